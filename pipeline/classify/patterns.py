"""Exact, faster answers to "does this rule pattern occur in this text?".

A pattern is split into its top-level alternatives. Each runs only when the text holds, for
each set of strings every match of it needs one of (read from the pattern's parse tree), one
of them; only from where such a match could start; and, when it opens on \\b or a group, only
where the rest of it matches (which the regex engine finds far faster, skipping ahead to its
first characters). None of this changes an answer: it only skips work that cannot match.

The rules read the same few texts hundreds of times a mail, so Needles finds every string their
branches need in one Aho-Corasick pass per text, and each branch then asks that set.
"""

from __future__ import annotations

import re
import re._constants as sre_constants
import re._parser as sre_parser
from collections.abc import Iterator
from operator import itemgetter
from typing import Any

import ahocorasick


class Pattern:
    """A compiled rule pattern: its top-level alternatives, which found_in() tries; search()
    answers as the whole regex does, compiled the first time it is asked (the rules never ask,
    and compiling and planning each whole alternation made loading them a third slower)."""

    __slots__ = ("pattern", "branches", "_whole")

    def __init__(self, pattern: str):
        self.pattern = pattern
        self.branches = [Branch(b) for b in top_branches(pattern)]
        self._whole: tuple[re.Pattern[str], tuple[str, ...] | None] | None = None

    def search(self, text: str) -> re.Match[str] | None:
        if self._whole is None:
            self._whole = re.compile(self.pattern), required_strings(self.pattern)
        regex, needs = self._whole
        if needs is not None and not any(s in text for s in needs):
            return None
        return regex.search(text)

    def found_in(self, text: str, has: frozenset[str] | None = None) -> bool:
        """bool(self.search(text)), sooner (has: as Branch.found_in)."""
        return any_found(self.branches, text, has)


class Branch:
    """One top-level alternative of a Pattern."""

    __slots__ = ("regex", "anchored", "needs", "lead", "also", "rest", "width")

    def __init__(self, pattern: str):
        self.regex = re.compile(pattern)
        self.anchored = pattern.startswith("^") and not self.regex.flags & re.MULTILINE
        self.needs, self.lead, self.also = _plan(pattern)
        self.rest, self.width = split_first(pattern)

    def found_in(self, text: str, has: frozenset[str] | None = None) -> bool:
        """has, when given, is Needles.present(text) for Needles made with this branch: the
        strings it needs that text holds, all found at once."""
        if self.anchored:  # one place to try: the regex engine knows
            return self.regex.search(text) is not None
        start = 0
        if self.needs is not None:
            if has is None:
                if not any(map(text.__contains__, self.needs)):  # the common case, looped in C
                    return False
                for needed_one in self.also:
                    if not any(map(text.__contains__, needed_one)):
                        return False
            elif has.isdisjoint(self.needs) or any(map(has.isdisjoint, self.also)):
                return False
            if self.lead is not None:  # from just before the earliest one
                present = self.needs if has is None else has.intersection(self.needs)
                places = sorted(at for s in present for at in occurrences(text, s))
                start = max(0, places[0] - self.lead)
                if len(places) * (self.lead + 1) * NEAR < len(text) - start:
                    return self.found_near(text, places)
        if self.rest is None:
            return self.regex.search(text, start) is not None
        low = start
        while found := self.rest.search(text, start):  # a match starts at most width before
            for at in range(max(low, found.start() - self.width), found.start() + 1):
                if self.regex.match(text, at):
                    return True
            low = start = found.start() + 1
        return False


    def found_near(self, text: str, found: list[int]) -> bool:
        """Tried only where a match can start: at most lead before a string it needs, found
        at these places (far fewer than a search tries when they are few in a long text)."""
        tried = -1
        for at in found:
            for start in range(max(tried + 1, at - self.lead), at + 1):  # type: ignore[operator]
                if self.regex.match(text, start):
                    return True
            tried = at
        return False


NEAR = 8  # a match tried at one place costs about what a search costs over this many


def occurrences(text: str, needed: str) -> Iterator[int]:
    at = text.find(needed)
    while at != -1:
        yield at
        at = text.find(needed, at + 1)


def split_first(pattern: str) -> tuple[re.Pattern[str] | None, int]:
    """The pattern without its first item (a \\b or a group), and that item's widest match.

    Wherever the pattern matches, the rest matches at most that width further on; the rest
    is found far faster when it opens on plain characters. (None, 0) when the pattern cannot
    be split so (several top-level alternatives, flags, a quantified first group...).
    """
    if len(_split_top(pattern)) > 1 or _UNSPLITTABLE.search(pattern):
        return None, 0
    if pattern.startswith("\\b"):
        end: int | None = 2
    elif pattern.startswith("("):
        end = _group_end(pattern)
        if end is None or pattern[end : end + 1] in ("?", "*", "+", "{"):
            return None, 0
    else:
        return None, 0
    first, rest = pattern[:end], pattern[end:]
    if not rest:
        return None, 0
    try:
        width = sre_parser.parse(first).getwidth()[1]
        compiled = re.compile(rest)
        may_be_empty = sre_parser.parse(rest).getwidth()[0] == 0
    except re.error:
        return None, 0
    if may_be_empty:  # found at every place, even past the end: nothing to skip, and no end
        return None, 0
    return (compiled, width) if width < 1000 else (None, 0)


