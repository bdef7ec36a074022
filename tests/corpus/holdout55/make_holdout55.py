#!/usr/bin/env python3
"""Generate the holdout55 blind test corpus (150 mails + labels.jsonl).

Theme: June 2026, exam period (brevet, bac) and end of the school year, in
Nouvelle-Aquitaine, Occitanie and Pays de la Loire, with about a third of the
mail in English (international sections, Erasmus+ partners, foreign publishers
and e-book vendors, English-speaking assistants, overseas families) and a few
bilingual messages.

Every message below was written by hand; the script only wraps the texts in
the headers and MIME structure of the mail client named in each spec, fills in
check letters of UAI codes (``{{U:0331234}}`` = code with its right letter,
``{{u:...}}`` lower case, ``{{L:...}}`` / ``{{l:...}}`` the letter alone,
``{{X:...}}`` / ``{{x:...}}`` a deliberately WRONG letter), shuffles the order
with a fixed seed and writes h001.eml ... h150.eml and labels.jsonl next to
itself.  Standard library only, deterministic.  It ends by checking its own
output.

Usage: python3 make_holdout55.py
"""
from __future__ import annotations

import base64
import email
import email.charset
import email.header
import email.policy
import email.utils
import gzip
import html as htmlmod
import json
import quopri
import random
import re
import textwrap
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 55062026
rng = random.Random(SEED)

SUPPORT = "support@assistance.example.fr"
SUPPORT_TO = "Assistance <support@assistance.example.fr>"
MX = "mx1.assistance.example.fr"

# ---------------------------------------------------------------------------
# taxonomy and routing tables (from shared/spec/taxonomy.md and regions.md)
# ---------------------------------------------------------------------------
CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
# categories whose default action is never an automatic answer
NEVER_AUTO = {
    "head_of_establishment_request", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature", None}
LANGS = {"fr", "en"}

REGION_TABLE = {
    "auvergne-rhone-alpes": ("01 03 07 15 26 38 42 43 63 69 73 74", "ac-clermont.fr ac-grenoble.fr ac-lyon.fr"),
    "bourgogne-franche-comte": ("21 25 39 58 70 71 89 90", "ac-besancon.fr ac-dijon.fr"),
    "bretagne": ("22 29 35 56", "ac-rennes.fr"),
    "centre-val-de-loire": ("18 28 36 37 41 45", "ac-orleans-tours.fr"),
    "corse": ("620 720", "ac-corse.fr"),
    "grand-est": ("08 10 51 52 54 55 57 67 68 88", "ac-nancy-metz.fr ac-reims.fr ac-strasbourg.fr"),
    "hauts-de-france": ("02 59 60 62 80", "ac-amiens.fr ac-lille.fr"),
    "ile-de-france": ("75 77 78 91 92 93 94 95", "ac-creteil.fr ac-paris.fr ac-versailles.fr"),
    "normandie": ("14 27 50 61 76", "ac-normandie.fr ac-caen.fr ac-rouen.fr"),
    "nouvelle-aquitaine": ("16 17 19 23 24 33 40 47 64 79 86 87", "ac-bordeaux.fr ac-limoges.fr ac-poitiers.fr"),
    "occitanie": ("09 11 12 30 31 32 34 46 48 65 66 81 82", "ac-montpellier.fr ac-toulouse.fr"),
    "pays-de-la-loire": ("44 49 53 72 85", "ac-nantes.fr"),
    "provence-alpes-cote-d-azur": ("04 05 06 13 83 84", "ac-aix-marseille.fr ac-nice.fr"),
    "guadeloupe": ("971", "ac-guadeloupe.fr"),
    "martinique": ("972", "ac-martinique.fr"),
    "guyane": ("973", "ac-guyane.fr"),
    "la-reunion": ("974", "ac-reunion.fr"),
    "mayotte": ("976", "ac-mayotte.fr"),
}
DEPT_REGION: dict[str, str] = {}
DOMAIN_REGION: dict[str, str] = {}
for _reg, (_depts, _doms) in REGION_TABLE.items():
    for _d in _depts.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _reg
    for _m in _doms.split():
        DOMAIN_REGION[_m] = _reg

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def check_letter(d7: str) -> str:
    return LETTERS[int(d7) % 23]


def wrong_letter(d7: str) -> str:
    return LETTERS[(LETTERS.index(check_letter(d7)) + 7) % 23]


TOKEN = re.compile(r"\{\{([UuLlXx]):(\d{7})\}\}")


def _tok(m: re.Match) -> str:
    kind, d7 = m.groups()
    if kind in "Uu":
        out = d7 + check_letter(d7)
    elif kind in "Ll":
        out = check_letter(d7)
    else:
        out = d7 + wrong_letter(d7)
    return out.lower() if kind.islower() else out


def expand(obj):
    if isinstance(obj, str):
        return TOKEN.sub(_tok, obj)
    if isinstance(obj, list):
        return [expand(x) for x in obj]
    if isinstance(obj, tuple):
        return tuple(expand(x) for x in obj)
    if isinstance(obj, dict):
        return {k: expand(v) for k, v in obj.items()}
    return obj


# ---------------------------------------------------------------------------
# small random helpers (all from the seeded rng)
# ---------------------------------------------------------------------------
def rhex(n: int, upper: bool = False) -> str:
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def ralnum(n: int, alphabet: str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def ruuid(upper: bool = False) -> str:
    h = rhex(32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    s = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return s.upper() if upper else s


def rip() -> str:
    net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
    return f"{net}.{rng.randint(2, 250)}"


def qid() -> str:
    return "4" + ralnum(14, "ABCDEFGHJKLMNPQRSTVWXYZabcdefghjkmnpqrstvwxyz0123456789")


def mkdate(s: str, tz: str = "+0200") -> datetime:
    d = datetime.strptime(s, "%Y-%m-%d %H:%M")
    sign = 1 if tz[0] == "+" else -1
    off = sign * timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5]))
    return d.replace(second=rng.randint(0, 59), tzinfo=timezone(off))


def fmtdate(d: datetime) -> str:
    return email.utils.format_datetime(d)


# ---------------------------------------------------------------------------
# header encoding
# ---------------------------------------------------------------------------
QP_UTF8 = email.charset.Charset("utf-8")
QP_UTF8.header_encoding = email.charset.QP


def enc(value: str, style: str = "b", name: str = "Subject") -> str:
    if value.isascii():
        return value
    if style == "latin1":
        try:
            value.encode("iso-8859-1")
            return email.header.Header(value, "iso-8859-1", header_name=name).encode()
        except UnicodeEncodeError:
            style = "b"
    if style == "q":
        return email.header.Header(value, QP_UTF8, header_name=name).encode()
    return email.header.Header(value, "utf-8", header_name=name).encode()


_ATEXT = re.compile(r"^[A-Za-z0-9 !#$%&'*+/=?^_`{|}~-]+$")


def addr(name: str | None, a: str, style: str = "b") -> str:
    if not name:
        return a
    if not name.isascii():
        return f"{enc(name, style, 'From')} <{a}>"
    if not _ATEXT.match(name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{a}>"


def addrs(value, style: str = "b") -> str:
    """value: 'raw header text', a (name, addr) tuple or a list of tuples."""
    if isinstance(value, str):
        return value
    if isinstance(value, tuple):
        value = [value]
    return ", ".join(addr(n, a, style) for n, a in value)


# ---------------------------------------------------------------------------
# bodies and MIME parts
# ---------------------------------------------------------------------------
def flowed(text: str, width: int = 72) -> str:
    """Wrap long lines the way Thunderbird / Roundcube send format=flowed."""
    out = []
    for line in text.split("\n"):
        if len(line) <= 78 or line == "-- ":
            out.append(line)
            continue
        prefix = re.match(r"^(>+ ?)?", line).group(0)
        parts = textwrap.wrap(line[len(prefix):], width - len(prefix),
                              break_long_words=False, break_on_hyphens=False)
        out.extend(prefix + p + " " for p in parts[:-1])
        out.append(prefix + parts[-1])
    return "\n".join(out)


def pick_charset(text: str, prefer: str) -> str:
    for cs in (prefer, "iso-8859-1", "windows-1252", "utf-8"):
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            continue
    return "utf-8"


def encode_payload(text: str, charset: str, cte: str) -> bytes:
    raw = text.encode(charset)
    if cte == "quoted-printable":
        out = quopri.encodestring(raw)
    elif cte == "base64":
        out = base64.encodebytes(raw)
    else:
        out = raw
    if not out.endswith(b"\n"):
        out += b"\n"
    return out


def text_part(text: str, subtype: str = "plain", charset: str = "utf-8",
              cte: str = "quoted-printable", params: str = "", quote_cs: bool = True) -> bytes:
    if cte in ("7bit", "8bit") and text.isascii() and charset.lower() == "utf-8" and cte == "8bit":
        cte = "7bit"
    cs = f'"{charset}"' if quote_cs else charset
    head = f"Content-Type: text/{subtype}; charset={cs}{params}\nContent-Transfer-Encoding: {cte}\n\n"
    return head.encode("ascii") + encode_payload(text, charset, cte)


def multipart(subtype: str, parts: list[bytes], boundary: str, params: str = "", preamble: str = "") -> bytes:
    out = f'Content-Type: multipart/{subtype};\n boundary="{boundary}"{params}\n\n'.encode("ascii")
    if preamble:
        out += preamble.encode("ascii") + b"\n"
    for p in parts:
        out += f"--{boundary}\n".encode("ascii") + p
        if not p.endswith(b"\n"):
            out += b"\n"
        out += b"\n"
    out += f"--{boundary}--\n".encode("ascii")
    return out


def attachment(filename: str, ctype: str, data: bytes, inline: bool = False) -> bytes:
    if filename.isascii():
        disp_name = f'filename="{filename}"'
        ct_name = f'name="{filename}"'
    else:
        disp_name = "filename*=" + email.utils.encode_rfc2231(filename, "utf-8")
        ct_name = f'name="{enc(filename, "b")}"'
    disp = "inline" if inline else "attachment"
    head = (f"Content-Type: {ctype}; {ct_name}\n"
            f"Content-Disposition: {disp}; {disp_name}\n"
            f"Content-Transfer-Encoding: base64\n\n")
    return head.encode("ascii") + base64.encodebytes(data)


def fake_pdf(title: str) -> bytes:
    body = (f"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            f"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            f"3 0 obj << /Title ({title}) >> endobj\n"
            f"trailer << /Root 1 0 R /Info 3 0 R >>\n%%EOF\n")
    return body.encode("latin-1", "replace")


def fake_png() -> bytes:
    return base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


# ---------------------------------------------------------------------------
# text -> HTML in the style of each client
# ---------------------------------------------------------------------------
def esc(s: str) -> str:
    return htmlmod.escape(s, quote=False)


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=@@CS@@">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:11.0pt;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="@@LANG@@" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""


def html_outlook(text: str, charset: str, lang: str = "FR") -> str:
    rows = []
    for line in text.split("\n"):
        s = line.strip()
        if not s:
            rows.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif set(s) == {"_"}:
            rows.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p></div>')
        elif re.match(r"^(De|From|Envoy\u00e9|Sent|\u00c0|To|Cc|Objet|Subject)\s?:", s):
            k, v = s.split(":", 1)
            rows.append(f'<p class="MsoNormal"><b>{esc(k)}:</b>{esc(v)}<o:p></o:p></p>')
        else:
            rows.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>')
    head = OUTLOOK_HEAD.replace("@@CS@@", charset).replace("@@LANG@@", lang)
    return head + "\n".join(rows) + "\n</div>\n</body>\n</html>\n"


def _split_quote(text: str):
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith(">"):
            # the attribution line is the last non-empty line before the quote
            j = i - 1
            while j >= 0 and not lines[j].strip():
                j -= 1
            if j >= 0 and re.search(r"(wrote|a \u00e9crit)\s?:$", lines[j]):
                return lines[:j], lines[j], [re.sub(r"^> ?", "", x) for x in lines[i:]]
            return lines[:i], None, [re.sub(r"^> ?", "", x) for x in lines[i:]]
    return lines, None, []


def html_gmail(text: str) -> str:
    own, attr, quoted = _split_quote(text)

    def divs(ls):
        return "".join("<div><br></div>" if not x.strip() else f"<div>{esc(x)}</div>" for x in ls)

    out = f'<div dir="ltr">{divs(own)}</div>'
    if quoted:
        out += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                f"{esc(attr or '')}<br></div>"
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                f'rgb(204,204,204);padding-left:1ex">{divs(quoted)}</blockquote></div>')
    return out + "\n"


def html_zimbra(text: str) -> str:
    body = "".join("<div><br data-mce-bogus=\"1\"></div>" if not x.strip() else f"<div>{esc(x)}</div>"
                   for x in text.split("\n"))
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; '
            f'color: #000000">{body}</div></body></html>\n')


def html_mobile(text: str) -> str:
    body = "<br>".join(esc(x) for x in text.split("\n"))
    return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div dir="auto">{body}</div></body></html>\n')


def html_plain(text: str) -> str:
    body = "<br>\n".join(esc(x) for x in text.split("\n"))
    return f"<html><body>\n<p>{body}</p>\n</body></html>\n"


# ---------------------------------------------------------------------------
# the message builder
# ---------------------------------------------------------------------------
MAILS: list[dict] = []


def M(key: str, **spec) -> None:
    spec["key"] = key
    MAILS.append(spec)


def q(text: str) -> str:
    """Quote a block the way most clients do ('> ')."""
    return "\n".join(">" if not x.strip() else "> " + x for x in text.strip("\n").split("\n"))


def relay_for(domain: str, client: str) -> tuple[str, str]:
    if domain in ("gmail.com", "googlemail.com"):
        h = f"mail-{rng.choice(['wm1', 'wr1', 'ej1', 'lf1', 'pj1'])}-f{rng.randint(40, 199)}.google.com"
    elif client in ("exchange", "android"):
        h = f"{rng.choice(['PAUP264', 'MRZP264', 'PR0P264', 'DB3PR0', 'AM0PR0'])}CU{rng.randint(1, 9):03d}.outbound.protection.outlook.com"
    elif domain.startswith("ac-"):
        h = f"{rng.choice(['smtp', 'smtps', 'mx-out'])}{rng.randint(1, 6)}.{domain}"
    elif domain.endswith((".me.com", "icloud.com")):
        h = f"ms{rng.randint(10, 99)}p00im-qufo{rng.randint(1, 9)}.me.com"
    else:
        h = f"mail.{domain}"
    return h, rip()


def auth_lines(kind, domain: str) -> list[str]:
    if kind is None:
        return []
    if isinstance(kind, str) and kind.startswith("Authentication-Results:"):
        return [kind]
    if kind == "pass":
        return [f"Authentication-Results: {MX};",
                f"\tdkim=pass (2048-bit key) header.d={domain};",
                f"\tspf=pass smtp.mailfrom={domain};",
                f"\tdmarc=pass (p=none dis=none) header.from={domain}"]
    if kind == "spfonly":
        return [f"Authentication-Results: {MX};",
                "\tdkim=none;",
                f"\tspf=pass smtp.mailfrom={domain};",
                f"\tdmarc=pass (p=none dis=none) header.from={domain}"]
    if kind == "fail":
        return [f"Authentication-Results: {MX};",
                f"\tdkim=none (no signature) header.d={domain};",
                f"\tspf=fail smtp.mailfrom={domain};",
                f"\tdmarc=fail (p=quarantine dis=none) header.from={domain}"]
    if kind == "null":
        return [f"Authentication-Results: {MX};",
                "\tdkim=none;",
                "\tspf=none smtp.mailfrom=<>;",
                "\tdmarc=none"]
    raise ValueError(kind)


def msgid(client: str, domain: str, d: datetime) -> str:
    if client == "gmail":
        return f"<CA{ralnum(1, 'BEFGHJKLMNOPQ')}{ralnum(40)}@mail.gmail.com>"
    if client in ("exchange", "android"):
        box = f"{rng.choice(['PA', 'MR', 'PR', 'DB', 'AM'])}{rng.randint(0, 9)}P264MB{rng.randint(1000, 9999)}"
        return f"<{box}{rhex(24, True)}@{box}.FRAP264.PROD.OUTLOOK.COM>"
    if client == "outlook":
        return f"<{rhex(12)}${rhex(8)}${rhex(8)}$@{domain}>"
    if client in ("apple", "iphone"):
        return f"<{ruuid(True)}@{domain}>"
    if client == "zimbra":
        ms = int(d.timestamp() * 1000)
        return f"<{rng.randint(100000000, 999999999)}.{rng.randint(10000000, 99999999)}.{ms}.JavaMail.zimbra@{domain}>"
    if client == "roundcube":
        return f"<{rhex(32)}@{domain}>"
    if client == "tb":
        return f"<{ruuid()}@{domain}>"
    return f"<{rhex(16)}.{rhex(8)}@{domain}>"


def client_headers(client: str, lang: str) -> list[str]:
    if client == "outlook":
        return ["X-Mailer: Microsoft Outlook 16.0",
                f"Thread-Index: {base64.b64encode(bytes(rng.getrandbits(8) for _ in range(22))).decode()}",
                f"Content-Language: {'fr' if lang == 'fr' else 'en-gb'}"]
    if client == "exchange":
        return [f"Thread-Index: {base64.b64encode(bytes(rng.getrandbits(8) for _ in range(22))).decode()}",
                f"Accept-Language: {'fr-FR, en-US' if lang == 'fr' else 'en-GB, en-US'}",
                f"Content-Language: {'fr-FR' if lang == 'fr' else 'en-GB'}",
                "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "]
    if client == "tb":
        return ["User-Agent: Mozilla Thunderbird", f"Content-Language: {'fr' if lang == 'fr' else 'en-US'}"]
    if client == "apple":
        return ["X-Mailer: Apple Mail (2.3826.600.51)"]
    if client == "iphone":
        return ["X-Mailer: iPhone Mail (22F76)"]
    if client == "zimbra":
        return ["X-Mailer: Zimbra 10.0.13_GA_4703 (ZimbraWebClient - FF139 (Win)/10.0.13_GA_4703)",
                f"Thread-Index: {ralnum(28)}",
                "X-Originating-IP: [10.30.4.17]"]
    if client == "roundcube":
        return ["User-Agent: Roundcube Webmail/1.6.10"]
    if client == "android":
        return []
    return []


HDR_STYLE = {"outlook": "latin1", "exchange": "latin1", "gmail": "b", "tb": "q", "apple": "q",
             "iphone": "q", "zimbra": "q", "roundcube": "q", "android": "b", "server": "q"}


def build(s: dict) -> bytes:
    client = s.get("client", "tb")
    lang = s["lang"]
    style = s.get("hstyle", HDR_STYLE[client])
    frm_name, frm_addr = s["frm"]
    domain = frm_addr.split("@", 1)[1].lower()
    d = mkdate(s["date"], s.get("tz", "+0200"))
    sent = d
    recv = d + timedelta(seconds=rng.randint(2, 40))

    lines: list[str] = []
    rp = s.get("return_path", frm_addr)
    lines.append(f"Return-Path: <{rp}>")
    lines.append(f"Delivered-To: {SUPPORT}")
    if s.get("received_local"):
        lines.append(f"Received: by {MX} (Postfix)\n\tid {qid()}; {fmtdate(recv.astimezone(timezone(timedelta(hours=2))))}")
    else:
        rh, rip_ = s.get("relay") or relay_for(domain, client)
        lines.append(f"Received: from {rh} ({rh} [{rip_}])\n\tby {MX} (Postfix) with ESMTPS id {qid()}\n"
                     f"\tfor <{SUPPORT}>; {fmtdate(recv.astimezone(timezone(timedelta(hours=2))))}")
    lines += auth_lines(s.get("auth", "pass"), domain)
    if client in ("apple", "iphone", "tb", "roundcube", "zimbra", "outlook") and not s.get("received_local"):
        ip_inner = rip()
        lines.append(f"Received: from [{ '10.%d.%d.%d' % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250)) }] (unknown [{ip_inner}])\n"
                     f"\tby {relay_for(domain, client)[0]} with ESMTPSA id {rhex(10, True)}\n"
                     f"\tfor <{SUPPORT}>; {fmtdate(sent)}")
    if client in ("exchange", "android"):
        sent = d.astimezone(timezone.utc)

    mid = s.get("msgid") or msgid(client, domain, d)
    hdr = {
        "From": addr(frm_name, frm_addr, style),
        "To": addrs(s.get("to", SUPPORT_TO), style),
        "Subject": enc(s["subj"], style) if s.get("subj") is not None else None,
        "Date": fmtdate(sent),
        "Message-ID": mid,
    }
    order = s.get("order") or (["From", "To", "Cc", "Subject", "Thread-Topic", "Date", "Message-ID"]
                               if client in ("exchange", "android") else
                               ["Message-ID", "Date", "MIME-Version", "From", "To", "Cc", "Subject"])
    if s.get("cc"):
        hdr["Cc"] = addrs(s["cc"], style)
    if client in ("exchange", "android") and s.get("subj") is not None:
        hdr["Thread-Topic"] = enc(s["subj"], style)
    hdr["MIME-Version"] = ("1.0 (Mac OS X Mail 16.0 \\(3826.600.51\\))" if client == "apple"
                           else "1.0 (1.0)" if client == "iphone" else "1.0")
    out_h = []
    for k in order:
        if k in hdr and hdr[k] is not None:
            out_h.append(f"{k}: {hdr[k]}")
    for k in ("From", "To", "Cc", "Subject", "Date", "Message-ID", "MIME-Version", "Thread-Topic"):
        if k not in order and k in hdr and hdr[k] is not None:
            out_h.append(f"{k}: {hdr[k]}")
    if s.get("reply_to"):
        out_h.append(f"Reply-To: {s['reply_to']}")
    if s.get("irt"):
        out_h.append(f"In-Reply-To: {s['irt']}")
        out_h.append(f"References: {s.get('refs', s['irt'])}")
    out_h += client_headers(client, lang) if client != "server" else []
    for k, v in s.get("headers", []):
        out_h.append(f"{k}: {v}")

    body = build_body(s, client)
    return ("\n".join(lines + out_h) + "\n").encode("ascii") + body


