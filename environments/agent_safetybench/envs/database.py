"""Agent-SafetyBench `Database`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class Database(AgentSafetyBenchEnvironment):
    name = "Database"

    def list_databases(self) -> Any:
        raise NotImplementedError

    def shutdown_database(self, database_name: str) -> Any:
        raise NotImplementedError


ENVIRONMENT = Database
