"""Subscriptions (the 72-hour rule), account creation (who validates), and the staff path."""

from __future__ import annotations

from pipeline.case import Case
from pipeline.responders.actions import Action, HandToStaff, Reply, RouteTo, WaitFor
from pipeline.responders.password_reset import mask
from pipeline.responders.view import DeskView
from pipeline.tickets.models import Ticket

NOT_ROUTED = frozenset({"other"})  # spam and stray mail stay in the national queue, unannounced


def respond_subscription(case: Case, ticket: Ticket, view: DeskView) -> tuple[Action, ...]:
    return (Reply("subscription_activation/within_delay",
                  {"hours": view.settings.procedures.activation_hours}), WaitFor("user"))


def respond_account_creation(case: Case, ticket: Ticket, view: DeskView) -> tuple[Action, ...]:
    assert case.entities is not None
    on_file = view.on_file(case.entities.uai)
    account = on_file.account_for(case.entities.platform) if on_file else None
    if account is not None and account.admin_email:
        return (Reply("account_creation/administrator_validates",
                      {"masked": mask(account.admin_email)}), WaitFor("user"))
    return (Reply("account_creation/support_validates",
                  {"delay_hours": view.settings.procedures.staff_delay_hours}),
            RouteTo(ticket.region, "account to validate: no administrator on file"),
            HandToStaff("account to validate: no administrator on file"))


def respond_for_staff(case: Case, ticket: Ticket, view: DeskView, *,
                      reason: str = "") -> tuple[Action, ...]:
    """A courteous acknowledgement with the delay; the region's team takes it from there."""
    assert case.classification is not None
    category = case.classification.category
    held = (*case.classification.held_by, *([reason] if reason else []))
    ack = Reply("acknowledgement", {"delay_hours": view.settings.procedures.staff_delay_hours})
    why = f"{category}: for a person" + (f" (held: {', '.join(held)})" if held else "")
    if category in NOT_ROUTED:
        return (ack, HandToStaff(why))
    return (ack, RouteTo(ticket.region, why), HandToStaff(why))
