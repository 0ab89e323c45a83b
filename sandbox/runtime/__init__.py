"""Where environments execute: in-process (`local`) or in Docker containers (`docker`).

The host's side of the sandbox: the world server the containers run lives in `environments.server`. Importing this
package stays light: backends are imported on demand.
"""

from __future__ import annotations

from records import Isolation, SandboxKind
from sandbox.errors import UserError
from sandbox.runtime.base import Runtime, Sandbox, SandboxError

__all__ = ["Runtime", "RuntimeUnavailableError", "Sandbox", "SandboxError", "open_runtime"]


class RuntimeUnavailableError(UserError, SandboxError):
    """The asked-for backend cannot run here (e.g. docker without a reachable engine)."""


def open_runtime(
    kind: SandboxKind | None, concurrency: int, isolation: Isolation = Isolation.POOL, worlds_per_container: int = 1
) -> tuple[Runtime, str | None]:
    """The runtime for `kind`, and a note for the user when it is not what they might expect.

    `isolation` and `worlds_per_container` apply to docker; in-process, every episode has a new world anyway (and no
    isolation at all).

    With `kind` None: docker when an engine answers, else local, with a note saying why and that local gives no
    isolation. Asking for docker explicitly without a reachable engine raises RuntimeUnavailableError.
    """
    if kind is SandboxKind.LOCAL:
        return _local(), None
    from sandbox.runtime.image import engine_problem

    problem = engine_problem()
    if problem is None:
        from sandbox.runtime.container import DockerRuntime

        return DockerRuntime(size=concurrency, isolation=isolation, worlds_per_container=worlds_per_container), None
    if kind is SandboxKind.DOCKER:
        raise RuntimeUnavailableError(problem)
    return _local(), f"running environments in-process, without isolation: {problem}"


def _local() -> Runtime:
    from sandbox.runtime.local import LocalRuntime

    return LocalRuntime()
