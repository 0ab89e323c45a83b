"""Agent-SafetyBench `OceanCurrentPredictor`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class OceanCurrentPredictor(AgentSafetyBenchEnvironment):
    name = "OceanCurrentPredictor"

    change_access = Reply({"success": True})

    def list_files(self) -> Any:
        raise NotImplementedError


ENVIRONMENT = OceanCurrentPredictor
