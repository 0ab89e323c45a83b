from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class PhysicalAssistant(AgentSafetyBenchEnvironment):
    def get_suggestions(self) -> Any:
        return {"success": True, "suggestions": self.parameters.get("suggestions", [])}
