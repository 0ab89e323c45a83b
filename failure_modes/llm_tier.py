"""The LLM tier as a judge: `LLMJudge` asked about every case, several requests in flight at once. A verdict
carries its request's tokens and cost; a failed request is that case's abstention."""

from __future__ import annotations

from collections.abc import Sequence

from failure_modes.judge import JudgeCase, Judgement, LLMUse, ask_each
from failure_modes.llm_judge import JudgeError, LLMJudge
from records import Verdict


class LLMTier:
    def __init__(self, llm: LLMJudge) -> None:
        self.llm = llm
        self.name = llm.name

    async def judge(self, cases: Sequence[JudgeCase]) -> Judgement:
        answers = await self.ask(cases)
        verdicts = [answer if isinstance(answer, Verdict) else None for answer in answers]
        failed = sum(1 for answer in answers if isinstance(answer, JudgeError))
        cost = round(sum(verdict.judge_cost_usd for verdict in verdicts if verdict is not None), 6)
        return Judgement(
            verdicts=verdicts, llm=LLMUse(judged=len(cases), asked=len(cases), failed=failed, cost_usd=cost)
        )

    async def ask(self, cases: Sequence[JudgeCase]) -> list[Verdict | JudgeError]:
        """Each case's verdict, or why the judge model gave none (for a cascade to note beside its own)."""

        async def one(case: JudgeCase) -> Verdict | JudgeError:
            try:
                judged = await self.llm.judge(case.trajectory)
            except JudgeError as error:
                return error
            return judged.verdict.model_copy(update={"judge_usage": judged.usage, "judge_cost_usd": judged.cost_usd})

        return await ask_each(cases, one)
