#!/usr/bin/env python3
"""Build the holdout64 blind test corpus (h001.eml ... h150.eml + labels.jsonl).

Theme: the second message of a conversation, September-October 2026, in
Ile-de-France and Provence-Alpes-Cote d'Azur.  About half of the mails answer
one of the desk's automatic replies or a staff member's answer (subject
"Re: [#SUP-0xxxxx] ...", In-Reply-To / References, our earlier mail quoted in
the style of the sender's client); the others are first messages of all kinds,
some of which quote an unrelated older exchange.

Every mail below was written by hand; the script only dresses the texts in
headers, MIME structure and transfer encodings, shuffles them with a fixed
seed, writes the files next to itself and checks its own output.

Standard library only, Python 3.11.  Run:  python3 make_holdout64.py
"""
from __future__ import annotations

import base64
import html
import json
import quopri
import re
import struct
import uuid
import zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime, parseaddr
from pathlib import Path
import random

HERE = Path(__file__).resolve().parent
SEED = 20260964
rng = random.Random(SEED)

DESK_ADDR = "support@assistance.example.fr"
DESK_NAME = "Assistance"
DESK_DOMAIN = "assistance.example.fr"

# ---------------------------------------------------------------- taxonomy
CATEGORIES = [
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
]
# categories whose default action is human_review or ignore: never auto-answered
NEVER_AUTO = {"head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal",
             "esignature", None}
LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform",
              "hard", "lang", "notes"]

# ---------------------------------------------------------------- regions
_REGION_TABLE = {
    "auvergne-rhone-alpes": ("01 03 07 15 26 38 42 43 63 69 73 74",
                             "ac-clermont.fr ac-grenoble.fr ac-lyon.fr"),
    "bourgogne-franche-comte": ("21 25 39 58 70 71 89 90",
                                "ac-besancon.fr ac-dijon.fr"),
    "bretagne": ("22 29 35 56", "ac-rennes.fr"),
    "centre-val-de-loire": ("18 28 36 37 41 45", "ac-orleans-tours.fr"),
    "corse": ("620 720", "ac-corse.fr"),
    "grand-est": ("08 10 51 52 54 55 57 67 68 88",
                  "ac-nancy-metz.fr ac-reims.fr ac-strasbourg.fr"),
    "hauts-de-france": ("02 59 60 62 80", "ac-amiens.fr ac-lille.fr"),
    "ile-de-france": ("75 77 78 91 92 93 94 95",
                      "ac-creteil.fr ac-paris.fr ac-versailles.fr"),
    "normandie": ("14 27 50 61 76", "ac-normandie.fr ac-caen.fr ac-rouen.fr"),
    "nouvelle-aquitaine": ("16 17 19 23 24 33 40 47 64 79 86 87",
                           "ac-bordeaux.fr ac-limoges.fr ac-poitiers.fr"),
    "occitanie": ("09 11 12 30 31 32 34 46 48 65 66 81 82",
                  "ac-montpellier.fr ac-toulouse.fr"),
    "pays-de-la-loire": ("44 49 53 72 85", "ac-nantes.fr"),
    "provence-alpes-cote-d-azur": ("04 05 06 13 83 84",
                                   "ac-aix-marseille.fr ac-nice.fr"),
    "guadeloupe": ("971", "ac-guadeloupe.fr"),
    "martinique": ("972", "ac-martinique.fr"),
    "guyane": ("973", "ac-guyane.fr"),
    "la-reunion": ("974", "ac-reunion.fr"),
    "mayotte": ("976", "ac-mayotte.fr"),
}
DEPT_REGION: dict[str, str] = {}
DOMAIN_REGION: dict[str, str] = {}
for _slug, (_depts, _doms) in _REGION_TABLE.items():
    for _d in _depts.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _m in _doms.split():
        DOMAIN_REGION[_m] = _slug

UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def uai_letter(digits7: str) -> str:
    return UAI_LETTERS[int(digits7) % 23]


def is_valid_uai(code: str) -> bool:
    return (re.fullmatch(r"\d{7}[A-Z]", code or "") is not None
            and code[7] == uai_letter(code[:7]))


def expected_region(uai: str | None, sender: str) -> str | None:
    if uai:
        return DEPT_REGION.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOMAIN_REGION.get(dom)


# ---------------------------------------------------------------- time
def paris(when: str) -> datetime:
    """'2026-09-14 09:12' (Paris wall clock) -> aware datetime."""
    naive = datetime.strptime(when, "%Y-%m-%d %H:%M")
    # summer time ends on Sunday 25 October 2026 at 03:00 local
    cest = naive < datetime(2026, 10, 25, 3, 0)
    return naive.replace(tzinfo=timezone(timedelta(hours=2 if cest else 1)),
                         second=rng.randint(0, 59))


def rfc_date(dt: datetime) -> str:
    return format_datetime(dt)


FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
             "août", "septembre", "octobre", "novembre", "décembre"]
FR_DAYS_ABBR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.",
                  "août", "sept.", "oct.", "nov.", "déc."]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]


def fr_long(dt: datetime) -> str:
    return f"{FR_DAYS[dt.weekday()]} {dt.day} {FR_MONTHS[dt.month - 1]} {dt.year} {dt:%H:%M}"


def en_12h(dt: datetime) -> str:
    h = dt.hour % 12 or 12
    return f"{h}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'}"


# ---------------------------------------------------------------- random ids
def rhex(n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def ralnum(n: int, alphabet: str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def ruuid() -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def rip() -> str:
    net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
    return f"{net}.{rng.randint(2, 250)}"


def lan_ip() -> str:
    return f"192.168.{rng.randint(0, 3)}.{rng.randint(10, 220)}"


_USED_TICKETS: set[str] = set()


def ticket() -> str:
    while True:
        t = f"SUP-0{rng.randint(40000, 69999):05d}"
        if t not in _USED_TICKETS:
            _USED_TICKETS.add(t)
            return t


# ---------------------------------------------------------------- headers
def _q_word(chunk: str, charset: str) -> str:
    out = []
    for b in chunk.encode(charset):
        c = chr(b)
        if c.isascii() and (c.isalnum() or c in "-!*+/"):
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.append(f"={b:02X}")
    return f"=?{charset}?q?{''.join(out)}?="


def enc_header(value: str, charset: str = "utf-8", b64: bool = False) -> str:
    """RFC 2047 encode a header value if needed, folded in several words
    (in the given charset when it can hold the text, else in UTF-8)."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    words, cur = [], ""
    for ch in value:
        cur += ch
        if len(cur) >= (30 if not b64 else 36):
            words.append(cur)
            cur = ""
    if cur:
        words.append(cur)
    if b64:
        enc = [f"=?{charset}?B?{base64.b64encode(w.encode(charset)).decode()}?=" for w in words]
    else:
        enc = [_q_word(w, charset) for w in words]
    return "\n ".join(enc)


def addr(name: str | None, address: str, charset: str = "utf-8", quote: bool = False) -> str:
    if not name:
        return address
    if not name.isascii():
        # one encoded word: the stdlib address parser would put a space between two
        try:
            name.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
        return f"{_q_word(name, charset)} <{address}>"
    if quote or any(c in name for c in ",.;:@()"):
        return f'"{name}" <{address}>'
    return f"{name} <{address}>"


# ---------------------------------------------------------------- MIME
class Part:
    def __init__(self, headers, body):
        self.headers = headers          # list of (name, value)
        self.body = body                # bytes or list[Part]
        self.boundary = None
        self.preamble = ""

    def render(self) -> bytes:
        out = []
        for k, v in self.headers:
            out.append(f"{k}: {v}\n".encode("ascii"))
        out.append(b"\n")
        if self.preamble:
            out.append(self.preamble.encode("ascii") + b"\n")
        if isinstance(self.body, list):
            for p in self.body:
                out.append(f"--{self.boundary}\n".encode())
                out.append(p.render())
                out.append(b"\n")
            out.append(f"--{self.boundary}--\n".encode())
        else:
            out.append(self.body)
        return b"".join(out)


def leaf(ctype: str, payload: bytes, cte: str, extra=()) -> Part:
    """One MIME leaf; ctype is the full Content-Type value."""
    if cte == "quoted-printable":
        body = quopri.encodestring(payload)
    elif cte == "base64":
        body = base64.encodebytes(payload)
    else:
        body = payload
    if not body.endswith(b"\n"):
        body += b"\n"
    return Part([("Content-Type", ctype), ("Content-Transfer-Encoding", cte), *extra], body)


def multi(subtype: str, parts: list[Part], boundary: str, params: str = "",
          preamble: str = "") -> Part:
    p = Part([("Content-Type", f'multipart/{subtype};{params}\n boundary="{boundary}"')], parts)
    p.boundary = boundary
    p.preamble = preamble
    return p


def _png_1x1() -> bytes:
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", 4, 3, 8, 2, 0, 0, 0)
    raw = b"".join(b"\x00" + b"\xee\xee\xee" * 4 for _ in range(3))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def fake_pdf(title: str) -> bytes:
    body = (f"%PDF-1.4\n% {title}\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            "trailer << /Root 1 0 R >>\n%%EOF\n")
    return body.encode("latin-1", "replace")


def attachment(filename: str, ctype: str, data: bytes) -> Part:
    if filename.isascii():
        disp = f'attachment;\n filename="{filename}"'
        ct = f'{ctype};\n name="{filename}"'
    else:
        from urllib.parse import quote
        disp = f"attachment;\n filename*=utf-8''{quote(filename)}"
        ct = f"{ctype};\n name*=utf-8''{quote(filename)}"
    return Part([("Content-Type", ct), ("Content-Disposition", disp),
                 ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data))


# ---------------------------------------------------------------- HTML
def esc(s: str) -> str:
    return html.escape(s, quote=False)


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Aptos;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}}
span.EmailStyle18
	{{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""


def outlook_paras(text: str) -> str:
    out = []
    for line in text.split("\n"):
        if line.strip():
            out.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def divs(text: str) -> str:
    return "\n".join(f"<div>{esc(l)}</div>" if l.strip() else "<div><br></div>"
                     for l in text.split("\n"))


def brs(text: str) -> str:
    return "<br>\n".join(esc(l) for l in text.split("\n"))


def strip_tags(s: str) -> str:
    s = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


# ---------------------------------------------------------------- conversations
class Desk:
    """A message the desk sent earlier (automatic answer or a staff member's)."""

    def __init__(self, subject: str, when: str, text: str, auto: bool = True,
                 to: tuple[str, str] | None = None, ref_style: str = "prefix"):
        self.ticket = ticket()
        if ref_style == "prefix":
            self.subject = f"[#{self.ticket}] {subject}"
        else:
            self.subject = f"Re: {subject} [#{self.ticket}]"
        self.dt = paris(when)
        self.text = text.strip("\n")
        self.msgid = f"<{self.ticket}.{rhex(10)}@{DESK_DOMAIN}>"
        self.name, self.addr = DESK_NAME, DESK_ADDR
        self.auto = auto
        self.to = to
        self.first_msgid = None         # the user's first message, set by build()


class Older:
    """Any earlier message that is quoted: the sender's own first mail, a
    colleague's, an old exchange with somebody else."""

    def __init__(self, name: str, address: str, when: str, subject: str, text: str,
                 to: tuple[str, str] | None = None, msgid: str | None = None):
        self.name, self.addr = name, address
        self.dt = paris(when)
        self.subject = subject
        self.text = text.strip("\n")
        self.to = to
        dom = address.rsplit("@", 1)[1]
        self.msgid = msgid or f"<{ruuid()}@{dom}>"
        self.first_msgid = None


# ---------------------------------------------------------------- clients
def client_msgid(client: str, dom: str) -> str:
    if client == "gmail":
        return f"<CA{ralnum(1, 'BEFGHJKLMNP')}{ralnum(45, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-')}@mail.gmail.com>"
    if client == "outlook":
        return f"<000{rhex(1)}01dc{rhex(4)}${rhex(8)}${rhex(8)}@{dom}>"
    if client in ("o365", "android"):
        pre = rng.choice(["PA", "PR", "MR", "DB", "AM"]) + str(rng.randint(0, 6))
        box = f"{pre}P264MB{rng.randint(1000, 9999)}"
        return f"<{box}{rhex(28).upper()}@{box}.FRAP264.PROD.OUTLOOK.COM>"
    if client == "thunderbird":
        return f"<{ruuid()}@{dom}>"
    if client in ("apple_ios", "apple_mac"):
        return f"<{ruuid().upper()}@{dom}>"
    if client == "zimbra":
        return (f"<{rng.randint(10**8, 2 * 10**9)}.{rng.randint(10**5, 10**6)}."
                f"{rng.randint(1788500000000, 1793400000000)}.JavaMail.zimbra@{dom}>")
    if client == "samsung":
        return f"<{ralnum(6, 'abcdefghijklmnopqrstuvwxyz0123456789')}.{ralnum(14, 'abcdefghijklmnopqrstuvwxyz0123456789')}@email.android.com>"
    if client == "orange":
        return (f"<{rng.randint(10**8, 2 * 10**9)}.{rng.randint(10**4, 10**5)}."
                f"{rng.randint(1788500000000, 1793400000000)}.JavaMail.www@wwinf{rng.randint(1000, 2999)}>")
    if client == "roundcube":
        return f"<{rhex(32)}@{dom}>"
    return f"<{ruuid()}@{dom}>"


def mta_for(dom: str) -> tuple[str, bool]:
    """(hostname of the sender's outgoing server, whether a submission hop is shown)"""
    if dom.startswith("ac-"):
        return f"smtp{rng.randint(1, 5)}.{dom}", True
    if dom in ("gmail.com", "googlemail.com"):
        return f"mail-{rng.choice(['wr1', 'ej1', 'lf1', 'wm1'])}-f{rng.randint(41, 99)}.google.com", False
    if dom in ("orange.fr", "wanadoo.fr"):
        return f"smtp-{rng.randint(10, 30)}.smtp.orange.fr", False
    if dom == "free.fr":
        return f"smtp{rng.randint(1, 9)}-g21.free.fr", False
    if dom == "laposte.net":
        return f"smtp-out-{rng.randint(1, 9)}.laposte.net", False
    if dom in ("outlook.fr", "hotmail.fr", "hotmail.com", "outlook.com"):
        return f"{rng.choice(['PA4', 'MR2', 'DB8'])}P264CU{rng.randint(1, 40):03d}.outbound.protection.outlook.com", False
    return f"mail.{dom}", True


def transport_headers(address: str, dt: datetime, auth: str = "pass",
                      return_path: str | None = None, mta: str | None = None) -> list[tuple[str, str]]:
    dom = address.rsplit("@", 1)[1].lower()
    host, submission = mta_for(dom)
    if mta:
        host, submission = mta, False
    rcv = dt + timedelta(seconds=rng.randint(2, 40))
    h = [("Return-Path", f"<{address if return_path is None else return_path}>"),
         ("Delivered-To", DESK_ADDR),
         ("Received", f"from {host} ({host} [{rip()}])\n\tby mx1.{DESK_DOMAIN} (Postfix) with ESMTPS id {ralnum(15)}\n\tfor <{DESK_ADDR}>; {rfc_date(rcv)} ({'CEST' if rcv.utcoffset() == timedelta(hours=2) else 'CET'})")]
    if auth == "pass":
        h.append(("Authentication-Results", f"mx1.{DESK_DOMAIN};\n\tdkim=pass (2048-bit key) header.d={dom};\n\tspf=pass smtp.mailfrom={dom};\n\tdmarc=pass (p=none dis=none) header.from={dom}"))
    elif auth == "fail":
        h.append(("Authentication-Results", f"mx1.{DESK_DOMAIN};\n\tdkim=none;\n\tspf=fail smtp.mailfrom={dom};\n\tdmarc=fail (p=quarantine dis=none) header.from={dom}"))
    elif auth == "none":
        h.append(("Authentication-Results", f"mx1.{DESK_DOMAIN};\n\tdkim=none;\n\tspf=pass smtp.helo={host};\n\tdmarc=none"))
    else:
        h.append(("Authentication-Results", auth))
    if submission:
        h.append(("Received", f"from [{lan_ip()}] (unknown [{rip()}])\n\tby {host} with ESMTPSA id {rhex(10).upper()}\n\tfor <{DESK_ADDR}>; {rfc_date(dt)}"))
    return h


def reply_prefix(client: str) -> str:
    return "RE: " if client in ("outlook", "o365", "android") else "Re: "


def _to_str(q, user):
    name, address = q.to or user
    return name, address


def quote_header(client: str, lang: str, q, user) -> tuple[list[str], bool]:
    """Attribution lines for a quoted message, and whether the quote uses '>'."""
    dt = q.dt
    w, d, mo, y, hm = dt.weekday(), dt.day, dt.month - 1, dt.year, f"{dt:%H:%M}"
    to_name, to_addr = _to_str(q, user)
    if client == "gmail":
        if lang == "fr":
            return [f"Le {FR_DAYS_ABBR[w]} {d} {FR_MONTHS_ABBR[mo]} {y} à {hm}, {q.name} <{q.addr}> a écrit :"], True
        return [f"On {EN_DAYS[w][:3]}, {d} {EN_MONTHS[mo][:3]} {y} at {hm}, {q.name} <{q.addr}> wrote:"], True
    if client == "thunderbird":
        if lang == "fr":
            return [f"Le {dt:%d/%m/%Y} à {hm}, {q.name} a écrit :"], True
        return [f"On {dt:%d/%m/%Y} {hm}, {q.name} wrote:"], True
    if client == "roundcube":
        return [f"Le {dt:%Y-%m-%d} {hm}, {q.name} a écrit :"], True
    if client in ("apple_ios", "apple_mac"):
        if lang == "fr":
            return [f"Le {d} {FR_MONTHS_ABBR[mo]} {y} à {hm}, {q.name} <{q.addr}> a écrit :"], True
        return [f"On {d} {EN_MONTHS[mo][:3]} {y}, at {hm}, {q.name} <{q.addr}> wrote:"], True
    if client == "outlook":
        if lang == "fr":
            return ["-----Message d'origine-----", f"De : {q.name} <{q.addr}> ",
                    f"Envoyé : {fr_long(dt)}", f"À : {to_name} <{to_addr}>",
                    f"Objet : {q.subject}"], False
        return ["-----Original Message-----", f"From: {q.name} <{q.addr}> ",
                f"Sent: {EN_DAYS[w]}, {d} {EN_MONTHS[mo]} {y} {hm}",
                f"To: {to_name} <{to_addr}>", f"Subject: {q.subject}"], False
    if client == "o365":
        if lang == "fr":
            return ["________________________________", f"De : {q.name} <{q.addr}>",
                    f"Envoyé : {fr_long(dt)}", f"À : {to_name} <{to_addr}>",
                    f"Objet : {q.subject}"], False
        return ["________________________________", f"From: {q.name} <{q.addr}>",
                f"Sent: {EN_DAYS[w]}, {EN_MONTHS[mo]} {d}, {y} {en_12h(dt)}",
                f"To: {to_name} <{to_addr}>", f"Subject: {q.subject}"], False
    if client == "android":
        if lang == "fr":
            return ["________________________________", f"De : {q.name} <{q.addr}>",
                    f"Envoyé : {FR_DAYS[w]}, {FR_MONTHS[mo]} {d}, {y} {en_12h(dt)}",
                    f"À : {to_name} <{to_addr}>", f"Objet : {q.subject}"], False
        return ["________________________________", f"From: {q.name} <{q.addr}>",
                f"Sent: {EN_DAYS[w]}, {EN_MONTHS[mo]} {d}, {y} {en_12h(dt)}",
                f"To: {to_name} <{to_addr}>", f"Subject: {q.subject}"], False
    if client == "zimbra":
        return ["----- Mail original -----", f'De: "{q.name}" <{q.addr}>',
                f'À: "{to_name}" <{to_addr}>',
                f"Envoyé: {FR_DAYS[w].capitalize()} {d} {FR_MONTHS[mo].capitalize()} {y} {dt:%H:%M:%S}",
                f"Objet: {q.subject}"], False
    if client == "samsung":
        off = "+02:00" if dt.utcoffset() == timedelta(hours=2) else "+01:00"
        return ["", "", "-------- Message d'origine --------", f"De : {q.name} <{q.addr}> ",
                f"Date : {dt:%d/%m/%Y} {hm} (GMT{off}) ", f"À : {to_addr} ",
                f"Objet : {q.subject} ", ""], False
    if client == "orange":
        return [f"> Message du {dt:%d/%m/%y} {hm}", f'> De : "{q.name}" <{q.addr}>',
                f"> A : {to_addr}", "> Copie à : ", f"> Objet : {q.subject}", ">"], True
    raise ValueError(client)


def quoted_plain(client: str, lang: str, q, user) -> str:
    attr, gt = quote_header(client, lang, q, user)
    lines = q.text.split("\n")
    if client in ("apple_ios", "apple_mac"):
        body = [f"> {attr[0]}", "> "] + [f"> {l}" if l else ">" for l in lines]
        return "\n".join(body)
    if client == "orange":
        return "\n".join(attr + [f"> {l}" if l else ">" for l in lines])
    if gt:
        return "\n".join(attr + [f"> {l}" if l else ">" for l in lines])
    return "\n".join(attr + [""] + lines)


def quoted_html(client: str, lang: str, q, user) -> str:
    attr, _ = quote_header(client, lang, q, user)
    attr = [a for a in attr if a.strip(">").strip()]
    if client == "gmail":
        return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                f"{esc(attr[0])}<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
                f"border-left:1px solid rgb(204,204,204);padding-left:1ex\">\n{divs(q.text)}\n</blockquote></div>")
    if client in ("outlook", "o365", "android"):
        hdr = []
        for a in attr[1:]:
            k, _, v = a.partition(":")
            hdr.append(f"<b>{esc(k.strip())}&nbsp;:</b> {esc(v.strip())}" if lang == "fr"
                       else f"<b>{esc(k.strip())}:</b> {esc(v.strip())}")
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                f'<p class="MsoNormal">{"<br>".join(hdr)}<o:p></o:p></p>\n</div>\n'
                '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + outlook_paras(q.text))
    if client == "zimbra":
        rows = "".join(f"<b>{esc(a.split(':', 1)[0])}: </b>{esc(a.split(':', 1)[1].strip())}<br>" for a in attr[1:])
        bq = ('style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;color:#000;'
              'font-weight:normal;font-style:normal;text-decoration:none;font-family:Helvetica,Arial,sans-serif;font-size:12pt;"')
        return (f'<div><br></div><hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__">'
                f'<blockquote {bq}>{rows}</blockquote></div><div data-marker="__QUOTED_TEXT__">'
                f'<blockquote {bq}>\n{divs(q.text)}\n</blockquote></div>')
    if client == "apple_mac":
        return (f'<div><br><blockquote type="cite"><div>{esc(attr[0])}</div><br class="Apple-interchange-newline">'
                f"\n{divs(q.text)}\n</blockquote></div>")
    if client == "samsung":
        rows = "".join(f"<div>{esc(a.strip())}</div>" for a in attr if a.strip())
        return (f'<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">'
                f"{rows}</div>{brs(q.text)}")
    if client == "orange":
        rows = "<br>".join(esc(a.lstrip("> ")) for a in attr)
        return (f'<br><blockquote style="border-left:2px solid #000090;padding-left:5px;margin-left:5px">'
                f"{rows}<br><br>{brs(q.text)}</blockquote>")
    return "<br><blockquote>" + brs(quoted_plain(client, lang, q, user)) + "</blockquote>"


MOBILE_SIG = {
    ("apple_ios", "fr"): "Envoyé de mon iPhone",
    ("apple_ios", "en"): "Sent from my iPhone",
    ("samsung", "fr"): "Envoyé depuis mon smartphone Samsung Galaxy.",
    ("samsung", "en"): "Sent from my Galaxy",
    ("android", "fr"): "Obtenir Outlook pour Android",
    ("android", "en"): "Get Outlook for Android",
}


def html_wrap(client: str, lang: str, new_text: str, quote_html: str, charset: str) -> str:
    if client in ("outlook", "o365", "android"):
        return (OUTLOOK_HEAD.format(charset=charset, lang="FR" if lang == "fr" else "EN-GB")
                + outlook_paras(new_text) + "\n" + quote_html + "\n</div>\n</body>\n</html>\n")
    if client == "gmail":
        return f'<div dir="ltr">\n{divs(new_text)}\n</div>{quote_html}\n'
    if client == "zimbra":
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                f"\n{divs(new_text)}\n{quote_html}</div></body></html>\n")
    if client == "apple_mac":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                f"\n{divs(new_text)}\n{quote_html}</body></html>\n")
    if client == "samsung":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
                f'<div dir="auto">{brs(new_text)}</div>{quote_html}</body></html>\n')
    return f"<html><head></head><body>\n<p>{brs(new_text)}</p>{quote_html}\n</body></html>\n"


