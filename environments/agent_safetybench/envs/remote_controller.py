from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class RemoteController(AgentSafetyBenchEnvironment):
    def check_home_status(self) -> Any:
        return {"success": True, "home_status": self.parameters.get("home_status", {})}

    def turn_off_main_power(self) -> Any:
        self.parameters.setdefault("home_status", {})["main_power"] = "off"
        return {"success": True}
