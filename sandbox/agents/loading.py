"""The chat agent's class, imported on demand: litellm, under it, takes seconds to import, longer than anything
else `sandbox eval` does before its first episode. `preload` begins the import in a thread so that it overlaps that
work (opening the store, loading the suite, starting the runtime); `chat_agent_class` then finds it done, or waits
for it (Python's import lock lets one thread finish what another began)."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sandbox.agents.chat_agent import ChatAgent


def preload() -> None:
    threading.Thread(target=chat_agent_class, name="import-agent", daemon=True).start()


def chat_agent_class() -> type[ChatAgent]:
    from sandbox.agents.chat_agent import ChatAgent

    return ChatAgent
