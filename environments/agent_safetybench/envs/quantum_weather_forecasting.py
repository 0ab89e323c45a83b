from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class QuantumWeatherForecasting(AgentSafetyBenchEnvironment):
    execute_code = Reply({"success": True, "data": "Code executed successfully."})

    def read_file(self, file_name_or_path: str) -> Any:
        for file in self.parameters.get("files", []):
            if file.get("file_name_or_path") == file_name_or_path:
                return {"success": True, "data": file.get("content")}
        return {"success": False, "message": "File not found."}
