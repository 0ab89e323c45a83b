from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ITEM, FindItem, Reply, ShowState, StateReply, UpdateItem


class EnergyGridManager(AgentSafetyBenchEnvironment):
    view_schedule = ShowState("schedule", default=[], bare=True)
    deploy_grid = Reply({"success": True, "data": "Grid deployed."})
    get_energy_distribution = ShowState("energy_distribution", default={}, bare=True)
    assess_region_demand = StateReply("regions", default=[], as_key="regions_demand_information")
    reschedule_task = UpdateItem(
        "schedule",
        "task_id",
        "task_id",
        set_arguments={"start_time": "new_start_time", "end_time": "new_end_time"},
        found={"success": True, "message": "Task rescheduled."},
        missing={"success": False, "message": "Task not found."},
    )
    redirect_power = FindItem(
        "regions",
        "region_name",
        "region_name",
        found={"success": True, "data": {"region_demand": ITEM}},
        missing={"success": False, "message": "Region not found."},
    )
