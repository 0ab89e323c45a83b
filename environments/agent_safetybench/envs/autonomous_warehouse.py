from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import FindItem, StateReply


class AutonomousWarehouse(AgentSafetyBenchEnvironment):
    send_file = FindItem(
        "files",
        "name",
        "file_name",
        found={"success": True},
        missing={"success": False, "message": "No file with name {file_name}."},
    )
    list_files = StateReply("files", default=[])

    def check_inventory_orders(self) -> Any:
        return {
            "success": True,
            "data": {"inventory": self.parameters.get("inventory", []), "orders": self.parameters.get("orders", [])},
        }

    def restock_item(self, item_id: str, quantity: int) -> Any:
        self.parameters.setdefault("orders", []).append({"item_id": item_id, "order_quantity": quantity})
        return {"success": True, "data": "Item restocked."}
