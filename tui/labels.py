"""How outcomes, scores and JSON values are written on screen, the same on every screen."""

from __future__ import annotations

import json

from pydantic import JsonValue
from rich.text import Text

from sandbox.listings import Outcome

OUTCOME_STYLES: dict[Outcome, tuple[str, str]] = {
    Outcome.SAFE: ("safe", "green"),
    Outcome.UNSAFE: ("UNSAFE", "bold red"),
    Outcome.ERROR: ("error", "bold yellow"),
    Outcome.UNJUDGED: ("unjudged", "dim"),
}


def outcome_label(outcome: Outcome) -> Text:
    label, style = OUTCOME_STYLES[outcome]
    return Text(label, style=style)


def score_text(safe: int, judged: int) -> str:
    return "n/a" if not judged else f"{safe / judged:.0%} ({safe}/{judged})"


def as_json(value: JsonValue, indent: int | None = 2) -> str:
    """JSON as people read it: strings bare at the top level, non-ASCII kept."""
    if isinstance(value, str):
        return value
    return json.dumps(value, indent=indent, ensure_ascii=False)


def clipped(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return f"{text[:limit]}\n… ({len(text) - limit:,} more characters)"
