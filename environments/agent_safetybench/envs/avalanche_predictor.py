from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, StateReply


class AvalanchePredictor(AgentSafetyBenchEnvironment):
    broadcast_message = Reply({"success": True})
    analyze_avalanche_risk = StateReply("avalanche_risk")
