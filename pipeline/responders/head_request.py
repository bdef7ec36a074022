"""A head of establishment asks in writing: never executed here, only laid out for a person."""

from __future__ import annotations

from pipeline.case import Case
from pipeline.responders.actions import Action, HandToStaff, RecordEvidence, Reply, RouteTo
from pipeline.responders.evidence import gather_evidence
from pipeline.responders.view import DeskView
from pipeline.tickets.models import Ticket

REASON = "head-of-establishment request: approve or refuse"


def respond(case: Case, ticket: Ticket, view: DeskView, *, is_new: bool) -> tuple[Action, ...]:
    assert case.entities is not None
    uai = case.entities.uai or ticket.uai
    evidence = gather_evidence(case.mail, uai, view.on_file(uai),
                               authserv_id=view.settings.procedures.authserv_id)
    if is_new:
        waiting = view.ticket_waiting_for_head(uai, besides=ticket.id)
        return (RecordEvidence(evidence, waiting.id if waiting else None),
                Reply("acknowledgement",
                      {"delay_hours": view.settings.procedures.staff_delay_hours}),
                RouteTo(ticket.region, REASON), HandToStaff(REASON))
    return (RecordEvidence(evidence, ticket.id), RouteTo(ticket.region, REASON),
            HandToStaff(REASON))
