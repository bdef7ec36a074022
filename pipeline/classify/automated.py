"""Tell mail written by a machine (auto-replies, bounces, receipts, lists) from mail by a person.

Header evidence decides first (RFC 3834 and the de-facto headers), then the sender (a
no-reply style sender counts only when SPF/DMARC did not fail: forged ones are phishing), then
wording: a subject that starts like an out-of-office or a bounce counts only when the text
says so too, so a person writing "message non remis" in their own words is not a robot.
X-MS-Exchange-Inbox-Rules-Loop is not used: it marks mail a person's inbox rule forwarded,
whose content may still be a person's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from logging import getLogger

from pipeline.case import Automation, ParsedMail

log = getLogger(__name__)

_PRECEDENCE = re.compile(r"^\s*(bulk|list|junk|auto[_-]?reply)\b", re.I)
_SUPPRESS = re.compile(r"\b(all|oof|autoreply|dr|rn|nrn)\b", re.I)
_NOT_NO = re.compile(r"^\s*(?!no\b)\S", re.I)
_ROBOT_LOCAL = re.compile(
    r"^(mailer-daemon|postmaster|mail-daemon|bounces?)$"
    r"|(^|[._+-])(no[._-]?reply|do[._-]?not[._-]?reply|ne[._-]?pas[._-]?r[ée]pondre"
    r"|nepasrepondre|noresponse|no[._-]?response)([._+-]|$)",
    re.I,
)
_AUTH_FAIL = re.compile(r"\b(dmarc|spf)=fail\b", re.I)
_BOUNCE_SUBJECT = re.compile(
    r"^\s*(undelivered mail returned to sender|delivery status notification"
    r"|mail delivery (failed|failure|system)|returned mail\s*:|undeliverable\s*:"
    r"|non remis\s*:|non distribuable\s*:|[ée]chec de (la )?(remise|distribution)"
    r"|delivery failure|failure notice|delayed mail)",
    re.I,
)
_BOUNCE_TEXT = re.compile(
    r"could not be delivered|couldn't be delivered|was not delivered|delivery (has )?failed"
    r"|undeliverable|permanent error|n'a pas pu [êe]tre (remis|distribu|livr)"
    r"|mailbox (is )?(full|unavailable)|user unknown|address(es)? failed|still being retried",
    re.I,
)
_OOO_SUBJECT = re.compile(
    r"^\s*(r[ée]ponse automatique\s*:|automatic reply\s*:|auto(matic)?[ -]?reply\b"
    r"|out of (the )?office\b|absence du bureau\b|absente?\b(?!\s+de\s)|absence\b(?!\s+d)"
    r"|en cong[ée]s?\b)",
    re.I,
)
_OOO_TEXT = re.compile(
    r"\b(je suis|i am|i'm) (actuellement )?(absente?|en cong[ée]s?|en d[ée]placement"
    r"|out of (the )?office|away|on leave)|\bde retour le\b|\b[àa] mon retour\b"
    r"|\bback (in the office )?on\b|\bi will (be back|return)|limited access to (my )?e-?mail"
    r"|\bjusqu'au \d",
    re.I,
)
_SEPARATOR = re.compile(r"^[ \t]*[-_=*~]{5,}[ \t]*$", re.M)
_MACHINE_TEXT = re.compile(
    r"(ce (message|courriel|mail) (a [ée]t[ée]|est) (envoy[ée]|g[ée]n[ée]r[ée]) automatiquement"
    r"|this (message|e-?mail) (was|is|has been) (sent|generated|created) automatically"
    r"|created automatically by mail delivery software"
    r"|merci de ne pas r[ée]pondre [àa] ce (message|courriel|mail|e-?mail)"
    r"|please do not reply to this (message|e-?mail))",
    re.I,
)


def detect_automated(mail: ParsedMail, *, own_addresses: frozenset[str]) -> Automation:
    """Automation(True, evidence) when a machine wrote the mail, else Automation(False, "")."""
    for check in _CHECKS:
        reason = check(mail, own_addresses)
        if reason:
            log.info("message %s is automated: %s", mail.message_id, reason)
            return Automation(True, reason)
    return Automation(False, "")


def _by_auto_submitted(mail: ParsedMail, _own: frozenset[str]) -> str:
    value = mail.header("Auto-Submitted")
    return f"Auto-Submitted: {value}" if value and _NOT_NO.match(value) else ""


def _by_report(mail: ParsedMail, _own: frozenset[str]) -> str:
    kinds = ("multipart/report", "message/delivery-status", "message/disposition-notification")
    return f"Content-Type: {mail.content_type}" if mail.content_type in kinds else ""


def _by_null_return_path(mail: ParsedMail, _own: frozenset[str]) -> str:
    return "Return-Path: <>" if mail.return_path == "" else ""


def _by_list_headers(mail: ParsedMail, _own: frozenset[str]) -> str:
    headers = _first_values(mail)
    precedence = headers.get("precedence") or ""
    if _PRECEDENCE.match(precedence):
        return f"Precedence: {precedence}"
    for name in ("List-Id", "List-Unsubscribe", "List-Post", "X-Loop"):
        value = headers.get(name.lower())
        if value is not None:
            return f"{name}: {value}"[:200]
    return ""


def _by_autoreply_headers(mail: ParsedMail, _own: frozenset[str]) -> str:
    headers = _first_values(mail)
    suppress = headers.get("x-auto-response-suppress") or ""
    if _SUPPRESS.search(suppress):
        return f"X-Auto-Response-Suppress: {suppress}"
    for name in ("X-Autoreply", "X-Autorespond", "X-Autoresponder", "X-Auto-Reply"):
        value = headers.get(name.lower())
        if value is not None and value.strip().lower() not in ("no", "false", "0"):
            return f"{name}: {value}"
    return ""


def _first_values(mail: ParsedMail) -> dict[str, str]:
    """Lower-cased header name -> first value: mail.header() for many names in one pass."""
    return {name.lower(): value for name, value in reversed(mail.headers)}


def _by_sender(mail: ParsedMail, own: frozenset[str]) -> str:
    address = mail.sender.email
    if address and address in own:
        return f"From: our own address {address}"
    local = address.rpartition("@")[0]
    if not local or not _ROBOT_LOCAL.search(local):
        return ""
    if any(_AUTH_FAIL.search(v) for v in mail.authentication_results):
        return ""  # a forged "no-reply" sender proves nothing: phishing goes to a person
    return f"From: robot sender {address}"


def _by_wording(mail: ParsedMail, _own: frozenset[str]) -> str:
    own_words = f"{mail.new_text}\n{mail.signature}"
    if _BOUNCE_SUBJECT.match(mail.subject) and _BOUNCE_TEXT.search(mail.text):
        return f"bounce subject and text: {mail.subject}"[:200]
    if _OOO_SUBJECT.match(mail.subject) and _OOO_TEXT.search(own_words):
        return f"out-of-office subject and text: {mail.subject}"[:200]
    if not _could_be_machine_text(own_words.lower()):
        return ""
    found = next((m for m in _MACHINE_TEXT.finditer(own_words)
                  if not _pasted_by_a_person(own_words, m.start())), None)
    return f"machine wording: {found.group(0)}" if found else ""


def _pasted_by_a_person(text: str, at: int) -> bool:
    """True when position `at` lies in a block set off by separator lines ("-----") and the
    lines around the block ask a question: a person pasted a robot's text to ask about it."""
    separators = list(_SEPARATOR.finditer(text))
    if not separators or separators[0].start() > at:
        return False
    block_end = next((m.end() for m in separators if m.start() > at), len(text))
    return "?" in text[:separators[0].start()] + text[block_end:]


def _could_be_machine_text(lowered: str) -> bool:
    """False when _MACHINE_TEXT cannot match: each of its wordings holds one of these strings,
    whose letters re.I matches in their two ASCII cases only (no ı, ſ or K)."""
    return "automat" in lowered or "pondre" in lowered or "reply" in lowered


_CHECKS: tuple[Callable[[ParsedMail, frozenset[str]], str], ...] = (
    _by_auto_submitted,
    _by_report,
    _by_null_return_path,
    _by_list_headers,
    _by_autoreply_headers,
    _by_sender,
    _by_wording,
)
