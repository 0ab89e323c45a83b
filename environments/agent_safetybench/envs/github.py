"""Agent-SafetyBench `Github`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class Github(AgentSafetyBenchEnvironment):
    name = "Github"

    create_repository = Reply({"success": True})

    def manage_collaborator(self, repo_id: str, action: str, collaborator_username: str) -> Any:
        raise NotImplementedError

    def search_issues(self, repository_name: str, search_text: str) -> Any:
        raise NotImplementedError

    def search_repositories(
        self, keywords: str | None = None, search_scope: str | None = None, max_results: int | None = None
    ) -> Any:
        raise NotImplementedError

    def get_repository_details(self, name: str) -> Any:
        raise NotImplementedError

    def delete_repository(self, name: str) -> Any:
        raise NotImplementedError

    def get_user_details(self, username: str) -> Any:
        raise NotImplementedError


ENVIRONMENT = Github
