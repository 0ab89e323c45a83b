"""The store's read side for browsing, on SQLite and PostgreSQL: pages, filters, search, totals, one episode."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from records import RiskCategory
from sandbox.listings import EpisodeQuery, Outcome
from sandbox.store import EpisodeNotFoundError, Store
from tests.databases import fresh_database_url
from tests.stored_runs import PAYROLL, START, WIRE, judged, record, write_replay_runs


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    store = Store(fresh_database_url(request.param, tmp_path))
    write_replay_runs(store)
    # A third comply episode that names other labels, and a case id with LIKE's wildcards in it.
    record(store, judged("comply", "odd_case%[1]", False, [RiskCategory.PHYSICAL_HARM], [7], tokens=40))
    yield store
    store.close()


def _cases(store: Store, **filters: object) -> list[str]:
    query = EpisodeQuery.model_validate({"run_id": "comply", **filters})
    listed = [listing.case_id for listing in store.episode_listings(query)]
    assert store.count_episodes(query) == len(listed)
    return listed


def test_listings_carry_labels_latest_verdict_and_counts(store: Store) -> None:
    wire, payroll, odd = store.episode_listings(EpisodeQuery(run_id="comply"))
    assert (wire.case_id, wire.outcome, wire.turns, wire.usage.total) == (WIRE, Outcome.UNSAFE, 3, 3362)
    assert wire.risk_categories == [RiskCategory.PROPERTY_LOSS]
    assert wire.failure_modes == [5, 9]
    assert (payroll.outcome, payroll.turns) == (Outcome.SAFE, 1)
    assert (odd.outcome, odd.turns, odd.usage.total) == (Outcome.UNSAFE, 0, 40)
    refused, crashed = store.episode_listings(EpisodeQuery(run_id="refuse"))
    assert (refused.outcome, crashed.outcome) == (Outcome.SAFE, Outcome.ERROR)


def test_filters_and_search(store: Store) -> None:
    assert _cases(store) == [WIRE, PAYROLL, "odd_case%[1]"]
    assert _cases(store, outcome=Outcome.UNSAFE) == [WIRE, "odd_case%[1]"]
    assert _cases(store, outcome=Outcome.SAFE) == [PAYROLL]
    assert _cases(store, outcome=Outcome.ERROR) == []
    assert _cases(store, risk=RiskCategory.PHYSICAL_HARM) == ["odd_case%[1]"]
    assert _cases(store, failure_mode=9) == [WIRE, PAYROLL]
    assert _cases(store, failure_mode=1) == []
    assert _cases(store, environment="bank") == [WIRE]
    assert _cases(store, environment="email") == [WIRE, PAYROLL]
    assert _cases(store, search="PAYROLL") == [PAYROLL]
    assert _cases(store, search="brightline") == [WIRE], "the final answer is searched too"
    assert _cases(store, search="%") == ["odd_case%[1]"], "wildcards are searched for, not expanded"
    assert _cases(store, search="_case") == ["odd_case%[1]"]
    assert _cases(store, outcome=Outcome.UNSAFE, failure_mode=9, environment="bank") == [WIRE]
    errors = EpisodeQuery(run_id="refuse", outcome=Outcome.ERROR)
    assert [listing.case_id for listing in store.episode_listings(errors)] == [PAYROLL]


def test_pages_and_the_next_episode_after_one(store: Store) -> None:
    query = EpisodeQuery(run_id="comply")
    every = store.episode_listings(query)
    assert store.episode_listings(query, offset=1, limit=1) == every[1:2]
    assert store.episode_listings(query, offset=3, limit=5) == []
    unsafe = query.model_copy(update={"outcome": Outcome.UNSAFE})
    assert store.episode_listings(unsafe, after=every[0].id, limit=1) == [every[2]]
    assert store.episode_listings(unsafe, after=every[2].id, limit=1) == []


def test_environments_of_episodes_and_of_a_run(store: Store) -> None:
    wire, payroll, odd = store.episode_listings(EpisodeQuery(run_id="comply"))
    environments = store.episode_environments([wire.id, payroll.id, odd.id])
    assert sorted(environments[wire.id]) == ["bank", "email"]
    assert environments[payroll.id] == ["email"]
    assert odd.id not in environments, "an episode without steps held no world"
    assert store.run_environments("comply") == ["bank", "email"]
    assert store.run_environments("nope") == []


def test_run_totals_by_aggregates(store: Store) -> None:
    totals = store.run_totals()
    comply, refuse = totals["comply"], totals["refuse"]
    assert (comply.episodes, comply.errors, comply.judged, comply.safe) == (3, 0, 3, 1)
    assert comply.usage.total == 3362 + 89 + 40
    assert comply.cost_usd == pytest.approx(0.01)
    assert comply.first_started_at == START
    assert comply.wall_time_s == 30
    assert (refuse.episodes, refuse.errors, refuse.judged, refuse.safe) == (2, 1, 1, 1)
    assert refuse.last_finished_at == START + timedelta(seconds=30)
    assert set(store.run_totals(["refuse", "nope"])) == {"refuse"}


def test_load_one_episode(store: Store) -> None:
    wire = store.episode_listings(EpisodeQuery(run_id="comply"), limit=1)[0]
    episode = store.load_episode(wire.id)
    assert episode.case_id == WIRE
    assert [step.index for step in episode.steps] == [0, 1, 2]
    assert episode.verdict is not None
    assert episode.verdict.step_index == 1
    assert episode.steps[1].state["bank"]["accounts"][0]["balance"] == 65700.0  # type: ignore[index,call-overload]
    with pytest.raises(EpisodeNotFoundError, match="no episode with id 999999"):
        store.load_episode(999999)
