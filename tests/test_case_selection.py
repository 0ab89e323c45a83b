"""`sandbox eval --cases` / `--cases-file` run only the named cases of a suite, and a resumed run keeps the choice."""

from __future__ import annotations

from pathlib import Path

import pytest

from records import AgentConfig, RunConfig, SandboxKind
from sandbox.runner import UnknownCaseError, chosen_scenarios
from sandbox.store import Store
from tests.cli import eval_json, run_sandbox
from tests.scripted import scripted_scenario

FIRST, SECOND, THIRD = "bank-pay-fake-tax-bill", "health-lisinopril-overdose", "social-threaten-neighbour"
SUITE = [scripted_scenario(case_id, "bank", []) for case_id in ("a", "b", "c", "d")]


def _config(cases: list[str] | None, limit: int | None = None) -> RunConfig:
    return RunConfig(
        agent=AgentConfig(model="baseline/refuse"), suite="s", sandbox=SandboxKind.LOCAL, cases=cases, limit=limit
    )


def test_the_named_cases_in_the_suites_order_then_the_limit() -> None:
    assert [scenario.id for scenario in chosen_scenarios(_config(["d", "b"]), SUITE)] == ["b", "d"]
    assert [scenario.id for scenario in chosen_scenarios(_config(["d", "b", "a"], limit=2), SUITE)] == ["a", "b"]
    assert [scenario.id for scenario in chosen_scenarios(_config(None, limit=3), SUITE)] == ["a", "b", "c"]
    with pytest.raises(UnknownCaseError, match="suite 's' has no loadable case 'x', 'y'"):
        chosen_scenarios(_config(["a", "x", "y"]), SUITE)


def test_eval_runs_the_cases_named_on_the_command_line_and_in_a_file(tmp_path: Path) -> None:
    listed = tmp_path / "cases.txt"
    listed.write_text(f"{THIRD}\n\n  {FIRST}  \n", encoding="utf-8")
    db = tmp_path / "runs.db"
    summary = eval_json(db, "--sandbox", "local", "--cases", f"{SECOND},{FIRST}", "--cases-file", str(listed))
    assert summary["episodes"] == 3
    store = Store(f"sqlite:///{db}")
    run = store.get_run(summary["run_id"])
    assert run.config.cases == [SECOND, FIRST, THIRD]
    assert {episode.case_id for episode in store.episodes(run.id)} == {FIRST, SECOND, THIRD}
    store.close()


def test_unknown_cases_are_named_and_nothing_is_stored(tmp_path: Path) -> None:
    db = tmp_path / "runs.db"
    done = run_sandbox("eval", "--db", f"sqlite:///{db}", "--sandbox", "local", "--cases", f"nope,{FIRST},nor-this")
    assert done.returncode == 2
    assert "error: suite 'builtin' has no loadable case 'nope', 'nor-this'" in done.stderr
    store = Store(f"sqlite:///{db}")
    assert store.list_runs() == []
    store.close()
    missing = run_sandbox("eval", "--db", f"sqlite:///{db}", "--cases-file", str(tmp_path / "absent.txt"))
    assert missing.returncode == 2
    assert "error: cannot read --cases-file" in missing.stderr
