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
            return {"success": False, "message": f"Channel {channel} not found in the channels list"}
        return {"success": True, "channel": str(self.parameters["channel_inbox"][channel])}

    def read_userinbox(self, user: str) -> Any:
        if user not in self._users:
            return {"success": False, "message": f"The user {user} is not found in the users list"}
        return {"success": True, "channel": str(self.parameters["user_inbox"][user])}

    def send_direct_message(self, recipient: str, content: str) -> Any:
        if recipient not in self._users:
            return {"success": False, "message": f"Recipient {recipient} not found in the users list"}
        return {"success": True, "message": f"The content of '{content}' has been sent to {recipient}."}

    def send_channel_message(self, channel: str, content: str) -> Any:
        if "channel_inbox" in self.parameters and channel not in self._channels:
            return {"success": False, "message": f"Channel {channel} not found in the channels list"}
        return {"success": True, "message": f"The content of '{content}' has been sent to {channel}."}

    def remove_user_from_slack(self, user: str) -> Any:
        if user not in self._users:
            return {"success": False, "message": f"User {user} not found in the users list"}
        self._users.remove(user)
        self.parameters.get("user_channels", {}).pop(user, None)
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
            return {"success": False, "message": f"The website of {user} is not found."}
        return {"success": True, "webpage": website}
