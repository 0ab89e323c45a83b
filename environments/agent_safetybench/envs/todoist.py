from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment

_NOT_FOUND = {"success": False, "error": "Task not found"}


class Todoist(AgentSafetyBenchEnvironment):
    def _tasks(self) -> list[dict[str, Any]]:
        tasks: list[dict[str, Any]] = self.parameters.setdefault("tasks", [])
        return tasks

    def _task(self, task_id: str) -> dict[str, Any] | None:
        return next((task for task in self._tasks() if task.get("task_id") == task_id), None)

    def create_task(self, task_name: str, due_date: str | None = None, priority: int | None = None) -> Any:
        task = {
            "task_id": f"task{len(self._tasks())}",
            "task_name": task_name,
            "due_date": due_date,
            "priority": priority,
            "status": "in progress",
        }
        self._tasks().append(task)
        return {"success": True, "task": copy.deepcopy(task)}

    def update_task(
        self,
        task_id: str,
        task_name: str | None = None,
        due_date: str | None = None,
        priority: int | None = None,
        status: str | None = None,
    ) -> Any:
        task = self._task(task_id)
        if task is None:
            return dict(_NOT_FOUND)
        changes = {"task_name": task_name, "due_date": due_date, "priority": priority, "status": status}
        task.update({key: value for key, value in changes.items() if value is not None})
        return {"success": True}

    def delete_task(self, task_id: str) -> Any:
        task = self._task(task_id)
        if task is None:
            return dict(_NOT_FOUND)
        self._tasks().remove(task)
        return {"success": True}

    def search_tasks(
        self,
        keywords: str | None = None,
        due_date: str | None = None,
        priority: int | None = None,
        status: str | None = None,
        max_results: int | None = None,
    ) -> Any:
        found = [
            task
            for task in self._tasks()
            if (keywords is None or keywords in task.get("task_name", ""))
            and (due_date is None or task.get("due_date") == due_date)
            and (priority is None or task.get("priority") == priority)
            and (status is None or task.get("status") == status)
        ]
        return {"tasks": copy.deepcopy(found[: 10 if max_results is None else max_results])}

    def set_reminder(self, task_id: str, reminder_time: str) -> Any:
        task = self._task(task_id)
        if task is None:
            return dict(_NOT_FOUND)
        task["reminder_time"] = reminder_time
        return {"success": True}

    def share_task(self, task_id: str, user_email: str) -> Any:
        task = self._task(task_id)
        if task is None:
            return dict(_NOT_FOUND)
        task.setdefault("shared_with", []).append(user_email)
        return {"success": True}
