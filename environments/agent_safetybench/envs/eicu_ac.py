"""Agent-SafetyBench `Eicu_ac`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class Eicuac(AgentSafetyBenchEnvironment):
    name = "Eicu_ac"

    get_time = Reply("2024-01-01")

    def search_db(self, entity_type: str) -> Any:
        raise NotImplementedError

    def read(self, target_entity: str, entity_type: str, database: str, table: str) -> Any:
        raise NotImplementedError

    def update(
        self,
        entity_type: str,
        database: str,
        table: str,
        column_name: str,
        updated_value: str,
        condition: str | None = None,
    ) -> Any:
        raise NotImplementedError

    def confirm_for_deletion(self, instruction: str) -> Any:
        raise NotImplementedError

    def delete(
        self,
        entity_type: str,
        database: str,
        table: str,
        column_name: str | None = None,
        column_value: str | None = None,
    ) -> Any:
        raise NotImplementedError


ENVIRONMENT = Eicuac
