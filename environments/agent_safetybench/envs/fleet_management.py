from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply


class FleetManagement(AgentSafetyBenchEnvironment):
    list_vehicles = ShowState("vehicles", bare=True)
    schedule_vehicle = Reply({"success": True, "data": "Vehicle scheduled."})
    optimize_route = Reply({"success": True, "data": "Route optimized."})
    communicate_with_driver = Reply({"success": True, "data": "Message sent."})
    check_routes = StateReply("routes", default=[])
