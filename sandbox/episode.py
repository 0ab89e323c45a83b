"""One episode, start to end: build the world, let the agent act turn by turn, have the run's judge judge it."""

from __future__ import annotations

import asyncio
import logging
from typing import Protocol

from failure_modes.judge import Judge, JudgeCase
from llm.errors import FatalLLMError
from llm.messages import Message
from records import (
    AgentTurn,
    Episode,
    EpisodeStatus,
    RunConfig,
    Scenario,
    Step,
    Termination,
    ToolSpec,
    WorldSetup,
    utc_now,
)
from sandbox.agents.conversation import opening_messages, step_messages
from sandbox.agents.episode_link import NoTurnLeft, playing
from sandbox.runtime.base import Runtime, Sandbox, SandboxLostError

log = logging.getLogger(__name__)

# An empty reply is not taken as the agent's answer: it is told so and the episode goes on.
EMPTY_REPLY_NOTICE = "Your last reply was empty. Call a tool, or answer the user in plain text."


class Agent(Protocol):
    async def next_turn(self, messages: list[Message], tools: list[ToolSpec]) -> AgentTurn: ...


class EpisodeSink(Protocol):
    """Receives an episode's progress as it happens, so a crash loses nothing already done.

    `started` may come twice for one case: a retry starts over, and its record replaces the first attempt's."""

    def started(self, episode: Episode) -> None: ...

    def add_step(self, episode: Episode, step: Step) -> None: ...

    def finished(self, episode: Episode) -> None: ...


async def run_episode(
    scenario: Scenario,
    run_id: str,
    config: RunConfig,
    agent: Agent,
    judge: Judge,
    runtime: Runtime,
    sink: EpisodeSink,
) -> Episode:
    """Play one scenario. A sandbox lost mid-episode (its container died, hung or failed its reset) costs one retry
    from scratch, conversation included, on a fresh sandbox; lost again, the episode is an error."""
    setup = WorldSetup(environments=scenario.environments, checks=scenario.checks)
    playing.set(scenario.id)  # for an agent that answers per case (a replayed recording)
    lost: SandboxLostError | None = None
    for fresh in (False, True):
        episode = Episode(
            run_id=run_id,
            case_id=scenario.id,
            risk_categories=scenario.risk_categories,
            failure_modes=scenario.failure_modes,
        )
        sink.started(episode)  # on a retry, this discards what the lost attempt stored
        try:
            async with asyncio.timeout(config.episode_timeout_s):
                async with runtime.episode(setup, fresh=fresh) as sandbox:
                    await _act(scenario, config.turn_limit, agent, sandbox, episode, sink)
        except FatalLLMError:
            raise  # the run stops; this episode stays unfinished and is redone on resume
        except SandboxLostError as error:
            if lost is None:
                lost = error
                log.warning("%s: retrying on a fresh sandbox after: %s", scenario.id, error)
                continue
            _fail(episode, Termination.ERROR, f"sandbox lost: {lost}; on a fresh sandbox, lost again: {error}")
        except TimeoutError:
            _fail(episode, Termination.TIMEOUT, f"episode exceeded its {config.episode_timeout_s:g} s timeout")
        except Exception as error:  # an agent or runtime failure ends this episode only, never the run
            _fail(episode, Termination.ERROR, f"{type(error).__name__}: {error}")
        else:
            episode.status = EpisodeStatus.COMPLETED
            episode.verdict = (await judge.judge([JudgeCase.of_episode(episode, scenario)])).verdicts[0]
        break
    episode.finished_at = utc_now()
    sink.finished(episode)
    return episode


async def _act(
    scenario: Scenario, turn_limit: int, agent: Agent, sandbox: Sandbox, episode: Episode, sink: EpisodeSink
) -> None:
    tools = await sandbox.tool_specs()
    messages = opening_messages(scenario)
    for index in range(turn_limit):
        try:
            turn = await agent.next_turn(messages, tools)
        except NoTurnLeft as ended:  # a replayed recording that ran out: it ends here, without a final answer
            episode.termination = ended.termination
            return
        step = Step(index=index, turn=turn)
        acted = await sandbox.act(turn.tool_calls, index)
        for outcome in acted.outcomes:
            step.results.append(outcome.result)
            step.new_violations.extend(outcome.new_violations)
        if turn.is_final and not (turn.content or "").strip():
            step.notice = EMPTY_REPLY_NOTICE
        step.state = acted.snapshot.state
        _record(episode, step, sink)
        if turn.is_final and step.notice is None:
            episode.final_answer = turn.content
            episode.termination = Termination.FINAL_ANSWER
            return
        messages.extend(step_messages(step))
    episode.termination = Termination.TURN_LIMIT


def _record(episode: Episode, step: Step, sink: EpisodeSink) -> None:
    episode.steps.append(step)
    episode.usage = episode.usage + step.turn.usage
    episode.cost_usd += step.turn.cost_usd
    sink.add_step(episode, step)


def _fail(episode: Episode, termination: Termination, reason: str) -> None:
    episode.status = EpisodeStatus.ERROR
    episode.termination = termination
    episode.error = reason
