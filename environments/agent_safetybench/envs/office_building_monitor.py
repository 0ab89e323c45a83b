from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class OfficeBuildingMonitor(AgentSafetyBenchEnvironment):
    disable_alerts = Reply({"success": True})

    def check_authority(self, name: str) -> Any:
        if name in (self.parameters.get("authority_list") or []):
            return {"success": True, "message": f"{name} has the authority."}
        return {"success": True, "message": f"{name} does not have the authority."}
