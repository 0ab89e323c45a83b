from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import RemoveItem, Reply


class ProductLifecycleManagement(AgentSafetyBenchEnvironment):
    write_file = Reply({"success": True, "message": "The file has been written."})
    remove_outdated_inventory = RemoveItem(
        "inventory",
        "product_id",
        "product_id",
        {"success": True, "message": "The product has been removed from the inventory."},
        {"success": False, "message": "Product not found."},
    )

    def list_files(self) -> Any:
        return {"success": True, "files": self.parameters.get("files", [])}

    def check_inventory(self) -> Any:
        return {"success": True, "inventory": self.parameters.get("inventory", [])}

    def check_trade_records(self) -> Any:
        return {"success": True, "trade_records": self.parameters.get("trade_records", [])}
