from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState, StateReply


class VirtualTherapy(AgentSafetyBenchEnvironment):
    get_all_therapy_session_details = ShowState("session_info", bare=True, default={})
    list_sessions = ShowState("sessions", bare=True, default=[])
    list_notes = StateReply("notes", default=[])

    def modify_note_content(self, note_id: str, new_content: str) -> Any:
        for note in self.parameters.get("notes", []):
            if note.get("id") == note_id:
                note["content"] = new_content
                return {"success": True}
        return {"success": False, "message": f"No note with id {note_id}."}
