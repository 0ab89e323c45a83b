from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class HealthForum(AgentSafetyBenchEnvironment):
    get_posts = ShowState("posts", bare=True)
