"""`sandbox eval`: run a suite with an agent, store every episode and print the run's summary."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from records import (
    AgentConfig,
    Episode,
    GenerationSettings,
    Isolation,
    RunConfig,
    SandboxKind,
    ToolFormat,
    inert,
)
from sandbox.cli.errors import as_user_error
from sandbox.cli.options import DataDirOption, DbOption, open_store, require_key
from sandbox.cli.output import err, labelled, print_result
from sandbox.errors import UserError
from sandbox.paths import default_data_dir

if TYPE_CHECKING:
    from rich.progress import Progress


def eval_command(
    suite: Annotated[str, typer.Option(help="Scenario suite to run.")] = "builtin",
    agent: Annotated[
        str, typer.Option(help="litellm model string, or a built-in agent: baseline/refuse, baseline/comply, ...")
    ] = ("baseline/comply"),
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
    classifier: Annotated[
        str,
        typer.Option(
            help="How episodes are judged: default[:MODEL] (a scenario's checks, else the offline model, asking MODEL "
            "where it is unsure), rules, model, llm:MODEL, cascade:MODEL, shieldagent:MODEL or llamaguard:MODEL.",
        ),
    ] = "default",
    judge_model: Annotated[
        str | None,
        typer.Option(
            "--judge-model",
            "--judge",
            help="Short for --classifier default:MODEL: asked where the offline classifier is unsure, and grading "
            "open answers (hazards named); offline without it.",
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
    from sandbox.agents.loading import preload

    preload()  # litellm's seconds of imports, beside the store, the suite and the runtime opened below
    from failure_modes.registry import DEFAULT, ClassifierSpec
    from llm.errors import FatalLLMError
    from sandbox.evaluation import evaluate, new_run
    from sandbox.results.summary import summary_tables
    from sandbox.runtime import open_runtime
    from scenarios.suites import UnknownSuiteError, load_suite

    with as_user_error(ValueError):
        spec = ClassifierSpec.parse(classifier)
    if judge_model is not None:
        if spec.model is not None or spec.name != DEFAULT:
            raise UserError("--judge-model is short for --classifier default:MODEL: give one of them")
        spec = ClassifierSpec(name=DEFAULT, model=judge_model)
    store = open_store(db)
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
                    classifier=spec.name,
                    judge=spec.judge_config(
                        AgentConfig(model="", api_base=judge_api_base, api_key_env=judge_api_key_env)
                    ),
                )
            )
        require_key(run.config.agent)
        require_key(run.config.judge)
        with as_user_error(UnknownSuiteError):
            loaded = load_suite(
                run.config.suite, Path(run.config.data_dir) if run.config.data_dir else default_data_dir()
            )
        for problem in loaded.errors:
            err.print(labelled("skipped", "yellow", str(problem)))
        if not loaded.scenarios:
            raise UserError(f"suite {run.config.suite!r} has no loadable scenarios")
        runtime, note = open_runtime(
            sandbox if resume is None else run.config.sandbox, run.config.concurrency, run.config.isolation
        )
        if note:
            err.print(note, style="yellow", markup=False)
        if resume is None:
            run.config.sandbox = runtime.kind
            store.create_run(run)
        progress = _progress()
        with progress:
            task = progress.add_task(
                inert(f"{run.config.agent.model} on {run.config.suite} ({run.config.sandbox})"), total=None
            )

            def started(done: int, total: int) -> None:
                progress.update(task, completed=done, total=total)

            def finished(episode: Episode) -> None:
                progress.advance(task)
                if episode.error:
                    progress.console.print(labelled("error", "red", f"{episode.case_id}: {episode.error}"))

            summary = asyncio.run(evaluate(run, loaded.scenarios, store, runtime, started, finished))
    except KeyboardInterrupt:
        err.print(
            f"Interrupted. Finished episodes are stored; continue with: sandbox eval --resume {run.id}", soft_wrap=True
        )
        raise typer.Exit(130) from None
    except FatalLLMError as error:
        err.print(labelled("stopped:", "red", str(error)), soft_wrap=True)
        err.print(
            f"Finished episodes are stored; once fixed, continue with: sandbox eval --resume {run.id}", soft_wrap=True
        )
        raise typer.Exit(3) from None
    finally:
        store.close()
    print_result(summary, json_output, lambda: [*summary_tables(summary), f"Stored as run {run.id}."])


def _progress() -> Progress:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    # The label is the task's description, not part of the column's format: it holds the model's name, which is data
    # (`{` in the format would be read as a field, `[/]` as markup).
    return Progress(
        TextColumn("{task.description}", markup=False, style="bold"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
    )
