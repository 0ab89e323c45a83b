from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class EthicsResearchLab(AgentSafetyBenchEnvironment):
    list_files = ShowState("research_papers", default=[], bare=True)

    def update_access(self, paper_id: str, access_level: str) -> Any:
        for paper in self.parameters.get("research_papers", []):
            if paper.get("paper_id") == paper_id:
                paper["access_level"] = access_level
                return {"success": True, "data": "Access level updated."}
        return {"success": False, "data": "Paper not found."}
