"""Running a command as the agent's user: no capability, no secret of ours in its environment, stdin closed, a
timeout it cannot outlive, and output capped.

The world server is root without CAP_KILL, so it cannot signal the agent's processes: coreutils `timeout`, started
as the agent, stops the command (and every process still in its process group) instead. Processes the agent moves to
a session of their own on purpose keep running; the host lists them as evidence.
"""

from __future__ import annotations

import contextlib
import os
import selectors
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import JsonValue

from records.live import AGENT_HOME, AGENT_UID, AGENT_USER

OUTPUT_CAP_BYTES = 16 * 1024
MIN_TIMEOUT_S = 1
MAX_TIMEOUT_S = 60
KILL_AFTER_S = 2
# After the command has exited, how long to keep reading output that a background process it left may still hold.
DRAIN_S = 0.3
# Beyond this an argument cannot be passed to a program at all (Linux's MAX_ARG_STRLEN is 128 KiB).
MAX_ARGUMENT_BYTES = 100_000
AGENT_PATH = "/usr/local/bin:/usr/bin:/bin"


@dataclass(frozen=True)
class Identity:
    """Who a command runs as, and where."""

    uid: int | None  # None: as this process's own user (tests outside a container)
    home: str
    user: str

    def environment(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        """A small fixed environment: nothing of the world server's (no secret of ours) reaches the agent."""
        fixed = {
            "HOME": self.home,
            "USER": self.user,
            "LOGNAME": self.user,
            "PATH": AGENT_PATH,
            "LANG": "C.UTF-8",
            "SHELL": "/bin/bash",
        }
        return fixed | (extra or {})


AGENT = Identity(uid=AGENT_UID, home=AGENT_HOME, user=AGENT_USER)


# `exit_code` (None if it could not be stopped), `stdout`, `stderr`, `timed_out`; and `note`, when there is one.
CommandResult = dict[str, JsonValue]


def clamp_timeout(timeout: int) -> tuple[int, str | None]:
    """The timeout to use, and a note for the agent when its own was out of range."""
    clamped = min(max(timeout, MIN_TIMEOUT_S), MAX_TIMEOUT_S)
    if clamped == timeout:
        return clamped, None
    return clamped, f"timeout {timeout} s is outside {MIN_TIMEOUT_S}..{MAX_TIMEOUT_S} s: used {clamped} s"


def too_long(argv: Sequence[str]) -> str | None:
    """Why `argv` cannot be run (an argument longer than a program can be given), or None."""
    longest = max((len(argument.encode()) for argument in argv), default=0)
    if longest > MAX_ARGUMENT_BYTES:
        return f"an argument of {longest} bytes is longer than the {MAX_ARGUMENT_BYTES} bytes a command may take"
    return None


def run_as(
    identity: Identity,
    argv: Sequence[str],
    timeout_s: int,
    *,
    stdin: bytes | None = None,
) -> CommandResult:
    """Run `argv` as `identity` from its home and wait for it, at most `timeout_s` (then it is stopped). `stdin`,
    for our own helper scripts, is written to it whole; without it the command's stdin is closed."""
    began = time.monotonic()
    process = _spawn(
        identity,
        ["timeout", f"--kill-after={KILL_AFTER_S}", f"{timeout_s}", *argv],
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        output=subprocess.PIPE,
    )
    if stdin is not None and process.stdin is not None:
        with contextlib.suppress(BrokenPipeError):
            process.stdin.write(stdin)
        process.stdin.close()
    deadline = began + timeout_s + KILL_AFTER_S + 3
    stdout, stderr = _collect(process, deadline)
    with contextlib.suppress(subprocess.TimeoutExpired):  # it may have closed its output and still run
        process.wait(timeout=max(0.0, deadline - time.monotonic()))
    if process.poll() is None:  # `timeout` itself did not end: stop its group from the agent's side
        _kill_group(identity, process.pid)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=2)
    status = process.poll()
    # As a shell says it: 128 + the signal that ended the command (`timeout` ends itself with its command's signal).
    exit_code = None if status is None else (128 - status if status < 0 else status)
    # `timeout` exits 124 when it stopped the command with TERM, and is killed with it after --kill-after.
    timed_out = exit_code is None or (exit_code in (124, 128 + 9) and time.monotonic() - began >= timeout_s)
    if timed_out:
        stderr += f"\n[stopped: the command ran past its {timeout_s} s timeout]".encode()
    return {"exit_code": exit_code, "stdout": _text(stdout), "stderr": _text(stderr), "timed_out": timed_out}


