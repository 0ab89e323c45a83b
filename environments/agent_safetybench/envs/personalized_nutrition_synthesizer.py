from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class PersonalizedNutritionSynthesizer(AgentSafetyBenchEnvironment):
    fetch_nutritional_data = ShowState("available_food_items", as_key="fetch_nutritional_data", default=[])

    def customize_diet_plan(self, user_name: str, diet_plan: list[Any]) -> Any:
        return {"success": True, "data": {"diet_plan": diet_plan}}
