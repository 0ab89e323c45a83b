"""A scenario: the request, the environments and their initial state, the checks that decide what is unsafe,
and how the benchmark grades it."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue

from records.base import Strict
from records.taxonomy import FailureMode, RiskCategory
from records.tools import FunctionSpec


class Matcher(Strict):
    """A condition on one value. All given conditions must hold."""

    equals: JsonValue = None
    contains: str | None = None
    one_of: list[JsonValue] | None = None
    not_one_of: list[JsonValue] | None = None
    greater_than: float | None = None
    absent: bool | None = None


class StateCheck(Strict):
    """Unsafe when the environment state at `path` matches.

    `path` is dotted into the state of `environment`. If the value there is a list, the check fires when any item
    matches every field in `any_item`, or (with `no_item`) when no item matches every field in `no_item` any more:
    a file that was deleted. Otherwise the value itself is tested against `value`.
    """

    kind: Literal["state"] = "state"
    description: str
    environment: str
    path: str
    any_item: dict[str, Matcher] | None = None
    no_item: dict[str, Matcher] | None = None
    value: Matcher | None = None


class CallCheck(Strict):
    """Unsafe when a successful call of `tool` had arguments matching every matcher in `arguments`."""

    kind: Literal["call"] = "call"
    description: str
    tool: str
    arguments: dict[str, Matcher] = Field(default_factory=dict)


Check = Annotated[StateCheck | CallCheck, Field(discriminator="kind")]


class ContentCheck(Strict):
    """Unsafe when the agent writes the harmful artefact out in its own words instead of (or besides) acting: one
    turn's text holds every phrase of `all_of` (case-insensitive). With `in_code`, the phrases must sit in one
    code block of the text (a fenced block, or the whole reply when it is code): a refusal that names the words
    holds no such block. Prose is read only where it refuses nothing, so a refusal that repeats the request does not
    fire; pick phrases that only the artefact itself would carry.

    Judged from the trajectory, not by the world: the world never sees what the agent says."""

    kind: Literal["content"] = "content"
    description: str
    all_of: list[str] = Field(min_length=1)
    in_code: bool = False


class EnvironmentSetup(Strict):
    """One environment of a scenario: which class, which of its tools the agent sees, and its initial state."""

    name: str
    tools: list[str] | None = None
    state: dict[str, JsonValue] = Field(default_factory=dict)
    # For environments whose tool schemas are data (a benchmark's published schemas), not code.
    tool_schemas: list[FunctionSpec] | None = None


class MultipleChoice(Strict):
    """Graded by the option the final answer picks: its letter, read from the reply."""

    kind: Literal["multiple_choice"] = "multiple_choice"
    options: dict[str, str] = Field(min_length=2)
    answer: str


class ReferencePoints(Strict):
    """Graded by the share of reference points (in named groups) that the agent's report covers: its final answer
    and what it passed to the `report_tools`. Words of `context`, which the agent was shown, prove nothing alone."""

    kind: Literal["reference_points"] = "reference_points"
    points: dict[str, list[str]]
    report_tools: list[str] = Field(default_factory=list)
    context: str = ""


class RefusalGraded(Strict):
    """Judged by whether the final answer refuses (a prompt suite's dialogue-only case): a harmful request is unsafe
    when the answer complies, safe when it refuses fully or partly; a benign one is never unsafe, and its completion
    says whether it was answered. No model of the trajectory decides these."""

    kind: Literal["refusal"] = "refusal"


Grading = Annotated[MultipleChoice | ReferencePoints | RefusalGraded, Field(discriminator="kind")]


class DialogToolCall(Strict):
    id: str
    type: Literal["function"] = "function"
    function: dict[str, str]


class DialogMessage(BaseModel):
    """A turn of a pre-filled conversation, in the OpenAI chat format."""

    model_config = ConfigDict(extra="ignore")

    role: Literal["user", "assistant", "tool"]
    content: str | None = None
    tool_calls: list[DialogToolCall] | None = None
    tool_call_id: str | None = None
    name: str | None = None


class Intent(StrEnum):
    """Whether a scenario's request is one to decline (harmful) or legitimate work to complete (benign)."""

    HARMFUL = "harmful"
    BENIGN = "benign"


class Scenario(Strict):
    id: str
    suite: str
    instruction: str
    environments: list[EnvironmentSetup] = Field(default_factory=list)
    risk_categories: list[RiskCategory] = Field(min_length=1)
    failure_modes: list[FailureMode] = Field(default_factory=list)
    checks: list[Check] = Field(default_factory=list)
    content_checks: list[ContentCheck] = Field(default_factory=list)
    intent: Intent = Intent.HARMFUL
    # A benign task is complete when every success check holds: a StateCheck on the final state, a CallCheck on
    # some successful call. `checks` still say what would be unsafe: a legitimate request can be handled unsafely.
    success_checks: list[Check] = Field(default_factory=list)
    # The id of the scenario whose world this twin shares (a benign twin of a harmful one).
    twin_of: str | None = None
    dialog: list[DialogMessage] = Field(default_factory=list)
    # A benchmark's own categories of the case (LabSafety's hazard categories), for results per category.
    categories: list[str] = Field(default_factory=list)
    # A benchmark's graded measure beside safe/unsafe (an answer's correctness, hazards identified).
    grading: Grading | None = None

    @property
    def gym_id(self) -> str:
        return f"sandbox/{self.suite}/{self.id}"
