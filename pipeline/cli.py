"""The `support-pipeline` command: the root that builds settings, engine and workers."""

from __future__ import annotations

import json
import logging
import signal
import sys
import threading
from pathlib import Path
from typing import Annotated, Any

import typer

from pipeline.errors import PipelineError
from pipeline.settings import Settings, load_settings

app = typer.Typer(help="Support Pipeline: e-mail in, tickets out, replies sent.",
                  no_args_is_help=True, pretty_exceptions_enable=False)
db_app = typer.Typer(help="The ticket database.", no_args_is_help=True)
tickets_app = typer.Typer(help="Look at tickets from the command line.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(tickets_app, name="tickets")

ConfigOption = Annotated[Path | None, typer.Option(
    "--config", "-c", help="Settings file (default: config/settings.toml, or $SUPPORT_CONFIG).")]
Files = Annotated[list[Path], typer.Argument(help="Mail files (.eml).", exists=True, dir_okay=False)]
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
           threads: Annotated[int | None, typer.Option(help="Worker threads (default: config).")] = None,
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
    from pipeline.inspect import desk_status

    settings = settings_or_exit(config)
    report = desk_status(settings)
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
