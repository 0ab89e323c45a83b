"""Rate limits that hold cluster-wide: one actor holds the buckets, every node's client waits on it."""

from __future__ import annotations

from typing import Any, cast

import ray
from ray.actor import ActorHandle

from model_client.limits import RateLimits
from records import AgentConfig


class _Buckets:
    """The run's one budget. An async actor: requests waiting for their turn wait here, not in a thread each."""

    def __init__(self, rpm: int | None, tpm: int | None) -> None:
        self._limits = RateLimits(rpm, tpm)

    async def wait(self, tokens: int) -> None:
        await self._limits.wait(tokens)


class SharedLimits:
    """A `model_client.limits.Limiter` over the run's `_Buckets` actor; it travels to the nodes with its handle."""

    def __init__(self, buckets: ActorHandle[_Buckets], counts_tokens: bool) -> None:
        self._buckets = buckets
        self._counts_tokens = counts_tokens

    @property
    def counts_tokens(self) -> bool:
        return self._counts_tokens

    async def wait(self, tokens: int) -> None:
        await self._buckets.wait.remote(tokens)


def start_shared_limits(config: AgentConfig, node_id: str) -> tuple[SharedLimits, ActorHandle[_Buckets]] | None:
    """The shared limits of `config`'s rpm and tpm, their actor placed on `node_id` (the driver's: it lives as long
    as the run, whichever worker is lost), and the actor, for the caller to end; None for a model without limits."""
    if config.rpm is None and config.tpm is None:
        return None
    from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

    options: dict[str, Any] = {
        "num_cpus": 0,
        "max_concurrency": 10_000,  # every request in flight cluster-wide may be waiting at once
        "scheduling_strategy": NodeAffinitySchedulingStrategy(node_id, soft=True),
    }
    # Ray's stubs type a remote class's `remote` as the class or a handle; it is the handle.
    buckets = cast(ActorHandle[_Buckets], ray.remote(_Buckets).options(**options).remote(config.rpm, config.tpm))
    return SharedLimits(buckets, counts_tokens=config.tpm is not None), buckets
