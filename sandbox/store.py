"""Runs, episodes, steps and verdicts in SQL (SQLite by default, PostgreSQL by URL), written as they happen.

The pydantic records are the schema; the tables index them and keep each record's JSON."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy
from pydantic import BaseModel
from sqlalchemy import (
    JSON,
    Column,
    ColumnElement,
    DateTime,
    Dialect,
    ScalarSelect,
    UniqueConstraint,
    delete,
    exists,
    or_,
)
from sqlalchemy.engine import Engine
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, Session, SQLModel, case, col, create_engine, func, select

from records import Episode, EpisodeStatus, Run, RunStatus, Step, TokenUsage, Verdict, utc_now
from sandbox import sql_json
from sandbox.errors import UserError
from sandbox.listings import EpisodeListing, EpisodeQuery, Outcome, RunTotals
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


class RunNotFoundError(UserError, LookupError):
    pass


class EpisodeNotFoundError(LookupError):
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

    def add_verdicts(self, run_id: str, verdicts: Mapping[str, Verdict]) -> None:
        """A re-scoring (`sandbox judge`), by case id, in one transaction: earlier verdicts are kept, and the new
        ones, being the latest, are the ones shown."""
        with Session(self.engine) as session:
            rows = session.exec(
                select(EpisodeRow.case_id, EpisodeRow.id).where(
                    EpisodeRow.run_id == run_id, col(EpisodeRow.case_id).in_(list(verdicts))
                )
            ).all()
            episode_ids = dict(rows)
            missing = sorted(set(verdicts) - set(episode_ids))
            if missing:
                raise LookupError(f"run {run_id!r} has no episode of case {missing[0]!r}")
            for case_id, verdict in verdicts.items():
                episode_id = episode_ids[case_id]
                assert episode_id is not None
                session.add(_verdict_row(episode_id, verdict))
            session.commit()

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
        totals = self.run_totals()
        with Session(self.engine) as session:
            runs = session.exec(select(RunRow).order_by(col(RunRow.created_at).desc())).all()
        listings = []
        for run in runs:
            total = totals.get(run.id, RunTotals())
            listings.append(
                RunListing(
                    id=run.id,
                    agent=run.agent,
                    suite=run.suite,
                    status=RunStatus(run.status),
                    created_at=run.created_at,
                    episodes=total.episodes,
                    judged=total.judged,
                    safe=total.safe,
                )
            )
        return listings

    # ---- reading back without trajectories: replay's table, the leaderboard, diffs

    def run_totals(self, run_ids: Collection[str] | None = None) -> dict[str, RunTotals]:
        """Per run (every run, or those named): finished episodes counted, scored by latest verdict, and summed."""
        safe = _latest_verdict_safe()
        completed = col(EpisodeRow.status) == EpisodeStatus.COMPLETED
        # sqlmodel's select types at most four columns; SQLAlchemy's, run on a connection, takes any number.
        statement = (
            sqlalchemy.select(
                col(EpisodeRow.run_id),
                func.count(col(EpisodeRow.id)),
                func.sum(case((col(EpisodeRow.status) == EpisodeStatus.ERROR, 1), else_=0)),
                func.sum(case((completed & safe.is_not(None), 1), else_=0)),
                func.sum(case((completed & safe.is_(True), 1), else_=0)),
                func.sum(col(EpisodeRow.prompt_tokens)),
                func.sum(col(EpisodeRow.completion_tokens)),
                func.sum(col(EpisodeRow.cost_usd)),
                func.min(col(EpisodeRow.started_at)),
                func.max(col(EpisodeRow.finished_at)),
            )
            .where(col(EpisodeRow.status) != EpisodeStatus.RUNNING)
            .group_by(col(EpisodeRow.run_id))
        )
        if run_ids is not None:
            statement = statement.where(col(EpisodeRow.run_id).in_(run_ids))
        with self.engine.connect() as connection:
            return {
                run_id: RunTotals(
                    episodes=episodes,
                    errors=errors,
                    judged=judged,
                    safe=safe_count,
                    usage=TokenUsage(prompt=prompt, completion=completion),
                    cost_usd=cost,
                    first_started_at=started,
                    last_finished_at=finished,
                )
                for run_id, episodes, errors, judged, safe_count, prompt, completion, cost, started, finished in (
                    connection.execute(statement)
                )
            }

    def episode_listings(
        self, query: EpisodeQuery, *, after: int | None = None, offset: int = 0, limit: int | None = None
    ) -> list[EpisodeListing]:
        """A run's finished episodes matching `query` in stored order, from `offset` or past the episode `after`."""
        safe = _latest_verdict_safe()
        turns = select(func.count(col(StepRow.id))).where(StepRow.episode_id == EpisodeRow.id).scalar_subquery()
        conditions = self._episode_conditions(query, safe)
        if after is not None:
            conditions.append(col(EpisodeRow.id) > after)
        statement = (
            select(EpisodeRow, safe, turns).where(*conditions).order_by(col(EpisodeRow.id)).offset(offset).limit(limit)
        )
        with Session(self.engine) as session:
            return [_listing(row, verdict, count) for row, verdict, count in session.exec(statement)]

    def count_episodes(self, query: EpisodeQuery) -> int:
        statement = select(func.count(col(EpisodeRow.id))).where(
            *self._episode_conditions(query, _latest_verdict_safe())
        )
        with Session(self.engine) as session:
            return session.exec(statement).one()

    def episode_environments(self, episode_ids: Collection[int]) -> dict[int, list[str]]:
        """The environments each episode's world held: the keys of its first step's state."""
        statement = (
            self._state_keys()
            .add_columns(col(StepRow.episode_id))
            .where(col(StepRow.index) == 0, col(StepRow.episode_id).in_(episode_ids))
        )
        environments: dict[int, list[str]] = {}
        with self.engine.connect() as connection:
            for environment, episode_id in connection.execute(statement):
                environments.setdefault(episode_id, []).append(environment)
        return environments

    def run_environments(self, run_id: str) -> list[str]:
        """Every environment any episode of the run held, sorted."""
        statement = (
            self._state_keys()
            .join(EpisodeRow, col(EpisodeRow.id) == col(StepRow.episode_id))
            .where(col(EpisodeRow.run_id) == run_id, col(StepRow.index) == 0)
            .distinct()
        )
        with self.engine.connect() as connection:
            return sorted(connection.execute(statement).scalars())

    def load_episode(self, episode_id: int) -> Episode:
        """One episode with its steps and latest verdict."""
        with Session(self.engine) as session:
            row = session.get(EpisodeRow, episode_id)
            if row is None:
                raise EpisodeNotFoundError(f"no episode with id {episode_id} in this database")
            steps = session.exec(select(StepRow).where(StepRow.episode_id == episode_id).order_by(col(StepRow.index)))
            verdict = session.exec(
                select(VerdictRow).where(VerdictRow.episode_id == episode_id).order_by(col(VerdictRow.id).desc())
            ).first()
            return _episode(
                row,
                [Step.model_validate(step.record) for step in steps],
                None if verdict is None else Verdict.model_validate(verdict.record),
            )

    def _state_keys(self) -> sqlalchemy.Select[str]:
        """One row per environment name in a step's state."""
        return sql_json.select_object_keys(self.engine.dialect.name, StepRow, col(StepRow.record), "state")

    def _episode_conditions(self, query: EpisodeQuery, safe: ScalarSelect[bool]) -> list[ColumnElement[bool]]:
        dialect = self.engine.dialect.name
        conditions = [col(EpisodeRow.run_id) == query.run_id, col(EpisodeRow.status) != EpisodeStatus.RUNNING]
        if query.outcome is not None:
            conditions.append(_outcome_condition(query.outcome, safe))
        if query.risk is not None:
            conditions.append(sql_json.list_contains(dialect, col(EpisodeRow.risk_categories), query.risk.value))
        if query.failure_mode is not None:
            conditions.append(sql_json.list_contains(dialect, col(EpisodeRow.failure_modes), query.failure_mode))
        if query.environment is not None:
            held = sql_json.has_key(dialect, col(StepRow.record), "state", query.environment)
            first_step = (col(StepRow.episode_id) == col(EpisodeRow.id)) & (col(StepRow.index) == 0)
            conditions.append(exists().where(first_step, held))
        if query.search:
            needle = query.search.lower()
            searched = (col(EpisodeRow.case_id), col(EpisodeRow.final_answer), col(EpisodeRow.error))
            conditions.append(or_(*(func.lower(text).contains(needle, autoescape=True) for text in searched)))
        return conditions


