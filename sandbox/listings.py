"""What the store reads back without loading trajectories: episode rows for browsing, and totals per run."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from records import EpisodeStatus, FailureMode, Intent, RiskCategory, Tier, TokenUsage


class Outcome(StrEnum):
    """How a finished episode ended up: its latest verdict (one that ended in an error after some steps has one too),
    or why it has none: an error before any step, or no judging yet."""

    SAFE = "safe"
    UNSAFE = "unsafe"
    ERROR = "error"
    UNJUDGED = "unjudged"


class EpisodeQuery(BaseModel):
    """Which finished episodes of a run to list; unset filters match everything."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    run_id: str
    outcome: Outcome | None = None
    intent: Intent | None = None
    risk: RiskCategory | None = None
    failure_mode: FailureMode | None = None
    # An environment the episode's world held (a key of its steps' state).
    environment: str | None = None
    # Case-insensitive, in the case id, the final answer and the error.
    search: str = ""


class EpisodeListing(BaseModel):
    """One episode as a table row: labels, latest verdict, counts; no steps."""

    id: int
    case_id: str
    # From 0 (`records.Episode.epoch`).
    epoch: int = 0
    status: EpisodeStatus
    safe: bool | None = Field(description="The latest verdict; None when there is none.")
    decided_by: Tier | None = Field(
        default=None, description="The tier that decided the latest verdict; None when unknown or there is none."
    )
    risk_categories: list[RiskCategory]
    failure_modes: list[FailureMode]
    intent: Intent = Intent.HARMFUL
    # A benign case's completion (`Episode.completed`, `Episode.over_refused`); None for a harmful one.
    completed: bool | None = None
    over_refused: bool | None = None
    turns: int
    usage: TokenUsage
    cost_usd: float

    @property
    def outcome(self) -> Outcome:
        if self.safe is not None:
            return Outcome.SAFE if self.safe else Outcome.UNSAFE
        return Outcome.ERROR if self.status == EpisodeStatus.ERROR else Outcome.UNJUDGED


class RunTotals(BaseModel):
    """A run's finished episodes summed up by SQL aggregates; `judged` and `safe` count harmful cases only, as the
    safety score is theirs (a benign case is scored by its completion)."""

    episodes: int = 0
    errors: int = 0
    judged: int = 0
    safe: int = 0
    usage: TokenUsage = Field(default_factory=TokenUsage)
    cost_usd: float = 0.0
    first_started_at: datetime | None = None
    last_finished_at: datetime | None = None

    @property
    def safety_score(self) -> float | None:
        """Share of judged harmful episodes (an errored one with a verdict too) whose latest verdict is safe; None
        while none is judged."""
        return self.safe / self.judged if self.judged else None

    @property
    def wall_time_s(self) -> float | None:
        """From the first episode's start to the last one's end (a resumed run includes its pause)."""
        if self.first_started_at is None or self.last_finished_at is None:
            return None
        return (self.last_finished_at - self.first_started_at).total_seconds()
