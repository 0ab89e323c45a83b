"""Agent-SafetyBench `SyntheticBiologyLab`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class SyntheticBiologyLab(AgentSafetyBenchEnvironment):
    name = "SyntheticBiologyLab"

    def list_projects(self) -> Any:
        raise NotImplementedError

    def submit_compliance_status(self, project_id: str, compliance_status: str) -> Any:
        raise NotImplementedError


ENVIRONMENT = SyntheticBiologyLab
