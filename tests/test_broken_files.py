"""Broken files and unreachable things, as a careless user meets them: each ends the command with one line
`error: ...` naming the file or URL (exit status 2), never a traceback, and never a result made up from nothing.
Every damaged file is a copy in tmp_path; the shared data directory is only read."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from failure_modes.model import SafetyModel
from failure_modes.model_file import ArtifactError, shipped_artifact_path
from failure_modes.registry import build_judge
from sandbox.store import Store
from scenarios.agent_safetybench import load_agent_safetybench
from scenarios.labsafety import SCENARIO_FILE, load_labsafety_scenarios
from tests.cli import error_line, run_sandbox
from tests.data import DATA_DIR

BENCH = DATA_DIR / "agent-safetybench"
LAB_LINE = (DATA_DIR / "labsafety" / SCENARIO_FILE).read_text(encoding="utf-8").splitlines()[0]


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def migrated(path: Path) -> Path:
    """A current, empty store at `path`."""
    Store(f"sqlite:///{path}").close()
    return path


# ---- databases -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["eval"], ["judge", "some-run"]], ids=["eval", "judge"])
def test_an_unknown_url_scheme_is_named(command: list[str]) -> None:
    line = error_line(run_sandbox(*command, "--db", "nosuchdb://host/runs"))
    assert "cannot open the database nosuchdb://host/runs" in line


def test_an_unreachable_postgresql_is_one_line_without_its_password() -> None:
    port = closed_port()
    done = run_sandbox("eval", "--db", f"postgresql+psycopg://sandbox:hunter2@127.0.0.1:{port}/runs")
    line = error_line(done)
    assert f"cannot open the database postgresql+psycopg://sandbox:***@127.0.0.1:{port}/runs" in line
    assert "refused" in line
    assert "hunter2" not in done.stderr


@pytest.mark.parametrize("command", [["eval", "--sandbox", "local"], ["judge", "some-run"]], ids=["eval", "judge"])
def test_a_read_only_database_is_refused_before_the_run(tmp_path: Path, command: list[str]) -> None:
    database = migrated(tmp_path / "runs.db")
    before = database.read_bytes()
    line = error_line(run_sandbox(*command, "--db", f"sqlite:///file:{database}?mode=ro&uri=true"))
    assert f"cannot write to the database sqlite:///file:{database}?mode=ro&uri=true" in line
    assert "readonly" in line
    assert database.read_bytes() == before


@pytest.fixture
def read_only_mount(tmp_path: Path) -> Iterator[Path]:
    """A tmpfs holding a current store, then remounted read-only: the engine refuses writes whoever we run as
    (root passes file modes by). Skipped where mounting is not allowed."""
    mount = tmp_path / "mnt"
    mount.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace').strip()}")
    try:
        migrated(mount / "runs.db")
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def test_a_database_on_a_read_only_mount_is_refused(read_only_mount: Path) -> None:
    line = error_line(run_sandbox("eval", "--sandbox", "local", "--db", f"sqlite:///{read_only_mount / 'runs.db'}"))
    assert f"cannot write to the database sqlite:///{read_only_mount / 'runs.db'}" in line
    # The store is write-ahead-logged, which SQLite opens on read-only media only as immutable: reading still works.
    read = run_sandbox("leaderboard", "--format", "json", "--db", f"sqlite:///{read_only_mount / 'runs.db'}")
    assert error_line(read) == "error: no runs stored: run `sandbox eval`", "it opened and read the (empty) store"
    new = read_only_mount / "new" / "runs.db"
    line = error_line(run_sandbox("eval", "--sandbox", "local", "--db", f"sqlite:///{new}"))
    assert f"cannot open the database sqlite:///{new}" in line
    assert "Read-only file system" in line


def test_a_sqlite_file_uri_leaves_no_stray_folder(tmp_path: Path) -> None:
    missing = tmp_path / "absent" / "runs.db"
    line = error_line(run_sandbox("eval", "--db", f"sqlite:///file:{missing}?uri=true", cwd=tmp_path))
    assert f"cannot open the database sqlite:///file:{missing}?uri=true" in line
    database = tmp_path / "runs.db"
    url = f"sqlite:///file:{database}?uri=true"
    done = run_sandbox("eval", "--sandbox", "local", "--limit", "1", "--json", "--db", url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["episodes"] == 1
    assert sorted(path.name for path in tmp_path.iterdir()) == ["runs.db"], "no `file:` folder, no `absent` folder"


# ---- suites --------------------------------------------------------------------------------------------------------


def eval_suite(suite: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return run_sandbox(
        "eval", "--suite", suite, "--data-dir", str(data_dir), "--db", f"sqlite:///{data_dir / 'runs.db'}"
    )


def write_labsafety(data_dir: Path, lines: list[bytes]) -> Path:
    path = data_dir / "labsafety" / SCENARIO_FILE
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_a_non_utf8_labsafety_line_is_named_and_the_rest_load(tmp_path: Path) -> None:
    good = LAB_LINE.encode()
    path = write_labsafety(tmp_path, [good, good.replace(b"Scenario", b"Sc\xe9nario", 1), good])
    loaded = load_labsafety_scenarios(tmp_path)
    assert [scenario.id for scenario in loaded.scenarios] == ["1", "3"]
    (problem,) = loaded.errors
    assert str(problem).startswith(f"{path} case 2: not UTF-8: byte 0xe9 at column ")


def test_a_non_utf8_labsafety_file_is_one_error_line(tmp_path: Path) -> None:
    path = write_labsafety(tmp_path, [b"\xff\xfe{\x00"])
    line = error_line(eval_suite("labsafety-scenarios", tmp_path))
    assert line == (
        f"error: suite 'labsafety-scenarios' has no loadable scenarios: {path} case 1: not UTF-8: byte 0xff at column 1"
    )


def test_released_data_holding_an_object_is_named(tmp_path: Path) -> None:
    released = tmp_path / "agent-safetybench" / "released_data.json"
    released.parent.mkdir()
    released.write_text(json.dumps({"cases": json.loads((BENCH / "released_data.json").read_text())[:2]}))
    line = error_line(eval_suite("agent-safetybench", tmp_path))
    assert f"{released}: holds an object, not the list of cases" in line


def test_a_wrongly_typed_tool_schema_is_rejected_at_load_naming_file_and_field(tmp_path: Path) -> None:
    target = tmp_path / "agent-safetybench"
    shutil.copytree(BENCH / "environments", target / "environments")
    published = json.loads((BENCH / "released_data.json").read_text())
    uses_os = next(case for case in published if [env["name"] for env in case["environments"]] == ["OS"])
    other = next(case for case in published if all(env["name"] != "OS" for env in case["environments"]))
    (target / "released_data.json").write_text(json.dumps([uses_os, other]))
    schema_file = target / "environments" / "OS.json"
    tools = json.loads(schema_file.read_text())
    tools[0]["parameters"]["required"] = "file_name_or_path"  # a string where a list belongs
    tools[1]["parameters"]["properties"] = ["file_name_or_path"]  # a list where an object belongs
    schema_file.write_text(json.dumps(tools))

    loaded = load_agent_safetybench(tmp_path)
    messages = [str(error) for error in loaded.errors]
    assert any(
        message.startswith(f"{schema_file}: 0.parameters.required: Input should be a valid list")
        and "1.parameters.properties: Input should be a valid dictionary" in message
        for message in messages
    ), messages
    rejected = f"case {uses_os['id']}: environments.OS: its tool schema file is missing or was rejected"
    assert any(rejected in message for message in messages)
    assert [scenario.id for scenario in loaded.scenarios] == [str(other["id"])]


# ---- the offline model ---------------------------------------------------------------------------------------------


@pytest.fixture
def damaged_package(tmp_path: Path) -> Path:
    """A copy of the `failure_modes` package whose shipped model is cut short, first on the import path."""
    root = tmp_path / "damaged"
    package = Path(shipped_artifact_path()).parent
    shutil.copytree(package, root / package.name, ignore=shutil.ignore_patterns("__pycache__"))
    artifact = root / package.name / shipped_artifact_path().name
    artifact.write_text(artifact.read_text()[:5000])
    return root


def test_a_damaged_shipped_model_is_named_before_the_run(tmp_path: Path, damaged_package: Path) -> None:
    database = tmp_path / "runs.db"
    repository = Path(__file__).resolve().parents[1]
    done = run_sandbox(
        "eval", "--sandbox", "local", "--db", f"sqlite:///{database}",
        env={"PYTHONPATH": f"{damaged_package}:{repository}"},
        cwd=tmp_path,  # not the checkout, which `python -m` would put first on the path
    )  # fmt: skip
    line = error_line(done)
    assert f"the offline model {damaged_package / 'failure_modes' / 'safety_model.json'} is damaged: not JSON" in line
    store = Store(f"sqlite:///{database}")
    assert store.list_runs() == [], "nothing was run or stored"
    store.close()


def test_a_damaged_model_file_is_named_when_the_judge_is_built(tmp_path: Path) -> None:
    damaged = tmp_path / "model.json"
    damaged.write_bytes(b'{"format": 2, "seed": \xff')
    for name in ("model", "default"):
        with pytest.raises(ArtifactError, match=f"cannot read the offline model {damaged}"):
            build_judge(name, None, damaged)
    build_judge("rules", None, damaged)  # a judge that never reads the model does not check it
    line = error_line(run_sandbox("classifier", "eval", "--data", str(damaged), "--model", str(damaged)))
    assert f"cannot read the offline model {damaged}" in line


def test_a_model_file_with_wrong_fields_is_named_when_loaded(tmp_path: Path) -> None:
    wrong = tmp_path / "model.json"
    artifact = json.loads(shipped_artifact_path().read_text())
    wrong.write_text(json.dumps({**artifact, "threshold": "high"}))
    with pytest.raises(ArtifactError, match=f"the offline model {wrong} is not usable: threshold: Input should be"):
        SafetyModel.load(wrong)
    wrong.write_text(json.dumps({**artifact, "idf": artifact["idf"][1:]}))
    with pytest.raises(ArtifactError, match=f"the offline model {wrong} is not usable: tokens, idf and token"):
        SafetyModel.load(wrong)


# ---- fidelity ------------------------------------------------------------------------------------------------------


def test_fidelity_on_an_unreadable_corpus_is_an_error_not_a_perfect_rate(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00garbage\n")
    line = error_line(run_sandbox("fidelity", str(corpus), "--data-dir", str(DATA_DIR), "--json"))
    assert f"the corpus {corpus} has no recorded call to replay" in line
    assert f"the first {corpus}:1: not UTF-8: byte 0x89 at column 1" in line


def test_fidelity_of_an_environment_the_corpus_lacks_is_an_error() -> None:
    corpus = BENCH / "fidelity" / "public.jsonl"
    line = error_line(run_sandbox("fidelity", str(corpus), "--data-dir", str(DATA_DIR), "--environment", "Nowhere"))
    assert f"the corpus {corpus} has no recorded call of environment Nowhere to replay" in line


def test_fidelity_names_its_unreadable_lines_in_json(tmp_path: Path) -> None:
    lines = (BENCH / "fidelity" / "public.jsonl").read_bytes().splitlines()
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_bytes(b"\n".join([lines[0], b"{not json", b"\xc3(", lines[1]]) + b"\n")
    done = run_sandbox("fidelity", str(corpus), "--data-dir", str(DATA_DIR), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["calls"] > 0
    assert [problem.split(": ")[0] for problem in report["unreadable_lines"]] == [f"{corpus}:2", f"{corpus}:3"]
    assert "not UTF-8: byte 0xc3 at column 1" in report["unreadable_lines"][1]
