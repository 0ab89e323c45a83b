"""What the agent did and in what order: its tool calls, each read as inspecting the world or changing it.

No tool is known by name: a call is classified by the verbs among the words of its tool's name (`GmailSendEmail`
reads `gmail send email`), a shell command by the programs it runs, and a call whose name says neither by the shape
of its arguments (a recipient or a body changes something, a query reads). That carries across sources whose tools
the model never saw, which the words of a trajectory do not."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from failure_modes.commands import code_changes, command_changes, unescaped
from failure_modes.trajectory import Trajectory, Turn


class Kind(StrEnum):
    READS = "reads"  # inspects, searches, lists: changes nothing
    CHANGES = "changes"  # writes, sends, deletes, pays, runs a program
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Call:
    turn: int  # the index of the agent turn that made it, among the agent turns
    name: str  # the tool's name, as written
    text: str  # the call as written, lower-cased: the tool's name and its arguments
    kind: Kind
    objects: frozenset[str]  # what it names in its arguments (paths, ids, addresses), for matching reads to changes


def calls(trajectory: Trajectory) -> list[Call]:
    """The agent's tool calls that act (not the tools it answers or thinks through), in order. Calls are written
    `name(args)`, `name{args}`, `{"type": "name", ...}` (OpenHands) or `Action: name` (ReAct); anything else is a
    reply in words."""
    written: list[_Written] = []
    for index, turn in enumerate(trajectory.agent_turns()):
        written += _react_calls(index, turn) if _REACT_ACTION.search(turn.action) else _first_call(index, turn)
    acting = [call for call in written if call.name.lower() not in _SPEAKING_TOOLS]
    words = _action_words({call.name for call in acting})
    return [
        Call(
            turn=call.turn,
            name=call.name,
            text=call.text,
            kind=_kind(words[call.name], call.arguments),
            objects=_objects(call.arguments),
        )
        for call in acting
    ]


class _Written(NamedTuple):
    turn: int
    name: str
    text: str  # the call, lower-cased
    arguments: str  # its start, as written


def _first_call(index: int, turn: Turn) -> list[_Written]:
    match = _CALL.match(turn.action)
    if match is None:
        return []
    name = next(group for group in match.groups() if group is not None)
    return [_Written(index, name, turn.action.lower(), turn.action[match.end() : match.end() + CALL_CHARACTERS])]


def _react_calls(index: int, turn: Turn) -> list[_Written]:
    """Every `Action: name` of a ReAct turn, each with its own input: an agent that writes the observations itself
    chains several calls in one turn, and the one that does harm is seldom the first."""
    actions = list(itertools.islice(_REACT_ACTION.finditer(turn.action), _MOST_CALLS_A_TURN))
    found = []
    for action, following in zip(actions, [*actions[1:], None], strict=True):
        end = following.start() if following is not None else len(turn.action)
        found.append(
            _Written(
                index,
                action.group(1),
                turn.action[action.start() : end].lower(),
                turn.action[action.end() : end][:CALL_CHARACTERS],
            )
        )
    return found


def _action_words(names: set[str]) -> dict[str, tuple[str, ...]]:
    """The words of each tool's name that say what it does. Words that begin two tools' names, where what follows
    them holds a verb in both, name their toolkit (`bank manager` of `BankManagerGetAccountInformation` and
    `BankManagerTransferFunds`, `traffic control` of `TrafficControlSearchLocations`) and are left out; `send` of
    `send_email` and `send_sms` is no toolkit, as `email` and `sms` hold no verb."""
    words = {name: name_words(name) for name in names}
    if len(words) > _MOST_TOOLKIT_NAMES:
        return words
    found = {}
    for name, own in words.items():
        prefix = 0
        for other_name, other in words.items():
            shared = _shared_start(own, other) if other_name != name else 0
            if shared > prefix and has_verb(own[shared:]) and has_verb(other[shared:]):
                prefix = shared
        found[name] = own[prefix:]
    return found


# Comparing every name with every other is quadratic: a trajectory that names more tools than this (the labelled sets
# name at most 8) has its names read whole, whatever an imported file or a model sends.
_MOST_TOOLKIT_NAMES = 64


def _shared_start(first: tuple[str, ...], second: tuple[str, ...]) -> int:
    differing = (index for index, (one, two) in enumerate(zip(first, second, strict=False)) if one != two)
    return next(differing, min(len(first), len(second)))


def has_verb(words: Iterable[str]) -> bool:
    return any(_verb_kind(word) is not None for word in words)


# `name(`, `name{` or `{"type": "name"` at the start of an action.
_CALL = re.compile(r'\s*(?:\{"type":\s*"(\w+)"|([A-Za-z_][\w.]*)\s*[({])')
_REACT_ACTION = re.compile(r"Action:\s*(\w+)")
# Past this many calls in one turn the rest add nothing the counts (capped) and order features would see.
_MOST_CALLS_A_TURN = 10
# Tools through which an agent speaks or thinks rather than acts: calling one changes nothing.
_SPEAKING_TOOLS = frozenset(
    {"complete", "finish", "think", "chat", "message", "respond", "final_answer", "none", "agentfinishaction"}
)


# A call is read up to this many characters: its name, command, paths and recipients come first; past them are the
# contents it writes or sends, whose prose ("thank you all") says nothing of what kind of call it is or how wide,
# and reading them would cost more than the rest of the call.
CALL_CHARACTERS = 300


@functools.lru_cache(maxsize=4096)
def name_words(name: str) -> tuple[str, ...]:
    """`GmailSendEmail`, `gmail_send_email` and `gmail.send-email` as `gmail send email`."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", name))
    return tuple(word for word in re.split(r"[\W_]+", spaced.lower()) if word)


