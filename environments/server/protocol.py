"""The wire protocol between the host (`DockerRuntime`) and the world server inside a container.

Each message is one frame: a 4-byte big-endian length, then that many bytes of UTF-8 JSON. Messages are pydantic
models told apart by their literal `type`, so a stray field or an unknown type is an error instead of a guess.

The conversation: the server says `hello` first, the host answers with its own `hello`; each side refuses a peer
of another PROTOCOL_VERSION. Then, request by request, the host sends `start` (-> `started` or `error`), `act` (one
turn's calls and the snapshot after them -> `acted`), `call` (-> `outcome`) or `snapshot` (-> `snapshot_state`); any
request may be answered by `error`.

Only stdlib and pydantic are imported here: this module runs inside the container.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from typing import Annotated, Literal, TypeVar, get_origin

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from records import CallOutcome, ToolCall, ToolSpec, TurnOutcome, WorldSetup, WorldSnapshot
from records.run import MAX_WORLDS_PER_CONTAINER

# Bump on any change to the messages below; the image tag also changes then, since it hashes this file.
PROTOCOL_VERSION = 3

_HEADER = struct.Struct(">I")
HEADER_SIZE = _HEADER.size
# A world snapshot is small; anything this large means the stream is out of step (or someone wrote to stdout).
MAX_FRAME_BYTES = 64 * 1024 * 1024


class ProtocolError(RuntimeError):
    """The peer broke the protocol: bad frame, unexpected message, or another protocol version."""


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Hello(_Message):
    type: Literal["hello"] = "hello"
    version: int
    role: Literal["host", "server"]


class _ToWorld(_Message):
    """A request to one of the worlds a server hosts side by side (one per episode), named by the host's slot."""

    world: int = Field(default=0, ge=0, lt=MAX_WORLDS_PER_CONTAINER)


class Start(_ToWorld):
    """Reset the container and build a fresh world from `setup` in slot `world`, replacing any world there."""

    type: Literal["start"] = "start"
    setup: WorldSetup


class Started(_Message):
    """The new world's tools, with what the host needs to verify the reset: the digest of the world's initial
    state (`World.digest`) and whatever an earlier episode left that the reset could not clear."""

    type: Literal["started"] = "started"
    tools: list[ToolSpec]
    state_digest: str
    leftovers: list[str]


class Act(_ToWorld):
    type: Literal["act"] = "act"
    calls: list[ToolCall]
    step_index: int


class Acted(_Message):
    type: Literal["acted"] = "acted"
    turn: TurnOutcome


class Call(_ToWorld):
    type: Literal["call"] = "call"
    call: ToolCall
    step_index: int


class Outcome(_Message):
    type: Literal["outcome"] = "outcome"
    outcome: CallOutcome


class TakeSnapshot(_ToWorld):
    type: Literal["snapshot"] = "snapshot"


class SnapshotState(_Message):
    type: Literal["snapshot_state"] = "snapshot_state"
    snapshot: WorldSnapshot


class ErrorReply(_Message):
    """The request failed (e.g. the world could not be built); the server keeps serving."""

    type: Literal["error"] = "error"
    message: str


ToServer = Annotated[Hello | Start | Act | Call | TakeSnapshot, Field(discriminator="type")]
ToHost = Annotated[Hello | Started | Acted | Outcome | SnapshotState | ErrorReply, Field(discriminator="type")]

_TO_SERVER: TypeAdapter[ToServer] = TypeAdapter(ToServer)
_TO_HOST: TypeAdapter[ToHost] = TypeAdapter(ToHost)

M = TypeVar("M")


# ---- framing ---------------------------------------------------------------------------------------------------


