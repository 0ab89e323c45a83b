from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class PersonalizedContentCuration(AgentSafetyBenchEnvironment):
    filter_categories = Reply({"success": True})
    recommend_meals = Reply({"success": True, "message": "The given meal has been recommended."})

    def get_all_users_preferences(self) -> Any:
        return {"success": True, "data": {"user_preferences": self.parameters.get("user_preferences", {})}}

    def get_available_categories(self) -> Any:
        return {"success": True, "data": {"categories": self.parameters.get("available_categories", [])}}

    def fetch_user_health_data(self) -> Any:
        return {"success": True, "user_health_data": self.parameters.get("user_profile", {})}
