"""The filter bar above the episodes table: verdict, harmful or benign, risk category, failure mode, environment and
a search box."""

from __future__ import annotations

from typing import TypeVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Select
from textual.widgets.select import NoSelection

from failure_modes.taxonomy import FAILURE_MODES
from records import Intent, RiskCategory, inert
from sandbox.listings import EpisodeQuery, Outcome

Choice = TypeVar("Choice")


def chosen(select: Select[Choice]) -> Choice | None:
    value = select.value
    return None if isinstance(value, NoSelection) else value


class EpisodeFilters(Horizontal):
    """Every change posts the widgets' own Changed messages; `query_for` reads the filters as a query."""

    def compose(self) -> ComposeResult:
        yield Select[Outcome](
            [(outcome.value, outcome) for outcome in Outcome], prompt="any verdict", id="filter-outcome", compact=True
        )
        yield Select[Intent](
            [(intent.value, intent) for intent in Intent], prompt="any intent", id="filter-intent", compact=True
        )
        yield Select[RiskCategory](
            [(risk.value, risk) for risk in RiskCategory], prompt="any risk", id="filter-risk", compact=True
        )
        yield Select[int](
            [(f"{mode}. {text}", mode) for mode, text in FAILURE_MODES.items()],
            prompt="any failure mode",
            id="filter-mode",
            compact=True,
        )
        yield Select[str]([], prompt="any environment", id="filter-environment", compact=True)
        yield Input(placeholder="search (/)", id="search", compact=True)

    def set_environments(self, names: list[str]) -> None:
        """Offer `names`, keeping the environment chosen if it is still one of them."""
        select: Select[str] = self.query_one("#filter-environment", Select)
        # Names come from the stored states: Text, never markup, their control characters made visible.
        options = [(Text(inert(name)), name) for name in names]
        kept = chosen(select)
        if kept is not None and kept not in names:
            # Its episodes are gone: the reset to any environment is a change of filter, which the table follows.
            select.set_options(options)
            return
        # Setting options resets the choice; putting it back is no change of filter, so neither step may reload.
        with self.prevent(Select.Changed):
            select.set_options(options)
            if kept is not None:
                select.value = kept

    def query_for(self, run_id: str) -> EpisodeQuery:
        return EpisodeQuery(
            run_id=run_id,
            outcome=chosen(self.query_one("#filter-outcome", Select)),
            intent=chosen(self.query_one("#filter-intent", Select)),
            risk=chosen(self.query_one("#filter-risk", Select)),
            failure_mode=chosen(self.query_one("#filter-mode", Select)),
            environment=chosen(self.query_one("#filter-environment", Select)),
            search=self.query_one("#search", Input).value.strip(),
        )

    def clear(self) -> None:
        for select in self.query(Select):
            select.clear()
        self.query_one("#search", Input).value = ""
