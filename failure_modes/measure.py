"""`sandbox classifier eval`: a classifier's verdicts on a labelled file against its labels."""

from __future__ import annotations

import time
from pathlib import Path

from pydantic import BaseModel

from failure_modes.classifiers import ClassifierSpec, judge_trajectories
from failure_modes.metrics import LLMUse, Scores, scores
from failure_modes.model import SafetyModel
from failure_modes.trajectory import load_labelled
from records import AgentConfig


class Measured(BaseModel):
    scores: Scores
    llm: LLMUse


async def measure(path: Path, spec: ClassifierSpec, model: SafetyModel, judge: AgentConfig | None) -> Measured:
    """The labels are read here and nowhere else: the classifier is given the trajectories alone."""
    examples = load_labelled(path)
    trajectories = [example.trajectory for example in examples]
    started = time.perf_counter()
    verdicts, use = await judge_trajectories(spec.tier, model, trajectories, judge=judge)
    seconds = time.perf_counter() - started
    found = scores([example.unsafe for example in examples], [not verdict.safe for verdict in verdicts], seconds)
    return Measured(scores=found, llm=use)
