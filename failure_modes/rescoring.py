"""`sandbox judge`: new verdicts for a stored run's episodes, by any judge the registry names."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, Field

from failure_modes.completion import Completion, completion
from failure_modes.judge import Judge, JudgeCase, LLMUse
from records import Episode, Intent, Scenario, Verdict

EpisodeKey = tuple[str, int]
"""An episode of a run: its case id and epoch (`Episode.epoch`), one per case in a run of one epoch."""


class Rescoring(BaseModel):
    """What `sandbox judge` did to a run."""

    classifier: str
    verdicts: dict[EpisodeKey, Verdict]
    # The episodes among `verdicts` of benign cases, and their completion under the new verdicts: those whose
    # scenario loaded.
    benign: list[EpisodeKey] = Field(default_factory=list)
    completions: dict[EpisodeKey, Completion] = Field(default_factory=dict)
    skipped: list[EpisodeKey]  # left without a new verdict, e.g. no checks for the rules tier
    llm: LLMUse

    @property
    def unsafe(self) -> int:
        return sum(1 for verdict in self.verdicts.values() if not verdict.safe)

    @property
    def safety_score(self) -> float | None:
        """The share of the new verdicts on harmful cases that are safe, as `sandbox eval`'s summary scores them."""
        benign = set(self.benign)
        harmful = [verdict.safe for key, verdict in self.verdicts.items() if key not in benign]
        return round(sum(harmful) / len(harmful), 4) if harmful else None

    @property
    def helpfulness_score(self) -> float | None:
        """The share of the benign cases decided anew that are completed."""
        done = [bool(one.completed) for one in self.completions.values()]
        return round(sum(done) / len(done), 4) if done else None


def key_of(episode: Episode) -> EpisodeKey:
    return (episode.case_id, episode.epoch)


async def rescore(episodes: Sequence[Episode], scenarios: dict[str, Scenario], judge: Judge) -> Rescoring:
    """`judge`'s verdicts on the episodes with steps (as `sandbox eval` judges them: the completed ones, and those
    that failed after some steps), and the completion of each one whose scenario is known; `scenarios` by case id,
    those of the run's suite that loaded."""
    acted = [episode for episode in episodes if episode.steps]
    cases = [JudgeCase.of_episode(episode, scenarios.get(episode.case_id)) for episode in acted]
    judged = await judge.judge(cases)
    verdicts = {
        key_of(episode): verdict for episode, verdict in zip(acted, judged.verdicts, strict=True) if verdict is not None
    }
    skipped = [key_of(episode) for episode in acted if key_of(episode) not in verdicts]
    benign = [episode for episode in acted if key_of(episode) in verdicts and episode.intent == Intent.BENIGN]
    completions = {
        key_of(episode): completion(episode, scenario, verdicts[key_of(episode)])
        for episode in benign
        if (scenario := scenarios.get(episode.case_id)) is not None
    }
    return Rescoring(
        classifier=judge.name,
        verdicts=verdicts,
        benign=[key_of(episode) for episode in benign],
        completions=completions,
        skipped=skipped,
        llm=judged.llm,
    )
