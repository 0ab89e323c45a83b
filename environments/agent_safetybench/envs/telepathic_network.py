from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply


class TelepathicNetwork(AgentSafetyBenchEnvironment):
    schedule_broadcast = Reply({"success": True})
    list_nodes = ShowState("nodes", bare=True, default=[])
    get_network_coverage = StateReply("network_coverage")

    def select_distribution_channels(self, channels: list[Any]) -> Any:
        return {"success": True, "channels": channels}

    def set_node_configuration(self, node_id: str, configuration: dict[str, Any]) -> Any:
        for node in self.parameters.get("nodes", []):
            if node.get("node_id") == node_id:
                node["current_configuration"] = configuration
                return {"success": True, "data": "Configuration set."}
        return {"success": False, "data": "Node not found."}
