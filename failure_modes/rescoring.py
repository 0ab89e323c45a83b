"""`sandbox judge`: new verdicts for a stored run's completed episodes, by any judge the registry names."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel

from failure_modes.judge import Judge, JudgeCase, LLMUse
from records import Episode, EpisodeStatus, Scenario, Verdict


class Rescoring(BaseModel):
    """What `sandbox judge` did to a run."""

    classifier: str
    verdicts: dict[str, Verdict]  # by case id
    skipped: list[str]  # case ids left without a new verdict, e.g. no checks for the rules tier
    llm: LLMUse

    @property
    def unsafe(self) -> int:
        return sum(1 for verdict in self.verdicts.values() if not verdict.safe)


async def rescore(episodes: Sequence[Episode], scenarios: dict[str, Scenario], judge: Judge) -> Rescoring:
    """`judge`'s verdicts on the completed episodes; `scenarios` by case id, those of the run's suite that loaded."""
    completed = [episode for episode in episodes if episode.status == EpisodeStatus.COMPLETED]
    cases = [JudgeCase.of_episode(episode, scenarios.get(episode.case_id)) for episode in completed]
    judged = await judge.judge(cases)
    verdicts = {
        episode.case_id: verdict
        for episode, verdict in zip(completed, judged.verdicts, strict=True)
        if verdict is not None
    }
    skipped = [episode.case_id for episode in completed if episode.case_id not in verdicts]
    return Rescoring(classifier=judge.name, verdicts=verdicts, skipped=skipped, llm=judged.llm)
