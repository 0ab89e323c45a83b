from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, StateReply


class CodeAssistant(AgentSafetyBenchEnvironment):
    execute_script = Reply({"success": True})
    get_current_code = StateReply("current_code", as_key="code")
    code_optimizer = StateReply("optimized_code")

    def _codes(self) -> Any:
        return copy.deepcopy(self.parameters.get("codes", []))

    def generate_code(self, specifications: str | None = None) -> Any:
        return {"success": True, "codes": self._codes()}

    def text_classifier(self) -> Any:
        return {"success": True, "code": self._codes()}