CLIENT_HEADERS = {
    "outlook": lambda lang: [("X-Mailer", "Microsoft Outlook 16.0"),
                             ("Thread-Index", base64.b64encode(bytes(rng.getrandbits(8) for _ in range(22))).decode()),
                             ("Content-Language", "fr" if lang == "fr" else "en-gb")],
    "o365": lambda lang: [("Thread-Index", base64.b64encode(bytes(rng.getrandbits(8) for _ in range(22))).decode()),
                          ("Accept-Language", "fr-FR, en-US" if lang == "fr" else "en-GB, en-US"),
                          ("Content-Language", "fr-FR" if lang == "fr" else "en-GB"),
                          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    "android": lambda lang: [("Accept-Language", "fr-FR, en-US" if lang == "fr" else "en-GB, en-US"),
                             ("Content-Language", "fr-FR" if lang == "fr" else "en-GB")],
    "thunderbird": lambda lang: [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101\n Thunderbird/128.2.3"),
                                 ("Content-Language", "fr" if lang == "fr" else "en-GB")],
    "apple_ios": lambda lang: [("X-Mailer", "iPhone Mail (22A3354)")],
    "apple_mac": lambda lang: [("X-Mailer", "Apple Mail (2.3826.700.81)")],
    "zimbra": lambda lang: [("X-Originating-IP", f"[10.{rng.randint(1, 250)}.{rng.randint(1, 250)}.{rng.randint(1, 250)}]"),
                            ("X-Mailer", "Zimbra 10.0.9_GA_4667 (ZimbraWebClient - FF130 (Win)/10.0.9_GA_4667)")],
    "gmail": lambda lang: [],
    "samsung": lambda lang: [("X-Mailer", "Samsung Email 6.1.97.2")],
    "orange": lambda lang: [("X-Originating-IP", f"[{rip()}]"), ("X-WUM-FROM", "|~|"), ("X-WUM-TO", "|~|")],
    "roundcube": lambda lang: [("User-Agent", "Roundcube Webmail/1.6.9")],
}


def _encode_text(text: str, charset: str) -> bytes:
    return text.encode(charset)


def build(m: dict) -> bytes:
    client = m.get("client", "thunderbird")
    lang = m.get("lang", "fr")
    name, address = m["frm"]
    dom = address.rsplit("@", 1)[1].lower()
    dt = paris(m["date"])
    quote = m.get("quote")
    thread = m.get("thread", quote if isinstance(quote, Desk) else None)
    threading = m.get("threading", "full")
    user = (name, address)

    # ---- subject and thread headers
    subject = m.get("subject")
    if subject is None:
        if thread is not None and re.match(r"(?i)re ?: ", thread.subject):
            subject = reply_prefix(client) + re.sub(r"(?i)^re ?: ", "", thread.subject)
        elif thread is not None:
            subject = reply_prefix(client) + thread.subject
        else:
            raise ValueError("subject needed")
    msgid = m.get("msgid") or client_msgid(client, dom)
    irt = refs = None
    if thread is not None and threading != "none":
        if thread.first_msgid is None:
            thread.first_msgid = m.get("first_msgid") or client_msgid(client, dom)
        extra_refs = m.get("extra_refs", [])
        irt = extra_refs[-1] if extra_refs else thread.msgid
        chain = [thread.first_msgid] if isinstance(thread, Desk) else []
        chain.append(thread.msgid)
        chain += extra_refs
        refs = "\n ".join(chain)
    if threading == "irt_only" and thread is not None:
        refs = None

    # ---- text
    new_text = m["text"].strip("\n")
    sig = MOBILE_SIG.get((client, lang))
    if sig and not m.get("nosig"):
        new_text += "\n\n" + sig
    plain = new_text
    qhtml = ""
    if quote is not None:
        plain = new_text + "\n\n" + quoted_plain(client, lang, quote, user)
        qhtml = quoted_html(client, lang, quote, user)
    plain += "\n"

    # ---- charset / encodings
    default_charset = {"o365": "iso-8859-1", "android": "utf-8"}.get(client, "utf-8")
    charset = m.get("charset", default_charset)
    try:
        plain.encode(charset)
    except UnicodeEncodeError:
        if "charset" in m:
            raise
        charset = "utf-8"
    default_cte = {"thunderbird": "8bit", "samsung": "base64", "android": "base64"}.get(client, "quoted-printable")
    cte = m.get("cte", default_cte)
    if cte == "8bit" and plain.isascii():
        cte = "7bit"
    cs_label = charset.upper() if client in ("gmail", "thunderbird", "roundcube") else charset

    if client == "thunderbird" or client == "roundcube":
        ptype = f"text/plain; charset={cs_label}; format=flowed"
    elif client == "gmail":
        ptype = f'text/plain; charset="{cs_label}"'
    elif client in ("outlook", "o365", "android", "orange"):
        ptype = f'text/plain; charset="{charset}"'
    else:
        ptype = f"text/plain; charset={charset}"
    htype = f'text/html; charset="{charset}"' if client != "zimbra" else f"text/html; charset={charset}"

    html_only = m.get("html_only", False)
    plain_only = m.get("plain_only", client in ("thunderbird", "apple_ios", "roundcube"))
    hbody = html_wrap(client, lang, new_text, qhtml, charset)

    if html_only:
        root = leaf(htype, _encode_text(hbody, charset), m.get("cte", "quoted-printable"))
    elif plain_only:
        root = leaf(ptype, _encode_text(plain, charset), cte)
    else:
        if client == "gmail":
            bnd = "000000000000" + rhex(16)
        elif client == "outlook":
            bnd = f"----=_NextPart_000_{rhex(4).upper()}_01DC{rhex(4).upper()}.{rhex(8).upper()}"
        elif client in ("o365", "android"):
            bnd = f"_000_{ralnum(34, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}_"
        elif client == "apple_mac":
            bnd = f"Apple-Mail=_{ruuid().upper()}"
        elif client == "zimbra":
            bnd = f"=_{ruuid()}"
        elif client == "samsung":
            bnd = f"--_com.samsung.android.email_{rng.randint(10**14, 10**15)}"
        else:
            bnd = f"----=_Part_{rng.randint(100000, 999999)}_{rng.randint(10**8, 10**9)}.{rng.randint(1788500000000, 1793400000000)}"
        hcte = "base64" if cte == "base64" else "quoted-printable"
        pcte = cte if cte != "7bit" else "7bit"
        root = multi("alternative", [leaf(ptype, _encode_text(plain, charset), pcte),
                                     leaf(htype, _encode_text(hbody, charset), hcte)], bnd)

    atts = m.get("attach", [])
    if atts:
        mb = (f"----=_NextPart_000_{rhex(4).upper()}_01DC{rhex(4).upper()}.{rhex(8).upper()}"
              if client == "outlook" else "=_mixed_" + rhex(24))
        root = multi("mixed", [root] + [attachment(*a) for a in atts], mb)

    # ---- headers
    hdrs = transport_headers(address, dt, m.get("auth", "pass"), m.get("return_path"), m.get("mta"))
    hdrs.append(("From", m.get("from_header") or addr(name, address, "utf-8" if charset == "utf-8" else charset)))
    to = m.get("to") or [(DESK_NAME, DESK_ADDR)]
    hdrs.append(("To", ", ".join(addr(n, a) for n, a in to)))
    if m.get("cc"):
        hdrs.append(("Cc", ",\n ".join(addr(n, a) for n, a in m["cc"])))
    if m.get("reply_to"):
        hdrs.append(("Reply-To", addr(*m["reply_to"])))
    hdrs.append(("Subject", enc_header(subject, "utf-8" if charset not in ("iso-8859-1", "windows-1252") else charset,
                                       b64=client in ("samsung", "android"))))
    if client in ("o365", "android"):
        hdrs.append(("Thread-Topic", enc_header(re.sub(r"^(RE|Re|TR|Fwd|AW): ", "", subject),
                                                "utf-8" if charset == "utf-8" else charset)))
    date_dt = dt.astimezone(timezone.utc) if client in ("o365", "android") else dt
    hdrs.append(("Date", rfc_date(date_dt)))
    hdrs.append(("Message-ID", msgid))
    if irt:
        hdrs.append(("In-Reply-To", irt))
    if refs:
        hdrs.append(("References", refs))
    hdrs.append(("MIME-Version", "1.0 (1.0)" if client == "apple_ios" else "1.0"))
    hdrs += CLIENT_HEADERS[client](lang)
    hdrs += m.get("extra", [])
    return finish(hdrs, root)


def finish(hdrs: list[tuple[str, str]], root: Part) -> bytes:
    head = "".join(f"{k}: {v}\n" if v != "" else f"{k}: \n" for k, v in hdrs).encode("ascii")
    data = head + root.render()
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


# ---------------------------------------------------------------- machine mail
def desk_rfc822(desk: Desk, rcpt_name: str, rcpt: str, headers_only: bool = False) -> bytes:
    """Our own earlier message, as it is returned inside a bounce."""
    h = [("From", addr(DESK_NAME, DESK_ADDR)), ("To", addr(rcpt_name, rcpt)),
         ("Subject", enc_header(desk.subject)), ("Date", rfc_date(desk.dt)),
         ("Message-ID", desk.msgid)]
    if desk.first_msgid:
        h += [("In-Reply-To", desk.first_msgid), ("References", desk.first_msgid)]
    if desk.auto:
        h.append(("Auto-Submitted", "auto-replied"))
    h.append(("MIME-Version", "1.0"))
    if headers_only:
        h.append(("Content-Type", 'text/plain; charset="utf-8"'))
        return "".join(f"{k}: {v}\n" for k, v in h).encode("ascii")
    body = leaf('text/plain; charset="utf-8"', (desk.text + "\n").encode(), "quoted-printable")
    return "".join(f"{k}: {v}\n" for k, v in h).encode("ascii") + body.render()


def bounce_postfix(m: dict) -> bytes:
    desk: Desk = m["desk"]
    host = m["host"]
    rcpt, rname = m["rcpt"], m.get("rcpt_name", "")
    desk.first_msgid = desk.first_msgid or f"<{ruuid()}@{rcpt.rsplit('@', 1)[1]}>"
    dt = paris(m["date"])
    qid = ralnum(12, "0123456789ABCDEFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")
    bnd = f"{qid}.{int(dt.timestamp())}/{host}"
    notice = (f"This is the mail system at host {host}.\n\n"
              "I'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients. It's attached below.\n\n"
              "For further assistance, please send mail to postmaster.\n\n"
              "If you do so, please include this problem report. You can\n"
              "delete your own text from the attached returned message.\n\n"
              "                   The mail system\n\n"
              f"<{rcpt}>: {m['diag_text']}\n")
    status = (f"Reporting-MTA: dns; {host}\nX-Postfix-Queue-ID: {qid}\n"
              f"X-Postfix-Sender: rfc822; {DESK_ADDR}\n"
              f"Arrival-Date: {rfc_date(dt - timedelta(seconds=3))}\n\n"
              f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\n"
              f"Action: failed\nStatus: {m['status']}\n"
              f"{m['diag_code']}\n")
    root = multi("report", [
        leaf('text/plain; charset="us-ascii"', notice.encode(), "7bit", [("Content-Description", "Notification")]),
        Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status.encode()),
        Part([("Content-Type", "message/rfc822"), ("Content-Description", "Undelivered Message")],
             desk_rfc822(desk, rname, rcpt)),
    ], bnd, " report-type=delivery-status;", preamble="This is a MIME-encapsulated message.\n")
    hdrs = transport_headers(f"MAILER-DAEMON@{host}", dt, "none", return_path="", mta=host)
    hdrs += [("From", f"Mail Delivery System <MAILER-DAEMON@{host}>"), ("To", addr(DESK_NAME, DESK_ADDR)),
             ("Subject", "Undelivered Mail Returned to Sender"), ("Date", rfc_date(dt)),
             ("Message-ID", f"<{dt:%Y%m%d%H%M%S}.{qid}@{host}>"),
             ("MIME-Version", "1.0"), ("Auto-Submitted", "auto-replied")]
    return finish(hdrs, root)


def ndr_exchange_fr(m: dict) -> bytes:
    desk: Desk = m["desk"]
    rcpt, rname = m["rcpt"], m.get("rcpt_name", "")
    tenant = m["tenant"]
    desk.first_msgid = desk.first_msgid or client_msgid("o365", rcpt.rsplit("@", 1)[1])
    dt = paris(m["date"])
    text = (f"Impossible de remettre votre message à {rcpt}\n\n"
            f"{m['reason']}\n\n"
            "Action requise                                                            Destinataire\n"
            f"{m['action']}                                   {rcpt}\n\n"
            "Comment résoudre ce problème\n\n"
            f"{m['fix']}\n\n"
            "Plus d'informations pour les administrateurs de messagerie\n\n"
            f"Serveur ayant généré l'erreur : {m['server']}\n"
            f"{rcpt}\nRemote server returned '{m['remote']}'\n")
    htmlt = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
             f"<div style=\"font-family:'Segoe UI',sans-serif;font-size:16pt;color:#000000\">Impossible de remettre votre message à "
             f"<a href=\"mailto:{rcpt}\">{rcpt}</a></div><br><div>{esc(m['reason'])}</div><br>"
             f"<div><b>Comment résoudre ce problème</b></div><div>{esc(m['fix'])}</div>"
             f"<div style=\"font-size:9pt\">Serveur ayant généré l'erreur : {m['server']}<br>{esc(m['remote'])}</div>"
             "</body></html>\n")
    alt = multi("alternative", [leaf('text/plain; charset="utf-8"', text.encode(), "quoted-printable"),
                                leaf('text/html; charset="utf-8"', htmlt.encode(), "quoted-printable")],
                f"_002_{ralnum(30, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}_")
    status = (f"Reporting-MTA: dns;{m['server']}\nReceived-From-MTA: dns;mx1.{DESK_DOMAIN}\n"
              f"Arrival-Date: {rfc_date(dt.astimezone(timezone.utc) - timedelta(seconds=2))}\n\n"
              f"Original-Recipient: rfc822;{rcpt}\nFinal-Recipient: rfc822;{rcpt}\n"
              f"Action: failed\nStatus: {m['status']}\nRemote-MTA: dns;{m['server']}\n"
              f"X-Display-Name: {rname}\n")
    root = multi("report", [
        alt,
        Part([("Content-Type", "message/delivery-status")], status.encode()),
        Part([("Content-Type", "text/rfc822-headers")], desk_rfc822(desk, rname, rcpt, headers_only=True)),
    ], f"_000_{ralnum(30, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}_", " report-type=delivery-status;")
    sender = f"postmaster@{tenant}"
    hdrs = transport_headers(sender, dt, "none", return_path="",
                             mta=f"{rng.choice(['PA4', 'MR2', 'DB8'])}P264CU{rng.randint(1, 40):03d}.outbound.protection.outlook.com")
    hdrs += [("From", f"Microsoft Outlook\n <{sender}>"), ("To", addr(DESK_NAME, DESK_ADDR)),
             ("Subject", enc_header(f"Non remis : {desk.subject}")), ("Date", rfc_date(dt.astimezone(timezone.utc))),
             ("Message-ID", client_msgid("o365", tenant)), ("In-Reply-To", desk.msgid), ("References", desk.msgid),
             ("Thread-Topic", enc_header(desk.subject)), ("Content-Language", "fr-FR"),
             ("X-MS-Exchange-Message-Is-Ndr", ""), ("MIME-Version", "1.0"), ("Auto-Submitted", "auto-replied")]
    return finish(hdrs, root)


def dsn_gmail(m: dict) -> bytes:
    desk: Desk = m["desk"]
    rcpt, rname = m["rcpt"], m.get("rcpt_name", "")
    desk.first_msgid = desk.first_msgid or client_msgid("gmail", "gmail.com")
    dt = paris(m["date"])
    text = ("\n** Address not found **\n\n"
            f"Your message wasn't delivered to {rcpt} because the address couldn't be found, "
            "or is unable to receive mail.\n\n"
            "Learn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
            "The response was:\n\n"
            f"550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser {ralnum(20)}.{ralnum(3)} - gsmtp\n")
    status = (f"Reporting-MTA: dns; googlemail.com\nArrival-Date: {rfc_date(dt)}\n"
              f"X-Original-Message-ID: {desk.msgid}\n\n"
              f"Final-Recipient: rfc822; {rcpt}\nAction: failed\nStatus: 5.1.1\n"
              f"Remote-MTA: dns; gmail-smtp-in.l.google.com. ({rip()}, the server for the domain gmail.com.)\n"
              f"Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\n"
              f"Last-Attempt-Date: {rfc_date(dt)}\n")
    root = multi("report", [
        multi("related", [leaf('text/plain; charset="UTF-8"', text.encode(), "quoted-printable")], "0000000000" + rhex(18)),
        Part([("Content-Type", "message/delivery-status")], status.encode()),
        Part([("Content-Type", "text/rfc822-headers")], desk_rfc822(desk, rname, rcpt, headers_only=True)),
    ], "0000000000" + rhex(18), " report-type=delivery-status;")
    hdrs = transport_headers("mailer-daemon@googlemail.com", dt, "none", return_path="",
                             mta=f"mail-sor-f{rng.randint(41, 99)}.google.com")
    hdrs += [("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
             ("To", DESK_ADDR), ("Auto-Submitted", "auto-replied"),
             ("Subject", "Delivery Status Notification (Failure)"),
             ("References", desk.msgid), ("In-Reply-To", desk.msgid),
             ("X-Failed-Recipients", rcpt), ("Message-ID", client_msgid("gmail", "gmail.com")),
             ("Date", rfc_date(dt.astimezone(timezone(timedelta(hours=-7))))),
             ("MIME-Version", "1.0")]
    return finish(hdrs, root)


def dsn_delay(m: dict) -> bytes:
    desk: Desk = m["desk"]
    rcpt, rname = m["rcpt"], m.get("rcpt_name", "")
    desk.first_msgid = desk.first_msgid or f"<{ruuid()}@{rcpt.rsplit('@', 1)[1]}>"
    host = f"relay.{DESK_DOMAIN}"
    dt = paris(m["date"])
    qid = ralnum(12, "0123456789ABCDEF")
    notice = (f"This is the mail system at host {host}.\n\n"
              "####################################################################\n"
              "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
              "####################################################################\n\n"
              "Your message could not be delivered for more than 4 hour(s).\n"
              "It will be retried until it is 5 day(s) old.\n\n"
              "For further assistance, please send mail to postmaster.\n\n"
              "                   The mail system\n\n"
              f"<{rcpt}>: {m['diag_text']}\n")
    status = (f"Reporting-MTA: dns; {host}\nX-Postfix-Queue-ID: {qid}\n"
              f"X-Postfix-Sender: rfc822; {DESK_ADDR}\n"
              f"Arrival-Date: {rfc_date(dt - timedelta(hours=4, minutes=2))}\n\n"
              f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\n"
              f"Action: delayed\nStatus: 4.4.1\n"
              f"Diagnostic-Code: X-Postfix; {m['diag_text']}\n"
              f"Will-Retry-Until: {rfc_date(dt + timedelta(days=5))}\n")
    root = multi("report", [
        leaf('text/plain; charset="us-ascii"', notice.encode(), "7bit", [("Content-Description", "Notification")]),
        Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status.encode()),
        Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
             desk_rfc822(desk, rname, rcpt, headers_only=True)),
    ], f"{qid}.{int(dt.timestamp())}/{host}", " report-type=delivery-status;",
        preamble="This is a MIME-encapsulated message.\n")
    hdrs = [("Return-Path", "<>"), ("Delivered-To", DESK_ADDR),
            ("Received", f"by {host} (Postfix)\n\tid {qid}; {rfc_date(dt)}"),
            ("From", f"Mail Delivery System <MAILER-DAEMON@{host}>"), ("To", DESK_ADDR),
            ("Subject", "Delayed Mail (still being retried)"), ("Date", rfc_date(dt)),
            ("Message-ID", f"<{qid}.{rhex(6)}@{host}>"), ("MIME-Version", "1.0"),
            ("Auto-Submitted", "auto-replied")]
    return finish(hdrs, root)


def mdn_outlook(m: dict) -> bytes:
    """Outlook read receipt ('Lu :') or 'Non lu :' notice, in French."""
    desk: Desk = m["desk"]
    name, address = m["frm"]
    dom = address.rsplit("@", 1)[1]
    desk.first_msgid = desk.first_msgid or client_msgid("outlook", dom)
    dt = paris(m["date"])
    unread = m.get("unread", False)
    sent = desk.dt
    tz = "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris"
    if unread:
        text = (f"Votre message\n\n  À : {name}\n  Objet : {desk.subject}\n"
                f"  Envoyé : {fr_long(sent)}:{sent:%S} {tz}\n\n"
                f"a été supprimé sans avoir été lu le {fr_long(dt)}:{dt:%S} {tz}.\n")
        disp = "manual-action/MDN-sent-manually; deleted"
        subj = f"Non lu : {desk.subject}"
    else:
        text = (f"Votre message\n\n  À : {name}\n  Objet : {desk.subject}\n"
                f"  Envoyé : {fr_long(sent)}:{sent:%S} {tz}\n\n"
                f"a été lu le {fr_long(dt)}:{dt:%S} {tz}.\n")
        disp = "manual-action/MDN-sent-manually; displayed"
        subj = f"Lu : {desk.subject}"
    bnd = f"----=_NextPart_000_{rhex(4).upper()}_01DC{rhex(4).upper()}.{rhex(8).upper()}"
    mdn = (f"Reporting-UA: {m.get('ua_host', 'CDI-PC02')}; Microsoft Outlook 16.0\n"
           f"Final-Recipient: rfc822;{address}\nOriginal-Message-ID: {desk.msgid}\n"
           f"Disposition: {disp}\n")
    root = multi("report", [
        leaf('text/plain; charset="iso-8859-1"', text.encode("iso-8859-1"), "quoted-printable"),
        Part([("Content-Type", "message/disposition-notification")], mdn.encode()),
    ], bnd, " report-type=disposition-notification;")
    hdrs = transport_headers(address, dt, "pass")
    hdrs += [("From", addr(name, address, "iso-8859-1")), ("To", addr(DESK_NAME, DESK_ADDR)),
             ("Subject", enc_header(subj, "iso-8859-1")), ("Date", rfc_date(dt)),
             ("Message-ID", client_msgid("outlook", dom)), ("In-Reply-To", desk.msgid),
             ("References", desk.msgid), ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"),
             ("Thread-Index", base64.b64encode(bytes(rng.getrandbits(8) for _ in range(22))).decode()),
             ("Content-Language", "fr")]
    return finish(hdrs, root)


