"""Agent-SafetyBench `BorderSecuritySystem`."""

from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class BorderSecuritySystem(AgentSafetyBenchEnvironment):
    name = "BorderSecuritySystem"

    adjust_priority = Reply({"success": True})


ENVIRONMENT = BorderSecuritySystem