def encode_frame(message: BaseModel) -> bytes:
    # Only the fields that were set travel, so the other side rebuilds the same `model_fields_set`: the rules
    # read it (`Matcher(equals=None)` tests for null, a Matcher without `equals` does not), so a world in the
    # container must see exactly the checks the host has. Literal tags are always sent: unions need them.
    body = _tags_marked_set(message).model_dump_json(exclude_unset=True).encode("utf-8")
    if len(body) > MAX_FRAME_BYTES:
        raise ProtocolError(f"{type(message).__name__} of {len(body)} bytes exceeds the {MAX_FRAME_BYTES} byte limit")
    return _HEADER.pack(len(body)) + body


def _tags_marked_set(message: BaseModel) -> BaseModel:
    copy = message.model_copy(deep=True)
    _mark_tags(copy)
    return copy


def _mark_tags(value: object) -> None:
    if isinstance(value, BaseModel):
        for name, field in type(value).model_fields.items():
            if get_origin(field.annotation) is Literal:
                value.__pydantic_fields_set__.add(name)
            _mark_tags(getattr(value, name))
    elif isinstance(value, list | tuple):
        for item in value:
            _mark_tags(item)
    elif isinstance(value, dict):
        for item in value.values():
            _mark_tags(item)


def frame_length(header: bytes) -> int:
    (length,) = _HEADER.unpack(header)
    if length > MAX_FRAME_BYTES:
        raise ProtocolError(f"frame of {length} bytes announced; the stream is corrupt or out of step")
    return int(length)


class FrameDecoder:
    """Cuts a byte stream that arrives in arbitrary pieces into frame payloads."""

    def __init__(self) -> None:
        self._buffer = bytearray()

    def feed(self, data: bytes) -> list[bytes]:
        self._buffer += data
        payloads: list[bytes] = []
        while len(self._buffer) >= HEADER_SIZE:
            length = frame_length(bytes(self._buffer[:HEADER_SIZE]))
            end = HEADER_SIZE + length
            if len(self._buffer) < end:
                break
            payloads.append(bytes(self._buffer[HEADER_SIZE:end]))
            del self._buffer[:end]
        return payloads

    @property
    def pending(self) -> int:
        """Bytes received that do not yet form a whole frame."""
        return len(self._buffer)


def read_frame(read: Callable[[int], bytes]) -> bytes | None:
    """Read one frame with a blocking `read(n)` that returns fewer bytes only at end of stream.

    Returns None on a clean end of stream (before a header); a stream cut inside a frame is a ProtocolError.
    """
    header = read(HEADER_SIZE)
    if not header:
        return None
    if len(header) < HEADER_SIZE:
        raise ProtocolError("stream ended inside a frame header")
    length = frame_length(header)
    body = read(length) if length else b""
    if len(body) < length:
        raise ProtocolError(f"stream ended after {len(body)} of {length} bytes of a frame")
    return body


# ---- messages ----------------------------------------------------------------------------------------------------


def _decode(adapter: TypeAdapter[M], payload: bytes, direction: str) -> M:
    try:
        return adapter.validate_json(payload)
    except ValidationError as error:
        raise ProtocolError(f"invalid message {direction}: {error}") from None


def decode_to_server(payload: bytes) -> ToServer:
    return _decode(_TO_SERVER, payload, "from the host")


def decode_to_host(payload: bytes) -> ToHost:
    return _decode(_TO_HOST, payload, "from the sandbox server")


def check_hello(message: ToServer | ToHost, peer: Literal["host", "server"]) -> Hello:
    """The handshake: the first message must be the peer's hello with our own protocol version."""
    if not isinstance(message, Hello) or message.role != peer:
        raise ProtocolError(f"expected the {peer}'s hello, got a {message.type!r} message")
    if message.version != PROTOCOL_VERSION:
        advice = (
            "rebuild the sandbox image (`sandbox image build`) so it matches this checkout"
            if peer == "server"
            else "the host runs a different version of agent-safety-sandbox than this image"
        )
        raise ProtocolError(
            f"protocol version mismatch: the {peer} speaks v{message.version}, "
            f"this side speaks v{PROTOCOL_VERSION}; {advice}"
        )
    return message