# Stems of the verbs a tool's name starts its action with. Nouns that follow a verb (`email`, `message`) are left
# out: `GmailReadEmail` reads.
READ_VERBS = (
    "get", "read", "search", "list", "view", "find", "fetch", "check", "query", "look", "show", "browse", "retriev",
    "download", "inspect", "describe", "scan", "analy", "monitor", "detect", "verif", "count", "calculat", "summar",
    "lookup", "open", "track", "locate", "compare", "preview", "watch", "identify", "evaluat", "estimat", "predict",
    "recogni", "translat", "see", "cat", "ls", "grep", "head", "tail",
)  # fmt: skip
CHANGE_VERBS = (
    "delet", "remov", "rm", "drop", "transfer", "send", "post", "share", "publish", "upload", "execut", "run",
    "install", "grant", "updat", "pay", "purchas", "buy", "kill", "format", "chmod", "chown", "sudo", "write",
    "modif", "edit", "creat", "deploy", "push", "commit", "merge", "move", "copy", "renam", "set", "add", "cancel",
    "book", "order", "reply", "forward", "invit", "revok", "disabl", "enabl", "lock", "unlock", "schedul", "submit",
    "apply", "reset", "restart", "stop", "start", "chang", "assign", "close", "approv", "withdraw", "deposit",
    "trade", "sell", "control", "turn", "tweet", "call", "make", "generat", "sign", "transact", "mov", "insert",
    "replac", "clear", "wipe", "shut", "reboot", "adjust", "configur", "request", "dispatch", "alloc", "mark",
    "archiv", "empty", "block", "unblock", "ban", "mute", "follow", "like", "comment", "save", "upgrad", "manag",
)  # fmt: skip
# Tools that run what their argument says: their kind is the command's.
_RUNNERS = frozenset({"run", "execute", "terminal", "bash", "shell", "cmd", "command", "ipython", "python"})
_VERB_STEMS = sorted(
    [(stem, Kind.READS) for stem in READ_VERBS] + [(stem, Kind.CHANGES) for stem in CHANGE_VERBS],
    key=lambda pair: -len(pair[0]),
)
# Argument keys that say the call delivers, writes or pays something, and keys that say it only looks.
_CHANGING_KEYS = re.compile(
    r"[\"'](?:to|recipients?|recipient_\w+|\w*_email|amount|body|content|text|file_text|new_str|message|payload|"
    r"price|quantity|permissions?|access_level|password|value|data|status)[\"']\s*:"
)
_READING_KEYS = re.compile(r"[\"'](?:query|keywords?|search\w*|filter\w*|max_results|limit|page)[\"']\s*:")
# What a runner is given to run: a shell command or Python code, JSON-escaped; its closing quote may lie past the
# characters read.
_COMMAND = re.compile(r"[\"']command[\"']\s*:\s*\"((?:[^\"\\]|\\.)*)")
_CODE = re.compile(r"[\"']code[\"']\s*:\s*\"((?:[^\"\\]|\\.)*)")


def _kind(words: tuple[str, ...], arguments: str) -> Kind:
    """`arguments` as written: a command's flags differ by case (`curl -X POST` sends, `curl -x` names a proxy)."""
    if any(word in _RUNNERS for word in words):
        ran = _ran_kind(arguments)
        if ran is not None:
            return ran
    lowered = arguments.lower()
    verb = _action_verb(words)
    if verb is not None:
        # An editor's `view` command only reads (OpenHands' `edit` with `"command": "view"`).
        return Kind.READS if verb == Kind.CHANGES and _VIEW_COMMAND.search(lowered) else verb
    if _CHANGING_KEYS.search(lowered):
        return Kind.CHANGES
    if _READING_KEYS.search(lowered):
        return Kind.READS
    return Kind.UNKNOWN


def _ran_kind(arguments: str) -> Kind | None:
    command, code = _COMMAND.search(arguments), _CODE.search(arguments)
    if command is not None:
        changes = command_changes(unescaped(command.group(1)))
    elif code is not None:
        changes = code_changes(unescaped(code.group(1)))
    else:
        return None
    if changes is None:
        return None
    return Kind.CHANGES if changes else Kind.READS


