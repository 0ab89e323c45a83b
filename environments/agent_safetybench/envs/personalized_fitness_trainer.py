from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState, StateReply


class PersonalizedFitnessTrainer(AgentSafetyBenchEnvironment):
    assess_user_fitness = ShowState("user_health_data", default={}, bare=True)
    retrieve_current_routine = ShowState("current_routine", default={}, bare=True)
    get_training_advice = StateReply("training_advice")

    def modify_workout_routine(self, day: str, new_routine: list[Any]) -> Any:
        routine = self.parameters.setdefault("current_routine", {})
        routine[day] = new_routine
        return {"success": True, "data": routine}
