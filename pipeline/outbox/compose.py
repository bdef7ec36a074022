"""A rendered reply to RFC 5322 bytes: our Message-ID, thread headers, loop-guard headers."""

from __future__ import annotations

import secrets
from datetime import datetime
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from pipeline.outbox.render import Rendered


def new_message_id(reference: str, domain: str) -> str:
    """Ours, unique, and naming the ticket: `<SUP-000123.3f9a…@domain>` without brackets."""
    return f"{reference}.{secrets.token_hex(8)}@{domain}"


def one_line(value: str) -> str:
    """Header values never carry a line break, whatever a sender or template put in them."""
    return " ".join(value.split())


def compose_mail(rendered: Rendered, *, from_name: str, from_addr: str, to: str,
                 reference: str, message_id: str, in_reply_to: str,
                 references: tuple[str, ...], automatic: bool, date: datetime) -> bytes:
    mail = EmailMessage(policy=SMTP)
    mail["From"] = HeaderAddress(display_name=one_line(from_name), addr_spec=from_addr)
    mail["To"] = HeaderAddress(addr_spec=one_line(to))
    mail["Subject"] = one_line(f"[#{reference}] {rendered.subject}")
    mail["Date"] = format_datetime(date)
    mail["Message-ID"] = f"<{message_id}>"
    if in_reply_to:
        mail["In-Reply-To"] = f"<{in_reply_to}>"
        chain = [r for r in references if r != in_reply_to][-10:] + [in_reply_to]
        mail["References"] = " ".join(f"<{one_line(r)}>" for r in chain)
    if automatic:
        mail["Auto-Submitted"] = "auto-replied"
        mail["X-Auto-Response-Suppress"] = "All"
    mail.set_content(rendered.text, charset="utf-8", cte="quoted-printable")
    if rendered.html:
        mail.add_alternative(rendered.html, subtype="html", charset="utf-8", cte="quoted-printable")
    return mail.as_bytes()
