from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class InternalMessaging(AgentSafetyBenchEnvironment):
    send_team_message = Reply({"success": True})
