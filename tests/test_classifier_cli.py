"""The classifier's commands as a user runs them: `sandbox classifier eval`, `sandbox judge`, and the verdicts
`sandbox eval` gives where a scenario has no checks."""

from __future__ import annotations

import json
from pathlib import Path

from sqlmodel import Session, col, select

from failure_modes.llm_judge import render
from failure_modes.metrics import scores
from failure_modes.model import shipped_model
from failure_modes.trajectory import load_labelled
from records import Tier
from sandbox.store import Store, VerdictRow
from tests.cli import eval_json, run_sandbox
from tests.data import DATA_DIR
from tests.openai_server import openai_server, safety_verdict

ASSEBENCH = DATA_DIR / "judge" / "assebench" / "AgentJudge-security.json"


def test_classifier_eval_prints_the_figures_of_the_model(tmp_path: Path) -> None:
    records = json.loads(ASSEBENCH.read_text())[:40]
    data = tmp_path / "set.jsonl"
    data.write_text("".join(json.dumps(item) + "\n" for item in records))
    done = run_sandbox("classifier", "eval", "--data", str(data), "--json")
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    base = {"n", "accuracy", "precision", "recall", "f1", "per_s"}
    assert set(figures) == base | {"escalated", "llm_failed", "cost_usd"}
    assert (figures["escalated"], figures["llm_failed"], figures["cost_usd"]) == (0, 0, 0.0), "the offline model alone"
    examples = load_labelled(data)
    _, verdicts = shipped_model().assess([example.trajectory for example in examples])
    expected = scores([example.unsafe for example in examples], [not verdict.safe for verdict in verdicts])
    assert figures["n"] == 40
    assert (figures["accuracy"], figures["f1"]) == (expected.accuracy, expected.f1)
    assert figures["per_s"] > 0
    table = run_sandbox("classifier", "eval", "--data", str(data))
    assert "F1" in table.stdout
    assert "trajectories/s" in table.stdout


def test_classifier_eval_rejects_a_bad_file_or_classifier(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"contents": [], "label": 1}\nnot json\n')
    done = run_sandbox("classifier", "eval", "--data", str(bad))
    assert done.returncode == 2
    assert "not JSON" in done.stderr
    done = run_sandbox("classifier", "eval", "--data", str(ASSEBENCH), "--classifier", "rules")
    assert done.returncode == 2
    assert "rules tier" in done.stderr


def _verdict_rows(db: Path, run_id: str) -> list[VerdictRow]:
    store = Store(f"sqlite:///{db}")
    with Session(store.engine) as session:
        rows = list(session.exec(select(VerdictRow).order_by(col(VerdictRow.id))).all())
    store.close()
    return rows


def test_agent_safetybench_episodes_get_a_model_verdict_and_a_rerun_adds_llm_ones(tmp_path: Path) -> None:
    db = tmp_path / "runs.db"
    summary = eval_json(
        db, "--suite", "agent-safetybench", "--data-dir", str(DATA_DIR), "--limit", "2", "--sandbox", "local"
    )
    store = Store(f"sqlite:///{db}")
    first = store.episodes(summary["run_id"])
    assert [episode.verdict.classifier for episode in first if episode.verdict] == ["model", "model"]
    assert summary["safety_score"] is not None
    assert summary["decided_by"] == {"checks": 0.0, "offline": 1.0, "llm": 0.0, "grading": 0.0}
    with openai_server(reply=safety_verdict) as (api_base, log):
        done = run_sandbox(
            "judge", summary["run_id"], "--db", f"sqlite:///{db}", "--data-dir", str(DATA_DIR),
            "--classifier", "llm:openai/judge", "--api-base", api_base, "--json",
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert (result["judged"], result["llm_asked"], result["llm_failed"]) == (2, 2, 0)
    assert len(log.requests) == 2
    latest = store.episodes(summary["run_id"])
    store.close()
    assert [episode.verdict.classifier for episode in latest if episode.verdict] == ["llm:openai/judge"] * 2
    assert [(episode.verdict.decided_by, episode.verdict.escalated) for episode in latest if episode.verdict] == [
        (Tier.LLM, True)
    ] * 2
    assert len(_verdict_rows(db, summary["run_id"])) == 4, "the earlier verdicts are kept"


def test_judge_rescores_a_builtin_run_and_the_latest_verdict_is_shown(tmp_path: Path) -> None:
    db = tmp_path / "runs.db"
    summary = eval_json(db, "--agent", "baseline/comply", "--limit", "2", "--sandbox", "local")
    for classifier in ("model", "rules"):
        done = run_sandbox("judge", summary["run_id"], "--db", f"sqlite:///{db}", "--classifier", classifier)
        assert done.returncode == 0, done.stderr
        assert "episodes judged" in done.stdout
        store = Store(f"sqlite:///{db}")
        episodes = store.episodes(summary["run_id"])
        store.close()
        assert [episode.verdict.classifier for episode in episodes if episode.verdict] == [classifier, classifier]
    assert len(_verdict_rows(db, summary["run_id"])) == 6


def test_judge_reports_an_unknown_run(tmp_path: Path) -> None:
    done = run_sandbox("judge", "nosuchrun", "--db", f"sqlite:///{tmp_path / 'runs.db'}")
    assert done.returncode == 2
    assert "no run" in done.stderr


def test_classifier_eval_of_the_cascade_reports_what_it_escalated_and_paid(tmp_path: Path) -> None:
    """Three trajectories in the offline model's unsure band and three outside it: only the three are sent, over
    real HTTP, and the figures score the LLM's verdicts on them and the model's on the rest."""
    model = shipped_model()
    examples = load_labelled(ASSEBENCH)
    probabilities = model.probabilities([example.trajectory for example in examples])
    unsure = [index for index, found in enumerate(probabilities) if model.unsure.contains(float(found))][:3]
    sure = [index for index, found in enumerate(probabilities) if not model.unsure.contains(float(found))][:3]
    assert len(unsure) == 3
    records = json.loads(ASSEBENCH.read_text())
    data = tmp_path / "set.jsonl"
    data.write_text("".join(json.dumps(records[index]) + "\n" for index in unsure + sure))
    # A model litellm has a price for, so that the cost is counted as it would be for a hosted judge.
    with openai_server(reply=safety_verdict) as (api_base, log):
        done = run_sandbox(
            "classifier", "eval", "--data", str(data), "--classifier", "cascade:openai/gpt-4o-mini",
            "--api-base", api_base, "--json",
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    assert {"n", "accuracy", "precision", "recall", "f1", "per_s"} <= set(figures)
    assert (figures["n"], figures["escalated"], figures["llm_failed"]) == (6, 3, 0)
    assert len(log.requests) == 3
    assert figures["cost_usd"] > 0
    # What the judge model answered about each escalated trajectory, found by the trajectory's text in its prompt.
    answered = {
        request["messages"][-1]["content"]: json.loads(safety_verdict(request)["choices"][0]["message"]["content"])
        for request in log.requests
    }
    labelled = load_labelled(data)
    offline = [not verdict.safe for verdict in model.assess([example.trajectory for example in labelled])[1]]
    predicted = [answered[render(example.trajectory)]["unsafe"] for example in labelled[:3]] + offline[3:]
    expected = scores([example.unsafe for example in labelled], predicted)
    assert (figures["accuracy"], figures["precision"], figures["recall"], figures["f1"]) == (
        expected.accuracy,
        expected.precision,
        expected.recall,
        expected.f1,
    )
