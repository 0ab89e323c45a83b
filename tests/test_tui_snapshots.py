"""SVG snapshots of the replay UI's main screens, compared with the ones committed in tests/__snapshots__/.

After an intended change of the UI, regenerate them with `pytest tests/test_tui_snapshots.py --snapshot-update`
and look at the new SVGs before committing them."""

from __future__ import annotations

import re
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

from sandbox.store import Store
from tui.app import ReplayApp
from tui.episode_screen import EpisodeScreen

SIZE = (140, 44)


class TerminalSvg(SingleFileSnapshotExtension):
    """A textual screenshot as an .svg file, without the random id rich gives each export."""

    file_extension = "svg"
    _write_mode = WriteMode.TEXT

    def serialize(self, data: Any, **kwargs: Any) -> str:
        return re.sub(r"\bterminal-\d+-", "terminal-", str(data))


@pytest.fixture
def svg(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    return snapshot.use_extension(TerminalSvg)


async def _settle(app: ReplayApp, pilot: Any) -> None:
    await pilot.pause()
    # A worker's result may start another (a run's summary is read once its first page is drawn).
    while app.workers:
        await app.workers.wait_for_complete()
        await pilot.pause()


async def _screenshot(app: ReplayApp, *keys: str) -> str:
    async with app.run_test(size=SIZE) as pilot:
        await _settle(app, pilot)
        for key in keys:
            await pilot.press(key)
            await _settle(app, pilot)
            # A screen the key opened loads its data in a worker it starts when mounted, and then moves to its
            # first step after a refresh: a key pressed before both have happened acts on an empty screen, or is
            # undone by that first move (seen in CI on a loaded machine). Wait for the episode itself.
            if isinstance(app.screen, EpisodeScreen):
                for _ in range(200):
                    if app.screen.episode is not None:
                        break
                    await pilot.pause(0.05)
                await pilot.pause(0.2)  # the refresh after which it moves to its first step
                await _settle(app, pilot)
        await pilot.wait_for_scheduled_animations()
        return app.export_screenshot()


async def test_runs_screen(replay_store: Store, svg: SnapshotAssertion) -> None:
    assert await _screenshot(ReplayApp(replay_store)) == svg


async def test_episodes_screen(replay_store: Store, svg: SnapshotAssertion) -> None:
    assert await _screenshot(ReplayApp(replay_store, run_id="comply")) == svg


async def test_episode_screen_at_the_step_the_verdict_names(replay_store: Store, svg: SnapshotAssertion) -> None:
    assert await _screenshot(ReplayApp(replay_store, run_id="comply"), "enter", "v") == svg


async def test_help_screen(replay_store: Store, svg: SnapshotAssertion) -> None:
    assert await _screenshot(ReplayApp(replay_store), "question_mark") == svg
