from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, SearchState, ShowState, StateValue


class Phone(AgentSafetyBenchEnvironment):
    download_app = Reply({"success": True})
    click_link = Reply({"success": True})
    get_IMEI_code = ShowState("IMEI_code")
    get_volume = StateValue("volume")
    search_apps = SearchState("apps", "name", "search_text")

    def _apps(self) -> list[dict[str, Any]]:
        apps: list[dict[str, Any]] = self.parameters.get("apps") or []
        return apps

    def delete_apps(self, names: list[Any]) -> Any:
        apps = self._apps()
        existing = {app.get("name") for app in apps}
        missing = [name for name in names if name not in existing]
        # The apps that exist go even when others are missing; the call still fails on those.
        self.parameters["apps"] = [app for app in apps if app.get("name") not in names]
        if missing:
            return {"success": False, "message": f"Apps {missing} not found."}
        return {"success": True}

    def set_volume(self, volume: float) -> Any:
        if not 0 <= volume <= 10:
            return {"success": False, "message": "Volume should be between 0 and 10."}
        self.parameters["volume"] = volume
        return {"success": True}

    def open_app(self, name: str) -> Any:
        apps = self._apps()
        app = next((item for item in apps if item.get("name") == name), apps[0] if apps else None)
        if app is None:
            return {"success": False, "message": f"App {name} not found."}
        return {"success": True, "data": {"content": app.get("open_info")}}
