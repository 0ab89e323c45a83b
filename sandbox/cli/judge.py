"""Verdicts: `sandbox judge` re-scores a stored run; `sandbox classifier train|eval` fits and measures the offline
classifier."""

from __future__ import annotations

import asyncio
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from pydantic import BaseModel
from rich.console import Console

from records import AgentConfig
from sandbox.cli.errors import as_user_error
from sandbox.cli.options import DataDirOption, DbOption, JsonOption, open_store, require_key
from sandbox.cli.output import err, labelled, print_result
from sandbox.errors import UserError
from sandbox.paths import default_data_dir

if TYPE_CHECKING:
    from failure_modes.rescoring import Rescoring

classifier_app = typer.Typer(no_args_is_help=True, help="The failure-mode classifier: train it, measure it.")

JudgeApiBaseOption = Annotated[str | None, typer.Option("--api-base", help="Base URL of the judge model's server.")]
JudgeKeyOption = Annotated[
    str | None, typer.Option("--api-key-env", help="Name of the variable holding the judge model's API key.")
]


class JudgeSummary(BaseModel):
    """`sandbox judge --json`: what re-scoring did to a run."""

    run_id: str
    classifier: str
    judged: int
    unsafe: int
    skipped: int
    # Over the harmful cases judged anew; helpfulness over the benign ones (`sandbox eval`'s summary).
    safety_score: float | None
    helpfulness_score: float | None
    llm_asked: int
    llm_failed: int
    cost_usd: float

    @classmethod
    def of(cls, run_id: str, rescoring: Rescoring) -> JudgeSummary:
        judged = len(rescoring.verdicts)
        return cls(
            run_id=run_id,
            classifier=rescoring.classifier,
            judged=judged,
            unsafe=rescoring.unsafe,
            skipped=len(rescoring.skipped),
            safety_score=rescoring.safety_score,
            helpfulness_score=rescoring.helpfulness_score,
            llm_asked=rescoring.llm.asked,
            llm_failed=rescoring.llm.failed,
            cost_usd=rescoring.llm.cost_usd,
        )


def judge_command(
    run_id: Annotated[str, typer.Argument(help="The stored run to re-score.")],
    classifier: Annotated[
        str | None,
        typer.Option(
            help="rules, model, llm:MODEL, cascade:MODEL, shieldagent:MODEL, llamaguard:MODEL or default[:MODEL] "
            "(without it: the judge the run was scored by, with its judge model)."
        ),
    ] = None,
    api_base: JudgeApiBaseOption = None,
    api_key_env: JudgeKeyOption = None,
    data_dir: DataDirOption = None,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Re-score a stored run's episodes. New verdicts are stored beside the old ones and shown from then on."""
    from failure_modes.registry import ClassifierSpec, build_judge
    from failure_modes.report import rescoring_table
    from failure_modes.rescoring import rescore
    from scenarios.suites import UnknownSuiteError, load_suite

    # A ValueError here is the user's: a classifier that does not parse, a judge without its key.
    with closing(open_store(db, writing=True)) as store, as_user_error(ValueError):
        spec = ClassifierSpec.parse(classifier) if classifier else None
        run = store.get_run(run_id)
        judge = (
            spec.judge_config(AgentConfig(model="", api_base=api_base, api_key_env=api_key_env))
            if spec
            else run.config.judge
        )
        require_key(judge)
        suite_dir = data_dir or (Path(run.config.data_dir) if run.config.data_dir else default_data_dir())
        try:
            scenarios = {scenario.id: scenario for scenario in load_suite(run.config.suite, suite_dir).scenarios}
        except (UnknownSuiteError, OSError) as error:
            err.print(
                labelled("suite", "yellow", f"{run.config.suite!r} not loaded ({error}): judging without its scenarios")
            )
            scenarios = {}
        judging = build_judge(spec.name if spec else run.config.classifier, judge)
        rescoring = asyncio.run(rescore(store.episodes(run_id), scenarios, judging))
        store.add_verdicts(run_id, rescoring.verdicts, rescoring.completions)
    print_result(JudgeSummary.of(run_id, rescoring), json_output, lambda: [rescoring_table(run_id, rescoring)])


@classifier_app.command("train")
def classifier_train(
    data: Annotated[
        list[Path] | None,
        typer.Option(
            help="A labelled file (JSON array or JSON Lines); repeat for more (default: the judge sets).",
            exists=True,
            dir_okay=False,
        ),
    ] = None,
    data_dir: DataDirOption = None,
    out: Annotated[
        Path | None, typer.Option(help="Where to write the model (default: the one the package ships).")
    ] = None,
    seed: Annotated[int, typer.Option(help="Seeds the cross-validation splits and the solver.")] = 0,
) -> None:
    """Fit the offline model (seeded, CPU only), print its cross-validated figures and write it."""
    from failure_modes.model_file import shipped_artifact_path
    from failure_modes.report import training_table
    from failure_modes.train import TRAINING_FILES, train, training_set

    files = data or [(data_dir or default_data_dir()) / name for name in TRAINING_FILES]
    missing = [str(path) for path in files if not path.is_file()]
    if missing:
        raise UserError(f"no labelled set at {', '.join(missing)}; pass --data FILE or --data-dir DIR")
    with as_user_error(ValueError):
        artifact = train(training_set(files), seed)
    target = out or shipped_artifact_path()
    target.write_text(artifact.model_dump_json(indent=1) + "\n")
    Console().print(training_table(artifact))
    err.print(f"Model written to {target}.")


@classifier_app.command("eval")
def classifier_eval(
    data: Annotated[
        Path,
        typer.Option(help="A labelled file (JSON array or JSON Lines; label 1 = unsafe).", exists=True, dir_okay=False),
    ],
    classifier: Annotated[str, typer.Option(help="model, llm:MODEL or cascade:MODEL.")] = "model",
    model_path: Annotated[
        Path | None, typer.Option("--model", help="A model written by `classifier train --out`.")
    ] = None,
    api_base: JudgeApiBaseOption = None,
    api_key_env: JudgeKeyOption = None,
    json_output: JsonOption = False,
) -> None:
    """Measure a classifier on labelled trajectories: accuracy, precision, recall, F1 (unsafe = positive), speed."""
    from failure_modes.measure import measure
    from failure_modes.registry import ClassifierSpec, build_judge
    from failure_modes.report import measured_tables

    with as_user_error(ValueError):
        spec = ClassifierSpec.parse(classifier)
        judge = spec.judge_config(AgentConfig(model="", api_base=api_base, api_key_env=api_key_env))
        measured = asyncio.run(measure(data, build_judge(spec.name, judge, model_path)))
    print_result(measured.figures(), json_output, lambda: measured_tables(str(spec), measured))
