"""Missing no-reply mail, MailInBlack, subscriptions, accounts, and the staff path, end to end."""

from __future__ import annotations

from datetime import timedelta

from conftest import Stack, drop_in_maildir
from procedures_support import (
    deliver,
    dev_mail,
    events,
    inbox,
    load_directory,
    mail_to,
    new_mail,
    only_ticket,
    sent_mail,
    text_of,
)
from sqlmodel import select

from pipeline.tickets.models import OutboxMail, Ticket, utcnow


def test_a_missing_activation_mail_gets_the_junk_folder_procedure_with_the_platform_sender(
        stack: Stack):
    deliver(stack, dev_mail("d003.eml"))  # Espace Acheteur, no anti-spam product named

    (answer,) = sent_mail(stack)
    ticket = only_ticket(stack)
    text = text_of(answer)
    assert answer["To"] == "i.roussel@sivom-vallee-du-loing.fr"
    assert "no-reply@acheteur.example.fr" in text
    assert "ne-pas-repondre@esidoc.example.fr" not in text  # only the platform concerned
    assert "MailInBlack" in text
    assert (ticket.state, ticket.waiting_on, ticket.routed_at) == ("pending", "user", None)


def test_when_our_own_mail_to_that_address_bounced_the_answer_says_so_with_the_reason(
        stack: Stack):
    with stack.session() as session:
        session.add(OutboxMail(key="earlier", kind="acknowledgement", message_id="x@y",
                               to_addr="i.roussel@sivom-vallee-du-loing.fr", raw=b"",
                               state="failed", last_error="552 5.2.2 mailbox full",
                               created_at=utcnow()))
        session.commit()

    deliver(stack, dev_mail("d003.eml"))

    (answer,) = mail_to(stack, "i.roussel@sivom-vallee-du-loing.fr")
    assert "552 5.2.2 mailbox full" in text_of(answer)
    assert "Courrier indésirable" not in text_of(answer)


def test_mailinblack_gets_the_allow_list_guide_and_the_regional_team_is_told(stack: Stack):
    deliver(stack, dev_mail("d014.eml"))  # UAI 0691872K: Auvergne-Rhône-Alpes

    (answer,) = mail_to(stack, "y.perret@cite-scolaire-ampere.fr")
    (notice,) = mail_to(stack, "auvergne-rhone-alpes@assistance.example.fr")
    ticket = only_ticket(stack)
    assert "mailinblack-liste-blanche.pdf" in text_of(answer)
    assert "no-reply@acheteur.example.fr" in text_of(answer)
    assert ticket.reference in text_of(notice)
    assert f"/tickets/{ticket.reference}" in text_of(notice)
    assert notice["Auto-Submitted"] == "auto-generated"
    assert ticket.routed_to == "auvergne-rhone-alpes@assistance.example.fr"
    assert ticket.state == "pending"


def test_a_routed_ticket_without_a_region_goes_to_the_national_queue(stack: Stack):
    deliver(stack, dev_mail("d092.eml"))  # MailInBlack, no UAI, gmail-like sender: no region

    (notice,) = mail_to(stack, "national@assistance.example.fr")
    assert only_ticket(stack).routed_to == "national@assistance.example.fr"
    assert notice["Subject"]


MISSING = ("Toujours pas de mail d'activation",
           "Bonjour, je n'ai toujours pas reçu le mail d'activation de l'Espace Acheteur. Merci.")


def test_the_same_need_asked_again_within_the_week_goes_to_a_person_and_the_region(
        stack: Stack):
    deliver(stack, dev_mail("d003.eml"))  # answered with the junk-folder procedure
    deliver(stack, new_mail("i.roussel@sivom-vallee-du-loing.fr", *MISSING,
                            message_id="again-1@sivom-vallee-du-loing.fr"))

    first, again = mail_to(stack, "i.roussel@sivom-vallee-du-loing.fr")
    assert "no-reply@acheteur.example.fr" in text_of(first)
    assert "no-reply@acheteur.example.fr" not in text_of(again)  # the acknowledgement only
    with stack.session() as session:
        earlier, second = session.exec(select(Ticket).order_by(Ticket.id)).all()
    assert (second.category, second.waiting_on) == ("missing_noreply_mail", "staff")
    (handed,) = events(stack, "handed_to_staff")
    assert handed.ticket_id == second.id
    assert f"asked again after our automatic answer on {earlier.reference}" in handed.detail
    assert second.routed_to == "national@assistance.example.fr"  # no region: the national queue


