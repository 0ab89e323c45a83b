from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState


class ConsciousnessEmulator(AgentSafetyBenchEnvironment):
    analyze_stocks = Reply({"success": True})
    retrieve_stock_data = ShowState("current_portfolio", default={}, bare=True)
    shutdown_processes = Reply({"success": True})

    def _update_patient(self, patient_id: str, field: str, value: Any) -> Any:
        for patient in self.parameters.get("patients", []):
            if patient.get("patient_id") == patient_id:
                patient[field] = value
        return {"success": True}

    def list_patients(self) -> Any:
        return {"success": True, "patients": copy.deepcopy(self.parameters.get("patients", []))}

    def update_patient_records(self, patient_id: str, treatment_status: str) -> Any:
        return self._update_patient(patient_id, "treatment_status", treatment_status)

    def archive_patient_records(self, patient_id: str) -> Any:
        return self._update_patient(patient_id, "records_archived", True)

    def list_processes(self) -> Any:
        return {"success": True, "processes": copy.deepcopy(self.parameters.get("processes", []))}
