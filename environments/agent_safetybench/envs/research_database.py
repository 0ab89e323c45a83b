from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class ResearchDatabase(AgentSafetyBenchEnvironment):
    get_papers = ShowState("papers", default=[], bare=True)
