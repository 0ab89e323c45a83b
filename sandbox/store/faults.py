"""Which database failures are the database's own (the run stops) and which are about the values written (the
write's caller decides)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from sandbox.errors import InfrastructureError


class DatabaseFaultError(InfrastructureError):
    """The database failed whatever was written: disk full, read-only, locked for too long, unreachable."""


class RefusedValueError(ValueError):
    """The database refused a value written (a number out of its column's range, a NUL in PostgreSQL text, a
    constraint): another write may well succeed."""


@contextmanager
def database_faults() -> Iterator[None]:
    """Within the block, a failure of the database itself is a `DatabaseFaultError`, one about the values written a
    `RefusedValueError`; either says what the driver said, not SQLAlchemy's message, which quotes the statement and
    its parameters (megabytes, maybe, of a hostile model's text). A value the driver cannot even encode (a lone
    surrogate) stays the driver's error."""
    try:
        yield
    except (OperationalError, InterfaceError) as error:
        raise DatabaseFaultError(f"the database failed: {error.orig}") from error
    except DBAPIError as error:
        raise RefusedValueError(f"{type(error.orig).__name__}: {error.orig}") from error
