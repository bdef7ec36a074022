"""Leave one corpus out: learn on the other corpora, score on the held one.

Each labelled corpus was written by different people, so a k-fold split inside one corpus
hides how the classifier fares on a new writer's mail; holding a whole corpus out does not
(as far as the rules themselves were not written from it). What is learnt: the per-rule
counts of the calibration, the second opinion, and per category the confidence threshold
for answering alone: the lowest at which mail held out the same way (each training corpus
scored with counts from the others) was answered with the target precision.

    python -m pipeline.classify.crosscorpus DIR DIR DIR [--config DIR] [--write-calibration]

Each DIR holds labels.jsonl and its .eml files; one report per held corpus, a summary, and
the thresholds all the corpora give (for config/classify.toml).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.case import ParsedMail
from pipeline.classify.classifier import Classifier
from pipeline.classify.evaluate import (
    Prediction,
    Report,
    classify_mail,
    evaluate,
    format_report,
    predict,
    read_corpus,
    read_labels,
    save_learnt,
    train_classifier,
)


@dataclass(frozen=True)
class Corpus:
    name: str
    mails: dict[str, ParsedMail]
    labels: dict[str, dict[str, Any]]


def load_corpus(directory: Path) -> Corpus:
    """A folder of .eml files with its labels.jsonl."""
    labels = read_labels(directory / "labels.jsonl")
    return Corpus(directory.name, read_corpus(directory, labels), labels)


def pooled(corpora: list[Corpus]) -> tuple[dict[str, ParsedMail], dict[str, dict[str, Any]]]:
    """Mails and labels of several corpora, keys prefixed with the corpus name."""
    mails = {f"{c.name}/{n}": m for c in corpora for n, m in c.mails.items()}
    labels = {f"{c.name}/{n}": row for c in corpora for n, row in c.labels.items()}
    return mails, labels


def leave_one_corpus_out(
    classifier: Classifier, corpora: list[Corpus], *, target: float = 0.98
) -> dict[str, Report]:
    """For each corpus: counts and thresholds learnt on the others only, scored on it."""
    held = held_out_predictions(classifier, corpora, target=target)
    return {c.name: evaluate(held[c.name], c.labels) for c in corpora}


def held_out_predictions(
    classifier: Classifier, corpora: list[Corpus], *, target: float = 0.98
) -> dict[str, list[Prediction]]:
    """Each corpus predicted with counts, and thresholds (when two or more corpora are left
    to choose them by the same holding out), learnt on the other corpora only."""
    predictions = {}
    for held in corpora:
        train = [c for c in corpora if c is not held]
        trained = train_classifier(*pooled(train), classifier)
        if len(train) > 1:
            thresholds = choose_thresholds(held_out_points(classifier, train), target=target)
            trained = with_thresholds(trained, thresholds)
        predictions[held.name] = [predict(n, m, trained) for n, m in held.mails.items()]
    return predictions


def held_out_points(classifier: Classifier, corpora: list[Corpus]) -> list[tuple[str, float, bool]]:
    """(category, confidence, right) of every message each corpus would answer alone, scored
    with counts learnt on the other corpora and no threshold; right: the labelled category
    and an automatic answer allowed."""
    points = []
    for held in corpora:
        trained = train_classifier(*pooled([c for c in corpora if c is not held]), classifier)
        open_door = with_thresholds(trained, dict.fromkeys(classifier.policy.category, 0.0))
        for name, mail in held.mails.items():
            _, c = classify_mail(mail, open_door)
            label = held.labels[name]
            if c.action == "auto_reply":
                right = c.category == label["category"] and bool(label["auto_reply_ok"])
                points.append((c.category, c.confidence, right))
    return points


def choose_thresholds(
    points: list[tuple[str, float, bool]], *, target: float = 0.98
) -> dict[str, float]:
    """Per category, the lowest confidence at which the answers from there up reach the
    target precision; 1.0 (never alone) when no threshold does."""
    chosen = {}
    for category in sorted({c for c, _, _ in points}):
        mine = [(conf, right) for c, conf, right in points if c == category]
        chosen[category] = next(
            (
                t
                for t in sorted({conf for conf, _ in mine})
                if precision([right for conf, right in mine if conf >= t]) >= target
            ),
            1.0,
        )
    return chosen


def precision(flags: list[bool]) -> float:
    return sum(flags) / len(flags) if flags else 0.0


def with_thresholds(classifier: Classifier, thresholds: dict[str, float]) -> Classifier:
    """The classifier with these categories' thresholds replaced."""
    category = {
        name: p.model_copy(update={"threshold": thresholds[name]}) if name in thresholds else p
        for name, p in classifier.policy.category.items()
    }
    policy = classifier.policy.model_copy(update={"category": category})
    return Classifier(classifier.rules, classifier.regions, policy, classifier.calibration,
                      classifier.opinion)


def format_summary(reports: dict[str, Report]) -> str:
    """One line per held corpus: the figures issue #3 sets targets for."""
    fmt = lambda v: "  n/a" if v is None else f"{v:.3f}"  # noqa: E731
    out = [f"{'held out':<12}{'n':>5}{'macroF1':>9}{'ar-prec':>9}{'ar-cov':>8}{'safety':>8}"]
    for name, r in reports.items():
        out.append(
            f"{name:<12}{r.count:>5}{r.macro_f1:>9.3f}{fmt(r.auto_reply_precision):>9}"
            f"{fmt(r.auto_reply_coverage):>8}{fmt(r.automated_safety):>8}"
        )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.classify.crosscorpus")
    parser.add_argument("corpora", nargs="+", type=Path, help="folders with labels.jsonl")
    parser.add_argument("--config", type=Path, default=Path(__file__).parents[2] / "config")
    parser.add_argument("--target", type=float, default=0.98, help="auto-reply precision")
    parser.add_argument(
        "--write-calibration", action="store_true", help="learn it on all the corpora given"
    )
    args = parser.parse_args(argv)
    if len(args.corpora) < 2:
        parser.error("give at least two corpora")
    classifier = Classifier.load(args.config)
    corpora = [load_corpus(d) for d in args.corpora]
    reports = leave_one_corpus_out(classifier, corpora, target=args.target)
    for name, report in reports.items():
        sys.stdout.write(f"=== held out: {name}\n{format_report(report)}\n\n")
    sys.stdout.write(format_summary(reports) + "\n\nthresholds from all corpora:\n")
    thresholds = choose_thresholds(held_out_points(classifier, corpora), target=args.target)
    sys.stdout.writelines(f"  {c:<32}{t:.3f}\n" for c, t in thresholds.items())
    if args.write_calibration:
        for written in save_learnt(*pooled(corpora), classifier, args.config):
            sys.stdout.write(f"wrote {written}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