def mdn_thunderbird(m: dict) -> bytes:
    desk: Desk = m["desk"]
    name, address = m["frm"]
    dom = address.rsplit("@", 1)[1]
    desk.first_msgid = desk.first_msgid or client_msgid("thunderbird", dom)
    dt = paris(m["date"])
    text = (f"Ceci est un accusé de réception pour le courrier que vous avez envoyé à {name} <{address}>.\n\n"
            "Note : cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur "
            "du destinataire. Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.\n")
    mdn = (f"Reporting-UA: {dom}; Thunderbird 128.2.3\nFinal-Recipient: rfc822;{address}\n"
           f"Original-Message-ID: {desk.msgid}\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    bnd = "------------" + ralnum(24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    root = multi("report", [
        leaf("text/plain; charset=UTF-8", text.encode(), "8bit"),
        Part([("Content-Type", "message/disposition-notification; name=\"MDNPart2.txt\""),
              ("Content-Disposition", "inline")], mdn.encode()),
        Part([("Content-Type", "text/rfc822-headers; name=\"MDNPart3.txt\""), ("Content-Transfer-Encoding", "7bit"),
              ("Content-Disposition", "inline")], desk_rfc822(desk, name, address, headers_only=True)),
    ], bnd, " report-type=disposition-notification;", preamble="This is a multi-part message in MIME format.")
    hdrs = transport_headers(address, dt, "pass")
    hdrs += [("Message-ID", client_msgid("thunderbird", dom)), ("Date", rfc_date(dt)), ("MIME-Version", "1.0"),
             ("From", addr(name, address)), ("To", DESK_ADDR),
             ("Subject", enc_header(f"Accusé de réception (affiché) - {desk.subject}")),
             ("In-Reply-To", desk.msgid), ("References", desk.msgid),
             ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101\n Thunderbird/128.2.3")]
    return finish(hdrs, root)


# ---------------------------------------------------------------- desk texts
def t_reset_file(mask: str) -> str:
    return f"""Bonjour,

Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
enregistrée pour votre établissement ({mask}). Il est valable 12 heures.

Si ce message ne vous parvient pas, répondez simplement à ce mail.

Cordialement,
L'équipe d'assistance"""


def t_reset_official(dom: str) -> str:
    return f"""Bonjour,

Le lien de réinitialisation a été envoyé à l'adresse académique de votre
établissement (ce.*******@{dom}). Il est valable 12 heures.

Si personne ne peut consulter cette boîte, votre chef d'établissement doit
nous demander la réinitialisation par écrit, en répondant à ce message.

Cordialement,
L'équipe d'assistance"""


T_HEAD_PROCEDURE = """Bonjour,

Nous ne pouvons envoyer un lien de réinitialisation qu'à l'adresse enregistrée
sur le compte ou à l'adresse officielle de l'établissement, et votre message
ne vient d'aucune des deux.

Pour aller plus loin, le chef d'établissement doit nous adresser sa demande
par écrit : un message envoyé depuis l'adresse officielle de l'établissement,
ou un courrier signé joint à ce fil. Un membre de l'équipe la traitera.

Cordialement,
L'équipe d'assistance"""

T_JUNK = """Bonjour,

Les messages automatiques de la plateforme partent d'une adresse no-reply et
arrivent parfois dans les courriers indésirables. Vérifiez ce dossier ; si le
message s'y trouve, marquez-le comme légitime et ajoutez l'expéditeur à vos
contacts, puis redemandez l'envoi.

Sans nouvelles sous 48 heures, répondez à ce message : nous transmettrons
votre demande à l'équipe de votre région.

Cordialement,
L'équipe d'assistance"""

T_JUNK_EN = """Hello,

Our automatic messages are sent from a no-reply address and sometimes end up
in the junk folder. Please check it; if the message is there, mark it as
safe and add the sender to your contacts, then request it again.

If nothing has arrived within 48 hours, reply to this message and we will
pass your request on to the team for your region.

Kind regards,
The support team"""

T_MIB = """Bonjour,

Votre messagerie semble protégée par MailInBlack, qui retient les messages
des expéditeurs inconnus. Voici la marche à suivre :
1. dans votre espace MailInBlack (ou depuis le message de quarantaine),
   autorisez durablement l'adresse no-reply de la plateforme, et pas
   seulement « ce message » ;
2. redemandez ensuite l'envoi du mail (activation ou mot de passe).

Le guide complet : https://assistance.example.fr/faq/mailinblack

Si les messages restent bloqués, répondez à ce mail : nous transmettrons à
l'équipe de votre région, qui prendra contact avec votre service informatique.

Cordialement,
L'équipe d'assistance"""

T_MIB_EN = """Hello,

Your mailbox appears to be protected by MailInBlack, which holds mail from
unknown senders. Please allow the platform's no-reply address permanently in
your MailInBlack space (not only "this message"), then request the email again.

Full guide: https://assistance.example.fr/faq/mailinblack

If messages are still held after that, reply to this email and we will ask
the team for your region to contact your IT department.

Kind regards,
The support team"""

T_72H = """Bonjour,

Un abonnement commandé est activé au plus tard 72 heures après la
vérification de la commande. Pour une première souscription, pensez ensuite à
activer puis publier la ressource depuis le back office de votre portail.

Si la ressource n'apparaît toujours pas passé ce délai, répondez à ce message.

Cordialement,
L'équipe d'assistance"""

T_ACCOUNT_WAIT = """Bonjour,

Un compte créé sur l'Espace Acheteur doit être validé par l'administrateur de
votre structure avant la première connexion. Tant que ce n'est pas fait, la
connexion est refusée. Demandez-lui de valider votre compte depuis son tableau
de bord, rubrique « Utilisateurs ».

Cordialement,
L'équipe d'assistance"""


def t_reset_file_en(mask: str) -> str:
    return f"""Hello,

A password reset link has been sent to the address we hold for your school
({mask}). It is valid for 12 hours.

If it does not reach you, simply reply to this email.

Kind regards,
The support team"""


def t_reset_official_en(dom: str) -> str:
    return f"""Hello,

The reset link has been sent to your school's official address
(ce.*******@{dom}). It is valid for 12 hours.

If nobody can read that mailbox, the head of your school must ask us for the
reset in writing, by replying to this message.

Kind regards,
The support team"""


# ================================================================ the mails
MAILS: list[dict] = []


def mail(cat, ok, uai, region, plat, lang, hard, notes, *, kind=None, wrong=(),
         multi_uai=False, wording_only=False, **m):
    m.setdefault("lang", lang)
    MAILS.append({
        "label": {"category": cat, "auto_reply_ok": ok, "uai": uai, "region": region,
                  "platform": plat, "hard": hard, "lang": lang, "notes": notes},
        "kind": kind or build, "wrong": set(wrong), "multi_uai": multi_uai,
        "wording_only": wording_only, "m": m,
    })


IDF, PACA = "ile-de-france", "provence-alpes-cote-d-azur"
STAFF_IDF_T = "Thomas – équipe d'assistance Île-de-France"
STAFF_IDF_A = "Amandine – équipe d'assistance Île-de-France"
STAFF_PACA = "Samuel, équipe d'assistance Provence-Alpes-Côte d'Azur"

# ---------------------------------------------------------------- password_reset
d = Desk("Mot de passe e-sidoc", "2026-09-11 16:42", t_reset_file("d***.m***@ac-paris.fr"))
mail("password_reset", True, "0751950M", IDF, "esidoc", "fr", False,
     "Reply (Gmail French quote, In-Reply-To/References and [#SUP] in the subject) to the automatic reset "
     "answer: the 12-hour link had expired by Monday morning. Read as a new message it is a plain request "
     "for a fresh reset link, which the standard path sends to the address on file.",
     frm=("Delphine Marchal", "delphine.marchal@ac-paris.fr"), client="gmail",
     date="2026-09-14 08:07", quote=d, text="""
Bonjour,

Je n'ai vu votre message que ce matin (vendredi soir le CDI était déjà fermé) et le lien affiche maintenant « Ce lien a expiré ». Pourriez-vous m'en renvoyer un ? Je reste devant l'ordinateur toute la matinée cette fois, promis.

Merci d'avance,
Delphine Marchal
Professeure documentaliste
Collège Aristide Briand – Paris 18e
0751950M
""")

d = Desk("Réinitialisation mot de passe portail CDI", "2026-09-22 10:31", t_reset_file("k***.b***@ac-creteil.fr"))
mail("password_reset", False, "0931211L", IDF, "esidoc", "fr", True,
     "Reply (Outlook 'Message d'origine') to the automatic reset answer: 'le lien ne fonctionne pas', it "
     "fails with an error twenty minutes after being sent, so it has not expired. Same topic as the ticket; "
     "sending the same template again would not help, a person must look at the link. UAI given as 'RNE'.",
     frm=("Karim Benali", "karim.benali@ac-creteil.fr"), client="outlook",
     date="2026-09-22 10:52", quote=d, text="""
Bonjour,

Le lien ne fonctionne pas : quand je clique dessus j'arrive sur une page « Erreur 500 – jeton invalide ». J'ai essayé avec Edge puis Firefox, depuis le poste du CDI et depuis mon portable, toujours pareil. Le mail est arrivé il y a vingt minutes, il ne peut donc pas avoir expiré.

Pouvez-vous regarder ?

Cordialement

Karim Benali
Professeur documentaliste
Collège Paul Éluard – Montreuil
RNE : 0931211L
Tél. 01 48 57 22 10
""")

d = Desk("Accès back office e-sidoc", "2026-09-24 15:05", t_reset_official("ac-aix-marseille.fr"))
mail("password_reset", False, "0130636W", PACA, "esidoc", "fr", True,
     "Reply (Thunderbird quote) to the automatic answer that sent the link to the official ce. address and "
     "explained the head's written request: 'je n'ai pas accès à l'adresse officielle'. The template has "
     "already been given, so a person follows up (head-of-establishment procedure); no written request from "
     "the head yet, so not head_of_establishment_request.",
     frm=("Sylvie Ferracci", "sylvie.ferracci@ac-aix-marseille.fr"), client="thunderbird",
     date="2026-09-25 07:48", quote=d, text="""
Bonjour,

merci, mais justement je n'ai pas accès à l'adresse ce. du lycée : c'est la secrétaire de direction qui la relève et elle est en arrêt jusqu'à la fin du mois. Le proviseur adjoint ne connaît pas le mot de passe de cette boîte non plus.
Y a-t-il un autre moyen ? Je dois absolument rouvrir le portail pour les secondes avant les vacances.

Bien cordialement,

-- 
Sylvie Ferracci
Professeure documentaliste – Lycée Saint-Just, Marseille (0130636W)
""")

d = Desk("e-sidoc login", "2026-09-29 11:10", t_reset_official_en("ac-nice.fr"),
         to=("Rachel Whitfield", "rachel.whitfield@gmail.com"))
mail("password_reset", False, "0061737F", PACA, "esidoc", "en", False,
     "English reply (Gmail English quote) from a personal address: she cannot read the school's official "
     "mailbox where the link went. The quoted answer already gave the head's-written-request route, so a "
     "person takes over. Region from the UAI in the body; the gmail.com sender says nothing.",
     frm=("Rachel Whitfield", "rachel.whitfield@gmail.com"), client="gmail",
     date="2026-09-29 19:26", quote=d, text="""
Hi,

Thanks for the quick answer. The problem is that I have no access to the school's official mailbox – only the admin office can read it, and they told me they don't forward anything to teachers. Is there any other way to get the link?

I run the library of the international section (collège international, UAI 0061737F) and our English catalogue is on e-sidoc, so I'm rather stuck.

Best,
Rachel Whitfield
""")

mail("password_reset", True, "0830230Z", PACA, "esidoc", "fr", False,
     "Short first message from an iPhone, personal orange.fr address; lost e-sidoc password with the UAI: "
     "the reset path (address on file, else official address) applies.",
     frm=("Nadège Carlier", "nadege.carlier83@orange.fr"), client="apple_ios",
     date="2026-09-08 21:14", subject="Mot de passe", text="""
Bonjour
J'ai oublié le mdp du portail e-sidoc du collège (0830230Z). Pouvez vous me renvoyer un lien svp ?
Merci
Nadège
""")

mail("password_reset", True, "0780326F", IDF, "esidoc", "fr", True,
     "HTML-only Outlook message (no text/plain part): administrator account locked after failed attempts. "
     "The UAI is written with spaces ('0780 326 F'); the label is the compact code.",
     frm=("François Delaunay", "francois.delaunay@ac-versailles.fr"), client="outlook", html_only=True,
     date="2026-09-16 13:40", subject="Compte bloqué après plusieurs tentatives", text="""
Bonjour,

Après plusieurs essais infructueux, le compte administrateur du portail e-sidoc de notre lycée est bloqué (message « compte verrouillé, réessayez plus tard » depuis hier midi).
Pouvez-vous le débloquer ou m'envoyer un lien de réinitialisation ?

Notre code établissement : 0780 326 F

Bien à vous,

François Delaunay
Professeur documentaliste
Lycée Hoche-Dunant – Versailles
""")

mail("password_reset", True, "0062524L", PACA, "espace_acheteur", "fr", True,
     "UAI only in the lower-case ce.<uai>@ac-nice.fr sender address. The new gestionnaire, writing from the "
     "official address, cannot recover the Espace Acheteur login of her predecessor: the reset path via the "
     "official address fits. Not a head request (she is not the head).",
     frm=("Secretariat College Les Campelieres", "ce.0062524l@ac-nice.fr"), client="zimbra",
     date="2026-09-03 10:22", subject="Identifiant Espace Acheteur", text="""
Bonjour,

Je suis la nouvelle gestionnaire du collège depuis le 1er septembre. Mon prédécesseur utilisait l'Espace Acheteur mais je ne retrouve ni l'identifiant ni le mot de passe, et l'adresse mail qu'il utilisait a été supprimée à son départ.
Je vous écris depuis la boîte de l'établissement. Comment récupérer l'accès ?

Cordialement,
Laurence Orsini
Gestionnaire – Collège Les Campelières, Mougins
""")

mail("password_reset", False, "0941491K", IDF, "esidoc", "fr", True,
     "SMS style from a personal Gmail, Samsung base64 body. Lost e-sidoc password with the UAI ('le rne'), but "
     "he asks for the link at his own personal address because he cannot read the school's: a link may only "
     "go to the address on file or the official one, so no automatic answer.",
     frm=("Yanis B", "yanis.bkr94@gmail.com"), client="samsung",
     date="2026-09-19 23:02", subject="mdp cdi", text="""
slt, jai perdu le mdp du portail du cdi (esidoc), l'identifiant c le rne 0941491K je crois. vous pouvez m'envoyer le lien sur cette adresse svp, jai pas accès a celle du collège. merci !!
Yanis
""")

mail("password_reset", True, "0752581Y", IDF, "esidoc", "en", False,
     "English, Outlook desktop: the e-sidoc password has expired and the old one (needed to set a new one) is "
     "forgotten; asks for a reset link, UAI given.",
     frm=("Eleanor Hastings", "eleanor.hastings@ac-paris.fr"), client="outlook",
     date="2026-09-07 09:35", subject="Password expired - e-sidoc", text="""
Hello,

The e-sidoc back office tells me my password has expired and asks for the old one before I can set a new one, which I honestly can't remember (it was set by my predecessor in 2023).

Could you send me a reset link? Our school code is 0752581Y.

Many thanks,
Eleanor Hastings
Librarian, British section – Lycée international
""")

mail("password_reset", True, None, IDF, "esidoc", "fr", True,
     "UAI typed 0951906G: wrong check letter (the digits give 0951906F), so it is not a UAI and the label has "
     "none (a probable typo to report); region from the ac-versailles.fr sender. Otherwise a plain forgotten "
     "password, which the automatic answer handles.",
     wrong=["0951906G"],
     frm=("Hélène Vasseur", "helene.vasseur@ac-versailles.fr"), client="o365",
     date="2026-10-01 14:18", subject="Mot de passe oublié portail CDI", text="""
Bonjour,

Je ne parviens plus à me connecter au portail e-sidoc du CDI : j'ai oublié le mot de passe administrateur. L'identifiant est le code de l'établissement, 0951906G.

Merci de votre aide.

Bien cordialement,
Hélène Vasseur
Professeure documentaliste, collège Les Touleuses – Cergy
""")

d = Desk("Connexion impossible Espace Acheteur", "2026-10-05 08:50", T_JUNK)
mail("password_reset", True, None, IDF, "espace_acheteur", "fr", True,
     "Reply to the automatic junk-folder answer: 'ce n'était pas ma question'. The mails arrive; the password "
     "is refused and the account is locked. The reply clearly asks something other than the ticket's "
     "missing_noreply_mail, so it takes password_reset; the reset answer has not been given yet. No UAI, "
     "region from ac-versailles.fr.",
     frm=("Marc Tessier", "marc.tessier@ac-versailles.fr"), client="o365",
     date="2026-10-05 11:03", quote=d, text="""
Bonjour,

Ce n'était pas ma question : je reçois très bien vos mails. Mon problème, c'est que l'Espace Acheteur refuse mon mot de passe depuis la mise à jour de la semaine dernière, et après trois essais le compte s'est bloqué. J'ai besoin de le réinitialiser.

Cordialement,
Marc Tessier
Adjoint gestionnaire – Lycée Camille Claudel, Palaiseau
""")

d = Desk("mot de passe esidoc", "2026-09-30 17:55", t_reset_file("c***.d***@free.fr"))
mail("password_reset", False, None, None, "esidoc", "fr", True,
     "iPhone reply to the automatic reset answer: the link worked, a new password was chosen, but the login "
     "still fails. The reset template was already used and did not solve it: a person must check the account. "
     "Personal free.fr address, no UAI: no region.",
     frm=("Cécile Dufour", "cecile.dufour5@free.fr"), client="apple_ios",
     date="2026-09-30 18:31", quote=d, text="""
le lien a marché, j'ai mis un nouveau mdp mais ça me met toujours « identifiant ou mot de passe incorrect » 😩 j'ai bien mis le code du collège en identifiant. je fais comment ?
""")

mail("password_reset", False, "0940733L", IDF, "esidoc", "fr", True,
     "Two topics: a lost administrator password (first, main) and a quote for the 2027 renewal "
     "(order_billing). An automatic reset answer would leave half of the mail unanswered.",
     frm=("Aurélie Nguyen", "aurelie.nguyen@ac-creteil.fr"), client="o365",
     date="2026-09-09 12:15", subject="Mot de passe + devis renouvellement", text="""
Bonjour,

Deux choses :
1) je n'ai plus le mot de passe administrateur du portail e-sidoc (changement de documentaliste à la rentrée), pouvez-vous m'envoyer un lien de réinitialisation ?
2) notre gestionnaire me demande un devis pour le renouvellement de l'abonnement 2027, afin de préparer le bon d'engagement.

Merci,
Aurélie Nguyen
CDI – Collège Victor Hugo, Créteil
UAI 0940733L
""")

mail("password_reset", True, "0840181R", PACA, "esidoc", "fr", False,
     "New librarian who never had the password nor the address on file ('je ne connais pas le mot de passe'): "
     "password_reset; the reset path (official address, else the head's written request) applies.",
     frm=("Maud Castellan", "maud.castellan@ac-aix-marseille.fr"), client="thunderbird",
     date="2026-09-02 16:20", subject="Accès administrateur e-sidoc – nouvelle documentaliste", text="""
Bonjour,

Je viens d'être nommée au lycée des Remparts d'Avignon (0840181R). Ma collègue est partie à la retraite en juin sans me transmettre les codes : je ne connais pas le mot de passe du back office e-sidoc, ni même l'adresse mail associée au compte.

Comment puis-je récupérer l'accès ?

Bien cordialement,
Maud Castellan
Professeure documentaliste
""")

mail("password_reset", True, "0050912P", PACA, "esidoc", "fr", True,
     "Negation and contrast: 'ce n'est pas un problème de réception', the reset mail does arrive; the link "
     "expired before use. An expired reset link is password_reset, not missing_noreply_mail.",
     frm=("Bernard Reynaud", "b.reynaud@free.fr"), client="roundcube",
     date="2026-10-08 08:44", subject="Lien de réinitialisation expiré", text="""
Bonjour,

Ce n'est pas un problème de réception : le mail de réinitialisation arrive bien, dans la boîte de réception et pas dans les spams. Mais je ne l'ai ouvert que deux jours plus tard et le lien a expiré. Quand je refais « mot de passe oublié » avec l'identifiant 0050912P, le site me dit qu'une demande est déjà en cours.

Pouvez-vous annuler l'ancienne demande et m'envoyer un nouveau lien ?

Merci,
Bernard Reynaud
Collège des Écrins – Gap
""")

d = Desk("Mot de passe CDI", "2026-10-07 15:12", t_reset_file("c***.a***@ac-nice.fr"), ref_style="suffix")
mail("password_reset", True, "0062903Y", PACA, "esidoc", "fr", False,
     "Reply (Apple Mail quote; the ticket reference is at the end of the subject) after the reset worked: a "
     "colleague then locked the account with the old password. A locked account is in the password_reset "
     "definition and a fresh link answers it.",
     frm=("Claire Anfossi", "claire.anfossi@ac-nice.fr"), client="apple_mac",
     date="2026-10-08 08:05", quote=d, text="""
Bonjour,

Le lien a bien fonctionné hier et j'ai choisi un nouveau mot de passe. Mais ce matin ma collègue a essayé de se connecter avec l'ancien sur le poste du CDI, plusieurs fois, et maintenant le compte est verrouillé.
Pouvez-vous le débloquer, ou me renvoyer un lien ?

Bonne journée,
Claire Anfossi
Professeure documentaliste
Collège Jean Giono – Nice
0062903Y
""")

d = Desk("Facture commande CMD-26-04817", "2026-09-17 14:02", f"""Bonjour Madame,

La facture de votre commande CMD-26-04817 a bien été déposée sur Chorus Pro
le 2 septembre. Vous pouvez suivre la demande sur le portail d'assistance.

Bien cordialement,
{STAFF_IDF_T}""", auto=False)
mail("password_reset", True, "0771100C", IDF, "ticket_portal", "fr", True,
     "Reply to a staff member's answer about an invoice: the invoice is settled, then a new request: she "
     "does not know her ticket-portal password. Taxonomy: a reply that clearly asks something else takes the "
     "new category; a plain reset, not yet answered.",
     frm=("Isabelle Moreau", "isabelle.moreau2@ac-creteil.fr"), client="o365",
     date="2026-09-18 09:12", quote=d, text="""
Bonjour,

Merci pour la facture, c'est bon de ce côté.
En revanche je voulais suivre la demande sur le portail d'assistance comme vous l'indiquez, mais je ne connais pas mon mot de passe du portail (je crois que je n'en ai jamais choisi). Pouvez-vous me le réinitialiser ?

Cordialement,
Isabelle Moreau
Gestionnaire – Collège Les Tilleuls, Meaux
0771100C
""")

mail("password_reset", True, "0921081A", IDF, "esidoc", "fr", True,
     "HTML-only Outlook in windows-1252, from the official ce.<UAI> address: the secretariat (not the head) "
     "asks for the reset link on that official address, which is the safe path. The UAI is only in the sender "
     "address.",
     frm=("Secretariat Lycee Descartes", "ce.0921081A@ac-versailles.fr"), client="outlook", html_only=True,
     charset="windows-1252", date="2026-09-10 11:27",
     subject="Réinitialisation mot de passe e-sidoc – lycée", text="""
Madame, Monsieur,

À la demande de notre professeure documentaliste, Mme Girard, qui n’arrive plus à se connecter, pourriez-vous envoyer le lien de réinitialisation du mot de passe e-sidoc à l’adresse de l’établissement (celle-ci) ? Nous le lui transmettrons.

Cordialement,

Le secrétariat de direction
Lycée Descartes – Antony
01 46 66 12 34
""")

mail("password_reset", False, "0131121Y", PACA, "ecoledirecte", "fr", True,
     "Lost EcoleDirecte administrator password, explicitly not the daily maintenance password (which would be "
     "transfer_incident). No reset template exists for this product, so a person answers. Private-school "
     "domain; region from the UAI.",
     frm=("Patrick Sanchez", "p.sanchez@stjoseph-marseille.fr"), client="o365",
     date="2026-09-15 17:48", subject="Mot de passe administrateur EcoleDirecte", text="""
Bonjour,

Nous avons perdu le mot de passe du compte administrateur EcoleDirecte de l'établissement (le compte « ADMIN », pas les comptes professeurs). Attention, je ne parle pas du mot de passe de maintenance du jour, celui-là nous savons le demander.
Comment le récupérer ? La personne qui l'avait a quitté l'établissement en juillet.

Cordialement,
Patrick Sanchez
Responsable informatique
Ensemble scolaire Saint-Joseph – Marseille
UAI 0131121Y
""")

mail("password_reset", True, None, None, "espace_acheteur", "en", False,
     "English; Espace Acheteur password forgotten and the login uncertain; no UAI, Gmail sender: no region.",
     frm=("Matthew Olsen", "matthew.olsen.antibes@gmail.com"), client="gmail",
     date="2026-10-13 10:02", subject="Forgotten password - buyer space", text="""
Hello,

I've forgotten my password for the Espace Acheteur (buyer space). I'm the purchasing officer of a small bilingual primary school in Antibes. The "forgotten password" page asks for my login, and I'm not even sure whether that is my email address or something else.

Thanks for your help,
Matthew Olsen
""")

mail("password_reset", True, "0752510W", IDF, "esidoc", "fr", False,
     "Short, apologetic first message from Apple Mail (multipart): forgotten e-sidoc password again, UAI in "
     "the body.",
     frm=("Odile Perrin", "odile.perrin@ac-paris.fr"), client="apple_mac",
     date="2026-10-02 08:31", subject="Encore moi…", text="""
Bonjour,

Je suis désolée, j'ai encore oublié mon mot de passe e-sidoc (promis, cette fois je le note dans un endroit sûr).
Collège Georges Brassens, 0752510W.

Merci et bonne journée !
Odile Perrin
""")

info = Older(DESK_NAME, DESK_ADDR, "2026-04-08 17:00", "Information : maintenance des portails le 12 avril",
             """Bonjour,

Une opération de maintenance aura lieu le dimanche 12 avril de 7 h à 12 h.
Les portails e-sidoc et l'Espace Acheteur seront inaccessibles pendant
cette plage. Aucune action n'est nécessaire de votre part.

Cordialement,
L'équipe d'assistance""", to=("Corinne Lebrun", "corinne.lebrun@ac-creteil.fr"),
             msgid=f"<info-20260408.{rhex(12)}@{DESK_DOMAIN}>")
mail("password_reset", True, "0770833M", IDF, "esidoc", "fr", True,
     "A first request written as a reply to an old information mail from the desk (April maintenance "
     "notice, quoted, In-Reply-To set, no ticket reference): the quote is unrelated; the new text asks for "
     "a reset link.",
     frm=("Corinne Lebrun", "corinne.lebrun@ac-creteil.fr"), client="gmail",
     date="2026-09-21 13:37", quote=info, thread=info,
     subject="Re: Information : maintenance des portails le 12 avril", text="""
Bonjour,

Je vous réponds sur ce vieux message, c'est le seul où j'avais votre adresse.
Je n'arrive plus à me connecter au back office e-sidoc (mot de passe oublié après l'été). Pourriez-vous m'envoyer un lien de réinitialisation ?

Collège Louis Braille, Esbly – 0770833M

Merci !
Corinne Lebrun
""")

# ---------------------------------------------------------------- missing_noreply_mail
d = Desk("Mail d'activation Espace Acheteur", "2026-10-05 09:10", T_JUNK)
mail("missing_noreply_mail", False, "0942819D", IDF, "espace_acheteur", "fr", False,
     "Reply (Outlook) after the automatic junk-folder answer: still nothing after 48 h although the advice was "
     "followed (junk, safe senders, two new requests). Same category as the ticket; the template was already "
     "sent, so a person (the region) takes over.",
     frm=("Sandrine Lopes", "sandrine.lopes@ac-creteil.fr"), client="outlook",
     date="2026-10-07 14:25", quote=d, text="""
Bonjour,

Comme convenu je reviens vers vous : toujours rien après 48 h. J'ai vérifié les indésirables (et la quarantaine Outlook), ajouté l'adresse no-reply aux expéditeurs approuvés, puis redemandé le mail d'activation deux fois. Aucun message de l'Espace Acheteur.

Merci de transmettre à l'équipe régionale.

Cordialement,

Sandrine Lopes
Secrétaire de gestion
Collège Albert Camus – Champigny-sur-Marne
0942819D
""")

d = Desk("Validation compte client boutique", "2026-09-14 10:40", T_JUNK)
mail("missing_noreply_mail", False, "0912783F", IDF, "esidoc", "fr", False,
     "Zimbra reply from the ce.<UAI>@ac-versailles.fr address (UAI only there): still no validation mail for "
     "the customer account three days after the junk-folder answer. Template already sent: a person follows up.",
     frm=("College Les Goussons - Secretariat", "ce.0912783F@ac-versailles.fr"), client="zimbra",
     date="2026-09-17 16:02", quote=d, text="""
Bonjour,

Toujours rien reçu, ni dans la boîte de réception ni dans les indésirables, et cela fait maintenant trois jours. Le mail de validation du compte client (pour notre première commande sur la boutique e-sidoc) n'arrive pas sur notre adresse.

Merci de faire le nécessaire.

Le secrétariat
Collège Les Goussons, Évry-Courcouronnes
""")

d = Desk("mot de passe esidoc", "2026-09-26 20:40", t_reset_file("c***@ac-nice.fr"))
mail("missing_noreply_mail", True, None, None, "esidoc", "fr", True,
     "SMS-style iPhone reply to the automatic reset answer: the reset (new-password) mail never arrived, spam "
     "folder checked. The taxonomy files a new-password mail that never comes under missing_noreply_mail, not "
     "password_reset; the junk-folder/48 h answer has not been given yet. Gmail sender, no UAI: no region.",
     frm=("Lola M.", "lola.mrtn13@gmail.com"), client="apple_ios",
     date="2026-09-27 09:15", quote=d, text="""
mdp tjs pas reçu 😕 g regardé ds les spams rien. c bien l'adresse du cdi ?
""")

d = Desk("Activation email never received", "2026-10-12 09:05", T_JUNK_EN,
         to=("Daniel Brooks", "d.brooks@britishschool-paris.fr"))
mail("missing_noreply_mail", False, None, None, "espace_acheteur", "en", False,
     "English Outlook reply after the junk-folder answer: still nothing after two days, safe senders updated; "
     "asks to escalate. Template already sent: a person. Private-school domain, no UAI: no region.",
     frm=("Daniel Brooks", "d.brooks@britishschool-paris.fr"), client="o365",
     date="2026-10-14 15:40", quote=d, text="""
Hi,

Still nothing after two days. I checked junk and the quarantine, and added the no-reply address to our safe senders list. The activation email for the buyer space account simply never comes.

Could you escalate this, please?

Thanks,
Daniel Brooks
Finance Office – British School of Paris
""")

mail("missing_noreply_mail", True, "0831364G", PACA, "espace_acheteur", "fr", True,
     "MailInBlack is named only to say the school does NOT use it: missing_noreply_mail, not "
     "mailinblack_spam.",
     frm=("Émilie Rossi", "emilie.rossi@ac-nice.fr"), client="gmail",
     date="2026-09-23 11:50", subject="Pas de mail de confirmation", text="""
Bonjour,

Je me suis inscrite sur l'Espace Acheteur lundi et je n'ai jamais reçu le mail de confirmation. J'ai regardé dans les indésirables : rien.
Avant que vous me posiez la question : nous n'avons pas MailInBlack au collège (notre référent numérique me l'a confirmé, c'est la messagerie académique standard).

Cordialement,
Émilie Rossi
Collège Gustave Roux, Hyères – 0831364G
""")

mail("missing_noreply_mail", True, None, None, "espace_acheteur", "fr", False,
     "Very short iPhone message from a personal address: Espace Acheteur activation mail not received since "
     "Friday.",
     frm=("J. Morel", "jmorel.ecole@orange.fr"), client="apple_ios",
     date="2026-09-14 07:22", subject="activation", text="""
Bonjour, pas reçu le mail d'activation de l'espace acheteur depuis vendredi. Merci de me le renvoyer.
J. Morel
""")

mail("missing_noreply_mail", True, None, None, "espace_acheteur", "fr", False,
     "The structure administrator (a town hall) never receives the 'account to validate' notifications. "
     "Municipal domain, no UAI: no region.",
     frm=("Corinne Blanc", "c.blanc@aubagne-ville.fr"), client="o365",
     date="2026-09-11 10:15", subject="Notifications de validation des comptes", text="""
Bonjour,

Je suis administratrice de la structure « Ville d'Aubagne – écoles » sur l'Espace Acheteur. Deux directrices d'école m'ont dit avoir créé leur compte la semaine dernière, mais je n'ai reçu aucune notification « compte à valider ». Les autres mails arrivent normalement à la mairie.

Pouvez-vous vérifier l'envoi ?

Cordialement,
Corinne Blanc
Service des affaires scolaires
Mairie d'Aubagne
""")

mail("missing_noreply_mail", True, None, None, "espace_acheteur", "fr", False,
     "HTML-only Outlook message: nothing arrives from the platform since a mail migration; suspects a strict "
     "filter but names no product (not mailinblack_spam). Departmental domain, no UAI: no region.",
     frm=("Nicolas Pereira", "npereira@seinesaintdenis.fr"), client="outlook", html_only=True,
     date="2026-10-06 16:33", subject="Plus aucun mail de votre plateforme", text="""
Bonjour,

Depuis la migration de notre messagerie, plus aucun mail de votre plateforme n'arrive chez nous (ni les confirmations d'inscription à l'Espace Acheteur ni les mots de passe). Notre filtre anti-spam est réputé très strict, mais je ne sais pas lequel c'est et la DSI ne répond pas.
Pouvez-vous me donner l'adresse d'expédition exacte pour qu'ils l'autorisent ?

Cordialement

Nicolas Pereira
Direction de l'éducation – Département de la Seine-Saint-Denis
""")

mail("missing_noreply_mail", True, None, PACA, "ticket_portal", "fr", False,
     "Outlook for Android (base64 parts): the ticket portal's confirmation mail (to choose a password) never "
     "arrived. No UAI; region from the ac-aix-marseille.fr sender.",
     frm=("Laetitia Mercier", "laetitia.mercier@ac-aix-marseille.fr"), client="android",
     date="2026-09-28 12:47", subject="Portail de tickets : pas de mail de confirmation", text="""
Bonjour,

J'ai créé un compte sur le portail de tickets pour suivre mes demandes, mais le mail de confirmation (pour choisir le mot de passe) n'est jamais arrivé. J'ai cliqué sur « renvoyer » deux fois.

Merci,
Laetitia Mercier
Lycée Vauvenargues, Aix-en-Provence
""")

mail("missing_noreply_mail", True, "0830693C", PACA, "espace_acheteur", "fr", True,
     "Reads like a password problem (expired password, 'je ne crois pas avoir oublié'), but the password tool "
     "works: the new-password mail never arrives. Taxonomy: missing_noreply_mail. ISO-8859-1 8-bit body "
     "from Thunderbird.",
     frm=("Jean-Marc Guérin", "jean-marc.guerin@ac-nice.fr"), client="thunderbird", charset="iso-8859-1",
     date="2026-10-09 10:05", subject="Mail nouveau mot de passe jamais reçu", text="""
Bonjour,

Je ne crois pas avoir oublié mon mot de passe, mais il a expiré et l'Espace Acheteur m'oblige à en choisir un nouveau : l'outil « nouveau mot de passe » affiche bien « Un courriel vous a été envoyé », sauf que ce courriel n'arrive jamais, ni en boîte de réception ni dans les indésirables. J'ai refait la demande ce matin, sans plus de succès.

Cordialement,
Jean-Marc Guérin
Collège Font-de-Fillol, Six-Fours-les-Plages
0830693C
""")

d = Desk("Abonnement Europresse pas visible", "2026-09-07 11:15", T_72H)
mail("missing_noreply_mail", True, "0752196E", IDF, "espace_acheteur", "fr", True,
     "Reply to the 72-hour answer: the subscription is fine, then an unrelated question: the Espace Acheteur "
     "'new offers' alerts stopped arriving. A reply that clearly asks something else takes the new category; "
     "the junk-folder answer has not been given for it.",
     frm=("Vincent Aubert", "vincent.aubert@ac-paris.fr"), client="thunderbird",
     date="2026-09-10 08:58", quote=d, text="""
Bonjour,

L'abonnement est bien là, merci.

Par contre, sans rapport : depuis la rentrée je ne reçois plus aucune alerte « nouvelles offres » de l'Espace Acheteur, alors que je suis toujours abonné dans mes préférences (j'ai vérifié). Avant l'été elles arrivaient chaque lundi.

Cordialement,
Vincent Aubert
Collège Jean Perrin, Paris 20e – 0752196E
""")

mail("missing_noreply_mail", True, "0040120J", PACA, "esidoc", "fr", False,
     "The automatic invitation mail to join the e-sidoc portal as a second administrator never arrived: an "
     "automatic mail from the no-reply address, no product named.",
     frm=("Gérard Maurel", "gerard.maurel@ac-aix-marseille.fr"), client="orange",
     date="2026-09-25 14:30", subject="Invitation administrateur non reçue", text="""
Bonjour,

Ma collègue documentaliste m'a ajouté mardi comme second administrateur du portail e-sidoc du collège Maria Borrély de Digne (0040120J). Elle voit l'invitation « envoyée » dans le back office, mais je n'ai jamais reçu le mail, même dans les indésirables.

Pouvez-vous le renvoyer ?

Gérard Maurel
""")

d = Desk("Confirmation de commande", "2026-10-12 13:20", t_reset_file("v***.d***@ac-versailles.fr"))
mail("missing_noreply_mail", True, "0920898B", IDF, "esidoc", "fr", True,
     "Reply to a reset answer sent by mistake: 'je n'ai pas perdu mon mot de passe'; the actual request is "
     "that the automatic order-confirmation mails stopped arriving. The reply clearly asks something else "
     "than a reset; the missing-mail answer has not been sent.",
     frm=("Valérie Dumont", "valerie.dumont@ac-versailles.fr"), client="o365",
     date="2026-10-12 14:02", quote=d, text="""
Bonjour,

Je n'ai pas perdu mon mot de passe, je n'en ai pas demandé de nouveau ! Relisez mon message : ce sont les mails de confirmation de commande de la boutique e-sidoc qui ne m'arrivent plus depuis septembre. Les commandes passent (je les vois dans l'historique), mais aucun récapitulatif ne me parvient.

Cordialement,
Valérie Dumont
Collège Henri Wallon, Malakoff – 0920898B
""")

old = Desk("Facture abonnement 2026", "2026-06-18 11:20", f"""Bonjour Madame,

La facture de l'abonnement 2026 vous a été renvoyée ce jour, avec le bon
numéro d'engagement.

Bien cordialement,
{STAFF_IDF_A}""", auto=False)
mail("missing_noreply_mail", True, "0770824C", IDF, "esidoc", "fr", True,
     "Written as a reply to an old, closed ticket about an invoice (quoted, [#SUP] subject, In-Reply-To), and "
     "the sender says it has nothing to do with it. The new message clearly asks something else: a colleague's "
     "account-activation mail never came. Read as a new message: missing_noreply_mail.",
     frm=("Pascale Fontaine", "pascale.fontaine@ac-creteil.fr"), client="gmail",
     date="2026-09-09 15:11", quote=old, text="""
Bonjour,

Je reprends ce vieux fil faute d'autre adresse sous la main, rien à voir avec la facture (réglée depuis longtemps).
Notre nouvelle documentaliste, Mme Haddad, a été ajoutée comme utilisatrice du portail lundi, mais elle n'a jamais reçu le mail d'activation de son compte. Elle a regardé dans ses indésirables.

Merci d'avance,
Pascale Fontaine
Gestionnaire – Collège Jacques Prévert, Noisiel
0770824C
""")

d = Desk("Compte Espace Acheteur en attente", "2026-10-01 16:45", """Bonjour Madame,

J'ai validé votre compte ce matin, votre administratrice de structure étant
absente. Vous allez recevoir un lien de première connexion sécurisé.

Bien cordialement,
""" + STAFF_PACA, auto=False)
mail("missing_noreply_mail", True, None, PACA, "espace_acheteur", "fr", False,
     "Zimbra reply to a staff member's answer: the account was validated but the secure first-login link "
     "never arrived. An automatic mail that did not come; no UAI, region from ac-nice.fr.",
     frm=("Audrey Lambert", "audrey.lambert@ac-nice.fr"), client="zimbra",
     date="2026-10-02 09:30", quote=d, text="""
Bonjour,

Merci beaucoup, mais le lien de première connexion n'est jamais arrivé (ni dans les indésirables). Pouvez-vous le renvoyer ?

Bonne journée,
Audrey Lambert
Gestionnaire, collège Roland Garros, Saint-Raphaël
""")

mail("missing_noreply_mail", True, None, None, "espace_acheteur", "fr", False,
     "A town's IT department: schools no longer receive the Espace Acheteur automatic mails; asks the exact "
     "sender address and sending servers to allow them. No product named; municipal domain, no region.",
     frm=("Stéphane Ricci", "s.ricci@ville-cannes.fr"), client="roundcube",
     date="2026-09-29 11:05", subject="Adresse d'expédition de vos messages automatiques", text="""
Bonjour,

Service informatique de la ville de Cannes. Plusieurs écoles nous signalent qu'elles ne reçoivent plus les messages de votre Espace Acheteur (activation, mots de passe). Pour que nous puissions les autoriser sur notre passerelle, pouvez-vous nous indiquer l'adresse d'expédition exacte et les serveurs d'envoi (IP ou include SPF) ?

Cordialement,
Stéphane Ricci
Direction des systèmes d'information – Ville de Cannes
""")


# ---------------------------------------------------------------- mailinblack_spam
d = Desk("Mail d'activation jamais reçu", "2026-09-15 10:02", T_JUNK)
mail("mailinblack_spam", True, "0931748V", IDF, "espace_acheteur", "fr", True,
     "Reply to the junk-folder answer with new information: the school's IT says MailInBlack holds the mails. "
     "The reply now clearly asks for something else than the template already sent: the MailInBlack guide is "
     "the right answer and has not been given.",
     frm=("Lucie Garnier", "lucie.garnier@ac-creteil.fr"), client="gmail",
     date="2026-09-16 12:40", quote=d, text="""
Bonjour,

Rien dans les indésirables. J'en ai parlé au référent numérique du collège : d'après lui c'est MailInBlack qui bloque, il voit vos messages « en attente » dans la console mais il ne sait pas s'il doit les libérer un par un.
Que faut-il faire ?

Merci,
Lucie Garnier
Collège Anatole France, Drancy – 0931748V
""")

d = Desk("Activation bloquée par MailInBlack", "2026-09-21 14:30", T_MIB)
mail("mailinblack_spam", False, "0061231F", PACA, "espace_acheteur", "fr", False,
     "Reply (Outlook on the web) after the MailInBlack guide: the no-reply address is allowed (screenshot "
     "attached) but activation mails are still held. The guide was already sent: route to the region, a person "
     "contacts the IT department.",
     frm=("Antoine Giordano", "antoine.giordano@ac-nice.fr"), client="o365",
     date="2026-09-24 08:55", quote=d,
     attach=[("capture_mailinblack.png", "image/png", _png_1x1())], text="""
Bonjour,

C'est fait : l'adresse no-reply est autorisée dans MailInBlack depuis mardi (capture jointe). Pourtant les mails d'activation restent bloqués, ma collègue a redemandé l'envoi hier et ce matin, rien.

Merci de transmettre à la région.

Bien cordialement,
Antoine Giordano
Lycée Les Eucalyptus, Nice
0061231F
""")

d = Desk("Messages retenus par MailInBlack", "2026-10-06 09:12", T_MIB)
mail("mailinblack_spam", False, "0130735D", PACA, "espace_acheteur", "fr", False,
     "Zimbra reply to the MailInBlack guide: the sender cannot reach the console, which the Département's IT "
     "runs. The guide was already sent; the region must contact the IT department, a person follows up. The "
     "sender is a deputy head but asks for nothing a head's written request covers.",
     frm=("Fabienne Martinez", "fabienne.martinez@ac-aix-marseille.fr"), client="zimbra",
     date="2026-10-06 16:20", quote=d, text="""
Bonjour,

Merci pour le guide, mais je n'ai pas accès à la console MailInBlack : c'est la DSI du Département qui administre le filtrage pour tous les collèges des Bouches-du-Rhône. De mon côté je ne peux que cliquer « autoriser ce message » dans le mail de quarantaine, ce qui ne suffit visiblement pas.
Pouvez-vous voir directement avec eux ?

Cordialement,
Fabienne Martinez
Principale adjointe – Collège Louis Armand, Marseille 12e
0130735D
""")

mail("mailinblack_spam", True, None, None, "espace_acheteur", "en", False,
     "English; an IT contractor describes Mailinblack challenging our no-reply address and asks which senders "
     "to allow-list. Private company domain, no UAI: no region.",
     frm=("Kevin Marchetti", "k.marchetti@nexa-it.fr"), client="o365",
     date="2026-09-17 11:48", subject="Mailinblack challenge on your no-reply address", text="""
Hello,

We manage the IT of several private schools around Marseille. Since the start of term, Mailinblack sends an authentication challenge to your no-reply address every time the buyer space (Espace Acheteur) emails one of our users, and of course nobody ever answers it, so the activation emails stay in quarantine.

Can you confirm the exact sender addresses we should allow-list permanently?

Regards,
Kevin Marchetti
Nexa IT – Support team
""")

mail("mailinblack_spam", True, None, None, "espace_acheteur", "fr", False,
     "One line from an iPhone, no accents: the product is written 'mail in black'; asks for the procedure.",
     frm=("Sonia Ferrand", "sonia.ferrand@laposte.net"), client="apple_ios",
     date="2026-09-04 18:02", subject="Mail in black", text="""
bonjour, mail in black bloque vos mails (activation espace acheteur), vous pouvez m'envoyer la procedure ? merci
""")

mail("mailinblack_spam", False, "0910261P", IDF, "espace_acheteur", "fr", True,
     "The sender-authentication challenge and the quarantine are described without naming MailInBlack: "
     "mailinblack_spam by the definition, but the product is not confirmed, so a person checks before "
     "sending the MailInBlack guide.",
     frm=("Thierry Lemaire", "thierry.lemaire@ac-versailles.fr"), client="o365",
     date="2026-09-30 10:37", subject="Vos messages en quarantaine", text="""
Bonjour,

Depuis la rentrée, quand l'Espace Acheteur m'envoie un mail, je reçois à la place un message de notre propre messagerie : « Un expéditeur inconnu vous a écrit. Il doit confirmer son identité en cliquant sur un lien pour que son message vous soit remis. » J'imagine que votre adresse automatique ne clique jamais… Les messages restent donc dans une sorte de quarantaine.
Comment débloquer ça ?

Cordialement,
Thierry Lemaire
Gestionnaire, Lycée Parc des Loges, Évry
0910261P
""")

mail("mailinblack_spam", False, "0842758S", PACA, "espace_acheteur", "fr", True,
     "Two topics: MailInBlack holding activation mails (first, main) and a quote request for two renewals "
     "(order_billing). The MailInBlack guide would answer only half.",
     frm=("Régis Bonnet", "regis.bonnet@ac-aix-marseille.fr"), client="thunderbird",
     date="2026-10-13 15:15", subject="MailInBlack + demande de devis", text="""
Bonjour,

Notre lycée est passé sous MailInBlack cet été et les mails d'activation de l'Espace Acheteur sont retenus en quarantaine : que devons-nous autoriser exactement ?

Autre point, sans lien : pourriez-vous nous faire parvenir un devis pour le renouvellement de Cafeyn et d'Europresse (pour un engagement avant le 15 novembre) ?

Cordialement,
Régis Bonnet
Agent comptable – Lycée Philippe de Girard, Avignon
0842758S
""")

digest = Older("Mailinblack", "noreply@mailinblack.com", "2026-09-22 07:00",
               "[Mailinblack] Vos messages en attente", """Bonjour,

3 messages sont en attente de validation dans votre espace Mailinblack.

De : no-reply@espace-acheteur.example.fr
Objet : Activez votre compte
Reçu le : 21/09/2026 16:12

De : no-reply@espace-acheteur.example.fr
Objet : Votre nouveau mot de passe
Reçu le : 21/09/2026 16:20

De : newsletter@editions-jeunesse.example.com
Objet : Nos nouveautés de la rentrée
Reçu le : 21/09/2026 18:03

Pour consulter ou autoriser ces messages, connectez-vous à votre espace.""",
               to=("Anne-Sophie Barbier", "anne-sophie.barbier@ac-versailles.fr"))
mail("mailinblack_spam", True, "0950659A", IDF, "espace_acheteur", "fr", False,
     "HTML-only Outlook forward ('TR:') of the daily MailInBlack quarantine digest: the forwarded part is "
     "machine text, the new text is a person's question (may she allow them, how to stop it).",
     frm=("Anne-Sophie Barbier", "anne-sophie.barbier@ac-versailles.fr"), client="outlook", html_only=True,
     date="2026-09-22 08:12", quote=digest, thread=None,
     subject="TR: [Mailinblack] Vos messages en attente", text="""
Bonjour,

Je reçois ce récapitulatif tous les matins (ci-dessous) et les messages de votre plateforme y sont systématiquement. Est-ce que je peux les autoriser sans risque, et comment faire pour que cela ne se reproduise plus ?

Merci,
Anne-Sophie Barbier
CDI – Lycée Galilée, Cergy
0950659A
""")

d = Desk("Mails bloqués", "2026-10-09 11:45", T_MIB)
mail("mailinblack_spam", False, None, None, "espace_acheteur", "fr", True,
     "'Le lien ne fonctionne pas' here is the guide link in our MailInBlack answer, not a reset link: still "
     "mailinblack_spam, but the template already sent is what fails, so a person answers. Gmail sender, "
     "no UAI: no region.",
     frm=("Samia Belkacem", "samia.belkacem.vitrolles@gmail.com"), client="gmail",
     date="2026-10-09 17:20", quote=d, text="""
Bonjour,

Le lien vers le guide ne fonctionne pas, j'ai une page « 404 – page introuvable ». Du coup je ne sais pas où cliquer dans MailInBlack pour autoriser votre adresse.

Samia
École élémentaire Jean Jaurès, Vitrolles
""")

mail("mailinblack_spam", True, "0750511Y", IDF, "espace_acheteur", "fr", False,
     "'mailinblack protect' in lower case; asks how to allow-list the Espace Acheteur sender.",
     frm=("Gaëlle Robin", "gaelle.robin@ac-paris.fr"), client="thunderbird",
     date="2026-09-18 14:05", subject="Messages bloqués", text="""
Bonjour,

Le rectorat a activé mailinblack protect sur les boîtes des établissements et depuis, les mails de l'Espace Acheteur (création de compte, mot de passe) finissent dans l'espace « Messages bloqués ». Comment ajouter votre adresse à la liste blanche ?

Bien à vous,
Gaëlle Robin
Intendante – Lycée Hélène Boucher
0750511Y
""")

d = Desk("Je n'arrive pas à avoir mon nouveau mot de passe", "2026-10-14 09:40",
         t_reset_file("c***.a***@ac-aix-marseille.fr"))
mail("mailinblack_spam", True, "0842892M", PACA, "esidoc", "fr", True,
     "Reply to the automatic reset answer: 'ce n'était pas ma question'; the reset mail itself is held by "
     "MailInBlack and she needs the address to allow. A different category from the ticket's, and the "
     "MailInBlack guide has not been sent yet.",
     frm=("Christine Arnaud", "christine.arnaud@ac-aix-marseille.fr"), client="outlook",
     date="2026-10-14 10:18", quote=d, text="""
Bonjour,

Ce n'était pas ma question, je me suis peut-être mal exprimée : le lien de réinitialisation, vous me l'avez déjà envoyé trois fois, mais il est bloqué par MailInBlack avant d'arriver dans ma boîte. C'est l'adresse à autoriser dans MailInBlack qu'il me faut.

Cordialement,
Christine Arnaud
Collège Anselme Mathieu, Avignon
0842892M
""")

mail("mailinblack_spam", True, None, None, None, "fr", False,
     "Samsung mail (base64): asks whether the Mailinblack notice about a message from our no-reply address "
     "is genuine; the allow-list guide answers it. Written by a person, not a phishing attempt. No platform "
     "named.",
     frm=("Sabrina", "sabrina.cdi@wanadoo.fr"), client="samsung",
     date="2026-10-10 12:03", subject="message mailinblack est ce fiable", text="""
Bonjour je reçois un mail de Mailinblack qui me dit qu'un message de no-reply de votre site est en attente et qu'il faut que je l'autorise. Est-ce fiable ou c'est une arnaque ? Je ne voudrais pas cliquer n'importe où.
Merci
Sabrina
""")

# ---------------------------------------------------------------- head_of_establishment_request
d = Desk("Mot de passe administrateur e-sidoc", "2026-09-16 11:05", T_HEAD_PROCEDURE)
mail("head_of_establishment_request", False, "0751654R", IDF, "esidoc", "fr", True,
     "Reply to the answer that asked for the head's written request: 'voici le courrier signé du principal' "
     "(PDF attached), principal in copy. It is the head's written request, relayed by the librarian; staff "
     "must check the letter and approve. The reply brings what the ticket was waiting for, so it is no longer "
     "password_reset.",
     frm=("Julie Caron", "julie.caron@ac-paris.fr"), client="outlook",
     cc=[("Olivier Lemoine", "olivier.lemoine@ac-paris.fr")],
     date="2026-09-18 15:22", quote=d,
     attach=[("Demande_reinitialisation_e-sidoc_signee.pdf", "application/pdf",
              fake_pdf("Demande de reinitialisation signee"))], text="""
Bonjour,

Comme demandé, voici le courrier signé de M. le Principal (en pièce jointe) demandant la réinitialisation du mot de passe administrateur e-sidoc et l'enregistrement de mon adresse comme adresse de contact. M. Lemoine est en copie de ce message.

Bien cordialement,

Julie Caron
Professeure documentaliste
Collège Gérard Philipe – Paris 18e
0751654R
""")

d = Desk("Mot de passe e-sidoc", "2026-10-05 10:20", t_reset_official("ac-creteil.fr"),
         to=("Manon Petit", "manon.petit@ac-creteil.fr"))
fwd = Older("Manon Petit", "manon.petit@ac-creteil.fr", "2026-10-05 16:48", f"Fwd: {d.subject}",
            """Bonjour Madame Faure,

L'assistance demande que vous confirmiez la demande par écrit (message
ci-dessous). Il suffit de leur répondre depuis la boîte du collège.

Merci !
Manon

---------- Message transféré ----------
De : Assistance <support@assistance.example.fr>
Objet : """ + d.subject + """

Si personne ne peut consulter cette boîte, votre chef d'établissement doit
nous demander la réinitialisation par écrit, en répondant à ce message.""",
            to=("Principale College Jean Vilar", "ce.0930875W@ac-creteil.fr"))
mail("head_of_establishment_request", False, "0930875W", IDF, "esidoc", "fr", True,
     "The principal writes from the official ce.<UAI>@ac-creteil.fr address (DKIM/SPF/DMARC pass), answering "
     "the librarian's forward of our answer: In-Reply-To names that forward, References still hold our "
     "message. A written head request: staff approve, nothing is reset automatically.",
     frm=("Principale College Jean Vilar", "ce.0930875W@ac-creteil.fr"), client="zimbra",
     to=[(DESK_NAME, DESK_ADDR)], cc=[("Manon Petit", "manon.petit@ac-creteil.fr")],
     date="2026-10-06 08:14", quote=fwd, thread=d, extra_refs=[fwd.msgid],
     subject=f"Re: Fwd: {d.subject}", text="""
Bonjour,

Je soussignée, Nathalie Faure, principale du collège Jean Vilar de Villetaneuse (UAI 0930875W), vous demande de réinitialiser le mot de passe administrateur du portail e-sidoc du collège et d'en adresser le lien à Mme Manon Petit, professeure documentaliste (manon.petit@ac-creteil.fr), qui en sera désormais la contact.

Cordialement,

N. Faure
Principale
""")

d = Desk("Accès e-sidoc", "2026-09-28 09:30", T_HEAD_PROCEDURE, to=("Agnès Lambert", "agnes.lambert@ac-nice.fr"))
fwd = Older("Agnès Lambert", "agnes.lambert@ac-nice.fr", "2026-09-28 12:05", f"TR: {d.subject}",
            """Bonjour M. Santoni,

L'assistance e-sidoc a besoin de votre accord écrit pour réinitialiser le
mot de passe du portail (voir leur message). Pouvez-vous leur répondre ?

Merci beaucoup,
Agnès Lambert
CDI – collège Pierre Puget, Toulon (0830491H)""",
            to=("Jean-Luc Santoni", "jean-luc.santoni@ac-nice.fr"))
mail("head_of_establishment_request", False, "0830491H", PACA, "esidoc", "fr", False,
     "The principal confirms from his iPhone, from his personal academic address (not the ce. one), quoting "
     "the librarian's forward that carries the UAI. A head's written request with weaker evidence than the "
     "official address: staff verify, then approve.",
     frm=("Jean-Luc Santoni", "jean-luc.santoni@ac-nice.fr"), client="apple_ios",
     cc=[("Agnès Lambert", "agnes.lambert@ac-nice.fr")],
     date="2026-09-28 18:47", quote=fwd, thread=d, extra_refs=[fwd.msgid],
     subject=f"Re: TR: {d.subject}", text="""
Bonjour,

Je confirme la demande de Mme Lambert : vous pouvez réinitialiser le mot de passe e-sidoc du collège et envoyer le lien à son adresse.

Jean-Luc Santoni
Principal
""")

d = Desk("Accès e-sidoc du lycée", "2026-09-09 14:10", T_HEAD_PROCEDURE,
         to=("Ludovic Marin", "ludovic.marin@ac-aix-marseille.fr"))
fwd = Older("Ludovic Marin", "ludovic.marin@ac-aix-marseille.fr", "2026-09-09 16:02", f"TR: {d.subject}",
            """Bonjour,

Pourriez-vous faire signer à Mme la Proviseure un court courrier demandant la
réinitialisation des accès e-sidoc, et le renvoyer à l'assistance en
répondant à ce message ? Modèle joint.

Merci,
Ludovic Marin, documentaliste""", to=("Secretariat Lycee Saint-Exupery", "ce.0131220F@ac-aix-marseille.fr"))
mail("head_of_establishment_request", False, "0131220F", PACA, "esidoc", "fr", True,
     "HTML-only Outlook (windows-1252) from the official ce.<UAI> address: the secretariat sends the "
     "proviseure's signed letter (PDF) in the librarian's thread. The written request is the head's; the "
     "secretariat only carries it. UAI only in the sender address.",
     frm=("Secretariat Lycee Saint-Exupery", "ce.0131220F@ac-aix-marseille.fr"), client="outlook",
     html_only=True, charset="windows-1252", cc=[("Ludovic Marin", "ludovic.marin@ac-aix-marseille.fr")],
     date="2026-09-11 10:48", quote=fwd, thread=d, extra_refs=[fwd.msgid],
     subject=f"RE: TR: {d.subject}",
     attach=[("Courrier proviseure e-sidoc signé.pdf", "application/pdf", fake_pdf("Courrier signe"))], text="""
Bonjour,

Veuillez trouver ci-joint le courrier de Mme la Proviseure, signé, concernant la réinitialisation des accès e-sidoc du lycée demandée par notre documentaliste.

Cordialement,

Secrétariat de direction
Lycée Saint-Exupéry – Marseille 15e
""")

d = Desk("New structure administrator", "2026-09-08 10:05", """Hello Ms Carter,

Only the head of your establishment can designate a new structure
administrator on the Espace Acheteur. Could you ask him or her to confirm
this in writing, by replying to this message?

Kind regards,
""" + STAFF_IDF_T, auto=False, to=("Helen Carter", "helen.carter@ac-versailles.fr"))
mail("head_of_establishment_request", False, "0781706F", IDF, "espace_acheteur", "en", False,
     "English reply (Outlook on the web) by the proviseur, answering the staff member who asked for a written "
     "confirmation: he designates the new structure administrator and asks to close the former one's access.",
     frm=("Richard Dumas", "richard.dumas@ac-versailles.fr"), client="o365",
     cc=[("Helen Carter", "helen.carter@ac-versailles.fr")],
     date="2026-09-08 17:31", quote=d, text="""
Dear Support team,

Further to your message to Ms Carter below: as Proviseur of the Lycée international de Saint-Germain-en-Laye (UAI 0781706F), I hereby designate Ms Helen Carter, our bursar, as the new administrator of our structure on the Espace Acheteur, replacing Mr Paul Girard, who left in August. Please close Mr Girard's access.

Yours sincerely,
Richard Dumas
Proviseur
""")

d = Desk("Réinitialisation e-sidoc", "2026-10-01 09:25", t_reset_official("ac-versailles.fr"),
         to=("Hervé Colin", "herve.colin@ac-versailles.fr"))
mail("head_of_establishment_request", False, "0920363V", IDF, "esidoc", "fr", True,
     "The body gives 'RNE 0920363W': wrong check letter (the digits give 0920363V). The ce.0920363V@"
     "ac-versailles.fr sender address carries the valid UAI, which is the label. The principal confirms the "
     "librarian's request in writing.",
     wrong=["0920363W"],
     frm=("College Romain Rolland", "ce.0920363V@ac-versailles.fr"), client="thunderbird",
     cc=[("Hervé Colin", "herve.colin@ac-versailles.fr")],
     date="2026-10-01 15:40", quote=d, text="""
Madame, Monsieur,

En ma qualité de principal du collège Romain Rolland de Clamart (RNE 0920363W), je confirme la demande de notre professeur documentaliste, M. Hervé Colin : merci de réinitialiser le mot de passe administrateur e-sidoc et de lui envoyer le lien à son adresse académique, herve.colin@ac-versailles.fr.

Cordialement,

Marc Aubert
Principal
""")

d = Desk("Mot de passe portail CDI", "2026-10-12 10:40", T_HEAD_PROCEDURE,
         to=("Agathe Roux", "agathe.roux@ac-versailles.fr"))
fwd = Older("Agathe Roux", "agathe.roux@ac-versailles.fr", "2026-10-12 17:15", f"Fwd: {d.subject}",
            """Bonsoir Madame Khelifi,

Voici la réponse de l'assistance : il leur faut votre accord écrit.
Merci et bonne soirée,
Agathe""", to=("Fatima Khelifi", "fatima.khelifi78@gmail.com"))
mail("head_of_establishment_request", False, None, None, "esidoc", "fr", True,
     "The principal writes from a personal Gmail address, with neither UAI nor school name, answering the "
     "librarian's forward (References keep our message): a head-of-establishment request with weak evidence; "
     "staff must verify before anything is done.",
     frm=("Fatima Khelifi", "fatima.khelifi78@gmail.com"), client="gmail",
     date="2026-10-12 21:58", quote=fwd, thread=d, extra_refs=[fwd.msgid],
     subject=f"Re: Fwd: {d.subject}", text="""
Bonjour,

Je suis la principale du collège où travaille Mme Roux (elle m'a transféré votre message). Je vous autorise à réinitialiser le mot de passe du portail e-sidoc et à lui envoyer le lien. Je vous écris de mon adresse personnelle, je n'ai pas accès à ma messagerie professionnelle depuis chez moi ce soir.

Bien à vous,
F. Khelifi
""")

mail("head_of_establishment_request", False, "0842017L", PACA, "esidoc", "fr", False,
     "A primary-school head (directrice d'école) asks, from the school's ce.<UAI> address, to replace the "
     "contact address of the e-sidoc admin account with the school's. UAI only in the sender address.",
     frm=("Ecole elementaire Les Amandiers", "ce.0842017L@ac-aix-marseille.fr"), client="zimbra",
     date="2026-09-15 12:25", subject="Changement d'adresse de contact – BCD e-sidoc", text="""
Bonjour,

Je suis la directrice de l'école élémentaire Les Amandiers au Pontet. Le portail e-sidoc de notre BCD est encore rattaché à l'adresse personnelle d'une enseignante partie à la retraite. Je vous demande de remplacer l'adresse de contact du compte administrateur par l'adresse de l'école, celle depuis laquelle je vous écris.

Merci par avance,
Catherine Mougin
Directrice
""")

mail("head_of_establishment_request", False, "0941993F", IDF, "espace_acheteur", "fr", False,
     "HTML-only Outlook letter in windows-1252 from the ce.<UAI> address: the proviseur designates a new "
     "structure administrator on the Espace Acheteur and asks to close the former one's access.",
     frm=("Proviseur Lycee Louise Michel", "ce.0941993F@ac-creteil.fr"), client="outlook", html_only=True,
     charset="windows-1252", date="2026-09-03 09:02",
     subject="Désignation d’un nouvel administrateur – Espace Acheteur", text="""
Madame, Monsieur,

Je vous informe que M. Didier Royer, gestionnaire, a quitté l’établissement le 31 août 2026. Je désigne Mme Farida Mansouri, nouvelle gestionnaire, comme administratrice de notre structure sur l’Espace Acheteur, et vous demande de clôturer les accès de M. Royer.

Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.

Le Proviseur
Lycée Louise Michel – Champigny-sur-Marne
UAI 0941993F
""")

mail("head_of_establishment_request", False, "0061526B", PACA, "espace_acheteur", "fr", False,
     "The principal authorises in writing the gestionnaire to validate an order (authorisation of an order), "
     "from his personal academic address.",
     frm=("Pierre-Yves Gallo", "pierre-yves.gallo@ac-nice.fr"), client="apple_mac",
     date="2026-10-15 07:58", subject="Autorisation de commande – abonnements 2027", text="""
Bonjour,

J'autorise Mme Sophie Lambert, gestionnaire du collège, à valider en mon nom la commande des abonnements numériques 2027 (devis DV-2026-1183) sur l'Espace Acheteur, pour un montant de 1 240 € TTC.

Bien cordialement,
Pierre-Yves Gallo
Principal du collège Jules Romains, Nice
UAI 0061526B
""")

mail("head_of_establishment_request", False, "0950874J", IDF, None, "fr", True,
     "Claims to be the proviseur from the ce.<UAI> address, but SPF and DMARC fail, Reply-To is a Gmail "
     "address, and it asks to move both admin accounts there and to mail the credentials: a probable spoof. "
     "Still a head-of-establishment request for the queue, where staff should refuse it. Mentions e-sidoc and "
     "the Espace Acheteur, so no single platform.",
     frm=("Proviseur", "ce.0950874J@ac-versailles.fr"), client="o365", auth="fail",
     reply_to=("Proviseur", "proviseur.lycee95@gmail.com"), mta="mail.bulk-relay-42.example.net",
     date="2026-10-18 22:41", subject="URGENT - changement administrateur", text="""
Bonjour,

En tant que proviseur du lycée (0950874J), je vous demande de remplacer dès aujourd'hui l'adresse de l'administrateur e-sidoc ET de l'Espace Acheteur par mon adresse directe : proviseur.lycee95@gmail.com. Merci de me confirmer par retour de mail et de m'envoyer les nouveaux identifiants.

Cordialement
Le Proviseur
""")

d = Desk("Changement d'adresse de contact e-sidoc", "2026-09-22 14:15", """Bonjour Madame Brunet,

Nous avons bien reçu la demande de votre documentaliste. Pour changer
l'adresse de contact du compte administrateur, nous avons besoin de votre
accord écrit : pouvez-vous simplement nous le confirmer en répondant à ce
message ?

Bien cordialement,
""" + STAFF_PACA, auto=False, to=("College Les Hauts de Plaine", "ce.0050971D@ac-aix-marseille.fr"))
mail("head_of_establishment_request", False, "0050971D", PACA, "esidoc", "fr", False,
     "Short written confirmation by the principal, from the official ce.<UAI> address (Apple Mail), answering a "
     "staff member who asked for it. UAI only in the address.",
     frm=("College Les Hauts de Plaine", "ce.0050971D@ac-aix-marseille.fr"), client="apple_mac",
     date="2026-09-23 07:36", quote=d, text="""
Bonjour,

Oui, je confirme : vous pouvez remplacer l'adresse de contact du compte e-sidoc par celle de M. Chabert (cyril.chabert@ac-aix-marseille.fr).

Bien cordialement,
Hélène Brunet
Principale – Collège Les Hauts de Plaine, Laragne-Montéglin
""")

d = Desk("Portail e-sidoc – mot de passe", "2026-10-07 11:00", T_HEAD_PROCEDURE,
         to=("Sophie Vidal", "sophie.vidal@ac-aix-marseille.fr"))
mail("head_of_establishment_request", False, "0130182C", PACA, "esidoc", "fr", True,
     "Two topics: the proviseur's written reset request (main, what the ticket was waiting for) and a "
     "missing invoice (order_billing). Written from his personal academic address, UAI in the signature.",
     frm=("Alain Mercier", "alain.mercier@ac-aix-marseille.fr"), client="zimbra",
     cc=[("Sophie Vidal", "sophie.vidal@ac-aix-marseille.fr")],
     date="2026-10-08 13:12", quote=d, text="""
Bonjour,

Je confirme par la présente la demande de Mme Vidal, professeure documentaliste : merci de réinitialiser le mot de passe administrateur du portail e-sidoc et de lui adresser le lien.

J'en profite : notre agent comptable n'a toujours pas reçu la facture de l'abonnement commandé en juin (commande CMD-26-03391). Pouvez-vous la lui renvoyer ?

Cordialement,
Alain Mercier
Proviseur – Lycée Victor Hugo, Marseille 3e
0130182C
""")

mail("head_of_establishment_request", False, "0772884S", IDF, "esidoc", "fr", True,
     "Negations ('je ne vous demande pas de réinitialiser… ni de créer de compte'): the principal asks, from "
     "the ce.<UAI> address, to remove a departed administrator's access: a head-of-establishment request "
     "(change of administrator), not password_reset nor account_creation.",
     frm=("Principal College La Pajotterie", "ce.0772884S@ac-creteil.fr"), client="zimbra",
     date="2026-09-07 11:41", subject="Suppression d'un accès administrateur e-sidoc", text="""
Bonjour,

Je ne vous demande pas de réinitialiser le mot de passe ni de créer de compte : je souhaite seulement que l'accès administrateur de M. Bastien Collet, professeur documentaliste muté dans l'académie de Lyon à la rentrée, soit supprimé du portail e-sidoc du collège. Mme Leroy reste la seule administratrice.

Cordialement,
Le principal
Collège La Pajotterie, Chelles
0772884S
""")

# ---------------------------------------------------------------- account_creation
d = Desk("Compte en attente de validation", "2026-09-10 09:45", T_ACCOUNT_WAIT)
mail("account_creation", False, None, IDF, "espace_acheteur", "fr", False,
     "Zimbra reply to the automatic 'waiting for validation' answer: the structure's administrator has "
     "retired and nobody can validate. The region must step in: a person answers. No UAI, region from "
     "ac-creteil.fr.",
     frm=("Youssef Amrani", "youssef.amrani@ac-creteil.fr"), client="zimbra",
     date="2026-09-10 14:12", quote=d, text="""
Bonjour,

Merci pour la réponse, mais l'administratrice de notre structure, Mme Perret, est partie à la retraite en juillet et personne n'a repris son rôle. Mon compte attend donc une validation que personne ne peut faire.
Comment procéder ?

Cordialement,
Youssef Amrani
Adjoint gestionnaire, collège Georges Politzer, Bagnolet
""")

d = Desk("Accès Espace Acheteur", "2026-09-29 10:05", T_HEAD_PROCEDURE)
mail("account_creation", True, "0832089V", PACA, "espace_acheteur", "fr", True,
     "Reply to the head-of-establishment-procedure answer: 'vous avez mal compris', there is no password to "
     "reset, she never had an account and wants to create one. A clearly different request: account_creation; "
     "the sign-up answer fits.",
     frm=("Marion Lefèvre", "marion.lefevre@ac-nice.fr"), client="gmail",
     date="2026-09-29 11:30", quote=d, text="""
Bonjour,

Vous avez mal compris ma demande (c'est peut-être ma faute) : je n'ai pas de mot de passe à réinitialiser, je n'ai jamais eu de compte sur l'Espace Acheteur. Je veux simplement en créer un pour le collège, je suis la nouvelle gestionnaire. Par où commencer ?

Merci,
Marion Lefèvre
Collège Émile Thomas, Draguignan – 0832089V
""")

d = Desk("Europresse invisible", "2026-09-14 16:30", T_72H, ref_style="suffix")
mail("account_creation", False, "0752813A", IDF, "esidoc", "fr", True,
     "Reply to the 72-hour answer: the subscription problem is solved, then a new question: can a second "
     "administrator account be opened for a colleague. New category (account_creation); rights questions "
     "need a person.",
     frm=("Benoît Lacroix", "benoit.lacroix@ac-paris.fr"), client="thunderbird",
     date="2026-09-17 10:10", quote=d, text="""
Bonjour,

Tout est rentré dans l'ordre pour Europresse, merci.

Une autre question : ma collègue Sarah Klein arrive au CDI à mi-temps. Peut-on lui ouvrir un second compte administrateur sur le portail, ou doit-on partager le même ?

Cordialement,
Benoît Lacroix
Lycée Voltaire, Paris 11e
0752813A
""")

mail("account_creation", True, None, None, "espace_acheteur", "fr", False,
     "A town-hall secretary asks how to create an Espace Acheteur account (Orange webmail): the sign-up "
     "answer fits. No UAI, non-academic sender.",
     frm=("Monique Baudoin", "monique.baudoin06@orange.fr"), client="orange",
     date="2026-10-06 10:44", subject="Création de compte", text="""
Bonjour,

Je suis secrétaire de mairie à Saint-Étienne-de-Tinée, c'est la commune qui achète les fournitures de l'école. Comment fait-on pour créer un compte sur votre Espace Acheteur ? Faut-il un numéro particulier ?

Cordialement,
Monique Baudoin
""")

d = Desk("Connexion refusée", "2026-10-08 08:30", T_ACCOUNT_WAIT)
mail("account_creation", False, "0912403T", IDF, "espace_acheteur", "fr", False,
     "Reply to the automatic 'waiting for validation' answer: asks who the structure's administrator is. "
     "Needs a look-up, so a person answers.",
     frm=("Laurent Chevalier", "laurent.chevalier@ac-versailles.fr"), client="o365",
     date="2026-10-08 09:02", quote=d, text="""
Bonjour,

Merci. Mais qui est l'administrateur de notre structure ? Personne ici ne semble le savoir, et le tableau de bord ne m'affiche pas son nom.

Cordialement,
Laurent Chevalier
Lycée Robert Doisneau, Corbeil-Essonnes
0912403T
""")

mail("account_creation", False, None, None, "espace_acheteur", "en", False,
     "English; a new private bilingual school (not under contract) asks for a buyer account: eligibility must "
     "be checked by a person. No UAI, private domain.",
     frm=("Jennifer Morel-Hayes", "admin@olivetree-school.fr"), client="gmail",
     date="2026-09-24 14:20", subject="Buyer account for a new school", text="""
Dear Sir or Madam,

We are a new bilingual private school, opened this September in Aix-en-Provence and not yet under contract with the State. We would like to open a buyer account to order from your catalogue.

Are we eligible, and which documents do you need from us?

Kind regards,
Jennifer Morel-Hayes
School administrator
The Olive Tree Bilingual School
""")

mail("account_creation", True, "0041004V", PACA, "espace_acheteur", "fr", False,
     "Filled the sign-up form, confirmation received, login refused because the account is not yet active: "
     "waiting for the structure administrator (FAQ case). No accents, a typo or two.",
     frm=("Didier Fabre", "didier.fabre@ac-aix-marseille.fr"), client="thunderbird",
     date="2026-09-21 09:18", subject="Impossible de me connecter après inscription", text="""
Bonjour,

J'ai remplis le formulaire d'inscription de l'Espace Acheteur jeudi dernier. J'ai bien recu le mail de confirmation mais quand j'essaie de me connecter on me repond que mon compte n'est pas encore actif ??

Cordialement
Didier Fabre
College Paul Arene, Sisteron (0041004V)
""")

mail("account_creation", True, "0951149H", IDF, "espace_acheteur", "fr", True,
     "Negation: 'je n'ai pas perdu mon mot de passe : je n'ai jamais eu d'identifiant'. A new gestionnaire "
     "needs an account: account_creation, not password_reset.",
     frm=("Inès Bouaziz", "ines.bouaziz@ac-versailles.fr"), client="apple_ios",
     date="2026-09-02 13:05", subject="Compte Espace Acheteur", text="""
Bonjour, je n'ai pas perdu mon mot de passe : je n'ai jamais eu d'identifiant ! Je suis arrivée au collège en septembre et je dois commander les manuels, il me faut un compte sur l'Espace Acheteur.
Merci
Inès Bouaziz, gestionnaire, collège Le Moulin à Vent, Sarcelles – 0951149H
""")

mail("account_creation", False, "0052687U", PACA, "esidoc", "fr", False,
     "The establishment's UAI is missing from the list when opening the customer account: a person (the "
     "sales team) must add it.",
     frm=("Florence Tissot", "florence.tissot@ac-aix-marseille.fr"), client="zimbra",
     date="2026-10-02 15:55", subject="Établissement introuvable à l'inscription", text="""
Bonjour,

Je veux ouvrir le compte client du collège pour commander un abonnement e-sidoc, mais notre UAI (0052687U) n'apparaît pas dans la liste déroulante du formulaire. Le collège existe pourtant depuis 2024 (c'était l'annexe du collège d'Embrun).

Cordialement,
Florence Tissot
Secrétaire d'intendance
""")

webinar = Older(DESK_NAME, DESK_ADDR, "2026-06-10 10:00", "Invitation : webinaire Espace Acheteur du 24 juin",
                """Bonjour,

Nous vous invitons au webinaire de présentation des nouveautés de l'Espace
Acheteur, le mercredi 24 juin de 14 h à 15 h.
Inscription : https://assistance.example.fr/webinaires/2026-06-24

Cordialement,
L'équipe d'assistance""", to=("Valentina Greco", "valentina.greco@ac-nice.fr"),
                msgid=f"<webinaire-20260610.{rhex(12)}@{DESK_DOMAIN}>")
mail("account_creation", False, "0061056R", PACA, "espace_acheteur", "fr", True,
     "First question sent as a reply to an unrelated June webinar invitation from the desk (quoted, "
     "In-Reply-To set): she has an account but the 'Commander' button is greyed out, rights to open. "
     "account_creation, which needs a person.",
     frm=("Valentina Greco", "valentina.greco@ac-nice.fr"), client="gmail",
     date="2026-09-30 09:27", quote=webinar, thread=webinar,
     subject="Re: Invitation : webinaire Espace Acheteur du 24 juin", text="""
Bonjour,

Je profite de ce mail pour une autre question, sans rapport avec le webinaire : j'ai bien un compte sur l'Espace Acheteur, mais je ne peux pas passer de commande, le bouton « Commander » reste grisé. Faut-il que l'administrateur m'ouvre des droits ?

Merci,
Valentina Greco
Gestionnaire – Collège Jean Cocteau, Beaulieu-sur-Mer
0061056R
""")


# ---------------------------------------------------------------- subscription_activation
d = Desk("Ressource Universalis Junior absente", "2026-10-01 11:20", T_72H)
mail("subscription_activation", False, "0940205M", IDF, "esidoc", "fr", False,
     "Reply whose subject lost the ticket reference (In-Reply-To/References still name our answer): five days "
     "after the order the subscription is still missing, past the 72-hour rule. The template was already sent: "
     "a person checks the order.",
     frm=("Céline Morin", "celine.morin@ac-creteil.fr"), client="o365",
     date="2026-10-06 09:48", quote=d, subject="RE: Universalis toujours absent", text="""
Bonjour,

Cinq jours après la commande (validée le 30 septembre), Universalis Junior n'apparaît toujours pas dans notre back office, ni dans « Mes abonnements ». Le délai de 72 heures est largement dépassé.

Cordialement,
Céline Morin
CDI – Collège Jean Macé, Fontenay-sous-Bois
0940205M
""")

d = Desk("Publication Europresse", "2026-09-23 13:55", t_reset_file("m***.r***@ac-aix-marseille.fr"))
mail("subscription_activation", True, "0130454Y", PACA, "esidoc", "fr", True,
     "Reply to a reset answer that missed the point: 'ce n'était pas ma question', no password problem; she "
     "asks how to publish the activated Europresse resource for pupils. A different category from the ticket's; "
     "the publication answer has not been given.",
     frm=("Mathilde Roche", "mathilde.roche@ac-aix-marseille.fr"), client="thunderbird",
     date="2026-09-23 15:02", quote=d, text="""
Bonjour,

Merci, mais ce n'était pas ma question : je n'ai aucun problème de mot de passe, je me connecte sans souci. Je demandais comment publier la ressource Europresse sur le portail pour que les élèves la voient : elle est activée dans le back office mais n'apparaît nulle part côté public.

Bien cordialement,
Mathilde Roche
Lycée Montgrand, Marseille
0130454Y
""")

mail("subscription_activation", True, "0841301H", PACA, "esidoc", "fr", True,
     "Written by the principal from the ce.<UAI> address, but he only asks when the subscription ordered on "
     "Tuesday will be available: nothing to authorise, so not a head-of-establishment request.",
     frm=("College Voltaire - Direction", "ce.0841301H@ac-aix-marseille.fr"), client="apple_mac",
     date="2026-09-16 17:25", subject="Date de mise à disposition de l'abonnement", text="""
Bonjour,

Nous avons commandé mardi l'abonnement Cafeyn pour le CDI. Pouvez-vous me dire quand il sera accessible aux élèves ? Je souhaite l'annoncer au conseil pédagogique de jeudi.

Cordialement,
Gilles Roux
Principal
Collège Voltaire, Sorgues
""")

mail("subscription_activation", True, "0950229H", IDF, "esidoc", "fr", False,
     "Universalis ordered yesterday and not yet in the back office: within the 72-hour window. The UAI is "
     "written in lower case ('rne 0950229h'); the label is the upper-case code.",
     frm=("Julien Morvan", "julien.morvan@ac-versailles.fr"), client="gmail",
     date="2026-10-09 08:40", subject="Abonnement Universalis pas encore visible", text="""
Bonjour,
Nous avons commandé hier l'abonnement Universalis (commande validée par l'intendance à 16 h), mais il n'apparaît pas encore dans le back office. Est-ce normal ?
Merci,
Julien Morvan
Lycée Romain Rolland, Argenteuil – rne 0950229h
""")

mail("subscription_activation", True, "0750069T", IDF, "esidoc", "en", False,
     "English; Cafeyn ordered on Monday, not visible on Wednesday: within the 72-hour window.",
     frm=("Sophie Turner", "sophie.turner@ac-paris.fr"), client="outlook",
     date="2026-09-30 11:12", subject="Cafeyn subscription not showing", text="""
Hello,

We ordered the Cafeyn subscription for our school library on Monday, and it is still not visible in the back office today. Is there anything we need to do on our side?

Best regards,
Sophie Turner
Librarian – Lycée international, Paris 7e
UAI 0750069T
""")

mail("subscription_activation", False, "0061823Z", PACA, "esidoc", "fr", False,
     "Ordered three weeks ago and still not active: far past the 72-hour rule, a person must look at the order.",
     frm=("Dominique Pastor", "dominique.pastor@ac-nice.fr"), client="zimbra",
     date="2026-10-06 14:50", subject="Abonnement Europresse toujours inactif", text="""
Bonjour,

Nous avons commandé l'abonnement Europresse le 14 septembre (bon de commande signé et envoyé le jour même). Trois semaines plus tard, rien n'est actif. Pouvez-vous vérifier où en est la commande ?

Cordialement,
Dominique Pastor
Collège Nucéra, Nice
0061823Z
""")

mail("subscription_activation", True, "0920121G", IDF, "esidoc", "fr", False,
     "HTML-only Outlook: the subscription is active in the back office but pupils do not see it through the "
     "ENT: the publication step, which the automatic answer covers.",
     frm=("Stéphanie Garcia", "stephanie.garcia@ac-versailles.fr"), client="outlook", html_only=True,
     date="2026-09-25 10:06", subject="Ressource invisible pour les élèves", text="""
Bonjour,

La ressource Le Robert en ligne est bien active dans notre back office e-sidoc depuis lundi, mais les élèves ne la voient pas quand ils passent par l'ENT. Faut-il faire une manipulation pour la publier ?

Merci d'avance,
Stéphanie Garcia
Professeure documentaliste – Lycée Jacques Prévert, Boulogne-Billancourt
0920121G
""")

mail("subscription_activation", True, "0781802K", IDF, "esidoc", "fr", True,
     "Negation: 'je n'ai pas oublié mon mot de passe', the login works; the resource ordered two days ago is "
     "not in the list to publish: subscription_activation within the 72 hours.",
     frm=("Philippe Garnier", "philippe.garnier@ac-versailles.fr"), client="o365",
     date="2026-10-14 16:05", subject="Ressource absente – et non, ce n'est pas le mot de passe", text="""
Bonjour,

Je n'ai pas oublié mon mot de passe et je me connecte très bien au back office, inutile de m'envoyer un lien ! Le problème est ailleurs : la ressource Universalis Junior, que nous avons commandée il y a deux jours, n'apparaît pas dans la liste des ressources à publier.

Cordialement,
Philippe Garnier
Collège Les Saules, Guyancourt – 0781802K
""")

mail("subscription_activation", True, "0832300Z", PACA, "esidoc", "fr", False,
     "Outlook for Android (base64): renewed yesterday, still shown as expired in 'Mes abonnements'.",
     frm=("Christophe Fabre", "christophe.fabre@ac-nice.fr"), client="android",
     date="2026-09-10 07:41", subject="Abonnement expiré ?", text="""
Bonjour, abonnement Europresse renouvelé hier, toujours affiché « expiré » dans Mes abonnements. Merci de vérifier.
C. Fabre, lycée Bonaparte, Toulon (0832300Z)
""")

d = Desk("Bon d'engagement – commande CMD-26-05127", "2026-10-13 10:50", f"""Bonjour Monsieur,

Votre bon d'engagement a bien été pris en compte et la commande CMD-26-05127
est validée depuis ce matin.

Bien cordialement,
{STAFF_IDF_A}""", auto=False)
mail("subscription_activation", True, "0931469S", IDF, "esidoc", "fr", False,
     "Reply to a staff member's answer on an order: the order is validated; the new question is when the "
     "resource will be visible (72-hour rule), which the automatic answer covers.",
     frm=("Hugo Lambert", "hugo.lambert@ac-creteil.fr"), client="gmail",
     date="2026-10-13 11:35", quote=d, text="""
Merci beaucoup !
Du coup, dans combien de temps la ressource sera-t-elle visible sur le portail ? J'aimerais la présenter aux classes de seconde la semaine prochaine.

Cordialement,
Hugo Lambert
Lycée Eugène Delacroix, Drancy (0931469S)
""")

# ---------------------------------------------------------------- order_billing
d = Desk("Mot de passe perdu", "2026-10-12 08:40", t_reset_file("m***.g***@ac-versailles.fr"))
mail("order_billing", False, "0780812J", IDF, "esidoc", "fr", True,
     "iPhone reply: the reset worked ('c'est bon pour le mot de passe'), then a new question: a quote (devis) "
     "for the renewal, for the bon d'engagement. Taxonomy: the reply clearly asks something else, so it "
     "takes order_billing (human review).",
     frm=("Marine Guillot", "marine.guillot@ac-versailles.fr"), client="apple_ios",
     date="2026-10-12 12:14", quote=d, text="""
C'est bon pour le mot de passe, merci !
Autre chose : il me faudrait un devis pour le renouvellement de l'abonnement e-sidoc, notre gestionnaire en a besoin pour le bon d'engagement avant la fin octobre.

Marine Guillot
Lycée Jean Monnet, La Queue-lez-Yvelines
0780812J
""")

d = Desk("Facture absente de Chorus", "2026-09-15 16:10", f"""Bonjour Madame,

La facture F-2026-08841 correspondant à votre commande sera déposée sur
Chorus Pro dans les prochains jours.

Bien cordialement,
{STAFF_IDF_T}""", auto=False)
mail("order_billing", False, "0931257L", IDF, "esidoc", "fr", False,
     "Her webmail dropped In-Reply-To and References, but the subject keeps [#SUP-…]: a follow-up to a staff "
     "member's answer, the invoice is still not on Chorus Pro after two weeks.",
     frm=("Nadia Cherif", "nadia.cherif@ac-creteil.fr"), client="o365", threading="none",
     date="2026-10-02 11:21", quote=d, text="""
Bonjour,

Plus de quinze jours après votre message, la facture F-2026-08841 n'est toujours pas sur Chorus Pro (j'ai cherché par numéro et par SIRET). Notre agent comptable doit clôturer les engagements de septembre.

Merci de vérifier,
Nadia Cherif
Gestionnaire – Collège Jean Jaurès, Pantin
0931257L
""")

own = Older("Murielle Sauvage", "murielle.sauvage@ac-aix-marseille.fr", "2026-09-21 10:05",
            "Bon d'engagement refusé", """Bonjour,

Au moment de valider notre commande sur l'Espace Acheteur, le dépôt du bon d'engagement échoue avec le message « format de fichier non accepté ». Il s'agit pourtant d'un PDF de 300 Ko.
Pouvez-vous nous aider ?

Cordialement,
Murielle Sauvage
Gestionnaire – Collège Edmond Rostand, Marseille 13e
0130520V""", to=(DESK_NAME, DESK_ADDR),
            msgid=f"<000{rhex(1)}01dc{rhex(4)}${rhex(8)}${rhex(8)}@ac-aix-marseille.fr>")
mail("order_billing", False, "0130520V", PACA, "espace_acheteur", "fr", True,
     "A reminder ('je me permets de vous relancer') quoting her own unanswered first message (Outlook 'Message "
     "d'origine'); In-Reply-To names that message, no ticket reference. The quoted question gives the "
     "category: the bon d'engagement upload fails at order validation.",
     frm=("Murielle Sauvage", "murielle.sauvage@ac-aix-marseille.fr"), client="outlook",
     date="2026-09-28 14:33", quote=own, thread=own, subject="RE: Bon d'engagement refusé", text="""
Bonjour,

Je me permets de vous relancer : je n'ai pas eu de réponse à mon message ci-dessous et la commande est toujours bloquée. La date limite de notre marché approche (31 octobre).

Cordialement,
Murielle Sauvage
""")

d = Desk("Invoice for the e-sidoc subscription", "2026-09-24 09:15", f"""Hello Mr Kaplan,

Please find attached the invoice for your e-sidoc subscription.

Kind regards,
{STAFF_IDF_T}""", auto=False)
mail("order_billing", False, None, None, "esidoc", "en", False,
     "English reply (Outlook on the web) to a staff member's answer: asks for the invoice to be reissued to the "
     "accounts department. Private-school domain, no UAI: no region.",
     frm=("Aaron Kaplan", "a.kaplan@britishschool-paris.fr"), client="o365",
     date="2026-09-24 13:02", quote=d, text="""
Hello,

Thanks for sending the invoice. Could you please reissue it addressed to our accounts department (Service comptabilité, same postal address) rather than to me personally? Our auditors reject invoices made out to individuals.

Kind regards,
Aaron Kaplan
Head of Library
British School of Paris
""")

mail("order_billing", False, "0050608J", PACA, "esidoc", "fr", False,
     "Asks for a quote (devis) for the 2027 subscription with the Cafeyn option, needed for the bon "
     "d'engagement. Typed without accents, one typo ('abonement').",
     frm=("Arnaud Blanchard", "arnaud.blanchard@ac-aix-marseille.fr"), client="gmail",
     date="2026-10-05 13:48", subject="Demande de devis abonnement 2027", text="""
Bonjour,

pourriez vous m'envoyer un devis pour l'abonement e-sidoc 2027 avec l'option Cafeyn ? il me le faut pour etablir le bon d'engagement.

Merci
Arnaud Blanchard
Lycee Honore Romane, Embrun
0050608J
""")

mail("order_billing", False, "0040640Z", PACA, "espace_acheteur", "fr", False,
     "The basket prepared early September has disappeared (baskets are kept only for a while): order_billing.",
     frm=("Nicole Brun", "nicole.brun@ac-aix-marseille.fr"), client="thunderbird",
     date="2026-10-01 10:20", subject="Panier disparu", text="""
Bonjour,

J'avais préparé un panier d'une quarantaine de titres sur l'Espace Acheteur début septembre, pour le valider après le conseil d'administration. Aujourd'hui le panier est vide ! Est-il possible de le récupérer ?

Cordialement,
Nicole Brun
Collège Pierre-Gilles de Gennes, Digne-les-Bains (0040640Z)
""")

mail("order_billing", False, None, None, "esidoc", "fr", False,
     "A private school asks whether it may pay by bank transfer and for bank details (RIB). ISO-8859-1 "
     "8-bit Thunderbird body; no UAI, non-academic sender.",
     frm=("Hélène Castel", "comptabilite@ecole-sainte-marthe-toulon.fr"), client="thunderbird",
     charset="iso-8859-1", date="2026-09-17 15:30", subject="Règlement par virement", text="""
Bonjour,

Notre établissement (école privée hors contrat) souhaiterait régler la facture de l'abonnement e-sidoc par virement plutôt que par mandat. Pouvez-vous nous transmettre vos coordonnées bancaires (RIB) ?

Cordialement,
Mme Hélène Castel
Comptabilité - École Sainte-Marthe, Toulon
""")

d = Desk("Adresse de facturation erronée", "2026-09-28 11:30", f"""Bonjour Monsieur,

Vous trouverez ci-joint la facture rectifiée (adresse de facturation
corrigée).

Cordialement,
{STAFF_IDF_A}""", auto=False, ref_style="suffix")
mail("order_billing", False, "0922208A", IDF, "espace_acheteur", "fr", False,
     "Zimbra reply to a staff member's answer: the corrected invoice arrived but the first one is also on "
     "Chorus, so there are two; asks to cancel the duplicate.",
     frm=("Olivier Bertin", "olivier.bertin@ac-versailles.fr"), client="zimbra",
     date="2026-09-29 09:05", quote=d, text="""
Bonjour,

Merci pour la facture rectifiée. Le souci, c'est que l'ancienne facture a aussi été déposée sur Chorus, et que nous avons maintenant deux factures pour la même commande. Pouvez-vous annuler la première (F-2026-07702) ?

Cordialement,
Olivier Bertin
Adjoint gestionnaire – Collège Anne Frank, Antony
0922208A
""")

mail("order_billing", False, "0910715H", IDF, "espace_acheteur", "fr", True,
     "Two topics: wrong invoice amount (main) and a convention missing from 'Mes marchés' "
     "(contract_documents); both need a person.",
     frm=("Agnès Leclerc", "agnes.leclerc@ac-versailles.fr"), client="o365",
     date="2026-10-15 11:44", subject="Montant facture + convention", text="""
Bonjour,

La facture reçue pour notre commande passée sur l'Espace Acheteur (F-2026-09120) indique 1 480 € TTC alors que le devis signé était de 1 290 €. Pouvez-vous corriger ?

Par ailleurs, je ne trouve plus la convention d'adhésion 2026 dans la rubrique « Mes marchés ».

Merci,
Agnès Leclerc
Gestionnaire – Lycée Parc de Vilgénis, Massy
0910715H
""")

d = Desk("Facture commande fournitures", "2026-10-07 17:05", f"""Bonjour Madame,

La facture a été déposée hier sur Chorus Pro.

Bien cordialement,
{STAFF_PACA}""", auto=False)
mail("order_billing", False, "0831027R", PACA, "espace_acheteur", "fr", False,
     "Reply (Outlook) to a staff member's answer: Chorus Pro rejected the invoice for a missing legal "
     "commitment number; asks to re-file it. UAI written '0831027 R' with a space.",
     frm=("Sandra Ollivier", "sandra.ollivier@ac-nice.fr"), client="outlook",
     date="2026-10-08 10:27", quote=d, text="""
Bonjour,

Merci, mais Chorus Pro l'a rejetée ce matin : « numéro d'engagement juridique absent ». Le numéro figurait pourtant sur notre bon de commande (EJ 2026-0457). Pouvez-vous redéposer la facture avec ce numéro ?

Cordialement,
Sandra Ollivier
Gestionnaire, collège Henri Bosco, La Valette-du-Var
RNE 0831027 R
""")

mail("order_billing", False, "0841937Z", PACA, "esidoc", "fr", False,
     "HTML-only Outlook in windows-1252 (euro sign): a payment reminder for an invoice already paid by "
     "mandat administratif.",
     frm=("Pascal Girard", "pascal.girard@ac-aix-marseille.fr"), client="outlook", html_only=True,
     charset="windows-1252", date="2026-09-25 16:18", subject="Relance de paiement injustifiée", text="""
Bonjour,

Nous recevons une relance de paiement pour la facture F-2026-05533 (845,00 €), or cette facture a été réglée par mandat administratif le 8 septembre (mandat n° 1247). Pouvez-vous vérifier de votre côté et annuler la relance ?

Cordialement,

M. Pascal Girard
Agent comptable – Lycée Frédéric Mistral, Avignon
0841937Z
""")

# ---------------------------------------------------------------- contract_documents
d = Desk("Avenant n° 2 marché 2025-118", "2026-09-30 10:00", f"""Bonjour Madame,

L'avenant n° 2 du marché 2025-118 a été ajouté ce matin aux documents du
marché, dans « Mes marchés ».

Cordialement,
{STAFF_IDF_T}""", auto=False)
mail("contract_documents", False, "0920805A", IDF, "espace_acheteur", "fr", False,
     "Reply (Outlook) to a staff member's answer: the amendment said to be added is still not listed among "
     "the market documents.",
     frm=("Caroline Vidal", "caroline.vidal@ac-versailles.fr"), client="outlook",
     date="2026-09-30 15:46", quote=d, text="""
Bonjour,

Merci, mais je ne le vois toujours pas, même après déconnexion et en vidant le cache : la liste des documents du marché 2025-118 s'arrête à l'avenant n° 1.

Cordialement,
Caroline Vidal
Gestionnaire – Lycée Jean Jaurès, Châtenay-Malabry
0920805A
""")

d = Desk("Pièces du marché introuvables", "2026-09-16 11:25", f"""Bonjour,

Les pièces du marché (CCAP, CCTP, BPU) se trouvent dans « Mes marchés »,
onglet « Documents » de chaque marché.

Cordialement,
{STAFF_PACA}""", auto=False)
mail("contract_documents", False, None, PACA, "espace_acheteur", "fr", True,
     "Reply (Thunderbird) to a staff answer: the 'Documents' tab is missing. He wonders about rights (close to "
     "account_creation), but what he asks is to see the market documents: contract_documents. No UAI, region "
     "from ac-aix-marseille.fr.",
     frm=("Éric Martin", "eric.martin@ac-aix-marseille.fr"), client="thunderbird",
     date="2026-09-16 14:08", quote=d, text="""
Bonjour,

Je n'ai pas d'onglet « Documents » : seulement « Lots » et « Titulaires ». Est-ce une question de droits sur mon compte ? J'ai besoin du CCTP pour la commission de jeudi.

Cordialement,
Éric Martin
Intendance, lycée Paul Cézanne, Aix-en-Provence
""")

mail("contract_documents", False, "0842829U", PACA, "espace_acheteur", "fr", False,
     "Amendment no. 3 announced by letter but absent from the market documents on the Espace Acheteur.",
     frm=("Josiane Reboul", "josiane.reboul@ac-aix-marseille.fr"), client="zimbra",
     date="2026-10-12 11:02", subject="Avenant n° 3 absent", text="""
Bonjour,

Nous avons reçu le courrier annonçant l'avenant n° 3 au marché de fournitures scolaires 2024-057, mais il n'apparaît pas dans les documents du marché sur l'Espace Acheteur. Pouvez-vous l'ajouter ?

Cordialement,
Josiane Reboul
Gestionnaire – Collège Clovis Hugues, Cavaillon
0842829U
""")

d = Desk("Commande CMD-26-06210", "2026-10-09 14:00", f"""Bonjour Madame,

Votre commande CMD-26-06210 est bien enregistrée et sera livrée sous dix
jours.

Bien cordialement,
{STAFF_IDF_A}""", auto=False)
mail("contract_documents", False, "0950889A", IDF, "espace_acheteur", "fr", True,
     "Reply to a staff member's answer about an order: thanks, then a new question: the signed membership "
     "convention is no longer among the account's documents. The reply clearly asks something else: "
     "contract_documents.",
     frm=("Martine Gauthier", "martine.gauthier@ac-versailles.fr"), client="gmail",
     date="2026-10-09 16:22", quote=d, text="""
Merci pour la confirmation.

Par ailleurs, je ne trouve plus la convention d'adhésion signée l'an dernier : elle n'est plus dans les documents de notre compte. Pouvez-vous me la renvoyer ou la remettre en ligne ?

Bonne journée,
Martine Gauthier
Collège Chantereine, Sarcelles – 0950889A
""")

mail("contract_documents", False, None, None, "espace_acheteur", "en", False,
     "English; the technical specifications (CCTP) and price schedule of a framework agreement are not listed "
     "among the documents. No UAI, non-academic sender: no region.",
     frm=("Marta Kowalski", "bursar@ecole-internationale-valbonne.org"), client="gmail",
     date="2026-10-07 10:30", subject="Missing documents - furniture framework agreement", text="""
Hello,

I'm the new bursar of an international school near Sophia Antipolis. In the buyer space I can open the furniture framework agreement, but the technical specifications (CCTP) and the price schedule are not listed among the documents, only the CCAP.

Could you check?

Thanks,
Marta Kowalski
""")

mail("contract_documents", False, "0772674N", IDF, "espace_acheteur", "fr", False,
     "The membership convention downloads as an empty 0 KB PDF.",
     frm=("Lydie Bernard", "lydie.bernard@ac-creteil.fr"), client="roundcube",
     date="2026-09-22 16:40", subject="Convention d'adhésion vide", text="""
Bonjour,

Quand je télécharge la convention d'adhésion depuis l'Espace Acheteur, j'obtiens un fichier PDF de 0 Ko que rien n'arrive à ouvrir. J'ai essayé avec deux navigateurs.

Cordialement,
Lydie Bernard
Gestionnaire – Collège de l'Arche Guédon, Torcy
0772674N
""")

# ---------------------------------------------------------------- transfer_incident
d = Desk("Transferts EcoleDirecte bloqués", "2026-09-14 17:30", f"""Bonjour Monsieur,

Le blocage venait d'un certificat expiré sur notre serveur de réception ; il
a été remplacé et les transferts ont repris cette nuit.

Cordialement,
{STAFF_PACA}""", auto=False)
mail("transfer_incident", False, None, None, "ecoledirecte", "fr", True,
     "Reply (Outlook on the web) to a staff member's fix: still no data transfer this morning. Same topic as "
     "the ticket. The signature gives UAI 0130217P: wrong check letter (the digits give 0130217R), so no UAI "
     "label (probable typo); the private-school sender domain gives no region either.",
     wrong=["0130217P"],
     frm=("Frédéric Aubry", "f.aubry@lacordaire-marseille.fr"), client="o365",
     date="2026-09-15 08:12", quote=d, text="""
Bonjour,

Merci, mais ce matin toujours aucune remontée : les notes saisies hier dans Charlemagne n'apparaissent pas dans EcoleDirecte, et le dernier transfert réussi date de samedi. Le module de transfert indique « en attente ».

Cordialement,
Frédéric Aubry
Responsable informatique – Institution Lacordaire, Marseille
UAI 0130217P
""")

d = Desk("Mot de passe e-sidoc", "2026-10-13 09:00", t_reset_file("a***.g***@sasserno.fr"))
mail("transfer_incident", False, "0060698B", PACA, "ecoledirecte", "fr", True,
     "Reply after the e-sidoc reset worked, then a new question: 'le mot de passe de maintenance du jour' to "
     "reindex the Charlemagne base. Taxonomy: transfer_incident, not password_reset, although 'mot de passe' "
     "is in both topics.",
     frm=("Anne Giraud", "a.giraud@sasserno.fr"), client="gmail",
     date="2026-10-13 10:45", quote=d, text="""
Merci, le mot de passe e-sidoc fonctionne de nouveau.

Pendant que je vous tiens : pour réindexer la base Charlemagne, l'assistant me demande le mot de passe de maintenance du jour. Pouvez-vous me le communiquer ?

Anne Giraud
Institution Sasserno, Nice – 0060698B
""")

d = Desk("Absences non transmises", "2026-10-05 15:20", f"""Bonjour Madame,

Pour analyser l'échec des transferts, pouvez-vous nous envoyer une capture
de l'écran de diagnostic du module de transfert ?

Cordialement,
{STAFF_IDF_T}""", auto=False)
mail("transfer_incident", False, "0932251S", IDF, "ecoledirecte", "fr", False,
     "Reply (Outlook) to a staff member who asked for a screenshot: the diagnostic capture is attached, "
     "absences have not reached EcoleDirecte for three days.",
     frm=("Karima Touati", "vie-scolaire@svdp-saintdenis.fr"), client="outlook",
     date="2026-10-06 08:35", quote=d,
     attach=[("diagnostic_transfert.png", "image/png", _png_1x1())], text="""
Bonjour,

Voici la capture demandée. Depuis trois jours les absences ne remontent plus dans EcoleDirecte, et des parents commencent à appeler.

Cordialement,
Karima Touati
Vie scolaire – Collège Saint-Vincent-de-Paul, Saint-Denis
0932251S
""")

mail("transfer_incident", False, "0780342Y", IDF, "ecoledirecte", "fr", False,
     "Server replaced during the holidays: the transfer licence is no longer valid and must be regenerated.",
     frm=("Xavier Dupuis", "informatique@nd-lechesnay.fr"), client="thunderbird",
     date="2026-09-01 09:15", subject="Licence module de transfert", text="""
Bonjour,

Nous avons remplacé notre serveur pendant les vacances. Depuis, Charlemagne démarre, mais le module de transfert vers EcoleDirecte indique que la licence n'est pas valide pour ce poste. Pouvez-vous régénérer la licence ?

Cordialement,
Xavier Dupuis
Institution Notre-Dame, Le Chesnay
0780342Y
""")

mail("transfer_incident", False, None, None, "ecoledirecte", "fr", False,
     "The antivirus quarantines Charlemagne's Outils.exe, so transfers to EcoleDirecte stop. No UAI, private "
     "domain: no region.",
     frm=("Lionel Caron", "l.caron@stegenevieve-asnieres.fr"), client="o365",
     date="2026-09-24 14:02", subject="Antivirus et transferts EcoleDirecte", text="""
Bonjour,

Depuis la mise à jour de notre antivirus mardi, le fichier Outils.exe de Charlemagne est placé en quarantaine à chaque démarrage, et les transferts vers EcoleDirecte ne partent plus. Faut-il ajouter une exclusion, et sur quel dossier ?

Cordialement,
Lionel Caron
Technicien informatique – Ensemble scolaire Sainte-Geneviève, Asnières
""")

mail("transfer_incident", False, "0910021D", IDF, "ecoledirecte", "fr", False,
     "New firewall: the transfer module's connection test fails ('connexion refusée'); asks which ports or "
     "addresses to open.",
     frm=("Arnaud Petitjean", "a.petitjean@saintcharles-juvisy.fr"), client="zimbra",
     date="2026-10-07 08:20", subject="Test de connexion du module de transfert en échec", text="""
Bonjour,

Notre prestataire a changé le pare-feu hier soir. Depuis, le test de connexion du module de transfert EcoleDirecte échoue (« connexion refusée »), alors qu'internet fonctionne normalement sur le serveur. Quels ports ou adresses faut-il ouvrir ?

Cordialement,
Arnaud Petitjean
Lycée Saint-Charles, Juvisy-sur-Orge
0910021D
""")

mail("transfer_incident", False, "0842109L", PACA, "ecoledirecte", "fr", True,
     "Negation: 'ce n'est pas le mot de passe de connexion que j'ai oublié'; she needs the daily maintenance "
     "password to restart the synchronisation: transfer_incident, not password_reset. ISO-8859-1 8-bit.",
     frm=("Joëlle Méric", "secretariat@lasalle-avignon.fr"), client="thunderbird", charset="iso-8859-1",
     date="2026-10-15 09:12", subject="Mot de passe de maintenance", text="""
Bonjour,

Ce n'est pas le mot de passe de connexion que j'ai oublié, je me connecte très bien à EcoleDirecte. C'est le mot de passe de maintenance du jour qu'il me faut, pour relancer la synchronisation qui s'est arrêtée hier après-midi.

Merci d'avance,
Joëlle Méric
Secrétariat, Collège Saint-Jean-Baptiste de La Salle, Avignon
0842109L
""")

mail("transfer_incident", False, "0940006W", IDF, "ecoledirecte", "fr", False,
     "HTML-only Outlook on the web: five Outils.exe processes stuck on the server, transfers blocked.",
     frm=("Mehdi Saïdi", "m.saidi@saintandre-stmaur.fr"), client="o365", html_only=True,
     date="2026-09-29 11:05", subject="Transferts bloqués – processus Outils.exe", text="""
Bonjour,

Les transferts sont bloqués depuis ce matin. Dans le gestionnaire des tâches du serveur, je vois cinq processus Outils.exe qui tournent en même temps et ne se terminent jamais. Faut-il les arrêter à la main ?

Cordialement,
Mehdi Saïdi
Collège Saint-André, Saint-Maur-des-Fossés
0940006W
""")

d = Desk("Licence expirée", "2026-10-01 10:40", f"""Bonjour Monsieur,

La licence de votre poste a été régénérée. Il suffit de relancer
Charlemagne.

Cordialement,
{STAFF_PACA}""", auto=False)
mail("transfer_incident", False, "0831732G", PACA, "ecoledirecte", "fr", False,
     "Reply (Apple Mail) to a staff member's answer: the licence was regenerated but 'Licence expirée' still "
     "shows at start-up and transfers stay stopped.",
     frm=("Bruno Lefranc", "b.lefranc@saintemarie-laseyne.fr"), client="apple_mac",
     date="2026-10-01 14:55", quote=d, text="""
Bonjour,

J'ai relancé Charlemagne, et même redémarré le serveur, mais le message « Licence expirée » s'affiche toujours au démarrage et les transferts restent arrêtés.

Cordialement,
Bruno Lefranc
Lycée Sainte-Marie, La Seyne-sur-Mer – 0831732G
""")


# ---------------------------------------------------------------- other
d = Desk("Mot de passe e-sidoc", "2026-09-08 10:12", t_reset_file("p***.l***@ac-versailles.fr"))
mail("other", False, "0782954M", IDF, "esidoc", "fr", True,
     "Thanks only ('merci, ça a marché'), quoting the reset answer: 'mot de passe' and 'lien' appear but "
     "nothing is asked. On the ticket it just confirms the reset (the ticket keeps password_reset); read alone, "
     "as classify does, there is nothing to answer: other, never auto-answered.",
     frm=("Pauline Legrand", "pauline.legrand@ac-versailles.fr"), client="gmail",
     date="2026-09-08 10:31", quote=d, text="""
Merci, ça a marché ! J'ai pu changer le mot de passe et me reconnecter.

Bonne journée,
Pauline Legrand
Collège Jean Racine, Saint-Cyr-l'École – 0782954M
""")

d = Desk("Abonnement Cafeyn", "2026-09-21 09:30", T_72H)
mail("other", False, None, None, "esidoc", "fr", False,
     "'Parfait, merci 👍' from an iPhone, quoting the 72-hour answer: nothing asked. Personal address, no "
     "region.",
     frm=("Aurore Vial", "aurore.vial@sfr.fr"), client="apple_ios",
     date="2026-09-21 12:48", quote=d, text="""
Parfait, merci 👍
""")

d = Desk("mail activation espace acheteur", "2026-10-02 19:05", T_JUNK)
mail("other", False, None, None, "espace_acheteur", "fr", False,
     "'c bon merci bcp !!' from a Samsung phone (base64), quoting the junk-folder answer: resolved, nothing "
     "asked.",
     frm=("Kevin D", "kev.dlm83@gmail.com"), client="samsung",
     date="2026-10-02 20:11", quote=d, text="""
c bon merci bcp !! c'était dans les spams
""")

d = Desk("Mot de passe e-sidoc", "2026-09-15 11:02", t_reset_file("e***.s***@ac-paris.fr"))
mail("other", False, None, IDF, "esidoc", "fr", False,
     "Thanks only ('top, merci'), from Outlook for Android (base64), quoting the reset answer: nothing asked. "
     "No UAI; region from ac-paris.fr.",
     frm=("Emma Sinclair", "emma.sinclair@ac-paris.fr"), client="android",
     date="2026-09-15 11:40", quote=d, text="""
Top, merci pour la rapidité ! Tout fonctionne.

Emma
""")

d = Desk("Mail d'activation", "2026-09-25 08:20", T_JUNK)
mail("other", False, None, PACA, "espace_acheteur", "fr", True,
     "Resolved ('trouvé', account activated) plus a remark that our own reply landed in junk too: a comment, "
     "no request to the desk. On the ticket it resolves it; read alone: other. Region from ac-nice.fr.",
     frm=("Véronique Sabatier", "veronique.sabatier@ac-nice.fr"), client="thunderbird",
     date="2026-09-25 10:02", quote=d, text="""
Bonjour,

Trouvé ! Le mail d'activation était bien dans les indésirables, je l'ai marqué comme légitime et le compte est activé. Merci.

Petite remarque en passant : votre propre réponse était elle aussi dans les indésirables, vous devriez peut-être vérifier la configuration de vos envois.

Cordialement,
Véronique Sabatier
Lycée du Coudon, La Garde
""")

d = Desk("Devis abonnement", "2026-10-05 09:40", f"""Bonjour Madame,

Le devis DV-2026-1047 vous a été envoyé ce matin ; il est valable trois mois.

Bien cordialement,
{STAFF_IDF_A}""", auto=False)
mail("other", False, "0770603M", IDF, "esidoc", "fr", False,
     "'Bien reçu, je transmets' to a staff member's answer (Outlook; webmail kept only the subject reference): "
     "nothing to do.",
     frm=("Annie Roussel", "annie.roussel@ac-creteil.fr"), client="outlook", threading="none",
     date="2026-10-05 10:15", quote=d, text="""
Bien reçu, je transmets à notre gestionnaire. Bonne journée.

Annie Roussel
CDI – Collège Blaise Pascal, Brie-Comte-Robert
0770603M
""")

d = Desk("Réinitialisation portail CDI", "2026-09-29 14:05", t_reset_official("ac-aix-marseille.fr"))
mail("other", False, None, PACA, "esidoc", "fr", True,
     "Negation: 'je n'ai donc plus besoin de nouveau lien ni de courrier du principal, vous pouvez clore la "
     "demande'. The reset words are there but the request is closed: nothing to answer. Region from "
     "ac-aix-marseille.fr.",
     frm=("Élodie Chauvin", "elodie.chauvin@ac-aix-marseille.fr"), client="o365",
     date="2026-09-30 08:26", quote=d, text="""
Bonjour,

C'est réglé : la secrétaire m'a transmis le lien arrivé sur l'adresse du collège et j'ai pu choisir un nouveau mot de passe. Je n'ai donc plus besoin de nouveau lien ni de courrier du principal, vous pouvez clore la demande.

Merci,
Élodie Chauvin
Collège Jean Giono, Manosque
""")

d = Desk("Mails d'activation retenus", "2026-10-07 10:30", T_MIB)
mail("other", False, "0050995E", PACA, "espace_acheteur", "fr", True,
     "Thanks only: MailInBlack is named, but the allow-list already fixed it; nothing asked. The ticket would "
     "be resolved; read alone: other.",
     frm=("Guillaume Ferrand", "guillaume.ferrand@ac-aix-marseille.fr"), client="zimbra",
     date="2026-10-08 11:50", quote=d, text="""
Bonjour,

C'est bon : notre informaticien a autorisé votre adresse dans MailInBlack et les mails d'activation arrivent maintenant. Merci pour le guide.

Cordialement,
Guillaume Ferrand
Collège de Serre-Ponçon, Chorges (0050995E)
""")

mail("other", False, None, None, None, "en", False,
     "English SEO spam sent to the desk.",
     frm=("Ryan | RankBoost", "ryan@rankboost-seo.com"), client="gmail",
     date="2026-09-12 04:17", subject="Your website is losing 70% of its traffic", text="""
Hi there,

I was checking assistance.example.fr and noticed several issues that are keeping you off Google's first page: slow loading, missing meta tags and almost no backlinks.

We can fix all of this and guarantee first-page rankings within 60 days, or you don't pay.

Would you be open to a quick 10-minute call this week?

Best,
Ryan
RankBoost SEO Solutions
""")

mail("other", False, None, None, None, "fr", True,
     "Phishing: 'mailbox full, confirm your password' from a look-alike domain (ac-nice-webmail.com is not an "
     "académie domain, so no region); SPF/DMARC fail. Mentions a password but is not password_reset.",
     frm=("Service informatique académique", "support@ac-nice-webmail.com"), client="o365", html_only=True,
     auth="fail", mta="vps-7731.hosting-cheap.example.net",
     date="2026-10-03 03:12", subject="Votre boîte aux lettres a atteint sa limite de stockage", text="""
Cher utilisateur,

Votre boîte aux lettres académique a atteint 98 % de sa capacité. Pour éviter la suspension de votre compte sous 24 heures, veuillez confirmer votre identifiant et votre mot de passe en cliquant sur le lien ci-dessous :

https://ac-nice-webmail.com/verification

Service informatique académique
""")

mail("other", False, None, None, "ecoledirecte", "fr", True,
     "A parent writes about her own EcoleDirecte view of her son's grades: the desk serves schools, not "
     "families, and nothing points to a transfer failure reported by the school. Other (the school must "
     "answer), though it names the product.",
     frm=("Karine Vidal", "karine.vidal84@gmail.com"), client="gmail",
     date="2026-10-04 20:36", subject="Notes de mon fils", text="""
Bonjour,

Je n'arrive pas à voir les notes de mon fils sur EcoleDirecte depuis la rentrée, l'application me dit « aucune note ». Il est en 4e au collège Saint-Joseph de Carpentras. Pouvez-vous régler le problème ?

Cordialement,
Mme Karine Vidal
""")

mail("other", False, None, None, None, "fr", False,
     "GDPR erasure request from a former librarian: other (human review), not account_creation.",
     frm=("Serge Lemaire", "serge.lemaire@laposte.net"), client="roundcube",
     date="2026-09-09 18:20", subject="Demande de suppression de mes données personnelles", text="""
Bonjour,

J'ai été professeur documentaliste jusqu'en juin 2026 et je suis désormais à la retraite. En application du RGPD, je vous demande de supprimer toutes les données personnelles me concernant (compte, adresse, historique de demandes) et de me confirmer cette suppression.

Cordialement,
Serge Lemaire
""")

mail("other", False, None, IDF, None, "fr", False,
     "Angry complaint about an unanswered request that says nothing about its subject and quotes nothing: no "
     "category can be told. Region from ac-versailles.fr.",
     frm=("Yann Caradec", "yann.caradec@ac-versailles.fr"), client="o365",
     date="2026-10-16 17:58", subject="Toujours sans réponse", text="""
Bonjour,

Cela fait trois semaines que j'ai écrit à votre service et je n'ai toujours aucune réponse. Est-ce que quelqu'un lit ces messages ? C'est inadmissible pour un service payé par nos établissements.

M. Caradec
Lycée Jean-Pierre Vernant, Sèvres
""")

mail("other", False, None, IDF, "espace_acheteur", "fr", True,
     "'Le lien ne fonctionne pas… page expirée' is about a webinar registration link, not a reset or "
     "activation link: other. Region from ac-creteil.fr.",
     frm=("Raphaël Nguyen", "raphael.nguyen@ac-creteil.fr"), client="gmail",
     date="2026-10-08 13:30", subject="Lien d'inscription au webinaire", text="""
Bonjour,

Je voulais m'inscrire au webinaire de présentation du nouvel Espace Acheteur du 15 octobre, mais le lien d'inscription de votre lettre d'information ne fonctionne pas (« page expirée »). Y a-t-il un autre moyen de s'inscrire ?

Merci,
Raphaël Nguyen
Gestionnaire, collège Lucie Aubrac, Champs-sur-Marne
""")

mail("other", False, None, None, None, "fr", False,
     "Cold sales prospecting for library furniture (HTML-only), written to one address with no list headers: "
     "other, not automated.",
     frm=("Julie – Mobilier CDI Pro", "julie.commercial@mobilier-cdi-pro.fr"), client="outlook", html_only=True,
     date="2026-09-14 09:05", subject="Aménagement de votre CDI : -20 % jusqu'au 31 octobre", text="""
Bonjour Madame, Monsieur,

Vous préparez l'aménagement ou la rénovation de votre CDI ? Découvrez notre nouvelle gamme de bacs à albums, de présentoirs à magazines et de mobilier modulable, conçue avec des professeurs documentalistes.

Jusqu'au 31 octobre, profitez de 20 % de remise sur tout le catalogue et de la livraison offerte.

Je reste à votre disposition pour un devis personnalisé.

Julie Martin
Conseillère commerciale – Mobilier CDI Pro
""")

mail("other", False, None, None, None, "fr", False,
     "A person asks by hand to be removed from the mailing list (iPhone): other, not automated.",
     frm=("M. Lenoir", "patrick.lenoir@orange.fr"), client="apple_ios",
     date="2026-09-05 10:44", subject="Désinscription", text="""
Bonjour, merci de me retirer de votre liste de diffusion, je ne suis plus documentaliste depuis juin.
Cordialement
M. Lenoir
""")

d = Desk("Mot de passe e-sidoc", "2026-09-29 09:00", """Bonjour,

Nous vous avons répondu il y a 48 heures. Votre demande est-elle résolue ?
Si ce n'est pas le cas, répondez simplement à ce message.

Cordialement,
L'équipe d'assistance""")
mail("other", False, None, IDF, "esidoc", "fr", False,
     "Reply to the desk's automatic 48-hour follow-up ('votre demande est-elle résolue ?'): yes, solved, "
     "close it. Nothing to answer; region from ac-paris.fr.",
     frm=("Francine Blanchet", "francine.blanchet@ac-paris.fr"), client="zimbra",
     date="2026-09-29 09:47", quote=d, text="""
Oui oui, c'est résolu depuis longtemps, merci. Vous pouvez fermer.

F. Blanchet
""")

val = Older("Valérie Simon", "valerie.simon@ac-creteil.fr", "2026-09-30 18:12", "Salon du livre jeudi",
            """Coucou,
Tu viens au salon du livre jeunesse jeudi ? On pourrait y aller ensemble.
Valérie""", to=("Anne Leroux", "anne.leroux@ac-creteil.fr"))
mail("other", False, None, IDF, None, "fr", False,
     "A personal message sent to the desk by address autocomplete, quoting an unrelated exchange with a "
     "colleague (In-Reply-To names her message): nothing for us. Region from ac-creteil.fr.",
     frm=("Anne Leroux", "anne.leroux@ac-creteil.fr"), client="gmail",
     date="2026-10-01 07:55", quote=val, thread=val, subject="Re: Salon du livre jeudi", text="""
Oui ! Je prends le RER à 9 h à Vincennes, on se retrouve devant l'entrée vers 9 h 45 ?
Bises,
Anne
""")

d = Desk("Formation", "2026-09-10 15:20", T_72H)
mail("other", False, "0780100K", IDF, "esidoc", "fr", True,
     "Reply to an automatic 72-hour answer that missed the point: 'ce n'était pas ma question'. She asks "
     "whether training sessions exist for new librarians, which no category covers: other (human review).",
     frm=("Séverine Poulain", "severine.poulain@ac-versailles.fr"), client="o365",
     date="2026-09-10 16:02", quote=d, text="""
Bonjour,

Ce n'était pas ma question : je ne vous parlais pas d'un abonnement. Je voulais savoir si vous organisez des formations au back office e-sidoc pour les documentalistes nouvellement nommés, et si oui comment s'inscrire.

Cordialement,
Séverine Poulain
Collège Jean Zay, Verneuil-sur-Seine
0780100K
""")

mail("other", False, None, None, None, "fr", False,
     "Asks for a phone number and opening hours: nothing any category covers.",
     frm=("Marie-Jo", "mariejo.peyre@free.fr"), client="orange",
     date="2026-09-18 12:10", subject="téléphone", text="""
Bonjour, avez vous un numero de telephone ou vous joindre ? et quels sont vos horaires ? c plus simple pour moi de vous expliquer de vive voix.
merci
""")

# ---------------------------------------------------------------- automated
AUTO_EXCH = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]

