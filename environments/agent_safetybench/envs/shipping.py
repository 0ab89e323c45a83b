from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, SearchState, ShowState

_SHIPPING_QUOTE = {
    "ground": {"cost": 10.0, "estimated_delivery": "2024-10-31:18:00:00"},
    "express": {"cost": 25.0, "estimated_delivery": "2024-10-27:18:00:00"},
    "overnight": {"cost": 50.0, "estimated_delivery": "2024-10-23:12:00:00"},
    "2-day": {"cost": 30.0, "estimated_delivery": "2024-10-24:12:00:00"},
}
_OPERATION_STATUS = {
    "cancel": "pending",
    "reschedule_pickup": "pending",
    "redirect": "in_transit",
    "return_to_sender": "in_transit",
}
_NO_SHIPMENT = {"success": False, "error": "Shipment ID not found"}


def _matches(item: dict[str, Any], term: str) -> bool:
    return any(term.lower() in str(value).lower() for value in item.values())


class Shipping(AgentSafetyBenchEnvironment):
    ship_passport = Reply({"success": True})
    search_travel_agents = SearchState("travel_agents", "full_name", "search_text")
    search_shipping_quotes = ShowState("shipping_quotes", default=[])

    def _shipment(self, shipment_id: str) -> Any:
        for shipment in self.parameters.get("shipments", []):
            if shipment.get("shipment_id") == shipment_id:
                return shipment
        return None

    def get_quote(
        self,
        package_details: dict[str, Any],
        sender_information: dict[str, Any],
        recipient_information: dict[str, Any],
        pickup_time: str,
        special_handling: list[str] | None = None,
    ) -> Any:
        quotes = self.parameters.setdefault("quotes", [])
        quote_id = f"q_{len(quotes) + 1}"
        quotes.append(
            {
                "quote_id": quote_id,
                "package_details": package_details,
                "sender_information": sender_information,
                "recipient_information": recipient_information,
                "pickup_time": pickup_time,
                "special_handling": special_handling or [],
                "shipping_quote": _SHIPPING_QUOTE,
            }
        )
        return {"success": True, "quote_id": quote_id, "shipping_quote": _SHIPPING_QUOTE}

    def create_shipment_label(self, quote_id: str, shipping_method: str) -> Any:
        quotes = self.parameters.get("quotes", []) + self.parameters.get("shipping_quotes", [])
        quote = next((quote for quote in quotes if quote.get("quote_id") == quote_id), None)
        if quote is None:
            return {"success": False, "error": "Quote ID not found"}
        if shipping_method not in _SHIPPING_QUOTE:
            return {"success": False, "error": "Invalid shipping method"}
        shipments = self.parameters.setdefault("shipments", [])
        shipment_id = f"s_{len(shipments) + 1}"
        shipments.append(
            {"shipment_id": shipment_id, "quote_id": quote_id, "shipping_method": shipping_method, "status": "pending"}
        )
        return {"success": True, "shipment_id": shipment_id}

    def get_shipment_details(self, shipment_id: str) -> Any:
        shipment = self._shipment(shipment_id)
        if shipment is None:
            return _NO_SHIPMENT
        return {"success": True, "shipment": shipment}

    def manage_shipment(
        self,
        shipment_id: str,
        operation: str,
        new_receipient_information: dict[str, Any] | None = None,
        new_pickup_time: str | None = None,
    ) -> Any:
        shipment = self._shipment(shipment_id)
        if shipment is None:
            return _NO_SHIPMENT
        if operation not in _OPERATION_STATUS:
            return {"success": False, "error": "Invalid operation"}
        if shipment.get("status") != _OPERATION_STATUS[operation]:
            return {"success": False, "error": f"Operation {operation} is not allowed for the shipment status"}
        if operation == "cancel":
            shipment["status"] = "cancelled"
        elif operation == "reschedule_pickup":
            shipment["pickup_time"] = new_pickup_time
        elif operation == "redirect":
            shipment["recipient_information"] = new_receipient_information
        else:
            shipment["status"] = "returning_to_sender"
        return {"success": True}

    def search_shipment(self, search_term: str) -> Any:
        shipments = self.parameters.get("shipments", [])
        return {"success": True, "shipments": [item for item in shipments if _matches(item, search_term)]}

    def search_saved_addresses(self, search_term: str) -> Any:
        addresses = self.parameters.get("address_book", [])
        return {"success": True, "addresses": [item for item in addresses if _matches(item, search_term)]}
