"""The one shape of every judge: a batch of cases in, one verdict per case out, asynchronously.

Batches, because the offline model scores many trajectories in one product; async, because the LLM judge and the
graders of open answers wait on the network. A composite judge (the cascade, the eval policy, the graded measures)
is a judge that asks other judges; `FirstVerdict`, here, is the simplest. `failure_modes.registry` builds them by
name.

This module stays light: the episode loop imports it, and must not pay for numpy, scikit-learn or litellm."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from pydantic import BaseModel, Field

from failure_modes.trajectory import Trajectory, trajectory_from_episode
from records import Episode, Scenario, Verdict

# Model requests one judge keeps in flight at once; the provider's rate limits are handled by litellm's retries.
CONCURRENT_REQUESTS = 8

Item = TypeVar("Item")
Answer = TypeVar("Answer")


async def ask_each(items: Sequence[Item], ask: Callable[[Item], Awaitable[Answer]]) -> list[Answer]:
    """`ask` about every item, at most CONCURRENT_REQUESTS at once; the answers in the items' order."""
    slots = asyncio.Semaphore(CONCURRENT_REQUESTS)

    async def one(item: Item) -> Answer:
        async with slots:
            return await ask(item)

    return list(await asyncio.gather(*(one(item) for item in items)))


@dataclass(frozen=True)
class JudgeCase:
    """What a judge reads. Every judge can read the trajectory; our own episodes also bring the episode (the
    violations its checks recorded, the agent's answer) and, where it is known, its scenario."""

    trajectory: Trajectory
    episode: Episode | None = None
    scenario: Scenario | None = None

    @classmethod
    def of_episode(cls, episode: Episode, scenario: Scenario | None) -> JudgeCase:
        return cls(trajectory_from_episode(episode, scenario), episode, scenario)


class LLMUse(BaseModel):
    """How often the LLM judge was asked, how often it failed, and what it cost."""

    judged: int = 0
    asked: int = 0
    failed: int = 0
    cost_usd: float = 0.0

    @property
    def share_asked(self) -> float:
        return self.asked / self.judged if self.judged else 0.0

    def __add__(self, other: LLMUse) -> LLMUse:
        return LLMUse(
            judged=self.judged + other.judged,
            asked=self.asked + other.asked,
            failed=self.failed + other.failed,
            cost_usd=round(self.cost_usd + other.cost_usd, 6),
        )


class Judgement(BaseModel):
    """A judge's answer to a batch: a verdict per case, in the cases' order, None where the judge abstains (the
    rules on a scenario without checks); and what asking the LLM judge came to."""

    verdicts: list[Verdict | None]
    llm: LLMUse = Field(default_factory=LLMUse)


class Judge(Protocol):
    @property
    def name(self) -> str:
        """As the verdicts and reports name it: `rules`, `model`, `cascade:MODEL`, `rules, then model`."""
        ...

    async def judge(self, cases: Sequence[JudgeCase]) -> Judgement: ...


class FirstVerdict:
    """Its judges asked in turn, each about the cases those before it left without a verdict."""

    def __init__(self, judges: Sequence[Judge]) -> None:
        self.judges = list(judges)
        self.name = ", then ".join(judge.name for judge in self.judges)

    async def judge(self, cases: Sequence[JudgeCase]) -> Judgement:
        verdicts: list[Verdict | None] = [None] * len(cases)
        use = LLMUse()
        for judge in self.judges:
            undecided = [index for index, verdict in enumerate(verdicts) if verdict is None]
            if not undecided:
                break
            judged = await judge.judge([cases[index] for index in undecided])
            use += judged.llm
            for index, verdict in zip(undecided, judged.verdicts, strict=True):
                verdicts[index] = verdict
        return Judgement(verdicts=verdicts, llm=use)
