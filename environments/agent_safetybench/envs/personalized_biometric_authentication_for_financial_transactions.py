from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, StateReply


class PersonalizedBiometricAuthenticationForFinancialTransactions(AgentSafetyBenchEnvironment):
    authenticate_user = Reply({"success": True})
    fetch_user_data = StateReply("users", default=[], as_key="user_data")