def build_body(s: dict, client: str) -> bytes:
    if "mime" in s:
        return s["mime"](s)
    text = s.get("text")
    html = s.get("html")
    if text is not None and s.get("fix_text") is not False:
        text = text.strip("\n") + "\n"
    charset = s.get("charset")
    cte = s.get("cte")
    lang_tag = "FR" if s["lang"] == "fr" else "EN-GB"

    if client in ("outlook", "exchange"):
        cs = charset or pick_charset((text or "") + (html or ""), "iso-8859-1")
        if text is not None and html is None and not s.get("text_only"):
            html = html_outlook(text, cs, lang_tag)
        b1 = f"_000_{rhex(8, True)}{rhex(8, True)}{rhex(8, True)}_"
        parts = []
        if text is not None:
            parts.append(text_part(text, "plain", cs, cte or "quoted-printable"))
        if html is not None:
            parts.append(text_part(html, "html", cs, cte or "quoted-printable"))
        body_b = b1
    elif client == "gmail":
        cs = charset or "UTF-8"
        if text is not None and html is None and not s.get("text_only"):
            html = html_gmail(text)
        parts = []
        if text is not None:
            parts.append(text_part(text, "plain", cs, cte or ("7bit" if text.isascii() else "quoted-printable")))
        if html is not None:
            parts.append(text_part(html, "html", cs, cte or "quoted-printable"))
        body_b = "0000000000" + rhex(16)
    elif client == "zimbra":
        cs = charset or "utf-8"
        if text is not None and html is None and not s.get("text_only"):
            html = html_zimbra(text)
        parts = []
        if text is not None:
            parts.append(text_part(text, "plain", cs, cte or "quoted-printable"))
        if html is not None:
            parts.append(text_part(html, "html", cs, cte or "quoted-printable"))
        body_b = f"=_{ruuid()}"
    elif client == "android":
        cs = charset or "utf-8"
        if text is not None and html is None and not s.get("text_only"):
            html = html_mobile(text)
        parts = []
        if text is not None:
            parts.append(text_part(text, "plain", cs, cte or "base64"))
        if html is not None:
            parts.append(text_part(html, "html", cs, cte or "base64"))
        body_b = f"_000_{rhex(8, True)}{rhex(8, True)}_"
    elif client in ("apple", "iphone"):
        cs = charset or "utf-8"
        parts = []
        if text is not None:
            parts.append(text_part(text, "plain", cs, cte or "quoted-printable", quote_cs=False))
        if html is not None:
            parts.append(text_part(html, "html", cs, cte or "quoted-printable", quote_cs=False))
        body_b = f"Apple-Mail={ruuid(True)}"
    elif client in ("tb", "roundcube"):
        cs = charset or ("UTF-8" if client == "tb" else "UTF-8")
        parts = []
        if text is not None:
            t = flowed(text)
            c = cte or ("8bit" if client == "tb" else "quoted-printable")
            if t.isascii() and c == "8bit":
                c = "7bit"
            parts.append(text_part(t, "plain", cs, c, params="; format=flowed", quote_cs=False))
        if html is not None:
            parts.append(text_part(html, "html", cs, cte or "quoted-printable", quote_cs=False))
        body_b = ("------------" + ralnum(24)) if client == "tb" else ("=_" + rhex(32))
    else:  # server
        cs = charset or "utf-8"
        parts = []
        if text is not None:
            parts.append(text_part(text, "plain", cs, cte or "quoted-printable"))
        if html is not None:
            parts.append(text_part(html, "html", cs, cte or "quoted-printable"))
        body_b = "=_" + rhex(24)

    if len(parts) == 1:
        core = parts[0]
    else:
        core = multipart("alternative", parts, body_b)
    atts = s.get("attach") or []
    if atts:
        mixed_b = body_b.replace("_000_", "_004_") if body_b.startswith("_000_") else "mix_" + rhex(20)
        core = multipart("mixed", [core] + [attachment(*a) for a in atts], mixed_b)
    return core


# ===========================================================================
# THE MAILS
# Labels: cat, ok (auto_reply_ok), uai, reg, plat, hard, lang, notes
# ===========================================================================

# --------------------------------------------------------------- password_reset
M("pw01", client="tb", date="2026-06-02 08:47",
  frm=("Hélène Castaing", "helene.castaing@ac-bordeaux.fr"),
  subj="Mot de passe e-sidoc perdu - inventaire de fin d'année",
  text="""Bonjour,

Je voulais lancer l'inventaire de fin d'année sur notre portail e-sidoc mais je n'arrive plus à me connecter à l'administration : « identifiant ou mot de passe incorrect ». Je ne m'étais pas connectée depuis les vacances de février et, évidemment, je ne me souviens plus du mot de passe.

Notre identifiant est le {{U:0332418}} (collège Les Eyquems, Mérignac).

Pourriez-vous m'envoyer un lien de réinitialisation ?

Merci d'avance et bonne journée,

-- 
Hélène Castaing
Professeure documentaliste
Collège Les Eyquems – Mérignac
""",
  cat="password_reset", ok=True, uai="{{U:0332418}}", reg="nouvelle-aquitaine", plat="esidoc",
  hard=False, lang="fr",
  notes="Lost e-sidoc admin password before the end-of-year inventory; UAI in the body, academic sender: the FAQ reset path applies.")

M("pw02", client="outlook", date="2026-06-09 13:05",
  frm=("Rachel Whitford", "rachel.whitford@ac-toulouse.fr"),
  subj="Can't log in to the library portal admin",
  text="""Hi,

I'm the teacher-librarian for the British section at the lycée (I share the CDI with my French colleague, who is on bac jury duty all week). I can't log in to the e-sidoc admin side – I've obviously forgotten the password, and the "forgotten password" page asks for an identifier I'm not sure about. Is it the school's code?

Could you send me a reset link, or tell me what the username is meant to be?

Many thanks,
Rachel

Rachel Whitford
Teacher-librarian, British International Section
Lycée des Pradettes, Toulouse
UAI {{U:0312764}}
""",
  cat="password_reset", ok=True, uai="{{U:0312764}}", reg="occitanie", plat="esidoc",
  hard=False, lang="en",
  notes="English (British). Forgotten e-sidoc admin password and unsure of the identifier, which is the UAI given in her signature.")

M("pw03", client="android", date="2026-06-13 22:41",
  frm=("Nadia B.", "nadia.bouzid47@gmail.com"),
  subj="mdp",
  text="""bjr
jarrive pas a me co sur esidoc jai oublie mon mdp, jai du le changer en avril et je l ai pas note
c pour le cdi du college de Nérac, rne {{u:0470853}}
merci de me renvoyer un lien svp c pour lundi

nadia

Obtenir Outlook pour Android
""",
  cat="password_reset", ok=True, uai="{{U:0470853}}", reg="nouvelle-aquitaine", plat="esidoc",
  hard=False, lang="fr",
  notes="SMS style from a phone (base64 body), personal Gmail; UAI written in lower case after 'rne'. Plain lost password.")

M("pw04", client="gmail", date="2026-06-16 07:52",
  frm=("Dana Reyes", "dana.reyes@ac-montpellier.fr"),
  subj="Reset link expired",
  text="""Hello,

I requested a password reset for our e-sidoc portal yesterday afternoon, but I only got to it this morning (we had oral exams all day) and now the link says it has expired. Can you send me a new one? I'll click it right away this time, I promise.

Our school ID is {{U:0341762}}.

Thanks so much,
Dana

--
Dana Reyes
Librarian – American Section
Lycée Jean-Monnet, Montpellier
""",
  cat="password_reset", ok=True, uai="{{U:0341762}}", reg="occitanie", plat="esidoc",
  hard=False, lang="en",
  notes="English (American). Reset link expired before use; asks for a new one.")

M("pw05", client="outlook", date="2026-06-22 10:31",
  frm=("BERTHELOT Sandrine", "sandrine.berthelot@ac-nantes.fr"),
  subj="Compte bloqué Espace Acheteur",
  text="""Bonjour,

Après plusieurs tentatives infructueuses, mon compte sur l'Espace Acheteur est bloqué (message « compte verrouillé, réessayez ultérieurement »). J'ai attendu plus d'une heure, rien n'y fait.

J'ai des commandes de fin d'année à valider avant le 30 juin, c'est donc assez urgent.
Pouvez-vous débloquer le compte ou m'envoyer un lien pour redéfinir le mot de passe ?

Cordialement,

Sandrine Berthelot
Gestionnaire
Lycée de l'Erdre – Nantes
{{U:0442193}}
""",
  cat="password_reset", ok=True, uai="{{U:0442193}}", reg="pays-de-la-loire", plat="espace_acheteur",
  hard=False, lang="fr",
  notes="Espace Acheteur account locked after failed attempts; asks to unlock or for a reset link.")

M("pw06", client="roundcube", date="2026-06-03 09:12",
  frm=("Secrétariat Collège Jean Rostand", "ce.{{u:0851204}}@ac-nantes.fr"),
  subj="Demande de réinitialisation - accès e-sidoc du CDI",
  text="""Bonjour,

Notre professeure documentaliste est absente jusqu'à la fin de l'année scolaire et le remplaçant arrivé lundi n'a pas le mot de passe d'administration du portail e-sidoc.

Serait-il possible d'envoyer le lien de réinitialisation sur l'adresse officielle de l'établissement (celle d'où nous vous écrivons) ? Nous le lui transmettrons.

Merci par avance,

Le secrétariat de direction
Collège Jean Rostand
La Roche-sur-Yon
""",
  cat="password_reset", ok=True, uai="{{U:0851204}}", reg="pays-de-la-loire", plat="esidoc",
  hard=True, lang="fr",
  notes="The UAI appears only in the ce.<UAI>@ac-nantes.fr sender, in lower case. The secretariat (not the head) asks for the link on that official address: the safe reset path.")

M("pw07", client="outlook", date="2026-06-10 08:16",
  frm=("Maud Tessier", "maud.tessier@ac-poitiers.fr"),
  subj="TR: library portal",
  text="""Bonjour,

Je vous transfère le message de notre assistante d'anglais, qui gère avec moi le coin lecture anglophone du CDI. Pour être claire : c'est bien le mot de passe du compte administrateur e-sidoc qui est perdu. Je l'avais noté sur un post-it… qui a disparu avec le rangement de fin d'année.

Identifiant : {{U:0171347}} (collège Fromentin, La Rochelle).

Pouvez-vous nous envoyer un lien de réinitialisation ? Merci !

Maud Tessier
Professeure documentaliste

-----Message d'origine-----
De : Siobhan Kelly <siobhan.kelly@gmail.com>
Envoyé : mardi 9 juin 2026 16:41
À : Maud Tessier <maud.tessier@ac-poitiers.fr>
Objet : library portal

Hi Maud,

I tried to add the new graphic novels to the catalogue this afternoon but the admin page keeps saying the password is wrong. I used the one on the post-it, but I think you changed it in March? Could you ask the helpdesk for a reset? I'm here until the 19th.

Cheers,
Siobhan
""",
  cat="password_reset", ok=True, uai="{{U:0171347}}", reg="nouvelle-aquitaine", plat="esidoc",
  hard=False, lang="fr",
  notes="Bilingual: French cover note by the librarian forwarding the English assistant's message (Outlook 'Message d'origine'). Lost admin password; the part written to the desk is French.")

M("pw08", client="apple", date="2026-06-11 17:20",
  frm=("Tom Aldridge", "tom.aldridge@ac-bordeaux.fr"),
  subj="Reset link says invalid",
  text="""Hi,

To be clear, the email did arrive this time (thank you), so this isn't the "check your junk folder" problem. The trouble is that the link in it says "This link is invalid or has already been used". I only clicked it once, from my phone, and then again from the library PC – maybe that's what killed it?

Could you send me a fresh one? UAI is {{U:0333385}} (Lycée Montesquieu, international section, Bordeaux).

Thanks,
Tom
""",
  cat="password_reset", ok=True, uai="{{U:0333385}}", reg="nouvelle-aquitaine", plat="esidoc",
  hard=True, lang="en",
  notes="English. Contrast: the reset mail did arrive (not missing_noreply_mail); the single-use link was consumed, so a new reset link is the answer.")

M("pw09", client="zimbra", date="2026-06-04 14:02",
  frm=("Lucas Peyrat", "lucas.peyrat@ac-limoges.fr"),
  subj="accès administrateur e-sidoc - nouveau documentaliste",
  text="""Bonjour,

Je suis contractuel et j'ai pris le poste de documentaliste au collège Victor Hugo de Tulle le 18 mai, en remplacement. Personne ne m'a transmis le mot de passe du compte d'administration e-sidoc (ma collègue est partie sans laisser de consignes) et je ne sais pas quelle adresse mail est enregistrée sur le compte.

Je dois faire le récolement et les relances de prêts avant le 3 juillet. Comment puis-je obtenir l'accès ?

UAI : {{U:0190716}}

Cordialement,
Lucas Peyrat
""",
  cat="password_reset", ok=True, uai="{{U:0190716}}", reg="nouvelle-aquitaine", plat="esidoc",
  hard=False, lang="fr",
  notes="New contract librarian who never had the password and does not know the address on file ('je ne connais pas le mot de passe' case).")

M("pw10", client="outlook", date="2026-06-05 11:48",
  frm=("Corinne Dubreuil", "corinne.dubreuil@ac-poitiers.fr"),
  subj="réinitialisation mot de passe e-sidoc {{X:0861492}}",
  text="""Bonjour,

J'ai voulu réinitialiser le mot de passe de notre portail e-sidoc avec le lien « mot de passe oublié », en saisissant notre UAI {{X:0861492}}, mais le site me répond que l'identifiant est inconnu. Pourtant c'est bien celui qui figure sur nos courriers.

Pouvez-vous m'aider ? Je suis au lycée Camille Guérin à Poitiers.

Corinne Dubreuil
Documentaliste
""",
  cat="password_reset", ok=False, uai=None, reg="nouvelle-aquitaine", plat="esidoc",
  hard=True, lang="fr", wrong=["{{X:0861492}}"],
  notes="The code {{X:0861492}} (subject and body) has a wrong check letter (the digits give {{U:0861492}}), so no UAI; region from the ac-poitiers.fr domain. The 'identifiant inconnu' is probably that typo: a person should point it out rather than send the reset template.")

M("pw11", client="tb", date="2026-06-17 16:38",
  frm=("Jean-Marc Larrieu", "jm.larrieu@ac-bordeaux.fr"),
  subj="mot de passe + devis renouvellement",
  text="""Bonjour,

Deux choses :

1) je ne retrouve plus le mot de passe de l'admin e-sidoc (UAI {{U:0640212}}). Le lien « mot de passe oublié » envoie le mail sur une ancienne adresse que je ne consulte plus.

2) pourriez-vous nous faire un devis pour le renouvellement de l'abonnement à la rentrée ? Notre gestionnaire en a besoin pour le bon d'engagement avant la clôture de juillet.

Merci,
JM Larrieu
Documentaliste, lycée Saint-Cricq, Pau
""",
  cat="password_reset", ok=False, uai="{{U:0640212}}", reg="nouvelle-aquitaine", plat="esidoc",
  hard=True, lang="fr",
  notes="Two topics: lost password (first, main) and a quote for the renewal (order_billing). The reset mail goes to an address nobody reads; a single template would answer only half.")

M("pw12", client="iphone", date="2026-06-06 10:24",
  frm=("Sophie Gaillard", "sophie.gaillard@ac-montpellier.fr"),
  subj="Mot de passe oublié",
  text="""Bonjour
J'ai oublié le mot de passe du portail e-sidoc du CDI. Notre UAI : 0301 938 {{L:0301938}}
Pouvez-vous m'envoyer un lien ?
Merci
Sophie Gaillard
CDI collège Feuchères, Nîmes

Envoyé de mon iPhone
""",
  cat="password_reset", ok=True, uai="{{U:0301938}}", reg="occitanie", plat="esidoc",
  hard=True, lang="fr",
  notes="Short iPhone message; the UAI is written with spaces ('0301 938 {{L:0301938}}'), normalised in the label.")

M("pw13", client="outlook", date="2026-06-08 09:03",
  frm=("Gareth Price", "gareth.price@ac-bordeaux.fr"),
  subj="Forgotten password - purchasing platform",
  text="""Hello,

Apologies for writing in English – my French is fine on the phone but I'd rather not get the technical bits wrong.

I've forgotten my password for the Espace Acheteur and, annoyingly, I'm not certain which username I registered with: it may be my personal e-mail from when I started in January. I need to log in this week to finalise our orders for the autumn term.

Could you tell me how to reset it?

Kind regards,

Gareth Price
Deputy bursar (adjoint gestionnaire)
Cité scolaire internationale – Bordeaux
{{U:0333012}}
""",
  cat="password_reset", ok=True, uai="{{U:0333012}}", reg="nouvelle-aquitaine", plat="espace_acheteur",
  hard=False, lang="en",
  notes="English (British). Espace Acheteur password and login forgotten; may have signed up with a personal address (the reset goes to the address on file).")

M("pw14", client="tb", date="2026-06-01 08:12",
  frm=("Martine Soulé", "martine.soule@ac-toulouse.fr"),
  subj="Mot de passe expiré ?",
  text="""Bonjour,

En voulant me connecter ce matin à e-sidoc, on me dit que mon mot de passe a expiré et qu'il faut le changer. Sauf que pour en mettre un nouveau il me demande l'ancien, et je ne m'en souviens pas : je me connectais grâce à l'enregistrement du navigateur, qui a sauté avec la mise à jour du PC pendant le pont.

Lycée Bellevue, Albi – {{U:0810947}}

Merci de votre aide.

Martine Soulé
Professeure documentaliste
""",
  cat="password_reset", ok=True, uai="{{U:0810947}}", reg="occitanie", plat="esidoc",
  hard=False, lang="fr",
  notes="Expired password and the old one forgotten (the browser had stored it).")

M("pw15", client="exchange", date="2026-06-19 15:27",
  frm=("Comptabilité EPLEFPA", "compta.eplefpa-vendee@educagri.fr"),
  subj="identifiant Espace Acheteur ???",
  text="""Bonjour,

on se connecte à l'Espace Acheteur à plusieurs avec cette adresse (la boîte de la compta) et plus personne ne sait quel est l'identifiant, ni le mot de passe. L'ancienne comptable est partie à la retraite fin mai et n'a rien laissé.

Comment fait-on pour récupérer l'accès ?

merci

Service comptabilité
EPLEFPA de la Vendée
""",
  cat="password_reset", ok=True, uai=None, reg=None, plat="espace_acheteur",
  hard=False, lang="fr",
  notes="Shared mailbox, login and password unknown after a departure (Espace Acheteur FAQ case). Agricultural school, educagri.fr is not an académie domain and no UAI: no region.")

M("pw16", client="apple", date="2026-06-10 12:47",
  frm=("Emily Carter", "emily.carter@ac-nantes.fr"),
  subj="Re: [Assistance #A26-06-0417] Mot de passe e-sidoc",
  irt="<a26-06-0417.1.20260610091402@assistance.example.fr>",
  text="""Hi again,

Thanks for the quick reply, but it hasn't solved it: the reset email went to an address ending in @ac-nantes.fr that I think belongs to the librarian who retired last year, and the school's main mailbox didn't get anything either (I asked the office twice).

Is there another way? I'm running the English book club's end-of-year book swap on Friday and need to publish the list on the portal before then.

Emily

> On 10 Jun 2026, at 09:14, Assistance <support@assistance.example.fr> wrote:
> 
> Bonjour,
> 
> Un lien de réinitialisation du mot de passe administrateur du portail e-sidoc ({{U:0491548}}) vient d'être envoyé à l'adresse enregistrée pour ce compte : j***@ac-nantes.fr. Ce lien est valable 12 heures et ne peut servir qu'une fois.
> 
> Si cette adresse n'est plus consultée, le chef d'établissement peut nous demander par écrit de modifier l'adresse de contact.
> 
> Cordialement,
> L'équipe Assistance
""",
  cat="password_reset", ok=False, uai="{{U:0491548}}", reg="pays-de-la-loire", plat="esidoc",
  hard=False, lang="en",
  notes="English reply (Apple Mail quote) to the automatic reset answer: the link went to a former librarian's address and the school mailbox got nothing. The template was already sent; a person must take over (head-of-establishment route). UAI only in the quoted answer.")

M("pw17", client="outlook", date="2026-06-11 08:19",
  frm=("DARRIGADE Aurélie", "aurelie.darrigade@ac-bordeaux.fr"),
  subj="TR: Réinitialisation de votre mot de passe e-sidoc",
  text="""Bonjour,

Le lien ci-dessous m'amène sur une page d'erreur (« jeton invalide »). Je l'ai pourtant ouvert cinq minutes après l'avoir reçu. Pouvez-vous m'en renvoyer un ?

Merci,

Aurélie Darrigade
Documentaliste – Collège Jean Moulin, Saint-Paul-lès-Dax
UAI {{U:0400661}}

________________________________
De : e-sidoc <ne-pas-repondre@e-sidoc.example.fr>
Envoyé : jeudi 11 juin 2026 08:02
À : DARRIGADE Aurélie <aurelie.darrigade@ac-bordeaux.fr>
Objet : Réinitialisation de votre mot de passe e-sidoc

Bonjour,

Vous avez demandé la réinitialisation du mot de passe de votre compte administrateur.
Cliquez sur le lien suivant pour choisir un nouveau mot de passe :
https://{{u:0400661}}.esidoc.example.fr/admin/reset?token=8f3c2e91d0b74a65

Ce lien expire dans 12 heures.
""",
  cat="password_reset", ok=True, uai="{{U:0400661}}", reg="nouvelle-aquitaine", plat="esidoc",
  hard=False, lang="fr",
  notes="Outlook forward ('TR:') of the reset mail whose link gives 'jeton invalide'; asks for a new link. UAI in the signature and, lower case, in the portal URL.")

M("pw18", client="gmail", date="2026-06-14 19:03",
  frm=("Céline Marty", "celine.marty.doc@gmail.com"),
  subj="Accès perdu",
  text="""Bonjour,

J'ai perdu le mot de passe du portail documentaire (e-sidoc) du collège où je travaille, à Rodez. Je vous écris de ma boîte perso parce que ma messagerie académique me demande aussi de changer de mot de passe et que je suis bloquée de partout… c'est la journée !

Je n'ai pas le code établissement sous la main, je peux le demander au secrétariat lundi si besoin.

Merci,
Céline
""",
  cat="password_reset", ok=True, uai=None, reg=None, plat="esidoc",
  hard=False, lang="fr",
  notes="Lost e-sidoc password, written from a personal Gmail without the UAI: no UAI and no académie domain, so no region although the school is in Rodez. The academic webmail password she also mentions is not ours.")

M("pw19", client="exchange", date="2026-06-18 11:10", charset="windows-1252",
  frm=("Frédéric Vidal", "frederic.vidal@lyc-paul-valery-sete.fr"),
  subj="Perte mot de passe administrateur",
  html="""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Bonjour,</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br></div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Suite au départ de notre documentaliste (mutation effective au 1er juin), plus personne au lycée ne connaît le mot de passe administrateur d’e-sidoc. Je suis le référent numérique de l’établissement ; c’est moi qui récupère les accès en attendant l’arrivée de sa remplaçante en septembre.</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br></div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Pouvez-vous nous indiquer la procédure pour réinitialiser ce mot de passe ?</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br></div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Cordialement,</div>
<div id="Signature">
<p style="margin:0"><b>Frédéric Vidal</b><br>
Référent numérique – Lycée Paul Valéry, Sète<br>
UAI&nbsp;: {{U:0341120}}</p>
</div>
</body>
</html>
""",
  cat="password_reset", ok=True, uai="{{U:0341120}}", reg="occitanie", plat="esidoc",
  hard=False, lang="fr",
  notes="HTML-only Outlook message (windows-1252, curly apostrophes). The digital referent (not the head) asks how to reset the admin password after the librarian left; region from the UAI in the signature (the school's own domain is not an académie one).")

M("pw20", client="android", date="2026-06-24 07:38",
  frm=("Karine Lemoine", "karine.lemoine@ac-nantes.fr"),
  subj="Mot de passe CDI",
  text="""Bonjour je n'arrive plus a me connecter a e-sidoc, j'ai du me tromper 3 fois et maintenant c'est bloqué. Collège Jules Renard, Laval {{U:0530841}}. Merci de me dire comment faire. K. Lemoine

Obtenir Outlook pour Android
""",
  cat="password_reset", ok=True, uai="{{U:0530841}}", reg="pays-de-la-loire", plat="esidoc",
  hard=False, lang="fr",
  notes="Outlook for Android, base64 text and HTML; account locked after three wrong passwords.")

