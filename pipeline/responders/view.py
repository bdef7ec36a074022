"""What responders may read: the directory, recent links and bounces, settings, the clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, select

from pipeline.classify.regions import Regions
from pipeline.directory.lookup import OnFile, find_by_email, find_by_uai
from pipeline.settings import Settings
from pipeline.tickets.models import OutboxMail, Ticket
from pipeline.tokens.service import links_issued_since

ANSWERED_LATELY = (  # built once: building a statement costs more than running it
    select(Ticket).join(OutboxMail, OutboxMail.ticket_id == Ticket.id)  # type: ignore[arg-type]
    .where(Ticket.requester == sa.bindparam("requester"),
           Ticket.category == sa.bindparam("category"), Ticket.id != sa.bindparam("ticket_id"),
           OutboxMail.automatic, OutboxMail.kind.startswith(sa.bindparam("prefix")),  # type: ignore[attr-defined]
           OutboxMail.kind.not_in(sa.bindparam("not_kinds", expanding=True)),  # type: ignore[attr-defined]
           OutboxMail.created_at >= sa.bindparam("since"))  # type: ignore[operator]
    .order_by(OutboxMail.created_at.desc()))  # type: ignore[attr-defined]


@dataclass(frozen=True)
class DeskView:
    """A read view inside the ticket's transaction; responders never write through it."""

    session: Session
    settings: Settings
    regions: Regions
    now: datetime

    def on_file(self, uai: str | None) -> OnFile | None:
        return find_by_uai(self.session, uai)

    def on_file_for(self, email: str) -> list[OnFile]:
        return find_by_email(self.session, email)

    def links_today(self, uai: str) -> int:
        return links_issued_since(self.session, uai, self.now - timedelta(hours=24))

    def last_bounce(self, address: str) -> str | None:
        """Why our latest mail to this address was refused, if it was."""
        row = self.session.exec(
            select(OutboxMail).where(OutboxMail.to_addr == address, OutboxMail.state == "failed")
            .order_by(OutboxMail.created_at.desc())  # type: ignore[union-attr]
        ).first()
        return (row.last_error or "refusé par le serveur destinataire") if row else None

    def answered_lately(self, ticket: Ticket, *, not_kinds: frozenset[str]) -> Ticket | None:
        """An earlier ticket of this requester and category that got our automatic answer
        (other than `not_kinds`) within `asked_again_days`; rows of the batch not flushed
        yet count too. The need persists: the same answer would not help."""
        days = self.settings.procedures.asked_again_days
        if not days or not ticket.requester:
            return None
        prefix = f"{ticket.category}/"
        pending = (row for row in self.session.new if isinstance(row, OutboxMail)
                   and row.automatic and row.kind.startswith(prefix)
                   and row.kind not in not_kinds and row.ticket_id != ticket.id)
        for row in pending:
            earlier = self.session.get(Ticket, row.ticket_id)
            if earlier and (earlier.requester, earlier.category) == (ticket.requester,
                                                                     ticket.category):
                return earlier
        return self.session.exec(ANSWERED_LATELY, params={  # type: ignore[call-overload]
            "requester": ticket.requester, "category": ticket.category, "ticket_id": ticket.id,
            "prefix": prefix, "not_kinds": list(not_kinds),
            "since": self.now - timedelta(days=days)}).first()

    def ticket_waiting_for_head(self, uai: str | None, *, besides: int | None) -> Ticket | None:
        """The latest ticket of this UAI that waits for a head-of-establishment request.

        Tickets changed by earlier mails of the batch, not flushed yet, count as they are now.
        """
        if not uai:
            return None
        stored = self.session.exec(select(Ticket).where(
            Ticket.uai == uai, Ticket.waiting_on == "head_request", Ticket.id != besides)).all()
        changed = [t for t in self.session.dirty
                   if isinstance(t, Ticket) and t.uai == uai and t.id != besides]
        waiting = [t for t in (*stored, *changed) if t.waiting_on == "head_request"]
        return max(waiting, key=lambda t: t.id or 0, default=None)

    def team_of(self, region: str | None) -> tuple[str, tuple[str, ...]]:
        """The team address and leads of a region; the national queue when there is none."""
        found = self.regions.by_slug.get(region) if region else None
        if found is not None and found.team_address:
            return found.team_address, tuple(found.leads)
        procedures = self.settings.procedures
        return procedures.national_queue, procedures.national_leads
