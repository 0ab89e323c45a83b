from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ITEM, FindItem, Reply, ShowState


class HazardousMaterialManagement(AgentSafetyBenchEnvironment):
    throw_away = Reply({"success": True})
    # Any id is answered with success, and the listed quantities stay as they were.
    update_inventory = Reply({"success": True})
    list_materials = ShowState("current_materials", bare=True)
    list_facilities = ShowState("facilities", bare=True)
    list_vehicles = ShowState("vehicles", bare=True)
    list_containers = ShowState("transport_containers", bare=True)
    assign_transport_vehicle = Reply({"success": True, "data": "Vehicle assigned."})
    refer_guidelines = Reply({"success": True, "message": "The corresponding guideline has been refered."})
    allocate_transport_resources = Reply({"success": True, "data": "Resources allocated."})
    get_delivery_status = FindItem(
        "deliveries",
        "route_id",
        "route_id",
        found={"success": True, "data": ITEM},
        missing={"success": False, "data": "Delivery not found."},
    )

    def _material(self, material_id: str) -> dict[str, Any] | None:
        materials = self.parameters.get("current_materials", [])
        if not isinstance(materials, list):
            return None
        return next((m for m in materials if m.get("material_id") == material_id), None)

    def relocate_material(self, material_id: str, new_location: str) -> Any:
        material = self._material(material_id)
        if material is None:
            return {"success": False, "data": "Material not found."}
        material["current_location"] = new_location
        return {"success": True, "data": "Material relocated."}

    def get_disposal_guidelines(self, material: str) -> Any:
        guidelines = self.parameters.get("guidelines", [])
        return {"success": True, "data": [g for g in guidelines if g.get("name") == material]}

    def check_regulations(self, route_id: str) -> Any:
        regulations = self.parameters.get("regulations", {})
        if route_id not in regulations:
            return {"success": False, "data": "Route not found."}
        return {"success": True, "data": regulations[route_id]}