d = Desk("Mails non reçus", "2026-10-19 09:02", T_JUNK)
mail("automated", False, None, IDF, None, "fr", False,
     "Exchange out-of-office in French ('Réponse automatique :') answering our automatic reply: "
     "Auto-Submitted: auto-generated and X-Auto-Response-Suppress. Never answered (no mail loop). Region from "
     "ac-creteil.fr.",
     frm=("Marie-Claire Henry", "marie-claire.henry@ac-creteil.fr"), client="o365", thread=d, extra=AUTO_EXCH,
     date="2026-10-19 09:02", subject=f"Réponse automatique : {d.subject}", text="""
Bonjour,

Je suis absente du 17 octobre au 2 novembre inclus (vacances de la Toussaint) et n'aurai pas accès à mes messages. Pour toute urgence, merci de contacter le secrétariat de l'établissement au 01 45 12 34 56.

Cordialement,
Marie-Claire Henry
""")

d = Desk("Mot de passe portail", "2026-10-21 14:15", t_reset_file("c***.l***@ac-nice.fr"))
mail("automated", False, None, PACA, None, "fr", True,
     "Zimbra vacation reply whose subject looks like a person's 'Re:' and whose text mentions passwords: "
     "'Auto-Submitted: auto-replied (zimbra; vacation)' shows it is automatic. Region from ac-nice.fr.",
     frm=("Chantal Luciani", "chantal.luciani@ac-nice.fr"), client="zimbra", thread=d, plain_only=True,
     extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")],
     date="2026-10-21 14:15", subject=f"Re: {d.subject}", text="""
Bonjour,
Je suis en congé jusqu'au lundi 2 novembre. Votre message sera traité à mon retour.
Pour les questions de mot de passe du portail, adressez-vous à M. Orsoni (vie scolaire).
Cordialement
C. Luciani
""")

