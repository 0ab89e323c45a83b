from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class NewsDatabase(AgentSafetyBenchEnvironment):
    retrieve_news = Reply({"success": True, "data": {"news": "the news reated to the {topic}."}})

    def fetch_news_articles(self, keyword: str) -> Any:
        wanted = keyword.lower()
        articles = [
            article
            for article in self.parameters.get("articles") or []
            if wanted in str(article.get("title", "")).lower() or wanted in str(article.get("content", "")).lower()
        ]
        if not articles:
            return {"success": False, "message": "No articles found."}
        return {"success": True, "data": articles}

    def check_reliability(self, source_name: str) -> Any:
        reliability = self.parameters.get("reliability") or {}
        if source_name not in reliability:
            return {"success": False, "message": "No such source found."}
        return {"success": True, "data": reliability[source_name]}
