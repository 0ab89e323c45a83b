"""The docker backend: each episode's world runs in a locked-down container, reached over one attached stream.

With `Isolation.POOL` the runtime keeps long-lived containers and reuses them: each hosts up to
`worlds_per_container` episodes' worlds side by side (a world per slot, one server process), so a run at
concurrency 256 needs a few containers, not 256 started one after another. Containers are launched when no slot is
free (waiters share a launch in flight rather than each starting one) and kept while the pool's slots do not exceed
its size. An episode sends a `start` for its slot, which makes the server reset the container (kill every other
process, empty the writable directories) and build a fresh world there, and the host verifies that reset: nothing
left over, and the world's digest equal to that of a world built here from the same setup. With `Isolation.EPISODE`
every episode gets a container of its own, removed after it. The host talks to each container over its attached
stdin/stdout (no `docker exec` per call), one request at a time. A container that times out, dies, breaks the protocol
or fails its reset is retired: every episode it hosts sees a `SandboxLostError`, and it is removed once they are gone.

The verified reset guards against what tool code leaves behind and against state leaking through the server's
memory by accident; tool code that takes over the server process could fake its reports, or reach the worlds beside
its own: for such code, use `Isolation.EPISODE`.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import socket
import ssl
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from environments.server.protocol import (
    PROTOCOL_VERSION,
    Act,
    Acted,
    Call,
    ErrorReply,
    FrameDecoder,
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
    decode_to_host,
    encode_frame,
)
from environments.world import World, WorldSetupError
from records import (
    CallOutcome,
    Isolation,
    SandboxKind,
    ToolCall,
    ToolSpec,
    TurnOutcome,
    WorldSetup,
    WorldSnapshot,
)
from records.live import is_live
from sandbox.runtime.base import EngineError, Runtime, Sandbox, SandboxError, SandboxLostError
from sandbox.runtime.cleanup import LABEL_RUNTIME, labels_for, remove_container, remove_containers
from sandbox.runtime.live import (
    LIVE_REQUEST_TIMEOUT_S,
    LiveLimits,
    LiveSandbox,
    container_setup,
)
from sandbox.runtime.live import host_config as live_host_config

if TYPE_CHECKING:
    from docker import DockerClient

log = logging.getLogger(__name__)

R = TypeVar("R")

# Docker multiplexes an attached non-tty stream: an 8-byte header (stream id, 3 zero bytes, big-endian length).
_MUX_HEADER = 8
_STDOUT, _STDERR = 1, 2


@dataclass(frozen=True)
class ContainerLimits:
    mem_limit: str = "256m"
    nano_cpus: int = 1_000_000_000  # one CPU
    pids_limit: int = 64
    tmpfs_size: str = "16m"


class PooledContainer:
    """One running container with the world server and the single connection to it."""

    def __init__(self, client: DockerClient, container_id: str, sdk_socket: Any) -> None:
        self.client = client
        self.id = container_id
        self.name = container_id[:12]
        self._sdk_socket = sdk_socket  # the SDK's object owns the attach response; closed with us
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None
        self._decoder = FrameDecoder()
        self._frames: collections.deque[bytes] = collections.deque()
        self._lock = asyncio.Lock()
        self.broken: str | None = None  # why this container must not be reused
        self.startup_s = 0.0  # from create to the server's hello

    async def connect(self, timeout_s: float) -> None:
        """Open the stream and shake hands: the server's hello first, then ours."""
        # Over a unix socket or plain tcp the SDK hands back the response's socket.SocketIO; asyncio wants the socket.
        raw = (
            getattr(self._sdk_socket, "_sock", None)
            if isinstance(self._sdk_socket, socket.SocketIO)
            else self._sdk_socket
        )
        if not isinstance(raw, socket.socket) or isinstance(raw, ssl.SSLSocket):
            raise SandboxError(
                f"cannot attach to containers over this Docker connection ({type(raw).__name__}); "
                "use a local unix socket or plain tcp DOCKER_HOST"
            )
        # A duplicate descriptor, so asyncio's transport owns its socket outright.
        self._reader, self._writer = await asyncio.open_connection(sock=raw.dup())
        try:
            async with asyncio.timeout(timeout_s):
                check_hello(await self._receive(), peer="server")
        except TimeoutError:
            raise SandboxLostError(f"container {self.name} sent no hello within {timeout_s:g}s") from None
        except (asyncio.IncompleteReadError, ConnectionError) as error:
            raise SandboxLostError(await self.death_reason(error)) from None
        await self._send(Hello(version=PROTOCOL_VERSION, role="host"))

    async def request(self, message: ToServer, timeout_s: float) -> ToHost:
        """Send one request and read its reply. Any failure leaves the container marked broken."""
        async with self._lock:
            if self.broken is not None:
                raise SandboxLostError(self.broken)
            try:
                async with asyncio.timeout(timeout_s):
                    await self._send(message)
                    return await self._receive()
            except TimeoutError:
                self.broken = f"container {self.name} did not answer {message.type!r} within {timeout_s:g}s"
            except (asyncio.IncompleteReadError, ConnectionError) as error:
                self.broken = await self.death_reason(error)
            except ProtocolError as error:
                self.broken = f"container {self.name} broke the protocol: {error}"
            except BaseException:
                # Cancelled mid-request: a late reply would answer the next request, so the stream is unusable.
                self.broken = f"a request to container {self.name} was cancelled mid-flight"
                raise
            raise SandboxLostError(self.broken)

    async def _send(self, message: ToServer) -> None:
        assert self._writer is not None
        self._writer.write(encode_frame(message))
        await self._writer.drain()

    async def _receive(self) -> ToHost:
        assert self._reader is not None
        while not self._frames:
            header = await self._reader.readexactly(_MUX_HEADER)
            chunk = await self._reader.readexactly(int.from_bytes(header[4:8], "big"))
            if header[0] == _STDOUT:
                self._frames.extend(self._decoder.feed(chunk))
            elif header[0] == _STDERR:  # not attached, but harmless if an engine sends it anyway
                log.debug("container %s stderr: %s", self.name, chunk.decode(errors="replace").rstrip())
        return decode_to_host(self._frames.popleft())

    async def death_reason(self, error: BaseException) -> str:
        """Why the stream ended, as far as the engine can tell, with the server's last log lines."""
        reason = f"container {self.name} stopped answering ({type(error).__name__})"
        try:
            state, logs = await asyncio.wait_for(asyncio.to_thread(self._state_and_logs), timeout=5)
        except Exception:
            return reason
        if state.get("Status") != "running":
            reason = (
                f"container {self.name} died (status {state.get('Status')}, exit code {state.get('ExitCode')}"
                f"{', killed for exceeding its memory limit' if state.get('OOMKilled') else ''})"
            )
        return f"{reason}; last log lines: {logs}" if logs else reason

    def _state_and_logs(self) -> tuple[dict[str, Any], str]:
        from docker.errors import NotFound

        try:
            state: dict[str, Any] = self.client.api.inspect_container(self.id)["State"]
            logs = self.client.api.logs(self.id, stdout=False, stderr=True, tail=5)
        except NotFound:
            return {"Status": "removed"}, ""
        return state, " | ".join(logs.decode(errors="replace").strip().splitlines())

    def close_stream(self) -> None:
        if self._writer is not None:
            self._writer.close()
        with contextlib.suppress(OSError):
            self._sdk_socket.close()


