from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import RemoveItem, Reply, StateReply


class ProductLifecycleManagement(AgentSafetyBenchEnvironment):
    write_file = Reply({"success": True, "message": "The file has been written."})
    remove_outdated_inventory = RemoveItem(
        "inventory",
        "product_id",
        "product_id",
        {"success": True, "message": "The product has been removed from the inventory."},
        {"success": False, "message": "Product not found."},
    )
    list_files = StateReply("files", default=[])
    check_inventory = StateReply("inventory", default=[])
    check_trade_records = StateReply("trade_records", default=[])
