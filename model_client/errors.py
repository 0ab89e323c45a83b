"""How asking a model can fail; apart from the client, so callers catch these without importing litellm."""


class LLMError(RuntimeError):
    """The model could not be asked this time (refused request, retries exhausted): this one request failed."""


class FatalLLMError(LLMError):
    """Going on is pointless (key missing or refused, quota or budget spent): stop, and resume once it is fixed."""
