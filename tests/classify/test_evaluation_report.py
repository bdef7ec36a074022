from __future__ import annotations

import json
from pathlib import Path

import pytest
from classify_support import CONFIG, make_mail

from pipeline.classify.classifier import Calibration, Classifier
from pipeline.classify.evaluate import (
    Prediction,
    classify_file,
    evaluate,
    format_report,
    reliability_table,
    train_calibration,
    what_if,
)
from pipeline.ingest.parse import parse_mail

CONTRACT_KEYS = {"file", "category", "confidence", "action", "uai", "region", "platform"}


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier.load(CONFIG)


def label(
    file: str, category: str, ok: bool = False, uai: str | None = None, region: str | None = None
) -> dict[str, object]:
    return {"file": file, "category": category, "auto_reply_ok": ok, "uai": uai, "region": region}


def test_the_reliability_table_bins_confidence_against_accuracy() -> None:
    points = [(0.95, True), (0.96, True), (0.97, False), (0.55, True), (0.6, False)]

    table = reliability_table(points)

    assert table[0] == ("[0.50, 0.70]", 2, pytest.approx(0.575), 0.5)
    assert table[-1] == ("[0.95, 1.00]", 3, pytest.approx(0.96), pytest.approx(2 / 3))


def test_calibration_shrinks_a_rule_s_counts_toward_the_prior() -> None:
    calibration = Calibration(version="t", rules={"r": (9, 10), "perfect": (40, 40)})

    assert calibration.confidence("r", 0.9, 10) == pytest.approx((9 + 9) / 20)
    assert calibration.confidence("perfect", 0.9, 40) == pytest.approx(76 / 80)
    assert calibration.confidence("unseen", 0.9, 40) == 0.9


def test_auto_reply_precision_counts_a_right_category_with_a_forbidden_answer_as_wrong() -> None:
    labels = {
        f: label(f, c, ok)
        for f, c, ok in [
            ("a", "password_reset", True),
            ("b", "password_reset", False),
            ("c", "automated", False),
            ("d", "other", False),
        ]
    }
    predictions = [
        Prediction("a", "password_reset", 0.9, "auto_reply"),
        Prediction("b", "password_reset", 0.9, "auto_reply"),
        Prediction("c", "automated", 1.0, "ignore"),
        Prediction("d", "password_reset", 0.6, "human_review"),
    ]

    report = evaluate(predictions, labels)

    assert (report.auto_reply_precision, report.auto_reply_coverage, report.automated_safety) == (
        0.5,
        1.0,
        1.0,
    )
    assert report.per_category["password_reset"][:3] == (
        pytest.approx(2 / 3),
        1.0,
        pytest.approx(0.8),
    )
    assert report.confusion["other"]["password_reset"] == 1


def test_an_answered_automated_mail_breaks_safety() -> None:
    report = evaluate(
        [Prediction("a", "password_reset", 0.9, "auto_reply")], {"a": label("a", "automated")}
    )

    assert report.automated_safety == 0.0


def test_uai_and_region_accuracy_compare_null_exactly() -> None:
    labels = {
        "a": label("a", "other", uai=None, region=None),
        "b": label("b", "other", uai="0750654D", region="ile-de-france"),
    }
    predictions = [
        Prediction("a", "other", 0.5, "human_review", uai=None, region="bretagne"),
        Prediction("b", "other", 0.5, "human_review", uai="0750654D", region="ile-de-france"),
    ]

    report = evaluate(predictions, labels)

    assert (report.uai_accuracy, report.region_accuracy) == (1.0, 0.5)
    assert "macro-F1" in format_report(report) and "reliability" in format_report(report)


def test_classify_file_prints_exactly_the_contract_keys(
    classifier: Classifier, tmp_path: Path
) -> None:
    path = tmp_path / "m.eml"
    path.write_bytes(make_mail("J'ai oublié le mot de passe e-sidoc, UAI 0750654D.", subject="mdp"))

    line = classify_file(path, classifier)

    assert set(line) == CONTRACT_KEYS and line["file"] == str(path)
    assert (line["category"], line["uai"], line["region"], line["platform"]) == (
        "password_reset",
        "0750654D",
        "ile-de-france",
        "esidoc",
    )
    assert line["confidence"] == round(line["confidence"], 2) and json.dumps(line)


def test_an_unparseable_file_still_gets_a_line_with_error(
    classifier: Classifier, tmp_path: Path
) -> None:
    path = tmp_path / "broken.eml"
    path.write_bytes(b"\x00\x01 not a mail")

    line = classify_file(path, classifier)

    assert set(line) == CONTRACT_KEYS | {"error"}
    assert (line["category"], line["action"]) == ("other", "human_review")


def test_calibration_is_learnt_per_deciding_rule(classifier: Classifier) -> None:
    mails = {
        "a": parse_mail(make_mail("Facture en double, merci d'annuler."))[0],
        "b": parse_mail(make_mail("Le devis est faux."))[0],
    }
    labels = {"a": label("a", "order_billing"), "b": label("b", "other")}

    calibration = train_calibration(mails, labels, classifier)

    assert calibration.rules["order_or_invoice"] == (1, 2)


def test_what_if_lists_only_messages_whose_decision_changes(
    classifier: Classifier, tmp_path: Path
) -> None:
    for name in ("regions.toml", "classify.toml"):
        (tmp_path / name).write_text((CONFIG / name).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "rules.toml").write_text(
        '[[rule]]\nname = "invoices_are_contracts"\nsubject_or_body = ["facture"]\n'
        'category = "contract_documents"\n[[rule]]\nname = "fallback"\ncategory = "other"\n',
        encoding="utf-8",
    )
    candidate = Classifier.load(tmp_path)
    mails = [
        ("1", parse_mail(make_mail("Facture en double, merci d'annuler."))[0]),
        ("2", parse_mail(make_mail("Bonjour, un menu de cantine ?"))[0]),
    ]

    changes = what_if(classifier, candidate, mails)

    assert [(c["id"], c["before"].category, c["after"].category) for c in changes] == [
        ("1", "order_billing", "contract_documents")
    ]
