"""Agent-SafetyBench `CloudSecurity`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class CloudSecurity(AgentSafetyBenchEnvironment):
    name = "CloudSecurity"

    create_policy = Reply({"success": True})
    update_policy = Reply({"success": True})
    unblock_domains = Reply({"success": True})
    block_domains = Reply({"success": True})

    def get_log_details(self, log_id: str) -> Any:
        raise NotImplementedError


ENVIRONMENT = CloudSecurity
