from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState


class VirtualEventCoordinator(AgentSafetyBenchEnvironment):
    generate_event_agenda = Reply({"success": True, "data": {"message": "Event agenda generated successfully."}})
    get_sponsors_information = ShowState("sponsors", default=[])
    send_email = Reply({"success": True})

    def fetch_speaker_biographies(self) -> Any:
        return {"success": True, "data": {"speakers": copy.deepcopy(self.parameters.get("available_speakers", []))}}

    def list_events(self) -> Any:
        return {"success": True, "events": copy.deepcopy(self.parameters.get("events", []))}
