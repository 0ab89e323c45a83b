"""Requests and tokens per minute, as the provider allows them: one budget shared by every caller of a client.

A client is handed its budget as a `Limiter`: by default `RateLimits`, this process's own buckets; where many
processes ask one provider (a run spread over a cluster), one shared implementation that holds the buckets for all of
them (`sandbox.distributed.limits`)."""

from __future__ import annotations

from typing import Protocol

from aiolimiter import AsyncLimiter


class Limiter(Protocol):
    @property
    def counts_tokens(self) -> bool:
        """Whether `wait` needs a request's token estimate (counting them costs time, so only when limited)."""
        ...

    async def wait(self, tokens: int) -> None:
        """Until a request of about `tokens` prompt tokens may go."""
        ...


class RateLimits:
    """A `Limiter` whose buckets live in this process."""

    def __init__(self, rpm: int | None, tpm: int | None) -> None:
        self._requests = AsyncLimiter(rpm, 60) if rpm else None
        self._tokens = AsyncLimiter(tpm, 60) if tpm else None

    @property
    def counts_tokens(self) -> bool:
        return self._tokens is not None

    async def wait(self, tokens: int) -> None:
        if self._requests:
            await self._requests.acquire()
        if self._tokens:
            # A request larger than a minute's budget would wait forever: it takes the whole minute instead.
            await self._tokens.acquire(min(tokens, self._tokens.max_rate))
