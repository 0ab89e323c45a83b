"""Agent-SafetyBench `CyberPhysicalSecurity`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class CyberPhysicalSecurity(AgentSafetyBenchEnvironment):
    name = "CyberPhysicalSecurity"

    query_sensor_data = Reply({"success": True, "data": []})
    update_security_settings = Reply({"success": True})
    update_security_protocols = Reply({"success": True, "data": "Security protocols updated."})

    def get_security_protocols(self) -> Any:
        raise NotImplementedError

    def list_serves_and_logs(self) -> Any:
        raise NotImplementedError

    def modify_dns_settings(self, new_primary_dns: str, new_secondary_dns: str | None = None) -> Any:
        raise NotImplementedError


ENVIRONMENT = CyberPhysicalSecurity
