"""Whether a database takes writes, asked before a command that writes starts its work."""

from __future__ import annotations

from sqlalchemy import Engine, text

from sandbox.store.schema import VERSION_TABLE


def check_writable(engine: Engine) -> None:
    """Raise the driver's error where the database takes no writes (a read-only file, mount or `mode=ro` URL, a
    read-only PostgreSQL role or replica); writes nothing. A write of the revision row, rolled back, is asked rather
    than the file's mode, which the engine and the mount decide, not the user we run as."""
    with engine.connect() as connection, connection.begin() as transaction:
        connection.execute(text(f"UPDATE {VERSION_TABLE} SET version_num = version_num"))
        transaction.rollback()
