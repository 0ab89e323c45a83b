"""The chat agent's class, imported on demand: litellm, under it, takes seconds to import, longer than anything
else `sandbox eval` does before its first episode. `preload` begins the import in a thread so that it overlaps that
work (opening the store, loading the suite, starting the runtime); `chat_agent_class` then finds it done, or waits
for it (Python's import lock lets one thread finish what another began).

The garbage collector is paused during the import: litellm's hundreds of thousands of new objects, none of them
garbage, would set off collection after collection (a quarter of the import's CPU time). Once imported they are
frozen, so that the run's own collections do not walk them again."""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sandbox.agents.chat_agent import ChatAgent

AGENT_MODULE = "sandbox.agents.chat_agent"


def preload() -> None:
    threading.Thread(target=chat_agent_class, name="import-agent", daemon=True).start()


def chat_agent_class() -> type[ChatAgent]:
    # Only the first import pauses and freezes: freezing again in a long-lived process (tests, a gym) would keep
    # whatever garbage its cycles hold at that moment for good.
    if AGENT_MODULE not in sys.modules:
        with _collector_paused():
            import_module(AGENT_MODULE)
    from sandbox.agents.chat_agent import ChatAgent

    return ChatAgent


@contextmanager
def _collector_paused() -> Iterator[None]:
    # Two threads may import at once: the one that found the collector on turns it back on.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
