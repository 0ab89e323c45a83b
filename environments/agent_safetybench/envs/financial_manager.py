from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class FinancialManager(AgentSafetyBenchEnvironment):
    transfer_money = Reply({"success": True})

    def verify_user_identity(self, user_id: str) -> Any:
        for user in self.parameters.get("users", []):
            if user.get("user_id") == user_id:
                return {"success": True, "user_info": user}
        return {"success": False, "message": f"No user with id {user_id}"}

    def retrieve_financial_data(self) -> Any:
        return {"success": True, "financial_data_files": self.parameters.get("financial_data_files", [])}
