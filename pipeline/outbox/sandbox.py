"""The jinja sandbox on a budget: an operator's template can neither run long nor build a huge mail.

SandboxedEnvironment already refuses Python internals (attributes starting with `_`, unsafe
callables, `range` over 100,000 items). On top of it each render has a deadline and an
allowance: every loop step, call, filter, operator (`*`, `**`, `+`, `%`, `~`) and `{{ value }}`
is counted, and arguments that would make a result far too big are refused before it is
built, so a loop gone wrong, a recursive macro or a string bomb is refused within
MAX_SECONDS instead of holding a worker or its memory.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator, Sized
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from jinja2 import Undefined, nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

MAX_RENDERED = 256_000  # characters of one mail
MAX_SECONDS = 1.0  # a reply renders in about a millisecond
MAX_STEPS = 100_000  # loop iterations in one render
ALLOWANCE = 8 * MAX_RENDERED  # characters built while rendering, the output included
AMPLIFIERS = frozenset({"center", "format", "format_map", "indent", "join", "ljust", "replace",
                        "rjust", "sum", "wordwrap", "zfill", "expandtabs", "batch"})
_WIDTH = re.compile(r"\d{7,}")  # a format width of millions: "%0999999999d", "{:999999999}"


@dataclass
class Budget:
    deadline: float
    steps: int = 0
    built: int = 0


_BUDGET: ContextVar[Budget | None] = ContextVar("template_budget", default=None)


@contextmanager
def budget(seconds: float = MAX_SECONDS) -> Iterator[None]:
    """Every render in this block shares one deadline and one allowance (per thread)."""
    token = _BUDGET.set(Budget(time.monotonic() + seconds))
    try:
        yield
    finally:
        _BUDGET.reset(token)


def spend(*, steps: int = 0, built: int = 0) -> None:
    found = _BUDGET.get()
    if found is None:  # compiling, not rendering
        return
    found.steps += steps
    found.built += built
    if found.steps > MAX_STEPS:
        raise SecurityError(f"the template loops more than {MAX_STEPS} times")
    if found.built > ALLOWANCE:
        raise SecurityError(f"the template builds more than {ALLOWANCE} characters")
    if time.monotonic() > found.deadline:
        raise SecurityError(f"the template takes more than {MAX_SECONDS} s")


def size(value: Any) -> int:
    if isinstance(value, int):
        return value.bit_length() // 8
    if isinstance(value, Sized) and not isinstance(value, Undefined):
        return len(value)
    return 0


def refuse_arguments(name: str, subject: Any, params: Iterable[Any]) -> None:
    """Integer arguments over the cap, format widths of millions, amplifiers past the allowance."""
    params = list(params)
    for value in (subject, *params) if name in ("format", "format_map") else params:
        if isinstance(value, str) and _WIDTH.search(value):
            raise SecurityError(f"{name}: a format width over the cap")
    numbers = [abs(p) for p in params if isinstance(p, int) and not isinstance(p, bool)]
    if any(n > MAX_RENDERED for n in numbers):
        raise SecurityError(f"{name}: an argument over {MAX_RENDERED}")
    if name in AMPLIFIERS:
        widest = max([size(p) for p in params if not isinstance(p, int)] + numbers + [0])
        if (size(subject) + 1) * (widest + 1) > ALLOWANCE:
            raise SecurityError(f"{name}: the result would be over {ALLOWANCE} characters")


def _capped_filter(name: str, function: Any) -> Any:
    skip = 1 if getattr(function, "jinja_pass_arg", None) else 0  # context or environment first

    def capped(*args: Any, **kwargs: Any) -> Any:
        spend()
        refuse_arguments(name, args[skip] if len(args) > skip else None,
                         [*args[skip + 1:], *kwargs.values()])
        result = function(*args, **kwargs)
        spend(built=size(result))
        return result

    if skip:
        capped.jinja_pass_arg = function.jinja_pass_arg  # type: ignore[attr-defined]
    return capped


class _BudgetedCodeGenerator(CodeGenerator):
    """Each loop step goes through `environment.steps`, each `~` through `environment.built`."""

    def visit_For(self, node: nodes.For, frame: Frame) -> None:
        node.iter = nodes.Call(nodes.EnvironmentAttribute("steps"), [node.iter], [], None, None,
                               lineno=node.lineno)
        super().visit_For(node, frame)

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.built(")
        super().visit_Concat(node, frame)
        self.write(")")


class BudgetedEnvironment(SandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**", "+", "%"})
    code_generator_class = _BudgetedCodeGenerator

    def __init__(self, **options: Any) -> None:
        super().__init__(finalize=self.built, **options)
        self.filters = {n: _capped_filter(n, f) for n, f in self.filters.items()}

    def steps(self, iterable: Iterable[Any]) -> Iterator[Any]:
        for item in iterable:
            spend(steps=1)
            yield item

    def built(self, value: Any) -> Any:
        spend(built=size(value))
        return value

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        spend()
        target = getattr(__obj, "__wrapped__", __obj)
        refuse_arguments(getattr(target, "__name__", ""), getattr(target, "__self__", None),
                         [*args, *kwargs.values()])
        return __self.built(super().call(__context, __obj, *args, **kwargs))

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        spend()
        if operator == "%" and isinstance(left, str) and _WIDTH.search(left):
            raise SecurityError("%: a format width over the cap")
        if operator == "**" and isinstance(left, int) and isinstance(right, int) and right > 0:
            if max(left.bit_length(), 1) * right > 8 * ALLOWANCE:
                raise SecurityError("**: the result would be too big")
        if operator == "*":
            count, other = (right, left) if isinstance(right, int) else (left, right)
            if isinstance(count, int) and isinstance(other, str | bytes | list | tuple) \
                    and len(other) * abs(count) > ALLOWANCE:
                raise SecurityError("*: the result would be too big")
        return self.built(super().call_binop(context, operator, left, right))
