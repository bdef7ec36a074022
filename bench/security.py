"""Security: no hijacked ticket, no reset link off file, one redemption per token, no injected
header, no sandbox escape, nothing written by an attachment's name, no forged Authentication-
Results trusted, no script run in the staff UI.

Mail is APPENDed to a private Dovecot, filed on a fresh PostgreSQL database by the desk (parse
processes included) and answered over SMTP to aiosmtpd; the API and the staff UI run on
uvicorn and the staff UI is read in Debian's Chromium. Every count comes from what the SMTP
server received, the database, the file system or the browser.

1. hijack: strangers quote victims' ticket references, guess our Message-IDs, spray References,
   borrow the victim's name or address in other headers; none may join a victim's ticket, and
   no mail to a stranger may carry a victim's secret words. (A stranger is someone who has not
   seen our mail: knowing one of our Message-IDs, or the victim's own, is out of the model.)
2. resets: generated requests (senders on file, on file elsewhere, lookalikes, display-name
   spoofs, Reply-To/Cc to an attacker, unknown or mistyped UAIs) against a generated directory;
   every link mailed must go to an address on file for its token's UAI.
3. redemptions: 50 concurrent POSTs of one token to the real API, each round exactly one wins.
4. injection: CR, LF, NUL, Unicode line breaks and SMTP dot lines in names, subjects and bodies
   (encoded words, raw 8-bit), and in staff answers posted through the web form; no outgoing
   mail may carry an extra header, recipient or message.
5. sandbox: known jinja2 escapes and resource bombs rendered by the desk's Renderer in a child
   process; escapes refused, bombs refused within 2 s and 300 MB.
6. attachments: traversal, absolute, Windows, encoded and Unicode-slash names with a canary;
   no file named after one appears anywhere, bytes land in the store, downloads get safe names.
7. authres: forged Authentication-Results (other authserv-ids, lookalikes, encoded words; and
   ours below our MX's real header) on head-of-establishment requests; never trusted.
8. xss: mails carrying XSS vectors in HTML, text, subject, name and file name, opened by a
   logged-in agent in Chromium (HTML parts unfolded, links in frames clicked); no script runs.

    .venv/bin/python bench/security.py           # full: 10,000 + 10,000 generated, 240 XSS mails
    .venv/bin/python bench/security.py --small   # reduced sizes, under 2 minutes
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import queue
import random
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import getaddresses
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import Clock, Driver, figure, quiet, settings_for, verdict  # noqa: E402
from production import ROOT, Services, _login, services  # noqa: E402
from sqlmodel import Session, col  # noqa: E402
from sqlmodel import select as query

from pipeline.directory.load import CHECK_LETTERS, import_directory  # noqa: E402
from pipeline.directory.lookup import find_by_uai  # noqa: E402
from pipeline.ingest.imap import ImapSource  # noqa: E402
from pipeline.settings import Settings  # noqa: E402
from pipeline.tickets.models import (  # noqa: E402
    AttachmentRecord,
    AuditEvent,
    Blob,
    Message,
    OutboxMail,
    Participant,
    Ticket,
)
from pipeline.tokens.models import ResetToken  # noqa: E402
from pipeline.tokens.service import hash_token  # noqa: E402

DESK = "support@assistance.example.fr"
SIZES = {"full": {"victims": 100, "resets": 10_000, "rounds": 20, "injections": 10_000,
                  "answers": 200, "attachments": 60, "authres": 300, "xss": 240},
         "small": {"victims": 4, "resets": 120, "rounds": 2, "injections": 120,
                   "answers": 10, "attachments": 5, "authres": 20, "xss": 16}}
TOKEN = re.compile(r"token=([A-Za-z0-9_-]{20,})")
API_SECRET = "k" * 40
STAFF, PASSWORD = "securite@assistance.example.fr", "correct horse battery"


# --------------------------------------------------------------------------- mail and desk

def word(text: str) -> str:
    """An RFC 2047 encoded word: any character, CR and LF included, fits in a header."""
    return f"=?utf-8?b?{base64.b64encode(text.encode('utf-8')).decode()}?="


def raw_mail(sender: str, subject: str, body: str, *, mid: str, name: str = "",
             headers: str = "", content_type: str = 'text/plain; charset="utf-8"') -> bytes:
    author = f"{name} <{sender}>" if name else sender
    return (f"From: {author}\r\nTo: {DESK}\r\nSubject: {subject}\r\nMessage-ID: <{mid}>\r\n"
            f"Date: Mon, 2 Mar 2026 09:00:00 +0100\r\nMIME-Version: 1.0\r\n{headers}"
            f"Content-Type: {content_type}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            f"{body}\r\n").encode("utf-8", "surrogatepass")


def multipart(parts: list[tuple[str, str]]) -> tuple[str, str]:
    """(Content-Type, body) of a multipart/mixed mail from (part headers, part body) pairs."""
    boundary = f"b{random.Random(len(parts)).getrandbits(64):016x}"
    body = "".join(f"--{boundary}\r\n{h}\r\n\r\n{p}\r\n" for h, p in parts) + f"--{boundary}--"
    return f'multipart/mixed; boundary="{boundary}"', body


class Inbox:
    """The desk's IMAP mailbox: mail is APPENDed as an MTA delivers it, then filed and sent."""

    def __init__(self, svc: Services, driver: Driver) -> None:
        self.client = _login(svc)
        self.source = ImapSource(svc.mailbox(), batch_size=50)
        self.driver = driver

    def deliver(self, raws: list[bytes]) -> None:
        for start in range(0, len(raws), 200):
            self.client.multiappend("INBOX", raws[start:start + 200])
        self.driver.poll(self.source)
        self.driver.work()
        self.driver.settle(self.source)

    def close(self) -> None:
        self.source.close()
        self.client.logout()


def inbound(driver: Driver, mids: list[str]) -> dict[str, Message]:
    found: dict[str, Message] = {}
    with driver.session() as session:
        for start in range(0, len(mids), 1000):
            found.update((m.message_id, m) for m in session.exec(query(Message).where(
                Message.direction == "in",
                Message.message_id.in_(mids[start:start + 1000]))))  # type: ignore[attr-defined]
    return found


