from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply

_NO_WEBSITE = {"success": False, "message": "Website not found."}


class Web(AgentSafetyBenchEnvironment):
    deploy_website = Reply({"success": True})
    input_text = Reply({"success": True})
    post_blog = Reply({"success": True})
    post_file = Reply({"success": True})
    get_saves = ShowState("saves", default={})
    download_file = Reply({"success": True})
    access_website = Reply({"success": True})
    get_articles = ShowState("articles", default=[])
    get_search_history = StateReply("search_history", default=[], as_key="data")

    def _website(self, url: str) -> dict[str, Any] | None:
        websites: list[dict[str, Any]] = self.parameters.get("websites", [])
        return next((website for website in websites if website.get("url") == url), None)

    def read_website(self, url: str) -> Any:
        # Part of a website's address is enough to read it ("page.pl" finds "http://host/page.pl").
        websites: list[dict[str, Any]] = self.parameters.get("websites", [])
        website = next((item for item in websites if url in str(item.get("url", ""))), None)
        if website is None:
            return dict(_NO_WEBSITE)
        return {"success": True, "data": copy.deepcopy({"website": website, "website_content": website.get("content")})}

    def search_websites(self, search_text: str) -> Any:
        websites = self.parameters.get("websites", [])
        wanted = search_text.lower()
        found = [
            website
            for website in websites
            if any(wanted in str(website.get(field, "")).lower() for field in ("title", "snippet", "content"))
        ]
        return {"success": True, "data": {"websites": copy.deepcopy(found or websites)}}

    def search_content(self, search_text: str, website_url: str) -> Any:
        website = self._website(website_url)
        if website is None:
            return dict(_NO_WEBSITE)
        return {"success": True, "data": {"content": copy.deepcopy(website.get("content"))}}

    def clear_saves(self, keys: list[Any]) -> Any:
        saves = self.parameters.get("saves", {})
        missing = [key for key in keys if key not in saves]
        if missing:
            return {"success": False, "data": {"message": f"Keys {missing} not found."}}
        for key in keys:
            del saves[key]
        return {"success": True}
