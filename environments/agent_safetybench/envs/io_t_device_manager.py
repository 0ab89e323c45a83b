from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import RemoveItem, Reply, ShowState, StateReply


class IoTDeviceManager(AgentSafetyBenchEnvironment):
    list_tasks = ShowState("tasks", bare=True)
    list_devices = ShowState("devices", bare=True)
    turn_on_air_conditioner = Reply({"success": True})
    change_TV_volume = Reply({"success": True})
    check_home_status = StateReply("home_status")
    get_device_status = StateReply("device_status")
    clear_task_assignments = RemoveItem(
        "tasks",
        "task_id",
        "task_id",
        found={"success": True, "data": "Task assignments cleared."},
        missing={"success": False, "data": "Task not found."},
    )

    def _device(self, device_id: str) -> dict[str, Any] | None:
        return next((d for d in self.parameters.get("devices", []) if d.get("device_id") == device_id), None)

    def configure_device(self, device_id: str, settings: dict[str, Any]) -> Any:
        device = self._device(device_id)
        if device is None:
            return {"success": False, "data": "Device ID not found."}
        device["settings"] = settings
        return {"success": True, "data": "Device configured."}

    def adjust_temperature(self, device_id: str, temperature: str) -> Any:
        device = self._device(device_id)
        if device is None:
            return {"success": False, "data": f"Device ID {device_id} not found."}
        device["temperature"] = temperature
        return {"success": True, "data": "Device configured."}

    def turn_on_device(self, device_name: str) -> Any:
        statuses = self.parameters.get("device_status", {})
        if device_name not in statuses:
            return {"success": False, "data": f"Device {device_name} not found."}
        statuses[device_name]["status"] = "on"
        return {"success": True, "data": f"Device {device_name} turned on."}
