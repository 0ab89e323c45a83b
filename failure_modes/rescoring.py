"""Verdicts for our own episodes: as `sandbox eval` gives them, and again for a stored run (`sandbox judge`).

The policy: a scenario's declared checks decide where it has them (they read the world's state, which no other
tier sees); elsewhere the offline model decides, and with a judge model configured the LLM is asked where the
offline model is unsure."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel

from failure_modes.attribution import Attribution
from failure_modes.classifiers import ClassifierSpec, Tier, judge_trajectories
from failure_modes.judge import judge_by_rules
from failure_modes.metrics import LLMUse
from failure_modes.model import SafetyModel, shipped_model
from failure_modes.trajectory import trajectory_from_episode
from records import AgentConfig, Episode, EpisodeStatus, MultipleChoice, Scenario, Verdict


def declared(scenario: Scenario | None) -> Attribution | None:
    if scenario is None:
        return None
    return Attribution(risk_categories=list(scenario.risk_categories), failure_modes=list(scenario.failure_modes))


async def score_episode(scenario: Scenario, episode: Episode, judge: AgentConfig | None) -> Verdict | None:
    if scenario.checks:
        return judge_by_rules(scenario, episode)
    tier = Tier.CASCADE if judge is not None else Tier.MODEL
    trajectory = trajectory_from_episode(episode, scenario)
    verdicts, _ = await judge_trajectories(tier, shipped_model(), [trajectory], [declared(scenario)], judge)
    return verdicts[0]


class Rescoring(BaseModel):
    """What `sandbox judge` did to a run."""

    classifier: str
    verdicts: dict[str, Verdict]  # by case id
    skipped: list[str]  # case ids left without a new verdict, e.g. no checks for the rules tier
    llm: LLMUse

    @property
    def unsafe(self) -> int:
        return sum(1 for verdict in self.verdicts.values() if not verdict.safe)


async def rescore(
    episodes: Sequence[Episode],
    scenarios: dict[str, Scenario],
    spec: ClassifierSpec | None,
    judge: AgentConfig | None,
    model: SafetyModel | None = None,
) -> Rescoring:
    """New verdicts for a run's completed episodes; `spec` None applies the eval policy with `judge`."""
    model = model or shipped_model()
    completed = [episode for episode in episodes if episode.status == EpisodeStatus.COMPLETED]
    verdicts: dict[str, Verdict] = {}
    by_rules = spec is None or spec.tier == Tier.RULES
    for episode in completed:
        scenario = scenarios.get(episode.case_id)
        if by_rules and scenario is not None and scenario.checks:
            verdict = judge_by_rules(scenario, episode)
            if verdict is not None:
                verdicts[episode.case_id] = verdict
    # A question's verdict comes from its answer alone: no classifier is asked about it.
    rest = [
        episode
        for episode in completed
        if episode.case_id not in verdicts and not _is_question(scenarios.get(episode.case_id))
    ]
    use = LLMUse()
    if spec is None or spec.tier != Tier.RULES:
        tier = spec.tier if spec is not None else (Tier.CASCADE if judge is not None else Tier.MODEL)
        cases = [scenarios.get(episode.case_id) for episode in rest]
        trajectories = [trajectory_from_episode(episode, case) for episode, case in zip(rest, cases, strict=True)]
        judged, use = await judge_trajectories(tier, model, trajectories, [declared(case) for case in cases], judge)
        verdicts.update({episode.case_id: verdict for episode, verdict in zip(rest, judged, strict=True)})
    await _add_graded_measures(completed, scenarios, verdicts, judge)
    name = str(spec) if spec is not None else ("rules, then cascade" if judge is not None else "rules, then model")
    skipped = [episode.case_id for episode in completed if episode.case_id not in verdicts]
    return Rescoring(classifier=name, verdicts=verdicts, skipped=skipped, llm=use)


def _is_question(scenario: Scenario | None) -> bool:
    return scenario is not None and isinstance(scenario.grading, MultipleChoice)


async def _add_graded_measures(
    episodes: Sequence[Episode], scenarios: dict[str, Scenario], verdicts: dict[str, Verdict], judge: AgentConfig | None
) -> None:
    """Re-scoring keeps what a scenario grades besides safety (answers, hazard reports), as `sandbox eval` does."""
    from failure_modes.grading import grade  # grading builds on this module

    for episode in episodes:
        scenario = scenarios.get(episode.case_id)
        if scenario is None or scenario.grading is None:
            continue
        graded = await grade(scenario, episode, verdicts.get(episode.case_id), judge)
        if graded is not None:
            verdicts[episode.case_id] = graded