def _latest_verdict_safe() -> ScalarSelect[bool]:
    """`safe` of the enclosing episode row's latest verdict; NULL when it has none."""
    return (
        select(VerdictRow.safe)
        .where(VerdictRow.episode_id == EpisodeRow.id)
        .order_by(col(VerdictRow.id).desc())
        .limit(1)
        .scalar_subquery()
    )


def _outcome_condition(outcome: Outcome, safe: ScalarSelect[bool]) -> ColumnElement[bool]:
    completed = col(EpisodeRow.status) == EpisodeStatus.COMPLETED
    match outcome:
        case Outcome.ERROR:
            return col(EpisodeRow.status) == EpisodeStatus.ERROR
        case Outcome.UNJUDGED:
            return completed & safe.is_(None)
        case Outcome.SAFE:
            return completed & safe.is_(True)
        case Outcome.UNSAFE:
            return completed & safe.is_(False)


def _listing(row: EpisodeRow, safe: bool | None, turns: int) -> EpisodeListing:
    return EpisodeListing.model_validate(
        {
            "id": row.id,
            "case_id": row.case_id,
            "status": row.status,
            "safe": safe,
            "risk_categories": row.risk_categories,
            "failure_modes": row.failure_modes,
            "turns": turns,
            "usage": {"prompt": row.prompt_tokens, "completion": row.completion_tokens},
            "cost_usd": row.cost_usd,
        }
    )


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
