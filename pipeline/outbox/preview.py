"""Preview a template as the mail that would leave: for a stored ticket or for a mail file."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from pipeline.errors import TemplateRejected
from pipeline.ingest.parse import parse_mail
from pipeline.outbox.compose import compose_mail, new_message_id
from pipeline.outbox.lint import sample_context
from pipeline.tickets.models import Ticket


def preview_mail(desk: Any, name: str, *, reference: str | None, message: Path | None,
                 language: str | None) -> str:
    now: datetime = desk.clock()
    if reference is not None:
        with Session(desk.engine) as session:
            ticket = session.exec(select(Ticket).where(
                Ticket.reference == reference.upper())).first()
        if ticket is None:
            raise TemplateRejected(name, f"no ticket {reference}")
        in_reply_to, to = "", ticket.requester
    else:
        assert message is not None
        mail, _ = parse_mail(message.read_bytes())
        ticket = Ticket(reference="SUP-PREVIEW", subject=mail.subject,
                        requester=mail.sender.email, requester_name=mail.sender.name,
                        language=mail.language)
        in_reply_to, to = mail.message_id, mail.sender.email
    context = {**sample_context(desk.settings.paths.templates, name),
               "ticket": {"reference": ticket.reference, "subject": ticket.subject,
                          "url": f"{desk.settings.desk.base_url}/tickets/{ticket.reference}"},
               "requester": {"name": ticket.requester_name, "email": ticket.requester}}
    rendered = desk.renderer.render(name, language or ticket.language, context)
    raw = compose_mail(rendered, from_name=desk.settings.desk.name,
                       from_addr=desk.settings.desk.address, to=to, reference=ticket.reference,
                       message_id=new_message_id(ticket.reference,
                                                 desk.settings.desk.message_id_domain),
                       in_reply_to=in_reply_to, references=(), automatic=True, date=now)
    return _readable(raw)


def _readable(raw: bytes) -> str:
    """Headers as sent, each part decoded, so an operator reads what the user will read."""
    import email
    from email import policy

    parsed = email.message_from_bytes(raw, policy=policy.default)
    head = "\n".join(f"{k}: {v}" for k, v in parsed.items())
    parts = [f"--- {p.get_content_type()}\n{p.get_content()}"
             for p in parsed.walk() if not p.is_multipart()]
    return head + "\n\n" + "\n".join(parts)
