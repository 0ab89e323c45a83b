"""How much of a model's reply a record holds, and text any store can encode: every byte a model sends is hostile.

A turn's text is cut to a size a database, a judge prompt and a replay screen can take; tool arguments are refused
past a nesting depth that a recursive reader (pydantic, `json.dumps`) could not follow; lone UTF-16 surrogates,
which no UTF-8 store can encode, become U+FFFD."""

from __future__ import annotations

import re
from typing import Any

MAX_TEXT_CHARS = 1_000_000
"""A turn's text: the head is kept, the cut is marked."""
MAX_ARGUMENTS_CHARS = 100_000
"""A tool call's arguments as JSON text: longer ones are not read."""
MAX_NAME_CHARS = 256
"""A tool call's name and id."""
MAX_JSON_DEPTH = 64
"""Nesting of a tool call's arguments: far past any tool's schema, far below Python's recursion limit."""
MAX_TOOL_CALLS = 64
"""Tool calls run from one turn; the rest are dropped and the model is told."""
MAX_TOKENS = 2**31 - 1
"""Tokens one reply is counted as at most: a server's absurd count must not overflow a database integer."""

# Room for the cut mark within the limit: "\n[... N more characters cut]" for any N a str can have.
_MARK_ROOM = 48

_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """The text with every surrogate code point replaced by U+FFFD, so that it encodes as UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def clipped(text: str, limit: int) -> str:
    """Clean text of at most `limit` characters: a longer one keeps its head and ends with a mark saying how much
    was cut (so clipping again changes nothing)."""
    text = clean_text(text)
    if len(text) <= limit:
        return text
    head = limit - _MARK_ROOM
    return f"{text[:head]}\n[... {len(text) - head} more characters cut]"


def json_depth_within(value: Any, limit: int) -> bool:
    """Whether lists and objects nest at most `limit` deep in `value`; walked without recursion, as the value may
    nest deeper than recursion could go."""
    pending = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, dict | list):
            if depth > limit:
                return False
            children = item.values() if isinstance(item, dict) else item
            pending.extend((child, depth + 1) for child in children)
    return True


def clean_json(value: Any) -> Any:
    """The value with every string in it, object keys included, cleaned; only for values within MAX_JSON_DEPTH."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_json(key): clean_json(child) for key, child in value.items()}
    if isinstance(value, list):
        return [clean_json(child) for child in value]
    return value
