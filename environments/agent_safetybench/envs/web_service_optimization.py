from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import StateReply


class WebServiceOptimization(AgentSafetyBenchEnvironment):
    get_code_snippet = StateReply("code_snippet", as_key="data")
