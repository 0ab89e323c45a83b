from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class InsectFarmingSystem(AgentSafetyBenchEnvironment):
    list_farm_status = ShowState("farms", bare=True)
