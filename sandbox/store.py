"""Runs, episodes, steps and verdicts in SQL (SQLite by default, PostgreSQL by URL), written as they happen.

The pydantic records are the schema; the tables index them and keep each record's JSON."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from sqlalchemy import JSON, Column, DateTime, Dialect, UniqueConstraint, delete
from sqlalchemy.engine import Engine
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, Session, SQLModel, case, col, create_engine, func, select

from sandbox.models import Episode, EpisodeStatus, Run, RunStatus, Step, Verdict, utc_now
from sandbox.paths import data_home


class UtcDateTime(TypeDecorator[datetime]):
    """Stored as naive UTC, read back as aware UTC, whatever the database does with time zones."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None or value.tzinfo is None:
            return value
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class RunRow(SQLModel, table=True):
    __tablename__ = "runs"

    id: str = Field(primary_key=True)
    agent: str = Field(index=True)
    suite: str = Field(index=True)
    status: str
    created_at: datetime = Field(sa_type=UtcDateTime)
    finished_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    config: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))


class EpisodeRow(SQLModel, table=True):
    __tablename__ = "episodes"
    __table_args__ = (UniqueConstraint("run_id", "case_id"),)

    id: int | None = Field(default=None, primary_key=True)
    run_id: str = Field(foreign_key="runs.id", index=True)
    case_id: str
    risk_categories: list[str] = Field(sa_column=Column(JSON, nullable=False))
    failure_modes: list[int] = Field(sa_column=Column(JSON, nullable=False))
    status: str = Field(index=True)
    termination: str | None = None
    final_answer: str | None = None
    error: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    started_at: datetime = Field(sa_type=UtcDateTime)
    finished_at: datetime | None = Field(default=None, sa_type=UtcDateTime)


class StepRow(SQLModel, table=True):
    __tablename__ = "steps"
    __table_args__ = (UniqueConstraint("episode_id", "index"),)

    id: int | None = Field(default=None, primary_key=True)
    episode_id: int = Field(foreign_key="episodes.id", index=True)
    index: int
    record: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))


class VerdictRow(SQLModel, table=True):
    __tablename__ = "verdicts"

    id: int | None = Field(default=None, primary_key=True)
    episode_id: int = Field(foreign_key="episodes.id", index=True)
    classifier: str
    safe: bool = Field(index=True)
    created_at: datetime = Field(sa_type=UtcDateTime)
    record: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))


class RunNotFoundError(LookupError):
    pass


def default_database_url() -> str:
    return f"sqlite:///{data_home() / 'runs.db'}"


