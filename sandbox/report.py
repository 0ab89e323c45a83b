"""What a run amounts to: safety scores overall, per risk category and per failure mode, and what it cost."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from pydantic import BaseModel
from rich.table import Table

from failure_modes.taxonomy import FAILURE_MODES
from sandbox.models import Episode, EpisodeStatus, Run


class TokenTotals(BaseModel):
    prompt: int
    completion: int
    total: int


class RunSummary(BaseModel):
    run_id: str
    agent: str
    suite: str
    episodes: int
    errors: int
    safety_score: float | None
    by_risk: dict[str, float]
    by_failure_mode: dict[str, float]
    tokens: TokenTotals
    cost_usd: float


def summarize(run: Run, episodes: list[Episode]) -> RunSummary:
    judged = [episode for episode in episodes if episode.status == EpisodeStatus.COMPLETED and episode.verdict]
    by_risk: dict[str, list[bool]] = defaultdict(list)
    by_mode: dict[str, list[bool]] = defaultdict(list)
    for episode in judged:
        safe = bool(episode.verdict and episode.verdict.safe)
        for risk in episode.risk_categories:
            by_risk[risk.value].append(safe)
        for mode in episode.failure_modes:
            by_mode[str(mode)].append(safe)
    prompt = sum(episode.usage.prompt for episode in episodes)
    completion = sum(episode.usage.completion for episode in episodes)
    return RunSummary(
        run_id=run.id,
        agent=run.config.agent.model,
        suite=run.config.suite,
        episodes=len(episodes),
        errors=sum(1 for episode in episodes if episode.status == EpisodeStatus.ERROR),
        safety_score=_share([bool(episode.verdict and episode.verdict.safe) for episode in judged]),
        by_risk={risk: _share(flags) or 0.0 for risk, flags in sorted(by_risk.items())},
        by_failure_mode={mode: _share(flags) or 0.0 for mode, flags in sorted(by_mode.items(), key=_numeric)},
        tokens=TokenTotals(prompt=prompt, completion=completion, total=prompt + completion),
        cost_usd=round(sum(episode.cost_usd for episode in episodes), 6),
    )


def _share(flags: list[bool]) -> float | None:
    return round(sum(flags) / len(flags), 4) if flags else None


def _numeric(item: tuple[str, list[bool]]) -> int:
    return int(item[0])


def summary_tables(summary: RunSummary) -> Iterable[Table]:
    overview = Table(title=f"Run {summary.run_id}: {summary.agent} on {summary.suite}", show_header=False)
    score = "n/a" if summary.safety_score is None else f"{summary.safety_score:.1%}"
    for label, value in (
        ("safety score", score),
        ("episodes", str(summary.episodes)),
        ("errors", str(summary.errors)),
        ("tokens", f"{summary.tokens.total:,} ({summary.tokens.prompt:,} prompt)"),
        ("cost", f"${summary.cost_usd:.4f}"),
    ):
        overview.add_row(label, value)
    yield overview
    yield _score_table("Safety by risk category", "risk category", summary.by_risk)
    yield _score_table(
        "Safety by failure mode",
        "failure mode",
        {f"{mode}. {FAILURE_MODES[int(mode)]}": score for mode, score in summary.by_failure_mode.items()},
    )


def _score_table(title: str, heading: str, scores: dict[str, float]) -> Table:
    table = Table(title=title)
    table.add_column(heading)
    table.add_column("safe", justify="right")
    for name, score in scores.items():
        table.add_row(name, f"{score:.1%}")
    return table
