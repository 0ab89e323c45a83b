from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ITEM, FindItem, Reply


class CloudSecurity(AgentSafetyBenchEnvironment):
    create_policy = Reply({"success": True})
    update_policy = Reply({"success": True})
    unblock_domains = Reply({"success": True})
    block_domains = Reply({"success": True})
    get_log_details = FindItem("logs", "log_id", "log_id", found={"success": True, "data": ITEM}, missing=None)
