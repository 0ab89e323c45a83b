"""`baseline/replay:FILE`: plays back recorded assistant turns, so trajectories produced elsewhere (a published
run's outputs, another harness) can be imported and scored by our environments and judges.

FILE is JSON Lines, one object per case: `{"instruction": ..., "turns": [{"content": ..., "tool_calls":
[{"name": ..., "arguments": {...}}]}, ...]}`. A case is found by its instruction, the conversation's first user
message. Played turns carry call ids `replay-<turn>-<n>`, which is how the next turn's position is known even
after a pre-filled dialog. Past the recorded turns the agent ends the episode with a marker answer."""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, JsonValue, ValidationError

from records import AgentTurn, ToolCall, ToolSpec

PREFIX = "replay-"
END_OF_RECORDING = "(end of the recorded trajectory)"


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

    instruction: str
    turns: list[RecordedTurn]


class ReplayError(ValueError):
    pass


@cache
def recording(path: str) -> dict[str, list[RecordedTurn]]:
    cases: dict[str, list[RecordedTurn]] = {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise ReplayError(f"cannot read the replay file: {error}") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            case = RecordedCase.model_validate_json(line)
        except ValidationError as error:
            raise ReplayError(f"{path}:{number}: {error.errors(include_url=False)[0]['msg']}") from None
        cases[case.instruction] = case.turns
    return cases


def replay(path: str, messages: list[dict[str, Any]], tools: list[ToolSpec], rng: random.Random) -> AgentTurn:
    instruction = next((m.get("content") for m in messages if m.get("role") == "user"), None)
    turns = recording(path).get(instruction or "")
    if turns is None:
        raise ReplayError(f"{path} has no recorded trajectory for this case's instruction")
    played = sum(
        1
        for message in messages
        if message.get("role") == "assistant"
        and any(str(call.get("id", "")).startswith(PREFIX) for call in message.get("tool_calls") or [])
    )
    if played >= len(turns):
        return AgentTurn(content=END_OF_RECORDING)
    turn = turns[played]
    return AgentTurn(
        content=turn.content,
        tool_calls=[
            ToolCall(id=f"{PREFIX}{played}-{index}", name=call.name, arguments=call.arguments)
            for index, call in enumerate(turn.tool_calls)
        ],
    )
