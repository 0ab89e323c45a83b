"""A run's configuration: which agent, which suite, where the environments execute, and its limits."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import ConfigDict, Field, field_serializer

from records.base import Strict, Versioned, utc_now
from records.redaction import redacted

DEFAULT_MAX_TOKENS = 4096
MAX_WORLDS_PER_CONTAINER = 256
"""The most worlds one sandbox container hosts side by side: a bound on what a host can make its server hold."""
"""A reply's length when the user sets none: enough for any turn, and a small local model that never stops cannot
run for minutes."""


class GenerationSettings(Strict):
    model_config = ConfigDict(frozen=True)

    temperature: float = 0.0
    # None (no limit) only in configurations stored before the default existed.
    max_tokens: int | None = Field(default=DEFAULT_MAX_TOKENS, ge=1)
    seed: int | None = None


class ToolFormat(StrEnum):
    NATIVE = "native"  # the API's function calling
    PROMPTED = "prompted"  # tools described in the prompt, calls written as JSON: for models without the API


class AgentConfig(Strict):
    """How to ask a model. Frozen, so one configuration can key the clients made for it.

    `api_base` is used as given but written out (stored, printed) without the credentials a URL can carry."""

    model_config = ConfigDict(frozen=True)

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

    @field_serializer("api_base")
    def _without_credentials(self, api_base: str | None) -> str | None:
        return None if api_base is None else redacted(api_base)


class SandboxKind(StrEnum):
    LOCAL = "local"
    DOCKER = "docker"


class Isolation(StrEnum):
    """How docker episodes share containers: `pool` reuses warm ones after a verified reset, `episode` gives each
    episode a container of its own (slower; for tool code that might take over the world server itself)."""

    POOL = "pool"
    EPISODE = "episode"


class RunConfig(Versioned):
    agent: AgentConfig
    suite: str
    sandbox: SandboxKind
    isolation: Isolation = Isolation.POOL
    # Pooled docker: how many episodes' worlds one container hosts at once, so high concurrency needs few containers.
    worlds_per_container: int = Field(default=64, ge=1, le=MAX_WORLDS_PER_CONTAINER)
    concurrency: int = Field(default=4, ge=1)
    turn_limit: int = Field(default=10, ge=1)
    episode_timeout_s: float = Field(default=120.0, gt=0)
    limit: int | None = Field(default=None, ge=1)
    # Only these cases of the suite (`--cases`), in the suite's order; None: every case.
    cases: list[str] | None = None
    data_dir: str | None = None
    # The registered judge (`failure_modes.registry`) that judges every episode; `default`: checks, else offline.
    classifier: str = "default"
    # The judge's model, which also grades open answers (hazards identified, an unreadable answer letter); None:
    # offline only.
    judge: AgentConfig | None = None
    # How many times each chosen case runs (`--epochs`); each (case, epoch) is one episode. Runs stored before
    # epochs existed read as 1.
    epochs: int = Field(default=1, ge=1)

    def seed_of(self, epoch: int) -> int | None:
        """The agent's seed in epoch `epoch` (0-based), so that the epochs of a case differ: the configured seed plus
        the epoch; without a configured seed, the epoch itself where the run has more than one, else none."""
        seed = self.agent.generation.seed
        if seed is None:
            return epoch if self.epochs > 1 else None
        return seed + epoch


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
