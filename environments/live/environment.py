"""The `live` environment: a real Linux account with files, git repositories and the company's services, where every
tool acts as the agent's unprivileged user.

Building it only validates its `LiveState` (a host builds the same world to compare digests), and its snapshot is
that state as given: what the agent changed is evidence the host reads from outside (`records.live.LiveEvidence`).
`activate()`, called only where the world is hosted, lays the world out and starts its services; until then, and
anywhere but inside a sandbox container, the tools refuse.
"""

from __future__ import annotations

import json
import re
import shlex
import smtplib
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Mapping
from email.message import EmailMessage
from pathlib import Path

from pydantic import JsonValue

from environments.base import Environment
from environments.container import in_container
from environments.errors import WorldSetupError
from environments.live import activation
from environments.live.agent_process import AGENT, MAX_TIMEOUT_S, clamp_timeout, reap_orphans, run_as, too_long
from environments.live.services.config import HTTP_PORT, SMTP_PORT
from records.live import AGENT_HOME, LIVE_ENVIRONMENT, MAIL_HOST, LiveState
from tools import ToolError, tool

FILEOPS_SCRIPT = str(Path(__file__).with_name("fileops.py"))
FILE_TIMEOUT_S = 10
SERVICE_TIMEOUT_S = 10
# How long a tool waits for the container to have a process free (after a fork bomb) before it gives up.
PROCESS_WAIT_S = 5.0
_REMOTE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_BRANCH_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$")


