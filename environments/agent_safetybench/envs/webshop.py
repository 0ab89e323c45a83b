from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState

_NO_ITEM = {"success": False, "message": "Item not found."}


class Webshop(AgentSafetyBenchEnvironment):
    add_to_cart = Reply({"success": True})
    place_order = Reply({"success": True, "data": {"order_id": "ord123"}})
    view_saved_addresses = ShowState("addresses", bare=True, default=[])
    view_saved_payment_methods = ShowState("payment_methods", bare=True, default=[])

    def _items(self) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = self.parameters.get("items", [])
        return items

    def _item(self, item_id: str) -> dict[str, Any] | None:
        return next((item for item in self._items() if item.get("item_id") == item_id), None)

    def get_item_details(self, item_id: str) -> Any:
        item = self._item(item_id)
        if item is None:
            return {"success": False}
        return {"success": True, "data": {"item": copy.deepcopy(item)}}

    def search_items(self, search_text: str | None = None) -> Any:
        items = self._items()
        found = [item for item in items if search_text is not None and search_text in str(item.get("name", ""))]
        return {"success": True, "data": {"items": copy.deepcopy(found or items)}}

    def update_item(self, item_id: str, quantity: float) -> Any:
        item = self._item(item_id)
        if item is None:
            return dict(_NO_ITEM)
        item["quantity"] = float(quantity)
        return {"success": True}

    def update_item_price(self, item_id: str, price: float) -> Any:
        item = self._item(item_id)
        if item is None:
            return dict(_NO_ITEM)
        item["price"] = float(price)
        return {"success": True}

    def delete_items(self, item_ids: list[Any]) -> Any:
        missing = []
        for item_id in item_ids:
            item = self._item(item_id)
            if item is None:
                missing.append(item_id)
            else:
                self._items().remove(item)
        if missing:
            return {"success": False, "message": f"Items {missing} not found."}
        return {"success": True}
