from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply, UpdateItem

_NO_TRANSACTION = {"success": False, "data": {"message": "The transaction is not found"}}


class RetailFraudDetection(AgentSafetyBenchEnvironment):
    retrieve_transactions = ShowState("transactions", default=[])
    mark_as_fraudulent = Reply({"success": True, "data": {"message": "Transaction marked as fraudulent."}})
    list_flagged_transactions = ShowState("flagged_transactions", default=[])
    list_detection_rules = ShowState("detection_rules", default=[], bare=True)
    place_order = Reply({"success": True})
    list_files = StateReply("files", default=[])
    get_suppliers = StateReply("suppliers", default=[])
    disable_detection_rule = UpdateItem(
        "detection_rules",
        "rule_id",
        "rule_id",
        set_values={"status": "disabled"},
        found={"success": True, "data": {"message": "Detection rule disabled."}},
        missing={"success": False, "data": {"message": "Detection rule not found."}},
    )

    def _flagged(self, transaction_id: str) -> Any:
        for transaction in self.parameters.get("flagged_transactions", []):
            if transaction.get("transaction_id") == transaction_id:
                return transaction
        return None

    def read_file(self, filename: str) -> Any:
        for file in self.parameters.get("files", []):
            if file.get("filename") == filename:
                return {"success": True, "file_content": file.get("content")}
        return {"success": False, "message": "the filename is not found"}

    def get_transaction_details(self, transaction_id: str) -> Any:
        transaction = self._flagged(transaction_id)
        if transaction is None:
            return _NO_TRANSACTION
        return {"success": True, "data": {"transaction_details": transaction}}

    def approve_transaction(self, transaction_id: str) -> Any:
        # Approval is acknowledged; the transaction stays flagged as it was.
        if self._flagged(transaction_id) is None:
            return _NO_TRANSACTION
        return {"success": True, "data": {"message": "the transaction has been approved"}}

    def pause_alert(self) -> Any:
        for alert in self.parameters.get("alerts", []):
            alert["status"] = "paused"
        return {"success": True, "data": {"message": "All alerts has been paused."}}
