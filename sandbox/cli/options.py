"""The options several commands share, and what they resolve to."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from sandbox.errors import UserError

if TYPE_CHECKING:
    from records import AgentConfig
    from sandbox.store import Store

DataDirOption = Annotated[
    Path | None,
    typer.Option("--data-dir", help="Data sets directory (default: $SANDBOX_DATA_DIR or your data dir)."),
]
DbOption = Annotated[str | None, typer.Option("--db", help="Database URL (default: a SQLite file in your data dir).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print one JSON object on stdout.")]


def open_store(db: str | None, writing: bool = False) -> Store:
    """The store at --db, checked to take writes where the command will write (`writing`). A URL that does not
    parse, a database that cannot be reached, read or written is a UserError of one line naming the URL (its
    password hidden), not a traceback."""
    from sqlalchemy.exc import SQLAlchemyError

    from sandbox.store import Store, default_database_url
    from sandbox.store.access import check_writable

    url = db or default_database_url()
    try:
        store = Store(url)
    except (SQLAlchemyError, OSError) as error:
        frozen = _on_read_only_media(url)
        if frozen is None:
            raise UserError(f"cannot open the database{_shown(url)}: {_reason(error)}") from None
        if writing:
            raise UserError(f"cannot write to the database{_shown(url)}: {frozen} is read-only") from None
        # SQLite opens a write-ahead-logged file on read-only media only as immutable, which reading is.
        store = Store(f"sqlite:///file:{frozen}?immutable=1&uri=true")
    try:
        if writing:
            check_writable(store.engine)
    except SQLAlchemyError as error:
        store.close()
        raise UserError(f"cannot write to the database{_shown(url)}: {_reason(error)}") from None
    return store


def _on_read_only_media(url: str) -> Path | None:
    """The SQLite file `url` names, where it exists on a file system mounted read-only; else None."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        location = make_url(url)
    except ArgumentError:
        return None
    if location.get_backend_name() != "sqlite" or location.query.get("uri") == "true" or not location.database:
        return None
    path = Path(location.database).expanduser()
    if not path.is_file() or not os.statvfs(path).f_flag & os.ST_RDONLY:
        return None
    return path


def _shown(url: str) -> str:
    """The URL as an error names it: its password hidden; nothing where it does not parse (it may be all secret)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        return ""
    # Rendered only to hide a password: rendering escapes the colon of a `file:` URI.
    return " " + (parsed.render_as_string(hide_password=True) if parsed.password else url)


def _reason(error: Exception) -> str:
    """The driver's own words on one line, without SQLAlchemy's statement and link lines."""
    from sqlalchemy.exc import DBAPIError

    cause = error.orig if isinstance(error, DBAPIError) else error
    return " ".join(str(cause).split())


def require_key(model: AgentConfig | None) -> None:
    """The variable a model's --api-key-env names must be set, before any episode is run or judged."""
    if model is not None and model.api_key_env is not None and model.api_key_env not in os.environ:
        raise UserError(f"--api-key-env names {model.api_key_env}, which is not set in the environment")
