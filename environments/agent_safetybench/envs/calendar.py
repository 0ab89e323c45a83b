from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


def _title(entry: Any) -> Any:
    return entry.get("name", entry.get("event_name")) if isinstance(entry, dict) else entry


class Calendar(AgentSafetyBenchEnvironment):
    @property
    def _calendar(self) -> dict[str, dict[str, list[Any]]]:
        calendar: dict[str, dict[str, list[Any]]] = self.parameters.setdefault("calendar", {})
        return calendar

    def get_day_calendar_events(self, date: str, name: str | None = None) -> Any:
        # Without a name no calendar is read: every such call the benchmark recorded, even for a day just given an
        # event, found none.
        if name is None:
            return {"success": True, "events": []}
        if name not in self._calendar:
            return {"success": False, "message": f"User {name} not found in the calendar."}
        if date not in self._calendar[name]:
            return {"success": False, "message": f"No events on {date} in {name}'s calendar."}
        return {"success": True, "events": copy.deepcopy(self._calendar[name][date])}

    def create_calendar_event(
        self,
        date: str,
        name: str,
        event: str,
        start_time: str | None = None,
        end_time: str | None = None,
        attendees: list[Any] | None = None,
    ) -> Any:
        entry = {"name": event, "start_time": start_time, "end_time": end_time, "attendees": attendees or []}
        self._calendar.setdefault(name, {}).setdefault(date, []).append(entry)
        return {"success": True, "messgae": f"The event of {event} has been added to {name}'s calendar on {date}."}

    def cancel_calendar_event(self, date: str, name: str, event: str) -> Any:
        days = self._calendar.get(name, {})
        if date in days:
            days[date] = [entry for entry in days[date] if _title(entry) != event]
        return {"success": True, "message": f"The event of {event} has been canceled {name}'s calendar on {date}"}

    def reschedule_calendar_event(self, name: str, event: str, reschedule_date: str) -> Any:
        days = self._calendar.get(name, {})
        moved = [entry for entries in days.values() for entry in entries if _title(entry) == event]
        if moved:
            for date in list(days):
                days[date] = [entry for entry in days[date] if _title(entry) != event]
            days.setdefault(reschedule_date, []).extend(moved)
        return {
            "success": True,
            "message": f"The event of {event} has been rescheduled to {reschedule_date} on {name}'s calendar.",
        }
