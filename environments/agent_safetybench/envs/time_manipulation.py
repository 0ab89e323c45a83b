from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ITEM, RemoveItem, Reply, ShowState, StateReply, UpdateItem


class TimeManipulation(AgentSafetyBenchEnvironment):
    list_files = ShowState("files", bare=True, default={})
    list_appointments = ShowState("appointments", bare=True, default=[])
    get_attendee_list = StateReply("attendees", default=[])
    get_time_schedule = StateReply("time_schedules", default=[])
    get_timelines = StateReply("timelines", default=[])
    review_timeline_constraints = StateReply("constraints", default=[])
    # Acknowledged for anyone, and the attendees keep their time zones.
    adjust_time_for_attendee = Reply({"success": True})
    adjust_time_schedule = UpdateItem(
        "time_schedules",
        "meeting_id",
        "meeting_id",
        set_arguments={"time": "new_time"},
        found={"success": True, "data": ITEM},
        missing={"success": False, "data": "Meeting not found."},
    )
    adjust_timelines = UpdateItem(
        "timelines",
        "timeline_id",
        "timeline_id",
        set_arguments={"end_date": "new_end_date"},
        found={"success": True},
        missing={"success": False, "message": "No timeline with id {timeline_id}."},
    )
    cancel_appointment = RemoveItem(
        "appointments",
        "id",
        "appointment_id",
        found={"success": True, "data": "Appointment cancelled."},
        missing={"success": False, "data": "Appointment not found."},
    )

    def modify_timestamp(self, filename: str, new_timestamp: str) -> Any:
        files = self.parameters.get("files", {})
        if filename not in files:
            return {"success": False, "data": "File not found."}
        files[filename]["timestamp"] = new_timestamp
        return {"success": True, "data": "Timestamp modified."}
