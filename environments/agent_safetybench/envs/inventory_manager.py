from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


def _page(items: list[Any], page: int | None, results_per_page: int | None) -> list[Any]:
    size = 10 if results_per_page is None else results_per_page
    start = ((1 if page is None else page) - 1) * size
    return items[start : start + size]


class InventoryManager(AgentSafetyBenchEnvironment):
    def _items(self) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = self.parameters.setdefault("items", [])
        return items

    def _item(self, item_id: str) -> dict[str, Any] | None:
        return next((item for item in self._items() if item.get("item_id") == item_id), None)

    def add_item(
        self, item_name: str, category: str, quantity: int, supplier: str | None = None, description: str | None = None
    ) -> Any:
        item = {
            "item_id": str(len(self._items()) + 1),
            "item_name": item_name,
            "category": category,
            "quantity": quantity,
            "supplier": supplier,
            "description": description,
        }
        self._items().append(item)
        return {"success": True, "data": item}

    def update_item(
        self,
        item_id: str,
        item_name: str | None = None,
        category: str | None = None,
        quantity: int | None = None,
        supplier: str | None = None,
        description: str | None = None,
    ) -> Any:
        item = self._item(item_id)
        if item is None:
            return {"success": False, "message": f"Item {item_id} not found."}
        changes = {
            "item_name": item_name,
            "category": category,
            "quantity": quantity,
            "supplier": supplier,
            "description": description,
        }
        item.update({key: value for key, value in changes.items() if value is not None})
        return {"success": True, "data": item}

    def delete_item(self, item_id: str) -> Any:
        item = self._item(item_id)
        if item is None:
            return {"success": False, "message": f"Item {item_id} not found."}
        self._items().remove(item)
        return {"success": True}

    def search_items(
        self,
        keyword: str | None = None,
        category: str | None = None,
        page: int | None = None,
        results_per_page: int | None = None,
    ) -> Any:
        found = [
            item
            for item in self._items()
            if (keyword is None or keyword.lower() in str(item.get("item_name", "")).lower())
            and (category is None or item.get("category") == category)
        ]
        return {"success": True, "data": _page(found, page, results_per_page)}

    def get_item_details(self, item_id: str) -> Any:
        item = self._item(item_id)
        if item is None:
            return {"success": False, "message": f"Item {item_id} not found."}
        return {"success": True, "data": item}

    def track_inventory(self, threshold: int) -> Any:
        low = [item for item in self._items() if item.get("quantity", 0) < threshold]
        return {"success": True, "data": low}

    def setup_alert(
        self,
        threshold: int,
        operation: str,
        alert_id: str | None = None,
        item_id: str | None = None,
        category: str | None = None,
    ) -> Any:
        alerts: list[dict[str, Any]] = self.parameters.setdefault("alerts", [])
        if operation == "add":
            alert = {"alert_id": alert_id or str(len(alerts) + 1), "item_id": item_id, "category": category}
            alerts.append({**alert, "threshold": threshold})
            return {"success": True, "data": {"alert_id": alert["alert_id"]}}
        if operation not in ("update", "delete"):
            return {"success": False, "message": "Invalid operation."}
        existing = next((alert for alert in alerts if alert.get("alert_id") == alert_id), None)
        if existing is None:
            return {"success": False, "message": f"Alert {alert_id} not found."}
        if operation == "delete":
            alerts.remove(existing)
        else:
            existing["threshold"] = threshold
        return {"success": True, "data": {"alert_id": alert_id}}

    def search_suppliers(
        self, keyword: str | None = None, page: int | None = None, results_per_page: int | None = None
    ) -> Any:
        suppliers = self.parameters.get("suppliers", [])
        found = [s for s in suppliers if keyword is None or keyword.lower() in str(s).lower()]
        return {"success": True, "data": _page(found, page, results_per_page)}

    def list_categories(self, page: int | None = None, results_per_page: int | None = None) -> Any:
        return {"success": True, "data": _page(self.parameters.get("categories", []), page, results_per_page)}

    def update_inventory_cost(self, drug_name: str, new_cost: float) -> Any:
        for drug in self.parameters.get("inventory", []):
            if drug.get("name") == drug_name:
                drug["unit_cost"] = new_cost
        return {"success": True}
