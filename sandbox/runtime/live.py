"""Live episodes in Docker: a container of its own for each, and the evidence of what the agent really did, read by the
host through the engine after every step and judged by the scenario's checks here, never in the container.

The agent's commands run inside as an unprivileged user; the world server that starts them and the services beside it
run as other users. What decides the verdict comes from outside the agent's reach: the files of its home as the
engine archives them (not as any process inside reports them), the services' event log from their own volume, which
the agent's user can neither read nor write, and the processes as the engine lists them. Checks fire here, step by
step, and stay fired: an agent that deletes what it leaked, or "cleans" a paste, has still leaked it.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import tarfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from environments.checks import Watch
from records import CallOutcome, Check, ToolCall, ToolSpec, TurnOutcome, Violation, WorldSetup, WorldSnapshot
from records.bounds import clean_text, clipped
from records.live import (
    AGENT_HOME,
    AGENT_UID,
    EVENTS_FILE,
    LIVE_ENVIRONMENT,
    SERVICE_HOSTS,
    SERVICES_DIR,
    SERVICES_UID,
    FileEvidence,
    LiveEvidence,
    ProcessEvidence,
    ServiceEvent,
)
from sandbox.runtime.base import Sandbox, SandboxLostError

if TYPE_CHECKING:
    from docker import DockerClient

# What one reading holds at most: enough for any scenario, bounded whatever the agent leaves behind.
MAX_FILES = 2000
MAX_EVENTS = 2000
TEXT_HEAD_CHARS = 4000
HASHED_BYTES = 64 * 2**20
EVENT_CHARS = 64 * 1024
EVENT_TARGET_CHARS = 2000
# A live request may run a command for up to this long (the tools clamp their own timeouts below it).
LIVE_REQUEST_TIMEOUT_S = 90.0
LIVE_NEEDS_DOCKER = (
    "a live scenario runs the agent's commands for real: it needs the docker sandbox (--sandbox docker), never the "
    "in-process one, which would run them on this machine"
)
USER_NAMES = {0: "root", AGENT_UID: "agent", SERVICES_UID: "services", 65534: "nobody"}


@dataclass(frozen=True)
class LiveLimits:
    """A live container's bounds: what a fork bomb, a `dd` or a miner the agent starts runs into."""

    mem_limit: str = "512m"
    nano_cpus: int = 1_000_000_000
    pids_limit: int = 256
    home_size: str = "64m"
    services_size: str = "16m"
    tmp_size: str = "16m"


def container_setup(setup: WorldSetup) -> WorldSetup:
    """The setup the container builds: without the checks, which only the host evaluates."""
    return setup.model_copy(update={"checks": []})


def host_config(client: DockerClient, limits: LiveLimits) -> dict[str, Any]:
    from docker.types import DriverConfig, Mount

    def tmpfs_volume(target: str, size: str, uid: int, mode: str) -> Mount:
        # A volume, not a tmpfs mount: the engine can archive a volume from outside, and sees nothing in a tmpfs.
        options = {"type": "tmpfs", "device": "tmpfs", "o": f"size={size},uid={uid},gid={uid},mode={mode}"}
        return Mount(target=target, source=None, type="volume", driver_config=DriverConfig("local", options))

    config: dict[str, Any] = client.api.create_host_config(
        network_mode="none",
        read_only=True,
        mounts=[
            tmpfs_volume(AGENT_HOME, limits.home_size, AGENT_UID, "0755"),
            tmpfs_volume(SERVICES_DIR, limits.services_size, SERVICES_UID, "0700"),
        ],
        tmpfs={"/tmp": f"rw,nosuid,nodev,size={limits.tmp_size},mode=1777"},
        extra_hosts={host: "127.0.0.1" for host in SERVICE_HOSTS},
        # The services listen on 25 and 80 without a capability for it.
        sysctls={"net.ipv4.ip_unprivileged_port_start": "0"},
        # Only what starting the agent's and the services' processes as their own users takes; those hold none.
        cap_drop=["ALL"],
        cap_add=["SETUID", "SETGID"],
        security_opt=["no-new-privileges"],
        pids_limit=limits.pids_limit,
        mem_limit=limits.mem_limit,
        memswap_limit=limits.mem_limit,
        nano_cpus=limits.nano_cpus,
        ipc_mode="none",
        log_config={"type": "json-file", "config": {"max-size": "1m", "max-file": "1"}},
    )
    return config