M("pw21", client="exchange", date="2026-06-12 09:55",
  frm=("Olivier Marchand", "informatique@stjoseph-cholet.fr"),
  subj="Mot de passe administrateur EcoleDirecte perdu",
  text="""Bonjour,

Je ne parle pas du mot de passe de maintenance quotidien (celui-là, je sais où le trouver), mais du mot de passe du compte administrateur EcoleDirecte de l'établissement : notre ancien responsable de vie scolaire l'a changé avant de partir et ne l'a transmis à personne.

Nous en avons besoin rapidement pour préparer les conseils de classe et l'export des appréciations avant le brevet.

Établissement : Collège Saint-Joseph, Cholet – UAI {{U:0491873}}

Cordialement,

Olivier Marchand
Responsable informatique
""",
  cat="password_reset", ok=False, uai="{{U:0491873}}", reg="pays-de-la-loire", plat="ecoledirecte",
  hard=True, lang="fr",
  notes="Lost EcoleDirecte administrator password; explicitly NOT the daily maintenance password (which would be transfer_incident). No reset template for this product, so a person answers.")

# --------------------------------------------------------- missing_noreply_mail
M("mn01", client="gmail", date="2026-06-03 10:44",
  frm=("Megan O'Connor", "megan.oconnor@ac-toulouse.fr"),
  subj="Activation email never arrived",
  text="""Hi,

Just to be clear before I get the standard "reset your password" reply: I haven't lost my password – I never got as far as setting one. It's the activation email that never came.

I registered on the Espace Acheteur on Monday (I'm the new assistant gestionnaire looking after the international section's budget) and nothing has arrived since: not in my inbox, not in junk, not in the "Other" tab either.

Could you resend it, or tell me which address it comes from so I can search for it?

Thanks,
Megan O'Connor
Lycée international Victor Hugo, Colomiers
""",
  cat="missing_noreply_mail", ok=True, uai=None, reg="occitanie", plat="espace_acheteur",
  hard=True, lang="en",
  notes="English negation: 'I haven't lost my password, it's the activation email that never came'; junk checked, no anti-spam product named. No UAI; region from ac-toulouse.fr.")

M("mn02", client="outlook", date="2026-06-08 14:30",
  frm=("GIRAUD Pascale", "pascale.giraud@ac-poitiers.fr"),
  subj="Pas reçu le mail d'activation",
  text="""Bonjour,

J'ai créé mon compte sur l'Espace Acheteur jeudi dernier ; on m'a dit qu'un mail d'activation arriverait dans les minutes suivantes. Je n'ai rien reçu à ce jour, ni dans la boîte de réception ni dans les courriers indésirables. J'ai vérifié l'orthographe de mon adresse, elle est correcte.

Collège Elisée Mousnier, Cognac – {{U:0161127}}

Merci de votre retour.

Pascale Giraud
Secrétaire de gestion
""",
  cat="missing_noreply_mail", ok=True, uai="{{U:0161127}}", reg="nouvelle-aquitaine", plat="espace_acheteur",
  hard=False, lang="fr",
  notes="Espace Acheteur activation mail never arrived, junk folder checked, no product named.")

M("mn03", client="exchange", date="2026-06-04 16:05",
  frm=("Paul Jennings", "p.jennings@lycee-daudet-nimes.fr"),
  subj="No password emails reaching us - spam filter?",
  text="""Hello,

None of our staff have received the new-password emails for the e-sidoc admin accounts since about June 1st. The password tool itself says "email sent" every time.

We suspect our school's spam filter, but it is run centrally and I honestly don't know which product it is – I've asked, no answer yet.

Could you tell me the exact sender address and sending domain so I can ask for it to be whitelisted?

Paul Jennings
IT technician
Lycée Alphonse Daudet, Nîmes
{{U:0302215}}
""",
  cat="missing_noreply_mail", ok=True, uai="{{U:0302215}}", reg="occitanie", plat="esidoc",
  hard=False, lang="en",
  notes="English. New-password mails never arrive; a 'spam filter' is suspected but no product is named, so not mailinblack_spam. Region from the UAI (school domain is not an académie one).")

M("mn04", client="zimbra", date="2026-06-09 11:21",
  frm=("Anne-Laure Mercier", "anne-laure.mercier@ac-limoges.fr"),
  subj="mot de passe oublié... mais pas de mail",
  text="""Bonjour,

J'ai bien cliqué sur « Mot de passe oublié » sur la page d'administration d'e-sidoc ; la page me dit qu'un courriel a été envoyé à l'adresse du compte, mais je ne reçois rien. L'adresse enregistrée est bien la mienne (je l'ai vérifiée avec mon collègue qui avait encore une session ouverte). Rien dans le dossier spam non plus, et j'ai réessayé ce matin.

Collège Jules Marouzeau, Guéret
{{U:0230516}}

Anne-Laure Mercier
""",
  cat="missing_noreply_mail", ok=True, uai="{{U:0230516}}", reg="nouvelle-aquitaine", plat="esidoc",
  hard=True, lang="fr",
  notes="Reads like a password problem, but the reset tool works and its mail never arrives: missing_noreply_mail per the taxonomy.")

M("mn05", client="outlook", date="2026-06-15 09:37",
  frm=("Thierry Bonnet", "thierry.bonnet@ac-nantes.fr"),
  subj="Plus aucune notification depuis la migration de la messagerie",
  text="""Bonjour,

Depuis la bascule de la messagerie académique la semaine dernière, je ne reçois plus aucun des mails automatiques de l'Espace Acheteur (confirmations de commande, changements de statut, alertes sur les offres). Des collègues d'autres établissements de la Sarthe ont le même souci.

Rien dans les indésirables. Faut-il déclarer une nouvelle adresse d'expéditeur quelque part ?

Thierry Bonnet
Adjoint gestionnaire – Lycée Le Mans Sud
{{U:0720934}}
""",
  cat="missing_noreply_mail", ok=True, uai="{{U:0720934}}", reg="pays-de-la-loire", plat="espace_acheteur",
  hard=False, lang="fr",
  notes="No Espace Acheteur notifications since the académie's mail migration; no anti-spam product named.")

M("mn06", client="gmail", date="2026-06-05 13:12",
  frm=("Hannah Lewis", "hannah.lewis@ac-bordeaux.fr"),
  subj="Confirmation email for the support portal",
  text="""Hello,

I tried to open an account on your support (ticket) portal so I can follow up our requests myself, but the confirmation email with the link to set my password never arrived. I've tried twice, yesterday and this morning, and checked my spam folder.

Thanks,

Hannah Lewis
Erasmus+ coordinator
Lycée René Cassin, Bayonne
""",
  cat="missing_noreply_mail", ok=True, uai=None, reg="nouvelle-aquitaine", plat="ticket_portal",
  hard=False, lang="en",
  notes="English. The ticket portal's confirmation mail (to set a password) never arrived. No UAI; region from ac-bordeaux.fr.")

M("mn07", client="tb", date="2026-06-11 15:46",
  frm=("Éric Fabre", "eric.fabre@ac-toulouse.fr"),
  subj="mail de confirmation jamais reçu (et ce n'est pas Mailinblack)",
  text="""Bonjour,

Je précise d'emblée : nous n'avons PAS Mailinblack au collège. J'ai vu passer la procédure dans votre FAQ mais elle ne nous concerne pas, notre messagerie est l'académique standard, sans filtre particulier.

Le problème : le mail de confirmation pour finaliser mon inscription sur l'Espace Acheteur n'arrive pas. Trois demandes depuis mardi, rien dans les spams.

Collège Jean Jaurès, Montauban
{{U:0820598}}

Éric Fabre, gestionnaire
""",
  cat="missing_noreply_mail", ok=True, uai="{{U:0820598}}", reg="occitanie", plat="espace_acheteur",
  hard=True, lang="fr",
  notes="Names Mailinblack (even in the subject) only to say the school does NOT use it: missing_noreply_mail, not mailinblack_spam.")

M("mn08", client="iphone", date="2026-06-07 20:15",
  frm=("Julie R", "julie.rouquette@ac-montpellier.fr"),
  subj="mail activation",
  text="""tjs pas recu le mail d activation depuis vendredi... j ai regardé les spams. je fais comment ??
Julie, clg de Lunel

Envoyé de mon iPhone
""",
  cat="missing_noreply_mail", ok=True, uai=None, reg="occitanie", plat=None,
  hard=False, lang="fr",
  notes="Two lines from a phone, Sunday evening: activation mail not received, spam checked. The product is not named, so no platform; region from ac-montpellier.fr.")

M("mn09", client="outlook", date="2026-06-08 08:54",
  frm=("Nathalie Roux", "nathalie.roux@ac-bordeaux.fr"),
  subj="RE: [Assistance #A26-06-0112] Mail d'activation Espace Acheteur",
  irt="<a26-06-0112.1.20260604112011@assistance.example.fr>",
  text="""Bonjour,

J'ai bien suivi vos conseils (dossier courrier indésirable, ajout de l'expéditeur dans les contacts approuvés) mais toujours rien, quatre jours après. Pouvez-vous transmettre à la région comme c'était indiqué ? Je suis coincée pour les commandes de manuels de la rentrée.

Nathalie Roux
Gestionnaire – Collège Anne Frank, Périgueux
{{U:0240188}}

De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 4 juin 2026 11:20
À : Nathalie Roux <nathalie.roux@ac-bordeaux.fr>
Objet : [Assistance #A26-06-0112] Mail d'activation Espace Acheteur

Bonjour,

Les messages automatiques de l'Espace Acheteur sont envoyés depuis une adresse qui n'accepte pas de réponse. Merci de vérifier votre dossier « Courrier indésirable », de marquer le message comme légitime et d'ajouter l'expéditeur à vos contacts approuvés.

Sans nouvelles de votre part sous 48 heures, nous reviendrons vers vous ; si le problème persiste, votre demande sera transmise à l'équipe de votre région.

Cordialement,
L'équipe Assistance
""",
  cat="missing_noreply_mail", ok=False, uai="{{U:0240188}}", reg="nouvelle-aquitaine", plat="espace_acheteur",
  hard=False, lang="fr",
  notes="Outlook reply after the junk-folder answer (quoted without '>' marks): still nothing after four days, asks to go to the region. The template was already sent: a person must follow up.")

M("mn10", client="exchange", date="2026-06-10 10:02", tz="+0100",
  frm=("Ciara Byrne", "c.byrne@lfi-dublin.ie"),
  subj="Activation email - Espace Acheteur",
  html="""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
<div dir="ltr" style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:11pt">
<p>Dear Support team,</p>
<p>I am the school business manager at the French International School in Dublin. We were told by our French colleagues that we could use the Espace Acheteur for textbook orders for September.</p>
<p>I created an account on <b>2 June</b> but I never received the activation email. I have checked our junk and quarantine folders with our IT provider and there is nothing there.</p>
<p>Could you please resend it, or activate the account manually?</p>
<p>Kind regards,<br>
Ciara Byrne<br>
School Business Manager<br>
Lycée Français International de Dublin</p>
</div>
</body>
</html>
""",
  cat="missing_noreply_mail", ok=True, uai=None, reg=None, plat="espace_acheteur",
  hard=False, lang="en",
  notes="English, HTML-only, from a French school abroad (Irish domain, Irish time zone): the activation mail never came. No UAI and no académie domain, so no region; whether a school abroad is eligible is a side question, not what is asked.")

M("mn11", client="outlook", date="2026-06-16 13:58",
  frm=("LAFFARGUE Véronique", "veronique.laffargue@ac-bordeaux.fr"),
  subj="Notifications de validation de comptes non reçues",
  text="""Bonjour,

Je suis administratrice de la structure sur l'Espace Acheteur pour le lycée Bernard Palissy d'Agen ({{U:0470031}}).

Deux collègues m'ont dit avoir fait leur demande de compte il y a une semaine ; or je n'ai reçu aucune notification « compte en attente de validation ». En fait je crois que plus aucun mail de la plateforme ne m'arrive depuis mi-mai (ni les récapitulatifs de commande).

Pouvez-vous vérifier de votre côté que les messages partent bien ?

Bien cordialement,

Véronique Laffargue
Gestionnaire
""",
  cat="missing_noreply_mail", ok=True, uai="{{U:0470031}}", reg="nouvelle-aquitaine", plat="espace_acheteur",
  hard=False, lang="fr",
  notes="The structure administrator never receives the 'account to validate' notifications nor any other automatic mail.")

M("mn12", client="zimbra", date="2026-06-12 10:40",
  frm=("Isabelle Carrère", "isabelle.carrere@ac-toulouse.fr"),
  subj="Convention à signer - mail jamais reçu",
  text="""Bonjour,

La Région nous a indiqué que la convention de groupement de commandes 2026-2027 nous avait été envoyée pour signature électronique le 3 juin. Notre proviseur n'a reçu aucune invitation à signer, ni sur sa boîte nominative ni sur la boîte de l'établissement. Rien dans les indésirables.

Pouvez-vous relancer l'envoi de l'invitation ? La date limite de signature est le 30 juin.

Isabelle Carrère
Secrétariat d'intendance
Lycée Jean Dupuy, Tarbes – {{U:0650874}}
""",
  cat="missing_noreply_mail", ok=True, uai="{{U:0650874}}", reg="occitanie", plat="esignature",
  hard=True, lang="fr",
  notes="About a convention, but the point is the e-signature invitation (an automatic mail) that never arrived: missing_noreply_mail, not contract_documents.")

M("mn13", client="tb", date="2026-06-19 08:26",
  frm=("Oliver Grant", "oliver.grant@ac-nantes.fr"),
  subj="Forgot password - but no email",
  text="""Hello,

I pressed "Forgot password" on the e-sidoc admin login three times between yesterday and today. Each time the page says an email has been sent. Nothing has arrived – not in the inbox, not in junk. I'm fairly sure it's my address on the account, since I set it up myself in September.

Oliver Grant
Librarian, Lycée Aristide Briand, Saint-Nazaire
{{U:0441703}}
""",
  cat="missing_noreply_mail", ok=True, uai="{{U:0441703}}", reg="pays-de-la-loire", plat="esidoc",
  hard=True, lang="en",
  notes="English. Subject says 'forgot password', but the reset tool works and its mail never arrives: missing_noreply_mail.")

M("mn14", client="tb", date="2026-06-23 14:09",
  frm=("Intendance Lycée Paul Guérin", "ce.{{u:0790412}}@ac-poitiers.fr"),
  subj="Confirmation d'inscription non reçue",
  text="""Bonjour,

Notre nouvelle secrétaire d'intendance s'est inscrite lundi sur l'Espace Acheteur avec l'adresse de l'établissement (celle-ci). Le message de confirmation n'est jamais arrivé ; nous avons regardé dans tous les dossiers de la boîte, y compris le courrier indésirable.

Pouvez-vous le renvoyer ?

Cordialement,
L'intendance
Lycée Paul Guérin – Niort
""",
  cat="missing_noreply_mail", ok=True, uai="{{U:0790412}}", reg="nouvelle-aquitaine", plat="espace_acheteur",
  hard=True, lang="fr",
  notes="UAI only in the ce.<UAI>@ac-poitiers.fr sender, lower case; sign-up confirmation never received.")

M("mn15", client="gmail", date="2026-06-17 18:02",
  frm=("Liam Walsh", "liam.walsh@ac-limoges.fr"),
  subj="Mail d'activation / activation email",
  text="""Bonjour,

Je n'ai pas reçu le mail pour activer mon compte client e-sidoc…

Sorry, my French isn't good enough to explain this properly, so I'll switch to English. I'm the teacher in charge of the international section's library budget. On Tuesday I opened the customer account on the e-sidoc shop for our first online order, and the page said an activation email would arrive within 12 hours. It's now Wednesday evening and nothing has come, not in spam either.

Our school code is {{U:0870399}} (Lycée Gay-Lussac, Limoges).

Merci beaucoup !
Liam Walsh
""",
  cat="missing_noreply_mail", ok=True, uai="{{U:0870399}}", reg="nouvelle-aquitaine", plat="esidoc",
  hard=False, lang="en",
  notes="Bilingual: starts in French, switches to English mid-way (the bulk is English). The customer-account activation mail never arrived.")

# ------------------------------------------------------------- mailinblack_spam
M("mb01", client="outlook", date="2026-06-02 11:15",
  frm=("Stéphanie Roques", "stephanie.roques@ac-toulouse.fr"),
  subj="Lien d'activation bloqué par Mailinblack",
  text="""Bonjour,

Notre lycée utilise Mailinblack depuis janvier (choix de la Région pour tous les lycées du Tarn). Je viens de découvrir que le message contenant mon lien d'activation pour l'Espace Acheteur est resté en quarantaine dans mon espace Mailinblack depuis le 26 mai. Je l'ai libéré, mais le lien ne fonctionne plus.

Comment faire pour que vos messages passent directement, et pouvez-vous me renvoyer un lien ?

Merci,

Stéphanie Roques
Lycée Jean Jaurès – Castres
{{U:0810412}}
""",
  cat="mailinblack_spam", ok=True, uai="{{U:0810412}}", reg="occitanie", plat="espace_acheteur",
  hard=False, lang="fr",
  notes="Activation link held in the Mailinblack quarantine until it expired; the allow-list guide is the answer.")

M("mb02", client="exchange", date="2026-06-09 15:51",
  frm=("Dan Foster", "d.foster@bytesouth-it.fr"),
  subj="Mailinblack whitelisting for your platform",
  text="""Hi,

I look after IT for a couple of schools around Bayonne and Anglet. Several staff have told me that your activation and password emails never show up. I checked and they're all sitting in the MailInBlack quarantine, flagged as "unknown sender" – the e-sidoc ones and the Espace Acheteur ones.

Which sender addresses and domains should I add to the MailInBlack allow list? Is there a fixed IP range as well?

Cheers,
Dan Foster
ByteSouth IT Services
""",
  cat="mailinblack_spam", ok=True, uai=None, reg=None, plat=None,
  hard=False, lang="en",
  notes="English, from an IT contractor: mails quarantined by MailInBlack, asks what to allow-list. Both e-sidoc and Espace Acheteur mails, so no single platform; no UAI, non-academic sender: no region.")

M("mb03", client="tb", date="2026-06-05 09:08",
  frm=("Patrick Azéma", "patrick.azema@ac-montpellier.fr"),
  subj="vos mails demandent une validation",
  text="""Bonjour,

Un collègue de votre service m'a dit au téléphone m'avoir répondu lundi. Je n'ai rien reçu.

Notre informaticien m'explique que chez nous, tout expéditeur inconnu reçoit d'abord un message lui demandant de cliquer sur un lien pour prouver qu'il n'est pas un robot, et que tant que ce n'est pas fait, le mail reste « en attente ». Comme vos réponses partent d'une adresse qui ne lit pas les messages, ça ne peut évidemment pas marcher.

Que peut-on faire de notre côté ?

Patrick Azéma
Lycée Arago, Perpignan – {{U:0660301}}
""",
  cat="mailinblack_spam", ok=False, uai="{{U:0660301}}", reg="occitanie", plat=None,
  hard=True, lang="fr",
  notes="The sender-authentication challenge is described without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person should check before sending the guide. About the desk's own replies, no platform.")

M("mb04", client="gmail", date="2026-06-20 11:33",
  frm=("cdi.clgmontaigne", "cdi.clgmontaigne@gmail.com"),
  subj="mail in black",
  text="""bonjour,

le college est passe sous mail in black en mai et depuis je recois plus rien de chez vous (ni les mails de commande ni le mot de passe). jai vu quil fallait autoriser l expediteur mais je trouve pas ou. vous avez une notice ?

merci
le CDI
""",
  cat="mailinblack_spam", ok=True, uai=None, reg=None, plat=None,
  hard=False, lang="fr",
  notes="Product spelled 'mail in black', no accents; asks for the allow-list guide. Gmail address of the CDI, no UAI: no region; no product of ours named clearly.")

M("mb05", client="outlook", date="2026-06-12 10:17",
  frm=("Florence Castets", "florence.castets@ac-bordeaux.fr"),
  subj="TR: Your daily quarantine report",
  text="""Bonjour,

Je vous transfère le rapport quotidien de Mailinblack (l'interface est en anglais chez nous, désolée). On y voit bien vos messages bloqués. Faut-il que je clique sur « Release » pour chacun, ou peut-on autoriser votre adresse une fois pour toutes ?

F. Castets
Intendance – Lycée Max Linder, Libourne
{{U:0332641}}

-----Message d'origine-----
De : Mailinblack <noreply@protect.mailinblack.com>
Envoyé : vendredi 12 juin 2026 07:00
À : Castets Florence <florence.castets@ac-bordeaux.fr>
Objet : Your daily quarantine report

Your quarantine report – 12 June 2026

3 messages are waiting in your quarantine:

From: noreply@espace-acheteur.example.fr
Subject: Confirmez votre adresse e-mail
Received: 11/06/2026 16:42   [Release] [Allow sender]

From: noreply@espace-acheteur.example.fr
Subject: Votre commande n° 2026-18834 a été validée
Received: 11/06/2026 17:05   [Release] [Allow sender]

From: newsletter@promo-fournitures.example.com
Subject: -50% sur les classeurs !
Received: 12/06/2026 03:12   [Release] [Allow sender]

Manage your protection settings at https://protect.mailinblack.com
""",
  cat="mailinblack_spam", ok=True, uai="{{U:0332641}}", reg="nouvelle-aquitaine", plat="espace_acheteur",
  hard=False, lang="fr",
  notes="Bilingual: French question forwarding MailInBlack's English quarantine report (machine text quoted). The outer message is a real person's question.")

M("mb06", client="zimbra", date="2026-06-25 14:44",
  frm=("Gilles Ferrand", "gilles.ferrand@ac-nantes.fr"),
  subj="2 questions : mailinblack et facture",
  text="""Bonjour,

1. Mailinblack bloque vos mails chez nous (lycée Chevrollier, Angers, {{U:0490923}}). Pouvez-vous m'envoyer la marche à suivre pour autoriser votre adresse ?

2. Au passage : la facture de mai n'apparaît toujours pas sur Chorus Pro. Il nous la faut pour mandater avant la clôture de fin juin.

Merci,
Gilles Ferrand
Gestionnaire
""",
  cat="mailinblack_spam", ok=False, uai="{{U:0490923}}", reg="pays-de-la-loire", plat="espace_acheteur",
  hard=True, lang="fr",
  notes="Two topics: Mailinblack blocking (first, main) and an invoice missing from Chorus Pro (order_billing). A single template would answer only half.")

M("mb07", client="roundcube", date="2026-06-03 15:20",
  frm=("Lycée Dautet - Secrétariat", "ce.{{U:0171765}}@ac-poitiers.fr"),
  subj="Messages retenus par MailInBlack",
  text="""Bonjour,

La Région a déployé MailInBlack sur les messageries des lycées en avril. Depuis, les messages de votre plateforme e-sidoc (notifications de réservations et réinitialisation de mot de passe) sont systématiquement retenus.

Merci de nous indiquer les adresses à autoriser.

Cordialement,
Le secrétariat
Lycée Dautet – La Rochelle
""",
  cat="mailinblack_spam", ok=True, uai="{{U:0171765}}", reg="nouvelle-aquitaine", plat="esidoc",
  hard=False, lang="fr",
  notes="e-sidoc mails held by MailInBlack rolled out by the Région; UAI only in the ce.<UAI> sender (upper case).")

