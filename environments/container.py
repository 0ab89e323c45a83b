"""Clearing a reused container between episodes of everything an episode's tool code may leave besides its world.

In a sandbox container the world server is process 1: every other process is a tool's leftover (or a `docker
exec`), and the only writable places are the tmpfs at /tmp and the IPC namespace. Outside a container (the server
run by hand or by tests on a host) this does nothing: there it would kill the user's own processes.

Only the stdlib may be imported here: it runs inside the container.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import time

WRITABLE_DIRECTORIES = ("/tmp", "/dev/mqueue")
# Shared memory, queues and semaphores can only be listed with the stdlib, not removed: a container holding any is
# reported unclean and replaced.
SYSTEM_V_IPC = {
    "shared memory segment": "/proc/sysvipc/shm",
    "message queue": "/proc/sysvipc/msg",
    "semaphore set": "/proc/sysvipc/sem",
}
REAP_DEADLINE_S = 2.0


def in_container() -> bool:
    return os.getpid() == 1


def reset_container() -> list[str]:
    """Kill every other process in the container, reap them, empty the writable directories, and return what is
    still there (normally nothing); a no-op outside a container."""
    if not in_container():
        return []
    _kill_the_others()
    for directory in WRITABLE_DIRECTORIES:
        _empty(directory)
    return leftovers()


def _kill_the_others() -> None:
    try:
        # Every process this one may signal, except itself (Linux spares the caller) and init, which it is.
        # The kernel walks the process list under a lock that fork() also takes, so a fork bomb cannot outrun it.
        os.kill(-1, signal.SIGKILL)
    except ProcessLookupError:
        return  # nothing else runs
    # Orphans are re-parented to init: reap them all, or their zombies would count against the pids limit.
    deadline = time.monotonic() + REAP_DEADLINE_S
    while time.monotonic() < deadline:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            time.sleep(0.001)


def _empty(directory: str) -> None:
    with contextlib.suppress(OSError):
        for entry in os.scandir(directory):
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def leftovers() -> list[str]:
    found = [f"process {pid} ({name})" for pid, name in live_processes()]
    for directory in WRITABLE_DIRECTORIES:
        with contextlib.suppress(OSError):
            found += [os.path.join(directory, name) for name in sorted(os.listdir(directory))]
    for kind, listing in SYSTEM_V_IPC.items():
        count = len(_read(listing).splitlines()[1:])  # a header line, then one line per object
        if count:
            found.append(f"{count} System V {kind}(s)")
    return found


def live_processes() -> list[tuple[int, str]]:
    """Every other process this one can see, but zombies, with its name."""
    processes = []
    for entry in os.listdir("/proc"):
        stat = _read(f"/proc/{entry}/stat") if entry.isdigit() else ""
        if not stat:
            continue
        # "PID (NAME) STATE ...": the name may hold spaces and parentheses, so split at the last ")".
        name, state = stat[stat.find("(") + 1 : stat.rfind(")")], stat[stat.rfind(")") + 2 :][:1]
        # A zombie holds nothing but its pid until its parent reaps it (for a `docker exec`, one outside).
        if state not in ("Z", "X") and int(entry) != os.getpid():
            processes.append((int(entry), name))
    return processes


def _read(path: str) -> str:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return handle.read()
    except OSError:
        return ""
