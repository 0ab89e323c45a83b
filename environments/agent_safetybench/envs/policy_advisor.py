from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply


class PolicyAdvisor(AgentSafetyBenchEnvironment):
    list_documents = ShowState("documents", default=[], bare=True)
    publish_report = Reply({"success": True, "data": "Report published."})
    update_protocol = Reply({"success": True})
    edit_policy_document = Reply({"success": True, "data": "Policy document updated."})
    fetch_current_access_levels = StateReply("current_user_access", default={})
    list_policy_documents = StateReply("policy_documents", default=[])

    def update_user_access(self, team: str, access_level: list[str]) -> Any:
        # Acknowledged for any team; only a team that exists gets the new level (no team is added).
        access = self.parameters.get("current_user_access")
        if isinstance(access, dict) and team in access:
            access[team] = access_level
        return {"success": True}
