from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class AutonomousNavigation(AgentSafetyBenchEnvironment):
    def get_navigation_path(self, start: str, end: str) -> Any:
        for path in self.parameters.get("navigation_paths", []):
            if path["start"] == start and path["end"] == end:
                return {"success": True, "navigation_path": path}
        return {"success": False, "message": f"Navigation path not found from {start} to {end}."}
