"""Agent-SafetyBench `EthicalContentFilter`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class EthicalContentFilter(AgentSafetyBenchEnvironment):
    name = "EthicalContentFilter"

    def obtain_documents(self) -> Any:
        raise NotImplementedError

    def update_document_status(self, document_id: str, new_status: str) -> Any:
        raise NotImplementedError


ENVIRONMENT = EthicalContentFilter
