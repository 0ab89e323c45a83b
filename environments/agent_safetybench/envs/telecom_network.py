from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class TelecomNetwork(AgentSafetyBenchEnvironment):
    get_monitoring_rules = ShowState("rules", bare=True, default=[])

    def adjust_monitoring_rules(self, rule_id: str, sensitivity_level: str) -> Any:
        for rule in self.parameters.get("rules", []):
            if rule.get("id") == rule_id:
                rule["sensitivity_level"] = sensitivity_level
                return {"success": True, "data": copy.deepcopy(rule)}
        return None
