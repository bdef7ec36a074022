from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from classify_support import CONFIG, make_mail

from pipeline.classify.classifier import Classifier
from pipeline.classify.rules import RuleSet, RulesFile, days_since_named_days
from pipeline.errors import ConfigRejected
from pipeline.ingest.parse import parse_mail


def rules_from(toml: str, tmp_path: Path) -> RuleSet:
    path = tmp_path / "rules.toml"
    path.write_text(toml, encoding="utf-8")
    return RuleSet.load(path)


def decide(rules: RuleSet, raw: bytes) -> str | None:
    mail, _ = parse_mail(raw)
    rule = rules.first_match(rules.read(mail))
    return rule.name if rule else None


def test_a_header_rule_needs_the_header_and_a_matching_value(tmp_path: Path) -> None:
    rules = rules_from(
        '[[rule]]\nname = "list"\nheader = { List-Id = "." }\ncategory = "automated"\n', tmp_path
    )

    assert decide(rules, make_mail("x", headers={"List-Id": "<doc.ac-rennes.fr>"})) == "list"
    assert decide(rules, make_mail("x")) is None


def test_a_subject_or_body_rule_needs_every_pattern_accents_ignored(tmp_path: Path) -> None:
    rules = rules_from(
        '[[rule]]\nname = "pw"\nsubject_or_body = ["mot de passe", "oubli"]\n'
        'category = "password_reset"\n',
        tmp_path,
    )

    assert decide(rules, make_mail("J'ai OUBLIÉ le mot de passe")) == "pw"
    assert decide(rules, make_mail("Le mot de passe marche")) is None


def test_subject_or_body_reads_the_subject_but_not_the_signature(tmp_path: Path) -> None:
    rules = rules_from(
        '[[rule]]\nname = "inv"\nsubject_or_body = ["facture"]\ncategory = "order_billing"\n',
        tmp_path,
    )

    assert decide(rules, make_mail("Merci de regarder.", subject="Facture")) == "inv"
    assert decide(rules, make_mail("Bonjour\n\nCordialement,\n-- \nService facture\n")) is None


def test_a_sender_domain_rule_matches_the_from_domain(tmp_path: Path) -> None:
    rules = rules_from(
        '[[rule]]\nname = "acad"\nsender_domain = ["^ac-[a-z-]+\\\\.fr$"]\ncategory = "other"\n',
        tmp_path,
    )

    assert decide(rules, make_mail("x", sender="a <a@ac-lyon.fr>")) == "acad"
    assert decide(rules, make_mail("x", sender="a <a@ac-lyon.fr.evil.com>")) is None


def test_unless_vetoes_a_rule(tmp_path: Path) -> None:
    rules = rules_from(
        '[[rule]]\nname = "thanks"\nsubject_or_body = ["merci"]\nunless = ["\\\\?"]\n'
        'category = "other"\n',
        tmp_path,
    )

    assert decide(rules, make_mail("Merci !")) == "thanks"
    assert decide(rules, make_mail("Merci, et pour la facture ?")) is None


def test_a_negation_masks_its_clause_before_rules_read(tmp_path: Path) -> None:
    rules = rules_from(
        '[[negation]]\nname = "neg"\npattern = "n\'ai pas oublie[^,]*"\n'
        '[[rule]]\nname = "pw"\nsubject_or_body = ["mot de passe"]\ncategory = "password_reset"\n',
        tmp_path,
    )

    assert decide(rules, make_mail("Je n'ai pas oublié mon mot de passe, rien reçu")) is None


def test_the_first_rule_in_file_order_decides(tmp_path: Path) -> None:
    rules = rules_from(
        '[[rule]]\nname = "first"\nsubject_or_body = ["a"]\ncategory = "other"\n'
        '[[rule]]\nname = "second"\nsubject_or_body = ["a"]\ncategory = "other"\n',
        tmp_path,
    )

    assert decide(rules, make_mail("a")) == "first"


def test_a_toml_syntax_error_is_refused_with_file_and_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigRejected) as refused:
        rules_from('[[rule]]\nname = "a"\ncategory = \n', tmp_path)

    assert refused.value.path.endswith("rules.toml") and refused.value.line == 3


def test_a_bad_pattern_is_refused_with_the_line_of_its_key(tmp_path: Path) -> None:
    toml = (
        '[[rule]]\nname = "ok"\ncategory = "other"\n\n'
        '[[rule]]\nname = "bad"\nsubject_or_body = ["(unclosed"]\ncategory = "other"\n'
    )

    with pytest.raises(ConfigRejected) as refused:
        rules_from(toml, tmp_path)

    assert (refused.value.line, refused.value.key) == (7, "rule.1.subject_or_body")


def test_an_unknown_key_is_refused_with_its_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigRejected) as refused:
        rules_from('[[rule]]\nname = "a"\ncategory = "other"\ncatgory = "x"\n', tmp_path)

    assert (refused.value.line, refused.value.key) == (4, "rule.0.catgory")


def test_an_unknown_category_is_refused_when_the_classifier_loads(tmp_path: Path) -> None:
    for name in ("regions.toml", "classify.toml"):
        (tmp_path / name).write_text((CONFIG / name).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "rules.toml").write_text(
        '[[rule]]\nname = "a"\ncategory = "other"\n\n'
        '[[rule]]\nname = "b"\ncategory = "passwrd_reset"\n',
        encoding="utf-8",
    )

    with pytest.raises(ConfigRejected) as refused:
        Classifier.load(tmp_path)

    assert refused.value.line == 7 and "passwrd_reset" in refused.value.reason


def test_the_shipped_rules_load_and_every_rule_has_a_unique_name() -> None:
    spec = RuleSet.load(CONFIG / "rules.toml").spec

    names = [r.name for r in spec.rule]

    assert isinstance(spec, RulesFile) and len(names) == len(set(names)) and names[-1] == "fallback"


SENT = datetime(2025, 1, 5, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize("text, days", [
    ("commande le 2 janvier", [3]),
    ("depuis le 1er janvier", [4]),
    ("le 03 janvier", [2]),
    ("commande le 20 decembre", [16]),   # last year's December
    ("la formation du 20 janvier", []),  # a plan, not a past day
    ("le 31 avril", []),                 # no such day
    ("le 29 fevrier", []),               # 2025 has none
    ("le 2 janvier et le 28 decembre", [3, 8]),
    ("ordered on 2 january", [3]),
    ("purchased on the 1st of january", [4]),
    ("bought january 3rd", [2]),
    ("renewed on december 20", [16]),
    ("you may 2 weeks ago", []),         # "may" before a number is a verb
])
def test_days_since_the_days_a_text_names(text: str, days: list[int]) -> None:
    assert list(days_since_named_days(text, SENT)) == days


def test_without_a_date_every_named_day_counts_as_long_past() -> None:
    assert all(d > 1000 for d in days_since_named_days("commande le 2 janvier", None))


def test_a_dated_rule_holds_when_a_named_day_is_old_enough(tmp_path: Path) -> None:
    rules = rules_from('[[rule]]\nname = "old"\ndated_days_ago = 4\ncategory = "other"\n',
                       tmp_path)  # make_mail's Date: 27 October 2024

    assert decide(rules, make_mail("Abonnement commandé le 20 octobre.")) == "old"
    assert decide(rules, make_mail("Abonnement commandé le 25 octobre.")) is None
    assert decide(rules, make_mail("Abonnement commandé hier.")) is None
