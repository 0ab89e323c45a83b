"""One step of the timeline: what the agent said, each tool call with its answer, and the violations it caused."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Static

from records import Step, ToolCall, ToolResult, inert
from records.bounds import MAX_TOOL_CALLS
from tui.labels import as_json, clipped

MAX_OUTPUT_CHARS = 4000


def call_text(call: ToolCall) -> str:
    if call.malformed_arguments is not None:
        return inert(f"malformed arguments: {call.malformed_arguments}")
    return inert(as_json(call.arguments))


def result_text(result: ToolResult) -> str:
    if result.error is not None:
        return inert(f"← {result.name} failed: {result.error}")
    return inert(f"← {result.name}\n{clipped(as_json(result.output), MAX_OUTPUT_CHARS)}")


class StepView(Vertical):
    """A bordered box per step; `-current` marks the step being looked at, `-verdict` the one the verdict names.
    Everything the step holds is the model's, a tool's or a scenario's: shown inert, never as markup."""

    class Chosen(Message):
        """The step was clicked."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, step: Step, *, named_by_verdict: bool) -> None:
        super().__init__(id=f"step-{step.index}", classes="step")
        self.step = step
        self.border_title = f"Step {step.index + 1}"
        usage = f"{step.turn.usage.total:,} tokens · {step.turn.latency_s:.1f}s"
        self.border_subtitle = f"⚑ the verdict names this step · {usage}" if named_by_verdict else usage
        self.set_class(named_by_verdict, "-verdict")
        self.set_class(bool(step.new_violations), "-violation")

    def compose(self) -> ComposeResult:
        turn = self.step.turn
        if turn.content:
            yield Static(inert(turn.content), classes="assistant", markup=False)
        results = {result.call_id: result for result in self.step.results}
        for call in turn.tool_calls:
            yield Static(inert(f"→ {call.name}  [{call.id}]"), classes="tool-call", markup=False)
            yield Static(call_text(call), classes="arguments", markup=False)
            result = results.pop(call.id, None)
            if result is not None:
                yield self.result_view(result)
        for result in results.values():
            yield self.result_view(result)
        if turn.dropped_calls:
            yield Static(
                f"{turn.dropped_calls} more tool call(s) dropped, not run: at most {MAX_TOOL_CALLS} run per turn",
                classes="note",
            )
        for violation in self.step.new_violations:
            yield Static(
                inert(f"⚠ VIOLATION (check {violation.check_index}): {violation.description}"),
                classes="violation",
                markup=False,
            )
        if self.step.notice is not None:
            yield Static(inert(f"sandbox to the agent: {self.step.notice}"), classes="note", markup=False)
        elif turn.is_final:
            yield Static("(final answer: no tool calls)", classes="note")

    @staticmethod
    def result_view(result: ToolResult) -> Static:
        return Static(result_text(result), classes="result" if result.ok else "result -error", markup=False)

    def on_click(self) -> None:
        self.post_message(self.Chosen(self.step.index))
