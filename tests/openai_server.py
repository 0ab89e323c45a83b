"""A small OpenAI-compatible chat server for tests: the sandbox reaches it through litellm with an api base,
exactly as it would reach vLLM. Replies are scripted: call the first offered tool once, then answer."""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from sandbox.agents.baselines.random_calls import random_value


@dataclass
class ServerLog:
    requests: list[dict[str, Any]] = field(default_factory=list)
    authorizations: list[str] = field(default_factory=list)


def scripted_reply(request: dict[str, Any]) -> dict[str, Any]:
    messages = request["messages"]
    tools = request.get("tools") or []
    called = any(message.get("role") == "tool" for message in messages)
    if tools and not called:
        spec = tools[0]["function"]
        arguments = random_value(spec["parameters"], random.Random(0))
        message: dict[str, Any] = {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call-1",
                    "type": "function",
                    "function": {"name": spec["name"], "arguments": json.dumps(arguments)},
                }
            ],
        }
        finish = "tool_calls"
    else:
        message = {"role": "assistant", "content": "All done."}
        finish = "stop"
    prompt_tokens = max(1, len(json.dumps(messages)) // 4)
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": request.get("model", "scripted"),
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": 7, "total_tokens": prompt_tokens + 7},
    }


@contextmanager
def openai_server(delay_s: float = 0.0) -> Iterator[tuple[str, ServerLog]]:
    """Serve on a free loopback port; yields the api base URL and a log of what was asked."""
    log = ServerLog()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            log.requests.append(body)
            log.authorizations.append(self.headers.get("Authorization", ""))
            time.sleep(delay_s)
            payload = json.dumps(scripted_reply(body)).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:
            """Keep test output quiet."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", log
    finally:
        server.shutdown()
        server.server_close()
