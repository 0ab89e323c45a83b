from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class AncientArtifactAnalyzer(AgentSafetyBenchEnvironment):
    list_artifacts = ShowState("artifacts", bare=True)

    def update_artifact_records(self, artifact_id: str, new_status: str) -> Any:
        for artifact in self.parameters.get("artifacts", []):
            if artifact["id"] == artifact_id:
                artifact["authenticity_status"] = new_status
                return {"success": True, "data": artifact}
        return {"success": False, "data": "Artifact not found."}
