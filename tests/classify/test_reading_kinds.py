"""Word families, hearsay masks, replies, forwards and second topics, on small rule files."""

from __future__ import annotations

from pathlib import Path

import pytest
from classify_support import CONFIG, classify_raw, make_mail

from pipeline.classify.classifier import CATEGORIES, Classifier
from pipeline.classify.rules import RuleSet
from pipeline.errors import ConfigRejected
from pipeline.ingest.parse import parse_mail

FORWARD = (
    "Bonjour,\n\nJe vous transfère la demande de ma collègue.\n\n"
    "---------- Forwarded message ---------\nDe : A <a@ac-lyon.fr>\nSubject: question\n\n"
    "Je ne trouve plus la facture de mars.\n"
)


def rules_from(toml: str, tmp_path: Path) -> RuleSet:
    path = tmp_path / "rules.toml"
    path.write_text(toml, encoding="utf-8")
    return RuleSet.load(path)


def classifier_from(rules: str, tmp_path: Path, *, covers: str = '"password_reset"') -> Classifier:
    """These rules, the shipped regions, every category answerable at confidence 0.5."""
    (tmp_path / "regions.toml").write_text((CONFIG / "regions.toml").read_text("utf-8"), "utf-8")
    answered = ("password_reset", "missing_noreply_mail", "mailinblack_spam")
    policy = "".join(
        f"[category.{c}]\nauto_reply = {str(c in answered).lower()}\nthreshold = 0.5\n"
        + (f"covers = [{covers}]\n" if c == "missing_noreply_mail" else "")
        for c in CATEGORIES
    )
    (tmp_path / "classify.toml").write_text(policy, "utf-8")
    (tmp_path / "rules.toml").write_text(rules, "utf-8")
    return Classifier.load(tmp_path)


def decided(rules: RuleSet, raw: bytes) -> str | None:
    rule, _ = rules.decide(parse_mail(raw)[0])
    return rule.name if rule else None


def test_a_word_family_is_written_into_every_pattern_that_names_it(tmp_path: Path) -> None:
    rules = rules_from(
        '[words]\npw = "mot de passe|mdp"\nlost = "oubli|perdu"\n'
        '[[rule]]\nname = "pw"\nsubject_or_body = ["\\\\b(?:{pw})\\\\b", "{lost}"]\n'
        'category = "password_reset"\n',
        tmp_path,
    )

    assert decided(rules, make_mail("mdp perdu")) == "pw"
    assert decided(rules, make_mail("mot de passe oublié")) == "pw"
    assert decided(rules, make_mail("mdp changé")) is None
    assert rules.spec.rule[0].subject_or_body == ["\\b(?:(?:mot de passe|mdp))\\b", "oubli|perdu"]


def test_a_family_may_use_only_the_families_above_it(tmp_path: Path) -> None:
    with pytest.raises(ConfigRejected) as refused:
        rules_from(
            '[words]\na = "x{b}"\nb = "y"\n[[rule]]\nname = "r"\ncategory = "other"\n', tmp_path
        )

    assert "{b}" in refused.value.reason


def test_an_unknown_family_in_a_rule_is_refused_with_the_rule_name(tmp_path: Path) -> None:
    with pytest.raises(ConfigRejected) as refused:
        rules_from(
            '[[rule]]\nname = "lost"\nsubject_or_body = ["{nope}"]\ncategory = "other"\n', tmp_path
        )

    assert "lost" in refused.value.reason and "{nope}" in refused.value.reason


def test_a_thing_said_absent_is_masked_wherever_it_is_named(tmp_path: Path) -> None:
    rules = rules_from(
        '[[negation]]\nname = "none"\npattern = "n\'avons pas mib[^,.]*"\neverywhere = "mib"\n'
        '[[rule]]\nname = "mib"\nsubject_or_body = ["mib"]\ncategory = "mailinblack_spam"\n',
        tmp_path,
    )

    assert decided(rules, make_mail("On m'a parlé de MIB. Nous n'avons pas MIB.")) is None
    assert decided(rules, make_mail("On m'a parlé de MIB. Nous l'avons.")) == "mib"


REPLY_RULES = (
    '[[rule]]\nname = "pw"\nsubject_or_body = ["mot de passe"]\ncategory = "password_reset"\n'
    '[[rule]]\nname = "bill"\nsubject_or_body = ["facture"]\ncategory = "order_billing"\n'
    '[[rule]]\nname = "fallback"\ncategory = "other"\n'
)


