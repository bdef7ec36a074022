"""Web queue benchmark: the queue page's time with 100,000 tickets in PostgreSQL.

    python bench/web.py                # 100,000 tickets, 50 requests per view
    python bench/web.py --tickets 20000 --requests 30

Creates a fresh database on the local PostgreSQL server, migrates it, bulk-loads tickets and
their first message with COPY, starts the app on a real uvicorn server and times, from an httpx
client on loopback (so the figures include HTTP: an upper bound of the server's time):
  - the default view of an admin (every region, open or pending, in due order, with counts);
  - the default view of an agent (one region);
  - a filtered search (region + words found in subjects and messages): words that a quarter
    of all messages hold, and a town's name (a few hundred tickets, as a real search is); the
    final line's search figure is the latter;
  - page 20 of the default view (keyset pagination).
Median and p95 over the requests, after 3 warm-up requests. The last line is
    web: tickets=<n> default_p95_ms=<..> search_p95_ms=<..>
The database is dropped at the end.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import sys
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import psycopg
import uvicorn
from sqlmodel import Session

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.classify.classifier import CATEGORIES  # noqa: E402
from pipeline.db import make_engine, upgrade_schema  # noqa: E402
from pipeline.settings import Settings  # noqa: E402
from pipeline.web.app import create_app  # noqa: E402
from pipeline.web.auth import add_user, log_in  # noqa: E402

ADMIN = "host=127.0.0.1 user=postgres dbname=postgres"
REGIONS = ["auvergne-rhone-alpes", "bourgogne-franche-comte", "bretagne", "centre-val-de-loire",
           "grand-est", "hauts-de-france", "ile-de-france", "normandie", "nouvelle-aquitaine",
           "occitanie", "pays-de-la-loire", "provence-alpes-cote-d-azur", None]
WORDS = ["mot de passe", "abonnement", "facture", "bon de commande", "connexion", "e-sidoc",
         "activation", "courriel", "spam", "devis", "contrat", "virement"]
SCHOOLS = ["Jean Moulin", "Victor Hugo", "Jules Ferry", "Louise Michel", "Pierre Curie",
           "Jean Jaurès", "Albert Camus", "Simone Veil", "Paul Éluard", "George Sand"]
TOWNS = [f"Ville{n}" for n in range(300)]  # a town names a few hundred tickets, like a search
STATES = ["open"] * 5 + ["pending"] * 2 + ["resolved", "closed", "closed"]
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
PASSWORD = "bench password 123"


def load_tickets(dsn: str, count: int) -> None:
    """COPY `count` tickets and one received message each."""
    rng = random.Random(5)
    with psycopg.connect(dsn) as conn, conn.cursor() as cur:
        ticket_cols = ("id, reference, state, category, confidence, action, decided_by, uai, "
                       "region, requester, requester_name, subject, language, waiting_on, "
                       "parked_reason, escalated, created_at, updated_at, due_at")
        with cur.copy(f"COPY ticket ({ticket_cols}) FROM STDIN") as copy:
            for i in range(1, count + 1):
                copy.write_row(ticket_row(i, rng))
        message_cols = ("ticket_id, direction, message_id, in_reply_to, \"references\", sender, "
                        "sender_name, recipients, subject, text, new_text, automated_reason, "
                        "matched_by, created_at")
        with cur.copy(f"COPY message ({message_cols}) FROM STDIN") as copy:
            for i in range(1, count + 1):
                words = " ".join(rng.sample(WORDS, 3))
                school = f"collège {rng.choice(SCHOOLS)} de {rng.choice(TOWNS)}"
                text = f"Bonjour, question {i} du {school} : {words}. Merci."
                copy.write_row((i, "in", f"m{i}@bench", "", "", f"user{i}@ac-bench.fr", "", "",
                                f"Demande {i}", text, text, "", "new", NOW))
        cur.execute("SELECT setval('ticket_id_seq', %s)", (count,))
        cur.execute("ANALYZE ticket; ANALYZE message")


def ticket_row(i: int, rng: random.Random) -> tuple[object, ...]:
    created = NOW - timedelta(minutes=rng.randrange(0, 60 * 24 * 60))
    state = rng.choice(STATES)
    due = created + timedelta(hours=48) if state == "open" else None
    return (i, f"SUP-{i:06d}", state, rng.choice(CATEGORIES), round(rng.random(), 2),
            "human_review", "bench", f"{rng.randrange(10**6, 10**7):07d}A",
            rng.choice(REGIONS), f"user{i}@ac-bench.fr", f"Utilisateur {i}",
            f"Demande {i} : {rng.choice(WORDS)}", "fr", "staff", "", False, created, created, due)


def serve(settings: Settings, engine: object) -> tuple[uvicorn.Server, str]:
    app = create_app(settings, engine=engine, clock=lambda: NOW)  # type: ignore[arg-type]
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.02)
    return server, f"http://127.0.0.1:{port}"


def cookie_for(engine: object, settings: Settings, email: str, secret: str) -> str:
    with Session(engine) as session:  # type: ignore[call-overload]
        cookie, _ = log_in(session, email, PASSWORD, client="bench", web=settings.web,
                           secret=secret, now=NOW)
        session.commit()
    return str(cookie)


def time_view(base: str, cookie: str, path: str, requests: int) -> list[float]:
    with httpx.Client(base_url=base, headers={"Cookie": f"sp_session={cookie}"},
                      timeout=30) as client:
        for _ in range(3):
            assert client.get(path).status_code == 200
        times = []
        for _ in range(requests):
            start = time.perf_counter()
            answer = client.get(path)
            times.append((time.perf_counter() - start) * 1000)
            assert answer.status_code == 200, answer.status_code
    return times


def page_path(base: str, cookie: str, pages: int) -> str:
    """The URL of page `pages` of the default view, by following the keyset links."""
    path = "/queue"
    with httpx.Client(base_url=base, headers={"Cookie": f"sp_session={cookie}"},
                      timeout=30) as client:
        for _ in range(pages - 1):
            html = client.get(path).text
            path = html.split('class="next" href="')[1].split('"')[0].replace("&amp;", "&")
    return path


def report(name: str, times: list[float]) -> float:
    p95 = statistics.quantiles(times, n=20)[-1]
    print(f"{name:<34} median {statistics.median(times):7.1f} ms   p95 {p95:7.1f} ms")  # noqa: T201
    return p95


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=50)
    args = parser.parse_args()
    name = f"sp_bench_web_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        run(name, args.tickets, args.requests)
    finally:
        with psycopg.connect(ADMIN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run(name: str, tickets: int, requests: int) -> None:
    url = f"postgresql+psycopg://postgres@127.0.0.1/{name}"
    engine = make_engine(url)
    upgrade_schema(engine)
    start = time.perf_counter()
    load_tickets(f"host=127.0.0.1 user=postgres dbname={name}", tickets)
    print(f"loaded {tickets} tickets and messages in {time.perf_counter() - start:.1f} s")  # noqa: T201
    settings = Settings.model_validate({"database": {"url": url},
                                        "web": {"session_secret": "bench-secret"}})
    with Session(engine) as session:
        add_user(session, "admin@bench", PASSWORD, role="admin")
        add_user(session, "agent@bench", PASSWORD, role="agent", regions=("bretagne",))
        session.commit()
    server, base = serve(settings, engine)
    admin = cookie_for(engine, settings, "admin@bench", "bench-secret")
    agent = cookie_for(engine, settings, "agent@bench", "bench-secret")
    default = report("default view (admin, all regions)", time_view(base, admin, "/queue",
                                                                    requests))
    report("default view (agent, one region)", time_view(base, agent, "/queue", requests))
    report("search: region + common words (25%)", time_view(
        base, admin, "/queue?region=bretagne&q=bon+de+commande", requests))
    search = report("search: region + a town's name", time_view(
        base, admin, "/queue?region=bretagne&q=Ville123", requests))
    report("search: e-mail address", time_view(base, admin, "/queue?q=user4242@ac-bench.fr",
                                               requests))
    report("page 20 of the default view", time_view(base, admin, page_path(base, admin, 20),
                                                    requests))
    server.should_exit = True
    engine.dispose()
    print(f"web: tickets={tickets} default_p95_ms={default:.1f} search_p95_ms={search:.1f}")  # noqa: T201


if __name__ == "__main__":
    main()
