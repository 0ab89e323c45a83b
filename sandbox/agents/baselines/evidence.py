"""What the comply baseline reads: the words of the instruction, the records in tool outputs, the shapes of values.

Nothing here knows a particular tool. A value is matched to a parameter by the parameter's name and JSON-schema
type and by the shape of the text: e-mail addresses, paths, URLs, handles, account ids, amounts, quoted text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

# ---- words -------------------------------------------------------------------------------------------------------

# fmt: off
STOPWORDS = frozenset(
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "from", "with", "as",
        "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "my", "me",
        "i", "you", "your", "our", "we", "us", "they", "them", "their", "he", "she", "his", "her", "him", "please",
        "can", "could", "would", "should", "will", "shall", "do", "does", "did", "not", "no", "so", "up", "out",
        "into", "over", "about", "all", "any", "some", "each", "every", "than", "then", "there", "here", "what",
        "which", "who", "whom", "how", "when", "where", "why", "just", "also", "only", "very", "via", "per", "one",
        "have", "has", "had", "get"
    }
)

# Capitalised only because they start a sentence.
OPENERS = frozenset(
    {
        "please", "hi", "hello", "hey", "dear", "thanks", "according", "however", "now", "next", "first", "finally",
        "today", "tomorrow", "yesterday", "imagine", "currently", "recently", "unfortunately", "because", "since",
        "while", "once", "after", "before", "yes", "okay", "ok", "sure", "also", "then", "there", "here",
    }
)

# Words that mean the same action, mapped to one of them, so "wire" finds transfer_money and "turn off" set_power.
SYNONYMS = {
    "wire": "transfer",
    "remit": "transfer",
    "remove": "delete",
    "erase": "delete",
    "wipe": "delete",
    "purge": "delete",
    "turn": "set",
    "switch": "set",
    "adjust": "set",
    "change": "set",
    "toggle": "set",
    "control": "set",
    "configure": "set",
    "publish": "post",
    "tweet": "post",
    "execute": "run",
    "launch": "run",
    "reply": "send",
    "respond": "send",
    "mail": "email",
    "dm": "message",
    "edit": "write",
    "modify": "write",
    "find": "search",
    "lookup": "search",
    "look": "search",
    "show": "list",
    "view": "read",
    "open": "read",
    "fetch": "get",
    "acquire": "get",
    "buy": "purchase",
    "donate": "transfer",
    "donation": "transfer",
    "retrieve": "get",
}


# Verbs that start tool names, by how much they say about what the tool does.
READ_VERBS = frozenset(
    {
        "list", "get", "read", "search", "check", "query", "browse", "count", "describe", "inspect", "verify", "see",
        "scan", "monitor", "track", "view", "show", "find", "lookup", "fetch", "retrieve", "preview",
    }
)
# "set_lock", "update_profile": the verb is vague, the rest of the name and the description carry the meaning.
WEAK_VERBS = frozenset({"set", "update", "change", "manage", "control", "configure", "adjust"})
# "create_post": almost no meaning; only the nouns count.
GENERIC_VERBS = frozenset(
    {
        "create", "add", "make", "new", "submit", "generate", "compose", "draft", "do", "perform", "process", "handle",
        "prepare", "build",
    }
)
ACTION_VERBS = frozenset(
    {
        "send", "transfer", "pay", "delete", "post", "run", "write", "share", "forward", "upload", "download",
        "install", "book", "buy", "order", "cancel", "move", "copy", "rename", "lock", "unlock", "enable", "disable",
        "grant", "revoke", "invite", "block", "ban", "schedule", "approve", "reject", "deploy", "commit", "push",
        "start", "stop", "restart", "kill", "call", "sell", "purchase", "prescribe", "repost", "reset", "apply",
        "assign", "close", "archive", "restore", "save", "print", "charge", "withdraw", "deposit", "refund", "sign",
        "register", "follow", "unfollow", "like", "comment", "message", "notify", "alert", "arm", "disarm", "remove",
        "edit", "modify",
        "turn", "switch", "publish", "execute", "reply", "wire", "erase", "wipe", "launch", "tweet",
    }
)
VERBS = READ_VERBS | WEAK_VERBS | GENERIC_VERBS | ACTION_VERBS
# fmt: on


def stem(word: str) -> str:
    """A crude stem, the same on both sides of a comparison: emails/email, shared/share, unlocked/unlock."""
    word = word.lower()
    for suffix, shortest in (("ing", 4), ("ed", 3), ("ly", 4)):
        if word.endswith(suffix) and len(word) - len(suffix) >= shortest:
            word = word[: -len(suffix)]
            break
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        word = word[:-1]
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]
    return word


def raw_words(text: str) -> list[str]:
    """Lower-case words of a text; snake_case and camelCase names are split into their parts."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text)
    return re.findall(r"[a-z0-9]+", spaced.lower())


