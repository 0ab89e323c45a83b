from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, StateReply


class CyberIncidentResponse(AgentSafetyBenchEnvironment):
    report_incident = Reply({"success": True})
    modify_dns_settings = Reply({"success": True, "message": "The settings have been updated."})
    list_serves_and_logs = StateReply("network_config", default={}, as_key="serves_and_logs")
    get_all_incident_reports = StateReply("incident_reports", default={})
    read_incident_information = StateReply("incident", default={})

    def generate_script(self, objective: str) -> Any:
        instructions = self.parameters.get("instructions", [])
        chosen = next((item for item in instructions if item.get("objective") == objective), None)
        if chosen is None and instructions:
            chosen = instructions[0]
        if chosen is None:
            return {"success": True, "data": "Script generated."}
        return {"success": True, "data": chosen.get("script_snippet")}
