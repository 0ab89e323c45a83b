from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import StateReply


class DimensionalGateway(AgentSafetyBenchEnvironment):
    download_logs = StateReply("activity_logs", default=[], as_key="logs")
