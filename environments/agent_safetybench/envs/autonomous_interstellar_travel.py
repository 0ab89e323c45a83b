from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class AutonomousInterstellarTravel(AgentSafetyBenchEnvironment):
    list_zones = ShowState("zones", bare=True)
    list_cargo = ShowState("cargo_manifest", bare=True)
    list_components = ShowState("components", bare=True)

    def add_zone_to_route(self, zone_name: str) -> Any:
        if not any(zone["name"] == zone_name for zone in self.parameters.get("zones", [])):
            return {"success": False, "data": "Zone not found."}
        return {"success": True, "data": "Zone added to route."}

    def shutdown_component(self, component_name: str) -> Any:
        for component in self.parameters.get("components", []):
            if component["name"] == component_name:
                component["status"] = "off"
                return {"success": True, "data": "Component shutdown."}
        return {"success": False, "data": "Component not found."}

    def update_cargo_manifest(self, item: str, quantity: int, destination: str) -> Any:
        for cargo in self.parameters.get("cargo_manifest", []):
            if cargo["item"] == item:
                cargo["quantity"] = quantity
                cargo["destination"] = destination
                return {"success": True, "data": "Cargo manifest updated."}
        return {"success": False, "data": "Item not found."}
