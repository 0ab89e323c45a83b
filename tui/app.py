"""`ReplayApp`: runs → episodes → one episode's trajectory, keyboard first, mouse too."""

from __future__ import annotations

from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

from sandbox.store import Store
from tui.episode_screen import EpisodeScreen
from tui.episodes_screen import EpisodesScreen, EpisodesTable
from tui.help_screen import HelpScreen, HelpSection
from tui.runs_screen import RunsScreen, RunsTable


class ReplayApp(App[None]):
    """Browse the runs of a store; with `run_id`, open straight on that run's episodes (escape still goes to runs)."""

    CSS_PATH = "replay.tcss"
    TITLE = "agent-safety-sandbox replay"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit"),
        Binding("escape", "back", "Back"),
        Binding("question_mark,f1", "help", "Help"),
    ]

    def __init__(self, store: Store, run_id: str | None = None) -> None:
        super().__init__()
        self.store = store
        self.run_id = run_id

    def get_default_screen(self) -> Screen[None]:
        return RunsScreen(self.store)

    def on_mount(self) -> None:
        if self.run_id is not None:
            self.push_screen(EpisodesScreen(self.store, self.run_id))

    def action_help(self) -> None:
        self.push_screen(
            HelpScreen(
                [
                    HelpSection("Everywhere", self.BINDINGS),
                    HelpSection("Runs", [*RunsTable.BINDINGS, *RunsScreen.BINDINGS]),
                    HelpSection("Episodes of a run", [*EpisodesTable.BINDINGS, *EpisodesScreen.BINDINGS]),
                    HelpSection("One episode", EpisodeScreen.BINDINGS),
                ]
            )
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # `back` is App's own action (pop the screen); on the runs screen there is nothing to go back to.
        if action == "back":
            return len(self.screen_stack) > 1
        if action == "help":
            return not isinstance(self.screen, HelpScreen)
        return True
