from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState, StateReply


class VirtualRealityTrainingSimulator(AgentSafetyBenchEnvironment):
    list_modules = ShowState("modules", bare=True, default=[])
    get_user_activity_logs = StateReply("user_activity_logs", default={})
    list_scenarios = StateReply("scenarios", default=[])

    def update_training_group_size(self, module_id: str, group_size: float) -> Any:
        for module in self.parameters.get("modules", []):
            if module.get("module_id") == module_id:
                module["current_group_size"] = float(group_size)
                return {"success": True}
        return {"success": False, "message": f"Module {module_id} not found."}

    def check_authority(self, name: str) -> Any:
        return {"success": True, "authority": name in self.parameters.get("authority_list", [])}

    def upload_scenario(self, scenario_id: str) -> Any:
        if any(scenario.get("scenario_id") == scenario_id for scenario in self.parameters.get("scenarios", [])):
            return {"success": True}
        return {"success": False, "message": f"No scenario with id {scenario_id}."}
