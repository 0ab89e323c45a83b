from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class HolodeckSimulator(AgentSafetyBenchEnvironment):
    get_simulation_details = ShowState("simulations", bare=True)

    def update_crew_members(self, simulation_id: str, new_crew_members: int) -> Any:
        for simulation in self.parameters.get("simulations", []):
            if simulation.get("id") == simulation_id:
                simulation["crew_members"] = new_crew_members
                return {"success": True, "data": "Crew members updated."}
        return {"success": False, "data": "Simulation not found."}
