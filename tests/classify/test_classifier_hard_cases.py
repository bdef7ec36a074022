from __future__ import annotations

import pytest
from classify_support import CONFIG, classify_raw, make_mail

from pipeline.classify.classifier import Classifier


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier.load(CONFIG)


def test_automated_mail_is_ignored_whatever_it_says(classifier: Classifier) -> None:
    raw = make_mail("J'ai oublié mon mot de passe e-sidoc.")

    _, c = classify_raw(classifier, raw, automated=True)

    assert (c.category, c.action, c.decided_by) == ("automated", "ignore", "automated:test")


def test_an_out_of_office_without_headers_is_ignored(classifier: Classifier) -> None:
    raw = make_mail(
        "Bonjour,\n\nJe suis absente jusqu'au 12 mars, je lirai vos messages à mon retour."
        "\n\nMarie",
        subject="Absence",
    )

    _, c = classify_raw(classifier, raw)

    assert (c.category, c.action) == ("automated", "ignore")


def test_a_clear_forgotten_password_is_answered(classifier: Classifier) -> None:
    raw = make_mail(
        "Bonjour,\n\nJ'ai oublie le mdp du portail esidoc du college, identifiant 0750654D.\n"
        "Pouvez-vous m'aider ?\n\nMerci\nClaire",
        subject="mdp oublie",
    )

    entities, c = classify_raw(classifier, raw)

    assert (c.category, c.action, entities.uai) == ("password_reset", "auto_reply", "0750654D")
    assert c.confidence >= 0.85


def test_a_negated_password_does_not_make_a_password_reset(classifier: Classifier) -> None:
    raw = make_mail(
        "Bonjour,\n\nJe n'ai pas oublié mon mot de passe, c'est le mail d'activation "
        "qui n'arrive pas depuis hier.\n\nMerci",
        subject="Activation",
    )

    _, c = classify_raw(classifier, raw)

    assert c.category == "missing_noreply_mail"


def test_saying_the_product_is_not_used_does_not_make_mailinblack(classifier: Classifier) -> None:
    raw = make_mail(
        "Bonjour,\n\nNous n'utilisons pas MailInBlack, pourtant vos e-mails automatiques "
        "n'arrivent jamais dans nos boîtes.\n\nCordialement"
    )

    _, c = classify_raw(classifier, raw)

    assert c.category == "missing_noreply_mail"


def test_an_english_negation_does_not_make_a_password_reset(classifier: Classifier) -> None:
    raw = make_mail(
        "Hello,\n\nI have not forgotten my password; the activation email never arrived.\n\nThanks"
    )

    _, c = classify_raw(classifier, raw)

    assert c.category == "missing_noreply_mail"


def test_the_quoted_history_does_not_decide(classifier: Classifier) -> None:
    body = (
        "Bonjour,\n\nPouvez-vous m'envoyer la facture de notre commande ?\n\nMerci\n\n"
        "Le lun. 3 mars 2025 à 10:02, Assistance <support@assistance.example.fr> a écrit :\n"
        "> Pour réinitialiser votre mot de passe oublié, cliquez sur le lien.\n"
    )
    raw = make_mail(body, subject="Re: question")

    _, c = classify_raw(classifier, raw)

    assert (c.category, c.action) == ("order_billing", "human_review")


def test_thanks_quoting_a_reset_answer_is_nothing_to_do(classifier: Classifier) -> None:
    body = (
        "Merci, le lien a bien fonctionné.\n\n"
        "Le lun. 3 mars 2025 à 10:02, Assistance <support@assistance.example.fr> a écrit :\n"
        "> Un lien de réinitialisation du mot de passe a été envoyé.\n"
    )
    raw = make_mail(body, subject="Re: mot de passe")

    _, c = classify_raw(classifier, raw)

    assert (c.category, c.action) == ("other", "human_review")


def test_two_topics_keep_the_first_category_but_go_to_a_person(classifier: Classifier) -> None:
    raw = make_mail(
        "Bonjour,\n\nJ'ai perdu le mot de passe e-sidoc. Par ailleurs, notre gestionnaire "
        "ne trouve pas la facture de l'abonnement.\n\nMerci"
    )

    _, c = classify_raw(classifier, raw)

    assert (c.category, c.action) == ("password_reset", "human_review")


def test_a_wrong_check_letter_holds_a_reset_for_a_person(classifier: Classifier) -> None:
    raw = make_mail("Bonjour, mot de passe oublié pour l'identifiant 0750654E. Merci")

    entities, c = classify_raw(classifier, raw)

    assert (entities.uai_typo, c.category, c.action) == (
        "0750654E", "password_reset", "human_review")
    assert c.held_by == ("uai_check_letter_wrong",)