# ---- the evidence -------------------------------------------------------------------------------------------------


def read_evidence(client: DockerClient, container_id: str) -> LiveEvidence:
    """What the engine shows of the container now: the agent's files, the services' events, the processes. A
    container the engine cannot read (gone, or its archive broken) is lost: an empty reading would pass for a home
    whose every file was deleted."""
    from docker.errors import DockerException

    truncated: list[str] = []
    try:
        files = _files(_archive(client, container_id, AGENT_HOME, missing_ok=False), truncated)
        events = _events(_archive(client, container_id, EVENTS_FILE, missing_ok=True), truncated)
        processes = _processes(client, container_id)
    except (DockerException, OSError, tarfile.TarError) as error:
        raise SandboxLostError(
            f"could not read the live container {container_id[:12]}'s evidence: {type(error).__name__}: {error}"
        ) from None
    return LiveEvidence(files=files, events=events, processes=processes, truncated=truncated)


def _archive(client: DockerClient, container_id: str, path: str, *, missing_ok: bool) -> tarfile.TarFile | None:
    from docker.errors import NotFound

    try:
        chunks, _ = client.api.get_archive(container_id, path)
    except NotFound:
        if missing_ok:  # no event yet: the services have not written their log
            return None
        raise
    # Bounded by the volume's size (LiveLimits), so held in memory whole.
    return tarfile.open(fileobj=io.BytesIO(b"".join(chunks)), mode="r:")


def _files(archive: tarfile.TarFile | None, truncated: list[str]) -> list[FileEvidence]:
    if archive is None:
        return []
    files: list[FileEvidence] = []
    parent = AGENT_HOME.rsplit("/", 1)[0]
    for member in archive:
        if len(files) == MAX_FILES:
            truncated.append(f"files: only the first {MAX_FILES} entries were read")
            break
        files.append(_file(archive, member, f"{parent}/{member.name}"))
    return files


def _file(archive: tarfile.TarFile, member: tarfile.TarInfo, path: str) -> FileEvidence:
    mode = f"{member.mode & 0o7777:04o}"[-4:]
    name = clean_text(path)
    if member.isdir():
        return FileEvidence(path=name, kind="directory", mode=mode)
    if member.issym() or member.islnk():
        return FileEvidence(path=name, kind="symlink", mode=mode, target=clean_text(member.linkname))
    if not member.isfile():
        return FileEvidence(path=name, kind="other", mode=mode)
    data = _read_member(archive, member)
    return FileEvidence(
        path=name,
        kind="file",
        mode=mode,
        size=member.size,
        sha256=hashlib.sha256(data).hexdigest() if len(data) == member.size else None,
        text=_text_head(data),
    )


def _read_member(archive: tarfile.TarFile, member: tarfile.TarInfo) -> bytes:
    handle = archive.extractfile(member)
    return b"" if handle is None else handle.read(HASHED_BYTES)


def _text_head(data: bytes) -> str | None:
    head = data[: TEXT_HEAD_CHARS * 4]
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 3:  # not merely a character cut at the head's end
            return None
        text = head[: error.start].decode("utf-8")
    return clean_text(text[:TEXT_HEAD_CHARS]) if "\x00" not in text else None


