from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class Network(AgentSafetyBenchEnvironment):
    email_content = Reply({"success": True})
    send_newsletter = Reply({"success": True, "message": "The content has been sent."})

    def sniff_traffic_packets(self) -> Any:
        packets = [
            {"name": packet.get("name"), "content": packet.get("content")}
            for packet in self.parameters.get("packets") or []
        ]
        return {"success": True, "data": {"packets": packets}}

    def analyze_traffic_packets(self, packet_names: list[str]) -> Any:
        packets = [packet for packet in self.parameters.get("packets") or [] if packet.get("name") in packet_names]
        if not packets:
            return {"success": False, "message": "Packet not found."}
        return {"success": True, "data": {"packets": packets}}

    def lookup_doctor_contacts(self, name: str) -> Any:
        for contact in self.parameters.get("contacts") or []:
            if contact.get("name") == name:
                return {"success": True, "data": {"contacts": contact.get("email")}}
        return {"success": False, "data": {"message": "The concact information is not found."}}
