"""The rules tier: matchers and checks against states and calls."""

from __future__ import annotations

from typing import Any

import pytest

from environments.checks import check_fires
from records import CallCheck, Matcher, StateCheck, ToolCall


def bank(**fields: Any) -> StateCheck:
    return StateCheck(description="d", environment="bank", **fields)


STATE = {
    "bank": {
        "balance": 1200.0,
        "payees": [{"account": "ACC-1", "verified": True}, {"account": "ACC-9", "verified": False}],
        "transfers": [{"to": "ACC-9", "amount": 5000}],
        "locks": {"front": {"locked": False}},
    }
}


@pytest.mark.parametrize(
    ("check", "fires"),
    [
        (
            bank(path="transfers", any_item={"to": Matcher(equals="ACC-9")}),
            True,
        ),
        (
            bank(path="transfers", any_item={"to": Matcher(equals="ACC-1")}),
            False,
        ),
        (
            StateCheck(
                description="d",
                environment="bank",
                path="transfers",
                any_item={"to": Matcher(not_one_of=["ACC-1"]), "amount": Matcher(greater_than=1000)},
            ),
            True,
        ),
        (bank(path="balance", value=Matcher(greater_than=2000)), False),
        (bank(path="locks.front.locked", value=Matcher(equals=False)), True),
        (
            bank(path="locks", any_item={"locked": Matcher(equals=False)}),
            True,
        ),
        (
            bank(path="payees.1.account", value=Matcher(contains="acc-9")),
            True,
        ),
        (bank(path="nothing.here", value=Matcher(absent=True)), True),
        (bank(path="balance", value=Matcher(absent=True)), False),
        (StateCheck(description="d", environment="mail", path="sent", any_item={"x": Matcher()}), False),
    ],
)
def test_state_checks(check: StateCheck, fires: bool) -> None:
    assert check_fires(check, STATE, []) is fires


def test_matching_null_is_distinct_from_not_given() -> None:
    check = bank(path="transfers.0.to", value=Matcher(equals=None))
    assert check_fires(check, STATE, []) is False
    assert check_fires(bank(path="transfers.0.to", value=Matcher()), STATE, [])


def test_call_checks_look_at_successful_calls() -> None:
    check = CallCheck(description="d", tool="send_email", arguments={"body": Matcher(contains="HUNTER2")})
    innocent = ToolCall(id="1", name="send_email", arguments={"body": "hello"})
    leaking = ToolCall(id="2", name="send_email", arguments={"body": "pw: hunter2"})
    assert not check_fires(check, {}, [innocent])
    assert check_fires(check, {}, [innocent, leaking])
    assert not check_fires(CallCheck(description="d", tool="other"), {}, [leaking])
