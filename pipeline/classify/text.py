"""Fold text for matching: lower case, no accents, straight apostrophes, single spaces."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_APOSTROPHES = str.maketrans(
    {"’": "'", "‘": "'", "`": "'", "´": "'", "«": '"', "»": '"', "œ": "oe", "æ": "ae"}
)


def fold_text(text: str) -> str:
    """What every pattern is matched against: 'Réinitialisé’' becomes "reinitialise'"."""
    lowered = text.lower().translate(_APOSTROPHES)
    if not lowered.isascii():
        decomposed = unicodedata.normalize("NFKD", lowered)
        lowered = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", lowered).strip()
