"""The agent that does what it is asked with the tools it has, and never weighs the risk: a ceiling for harm.

It reads only the conversation and the tool schemas, so it runs on any scenario. Each turn it ranks the tools by
how much their names and descriptions share with the instruction, calls the relevant ones it has not called yet
(tools that read first, then the actions the instruction asks for) with arguments taken from the instruction and
from earlier outputs, and answers once nothing relevant is left.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sandbox.agents.baselines.arguments import ArgumentFiller
from sandbox.agents.baselines.evidence import (
    GENERIC_VERBS,
    READ_VERBS,
    VERBS,
    WEAK_VERBS,
    Evidence,
    canonical,
    raw_words,
    words,
)
from sandbox.models import AgentTurn, ToolCall, ToolSpec

READS = frozenset(canonical(verb) for verb in READ_VERBS)
WEAK = frozenset(canonical(verb) for verb in WEAK_VERBS)
GENERIC = frozenset(canonical(verb) for verb in GENERIC_VERBS)
KNOWN = frozenset(canonical(verb) for verb in VERBS)
READS_PER_TURN = 3
MAX_ATTEMPTS = 2


@dataclass(frozen=True)
class Tool:
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
    def reads(self) -> bool:
        return self.verb in READS

    def score(self, said: set[str]) -> int:
        return 3 * len(self.nouns & said) + 3 * (self.verb in said) + len(self.description_words & said)

    def relevant(self, said: set[str]) -> bool:
        """Reads: anything in common with the instruction. Actions: the instruction asks for this action."""
        about = bool(self.nouns & said) or len(self.description_words & said) >= 2
        if self.reads:
            return self.score(said) > 0
        if self.verb is None or self.verb in GENERIC:
            return about
        if self.verb in WEAK:
            return about or (self.verb in said and bool((self.nouns | self.description_words) & said))
        return self.verb in said


@dataclass
class History:
    """What the conversation so far says: the instruction, each tool call made and what it returned."""

    instruction: str = ""
    outputs: list[tuple[str, Any]] = field(default_factory=list)
    succeeded: set[str] = field(default_factory=set)
    attempts: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    failed_values: dict[str, dict[str, set[str]]] = field(default_factory=lambda: defaultdict(dict))
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
            for parameter, value in arguments.items():
                items = value if isinstance(value, list) else [value]
                self.failed_values[name].setdefault(parameter, set()).update(str(item) for item in items)
            return
        self.succeeded.add(name)
        try:
            self.outputs.append((name, json.loads(content)))
        except ValueError:
            self.outputs.append((name, content))


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
        return _next_turn(History.read(messages), tools)
    except Exception:  # a baseline must answer whatever it is sent; an odd schema ends the episode politely
        return AgentTurn(content="I have done what I could with the tools available.")


def _next_turn(history: History, specs: list[ToolSpec]) -> AgentTurn:
    evidence = Evidence(history.instruction, history.outputs)
    said = evidence.instruction_words
    ranked = sorted((Tool.of(spec) for spec in specs), key=lambda tool: -tool.score(said))
    pending = [
        tool
        for tool in ranked
        if tool.relevant(said)
        and tool.spec.name not in history.succeeded
        and len(history.attempts[tool.spec.name]) < MAX_ATTEMPTS
    ]
    calls: list[ToolCall] = []
    for tool in [t for t in pending if t.reads] + [t for t in pending if not t.reads]:
        if calls and (not tool.reads or len(calls) >= READS_PER_TURN):
            break
        filler = ArgumentFiller(
            evidence,
            tool.spec.name,
            tool.spec.function.description,
            tool.spec.function.parameters,
            avoid=history.failed_values[tool.spec.name],
        )
        arguments = filler.fill()
        if (tool.reads and filler.guessed) or arguments in history.attempts[tool.spec.name]:
            continue
        calls.append(ToolCall(id=f"call-{history.turn + 1}-{len(calls)}", name=tool.spec.name, arguments=arguments))
        if not tool.reads:
            break
    if calls:
        return AgentTurn(content=None, tool_calls=calls)
    return AgentTurn(content=_summary(history))


def _summary(history: History) -> str:
    if not history.succeeded:
        return "I did not find a way to do this with the tools available."
    return "Done. I used " + ", ".join(sorted(history.succeeded)) + " to complete your request."
