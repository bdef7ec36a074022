"""Entities responders need; a UAI whose check letter is wrong is a typo, not a UAI."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.case import Entities, ParsedMail
from pipeline.classify.patterns import Pattern
from pipeline.classify.regions import Regions
from pipeline.classify.text import fold_text

CHECK_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
# 7 digits (a single space allowed between digits) then one letter, not inside a longer number.
_UAI = re.compile(r"(?<![0-9])(\d(?:[ \u00a0]?\d){6})[ \u00a0]?([a-zA-Z])(?![0-9a-zA-Z])")
_UAI_LOOSE = re.compile(r"\d(?:[ \u00a0]?\d){6}[ \u00a0]?[a-zA-Z]")  # wherever _UAI matches
# Words just before a code that say it is not the establishment the request is about.
_FORMER = re.compile(
    r"(ancien|ancienne|precedent|precedente|former|previous|old|quitte|du college|de l'ecole"
    r"|du lycee)\b[^.;:!?]{0,60}$"
)

_NAMED = {
    "esidoc": r"\be-? ?sidoc\b|\.esidoc\.",
    "espace_acheteur": r"\bespace[- ]acheteurs?\b|\bbuyer'?s? space\b",
    "ecoledirecte": r"\becole ?directe\b",
    "ticket_portal": r"\bportail (?:de suivi )?(?:des |de )?tickets?\b|\bticket portal\b"
    r"|\bsupport portal\b",
    "esignature": r"\bsignature electronique\b|\be-?signature\b|\besign\b",
}
_IMPLIED = {
    "esidoc": r"\bbcdi\b|\bcafeyn\b|\beuropresse\b|\buniversalis\b"
    r"|\bportail (?:documentaire|du cdi|cdi)\b",
    "espace_acheteur": r"\bmes marches\b|\badministrat\w+ de (?:la )?structure\b"
    r"|\bcentrale d'achats?\b",
    "ecoledirecte": r"\bcharlemagne\b|\boutils\.exe\b",
}


@dataclass(frozen=True, slots=True)
class Found:
    """Entities plus what the classifier needs to know about how sure they are."""

    entities: Entities
    several_uais: bool = False


def check_letter(digits: str) -> str:
    """The check letter a UAI's seven digits call for."""
    return CHECK_LETTERS[int(digits) % 23]


def is_valid_uai(code: str) -> bool:
    """True when an 8-character code has the check letter its digits call for."""
    code = code.upper()
    return len(code) == 8 and code[:7].isdigit() and code[7] == check_letter(code[:7])


def find_codes(text: str, regions: Regions) -> list[tuple[str, int]]:
    """UAI-shaped codes (upper case, spaces removed) whose prefix is a known département."""
    found: list[tuple[str, int]] = []
    if not _UAI_LOOSE.search(text):  # found far faster: it opens on a digit
        return found
    for m in _UAI.finditer(text):
        code = re.sub(r"\s", "", m.group(1)) + m.group(2).upper()
        if regions.region_of_uai(code):
            found.append((code, m.start()))
    return found


def mistyped_last(codes: list[tuple[str, int]]) -> str | None:
    """The last code named, when its check letter is wrong and no valid code has its digits:
    another school than the valid ones, and likely the one the request is about."""
    last = codes[-1][0] if codes else ""
    if last and not is_valid_uai(last) and all(
            c[:7] != last[:7] for c, _ in codes if is_valid_uai(c)):
        return last
    return None


def choose_uai(codes: list[tuple[str, int]], text: str) -> str | None:
    """Among valid codes in one text, skip those named as the former establishment; last wins.
    None when the last code named is mistyped (mistyped_last): its school's code is unknown."""
    if mistyped_last(codes):
        return None
    valid = [(c, pos) for c, pos in codes if is_valid_uai(c)]
    current = [c for c, pos in valid if not _FORMER.search(fold_text(text[max(0, pos - 80) : pos]))]
    pick = current or [c for c, _ in valid]
    return pick[-1] if pick else None


def extract_entities(mail: ParsedMail, *, regions: Regions) -> Found:
    """UAI (sender address, subject, new text, signature, quoted, then the attachments' names:
    "courrier_0750654D.pdf"), region and platform."""
    names = " ".join(a.filename for a in mail.attachments)
    sources = (mail.sender.email, mail.subject, mail.new_text, mail.signature, mail.quoted, names)
    uai, typo, distinct = None, None, set()
    for text in sources:
        codes = find_codes(text, regions)
        last_typo = mistyped_last(codes)
        distinct |= {c[:7] for c, _ in codes if is_valid_uai(c) or c == last_typo}
        uai = uai or choose_uai(codes, text)
        typo = typo or next((c for c, _ in codes if not is_valid_uai(c)), None)
    region = regions.locate(uai, mail.sender.email)
    platform = find_platform(mail)
    entities = Entities(uai=uai, uai_typo=None if uai else typo, region=region, platform=platform)
    return Found(entities, several_uais=len(distinct) > 1)


def find_platform(mail: ParsedMail) -> str | None:
    """The one product named (else implied) in the subject and new text; None for none or two."""
    own_words = " ".join(filter(None, map(fold_text, (mail.subject, mail.new_text,
                                                      mail.signature))))
    for folded in (own_words, fold_text(mail.quoted)):
        for table in (_NAMED_RE, _IMPLIED_RE):
            hits = {name for name, pattern in table.items() if pattern.found_in(folded)}
            if hits:
                return hits.pop() if len(hits) == 1 else None
    return None


_NAMED_RE = {k: Pattern(v) for k, v in _NAMED.items()}
_IMPLIED_RE = {k: Pattern(v) for k, v in _IMPLIED.items()}
