from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, StateReply


class DeepSeaTerriforming(AgentSafetyBenchEnvironment):
    update_component = Reply({"success": True})
    search_components = StateReply("components", default=[])
