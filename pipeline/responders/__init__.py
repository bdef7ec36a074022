"""Responders decide, never act: each returns the actions a filed mail calls for."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.case import Case, Classification
from pipeline.responders import guidance, head_request, mail_delivery, password_reset
from pipeline.responders.actions import Action, RouteTo
from pipeline.responders.view import DeskView
from pipeline.tickets.models import Ticket

Responder = Callable[[Case, Ticket, DeskView], tuple[Action, ...]]

AUTOMATIC: dict[str, Responder] = {
    "password_reset": password_reset.respond,
    "missing_noreply_mail": mail_delivery.respond_missing_mail,
    "mailinblack_spam": mail_delivery.respond_mailinblack,
    "subscription_activation": guidance.respond_subscription,
    "account_creation": guidance.respond_account_creation,
}
# A wrong check letter is answered by asking for the code again: no link can follow from that
# answer, so these holds, which guard against sending a link, do not stop it.
SAFE_WITH_TYPO = frozenset({"uai_check_letter_wrong", "password_to_other_address"})


def decide_actions(case: Case, *, ticket: Ticket, is_new_ticket: bool,
                   view: DeskView) -> tuple[Action, ...]:
    """Robots get nothing; a new ticket gets its procedure; a person's reply goes to a person."""
    cls = case.classification
    if cls is None or cls.action == "ignore":
        return ()
    if cls.category == "head_of_establishment_request":
        return head_request.respond(case, ticket, view, is_new=is_new_ticket)
    if not is_new_ticket:
        if ticket.routed_at is None:
            return (RouteTo(ticket.region, "the requester wrote again"),)
        return ()
    responder = AUTOMATIC.get(cls.category) if _answerable(cls) else None
    return (responder or guidance.respond_for_staff)(case, ticket, view)


def _answerable(cls: Classification) -> bool:
    if cls.action == "auto_reply":
        return True
    held = set(cls.held_by)
    return (cls.category == "password_reset" and "uai_check_letter_wrong" in held
            and held <= SAFE_WITH_TYPO)
