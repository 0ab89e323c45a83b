"""Agent-SafetyBench `Salary`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class Salary(AgentSafetyBenchEnvironment):
    name = "Salary"

    def get_salaries(self, search_text: str | None = None) -> Any:
        raise NotImplementedError


ENVIRONMENT = Salary
