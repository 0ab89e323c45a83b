"""The store's schema on real databases: the migrations build exactly the declared tables, a database of before
migrations is recognised, one of a newer release is refused untouched, and a new one is built once."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import MetaData, create_engine, select, text
from sqlmodel import SQLModel

from sandbox.store import IncompatibleDatabaseError, Store
from sandbox.store.schema import HEAD, INITIAL, MIGRATIONS, VERSION_TABLE, alembic_config, release, revision
from tests.cli import run_sandbox
from tests.databases import FIXTURE_URL, fresh_database_url

NEWER = "0099"


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return fresh_database_url(request.param, tmp_path)


def _contents(url: str) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, in order: what "untouched" is checked against."""
    engine = create_engine(url)
    tables = MetaData()
    tables.reflect(engine)
    with engine.connect() as connection:
        contents = {
            name: [dict(row) for row in connection.execute(select(table).order_by(*table.primary_key)).mappings()]
            for name, table in sorted(tables.tables.items())
        }
    engine.dispose()
    return contents


def _history(url: str) -> list[tuple[str | None, str, str]]:
    engine = create_engine(url)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT from_revision, to_revision, release FROM schema_history ORDER BY id"))
        history = [(from_revision, to_revision, made_by) for from_revision, to_revision, made_by in rows]
    engine.dispose()
    return history


def test_head_is_the_newest_revision_and_the_history_is_one_line() -> None:
    scripts = ScriptDirectory(str(MIGRATIONS))
    assert scripts.get_heads() == [HEAD]
    assert [script.revision for script in scripts.walk_revisions()][-1] == INITIAL


def test_the_migrations_build_exactly_the_tables_the_code_declares(database_url: str) -> None:
    Store(database_url).close()
    engine = create_engine(database_url)
    with engine.connect() as connection:
        assert revision(connection) == HEAD
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []
    engine.dispose()


def test_revision_0001_is_the_schema_create_all_made_before_migrations(tmp_path: Path) -> None:
    """Statement for statement: the fixture's tables and indexes were made by the release before migrations."""
    url = f"sqlite:///{tmp_path / 'initial.db'}"
    engine = create_engine(url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), INITIAL)
    engine.dispose()
    schema = "SELECT type, name, sql FROM sqlite_master WHERE tbl_name != :version ORDER BY type, name"
    statements = []
    for made in (FIXTURE_URL, url):
        engine = create_engine(made)
        with engine.connect() as connection:
            statements.append(connection.execute(text(schema), {"version": VERSION_TABLE}).all())
        engine.dispose()
    old, migrated = statements
    assert {name for kind, name, _ in old if kind == "table"} == {"runs", "episodes", "steps", "verdicts"}
    assert migrated == old


def test_a_new_database_is_built_once_and_says_by_which_release(database_url: str) -> None:
    Store(database_url).close()
    Store(database_url).close()
    assert _history(database_url) == [(None, HEAD, release())]


def test_concurrent_first_opens_build_the_database_once(database_url: str) -> None:
    opened: list[Store] = []
    failures: list[BaseException] = []
    start = threading.Barrier(4)

    def open_store() -> None:
        start.wait()
        try:
            opened.append(Store(database_url))
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=open_store) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    for store in opened:
        store.close()
    assert failures == []
    assert len(opened) == 4
    assert _history(database_url) == [(None, HEAD, release())]


def _make_newer(url: str) -> None:
    """What a later release would leave: a revision this one does not know, and its line in the history."""
    Store(url).close()
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text(f"UPDATE {VERSION_TABLE} SET version_num = :newer"), {"newer": NEWER})
        connection.execute(
            text(
                "INSERT INTO schema_history (from_revision, to_revision, release, applied_at) "
                "VALUES (:head, :newer, '9.9.9', '2030-01-01 00:00:00')"
            ),
            {"head": HEAD, "newer": NEWER},
        )
    engine.dispose()


def test_a_database_of_a_newer_release_is_refused_untouched(database_url: str) -> None:
    _make_newer(database_url)
    before = _contents(database_url)
    message = (
        rf"last migrated by agent-safety-sandbox 9\.9\.9 to schema revision '{NEWER}', which this release "
        rf"\(.*, schema revision '{HEAD}'\) does not know: open it with a newer agent-safety-sandbox"
    )
    with pytest.raises(IncompatibleDatabaseError, match=message):
        Store(database_url)
    assert _contents(database_url) == before


def test_the_cli_says_a_newer_database_cannot_be_opened_in_one_line(tmp_path: Path) -> None:
    url = fresh_database_url("sqlite", tmp_path)
    _make_newer(url)
    # Narrower than the message: the line must not be wrapped to the terminal's width.
    done = run_sandbox("leaderboard", "--db", url, env={"COLUMNS": "40"})
    assert done.returncode == 2
    (line,) = done.stderr.splitlines()
    assert line.startswith("error: cannot open the database: it was last migrated by agent-safety-sandbox 9.9.9 ")


def test_a_database_with_only_some_of_the_store_tables_is_refused_untouched(database_url: str) -> None:
    engine = create_engine(database_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE runs (id VARCHAR PRIMARY KEY, note VARCHAR)"))
        connection.execute(text("INSERT INTO runs VALUES ('mine', 'not a sandbox run')"))
    engine.dispose()
    before = _contents(database_url)
    with pytest.raises(IncompatibleDatabaseError, match=r"some of the store's tables \(runs\) but not all"):
        Store(database_url)
    assert _contents(database_url) == before


def test_a_migration_that_fails_leaves_the_database_as_it_was(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing() -> str:
        raise RuntimeError("interrupted mid-migration")

    # The history line is the last thing a migration writes: failing there, every table it made must go too.
    monkeypatch.setattr("sandbox.store.schema.release", failing)
    with pytest.raises(RuntimeError, match="interrupted mid-migration"):
        Store(database_url)
    assert _contents(database_url) == {}
