"""The typed records that cross every boundary: scenario files, tool calls, RPC payloads and stored trajectories.

The pydantic models here are the real schema of a trajectory; the SQL tables in `sandbox.store` only index them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue


def utc_now() -> datetime:
    return datetime.now(UTC)


class Strict(BaseModel):
    """Unknown fields are an error, so a typo in a scenario file is reported instead of silently ignored."""

    model_config = ConfigDict(extra="forbid")


class RiskCategory(StrEnum):
    """The eight Agent-SafetyBench risk categories; values are the benchmark's own labels so data maps 1:1."""

    LEAK_SENSITIVE_DATA = "Leak sensitive data / information"
    PROPERTY_LOSS = "Lead to property loss"
    SPREAD_UNSAFE_INFORMATION = "Spread unsafe information / misinformation"
    PRODUCE_UNSAFE_INFORMATION = "Produce unsafe information / misinformation"
    PHYSICAL_HARM = "Lead to physical harm"
    LAW_ETHICS = "Violate law or ethics / damage society"
    AVAILABILITY = "Compromise availability"
    HARMFUL_CODE = "Contribute to harmful / vulnerable code"


FailureMode = Annotated[int, Field(ge=1, le=10)]


# ---- tools -------------------------------------------------------------------------------------------------


class FunctionSpec(Strict):
    name: str
    description: str
    parameters: dict[str, Any]


class ToolSpec(Strict):
    """An OpenAI function-calling tool, exactly as it is sent to the model."""

    type: Literal["function"] = "function"
    function: FunctionSpec

    @property
    def name(self) -> str:
        return self.function.name


class ToolCall(Strict):
    id: str
    name: str
    arguments: dict[str, JsonValue] = Field(default_factory=dict)
    # Set when the model's arguments were not a JSON object; the call is then answered with an error.
    malformed_arguments: str | None = None


class ToolResult(Strict):
    call_id: str
    name: str
    output: JsonValue = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


# ---- scenarios and their checks -------------------------------------------------------------------------------


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
    matches every field in `any_item`; otherwise the value itself is tested against `value`.
    """

    kind: Literal["state"] = "state"
    description: str
    environment: str
    path: str
    any_item: dict[str, Matcher] | None = None
    value: Matcher | None = None


class CallCheck(Strict):
    """Unsafe when a successful call of `tool` had arguments matching every matcher in `arguments`."""

    kind: Literal["call"] = "call"
    description: str
    tool: str
    arguments: dict[str, Matcher] = Field(default_factory=dict)


Check = Annotated[StateCheck | CallCheck, Field(discriminator="kind")]


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


Grading = Annotated[MultipleChoice | ReferencePoints, Field(discriminator="kind")]


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


class Scenario(Strict):
    id: str
    suite: str
    instruction: str
    environments: list[EnvironmentSetup] = Field(default_factory=list)
    risk_categories: list[RiskCategory] = Field(min_length=1)
    failure_modes: list[FailureMode] = Field(default_factory=list)
    checks: list[Check] = Field(default_factory=list)
    dialog: list[DialogMessage] = Field(default_factory=list)
    # A benchmark's own categories of the case (LabSafety's hazard categories), for results per category.
    categories: list[str] = Field(default_factory=list)
    # A benchmark's graded measure beside safe/unsafe (an answer's correctness, hazards identified).
    grading: Grading | None = None

    @property
    def gym_id(self) -> str:
        return f"sandbox/{self.suite}/{self.id}"


class Violation(Strict):
    check_index: int
    description: str
    step_index: int | None = None


class WorldSetup(Strict):
    """What a runtime needs to build a scenario's world, inside or outside a container."""

    environments: list[EnvironmentSetup]
    checks: list[Check] = Field(default_factory=list)


class CallOutcome(Strict):
    result: ToolResult
    new_violations: list[Violation] = Field(default_factory=list)


class WorldSnapshot(Strict):
    state: dict[str, JsonValue]
    violations: list[Violation]


class TurnOutcome(Strict):
    """What one agent turn's tool calls did, in order, and the world after them: one round trip to a sandbox."""

    outcomes: list[CallOutcome]
    snapshot: WorldSnapshot


# ---- agents ------------------------------------------------------------------------------------------------------


class TokenUsage(Strict):
    prompt: int = 0
    completion: int = 0

    @property
    def total(self) -> int:
        return self.prompt + self.completion

    def __add__(self, other: TokenUsage) -> TokenUsage:
        return TokenUsage(prompt=self.prompt + other.prompt, completion=self.completion + other.completion)


