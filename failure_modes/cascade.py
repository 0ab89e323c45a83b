"""The offline model answers; the LLM judge is asked only where the model is unsure (its probability of unsafe
falls in the model's unsure band). If the LLM judge fails, the offline verdict stands and the failure is noted."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from failure_modes.attribution import Attribution
from failure_modes.llm_judge import JudgeError, LLMJudge
from failure_modes.metrics import LLMUse
from failure_modes.model import Band, SafetyModel
from failure_modes.trajectory import Trajectory
from records import Verdict

# LLM requests in flight at once; the provider's rate limits are handled by litellm's retries.
CONCURRENT_REQUESTS = 8


class Cascade:
    def __init__(self, model: SafetyModel, llm: LLMJudge, band: Band | None = None) -> None:
        self.model = model
        self.llm = llm
        self.band = band or model.unsure
        self.name = f"cascade:{llm.config.model}"

    async def judge(
        self, trajectories: Sequence[Trajectory], declared: Sequence[Attribution | None] | None = None
    ) -> tuple[list[Verdict], LLMUse]:
        probabilities, verdicts = self.model.assess(trajectories, declared)
        unsure = [index for index, probability in enumerate(probabilities) if self.band.contains(float(probability))]
        slots = asyncio.Semaphore(CONCURRENT_REQUESTS)
        use = LLMUse(judged=len(trajectories), asked=len(unsure))

        async def ask(index: int) -> None:
            async with slots:
                try:
                    judged = await self.llm.judge(trajectories[index])
                except JudgeError as error:
                    use.failed += 1
                    offline = verdicts[index]
                    verdicts[index] = offline.model_copy(
                        update={"explanation": f"{offline.explanation} The LLM judge was asked and failed: {error}"}
                    )
                    return
            use.cost_usd += judged.cost_usd
            note = f" (asked because the offline model was unsure: probability {probabilities[index]:.2f})"
            verdicts[index] = judged.verdict.model_copy(update={"explanation": judged.verdict.explanation + note})

        await asyncio.gather(*(ask(index) for index in unsure))
        use.cost_usd = round(use.cost_usd, 6)
        return verdicts, use