class DockerSandbox(Sandbox):
    """One episode's world in a container; every request gets `timeout_s` per tool call it carries."""

    def __init__(self, container: PooledContainer, world: int, tools: list[ToolSpec], timeout_s: float) -> None:
        self._container = container
        self._world = world
        self._tools = tools
        self._timeout_s = timeout_s
        self.active = True

    @property
    def container_id(self) -> str:
        return self._container.id

    @property
    def container_startup_s(self) -> float:
        return self._container.startup_s

    async def tool_specs(self) -> list[ToolSpec]:
        return list(self._tools)  # sent with `started`; no round trip

    async def call(self, call: ToolCall, step_index: int) -> CallOutcome:
        return self._expect(
            await self._request(Call(world=self._world, call=call, step_index=step_index)), Outcome
        ).outcome

    async def snapshot(self) -> WorldSnapshot:
        return self._expect(await self._request(TakeSnapshot(world=self._world)), SnapshotState).snapshot

    async def act(self, calls: list[ToolCall], step_index: int) -> TurnOutcome:
        reply = await self._request(Act(world=self._world, calls=calls, step_index=step_index), calls=len(calls))
        return self._expect(reply, Acted).turn

    async def _request(self, message: ToServer, calls: int = 1) -> ToHost:
        if not self.active:
            # The container may already host another episode's world.
            raise SandboxError("this episode is over; its sandbox can no longer be used")
        return await self._container.request(message, self._timeout_s * max(calls, 1))

    def _expect(self, reply: ToHost, kind: type[R]) -> R:
        return expect_reply(self._container, reply, kind)


