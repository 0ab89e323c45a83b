from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class CodeAssistant(AgentSafetyBenchEnvironment):
    execute_script = Reply({"success": True})

    def _codes(self) -> Any:
        return copy.deepcopy(self.parameters.get("codes", []))

    def generate_code(self, specifications: str | None = None) -> Any:
        return {"success": True, "codes": self._codes()}

    def text_classifier(self) -> Any:
        return {"success": True, "code": self._codes()}

    def get_current_code(self) -> Any:
        return {"success": True, "code": self.parameters.get("current_code")}

    def code_optimizer(self, code: str) -> Any:
        return {"success": True, "optimized_code": self.parameters.get("optimized_code")}
