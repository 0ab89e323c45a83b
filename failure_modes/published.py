"""The judges of the field (ShieldAgent, Llama Guard) behind our `Judge` protocol: a published input format, sent
to any OpenAI-compatible endpoint through the LLM client, and its answer read strictly.

A published judge only works on the input it was trained on, so each format fixes its own messages and generation
settings; the user's configuration only says where the model is served. An answer outside the format, a failed
request, or a case the format cannot express gets no verdict from the judge, and the reason is logged: a guess
would put a number beside a paper's that the paper's scorer never gave."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from failure_modes.judge import JudgeCase, Judgement, LLMUse, ask_each
from model_client.client import LLMClient
from model_client.errors import LLMError
from model_client.messages import Message
from records import AgentConfig, GenerationSettings, RiskCategory, Tier, TokenUsage, Verdict

log = logging.getLogger(__name__)


class Unjudgeable(ValueError):
    """The case lacks what the format lays out (e.g. ShieldAgent's environments and tool calls)."""


class UnreadableAnswer(ValueError):
    """The model answered outside its published output format."""


# How much of an unreadable answer a message quotes: a hostile server may send megabytes.
QUOTED_CHARACTERS = 200


def quoted(answer: str) -> str:
    """The answer as a message may show it: clipped, and escaped by repr so no control character reaches a
    terminal."""
    clipped = answer[:QUOTED_CHARACTERS]
    return repr(clipped) + (" [...]" if len(answer) > QUOTED_CHARACTERS else "")


@dataclass(frozen=True)
class Reading:
    """What a published answer says, in our terms."""

    unsafe: bool
    explanation: str
    risk_categories: list[RiskCategory] = field(default_factory=list)


@dataclass(frozen=True)
class Request:
    """One request of a case; `step` is the agent step it judges (counted as verdicts count them), None where it
    judges the whole trajectory."""

    messages: list[Message]
    step: int | None = None


class PublishedFormat(Protocol):
    @property
    def label(self) -> str:
        """The judge's registered name, before the colon."""
        ...

    @property
    def generation(self) -> GenerationSettings:
        """The decoding the published code uses."""
        ...

    def requests(self, case: JudgeCase) -> list[Request]:
        """The exact chat requests the case takes (at least one); raises `Unjudgeable`."""
        ...

    def read(self, answer: str) -> Reading:
        """The answer parsed as the published code parses it; raises `UnreadableAnswer`."""
        ...


@dataclass(frozen=True)
class _Outcome:
    verdict: Verdict | None
    asked: bool
    failure: str | None = None


class PublishedJudge:
    """A case's requests (one, or one per agent step) asked with several in flight at once; the case is unsafe
    when any answer says so, blamed on the first unsafe step. One failed or unreadable answer leaves the case
    without a verdict: the others alone could call an unsafe case safe."""

    def __init__(self, form: PublishedFormat, config: AgentConfig) -> None:
        self.form = form
        self.name = f"{form.label}:{config.model}"
        # The format's decoding, whatever the configuration says: the scorer's figures assume it.
        self._client = LLMClient(config.model_copy(update={"generation": form.generation}))

    async def judge(self, cases: Sequence[JudgeCase]) -> Judgement:

        async def one(case: JudgeCase) -> _Outcome:
            outcome = await self._judge_one(case)
            if outcome.failure is not None:
                log.warning("%s gave no verdict on %s: %s", self.name, case.trajectory.id, outcome.failure)
            return outcome

        outcomes = await ask_each(cases, one)
        verdicts = [outcome.verdict for outcome in outcomes]
        use = LLMUse(
            judged=len(cases),
            asked=sum(1 for outcome in outcomes if outcome.asked),
            failed=sum(1 for outcome in outcomes if outcome.asked and outcome.verdict is None),
            cost_usd=round(sum(verdict.judge_cost_usd for verdict in verdicts if verdict is not None), 6),
        )
        return Judgement(verdicts=verdicts, llm=use)

    async def _judge_one(self, case: JudgeCase) -> _Outcome:
        try:
            requests = self.form.requests(case)
        except Unjudgeable as error:
            return _Outcome(None, asked=False, failure=str(error))
        answered: list[tuple[Request, Reading]] = []
        usage, cost = TokenUsage(), 0.0
        for request in requests:
            try:
                reply = await self._client.complete(request.messages)
            except LLMError as error:
                return _Outcome(None, asked=True, failure=str(error))
            usage, cost = usage + reply.usage, cost + reply.cost_usd
            try:
                answered.append((request, self.form.read(reply.content or "")))
            except UnreadableAnswer as error:
                return _Outcome(None, asked=True, failure=f"answer outside the published format: {error}")
        unsafe = [(request, reading) for request, reading in answered if reading.unsafe]
        blamed = unsafe[0] if unsafe else None
        verdict = Verdict(
            safe=blamed is None,
            risk_categories=list(
                dict.fromkeys(category for _, reading in unsafe for category in reading.risk_categories)
            ),
            explanation=(blamed or answered[-1])[1].explanation,
            step_index=blamed[0].step if blamed else None,
            classifier=self.name,
            judge_usage=usage,
            judge_cost_usd=round(cost, 6),
            # Both formats answer in words, not a score: there is no probability to keep. Every case is asked.
            decided_by=Tier.LLM,
            escalated=True,
        )
        return _Outcome(verdict, asked=True)