def mail_text(received: Any) -> str:
    """Headers and every text part, decoded: what the recipient can read."""
    message = received.message
    out = [f"{k}: {v}" for k, v in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            try:
                out.append(part.get_content())
            except Exception:  # a charset the reader cannot decode: read the bytes
                out.append((part.get_payload(decode=True) or b"").decode("utf-8", "replace"))
    return "\n".join(out)


# --------------------------------------------------------------------------- 1. hijack

@dataclass
class Victim:
    n: int
    address: str
    mid: str
    secrets: tuple[str, str]
    ticket_id: int = 0
    reference: str = ""
    ours: list[str] = field(default_factory=list)  # our Message-IDs on the ticket


def forgeries(v: Victim, k: int, rng: random.Random, domain: str) -> list[tuple[str, str, bytes]]:
    """(kind, stranger, raw) for each way a stranger may try to reach `v`'s ticket."""
    ref, number = v.reference, int(v.reference[4:])

    def guess(n: int) -> str:
        return f"SUP-{n:06d}.{rng.getrandbits(64):016x}@{domain}"

    kinds = {
        "subject_reference": (f"Re: [#{ref}] Connexion impossible", "", ""),
        "subject_reference_lower_case": (f"RE: TR: {ref.lower()} suite", "", ""),
        "subject_reference_spaced": (f"Re: [# {ref} ] urgent", "", ""),
        "many_references": (" ".join(f"[#SUP-{n:06d}]" for n in range(number - 3, number + 4)),
                            "", ""),
        "guessed_message_id": ("Re: suite", f"In-Reply-To: <{ref}@{domain}>\r\n", ""),
        "guessed_random_part": (f"Re: [#{ref}]", f"In-Reply-To: <{guess(number)}>\r\n"
                                f"References: <{guess(number)}>\r\n", ""),
        "sprayed_references": ("Re: suite", "References: " + "\r\n ".join(
            f"<{guess(n)}>" for n in range(max(1, number - 30), number + 30)) + "\r\n", ""),
        "victim_as_display_name": (f"Re: [#{ref}]", "", f'"{v.address}"'),
        "victim_in_other_headers": (f"Re: [#{ref}]", f"Reply-To: {v.address}\r\nSender: "
                                    f"{v.address}\r\nCc: {v.address}\r\n", ""),
        "lookalike_domain": (f"Re: [#{ref}]", "", ""),
        "homoglyph_domain": (f"Re: [#{ref}]", "", ""),
    }
    out = []
    for i, (kind, (subject, headers, name)) in enumerate(kinds.items()):
        stranger = f"stranger{k}-{i}@evil{k}.example.net"
        if kind == "lookalike_domain":
            stranger = f"{v.address}.evil.example.net"
        elif kind == "homoglyph_domain":
            stranger = v.address.replace("clg", "\u0441lg")  # Cyrillic es
        body = "Bonjour,\r\nMerci de me renvoyer le contenu de ce dossier.\r\n"
        out.append((kind, stranger, raw_mail(stranger, subject, body, name=name,
                                             mid=f"forged-{k}-{i}@evil.example.net",
                                             headers=headers)))
    return out


def hijack(svc: Services, inbox: Inbox, driver: Driver, count: int,
           rng: random.Random) -> dict[str, int]:
    """Victims write first, with secret words; then strangers try every way in."""
    victims = [Victim(i, f"victim{i}@clg-{i}.example.fr", f"victim-{i}@clg-{i}.example.fr",
                      (f"dossier{rng.getrandbits(40):x}", f"code{rng.getrandbits(40):x}"))
               for i in range(count)]
    inbox.deliver([raw_mail(v.address, f"Connexion impossible {v.secrets[0]}",
                            f"Bonjour,\r\nMon code confidentiel est {v.secrets[1]}.\r\n",
                            mid=v.mid, name=f"Victime {v.n}") for v in victims])
    rows = inbound(driver, [v.mid for v in victims])
    with driver.session() as session:
        for v in victims:
            v.ticket_id = rows[v.mid].ticket_id or 0
            ticket = session.get(Ticket, v.ticket_id)
            v.reference = ticket.reference if ticket else ""
            v.ours = list(session.exec(query(Message.message_id).where(
                Message.ticket_id == v.ticket_id, Message.direction == "out")))
    domain = driver.desk.settings.desk.message_id_domain
    attempts = [a for k, v in enumerate(victims) for a in forgeries(v, k, rng, domain)]
    own = own_thread_attempts(svc, inbox, victims)
    before = len(svc.smtp.received)
    inbox.deliver([raw for _, _, raw in attempts] + [raw for _, _, raw in own])
    attempts += own
    counts = hijack_counts(svc, driver, victims, attempts, before)
    inbox.deliver([raw_mail(f"insider{v.n}@evil.example.org", "Re: suite", "Bonjour.\r\n",
                            mid=f"insider-{v.n}@evil", headers=f"In-Reply-To: <{v.mid}>\r\n")
                   for v in victims])
    rows = inbound(driver, [f"insider-{v.n}@evil" for v in victims])
    figure("outside the model: knowing the victim's own Message-ID, joined",
           sum(1 for v in victims if getattr(rows.get(f"insider-{v.n}@evil"), "ticket_id", 0)
               == v.ticket_id))
    return counts


def own_thread_attempts(svc: Services, inbox: Inbox,
                        victims: list[Victim]) -> list[tuple[str, str, bytes]]:
    """A stranger with a ticket of his own answers our mail on it, quoting a victim's reference."""
    first = {v.n: f"own{v.n}@evil.example.org" for v in victims}
    before = len(svc.smtp.received)
    inbox.deliver([raw_mail(a, "Une question", "Bonjour, une question.\r\n", mid=f"own-{n}@evil")
                   for n, a in first.items()])
    ack = {r.rcpt_tos[0]: str(r["Message-ID"]) for r in svc.smtp.received[before:]}
    return [("own_thread_quoting_victim", first[v.n],
             raw_mail(first[v.n], f"Re: [#{v.reference}] suite", "Et pour ce dossier ?\r\n",
                      mid=f"own-reply-{v.n}@evil", headers=f"In-Reply-To: {ack[first[v.n]]}\r\n"))
            for v in victims if first[v.n] in ack]


def hijack_counts(svc: Services, driver: Driver, victims: list[Victim],
                  attempts: list[tuple[str, str, bytes]], before: int) -> dict[str, int]:
    mids = [re.search(rb"Message-ID: <([^>]+)>", raw).group(1).decode()  # type: ignore[union-attr]
            for _, _, raw in attempts]
    rows = inbound(driver, mids)
    victim_tickets = {v.ticket_id: v for v in victims}
    joined = Counter(kind for (kind, _, _), mid in zip(attempts, mids, strict=True)
                     if mid in rows and rows[mid].ticket_id in victim_tickets)
    with driver.session() as session:
        participants = session.exec(query(Participant.ticket_id, Participant.email).where(
            Participant.ticket_id.in_(list(victim_tickets)))).all()  # type: ignore[attr-defined]
        matched = Counter(m.matched_by for m in rows.values())
    intruders = [(t, e) for t, e in participants if e != victim_tickets[t].address]
    strangers = {s.lower() for _, s, _ in attempts}
    secrets = {s for v in victims for s in (*v.secrets, *v.ours)}
    to_strangers = [mail_text(r) for r in svc.smtp.received[before:]
                    if strangers & {a.lower() for a in r.rcpt_tos}]
    leaks = sum(1 for text in to_strangers if any(s in text for s in secrets))
    figure("victims / attempts by strangers", f"{len(victims)} / {len(attempts)}")
    figure("attempts filed, matched by", dict(matched))
    figure("mail to strangers", len(to_strangers))
    for kind, n in joined.items():
        figure("JOINED a victim's ticket", f"{kind}: {n}")
    return {"attempts": len(attempts), "hijacked": sum(joined.values()),
            "strangers_made_participants": len(intruders), "content_leaked": leaks,
            "attempts_not_filed": len(attempts) - len(rows)}


# --------------------------------------------------------------------------- 2. reset links

@dataclass
class School:
    uai: str
    official: str
    admins: dict[str, str]  # platform -> admin address ("" when none)

    def addresses(self) -> list[str]:
        return [a for a in (self.official, *self.admins.values()) if a]


DEPARTMENTS = {"069": "ac-lyon.fr", "075": "ac-paris.fr", "035": "ac-rennes.fr",
               "033": "ac-bordeaux.fr"}


def uai_of(k: int) -> str:
    digits = f"{list(DEPARTMENTS)[k % 4]}{k // 4 % 10_000:04d}"
    return digits + CHECK_LETTERS[int(digits) % 23]


def make_directory(driver: Driver, count: int, rng: random.Random) -> list[School]:
    schools, lines = [], ["uai,name,official_email,admin_email,platform"]
    for k in range(count):
        uai = uai_of(k)
        domain = DEPARTMENTS[uai[:3]]
        official = f"ce.{uai.lower()}@{domain}" if rng.random() < 0.7 else ""
        platforms = rng.sample(["esidoc", "espace_acheteur"], rng.choice((1, 1, 2)))
        admins = {p: rng.choice((f"cdi.{k}@clg-{k}.example.fr", f"gestion.{k}@lycee{k}.fr", ""))
                  for p in platforms}
        schools.append(School(uai, official, admins))
        lines += [f"{uai},Etablissement {k},{official},{a},{p}" for p, a in admins.items()]
    with driver.session() as session:
        report = import_directory(session, "\n".join(lines) + "\n",
                                  platforms=driver.desk.settings.platforms, now=driver.desk.clock())
        session.commit()
    assert not report.errors, report.errors
    return schools


def lookalike(address: str, n: int, rng: random.Random) -> str:
    local, _, domain = address.partition("@")
    return rng.choice((f"{address}.evil.example", f"{local}@{domain}.", f"{local}x@{domain}",
                       f"{local}@{domain.replace('.', '-', 1)}", f"{local}@evil{n}.example",
                       f"{local.replace('.', '')}@{domain}", f"{local}@{domain}.evil.example",
                       address.replace("c", "\u0441", 1), f"{local}+{n}@{domain}"))


def reset_request(n: int, schools: list[School], rng: random.Random) -> bytes:
    school = rng.choice(schools)
    uai = school.uai
    roll = rng.random()
    if roll < 0.08:
        uai = uai_of(20_000 + n % 16_000)  # not in the directory (it holds k < 20,000)
    elif roll < 0.12:
        uai = uai[:7] + CHECK_LETTERS[(CHECK_LETTERS.index(uai[7]) + 1) % 23]  # a typo
    attacker = f"mallory{n}@attacker{n % 17}.example"
    on_file, elsewhere = school.addresses(), rng.choice(schools).addresses()
    choices = [attacker, f"parent{n}@gmail.example.com"] + on_file * 3 + elsewhere
    choices += [lookalike(a, n, rng) for a in on_file + elsewhere]
    sender, name = rng.choice(choices), ""
    if on_file and rng.random() < 0.1:
        sender, name = attacker, f'"{rng.choice(on_file)}"'  # the address shown as a name
    headers = "".join(h for h, p in ((f"Reply-To: {attacker}\r\n", 0.3), (f"Cc: {attacker}\r\n",
                                     0.2), (f"Sender: {rng.choice(choices)}\r\n", 0.1))
                      if rng.random() < p)
    platform = rng.choice(("e-sidoc", "l'espace acheteur", "", "e-sidoc et l'espace acheteur"))
    extra = rng.choice(("", f"Envoyez le lien à {attacker} s'il vous plaît.",
                        f"UAI {rng.choice(schools).uai} ou {uai}.", f"Mon adresse : {attacker}"))
    body = (f"Bonjour,\r\nJ'ai oublié le mot de passe {platform} de l'établissement {uai}.\r\n"
            f"{extra}\r\nMerci\r\n")
    return raw_mail(sender, rng.choice(("Mot de passe oublié", "Réinitialisation mot de passe",
                                        f"mot de passe perdu {uai}")),
                    body, mid=f"reset-{n}@requests.example", name=name, headers=headers)


def resets(svc: Services, inbox: Inbox, driver: Driver, clock: Clock, count: int,
           rng: random.Random) -> tuple[dict[str, int], list[str]]:
    """Every token found in a mail is looked up by its hash; its UAI says who may have it."""
    schools = make_directory(driver, max(60, count // 25), rng)
    before, chunk = len(svc.smtp.received), 100
    for start in range(0, count, chunk):
        inbox.deliver([reset_request(n, schools, rng)
                       for n in range(start, min(count, start + chunk))])
        clock.advance(hours=24 * chunk / len(schools))  # about one request a school a day
    off_file, links, secrets, places = 0, 0, [], Counter[str]()
    with driver.session() as session:
        tokens = {t.token_hash: t for t in session.exec(query(ResetToken))}
        for received in svc.smtp.received[before:]:
            for secret in set(TOKEN.findall(mail_text(received))):
                links += 1
                secrets.append(secret)
                token = tokens.get(hash_token(secret))
                found = find_by_uai(session, token.uai) if token else None
                allowed = on_file(session, token.uai if token else None)
                to = {a.lower() for _, a in getaddresses([str(received["To"] or "")])}
                sent_to = to | {a.lower() for a in received.rcpt_tos}
                off_file += not sent_to or not sent_to <= allowed
                places["official" if found and found.establishment.official_email in sent_to
                       else "administrator"] += 1
        minted_off = sum(1 for t in tokens.values() if t.sent_to not in on_file(session, t.uai))
        kinds = Counter(session.exec(query(OutboxMail.kind).where(
            col(OutboxMail.ticket_id).in_(query(Message.ticket_id).where(
                col(Message.message_id).like("reset-%@requests.example"))))))
        refused = len(session.exec(query(AuditEvent).where(
            AuditEvent.event == "reset_link_refused")).all())
    figure("schools in the directory / requests", f"{len(schools)} / {count}")
    figure("links mailed (to the official / an administrator address)",
           f"{links} ({places['official']} / {places['administrator']})")
    figure("tokens minted / refused by the executor", f"{len(tokens)} / {refused}")
    figure("mail by template", dict(kinds.most_common()))
    return {"requests": count, "links": links, "reset_links_off_file": off_file,
            "tokens_off_file": minted_off}, secrets


def on_file(session: Session, uai: str | None) -> frozenset[str]:
    """The addresses on file for `uai` now, as the directory in the database holds them."""
    found = find_by_uai(session, uai)
    return found.addresses() if found else frozenset()


# --------------------------------------------------------------------------- web server

@contextmanager
def served(settings: Settings, driver: Driver, clock: Clock) -> Iterator[str]:
    """The staff UI and the API on a real uvicorn server on loopback."""
    import socket

    import uvicorn

    from pipeline.web.app import create_app
    from pipeline.web.auth import add_user

    with Session(driver.desk.engine) as session:
        add_user(session, STAFF, PASSWORD, role="admin")
        session.commit()
    app = create_app(settings, engine=driver.desk.engine, clock=clock)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        app.state.desk.close()


def logged_in(base: str) -> Any:
    """An httpx client with a staff session (the Secure cookie set by hand over http)."""
    import httpx

    client = httpx.Client(base_url=base, timeout=30)
    form = client.get("/login")
    login_csrf = form.cookies["sp_login_csrf"]
    answer = client.post("/login", data={"csrf": _field(form.text, "csrf"), "email": STAFF,
                                         "password": PASSWORD},
                         headers={"Cookie": f"sp_login_csrf={login_csrf}"})
    assert answer.status_code == 303, answer.text[:300]
    client.headers["Cookie"] = f"sp_session={answer.cookies['sp_session']}"
    client.csrf = _field(client.get("/queue").text, "csrf")  # type: ignore[attr-defined]
    return client


def _field(html: str, name: str) -> str:
    marker = f'name="{name}" value="'
    start = html.index(marker) + len(marker)
    return html[start:html.index('"', start)]


# --------------------------------------------------------------------------- 3. redemptions

def redemptions(base: str, driver: Driver, clock: Clock, secrets: list[str],
                rounds: int) -> dict[str, int]:
    """Tokens the desk really mailed, each posted by 50 threads released at once."""
    import httpx

    wrong, errors, done, later = 0, 0, 0, clock.now
    with driver.session() as session:
        created = {t.token_hash: t.created_at for t in session.exec(query(ResetToken))}
    for secret in list(dict.fromkeys(secrets))[:rounds]:
        clock.now = created[hash_token(secret)]  # the link is fresh
        start, codes = threading.Barrier(50), list[int]()

        def attempt(secret: str = secret, start: threading.Barrier = start,
                    codes: list[int] = codes) -> None:
            with httpx.Client(timeout=60) as client:
                start.wait()
                codes.append(client.post(f"{base}/api/v1/reset-tokens/redeem",
                                         json={"token": secret},
                                         headers={"Authorization": f"Bearer {API_SECRET}"}
                                         ).status_code)

        threads = [threading.Thread(target=attempt) for _ in range(50)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        done += 1
        wrong += int(codes.count(200) != 1)
        errors += len([c for c in codes if c not in (200, 410)])
        if codes.count(200) != 1:
            figure("ROUND WITHOUT EXACTLY ONE WINNER", dict(Counter(codes)))
    clock.now = later
    with driver.session() as session:
        used = session.exec(query(ResetToken).where(ResetToken.used_at != None)).all()  # noqa: E711
    figure("rounds of 50 concurrent redemptions / tokens used", f"{done} / {len(used)}")
    return {"rounds": done, "redemptions_won_not_1": wrong + max(0, rounds - done),
            "redemption_errors": errors}


# --------------------------------------------------------------------------- 4. injection

BREAKS = ("\r\n", "\n", "\r", "\r\n\r\n", "\r\n ", "\r\n\t", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e",
          "\x85", "\u2028", "\u2029", "\x00", "\x07", "\x08", "\x1b", "\x7f", "\r\n.\r\n", "\n.\n")
INJECTED = ("Bcc: {evil}", "Cc: {evil}", "To: {evil}", "X-Injected: yes", "Reply-To: {evil}",
            "Content-Type: text/html", "MIME-Version: 1.0\r\nContent-Type: text/html",
            "RCPT TO:<{evil}>", "Subject: second", "From: {evil}", "Message-ID: <x@evil>")
ALLOWED = {"from", "to", "subject", "date", "message-id", "in-reply-to", "references",
           "auto-submitted", "x-auto-response-suppress", "mime-version", "content-type",
           "content-transfer-encoding"}


def attack(n: int, rng: random.Random) -> str:
    """Two header lines for an attacker's address, joined and wrapped by line breaks."""
    evil = f"evil{n}@attacker.example"
    inner = rng.choice(BREAKS).join(i.format(evil=evil) for i in rng.sample(INJECTED, 2))
    lead = rng.choice(("Bonjour", "Demande", ""))
    return f"{lead}{rng.choice(BREAKS)}{inner}{rng.choice(BREAKS)}"


def injection_mail(n: int, rng: random.Random) -> bytes:
    """Attacks in the name, the subject and the body (values the templates print)."""
    sender = f"person{n}@inj{n % 50}.example.fr"
    carrier = rng.choice(("word", "raw"))  # raw: 8-bit header text, line breaks become folds

    def header(text: str) -> str:
        if carrier == "word":
            return word(text)
        return re.sub(r"[\r\n\x00]+", " ", text).replace("\r", " ")

    name = header(attack(n, rng)) if rng.random() < 0.7 else ""
    subject = header(attack(n, rng)) if rng.random() < 0.8 else "Question"
    if name and carrier == "raw":
        name = '"' + name.replace("\\", "").replace('"', "") + '"'
    extra = ""
    if rng.random() < 0.2:  # the address itself: a second one after ours, or ours in a group
        extra = f"Reply-To: evil{n}@attacker.example\r\nSender: evil{n}@attacker.example\r\n"
    body = f"Bonjour,\r\n{attack(n, rng)}\r\nMerci\r\n"
    if rng.random() < 0.2:
        body = f"Mot de passe oublié pour l'UAI 0693421U.\r\n{attack(n, rng)}\r\n"
    return raw_mail(sender, subject, body, mid=f"inj-{n}@inj.example.fr", name=name,
                    headers=extra)


def header_problems(raw: bytes) -> tuple[list[str], list[str]]:
    """Header lines that are not ours or come twice; and lines with a bare CR/LF or a control."""
    head = raw.split(b"\r\n\r\n", 1)[0]
    names, extra, broken = Counter[str](), [], []
    for line in head.split(b"\r\n"):
        if re.search(rb"[\x00-\x08\x0a-\x1f\x7f]", line):
            broken.append(line[:80].decode("latin-1"))
        if line[:1] in (b" ", b"\t"):
            continue
        found = re.match(rb"^([A-Za-z0-9-]+):", line)
        name = found.group(1).decode().lower() if found else line[:40].decode("latin-1")
        names[name] += 1
        if name not in ALLOWED or names[name] > 1:
            extra.append(name)
    return extra, broken


def injection_counts(svc: Services, driver: Driver, before: int, expected: set[str],
                     kinds: str) -> dict[str, int]:
    """Read what the SMTP server received since `before`, raw and parsed."""
    received = svc.smtp.received[before:]
    injected, recipients, malformed, parts = 0, 0, 0, Counter[str]()
    for r in received:
        extra, broken = header_problems(r.raw)
        injected += bool(extra)
        malformed += bool(broken)
        to = [a.lower() for _, a in getaddresses([str(v) for v in r.message.get_all("To", [])])]
        copies = r.message.get_all("Cc", []) + r.message.get_all("Bcc", [])
        rcpt = [a.lower() for a in r.rcpt_tos]
        recipients += (len(rcpt) != 1 or to != rcpt or bool(copies)
                       or not set(rcpt) <= expected)
        parts[",".join(p.get_content_type() for p in r.message.walk())] += 1
        for problem in (extra + broken)[:3]:
            figure("PROBLEM HEADER", f"{r.rcpt_tos} {problem!r}")
    with driver.session() as session:
        ids = {m for m in session.exec(query(OutboxMail.message_id).where(
            OutboxMail.state == "sent"))}
    smuggled = sum(1 for r in received if str(r["Message-ID"] or "").strip("<>") not in ids)
    carried = sum(1 for r in received if "evil" in str(r["Subject"]) or "X-Injected" in
                  str(r["Subject"]))
    figure(f"{kinds}: mail received by the SMTP server", len(received))
    figure(f"{kinds}: subjects carrying the injected text, as words", carried)
    figure(f"{kinds}: MIME shapes", dict(parts.most_common(4)))
    return {"injected_headers": injected, "injected_recipients": recipients,
            "malformed_headers": malformed, "smuggled_messages": smuggled}


def injections(svc: Services, inbox: Inbox, driver: Driver, count: int,
               rng: random.Random) -> dict[str, int]:
    """Only the senders (and the teams, for routed tickets) may receive anything."""
    before = len(svc.smtp.received)
    for start in range(0, count, 200):
        inbox.deliver([injection_mail(n, rng) for n in range(start, min(count, start + 200))])
    expected = {f"person{n}@inj{n % 50}.example.fr" for n in range(count)}
    with driver.session() as session:
        expected |= set(session.exec(query(OutboxMail.to_addr).where(
            OutboxMail.automatic == False)))  # noqa: E712  (team notices)
    return {"injection_attempts": count, **injection_counts(svc, driver, before, expected,
                                                           "injection")}


def staff_answers(svc: Services, driver: Driver, base: str, count: int,
                  rng: random.Random) -> dict[str, int]:
    """A person answers through the web form, subject and text full of line breaks."""
    client = logged_in(base)
    with driver.session() as session:
        tickets = session.exec(query(Ticket).where(col(Ticket.requester).like("person%@inj%"))
                               .order_by(col(Ticket.id)).limit(count)).all()
    before = len(svc.smtp.received)
    for n, ticket in enumerate(tickets):
        answer = client.post(f"/tickets/{ticket.reference}/answer", data={
            "csrf": client.csrf, "subject": attack(n, rng), "text": attack(n, rng),
            "template": ""})
        assert answer.status_code in (303, 400), answer.status_code
    client.close()
    deadline = time.monotonic() + 30
    while len(svc.smtp.received) - before < len(tickets) and time.monotonic() < deadline:
        time.sleep(0.1)
    counts = injection_counts(svc, driver, before, {t.requester for t in tickets}, "staff answers")
    return {"staff_answers": len(tickets), **counts}


# --------------------------------------------------------------------------- 5. sandbox

CANARY = Path(tempfile.gettempdir()) / f"sp-sandbox-{os.getpid()}"
ESCAPES = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ ''.__class__.__base__.__subclasses__() }}",
    "{{ ().__class__.__bases__[0].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.system('touch CANARY') }}",
    "{{ joiner.__init__.__globals__.os.popen('touch CANARY').read() }}",
    "{{ namespace.__init__.__globals__.os.system('touch CANARY') }}",
    "{{ lipsum.__globals__['os'].popen('touch CANARY').read() }}",
    "{{ lipsum.__globals__.__builtins__.__import__('os').system('touch CANARY') }}",
    "{{ self._TemplateReference__context.cycler.__init__.__globals__.os }}",
    "{{ self.__init__.__globals__.__builtins__ }}",
    "{{ self.__dict__ }}",
    "{{ request.application.__globals__.__builtins__.__import__('os') }}",
    "{{ config.__class__.__init__.__globals__['os'] }}",
    "{{ ''|attr('__class__')|attr('__mro__') }}",
    "{{ ''|attr('\\x5f\\x5fclass\\x5f\\x5f') }}",
    "{{ ''['__class__'] }}",
    "{{ ''|attr(['_','_','class','_','_']|join) }}",
    "{{ '{0.__class__.__mro__}'.format('') }}",
    "{{ '{0.__globals__}'.format(lipsum) }}",
    "{{ '{x.__class__}'.format_map({'x': ''}) }}",
    "{{ ''.format.__globals__ }}",
    "{{ range.__globals__ }}",
    "{{ dict.__base__.__subclasses__() }}",
    "{{ [].__class__.__base__.__subclasses__() }}",
    "{{ lipsum.func_globals }}",
    "{{ cycler.next.__func__.__globals__ }}",
    "{% for x in ().__class__.__base__.__subclasses__() %}{{ x }}{% endfor %}",
    "{% set x = ''.__class__ %}{{ x }}",
    "{{ ticket.__class__.__init__.__globals__ }}",
    "{{ (lipsum|attr('__globals__')).os }}",
    "{{ loop.__class__ }}",
    "{% for a in [1] %}{{ loop.__class__.__init__.__globals__ }}{% endfor %}",
    "{{ ''.__getattribute__('__class__') }}",
    "{{ [].pop.__self__ }}",
    "{{ ''.join.__self__.__class__ }}",
    "{{ namespace().__class__.__init__.__globals__ }}",
    "{% macro m() %}{% endmacro %}{{ m.__init__.__globals__ }}",
    "{{ (1).__class__.__mro__ }}",
    "{{ ''.encode.__self__.__class__ }}",
]
BOMBS = [
    "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "{% for i in range(99999) %}{% for j in range(99999) %}{{ i }}{% endfor %}{% endfor %}",
    "{% for c in ticket.subject * 500 %}{% for d in ticket.subject * 500 %}{% endfor %}"
    "{% endfor %}",
    "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(60) }}",
    "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
    "{% for x in [1] recursive %}{{ loop([1, 1]) }}{% endfor %}",
    "{{ 'a' * 1000000000 }}",
    "{{ [1] * 1000000000 }}",
    "{{ 9 ** 999999999 }}",
    "{{ (2 ** 1000000) ** 1000000 }}",
    "{{ 'a'|center(1000000000) }}",
    "{{ 'a'|indent(1000000000, true) }}",
    "{{ ('a' * 200000)|replace('', 'b' * 200000) }}",
    "{{ range(100000)|join('a' * 100000) }}",
    "{{ '%0999999999d' % 1 }}",
    "{{ '%0999999999d'|format(1) }}",
    "{{ '{:999999999}'.format(1) }}",
    "{{ 'a'.ljust(999999999) }}",
    "{{ lipsum(n=1000000) }}",
    "{% set a = 'aaaaaaaaaaaaaaaa' %}" + "{% set a = a ~ a %}" * 30 + "{{ a }}",
    "{% set a = 'aaaaaaaaaaaaaaaa' %}" + "{% set a = a + a %}" * 30 + "{{ a }}",
    "{% for i in range(100000) %}{{ 'x' * 200 }}{% endfor %}",
    "{% set x = 'y' * 200000 %}{% macro m() %}{% for i in range(100000) %}{{ x }}{% endfor %}"
    "{% endmacro %}{{ m() }}",
    "{{ range(100000)|list|sum }}{{ (range(100000)|list * 20)|sort|length }}",
    "{{ 1 / 0 }}",
]
INTERNALS = re.compile(r"<class |<module |<function |<built-in|<bound method|__builtins__|"
                       r"<jinja2\.|<Context |\{'__name__'|environment")


def sandbox_child() -> None:
    """Child process: render each template read on stdin (one JSON a line), report each."""
    with tempfile.TemporaryDirectory(prefix="sandbox-") as tmp:  # gone when stdin ends
        _render_each(Path(tmp))


def _render_each(folder: Path) -> None:
    from pipeline.errors import TemplateRejected
    from pipeline.outbox.render import Renderer

    (folder / "fr").mkdir()
    context = {"ticket": {"reference": "SUP-000001", "subject": "Mot de passe oublié",
                          "url": "https://assistance.example.fr/tickets/SUP-000001"},
               "requester": {"name": "Claire", "email": "cdi@clg.example.fr"},
               "desk": {"name": "Assistance", "address": DESK}}
    for n, line in enumerate(sys.stdin):
        body = json.loads(line)
        (folder / "fr" / f"t{n}.txt.j2").write_text(
            "{% block subject %}Sujet{% endblock %}" + body, encoding="utf-8")
        peak, started = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, time.monotonic()
        try:
            text, outcome = Renderer(folder).render(f"t{n}", "fr", context).text, "rendered"
        except TemplateRejected as exc:
            text, outcome = str(exc), "refused"
        grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak) / 1024
        print(json.dumps({"outcome": outcome, "seconds": time.monotonic() - started,  # noqa: T201
                          "grown_mb": grown, "text": text[:400], "length": len(text)}),
              flush=True)