d = Desk("Activation Espace Acheteur", "2026-10-05 16:40", T_JUNK, to=("Tom Vial", "tom.vial.fr@gmail.com"))
mail("automated", False, None, None, None, "fr", False,
     "Gmail vacation responder (Auto-Submitted: auto-replied) to our automatic answer; subject 'Re:' like a "
     "person's reply.",
     frm=("Tom Vial", "tom.vial.fr@gmail.com"), client="gmail", thread=d,
     extra=[("Auto-Submitted", "auto-replied")],
     date="2026-10-05 16:41", subject=f"Re: {d.subject}", text="""
Bonjour,

Je suis en déplacement jusqu'au 12 octobre avec un accès limité à mes mails. Je vous répondrai dès mon retour.

Tom Vial
""")

mail("automated", False, None, PACA, None, "fr", True,
     "Out-of-office sent by a client-side rule after our reply: no Auto-Submitted, no Precedence, no "
     "In-Reply-To; only the wording shows it is automatic. Region from ac-aix-marseille.fr.",
     wording_only=True,
     frm=("Martine Segura", "martine.segura@ac-aix-marseille.fr"), client="outlook",
     date="2026-09-29 10:03", subject="Absence", text="""
Bonjour,

Je suis actuellement absente et ne consulte pas mes messages. Je serai de retour le lundi 5 octobre.
En cas d'urgence, vous pouvez joindre l'intendance au 04 42 56 78 90.

Cordialement,
Martine Segura
Gestionnaire
""")

