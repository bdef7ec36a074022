"""The `support-pipeline` command: the root that builds settings, engine and workers."""

from __future__ import annotations

import json
import logging
import signal
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from pipeline.errors import PipelineError
from pipeline.settings import PROJECT_ROOT, Settings, load_settings

if TYPE_CHECKING:
    from pipeline.classify.classifier import Classifier

app = typer.Typer(help="Support Pipeline: e-mail in, tickets out, replies sent.",
                  no_args_is_help=True, pretty_exceptions_enable=False)
db_app = typer.Typer(help="The ticket database.", no_args_is_help=True)
tickets_app = typer.Typer(help="Look at tickets from the command line.", no_args_is_help=True)
app.add_typer(db_app, name="db")
model_app = typer.Typer(help="The classifier's learned parts.", no_args_is_help=True)
rules_app = typer.Typer(help="Classification rules.", no_args_is_help=True)
app.add_typer(tickets_app, name="tickets")
app.add_typer(model_app, name="model")
app.add_typer(rules_app, name="rules")

ConfigOption = Annotated[Path | None, typer.Option(
    "--config", "-c", help="Settings file (default: config/settings.toml, or $SUPPORT_CONFIG).")]
Files = Annotated[list[Path],
                  typer.Argument(help="Mail files (.eml).", exists=True, dir_okay=False)]
JsonFlag = Annotated[bool, typer.Option("--json", help="One JSON object per line.")]


