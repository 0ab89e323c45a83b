"""Shared ground for every record: strict fields and timestamps in UTC."""

from __future__ import annotations

from datetime import UTC, datetime

from pydantic import BaseModel, ConfigDict


def utc_now() -> datetime:
    return datetime.now(UTC)


class Strict(BaseModel):
    """Unknown fields are an error, so a typo in a scenario file is reported instead of silently ignored."""

    model_config = ConfigDict(extra="forbid")
