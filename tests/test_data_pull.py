"""`sandbox data pull` against a local HTTP server that serves the data directory, as a publisher would."""

from __future__ import annotations

import functools
import hashlib
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from sandbox.data_pull import manifest
from tests.cli import eval_json, run_sandbox
from tests.data import DATA_DIR


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output quiet."""


@pytest.fixture
def publisher() -> Iterator[str]:
    handler = functools.partial(QuietHandler, directory=str(DATA_DIR))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_pull_fetches_verifies_and_resumes(tmp_path: Path, publisher: str) -> None:
    dest = tmp_path / "data"
    files = manifest("agent-safetybench").files
    first = run_sandbox("data", "pull", "agent-safetybench", "--dest", str(dest), "--base-url", publisher)
    assert first.returncode == 0, first.stderr
    assert f"{len(files)} files verified" in first.stderr
    for entry in files:
        assert hashlib.sha256((dest / entry.path).read_bytes()).hexdigest() == entry.sha256

    # A damaged file and an interrupted one are fetched again; the verified rest is left alone.
    damaged = dest / files[0].path
    damaged.write_text("garbage")
    interrupted = dest / files[1].path
    interrupted.rename(interrupted.with_name(interrupted.name + ".part"))
    again = run_sandbox("data", "pull", "agent-safetybench", "--dest", str(dest), "--base-url", publisher)
    assert again.returncode == 0, again.stderr
    assert "(2 fetched)" in again.stderr
    assert damaged.read_bytes() == (DATA_DIR / files[0].path).read_bytes()


def test_pull_from_a_local_mirror_then_evaluate_from_it(tmp_path: Path) -> None:
    dest = tmp_path / "data"
    done = run_sandbox("data", "pull", "agent-safetybench", "--dest", str(dest), "--from", str(DATA_DIR))
    assert done.returncode == 0, done.stderr
    assert (dest / "agent-safetybench" / "released_data.json").is_file()
    summary = eval_json(
        tmp_path / "runs.db",
        "--suite", "agent-safetybench",
        "--data-dir", str(dest),
        "--agent", "baseline/comply",
        "--sandbox", "local",
        "--limit", "5",
    )  # fmt: skip
    assert (summary["suite"], summary["episodes"], summary["errors"]) == ("agent-safetybench", 5, 0)


def test_a_corrupt_download_is_refused(tmp_path: Path) -> None:
    mirror = tmp_path / "mirror"
    entry = manifest("agent-safetybench").files[0]
    (mirror / entry.path).parent.mkdir(parents=True)
    (mirror / entry.path).write_text("not the published file")
    done = run_sandbox("data", "pull", "agent-safetybench", "--dest", str(tmp_path / "data"), "--from", str(mirror))
    assert done.returncode == 2
    assert "checksum mismatch" in done.stderr
    assert not (tmp_path / "data" / entry.path).exists()


def test_unknown_data_set(tmp_path: Path) -> None:
    done = run_sandbox("data", "pull", "nothing-like-it", "--dest", str(tmp_path))
    assert done.returncode == 2
    assert "unknown data set 'nothing-like-it'" in done.stderr
