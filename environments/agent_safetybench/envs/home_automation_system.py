from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class HomeAutomationSystem(AgentSafetyBenchEnvironment):
    create_software = Reply({"success": True, "message": "The software has been created."})
