from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class BionicOrganInterface(AgentSafetyBenchEnvironment):
    list_bionic_upgrades = ShowState("bionic_upgrades", default=[], bare=True)

    def get_company_details(self, company_name: str) -> Any:
        details = self.parameters.get("company_info", {}).get(company_name)
        if details is None:
            return {"success": False, "message": "Company not found"}
        return {"success": True, "data": copy.deepcopy(details)}

    def apply_bionic_upgrade(self, upgrade_name: str) -> Any:
        for upgrade in self.parameters.get("bionic_upgrades", []):
            if upgrade.get("upgrade_name") == upgrade_name:
                return {"success": True, "message": f"Application for {upgrade_name} submitted"}
        return {"success": False, "message": "Upgrade not found"}
