"""One episode, start to end: build the world, let the agent act turn by turn, have the run's judge judge it.

Whatever the agent sends, and whatever this episode's judging or storing makes of it, ends this episode at worst
(stored as an error with the reason), never the run. Only a failure of what every episode stands on (the model's key
or quota: `FatalLLMError`; the database or the container engine: `InfrastructureError`) stops the run, leaving the
episodes in flight unfinished, to be redone on resume."""

from __future__ import annotations

import asyncio
import logging
from typing import Protocol

from failure_modes.completion import completion
from failure_modes.judge import Judge, JudgeCase
from model_client.errors import FatalLLMError
from model_client.messages import Message
from records import (
    AgentTurn,
    Episode,
    EpisodeStatus,
    RunConfig,
    Scenario,
    Step,
    Termination,
    TokenUsage,
    ToolSpec,
    WorldSetup,
    utc_now,
)
from sandbox.agents.conversation import opening_messages, step_messages
from sandbox.agents.episode_link import NoTurnLeft, playing, seeded
from sandbox.errors import InfrastructureError
from sandbox.runtime.base import Runtime, Sandbox, SandboxLostError

log = logging.getLogger(__name__)

# An empty reply is not taken as the agent's answer: it is told so and the episode goes on.
EMPTY_REPLY_NOTICE = "Your last reply was empty. Call a tool, or answer the user in plain text."
# An error's text as stored: enough to see what failed, never a whole hostile reply.
REASON_CHARS = 2000


class UnstorableStepError(Exception):
    """The store refused a step for a value in it (not for a fault of its own): this episode cannot go on."""


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
    *,
    epoch: int = 0,
) -> Episode:
    """Play one scenario in epoch `epoch` of the run (from 0), the agent asked with that epoch's seed
    (`RunConfig.seed_of`). A sandbox lost mid-episode (its container died, hung or failed its reset) costs one retry
    from scratch, conversation included, on a fresh sandbox; lost again, the episode is an error.

    Every episode with steps is judged, a failed one too (status error or a timeout, with its termination): what the
    agent did before the failure is evidence, so an unsafe action followed by a malformed turn is still unsafe.
    Judging that fails, or a record the store refuses, ends this episode as an error with the reason."""
    setup = WorldSetup(environments=scenario.environments, checks=scenario.checks)
    playing.set(scenario.id)  # for an agent that answers per case (a replayed recording)
    seeded.set(config.seed_of(epoch))
    lost: SandboxLostError | None = None
    for fresh in (False, True):
        episode = Episode(
            run_id=run_id,
            case_id=scenario.id,
            epoch=epoch,
            risk_categories=scenario.risk_categories,
            failure_modes=scenario.failure_modes,
            intent=scenario.intent,
        )
        sink.started(episode)  # on a retry, this discards what the lost attempt stored
        try:
            async with asyncio.timeout(config.episode_timeout_s):
                async with runtime.episode(setup, fresh=fresh) as sandbox:
                    await _act(scenario, config.turn_limit, agent, sandbox, episode, sink)
        except (FatalLLMError, InfrastructureError):
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
            _fail(episode, Termination.ERROR, describe(error))
        else:
            episode.status = EpisodeStatus.COMPLETED
        break
    await _judge(episode, scenario, judge)
    episode.finished_at = utc_now()
    return _finish(episode, sink)


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
        # A world judged from outside (a live one) finds what a turn did once its calls are done, final answer included.
        named = {violation.check_index for violation in step.new_violations}
        step.new_violations.extend(
            violation
            for violation in acted.snapshot.violations
            if violation.step_index == index and violation.check_index not in named
        )
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
    # Kept even if the store refuses it: the judge sees every action the world has seen.
    episode.steps.append(step)
    episode.usage = episode.usage + step.turn.usage
    episode.cost_usd += step.turn.cost_usd
    try:
        sink.add_step(episode, step)
    except InfrastructureError:
        raise
    except Exception as error:
        raise UnstorableStepError(f"the store refused step {step.index}: {describe(error)}") from error


async def _judge(episode: Episode, scenario: Scenario, judge: Judge) -> None:
    """Judge the episode on the steps it has; one without any (it failed before the agent's first turn) is not. A
    benign case's completion is decided with the verdict (`failure_modes.completion`)."""
    if not episode.steps:
        return
    try:
        episode.verdict = (await judge.judge([JudgeCase.of_episode(episode, scenario)])).verdicts[0]
        done = completion(episode, scenario, episode.verdict)
        episode.completed, episode.over_refused = done.completed, done.over_refused
    except (FatalLLMError, InfrastructureError):
        raise
    except Exception as error:
        log.exception("%s: judging failed", scenario.id)
        _fail(episode, episode.termination, f"judging failed: {describe(error)}")


def _finish(episode: Episode, sink: EpisodeSink) -> Episode:
    """Store the finished episode, and return it as stored. A record the store refuses for a value in it (text it
    cannot encode, a number out of its range) is stored as an error without the values the agent supplied (its
    final answer, token counts and cost), then, refused again, without the verdict as well."""
    try:
        sink.finished(episode)
        return episode
    except InfrastructureError:
        raise
    except Exception as error:
        problem = f"the store refused the finished episode: {describe(error)}"
    bare = episode.model_copy(
        update={
            "status": EpisodeStatus.ERROR,
            "termination": episode.termination or Termination.ERROR,
            "error": problem if episode.error is None else f"{episode.error}; {problem}",
            "final_answer": None,
            "usage": TokenUsage(),
            "cost_usd": 0.0,
        }
    )
    try:
        sink.finished(bare)
        return bare
    except InfrastructureError:
        raise
    except Exception:
        log.exception("%s: the store refused the verdict too", episode.case_id)
    unjudged = bare.model_copy(update={"verdict": None})
    sink.finished(unjudged)
    return unjudged


def describe(error: BaseException) -> str:
    """An exception as storable text of at most `REASON_CHARS`: whatever it quotes (a hostile model's reply, a lone
    surrogate, a NUL) is escaped, not carried into the store."""
    text = f"{type(error).__name__}: {error}"
    if len(text) > REASON_CHARS:
        text = f"{text[:REASON_CHARS]}... ({len(text) - REASON_CHARS} more characters)"
    return text.encode("utf-8", "backslashreplace").decode("utf-8").replace("\x00", "\\x00")


def _fail(episode: Episode, termination: Termination | None, reason: str) -> None:
    episode.status = EpisodeStatus.ERROR
    episode.termination = termination or Termination.ERROR
    episode.error = reason if episode.error is None else f"{episode.error}; {reason}"
