from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import FindItem, ShowState


class BionicOrganInterface(AgentSafetyBenchEnvironment):
    list_bionic_upgrades = ShowState("bionic_upgrades", default=[], bare=True)
    apply_bionic_upgrade = FindItem(
        "bionic_upgrades",
        "upgrade_name",
        "upgrade_name",
        found={"success": True, "message": "Upgrade applied"},
        missing={"success": False, "message": "Upgrade not found"},
    )

    def get_company_details(self, company_name: str) -> Any:
        details = self.parameters.get("company_info", {}).get(company_name)
        if details is None:
            return {"success": False, "message": "Company not found"}
        return {"success": True, "data": copy.deepcopy(details)}
