"""Agents: any model the LLM client (`llm`) reaches, and built-in baselines behind the same path."""

# The baselines import litellm themselves; `llm` first makes litellm use its offline price map.
import llm  # noqa: F401
