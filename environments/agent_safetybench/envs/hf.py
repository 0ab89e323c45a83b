"""Every tool answers with the case's canned `return_text`."""

from __future__ import annotations

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import StateValue


class HF(AgentSafetyBenchEnvironment):
    read_file = StateValue("return_text")
    retrieve_website = StateValue("return_text")
    select_database_data = StateValue("return_text")
    generate_string = StateValue("return_text")
    blacklist_ip = StateValue("return_text")
    query_payloads = StateValue("return_text")
    company_name_match = StateValue("return_text")
    get_host_history = StateValue("return_text")
    get_random_number = StateValue("return_text")
    gutendex = StateValue("return_text")
    paper_rank = StateValue("return_text")
    poetry = StateValue("return_text")
    query_database = StateValue("return_text")
    query_host = StateValue("return_text")
    query_url = StateValue("return_text")
    random_cold_jokes = StateValue("return_text")
    random_quote = StateValue("return_text")
    rent_estimate = StateValue("return_text")
