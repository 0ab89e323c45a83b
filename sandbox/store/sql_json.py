"""Questions about JSON columns asked inside SQL, in SQLite's and PostgreSQL's own functions.

The two databases the store supports spell JSON access differently, and neither spelling works on the other, so
each helper takes the dialect's name (`engine.dialect.name`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, String, cast, exists, func, select, true
from sqlalchemy.sql.elements import Cast, SQLCoreOperations

POSTGRESQL = "postgresql"


def _as_jsonb(document: SQLCoreOperations[Any]) -> Cast[Any]:
    # The PostgreSQL dialect is imported on the first PostgreSQL question, not with the store: it is slow to import
    # and a SQLite store (the default, and what `sandbox replay` must open at once) never needs it.
    from sqlalchemy.dialects.postgresql import JSONB

    return cast(document, JSONB)


def list_contains(dialect: str, document: SQLCoreOperations[Any], item: str | int) -> ColumnElement[bool]:
    """Whether the JSON array in `document` holds `item`."""
    if dialect == POSTGRESQL:
        contains: ColumnElement[bool] = _as_jsonb(document).contains([item])
        return contains
    items = func.json_each(document).table_valued("value")
    return exists().where(items.c.value == item)


def has_key(dialect: str, document: SQLCoreOperations[Any], field: str, key: str) -> ColumnElement[bool]:
    """Whether the JSON object at `document[field]` has the key `key`."""
    if dialect == POSTGRESQL:
        held: ColumnElement[bool] = _as_jsonb(document)[field].has_key(key)
        return held
    keys = func.json_each(document, f"$.{field}").table_valued("key")
    return exists().where(keys.c.key == key)


def select_object_keys(dialect: str, source: type[Any], document: SQLCoreOperations[Any], field: str) -> Select[str]:
    """SELECT over `source`, one row per key of the JSON object at `document[field]`; add columns to taste."""
    if dialect == POSTGRESQL:
        # A set-returning function in the select list yields one row per key.
        return select(func.json_object_keys(document[field], type_=String)).select_from(source)
    keys = func.json_each(document, f"$.{field}").table_valued("key")
    return select(keys.c.key).select_from(source).join(keys, true())
