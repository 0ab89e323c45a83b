"""JSON Lines files, read line by line: a line that is not UTF-8 is one bad line, reported by its number, and the
rest of the file still reads (decoding the whole file at once would lose it all, with a traceback)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple


class Line(NamedTuple):
    number: int  # from 1
    text: str
    # Why the line cannot be read (it is not UTF-8); then `text` is empty.
    problem: str | None = None


def read_lines(path: Path) -> Iterator[Line]:
    """The file's non-blank lines; OSError where the file cannot be read."""
    for number, raw in enumerate(path.read_bytes().splitlines(), start=1):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            yield Line(number, "", f"not UTF-8: byte 0x{raw[error.start]:02x} at column {error.start + 1}")
            continue
        if text.strip():
            yield Line(number, text)
