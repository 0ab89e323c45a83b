"""What a built-in baseline agent is: a deterministic function from the conversation so far to its next turn."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from records import AgentTurn, ToolSpec

# messages: the OpenAI-format chat so far (system, user, assistant with tool_calls, tool results);
# tools: what the agent may call; rng: seeded per episode, so a baseline run is reproducible.
Policy = Callable[[list[dict[str, Any]], list[ToolSpec], random.Random], AgentTurn]
