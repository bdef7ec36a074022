"""Responders decide, never act: each returns the actions a filed mail calls for."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.case import Case
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
# Answers that ask for a detail: a new mail bringing it is not the need asked again.
ASKING = frozenset({"password_reset/ask_uai", "password_reset/check_letter_wrong"})


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
    responder = AUTOMATIC.get(cls.category) if cls.action == "auto_reply" else None
    earlier = view.answered_lately(ticket, not_kinds=ASKING) if responder else None
    if earlier is not None:  # it persists: a person, and the region, take it
        reason = f"asked again after our automatic answer on {earlier.reference}"
        return guidance.respond_for_staff(case, ticket, view, reason=reason)
    return (responder or guidance.respond_for_staff)(case, ticket, view)

