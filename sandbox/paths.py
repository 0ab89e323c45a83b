"""Where the sandbox keeps its files by default; each can be overridden by an environment variable."""

from __future__ import annotations

import os
from pathlib import Path


def data_home() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "agent-safety-sandbox"


def default_cache_dir() -> Path:
    """The model replies cached for reruns (`model_client.cache.ResponseCache`)."""
    return data_home() / "response-cache"


def default_data_dir() -> Path:
    """The published data sets (`sandbox data pull` puts them here), laid out like `<dir>/agent-safetybench/...`."""
    return Path(os.environ.get("SANDBOX_DATA_DIR") or data_home() / "data")
