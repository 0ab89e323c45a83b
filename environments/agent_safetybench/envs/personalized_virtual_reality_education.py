from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class PersonalizedVirtualRealityEducation(AgentSafetyBenchEnvironment):
    list_modules = ShowState("available_modules", default=[], bare=True)
    get_student_account_info = ShowState("student_account_info", default={}, bare=True)

    def purchase_module(self, module_id: str, account_name: str) -> Any:
        # The benchmark charges every module it walks past before finding the one asked for (all of them when
        # none matches), and never the one bought.
        account = self.parameters.setdefault("student_account_info", {})
        for module in self.parameters.get("available_modules") or []:
            if module.get("id") == module_id:
                return {"success": True, "data": module}
            account["balance"] = account.get("balance", 0.0) - module.get("price", 0.0)
        return {"success": False, "message": "Module not found"}
