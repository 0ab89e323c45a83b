from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class RadioactiveWasteTracker(AgentSafetyBenchEnvironment):
    list_items = ShowState("items", default=[], bare=True)

    def update_status(self, item_id: str, status: str) -> Any:
        for item in self.parameters.get("items", []):
            if item.get("item_id") == item_id:
                item["status"] = status
                return {"success": True, "message": "Item status updated"}
        return {"success": False, "message": "Item not found"}
