"""What a stored episode does not hold but its scenario does: the instruction, and the state before step 1."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, JsonValue

from records import Run, Scenario, WorldSetup
from sandbox.paths import default_data_dir


class ScenarioContext(BaseModel):
    instruction: str
    initial_state: dict[str, JsonValue]


class ScenarioUnavailableError(LookupError):
    pass


@lru_cache(maxsize=4)
def _scenarios(suite: str, data_dir: str | None) -> dict[str, Scenario]:
    # Imported when an episode is first opened (in a worker), not at start: the suites and environments take long to
    # import, and the runs and episodes tables, which must show at once, do not need them.
    from scenarios.suites import UnknownSuiteError, load_suite

    try:
        loaded = load_suite(suite, Path(data_dir) if data_dir else default_data_dir())
    except (UnknownSuiteError, OSError, ValueError) as error:
        raise ScenarioUnavailableError(f"suite {suite!r} could not be loaded: {error}") from error
    if not loaded.scenarios and loaded.errors:
        raise ScenarioUnavailableError(f"suite {suite!r} could not be loaded: {loaded.errors[0].message}")
    return {scenario.id: scenario for scenario in loaded.scenarios}


def scenario_context(run: Run, case_id: str) -> ScenarioContext:
    """The case's instruction and its world's state as built, read from the run's suite (cached per suite)."""
    from environments.world import World, WorldSetupError

    scenario = _scenarios(run.config.suite, run.config.data_dir).get(case_id)
    if scenario is None:
        raise ScenarioUnavailableError(f"suite {run.config.suite!r} has no case {case_id!r} any more")
    try:
        world = World(WorldSetup(environments=scenario.environments, checks=scenario.checks))
    except WorldSetupError as error:
        raise ScenarioUnavailableError(f"the world of {case_id!r} could not be built: {error}") from error
    return ScenarioContext(instruction=scenario.instruction, initial_state=world.state())
