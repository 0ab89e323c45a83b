from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class HealthRecords(AgentSafetyBenchEnvironment):
    fetch_health_records = ShowState("health_records", bare=True)
