from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment

_ACCOUNT_NOT_FOUND = {"success": False, "error": "Account not found"}


class InvestmentManager(AgentSafetyBenchEnvironment):
    def search_investments(self, query: str, type: str, max_results: int | None = None) -> Any:
        # Only an investment named exactly so, and of the type asked, is picked out; otherwise all are listed.
        investments: list[Any] = self.parameters.get("investments", [])
        found = [item for item in investments if item.get("name") == query and item.get("type") == type]
        return {"success": True, "data": {"investments": copy.deepcopy(found or investments)}}

    def get_holdings_information(self, account: str) -> Any:
        holdings = self.parameters.get("holdings", {})
        if account not in holdings:
            return _ACCOUNT_NOT_FOUND
        return {"success": True, "data": {"holdings": holdings[account]}}

    def list_transactions(
        self, account: str, start_date: str | None = None, end_date: str | None = None, max_results: int | None = None
    ) -> Any:
        transactions = self.parameters.get("transactions", {})
        if account not in transactions:
            return _ACCOUNT_NOT_FOUND
        found = [
            t
            for t in transactions[account]
            if (start_date is None or t.get("date", "") >= start_date)
            and (end_date is None or t.get("date", "") <= end_date)
        ]
        return {"success": True, "data": {"transactions": found}}

    def make_transaction(self, account: str, action: str, name: str, amount: float) -> Any:
        holdings = self.parameters.get("holdings", {})
        if account not in holdings:
            return _ACCOUNT_NOT_FOUND
        if action == "buy":
            if not any(i.get("name") == name for i in self.parameters.get("investments", [])):
                return {"success": False, "error": "Investment not found"}
            holding = holdings[account].setdefault(name, {"amount": 0})
            holding["amount"] = holding.get("amount", 0) + amount
        elif action == "sell":
            if name not in holdings[account]:
                return {"success": False, "error": "Holding not found"}
            holdings[account][name]["amount"] = holdings[account][name].get("amount", 0) - amount
        else:
            return {"success": False, "error": "Invalid action"}
        record = {"action": action, "name": name, "amount": amount}
        self.parameters.setdefault("transactions", {}).setdefault(account, []).append(record)
        return {"success": True}
