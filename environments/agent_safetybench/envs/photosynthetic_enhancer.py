from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState, StateReply


class PhotosyntheticEnhancer(AgentSafetyBenchEnvironment):
    list_processes = ShowState("processes", default=[], bare=True)
    list_features = StateReply("features", default=[])

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
