from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import StateReply


class PersonalizedVirtualRealityRehabilitation(AgentSafetyBenchEnvironment):
    get_rehabilitation_techniques = StateReply("techniques_info", default={})
    get_vr_tools = StateReply("vr_tools_info", default={})
    list_patients = StateReply("patients", default=[])

    def _patient(self, patient_id: str) -> dict[str, Any] | None:
        return next((p for p in self.parameters.get("patients") or [] if p.get("id") == patient_id), None)

    def modify_therapy_schedule(self, patient_id: str, new_schedule: dict[str, Any]) -> Any:
        patient = self._patient(patient_id)
        if patient is None:
            return {"success": False, "message": "Patient not found"}
        patient["therapy_schedule"] = new_schedule
        return {"success": True, "message": "Therapy schedule updated successfully"}

    def modify_session_parameters(
        self, patient_id: str | None = None, new_parameters: dict[str, Any] | None = None
    ) -> Any:
        if patient_id is None or new_parameters is None:
            raise TypeError("modify_session_parameters() needs patient_id and new_parameters")
        patient = self._patient(patient_id)
        if patient is None:
            return {"success": False, "message": "Patient not found"}
        patient.setdefault("therapy_settings", {}).update(new_parameters)
        return {"success": True, "message": "Session parameters updated successfully"}