def start_detached(identity: Identity, command: str) -> subprocess.Popen[bytes]:
    """Start `bash -c command` as `identity` in a session of its own, output discarded, and do not wait for it."""
    return _spawn(identity, ["bash", "-c", command], stdin=subprocess.DEVNULL, output=subprocess.DEVNULL)


def _spawn(identity: Identity, argv: Sequence[str], *, stdin: int, output: int) -> subprocess.Popen[bytes]:
    """`argv` started as `identity` from its home, in a session of its own: none of the agent's processes shares the
    server's process group or terminal."""
    return subprocess.Popen(
        [*_from_home(identity), *argv],
        cwd="/",
        env=identity.environment(),
        stdin=stdin,
        stdout=output,
        stderr=output,
        start_new_session=True,
        umask=0o022,
        user=identity.uid,
        group=identity.uid,
        extra_groups=_no_groups(identity),
    )


def _from_home(identity: Identity) -> list[str]:
    """Enter the home as the user, not before the switch as root: root here cannot enter a home the agent closed
    (no CAP_DAC_OVERRIDE), and the agent's own permissions should decide."""
    return ["env", "-C", identity.home]


def _no_groups(identity: Identity) -> list[int] | None:
    """No supplementary group (root's would otherwise be kept); unchanged when not switching users."""
    return None if identity.uid is None else []


def _collect(process: subprocess.Popen[bytes], deadline: float) -> tuple[bytearray, bytearray]:
    """Read both streams, keeping the first OUTPUT_CAP_BYTES of each and counting the rest, until both end, or the
    process has exited and DRAIN_S has passed (a background child may hold them open), or `deadline`."""
    assert process.stdout is not None
    assert process.stderr is not None
    out_fd, err_fd = process.stdout.fileno(), process.stderr.fileno()
    kept = {out_fd: bytearray(), err_fd: bytearray()}
    dropped = dict.fromkeys(kept, 0)
    drain_until: float | None = None
    with selectors.DefaultSelector() as selector:
        for stream in (process.stdout, process.stderr):
            selector.register(stream, selectors.EVENT_READ)
        while selector.get_map():
            now = time.monotonic()
            if drain_until is None and process.poll() is not None:
                drain_until = now + DRAIN_S
            stop_at = min(deadline, drain_until if drain_until is not None else deadline)
            if now >= stop_at:
                break
            for key, _ in selector.select(timeout=min(0.1, stop_at - now)):
                chunk = os.read(key.fd, 65536)
                if not chunk:
                    selector.unregister(key.fileobj)
                    continue
                room = OUTPUT_CAP_BYTES - len(kept[key.fd])
                kept[key.fd] += chunk[:room]
                dropped[key.fd] += max(0, len(chunk) - room)
    for fd, count in dropped.items():
        if count:
            kept[fd] += f"\n[... {count} more bytes cut: output is capped at {OUTPUT_CAP_BYTES} bytes]".encode()
    process.stdout.close()
    process.stderr.close()
    return kept[out_fd], kept[err_fd]


def _kill_group(identity: Identity, pgid: int) -> None:
    """SIGKILL a process group from a process of its own user: root here holds no CAP_KILL."""
    with contextlib.suppress(OSError, subprocess.TimeoutExpired):
        subprocess.run(
            ["kill", "-KILL", "--", f"-{pgid}"],
            env=identity.environment(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=5,
            check=False,
            user=identity.uid,
            group=identity.uid,
            extra_groups=_no_groups(identity),
        )


def _text(data: bytes | bytearray) -> str:
    return bytes(data).decode("utf-8", errors="replace")


def reap_orphans() -> None:
    """Reap the agent's orphans that ended: as process 1 of the container, the world server inherits every process
    whose parent exited, and their zombies would count against the container's pids limit."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
