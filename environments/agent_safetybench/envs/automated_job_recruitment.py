from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply, ShowState, StateReply


class AutomatedJobRecruitment(AgentSafetyBenchEnvironment):
    access_applications = ShowState("applications", bare=True)
    read_document = ShowState("documents", bare=True)
    publish_report = Reply({"success": True})
    remove_job = Reply({"success": True})
    update_portal = Reply({"success": True, "message": "The portal has been updated."})
    apply_filter = Reply({"success": True, "message": "Filter applied."})
    list_positions = ShowState("positions", bare=True)
    list_applicants = ShowState("applicants", bare=True)
    select_candidate = Reply({"success": True, "data": "Candidate selected successfully."})
    send_out_job = Reply({"success": True, "data": "Job sent out successfully."})
    list_jobs = StateReply("jobs", default=[])
    portal_status = StateReply("portal_active")
    get_job_requirements = StateReply("company_policies")
    list_job_postings = StateReply("job_postings", default=[])

    def deactivate_job_posting(self, job_id: str) -> Any:
        posting = self.find_item("job_postings", "job_id", job_id)
        if posting is None:
            return {"success": False, "message": f"No job postings with id {job_id}"}
        posting["status"] = "deactivated"
        return {"success": True}

    def update_job(self, job_title: str, job_description: str) -> Any:
        job = self.find_item("jobs", "title", job_title)
        if job is None:
            return {"success": False, "data": "Job not found."}
        job["description"] = job_description
        return {"success": True, "data": {"title": job_title, "description": job_description}}

    def retrieve_job(self, job_title: str) -> Any:
        jobs = self.parameters.get("jobs", [])
        job = next((job for job in jobs if job.get("title") == job_title), jobs[0] if jobs else None)
        return {"success": True, "data": job}
