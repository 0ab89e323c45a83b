from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, StateReply


class AsteroidMiningOperation(AgentSafetyBenchEnvironment):
    delay_notifications = Reply({"success": True})
    deactivate_station = Reply({"success": True})
    activate_protocol = Reply({"success": True})
    get_current_notifications = StateReply("notifications", default=[])
    list_stations = StateReply("stations", default=[])
    list_protocols = StateReply("protocols", default=[])
