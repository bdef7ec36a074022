"""Access rules on a real server: login, CSRF on every form, region scope, rate limit, API."""

from __future__ import annotations

from procedures_support import deliver, new_mail
from sqlmodel import Session, select
from web_support import ADMIN, AGENT, PASSWORD, Web, web  # noqa: F401  (fixture)

from pipeline.tickets.models import AuditEvent, Ticket
from pipeline.web.auth import issue_api_token
from pipeline.web.models import StaffUser


def two_tickets(web: Web) -> tuple[str, str]:
    """One ticket in Bretagne (ac-rennes.fr), one in Auvergne-Rhône-Alpes (ac-lyon.fr)."""
    deliver(web.stack, new_mail("cdi.brest@ac-rennes.fr", "Question sur notre abonnement",
                                "Bonjour, une question sur la facture de l'abonnement.",
                                message_id="bzh-1@ac-rennes.fr"))
    deliver(web.stack, new_mail("cdi.lyon@ac-lyon.fr", "Question sur notre abonnement",
                                "Bonjour, une question sur la facture lyonnaise.",
                                message_id="ara-1@ac-lyon.fr"))
    with Session(web.stack.engine) as session:
        tickets = {t.region: t.reference for t in session.exec(select(Ticket))}
    return tickets["bretagne"], tickets["auvergne-rhone-alpes"]


def test_pages_need_a_login(web: Web):
    with web.client() as client:
        answer = client.get("/queue")

    assert answer.status_code == 303 and answer.headers["location"] == "/login"


def test_an_agent_sees_only_the_tickets_of_their_regions(web: Web):
    bretagne, lyon = two_tickets(web)

    agent, admin = web.login(AGENT), web.login(ADMIN)

    agent_queue = agent.get("/queue").text
    agent_other = agent.get(f"/tickets/{lyon}")
    agent_search = agent.get("/queue", params={"q": "cdi.lyon@ac-lyon.fr"}).text
    admin_queue = admin.get("/queue").text

    assert bretagne in agent_queue and lyon not in agent_queue
    assert agent_other.status_code == 404
    assert lyon not in agent_search
    assert bretagne in admin_queue and lyon in admin_queue


def test_a_form_posted_without_the_csrf_token_is_refused(web: Web):
    bretagne, _ = two_tickets(web)

    admin = web.login(ADMIN)

    without = admin.post(f"/tickets/{bretagne}/state", data={"do": "close"})
    wrong = admin.post(f"/tickets/{bretagne}/state", data={"do": "close", "csrf": "x" * 43})
    right = admin.post(f"/tickets/{bretagne}/state",
                       data={"do": "close", "csrf": admin.csrf})  # type: ignore[attr-defined]

    assert (without.status_code, wrong.status_code, right.status_code) == (403, 403, 303)
    with Session(web.stack.engine) as session:
        ticket = session.exec(select(Ticket).where(Ticket.reference == bretagne)).one()
        closed = session.exec(select(AuditEvent).where(AuditEvent.event == "closed")).all()
    assert ticket.state == "closed"
    assert [e.actor for e in closed] == [f"user:{ADMIN}"]  # once: the refused posts did nothing


def test_the_login_form_needs_its_own_csrf_token(web: Web):
    with web.client() as client:
        answer = client.post("/login", data={"email": ADMIN, "password": PASSWORD})

    assert answer.status_code == 403 and "sp_session" not in answer.cookies


def test_the_session_cookie_is_http_only_secure_and_same_site(web: Web):
    with web.client() as client:
        answer = web.post_login(client, ADMIN, PASSWORD)

    cookie = next(v for k, v in answer.headers.multi_items()
                  if k == "set-cookie" and v.startswith("sp_session="))
    assert "HttpOnly" in cookie and "Secure" in cookie and "SameSite=lax" in cookie


def test_logins_are_throttled_after_repeated_failures(web: Web):
    with web.client() as client:
        codes = [web.post_login(client, AGENT, "wrong password").status_code for _ in range(7)]
        right = web.post_login(client, AGENT, PASSWORD)

    assert codes == [401] * 5 + [429] * 2
    assert right.status_code == 429  # even the right password waits for the window to pass


def test_the_api_serves_the_queue_to_a_token_within_its_owners_regions(web: Web):
    bretagne, lyon = two_tickets(web)
    with Session(web.stack.engine) as session:
        agent = session.exec(select(StaffUser).where(StaffUser.email == AGENT)).one()
        token = issue_api_token(session, agent, "test")
        session.commit()

    with web.client() as client:
        anonymous = client.get("/api/v1/tickets")
        listed = client.get("/api/v1/tickets", headers={"Authorization": f"Bearer {token}"})
        other = client.get(f"/api/v1/tickets/{lyon}", headers={"Authorization": f"Bearer {token}"})
        schema = client.get("/api/v1/openapi.json").json()

    assert anonymous.status_code == 401
    assert [t["reference"] for t in listed.json()["tickets"]] == [bretagne]
    assert other.status_code == 404
    assert {"/api/v1/tickets", "/api/v1/dashboard", "/api/v1/reset-tokens/redeem"} <= set(
        schema["paths"])
