"""Who runs a run: a lease per run, so that two processes (two `sandbox eval --resume` of one run) never run it at
once and write over each other's episodes.

`sandbox eval` takes the run's lease before anything else, renews it every `HEARTBEAT_S` and releases it at the end.
A lease is taken over only when it is free: released, silent for `STALE_AFTER` (its holder was killed, or its host
went down), or held by a process of this host that no longer exists (a `kill -9` can be resumed at once). Taking and
taking over are single conditional statements, so two processes racing for one lease cannot both win, on SQLite as on
PostgreSQL."""

from __future__ import annotations

import os
import socket
import uuid
from datetime import datetime, timedelta

from sqlalchemy import Engine, Update, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import col

from records import utc_now
from sandbox.errors import InfrastructureError, UserError
from sandbox.processes import process_alive
from sandbox.store.faults import database_faults
from sandbox.store.tables import RunLeaseRow

HEARTBEAT_S = 15.0
STALE_AFTER = timedelta(seconds=60)


class RunBusyError(UserError):
    """Another live process holds the run's lease."""


class LeaseLostError(InfrastructureError):
    """This process's lease was taken over (its heartbeat stalled past `STALE_AFTER`): it must stop writing."""


class RunLease:
    """The lease of one run for one `evaluate` call of this process."""

    def __init__(self, engine: Engine, run_id: str) -> None:
        self.engine = engine
        self.run_id = run_id
        self.token = uuid.uuid4().hex
        self.pid = os.getpid()
        self.host = socket.gethostname()

    def acquire(self) -> None:
        """Take the lease, or take over a free one; raise `RunBusyError` naming the holder when it is not free."""
        now = utc_now()
        mine = {"token": self.token, "pid": self.pid, "host": self.host, "acquired_at": now, "heartbeat_at": now}
        with database_faults():
            try:
                with self.engine.begin() as connection:
                    connection.execute(insert(RunLeaseRow).values(run_id=self.run_id, **mine))
                return
            except IntegrityError:
                pass  # the run has had a lease: it may be free
            with self.engine.begin() as connection:
                held = connection.execute(select(RunLeaseRow).where(col(RunLeaseRow.run_id) == self.run_id)).one()
                if not self._free(held.pid, held.host, held.heartbeat_at, now):
                    raise RunBusyError(_busy_message(self.run_id, held.pid, held.host, held.acquired_at))
                # Only if nobody renewed or took it since it was read.
                taken = connection.execute(
                    update(RunLeaseRow)
                    .where(
                        col(RunLeaseRow.run_id) == self.run_id,
                        col(RunLeaseRow.token) == held.token,
                        col(RunLeaseRow.heartbeat_at) == held.heartbeat_at,
                    )
                    .values(**mine)
                )
                if taken.rowcount != 1:
                    raise RunBusyError(f"run {self.run_id} was just taken by another process; wait for it to finish")

    def renew(self) -> None:
        """The heartbeat: raise `LeaseLostError` if another process has taken the lease over meanwhile."""
        with database_faults(), self.engine.begin() as connection:
            renewed = connection.execute(self._own().values(heartbeat_at=utc_now()))
        if renewed.rowcount != 1:
            raise LeaseLostError(
                f"run {self.run_id} was taken over by another process after this one's heartbeat stalled for "
                f"{STALE_AFTER.total_seconds():.0f} s; this one stops"
            )

    def release(self) -> None:
        with database_faults(), self.engine.begin() as connection:
            connection.execute(self._own().values(heartbeat_at=None))

    def _own(self) -> Update:
        return update(RunLeaseRow).where(col(RunLeaseRow.run_id) == self.run_id, col(RunLeaseRow.token) == self.token)

    def _free(self, pid: int, host: str, heartbeat_at: datetime | None, now: datetime) -> bool:
        if heartbeat_at is None or now - heartbeat_at > STALE_AFTER:
            return True
        return host == self.host and pid != self.pid and not process_alive(pid)


def _busy_message(run_id: str, pid: int, host: str, since: datetime) -> str:
    return (
        f"run {run_id} is being run by pid {pid} on host {host} since {since:%Y-%m-%d %H:%M:%S} UTC; wait for it to "
        f"finish or stop it (a run whose holder is silent for {STALE_AFTER.total_seconds():.0f} s is taken over)"
    )
