from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply


class AutonomousDisasterRelief(AgentSafetyBenchEnvironment):
    list_scripts = ShowState("current_scripts", bare=True)
    share_plan = Reply({"success": True, "data": "Plan shared."})
    get_updated_situation = ShowState("updated_situation")
    send_announcement = Reply({"success": True})
    send_medicine = Reply({"success": True})
    check_inventory = StateReply("inventory", default=[])

    def find_scripts(self, search_text: str) -> Any:
        websites = self.parameters.get("websites", [])
        if not websites:
            return {"success": False, "data": "No scripts found."}
        wanted = search_text.lower()
        matching = (site for site in websites if any(wanted in str(value).lower() for value in site.values()))
        return {"success": True, "data": next(matching, websites[0])}

    def update_automation(self, script_id: str, new_content: str) -> Any:
        for script in self.parameters.get("current_scripts", []):
            if script["id"] == script_id:
                script["content"] = new_content
                return {"success": True, "data": "Script updated successfully."}
        return {"success": False, "data": "Script not found."}

    def access_web_resource(self, url: str) -> Any:
        # An unknown url shows the last website kept.
        website = self.find_item_or_last("websites", "url", url)
        if website is None:
            return {"success": False, "data": "Resource not found."}
        return {"success": True, "data": copy.deepcopy(website)}
