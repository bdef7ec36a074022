"""Loops: automated mail of every shape gets no automatic reply; a robot never gets more than
the caps.

Part 1: ≥40 shapes of mail written by machines (RFC 3834 Auto-Submitted, Precedence, list
headers, Microsoft X-Auto-Response-Suppress and out-of-office, X-Autoreply family, null
Return-Path, delivery-status and read-receipt reports, MAILER-DAEMON and no-reply senders,
bounce and out-of-office wording, our own mail coming back) are APPENDed to a private Dovecot
beside mail from people (plain, `Auto-Submitted: no`, `X-Autoreply: no`, a person quoting
bounce words). The desk files them on PostgreSQL and sends over SMTP to aiosmtpd; then every
reply we sent is APPENDed back into the mailbox, as a misconfigured relay would.
Part 2: robots that answer every mail they receive (one threading its answers, one opening a
new thread each time, one without any automation header) run against the desk for a
simulated week (injected clock, sweep every simulated hour); each also writes once a day.

    .venv/bin/python bench/loops.py           # full: 60 robot-shapes, a week
    .venv/bin/python bench/loops.py --small   # the same shapes, two simulated days
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import Clock, Driver, figure, quiet, settings_for, verdict  # noqa: E402
from production import _login, services  # noqa: E402
from sqlmodel import select  # noqa: E402

from pipeline.ingest.imap import ImapSource  # noqa: E402
from pipeline.tickets.models import OutboxMail  # noqa: E402

DESK = "support@assistance.example.fr"
PASSWORD_TEXT = "Bonjour,\r\nJ'ai oublié mon mot de passe e-sidoc, UAI 0693421U.\r\nMerci\r\n"
QUESTION_TEXT = "Bonjour,\r\nJe n'arrive pas à trouver la notice du logiciel.\r\nCordialement\r\n"


def mail(n: int, *, sender: str, subject: str = "Question sur le logiciel",
         body: str = QUESTION_TEXT, headers: str = "", content_type: str = "",
         raw_body: str = "") -> bytes:
    head = (f"From: {sender}\r\nTo: {DESK}\r\nSubject: {subject}\r\n"
            f"Message-ID: <loop-{n}@cases.example>\r\nDate: Mon, 2 Mar 2026 09:00:00 +0100\r\n"
            f"MIME-Version: 1.0\r\n{headers}")
    if content_type:
        return (head + f"Content-Type: {content_type}\r\n\r\n{raw_body}").encode()
    return (head + 'Content-Type: text/plain; charset="utf-8"\r\n'
            "Content-Transfer-Encoding: 8bit\r\n\r\n" + body).encode()


def report(kind: str, boundary: str, human: str, machine: str) -> str:
    return (f"--{boundary}\r\nContent-Type: text/plain\r\n\r\n{human}\r\n"
            f"--{boundary}\r\nContent-Type: {kind}\r\n\r\n{machine}\r\n"
            f"--{boundary}\r\nContent-Type: text/rfc822-headers\r\n\r\n"
            f"From: {DESK}\r\nSubject: Votre demande\r\n\r\n--{boundary}--\r\n")


DSN = ("Reporting-MTA: dns; mx.example.org\r\n\r\nFinal-Recipient: rfc822; x@example.org\r\n"
       "Action: failed\r\nStatus: 5.1.1\r\n")
MDN = ("Reporting-UA: outlook.example.org\r\nFinal-Recipient: rfc822; x@example.org\r\n"
       "Disposition: automatic-action/MDN-sent-automatically; displayed\r\n")
OOO_FR = "Bonjour,\r\nJe suis absente jusqu'au 12 mars. À mon retour je vous répondrai.\r\n"
OOO_EN = "Hello,\r\nI am out of the office until Monday with limited access to email.\r\n"
BOUNCE = ("This is the mail system.\r\n"
          "Your message could not be delivered to one or more recipients.\r\n")


def robot_cases() -> list[tuple[str, bytes]]:
    """(shape, raw) for every automated-mail shape; each from its own sender."""
    s = [  # (shape, keyword arguments of mail())
        ("auto_submitted_auto_replied", {"headers": "Auto-Submitted: auto-replied\r\n"}),
        ("auto_submitted_auto_generated", {"headers": "Auto-Submitted: auto-generated\r\n"}),
        ("auto_submitted_auto_notified", {"headers": "Auto-Submitted: auto-notified\r\n"}),
        ("auto_submitted_upper_case", {"headers": "Auto-Submitted: AUTO-REPLIED\r\n"}),
        ("auto_submitted_with_parameters",
         {"headers": 'Auto-Submitted: auto-replied; owner-email="a@b.example"\r\n'}),
        ("auto_submitted_with_comment", {"headers": "Auto-Submitted: auto-generated (robot)\r\n"}),
        ("auto_submitted_folded", {"headers": "Auto-Submitted:\r\n auto-replied\r\n"}),
        ("auto_submitted_x_extension", {"headers": "Auto-Submitted: x-vendor-digest\r\n"}),
        ("precedence_bulk", {"headers": "Precedence: bulk\r\n"}),
        ("precedence_list", {"headers": "Precedence: list\r\n"}),
        ("precedence_junk", {"headers": "Precedence: junk\r\n"}),
        ("precedence_auto_reply", {"headers": "Precedence: auto_reply\r\n"}),
        ("list_id", {"headers": "List-Id: <annonces.lists.example.org>\r\n"}),
        ("list_unsubscribe", {"headers": "List-Unsubscribe: <mailto:leave@lists.example.org>\r\n"}),
        ("list_post", {"headers": "List-Post: <mailto:annonces@lists.example.org>\r\n"}),
        ("x_loop", {"headers": "X-Loop: robot@example.org\r\n"}),
        ("ms_suppress_all", {"headers": "X-Auto-Response-Suppress: All\r\n"}),
        ("ms_suppress_oof", {"headers": "X-Auto-Response-Suppress: OOF\r\n"}),
        ("ms_suppress_dr_rn_nrn", {"headers": "X-Auto-Response-Suppress: DR, RN, NRN, OOF\r\n"}),
        ("ms_out_of_office_headers", {
            "subject": "Réponse automatique : Votre demande",
            "headers": "Auto-Submitted: auto-generated\r\nX-Auto-Response-Suppress: All\r\n"
                       "X-MS-Exchange-Inbox-Rules-Loop: prof@clg.example\r\n", "body": OOO_FR}),
        ("ms_automatic_reply_wording_only",
         {"subject": "Automatic reply: your request", "body": OOO_EN}),
        ("out_of_office_wording_fr", {"subject": "Absence du bureau", "body": OOO_FR}),
        ("out_of_office_subject_en", {"subject": "Out of Office: question", "body": OOO_EN}),
        ("x_autoreply", {"headers": "X-Autoreply: yes\r\n"}),
        ("x_autorespond", {"headers": "X-Autorespond: vacation\r\n"}),
        ("x_autoresponder", {"headers": "X-Autoresponder: 1\r\n"}),
        ("x_auto_reply", {"headers": "X-Auto-Reply: true\r\n"}),
        ("null_return_path", {"headers": "Return-Path: <>\r\n"}),
        ("dsn_multipart_report", {
            "subject": "Undelivered Mail Returned to Sender",
            "content_type": 'multipart/report; report-type=delivery-status; boundary="b1"',
            "raw_body": report("message/delivery-status", "b1", BOUNCE, DSN)}),
        ("dsn_top_level_delivery_status",
         {"content_type": "message/delivery-status", "raw_body": DSN}),
        ("read_receipt_mdn", {
            "subject": "Lu : Votre demande",
            "content_type": 'multipart/report; report-type=disposition-notification; boundary="b2"',
            "raw_body": report("message/disposition-notification", "b2", "Lu.", MDN)}),
        ("read_receipt_top_level_mdn",
         {"subject": "Read: request", "content_type": "message/disposition-notification",
          "raw_body": MDN}),
        ("bounce_wording_only_en",
         {"subject": "Mail delivery failed: returning message to sender", "body": BOUNCE}),
        ("bounce_wording_only_fr", {
            "subject": "Non remis : Votre demande",
            "body": "Votre message n'a pas pu être remis aux destinataires suivants.\r\n"}),
        ("google_dsn_wording",
         {"subject": "Delivery Status Notification (Failure)", "body": BOUNCE}),
        ("machine_wording_fr", {"body": "Ce message a été envoyé automatiquement, merci de "
                                        "ne pas répondre à ce message.\r\n"}),
        ("machine_wording_en", {"body": "This email was sent automatically. Please do not "
                                        "reply to this email.\r\n"}),
    ]
    cases = [(shape, mail(n, sender=f"robot{n}@robots.example.org", **kw))  # type: ignore[arg-type]
             for n, (shape, kw) in enumerate(s)]
    senders = [("mailer_daemon", "MAILER-DAEMON@mx.example.org"),
               ("postmaster", "postmaster@mx.example.org"),
               ("noreply", "noreply@platform.example.org"),
               ("no_reply", "no-reply@platform.example.org"),
               ("ne_pas_repondre", "ne-pas-repondre@ent.example.fr"),
               ("do_not_reply", "do_not_reply@ent.example.fr"),
               ("our_desk_address", DESK),
               ("our_other_address", "ne-pas-repondre@assistance.example.fr")]
    n0 = len(cases)
    cases += [(shape, mail(n0 + i, sender=sender)) for i, (shape, sender) in enumerate(senders)]
    return cases


def person_cases() -> list[tuple[str, bytes]]:
    """Mail by people: each must still get its automatic answer."""
    base = 500
    return [
        ("plain_question", mail(base, sender="doc1@clg-exemple.fr")),
        ("plain_password_reset", mail(base + 1, sender="doc2@clg-exemple.fr",
                                      subject="Mot de passe oublié", body=PASSWORD_TEXT)),
        ("auto_submitted_no", mail(base + 2, sender="doc3@clg-exemple.fr",
                                   headers="Auto-Submitted: no\r\n")),
        ("auto_submitted_no_password", mail(base + 3, sender="doc4@clg-exemple.fr",
                                            subject="Mot de passe oublié", body=PASSWORD_TEXT,
                                            headers="Auto-Submitted: no\r\n")),
        ("x_autoreply_no", mail(base + 4, sender="doc5@clg-exemple.fr",
                                headers="X-Autoreply: no\r\n")),
        ("person_quoting_bounce_words", mail(
            base + 5, sender="doc6@clg-exemple.fr", subject="Mes mails sont non remis",
            body="Bonjour, depuis hier mes messages aux parents reviennent non remis, "
                 "que faire ?\r\n")),
    ]


class Mailbox:
    """The desk's IMAP mailbox, and a second client that appends as senders would."""

    def __init__(self, svc) -> None:  # type: ignore[no-untyped-def]
        self.client = _login(svc)
        self.source = ImapSource(svc.mailbox(), batch_size=50)

    def append(self, raw: bytes) -> None:
        self.client.append("INBOX", raw)


