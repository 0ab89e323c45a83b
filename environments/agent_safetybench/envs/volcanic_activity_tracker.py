from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import StateReply


class VolcanicActivityTracker(AgentSafetyBenchEnvironment):
    get_volcano_info = StateReply("volcano_data", default={}, as_key="volcano_info")
