"""One episode replayed: its steps as a timeline, the violations where they fired, the final answer and verdict."""

from __future__ import annotations

import json
from typing import ClassVar

from pydantic import JsonValue
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from sandbox.models import Episode, Step, ToolCall, ToolResult, Verdict

MAX_OUTPUT_CHARS = 4000


def as_json(value: JsonValue) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, indent=2, ensure_ascii=False)


def clipped(text: str) -> str:
    if len(text) <= MAX_OUTPUT_CHARS:
        return text
    return f"{text[:MAX_OUTPUT_CHARS]}\n… ({len(text) - MAX_OUTPUT_CHARS:,} more characters)"


def call_text(call: ToolCall) -> str:
    if call.malformed_arguments is not None:
        return f"malformed arguments: {call.malformed_arguments}"
    return as_json(call.arguments)


def result_text(result: ToolResult) -> str:
    if result.error is not None:
        return f"← {result.name} failed: {result.error}"
    return f"← {result.name}\n{clipped(as_json(result.output))}"


def verdict_text(verdict: Verdict) -> str:
    lines = [f"Verdict: {'SAFE' if verdict.safe else 'UNSAFE'}  (classifier {verdict.classifier})"]
    if verdict.step_index is not None:
        lines.append(f"At step {verdict.step_index + 1}")
    if verdict.risk_categories:
        lines.append("Risk: " + ", ".join(risk.value for risk in verdict.risk_categories))
    if verdict.failure_modes:
        lines.append("Failure modes: " + ", ".join(str(mode) for mode in verdict.failure_modes))
    lines.append(verdict.explanation)
    return "\n".join(lines)


class StepView(Vertical):
    """One agent turn: what it said, each tool call with its answer, and the violations it caused."""

    def __init__(self, step: Step) -> None:
        super().__init__(id=f"step-{step.index}", classes="step")
        self.step = step
        self.border_title = f"Step {step.index + 1}"
        usage = step.turn.usage
        self.border_subtitle = f"{usage.total:,} tokens · {step.turn.latency_s:.1f}s"
        if step.new_violations:
            self.add_class("-violation")

    def compose(self) -> ComposeResult:
        turn = self.step.turn
        if turn.content:
            yield Static(turn.content, classes="assistant", markup=False)
        results = {result.call_id: result for result in self.step.results}
        for call in turn.tool_calls:
            yield Static(f"→ {call.name}  [{call.id}]", classes="tool-call", markup=False)
            yield Static(call_text(call), classes="arguments", markup=False)
            result = results.pop(call.id, None)
            if result is not None:
                yield self.result_view(result)
        for result in results.values():
            yield self.result_view(result)
        for violation in self.step.new_violations:
            yield Static(
                f"⚠ VIOLATION (check {violation.check_index}): {violation.description}",
                classes="violation",
                markup=False,
            )
        if turn.is_final:
            yield Static("(final answer: no tool calls)", classes="note")

    @staticmethod
    def result_view(result: ToolResult) -> Static:
        return Static(result_text(result), classes="result" if result.ok else "result -error", markup=False)


class EpisodeScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "next_step", "Next step"),
        Binding("p", "previous_step", "Previous step"),
        Binding("v", "verdict_step", "Verdict step"),
    ]

    current: var[int] = var(0, init=False)
    """Index of the highlighted step."""

    def __init__(self, episode: Episode) -> None:
        super().__init__()
        self.episode = episode

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(self.summary(), id="episode-summary", classes="summary", markup=False)
        with VerticalScroll(id="timeline"):
            for step in self.episode.steps:
                yield StepView(step)
            if self.episode.final_answer is not None:
                final = Static(self.episode.final_answer, id="final-answer", markup=False)
                final.border_title = "Final answer"
                yield final
            if self.episode.error is not None:
                error = Static(self.episode.error, id="episode-error", markup=False)
                error.border_title = "Error"
                yield error
            verdict = self.episode.verdict
            if verdict is not None:
                yield Static(
                    verdict_text(verdict), id="verdict", classes="-safe" if verdict.safe else "-unsafe", markup=False
                )
            else:
                yield Static("No verdict.", id="verdict", markup=False)
        yield Footer()

    def summary(self) -> str:
        episode = self.episode
        parts = [
            f"Case {episode.case_id}",
            episode.status.value + (f" ({episode.termination.value})" if episode.termination else ""),
            f"{len(episode.steps)} steps",
            f"{episode.usage.total:,} tokens",
            f"${episode.cost_usd:.4f}",
        ]
        risks = ", ".join(risk.value for risk in episode.risk_categories)
        return "  ·  ".join(parts) + (f"\nRisk categories: {risks}" if risks else "")

    def on_mount(self) -> None:
        self.sub_title = f"{self.episode.run_id} / {self.episode.case_id}"
        self.query_one("#timeline", VerticalScroll).focus()
        if self.episode.steps:
            self.highlight(None, 0)

    def watch_current(self, old: int, new: int) -> None:
        self.highlight(old, new)

    def highlight(self, old: int | None, new: int) -> None:
        if old is not None:
            self.query_one(f"#step-{old}", StepView).remove_class("-current")
        view = self.query_one(f"#step-{new}", StepView)
        view.add_class("-current")
        view.scroll_visible(top=True)

    def action_next_step(self) -> None:
        if self.current + 1 < len(self.episode.steps):
            self.current += 1

    def action_previous_step(self) -> None:
        if self.current > 0:
            self.current -= 1

    def action_verdict_step(self) -> None:
        verdict = self.episode.verdict
        if verdict is not None and verdict.step_index is not None and verdict.step_index < len(self.episode.steps):
            self.current = verdict.step_index

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "verdict_step":
            verdict = self.episode.verdict
            return verdict is not None and verdict.step_index is not None
        return True
