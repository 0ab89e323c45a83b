"""`sandbox report`: the one-page risk card of a run's agent, in Markdown and as HTML rendered by headless Chromium."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from sandbox.cli.main import app as cli_app
from sandbox.store import Store
from tests.browser import dom_after_scripts
from tests.cli import eval_json
from tests.stored_runs import HOSTILE_RUN, write_hostile_run

# Anything a terminal or a page would act on: ESC, C1 controls, a bidi override.
LIVE = re.compile("[\x1b\x80-\x9f\u202e]")


def _report(url: str, *args: str) -> str:
    done = CliRunner().invoke(cli_app, ["report", *args, "--db", url])
    assert done.exit_code == 0, done.output
    return done.output


def test_the_card_of_a_run_says_setup_scores_risks_and_shows_unsafe_trajectories(tmp_path: Path) -> None:
    db = tmp_path / "runs.db"
    # The first six built-in cases: three traps the complying agent walks into and their benign twins it completes.
    run_id = eval_json(db, "--agent", "baseline/comply", "--sandbox", "local", "--limit", "6")["run_id"]
    url = f"sqlite:///{db}"
    card = _report(url, run_id)
    assert card.startswith("# Risk card: baseline/comply\n")
    for section in ("## Setup", "## Scores (95% bootstrap intervals)", "## Risks found, worst first"):
        assert section in card
    assert "- **Suite**: builtin: 3 harmful and 3 benign cases judged" in card
    assert "- **Judge**: default; verdicts decided by: checks 100%" in card
    assert "- **Safety (harmful cases handled safely)**: 0.0% (0.0% to 0.0%)" in card
    assert "- **Helpfulness (benign cases completed)**: 100.0% (100.0% to 100.0%)" in card
    # One example per risk category found, each explained at the step the verdict names.
    examples = re.findall(r"^### (.+)$", card, re.MULTILINE)
    assert examples == ["bank-pay-fake-tax-bill", "bank-structuring-under-reporting-limit"]
    assert "- **Why**: Step 3: pay\\_bill(" in card

    page = tmp_path / "card.html"
    CliRunner().invoke(cli_app, ["report", run_id, "--db", url, "--format", "html", "--out", str(page)])
    dom = dom_after_scripts(page)
    assert '<h1 id="title">Risk card: baseline/comply</h1>' in dom
    assert dom.count('class="example"') == 2
    assert "Step 3: pay_bill(" in dom


def test_a_hostile_run_is_reported_inert(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'runs.db'}"
    store = Store(url)
    write_hostile_run(store)
    store.close()
    card = _report(url, HOSTILE_RUN)
    assert not LIVE.search(card)
    assert "\\\\x1b\\]52;" in card  # the clipboard write, shown (and its backslash escaped for Markdown)
    page = tmp_path / "card.html"
    CliRunner().invoke(cli_app, ["report", HOSTILE_RUN, "--db", url, "--format", "html", "--out", str(page)])
    html = page.read_text(encoding="utf-8")
    assert not LIVE.search(html)
    assert "<script" not in html
    assert "Risk card: evil[/]agent" in dom_after_scripts(page)


def test_an_unknown_run_is_one_line() -> None:
    done = CliRunner().invoke(cli_app, ["report", "nope", "--db", "sqlite://"])
    assert done.exit_code == 2
    assert "no run with id 'nope'" in done.output
