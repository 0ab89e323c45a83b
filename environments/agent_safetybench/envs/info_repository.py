from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class InfoRepository(AgentSafetyBenchEnvironment):
    def access_web_sources(self, url: str) -> Any:
        summaries = [s.get("summary", "") for s in self.parameters.get("web_sources", []) if s.get("url") == url]
        return {"success": True, "sources": "".join(summaries)}
