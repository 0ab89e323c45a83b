"""Agents: any model litellm reaches, and built-in baselines behind the same litellm path."""

import os

# Set before any module of this package imports litellm: otherwise litellm fetches its price map over the network.
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
