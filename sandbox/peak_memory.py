"""Peak memory during a measured stretch: this process's RSS and its containers', sampled in a thread.

`ru_maxrss` would give this process's peak over its whole life, not over the stretch; so `/proc/self/status` is read
every `HOST_EVERY_S`. A container's memory is its cgroup's resident anonymous memory (`rss` in cgroup v1's
memory.stat, `anon` in v2's), page cache left out, read from the host's /sys/fs/cgroup for the containers the given
lister names (asked again every `LIST_EVERY_S`); the containers' figure is the peak of their sum."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from pydantic import BaseModel

HOST_EVERY_S = 0.05
CONTAINERS_EVERY_S = 0.5
LIST_EVERY_S = 1.0
CGROUP_ROOT = Path("/sys/fs/cgroup")
MIB = 1024 * 1024


class PeakMemoryMb(BaseModel):
    host: float
    containers: float


def host_rss_bytes() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def container_rss_bytes(container_id: str) -> int:
    """The container's resident memory as its cgroup counts it (v1 with either cgroup driver, or v2); 0 once it is
    gone."""
    candidates = (
        (CGROUP_ROOT / "memory" / "docker" / container_id / "memory.stat", "total_rss"),
        (CGROUP_ROOT / "docker" / container_id / "memory.stat", "anon"),
        (CGROUP_ROOT / "system.slice" / f"docker-{container_id}.scope" / "memory.stat", "anon"),
        (CGROUP_ROOT / "memory" / "system.slice" / f"docker-{container_id}.scope" / "memory.stat", "total_rss"),
    )
    for path, key in candidates:
        try:
            text = path.read_text()
        except OSError:
            continue
        for line in text.splitlines():
            name, _, value = line.partition(" ")
            if name == key:
                return int(value)
    return 0


class PeakMemory:
    """`with PeakMemory(lister) as peak: ...`, then `peak.result()`. Without a lister, containers count 0."""

    def __init__(self, containers: Callable[[], list[str]] | None = None) -> None:
        self._containers = containers
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, name="peak-memory", daemon=True)
        self._host = 0
        self._in_containers = 0
        self._error: BaseException | None = None

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self._stop.set()
        self._thread.join()

    def result(self) -> PeakMemoryMb:
        if self._error is not None:
            raise self._error
        return PeakMemoryMb(host=self._host / MIB, containers=self._in_containers / MIB)

    def _sample(self) -> None:
        try:
            ids: list[str] = []
            listed_at = sampled_at = float("-inf")
            while not self._stop.is_set():
                self._host = max(self._host, host_rss_bytes())
                now = time.monotonic()
                if self._containers is not None and now - sampled_at >= CONTAINERS_EVERY_S:
                    if now - listed_at >= LIST_EVERY_S:
                        ids, listed_at = self._containers(), now
                    total = sum(container_rss_bytes(container_id) for container_id in ids)
                    self._in_containers, sampled_at = max(self._in_containers, total), now
                self._stop.wait(HOST_EVERY_S)
        except BaseException as error:  # raised by result(), in the measuring thread
            self._error = error
