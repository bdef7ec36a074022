"""Leave one corpus out: learn on the other corpora, score on the held one.

Each labelled corpus was written by different people, so a k-fold split inside one corpus
hides how the classifier fares on a new writer's mail; holding a whole corpus out does not
(as far as the rules themselves were not written from it).

    python -m pipeline.classify.crosscorpus DIR DIR DIR [--config CONFIG_DIR]

Each DIR holds labels.jsonl and its .eml files; one report per held corpus, then a summary.
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
    Report,
    evaluate,
    format_report,
    predict,
    read_corpus,
    read_labels,
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


def leave_one_corpus_out(classifier: Classifier, corpora: list[Corpus]) -> dict[str, Report]:
    """For each corpus: the learnt parts fitted on the others only, scored on it."""
    reports = {}
    for held in corpora:
        mails, labels = pooled([c for c in corpora if c is not held])
        trained = train_classifier(mails, labels, classifier)
        predictions = [predict(n, m, trained) for n, m in held.mails.items()]
        reports[held.name] = evaluate(predictions, held.labels)
    return reports


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
    args = parser.parse_args(argv)
    if len(args.corpora) < 2:
        parser.error("give at least two corpora")
    reports = leave_one_corpus_out(
        Classifier.load(args.config), [load_corpus(d) for d in args.corpora]
    )
    for name, report in reports.items():
        sys.stdout.write(f"=== held out: {name}\n{format_report(report)}\n\n")
    sys.stdout.write(format_summary(reports) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
