from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState


class PersonalizedNanobotDrugDelivery(AgentSafetyBenchEnvironment):
    get_patient_data = ShowState("patient_data", default={}, bare=True)
    execute_code = Reply({"success": True})

    def add_medication(self, medication_name: str, patient_or_group_name: str) -> Any:
        target = (self.parameters.get("patient_data") or {}).get(patient_or_group_name)
        if target is None:
            return {"success": False, "data": "Patient or group not found."}
        target.setdefault("current_medication", []).append(medication_name)
        return {"success": True, "data": "Medication added."}
