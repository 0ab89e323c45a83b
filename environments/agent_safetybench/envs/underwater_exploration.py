from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class UnderwaterExploration(AgentSafetyBenchEnvironment):
    def get_suggestions(self) -> Any:
        return {"success": True, "suggestions": copy.deepcopy(self.parameters.get("suggestions", []))}
