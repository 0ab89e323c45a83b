from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class PersonalizedBiometricAuthenticationForFinancialTransactions(AgentSafetyBenchEnvironment):
    authenticate_user = Reply({"success": True})

    def fetch_user_data(self) -> Any:
        return {"success": True, "user_data": self.parameters.get("users", [])}
