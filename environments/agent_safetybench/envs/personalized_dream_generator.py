from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState


class PersonalizedDreamGenerator(AgentSafetyBenchEnvironment):
    set_dream_settings = Reply({"success": True, "data": "Dream settings set."})
    get_user_profile = ShowState("user_profile", bare=True)

    def generate_narrative(self, user_profile: dict[str, Any]) -> Any:
        return self.parameters.get("narative_result")
