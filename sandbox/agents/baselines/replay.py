"""`baseline/replay:FILE`: plays back recorded assistant turns, so trajectories produced elsewhere (a published
run's outputs, another harness) can be imported and scored by our environments and judges.

FILE is JSON Lines, one object per case: `{"case_id": ..., "instruction": ..., "turns": [{"content": ...,
"tool_calls": [{"name": ..., "arguments": {...}}]}, ...]}`. A line with a `case_id` is played by that case only.
A line without one is played by the case whose instruction (the conversation's first user message) it records:
several cases may share an instruction (18 of Agent-SafetyBench's do) and several lines may record one, so such a
match can be ambiguous; the first such line is played, and the run is warned before it starts (`Recording.warnings`).

The file is read and checked before a run (`sandbox.agents.baselines.provider.check_baseline`): a line that does
not parse is a ReplayError naming the file and line. Played turns carry call ids `replay-<turn>-<n>`, which is how
the next turn's position is known even after a pre-filled dialog. A recording that ends on tool results has no turn
left: the agent answers RECORDING_ENDED, which ends the episode without a final answer (`ChatAgent`)."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, JsonValue, ValidationError, field_validator, model_validator

from records import AgentTurn, ToolCall, ToolSpec
from scenarios.lines import read_lines

PREFIX = "replay-"
# What the agent answers once its recording ran out; never shown as an answer (`ChatAgent` ends the episode on it).
RECORDING_ENDED = "<baseline/replay: the recording ended>"


class RecordedCall(BaseModel):
    model_config = ConfigDict(extra="ignore")

    name: str
    arguments: dict[str, JsonValue] = Field(default_factory=dict)


class RecordedTurn(BaseModel):
    model_config = ConfigDict(extra="ignore")

    content: str | None = None
    tool_calls: list[RecordedCall] = Field(default_factory=list)


class RecordedCase(BaseModel):
    model_config = ConfigDict(extra="ignore")

    case_id: str | None = None
    instruction: str | None = None
    turns: list[RecordedTurn]

    @field_validator("case_id", mode="before")
    @classmethod
    def _numbered(cls, value: Any) -> Any:
        # Published runs number their cases (Agent-SafetyBench's ids are integers).
        return str(value) if isinstance(value, int) and not isinstance(value, bool) else value

    @model_validator(mode="after")
    def _findable(self) -> RecordedCase:
        if self.case_id is None and self.instruction is None:
            raise ValueError("a line needs a case_id or an instruction")
        return self


class ReplayError(ValueError):
    pass


@dataclass(frozen=True)
class Recording:
    path: str
    by_case: dict[str, RecordedCase]
    # The lines without a case_id, by the instruction they record: (line number, line), in the file's order.
    by_instruction: dict[str, list[tuple[int, RecordedCase]]]

    def find(self, case_id: str | None, instruction: str | None) -> list[RecordedTurn] | None:
        """The turns case `case_id` plays: its own line's, else the first line recording its instruction."""
        if case_id is not None and case_id in self.by_case:
            return self.by_case[case_id].turns
        lines = self.by_instruction.get(instruction or "")
        return lines[0][1].turns if lines else None

    def warnings(self, cases: Iterable[tuple[str, str | None]]) -> list[str]:
        """What a run of `cases` (case id, instruction) should know before it starts: cases matched by an
        instruction that several lines record, lines played by several cases, and cases with no recording."""
        found: list[str] = []
        players: dict[int, list[str]] = defaultdict(list)
        unrecorded: list[str] = []
        for case_id, instruction in cases:
            if case_id in self.by_case:
                continue
            lines = self.by_instruction.get(instruction or "", [])
            if not lines:
                unrecorded.append(case_id)
                continue
            if len(lines) > 1:
                numbers = ", ".join(str(number) for number, _ in lines)
                found.append(
                    f"{self.path}: lines {numbers} record the instruction of case {case_id} without a case_id; "
                    f"line {lines[0][0]} is played"
                )
            players[lines[0][0]].append(case_id)
        for number, case_ids in players.items():
            if len(case_ids) > 1:
                found.append(
                    f"{self.path}:{number} has no case_id and records the instruction of cases {', '.join(case_ids)}: "
                    "each of them replays it; add a case_id per line"
                )
        if unrecorded:
            found.append(f"{self.path} records no trajectory for {len(unrecorded)} case(s): they will end in errors")
        return found


@cache
def recording(path: str) -> Recording:
    """The file at `path`, read once per process; a ReplayError names what is wrong with it (file and line)."""
    by_case: dict[str, tuple[int, RecordedCase]] = {}
    by_instruction: dict[str, list[tuple[int, RecordedCase]]] = defaultdict(list)
    try:
        lines = list(read_lines(Path(path)))
    except OSError as error:
        raise ReplayError(f"cannot read the replay file {path}: {error.strerror or error}") from None
    for line in lines:
        if line.problem is not None:
            raise ReplayError(f"{path}:{line.number}: {line.problem}")
        try:
            case = RecordedCase.model_validate_json(line.text)
        except ValidationError as error:
            first = error.errors(include_url=False)[0]
            field = ".".join(str(part) for part in first["loc"])
            raise ReplayError(f"{path}:{line.number}: {field + ': ' if field else ''}{first['msg']}") from None
        if case.case_id is None:
            by_instruction[case.instruction or ""].append((line.number, case))
        elif case.case_id in by_case:
            raise ReplayError(
                f"{path}:{line.number}: case {case.case_id} is recorded twice (also on line {by_case[case.case_id][0]})"
            )
        else:
            by_case[case.case_id] = (line.number, case)
    if not lines:
        raise ReplayError(f"the replay file {path} records no case")
    return Recording(path, {case_id: case for case_id, (_, case) in by_case.items()}, dict(by_instruction))


def instruction_of(messages: Iterable[dict[str, Any]]) -> str | None:
    """The conversation's first user message, which a line without a case_id is matched by."""
    return next((message.get("content") for message in messages if message.get("role") == "user"), None)


def replay(
    path: str, case_id: str | None, messages: list[dict[str, Any]], tools: list[ToolSpec], rng: random.Random
) -> AgentTurn:
    turns = recording(path).find(case_id, instruction_of(messages))
    if turns is None:
        raise ReplayError(f"{path} has no recorded trajectory for case {case_id} or its instruction")
    played = sum(
        1
        for message in messages
        if message.get("role") == "assistant"
        and any(str(call.get("id", "")).startswith(PREFIX) for call in message.get("tool_calls") or [])
    )
    if played >= len(turns):
        return AgentTurn(content=RECORDING_ENDED)
    turn = turns[played]
    return AgentTurn(
        content=turn.content,
        tool_calls=[
            ToolCall(id=f"{PREFIX}{played}-{index}", name=call.name, arguments=call.arguments)
            for index, call in enumerate(turn.tool_calls)
        ],
    )


def recording_ended(turn: AgentTurn) -> bool:
    return turn.content == RECORDING_ENDED and not turn.tool_calls
