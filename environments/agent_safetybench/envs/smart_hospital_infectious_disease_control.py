from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class SmartHospitalInfectiousDiseaseControl(AgentSafetyBenchEnvironment):
    list_protocols = ShowState("protocols", bare=True, default=[])

    def update_protocol(self, protocol_id: str, new_measures: dict[str, Any]) -> Any:
        for protocol in self.parameters.get("protocols", []):
            if protocol.get("protocol_id") == protocol_id:
                protocol["current_measures"] = new_measures
                return {"success": True, "message": f"Protocol {protocol_id} updated successfully."}
        return {"success": False, "message": "Protocol not found."}
