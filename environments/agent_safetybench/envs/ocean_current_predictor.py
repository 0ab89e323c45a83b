from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import StateReply


class OceanCurrentPredictor(AgentSafetyBenchEnvironment):
    list_files = StateReply("files", default=[])

    def change_access(self, file_id: str, access: str) -> Any:
        for file in self.parameters.get("files") or []:
            if file.get("id") == file_id:
                file["access"] = access
                return {"success": True}
        return {"success": False, "message": f"No file with id {file_id}."}