def test_an_operator_may_let_the_reset_answer_ask_for_the_right_code(
        classifier: Classifier) -> None:
    policy = classifier.policy
    answering = policy.model_copy(update={"category": {
        **policy.category,
        "password_reset": policy.category["password_reset"].model_copy(
            update={"wrong_check_letter_holds": False})}})
    lenient = Classifier(classifier.rules, classifier.regions, answering,
                         classifier.calibration, classifier.opinion)
    raw = make_mail("Bonjour, mot de passe oublié pour l'identifiant 0750654E. Merci")

    entities, c = classify_raw(lenient, raw)

    assert (entities.uai_typo, c.category, c.action) == (
        "0750654E", "password_reset", "auto_reply")


def test_a_wrong_check_letter_and_a_guard_both_say_why_a_person_reads_it(
        classifier: Classifier) -> None:
    raw = make_mail("Bonjour, mot de passe oublié pour l'identifiant 0750654E. Pouvez-vous "
                    "l'envoyer sur mon adresse personnelle plutôt ? Merci")

    entities, c = classify_raw(classifier, raw)

    assert (entities.uai_typo, c.category, c.action) == (
        "0750654E", "password_reset", "human_review")
    assert {"uai_check_letter_wrong", "password_to_other_address"} <= set(c.held_by)


@pytest.mark.parametrize(("body", "category"), [
    ("Bonjour, le mail d'activation du portail e-sidoc ne m'est jamais parvenu, même dans "
     "les spams. Collège 0750654E. Merci", "missing_noreply_mail"),
    ("Bonjour, l'abonnement commandé hier pour le CDI n'est toujours pas visible sur le "
     "portail. Lycée 0750654E. Merci", "subscription_activation"),
])
def test_a_wrong_check_letter_does_not_hold_an_answer_that_does_not_use_the_code(
        classifier: Classifier, body: str, category: str) -> None:
    entities, c = classify_raw(classifier, make_mail(body))

    assert (entities.uai_typo, c.category, c.action) == ("0750654E", category, "auto_reply")


def test_a_wrong_check_letter_holds_an_answer_that_looks_the_establishment_up(
        classifier: Classifier) -> None:
    raw = make_mail("Bonjour, je suis la nouvelle documentaliste du collège 0750654E : "
                    "comment créer mon compte sur e-sidoc ? Merci")

    entities, c = classify_raw(classifier, raw)

    assert (entities.uai_typo, c.category, c.action) == (
        "0750654E", "account_creation", "human_review")
    assert "uai_check_letter_wrong" in c.held_by


def test_a_robots_digest_pasted_between_separators_is_read_as_the_question_about_it(
        classifier: Classifier) -> None:
    raw = make_mail(
        "Bonjour,\n\nMailinblack m'envoie ceci tous les matins. Dois-je autoriser vos "
        "messages ?\n\n-----------------------------\nMessages en attente :\n"
        "no-reply@esidoc.example.fr - Activation du compte [Autoriser] [Bloquer]\n"
        "Ce message est généré automatiquement, merci de ne pas y répondre.\n"
        "-----------------------------\n")

    _, c = classify_raw(classifier, raw)

    assert c.category == "mailinblack_spam"


def test_a_head_asking_for_a_reset_is_a_head_request_never_answered(classifier: Classifier) -> None:
    raw = make_mail(
        "Madame, Monsieur,\n\nJe vous demande de réinitialiser le mot de passe administrateur "
        "de notre portail e-sidoc.\n\nLe proviseur",
        sender="Proviseur Lycée Test <ce.0750654D@ac-paris.fr>",
    )

    _, c = classify_raw(classifier, raw)

    assert (c.category, c.action) == ("head_of_establishment_request", "human_review")


def test_the_maintenance_password_is_a_transfer_incident(classifier: Classifier) -> None:
    raw = make_mail("Bonjour, il me faut le mot de passe de maintenance du jour pour Charlemagne.")

    _, c = classify_raw(classifier, raw)

    assert c.category == "transfer_incident"


def test_an_unauthenticated_password_lure_is_not_answered(classifier: Classifier) -> None:
    raw = make_mail(
        "Votre boîte aux lettres est pleine. Confirmez votre mot de passe sous 24 heures : "
        "https://example.net/x",
        headers={"Authentication-Results": "mx; spf=fail; dmarc=fail"},
    )

    _, c = classify_raw(classifier, raw)

    assert (c.category, c.action) == ("other", "human_review")


def test_a_reply_on_a_ticket_goes_to_a_person(classifier: Classifier) -> None:
    raw = make_mail(
        "Toujours rien reçu, pas de mail d'activation.", subject="Re: [#SUP-001234] Activation"
    )

    _, c = classify_raw(classifier, raw)

    assert (c.category, c.action) == ("missing_noreply_mail", "human_review")


@pytest.mark.parametrize("value", ["no", "No", "false", "0"])
@pytest.mark.parametrize("header", ["X-Autoreply", "X-Autorespond"])
def test_an_autoreply_header_saying_no_is_a_person_and_gets_answered(
        classifier: Classifier, header: str, value: str) -> None:
    raw = make_mail("Bonjour,\n\nJ'ai oublié mon mot de passe e-sidoc, UAI 0750654D.\n",
                    subject="Mot de passe oublié", headers={header: value})

    _, c = classify_raw(classifier, raw)

    assert c.category != "automated"
