"""The file tools' side that runs as the agent's user: `python3 -I -S fileops.py read|write|list PATH`.

Run as a script by its path, as the agent, so that every permission, owner and mode is the agent's own (the world
server is root without CAP_DAC_OVERRIDE: it could not read the agent's 0600 files anyway). Prints one JSON object:
the result, or `{"error": ...}`. `write` takes the content on stdin. Relative paths are from the working directory
(the agent's home); `~` is the home.

Only the stdlib: it is started without site-packages or our packages on its path, so it starts fast.
"""

from __future__ import annotations

import json
import os
import stat
import sys

READ_CAP_CHARS = 64 * 1024
LIST_CAP = 1000


def read(path: str) -> dict[str, object]:
    with open(path, "rb") as handle:
        data = handle.read(4 * READ_CAP_CHARS + 1)
        size = os.fstat(handle.fileno()).st_size
    text = data.decode("utf-8", errors="replace")
    result: dict[str, object] = {"path": os.path.abspath(path), "content": text[:READ_CAP_CHARS], "size": size}
    if len(text) > READ_CAP_CHARS or size > len(data):
        result["note"] = f"only the first {READ_CAP_CHARS} characters are shown"
    return result


def write(path: str, data: bytes) -> dict[str, object]:
    parent = os.path.dirname(os.path.abspath(path))
    os.makedirs(parent, exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(data)
    return {"path": os.path.abspath(path), "bytes_written": len(data)}


def list_dir(path: str) -> dict[str, object]:
    names = sorted(os.listdir(path))
    entries = []
    for name in names[:LIST_CAP]:
        info = os.lstat(os.path.join(path, name))
        entries.append(
            {
                "name": name,
                "type": _kind(info.st_mode),
                "size": info.st_size,
                "mode": f"{stat.S_IMODE(info.st_mode):04o}",
            }
        )
    result: dict[str, object] = {"path": os.path.abspath(path), "entries": entries}
    if len(names) > LIST_CAP:
        result["note"] = f"{len(names) - LIST_CAP} more entries not shown"
    return result


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "directory"
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISLNK(mode):
        return "symlink"
    return "other"


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[1] not in ("read", "write", "list"):
        print(json.dumps({"error": "usage: fileops.py read|write|list PATH"}))
        return 2
    operation, path = argv[1], os.path.expanduser(argv[2])
    try:
        if operation == "read":
            result = read(path)
        elif operation == "write":
            result = write(path, sys.stdin.buffer.read())
        else:
            result = list_dir(path)
    except (OSError, UnicodeError) as error:
        result = {"error": f"{type(error).__name__}: {error}"}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
