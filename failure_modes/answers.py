"""Reading an agent's answer without a model: the option letter a reply picks, and whether a report covers a
reference point (by the words they share)."""

from __future__ import annotations

import re

# ---- the letter of a multiple-choice answer ------------------------------------------------------------------------

# "Answer: B", "the answer is **(b)**"; a lower-case letter only where it cannot be the article "a".
_EXPLICIT = re.compile(
    r"(?i:answer)(?:\s+(?i:is))?\s*(?:[:\-]\s*)?[*_(\[\s]*(?:(?i:option)\s+)?(?:([A-Z])\b|([a-z])(?=[).:*\]]|\s*$))"
)
_ALONE = re.compile(r"^\W*([A-Z])\W*$")
_LEADING = re.compile(r"^\W*([A-Z])\s*[).:]\s")
_LISTED = re.compile(r"^\W*([A-Z])\s*[).:]\s", re.MULTILINE)
_MARKED = re.compile(r"\boption\s+([A-Z])\b|\(([A-Z])\)|\*\*([A-Z])\*\*")


def extract_letter(reply: str | None, options: dict[str, str]) -> str | None:
    """The option letter a reply chooses, or None when the reply does not say one clearly.

    In order: the last "Answer: X" / "the answer is X"; a reply that is only a letter; a reply starting "X)" or
    "X:", unless it lists options line by line (it chose none by that); a single letter marked as "option X", "(X)"
    or "**X**"; the text of exactly one option. A reasoning model's thinking (up to `</think>`) is not read."""
    text = (reply or "").rsplit("</think>", 1)[-1].strip()
    if not text:
        return None
    explicit = [(match.group(1) or match.group(2)).upper() for match in _EXPLICIT.finditer(text)]
    explicit = [letter for letter in explicit if letter in options]
    if explicit:
        return explicit[-1]
    # A reply that lists options line by line ("A: ...\nB: ...") starts with a letter it did not choose.
    listed = {letter for letter in _LISTED.findall(text) if letter in options}
    patterns = (_ALONE, _LEADING) if len(listed) < 2 else (_ALONE,)
    for pattern in patterns:
        match = pattern.match(text)
        if match and match.group(1) in options:
            return match.group(1)
    marked = {letter for match in _MARKED.finditer(text) for letter in match.groups() if letter in options}
    if len(marked) == 1:
        return marked.pop()
    lowered = text.lower()
    named = [letter for letter, option in options.items() if option.strip() and option.strip().lower() in lowered]
    return named[0] if len(named) == 1 else None


# ---- does a report cover a point? -----------------------------------------------------------------------------------

# Words that say nothing about which hazard a point is: a report sharing only these covers nothing.
# fmt: off
GENERIC_WORDS = frozenset(
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "from", "with", "without", "as",
        "is", "are", "was", "be", "been", "being", "it", "its", "this", "that", "these", "those", "their", "they",
        "can", "could", "may", "might", "will", "would", "should", "not", "no", "into", "due", "lead", "leads",
        "leading", "led", "cause", "causes", "causing", "caused", "result", "results", "resulting", "risk", "risks",
        "potential", "potentially", "possible", "possibly", "increase", "increases", "increased", "increasing",
        "hazard", "hazards", "hazardous", "safety", "safe", "unsafe", "lab", "laboratory", "improper", "improperly",
        "proper", "properly", "failure", "failing", "fail", "fails", "use", "using", "used", "during", "when",
        "which", "who", "if", "than", "more", "less", "such", "other", "any", "all", "some", "also", "there",
        "harm", "harmful", "issue", "issues", "likely", "incident", "incidents",
    }
)
# fmt: on
MIN_SHARED_PREFIX = 5
COVERAGE_SHARE = 0.5


def content_words(text: str) -> set[str]:
    return {word for word in re.findall(r"[a-z0-9]+", text.lower()) if word not in GENERIC_WORDS and len(word) > 1}


def same_word(first: str, second: str) -> bool:
    """Equal, a plural of the other, or sharing their first five letters at least (ignition, ignite)."""
    if first == second or first.rstrip("s") == second.rstrip("s"):
        return True
    shortest = min(len(first), len(second))
    return shortest >= MIN_SHARED_PREFIX and first[:MIN_SHARED_PREFIX] == second[:MIN_SHARED_PREFIX]


def _found(word: str, words: set[str]) -> bool:
    return word in words or any(same_word(word, other) for other in words)


def covers(report: str, point: str, context: str = "") -> bool:
    """Whether `report` covers `point`: it has at least half of the point's content words, and, where the point
    says something the `context` (what the agent was shown) does not, one of those new words too, so a report
    that repeats the scenario back covers little."""
    wanted = content_words(point)
    if not wanted:
        return False
    said = content_words(report)
    shown = content_words(context)
    found = {word for word in wanted if _found(word, said)}
    new = {word for word in wanted if not _found(word, shown)}
    return len(found) >= COVERAGE_SHARE * len(wanted) and (not new or bool(found & new))
