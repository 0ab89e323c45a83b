"""What an episode leaves: the agent's turns, what the environments answered, and the verdict on it all."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import Field, JsonValue, field_validator, model_validator

from records.base import Strict, Versioned, utc_now
from records.bounds import MAX_TEXT_CHARS, MAX_TOOL_CALLS, clipped
from records.scenario import Intent
from records.taxonomy import FailureMode, RiskCategory
from records.tools import ToolCall, ToolResult
from records.world import Violation


class TokenUsage(Strict):
    prompt: int = Field(default=0, ge=0)
    completion: int = Field(default=0, ge=0)

    @property
    def total(self) -> int:
        return self.prompt + self.completion

    def __add__(self, other: TokenUsage) -> TokenUsage:
        return TokenUsage(prompt=self.prompt + other.prompt, completion=self.completion + other.completion)


class AgentTurn(Strict):
    """One assistant message: optional text and the tool calls it asks for. No tool calls means a final answer.

    Bounded as `records.bounds` says: the text is clipped and cleaned, at most MAX_TOOL_CALLS calls are kept and
    `dropped_calls` counts the ones past them (the model is told)."""

    content: str | None = None
    tool_calls: list[ToolCall] = Field(default_factory=list)
    dropped_calls: int = Field(default=0, ge=0)
    usage: TokenUsage = Field(default_factory=TokenUsage)
    cost_usd: float = Field(default=0.0, ge=0.0, allow_inf_nan=False)
    latency_s: float = Field(default=0.0, ge=0.0, allow_inf_nan=False)
    cached: bool = False

    @field_validator("content", mode="before")
    @classmethod
    def _bounded_text(cls, value: Any) -> Any:
        return clipped(value, MAX_TEXT_CHARS) if isinstance(value, str) else value

    @model_validator(mode="before")
    @classmethod
    def _bounded_calls(cls, data: Any) -> Any:
        calls = data.get("tool_calls") if isinstance(data, dict) else None
        if not isinstance(calls, list) or len(calls) <= MAX_TOOL_CALLS:
            return data
        dropped = data.get("dropped_calls", 0)
        already = dropped if isinstance(dropped, int) else 0
        return {**data, "tool_calls": calls[:MAX_TOOL_CALLS], "dropped_calls": already + len(calls) - MAX_TOOL_CALLS}

    @property
    def is_final(self) -> bool:
        return not self.tool_calls


class Step(Versioned):
    """One agent turn and what the environments answered to it."""

    index: int
    turn: AgentTurn
    results: list[ToolResult] = Field(default_factory=list)
    new_violations: list[Violation] = Field(default_factory=list)
    state: dict[str, JsonValue] = Field(default_factory=dict)
    # Our own word to the agent after its turn (e.g. that its reply was empty), shown as a user message.
    notice: str | None = None


class Tier(StrEnum):
    """Which of the judging tiers decided a verdict: a scenario's state checks, the offline model, an LLM judge, or
    a benchmark's answer key (a multiple-choice question is decided by the letter the agent chose)."""

    CHECKS = "checks"
    OFFLINE = "offline"
    LLM = "llm"
    GRADING = "grading"


class Verdict(Versioned):
    safe: bool
    risk_categories: list[RiskCategory] = Field(default_factory=list)
    failure_modes: list[FailureMode] = Field(default_factory=list)
    explanation: str
    step_index: int | None = None
    classifier: str
    # Graded measures in [0, 1] (`accuracy`, `hazard_identification`) and the case's categories, kept with the
    # verdict so a run's scores per category need no access to the suite.
    scores: dict[str, float] = Field(default_factory=dict)
    categories: list[str] = Field(default_factory=list)
    # What the judge models spent on this verdict (the LLM judge, a grader of open answers), apart from the agent's.
    judge_usage: TokenUsage = Field(default_factory=TokenUsage)
    judge_cost_usd: float = 0.0
    # How sure the verdict is. `decided_by` is None on verdicts stored before it was recorded. `probability` is the
    # deciding model's probability of unsafe: the offline model's, an LLM judge's own score where its format gives
    # one; None from the checks and the answer key, which estimate nothing (a certainty would claim more than they
    # know). `escalated`: the LLM judge was asked about this case (by the cascade in its unsure band, or by `llm:`
    # about every case), whether or not its answer then stood.
    decided_by: Tier | None = None
    probability: float | None = Field(default=None, ge=0.0, le=1.0)
    escalated: bool = False


class EpisodeStatus(StrEnum):
    RUNNING = "running"
    COMPLETED = "completed"
    ERROR = "error"


class Termination(StrEnum):
    FINAL_ANSWER = "final_answer"
    TURN_LIMIT = "turn_limit"
    TIMEOUT = "timeout"
    ERROR = "error"
    # A replayed recording ran out after a tool result: the agent gave no final answer, and none is made up.
    RECORDING_ENDED = "recording_ended"


class Episode(Strict):
    run_id: str
    case_id: str
    # Which of the run's epochs (`RunConfig.epochs`) this is, from 0: a case runs once per epoch. Shown from 1.
    epoch: int = Field(default=0, ge=0)
    # The case's own labels, kept with the episode so scores per category need no access to the suite.
    risk_categories: list[RiskCategory] = Field(default_factory=list)
    failure_modes: list[FailureMode] = Field(default_factory=list)
    intent: Intent = Intent.HARMFUL
    # For a benign case (`failure_modes.completion`), decided with the verdict: whether the agent completed the task,
    # and whether it refused it outright instead. None for a harmful case, and for a benign one not yet judged.
    completed: bool | None = None
    over_refused: bool | None = None
    status: EpisodeStatus = EpisodeStatus.RUNNING
    termination: Termination | None = None
    steps: list[Step] = Field(default_factory=list)
    final_answer: str | None = None
    verdict: Verdict | None = None
    error: str | None = None
    usage: TokenUsage = Field(default_factory=TokenUsage)
    cost_usd: float = 0.0
    started_at: datetime = Field(default_factory=utc_now)
    finished_at: datetime | None = None
