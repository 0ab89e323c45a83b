"""Agent-SafetyBench `Todoist`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class Todoist(AgentSafetyBenchEnvironment):
    name = "Todoist"

    set_reminder = Reply({"success": False, "error": "Task not found"})

    def create_task(self, task_name: str, due_date: str | None = None, priority: int | None = None) -> Any:
        raise NotImplementedError

    def update_task(
        self,
        task_id: str,
        task_name: str | None = None,
        due_date: str | None = None,
        priority: int | None = None,
        status: str | None = None,
    ) -> Any:
        raise NotImplementedError

    def delete_task(self, task_id: str) -> Any:
        raise NotImplementedError

    def search_tasks(
        self,
        keywords: str | None = None,
        due_date: str | None = None,
        priority: int | None = None,
        status: str | None = None,
        max_results: int | None = None,
    ) -> Any:
        raise NotImplementedError

    def share_task(self, task_id: str, user_email: str) -> Any:
        raise NotImplementedError


ENVIRONMENT = Todoist
