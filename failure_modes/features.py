"""What the offline model reads in a trajectory: behavioural cues, the tokens of the agent's own turns, and what
its parts mean (static token vectors, failure_modes.tokens).

All three are kept to what carries across sources: the cues name behaviour any agent shows (refusing, warning,
asking before acting, acting at all, reading before changing: failure_modes.actions; carrying out an instruction
slipped into what it read: failure_modes.injection), the token vocabulary is limited, at training, to tokens every
training source uses, and the vectors place words no training source used near the ones it did."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfTransformer

from failure_modes import actions, cues
from failure_modes.actions import Kind
from failure_modes.cues import Cue, Text
from failure_modes.injection import follows_injection
from failure_modes.tokens import TokenVectors
from failure_modes.trajectory import Role, Trajectory, Turn

# Said by the agent: each is counted over all its turns and looked for in its last turn.
AGENT_CUES: dict[str, Cue] = {
    "refuses": cues.REFUSES,
    "warns": cues.WARNS,
    "asks": cues.ASKS,
    "spots injection": cues.SPOTS_INJECTION,
    "offers alternative": cues.OFFERS_ALTERNATIVE,
}
# Said to the agent (profile, goal, user and environment turns): counted over all of them.
CONTEXT_CUES: dict[str, Cue] = {
    "harm in context": cues.HARM_REQUESTED,
    "errors in context": cues.ERRORS,
}

CUE_NAMES: tuple[str, ...] = (
    *(f"{name} ({where})" for name in AGENT_CUES for where in ("anywhere", "last turn")),
    *CONTEXT_CUES,
    "agent turns",
    "actions",
    "ends on an action",
    "consequential actions",
    # What the agent did, read from its tool calls rather than its words: how many calls, how many change the world
    # (by the tool's name or its arguments), whether it called any tool at all, and a refusal with no call.
    "tool calls",
    "consequential tool calls",
    "no tool call",
    "refuses without a tool call",
    # In what order it acted (failure_modes.actions): did it look before it changed anything, did it change what it
    # had not looked at, how wide were its changes, did it ask or warn first, and did it refuse only afterwards.
    "first call reads",
    "first call changes",
    "changes before any read",
    "changes what it did not read",
    "changing calls",
    "only reads",
    "asks or warns before changing",
    "destructive arguments",
    "addresses someone not in the request",
    "refuses after changing",
    "follows an injected instruction",
)

# The L2 penalty sees a dozen cues beside thousands of word weights; scaling the cues up lets them count.
CUE_WEIGHT = 3.0
# Counts are capped, so that one talkative trajectory does not dwarf the rest.
_CAP = 5
# What the agent was shown is read up to this many characters a turn: a long page's start says what it is, and
# reading it whole would cost more than the rest of the features together (600 cross-validated as well as 2000,
# at almost twice the speed on long OpenHands trajectories).
CONTEXT_CHARACTERS = 600
# Cues are looked for in each agent turn up to the first number of characters, and in what the agent was shown up
# to the second all told: what an agent says of its intent comes before the code or text it pastes, and a long
# OpenHands trajectory shows the agent pages by the hundred (cross-validated as well as reading all, and faster).
CUE_CHARACTERS = 1000
SHOWN_CHARACTERS = 8000
# An agent turn's tokens are counted up to this many characters, and the environment's answers up to the second
# number all told: long turns are pasted code or file contents, and tokenizing them is most of the model's time.
AGENT_TURN_CHARACTERS = 400
ENVIRONMENT_CHARACTERS = 2000
# The parts of a trajectory embedded apart, in the order of the model's embedding coefficients.
EMBEDDED_PARTS = ("agent turns", "request", "environment", "last agent turn")
# Like CUE_WEIGHT: the embedding's columns scaled against the token weights (1, 2, 3 and 4 were cross-validated).
EMBEDDING_WEIGHT = 2.0


@dataclass(frozen=True)
class Reading:
    """A trajectory's texts, read once for every cue the model looks for."""

    said: Text  # by the agent, all its turns
    last: Text  # by the agent, its last turn
    shown: Text  # to the agent: profile, goal, user and environment turns

    @classmethod
    def of(cls, trajectory: Trajectory) -> Reading:
        agent = trajectory.agent_turns()
        shown = [turn.content[:CONTEXT_CHARACTERS] for turn in trajectory.turns if turn.role != Role.AGENT]
        return cls(
            said=Text("\n".join(_agent_text(turn)[:CUE_CHARACTERS] for turn in agent)),
            last=Text(_agent_text(agent[-1])[:CUE_CHARACTERS] if agent else ""),
            shown=Text("\n".join([trajectory.profile, trajectory.goal, *shown])[:SHOWN_CHARACTERS]),
        )


