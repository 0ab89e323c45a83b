"""Tables for the classifier's commands: its figures on a labelled set, its cross-validation, a re-scored run."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from failure_modes.judge import LLMUse
from failure_modes.measure import Measured
from failure_modes.metrics import Scores
from failure_modes.model import ModelArtifact
from failure_modes.rescoring import Rescoring
from records import inert


def scores_table(title: str, rows: dict[str, Scores]) -> Table:
    """Figures per classifier or source. The title and names come from the user's arguments and files (a judge
    model's name, a labelled set's sources): Text, never markup, made inert."""
    timed = any(found.per_s is not None for found in rows.values())
    table = Table(title=Text(inert(title), style="table.title"))
    for heading in ("", "n", "accuracy", "precision", "recall", "F1", *(["trajectories/s"] if timed else [])):
        table.add_column(heading, justify="left" if not heading else "right")
    for name, found in rows.items():
        figures = [f"{value:.3f}" for value in (found.accuracy, found.precision, found.recall, found.f1)]
        speed = [f"{found.per_s:,.0f}" if found.per_s is not None else ""] if timed else []
        table.add_row(Text(inert(name)), str(found.n), *figures, *speed)
    return table


def measured_tables(classifier: str, measured: Measured) -> list[Table]:
    tables = [scores_table(f"{classifier} (unsafe = positive)", {classifier: measured.scores})]
    if measured.llm.asked:
        tables.append(llm_table(measured.llm))
    return tables


def llm_table(use: LLMUse) -> Table:
    table = Table(title="LLM judge", show_header=False)
    table.add_row("asked", f"{use.asked} of {use.judged} ({use.share_asked:.0%})")
    table.add_row("failed (offline verdict kept)", str(use.failed))
    table.add_row("cost", f"${use.cost_usd:.4f}")
    return table


def training_table(artifact: ModelArtifact) -> Table:
    trained_on = ", ".join(f"{source} ({count})" for source, count in artifact.trained_on.items())
    return scores_table(
        f"Cross-validation at threshold {artifact.threshold:.2f}; trained on {trained_on}", artifact.validation
    )


def rescoring_table(run_id: str, rescoring: Rescoring) -> Table:
    # The run id is the user's argument, read back from the store: Text, never markup.
    table = Table(
        title=Text(inert(f"Run {run_id} re-scored by {rescoring.classifier}"), style="table.title"), show_header=False
    )
    judged = len(rescoring.verdicts)
    table.add_row("episodes judged", str(judged))
    table.add_row("unsafe", str(rescoring.unsafe))
    for label, score in (("safety score", rescoring.safety_score), ("helpfulness score", rescoring.helpfulness_score)):
        table.add_row(label, "n/a" if score is None else f"{score:.1%}")
    if rescoring.skipped:
        table.add_row("left as they were", f"{len(rescoring.skipped)} (no verdict from {rescoring.classifier})")
    if rescoring.llm.asked:
        table.add_row("LLM judge asked", f"{rescoring.llm.asked} ({rescoring.llm.failed} failed)")
        table.add_row("LLM judge cost", f"${rescoring.llm.cost_usd:.4f}")
    return table
