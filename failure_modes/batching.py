"""Judging the episodes that finish close together as one batch.

A run judges each episode as it ends, one case a call; the offline model costs several times less per trajectory in
a batch (12 ms alone, 4 ms in a batch of 64 on a small machine), and at high concurrency dozens of episodes end within
the same few milliseconds. `Batched` holds each call for a short window, judges every case that arrived meanwhile in
one call of the judge it wraps, and hands each caller its own verdicts."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field

from failure_modes.judge import Judge, JudgeCase, Judgement, LLMUse
from model_client.errors import FatalLLMError

# Long enough to gather the episodes that end together, short beside any episode's own length.
WINDOW_S = 0.02
MOST_CASES = 256


@dataclass
class _Waiting:
    cases: list[JudgeCase]
    answer: asyncio.Future[Judgement] = field(default_factory=lambda: asyncio.get_running_loop().create_future())


class Batched:
    """`judge`, asked in batches of the calls that arrive within `window_s` of each other (at most `most` cases).

    A batch the judge fails on is judged again call by call, so a case that breaks the judge fails only its own
    caller; an error that stops the run (`FatalLLMError`) reaches every caller. The batch's LLM use is reported to
    the first of its callers, so the callers' uses still add up to what was spent."""

    def __init__(self, judge: Judge, window_s: float = WINDOW_S, most: int = MOST_CASES) -> None:
        self.judge_in_batches = judge
        self.name = judge.name
        self._window_s = window_s
        self._most = most
        self._waiting: list[_Waiting] = []
        self._flushing: asyncio.Task[None] | None = None

    async def judge(self, cases: Sequence[JudgeCase]) -> Judgement:
        waiting = _Waiting(list(cases))
        self._waiting.append(waiting)
        if self._flushing is None or self._flushing.done():
            self._flushing = asyncio.ensure_future(self._flush_soon())
        return await waiting.answer

    async def _flush_soon(self) -> None:
        await asyncio.sleep(self._window_s)
        while self._waiting:
            batch: list[_Waiting] = []
            while self._waiting and (not batch or sum(len(each.cases) for each in batch) < self._most):
                batch.append(self._waiting.pop(0))
            await self._judge_batch(batch)

    async def _judge_batch(self, batch: list[_Waiting]) -> None:
        try:
            judged = await self.judge_in_batches.judge([case for each in batch for case in each.cases])
        except FatalLLMError as error:
            for each in batch:
                _settle(each, error)
            return
        except Exception:
            for each in batch:
                try:
                    _settle(each, await self.judge_in_batches.judge(each.cases))
                except Exception as error:
                    _settle(each, error)
            return
        start = 0
        for index, each in enumerate(batch):
            verdicts = judged.verdicts[start : start + len(each.cases)]
            start += len(each.cases)
            _settle(each, Judgement(verdicts=verdicts, llm=judged.llm if index == 0 else LLMUse()))


def _settle(waiting: _Waiting, outcome: Judgement | Exception) -> None:
    if waiting.answer.done():  # its caller was cancelled meanwhile
        return
    if isinstance(outcome, Exception):
        waiting.answer.set_exception(outcome)
    else:
        waiting.answer.set_result(outcome)