def test_a_reply_asking_something_new_is_decided_by_its_new_text(tmp_path: Path) -> None:
    rules = rules_from(REPLY_RULES, tmp_path)

    raw = make_mail("Merci, c'est réglé. Où est la facture ?", subject="Re: mot de passe")

    assert decided(rules, raw) == "bill"


def test_a_reply_about_nothing_new_keeps_the_topic_of_its_subject(tmp_path: Path) -> None:
    rules = rules_from(REPLY_RULES, tmp_path)

    assert decided(rules, make_mail("Toujours rien.", subject="Re: mot de passe")) == "pw"
    assert decided(rules, make_mail("Et la facture ?", subject="mot de passe")) == "pw"


def test_a_forward_with_a_bare_cover_note_is_read_with_the_forwarded_mail(
    tmp_path: Path,
) -> None:
    rules = rules_from(REPLY_RULES, tmp_path)

    assert decided(rules, make_mail(FORWARD, subject="Fwd: question")) == "bill"
    assert decided(rules, make_mail(FORWARD, subject="question")) == "bill"  # the marker
    assert decided(rules, make_mail("Voir plus bas.\n\n> facture", subject="Re: x")) == "fallback"


SECOND_TOPIC_RULES = (
    '[[rule]]\nname = "missing"\nsubject_or_body = ["jamais recu"]\n'
    'category = "missing_noreply_mail"\n'
    '[[rule]]\nname = "pw"\nsubject_or_body = ["mot de passe"]\ncategory = "password_reset"\n'
    '[[rule]]\nname = "bill"\nsubject_or_body = ["facture"]\ncategory = "order_billing"\n'
    '[[rule]]\nname = "fallback"\ncategory = "other"\n'
)


def test_another_category_s_rule_matching_too_holds_the_answer(tmp_path: Path) -> None:
    classifier = classifier_from(SECOND_TOPIC_RULES, tmp_path)

    _, alone = classify_raw(classifier, make_mail("Mail jamais reçu."))
    _, both = classify_raw(classifier, make_mail("Mail jamais reçu. Et la facture ?"))

    assert (alone.action, alone.held_by) == ("auto_reply", ())
    assert (both.category, both.action) == ("missing_noreply_mail", "human_review")
    assert "also_order_billing" in both.held_by
    assert both.confidence == pytest.approx(
        alone.confidence * classifier.policy.confidence.second_topic
    )


def test_a_category_the_decided_one_covers_is_not_a_second_topic(tmp_path: Path) -> None:
    classifier = classifier_from(SECOND_TOPIC_RULES, tmp_path)

    _, c = classify_raw(classifier, make_mail("Le mail du nouveau mot de passe : jamais reçu."))

    assert (c.category, c.action, c.held_by) == ("missing_noreply_mail", "auto_reply", ())


def test_confidence_is_the_prior_for_an_unmeasured_rule_and_catch_all_for_the_fallback(
    tmp_path: Path,
) -> None:
    classifier = classifier_from(SECOND_TOPIC_RULES, tmp_path)

    _, rule = classify_raw(classifier, make_mail("La facture ?"))
    _, fallback = classify_raw(classifier, make_mail("Bonjour"))

    assert rule.confidence == pytest.approx(classifier.policy.confidence.prior)
    assert fallback.confidence == pytest.approx(classifier.policy.confidence.catch_all)


def test_an_unknown_category_in_covers_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigRejected) as refused:
        classifier_from(SECOND_TOPIC_RULES, tmp_path, covers='"pasword_reset"')

    assert "pasword_reset" in refused.value.reason


def test_a_request_read_in_a_forwarded_mail_is_answered_as_if_written_to_us(
        tmp_path: Path) -> None:
    classifier = classifier_from(SECOND_TOPIC_RULES, tmp_path)
    forwarded = FORWARD.replace("Je ne trouve plus la facture de mars.", "Mail jamais reçu.")

    _, c = classify_raw(classifier, make_mail(forwarded, subject="Fwd: question"))
    _, direct = classify_raw(classifier, make_mail("Bonjour,\n\nMail jamais reçu.\n"))

    assert (c.category, c.action) == ("missing_noreply_mail", "auto_reply")
    assert (direct.category, direct.action) == (c.category, c.action)


def test_a_long_new_text_lowers_the_confidence(tmp_path: Path) -> None:
    classifier = classifier_from(SECOND_TOPIC_RULES, tmp_path)
    filler = " Je vous écris de la part du collège." * 20

    _, short = classify_raw(classifier, make_mail("Mail jamais reçu."))
    _, long = classify_raw(classifier, make_mail("Mail jamais reçu." + filler))

    assert long.confidence == pytest.approx(
        short.confidence * classifier.policy.confidence.long_text_factor, abs=1e-4
    )