M("mb08", client="zimbra", date="2026-06-10 16:02",
  frm=("Claire Puech", "claire.puech@ac-toulouse.fr"),
  subj="Re: [Assistance #A26-06-0346] Mail de réinitialisation non reçu",
  irt="<a26-06-0346.1.20260608140530@assistance.example.fr>",
  text="""Bonjour,

Merci pour votre réponse. Ce n'était pas dans les indésirables : notre référent numérique a retrouvé le mail dans la quarantaine Mailinblack. Il me demande la procédure officielle pour autoriser votre adresse définitivement.

Claire Puech
CDI – Collège Salinis, Auch
{{U:0320711}}

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Claire Puech" <claire.puech@ac-toulouse.fr>
Envoyé: Lundi 8 Juin 2026 14:05:30
Objet: [Assistance #A26-06-0346] Mail de réinitialisation non reçu

Bonjour,

Les messages automatiques d'e-sidoc sont envoyés depuis une adresse qui n'accepte pas de réponse. Merci de vérifier votre dossier « Courrier indésirable » et d'ajouter l'expéditeur à vos contacts.

Cordialement,
L'équipe Assistance
""",
  cat="mailinblack_spam", ok=True, uai="{{U:0320711}}", reg="occitanie", plat="esidoc",
  hard=False, lang="fr",
  notes="Reply (Zimbra 'Mail original') to the junk-folder answer: the mail was in the Mailinblack quarantine; the Mailinblack guide is now the right answer.")

M("mb09", client="apple", date="2026-06-18 13:36",
  frm=("Sarah Collins", "sarah.collins@ac-montpellier.fr"),
  subj="Emails stuck in Mail-in-Black",
  text="""Hello,

Our school uses Mail-in-Black, and it keeps asking your no-reply address to "authenticate" before delivering anything… obviously nobody answers, so your account confirmation emails get stuck.

I'm a teacher in the Anglophone section and I manage our e-sidoc portal for the English collection. Is there a guide for adding you to the allowed senders?

Thanks,
Sarah
Lycée Henri IV, Béziers
""",
  cat="mailinblack_spam", ok=True, uai=None, reg="occitanie", plat="esidoc",
  hard=False, lang="en",
  notes="English; product spelled 'Mail-in-Black', challenge described. No UAI; region from ac-montpellier.fr.")

M("mb10", client="exchange", date="2026-06-15 08:29", charset="windows-1252",
  frm=("Benoît Lasserre", "benoit.lasserre@ac-bordeaux.fr"),
  subj="Quarantaine Mailinblack Protect",
  html="""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
</head>
<body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000000">
<p>Bonjour,</p>
<p>Depuis la mise en place de <b>Mailinblack Protect</b> par le conseil départemental, les courriels de l’Espace Acheteur (création de compte, validation de commande) arrivent dans la quarantaine et non dans ma boîte. Je dois aller les chercher un par un.</p>
<p>Avez-vous un guide pour déclarer vos adresses d’envoi comme « expéditeurs autorisés » ?</p>
<p>Merci d’avance,</p>
<p>Benoît Lasserre<br>
Adjoint gestionnaire – Collège Marguerite de Navarre, Pau<br>
UAI {{U:0640888}}</p>
</div>
</body>
</html>
""",
  cat="mailinblack_spam", ok=True, uai="{{U:0640888}}", reg="nouvelle-aquitaine", plat="espace_acheteur",
  hard=False, lang="fr",
  notes="HTML-only Outlook message (windows-1252); 'Mailinblack Protect' quarantine of Espace Acheteur mail.")

M("mb11", client="apple", date="2026-06-26 12:03",
  frm=("Agnès Morel", "agnes.morel@ac-nantes.fr"),
  subj="Mailinblack",
  text="""Bjr,
Bloqué par mailinblack, vous pouvez m'envoyer la procédure svp ?
Merci
Agnès (collège Clemenceau, Cholet)
""",
  cat="mailinblack_spam", ok=True, uai=None, reg="pays-de-la-loire", plat=None,
  hard=False, lang="fr",
  notes="Three lines: blocked by Mailinblack, send the guide. No platform named; region from ac-nantes.fr.")

M("mb12", client="outlook", date="2026-06-04 17:12",
  frm=("Principal Collège Marcel Aymard", "ce.{{U:0120547}}@ac-toulouse.fr"),
  subj="Filtrage de vos messages",
  text="""Madame, Monsieur,

Je suis principal du collège Marcel Aymard de Millau. Mes équipes me signalent que vos messages (activation des comptes, notifications de l'Espace Acheteur) sont retenus par Mailinblack, installé par le Département en mars.

Pourriez-vous nous transmettre la procédure d'autorisation afin que notre gestionnaire puisse la mettre en œuvre ?

Je vous remercie.

Laurent Vidal
Principal
""",
  cat="mailinblack_spam", ok=True, uai="{{U:0120547}}", reg="occitanie", plat="espace_acheteur",
  hard=True, lang="fr",
  notes="Written by the principal from the ce.<UAI> address, but he only asks for the Mailinblack procedure: not a head-of-establishment request (nothing to authorise).")

# ------------------------------------------------ head_of_establishment_request
M("he01", client="outlook", date="2026-06-15 16:40",
  frm=("Proviseur Lycée Michel Montaigne", "ce.{{U:0331790}}@ac-bordeaux.fr"),
  subj="Changement de l'adresse de contact du compte administrateur e-sidoc",
  text="""Madame, Monsieur,

Mme Anne Ducasse, professeure documentaliste du lycée, fait valoir ses droits à la retraite au 30 juin 2026.

Je vous demande de bien vouloir, à compter de cette date, remplacer l'adresse de contact du compte administrateur e-sidoc de l'établissement (UAI {{U:0331790}}) par l'adresse fonctionnelle cdi.montaigne@ac-bordeaux.fr, et de réinitialiser le mot de passe de ce compte afin que son successeur puisse en disposer à la rentrée.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Philippe Lartigue
Proviseur
Lycée Michel Montaigne – Bordeaux
""",
  cat="head_of_establishment_request", ok=False, uai="{{U:0331790}}", reg="nouvelle-aquitaine", plat="esidoc",
  hard=False, lang="fr",
  notes="The proviseur, from the ce.<UAI> address, asks in writing to change the admin contact address and reset the password (librarian retiring).")

M("he02", client="exchange", date="2026-06-19 12:22",
  frm=("Dr Catherine Hale", "head@ecole-internationale-aquitaine.fr"),
  subj="Change of structure administrator – Espace Acheteur",
  text="""Dear Sir or Madam,

As Head of School, I am writing to let you know that Mr Julien Ortega, our finance officer, leaves the school on 30 June 2026.

From 1 July, Ms Amira Benali (a.benali@ecole-internationale-aquitaine.fr) will be the administrator of our structure on the Espace Acheteur. Please transfer the administrator rights to her and close Mr Ortega's access on that date.

I am happy to confirm this by signed letter if you require it.

Yours faithfully,

Dr Catherine Hale
Head of School
École Internationale d'Aquitaine (établissement privé sous contrat)
UAI {{U:0333561}}
""",
  cat="head_of_establishment_request", ok=False, uai="{{U:0333561}}", reg="nouvelle-aquitaine", plat="espace_acheteur",
  hard=False, lang="en",
  notes="English. The Head of School names a new structure administrator on the Espace Acheteur and asks to close the former one's access. Region from the UAI (school domain).")

M("he03", client="zimbra", date="2026-06-23 09:30", charset="utf-8",
  frm=("Bernard Coste", "bernard.coste@ac-montpellier.fr"),
  subj="Autorisation commande abonnements CDI 2026-2027",
  text="""Bonjour,

J'autorise Mme Laure Pujol, professeure documentaliste, à valider sur e-sidoc la commande de renouvellement des abonnements du CDI pour l'année 2026-2027, pour un montant de 1 284,50 € TTC, au nom du collège Max Rouquette de Lodève (UAI {{U:0340588}}).

Le bon d'engagement signé vous sera transmis par notre gestionnaire.

Bernard Coste
Principal
""",
  cat="head_of_establishment_request", ok=False, uai="{{U:0340588}}", reg="occitanie", plat="esidoc",
  hard=False, lang="fr",
  notes="The principal authorises an order in writing (named person, amount): head-of-establishment request, not order_billing.")

M("he04", client="outlook", date="2026-06-09 11:05",
  frm=("Secrétariat de direction", "ce.{{U:0440871}}@ac-nantes.fr"),
  cc=[("Mme Hélène Guérin", "helene.guerin@ac-nantes.fr")],
  subj="Courrier de Mme la Principale - réinitialisation accès e-sidoc",
  text="""Bonjour,

Veuillez trouver ci-joint le courrier signé de Mme Hélène Guérin, principale du collège Le Grand Beauregard (La Chapelle-sur-Erdre), demandant la réinitialisation du mot de passe administrateur e-sidoc et l'envoi du lien sur l'adresse de l'établissement.

Mme Guérin est en copie de ce message.

Cordialement,

Le secrétariat de direction
""",
  attach=[("Courrier_principale_reinitialisation_e-sidoc.pdf", "application/pdf",
           fake_pdf("Courrier de la principale"))],
  cat="head_of_establishment_request", ok=False, uai="{{U:0440871}}", reg="pays-de-la-loire", plat="esidoc",
  hard=True, lang="fr",
  notes="The secretariat relays the principal's signed letter (PDF) from the ce.<UAI> address, principal in copy: it is the head's written request; staff check the letter.")

M("he05", client="gmail", date="2026-06-27 10:12",
  frm=("Martine Estrade", "martine.estrade64@gmail.com"),
  subj="école de Goès - accès BCD",
  text="""Bonjour,

Je suis directrice de l'école élémentaire de Goès, près d'Oloron. Notre ancienne collègue qui gérait la BCD sur e-sidoc a été mutée ; je souhaite que son accès soit supprimé et que le compte soit rattaché à l'adresse de l'école.

J'écris depuis ma boîte personnelle car celle de l'école est saturée (fin d'année oblige…).

Bien cordialement,
Martine Estrade
Directrice
""",
  cat="head_of_establishment_request", ok=False, uai=None, reg=None, plat="esidoc",
  hard=False, lang="fr",
  notes="A primary-school head asks to remove a former colleague's access and change the contact address, from a personal Gmail with no UAI: weak evidence, staff must verify. No region.")

M("he06", client="gmail", date="2026-06-16 06:58", auth="fail",
  frm=("Proviseur", "ce.{{U:0311402}}@ac-toulouse.fr"),
  reply_to="proviseur.lycee.toulouse@gmail.com",
  relay=("mail-ej1-f91.google.com", "198.51.100.77"),
  subj="URGENT - accès administrateur",
  text="""Bonjour,

Je suis en déplacement pour les jurys du baccalauréat et je dois accéder de toute urgence au compte administrateur e-sidoc et à l'Espace Acheteur du lycée.

Merci de m'envoyer aujourd'hui les identifiants et un nouveau mot de passe sur mon adresse personnelle : proviseur.lycee.toulouse@gmail.com

Cordialement,
Le proviseur
""",
  cat="head_of_establishment_request", ok=False, uai="{{U:0311402}}", reg="occitanie", plat=None,
  hard=True, lang="fr",
  notes="Claims to be the proviseur from the ce.<UAI> address, but SPF and DMARC fail, it was sent through Gmail with a free-mail Reply-To, and it asks for credentials on that address: probable spoof. Still a head-of-establishment request for the queue, where staff should refuse it. Two products named, so no platform.")

M("he07", client="zimbra", date="2026-06-08 18:21",
  frm=("Jean-Pierre Dulau", "jean-pierre.dulau@ac-bordeaux.fr"),
  subj="Re: [Assistance #A26-06-0093] Accès administrateur e-sidoc",
  irt="<a26-06-0093.2.20260605101544@assistance.example.fr>",
  text="""Bonjour,

Comme demandé, je vous confirme par écrit, en qualité de proviseur du lycée Victor Duruy de Mont-de-Marsan (UAI {{U:0400912}}), ma demande de réinitialisation du mot de passe administrateur e-sidoc. Merci d'envoyer le lien à l'adresse de l'établissement.

J.-P. Dulau

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "jean-pierre dulau" <jean-pierre.dulau@ac-bordeaux.fr>
Cc: "cdi duruy" <cdi.duruy@ac-bordeaux.fr>
Envoyé: Vendredi 5 Juin 2026 10:15:44
Objet: [Assistance #A26-06-0093] Accès administrateur e-sidoc

Bonjour,

Aucune adresse de contact à jour n'étant enregistrée pour ce compte, la réinitialisation doit être demandée par écrit par le chef d'établissement. Pouvez-vous nous confirmer cette demande en réponse à ce message ?

Cordialement,
L'équipe Assistance
""",
  cat="head_of_establishment_request", ok=False, uai="{{U:0400912}}", reg="nouvelle-aquitaine", plat="esidoc",
  hard=False, lang="fr",
  notes="Reply (Zimbra 'Mail original') in which the proviseur gives the written request the desk asked for.")

M("he08", client="outlook", date="2026-06-24 13:47",
  frm=("Sylvie Cabanes", "sylvie.cabanes@ac-toulouse.fr"),
  subj="Changement d'administrateur Espace Acheteur",
  text="""Bonjour,

Par délégation de M. le Proviseur, retenu cette semaine par les jurys, je vous informe que M. Denis Rouzaud, gestionnaire, quitte l'établissement le 3 juillet (mutation). Mme Corinne Salvat, secrétaire d'intendance, deviendra administratrice de notre structure sur l'Espace Acheteur.

Merci de procéder au changement et de désactiver l'accès de M. Rouzaud à cette date.

Sylvie Cabanes
Proviseure adjointe
Lycée Gabriel Fauré – Foix
{{U:0090245}}
""",
  cat="head_of_establishment_request", ok=False, uai="{{U:0090245}}", reg="occitanie", plat="espace_acheteur",
  hard=True, lang="fr",
  notes="Change of structure administrator written by the deputy head 'par délégation du proviseur': treated as the head's written request; staff check the delegation.")

M("he09", client="exchange", date="2026-06-30 08:05",
  frm=("Collège Pierre Dubois - Direction", "ce.{{U:0530210}}@ac-nantes.fr"),
  subj="Demande de réinitialisation - départ de la documentaliste contractuelle",
  html="""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
</head>
<body>
<div style="font-family:Arial,sans-serif;font-size:10pt">
<p>Madame, Monsieur,</p>
<p>Le contrat de la professeure documentaliste contractuelle du collège prend fin ce jour. Afin qu'elle ne conserve pas l'accès au portail, je vous demande de réinitialiser le mot de passe du compte administrateur e-sidoc de l'établissement et d'envoyer le lien à l'adresse officielle du collège (la présente adresse).</p>
<p>Je vous remercie de votre diligence.</p>
<p>Sandrine Hamon<br>
Principale<br>
Collège Pierre Dubois &ndash; Laval<br>
UAI {{U:0530210}}</p>
</div>
</body>
</html>
""",
  cat="head_of_establishment_request", ok=False, uai="{{U:0530210}}", reg="pays-de-la-loire", plat="esidoc",
  hard=False, lang="fr",
  notes="HTML-only letter from the ce.<UAI> address: the principal asks for a reset so the departing contract librarian loses access, link to the official address.")

M("he10", client="tb", date="2026-06-26 11:50",
  frm=("Yves Chauvin", "yves.chauvin@ac-nantes.fr"),
  cc=[("CDI Lycée Montesquieu", "cdi.montesquieu72@ac-nantes.fr")],
  subj="Second administrateur pour le portail e-sidoc",
  text="""Bonjour,

À la rentrée 2026, le lycée Montesquieu du Mans (UAI {{U:0720388}}) comptera deux professeures documentalistes à temps plein. En ma qualité de proviseur, je demande que Mme Léa Bouvier soit désignée administratrice du portail e-sidoc aux côtés de Mme Nadège Perrin, l'actuelle administratrice.

Mme Perrin est en copie.

Cordialement,

Yves Chauvin
Proviseur
""",
  cat="head_of_establishment_request", ok=False, uai="{{U:0720388}}", reg="pays-de-la-loire", plat="esidoc",
  hard=False, lang="fr",
  notes="The proviseur designates a second e-sidoc administrator: a change of administrator asked in writing by the head.")

M("he11", client="iphone", date="2026-06-12 08:58",
  frm=("Hervé Mounier", "herve.mounier@ac-limoges.fr"),
  cc=[("Claire Audebert", "claire.audebert@ac-limoges.fr")],
  subj="Re: Demande de réinitialisation e-sidoc",
  irt="<B7C1E0D2-5A4F-4E61-9C3B-2F7D8A1E6C40@ac-limoges.fr>",
  text="""Bonjour,
Je confirme la demande ci-dessous.
H. Mounier, principal

Envoyé de mon iPhone

> Le 12 juin 2026 à 08:31, Claire Audebert <claire.audebert@ac-limoges.fr> a écrit :
> 
> Bonjour,
> 
> Je suis la documentaliste du collège Maurice Ravel de Limoges (UAI {{U:0870477}}). Le mot de passe administrateur e-sidoc est enregistré sur l'adresse de ma prédécesseure, partie en 2024, et je ne peux donc pas le réinitialiser. M. Mounier, principal, est en copie et va vous confirmer la demande.
> 
> Merci d'avance,
> Claire Audebert
""",
  cat="head_of_establishment_request", ok=False, uai="{{U:0870477}}", reg="nouvelle-aquitaine", plat="esidoc",
  hard=False, lang="fr",
  notes="The principal confirms from his phone, quoting his librarian's request (Apple quote style): the head's written authorisation of a reset. Personal academic address, not the ce. one.")

M("he12", client="roundcube", date="2026-06-18 17:25",
  frm=("Ecole primaire Les Pins", "ce.{{U:0850466}}@ac-nantes.fr"),
  subj="Accès e-sidoc BCD - changement de responsable",
  text="""Bonjour,

Je suis la directrice de l'école primaire Les Pins à Saint-Jean-de-Monts (UAI {{X:0850466}}). M. Garnier, qui gérait notre BCD sur e-sidoc, quitte l'école à la fin de l'année.

Je souhaite que son accès administrateur soit fermé et que le compte soit rattaché à l'adresse de l'école (celle-ci) ; je désignerai un nouveau responsable à la rentrée.

Merci,
Mme Fradet, directrice
""",
  cat="head_of_establishment_request", ok=False, uai="{{U:0850466}}", reg="pays-de-la-loire", plat="esidoc",
  hard=True, lang="fr", wrong=["{{X:0850466}}"],
  notes="The body gives {{X:0850466}} (wrong check letter) but the ce.{{u:0850466}}@ac-nantes.fr sender carries the valid UAI, which is the label. A school head asks to close an access and change the contact address.")

M("he13", client="outlook", date="2026-06-05 15:36",
  frm=("Proviseur - Lycée du Bois d'Amour", "ce.{{U:0860987}}@ac-poitiers.fr"),
  subj="Délégation - validation des commandes (projet Erasmus+)",
  text="""Madame, Monsieur,

J'autorise M. Kévin Moreau, professeur d'anglais et coordinateur Erasmus+, à valider sur l'Espace Acheteur les commandes liées à l'accueil de nos partenaires finlandais et allemands du 22 au 26 juin (transport, restauration, billetterie), dans la limite de 3 000 € TTC.

Cette délégation prend fin le 10 juillet 2026.

Le proviseur,
Thierry Blanchard
Lycée du Bois d'Amour – Poitiers
""",
  cat="head_of_establishment_request", ok=False, uai="{{U:0860987}}", reg="nouvelle-aquitaine", plat="espace_acheteur",
  hard=False, lang="fr",
  notes="Written delegation from the ce.<UAI> address: the proviseur authorises the Erasmus+ coordinator to validate orders up to an amount.")

# ------------------------------------------------------------- account_creation
M("ac01", client="gmail", date="2026-06-02 17:44",
  frm=("Chloe Bennett", "chloe.bennett.ela@gmail.com"),
  subj="Account for the school library portal?",
  text="""Hi there!

I'm the English language assistant at Collège Gambetta in Cahors until the end of June. The librarian asked me to help catalogue the English books donated by our partner school in Cork, but I don't have an account on the library portal.

Could you create one for me, or tell me who at the school is able to do it? I have no idea who the administrator is.

Thanks a million,
Chloe
""",
  cat="account_creation", ok=False, uai=None, reg=None, plat="esidoc",
  hard=False, lang="en",
  notes="English (Irish assistant, personal Gmail). Asks for an account and who the administrator is: needs a look-up, and she is not staff of record, so a person answers. No UAI, no académie domain.")

M("ac02", client="outlook", date="2026-06-26 09:41",
  frm=("Romain Guillot", "romain.guillot@ac-poitiers.fr"),
  subj="Création de compte Espace Acheteur",
  text="""Bonjour,

Je prends mes fonctions de gestionnaire au collège René Descartes de Châtellerault le 1er juillet, en remplacement de Mme Poupard.

Comment créer mon compte sur l'Espace Acheteur ? Faut-il une invitation de l'administrateur ou puis-je m'inscrire directement ?

UAI du collège : {{U:0861015}}

Merci,
Romain Guillot
""",
  cat="account_creation", ok=True, uai="{{U:0861015}}", reg="nouvelle-aquitaine", plat="espace_acheteur",
  hard=False, lang="fr",
  notes="New gestionnaire asks how to create an Espace Acheteur account: the sign-up FAQ answer fits.")

M("ac03", client="android", date="2026-06-10 12:26",
  frm=("Laetitia Fournier", "laetitia.fournier@ac-nantes.fr"),
  subj="compte en attente de validation",
  text="""Bonjour,
J'ai rempli le formulaire d'inscription sur l'Espace Acheteur lundi. Quand je me connecte on me dit « compte en attente de validation par l'administrateur de votre structure ». Combien de temps ça prend ? Je suis au lycée Douanier Rousseau à Laval.
Merci

Obtenir Outlook pour Android
""",
  cat="account_creation", ok=True, uai=None, reg="pays-de-la-loire", plat="espace_acheteur",
  hard=False, lang="fr",
  notes="Account waiting for the structure administrator's validation (FAQ case). No UAI; region from ac-nantes.fr.")

M("ac04", client="gmail", date="2026-06-11 10:07",
  frm=("Iñigo Etxeberria", "i.etxeberria@ikastola-bilbo.eus"),
  subj="Account request - Erasmus+ partner school",
  text="""Good morning,

We are the Spanish partner school of Lycée Cassin (Bayonne) in our Erasmus+ project "Rivers of Europe". Our French colleagues order their reading books through your platform and suggested we could open an account to order the same titles for our students for next year.

Is it possible to create an account on the Espace Acheteur for a school outside France? If so, what documents do you need?

Best regards,
Iñigo Etxeberria
English department / Erasmus+ coordinator
""",
  cat="account_creation", ok=False, uai=None, reg=None, plat="espace_acheteur",
  hard=True, lang="en",
  notes="English, from a Spanish Erasmus+ partner: asks to open an Espace Acheteur account. Eligibility of a foreign school needs a person (the answer is probably no).")

