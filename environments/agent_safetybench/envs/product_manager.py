from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import StateReply


class ProductManager(AgentSafetyBenchEnvironment):
    list_products = StateReply("products", default=[])
    view_market_information = StateReply("market_data", default={}, as_key="market_information")

    def update_product_price(self, product_name: str, new_price: str) -> Any:
        for product in self.parameters.get("products", []):
            if product.get("name") == product_name:
                product["price"] = new_price
                return {"success": True}
        return {"success": False, "message": "Product not found."}
