"""The issue-4 commands as a user runs them: directory import, templates lint and preview."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import CORPUS, PROJECT_ROOT
from test_cli import cli, write_settings

PLATFORMS = """
[platforms.esidoc]
name = "e-sidoc"
reset_url = "https://esidoc.example.fr/reinitialisation"
noreply_sender = "ne-pas-repondre@esidoc.example.fr"
"""


def test_directory_import_reports_bad_lines_loads_the_rest_and_lookups_work(tmp_path: Path):
    settings = write_settings(tmp_path, PLATFORMS)
    csv = tmp_path / "d.csv"
    csv.write_text("uai,name,official_email,admin_email,platform\n"
                   "0693421U,Collège A,ce.0693421U@ac-lyon.fr,cdi@ac-lyon.fr,esidoc\n"
                   "0693421B,Typo,,,esidoc\n", encoding="utf-8")

    result = cli(settings, "directory", "import", str(csv))
    shown = cli(settings, "directory", "show", "cdi@ac-lyon.fr")

    assert f"{csv}:3: UAI 0693421B: the check letter should be U" in result.stderr
    assert "loaded 1 rows" in result.stdout
    assert '"uai": "0693421U"' in shown.stdout


def test_templates_lint_passes_on_the_shipped_templates(tmp_path: Path):
    result = cli(write_settings(tmp_path), "templates", "lint", check=False)

    assert result.returncode == 0, result.stdout + result.stderr


def test_templates_lint_names_file_and_line_of_each_problem(tmp_path: Path):
    templates = tmp_path / "templates"
    shutil.copytree(PROJECT_ROOT / "templates", templates)
    broken = templates / "fr" / "acknowledgement.txt.j2"
    body = broken.read_text(encoding="utf-8").rsplit("{% endblock %}", 1)[0]
    broken.write_text(body + "{{ nobody_passes_this }}\n{% if ticket %}x{% endif %}\n"
                      "{% endblock %}\n", encoding="utf-8")
    (templates / "en" / "password_reset" / "ask_uai.txt.j2").write_text(
        '{% extends "en/_layout.txt.j2" %}\n{% block subject %}x{% endblock %}\n'
        "{% block body %}\n{{ shape }\n{% endblock %}\n", encoding="utf-8")
    settings = write_settings(tmp_path)
    settings.write_text(settings.read_text().replace(str(PROJECT_ROOT / "templates"),
                                                     str(templates)))

    result = cli(settings, "templates", "lint", check=False)

    lines = broken.read_text().splitlines()
    unknown = lines.index("{{ nobody_passes_this }}") + 1
    assert result.returncode == 1
    expected = f"fr/acknowledgement.txt.j2:{unknown}: 'nobody_passes_this' is undefined"
    assert expected in result.stdout
    assert f"fr/acknowledgement.txt.j2:{unknown + 1}: unsafe construct: an `if`" in result.stdout
    assert "en/password_reset/ask_uai.txt.j2:4:" in result.stdout


def test_templates_preview_prints_the_mail_as_it_would_answer_a_message(tmp_path: Path):
    message = CORPUS / "dev" / "d001.eml"

    result = cli(write_settings(tmp_path), "templates", "preview", "password_reset/link",
                 "--message", str(message))

    assert "To: claire.vasseur@ac-lyon.fr" in result.stdout
    assert "Auto-Submitted: auto-replied" in result.stdout
    assert "In-Reply-To: <f8906f9d-0f32-4e8f-ab10-47166005d4ca@ac-lyon.fr>" in result.stdout
    assert "?token=" in result.stdout and "--- text/html" in result.stdout
