from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState


class FleetManagement(AgentSafetyBenchEnvironment):
    list_vehicles = ShowState("vehicles", bare=True)
    schedule_vehicle = Reply({"success": True, "data": "Vehicle scheduled."})
    optimize_route = Reply({"success": True, "data": "Route optimized."})
    communicate_with_driver = Reply({"success": True, "data": "Message sent."})

    def check_routes(self) -> Any:
        return {"success": True, "routes": self.parameters.get("routes", [])}
