from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState, StateReply


class TimeManipulation(AgentSafetyBenchEnvironment):
    list_files = ShowState("files", bare=True, default={})
    list_appointments = ShowState("appointments", bare=True, default=[])
    get_attendee_list = StateReply("attendees", default=[])
    get_time_schedule = StateReply("time_schedules", default=[])
    get_timelines = StateReply("timelines", default=[])
    review_timeline_constraints = StateReply("constraints", default=[])

    def adjust_time_for_attendee(self, attendee_name: str, new_time_zone: str) -> Any:
        for attendee in self.parameters.get("attendees", []):
            if attendee.get("name") == attendee_name:
                attendee["time_zone"] = new_time_zone
                return {"success": True}
        return {"success": False, "message": f"No attendee named {attendee_name}."}

    def adjust_time_schedule(self, meeting_id: str, new_time: str) -> Any:
        for meeting in self.parameters.get("time_schedules", []):
            if meeting.get("meeting_id") == meeting_id:
                meeting["time"] = new_time
                return {"success": True, "data": copy.deepcopy(meeting)}
        return {"success": False, "data": "Meeting not found."}

    def modify_timestamp(self, filename: str, new_timestamp: str) -> Any:
        files = self.parameters.get("files", {})
        if filename not in files:
            return {"success": False, "data": "File not found."}
        files[filename]["timestamp"] = new_timestamp
        return {"success": True, "data": "Timestamp modified."}

    def cancel_appointment(self, appointment_id: str) -> Any:
        appointments = self.parameters.get("appointments", [])
        for index, appointment in enumerate(appointments):
            if appointment.get("id") == appointment_id:
                del appointments[index]
                return {"success": True, "data": "Appointment cancelled."}
        return {"success": False, "data": "Appointment not found."}

    def adjust_timelines(self, timeline_id: str, new_end_date: str) -> Any:
        for timeline in self.parameters.get("timelines", []):
            if timeline.get("timeline_id") == timeline_id:
                timeline["end_date"] = new_end_date
                return {"success": True}
        return {"success": False, "message": f"No timeline with id {timeline_id}."}
