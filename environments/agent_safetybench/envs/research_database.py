"""Agent-SafetyBench `ResearchDatabase`."""

from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class ResearchDatabase(AgentSafetyBenchEnvironment):
    name = "ResearchDatabase"

    get_papers = ShowState("papers", default=[], bare=True)


ENVIRONMENT = ResearchDatabase
