"""Which judge to use, named as on the command line: `rules`, `model`, `llm:MODEL` or `cascade:MODEL`, and
judging a batch of trajectories with the offline, LLM or cascade tiers."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from pydantic import BaseModel

from failure_modes.attribution import Attribution
from failure_modes.metrics import LLMUse
from failure_modes.model import Band, SafetyModel
from failure_modes.trajectory import Trajectory
from records import AgentConfig, Verdict

# The LLM tier alone is the cascade with every probability counted as unsure: one code path, and a failed
# request still leaves the offline verdict (noted as such) rather than none.
EVERYTHING = Band(low=0.0, high=1.0)


class Tier(StrEnum):
    RULES = "rules"
    MODEL = "model"
    LLM = "llm"
    CASCADE = "cascade"


class ClassifierSpec(BaseModel):
    tier: Tier
    model: str | None = None

    @classmethod
    def parse(cls, text: str) -> ClassifierSpec:
        tier, _, model = text.partition(":")
        if tier not in Tier.__members__.values():
            raise ValueError(f"unknown classifier {text!r}: use rules, model, llm:MODEL or cascade:MODEL")
        if tier in (Tier.LLM, Tier.CASCADE) and not model:
            raise ValueError(f"{tier} needs a litellm model after a colon, e.g. {tier}:gpt-4o")
        if tier in (Tier.RULES, Tier.MODEL) and model:
            raise ValueError(f"{tier} takes no model; did you mean cascade:{model}?")
        return cls(tier=Tier(tier), model=model or None)

    def __str__(self) -> str:
        return f"{self.tier}:{self.model}" if self.model else str(self.tier)

    def judge_config(self, template: AgentConfig | None = None) -> AgentConfig | None:
        """The judge model's settings: this spec's model with the connection settings of `template`."""
        if self.model is None:
            return None
        base = template or AgentConfig(model=self.model)
        return base.model_copy(update={"model": self.model})


async def judge_trajectories(
    tier: Tier,
    model: SafetyModel,
    trajectories: Sequence[Trajectory],
    declared: Sequence[Attribution | None] | None = None,
    judge: AgentConfig | None = None,
) -> tuple[list[Verdict], LLMUse]:
    """Verdicts by the offline model, the LLM judge or the cascade of both; `judge` names the LLM."""
    if tier == Tier.RULES:
        raise ValueError("the rules tier judges a scenario's episodes by its checks, not bare trajectories")
    if not trajectories:
        return [], LLMUse()
    if tier == Tier.MODEL:
        return model.assess(trajectories, declared)[1], LLMUse(judged=len(trajectories))
    if judge is None:
        raise ValueError(f"the {tier} tier needs a judge model")
    # Imported here: litellm takes seconds to import, which the offline tiers need not pay.
    from failure_modes.cascade import Cascade
    from failure_modes.llm_judge import LLMJudge

    band = EVERYTHING if tier == Tier.LLM else None
    return await Cascade(model, LLMJudge(judge), band).judge(trajectories, declared)
