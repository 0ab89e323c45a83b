"""Judges by name, as `--classifier` and a run's configuration give them: `rules`, `model`, `llm:MODEL`,
`cascade:MODEL`, the judges of the field in their published formats (`shieldagent:MODEL`, `llamaguard:MODEL`),
and `default`, the policy `sandbox eval` judges by: a scenario's checks where it has them, else the offline
model, or the cascade when a judge model is configured (`default:MODEL`).

Every judge built here adds the scenarios' graded measures (`GradedJudge`), so a question is graded by its answer
whichever judge is named. The offline model and the LLM judge are imported and loaded when first asked: a run
whose scenarios all have checks never pays for numpy, scikit-learn or loading the model's artifact. A judge that may
rely on the offline model checks its file when built (`failure_modes.model_file.check_artifact`): a damaged one is
named before the first episode, not found by it."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel

from failure_modes.judge import FirstVerdict, Judge, JudgeCase, Judgement
from failure_modes.model_file import check_artifact
from failure_modes.rules import RulesJudge
from records import AgentConfig

if TYPE_CHECKING:
    from failure_modes.model import ModelJudge
    from failure_modes.published import PublishedFormat

DEFAULT = "default"


class TakesModel(StrEnum):
    """Whether a judge's name takes a litellm model after a colon."""

    NO = "no"
    REQUIRED = "required"
    OPTIONAL = "optional"


@dataclass(frozen=True)
class Registered:
    takes_model: TakesModel
    # From the judge model's settings (None where none is named) and the offline model's artifact (None: shipped).
    build: Callable[[AgentConfig | None, Path | None], Judge]

    def usage(self, name: str) -> str:
        return {TakesModel.NO: name, TakesModel.REQUIRED: f"{name}:MODEL", TakesModel.OPTIONAL: f"{name}[:MODEL]"}[
            self.takes_model
        ]


class _Deferred:
    """A judge built when it is first asked, in a thread (importing scikit-learn and loading a model takes seconds
    that the episodes in flight would otherwise wait out); concurrent first askers share the one build."""

    def __init__(self, name: str, build: Callable[[], Judge]) -> None:
        self.name = name
        self._build = build
        self._building: asyncio.Future[Judge] | None = None

    async def judge(self, cases: Sequence[JudgeCase]) -> Judgement:
        if self._building is None:
            self._building = asyncio.ensure_future(asyncio.to_thread(self._build))
        # Shielded: one asker cancelled must not cancel the build the others wait for.
        return await (await asyncio.shield(self._building)).judge(cases)


def _offline(artifact: Path | None) -> ModelJudge:
    from failure_modes.model import ModelJudge, SafetyModel, shipped_model

    return ModelJudge(SafetyModel.load(artifact) if artifact else shipped_model())


def _model(_: AgentConfig | None, artifact: Path | None) -> Judge:
    check_artifact(artifact)
    return _Deferred("model", lambda: _offline(artifact))


def _cascade(config: AgentConfig | None, artifact: Path | None, everything: bool = False) -> Judge:
    if config is None:
        raise ValueError("the cascade needs a judge model")
    check_artifact(artifact)
    name = f"{'llm' if everything else 'cascade'}:{config.model}"

    def build() -> Judge:
        from failure_modes.cascade import EVERYTHING, Cascade
        from failure_modes.llm_judge import LLMJudge
        from failure_modes.llm_tier import LLMTier

        return Cascade(_offline(artifact), LLMTier(LLMJudge(config)), EVERYTHING if everything else None, name)

    return _Deferred(name, build)


def _llm(config: AgentConfig | None, artifact: Path | None) -> Judge:
    # The LLM tier alone is the cascade with every probability counted as unsure: a failed request still leaves
    # the offline verdict (noted as such) rather than none.
    return _cascade(config, artifact, everything=True)


def _shieldagent() -> PublishedFormat:
    from failure_modes.shieldagent import ShieldAgentFormat

    return ShieldAgentFormat()


def _llamaguard() -> PublishedFormat:
    from failure_modes.llamaguard import LlamaGuardFormat

    return LlamaGuardFormat()


def _published(label: str, form: Callable[[], PublishedFormat]) -> Callable[[AgentConfig | None, Path | None], Judge]:
    """A judge of the field, served anywhere litellm reaches, in its published format (`form`)."""

    def build(config: AgentConfig | None, _: Path | None) -> Judge:
        if config is None:
            raise ValueError(f"{label} needs a judge model")
        judge_config = config

        def ready() -> Judge:
            from failure_modes.published import PublishedJudge

            return PublishedJudge(form(), judge_config)

        return _Deferred(f"{label}:{config.model}", ready)

    return build


def _default(config: AgentConfig | None, artifact: Path | None) -> Judge:
    return FirstVerdict([RulesJudge(), _cascade(config, artifact) if config else _model(config, artifact)])


JUDGES: dict[str, Registered] = {
    "rules": Registered(TakesModel.NO, lambda _config, _artifact: RulesJudge()),
    "model": Registered(TakesModel.NO, _model),
    "llm": Registered(TakesModel.REQUIRED, _llm),
    "cascade": Registered(TakesModel.REQUIRED, _cascade),
    "shieldagent": Registered(TakesModel.REQUIRED, _published("shieldagent", _shieldagent)),
    "llamaguard": Registered(TakesModel.REQUIRED, _published("llamaguard", _llamaguard)),
    DEFAULT: Registered(TakesModel.OPTIONAL, _default),
}


def build_judge(name: str, config: AgentConfig | None = None, artifact: Path | None = None) -> Judge:
    """The judge registered as `name` with `config` as its judge model, the scenarios' graded measures added;
    `artifact` is an offline model written by `sandbox classifier train --out` (default: the shipped one)."""
    from failure_modes.grading import GradedJudge

    if name not in JUDGES:
        raise _unknown(name)
    registered = JUDGES[name]
    if registered.takes_model == TakesModel.REQUIRED and config is None:
        raise ValueError(f"{name} needs a judge model")
    if registered.takes_model == TakesModel.NO and config is not None:
        raise ValueError(f"{name} takes no judge model")
    return GradedJudge(registered.build(config, artifact), config)


def _unknown(text: str) -> ValueError:
    names = ", ".join(registered.usage(name) for name, registered in JUDGES.items())
    return ValueError(f"unknown classifier {text!r}: use {names}")


class ClassifierSpec(BaseModel):
    """A judge as named on the command line: a registered name and, after a colon, a litellm model."""

    name: str
    model: str | None = None

    @classmethod
    def parse(cls, text: str) -> ClassifierSpec:
        name, _, model = text.partition(":")
        if name not in JUDGES:
            raise _unknown(text)
        takes_model = JUDGES[name].takes_model
        if takes_model == TakesModel.REQUIRED and not model:
            raise ValueError(f"{name} needs a litellm model after a colon, e.g. {name}:gpt-4o")
        if takes_model == TakesModel.NO and model:
            raise ValueError(f"{name} takes no model; did you mean cascade:{model}?")
        return cls(name=name, model=model or None)

    def __str__(self) -> str:
        return f"{self.name}:{self.model}" if self.model else self.name

    def judge_config(self, template: AgentConfig | None = None) -> AgentConfig | None:
        """The judge model's settings: this spec's model with the connection settings of `template`."""
        if self.model is None:
            return None
        base = template or AgentConfig(model=self.model)
        return base.model_copy(update={"model": self.model})