def _top_level(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each character outside escapes and character classes, with the group depth after it."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        else:
            depth += (ch == "(") - (ch == ")")
            yield i, ch, depth
        i += 1


def _group_end(pattern: str) -> int | None:
    """Index just past the group that opens the pattern."""
    return next((i + 1 for i, ch, depth in _top_level(pattern) if ch == ")" and depth == 0),
                None)


_UNSPLITTABLE = re.compile(r"\(\?(?:[aiLmsux-]|P|<(?![=!]))|\\[1-9]")


def top_branches(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern; the whole pattern when it cannot be split safely
    (global or scoped flags, group names or references, anything that fails to compile alone)."""
    parts = _split_top(pattern)
    if len(parts) == 1 or _UNSPLITTABLE.search(pattern):
        return [pattern]
    try:
        parsed = [sre_parser.parse(p) for p in parts]
    except re.error:
        return [pattern]
    if any(p.state.flags & ~re.UNICODE or p.state.groups > 1 for p in parsed):
        return [pattern]
    return parts


def _split_top(pattern: str) -> list[str]:
    """The pattern cut at each | outside groups and character classes."""
    parts, start = [], 0
    for i, ch, depth in _top_level(pattern):
        if ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def required_strings(pattern: str) -> tuple[str, ...] | None:
    """Strings one of which every match contains; None when the pattern allows no such claim."""
    return search_plan(pattern)[0]


def search_plan(pattern: str) -> tuple[tuple[str, ...] | None, int | None]:
    """required_strings, and how far before one of them a match can start at most (None: any)."""
    needs, lead, _ = _plan(pattern)
    return needs, lead


def _plan(pattern: str) -> tuple[tuple[str, ...] | None, int | None, tuple[tuple[str, ...], ...]]:
    """required_strings, its lead (search_plan), and up to two more sets a match needs one of."""
    try:
        parsed = sre_parser.parse(pattern)
    except re.error:
        return None, None, ()
    if parsed.state.flags & re.IGNORECASE:
        return None, None, ()
    items = list(parsed)
    candidates = _candidates(items)
    if not candidates:
        return None, None, ()
    found, end = max(candidates, key=_shortest)
    others = [c for c, _ in candidates if c != found and min(map(len, c)) >= 3]
    others = sorted(others, key=lambda c: -min(map(len, c)))[:2]  # the two likeliest to miss
    lead = sre_parser.SubPattern(parsed.state, items[: end + 1]).getwidth()[1]
    return (
        _pruned(found),
        None if lead >= sre_constants.MAXREPEAT - 1 else lead,
        tuple(_pruned(c) for c in others),
    )


def _pruned(found: frozenset[str]) -> tuple[str, ...]:
    """Without the strings that hold another one: that one is found wherever they are."""
    return tuple(sorted(s for s in found if not any(t != s and t in s for t in found)))


def _shortest(candidate: tuple[frozenset[str], int]) -> int:
    return min(map(len, candidate[0]))


def _required(items: list[tuple[object, Any]]) -> frozenset[str] | None:
    best = _best(items)
    return best[0] if best else None


def _best(items: list[tuple[object, Any]]) -> tuple[frozenset[str], int] | None:
    """Best required set of one sequence (the one whose shortest string is longest), with the
    index of the last item it is read from."""
    return max(_candidates(items), key=_shortest, default=None)


def _candidates(items: list[tuple[object, Any]]) -> list[tuple[frozenset[str], int]]:
    """Every set of strings a match of the sequence needs one of, with its last item's index."""
    candidates: list[tuple[frozenset[str], int]] = []
    run = ""
    for index, (op, av) in enumerate(items):
        if op is sre_constants.LITERAL:
            run += chr(av)
            continue
        if run:
            candidates.append((frozenset((run,)), index - 1))
            run = ""
        inner = _required_of(op, av)
        if inner:
            candidates.append((inner, index))
    if run:
        candidates.append((frozenset((run,)), len(items) - 1))
    return candidates


def _required_of(op: object, av: Any) -> frozenset[str] | None:
    if op is sre_constants.SUBPATTERN:
        add_flags: int = av[1]
        return None if add_flags & re.IGNORECASE else _required(list(av[3]))
    if op is sre_constants.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _required(list(branch))
            if not found:
                return None
            union |= found
        return frozenset(union)
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        low: int = av[0]
        return _required(list(av[2])) if low >= 1 else None
    return None


def any_found(branches: list[Branch], text: str, has: frozenset[str] | None = None) -> bool:
    """Whether one of these alternatives is found in text (has: as Branch.found_in)."""
    for branch in branches:
        if branch.found_in(text, has):
            return True
    return False


_SECOND = itemgetter(1)


class Needles:
    """Every string some branches need, all found in one pass over a text (Aho-Corasick), so
    that each branch then asks a set instead of scanning the text for its own strings."""

    def __init__(self, branches: list[Branch]):
        self.automaton = ahocorasick.Automaton()
        for s in {s for b in branches if b.needs for group in (b.needs, *b.also) for s in group}:
            self.automaton.add_word(s, s)
        self.longest = max(map(len, self.automaton.keys()), default=0)
        if self.longest:
            self.automaton.make_automaton()

    def present(self, text: str) -> frozenset[str]:
        """The needed strings text holds (overlapping ones included)."""
        if not self.longest:
            return frozenset()
        return frozenset(map(_SECOND, self.automaton.iter(text)))

    def join(self, left: str, left_has: frozenset[str], right: str,
             right_has: frozenset[str]) -> tuple[str, frozenset[str]]:
        """left + " " + right, and what present() would say of it, from what the two parts
        hold: only the strings that may span the space between them are looked for again."""
        reach = self.longest - 1
        around = f"{left[len(left) - reach:] if reach else ''} {right[:reach]}"
        return f"{left} {right}", left_has | right_has | self.present(around)
