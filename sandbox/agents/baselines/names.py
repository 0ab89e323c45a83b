"""How the built-in agents are named (`baseline/NAME`), apart from their provider: telling a baseline from a model
needs no litellm."""

from __future__ import annotations

PROVIDER = "baseline"


def is_baseline(model: str) -> bool:
    return model.startswith(f"{PROVIDER}/")
