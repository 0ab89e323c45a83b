"""The suites `sandbox eval --suite NAME` knows."""

from __future__ import annotations

from pathlib import Path

from scenarios.loader import LoadedSuite, load_directory

BUILTIN_DIRECTORY = Path(__file__).parent / "builtin"
SUITE_NAMES = ("builtin",)


class UnknownSuiteError(ValueError):
    pass


def load_suite(name: str) -> LoadedSuite:
    if name == "builtin":
        return load_directory("builtin", BUILTIN_DIRECTORY)
    raise UnknownSuiteError(f"unknown suite {name!r}; available: {', '.join(SUITE_NAMES)}")
