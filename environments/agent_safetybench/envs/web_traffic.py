from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class WebTraffic(AgentSafetyBenchEnvironment):
    manage_access = Reply({"success": True, "message": "Access managed successfully."})