class Live(Environment[LiveState]):
    """A live world: its state is what to lay out; its tools act for real once `activate()` has laid it out."""

    name = LIVE_ENVIRONMENT
    state_type = LiveState

    def __init__(self, initial_state: Mapping[str, JsonValue]) -> None:
        super().__init__(initial_state)
        check_layout(self.state)
        self._active = False
        # The services and the scenario's processes, held for the world's life (they are never waited for).
        self._children: list[subprocess.Popen[bytes]] = []

    def activate(self) -> None:
        """Lay out the agent's home, start the services and the scenario's processes; only inside a container."""
        if not in_container():
            raise WorldSetupError(
                "the live world runs only inside its own sandbox container (it starts processes as other users)"
            )
        activation.seed(self.state)
        self._children.append(activation.start_services(activation.services_config(self.state, AGENT_HOME)))
        self._children.extend(activation.start_processes(self.state))
        self._active = True

    # ---- the agent's tools ----------------------------------------------------------------------------------------

    @tool
    def run_shell(self, command: str, timeout: int = 30) -> dict[str, JsonValue]:
        """Run a command with bash in your Linux account (user `agent`, from your home directory /home/agent) and
        return its exit code, stdout and stderr. Each call starts a fresh shell: `cd` and variables do not carry
        over. Each stream's output is cut after 16 kB. A command still running at the timeout is stopped.

        Args:
            command: the command line, run as `bash -c <command>`.
            timeout: seconds before the command is stopped, 1 to 60.
        """
        seconds, note = clamp_timeout(timeout)
        return self._run(["bash", "-c", command], seconds, note)

    @tool
    def run_python(self, code: str, timeout: int = 30) -> dict[str, JsonValue]:
        """Run a Python 3 program as your user, from your home directory, and return its exit code, stdout and
        stderr (each cut after 16 kB). A program still running at the timeout is stopped.

        Args:
            code: the program's source, run as `python3 -c <code>`.
            timeout: seconds before the program is stopped, 1 to 60.
        """
        seconds, note = clamp_timeout(timeout)
        return self._run(["python3", "-c", code], seconds, note)

    @tool
    def read_file(self, path: str) -> dict[str, JsonValue]:
        """Read a text file as your user (at most its first 64k characters).

        Args:
            path: the file's path, absolute or relative to your home directory /home/agent.
        """
        return self._file_operation("read", path)

    @tool
    def write_file(self, path: str, content: str) -> dict[str, JsonValue]:
        """Create a file or replace its content, as your user; missing parent directories are made.

        Args:
            path: the file's path, absolute or relative to your home directory /home/agent.
            content: the file's whole new content.
        """
        return self._file_operation("write", path, content)

    @tool
    def list_dir(self, path: str = ".") -> dict[str, JsonValue]:
        """List a directory: each entry's name, type, size and permission bits.

        Args:
            path: the directory, absolute or relative to your home directory /home/agent.
        """
        return self._file_operation("list", path)

    @tool
    def git(self, command: str, path: str = ".") -> dict[str, JsonValue]:
        """Run a git command in a working tree, e.g. `status`, `log --oneline -5`, `add -A`, `commit -m "Fix"`,
        `push origin main`; returns its exit code, stdout and stderr. The command is split like a shell would split
        it, but not run by a shell: pipes, redirections and variables are not interpreted.

        Args:
            command: the git subcommand and its arguments (a leading `git` is optional).
            path: the working tree, absolute or relative to your home directory /home/agent.
        """
        try:
            words = shlex.split(command)
        except ValueError as error:
            raise ToolError(f"cannot split the git command: {error}") from None
        if words[:1] == ["git"]:
            words = words[1:]
        if not words:
            raise ToolError("give a git subcommand, e.g. `status`")
        # `-C` makes git, running as the agent, enter the tree: the server never enters the agent's directories.
        return self._run(["git", "-C", path, *words], MAX_TIMEOUT_S, None)

    @tool
    def send_email(self, to: str, subject: str, body: str) -> dict[str, JsonValue]:
        """Send a plain-text email from your own address through the company's mail server.

        Args:
            to: the recipient's address, or several separated by commas.
            subject: the subject line.
            body: the message text.
        """
        self._require_active()
        recipients = [address.strip() for address in to.split(",") if address.strip()]
        if not recipients:
            raise ToolError("give at least one recipient address")
        message = EmailMessage()
        message["From"] = self.state.agent_address
        message["To"] = ", ".join(recipients)
        message["Subject"] = subject
        message.set_content(body)
        try:
            with smtplib.SMTP(MAIL_HOST, SMTP_PORT, timeout=SERVICE_TIMEOUT_S) as server:
                refused = server.send_message(message, self.state.agent_address, recipients)
        except (smtplib.SMTPException, OSError, ValueError) as error:
            raise ToolError(f"the mail server did not accept the message: {error}") from None
        return {"sent_to": [address for address in recipients if address not in refused], "from": message["From"]}

    @tool
    def read_inbox(self) -> dict[str, JsonValue]:
        """Read the messages in your mailbox (sender, recipient, subject and body of each)."""
        self._require_active()
        address = self.state.agent_address
        url = f"http://{MAIL_HOST}:{HTTP_PORT}/inbox/{urllib.parse.quote(address)}"
        # No proxy, whatever the environment says: the mail service is on this machine.
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        try:
            with opener.open(url, timeout=SERVICE_TIMEOUT_S) as response:
                messages: JsonValue = json.loads(response.read())
        except (OSError, ValueError) as error:
            raise ToolError(f"the mail service did not answer: {error}") from None
        return {"address": address, "messages": messages}

    # ---- running as the agent -------------------------------------------------------------------------------------

    def _run(
        self, argv: list[str], timeout_s: int, note: str | None, stdin: bytes | None = None
    ) -> dict[str, JsonValue]:
        self._require_active()
        problem = too_long(argv)
        if problem is not None:
            raise ToolError(problem)
        result = self._run_when_a_process_is_free(argv, timeout_s, stdin)
        if note is not None:
            result["note"] = note
        return result

    def _run_when_a_process_is_free(self, argv: list[str], timeout_s: int, stdin: bytes | None) -> dict[str, JsonValue]:
        """Run it, once the container can start a process: what a stopped fork bomb left may still be exiting, and
        as process 1 the world server must reap those orphans before their slots under the pids limit are free."""
        deadline = time.monotonic() + PROCESS_WAIT_S
        while True:
            reap_orphans()
            try:
                return run_as(AGENT, argv, timeout_s, stdin=stdin)
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise ToolError(
                        f"no process could be started for {PROCESS_WAIT_S:.0f} s: the container is at its limit of "
                        "processes"
                    ) from None
                time.sleep(0.1)
            finally:
                reap_orphans()

    def _file_operation(self, operation: str, path: str, content: str | None = None) -> dict[str, JsonValue]:
        stdin = content.encode("utf-8", errors="replace") if content is not None else None
        result = self._run([sys.executable, "-I", "-S", FILEOPS_SCRIPT, operation, path], FILE_TIMEOUT_S, None, stdin)
        if result["timed_out"]:
            raise ToolError(f"{operation} of {path} did not finish in {FILE_TIMEOUT_S} s")
        try:
            answer = json.loads(str(result["stdout"]))
        except ValueError:
            raise ToolError(f"{operation} of {path} failed: {result['stderr']}") from None
        if not isinstance(answer, dict):
            raise ToolError(f"{operation} of {path} failed")
        if "error" in answer:
            raise ToolError(str(answer["error"]))
        return answer

    def _require_active(self) -> None:
        if not self._active:
            raise ToolError("the live world is not running here: its tools work only inside its sandbox container")


def check_layout(state: LiveState) -> None:
    """What the record cannot say alone: every path inside the agent's home, and names git and a URL accept."""
    for seed_file in state.files:
        activation.inside(AGENT_HOME, seed_file.path)
    if state.api is not None and state.api.settings_file is not None:
        activation.inside(AGENT_HOME, state.api.settings_file)
    remotes = [repository.remote for repository in state.repositories if repository.remote]
    if len(set(remotes)) != len(remotes):
        raise WorldSetupError("two repositories name the same remote")
    for repository in state.repositories:
        tree = activation.inside(AGENT_HOME, repository.path)
        for relative in repository.files:
            activation.inside(tree, relative)
        if not _BRANCH_NAME.match(repository.branch) or ".." in repository.branch:
            raise WorldSetupError(f"invalid branch name {repository.branch!r}")
        if repository.remote and not _REMOTE_NAME.match(repository.remote):
            raise WorldSetupError(f"invalid remote name {repository.remote!r}: letters, digits, '.', '_', '-'")
