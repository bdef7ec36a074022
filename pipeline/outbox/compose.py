"""A rendered reply to RFC 5322 bytes: our Message-ID, thread headers, loop-guard headers.

Written by hand rather than with email.message.EmailMessage, which costs milliseconds per
mail; every header value goes through `one_line`, so no value can add a header.
"""

from __future__ import annotations

import base64
import binascii
import re
import secrets
from datetime import datetime
from email.utils import format_datetime, formataddr

from pipeline.outbox.render import Rendered


def new_message_id(reference: str, domain: str) -> str:
    """Ours, unique, and naming the ticket: `<SUP-000123.3f9a…@domain>` without brackets."""
    return f"{reference}.{secrets.token_hex(8)}@{domain}"


ADDRESS = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


def is_deliverable(address: str) -> bool:
    """A plain ASCII addr-spec we can put in RCPT TO; anything else goes to a person."""
    return len(address) <= 254 and ADDRESS.match(address) is not None


CONTROLS = re.compile(r"[\x00-\x1f\x7f]")


def one_line(value: str) -> str:
    """Header values never carry a line break or a control character, whatever a sender,
    a person or a template put in them."""
    return " ".join(CONTROLS.sub(" ", value).split())


def _thread_id(value: str) -> str:
    """A Message-ID we may repeat: one line of ASCII (RFC 5322); a mangled one is left out."""
    value = one_line(value)
    return value if value.isascii() else ""


def _encoded(name: str, value: str) -> str:
    """RFC 2047 base64 words of at most 45 bytes each, cut between characters."""
    value = one_line(value)
    if value.isascii() and len(value) + len(name) < 76:
        return f"{name}: {value}"
    words, chunk = [], b""
    for char in value:
        encoded = char.encode("utf-8")
        if len(chunk) + len(encoded) > 45:
            words.append(chunk)
            chunk = b""
        chunk += encoded
    words.append(chunk)
    return f"{name}: " + "\r\n ".join(
        f"=?utf-8?b?{base64.b64encode(w).decode('ascii')}?=" for w in words)


def _address(name: str, addr: str) -> str:
    return formataddr((one_line(name), one_line(addr)), charset="utf-8")


def _part(subtype: str, body: str) -> str:
    encoded = binascii.b2a_qp(body.replace("\r\n", "\n").encode("utf-8")).decode("ascii")
    return (f'Content-Type: text/{subtype}; charset="utf-8"\r\n'
            f"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
            + encoded.replace("\n", "\r\n"))


def compose_mail(rendered: Rendered, *, from_name: str, from_addr: str, to: str,
                 reference: str, message_id: str, in_reply_to: str,
                 references: tuple[str, ...], automatic: bool, date: datetime,
                 auto_submitted: str = "auto-replied") -> bytes:
    headers = [
        f"From: {_address(from_name, from_addr)}",
        f"To: {_address('', to)}",
        _encoded("Subject", f"[#{reference}] {rendered.subject}"),
        f"Date: {format_datetime(date)}",
        f"Message-ID: <{one_line(message_id)}>",
    ]
    in_reply_to = _thread_id(in_reply_to)
    if in_reply_to:
        chain = [r for r in map(_thread_id, references) if r and r != in_reply_to][-10:]
        headers.append(f"In-Reply-To: <{in_reply_to}>")
        headers.append("References: " + "\r\n ".join(f"<{r}>" for r in [*chain, in_reply_to]))
    if automatic:
        headers += [f"Auto-Submitted: {one_line(auto_submitted)}",  # auto-generated: ours
                    "X-Auto-Response-Suppress: All"]
    headers.append("MIME-Version: 1.0")
    if rendered.html:
        boundary = f"=_{secrets.token_hex(12)}"
        body = (f'Content-Type: multipart/alternative; boundary="{boundary}"\r\n\r\n'
                f"--{boundary}\r\n{_part('plain', rendered.text)}\r\n"
                f"--{boundary}\r\n{_part('html', rendered.html)}\r\n--{boundary}--\r\n")
    else:
        body = _part("plain", rendered.text) + "\r\n"
    return ("\r\n".join(headers) + "\r\n" + body).encode("ascii")
