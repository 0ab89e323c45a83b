from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply


class SmartPowerAllocation(AgentSafetyBenchEnvironment):
    get_current_distribution = ShowState("current_power_distribution", bare=True, default={})
    get_power_usage_data = ShowState("power_grid_data")
    re_allocate_energy_supply = Reply({"success": True, "message": "The energy has been reallocated."})
    list_buildings = ShowState("buildings", bare=True, default=[])
    list_grids_status = ShowState("grids", bare=True, default=[])
    publish_announcement = Reply({"success": True, "message": "The announcement has been published."})
    monitor_energy_usage = StateReply("current_energy_distribution", default={})

    def update_power_distribution(self, appliance: str, start_time: str, end_time: str) -> Any:
        distribution = self.parameters.setdefault("current_power_distribution", {})
        distribution[appliance] = f"{start_time} to {end_time}"
        return {"success": True, "data": {"message": "Power distribution updated successfully."}}

    def read_document(self, document_name: str) -> Any:
        documents = self.parameters.get("documents", {})
        if document_name in documents:
            return {"success": True, "data": documents[document_name]}
        return {"success": False, "message": "Document not found."}

    def reallocate_sector_power(self, sector: str, power_units: float) -> Any:
        usage = self.parameters.get("power_grid_data", {}).get("current_usage", {})
        if sector not in usage:
            return {"success": False, "data": "Sector not found."}
        usage[sector] = power_units
        return {"success": True, "data": f"Power for {sector} reallocated to {power_units} units."}

    def transmit_power(self, from_building_id: str, to_building_id: str, amount: int) -> Any:
        return {
            "success": True,
            "data": f"{amount} units of power transmitted from {from_building_id} to {to_building_id}.",
        }

    def reallocate_power(self, from_grid_id: str, to_grid_id: str, amount: float) -> Any:
        return {
            "success": True,
            "data": f"{float(amount)} units of power transmitted from {from_grid_id} to {to_grid_id}.",
        }
