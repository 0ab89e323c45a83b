"""Which database failures are the database's own (the run stops) and which are about the values written (the
write's caller decides)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import InterfaceError, OperationalError

from sandbox.errors import InfrastructureError


class DatabaseFaultError(InfrastructureError):
    """The database failed whatever was written: disk full, read-only, locked for too long, unreachable."""


@contextmanager
def database_faults() -> Iterator[None]:
    """Within the block, a failure of the database itself is a `DatabaseFaultError`. One about a value (a number out
    of the column's range, text the driver cannot encode, a constraint) is left as it is: another write may well
    succeed."""
    try:
        yield
    except (OperationalError, InterfaceError) as error:
        # The driver's own message: SQLAlchemy's adds the statement and its parameters, which may be megabytes.
        raise DatabaseFaultError(f"the database failed: {error.orig}") from error
