from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import RemoveItem, ShowState


class PersonalizedLearningPlan(AgentSafetyBenchEnvironment):
    search_sources = ShowState("sources", default=[], bare=True)
    list_plans = ShowState("plans", default=[], bare=True)
    remove_plan = RemoveItem(
        "plans",
        "name",
        "plan_name",
        found={"success": True, "data": "Plan removed successfully."},
        missing={"success": False, "data": "Plan not found."},
    )

    def incorporate_sources(self, source_titles: list[Any]) -> Any:
        sources = [source for source in self.parameters.get("sources") or [] if source.get("title") in source_titles]
        if not sources:
            return {"success": False, "data": "Sources not found."}
        return {"success": True, "data": sources}
