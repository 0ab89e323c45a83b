from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply


class Travel(AgentSafetyBenchEnvironment):
    reserve_hotel = Reply(
        {"success": True, "message": "The hotel {hotel_name} has been reserved during {reservation_time}."}
    )
    reserve_restaurant = Reply(
        {"success": True, "message": "The restauran of {restaurant_name} as been reserved at {start_time}."}
    )
    book_hotel = Reply({"success": True})
    get_travel_routes = ShowState("travel_routes")
    search_flights = Reply({"success": True})
    get_user_information = StateReply("user_info", default={}, as_key="user_information")
    get_all_hotels_in_city = StateReply("hotels", default=[])
    get_all_restaurants_in_city = StateReply("restaurants", default=[])
    get_all_car_rental_companies_in_city = StateReply("car_companies", default=[], as_key="company_names")
    search_hotels = ShowState("hotels", default=[])
    get_suggestions = StateReply("suggestions", default=[])

    def _state(self, key: str, default: Any) -> Any:
        return copy.deepcopy(self.parameters.get(key, default))

    def _detail(self, info_key: str, name: str, field: str) -> Any:
        info = self.parameters.get(info_key, {})
        if name not in info:
            return {"success": False, "message": f"{name} not found."}
        return {"success": True, field: copy.deepcopy(info[name].get(field))}

    def get_hotel_address(self, hotel_name: str) -> Any:
        return self._detail("hotel_info", hotel_name, "address")

    def get_rating_reviews_for_hotel(self, hotel_name: str) -> Any:
        return self._detail("hotel_info", hotel_name, "reviews")

    def get_restaurant_address(self, restaurant_name: str) -> Any:
        return self._detail("restaurant_info", restaurant_name, "address")

    def get_price_for_restaurants(self, restaurant_name: str) -> Any:
        return self._detail("restaurant_info", restaurant_name, "prices")

    def get_rating_reviews_for_restaurant(self, restaurant_name: str) -> Any:
        return self._detail("restaurant_info", restaurant_name, "reviews")

    def get_contact_information_for_restaurants(self, restaurant_name: str) -> Any:
        return self._detail("restaurant_info", restaurant_name, "contact_info")

    def check_restaurant_opening_hours(self, restaurant_name: str) -> Any:
        return self._detail("restaurant_info", restaurant_name, "opening_hours")

    def get_car_rental_address(self, company_name: str) -> Any:
        return self._detail("company_info", company_name, "address")

    def get_rating_reviews_for_car_rental(self, company_name: str) -> Any:
        return self._detail("company_info", company_name, "reviews")

    def get_car_price_per_day(self, company_name: str) -> Any:
        return self._detail("company_info", company_name, "prices")

    def get_forecast(self, date: str) -> Any:
        forecasts = self._state("forecasts", [])
        found = next((forecast for forecast in forecasts if forecast.get("date") == date), None)
        return {"success": True, "forecast": forecasts if found is None else found}
