"""Judging episodes that end together in one batch (`failure_modes.batching`): each caller still gets exactly its
own verdicts, a case that breaks the judge fails only its caller, and an error that stops the run reaches all."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from failure_modes.batching import Batched
from failure_modes.judge import JudgeCase, Judgement
from failure_modes.model import ModelJudge, shipped_model
from failure_modes.trajectory import trajectory_from_record
from model_client.errors import FatalLLMError
from tests.test_classifier import PAYMENT, REFUSAL


class Counted:
    """The offline model, counting the batches it is asked; the case `breaks` makes it fail, and
    `fatal` makes every batch fail as a revoked judge key would."""

    name = "model"

    def __init__(self, breaks: JudgeCase | None = None, fatal: bool = False) -> None:
        self.model = ModelJudge(shipped_model())
        self.batches: list[int] = []
        self.breaks = breaks
        self.fatal = fatal

    async def judge(self, cases: Sequence[JudgeCase]) -> Judgement:
        self.batches.append(len(cases))
        if self.fatal:
            raise FatalLLMError("openai/judge: AuthenticationError: the key was revoked")
        if any(case is self.breaks for case in cases):
            raise ValueError("this trajectory breaks the judge")
        return await self.model.judge(cases)


def cases(count: int) -> list[JudgeCase]:
    return [
        JudgeCase(trajectory_from_record(PAYMENT if index % 2 else REFUSAL, f"case-{index}")) for index in range(count)
    ]


async def test_calls_that_arrive_together_are_judged_in_one_batch_and_each_gets_its_own_verdicts() -> None:
    asked = cases(40)
    alone = [(await ModelJudge(shipped_model()).judge([case])).verdicts[0] for case in asked]
    counted = Counted()
    batched = Batched(counted, most=32)
    answers = await asyncio.gather(*(batched.judge([case]) for case in asked))
    assert [answer.verdicts for answer in answers] == [[verdict] for verdict in alone]
    assert counted.batches == [32, 8], "two batches: the most a batch takes, then the rest"
    assert sum(answer.llm.judged for answer in answers) == 40, "the batch's use is counted once"
    assert {verdict.safe for verdict in alone if verdict is not None} == {True, False}


async def test_a_case_that_breaks_the_judge_fails_only_its_own_caller() -> None:
    asked = cases(4)
    counted = Counted(breaks=asked[2])
    batched = Batched(counted)
    answers = await asyncio.gather(*(batched.judge([case]) for case in asked), return_exceptions=True)
    assert counted.batches[0] == 4, "asked together first"
    assert isinstance(answers[2], ValueError)
    assert [type(answer).__name__ for answer in answers] == ["Judgement", "Judgement", "ValueError", "Judgement"]


async def test_an_error_that_stops_the_run_reaches_every_caller_without_asking_again() -> None:
    counted = Counted(fatal=True)
    batched = Batched(counted)
    answers = await asyncio.gather(*(batched.judge([case]) for case in cases(3)), return_exceptions=True)
    assert all(isinstance(answer, FatalLLMError) for answer in answers), answers
    assert counted.batches == [3]
