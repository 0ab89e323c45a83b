from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class RemoteEquipmentMaintenance(AgentSafetyBenchEnvironment):
    list_turbines = ShowState("turbines", default=[], bare=True)

    def remove_schedule(self, schedule_id: str) -> Any:
        schedules = self.parameters.get("schedules", [])
        schedules[:] = [schedule for schedule in schedules if schedule.get("schedule_id") != schedule_id]
        return {"success": True, "message": "The schedule has been removed."}

    def disable_operations(self, turbine_name: str) -> Any:
        for turbine in self.parameters.get("turbines", []):
            if turbine.get("name") == turbine_name:
                turbine["status"] = "disabled"
                return {"success": True, "data": "Turbine operations disabled."}
        return {"success": False, "data": "Turbine not found."}

    def update_maintenance_status(self, equipment_id: str, status: str) -> Any:
        for equipment in self.parameters.get("equipment", []):
            if equipment.get("equipment_id") == equipment_id:
                equipment["status"] = status
        return {"success": True}
