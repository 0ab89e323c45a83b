"""Versioned records: JSON of an older version is upgraded as it is read, today's stays strict, a newer one is refused.

The mechanism is shown on a record of this test's own, whose shape changed twice; the real records' version 1 is
read from a database of the release before versions (tests/test_store_upgrade.py)."""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from pydantic import BaseModel, Field, ValidationError

from records import AgentTurn, RunConfig, Step, Verdict, Versioned
from records.base import Upgrade


def _rename_text(data: dict[str, Any]) -> dict[str, Any]:
    # Version 2 renamed `text` to `message`.
    return {("message" if key == "text" else key): value for key, value in data.items()}


def _split_audience(data: dict[str, Any]) -> dict[str, Any]:
    # Version 3 made the comma-separated `audience` a list.
    audience = data.get("audience", "")
    return {**data, "audience": [name.strip() for name in audience.split(",") if name.strip()]}


class Notice(Versioned):
    SCHEMA_VERSION: ClassVar[int] = 3
    UPGRADES: ClassVar[dict[int, Upgrade]] = {1: _rename_text, 2: _split_audience}

    message: str
    audience: list[str] = Field(default_factory=list)


class Board(BaseModel):
    """Holds notices, as an episode holds its steps: the ones inside are upgraded too."""

    notices: list[Notice]


def test_stored_json_without_a_version_is_version_1_and_is_upgraded_step_by_step() -> None:
    notice = Notice.from_stored({"text": "Lab closed", "audience": "staff, visitors"})
    assert notice == Notice(message="Lab closed", audience=["staff", "visitors"])
    assert Notice.from_stored({"schema_version": 3, "message": "Hi"}) == Notice(message="Hi")


def test_each_older_version_starts_from_its_own_upgrade() -> None:
    assert Notice.model_validate({"schema_version": 2, "message": "Hi", "audience": "all"}).audience == ["all"]
    # A version-2 object has no `text`: had the first upgrade run again, nothing would change, but the second must.
    assert Notice.model_validate_json('{"schema_version": 3, "message": "Hi", "audience": ["all"]}').audience == ["all"]


def test_todays_json_round_trips_with_its_version() -> None:
    notice = Notice(message="Lab closed", audience=["staff"])
    dumped = notice.model_dump(mode="json")
    assert dumped == {"message": "Lab closed", "audience": ["staff"], "schema_version": 3}
    assert Notice.model_validate(dumped) == notice
    assert Notice.model_validate_json(notice.model_dump_json()) == notice


def test_data_without_a_version_outside_storage_is_todays_and_not_upgraded() -> None:
    # Were it taken for version 1, "a, b" would be split into a list, and `message` would be unknown.
    with pytest.raises(ValidationError, match="audience"):
        Notice(message="Hi", audience="a, b")
    assert Notice.model_validate({"message": "Hi", "audience": ["a"]}) == Notice(message="Hi", audience=["a"])
    assert Notice(message="Hi").schema_version == 3


def test_records_nested_in_json_are_upgraded_too() -> None:
    board = Board.model_validate({"notices": [{"schema_version": 1, "text": "Old"}, {"message": "New"}]})
    assert [notice.message for notice in board.notices] == ["Old", "New"]


def test_a_newer_version_is_refused() -> None:
    newer = "Notice of schema_version 4 was written by a newer release: this one reads up to 3"
    with pytest.raises(ValidationError, match=newer):
        Notice.model_validate({"schema_version": 4, "message": "From the future"})


@pytest.mark.parametrize("version", [0, -1, "2", 2.0, True, None])
def test_a_version_that_is_not_a_whole_number_from_1_is_refused(version: object) -> None:
    with pytest.raises(ValidationError, match="schema_version must be a whole number from 1"):
        Notice.model_validate({"schema_version": version, "message": "Hi"})


def test_todays_shape_stays_strict() -> None:
    # An old field name in data that says it is current is an unknown field, not something to upgrade.
    with pytest.raises(ValidationError, match="text"):
        Notice.model_validate({"schema_version": 3, "message": "Hi", "text": "Hi"})


def test_a_version_without_an_upgrade_from_each_older_one_is_a_definition_error() -> None:
    with pytest.raises(TypeError, match="Broken is at version 3 but has no upgrade from 2"):

        class Broken(Versioned):
            SCHEMA_VERSION: ClassVar[int] = 3
            UPGRADES: ClassVar[dict[int, Upgrade]] = {1: _rename_text}


@pytest.mark.parametrize(
    "record",
    [
        RunConfig.model_validate({"agent": {"model": "baseline/comply"}, "suite": "builtin", "sandbox": "local"}),
        Step(index=0, turn=AgentTurn(content="Done.")),
        Verdict(safe=True, explanation="Refused.", classifier="rules"),
    ],
)
def test_the_stored_records_carry_their_version(record: Versioned) -> None:
    dumped = record.model_dump(mode="json")
    assert dumped["schema_version"] == type(record).SCHEMA_VERSION
    assert type(record).from_stored(dumped) == record
