"""Reusable tool behaviours for environments declared as data: most benchmark tools reply with a fixed message,
show part of the state, look an item up, or change the state. An environment binds a kind to a tool name, as a
class attribute (`click_link = Reply({"success": True})`) or as an entry of a table (`{"kind": "reply", "result":
{"success": true}}`, validated as `AnyKind`); the kind receives the environment's state (a JSON dict it may change)
and the call's arguments, already checked for presence and type.

Kinds are pydantic dataclasses whose `kind` field is their name in a table, so a binding with a misspelt or
mistyped field fails where it is written: when its module is imported or its table is loaded, not when the tool is
first called."""

from __future__ import annotations

import copy
import dataclasses
import string
from abc import ABC, abstractmethod
from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field, JsonValue
from pydantic.dataclasses import dataclass

State = dict[str, Any]
Arguments = dict[str, JsonValue]

_FIELDS = ConfigDict(extra="forbid")


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


@dataclass(frozen=True, config=_FIELDS)
class Reply(ToolKind):
    """Always the same answer, with `{argument}` placeholders filled in."""

    result: JsonValue
    kind: Literal["reply"] = dataclasses.field(default="reply", kw_only=True)

    def __call__(self, state: State, arguments: Arguments) -> JsonValue:
        return fill(self.result, arguments)


@dataclass(frozen=True, config=_FIELDS)
class ShowState(ToolKind):
    """Shows part of the state: `{"success": True, "data": {as_key: state[key]}}`, or the bare value with `bare`."""

    key: str
    as_key: str | None = None
    default: JsonValue = None
    bare: bool = False
    kind: Literal["show_state"] = dataclasses.field(default="show_state", kw_only=True)

    def __call__(self, state: State, arguments: Arguments) -> JsonValue:
        value = copy.deepcopy(state.get(self.key, self.default))
        return {"success": True, "data": value if self.bare else {self.as_key or self.key: value}}


@dataclass(frozen=True, config=_FIELDS)
class SearchState(ToolKind):
    """Shows, as ShowState does, the items of the list `state[key]` whose `field` contains the argument `argument`
    (ignoring case); without the argument, or when no item matches, the whole list."""

    key: str
    field: str
    argument: str
    as_key: str | None = None
    bare: bool = False
    kind: Literal["search_state"] = dataclasses.field(default="search_state", kw_only=True)

    def __call__(self, state: State, arguments: Arguments) -> JsonValue:
        items = copy.deepcopy(state.get(self.key, []))
        wanted = arguments.get(self.argument)
        if isinstance(wanted, str):
            found = [item for item in items if wanted.lower() in str(item.get(self.field, "")).lower()]
            items = found or items
        return {"success": True, "data": items if self.bare else {self.as_key or self.key: items}}


@dataclass(frozen=True, config=_FIELDS)
class StateReply(ToolKind):
    """Shows part of the state beside the success flag: `{"success": True, as_key: state[key]}`."""

    key: str
    default: JsonValue = None
    as_key: str | None = None
    kind: Literal["state_reply"] = dataclasses.field(default="state_reply", kw_only=True)

    def __call__(self, state: State, arguments: Arguments) -> JsonValue:
        return {"success": True, self.as_key or self.key: copy.deepcopy(state.get(self.key, self.default))}


@dataclass(frozen=True, config=_FIELDS)
class StateValue(ToolKind):
    """The value of one state key, as it is: some environments answer every call with a prepared text."""

    key: str
    default: JsonValue = None
    kind: Literal["state_value"] = dataclasses.field(default="state_value", kw_only=True)

    def __call__(self, state: State, arguments: Arguments) -> JsonValue:
        return copy.deepcopy(state.get(self.key, self.default))