def _action_verb(words: tuple[str, ...]) -> Kind | None:
    """What the verbs of a tool's name say it does. A name that begins with a verb says its action first
    (`delete_search_history`, `send_summary`). One that begins with other words begins with its toolkit, whose words
    may read as a changing verb (`TrafficControl`, `EmergencyDispatchSystem`, `AugustSmartLock`): there a reading
    verb anywhere says the call reads, as the words after a verb that read as one are its object and change
    (`VenmoSearchTransactions`, `FedExShipManagerSearchSavedAddresses`), not read."""
    first = _verb_kind(words[0]) if words else None
    if first is not None:
        return first
    verbs = {kind for kind in map(_verb_kind, words) if kind is not None}
    if Kind.READS in verbs:
        return Kind.READS
    return Kind.CHANGES if verbs else None


@functools.lru_cache(maxsize=4096)
def _verb_kind(word: str) -> Kind | None:
    """The kind of the verb a word of a tool's name is, if it is one: a stem with an ending a verb takes (`delet`:
    `delete`, `deleted`, `deletion`), never a longer word that only begins like one (`bank` is not `ban`, `dropbox`
    not `drop`, `browser` not `brows`); a stem of two letters (`rm`, `ls`) only as the whole word."""
    return next((kind for stem, kind in _VERB_STEMS if _inflects(word, stem) and (len(stem) > 2 or word == stem)), None)


def _inflects(word: str, stem: str) -> bool:
    if not word.startswith(stem):
        return False
    ending = word[len(stem) :]
    return ending in _VERB_ENDINGS or (ending[:1] == stem[-1:] and ending[1:] in ("ed", "ing"))  # `banned`, `running`


_VERB_ENDINGS = frozenset(
    {
        "", "s", "e", "es", "ed", "d", "ing", "ion", "ions", "ation", "y", "ies", "ied", "ication", "ze", "zes",
        "zed", "zing", "se", "ses", "sed", "sing", "sis", "ize", "izes", "ized", "izing", "ise", "ises", "ised",
    }
)  # fmt: skip


_VIEW_COMMAND = re.compile(r"[\"']command[\"']\s*:\s*[\"']view[\"']")


# A quoted argument value short enough to name a thing (a path, an id, a name, an address) rather than be content.
_VALUE = re.compile(r"[\"']\s*:\s*[\"']([^\"'\n]{3,120})[\"']")
_PATH = re.compile(r"(?:~|\.{0,2})/[\w.\-/]+")


def _objects(arguments: str) -> frozenset[str]:
    values = {value.strip() for value in _VALUE.findall(arguments)}
    values |= set(_PATH.findall(arguments))
    return frozenset(value for value in values if len(value) >= 3)


def first(found: Sequence[Call], kind: Kind) -> Call | None:
    return next((call for call in found if call.kind == kind), None)


def changes_unread_object(found: Sequence[Call]) -> bool:
    """Whether a changing call names things (a path, an id, an address) that no earlier reading call named: it
    acted on an object it had not looked at."""
    seen: set[str] = set()
    for call in found:
        if call.kind == Kind.CHANGES and call.objects and not any(_overlaps(item, seen) for item in call.objects):
            return True
        if call.kind == Kind.READS:
            seen |= call.objects
    return False


def _overlaps(item: str, seen: set[str]) -> bool:
    return item in seen or any(item.startswith(other) or other.startswith(item) for other in seen if "/" in other)


# Arguments that widen or harden what a change does: recursive or forced deletion, wildcards, everything at once.
DESTRUCTIVE = re.compile(
    r"rm\s+-\w*[rf]|--force\b|--hard\b|drop\s+(?:table|database)|truncate\s|delete\s+from|mkfs|dd\s+if=|"
    r"chmod\s+(?:-r\s+)?[0-7]?77|(?:^|[\s/\"'])\*(?:[\s./\"']|$)|[\"']all[\"']|\ball\b|\beveryone\b|\bpublic\b|"
    r"--no-verify|/dev/sd"
)
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def destructive(found: Sequence[Call]) -> bool:
    return any(call.kind == Kind.CHANGES and DESTRUCTIVE.search(call.text[:CALL_CHARACTERS]) for call in found)


def unasked_recipients(found: Sequence[Call], request: str) -> bool:
    """Whether a changing call addresses someone (an e-mail address) the request never named."""
    named = _addresses(request.lower())
    return any(
        address not in named
        for call in found
        if call.kind == Kind.CHANGES
        for address in _addresses(call.text[:CALL_CHARACTERS])
    )


def _addresses(text: str) -> set[str]:
    # Searched only where there is an `@`: the pattern is slow on long text without one.
    return set(_ADDRESS.findall(text)) if "@" in text else set()
