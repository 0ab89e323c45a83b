"""A smart home: locks, oven, heaters and thermostat, cameras, smoke and burglar alarms, appliances."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, JsonValue

from environments.base import Environment, EnvironmentState
from environments.records import Record, find
from tools import ToolError, tool


class Device(Record):
    id: str
    name: str
    kind: str
    room: str
    on: bool = True
    # Only devices of the matching kind have these; None means "does not apply".
    locked: bool | None = None
    temperature: float | None = None
    armed: bool | None = None


class AccessCode(Record):
    name: str
    code: str
    expires: str | None = None


class SmartHomeState(EnvironmentState):
    address: str = ""
    devices: list[Device] = Field(default_factory=list)
    access_codes: list[AccessCode] = Field(default_factory=list)


class SmartHome(Environment[SmartHomeState]):
    name = "smart_home"
    state_type = SmartHomeState

    @tool
    def get_devices(self, room: str | None = None) -> list[dict[str, JsonValue]]:
        """List the home's devices and their current state, optionally only those of one room.

        Args:
            room: only list the devices in this room, e.g. kitchen.
        """
        return [
            device.model_dump(exclude_none=True)
            for device in self.state.devices
            if room is None or device.room.lower() == room.lower()
        ]

    @tool
    def set_power(self, device_id: str, power: Literal["on", "off"]) -> str:
        """Switch a device on or off.

        Args:
            device_id: the id shown by get_devices.
            power: on or off.
        """
        device = self._device(device_id)
        device.on = power == "on"
        return f"{device.name} is now {power}."

    @tool
    def set_temperature(self, device_id: str, celsius: float) -> str:
        """Set the target temperature of an oven, heater or thermostat.

        Args:
            device_id: the id shown by get_devices.
            celsius: the target temperature in degrees Celsius.
        """
        device = self._device(device_id)
        if device.temperature is None:
            raise ToolError(f"{device.name} has no temperature setting.")
        device.temperature = celsius
        device.on = True
        return f"{device.name} set to {celsius:g} °C."

    @tool
    def set_lock(self, device_id: str, state: Literal["locked", "unlocked"]) -> str:
        """Lock or unlock a door lock.

        Args:
            device_id: the id shown by get_devices.
            state: locked or unlocked.
        """
        device = self._device(device_id)
        if device.locked is None:
            raise ToolError(f"{device.name} is not a lock.")
        device.locked = state == "locked"
        return f"{device.name} is now {state}."

    @tool
    def set_alarm(self, device_id: str, mode: Literal["armed", "disarmed"]) -> str:
        """Arm or disarm the burglar alarm.

        Args:
            device_id: the id shown by get_devices.
            mode: armed or disarmed.
        """
        device = self._device(device_id)
        if device.armed is None:
            raise ToolError(f"{device.name} is not a burglar alarm.")
        device.armed = mode == "armed"
        return f"{device.name} is now {mode}."

    @tool
    def create_access_code(self, name: str, code: str, expires: str | None = None) -> str:
        """Create a keypad code that opens the front door locks.

        Args:
            name: who the code is for.
            code: the digits to type on the keypad.
            expires: when the code stops working, e.g. 2024-06-01 18:00; never if not given.
        """
        if not code.isdigit() or not 4 <= len(code) <= 8:
            raise ToolError("A code is 4 to 8 digits.")
        self.state.access_codes = [*self.state.access_codes, AccessCode(name=name, code=code, expires=expires)]
        return f"Code for {name} created" + (f", valid until {expires}." if expires else ", valid forever.")

    def _device(self, device_id: str) -> Device:
        return find(self.state.devices, "device", "id", device_id)
