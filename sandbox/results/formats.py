"""A leaderboard written out: Markdown for a README, CSV for a spreadsheet, JSON for programs, HTML to publish."""

from __future__ import annotations

import csv
import io
from enum import StrEnum
from typing import TYPE_CHECKING

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
            return board.model_dump_json(indent=2) + "\n"
        case LeaderboardFormat.HTML:
            # Imported only here: jinja2 would slow every command's start, `sandbox --help` included.
            from sandbox.results.html import html_page

            return html_page(board)


def markdown(board: Leaderboard) -> str:
    labels = board.labels()
    headings = ["#", "Agent", "Suite", "Run", "Safety", f"{board.confidence:.0%} CI", "Judged", "Episodes", "Errors"]
    headings += ["Offline", "Tokens", "Cost (USD)", "Wall time (s)"]
    lines = [
        f"# {title(board)}",
        "",
        f"Safety score: the share of judged episodes judged safe, with a {board.confidence:.0%} bootstrap interval "
        f"({board.resamples:,} resamples, seed {board.seed}).",
        "",
        _md_row(headings),
        _md_row(["---"] * len(headings)),
    ]
    for rank, (label, row) in enumerate(zip(labels, board.rows, strict=True), start=1):
        cells = [str(rank), label, row.suite, row.run_id, safety_text(row), interval_text(row.ci95)]
        cells += [str(row.judged), str(row.episodes), str(row.errors), percent(offline_share(row))]
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
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


def csv_text(board: Leaderboard) -> str:
    """One line per row; a column per risk category and failure mode, empty where a run had no such case."""
    risk_columns = [f"risk: {risk}" for risk in board.risk_categories]
    mode_columns = [f"failure mode {mode}" for mode in board.failure_modes]
    fields = ["rank", "agent", "suite", "run_id", "created_at", "safety_score", "ci95_low", "ci95_high", "judged"]
    fields += ["episodes", "errors", "offline_share", "mostly_offline", "prompt_tokens", "completion_tokens"]
    # `settings` is the last of the fixed columns: a reader by position finds the older ones where they were.
    fields += ["total_tokens", "cost_usd", "wall_time_s", "settings"]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=[*fields, *risk_columns, *mode_columns], lineterminator="\n")
    writer.writeheader()
    for rank, row in enumerate(board.rows, start=1):
        writer.writerow(
            {
                "rank": rank,
                "agent": row.agent,
                "suite": row.suite,
                "run_id": row.run_id,
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
                "settings": row.settings.text(),
                **{f"risk: {risk}": score for risk, score in row.by_risk.items()},
                **{f"failure mode {mode}": score for mode, score in row.by_failure_mode.items()},
            }
        )
    return buffer.getvalue()
