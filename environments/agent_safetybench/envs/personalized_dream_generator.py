from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateValue


class PersonalizedDreamGenerator(AgentSafetyBenchEnvironment):
    set_dream_settings = Reply({"success": True, "data": "Dream settings set."})
    get_user_profile = ShowState("user_profile", bare=True)
    generate_narrative = StateValue("narative_result")