class AgentTurn(Strict):
    """One assistant message: optional text and the tool calls it asks for. No tool calls means a final answer."""

    content: str | None = None
    tool_calls: list[ToolCall] = Field(default_factory=list)
    usage: TokenUsage = Field(default_factory=TokenUsage)
    cost_usd: float = 0.0
    latency_s: float = 0.0
    cached: bool = False

    @property
    def is_final(self) -> bool:
        return not self.tool_calls


class GenerationSettings(Strict):
    temperature: float = 0.0
    max_tokens: int | None = None
    seed: int | None = None


class ToolFormat(StrEnum):
    NATIVE = "native"  # the API's function calling
    PROMPTED = "prompted"  # tools described in the prompt, calls written as JSON: for models without the API


class AgentConfig(Strict):
    model: str
    api_base: str | None = None
    # The *name* of the variable holding the key: the key itself is never stored.
    api_key_env: str | None = None
    generation: GenerationSettings = Field(default_factory=GenerationSettings)
    tool_format: ToolFormat = ToolFormat.NATIVE
    timeout_s: float = Field(default=120.0, gt=0)
    retries: int = Field(default=3, ge=0)
    rpm: int | None = Field(default=None, ge=1)
    tpm: int | None = Field(default=None, ge=1)
    cache: bool = True


# ---- trajectories and verdicts --------------------------------------------------------------------------------------


class Step(Strict):
    """One agent turn and what the environments answered to it."""

    index: int
    turn: AgentTurn
    results: list[ToolResult] = Field(default_factory=list)
    new_violations: list[Violation] = Field(default_factory=list)
    state: dict[str, JsonValue] = Field(default_factory=dict)
    # Our own word to the agent after its turn (e.g. that its reply was empty), shown as a user message.
    notice: str | None = None


class Verdict(Strict):
    safe: bool
    risk_categories: list[RiskCategory] = Field(default_factory=list)
    failure_modes: list[FailureMode] = Field(default_factory=list)
    explanation: str
    step_index: int | None = None
    classifier: str
    # Graded measures in [0, 1] (`accuracy`, `hazard_identification`) and the case's categories, kept with the
    # verdict so a run's scores per category need no access to the suite.
    scores: dict[str, float] = Field(default_factory=dict)
    categories: list[str] = Field(default_factory=list)


class EpisodeStatus(StrEnum):
    RUNNING = "running"
    COMPLETED = "completed"
    ERROR = "error"


class Termination(StrEnum):
    FINAL_ANSWER = "final_answer"
    TURN_LIMIT = "turn_limit"
    TIMEOUT = "timeout"
    ERROR = "error"


class Episode(Strict):
    run_id: str
    case_id: str
    # The case's own labels, kept with the episode so scores per category need no access to the suite.
    risk_categories: list[RiskCategory] = Field(default_factory=list)
    failure_modes: list[FailureMode] = Field(default_factory=list)
    status: EpisodeStatus = EpisodeStatus.RUNNING
    termination: Termination | None = None
    steps: list[Step] = Field(default_factory=list)
    final_answer: str | None = None
    verdict: Verdict | None = None
    error: str | None = None
    usage: TokenUsage = Field(default_factory=TokenUsage)
    cost_usd: float = 0.0
    started_at: datetime = Field(default_factory=utc_now)
    finished_at: datetime | None = None


class SandboxKind(StrEnum):
    LOCAL = "local"
    DOCKER = "docker"


class Isolation(StrEnum):
    """How docker episodes share containers: `pool` reuses warm ones after a verified reset, `episode` gives each
    episode a container of its own (slower; for tool code that might take over the world server itself)."""

    POOL = "pool"
    EPISODE = "episode"


class RunConfig(Strict):
    agent: AgentConfig
    suite: str
    sandbox: SandboxKind
    isolation: Isolation = Isolation.POOL
    concurrency: int = Field(default=4, ge=1)
    turn_limit: int = Field(default=10, ge=1)
    episode_timeout_s: float = Field(default=120.0, gt=0)
    limit: int | None = Field(default=None, ge=1)
    data_dir: str | None = None
    # The model that grades open answers (hazards identified, an unreadable answer letter); None: offline only.
    judge: AgentConfig | None = None


class RunStatus(StrEnum):
    RUNNING = "running"
    FINISHED = "finished"
    INTERRUPTED = "interrupted"


class Run(Strict):
    id: str
    config: RunConfig
    status: RunStatus = RunStatus.RUNNING
    created_at: datetime = Field(default_factory=utc_now)
    finished_at: datetime | None = None
