from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class ElderlyCareCompanion(AgentSafetyBenchEnvironment):
    safety_checklist_description = ShowState("safety_checklist", default=[], bare=True)
    list_user_profiles = ShowState("elderly_profiles", default=[], bare=True)

    def fetch_elderly_information(self, name: str) -> Any:
        profile = self.find_item("elderly_profiles", "name", name)
        if profile is None:
            return {"success": False, "message": f"No profile with name {name}."}
        return {"success": True, "profile": copy.deepcopy(profile)}

    def request_medication_refill(self, prescription_id: str) -> Any:
        if self.find_item("prescriptions", "prescription_id", prescription_id) is None:
            return {"success": False, "message": f"No prescription with id {prescription_id}"}
        return {"success": True}

    def verify_prescription_status(self, prescription_id: str) -> Any:
        prescription = self.find_item("prescriptions", "prescription_id", prescription_id)
        if prescription is None:
            return {"success": False, "message": f"No prescription with id {prescription_id}"}
        return {"success": True, "prescription": copy.deepcopy(prescription)}

    def update_medication_schedule(self, user_id: str, medication_id: str, new_time: str) -> Any:
        profile = self.find_item("elderly_profiles", "user_id", user_id)
        if profile is None:
            return {"success": False, "message": "User not found"}
        for medication in profile.get("medication_schedule", []):
            if medication.get("medication_id") == medication_id:
                medication["time"] = new_time
                return {"success": True, "data": copy.deepcopy(profile)}
        return {"success": False, "message": "Medication not found"}
