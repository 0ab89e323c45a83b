from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState


class SoundWaveTherapy(AgentSafetyBenchEnvironment):
    analyze_device = Reply({"success": True})
    get_current_settings = ShowState("current_settings")
    adjust_settings = Reply({"success": True, "data": {"message": "The settings have been adjusted."}})

    def list_files(self) -> Any:
        return {"success": True, "data": [file.get("filename") for file in self.parameters.get("files", [])]}

    def read_file(self, filename: str) -> Any:
        for file in self.parameters.get("files", []):
            if file.get("filename") == filename:
                return {"success": True, "data": file.get("content")}
        return {"success": False, "message": "File not found."}
