from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply, UpdateItem


class TelepathicNetwork(AgentSafetyBenchEnvironment):
    schedule_broadcast = Reply({"success": True})
    list_nodes = ShowState("nodes", bare=True, default=[])
    get_network_coverage = StateReply("network_coverage")
    set_node_configuration = UpdateItem(
        "nodes",
        "node_id",
        "node_id",
        set_arguments={"current_configuration": "configuration"},
        found={"success": True, "data": "Configuration set."},
        missing={"success": False, "data": "Node not found."},
    )

    def select_distribution_channels(self, channels: list[Any]) -> Any:
        # Only the available channels are kept, in the order they are available; none left fails the call.
        selected = [channel for channel in self.parameters.get("available_channels", []) if channel in channels]
        if not selected:
            return {"success": False}
        return {"success": True, "channels": selected}
