"""The `sandbox` command: a thin typer layer over the library."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from pydantic import BaseModel
from rich.console import Console, RenderableType

from records import (
    AgentConfig,
    Episode,
    GenerationSettings,
    Isolation,
    Run,
    RunConfig,
    SandboxKind,
    ToolFormat,
)

# Only what the options' types need is imported here, as typer reads every command's options at start; each command
# imports the rest itself, so that a command starts without the database, the suites or the runtime it does not use.
from sandbox.leaderboard_formats import LeaderboardFormat
from sandbox.paths import default_data_dir

if TYPE_CHECKING:
    from rich.progress import Progress

    from sandbox.store import Store

app = typer.Typer(no_args_is_help=True, help="Measure how safely an LLM agent behaves in sandboxed tool environments.")
image_app = typer.Typer(no_args_is_help=True, help="The Docker image environments run in.")
app.add_typer(image_app, name="image")
data_app = typer.Typer(no_args_is_help=True, help="The published data sets the benchmark suites read.")
app.add_typer(data_app, name="data")
bench_app = typer.Typer(no_args_is_help=True, help="Measurements of the sandbox itself.")
app.add_typer(bench_app, name="bench")

err = Console(stderr=True)


class MissingKeyError(ValueError):
    pass


DataDirOption = Annotated[
    Path | None,
    typer.Option("--data-dir", help="Data sets directory (default: $SANDBOX_DATA_DIR or your data dir)."),
]
DbOption = Annotated[str | None, typer.Option("--db", help="Database URL (default: a SQLite file in your data dir).")]


def open_store(db: str | None) -> Store:
    """The store at --db; a URL that cannot be read or reached is said in one line, not a traceback."""
    from sqlalchemy.exc import SQLAlchemyError

    from sandbox.store import Store, default_database_url

    try:
        return Store(db or default_database_url())
    except SQLAlchemyError as error:
        # Not the URL itself: it may hold a password.
        err.print(f"[red]error:[/] cannot open the database: {error}")
        raise typer.Exit(2) from None


def print_result(result: BaseModel, json_output: bool, tables: Callable[[], Iterable[RenderableType]]) -> None:
    """`--json` writes the result as one line of JSON for scripts; otherwise its tables, built only then."""
    if json_output:
        sys.stdout.write(result.model_dump_json() + "\n")
        return
    console = Console()
    for table in tables():
        console.print(table)


@app.command("eval")
def eval_command(
    suite: Annotated[str, typer.Option(help="Scenario suite to run.")] = "builtin",
    agent: Annotated[str, typer.Option(help="litellm model string, or baseline/refuse|comply|random.")] = (
        "baseline/comply"
    ),
    sandbox: Annotated[
        SandboxKind | None,
        typer.Option(help="Where environments run (default: docker if reachable, else local)."),
    ] = None,
    isolation: Annotated[
        Isolation,
        typer.Option(help="docker: reuse warm containers after a verified reset, or a new container per episode."),
    ] = Isolation.POOL,
    concurrency: Annotated[int, typer.Option(min=1, help="Episodes run at the same time.")] = 4,
    turn_limit: Annotated[int, typer.Option(min=1, help="Agent turns before an episode is cut off.")] = 10,
    episode_timeout: Annotated[float, typer.Option(min=1, help="Seconds before an episode is abandoned.")] = 300,
    limit: Annotated[int | None, typer.Option(min=1, help="Run only the first N cases.")] = None,
    api_base: Annotated[str | None, typer.Option(help="Base URL of an OpenAI-compatible server.")] = None,
    api_key_env: Annotated[str | None, typer.Option(help="Name of the variable holding the API key.")] = None,
    temperature: Annotated[float, typer.Option()] = 0.0,
    max_tokens: Annotated[int | None, typer.Option()] = None,
    seed: Annotated[int | None, typer.Option()] = None,
    tool_format: Annotated[
        ToolFormat, typer.Option(help="native function calling, or prompted JSON for models without it.")
    ] = ToolFormat.NATIVE,
    request_timeout: Annotated[float, typer.Option(min=1, help="Seconds before a model request is retried.")] = 120,
    retries: Annotated[int, typer.Option(min=0, help="Retries (with backoff) of a failed model request.")] = 3,
    rpm: Annotated[int | None, typer.Option(min=1, help="Requests per minute, shared by all episodes.")] = None,
    tpm: Annotated[int | None, typer.Option(min=1, help="Prompt tokens per minute, shared by all episodes.")] = None,
    cache: Annotated[bool, typer.Option(help="Reuse stored answers to identical requests.")] = True,
    judge_model: Annotated[
        str | None,
        typer.Option(
            "--judge-model",
            "--judge",
            help="litellm model asked where the offline classifier is unsure, and grading open answers (hazards "
            "named); offline without it.",
        ),
    ] = None,
    judge_api_base: Annotated[str | None, typer.Option(help="Base URL of the judge model's server.")] = None,
    judge_api_key_env: Annotated[
        str | None, typer.Option(help="Name of the variable holding the judge model's API key.")
    ] = None,
    data_dir: DataDirOption = None,
    resume: Annotated[str | None, typer.Option(help="Finish an interrupted run; its stored settings apply.")] = None,
    db: DbOption = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print one JSON summary on stdout.")] = False,
) -> None:
    """Run a suite of scenarios with an agent and score how safely it behaved."""
    from llm.errors import FatalLLMError
    from sandbox.evaluation import evaluate, new_run
    from sandbox.report import summary_tables
    from sandbox.runtime import RuntimeUnavailableError, open_runtime
    from sandbox.store import RunNotFoundError, Store, default_database_url
    from scenarios.suites import UnknownSuiteError, load_suite

    store = Store(db or default_database_url())
    try:
        if resume is not None:
            run = store.get_run(resume)
        else:
            run = new_run(
                RunConfig(
                    agent=AgentConfig(
                        model=agent,
                        api_base=api_base,
                        api_key_env=api_key_env,
                        generation=GenerationSettings(temperature=temperature, max_tokens=max_tokens, seed=seed),
                        tool_format=tool_format,
                        timeout_s=request_timeout,
                        retries=retries,
                        rpm=rpm,
                        tpm=tpm,
                        cache=cache,
                    ),
                    suite=suite,
                    sandbox=sandbox or SandboxKind.LOCAL,
                    isolation=isolation,
                    concurrency=concurrency,
                    turn_limit=turn_limit,
                    episode_timeout_s=episode_timeout,
                    limit=limit,
                    data_dir=str(data_dir) if data_dir else None,
                    judge=AgentConfig(model=judge_model, api_base=judge_api_base, api_key_env=judge_api_key_env)
                    if judge_model
                    else None,
                )
            )
        key_env = run.config.agent.api_key_env
        if key_env is not None and key_env not in os.environ:
            raise MissingKeyError(f"--api-key-env names {key_env}, which is not set in the environment")
        loaded = load_suite(run.config.suite, Path(run.config.data_dir) if run.config.data_dir else default_data_dir())
        for problem in loaded.errors:
            err.print(f"[yellow]skipped[/] {problem}")
        if not loaded.scenarios:
            raise UnknownSuiteError(f"suite {run.config.suite!r} has no loadable scenarios")
        runtime, note = open_runtime(
            sandbox if resume is None else run.config.sandbox, run.config.concurrency, run.config.isolation
        )
        if note:
            err.print(f"[yellow]{note}[/]")
        if resume is None:
            run.config.sandbox = runtime.kind
            store.create_run(run)
        progress = _progress(run)
        with progress:
            task = progress.add_task("episodes", total=None)

            def started(done: int, total: int) -> None:
                progress.update(task, completed=done, total=total)

            def finished(episode: Episode) -> None:
                progress.advance(task)
                if episode.error:
                    progress.console.print(f"[red]error[/] {episode.case_id}: {episode.error}")

            summary = asyncio.run(evaluate(run, loaded.scenarios, store, runtime, started, finished))
    except KeyboardInterrupt:
        err.print(
            f"Interrupted. Finished episodes are stored; continue with: sandbox eval --resume {run.id}", soft_wrap=True
        )
        raise typer.Exit(130) from None
    except FatalLLMError as error:
        err.print(f"[red]stopped:[/] {error}", soft_wrap=True)
        err.print(
            f"Finished episodes are stored; once fixed, continue with: sandbox eval --resume {run.id}", soft_wrap=True
        )
        raise typer.Exit(3) from None
    except (RunNotFoundError, UnknownSuiteError, RuntimeUnavailableError, MissingKeyError) as error:
        err.print(f"[red]error:[/] {error}")
        raise typer.Exit(2) from None
    finally:
        store.close()
    print_result(summary, json_output, lambda: [*summary_tables(summary), f"Stored as run {run.id}."])


def _progress(run: Run) -> Progress:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn(f"[bold]{run.config.agent.model}[/] on {run.config.suite} ({run.config.sandbox})"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
    )


@app.command("fidelity")
def fidelity(
    corpus: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="A JSONL corpus of recorded calls.")],
    data_dir: DataDirOption = None,
    environment: Annotated[str | None, typer.Option(help="Check only this environment.")] = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print one JSON object on stdout.")] = False,
) -> None:
    """Replay recorded Agent-SafetyBench calls on our environments and compare every result."""
    from sandbox.fidelity import check_fidelity
    from sandbox.fidelity_report import print_report

    report = check_fidelity(corpus, data_dir or default_data_dir(), environment)
    if json_output:
        sys.stdout.write(report.model_dump_json(include={"calls", "matched", "rate", "by_environment"}) + "\n")
    else:
        print_report(report, Console())


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

    from sandbox.data_pull import PullError, manifest, pull

    target = dest or default_data_dir()
    try:
        files = manifest(dataset).files
        progress = Progress(
            TextColumn(f"[bold]{dataset}[/]"), BarColumn(), DownloadColumn(), TimeElapsedColumn(), console=err
        )
        with progress:
            task = progress.add_task("pull", total=sum(entry.size for entry in files))
            fetched = pull(files, target, lambda size: progress.advance(task, size), mirror, base_url)
    except PullError as error:
        err.print(f"[red]error:[/] {error}")
        raise typer.Exit(2) from None
    err.print(f"{len(files)} files verified in {target} ({fetched} fetched).")


@image_app.command("build")
def image_build(
    base: Annotated[
        str | None, typer.Option(help="Start from this image instead of building a Debian base offline.")
    ] = None,
) -> None:
    """Build the sandbox image (offline by default); does nothing when it is up to date."""
    from sandbox.runtime.image import ImageBuildError, build_image

    try:
        tag = build_image(base=base, log=lambda line: err.print(line))
    except ImageBuildError as error:
        err.print(f"[red]error:[/] {error}")
        raise typer.Exit(2) from None
    typer.echo(tag)


@app.command("gc")
def gc(
    everything: Annotated[
        bool, typer.Option("--all", help="Also the containers of runs still going, here or on other machines.")
    ] = False,
    images: Annotated[bool, typer.Option("--images", help="Also remove our images but this checkout's.")] = False,
    base: Annotated[str | None, typer.Option(help="The base this checkout's image is built on, if not ours.")] = None,
) -> None:
    """Remove the sandbox containers left by runs that crashed or were killed, and with --images, stale images."""
    import docker

    from sandbox.runtime.cleanup import collect_garbage
    from sandbox.runtime.image import engine_problem

    problem = engine_problem()
    if problem is not None:
        err.print(f"[red]error:[/] {problem}")
        raise typer.Exit(2)
    client = docker.from_env()
    try:
        report = collect_garbage(client, everything, images, base)
    finally:
        client.close()
    for container in report.containers:
        typer.echo(
            f"removed container {container.id} (runtime {container.runtime}, "
            f"pid {container.pid} on {container.host}, {container.status})"
        )
    for tag in report.images:
        typer.echo(f"removed image {tag}")
    for tag in report.images_in_use:
        typer.echo(f"kept image {tag}: a container still uses it")
    if not (report.containers or report.images or report.images_in_use):
        typer.echo("nothing to remove")


@bench_app.command("runtime")
def bench_runtime_command(
    episodes: Annotated[
        int | None, typer.Option(min=1, help="Agent-SafetyBench cases per concurrency level (default: all).")
    ] = None,
    calls: Annotated[int, typer.Option(min=1, help="Round trips in-process and through a pooled container.")] = 1000,
    exec_calls: Annotated[int, typer.Option(min=1, help="Round trips through docker exec.")] = 30,
    starts: Annotated[int, typer.Option(min=1, help="Containers started to time.")] = 5,
    data_dir: DataDirOption = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print one JSON object on stdout.")] = False,
) -> None:
    """Time tool calls in-process, pooled in Docker and by docker exec; container starts; episodes per second."""
    from sandbox.bench import BenchSizes, bench_runtime, bench_tables
    from sandbox.runtime.base import SandboxError

    sizes = BenchSizes(calls=calls, exec_calls=exec_calls, starts=starts, episodes=episodes)
    try:
        result = asyncio.run(bench_runtime(data_dir or default_data_dir(), sizes, lambda line: err.print(line)))
    except SandboxError as error:
        err.print(f"[red]error:[/] {error}")
        raise typer.Exit(2) from None
    print_result(result, json_output, lambda: bench_tables(result))


@app.command("replay")
def replay(
    run_id: Annotated[str | None, typer.Argument(help="Open this run's episodes directly.")] = None,
    db: DbOption = None,
) -> None:
    """Browse stored runs and replay episodes step by step in the terminal."""
    from sandbox.store import RunNotFoundError
    from tui.app import ReplayApp

    store = open_store(db)
    try:
        if run_id is not None:
            store.get_run(run_id)
        ReplayApp(store, run_id).run()
    except RunNotFoundError as error:
        err.print(f"[red]error:[/] {error}")
        raise typer.Exit(2) from None
    finally:
        store.close()


@app.command("leaderboard")
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
    """Rank agents by safety: one row per agent and suite, from each one's latest run (or --runs)."""
    from sandbox.leaderboard import LeaderboardError, build_leaderboard
    from sandbox.leaderboard_formats import render

    run_ids = [run_id.strip() for run_id in runs.split(",") if run_id.strip()] if runs else None
    store = open_store(db)
    try:
        text = render(build_leaderboard(store, suite=suite, run_ids=run_ids, seed=seed), output_format)
        if out is None:
            sys.stdout.write(text)
        else:
            out.write_text(text, encoding="utf-8")
            err.print(f"Wrote {out}")
    except (LeaderboardError, OSError) as error:
        err.print(f"[red]error:[/] {error}")
        raise typer.Exit(2) from None
    finally:
        store.close()


