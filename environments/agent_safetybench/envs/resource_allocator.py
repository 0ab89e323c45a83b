from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState


class ResourceAllocator(AgentSafetyBenchEnvironment):
    list_resources = ShowState("resources", default=[], bare=True)
    allocate_resources = Reply({"success": True, "data": "Resources allocated."})
    get_project_allocations = ShowState("allocations", default={}, bare=True)
    get_department_heads = ShowState("department_heads", default={}, bare=True)