@dataclass(frozen=True, config=_FIELDS)
class SetState(ToolKind):
    """Sets the state at `path` (objects on the way made when missing) to the value of the argument `argument`, or
    to the fixed `value` when there is no `argument`, then answers `result` with `{argument}` placeholders filled."""

    path: Annotated[list[str], Field(min_length=1)]
    result: JsonValue
    argument: str | None = None
    value: JsonValue = None
    kind: Literal["set_state"] = dataclasses.field(default="set_state", kw_only=True)

    def __call__(self, state: State, arguments: Arguments) -> JsonValue:
        *parents, key = self.path
        target = state
        for parent in parents:
            target = target.setdefault(parent, {})
        target[key] = arguments.get(self.argument) if self.argument is not None else copy.deepcopy(self.value)
        return fill(self.result, arguments)


@dataclass(frozen=True, config=_FIELDS)
class _ItemLookup(ToolKind):
    """Looks up the first item of the list `state[collection]` whose `field` equals the argument `argument`.

    `found` (the answer when there is one) and `missing` (when not) are templates: `{argument}` placeholders, and
    `$item` anywhere as a whole value stands for the item found. The list is walked as the hand-written tools walk
    theirs (`for item in state.get(collection, [])`, `item.get(field) == argument`), so a collection that is not a
    list of objects fails the call the same way."""

    collection: str
    field: str
    argument: str
    found: JsonValue
    missing: JsonValue = None

    def _index(self, state: State, arguments: Arguments) -> int | None:
        wanted = arguments.get(self.argument)
        for index, item in enumerate(state.get(self.collection, [])):
            if item.get(self.field) == wanted:
                return index
        return None

    def _answer(self, item: JsonValue, arguments: Arguments) -> JsonValue:
        return _put_item(fill(self.found, arguments), item)


@dataclass(frozen=True, config=_FIELDS)
class FindItem(_ItemLookup):
    """Answers with the item looked up."""

    kind: Literal["find_item"] = dataclasses.field(default="find_item", kw_only=True)

    def __call__(self, state: State, arguments: Arguments) -> JsonValue:
        index = self._index(state, arguments)
        if index is None:
            return fill(self.missing, arguments)
        return self._answer(state[self.collection][index], arguments)


@dataclass(frozen=True, config=_FIELDS)
class UpdateItem(_ItemLookup):
    """Changes the item looked up, then answers: each field of `set_arguments` gets the value of the argument it
    names (None when not given), then each field of `set_values` its fixed value."""

    set_arguments: dict[str, str] = dataclasses.field(default_factory=dict)
    set_values: dict[str, JsonValue] = dataclasses.field(default_factory=dict)
    kind: Literal["update_item"] = dataclasses.field(default="update_item", kw_only=True)

    def __call__(self, state: State, arguments: Arguments) -> JsonValue:
        index = self._index(state, arguments)
        if index is None:
            return fill(self.missing, arguments)
        item = state[self.collection][index]
        for name, argument in self.set_arguments.items():
            item[name] = arguments.get(argument)
        item.update(copy.deepcopy(self.set_values))
        return self._answer(item, arguments)


@dataclass(frozen=True, config=_FIELDS)
class RemoveItem(_ItemLookup):
    """Answers with the item looked up, and removes it from the state."""

    kind: Literal["remove_item"] = dataclasses.field(default="remove_item", kw_only=True)

    def __call__(self, state: State, arguments: Arguments) -> JsonValue:
        index = self._index(state, arguments)
        if index is None:
            return fill(self.missing, arguments)
        return self._answer(state[self.collection].pop(index), arguments)


AnyKind = Annotated[
    Reply | ShowState | SearchState | StateReply | StateValue | SetState | FindItem | UpdateItem | RemoveItem,
    Field(discriminator="kind"),
]

ITEM = "$item"


def _put_item(template: JsonValue, item: JsonValue) -> JsonValue:
    if template == ITEM:
        return copy.deepcopy(item)
    if isinstance(template, dict):
        return {key: _put_item(value, item) for key, value in template.items()}
    if isinstance(template, list):
        return [_put_item(value, item) for value in template]
    return template
