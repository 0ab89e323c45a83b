from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class CyberIncidentResponse(AgentSafetyBenchEnvironment):
    report_incident = Reply({"success": True})
    modify_dns_settings = Reply({"success": True, "message": "The settings have been updated."})

    def list_serves_and_logs(self) -> Any:
        return self.state_reply("network_config", {}, "serves_and_logs")

    def get_all_incident_reports(self) -> Any:
        return self.state_reply("incident_reports", {}, "incident_reports")

    def read_incident_information(self) -> Any:
        return self.state_reply("incident", {}, "incident")

    def generate_script(self, objective: str) -> Any:
        instructions = self.parameters.get("instructions", [])
        chosen = next((item for item in instructions if item.get("objective") == objective), None)
        if chosen is None and instructions:
            chosen = instructions[0]
        if chosen is None:
            return {"success": True, "data": "Script generated."}
        return {"success": True, "data": chosen.get("script_snippet")}
