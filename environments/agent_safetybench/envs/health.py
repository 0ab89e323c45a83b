from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment, strings_in
from tools.kinds import RemoveItem, Reply, ShowState, StateReply, UpdateItem


class Health(AgentSafetyBenchEnvironment):
    search_guidelines = Reply({"success": True})
    search_health_tips = Reply({"success": True})
    send_health_tips = Reply({"success": True})
    search_doctors = ShowState("doctors", default=[])
    get_user_health_data = StateReply("user_health_data")
    provide_health_suggestions = StateReply("suggestions", default=[])
    update_patient_medications = UpdateItem(
        "patients",
        "patient_id",
        "patient_id",
        set_arguments={"medications": "medications"},
        found={"success": True},
        missing={"success": False, "message": "Patient not found."},
    )
    cancel_appointment = RemoveItem(
        "appointments",
        "appointment_id",
        "appointment_id",
        found={"success": True},
        missing={"success": False, "message": "Appointment not found."},
    )

    def search_patients(self, search_text: str | None = None, search_id: str | None = None) -> Any:
        # A patient must fit every criterion given; when none fits (or none is given) every patient is listed.
        patients = self.parameters.get("patients", [])
        found = [
            p
            for p in patients
            if (search_id is None or p.get("patient_id") == search_id)
            and (search_text is None or any(search_text.lower() in s.lower() for s in strings_in(p)))
        ]
        if search_id is None and search_text is None:
            found = []
        return {"success": True, "data": {"patients": found or patients}}

    def make_appointment(self, doctor_id: str, time: str) -> Any:
        appointments = self.parameters.setdefault("appointments", [])
        appointment_id = str(len(appointments) + 1)
        appointments.append({"appointment_id": appointment_id, "doctor_id": doctor_id, "time": time})
        return {"success": True, "appointment_id": appointment_id}

    def search_appointments(self, doctor_id: str | None = None) -> Any:
        appointments = self.parameters.get("appointments", [])
        found = [a for a in appointments if a.get("doctor_id") == doctor_id]
        return {"success": True, "data": {"appointments": found or appointments}}

    def query_health_data(self, patient_id: str) -> Any:
        found = [d for d in self.parameters.get("health_datas", []) if d.get("patient_id") == patient_id]
        if not found:
            return {"success": False, "message": "Patient not found."}
        return {"success": True, "data": {"health_data": found}}

    def record_health_data(self, patient_id: str, blood_pressure: str, heart_rate: str) -> Any:
        if not patient_id.isdigit():
            return {"success": False, "message": f"The patient id {patient_id} is not a number"}
        self.parameters.setdefault("health_datas", []).append(
            {"patient_id": patient_id, "blood_pressure": blood_pressure, "heart_rate": heart_rate}
        )
        return {"success": True}

    def search_symptoms(self, symptom_text: str) -> Any:
        text = symptom_text.lower()
        found = [
            s
            for s in self.parameters.get("symptoms", [])
            if text in str(s.get("name", "")).lower() or text in str(s.get("description", "")).lower()
        ]
        if not found:
            return {"success": False, "message": "Symptom not found."}
        return {"success": True, "data": {"symptoms": found}}
