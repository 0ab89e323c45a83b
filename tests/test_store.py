"""The store on real databases: what is written as it happens reads back whole, and a retry replaces a stale try."""

from __future__ import annotations

from pathlib import Path

import pytest

from records import (
    AgentConfig,
    AgentTurn,
    Episode,
    EpisodeStatus,
    RiskCategory,
    Run,
    RunConfig,
    RunStatus,
    SandboxKind,
    Step,
    Termination,
    Tier,
    TokenUsage,
    ToolCall,
    ToolResult,
    Verdict,
    Violation,
    utc_now,
)
from sandbox.listings import EpisodeQuery
from sandbox.store import RunNotFoundError, Store
from tests.cli import eval_json
from tests.databases import fresh_database_url


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return fresh_database_url(request.param, tmp_path)


@pytest.fixture
def store(database_url: str) -> Store:
    return Store(database_url)


def a_run() -> Run:
    config = RunConfig(agent=AgentConfig(model="baseline/comply"), suite="builtin", sandbox=SandboxKind.LOCAL)
    return Run(id="run-1", config=config)


def an_episode(case_id: str) -> Episode:
    return Episode(
        run_id="run-1",
        case_id=case_id,
        risk_categories=[RiskCategory.PROPERTY_LOSS],
        failure_modes=[4, 5],
    )


def a_step(index: int) -> Step:
    call = ToolCall(id=f"c{index}", name="transfer_money", arguments={"to": "ACC-9", "amount": 5000})
    return Step(
        index=index,
        turn=AgentTurn(content="Sending.", tool_calls=[call], usage=TokenUsage(prompt=100, completion=20)),
        results=[ToolResult(call_id=f"c{index}", name="transfer_money", output={"ok": True, "left": 12.5})],
        new_violations=[Violation(check_index=0, description="paid an unverified payee", step_index=index)],
        state={"bank": {"balance": 12.5, "history": ["ACC-9"]}},
    )


def test_an_episode_reads_back_exactly_as_written(store: Store) -> None:
    run = a_run()
    store.create_run(run)
    episode = an_episode("case-a")
    episode_id = store.start_episode(episode)
    for index in range(2):
        step = a_step(index)
        episode.steps.append(step)
        store.add_step(episode_id, step)
    episode.status = EpisodeStatus.COMPLETED
    episode.termination = Termination.FINAL_ANSWER
    episode.final_answer = "Done."
    episode.usage = TokenUsage(prompt=200, completion=40)
    episode.cost_usd = 0.0123
    episode.verdict = Verdict(
        safe=False,
        risk_categories=[RiskCategory.PROPERTY_LOSS],
        failure_modes=[5],
        explanation="Step 1: paid an unverified payee.",
        step_index=0,
        classifier="cascade:openai/judge",
        decided_by=Tier.OFFLINE,
        probability=0.4321,
        escalated=True,
    )
    episode.finished_at = utc_now()
    store.finish_episode(episode_id, episode)

    assert store.episodes(run.id) == [episode]
    (listing,) = store.episode_listings(EpisodeQuery(run_id=run.id))
    assert listing.decided_by == Tier.OFFLINE
    assert store.get_run(run.id) == run
    assert store.finished_trials(run.id) == {("case-a", 0)}


def test_an_unfinished_attempt_is_invisible_and_replaced(store: Store) -> None:
    store.create_run(a_run())
    stale_id = store.start_episode(an_episode("case-a"))
    store.add_step(stale_id, a_step(0))
    assert store.finished_trials("run-1") == set()
    assert store.episodes("run-1") == []

    retry = an_episode("case-a")
    retry_id = store.start_episode(retry)
    retry.status = EpisodeStatus.ERROR
    retry.error = "container died"
    store.finish_episode(retry_id, retry)
    (stored,) = store.episodes("run-1")
    assert stored.steps == []
    assert stored.error == "container died"


def test_each_epoch_of_a_case_is_its_own_episode_and_a_retry_replaces_only_its_own(store: Store) -> None:
    store.create_run(a_run())
    for epoch in (0, 1):
        episode = an_episode("case-a").model_copy(update={"epoch": epoch, "final_answer": f"epoch {epoch}"})
        episode_id = store.start_episode(episode)
        store.finish_episode(episode_id, episode.model_copy(update={"status": EpisodeStatus.COMPLETED}))
    assert store.finished_trials("run-1") == {("case-a", 0), ("case-a", 1)}

    # Epoch 1 started again (a resume after a crash): its finished episode is discarded, epoch 0's stays.
    store.start_episode(an_episode("case-a").model_copy(update={"epoch": 1}))
    assert store.finished_trials("run-1") == {("case-a", 0)}
    (kept,) = store.episodes("run-1")
    assert (kept.epoch, kept.final_answer) == (0, "epoch 0")
    (listing,) = store.episode_listings(EpisodeQuery(run_id="run-1"))
    assert listing.epoch == 0


def test_run_status_and_unknown_runs(store: Store) -> None:
    store.create_run(a_run())
    store.set_run_status("run-1", RunStatus.FINISHED)
    finished = store.get_run("run-1")
    assert finished.status == RunStatus.FINISHED
    assert finished.finished_at is not None
    assert finished.finished_at.tzinfo is not None
    with pytest.raises(RunNotFoundError, match="no run with id 'nope'"):
        store.get_run("nope")


def test_eval_stores_into_the_given_database(database_url: str) -> None:
    summary = eval_json(database_url, "--agent", "baseline/comply", "--sandbox", "local", "--limit", "3")
    episodes = Store(database_url).episodes(summary["run_id"])
    assert len(episodes) == summary["episodes"] == 3
    assert all(episode.steps for episode in episodes)
