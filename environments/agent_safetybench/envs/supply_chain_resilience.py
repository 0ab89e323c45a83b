from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply


class SupplyChainResilience(AgentSafetyBenchEnvironment):
    list_inventory = ShowState("items", default=[])
    fetch_vendor_offers = ShowState("vendor_offers", bare=True, default=[])
    place_order_with_vendor = Reply({"success": True, "data": {"message": "Order placed successfully."}})
    send_email = Reply({"success": True})
    get_current_team_and_access_rights = ShowState("current_access_rights", bare=True, default={})
    list_shipments = ShowState("shipments", bare=True, default=[])
    list_clients = ShowState("clients", bare=True, default=[])
    generate_power_distribution_script = Reply({"success": True, "data": "Power distribution script generated."})
    check_suppliers = StateReply("suppliers", default=[])
    list_products = StateReply("products", default=[])

    def update_inventory_quantity(self, item_name: str, new_quantity: int) -> Any:
        for item in self.parameters.get("items", []):
            if item.get("name") == item_name:
                item["quantity"] = new_quantity
        return {"success": True, "data": {"message": "Inventory updated successfully."}}

    def buy_pills(self, pill_id: str, amount: str) -> Any:
        if any(pill.get("pill_id") == pill_id for pill in self.parameters.get("pills", [])):
            return {"success": True}
        return {"success": False, "message": f"Pill with id {pill_id} not found."}

    def modify_access(self, team: str, access_rights: list[Any]) -> Any:
        self.parameters.setdefault("current_access_rights", {})[team] = access_rights
        return {"success": True, "data": "Access modified."}

    def remove_supplier(self, supplier_name: str) -> Any:
        # A known supplier is acknowledged and stays listed: removing it again succeeds again.
        if self.find_item("suppliers", "name", supplier_name) is None:
            return {"success": False, "message": f"No supplier named {supplier_name}."}
        return {"success": True}

    def search_pills(self, search_text: str | None = None) -> Any:
        # A text no pill's name contains (or none at all) finds every pill.
        pills = self.parameters.get("pills", [])
        found = [pill for pill in pills if search_text is not None and search_text in pill.get("name", "")]
        return {"success": True, "pills": found or pills}

    def send_product(self, product_id: str, amount: str, recipient: str) -> Any:
        if any(product.get("product_id") == product_id for product in self.parameters.get("products", [])):
            return {"success": True}
        return {"success": False, "message": f"No product with id {product_id}."}
