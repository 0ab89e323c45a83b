"""Every scenario as a Gymnasium environment: `gymnasium.make("sandbox-<suite>/<case-id>-v0")`.

Gymnasium ids allow one namespace and no further slash, so the suite is the namespace: `sandbox-builtin/...`.
Observations and actions are text. An action is a JSON object: `{"tool": NAME, "arguments": {...}}` calls a
tool, `{"final_answer": TEXT}` ends the episode (terminated). The reward is -1 for each safety check the step trips.
The turn limit is the spec's `max_episode_steps`: gymnasium's TimeLimit wrapper, added by `make`, truncates.
A live scenario (`sandbox-live/...`) runs its world in a Docker container of its own, started on `reset` and removed
on the next `reset` or on `close`; every other world runs in this process. The host reads a live world's evidence
once per step, a final answer's included: what a process the agent left running did since is that step's to reward.

A registered spec holds only JSON (suite name, case id, data directory), so `EnvSpec.to_json()` round-trips and a
spec read back with `EnvSpec.from_json` makes the same environment in another process."""

from __future__ import annotations

import asyncio
import copy
import json
import re
import threading
from collections.abc import Coroutine, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, Protocol, SupportsFloat, TypeVar, cast

import gymnasium
from gymnasium import spaces
from pydantic import BaseModel, ConfigDict, JsonValue, ValidationError

from environments.world import World
from records import Scenario, ToolCall, ToolSpec, TurnOutcome, WorldSetup, WorldSnapshot
from records.live import is_live
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


T = TypeVar("T")


class HostedWorld(Protocol):
    """What an environment plays against: a world in this process, or one in a container. `act` reads the world once,
    after the step's calls: a step's state and the violations it reports come from that one reading."""

    def tool_specs(self) -> list[ToolSpec]: ...

    def act(self, calls: list[ToolCall], step_index: int) -> TurnOutcome: ...

    def snapshot(self) -> WorldSnapshot: ...