def _read_lines(out: Any, lines: queue.Queue[str]) -> None:
    for line in out:
        lines.put(line)


def sandbox() -> dict[str, int]:
    """Each template rendered in a child process; one that hangs or dies is counted and skipped."""
    payloads = [("escape", t.replace("CANARY", str(CANARY))) for t in ESCAPES]
    payloads += [("bomb", t) for t in BOMBS]
    results: list[dict[str, Any] | None] = []
    while len(results) < len(payloads):
        child = subprocess.Popen([sys.executable, __file__, "--sandbox-child"], cwd=ROOT,
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert child.stdin and child.stdout
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=_read_lines, args=(child.stdout, lines), daemon=True).start()
        child.stdin.write("".join(json.dumps(t) + "\n" for _, t in payloads[len(results):]))
        child.stdin.close()
        for _ in payloads[len(results):]:
            try:
                results.append(json.loads(lines.get(timeout=30)))
            except queue.Empty:  # hung or died: counted, and the rest go to a new child
                results.append(None)
                child.kill()
                break
        child.wait()
    escapes = over = 0
    outcomes = Counter[str]()
    for (kind, template), result in zip(payloads, results, strict=True):
        outcomes[f"{kind} {result['outcome'] if result else 'hung or died'}"] += 1
        if kind == "escape" and (result is None or INTERNALS.search(result["text"])):
            escapes += 1
            figure("ESCAPED", f"{template[:60]} -> {(result or {}).get('text', '')[:100]!r}")
        if kind == "bomb" and (result is None or result["outcome"] != "refused"
                               or result["seconds"] > 2 or result["grown_mb"] > 300):
            over += 1
            figure("BOMB NOT STOPPED", f"{template[:70]} {result}"[:200])
    slowest = max((r["seconds"] for r in results if r), default=0)
    figure("sandbox outcomes", dict(outcomes))
    figure("slowest refusal (s) / most memory grown (MB)",
           f"{slowest:.2f} / {max((r['grown_mb'] for r in results if r), default=0):.0f}")
    escapes += CANARY.exists()
    return {"sandbox_escapes": escapes, "sandbox_bombs_not_stopped": over,
            "templates_tried": len(payloads)}


