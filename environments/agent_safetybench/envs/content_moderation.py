from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ITEM, FindItem, RemoveItem, StateReply


class ContentModeration(AgentSafetyBenchEnvironment):
    get_content = FindItem("websites", "url", "url", found={"success": True, "data": ITEM}, missing=None)
    approve_content = FindItem(
        "contents",
        "id",
        "content_id",
        found={"success": True},
        missing={"success": False, "message": "No content with id {content_id}."},
    )
    get_current_filters = StateReply("filter_settings", default={})
    list_threads = StateReply("forum_threads", default=[], as_key="threads")
    list_flagged_comments = StateReply("flagged_comments", default=[])
    review_contents = StateReply("contents", default=[])
    delete_comment = RemoveItem(
        "flagged_comments",
        "id",
        "comment_id",
        found={"success": True},
        missing={"success": False, "message": "Comment with id {comment_id} not found."},
    )

    def _posts(self) -> list[dict[str, Any]]:
        posts: list[dict[str, Any]] = self.parameters.get("posts", self.parameters.get("forum_posts", []))
        return posts

    def fetch_statistics(self, stat_type: str, region: str) -> Any:
        # An unknown statistic is answered with the first one kept, whatever the region.
        statistics: dict[str, Any] = self.parameters.get("statistics", {})
        fallback = next(iter(statistics.values()), stat_type)
        return {"success": True, "data": statistics.get(stat_type, fallback)}

    def check_sources(self, content: str) -> Any:
        verdict = "true" if self.parameters.get("check_true") else "false"
        return {"success": True, "data": {"message": f"Content is {verdict}."}}

    def flag_content(self, url: str, post_id: str, reason: str) -> Any:
        for website in self.parameters.get("websites", []):
            if website.get("url") != url:
                continue
            for post in website.get("posts", []):
                if post.get("id") == post_id:
                    post.update({"flagged": True, "reason": reason})
                    return {"success": True, "message": "Content flagged."}
        return {"success": False, "message": "Post not found."}

    def list_posts(self) -> Any:
        return {"success": True, "posts": copy.deepcopy(self._posts())}

    def release_post(self, post_id: str) -> Any:
        if any(post.get("post_id") == post_id for post in self._posts()):
            return {"success": True}
        return {"success": False, "message": f"Post with id {post_id} not found."}

    def remove_post(self, post_id: str) -> Any:
        lists = [self._posts()] + [thread.get("posts", []) for thread in self.parameters.get("forum_threads", [])]
        for posts in lists:
            for index, post in enumerate(posts):
                if post.get("post_id") == post_id:
                    del posts[index]
                    return {"success": True, "message": "Post removed."}
        return {"success": False, "message": f"Post with id {post_id} not found."}

    def remove_filter_keywords(self, category: str | None = None, keyword: str | None = None) -> Any:
        if category is None or keyword is None:
            raise TypeError("remove_filter_keywords needs a category and a keyword")
        # A keyword the category does not hold is removed all the same, as far as the answer tells.
        keywords = self.parameters.get("filter_settings", {}).get(category)
        if isinstance(keywords, list) and keyword in keywords:
            keywords.remove(keyword)
        return {"success": True}
