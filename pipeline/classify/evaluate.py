"""Measure the classifier against labels: scores, calibration, cross-validation, what-if."""

from __future__ import annotations

import json
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.case import Classification, Entities, ParsedMail
from pipeline.classify.automated import detect_automated
from pipeline.classify.classifier import CATEGORIES, Calibration, Classifier
from pipeline.classify.opinion import train_opinion
from pipeline.errors import UnparseableMail
from pipeline.ingest.parse import parse_mail

log = logging.getLogger(__name__)
OWN_ADDRESSES = frozenset(
    {"support@assistance.example.fr", "ne-pas-repondre@assistance.example.fr"}
)
BINS = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001)
CALIBRATION_VERSION = "rules-counts-v2"  # read against the prior of classify.toml


@dataclass(frozen=True)
class Prediction:
    """One classify contract line, as a value."""

    file: str
    category: str
    confidence: float
    action: str
    uai: str | None = None
    region: str | None = None
    platform: str | None = None
    decided_by: str = ""


@dataclass
class Report:
    per_category: dict[str, tuple[float, float, float, int]]  # precision, recall, F1, support
    macro_f1: float
    confusion: dict[str, Counter[str]]  # label -> predicted -> count
    auto_reply_precision: float | None
    auto_reply_coverage: float | None
    automated_safety: float | None
    uai_accuracy: float
    region_accuracy: float
    reliability: list[tuple[str, int, float, float]]  # bin, count, mean confidence, accuracy
    count: int
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # file, label, predicted


def read_labels(path: Path) -> dict[str, dict[str, Any]]:
    """labels.jsonl as file name -> label object."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {row["file"]: row for row in map(json.loads, filter(None, lines))}


def classify_mail(mail: ParsedMail, classifier: Classifier) -> tuple[Entities, Classification]:
    """Automated-mail detection then classification, as the pipeline runs them."""
    automation = detect_automated(mail, own_addresses=OWN_ADDRESSES)
    return classifier.classify(mail, automation)


def classify_file(path: Path, classifier: Classifier) -> dict[str, Any]:
    """The taxonomy.md classify contract line for one file; an unreadable file still gets one."""
    try:
        mail, _ = parse_mail(path.read_bytes())
    except (UnparseableMail, OSError) as exc:
        return {
            "file": str(path),
            "category": "other",
            "confidence": 0.0,
            "action": "human_review",
            "uai": None,
            "region": None,
            "platform": None,
            "error": str(exc),
        }
    entities, c = classify_mail(mail, classifier)
    return {
        "file": str(path),
        "category": c.category,
        "confidence": round(c.confidence, 2),
        "action": c.action,
        "uai": entities.uai,
        "region": entities.region,
        "platform": entities.platform,
    }


def predict(name: str, mail: ParsedMail, classifier: Classifier) -> Prediction:
    entities, c = classify_mail(mail, classifier)
    return Prediction(
        name,
        c.category,
        c.confidence,
        c.action,
        entities.uai,
        entities.region,
        entities.platform,
        c.decided_by,
    )


def evaluate(predictions: Iterable[Prediction], labels: dict[str, dict[str, Any]]) -> Report:
    """Scores of predictions against labels (only files present in both)."""
    pairs = [(p, labels[p.file]) for p in predictions if p.file in labels]
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    for p, lab in pairs:
        confusion[lab["category"]][p.category] += 1
    per_category = {c: score_category(c, pairs) for c in CATEGORIES}
    present = [
        c for c in CATEGORIES if per_category[c][3] or any(p.category == c for p, _ in pairs)
    ]
    macro = sum(per_category[c][2] for c in present) / len(present) if present else 0.0
    return Report(
        per_category=per_category,
        macro_f1=macro,
        confusion=dict(confusion),
        auto_reply_precision=share(
            [
                p.category == lab["category"] and lab["auto_reply_ok"]
                for p, lab in pairs
                if p.action == "auto_reply"
            ]
        ),
        auto_reply_coverage=share(
            [
                p.action == "auto_reply" and p.category == lab["category"]
                for p, lab in pairs
                if lab["auto_reply_ok"]
            ]
        ),
        automated_safety=share(
            [p.action != "auto_reply" for p, lab in pairs if lab["category"] == "automated"]
        ),
        uai_accuracy=share([p.uai == lab["uai"] for p, lab in pairs]) or 0.0,
        region_accuracy=share([p.region == lab["region"] for p, lab in pairs]) or 0.0,
        reliability=reliability_table(
            [(p.confidence, p.category == lab["category"]) for p, lab in pairs]
        ),
        count=len(pairs),
        errors=[
            (p.file, lab["category"], p.category)
            for p, lab in pairs
            if p.category != lab["category"]
        ],
    )


def score_category(
    category: str, pairs: Sequence[tuple[Prediction, dict[str, Any]]]
) -> tuple[float, float, float, int]:
    tp = sum(1 for p, lab in pairs if p.category == category == lab["category"])
    predicted = sum(1 for p, _ in pairs if p.category == category)
    support = sum(1 for _, lab in pairs if lab["category"] == category)
    precision = tp / predicted if predicted else 0.0
    recall = tp / support if support else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, support


def share(flags: Sequence[bool]) -> float | None:
    """Fraction of True; None when there is nothing to count."""
    return sum(flags) / len(flags) if flags else None


def reliability_table(points: Sequence[tuple[float, bool]]) -> list[tuple[str, int, float, float]]:
    """Per confidence bin: count, mean confidence, accuracy (calibrated: the two agree)."""
    rows = []
    for low, high in zip(BINS, BINS[1:], strict=False):
        inside = [(c, ok) for c, ok in points if low <= c < high]
        if inside:
            mean = sum(c for c, _ in inside) / len(inside)
            rows.append(
                (
                    f"[{low:.2f}, {min(high, 1.0):.2f}]",
                    len(inside),
                    mean,
                    share([ok for _, ok in inside]) or 0.0,
                )
            )
    return rows


def format_report(report: Report) -> str:
    """The report as the eval command prints it."""
    fmt = lambda v: "n/a" if v is None else f"{v:.3f}"  # noqa: E731
    out = [
        f"messages: {report.count}",
        "",
        f"{'category':<32}{'prec':>7}{'recall':>8}{'F1':>7}{'n':>5}",
    ]
    for cat, (p, r, f, n) in report.per_category.items():
        out.append(f"{cat:<32}{p:>7.3f}{r:>8.3f}{f:>7.3f}{n:>5}")
    out += [
        "",
        f"macro-F1                 {report.macro_f1:.3f}",
        f"auto-reply precision     {fmt(report.auto_reply_precision)}",
        f"auto-reply coverage      {fmt(report.auto_reply_coverage)}",
        f"automated-mail safety    {fmt(report.automated_safety)}",
        f"UAI accuracy             {report.uai_accuracy:.3f}",
        f"region accuracy          {report.region_accuracy:.3f}",
        "",
        "confusion (rows: label, columns: predicted)",
    ]
    short = [c[:6] for c in CATEGORIES]
    out.append(" " * 32 + "".join(f"{s:>7}" for s in short))
    for cat in CATEGORIES:
        row = report.confusion.get(cat, Counter())
        out.append(f"{cat:<32}" + "".join(f"{row.get(c, 0):>7}" for c in CATEGORIES))
    out += ["", "reliability: bin, count, mean confidence, accuracy"]
    out += [f"  {b:<14}{n:>5}{m:>8.3f}{a:>8.3f}" for b, n, m, a in report.reliability]
    return "\n".join(out)


def read_corpus(directory: Path, labels: dict[str, dict[str, Any]]) -> dict[str, ParsedMail]:
    """Parse every labelled .eml of a directory (unparseable files are skipped and logged)."""
    mails = {}
    for name in sorted(labels):
        try:
            mails[name], _ = parse_mail((directory / name).read_bytes())
        except (UnparseableMail, OSError) as exc:
            log.warning("%s: not parsed: %s", name, exc)
    return mails


def train_calibration(
    mails: dict[str, ParsedMail], labels: dict[str, dict[str, Any]], classifier: Classifier
) -> Calibration:
    """Count, per deciding rule, how often its category is the labelled one."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name, mail in mails.items():
        _, c = classify_mail(mail, classifier)
        if c.decided_by.startswith("automated:"):  # the foundation's detection, not a rule
            continue
        counts[c.decided_by][0] += c.category == labels[name]["category"]
        counts[c.decided_by][1] += 1
    return Calibration(
        version=CALIBRATION_VERSION, rules={k: (v[0], v[1]) for k, v in sorted(counts.items())}
    )


