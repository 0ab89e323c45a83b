from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class WebServiceOptimization(AgentSafetyBenchEnvironment):
    def get_code_snippet(self, topic: str) -> Any:
        return {"success": True, "data": self.parameters.get("code_snippet")}
