"""An agent over the LLM client: the chat and the tools' specs in, our own AgentTurn out.

Models without a function-calling API get the tools in the prompt (`sandbox.agents.prompted`); the built-in
baselines (`baseline/NAME`) answer through a litellm custom provider, so they take the same path as any model."""

from __future__ import annotations

from model_client.cache import ResponseCache
from model_client.client import LLMClient
from model_client.limits import Limiter
from model_client.messages import Message
from records import AgentConfig, AgentTurn, Termination, ToolFormat, ToolSpec
from sandbox.agents.baselines.names import PROVIDER, is_baseline
from sandbox.agents.baselines.provider import REPLAY, register_baselines
from sandbox.agents.baselines.replay import recording_ended
from sandbox.agents.episode_link import NoTurnLeft, seeded
from sandbox.agents.prompted import prompted_messages, prompted_turn


class ChatAgent:
    """One per run (per node, on a cluster): its client's rate limits and cache are shared by all the run's concurrent
    episodes. `limits` replaces the client's own rate limits (`model_client.client.LLMClient`)."""

    def __init__(self, config: AgentConfig, cache: ResponseCache | None = None, limits: Limiter | None = None) -> None:
        self.config = config
        # Built-in baselines run no model: caching or pricing their answers would only cost time, and asking again
        # gets the same error (a case the recording lacks), so they are not retried.
        baseline = is_baseline(config.model)
        client_config = config.model_copy(update={"retries": 0}) if baseline else config
        self._client = LLMClient(client_config, None if baseline else cache, priced=not baseline, limits=limits)
        self._replays = config.model.startswith(f"{PROVIDER}/{REPLAY}")
        register_baselines()

    async def next_turn(self, messages: list[Message], tools: list[ToolSpec]) -> AgentTurn:
        """The model's next turn, asked with the episode's seed (`seeded`: its epoch's). A replayed recording that ran
        out raises NoTurnLeft: the episode ends there."""
        seed = seeded.get()
        if self.config.tool_format != ToolFormat.PROMPTED:
            return self._played(await self._client.complete(messages, tools, seed=seed))
        reply = self._played(await self._client.complete(prompted_messages(messages, tools), seed=seed))
        return prompted_turn(reply, sum(1 for message in messages if message["role"] == "assistant"))

    def _played(self, turn: AgentTurn) -> AgentTurn:
        if self._replays and recording_ended(turn):
            raise NoTurnLeft(Termination.RECORDING_ENDED, "the recording ended without a final answer")
        return turn
