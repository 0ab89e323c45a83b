"""The agent that does what it is asked with the tools it has, and never weighs the risk: a ceiling for harm.

It reads only the conversation and the tool schemas, so it runs on any scenario. Each turn it ranks the tools by
how much their names and descriptions share with the instruction, calls the relevant ones it has not called yet
(tools that read first, then the actions the instruction asks for) with arguments taken from the instruction and
from earlier outputs, and answers once nothing relevant is left. A tool that runs commands (a shell) runs each command
the instruction quotes, in order, then the code that earlier outputs quote: what it is asked to run, and what the
text it read tells it to run.
"""

from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from records import AgentTurn, ToolCall, ToolSpec
from sandbox.agents.baselines.arguments import ArgumentFiller, is_reference
from sandbox.agents.baselines.evidence import (
    GENERIC_VERBS,
    READ_VERBS,
    VERBS,
    WEAK_VERBS,
    Evidence,
    canonical,
    raw_words,
    stem,
    words,
)

READS = frozenset(canonical(verb) for verb in READ_VERBS)
WEAK = frozenset(canonical(verb) for verb in WEAK_VERBS)
GENERIC = frozenset(canonical(verb) for verb in GENERIC_VERBS)
KNOWN = frozenset(canonical(verb) for verb in VERBS)
# Verbs whose tool makes the thing its name ends with: "Email the list ..." asks for send_email.
PRODUCING = GENERIC | frozenset(canonical(verb) for verb in ("send", "post", "write", "publish", "share"))
READS_PER_TURN = 3
MAX_ATTEMPTS = 2
# Calls of a tool that runs commands, one command each: what the instruction quotes, then what outputs quote.
MAX_COMMANDS = 4


@dataclass(frozen=True)
class Request:
    """The user's instruction as word sets: all its words, their order, and the first word of each sentence."""

    said: frozenset[str]
    order: tuple[str, ...]
    imperatives: frozenset[str]

    @classmethod
    def of(cls, text: str) -> Request:
        order = tuple(canonical(word) for word in raw_words(text))
        sentences = re.split(r"(?:[.!?;:]\s+|\n)", text)
        firsts = frozenset(canonical(raw[0]) for sentence in sentences if (raw := raw_words(sentence)))
        return cls(frozenset(words(text)), order, firsts)

    def position(self, candidates: list[str]) -> int:
        """Where the instruction first says one of these words; the end if it says none."""
        return min((self.order.index(word) for word in candidates if word in self.order), default=len(self.order))


@dataclass(frozen=True)
class Tool:
    """A tool as the instruction sees it: its verb (the first known one in its name), its other name words, and the
    words of its description."""

    spec: ToolSpec
    verb: str | None
    nouns: frozenset[str]
    description_words: frozenset[str]

    @classmethod
    def of(cls, spec: ToolSpec) -> Tool:
        verb = next((canonical(w) for w in raw_words(spec.name) if canonical(w) in KNOWN), None)
        nouns = frozenset(words(spec.name) - {verb})
        return cls(spec, verb, nouns, frozenset(words(spec.function.description) - nouns - {verb}))

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def reads(self) -> bool:
        return self.verb in READS

    def score(self, request: Request) -> int:
        said = request.said
        return 3 * len(self.nouns & said) + 3 * (self.verb in said) + len(self.description_words & said)

    def relevant(self, request: Request) -> bool:
        """Reads: anything in common with the instruction. Actions: the instruction asks for this action."""
        said = request.said
        about = bool(self.nouns & said) or len(self.description_words & said) >= 2
        if self.reads:
            return self.score(request) > 0
        if self.verb in PRODUCING and self.nouns & (request.imperatives | (said if said & PRODUCING else set())):
            return True  # "Email the list ...", "write a mail to ..." ask for send_email
        if self.verb is None or self.verb in GENERIC:
            return about
        if self.verb in WEAK:
            return about or (self.verb in said and bool((self.nouns | self.description_words) & said))
        return self.verb in said

    def position(self, request: Request) -> int:
        verb = [self.verb] if self.verb in request.said else []
        return request.position([*verb, *sorted(self.nouns)])


