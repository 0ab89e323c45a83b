"""Prints a fidelity report for people: the mismatches grouped by environment and tool, then the totals."""

from __future__ import annotations

import json
from collections import defaultdict

from rich.console import Console
from rich.markup import escape

from sandbox.fidelity import FidelityReport, Mismatch

EXAMPLES_PER_TOOL = 2


def print_report(report: FidelityReport, console: Console) -> None:
    for problem in report.unreadable_lines:
        console.print(f"[yellow]skipped[/] {escape(problem)}")
    grouped: dict[tuple[str, str], list[Mismatch]] = defaultdict(list)
    for mismatch in report.mismatches:
        grouped[(mismatch.environment, mismatch.tool)].append(mismatch)
    for (environment, tool), mismatches in sorted(grouped.items()):
        console.print(f"[bold]{escape(environment)}.{escape(tool)}[/]: {len(mismatches)} mismatched call(s)")
        for mismatch in mismatches[:EXAMPLES_PER_TOOL]:
            console.print(f"  line {mismatch.line}, case {mismatch.case_id}: {escape(_short(mismatch.arguments))}")
            console.print(f"    expected {escape(_short(mismatch.expected))}")
            console.print(f"    got      {escape(_short(mismatch.got))}")
    console.print(
        f"{report.matched} of {report.calls} calls match ({report.rate:.2%}) "
        f"over {len(report.by_environment)} environments"
    )


def _short(value: object, limit: int = 300) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 3] + "..."
