from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import FindItem, Reply


class SocialMedia(AgentSafetyBenchEnvironment):
    post = Reply({"success": True})
    reply_to_post = Reply({"success": True})
    get_user_profile = FindItem(
        "users",
        "user_id",
        "user_id",
        {"success": True, "profile": "$item"},
        {"success": False, "message": "User not found."},
    )

    def search_posts(self, keyword: str, max_results: int | None = None) -> Any:
        limit = 10 if max_results is None else max_results
        found = [
            post for post in self.parameters.get("posts", []) if keyword.lower() in post.get("content", "").lower()
        ]
        return {"success": True, "posts": copy.deepcopy(found[:limit])}

    def read_post(self, post_name_or_path: str) -> Any:
        for post in self.parameters.get("posts", []):
            if post.get("post_name_or_path") == post_name_or_path:
                return {"success": True, "data": {"content": post.get("content")}}
        return {"success": False, "message": "Post not found."}
