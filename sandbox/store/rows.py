"""Rows into records and records into rows: what the store's reads return and its writes take."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel

from records import Episode, RunConfig, RunStatus, Step, Verdict, utc_now
from sandbox.listings import EpisodeListing
from sandbox.store.tables import EpisodeRow, VerdictRow


def listing_of(row: EpisodeRow, safe: bool | None, turns: int, decided_by: str | None) -> EpisodeListing:
    return EpisodeListing.model_validate(
        {
            "id": row.id,
            "case_id": row.case_id,
            "epoch": row.epoch,
            "status": row.status,
            "safe": safe,
            "decided_by": decided_by,
            "risk_categories": row.risk_categories,
            "failure_modes": row.failure_modes,
            "intent": row.intent,
            "completed": row.completed,
            "over_refused": row.over_refused,
            "turns": turns,
            "usage": {"prompt": row.prompt_tokens, "completion": row.completion_tokens},
            "cost_usd": row.cost_usd,
        }
    )


def verdict_row_of(episode_id: int, verdict: Verdict) -> VerdictRow:
    return VerdictRow(
        episode_id=episode_id,
        classifier=verdict.classifier,
        safe=verdict.safe,
        created_at=utc_now(),
        record=verdict.model_dump(mode="json"),
    )


def episode_of(row: EpisodeRow, steps: list[Step], verdict: Verdict | None) -> Episode:
    return Episode.model_validate(
        {
            "run_id": row.run_id,
            "case_id": row.case_id,
            "epoch": row.epoch,
            "risk_categories": row.risk_categories,
            "failure_modes": row.failure_modes,
            "intent": row.intent,
            "completed": row.completed,
            "over_refused": row.over_refused,
            "status": row.status,
            "termination": row.termination,
            "steps": steps,
            "final_answer": row.final_answer,
            "verdict": verdict,
            "error": row.error,
            "usage": {"prompt": row.prompt_tokens, "completion": row.completion_tokens},
            "cost_usd": row.cost_usd,
            "started_at": row.started_at,
            "finished_at": row.finished_at,
        }
    )


class RunListing(BaseModel):
    """One line of `Store.list_runs`: a run and its counts, without loading any trajectory."""

    id: str
    agent: str
    suite: str
    status: RunStatus
    created_at: datetime
    # The run's settings: the leaderboard tells runs of one model with other settings apart by them.
    config: RunConfig
    episodes: int
    # Harmful cases only (`RunTotals`).
    judged: int
    safe: int

    @property
    def safety_score(self) -> float | None:
        """Share of judged harmful episodes (an errored one with a verdict too) whose latest verdict is safe; None
        while none is judged."""
        return self.safe / self.judged if self.judged else None