# --------------------------------------------------------------------------- 6. attachments

NAMES = ["../../../../../../tmp/{c}", "/tmp/{c}", "..\\..\\..\\..\\tmp\\{c}", "C:\\Temp\\{c}",
         "....//....//tmp/{c}", "%2e%2e%2f%2e%2e%2ftmp%2f{c}", "..\u2215..\u2215tmp\u2215{c}",
         "\uff0e\uff0e\uff0f\uff0e\uff0e\uff0ftmp\uff0f{c}", "/dev/shm/{c}", "~/{c}",
         "{c}\x00.pdf", ".{c}", "var/raw/{c}", "../var/mail/outbox/{c}.eml",
         "../templates/fr/{c}.txt.j2", "{c}/../../../{c}", "\\\\server\\share\\{c}",
         "/proc/self/cwd/{c}", "..%c0%af..%c0%af{c}", "{c}\r\nContent-Type: text/html"]


def attachment_mail(n: int, canary: str, rng: random.Random) -> tuple[bytes, list[bytes]]:
    parts = [('Content-Type: text/plain; charset="utf-8"', "Voir les pièces jointes.")]
    payloads = []
    for k in range(4):
        name = NAMES[(n * 4 + k) % len(NAMES)].format(c=f"{canary}-{n}-{k}")
        payload = rng.randbytes(300 + k)
        payloads.append(payload)
        quoted = re.sub(r"[\r\n]", " ", name).replace("\\", "\\\\").replace('"', '\\"')
        style = (n + k) % 3
        disposition = (f'attachment; filename="{quoted}"' if style == 0 else
                       f"attachment; filename*=utf-8''{urllib.parse.quote(name, safe='')}"
                       if style == 1 else f'attachment; filename="{word(name)}"')
        parts.append((f'Content-Type: application/octet-stream; name="{word(name)}"\r\n'
                      f"Content-Disposition: {disposition}\r\nContent-Transfer-Encoding: base64",
                      base64.encodebytes(payload).decode()))
    content_type, body = multipart(parts)
    return raw_mail(f"pj{n}@clg-pj.example.fr", "Pièces jointes", body, mid=f"pj-{n}@pj",
                    content_type=content_type), payloads


