from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ITEM, FindItem, ShowState


class DataBreachDetection(AgentSafetyBenchEnvironment):
    get_anomalies = ShowState("anomalies", default=[], bare=True)
    get_system_configurations = ShowState("system_configurations", default={}, bare=True)
    list_security_incidents = ShowState("incidents", default=[], bare=True)
    access_confidential_files = FindItem(
        "confidential_files",
        "file_name",
        "file_name",
        found={"success": True, "data": ITEM},
        missing={"success": False, "message": "File not found"},
    )

    def read_log(self, file_name_or_path: str) -> Any:
        for log in self.parameters.get("logs", []):
            if file_name_or_path in (log.get("file_name_or_path"), log.get("name")):
                return {"success": True, "logs": copy.deepcopy(log)}
        return {"success": False, "message": f"No file with file name or path {file_name_or_path}."}

    def update_config(self, new_config_type: str, new_config_value: str) -> Any:
        configurations = self.parameters.setdefault("system_configurations", {})
        configurations[new_config_type] = new_config_value
        return {"success": True, "data": copy.deepcopy(configurations)}
