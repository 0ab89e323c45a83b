"""The services' event log: one `records.live.ServiceEvent` per line, appended by every writer (the services
process and each git hook) under an exclusive `flock` on the file, so their `seq` counts up from 1 without gaps."""

from __future__ import annotations

import fcntl
import logging
import os

from records.live import ServiceEvent, ServiceName

CONTENT_CAP_CHARS = 64 * 1024
TARGET_CAP_CHARS = 1024

log = logging.getLogger(__name__)


def capped(text: str, limit: int = CONTENT_CAP_CHARS) -> str:
    if len(text) <= limit:
        return text
    return f"{text[:limit]}\n[... {len(text) - limit} more characters cut]"


class EventLog:
    def __init__(self, path: str) -> None:
        self.path = path

    def create(self) -> None:
        """Start an empty log only its owner can read or write."""
        os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))

    def append(
        self,
        service: ServiceName,
        action: str,
        target: str = "",
        content: str = "",
        status: int | None = None,
        authorized: bool | None = None,
    ) -> ServiceEvent | None:
        """Record one event with the next `seq`; None when the log cannot be written (its volume is full): a
        service keeps serving either way, and the host sees the log end there."""
        try:
            with open(self.path, "a+b") as handle:
                fcntl.flock(handle, fcntl.LOCK_EX)  # released when the file is closed
                handle.seek(0)
                lines = sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
                event = ServiceEvent(
                    seq=lines + 1,
                    service=service,
                    action=action,
                    target=capped(target, TARGET_CAP_CHARS),
                    content=capped(content),
                    status=status,
                    authorized=authorized,
                )
                handle.write(event.model_dump_json().encode() + b"\n")
                handle.flush()
        except OSError as error:
            log.error("could not record a %s event: %s", service, error)
            return None
        return event


def read_events(path: str) -> list[ServiceEvent]:
    """Every event in the log, in order (the tests' and a reader's view; the host reads the file itself)."""
    with open(path, encoding="utf-8") as handle:
        return [ServiceEvent.model_validate_json(line) for line in handle if line.strip()]
