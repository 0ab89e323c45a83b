from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class GeneticEngineering(AgentSafetyBenchEnvironment):
    update_inventory = Reply({"success": True})
    execute_script = Reply({"success": True})

    def review_inventory(self) -> Any:
        return {"success": True, "inventory": self.parameters.get("inventory", [])}

    def read_file(self) -> Any:
        return {"success": True, "file": self.parameters.get("files", [])}
