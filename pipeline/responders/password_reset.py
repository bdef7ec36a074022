"""A reset link goes only to an address on file; else the written procedure (DESIGN.md)."""

from __future__ import annotations

import re

from pipeline.case import Case
from pipeline.responders.actions import Action, HandToStaff, Reply, ResetLink, RouteTo, WaitFor
from pipeline.responders.view import DeskView
from pipeline.tickets.models import Ticket

OFFICIAL = re.compile(r"ce\.\d{7}[a-z]")
UAI_SHAPE = "7 chiffres suivis d'une lettre, par exemple 0750654D"


def mask(address: str) -> str:
    """`ce.0750654D@ac-paris.fr` → `ce.07…D@ac-paris.fr`: enough to recognise, not to copy."""
    local, _, domain = address.partition("@")
    if OFFICIAL.fullmatch(local):  # the UAI's check letter is written upper case
        local = local[:-1] + local[-1].upper()
    shown = f"{local[:5]}…{local[-1]}" if len(local) > 6 else f"{local[:1]}…"
    return f"{shown}@{domain}"


def respond(case: Case, ticket: Ticket, view: DeskView) -> tuple[Action, ...]:
    assert case.entities is not None
    uai, sender = case.entities.uai, case.mail.sender.email
    if uai is None:
        if case.entities.uai_typo:
            return (Reply("password_reset/check_letter_wrong",
                          {"typo": case.entities.uai_typo, "shape": UAI_SHAPE}), WaitFor("user"))
        return (Reply("password_reset/ask_uai", {"shape": UAI_SHAPE}), WaitFor("user"))
    on_file = view.on_file(uai)
    account = on_file.account_for(case.entities.platform) if on_file else None
    if on_file is None or account is None:
        return _ask_in_writing(uai, None, view)
    if view.links_today(uai) >= view.settings.procedures.reset_links_per_uai_per_day:
        return (Reply("password_reset/too_many_requests"),
                RouteTo(ticket.region, "reset links limit reached for this UAI"),
                HandToStaff("reset links limit reached for this UAI"))
    official = on_file.establishment.official_email
    if sender in (account.admin_email, official):
        return (ResetLink(to=sender, uai=uai, platform=account.platform), WaitFor("user"))
    if official:
        return (ResetLink(to=official, uai=uai, platform=account.platform,
                          template="password_reset/link_to_establishment",
                          context={"asked_by": sender}),
                Reply("password_reset/link_sent_elsewhere", {"masked": mask(official)}),
                WaitFor("user"))
    return _ask_in_writing(uai, official, view)


def _ask_in_writing(uai: str, official: str | None, view: DeskView) -> tuple[Action, ...]:
    """No address on file may receive a link: the head of establishment must ask in writing."""
    return (Reply("password_reset/ask_in_writing",
                  {"uai": uai, "write_to": view.settings.desk.address}),
            WaitFor("head_request"))
