"""The store's tables as the code reads and writes them now; `migrations/` builds them in a database, step by step.

A change here needs a migration: `tests/test_store_schema.py` fails while the two disagree."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Column, DateTime, Dialect, UniqueConstraint
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

TRIAL_CONSTRAINT = "uq_episodes_trial"


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
    # A `RunConfig` record's JSON.
    config: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))


class EpisodeRow(SQLModel, table=True):
    __tablename__ = "episodes"
    # One episode per trial: a case in one of the run's epochs.
    __table_args__ = (UniqueConstraint("run_id", "case_id", "epoch", name=TRIAL_CONSTRAINT),)

    id: int | None = Field(default=None, primary_key=True)
    run_id: str = Field(foreign_key="runs.id", index=True)
    case_id: str
    # From 0 (`records.Episode.epoch`); 0 for episodes stored before epochs existed.
    epoch: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    risk_categories: list[str] = Field(sa_column=Column(JSON, nullable=False))
    failure_modes: list[int] = Field(sa_column=Column(JSON, nullable=False))
    intent: str = Field(default="harmful", sa_column_kwargs={"server_default": "harmful"})
    # For a benign case, decided with its latest verdict (`failure_modes.completion`); NULL for a harmful one.
    completed: bool | None = None
    over_refused: bool | None = None
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
    # A `Step` record's JSON.
    record: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))


class VerdictRow(SQLModel, table=True):
    __tablename__ = "verdicts"

    id: int | None = Field(default=None, primary_key=True)
    episode_id: int = Field(foreign_key="episodes.id", index=True)
    classifier: str
    safe: bool = Field(index=True)
    created_at: datetime = Field(sa_type=UtcDateTime)
    # A `Verdict` record's JSON.
    record: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))


class SchemaChangeRow(SQLModel, table=True):
    """One migration of the database: from which schema revision (None: an empty database) to which, by which
    release of this package, when."""

    __tablename__ = "schema_history"

    id: int | None = Field(default=None, primary_key=True)
    from_revision: str | None = None
    to_revision: str
    release: str
    applied_at: datetime = Field(sa_type=UtcDateTime)


class RunLeaseRow(SQLModel, table=True):
    """Which process runs a run (`sandbox.store.lease`): one row per run ever run, kept after release."""

    __tablename__ = "run_leases"

    run_id: str = Field(foreign_key="runs.id", primary_key=True)
    # Unique to one `evaluate` call: a holder renews and releases only its own lease.
    token: str
    pid: int
    host: str
    acquired_at: datetime = Field(sa_type=UtcDateTime)
    # None once released.
    heartbeat_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
