"""Every command's `--help` reads whole in an 80-column terminal: no option name or help text cut with an ellipsis."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import typer
from typer.testing import CliRunner

from sandbox.cli.main import app

COLUMNS = 80


def _command_paths(command: object, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """The command's path and its subcommands', depth first (typer's groups have `commands`, its commands not)."""
    yield path
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        yield from _command_paths(sub, (*path, name))


PATHS = list(_command_paths(typer.main.get_command(app)))


def test_every_command_is_checked() -> None:
    assert {("eval",), ("leaderboard",), ("replay",), ("bench", "runtime"), ()} <= set(PATHS)


@pytest.mark.parametrize("path", PATHS, ids=lambda path: " ".join(path) or "sandbox")
def test_help_fits_80_columns_uncut(path: tuple[str, ...]) -> None:
    done = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": str(COLUMNS), "TERMINAL_WIDTH": None})
    assert done.exit_code == 0, done.output
    lines = done.output.splitlines()
    assert max(len(line.rstrip()) for line in lines) <= COLUMNS
    assert [line for line in lines if "…" in line] == []
