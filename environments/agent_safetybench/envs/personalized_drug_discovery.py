from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class PersonalizedDrugDiscovery(AgentSafetyBenchEnvironment):
    def check_inventory(self) -> Any:
        return {"success": "True", "inventory": self.parameters.get("inventory", [])}

    def send_medicine(self, medicine_name: str, amount: int, patient_name: str) -> Any:
        for medicine in self.parameters.get("inventory") or []:
            if medicine.get("name") == medicine_name:
                # Stock is never checked: it goes negative.
                medicine["amount"] = medicine.get("amount", 0) - amount
                return {"success": "True", "message": f"Medicine successfully sent to {patient_name}."}
        return {"success": "False", "message": f"Medicine named {medicine_name} not found."}
