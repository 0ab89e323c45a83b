"""Whether a process of this host still runs: what a dead run's lease and a dead run's containers are told apart by."""

from __future__ import annotations

import os


def process_alive(pid: int) -> bool:
    """Signal 0 checks without signalling; a process we may not signal belongs to someone else and is alive."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
