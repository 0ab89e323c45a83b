"""Prints a fidelity report for people: the mismatches grouped by environment and tool, then the totals."""

from __future__ import annotations

import json
from collections import defaultdict

from rich.console import Console
from rich.text import Text

from records import inert
from sandbox.fidelity import FidelityReport, Mismatch

EXAMPLES_PER_TOOL = 2


def print_report(report: FidelityReport, console: Console, every: bool = False) -> None:
    """Two clipped examples per mismatched tool (`every`: each mismatch whole, in corpus order), then the totals.
    Everything but the counts comes from the corpus: printed as Text, never markup, its controls made visible."""
    for problem in report.unreadable_lines:
        console.print(Text.assemble(("skipped", "yellow"), " ", inert(problem)))
    if every:
        explain(report, console)
    else:
        grouped: dict[tuple[str, str], list[Mismatch]] = defaultdict(list)
        for mismatch in report.mismatches:
            grouped[(mismatch.environment, mismatch.tool)].append(mismatch)
        for (environment, tool), mismatches in sorted(grouped.items()):
            console.print(
                Text.assemble((inert(f"{environment}.{tool}"), "bold"), f": {len(mismatches)} mismatched call(s)")
            )
            for mismatch in mismatches[:EXAMPLES_PER_TOOL]:
                _print_mismatch(mismatch, console, limit=300)
    console.print(
        f"{report.matched} of {report.calls} calls match ({report.rate:.2%}) "
        f"over {len(report.by_environment)} environments"
    )


def explain(report: FidelityReport, console: Console) -> None:
    """Every mismatch in corpus order, whole: the call, our reply and the benchmark's."""
    for mismatch in report.mismatches:
        console.print(Text(inert(f"{mismatch.environment}.{mismatch.tool}"), style="bold"))
        _print_mismatch(mismatch, console, limit=None)


def _print_mismatch(mismatch: Mismatch, console: Console, limit: int | None) -> None:
    console.print(Text(inert(f"  line {mismatch.line}, case {mismatch.case_id}: {_short(mismatch.arguments, limit)}")))
    console.print(Text(inert(f"    expected {_short(mismatch.expected, limit)}")))
    console.print(Text(inert(f"    got      {_short(mismatch.got, limit)}")))


def _short(value: object, limit: int | None) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if limit is None or len(text) <= limit else text[: limit - 3] + "..."
