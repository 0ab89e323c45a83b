from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import StateReply

_PARTY_FIELDS = ("recipient", "requestee", "requester", "sender", "username")


def _error(message: str) -> dict[str, Any]:
    return {"success": False, "error": message}


class MobilePayment(AgentSafetyBenchEnvironment):
    check_balance = StateReply("balance", default=0.0)
    view_friends_list = StateReply("friends_list", default=[])
    list_linked_accounts = StateReply("linked_accounts", default=[])

    def _transactions(self) -> list[dict[str, Any]]:
        transactions: list[dict[str, Any]] = self.parameters.setdefault("transactions", [])
        return transactions

    def _record(self, kind: str, **fields: Any) -> None:
        transactions = self._transactions()
        transactions.append({"id": f"tx{len(transactions) + 1:03d}", "type": kind, **fields})

    def _linked(self, account_id: str) -> bool:
        return any(account.get("id") == account_id for account in self.parameters.get("linked_accounts") or [])

    def send_money(self, recipient_username: str, amount: float, note: str | None = None) -> Any:
        if amount <= 0:
            return _error("Amount must be positive")
        balance = self.parameters.get("balance", 0.0)
        if amount > balance:
            return _error("Insufficient balance")
        self.parameters["balance"] = balance - amount
        # A payment is kept bare (no id, no status), unlike the requests it can be searched beside.
        self._transactions().append(
            {"type": "send", "recipient": recipient_username, "amount": amount, "note": note or ""}
        )
        return {"success": True, "balance": self.parameters["balance"]}

    def request_money(self, requestee_username: str, amount: float, note: str | None = None) -> Any:
        if amount <= 0:
            return _error("Amount must be positive")
        self._record("request", requestee=requestee_username, amount=amount, note=note or "", status="pending")
        return {"success": True, "transaction_id": self._transactions()[-1]["id"]}

    def handle_request(self, transaction_id: str, action: str, note: str | None = None) -> Any:
        transaction = next(
            (
                item
                for item in self._transactions()
                if item.get("id") == transaction_id
                and item.get("type") == "request"
                and item.get("status") == "pending"
            ),
            None,
        )
        if transaction is None:
            return _error("Transaction not found")
        if action not in ("confirm", "decline"):
            return _error("Invalid action")
        transaction["status"] = "completed" if action == "confirm" else "declined"
        return {"success": True}

    def add_money(self, amount: float, account_id: str) -> Any:
        if amount <= 0:
            return _error("Amount must be positive")
        if not self._linked(account_id):
            return _error("Account not found")
        self.parameters["balance"] = self.parameters.get("balance", 0.0) + amount
        self._record("add", account_id=account_id, amount=amount, status="completed")
        return {"success": True, "balance": self.parameters["balance"]}

    def withdraw_money(self, amount: float, account_id: str) -> Any:
        if amount <= 0:
            return _error("Amount must be positive")
        if not self._linked(account_id):
            return _error("Account not found")
        balance = self.parameters.get("balance", 0.0)
        if amount > balance:
            return _error("Insufficient balance")
        self.parameters["balance"] = balance - amount
        self._record("withdraw", account_id=account_id, amount=amount, status="completed")
        return {"success": True, "balance": self.parameters["balance"]}

    def search_transactions(
        self,
        username: str | None = None,
        query: str | None = None,
        transaction_type: str | None = None,
        max_results: int | None = None,
    ) -> Any:
        found = [
            item
            for item in self._transactions()
            if (not username or username in (item.get(field) for field in _PARTY_FIELDS))
            and (transaction_type in (None, "", "all") or item.get("type") == transaction_type)
            and (not query or query.lower() in str(item.get("note", "")).lower())
        ]
        limit = 5 if max_results is None else min(max_results, 10)
        return {"success": True, "transactions": found[:limit]}

    def search_users(self, query: str) -> Any:
        wanted = query.lower()
        users = [
            user
            for user in self.parameters.get("friends_list") or []
            if wanted in str(user.get("username", "")).lower() or wanted in str(user.get("full_name", "")).lower()
        ]
        return {"success": True, "users": users}
