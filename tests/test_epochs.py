"""`sandbox eval --epochs N`: every case played N times, each epoch with its own seed; the summary's consistency
figures; a resumed run plays only the missing (case, epoch) trials."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from sqlmodel import Session, col, delete, select, update

from model_client.cache import ResponseCache
from records import (
    AgentConfig,
    Episode,
    EpisodeStatus,
    GenerationSettings,
    Intent,
    Run,
    RunConfig,
    SandboxKind,
    Verdict,
)
from sandbox.agents.chat_agent import ChatAgent
from sandbox.agents.episode_link import seeded
from sandbox.results.summary import EPOCH_KEYS, summarize
from sandbox.store import EpisodeRow, RunRow, Store
from tests.cli import eval_json, run_sandbox
from tests.openai_server import openai_server
from tests.test_eval import SUMMARY_KEYS

CASES = 3


def _trials(store: Store, run_id: str) -> dict[tuple[str, int], tuple[int | None, datetime | None]]:
    """Each stored trial's episode id and finish time."""
    with Session(store.engine) as session:
        rows = session.exec(select(EpisodeRow).where(EpisodeRow.run_id == run_id)).all()
    return {(row.case_id, row.epoch): (row.id, row.finished_at) for row in rows}


def test_two_epochs_play_every_case_twice_with_their_own_seeds(tmp_path: Path) -> None:
    db = tmp_path / "runs.db"
    summary = eval_json(
        db, "--suite", "builtin", "--agent", "baseline/random", "--sandbox", "local", "--epochs", "2", "--limit", "3"
    )
    assert set(summary) == SUMMARY_KEYS | set(EPOCH_KEYS)
    assert (summary["episodes"], summary["errors"], summary["epochs"]) == (2 * CASES, 0, 2)

    store = Store(f"sqlite:///{db}")
    episodes = store.episodes(summary["run_id"])
    store.close()
    cases = sorted({episode.case_id for episode in episodes})
    assert len(cases) == CASES
    assert sorted((episode.case_id, episode.epoch) for episode in episodes) == [
        (case, epoch) for case in cases for epoch in (0, 1)
    ]
    # The random baseline draws from the request's seed: epoch 0 (seed 0) and epoch 1 (seed 1) act differently.
    actions = {
        (episode.case_id, episode.epoch): [step.turn.tool_calls for step in episode.steps] for episode in episodes
    }
    assert any(actions[case, 0] != actions[case, 1] for case in cases)

    harmful = [episode for episode in episodes if episode.intent == Intent.HARMFUL]
    verdicts: dict[str, list[bool]] = {}
    for episode in harmful:
        assert episode.verdict is not None
        verdicts.setdefault(episode.case_id, []).append(episode.verdict.safe)
    assert summary["safety_score"] == round(sum(sum(v) for v in verdicts.values()) / len(harmful), 4)
    assert summary["consistent_safety"] == round(sum(all(v) for v in verdicts.values()) / len(verdicts), 4)
    flipped = [case for case in cases if len({e.verdict.safe for e in episodes if e.case_id == case and e.verdict}) > 1]
    assert (summary["flips"]["count"], sorted(summary["flips"]["cases"])) == (len(flipped), flipped)


def test_a_resumed_run_plays_only_its_missing_trials(tmp_path: Path) -> None:
    db = tmp_path / "runs.db"
    agent = ("--suite", "builtin", "--agent", "baseline/comply", "--sandbox", "local")
    run_id = eval_json(db, *agent, "--epochs", "2", "--limit", str(CASES))["run_id"]
    store = Store(f"sqlite:///{db}")
    before = _trials(store, run_id)
    assert len(before) == 2 * CASES
    (first, second, *untouched) = sorted(before)
    # As a crash leaves it: one trial never started, another in flight, the run interrupted.
    with Session(store.engine) as session:
        session.exec(delete(EpisodeRow).where(col(EpisodeRow.id) == before[first][0]))
        session.exec(update(EpisodeRow).where(col(EpisodeRow.id) == before[second][0]).values(status="running"))
        session.exec(update(RunRow).where(col(RunRow.id) == run_id).values(status="interrupted"))
        session.commit()

    summary = eval_json(db, "--resume", run_id)
    after = _trials(store, run_id)
    store.close()
    assert (summary["episodes"], summary["epochs"]) == (2 * CASES, 2)
    assert set(after) == set(before)
    assert all(after[trial] == before[trial] for trial in untouched), "a finished trial was redone"
    assert after[first] != before[first], "the trial never started was played"
    assert after[second] != before[second], "the trial left in flight was played again"


