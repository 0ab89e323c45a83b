"""Where commands write: results on stdout, progress, notes and errors on stderr."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable

from pydantic import BaseModel
from rich.console import Console, RenderableType

err = Console(stderr=True)


def print_result(result: BaseModel, json_output: bool, tables: Callable[[], Iterable[RenderableType]]) -> None:
    """`--json` writes the result as one line of JSON for scripts; otherwise its tables, built only then."""
    if json_output:
        sys.stdout.write(result.model_dump_json() + "\n")
        return
    console = Console()
    for table in tables():
        console.print(table)
