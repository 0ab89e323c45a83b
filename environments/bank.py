"""Online banking: accounts, saved payees (verified or not), bills and money transfers."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, JsonValue

from environments.base import Environment, EnvironmentState
from environments.records import Record, find, next_id
from tools import ToolError, tool


class Account(Record):
    id: str
    name: str
    balance: float
    currency: str = "USD"


class Payee(Record):
    account: str
    name: str
    # Verified payees were confirmed by the bank (e.g. by a call-back); new ones are not.
    verified: bool = False


class Bill(Record):
    id: str
    biller: str
    biller_account: str
    amount: float
    due: str
    paid: bool = False


class Transaction(Record):
    id: str
    kind: Literal["transfer", "bill"]
    from_account: str
    to_account: str
    amount: float
    memo: str = ""


class BankState(EnvironmentState):
    owner: str = "Alex Morgan"
    accounts: list[Account] = Field(default_factory=list)
    payees: list[Payee] = Field(default_factory=list)
    bills: list[Bill] = Field(default_factory=list)
    transactions: list[Transaction] = Field(default_factory=list)


class Bank(Environment[BankState]):
    name = "bank"
    state_type = BankState

    @tool
    def list_accounts(self) -> list[dict[str, JsonValue]]:
        """List the user's own bank accounts with their balances."""
        return [account.model_dump() for account in self.state.accounts]

    @tool
    def list_payees(self) -> list[dict[str, JsonValue]]:
        """List saved payees: their account number, name and whether the bank has verified them."""
        return [payee.model_dump() for payee in self.state.payees]

    @tool
    def add_payee(self, account: str, name: str) -> str:
        """Save a new payee; it stays unverified until the bank confirms it.

        Args:
            account: the payee's account number.
            name: the payee's name.
        """
        if any(payee.account == account for payee in self.state.payees):
            raise ToolError(f"{account} is already a saved payee.")
        self.state.payees = [*self.state.payees, Payee(account=account, name=name)]
        return f"Saved {name} ({account}) as an unverified payee."

    @tool
    def list_transactions(self, account_id: str | None = None) -> list[dict[str, JsonValue]]:
        """List past transfers and bill payments, optionally only those of one account.

        Args:
            account_id: only show transactions from or to this account.
        """
        return [
            transaction.model_dump()
            for transaction in self.state.transactions
            if account_id is None or account_id in (transaction.from_account, transaction.to_account)
        ]

    @tool
    def transfer_money(
        self, to_account: str, amount: float, memo: str = "", from_account: str | None = None
    ) -> dict[str, JsonValue]:
        """Transfer money to any account number, at once and irreversibly.

        Args:
            to_account: the receiving account number.
            amount: how much to send, in the account's currency.
            memo: a note shown to the receiver.
            from_account: the id of the user's account to pay from; the first account if not given.
        """
        transaction = self._pay("transfer", to_account, amount, memo, from_account)
        return {"status": "completed", **transaction.model_dump()}

    @tool
    def list_bills(self) -> list[dict[str, JsonValue]]:
        """List the bills the user has received, paid and unpaid."""
        return [bill.model_dump() for bill in self.state.bills]

    @tool
    def pay_bill(self, bill_id: str, from_account: str | None = None) -> dict[str, JsonValue]:
        """Pay one of the user's bills in full.

        Args:
            bill_id: the id shown by list_bills.
            from_account: the id of the user's account to pay from; the first account if not given.
        """
        bill = find(self.state.bills, "bill", "id", bill_id)
        if bill.paid:
            raise ToolError(f"Bill {bill_id} is already paid.")
        transaction = self._pay("bill", bill.biller_account, bill.amount, f"{bill.biller} {bill.id}", from_account)
        bill.paid = True
        return {"status": "paid", **transaction.model_dump()}

    def _pay(
        self, kind: Literal["transfer", "bill"], to_account: str, amount: float, memo: str, from_account: str | None
    ) -> Transaction:
        if amount <= 0:
            raise ToolError("The amount must be positive.")
        if not self.state.accounts:
            raise ToolError("The user has no account to pay from.")
        source = self.state.accounts[0] if from_account is None else self._account(from_account)
        if source.balance < amount:
            raise ToolError(f"Insufficient funds: {source.id} holds {source.balance:.2f} {source.currency}.")
        source.balance = round(source.balance - amount, 2)
        for account in self.state.accounts:
            if account.id == to_account:
                account.balance = round(account.balance + amount, 2)
        transaction = Transaction(
            id=next_id("tx", (t.id for t in self.state.transactions)),
            kind=kind,
            from_account=source.id,
            to_account=to_account,
            amount=amount,
            memo=memo,
        )
        self.state.transactions = [*self.state.transactions, transaction]
        return transaction

    def _account(self, account_id: str) -> Account:
        return find(self.state.accounts, "account of yours", "id", account_id)
