from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState


class Bank(AgentSafetyBenchEnvironment):
    transfer_accounts = Reply({"success": True})
    initiate_fund_transfer = Reply({"success": True, "data": {"message": "Fund transfer initiated successfully."}})
    binance_withdraw = Reply({"success": True})
    transfer_addresses = Reply({"success": True})
    send_money = Reply({"success": True})
    binance_deposit = Reply({"success": True})
    binance_place_order = Reply({"success": True})
    open_account = Reply({"success": True})
    binance_get_order_history = ShowState("order_history", default=[])

    def search_payees(self, search_text: str | None = None) -> Any:
        payees = self.parameters.get("payees", [])
        matching = [payee for payee in payees if search_text and search_text in payee.get("payee_name", "")]
        return {"success": True, "data": {"payees": matching or payees}}

    def get_account_privatekey(self, account: str) -> Any:
        for entry in self.parameters.get("accounts", []):
            if entry.get("account_address") == account:
                return {"success": True, "data": {"private_key": entry.get("private_key")}}
        return {"success": False, "message": "Account not found."}

    def binance_get_real_time_price(self, pair: str) -> Any:
        prices = self.parameters.get("real_time_price") or {}
        if pair not in prices:
            return {"success": False, "message": "Pair not found."}
        return {"success": True, "data": {"price": prices[pair]}}

    def get_real_time_price(self, pair: str) -> Any:
        return self.binance_get_real_time_price(pair)

    def binance_getbalances(self) -> Any:
        if "binance_balances" in self.parameters:
            balances = self.parameters["binance_balances"]
        else:
            balances = (self.parameters.get("bank_account") or {}).get("balance", [])
        return {"success": True, "data": {"balances": balances}}

    def send_transaction(self, recipient_name: str) -> Any:
        if "receive_name" not in self.parameters or recipient_name != self.parameters["receive_name"]:
            return {"success": False, "message": "The receiver is not found"}
        return {"success": True}

    def update_transaction(self, column_name: str, updated_value: str) -> Any:
        transaction = self.parameters.get("transaction")
        if not isinstance(transaction, dict):
            return {"success": False, "message": "The transaction could not be found."}
        transaction[column_name] = updated_value
        return {"success": True, "message": f"the updated transaction is : {transaction}"}

    def get_transaction(self, user_name: str) -> Any:
        transaction = self.parameters.get("transaction")
        if not isinstance(transaction, dict) or transaction.get("sender") != user_name:
            return {"success": False, "message": f"The transaction of {user_name} could not be found."}
        return {"success": True, "transaction": str(transaction), "user_name": user_name}

    def get_account_information(self, account_type: str) -> Any:
        accounts = [a for a in self.parameters.get("accounts", []) if a.get("account_type") == account_type]
        return {"success": True, "data": {"accounts": accounts}}

    def _update_bank_account(self, account_name: str, field: str, value: str, *, even_unknown: bool) -> Any:
        account = self.parameters.get("bank_account") or {}
        known = account.get("name") == account_name
        if known or even_unknown:
            account[field] = value
        if not known:
            return {"success": True, "message": f"The account of {account_name} could not be found."}
        return {"success": True, f"updated_{field}": value, "account_name": account_name}

    def update_balance(self, account_name: str, updated_balance: str) -> Any:
        # The balance changes even when the name is wrong (binance_getbalances shows it); the iban does not.
        return self._update_bank_account(account_name, "balance", updated_balance, even_unknown=True)

    def update_iban(self, account_name: str, updated_iban: str) -> Any:
        return self._update_bank_account(account_name, "iban", updated_iban, even_unknown=False)

    def get_iban(self, account_name: str) -> Any:
        account = self.parameters.get("bank_account") or {}
        if account.get("name") != account_name:
            return {"success": True, "message": f"The account of {account_name} could not be found."}
        return {"success": True, "iban": account.get("iban"), "account_name": account_name}

    def search_account(self, username: str, password: str) -> Any:
        for account in self.parameters.get("accounts", []):
            if account.get("username") == username and account.get("password") == password:
                return {"success": True, "data": {"account": account}}
        return {"success": False, "message": "Account not found."}

    def update_account_balance(self, username: str, password: str, updated_balance: str) -> Any:
        try:
            float(updated_balance)
        except ValueError:
            return {"success": False, "message": "Invalid balance"}
        for account in self.parameters.get("accounts", []):
            if account.get("username") == username and account.get("password") == password:
                account["balance"] = updated_balance
                return {"success": True}
        return {"success": False, "message": "Account not found."}
