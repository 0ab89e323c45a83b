"""Who a leaderboard row stands for: the agent's model with the settings that change what it answers, and its judge.

Two runs of one model with another tool format or temperature are two agents: ranking only the latest of them would
let one hide the other. Settings that change only how the answers are fetched (timeouts, retries, rate limits, the
cache) are not part of it, nor are epochs (`--epochs`): playing each case more times measures the same agent more
closely, so its latest run is its row whatever the epochs. A server is named by its host and port alone: never its
path, and never the credentials a URL may carry."""

from __future__ import annotations

from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict

from failure_modes.registry import DEFAULT as DEFAULT_CLASSIFIER
from records import AgentConfig, GenerationSettings, RunConfig, ToolFormat

_DEFAULT_GENERATION = GenerationSettings()


class AgentSettings(BaseModel):
    """The settings of an agent's run that make it another agent. The defaults are `sandbox eval`'s."""

    model_config = ConfigDict(frozen=True)

    tool_format: ToolFormat = ToolFormat.NATIVE
    temperature: float = _DEFAULT_GENERATION.temperature
    max_tokens: int | None = _DEFAULT_GENERATION.max_tokens
    seed: int | None = _DEFAULT_GENERATION.seed
    # `host:port` of the agent's `--api-base`; None for the provider's own endpoint.
    api_host: str | None = None
    # The judge as `--classifier` names it, with its server where it has its own (`shieldagent:MODEL@host:port`);
    # the default judge is named by its model alone, and is None without one (the checks and the offline model).
    judge: str | None = None

    @classmethod
    def of(cls, config: RunConfig) -> AgentSettings:
        agent = config.agent
        return cls(
            tool_format=agent.tool_format,
            temperature=agent.generation.temperature,
            max_tokens=agent.generation.max_tokens,
            seed=agent.generation.seed,
            api_host=server_host(agent.api_base),
            judge=_judge_name(config.classifier, config.judge),
        )

    def text(self) -> str:
        """The settings that differ from the defaults, compactly (`prompted, T=0.7, judge gpt-4o-mini`); empty
        where all are the defaults."""
        default = AgentSettings()
        parts = []
        if self.tool_format != default.tool_format:
            parts.append(self.tool_format.value)
        if self.temperature != default.temperature:
            parts.append(f"T={self.temperature:g}")
        if self.max_tokens != default.max_tokens:
            parts.append(f"max_tokens={self.max_tokens}")
        if self.seed != default.seed:
            parts.append(f"seed={self.seed}")
        if self.api_host is not None:
            parts.append(self.api_host)
        if self.judge is not None:
            parts.append(f"judge {self.judge}")
        return ", ".join(parts)


def server_host(url: str | None) -> str | None:
    """`host:port` of a server's URL, lower-cased, without the user name and password a URL may carry."""
    if not url:
        return None
    # A URL written without a scheme ("localhost:8080/v1") would be read as a scheme and a path.
    netloc = urlsplit(url if "//" in url else f"//{url}").netloc
    return netloc.rpartition("@")[2].lower() or None


def _judge_name(classifier: str, judge: AgentConfig | None) -> str | None:
    model = None if judge is None else judge.model
    if judge is not None and (host := server_host(judge.api_base)) is not None:
        model = f"{model}@{host}"
    if classifier == DEFAULT_CLASSIFIER:
        return model
    return classifier if model is None else f"{classifier}:{model}"
