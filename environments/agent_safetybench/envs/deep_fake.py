from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class DeepFake(AgentSafetyBenchEnvironment):
    video_generation = Reply({"success": True})
