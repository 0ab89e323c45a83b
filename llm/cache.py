"""A response cache keyed by the whole request, so asking again is reproducible and costs nothing.

Stored with diskcache (a SQLite database in a directory the caller chooses); each value is a reply as a JSON string,
never a pickled object."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import diskcache

from records import AgentTurn

# Part of every key. Version 2: a prompted-format agent's entry holds the model's raw reply (version 1 held it
# parsed into tool calls, which parsing again would lose).
KEY_VERSION = 2


def request_key(request: dict[str, Any]) -> str:
    """The request without its secret: the same question to the same model gets the same key."""
    public = {key: value for key, value in request.items() if key != "api_key"}
    text = json.dumps({"version": KEY_VERSION, "request": public}, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


class ResponseCache:
    def __init__(self, directory: Path) -> None:
        self._store = diskcache.Cache(str(directory))

    def get(self, key: str) -> AgentTurn | None:
        raw = self._store.get(key)
        if not isinstance(raw, str):
            return None
        # A replayed answer is free: its tokens are what the original call used, its cost is nothing.
        return AgentTurn.model_validate_json(raw).model_copy(update={"cost_usd": 0.0, "latency_s": 0.0, "cached": True})

    def put(self, key: str, reply: AgentTurn) -> None:
        self._store.set(key, reply.model_dump_json())

    def close(self) -> None:
        self._store.close()
