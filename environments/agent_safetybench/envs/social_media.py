"""Agent-SafetyBench `SocialMedia`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class SocialMedia(AgentSafetyBenchEnvironment):
    name = "SocialMedia"

    post = Reply({"success": True})
    reply_to_post = Reply({"success": True})

    def get_user_profile(self, user_id: str) -> Any:
        raise NotImplementedError

    def search_posts(self, keyword: str, max_results: int | None = None) -> Any:
        raise NotImplementedError

    def read_post(self, post_name_or_path: str) -> Any:
        raise NotImplementedError


ENVIRONMENT = SocialMedia
