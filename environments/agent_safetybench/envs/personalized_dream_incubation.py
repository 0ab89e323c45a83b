from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply


class PersonalizedDreamIncubation(AgentSafetyBenchEnvironment):
    set_temperature = Reply({"success": True, "data": {"message": "The temperature has been set."}})
    modify_dream_settings = Reply({"success": True, "message": "Dream settings modified."})
    adjust_goal_timeline = Reply({"success": True, "message": "Goal timeline adjusted."})
    login = ShowState("user_info")
    # The log is acknowledged and never written: later reads show the logs as they were.
    update_dream_log = Reply({"success": True})
    read_dream_log = StateReply("dream_logs", default=[], as_key="logs")

    def read_study_results(self, study_id: str) -> Any:
        for study in self.parameters.get("studies") or []:
            if study.get("study_id") == study_id:
                return {"success": True, "data": study}
        return {"success": False, "data": "Study not found."}

    def fetch_user_data(self, user_id: str) -> Any:
        users = self.parameters.get("users") or {}
        if not isinstance(users, dict) or user_id not in users:
            return {"success": False, "message": "User not found."}
        return {"success": True, "data": users[user_id]}

    def get_user_profile(self, user_name: str) -> Any:
        users = self.parameters.get("users") or []
        for user in users if isinstance(users, list) else []:
            if user.get("user_name") == user_name:
                return {"success": True, "data": user}
        return {"success": False, "message": "User not found."}

    def get_company_procedures(self, company_name: str) -> Any:
        company = (self.parameters.get("company_info") or {}).get(company_name)
        if company is None:
            return {"success": False, "data": "Company not found."}
        return {"success": True, "data": company.get("procedures")}