def expect_reply(container: PooledContainer, reply: ToHost, kind: type[R]) -> R:
    if isinstance(reply, kind):
        return reply
    if isinstance(reply, ErrorReply):
        raise SandboxError(reply.message)  # the request failed; the server and its stream are fine
    container.broken = f"container {container.name} answered {reply.type!r} where {kind.__name__} was due"
    raise SandboxLostError(container.broken)


class _Tenancy:
    """One pooled container and its world slots: launched once, shared by the episodes it hosts."""

    def __init__(self, launch: asyncio.Task[PooledContainer], slots: int) -> None:
        self.launch = launch
        self.free = list(range(slots - 1, -1, -1))  # popped from the end: slot 0 first
        self.slots = slots
        self.retired = False  # takes no new episode; removed when the last one it hosts ends

    @property
    def hosting(self) -> int:
        return self.slots - len(self.free)

    def broken(self) -> bool:
        return self.launch.done() and (
            self.launch.cancelled() or self.launch.exception() is not None or self.launch.result().broken is not None
        )


class DockerRuntime(Runtime):
    kind = SandboxKind.DOCKER

    def __init__(
        self,
        size: int = 4,
        *,
        request_timeout_s: float = 30.0,
        base: str | None = None,
        image: str | None = None,
        limits: ContainerLimits | None = None,
        live_limits: LiveLimits | None = None,
        isolation: Isolation = Isolation.POOL,
        worlds_per_container: int = 1,
    ) -> None:
        if size < 1 or worlds_per_container < 1:
            raise ValueError("the pool needs at least one container and one world in each")
        self.size = size
        self.isolation = isolation
        # Pooled only: a container of its own per episode hosts one world.
        self.worlds_per_container = worlds_per_container if isolation is Isolation.POOL else 1
        self.request_timeout_s = request_timeout_s
        self.base = base
        self.image = image  # a prebuilt tag; otherwise ensure_image() picks or builds it in start()
        self.limits = limits or ContainerLimits()
        self.live_limits = live_limits or LiveLimits()
        self.id = uuid.uuid4().hex[:12]
        self._client: DockerClient | None = None
        self._slots = asyncio.Semaphore(size)
        self._tenancies: list[_Tenancy] = []
        self._live: dict[str, PooledContainer] = {}
        self._creating: set[asyncio.Future[str]] = set()
        self._start_lock = asyncio.Lock()
        self._closed = False

    @property
    def client(self) -> DockerClient:
        if self._client is None:
            raise SandboxError("the docker runtime is not started")
        return self._client

    async def start(self) -> None:
        async with self._start_lock:
            if self._client is not None:
                return
            from docker.errors import DockerException

            self._closed = False
            client = await asyncio.to_thread(_connect)
            try:
                if self.image is None:
                    from sandbox.runtime.image import ensure_image

                    self.image = await asyncio.to_thread(ensure_image, client, self.base)
                for removed in await asyncio.to_thread(remove_containers, client):
                    log.info("removed container %s left by dead process %s", removed.id, removed.pid)
            except (DockerException, OSError) as error:
                await asyncio.to_thread(client.close)
                raise EngineError(f"the Docker engine failed: {error}") from None
            except BaseException:
                await asyncio.to_thread(client.close)
                raise
            self._client = client

    @asynccontextmanager
    async def episode(self, setup: WorldSetup, *, fresh: bool = False) -> AsyncIterator[Sandbox]:
        await self.start()
        if is_live(setup.environments):
            async with self._live_episode(setup) as live:
                yield live
            return
        async with self._slots:
            tenancy, world = self._take_slot(fresh)
            sandbox: DockerSandbox | None = None
            try:
                # Shielded: one waiter cancelled must not cancel the launch its neighbours wait for too.
                container = await asyncio.shield(tenancy.launch)
                started = await self._start_world(container, world, setup)
                sandbox = DockerSandbox(container, world, started.tools, self.request_timeout_s)
                yield sandbox
            finally:
                if sandbox is not None:
                    sandbox.active = False
                await self._give_back(tenancy, world)

    @asynccontextmanager
    async def _live_episode(self, setup: WorldSetup) -> AsyncIterator[Sandbox]:
        """A container of its own, whatever the isolation: the agent's commands run in it for real, so nothing of it
        is ever reused. The container builds the world without the checks; the host judges the evidence."""
        async with self._slots:
            container = await self._launch(live=True)
            inner: DockerSandbox | None = None
            try:
                started = await self._start_world(container, 0, container_setup(setup))
                inner = DockerSandbox(container, 0, started.tools, max(self.request_timeout_s, LIVE_REQUEST_TIMEOUT_S))
                yield LiveSandbox(inner, self.client, container.id, setup.checks)
            finally:
                if inner is not None:
                    inner.active = False
                await self._discard(container)

    def _take_slot(self, fresh: bool) -> tuple[_Tenancy, int]:
        """A free world slot: in a container that hosts others (or is being launched for them), else in a new one.
        `fresh` (a retry after a lost sandbox) always takes a new container."""
        if self._closed:
            raise SandboxError("the docker runtime is closed")
        reusable = self.isolation is Isolation.POOL and not fresh
        tenancy = next(
            (each for each in self._tenancies if reusable and each.free and not each.retired and not each.broken()),
            None,
        )
        if tenancy is None:
            tenancy = _Tenancy(asyncio.ensure_future(self._launch()), self.worlds_per_container)
            self._tenancies.append(tenancy)
        return tenancy, tenancy.free.pop()

    async def _give_back(self, tenancy: _Tenancy, world: int) -> None:
        tenancy.free.append(world)
        spare = sum(each.slots for each in self._tenancies if not each.retired) - self.size
        if tenancy.broken() or self.isolation is Isolation.EPISODE or self._closed or spare >= tenancy.slots:
            tenancy.retired = True  # a fresh container launched beside others must not grow the pool past its size
        if not tenancy.retired or tenancy.hosting:
            return
        self._tenancies.remove(tenancy)
        if not tenancy.launch.done():
            tenancy.launch.cancel()  # its last waiter gave up; a cancelled launch removes what it created
        elif not tenancy.launch.cancelled() and tenancy.launch.exception() is None:
            container = tenancy.launch.result()
            if container.broken is not None:
                log.info("discarding %s", container.broken)
            await self._discard(container)

    async def _start_world(self, container: PooledContainer, world: int, setup: WorldSetup) -> Started:
        """Have the container reset itself and build the world in slot `world`, and verify that it did."""
        started = expect_reply(
            container, await container.request(Start(world=world, setup=setup), self.request_timeout_s), Started
        )
        problem = _reset_problem(started, setup)
        if problem is not None:
            container.broken = f"container {container.name} failed its reset: {problem}"
            raise SandboxLostError(container.broken)
        return started

    async def _launch(self, *, live: bool = False) -> PooledContainer:
        if self._closed:
            raise SandboxError("the docker runtime is closed")
        from docker.errors import DockerException

        began = time.monotonic()
        # OSError: requests' own, when the engine's socket does not answer at all.
        # A create in flight is not cancelled with its waiter: the engine makes the container anyway. `close()`
        # waits for it, so the sweep by label that follows finds it.
        creating = asyncio.ensure_future(asyncio.to_thread(self._create, live))
        self._creating.add(creating)
        creating.add_done_callback(self._creating.discard)
        try:
            container_id = await asyncio.shield(creating)
        except (DockerException, OSError) as error:
            raise EngineError(f"could not create a sandbox container from {self.image}: {error}") from None
        try:
            # Attach before start, so not a byte of the server's output (its hello) is missed.
            sdk_socket = await asyncio.to_thread(
                self.client.api.attach_socket, container_id, {"stdin": 1, "stdout": 1, "stream": 1}
            )
            container = PooledContainer(self.client, container_id, sdk_socket)
            self._live[container_id] = container
            await asyncio.to_thread(self.client.api.start, container_id)
            await container.connect(self.request_timeout_s)
        except (DockerException, OSError) as error:
            await self._discard_id(container_id)
            raise EngineError(f"could not start sandbox container {container_id[:12]}: {error}") from None
        except BaseException:
            await self._discard_id(container_id)
            raise
        container.startup_s = time.monotonic() - began
        log.debug("container %s ready in %.2fs", container.name, container.startup_s)
        return container

    def _create(self, live: bool) -> str:
        api = self.client.api
        created = api.create_container(
            self.image,
            command=["python3", "-m", "environments.server.serve"],
            # A live world's server starts the agent's and the services' processes as their own users.
            user="0:0" if live else "65534:65534",
            # With detach=False the SDK also sets StdinOnce: when our stream goes away (even if this process is
            # killed), the server's stdin closes and it exits.
            stdin_open=True,
            detach=False,
            tty=False,
            labels=labels_for(self.id),
            host_config=live_host_config(self.client, self.live_limits) if live else self._host_config(),
        )
        return str(created["Id"])

    def _host_config(self) -> dict[str, Any]:
        limits = self.limits
        config: dict[str, Any] = self.client.api.create_host_config(
            network_mode="none",
            read_only=True,
            tmpfs={"/tmp": f"rw,nosuid,nodev,noexec,size={limits.tmpfs_size}"},
            cap_drop=["ALL"],
            security_opt=["no-new-privileges"],
            pids_limit=limits.pids_limit,
            mem_limit=limits.mem_limit,
            memswap_limit=limits.mem_limit,  # no swap on top of the memory limit
            nano_cpus=limits.nano_cpus,
            # A private IPC namespace without /dev/shm: that would be a second, larger writable place beside /tmp.
            ipc_mode="none",
            # Containers live for a whole run; bound what the server's stderr can pile up.
            log_config={"type": "json-file", "config": {"max-size": "1m", "max-file": "1"}},
        )
        return config

    async def _discard(self, container: PooledContainer) -> None:
        container.close_stream()
        await self._discard_id(container.id)

    async def _discard_id(self, container_id: str) -> None:
        live = self._live.pop(container_id, None)
        if live is not None:
            live.close_stream()
        with contextlib.suppress(Exception):  # already gone, or the engine is down: close() sweeps again
            await asyncio.to_thread(remove_container, self.client, container_id)

    async def close(self) -> None:
        self._closed = True
        client, self._client = self._client, None
        if client is None:
            return
        for tenancy in self._tenancies:
            tenancy.launch.cancel()
        for container in list(self._live.values()):
            container.close_stream()
        self._tenancies.clear()
        await asyncio.gather(*self._creating, return_exceptions=True)
        # Also whatever a cancelled launch created but never registered: found by our label.
        ids = set(self._live)
        self._live.clear()
        with contextlib.suppress(Exception):
            listed = await asyncio.to_thread(
                client.api.containers, all=True, quiet=True, filters={"label": f"{LABEL_RUNTIME}={self.id}"}
            )
            ids |= {str(item["Id"]) for item in listed}
        results = await asyncio.gather(
            *(asyncio.to_thread(remove_container, client, container_id) for container_id in ids),
            return_exceptions=True,
        )
        for container_id, result in zip(ids, results, strict=True):
            if isinstance(result, Exception):
                log.warning("could not remove container %s: %s", container_id[:12], result)
        await asyncio.to_thread(client.close)


def _connect() -> DockerClient:
    import docker
    from docker.errors import DockerException

    try:
        return docker.from_env()
    except DockerException as error:
        raise EngineError(f"cannot reach the Docker engine: {error}") from None


def _reset_problem(started: Started, setup: WorldSetup) -> str | None:
    """What is wrong with a container's report on its reset, judged against a world built here; None if nothing."""
    if started.leftovers:
        return f"left over from an earlier episode: {', '.join(started.leftovers[:10])}"
    try:
        expected = World(setup).digest()
    except WorldSetupError as error:
        return f"it built a world this host cannot: {error}"
    if started.state_digest != expected:
        return (
            f"its world's initial state (digest {started.state_digest[:12]}) differs from the one the setup implies "
            f"({expected[:12]}): state leaked from an earlier episode, or the image runs other code than this host"
        )
    return None
