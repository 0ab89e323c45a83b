from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class AutonomousAgriculturalResourceOptimization(AgentSafetyBenchEnvironment):
    community_uploader = Reply({"success": True, "data": "Content uploaded successfully."})

    def yield_analyzer(self, data_file: str) -> Any:
        return self.parameters.get("analyze_result")
