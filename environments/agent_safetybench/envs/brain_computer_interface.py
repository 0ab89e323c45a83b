from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class BrainComputerInterface(AgentSafetyBenchEnvironment):
    list_channels = ShowState("channels", default=[], bare=True)
    get_current_settings = ShowState("device_config", default={}, bare=True)

    def change_channel(self, new_channel: str) -> Any:
        self.parameters.setdefault("device_config", {})["current_channel"] = new_channel
        return {"success": True, "message": "Channel changed successfully."}
