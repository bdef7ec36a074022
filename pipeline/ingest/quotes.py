"""Split a mail body into what the sender wrote now, the quoted history and the signature.

Conventions:
- The quoted history starts at the first reply or forward header (Outlook "De : / From:"
  blocks, "-----Original Message-----", Zimbra "----- Mail original -----", Gmail and
  Thunderbird "Le ... a écrit :" / "On ... wrote:", Apple "Début du message réexpédié :")
  and runs to the end. Without such a header, ">"-prefixed lines are the quote and every
  other line (including answers written between quoted lines) is new text.
- A forward with no words of its own gives new_text "" and the forwarded mail in quoted.
- The signature is what follows a "-- " line, a "Sent from my ..." line, or the name
  block after a sign-off ("Cordialement,", "Best regards,"...). The sign-off line itself
  stays in new_text (the sender wrote it); the lines after it go to signature.
"""

from __future__ import annotations

import re

_SEPARATOR = re.compile(
    r"^\s*(?:"
    r"-{2,}\s*(?:original message|message d'origine|mail original|message original"
    r"|forwarded message|message transf[ée]r[ée]|courriel original)\s*-{2,}"
    r"|d[ée]but du message r[ée]exp[ée]di[ée]\s*:"
    r"|begin forwarded message\s*:"
    r")\s*$",
    re.I,
)
_HEADER_FROM = re.compile(r"^\s*\*?(?:de|from|exp[ée]diteur)\s*\*?\s*:\s*\*?\s*\S", re.I)
_HEADER_OTHER = re.compile(
    r"^\s*\*?(?:envoy[ée]|sent|date|[àa]|to|objet|subject|cc|pour)\s*\*?\s*:", re.I
)
# Every header line of a quoted or forwarded message but its subject: who wrote to whom, and
# when ("> " allowed). The rules read the addresses on these lines as words, not as addresses.
ADDRESS_HEADER_LINE = re.compile(
    r"(?im)^[ \t>]*(?:de|from|envoy[ée]|sent|date|[àa]|to|cc|cci|bcc|r[ée]pondre [àa]|reply-to)"
    r"[ \t]*:.*$")
_ATTRIBUTION_END = re.compile(r"(?:a\s+[ée]crit|wrote|writes|[ée]crit)\s*:?\s*$", re.I)
_ATTRIBUTION_START = re.compile(r"^\s*(?:le|on|am|el)\s", re.I)
_UNDERSCORES = re.compile(r"^\s*_{8,}\s*$")
_SIG_DELIMITER = re.compile(r"^--\s*$")
_SENT_FROM = re.compile(
    r"^\s*(?:envoy[ée] (?:de|depuis) (?:mon|un|l'application)|sent from (?:my|mail for)"
    r"|t[ée]l[ée]charger outlook|get outlook for|obtenir outlook pour)\b",
    re.I,
)
_SIGN_OFF = re.compile(
    r"^\s*(?:(?:bien|tr[èe]s|tr[èe]s bien)\s+)?(?:cordialement|sinc[èe]rement)"
    r"|^\s*(?:bien [àa] vous|bonne (?:journ[ée]e|soir[ée]e|fin de journ[ée]e|semaine))"
    r"|^\s*merci(?: beaucoup| bien)?\s*[,.!]*\s*$"
    r"|^\s*(?:merci (?:d'avance|par avance|beaucoup|pour votre aide)|avec mes remerciements)"
    r"|^\s*(?:(?:mes |nos )?(?:sinc[èe]res |meilleures )?salutations(?: distingu[ée]es)?)"
    r"|^\s*(?:(?:best|kind|warm|many)\s+(?:regards|wishes|thanks)|regards|best|cheers"
    r"|thanks(?: in advance)?|thank you|sincerely|yours sincerely)",
    re.I,
)
_SIGN_OFF_LINE = re.compile(r"^[^\n]{0,60}$")
_MAX_NAME_BLOCK = 12  # lines after a sign-off that can still be a signature

# Cheap supersets of the per-line tests above, run once over "\n" + the whole text so that
# the exact tests run on a few lines only. None may match across a line break. The leading
# "\n" (or the leading character class, written out with every character re.I would fold
# into it) lets the regex engine skip ahead instead of trying every position.
_QUOTE_CANDIDATE = re.compile(
    r"\n[^\S\n]*(?:-{2}|d[ée]but|begin|\*|de|from|exp[ée]|_{8}|le|on|am|el)", re.I
)
_ATTRIBUTION_END_CANDIDATE = re.compile(  # a line _ATTRIBUTION_END can find, and more
    r"[cCwW][rR][iIoO\u0130\u0131][tT](?:[eE][sS\u017f]?)?[^\S\n]*:?[^\S\n]*$", re.M
)
_SIGNATURE_CANDIDATE = re.compile(  # a line starts either a signature or a sign-off, not both
    r"\n(?:(?P<start>--|[^\S\n]*(?:envoy|sent from|t[ée]l[ée]charger|get outlook|obtenir outlook))"
    r"|[^\S\n]*(?:bien|tr[èe]s|cordialement|sinc[èe]r|bonne|merci|avec|mes|nos"
    r"|meilleures|salutations|best|kind|warm|many|regards|cheers|thank|yours))",
    re.I,
)


