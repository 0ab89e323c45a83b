"""Two prompt suites of single requests, read from CSV files in `<data_dir>/prompts/`; each prompt is a dialogue-only
scenario (no environments) judged by whether the answer refuses (`RefusalGraded`):

- `simplesafetytests` (SimpleSafetyTests, `simplesafetytests/prompts.csv`): 100 clearly harmful requests, every one
  to be refused; the safety score is the share refused.
- `xstest` (XSTest v2, `xstest/prompts.csv`): 250 safe requests that only look unsafe (benign: to be answered; the
  helpfulness score and over-refusal measure exaggerated safety) and 200 unsafe contrasts (harmful: to be refused).

Case ids are the benchmark's own ids; `categories` holds its category (harm area / type) for results per category.
A file that cannot be read, or lacks a column, is one error naming it; a malformed row is reported with its line and
the other rows still load."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from records import Intent, RefusalGraded, RiskCategory, Scenario
from scenarios.loader import LoadedSuite, ScenarioLoadError

SIMPLESAFETYTESTS = "simplesafetytests"
XSTEST = "xstest"
FOLDER = "prompts"
FILE = "prompts.csv"
# A harmful request answered is unsafe information written outright (1).
FAILURE_MODES = [1]

# SimpleSafetyTests' harm areas -> the closest of our risk categories. Scams take the victim's money; child safety
# and regulated items are about the law before any one person's harm.
HARM_AREAS: dict[str, RiskCategory] = {
    "Suicide, Self-Harm, and Eating Disorders": RiskCategory.PHYSICAL_HARM,
    "Physical harm and Violence": RiskCategory.PHYSICAL_HARM,
    "Illegal and Highly Regulated items": RiskCategory.LAW_ETHICS,
    "Scams and fraud": RiskCategory.PROPERTY_LOSS,
    "Child safety": RiskCategory.LAW_ETHICS,
}

# XSTest's prompt types (a safe type and its `contrast_` twin share a category) -> our risk categories. The
# homonym, figurative, target and context prompts are about violence ("kill a process", "shoot a photo"); the
# definitions and historical events ask for information; discrimination is the law-and-ethics category; privacy
# prompts ask for someone's personal data.
XSTEST_TYPES: dict[str, RiskCategory] = {
    "homonyms": RiskCategory.PHYSICAL_HARM,
    "contrast_homonyms": RiskCategory.PHYSICAL_HARM,
    "figurative_language": RiskCategory.PHYSICAL_HARM,
    "contrast_figurative_language": RiskCategory.PHYSICAL_HARM,
    "safe_targets": RiskCategory.PHYSICAL_HARM,
    "contrast_safe_targets": RiskCategory.PHYSICAL_HARM,
    "safe_contexts": RiskCategory.PHYSICAL_HARM,
    "contrast_safe_contexts": RiskCategory.PHYSICAL_HARM,
    "definitions": RiskCategory.PRODUCE_UNSAFE_INFORMATION,
    "contrast_definitions": RiskCategory.PRODUCE_UNSAFE_INFORMATION,
    "historical_events": RiskCategory.PRODUCE_UNSAFE_INFORMATION,
    "contrast_historical_events": RiskCategory.PRODUCE_UNSAFE_INFORMATION,
    "nons_group_real_discr": RiskCategory.LAW_ETHICS,
    "real_group_nons_discr": RiskCategory.LAW_ETHICS,
    "contrast_discr": RiskCategory.LAW_ETHICS,
    "privacy_public": RiskCategory.LEAK_SENSITIVE_DATA,
    "privacy_fictional": RiskCategory.LEAK_SENSITIVE_DATA,
    "contrast_privacy": RiskCategory.LEAK_SENSITIVE_DATA,
}
XSTEST_LABELS = {"safe": Intent.BENIGN, "unsafe": Intent.HARMFUL}

Row = dict[str, str]
T = TypeVar("T")


def load_simplesafetytests(data_dir: Path) -> LoadedSuite:
    def build(row: Row) -> Scenario:
        area = _known(row["harm_area"], HARM_AREAS, "harm_area")
        return _scenario(SIMPLESAFETYTESTS, row["id"], row["prompts_final"], Intent.HARMFUL, area, row["harm_area"])

    return _load(SIMPLESAFETYTESTS, data_dir, ("id", "harm_area", "prompts_final"), build)


def load_xstest(data_dir: Path) -> LoadedSuite:
    def build(row: Row) -> Scenario:
        risk = _known(row["type"], XSTEST_TYPES, "type")
        intent = _known(row["label"], XSTEST_LABELS, "label")
        return _scenario(XSTEST, row["id"], row["prompt"], intent, risk, row["type"])

    return _load(XSTEST, data_dir, ("id", "prompt", "type", "label"), build)


def _scenario(suite: str, case_id: str, prompt: str, intent: Intent, risk: RiskCategory, category: str) -> Scenario:
    return Scenario(
        id=case_id,
        suite=suite,
        instruction=prompt,
        intent=intent,
        risk_categories=[risk],
        failure_modes=FAILURE_MODES,
        categories=[category],
        grading=RefusalGraded(),
    )


def _known(value: str, table: dict[str, T], column: str) -> T:
    if value not in table:
        raise ValueError(f"unknown {column} {value!r}; expected one of: {', '.join(sorted(table))}")
    return table[value]


def _load(suite: str, data_dir: Path, columns: tuple[str, ...], build: Callable[[Row], Scenario]) -> LoadedSuite:
    path = data_dir / FOLDER / suite / FILE
    loaded = LoadedSuite(name=suite)
    seen: set[str] = set()
    for line, row in _rows(path, columns, loaded):
        try:
            if row["id"] in seen:
                raise ValueError(f"id {row['id']!r} repeats an earlier row")
            loaded.scenarios.append(build(row))
            seen.add(row["id"])
        except ValueError as error:
            loaded.errors.append(ScenarioLoadError(source=f"{path}:{line}", case_id=row["id"], message=str(error)))
    return loaded


def _rows(path: Path, columns: tuple[str, ...], loaded: LoadedSuite) -> Iterator[tuple[int, Row]]:
    """(line, row) for each well-formed row, its values stripped; problems go to `loaded.errors`. The line is where
    the row ends, as a quoted value may span lines."""

    def problem(message: str, line: int | None = None) -> None:
        source = str(path) if line is None else f"{path}:{line}"
        loaded.errors.append(ScenarioLoadError(source=source, message=message))

    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        problem(f"{error.strerror or error}; run `sandbox data pull {path.parent.name}` or put the file there")
        return
    except UnicodeDecodeError as error:
        line = error.object.count(b"\n", 0, error.start) + 1
        problem(f"not UTF-8: byte 0x{error.object[error.start]:02x}", line)
        return
    # Strict: an unclosed quote is an error, not a value that swallows the rest of the file.
    reader = csv.reader(text.splitlines(keepends=True), strict=True)
    try:
        header = [name.strip() for name in next(reader, [])]
        missing = [column for column in columns if column not in header]
        if missing:
            problem(f"not the expected CSV: no column {', '.join(missing)} in the header line {header}", 1)
            return
        for values in reader:
            if not any(value.strip() for value in values):
                continue
            if len(values) != len(header):
                problem(f"{len(values)} fields where the header has {len(header)}", reader.line_num)
                continue
            row = {name: value.strip() for name, value in zip(header, values, strict=True)}
            empty = [column for column in columns if not row[column]]
            if empty:
                problem(f"empty {', '.join(empty)}", reader.line_num)
                continue
            yield reader.line_num, row
    except csv.Error as error:
        problem(f"not valid CSV: {error}", reader.line_num)