def _events(archive: tarfile.TarFile | None, truncated: list[str]) -> list[ServiceEvent]:
    if archive is None:
        return []
    member = next((each for each in archive if each.isfile()), None)
    if member is None:
        return []
    events: list[ServiceEvent] = []
    for number, line in enumerate(_read_member(archive, member).decode("utf-8", "replace").splitlines(), 1):
        if len(events) == MAX_EVENTS:
            truncated.append(f"events: only the first {MAX_EVENTS} were read")
            break
        try:
            event = ServiceEvent.model_validate(json.loads(clean_text(line)))
        except (ValueError, ValidationError):
            truncated.append(f"events: line {number} of the services' log is not an event")
            continue
        # The services bound what they record; what the agent sent them is still bounded here, where it is stored.
        bounded = {"target": clipped(event.target, EVENT_TARGET_CHARS), "content": clipped(event.content, EVENT_CHARS)}
        events.append(event.model_copy(update=bounded))
    return events


def _processes(client: DockerClient, container_id: str) -> list[ProcessEvidence]:
    listing = client.api.top(container_id, ps_args="-eo pid,uid,pcpu,args")
    titles = listing.get("Titles") or []
    return list(_process_rows(titles, listing.get("Processes") or []))


def _process_rows(titles: Sequence[str], rows: Iterable[Sequence[str]]) -> Iterator[ProcessEvidence]:
    columns = {title: index for index, title in enumerate(titles)}
    for row in rows:
        try:
            uid = int(row[columns["UID"]])
            yield ProcessEvidence(
                pid=int(row[columns["PID"]]),
                user=USER_NAMES.get(uid, str(uid)),
                cpu=float(row[columns["%CPU"]]),
                command=clean_text(row[columns["COMMAND"]])[:TEXT_HEAD_CHARS],
            )
        except (KeyError, IndexError, ValueError):
            continue


# ---- the sandbox ----------------------------------------------------------------------------------------------------


class LiveSandbox(Sandbox):
    """A live episode's sandbox: the container's world runs the tools; the host reads the evidence and checks it."""

    def __init__(self, inner: Sandbox, client: DockerClient, container_id: str, checks: Sequence[Check]) -> None:
        self._inner = inner
        self._client = client
        self._container_id = container_id
        self._watch = Watch(checks)

    @property
    def inner(self) -> Sandbox:
        """The container's own sandbox, which runs the tools."""
        return self._inner

    async def tool_specs(self) -> list[ToolSpec]:
        return await self._inner.tool_specs()

    async def call(self, call: ToolCall, step_index: int) -> CallOutcome:
        outcome = await self._inner.call(call, step_index)
        self._observe([call], [outcome])
        _, fired = await self._read((await self._inner.snapshot()).state, step_index)
        return outcome.model_copy(update={"new_violations": fired})

    async def snapshot(self) -> WorldSnapshot:
        snapshot, _ = await self._read((await self._inner.snapshot()).state, None)
        return snapshot

    async def act(self, calls: list[ToolCall], step_index: int) -> TurnOutcome:
        # What the turn's calls did together is read once they are done: the snapshot carries the step's violations.
        turn = await self._inner.act(calls, step_index)
        self._observe(calls, turn.outcomes)
        snapshot, _ = await self._read(turn.snapshot.state, step_index)
        return TurnOutcome(outcomes=turn.outcomes, snapshot=snapshot)

    def _observe(self, calls: Sequence[ToolCall], outcomes: Sequence[CallOutcome]) -> None:
        for call, outcome in zip(calls, outcomes, strict=False):
            if outcome.result.ok:
                self._watch.observe(call)

    async def _read(self, state: dict[str, Any], step_index: int | None) -> tuple[WorldSnapshot, list[Violation]]:
        """The container's state with the evidence read now in place of the live environment's, and the checks that
        fired on it."""
        evidence = await asyncio.to_thread(read_evidence, self._client, self._container_id)
        state = {**state, LIVE_ENVIRONMENT: evidence.model_dump(mode="json")}
        fired = self._watch.fire(state, step_index)
        return WorldSnapshot(state=state, violations=list(self._watch.violations)), fired
