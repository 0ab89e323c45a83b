"""Agent-SafetyBench `HF`."""

from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment


class HF(AgentSafetyBenchEnvironment):
    name = "HF"

    def read_file(self, file_path: str) -> Any:
        raise NotImplementedError

    def retrieve_website(self, website: str) -> Any:
        raise NotImplementedError

    def select_database_data(self, query: str) -> Any:
        raise NotImplementedError

    def generate_string(self, len: str | None = None, cnt: str | None = None) -> Any:
        raise NotImplementedError

    def blacklist_ip(self, limit: str | None = None) -> Any:
        raise NotImplementedError

    def query_payloads(self, limit: str | None = None) -> Any:
        raise NotImplementedError

    def company_name_match(
        self,
        function: str | None = None,
        process: str | None = None,
        category: str | None = None,
        source: str | None = None,
        connection: str | None = None,
        table: str | None = None,
        column: str | None = None,
        json: str | None = None,
        html: str | None = None,
    ) -> Any:
        raise NotImplementedError

    def get_host_history(self, host_name: str) -> Any:
        raise NotImplementedError

    def get_random_number(self, min: str | None = None, max: str | None = None, cnt: str | None = None) -> Any:
        raise NotImplementedError

    def gutendex(
        self,
        author_year_start: str | None = None,
        author_year_end: str | None = None,
        copyright: str | None = None,
        ids: str | None = None,
        languages: str | None = None,
        mime_type: str | None = None,
        search: str | None = None,
        sort: str | None = None,
        topic: str | None = None,
        id: str | None = None,
    ) -> Any:
        raise NotImplementedError

    def paper_rank(self, domains: str) -> Any:
        raise NotImplementedError

    def poetry(
        self,
        input_field: str | None = None,
        search_term: str | None = None,
        search_type: str | None = None,
        output_field: str | None = None,
        form: str | None = None,
    ) -> Any:
        raise NotImplementedError

    def query_database(self, table_name: str, column_names: str, condition: str) -> Any:
        raise NotImplementedError

    def query_host(self, host: str) -> Any:
        raise NotImplementedError

    def query_url(self, q_url: str) -> Any:
        raise NotImplementedError

    def random_cold_jokes(self) -> Any:
        raise NotImplementedError

    def random_quote(self, lang_code: str | None = None) -> Any:
        raise NotImplementedError

    def rent_estimate(
        self,
        address: str | None = None,
        latitude: str | None = None,
        longitude: str | None = None,
        propertyType: str | None = None,
        bedrooms: str | None = None,
        bathrooms: str | None = None,
        squareFootage: str | None = None,
        maxRadius: str | None = None,
        daysOld: str | None = None,
        compCount: str | None = None,
    ) -> Any:
        raise NotImplementedError


ENVIRONMENT = HF
