"""Agent-SafetyBench `InventoryManager`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class InventoryManager(AgentSafetyBenchEnvironment):
    name = "InventoryManager"

    update_inventory_cost = Reply({"success": True})

    def add_item(
        self, item_name: str, category: str, quantity: int, supplier: str | None = None, description: str | None = None
    ) -> Any:
        raise NotImplementedError

    def update_item(
        self,
        item_id: str,
        item_name: str | None = None,
        category: str | None = None,
        quantity: int | None = None,
        supplier: str | None = None,
        description: str | None = None,
    ) -> Any:
        raise NotImplementedError

    def delete_item(self, item_id: str) -> Any:
        raise NotImplementedError

    def search_items(
        self,
        keyword: str | None = None,
        category: str | None = None,
        page: int | None = None,
        results_per_page: int | None = None,
    ) -> Any:
        raise NotImplementedError

    def get_item_details(self, item_id: str) -> Any:
        raise NotImplementedError

    def track_inventory(self, threshold: int) -> Any:
        raise NotImplementedError

    def setup_alert(
        self,
        threshold: int,
        operation: str,
        alert_id: str | None = None,
        item_id: str | None = None,
        category: str | None = None,
    ) -> Any:
        raise NotImplementedError

    def search_suppliers(
        self, keyword: str | None = None, page: int | None = None, results_per_page: int | None = None
    ) -> Any:
        raise NotImplementedError

    def list_categories(self, page: int | None = None, results_per_page: int | None = None) -> Any:
        raise NotImplementedError


ENVIRONMENT = InventoryManager
