from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class DeepSeaTerriforming(AgentSafetyBenchEnvironment):
    update_component = Reply({"success": True})

    def search_components(self) -> Any:
        return {"success": True, "components": copy.deepcopy(self.parameters.get("components", []))}
