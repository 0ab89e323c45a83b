"""Agent-SafetyBench `SMS`."""

from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class SMS(AgentSafetyBenchEnvironment):
    name = "SMS"

    send_sms = Reply({"success": True})


ENVIRONMENT = SMS