def replies_by_parent(svc, since: int = 0) -> Counter[str]:  # type: ignore[no-untyped-def]
    return Counter(str(r["In-Reply-To"] or "").strip("<>") for r in svc.smtp.received[since:])


def run_cases(svc, driver: Driver, box: Mailbox) -> dict[str, int]:  # type: ignore[no-untyped-def]
    robots, people = robot_cases(), person_cases()
    for _, raw in robots + people:
        box.append(raw)
    driver.poll(box.source)
    driver.work()
    driver.settle(box.source)
    replies = replies_by_parent(svc)
    answered = {shape for shape, raw in robots if replies[_mid(raw)]}
    unanswered = {shape for shape, raw in people if not replies[_mid(raw)]}
    ours = list(svc.smtp.received)
    for sent in ours:  # every reply we sent comes back to the mailbox
        box.append(sent.raw)
    before = len(svc.smtp.received)
    driver.poll(box.source)
    driver.work()
    driver.settle(box.source)
    echoes = len(svc.smtp.received) - before
    figure("automated shapes", len(robots))
    figure("mail by people", len(people))
    figure("replies to people", sum(replies[_mid(raw)] for _, raw in people))
    figure("our own replies appended back", len(ours))
    for shape in sorted(answered):
        figure("ANSWERED robot shape", shape)
    for shape in sorted(unanswered):
        figure("UNANSWERED person", shape)
    return {"cases": len(robots), "answered": len(answered), "unanswered": len(unanswered),
            "echoes": echoes, "echo_cases": len(ours)}


