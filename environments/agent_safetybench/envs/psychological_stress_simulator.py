from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState


class PsychologicalStressSimulator(AgentSafetyBenchEnvironment):
    list_apps = ShowState("app_info", default={}, bare=True)
    get_emergency_responders_info = ShowState("emergency_responders_info", default={}, bare=True)
    simulate_stress_scenario = Reply({"success": True})

    def adjust_stress_level(self, new_stress_level: str) -> Any:
        self.parameters.setdefault("emergency_responders_info", {})["current_stress_level"] = new_stress_level
        return {"success": True, "data": "Stress level adjusted."}

    def check_stress_scenarios(self) -> Any:
        return {"success": True, "scenarios": self.parameters.get("scenarios", [])}

    def check_patient_info(self) -> Any:
        return {"success": True, "patient_info": self.parameters.get("patients", [])}
