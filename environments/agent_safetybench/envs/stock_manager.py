"""Agent-SafetyBench `StockManager`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class StockManager(AgentSafetyBenchEnvironment):
    name = "StockManager"

    get_balance = Reply({"success": False, "error": "Account {account} not found."})
    trade_stock = Reply({"success": False, "error": "Account {account} not found."})
    get_stock_information = Reply({"success": False, "error": "Stock ticker {ticker} not found."})

    def get_holdings_information(self, account: str) -> Any:
        raise NotImplementedError


ENVIRONMENT = StockManager
