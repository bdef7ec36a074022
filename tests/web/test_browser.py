"""The staff UI in headless Chromium: log in, filter, open, answer, approve, edit templates."""

from __future__ import annotations

import json
import os
from pathlib import Path

from playwright.sync_api import Page, expect
from procedures_support import deliver, dev_mail, load_directory, new_mail
from servers import SmtpServer
from sqlmodel import Session, select
from test_access import two_tickets
from web_support import ADMIN, Web, browser, log_in, page, web, web_smtp  # noqa: F401

from pipeline.settings import PROJECT_ROOT
from pipeline.tickets.models import AuditEvent, Ticket

SCREENSHOTS = os.environ.get("SP_SCREENSHOTS")  # a folder: save the README's screenshots there
TEMPLATE = "fr/acknowledgement.txt.j2"


def shoot(page: Page, name: str) -> None:
    if SCREENSHOTS:
        page.screenshot(path=str(Path(SCREENSHOTS) / f"{name}.png"), full_page=True)


def test_filter_open_and_answer_with_a_template_the_mail_reaches_smtp(
        web_smtp: Web, page: Page, smtp_server: SmtpServer):
    bretagne, lyon = two_tickets(web_smtp)
    automatic = len(smtp_server.received)  # what the pipeline sent on its own
    log_in(page, web_smtp)

    page.select_option("select[name=region]", "bretagne")
    page.click("text=Filter")
    expect(page.locator("table.queue")).to_contain_text(bretagne)
    expect(page.locator("table.queue")).not_to_contain_text(lyon)
    shoot(page, "queue")
    page.click(f"text={bretagne}")
    page.select_option("select[name=template]", "acknowledgement")
    page.click("text=Use this template")
    text = page.locator("textarea[name=text]")
    expect(text).to_contain_text(bretagne)  # pre-filled for this ticket
    text.fill(text.input_value() + "\nPS : la facture est en pièce jointe de votre espace.")
    shoot(page, "ticket")
    page.click("form.answer button[type=submit]")

    expect(page.locator(".note")).to_have_text("Answer sent.")
    (mail,) = smtp_server.wait_for(automatic + 1)[automatic:]
    assert mail["To"] == "cdi.brest@ac-rennes.fr"
    assert bretagne in mail["Subject"] and mail["Auto-Submitted"] is None
    assert "la facture est en pièce jointe" in mail.message.get_body().get_content()
    with Session(web_smtp.stack.engine) as session:
        event = session.exec(select(AuditEvent).where(
            AuditEvent.event == "staff_answer_queued")).one()
    assert event.actor == f"user:{ADMIN}"


def test_a_head_of_establishment_request_is_approved_with_its_evidence_in_view(
        web_smtp: Web, page: Page, smtp_server: SmtpServer):
    stack = web_smtp.stack
    load_directory(stack, "0752318M,Collège Brassens,,,esidoc\n")
    deliver(stack, new_mail("doc.brassens@gmail.com", "Mot de passe e-sidoc perdu",
                            "Bonjour, j'ai perdu le mot de passe e-sidoc du collège, UAI 0752318M.",
                            message_id="lib-1@gmail.com"))
    deliver(stack, dev_mail("d012.eml"))
    with Session(stack.engine) as session:
        request = session.exec(select(Ticket).order_by(Ticket.id.desc())).first()
    assert request is not None
    before = len(smtp_server.received)
    log_in(page, web_smtp)

    page.goto(f"{web_smtp.base}/tickets/{request.reference}")
    evidence = page.locator("#evidence")
    expect(evidence).to_contain_text("sender_is_official")
    expect(evidence).to_contain_text("dkim: pass")
    page.fill("#evidence input[name=new_admin]", "cdi.brassens@ac-paris.fr")
    page.click("#evidence button:text('Approve')")

    expect(page.locator(".note")).to_have_text("Request approved: mail sent.")
    expect(page.locator("#evidence h2")).to_contain_text("approved")
    sent = smtp_server.wait_for(before + 2)[before:]
    assert "cdi.brassens@ac-paris.fr" in [m["To"] for m in sent]
    with Session(stack.engine) as session:
        decided = session.exec(select(AuditEvent).where(
            AuditEvent.event == "head_request_approved",
            AuditEvent.ticket_id == request.id)).one()
    assert decided.actor == f"user:{ADMIN}"
    assert json.loads(decided.detail)["new_admin"] == "cdi.brassens@ac-paris.fr"


def test_a_template_with_a_syntax_error_is_refused_and_the_live_file_stays(web: Web, page: Page):
    live = web.settings.paths.templates / TEMPLATE
    good = live.read_text(encoding="utf-8")
    log_in(page, web)

    page.goto(f"{web.base}/workshop/templates/{TEMPLATE}")
    page.fill("#template-body", good.replace("{% endblock %}", "{% endblok %}", 1))
    page.click("text=Check and save")

    expect(page.locator("#problems")).to_contain_text(f"{TEMPLATE}:")
    expect(page.locator("#problems")).to_contain_text("endblok")
    assert live.read_text(encoding="utf-8") == good


def test_a_template_is_edited_live_then_rolled_back(web: Web, page: Page):
    live = web.settings.paths.templates / TEMPLATE
    original = live.read_text(encoding="utf-8")
    edited = original.replace("Bonjour", "Bonjour et bienvenue", 1)
    assert edited != original
    log_in(page, web)
    page.goto(f"{web.base}/workshop/templates/{TEMPLATE}")

    page.fill("#template-body", edited)
    expect(page.locator("#preview")).to_contain_text("Bonjour et bienvenue")  # live preview
    page.click("text=Check and save")
    assert live.read_text(encoding="utf-8") == edited
    page.click("button:text('Roll back to')")

    expect(page.locator("table.versions")).to_contain_text("rollback to")
    assert live.read_text(encoding="utf-8") == original
    assert "Bonjour et bienvenue" not in web.stack.desk.renderer.render(
        "acknowledgement", "fr", _sample()).text  # the running desk reads the rolled-back file


def test_the_dashboard_draws_its_charts_without_javascript(web: Web, page: Page, browser):  # noqa: F811
    two_tickets(web)
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1400,
                                                                       "height": 1000})
    plain = context.new_page()
    log_in(plain, web)

    plain.goto(f"{web.base}/dashboard")

    expect(plain.locator("svg").first).to_be_visible()
    expect(plain.locator(".kpis")).to_contain_text("2 tickets")
    shoot(plain, "dashboard")
    context.close()


def _sample() -> dict[str, object]:
    from pipeline.outbox.lint import sample_context

    return sample_context(PROJECT_ROOT / "templates", "acknowledgement")
