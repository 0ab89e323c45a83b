"""A user's bad input, in any command, ends as one line `error: <message>` on stderr and exit status 2."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer

from tests.cli import run_sandbox

MISSING_SOCKET = "unix:///nonexistent/docker.sock"

# Each case: the command's arguments ({db}: an empty SQLite database's URL, {file}: that file, {tmp}: an empty
# directory), the environment it runs in, and what its error line says.
CASES = {
    "eval: unknown suite": (
        ["eval", "--suite", "nope", "--sandbox", "local", "--db", "{db}"],
        {},
        "unknown suite 'nope'",
    ),
    "eval: unknown run to resume": (["eval", "--resume", "feedbeef", "--db", "{db}"], {}, "no run with id 'feedbeef'"),
    "eval: key variable not set": (
        ["eval", "--agent", "openai/gpt-4o", "--api-key-env", "SANDBOX_TEST_UNSET_KEY", "--db", "{db}"],
        {},
        "--api-key-env names SANDBOX_TEST_UNSET_KEY, which is not set in the environment",
    ),
    "eval: unreadable database": (["eval", "--db", "not a database url"], {}, "cannot open the database"),
    "eval: docker without an engine": (
        ["eval", "--sandbox", "docker", "--db", "{db}"],
        {"DOCKER_HOST": MISSING_SOCKET},
        f"no Docker engine at {MISSING_SOCKET}",
    ),
    "judge: unknown classifier": (
        ["judge", "some-run", "--classifier", "bogus", "--db", "{db}"],
        {},
        "unknown classifier 'bogus'",
    ),
    "judge: unknown run": (["judge", "some-run", "--db", "{db}"], {}, "no run with id 'some-run'"),
    "replay: unknown run": (["replay", "nope", "--db", "{db}"], {}, "no run with id 'nope'"),
    "leaderboard: no runs": (["leaderboard", "--db", "{db}"], {}, "no runs stored"),
    "diff: unknown run": (["diff", "run-a", "run-b", "--db", "{db}"], {}, "no run with id 'run-a'"),
    "data pull: unknown data set": (
        ["data", "pull", "nothing-like-it", "--dest", "{tmp}"],
        {},
        "unknown data set 'nothing-like-it'",
    ),
    "gc: no engine": (["gc"], {"DOCKER_HOST": MISSING_SOCKET}, f"no Docker engine at {MISSING_SOCKET}"),
    "classifier train: no labelled set": (
        ["classifier", "train", "--data-dir", "{tmp}"],
        {},
        "no labelled set at {tmp}",
    ),
    "classifier eval: llm without a model": (
        ["classifier", "eval", "--data", "{file}", "--classifier", "llm"],
        {},
        "llm needs a litellm model after a colon",
    ),
}


@pytest.mark.parametrize(("args", "env", "message"), CASES.values(), ids=CASES.keys())
def test_a_user_error_is_one_error_line_and_exit_status_2(
    tmp_path: Path, args: list[str], env: dict[str, str], message: str
) -> None:
    database = tmp_path / "runs.db"
    database.touch()
    empty = tmp_path / "empty"
    empty.mkdir()

    def filled(text: str) -> str:
        return (
            text.replace("{db}", f"sqlite:///{database}").replace("{file}", str(database)).replace("{tmp}", str(empty))
        )

    # Narrower than most messages: the line must not be wrapped to the terminal's width.
    done = run_sandbox(*map(filled, args), env={"COLUMNS": "40", **env})
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error: ")
    assert filled(message) in lines[0]


def test_an_infrastructure_fault_in_any_command_is_one_line_and_exit_3() -> None:
    """`sandbox eval` reports its own (with how to resume); any other command meeting one ends on one line too."""
    from typer.testing import CliRunner

    from sandbox.cli.errors import UserErrorGroup
    from sandbox.errors import InfrastructureError

    app = typer.Typer(cls=UserErrorGroup)

    @app.command()
    def rescore() -> None:
        raise InfrastructureError("the database refused a write: disk I/O error")

    @app.command()
    def other() -> None: ...

    done = CliRunner().invoke(app, ["rescore"])
    assert done.exit_code == 3
    assert done.output.strip() == "error: the database refused a write: disk I/O error"
