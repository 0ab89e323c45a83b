"""Schema-valid arguments for any tool, filled from the evidence the comply baseline has.

The JSON schema decides the type of every value; the evidence decides its content. A parameter that names a thing
seen before (`email_id`, `device_id`) is filled from earlier tool outputs first; any other from the values the user
wrote in the instruction first. A command (`command`, `code`) is text the instruction quotes (in backticks, quotes or
a fenced block), else code an output quotes in backticks or a fenced block. When nothing fits, a plain fallback keeps
the call valid.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from sandbox.agents.baselines.evidence import (
    COMMAND_WORDS,
    LONG_TEXT_WORDS,
    MONEY_WORDS,
    STOPWORDS,
    Evidence,
    Found,
    Record,
    amounts,
    as_number,
    canonical,
    categories,
    find_all,
    iter_unique,
    keywords,
    nearest,
    raw_words,
    stem,
    words,
    words_after,
)

NAME_WORDS = frozenset({"name", "person", "contact", "patient", "owner", "who"})
SHORT_TEXT_WORDS = frozenset({"title", "subject", "label", "topic", "headline", "heading"})
COUNT_WORDS = frozenset({"quantity", "count"})
MAX_DEPTH = 6
# A well-formed value for a string format when the evidence holds none.
FORMAT_EXAMPLES = {
    "date": "2024-06-03",
    "date-time": "2024-06-03T09:00:00Z",
    "time": "09:00:00",
    "email": "user@example.com",
    "uri": "https://example.com",
    "uuid": "00000000-0000-4000-8000-000000000000",
}


def is_reference(name: str) -> bool:
    """`email_id`, `postId`, `id`: a parameter naming an item the tools listed."""
    parts = raw_words(name)
    return bool(parts) and parts[-1] in ("id", "ids", "uuid", "key")


@dataclass
class ArgumentFiller:
    """Fills one call's arguments. Values given to one parameter are not given to another of the same call."""

    evidence: Evidence
    tool_name: str
    description: str
    parameters: dict[str, Any]
    # Values not to give a parameter again: what it had when the same tool failed before.
    avoid: dict[str, set[str]] = field(default_factory=dict)
    # What each parameter had in the tool's successful calls: a command that ran is not run again.
    ran: dict[str, set[str]] = field(default_factory=dict)
    # Required parameters that could only be guessed (an id or address nowhere to be seen).
    guessed: list[str] = field(default_factory=list)
    # Parameters whose value came from an earlier tool output.
    from_outputs: set[str] = field(default_factory=set)
    # Command parameters filled with code the instruction or an output quotes, not run before.
    commands: set[str] = field(default_factory=set)
    _used: set[str] = field(default_factory=set)
    # The record each output value came from: once a value is used, its record's other values describe the same
    # item (the patient named "Sam Ortiz"), so another parameter should name something else.
    _sources: dict[str, Record] = field(default_factory=dict)
    _consumed: set[str] = field(default_factory=set)

    def fill(self) -> dict[str, Any]:
        value = self._object(self.parameters, 0)
        return value if isinstance(value, dict) else {}

    # ---- the schema ----------------------------------------------------------------------------------------------

    def _resolve(self, schema: Any) -> dict[str, Any]:
        for _ in range(MAX_DEPTH):
            if not isinstance(schema, dict):
                return {}
            reference = schema.get("$ref")
            if not isinstance(reference, str):
                return schema
            target: Any = self.parameters
            for part in reference.removeprefix("#/").split("/"):
                target = target.get(part, {}) if isinstance(target, dict) else {}
            schema = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
        return {}

    def _value(self, name: str, raw_schema: Any, depth: int) -> Any:
        schema = self._resolve(raw_schema)
        if "const" in schema:
            return schema["const"]
        options = schema.get("anyOf") or schema.get("oneOf")
        if isinstance(options, list) and options:
            concrete = [o for o in options if self._resolve(o).get("type") != "null"]
            merged = {k: v for k, v in schema.items() if k not in ("anyOf", "oneOf")}
            return self._value(name, {**merged, **self._resolve((concrete or options)[0])}, depth)
        all_of = schema.get("allOf")
        if isinstance(all_of, list) and all_of:
            merged = {k: v for k, v in schema.items() if k != "allOf"}
            for part in all_of:
                merged.update(self._resolve(part))
            return self._value(name, merged, depth)
        enum = schema.get("enum")
        if isinstance(enum, list) and enum:
            return self._enum(name, enum, schema.get("default"))
        kind = self._kind(schema)
        if kind == "object":
            return self._object(schema, depth + 1) if depth < MAX_DEPTH else {}
        if kind == "array":
            return self._array(name, schema, depth)
        if kind in ("integer", "number"):
            return self._number(name, schema, kind == "integer")
        if kind == "boolean":
            return self._boolean(name, schema)
        if kind == "null":
            return None
        return self._string(name, schema)

    @staticmethod
    def _kind(schema: dict[str, Any]) -> str:
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "null")
        if isinstance(kind, str):
            return kind
        if "properties" in schema:
            return "object"
        return "array" if "items" in schema else "string"

    def _object(self, schema: dict[str, Any], depth: int) -> dict[str, Any]:
        properties = schema.get("properties", {})
        if not isinstance(properties, dict):
            return {}
        required = [n for n in schema.get("required", []) if isinstance(n, str)]
        extra = schema.get("additionalProperties")
        properties = {**{n: extra if isinstance(extra, dict) else {} for n in required}, **properties}
        optional = [n for n in properties if n not in required and self._wanted(n, self._resolve(properties[n]))]
        values: dict[str, Any] = {}
        for name in [*required, *optional]:
            before = len(self.guessed)
            values[name] = self._value(name, properties[name], depth)
            if name not in required and len(self.guessed) > before:
                # An optional value that could only be guessed is better left out.
                del self.guessed[before:]
                del values[name]
        return values

    def _array(self, name: str, schema: dict[str, Any], depth: int) -> list[Any]:
        items = schema.get("items", {})
        if isinstance(items, list):
            items = items[0] if items else {}
        maximum = schema.get("maxItems")
        if maximum == 0:
            return []
        count = max(1, int(schema.get("minItems", 1) or 1))
        singular = name[:-1] if name.endswith("s") and not name.endswith("ss") else name
        return [self._value(singular, items, depth + 1) for _ in range(count)]

    def _wanted(self, name: str, schema: dict[str, Any]) -> bool:
        """An optional parameter is filled when the instruction names it, or holds a value of its shape."""
        parts = [canonical(part) for part in raw_words(name) if part not in ("id", "ids")]
        said = self._all_instruction_words
        if parts and all(self._mentioned(part, said) for part in parts):
            return any(raw not in STOPWORDS for raw in raw_words(name))
        if self._kind(schema) == "boolean":
            return False
        receivers = [c for c in categories(name, schema.get("format")) if c in ("email", "url", "handle")]
        return any(found.value not in self._used for c in receivers for found in find_all(c, self.evidence.instruction))

    @staticmethod
    def _mentioned(part: str, said: set[str]) -> bool:
        """The word, or one sharing its first five letters at least (attach / attachments)."""
        return part in said or any(
            min(len(part), len(word)) >= 5 and (word.startswith(part) or part.startswith(word)) for word in said
        )

    @property
    def _all_instruction_words(self) -> set[str]:
        return {canonical(word) for word in raw_words(self.evidence.instruction)}

    # ---- values ---------------------------------------------------------------------------------------------------

    def _enum(self, name: str, options: list[Any], default: Any) -> Any:
        """The option the instruction names (the longest, if several), else the default or the first."""
        said = self._all_instruction_words
        text = self.evidence.instruction
        numbers = [as_number(found.value) for found in nearest(amounts(text), text, name)]
        named = [
            option
            for option in options
            if isinstance(option, str) and raw_words(option) and {canonical(w) for w in raw_words(option)} <= said
        ]
        if named:
            return max(named, key=len)
        numeric = [o for o in options if isinstance(o, int | float) and not isinstance(o, bool)]
        for number in numbers:
            if number in numeric:
                return numeric[numeric.index(number)]
        return default if default in options else options[0]

    def _boolean(self, name: str, schema: dict[str, Any]) -> bool:
        text = self.evidence.instruction.lower()
        for part in raw_words(name):
            if part in STOPWORDS or part in ("is", "id"):
                continue
            if re.search(rf"\b(?:not|no|don't|do not|never|without)\s+(?:\w+\s+)?{re.escape(stem(part))}", text):
                return False
            if re.search(rf"\b{re.escape(stem(part))}", text):
                return True
        default = schema.get("default")
        return default if isinstance(default, bool) else True

    def _number(self, name: str, schema: dict[str, Any], integer: bool) -> int | float:
        value = next(self._number_candidates(name), None)
        if value is None:
            default = schema.get("default")
            value = float(default) if isinstance(default, int | float) else None
        if value is None:
            value = float(schema.get("minimum", schema.get("exclusiveMinimum", 0)) or 0) + 1
        value = self._clamp(value, schema, integer)
        return round(value) if integer else value

    @staticmethod
    def _clamp(value: float, schema: dict[str, Any], integer: bool) -> float:
        step = 1 if integer else 0.01
        if isinstance(schema.get("minimum"), int | float):
            value = max(value, schema["minimum"])
        if isinstance(schema.get("exclusiveMinimum"), int | float):
            value = max(value, schema["exclusiveMinimum"] + step)
        if isinstance(schema.get("maximum"), int | float):
            value = min(value, schema["maximum"])
        if isinstance(schema.get("exclusiveMaximum"), int | float):
            value = min(value, schema["exclusiveMaximum"] - step)
        return value

    def _number_candidates(self, name: str) -> Iterator[float]:
        """Numbers the user wrote (amounts first for money), then numbers in the outputs."""
        text = self.evidence.instruction
        money = bool(set(raw_words(name)) & MONEY_WORDS)
        found = amounts(text) if money else nearest(amounts(text), text, name)
        values: list[Any] = [candidate.value for candidate in found]
        values += [value for value, _ in self._from_outputs(name, ["money"] if money else [])]
        for value in values:
            number = as_number(str(value))
            if number is not None:
                yield number

    def _string(self, name: str, schema: dict[str, Any]) -> str:
        shapes = ["identifier"] if is_reference(name) else categories(name, schema.get("format"))
        parts = set(raw_words(name))
        value = None
        if parts & (MONEY_WORDS | COUNT_WORDS):  # an amount typed as text: "100000"
            number = next(self._number_candidates(name), None)
            value = None if number is None else str(int(number) if number.is_integer() else number)
        if value is None and (is_reference(name) or not parts & (LONG_TEXT_WORDS | COMMAND_WORDS | SHORT_TEXT_WORDS)):
            avoid = self._used | self._consumed | self.avoid.get(name, set())
            instruction = (found.value for found in self._from_instruction(name, shapes))
            outputs = (str(value) for value, _ in self._from_outputs(name, shapes))
            ordered = [outputs, instruction] if is_reference(name) else [instruction, outputs]
            value = next((v for source in ordered for v in iter_unique(source) if v not in avoid), None)
            if value is not None and value in self._sources:
                self.from_outputs.add(name)
        if value is None:
            if shapes:
                self.guessed.append(name)
            value = self._text(name, schema)
        self._used.add(value)
        source = self._sources.get(value)
        if source is not None:
            self._consumed.update(str(v) for _, v in source.fields)
        return self._fit(value, schema)

    def _from_instruction(self, name: str, shapes: list[str]) -> Iterator[Found]:
        text = self.evidence.instruction
        for shape in shapes:
            yield from nearest(find_all(shape, text), text, name)

    def _from_outputs(self, name: str, shapes: list[str]) -> list[tuple[Any, float]]:
        """Values seen in tool outputs, best first. Each is scored by how it matches the parameter (a field of the
        parameter's name; the `id` of an item of the kind the parameter names; a value of the parameter's shape,
        best right after a word of its name; for a parameter of no shape, a value the instruction mentions too)
        plus how much its record is about the task."""
        name_stems = {stem(part) for part in raw_words(name)}
        entity = name_stems - {"id", "ids", "uuid", "key"}
        scored: list[tuple[Any, float, Record]] = []
        named_after = words_after(self.evidence.instruction, name)
        for record in self.evidence.records:
            relevance = self.evidence.relevance(record, self._hint_words) + 2 * bool(record.value_words & named_after)
            names_items = not entity or bool(entity & self.evidence.about(record.tool))
            for key, value in record.fields:
                if isinstance(value, bool) or not isinstance(value, str | int | float) or value == "":
                    continue
                key_stems = {stem(part) for part in raw_words(key)}
                if key == name or (key_stems and key_stems == name_stems):
                    scored.append((value, 3 + relevance, record))
                elif key_stems == {"id"}:
                    # An item's id only names items of that kind: an email id is not a device id.
                    if names_items and (is_reference(name) or entity):
                        scored.append((value, 2.5 + relevance, record))
                    continue
                elif key_stems and key_stems < name_stems and not key_stems <= {"id", "name"}:
                    scored.append((value, 2 + relevance, record))
                if not isinstance(value, str):
                    continue
                for shape in shapes:
                    for found in find_all(shape, value):
                        anchored = self._anchored(value, found, name_stems)
                        # An id inside text names the parameter's kind of item only when the text says so.
                        if anchored or not is_reference(name):
                            scored.append((found.value, 1 + relevance + anchored, record))
                if not shapes and len(value) <= 60 and self._echoes(value):
                    scored.append((value, 1.5 + relevance, record))
        scored.sort(key=lambda item: -item[1])
        self._sources.update({str(value): record for value, _, record in reversed(scored)})
        return [(value, score) for value, score, _ in scored]

    @staticmethod
    def _anchored(text: str, found: Found, name_stems: set[str]) -> float:
        """A bonus for a value written right after a word of the parameter's name: "account is ACC-55810"."""
        before = {stem(word) for word in raw_words(text[max(0, found.start - 30) : found.start])}
        return 1.0 if before & (name_stems - {"id", "to", "from"}) else 0.0

    def _echoes(self, value: str) -> bool:
        """The instruction mentions this value: all its words are in it."""
        value_words = words(value)
        return bool(value_words) and value_words <= self.evidence.instruction_words

    @property
    def _hint_words(self) -> set[str]:
        return words(f"{self.tool_name} {self.description}")

    def _text(self, name: str, schema: dict[str, Any]) -> str:
        """Free text when no value of a known shape fits: quoted text, a name, or the instruction itself."""
        text = self.evidence.instruction
        parts = set(raw_words(name))
        quoted = [f.value for f in nearest(find_all("quoted", text), text, name) if f.value not in self._used]
        command = self._command(name, quoted) if parts & COMMAND_WORDS else None
        if command is not None:
            self.commands.add(name)
            return command
        if parts & (LONG_TEXT_WORDS | COMMAND_WORDS):
            anchored = self._anchored_quote(name)
            long_quotes = [quote for quote in quoted if len(quote) > 40]
            return anchored or (long_quotes[0] if long_quotes else text)
        names = [
            f.value
            for f in nearest(find_all("name", text), text, name)
            if f.value not in self._used and f.value not in self._consumed
        ]
        if parts & NAME_WORDS and names:
            return names[0]
        if parts & SHORT_TEXT_WORDS:
            return quoted[0] if quoted else keywords(text, 8)
        anchored = self._anchored_quote(name)
        if anchored:
            return anchored
        default = schema.get("default")
        if isinstance(default, str) and default:
            return default
        if schema.get("format") in FORMAT_EXAMPLES:
            return FORMAT_EXAMPLES[schema["format"]]
        return names[0] if names else keywords(text, 4) or "details"

    def _command(self, name: str, quoted: list[str]) -> str | None:
        """What there is to run: the instruction's quotes, nearest the parameter's name first, then the code that
        earlier outputs quote (a README's setup step, a mail's `curl ...`); the first this parameter has not run."""
        ran = self.ran.get(name, set())
        from_outputs = (
            found.value
            for record in self.evidence.records
            for _, value in record.fields
            if isinstance(value, str)
            for found in find_all("code", value)
        )
        candidates = chain(quoted, (value for value in from_outputs if value not in self._used))
        return next((value for value in candidates if value not in ran), None)

    def _anchored_quote(self, name: str) -> str | None:
        """Quoted text right after a word of the parameter's name, as in `with the subject "Hello"`."""
        lowered = self.evidence.instruction.lower()
        for part in set(raw_words(name)) - STOPWORDS:
            for found in find_all("quoted", self.evidence.instruction):
                prefix = lowered[max(0, found.start - len(part) - 12) : found.start]
                if re.search(rf"\b{re.escape(part)}", prefix) and found.value not in self._used:
                    return found.value
        return None

    @staticmethod
    def _fit(value: str, schema: dict[str, Any]) -> str:
        maximum = schema.get("maxLength")
        if isinstance(maximum, int) and len(value) > maximum:
            value = value[:maximum]
        minimum = schema.get("minLength")
        if isinstance(minimum, int) and len(value) < minimum:
            value = value.ljust(minimum, ".")
        return value
