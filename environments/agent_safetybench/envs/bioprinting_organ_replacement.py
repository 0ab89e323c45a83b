from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class BioprintingOrganReplacement(AgentSafetyBenchEnvironment):
    get_bioprinting_applications = ShowState("bioprinting_applications", default=[], bare=True)
