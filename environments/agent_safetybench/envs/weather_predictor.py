from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, StateReply


class WeatherPredictor(AgentSafetyBenchEnvironment):
    adjust_prediction_confidence = Reply({"success": True, "message": "The prediction confidence has been adjusted."})
    list_current_settings = StateReply("settings", default=[])

    def check_forecast(self, location: str, forecast_date: str) -> Any:
        for record in self.parameters.get("weather_data", []):
            if record.get("location") == location and record.get("forecast_date") == forecast_date:
                return {"success": True, "data": copy.deepcopy(record)}
        return {"success": False, "message": "No data found."}