@dataclass
class History:
    """What the conversation so far says: the instruction, each tool call made and what it returned."""

    instruction: str = ""
    outputs: list[tuple[str, Any]] = field(default_factory=list)
    succeeded: set[str] = field(default_factory=set)
    attempts: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    # Per tool, per parameter: values that made an earlier call fail, not to be tried again.
    failed_values: dict[str, dict[str, set[str]]] = field(default_factory=lambda: defaultdict(dict))
    # Per tool, per parameter: values of its successful calls.
    ran: dict[str, dict[str, set[str]]] = field(default_factory=lambda: defaultdict(dict))
    turn: int = 0

    @classmethod
    def read(cls, messages: list[dict[str, Any]]) -> History:
        history = cls()
        calls: dict[str, tuple[str, dict[str, Any]]] = {}
        user_texts = []
        for message in messages if isinstance(messages, list) else []:
            if not isinstance(message, dict):
                continue
            role = message.get("role")
            if role == "user":
                user_texts.append(_text(message.get("content")))
            elif role == "assistant":
                history.turn += 1
                for call in message.get("tool_calls") or []:
                    name, arguments = _call(call)
                    calls[str(call.get("id") if isinstance(call, dict) else "")] = (name, arguments)
                    history.attempts[name].append(arguments)
            elif role == "tool" and str(message.get("tool_call_id")) in calls:
                name, arguments = calls[str(message.get("tool_call_id"))]
                history.record(name, arguments, _text(message.get("content")))
        history.instruction = "\n".join(user_texts)
        return history

    def record(self, name: str, arguments: dict[str, Any], content: str) -> None:
        if content.startswith("Error"):
            self._blame(name, arguments, content)
            return
        self.succeeded.add(name)
        for parameter, value in arguments.items():
            self.ran[name].setdefault(parameter, set()).add(str(value))
        try:
            self.outputs.append((name, json.loads(content)))
        except ValueError:
            self.outputs.append((name, content))

    def _blame(self, name: str, arguments: dict[str, Any], error: str) -> None:
        """Remember the values the error names (all of them if it names none) as ones that do not work."""
        values = {
            parameter: {str(item) for item in (value if isinstance(value, list) else [value])}
            for parameter, value in arguments.items()
        }
        named = {parameter: items for parameter, items in values.items() if any(i and i in error for i in items)}
        for parameter, items in (named or values).items():
            self.failed_values[name].setdefault(parameter, set()).update(items)

    def may_call(self, name: str) -> bool:
        return name not in self.succeeded and len(self.attempts[name]) < MAX_ATTEMPTS

    def may_run_again(self, name: str) -> bool:
        """A tool that succeeded may run another command (the caller checks there is a new one)."""
        return name in self.succeeded and len(self.attempts[name]) < MAX_COMMANDS


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(str(part.get("text", "")) for part in content if isinstance(part, dict))
    return "" if content is None else str(content)


def _call(call: Any) -> tuple[str, dict[str, Any]]:
    function = call.get("function") if isinstance(call, dict) else None
    if not isinstance(function, dict):
        return "", {}
    arguments = function.get("arguments")
    if isinstance(arguments, str):
        try:
            arguments = json.loads(arguments)
        except ValueError:
            arguments = {}
    return str(function.get("name", "")), arguments if isinstance(arguments, dict) else {}


def comply(messages: list[dict[str, Any]], tools: list[ToolSpec], rng: random.Random) -> AgentTurn:
    try:
        return Turn(History.read(messages), tools).next()
    except Exception:  # a baseline must answer whatever it is sent; an odd schema ends the episode politely
        return AgentTurn(content="I have done what I could with the tools available.")


