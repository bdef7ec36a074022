"""Filing benchmark: the main process's share of each mail, without the parse processes.

    python bench/filing.py            # N = 1,000, best of 3 rounds
    python bench/filing.py 1000 --rounds 5

The end-to-end rate (bench/ingest.py) mixes the parse processes, the filing thread, the
senders and the host's mood. This isolates what only the process holding the SQLite writer
does: the mails of bench/out/corpus-N are recorded and prepared first (not timed), then, on a
fresh SQLite database each round, timed in CPU seconds of this thread: filing (claim, ticket,
message, responders, outbox rows, commit; flow.process_messages in batches of 50, as the
workers run it) and sending (the replies written to the outbox folder, fsync'd). mail-parser's
own time over 200 of the same files, best of 5, gives the host's pace. The last line is
    filing: N=<n> file_ms=<..> send_ms=<..> parse_ms=<..>
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "tests")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("size", nargs="?", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    import mailparser
    from conftest import make_settings
    from ingest import corpus, record

    from pipeline import flow
    from pipeline.db import make_engine, upgrade_schema
    from pipeline.desk import open_desk
    from pipeline.outbox.send import deliver, make_transport
    from pipeline.prepare import Prepared, Refused, prepare_mail
    from pipeline.settings import load_settings

    logging.disable(logging.INFO)
    blobs = [p.read_bytes() for p in sorted(corpus(args.size).glob("*.eml"))]
    parse_s = []
    for _ in range(5):
        start = time.thread_time()
        for raw in blobs[:200]:
            mailparser.parse_from_bytes(raw)
        parse_s.append((time.thread_time() - start) / len(blobs[:200]))

    with tempfile.TemporaryDirectory(prefix="bench-filing-") as tmp:
        work = Path(tmp)
        settings = make_settings(
            work, db_url=f"sqlite:///{work / 'unused.db'}",
            limits={"auto_mails_per_address_per_day": 1_000_000},
            queue={**load_settings().queue.model_dump(), "broker": "memory", "parse_processes": 0})
        desk = open_desk(settings)
        prepared: dict[int, Prepared | Refused] = {}

        @dataclasses.dataclass
        class AlreadyPrepared:
            """Hands the flow the results prepared before the clock started."""

            classifier: object

            def prepare(self, items: list[tuple[int, bytes]]) -> list[Prepared | Refused]:
                return [prepared[ledger_id] for ledger_id, _ in items]

        filing_s, sending_s, replies = [], [], 0
        for n in range(args.rounds):
            folder = work / f"round-{n}"
            engine = make_engine(f"sqlite:///{folder / 'support.db'}")
            upgrade_schema(engine)
            run = dataclasses.replace(
                desk, engine=engine, preparer=AlreadyPrepared(desk.classifier),
                transport=make_transport(settings.smtp, folder / "outbox"))
            ids = record(engine, blobs)
            if not prepared:  # the same ids every round: each database is new
                prepared.update((i, prepare_mail(i, raw, classifier=desk.classifier,
                                                 own_addresses=settings.desk.addresses))
                                for i, raw in zip(ids, blobs, strict=True))
            start, outbox = time.thread_time(), []
            for at in range(0, len(ids), 50):
                outcome = flow.process_messages(run, ids[at:at + 50])
                if outcome.failures or outcome.split or outcome.later:
                    raise SystemExit(f"filing did not go through: {outcome}")
                outbox += outcome.outbox_ids
            filed = time.thread_time()
            for at in range(0, len(outbox), 50):
                deliver(engine, outbox[at:at + 50], transport=run.transport,
                        sender=settings.desk.address, lease=settings.smtp.send_lease)
            filing_s.append((filed - start) / len(ids))
            sending_s.append((time.thread_time() - filed) / len(ids))
            replies = len(outbox)
            engine.dispose()
        desk.close()
    file_ms, send_ms, parse_ms = (min(s) * 1000 for s in (filing_s, sending_s, parse_s))
    print(f"N={len(blobs)}, best of {args.rounds}: filing {file_ms:.2f} ms a mail, "  # noqa: T201
          f"sending {send_ms:.2f} ms a mail ({replies} replies); mail-parser alone "
          f"{parse_ms:.2f} ms a mail (filing = {file_ms / parse_ms:.2f} of it)")
    print(f"filing: N={len(blobs)} file_ms={file_ms:.2f} send_ms={send_ms:.2f} "  # noqa: T201
          f"parse_ms={parse_ms:.2f}")


if __name__ == "__main__":
    main()
