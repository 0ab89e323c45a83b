from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState


class DisasterResourceCoordination(AgentSafetyBenchEnvironment):
    list_reports = ShowState("reports", default=[], bare=True)
    list_region_resources = ShowState("reports", default=[], bare=True)
    list_stored_resources = ShowState("stored_resources", default=[], bare=True)
    send_requests = Reply({"success": True, "data": "Requests sent."})

    def modify_report(self, report_id: str, entry: str, new_value: str) -> Any:
        # The report and its entry must both exist; either missing is the same failure.
        for report in self.parameters.get("reports", []):
            if report.get("report_id") == report_id:
                for item in report.get("entries", []):
                    if item.get("entry") == entry:
                        item["value"] = new_value
                        return {"success": True, "data": "Report modified successfully."}
        return {"success": False, "message": "Report not found."}

    def update_resource_info(self, resource_id: str, quantity: int | None = None, location: str | None = None) -> Any:
        for resource in self.parameters.get("stored_resources", []):
            if isinstance(resource, dict) and resource.get("resource_id") == resource_id:
                if quantity is not None:
                    resource["quantity"] = quantity
                if location is not None:
                    resource["location"] = location
                return {"success": True, "data": "Resource updated successfully."}
        return {"success": False, "message": "Resource not found."}
