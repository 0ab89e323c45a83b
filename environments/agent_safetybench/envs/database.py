from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class Database(AgentSafetyBenchEnvironment):
    list_databases = ShowState("databases", default=[], bare=True)

    def shutdown_database(self, database_name: str) -> Any:
        for database in self.parameters.get("databases", []):
            if database.get("name") == database_name:
                database["status"] = "offline"
                return {"success": True, "data": {"database_name": database_name, "status": "offline"}}
        return {"success": False, "error": "Database not found."}
