"""Runs the real `sandbox` command in a subprocess, as a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
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
