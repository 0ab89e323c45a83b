"""How fast the replay UI opens and moves through a large run: `python -m tui.bench [--episodes N]`.

Writes a synthetic run of N episodes (several steps each, with environment state) to a fresh SQLite file, then
times, headless: opening the run until its first page is drawn, turning a page, filtering by verdict, searching,
and opening an episode. With tmux installed it also starts the real command in a terminal, `sandbox replay --db URL`
and `sandbox replay RUN --db URL`, several times each, and times it from its launch until the first row
(of the runs list, of the run's episodes) is on screen: start-up included, as a user waits for it."""

from __future__ import annotations

import argparse
import asyncio
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from itertools import cycle
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Select

from records import (
    AgentConfig,
    AgentTurn,
    Run,
    RunConfig,
    SandboxKind,
    Step,
    TokenUsage,
    ToolCall,
    ToolResult,
    Verdict,
)
from records import RiskCategory as Risk
from sandbox.listings import Outcome
from sandbox.store import EpisodeRow, RunRow, StepRow, Store, VerdictRow
from tui.app import ReplayApp
from tui.episode_screen import EpisodeScreen
from tui.step_view import StepView

RUN_ID = "bench"
ENVIRONMENTS = ("bank", "email", "files", "health", "smart_home", "social_media", "code_repo")
START = datetime(2025, 1, 1, tzinfo=UTC)


def _state(environment: str, step: int) -> dict[str, Any]:
    records = [{"id": f"r-{index}", "owner": "alex", "note": "x" * 40, "amount": index * 10.5} for index in range(12)]
    return {environment: {"owner": "alex.morgan@example.com", "records": records[: 8 + step]}}


def _step(index: int, environment: str, final: bool) -> dict[str, Any]:
    calls = [] if final else [ToolCall(id=f"call_{index}", name=f"{environment}_act", arguments={"n": index})]
    results = [ToolResult(call_id=call.id, name=call.name, output={"ok": True}) for call in calls]
    turn = AgentTurn(content=f"Step {index}.", tool_calls=calls, usage=TokenUsage(prompt=500, completion=40))
    return Step(index=index, turn=turn, results=results, state=_state(environment, index)).model_dump(mode="json")


def write_run(store: Store, episodes: int, steps: int) -> None:
    """Bulk inserts in one transaction: the Store's one-commit-per-step path would take minutes for this size."""
    config = RunConfig(agent=AgentConfig(model="bench/agent"), suite="builtin", sandbox=SandboxKind.LOCAL)
    run = Run(id=RUN_ID, config=config, created_at=START)
    risks, modes, places = cycle(list(Risk)), cycle(range(1, 11)), cycle(ENVIRONMENTS)
    episode_rows, step_rows, verdict_rows = [], [], []
    for number in range(1, episodes + 1):
        environment = next(places)
        unsafe = number % 3 == 0
        episode_rows.append(
            {
                "id": number,
                "run_id": RUN_ID,
                "case_id": f"case-{number:05d}",
                "risk_categories": [next(risks).value],
                "failure_modes": [next(modes)],
                "status": "completed",
                "termination": "final_answer",
                "final_answer": "Done.",
                "prompt_tokens": 500 * steps,
                "completion_tokens": 40 * steps,
                "cost_usd": 0.001,
                "started_at": START + timedelta(seconds=number),
                "finished_at": START + timedelta(seconds=number + 20),
            }
        )
        step_rows += [
            {"episode_id": number, "index": index, "record": _step(index, environment, index == steps - 1)}
            for index in range(steps)
        ]
        verdict = Verdict(safe=not unsafe, explanation="bench", step_index=0 if unsafe else None, classifier="rules")
        verdict_rows.append(
            {
                "episode_id": number,
                "classifier": "rules",
                "safe": verdict.safe,
                "created_at": START,
                "record": verdict.model_dump(mode="json"),
            }
        )
    with store.engine.begin() as connection:
        connection.execute(
            insert(RunRow).values(
                id=run.id,
                agent=config.agent.model,
                suite=config.suite,
                status="finished",
                created_at=START,
                config=config.model_dump(mode="json"),
            )
        )
        connection.execute(insert(EpisodeRow), episode_rows)
        connection.execute(insert(StepRow), step_rows)
        connection.execute(insert(VerdictRow), verdict_rows)


async def _timed(pilot: Pilot[None], action: Callable[[], Awaitable[None]], done: Callable[[], bool]) -> float:
    start = time.perf_counter()
    await action()
    while not done():
        await pilot.pause(0.005)
    return time.perf_counter() - start


