"""What an agent may know of its episode and say to it besides a turn. The chat is all a model sees, but a baseline
that replays a recording must know which case it plays (`playing`, set by the episode for its own task), the model
must be asked with its epoch's seed (`seeded`), and an agent must be able to end the episode without inventing an
answer (`NoTurnLeft`)."""

from __future__ import annotations

from contextvars import ContextVar

from records import Termination

# A context variable rather than an argument: the baselines answer from behind litellm, which passes only the chat.
# Every episode runs in its own task, so each sees its own case.
playing: ContextVar[str | None] = ContextVar("playing", default=None)
# The seed the episode's requests carry (`RunConfig.seed_of` its epoch), in place of the agent configuration's; None
# outside an episode and in a run whose one epoch has no seed, where the configuration's (none) holds.
seeded: ContextVar[int | None] = ContextVar("seeded", default=None)


class NoTurnLeft(Exception):
    """Raised by an agent instead of a turn when it has nothing left to play (a recording that ran out): the episode
    ends with `termination` and no final answer, as none was given."""

    def __init__(self, termination: Termination, reason: str) -> None:
        super().__init__(reason)
        self.termination = termination
