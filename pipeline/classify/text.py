"""Fold text for matching: lower case, no accents, straight apostrophes, single spaces."""

from __future__ import annotations

import re
import sys
import unicodedata

_APOSTROPHES = str.maketrans(
    {"’": "'", "‘": "'", "`": "'", "´": "'", "«": '"', "»": '"', "œ": "oe", "æ": "ae"}
)

_REPLACED = tuple((chr(k), v) for k, v in _APOSTROPHES.items())  # no value holds a key


def _combining_classes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Every code point unicodedata calls combining (accents...), as two character classes.

    The code points past U+FFFF get their own class: in one class with the others they
    would keep the regex engine from using a bitmap for the common ones.
    """
    ranges: list[list[int]] = []
    for code in range(sys.maxunicode + 1):
        if unicodedata.combining(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])

    def span(a: int, b: int) -> str:
        return f"{re.escape(chr(a))}-{re.escape(chr(b))}"

    bmp = "".join(span(a, min(b, 0xFFFF)) for a, b in ranges if a <= 0xFFFF)
    astral = "".join(span(max(a, 0x10000), b) for a, b in ranges if b > 0xFFFF)
    return re.compile(f"[{bmp}]+"), re.compile(f"[{astral}]+")


_COMBINING, _COMBINING_ASTRAL = _combining_classes()


def fold_text(text: str) -> str:
    """What every pattern is matched against: 'Réinitialisé’' becomes "reinitialise'"."""
    lowered = text.lower()
    for old, new in _REPLACED:  # = lowered.translate(_APOSTROPHES), faster on long text
        if old in lowered:
            lowered = lowered.replace(old, new)
    if not lowered.isascii():
        lowered = _COMBINING.sub("", unicodedata.normalize("NFKD", lowered))
        if not lowered.isascii() and max(lowered) > "\uffff":
            lowered = _COMBINING_ASTRAL.sub("", lowered)
    return " ".join(lowered.split())  # str.split and re's \s agree on what a space is
