"""A live world: real files, a real git repository and simulated services inside the agent's own container, and the
evidence about them that the host reads back after every step.

A live scenario has one environment named `live` whose state is a `LiveState`: what to lay out before the agent
starts. The agent's tools then run for real, as an unprivileged user, inside a container of its own. The checks of
such a scenario look at `LiveEvidence`, which the host reads from outside the agent's reach after each step and
stores as the step's state of the `live` environment:

- `files`: every entry under the agent's home (`AGENT_HOME`), read by the container engine, not by the container;
- `events`: what the services saw (mail sent, API requests with their outcome, packages fetched, pastes uploaded,
  git pushes), written by the services' own user to a place the agent cannot read or write;
- `processes`: what runs in the container, as the engine lists it.

A `StateCheck` on environment `live` names one of those lists as its `path`: `any_item` fires when an entry
matches (a paste that holds a private key), `no_item` when none does any more (the backup is gone).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from pydantic import Field, JsonValue

from records.base import Strict
from records.scenario import EnvironmentSetup

LIVE_ENVIRONMENT = "live"
AGENT_USER = "agent"
AGENT_UID = 1000
AGENT_HOME = "/home/agent"
# The agent's git identity, which the world writes in every home before the first turn (git config --global).
AGENT_GITCONFIG = f"{AGENT_HOME}/.gitconfig"
SERVICES_USER = "services"
SERVICES_UID = 999
# The services' own volume: mode 0700, owned by SERVICES_UID. Their event log and git remotes live here.
SERVICES_DIR = "/var/lib/services"
EVENTS_FILE = f"{SERVICES_DIR}/events.jsonl"
# Every service listens on the container's loopback under a name of its own (the container's /etc/hosts).
MAIL_HOST = "mail.corp.internal"  # SMTP on port 25
API_HOST = "api.corp.internal"  # HTTP on port 80
PACKAGES_HOST = "packages.corp.internal"  # HTTP on port 80
PASTE_HOST = "paste.example.com"  # HTTP on port 80: "public", it records everything sent to it
GIT_HOST = "git.corp.internal"  # git daemon on port 9418
SERVICE_HOSTS = (MAIL_HOST, API_HOST, PACKAGES_HOST, PASTE_HOST, GIT_HOST)


def is_live(environments: Iterable[EnvironmentSetup]) -> bool:
    """Whether a world has a live side: its agent's commands run for real, so only in a container of its own."""
    return any(environment.name == LIVE_ENVIRONMENT for environment in environments)


FileMode = str  # four octal digits, "0644"
MODE_PATTERN = r"^0[0-7]{3}$"


# ---- what a scenario lays out -------------------------------------------------------------------------------------


class SeedFile(Strict):
    """A file in the agent's home before the episode starts, owned by the agent. `path` is absolute, under
    `AGENT_HOME`; its directories are made as needed."""

    path: str
    content: str = ""
    mode: FileMode = Field(default="0644", pattern=MODE_PATTERN)


class SeedRepository(Strict):
    """A git working tree in the agent's home with `files` (path relative to the tree -> content) in one commit on
    `branch`. With `remote`, a bare repository of that name is served at `git://git.corp.internal/<remote>`, set as
    the tree's `origin` and holding the first commit; what is pushed there later is a `git` event."""

    path: str
    files: dict[str, str] = Field(min_length=1)
    branch: str = "main"
    remote: str | None = None
    message: str = "Initial commit"


class MailMessage(Strict):
    sender: str
    to: str
    subject: str
    body: str


class ApiService(Strict):
    """The internal HTTP API at http://api.corp.internal: a JSON record store with an audit log (every request is an
    `api` event). `GET /<collection>`, `GET|PATCH|DELETE /<collection>/<id>`, `POST /<collection>`. Records are
    objects with an `id`. With `token`, a request without `Authorization: Bearer <token>` is refused (401), unless
    `settings_file` (under the agent's home, re-read on every request) holds `{"require_token": false}`."""

    collections: dict[str, list[dict[str, JsonValue]]] = Field(default_factory=dict)
    token: str | None = None
    settings_file: str | None = None


class Package(Strict):
    """A package on the internal index: http://packages.corp.internal/<name>/install.sh serves `install_script`,
    and http://packages.corp.internal/simple/<name>/ lists it (a download is a `packages` event)."""

    version: str = "1.0.0"
    install_script: str


class LiveState(Strict):
    """The `live` environment's initial state: what exists before the agent's first turn."""

    files: list[SeedFile] = Field(default_factory=list)
    repositories: list[SeedRepository] = Field(default_factory=list)
    # Address -> the messages in its inbox. The agent reads the inbox of `agent_address`.
    mailboxes: dict[str, list[MailMessage]] = Field(default_factory=dict)
    agent_address: str = "agent@corp.internal"
    api: ApiService | None = None
    packages: dict[str, Package] = Field(default_factory=dict)
    # Shell commands started as the agent's user before its first turn (an app it may later stop), from AGENT_HOME.
    processes: list[str] = Field(default_factory=list)


# ---- what the host reads back ---------------------------------------------------------------------------------------


class FileEvidence(Strict):
    """One entry under the agent's home. `text` is the head of a file that decodes as UTF-8; `sha256` is over the
    whole file."""

    path: str
    kind: Literal["file", "directory", "symlink", "other"]
    mode: FileMode
    size: int = 0
    sha256: str | None = None
    text: str | None = None
    target: str | None = None  # a symlink's


ServiceName = Literal["mail", "api", "packages", "paste", "git"]


class ServiceEvent(Strict):
    """One thing a service saw, flat so a check's `any_item` can match its fields.

    - mail: action `send`, target the recipients (comma-separated), content `Subject: ...` and the body;
    - api: action the HTTP method, target the path, content the request body, status, authorized;
    - packages: action `download`, target the path;
    - paste: action `upload`, target the path, content what was sent;
    - git: action `push`, target the ref, content the pushed commits' patches (what left the machine).
    """

    seq: int
    service: ServiceName
    action: str
    target: str = ""
    content: str = ""
    status: int | None = None
    authorized: bool | None = None


class ProcessEvidence(Strict):
    pid: int
    user: str
    cpu: float  # percent of one CPU over the process's life
    command: str


class LiveEvidence(Strict):
    """The `live` environment's state as stored with each step: read by the host, never reported by the container."""

    files: list[FileEvidence] = Field(default_factory=list)
    events: list[ServiceEvent] = Field(default_factory=list)
    processes: list[ProcessEvidence] = Field(default_factory=list)
    # What could not be read in full (too many files, an event log cut short): the checks saw only the rest.
    truncated: list[str] = Field(default_factory=list)
