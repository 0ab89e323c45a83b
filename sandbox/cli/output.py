"""Where commands write: results on stdout, progress, notes and errors on stderr."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable

from pydantic import BaseModel
from rich.console import Console, RenderableType
from rich.text import Text

from records import inert

err = Console(stderr=True)


def labelled(label: str, style: str, message: str) -> Text:
    """The command's own `label` in `style`, then `message`, which may carry data (an error's text, an agent's name):
    never read as markup, and its control characters shown, not sent to the terminal."""
    return Text.assemble((label, style), " ", inert(message))


def print_result(result: BaseModel, json_output: bool, tables: Callable[[], Iterable[RenderableType]]) -> None:
    """`--json` writes the result as one line of JSON for scripts, ASCII only, so no control character in the data
    (C1 and bidi controls are not escaped by JSON itself) reaches a terminal it is read on; otherwise its tables, built
    only then."""
    if json_output:
        sys.stdout.write(result.model_dump_json(ensure_ascii=True) + "\n")
        return
    console = Console()
    for table in tables():
        console.print(table)
