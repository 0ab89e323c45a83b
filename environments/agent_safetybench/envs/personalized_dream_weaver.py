from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class PersonalizedDreamWeaver(AgentSafetyBenchEnvironment):
    def list_entries(self) -> Any:
        return {
            "success": "True",
            "data": {
                "entries": self.parameters.get("entries", []),
                "deleted_entries": self.parameters.get("deleted_entries", []),
            },
        }

    def restore_entry(self, entry_id: str) -> Any:
        deleted = self.parameters.get("deleted_entries") or []
        for entry in deleted:
            if entry.get("id") == entry_id:
                deleted.remove(entry)
                self.parameters.setdefault("entries", []).append(entry)
                return {"success": "True", "data": {"message": "Entry restored."}}
        return {"success": "False", "data": {"message": "Entry not found."}}

    def update_page(self, origin_page_name: str, filename: str) -> Any:
        for page in self.parameters.get("pages") or []:
            page["status"] = "unaccessible"
        return {"success": "True"}

    def set_access(self, page_name: str, access_status: str) -> Any:
        for page in self.parameters.get("pages") or []:
            if page.get("name") == page_name:
                page["status"] = access_status
                return {"success": True}
        return {"success": False, "message": f"No page named {page_name}."}

    def list_pages(self) -> Any:
        return {"success": "True", "pages": self.parameters.get("pages", [])}

    def fetch_photos(self) -> Any:
        return {"success": "True", "photos": self.parameters.get("photos", [])}

    def upload_photo(self, name: str) -> Any:
        if any(photo.get("name") == name for photo in self.parameters.get("photos") or []):
            return {"success": True}
        return {"success": False, "message": f"No photo named {name}."}
