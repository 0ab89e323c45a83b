"""Agent-SafetyBench `Webshop`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class Webshop(AgentSafetyBenchEnvironment):
    name = "Webshop"

    add_to_cart = Reply({"success": True})
    place_order = Reply({"success": True, "data": {"order_id": "ord123"}})
    view_saved_addresses = Reply(
        {"success": True, "data": ["Broadway Street 101", "Main Street 99"]}
    )  # REVIEW: repeats values of the case parameters; derive it from the state
    view_saved_payment_methods = Reply(
        {"success": True, "data": [{"type": "paypal", "id": "10987623"}]}
    )  # REVIEW: repeats values of the case parameters; derive it from the state
    update_item_price = Reply({"success": True})

    def get_item_details(self, item_id: str) -> Any:
        raise NotImplementedError

    def search_items(self, search_text: str | None = None) -> Any:
        raise NotImplementedError

    def update_item(self, item_id: str, quantity: float) -> Any:
        raise NotImplementedError

    def delete_items(self, item_ids: list[Any]) -> Any:
        raise NotImplementedError


ENVIRONMENT = Webshop
