"""`baseline/replay:FILE`, as a real recording meets it: a missing or malformed file stops the run before it starts,
naming file and line; a case is found by its case_id before its instruction, and a match by an instruction that
several cases or lines share is warned of; a recording that ends on a tool result ends the episode with no answer
made up. The suite is two Agent-SafetyBench cases that share their instruction, as 18 of the benchmark's do."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from model_client.errors import LLMError
from records import AgentConfig, Episode, Termination
from sandbox.agents.baselines.provider import BaselineProvider
from sandbox.agents.baselines.replay import ReplayError, recording
from sandbox.agents.chat_agent import ChatAgent
from sandbox.store import Store
from tests.cli import error_line, run_sandbox
from tests.data import DATA_DIR

SHARED = ("35", "37")  # both ask for the PHP file test.php to be obfuscated
READ = {"tool_calls": [{"name": "read_file", "arguments": {"file_name_or_path": "test.php"}}]}
WRITE = {"tool_calls": [{"name": "write_file", "arguments": {"file_name_or_path": "test.php", "content": "x"}}]}


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """The two cases, with the published tool schemas (linked: only read)."""
    source = DATA_DIR / "agent-safetybench"
    target = tmp_path / "data" / "agent-safetybench"
    target.mkdir(parents=True)
    (target / "environments").symlink_to(source / "environments")
    cases = [case for case in json.loads((source / "released_data.json").read_text()) if str(case["id"]) in SHARED]
    assert len(cases) == 2
    assert cases[0]["instruction"] == cases[1]["instruction"]
    (target / "released_data.json").write_text(json.dumps(cases))
    return tmp_path / "data"


def instruction(data_dir: Path) -> str:
    text: str = json.loads((data_dir / "agent-safetybench" / "released_data.json").read_text())[0]["instruction"]
    return text


def write_recording(path: Path, lines: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return path


def replay_run(data_dir: Path, file: Path, database: Path) -> tuple[list[str], dict[str, Episode]]:
    """Run the suite with the recording: the warnings printed before it, and its episodes by case."""
    done = run_sandbox(
        "eval", "--suite", "agent-safetybench", "--data-dir", str(data_dir), "--agent", f"baseline/replay:{file}",
        "--sandbox", "local", "--db", f"sqlite:///{database}", "--json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    store = Store(f"sqlite:///{database}")
    episodes = {episode.case_id: episode for episode in store.episodes(json.loads(done.stdout)["run_id"])}
    store.close()
    warnings = [line.removeprefix("warning ") for line in done.stderr.splitlines() if line.startswith("warning ")]
    return warnings, episodes


def calls(episode: Episode) -> list[str]:
    return [call.name for step in episode.steps for call in step.turn.tool_calls]


def test_each_case_plays_its_own_line_by_case_id(tmp_path: Path, data_dir: Path) -> None:
    file = write_recording(
        tmp_path / "run.jsonl",
        [
            {"case_id": 35, "instruction": instruction(data_dir), "turns": [READ]},
            {"case_id": "37", "turns": [WRITE, {"content": "Done."}]},
        ],
    )
    warnings, episodes = replay_run(data_dir, file, tmp_path / "runs.db")
    assert warnings == []
    assert calls(episodes["35"]) == ["read_file"]
    # Ended on a tool result: no final answer is made up, the episode says why it ended, and it is judged.
    assert episodes["35"].termination == Termination.RECORDING_ENDED
    assert episodes["35"].final_answer is None
    assert episodes["35"].error is None
    assert episodes["35"].verdict is not None
    assert calls(episodes["37"]) == ["write_file"]
    assert episodes["37"].termination == Termination.FINAL_ANSWER
    assert episodes["37"].final_answer == "Done."


def test_an_ambiguous_instruction_match_is_warned_of_and_the_first_line_played(tmp_path: Path, data_dir: Path) -> None:
    file = write_recording(
        tmp_path / "run.jsonl",
        [
            {"instruction": instruction(data_dir), "turns": [READ]},
            {"instruction": instruction(data_dir), "turns": [WRITE]},
        ],
    )
    warnings, episodes = replay_run(data_dir, file, tmp_path / "runs.db")
    assert warnings == [
        f"{file}: lines 1, 2 record the instruction of case 35 without a case_id; line 1 is played",
        f"{file}: lines 1, 2 record the instruction of case 37 without a case_id; line 1 is played",
        f"{file}:1 has no case_id and records the instruction of cases 35, 37: each of them replays it; add a case_id "
        "per line",
    ]
    assert calls(episodes["35"]) == calls(episodes["37"]) == ["read_file"], "the later line does not silently win"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "cannot read the replay file {file}: No such file or directory"),
        (
            b'{"case_id": 35, "turns": []}\n{"case_id": 37, "turns": {}}\n',
            "{file}:2: turns: Input should be a valid array",
        ),
        (
            b'{"case_id": 35, "turns": []}\n\n{"turns": []}\n',
            "{file}:3: Value error, a line needs a case_id or an instruction",
        ),
        (
            b'{"case_id": 35, "turns": []}\n{"case_id": 35, "turns": []}\n',
            "{file}:2: case 35 is recorded twice (also on line 1)",
        ),
        (b'{"case_id": 35, "instruction": "caf\xe9", "turns": []}\n', "{file}:1: not UTF-8: byte 0xe9 at column 36"),
        (b"{not json\n", "{file}:1: Invalid JSON"),
        (b"\n", "the replay file {file} records no case"),
    ],
    ids=["missing", "malformed", "unfindable", "twice", "not utf-8", "not json", "empty"],
)
def test_a_bad_recording_stops_the_run_before_it_starts(
    tmp_path: Path, data_dir: Path, content: bytes | None, problem: str
) -> None:
    file = tmp_path / "run.jsonl"
    if content is not None:
        file.write_bytes(content)
    database = tmp_path / "runs.db"
    done = run_sandbox(
        "eval", "--suite", "agent-safetybench", "--data-dir", str(data_dir), "--agent", f"baseline/replay:{file}",
        "--sandbox", "local", "--db", f"sqlite:///{database}",
    )  # fmt: skip
    assert error_line(done).startswith(f"error: {problem.format(file=file)}")
    store = Store(f"sqlite:///{database}")
    assert store.list_runs() == [], "no run was stored"
    store.close()


def test_an_unknown_baseline_stops_the_run_before_it_starts(tmp_path: Path) -> None:
    done = run_sandbox(
        "eval", "--agent", "baseline/sulk", "--sandbox", "local", "--db", f"sqlite:///{tmp_path / 'r.db'}"
    )
    assert "unknown baseline agent baseline/sulk" in error_line(done)


async def test_a_baseline_error_is_not_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    file = write_recording(tmp_path / "run.jsonl", [{"case_id": 1, "instruction": "recorded", "turns": [READ]}])
    asked: list[str] = []
    completion = BaselineProvider.completion

    def counted(self: BaselineProvider, *args: Any, **kwargs: Any) -> Any:
        asked.append(kwargs["model"])
        return completion(self, *args, **kwargs)

    monkeypatch.setattr(BaselineProvider, "completion", counted)
    agent = ChatAgent(AgentConfig(model=f"baseline/replay:{file}", retries=3))
    with pytest.raises(LLMError, match="has no recorded trajectory"):
        await agent.next_turn([{"role": "user", "content": "never recorded"}], [])
    assert len(asked) == 1, "asking again cannot find a case the recording lacks"


def test_the_recording_is_read_once_and_warns_of_unrecorded_cases(tmp_path: Path) -> None:
    file = write_recording(tmp_path / "run.jsonl", [{"case_id": 1, "instruction": "shared", "turns": [READ]}])
    played = recording(str(file))
    assert recording(str(file)) is played
    assert played.find("1", "anything") == played.find("1", None)
    assert played.find("2", "shared") is None, "a line with a case_id is played by that case only"
    assert played.warnings([("1", "shared"), ("2", "shared"), ("3", "other")]) == [
        f"{file} records no trajectory for 2 case(s): they will end in errors"
    ]
    with pytest.raises(ReplayError, match="cannot read the replay file"):
        recording(str(tmp_path / "absent.jsonl"))
