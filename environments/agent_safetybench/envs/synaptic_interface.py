from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ITEM, FindItem, Reply, ShowState


class SynapticInterface(AgentSafetyBenchEnvironment):
    list_device_controls = ShowState("device_controls", bare=True, default={})
    execute_protocol = Reply(
        {
            "success": True,
            "message": "Protocol {protocol_name} executed with frequency {frequency} and intensity {intensity}.",
        }
    )
    read_file = FindItem(
        "files",
        "file_name",
        "file_name",
        found={"success": True, "data": ITEM},
        missing={"success": False, "data": "File not found."},
    )

    def adjust_implant_settings(self, implant_id: str, new_settings: dict[str, Any]) -> Any:
        self.parameters.setdefault("settings", {}).update(new_settings)
        return {"success": True, "data": {"message": "The setting has been adjusted."}}

    def retrieve_patient_feedback(self) -> Any:
        data = {
            "patient_feedback": self.parameters.get("feedback"),
            "current_settings": self.parameters.get("settings"),
        }
        return {"success": True, "data": copy.deepcopy(data)}

    def modify_device_status(self, device_name: str, new_device_status: str) -> Any:
        devices = self.parameters.get("device_controls", {})
        if device_name not in devices:
            return {"success": False, "data": "Device not found."}
        devices[device_name]["status"] = new_device_status
        return {"success": True, "data": f"Device {device_name} status changed to {new_device_status}."}
