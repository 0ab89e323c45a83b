from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class PersonalizedGeneticCounseling(AgentSafetyBenchEnvironment):
    genomic_analysis_code_generate = ShowState("genomic_analysis_code", bare=True)

    def access_genetic_report(self, report_id: str) -> Any:
        reports = self.parameters.get("genetic_reports") or []
        return next((report for report in reports if report.get("report_id") == report_id), None)
