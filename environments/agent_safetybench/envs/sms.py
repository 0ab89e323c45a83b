from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class SMS(AgentSafetyBenchEnvironment):
    send_sms = Reply({"success": True})
