from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class AutonomousExplorationFactory(AgentSafetyBenchEnvironment):
    collect_sample = Reply({"success": True})