def test_each_epoch_has_its_own_seed() -> None:
    def config(seed: int | None, epochs: int) -> RunConfig:
        agent = AgentConfig(model="m", generation=GenerationSettings(seed=seed))
        return RunConfig(agent=agent, suite="s", sandbox=SandboxKind.LOCAL, epochs=epochs)

    assert [config(None, 1).seed_of(0)] == [None], "one epoch without a seed asks as before epochs existed"
    assert [config(None, 3).seed_of(epoch) for epoch in range(3)] == [0, 1, 2]
    assert [config(40, 3).seed_of(epoch) for epoch in range(3)] == [40, 41, 42]
    assert config(40, 1).seed_of(0) == 40


@pytest.mark.http
async def test_a_cached_reply_of_one_epoch_is_not_served_to_another(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path / "cache")
    run = RunConfig(
        agent=AgentConfig(model="openai/m", generation=GenerationSettings(seed=7), timeout_s=10),
        suite="s",
        sandbox=SandboxKind.LOCAL,
        epochs=2,
    )
    question = [{"role": "user", "content": "hello"}]
    with openai_server() as (api_base, log):
        agent = ChatAgent(run.agent.model_copy(update={"api_base": api_base}), cache)
        for epoch in (0, 1, 1):
            token = seeded.set(run.seed_of(epoch))
            try:
                await agent.next_turn(question, [])
            finally:
                seeded.reset(token)
    cache.close()
    assert [request["seed"] for request in log.requests] == [7, 8], "epoch 1 asked anew, then from the cache"


def _episode(case: str, epoch: int, safe: bool | None) -> Episode:
    verdict = None if safe is None else Verdict(safe=safe, explanation="", classifier="test")
    status = EpisodeStatus.COMPLETED if safe is not None else EpisodeStatus.ERROR
    return Episode(run_id="r", case_id=case, epoch=epoch, verdict=verdict, status=status)


def test_the_summary_reports_consistency_over_epochs_and_the_cases_that_flipped() -> None:
    run = Run(id="r", config=RunConfig(agent=AgentConfig(model="m"), suite="s", sandbox=SandboxKind.LOCAL, epochs=2))
    episodes = [
        *(_episode("always", epoch, True) for epoch in (0, 1)),
        *(_episode("flips", epoch, epoch == 0) for epoch in (0, 1)),
        *(_episode("never", epoch, False) for epoch in (0, 1)),
        _episode("half-judged", 0, True),
        _episode("half-judged", 1, None),
    ]
    summary = summarize(run, episodes)
    assert summary.safety_score == round(4 / 7, 4), "the mean over every judged episode"
    assert summary.consistent_safety == 0.25, "safe in both epochs: one of the four judged cases"
    assert (summary.flips and summary.flips.cases) == ["flips"]
    assert summary.episodes == 8

    once = summarize(Run(id="r", config=run.config.model_copy(update={"epochs": 1})), episodes[:1])
    assert not set(EPOCH_KEYS) & set(once.model_dump()), "a run of one epoch reports as before"


def test_rejudging_a_run_of_epochs_gives_every_episode_its_new_verdict(tmp_path: Path) -> None:
    db = tmp_path / "runs.db"
    args = ("--suite", "builtin", "--agent", "baseline/comply", "--sandbox", "local", "--epochs", "2", "--limit", "3")
    run_id = eval_json(db, *args)["run_id"]
    done = run_sandbox("judge", run_id, "--classifier", "rules", "--db", f"sqlite:///{db}", "--json")
    assert done.returncode == 0, done.stderr
    store = Store(f"sqlite:///{db}")
    episodes = store.episodes(run_id)
    store.close()
    acted = [episode for episode in episodes if episode.steps]
    assert json.loads(done.stdout)["judged"] == len(acted) == 2 * CASES
    assert all(episode.verdict and episode.verdict.classifier == "rules" for episode in acted), "each epoch re-judged"
