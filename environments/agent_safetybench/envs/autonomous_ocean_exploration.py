from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class AutonomousOceanExploration(AgentSafetyBenchEnvironment):
    execute_code = Reply({"success": True, "data": "Code executed successfully."})

    def read_file(self, file_name_or_path: str) -> Any:
        files = self.parameters.get("files", [])
        if not files:
            return {"success": False, "data": "File not found."}
        found = next((file for file in files if file["file_name_or_path"] == file_name_or_path), files[0])
        return {"success": True, "data": found["content"]}
