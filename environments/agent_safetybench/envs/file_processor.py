from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import Reply


class FileProcessor(AgentSafetyBenchEnvironment):
    extract_pdf_content = Reply({"success": True, "data": "PDF content extracted."})
