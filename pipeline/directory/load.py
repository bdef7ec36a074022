"""Import the directory from CSV: one row per account; a bad row is reported, the rest loads."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session, select

from pipeline.directory.models import Account, Establishment

COLUMNS = ("uai", "name", "official_email", "admin_email", "platform")
_EMAIL = re.compile(r"^[^@\s,;<>]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
CHECK_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


@dataclass
class ImportReport:
    loaded: int = 0
    created: int = 0
    updated: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)


def uai_problem(uai: str) -> str | None:
    """Why a code is not a UAI (7 digits and the check letter they call for), or None."""
    if not re.fullmatch(r"\d{7}[A-Z]", uai):
        return f"UAI {uai!r} is not 7 digits and a letter"
    expected = CHECK_LETTERS[int(uai[:7]) % 23]
    if uai[7] != expected:
        return f"UAI {uai}: the check letter should be {expected}"
    return None


def import_directory(session: Session, text: str, *, platforms: Collection[str],
                     now: datetime) -> ImportReport:
    """Upsert establishments and accounts; the caller commits."""
    report = ImportReport()
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
    if missing:
        report.errors.append((1, f"missing columns: {', '.join(missing)}"))
        return report
    for row in reader:
        line = reader.line_num
        values = {k: (row.get(k) or "").strip() for k in COLUMNS}
        problem = _row_problem(values, platforms)
        if problem:
            report.errors.append((line, problem))
            continue
        created = _upsert(session, values, now=now)
        report.loaded += 1
        report.created += created
        report.updated += not created
    return report


def _row_problem(values: dict[str, str], platforms: Collection[str]) -> str | None:
    values["uai"] = values["uai"].upper()
    for key in ("official_email", "admin_email"):
        values[key] = values[key].lower()
        if values[key] and not _EMAIL.match(values[key]):
            return f"{key} {values[key]!r} is not an e-mail address"
    if values["platform"] not in platforms:
        return f"unknown platform {values['platform']!r} (known: {', '.join(sorted(platforms))})"
    return uai_problem(values["uai"])


def _upsert(session: Session, values: dict[str, str], *, now: datetime) -> bool:
    establishment = session.get(Establishment, values["uai"])
    if establishment is None:
        establishment = Establishment(uai=values["uai"])
    establishment.name = values["name"] or establishment.name
    establishment.official_email = values["official_email"] or None
    establishment.updated_at = now
    session.add(establishment)
    session.flush()
    account = session.exec(select(Account).where(Account.uai == values["uai"],
                                                 Account.platform == values["platform"])).first()
    created = account is None
    account = account or Account(uai=values["uai"], platform=values["platform"])
    account.admin_email = values["admin_email"] or None
    account.updated_at = now
    session.add(account)
    session.flush()
    return created