class Store:
    def __init__(self, url: str) -> None:
        if url.startswith("sqlite:///"):
            Path(url.removeprefix("sqlite:///")).expanduser().parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = create_engine(url)
        SQLModel.metadata.create_all(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    # ---- runs

    def create_run(self, run: Run) -> None:
        with Session(self.engine) as session:
            session.add(
                RunRow(
                    id=run.id,
                    agent=run.config.agent.model,
                    suite=run.config.suite,
                    status=run.status,
                    created_at=run.created_at,
                    config=run.config.model_dump(mode="json"),
                )
            )
            session.commit()

    def get_run(self, run_id: str) -> Run:
        with Session(self.engine) as session:
            row = session.get(RunRow, run_id)
            if row is None:
                raise RunNotFoundError(f"no run with id {run_id!r} in this database")
            return Run.model_validate(
                {
                    "id": row.id,
                    "config": row.config,
                    "status": row.status,
                    "created_at": row.created_at,
                    "finished_at": row.finished_at,
                }
            )

    def set_run_status(self, run_id: str, status: RunStatus) -> None:
        with Session(self.engine) as session:
            row = session.get(RunRow, run_id)
            if row is None:
                raise RunNotFoundError(f"no run with id {run_id!r} in this database")
            row.status = status
            row.finished_at = utc_now() if status == RunStatus.FINISHED else None
            session.add(row)
            session.commit()

    # ---- episodes, as they happen

    def start_episode(self, episode: Episode) -> int:
        """Record an episode as running; an unfinished earlier attempt of the same case is discarded first."""
        with Session(self.engine) as session:
            self._discard_attempt(session, episode.run_id, episode.case_id)
            row = EpisodeRow(
                run_id=episode.run_id,
                case_id=episode.case_id,
                risk_categories=list(episode.risk_categories),
                failure_modes=list(episode.failure_modes),
                status=episode.status,
                started_at=episode.started_at,
            )
            session.add(row)
            session.commit()
            assert row.id is not None
            return row.id

    def add_step(self, episode_id: int, step: Step) -> None:
        with Session(self.engine) as session:
            session.add(StepRow(episode_id=episode_id, index=step.index, record=step.model_dump(mode="json")))
            session.commit()

    def finish_episode(self, episode_id: int, episode: Episode) -> None:
        with Session(self.engine) as session:
            row = session.get(EpisodeRow, episode_id)
            assert row is not None
            row.status = episode.status
            row.termination = episode.termination
            row.final_answer = episode.final_answer
            row.error = episode.error
            row.prompt_tokens = episode.usage.prompt
            row.completion_tokens = episode.usage.completion
            row.cost_usd = episode.cost_usd
            row.finished_at = episode.finished_at
            session.add(row)
            if episode.verdict is not None:
                session.add(_verdict_row(episode_id, episode.verdict))
            session.commit()

    def finished_case_ids(self, run_id: str) -> set[str]:
        with Session(self.engine) as session:
            statement = select(EpisodeRow.case_id).where(
                EpisodeRow.run_id == run_id, col(EpisodeRow.status) != EpisodeStatus.RUNNING
            )
            return set(session.exec(statement).all())

    def episodes(self, run_id: str) -> list[Episode]:
        """Every finished episode of a run with its steps and latest verdict."""
        with Session(self.engine) as session:
            rows = session.exec(
                select(EpisodeRow)
                .where(EpisodeRow.run_id == run_id, col(EpisodeRow.status) != EpisodeStatus.RUNNING)
                .order_by(col(EpisodeRow.id))
            ).all()
            ids = [row.id for row in rows]
            steps: dict[int, list[Step]] = {}
            for step_row in session.exec(
                select(StepRow).where(col(StepRow.episode_id).in_(ids)).order_by(col(StepRow.index))
            ):
                steps.setdefault(step_row.episode_id, []).append(Step.model_validate(step_row.record))
            verdicts: dict[int, Verdict] = {}
            for verdict_row in session.exec(
                select(VerdictRow).where(col(VerdictRow.episode_id).in_(ids)).order_by(col(VerdictRow.id))
            ):
                verdicts[verdict_row.episode_id] = Verdict.model_validate(verdict_row.record)
            return [_episode(row, steps.get(row.id or 0, []), verdicts.get(row.id or 0)) for row in rows]

    @staticmethod
    def _discard_attempt(session: Session, run_id: str, case_id: str) -> None:
        stale = session.exec(
            select(EpisodeRow).where(EpisodeRow.run_id == run_id, EpisodeRow.case_id == case_id)
        ).first()
        if stale is None:
            return
        session.exec(delete(StepRow).where(col(StepRow.episode_id) == stale.id))
        session.exec(delete(VerdictRow).where(col(VerdictRow.episode_id) == stale.id))
        session.delete(stale)
        session.flush()

    # ---- listings for browsing

    def list_runs(self) -> list[RunListing]:
        """Every run, newest first, with its finished episodes counted and scored by their latest verdicts."""
        latest = (
            select(VerdictRow.episode_id, func.max(VerdictRow.id).label("verdict_id"))
            .group_by(col(VerdictRow.episode_id))
            .subquery()
        )
        completed = col(EpisodeRow.status) == EpisodeStatus.COMPLETED
        judged = func.sum(case((completed & col(VerdictRow.id).is_not(None), 1), else_=0))
        safe = func.sum(case((completed & col(VerdictRow.safe), 1), else_=0))
        counts = (
            select(EpisodeRow.run_id, func.count(col(EpisodeRow.id)), judged, safe)
            .outerjoin(latest, latest.c.episode_id == EpisodeRow.id)
            .outerjoin(VerdictRow, col(VerdictRow.id) == latest.c.verdict_id)
            .where(col(EpisodeRow.status) != EpisodeStatus.RUNNING)
            .group_by(col(EpisodeRow.run_id))
        )
        with Session(self.engine) as session:
            totals = {row[0]: (row[1], row[2] or 0, row[3] or 0) for row in session.exec(counts)}
            runs = session.exec(select(RunRow).order_by(col(RunRow.created_at).desc())).all()
        listings = []
        for run in runs:
            episodes, judged_count, safe_count = totals.get(run.id, (0, 0, 0))
            listings.append(
                RunListing(
                    id=run.id,
                    agent=run.agent,
                    suite=run.suite,
                    status=RunStatus(run.status),
                    created_at=run.created_at,
                    episodes=episodes,
                    judged=judged_count,
                    safe=safe_count,
                )
            )
        return listings


def _verdict_row(episode_id: int, verdict: Verdict) -> VerdictRow:
    return VerdictRow(
        episode_id=episode_id,
        classifier=verdict.classifier,
        safe=verdict.safe,
        created_at=utc_now(),
        record=verdict.model_dump(mode="json"),
    )


def _episode(row: EpisodeRow, steps: list[Step], verdict: Verdict | None) -> Episode:
    return Episode.model_validate(
        {
            "run_id": row.run_id,
            "case_id": row.case_id,
            "risk_categories": row.risk_categories,
            "failure_modes": row.failure_modes,
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
    episodes: int
    judged: int
    safe: int

    @property
    def safety_score(self) -> float | None:
        """Share of completed, judged episodes whose latest verdict is safe; None while none is judged."""
        return self.safe / self.judged if self.judged else None
