"""detect_automated names the evidence that a machine wrote the mail, and leaves people alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.case import ParsedMail
from pipeline.classify.automated import detect_automated
from pipeline.ingest.parse import parse_mail

MAIL = Path(__file__).resolve().parents[1] / "mail"
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
OWN = frozenset({"support@assistance.example.fr", "ile-de-france@assistance.example.fr"})
PERSON_BODY = "Bonjour,\r\n\r\nJe n'arrive plus a me connecter.\r\n\r\nCordialement,\r\nAnne\r\n"


def mail(
    extra: str = "",
    *,
    sender: str = "Anne Morel <anne.morel@ac-paris.fr>",
    subject: str = "Mot de passe",
    body: str = PERSON_BODY,
    content_type: str = "text/plain; charset=utf-8",
) -> ParsedMail:
    head = (
        f"From: {sender}\r\nTo: support@assistance.example.fr\r\nSubject: {subject}\r\n"
        f"Date: Mon, 2 Sep 2024 10:12:00 +0200\r\nMessage-ID: <t@x>\r\n{extra}"
        f"MIME-Version: 1.0\r\nContent-Type: {content_type}\r\n\r\n"
    )
    return parse_mail((head + body).encode("utf-8"))[0]


def sample(name: str) -> ParsedMail:
    return parse_mail((MAIL / name).read_bytes())[0]


def reason(parsed: ParsedMail) -> str:
    result = detect_automated(parsed, own_addresses=OWN)
    assert result.automated, "expected automated"
    return result.reason


AUTOMATED_HEADERS = {
    "auto_submitted_auto_replied": "Auto-Submitted: auto-replied\r\n",
    "auto_submitted_upper_case_with_parameters": "Auto-Submitted: AUTO-REPLIED (vacation)\r\n",
    "auto_submitted_auto_generated": "Auto-Submitted: auto-generated\r\n",
    "auto_submitted_auto_notified": "Auto-Submitted: auto-notified\r\n",
    "precedence_bulk": "Precedence: bulk\r\n",
    "precedence_list": "Precedence: list\r\n",
    "precedence_junk": "Precedence: junk\r\n",
    "precedence_auto_reply": "Precedence: auto_reply\r\n",
    "list_id": "List-Id: Documentalistes <doc.ac-rennes.fr>\r\n",
    "list_unsubscribe": "List-Unsubscribe: <https://news.example.com/u?x=1>\r\n",
    "suppress_all": "X-Auto-Response-Suppress: All\r\n",
    "suppress_oof": "X-Auto-Response-Suppress: DR, RN, NRN, OOF, AutoReply\r\n",
    "suppress_oof_alone": "X-Auto-Response-Suppress: OOF\r\n",
    "x_autoreply": "X-Autoreply: yes\r\n",
    "x_autorespond": "X-Autorespond: vacation\r\n",
    "x_autoresponder": "X-Autoresponder: on\r\n",
    "x_loop": "X-Loop: helpdesk@region.example.fr\r\n",
    "null_return_path": "Return-Path: <>\r\n",
}


@pytest.mark.parametrize("header", AUTOMATED_HEADERS.values(), ids=AUTOMATED_HEADERS.keys())
def test_mail_with_an_automation_header_is_automated_and_the_reason_names_it(
    header: str,
) -> None:
    parsed = mail(header)

    assert reason(parsed).split(":")[0].lower() == header.split(":")[0].lower()


ROBOT_SENDERS = [
    "MAILER-DAEMON@mx.example.org",
    "Mail Delivery System <Mailer-Daemon@smtp.mairie-lavaur.fr>",
    "postmaster@ac-lyon.fr",
    "e-sidoc <no-reply@esidoc.example.fr>",
    "noreply@example.com",
    "noreply-dmarc-support@google.com",
    "Plateforme <ne-pas-repondre@espace-acheteur.example.fr>",
    "nepasrepondre@ac-nice.fr",
    "do-not-reply@example.com",
    "DoNotReply@service.example.com",
]


@pytest.mark.parametrize("sender", ROBOT_SENDERS)
def test_mail_from_a_robot_sender_is_automated(sender: str) -> None:
    assert reason(mail(sender=sender)).startswith("From: robot sender")


def test_forged_no_reply_sender_failing_dmarc_goes_to_a_person() -> None:
    auth = "Authentication-Results: mx1; spf=fail smtp.mailfrom=x.example; dmarc=fail\r\n"

    parsed = mail(auth, sender="no-reply@esign-secure.example.net")

    assert not detect_automated(parsed, own_addresses=OWN).automated


def test_our_own_mail_coming_back_is_automated() -> None:
    parsed = mail(sender="Assistance <Support@Assistance.example.fr>")

    assert reason(parsed) == "From: our own address support@assistance.example.fr"


def test_multipart_report_bounce_is_automated() -> None:
    assert reason(sample("bounce_multipart_report.eml")) == "Content-Type: multipart/report"


def test_read_receipt_is_automated() -> None:
    assert reason(sample("read_receipt.eml")) == "Content-Type: multipart/report"


@pytest.mark.parametrize("kind", ["message/delivery-status", "message/disposition-notification"])
def test_bare_report_content_type_is_automated(kind: str) -> None:
    assert reason(mail(content_type=kind, body="Action: failed\r\n")) == f"Content-Type: {kind}"


def test_auto_submitted_reply_is_automated() -> None:
    assert reason(sample("ooo_auto_submitted.eml")) == "Auto-Submitted: auto-replied (vacation)"


def test_outlook_reponse_automatique_without_headers_is_automated() -> None:
    assert reason(sample("outlook_ooo_no_headers.eml")).startswith("out-of-office subject")


def test_plain_text_bounce_without_headers_is_automated() -> None:
    assert reason(sample("plain_bounce_no_headers.eml")).startswith("bounce subject")


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Automatic reply: Your request", "I am out of the office until Monday.\r\n"),
        ("Out of Office: order", "I'm away and will be back on 9 September.\r\n"),
        ("Absent jusqu'au 6 janvier", "Je suis en congés. Je lirai vos messages à mon retour.\r\n"),
        ("Undeliverable: invoice", "Your message couldn't be delivered to compta@x.fr.\r\n"),
        ("Non remis : facture", "Votre message n'a pas pu être remis à compta@x.fr.\r\n"),
        ("Delivery Status Notification (Failure)", "Address not found: could not be delivered\r\n"),
        ("Mail delivery failed: returning message", "This is a permanent error.\r\n"),
    ],
)
def test_out_of_office_or_bounce_wording_without_headers_is_automated(
    subject: str, body: str
) -> None:
    assert "subject and text" in reason(mail(subject=subject, body=body))


def test_notification_saying_it_was_sent_automatically_is_automated() -> None:
    body = "Le document est signé.\r\n\r\nCe message a été envoyé automatiquement.\r\n"

    assert reason(mail(body=body, sender="dse@esign.example.com")).startswith("machine wording")


PASTED_DIGEST = (
    "----------------------------------------\r\n"
    "Vos messages en attente :\r\n"
    "  no-reply@esidoc.example.fr - Activation de votre compte   [Autoriser] [Bloquer]\r\n"
    "Ce message a été généré automatiquement, merci de ne pas y répondre.\r\n"
    "----------------------------------------\r\n"
)


@pytest.mark.parametrize("body", [
    f"Bonjour,\r\n\r\nJe reçois ceci chaque matin, dois-je débloquer vos mails ?\r\n\r\n"
    f"{PASTED_DIGEST}",
    f"Bonjour, je colle ci-dessous ce que je reçois :\r\n\r\n{PASTED_DIGEST}\r\n"
    "Faut-il cliquer sur Autoriser ?\r\n",
])
def test_a_robots_text_pasted_by_a_person_who_asks_about_it_is_not_automated(body: str) -> None:
    result = detect_automated(mail(body=body), own_addresses=OWN)

    assert (result.automated, result.reason) == (False, "")


def test_a_robots_text_between_separators_without_a_question_is_automated() -> None:
    body = f"Rapport quotidien de filtrage\r\n\r\n{PASTED_DIGEST}"

    assert reason(mail(body=body)).startswith("machine wording")


NOT_AUTOMATED = {
    "auto_submitted_no": dict(extra="Auto-Submitted: no\r\n"),
    "plain_mail": {},
    "suppress_empty": dict(extra="X-Auto-Response-Suppress: \r\n"),
    "person_says_message_non_remis": dict(
        subject="Problème de réception : message non remis",
        body="Bonjour, le message de réinitialisation est non remis depuis hier.\r\n",
    ),
    "person_writes_absence_subject": dict(
        subject="Absence de mail d'activation", body="Je suis de retour le 3 et rien reçu.\r\n"
    ),
    "person_says_automatic_reply_never_came": dict(
        subject="Réponse automatique jamais reçue", body="Je n'ai reçu aucun lien.\r\n"
    ),
    "bounce_subject_without_bounce_text": dict(
        subject="Undeliverable: question", body="Hello, why was my order cancelled?\r\n"
    ),
}


@pytest.mark.parametrize("kwargs", NOT_AUTOMATED.values(), ids=NOT_AUTOMATED.keys())
def test_mail_written_by_a_person_is_not_automated(kwargs: dict[str, str]) -> None:
    result = detect_automated(mail(**kwargs), own_addresses=OWN)

    assert (result.automated, result.reason) == (False, "")


def test_person_mentioning_absence_in_the_body_is_not_automated() -> None:
    result = detect_automated(sample("person_mentions_absence.eml"), own_addresses=OWN)

    assert not result.automated


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_dev_corpus_automated_labels_are_all_detected_and_nothing_else() -> None:
    labels = [json.loads(line) for line in (CORPUS / "dev" / "labels.jsonl").open()]

    wrong = []
    for label in labels:
        parsed = parse_mail((CORPUS / "dev" / label["file"]).read_bytes())[0]
        found = detect_automated(parsed, own_addresses=OWN).automated
        if found != (label["category"] == "automated"):
            wrong.append(label["file"])

    assert wrong == []


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_in_threads_only_the_desk_answers_and_the_out_of_office_are_automated() -> None:
    mails = {p.name: parse_mail(p.read_bytes())[0] for p in (CORPUS / "threads").glob("*.eml")}

    found = {name for name, m in mails.items() if detect_automated(m, own_addresses=OWN).automated}

    desk = {name for name, m in mails.items() if m.sender.email in OWN}
    assert found == desk | {"t5-03.eml"}
