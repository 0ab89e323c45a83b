"""One episode replayed: the verdict, the trajectory as a timeline, and the environments' state at each step."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import JsonValue
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.reactive import var
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Footer, Header, Static

from failure_modes.taxonomy import FAILURE_MODES
from records import Episode, Run, Verdict, inert
from sandbox.listings import EpisodeQuery, Outcome
from sandbox.store import EpisodeNotFoundError, Store
from tui.scenario_context import ScenarioContext, ScenarioUnavailableError, scenario_context
from tui.state_panel import StatePanel
from tui.step_json_screen import StepJsonScreen
from tui.step_view import StepView

SPEEDS = (0.25, 0.5, 1.0, 2.0, 4.0)
"""Seconds per step while playing, fastest first."""


def next_unsafe(store: Store, query: EpisodeQuery, after: int) -> int | None:
    """The first unsafe episode past the episode `after` among those `query` lists; none where its verdict filter
    leaves no unsafe episode in the table."""
    if query.outcome not in (None, Outcome.UNSAFE):
        return None
    found = store.episode_listings(query.model_copy(update={"outcome": Outcome.UNSAFE}), after=after, limit=1)
    return found[0].id if found else None


def verdict_text(verdict: Verdict) -> str:
    """The verdict as the screen shows it, inert: a judge's explanation may quote the agent."""
    lines = [
        f"{'SAFE' if verdict.safe else 'UNSAFE'}  ·  judged by {verdict.classifier}"
        + (f"  ·  names step {verdict.step_index + 1} (v)" if verdict.step_index is not None else "")
    ]
    if verdict.risk_categories:
        lines.append("Risk: " + ", ".join(risk.value for risk in verdict.risk_categories))
    if verdict.failure_modes:
        lines.append("Failure modes: " + " ".join(f"{mode}. {FAILURE_MODES[mode]}" for mode in verdict.failure_modes))
    lines.append(verdict.explanation)
    return inert("\n".join(lines))


def timeline(episode: Episode, context: ScenarioContext | str) -> Iterator[Widget]:
    """The instruction (or why it is missing), each step, then the final answer and any error: all of it inert."""
    if isinstance(context, ScenarioContext):
        instruction = Static(inert(context.instruction), id="instruction", markup=False)
    else:
        instruction = Static(inert(f"Not available: {context}"), id="instruction", classes="note", markup=False)
    instruction.border_title = "Instruction"
    yield instruction
    named = episode.verdict.step_index if episode.verdict is not None else None
    for step in episode.steps:
        yield StepView(step, named_by_verdict=step.index == named)
    for widget_id, title, text in (
        ("final-answer", "Final answer", episode.final_answer),
        ("episode-error", "Error", episode.error),
    ):
        if text is not None:
            box = Static(inert(text), id=widget_id, markup=False)
            box.border_title = title
            yield box