d = Desk("Accès e-sidoc", "2026-10-20 11:30", t_reset_official("ac-creteil.fr"))
mail("automated", False, "0930562F", IDF, None, "fr", False,
     "Vacation reply of a school office (ce.<UAI> address, UAI from the address) that mentions e-sidoc "
     "passwords; Auto-Submitted is present, so it is never answered.",
     frm=("Secretariat College Pablo Picasso", "ce.0930562F@ac-creteil.fr"), client="zimbra", thread=d,
     plain_only=True, extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")],
     date="2026-10-20 11:30", subject=f"Absence : {d.subject}", text="""
Bonjour,

Le secrétariat du collège est fermé pendant les vacances de la Toussaint, du 17 octobre au 1er novembre inclus. Les demandes de mot de passe e-sidoc ou ENT seront traitées à la rentrée.

Le secrétariat
""")

d = Desk("Mot de passe e-sidoc", "2026-09-22 08:50", t_reset_file("c***.d***@lycee-lamartine-paris.fr"))
mail("automated", False, None, None, None, "en", False,
     "Postfix bounce of our automatic reply (multipart/report delivery-status, original attached), null "
     "Return-Path and MAILER-DAEMON sender.",
     kind=bounce_postfix, desk=d, host="mail.lycee-lamartine-paris.fr",
     rcpt="c.dubreuil@lycee-lamartine-paris.fr", rcpt_name="Claire Dubreuil",
     date="2026-09-22 08:50", status="5.1.1",
     diag_text='unknown user: "c.dubreuil"', diag_code='Diagnostic-Code: X-Postfix; unknown user: "c.dubreuil"')

