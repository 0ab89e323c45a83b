"""The `Store`: runs, episodes, steps and verdicts written as they happen, and read back whole or as listings."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import sqlalchemy
from sqlalchemy import ColumnElement, ScalarSelect, delete, event, exists, or_
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.sql.elements import SQLCoreOperations
from sqlmodel import Session, SQLModel, case, col, create_engine, func, select

from records import Episode, EpisodeStatus, Intent, Run, RunConfig, RunStatus, Step, TokenUsage, Verdict, utc_now
from sandbox.errors import UserError
from sandbox.listings import EpisodeListing, EpisodeQuery, Outcome, RunTotals
from sandbox.paths import data_home
from sandbox.store import sql_json
from sandbox.store.faults import database_faults
from sandbox.store.rows import RunListing, episode_of, listing_of, verdict_row_of
from sandbox.store.schema import migrate
from sandbox.store.tables import EpisodeRow, RunRow, StepRow, VerdictRow

if TYPE_CHECKING:
    from failure_modes.completion import Completion
    from sandbox.store.lease import RunLease

T = TypeVar("T")


class RunNotFoundError(UserError, LookupError):
    pass


class EpisodeNotFoundError(LookupError):
    pass


def default_database_url() -> str:
    return f"sqlite:///{data_home() / 'runs.db'}"


def _make_folder(url: str) -> None:
    """The folder of a SQLite file named by path. A `file:` URI (`?uri=true`) is SQLite's to read, not a path: its
    folder is not made, or `sqlite:///file:/x.db?uri=true` would leave a stray `file:` directory behind."""
    location = make_url(url)
    if location.get_backend_name() != "sqlite" or location.query.get("uri") == "true":
        return
    if location.database and location.database != ":memory:":
        Path(location.database).expanduser().parent.mkdir(parents=True, exist_ok=True)


def _table(row: type[SQLModel]) -> sqlalchemy.Table:
    table = row.__table__  # type: ignore[attr-defined]
    assert isinstance(table, sqlalchemy.Table)
    return table


def _sqlite_settings(connection: Any, _: Any) -> None:
    """Write-ahead logging, synced at checkpoints rather than at every commit: a run writes each step as it happens,
    and a commit that waits for the disk (~15 ms) stalls every episode in flight on the event loop. A process that
    crashes or is killed still loses nothing committed; a power cut may lose the last commits, never the database's
    consistency. Readers (the replay TUI on a live run) no longer wait for the writer either. SQLite's rule for such
    a database: its folder must be writable, even to read it (a store on read-only media: copy it first)."""
    cursor = connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    except sqlite3.OperationalError:
        pass  # a database that cannot switch (read-only) stays as it is; what it refuses is said when used
    finally:
        cursor.close()


class Store:
    def __init__(self, url: str) -> None:
        """Open the database at `url`, migrating its schema to this release's (`sandbox.store.schema`)."""
        _make_folder(url)
        self.engine: Engine = create_engine(url)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_settings)
        try:
            migrate(self.engine)
        except BaseException:
            self.engine.dispose()
            raise

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        """A session for what a run writes as it goes: a failure of the database itself in it stops the run."""
        with database_faults(), Session(self.engine) as session:
            yield session

    # ---- runs

    def create_run(self, run: Run) -> None:
        with self._writing() as session:
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
                    "config": RunConfig.from_stored(row.config),
                    "status": row.status,
                    "created_at": row.created_at,
                    "finished_at": row.finished_at,
                }
            )

    def set_run_status(self, run_id: str, status: RunStatus) -> None:
        with self._writing() as session:
            row = session.get(RunRow, run_id)
            if row is None:
                raise RunNotFoundError(f"no run with id {run_id!r} in this database")
            row.status = status
            row.finished_at = utc_now() if status == RunStatus.FINISHED else None
            session.add(row)
            session.commit()

    def lease(self, run_id: str) -> RunLease:
        """The lease this process takes to run `run_id` (`sandbox.store.lease`), not yet acquired."""
        # Imported here: `sandbox replay` opens a store and never runs anything.
        from sandbox.store.lease import RunLease

        return RunLease(self.engine, run_id)

    # ---- episodes, as they happen

    # The three writes every episode makes as it runs are plain SQL statements rather than ORM sessions: at high
    # concurrency the ORM's bookkeeping took a third of the event loop (`sandbox bench eval`).

    @contextmanager
    def _transaction(self) -> Iterator[sqlalchemy.Connection]:
        """One transaction of what a run writes as it goes: a failure of the database itself in it stops the run."""
        with database_faults(), self.engine.begin() as connection:
            yield connection

    def start_episode(self, episode: Episode) -> int:
        """Record an episode as running; an earlier attempt of the same trial (case and epoch) is discarded first."""
        episodes = _table(EpisodeRow)
        with self._transaction() as connection:
            stale = connection.execute(
                sqlalchemy.select(episodes.c.id).where(
                    episodes.c.run_id == episode.run_id,
                    episodes.c.case_id == episode.case_id,
                    episodes.c.epoch == episode.epoch,
                )
            ).scalar_one_or_none()
            if stale is not None:
                for table in (_table(StepRow), _table(VerdictRow)):
                    connection.execute(delete(table).where(table.c.episode_id == stale))
                connection.execute(delete(episodes).where(episodes.c.id == stale))
            inserted = connection.execute(
                sqlalchemy.insert(episodes).values(
                    run_id=episode.run_id,
                    case_id=episode.case_id,
                    epoch=episode.epoch,
                    risk_categories=list(episode.risk_categories),
                    failure_modes=list(episode.failure_modes),
                    intent=episode.intent,
                    status=episode.status,
                    started_at=episode.started_at,
                )
            )
            key = inserted.inserted_primary_key
            assert key is not None
            return int(key[0])

    def add_step(self, episode_id: int, step: Step) -> None:
        with self._transaction() as connection:
            connection.execute(
                sqlalchemy.insert(_table(StepRow)).values(
                    episode_id=episode_id, index=step.index, record=step.model_dump(mode="json")
                )
            )

    def finish_episode(self, episode_id: int, episode: Episode) -> None:
        episodes = _table(EpisodeRow)
        with self._transaction() as connection:
            connection.execute(
                sqlalchemy.update(episodes)
                .where(episodes.c.id == episode_id)
                .values(
                    status=episode.status,
                    termination=episode.termination,
                    final_answer=episode.final_answer,
                    error=episode.error,
                    prompt_tokens=episode.usage.prompt,
                    completion_tokens=episode.usage.completion,
                    cost_usd=episode.cost_usd,
                    finished_at=episode.finished_at,
                    completed=episode.completed,
                    over_refused=episode.over_refused,
                )
            )
            if episode.verdict is not None:
                row = verdict_row_of(episode_id, episode.verdict)
                connection.execute(sqlalchemy.insert(_table(VerdictRow)).values(**row.model_dump(exclude={"id"})))

    def finished_trials(self, run_id: str, *, with_errors: bool = True) -> set[tuple[str, int]]:
        """The (case id, epoch) pairs of the run whose episode is finished; without those that ended in an error, if
        so asked."""
        ended = [EpisodeStatus.RUNNING] if with_errors else [EpisodeStatus.RUNNING, EpisodeStatus.ERROR]
        with self._writing() as session:
            statement = select(EpisodeRow.case_id, EpisodeRow.epoch).where(
                EpisodeRow.run_id == run_id, col(EpisodeRow.status).not_in(ended)
            )
            return {(case_id, epoch) for case_id, epoch in session.exec(statement).all()}

    def add_verdicts(
        self,
        run_id: str,
        verdicts: Mapping[tuple[str, int], Verdict],
        completions: Mapping[tuple[str, int], Completion] | None = None,
    ) -> None:
        """A re-scoring (`sandbox judge`), by (case id, epoch), in one transaction: earlier verdicts are kept, and
        the new ones, being the latest, are the ones shown. A benign case's completion, decided anew with its
        verdict, replaces the episode's."""
        completions = completions or {}
        case_ids = sorted({case_id for case_id, _ in verdicts})
        with self._writing() as session:
            rows = session.exec(
                select(EpisodeRow).where(EpisodeRow.run_id == run_id, col(EpisodeRow.case_id).in_(case_ids))
            ).all()
            episodes = {(row.case_id, row.epoch): row for row in rows}
            missing = sorted(set(verdicts) - set(episodes))
            if missing:
                case_id, epoch = missing[0]
                raise LookupError(f"run {run_id!r} has no episode of case {case_id!r} in epoch {epoch + 1}")
            for trial, verdict in verdicts.items():
                row = episodes[trial]
                assert row.id is not None
                session.add(verdict_row_of(row.id, verdict))
                if trial in completions:
                    row.completed = completions[trial].completed
                    row.over_refused = completions[trial].over_refused
                    session.add(row)
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
                steps.setdefault(step_row.episode_id, []).append(Step.from_stored(step_row.record))
            verdicts: dict[int, Verdict] = {}
            for verdict_row in session.exec(
                select(VerdictRow).where(col(VerdictRow.episode_id).in_(ids)).order_by(col(VerdictRow.id))
            ):
                verdicts[verdict_row.episode_id] = Verdict.from_stored(verdict_row.record)
            return [episode_of(row, steps.get(row.id or 0, []), verdicts.get(row.id or 0)) for row in rows]

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
                    config=RunConfig.from_stored(run.config),
                    episodes=total.episodes,
                    judged=total.judged,
                    safe=total.safe,
                )
            )
        return listings

    # ---- reading back without trajectories: replay's table, the leaderboard, diffs

    def run_totals(self, run_ids: Collection[str] | None = None) -> dict[str, RunTotals]:
        """Per run (every run, or those named): finished episodes counted, the harmful ones scored by latest verdict
        (an episode that ended in an error after some steps has one too, and counts), and summed."""
        safe = _latest_verdict_safe()
        harmful = col(EpisodeRow.intent) == Intent.HARMFUL
        # sqlmodel's select types at most four columns; SQLAlchemy's, run on a connection, takes any number.
        statement = (
            sqlalchemy.select(
                col(EpisodeRow.run_id),
                func.count(col(EpisodeRow.id)),
                func.sum(case((col(EpisodeRow.status) == EpisodeStatus.ERROR, 1), else_=0)),
                func.sum(case((harmful & safe.is_not(None), 1), else_=0)),
                func.sum(case((harmful & safe.is_(True), 1), else_=0)),
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
            select(EpisodeRow, safe, turns, _latest_verdict_tier())
            .where(*conditions)
            .order_by(col(EpisodeRow.id))
            .offset(offset)
            .limit(limit)
        )
        with Session(self.engine) as session:
            return [listing_of(row, verdict, count, tier) for row, verdict, count, tier in session.exec(statement)]

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
            return episode_of(
                row,
                [Step.from_stored(step.record) for step in steps],
                None if verdict is None else Verdict.from_stored(verdict.record),
            )

    def _state_keys(self) -> sqlalchemy.Select[str]:
        """One row per environment name in a step's state."""
        return sql_json.select_object_keys(self.engine.dialect.name, StepRow, col(StepRow.record), "state")

    def _episode_conditions(self, query: EpisodeQuery, safe: ScalarSelect[bool]) -> list[ColumnElement[bool]]:
        dialect = self.engine.dialect.name
        conditions = [col(EpisodeRow.run_id) == query.run_id, col(EpisodeRow.status) != EpisodeStatus.RUNNING]
        if query.outcome is not None:
            conditions.append(_outcome_condition(query.outcome, safe))
        if query.intent is not None:
            conditions.append(col(EpisodeRow.intent) == query.intent)
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
    return _of_latest_verdict(col(VerdictRow.safe))


def _latest_verdict_tier() -> ScalarSelect[str | None]:
    """The tier that decided the enclosing episode row's latest verdict, read from its JSON; NULL when it has no
    verdict or one stored before the tier was recorded."""
    return _of_latest_verdict(col(VerdictRow.record)["decided_by"].as_string())


def _of_latest_verdict(value: SQLCoreOperations[T]) -> ScalarSelect[T]:
    return (
        select(value).where(VerdictRow.episode_id == EpisodeRow.id).order_by(col(VerdictRow.id).desc()).limit(1)
    ).scalar_subquery()


def _outcome_condition(outcome: Outcome, safe: ScalarSelect[bool]) -> ColumnElement[bool]:
    """Episodes whose `EpisodeListing.outcome` is `outcome`."""
    errored = col(EpisodeRow.status) == EpisodeStatus.ERROR
    match outcome:
        case Outcome.ERROR:
            return errored & safe.is_(None)
        case Outcome.UNJUDGED:
            return ~errored & safe.is_(None)
        case Outcome.SAFE:
            return safe.is_(True)
        case Outcome.UNSAFE:
            return safe.is_(False)
