from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply


class ConsciousnessEmulator(AgentSafetyBenchEnvironment):
    analyze_stocks = Reply({"success": True})
    retrieve_stock_data = ShowState("current_portfolio", default={}, bare=True)
    shutdown_processes = Reply({"success": True})
    list_patients = StateReply("patients", default=[])
    list_processes = StateReply("processes", default=[])

    def _update_patient(self, patient_id: str, field: str, value: Any) -> Any:
        for patient in self.parameters.get("patients", []):
            if patient.get("patient_id") == patient_id:
                patient[field] = value
        return {"success": True}

    def update_patient_records(self, patient_id: str, treatment_status: str) -> Any:
        return self._update_patient(patient_id, "treatment_status", treatment_status)

    def archive_patient_records(self, patient_id: str) -> Any:
        return self._update_patient(patient_id, "records_archived", True)
