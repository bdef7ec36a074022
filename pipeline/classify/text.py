"""Fold text for matching: lower case, no accents, straight apostrophes, single spaces."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans(
    {"’": "'", "‘": "'", "`": "'", "´": "'", "«": '"', "»": '"', "œ": "oe", "æ": "ae"}
)
_REPLACED = tuple((chr(k), v) for k, v in _APOSTROPHES.items())  # no value holds a key
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=8)  # the rules and the entities fold the same subject and new text
def fold_text(text: str) -> str:
    """What every pattern is matched against: 'Réinitialisé’' becomes "reinitialise'"."""
    lowered = text.lower()
    for old, new in _REPLACED:  # = lowered.translate(_APOSTROPHES), faster on long text
        if old in lowered:
            lowered = lowered.replace(old, new)
    if not lowered.isascii():
        lowered = strip_accents(lowered)
    return " ".join(lowered.split())  # str.split and re's \s agree on what a space is


def strip_accents(text: str) -> str:
    """NFKD without the combining characters, one distinct character at a time.

    The same as on the whole text: decomposing is per character, and the reordering NFKD
    adds only moves combining characters, which all go. A character left by decomposing
    decomposes to itself, so no replacement touches another's output.
    """
    for char in set(_NON_ASCII.findall(text)):
        bare = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        if bare != char:
            text = text.replace(char, bare)
    return text
