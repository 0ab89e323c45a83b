"""A response cache keyed by the whole request, so re-running an eval is reproducible and costs nothing.

Stored with diskcache (a SQLite database in a directory); values are our own AgentTurn records."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import diskcache

from records import AgentTurn
from sandbox.paths import data_home


def default_cache_dir() -> Path:
    return data_home() / "response-cache"


def request_key(request: dict[str, Any]) -> str:
    """The request without its secret: the same question to the same model gets the same key."""
    public = {key: value for key, value in request.items() if key != "api_key"}
    return hashlib.sha256(json.dumps(public, sort_keys=True, default=str).encode()).hexdigest()


class ResponseCache:
    def __init__(self, directory: Path | None = None) -> None:
        self._store = diskcache.Cache(str(directory or default_cache_dir()))

    def get(self, key: str) -> AgentTurn | None:
        raw = self._store.get(key)
        if not isinstance(raw, str):
            return None
        # A replayed answer is free: its tokens are what the original call used, its cost is nothing.
        return AgentTurn.model_validate_json(raw).model_copy(update={"cost_usd": 0.0, "latency_s": 0.0, "cached": True})

    def put(self, key: str, turn: AgentTurn) -> None:
        self._store.set(key, turn.model_dump_json())

    def close(self) -> None:
        self._store.close()
