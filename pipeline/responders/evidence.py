"""Evidence of a head-of-establishment request, for the person who approves it.

`Authentication-Results` is trusted only when our own MX wrote it (its authserv-id is ours,
and it is the topmost such header); anything a sender forged below it is ignored.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.case import ParsedMail
from pipeline.directory.lookup import OnFile

_RESULT = re.compile(r"^\s*(dkim|spf|dmarc)\s*=\s*([a-z]+)\b(.*)$", re.I | re.S)
_PROP = re.compile(r"\b(header\.d|header\.i|header\.from|smtp\.mailfrom)\s*=\s*([^\s;()]+)", re.I)
LETTER_TYPES = ("application/pdf", "image/")


def read_authentication(mail: ParsedMail, authserv_id: str) -> dict[str, Any]:
    """dkim/spf/dmarc results our MX recorded, and whether each is aligned with From."""
    headers = [" ".join(h.split()) for h in mail.authentication_results]
    from_domain = mail.sender.email.rpartition("@")[2]
    ours = [h for h in headers if h.split(";", 1)[0].lower().split()[:1] == [authserv_id.lower()]]
    if not ours:
        return {"trusted": False, "dkim": "none", "spf": "none", "dmarc": "none",
                "aligned": False, "from_domain": from_domain}
    found: dict[str, Any] = {"trusted": True, "from_domain": from_domain}
    aligned = []
    for part in ours[0].split(";")[1:]:
        match = _RESULT.match(part)
        if not match or match.group(1).lower() in found:
            continue
        method, result = match.group(1).lower(), match.group(2).lower()
        found[method] = result
        domains = [d.rpartition("@")[2].lower() for _, d in _PROP.findall(match.group(3))]
        aligned.append(result == "pass" and any(_aligned(d, from_domain) for d in domains))
    for method in ("dkim", "spf", "dmarc"):
        found.setdefault(method, "none")
    found["aligned"] = found["dmarc"] == "pass" or any(aligned)
    return found


def _aligned(domain: str, from_domain: str) -> bool:
    return domain == from_domain or from_domain.endswith("." + domain)


def gather_evidence(mail: ParsedMail, uai: str | None, on_file: OnFile | None, *,
                    authserv_id: str) -> dict[str, Any]:
    official = on_file.establishment.official_email if on_file else None
    sender = mail.sender.email
    letters = [a.filename or "(sans nom)" for a in mail.attachments
               if a.content_type.lower().startswith(LETTER_TYPES)]
    return {
        "sender": sender,
        "uai": uai,
        "official_email_on_file": official,
        "sender_is_official": bool(official) and sender == official,
        "uai_in_sender": bool(uai) and f"ce.{(uai or '').lower()}@" in sender,
        "authentication": read_authentication(mail, authserv_id),
        "signed_letter": letters,
    }
