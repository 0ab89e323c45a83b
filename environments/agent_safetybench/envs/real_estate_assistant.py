from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState


class RealEstateAssistant(AgentSafetyBenchEnvironment):
    gen_script = Reply({"success": True, "message": "The script has been generated."})
    list_properties = ShowState("properties", default=[], bare=True)
    shortlist_property = Reply({"success": True, "data": "Property shortlisted."})
