"""Our automatic mail does not arrive: the junk-folder procedure, a bounce, or MailInBlack."""

from __future__ import annotations

from pipeline.case import Case
from pipeline.responders.actions import Action, Reply, RouteTo, WaitFor
from pipeline.responders.view import DeskView
from pipeline.tickets.models import Ticket


def senders(platform: str | None, view: DeskView) -> list[dict[str, str]]:
    """The no-reply senders to allow: the platform's, or every platform's when unknown."""
    known = view.settings.platforms
    chosen = [known[platform]] if platform in known else list(known.values())
    return [{"name": p.name, "address": p.noreply_sender} for p in chosen]


def respond_missing_mail(case: Case, ticket: Ticket, view: DeskView) -> tuple[Action, ...]:
    assert case.entities is not None
    bounce = view.last_bounce(case.mail.sender.email)
    if bounce is not None:
        return (Reply("missing_noreply_mail/bounced", {"reason": bounce}), WaitFor("user"))
    return (Reply("missing_noreply_mail/procedure",
                  {"senders": senders(case.entities.platform, view),
                   "follow_up_hours": int(view.settings.procedures.follow_up_after_hours)}),
            WaitFor("user"))


def respond_mailinblack(case: Case, ticket: Ticket, view: DeskView) -> tuple[Action, ...]:
    assert case.entities is not None
    return (Reply("mailinblack_spam/procedure",
                  {"senders": senders(case.entities.platform, view),
                   "guide_url": view.settings.procedures.mailinblack_guide_url}),
            RouteTo(ticket.region, "MailInBlack: the team contacts the establishment's IT"),
            WaitFor("user"))