class EpisodeScreen(Screen[None]):
    """Opens on the first step; `query` is the episodes table's, so `u` finds the next unsafe one among them."""

    AUTO_FOCUS = "#timeline"
    BINDINGS: ClassVar[list[BindingType]] = [
        # Priority: the timeline, which has the focus, would otherwise take these keys to scroll.
        Binding("n,right", "next_step", "Next step", priority=True),
        Binding("p,left", "previous_step", "Prev step", priority=True),
        Binding("home", "first_step", "First step", show=False, priority=True),
        Binding("end", "last_step", "Last step", show=False, priority=True),
        Binding("space", "toggle_play", "Play/pause"),
        Binding("plus,equals_sign", "faster", "Faster"),
        Binding("minus", "slower", "Slower"),
        Binding("v", "verdict_step", "Verdict step"),
        Binding("u", "next_unsafe", "Next unsafe"),
        Binding("c", "copy_step", "Copy JSON"),
    ]

    current: var[int] = var(0, init=False)
    """Index of the step being looked at."""
    playing: var[bool] = var(False, init=False)
    speed: var[float] = var(1.0, init=False)

    def __init__(self, store: Store, run: Run, query: EpisodeQuery, episode_id: int) -> None:
        super().__init__()
        self.store = store
        self.run = run
        self.episode_query = query
        self.episode_id = episode_id
        self.episode: Episode | None = None
        self.context: ScenarioContext | None = None
        self.timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Loading the episode…", id="episode-summary", classes="summary", markup=False)
        yield Static("", id="verdict", markup=False)
        with Horizontal(id="episode-body"):
            yield VerticalScroll(id="timeline")
            yield StatePanel(id="state-panel")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = inert(f"run {self.run.id}")
        self.query_one("#episode-body").loading = True
        self.load()

    @work(thread=True, exclusive=True)
    def load(self) -> None:
        try:
            episode = self.store.load_episode(self.episode_id)
        except EpisodeNotFoundError as error:
            self.app.call_from_thread(self.show_summary, str(error))
            return
        try:
            context: ScenarioContext | str = scenario_context(self.run, episode.case_id)
        except ScenarioUnavailableError as error:
            context = str(error)
        self.app.call_from_thread(self.show_episode, episode, context)

    def show_episode(self, episode: Episode, context: ScenarioContext | str) -> None:
        self.episode = episode
        self.context = context if isinstance(context, ScenarioContext) else None
        self.query_one("#timeline", VerticalScroll).mount_all(timeline(episode, context))
        verdict_box = self.query_one("#verdict", Static)
        if episode.verdict is None:
            verdict_box.update("No verdict.")
        else:
            verdict_box.update(verdict_text(episode.verdict))
            verdict_box.border_title = "Verdict"
            verdict_box.add_class("-safe" if episode.verdict.safe else "-unsafe")
        self.query_one("#episode-body").loading = False
        if episode.steps:
            self.call_after_refresh(self.highlight, None, 0)
        else:
            self.show_summary(self.summary())
        self.refresh_bindings()

    def summary(self) -> str:
        episode = self.episode
        if episode is None:
            return "Loading the episode…"
        epochs = self.run.config.epochs
        parts = [
            f"Case {episode.case_id}" + (f", epoch {episode.epoch + 1} of {epochs}" if epochs > 1 else ""),
            episode.status.value + (f" ({episode.termination.value})" if episode.termination else ""),
            f"step {self.current + 1} of {len(episode.steps)}" if episode.steps else "no steps",
            f"{episode.usage.total:,} tokens",
            f"${episode.cost_usd:.4f}",
            f"{'▶ playing' if self.playing else 'paused'}, {self.speed:g} s/step",
        ]
        return "  ·  ".join(parts)

    def show_summary(self, text: str) -> None:
        # The summary names the case, and may be an error naming the episode: data, made inert.
        self.query_one("#episode-summary", Static).update(inert(text))
        self.query_one("#episode-body").loading = False

    def state_before(self, index: int) -> dict[str, JsonValue] | None:
        assert self.episode is not None
        if index > 0:
            return self.episode.steps[index - 1].state or None
        return self.context.initial_state if self.context is not None else None

    def watch_current(self, old: int, new: int) -> None:
        self.highlight(old, new)

    def highlight(self, old: int | None, new: int) -> None:
        if self.episode is None:
            return
        if old is not None:
            self.query_one(f"#step-{old}", StepView).remove_class("-current")
        view = self.query_one(f"#step-{new}", StepView)
        view.add_class("-current")
        view.scroll_visible(top=True, animate=False)
        self.query_one(StatePanel).show(self.episode.steps[new], self.state_before(new))
        self.show_summary(self.summary())

    @on(StepView.Chosen)
    def choose_step(self, event: StepView.Chosen) -> None:
        self.current = event.index

    def step_count(self) -> int:
        return len(self.episode.steps) if self.episode is not None else 0

    def action_next_step(self) -> None:
        if self.current + 1 < self.step_count():
            self.current += 1

    def action_previous_step(self) -> None:
        if self.current > 0:
            self.current -= 1

    def action_first_step(self) -> None:
        if self.step_count():
            self.current = 0

    def action_last_step(self) -> None:
        if self.step_count():
            self.current = self.step_count() - 1

    def action_verdict_step(self) -> None:
        index = self.verdict_step()
        if index is not None:
            self.current = index

    def verdict_step(self) -> int | None:
        verdict = self.episode.verdict if self.episode is not None else None
        if verdict is None or verdict.step_index is None or verdict.step_index >= self.step_count():
            return None
        return verdict.step_index

    # ---- playing

    def action_toggle_play(self) -> None:
        if not self.playing and self.current == self.step_count() - 1:
            self.current = 0
        self.playing = not self.playing

    def action_faster(self) -> None:
        self.speed = max((speed for speed in SPEEDS if speed < self.speed), default=SPEEDS[0])

    def action_slower(self) -> None:
        self.speed = min((speed for speed in SPEEDS if speed > self.speed), default=SPEEDS[-1])

    def watch_playing(self) -> None:
        self.restart_timer()

    def watch_speed(self) -> None:
        self.restart_timer()

    def restart_timer(self) -> None:
        if self.timer is not None:
            self.timer.stop()
            self.timer = None
        if self.playing:
            self.timer = self.set_interval(self.speed, self.advance)
        self.show_summary(self.summary())

    def advance(self) -> None:
        if self.current + 1 < self.step_count():
            self.current += 1
        if self.current + 1 >= self.step_count():
            self.playing = False

    # ---- leaving for another episode, copying

    def action_next_unsafe(self) -> None:
        self.find_next_unsafe()

    @work(thread=True, exclusive=True)
    def find_next_unsafe(self) -> None:
        self.app.call_from_thread(self.open_episode, next_unsafe(self.store, self.episode_query, self.episode_id))

    def open_episode(self, episode_id: int | None) -> None:
        if episode_id is None:
            self.notify("No unsafe episode after this one in the table.", severity="warning")
            return
        self.app.switch_screen(EpisodeScreen(self.store, self.run, self.episode_query, episode_id))

    def action_copy_step(self) -> None:
        if self.episode is None or not self.episode.steps:
            return
        step = self.episode.steps[self.current]
        payload = step.model_dump_json(indent=2)
        self.app.copy_to_clipboard(payload)
        self.notify(f"Step {step.index + 1} copied to the clipboard as JSON.")
        self.app.push_screen(StepJsonScreen(f"Step {step.index + 1} of {self.episode.case_id}", payload))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "verdict_step":
            return self.verdict_step() is not None or None
        if action in {"next_step", "previous_step", "toggle_play", "copy_step", "first_step", "last_step"}:
            return self.step_count() > 0 or None
        return True
