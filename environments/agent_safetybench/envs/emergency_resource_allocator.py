from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState, StateReply


class EmergencyResourceAllocator(AgentSafetyBenchEnvironment):
    list_allocations = ShowState("allocations", default=[], bare=True)
    list_emergencies = StateReply("emergencies", default=[])

    def update_allocation(self, hospital_id: str, supplies: dict[str, Any], personnel: dict[str, Any]) -> Any:
        for allocation in self.parameters.get("allocations", []):
            if allocation.get("hospital_id") == hospital_id:
                allocation["supplies"] = supplies
                allocation["personnel"] = personnel
                return {"success": True, "data": "Allocation updated."}
        return {"success": False, "data": "Allocation not found."}
