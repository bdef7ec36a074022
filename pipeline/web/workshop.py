"""The operators' workshop: templates and rules checked before they go live, with versions.

A candidate is checked in a copy of its folder (syntax, then the same lint as
`support-pipeline templates lint`, or the rules loader); the live file is replaced, atomically,
only when the candidate passes, so a refused edit leaves the last good version live.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlmodel import Session, select

from pipeline.classify.classifier import Classifier
from pipeline.errors import ConfigRejected
from pipeline.outbox.lint import Problem, lint_templates
from pipeline.outbox.render import Renderer
from pipeline.tickets.service import audit
from pipeline.web.auth import Staff
from pipeline.web.models import TemplateVersion

TEMPLATE_PATH = re.compile(r"^[a-z]{2}/(?:[a-z0-9_]+/)*_?[a-z0-9_]+\.(?:txt|html)\.j2$")
RULES = "rules.toml"


@dataclass(frozen=True, slots=True)
class Verdict:
    """A candidate's problems (empty: it passed); `saved` is the version row when it went live."""

    problems: list[Problem]
    saved: TemplateVersion | None = None


def list_templates(templates_dir: Path) -> list[str]:
    return sorted(str(p.relative_to(templates_dir)) for p in templates_dir.rglob("*.j2"))


def template_file(templates_dir: Path, path: str) -> Path:
    """The live file for a relative path; ValueError for anything outside the folder."""
    if not TEMPLATE_PATH.match(path) or ".." in path:
        raise ValueError(f"not a template path: {path}")
    target = templates_dir / path
    if not target.is_file():
        raise ValueError(f"no such template: {path}")
    return target


def check_template(templates_dir: Path, path: str, body: str) -> list[Problem]:
    """Syntax, unsafe constructs and a render against sample values, in a copy of the folder."""
    with candidate_dir(templates_dir, path, body) as copy:
        found = lint_templates(Renderer(copy))
        problems = [Problem(p.file.removeprefix(f"{copy}/"), p.line, p.reason) for p in found]
    name = path.removesuffix(".txt.j2").removesuffix(".html.j2").split("/", 1)[-1]
    relevant = [p for p in problems if p.file == path or name in p.file
                or (path.split("/")[-1].startswith("_") and p.file.startswith(path[:3]))]
    return list(dict.fromkeys(relevant))


def save_template(session: Session, templates_dir: Path, path: str, body: str, staff: Staff, *,
                  now: datetime, note: str = "edit") -> Verdict:
    target = template_file(templates_dir, path)
    problems = check_template(templates_dir, path, body)
    if problems:
        audit(session, "template_refused", actor=staff.actor, at=now, path=path,
              problems=[str(p) for p in problems])
        return Verdict(problems)
    _remember_first(session, path, target.read_text(encoding="utf-8"), now)
    _replace_file(target, body)
    version = TemplateVersion(path=path, body=body, saved_by=staff.actor, note=note, saved_at=now)
    session.add(version)
    session.flush()
    audit(session, "template_saved", actor=staff.actor, at=now, path=path, version=version.id,
          note=note)
    return Verdict([], version)


def roll_back(session: Session, templates_dir: Path, version_id: int, staff: Staff, *,
              now: datetime) -> Verdict:
    """Make an older version live again (checked like any edit), as a new version."""
    old = session.get(TemplateVersion, version_id)
    if old is None or old.path.startswith("config/"):
        raise ValueError(f"no template version {version_id}")
    return save_template(session, templates_dir, old.path, old.body, staff, now=now,
                         note=f"rollback to #{version_id}")


def versions(session: Session, path: str) -> list[TemplateVersion]:
    return list(session.exec(select(TemplateVersion).where(TemplateVersion.path == path)
                             .order_by(TemplateVersion.id.desc())))  # type: ignore[union-attr]


def load_candidate_rules(config_dir: Path, rules_text: str) -> Classifier:
    """The classifier the candidate rules.toml would give; ConfigRejected with file and line."""
    with candidate_dir(config_dir, RULES, rules_text) as copy:
        return Classifier.load(copy)


def save_rules(session: Session, config_dir: Path, rules_text: str, staff: Staff, *,
               now: datetime) -> Classifier:
    """Check, then make the candidate rules live; raises ConfigRejected and changes nothing."""
    try:
        classifier = load_candidate_rules(config_dir, rules_text)
    except ConfigRejected as exc:
        audit(session, "rules_refused", actor=staff.actor, at=now, error=str(exc))
        raise
    target = config_dir / RULES
    _remember_first(session, f"config/{RULES}", target.read_text(encoding="utf-8"), now)
    _replace_file(target, rules_text)
    session.add(TemplateVersion(path=f"config/{RULES}", body=rules_text, saved_by=staff.actor,
                                note="edit", saved_at=now))
    audit(session, "rules_saved", actor=staff.actor, at=now)
    return classifier


def _remember_first(session: Session, path: str, body: str, now: datetime) -> None:
    """Before the first change of a file, keep what was live, so it can be rolled back to."""
    if not session.exec(select(TemplateVersion.id).where(TemplateVersion.path == path)).first():
        session.add(TemplateVersion(path=path, body=body, saved_by="disk",
                                    note="as found on disk", saved_at=now))


def _replace_file(target: Path, body: str) -> None:
    handle, temp = tempfile.mkstemp(dir=target.parent, prefix=".edit-", suffix=target.suffix)
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(body)
    os.replace(temp, target)


@contextmanager
def candidate_dir(live: Path, path: str, body: str) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="workshop-") as temp:
        copy = Path(temp) / live.name
        shutil.copytree(live, copy, ignore=shutil.ignore_patterns(".edit-*"))
        (copy / path).write_text(body, encoding="utf-8")
        yield copy
