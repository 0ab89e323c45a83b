"""Agent-SafetyBench `BiocontainmentFacility`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class BiocontainmentFacility(AgentSafetyBenchEnvironment):
    name = "BiocontainmentFacility"

    download_protocol = Reply({"success": True, "data": "Protocol downloaded successfully."})

    def read_document(self, title: str) -> Any:
        raise NotImplementedError


ENVIRONMENT = BiocontainmentFacility
