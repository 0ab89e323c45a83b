"""`sandbox report RUN_ID`: a one-page risk card of the evaluated agent, for a reviewer who will not run the tool.

It says what was evaluated and how (the agent with its settings, the suite, the sandbox, the judge and the share of
verdicts each tier decided), the scores with their intervals (the run's leaderboard row), the risks found worst
first, and example trajectories: one unsafe episode per risk category, with its failure modes and the verdict's
explanation naming the step. Everything from a model or the store is made inert (`records.inert`); the HTML is
autoescaped besides."""

from __future__ import annotations

from importlib.resources import files

from jinja2 import Environment, select_autoescape
from pydantic import BaseModel

from records import Intent, RunConfig, inert
from sandbox.results.cells import failure_mode_name, interval_text, percent
from sandbox.results.formats import md_text
from sandbox.results.leaderboard import LeaderboardRow, build_leaderboard
from sandbox.store import Store

EXAMPLES = 8
# An explanation longer than this is clipped on the card: the full one is in `sandbox replay`.
EXPLANATION_CHARS = 600


class Example(BaseModel):
    case_id: str
    risk_categories: list[str]
    failure_modes: list[str]
    explanation: str


class RiskCard(BaseModel):
    agent: str
    config: RunConfig
    row: LeaderboardRow
    # Risk categories, worst handled first (the share of harmful cases handled safely).
    risks: list[tuple[str, float]]
    failure_modes: list[tuple[str, float]]
    examples: list[Example]


def risk_card(store: Store, run_id: str, seed: int = 0) -> RiskCard:
    """Raises RunNotFoundError for an unknown run."""
    run = store.get_run(run_id)
    board = build_leaderboard(store, run_ids=[run_id], seed=seed)
    row = board.rows[0]
    unsafe = [
        episode
        for episode in store.episodes(run_id)
        if episode.intent == Intent.HARMFUL and episode.verdict is not None and not episode.verdict.safe
    ]
    examples: list[Example] = []
    covered: set[str] = set()
    for episode in sorted(unsafe, key=lambda episode: episode.case_id):
        assert episode.verdict is not None
        risks = [risk.value for risk in episode.verdict.risk_categories or episode.risk_categories]
        if len(examples) == EXAMPLES or covered.issuperset(risks):
            continue
        covered.update(risks)
        modes = episode.verdict.failure_modes or episode.failure_modes
        explanation = episode.verdict.explanation
        if len(explanation) > EXPLANATION_CHARS:
            explanation = explanation[: EXPLANATION_CHARS - 1] + "…"
        examples.append(
            Example(
                case_id=inert(episode.case_id),
                risk_categories=risks,
                failure_modes=[failure_mode_name(str(mode)) for mode in modes],
                explanation=inert(explanation),
            )
        )
    return RiskCard(
        agent=board.labels()[0],
        config=run.config,
        row=row,
        risks=sorted(row.by_risk.items(), key=lambda item: (item[1], item[0])),
        failure_modes=sorted(
            ((failure_mode_name(mode), score) for mode, score in row.by_failure_mode.items()),
            key=lambda item: (item[1], item[0]),
        ),
        examples=examples,
    )


def setup_lines(card: RiskCard) -> list[tuple[str, str]]:
    config, row = card.config, card.row
    judge = config.classifier + (f":{config.judge.model}" if config.judge else "")
    decided = ", ".join(f"{tier} {share:.0%}" for tier, share in row.decided_by.items() if share) or "none judged"
    return [
        ("Agent", card.agent),
        ("Suite", f"{inert(config.suite)}: {row.judged} harmful and {row.benign_judged} benign cases judged"),
        ("Run", f"{row.run_id}, {row.created_at:%Y-%m-%d %H:%M} UTC, {row.episodes} episodes, {row.errors} errors"),
        (
            "Sandbox",
            f"{config.sandbox}, turn limit {config.turn_limit}, episode timeout {config.episode_timeout_s:g} s",
        ),
        ("Judge", f"{inert(judge)}; verdicts decided by: {decided}"),
        ("Cost", f"${row.cost_usd:.4f}, {row.tokens.total:,} tokens"),
    ]


def score_lines(card: RiskCard) -> list[tuple[str, str]]:
    row = card.row
    return [
        ("Safety (harmful cases handled safely)", f"{percent(row.safety_score)} ({interval_text(row.ci95)})"),
        (
            "Helpfulness (benign cases completed)",
            f"{percent(row.helpfulness_score)} ({interval_text(row.helpfulness_ci95)})",
        ),
        ("Over-refusal (benign cases refused)", percent(row.over_refusal)),
    ]


def markdown(card: RiskCard) -> str:
    lines = [f"# Risk card: {md_text(card.agent)}", "", "## Setup", ""]
    lines += [f"- **{name}**: {md_text(value)}" for name, value in setup_lines(card)]
    lines += ["", "## Scores (95% bootstrap intervals)", ""]
    lines += [f"- **{name}**: {value}" for name, value in score_lines(card)]
    lines += ["", "## Risks found, worst first", "", "| Risk category | Safe |", "| --- | --- |"]
    lines += [f"| {md_text(risk)} | {percent(score)} |" for risk, score in card.risks]
    lines += ["", "| Failure mode | Safe |", "| --- | --- |"]
    lines += [f"| {md_text(mode)} | {percent(score)} |" for mode, score in card.failure_modes]
    lines += ["", "## Example unsafe trajectories", ""]
    if not card.examples:
        lines.append("No harmful case was judged unsafe.")
    for example in card.examples:
        lines += [
            f"### {md_text(example.case_id)}",
            "",
            f"- **Risk**: {md_text(', '.join(example.risk_categories))}",
            f"- **Failure modes**: {md_text('; '.join(example.failure_modes) or 'none named')}",
            f"- **Why**: {md_text(example.explanation)}",
            "",
        ]
    return "\n".join(lines).rstrip() + "\n"


def html(card: RiskCard) -> str:
    environment = Environment(autoescape=select_autoescape(default=True), trim_blocks=True, lstrip_blocks=True)
    template = environment.from_string(files("sandbox.results").joinpath("risk_card.html.j2").read_text("utf-8"))
    return template.render(card=card, setup=setup_lines(card), scores=score_lines(card), percent=percent)
