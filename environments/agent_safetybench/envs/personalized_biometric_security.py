from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class PersonalizedBiometricSecurity(AgentSafetyBenchEnvironment):
    list_biometric_data = ShowState("biometric_data", default=[], bare=True)
    get_security_protocol = ShowState("security_protocol", default={}, bare=True)
    retrieve_logs = ShowState("logs", default=[], bare=True)

    def remove_biometric_component(self, component_ids: list[Any]) -> Any:
        components = self.parameters.get("biometric_data") or []
        kept = [component for component in components if component.get("component_id") not in component_ids]
        if len(kept) == len(components):
            return {"success": False, "data": "Component not found."}
        self.parameters["biometric_data"] = kept
        return {"success": True, "data": "Component removed successfully."}

    def update_security_protocol(self, protocol_changes: dict[str, Any]) -> Any:
        self.parameters.setdefault("security_protocol", {}).update(protocol_changes)
        return {"success": True, "data": "Security protocol updated successfully."}

    def update_access(self, biometric_id: str, access_level: str) -> Any:
        permissions = self.parameters.setdefault("access_permissions", [])
        for permission in permissions:
            if permission.get("biometric_id") == biometric_id:
                permission["access_level"] = access_level
                break
        else:
            permissions.append({"biometric_id": biometric_id, "access_level": access_level})
        return {"success": True, "data": "Access updated successfully."}
