"""The unit of work: one frozen value per stage, so each step's output is plain to see."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Address:
    name: str
    email: str  # lower-cased addr-spec, "" when the header held none


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str  # as the sender named it: display only, never a path
    content_type: str
    size: int
    sha256: str  # key in the content-addressed store


@dataclass(frozen=True, slots=True)
class ParsedMail:
    """Everything later steps read of a message; nothing reads the raw bytes again."""

    message_id: str  # without angle brackets; "" when absent
    in_reply_to: str  # first id only, without angle brackets
    references: tuple[str, ...]
    sender: Address  # From
    reply_to: Address | None
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    subject: str  # decoded
    date: datetime | None  # aware
    text: str  # whole text body (HTML-only mail converted to text)
    html: str  # the HTML part as sent ("" when none): the staff UI sanitises it
    new_text: str  # what the sender wrote this time, without quoted history or signature
    quoted: str  # the quoted history
    signature: str
    attachments: tuple[Attachment, ...]
    headers: tuple[tuple[str, str], ...]  # every top-level header, decoded, in order
    return_path: str | None  # None when absent; "" for the null path <>
    content_type: str  # top-level MIME type, lower case
    authentication_results: tuple[str, ...]
    defects: tuple[str, ...]
    language: str = "fr"

    def header(self, name: str) -> str | None:
        """First value of a header, case-insensitive; None when absent."""
        wanted = name.lower()
        return next((v for k, v in self.headers if k.lower() == wanted), None)


@dataclass(frozen=True, slots=True)
class Automation:
    """Whether the mail was written by a machine, and the evidence that decided."""

    automated: bool
    reason: str = ""  # e.g. "Auto-Submitted: auto-replied"


@dataclass(frozen=True, slots=True)
class Entities:
    uai: str | None = None
    uai_typo: str | None = None  # a code whose check letter is wrong, as written
    region: str | None = None
    platform: str | None = None


@dataclass(frozen=True, slots=True)
class Classification:
    category: str
    confidence: float
    action: str  # auto_reply | human_review | ignore
    decided_by: str  # name of the rule or model version
    held_by: tuple[str, ...] = ()  # why a person must look (guards, wrong check letter...)


@dataclass(frozen=True, slots=True)
class Case:
    ledger_id: int
    mail: ParsedMail
    automated: Automation | None = None
    entities: Entities | None = None
    classification: Classification | None = None
    ticket_id: int | None = None
    actions: tuple[object, ...] = field(default_factory=tuple)
