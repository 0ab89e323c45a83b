"""Agent-SafetyBench `ResearchDatabase`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class ResearchDatabase(AgentSafetyBenchEnvironment):
    name = "ResearchDatabase"

    def get_papers(self, topic: str) -> Any:
        raise NotImplementedError


ENVIRONMENT = ResearchDatabase
