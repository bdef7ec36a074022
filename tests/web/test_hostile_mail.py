"""Hostile mail opened in a real browser: nothing a sender writes runs or loads anything."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import httpx
import pytest
from playwright.sync_api import Page, expect
from procedures_support import deliver
from sqlmodel import Session, select
from web_support import Web, browser, log_in, page, web  # noqa: F401

from pipeline.tickets.models import AttachmentRecord, Ticket

HOSTILE = sorted((Path(__file__).parent / "hostile").glob("*.eml"))
TRAP = """
window.__pwned = undefined;
Object.defineProperty(window, "__pwned",
                      {set() { window.__hit = true; }, get() { return window.__hit; }});
"""


@pytest.mark.parametrize("mail", HOSTILE, ids=[p.stem for p in HOSTILE])
def test_no_script_runs_and_nothing_remote_loads_when_a_hostile_mail_is_read(
        web: Web, page: Page, mail: Path):
    deliver(web.stack, mail.read_bytes())
    with Session(web.stack.engine) as session:
        (ticket,) = session.exec(select(Ticket)).all()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.add_init_script(TRAP)
    log_in(page, web)

    page.goto(f"{web.base}/tickets/{ticket.reference}")
    for details in page.locator("details.html-part").all():
        details.locator("summary").click()
    for frame in page.locator("iframe").all():
        frame.wait_for(state="visible")
    page.wait_for_load_state("networkidle")
    for link in page.frame_locator("iframe").locator("a").all() if page.locator(
            "iframe").count() else []:
        link.click(timeout=2000, no_wait_after=True)
    page.wait_for_timeout(300)

    assert dialogs == []
    assert page.evaluate("window.__hit") is None
    assert page.evaluate("document.title").endswith("Support Pipeline")
    foreign = [u for u in requests if urlparse(u).netloc not in (urlparse(web.base).netloc, "")]
    assert foreign == [], foreign
    expect(page.locator("h1")).to_contain_text(ticket.reference)


def test_the_sanitised_frame_is_sandboxed_without_scripts_under_a_strict_policy(
        web: Web, page: Page):
    deliver(web.stack, (Path(__file__).parent / "hostile" / "html_vectors.eml").read_bytes())
    log_in(page, web)
    with Session(web.stack.engine) as session:
        ticket = session.exec(select(Ticket)).one()

    page.goto(f"{web.base}/tickets/{ticket.reference}")
    frame = page.locator("iframe")
    src = frame.get_attribute("src")
    response = page.request.get(f"{web.base}{src}")

    assert frame.get_attribute("sandbox") == ""
    policy = response.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script" not in policy and "sandbox" in policy
    body = response.text()
    assert "<script" not in body and "onerror" not in body and "javascript:" not in body
    assert "tracker.invalid" not in body and "expression(" not in body


def test_attachments_download_as_attachments_with_a_safe_ascii_name(web: Web):
    deliver(web.stack, (Path(__file__).parent / "hostile" / "attachment_names.eml").read_bytes())
    client = web.login()
    with Session(web.stack.engine) as session:
        ids = [a.id for a in session.exec(select(AttachmentRecord).order_by(AttachmentRecord.id))]

    answers = [client.get(f"/attachments/{i}") for i in ids]

    dispositions = [a.headers["content-disposition"] for a in answers]
    assert dispositions == ['attachment; filename="img_src_x_onerror_alert_1_.html"',
                            'attachment; filename="evil.exe"',
                            'attachment; filename="htmlfdp.exe"']
    assert {a.headers["content-type"] for a in answers} == {"application/octet-stream"}
    assert all(a.headers["x-content-type-options"] == "nosniff" for a in answers)
    anonymous = httpx.get(f"{web.base}/attachments/{ids[0]}", timeout=10)
    assert anonymous.status_code == 303  # to the login page, never the bytes