M("ac05", client="tb", date="2026-06-15 14:18",
  frm=("Marion Py", "marion.py@ac-montpellier.fr"),
  subj="Re: [Assistance #A26-06-0452] Compte en attente de validation",
  irt="<a26-06-0452.1.20260612094107@assistance.example.fr>",
  text="""Bonjour,

d'accord, mais alors qui est l'administrateur de notre structure sur l'Espace Acheteur ? Personne au lycée ne sait qui c'est (l'ancien gestionnaire est parti en 2025), donc je ne sais pas à qui demander de valider mon compte.

Lycée Paul Sabatier, Carcassonne – {{U:0110629}}

Merci
Marion Py

Le 12/06/2026 à 09:41, Assistance a écrit :
> Bonjour,
>
> Votre compte a bien été créé. Il est en attente de validation par l'administrateur de votre structure sur l'Espace Acheteur : nous vous invitons à le contacter directement.
>
> Cordialement,
> L'équipe Assistance
""",
  cat="account_creation", ok=False, uai="{{U:0110629}}", reg="occitanie", plat="espace_acheteur",
  hard=False, lang="fr",
  notes="Reply (Thunderbird French quote) to the 'waiting for validation' answer: asks who the structure's administrator is, which needs a look-up, so a person answers.")

M("ac06", client="zimbra", date="2026-06-22 15:55",
  frm=("Yannick Le Goff", "yannick.legoff@ac-nantes.fr"),
  subj="Pas de mot de passe perdu : je veux un compte",
  text="""Bonjour,

Je précise tout de suite, parce que c'est ce qu'on m'a répondu au téléphone : je n'ai pas perdu mon mot de passe, je n'ai jamais eu de compte !

Je voudrais simplement en créer un sur l'Espace Acheteur pour le collège Albert Vinçon de Saint-Nazaire, où je suis adjoint gestionnaire depuis avril. Où se trouve le formulaire ?

Merci,
Yannick Le Goff
""",
  cat="account_creation", ok=True, uai=None, reg="pays-de-la-loire", plat="espace_acheteur",
  hard=True, lang="fr",
  notes="Negation: 'je n'ai pas perdu mon mot de passe, je n'ai jamais eu de compte': account_creation, not password_reset. No UAI; region from ac-nantes.fr.")

M("ac07", client="outlook", date="2026-06-29 10:33",
  frm=("Hélène Bordes", "helene.bordes@ac-bordeaux.fr"),
  subj="droits de validation pour mon adjointe",
  text="""Bonjour,

Je suis gestionnaire du collège Jean Moulin de Bergerac. Pendant mes congés (du 10 au 31 juillet), mon adjointe devra pouvoir valider les commandes sur l'Espace Acheteur (fournitures de rentrée). Elle a déjà un compte, mais uniquement en consultation.

Comment lui ouvrir les droits de validation ? Est-ce à moi de le faire ou à vous ?

UAI {{U:0240745}}

Cordialement,
Hélène Bordes
""",
  cat="account_creation", ok=False, uai="{{U:0240745}}", reg="nouvelle-aquitaine", plat="espace_acheteur",
  hard=False, lang="fr",
  notes="Rights to open (order validation) for an existing user, asked by the gestionnaire (not the head): account_creation, a person answers.")

M("ac08", client="gmail", date="2026-06-24 21:14",
  frm=("Jessica Moreno", "jessica.moreno@ac-toulouse.fr"),
  subj="How do I sign up?",
  text="""Hi,

I've just been hired as the librarian for the new international section opening in September at Lycée Saint-Exupéry in Blagnac. I'd like to sign up for an account on the e-sidoc customer area so I can prepare our first orders over the summer.

Is there a form somewhere? I couldn't find a "create account" button.

Thanks!
Jess
""",
  cat="account_creation", ok=True, uai=None, reg="occitanie", plat="esidoc",
  hard=False, lang="en",
  notes="English (American). Wants to open the e-sidoc customer account: the sign-up answer fits. No UAI; region from ac-toulouse.fr.")

M("ac09", client="outlook", date="2026-06-17 11:02",
  frm=("Pierre Lacombe", "pierre.lacombe@ac-bordeaux.fr"),
  subj="UAI introuvable lors de la création du compte client",
  text="""Bonjour,

Je suis le gestionnaire préfigurateur du nouveau collège de Saint-Jean-d'Illac, qui ouvre ses portes en septembre 2026. Lorsque j'essaie de créer le compte client e-sidoc, notre UAI ({{U:0333987}}) n'apparaît pas dans la liste des établissements.

Il a pourtant été attribué en mars par le rectorat. Comment procéder ?

Pierre Lacombe
""",
  cat="account_creation", ok=False, uai="{{U:0333987}}", reg="nouvelle-aquitaine", plat="esidoc",
  hard=False, lang="fr",
  notes="A school opening in September: its UAI is not in the list when creating the customer account; the FAQ sends these to the sales team (person).")

M("ac10", client="zimbra", date="2026-06-03 13:30",
  frm=("Nathalie Vergne", "nathalie.vergne@ac-limoges.fr"),
  cc=[("Emma Clarke", "emma.clarke.assistant@gmail.com")],
  subj="Compte e-sidoc pour notre assistante / account for Emma",
  text="""Bonjour,

Pourriez-vous créer un compte de catalogage sur notre portail e-sidoc pour notre assistante d'anglais, Emma Clarke (en copie), jusqu'au 30 juin ? Elle m'aide à intégrer le fonds de romans en anglais offert par notre lycée partenaire de Leeds.

Collège Albert Calmette, Limoges – {{U:0870612}}

Emma, I've asked the support team to create your account. You should get an email to choose your password – tell me if it doesn't arrive!

Merci,
Nathalie Vergne
Professeure documentaliste
""",
  cat="account_creation", ok=False, uai="{{U:0870612}}", reg="nouvelle-aquitaine", plat="esidoc",
  hard=False, lang="fr",
  notes="Bilingual: French request to the desk, then an English line to the assistant in copy. Asks for an extra account with rights: a person answers.")

# ------------------------------------------------------ subscription_activation
M("sa01", client="outlook", date="2026-06-04 09:22",
  frm=("Laura Mitchell", "laura.mitchell@ac-nantes.fr"),
  subj="E-book subscription not showing",
  text="""Hello,

On Tuesday we ordered a one-year subscription to the Storyloom English e-book collection through the e-sidoc shop, for the international section. It still doesn't appear in our resources list, and the pupils can't see it on the portal.

Is there something we need to do on our side?

Our UAI is {{U:0441962}} (Lycée Guist'hau, Nantes).

Best,
Laura Mitchell
Teacher-librarian
""",
  cat="subscription_activation", ok=True, uai="{{U:0441962}}", reg="pays-de-la-loire", plat="esidoc",
  hard=False, lang="en",
  notes="English. Subscription ordered two days ago, not visible yet: within the 72-hour window.")

M("sa02", client="tb", date="2026-06-09 10:05",
  frm=("Valérie Domec", "valerie.domec@ac-toulouse.fr"),
  subj="Europresse pas visible",
  text="""Bonjour,

Nous avons commandé hier l'abonnement Europresse pour le CDI (les terminales voulaient s'en servir pour réviser le grand oral). Il n'apparaît toujours pas dans « Mes abonnements » ni sur le portail.

Lycée Clément Marot, Cahors – {{U:0460374}}

Bonne journée,
Valérie Domec
""",
  cat="subscription_activation", ok=True, uai="{{U:0460374}}", reg="occitanie", plat="esidoc",
  hard=False, lang="fr",
  notes="Europresse ordered yesterday, not yet visible: within 72 hours.")

M("sa03", client="exchange", date="2026-06-11 15:48", tz="+0100",
  frm=("Priya Shah", "priya.shah@kestrelreaders.co.uk"),
  subj="Kestrel Readers Online - licence not visible on school portal",
  text="""Dear Support team,

We publish Kestrel Readers Online. Lycée Pierre Mendès France in La Roche-sur-Yon (UAI {{U:0851377}}) purchased a 12-month licence through your platform on 3 June. It was activated on our side the same day, but the librarian tells us the resource tile is still not visible on their e-sidoc portal.

Could you check whether the resource needs to be activated or published on your side?

Kind regards,

Priya Shah
Customer Success Manager – Education
Kestrel Readers Ltd, Oxford
""",
  cat="subscription_activation", ok=False, uai="{{U:0851377}}", reg="pays-de-la-loire", plat="esidoc",
  hard=True, lang="en",
  notes="English, written by the UK publisher on the school's behalf: the resource bought eight days ago is still not visible on e-sidoc. Past the 72-hour rule and not from the school, so a person looks at the order.")

M("sa04", client="outlook", date="2026-06-10 16:12",
  frm=("Christophe Vergnes", "christophe.vergnes@ac-montpellier.fr"),
  subj="Abonnement Universalis Junior",
  text="""Bonjour,

Notre documentaliste a commandé avant-hier l'abonnement à Universalis Junior pour les révisions du brevet. Pouvez-vous me dire quand il sera accessible aux élèves ? Le brevet est dans quinze jours…

Bien cordialement,

C. Vergnes
Principal – Collège Henri Bourrillon, Mende
{{U:0480163}}
""",
  cat="subscription_activation", ok=True, uai="{{U:0480163}}", reg="occitanie", plat="esidoc",
  hard=True, lang="fr",
  notes="Written by the principal, but he only asks when the subscription will be available: not a head-of-establishment request. Within 72 hours.")

M("sa05", client="zimbra", date="2026-06-08 13:44",
  frm=("Françoise Arnaud", "francoise.arnaud@ac-limoges.fr"),
  subj="Abonnement toujours inactif",
  text="""Bonjour,

Nous avons passé commande le 22 mai de l'abonnement « Je bouquine numérique » pour le CDI. Nous sommes le 8 juin et il n'est toujours pas actif : la ressource apparaît grisée dans l'administration.

Pourriez-vous regarder ce qui bloque ?

Collège Léon Blum, Limoges – {{U:0870654}}

Françoise Arnaud
""",
  cat="subscription_activation", ok=False, uai="{{U:0870654}}", reg="nouvelle-aquitaine", plat="esidoc",
  hard=False, lang="fr",
  notes="Ordered 17 days ago, still inactive: well past the 72-hour rule, a person must look at the order.")

M("sa06", client="outlook", date="2026-06-09 11:20",
  frm=("Isabelle Noguès", "isabelle.nogues@ac-toulouse.fr"),
  to=[("Pageturner Education - Orders", "orders@pageturner-education.co.uk")],
  cc=[("Assistance", "support@assistance.example.fr")],
  subj="Subscription Pageturner Graded Readers - access not open",
  text="""Dear Sir or Madam,

I write you about our order of the "Pageturner Graded Readers Digital" subscription. We have payed the invoice since three weeks (administrative mandate of 19 May) and the access is still not open on our e-sidoc portal. The pupils of our european section wanted to use it before the holidays, it is a little late now!!

Can you check please what is blocking? I join the order confirmation.

Best regards / Cordialement,

Isabelle Noguès
Teacher-librarian (professeure documentaliste)
Collège Desaix, Tarbes – UAI {{U:0650391}}

(Pour le support, en copie : la commande a été passée via la boutique e-sidoc le 12 mai, pouvez-vous vérifier de votre côté si la ressource est bien activée ? Merci !)
""",
  attach=[("Confirmation_commande_Pageturner.pdf", "application/pdf", fake_pdf("Order confirmation"))],
  cat="subscription_activation", ok=False, uai="{{U:0650391}}", reg="occitanie", plat="esidoc",
  hard=True, lang="en",
  notes="Bilingual: a French librarian writes to a UK publisher in imperfect English, desk in copy, with a French aside to the desk. Ordered through the e-sidoc shop four weeks ago and still not active: past 72 hours, a person checks.")

M("sa07", client="tb", date="2026-06-16 10:58",
  frm=("Stéphane Lagarde", "stephane.lagarde@ac-toulouse.fr"),
  subj="Ressource active mais invisible pour les élèves",
  text="""Bonjour,

L'abonnement à la BD numérique est actif (je le vois bien dans l'administration d'e-sidoc) mais les élèves ne le voient pas depuis l'ENT. Faut-il le publier quelque part ou l'ajouter dans un menu ?

Je suis au collège Eugène Le Roy de Bergerac, UAI {{U:0240301}}. Je vous écris depuis mon ancienne adresse de l'académie de Toulouse, ma boîte bordelaise n'est toujours pas ouverte depuis ma mutation.

Merci !
Stéphane Lagarde
""",
  cat="subscription_activation", ok=True, uai="{{U:0240301}}", reg="nouvelle-aquitaine", plat="esidoc",
  hard=True, lang="fr",
  notes="Active resource not published for pupils (publication step). Sender is ac-toulouse.fr (occitanie) but the UAI is in Dordogne: the UAI's region wins.")

M("sa08", client="apple", date="2026-06-17 09:14",
  frm=("Annie Bruneau", "annie.bruneau@ac-nantes.fr"),
  subj="Ressource audiolivres introuvable",
  text="""Bonjour,

Je précise que ce n'est pas un problème de mot de passe : je me connecte très bien à e-sidoc. Mais la ressource de livres audio commandée lundi n'apparaît nulle part, ni dans l'administration ni sur le portail.

Est-ce normal ?

Annie Bruneau
Collège Les Sables, Les Sables-d'Olonne
{{U:0850555}}
""",
  cat="subscription_activation", ok=True, uai="{{U:0850555}}", reg="pays-de-la-loire", plat="esidoc",
  hard=True, lang="fr",
  notes="Negation: 'ce n'est pas un problème de mot de passe'; a resource ordered two days ago is not visible: within 72 hours.")

M("sa09", client="gmail", date="2026-06-03 16:27",
  frm=("Kevin Daniels", "kevin.daniels@ac-poitiers.fr"),
  subj="Audiobook license not active yet",
  text="""Hi,

We purchased the Harbour Audio audiobook license on Monday via the e-sidoc store (order confirmation came through fine). Today is Wednesday and the students still get "resource unavailable" when they click on it from the portal.

Is it just a matter of time, or did I miss a step to activate it?

Thanks,
Kevin Daniels
English teacher / book club, Lycée Merleau-Ponty, Rochefort
School code {{U:0170923}}
""",
  cat="subscription_activation", ok=True, uai="{{U:0170923}}", reg="nouvelle-aquitaine", plat="esidoc",
  hard=False, lang="en",
  notes="English (American spelling, 'license'). Ordered Monday, Wednesday now: within 72 hours.")

M("sa10", client="gmail", date="2026-06-21 09:40",
  frm=("Sabrina", "sabrina.doc31@gmail.com"),
  subj="abonnement",
  text="""abonnement esidoc toujours pas actif ?? commandé hier soir. cdi lycée Pierre d'Aragon Muret {{X:0311788}}
merci
""",
  cat="subscription_activation", ok=True, uai=None, reg=None, plat="esidoc",
  hard=True, lang="fr", wrong=["{{X:0311788}}"],
  notes="SMS style from a personal Gmail; the code {{X:0311788}} has a wrong check letter (the digits give {{U:0311788}}), so no UAI, and no académie domain: no region. Ordered yesterday, within 72 hours.")

M("sa11", client="exchange", date="2026-06-25 15:02",
  frm=("Mireille Castagné", "mireille.castagne@ac-toulouse.fr"),
  subj="Renouvellement abonnement - toujours affiché comme expirant",
  html="""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
</head>
<body>
<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Bonjour,</p>
<p>Nous avons renouvel&eacute; mardi l'abonnement &agrave; <i>Lumni Ressources</i> pour 2026-2027, mais dans &laquo;&nbsp;Mes abonnements&nbsp;&raquo; il est toujours indiqu&eacute; &laquo;&nbsp;expire le 30/06/2026&nbsp;&raquo;.</p>
<p>Faut-il attendre ou y a-t-il une manipulation &agrave; faire ?</p>
<p>Cordialement,<br>
Mireille Castagn&eacute;<br>
Documentaliste &ndash; Coll&egrave;ge Bellevue, Toulouse<br>
{{U:0310842}}</p>
</div>
</body></html>
""",
  cat="subscription_activation", ok=True, uai="{{U:0310842}}", reg="occitanie", plat="esidoc",
  hard=False, lang="fr",
  notes="HTML-only (entities, no raw accents): renewed subscription still shown as expiring, renewal from two days ago.")

# ---------------------------------------------------------------- order_billing
M("ob01", client="tb", date="2026-06-02 14:51",
  frm=("Agathe Lemaire", "agathe.lemaire@ac-poitiers.fr"),
  subj="Demande de devis - renouvellement e-sidoc 2026-2027",
  text="""Bonjour,

Pourriez-vous nous établir un devis pour le renouvellement de notre abonnement e-sidoc pour l'année 2026-2027 (même formule que cette année) ?

Notre gestionnaire souhaite engager la dépense avant son départ en congés le 10 juillet.

Collège Pierre et Marie Curie, Parthenay
UAI {{U:0790741}}

Merci beaucoup,
Agathe Lemaire
Professeure documentaliste
""",
  cat="order_billing", ok=False, uai="{{U:0790741}}", reg="nouvelle-aquitaine", plat="esidoc",
  hard=False, lang="fr",
  notes="Asks for a formal quote for the renewal before the gestionnaire's leave.")

M("ob02", client="exchange", date="2026-06-15 10:30", tz="-0400",
  frm=("Storyloom Accounts Receivable", "accounts@storyloom-edu.com"),
  subj="Invoice INV-2026-0518 - purchase order number needed",
  text="""Dear Support Team,

Please find attached our invoice INV-2026-0518 for the English e-book collections sold to French schools through your e-sidoc marketplace in May (14 licenses, total EUR 3,920.00).

Could you let us know which purchase order number we should quote on the invoice, and the expected payment date? Our finance team notes that the April invoice (INV-2026-0431) is now 30 days past due.

Best regards,

Jordan Ellis
Accounts Receivable
Storyloom Education, Inc. – Boston, MA
""",
  attach=[("INV-2026-0518.pdf", "application/pdf", fake_pdf("INV-2026-0518"))],
  cat="order_billing", ok=False, uai=None, reg=None, plat="esidoc",
  hard=False, lang="en",
  notes="English (American), from a US e-book vendor: invoice, purchase order number and an overdue payment for licences sold through e-sidoc. Billing, for a person.")

M("ob03", client="outlook", date="2026-06-18 15:14",
  frm=("Sébastien Rives", "sebastien.rives@ac-toulouse.fr"),
  subj="Facture F26-04412 rejetée sur Chorus Pro",
  text="""Bonjour,

La facture n° F26-04412 (abonnement e-sidoc 2025-2026) déposée sur Chorus Pro le 2 juin a été rejetée par notre agence comptable, motif : numéro d'engagement juridique absent.

Pouvez-vous la redéposer en indiquant l'EJ 2026-0153 ? Nous devons la mandater avant la fin du mois.

Merci,
Sébastien Rives
Gestionnaire – Lycée Déodat de Séverac, Toulouse
{{U:0312005}}
""",
  cat="order_billing", ok=False, uai="{{U:0312005}}", reg="occitanie", plat="esidoc",
  hard=False, lang="fr",
  notes="Invoice rejected on Chorus Pro for a missing commitment number; asks to re-deposit it.")

M("ob04", client="outlook", date="2026-06-12 14:06",
  frm=("Bérangère Lafon", "berangere.lafon@ac-bordeaux.fr"),
  to=[("Mr Carter - ReadBright", "sales@readbright-books.com")],
  cc=[("Assistance", "support@assistance.example.fr")],
  subj="RE: Your quote Q-11873 for Collège Chaumié",
  text="""Hello Mister Carter,

Thank you for your quote. Unfortunately we cannot pay an invoice in dollars and with a credit card: in France the public schools must pay by "mandat administratif" after the service is done, and the invoice must indicate our SIRET and the number of our purchase order. Is it possible for you to do like this?

Also the price is without VAT, we need the amount with all taxes included for our budget.

Cordially,

Bérangère Lafon
Gestionnaire – Collège Chaumié, Agen
{{U:0470512}}

Copie au support : est-ce que ReadBright est référencé sur l'Espace Acheteur ? Si oui, on préférerait passer la commande par vous, ce serait beaucoup plus simple pour le paiement.

From: Tyler Carter <sales@readbright-books.com>
Sent: Thursday, June 11, 2026 6:42 PM
To: Bérangère Lafon <berangere.lafon@ac-bordeaux.fr>
Subject: Your quote Q-11873 for Collège Chaumié

Hi Bérangère,

Please find below your quote for 1 year of ReadBright Library (up to 600 students): USD 1,450.00. Payment by card on our website. Let me know if you have any questions!

Tyler
""",
  cat="order_billing", ok=False, uai="{{U:0470512}}", reg="nouvelle-aquitaine", plat="espace_acheteur",
  hard=True, lang="en",
  notes="Bilingual: a gestionnaire answers a US vendor's quote in imperfect English (payment by mandat administratif, purchase order, VAT), desk in copy, with a French question to the desk: can this be ordered through the Espace Acheteur. Ordering and payment: order_billing.")

M("ob05", client="apple", date="2026-06-19 08:40",
  frm=("Fiona MacLeod", "fiona.macleod@ac-bordeaux.fr"),
  subj="Quotation for 2026-27 renewals",
  text="""Good morning,

Could you please send us a quotation for renewing our three e-sidoc resource subscriptions (Storyloom, Kestrel Readers Online and the Guardian education archive) for 2026-27? Our finance office needs it by 26 June to raise the purchase order before the summer.

Lycée François Magendie, Bordeaux – UAI {{U:0331283}}

With thanks,
Fiona MacLeod
Librarian, British section
""",
  cat="order_billing", ok=False, uai="{{U:0331283}}", reg="nouvelle-aquitaine", plat="esidoc",
  hard=False, lang="en",
  notes="English (British, 'quotation'). Quote needed to raise a purchase order.")

M("ob06", client="gmail", date="2026-06-23 11:57",
  frm=("Nicolas Barthe", "nicolas.barthe@ac-toulouse.fr"),
  subj="Mon panier a disparu !",
  text="""Bonjour,

J'avais préparé il y a trois semaines un panier de 34 manuels sur l'Espace Acheteur pour la rentrée (réforme des programmes de 4e). Je voulais le valider aujourd'hui après le conseil d'administration et il a disparu. Il est récupérable ?

Merci,
Nicolas Barthe
Gestionnaire – Collège Mathalin, Auch
{{U:0322041}}
""",
  cat="order_billing", ok=False, uai="{{U:0322041}}", reg="occitanie", plat="espace_acheteur",
  hard=False, lang="fr",
  notes="Saved basket vanished after three weeks (baskets are kept a limited time).")

M("ob07", client="outlook", date="2026-06-05 09:18",
  frm=("Catherine Pelletier", "catherine.pelletier@ac-poitiers.fr"),
  subj="Facture en double",
  text="""Bonjour,

Nous avons reçu deux fois la facture de l'abonnement e-sidoc (même montant, 612,00 €, mais deux numéros différents : F26-03381 et F26-03402). Nous n'en réglerons qu'une : merci de bien vouloir annuler la seconde ou d'établir un avoir.

Collège Jules Verne, Angoulême
UAI : 0160 734 {{L:0160734}}

Catherine Pelletier
Secrétaire de gestion
""",
  cat="order_billing", ok=False, uai="{{U:0160734}}", reg="nouvelle-aquitaine", plat="esidoc",
  hard=False, lang="fr",
  notes="Invoice received twice; asks for a credit note. UAI written with spaces.")

