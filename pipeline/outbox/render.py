"""Templates to text: sandboxed jinja2 on a budget, strict undefined variables, a subject block."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from pipeline.errors import TemplateRejected
from pipeline.outbox.sandbox import MAX_RENDERED, BudgetedEnvironment, budget


@dataclass(frozen=True, slots=True)
class Rendered:
    subject: str
    text: str
    html: str  # "" when the template has no HTML part


class Renderer:
    """Renders `<lang>/<name>.txt.j2` (with a `subject` block) and its optional `.html.j2`."""

    def __init__(self, templates_dir: Path):
        self.templates_dir = templates_dir
        self.env = BudgetedEnvironment(
            loader=jinja2.FileSystemLoader(str(templates_dir)),
            undefined=jinja2.StrictUndefined,
            autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",),
                                                default_for_string=False),
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def languages(self) -> list[str]:
        return sorted(p.name for p in self.templates_dir.iterdir() if p.is_dir())

    def render(self, name: str, language: str, context: dict[str, Any]) -> Rendered:
        """The mail; TemplateRejected when it cannot render within the budget (sandbox.py)."""
        with budget():
            return self._render_all(name, language, context)

    def _render_all(self, name: str, language: str, context: dict[str, Any]) -> Rendered:
        text_name = f"{language}/{name}.txt.j2"
        text_template = self._load(text_name)
        subject = self._render_block(text_template, text_name, "subject", context)
        text = self._render(text_template, text_name, context, room=MAX_RENDERED)
        html_name = f"{language}/{name}.html.j2"
        html = ""
        if (self.templates_dir / html_name).exists():
            html = self._render(self._load(html_name), html_name, context,
                                room=MAX_RENDERED - len(text))
        return Rendered(" ".join(subject.split()), text, html)

    def _load(self, name: str) -> jinja2.Template:
        try:
            return self.env.get_template(name)
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateRejected(exc.filename or name, exc.message or "syntax error",
                                   line=exc.lineno) from None
        except jinja2.TemplateNotFound as exc:
            raise TemplateRejected(name, f"template not found: {exc.name}") from None

    def _render(self, template: jinja2.Template, name: str, context: dict[str, Any], *,
                room: int) -> str:
        """Streamed, so a mail over `room` characters is refused before it is all built."""
        chunks, length = [], 0
        try:
            for chunk in template.generate(context):
                length += len(chunk)
                if length > room:
                    raise TemplateRejected(name, f"the mail would be over {MAX_RENDERED} "
                                                 "characters")
                chunks.append(chunk)
        except TemplateRejected:
            raise
        except Exception as exc:  # whatever a template trips on, the mail is not sent
            raise TemplateRejected(name, _reason(exc), line=_template_line(exc)) from None
        return "".join(chunks)

    def _render_block(self, template: jinja2.Template, name: str, block: str,
                      context: dict[str, Any]) -> str:
        if block not in template.blocks:
            raise TemplateRejected(name, f"the template has no {{% block {block} %}}")
        try:
            return "".join(template.blocks[block](template.new_context(context)))
        except Exception as exc:  # whatever a template trips on, the mail is not sent
            raise TemplateRejected(name, _reason(exc), line=_template_line(exc)) from None


def _reason(exc: Exception) -> str:
    if isinstance(exc, jinja2.TemplateError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"[:300]


def _template_line(exc: BaseException) -> int | None:
    """The template line of a render error, read from the traceback jinja rewrites."""
    tb = exc.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith(".j2"):
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
