"""Bringing a live world up inside its container: the agent's home laid out by the agent's user, the services
started as theirs, and the scenario's background processes started as the agent.

The world server (root, but holding only SETUID and SETGID) does nothing here itself on either user's files: it
could not (no CAP_DAC_OVERRIDE, no CAP_CHOWN), and what the agent's user writes is owned by the agent, as it must be.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import IO

import environments
from environments.errors import WorldSetupError
from environments.live.agent_process import AGENT, Identity, run_as, start_detached
from environments.live.services.config import Remote, ServicesConfig
from records.live import AGENT_HOME, GIT_HOST, SERVICES_DIR, SERVICES_UID, SERVICES_USER, ApiService, LiveState

SERVICES = Identity(uid=SERVICES_UID, home=SERVICES_DIR, user=SERVICES_USER)
# The directory that holds our packages (the image's site folder): the services and the git hook import from it.
SITE = str(Path(environments.__file__).resolve().parents[1])
SEED_SCRIPT = str(Path(__file__).with_name("seed.py"))
SEED_TIMEOUT_S = 30
READY_TIMEOUT_S = 5.0
# The name on the agent's commits (its address is the scenario's `agent_address`).
GIT_NAME = "Agent"


def seed_plan(state: LiveState, home: str) -> dict[str, object]:
    """What `seed.py` lays out, with every path absolute under `home`."""
    return {
        "git_identity": {"name": GIT_NAME, "email": state.agent_address},
        "repositories": [
            {
                "path": under_home(repository.path, home),
                "files": repository.files,
                "branch": repository.branch,
                "message": repository.message,
                "remote_url": f"git://{GIT_HOST}/{repository.remote}" if repository.remote else None,
            }
            for repository in state.repositories
        ],
        "files": [
            {"path": under_home(seed.path, home), "content": seed.content, "mode": seed.mode} for seed in state.files
        ],
    }


def inside(root: str, path: str) -> str:
    """`path` taken from `root` and normalised; it must stay inside `root`."""
    resolved = os.path.normpath(os.path.join(root, path))
    if os.path.commonpath([resolved, root]) != root:
        raise WorldSetupError(f"{path!r} is not inside {root}")
    return resolved


def under_home(path: str, home: str) -> str:
    """A scenario's path (absolute under AGENT_HOME, or relative to it) where it lies when the home is `home`."""
    relative = os.path.relpath(inside(AGENT_HOME, path), AGENT_HOME)
    return os.path.normpath(os.path.join(home, relative))


def services_config(state: LiveState, home: str) -> ServicesConfig:
    return ServicesConfig(
        site=SITE,
        python=sys.executable,
        agent_home=home,
        mailboxes=state.mailboxes,
        api=_api_under(state, home),
        packages=state.packages,
        remotes=[
            Remote(name=repository.remote, source=under_home(repository.path, home), branch=repository.branch)
            for repository in state.repositories
            if repository.remote
        ],
    )


def _api_under(state: LiveState, home: str) -> ApiService | None:
    """The API with its settings file's path absolute under `home`, where the services re-read it."""
    if state.api is None or state.api.settings_file is None:
        return state.api
    return state.api.model_copy(update={"settings_file": under_home(state.api.settings_file, home)})


def seed(state: LiveState, identity: Identity = AGENT) -> None:
    plan = json.dumps(seed_plan(state, identity.home)).encode()
    result = run_as(identity, [sys.executable, "-I", "-S", SEED_SCRIPT], SEED_TIMEOUT_S, stdin=plan)
    if result["exit_code"] != 0:
        raise WorldSetupError(f"could not lay out the agent's home: {result['stderr']}".strip())


def start_services(config: ServicesConfig, identity: Identity = SERVICES) -> subprocess.Popen[bytes]:
    """Start the services process as `identity`, and wait until every service accepts connections."""
    # An unnamed file root opens before the switch: the services' user writes its log there, no one else sees it.
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            [config.python, "-m", "environments.live.services"],
            cwd="/",  # root may not enter the services' directory (mode 0700): they need no working directory
            env=identity.environment({"PYTHONPATH": config.site}),
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=log,
            start_new_session=True,
            umask=0o077,
            user=identity.uid,
            group=identity.uid,
            extra_groups=None if identity.uid is None else [],
        )
        assert process.stdin is not None
        process.stdin.write(config.model_dump_json().encode())
        process.stdin.close()
        waiting = _wait_until_ready(process, config)
        if waiting or process.poll() is not None:
            problem = f"exited with status {process.returncode}" if process.poll() is not None else "still starting"
            with contextlib.suppress(OSError):  # in a container root may not signal it: the container is discarded
                process.kill()
            raise WorldSetupError(
                f"the live world's services did not start ({problem}); not accepting connections: "
                f"{', '.join(f'{name} on port {port}' for name, port in waiting.items()) or 'none'}; "
                f"their log: {_tail(log)}"
            )
    return process


def _wait_until_ready(process: subprocess.Popen[bytes], config: ServicesConfig) -> dict[str, int]:
    """The services not yet accepting connections when all are, the process ended, or READY_TIMEOUT_S passed."""
    waiting = {"mail (SMTP)": config.smtp_port, "HTTP": config.http_port, "git": config.git_port}
    deadline = time.monotonic() + READY_TIMEOUT_S
    while waiting and time.monotonic() < deadline and process.poll() is None:
        waiting = {name: port for name, port in waiting.items() if not _accepts(config.host, port)}
        if waiting:
            time.sleep(0.05)
    return waiting


def _accepts(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.2):
            return True
    except OSError:
        return False


def _tail(log: IO[bytes]) -> str:
    log.seek(0)
    return log.read().decode("utf-8", errors="replace")[-2000:].strip() or "(empty)"


def start_processes(state: LiveState, identity: Identity = AGENT) -> list[subprocess.Popen[bytes]]:
    return [start_detached(identity, command) for command in state.processes]
