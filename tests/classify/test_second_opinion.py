"""The second opinion: a small model learnt from labelled mail that must agree with the rules
before a mail is answered alone (sentences invented here)."""

from __future__ import annotations

from pathlib import Path

import pytest
from classify_support import CONFIG, classify_raw, make_mail, rules_alone

from pipeline.classify.classifier import Classifier
from pipeline.classify.opinion import SecondOpinion, features
from pipeline.errors import ConfigRejected
from pipeline.ingest.parse import parse_mail

RESET = ("Bonjour, j'ai perdu le mot de passe du compte de la médiathèque, "
         "merci de le réinitialiser.")


def mail(body: str, subject: str = "Question"):
    return parse_mail(make_mail(body, subject=subject))[0]


def taught(pairs: list[tuple[str, str]]) -> SecondOpinion:
    return SecondOpinion.train([t for t, _ in pairs], [c for _, c in pairs])


def test_words_and_pairs_of_words_are_the_features() -> None:
    assert features("mot de passe") == {"mot", "de", "passe", "mot de", "de passe"}


def test_it_names_the_category_whose_words_the_mail_shares() -> None:
    model = taught([("mot de passe perdu", "password_reset"),
                    ("reinitialiser le mot de passe", "password_reset"),
                    ("facture de la commande", "order_billing"),
                    ("bon de commande et facture", "order_billing")])

    assert model.top(mail("La facture de notre commande est fausse.")) == "order_billing"
    assert model.top(mail("Mot de passe perdu, que faire ?")) == "password_reset"


def test_a_saved_model_gives_the_same_answers(tmp_path: Path) -> None:
    model = taught([("mot de passe perdu", "password_reset"), ("facture", "order_billing")])
    model.save(tmp_path / "opinion.json")

    again = SecondOpinion.load(tmp_path / "opinion.json")

    for text in ("ma facture", "mon mot de passe", "rien à voir"):
        assert again.top(mail(text)) == model.top(mail(text))


def test_an_unreadable_model_is_refused_with_its_file(tmp_path: Path) -> None:
    (tmp_path / "opinion.json").write_text('{"version": "naive-bayes-0"}', encoding="utf-8")

    with pytest.raises(ConfigRejected, match="opinion.json"):
        SecondOpinion.load(tmp_path / "opinion.json")


def test_a_model_that_disagrees_holds_the_answer_for_a_person() -> None:
    rules = rules_alone(Classifier.load(CONFIG))
    _, alone = classify_raw(rules, make_mail(RESET))
    assert (alone.category, alone.action) == ("password_reset", "auto_reply")
    doubting = taught([("mot de passe perdu reinitialiser", "order_billing"),
                       ("facture", "password_reset")])
    agreeing = taught([("mot de passe perdu reinitialiser", "password_reset"),
                       ("facture", "order_billing")])

    _, held = classify_raw(with_opinion(rules, doubting), make_mail(RESET))
    _, answered = classify_raw(with_opinion(rules, agreeing), make_mail(RESET))

    assert (held.category, held.action) == ("password_reset", "human_review")
    assert held.held_by == ("second_opinion_order_billing",)
    assert (answered.category, answered.action) == ("password_reset", "auto_reply")


def test_the_configured_model_is_loaded_with_the_rules() -> None:
    classifier = Classifier.load(CONFIG)

    assert classifier.opinion is not None
    assert classifier.opinion.top(mail(RESET)) == "password_reset"


def with_opinion(classifier: Classifier, opinion: SecondOpinion) -> Classifier:
    return Classifier(classifier.rules, classifier.regions, classifier.policy,
                      classifier.calibration, opinion)