@app.command("diff")
def diff(
    run_a: Annotated[str, typer.Argument(help="The run to compare from.")],
    run_b: Annotated[str, typer.Argument(help="The run to compare with.")],
    db: DbOption = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print one JSON object on stdout.")] = False,
) -> None:
    """List the cases whose verdict changed between two runs."""
    from sandbox.run_diff import diff_runs, diff_table
    from sandbox.store import RunNotFoundError

    store = open_store(db)
    try:
        changes = diff_runs(store, run_a, run_b)
    except RunNotFoundError as error:
        err.print(f"[red]error:[/] {error}")
        raise typer.Exit(2) from None
    finally:
        store.close()
    print_result(changes, json_output, lambda: [diff_table(changes)])


# ---- the failure-mode classifier ---------------------------------------------------------------------------------

classifier_app = typer.Typer(no_args_is_help=True, help="The failure-mode classifier: train it, measure it.")
app.add_typer(classifier_app, name="classifier")

JudgeApiBaseOption = Annotated[str | None, typer.Option("--api-base", help="Base URL of the judge model's server.")]
JudgeKeyOption = Annotated[
    str | None, typer.Option("--api-key-env", help="Name of the variable holding the judge model's API key.")
]


@app.command("judge")
def judge_command(
    run_id: Annotated[str, typer.Argument(help="The stored run to re-score.")],
    classifier: Annotated[
        str | None,
        typer.Option(
            help="rules, model, llm:MODEL or cascade:MODEL (default: as eval scores: rules where a scenario has "
            "checks, else the offline model, with the run's judge model where it is unsure)."
        ),
    ] = None,
    api_base: JudgeApiBaseOption = None,
    api_key_env: JudgeKeyOption = None,
    data_dir: DataDirOption = None,
    db: DbOption = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print one JSON object on stdout.")] = False,
) -> None:
    """Re-score a stored run's episodes. New verdicts are stored beside the old ones and shown from then on."""
    from failure_modes.classifiers import ClassifierSpec
    from failure_modes.report import rescoring_table
    from failure_modes.scoring import rescore
    from sandbox.store import RunNotFoundError, Store, default_database_url
    from scenarios.suites import UnknownSuiteError, load_suite

    store = Store(db or default_database_url())
    try:
        spec = ClassifierSpec.parse(classifier) if classifier else None
        run = store.get_run(run_id)
        judge = (
            spec.judge_config(AgentConfig(model="", api_base=api_base, api_key_env=api_key_env))
            if spec
            else run.config.judge
        )
        if judge is not None and judge.api_key_env is not None and judge.api_key_env not in os.environ:
            raise MissingKeyError(f"--api-key-env names {judge.api_key_env}, which is not set in the environment")
        suite_dir = data_dir or (Path(run.config.data_dir) if run.config.data_dir else default_data_dir())
        try:
            scenarios = {scenario.id: scenario for scenario in load_suite(run.config.suite, suite_dir).scenarios}
        except (UnknownSuiteError, OSError) as error:
            err.print(f"[yellow]suite {run.config.suite!r} not loaded ({error}): judging without its scenarios[/]")
            scenarios = {}
        rescoring = asyncio.run(rescore(store.episodes(run_id), scenarios, spec, judge))
        store.add_verdicts(run_id, rescoring.verdicts)
    except (ValueError, RunNotFoundError) as error:
        err.print(f"[red]error:[/] {error}")
        raise typer.Exit(2) from None
    finally:
        store.close()
    if json_output:
        judged = len(rescoring.verdicts)
        summary = {
            "run_id": run_id,
            "classifier": rescoring.classifier,
            "judged": judged,
            "unsafe": rescoring.unsafe,
            "skipped": len(rescoring.skipped),
            "safety_score": round((judged - rescoring.unsafe) / judged, 4) if judged else None,
            "llm_asked": rescoring.llm.asked,
            "llm_failed": rescoring.llm.failed,
            "cost_usd": rescoring.llm.cost_usd,
        }
        sys.stdout.write(json.dumps(summary) + "\n")
    else:
        Console().print(rescoring_table(run_id, rescoring))


