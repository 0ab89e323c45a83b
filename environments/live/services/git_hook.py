"""A remote's post-receive hook: `python3 -m environments.live.services.git_hook EVENTS_FILE`, run by git (as the
services' user, in the bare repository) with one `<old> <new> <ref>` line per updated ref on stdin.

Each ref is a `git` event (action `push`) whose content is the pushed commits' patches: what left the agent's
machine, capped like every event's content."""

from __future__ import annotations

import subprocess
import sys

from environments.live.services.events import CONTENT_CAP_CHARS, EventLog

ZERO = "0" * 40


def pushed_patches(old: str, new: str, ref: str) -> str:
    """The commits that `ref`'s update brought, oldest first, with their patches; at most about the cap."""
    if new == ZERO:
        return f"deleted {ref}"
    if old == ZERO:
        # A new ref: what no other ref already had (the others may have been updated by this push too; fine).
        listing = subprocess.run(
            ["git", "for-each-ref", "--format=%(objectname) %(refname)"], capture_output=True, text=True, check=False
        ).stdout.split("\n")
        others = [line.split(" ")[0] for line in listing if line and line.split(" ", 1)[1] != ref]
        revisions = [new, "--not", *others]
    else:
        revisions = [f"{old}..{new}"]
    process = subprocess.Popen(
        ["git", "log", "-p", "--reverse", "--no-color", *revisions], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    assert process.stdout is not None
    head = process.stdout.read(4 * CONTENT_CAP_CHARS + 1)  # the log's event caps it to its characters
    process.kill()  # our own child: stop a long history here
    process.wait()
    return head.decode("utf-8", errors="replace")


def main(argv: list[str]) -> int:
    events = EventLog(argv[1])
    for line in sys.stdin:
        fields = line.split()
        if len(fields) == 3:
            old, new, ref = fields
            events.append("git", "push", ref, pushed_patches(old, new, ref))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