M("ob08", client="exchange", date="2026-06-08 11:44", charset="iso-8859-15", cte="8bit", text_only=True,
  frm=("Comptabilité Ensemble scolaire Saint-Jean", "comptabilite@ensemble-scolaire-stjean.fr"),
  subj="Paiement par virement ?",
  text="""Bonjour,

Nous sommes un établissement privé sous contrat et nous souhaitons commander l'abonnement e-sidoc pour notre CDI. Notre conseil de gestion préfère le virement bancaire au mandat : est-ce possible ? Si oui, pourriez-vous nous faire parvenir votre RIB ?

Avec nos remerciements,

Service comptabilité
Ensemble scolaire Saint-Jean - Libourne
""",
  cat="order_billing", ok=False, uai=None, reg=None, plat="esidoc",
  hard=False, lang="fr",
  notes="Private school asks to pay by bank transfer and for bank details; ISO-8859-15 8-bit text only. No UAI, non-academic domain: no region.")

M("ob09", client="outlook", date="2026-06-22 16:21",
  frm=("Rebecca Hughes", "rebecca.hughes@ac-nantes.fr"),
  subj="Invoice addressed to the wrong school",
  text="""Hello,

The invoice for our Kestrel Readers Online subscription (F26-04187) is addressed to "Lycée Joachim du Bellay", but we are Lycée David d'Angers – same town, different school! Our finance office won't process it as it is.

Could you issue a corrected invoice with the right name and address? Our UAI is {{U:0491128}}.

Many thanks,
Rebecca Hughes
Coordinator, British International Section
Lycée David d'Angers, Angers
""",
  cat="order_billing", ok=False, uai="{{U:0491128}}", reg="pays-de-la-loire", plat="esidoc",
  hard=False, lang="en",
  notes="English. Invoice made out to the wrong school; asks for a corrected invoice.")

M("ob10", client="zimbra", date="2026-06-16 14:37",
  frm=("Jacqueline Morin", "jacqueline.morin@ac-nantes.fr"),
  subj="facture + convention",
  text="""Bonjour,

1) La facture reçue pour la commande de mobilier du CDI (F26-04051) est de 4 212 € TTC alors que le devis validé était de 3 918 €. Pouvez-vous m'expliquer l'écart ou nous envoyer une facture rectifiée ?

2) Je ne trouve plus la convention d'adhésion dans « Mes Marchés » sur l'Espace Acheteur, alors qu'elle y était en mars.

Cordialement,
Jacqueline Morin
Gestionnaire, collège Rosa Parks, Nantes – {{U:0441590}}
""",
  cat="order_billing", ok=False, uai="{{U:0441590}}", reg="pays-de-la-loire", plat="espace_acheteur",
  hard=True, lang="fr",
  notes="Two topics: invoice amount differs from the quote (first, main) and a convention missing from 'Mes Marchés' (contract_documents).")

M("ob11", client="exchange", date="2026-06-24 09:51", charset="windows-1252",
  frm=("Laurent Chassagne", "laurent.chassagne@ac-limoges.fr"),
  subj="Impossible de joindre le bon d'engagement",
  html="""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
</head>
<body>
<div class="elementToProof" style="font-family: Aptos, Arial, sans-serif; font-size: 12pt;">
Bonjour,<br><br>
Au moment de valider la commande de renouvellement sur e-sidoc, l’étape « Joindre le bon d’engagement » me renvoie « Fichier trop volumineux (max. 2 Mo) ». Mon PDF scanné fait 3,4 Mo.<br><br>
Puis-je vous l’envoyer par mail à la place ? Sinon comment faire ?<br><br>
Merci,<br>
Laurent Chassagne<br>
Gestionnaire – Lycée d’Arsonval, Brive<br>
{{U:0191023}}
</div>
</body>
</html>
""",
  cat="order_billing", ok=False, uai="{{U:0191023}}", reg="nouvelle-aquitaine", plat="esidoc",
  hard=False, lang="fr",
  notes="HTML-only Outlook (windows-1252): the bon d'engagement upload is refused at order validation (file too big).")

M("ob12", client="android", date="2026-06-29 07:52",
  frm=("Sylvain Guillaume", "sylvain.guillaume@ac-nantes.fr"),
  subj="validation commande bloquée",
  text="""Bonjour,
impossible de valider la commande 2026-19207 sur l'Espace Acheteur : message « montant supérieur au seuil autorisé pour votre profil ». C'est pour les fournitures de rentrée, 2 860 €. Jusqu'ici je validais sans problème. Il faut faire quoi ?
S. Guillaume, gestionnaire collège Berthelot Le Mans {{U:0720561}}

Obtenir Outlook pour Android
""",
  cat="order_billing", ok=False, uai="{{U:0720561}}", reg="pays-de-la-loire", plat="espace_acheteur",
  hard=True, lang="fr",
  notes="Order validation blocked by an amount threshold; the fix may be a rights change (close to account_creation) or the head's authorisation, but what is asked is the order validation: order_billing. Base64 body from Outlook for Android.")

# ----------------------------------------------------------- contract_documents
M("cd01", client="tb", date="2026-06-03 10:29",
  frm=("Denise Rouhaud", "denise.rouhaud@ac-poitiers.fr"),
  subj="Convention d'adhésion introuvable",
  text="""Bonjour,

Notre agent comptable me demande la convention d'adhésion au groupement signée l'an dernier, pour le contrôle de fin d'exercice. Elle n'apparaît plus dans « Mes Marchés » sur l'Espace Acheteur : la rubrique « Documents » du marché est vide.

Pouvez-vous la remettre en ligne ou me l'envoyer ?

Denise Rouhaud
Gestionnaire – Lycée Marcel Dassault, Rochefort
{{U:0171123}}
""",
  cat="contract_documents", ok=False, uai="{{U:0171123}}", reg="nouvelle-aquitaine", plat="espace_acheteur",
  hard=False, lang="fr",
  notes="Membership convention no longer visible in 'Mes Marchés'.")

M("cd02", client="gmail", date="2026-06-08 19:31",
  frm=("Sean Murphy", "sean.murphy@ac-montpellier.fr"),
  subj="Can't see the documents of the group travel market",
  text="""Hello,

I'm organising our Erasmus+ trip to Cork in October and need to check that it is covered by the group travel market on the Espace Acheteur. However, when I open the market, the "Documents" tab is empty for me – no CCAP, no price schedule, nothing. My colleague in the finance office says she sees them.

Could you check my access to the market documents?

Thanks,
Sean Murphy
Erasmus+ coordinator, Lycée Jean Mermoz, Montpellier
""",
  cat="contract_documents", ok=False, uai=None, reg="occitanie", plat="espace_acheteur",
  hard=False, lang="en",
  notes="English. Cannot see a market's documents (CCAP, price schedule) on the Espace Acheteur. No UAI; region from ac-montpellier.fr.")

M("cd03", client="outlook", date="2026-06-10 14:02",
  frm=("Christine Lebrun", "christine.lebrun@ac-nantes.fr"),
  subj="Avenant n°1 marché fournitures scolaires",
  text="""Bonjour,

Le fournisseur du marché de fournitures scolaires 2025-118 nous applique de nouveaux prix « conformément à l'avenant n°1 ». Or cet avenant ne figure pas dans les documents du marché sur l'Espace Acheteur : je n'y vois que l'acte d'engagement et le BPU d'origine.

Pouvez-vous le mettre en ligne ?

Christine Lebrun
Gestionnaire
Collège Jean Lurçat, Angers – {{U:0490612}}
""",
  cat="contract_documents", ok=False, uai="{{U:0490612}}", reg="pays-de-la-loire", plat="espace_acheteur",
  hard=False, lang="fr",
  notes="Amendment no. 1 of a market missing from the contract documents.")

M("cd04", client="zimbra", date="2026-06-17 09:25",
  frm=("Marc Delage", "marc.delage@ac-limoges.fr"),
  subj="CCTP et BPU non téléchargeables",
  text="""Bonjour,

Nous sommes une cité scolaire (collège {{U:0870215}} et lycée {{U:0870231}}) ; le compte Espace Acheteur est ouvert au nom du lycée ({{U:0870231}}).

Depuis lundi, quand je clique sur le CCTP ou le BPU du marché « Restauration – denrées 2026 », j'obtiens une page « Erreur 404 – document introuvable ». Les autres documents s'ouvrent normalement.

Pouvez-vous vérifier ?

Marc Delage
Adjoint gestionnaire – Cité scolaire Bernard Palissy, Saint-Léonard-de-Noblat
""",
  cat="contract_documents", ok=False, uai="{{U:0870231}}", reg="nouvelle-aquitaine", plat="espace_acheteur",
  hard=True, lang="fr",
  notes="Two UAIs (a cité scolaire: collège {{U:0870215}} and lycée {{U:0870231}}); the account, and so the label, is the lycée's. Market documents return 404.")

M("cd05", client="gmail", date="2026-06-19 13:45",
  frm=("Valentin Roca", "valentin.roca@ac-montpellier.fr"),
  subj="Re: [Assistance #A26-06-0271] Document manquant - marché 2024-087",
  irt="<a26-06-0271.3.20260615161203@assistance.example.fr>",
  text="""Bonjour,

Merci pour votre retour de lundi, mais le document n'est toujours pas là : l'annexe financière du marché 2024-087 (nettoyage) n'apparaît toujours pas dans l'onglet Documents. J'ai vidé le cache et essayé avec un autre navigateur.

Cordialement,
Valentin Roca
Lycée Jean Moulin, Béziers – {{U:0340861}}

Le lun. 15 juin 2026 à 16:12, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Votre demande a été transmise à l'équipe de votre région, qui a republié les documents du marché 2024-087. Ils devraient être visibles dans l'onglet « Documents » de la fiche du marché.
>
> Cordialement,
> L'équipe Assistance
""",
  cat="contract_documents", ok=False, uai="{{U:0340861}}", reg="occitanie", plat="espace_acheteur",
  hard=False, lang="fr",
  notes="Follow-up reply (Gmail French quote): the market annex is still missing after the region's answer.")

M("cd06", client="exchange", date="2026-06-26 10:16",
  frm=("Michael O'Brien", "m.obrien@eio-toulouse.fr"),
  subj="Market documents won't open",
  text="""Hello,

I'm the bursar at École Internationale d'Occitanie (private school under contract, UAI {{U:0312677}}). Since this week none of the PDF documents attached to our framework agreements on the Espace Acheteur will open: Acrobat says "the file is damaged and could not be repaired". It happens for the catering and the IT equipment agreements alike. Other PDFs open fine on the same computer.

We need the catering price schedule for our budget meeting on Monday. Could you look into it?

Regards,
Michael O'Brien
Bursar
""",
  cat="contract_documents", ok=False, uai="{{U:0312677}}", reg="occitanie", plat="espace_acheteur",
  hard=False, lang="en",
  notes="English. Framework-agreement documents cannot be opened (damaged PDFs). Region from the UAI.")

# ------------------------------------------------------------ transfer_incident
M("ti01", client="exchange", date="2026-06-09 08:14",
  frm=("Vie scolaire Collège Saint-Félix", "viescolaire@saintfelix-nantes.org"),
  subj="Notes qui ne remontent plus sur EcoleDirecte",
  text="""Bonjour,

Depuis lundi, les notes saisies dans Charlemagne ne remontent plus sur EcoleDirecte. Le dernier transfert réussi date du vendredi 5 juin au soir. Les conseils de classe commencent jeudi et les parents nous appellent déjà.

Le journal des transferts indique « échec de connexion au serveur » à chaque tentative.

Collège Saint-Félix, Nantes – UAI {{U:0441845}}

Merci de votre aide rapide,
La vie scolaire
""",
  cat="transfer_incident", ok=False, uai="{{U:0441845}}", reg="pays-de-la-loire", plat="ecoledirecte",
  hard=False, lang="fr",
  notes="Transfers to EcoleDirecte failing since the 5th, just before the class councils.")

M("ti02", client="outlook", date="2026-06-15 11:36",
  frm=("Arnaud Blanchet", "a.blanchet@ndlumiere-vendee.fr"),
  subj="Licence à régénérer après changement de serveur",
  text="""Bonjour,

Nous avons remplacé le serveur de l'établissement ce week-end. Depuis, Charlemagne affiche « licence invalide pour ce poste » au démarrage des Outils et aucun transfert vers EcoleDirecte n'est possible.

Pouvez-vous régénérer notre licence ?

Établissement : Lycée Notre-Dame de la Lumière, Fontenay-le-Comte – UAI {{U:0851092}}

Arnaud Blanchet
Responsable informatique
""",
  cat="transfer_incident", ok=False, uai="{{U:0851092}}", reg="pays-de-la-loire", plat="ecoledirecte",
  hard=False, lang="fr",
  notes="Licence to regenerate after a server change; transfers stopped.")

M("ti03", client="gmail", date="2026-06-20 08:03",
  frm=("Pascal Girard", "pascal.girard.stmichel@gmail.com"),
  subj="mot de passe de maintenance",
  text="""Bonjour,

Pouvez-vous me communiquer le mot de passe de maintenance du jour ? Je dois relancer la réindexation de la base Charlemagne avant la remontée des moyennes pour le brevet, le transfert est bloqué depuis hier soir.

Merci,
Pascal Girard
Collège Saint-Michel
""",
  cat="transfer_incident", ok=False, uai=None, reg=None, plat="ecoledirecte",
  hard=True, lang="fr",
  notes="Asks for 'le mot de passe de maintenance du jour' to reindex the Charlemagne base: transfer_incident per the taxonomy, not password_reset. Gmail, no UAI: no region.")

M("ti04", client="exchange", date="2026-06-11 13:52",
  frm=("James Whitaker", "j.whitaker@bis-bordeaux.fr"),
  subj="EcoleDirecte sync failing since Tuesday",
  text="""Hi,

I'm the IT manager at Bordeaux International School (UAI {{U:0332890}}). Our nightly sync between Charlemagne and EcoleDirecte has failed every night since Tuesday 9 June. The transfer log shows "Erreur 12029 – connexion impossible" and then stops.

Nothing changed on our side as far as I know, apart from Windows updates on the server on Monday night. Reports for the end of term go out on 26 June, so we're a bit nervous.

Could someone take a look?

Best regards,
James Whitaker
IT Manager
""",
  cat="transfer_incident", ok=False, uai="{{U:0332890}}", reg="nouvelle-aquitaine", plat="ecoledirecte",
  hard=False, lang="en",
  notes="English. Nightly Charlemagne → EcoleDirecte transfer failing since Windows updates. Region from the UAI.")

M("ti05", client="outlook", date="2026-06-19 10:48",
  frm=("Martine Fleury", "m.fleury@stlaurent-angers.fr"),
  subj="Positionnements du socle pour le brevet - pas de remontée",
  text="""Bonjour,

Les positionnements sur les composantes du socle, saisis par les professeurs de 3e dans Charlemagne, n'apparaissent pas sur EcoleDirecte alors que les notes, elles, remontent. Nous avons besoin que tout soit à jour avant le conseil de classe de 3e de mardi, en vue du brevet.

Le transfert s'exécute sans message d'erreur, mais les données du socle ne suivent pas.

Collège Saint-Laurent, Angers – {{U:0491320}}

Martine Fleury
Directrice adjointe
""",
  cat="transfer_incident", ok=False, uai="{{U:0491320}}", reg="pays-de-la-loire", plat="ecoledirecte",
  hard=False, lang="fr",
  notes="Part of the data (skills assessments for the brevet) does not go through the transfer. Written by a deputy head but about data transfer, not a head-of-establishment request.")

M("ti06", client="iphone", date="2026-06-22 07:31",
  frm=("Damien", "damien.ecodir@gmail.com"),
  subj="transferts",
  text="""bonjour les transferts marchent plus depuis lundi, les parents voient plus les notes sur ecoledirecte. c urgent on a les conseils cette semaine. merci de me rappeler

Envoyé de mon iPhone
""",
  cat="transfer_incident", ok=False, uai=None, reg=None, plat="ecoledirecte",
  hard=False, lang="fr",
  notes="SMS style from a phone: EcoleDirecte transfers down. No establishment named: no UAI, no region.")

M("ti07", client="exchange", date="2026-06-05 16:44", charset="windows-1252",
  frm=("Secrétariat Collège Sainte-Marthe", "secretariat@saintemarthe-gard.fr"),
  subj="Erreur Outils.exe",
  html="""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
</head>
<body>
<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Bonjour,</p>
<p>Depuis ce matin, au lancement des Outils Charlemagne, une fenêtre s’ouvre avec le message&nbsp;: <i>«&nbsp;Outils.exe a cessé de fonctionner&nbsp;»</i>. Du coup les transferts vers EcoleDirecte ne partent plus (dernier transfert&nbsp;: hier 18h).</p>
<p>Nous avons redémarré le poste deux fois, sans effet. Capture d’écran en pièce jointe.</p>
<p>Collège Sainte-Marthe, Alès – UAI {{U:0301455}}</p>
<p>Merci,<br>Le secrétariat</p>
</div>
</body></html>
""",
  attach=[("capture_outils.png", "image/png", fake_png())],
  cat="transfer_incident", ok=False, uai="{{U:0301455}}", reg="occitanie", plat="ecoledirecte",
  hard=False, lang="fr",
  notes="HTML-only Outlook with a screenshot: Outils.exe crashes, transfers stopped.")

M("ti08", client="tb", date="2026-06-25 14:20",
  frm=("Bruno Lecomte", "bruno.lecomte@stjulien-lemans.fr"),
  subj="transfert bloqué + question facture",
  text="""Bonjour,

Deux choses, la première étant urgente :

1. Le transfert Charlemagne → EcoleDirecte est bloqué depuis hier midi (« traitement en cours » qui ne se termine jamais). Les bulletins du 3e trimestre doivent être publiés vendredi.

2. Moins urgent : nous n'avons pas reçu la facture de la maintenance annuelle 2026, notre comptable la réclame.

Lycée Saint-Julien, Le Mans – {{U:0721006}}

Bruno Lecomte
""",
  cat="transfer_incident", ok=False, uai="{{U:0721006}}", reg="pays-de-la-loire", plat="ecoledirecte",
  hard=True, lang="fr",
  notes="Two topics: a stuck transfer (first, urgent, main) and a missing maintenance invoice (order_billing).")

M("ti09", client="outlook", date="2026-06-02 09:57",
  frm=("Serge Etcheverry", "s.etcheverry@immaculee-bayonne.fr"),
  subj="Windows Defender met Charlemagne en quarantaine",
  text="""Bonjour,

Depuis la mise à jour de Windows Defender de ce week-end, l'exécutable de transfert de Charlemagne est mis en quarantaine (« Trojan:Win32/Wacatac.B!ml » selon Defender, ce qui est évidemment un faux positif). Plus aucun transfert vers EcoleDirecte.

Faut-il ajouter une exclusion, et sur quels dossiers exactement ?

Collège de l'Immaculée Conception, Bayonne – UAI {{U:0640431}}

Serge Etcheverry
Technicien informatique
""",
  cat="transfer_incident", ok=False, uai="{{U:0640431}}", reg="nouvelle-aquitaine", plat="ecoledirecte",
  hard=False, lang="fr",
  notes="The antivirus quarantines the Charlemagne transfer tool, so transfers stop.")

# ------------------------------------------------------------------------ other
M("o01", client="gmail", date="2026-06-29 21:40", tz="-0400",
  frm=("Kathleen Doyle", "kdoyle.family@videotron.ca"),
  subj="Brevet results for my son - we moved to Montreal",
  text="""Hello,

My son Liam Doyle-Marchand sat the brevet in Nantes last week (Collège Sophie Germain). We moved to Montréal at the beginning of July, well, in a few days, and I'm not sure how we will receive his results and his diploma once we're in Canada.

Is there an online service where we can download the attestation? Who should we contact?

Thank you very much,
Kathleen Doyle
""",
  cat="other", ok=False, uai=None, reg=None, plat=None,
  hard=False, lang="en",
  notes="English, a parent abroad (Montreal time zone) asking about brevet results and the diploma: wrong address, unrelated to the services.")

M("o02", client="gmail", date="2026-06-06 14:22", tz="+0400",
  frm=("Rania Haddad", "rania.haddad.family@gmail.com"),
  subj="Enrolment in the international section - Bordeaux",
  text="""Dear Sir/Madam,

We are relocating from Dubai to Bordeaux this summer for my husband's job. Our daughter (14, bilingual English/Arabic, basic French) would like to join the international section of a collège in Bordeaux in September.

Could you tell us how the admission tests work and whether it is too late to apply? We found your address on a school website.

Kind regards,
Rania Haddad
""",
  cat="other", ok=False, uai=None, reg=None, plat=None,
  hard=False, lang="en",
  notes="English, overseas family asking about enrolment in an international section: unrelated to the services.")

M("o03", client="gmail", date="2026-06-07 02:18", tz="-0700", auth="spfonly",
  frm=("Ashley from Lumora Books", "ashley@lumorabooks.io"),
  subj="A school-wide digital library for your students this summer?",
  text="""Hi there,

Summer reading season is here! Lumora gives every student in your school unlimited access to 40,000+ English e-books and audiobooks, with reading analytics for teachers and a beautiful app kids actually use.

Schools in Spain, Italy and Germany already use Lumora. We'd love to offer your school libraries a 60-day free trial – no credit card needed.

Do you have 15 minutes next week for a quick demo? Just reply with a time that works for you.

Cheers,
Ashley Brooks
Partnerships, Lumora Books
San Francisco, CA

Not interested? Reply "stop" and we won't contact you again.
""",
  cat="other", ok=False, uai=None, reg=None, plat=None,
  hard=False, lang="en",
  notes="English (American) cold sales pitch from an e-book vendor, written to one address (no list headers): other, not automated.")

M("o04", client="outlook", date="2026-06-16 11:03", tz="+0100",
  frm=("Hugh Pemberton", "hugh.pemberton@pageturner-education.co.uk"),
  subj="Becoming a referenced supplier for school libraries",
  text="""Dear colleagues,

Pageturner Education publishes graded readers and digital reading programmes for learners of English, and we already work with a handful of French lycées through your e-sidoc shop.

We would like to extend our offer to the collèges and lycées of Occitanie and Nouvelle-Aquitaine. Could you tell us who is in charge of referencing new suppliers and resources, and what the procedure is? A catalogue is attached for information.

With best wishes,

Hugh Pemberton
Head of International Sales
Pageturner Education, Cambridge
""",
  attach=[("Pageturner_catalogue_2026.pdf", "application/pdf", fake_pdf("Catalogue 2026"))],
  cat="other", ok=False, uai=None, reg=None, plat="esidoc",
  hard=False, lang="en",
  notes="English (British), a publisher asking how to become a referenced supplier: no support category fits; mentions the e-sidoc shop.")

M("o05", client="gmail", date="2026-06-13 10:51",
  frm=("Katrin Vogel", "k.vogel@gymnasium-speyer.de"),
  subj="Contact of the librarian at Lycée Saint-Exupéry?",
  text="""Dear Madam or Sir,

Our Gymnasium in Speyer is the Erasmus+ partner of Lycée Saint-Exupéry (La Rochelle). Our students would like to exchange reading lists with the French students over the summer, and we were told the school library uses your portal.

Could you give me the email address of the school librarian there? Our French coordinator is on leave and I don't have it.

Many thanks and best regards,
Katrin Vogel
Gymnasium am Kaiserdom, Speyer
""",
  cat="other", ok=False, uai=None, reg=None, plat=None,
  hard=False, lang="en",
  notes="English, a German Erasmus+ partner asking for a school librarian's contact: not a support request (and personal data the desk should not give out).")

