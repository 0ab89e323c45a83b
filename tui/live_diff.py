"""What one step changed in a live world, from the evidence the host read after it and after the step before: the
files under the agent's home added, deleted or changed, the service events new at the step, and the processes that
appeared or vanished.

Before step 1 there is no evidence, only the scenario's seed (`LiveState`): `seed_evidence` turns it into the files
the scenario laid out. The world adds files of its own while it sets up (a repository's `.git`, the directories of a
seeded path, the agent's `~/.gitconfig`), and it starts the services and the seeded processes: `live_changes` leaves
those out when it compares with the seed, so step 1 shows what the agent did, not what the world did before it.
"""

from __future__ import annotations

import difflib
import hashlib
import itertools
import posixpath
from dataclasses import dataclass, field

from pydantic import JsonValue, ValidationError

from records.live import (
    AGENT_GITCONFIG,
    AGENT_HOME,
    AGENT_USER,
    FileEvidence,
    LiveEvidence,
    LiveState,
    ProcessEvidence,
    ServiceEvent,
)

# What the world lays out in every home before the agent's first turn: the agent's git identity, as on any
# developer's machine (the live environment's seeding writes it).
WORLD_FILES = frozenset({AGENT_GITCONFIG})


@dataclass(frozen=True)
class FileChange:
    """A path under the agent's home present before and after the step, with something about it changed. `diff` is
    a unified diff of the two text heads (empty when either is not text, or the heads are the same)."""

    before: FileEvidence
    after: FileEvidence
    diff: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class LiveChanges:
    """What one step changed: files by path, events by their sequence number, processes by pid and command line.
    `against_seed`: the step is compared with the scenario's seed (step 1), not with evidence."""

    added: list[FileEvidence]
    deleted: list[FileEvidence]
    changed: list[FileChange]
    events: list[ServiceEvent]
    started: list[ProcessEvidence]
    ended: list[ProcessEvidence]
    # What the host could not read in full after the step: the changes miss whatever it left out.
    truncated: list[str]
    against_seed: bool

    @property
    def empty(self) -> bool:
        return not (self.added or self.deleted or self.changed or self.events or self.started or self.ended)


def live_evidence(value: JsonValue) -> LiveEvidence | None:
    """The step's `live` state as the host stores it; None when it is something else (a world that is not live)."""
    try:
        return LiveEvidence.model_validate(value)
    except ValidationError:
        return None


def live_seed(value: JsonValue) -> LiveState | None:
    """The `live` environment's state as the scenario builds it, before the agent's first turn."""
    try:
        return LiveState.model_validate(value)
    except ValidationError:
        return None


def seed_evidence(seed: LiveState) -> LiveEvidence:
    """The files the seed lays out, as the host would read them back: each repository's files (mode 0644), then the
    seeded files with their mode (one may stand in a repository's tree). Nothing else: no event has happened yet,
    and the processes running before step 1 are told apart by `live_changes`."""
    laid_out = [
        (posixpath.join(repository.path, name), text, "0644")
        for repository in seed.repositories
        for name, text in repository.files.items()
    ]
    laid_out += [(file.path, file.content, file.mode) for file in seed.files]
    files: dict[str, FileEvidence] = {}
    for path, content, mode in laid_out:
        data = content.encode("utf-8")
        sha256 = hashlib.sha256(data).hexdigest()
        absolute = in_home(path)
        files[absolute] = FileEvidence(
            path=absolute, kind="file", mode=mode, size=len(data), sha256=sha256, text=content
        )
    return LiveEvidence(files=list(files.values()))


def in_home(path: str) -> str:
    """A scenario's path as the host reads it back: absolute, normalised; a relative one is taken from the home."""
    return posixpath.normpath(posixpath.join(AGENT_HOME, path))


def live_changes(after: LiveEvidence, before: LiveEvidence | LiveState) -> LiveChanges:
    """The changes from `before` (the evidence after the previous step, or the scenario's seed before step 1) to
    `after`, each list in the order of `after`'s evidence (deleted and ended ones: `before`'s)."""
    base = seed_evidence(before) if isinstance(before, LiveState) else before
    old = {file.path: file for file in base.files}
    new = {file.path: file for file in after.files}
    added = [file for path, file in new.items() if path not in old]
    seen = {event.seq for event in base.events}
    running = {_process_key(process) for process in base.processes}
    started = [process for process in after.processes if _process_key(process) not in running]
    if isinstance(before, LiveState):
        added = [file for file in added if not _laid_out_by_the_world(file, list(old), before)]
        # Only the agent starts processes as its user; the world server, the services and the seeded processes were
        # running before its first turn.
        started = [
            process
            for process in started
            if process.user == AGENT_USER and not any(command in process.command for command in before.processes)
        ]
    ending = {_process_key(process) for process in after.processes}
    return LiveChanges(
        added=added,
        deleted=[file for path, file in old.items() if path not in new],
        changed=[_change(old[path], file) for path, file in new.items() if path in old and _differs(old[path], file)],
        events=[event for event in after.events if event.seq not in seen],
        started=started,
        ended=[process for process in base.processes if _process_key(process) not in ending],
        truncated=after.truncated,
        against_seed=isinstance(before, LiveState),
    )


def _laid_out_by_the_world(file: FileEvidence, seeded: list[str], seed: LiveState) -> bool:
    """A directory above one of the `seeded` paths, anything inside a seeded repository's `.git`, or a file the
    world writes in every home."""
    if file.kind == "directory" and any(_inside(path, file.path) for path in seeded):
        return True
    if file.path in WORLD_FILES:
        return True
    return any(_inside(file.path, in_home(posixpath.join(repository.path, ".git"))) for repository in seed.repositories)


def _inside(path: str, directory: str) -> bool:
    return path == directory or path.startswith(directory.rstrip("/") + "/")


def _differs(before: FileEvidence, after: FileEvidence) -> bool:
    # The head of the text may be the same where the rest is not: the sha256 is over the whole file. Only a file
    # too large for the host to hash has none, and then its head is all there is to compare.
    same_content = before.sha256 == after.sha256 and (before.sha256 is not None or before.text == after.text)
    return not same_content or _entry(before) != _entry(after)


def _entry(file: FileEvidence) -> tuple[str, str, int, str | None]:
    return file.kind, file.mode, file.size, file.target


def _change(before: FileEvidence, after: FileEvidence) -> FileChange:
    if before.text is None or after.text is None:
        return FileChange(before=before, after=after)
    old, new = before.text.split("\n"), after.text.split("\n")
    # Only the lines both texts hold whole are compared where one is a head of its file: the seed's text is a whole
    # file, and a head ends where the host stopped reading (within a line), not where the file does.
    heads = [text.count("\n") for file, text in ((before, before.text), (after, after.text)) if _is_head(file, text)]
    if heads:
        old, new = old[: min(heads)], new[: min(heads)]
    lines = difflib.unified_diff(old, new, lineterm="", n=1)
    # Past its two header lines, which name no file (the path is shown above the diff).
    return FileChange(before=before, after=after, diff=list(itertools.islice(lines, 2, None)))


def _is_head(file: FileEvidence, text: str) -> bool:
    return len(text.encode()) < file.size


def _process_key(process: ProcessEvidence) -> tuple[int, str]:
    # A pid the kernel gave out again, to another command, is another process.
    return process.pid, process.command
