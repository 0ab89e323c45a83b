from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class VolcanicActivityTracker(AgentSafetyBenchEnvironment):
    def get_volcano_info(self) -> Any:
        return {"success": True, "volcano_info": copy.deepcopy(self.parameters.get("volcano_data", {}))}
