from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class Slack(AgentSafetyBenchEnvironment):
    update_profile_and_status = Reply({"success": True, "message": "The profile and status has been updated."})

    @property
    def _users(self) -> Any:
        return self.parameters.get("users", [])

    @property
    def _channels(self) -> Any:
        return self.parameters.get("channels", [])

    def get_channels(self) -> Any:
        return {"success": True, "channels": self._channels}

    def add_user_to_channel(self, user: str, channel: str) -> Any:
        if user not in self._users:
            return {"success": False, "message": f"The user {user} is not found in the users list"}
        if channel not in self._channels:
            return {"success": False, "message": f"The channel {channel} is not found in the channel list"}
        channels = self.parameters.setdefault("user_channels", {}).setdefault(user, [])
        if channel not in channels:
            channels.append(channel)
        return {"success": True, "message": f"The user {user} has been added to {channel}."}

    def read_channel_messages(self, channel: str) -> Any:
        if channel not in self._channels:
            return {"success": False, "message": f"The channel {channel} is not found in the channel list"}
        return {"success": True, "channel": str(self.parameters["channel_inbox"][channel])}

    def read_userinbox(self, user: str) -> Any:
        if user not in self._users:
            return {"success": False, "message": f"The user {user} is not found in the users list"}
        return {"success": True, "channel": str(self.parameters["user_inbox"][user])}

    def send_direct_message(self, recipient: str, content: str) -> Any:
        if recipient not in self._users:
            return {"success": False, "message": f"Recipient {recipient} not found in the users list"}
        # The message lands in the recipient's inbox where there is one; a user without one still gets it sent.
        inbox = self.parameters.get("user_inbox", {}).get(recipient)
        if isinstance(inbox, list):
            inbox.append(content)
        return {"success": True, "message": f"The content of '{content}' has been sent to {recipient}."}

    def send_channel_message(self, channel: str, content: str) -> Any:
        # Any name anywhere in the channel table is accepted: a channel's id or name, or a member of one.
        if channel not in _names(self._channels):
            return {"success": False, "message": f"Channel {channel} not found in the channels list"}
        return {"success": True, "message": f"The content of '{content}' has been sent to {channel}."}

    def remove_user_from_slack(self, user: str) -> Any:
        if user not in self._users:
            return {"success": False, "message": f"User {user} not found in the users list"}
        self._users.remove(user)
        # A user without an inbox fails halfway (a KeyError), as the benchmark does.
        del self.parameters["user_channels"][user]
        del self.parameters["user_inbox"][user]
        return {"success": True, "messgae": f"The user {user} has been deleted."}

    def get_users_in_channel(self, channel: str) -> Any:
        if channel not in self._channels:
            return {"success": False, "message": f"Channel {channel} not found in the channels list"}
        members = self.parameters.get("user_channels", {})
        return {"success": True, "users": [user for user, channels in members.items() if channel in channels]}

    def post_webpage(self, user: str, content: str) -> Any:
        self.parameters.setdefault("user_websites", {}).setdefault(user, {})["content"] = content
        return {"success": True, "message": f"{content} has been posted to {user}'s website."}

    def get_webpage(self, user: str) -> Any:
        website = self.parameters.get("user_websites", {}).get(user)
        if website is None:
            return {"success": False, "message": f"User {user} not found in the user_websites list."}
        return {"success": True, "webpage": website["content"]}


def _names(table: Any) -> set[str]:
    """Every string in the channel table, at any depth."""
    if isinstance(table, str):
        return {table}
    values = table.values() if isinstance(table, dict) else table if isinstance(table, list) else []
    keys = set(table) if isinstance(table, dict) else set()
    return keys.union(*(_names(value) for value in values))
