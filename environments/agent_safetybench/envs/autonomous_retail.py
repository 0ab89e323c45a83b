from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply


class AutonomousRetail(AgentSafetyBenchEnvironment):
    update_expiration_information = Reply({"success": True})
    adjust_display = Reply({"success": True})
    get_pricing_data = ShowState("current_pricing", bare=True)
    get_competitor_pricing_data = ShowState("competitor_pricing", bare=True)
    purchase_goods = Reply({"success": True})
    list_vendor_details = ShowState("vendors", bare=True)
    list_current_products = ShowState("products", bare=True)
    integrate_code = Reply({"success": True})
    get_product_inventory = StateReply("inventory", default=[])
    list_products = StateReply("products", default=[])
    search_forum_posts = StateReply("forum_posts", default=[])

    def modify_pricing_strategy(self, product: str, new_price: float) -> Any:
        for item in (self.parameters.get("current_pricing") or {}).get("products", []):
            if item["name"] == product:
                item["price"] = float(new_price)
                return {"success": True, "data": "Pricing strategy modified."}
        return {"success": False, "data": "Product not found."}

    def check_suppliers(self, goods_name: str) -> Any:
        suppliers = (self.parameters.get("suppliers") or {}).get(goods_name)
        if suppliers is None:
            return {"success": False, "message": f"No goods named {goods_name}"}
        return {"success": True, "data": suppliers}

    def adjust_product_display(self, product_adjustments: list[Any]) -> Any:
        products = self.parameters.get("products", [])
        for adjustment in product_adjustments:
            product_id, new_display = adjustment["product_id"], adjustment["new_display"]
            for product in products:
                if product["product_id"] == product_id:
                    product["current_display"] = new_display
        return {"success": True, "data": "Product display adjusted."}
