"""The machinery environments run on: `sandbox image build`, `sandbox gc`, `sandbox bench runtime`, what the
harness costs a latency-bound evaluation (`sandbox bench eval`) and how fast `sandbox` itself starts
(`sandbox bench startup`)."""

from __future__ import annotations

import asyncio
from typing import Annotated

import typer

from records import SandboxKind
from sandbox.cli.errors import as_user_error
from sandbox.cli.options import DataDirOption, JsonOption
from sandbox.cli.output import err, print_result
from sandbox.errors import UserError
from sandbox.paths import default_data_dir

image_app = typer.Typer(no_args_is_help=True, help="The Docker image environments run in.")
bench_app = typer.Typer(no_args_is_help=True, help="Measurements of the sandbox itself.")


@image_app.command("build")
def image_build(
    base: Annotated[
        str | None, typer.Option(help="Start from this image instead of building a Debian base offline.")
    ] = None,
) -> None:
    """Build the sandbox image (offline by default); does nothing when it is up to date."""
    from sandbox.runtime.image import ImageBuildError, build_image

    with as_user_error(ImageBuildError):
        tag = build_image(base=base, log=lambda line: err.print(line))
    typer.echo(tag)


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
        raise UserError(problem)
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
    json_output: JsonOption = False,
) -> None:
    """Time tool calls in-process, pooled in Docker and by docker exec; container starts; episodes per second."""
    from sandbox.bench import BenchSizes, bench_runtime, bench_tables
    from sandbox.runtime.base import SandboxError

    sizes = BenchSizes(calls=calls, exec_calls=exec_calls, starts=starts, episodes=episodes)
    with as_user_error(SandboxError):
        result = asyncio.run(bench_runtime(data_dir or default_data_dir(), sizes, lambda line: err.print(line)))
    print_result(result, json_output, lambda: bench_tables(result))


@bench_app.command("eval")
def bench_eval_command(
    latency_ms: Annotated[
        float, typer.Option("--latency-ms", min=0, help="How long the simulated agent takes to answer each request.")
    ] = 500,
    concurrency: Annotated[str, typer.Option(help="Comma-separated concurrency levels, one run each.")] = "1,16,64,256",
    sandbox: Annotated[SandboxKind, typer.Option(help="Where the environments run.")] = SandboxKind.DOCKER,
    episodes: Annotated[int, typer.Option(min=1, help="The first N Agent-SafetyBench cases, at every level.")] = 256,
    data_dir: DataDirOption = None,
    json_output: JsonOption = False,
) -> None:
    """Run Agent-SafetyBench against a simulated agent served over HTTP that answers every request after
    --latency-ms, at each concurrency level: wall and ideal time, efficiency (ideal / wall), episodes/s, per-turn
    overhead outside the model call (p50/p99, measured at the server, first turns from the episode's start) and
    peak RSS of this process and its containers. Ideal = requests x latency / min(concurrency, episodes): it
    ignores that the longest episode's chain of turns bounds a run from below."""
    from sandbox.eval_bench import bench_eval, eval_bench_table
    from sandbox.runtime.base import SandboxError

    levels = _levels(concurrency)
    with as_user_error(SandboxError):
        result = asyncio.run(
            bench_eval(
                data_dir or default_data_dir(), latency_ms, levels, sandbox, episodes, lambda line: err.print(line)
            )
        )
    print_result(result, json_output, lambda: [eval_bench_table(result)])


@bench_app.command("live")
def bench_live_command(
    agent: Annotated[str, typer.Option(help="A built-in baseline agent (no key, no server).")] = "baseline/comply",
    concurrency: Annotated[str, typer.Option(help="Comma-separated concurrency levels, one run each.")] = "1,2,4",
    episodes: Annotated[int | None, typer.Option(min=1, help="The first N live cases (default: all).")] = None,
    starts: Annotated[int, typer.Option(min=1, help="Live containers started to time.")] = 5,
    json_output: JsonOption = False,
) -> None:
    """Time a live container from create to its server's hello and to a ready world (services answering), and the
    live suite's episodes per second with a baseline agent at each concurrency level, each episode in a container
    of its own."""
    from sandbox.live_bench import LiveBenchSizes, bench_live, live_bench_table
    from sandbox.runtime.base import SandboxError

    sizes = LiveBenchSizes(starts=starts, episodes=episodes, concurrency=tuple(_levels(concurrency)), agent=agent)
    with as_user_error(SandboxError):
        result = asyncio.run(bench_live(sizes, lambda line: err.print(line)))
    print_result(result, json_output, lambda: [live_bench_table(result)])


def _levels(text: str) -> list[int]:
    try:
        levels = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        levels = []
    if not levels or min(levels) < 1:
        raise typer.BadParameter(
            f"{text!r}: give positive whole numbers separated by commas", param_hint="--concurrency"
        )
    return levels


@bench_app.command("startup")
def bench_startup_command(
    runs: Annotated[int, typer.Option(min=1, help="Measured runs of each command.")] = 3,
    json_output: JsonOption = False,
) -> None:
    """Time `sandbox eval --help`, and a one-episode eval from launch to its first episode and to its exit."""
    from sandbox.startup_bench import bench_startup, startup_table

    result = bench_startup(runs, lambda line: err.print(line))
    print_result(result, json_output, lambda: [startup_table(result)])
