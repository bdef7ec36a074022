"""Operators' templates run sandboxed: no Python internals, no huge mails, no holes."""

from __future__ import annotations

import time
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


@pytest.mark.parametrize("bomb", [
    "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(60) }}",
    "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
    "{{ 'a' * 1000000000 }}",
    "{{ 9 ** 999999999 }}",
    "{{ 'a'|center(1000000000) }}",
    "{{ ('a' * 200000)|replace('', 'b' * 200000) }}",
    "{{ range(100000)|join('a' * 100000) }}",
    "{{ '%0999999999d' % 1 }}",
    "{{ '{:999999999}'.format(1) }}",
    "{% set a = 'aaaaaaaaaaaaaaaa' %}" + "{% set a = a ~ a %}" * 30,
    "{{ 1 / 0 }}",
])
def test_a_template_that_would_run_long_or_build_a_huge_mail_is_refused_within_two_seconds(
        tmp_path: Path, bomb: str):
    renderer = renderer_with(tmp_path, bomb)
    started = time.monotonic()

    with pytest.raises(TemplateRejected):
        renderer.render("probe", "fr", {})

    assert time.monotonic() - started < 2


def test_loops_filters_and_operators_within_the_budget_still_render(tmp_path: Path):
    renderer = renderer_with(tmp_path, "{% for s in senders %}{{ loop.index }}. {{ s|upper }} "
                                       "{{ '-' * 3 }}{{ s ~ '!' }}\n{% endfor %}")

    rendered = renderer.render("probe", "fr", {"senders": ["a@b.fr", "c@d.fr"]})

    assert rendered.text == "Sujet1. A@B.FR ---a@b.fr!\n2. C@D.FR ---c@d.fr!\n"
