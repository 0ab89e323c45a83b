"""Runs the real `sandbox` command in a subprocess, as a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def sandbox_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "sandbox", *args]


def run_sandbox(
    *args: str, env: dict[str, str] | None = None, timeout: float = 600, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        sandbox_command(*args),
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        cwd=cwd,
    )


def error_line(done: subprocess.CompletedProcess[str]) -> str:
    """The one line a user error leaves on stderr (exit status 2, nothing on stdout, no traceback)."""
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error: ")
    return lines[0]


def eval_json(database: Path | str, *args: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run `sandbox eval --json` on a SQLite file (a Path) or any database URL (a str); return its summary."""
    url = f"sqlite:///{database}" if isinstance(database, Path) else database
    done = run_sandbox("eval", "--db", url, "--json", *args, env=env)
    assert done.returncode == 0, done.stderr
    summary: dict[str, Any] = json.loads(done.stdout)
    return summary


def eval_in_background(database_url: str, api_base: str, *args: str) -> subprocess.Popen[str]:
    """`sandbox eval` of a model behind `api_base`, two episodes at a time, in a process of its own."""
    model = ("--agent", "openai/slow-model", "--api-base", api_base, "--no-cache", "--sandbox", "local")
    return subprocess.Popen(
        sandbox_command("eval", "--db", database_url, "--concurrency", "2", *model, *args),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_while_running(process: subprocess.Popen[str], until: Callable[[], bool], timeout: float = 120) -> None:
    """Wait until `until()` holds; the process must stay alive meanwhile and get there within `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not until():
        assert process.poll() is None, process.communicate()[1]
        assert time.monotonic() < deadline, "eval made no progress"
        time.sleep(0.1)
