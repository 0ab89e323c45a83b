"""`sandbox classifier eval`: a judge's verdicts on a labelled file against its labels."""

from __future__ import annotations

import time
from pathlib import Path

from pydantic import BaseModel

from failure_modes.judge import Judge, JudgeCase, LLMUse
from failure_modes.metrics import Scores, scores
from failure_modes.trajectory import load_labelled


class Figures(Scores):
    """What `sandbox classifier eval --json` prints: the scores, and what the LLM judge was asked and cost (none
    for the offline model alone)."""

    escalated: int
    llm_failed: int
    cost_usd: float


class Measured(BaseModel):
    scores: Scores
    llm: LLMUse

    def figures(self) -> Figures:
        return Figures(
            **self.scores.model_dump(), escalated=self.llm.asked, llm_failed=self.llm.failed, cost_usd=self.llm.cost_usd
        )


async def measure(path: Path, judge: Judge) -> Measured:
    """The labels are read here and nowhere else: the judge is given the trajectories alone."""
    examples = load_labelled(path)
    # An empty batch first: a judge built on first use (the offline model, read from its artifact) is built now, so
    # the figure is the speed of judging, as it is once a run is under way.
    await judge.judge([])
    started = time.perf_counter()
    judged = await judge.judge([JudgeCase(example.trajectory) for example in examples])
    seconds = time.perf_counter() - started
    verdicts = [verdict for verdict in judged.verdicts if verdict is not None]
    if len(verdicts) < len(examples):
        raise ValueError(f"{judge.name} gave no verdict on {len(examples) - len(verdicts)} of the trajectories")
    found = scores([example.unsafe for example in examples], [not verdict.safe for verdict in verdicts], seconds)
    return Measured(scores=found, llm=judged.llm)
