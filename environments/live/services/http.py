"""A small HTTP/1.1 server: one request per connection (`Connection: close`), bodies by Content-Length or chunked,
each request handed to the site its Host names.

Bounded: the request head, the body, the number of open connections and how long a client may take."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from urllib.parse import unquote, urlsplit

MAX_HEAD_BYTES = 16 * 1024
MAX_BODY_BYTES = 1024 * 1024
MAX_CONNECTIONS = 64
CLIENT_TIMEOUT_S = 10.0
# Answers given before the request was read whole, and how much more of it to read before closing.
UNREAD_REQUEST = (
    HTTPStatus.BAD_REQUEST,
    HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
    HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
)
LINGER_BYTES = 64 * 1024
LINGER_S = 0.2

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Request:
    method: str
    target: str  # as sent: path and query
    path: str  # decoded, without the query
    host: str  # lower case, without the port
    headers: Mapping[str, str]  # names in lower case
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


@dataclass(frozen=True)
class Response:
    status: int
    body: bytes = b""
    content_type: str = "text/plain; charset=utf-8"
    headers: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, status: int, value: object) -> Response:
        return cls(status, json.dumps(value, indent=1).encode() + b"\n", "application/json")

    @classmethod
    def text(cls, status: int, text: str) -> Response:
        return cls(status, text.encode())


Site = Callable[[Request], Response]


class BadRequest(Exception):
    def __init__(self, status: HTTPStatus, why: str) -> None:
        super().__init__(why)
        self.status = status


class HttpServer:
    def __init__(self, sites: Mapping[str, Site]) -> None:
        self._sites = dict(sites)
        self._open = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            if self._open >= MAX_CONNECTIONS:
                response = Response.text(HTTPStatus.SERVICE_UNAVAILABLE, "too many connections\n")
            else:
                self._open += 1
                try:
                    response = await asyncio.wait_for(self._answer(reader, writer), CLIENT_TIMEOUT_S)
                finally:
                    self._open -= 1
            writer.write(_encode(response))
            await writer.drain()
            if response.status in UNREAD_REQUEST:
                await _linger(reader)
        except (TimeoutError, ConnectionError, asyncio.IncompleteReadError):
            pass  # the client went away or stalled: nothing to answer
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()

    async def _answer(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> Response:
        try:
            request = await read_request(reader, writer)
        except BadRequest as error:
            return Response.text(error.status, f"{error}\n")
        site = self._sites.get(request.host)
        if site is None:
            return Response.text(HTTPStatus.NOT_FOUND, f"no site is served at {request.host or '(no Host)'}\n")
        try:
            return site(request)
        except Exception:  # a bug in a site must not take the server down
            log.exception("%s %s on %s failed", request.method, request.target, request.host)
            return Response.text(HTTPStatus.INTERNAL_SERVER_ERROR, "internal error\n")


async def _linger(reader: asyncio.StreamReader) -> None:
    """Read a little of what the client is still sending before closing: closing with unread data resets the
    connection, and the client could lose the answer that says why."""
    with contextlib.suppress(TimeoutError, ConnectionError):
        await asyncio.wait_for(reader.read(LINGER_BYTES), LINGER_S)


async def read_request(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> Request:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.LimitOverrunError:
        raise BadRequest(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "the request head is too large") from None
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
        raise BadRequest(HTTPStatus.BAD_REQUEST, "malformed request line")
    method, target = parts[0].upper(), parts[1]
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        if colon:
            headers[name.strip().lower()] = value.strip()
    if headers.get("expect", "").lower() == "100-continue":
        writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
    body = await _read_body(reader, headers)
    split = urlsplit(target)
    host = headers.get("host", "").split(":")[0].lower()
    return Request(method, target, unquote(split.path) or "/", host, headers, body)


async def _read_body(reader: asyncio.StreamReader, headers: Mapping[str, str]) -> bytes:
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = bytearray()
        while True:
            size_line = await reader.readuntil(b"\r\n")
            try:
                size = int(size_line.split(b";")[0].strip(), 16)
            except ValueError:
                raise BadRequest(HTTPStatus.BAD_REQUEST, "malformed chunk size") from None
            if len(body) + size > MAX_BODY_BYTES:
                raise BadRequest(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"bodies are limited to {MAX_BODY_BYTES} bytes")
            if size == 0:
                await reader.readuntil(b"\r\n")  # no trailers are expected: the blank line that ends the body
                return bytes(body)
            body += await reader.readexactly(size)
            await reader.readexactly(2)
    length_text = headers.get("content-length", "0")
    if not length_text.isdigit():
        raise BadRequest(HTTPStatus.BAD_REQUEST, "malformed Content-Length")
    length = int(length_text)
    if length > MAX_BODY_BYTES:
        raise BadRequest(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"bodies are limited to {MAX_BODY_BYTES} bytes")
    return await reader.readexactly(length)


def _encode(response: Response) -> bytes:
    status = HTTPStatus(response.status)
    head = [
        f"HTTP/1.1 {status.value} {status.phrase}",
        f"Content-Type: {response.content_type}",
        f"Content-Length: {len(response.body)}",
        "Connection: close",
        *(f"{name}: {value}" for name, value in response.headers.items()),
    ]
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + response.body


async def start(server: HttpServer, host: str, port: int) -> asyncio.Server:
    # The reader's limit bounds how much of a head it buffers while looking for its end.
    return await asyncio.start_server(server.handle, host, port, limit=MAX_HEAD_BYTES, reuse_address=True)
