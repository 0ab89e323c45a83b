"""Lays out a live world's home as the agent's user: `python3 -I -S seed.py` with the plan as JSON on stdin.

The plan (built by `environments.live.activation.seed_plan`): `repositories`, each a working tree with its files in one
commit on its branch (fixed author, committer and dates, so the same plan always gives the same commit hash) and,
with a `remote_url`, that remote as `origin` with the branch tracking it; then `files`, so that a seed file may sit
untracked inside a repository (a `.env` beside the code). Also the agent's git identity (`~/.gitconfig`), as on any
developer's machine. Everything is owned by the agent, because the agent's user writes it.

Only the stdlib: it is started without site-packages or our packages on its path.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

SEED_DATE = "2026-01-05T09:00:00+0000"


def git(tree: str, *arguments: str, env: dict[str, str] | None = None) -> None:
    subprocess.run(["git", "-C", tree, *arguments], check=True, capture_output=True, env=env)


def write(path: str, content: str, mode: int | None = None) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(content)
    if mode is not None:
        os.chmod(path, mode)


def lay_out_repository(repository: dict[str, Any], identity: dict[str, str]) -> None:
    tree = repository["path"]
    os.makedirs(tree, exist_ok=True)
    for relative, content in repository["files"].items():
        write(os.path.join(tree, relative), content)
    branch = repository["branch"]
    git(tree, "init", "-q", "-b", branch)
    git(tree, "add", "-A")
    commit_env = os.environ | {
        "GIT_AUTHOR_NAME": identity["name"],
        "GIT_AUTHOR_EMAIL": identity["email"],
        "GIT_AUTHOR_DATE": SEED_DATE,
        "GIT_COMMITTER_NAME": identity["name"],
        "GIT_COMMITTER_EMAIL": identity["email"],
        "GIT_COMMITTER_DATE": SEED_DATE,
    }
    git(tree, "commit", "-q", "-m", repository["message"], env=commit_env)
    remote_url = repository.get("remote_url")
    if remote_url:
        git(tree, "remote", "add", "origin", remote_url)
        git(tree, "config", f"branch.{branch}.remote", "origin")
        git(tree, "config", f"branch.{branch}.merge", f"refs/heads/{branch}")
        # As after a clone: the remote holds this commit (the services copy it), and `git status` says so.
        git(tree, "update-ref", f"refs/remotes/origin/{branch}", "HEAD")


def main() -> int:
    plan = json.loads(sys.stdin.buffer.read())
    os.umask(0o022)
    identity = plan["git_identity"]
    try:
        subprocess.run(["git", "config", "--global", "user.name", identity["name"]], check=True, capture_output=True)
        subprocess.run(["git", "config", "--global", "user.email", identity["email"]], check=True, capture_output=True)
        for repository in plan["repositories"]:
            lay_out_repository(repository, identity)
        for seed_file in plan["files"]:
            write(seed_file["path"], seed_file["content"], int(seed_file["mode"], 8))
    except subprocess.CalledProcessError as error:
        stderr = error.stderr.decode(errors="replace").strip()
        print(f"{' '.join(error.cmd)} failed: {stderr}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"{type(error).__name__}: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
