"""Reusable tool behaviours for environments declared as data: most benchmark tools reply with a fixed message,
show part of the state, look an item up, or change the state. An environment class binds a kind to a tool name
as a class attribute (`click_link = Reply({"success": True})`); the kind receives the environment's state (a
JSON dict it may change) and the call's arguments, already checked for presence and type."""

from __future__ import annotations

import copy
import string
from abc import ABC, abstractmethod
from typing import Any

from pydantic import JsonValue

State = dict[str, Any]
Arguments = dict[str, JsonValue]


class ToolKind(ABC):
    @abstractmethod
    def __call__(self, state: State, arguments: Arguments) -> JsonValue: ...


def fill(template: JsonValue, arguments: Arguments) -> JsonValue:
    """A copy of `template` where every `{name}` in a string is replaced by that argument (as Python prints it)."""
    if isinstance(template, str):
        if "{" not in template:
            return template
        fields = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        return template.format_map({name: arguments.get(name) for name in fields})
    if isinstance(template, dict):
        return {key: fill(value, arguments) for key, value in template.items()}
    if isinstance(template, list):
        return [fill(value, arguments) for value in template]
    return template


class Reply(ToolKind):
    """Always the same answer, with `{argument}` placeholders filled in."""

    def __init__(self, result: JsonValue) -> None:
        self.result = result

    def __call__(self, state: State, arguments: Arguments) -> JsonValue:
        return fill(self.result, arguments)


class ShowState(ToolKind):
    """Shows part of the state: `{"success": True, "data": {as_key: state[key]}}`, or the bare value with `bare`."""

    def __init__(self, key: str, as_key: str | None = None, default: JsonValue = None, bare: bool = False) -> None:
        self.key = key
        self.as_key = as_key or key
        self.default = default
        self.bare = bare

    def __call__(self, state: State, arguments: Arguments) -> JsonValue:
        value = copy.deepcopy(state.get(self.key, self.default))
        return {"success": True, "data": value if self.bare else {self.as_key: value}}


class StateValue(ToolKind):
    """The value of one state key, as it is: some environments answer every call with a prepared text."""

    def __init__(self, key: str) -> None:
        self.key = key

    def __call__(self, state: State, arguments: Arguments) -> JsonValue:
        return copy.deepcopy(state.get(self.key))


class FindItem(ToolKind):
    """Looks up the first item of the list `state[collection]` whose `field` equals the argument `argument`.

    `found` and `missing` are templates: `{argument}` placeholders, and `$item` anywhere as a whole value stands
    for the item found."""

    def __init__(self, collection: str, field: str, argument: str, found: JsonValue, missing: JsonValue) -> None:
        self.collection = collection
        self.field = field
        self.argument = argument
        self.found = found
        self.missing = missing

    def __call__(self, state: State, arguments: Arguments) -> JsonValue:
        wanted = arguments.get(self.argument)
        for item in state.get(self.collection) or []:
            if isinstance(item, dict) and item.get(self.field) == wanted:
                return _put_item(fill(self.found, arguments), item)
        return fill(self.missing, arguments)


class RemoveItem(FindItem):
    """Like FindItem, and the item found is removed from the state."""

    def __call__(self, state: State, arguments: Arguments) -> JsonValue:
        items = state.get(self.collection) or []
        wanted = arguments.get(self.argument)
        for index, item in enumerate(items):
            if isinstance(item, dict) and item.get(self.field) == wanted:
                del items[index]
                return _put_item(fill(self.found, arguments), item)
        return fill(self.missing, arguments)


ITEM = "$item"


def _put_item(template: JsonValue, item: JsonValue) -> JsonValue:
    if template == ITEM:
        return copy.deepcopy(item)
    if isinstance(template, dict):
        return {key: _put_item(value, item) for key, value in template.items()}
    if isinstance(template, list):
        return [_put_item(value, item) for value in template]
    return template