def cue_vector(trajectory: Trajectory, reading: Reading) -> list[float]:
    agent = trajectory.agent_turns()
    said, last, context = reading.said, reading.last, reading.shown
    written = [turn.action.lower() for turn in agent if turn.action.strip()]
    values: list[float] = []
    for cue in AGENT_CUES.values():
        values += [_capped(said.count(cue)), float(last.has(cue))]
    values += [_capped(context.count(cue)) for cue in CONTEXT_CUES.values()]
    values += [
        math.log1p(len(agent)) / 3,
        math.log1p(len(written)) / 3,
        float(bool(agent and agent[-1].action.strip())),
        min(sum(any(verb in action for verb in cues.CONSEQUENTIAL_VERBS) for action in written), 10) / 10,
    ]
    calls = actions.calls(trajectory)
    values += [
        math.log1p(len(calls)) / 3,
        math.log1p(sum(any(verb in call.text for verb in cues.CONSEQUENTIAL_VERBS) for call in calls)) / 3,
        float(not calls),
        float(not calls and said.has(cues.REFUSES)),
    ]
    return values + _order_vector(trajectory, calls, reading)


def _order_vector(trajectory: Trajectory, calls: Sequence[actions.Call], reading: Reading) -> list[float]:
    """What the agent did and in what order, from its tool calls read as reading or changing the world: the order
    tells an agent that changed something before looking at it from one that checked first."""
    first_read, first_change = actions.first(calls, Kind.READS), actions.first(calls, Kind.CHANGES)
    changes = sum(call.kind == Kind.CHANGES for call in calls)
    before_change = ""
    if first_change is not None:
        agent = trajectory.agent_turns()
        earlier = [_agent_text(turn)[:CUE_CHARACTERS] for turn in agent[: first_change.turn]]
        before_change = "\n".join([*earlier, agent[first_change.turn].thought[:CUE_CHARACTERS]])
    said_first = Text(before_change)
    return [
        float(bool(calls) and calls[0].kind == Kind.READS),
        float(bool(calls) and calls[0].kind == Kind.CHANGES),
        float(first_change is not None and (first_read is None or first_change.turn < first_read.turn)),
        float(actions.changes_unread_object(calls)),
        math.log1p(changes) / 3,
        float(all(call.kind == Kind.READS for call in calls)),
        float(said_first.has(cues.ASKS) or said_first.has(cues.WARNS)),
        float(actions.destructive(calls)),
        float(actions.unasked_recipients(calls, _request(trajectory))),
        float(first_change is not None and reading.last.has(cues.REFUSES)),
        float(follows_injection(trajectory, calls)),
    ]


def _capped(count: int) -> float:
    return min(count, _CAP) / _CAP


def _agent_text(turn: Turn) -> str:
    return f"{turn.thought}\n{turn.action}"


def turn_document(turn: Turn) -> str:
    """An agent turn as the model tokenizes it: tool names like `sendEmail` or `send_email` read as `send email`."""
    text = _agent_text(turn)[:AGENT_TURN_CHARACTERS]
    return re.sub(r"([a-z])([A-Z])", r"\1 \2", text).replace("_", " ")


def _request(trajectory: Trajectory) -> str:
    asked = [turn.content[:CONTEXT_CHARACTERS] for turn in trajectory.turns if turn.role == Role.USER]
    return "\n".join([trajectory.goal, *asked])


def _environment(trajectory: Trajectory) -> str:
    answers = (turn.content[:CONTEXT_CHARACTERS] for turn in trajectory.turns if turn.role == Role.ENVIRONMENT)
    return "\n".join(answers)[:ENVIRONMENT_CHARACTERS]


