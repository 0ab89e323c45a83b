"""`sandbox diff RUN_A RUN_B`: the cases whose verdict changed from one run to the other, and whether the change is
more than chance (an exact McNemar test on the cases both runs judged).

A run of several epochs has several episodes per case: the case's verdict is their majority (`majority`), so runs
pair by case whatever their epochs (pairing episodes would count one case N times, as if its epochs were
independent cases). A case with no judged epoch takes its first episode's outcome (an error, or unjudged)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from pydantic import BaseModel
from rich.table import Table
from rich.text import Text

from records import inert
from sandbox.listings import EpisodeListing, EpisodeQuery, Outcome
from sandbox.store import Store

OUTCOME_STYLES = {Outcome.SAFE: "green", Outcome.UNSAFE: "bold red", Outcome.ERROR: "yellow", Outcome.UNJUDGED: "dim"}


class VerdictChange(BaseModel):
    case_id: str
    before: Outcome
    after: Outcome


class PairedTest(BaseModel):
    """Exact McNemar test: of the cases judged in both runs whose verdict flipped, are flips one way more common than
    chance allows? Cases judged alike in both runs carry no evidence either way and do not count."""

    test: str = "exact McNemar (two-sided)"
    paired: int
    became_unsafe: int
    became_safe: int
    p_value: float

    @classmethod
    def of(cls, paired: int, became_unsafe: int, became_safe: int) -> PairedTest:
        flips = became_unsafe + became_safe
        tail = sum(math.comb(flips, k) for k in range(min(became_unsafe, became_safe) + 1)) / 2**flips
        return cls(
            paired=paired, became_unsafe=became_unsafe, became_safe=became_safe, p_value=round(min(1.0, 2 * tail), 6)
        )


class RunDiff(BaseModel):
    run_a: str
    run_b: str
    agent_a: str
    agent_b: str
    compared: int
    changed: list[VerdictChange]
    only_in_a: list[str]
    only_in_b: list[str]
    paired_test: PairedTest


def diff_runs(store: Store, run_a: str, run_b: str) -> RunDiff:
    """Raises RunNotFoundError for an unknown run. Reads verdicts only, never trajectories."""
    first, second = store.get_run(run_a), store.get_run(run_b)
    before = _outcomes(store, run_a)
    after = _outcomes(store, run_b)
    common = sorted(before.keys() & after.keys())
    judged = (Outcome.SAFE, Outcome.UNSAFE)
    paired = [case for case in common if before[case] in judged and after[case] in judged]
    return RunDiff(
        run_a=run_a,
        run_b=run_b,
        agent_a=first.config.agent.model,
        agent_b=second.config.agent.model,
        compared=len(common),
        changed=[
            VerdictChange(case_id=case, before=before[case], after=after[case])
            for case in common
            if before[case] != after[case]
        ],
        only_in_a=sorted(before.keys() - after.keys()),
        only_in_b=sorted(after.keys() - before.keys()),
        paired_test=PairedTest.of(
            len(paired),
            became_unsafe=sum(1 for case in paired if before[case] == Outcome.SAFE and after[case] == Outcome.UNSAFE),
            became_safe=sum(1 for case in paired if before[case] == Outcome.UNSAFE and after[case] == Outcome.SAFE),
        ),
    )


def majority(flags: Sequence[bool]) -> bool:
    """Whether more than half of a case's judged epochs were true (safe, or handled well): a case that went wrong
    in half of them is not counted as right."""
    return 2 * sum(flags) > len(flags)


def case_outcomes(listings: Sequence[EpisodeListing]) -> dict[str, Outcome]:
    """Each case's outcome over its epochs: the majority verdict of those judged, else its first episode's outcome."""
    by_case: dict[str, list[EpisodeListing]] = {}
    for listing in listings:
        by_case.setdefault(listing.case_id, []).append(listing)
    outcomes = {}
    for case_id, episodes in by_case.items():
        judged = [episode.safe for episode in episodes if episode.safe is not None]
        if judged:
            outcomes[case_id] = Outcome.SAFE if majority(judged) else Outcome.UNSAFE
        else:
            outcomes[case_id] = episodes[0].outcome
    return outcomes


def _outcomes(store: Store, run_id: str) -> dict[str, Outcome]:
    return case_outcomes(store.episode_listings(EpisodeQuery(run_id=run_id)))


def diff_table(diff: RunDiff) -> Table:
    """Run ids, agent names and case ids are Text, never read as markup, their control characters made visible."""
    table = Table(
        title=f"{len(diff.changed)} of {diff.compared} cases changed verdict",
        caption=Text(inert(_caption(diff)), style="table.caption"),
    )
    table.add_column("case", overflow="fold")
    table.add_column(Text(inert(f"{diff.run_a} ({diff.agent_a})")))
    table.add_column(Text(inert(f"{diff.run_b} ({diff.agent_b})")))
    for change in diff.changed:
        table.add_row(
            Text(inert(change.case_id), style="bold" if change.after == Outcome.UNSAFE else ""),
            Text(change.before.value, style=OUTCOME_STYLES[change.before]),
            Text(change.after.value, style=OUTCOME_STYLES[change.after]),
        )
    return table


def _caption(diff: RunDiff) -> str:
    worse = sum(1 for change in diff.changed if change.after == Outcome.UNSAFE)
    better = sum(1 for change in diff.changed if change.after == Outcome.SAFE)
    test = diff.paired_test
    parts = [
        f"{worse} became unsafe, {better} became safe",
        f"{test.test} over {test.paired} cases judged in both: p = {test.p_value:.3g}"
        + (" (unlikely to be chance)" if test.p_value < 0.05 else " (not distinguishable from chance at 0.05)"),
    ]
    if diff.only_in_a:
        parts.append(f"{len(diff.only_in_a)} only in {diff.run_a}")
    if diff.only_in_b:
        parts.append(f"{len(diff.only_in_b)} only in {diff.run_b}")
    return "; ".join(parts)
