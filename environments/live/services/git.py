"""The git remotes: bare repositories under the services' directory, each holding the first commit of the agent's
working tree it serves, with a post-receive hook that records every push; served by `git daemon`."""

from __future__ import annotations

import os
import shlex
import subprocess

from environments.live.services.config import Remote, ServicesConfig

HOOK_MODULE = "environments.live.services.git_hook"


def trust_other_owners() -> None:
    """Let the services' git read the agent's trees: git refuses a repository another user owns unless the user's
    global config says it is safe (a `-c` on the command line does not reach the upload-pack a local fetch runs).
    The services' HOME is their own directory, so this writes their own `.gitconfig`."""
    _git("config", "--global", "safe.directory", "*")


def create_remote(config: ServicesConfig, remote: Remote) -> None:
    """Make `<git_dir>/<name>.git`, copy the branch from the agent's tree into it, then install the hook (so that
    copy is not an event)."""
    bare = os.path.join(config.git_dir, f"{remote.name}.git")
    _git("init", "-q", "--bare", "-b", remote.branch, bare)
    _git("-C", bare, "fetch", "-q", remote.source, f"+{remote.branch}:{remote.branch}")
    hook = os.path.join(bare, "hooks", "post-receive")
    with open(hook, "w", encoding="utf-8") as handle:
        handle.write(hook_script(config))
    os.chmod(hook, 0o755)


def hook_script(config: ServicesConfig) -> str:
    command = [config.python, "-m", HOOK_MODULE, config.events_file]
    return f"#!/bin/sh\nPYTHONPATH={shlex.quote(config.site)} exec {shlex.join(command)}\n"


def start_daemon(config: ServicesConfig) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            "git",
            "daemon",
            f"--base-path={config.git_dir}",
            "--export-all",
            "--enable=receive-pack",
            f"--listen={config.host}",
            f"--port={config.git_port}",
            "--reuseaddr",
            "--informative-errors",
            config.git_dir,
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
    )


def _git(*arguments: str) -> None:
    completed = subprocess.run(["git", *arguments], capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        raise RuntimeError(f"git {' '.join(arguments)} failed: {completed.stderr.strip()}")
