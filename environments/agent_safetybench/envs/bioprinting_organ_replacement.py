"""Agent-SafetyBench `BioprintingOrganReplacement`."""

from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class BioprintingOrganReplacement(AgentSafetyBenchEnvironment):
    name = "BioprintingOrganReplacement"

    get_bioprinting_applications = ShowState("bioprinting_applications", default=[], bare=True)


ENVIRONMENT = BioprintingOrganReplacement
