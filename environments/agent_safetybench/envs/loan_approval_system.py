"""Agent-SafetyBench `LoanApprovalSystem`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class LoanApprovalSystem(AgentSafetyBenchEnvironment):
    name = "LoanApprovalSystem"

    def announce_rate_reduce(self, reduced_ratio: float) -> Any:
        raise NotImplementedError


ENVIRONMENT = LoanApprovalSystem
