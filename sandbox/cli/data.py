"""The data the benchmark suites read: `sandbox data pull`, and `sandbox fidelity` (our environments against the
benchmark's recorded calls)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from sandbox.cli.options import DataDirOption, JsonOption
from sandbox.cli.output import err
from sandbox.paths import default_data_dir

data_app = typer.Typer(no_args_is_help=True, help="The published data sets the benchmark suites read.")


def fidelity(
    corpus: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="A JSONL corpus of recorded calls.")],
    data_dir: DataDirOption = None,
    environment: Annotated[str | None, typer.Option(help="Check only this environment.")] = None,
    explain_mismatches: Annotated[
        bool,
        typer.Option(
            "--explain", help="Print every mismatch whole: the call, our reply, the benchmark's (stderr with --json)."
        ),
    ] = False,
    json_output: JsonOption = False,
) -> None:
    """Replay recorded Agent-SafetyBench calls on our environments and compare every result."""
    from sandbox.fidelity import check_fidelity
    from sandbox.fidelity_report import explain, print_report

    report = check_fidelity(corpus, data_dir or default_data_dir(), environment)
    if json_output:
        if explain_mismatches:
            explain(report, err)
        sys.stdout.write(
            report.model_dump_json(
                include={"calls", "matched", "rate", "by_environment", "unreadable_lines"}, ensure_ascii=True
            )
            + "\n"
        )
    else:
        print_report(report, Console(soft_wrap=explain_mismatches), every=explain_mismatches)


@data_app.command("pull")
def data_pull(
    dataset: Annotated[str, typer.Argument(help="Which data set, e.g. agent-safetybench.")],
    dest: Annotated[Path | None, typer.Option(help="Where to put it (default: your data dir).")] = None,
    mirror: Annotated[
        Path | None, typer.Option("--from", help="Copy from a local directory laid out like the data dir.")
    ] = None,
    base_url: Annotated[str | None, typer.Option(help="Fetch every file from this mirror URL instead.")] = None,
) -> None:
    """Fetch a data set from its publishers, verify every file's checksum; resumes an interrupted pull."""
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeElapsedColumn

    from sandbox.data_pull import manifest, pull

    target = dest or default_data_dir()
    files = manifest(dataset).files
    # The data set's name is the task's description, not part of the column's format, where it would be read as
    # markup and format fields.
    progress = Progress(
        TextColumn("{task.description}", markup=False, style="bold"),
        BarColumn(),
        DownloadColumn(),
        TimeElapsedColumn(),
        console=err,
    )
    with progress:
        task = progress.add_task(dataset, total=sum(entry.size for entry in files))
        fetched = pull(files, target, lambda size: progress.advance(task, size), mirror, base_url)
    err.print(f"{len(files)} files verified in {target} ({fetched} fetched).")
