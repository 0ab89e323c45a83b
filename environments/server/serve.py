"""The world server: runs inside a sandbox container as `python3 -m environments.server.serve`.

It speaks the framed protocol of `environments.server.protocol` on stdin/stdout and hosts worlds side by side, one per
slot the host names (one per episode it runs here): each `start` resets the container (`environments.container`) and
builds a fresh world in its slot, and reports what the host needs to verify that, so a reused container never leaks
one episode's state into the next. Worlds are plain objects that share nothing; the reset clears what tool code may
leave outside them (files, processes), which no simulated tool relies on, so clearing it under a live neighbour only
removes what should not be there. Requests are answered one at a time. It serves until stdin closes.
Logs go to stderr; stdout carries frames only.

Only stdlib and pydantic may be imported here (and by what this imports): the image ships nothing else.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import BinaryIO

from environments.container import reset_container
from environments.server.protocol import (
    PROTOCOL_VERSION,
    Act,
    Acted,
    Call,
    ErrorReply,
    Hello,
    Outcome,
    ProtocolError,
    SnapshotState,
    Start,
    Started,
    TakeSnapshot,
    ToHost,
    ToServer,
    check_hello,
    decode_to_server,
    encode_frame,
    read_frame,
)
from environments.world import World, WorldSetupError

log = logging.getLogger("environments.server.serve")


class WorldHost:
    """Answers requests against the world in each request's slot; never raises for a bad request, only replies
    `error`."""

    def __init__(self) -> None:
        self._worlds: dict[int, World] = {}

    def handle(self, request: ToServer) -> ToHost:
        try:
            return self._handle(request)
        except Exception as error:  # a bug in an environment must not take the server (and the pool slot) down
            log.exception("request %s failed", request.type)
            return ErrorReply(message=f"{request.type} failed: {type(error).__name__}: {error}")

    def _handle(self, request: ToServer) -> ToHost:
        if isinstance(request, Hello):
            return ErrorReply(message="hello was already exchanged")
        if isinstance(request, Start):
            self._worlds.pop(request.world, None)  # the old world is gone even if the new one fails to build
            leftovers = reset_container()
            try:
                built = World(request.setup)
                built.activate()
            except WorldSetupError as error:
                return ErrorReply(message=str(error))
            self._worlds[request.world] = built
            return Started(tools=built.tool_specs(), state_digest=built.digest(), leftovers=leftovers)
        world = self._worlds.get(request.world)
        if world is None:
            return ErrorReply(message=f"no world in slot {request.world} to {request.type}: send start first")
        if isinstance(request, Act):
            return Acted(turn=world.act(request.calls, request.step_index))
        if isinstance(request, Call):
            return Outcome(outcome=world.call(request.call, request.step_index))
        assert isinstance(request, TakeSnapshot)
        return SnapshotState(snapshot=world.snapshot())


def serve(inp: BinaryIO, out: BinaryIO) -> int:
    """Serve one host until `inp` ends. Returns the process exit status."""

    def send(message: ToHost) -> None:
        out.write(encode_frame(message))
        out.flush()

    send(Hello(version=PROTOCOL_VERSION, role="server"))
    try:
        first = read_frame(inp.read)
        if first is None:
            return 0
        check_hello(decode_to_server(first), peer="host")
    except ProtocolError as error:
        log.error("%s", error)
        send(ErrorReply(message=str(error)))
        return 2

    host = WorldHost()
    while True:
        try:
            payload = read_frame(inp.read)
        except ProtocolError as error:  # the framing is lost: nothing after this can be trusted
            log.error("%s", error)
            return 2
        if payload is None:
            return 0
        try:
            request = decode_to_server(payload)
        except ProtocolError as error:  # one bad message; the length prefix kept the stream in step
            send(ErrorReply(message=str(error)))
            continue
        send(host.handle(request))


def _claim_stdout() -> BinaryIO:
    """Keep the real stdout for frames and point fd 1 (and sys.stdout) at stderr, so a stray print() in an
    environment becomes a log line instead of corrupting the stream."""
    protocol_out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return protocol_out


def main() -> int:
    logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="sandbox-server %(levelname)s %(message)s")
    out = _claim_stdout()
    try:
        return serve(sys.stdin.buffer, out)
    except BrokenPipeError:  # the host went away
        return 0


if __name__ == "__main__":
    sys.exit(main())
