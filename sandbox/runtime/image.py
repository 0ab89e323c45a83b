"""The sandbox image: a small Debian with python3 and the live world's tools, plus exactly the code the world server
needs.

Two layers, both buildable offline:
- the base (default `agent-safety-sandbox-base:<suite>-<packages>`): if missing, made with debootstrap from the
  machine's Debian mirror and imported into the engine; or any image the user names that has a matching python3 and
  the programs of `BASE_PACKAGES` (git, curl, ps);
- the project image on top, tagged by a hash of everything that goes into it (base image id, Dockerfile, every
  copied file), so it is rebuilt exactly when the code or pydantic changes and a stale image is never used.

Python packages are copied from this host's installs, not pip-installed, so no package index is needed; hence the
image's python3 must have the host's minor version (pydantic_core is a compiled extension).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from records.live import AGENT_HOME, AGENT_UID, AGENT_USER, SERVICES_DIR, SERVICES_UID, SERVICES_USER
from sandbox.runtime.base import SandboxError

if TYPE_CHECKING:
    from docker import DockerClient

IMAGE_REPOSITORY = "agent-safety-sandbox"
SITE_DIR = "/opt/sandbox/site"
SERVER_MODULE = "environments.server.serve"
# What the server may import besides the stdlib: pydantic and its dependencies, shipped from the host's installs.
SHIPPED_DISTRIBUTIONS = (
    "pydantic",
    "pydantic-core",
    "typing-extensions",
    "annotated-types",
    "typing-inspection",
)
# The in-container code: the world and the records it speaks in. The import-linter contracts keep these packages
# closed (they import nothing else of ours), so copying them whole is exactly what the server needs.
IN_CONTAINER_PACKAGES = ("records", "tools", "environments")
# Debian release whose python3 has the host's minor version.
DEBIAN_SUITES = {(3, 11): "bookworm", (3, 13): "trixie"}
DEFAULT_MIRROR = "http://deb.debian.org/debian"
# What debootstrap adds to its minimal base: python3 for the world server; git, curl and ps (procps) for a live
# world's agent and services. They name the default base's tag, so a base made before one was added is never reused.
BASE_PACKAGES = ("python3", "git", "curl", "procps")
# The programs a base must have (its own or a user's `--base`), each with the package that ships it.
BASE_PROGRAMS = {"git": "git", "curl": "curl", "ps": "procps"}
PROJECT_ROOT = Path(__file__).resolve().parents[2]


class ImageBuildError(SandboxError):
    """The sandbox image could not be found or built."""


Log = Callable[[str], None]


def _to_stderr(message: str) -> None:
    print(f"[sandbox image] {message}", file=sys.stderr, flush=True)


# ---- the engine --------------------------------------------------------------------------------------------------


def engine_problem() -> str | None:
    """None when a Docker engine answers; otherwise one line saying why not and what to do."""
    import docker
    from docker.errors import DockerException

    where = os.environ.get("DOCKER_HOST", "unix:///var/run/docker.sock")
    advice = "install and start it (sudo scripts/setup-docker.sh) or run with --sandbox local"
    try:
        client = docker.from_env(timeout=10)
    except DockerException as error:
        text = str(error)
        if "FileNotFoundError" in text or "No such file" in text:
            return f"no Docker engine at {where} (no such socket): {advice}"
        if "PermissionError" in text or "Permission denied" in text:
            return (
                f"permission denied on the Docker socket {where}: add your user to the `docker` group "
                "or run as root, or run with --sandbox local"
            )
        if "Connection refused" in text:
            return f"the Docker engine at {where} refuses connections (dockerd not running?): {advice}"
        first_line = text.splitlines()[0] if text else type(error).__name__
        return f"Docker engine at {where} not usable ({first_line}): {advice}"
    try:
        client.ping()
    except Exception as error:
        return f"Docker engine at {where} does not answer ping ({type(error).__name__}: {error}): {advice}"
    finally:
        client.close()
    return None


# ---- the base image ------------------------------------------------------------------------------------------------


def debian_suite() -> str:
    version = sys.version_info[:2]
    suite = DEBIAN_SUITES.get(version)
    if suite is None:
        raise ImageBuildError(
            f"no Debian release ships Python {version[0]}.{version[1]} (this host's version, which the image "
            "must match); pass a base image with that python3 (`sandbox image build --base IMAGE`)"
        )
    return suite


def default_base_tag() -> str:
    return f"{IMAGE_REPOSITORY}-base:{debian_suite()}-{'-'.join(BASE_PACKAGES[1:])}"


def debian_mirror(suite: str) -> str:
    """The mirror this machine's apt uses for `suite` (deb822 `.sources` or `sources.list`), else deb.debian.org.

    Only entries serving `suite` count: an Ubuntu mirror has no bookworm.
    """
    override = os.environ.get("SANDBOX_DEBIAN_MIRROR")
    if override:
        return override
    for path in sorted(Path("/etc/apt/sources.list.d").glob("*.sources")):
        for stanza in _read(path).split("\n\n"):
            fields = dict(_deb822_fields(stanza))
            if suite in fields.get("suites", "").split() and "deb" in fields.get("types", "deb").split():
                uris = fields.get("uris", "").split()
                if uris:
                    return uris[0]
    for line in _read(Path("/etc/apt/sources.list")).splitlines():
        words = re.sub(r"\[[^]]*\]", "", line.split("#", 1)[0]).split()
        if len(words) >= 3 and words[0] == "deb" and words[2] == suite:
            return words[1]
    return DEFAULT_MIRROR


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _deb822_fields(stanza: str) -> Iterable[tuple[str, str]]:
    for line in stanza.splitlines():
        if line.startswith("#") or ":" not in line or line[:1].isspace():
            continue
        key, _, value = line.partition(":")
        yield key.strip().lower(), value.strip()


def build_base_with_debootstrap(client: DockerClient, tag: str, suite: str, log: Log = _to_stderr) -> None:
    if shutil.which("debootstrap") is None or os.geteuid() != 0:
        raise ImageBuildError(
            f"base image {tag} is missing; building it needs root and debootstrap "
            "(sudo scripts/setup-docker.sh installs it), or pass an existing image with `--base IMAGE`"
        )
    mirror = debian_mirror(suite)
    with tempfile.TemporaryDirectory(prefix="sandbox-rootfs-") as scratch:
        rootfs = Path(scratch) / "rootfs"
        log(f"debootstrap {suite} from {mirror} (about a minute)")
        _run(["debootstrap", "--variant=minbase", f"--include={','.join(BASE_PACKAGES)}", suite, str(rootfs), mirror])
        # apt lists and caches are not needed at run time; they only make the image larger.
        for junk in ("var/cache/apt/archives", "var/lib/apt/lists"):
            shutil.rmtree(rootfs / junk, ignore_errors=True)
        archive = Path(scratch) / "rootfs.tar"
        _run(["tar", "--numeric-owner", "-C", str(rootfs), "-cf", str(archive), "."])
        repository, _, version = tag.rpartition(":")
        log(f"importing {archive.stat().st_size // 2**20} MiB as {tag}")
        # From a file, the SDK posts without a read timeout; a 250 MB import can outlast the default 60 s.
        client.api.import_image_from_file(
            str(archive), repository=repository, tag=version, changes=["ENV LANG=C.UTF-8"]
        )


def _run(command: list[str]) -> None:
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        tail = "\n".join((completed.stderr or completed.stdout).splitlines()[-15:])
        raise ImageBuildError(f"{command[0]} failed with status {completed.returncode}:\n{tail}")


def ensure_base(client: DockerClient, base: str | None, log: Log = _to_stderr) -> str:
    """The base image's id: the user's `base` (pulled if absent, for those with a registry) or our own."""
    from docker.errors import DockerException, ImageNotFound

    tag = base or default_base_tag()
    try:
        return str(client.images.get(tag).id)
    except ImageNotFound:
        pass
    if base is not None:
        log(f"pulling {base}")
        try:
            return str(client.images.pull(base).id)
        except DockerException as error:
            raise ImageBuildError(f"base image {base} is not here and could not be pulled: {error}") from None
    build_base_with_debootstrap(client, tag, debian_suite(), log)
    return str(client.images.get(tag).id)


# ---- the project image -----------------------------------------------------------------------------------------------


def server_files() -> dict[str, Path]:
    """Every file the image's site folder gets, by its path there."""
    files: dict[str, Path] = {}
    for package in IN_CONTAINER_PACKAGES:
        for path in sorted((PROJECT_ROOT / package).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                files[path.relative_to(PROJECT_ROOT).as_posix()] = path
    for name in SHIPPED_DISTRIBUTIONS:
        distribution = importlib.metadata.distribution(name)
        for packaged in distribution.files or []:
            relative = packaged.as_posix()
            if relative.startswith("..") or "__pycache__" in packaged.parts or relative.endswith(".pyc"):
                continue
            files[relative] = Path(str(distribution.locate_file(packaged)))
    return files


def dockerfile(base: str) -> str:
    major, minor = sys.version_info[:2]
    missing_check = " && ".join(
        f"{{ command -v {program} >/dev/null || {{ echo 'the base image has no {program} (Debian package {package})'"
        " >&2; exit 1; }; }"
        for program, package in BASE_PROGRAMS.items()
    )
    return f"""\
FROM {base}
# A live world's programs, checked first: a user's --base without them fails here, saying which is missing.
RUN {missing_check}
# A live world's two users, written directly (a minimal base has no useradd): the agent, who runs every tool, and
# the services, who own their logs; neither is root or holds a capability. Their homes are mount points: the
# runtime mounts volumes of the same owner and mode there.
RUN for id in {AGENT_UID} {SERVICES_UID}; do ! getent passwd $id && ! getent group $id \\
 || {{ echo "the base image already has a user or group $id" >&2; exit 1; }}; done \\
 && echo '{AGENT_USER}:x:{AGENT_UID}:{AGENT_UID}::{AGENT_HOME}:/bin/bash' >> /etc/passwd \\
 && echo '{SERVICES_USER}:x:{SERVICES_UID}:{SERVICES_UID}::{SERVICES_DIR}:/usr/sbin/nologin' >> /etc/passwd \\
 && echo '{AGENT_USER}:x:{AGENT_UID}:' >> /etc/group && echo '{SERVICES_USER}:x:{SERVICES_UID}:' >> /etc/group \\
 && mkdir -p {AGENT_HOME} {SERVICES_DIR} \\
 && chown {AGENT_UID}:{AGENT_UID} {AGENT_HOME} && chmod 0755 {AGENT_HOME} \\
 && chown {SERVICES_UID}:{SERVICES_UID} {SERVICES_DIR} && chmod 0700 {SERVICES_DIR}
COPY site/ {SITE_DIR}/
# The copied pydantic_core is compiled for this host's Python; compile bytecode now, as the root is read-only later.
RUN python3 -c 'import sys; sys.exit(sys.version_info[:2] != ({major}, {minor}) and \\
"the base image has Python %d.%d, the host {major}.{minor}" % sys.version_info[:2])' \\
 && python3 -m compileall -q {SITE_DIR} \\
 && PYTHONPATH={SITE_DIR} python3 -c 'import {SERVER_MODULE}'
ENV PYTHONPATH={SITE_DIR} PYTHONDONTWRITEBYTECODE=1 LANG=C.UTF-8
USER 65534:65534
CMD ["python3", "-m", "{SERVER_MODULE}"]
"""


def image_tag(base_id: str, dockerfile_text: str, files: dict[str, Path]) -> str:
    digest = hashlib.sha256()
    digest.update(base_id.encode())
    digest.update(dockerfile_text.encode())
    for name in sorted(files):
        digest.update(f"\0{name}\0{_mode(files[name]):o}\0".encode())
        digest.update(files[name].read_bytes())
    return f"{IMAGE_REPOSITORY}:{digest.hexdigest()[:12]}"


def _mode(path: Path) -> int:
    return 0o755 if os.access(path, os.X_OK) else 0o644


def build_context(dockerfile_text: str, files: dict[str, Path]) -> bytes:
    """The build context as an uncompressed tar; fixed owners and times so the same inputs give the same layers."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        _add(archive, "Dockerfile", dockerfile_text.encode(), 0o644)
        for name in sorted(files):
            _add(archive, f"site/{name}", files[name].read_bytes(), _mode(files[name]))
    return buffer.getvalue()


def _add(archive: tarfile.TarFile, name: str, data: bytes, mode: int) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = mode
    info.mtime = 0
    archive.addfile(info, io.BytesIO(data))


def current_image_tag(client: DockerClient, base: str | None = None) -> str | None:
    """The tag this checkout's image has or would have; None while its base image is missing. Builds nothing."""
    from docker.errors import ImageNotFound

    base_ref = base or default_base_tag()
    try:
        base_id = str(client.images.get(base_ref).id)
    except ImageNotFound:
        return None
    return image_tag(base_id, dockerfile(base_ref), server_files())


def ensure_image(client: DockerClient, base: str | None = None, log: Log = _to_stderr) -> str:
    """The tag of the sandbox image for this checkout, built (with its base) when missing."""
    from docker.errors import BuildError, ImageNotFound

    base_ref = base or default_base_tag()
    base_id = ensure_base(client, base, log)
    files = server_files()
    text = dockerfile(base_ref)
    tag = image_tag(base_id, text, files)
    try:
        client.images.get(tag)
        return tag
    except ImageNotFound:
        pass
    log(f"building {tag} on {base_ref} ({len(files)} files)")
    started = time.monotonic()
    try:
        client.images.build(
            fileobj=io.BytesIO(build_context(text, files)),
            custom_context=True,
            tag=tag,
            pull=False,
            rm=True,
            forcerm=True,
        )
    except BuildError as error:
        output = "".join(_log_text(entry) for entry in error.build_log)
        raise ImageBuildError(f"building {tag} failed: {error.msg}\n{output[-3000:]}") from None
    log(f"built {tag} in {time.monotonic() - started:.1f}s")
    return tag


def _log_text(entry: Any) -> str:
    if isinstance(entry, dict):
        return str(entry.get("stream") or entry.get("error") or "")
    return ""


def build_image(base: str | None = None, log: Log = _to_stderr) -> str:
    """`sandbox image build`: connect to the engine, build what is missing, return the image's tag."""
    import docker

    problem = engine_problem()
    if problem is not None:
        raise ImageBuildError(problem)
    client = docker.from_env()
    try:
        return ensure_image(client, base=base, log=log)
    finally:
        client.close()


def main(argv: list[str] | None = None) -> int:
    """`python -m sandbox.runtime.image [--base IMAGE]`: the same without the CLI's dependencies."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m sandbox.runtime.image", description=main.__doc__)
    parser.add_argument("--base", help="an existing image with python3 to build on, instead of debootstrap")
    args = parser.parse_args(argv)
    try:
        print(build_image(base=args.base))
    except ImageBuildError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
