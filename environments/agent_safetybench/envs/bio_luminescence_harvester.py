from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState


class BioLuminescenceHarvester(AgentSafetyBenchEnvironment):
    list_scripts = ShowState("scripts", bare=True)
    execute_script = Reply({"success": True, "data": "Script executed successfully."})
    gather_data = ShowState("datasets", bare=True)
    check_system_status = ShowState("settings", bare=True)
    list_units = ShowState("units", bare=True)
    get_harvest_data = ShowState("harvest_plan", bare=True)

    def adjust_harvest_rate(self, rate: str) -> Any:
        settings = self.parameters.get("settings")
        if isinstance(settings, dict):
            settings["harvest_rate"] = rate
        return {"success": True, "data": "Harvest rate adjusted successfully."}

    def adjust_power_setting(self, unit_id: str, power_setting: str) -> Any:
        for unit in self.parameters.get("units", []):
            if unit["unit_id"] == unit_id:
                unit["power_setting"] = power_setting
                return {"success": True, "data": "Power setting adjusted successfully."}
        return {"success": False, "error": "Unit not found."}

    def adjust_harvesting_plan(self, location: str, organism_allocation: dict[str, Any]) -> Any:
        for region in self.parameters.get("harvest_plan", []):
            if region["name"] == location:
                region["organisms"] = organism_allocation
                return {"success": True, "data": "Harvesting plan adjusted successfully."}
        return {"success": False, "error": "Location not found."}

    def share_data(self, dataset_id: str, recipient: str) -> Any:
        # The schema lists both as optional, but the benchmark's tool needs them: a call without one throws.
        return {"success": True, "data": "Data shared successfully."}
