"""The one LLM client, used by agents and judges alike: `model_client.client.LLMClient` is the only caller of litellm.

Importing this package is cheap: litellm (seconds to import) loads only with `model_client.client`."""

import os

# Set before anything imports litellm: otherwise litellm fetches its price map over the network at import.
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
