"""One run: its episodes, a page at a time, filtered and searched in SQL so a large run opens at once."""

from __future__ import annotations

import sys
from bisect import bisect_left
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Select, Static
from textual.worker import get_current_worker

from records import Run, inert
from sandbox.listings import EpisodeListing, EpisodeQuery, RunTotals
from sandbox.store import RunNotFoundError, Store
from tui.episode_filters import EpisodeFilters
from tui.labels import outcome_label, score_text

PAGE_SIZE = 100
COLUMNS = (
    ("case", "case"),
    ("environment", "environment"),
    ("verdict", "verdict"),
    ("risk categories", "risks"),
    ("failure modes", "modes"),
    ("turns", "turns"),
    ("tokens", "tokens"),
)
# Added after them for a run of several epochs only.
EPOCH_COLUMN = "epoch"


@dataclass(frozen=True)
class Page:
    query: EpisodeQuery
    number: int
    matching: int
    """How many episodes match the query, on all pages."""
    listings: list[EpisodeListing]
    environments: dict[int, list[str]]
    epochs: int = 1
    """The run's epochs: with more than one, each row says which epoch it is."""


def read_page(store: Store, query: EpisodeQuery, number: int) -> Page:
    """Page `number` (at most the last) of the episodes matching `query`: only its rows are read."""
    matching = store.count_episodes(query)
    number = max(0, min(number, (matching - 1) // PAGE_SIZE))
    listings = store.episode_listings(query, offset=number * PAGE_SIZE, limit=PAGE_SIZE)
    environments = store.episode_environments([listing.id for listing in listings])
    try:
        epochs = store.get_run(query.run_id).config.epochs
    except RunNotFoundError:  # said in the run's summary line, read next
        epochs = 1
    return Page(query, number, matching, listings, environments, epochs)


def position(store: Store, query: EpisodeQuery, episode_id: int, matching: int) -> int:
    """Where a matching episode stands among the `matching` ones: as they are listed by id, a binary search of
    one-row reads finds it (about 14 for 10,000 episodes) without reading the pages before it."""

    def id_at(offset: int) -> int:
        found = store.episode_listings(query, offset=offset, limit=1)
        # Past the end (episodes re-judged out of the filter meanwhile) sorts last.
        return found[0].id if found else sys.maxsize

    return bisect_left(range(matching), episode_id, key=id_at)


def run_summary(run: Run, totals: RunTotals) -> str:
    wall = "" if totals.wall_time_s is None else f"  ·  {totals.wall_time_s:,.0f} s"
    return inert(
        f"Run {run.id}: {run.config.agent.model} on {run.config.suite} ({run.status.value})  ·  "
        f"safety score {score_text(totals.safe, totals.judged)}  ·  {totals.episodes:,} episodes, "
        f"{totals.errors:,} errors  ·  {totals.usage.total:,} tokens  ·  ${totals.cost_usd:.4f}{wall}"
    )


def row_cells(listing: EpisodeListing, environments: list[str], epochs: int = 1) -> tuple[Text, ...]:
    """The row's cells; with `epochs` > 1, the last says the episode's epoch (`2 of 3`)."""
    # Cells are Text, not str, so brackets in case ids are shown rather than read as markup; inert, so their control
    # characters are shown rather than sent to the terminal.
    epoch = (Text(f"{listing.epoch + 1} of {epochs}", justify="right"),) if epochs > 1 else ()
    return (
        Text(inert(listing.case_id)),
        Text(inert(", ".join(environments))),
        outcome_label(listing.outcome),
        Text(", ".join(risk.value for risk in listing.risk_categories)),
        Text(", ".join(str(mode) for mode in listing.failure_modes)),
        Text(str(listing.turns), justify="right"),
        Text(f"{listing.usage.total:,}", justify="right"),
        *epoch,
    )


class EpisodesTable(DataTable[Text]):
    """Moving the cursor past the first or last row asks the screen for the neighbouring page."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "select_cursor", "Open episode")]

    class PastEdge(Message):
        def __init__(self, forward: bool) -> None:
            super().__init__()
            self.forward = forward

    def action_cursor_down(self) -> None:
        if self.row_count and self.cursor_row == self.row_count - 1:
            self.post_message(self.PastEdge(forward=True))
        else:
            super().action_cursor_down()

    def action_cursor_up(self) -> None:
        if self.row_count and self.cursor_row == 0:
            self.post_message(self.PastEdge(forward=False))
        else:
            super().action_cursor_up()


class EpisodesScreen(Screen[None]):
    AUTO_FOCUS = "#episodes"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "focus_search", "Search"),
        Binding("f", "focus_filters", "Filters"),
        Binding("x", "clear_filters", "Clear filters"),
        Binding("right_square_bracket", "next_page", "Next page"),
        Binding("left_square_bracket", "previous_page", "Prev page"),
        Binding("u", "next_unsafe", "Next unsafe"),
        Binding("r", "reload", "Reload"),
        Binding("escape", "leave", "Back"),
    ]

    def __init__(self, store: Store, run_id: str) -> None:
        super().__init__()
        self.store = store
        self.run_id = run_id
        self.run: Run | None = None
        self.episode_query = EpisodeQuery(run_id=run_id)
        self.page = 0
        self.matching = 0
        self.run_requested = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(inert(f"Loading run {self.run_id}…"), id="run-summary", classes="summary", markup=False)
        yield EpisodeFilters(id="filters")
        yield EpisodesTable(id="episodes", cursor_type="row", zebra_stripes=True)
        yield Static("", id="page-status", classes="summary", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = inert(f"run {self.run_id}")
        table = self.query_one("#episodes", EpisodesTable)
        for label, key in COLUMNS:
            table.add_column(label, key=key)
        table.loading = True
        self.load_page(self.episode_query, 0)

    # ---- loading, off the UI thread

    @work(thread=True, exclusive=True, group="run")
    def load_run(self) -> None:
        """The run's header line and the environments to filter by: read once the first page is on screen."""
        try:
            run = self.store.get_run(self.run_id)
        except RunNotFoundError as error:
            self.app.call_from_thread(self.show_missing, str(error))
            return
        totals = self.store.run_totals([self.run_id]).get(self.run_id, RunTotals())
        self.app.call_from_thread(self.show_run, run, totals)
        self.app.call_from_thread(self.show_environments, self.store.run_environments(self.run_id))

    @work(thread=True, exclusive=True, group="page")
    def load_page(self, query: EpisodeQuery, page: int, cursor_row: int = 0) -> None:
        """One page of the episodes matching `query`. `cursor_row` -1 is the last row."""
        worker = get_current_worker()
        read = read_page(self.store, query, page)
        if not worker.is_cancelled:
            self.app.call_from_thread(self.show_page, read, cursor_row)

    # In the page workers' group: turning the page meanwhile cancels the jump, and the jump a pending page load.
    @work(thread=True, exclusive=True, group="page")
    def load_next_unsafe(self, query: EpisodeQuery, after: int) -> None:
        """The page holding the first unsafe episode after the episode `after`, its row under the cursor, opened."""
        # Loaded on first use, as in `open_episode`.
        from tui.episode_screen import next_unsafe

        worker = get_current_worker()
        found = next_unsafe(self.store, query, after)
        if found is None:
            self.app.call_from_thread(self.notify, "No unsafe episode after this row in the table.", severity="warning")
            return
        at = position(self.store, query, found, self.store.count_episodes(query))
        read = read_page(self.store, query, at // PAGE_SIZE)
        rows = [listing.id for listing in read.listings]
        if not worker.is_cancelled:
            self.app.call_from_thread(self.open_at, read, rows.index(found) if found in rows else at % PAGE_SIZE)

    def show_missing(self, message: str) -> None:
        self.query_one("#run-summary", Static).update(inert(message))

    def show_run(self, run: Run, totals: RunTotals) -> None:
        self.run = run
        self.query_one("#run-summary", Static).update(run_summary(run, totals))

    def show_environments(self, names: list[str]) -> None:
        self.query_one(EpisodeFilters).set_environments(names)

    def show_page(self, page: Page, cursor_row: int) -> None:
        self.episode_query, self.page, self.matching = page.query, page.number, page.matching
        table = self.query_one("#episodes", EpisodesTable)
        table.clear()
        if page.epochs > 1 and EPOCH_COLUMN not in table.columns:
            table.add_column("epoch", key=EPOCH_COLUMN)
        for listing in page.listings:
            cells = row_cells(listing, page.environments.get(listing.id, []), page.epochs)
            table.add_row(*cells, key=str(listing.id))
        if page.listings:
            table.move_cursor(row=cursor_row % len(page.listings), animate=False)
        table.loading = False
        self.query_one("#page-status", Static).update(self.page_status(len(page.listings)))
        if not self.run_requested:
            # The run's summary and the environments to filter by wait until the first page is drawn: read beside it,
            # they held it back, their queries sharing the GIL with its drawing and their arrival costing a layout.
            self.run_requested = True
            self.call_after_refresh(self.load_run)

    def open_at(self, page: Page, cursor_row: int) -> None:
        """Show `page` and open the episode at `cursor_row`, as Enter there would: back in the table, the cursor is on
        it, so the next `u` goes on from there."""
        self.show_page(page, cursor_row)
        self.query_one("#episodes", EpisodesTable).action_select_cursor()

    def page_status(self, shown: int) -> str:
        if not self.matching:
            return "No episode matches these filters." if self.filtered() else "No finished episode in this run yet."
        first = self.page * PAGE_SIZE + 1
        pages = (self.matching - 1) // PAGE_SIZE + 1
        text = f"Episodes {first:,} to {first + shown - 1:,} of {self.matching:,}"
        if self.filtered():
            text += " matching the filters"
        if pages > 1:
            text += f"  ·  page {self.page + 1} of {pages}: ] next, [ previous"
        return text

    def filtered(self) -> bool:
        return self.episode_query != EpisodeQuery(run_id=self.run_id)

    # ---- filters and pages

    @on(Select.Changed, "#filters Select")
    @on(Input.Changed, "#search")
    def filters_changed(self) -> None:
        self.load_page(self.query_one(EpisodeFilters).query_for(self.run_id), 0)

    @on(Input.Submitted, "#search")
    def search_submitted(self) -> None:
        self.query_one("#episodes", EpisodesTable).focus()

    def action_focus_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_focus_filters(self) -> None:
        self.query_one("#filter-outcome", Select).focus()

    def action_clear_filters(self) -> None:
        self.query_one(EpisodeFilters).clear()

    def action_next_page(self) -> None:
        if (self.page + 1) * PAGE_SIZE < self.matching:
            self.load_page(self.episode_query, self.page + 1)

    def action_previous_page(self) -> None:
        if self.page > 0:
            self.load_page(self.episode_query, self.page - 1)

    @on(EpisodesTable.PastEdge)
    def turn_page(self, event: EpisodesTable.PastEdge) -> None:
        if event.forward:
            self.action_next_page()
        elif self.page > 0:
            self.load_page(self.episode_query, self.page - 1, cursor_row=-1)

    def action_next_unsafe(self) -> None:
        table = self.query_one("#episodes", EpisodesTable)
        if table.row_count:
            highlighted = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
            if highlighted is not None:
                self.load_next_unsafe(self.episode_query, int(highlighted))

    def action_reload(self) -> None:
        self.load_run()
        self.load_page(self.episode_query, self.page)

    async def action_leave(self) -> None:
        """Escape leaves the filter bar first, then the screen (for the runs list, even where the app opened on it)."""
        table = self.query_one("#episodes", EpisodesTable)
        if table.has_focus:
            await self.app.action_back()
        else:
            table.focus()

    @on(EpisodesTable.RowSelected, "#episodes")
    def open_episode(self, event: EpisodesTable.RowSelected) -> None:
        if self.run is None or event.row_key.value is None:
            return
        # The episode screen's module (and the syntax highlighting it brings) loads on first use: the table's first
        # rows do not wait for it.
        from tui.episode_screen import EpisodeScreen

        self.app.push_screen(EpisodeScreen(self.store, self.run, self.episode_query, int(event.row_key.value)))
