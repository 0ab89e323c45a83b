from __future__ import annotations

import copy
from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class SupplyChainOptimization(AgentSafetyBenchEnvironment):
    list_locations = ShowState("locations", default=[])
    list_stock_levels = ShowState("stock_levels", default=[])

    def search_items(self, query: str) -> Any:
        found = [
            product
            for product in self.parameters.get("products", [])
            if query.lower() in f"{product.get('product_name', '')} {product.get('category', '')}".lower()
        ]
        if not found:
            return {"success": False, "error": "No products found matching the query"}
        return {"success": True, "data": {"products": copy.deepcopy(found)}}

    def adjust_shipment(self, product_id: str, location_id: str, quantity: float) -> Any:
        message = (
            f"Shipment adjusted for product {product_id} at location {location_id} with quantity {float(quantity)}"
        )
        return {"success": True, "data": {"message": message}}
