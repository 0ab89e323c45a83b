"""Requests and tokens per minute, as the provider allows them: one budget shared by every caller of a client."""

from __future__ import annotations

from aiolimiter import AsyncLimiter


class RateLimits:
    def __init__(self, rpm: int | None, tpm: int | None) -> None:
        self._requests = AsyncLimiter(rpm, 60) if rpm else None
        self._tokens = AsyncLimiter(tpm, 60) if tpm else None

    @property
    def counts_tokens(self) -> bool:
        """Whether `wait` needs a request's token estimate (counting them costs time, so only when limited)."""
        return self._tokens is not None

    async def wait(self, tokens: int) -> None:
        """Until a request of about `tokens` prompt tokens may go."""
        if self._requests:
            await self._requests.acquire()
        if self._tokens:
            # A request larger than a minute's budget would wait forever: it takes the whole minute instead.
            await self._tokens.acquire(min(tokens, self._tokens.max_rate))
