"""The machinery environments run on: `sandbox image build`, `sandbox gc`, `sandbox bench runtime` and how fast
`sandbox` itself starts (`sandbox bench startup`)."""

from __future__ import annotations

import asyncio
from typing import Annotated

import typer

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


@bench_app.command("startup")
def bench_startup_command(
    runs: Annotated[int, typer.Option(min=1, help="Measured runs of each command.")] = 3,
    json_output: JsonOption = False,
) -> None:
    """Time `sandbox eval --help`, and a one-episode eval from launch to its first episode and to its exit."""
    from sandbox.startup_bench import bench_startup, startup_table

    result = bench_startup(runs, lambda line: err.print(line))
    print_result(result, json_output, lambda: [startup_table(result)])
