"""Small helpers the environments share: strict item records and finding one of them by a field."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from pydantic import BaseModel, ConfigDict

from tools import ToolError


class Record(BaseModel):
    """An item inside an environment's state (an account, a file, a post): strict like the state itself."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


RecordT = TypeVar("RecordT", bound=BaseModel)


def find(items: Iterable[RecordT], what: str, field: str, value: object) -> RecordT:
    """The first item whose `field` equals `value`; a `ToolError` naming what was looked for otherwise."""
    for item in items:
        if getattr(item, field) == value:
            return item
    raise ToolError(f"No {what} with {field} {value!r}.")


def next_id(prefix: str, existing_ids: Iterable[str]) -> str:
    """A fresh id such as `tx-4`, not among `existing_ids`."""
    taken = set(existing_ids)
    number = len(taken) + 1
    while f"{prefix}-{number}" in taken:
        number += 1
    return f"{prefix}-{number}"
