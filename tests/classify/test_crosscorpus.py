"""Leave one corpus out: what is learnt never comes from the corpus it is scored on."""

from __future__ import annotations

import pytest
from classify_support import CONFIG, make_mail

from pipeline.classify.classifier import Classifier
from pipeline.classify.crosscorpus import (
    Corpus,
    choose_thresholds,
    leave_one_corpus_out,
    with_thresholds,
)
from pipeline.ingest.parse import parse_mail


def corpus(name: str, rows: list[tuple[str, str]]) -> Corpus:
    """One message per (body, labelled category)."""
    mails = {f"{i}.eml": parse_mail(make_mail(body))[0] for i, (body, _) in enumerate(rows)}
    labels = {
        f"{i}.eml": {
            "file": f"{i}.eml",
            "category": cat,
            "auto_reply_ok": False,
            "uai": None,
            "region": None,
        }
        for i, (_, cat) in enumerate(rows)
    }
    return Corpus(name, mails, labels)


def test_the_threshold_is_the_lowest_confidence_from_which_answers_reach_the_target() -> None:
    points = [("a", 0.90, False), ("a", 0.95, True), ("a", 0.97, True), ("b", 0.99, False)]

    chosen = choose_thresholds(points, target=0.98)

    assert chosen == {"a": 0.95, "b": 1.0}


def test_a_threshold_replaces_only_its_category() -> None:
    classifier = Classifier.load(CONFIG)

    changed = with_thresholds(classifier, {"password_reset": 0.5})

    assert changed.policy.category["password_reset"].threshold == 0.5
    assert changed.policy.category["order_billing"] == classifier.policy.category["order_billing"]
    assert classifier.policy.category["password_reset"].threshold != 0.5


def test_a_held_corpus_is_scored_with_counts_from_the_others_only() -> None:
    classifier = Classifier.load(CONFIG)
    invoices_wrong = corpus("a", [("La facture est fausse.", "other")] * 10)
    invoice_right = corpus("b", [("La facture est fausse.", "order_billing")])

    reports = leave_one_corpus_out(classifier, [invoices_wrong, invoice_right])

    c = classifier.policy.confidence
    ((_, _, mean_b, _),) = reports["b"].reliability
    ((_, _, mean_a, _),) = reports["a"].reliability
    assert mean_b == pytest.approx((0 + c.prior_weight * c.prior) / (10 + c.prior_weight), abs=1e-4)
    assert mean_a == pytest.approx((1 + c.prior_weight * c.prior) / (1 + c.prior_weight), abs=1e-4)
    assert (reports["a"].count, reports["b"].count) == (10, 1)