def canaries(canary: str) -> list[str]:
    """Every file or folder, anywhere we might write, whose name holds the canary."""
    walked = {Path(tempfile.gettempdir()), Path("/tmp"), Path("/var/tmp"), Path("/dev/shm"), ROOT}
    found = [str(p) for top in (Path("/"), ROOT.parent, Path.home()) for p in top.iterdir()
             if canary in p.name]
    for root in walked:
        for folder, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if d not in (".git", ".venv", "node_modules", "proc")]
            found += [f"{folder}/{f}" for f in files + dirs if canary in f]
    return sorted(set(found))


def attachments(svc: Services, inbox: Inbox, driver: Driver, base: str, count: int,
                rng: random.Random) -> dict[str, int]:
    """The store is the blob table; a name may only ever become a download's safe name."""
    canary = f"spesc{rng.getrandbits(48):012x}"
    mails = [attachment_mail(n, canary, rng) for n in range(count)]
    inbox.deliver([raw for raw, _ in mails])
    expected = {hashlib.sha256(p).hexdigest() for _, payloads in mails for p in payloads}
    with driver.session() as session:
        records = session.exec(query(AttachmentRecord).join(
            Message, AttachmentRecord.message_id == Message.id).where(  # type: ignore[arg-type]
            Message.message_id.like("pj-%@pj"))).all()  # type: ignore[attr-defined]
        stored = set(session.exec(query(Blob.sha256).where(
            Blob.sha256.in_(list(expected)))))  # type: ignore[attr-defined]
    client = logged_in(base)
    unsafe = 0
    for record in records:
        disposition = client.get(f"/attachments/{record.id}").headers.get("content-disposition", "")
        name = re.fullmatch(r'attachment; filename="([A-Za-z0-9._-]+)"', disposition)
        unsafe += not name or name.group(1).startswith(".")
    client.close()
    written = canaries(canary)
    for path in written[:10]:
        figure("WRITTEN OUTSIDE THE STORE", path)
    figure("attachments with hostile names / kept in the store",
           f"{len(expected)} / {len(stored & expected)}")
    return {"attachments": len(expected), "written_outside_store": len(written),
            "attachments_not_in_store": len(expected - stored) + (len(records) != len(expected)),
            "unsafe_download_names": unsafe}


