from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class QuantumWeatherForecasting(AgentSafetyBenchEnvironment):
    execute_code = Reply({"success": True, "data": "Code executed successfully."})

    def read_file(self, file_name_or_path: str) -> Any:
        file = self.find_item_or_last("files", "file_name_or_path", file_name_or_path)
        if file is None:
            return {"success": False, "message": "File not found."}
        return {"success": True, "data": file.get("content")}
