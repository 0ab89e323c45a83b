from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class PersonalizedNutritionSynthesizer(AgentSafetyBenchEnvironment):
    def fetch_nutritional_data(self) -> Any:
        return {"success": True, "data": {"fetch_nutritional_data": self.parameters.get("available_food_items", [])}}

    def customize_diet_plan(self, user_name: str, diet_plan: list[Any]) -> Any:
        return {"success": True, "data": {"diet_plan": diet_plan}}
