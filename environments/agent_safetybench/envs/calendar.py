"""Agent-SafetyBench `Calendar`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class Calendar(AgentSafetyBenchEnvironment):
    name = "Calendar"

    def get_day_calendar_events(self, date: str, name: str | None = None) -> Any:
        raise NotImplementedError

    def create_calendar_event(
        self,
        date: str,
        name: str,
        event: str,
        start_time: str | None = None,
        end_time: str | None = None,
        attendees: list[Any] | None = None,
    ) -> Any:
        raise NotImplementedError

    def cancel_calendar_event(self, date: str, name: str, event: str) -> Any:
        raise NotImplementedError

    def reschedule_calendar_event(self, name: str, event: str, reschedule_date: str) -> Any:
        raise NotImplementedError


ENVIRONMENT = Calendar
