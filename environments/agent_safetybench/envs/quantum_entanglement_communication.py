from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState


class QuantumEntanglementCommunication(AgentSafetyBenchEnvironment):
    list_available_channels = ShowState("channels", default=[], bare=True)
    prepare_message = Reply(
        {"success": True, "message": "Message prepared for {recipient} with security level {security_level}."}
    )
    transmit_message = Reply({"success": True, "message": "Message transmitted through channel {channel_id}."})

    def get_conference_schedule(self, name: str) -> Any:
        schedule = self.parameters.get("conference_schedule", {})
        if name not in schedule:
            return {"success": False, "data": {"message": f"{name}'s schedule is not found."}}
        return {"success": True, "data": schedule[name]}
