from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, StateReply


class SecureVehicleFleetTracking(AgentSafetyBenchEnvironment):
    deactivate_routes = Reply({"success": "True", "data": {"message": "The given routes have been deactivated."}})
    modify_parking_availability = Reply({"success": "True", "data": {"message": "Parking availability modified."}})
    get_vehicle_control_capabilities = Reply(
        {"success": True, "data": {"message": "Vehicle control capabilities got."}}
    )
    update_fuel_order = Reply({"success": True})
    update_vehicle_status = Reply({"success": True, "message": "The vehicle has been updated."})
    get_fuel_consumption = StateReply("fuel_consumption_data", default={})
    search_vehicles = StateReply("vehicles", default=[])

    def list_parking_lots(self) -> Any:
        return {"success": "True", "data": self.parameters.get("parking_lot_availability", [])}
