"""Text from a model, a tool, a file or the store made inert for a terminal: shown, never obeyed.

Whatever a model sends may be an attack on the person reading it: an OSC 52 sequence writes their clipboard, OSC 0
retitles the window, `ESC [2J` clears the screen, OSC 8 plants a link, a bidi override makes a line read other than
it is. Every place that prints or renders such text (the CLI, the replay TUI, the leaderboard writers) passes it
through `inert` first.
"""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, the C1 controls (CSI is U+009B, OSC U+009D, ...), the bidi embeddings,
# overrides and isolates (U+202A-U+202E, U+2066-U+2069), and lone surrogates (a str may hold them; no encoder takes
# them, so printing one raises).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def inert(text: str) -> str:
    """`text` with every character a terminal could act on made visible: a control character (C0 but `\\n` and
    `\\t`, DEL, C1) becomes its escape `\\xNN` (ESC is `\\x1b`, so `ESC ] 52 ;` reads `\\x1b]52;`), a bidi control
    its escape `\\uNNNN`, and a lone surrogate U+FFFD. Any other text is returned as it is."""
    return _UNSAFE.sub(_visible, text)


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xD800 <= code <= 0xDFFF:
        return "\ufffd"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"
