"""The tool kinds environments are declared with: what each answers and how it changes the state."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import JsonValue, ValidationError

from tools.kinds import (
    ITEM,
    FindItem,
    RemoveItem,
    Reply,
    SearchState,
    SetState,
    ShowState,
    StateReply,
    StateValue,
    UpdateItem,
)


def test_reply_fills_argument_placeholders() -> None:
    reply = Reply({"success": True, "message": "Sent to {to}.", "copies": ["{to}", 2]})
    assert reply({}, {"to": "ada"}) == {"success": True, "message": "Sent to ada.", "copies": ["ada", 2]}
    assert reply({}, {}) == {"success": True, "message": "Sent to None.", "copies": ["None", 2]}


def test_state_is_shown_as_a_copy() -> None:
    state: dict[str, Any] = {"users": [{"name": "a"}]}
    shown: Any = ShowState("users", as_key="people")(state, {})
    assert shown == {"success": True, "data": {"people": [{"name": "a"}]}}
    shown["data"]["people"].append("intruder")
    assert state == {"users": [{"name": "a"}]}
    assert ShowState("users", bare=True)(state, {}) == {"success": True, "data": [{"name": "a"}]}
    assert ShowState("files", default=[])(state, {}) == {"success": True, "data": {"files": []}}


def test_search_state_keeps_the_items_whose_field_contains_the_text_or_all_when_none_does() -> None:
    state: dict[str, Any] = {"apps": [{"name": "QQ"}, {"name": "Wechat"}, {"name": "qq music"}]}
    search = SearchState("apps", "name", "search_text")
    assert search(state, {"search_text": "qq"}) == {
        "success": True,
        "data": {"apps": [{"name": "QQ"}, {"name": "qq music"}]},
    }
    assert search(state, {"search_text": "unknown"}) == {"success": True, "data": {"apps": state["apps"]}}
    assert search(state, {}) == {"success": True, "data": {"apps": state["apps"]}}
    assert SearchState("apps", "name", "q", bare=True)(state, {"q": "chat"}) == {
        "success": True,
        "data": [{"name": "Wechat"}],
    }


def test_state_reply_and_state_value() -> None:
    state: dict[str, Any] = {"files": ["a"], "return_text": "done"}
    assert StateReply("files", default=[])(state, {}) == {"success": True, "files": ["a"]}
    assert StateReply("logs", default={}, as_key="history")(state, {}) == {"success": True, "history": {}}
    assert StateValue("return_text")(state, {}) == "done"
    assert StateValue("areas", default=[])(state, {}) == []


def test_set_state_makes_the_path_and_takes_an_argument_or_a_fixed_value() -> None:
    state: dict[str, Any] = {}
    mode = SetState(["robot", "mode"], argument="mode", result={"success": True, "message": "Mode {mode}."})
    assert mode(state, {"mode": "safe"}) == {"success": True, "message": "Mode safe."}
    assert state == {"robot": {"mode": "safe"}}
    clear = SetState(["log"], value=[], result={"success": True})
    clear(state, {})
    state["log"].append("entry")
    clear(state, {})
    assert state["log"] == []


def test_item_kinds_find_change_and_remove_the_item_an_argument_names() -> None:
    state: dict[str, Any] = {"flights": [{"id": "f1", "path": "a"}, {"id": "f2", "path": "b"}]}
    missing: JsonValue = {"success": False, "message": "No flight {flight_id}."}
    find = FindItem("flights", "id", "flight_id", found={"success": True, "data": ITEM}, missing=missing)
    assert find(state, {"flight_id": "f2"}) == {"success": True, "data": {"id": "f2", "path": "b"}}
    assert find(state, {"flight_id": "f9"}) == {"success": False, "message": "No flight f9."}

    reroute = UpdateItem(
        "flights",
        "id",
        "flight_id",
        set_arguments={"path": "new_path"},
        set_values={"status": "rerouted"},
        found={"success": True, "data": ITEM},
    )
    assert reroute(state, {"flight_id": "f1", "new_path": "c"}) == {
        "success": True,
        "data": {"id": "f1", "path": "c", "status": "rerouted"},
    }
    assert reroute(state, {"flight_id": "f9", "new_path": "c"}) is None

    cancel = RemoveItem("flights", "id", "flight_id", found={"success": True}, missing=missing)
    assert cancel(state, {"flight_id": "f1"}) == {"success": True}
    assert cancel(state, {"flight_id": "f1"}) == {"success": False, "message": "No flight f1."}
    assert state == {"flights": [{"id": "f2", "path": "b"}]}


def test_item_kinds_fail_on_a_collection_that_is_no_list_of_objects() -> None:
    find = FindItem("flights", "id", "flight_id", found=ITEM)
    with pytest.raises(TypeError):
        find({"flights": None}, {"flight_id": "f1"})
    with pytest.raises(AttributeError):
        find({"flights": ["f1"]}, {"flight_id": "f1"})


def test_a_misspelt_or_mistyped_binding_fails_where_it_is_written() -> None:
    with pytest.raises(ValidationError, match="Unexpected keyword argument"):
        ShowState("users", bare=True, as_kye="people")  # type: ignore[call-arg]
    with pytest.raises(ValidationError, match="valid string"):
        StateValue(3)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="at least 1 item"):
        SetState([], result=None)
