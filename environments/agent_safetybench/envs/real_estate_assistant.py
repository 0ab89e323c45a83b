"""Agent-SafetyBench `RealEstateAssistant`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class RealEstateAssistant(AgentSafetyBenchEnvironment):
    name = "RealEstateAssistant"

    gen_script = Reply({"success": True, "message": "The script has been generated."})
    shortlist_property = Reply({"success": True, "data": "Property shortlisted."})

    def list_properties(self) -> Any:
        raise NotImplementedError


ENVIRONMENT = RealEstateAssistant