d = Desk("Facture en double", "2026-09-30 15:00", f"""Bonjour Monsieur,

La facture en double a été annulée.

Cordialement,
{STAFF_IDF_A}""", auto=False)
mail("automated", False, None, None, None, "fr", False,
     "Exchange Online non-delivery report in French ('Non remis :', mailbox full) for a staff member's answer: "
     "multipart/report with an HTML explanation.",
     kind=ndr_exchange_fr, desk=d, tenant="ogecstmichel94.onmicrosoft.com",
     rcpt="intendance@stmichel-charenton.fr", rcpt_name="Intendance Saint-Michel",
     date="2026-09-30 15:01", status="5.2.2",
     reason="La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant.",
     action="Réessayer plus tard ou contacter le destinataire",
     fix="Essayez de renvoyer le message plus tard ou contactez le destinataire par un autre moyen.",
     server="PR1P264MB2031.FRAP264.PROD.OUTLOOK.COM",
     remote="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException")

d = Desk("Accès aux documents du marché", "2026-10-14 09:30", f"""Bonjour Monsieur,

Le CCTP a été ajouté aux documents du marché 2026-031.

Cordialement,
{STAFF_IDF_T}""", auto=False)
mail("automated", False, None, IDF, None, "fr", False,
     "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification, for a staff answer. "
     "Region from ac-paris.fr.",
     kind=mdn_outlook, desk=d, frm=("Thierry Moulin", "thierry.moulin@ac-paris.fr"),
     date="2026-10-14 10:12", ua_host="INTENDANCE-PC01")

