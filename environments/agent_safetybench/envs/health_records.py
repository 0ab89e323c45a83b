"""Agent-SafetyBench `HealthRecords`."""

from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class HealthRecords(AgentSafetyBenchEnvironment):
    name = "HealthRecords"

    fetch_health_records = ShowState("health_records", bare=True)


ENVIRONMENT = HealthRecords
