"""A response cache keyed by the whole request, so asking again is reproducible and costs nothing.

Stored with diskcache (a SQLite database in a directory the caller chooses); each value is a reply as a JSON string,
never a pickled object, and an entry someone stored as a pickle is refused unread."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import diskcache
from diskcache.core import MODE_PICKLE

from records import AgentTurn

# Part of every key. Version 2: a prompted-format agent's entry holds the model's raw reply (version 1 held it
# parsed into tool calls, which parsing again would lose).
KEY_VERSION = 2


def request_key(request: dict[str, Any]) -> str:
    """The request without its secret: the same question to the same model gets the same key."""
    public = {key: value for key, value in request.items() if key != "api_key"}
    text = json.dumps({"version": KEY_VERSION, "request": public}, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


class PickledEntryError(ValueError):
    """A cache entry stored as a pickle: written by something other than this cache, e.g. planted."""


class _TextOnlyDisk(diskcache.Disk):  # type: ignore[misc]  # diskcache ships no type hints
    """diskcache unpickles any entry whose stored mode says pickle, and the mode is data in the database: a
    tampered cache would run code. This disk refuses every pickled entry; text (inline or in a file) reads as usual."""

    def fetch(self, mode: int, filename: str | None, value: Any, read: bool) -> Any:
        if mode == MODE_PICKLE:
            raise PickledEntryError("a response cache entry is a pickle, which this cache never writes")
        return super().fetch(mode, filename, value, read)


class ResponseCache:
    def __init__(self, directory: Path) -> None:
        self._store = diskcache.Cache(str(directory), disk=_TextOnlyDisk)

    def get(self, key: str) -> AgentTurn | None:
        try:
            raw = self._store.get(key)
        except PickledEntryError:
            return None  # asked again, and the answer overwrites the entry
        if not isinstance(raw, str):
            return None
        # A replayed answer is free: its tokens are what the original call used, its cost is nothing.
        return AgentTurn.model_validate_json(raw).model_copy(update={"cost_usd": 0.0, "latency_s": 0.0, "cached": True})

    def put(self, key: str, reply: AgentTurn) -> None:
        self._store.set(key, reply.model_dump_json())

    def close(self) -> None:
        self._store.close()
