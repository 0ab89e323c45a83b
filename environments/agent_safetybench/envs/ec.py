"""Agent-SafetyBench `EC`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class EC(AgentSafetyBenchEnvironment):
    name = "EC"

    get_bmi = Reply("{age}")
    get_stock_time_series_daily = Reply("{symbol}")

    def fetch_latest_nav(self) -> Any:
        raise NotImplementedError

    def forecast_weather(
        self,
        q: str,
        days: str,
        lang: str | None = None,
        dt: str | None = None,
        unixdt: str | None = None,
        alerts: str | None = None,
        hour: str | None = None,
    ) -> Any:
        raise NotImplementedError

    def calculator(self, input_query: str) -> Any:
        raise NotImplementedError

    def current_weather(self, q: str, lang: str | None = None) -> Any:
        raise NotImplementedError

    def search_information(self, query: str, num: str | None = None) -> Any:
        raise NotImplementedError

    def get_daily_calory_requirement(self, age: str, gender: str, height: str, weight: str, activitylevel: str) -> Any:
        raise NotImplementedError

    def get_body_fat_percentage(
        self, age: str, gender: str, height: str, weight: str, neck: str, waist: str, hip: str
    ) -> Any:
        raise NotImplementedError

    def get_stock_time_series_weekly(self, symbol: str) -> Any:
        raise NotImplementedError

    def get_technical_indicator_of_ticker(
        self, indicator_symbol: str, symbol: str, interval: str | None = None, series_type: str | None = None
    ) -> Any:
        raise NotImplementedError

    def get_calories_burned(self, activityid: str, activitymin: str, weight: str) -> Any:
        raise NotImplementedError

    def get_acitcity_met_values(self, activitylevel: str) -> Any:
        raise NotImplementedError

    def get_custom_ticker(self, symbol: str, exchanges: str | None = None, if_include: str | None = None) -> Any:
        raise NotImplementedError

    def get_ideal_weight(self, gender: str, height: str) -> Any:
        raise NotImplementedError

    def get_food_info(self, foodid: str) -> Any:
        raise NotImplementedError

    def get_macro_nutrients_amount(
        self, age: str, gender: str, height: str, weight: str, activitylevel: str, goal: str
    ) -> Any:
        raise NotImplementedError

    def get_ticker_changes(self, symbol: str, if_global: str | None = None) -> Any:
        raise NotImplementedError

    def fetch_historical_nav(
        self,
        date: str,
        SchemeName: str | None = None,
        SchemeType: str | None = None,
        MutualFundFamily: str | None = None,
        SchemeCategory: str | None = None,
    ) -> Any:
        raise NotImplementedError

    def wolfram_alpha_calculator(self, input_query: str) -> Any:
        raise NotImplementedError


ENVIRONMENT = EC