@classifier_app.command("train")
def classifier_train(
    data: Annotated[
        list[Path] | None,
        typer.Option(
            help="A labelled file (JSON array or JSON Lines); repeat for more (default: the judge sets).",
            exists=True,
            dir_okay=False,
        ),
    ] = None,
    data_dir: DataDirOption = None,
    out: Annotated[
        Path | None, typer.Option(help="Where to write the model (default: the one the package ships).")
    ] = None,
    seed: Annotated[int, typer.Option(help="Seeds the cross-validation splits and the solver.")] = 0,
) -> None:
    """Fit the offline model (seeded, CPU only), print its cross-validated figures and write it."""
    from failure_modes.model import shipped_artifact_path
    from failure_modes.report import training_table
    from failure_modes.train import TRAINING_FILES, train, training_set

    files = data or [(data_dir or default_data_dir()) / name for name in TRAINING_FILES]
    missing = [str(path) for path in files if not path.is_file()]
    if missing:
        err.print(f"[red]error:[/] no labelled set at {', '.join(missing)}; pass --data FILE or --data-dir DIR")
        raise typer.Exit(2)
    try:
        artifact = train(training_set(files), seed)
    except ValueError as error:
        err.print(f"[red]error:[/] {error}")
        raise typer.Exit(2) from None
    target = out or shipped_artifact_path()
    target.write_text(artifact.model_dump_json(indent=1) + "\n")
    Console().print(training_table(artifact))
    err.print(f"Model written to {target}.")