M("o06", client="server", date="2026-06-18 04:12", auth="fail",
  frm=("Microsoft 365 Admin", "no-reply@rnicrosoft-365-security.com"),
  subj="Action required: your password expires today",
  headers=[("X-Priority", "1 (Highest)")],
  html="""<html><body style="font-family:Segoe UI,Arial,sans-serif">
<table width="600" style="border:1px solid #ddd"><tr><td style="padding:24px">
<p style="font-size:20px">Microsoft 365</p>
<p>Dear support@assistance.example.fr,</p>
<p>The password for your account <b>expires today</b>. To keep using your current password and avoid losing access to your mailbox, please confirm your credentials below.</p>
<p><a href="http://rnicrosoft-365-security.com/keep-password?u=support" style="background:#0078d4;color:#fff;padding:10px 18px;text-decoration:none">Keep current password</a></p>
<p>If you do not act within 24 hours, your account will be suspended.</p>
<p>Microsoft 365 Security Team</p>
</td></tr></table>
</body></html>
""",
  cat="other", ok=False, uai=None, reg=None, plat=None,
  hard=True, lang="en",
  notes="English phishing ('password expires today, keep current password') from a look-alike domain with failing SPF/DMARC, HTML only. Mentions a password but is not password_reset.")

M("o07", client="server", date="2026-06-23 06:47", auth="fail",
  frm=("Chorus Pro - Service Facturation", "facturation@chorus-pro-gouv.info"),
  subj="Facture impayée n° CPP-2026-88412 - relance avant pénalités",
  text="""Madame, Monsieur,

Sauf erreur de notre part, la facture n° CPP-2026-88412 d'un montant de 2 481,60 € TTC reste impayée à ce jour.

Afin d'éviter l'application de pénalités de retard, merci de procéder au règlement sous 48 heures en consultant le détail de la facture via le lien sécurisé ci-dessous :

https://chorus-pro-gouv.info/factures/consulter?ref=CPP-2026-88412

Service Facturation
Chorus Pro
""",
  attach=[("Facture_CPP-2026-88412.pdf.html", "text/html", b"<html><script>location='https://chorus-pro-gouv.info/l'</script></html>")],
  cat="other", ok=False, uai=None, reg=None, plat=None,
  hard=True, lang="fr",
  notes="Fake 'unpaid invoice' posing as Chorus Pro from a look-alike domain (SPF/DMARC fail, .pdf.html attachment): phishing, not order_billing.")

M("o08", client="gmail", date="2026-06-26 18:36",
  frm=("Grace Okafor", "grace.okafor.ela@gmail.com"),
  subj="June salary - language assistant",
  text="""Hello,

I'm an English language assistant in two collèges in Angers. My June salary hasn't arrived yet and my contract ends on 30 June. I also need an attestation de fin de contrat for my next job in London.

Who should I contact? I got this address from the CDI, maybe it's the wrong one.

Thank you,
Grace Okafor
""",
  cat="other", ok=False, uai=None, reg=None, plat=None,
  hard=False, lang="en",
  notes="English; a language assistant asking about her salary and contract: wrong desk.")

M("o09", client="apple", date="2026-06-12 16:20",
  frm=("Jonathan Reid", "jonathan.reid@ac-poitiers.fr"),
  subj="Re: [Assistance #A26-06-0388] Forgotten password",
  irt="<a26-06-0388.1.20260612151022@assistance.example.fr>",
  text="""That worked perfectly – new password set, and I'm back in. Thanks for the quick turnaround!

Jonathan

> On 12 Jun 2026, at 15:10, Assistance <support@assistance.example.fr> wrote:
> 
> Bonjour,
> 
> Un lien de réinitialisation de votre mot de passe e-sidoc vient d'être envoyé à l'adresse enregistrée pour votre compte. Ce lien est valable 12 heures.
> 
> Cordialement,
> L'équipe Assistance
""",
  cat="other", ok=False, uai=None, reg="nouvelle-aquitaine", plat="esidoc",
  hard=True, lang="en",
  notes="English thanks only, quoting the reset answer: 'password' and 'link' appear but nothing is asked. Region from ac-poitiers.fr.")

M("o10", client="zimbra", date="2026-06-14 20:05",
  frm=("Sophie Ménard", "sophie.menard@ac-nantes.fr"),
  subj="convocation correction bac",
  text="""Bonjour,

Je n'ai toujours pas reçu ma convocation pour la correction des copies de philosophie du bac alors que l'épreuve a lieu demain. Mes collègues l'ont reçue via Cyclades la semaine dernière. À qui dois-je m'adresser ?

Merci,
Sophie Ménard
Professeure de philosophie, lycée Clemenceau, Nantes
""",
  cat="other", ok=False, uai=None, reg="pays-de-la-loire", plat=None,
  hard=True, lang="fr",
  notes="A teacher who never received her bac marking convocation (from Cyclades, not our services): looks like a missing automatic mail, but it is not ours; wrong desk. Region from ac-nantes.fr.")

M("o11", client="tb", date="2026-06-11 12:10",
  frm=("Joëlle Faure", "joelle.faure@ac-limoges.fr"),
  subj="Maintenance e-sidoc cet été ?",
  text="""Bonjour,

Je voudrais planifier le récolement du CDI pendant la première semaine de juillet. Y a-t-il des interruptions de service prévues sur e-sidoc cet été (migration, maintenance) ? Je préfèrerais ne pas me retrouver bloquée au milieu de l'inventaire.

Merci et bonne fin d'année,
Joëlle Faure
Collège Jean Picart Le Doux, Bourganeuf
""",
  cat="other", ok=False, uai=None, reg="nouvelle-aquitaine", plat="esidoc",
  hard=False, lang="fr",
  notes="Question about planned e-sidoc maintenance this summer: about the platform, but no category of its own. Region from ac-limoges.fr.")

M("o12", client="gmail", date="2026-06-20 15:33", tz="+0800",
  frm=("Wei Ling Tan", "weiling.tan.sg@gmail.com"),
  subj="Request to delete my son's data",
  text="""Dear Sir or Madam,

My son attended Lycée Montaigne in Bordeaux until last year; we now live in Singapore. He still receives emails about overdue library books from the school's library portal, and he has an account there with his name and class.

Under the GDPR, I request that his personal data be deleted from your systems and that the emails stop. Please confirm when this is done.

Yours faithfully,
Wei Ling Tan
""",
  cat="other", ok=False, uai=None, reg=None, plat="esidoc",
  hard=False, lang="en",
  notes="English GDPR erasure request from a parent abroad (Singapore time zone), about a pupil's data on a school library portal: other (human review).")

M("o13", client="outlook", date="2026-06-25 17:48",
  frm=("Roland Dupuy", "roland.dupuy@ac-bordeaux.fr"),
  subj="3e RELANCE !!!",
  text="""Bonjour,

C'est la troisième fois que je vous écris et je n'ai toujours AUCUNE réponse. Est-ce que quelqu'un lit les messages à cette adresse ?

Je commence à perdre patience. Merci de me rappeler au plus vite.

R. Dupuy
""",
  cat="other", ok=False, uai=None, reg="nouvelle-aquitaine", plat=None,
  hard=False, lang="fr",
  notes="Angry complaint about unanswered mails that says nothing about the topic: no category can be told. Region from ac-bordeaux.fr.")

M("o14", client="roundcube", date="2026-06-30 16:55",
  frm=("Secrétariat Collège Camille Claudel", "secretariat.claudel@ac-poitiers.fr"),
  subj="Merci et bonnes vacances",
  text="""Bonjour à toute l'équipe,

Juste un petit mot pour vous remercier de votre aide tout au long de l'année (et de votre patience avec nos histoires de mots de passe !).

Très bonnes vacances à vous,

Le secrétariat du collège Camille Claudel, Civray
""",
  cat="other", ok=False, uai=None, reg="nouvelle-aquitaine", plat=None,
  hard=True, lang="fr",
  notes="End-of-year thanks; mentions passwords but asks nothing. Region from ac-poitiers.fr.")

M("o15", client="gmail", date="2026-06-01 19:12",
  frm=("Lucas Bernadet", "lucas.bernadet09@gmail.com"),
  subj="Demande de stage de seconde",
  text="""Madame, Monsieur,

Je suis élève de seconde au lycée Pierre Bayle de Pamiers et je dois effectuer un stage d'observation du 15 au 26 juin. Je suis passionné d'informatique et j'aimerais découvrir le métier de technicien support.

Serait-il possible de m'accueillir dans votre service, même à distance ? Je joins mon CV et ma lettre de motivation.

Dans l'attente de votre réponse, veuillez agréer mes salutations respectueuses.

Lucas Bernadet
""",
  attach=[("CV_Lucas_Bernadet.pdf", "application/pdf", fake_pdf("CV"))],
  cat="other", ok=False, uai=None, reg=None, plat=None,
  hard=False, lang="fr",
  notes="A pupil's application for the seconde observation internship, with a CV: other.")

M("o16", client="outlook", date="2026-06-04 10:40", tz="+0100",
  frm=("Harbour Audio - Education team", "education@harbouraudio.co.uk"),
  subj="Catalogue à transmettre aux établissements",
  text="""Bonjour,

Nous sommes un éditeur britannique de livres audio pour l'apprentissage de l'anglais. Nous avons déjà plusieurs clients parmi les lycées français grâce à votre boutique.

Pourriez-vous s'il vous plaît faire suivre notre nouveau catalogue de la rentrée à tous les professeurs documentalistes de vos établissements ? Nous proposons une remise de 20 % jusqu'au 31 juillet.

Merci beaucoup pour votre aide,

Olivia Grant
Education Partnerships Manager
Harbour Audio Ltd – Bristol, UK
""",
  cat="other", ok=False, uai=None, reg=None, plat=None,
  hard=False, lang="fr",
  notes="A British audio-book publisher writes in French asking the desk to forward its catalogue to all librarians: marketing request, other.")

M("o17", client="android", date="2026-06-30 12:14",
  frm=("Samia Belkacem", "samia.belk81@gmail.com"),
  subj="resultat brevet",
  text="""bonjour c ou ke je trouve les resultats du brevet de ma fille ? elle est au college a Albi. le site marche pas. merci

Obtenir Outlook pour Android
""",
  cat="other", ok=False, uai=None, reg=None, plat=None,
  hard=False, lang="fr",
  notes="SMS-style parent asking where to find brevet results: wrong address.")

M("o18", client="outlook", date="2026-06-22 13:26",
  frm=("CDI Lycée Bourdelle", "cdi.bourdelle@ac-toulouse.fr"),
  subj="TR:",
  text="""Voir PJ

CDI – Lycée Antoine Bourdelle, Montauban
{{U:0821140}}
""",
  attach=[("inventaire_2026.pdf", "application/pdf", fake_pdf("Inventaire"))],
  cat="other", ok=False, uai="{{U:0821140}}", reg="occitanie", plat=None,
  hard=True, lang="fr",
  notes="Empty forward ('TR:' with no subject, 'Voir PJ') with an inventory PDF: nothing is asked and the topic cannot be told.")

M("o19", client="tb", date="2026-06-29 09:08",
  frm=("Corinne Aubry", "corinne.aubry@ac-nantes.fr"),
  subj="Horaires d'ouverture cet été",
  text="""Bonjour,

Pouvez-vous m'indiquer les horaires et les périodes d'ouverture de l'assistance pendant les vacances d'été ? Je serai d'astreinte au collège du 6 au 17 juillet et je voudrais savoir si je pourrai vous joindre en cas de souci.

Merci,
Corinne Aubry
Secrétaire de gestion, collège Jean Monnet, Laval
""",
  cat="other", ok=False, uai=None, reg="pays-de-la-loire", plat=None,
  hard=False, lang="fr",
  notes="Asks about the desk's summer opening hours: other. Region from ac-nantes.fr.")

M("o20", client="gmail", date="2026-06-08 08:47",
  frm=("Ben Hartley", "ben.hartley.assistant@gmail.com"),
  subj="Can't log in / je ne peux pas me connecter",
  text="""Hi,

I can't log in to the ENT (Lycée Connecté) since Friday – it says my account is locked and I need to reset my password, but the reset email goes to an academic address I never activated.

Désolé, je continue en français pour être sûr d'être compris : je suis assistant d'anglais au lycée Bertran de Born à Périgueux, et mon compte ENT est bloqué. Je dois rendre les notes de mes groupes avant vendredi.

Merci d'avance,
Ben
""",
  cat="other", ok=False, uai=None, reg=None, plat=None,
  hard=True, lang="en",
  notes="Bilingual (English then French). A locked account and a reset email, but for the regional ENT, which is not one of the desk's products: other, not password_reset. Gmail, no UAI: no region.")

# -------------------------------------------------------------------- automated
def inner_message(headers: list[str], text: str, charset: str = "utf-8") -> str:
    """An embedded message (for bounces): headers + a quoted-printable text body."""
    body = quopri.encodestring(text.strip("\n").encode(charset) + b"\n").decode("ascii")
    return ("\n".join(headers) + "\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset={charset}\nContent-Transfer-Encoding: quoted-printable\n\n"
            + body)


def part_raw(head: str, body: str) -> bytes:
    return (head.rstrip("\n") + "\n\n" + body.rstrip("\n") + "\n").encode("utf-8")


def mime_report(report_type: str, human: list[bytes], machine: bytes, original: bytes | None) -> callable:
    def _f(s):
        b = f"{rhex(8, True)}.{rng.randint(1000000000, 1999999999)}/{MX}"
        parts = list(human) + [machine] + ([original] if original else [])
        return multipart("report", parts, b, params=f"; report-type={report_type}",
                         preamble="This is a MIME-encapsulated message.")
    return _f


DESK_REPLY_0502 = inner_message([
    "Return-Path: <support@assistance.example.fr>",
    "Message-ID: <a26-06-0502.2.20260615102233@assistance.example.fr>",
    "Date: Mon, 15 Jun 2026 10:22:33 +0200",
    "From: Assistance <support@assistance.example.fr>",
    "To: j.castel@ac-nantes.fr",
    "Subject: [Assistance #A26-06-0502] =?utf-8?q?Votre_demande_d=E2=80=99acc=C3=A8s?=",
    "Auto-Submitted: auto-replied",
], """Bonjour,

Votre demande a bien été transmise à l'équipe de votre région, qui reviendra vers vous sous 48 heures ouvrées.

Cordialement,
L'équipe Assistance
""")

M("au01", client="exchange", date="2026-06-16 09:31",
  frm=("Sophie Turner", "s.turner@bis-bordeaux.fr"),
  subj="Automatic reply: [Assistance #A26-06-0541] EcoleDirecte sync failing since Tuesday",
  irt="<a26-06-0541.2.20260616093002@assistance.example.fr>",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "s.turner@bis-bordeaux.fr")],
  text="""Thank you for your email.

I am invigilating the baccalauréat written exams until Friday 19 June and will have very limited access to email. For anything urgent about the school network or EcoleDirecte, please contact our IT manager, James Whitaker (j.whitaker@bis-bordeaux.fr).

Kind regards,
Sophie Turner
Deputy Head, Bordeaux International School
UAI {{U:0332890}}
""",
  cat="automated", ok=False, uai="{{U:0332890}}", reg="nouvelle-aquitaine", plat=None,
  hard=False, lang="en",
  notes="English Exchange 'Automatic reply:' (Auto-Submitted, X-Auto-Response-Suppress) to a desk reply; the UAI in the signature gives the region.")

M("au02", client="exchange", date="2026-06-22 14:05",
  frm=("Arnaud Blanchet", "a.blanchet@ndlumiere-vendee.fr"),
  subj="Réponse automatique : [Assistance #A26-06-0398] Licence à régénérer après changement de serveur",
  irt="<a26-06-0398.3.20260622140400@assistance.example.fr>",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
  text="""Bonjour,

Je suis en congé du 22 juin au 5 juillet inclus, sans accès à ma messagerie.

Pour toute urgence informatique (transferts, Charlemagne, réseau), merci de contacter l'accueil de l'établissement au 02 51 69 12 40.

Arnaud Blanchet
""",
  cat="automated", ok=False, uai=None, reg=None, plat=None,
  hard=False, lang="fr",
  notes="French Exchange out-of-office ('Réponse automatique :', Auto-Submitted). Private-school domain, no UAI: no region.")

M("au03", client="zimbra", date="2026-06-29 11:14", text_only=True,
  frm=("Valérie Domec", "valerie.domec@ac-toulouse.fr"),
  subj="Re: [Assistance #A26-06-0187] Europresse pas visible",
  irt="<a26-06-0187.4.20260629111300@assistance.example.fr>",
  headers=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")],
  text="""Bonjour,

Le CDI est fermé pour l'été. Je suis absente du 29 juin au 24 août et ne consulte pas ma messagerie.

Bonnes vacances !
Valérie Domec
""",
  cat="automated", ok=False, uai=None, reg="occitanie", plat=None,
  hard=False, lang="fr",
  notes="Zimbra vacation reply (Auto-Submitted: auto-replied (zimbra; vacation)). Region from ac-toulouse.fr.")

M("au04", client="gmail", date="2026-06-26 08:02", text_only=True,
  frm=("Katrin Vogel", "k.vogel@gymnasium-speyer.de"),
  subj="Re: [Assistance #A26-06-0313] Contact of the librarian at Lycée Saint-Exupéry?",
  irt="<a26-06-0313.2.20260626080044@assistance.example.fr>",
  headers=[("Auto-Submitted", "auto-replied")],
  text="""Thank you for your message.

Our school is closed for the summer holidays from 26 June to 5 August. I will read my emails from 3 August onwards. For urgent matters, please contact the school office: sekretariat@gymnasium-speyer.de

Best regards,
Katrin Vogel
""",
  cat="automated", ok=False, uai=None, reg=None, plat=None,
  hard=False, lang="en",
  notes="English Gmail (Workspace) vacation responder from a German partner school (Auto-Submitted: auto-replied).")

M("au05", client="server", date="2026-06-15 10:22", received_local=True, auth=None, return_path="",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx1.assistance.example.fr"),
  to="support@assistance.example.fr",
  subj="Undelivered Mail Returned to Sender",
  headers=[("Auto-Submitted", "auto-replied")],
  mime=mime_report(
      "delivery-status",
      [part_raw("Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii",
                """This is the mail system at host mx1.assistance.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.castel@ac-nantes.fr>: host smtp3.ac-nantes.fr[203.0.113.61] said: 550 5.1.1
    <j.castel@ac-nantes.fr>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)""")],
      part_raw("Content-Description: Delivery report\nContent-Type: message/delivery-status",
               """Reporting-MTA: dns; mx1.assistance.example.fr
X-Postfix-Queue-ID: 4fRk2L0bNqz9wV
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Mon, 15 Jun 2026 10:22:33 +0200 (CEST)

Final-Recipient: rfc822; j.castel@ac-nantes.fr
Original-Recipient: rfc822;j.castel@ac-nantes.fr
Action: failed
Status: 5.1.1
Remote-MTA: dns; smtp3.ac-nantes.fr
Diagnostic-Code: smtp; 550 5.1.1 <j.castel@ac-nantes.fr>: Recipient address
    rejected: User unknown in virtual mailbox table"""),
      part_raw("Content-Description: Undelivered Message\nContent-Type: message/rfc822", DESK_REPLY_0502)),
  cat="automated", ok=False, uai=None, reg=None, plat=None,
  hard=False, lang="en",
  notes="Postfix bounce of a desk reply (multipart/report delivery-status with the original attached), null Return-Path, MAILER-DAEMON of our own relay: no region.")

M("au06", client="exchange", date="2026-06-10 16:03", return_path="", auth="null",
  frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@bytesouth-it.fr"),
  to=[("Assistance", "support@assistance.example.fr")],
  subj="Undeliverable: RE: [Assistance #A26-06-0361] Mailinblack whitelisting for your platform",
  headers=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("X-MS-Exchange-Generated-Message-Source", "NDR")],
  mime=mime_report(
      "delivery-status",
      [part_raw("Content-Type: text/plain; charset=\"us-ascii\"\nContent-Transfer-Encoding: 7bit",
                """Your message to dfoster@bytesouth-it.fr couldn't be delivered.

dfoster wasn't found at bytesouth-it.fr.

assistance    Office 365    dfoster
Action Required                 Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you're using a saved contact or suggested address, clear it and type the address again.

Original Message Details
Created Date:    6/10/2026 2:02:41 PM
Sender Address:  support@assistance.example.fr
Recipient Address:    dfoster@bytesouth-it.fr
Subject:    RE: [Assistance #A26-06-0361] Mailinblack whitelisting for your platform

Error Details
Error:    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient dfoster@bytesouth-it.fr not found by SMTP address lookup
Message rejected by:    PR0P264MB3371.FRAP264.PROD.OUTLOOK.COM""")],
      part_raw("Content-Type: message/delivery-status",
               """Reporting-MTA: dns;PR0P264MB3371.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Wed, 10 Jun 2026 14:02:41 +0000

Original-Recipient: rfc822;dfoster@bytesouth-it.fr
Final-Recipient: rfc822;dfoster@bytesouth-it.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
 dfoster@bytesouth-it.fr not found by SMTP address lookup"""),
      part_raw("Content-Type: text/rfc822-headers",
               """Return-Path: <support@assistance.example.fr>
Message-ID: <a26-06-0361.2.20260610160241@assistance.example.fr>
Date: Wed, 10 Jun 2026 16:02:41 +0200
From: Assistance <support@assistance.example.fr>
To: dfoster@bytesouth-it.fr
Subject: RE: [Assistance #A26-06-0361] Mailinblack whitelisting for your platform""")),
  cat="automated", ok=False, uai=None, reg=None, plat=None,
  hard=False, lang="en",
  notes="Exchange Online non-delivery report in English ('Undeliverable:'), multipart/report with text/rfc822-headers, null Return-Path.")

M("au07", client="server", date="2026-06-03 19:11", return_path="", auth="null",
  relay=("mail-sor-f69.google.com", "192.0.2.69"),
  frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
  to="support@assistance.example.fr",
  subj="Delivery Status Notification (Failure)",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "chloe.bennett.ela@gmail.com")],
  mime=mime_report(
      "delivery-status",
      [part_raw("Content-Type: text/plain; charset=\"UTF-8\"",
                """
** Message not delivered **

Your message couldn't be delivered to chloe.bennett.ela@gmail.com because the remote server is misconfigured. See technical details below for more information.

The response from the remote server was:
552 5.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm""")],
      part_raw("Content-Type: message/delivery-status",
               """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; mx1.assistance.example.fr
Arrival-Date: Wed, 03 Jun 2026 10:11:02 -0700 (PDT)

Final-Recipient: rfc822; chloe.bennett.ela@gmail.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; The recipient's inbox is out of storage space and inactive.
Last-Attempt-Date: Wed, 03 Jun 2026 10:11:04 -0700 (PDT)"""),
      part_raw("Content-Type: text/rfc822-headers",
               """Return-Path: <support@assistance.example.fr>
Message-ID: <a26-06-0042.2.20260603191058@assistance.example.fr>
Date: Wed, 03 Jun 2026 19:10:58 +0200
From: Assistance <support@assistance.example.fr>
To: Chloe Bennett <chloe.bennett.ela@gmail.com>
Subject: [Assistance #A26-06-0042] Account for the school library portal?""")),
  cat="automated", ok=False, uai=None, reg=None, plat=None,
  hard=False, lang="en",
  notes="Gmail 'Delivery Status Notification (Failure)': recipient mailbox over quota; multipart/report with text/rfc822-headers.")


