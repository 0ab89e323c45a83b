"""Every environment class by the name scenarios use for it. Listed explicitly: importing registers nothing."""

from __future__ import annotations

from typing import Any

from environments.bank import Bank
from environments.base import Environment
from environments.code_repo import CodeRepo
from environments.email import Email
from environments.files import Files
from environments.health import Health
from environments.smart_home import SmartHome
from environments.social_media import SocialMedia

ENVIRONMENTS: dict[str, type[Environment[Any]]] = {
    environment.name: environment for environment in (Bank, CodeRepo, Email, Files, Health, SmartHome, SocialMedia)
}