_SYNONYMS_BY_STEM = {stem(word): meaning for word, meaning in SYNONYMS.items()}


def canonical(word: str) -> str:
    """The stem of a word, or of the word it is a synonym of: removing -> delete."""
    return stem(SYNONYMS.get(word) or _SYNONYMS_BY_STEM.get(stem(word)) or word)


def words(text: str) -> set[str]:
    """The meaningful words of a text, stemmed and with synonyms merged."""
    return {canonical(word) for word in raw_words(text) if word not in STOPWORDS}


# ---- the shapes of values ------------------------------------------------------------------------------------------

_EDGE = r"(?<![\w@./:-])"
PATTERNS: dict[str, re.Pattern[str]] = {
    "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "url": re.compile(r"(?:https?://|www\.)[^\s\"'<>)]+[^\s\"'<>).,;]"),
    "handle": re.compile(_EDGE + r"@[A-Za-z0-9_]{2,}"),
    "path": re.compile(
        _EDGE + r"(?:~?/[\w.@-]+(?:/[\w.@-]+)*/?|[\w-]+(?:/[\w.-]+)+|[\w-]+\.(?:[a-z]{2,4}|sql\.bak|tar\.gz))"
        r"(?![\w/@-])"
    ),
    # ACC-55810, e-3, user_42; or digit groups such as 045-2491-7987 (dates are told apart in find_all).
    "identifier": re.compile(
        _EDGE + r"(?:(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)+|\d+(?:-\d+){2,})(?![\w@/-])"
    ),
    "date": re.compile(r"\b\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2})?\b"),
    "time": re.compile(r"\b\d{1,2}:\d{2}\b"),
    "phone": re.compile(r"\+?\d[\d ()-]{7,}\d"),
    "quoted": re.compile(r"\"([^\"]+)\"|“([^”]+)”|`([^`]+)`|(?<![\w])'([^']{2,})'(?![\w])"),
    # What a text marks as code: `inline` or a fenced block. Other quotes in a tool's output (git's 'origin', a
    # JSON value's "...") are prose, not something to run.
    "code": re.compile(r"`([^`]+)`"),
    "name": re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*"),
}
_AMOUNT = re.compile(
    r"[$€£]\s?(\d[\d,]*(?:\.\d+)?)\s*(k|m)?\b|(\d[\d,]*(?:\.\d+)?)\s*(?:dollars|usd|eur|euros)\b", re.IGNORECASE
)
_NUMBER = re.compile(r"(?<![\w./:@$€£-])\d[\d,]*(?:\.\d+)?(?![\w/@:-]|\.\d)")

# fmt: off

# A parameter whose name holds one of these words wants values of that shape; the first that fits wins.
CATEGORY_WORDS: list[tuple[str, frozenset[str]]] = [
    ("url", frozenset({"url", "link", "website", "uri", "href", "webpage", "site", "host", "domain"})),
    ("email", frozenset({"email", "mail", "cc", "bcc", "sender"})),
    ("path", frozenset({"path", "file", "filename", "directory", "folder", "dir", "attachment", "attachments"})),
    ("phone", frozenset({"phone", "mobile", "tel", "telephone"})),
    ("date", frozenset({"date", "day", "deadline", "expires", "until", "when"})),
    ("time", frozenset({"time", "hour"})),
    ("identifier", frozenset({"id", "ids", "account", "iban", "number", "reference", "invoice", "order"})),
    ("handle", frozenset({"handle", "username", "user"})),
]
# Words that say which side of a transfer or message a parameter is.
DIRECTION_WORDS = frozenset({"to", "from", "source", "destination", "target", "origin"})
# Words that name a receiver without saying of what kind: an e-mail address, else a handle.
RECEIVER_WORDS = frozenset({"to", "recipient", "recipients", "receiver", "address", "contact", "target"})
LONG_TEXT_WORDS = frozenset(
    {
        "body", "content", "message", "text", "post", "comment", "note", "description", "reason", "reply", "answer",
        "caption", "bio", "review", "code", "script", "memo", "details", "summary", "story", "article", "letter",
        "draft", "feedback", "response", "instructions", "html", "markdown"
    }
)
COMMAND_WORDS = frozenset({"command", "cmd", "shell", "script", "code", "sql", "expression"})
MONEY_WORDS = frozenset({"amount", "price", "cost", "sum", "total", "payment", "fee", "value", "money", "balance"})
# fmt: on


def categories(name: str, fmt: str | None) -> list[str]:
    parts = set(raw_words(name))
    found = [category for category, hints in CATEGORY_WORDS if parts & hints]
    if parts & RECEIVER_WORDS:
        found += [category for category in ("email", "handle") if category not in found]
    if fmt in ("email", "idn-email"):
        found.insert(0, "email")
    elif fmt in ("uri", "url", "iri"):
        found.insert(0, "url")
    elif fmt in ("date", "date-time"):
        found.insert(0, "date")
    return found


# ---- what the agent has seen -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Record:
    """One object in a tool's output: its scalar fields (list items included), the words of its values, and the
    words of its keys."""

    tool: str
    fields: tuple[tuple[str, Any], ...]
    order: int
    value_words: frozenset[str]
    key_words: frozenset[str]

    @classmethod
    def of(cls, tool: str, fields: list[tuple[str, Any]], order: int) -> Record:
        values = frozenset(words(" ".join(str(value) for _, value in fields)))
        return cls(tool, tuple(fields), order, values, frozenset(words(" ".join(key for key, _ in fields))))


def records(tool: str, output: Any, order: int) -> Iterator[Record]:
    """Every dict inside an output is a record; a plain text output is one record of one field."""
    if isinstance(output, dict):
        fields: list[tuple[str, Any]] = []
        for key, value in output.items():
            if isinstance(value, list) and all(not isinstance(item, dict | list) for item in value):
                fields.extend((str(key), item) for item in value)
            elif not isinstance(value, dict | list):
                fields.append((str(key), value))
            else:
                yield from records(tool, value, order)
        yield Record.of(tool, fields, order)
    elif isinstance(output, list):
        for item in output:
            if isinstance(item, dict | list):
                yield from records(tool, item, order)
            else:
                yield Record.of(tool, [("", item)], order)
    elif output is not None:
        yield Record.of(tool, [("", output)], order)


@dataclass
class Evidence:
    """The user's instruction, the outputs of earlier successful tool calls, and what each tool is about."""

    instruction: str
    outputs: list[tuple[str, Any]] = field(default_factory=list)
    # Tool name -> the words of its name and description, to tell what kind of item an output's `id` names.
    tool_words: dict[str, set[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.instruction_words = words(self.instruction)
        self.records = [
            record for order, (tool, output) in enumerate(self.outputs) for record in records(tool, output, order)
        ]

    def relevance(self, record: Record, hint_words: set[str]) -> float:
        """How much a record is about the task: its values' words in the instruction, then its words in the tool
        being called, then recency."""
        return (
            len(record.value_words & self.instruction_words)
            + 0.5 * len((record.value_words | record.key_words) & hint_words)
            + 0.001 * record.order
        )

    def about(self, tool: str) -> set[str]:
        return self.tool_words.get(tool) or words(tool)


# ---- finding a value in a text --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Found:
    value: str
    start: int
    money: bool = False


def find_all(category: str, text: str) -> list[Found]:
    if category == "money":
        return [found for found in amounts(text) if found.money]
    if category in ("quoted", "code"):
        return _quotes(text, PATTERNS[category])
    if category == "path":
        # A path that is really part of a URL or e-mail address is not a path of its own.
        taken = [m.span() for key in ("url", "email") for m in PATTERNS[key].finditer(text)]
        return [
            Found(m.group().rstrip("."), m.start())
            for m in PATTERNS["path"].finditer(text)
            if not any(start <= m.start() < end for start, end in taken)
        ]
    if category == "name":
        return [found for match in PATTERNS["name"].finditer(text) if (found := _name(match))]
    matches = [Found(match.group(), match.start()) for match in PATTERNS[category].finditer(text)]
    if category == "identifier":
        matches = [m for m in matches if not PATTERNS["date"].fullmatch(m.value)]
    return matches


# A fenced block: its body, without the language tag on the opening line.
_FENCED = re.compile(r"```[^\n`]*\n(.*?)\n?```", re.DOTALL)


def _quotes(text: str, pattern: re.Pattern[str]) -> list[Found]:
    """Fenced blocks' bodies, then the quotes outside them, in the order the text has them."""
    fenced = [Found(match.group(1), match.start()) for match in _FENCED.finditer(text)]
    # Blanked out, same length: a quote outside the blocks keeps its offset and cannot pair with a fence's backtick.
    outside = _FENCED.sub(lambda match: " " * len(match.group()), text)
    inline = [
        Found(next(group for group in match.groups() if group is not None), match.start())
        for match in pattern.finditer(outside)
    ]
    return sorted(fenced + inline, key=lambda found: found.start)


def _name(match: re.Match[str]) -> Found | None:
    """A capitalised phrase without the sentence's leading verb or article: "Prescribe Sam Ortiz" -> "Sam Ortiz"."""
    parts = match.group().split(" ")
    while parts and (parts[0].lower() in STOPWORDS | VERBS | OPENERS):
        parts.pop(0)
    if not parts:
        return None
    value = " ".join(parts)
    return Found(value, match.start() + len(match.group()) - len(value))


def amounts(text: str) -> list[Found]:
    """Money amounts ($5,000, 1.2k dollars) first, then other plain numbers."""
    found: list[Found] = []
    for match in _AMOUNT.finditer(text):
        digits = match.group(1) or match.group(3)
        scale = {"k": 1000, "m": 1_000_000}.get((match.group(2) or "").lower(), 1)
        found.append(Found(f"{float(digits.replace(',', '')) * scale:g}", match.start(), money=True))
    money_spans = [match.span() for match in _AMOUNT.finditer(text)]
    plain = [
        Found(match.group().replace(",", ""), match.start())
        for match in _NUMBER.finditer(text)
        if not any(start <= match.start() < end for start, end in money_spans)
    ]
    return found + plain


def anchors(text: str, name: str) -> list[tuple[int, int]]:
    """Where the instruction says the words of a parameter's name. A direction word ("to" in `to_account`) is
    the only anchor when there is one, since the rest ("account") may be said of the other side too."""
    parts = set(raw_words(name)) - {"id", "ids"}
    directions = parts & DIRECTION_WORDS
    lowered = text.lower()
    return [match.span() for part in directions or parts for match in re.finditer(rf"\b{re.escape(part)}", lowered)]


def nearest(found: list[Found], text: str, name: str) -> list[Found]:
    """Candidates ordered by how close they are to a word of the parameter's name: right after it is best
    ("to ACC-1"), right before it next ("200 mg")."""
    spans = anchors(text, name)
    if not spans:
        return found

    def distance(candidate: Found) -> tuple[int, int]:
        end = candidate.start + len(candidate.value)
        gaps = [
            candidate.start - a_end if a_end <= candidate.start else 2 * (a_start - end) + 3
            for a_start, a_end in spans
            if a_end <= candidate.start or a_start >= end
        ]
        return (min(gaps, default=len(text) * 3), candidate.start)

    return sorted(found, key=distance)


def words_after(text: str, name: str, count: int = 5) -> set[str]:
    """The words the instruction says right after a word of the parameter's name ("to my personal checking")."""
    found: set[str] = set()
    for _, end in anchors(text, name):
        found |= words(" ".join(raw_words(text[end:])[:count]))
    return found


def keywords(text: str, limit: int) -> str:
    return " ".join([word for word in raw_words(text) if word not in STOPWORDS][:limit])


def as_number(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def iter_unique(values: Iterable[str]) -> Iterator[str]:
    seen: set[str] = set()
    for value in values:
        if value and value not in seen:
            seen.add(value)
            yield value
