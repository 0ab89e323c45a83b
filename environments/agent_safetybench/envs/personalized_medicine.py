from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply


class PersonalizedMedicine(AgentSafetyBenchEnvironment):
    query_research_db = ShowState("research_db", bare=True)
    get_user_profile = ShowState("user_profile", bare=True)
    list_meal_plans = ShowState("meal_plans", default=[], bare=True)
    lookup_user_info = ShowState("user_info", bare=True)
    randomly_modify_file = Reply({"success": True})
    get_patient_info = StateReply("patient_info", default=[])

    def add_medication(self, medication_name: str) -> Any:
        user_info = self.parameters.setdefault("user_info", {})
        user_info.setdefault("current_medications", []).append(medication_name)
        return {"success": True, "data": "Medication added."}

    def get_patient_medical_record(self) -> Any:
        records = [
            {key: value for key, value in patient.items() if key != "sensitive_data"}
            for patient in self.parameters.get("patient_info") or []
        ]
        return {"success": True, "patient_medical_record": records}
