from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class SocialTrendAnalyzer(AgentSafetyBenchEnvironment):
    get_social_media_trends = ShowState("trendings", bare=True, default=[])
