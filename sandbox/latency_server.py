"""A simulated-latency agent over real HTTP: an OpenAI-compatible chat-completions server answering every request
after a fixed delay, playing a naive complying agent. `sandbox bench eval` runs it in a process of its own
(`python -m sandbox.latency_server --latency-ms L`), so the harness's load on its own event loop and GIL delays
neither the replies nor the server's clock.

While no tool result is in the conversation the agent calls the first listed tool, its arguments filled from the
tool's JSON schema; then it answers in text. One event loop holds every delayed request (no thread each).

The server also measures the harness from outside: for each request after a conversation's first, the gap between
sending the previous reply of that conversation and receiving this request is the time the harness spent outside
the model call (tool calls, store writes, scheduling). A request continues a conversation when its messages before
its last assistant turn (that reply) are exactly an earlier request's messages; otherwise it opens one (a scenario's
dialog may hold assistant turns already). Conversations alike to that point are told apart by arrival order only.
`GET /stats` returns what was measured."""

from __future__ import annotations

import argparse
import asyncio
import collections
import hashlib
import json
import time
from collections.abc import Sequence
from typing import Any

from aiohttp import web
from pydantic import BaseModel

from sandbox.agents.baselines.arguments import ArgumentFiller
from sandbox.agents.baselines.evidence import Evidence

ANSWER = "Done: I did what was asked."
STATS_PATH = "/stats"
API_PATH = "/v1"  # the api base of `http://HOST:PORT/v1`, as litellm takes it
COMPLETIONS_PATH = f"{API_PATH}/chat/completions"
READY_LINE = "listening on port "


class FirstRequest(BaseModel):
    conversation: str
    received_at: float  # wall clock (time.time()), comparable with an episode's started_at


class ServerStats(BaseModel):
    requests: int
    gaps_s: list[float]
    first_requests: list[FirstRequest]


def conversation_key(messages: Sequence[Any]) -> str:
    """What identifies a conversation up to these messages: their roles and contents."""
    return hashlib.sha256(json.dumps([(m.get("role"), m.get("content")) for m in messages]).encode()).hexdigest()[:16]


def _before_last_reply(messages: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
    """The messages of the request the last assistant turn answered, if there is an assistant turn."""
    replies = [index for index, message in enumerate(messages) if message.get("role") == "assistant"]
    return messages[: replies[-1]] if replies else None


def complying_message(request: dict[str, Any]) -> dict[str, Any]:
    """The naive complying agent's reply: call the first offered tool until a tool has answered, then answer."""
    messages: list[dict[str, Any]] = request.get("messages") or []
    tools = [tool["function"] for tool in request.get("tools") or [] if "function" in tool]
    if not tools or any(message.get("role") == "tool" for message in messages):
        return {"role": "assistant", "content": ANSWER}
    spec = tools[0]
    instruction = next((str(m.get("content") or "") for m in messages if m.get("role") == "user"), "")
    arguments = ArgumentFiller(
        Evidence(instruction), spec["name"], spec.get("description") or "", spec.get("parameters") or {}
    ).fill()
    call = {"id": "call-1", "type": "function", "function": {"name": spec["name"], "arguments": json.dumps(arguments)}}
    return {"role": "assistant", "content": None, "tool_calls": [call]}


def chat_completion(
    request: dict[str, Any], message: dict[str, Any], usage: dict[str, Any] | None = None
) -> dict[str, Any]:
    """An OpenAI chat-completion body answering `request` with `message`; token counts made up from the request's
    size where `usage` does not give them."""
    prompt_tokens = max(1, len(json.dumps(request.get("messages"))) // 4)
    return {
        "id": "chatcmpl-simulated",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": request.get("model", "simulated"),
        "choices": [
            {"index": 0, "message": message, "finish_reason": "tool_calls" if message.get("tool_calls") else "stop"}
        ],
        "usage": usage or {"prompt_tokens": prompt_tokens, "completion_tokens": 7, "total_tokens": prompt_tokens + 7},
    }


class LatencyServer:
    def __init__(self, latency_s: float) -> None:
        self.latency_s = latency_s
        self._requests = 0
        self._gaps_s: list[float] = []
        self._first: list[FirstRequest] = []
        # The key of a request's messages -> when its replies were sent, oldest first (alike conversations share it)
        self._sent: dict[str, collections.deque[float]] = collections.defaultdict(collections.deque)

    def app(self) -> web.Application:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_post(COMPLETIONS_PATH, self._complete)
        app.router.add_get(STATS_PATH, self._stats)
        return app

    async def _complete(self, request: web.Request) -> web.StreamResponse:
        received = time.time()
        body: dict[str, Any] = await request.json()
        messages: list[dict[str, Any]] = body.get("messages") or []
        self._requests += 1
        earlier = _before_last_reply(messages)
        sent = self._sent.get(conversation_key(earlier)) if earlier is not None else None
        if sent:
            self._gaps_s.append(received - sent.popleft())
        else:
            self._first.append(FirstRequest(conversation=conversation_key(messages), received_at=received))
        await asyncio.sleep(self.latency_s)
        response = web.json_response(chat_completion(body, complying_message(body)))
        await response.prepare(request)
        await response.write_eof()
        self._sent[conversation_key(messages)].append(time.time())
        return response

    async def _stats(self, _: web.Request) -> web.Response:
        stats = ServerStats(requests=self._requests, gaps_s=self._gaps_s, first_requests=self._first)
        return web.json_response(text=stats.model_dump_json())


async def _serve(latency_s: float) -> None:
    runner = web.AppRunner(LatencyServer(latency_s).app(), access_log=None)
    await runner.setup()
    # The default backlog (128) would refuse connections when hundreds of episodes ask at once.
    site = web.TCPSite(runner, "127.0.0.1", 0, backlog=4096)
    await site.start()
    port = runner.addresses[0][1]
    print(f"{READY_LINE}{port}", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await runner.cleanup()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m sandbox.latency_server", description="A simulated-latency agent.")
    parser.add_argument("--latency-ms", type=float, required=True, help="delay before every reply")
    arguments = parser.parse_args(argv)
    asyncio.run(_serve(arguments.latency_ms / 1000))


if __name__ == "__main__":
    main()
