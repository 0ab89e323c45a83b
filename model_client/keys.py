"""Which API key a request carries, and which secrets must never show in an error. A key goes only where the user
sent it: a provider key from the environment never travels to a server the user named by its URL."""

from __future__ import annotations

import os
import re

from model_client.errors import FatalLLMError
from records import AgentConfig
from records.redaction import REDACTED

# Local OpenAI-compatible servers (vLLM, SGLang, llama.cpp) need no key, but the client insists on one.
PLACEHOLDER = "EMPTY"

# Variables whose values are taken for secrets: a provider's key is read by litellm from one of these.
_SECRET_NAME = re.compile(r"KEY|TOKEN|SECRET|PASSWORD", re.IGNORECASE)


def api_key(config: AgentConfig) -> str | None:
    """The named variable's value; for a server given by URL without one, the placeholder; otherwise None, so
    litellm reads the provider's own variable and calls the provider's own endpoint."""
    if config.api_base is not None and REDACTED in config.api_base:
        raise FatalLLMError(
            f"{config.model}: the credentials in its server URL were not stored with the run: give the key with "
            "--api-key-env instead"
        )
    if config.api_key_env is not None:
        key = os.environ.get(config.api_key_env)
        if not key:
            # An empty key would make litellm fall back to the provider's variable, wherever the request goes.
            raise FatalLLMError(f"{config.model}: its key variable {config.api_key_env} is not set")
        return key
    if config.api_base is not None:
        return PLACEHOLDER
    return None


def secrets(config: AgentConfig) -> list[str]:
    """Every value a request to this model may carry as a key: the named variable's and any key-like variable's
    (the provider's own, read by litellm)."""
    names = {name for name in os.environ if _SECRET_NAME.search(name)}
    if config.api_key_env is not None:
        names.add(config.api_key_env)
    return [os.environ[name] for name in names if os.environ.get(name)]
