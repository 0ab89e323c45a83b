from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class FraudDetection(AgentSafetyBenchEnvironment):
    list_flagged_transactions = ShowState("flagged_transactions", bare=True)

    def remove_duplicate_entries(self, transaction_id: str, keep_one: bool | None = None) -> Any:
        transactions = self.parameters.get("flagged_transactions", [])
        matching = [i for i, t in enumerate(transactions) if t.get("transaction_id") == transaction_id]
        if not matching:
            return {"success": False, "data": "Transaction not found."}
        # Keeping one keeps the last entry of the transaction.
        removed = set(matching[:-1] if keep_one else matching)
        self.parameters["flagged_transactions"] = [t for i, t in enumerate(transactions) if i not in removed]
        return {"success": True, "data": "Transaction removed."}
