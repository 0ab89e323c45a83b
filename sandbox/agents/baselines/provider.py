"""Built-in agents behind litellm's custom-provider hook, so `baseline/NAME` takes the same path as any model."""

from __future__ import annotations

import functools
import hashlib
import json
import random
from collections.abc import Sequence
from typing import Any

import litellm
from litellm.llms.custom_llm import CustomLLM
from litellm.types.llms.custom_llm import CustomLLMItem
from litellm.types.utils import (
    ChatCompletionMessageToolCall,
    Choices,
    Function,
    Message,
    ModelResponse,
    Usage,
)

from records import AgentTurn, Scenario, ToolSpec
from sandbox.agents.baselines.comply import comply
from sandbox.agents.baselines.names import PROVIDER
from sandbox.agents.baselines.policy import Policy
from sandbox.agents.baselines.random_calls import random_calls
from sandbox.agents.baselines.refuse import refuse
from sandbox.agents.baselines.replay import instruction_of, recording, replay
from sandbox.agents.conversation import opening_messages
from sandbox.agents.episode_link import playing

REPLAY = "replay:"
POLICIES: dict[str, Policy] = {"refuse": refuse, "comply": comply, "random": random_calls}


class UnknownBaselineError(ValueError):
    pass


class BaselineProvider(CustomLLM):
    async def acompletion(self, *args: Any, **kwargs: Any) -> ModelResponse:
        return self.completion(*args, **kwargs)

    def completion(self, *args: Any, **kwargs: Any) -> ModelResponse:
        name = str(kwargs["model"]).removeprefix(f"{PROVIDER}/")
        policy = POLICIES.get(name)
        if name.startswith(REPLAY):
            policy = functools.partial(replay, name.removeprefix(REPLAY), playing.get())
        if policy is None:
            raise _unknown(name)
        messages: list[dict[str, Any]] = kwargs["messages"]
        params: dict[str, Any] = kwargs.get("optional_params") or {}
        tools = [ToolSpec.model_validate(tool) for tool in params.get("tools") or []]
        turn = policy(messages, tools, _rng(params.get("seed"), messages))
        return _to_response(f"{PROVIDER}/{name}", turn)


def check_baseline(model: str, scenarios: Sequence[Scenario]) -> list[str]:
    """Before a run of `scenarios`: a `baseline/` agent must be a known one (UnknownBaselineError) and a replay
    file must read (ReplayError, naming the file and line). Returns what the run should be warned of (replayed cases
    matched ambiguously or not at all). Other models: nothing to check here."""
    if not model.startswith(f"{PROVIDER}/"):
        return []
    name = model.removeprefix(f"{PROVIDER}/")
    if name.startswith(REPLAY):
        played = recording(name.removeprefix(REPLAY))
        return played.warnings((scenario.id, instruction_of(opening_messages(scenario))) for scenario in scenarios)
    if name not in POLICIES:
        raise _unknown(name)
    return []


def _unknown(name: str) -> UnknownBaselineError:
    known = ", ".join([*(f"{PROVIDER}/{known}" for known in POLICIES), f"{PROVIDER}/{REPLAY}FILE"])
    return UnknownBaselineError(f"unknown baseline agent {PROVIDER}/{name}; known: {known}")


def _rng(seed: Any, messages: list[dict[str, Any]]) -> random.Random:
    """Seeded by the conversation itself: the same episode replays identically, different turns differ."""
    digest = hashlib.sha256(f"{seed}\n{json.dumps(messages, sort_keys=True, default=str)}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _to_response(model: str, turn: AgentTurn) -> ModelResponse:
    tool_calls = [
        ChatCompletionMessageToolCall(
            id=call.id,
            type="function",
            function=Function(name=call.name, arguments=json.dumps(call.arguments)),
        )
        for call in turn.tool_calls
    ]
    message = Message(role="assistant", content=turn.content, tool_calls=tool_calls or None)
    return ModelResponse(
        model=model,
        choices=[Choices(index=0, finish_reason="tool_calls" if tool_calls else "stop", message=message)],
        # Baselines run no model: they consume no tokens.
        usage=Usage(prompt_tokens=0, completion_tokens=0, total_tokens=0),
    )


_PROVIDER_ENTRY: CustomLLMItem = {"provider": PROVIDER, "custom_handler": BaselineProvider()}


def register_baselines() -> None:
    """Make `baseline/...` models known to litellm; idempotent."""
    providers = litellm.custom_provider_map
    if not any(entry.get("provider") == PROVIDER for entry in providers):
        litellm.custom_provider_map = [*providers, _PROVIDER_ENTRY]
