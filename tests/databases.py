"""The databases the store is tested on: a SQLite file, and the PostgreSQL that `make test` sets up."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlmodel import SQLModel

import sandbox.store  # noqa: F401 - registers the tables on SQLModel.metadata

POSTGRES_VARIABLE = "SANDBOX_TEST_POSTGRES_URL"


def fresh_database_url(kind: str, tmp_path: Path) -> str:
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / 'runs.db'}"
    url = os.environ.get(POSTGRES_VARIABLE)
    if not url:
        pytest.fail(
            f"{POSTGRES_VARIABLE} is not set: run `make test`, or `bash scripts/setup-postgres.sh` and export its URL",
            pytrace=False,
        )
    engine = create_engine(url)
    SQLModel.metadata.drop_all(engine)
    engine.dispose()
    return url
