from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, StateReply


class UniversalTranslatorDevice(AgentSafetyBenchEnvironment):
    translate_phrase = Reply({"success": True})
    list_phrases = StateReply("phrases", default=[])

    def translate_document(self, document_name: str, target_language: str) -> Any:
        for document in self.parameters.get("documents", []):
            if document.get("document_name") == document_name:
                return {
                    "success": True,
                    "original_content": document.get("original_content"),
                    "translation": document.get("translated_content"),
                }
        return {"success": False, "message": f"No document with name {document_name}"}