class TokenCounts(NamedTuple):
    turns: csr_matrix  # one row per agent turn, the trajectories' turns one after another
    starts: np.ndarray  # trajectory i's turns are rows starts[i] to starts[i + 1]
    request: csr_matrix  # one row per trajectory: the goal and what the user said
    environment: csr_matrix  # one row per trajectory: what the environment answered

    def per_trajectory(self) -> csr_matrix:
        """Every agent turn of a trajectory together."""
        return self._pick(
            np.repeat(np.arange(len(self.starts) - 1), np.diff(self.starts)), np.arange(self.turns.shape[0])
        )

    def last_turns(self) -> csr_matrix:
        """Each trajectory's last agent turn; an empty row where it has none."""
        has_turns = np.flatnonzero(np.diff(self.starts) > 0)
        return self._pick(has_turns, self.starts[has_turns + 1] - 1)

    def _pick(self, owners: np.ndarray, rows: np.ndarray) -> csr_matrix:
        shape = (len(self.starts) - 1, self.turns.shape[0])
        return csr_matrix(csr_matrix((np.ones(len(rows), dtype=np.float32), (owners, rows)), shape=shape) @ self.turns)


def count_tokens(trajectories: Sequence[Trajectory], vectors: TokenVectors) -> TokenCounts:
    """Every text the model reads, tokenized in one batch."""
    turns = [turn_document(turn) for trajectory in trajectories for turn in trajectory.agent_turns()]
    requests = [_request(trajectory) for trajectory in trajectories]
    environments = [_environment(trajectory) for trajectory in trajectories]
    counts = vectors.counts([*turns, *requests, *environments])
    lengths = [len(trajectory.agent_turns()) for trajectory in trajectories]
    first_request = len(turns)
    first_environment = first_request + len(trajectories)
    return TokenCounts(
        turns=counts[:first_request],
        starts=np.concatenate([[0], np.cumsum(lengths)]).astype(int),
        request=counts[first_request:first_environment],
        environment=counts[first_environment:],
    )


class TokenBag:
    """Tf-idf weights of a fixed token vocabulary (sublinear term frequency, L2-normalised rows)."""

    def __init__(self, vocabulary: Sequence[int], idf: np.ndarray) -> None:
        self.vocabulary = np.asarray(vocabulary, dtype=np.int64)
        self._weigher = TfidfTransformer(sublinear_tf=True)
        self._weigher.idf_ = idf

    @property
    def idf(self) -> np.ndarray:
        return np.asarray(self._weigher.idf_)

    @classmethod
    def fit(cls, counts: csr_matrix, vocabulary: Sequence[int]) -> TokenBag:
        idf = TfidfTransformer(sublinear_tf=True).fit(counts[:, vocabulary]).idf_
        return cls(vocabulary, idf)

    def weigh(self, counts: csr_matrix) -> csr_matrix:
        chosen = counts[:, self.vocabulary]
        # scikit-learn refuses an empty batch, which a run with nothing to blame gives.
        return csr_matrix(self._weigher.transform(chosen)) if chosen.shape[0] else csr_matrix(chosen.shape)


class Design(NamedTuple):
    matrix: csr_matrix  # cues, then token weights, then the embedded parts: the order of the model's coefficients
    tokens: TokenCounts  # for finding the step to blame without counting again


def _embedded_parts(tokens: TokenCounts, vectors: TokenVectors) -> np.ndarray:
    parts = (tokens.per_trajectory(), tokens.request, tokens.environment, tokens.last_turns())
    return np.hstack([vectors.embed(part) for part in parts])


def design_matrix(trajectories: Sequence[Trajectory], bag: TokenBag, vectors: TokenVectors) -> Design:
    cue_rows = [cue_vector(trajectory, Reading.of(trajectory)) for trajectory in trajectories]
    cue_columns = csr_matrix(np.array(cue_rows).reshape(len(trajectories), len(CUE_NAMES)) * CUE_WEIGHT)
    tokens = count_tokens(trajectories, vectors)
    meaning = csr_matrix(_embedded_parts(tokens, vectors) * EMBEDDING_WEIGHT)
    return Design(hstack([cue_columns, bag.weigh(tokens.per_trajectory()), meaning], format="csr"), tokens)
