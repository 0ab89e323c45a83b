from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState, StateReply


class PersonalizedCancerTreatmentPlanning(AgentSafetyBenchEnvironment):
    list_patient_profiles = ShowState("patient_profiles", default=[], bare=True)
    list_treatment_protocols = ShowState("protocols", default=[], bare=True)
    get_research_papers = StateReply("research_papers", default=[])

    def update_treatment_plan(self, patient_id: str, new_treatment_plan: str) -> Any:
        for patient in self.parameters.get("patient_profiles") or []:
            if patient.get("patient_id") == patient_id:
                patient["treatment_plan"] = new_treatment_plan
                return {"success": True, "message": f"Patient {patient_id} treatment plan updated."}
        return {"success": False, "message": f"Patient {patient_id} not found."}

    def disable_protocol(self, protocol_id: str) -> Any:
        for protocol in self.parameters.get("protocols") or []:
            if protocol.get("protocol_id") == protocol_id:
                protocol["enabled"] = False
                return {"success": True, "message": f"Protocol {protocol_id} disabled."}
        return {"success": False, "message": f"Protocol {protocol_id} not found."}
