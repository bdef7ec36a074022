"""The 48-hour rules by time travel: one follow-up, closing, reopening, escalation."""

from __future__ import annotations

from conftest import Stack
from procedures_support import deliver, dev_mail, events, mail_to, only_ticket, text_of

from pipeline.sweep import run_sweep

REQUESTER = "i.roussel@sivom-vallee-du-loing.fr"  # d003: missing no-reply mail, no region


def sweep(stack: Stack) -> list[int]:
    ids = run_sweep(stack.desk)
    if ids:
        stack.actors.send_mail.send(ids)
    stack.drain()
    return ids


def test_a_ticket_waiting_on_the_user_gets_one_follow_up_after_48_hours(stack: Stack):
    deliver(stack, dev_mail("d003.eml"))
    stack.clock.advance(hours=47)
    assert sweep(stack) == []

    stack.clock.advance(hours=2)
    sweep(stack)
    sweep(stack)  # a second pass, as after a restart: nothing more

    answer, follow_up = mail_to(stack, REQUESTER)
    assert "résolu" in text_of(follow_up)
    assert follow_up["In-Reply-To"] == answer["In-Reply-To"]
    assert only_ticket(stack).followed_up_at == stack.clock()


def test_two_sweeps_at_once_send_one_follow_up(stack: Stack):
    deliver(stack, dev_mail("d003.eml"))
    stack.clock.advance(hours=49)

    first, second = run_sweep(stack.desk), run_sweep(stack.desk)

    assert len(first) == 1 and second == []


def test_without_an_answer_the_ticket_closes_after_the_further_period_and_a_reply_reopens_it(
        stack: Stack):
    deliver(stack, dev_mail("d003.eml"))
    stack.clock.advance(hours=49)
    sweep(stack)
    stack.clock.advance(hours=71)
    sweep(stack)
    assert only_ticket(stack).state == "pending"

    stack.clock.advance(hours=2)
    sweep(stack)
    assert only_ticket(stack).state == "closed"

    (answer, follow_up) = mail_to(stack, REQUESTER)
    reply = (f"From: {REQUESTER}\r\nTo: support@assistance.example.fr\r\n"
             f"Subject: Re: {follow_up['Subject']}\r\nMessage-ID: <late-1@sivom.example>\r\n"
             f"In-Reply-To: {follow_up['Message-ID']}\r\n"
             f"Date: Mon, 9 Mar 2026 10:00:00 +0100\r\n\r\nToujours rien reçu, désolée.\r\n")
    deliver(stack, reply.encode())

    ticket = only_ticket(stack)
    assert (ticket.state, ticket.waiting_on) == ("open", "staff")
    assert ticket.routed_to == "national@assistance.example.fr"  # a person takes it now
    assert len(mail_to(stack, REQUESTER)) == 2  # no automatic answer to the reply


def test_a_routed_ticket_nobody_answered_in_48_hours_is_escalated_to_the_region_leads_once(
        stack: Stack):
    deliver(stack, dev_mail("d014.eml"))  # MailInBlack: routed to Auvergne-Rhône-Alpes
    lead = "responsable.auvergne-rhone-alpes@assistance.example.fr"
    stack.clock.advance(hours=47)
    sweep(stack)
    assert mail_to(stack, lead) == []

    stack.clock.advance(hours=2)
    sweep(stack)
    sweep(stack)

    (notice,) = mail_to(stack, lead)
    ticket = only_ticket(stack)
    assert ticket.escalated and ticket.escalated_at == stack.clock()
    assert ticket.reference in text_of(notice)
    assert len(events(stack, "escalated")) == 1


def test_an_out_of_office_answer_does_not_stop_the_clock_nor_reopen_the_ticket(stack: Stack):
    deliver(stack, dev_mail("d003.eml"))
    (answer,) = mail_to(stack, REQUESTER)
    ooo = (f"From: {REQUESTER}\r\nTo: support@assistance.example.fr\r\n"
           f"Subject: Absence : {answer['Subject']}\r\nMessage-ID: <ooo-1@sivom.example>\r\n"
           f"In-Reply-To: {answer['Message-ID']}\r\nAuto-Submitted: auto-replied\r\n"
           f"Date: Mon, 2 Mar 2026 10:00:00 +0100\r\n\r\nJe suis absente.\r\n")
    deliver(stack, ooo.encode())
    stack.clock.advance(hours=49)

    sweep(stack)

    assert only_ticket(stack).state == "pending"
    assert len(mail_to(stack, REQUESTER)) == 2  # the answer and the follow-up
