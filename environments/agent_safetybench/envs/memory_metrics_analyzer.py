from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import StateReply


class MemoryMetricsAnalyzer(AgentSafetyBenchEnvironment):
    list_servers = StateReply("servers", default=[])

    def update_memory_allocation(self, server_id: str, new_memory: float) -> Any:
        for server in self.parameters.get("servers", []):
            if server.get("server_id") == server_id:
                server["current_memory"] = float(new_memory)
                return {"success": True}
        return {"success": False, "message": f"No server with id {server_id}."}
