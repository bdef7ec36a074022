"""Sending: a mail claimed by a sender that died is sent again once smtp.send_lease runs out."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import Stack, build_stack, make_settings

from pipeline.tickets.models import OutboxMail, utcnow

contextual_stack = contextmanager(build_stack)


def held_by_a_dead_sender(stack: Stack, *, seconds_ago: float) -> int:
    """An outbox row left `sending` by a worker killed in the middle of its send."""
    with stack.session() as session:
        row = OutboxMail(key="lease", kind="reply", to_addr="cdi@clg-exemple.fr",
                         message_id="<lease@assistance.example.fr>", raw=b"Subject: x\r\n\r\nx\r\n",
                         state="sending", attempts=1,
                         claimed_at=utcnow() - timedelta(seconds=seconds_ago))
        session.add(row)
        session.commit()
        assert row.id is not None
        return row.id


@pytest.mark.parametrize(("lease_seconds", "sent_again"), [(10, True), (120, False)])
def test_a_mail_held_by_a_dead_sender_is_taken_again_only_after_the_configured_lease(
        tmp_path: Path, lease_seconds: float, sent_again: bool):
    settings = make_settings(tmp_path, db_url=f"sqlite:///{tmp_path / 'support.db'}",
                             smtp={"send_lease_seconds": lease_seconds, "timeout_seconds": 5})
    with contextual_stack(settings) as stack:
        outbox_id = held_by_a_dead_sender(stack, seconds_ago=30)

        stack.actors.send_mail.send([outbox_id])
        stack.drain()

        with stack.session() as session:
            row = session.get(OutboxMail, outbox_id)
        assert row is not None
        assert (row.state == "sent") is sent_again
        assert (settings.paths.outbox_dir / f"{outbox_id:08d}.eml").exists() is sent_again
