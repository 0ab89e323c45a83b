"""The database's schema revision, brought up to this release's when a store opens (Alembic, `migrations/`).

A database already at `HEAD` costs one query, and Alembic is not even imported: `sandbox replay` opens at once. Any
other is migrated in one transaction that no other migration of the same database runs beside (SQLite: `BEGIN
IMMEDIATE`, DDL included; PostgreSQL: an advisory lock), so two processes opening a new database do not both build
it. A database that `create_all` made before there were migrations (the four tables, no `alembic_version`) is
stamped as revision 0001, which is that schema, then upgraded. A revision this release does not know is a newer
release's: the database is refused before anything is written."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, func, insert, inspect, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import col

from records import utc_now
from sandbox.errors import UserError
from sandbox.store.tables import SchemaChangeRow

if TYPE_CHECKING:
    from alembic.config import Config

HEAD = "0005"
"""The newest revision in `migrations/versions`; a test checks that the two agree."""
INITIAL = "0001"
LEGACY_TABLES = frozenset({"runs", "episodes", "steps", "verdicts"})
VERSION_TABLE = "alembic_version"
DISTRIBUTION = "agent-safety-sandbox"
MIGRATIONS = Path(__file__).with_name("migrations")
# Alembic keeps the migration it runs in module globals (`alembic.context`, `alembic.op`): one at a time per process.
_MIGRATING = threading.Lock()
# Any constant would do: it only has to be the same in every process that migrates a PostgreSQL store.
POSTGRES_LOCK_KEY = 0x5AFE_5702E


class IncompatibleDatabaseError(UserError):
    """The database is not one this release can bring to its schema: a newer release's, or not a store at all."""


def migrate(engine: Engine) -> None:
    """Bring the database's schema to `HEAD`, creating it in an empty database."""
    with engine.connect() as connection:
        if revision(connection) == HEAD:
            return
    with _MIGRATING, _exclusive(engine) as connection:
        _upgrade(connection)


def revision(connection: Connection) -> str | None:
    """The database's schema revision; None where there is none (an empty database, or one made by `create_all`)."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    found: str | None = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
    return found


def release() -> str:
    """This package's version, as installed; "unknown" when it runs from a source tree that is not installed."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "unknown"


def alembic_config(connection: Connection) -> Config:
    """Alembic's configuration for the store's migrations, run on `connection`; no alembic.ini is read."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def _upgrade(connection: Connection) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory

    # Read again under the lock: another process may have migrated the database since.
    current = revision(connection)
    if current == HEAD:
        return
    config = alembic_config(connection)
    known = {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}
    if current is not None and current not in known:
        raise IncompatibleDatabaseError(_newer_message(connection, current))
    if current is None:
        present = LEGACY_TABLES & set(inspect(connection).get_table_names())
        if present == LEGACY_TABLES:
            command.stamp(config, INITIAL)
            current = INITIAL
        elif present:
            raise IncompatibleDatabaseError(
                f"cannot open the database: it has some of the store's tables ({', '.join(sorted(present))}) but not "
                "all, and no schema revision: it was not written by agent-safety-sandbox"
            )
    command.upgrade(config, HEAD)
    connection.execute(
        insert(SchemaChangeRow).values(from_revision=current, to_revision=HEAD, release=release(), applied_at=utc_now())
    )


def _newer_message(connection: Connection, current: str) -> str:
    written_by = ""
    if inspect(connection).has_table(SchemaChangeRow.__tablename__):
        latest = select(col(SchemaChangeRow.release)).order_by(col(SchemaChangeRow.id).desc()).limit(1)
        # A later release may have reshaped its history: then the revision alone has to do.
        with suppress(SQLAlchemyError):
            written_by = f" by agent-safety-sandbox {connection.execute(latest).scalar()}"
    return (
        f"cannot open the database: it was last migrated{written_by} to schema revision {current!r}, which this "
        f"release ({release()}, schema revision {HEAD!r}) does not know: open it with a newer agent-safety-sandbox"
    )


@contextmanager
def _exclusive(engine: Engine) -> Iterator[Connection]:
    """A transaction on `engine`, DDL included, that holds the database's migration lock; committed when the block
    ends, rolled back whole when it raises."""
    with engine.connect() as connection:
        if engine.dialect.name != "sqlite":
            with connection.begin():
                if engine.dialect.name == "postgresql":
                    # Released with the transaction.
                    connection.execute(select(func.pg_advisory_xact_lock(POSTGRES_LOCK_KEY)))
                yield connection
            return
        # Python's sqlite3 opens a transaction only before INSERT, UPDATE or DELETE, so each CREATE or ALTER would
        # commit on its own: it is told to leave transactions to us, and BEGIN IMMEDIATE takes the write lock up
        # front, so that a second process waits for the first and then sees its work done.
        driver: Any = connection.connection.driver_connection
        isolation = driver.isolation_level
        driver.isolation_level = None
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            yield connection
            connection.commit()
        except BaseException:
            connection.rollback()
            raise
        finally:
            driver.isolation_level = isolation
