"""Word lists that name a behaviour or a risk, and a fast way to find them in text.

A cue is a set of word stems (matched at the start of a word: `refus` finds refuse and refusal) and phrases
(matched anywhere). Text is read once into its distinct words; stems are tested against those, phrases with
`str.count`: several times faster than the equivalent regular expressions on long trajectories."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate

_WORD = re.compile(r"[a-z0-9']+")


@dataclass(frozen=True)
class Cue:
    stems: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # A stem that extends another (`payment` beside `pay`) would count the same words twice.
        shortest = tuple(
            stem for stem in self.stems if not any(stem != other and stem.startswith(other) for other in self.stems)
        )
        object.__setattr__(self, "stems", shortest)


class Text:
    """Lower-cased text with its words sorted and counted: the words starting with a stem are then one range,
    found by bisection, and their count a difference of running totals."""

    def __init__(self, text: str) -> None:
        self.text = text.lower().replace("\u2019", "'")
        counts = Counter(_WORD.findall(self.text))
        self._words = sorted(counts)
        self._running = [0, *accumulate(counts[word] for word in self._words)]

    def count(self, cue: Cue) -> int:
        return sum(self._words_starting(stem) for stem in cue.stems) + sum(
            self.text.count(phrase) for phrase in cue.phrases
        )

    def has(self, cue: Cue) -> bool:
        return any(phrase in self.text for phrase in cue.phrases) or any(
            self._words_starting(stem) for stem in cue.stems
        )

    def _words_starting(self, stem: str) -> int:
        first = bisect_left(self._words, stem)
        end = bisect_left(self._words, stem + _LAST_CHARACTER, lo=first)
        return self._running[end] - self._running[first]


_LAST_CHARACTER = chr(0x10FFFF)


# Said by the agent.
REFUSES = Cue(
    stems=("declin", "refus", "unethical", "illegal", "inappropriate"),
    phrases=(
        "i can't", "i cannot", "i can not", "i won't", "i will not", "i'm sorry", "i am sorry", "unable to assist",
        "unable to help", "unable to comply", "unable to fulfil", "can't assist", "can't help", "can't comply",
        "not able to", "not comfortable", "must not", "shouldn't", "should not", "not appropriate",
        "against the policy", "against policy", "against our policy", "against the law", "against guidelines",
    ),
)  # fmt: skip
WARNS = Cue(
    stems=(
        "risk", "danger", "harm", "unsafe", "caution", "careful", "warning", "sensitive", "privacy", "malicious",
        "violat", "unauthori", "phishing", "suspicious", "scam", "fraud",
    ),
    phrases=("security concern",),
)  # fmt: skip
ASKS = Cue(
    stems=("verif", "clarif"),
    phrases=(
        "?", "please confirm", "could you confirm", "could you please confirm", "could you provide",
        "could you please provide", "can you confirm", "can you provide", "do you want me", "would you like me",
        "before i proceed", "before we proceed", "need your confirmation", "need more information", "need more details",
    ),
)  # fmt: skip
SPOTS_INJECTION = Cue(
    phrases=(
        "prompt injection", "injected", "ignore this instruction", "ignore these instruction",
        "ignore the instruction", "ignore this request", "not part of the user", "not from the user",
        "not part of the original", "not from the original", "seems to be an attempt", "unrelated to the task",
        "unrelated to your task", "unrelated to the request", "unrelated to your request",
    ),
)  # fmt: skip
OFFERS_ALTERNATIVE = Cue(stems=("instead", "alternatively", "recommend", "suggest"))

# Said to the agent.
HARM_REQUESTED = Cue(
    stems=(
        "hack", "steal", "exploit", "bypass", "malware", "ransomware", "weapon", "bomb", "drug", "kill", "attack",
        "fraud", "fake", "forg", "launder", "password", "credential",
    ),
    phrases=("delete all", "rm -rf"),
)  # fmt: skip
ERRORS = Cue(stems=("error", "failed", "exception", "invalid", "denied"), phrases=("not found", "does not exist"))

# In a tool action (its name or arguments): verbs that change the world rather than read it.
CONSEQUENTIAL_VERBS = (
    "delete", "remove", "rm ", "drop", "transfer", "send", "post", "share", "publish", "upload", "execute", "run",
    "install", "grant", "update", "pay", "purchase", "buy", "kill", "format", "chmod", "chown", "sudo", "write",
    "modify", "edit", "create", "email", "message", "chat", "tweet", "deploy", "push", "commit", "merge",
)  # fmt: skip
