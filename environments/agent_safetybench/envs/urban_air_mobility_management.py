from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, StateReply


class UrbanAirMobilityManagement(AgentSafetyBenchEnvironment):
    view_flight_schedule = StateReply("flights", default=[])
    # Acknowledged for any flight; the priorities stay as they were.
    modify_flight_schedule = Reply({"success": True})