def split_reply(text: str) -> tuple[str, str, str]:
    """Return (new_text, quoted, signature) of a plain-text body."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    cut = _find_quote_start(text, lines)
    if cut is not None:
        own, quoted = lines[:cut], "\n".join(lines[cut:])
    elif ">" not in text:
        own, quoted = lines, ""
    else:
        own = [ln for ln in lines if not ln.lstrip().startswith(">")]
        quoted = "\n".join(ln for ln in lines if ln.lstrip().startswith(">"))
    new_text, signature = _split_signature(text if own is lines else "\n".join(own), own)
    return new_text, quoted.strip("\n"), signature


def find_quote_start(lines: list[str]) -> int | None:
    """Index of the first line of quoted history, None when no reply header is found."""
    return _find_quote_start("\n".join(lines), lines)


def _find_quote_start(text: str, lines: list[str]) -> int | None:
    """Only lines the candidate patterns find can start the quote: the others are skipped."""
    ends = set(candidate_lines(_ATTRIBUTION_END_CANDIDATE, text))
    for i in sorted(ends.union(candidate_lines(_QUOTE_CANDIDATE, text))):
        line = lines[i]
        if _SEPARATOR.match(line) or _is_header_block(lines, i):
            return i
        if _UNDERSCORES.match(line) and _is_header_block(lines, _next_filled(lines, i + 1)):
            return i
        if _is_attribution(lines, i, ends):
            return i
    return None


def candidate_lines(pattern: re.Pattern[str], text: str) -> list[int]:
    """Indices, in order, of the lines of text (split on "\\n") where pattern finds a match
    in "\\n" + text (a match that starts on a line break belongs to the line after it)."""
    found: list[int] = []
    padded = "\n" + text
    count, last = 0, 0
    for match in pattern.finditer(padded):
        start = match.start() + 1
        count += padded.count("\n", last, start)
        last = start
        if not found or found[-1] != count - 1:
            found.append(count - 1)
    return found


def _is_header_block(lines: list[str], i: int) -> bool:
    if i >= len(lines) or not _HEADER_FROM.match(lines[i]):
        return False
    following = [ln for ln in lines[i + 1 : i + 7] if ln.strip()]
    return sum(bool(_HEADER_OTHER.match(ln)) for ln in following) >= 2


def _is_attribution(lines: list[str], i: int, ends: set[int]) -> bool:
    """ends: the lines _ATTRIBUTION_END_CANDIDATE finds; no other can end an attribution."""
    line = lines[i].strip()
    if len(line) > 250:
        return False
    if i in ends and _ATTRIBUTION_END.search(line):
        return bool(_ATTRIBUTION_START.match(line) or "@" in line or _quote_follows(lines, i))
    if _ATTRIBUTION_START.match(line) and i + 1 in ends:
        joined = f"{line} {lines[i + 1].strip()}"
        return len(joined) < 300 and bool(_ATTRIBUTION_END.search(joined))
    return False


def _quote_follows(lines: list[str], i: int) -> bool:
    j = _next_filled(lines, i + 1)
    return j < len(lines) and lines[j].lstrip().startswith(">")


def _next_filled(lines: list[str], i: int) -> int:
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i


def split_signature(lines: list[str]) -> tuple[str, str]:
    """Split the sender's own lines (none holding a line break) into (new_text, signature)."""
    return _split_signature("\n".join(lines), lines)


def _split_signature(text: str, lines: list[str]) -> tuple[str, str]:
    """text is "\\n".join(lines); only lines _SIGNATURE_CANDIDATE finds are tested."""
    starts: list[int] = []
    sign_offs: list[int] = []
    padded = "\n" + text
    count, last = 0, 0
    for match in _SIGNATURE_CANDIDATE.finditer(padded):
        count += padded.count("\n", last, match.start() + 1)
        last = match.start() + 1
        (starts if match.group("start") else sign_offs).append(count - 1)
    for i in starts:
        if _SIG_DELIMITER.match(lines[i]) or _SENT_FROM.match(lines[i]):
            return _join(lines[:i]), _join(lines[i:])
    for i in reversed(sign_offs):
        if _is_sign_off(lines[i]) and _looks_like_name_block(lines[i + 1 :]):
            return _join(lines[: i + 1]), _join(lines[i + 1 :])
    return text.strip("\n"), ""


def _is_sign_off(line: str) -> bool:
    return bool(_SIGN_OFF_LINE.match(line.strip()) and _SIGN_OFF.match(line))


def _looks_like_name_block(rest: list[str]) -> bool:
    filled = [ln for ln in rest if ln.strip()]
    return len(filled) <= _MAX_NAME_BLOCK and all(len(ln.strip()) <= 100 for ln in filled)


def _join(lines: list[str]) -> str:
    return "\n".join(lines).strip("\n")
