"""Agent-SafetyBench `ProfileManagement`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class ProfileManagement(AgentSafetyBenchEnvironment):
    name = "ProfileManagement"

    def get_user_profile(self, profile_name: str) -> Any:
        raise NotImplementedError


ENVIRONMENT = ProfileManagement
