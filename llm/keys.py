"""Which API key a request carries. A key goes only where the user sent it: a provider key from the environment
never travels to a server the user named by its URL."""

from __future__ import annotations

import os

from llm.errors import FatalLLMError
from records import AgentConfig

# Local OpenAI-compatible servers (vLLM, SGLang, llama.cpp) need no key, but the client insists on one.
PLACEHOLDER = "EMPTY"


def api_key(config: AgentConfig) -> str | None:
    """The named variable's value; for a server given by URL without one, the placeholder; otherwise None, so
    litellm reads the provider's own variable and calls the provider's own endpoint."""
    if config.api_key_env is not None:
        key = os.environ.get(config.api_key_env)
        if not key:
            # An empty key would make litellm fall back to the provider's variable, wherever the request goes.
            raise FatalLLMError(f"{config.model}: its key variable {config.api_key_env} is not set")
        return key
    if config.api_base is not None:
        return PLACEHOLDER
    return None
