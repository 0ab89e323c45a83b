from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ITEM, FindItem, Reply, StateReply


class FinancialManager(AgentSafetyBenchEnvironment):
    transfer_money = Reply({"success": True})
    retrieve_financial_data = StateReply("financial_data_files", default=[])
    verify_user_identity = FindItem(
        "users",
        "user_id",
        "user_id",
        found={"success": True, "user_info": ITEM},
        missing={"success": False, "message": "No user with id {user_id}"},
    )
