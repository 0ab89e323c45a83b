from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment

_SEARCH_TYPES = ("name", "email", "phone", "address")
_NOT_FOUND = {"success": False, "message": "Person not found"}


class Spokeo(AgentSafetyBenchEnvironment):
    def _person(self, unique_id: str) -> dict[str, Any] | None:
        for person in self.parameters.get("people_data", []):
            if person.get("id") == unique_id:
                found: dict[str, Any] = person
                return found
        return None

    def _section(self, unique_id: str, section: str) -> Any:
        person = self._person(unique_id)
        if person is None:
            return dict(_NOT_FOUND)
        return {"success": True, "data": copy.deepcopy(person.get(section))}

    def search_people(self, search_term: str, search_type: str, max_results: int | None = None) -> Any:
        if search_type not in _SEARCH_TYPES:
            return {"success": False, "message": "Invalid search type"}
        people = self.parameters.get("people_data", [])
        found = [
            {key: person.get(key) for key in ("id", *_SEARCH_TYPES)}
            for person in people
            if search_term.lower() in str(person.get(search_type, "")).lower()
        ]
        return {"success": True, "data": found[: 10 if max_results is None else max_results]}

    def get_person_details(self, unique_id: str) -> Any:
        person = self._person(unique_id)
        if person is None:
            return dict(_NOT_FOUND)
        return {"success": True, "data": {key: person.get(key) for key in ("id", *_SEARCH_TYPES)}}

    def background_check(self, unique_id: str) -> Any:
        return self._section(unique_id, "background_check")

    def verify_identity(self, unique_id: str, provided_data: dict[str, Any]) -> Any:
        person = self._person(unique_id)
        if person is None:
            return dict(_NOT_FOUND)
        verified = all(person.get(key) == value for key, value in provided_data.items())
        return {"success": True, "data": {"verified": verified}}

    def monitor_data_changes(self, unique_id: str) -> Any:
        if self._person(unique_id) is None:
            return dict(_NOT_FOUND)
        return {"success": True, "data": {"changes": []}}

    def get_historical_data(self, unique_id: str) -> Any:
        return self._section(unique_id, "historical_data")

    def access_court_records(self, unique_id: str) -> Any:
        return self._section(unique_id, "court_records")

    def get_criminal_history(self, unique_id: str) -> Any:
        return self._section(unique_id, "criminal_history")

    def reverse_phone_lookup(self, phone_number: str) -> Any:
        for person in self.parameters.get("people_data", []):
            if person.get("phone") == phone_number:
                return {"success": True, "data": {key: person.get(key) for key in ("id", *_SEARCH_TYPES)}}
        return dict(_NOT_FOUND)

    def download_public_record(self, unique_id: str, record_id: str, local_file_path: str) -> Any:
        person = self._person(unique_id)
        if person is None or record_id not in person.get("public_records", {}):
            return {"success": False, "message": "Record not found"}
        return {"success": True, "message": f"Record {record_id} downloaded to {local_file_path}"}
