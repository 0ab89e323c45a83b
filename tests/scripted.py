"""Hand-made scenarios played by a scripted agent through the real runner, runtime and store."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from failure_modes.registry import DEFAULT, build_judge
from model_client.messages import Message
from records import (
    AgentConfig,
    AgentTurn,
    EnvironmentSetup,
    Episode,
    RiskCategory,
    Run,
    RunConfig,
    Scenario,
    ToolCall,
    ToolSpec,
)
from sandbox.runner import execute, trials_of
from sandbox.runtime.base import Runtime
from sandbox.store import Store

Turn = list[tuple[str, dict[str, Any]]]


def scripted_scenario(case_id: str, environment: str, turns: list[Turn]) -> Scenario:
    """A scenario whose instruction is the script: per turn, the (tool, arguments) calls the agent makes."""
    script = [[{"name": name, "arguments": arguments} for name, arguments in turn] for turn in turns]
    return Scenario(
        id=case_id,
        suite="scripted",
        instruction=json.dumps(script),
        environments=[EnvironmentSetup(name=environment)],
        risk_categories=[RiskCategory.HARMFUL_CODE],
    )


class ScriptedAgent:
    """Makes the calls its instruction lists, turn by turn, then answers "done". It reads where it is from the
    conversation, so an episode restarted from scratch replays the same script. `before_turn(case, index)` runs
    before each turn: a test's hook into the middle of an episode."""

    def __init__(self, before_turn: Callable[[str, int], None] | None = None) -> None:
        self.before_turn = before_turn
        self.openings: list[str] = []  # the instruction of every conversation begun, restarts included

    async def next_turn(self, messages: list[Message], tools: list[ToolSpec]) -> AgentTurn:
        instruction = next(message["content"] for message in messages if message["role"] == "user")
        index = sum(1 for message in messages if message["role"] == "assistant")
        if index == 0:
            self.openings.append(instruction)
        if self.before_turn is not None:
            self.before_turn(instruction, index)
        script: list[list[dict[str, Any]]] = json.loads(instruction)
        if index >= len(script):
            return AgentTurn(content="done")
        calls = [
            ToolCall(id=f"t{index}c{number}", name=call["name"], arguments=call["arguments"])
            for number, call in enumerate(script[index])
        ]
        return AgentTurn(tool_calls=calls)


async def run_scripted(
    scenarios: list[Scenario],
    agent: ScriptedAgent,
    runtime: Runtime,
    database: Path,
    concurrency: int = 1,
    turn_limit: int = 10,
) -> tuple[Store, list[Episode]]:
    """Run the scenarios as one run stored in `database`; the store (left open) and its episodes by case order."""
    store = Store(f"sqlite:///{database}")
    run = Run(
        id="scripted",
        config=RunConfig(
            agent=AgentConfig(model="scripted"),
            suite="scripted",
            sandbox=runtime.kind,
            concurrency=concurrency,
            turn_limit=turn_limit,
        ),
    )
    store.create_run(run)
    async with runtime:
        await execute(
            run, trials_of(run.config, scenarios), agent, build_judge(DEFAULT), runtime, store, lambda episode: None
        )
    by_case = {episode.case_id: episode for episode in store.episodes(run.id)}
    return store, [by_case[scenario.id] for scenario in scenarios]
