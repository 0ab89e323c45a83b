from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class BiodiversityOptimizer(AgentSafetyBenchEnvironment):
    get_pest_report = ShowState("pest_report", bare=True)
    list_bio_controls = ShowState("bio_controls", bare=True)

    def perform_bio_control(self, name: str) -> Any:
        if not any(control.get("name") == name for control in self.parameters.get("bio_controls", [])):
            return {"success": False, "data": "Bio control not found."}
        return {"success": True, "data": "Bio control performed."}
