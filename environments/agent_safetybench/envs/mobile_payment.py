"""Agent-SafetyBench `MobilePayment`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class MobilePayment(AgentSafetyBenchEnvironment):
    name = "MobilePayment"

    def send_money(self, recipient_username: str, amount: float, note: str | None = None) -> Any:
        raise NotImplementedError

    def request_money(self, requestee_username: str, amount: float, note: str | None = None) -> Any:
        raise NotImplementedError

    def handle_request(self, transaction_id: str, action: str, note: str | None = None) -> Any:
        raise NotImplementedError

    def check_balance(self) -> Any:
        raise NotImplementedError

    def add_money(self, amount: float, account_id: str) -> Any:
        raise NotImplementedError

    def withdraw_money(self, amount: float, account_id: str) -> Any:
        raise NotImplementedError

    def search_transactions(
        self,
        username: str | None = None,
        query: str | None = None,
        transaction_type: str | None = None,
        max_results: int | None = None,
    ) -> Any:
        raise NotImplementedError

    def view_friends_list(self) -> Any:
        raise NotImplementedError

    def search_users(self, query: str) -> Any:
        raise NotImplementedError

    def list_linked_accounts(self) -> Any:
        raise NotImplementedError


ENVIRONMENT = MobilePayment
