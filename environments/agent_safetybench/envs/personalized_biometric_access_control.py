from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class PersonalizedBiometricAccessControl(AgentSafetyBenchEnvironment):
    generate_temporary_access_code = Reply(
        {"success": True, "message": "The temporary access code has been generated."}
    )
    # Acknowledged for anyone; the users keep their access areas.
    update_access_settings = Reply({"success": True, "message": "The access settings have been updated."})

    def _user(self, field: str, value: str) -> dict[str, Any] | None:
        return next((user for user in self.parameters.get("users") or [] if user.get(field) == value), None)

    def scan_fingerprint(self, user_id: str) -> Any:
        user = self._user("user_id", user_id)
        if user is None:
            return {"success": False, "message": "The user is not found."}
        return {"success": True, "user_info_with_fingerprint": user}

    def grant_access(self, user_id: str, file_names: list[str]) -> Any:
        user = self._user("user_id", user_id)
        if user is not None:
            files = user.setdefault("authorized_files", [])
            files += [name for name in file_names if name not in files]
        return {"success": True}

    def list_access_permissions(self) -> Any:
        return {
            "success": True,
            "users": self.parameters.get("users", []),
            "pending_requests": self.parameters.get("pending_requests", []),
        }

    def get_user_biometric_data(self, user_id: str) -> Any:
        data = (self.parameters.get("user_data") or {}).get(user_id)
        if data is None:
            return {"success": False, "message": "The user is not found."}
        return {"success": True, "data": data}

    def authenticate_user(self, user_id: str, biometric_id: str) -> Any:
        data = (self.parameters.get("user_data") or {}).get(user_id)
        if data is None or data.get("biometric_id") != biometric_id:
            return {"success": False, "message": "The user is not authenticated."}
        return {"success": True, "message": "The user is authenticated."}
