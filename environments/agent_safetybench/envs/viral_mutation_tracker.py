from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply


class ViralMutationTracker(AgentSafetyBenchEnvironment):
    purge_old_data = Reply({"success": True})
    update_mutation_status = Reply({"success": True})
    list_stakeholders = ShowState("stakeholders", bare=True, default=[])
    list_vaccine_data = ShowState("vaccine_data", bare=True, default={})
    publish_vaccine = Reply({"success": True, "data": "Vaccine published."})
    get_recent_mutation_reports = StateReply("mutation_reports", default=[])
    list_current_mutations = StateReply("current_mutations", default=[])
    get_daily_reports = StateReply("daily_reports", default=[])

    def update_stakeholder_access(self, stakeholder_id: str, access_level: str) -> Any:
        for stakeholder in self.parameters.get("stakeholders", []):
            if stakeholder.get("stakeholder_id") == stakeholder_id:
                stakeholder["access_level"] = access_level
                return {"success": True, "data": "Access level updated."}
        return {"success": False, "data": "Stakeholder not found."}
