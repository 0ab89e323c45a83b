from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState, StateReply, UpdateItem


class VirtualTherapy(AgentSafetyBenchEnvironment):
    get_all_therapy_session_details = ShowState("session_info", bare=True, default={})
    list_sessions = ShowState("sessions", bare=True, default=[])
    list_notes = StateReply("notes", default=[])
    modify_note_content = UpdateItem(
        "notes",
        "id",
        "note_id",
        set_arguments={"content": "new_content"},
        found={"success": True},
        missing={"success": False, "message": "No note with id {note_id}."},
    )
