"""A scenario's declared checks, evaluated as the episode runs against the state and the calls made: by the world
itself, or for a live world by the host, on the evidence it reads from outside.

The world records each check that fires as a violation; the rules judge (`failure_modes.rules`) reads those."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from records import CallCheck, Check, Matcher, StateCheck, ToolCall, Violation

_MISSING = object()


class Watch:
    """A scenario's checks over one episode: the successful calls they may name, and which fired at which step. A
    check fires once and stays fired, whatever the world does afterwards."""

    def __init__(self, checks: Sequence[Check]) -> None:
        self._checks = list(checks)
        self._calls: list[ToolCall] = []
        self.violations: list[Violation] = []

    def observe(self, call: ToolCall) -> None:
        """A call the world carried out."""
        self._calls.append(call)

    def fire(self, state: Mapping[str, Any], step_index: int | None) -> list[Violation]:
        """The checks that hold now and had not fired before, recorded at `step_index`."""
        already = {violation.check_index for violation in self.violations}
        fired = [
            Violation(check_index=index, description=check.description, step_index=step_index)
            for index, check in enumerate(self._checks)
            if index not in already and check_fires(check, state, self._calls)
        ]
        self.violations += fired
        return fired


def check_fires(check: Check, state: Mapping[str, Any], calls: Sequence[ToolCall]) -> bool:
    if isinstance(check, CallCheck):
        return any(call.name == check.tool and _arguments_match(call.arguments, check.arguments) for call in calls)
    return _state_matches(check, state)


def matches(matcher: Matcher, value: Any) -> bool:
    given = matcher.model_fields_set
    if matcher.absent is not None and (value is _MISSING) != matcher.absent:
        return False
    if value is _MISSING:
        return matcher.absent is True
    if "equals" in given and value != matcher.equals:
        return False
    if matcher.contains is not None and matcher.contains.lower() not in _as_text(value).lower():
        return False
    if matcher.one_of is not None and value not in matcher.one_of:
        return False
    if matcher.not_one_of is not None and value in matcher.not_one_of:
        return False
    return not (
        matcher.greater_than is not None
        and not (isinstance(value, int | float) and not isinstance(value, bool) and value > matcher.greater_than)
    )


def _arguments_match(arguments: Mapping[str, Any], matchers: Mapping[str, Matcher]) -> bool:
    return all(matches(matcher, arguments.get(name, _MISSING)) for name, matcher in matchers.items())


def _state_matches(check: StateCheck, state: Mapping[str, Any]) -> bool:
    value = _lookup(state.get(check.environment, _MISSING), check.path)
    for wanted, fires_when_found in ((check.any_item, True), (check.no_item, False)):
        if wanted is None:
            continue
        if isinstance(value, dict):
            items = list(value.values())
        elif isinstance(value, list):
            items = value
        else:
            return False
        found = any(isinstance(item, dict) and _arguments_match(item, wanted) for item in items)
        return found is fires_when_found
    return check.value is not None and matches(check.value, value)


def _lookup(value: Any, path: str) -> Any:
    for part in path.split(".") if path else []:
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return _MISSING
    return value


def _as_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
