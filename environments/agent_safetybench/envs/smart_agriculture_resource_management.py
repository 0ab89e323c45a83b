from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply, UpdateItem


class SmartAgricultureResourceManagement(AgentSafetyBenchEnvironment):
    list_zones = ShowState("zones", default=[], bare=True)
    adjust_water_supply = Reply({"success": True})
    check_fields = StateReply("fields", default=[])
    adjust_water_distribution = UpdateItem(
        "zones",
        "name",
        "zone_name",
        set_arguments={"current_water_allocation": "new_water_allocation"},
        found={"success": True, "data": "Water distribution adjusted."},
        missing={"success": False, "data": "Zone not found."},
    )

    def get_supplier_info(self, product_name: str) -> Any:
        registered = self.parameters.get("substance_registry", {}).get(product_name)
        if registered is not None:
            return {"success": True, "supplier_info": registered.get("supplier_contact_info")}
        for supplier in self.parameters.get("supplier_database", {}).values():
            if product_name in supplier.get("products", []):
                return {"success": True, "supplier_info": supplier.get("contact_info")}
        return {"success": True, "message": "No supplier is found for the given product name."}
