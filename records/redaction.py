"""Secrets out of text that is stored or shown: API keys, bearer tokens, and the credentials a URL can carry
(`http://user:password@host`, `?api_key=...`)."""

from __future__ import annotations

import re
from collections.abc import Iterable

REDACTED = "***"

# Shorter values are not taken for secrets: replacing them would mangle ordinary words (an "EMPTY" placeholder key).
MIN_SECRET_CHARS = 8

_PATTERNS = (
    # Keys in the shape most providers give them: sk-..., sk-proj-..., sk-ant-...
    (re.compile(r"\bsk-[A-Za-z0-9_\-]{8,}"), REDACTED),
    (re.compile(r"(?i)\b(bearer\s+)[^\s\"',;]+"), rf"\g<1>{REDACTED}"),
    # The user-info part of a URL: scheme://user:password@host
    (re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)[^/\s@]+@"), rf"\g<1>{REDACTED}@"),
    # A secret passed in a URL's query
    (
        re.compile(r"(?i)([?&](?:api[_\-]?key|key|access[_\-]?token|token|secret|password|sig|signature)=)[^&#\s]+"),
        rf"\g<1>{REDACTED}",
    ),
)


def redacted(text: str, secrets: Iterable[str] = ()) -> str:
    """The text with each of `secrets` (at least MIN_SECRET_CHARS long) and everything shaped like a key, a bearer
    token or URL credentials replaced by REDACTED."""
    for secret in sorted({secret for secret in secrets if len(secret) >= MIN_SECRET_CHARS}, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text
