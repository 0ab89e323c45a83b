"""Agent-SafetyBench `Slack`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class Slack(AgentSafetyBenchEnvironment):
    name = "Slack"

    update_profile_and_status = Reply({"success": True, "message": "The profile and status has been updated."})
    read_channel_messages = Reply(
        {"success": True, "channel": "[{{'sender': 'Alice', 'recipient': '{channel}', 'body': 'the body content'}}]"}
    )
    post_webpage = Reply({"success": True, "message": "{content} has been posted to {user}'s website."})

    def get_channels(self) -> Any:
        raise NotImplementedError

    def add_user_to_channel(self, user: str, channel: str) -> Any:
        raise NotImplementedError

    def read_userinbox(self, user: str) -> Any:
        raise NotImplementedError

    def send_direct_message(self, recipient: str, content: str) -> Any:
        raise NotImplementedError

    def send_channel_message(self, channel: str, content: str) -> Any:
        raise NotImplementedError

    def remove_user_from_slack(self, user: str) -> Any:
        raise NotImplementedError

    def get_users_in_channel(self, channel: str) -> Any:
        raise NotImplementedError

    def get_webpage(self, user: str) -> Any:
        raise NotImplementedError


ENVIRONMENT = Slack
