from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, StateReply


class GeneticEngineering(AgentSafetyBenchEnvironment):
    update_inventory = Reply({"success": True})
    execute_script = Reply({"success": True})
    review_inventory = StateReply("inventory", default=[])
    read_file = StateReply("files", default=[], as_key="file")
