"""Hostile input: every mail is kept raw and is processed or parked within 2 s; nothing crashes.

Inputs: the whole shared MIME corpus (../shared/corpus/mime/*/*), mutations of it by a
deterministic fuzzer (byte flips, truncations, duplicated headers, damaged boundaries,
NULs, bare LFs, overlong lines, stripped header/body separators), a 25 MB attachment, a 1 MB
header, 100-deep multipart nesting and an empty file. Each lands in the desk's Maildir
(the embedded default source, byte-exact), is recorded and filed on PostgreSQL with the
parse-and-classify child processes and their time budget (limits.parse_timeout_seconds),
one at a time so that its time is its own: received_at → updated_at of its ledger row.
Recounted from the database: the ledger row's hash and the stored blob equal the source file.

    .venv/bin/python bench/hostile.py           # full: 5,000 mutations
    .venv/bin/python bench/hostile.py --small   # 300 mutations
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import Driver, figure, quiet, settings_for, sha256, verdict  # noqa: E402
from production import ROOT, services  # noqa: E402
from sqlmodel import select  # noqa: E402

from pipeline.ingest.maildir import MaildirSource, ensure_maildir  # noqa: E402
from pipeline.tickets.models import Blob, LedgerEntry, Ticket  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "mime"
BUDGET_SECONDS = 2.0
FINISHED = ("done", "parked", "duplicate")


def corpus() -> list[tuple[str, bytes]]:
    return [(str(p.relative_to(CORPUS)), p.read_bytes())
            for p in sorted(CORPUS.glob("*/**/*")) if p.is_file()]


def mutate(raw: bytes, rng: random.Random) -> tuple[str, bytes]:
    """One to three damages, chosen and placed by `rng`."""
    names = []
    data = bytearray(raw or b"From: a@b\r\n\r\nx")
    for _ in range(rng.randint(1, 3)):
        kind = rng.choice(KINDS)
        names.append(kind.__name__.lstrip("_"))
        data = bytearray(kind(bytes(data), rng))
    return "+".join(names), bytes(data)


def _flip(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def _truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def _duplicate_header(data: bytes, rng: random.Random) -> bytes:
    blank_line = b"\r\n\r\n" if b"\r\n\r\n" in data else b"\n\n"
    head, sep, body = data.partition(blank_line)
    lines = head.splitlines(keepends=True)
    if not lines:
        return data
    line = rng.choice(lines)
    return b"".join(lines) + line * rng.choice((2, 10, 500)) + sep + body


def _damage_boundary(data: bytes, rng: random.Random) -> bytes:
    found = re.search(rb'boundary="?([^";\r\n]+)', data, re.I)
    if not found:
        return _flip(data, rng)
    boundary = found.group(1)
    choice = rng.randrange(4)
    if choice == 0:  # the closing boundary is gone
        return data.replace(b"--" + boundary + b"--", b"")
    if choice == 1:  # every delimiter loses a character
        return data.replace(b"--" + boundary, b"--" + boundary[:-1])
    if choice == 2:  # the parameter points nowhere
        return data.replace(boundary, b"x" * rng.randint(0, 200), 1)
    return data.replace(b"--" + boundary, b"--" + boundary + b"\r\n--" + boundary, 3)


def _nuls(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + b"\x00" * rng.randint(1, 1000) + data[at:]


def _bare_lf(data: bytes, rng: random.Random) -> bytes:
    return data.replace(b"\r\n", rng.choice((b"\n", b"\r", b"\n\r")))


def _long_line(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + bytes([rng.randrange(33, 127)]) * rng.randint(1000, 200_000) + data[at:]


def _no_separator(data: bytes, rng: random.Random) -> bytes:
    return data.replace(b"\r\n\r\n", b"\r\n", 1).replace(b"\n\n", b"\n", 1)


def _encoded_word_storm(data: bytes, rng: random.Random) -> bytes:
    words = b" ".join(b"=?%s?%s?%s?=" % (rng.choice((b"utf-8", b"x-unknown", b"iso-2022-jp", b"")),
                                          rng.choice((b"B", b"Q", b"Z")),
                                          rng.randbytes(rng.randint(0, 30)).replace(b"?", b"")
                                          .replace(b"\n", b"").replace(b"\r", b""))
                      for _ in range(rng.randint(1, 300)))
    return b"Subject: " + words + b"\r\nFrom: " + words[:500] + b"\r\n" + data


KINDS = (_flip, _truncate, _duplicate_header, _damage_boundary, _nuls, _bare_lf, _long_line,
         _no_separator, _encoded_word_storm)


def specials() -> list[tuple[str, bytes]]:
    head = (b"From: Claire <claire@clg-exemple.fr>\r\nTo: support@assistance.example.fr\r\n"
            b"Subject: hostile\r\nMessage-ID: <%s@hostile.example>\r\nMIME-Version: 1.0\r\n")
    attachment = (head % b"big" + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
                  b"--b\r\nContent-Type: text/plain\r\n\r\nVoir la pi\xc3\xa8ce jointe.\r\n"
                  b"--b\r\nContent-Type: application/octet-stream\r\n"
                  b'Content-Disposition: attachment; filename="../../etc/passwd"\r\n'
                  b"Content-Transfer-Encoding: base64\r\n\r\n"
                  + _base64_lines(random.Random(7).randbytes(25 * 1024 * 1024)) + b"\r\n--b--\r\n")
    header = (head % b"header" + b"X-Huge: " + b"a" * (1024 * 1024) + b"\r\n"
              b"Content-Type: text/plain\r\n\r\nUn en-t\xc3\xaate d'un m\xc3\xa9gaoctet.\r\n")
    nested = head % b"nested"
    depth = 100
    for level in range(depth):
        nested += b'Content-Type: multipart/mixed; boundary="n%d"\r\n\r\n--n%d\r\n' % (level, level)
    nested += b"Content-Type: text/plain\r\n\r\nAu fond.\r\n"
    for level in reversed(range(depth)):
        nested += b"--n%d--\r\n" % level
    return [("special/25MB-attachment", attachment), ("special/1MB-header", header),
            ("special/100-deep-multipart", nested), ("special/empty-file", b"")]


def _base64_lines(data: bytes) -> bytes:
    import base64

    encoded = base64.b64encode(data)
    return b"\r\n".join(encoded[i:i + 76] for i in range(0, len(encoded), 76))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="300 mutations instead of 5,000")
    parser.add_argument("--mutations", type=int, default=None)
    args = parser.parse_args()
    count = args.mutations or (300 if args.small else 5000)
    quiet()
    rng = random.Random(20260302)
    base = corpus()
    inputs = base + specials()
    kinds: Counter[str] = Counter()
    for n in range(count):
        name, raw = base[rng.randrange(len(base))]
        kind, mutated = mutate(raw, rng)
        kinds.update(kind.split("+"))
        inputs.append((f"mutation/{n:05d}:{kind}:{name}", mutated))
    folder = Path(tempfile.mkdtemp(prefix="hostile-maildir-"))
    ensure_maildir(folder)
    with services() as svc:
        driver = Driver.open(settings_for(svc, SUPPORT_QUEUE__PARSE_PROCESSES="2"))
        source = MaildirSource("hostile", folder, batch_size=1)
        driver.desk.preparer.prepare([(0, base[0][1])])  # the children start with the desk
        started = time.perf_counter()
        keys: dict[str, tuple[str, bytes]] = {}
        slow_calls: list[tuple[str, float]] = []
        for n, (name, raw) in enumerate(inputs):
            key = f"{n:06d}.hostile"
            (folder / "tmp" / key).write_bytes(raw)
            (folder / "tmp" / key).rename(folder / "new" / key)
            keys[key] = (name, raw)
            t0 = time.perf_counter()
            driver.poll(source)
            driver.work()
            spent = time.perf_counter() - t0
            if spent > BUDGET_SECONDS:
                slow_calls.append((name, spent))
            driver.settle(source)
        elapsed = time.perf_counter() - started
        with driver.session() as session:
            rows = {r.source_key: r for r in session.exec(
                select(LedgerEntry).where(LedgerEntry.mailbox == "hostile"))}
            reasons = Counter(" ".join(t.split()[:4]) for t in session.exec(
                select(Ticket.parked_reason).where(Ticket.parked_reason != "")))
            stored = dict(session.exec(select(Blob.sha256, Blob.data).where(
                Blob.sha256.in_([r.sha256 for r in rows.values()]))).all())  # type: ignore[attr-defined]
        driver.close()
    shutil.rmtree(folder, ignore_errors=True)  # counted from the database and `keys` below
    lost = [keys[k][0] for k in keys if k not in rows]
    altered = [keys[k][0] for k, r in rows.items()
               if r.sha256 != sha256(keys[k][1]) or sha256(stored.get(r.sha256, b"-")) != r.sha256]
    unfinished = [keys[k][0] for k, r in rows.items() if r.state not in FINISHED]
    over = [(keys[k][0], (r.updated_at - r.received_at).total_seconds()) for k, r in rows.items()
            if (r.updated_at - r.received_at).total_seconds() > BUDGET_SECONDS]
    states = Counter(r.state for r in rows.values())
    seconds = sorted((r.updated_at - r.received_at).total_seconds() for r in rows.values())
    figure("inputs (corpus / mutations / specials)", f"{len(base)} / {count} / 4")
    figure("mutation kinds applied", dict(kinds))
    figure("ledger states", dict(states))
    figure("parked reasons (first words)", dict(reasons.most_common(6)))
    figure("per-message seconds p50 / p99 / max",
           f"{_at(seconds, .5):.3f} / {_at(seconds, .99):.3f} / {seconds[-1]:.3f}")
    for k, r in rows.items():
        if keys[k][0].startswith("special/"):
            seconds = (r.updated_at - r.received_at).total_seconds()
            figure(keys[k][0], f"{r.state} in {seconds:.2f}s")
    figure("wall time (s)", f"{elapsed:.1f}")
    for name, spent in over[:10]:
        figure("OVER BUDGET", f"{name} {spent:.2f}s")
    for name, spent in slow_calls[:10]:  # reading the file and storing it count here too
        figure("poll + file wall time over 2 s", f"{name} {spent:.2f}s")
    for name in (lost + altered + unfinished)[:10]:
        figure("NOT KEPT OR NOT FINISHED", name)
    for error in driver.errors[:10]:
        figure("ERROR", error[:200])
    return verdict("hostile", {"messages": len(inputs), "mutations": count}, {
        "crashes": len(driver.errors), "lost": len(lost), "raw_altered": len(altered),
        "unfinished": len(unfinished), "over_2s": len(over)})


def _at(values: list[float], q: float) -> float:
    return values[min(len(values) - 1, int(q * len(values)))] if values else 0.0


if __name__ == "__main__":
    sys.exit(main())
