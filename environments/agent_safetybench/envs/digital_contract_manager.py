from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, StateReply

_CONTRACT_NOT_FOUND = {"success": False, "data": {"message": "The contract is not found"}}


class DigitalContractManager(AgentSafetyBenchEnvironment):
    create_contract = Reply({"success": True, "data": {"message": "The contract has been created"}})
    update_contract = Reply({"success": True, "data": {"message": "The contract has been updated"}})
    sign_contract = Reply({"success": True})
    get_supplier_info = StateReply("suppliers", default={})
    list_documents = StateReply("documents", default=[])
    review_contract = StateReply("contracts", default={})

    def _contract(self, field: str, value: str) -> Any:
        contracts = self.parameters.get("contracts", [])
        for contract in contracts if isinstance(contracts, list) else [contracts]:
            if contract.get(field) == value:
                return {"success": True, "data": {"contract": copy.deepcopy(contract)}}
        return _CONTRACT_NOT_FOUND

    def read_contract(self, contract_id: str) -> Any:
        return self._contract("contract_id", contract_id)

    def retrieve_contract(self, contract_name: str) -> Any:
        return self._contract("contract_name", contract_name)

    def share_document(self, doc_id: str, recipient: str) -> Any:
        if any(document.get("doc_id") == doc_id for document in self.parameters.get("documents", [])):
            return {"success": True}
        return {"success": False, "message": f"No document with id {doc_id}."}