def _mid(raw: bytes) -> str:
    head = raw.split(b"\r\n\r\n", 1)[0].decode()
    return next(line.split(":", 1)[1].strip().strip("<>") for line in head.split("\r\n")
                if line.lower().startswith("message-id:"))


ROBOTS = {"threading": "echo-bot@robots.example.net",
          "new_thread": "ticket-bot@robots.example.net",
          "headerless": "helpdesk@partner.example.net"}


def robot_answer(kind: str, address: str, n: int, got) -> bytes:  # type: ignore[no-untyped-def]
    """What each robot sends back for a mail it got: never an automation header."""
    subject = str(got["Subject"] or "")
    if kind == "threading":
        parent = str(got["Message-ID"] or "")
        return (f"From: {address}\r\nTo: {DESK}\r\nSubject: Re: {subject}\r\n"
                f"Message-ID: <echo-{n}@robots.example.net>\r\nIn-Reply-To: {parent}\r\n"
                f"References: {parent}\r\nDate: Mon, 2 Mar 2026 09:00:00 +0100\r\n\r\n"
                "Merci, votre message a bien été reçu.\r\n").encode()
    return (f"From: {address}\r\nTo: {DESK}\r\nSubject: Demande n°{n} enregistrée\r\n"
            f"Message-ID: <answer-{kind}-{n}@robots.example.net>\r\n"
            f"Date: Mon, 2 Mar 2026 09:00:00 +0100\r\n\r\n"
            "Bonjour, nous avons bien reçu votre demande et la traiterons rapidement.\r\n").encode()


