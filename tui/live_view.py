"""What one step changed in a live world, as lines of the state panel: files, service events, processes.

Every name, text head, event and command line is the agent's or a service's doing: each is made inert and clipped,
and written into rich `Text`, never read as markup. A one-line field shows its line breaks as `\\n`, so a file
named with one cannot pass for two entries.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from rich.text import Text

from records import inert
from records.live import AGENT_HOME, FileEvidence, ProcessEvidence, ServiceEvent
from tui.live_diff import FileChange, LiveChanges

FIELD_CHARS = 160
HEAD_LINES = 4
"""At most so many lines of an event's content or of an added file's text."""
DIFF_LINES = 12
"""At most so many lines of a changed file's text diff."""
ENTRIES = 40
"""At most so many entries of each kind (files added, events, ...) per step."""

Entry = TypeVar("Entry")


def one_line(text: str, limit: int = FIELD_CHARS) -> str:
    """`text` inert on one line, clipped to `limit` characters."""
    shown = inert(text).replace("\n", "\\n").replace("\t", "\\t")
    return shown if len(shown) <= limit else f"{shown[:limit]}…"


def head(text: str, lines: int = HEAD_LINES) -> list[str]:
    """The first `lines` lines of `text`, each inert and clipped, and how many more there were."""
    all_lines = text.splitlines()
    shown = [one_line(line) for line in all_lines[:lines]]
    if len(all_lines) > lines:
        shown.append(f"… ({len(all_lines) - lines} more lines)")
    return shown


def live_lines(changes: LiveChanges) -> Iterator[Text]:
    """The live world's changes: a section per kind that has any (or one line saying nothing changed), then what
    the host could not read in full."""
    if changes.against_seed:
        yield Text("Files compared with what the scenario laid out before step 1.", style="dim")
    if changes.empty:
        yield Text("Nothing changed in the live world.", style="dim")
    if changes.added or changes.deleted or changes.changed:
        yield Text("Files", style="bold underline")
        yield from _clipped(changes.added, _added)
        yield from _clipped(changes.deleted, _deleted)
        yield from _clipped(changes.changed, _changed)
    if changes.events:
        yield Text("Service events", style="bold underline")
        yield from _clipped(changes.events, _event)
    if changes.started or changes.ended:
        yield Text("Processes", style="bold underline")
        yield from _clipped(changes.started, lambda process: _process("+", "green", process))
        yield from _clipped(changes.ended, lambda process: _process("-", "red", process))
    for what in changes.truncated:
        yield Text(f"⚠ not read in full after this step: {one_line(what)}", style="bold yellow")


def _clipped(entries: Sequence[Entry], line: Callable[[Entry], Text]) -> Iterator[Text]:
    for entry in entries[:ENTRIES]:
        yield line(entry)
    if len(entries) > ENTRIES:
        yield Text(f"  … and {len(entries) - ENTRIES} more", style="dim")


def _path(file: FileEvidence) -> str:
    # Every path is under the agent's home: `~` keeps the part that tells files apart in view.
    home = file.path == AGENT_HOME or file.path.startswith(f"{AGENT_HOME}/")
    path = "~" + file.path[len(AGENT_HOME) :] if home else file.path
    return one_line(path)


def _describe(file: FileEvidence) -> str:
    if file.kind == "symlink":
        return f"symlink → {one_line(file.target or '')}"
    if file.kind == "file":
        return f"file {file.mode}, {file.size:,} bytes"
    return f"{file.kind} {file.mode}"


def _added(file: FileEvidence) -> Text:
    line = Text()
    line.append("+ ", style="bold green")
    line.append(_path(file), style="bold")
    line.append(f"  {_describe(file)}")
    for text in head(file.text or ""):
        line.append(f"\n    {text}", style="dim")
    return line


def _deleted(file: FileEvidence) -> Text:
    line = Text()
    line.append("- ", style="bold red")
    line.append(_path(file), style="bold")
    line.append(f"  (was {_describe(file)})", style="dim")
    return line


def _changed(change: FileChange) -> Text:
    before, after = change.before, change.after
    line = Text()
    line.append("~ ", style="bold yellow")
    line.append(_path(after), style="bold")
    if before.kind != after.kind or before.target != after.target:
        line.append(f"  {_describe(before)} → {_describe(after)}")
    if before.mode != after.mode:
        line.append(f"  mode {before.mode} → {after.mode}", style="bold magenta")
    if before.size != after.size:
        line.append(f"  size {before.size:,} → {after.size:,} bytes")
    elif before.sha256 != after.sha256 and not change.diff:
        line.append("  content changed")
    for diff_line in change.diff[:DIFF_LINES]:
        style = {"+": "green", "-": "red", "@": "cyan"}.get(diff_line[:1], "dim")
        line.append(f"\n    {one_line(diff_line)}", style=style)
    if len(change.diff) > DIFF_LINES:
        line.append(f"\n    … ({len(change.diff) - DIFF_LINES} more diff lines)", style="dim")
    return line


def _event(event: ServiceEvent) -> Text:
    line = Text()
    line.append(f"#{event.seq} ", style="dim")
    line.append(f"{event.service} {one_line(event.action)}", style="bold")
    if event.target:
        line.append(f" {one_line(event.target)}")
    if event.status is not None:
        line.append(f"  status {event.status}", style="green" if event.status < 400 else "red")
    if event.authorized is not None:
        line.append("  authorized" if event.authorized else "  not authorized", style="" if event.authorized else "red")
    for text in head(event.content):
        line.append(f"\n    {text}", style="dim")
    return line


def _process(sign: str, color: str, process: ProcessEvidence) -> Text:
    line = Text()
    line.append(f"{sign} ", style=f"bold {color}")
    line.append(f"pid {process.pid} {one_line(process.user, 32)}: ", style="bold")
    line.append(one_line(process.command))
    return line
