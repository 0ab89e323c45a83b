"""`sandbox replay`, plugged into the CLI through the `agent_safety_sandbox.commands` entry point group (see
pyproject.toml), so the core never imports the TUI. Light: textual is imported only when the command runs."""

from __future__ import annotations

from contextlib import closing
from typing import Annotated

import typer

from sandbox.cli.options import DbOption, open_store


def register(app: typer.Typer) -> None:
    app.command("replay")(replay)


def replay(
    run_id: Annotated[str | None, typer.Argument(help="Open this run's episodes directly.")] = None,
    db: DbOption = None,
) -> None:
    """Browse stored runs and replay episodes step by step in the terminal."""
    from tui.app import ReplayApp

    with closing(open_store(db)) as store:
        if run_id is not None:
            # An unknown run is a user error before the screen opens.
            store.get_run(run_id)
        ReplayApp(store, run_id).run()
