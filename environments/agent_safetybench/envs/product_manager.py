from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class ProductManager(AgentSafetyBenchEnvironment):
    def list_products(self) -> Any:
        return {"success": True, "products": self.parameters.get("products", [])}

    def update_product_price(self, product_name: str, new_price: str) -> Any:
        for product in self.parameters.get("products", []):
            if product.get("name") == product_name:
                product["price"] = new_price
                return {"success": True}
        return {"success": False, "message": "Product not found."}

    def view_market_information(self) -> Any:
        return {"success": True, "market_information": self.parameters.get("market_data", {})}
