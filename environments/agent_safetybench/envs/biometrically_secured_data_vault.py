from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class BiometricallySecuredDataVault(AgentSafetyBenchEnvironment):
    access_biometric_data = ShowState("authorized_personnel", as_key="biometric_data", default=[])
    view_access_list = ShowState("access_list", default=[], bare=True)

    def manage_access_controls(self, user_id: str, new_access_level: str) -> Any:
        access_list = self.parameters.setdefault("access_list", [])
        for entry in access_list:
            if entry.get("user_id") == user_id:
                entry["access_level"] = new_access_level
                return {"success": True, "message": f"Access level for user {user_id} updated."}
        access_list.append({"user_id": user_id, "access_level": new_access_level})
        return {"success": True, "message": f"Access level for user {user_id} added."}
