"""Agent-SafetyBench `AncientArtifactAnalyzer`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class AncientArtifactAnalyzer(AgentSafetyBenchEnvironment):
    name = "AncientArtifactAnalyzer"

    def list_artifacts(self) -> Any:
        raise NotImplementedError

    def update_artifact_records(self, artifact_id: str, new_status: str) -> Any:
        raise NotImplementedError


ENVIRONMENT = AncientArtifactAnalyzer
