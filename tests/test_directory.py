"""The directory: import with line-numbered errors, re-import updates, look-ups."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from conftest import PROJECT_ROOT
from sqlmodel import Session

from pipeline.directory.load import import_directory
from pipeline.directory.lookup import find_by_email, find_by_uai

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
PLATFORMS = ("esidoc", "espace_acheteur")
HEADER = "uai,name,official_email,admin_email,platform\n"


def test_a_bad_row_is_reported_with_its_line_and_the_rest_loads(engine: sa.Engine):
    text = (HEADER
            + "0693421U,Collège A,ce.0693421U@ac-lyon.fr,cdi@ac-lyon.fr,esidoc\n"
            + "0693421A,Collège typo,,,esidoc\n"
            + "0331857P,Lycée B,not-an-address,,esidoc\n"
            + "0331857P,Lycée B,,,unknown_platform\n"
            + "0331857P,Lycée B,ce.0331857P@ac-bordeaux.fr,,espace_acheteur\n")

    with Session(engine) as session:
        report = import_directory(session, text, platforms=PLATFORMS, now=NOW)
        session.commit()

    assert [line for line, _ in report.errors] == [3, 4, 5]
    assert "check letter should be U" in report.errors[0][1]
    assert report.loaded == 2
    with Session(engine) as session:
        found = find_by_uai(session, "0331857p")
        assert found is not None and found.establishment.official_email == \
            "ce.0331857p@ac-bordeaux.fr"


def test_importing_again_updates_instead_of_duplicating(engine: sa.Engine):
    with Session(engine) as session:
        import_directory(session, HEADER + "0693421U,A,,old@ac-lyon.fr,esidoc\n",
                         platforms=PLATFORMS, now=NOW)
        second = import_directory(session, HEADER + "0693421U,A,,new@ac-lyon.fr,esidoc\n",
                                  platforms=PLATFORMS, now=NOW)
        session.commit()

    with Session(engine) as session:
        found = find_by_uai(session, "0693421U")
        by_new = find_by_email(session, "NEW@ac-lyon.fr")
        by_old = find_by_email(session, "old@ac-lyon.fr")
    assert (second.created, second.updated) == (0, 1)
    assert found is not None and [a.admin_email for a in found.accounts] == ["new@ac-lyon.fr"]
    assert [f.establishment.uai for f in by_new] == ["0693421U"] and by_old == []


def test_the_example_directory_loads_without_errors(engine: sa.Engine):
    text = (PROJECT_ROOT / "config" / "examples" / "directory.csv").read_text(encoding="utf-8")

    with Session(engine) as session:
        report = import_directory(session, text, platforms=(*PLATFORMS, "ecoledirecte"), now=NOW)

    assert report.errors == [] and report.loaded == len(text.strip().splitlines()) - 1
