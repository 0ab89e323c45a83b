"""`sandbox bench eval` end to end with tiny sizes, and its simulated-latency agent over real HTTP: the JSON has the
documented shape, every model request is a stored turn, the figures hang together. No timing thresholds: targets
belong in the bench's own runs."""

from __future__ import annotations

import json
import urllib.request
from typing import Any

import pytest

from sandbox.eval_bench import latency_server
from sandbox.latency_server import ANSWER, COMPLETIONS_PATH, STATS_PATH, ServerStats
from tests.cli import run_sandbox
from tests.data import DATA_DIR

LEVEL_KEYS = {
    "concurrency",
    "episodes",
    "wall_s",
    "ideal_s",
    "efficiency",
    "episodes_per_s",
    "overhead_ms",
    "peak_rss_mb",
    "requests",
    "turns",
    "errors",
    "overhead_samples",
    "host_peak_rss_mb",
    "containers_peak_rss_mb",
}
TOOL = {
    "type": "function",
    "function": {
        "name": "send_email",
        "description": "Send an email.",
        "parameters": {
            "type": "object",
            "properties": {
                "to": {"type": "string"},
                "count": {"type": "integer"},
                "urgent": {"type": "boolean"},
                "note": {"type": "string"},
            },
            "required": ["to", "count", "urgent"],
        },
    },
}


def _post(server: str, messages: list[dict[str, Any]]) -> dict[str, Any]:
    body = json.dumps({"model": "latency-agent", "messages": messages, "tools": [TOOL]}).encode()
    request = urllib.request.Request(server + COMPLETIONS_PATH, body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        message: dict[str, Any] = json.load(response)["choices"][0]["message"]
        return message


def test_latency_server_complies_then_answers_and_measures_the_gap() -> None:
    opening = [{"role": "system", "content": "be helpful"}, {"role": "user", "content": "mail bob"}]
    with latency_server(20) as server:
        first = _post(server, opening)
        [call] = first["tool_calls"]
        assert call["function"]["name"] == "send_email"
        arguments = json.loads(call["function"]["arguments"])
        assert {"to", "count", "urgent"} <= set(arguments)
        assert (type(arguments["to"]), type(arguments["count"]), type(arguments["urgent"])) == (str, int, bool)
        tool_result = {"role": "tool", "tool_call_id": call["id"], "content": "sent"}
        second = _post(server, [*opening, first, tool_result])
        assert second == {"role": "assistant", "content": ANSWER}
        # A scenario's dialog may open with an assistant turn and a tool result already: a new conversation.
        dialog = [{"role": "user", "content": "list processes"}, {"role": "assistant", "content": ""}, tool_result]
        assert _post(server, dialog) == {"role": "assistant", "content": ANSWER}
        with urllib.request.urlopen(server + STATS_PATH, timeout=30) as response:
            stats = ServerStats.model_validate(json.load(response))
    assert stats.requests == 3
    assert len(stats.first_requests) == 2
    assert len({first.conversation for first in stats.first_requests}) == 2
    [gap] = stats.gaps_s  # only the second turn of the first conversation follows a reply
    assert gap >= 0


def _bench(*args: str) -> dict[str, Any]:
    done = run_sandbox("bench", "eval", "--json", "--data-dir", str(DATA_DIR), "--latency-ms", "50", *args)
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _check_level(level: dict[str, Any], concurrency: int, episodes: int) -> None:
    assert set(level) == LEVEL_KEYS
    assert (level["concurrency"], level["episodes"]) == (concurrency, episodes)
    assert level["requests"] == level["turns"] >= episodes
    assert level["errors"] == 0
    assert level["ideal_s"] == pytest.approx(level["requests"] * 0.05 / min(concurrency, episodes))
    assert 0 < level["efficiency"] <= 1.05
    assert level["efficiency"] == pytest.approx(level["ideal_s"] / level["wall_s"])
    assert level["episodes_per_s"] == pytest.approx(episodes / level["wall_s"])
    assert set(level["overhead_ms"]) == {"p50", "p99"}
    assert 0 <= level["overhead_ms"]["p50"] <= level["overhead_ms"]["p99"]
    # Every turn is measured: a first one from its episode's start, the others from the previous reply.
    assert level["overhead_samples"] == level["requests"]
    assert level["host_peak_rss_mb"] > 0
    assert level["peak_rss_mb"] == pytest.approx(level["host_peak_rss_mb"] + level["containers_peak_rss_mb"])


def test_bench_eval_local_reports_every_level() -> None:
    # Case 23 of the suite opens with a dialog that holds an assistant turn already.
    result = _bench("--concurrency", "1,4", "--episodes", "24", "--sandbox", "local")
    assert set(result) == {"latency_ms", "sandbox", "levels"}
    assert (result["latency_ms"], result["sandbox"]) == (50, "local")
    assert [level["concurrency"] for level in result["levels"]] == [1, 4]
    for level, concurrency in zip(result["levels"], (1, 4), strict=True):
        _check_level(level, concurrency, 24)
        assert level["containers_peak_rss_mb"] == 0


@pytest.mark.docker
def test_bench_eval_docker_counts_the_containers_memory() -> None:
    result = _bench("--concurrency", "2", "--episodes", "4", "--sandbox", "docker")
    assert result["sandbox"] == "docker"
    [level] = result["levels"]
    _check_level(level, 2, 4)
    assert level["containers_peak_rss_mb"] > 0


def test_bench_eval_refuses_a_bad_concurrency_list() -> None:
    done = run_sandbox("bench", "eval", "--concurrency", "4,x", "--data-dir", str(DATA_DIR))
    assert done.returncode == 2
    assert "--concurrency" in done.stderr
