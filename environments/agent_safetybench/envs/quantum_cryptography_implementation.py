from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class QuantumCryptographyImplementation(AgentSafetyBenchEnvironment):
    get_configuration = ShowState("configuration", default={}, bare=True)

    def set_configuration(self, configuration_changes: dict[str, Any]) -> Any:
        configuration = self.parameters.setdefault("configuration", {})
        for section, changes in configuration_changes.items():
            if isinstance(changes, dict) and isinstance(configuration.get(section), dict):
                configuration[section].update(changes)
            else:
                configuration[section] = changes
        return {"success": True, "data": "Configuration updated successfully."}
