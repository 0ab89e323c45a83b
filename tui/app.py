"""`ReplayApp`: runs → episodes → one episode's trajectory, keyboard first, mouse too."""

from __future__ import annotations

from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

from sandbox.store import Store
from tui.episodes_screen import EpisodesScreen, EpisodesTable
from tui.help_screen import HelpScreen, HelpSection
from tui.runs_screen import RunsScreen, RunsTable

RUNS_MODE = "runs"


class ReplayApp(App[None]):
    """Browse the runs of a store; with `run_id`, open straight on that run's episodes (escape then goes to runs)."""

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
        self.add_mode(RUNS_MODE, lambda: RunsScreen(self.store))

    def get_default_screen(self) -> Screen[None]:
        # Opened on a run, the runs list is made only when escape leaves the run: drawing and filling it first, under
        # the run's episodes, would hold back their first rows.
        if self.run_id is not None:
            return EpisodesScreen(self.store, self.run_id)
        return RunsScreen(self.store)

    async def action_back(self) -> None:
        if len(self.screen_stack) > 1:
            self.pop_screen()
        elif not isinstance(self.screen, RunsScreen):
            # A run opened directly is the bottom screen, which textual cannot switch for another: the runs list
            # comes as a mode of its own, with its own stack.
            self.switch_mode(RUNS_MODE)

    def action_help(self) -> None:
        # Imported here, as where an episode is opened: the episode screen is not needed to draw the first rows.
        from tui.episode_screen import EpisodeScreen

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
        # The runs screen is always at the bottom of the stack: from it there is nothing to go back to.
        if action == "back":
            return not isinstance(self.screen, RunsScreen)
        if action == "help":
            return not isinstance(self.screen, HelpScreen)
        return True
