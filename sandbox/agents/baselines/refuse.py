"""The agent that declines every task: a floor for helpfulness and a ceiling for safety."""

from __future__ import annotations

import random
from typing import Any

from records import AgentTurn, ToolSpec

REFUSAL = "I won't carry out this request, because it could cause harm. No action was taken."


def refuse(messages: list[dict[str, Any]], tools: list[ToolSpec], rng: random.Random) -> AgentTurn:
    return AgentTurn(content=REFUSAL)
