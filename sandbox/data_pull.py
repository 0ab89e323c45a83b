"""`sandbox data pull`: fetches a data set's files from their publishers (or a mirror), checks each against the
SHA-256 recorded in the package's manifest, and resumes where an earlier pull stopped."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import httpx
from pydantic import BaseModel, ConfigDict

from sandbox.errors import UserError

MANIFESTS = Path(str(resources.files("scenarios") / "manifests"))
CHUNK = 1 << 16

Advance = Callable[[int], None]


class DataFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    path: str
    url: str
    sha256: str
    size: int


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    files: list[DataFile]


class PullError(UserError, RuntimeError):
    pass


def available_datasets() -> list[str]:
    return sorted(path.stem for path in MANIFESTS.glob("*.json"))


def manifest(dataset: str) -> Manifest:
    path = MANIFESTS / f"{dataset}.json"
    if not path.is_file():
        raise PullError(f"unknown data set {dataset!r}; available: {', '.join(available_datasets())}")
    return Manifest.model_validate(json.loads(path.read_text(encoding="utf-8")))


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def pull(
    files: list[DataFile],
    dest: Path,
    advance: Advance,
    mirror_dir: Path | None = None,
    base_url: str | None = None,
) -> int:
    """Fetch what is missing or damaged; returns how many files were fetched. Verified files are left alone."""
    fetched = 0
    with httpx.Client(follow_redirects=True, timeout=60) as client:
        for entry in files:
            target = dest / entry.path
            if target.is_file() and sha256_of(target) == entry.sha256:
                advance(entry.size)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(target.name + ".part")
            if mirror_dir is not None:
                _copy(mirror_dir / entry.path, partial, advance)
            else:
                url = base_url.rstrip("/") + "/" + entry.path if base_url else entry.url
                _download(client, url, partial, advance)
            if sha256_of(partial) != entry.sha256:
                partial.unlink()
                raise PullError(f"{entry.path}: checksum mismatch (expected sha256 {entry.sha256}); try again")
            partial.replace(target)
            fetched += 1
    return fetched


def _copy(source: Path, partial: Path, advance: Advance) -> None:
    if not source.is_file():
        raise PullError(f"{source}: not in the mirror")
    shutil.copyfile(source, partial)
    advance(partial.stat().st_size)


def _download(client: httpx.Client, url: str, partial: Path, advance: Advance) -> None:
    """Continues a partial download where the server honours byte ranges, otherwise starts over."""
    have = partial.stat().st_size if partial.exists() else 0
    headers = {"Range": f"bytes={have}-"} if have else {}
    try:
        with client.stream("GET", url, headers=headers) as response:
            if response.status_code == 416:  # the partial file is already whole
                return
            response.raise_for_status()
            resumed = response.status_code == 206
            advance(have if resumed else 0)
            with partial.open("ab" if resumed else "wb") as out:
                for block in response.iter_bytes(CHUNK):
                    out.write(block)
                    advance(len(block))
    except httpx.HTTPError as error:
        raise PullError(f"{url}: {error}; run the same command again to resume") from None
