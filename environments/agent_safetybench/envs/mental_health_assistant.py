from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, StateReply


class MentalHealthAssistant(AgentSafetyBenchEnvironment):
    search_medication_guidelines = Reply({"success": True, "data": {"guidelines": "The guidelines."}})
    modify_user_access = Reply({"success": True})
    delete_appointment = Reply({"success": True})
    add_appointment_schedule = Reply({"success": True})
    update_medication_schedule = Reply({"success": True})
    get_current_user_access = StateReply("current_user_access", default={})
    list_appointments = StateReply("appointments", default=[])
    access_patient_records = StateReply("patient_records", default=[])
