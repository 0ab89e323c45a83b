"""`sandbox eval`: run a suite with an agent, store every episode and print the run's summary."""

from __future__ import annotations

import asyncio
from enum import StrEnum
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
from records.live import is_live
from records.run import DEFAULT_MAX_TOKENS, MAX_WORLDS_PER_CONTAINER
from sandbox.cli.errors import as_user_error
from sandbox.cli.options import DataDirOption, DbOption, open_store, require_key
from sandbox.cli.output import err, labelled, print_result
from sandbox.errors import InfrastructureError, UserError
from sandbox.paths import default_data_dir

if TYPE_CHECKING:
    from rich.progress import Progress

    from sandbox.evaluation import RayExecutor
    from sandbox.runtime import Runtime


class Executor(StrEnum):
    LOCAL = "local"
    RAY = "ray"


def eval_command(
    suite: Annotated[str, typer.Option(help="Scenario suite to run.")] = "builtin",
    agent: Annotated[
        str, typer.Option(help="litellm model string, or a built-in agent: baseline/refuse, baseline/comply, ...")
    ] = ("baseline/comply"),
    sandbox: Annotated[
        SandboxKind | None,
        typer.Option(
            help="Where environments run (default: docker if reachable, else local; with --executor ray: docker)."
        ),
    ] = None,
    isolation: Annotated[
        Isolation,
        typer.Option(help="docker: reuse warm containers after a verified reset, or a new container per episode."),
    ] = Isolation.POOL,
    worlds_per_container: Annotated[
        int,
        typer.Option(
            min=1,
            max=MAX_WORLDS_PER_CONTAINER,
            help="docker pool: episodes one container hosts at once (1: each episode alone in its container).",
        ),
    ] = RunConfig.model_fields["worlds_per_container"].default,
    concurrency: Annotated[int, typer.Option(min=1, help="Episodes run at the same time.")] = 4,
    turn_limit: Annotated[int, typer.Option(min=1, help="Agent turns before an episode is cut off.")] = 10,
    episode_timeout: Annotated[float, typer.Option(min=1, help="Seconds before an episode is abandoned.")] = 300,
    limit: Annotated[int | None, typer.Option(min=1, help="Run only the first N cases.")] = None,
    epochs: Annotated[
        int,
        typer.Option(
            min=1,
            help="Run every case N times, each epoch with its own seed (--seed plus the epoch; without --seed, the "
            "epoch); the summary adds the share of cases safe in all N and the cases whose verdict flipped.",
        ),
    ] = 1,
    cases: Annotated[
        str | None, typer.Option(help="Run only these cases: their ids, comma-separated, in the suite's order.")
    ] = None,
    cases_file: Annotated[
        Path | None, typer.Option(help="Run only the cases whose ids this file lists, one a line.", dir_okay=False)
    ] = None,
    api_base: Annotated[str | None, typer.Option(help="Base URL of an OpenAI-compatible server.")] = None,
    api_key_env: Annotated[str | None, typer.Option(help="Name of the variable holding the API key.")] = None,
    temperature: Annotated[float, typer.Option()] = 0.0,
    max_tokens: Annotated[
        int, typer.Option(min=1, help="Most tokens one reply may use (a model that never stops is cut off there).")
    ] = DEFAULT_MAX_TOKENS,
    seed: Annotated[int | None, typer.Option()] = None,
    tool_format: Annotated[
        ToolFormat, typer.Option(help="native function calling, or prompted JSON for models without it.")
    ] = ToolFormat.NATIVE,
    request_timeout: Annotated[
        float, typer.Option(min=1, help="Seconds one model call may take in all, its retries included.")
    ] = 120,
    retries: Annotated[
        int,
        typer.Option(
            min=0, help="Retries (with backoff) after a rate limit, a timeout, a 502/503/504 or a lost connection."
        ),
    ] = 3,
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
    redo_errors: Annotated[
        bool, typer.Option(help="With --resume: run the episodes that ended in an error again too.")
    ] = False,
    db: DbOption = None,
    executor: Annotated[
        Executor,
        typer.Option(
            help="Where episodes run: local (this process), or ray (the nodes of a Ray cluster, each with its own "
            "runtime; needs the `ray` extra). Not stored with the run: a resumed run may take another."
        ),
    ] = Executor.LOCAL,
    ray_address: Annotated[
        str | None,
        typer.Option(
            help="With --executor ray: the cluster (ray://HOST:10001, or auto for the one this machine is part of); "
            "default: $RAY_ADDRESS, else a new single-machine cluster."
        ),
    ] = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print one JSON summary on stdout.")] = False,
) -> None:
    """Run a suite of scenarios with an agent and score how safely it behaved."""
    from sandbox.agents.loading import preload

    preload()  # litellm's seconds of imports, beside the store, the suite and the runtime opened below
    from failure_modes.registry import DEFAULT, ClassifierSpec, build_judge
    from model_client.errors import FatalLLMError
    from sandbox.agents.baselines.provider import check_baseline
    from sandbox.evaluation import RayExecutor, evaluate, new_run
    from sandbox.results.summary import summary_tables
    from sandbox.runner import chosen_scenarios
    from sandbox.runtime import open_runtime
    from sandbox.runtime.live import LIVE_NEEDS_DOCKER
    from scenarios.suites import UnknownSuiteError, load_suite

    if redo_errors and resume is None:
        raise UserError("--redo-errors only applies to a resumed run (--resume RUN_ID)")
    if ray_address is not None and executor is not Executor.RAY:
        raise UserError("--ray-address only applies to --executor ray")
    ray = RayExecutor(ray_address) if executor is Executor.RAY else None
    if ray is not None:
        _require_ray()
    selected = _selected_cases(cases, cases_file)
    with as_user_error(ValueError):
        spec = ClassifierSpec.parse(classifier)
    if judge_model is not None:
        if spec.model is not None or spec.name != DEFAULT:
            raise UserError("--judge-model is short for --classifier default:MODEL: give one of them")
        spec = ClassifierSpec(name=DEFAULT, model=judge_model)
    store = open_store(db, writing=True)
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
                    worlds_per_container=worlds_per_container,
                    concurrency=concurrency,
                    turn_limit=turn_limit,
                    episode_timeout_s=episode_timeout,
                    limit=limit,
                    cases=selected,
                    epochs=epochs,
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
        if not loaded.scenarios and len(loaded.errors) <= 1:
            # One problem (a missing or malformed file) is the error itself, said on its one line.
            raise UserError(
                f"suite {run.config.suite!r} has no loadable scenarios{''.join(f': {p}' for p in loaded.errors)}"
            )
        for problem in loaded.errors:
            err.print(labelled("skipped", "yellow", str(problem)))
        if not loaded.scenarios:
            raise UserError(
                f"suite {run.config.suite!r} has no loadable scenarios ({len(loaded.errors)} problems above)"
            )
        chosen = chosen_scenarios(run.config, loaded.scenarios)  # an unknown case is refused before anything is stored
        # Before the run is stored: the judge's files (the offline model) and the agent's (a replay file).
        with as_user_error(ValueError):
            build_judge(run.config.classifier, run.config.judge)
            warnings = check_baseline(run.config.agent.model, chosen)
        for warning in warnings:
            err.print(labelled("warning", "yellow", warning), soft_wrap=True)
        kind = sandbox if resume is None else run.config.sandbox
        where: Runtime | RayExecutor
        if ray is None:
            where, note = open_runtime(
                kind, run.config.concurrency, run.config.isolation, run.config.worlds_per_container
            )
            kind = where.kind
            if note:
                err.print(note, style="yellow", markup=False)
        else:
            # The nodes' engines matter, not this machine's: each node opens its own runtime of this kind.
            where, kind = ray, kind or SandboxKind.DOCKER
        if kind is SandboxKind.LOCAL and any(is_live(scenario.environments) for scenario in chosen):
            raise UserError(LIVE_NEEDS_DOCKER)
        if resume is None:
            run.config.sandbox = kind
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
                    trial = episode.case_id
                    if run.config.epochs > 1:
                        trial += f" (epoch {episode.epoch + 1} of {run.config.epochs})"
                    progress.console.print(labelled("error", "red", f"{trial}: {episode.error}"))

            summary = asyncio.run(
                evaluate(run, loaded.scenarios, store, where, started, finished, redo_errors=redo_errors)
            )
    except KeyboardInterrupt:
        err.print(
            f"Interrupted. Finished episodes are stored; continue with: sandbox eval --resume {run.id}", soft_wrap=True
        )
        raise typer.Exit(130) from None
    except (FatalLLMError, InfrastructureError) as error:
        err.print(labelled("stopped:", "red", str(error)), soft_wrap=True)
        err.print(
            f"Finished episodes are stored; once fixed, continue with: sandbox eval --resume {run.id}", soft_wrap=True
        )
        raise typer.Exit(3) from None
    finally:
        store.close()
    print_result(summary, json_output, lambda: [*summary_tables(summary), f"Stored as run {run.id}."])
    if summary.errors:
        err.print(
            f"{summary.errors} episode(s) ended in an error; to run them again: "
            f"sandbox eval --resume {run.id} --redo-errors",
            soft_wrap=True,
        )


def _require_ray() -> None:
    from importlib.util import find_spec

    if find_spec("ray") is None:
        raise UserError("--executor ray needs Ray: pip install 'agent-safety-sandbox[ray]'")


def _selected_cases(cases: str | None, cases_file: Path | None) -> list[str] | None:
    """The case ids --cases and --cases-file name together, each once, in the order given; None: every case."""
    if cases is None and cases_file is None:
        return None
    named = [part.strip() for part in (cases or "").split(",")]
    if cases_file is not None:
        try:
            named += cases_file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise UserError(f"cannot read --cases-file {cases_file}: {error}") from None
    selected = list(dict.fromkeys(case_id.strip() for case_id in named if case_id.strip()))
    if not selected:
        raise UserError("--cases and --cases-file name no case")
    return selected


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
