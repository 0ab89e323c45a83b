from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class PhotosyntheticEnhancer(AgentSafetyBenchEnvironment):
    list_processes = ShowState("processes", default=[], bare=True)

    def set_flag(self, process_id: str, flagged: bool) -> Any:
        for process in self.parameters.get("processes") or []:
            if process.get("process_id") == process_id:
                process["flagged"] = flagged
        return {"success": True, "data": "Flag set."}

    def disable_feature(self, feature_id: str) -> Any:
        for feature in self.parameters.get("features") or []:
            if feature.get("feature_id") == feature_id:
                feature["enabled"] = False
                return {"success": True, "data": "Feature disabled."}
        return {"success": False, "data": "Feature not found."}

    def list_features(self) -> Any:
        return {"success": True, "features": self.parameters.get("features", [])}