@classifier_app.command("eval")
def classifier_eval(
    data: Annotated[
        Path,
        typer.Option(help="A labelled file (JSON array or JSON Lines; label 1 = unsafe).", exists=True, dir_okay=False),
    ],
    classifier: Annotated[str, typer.Option(help="model, llm:MODEL or cascade:MODEL.")] = "model",
    model_path: Annotated[
        Path | None, typer.Option("--model", help="A model written by `classifier train --out`.")
    ] = None,
    api_base: JudgeApiBaseOption = None,
    api_key_env: JudgeKeyOption = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print one JSON object on stdout.")] = False,
) -> None:
    """Measure a classifier on labelled trajectories: accuracy, precision, recall, F1 (unsafe = positive), speed."""
    from failure_modes.classifiers import ClassifierSpec
    from failure_modes.measure import measure
    from failure_modes.model import SafetyModel
    from failure_modes.report import measured_tables

    try:
        spec = ClassifierSpec.parse(classifier)
        judge = spec.judge_config(AgentConfig(model="", api_base=api_base, api_key_env=api_key_env))
        measured = asyncio.run(measure(data, spec, SafetyModel.load(model_path), judge))
    except ValueError as error:
        err.print(f"[red]error:[/] {error}")
        raise typer.Exit(2) from None
    print_result(measured.scores, json_output, lambda: measured_tables(str(spec), measured))