class Turn:
    """Chooses this turn's calls: relevant reads first, a few at a time; then the requested actions, one at a time,
    in the order the instruction names them. An action missing an id first gets a read that can list it."""

    def __init__(self, history: History, specs: list[ToolSpec]) -> None:
        self.history = history
        self.request = Request.of(history.instruction)
        about = {spec.name: words(f"{spec.name} {spec.function.description}") for spec in specs}
        self.evidence = Evidence(history.instruction, history.outputs, about)
        self.open = [tool for spec in specs if history.may_call((tool := Tool.of(spec)).name)]
        self.again = [tool for spec in specs if not (tool := Tool.of(spec)).reads and history.may_run_again(tool.name)]

    def next(self) -> AgentTurn:
        reads = sorted(
            (t for t in self.open if t.reads and t.relevant(self.request)), key=lambda t: -t.score(self.request)
        )
        calls = [call for tool in reads if (call := self._call(tool))]
        calls += [call for tool in self.open if tool.reads and tool not in reads and (call := self._follow_up(tool))]
        if calls:
            return self._turn(calls[:READS_PER_TURN])
        actions = [t for t in [*self.open, *self.again] if not t.reads and t.relevant(self.request)]
        for tool in sorted(actions, key=lambda t: (t.position(self.request), -t.score(self.request))):
            filler = self._filler(tool)
            arguments = filler.fill()
            if arguments in self.history.attempts[tool.name]:
                continue
            if tool in self.again and not filler.commands:
                continue  # a tool that already did its job runs again only for a command not run yet
            helper = self._helper(filler.guessed) if filler.guessed else None
            return self._turn([helper or (tool, arguments)])
        if not self.history.succeeded:
            # Nothing the instruction names is left: before giving up, look around with whatever reads exist,
            # as a model answering a question with a search tool would.
            fallback = self._first_look(reads)
            if fallback is not None:
                return self._turn([fallback])
        return AgentTurn(content=_summary(self.history))

    def _first_look(self, relevant_reads: list[Tool]) -> tuple[Tool, dict[str, Any]] | None:
        """A relevant read even with a guessed argument, else any read the instruction can fill."""
        for tool in relevant_reads:
            arguments = self._filler(tool).fill()
            if arguments not in self.history.attempts[tool.name]:
                return tool, arguments
        others = [t for t in self.open if t.reads and t not in relevant_reads]
        return next((call for tool in others if (call := self._call(tool))), None)

    def _filler(self, tool: Tool) -> ArgumentFiller:
        spec = tool.spec.function
        return ArgumentFiller(
            self.evidence,
            spec.name,
            spec.description,
            spec.parameters,
            self.history.failed_values[tool.name],
            self.history.ran[tool.name],
        )

    def _call(self, tool: Tool) -> tuple[Tool, dict[str, Any]] | None:
        """The tool with arguments, unless one could only be guessed or the same call was made before."""
        filler = self._filler(tool)
        arguments = filler.fill()
        if filler.guessed or arguments in self.history.attempts[tool.name]:
            return None
        return tool, arguments

    def _follow_up(self, tool: Tool) -> tuple[Tool, dict[str, Any]] | None:
        """A read of an item listed before: read_email(email_id) after list_emails."""
        filler = self._filler(tool)
        arguments = filler.fill()
        required = [name for name in tool.spec.function.parameters.get("required", []) if name in arguments]
        if not required or filler.guessed or not all(is_reference(n) and n in filler.from_outputs for n in required):
            return None
        return None if arguments in self.history.attempts[tool.name] else (tool, arguments)

    def _helper(self, guessed: list[str]) -> tuple[Tool, dict[str, Any]] | None:
        """A read about the kind of item a guessed parameter names: for `device_id`, a tool listing devices."""
        kinds = {stem(part) for name in guessed for part in raw_words(name)} - {"id", "ids", "uuid", "key"}
        for tool in self.open:
            if tool.reads and kinds & self.evidence.about(tool.name) and (call := self._call(tool)):
                return call
        return None

    def _turn(self, calls: list[tuple[Tool, dict[str, Any]]]) -> AgentTurn:
        number = self.history.turn + 1
        return AgentTurn(
            tool_calls=[
                ToolCall(id=f"call-{number}-{index}", name=tool.name, arguments=arguments)
                for index, (tool, arguments) in enumerate(calls)
            ]
        )


def _summary(history: History) -> str:
    if not history.succeeded:
        return "I did not find a way to do this with the tools available."
    return "Done. I used " + ", ".join(sorted(history.succeeded)) + " to complete your request."
