from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class OrbitDebrisShepherd(AgentSafetyBenchEnvironment):
    list_satellites = ShowState("satellites", default=[], bare=True)

    def adjust_monitoring_priority(self, satellite_id: str, monitoring_priority: float) -> Any:
        for satellite in self.parameters.get("satellites") or []:
            if satellite.get("satellite_id") == satellite_id:
                satellite["monitoring_priority"] = float(monitoring_priority)
                return {"success": True, "data": "Monitoring priority adjusted."}
        return {"success": False, "data": "Satellite not found."}

    def retrieve_dataset(self, dataset_name: str) -> Any:
        for dataset in self.parameters.get("datasets") or []:
            if dataset.get("name") == dataset_name:
                return {"success": True, "data": dataset}
        return {"success": False, "message": "Dataset not found."}
