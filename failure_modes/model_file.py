"""The offline model's file: where the package ships it, how it is read, and the cheap check that a judge relying
on it makes when it is built, before the first episode. Light on purpose (no numpy, scikit-learn or token
vectors): a run whose scenarios all have checks never loads the model, yet a damaged file is named at its start."""

from __future__ import annotations

import json
from pathlib import Path

ARTIFACT_NAME = "safety_model.json"


class ArtifactError(ValueError):
    """The offline model cannot be used; the message names its file."""


def shipped_artifact_path() -> Path:
    return Path(__file__).with_name(ARTIFACT_NAME)


def artifact_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ArtifactError(f"cannot read the offline model {path}: {error}") from None


def check_artifact(path: Path | None = None) -> None:
    """The model at `path` (default: the shipped one) is readable JSON holding an object: what a truncated, garbled
    or emptied file is not. Its fields are checked when it is loaded (`failure_modes.model.SafetyModel.load`)."""
    where = path or shipped_artifact_path()
    try:
        content = json.loads(artifact_text(where))
    except json.JSONDecodeError as error:
        raise ArtifactError(f"the offline model {where} is damaged: not JSON ({error})") from None
    if not isinstance(content, dict):
        raise ArtifactError(f"the offline model {where} is damaged: not a JSON object")