def save_learnt(mails: dict[str, ParsedMail], labels: dict[str, dict[str, Any]],
                classifier: Classifier, config_dir: Path) -> list[str]:
    """Learn the calibration and the second opinion from these mails and write them where
    classify.toml names them (model/calibration.json when it names none); what was written."""
    policy = classifier.policy
    calibration = train_calibration(mails, labels, classifier)
    target = config_dir / (policy.calibration or "model/calibration.json")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(calibration.model_dump_json(indent=1) + "\n", encoding="utf-8")
    written = [f"{target} ({calibration.version}, {len(calibration.rules)} rules)"]
    if policy.second_opinion:
        train_opinion(mails, labels).save(config_dir / policy.second_opinion)
        written.append(f"{config_dir / policy.second_opinion} ({len(mails)} mails)")
    return written


def train_classifier(
    mails: dict[str, ParsedMail], labels: dict[str, dict[str, Any]], classifier: Classifier
) -> Classifier:
    """The classifier with its learnt parts fitted on these mails only (the second opinion
    too, when the classifier has one)."""
    calibration = train_calibration(mails, labels, classifier)
    opinion = train_opinion(mails, labels) if classifier.opinion else None
    return Classifier(classifier.rules, classifier.regions, classifier.policy, calibration,
                      opinion)


def cross_validate(
    mails: dict[str, ParsedMail],
    labels: dict[str, dict[str, Any]],
    classifier: Classifier,
    *,
    folds: int = 5,
) -> Report:
    """k-fold: each fold is scored with counts and thresholds learnt on the other folds only
    (the folds held out in turn as crosscorpus holds out corpora)."""
    from pipeline.classify.crosscorpus import Corpus, held_out_predictions  # it builds on us

    names = sorted(mails)
    parts = [Corpus(str(k), {n: mails[n] for n in names[k::folds]}, labels) for k in range(folds)]
    held = held_out_predictions(classifier, parts)
    return evaluate([p for part in parts for p in held[part.name]], labels)


def what_if(
    current: Classifier, candidate: Classifier, mails: Iterable[tuple[str, ParsedMail]]
) -> list[dict[str, Any]]:
    """Messages whose category or action would change under the candidate config."""
    changes = []
    for key, mail in mails:
        _, before = classify_mail(mail, current)
        _, after = classify_mail(mail, candidate)
        if (before.category, before.action) != (after.category, after.action):
            changes.append({"id": key, "before": before, "after": after})
    return changes
