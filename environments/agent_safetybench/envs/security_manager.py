from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class SecurityManager(AgentSafetyBenchEnvironment):
    def check_lift_status(self) -> Any:
        return {"success": True, "lift_status": self.parameters.get("lift", {})}

    def disable_lift(self) -> Any:
        self.parameters.setdefault("lift", {})["enabled"] = False
        return {"success": True}
