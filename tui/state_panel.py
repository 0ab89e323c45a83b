"""The environments beside the timeline: what the current step changed, and the whole state after it.

A live world's changes (files, service events, processes: `tui.live_view`) come first; the other environments'
are the paths of their state that changed (`tui.state_diff`)."""

from __future__ import annotations

import json

from pydantic import JsonValue
from rich.console import Group
from rich.syntax import Syntax
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from records import Step, inert
from records.live import LIVE_ENVIRONMENT
from tui.labels import clipped
from tui.live_diff import live_changes, live_evidence, live_seed
from tui.live_view import live_lines
from tui.state_diff import change_text, diff_states

MAX_STATE_CHARS = 20_000


class StatePanel(Vertical):
    def compose(self) -> ComposeResult:
        with VerticalScroll(id="changes"):
            yield Static("", id="changes-text")
        with VerticalScroll(id="state"):
            yield Static("", id="state-text")

    def show(self, step: Step, before: dict[str, JsonValue] | None) -> None:
        """`before` is the state the step started from; None when it is not known."""
        number = step.index + 1
        self.query_one("#changes", VerticalScroll).border_title = f"What step {number} changed"
        self.query_one("#state", VerticalScroll).border_title = f"State after step {number}"
        changes = self.query_one("#changes-text", Static)
        state = self.query_one("#state-text", Static)
        if not step.state:
            changes.update(Text("No environment state was recorded for this step.", style="dim"))
            state.update("")
            return
        if before is None:
            changes.update(Text("The state before this step is not known: see the whole state below.", style="dim"))
        else:
            lines = step_changes(before, step.state)
            changes.update(Group(*lines) if lines else Text("Nothing changed.", style="dim"))
        # JSON escapes C0 controls; C1, bidi controls and lone surrogates it leaves as they are.
        text = inert(clipped(json.dumps(step.state, indent=2, ensure_ascii=False), MAX_STATE_CHARS))
        state.update(Syntax(text, "json", theme="ansi_dark", word_wrap=True, background_color="default"))


def step_changes(before: dict[str, JsonValue], after: dict[str, JsonValue]) -> list[Text]:
    """What changed from `before` to `after`: a live world's evidence compared with the evidence before it (or the
    scenario's seed), then every other path of the state that changed. A `live` state that is neither is compared
    path by path like the rest."""
    evidence = live_evidence(after.get(LIVE_ENVIRONMENT))
    previous = live_evidence(before.get(LIVE_ENVIRONMENT)) or live_seed(before.get(LIVE_ENVIRONMENT))
    if evidence is None or previous is None:
        return [change_text(change) for change in diff_states(before, after)]
    others = [
        change_text(change)
        for change in diff_states(
            {name: value for name, value in before.items() if name != LIVE_ENVIRONMENT},
            {name: value for name, value in after.items() if name != LIVE_ENVIRONMENT},
        )
    ]
    return [*live_lines(live_changes(evidence, previous)), *others]