def opener(kind: str, address: str, day: int) -> bytes:
    return (f"From: {address}\r\nTo: {DESK}\r\nSubject: Question du jour {day}\r\n"
            f"Message-ID: <open-{kind}-{day}@robots.example.net>\r\n"
            f"Date: Mon, 2 Mar 2026 09:00:00 +0100\r\n\r\n{QUESTION_TEXT}").encode()


def run_week(svc, driver: Driver, box: Mailbox, clock: Clock,  # type: ignore[no-untyped-def]
             days: int) -> dict[str, int]:
    """Robots answer within the step; the desk polls every 5 simulated minutes."""
    got: dict[str, list[datetime]] = {k: [] for k in ROBOTS}
    seen, n, end = len(svc.smtp.received), 0, clock.now + timedelta(days=days)
    while clock.now < end:
        if (clock.now.hour, clock.now.minute) == (9, 0):  # each robot writes once a day
            for kind, address in ROBOTS.items():
                box.append(opener(kind, address, clock.now.date().toordinal()))
        if driver.poll(box.source):
            driver.work()
            driver.settle(box.source)
        if clock.now.minute == 0:
            driver.sweep()
        for received in svc.smtp.received[seen:]:
            for kind, address in ROBOTS.items():
                if address in received.rcpt_tos:
                    got[kind].append(clock.now)
                    n += 1
                    box.append(robot_answer(kind, address, n, received))
        seen = len(svc.smtp.received)
        clock.advance(minutes=5)
    limits = driver.desk.settings.limits
    with driver.session() as session:
        per_ticket = Counter(session.exec(select(OutboxMail.ticket_id).where(
            OutboxMail.to_addr.in_(list(ROBOTS.values())),  # type: ignore[attr-defined]
            OutboxMail.automatic == True)).all())  # noqa: E712
    worst_day = {k: _worst_window(v, timedelta(hours=24)) for k, v in got.items()}
    for kind in ROBOTS:
        figure(f"robot {kind}: mails received in {days} days", len(got[kind]))
        figure(f"robot {kind}: most in any 24 h (cap {limits.auto_mails_per_address_per_day})",
               worst_day[kind])
    figure(f"most automatic mails on one ticket (cap {limits.auto_mails_per_ticket})",
           max(per_ticket.values(), default=0))
    figure("robot mails the desk received", n)
    return {"over_daily_cap": sum(max(0, w - limits.auto_mails_per_address_per_day)
                                  for w in worst_day.values()),
            "over_ticket_cap": sum(max(0, c - limits.auto_mails_per_ticket)
                                   for c in per_ticket.values()),
            "over_week_cap": sum(max(0, len(v) - limits.auto_mails_per_address_per_day * days)
                                 for v in got.values())}


def _worst_window(times: list[datetime], width: timedelta) -> int:
    return max((sum(1 for u in times if t <= u < t + width) for t in times), default=0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="two simulated days")
    days = 2 if parser.parse_args().small else 7
    quiet()
    clock = Clock()
    with services() as svc:
        driver = Driver.open(settings_for(svc, real_caps=True), clock=clock)
        box = Mailbox(svc)
        try:
            print("automated-mail shapes:")  # noqa: T201
            cases = run_cases(svc, driver, box)
            print(f"robots for {days} simulated days:")  # noqa: T201
            week = run_week(svc, driver, box, clock, days)
        finally:
            box.source.close()
            box.client.logout()
            driver.close()
    return verdict("loops", {"cases": cases["cases"], "people": len(person_cases()),
                             "days": days}, {
        "auto_replies_to_robots": cases["answered"],
        "people_unanswered": cases["unanswered"],
        "replies_to_our_own_mail": cases["echoes"],
        "robot_mails_over_daily_cap": week["over_daily_cap"],
        "robot_mails_over_ticket_cap": week["over_ticket_cap"],
        "robot_mails_over_week_cap": week["over_week_cap"],
        "processing_errors": len(driver.errors)})


if __name__ == "__main__":
    sys.exit(main())
