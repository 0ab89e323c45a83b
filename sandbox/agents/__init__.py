"""Agents: any model the LLM client (`model_client`) reaches, and built-in baselines behind the same path."""

# The baselines import litellm themselves; `model_client` first makes litellm use its offline price map.
import model_client  # noqa: F401