def configure_logging(level: str = "INFO") -> None:
    logging.basicConfig(level=level, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def settings_or_exit(config: Path | None) -> Settings:
    try:
        return load_settings(config)
    except PipelineError as exc:
        typer.echo(f"error: settings refused: {exc}", err=True)
        raise typer.Exit(2) from None


def config_dir(settings: Settings) -> Path:
    """Rules, regions and templates' config live beside the settings file."""
    return settings.source_file.parent if settings.source_file else PROJECT_ROOT / "config"


def classifier_or_exit(config: Path | None) -> Classifier:
    from pipeline.classify.classifier import Classifier

    try:
        return Classifier.load(config_dir(settings_or_exit(config)))
    except PipelineError as exc:
        typer.echo(f"error: rules refused: {exc}", err=True)
        raise typer.Exit(2) from None


def emit(obj: Any) -> None:
    typer.echo(json.dumps(obj, ensure_ascii=False, default=str))


@app.command()
def run(config: ConfigOption = None,
        log_level: Annotated[str, typer.Option(help="DEBUG, INFO, WARNING.")] = "INFO") -> None:
    """Run everything: mailbox sources, workers and the periodic sweep, until Ctrl-C."""
    from pipeline.runner import run_desk

    configure_logging(log_level)
    settings = settings_or_exit(config)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    run_desk(settings, stop=stop, announce=typer.echo)


@app.command()
def worker(config: ConfigOption = None,
           threads: Annotated[int | None,
                              typer.Option(help="Worker threads (default: config).")] = None,
           log_level: Annotated[str, typer.Option(help="DEBUG, INFO, WARNING.")] = "INFO") -> None:
    """Run workers only, on the Redis broker of the settings (production; start several)."""
    from pipeline.runner import run_workers

    configure_logging(log_level)
    settings = settings_or_exit(config)
    if settings.queue.broker == "memory":
        typer.echo("error: `worker` needs queue.broker = redis://… (SUPPORT_QUEUE__BROKER); "
                   "on the embedded default use `support-pipeline run`.", err=True)
        raise typer.Exit(2)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    run_workers(settings, stop=stop, threads=threads)


@db_app.command("upgrade")
def db_upgrade(config: ConfigOption = None) -> None:
    """Create or migrate the schema to the current version (safe to run every time)."""
    from pipeline.db import make_engine, upgrade_schema

    settings = settings_or_exit(config)
    upgrade_schema(make_engine(settings.database.url))
    typer.echo(f"database ready: {_safe_url(settings.database.url)}")


@app.command()
def parse(files: Files, as_json: JsonFlag = True, config: ConfigOption = None) -> None:
    """Show what the pipeline reads in each mail (nothing is written)."""
    from pipeline.inspect import describe_file

    settings = settings_or_exit(config)
    for path in files:
        emit(describe_file(path, own_addresses=settings.desk.addresses))


@app.command()
def classify(files: Files, as_json: JsonFlag = True, config: ConfigOption = None) -> None:
    """Classify each mail as a new message: one JSON line per file; nothing sent or written."""
    from pipeline.classify.evaluate import classify_file

    classifier = classifier_or_exit(config)
    for path in files:
        emit(classify_file(path, classifier))


@app.command("eval")
def evaluate(labels: Annotated[Path, typer.Option("--labels", help="labels.jsonl", exists=True)],
             directory: Annotated[Path, typer.Argument(help="Folder of the labelled .eml files.",
                                                       exists=True, file_okay=False)],
             folds: Annotated[int, typer.Option(
                 help="0: score the rules and calibration as they are; k: k-fold "
                      "cross-validation, the calibration learnt on the other folds.")] = 0,
             config: ConfigOption = None) -> None:
    """Per-category precision/recall/F1, auto-reply precision and coverage, reliability."""
    from pipeline.classify.evaluate import (
        cross_validate,
        format_report,
        predict,
        read_corpus,
        read_labels,
    )
    from pipeline.classify.evaluate import evaluate as score

    classifier = classifier_or_exit(config)
    labelled = read_labels(labels)
    mails = read_corpus(directory, labelled)
    if folds:
        report = cross_validate(mails, labelled, classifier, folds=folds)
    else:
        report = score([predict(n, m, classifier) for n, m in mails.items()], labelled)
    typer.echo(format_report(report))


@model_app.command("train")
def model_train(labels: Annotated[Path, typer.Option("--labels", exists=True)],
                directory: Annotated[Path, typer.Argument(exists=True, file_okay=False)],
                config: ConfigOption = None) -> None:
    """Learn each rule's confidence and the second opinion from labelled mail; writes
    config/model/ (crosscorpus --write-calibration learns them from several corpora)."""
    from pipeline.classify.evaluate import read_corpus, read_labels, save_learnt

    settings = settings_or_exit(config)
    classifier = classifier_or_exit(config)
    labelled = read_labels(labels)
    for written in save_learnt(read_corpus(directory, labelled), labelled, classifier,
                               config_dir(settings)):
        typer.echo(f"wrote {written}")


@rules_app.command("what-if")
def rules_what_if(candidate: Annotated[Path, typer.Option(
                      "--config", help="Folder with the candidate rules.toml, classify.toml…",
                      exists=True, file_okay=False)],
                  last: Annotated[int, typer.Option(help="How many stored messages.")] = 500,
                  settings_file: Annotated[Path | None, typer.Option(
                      "--settings", help="Settings file of the running desk.")] = None) -> None:
    """Re-classify the last N stored messages with a candidate config; print what would change."""
    from pipeline.classify.classifier import Classifier
    from pipeline.classify.evaluate import what_if
    from pipeline.inspect import stored_mails

    settings = settings_or_exit(settings_file)
    current = classifier_or_exit(settings_file)
    try:
        proposed = Classifier.load(candidate)
    except PipelineError as exc:
        typer.echo(f"error: candidate refused: {exc}", err=True)
        raise typer.Exit(2) from None
    mails = stored_mails(settings, last=last)
    changes = what_if(current, proposed, mails)
    for change in changes:
        before, after = change["before"], change["after"]
        typer.echo(f"{change['id']}: {before.category}/{before.action} -> "
                   f"{after.category}/{after.action} (by {after.decided_by})")
    typer.echo(f"{len(changes)} of {len(mails)} messages would change")


@app.command("import")
def import_mail(path: Annotated[Path, typer.Argument(help="A folder of .eml files or a Maildir.",
                                                     exists=True)],
                config: ConfigOption = None) -> None:
    """Backfill a folder of .eml files or a Maildir through the ledger (twice = no new ticket)."""
    from pipeline.runner import import_folder

    configure_logging("WARNING")
    settings = settings_or_exit(config)
    counts = import_folder(settings, path)
    typer.echo(", ".join(f"{k}: {v}" for k, v in counts.items()))


@app.command()
def status(config: ConfigOption = None, as_json: JsonFlag = False) -> None:
    """Each mailbox's last poll, backlog and error; the outbox's queue."""
    from sqlalchemy.exc import OperationalError

    from pipeline.inspect import desk_status

    settings = settings_or_exit(config)
    try:
        report = desk_status(settings)
    except OperationalError as exc:  # the health lives there: say the database is down
        reason = str(exc.orig or exc).strip().splitlines()[0]
        typer.echo(f"error: cannot read the database: {reason}", err=True)
        raise typer.Exit(1) from None
    if as_json:
        emit(report)
        return
    for box in report["mailboxes"]:
        health = "ERROR " + box["error"] if box["error"] else "ok"
        typer.echo(f"mailbox {box['name']:<16} {health}  last poll {box['last_poll_at']}  "
                   f"last ok {box['last_ok_at']}  backlog {box['backlog']}  "
                   f"unsettled {box['unsettled']}")
    typer.echo("outbox: " + ", ".join(f"{k} {v}" for k, v in report["outbox"].items()))
    typer.echo("ledger: " + ", ".join(f"{k} {v}" for k, v in report["ledger"].items()))
    if report["queues"]:
        typer.echo("queues: " + ", ".join(f"{k} {v}" for k, v in report["queues"].items()))


@tickets_app.command("list")
def tickets_list(config: ConfigOption = None, as_json: JsonFlag = False,
                 state: Annotated[str | None, typer.Option(help="open, pending, resolved…")] = None,
                 limit: Annotated[int, typer.Option(help="Newest first, at most this many.")] = 50,
                 ) -> None:
    """List tickets, newest first."""
    from pipeline.inspect import list_tickets

    settings = settings_or_exit(config)
    for ticket in list_tickets(settings, state=state, limit=limit):
        if as_json:
            emit(ticket)
        else:
            typer.echo(f"{ticket['reference']}  {ticket['state']:<8} {ticket['category']:<30} "
                       f"{ticket['requester']:<32} {ticket['subject'][:60]}")


@tickets_app.command("show")
def tickets_show(reference: Annotated[str, typer.Argument(help="e.g. SUP-000123")],
                 config: ConfigOption = None, as_json: JsonFlag = False) -> None:
    """One ticket with its messages and audit trail."""
    from pipeline.inspect import show_ticket

    settings = settings_or_exit(config)
    ticket = show_ticket(settings, reference.upper())
    if ticket is None:
        typer.echo(f"error: no ticket {reference}", err=True)
        raise typer.Exit(1)
    if as_json:
        emit(ticket)
        return
    for key in ("reference", "state", "category", "confidence", "action", "decided_by",
                "region", "uai", "platform", "requester", "subject", "parked_reason"):
        typer.echo(f"{key:>14}: {ticket[key]}")
    for message in ticket["messages"]:
        typer.echo(f"\n--- {message['direction']} {message['sent_at']} {message['sender']}\n"
                   f"Subject: {message['subject']}\n{message['text'][:2000]}")


def _safe_url(url: str) -> str:
    """The database URL without its password, for messages."""
    head, sep, tail = url.partition("@")
    return url if not sep or ":" not in head.split("//")[-1] else \
        head.rsplit(":", 1)[0] + ":***@" + tail


# --------------------------------------------------------------------------- issue 4: procedures
# Directory, staff decisions on head-of-establishment requests, the 48-hour sweep, templates,
# and the platforms' API.

directory_app = typer.Typer(help="The establishment directory (UAI, official address, admins).",
                            no_args_is_help=True)
templates_app = typer.Typer(help="Check and preview reply templates.", no_args_is_help=True)
app.add_typer(directory_app, name="directory")
app.add_typer(templates_app, name="templates")


def _desk_or_exit(config: Path | None) -> Any:
    from pipeline.db import upgrade_schema
    from pipeline.desk import open_desk

    settings = settings_or_exit(config)
    try:
        desk = open_desk(settings)
    except PipelineError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    upgrade_schema(desk.engine)
    return desk


@directory_app.command("import")
def directory_import(file: Annotated[Path, typer.Argument(
        help="CSV with columns uai,name,official_email,admin_email,platform.",
        exists=True, dir_okay=False)], config: ConfigOption = None) -> None:
    """Load or update establishments and accounts; bad rows are reported with their line."""
    from sqlmodel import Session

    from pipeline.directory.load import import_directory

    desk = _desk_or_exit(config)
    with Session(desk.engine) as session:
        report = import_directory(session, file.read_text(encoding="utf-8-sig"),
                                  platforms=desk.settings.platforms, now=desk.clock())
        session.commit()
    for line, reason in report.errors:
        typer.echo(f"{file}:{line}: {reason}", err=True)
    typer.echo(f"loaded {report.loaded} rows ({report.created} new accounts, "
               f"{report.updated} updated), {len(report.errors)} refused")
    if report.errors and not report.loaded:
        raise typer.Exit(1)


@directory_app.command("show")
def directory_show(key: Annotated[str, typer.Argument(help="A UAI or an e-mail address.")],
                   config: ConfigOption = None) -> None:
    """What is on file for a UAI, or for an e-mail address."""
    from sqlmodel import Session

    from pipeline.directory.lookup import find_by_email, find_by_uai

    desk = _desk_or_exit(config)
    with Session(desk.engine) as session:
        found = find_by_email(session, key) if "@" in key else \
            [f for f in [find_by_uai(session, key)] if f is not None]
        for item in found:
            e = item.establishment
            emit({"uai": e.uai, "name": e.name, "official_email": e.official_email,
                  "accounts": [{"platform": a.platform, "admin_email": a.admin_email}
                               for a in item.accounts]})
    if not found:
        typer.echo(f"nothing on file for {key}", err=True)
        raise typer.Exit(1)


@app.command()
def approve(reference: Annotated[str, typer.Argument(help="The ticket, e.g. SUP-000622")],
            by: Annotated[str, typer.Option("--by", help="Who approves (kept in the audit).")],
            new_admin: Annotated[str | None, typer.Option(
                "--new-admin", help="Put this administrator address on file first.")] = None,
            platform: Annotated[str | None, typer.Option(help="The account's platform.")] = None,
            config: ConfigOption = None) -> None:
    """Approve a head-of-establishment request: new address if asked, reset link to it."""
    from pipeline.tickets.approval import approve_request

    desk = _desk_or_exit(config)
    try:
        ids = approve_request(desk, reference, by=by, new_admin=new_admin, platform=platform)
    except PipelineError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    from pipeline.runner import send_now

    send_now(desk, ids)
    typer.echo(f"{reference.upper()}: approved by {by}; {len(ids)} mail(s) sent")


@app.command()
def refuse(reference: Annotated[str, typer.Argument(help="The ticket, e.g. SUP-000622")],
           by: Annotated[str, typer.Option("--by", help="Who refuses (kept in the audit).")],
           reason: Annotated[str, typer.Option("--reason", help="Told to the requester.")],
           config: ConfigOption = None) -> None:
    """Refuse a head-of-establishment request; the requester is told why."""
    from pipeline.tickets.approval import refuse_request

    desk = _desk_or_exit(config)
    try:
        ids = refuse_request(desk, reference, by=by, reason=reason)
    except PipelineError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    from pipeline.runner import send_now

    send_now(desk, ids)
    typer.echo(f"{reference.upper()}: refused by {by}")


@app.command()
def sweep(config: ConfigOption = None,
          ahead: Annotated[float, typer.Option(
              help="Run as if this many hours had passed (demo and checks).")] = 0.0) -> None:
    """Run the 48-hour sweep once now: follow-ups, closing, escalation (`run` does it every
    minute)."""
    from dataclasses import replace
    from datetime import timedelta

    from pipeline.sweep import run_sweep
    from pipeline.tickets.models import utcnow

    desk = _desk_or_exit(config)
    desk = replace(desk, clock=lambda: utcnow() + timedelta(hours=ahead))
    ids = run_sweep(desk)
    from pipeline.runner import send_now

    send_now(desk, ids)
    typer.echo(f"sweep: {len(ids)} mail(s) sent")


@templates_app.command("lint")
def templates_lint(config: ConfigOption = None) -> None:
    """Render every template against its sample values; report problems with file and line."""
    from pipeline.outbox.lint import lint_templates
    from pipeline.outbox.render import Renderer

    settings = settings_or_exit(config)
    problems = lint_templates(Renderer(settings.paths.templates))
    for problem in problems:
        typer.echo(f"{settings.paths.templates}/{problem}")
    if problems:
        raise typer.Exit(1)
    typer.echo("templates: all render")


@templates_app.command("preview")
def templates_preview(
        name: Annotated[str, typer.Argument(help="e.g. password_reset/link")],
        ticket: Annotated[str | None, typer.Option("--ticket", help="A ticket reference.")] = None,
        message: Annotated[Path | None, typer.Option(
            "--message", help="A mail file (.eml): preview as the answer to it.",
            exists=True, dir_okay=False)] = None,
        language: Annotated[str | None, typer.Option("--lang", help="fr or en.")] = None,
        config: ConfigOption = None) -> None:
    """Print the mail as it would be sent (sample values fill what the responder would pass)."""
    from pipeline.outbox.preview import preview_mail

    if (ticket is None) == (message is None):
        typer.echo("error: give --ticket REF or --message FILE.eml", err=True)
        raise typer.Exit(2)
    desk = _desk_or_exit(config)
    try:
        typer.echo(preview_mail(desk, name, reference=ticket, message=message,
                                language=language))
    except PipelineError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None


# --------------------------------------------------------------------------- issue 5: web UI
# The staff web UI and its accounts.

users_app = typer.Typer(help="Staff accounts for the web UI.", no_args_is_help=True)
app.add_typer(users_app, name="users")


@app.command()
def web(config: ConfigOption = None,
        log_level: Annotated[str, typer.Option(help="DEBUG, INFO, WARNING.")] = "INFO") -> None:
    """Serve the staff web UI and the API only (`run` starts it beside the workers too)."""
    import uvicorn

    from pipeline.db import make_engine, upgrade_schema
    from pipeline.web.app import create_app

    configure_logging(log_level)
    settings = settings_or_exit(config)
    upgrade_schema(make_engine(settings.database.url))
    typer.echo(f"Staff UI on http://{settings.web.host}:{settings.web.port}/ (Ctrl-C stops)")
    uvicorn.run(create_app(settings), host=settings.web.host, port=settings.web.port,
                log_level=log_level.lower())


@users_app.command("add")
def users_add(email: Annotated[str, typer.Argument(help="The person's e-mail address (login).")],
              role: Annotated[str, typer.Option(help="agent, lead, operator or admin.")] = "agent",
              region: Annotated[list[str] | None, typer.Option(
                  "--region", help="A region slug (agents and leads; repeat for several).")] = None,
              password: Annotated[str | None, typer.Option(
                  envvar="SUPPORT_NEW_USER_PASSWORD",
                  help="Default: asked twice on the terminal.")] = None,
              config: ConfigOption = None) -> None:
    """Create a staff account, or update its role, regions and password."""
    from sqlmodel import Session

    from pipeline.web.auth import add_user

    desk = _desk_or_exit(config)
    unknown = set(region or ()) - set(desk.classifier.regions.by_slug)
    if unknown:
        typer.echo(f"error: unknown region(s): {', '.join(sorted(unknown))}", err=True)
        raise typer.Exit(2)
    secret = password or typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    with Session(desk.engine) as session:
        try:
            add_user(session, email, secret, role=role, regions=tuple(region or ()))
        except ValueError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        session.commit()
    s = desk.settings.web
    typer.echo(f"{email.lower()}: {role}; log in at http://{s.host}:{s.port}/login")


@users_app.command("token")
def users_token(email: Annotated[str, typer.Argument(help="Whose token (acts with their rights).")],
                name: Annotated[str, typer.Option(help="What the token is for.")] = "api",
                config: ConfigOption = None) -> None:
    """Issue an API token for the JSON API (/api/v1/tickets, /api/v1/dashboard); shown once."""
    from sqlmodel import Session, select

    from pipeline.web.auth import issue_api_token
    from pipeline.web.models import StaffUser

    desk = _desk_or_exit(config)
    with Session(desk.engine) as session:
        user = session.exec(select(StaffUser).where(StaffUser.email == email.lower())).first()
        if user is None:
            typer.echo(f"error: no account {email}", err=True)
            raise typer.Exit(1)
        token = issue_api_token(session, user, name)
        session.commit()
    typer.echo(token)