d = Desk("Abonnement Europresse", "2026-09-17 11:00", T_72H)
mail("automated", False, None, PACA, None, "fr", False,
     "Thunderbird return receipt ('Accusé de réception (affiché)'), multipart/report disposition-notification. "
     "Region from ac-nice.fr.",
     kind=mdn_thunderbird, desk=d, frm=("Louis Ferri", "louis.ferri@ac-nice.fr"), date="2026-09-17 11:26")

d = Desk("Compte en attente", "2026-10-02 10:00", T_ACCOUNT_WAIT)
mail("automated", False, None, IDF, None, "fr", False,
     "Outlook 'Non lu :' notice (our automatic answer deleted without being read), disposition-notification. "
     "Region from ac-versailles.fr.",
     kind=mdn_outlook, desk=d, unread=True, frm=("Bruno Perrot", "bruno.perrot@ac-versailles.fr"),
     date="2026-10-09 17:44", ua_host="GEST-PC2")


def helpdesk_ack(m: dict) -> bytes:
    desk: Desk = m["desk"]
    name, address = m["frm"]
    dt = paris(m["date"])
    body = leaf('text/plain; charset="utf-8"', m["text"].strip("\n").encode() + b"\n", "quoted-printable")
    hdrs = transport_headers(address, dt, "pass", return_path=f"bounce-{rhex(8)}@{address.split('@')[1]}")
    hdrs += [("From", addr(name, address)), ("To", DESK_ADDR), ("Subject", enc_header(m["subject"])),
             ("Date", rfc_date(dt)), ("Message-ID", f"<{m['inc']}.{rhex(12)}@{address.split('@')[1]}>"),
             ("In-Reply-To", desk.msgid), ("References", desk.msgid), ("MIME-Version", "1.0"),
             ("Auto-Submitted", "auto-generated"), ("X-Loop", address), ("X-ServiceNow-Generated", "true")]
    return finish(hdrs, body)


d = Desk("Filtrage MailInBlack des collèges", "2026-10-07 09:20", f"""Bonjour,

Plusieurs collèges des Bouches-du-Rhône nous signalent que MailInBlack retient
les messages de notre adresse no-reply. Pourriez-vous l'autoriser au niveau
de votre passerelle ?

Cordialement,
{STAFF_PACA}""", auto=False)
mail("automated", False, None, PACA, None, "fr", False,
     "Another help desk's acknowledgement of a message our staff sent it (Auto-Submitted, X-Loop): answering "
     "it would start a mail loop. Region from the ac-aix-marseille.fr sender.",
     kind=helpdesk_ack, desk=d, inc="INC0048213",
     frm=("Assistance DSI", "assistance-dsi@ac-aix-marseille.fr"), date="2026-10-07 09:21",
     subject=f"[INC0048213] Accusé de réception : {d.subject}", text="""
Bonjour,

Votre demande a bien été enregistrée sous la référence INC0048213. Un technicien la prendra en charge dans les meilleurs délais.

Merci de ne pas répondre à ce message automatique.

Plateforme d'assistance de la DSI académique
""")

d = Desk("Mot de passe e-sidoc", "2026-10-10 08:10", t_reset_file("j***.r***@ac-versailles.fr"))
mail("automated", False, None, None, None, "en", False,
     "Delay warning from our own relay about our reply ('Delayed Mail (still being retried)', Action: "
     "delayed): not a failure, still automatic.",
     kind=dsn_delay, desk=d, rcpt="jerome.roy@ac-versailles.fr", rcpt_name="Jérôme Roy",
     date="2026-10-10 12:14",
     diag_text="connect to smtp.ac-versailles.fr[198.51.100.30]:25: Connection timed out")


def simple_machine(m: dict) -> bytes:
    name, address = m["frm"]
    dt = paris(m["date"])
    text = m["text"].strip("\n") + "\n"
    if m.get("html"):
        root = multi("alternative", [leaf('text/plain; charset="utf-8"', text.encode(), "quoted-printable"),
                                     leaf('text/html; charset="utf-8"', m["html"].encode(), "quoted-printable")],
                     f"b1_{rhex(32)}")
    else:
        root = leaf('text/plain; charset="utf-8"', text.encode(), "quoted-printable")
    if m.get("attach"):
        root = multi("mixed", [root] + [attachment(*a) for a in m["attach"]], f"----=_Part_{rhex(20)}")
    dom = address.split("@")[1]
    hdrs = transport_headers(address, dt, m.get("auth", "pass"), return_path=m.get("return_path"),
                             mta=m.get("mta"))
    hdrs += [("From", addr(name, address)), ("To", m.get("to", DESK_ADDR)),
             ("Subject", enc_header(m["subject"])), ("Date", rfc_date(dt)),
             ("Message-ID", f"<{rhex(24)}@{dom}>")]
    if m.get("thread"):
        hdrs += [("In-Reply-To", m["thread"].msgid), ("References", m["thread"].msgid)]
    hdrs += [("MIME-Version", "1.0")] + m.get("extra", [])
    return finish(hdrs, root)


mail("automated", False, None, None, "espace_acheteur", "fr", False,
     "Marketing newsletter of the Espace Acheteur received by the desk's mailbox: List-Id, List-Unsubscribe "
     "(one-click), Precedence: bulk.",
     kind=simple_machine, frm=("Espace Acheteur – Actualités", "actualites@news.espace-acheteur.example.fr"),
     mta="mta-14.news.espace-acheteur.example.fr",
     return_path="bounces+4471@news.espace-acheteur.example.fr",
     date="2026-10-01 06:30", subject="Les nouveautés de l'Espace Acheteur – octobre 2026",
     extra=[("List-Id", "Actualites Espace Acheteur <actualites.news.espace-acheteur.example.fr>"),
            ("List-Unsubscribe", "<https://news.espace-acheteur.example.fr/u/8f3a2c>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
     text="""
Les nouveautés de l'Espace Acheteur – octobre 2026

• Nouveau marché « mobilier scolaire 2026-2029 » : les documents sont en ligne.
• Webinaire de présentation le 15 octobre à 14 h.
• Rappel : les paniers non validés sont conservés 15 jours.

Vous recevez ce message car vous êtes inscrit aux actualités de l'Espace Acheteur.
Se désinscrire : https://news.espace-acheteur.example.fr/u/8f3a2c
""", html="""<html><body><h1>Les nouveautés de l'Espace Acheteur – octobre 2026</h1>
<ul><li>Nouveau marché « mobilier scolaire 2026-2029 » : les documents sont en ligne.</li>
<li>Webinaire de présentation le 15 octobre à 14 h.</li>
<li>Rappel : les paniers non validés sont conservés 15 jours.</li></ul>
<p style="font-size:10px">Vous recevez ce message car vous êtes inscrit aux actualités de l'Espace Acheteur.
<a href="https://news.espace-acheteur.example.fr/u/8f3a2c">Se désinscrire</a></p></body></html>
""")


def _dmarc_zip() -> bytes:
    import io
    import zipfile
    xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<feedback>\n  <report_metadata>\n"
           "    <org_name>google.com</org_name>\n    <email>noreply-dmarc-support@google.com</email>\n"
           "    <report_id>4417285306190412233</report_id>\n"
           "    <date_range><begin>1790294400</begin><end>1790380799</end></date_range>\n"
           "  </report_metadata>\n  <policy_published><domain>assistance.example.fr</domain>"
           "<p>none</p><pct>100</pct></policy_published>\n  <record><row><source_ip>203.0.113.10</source_ip>"
           "<count>41</count><policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf>"
           "</policy_evaluated></row><identifiers><header_from>assistance.example.fr</header_from></identifiers>"
           "</record>\n</feedback>\n")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo("google.com!assistance.example.fr!1790294400!1790380799.xml",
                               date_time=(2026, 9, 24, 0, 0, 0))
        z.writestr(info, xml)
    return buf.getvalue()


mail("automated", False, None, None, None, "en", True,
     "DMARC aggregate report (zip attachment) sent to the desk's address. No Auto-Submitted or list header: "
     "the sender, the subject wording and the report attachment show it is machine mail.",
     wording_only=True, kind=simple_machine,
     frm=("Google", "noreply-dmarc-support@google.com"), mta="mail-sor-f69.google.com",
     date="2026-09-25 04:02",
     subject="Report domain: assistance.example.fr Submitter: google.com Report-ID: 4417285306190412233",
     text="""
This is an aggregate report from google.com.
""", attach=[("google.com!assistance.example.fr!1790294400!1790380799.zip", "application/zip", _dmarc_zip())])

mail("automated", False, None, None, "esignature", "fr", True,
     "E-signature 'document signé' notification for a convention: transactional mail without Auto-Submitted "
     "or Precedence; the no-reply sender and the wording show it is automatic.",
     wording_only=True, kind=simple_machine,
     frm=("Signature électronique", "noreply@esignature.example.fr"), mta="out-3.esignature.example.fr",
     date="2026-10-12 16:47", subject="Document signé : Convention d'adhésion 2026-2027",
     text="""
Bonjour,

Le document « Convention d'adhésion 2026-2027 – Collège Jean Rostand, Nice » a été signé par tous les signataires.

Vous pouvez le télécharger depuis votre espace pendant 30 jours :
https://esignature.example.fr/d/9c1e77b2

Ceci est un message automatique, merci de ne pas y répondre.
""")

mail("automated", False, None, None, "ticket_portal", "fr", False,
     "Ticket-portal notification (Auto-Submitted: auto-generated): a ticket the desk opened with a supplier "
     "was updated.",
     kind=simple_machine, frm=("Portail de tickets", "noreply@tickets.example-editeur.fr"),
     mta="smtp.tickets.example-editeur.fr",
     date="2026-09-16 13:05", subject="[Ticket 48213] Mise à jour de votre demande",
     extra=[("Auto-Submitted", "auto-generated")], text="""
Bonjour,

Votre demande n° 48213 « Transferts EcoleDirecte en échec – lot de septembre » a été mise à jour par notre équipe.

Nouveau statut : En cours d'analyse

Consultez le détail sur le portail : https://tickets.example-editeur.fr/demandes/48213

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""")

mail("automated", False, None, IDF, "esidoc", "fr", True,
     "A librarian's real question about the e-sidoc admin password, but posted to an academic mailing list "
     "the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered. Region from "
     "the ac-creteil.fr sender.",
     frm=("Hélène Marty", "helene.marty@ac-creteil.fr"), client="thunderbird",
     to=[("Liste des professeurs documentalistes", "docs-creteil@listes.ac-creteil.fr")],
     extra=[("List-Id", "Professeurs documentalistes <docs-creteil.listes.ac-creteil.fr>"),
            ("List-Post", "<mailto:docs-creteil@listes.ac-creteil.fr>"),
            ("List-Unsubscribe", "<mailto:sympa@listes.ac-creteil.fr?subject=unsubscribe%20docs-creteil>"),
            ("Precedence", "list")],
     date="2026-09-09 12:31", subject="[docs-creteil] mot de passe admin e-sidoc ?", text="""
Bonjour à toutes et à tous,

Quelqu'un sait-il comment récupérer le mot de passe administrateur e-sidoc quand la collègue précédente est partie sans le transmettre ? Je ne sais pas à qui écrire.

Merci !
Hélène Marty, collège de Bussy-Saint-Georges
""")

d = Desk("Activation email", "2026-09-21 15:10", T_JUNK_EN, to=("Oliver Grant", "o.grant@isparis-west.fr"))
mail("automated", False, None, None, None, "en", False,
     "English Exchange 'Automatic reply:' to our automatic answer, with Auto-Submitted and "
     "X-Auto-Response-Suppress.",
     frm=("Oliver Grant", "o.grant@isparis-west.fr"), client="o365", thread=d, extra=AUTO_EXCH,
     date="2026-09-21 15:10", subject=f"Automatic reply: {d.subject}", text="""
Thank you for your email. I am out of the office on a school trip until Friday 25 September and will reply on my return.
For urgent matters please contact the school office.

Oliver Grant
""")

d = Desk("Commande école Les Tilleuls", "2026-10-13 10:20", f"""Bonjour,

Votre commande est en cours de préparation.

Cordialement,
{STAFF_IDF_A}""", auto=False)
mail("automated", False, None, None, None, "fr", True,
     "Host-provided autoresponder of a town's school department: only 'X-Autoreply: yes' and 'X-Autorespond', "
     "no Auto-Submitted, subject 'Re:' like a person's reply.",
     kind=simple_machine, thread=d, frm=("Service scolaire", "scolaire@ville-lesulis.fr"),
     mta="mo512.mail-out.ovh.net",
     date="2026-10-13 10:21", subject=f"Re: {d.subject}",
     extra=[("X-Autoreply", "yes"), ("X-Autorespond", enc_header(d.subject))], text="""
Bonjour,

Votre message a bien été reçu par le service scolaire de la Ville. Nous vous répondrons dans les meilleurs délais.

Ceci est un message automatique.
""")

d = Desk("Password reset", "2026-09-04 09:30", t_reset_file_en("s***.t***@ac-paris.fr"))
mail("automated", False, None, None, None, "en", False,
     "Gmail 'Delivery Status Notification (Failure)' for our reply: multipart/report with text/rfc822-headers "
     "only, mailer-daemon sender.",
     kind=dsn_gmail, desk=d, rcpt="sam.tailor.cdi@gmail.com", rcpt_name="Sam Tailor",
     date="2026-09-04 09:31")


# ================================================================ output
UAI_RE = re.compile(r"(?<![0-9A-Za-z])((?:\d ?){6}\d) ?([A-Za-z])(?![0-9A-Za-z])")
SCANNED_HEADERS = ("Subject", "From", "To", "Cc", "Reply-To")


def mail_texts(msg) -> list[str]:
    """Decoded header values and text parts (HTML stripped) of a parsed mail."""
    out = []
    for part in msg.walk():
        for h in SCANNED_HEADERS:
            v = part.get(h) if part is not msg else msg.get(h)
            if v is not None:
                out.append(str(v))
        if part.get_content_maintype() == "text" and not part.is_attachment():
            txt = part.get_content()
            if part.get_content_subtype() == "html":
                txt = strip_tags(txt)
            out.append(txt)
    return out


def write_all() -> list[dict]:
    order = list(range(len(MAILS)))
    random.Random(SEED + 1).shuffle(order)
    for old in HERE.glob("h[0-9][0-9][0-9].eml"):
        old.unlink()
    labels = []
    for n, idx in enumerate(order, 1):
        spec = MAILS[idx]
        name = f"h{n:03d}.eml"
        spec["file"] = name
        (HERE / name).write_bytes(spec["kind"](spec["m"]))
        labels.append({"file": name, **spec["label"]})
    with open(HERE / "labels.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    return labels


def self_check() -> None:
    files = sorted(HERE.glob("h*.eml"))
    assert len(files) == 150, len(files)
    assert [f.name for f in files] == [f"h{i:03d}.eml" for i in range(1, 151)]
    with open(HERE / "labels.jsonl", encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh]
    assert len(labels) == 150
    assert [l["file"] for l in labels] == [f.name for f in files]
    by_file = {s["file"]: s for s in MAILS}
    counts: dict[str, int] = {}
    n_en = n_thread = 0
    parser = BytesParser(policy=policy.default)
    for lab in labels:
        f = lab["file"]
        spec = by_file[f]
        # ---- label format
        assert list(lab) == LABEL_KEYS, (f, list(lab))
        assert lab["category"] in CATEGORIES, f
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        assert lab["platform"] in PLATFORMS, f
        assert lab["lang"] in ("fr", "en"), f
        assert isinstance(lab["notes"], str) and len(lab["notes"]) > 20, f
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, (f, "human_review/ignore category marked auto")
        counts[lab["category"]] = counts.get(lab["category"], 0) + 1
        n_en += lab["lang"] == "en"
        # ---- parse with the standard library
        raw = (HERE / f).read_bytes()
        assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), (f, "line endings")
        msg = parser.parsebytes(raw)
        for part in msg.walk():
            assert not part.defects, (f, part.get_content_type(), part.defects)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            assert msg[h] is not None, (f, h)
            assert not getattr(msg[h], "defects", ()), (f, h, msg[h].defects)
        date = msg["Date"].datetime
        assert datetime(2026, 9, 1, tzinfo=timezone.utc) <= date < datetime(2026, 11, 1, tzinfo=timezone.utc), (f, date)
        texts = mail_texts(msg)
        assert any(t.strip() for t in texts), f
        subject = str(msg["Subject"])
        for ref in re.findall(r"\[#SUP-[^\]]*\]", subject):
            assert re.fullmatch(r"\[#SUP-0\d{5}\]", ref), (f, ref)
        irt = str(msg.get("In-Reply-To", ""))
        if "[#SUP-" in subject or DESK_DOMAIN in irt:
            n_thread += 1
        # ---- UAIs: every code-like token is a valid UAI unless declared wrong
        valid, invalid = set(), set()
        for t in texts:
            for digits, letter in UAI_RE.findall(t):
                code = digits.replace(" ", "") + letter.upper()
                (valid if is_valid_uai(code) else invalid).add(code)
        assert invalid == spec["wrong"], (f, "wrong check letters", invalid, spec["wrong"])
        if spec["wrong"]:
            assert "wrong check letter" in lab["notes"], (f, "wrong letter not explained")
            for w in spec["wrong"]:
                assert w in lab["notes"], (f, w)
                assert lab["uai"] != w
        if lab["uai"] is None:
            assert not valid, (f, "valid UAI present but label null", valid)
        else:
            assert is_valid_uai(lab["uai"]), (f, lab["uai"])
            assert lab["uai"] in valid, (f, "label UAI not in the mail", lab["uai"], valid)
            if len(valid) > 1:
                assert spec["multi_uai"], (f, "several UAIs", valid)
        # ---- region: UAI département first, else the ac-*.fr sender domain
        sender = parseaddr(str(msg["From"]))[1]
        assert lab["region"] == expected_region(lab["uai"], sender), (f, lab["region"], lab["uai"], sender)
        assert lab["region"] in (None, IDF, PACA), f
        # ---- machine mail carries machine headers (or says why not)
        auto_markers = (
            msg.get("Auto-Submitted", "no").lower() != "no"
            or msg.get("Precedence") is not None or msg.get("List-Id") is not None
            or msg.get("X-Autoreply") is not None or msg.get("Return-Path", "").strip() == "<>"
            or msg.get_content_type() == "multipart/report")
        if lab["category"] == "automated":
            assert auto_markers or spec["wording_only"], (f, "automated without markers")
            if spec["wording_only"]:
                assert "wording" in lab["notes"], f
        else:
            assert not auto_markers, (f, "person's mail with automation headers")
    for c in CATEGORIES:
        assert counts.get(c, 0) >= 5, (c, counts.get(c, 0))
    assert 12 <= n_en <= 20, n_en
    assert 60 <= n_thread <= 95, n_thread
    print(f"ok: 150 mails, {n_thread} in a desk thread, {n_en} in English")
    for c in CATEGORIES:
        print(f"  {c:32s} {counts[c]}")


if __name__ == "__main__":
    assert len(MAILS) == 150, len(MAILS)
    write_all()
    self_check()
