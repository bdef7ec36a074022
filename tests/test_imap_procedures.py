"""The procedures over real IMAP (Dovecot) and SMTP (aiosmtpd), on both stacks."""

from __future__ import annotations

from conftest import CORPUS, Stack
from procedures_support import LINK, load_directory
from servers import DovecotMailbox, Received, SmtpServer
from sqlmodel import Session
from test_imap_flow import imap_stack  # noqa: F401  (the fixture)

from pipeline.sweep import run_sweep
from pipeline.tokens.service import redeem_token

DEV = CORPUS / "dev"


def body(received: Received) -> str:
    part = received.message.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


def test_a_reset_link_reaches_the_administrator_over_smtp_and_works_once(
        imap_stack: Stack, dovecot: DovecotMailbox, smtp_server: SmtpServer):  # noqa: F811
    load_directory(imap_stack, "0693421U,Collège A,ce.0693421U@ac-lyon.fr,"
                               "claire.vasseur@ac-lyon.fr,esidoc\n")
    dovecot.append((DEV / "d001.eml").read_bytes())

    imap_stack.poll("support")

    (sent,) = smtp_server.wait_for(1)
    (secret,) = set(LINK.findall(body(sent)))
    with Session(imap_stack.engine) as session:
        first = redeem_token(session, secret, by="esidoc", now=imap_stack.clock())
        second = redeem_token(session, secret, by="esidoc", now=imap_stack.clock())
    assert list(sent.rcpt_tos) == ["claire.vasseur@ac-lyon.fr"]
    assert first is not None and first.uai == "0693421U" and second is None


def test_mailinblack_answer_team_notice_and_48_hour_escalation_reach_smtp(
        imap_stack: Stack, dovecot: DovecotMailbox, smtp_server: SmtpServer):  # noqa: F811
    dovecot.append((DEV / "d014.eml").read_bytes())
    imap_stack.poll("support")
    first = smtp_server.wait_for(2)

    imap_stack.clock.advance(hours=49)
    imap_stack.actors.send_mail.send(run_sweep(imap_stack.desk))
    imap_stack.drain()

    everything = smtp_server.wait_for(4)
    recipients = sorted(r for m in everything for r in m.rcpt_tos)
    assert sorted(r for m in first for r in m.rcpt_tos) == [
        "auvergne-rhone-alpes@assistance.example.fr", "y.perret@cite-scolaire-ampere.fr"]
    assert recipients == ["auvergne-rhone-alpes@assistance.example.fr",
                          "responsable.auvergne-rhone-alpes@assistance.example.fr",
                          "y.perret@cite-scolaire-ampere.fr", "y.perret@cite-scolaire-ampere.fr"]
