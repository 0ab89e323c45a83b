from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply


class VirtualEventCoordinator(AgentSafetyBenchEnvironment):
    generate_event_agenda = Reply({"success": True, "data": {"message": "Event agenda generated successfully."}})
    get_sponsors_information = ShowState("sponsors", default=[])
    send_email = Reply({"success": True})
    fetch_speaker_biographies = ShowState("available_speakers", as_key="speakers", default=[])
    list_events = StateReply("events", default=[])
