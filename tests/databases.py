"""The databases the store is tested on: a SQLite file, and the PostgreSQL that `make test` sets up."""

from __future__ import annotations

import atexit
import functools
import os
import shutil
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, MetaData, create_engine, insert, make_url, select, text

from sandbox.store.schema import INITIAL, VERSION_TABLE, alembic_config

POSTGRES_VARIABLE = "SANDBOX_TEST_POSTGRES_URL"
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "store-v1.sqlite"
# The checked-in fixture, opened so that nothing can write to it.
FIXTURE_URL = f"sqlite:///file:{FIXTURE}?mode=ro&uri=true"


def fresh_database_url(kind: str, tmp_path: Path) -> str:
    """An empty database: a new SQLite file, or the test PostgreSQL with every table dropped (migrations' included)."""
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / 'runs.db'}"
    url = os.environ.get(POSTGRES_VARIABLE)
    if not url:
        pytest.fail(
            f"{POSTGRES_VARIABLE} is not set: run `make test`, or `bash scripts/setup-postgres.sh` and export its URL",
            pytrace=False,
        )
    own = _own_database(url)
    engine = create_engine(own)
    tables = MetaData()
    tables.reflect(engine)
    tables.drop_all(engine)
    engine.dispose()
    return own


@functools.cache
def _own_database(url: str) -> str:
    """A database of this test process's own beside the configured one (created now, dropped at exit): test runs
    sharing the server (a developer's and CI's, or several at once) never drop each other's tables mid-test."""
    own = make_url(url).set(database=f"{make_url(url).database}_{os.getpid()}")
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{own.database}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{own.database}"'))
    admin.dispose()

    def drop() -> None:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{own.database}" WITH (FORCE)'))
        admin.dispose()

    atexit.register(drop)
    return own.render_as_string(hide_password=False)


def legacy_database_url(kind: str, tmp_path: Path) -> str:
    """A database as the release before migrations left it, holding the runs of tests/fixtures/store-v1.sqlite.

    SQLite: a copy of the fixture. PostgreSQL: the tables that release's `create_all` made (revision 0001 builds
    them), without `alembic_version`, and the fixture's rows copied in."""
    if kind == "sqlite":
        copy = tmp_path / FIXTURE.name
        shutil.copyfile(FIXTURE, copy)
        return f"sqlite:///{copy}"
    url = fresh_database_url(kind, tmp_path)
    engine = create_engine(url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), INITIAL)
        connection.execute(text(f"DROP TABLE {VERSION_TABLE}"))
    _copy_rows(create_engine(FIXTURE_URL), engine)
    engine.dispose()
    return url


def _copy_rows(source: Engine, target: Engine) -> None:
    old, new = MetaData(), MetaData()
    old.reflect(source)
    new.reflect(target)
    with source.connect() as reading, target.begin() as writing:
        for table in old.sorted_tables:
            rows = [dict(row) for row in reading.execute(select(table)).mappings()]
            writing.execute(insert(new.tables[table.name]), rows)
            if table.name != "runs":
                # Rows came with their ids: the id sequence moves past them, as it had in the original database.
                sequence = f"pg_get_serial_sequence('{table.name}', 'id')"
                writing.execute(text(f"SELECT setval({sequence}, (SELECT max(id) FROM {table.name}))"))
    source.dispose()
