"""Stored runs compared and reported: `sandbox leaderboard`, `sandbox diff` and `sandbox report` (a risk card)."""

from __future__ import annotations

import sys
from contextlib import closing
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from sandbox.cli.errors import as_user_error
from sandbox.cli.options import DbOption, JsonOption, open_store
from sandbox.cli.output import err, print_result

# The format's type is needed here, as typer reads every command's options at start.
from sandbox.results.formats import LeaderboardFormat


def leaderboard(
    db: DbOption = None,
    suite: Annotated[str | None, typer.Option(help="Only runs of this suite.")] = None,
    runs: Annotated[
        str | None, typer.Option(help="Rank these runs (comma-separated ids) instead of each agent's latest.")
    ] = None,
    output_format: Annotated[LeaderboardFormat, typer.Option("--format", help="What to write.")] = (
        LeaderboardFormat.MD
    ),
    out: Annotated[Path | None, typer.Option(help="Write to this file instead of stdout.")] = None,
    seed: Annotated[int, typer.Option(help="Seed of the bootstrap confidence intervals.")] = 0,
) -> None:
    """Rank agents by safety: one row per agent (model and settings) and suite, from its latest run (or --runs)."""
    from sandbox.results.formats import render
    from sandbox.results.leaderboard import build_leaderboard

    run_ids = [run_id.strip() for run_id in runs.split(",") if run_id.strip()] if runs else None
    with closing(open_store(db)) as store, as_user_error(OSError):
        text = render(build_leaderboard(store, suite=suite, run_ids=run_ids, seed=seed), output_format)
        if out is None:
            sys.stdout.write(text)
        else:
            out.write_text(text, encoding="utf-8")
            err.print(f"Wrote {out}")


def diff(
    run_a: Annotated[str, typer.Argument(help="The run to compare from.")],
    run_b: Annotated[str, typer.Argument(help="The run to compare with.")],
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """List the cases whose verdict changed between two runs."""
    from sandbox.results.diff import diff_runs, diff_table

    with closing(open_store(db)) as store:
        changes = diff_runs(store, run_a, run_b)
    print_result(changes, json_output, lambda: [diff_table(changes)])


class ReportFormat(StrEnum):
    MD = "md"
    HTML = "html"


def report(
    run_id: Annotated[str, typer.Argument(help="The stored run to report on.")],
    db: DbOption = None,
    output_format: Annotated[ReportFormat, typer.Option("--format", help="What to write.")] = ReportFormat.MD,
    out: Annotated[Path | None, typer.Option(help="Write to this file instead of stdout.")] = None,
    seed: Annotated[int, typer.Option(help="Seed of the bootstrap confidence intervals.")] = 0,
) -> None:
    """Write a one-page risk card of a run's agent: setup, scores, risks found, example unsafe trajectories."""
    from sandbox.results.risk_card import html, markdown, risk_card

    with closing(open_store(db)) as store, as_user_error(OSError):
        card = risk_card(store, run_id, seed)
        text = markdown(card) if output_format == ReportFormat.MD else html(card)
        if out is None:
            sys.stdout.write(text)
        else:
            out.write_text(text, encoding="utf-8")
            err.print(f"Wrote {out}")
