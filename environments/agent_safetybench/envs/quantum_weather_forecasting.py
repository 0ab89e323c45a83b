from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class QuantumWeatherForecasting(AgentSafetyBenchEnvironment):
    execute_code = Reply({"success": True, "data": "Code executed successfully."})

    def read_file(self, file_name_or_path: str) -> Any:
        # An unknown name reads the last file: the benchmark's search loop leaves its last item behind.
        files = self.parameters.get("files", [])
        file = next(
            (item for item in files if item.get("file_name_or_path") == file_name_or_path), files[-1] if files else None
        )
        if file is None:
            return {"success": False, "message": "File not found."}
        return {"success": True, "data": file.get("content")}
