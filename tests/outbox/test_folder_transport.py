"""The folder transport: each mail lands whole as `<outbox id>.eml`; writing again overwrites."""

from __future__ import annotations

from pathlib import Path

from pipeline.outbox.send import FolderTransport, Outgoing


def outgoing(outbox_id: int, raw: bytes) -> Outgoing:
    return Outgoing(id=outbox_id, ticket_id=None, to_addr="claire@clg-exemple.fr",
                    message_id=f"<{outbox_id}@assistance.example.fr>", raw=raw)


def test_each_mail_is_written_whole_under_its_outbox_id_and_no_partial_file_is_left(
        tmp_path: Path):
    big = bytes(range(256)) * 40_000  # 10 MB
    rows = [outgoing(7, b"Subject: a\r\n\r\nun\r\n"), outgoing(12345, big)]

    results = list(FolderTransport(tmp_path / "outbox").send_all(rows, sender="x@example.org"))

    assert results == [(rows[0], None), (rows[1], None)]
    assert sorted(p.name for p in (tmp_path / "outbox").iterdir()) == ["00000007.eml",
                                                                      "00012345.eml"]
    assert (tmp_path / "outbox" / "00000007.eml").read_bytes() == rows[0].raw
    assert (tmp_path / "outbox" / "00012345.eml").read_bytes() == big


def test_a_mail_written_again_replaces_the_first_copy(tmp_path: Path):
    transport = FolderTransport(tmp_path)
    list(transport.send_all([outgoing(3, b"first, and longer than the second")], sender="x"))

    list(transport.send_all([outgoing(3, b"second")], sender="x"))

    assert [p.name for p in tmp_path.iterdir()] == ["00000003.eml"]
    assert (tmp_path / "00000003.eml").read_bytes() == b"second"
