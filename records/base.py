"""Shared ground for every record: strict fields, timestamps in UTC, and versions for the records kept as JSON."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, ClassVar, Self

from pydantic import BaseModel, ConfigDict, computed_field, model_validator

VERSION_FIELD = "schema_version"

Upgrade = Callable[[dict[str, Any]], dict[str, Any]]
"""Turns one version's JSON object into the next version's."""


def utc_now() -> datetime:
    return datetime.now(UTC)


class Strict(BaseModel):
    """Unknown fields are an error, so a typo in a scenario file is reported instead of silently ignored."""

    model_config = ConfigDict(extra="forbid")


class Versioned(Strict):
    """A record that is kept as JSON (in the store) and read back by later releases.

    Its JSON carries `schema_version`, the class's `SCHEMA_VERSION`. JSON of an older version is upgraded as it is
    validated: `UPGRADES[n]` turns version n's object into version n + 1's, and they are applied in turn up to
    today's, which is then validated as strictly as any record. One newer than `SCHEMA_VERSION` is refused, as this
    release cannot know what it means. Data without a version is today's (a record built in code), except where it
    is read back from storage with `from_stored`: stored JSON without a version was written before versions existed,
    and is version 1. A field added with a default needs no new version.
    """

    SCHEMA_VERSION: ClassVar[int] = 1
    UPGRADES: ClassVar[Mapping[int, Upgrade]] = {}

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        missing = [version for version in range(1, cls.SCHEMA_VERSION) if version not in cls.UPGRADES]
        if missing:
            raise TypeError(f"{cls.__name__} is at version {cls.SCHEMA_VERSION} but has no upgrade from {missing[0]}")

    @classmethod
    def from_stored(cls, data: Mapping[str, Any]) -> Self:
        """The record from its stored JSON object, of whichever version."""
        return cls.model_validate({VERSION_FIELD: 1, **data})

    @computed_field  # type: ignore[prop-decorator]
    @property
    def schema_version(self) -> int:
        return self.SCHEMA_VERSION

    @model_validator(mode="before")
    @classmethod
    def _upgrade(cls, data: Any) -> Any:
        if not isinstance(data, Mapping):
            return data
        upgraded = dict(data)
        version = upgraded.pop(VERSION_FIELD, cls.SCHEMA_VERSION)
        if type(version) is not int or version < 1:
            raise ValueError(f"{VERSION_FIELD} must be a whole number from 1, not {version!r}")
        if version > cls.SCHEMA_VERSION:
            raise ValueError(
                f"{cls.__name__} of {VERSION_FIELD} {version} was written by a newer release: this one reads up to "
                f"{cls.SCHEMA_VERSION}"
            )
        for older in range(version, cls.SCHEMA_VERSION):
            upgraded = cls.UPGRADES[older](upgraded)
        return upgraded
