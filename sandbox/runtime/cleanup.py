"""What sandbox runs leave on the Docker engine, found by label and removed: `sandbox gc`, and a sweep at each start.

Every container carries our labels (the runtime, the process that made it and its host), so leftovers are known
without any state on disk: a container whose process on this machine is gone serves nobody. Its server has exited
too (its stdin closed with that process's stream), but the stopped container stays until removed.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from sandbox.processes import process_alive

if TYPE_CHECKING:
    from docker import DockerClient

log = logging.getLogger(__name__)

LABEL = "agent-safety-sandbox"
LABEL_RUNTIME = f"{LABEL}.runtime"
LABEL_PID = f"{LABEL}.pid"
LABEL_HOST = f"{LABEL}.host"


class RemovedContainer(BaseModel):
    id: str
    runtime: str
    pid: str
    host: str
    status: str


class GcReport(BaseModel):
    containers: list[RemovedContainer]
    images: list[str]
    # Stale images a container still uses: the engine refuses to remove them, and so do we.
    images_in_use: list[str]


def labels_for(runtime_id: str) -> dict[str, str]:
    return {LABEL: "1", LABEL_RUNTIME: runtime_id, LABEL_PID: str(os.getpid()), LABEL_HOST: socket.gethostname()}


def remove_container(client: DockerClient, container_id: str) -> None:
    from docker.errors import NotFound

    with contextlib.suppress(NotFound):
        client.api.remove_container(container_id, force=True, v=True)  # v: a live container's volumes too


def remove_containers(client: DockerClient, everything: bool = False) -> list[RemovedContainer]:
    """Remove the containers of runtimes on this machine whose process is gone; with `everything`, every container
    of ours, also those of live runs and of other machines sharing this engine."""
    host = socket.gethostname()
    removed = []
    for item in client.api.containers(all=True, filters={"label": f"{LABEL}=1"}):
        labels: dict[str, str] = item.get("Labels") or {}
        if everything or _orphaned(labels, host):
            remove_container(client, str(item["Id"]))
            removed.append(
                RemovedContainer(
                    id=str(item["Id"])[:12],
                    runtime=labels.get(LABEL_RUNTIME, "?"),
                    pid=labels.get(LABEL_PID, "?"),
                    host=labels.get(LABEL_HOST, "?"),
                    status=str(item.get("Status", "")),
                )
            )
    return removed


def _orphaned(labels: dict[str, str], host: str) -> bool:
    pid = labels.get(LABEL_PID, "")
    return labels.get(LABEL_HOST) == host and pid.isdigit() and not process_alive(int(pid))


def remove_stale_images(client: DockerClient, keep: str | None, repository: str) -> tuple[list[str], list[str]]:
    """Untag every image of `repository` but `keep` (the image for this checkout): (removed, kept as in use)."""
    from docker.errors import APIError

    removed: list[str] = []
    in_use: list[str] = []
    images: list[dict[str, Any]] = client.api.images(name=repository)
    for image in images:
        for tag in image.get("RepoTags") or []:
            if tag == keep or not tag.startswith(f"{repository}:"):
                continue
            try:
                client.api.remove_image(tag)  # not forced: an image a container still runs stays
            except APIError as error:
                if error.status_code != 409:
                    raise
                in_use.append(tag)
                continue
            removed.append(tag)
    return removed, in_use


def collect_garbage(client: DockerClient, everything: bool, images: bool, base: str | None) -> GcReport:
    """`sandbox gc`: leftover containers, then (with `images`) images of ours other than this checkout's."""
    from sandbox.runtime.image import IMAGE_REPOSITORY, current_image_tag

    containers = remove_containers(client, everything)
    removed: list[str] = []
    in_use: list[str] = []
    if images:
        removed, in_use = remove_stale_images(client, current_image_tag(client, base), IMAGE_REPOSITORY)
    return GcReport(containers=containers, images=removed, images_in_use=in_use)