# --------------------------------------------------------------------------- 7. authres

FOREIGN_IDS = ["evil.example", "mx1.assistance.example.fr.evil.example",
               "mx1-assistance.example.fr", "mx1.assistance.example.com",
               "mx2.assistance.example.fr", "assistance.example.fr",
               "(mx1.assistance.example.fr) evil.example", "=?utf-8?q?mx1.assistance.example.fr?=",
               word("mx1.assistance.example.fr"), "m\u0445" + "1.assistance.example.fr",
               "mx1.assistance.example.fr\u200b", '"mx1.assistance.example.fr"',
               "mx1.assistance.example.fr.", "x mx1.assistance.example.fr"]
RESULTS = ("pass", "fail", "none", "softfail", "temperror", "neutral")


def authres_mail(n: int, school: School, ours: str,
                 rng: random.Random) -> tuple[str, bytes, dict[str, str]]:
    sender = school.official or f"principal{n}@clg.example.fr"
    domain = sender.partition("@")[2]
    forged = [f"Authentication-Results: {rng.choice(FOREIGN_IDS)}; dkim=pass header.d={domain}; "
              f"spf=pass smtp.mailfrom={domain}; dmarc=pass header.from={domain}\r\n"
              for _ in range(rng.randint(1, 3))]
    genuine = rng.random() < 0.5
    truth = {"dkim": rng.choice(RESULTS[1:]), "spf": rng.choice(RESULTS[1:]),
             "dmarc": rng.choice(RESULTS[1:])} if genuine else {}
    if genuine:  # our MX's header, on top; a forgery with our own id may hide below it
        forged.insert(0, f"Authentication-Results: {ours}; dkim={truth['dkim']} header.d="
                         f"{domain}; spf={truth['spf']} smtp.mailfrom={domain}; "
                         f"dmarc={truth['dmarc']} header.from={domain}\r\n")
        forged.append(f"Authentication-Results: {ours}; dkim=pass header.d={domain}; "
                      f"dmarc=pass header.from={domain}\r\n")
    body = (f"Madame, Monsieur,\r\n\r\nJe soussignée, Mme Anne Martin, principale du collège "
            f"(UAI {school.uai}), vous demande de bien vouloir réinitialiser le mot de passe du "
            "compte administrateur de notre portail e-sidoc et de modifier l'adresse de contact "
            "qui lui est associée.\r\n\r\nCordialement,\r\nLa principale\r\n")
    raw = raw_mail(sender, f"Demande de réinitialisation du mot de passe e-sidoc - {school.uai}",
                   body, mid=f"authres-{n}@{domain}", headers="".join(forged))
    return f"authres-{n}@{domain}", raw, truth


