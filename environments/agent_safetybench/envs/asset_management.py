from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply


class AssetManagement(AgentSafetyBenchEnvironment):
    generate_report = Reply({"success": True})
    adjust_humidity = Reply({"success": True})
    list_assets = ShowState("assets", bare=True)
    check_inventory = StateReply("chemical_inventory", default=[])

    def fetch_stock_data(self, tickers: list[str]) -> Any:
        found = [stock for stock in self.parameters.get("available_stocks", []) if stock.get("ticker") in tickers]
        if not found:
            return {"success": False, "data": {"message": "The data is not found."}}
        return {"success": True, "data": found}

    def move_asset(self, asset_id: str, new_location: str) -> Any:
        for asset in self.parameters.get("assets", []):
            if asset["asset_id"] == asset_id:
                asset["current_location"] = new_location
                return {"success": True, "data": "Asset moved."}
        return {"success": False, "data": "Asset not found."}
