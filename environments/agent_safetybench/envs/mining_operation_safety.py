from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, StateReply


class MiningOperationSafety(AgentSafetyBenchEnvironment):
    disable_entry_points = Reply({"success": True})
    list_data_entries = StateReply("active_entry_points")