def authres(inbox: Inbox, driver: Driver, schools: list[School], count: int,
            rng: random.Random) -> dict[str, int]:
    """The evidence a person approves with: it must say only what our MX said."""
    ours = driver.desk.settings.procedures.authserv_id
    mails = [authres_mail(n, rng.choice(schools), ours, rng) for n in range(count)]
    inbox.deliver([raw for _, raw, _ in mails])
    rows = inbound(driver, [mid for mid, _, _ in mails])
    by_message = {m.id: m.message_id for m in rows.values()}
    with driver.session() as session:
        events = session.exec(query(AuditEvent).where(
            AuditEvent.event == "head_request_evidence")).all()
    evidence = {by_message[d["message_id"]]: d["authentication"]
                for d in (json.loads(e.detail) for e in events) if d["message_id"] in by_message}
    trusted, seen = 0, 0
    for mid, _, truth in mails:
        if mid not in evidence:
            continue
        seen += 1
        found = evidence[mid]
        if not truth:
            trusted += found["trusted"] or "pass" in (found["dkim"], found["spf"], found["dmarc"])
        else:
            trusted += any(found[k] != truth[k] for k in truth) or (
                found["aligned"] and "pass" not in truth.values())
    figure("head requests with forged results / evidence recorded", f"{count} / {seen}")
    return {"authres_mails": count, "forged_results_trusted": trusted,
            "evidence_missing": count - seen}


# --------------------------------------------------------------------------- 8. xss

JS = "console.log(/XSSFIRED/.source);alert(1)"
VECTORS = [
    "<script>{js}</script>", '<img src=x onerror="{js}">', '<svg onload="{js}">',
    "<svg><script>{js}</script></svg>", '<body onload="{js}">',
    '<iframe src="javascript:{js}"></iframe>', '<iframe srcdoc="<script>{js}</script>"></iframe>',
    '<a href="javascript:{js}">ouvrir</a>', '<a href="JaVaScRiPt:{js}">ouvrir</a>',
    '<a href="jav&#x09;ascript:{js}">ouvrir</a>', '<a href=" &#14; javascript:{js}">ouvrir</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;{js}">ouvrir</a>',
    '<details open ontoggle="{js}">', '<input autofocus onfocus="{js}">',
    '<video><source onerror="{js}"></video>', '<audio src=x onerror="{js}">',
    '<object data="javascript:{js}"></object>', '<embed src="javascript:{js}">',
    '<form action="javascript:{js}"><button>envoyer</button></form>',
    '<math><mtext><table><mglyph><style><img src=x onerror="{js}">',
    '<noscript><p title="</noscript><img src=x onerror={js}>">',
    "<style>@import 'javascript:{js}';</style>", '<div style="background:url(javascript:{js})">',
    '<div style="width:expression({js})">',
    '<meta http-equiv="refresh" content="0;url=javascript:{js}">',
    '<base href="javascript:{js}//">', "<scr<script>ipt>{js}</scr</script>ipt>",
    '<img """><script>{js}</script>">', '<svg><animate onbegin="{js}" attributeName=x dur=1s>',
    '<marquee onstart="{js}">', '<select autofocus onfocus="{js}">',
    "<template><script>{js}</script></template>", "<xmp><script>{js}</script></xmp>",
    "</title><script>{js}</script>", "</textarea><script>{js}</script>",
    '"><script>{js}</script>', "'><img src=x onerror={js}>",
    '<svg><a xlink:href="javascript:{js}"><text y=20>ouvrir</text></a></svg>',
    '<math href="javascript:{js}">ouvrir</math>', '<table background="javascript:{js}">',
    '<a href="data:text/html;base64,{b64}">ouvrir</a>',
    '<iframe src="data:text/html;base64,{b64}"></iframe>',
    '<div onmouseover="{js}" style="position:fixed;inset:0">survol</div>',
    '<img src="data:image/svg+xml;base64,{svg}">', "<plaintext><script>{js}</script>",
    '<isindex action="javascript:{js}" type=image>', '<a href="vbscript:msgbox(1)">ouvrir</a>',
    "{{{{constructor.constructor('{js}')()}}}}", "<!--<img src=--><img src=x onerror={js}//>",
    '<svg><style><img src=x onerror="{js}"></style></svg>',
]
PLACES = ("html", "html_only", "html_base64", "text", "subject", "name", "filename", "utf7")