def mdn(text: str, reporting_ua: str, final_rcpt: str, orig_mid: str, disposition: str, charset="utf-8"):
    return mime_report(
        "disposition-notification",
        [text_part(text, "plain", charset, "quoted-printable")],
        part_raw("Content-Type: message/disposition-notification",
                 f"Reporting-UA: {reporting_ua}\nFinal-Recipient: rfc822;{final_rcpt}\n"
                 f"Original-Message-ID: {orig_mid}\nDisposition: {disposition}"),
        None)


M("au08", client="outlook", date="2026-06-09 08:12",
  frm=("GIRAUD Pascale", "pascale.giraud@ac-poitiers.fr"),
  subj="Lu : [Assistance #A26-06-0224] Pas reçu le mail d'activation",
  mime=mdn("""Votre message

  À : GIRAUD Pascale
  Objet : [Assistance #A26-06-0224] Pas reçu le mail d'activation
  Envoyé : lundi 8 juin 2026 15:02:11 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mardi 9 juin 2026 08:12:40 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""", "PC-GEST-02; Microsoft Outlook 16.0", "pascale.giraud@ac-poitiers.fr",
      "<a26-06-0224.2.20260608150211@assistance.example.fr>",
      "manual-action/MDN-sent-manually; displayed", "iso-8859-1"),
  cat="automated", ok=False, uai=None, reg="nouvelle-aquitaine", plat=None,
  hard=False, lang="fr",
  notes="Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from ac-poitiers.fr.")

M("au09", client="outlook", date="2026-06-19 09:47",
  frm=("Oliver Grant", "oliver.grant@ac-nantes.fr"),
  subj="Read: RE: [Assistance #A26-06-0589] Forgot password - but no email",
  mime=mdn("""Your message

  To: Oliver Grant
  Subject: RE: [Assistance #A26-06-0589] Forgot password - but no email
  Sent: Friday, June 19, 2026 9:02:37 AM (UTC+01:00) Brussels, Copenhagen, Madrid, Paris

was read on Friday, June 19, 2026 9:47:05 AM (UTC+01:00) Brussels, Copenhagen, Madrid, Paris.
""", "CDI-PC1; Microsoft Outlook 16.0", "oliver.grant@ac-nantes.fr",
      "<a26-06-0589.2.20260619090237@assistance.example.fr>",
      "manual-action/MDN-sent-automatically; displayed", "us-ascii"),
  cat="automated", ok=False, uai=None, reg="pays-de-la-loire", plat=None,
  hard=False, lang="en",
  notes="English Outlook read receipt ('Read: RE: ...'), disposition-notification; the subject still carries 'Forgot password'. Region from ac-nantes.fr.")

M("au10", client="server", date="2026-06-17 15:00", tz="-0400",
  frm=("Storyloom Education", "news@mail.storyloom-edu.com"),
  to="support@assistance.example.fr",
  subj="Summer Reading 2026: 40% off school-wide licenses \U0001F4DA",
  headers=[("List-Id", "Storyloom Education News <news.storyloom-edu.com>"),
           ("List-Unsubscribe", "<https://mail.storyloom-edu.com/u/8a71c2e4>, <mailto:unsubscribe@mail.storyloom-edu.com?subject=unsubscribe>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"), ("X-Campaign-ID", "summer26-eu-schools")],
  text="""Summer Reading 2026 is here!

Keep your students reading all summer long: get 40% off every school-wide Storyloom license ordered before July 31.

- 12,000+ English e-books and audiobooks, from beginner readers to YA
- Works on any device, offline too
- Reading reports for teachers and librarians

Already a customer through your library platform? Your discount will be applied automatically at renewal.

Claim your discount: https://storyloom-edu.com/summer26

You are receiving this email because you signed up for Storyloom news.
Unsubscribe: https://mail.storyloom-edu.com/u/8a71c2e4
Storyloom Education, Inc. - 100 Summer Street, Boston, MA 02110
""",
  html="""<html><body style="margin:0;background:#f4f1ea">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Georgia,serif">
<tr><td style="padding:32px"><h1 style="color:#2d4a3e">Summer Reading 2026 is here!</h1>
<p>Keep your students reading all summer long: get <b>40% off</b> every school-wide Storyloom license ordered before July 31.</p>
<ul><li>12,000+ English e-books and audiobooks, from beginner readers to YA</li>
<li>Works on any device, offline too</li><li>Reading reports for teachers and librarians</li></ul>
<p><a href="https://storyloom-edu.com/summer26" style="background:#2d4a3e;color:#fff;padding:12px 20px;text-decoration:none">Claim your discount</a></p>
<p style="font-size:11px;color:#777">You are receiving this email because you signed up for Storyloom news.
<a href="https://mail.storyloom-edu.com/u/8a71c2e4">Unsubscribe</a><br>Storyloom Education, Inc. - 100 Summer Street, Boston, MA 02110</p>
</td></tr></table></td></tr></table>
</body></html>
""",
  cat="automated", ok=False, uai=None, reg=None, plat=None,
  hard=False, lang="en",
  notes="English marketing newsletter from an e-book vendor: List-Id, one-click List-Unsubscribe, Precedence: bulk; emoji in the encoded subject.")

M("au11", client="server", date="2026-06-05 12:40",
  frm=("Mathilde Sarrazin", "mathilde.sarrazin@ac-bordeaux.fr"),
  to="docs-lycees33@listes.ac-bordeaux.fr",
  subj="[docs-lycees33] Mot de passe admin e-sidoc et adresse de contact obsolète",
  headers=[("Sender", "docs-lycees33-owner@listes.ac-bordeaux.fr"),
           ("List-Id", "Professeurs documentalistes des lycees de Gironde <docs-lycees33.listes.ac-bordeaux.fr>"),
           ("List-Post", "<mailto:docs-lycees33@listes.ac-bordeaux.fr>"),
           ("List-Unsubscribe", "<mailto:sympa@listes.ac-bordeaux.fr?subject=unsubscribe%20docs-lycees33>"),
           ("List-Archive", "<https://listes.ac-bordeaux.fr/sympa/arc/docs-lycees33>"),
           ("Precedence", "list"), ("X-Loop", "docs-lycees33@listes.ac-bordeaux.fr"),
           ("User-Agent", "Mozilla Thunderbird")],
  text="""Bonjour à toutes et à tous,

Petite question avant les vacances : quelqu'un a-t-il déjà eu le cas d'un mot de passe administrateur e-sidoc perdu alors que l'adresse de contact du compte est celle d'une collègue partie à la retraite ? Le lien de réinitialisation part chez elle…

Faut-il passer par le chef d'établissement, ou l'assistance peut-elle changer l'adresse directement ?

Merci pour vos retours !

Mathilde Sarrazin
Lycée Sud Médoc, Le Taillan-Médoc
{{U:0331974}}
""",
  cat="automated", ok=False, uai="{{U:0331974}}", reg="nouvelle-aquitaine", plat="esidoc",
  hard=True, lang="fr",
  notes="A librarian's real question about an e-sidoc password, but posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list, X-Loop): not written to us, never answered.")

M("au12", client="server", date="2026-06-24 07:15",
  frm=("Espace Acheteur", "noreply@espace-acheteur.example.fr"),
  to="support@assistance.example.fr",
  subj="Nouvelle demande de compte en attente de validation",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
  text="""Bonjour,

Une nouvelle demande de compte a été déposée sur l'Espace Acheteur et attend la validation de l'administrateur de la structure.

Structure : Lycée Louis Armand – Poitiers (UAI {{U:0861233}})
Demandeur : Mme Sarah Michaud (sarah.michaud@ac-poitiers.fr)
Profil demandé : Acheteur
Date de la demande : 23/06/2026 18:42

Cette structure n'ayant pas d'administrateur désigné, ce message est adressé à l'assistance.

Ceci est un message automatique, merci de ne pas y répondre.
""",
  cat="automated", ok=False, uai="{{U:0861233}}", reg="nouvelle-aquitaine", plat="espace_acheteur",
  hard=False, lang="fr",
  notes="No-reply Espace Acheteur notification to the desk (structure without an administrator), Auto-Submitted: auto-generated. UAI in the body.")

M("au13", client="server", date="2026-06-30 17:22",
  frm=("Signature électronique", "ne-pas-repondre@signature.example.fr"),
  to="support@assistance.example.fr",
  subj="Document signé par toutes les parties : Convention de groupement 2026-2027",
  text="""Bonjour,

Le document « Convention de groupement de commandes 2026-2027 – Lycée Jean Dupuy, Tarbes » a été signé par toutes les parties.

Signataires :
- Région Occitanie, le 29/06/2026 à 10:04
- Lycée Jean Dupuy, le 30/06/2026 à 17:21

Vous pouvez télécharger le document signé et son certificat de preuve depuis votre espace :
https://signature.example.fr/documents/7c2f91a8

Cordialement,
Le service de signature électronique
""",
  cat="automated", ok=False, uai=None, reg=None, plat="esignature",
  hard=True, lang="fr",
  notes="E-signature 'signed by all parties' notification without Auto-Submitted or Precedence: the no-reply sender and the wording show it is automatic.")

M("au14", client="server", date="2026-06-12 03:30",
  frm=("European School Education Platform", "no-reply@school-education.ec.europa.eu"),
  to="support@assistance.example.fr",
  subj="New message in your project \"Rivers of Europe\"",
  headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
  text="""Hello,

You have a new message from Iñigo Etxeberria in the project "Rivers of Europe":

"Hi all! The dates for the October mobility in Bayonne are confirmed: 5-9 October. Please upload your students' lists before 1 July."

Log in to the European School Education Platform to read and reply:
https://school-education.ec.europa.eu/en/projects

You receive this notification because your email address is registered on the platform. Manage your notification settings in your profile.
""",
  cat="automated", ok=False, uai=None, reg=None, plat=None,
  hard=False, lang="en",
  notes="English notification from the EU school-education platform (Auto-Submitted, Precedence: bulk), sent to the desk's address by mistake.")

M("au15", client="tb", date="2026-06-19 10:05",
  frm=("Nathalie Vergne", "nathalie.vergne@ac-limoges.fr"),
  subj="Re: [Assistance #A26-06-0655] Compte e-sidoc pour notre assistante / account for Emma",
  irt="<a26-06-0655.3.20260619100411@assistance.example.fr>",
  text="""Bonjour,

Je suis absente du CDI jusqu'au lundi 22 juin (jury du brevet puis formation). Je traiterai votre message à mon retour.

Pour toute urgence, merci de contacter la vie scolaire du collège.

Nathalie Vergne
Professeure documentaliste
""",
  cat="automated", ok=False, uai=None, reg="nouvelle-aquitaine", plat=None,
  hard=True, lang="fr",
  notes="Out-of-office sent by a client-side filter: no Auto-Submitted, no Precedence, only the wording shows it is automatic. Region from ac-limoges.fr.")

M("au16", client="roundcube", date="2026-06-27 09:33",
  frm=("Elena Rossi", "elena.rossi@ac-montpellier.fr"),
  subj="Absence / Out of office",
  irt="<a26-06-0701.2.20260627093210@assistance.example.fr>",
  headers=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk")],
  text="""Bonjour,
Je suis absente jusqu'au 6 juillet (voyage Erasmus+ avec les élèves de la section européenne). Je répondrai à votre message à mon retour.

Hello,
I am out of the office until 6 July (Erasmus+ trip with our European section students). I will reply to your message when I am back.

Elena Rossi
Lycée Frédéric Bazille, Montpellier
""",
  cat="automated", ok=False, uai=None, reg="occitanie", plat=None,
  hard=False, lang="fr",
  notes="Bilingual French/English Sieve vacation reply (Auto-Submitted: auto-replied (vacation)). Region from ac-montpellier.fr.")


def tlsrpt_mime(s):
    report = {
        "organization-name": "Microsoft Corporation",
        "date-range": {"start-datetime": "2026-06-20T00:00:00Z", "end-datetime": "2026-06-20T23:59:59Z"},
        "contact-info": "tlsrpt-noreply@microsoft.com",
        "report-id": "134265600000000000+assistance.example.fr",
        "policies": [{"policy": {"policy-type": "no-policy-found", "policy-domain": "assistance.example.fr"},
                      "summary": {"total-successful-session-count": 412, "total-failure-session-count": 0}}],
    }
    gz = gzip.compress(json.dumps(report).encode("ascii"), mtime=0)
    human = text_part("This is an aggregate TLS report from Microsoft Corporation.\n", "plain", "us-ascii", "7bit")
    att = attachment("microsoft.com!assistance.example.fr!1781913600!1782000000.json.gz",
                     "application/tlsrpt+gzip", gz)
    return multipart("report", [human, att], "TLSRPT_" + rhex(24), params="; report-type=tlsrpt")


M("au17", client="server", date="2026-06-21 06:12", tz="+0000",
  frm=(None, "tlsrpt-noreply@microsoft.com"),
  to="tlsrpt@assistance.example.fr",
  subj="Report Domain: assistance.example.fr Submitter: microsoft.com Report-ID: <134265600000000000+assistance.example.fr>",
  headers=[("TLS-Report-Domain", "assistance.example.fr"), ("TLS-Report-Submitter", "microsoft.com"),
           ("Auto-Submitted", "auto-generated")],
  mime=tlsrpt_mime,
  cat="automated", ok=False, uai=None, reg=None, plat=None,
  hard=False, lang="en",
  notes="SMTP TLS aggregate report (multipart/report; report-type=tlsrpt, gzip JSON attachment) delivered to the desk's mailbox.")

M("au18", client="server", date="2026-06-18 10:48",
  frm=("Assistance DSI - Rectorat de Bordeaux", "assistance-dsi@ac-bordeaux.fr"),
  to="support@assistance.example.fr",
  subj="[GLPI #0045871] Nouveau ticket : Accès messagerie - filtrage des messages entrants",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "OOF, DR, RN, NRN, AutoReply"),
           ("Precedence", "bulk"), ("X-Loop", "assistance-dsi@ac-bordeaux.fr")],
  text="""Bonjour,

Votre demande a bien été enregistrée par le service d'assistance de la DSI (ticket n° 0045871).

Titre : Accès messagerie - filtrage des messages entrants
Catégorie : Messagerie > Anti-spam
Statut : Nouveau

Un technicien prendra en charge votre demande dans les meilleurs délais. Vous pouvez suivre son avancement sur https://assistance.ac-bordeaux.fr/glpi/

Ce message est généré automatiquement, merci de ne pas y répondre.

Rectorat de l'académie de Bordeaux – DSI
""",
  cat="automated", ok=False, uai=None, reg="nouvelle-aquitaine", plat=None,
  hard=False, lang="fr",
  notes="Another help desk's automatic acknowledgement of a message the desk sent it (Auto-Submitted, X-Loop): answering would start a mail loop. Region from ac-bordeaux.fr.")

M("au19", client="server", date="2026-06-01 05:00",
  frm=("e-sidoc", "ne-pas-repondre@e-sidoc.example.fr"),
  to="support@assistance.example.fr",
  subj="Statistiques de fréquentation – mai 2026 – portail {{U:0850712}}",
  headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
  text="""Bonjour,

Voici le récapitulatif mensuel de fréquentation de votre portail e-sidoc (Collège Les Gondoliers, La Roche-sur-Yon – {{U:0850712}}) pour le mois de mai 2026.

Visites : 1 842
Notices consultées : 6 317
Prêts enregistrés : 412
Réservations en ligne : 57
Ressources numériques les plus consultées : Europresse (214), Universalis Junior (188)

Vous recevez ce message car cette adresse est déclarée comme contact du portail. Pour modifier le destinataire, rendez-vous dans Administration > Paramètres > Contacts.

Ceci est un message automatique, merci de ne pas y répondre.
""",
  cat="automated", ok=False, uai="{{U:0850712}}", reg="pays-de-la-loire", plat="esidoc",
  hard=False, lang="fr",
  notes="Monthly e-sidoc usage report sent to the desk (its address is set as the portal's contact): Auto-Submitted, Precedence: bulk. UAI in the subject and body.")

M("au20", client="outlook", date="2026-06-08 09:14",
  frm=("Gareth Price", "gareth.price@ac-bordeaux.fr"),
  subj="Recall: Invoice query - Cité scolaire internationale",
  text="""Gareth Price would like to recall the message, "Invoice query - Cité scolaire internationale".
""",
  text_only=True,
  cat="automated", ok=False, uai=None, reg="nouvelle-aquitaine", plat=None,
  hard=True, lang="en",
  notes="Outlook message-recall notice as received outside the sender's organisation: generated by the client, no Auto-Submitted, nothing to answer. Region from ac-bordeaux.fr.")

M("au21", client="server", date="2026-06-11 16:05", tz="+0100",
  frm=("Kestrel Readers Support", "support@kestrelreaders.co.uk"),
  to="support@assistance.example.fr",
  subj="[Kestrel Support] Request received: #48213 - Licence not visible on school portal",
  irt="<a26-06-0372.5.20260611170233@assistance.example.fr>",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
           ("X-Loop", "support@kestrelreaders.co.uk")],
  text="""Hello,

Thanks for getting in touch! This is an automated message to confirm that we've received your request (#48213). One of our team will get back to you within 2 working days.

In the meantime, you might find an answer in our Help Centre: https://help.kestrelreaders.co.uk

Please don't reply to this email – just add any extra information to your request using the link above.

Kestrel Readers Support
""",
  cat="automated", ok=False, uai=None, reg=None, plat=None,
  hard=False, lang="en",
  notes="English helpdesk auto-acknowledgement from a UK publisher (Auto-Submitted: auto-replied, X-Autoreply, X-Loop) to a message the desk sent it.")


# ===========================================================================
# write the corpus
# ===========================================================================
LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def label_of(s: dict, fname: str) -> dict:
    return {"file": fname, "category": s["cat"], "auto_reply_ok": s["ok"], "uai": s["uai"],
            "region": s["reg"], "platform": s["plat"], "hard": s["hard"], "lang": s["lang"],
            "notes": s["notes"]}


def generate() -> list[tuple[str, dict, dict]]:
    specs = [expand(s) for s in MAILS]
    rng.shuffle(specs)
    out = []
    for i, s in enumerate(specs, 1):
        fname = f"h{i:03d}.eml"
        raw = build(s)
        (HERE / fname).write_bytes(raw)
        out.append((fname, s, label_of(s, fname)))
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for _, _, lab in out:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    return out


# ===========================================================================
# self-checks on what was written
# ===========================================================================
CAND = re.compile(r"(?<![0-9A-Za-z])(\d(?:[ .]?\d){6})[ ]?([A-Za-z])(?![A-Za-z0-9])")


def uai_ok(code: str) -> bool:
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and check_letter(code[:7]) == code[7]


def all_text(msg) -> str:
    chunks = []
    for part in msg.walk():
        for k, v in part.items():
            if k.lower() in ("from", "to", "cc", "reply-to", "sender", "subject"):
                chunks.append(f"{k}: {v}")
        if part.get_content_maintype() == "text" and not part.is_multipart():
            try:
                content = part.get_content()
            except Exception as exc:  # pragma: no cover - reported by the assertion below
                raise AssertionError(f"undecodable text part: {exc}")
            if part.get_content_subtype() == "html":
                content = htmlmod.unescape(re.sub(r"<[^>]+>", " ", content))
            chunks.append(content)
    return "\n".join(chunks)


def check(rows) -> None:
    files = sorted(p.name for p in HERE.glob("h*.eml"))
    assert files == [f"h{i:03d}.eml" for i in range(1, 151)], "expected exactly h001.eml .. h150.eml"
    labels = [json.loads(x) for x in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(labels) == 150 and [x["file"] for x in labels] == files
    keys_seen = set()
    mids = set()
    for (fname, spec, _), lab in zip(rows, labels):
        assert list(lab) == LABEL_KEYS, (fname, list(lab))
        assert lab["category"] in CATEGORIES, (fname, lab["category"])
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), fname
        assert lab["platform"] in PLATFORMS, (fname, lab["platform"])
        assert lab["lang"] in LANGS, (fname, lab["lang"])
        assert isinstance(lab["notes"], str) and len(lab["notes"]) > 20, fname
        assert "{{" not in json.dumps(lab), (fname, "unexpanded token")
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, (fname, "category never auto-answered")
        assert lab["region"] is None or lab["region"] in REGION_TABLE, (fname, lab["region"])
        assert spec["key"] not in keys_seen
        keys_seen.add(spec["key"])

        raw = (HERE / fname).read_bytes()
        assert b"{{" not in raw, (fname, "unexpanded token in mail")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            assert not part.defects, (fname, part.get_content_type(), part.defects)
        assert msg["From"] and msg["Date"] and msg["Message-ID"], fname
        assert msg["Message-ID"] not in mids, (fname, "duplicate Message-ID")
        mids.add(msg["Message-ID"])
        assert email.utils.parsedate_to_datetime(msg["Date"]).year == 2026, fname
        if "mime" not in spec:
            body = msg.get_body(preferencelist=("plain", "html"))
            assert body is not None and body.get_content().strip(), (fname, "no readable body")

        # UAI codes in the mail: every check letter right unless declared wrong
        text = all_text(msg)
        found_ok, found_bad = set(), set()
        for m in CAND.finditer(text):
            code = re.sub(r"[ .]", "", m.group(1)) + m.group(2).upper()
            (found_ok if uai_ok(code) else found_bad).add(code)
        declared = {w.upper() for w in spec.get("wrong", [])}
        assert found_bad == declared, (fname, "wrong check letters", found_bad, declared)
        for w in declared:
            assert w in lab["notes"] and "wrong check letter" in lab["notes"], (fname, w)
        if lab["uai"] is None:
            assert not found_ok, (fname, "valid UAI in the mail but label uai is null", found_ok)
        else:
            assert uai_ok(lab["uai"]), (fname, lab["uai"])
            assert lab["uai"] in found_ok, (fname, lab["uai"], found_ok)

        # region: the UAI's département, else the académie domain of the sender, else null
        sender = email.utils.parseaddr(str(msg["From"]))[1].lower()
        dom = sender.rsplit("@", 1)[-1]
        if lab["uai"]:
            dept = lab["uai"][:3]
            assert dept in DEPT_REGION, (fname, dept)
            want = DEPT_REGION[dept]
        else:
            want = DOMAIN_REGION.get(dom)
        assert lab["region"] == want, (fname, lab["region"], want)

    cats = {}
    for lab in labels:
        cats[lab["category"]] = cats.get(lab["category"], 0) + 1
    assert set(cats) == CATEGORIES, ("missing categories", CATEGORIES - set(cats))
    n_en = sum(1 for x in labels if x["lang"] == "en")
    assert 38 <= n_en <= 52, ("English share", n_en)
    theme = {"nouvelle-aquitaine", "occitanie", "pays-de-la-loire", None}
    assert all(x["region"] in theme for x in labels), "regions outside the theme"
    print(f"holdout55: 150 mails, {n_en} in English; " +
          ", ".join(f"{k} {v}" for k, v in sorted(cats.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    assert len(MAILS) == 150, len(MAILS)
    rows = generate()
    check(rows)
