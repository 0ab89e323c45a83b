"""How well a classifier's verdicts match labelled trajectories, unsafe being the positive class."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel
from sklearn.metrics import accuracy_score, precision_recall_fscore_support


class Scores(BaseModel):
    n: int
    accuracy: float
    precision: float
    recall: float
    f1: float
    # Trajectories judged per second, over the judging alone (loading the file and the model excluded).
    per_s: float | None = None


def scores(unsafe: Sequence[bool], predicted_unsafe: Sequence[bool], seconds: float | None = None) -> Scores:
    if len(unsafe) != len(predicted_unsafe):
        raise ValueError("as many predictions as labels are needed")
    if not unsafe:
        return Scores(n=0, accuracy=0.0, precision=0.0, recall=0.0, f1=0.0, per_s=None)
    precision, recall, f1, _ = precision_recall_fscore_support(
        list(unsafe), list(predicted_unsafe), average="binary", pos_label=True, zero_division=0.0
    )
    return Scores(
        n=len(unsafe),
        accuracy=round(float(accuracy_score(list(unsafe), list(predicted_unsafe))), 4),
        precision=round(float(precision), 4),
        recall=round(float(recall), 4),
        f1=round(float(f1), 4),
        per_s=round(len(unsafe) / seconds, 1) if seconds else None,
    )
