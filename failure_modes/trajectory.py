"""One shape for every trajectory a judge reads: our stored episodes and the labelled `contents` records.

A judge sees only a `Trajectory` (profile, goal, turns). Labels and annotations of a labelled record are kept
apart in `LabelledTrajectory`, so no judge can read them by accident."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from failure_modes.taxonomy import ASSEBENCH_FAILURE_MODES, ASSEBENCH_RISK_TYPES
from records import Episode, FailureMode, RiskCategory, Scenario, Step, ToolCall, ToolResult

T = TypeVar("T")


class Role(StrEnum):
    USER = "user"
    AGENT = "agent"
    ENVIRONMENT = "environment"


class Turn(BaseModel):
    """A user message, an agent turn (its thought and the action it took, as text) or what the environment said."""

    model_config = ConfigDict(frozen=True)

    role: Role
    content: str = ""
    thought: str = ""
    action: str = ""


class Trajectory(BaseModel):
    id: str
    profile: str = ""
    goal: str = ""
    turns: list[Turn]
    # Agent turns that the judged agent did not write (a scenario's pre-filled dialog): they come first, are never
    # blamed, and a verdict's `step_index` counts the agent turns after them.
    prefilled_agent_turns: int = 0

    def agent_turns(self) -> list[Turn]:
        return [turn for turn in self.turns if turn.role == Role.AGENT]


class LabelledTrajectory(BaseModel):
    trajectory: Trajectory
    unsafe: bool
    source: str
    # Trajectories of one task (the same request answered by several agents) share a group, so that
    # cross-validation never trains on one answer to a task and tests on another.
    group: str
    # What the record's annotations say in our taxonomy, for training the attribution; None where they say nothing
    # we can map (no annotation, or one naming a route such as prompt injection rather than a harm).
    risk_categories: list[RiskCategory] | None = None
    failure_modes: list[FailureMode] | None = None
    # The application domain a record names (ASSEBench's application_scenario), for holding whole domains out.
    domain: str | None = None
    # The record's task also appears in another public judge benchmark (ToolEmu's `rjudge_overlap`, R-Judge): it is
    # measured but never learnt from, so that a score on that benchmark stays a measure of a source never seen.
    in_other_benchmark: bool = False


class TrajectoryFormatError(ValueError):
    pass


# ---- the labelled `contents` format ------------------------------------------------------------------------------


class _ContentsTurn(BaseModel):
    model_config = ConfigDict(extra="ignore")

    role: str
    content: Any = None
    thought: Any = None
    action: Any = None

    @field_validator("role")
    @classmethod
    def _known_role(cls, role: str) -> str:
        normal = _ROLE_ALIASES.get(role.lower())
        if normal is None:
            raise ValueError(f"unknown role {role!r}; expected one of {', '.join(sorted(_ROLE_ALIASES))}")
        return normal


_ROLE_ALIASES = {
    "user": Role.USER,
    "human": Role.USER,
    "agent": Role.AGENT,
    "assistant": Role.AGENT,
    "environment": Role.ENVIRONMENT,
    "tool": Role.ENVIRONMENT,
    "observation": Role.ENVIRONMENT,
}


class _ContentsRecord(BaseModel):
    """Only the fields a judge may read; every annotation (label, risk description, ...) is ignored here."""

    model_config = ConfigDict(extra="ignore")

    id: str | int | None = None
    profile: Any = None
    goal: Any = None
    instruction: Any = None
    contents: list[Any]


class _Labels(BaseModel):
    model_config = ConfigDict(extra="ignore")

    # None where the record's judges disagree (ToolEmu): such a record teaches nothing and is skipped.
    label: int | None = Field(ge=0, le=1)
    source: str | None = None
    # What groups one task's trajectories: `task` (OpenAgentSafety) or `case` (ToolEmu).
    task: str | None = None
    case: str | None = None
    risk_type: str | None = None
    failure_mode: str | None = None
    application_scenario: str | None = None
    rjudge_overlap: bool = False


def trajectory_from_record(record: dict[str, Any], fallback_id: str) -> Trajectory:
    """A `contents` record (a list of rounds, each a list of turns, or one flat list of turns) as a Trajectory."""
    parsed = _ContentsRecord.model_validate(record)
    rounds = parsed.contents if parsed.contents and isinstance(parsed.contents[0], list) else [parsed.contents]
    turns = [_turn(_ContentsTurn.model_validate(raw)) for round_ in rounds for raw in round_]
    return Trajectory(
        id=str(parsed.id) if parsed.id is not None else fallback_id,
        profile=_text(parsed.profile),
        goal=_text(parsed.goal if parsed.goal is not None else parsed.instruction),
        turns=turns,
    )


def _turn(raw: _ContentsTurn) -> Turn:
    return Turn(role=Role(raw.role), content=_text(raw.content), thought=_text(raw.thought), action=_text(raw.action))


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def read_records(path: Path) -> list[dict[str, Any]]:
    """A JSON array of records or JSON Lines, told apart by the first non-blank character."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise TrajectoryFormatError(f"{path}: cannot read: {error}") from error
    try:
        if text.lstrip().startswith("["):
            parsed: Any = json.loads(text)
            records: list[Any] = parsed if isinstance(parsed, list) else [parsed]
        else:
            records = [json.loads(line) for line in text.splitlines() if line.strip()]
    except json.JSONDecodeError as error:
        raise TrajectoryFormatError(f"{path}: not JSON or JSON Lines: {error}") from error
    objects = [record for record in records if isinstance(record, dict)]
    if len(objects) != len(records):
        raise TrajectoryFormatError(f"{path}: every record must be a JSON object")
    if not objects:
        raise TrajectoryFormatError(f"{path}: no records")
    return objects


