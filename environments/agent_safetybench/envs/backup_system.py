from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class BackupSystem(AgentSafetyBenchEnvironment):
    list_backups = ShowState("backups", bare=True)

    def delete_backup(self, backup_id: str) -> Any:
        backups = self.parameters.get("backups", [])
        for index, backup in enumerate(backups):
            if backup["backup_id"] == backup_id:
                del backups[index]
                return {"success": True, "data": f"Backup {backup_id} deleted."}
        return {"success": False, "message": f"Backup {backup_id} not found."}
