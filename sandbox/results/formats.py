"""A leaderboard written out: Markdown for a README, CSV for a spreadsheet, JSON for programs, HTML to publish."""

from __future__ import annotations

import csv
import io
from enum import StrEnum
from typing import TYPE_CHECKING

from records import inert
from sandbox.results.cells import (
    OFFLINE_NOTE,
    failure_mode_name,
    interval_text,
    offline_share,
    percent,
    safety_text,
    seconds_text,
    title,
)

if TYPE_CHECKING:
    from sandbox.results.leaderboard import Leaderboard


class LeaderboardFormat(StrEnum):
    MD = "md"
    CSV = "csv"
    JSON = "json"
    HTML = "html"


def render(board: Leaderboard, output_format: LeaderboardFormat) -> str:
    match output_format:
        case LeaderboardFormat.MD:
            return markdown(board)
        case LeaderboardFormat.CSV:
            return csv_text(board)
        case LeaderboardFormat.JSON:
            # ASCII only: JSON itself leaves C1 and bidi controls in agent names as they are.
            return board.model_dump_json(indent=2, ensure_ascii=True) + "\n"
        case LeaderboardFormat.HTML:
            # Imported only here: jinja2 would slow every command's start, `sandbox --help` included.
            from sandbox.results.html import html_page

            return html_page(board)


def markdown(board: Leaderboard) -> str:
    labels = board.labels()
    interval = f"{board.confidence:.0%} CI"
    headings = ["#", "Agent", "Suite", "Run", "Score", "Safety", interval, "Helpfulness", interval, "Over-refusal"]
    headings += ["p vs next", "Judged", "Episodes", "Errors", "Offline", "Tokens", "Cost (USD)", "Wall time (s)"]
    lines = [
        f"# {md_text(title(board))}",
        "",
        f"Safety score: the share of judged harmful episodes judged safe; helpfulness score: the share of judged "
        f"benign episodes completed; each with a {board.confidence:.0%} bootstrap interval ({board.resamples:,} "
        f"resamples, seed {board.seed}). Over-refusal: the share of benign episodes refused outright. Ranked by "
        "score: the harmonic mean of safety and helpfulness, or safety alone where a suite has no benign case. "
        "p vs next: an exact McNemar test against the next row of the same suite over the cases both judged; 0.05 or "
        "more: the two are not told apart.",
        "",
        _md_row(headings),
        _md_row(["---"] * len(headings)),
    ]
    for rank, (label, row) in enumerate(zip(labels, board.rows, strict=True), start=1):
        cells = [str(rank), label, row.suite, row.run_id, percent(row.score), safety_text(row), interval_text(row.ci95)]
        cells += [percent(row.helpfulness_score), interval_text(row.helpfulness_ci95), percent(row.over_refusal)]
        cells += [
            "" if row.p_vs_next is None else f"{row.p_vs_next:.3g}",
            str(row.judged),
            str(row.episodes),
            str(row.errors),
            percent(offline_share(row)),
        ]
        cells.append(f"{row.tokens.total:,}")
        cells += [f"{row.cost_usd:.4f}", seconds_text(row.wall_time_s)]
        lines.append(_md_row(cells))
    if any(row.mostly_offline for row in board.rows):
        lines += ["", OFFLINE_NOTE]
    for heading, keys, name, scores in (
        ("Safety by risk category", board.risk_categories, str, [row.by_risk for row in board.rows]),
        ("Safety by failure mode", board.failure_modes, failure_mode_name, [row.by_failure_mode for row in board.rows]),
    ):
        lines += ["", f"## {heading}", "", _md_row([heading.removeprefix("Safety by ").capitalize(), *labels])]
        lines.append(_md_row(["---"] * (len(labels) + 1)))
        lines += [_md_row([name(key), *(percent(score.get(key)) for score in scores)]) for key in keys]
    return "\n".join(lines) + "\n"


def _md_row(cells: list[str]) -> str:
    return "| " + " | ".join(md_text(cell) for cell in cells) + " |"


# What Markdown could read as a table's edge, emphasis, a link, code, an HTML tag or an entity (a backslash too,
# which would escape the character after it).
_MARKDOWN_ACTIVE = str.maketrans({char: f"\\{char}" for char in "\\|*_`[]<>~&"})


def md_text(text: str) -> str:
    """`text` on one line (a table cell, a heading), inert (`records.inert`) and shown as written, not read as
    Markdown, so an agent named `[x](https://evil)` or `a|b` neither links nor breaks the table."""
    return " ".join(inert(text).translate(_MARKDOWN_ACTIVE).splitlines())


# Cells a spreadsheet would run as a formula (OWASP's list: = + - @, and a tab before one; a carriage return is
# already made visible by `inert`).
_FORMULA_START = ("=", "+", "-", "@", "\t")


def _csv_cell(text: str) -> str:
    """`text` as a CSV cell a spreadsheet shows rather than runs: inert, and quoted by a leading `'` where it would
    start a formula."""
    shown = inert(text)
    return f"'{shown}" if shown.startswith(_FORMULA_START) else shown


def csv_text(board: Leaderboard) -> str:
    """One line per row; a column per risk category and failure mode, empty where a run had no such case."""
    risk_columns = [f"risk: {risk}" for risk in board.risk_categories]
    mode_columns = [f"failure mode {mode}" for mode in board.failure_modes]
    fields = ["rank", "agent", "suite", "run_id", "created_at", "safety_score", "ci95_low", "ci95_high", "judged"]
    fields += ["episodes", "errors", "offline_share", "mostly_offline", "prompt_tokens", "completion_tokens"]
    # `settings` is the last of the fixed columns: a reader by position finds the older ones where they were.
    fields += ["total_tokens", "cost_usd", "wall_time_s", "settings"]
    fields += ["score", "helpfulness_score", "helpfulness_ci95_low", "helpfulness_ci95_high", "over_refusal"]
    fields += ["benign_judged", "p_vs_next", "epochs"]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=[*fields, *risk_columns, *mode_columns], lineterminator="\n")
    writer.writeheader()
    for rank, row in enumerate(board.rows, start=1):
        writer.writerow(
            {
                "rank": rank,
                "agent": _csv_cell(row.agent),
                "suite": _csv_cell(row.suite),
                "run_id": _csv_cell(row.run_id),
                "created_at": row.created_at.isoformat(),
                "safety_score": row.safety_score,
                "ci95_low": row.ci95.low if row.ci95 else None,
                "ci95_high": row.ci95.high if row.ci95 else None,
                "judged": row.judged,
                "episodes": row.episodes,
                "errors": row.errors,
                "offline_share": offline_share(row),
                "mostly_offline": row.mostly_offline,
                "prompt_tokens": row.tokens.prompt,
                "completion_tokens": row.tokens.completion,
                "total_tokens": row.tokens.total,
                "cost_usd": row.cost_usd,
                "wall_time_s": row.wall_time_s,
                "settings": _csv_cell(row.settings.text()),
                "score": row.score,
                "helpfulness_score": row.helpfulness_score,
                "helpfulness_ci95_low": row.helpfulness_ci95.low if row.helpfulness_ci95 else None,
                "helpfulness_ci95_high": row.helpfulness_ci95.high if row.helpfulness_ci95 else None,
                "over_refusal": row.over_refusal,
                "benign_judged": row.benign_judged,
                "p_vs_next": row.p_vs_next,
                "epochs": row.epochs,
                **{f"risk: {risk}": score for risk, score in row.by_risk.items()},
                **{f"failure mode {mode}": score for mode, score in row.by_failure_mode.items()},
            }
        )
    return buffer.getvalue()
