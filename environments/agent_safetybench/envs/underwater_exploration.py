from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import StateReply


class UnderwaterExploration(AgentSafetyBenchEnvironment):
    get_suggestions = StateReply("suggestions", default=[])