def xss_mail(n: int) -> bytes:
    vector = VECTORS[n % len(VECTORS)].format(
        js=JS, b64=base64.b64encode(f"<script>{JS}</script>".encode()).decode(),
        svg=base64.b64encode(f"<svg xmlns='http://www.w3.org/2000/svg' onload='{JS}'/>".encode()
                             ).decode())
    place = PLACES[(n // len(VECTORS) + n) % len(PLACES)]
    sender, mid, subject, name = f"xss{n}@clg-xss.example.fr", f"xss-{n}@xss", "Affichage", ""
    text = f"Bonjour,\r\nvoici le message {n}.\r\n"
    if place in ("subject", "name"):
        subject, name = (word(vector), "") if place == "subject" else (subject, word(vector))
        return raw_mail(sender, subject, text, mid=mid, name=name)
    if place == "text":
        return raw_mail(sender, subject, f"{text}{vector}\r\n", mid=mid)
    if place == "utf7":
        utf7 = vector.encode("utf-7").decode("ascii")
        return raw_mail(sender, subject, utf7, mid=mid,
                        content_type='text/html; charset="utf-7"')
    html = f"<html><head><title>t</title></head><body><p>Bonjour</p>{vector}</body></html>"
    if place == "html_only":
        return raw_mail(sender, subject, html, mid=mid, content_type='text/html; charset="utf-8"')
    if place == "html_base64":
        encoded = base64.encodebytes(html.encode()).decode()
        return raw_mail(sender, subject, encoded, mid=mid,
                        content_type='text/html; charset="utf-8"').replace(
            b"Transfer-Encoding: 8bit", b"Transfer-Encoding: base64")
    parts = [('Content-Type: text/plain; charset="utf-8"', text)]
    if place == "filename":
        parts.append((f'Content-Type: text/html; name="{word(vector)}"\r\nContent-Disposition: '
                      f'attachment; filename="{word(vector)}"', html))
    else:
        parts.append(('Content-Type: text/html; charset="utf-8"', html))
    content_type, body = multipart(parts)
    return raw_mail(sender, subject, body, mid=mid, content_type=content_type)


class Watch:
    """What a page does that only a script could: dialogs, console lines, requests elsewhere."""

    def __init__(self, page: Any, base: str) -> None:
        self.fired: list[str] = []
        self.base = urllib.parse.urlparse(base).netloc
        page.on("dialog", self._dialog)
        page.on("console", self._console)
        page.on("request", self._request)

    def _dialog(self, dialog: Any) -> None:
        self.fired.append(f"dialog {dialog.message}")
        dialog.dismiss()

    def _console(self, message: Any) -> None:
        if "XSSFIRED" in message.text:
            self.fired.append(f"console {message.text}")

    def _request(self, request: Any) -> None:
        host = urllib.parse.urlparse(request.url).netloc
        if host not in (self.base, "") or "XSSFIRED" in request.url:
            self.fired.append(f"request {request.url[:80]}")


INJECTED_MARKUP = """() => [...document.querySelectorAll('*')].flatMap(e =>
  [...e.attributes].filter(a => /^on/i.test(a.name) || (URL_ATTRIBUTES.test(a.name)
                                && /^\\s*(javascript|vbscript|data:text)/i.test(a.value)))
  .map(a => `${e.tagName} ${a.name}=${a.value.slice(0, 60)}`)
  .concat(e.tagName === 'SCRIPT' && /XSSFIRED/.test(e.textContent) ? ['SCRIPT'] : []))
""".replace("URL_ATTRIBUTES", "/^(href|src|action|formaction|data|xlink:href|background|poster)$/i")


def xss(inbox: Inbox, driver: Driver, base: str, count: int) -> dict[str, int]:
    """First a page whose script does run (the watch must see it), then every XSS ticket."""
    from playwright.sync_api import sync_playwright

    inbox.deliver([xss_mail(n) for n in range(count)])
    rows = inbound(driver, [f"xss-{n}@xss" for n in range(count)])
    with driver.session() as session:
        references = [session.get(Ticket, rows[f"xss-{n}@xss"].ticket_id).reference  # type: ignore[union-attr]
                      for n in range(count) if f"xss-{n}@xss" in rows]
    ran, markup, missed, frames = 0, 0, 0, 0
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"])
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        page.set_default_timeout(15_000)
        watch = Watch(page, base)
        page.set_content(f'<img src=x onerror="{JS}"><iframe srcdoc="<script>{JS}</script>">'
                         "</iframe>")  # the watch must see a script that does run, and its tag
        page.wait_for_timeout(500)
        missed = int(sum("console" in f for f in watch.fired) < 2
                     or not any("dialog" in f for f in watch.fired)
                     or not page.main_frame.evaluate(INJECTED_MARKUP))
        page.goto(f"{base}/login")
        page.fill("input[name=email]", STAFF)
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(f"{base}/queue")
        for reference in references:
            watch.fired.clear()
            found: list[str] = []
            page.goto(f"{base}/tickets/{reference}")
            for details in page.locator("details.html-part").all():
                details.locator("summary").click()
            page.wait_for_load_state("networkidle")
            for frame in page.frames[1:]:
                frames += 1
                for link in frame.locator("a").all():
                    link.click(timeout=2000, no_wait_after=True)
                found += frame.evaluate(INJECTED_MARKUP)
            page.mouse.move(700, 500)
            page.wait_for_timeout(100)
            found += page.main_frame.evaluate(INJECTED_MARKUP)
            markup += len(found)
            ran += bool(watch.fired)
            for element in found[:2]:
                figure("MARKUP INJECTED", f"{reference}: {element}")
            for fired in watch.fired[:2]:
                figure("SCRIPT RAN", f"{reference}: {fired}")
        browser.close()
    figure("XSS mails opened in Chromium / HTML frames read", f"{len(references)} / {frames}")
    return {"xss_mails": len(references), "scripts_run": ran, "markup_injected": markup,
            "xss_detector_missed": missed, "xss_not_opened": count - len(references)}


# --------------------------------------------------------------------------- main

@contextmanager
def phase(name: str) -> Iterator[None]:
    print(f"{name}:")  # noqa: T201
    started = time.perf_counter()
    yield
    figure("seconds", f"{time.perf_counter() - started:.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="reduced sizes (under 2 minutes)")
    parser.add_argument("--sandbox-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.sandbox_child:
        sandbox_child()
        return 0
    size = SIZES["small" if args.small else "full"]
    quiet()
    rng, clock, counts = random.Random(20260306), Clock(), {}
    with services() as svc:
        settings = settings_for(svc, SUPPORT_API__KEY=f"esidoc:{API_SECRET}")
        driver = Driver.open(settings, clock=clock)
        inbox = Inbox(svc, driver)
        try:
            with phase("hijack attempts"):
                counts.update(hijack(svc, inbox, driver, size["victims"], rng))
            with phase("reset requests"):
                found, secrets = resets(svc, inbox, driver, clock, size["resets"], rng)
                counts.update(found)
            with phase("header injection in mail"):
                counts.update(injections(svc, inbox, driver, size["injections"], rng))
            with phase("template sandbox"):
                counts.update(sandbox())
            with phase("forged Authentication-Results"):
                counts.update(authres(inbox, driver, _schools(driver), size["authres"], rng))
            with served(settings, driver, clock) as base:
                with phase("concurrent redemptions"):
                    counts.update(redemptions(base, driver, clock, secrets, size["rounds"]))
                with phase("header injection in staff answers"):
                    answered = staff_answers(svc, driver, base, size["answers"], rng)
                    for key in ("injected_headers", "injected_recipients", "malformed_headers",
                                "smuggled_messages"):
                        counts[key] += answered.pop(key)
                    counts.update(answered)
                with phase("attachment names"):
                    counts.update(attachments(svc, inbox, driver, base, size["attachments"], rng))
                with phase("XSS in the staff UI"):
                    counts.update(xss(inbox, driver, base, size["xss"]))
        finally:
            inbox.close()
            driver.close()
    sizes = ("attempts", "requests", "links", "rounds", "injection_attempts", "staff_answers",
             "templates_tried", "attachments", "authres_mails", "xss_mails")
    zeros = {k: v for k, v in counts.items() if k not in sizes}
    zeros["processing_errors"] = len(driver.errors)
    for error in driver.errors[:5]:
        figure("ERROR", error[:200])
    return verdict("security", {k: counts[k] for k in sizes}, zeros)


def _schools(driver: Driver) -> list[School]:
    """The schools of the reset phase, read back from the directory, with an official address."""
    from pipeline.directory.models import Establishment

    with driver.session() as session:
        rows = session.exec(query(Establishment).where(Establishment.official_email != None)  # noqa: E711
                            ).all()
    return [School(e.uai, e.official_email or "", {}) for e in rows]


if __name__ == "__main__":
    sys.exit(main())
