"""The suites `sandbox eval --suite NAME` knows."""

from __future__ import annotations

from pathlib import Path

from scenarios.loader import LoadedSuite, load_directory

BUILTIN_DIRECTORY = Path(__file__).parent / "builtin"
# Live scenarios: a real shell, files and services in the agent's own container (records.live).
LIVE_DIRECTORY = Path(__file__).parent / "live"
# The suites that ship with the package and need no data directory.
PACKAGED_SUITES = {"builtin": BUILTIN_DIRECTORY, "live": LIVE_DIRECTORY}
SUITE_NAMES = (
    "builtin",
    "live",
    "agent-safetybench",
    "labsafety-scenarios",
    "labsafety-mcq",
    "simplesafetytests",
    "xstest",
)


class UnknownSuiteError(ValueError):
    pass


def load_suite(name: str, data_dir: Path | None = None) -> LoadedSuite:
    """`builtin` and `live` ship with the package; the benchmarks are read from `data_dir` (the caller picks its
    default)."""
    if name in PACKAGED_SUITES:
        return load_directory(name, PACKAGED_SUITES[name])
    if data_dir is None:
        raise UnknownSuiteError(f"suite {name!r} is read from a data directory, and none was given")
    if name == "agent-safetybench":
        from scenarios.agent_safetybench import load_agent_safetybench

        return load_agent_safetybench(data_dir)
    if name in ("labsafety-scenarios", "labsafety-mcq"):
        from scenarios.labsafety import load_labsafety_mcq, load_labsafety_scenarios

        load = load_labsafety_scenarios if name == "labsafety-scenarios" else load_labsafety_mcq
        return load(data_dir)
    if name in ("simplesafetytests", "xstest"):
        from scenarios.prompt_suites import load_simplesafetytests, load_xstest

        return (load_simplesafetytests if name == "simplesafetytests" else load_xstest)(data_dir)
    raise UnknownSuiteError(f"unknown suite {name!r}; available: {', '.join(SUITE_NAMES)}")
