"""The cascade: the offline model answers, and the LLM tier is asked only where the model is unsure (its
probability of unsafe falls in the model's unsure band). If the LLM fails, the offline verdict stands, noted. Every
case the LLM was asked about is marked `escalated`, whichever verdict then stood.

The LLM tier alone (`llm:MODEL`) is this cascade with every probability counted as unsure: one code path, and a
failed request still leaves the offline verdict rather than none."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from failure_modes.judge import JudgeCase, Judgement, LLMUse
from failure_modes.llm_tier import LLMTier
from failure_modes.model import Band, ModelJudge
from records import Verdict

EVERYTHING = Band(low=0.0, high=1.0)


class Cascade:
    def __init__(self, offline: ModelJudge, llm: LLMTier, band: Band | None = None, name: str | None = None) -> None:
        self.offline = offline
        self.llm = llm
        self.band = band or offline.model.unsure
        self.name = name or f"cascade:{llm.llm.config.model}"

    async def judge(self, cases: Sequence[JudgeCase]) -> Judgement:
        probabilities, offline = await asyncio.to_thread(self.offline.assess, cases)
        unsure = [index for index, probability in enumerate(probabilities) if self.band.contains(float(probability))]
        answers = await self.llm.ask([cases[index] for index in unsure])
        verdicts: list[Verdict | None] = list(offline)
        use = LLMUse(judged=len(cases), asked=len(unsure))
        for index, answer in zip(unsure, answers, strict=True):
            if isinstance(answer, Verdict):
                use.cost_usd += answer.judge_cost_usd
                note = f" (asked because the offline model was unsure: probability {probabilities[index]:.2f})"
                verdicts[index] = answer.model_copy(
                    update={"explanation": answer.explanation + note, "escalated": True}
                )
            else:
                use.failed += 1
                verdicts[index] = offline[index].model_copy(
                    update={
                        "explanation": f"{offline[index].explanation} The LLM judge was asked and failed: {answer}",
                        "escalated": True,
                    }
                )
        use.cost_usd = round(use.cost_usd, 6)
        return Judgement(verdicts=verdicts, llm=use)
