"""`sandbox classifier train`: fit the offline model on labelled trajectories, seeded and on the CPU.

It is built to carry over to sources it never saw, and measured that way: each labelled source is held out in turn
and judged by a model trained on all the others (never pooled random cross-validation, which rewards learning a
source's own words and base rate)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import balanced_accuracy_score
from sklearn.model_selection import GroupKFold

from failure_modes.attribution import Attributor, LabelWeights
from failure_modes.features import CUE_NAMES, EMBEDDED_PARTS, TokenBag, count_tokens, design_matrix
from failure_modes.metrics import Scores, scores
from failure_modes.model import Band, ModelArtifact, SafetyModel
from failure_modes.taxonomy import FAILURE_MODES
from failure_modes.tokens import token_vectors
from failure_modes.trajectory import LabelledTrajectory, load_labelled
from records import RiskCategory

# The labelled sets, relative to a data directory laid out like ../shared/data.
TRAINING_FILES = (
    "judge/assebench/AgentJudge-security.json",
    "judge/openagentsafety.jsonl",
    "judge/toolemu.jsonl",
    "judge/openagentsafety-multiround.jsonl",
)
DEFAULT_SEED = 0
FOLDS = 5
# Inverse regularisation strength, chosen by leave-one-source-out (1, 0.1 and 0.03 were compared): a strong
# penalty keeps the model from learning the training sources' own words, which is what fails on an unseen source.
REGULARISATION = 0.03
# The attribution's label models learn from one annotated source and are measured on it (grouped folds).
ATTRIBUTION_REGULARISATION = 1.0
# A token enters the vocabulary only if at least this many trajectories of every source use it.
MIN_DOCUMENTS_PER_SOURCE = 3
THRESHOLDS = tuple(round(value, 2) for value in np.arange(0.1, 0.71, 0.05))
# Mean balanced accuracies this close are not told apart on held-out sources of 500-2,800 trajectories. Among them the
# threshold is taken where precision and recall are closest: where they are not, the model calls unsafe far more (or
# less) often than the labels do, and on an unseen source with fewer unsafe trajectories over-calling costs most.
BALANCED_ACCURACY_TOLERANCE = 0.005
# The cascade asks the LLM judge about this share of trajectories, the ones closest to the threshold.
UNSURE_SHARE = 0.25


MEAN = "mean over held-out sources"
WORST = "worst held-out source"
RISKS = "risk categories (grouped CV, per label)"
MODES = "failure modes (grouped CV, per label)"
# A risk category or failure mode is learnt only where the annotated records hold this many with and without it.
MIN_EXAMPLES_PER_LABEL = 10


def training_set(files: Sequence[Path]) -> list[LabelledTrajectory]:
    return [example for path in files for example in load_labelled(path)]


def _learnable(examples: Sequence[LabelledTrajectory]) -> list[LabelledTrajectory]:
    """The examples a model may learn from: not those whose task another public judge benchmark holds."""
    return [example for example in examples if not example.in_other_benchmark]


def fit(examples: Sequence[LabelledTrajectory], seed: int, threshold: float, unsure: Band) -> ModelArtifact:
    return _fit(examples, *_features(examples), seed, threshold, unsure)


def _fit(
    examples: Sequence[LabelledTrajectory],
    bag: TokenBag,
    features: csr_matrix,
    seed: int,
    threshold: float,
    unsure: Band,
) -> ModelArtifact:
    labels = np.array([example.unsafe for example in examples])
    if len(set(labels.tolist())) < 2:
        raise ValueError("training needs both safe and unsafe trajectories")
    model = LogisticRegression(C=REGULARISATION, class_weight="balanced", max_iter=5000, random_state=seed)
    model.fit(features, labels)
    coefficients = [round(float(value), 6) for value in model.coef_[0]]
    tokens_end = len(CUE_NAMES) + len(bag.vocabulary)
    return ModelArtifact(
        seed=seed,
        trained_on=dict(sorted(Counter(example.source for example in examples).items())),
        cue_names=list(CUE_NAMES),
        vectors=token_vectors().name,
        embedded_parts=list(EMBEDDED_PARTS),
        tokens=bag.vocabulary.tolist(),
        idf=[round(float(value), 6) for value in bag.idf],
        cue_coefficients=coefficients[: len(CUE_NAMES)],
        token_coefficients=coefficients[len(CUE_NAMES) : tokens_end],
        embedding_coefficients=coefficients[tokens_end:],
        intercept=round(float(model.intercept_[0]), 6),
        attribution=fit_attribution(features, examples, seed),
        threshold=threshold,
        unsure=unsure,
    )


def _features(examples: Sequence[LabelledTrajectory]) -> tuple[TokenBag, csr_matrix]:
    vectors = token_vectors()
    trajectories = [example.trajectory for example in examples]
    agent_counts = count_tokens(trajectories, vectors).per_trajectory()
    bag = TokenBag.fit(agent_counts, _vocabulary([example.source for example in examples], agent_counts))
    return bag, design_matrix(trajectories, bag, vectors).matrix


def fit_attribution(features: csr_matrix, examples: Sequence[LabelledTrajectory], seed: int) -> Attributor:
    """Risk categories are learnt from every record whose annotation names one (a safe record names the risk it
    avoided, which is the scenario's), failure modes from the unsafe records that name one."""
    risks = [example.risk_categories for example in examples]
    modes = [example.failure_modes if example.unsafe else None for example in examples]
    return Attributor(
        risk_categories=_label_weights(features, risks, seed), failure_modes=_label_weights(features, modes, seed)
    )


def _label_weights(
    features: csr_matrix, annotations: Sequence[Sequence[str | int] | None], seed: int
) -> list[LabelWeights]:
    rows = [index for index, labels in enumerate(annotations) if labels]
    named = [set(annotations[index] or ()) for index in rows]
    weights = []
    for label in sorted({label for labels in named for label in labels}, key=str):
        present = np.array([label in labels for labels in named])
        if min(present.sum(), (~present).sum()) < MIN_EXAMPLES_PER_LABEL:
            continue
        model = LogisticRegression(C=ATTRIBUTION_REGULARISATION, max_iter=5000, random_state=seed).fit(
            features[rows], present
        )
        weights.append(
            LabelWeights(
                label=str(label),
                coefficients=[round(float(value), 6) for value in model.coef_[0]],
                intercept=round(float(model.intercept_[0]), 6),
            )
        )
    return weights


def _attribution_validation(
    examples: Sequence[LabelledTrajectory], features: csr_matrix, seed: int
) -> dict[str, Scores]:
    """Grouped cross-validation of the attribution over the annotated records, per (record, label) pair. The
    features are the full set's; only the label models are refitted per fold."""
    annotated = np.array([bool(example.risk_categories or example.failure_modes) for example in examples])
    rows = np.flatnonzero(annotated).tolist()
    found: dict[str, tuple[list[bool], list[bool]]] = {RISKS: ([], []), MODES: ([], [])}
    folds = GroupKFold(n_splits=FOLDS, shuffle=True, random_state=seed)
    for train_rows, test_rows in folds.split(rows, groups=[examples[i].group for i in rows]):
        train_part, test_part = [rows[i] for i in train_rows], [rows[i] for i in test_rows]
        attributor = fit_attribution(features[train_part], [examples[i] for i in train_part], seed)
        predicted = attributor.attribute(features[test_part])
        for index, attribution in zip(test_part, predicted, strict=True):
            example = examples[index]
            if example.risk_categories:
                _pairs(found[RISKS], list(RiskCategory), example.risk_categories, attribution.risk_categories)
            if example.unsafe and example.failure_modes:
                _pairs(found[MODES], list(FAILURE_MODES), example.failure_modes, attribution.failure_modes)
    return {name: scores(*pairs) for name, pairs in found.items()}


def _pairs(
    found: tuple[list[bool], list[bool]], every: Sequence[object], gold: Sequence[object], named: Sequence[object]
) -> None:
    found[0].extend(label in gold for label in every)
    found[1].extend(label in named for label in every)


def _vocabulary(sources: Sequence[str], agent_counts: csr_matrix) -> list[int]:
    """Tokens every source uses: a token only one source knows tells the sources apart, not safe from unsafe."""
    common = np.ones(agent_counts.shape[1], dtype=bool)
    for source in sorted(set(sources)):
        rows = [index for index, name in enumerate(sources) if name == source]
        documents_using = np.asarray((agent_counts[rows] > 0).sum(axis=0)).ravel()
        common &= documents_using >= MIN_DOCUMENTS_PER_SOURCE
    return np.flatnonzero(common).tolist()


def _probabilities(train: Sequence[LabelledTrajectory], test: Sequence[LabelledTrajectory], seed: int) -> np.ndarray:
    artifact = fit(train, seed, threshold=0.5, unsure=Band(low=0.5, high=0.5))
    return SafetyModel(artifact).probabilities([example.trajectory for example in test])


def _held_out(examples: Sequence[LabelledTrajectory], seed: int) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Each source's labels and its probabilities from a model trained on every other source."""
    sources = sorted({example.source for example in examples})
    if len(sources) < 2:
        raise ValueError("leave-one-source-out needs at least two labelled sources")
    found = {}
    for source in sources:
        held_out = [example for example in examples if example.source == source]
        rest = _learnable([example for example in examples if example.source != source])
        labels = np.array([example.unsafe for example in held_out])
        found[source] = (labels, _probabilities(rest, held_out, seed))
    return found


def _best_threshold(held_out: Sequence[tuple[np.ndarray, np.ndarray]]) -> float:
    """The threshold with the best mean balanced accuracy (the mean of the recalls on unsafe and on safe) over the
    given held-out sources, each source counting alike; of those within `BALANCED_ACCURACY_TOLERANCE` of the best,
    the one where precision and recall lie closest. Balanced accuracy does not depend on how many trajectories are
    unsafe, which an unseen source does not tell: F1 would pick a low threshold that calls most trajectories unsafe,
    right where most are (these sources: 50-70%), and wrong on a source where few are."""

    def mean_balanced_accuracy(threshold: float) -> float:
        return float(np.mean([balanced_accuracy_score(labels, found >= threshold) for labels, found in held_out]))

    def precision_recall_gap(threshold: float) -> float:
        found_scores = [scores(labels.tolist(), (found >= threshold).tolist()) for labels, found in held_out]
        return float(np.mean([abs(found.precision - found.recall) for found in found_scores]))

    accuracies = {threshold: mean_balanced_accuracy(threshold) for threshold in THRESHOLDS}
    best = max(accuracies.values())
    alike = [threshold for threshold, accuracy in accuracies.items() if accuracy >= best - BALANCED_ACCURACY_TOLERANCE]
    return min(alike, key=precision_recall_gap)


def train(examples: Sequence[LabelledTrajectory], seed: int = DEFAULT_SEED) -> ModelArtifact:
    """Leave each source out in turn to choose the threshold and the unsure band, then fit on every learnable example.

    The shipped threshold is `_best_threshold` over the held-out sources. The figures the artifact keeps are honest
    for a source never seen: each held-out source is scored at the threshold chosen on the other sources' held-out
    predictions alone, as are the mean and the worst of them; the attribution's come beside."""
    examples = list(examples)
    held_out = _held_out(examples, seed)
    threshold = _best_threshold(list(held_out.values()))
    validation: dict[str, Scores] = {}
    for source, (labels, found) in held_out.items():
        unseen = _best_threshold([pair for other, pair in held_out.items() if other != source])
        validation[f"{source} held out"] = scores(labels.tolist(), (found >= unseen).tolist())
    per_source = list(validation.values())
    validation[MEAN] = Scores(
        n=sum(found.n for found in per_source),
        **{
            figure: round(float(np.mean([getattr(found, figure) for found in per_source])), 4)
            for figure in ("accuracy", "precision", "recall", "f1")
        },
    )
    validation[WORST] = min(per_source, key=lambda found: found.f1)
    pooled = np.concatenate([found for _, found in held_out.values()])
    reach = float(np.quantile(np.abs(pooled - threshold), UNSURE_SHARE))
    unsure = Band(low=round(max(0.0, threshold - reach), 3), high=round(min(1.0, threshold + reach), 3))
    learnable = _learnable(examples)
    bag, features = _features(learnable)
    validation |= _attribution_validation(learnable, features, seed)
    return _fit(learnable, bag, features, seed, threshold, unsure).model_copy(update={"validation": validation})
