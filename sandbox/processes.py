"""Processes of this host: whether one still runs (what a dead run's lease and a dead run's containers are told apart
by), and stopping one we started."""

from __future__ import annotations

import os
import subprocess
from typing import Any


def process_alive(pid: int) -> bool:
    """Signal 0 checks without signalling; a process we may not signal belongs to someone else and is alive."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def stop_process(process: subprocess.Popen[Any], grace_s: float) -> None:
    """Ask a child process to end, and kill it if it has not within `grace_s`; reaped either way."""
    process.terminate()
    try:
        process.wait(timeout=grace_s)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
