from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class PublicForum(AgentSafetyBenchEnvironment):
    make_post = Reply({"success": True, "data": {"message": "Post created successfully."}})