def load_trajectories(path: Path) -> list[Trajectory]:
    return [_parse(path, index, record, trajectory_from_record) for index, record in enumerate(read_records(path))]


def load_labelled(path: Path) -> list[LabelledTrajectory]:
    """Labelled records (`label` 1 = unsafe; a record whose `label` is null is left out). The source is the
    record's `source`, else the file's name."""
    parsed = [_parse(path, index, record, _labelled) for index, record in enumerate(read_records(path))]
    return [example for example in parsed if example is not None]


def _labelled(record: dict[str, Any], fallback_id: str) -> LabelledTrajectory | None:
    labels = _Labels.model_validate(record)
    if labels.label is None:
        return None
    trajectory = trajectory_from_record(record, fallback_id)
    source = labels.source or fallback_id.split(":", 1)[0]
    return LabelledTrajectory(
        trajectory=trajectory,
        unsafe=labels.label == 1,
        source=source,
        group=f"{source}/{_group_key(labels, trajectory)}",
        risk_categories=ASSEBENCH_RISK_TYPES.get(labels.risk_type or "") or None,
        failure_modes=ASSEBENCH_FAILURE_MODES.get(labels.failure_mode or "") or None,
        domain=labels.application_scenario,
        in_other_benchmark=labels.rjudge_overlap,
    )


def _group_key(labels: _Labels, trajectory: Trajectory) -> str:
    key = labels.task or labels.case
    if key:
        return key
    first_user = next((turn.content for turn in trajectory.turns if turn.role == Role.USER), trajectory.id)
    return re.sub(r"\W+", " ", first_user.lower()).strip()[:80]


def _parse(path: Path, index: int, record: dict[str, Any], parse: Callable[[dict[str, Any], str], T]) -> T:
    try:
        return parse(record, f"{path.stem}:{index}")
    except ValidationError as error:
        raise TrajectoryFormatError(f"{path}: record {index + 1}: {error}") from error


# ---- our stored episodes -----------------------------------------------------------------------------------------


def trajectory_from_episode(episode: Episode, scenario: Scenario | None) -> Trajectory:
    """Each stored step is one agent turn followed by what its tool calls returned, so step i is agent turn i
    after the scenario's pre-filled dialog."""
    turns: list[Turn] = []
    if scenario is not None:
        turns.extend(_dialog_turns(scenario) or [Turn(role=Role.USER, content=scenario.instruction)])
    prefilled = sum(1 for turn in turns if turn.role == Role.AGENT)
    for step in episode.steps:
        turns.extend(_step_turns(step))
    return Trajectory(
        id=f"{episode.run_id}/{episode.case_id}",
        goal=scenario.instruction if scenario is not None else "",
        turns=turns,
        prefilled_agent_turns=prefilled,
    )


def _dialog_turns(scenario: Scenario) -> list[Turn]:
    turns = []
    for message in scenario.dialog:
        if message.role == "assistant":
            calls = [
                f"{call.function.get('name', '')}{call.function.get('arguments', '')}"
                for call in message.tool_calls or []
            ]
            turns.append(Turn(role=Role.AGENT, thought=message.content or "", action="\n".join(calls)))
        else:
            turns.append(Turn(role=Role(_ROLE_ALIASES[message.role]), content=message.content or ""))
    return turns


def _step_turns(step: Step) -> list[Turn]:
    actions = [f"{call.name}{_arguments_text(call)}" for call in step.turn.tool_calls]
    text = step.turn.content or ""
    # A reply without tool calls is the agent's answer: it is what the agent did, so it stands as the action.
    turn = (
        Turn(role=Role.AGENT, thought=text, action="\n".join(actions))
        if actions
        else Turn(role=Role.AGENT, action=text)
    )
    turns = [turn]
    if step.results:
        turns.append(Turn(role=Role.ENVIRONMENT, content="\n".join(_result_text(result) for result in step.results)))
    if step.notice:
        turns.append(Turn(role=Role.USER, content=step.notice))
    return turns


def _arguments_text(call: ToolCall) -> str:
    if call.malformed_arguments is not None:
        return call.malformed_arguments
    return json.dumps(call.arguments, ensure_ascii=False)


def _result_text(result: ToolResult) -> str:
    if result.error is not None:
        return f"Error: {result.error}"
    return _text(result.output)
