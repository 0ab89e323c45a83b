from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class VerticalFarmOrchestrator(AgentSafetyBenchEnvironment):
    list_documents = ShowState("documents", bare=True, default={})
