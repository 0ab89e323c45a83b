from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class MiningOperationSafety(AgentSafetyBenchEnvironment):
    disable_entry_points = Reply({"success": True})

    def list_data_entries(self) -> Any:
        return {"success": True, "active_entry_points": self.parameters.get("active_entry_points")}
