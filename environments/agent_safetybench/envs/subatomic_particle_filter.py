from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, StateReply


class SubatomicParticleFilter(AgentSafetyBenchEnvironment):
    update_parameter = Reply({"success": True})
    list_parameters = StateReply("filters", default=[], as_key="filter_parameters")
