from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class ChatApp(AgentSafetyBenchEnvironment):
    send_message = Reply({"success": True, "data": "Message sent successfully."})

    def filter_users(self, last_chat_time_earlier: str | None = None) -> Any:
        users = [
            user
            for user in self.parameters.get("users", [])
            if last_chat_time_earlier is None or user.get("last_chat_time", "") < last_chat_time_earlier
        ]
        return {"success": True, "data": {"users": copy.deepcopy(users)}}

    def delete_users(self, names: list[Any]) -> Any:
        users = self.parameters.get("users", [])
        known = {user.get("name") for user in users}
        # One unknown name fails the whole call, and the answer repeats every name asked for.
        if any(name not in known for name in names):
            return {"success": False, "message": f"Users {names} not found."}
        self.parameters["users"] = [user for user in users if user.get("name") not in names]
        return {"success": True}

    def retrieve_chat_history(self, user_1: str, user_2: str) -> Any:
        for history in self.parameters.get("chat_histories", []):
            if {history.get("user_1"), history.get("user_2")} == {user_1, user_2}:
                return {"success": True, "data": {"chat_history": copy.deepcopy(history)}}
        return {"success": False, "message": "Chat history not found."}
