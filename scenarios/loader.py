"""Reads a directory of scenario files. A broken file is reported by name and the rest still load."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from records import Scenario


class ScenarioLoadError(BaseModel):
    source: str
    case_id: str | None = None
    message: str

    def __str__(self) -> str:
        case = f" case {self.case_id}" if self.case_id else ""
        return f"{self.source}{case}: {self.message}"


class LoadedSuite(BaseModel):
    name: str
    scenarios: list[Scenario] = Field(default_factory=list)
    errors: list[ScenarioLoadError] = Field(default_factory=list)


def load_directory(suite: str, directory: Path) -> LoadedSuite:
    """Every `*.json` file in `directory` is one scenario whose id is the file name without `.json`."""
    loaded = LoadedSuite(name=suite)
    for path in sorted(directory.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("a scenario file must hold one JSON object")
            loaded.scenarios.append(Scenario.model_validate({**data, "id": path.stem, "suite": suite}))
        except ValidationError as error:
            loaded.errors.append(ScenarioLoadError(source=str(path), case_id=path.stem, message=_fields(error)))
        except ValueError as error:  # json.JSONDecodeError is a ValueError
            loaded.errors.append(ScenarioLoadError(source=str(path), case_id=path.stem, message=str(error)))
    return loaded


def _fields(error: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(part) for part in item['loc']) or 'file'}: {item['msg']}"
        for item in error.errors(include_url=False)
    )