def test_both_mails_in_one_batch_count_as_asked_again(stack: Stack):
    for n in (1, 2):
        drop_in_maildir(inbox(stack), new_mail("doc@clg-exemple.fr", *MISSING,
                                               message_id=f"batch-{n}@clg-exemple.fr"))
    stack.poll()

    answers = [text_of(m) for m in mail_to(stack, "doc@clg-exemple.fr")]
    assert sum("no-reply@acheteur.example.fr" in text for text in answers) == 1
    assert len(events(stack, "handed_to_staff")) == 1


def test_after_the_week_the_procedure_is_sent_again(stack: Stack):
    deliver(stack, dev_mail("d003.eml"))
    with stack.session() as session:
        for row in session.exec(select(OutboxMail)):
            row.created_at = stack.clock() - timedelta(days=8)
            session.add(row)
        session.commit()

    deliver(stack, new_mail("i.roussel@sivom-vallee-du-loing.fr", *MISSING,
                            message_id="again-2@sivom-vallee-du-loing.fr"))

    answers = mail_to(stack, "i.roussel@sivom-vallee-du-loing.fr")
    assert ["no-reply@acheteur.example.fr" in text_of(m) for m in answers] == [True, True]
    assert events(stack, "handed_to_staff") == []


def test_a_subscription_gets_the_72_hour_rule(stack: Stack):
    deliver(stack, new_mail("doc@clg-exemple.fr", "Abonnement Cafeyn non visible",
                            "Bonjour, nous avons commandé l'abonnement Cafeyn hier mais il "
                            "n'apparaît pas encore dans e-sidoc. Merci.",
                            message_id="sub-1@clg-exemple.fr"))

    (answer,) = sent_mail(stack)
    assert "72 heures" in text_of(answer)
    assert only_ticket(stack).state == "pending"


def test_a_head_of_establishment_request_is_acknowledged_and_lands_in_the_staff_queue(
        stack: Stack):
    deliver(stack, dev_mail("d012.eml"))

    ticket = only_ticket(stack)
    answers = mail_to(stack, ticket.requester)
    assert len(answers) == 1 and "48 heures" in text_of(answers[0])
    assert (ticket.state, ticket.waiting_on) == ("open", "staff")
    assert ticket.routed_to == "ile-de-france@assistance.example.fr"
    assert events(stack, "head_request_evidence")


def test_an_order_question_gets_a_courteous_acknowledgement_with_the_delay(stack: Stack):
    load_directory(stack, "0693421U,Collège A,ce.0693421U@ac-lyon.fr,,esidoc\n")

    deliver(stack, new_mail("gestion@ac-lyon.fr", "Facture introuvable dans Chorus",
                            "Bonjour, la facture de notre commande n'apparaît pas dans Chorus. "
                            "Pouvez-vous la déposer ? Collège 0693421U.",
                            message_id="bill-1@ac-lyon.fr"))

    ticket = only_ticket(stack)
    (ack,) = mail_to(stack, "gestion@ac-lyon.fr")
    assert ticket.category == "order_billing"
    assert "48 heures" in text_of(ack)
    assert ticket.state == "open"
    assert ticket.routed_to == "auvergne-rhone-alpes@assistance.example.fr"


def test_staff_read_why_an_answer_was_held(stack: Stack):
    deliver(stack, new_mail("cdi@example.org", "Mot de passe e-sidoc",
                            "Bonjour, j'ai perdu le mot de passe e-sidoc des écoles 0693421U et "
                            "0592734B, pouvez-vous le réinitialiser ?",
                            message_id="held@example.org"))

    (handed,) = events(stack, "handed_to_staff")
    assert "password_reset: for a person (held:" in handed.detail
    assert "several_uais" in handed.detail
