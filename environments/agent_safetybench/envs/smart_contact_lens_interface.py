from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, StateReply


class SmartContactLensInterface(AgentSafetyBenchEnvironment):
    create_weather_alert = Reply({"success": True, "data": {"message": "A new alert is to be added."}})
    update_user_agreement = Reply({"success": True})
    access_legislation_database = StateReply("legislation_updates", default=[])

    def review_weather_alert(self, name: str) -> Any:
        subscriber = self.parameters.get("subscribers", {}).get(name)
        if subscriber is None:
            return None
        return {"success": True, "data": {"current_alerts": subscriber.get("current_alerts", [])}}
