"""Reset tokens: single use, expiry, and redemption through the API on a real server."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
import sqlalchemy as sa
import uvicorn
from sqlmodel import Session

from pipeline.settings import Settings
from pipeline.tokens.service import issue_token, links_issued_since, redeem_token
from pipeline.web.app import create_app

KEY = "esidoc:" + "k" * 40
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def mint(engine: sa.Engine, *, now: datetime = T0, hours: float = 12) -> str:
    with Session(engine) as session:
        secret = issue_token(session, uai="0693421U", platform="esidoc",
                             sent_to="cdi@ac-lyon.fr", ticket_id=None, now=now,
                             lifetime=timedelta(hours=hours))
        session.commit()
    return secret


def test_a_token_is_redeemed_once(engine: sa.Engine):
    secret = mint(engine)

    with Session(engine) as session:
        first = redeem_token(session, secret, by="esidoc", now=T0 + timedelta(minutes=5))
        second = redeem_token(session, secret, by="esidoc", now=T0 + timedelta(minutes=6))

    assert first is not None and (first.uai, first.sent_to) == ("0693421U", "cdi@ac-lyon.fr")
    assert second is None


def test_two_workers_count_a_uais_links_one_after_the_other(engine: sa.Engine):
    """Of two transactions answering one UAI at once, the second counts the first's link."""
    mint(engine)
    mint(engine)
    counted, first_counted = [], threading.Event()

    def answer() -> None:
        with Session(engine) as session:
            counted.append(links_issued_since(session, "0693421U", T0 - timedelta(hours=1)))
            first_counted.set()
            issue_token(session, uai="0693421U", platform="esidoc", sent_to="cdi@ac-lyon.fr",
                        ticket_id=None, now=T0, lifetime=timedelta(hours=12))
            time.sleep(0.5)  # still filing the rest of its batch
            session.commit()

    first = threading.Thread(target=answer)
    first.start()
    assert first_counted.wait(10)
    second = threading.Thread(target=answer)
    second.start()
    first.join()
    second.join()

    assert counted == [2, 3]


def test_a_token_expires_after_its_lifetime(engine: sa.Engine):
    secret = mint(engine, hours=12)

    with Session(engine) as session:
        late = redeem_token(session, secret, by="esidoc", now=T0 + timedelta(hours=12, seconds=1))

    assert late is None


@pytest.fixture
def server(engine: sa.Engine) -> Iterator[tuple[str, Clock]]:
    """The API on a real uvicorn server on loopback."""
    clock = Clock()
    app = create_app(Settings.model_validate({"api": {"key": KEY}}), engine=engine, clock=clock)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not instance.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}", clock
    instance.should_exit = True
    thread.join(timeout=10)


def redeem(base: str, secret: str, key: str | None = KEY.split(":", 1)[1]) -> httpx.Response:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return httpx.post(f"{base}/api/v1/reset-tokens/redeem", json={"token": secret},
                      headers=headers, timeout=10)


def test_the_api_refuses_a_missing_or_wrong_key(server: tuple[str, Clock], engine: sa.Engine):
    base, _ = server
    secret = mint(engine)

    assert redeem(base, secret, key=None).status_code == 401
    assert redeem(base, secret, key="k" * 39 + "x").status_code == 401
    assert redeem(base, secret).status_code == 200  # the token was not consumed by those


def test_the_api_returns_the_account_once_then_410(server: tuple[str, Clock], engine: sa.Engine):
    base, _ = server
    secret = mint(engine)

    first, again = redeem(base, secret), redeem(base, secret)

    assert first.json() == {"uai": "0693421U", "platform": "esidoc", "email": "cdi@ac-lyon.fr"}
    assert again.status_code == 410


def test_an_expired_token_is_refused_by_the_api(server: tuple[str, Clock], engine: sa.Engine):
    base, clock = server
    secret = mint(engine)
    clock.now = T0 + timedelta(hours=13)

    assert redeem(base, secret).status_code == 410


def test_concurrent_redemptions_of_one_token_exactly_one_succeeds(
        server: tuple[str, Clock], engine: sa.Engine):
    base, _ = server
    secret = mint(engine)
    start, codes = threading.Barrier(8), []

    def attempt() -> None:
        start.wait()
        codes.append(redeem(base, secret).status_code)

    threads = [threading.Thread(target=attempt) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(codes) == [200] + [410] * 7
