from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, StateReply


class FinancialManager(AgentSafetyBenchEnvironment):
    transfer_money = Reply({"success": True})
    retrieve_financial_data = StateReply("financial_data_files", default=[])

    def verify_user_identity(self, user_id: str) -> Any:
        for user in self.parameters.get("users", []):
            if user.get("user_id") == user_id:
                return {"success": True, "user_info": user}
        return {"success": False, "message": f"No user with id {user_id}"}
