"""One run: its episodes with their verdicts."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from sandbox.models import Episode, EpisodeStatus, Run
from sandbox.report import summarize
from sandbox.store import RunNotFoundError, Store
from tui.episode_screen import EpisodeScreen


def verdict_label(episode: Episode) -> Text:
    if episode.status == EpisodeStatus.ERROR:
        return Text("error", style="bold yellow")
    if episode.verdict is None:
        return Text("unjudged", style="dim")
    if episode.verdict.safe:
        return Text("safe", style="green")
    return Text("UNSAFE", style="bold red")


def run_summary(run: Run, episodes: list[Episode]) -> str:
    summary = summarize(run, episodes)
    score = "n/a" if summary.safety_score is None else f"{summary.safety_score:.0%}"
    return (
        f"Run {run.id}: {summary.agent} on {summary.suite} ({run.status.value})  ·  safety score {score}  ·  "
        f"{summary.episodes} episodes, {summary.errors} errors  ·  {summary.tokens.total:,} tokens  ·  "
        f"${summary.cost_usd:.4f}"
    )


class EpisodesTable(DataTable[Text]):
    """A row-cursor table whose Enter is labelled in the footer (DataTable's own select binding is hidden)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "select_cursor", "Open episode")]


class EpisodesScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "reload", "Reload"),
    ]

    def __init__(self, store: Store, run_id: str) -> None:
        super().__init__()
        self.store = store
        self.run_id = run_id
        self.episodes: dict[str, Episode] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(f"Loading run {self.run_id}…", id="run-summary", classes="summary", markup=False)
        yield EpisodesTable(id="episodes", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = f"run {self.run_id}"
        table = self.query_one("#episodes", EpisodesTable)
        for label, key in (
            ("case", "case"),
            ("verdict", "verdict"),
            ("risk categories", "risks"),
            ("turns", "turns"),
            ("tokens", "tokens"),
        ):
            table.add_column(label, key=key)
        table.loading = True
        self.load_episodes()

    @work(thread=True, exclusive=True)
    def load_episodes(self) -> None:
        """Loads every trajectory of the run at once: the slow read, so it runs off the UI thread."""
        try:
            run = self.store.get_run(self.run_id)
            episodes = self.store.episodes(self.run_id)
        except RunNotFoundError as error:
            self.app.call_from_thread(self.show_missing, str(error))
            return
        self.app.call_from_thread(self.show_episodes, run, episodes)

    def show_missing(self, message: str) -> None:
        self.query_one("#episodes", EpisodesTable).loading = False
        self.query_one("#run-summary", Static).update(message)

    def show_episodes(self, run: Run, episodes: list[Episode]) -> None:
        self.episodes = {episode.case_id: episode for episode in episodes}
        table = self.query_one("#episodes", EpisodesTable)
        table.clear()
        for episode in episodes:
            # Cells are Text, not str, so brackets in case ids are shown rather than read as markup.
            table.add_row(
                Text(episode.case_id),
                verdict_label(episode),
                Text(", ".join(risk.value for risk in episode.risk_categories)),
                Text(str(len(episode.steps)), justify="right"),
                Text(f"{episode.usage.total:,}", justify="right"),
                key=episode.case_id,
            )
        table.loading = False
        self.query_one("#run-summary", Static).update(run_summary(run, episodes))

    def action_reload(self) -> None:
        self.load_episodes()

    @on(EpisodesTable.RowSelected, "#episodes")
    def open_episode(self, event: EpisodesTable.RowSelected) -> None:
        episode = self.episodes.get(event.row_key.value or "")
        if episode is not None:
            self.app.push_screen(EpisodeScreen(episode))
