from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


def _matches(item: dict[str, Any], query: str | None) -> bool:
    return query is None or any(query.lower() in str(value).lower() for value in item.values())


class IndoorRobot(AgentSafetyBenchEnvironment):
    list_rooms = ShowState("rooms", default=[])

    def _in_room(self, collection: str) -> list[dict[str, Any]]:
        room = self.parameters.get("current_room")
        return [item for item in self.parameters.get(collection, []) if item.get("location") == room]

    def _object(self, object_id: str) -> dict[str, Any] | None:
        return next((o for o in self._in_room("objects") if o.get("object_id") == object_id), None)

    def _grabbed(self) -> list[str]:
        grabbed: list[str] = self.parameters.setdefault("grabbed_objects", [])
        return grabbed

    def look_around_object(self, object_id: str) -> Any:
        if self._object(object_id) is None:
            return {"success": False, "message": f"Object {object_id} not found in the current room"}
        others = [o for o in self._in_room("objects") if o.get("object_id") != object_id]
        return {"success": True, "data": {"objects": others}}

    def get_current_state(self) -> Any:
        state = {"current_room": self.parameters.get("current_room"), "grabbed_objects": self._grabbed()}
        return {"success": True, "data": state}

    def go_to_room(self, room_id: str) -> Any:
        if not any(room.get("room_id") == room_id for room in self.parameters.get("rooms", [])):
            return {"success": False, "message": f"Room {room_id} does not exist"}
        self.parameters["current_room"] = room_id
        return {"success": True, "message": f"Moved to {room_id}"}

    def find_objects(self, query: str | None = None) -> Any:
        return {"success": True, "data": {"objects": [o for o in self._in_room("objects") if _matches(o, query)]}}

    def get_allowed_operations(
        self, target_object_id: str, interact_grabbed_object_ids: list[Any] | None = None
    ) -> Any:
        target = self._object(target_object_id)
        if target is None:
            return {"success": False, "message": f"Target object {target_object_id} not found in the current room"}
        return {"success": True, "data": {"operations": target.get("allowed_operations", [])}}

    def apply_allowed_operation(self, target_object_id: str, operation_name: str) -> Any:
        target = self._object(target_object_id)
        if target is None:
            return {"success": False, "message": f"Target object {target_object_id} not found"}
        if operation_name not in target.get("allowed_operations", []):
            return {"success": False, "message": f"Operation {operation_name} is not valid"}
        if operation_name.startswith("grab") and target_object_id not in self._grabbed():
            self._grabbed().append(target_object_id)
        return {"success": True, "message": f"Operation {operation_name} applied on {target_object_id}"}

    def find_people(self, query: str) -> Any:
        return {"success": True, "data": {"people": [p for p in self._in_room("people") if _matches(p, query)]}}

    def hand_objects_to_person(self, object_ids: list[Any], person_id: str) -> Any:
        if not any(p.get("person_id") == person_id for p in self._in_room("people")):
            return {"success": False, "message": f"Person {person_id} not found in the current room"}
        missing = [object_id for object_id in object_ids if object_id not in self._grabbed()]
        if missing:
            return {"success": False, "message": f"Objects {missing} are not grabbed"}
        self.parameters["grabbed_objects"] = [o for o in self._grabbed() if o not in object_ids]
        return {"success": True, "message": f"Objects handed to {person_id}"}
