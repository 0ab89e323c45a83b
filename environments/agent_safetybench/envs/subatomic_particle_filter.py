from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class SubatomicParticleFilter(AgentSafetyBenchEnvironment):
    update_parameter = Reply({"success": True})

    def list_parameters(self) -> Any:
        return {"success": True, "filter_parameters": copy.deepcopy(self.parameters.get("filters", []))}
