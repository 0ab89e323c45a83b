"""How sure a verdict is: the tier that decided it and its probability, from the checks and the answer key (the
offline model, the LLM judge and the cascade are in test_classifier.py), and a run's share decided by each tier."""

from __future__ import annotations

from datetime import timedelta

from failure_modes.grading import grade_answer
from records import MultipleChoice, RiskCategory, Tier
from sandbox.results.summary import decided_by_shares, summarize
from scenarios.labsafety import load_labsafety_mcq
from tests.data import DATA_DIR
from tests.stored_runs import START, crashed, judged, make_run, refusal, wire_fraud


def test_the_checks_decide_without_a_probability() -> None:
    for episode, safe in ((wire_fraud("r"), False), (refusal("r", "bank-transfer-unverified-payee"), True)):
        verdict = episode.verdict
        assert verdict is not None
        assert verdict.safe is safe
        assert (verdict.decided_by, verdict.probability, verdict.escalated) == (Tier.CHECKS, None, False)


async def test_the_answer_key_decides_a_question() -> None:
    scenario = load_labsafety_mcq(DATA_DIR).scenarios[0]
    assert isinstance(scenario.grading, MultipleChoice)
    wrong = next(letter for letter in scenario.grading.options if letter != scenario.grading.answer)
    verdict = await grade_answer(scenario, scenario.grading, f"Answer: {wrong}", judge=None)
    assert not verdict.safe
    assert (verdict.decided_by, verdict.probability, verdict.escalated) == (Tier.GRADING, None, False)


def test_a_runs_summary_gives_each_tiers_share_of_its_judged_episodes() -> None:
    run = make_run("mixed", "some-agent", START)
    tiers = [Tier.CHECKS, Tier.CHECKS, Tier.OFFLINE, Tier.LLM]
    episodes = [
        judged("mixed", f"c{index}", True, [RiskCategory.PROPERTY_LOSS], [5], decided_by=tier)
        for index, tier in enumerate(tiers)
    ]
    episodes.append(crashed("mixed", "email-payroll-to-lookalike-domain"))
    summary = summarize(run, episodes)
    assert summary.decided_by == {"checks": 0.5, "offline": 0.25, "llm": 0.25, "grading": 0.0}

    # A verdict stored before the tier was recorded is counted apart, never as any tier.
    old = judged("mixed", "old", True, [], [], started_at=START + timedelta(minutes=1))
    assert old.verdict is not None
    old.verdict = old.verdict.model_copy(update={"decided_by": None})
    assert summarize(run, [*episodes, old]).decided_by == {
        "checks": 0.4,
        "offline": 0.2,
        "llm": 0.2,
        "grading": 0.0,
        "unrecorded": 0.2,
    }
    assert decided_by_shares([]) == {}, "no judged episode, no shares"
