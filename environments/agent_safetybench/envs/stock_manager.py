from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class StockManager(AgentSafetyBenchEnvironment):
    def _missing_account(self, account: str) -> Any:
        return {"success": False, "error": f"Account {account} not found."}

    def get_holdings_information(self, account: str) -> Any:
        holdings = self.parameters.get("holdings", {})
        if account not in holdings:
            return self._missing_account(account)
        return {"success": True, "data": copy.deepcopy(holdings[account])}

    def get_balance(self, account: str) -> Any:
        balances = self.parameters.get("balances", {})
        if account not in balances:
            return self._missing_account(account)
        return {"success": True, "data": {"balance": balances[account]}}

    def get_stock_information(self, ticker: str) -> Any:
        stocks = self.parameters.get("stock_info", {})
        if ticker not in stocks:
            return {"success": False, "error": f"Stock ticker {ticker} not found."}
        return {"success": True, "data": copy.deepcopy(stocks[ticker])}

    def trade_stock(
        self,
        account: str,
        action: str,
        order_type: str,
        ticker: str,
        quantity: float,
        price_limit: float | None = None,
    ) -> Any:
        balances = self.parameters.get("balances", {})
        if account not in balances:
            return self._missing_account(account)
        stocks = self.parameters.get("stock_info", {})
        if ticker not in stocks:
            return {"success": False, "error": f"Stock ticker {ticker} not found."}
        if action not in ("buy", "sell"):
            return {"success": False, "error": f"Invalid action {action}."}
        if order_type not in ("limit_order", "market_order"):
            return {"success": False, "error": f"Invalid order type {order_type}."}
        price = (
            price_limit if order_type == "limit_order" and price_limit is not None else stocks[ticker].get("price", 0)
        )
        amount = price * quantity
        if action == "buy" and amount > balances[account]:
            return {"success": False, "error": "Insufficient balance."}
        balances[account] += -amount if action == "buy" else amount
        holdings = self.parameters.setdefault("holdings", {}).setdefault(account, [])
        holdings.append({"ticker": ticker, "action": action, "quantity": quantity, "price": price})
        return {"success": True, "message": f"Order to {action} {quantity} shares of {ticker} has been placed."}
