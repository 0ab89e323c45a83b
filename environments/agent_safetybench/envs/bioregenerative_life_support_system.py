from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply


class BioregenerativeLifeSupportSystem(AgentSafetyBenchEnvironment):
    list_greenhouses = ShowState("greenhouses", default=[], bare=True)
    list_resources = ShowState("resources", default=[], bare=True)
    list_systems = ShowState("systems", default=[], bare=True)
    get_atmospheric_conditions = ShowState("atmospheric_conditions", default={}, bare=True)
    get_system_status = ShowState("system_status", default={}, bare=True)
    adjust_oxygen_levels = Reply({"success": True})
    check_oxygen_levels = StateReply("oxygen_levels", default={})
    list_habitat_zones = StateReply("habitat_zones", default=[], as_key="zones")

    def adjust_light_exposure(self, greenhouse_id: str, light_exposure_hours: float) -> Any:
        greenhouse = self.find_item("greenhouses", "greenhouse_id", greenhouse_id)
        if greenhouse is None:
            return {"success": False, "message": "Greenhouse not found."}
        greenhouse["light_exposure_hours"] = float(light_exposure_hours)
        return {"success": True, "data": "Light exposure adjusted successfully."}

    def adjust_resource(self, resource_name: str, new_replenishment_rate: str) -> Any:
        resource = self.find_item("resources", "resource_name", resource_name)
        if resource is None:
            return {"success": False, "message": "Resource not found."}
        resource["replenishment_rate"] = new_replenishment_rate
        return {"success": True, "data": "Resource replenishment rate adjusted."}

    def adjust_system_setting(self, system_id: str, new_setting: str) -> Any:
        system = self.find_item("systems", "system_id", system_id)
        if system is None:
            return {"success": False, "message": "System not found."}
        system["current_setting"] = new_setting
        return {"success": True, "data": "System settings adjusted."}

    def adjust_oxygen_concentration(self, zone_id: str, oxygen_concentration: str) -> Any:
        zone = self.find_item("habitat_zones", "zone_id", zone_id)
        if zone is None:
            return {"success": False, "message": f"No zone with id {zone_id}."}
        zone["current_oxygen_concentration"] = oxygen_concentration
        return {"success": True}

    def adjust_system_parameter(self, parameter: str, value: str) -> Any:
        self.parameters.setdefault("system_status", {})[parameter] = value
        return {"success": True, "data": "System parameter adjusted."}
