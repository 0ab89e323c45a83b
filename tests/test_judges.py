"""The one judge protocol: every registered judge answers a batch of our episodes in its shape, the episode loop
judges with the judge it is given, a judge's spending is summed apart from the agent's, and importing the episode
loop costs none of the heavy judges' libraries."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from failure_modes.judge import JudgeCase, Judgement
from failure_modes.llm_judge import LLMJudge
from failure_modes.llm_tier import LLMTier
from failure_modes.registry import DEFAULT, JUDGES, TakesModel, build_judge
from records import (
    AgentConfig,
    Episode,
    EpisodeStatus,
    MultipleChoice,
    Run,
    RunConfig,
    SandboxKind,
    TokenUsage,
    Verdict,
)
from sandbox.results.summary import summarize
from sandbox.runner import execute, trials_of
from sandbox.runtime.local import LocalRuntime
from sandbox.store import Store
from scenarios.labsafety import load_labsafety_mcq
from tests.data import DATA_DIR
from tests.openai_server import field_judge_verdict, openai_server, safety_verdict
from tests.scripted import ScriptedAgent, scripted_scenario
from tests.stored_runs import PAYROLL, WIRE, builtin_scenario, refusal, wire_fraud

JUDGE_MODEL = "openai/judge"


def _cases() -> list[JudgeCase]:
    """The wire fraud (checks fire), a refusal (checks stay quiet), a scenario without checks, a question answered
    right, and an episode whose scenario is unknown."""
    unchecked = builtin_scenario(WIRE).model_copy(update={"id": "unchecked", "checks": []})
    question = load_labsafety_mcq(DATA_DIR).scenarios[0]
    assert isinstance(question.grading, MultipleChoice)
    answered = Episode(
        run_id="r",
        case_id=question.id,
        status=EpisodeStatus.COMPLETED,
        final_answer=f"Answer: {question.grading.answer}",
    )
    return [
        JudgeCase.of_episode(wire_fraud("r"), builtin_scenario(WIRE)),
        JudgeCase.of_episode(refusal("r", PAYROLL), builtin_scenario(PAYROLL)),
        JudgeCase.of_episode(wire_fraud("r").model_copy(update={"case_id": "unchecked"}), unchecked),
        JudgeCase.of_episode(answered, question),
        JudgeCase.of_episode(refusal("r", PAYROLL), None),
    ]


NAMES = {
    "rules": "rules",
    "model": "model",
    "llm": f"llm:{JUDGE_MODEL}",
    "cascade": f"cascade:{JUDGE_MODEL}",
    "shieldagent": f"shieldagent:{JUDGE_MODEL}",
    "llamaguard": f"llamaguard:{JUDGE_MODEL}",
    DEFAULT: "rules, then model",
}
# Per registered name: the classifier of each case's verdict (None: the judge abstains). The cascade asks the LLM
# only where the offline model is unsure, so which classifier decides depends on the model.
EXPECTED: dict[str, list[str | None]] = {
    "rules": ["rules", "rules", None, "multiple-choice", None],
    "model": ["model", "model", "model", "multiple-choice", "model"],
    "llm": [NAMES["llm"], NAMES["llm"], NAMES["llm"], "multiple-choice", NAMES["llm"]],
    DEFAULT: ["rules", "rules", "model", "multiple-choice", "model"],
    # ShieldAgent reads the scenario's environments: the episode without its scenario gets no verdict.
    "shieldagent": [NAMES["shieldagent"], NAMES["shieldagent"], NAMES["shieldagent"], "multiple-choice", None],
    "llamaguard": [
        NAMES["llamaguard"],
        NAMES["llamaguard"],
        NAMES["llamaguard"],
        "multiple-choice",
        NAMES["llamaguard"],
    ],
}


def test_every_registered_name_is_tested() -> None:
    assert set(NAMES) == set(JUDGES)


@pytest.mark.http
@pytest.mark.parametrize("name", list(JUDGES))
async def test_every_registered_judge_answers_a_batch_in_the_protocol(name: str) -> None:
    cases = _cases()
    with openai_server(reply=field_judge_verdict) as (api_base, log):
        needs_model = JUDGES[name].takes_model == TakesModel.REQUIRED
        config = AgentConfig(model=JUDGE_MODEL, api_base=api_base, retries=0, timeout_s=10) if needs_model else None
        judge = build_judge(name, config)
        judged = await judge.judge(cases)
        empty = await judge.judge([])
    assert judge.name == NAMES[name]
    assert isinstance(judged, Judgement)
    assert len(judged.verdicts) == len(cases)
    assert empty.verdicts == []
    if name == "llamaguard":
        assert len(log.requests) > judged.llm.asked, "Llama Guard is asked once per agent turn"
    else:
        assert len(log.requests) == judged.llm.asked
    classifiers = [verdict.classifier if verdict else None for verdict in judged.verdicts]
    if name in EXPECTED:
        assert classifiers == EXPECTED[name]
    else:
        assert classifiers[3] == "multiple-choice"
        assert set(classifiers) <= {"model", NAMES["llm"], "multiple-choice"}
    question = judged.verdicts[3]
    assert question is not None
    assert question.safe
    assert question.scores == {"accuracy": 1.0}
    for verdict in judged.verdicts:
        if verdict is not None and verdict.classifier in (NAMES["llm"], NAMES["shieldagent"]):
            assert verdict.judge_usage.completion == 7, "the scripted server's 7 completion tokens per reply"
        elif verdict is not None and verdict.classifier == NAMES["llamaguard"]:
            turns = len(JudgeCase.of_episode(wire_fraud("r"), None).trajectory.agent_turns())
            assert verdict.judge_usage.completion in range(7, 7 * turns + 1, 7), "7 tokens per turn asked about"
        elif verdict is not None:
            assert verdict.judge_usage.total == 0, "no judge model was asked"
    if name in ("rules", "llm", "shieldagent", "llamaguard", DEFAULT):
        assert judged.verdicts[0] is not None
        assert not judged.verdicts[0].safe, "moving the money to the fraudster is unsafe"


@pytest.mark.http
async def test_the_default_judge_with_a_model_asks_the_llm_where_no_checks_decide() -> None:
    cases = _cases()
    with openai_server(reply=safety_verdict) as (api_base, _log):
        config = AgentConfig(model=JUDGE_MODEL, api_base=api_base, retries=0, timeout_s=10)
        judge = build_judge(DEFAULT, config)
        judged = await judge.judge(cases)
    assert judge.name == f"rules, then cascade:{JUDGE_MODEL}"
    assert [verdict.classifier if verdict else None for verdict in judged.verdicts[:2]] == ["rules", "rules"]
    assert judged.llm.judged == 2, "only the cases without checks (and not the question) reach the cascade"


@pytest.mark.http
async def test_the_llm_tier_abstains_where_its_request_fails() -> None:
    cases = _cases()[:2]
    with openai_server(reply=safety_verdict, faults={1: "500"}) as (api_base, log):
        tier = LLMTier(LLMJudge(AgentConfig(model=JUDGE_MODEL, api_base=api_base, retries=0, timeout_s=10)))
        judged = await tier.judge(cases)
    assert len(log.requests) == 2
    assert tier.name == NAMES["llm"]
    assert [verdict is None for verdict in judged.verdicts].count(True) == 1
    assert (judged.llm.judged, judged.llm.asked, judged.llm.failed) == (2, 2, 1)


async def test_a_bare_trajectory_is_refused_by_the_rules() -> None:
    with pytest.raises(ValueError, match="rules tier"):
        await build_judge("rules").judge([JudgeCase(_cases()[0].trajectory)])


class CostlyJudge:
    """Finds everything safe at a fixed price, and keeps what it was asked."""

    name = "costly"

    def __init__(self) -> None:
        self.asked: list[JudgeCase] = []

    async def judge(self, cases: Sequence[JudgeCase]) -> Judgement:
        self.asked.extend(cases)
        verdict = Verdict(
            safe=True,
            explanation="priced",
            classifier=self.name,
            judge_usage=TokenUsage(prompt=100, completion=20),
            judge_cost_usd=0.25,
        )
        return Judgement(verdicts=[verdict for _ in cases])


async def test_the_episode_loop_judges_with_the_judge_it_is_given_and_its_cost_is_summed_apart(
    tmp_path: Path,
) -> None:
    scenarios = [scripted_scenario(f"c{index}", "bank", [[("list_accounts", {})]]) for index in range(2)]
    judge = CostlyJudge()
    store = Store(f"sqlite:///{tmp_path / 'runs.db'}")
    run = Run(id="judged", config=RunConfig(agent=AgentConfig(model="scripted"), suite="s", sandbox=SandboxKind.LOCAL))
    store.create_run(run)
    async with LocalRuntime() as runtime:
        await execute(
            run, trials_of(run.config, scenarios), ScriptedAgent(), judge, runtime, store, lambda episode: None
        )
    episodes = store.episodes(run.id)
    store.close()
    assert sorted(case.scenario.id for case in judge.asked if case.scenario) == ["c0", "c1"]
    assert all(case.episode is not None and len(case.episode.steps) == 2 for case in judge.asked)
    assert [episode.verdict.classifier for episode in episodes if episode.verdict] == ["costly", "costly"]
    summary = summarize(run, episodes)
    assert summary.judge.cost_usd == 0.5
    assert (summary.judge.tokens.prompt, summary.judge.tokens.total) == (200, 240)
    assert summary.cost_usd == 0.0
    assert summary.tokens.total == 0, "the scripted agent spends nothing: the judge's tokens are not the agent's"
    assert summary.model_dump(mode="json")["judge"] == {
        "tokens": {"prompt": 200, "completion": 40, "total": 240},
        "cost_usd": 0.5,
    }


def test_importing_the_episode_loop_imports_no_heavy_judge() -> None:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import sandbox.episode, sandbox.runner, failure_modes.registry"],
        capture_output=True,
        text=True,
        check=True,
    )
    modules = {line.rsplit("|", 1)[-1].strip().split(".")[0] for line in done.stderr.splitlines() if "|" in line}
    assert "pydantic" in modules, "importtime lists what was imported"
    assert not modules & {"numpy", "sklearn", "scipy", "litellm"}
