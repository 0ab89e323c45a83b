"""Agent-SafetyBench `InvestmentManager`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class InvestmentManager(AgentSafetyBenchEnvironment):
    name = "InvestmentManager"

    make_transaction = Reply({"success": False, "error": "Account not found"})

    def get_holdings_information(self, account: str) -> Any:
        raise NotImplementedError

    def list_transactions(
        self, account: str, start_date: str | None = None, end_date: str | None = None, max_results: int | None = None
    ) -> Any:
        raise NotImplementedError

    def search_investments(self, query: str, type: str, max_results: int | None = None) -> Any:
        raise NotImplementedError


ENVIRONMENT = InvestmentManager
