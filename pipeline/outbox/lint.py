"""Check templates for operators: each one renders against its sample values, and holds
values, loops and `extends` only (no `if`, no calls, no imports: business logic lives in
responders). Problems are reported with file and line.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import nodes

from pipeline.errors import TemplateRejected
from pipeline.outbox.render import Renderer

SAMPLES = "samples.toml"
FORBIDDEN = {nodes.If: "an `if` (business decisions belong in responders)",
             nodes.Call: "a call", nodes.Import: "an import", nodes.FromImport: "an import",
             nodes.Include: "an include", nodes.Macro: "a macro", nodes.CallBlock: "a call block",
             nodes.Assign: "a `set`", nodes.AssignBlock: "a `set`"}


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line or 1}: {self.reason}"


def template_names(templates_dir: Path) -> list[str]:
    """Every template name (`password_reset/link`) in any language, layouts excluded."""
    names = {str(p.relative_to(lang)).removesuffix(".txt.j2")
             for lang in templates_dir.iterdir() if lang.is_dir()
             for p in lang.rglob("*.txt.j2") if not p.name.startswith("_")}
    return sorted(names)


def sample_context(templates_dir: Path, name: str) -> dict[str, Any]:
    samples = read_samples(templates_dir)
    return {**samples.get("common", {}), **samples.get(name.replace("/", "-"), {})}


def read_samples(templates_dir: Path) -> dict[str, Any]:
    path = templates_dir / SAMPLES
    try:
        return tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    except tomllib.TOMLDecodeError as exc:
        raise TemplateRejected(str(path), str(exc)) from None


def lint_templates(renderer: Renderer) -> list[Problem]:
    root = renderer.templates_dir
    problems: list[Problem] = []
    try:
        samples = read_samples(root)
    except TemplateRejected as exc:
        return [Problem(exc.name, exc.line, exc.reason)]
    for path in sorted(root.rglob("*.j2")):
        problems += _static_problems(renderer.env, root, path)
    for name in template_names(root):
        if name.replace("/", "-") not in samples:
            problems.append(Problem(f"{SAMPLES}", None, f"no sample values for {name}"))
        for language in renderer.languages():
            if not (root / language / f"{name}.txt.j2").exists():
                problems.append(Problem(f"{language}/{name}.txt.j2", None,
                                        "missing in this language"))
                continue
            try:
                renderer.render(name, language, sample_context(root, name))
            except TemplateRejected as exc:
                problems.append(Problem(exc.name, exc.line, exc.reason))
    return _unique(problems)


def _static_problems(env: jinja2.Environment, root: Path, path: Path) -> list[Problem]:
    name = str(path.relative_to(root))
    try:
        tree = env.parse(path.read_text(encoding="utf-8"), name=name, filename=name)
    except jinja2.TemplateSyntaxError as exc:
        return [Problem(name, exc.lineno, exc.message or "syntax error")]
    found = []
    for kind, what in FORBIDDEN.items():
        for node in tree.find_all(kind):
            found.append(Problem(name, node.lineno, f"unsafe construct: {what}"))
    for node in tree.find_all(nodes.Getattr):
        if node.attr.startswith("_"):
            found.append(Problem(name, node.lineno, f"unsafe construct: attribute {node.attr}"))
    return found


def _unique(problems: list[Problem]) -> list[Problem]:
    seen, out = set(), []
    for p in problems:
        if (p.file, p.line, p.reason) not in seen:
            seen.add((p.file, p.line, p.reason))
            out.append(p)
    return out
