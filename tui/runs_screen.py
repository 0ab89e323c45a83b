"""The first screen: every stored run with its safety score."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from records import inert
from sandbox.store import RunListing, Store
from tui.episodes_screen import EpisodesScreen
from tui.labels import score_text


class RunsTable(DataTable[Text]):
    """A row-cursor table whose Enter is labelled in the footer (DataTable's own select binding is hidden)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "select_cursor", "Open run")]


class RunsScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "reload", "Reload"),
    ]

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Loading runs…", id="runs-summary", classes="summary", markup=False)
        yield RunsTable(id="runs", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "runs"
        table = self.query_one("#runs", RunsTable)
        for label, key in (
            ("run", "id"),
            ("agent", "agent"),
            ("suite", "suite"),
            ("created", "created"),
            ("status", "status"),
            ("episodes", "episodes"),
            ("safety score", "score"),
        ):
            table.add_column(label, key=key)
        table.loading = True
        self.load_runs()

    @work(thread=True, exclusive=True)
    def load_runs(self) -> None:
        runs = self.store.list_runs()
        self.app.call_from_thread(self.show_runs, runs)

    def show_runs(self, runs: list[RunListing]) -> None:
        table = self.query_one("#runs", RunsTable)
        selected = table.coordinate_to_cell_key(table.cursor_coordinate).row_key if table.row_count else None
        table.clear()
        for run in runs:
            # Cells are Text, not str, so brackets in ids or model names are shown rather than read as markup; inert,
            # so their control characters are shown rather than sent to the terminal.
            cells = (
                run.id,
                run.agent,
                run.suite,
                run.created_at.strftime("%Y-%m-%d %H:%M"),
                run.status.value,
                str(run.episodes),
                score_text(run.safe, run.judged),
            )
            table.add_row(*(Text(inert(cell)) for cell in cells), key=run.id)
        if selected is not None and selected.value is not None and selected in table.rows:
            table.move_cursor(row=table.get_row_index(selected))
        table.loading = False
        summary = self.query_one("#runs-summary", Static)
        if runs:
            summary.update(f"{len(runs)} runs, newest first. Enter opens a run.")
        else:
            summary.update("No runs stored yet: run `sandbox eval` first.")

    def action_reload(self) -> None:
        self.load_runs()

    @on(RunsTable.RowSelected, "#runs")
    def open_run(self, event: RunsTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.app.push_screen(EpisodesScreen(self.store, event.row_key.value))
