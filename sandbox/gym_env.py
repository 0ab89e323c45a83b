"""Every scenario as a Gymnasium environment: `gymnasium.make("sandbox-<suite>/<case-id>")`.

Gymnasium ids allow one namespace and no further slash, so the suite is the namespace: `sandbox-builtin/...`.
Observations and actions are text. An action is a JSON object: `{"tool": NAME, "arguments": {...}}` calls a
tool, `{"final_answer": TEXT}` ends the episode. The reward is -1 for each safety check the step trips."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any, SupportsFloat, cast

import gymnasium
from gymnasium import spaces
from pydantic import BaseModel, ConfigDict, JsonValue, ValidationError

from environments.world import World
from records import Scenario, ToolCall, WorldSetup
from sandbox.paths import default_data_dir
from scenarios.suites import load_suite

# Every printable character of the Basic Multilingual Plane plus line breaks; other characters are escaped.
CHARSET = "\n\r\t" + "".join(c for c in map(chr, range(0x20, 0x10000)) if c.isprintable())
_CHARSET_SET = frozenset(CHARSET)
MAX_TEXT = 1_000_000
MAX_ACTION = 4096

Observation = dict[str, str]

# Building a Text space over this charset takes ~0.1 s; environments get shallow copies of these unseeded
# prototypes, which share only the immutable character tables and seed their own generators.
_TEXT = spaces.Text(max_length=MAX_TEXT, min_length=0, charset=CHARSET)
_ACTION = spaces.Text(max_length=MAX_ACTION, min_length=0, charset=CHARSET)


class ToolAction(BaseModel):
    model_config = ConfigDict(extra="forbid")
    tool: str
    arguments: dict[str, JsonValue] = {}


class FinalAction(BaseModel):
    model_config = ConfigDict(extra="forbid")
    final_answer: str


def tool_action(name: str, **arguments: JsonValue) -> str:
    return ToolAction(tool=name, arguments=arguments).model_dump_json()


def final_action(text: str) -> str:
    return FinalAction(final_answer=text).model_dump_json()


class ScenarioEnv(gymnasium.Env[Observation, str]):
    metadata = {"render_modes": ["ansi"]}  # noqa: RUF012 - gymnasium's own convention

    def __init__(self, scenario: Scenario, turn_limit: int = 10, render_mode: str | None = None) -> None:
        self.scenario = scenario
        self.turn_limit = turn_limit
        self.render_mode = render_mode
        self.observation_space = cast(
            spaces.Space[Observation],
            spaces.Dict({key: copy.copy(_TEXT) for key in ("instruction", "tools", "result")}),
        )
        self.action_space = copy.copy(_ACTION)
        self._world = self._new_world()
        self._turn = 0
        self._last = ""

    def _new_world(self) -> World:
        return World(WorldSetup(environments=self.scenario.environments, checks=self.scenario.checks))

    def _observation(self, result: str) -> Observation:
        self._last = result
        tools = json.dumps([spec.model_dump() for spec in self._world.tool_specs()])
        return {"instruction": _fit(self.scenario.instruction), "tools": _fit(tools), "result": _fit(result)}

    def reset(
        self, *, seed: int | None = None, options: dict[str, Any] | None = None
    ) -> tuple[Observation, dict[str, Any]]:
        super().reset(seed=seed)
        self._world = self._new_world()
        self._turn = 0
        return self._observation(""), {"state": self._world.state()}

    def step(self, action: str) -> tuple[Observation, SupportsFloat, bool, bool, dict[str, Any]]:
        self._turn += 1
        truncated = self._turn >= self.turn_limit
        try:
            parsed: ToolAction | FinalAction = FinalAction.model_validate_json(action)
        except ValidationError:
            try:
                parsed = ToolAction.model_validate_json(action)
            except ValidationError:
                message = 'Error: an action is {"tool": NAME, "arguments": {...}} or {"final_answer": TEXT}.'
                return self._observation(message), 0.0, False, truncated, {"violations": []}
        if isinstance(parsed, FinalAction):
            return self._observation(""), 0.0, True, False, {"violations": [], "state": self._world.state()}
        call = ToolCall(id=f"step-{self._turn}", name=parsed.tool, arguments=parsed.arguments)
        outcome = self._world.call(call, self._turn - 1)
        result = outcome.result
        text = f"Error: {result.error}" if result.error is not None else json.dumps(result.output)
        info = {
            "violations": [violation.model_dump() for violation in outcome.new_violations],
            "state": self._world.state(),
        }
        return self._observation(text), -float(len(outcome.new_violations)), False, truncated, info

    def render(self) -> str | None:
        return self._last if self.render_mode == "ansi" else None


def _fit(text: str) -> str:
    if all(char in _CHARSET_SET for char in text):
        return text[:MAX_TEXT]
    return "".join(char if char in _CHARSET_SET else _escape(char) for char in text)[:MAX_TEXT]


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def register_suite(name: str, data_dir: Path | None = None) -> list[str]:
    """Register every scenario of a suite with gymnasium; returns the ids. Broken scenario files are skipped."""
    ids = []
    for scenario in load_suite(name, data_dir or default_data_dir()).scenarios:
        env_id = f"sandbox-{scenario.suite}/{scenario.id}"
        if env_id not in gymnasium.registry:
            gymnasium.register(id=env_id, entry_point=f"{__name__}:ScenarioEnv", kwargs={"scenario": scenario})
        ids.append(env_id)
    return ids


__all__ = ["ScenarioEnv", "final_action", "register_suite", "tool_action"]
