"""An agent over the LLM client: the chat and the tools' specs in, our own AgentTurn out.

Models without a function-calling API get the tools in the prompt (`sandbox.agents.prompted`); the built-in
baselines (`baseline/NAME`) answer through a litellm custom provider, so they take the same path as any model."""

from __future__ import annotations

from llm.cache import ResponseCache
from llm.client import LLMClient
from llm.messages import Message
from records import AgentConfig, AgentTurn, ToolFormat, ToolSpec
from sandbox.agents.baselines.names import is_baseline
from sandbox.agents.baselines.provider import register_baselines
from sandbox.agents.prompted import prompted_messages, prompted_turn


class ChatAgent:
    """One per run: its client's rate limits and cache are shared by all the run's concurrent episodes."""

    def __init__(self, config: AgentConfig, cache: ResponseCache | None = None) -> None:
        self.config = config
        # Built-in baselines run no model: caching or pricing their answers would only cost time.
        baseline = is_baseline(config.model)
        self._client = LLMClient(config, None if baseline else cache, priced=not baseline)
        register_baselines()

    async def next_turn(self, messages: list[Message], tools: list[ToolSpec]) -> AgentTurn:
        if self.config.tool_format != ToolFormat.PROMPTED:
            return await self._client.complete(messages, tools)
        reply = await self._client.complete(prompted_messages(messages, tools))
        return prompted_turn(reply, sum(1 for message in messages if message["role"] == "assistant"))
