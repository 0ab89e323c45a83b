from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class Salary(AgentSafetyBenchEnvironment):
    get_salaries = ShowState("salaries", default=[])
