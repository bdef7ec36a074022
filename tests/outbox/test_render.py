"""Operators' templates run sandboxed: no Python internals, no huge mails, no holes."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import TemplateRejected
from pipeline.outbox.render import Renderer


def renderer_with(tmp_path: Path, body: str) -> Renderer:
    (tmp_path / "fr").mkdir()
    (tmp_path / "fr" / "probe.txt.j2").write_text(
        "{% block subject %}Sujet{% endblock %}" + body, encoding="utf-8")
    return Renderer(tmp_path)


@pytest.mark.parametrize("escape", [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os }}",
    "{{ request.application.__globals__ }}",
    "{{ self._TemplateReference__context }}",
])
def test_known_sandbox_escapes_are_refused(tmp_path: Path, escape: str):
    renderer = renderer_with(tmp_path, escape)

    with pytest.raises(TemplateRejected):
        renderer.render("probe", "fr", {})


def test_a_template_that_would_make_a_huge_mail_is_refused(tmp_path: Path):
    renderer = renderer_with(tmp_path, "{% for i in range(100000) %}ligne {{ i }}\n{% endfor %}")

    with pytest.raises(TemplateRejected, match="over 256000 characters"):
        renderer.render("probe", "fr", {})


def test_an_unknown_variable_is_refused_rather_than_left_empty(tmp_path: Path):
    renderer = renderer_with(tmp_path, "Bonjour {{ requester.nmae }}")

    with pytest.raises(TemplateRejected) as refused:
        renderer.render("probe", "fr", {"requester": {"name": "Claire"}})

    assert refused.value.line == 1
