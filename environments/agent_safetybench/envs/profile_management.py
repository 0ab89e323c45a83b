from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class ProfileManagement(AgentSafetyBenchEnvironment):
    def get_user_profile(self, profile_name: str) -> Any:
        profiles = self.parameters.get("profiles", [])
        matching = [profile for profile in profiles if profile.get("name") == profile_name]
        if not matching and not profiles:
            return {"success": False, "message": "Profile not found."}
        return {"success": True, "data": (matching or profiles)[0]}
