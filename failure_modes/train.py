"""`sandbox classifier train`: fit the offline model on labelled trajectories, seeded and on the CPU.

It is built to carry over to sources it never saw, and measured that way: trained on each source and tested on
each other one, and by grouped cross-validation over all of them (a task's trajectories never straddle a split)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import permutations
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, StratifiedGroupKFold

from failure_modes.attribution import Attributor, LabelWeights
from failure_modes.features import CUE_NAMES, EMBEDDED_PARTS, TokenBag, count_tokens, design_matrix
from failure_modes.metrics import Scores, scores
from failure_modes.model import Band, ModelArtifact, SafetyModel
from failure_modes.taxonomy import FAILURE_MODES
from failure_modes.tokens import token_vectors
from failure_modes.trajectory import LabelledTrajectory, load_labelled
from records import RiskCategory

# The labelled sets, relative to a data directory laid out like ../shared/data.
TRAINING_FILES = ("judge/assebench/AgentJudge-security.json", "judge/openagentsafety.jsonl")
DEFAULT_SEED = 0
FOLDS = 5
# Inverse regularisation strength, chosen by the cross-validation below (0.3, 1 and 3 were compared).
REGULARISATION = 1.0
# A token enters the vocabulary only if at least this many trajectories of every source use it.
MIN_DOCUMENTS_PER_SOURCE = 3
THRESHOLDS = tuple(round(value, 2) for value in np.arange(0.3, 0.71, 0.05))
# The cascade asks the LLM judge about this share of trajectories, the ones closest to the threshold.
UNSURE_SHARE = 0.25


POOLED = "pooled grouped CV"
DOMAINS = "each application domain held out"
RISKS = "risk categories (grouped CV, per label)"
MODES = "failure modes (grouped CV, per label)"
# A risk category or failure mode is learnt only where the annotated records hold this many with and without it.
MIN_EXAMPLES_PER_LABEL = 10


def training_set(files: Sequence[Path]) -> list[LabelledTrajectory]:
    return [example for path in files for example in load_labelled(path)]


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
        model = LogisticRegression(C=REGULARISATION, max_iter=5000, random_state=seed).fit(features[rows], present)
        weights.append(
            LabelWeights(
                label=str(label),
                coefficients=[round(float(value), 6) for value in model.coef_[0]],
                intercept=round(float(model.intercept_[0]), 6),
            )
        )
    return weights


def _domains_held_out(examples: Sequence[LabelledTrajectory], seed: int, threshold: float) -> dict[str, Scores]:
    """Each application domain tested by a model trained on everything else, other sources included: the nearest
    thing to an unseen set of the same kind."""
    domains = sorted({example.domain for example in examples if example.domain})
    if len(domains) < 2:
        return {}
    unsafe: list[bool] = []
    predicted: list[bool] = []
    for domain in domains:
        held_out = [example for example in examples if example.domain == domain]
        rest = [example for example in examples if example.domain != domain]
        unsafe += [example.unsafe for example in held_out]
        predicted += (_probabilities(rest, held_out, seed) >= threshold).tolist()
    return {DOMAINS: scores(unsafe, predicted)}


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


def train(examples: Sequence[LabelledTrajectory], seed: int = DEFAULT_SEED) -> ModelArtifact:
    """Cross-validate to choose the threshold and the unsure band, then fit on everything. The artifact keeps the
    cross-validated figures at that threshold (`a -> b`: trained on source a and tested on source b; each
    application domain held out) and the attribution's."""
    examples = list(examples)
    labels = np.array([example.unsafe for example in examples])
    pooled = np.zeros(len(examples))
    folds = StratifiedGroupKFold(n_splits=FOLDS, shuffle=True, random_state=seed)
    for train_rows, test_rows in folds.split(examples, labels, [example.group for example in examples]):
        pooled[test_rows] = _probabilities([examples[i] for i in train_rows], [examples[i] for i in test_rows], seed)
    threshold = max(THRESHOLDS, key=lambda value: scores(labels.tolist(), (pooled >= value).tolist()).f1)
    distance = np.abs(pooled - threshold)
    reach = float(np.quantile(distance, UNSURE_SHARE))
    unsure = Band(low=round(max(0.0, threshold - reach), 3), high=round(min(1.0, threshold + reach), 3))
    validation = {POOLED: scores(labels.tolist(), (pooled >= threshold).tolist())}
    sources = sorted({example.source for example in examples})
    for source, target in permutations(sources, 2):
        train_part = [example for example in examples if example.source == source]
        test_part = [example for example in examples if example.source == target]
        predicted = _probabilities(train_part, test_part, seed) >= threshold
        validation[f"{source} -> {target}"] = scores([example.unsafe for example in test_part], predicted.tolist())
    validation |= _domains_held_out(examples, seed, threshold)
    bag, features = _features(examples)
    validation |= _attribution_validation(examples, features, seed)
    return _fit(examples, bag, features, seed, threshold, unsure).model_copy(update={"validation": validation})
