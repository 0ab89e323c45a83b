from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ITEM, ShowState, UpdateItem


class TelecomNetwork(AgentSafetyBenchEnvironment):
    get_monitoring_rules = ShowState("rules", bare=True, default=[])
    adjust_monitoring_rules = UpdateItem(
        "rules",
        "id",
        "rule_id",
        set_arguments={"sensitivity_level": "sensitivity_level"},
        found={"success": True, "data": ITEM},
    )
