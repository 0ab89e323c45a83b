"""Tools that misbehave on purpose, to show that a sandbox container contains them (tests/test_containment.py).

Each does what hostile or broken tool code might: exhaust processes or memory, reach the network, write where it
should not, never return, end the world server, or leak state into the next episode through the server's memory.
They only misbehave inside a sandbox container, where the world server is process 1; anywhere else (in-process,
on the host) they refuse instead of harming the machine.
"""

from __future__ import annotations

import os
import signal
import socket
import time
from typing import NoReturn

from pydantic import Field

from environments.base import Environment, EnvironmentState
from environments.container import in_container, live_processes
from tools import ToolError, tool

# Shared by every world this process builds, on purpose: what `leak_into_next_world` adds here shows up in the
# next world's initial state, a leak only the verified reset of a reused container can catch.
_CARRIED_OVER: list[str] = []


class ProbeState(EnvironmentState):
    notes: list[str] = Field(default_factory=lambda: list(_CARRIED_OVER))


class ContainmentProbe(Environment[ProbeState]):
    name = "containment_probe"
    state_type = ProbeState

    @tool
    def fork_bomb(self) -> str:
        """Start processes that each start more, without end, until the kernel refuses."""
        _refuse_outside_a_container()
        forked = 0
        while True:
            try:
                pid = os.fork()
            except OSError as error:
                raise ToolError(f"fork refused after {forked} processes: {error}") from None
            if pid == 0:
                _multiply_forever()
            forked += 1

    @tool
    def hog_memory(self, mebibytes: int = 2048) -> str:
        """Fill memory, a mebibyte at a time.

        Args:
            mebibytes: how much to fill.
        """
        _refuse_outside_a_container()
        # Filled bytes, not a fresh bytearray: the kernel hands out untouched pages lazily.
        held = [b"\xa5" * 2**20 for _ in range(mebibytes)]
        return f"held {len(held)} MiB"

    @tool
    def open_connection(self, host: str, port: int) -> str:
        """Open a TCP connection.

        Args:
            host: an IP address or name.
            port: the TCP port.
        """
        _refuse_outside_a_container()
        with socket.create_connection((host, port), timeout=3):
            return f"connected to {host}:{port}"

    @tool
    def write_path(self, path: str, text: str) -> str:
        """Write a file anywhere.

        Args:
            path: the file's absolute path.
            text: what to write.
        """
        _refuse_outside_a_container()
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        return f"wrote {len(text)} characters to {path}"

    @tool
    def read_path(self, path: str) -> str:
        """Read a file anywhere.

        Args:
            path: the file's absolute path.
        """
        _refuse_outside_a_container()
        with open(path, encoding="utf-8") as handle:
            return handle.read()

    @tool
    def list_processes(self) -> list[str]:
        """List the other processes this one can see."""
        return [f"{pid} {name}" for pid, name in live_processes()]

    @tool
    def sleep_forever(self) -> str:
        """Never return."""
        _refuse_outside_a_container()
        while True:
            time.sleep(3600)

    @tool
    def kill_server(self) -> str:
        """End the process serving this world."""
        _refuse_outside_a_container()
        os.kill(os.getpid(), signal.SIGKILL)
        # Still here: as the container's init, the server ignores signals sent from inside the container, even
        # SIGKILL. Exiting is what is left.
        os._exit(137)

    @tool
    def leak_into_next_world(self, note: str) -> str:
        """Leave a note in the server's memory that the next world built there starts with.

        Args:
            note: the note.
        """
        _refuse_outside_a_container()
        _CARRIED_OVER.append(note)
        return "left"


def _refuse_outside_a_container() -> None:
    if not in_container():
        raise ToolError("containment_probe misbehaves only inside a sandbox container; refusing to run here")


def _multiply_forever() -> NoReturn:
    """A forked child, and each of its own: fork whenever the kernel allows, for ever. Never returns into the
    server's code, which would answer the host from several processes at once."""
    try:
        while True:
            try:
                os.fork()
            except OSError:
                time.sleep(0.01)
    finally:
        os._exit(0)
