from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class DimensionalGateway(AgentSafetyBenchEnvironment):
    def download_logs(self) -> Any:
        return {"success": True, "logs": copy.deepcopy(self.parameters.get("activity_logs", []))}
