"""What the offline model reads in a trajectory: behavioural cues and the words of the agent's own turns.

Both are kept to what carries across sources: the cues name behaviour any agent shows (refusing, warning, asking
before acting, acting at all), and the vocabulary is limited, at training, to words every training source uses."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

from failure_modes import cues
from failure_modes.cues import Cue, Text
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
    "injection in context": cues.INJECTION,
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
)

# The L2 penalty sees a dozen cues beside thousands of word weights; scaling the cues up lets them count.
CUE_WEIGHT = 3.0
# Counts are capped, so that one talkative trajectory does not dwarf the rest.
_CAP = 5
# What the agent was shown is read up to this many characters a turn: a long page's start says what it is, and
# reading it whole would cost more than the rest of the features together (600 cross-validated as well as 2000,
# at almost twice the speed on long OpenHands trajectories).
CONTEXT_CHARACTERS = 600


@dataclass(frozen=True)
class Reading:
    """A trajectory's texts, read once for every cue the model and the attribution look for."""

    said: Text  # by the agent, all its turns
    last: Text  # by the agent, its last turn
    shown: Text  # to the agent: profile, goal, user and environment turns

    @classmethod
    def of(cls, trajectory: Trajectory) -> Reading:
        agent = trajectory.agent_turns()
        shown = [turn.content[:CONTEXT_CHARACTERS] for turn in trajectory.turns if turn.role != Role.AGENT]
        return cls(
            said=Text("\n".join(_agent_text(turn) for turn in agent)),
            last=Text(_agent_text(agent[-1]) if agent else ""),
            shown=Text("\n".join([trajectory.profile, trajectory.goal, *shown])),
        )


def cue_vector(trajectory: Trajectory, reading: Reading) -> list[float]:
    agent = trajectory.agent_turns()
    said, last, context = reading.said, reading.last, reading.shown
    actions = [turn.action.lower() for turn in agent if turn.action.strip()]
    values: list[float] = []
    for cue in AGENT_CUES.values():
        values += [_capped(said.count(cue)), float(last.has(cue))]
    values += [_capped(context.count(cue)) for cue in CONTEXT_CUES.values()]
    values += [
        math.log1p(len(agent)) / 3,
        math.log1p(len(actions)) / 3,
        float(bool(agent and agent[-1].action.strip())),
        min(sum(any(verb in action for verb in cues.CONSEQUENTIAL_VERBS) for action in actions), 10) / 10,
    ]
    return values


def _capped(count: int) -> float:
    return min(count, _CAP) / _CAP


def _agent_text(turn: Turn) -> str:
    return f"{turn.thought}\n{turn.action}"


def turn_document(turn: Turn) -> str:
    """An agent turn as words: tool names like `sendEmail` or `send_email` read as `send email`."""
    return re.sub(r"([a-z])([A-Z])", r"\1 \2", _agent_text(turn)).replace("_", " ")


def agent_document(trajectory: Trajectory) -> str:
    return "\n".join(turn_document(turn) for turn in trajectory.agent_turns())


def word_counter(vocabulary: Sequence[str] | None = None, min_df: int = 1) -> CountVectorizer:
    """The one way words are counted, for choosing a vocabulary, training and the shipped model."""
    return CountVectorizer(
        stop_words="english", min_df=min_df, vocabulary=list(vocabulary) if vocabulary is not None else None
    )


class Words:
    """Tf-idf weights of a fixed vocabulary (sublinear term frequency, L2-normalised rows)."""

    def __init__(self, vocabulary: Sequence[str], idf: np.ndarray) -> None:
        self.vocabulary = list(vocabulary)
        self._counter = word_counter(self.vocabulary)
        self._weigher = TfidfTransformer(sublinear_tf=True)
        self._weigher.idf_ = idf

    @property
    def idf(self) -> np.ndarray:
        return np.asarray(self._weigher.idf_)

    @classmethod
    def fit(cls, documents: Sequence[str], vocabulary: Sequence[str]) -> Words:
        counts = word_counter(vocabulary).transform(documents)
        idf = TfidfTransformer(sublinear_tf=True).fit(counts).idf_
        return cls(vocabulary, idf)

    def turn_counts(self, trajectories: Sequence[Trajectory]) -> TurnCounts:
        """Word counts of every agent turn, counted once: a trajectory's counts are the sum of its turns'."""
        lengths = [len(trajectory.agent_turns()) for trajectory in trajectories]
        documents = [turn_document(turn) for trajectory in trajectories for turn in trajectory.agent_turns()]
        counts = self._counter.transform(documents) if documents else csr_matrix((0, len(self.vocabulary)))
        return TurnCounts(counts=counts.tocsr(), starts=np.concatenate([[0], np.cumsum(lengths)]).astype(int))

    def weigh(self, counts: csr_matrix) -> csr_matrix:
        return csr_matrix(self._weigher.transform(counts))


class TurnCounts(NamedTuple):
    counts: csr_matrix  # one row per agent turn, the trajectories' turns one after another
    starts: np.ndarray  # trajectory i's turns are rows starts[i] to starts[i + 1]

    def per_trajectory(self) -> csr_matrix:
        rows = len(self.starts) - 1
        owner = np.repeat(np.arange(rows), np.diff(self.starts))
        summing = csr_matrix((np.ones(len(owner)), (owner, np.arange(len(owner)))), shape=(rows, len(owner)))
        return csr_matrix(summing @ self.counts)


class Design(NamedTuple):
    matrix: csr_matrix  # cues first, then word weights: the column order the model's coefficients follow
    turns: TurnCounts  # for finding the step to blame without counting again
    readings: list[Reading]  # for attributing risks without reading again


def design_matrix(trajectories: Sequence[Trajectory], words: Words) -> Design:
    readings = [Reading.of(trajectory) for trajectory in trajectories]
    cue_rows = [cue_vector(trajectory, reading) for trajectory, reading in zip(trajectories, readings, strict=True)]
    cues = csr_matrix(np.array(cue_rows).reshape(len(trajectories), len(CUE_NAMES)) * CUE_WEIGHT)
    turns = words.turn_counts(trajectories)
    return Design(hstack([cues, words.weigh(turns.per_trajectory())], format="csr"), turns, readings)
