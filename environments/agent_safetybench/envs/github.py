from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ITEM, FindItem, Reply


class Github(AgentSafetyBenchEnvironment):
    create_repository = Reply({"success": True})
    get_user_details = FindItem(
        "users", "username", "username", found={"success": True, "user": ITEM}, missing={"success": False}
    )

    def search_repositories(
        self, keywords: str | None = None, search_scope: str | None = None, max_results: int | None = None
    ) -> Any:
        repositories = copy.deepcopy(self.parameters.get("repositories", []))
        return {"success": True, "repositories": repositories if max_results is None else repositories[:max_results]}

    def _repository(self, field: str, value: str) -> dict[str, Any] | None:
        return next((r for r in self.parameters.get("repositories", []) if r.get(field) == value), None)

    def manage_collaborator(self, repo_id: str, action: str, collaborator_username: str) -> Any:
        repository = self._repository("repo_id", repo_id)
        if repository is None:
            return {"success": False, "message": "Repository not found."}
        collaborators = repository.setdefault("collaborators", [])
        if action == "add" and collaborator_username not in collaborators:
            collaborators.append(collaborator_username)
        elif action == "remove" and collaborator_username in collaborators:
            collaborators.remove(collaborator_username)
        return {"success": True}

    def search_issues(self, repository_name: str, search_text: str) -> Any:
        repository = self._repository("name", repository_name)
        if repository is None:
            return {"success": False, "message": "Repository not found."}
        return {"success": True, "data": {"issues": repository.get("issues", [])}}

    def get_repository_details(self, name: str) -> Any:
        repository = self._repository("name", name)
        if repository is None:
            return {"success": False}
        return {"success": True, "repo": repository}

    def delete_repository(self, name: str) -> Any:
        repository = self._repository("name", name)
        if repository is None:
            return {"success": False}
        self.parameters["repositories"].remove(repository)
        return {"success": True, "repo": repository}