class ContainedWorld:
    """A live world for gymnasium's synchronous calls: in a container of its own (the docker runtime), driven by an
    event loop on a thread of its own. Whatever fails, the container is removed and the thread ends with `close`, or
    before the constructor raises."""

    def __init__(self, setup: WorldSetup) -> None:
        from sandbox.runtime.container import DockerRuntime

        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="sandbox-live-world", daemon=True)
        self._thread.start()
        self._runtime = DockerRuntime(size=1)
        self._episode = self._runtime.episode(setup)
        try:
            self._sandbox = self._wait(self._episode.__aenter__())
            self._specs = self._wait(self._sandbox.tool_specs())
        except BaseException:
            self._stop()
            raise

    def _wait(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result()

    def tool_specs(self) -> list[ToolSpec]:
        return list(self._specs)

    def act(self, calls: list[ToolCall], step_index: int) -> TurnOutcome:
        return self._wait(self._sandbox.act(calls, step_index))

    def snapshot(self) -> WorldSnapshot:
        return self._wait(self._sandbox.snapshot())

    def close(self) -> None:
        try:
            self._wait(self._episode.__aexit__(None, None, None))
        finally:
            self._stop()

    def _stop(self) -> None:
        """Close the runtime (it removes whatever container it still has), then end the loop and its thread."""
        try:
            self._wait(self._runtime.close())
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join()
            self._loop.close()


class ScenarioEnv(gymnasium.Env[Observation, str]):
    """One scenario, with no turn limit of its own: `gymnasium.make` wraps it in TimeLimit."""

    metadata = {"render_modes": ["ansi"]}  # noqa: RUF012 - gymnasium's own convention

    def __init__(self, scenario: Scenario, render_mode: str | None = None) -> None:
        self.scenario = scenario
        self.render_mode = render_mode
        self.observation_space = cast(
            spaces.Space[Observation],
            spaces.Dict({key: copy.copy(_TEXT) for key in ("instruction", "tools", "result")}),
        )
        self.action_space = copy.copy(_ACTION)
        # A live world's container is started by `reset`, which gymnasium requires before the first step.
        self._hosted: HostedWorld | None = None if is_live(scenario.environments) else self._new_world()
        self._turn = 0
        self._last = ""

    @property
    def _world(self) -> HostedWorld:
        if self._hosted is None:
            raise gymnasium.error.ResetNeeded("call reset() before step(): the live world starts there")
        return self._hosted

    def _new_world(self) -> HostedWorld:
        setup = WorldSetup(environments=self.scenario.environments, checks=self.scenario.checks)
        return ContainedWorld(setup) if is_live(setup.environments) else World(setup)

    def _observation(self, result: str) -> Observation:
        self._last = result
        tools = json.dumps([spec.model_dump() for spec in self._world.tool_specs()])
        return {"instruction": _fit(self.scenario.instruction), "tools": _fit(tools), "result": _fit(result)}

    def reset(
        self, *, seed: int | None = None, options: dict[str, Any] | None = None
    ) -> tuple[Observation, dict[str, Any]]:
        super().reset(seed=seed)
        self._close_world()
        self._hosted = self._new_world()
        self._turn = 0
        return self._observation(""), {"state": self._world.snapshot().state}

    def step(self, action: str) -> tuple[Observation, SupportsFloat, bool, bool, dict[str, Any]]:
        self._turn += 1
        try:
            parsed: ToolAction | FinalAction = FinalAction.model_validate_json(action)
        except ValidationError:
            try:
                parsed = ToolAction.model_validate_json(action)
            except ValidationError:
                message = 'Error: an action is {"tool": NAME, "arguments": {...}} or {"final_answer": TEXT}.'
                return self._observation(message), 0.0, False, False, {"violations": []}
        step_index = self._turn - 1
        if isinstance(parsed, FinalAction):
            # The world is read once more: a live one may have changed since the last call (a process left running).
            turn, text = self._world.act([], step_index), ""
        else:
            call = ToolCall(id=f"step-{self._turn}", name=parsed.tool, arguments=parsed.arguments)
            turn = self._world.act([call], step_index)
            (result,) = (outcome.result for outcome in turn.outcomes)
            text = f"Error: {result.error}" if result.error is not None else json.dumps(result.output)
        fired = [violation for violation in turn.snapshot.violations if violation.step_index == step_index]
        info = {"violations": [violation.model_dump() for violation in fired], "state": turn.snapshot.state}
        return self._observation(text), -float(len(fired)), isinstance(parsed, FinalAction), False, info

    def render(self) -> str | None:
        return self._last if self.render_mode == "ansi" else None

    def close(self) -> None:
        self._close_world()
        super().close()

    def _close_world(self) -> None:
        hosted, self._hosted = self._hosted, None
        if isinstance(hosted, ContainedWorld):
            hosted.close()


def _fit(text: str) -> str:
    if all(char in _CHARSET_SET for char in text):
        return text[:MAX_TEXT]
    return "".join(char if char in _CHARSET_SET else _escape(char) for char in text)[:MAX_TEXT]


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


VERSION = 0
DEFAULT_TURN_LIMIT = 10

# Gymnasium's name grammar is [\w:.-]; a ':' would make `gymnasium.make` import the part before it as a module, and
# '.' is the escape character here, so only word characters and '-' are kept as they are.
_PLAIN = re.compile(r"[\w-]")


def env_id(suite: str, case_id: str) -> str:
    """`sandbox-<suite>/<case-id>-v0`. A character of the case id that is not a word character or '-' is written as
    '.', its code point in hex, '.' (`a b` -> `a.20.b`, `1.5` -> `1.2e.5`): distinct case ids keep distinct ids."""
    name = "".join(char if _PLAIN.fullmatch(char) else f".{ord(char):x}." for char in case_id)
    return f"sandbox-{suite}/{name}-v{VERSION}"


class SuiteCaseEnv(ScenarioEnv):
    """A case of a named suite, built from JSON values: the form gymnasium's registry holds."""

    def __init__(self, suite: str, case_id: str, data_dir: str | None = None, render_mode: str | None = None) -> None:
        key = (suite, _data_dir(data_dir))
        cases = _loaded[key] if key in _loaded else _read(*key)
        if case_id not in cases:
            raise ValueError(f"suite {suite!r} has no case {case_id!r}")
        super().__init__(cases[case_id], render_mode=render_mode)


# What the last registration (or make) read, per (suite, data directory): making 2,000 environments of a suite
# reads it once, not 2,000 times.
_loaded: dict[tuple[str, str], Mapping[str, Scenario]] = {}


def _read(suite: str, data_dir: str) -> Mapping[str, Scenario]:
    cases = MappingProxyType({scenario.id: scenario for scenario in load_suite(suite, Path(data_dir)).scenarios})
    _loaded[suite, data_dir] = cases
    return cases


def _data_dir(spec_dir: str | None) -> str:
    return spec_dir or str(default_data_dir())


def register_suite(name: str, data_dir: Path | None = None, turn_limit: int = DEFAULT_TURN_LIMIT) -> list[str]:
    """Register every scenario of a suite with gymnasium; returns the ids. Broken scenario files are skipped.

    The suite is read afresh, and environments made from these ids are built from what was read here. Without
    `data_dir` the specs hold none, and an environment is made from the default data directory of the process making
    it. An id registered before with other arguments or another turn limit is replaced by this registration."""
    spec_dir = None if data_dir is None else str(data_dir.absolute())
    ids = []
    for case_id in _read(name, _data_dir(spec_dir)):
        case_env_id = env_id(name, case_id)
        kwargs = {"suite": name, "case_id": case_id, "data_dir": spec_dir}
        registered = gymnasium.registry.get(case_env_id)
        if registered is None or registered.kwargs != kwargs or registered.max_episode_steps != turn_limit:
            # Removed first: gymnasium would warn once per case about an override the caller asked for.
            gymnasium.registry.pop(case_env_id, None)
            gymnasium.register(
                id=case_env_id,
                entry_point=f"{__name__}:SuiteCaseEnv",
                max_episode_steps=turn_limit,
                kwargs=kwargs,
            )
        ids.append(case_env_id)
    return ids


__all__ = ["ScenarioEnv", "SuiteCaseEnv", "env_id", "final_action", "register_suite", "tool_action"]
