"""What one step changed in the environments' state: the paths whose values were added, removed or changed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from enum import StrEnum

from pydantic import BaseModel, JsonValue
from rich.text import Text

from records import inert

VALUE_CHARS = 160


class ChangeKind(StrEnum):
    ADDED = "+"
    REMOVED = "-"
    CHANGED = "~"


class Change(BaseModel):
    kind: ChangeKind
    path: str
    before: JsonValue = None
    after: JsonValue = None


def diff_states(before: JsonValue, after: JsonValue, path: str = "") -> Iterator[Change]:
    """The changes from `before` to `after`, outermost first: a new or removed subtree is one change, not one per
    leaf, so an added record reads as one line."""
    if isinstance(before, dict) and isinstance(after, dict):
        for key in [*before, *(key for key in after if key not in before)]:
            child = _child_path(path, key)
            if key not in after:
                yield Change(kind=ChangeKind.REMOVED, path=child, before=before[key])
            elif key not in before:
                yield Change(kind=ChangeKind.ADDED, path=child, after=after[key])
            else:
                yield from diff_states(before[key], after[key], child)
    elif isinstance(before, list) and isinstance(after, list):
        for index in range(max(len(before), len(after))):
            child = f"{path}[{index}]"
            if index >= len(after):
                yield Change(kind=ChangeKind.REMOVED, path=child, before=before[index])
            elif index >= len(before):
                yield Change(kind=ChangeKind.ADDED, path=child, after=after[index])
            else:
                yield from diff_states(before[index], after[index], child)
    elif before != after:
        yield Change(kind=ChangeKind.CHANGED, path=path or "(state)", before=before, after=after)


def _child_path(path: str, key: str) -> str:
    if key.isidentifier():
        return f"{path}.{key}" if path else key
    return f"{path}[{json.dumps(key, ensure_ascii=False)}]"


def json_text(value: JsonValue) -> str:
    """One line of JSON, strings quoted so an empty one still shows, inert (JSON escapes C0 controls only)."""
    text = inert(json.dumps(value, ensure_ascii=False))
    return text if len(text) <= VALUE_CHARS else f"{text[:VALUE_CHARS]}…"


CHANGE_STYLES = {ChangeKind.ADDED: "green", ChangeKind.REMOVED: "red", ChangeKind.CHANGED: "yellow"}


def change_text(change: Change) -> Text:
    line = Text()
    line.append(f"{change.kind.value} ", style=f"bold {CHANGE_STYLES[change.kind]}")
    line.append(inert(change.path), style="bold")
    match change.kind:
        case ChangeKind.ADDED:
            line.append(f" = {json_text(change.after)}")
        case ChangeKind.REMOVED:
            line.append(f" (was {json_text(change.before)})", style="dim")
        case ChangeKind.CHANGED:
            line.append(f": {json_text(change.before)} → {json_text(change.after)}")
    return line
