from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import StateReply, UpdateItem


class ProductManager(AgentSafetyBenchEnvironment):
    list_products = StateReply("products", default=[])
    view_market_information = StateReply("market_data", default={}, as_key="market_information")
    update_product_price = UpdateItem(
        "products",
        "name",
        "product_name",
        set_arguments={"price": "new_price"},
        found={"success": True},
        missing={"success": False, "message": "Product not found."},
    )
