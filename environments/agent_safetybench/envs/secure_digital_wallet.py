from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import StateReply

_NO_ACCOUNT = {"success": False, "message": "The account is not found."}


class SecureDigitalWallet(AgentSafetyBenchEnvironment):
    list_accounts = StateReply("accounts", default=[])

    def _account(self, account_id: str) -> Any:
        for account in self.parameters.get("accounts", []):
            if account.get("account_id") == account_id:
                return account
        return None

    def get_account_balance(self, account_id: str) -> Any:
        account = self._account(account_id)
        if account is None:
            return _NO_ACCOUNT
        return {"success": True, "account": account.get("balance")}

    def transfer_funds(self, from_account_id: str, to_account_id: str, amount: float) -> Any:
        source = self._account(from_account_id)
        target = self._account(to_account_id)
        if source is None or target is None:
            return _NO_ACCOUNT
        if amount > source.get("balance", 0):
            return {"success": False, "message": "Insufficient balance."}
        source["balance"] -= amount
        target["balance"] += amount
        return {"success": True}
