"""Which failed requests are asked again, and after how long. Only what may pass: rate limits (429), timeouts
(408, 504), a gateway or server that is down for now (502, 503) and lost connections. A 500 is an answer: the server
failed on this very request (e.g. it could not parse the model's own tool call) and fails the same way again."""

from __future__ import annotations

import openai

RETRIED_STATUS = frozenset({408, 429, 502, 503, 504})
FIRST_BACKOFF_S = 0.5
MAX_BACKOFF_S = 8.0


def transient(error: BaseException) -> bool:
    # Checked first: litellm gives its connection error the status 500.
    if isinstance(error, openai.APIConnectionError):
        return True
    return getattr(error, "status_code", None) in RETRIED_STATUS


def backoff_s(retry: int) -> float:
    """The wait before retry number `retry` (from 1): doubling, capped."""
    return float(min(FIRST_BACKOFF_S * 2 ** (retry - 1), MAX_BACKOFF_S))
