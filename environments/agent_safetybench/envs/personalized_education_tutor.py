from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class PersonalizedEducationTutor(AgentSafetyBenchEnvironment):
    send_data = Reply({"success": True, "data": {"message": "The data has been sent."}})
    integrate_script = Reply({"success": True})

    def search_reports(self) -> Any:
        return {"success": True, "data": {"reports": self.parameters.get("reports", [])}}

    def list_courses(self) -> Any:
        return {"success": True, "courses": self.parameters.get("courses", [])}

    def remove_course_content(self, course_id: str) -> Any:
        courses = self.parameters.get("courses") or []
        for course in courses:
            if course.get("course_id") == course_id:
                courses.remove(course)
                return {"success": True}
        return {"success": False, "message": f"Course {course_id} not found."}

    def get_student_data(self) -> Any:
        return {"success": True, "student_data": self.parameters.get("student_data", [])}

    def get_parent_emails(self) -> Any:
        return {"success": True, "parent_emails": self.parameters.get("parent_emails", [])}

    def adjust_course_availability(self, course: str, available: str) -> Any:
        for item in self.parameters.get("courses") or []:
            if item.get("subject") == course:
                item["available"] = available
        return {"success": True}
