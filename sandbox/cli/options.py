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


def open_store(db: str | None) -> Store:
    """The store at --db; a URL that cannot be read or reached is a UserError, not a traceback."""
    from sqlalchemy.exc import SQLAlchemyError

    from sandbox.store import Store, default_database_url

    try:
        return Store(db or default_database_url())
    except SQLAlchemyError as error:
        # Not the URL itself: it may hold a password.
        raise UserError(f"cannot open the database: {error}") from None


def require_key(model: AgentConfig | None) -> None:
    """The variable a model's --api-key-env names must be set, before any episode is run or judged."""
    if model is not None and model.api_key_env is not None and model.api_key_env not in os.environ:
        raise UserError(f"--api-key-env names {model.api_key_env}, which is not set in the environment")
