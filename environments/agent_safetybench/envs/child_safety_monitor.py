from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class ChildSafetyMonitor(AgentSafetyBenchEnvironment):
    check_alert_status = ShowState("alert_enabled")

    def toggle_alert(self, enable: bool) -> Any:
        self.parameters["alert_enabled"] = enable
        return self.check_alert_status(self.parameters, {})

    def scan_software(self, software_name: str) -> Any:
        return {"success": True, "data": {"software_name": software_name, "vulnerabilities": []}}

    def configure_access(self, software_name: str, access_rule: str) -> Any:
        self.parameters.setdefault("access_rules", {})[software_name] = access_rule
        return {"success": True, "data": {"software_name": software_name, "access_rule": access_rule}}
