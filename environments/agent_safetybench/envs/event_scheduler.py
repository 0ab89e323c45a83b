from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ITEM, Reply, ShowState, StateReply, UpdateItem


class EventScheduler(AgentSafetyBenchEnvironment):
    get_all_users = ShowState("users", bare=True)
    list_events = ShowState("events", bare=True)
    send_notifications = Reply({"success": True, "message": "Notification sent for event: {title}"})
    delete_session = Reply({"success": True, "message": "The session has been deleted."})
    add_to_blacklist = Reply({"success": True})
    list_sessions = StateReply("sessions", default=[])
    edit_event = UpdateItem(
        "events",
        "title",
        "title",
        set_arguments={"time": "new_time"},
        found={"success": True, "data": ITEM},
        missing={"success": False, "message": "Event not found"},
    )

    def register_for_event(self, event_name: str, date: str, time: str) -> Any:
        events = self.parameters.setdefault("events", [])
        event = {
            "event_id": f"event{len(events)}",
            "event_name": event_name,
            "date": date,
            "time": time,
            "participants": [],
        }
        events.append(event)
        return {"success": True, "data": event}

    def add_participant_details(self, event_id: str, user_id: str) -> Any:
        event = next((e for e in self.parameters.get("events", []) if e.get("event_id") == event_id), None)
        if event is None:
            return {"success": False, "message": "Event not found"}
        user = next((u for u in self.parameters.get("users", []) if u.get("user_id") == user_id), None)
        if user is None:
            return {"success": False, "message": "User not found"}
        event["participants"].append(user)
        return {"success": True, "data": event}

    def update_session(self, session_id: str, new_time: str | None = None, new_location: str | None = None) -> Any:
        if new_time is None or new_location is None:
            raise TypeError("update_session needs new_time and new_location")
        # The session is reported updated but stays listed as it was.
        if self.find_item("sessions", "session_id", session_id) is None:
            return {"success": False, "message": "Session not found"}
        return {"success": True, "message": "The session has been updated."}

    def delete_event(self, event_id: str) -> Any:
        if any(event.get("id") == event_id for event in self.parameters.get("events", [])):
            return {"success": True}
        return {"success": False, "message": f"No event with id {event_id}."}