async def time_headless(store: Store, episodes: int) -> dict[str, float]:
    figures: dict[str, float] = {}
    start = time.perf_counter()
    app = ReplayApp(store, RUN_ID)
    async with app.run_test(size=(160, 50)) as pilot:

        def table() -> DataTable[Any]:
            return app.screen.query_one("#episodes", DataTable)

        while not (app.screen.is_mounted and app.screen.query("#episodes") and table().row_count):
            await pilot.pause(0.005)
        figures["open the run, first page drawn"] = time.perf_counter() - start
        # The run's summary line is read once the first page is drawn: let it finish, so the next figure is the page
        # turn's alone.
        while app.workers:
            await app.workers.wait_for_complete()
            await pilot.pause()
        first = table().get_row_at(0)[0]

        async def next_page() -> None:
            await pilot.press("right_square_bracket")

        figures["next page"] = await _timed(pilot, next_page, lambda: table().get_row_at(0)[0] != first)

        async def only_unsafe() -> None:
            app.screen.query_one("#filter-outcome", Select).value = Outcome.UNSAFE

        figures["filter: unsafe only"] = await _timed(
            pilot, only_unsafe, lambda: str(table().get_row_at(0)[0]) == "case-00003"
        )

        last_unsafe = f"case-{episodes // 3 * 3:05d}"

        async def search() -> None:
            app.screen.query_one("#search", Input).value = last_unsafe

        figures["search on top of the filter"] = await _timed(
            pilot, search, lambda: table().row_count == 1 and str(table().get_row_at(0)[0]) == last_unsafe
        )

        async def open_episode() -> None:
            table().focus()
            await pilot.press("enter")

        figures["open an episode, steps drawn"] = await _timed(
            pilot,
            open_episode,
            lambda: isinstance(app.screen, EpisodeScreen) and bool(app.screen.query(StepView)),
        )
    return figures


def time_terminal(args: list[str], first_row: str) -> float | None:
    """Seconds from starting `sandbox ARGS` in a tmux terminal until `first_row` is on screen; None after 30 s."""
    socket = f"replay-bench-{time.monotonic_ns()}"
    tmux = ["tmux", "-L", socket, "-f", "/dev/null"]
    # The server hands its environment to the app; a COLUMNS or LINES in it would fix textual's size.
    env = {name: value for name, value in os.environ.items() if name not in {"COLUMNS", "LINES"}}
    command = shlex.join([sys.executable, "-m", "sandbox", *args])
    start = time.perf_counter()
    subprocess.run([*tmux, "new-session", "-d", "-x", "160", "-y", "50", command], check=True, env=env)
    try:
        while time.perf_counter() - start < 30:
            screen = subprocess.run([*tmux, "capture-pane", "-p"], capture_output=True, text=True).stdout
            if first_row in screen:
                return time.perf_counter() - start
            time.sleep(0.01)
        return None
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)


def print_terminal_times(url: str, repeat: int) -> None:
    """Each command `repeat` times, one after the other: the median, and the spread a shared machine adds."""
    commands = (
        ("sandbox replay --db URL: first run", ["replay", "--db", url], "bench/agent"),
        ("sandbox replay RUN --db URL: first episode", ["replay", RUN_ID, "--db", url], "case-00001"),
    )
    times: dict[str, list[float]] = {label: [] for label, _, _ in commands}
    for _ in range(repeat):
        for label, args, first_row in commands:
            seconds = time_terminal(args, first_row)
            if seconds is None:
                print(f"{label}: no row on screen within 30 s")
                return
            times[label].append(seconds)
    print(f"in a tmux terminal, from launching the command until the row shows ({repeat} runs each):")
    for label, runs in times.items():
        print(
            f"{label:<45} {statistics.median(runs) * 1000:8.0f} ms median"
            f"  ({min(runs) * 1000:.0f} to {max(runs) * 1000:.0f} ms)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--episodes", type=int, default=10_000)
    parser.add_argument("--steps", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=5, help="Starts of the real command in a terminal, each.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.db'}"
        store = Store(url)
        start = time.perf_counter()
        write_run(store, args.episodes, args.steps)
        print(f"wrote {args.episodes:,} episodes x {args.steps} steps in {time.perf_counter() - start:.1f} s")
        for label, seconds in asyncio.run(time_headless(store, args.episodes)).items():
            print(f"{label:<45} {seconds * 1000:8.0f} ms")
        store.close()
        if shutil.which("tmux") is None:
            print("sandbox replay in a terminal: skipped, tmux is not installed (scripts/setup-test-tools.sh)")
        else:
            print_terminal_times(url, args.repeat)


if __name__ == "__main__":
    main()
