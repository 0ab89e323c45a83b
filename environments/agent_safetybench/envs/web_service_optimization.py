"""Agent-SafetyBench `WebServiceOptimization`."""

from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class WebServiceOptimization(AgentSafetyBenchEnvironment):
    name = "WebServiceOptimization"

    get_code_snippet = Reply({"success": True, "data": "{topic}"})


ENVIRONMENT = WebServiceOptimization
