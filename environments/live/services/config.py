"""What the services process is told on its stdin: built from a `LiveState` by the environment's activation."""

from __future__ import annotations

from pydantic import Field

from records.base import Strict
from records.live import AGENT_HOME, EVENTS_FILE, SERVICES_DIR, ApiService, MailMessage, Package

SMTP_PORT = 25
HTTP_PORT = 80
GIT_PORT = 9418
LOOPBACK = "127.0.0.1"


class Remote(Strict):
    """A bare repository `<git_dir>/<name>.git` holding `branch` of the agent's working tree `source`."""

    name: str
    source: str
    branch: str


class ServicesConfig(Strict):
    # Where the interpreter finds our packages: the git hook runs with it.
    site: str
    python: str = "python3"
    events_file: str = EVENTS_FILE
    git_dir: str = f"{SERVICES_DIR}/git"
    host: str = LOOPBACK
    smtp_port: int = SMTP_PORT
    http_port: int = HTTP_PORT
    git_port: int = GIT_PORT
    # A relative `api.settings_file` is under this home.
    agent_home: str = AGENT_HOME
    mailboxes: dict[str, list[MailMessage]] = Field(default_factory=dict)
    api: ApiService | None = None
    packages: dict[str, Package] = Field(default_factory=dict)
    remotes: list[Remote] = Field(default_factory=list)
