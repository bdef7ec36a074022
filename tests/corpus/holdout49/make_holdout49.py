#!/usr/bin/env python3
"""Write the holdout49 blind test corpus next to this script.

Theme: December 2025, the two weeks before the Christmas holidays (which start
on Saturday 20 December), in Hauts-de-France, Ile-de-France and Centre-Val de
Loire. Rushed staff: conseils de classe and bulletins, MailInBlack quarantines,
activation mails that never come, colleagues away with expired passwords,
orders that must be placed before the budget closes, formal letters from heads
of establishment, and some English from the foreign partners of international
sections.

Every mail below was written by hand. The script only wraps each text in the
headers and MIME structure of the mail client named in its spec, and labels it.
It uses the standard library only and is deterministic (random.Random with a
fixed seed): running it twice gives byte-identical files.

    python3 make_holdout49.py      # writes h001.eml ... h150.eml and labels.jsonl

The files are numbered in the order the mails arrived (Date header), so h001 is
the first mail of the fortnight. The script ends by checking its own output.
"""

from __future__ import annotations

import base64
import datetime as dt
import email
import email.header
import email.policy
import email.utils
import html as htmlmod
import io
import json
import quopri
import random
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 49_2025_12
rng = random.Random(SEED)

SUPPORT = "support@assistance.example.fr"
SUPPORT_TO = "Assistance <support@assistance.example.fr>"
MX = "mx1.assistance.example.fr"

# --------------------------------------------------------------------------
# taxonomy and regions (from shared/spec/taxonomy.md and regions.md)
# --------------------------------------------------------------------------

CATEGORIES = {
    "password_reset": "auto_reply",
    "missing_noreply_mail": "auto_reply",
    "mailinblack_spam": "auto_reply",
    "head_of_establishment_request": "human_review",
    "account_creation": "auto_reply",  # auto_reply or human_review
    "subscription_activation": "auto_reply",
    "order_billing": "human_review",
    "contract_documents": "human_review",
    "transfer_incident": "human_review",
    "automated": "ignore",
    "other": "human_review",
}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]

REGIONS = {
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
for _slug, (_depts, _domains) in REGIONS.items():
    for _d in _depts.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _dom in _domains.split():
        DOMAIN_REGION[_dom] = _slug

UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def uai_letter(digits: str) -> str:
    return UAI_LETTERS[int(digits) % 23]


def uai_ok(code: str) -> bool:
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and code[7] == uai_letter(code[:7])


# --------------------------------------------------------------------------
# small helpers for realistic headers
# --------------------------------------------------------------------------

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
PARIS = dt.timezone(dt.timedelta(hours=1))


def hexid(n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(n: int, alphabet: str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def fake_uuid(upper: bool = False) -> str:
    s = f"{hexid(8)}-{hexid(4)}-4{hexid(3)}-{rng.choice('89ab')}{hexid(3)}-{hexid(12)}"
    return s.upper() if upper else s


def rfc_date(t: dt.datetime, utc: bool = False, pad: bool = True) -> str:
    if utc:
        t = t.astimezone(dt.timezone.utc)
    day = f"{t.day:02d}" if pad else str(t.day)
    off = t.strftime("%z")
    return f"{DAYS[t.weekday()]}, {day} {MONTHS[t.month - 1]} {t.year} {t:%H:%M:%S} {off}"


def parse_when(when: str) -> dt.datetime:
    """'09 14:32' -> 9 December 2025 14:32 (Paris time), random seconds."""
    day, hm = when.split()
    h, m = hm.split(":")
    return dt.datetime(2025, 12, int(day), int(h), int(m), rng.randint(0, 59), tzinfo=PARIS)


def enc_header(value: str, charset: str = "utf-8", name: str = "Subject") -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        cs = "utf-8" if charset in ("us-ascii",) else charset
        return email.header.Header(value, cs, header_name=name).encode(maxlinelen=76, linesep="\n")


def enc_addr(value: str, charset: str = "utf-8") -> str:
    """'Name <a@b>' or 'a@b' (several separated by ', ') -> encoded header value."""
    out = []
    for name, addr in email.utils.getaddresses([value]):
        if not name:
            out.append(addr)
            continue
        try:
            name.encode("ascii")
            out.append(email.utils.formataddr((name, addr)))
        except UnicodeEncodeError:
            cs = "utf-8" if charset == "us-ascii" else charset
            out.append(email.utils.formataddr((name, addr), charset=cs))
    return ", ".join(out)


def addr_of(value: str) -> str:
    return email.utils.parseaddr(value)[1]


def domain_of(value: str) -> str:
    return addr_of(value).rsplit("@", 1)[-1].lower()


def ip() -> str:
    return f"{rng.choice(['192.0.2', '198.51.100', '203.0.113'])}.{rng.randint(2, 250)}"


FREEMAIL_RELAY = {
    "gmail.com": lambda: f"mail-{rng.choice(['wr1', 'wm1', 'ej1', 'lf1', 'ed1'])}-f{rng.randint(41, 99)}.google.com",
    "orange.fr": lambda: f"smtp{rng.randint(10, 99)}.smtpout.orange.fr",
    "wanadoo.fr": lambda: f"smtp{rng.randint(10, 99)}.smtpout.orange.fr",
    "free.fr": lambda: f"smtp{rng.randint(1, 9)}-g21.free.fr",
    "laposte.net": lambda: f"smtp-out{rng.randint(1, 9)}.laposte.net",
    "yahoo.fr": lambda: f"sonic{rng.randint(300, 320)}-{rng.randint(1, 40)}.consmr.mail.ir2.yahoo.com",
    "hotmail.fr": lambda: f"EUR{rng.randint(2, 5)}-AM{rng.randint(5, 7)}-obe.outbound.protection.outlook.com",
    "outlook.fr": lambda: f"EUR{rng.randint(2, 5)}-DB{rng.randint(5, 8)}-obe.outbound.protection.outlook.com",
    "icloud.com": lambda: f"st43p00im-zteg{rng.randint(10, 99)}{rng.randint(10, 99)}.me.com",
}


def relay_for(dom: str, client: str) -> str:
    if client in ("outlook", "outlook_html", "android"):
        if dom in DOMAIN_REGION:
            return f"smtp{rng.randint(1, 6)}.{dom}"
        if dom in FREEMAIL_RELAY:
            return FREEMAIL_RELAY[dom]()
        return f"{rng.choice(['PAUP264CU', 'PA4P264CU', 'MRWP264CU'])}{rng.randint(1, 9):03d}.outbound.protection.outlook.com"
    if dom in FREEMAIL_RELAY:
        return FREEMAIL_RELAY[dom]()
    if dom in DOMAIN_REGION:
        return f"smtp{rng.randint(1, 6)}.{dom}"
    return f"{rng.choice(['mail', 'smtp', 'mx-out', 'relay'])}.{dom}"


def auth_results(dom: str, auth: dict | None) -> str:
    a = {"dkim": "pass", "spf": "pass", "dmarc": "pass"}
    if auth:
        a.update(auth)
    lines = [f"Authentication-Results: {MX};"]
    if a["dkim"] == "none":
        lines.append("\tdkim=none;")
    else:
        lines.append(f"\tdkim={a['dkim']} (2048-bit key) header.d={a.get('dkim_d', dom)};")
    lines.append(f"\tspf={a['spf']} {a.get('spf_prop', 'smtp.mailfrom')}={a.get('mailfrom', dom)};")
    if a["dmarc"] == "none":
        lines.append("\tdmarc=none")
    else:
        pol = a.get("policy", "none")
        lines.append(f"\tdmarc={a['dmarc']} (p={pol} dis={'quarantine' if a['dmarc'] == 'fail' and pol != 'none' else 'none'}) header.from={dom}")
    return "\n".join(lines)


def mx_received(relay: str, t: dt.datetime) -> str:
    t2 = t + dt.timedelta(seconds=rng.randint(2, 40))
    return (
        f"Received: from {relay} ({relay} [{ip()}])\n"
        f"\tby {MX} (Postfix) with ESMTPS id 4{alnum(14)}\n"
        f"\tfor <{SUPPORT}>; {rfc_date(t2, pad=False)} (CET)"
    )


# --------------------------------------------------------------------------
# bodies: encodings and HTML renderings
# --------------------------------------------------------------------------


def encode_body(text: str, charset: str, cte: str) -> bytes:
    data = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    return data


def _split_quote(lines: list[str]):
    """Group lines into (depth, [lines]) blocks by their '>' prefix."""
    blocks: list[tuple[int, list[str]]] = []
    for line in lines:
        depth = 0
        rest = line
        while rest.startswith(">"):
            depth += 1
            rest = rest[1:]
            if rest.startswith(" "):
                rest = rest[1:]
        if blocks and blocks[-1][0] == depth:
            blocks[-1][1].append(rest)
        else:
            blocks.append((depth, [rest]))
    return blocks


def html_gmail(text: str) -> str:
    out = ['<div dir="ltr">']
    for depth, lines in _split_quote(text.split("\n")):
        inner = "".join(
            f"<div>{htmlmod.escape(x, quote=False)}</div>\n" if x.strip() else "<div><br></div>\n" for x in lines
        )
        for _ in range(depth):
            inner = ('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                     'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n' + inner + "</blockquote>\n")
        out.append(inner)
    out.append("</div>\n")
    return "".join(out)


def html_simple(text: str, font: str = "arial, helvetica, sans-serif; font-size: 12pt; color: #000000") -> str:
    out = [f'<html><body><div style="font-family: {font}">']
    for depth, lines in _split_quote(text.split("\n")):
        inner = "".join(
            f"<div>{htmlmod.escape(x, quote=False)}</div>" if x.strip() else "<div><br data-mce-bogus=\"1\"></div>"
            for x in lines
        )
        for _ in range(depth):
            inner = '<blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;">' + inner + "</blockquote>"
        out.append(inner + "\n")
    out.append("</div></body></html>\n")
    return "".join(out)


WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(charset)s">
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
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
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
	font-size:11.0pt;
	mso-fareast-language:EN-US;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="%(lang)s" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""


def html_word(text: str, charset: str, lang: str) -> str:
    out = [WORD_HEAD % {"charset": charset, "lang": "FR" if lang == "fr" else "EN-GB"}]
    for line in text.split("\n"):
        if line.strip():
            s = htmlmod.escape(line, quote=False)
            if line.startswith("De :") or line.startswith("From:"):
                out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n')
                out.append(f'<p class="MsoNormal"><b>{s.split(":", 1)[0]}:</b>{s.split(":", 1)[1]}<o:p></o:p></p>\n</div>\n')
            else:
                out.append(f'<p class="MsoNormal">{s}<o:p></o:p></p>\n')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)


def dummy_attachment(filename: str, ctype: str) -> bytes:
    if ctype == "application/pdf":
        return (
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n% " + filename.encode("utf-8")
            + b"\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
        )
    if ctype == "image/png":
        return base64.b64decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
        )
    if ctype == "application/zip":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            info = zipfile.ZipInfo(filename[:-4], date_time=(2025, 12, 15, 0, 0, 0))
            z.writestr(info, DMARC_XML)
        return buf.getvalue()
    return ("Document joint : " + filename + "\n").encode("utf-8")


DMARC_XML = """<?xml version="1.0" encoding="UTF-8" ?>
<feedback>
  <report_metadata>
    <org_name>google.com</org_name>
    <email>noreply-dmarc-support@google.com</email>
    <report_id>1928374655647382910</report_id>
    <date_range><begin>1765670400</begin><end>1765756799</end></date_range>
  </report_metadata>
  <policy_published><domain>assistance.example.fr</domain><p>none</p><pct>100</pct></policy_published>
  <record>
    <row><source_ip>203.0.113.25</source_ip><count>14</count>
      <policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated></row>
    <identifiers><header_from>assistance.example.fr</header_from></identifiers>
  </record>
</feedback>
"""


def attachment_part(boundary_lines: list[str], filename: str, ctype: str) -> None:
    data = dummy_attachment(filename, ctype)
    try:
        filename.encode("ascii")
        fn = f'filename="{filename}"'
        nm = f'name="{filename}"'
    except UnicodeEncodeError:
        fn = "filename*=utf-8''" + "".join(
            c if (c.isascii() and (c.isalnum() or c in "-_.")) else "".join(f"%{b:02X}" for b in c.encode("utf-8"))
            for c in filename
        )
        nm = 'name="' + email.header.Header(filename, "utf-8").encode() + '"'
    boundary_lines.append(f"Content-Type: {ctype}; {nm}")
    boundary_lines.append(f"Content-Disposition: attachment; {fn}")
    boundary_lines.append("Content-Transfer-Encoding: base64")
    boundary_lines.append("")
    boundary_lines.append(base64.encodebytes(data).decode("ascii").rstrip("\n"))


# --------------------------------------------------------------------------
# the mail builder
# --------------------------------------------------------------------------

CLIENTS = {
    # client: (default charset, default transfer encoding, html rendering or None)
    "thunderbird": ("UTF-8", "8bit", None),
    "roundcube": ("UTF-8", "8bit", None),
    "apple": ("utf-8", "quoted-printable", None),
    "iphone": ("utf-8", "quoted-printable", None),
    "gmail": ("UTF-8", "quoted-printable", "gmail"),
    "zimbra": ("utf-8", "quoted-printable", "simple"),
    "orange": ("UTF-8", "quoted-printable", "simple"),
    "outlook": ("Windows-1252", "quoted-printable", "word"),
    "outlook_html": ("Windows-1252", "quoted-printable", "word"),
    "android": ("utf-8", "base64", "simple"),
    "samsung": ("UTF-8", "base64", "simple"),
    "plain": ("us-ascii", "7bit", None),
}

SPECS: list[dict] = []


def add(key, category, ok, uai, region, platform, hard, lang, notes, **spec):
    """Register one hand-written mail and its label."""
    spec["key"] = key
    spec["label"] = {
        "category": category,
        "auto_reply_ok": ok,
        "uai": uai,
        "region": region,
        "platform": platform,
        "hard": hard,
        "lang": lang,
        "notes": notes,
    }
    SPECS.append(spec)


def build(spec: dict) -> bytes:
    if spec.get("client") == "raw":
        return build_raw(spec)
    client = spec["client"]
    lang = spec["label"]["lang"]
    charset, cte, html_kind = CLIENTS[client]
    charset = spec.get("charset", charset)
    cte = spec.get("cte", cte)
    t = spec["t"]
    frm = spec["frm"]
    dom = domain_of(frm)
    utc_date = client in ("outlook", "outlook_html")
    relay = spec.get("relay") or relay_for(dom, client)
    hdr_cs = charset.lower() if charset.lower() in ("iso-8859-1", "windows-1252", "iso-8859-15") else "utf-8"

    H: list[str] = []
    H.append(f"Return-Path: <{spec.get('return_path', addr_of(frm))}>")
    H.append(f"Delivered-To: {SUPPORT}")
    H.append(mx_received(relay, t))
    H.append(auth_results(spec.get("auth_domain", dom), spec.get("auth")))
    if (dom in DOMAIN_REGION or spec.get("submission")) and client not in ("outlook", "outlook_html"):
        H.append(
            f"Received: from [{rng.choice(['192.168.1.', '10.0.0.', '172.16.4.'])}{rng.randint(2, 250)}] (unknown [{ip()}])\n"
            f"\tby {relay} with ESMTPSA id {hexid(10).upper()}\n"
            f"\tfor <{SUPPORT}>; {rfc_date(t - dt.timedelta(seconds=3))}"
        )

    subject = spec["subject"]
    to = spec.get("to", SUPPORT_TO)
    cc = spec.get("cc")
    # Message-ID in the style of the client
    if client in ("outlook", "outlook_html"):
        box = f"{rng.choice(['PR1P264', 'PA4P264', 'MR1P264', 'PAWP264'])}MB{rng.randint(1000, 9999)}"
        mid = f"<{box}{hexid(32).upper()}@{box}.FRAP264.PROD.OUTLOOK.COM>"
    elif client == "gmail":
        mid = f"<CA{alnum(2)}{alnum(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=-')}@mail.gmail.com>"
    elif client in ("apple", "iphone"):
        mid = f"<{fake_uuid(True)}@{dom}>"
    elif client == "zimbra":
        mid = f"<{rng.randint(100000000, 999999999)}.{rng.randint(10000000, 99999999)}.{int(t.timestamp() * 1000)}.JavaMail.zimbra@{dom}>"
    elif client == "roundcube":
        mid = f"<{hexid(32)}@{dom}>"
    elif client == "orange":
        mid = f"<{rng.randint(100000000, 999999999)}.{rng.randint(100000, 999999)}.{int(t.timestamp() * 1000)}@ox.{dom}>"
    elif client in ("android", "samsung"):
        mid = f"<{alnum(12).upper()}{hexid(20).upper()}@{'outlook.com' if client == 'android' else dom}>"
    else:
        mid = f"<{fake_uuid()}@{dom}>"
    spec["message_id"] = mid

    top: list[str] = []
    if client in ("outlook", "outlook_html"):
        top.append(f"From: {enc_addr(frm, hdr_cs)}")
        top.append(f"To: {enc_addr(to, hdr_cs)}")
        if cc:
            top.append(f"CC: {enc_addr(cc, hdr_cs)}")
        top.append(f"Subject: {enc_header(subject, hdr_cs)}")
        top.append(f"Thread-Topic: {enc_header(spec.get('thread_topic', re.sub(r'^(RE|TR|Re|Fwd|AW|FW): ', '', subject)), hdr_cs, 'Thread-Topic')}")
        top.append(f"Thread-Index: {base64.b64encode(bytes(rng.randint(0, 255) for _ in range(22))).decode()}")
        top.append(f"Date: {rfc_date(t, utc=True, pad=False)}")
        top.append(f"Message-ID: {mid}")
        if spec.get("irt"):
            top.append(f"References: {spec.get('refs', spec['irt'])}")
            top.append(f"In-Reply-To: {spec['irt']}")
        top.append("Accept-Language: fr-FR, en-US" if lang == "fr" else "Accept-Language: en-GB, en-US")
        top.append("Content-Language: fr-FR" if lang == "fr" else "Content-Language: en-GB")
        top.append("X-MS-Has-Attach: " + ("yes" if spec.get("attach") else ""))
        top.append("X-MS-TNEF-Correlator: ")
        for h in spec.get("headers", []):
            top.append(h)
        top.append("MIME-Version: 1.0")
    else:
        if client == "gmail":
            top.append("MIME-Version: 1.0")
            top.append(f"From: {enc_addr(frm, hdr_cs)}")
            top.append(f"Date: {rfc_date(t)}")
            if spec.get("irt"):
                top.append(f"References: {spec.get('refs', spec['irt'])}")
                top.append(f"In-Reply-To: {spec['irt']}")
            top.append(f"Message-ID: {mid}")
            top.append(f"Subject: {enc_header(subject, hdr_cs)}")
            top.append(f"To: {enc_addr(to, hdr_cs)}")
            if cc:
                top.append(f"Cc: {enc_addr(cc, hdr_cs)}")
        else:
            top.append(f"Message-ID: {mid}")
            top.append(f"Date: {rfc_date(t)}")
            if client in ("apple", "iphone"):
                top.append("Mime-Version: 1.0 (1.0)" if client == "iphone" else "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))")
            else:
                top.append("MIME-Version: 1.0")
            if client == "thunderbird":
                top.append("User-Agent: Mozilla Thunderbird")
                top.append("Content-Language: " + ("fr" if lang == "fr" else "en-GB"))
            elif client == "roundcube":
                top.append("User-Agent: Roundcube Webmail/1.6.9")
            elif client == "zimbra":
                top.append("X-Mailer: Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF133 (Win)/9.0.0_ZEXTRAS_20240927)")
            elif client == "orange":
                top.append("X-Mailer: Open-Xchange Mailer v7.10.6-Rev71")
                top.append("X-Originating-Client: open-xchange-appsuite")
            elif client == "iphone":
                top.append("X-Mailer: iPhone Mail (22B91)")
            elif client == "apple":
                top.append("X-Mailer: Apple Mail (2.3826.300.87.4.3)")
            elif client == "samsung":
                top.append("X-Mailer: Samsung Mail")
            elif client == "android":
                top.append("X-Mailer: Outlook for Android")
            if spec.get("irt"):
                top.append(f"In-Reply-To: {spec['irt']}")
                top.append(f"References: {spec.get('refs', spec['irt'])}")
            top.append(f"To: {enc_addr(to, hdr_cs)}")
            if cc:
                top.append(f"Cc: {enc_addr(cc, hdr_cs)}")
            top.append(f"From: {enc_addr(frm, hdr_cs)}")
            top.append(f"Subject: {enc_header(subject, hdr_cs)}")
            if client == "zimbra":
                top.append(f"Thread-Topic: {enc_header(re.sub(r'^(RE|TR|Re|Fwd): ', '', subject), hdr_cs, 'Thread-Topic')}")
                top.append(f"Thread-Index: {base64.b64encode(bytes(rng.randint(0, 255) for _ in range(8))).decode()}")
        for h in spec.get("headers", []):
            top.append(h)

    body = spec.get("body", "")
    html_text = spec.get("html")
    html_only = client == "outlook_html" or spec.get("html_only", False)
    if html_text is None and (html_kind or html_only):
        if client in ("outlook", "outlook_html"):
            html_text = html_word(body, charset, lang)
        elif client == "gmail":
            html_text = html_gmail(body)
        else:
            html_text = html_simple(body)

    fmt = "; format=flowed" if client in ("thunderbird", "roundcube") and cte in ("8bit", "7bit") else ""
    text_ct = f"text/plain; charset={charset}{fmt}" if client not in ("gmail", "outlook") else f'text/plain; charset="{charset}"'
    html_ct = f'text/html; charset="{charset}"' if client in ("gmail", "outlook", "outlook_html") else f"text/html; charset={charset}"

    def text_part() -> list[str]:
        return [f"Content-Type: {text_ct}", f"Content-Transfer-Encoding: {cte}", "", encode_body(body, charset, cte).decode("latin-1").rstrip("\n")]

    def html_part() -> list[str]:
        return [f"Content-Type: {html_ct}", f"Content-Transfer-Encoding: {cte if cte != '8bit' else 'quoted-printable'}", "",
                encode_body(html_text, charset, cte if cte != "8bit" else "quoted-printable").decode("latin-1").rstrip("\n")]

    if html_only:
        main = html_part()
    elif html_text is not None and not spec.get("text_only"):
        if client == "gmail":
            b = f"000000000000{hexid(16)}"
        elif client in ("outlook",):
            b = f"_000_{box_boundary()}_"
        elif client == "zimbra":
            b = f"=_{fake_uuid()}"
        else:
            b = f"----={alnum(24)}"
        main = [f'Content-Type: multipart/alternative; boundary="{b}"', "", f"--{b}"] + text_part() + ["", f"--{b}"] + html_part() + ["", f"--{b}--"]
    else:
        main = text_part()

    attach = spec.get("attach", [])
    if attach:
        mb = f"----=_Part_{rng.randint(100000, 999999)}_{rng.randint(100000000, 999999999)}.{int(t.timestamp() * 1000)}"
        if client == "thunderbird":
            mb = f"------------{alnum(24)}"
        if client == "zimbra":
            mb = f"=_{fake_uuid()}"
        if client in ("apple", "iphone"):
            mb = f"Apple-Mail={fake_uuid(True)}"
        if client == "gmail":
            mb = f"000000000000{hexid(16)}"
        if client == "outlook":
            mb = f"_004_{box_boundary()}_"
        parts = [f'Content-Type: multipart/mixed; boundary="{mb}"', ""]
        if client not in ("gmail", "outlook"):
            parts.insert(1, "")
            parts.insert(2, "This is a multi-part message in MIME format.")
        parts += [f"--{mb}"] + main + [""]
        for fname, ctype in attach:
            parts.append(f"--{mb}")
            attachment_part(parts, fname, ctype)
            parts.append("")
        parts.append(f"--{mb}--")
        main = parts

    head = "\n".join(H + top)
    # the first element of main is the Content-Type header of the whole message
    content = "\n".join(main) + "\n"
    raw = head + "\n" + content
    return raw.encode("latin-1").replace(b"\n", b"\r\n")


def box_boundary() -> str:
    return f"{rng.choice(['PR1P264', 'PA4P264', 'MR1P264'])}MB{rng.randint(1000, 9999)}{hexid(12).upper()}FRAP"


def build_raw(spec: dict) -> bytes:
    """Automated mails written in full by hand: only the MX hop is added."""
    t = spec["t"]
    text = spec["raw"].lstrip("\n")
    frm = spec["frm"]
    dom = domain_of(frm)
    relay = spec.get("relay") or relay_for(dom, "plain")
    H = [f"Return-Path: {spec.get('return_path', '<' + addr_of(frm) + '>')}", f"Delivered-To: {SUPPORT}", mx_received(relay, t),
         auth_results(spec.get("auth_domain", dom), spec.get("auth"))]
    text = text.replace("%DATE%", rfc_date(t)).replace("%DATE_UTC%", rfc_date(t, utc=True, pad=False))
    for name, (kind, value, cs) in spec.get("fill", {}).items():
        if kind == "h":
            enc = enc_header(value, cs)
        elif kind == "addr":
            enc = enc_addr(value, cs)
        elif kind == "qp":
            enc = quopri.encodestring(value.encode(cs)).decode("ascii").rstrip("\n")
        elif kind == "b64":
            enc = base64.encodebytes(value.encode(cs) if isinstance(value, str) else value).decode("ascii").rstrip("\n")
        else:
            raise ValueError(kind)
        text = text.replace(f"%{name}%", enc)
    assert not re.search(r"%[A-Z_]{3,}%", text), spec["key"]  # every placeholder filled
    spec["message_id"] = (re.search(r"^Message-ID: (.*)$", text, re.M | re.I) or [None, None])[1]
    raw = "\n".join(H) + "\n" + text
    if not raw.endswith("\n"):
        raw += "\n"
    charset = spec.get("raw_charset", "utf-8")
    return raw.encode(charset).replace(b"\n", b"\r\n")


# ==========================================================================
# THE MAILS
# Each add() call: key, category, auto_reply_ok, uai, region, platform, hard,
# lang, notes, then how the mail looks: client, frm, when ('DD HH:MM',
# December 2025, Paris time), subject, body (or raw for automated mail).
# ==========================================================================

# ---------------------------------------------------------------- password_reset

add("pr01", "password_reset", True, "0592360V", "hauts-de-france", "esidoc", False, "fr",
    "Back-office password no longer accepted (changed in September and forgotten); UAI in the body, academic address: the standard reset path.",
    client="thunderbird", when="08 08:47",
    frm="Sophie Delannoy <sophie.delannoy@ac-lille.fr>",
    subject="Accès back-office e-sidoc refusé",
    body="""\
Bonjour,

Professeure documentaliste au lycée Gaston Berger à Lille (UAI 0592360V), je
n'arrive plus à entrer dans l'administration de notre portail e-sidoc depuis
ce matin : « identifiant ou mot de passe incorrect ». Je pensais pourtant
avoir le bon, je le tape depuis trois ans... Soit il a été changé, soit je
l'ai changé moi-même en septembre et je l'ai oublié, je ne sais plus.

Je voulais mettre en ligne la sélection de Noël avant les conseils de classe
qui vont m'occuper toute la semaine. Pouvez-vous m'envoyer de quoi le
réinitialiser ?

Merci d'avance,

-- 
Sophie Delannoy
Professeure documentaliste – CDI
Lycée Gaston Berger, Lille
""")

add("pr02", "password_reset", True, "0622455G", "hauts-de-france", "esidoc", True, "fr",
    "SMS style from a personal Gmail: account locked after three wrong passwords; UAI typed in lower case (0622455g). The stand-in (the librarian is off until January) is not the address on file, so the link goes to the official address and he is told where.",
    client="gmail", when="08 12:31",
    frm="Kevin Wattez <kevin.wattez62@gmail.com>",
    subject="esidoc bloqué",
    body="""\
bjr

jarrive plus a me co sur esidoc pour le cdi, mdp refusé 3 fois et mtn c bloqué
("compte verrouillé"). uai 0622455g, college du pays de l'aa

la doc est en arret jusqu'a la rentree et c moi qui gere les prets et le portail
en attendant (je suis AED). vous pouvez me dire koi faire ? merci

kevin
""")

add("pr03", "password_reset", True, "0912147P", "ile-de-france", "espace_acheteur", True, "fr",
    "Negation: 'ce n'est pas mon mot de passe le problème', it is the login (identifiant) the predecessor chose that nobody knows. A lost identifier is password_reset per the taxonomy; the order deadline is only context.",
    client="zimbra", when="08 14:05",
    frm="Nadia Benhamou <nadia.benhamou@ac-versailles.fr>",
    subject="Espace acheteur - identifiant ?",
    body="""\
Bonjour,

Ce n'est pas mon mot de passe le problème : je l'ai noté dans mon carnet, il
est bon. C'est l'identifiant. Ma prédécesseure avait créé le compte de
l'Espace acheteur avant de partir et personne ne sait ce qu'elle avait mis
comme identifiant. J'ai essayé mon adresse, l'adresse du collège, le nom du
collège... rien.

Je dois passer la commande de fournitures avant le 17 décembre, après le
budget est clos. Pouvez-vous me dire quel est l'identifiant du compte, ou me
permettre de le réinitialiser ?

Cordialement,

Nadia Benhamou
Adjointe gestionnaire
Collège Jean Vilar – Grigny (0912147P)
""")

add("pr04", "password_reset", True, "0450904N", "centre-val-de-loire", "esidoc", True, "fr",
    "Password expired on the account of the librarian who is on leave; the stand-in (CPE) cannot renew it. UAI written with a space in the signature ('0450904 N').",
    client="thunderbird", when="09 07:58",
    frm="Hélène Marchand <helene.marchand@ac-orleans-tours.fr>",
    subject="Mot de passe expiré - portail du CDI",
    body="""\
Bonjour,

Notre professeure documentaliste est en congé jusqu'aux vacances et c'est moi
qui assure l'intérim pour le portail e-sidoc (publication des nouveautés et
des horaires du CDI pendant les vacances). Elle m'avait laissé ses accès, mais
à la connexion j'ai un message « votre mot de passe a expiré » et on me demande
l'ancien pour en choisir un nouveau. Celui qu'elle m'a laissé n'est pas
accepté.

Comment pouvons-nous obtenir un nouveau mot de passe ? Je peux faire passer la
demande par le secrétariat de direction si besoin.

Bien à vous,

-- 
Hélène Marchand
CPE – Lycée Voltaire, Orléans
UAI 0450904 N
""")

add("pr05", "password_reset", True, "0781689M", "ile-de-france", "esidoc", False, "en",
    "English; British-section teacher locked the e-sidoc account with wrong attempts (keyboard layout); asks for an unlock or a reset link. UAI given.",
    client="apple", when="09 10:12",
    frm="Rachel Whitcombe <rachel.whitcombe@ac-versailles.fr>",
    subject="Locked out of the library portal",
    body="""\
Hello,

I teach in the British section and I look after the section's shelf on the school's e-sidoc portal while our librarian is away. This morning I typed the wrong password a few times (new keyboard, French layout...) and now the account is locked: "compte verrouillé, réessayez plus tard". It has been locked for over two hours.

Could you unlock it or send a reset link? Our school code is 0781689M.

Many thanks, and sorry for the trouble in such a busy week.

Rachel Whitcombe
British Section – Lycée International, Saint-Germain-en-Laye
""")

add("pr06", "password_reset", False, "0800472D", "hauts-de-france", "esidoc", True, "fr",
    "Lost admin password, but he asks for the new password to be sent to his personal Gmail address, which is not on file: the reset may only go to the address on file or the official one, so a person must answer (and refuse that part).",
    client="zimbra", when="09 16:44",
    frm="Thierry Caron <thierry.caron@ac-amiens.fr>",
    subject="mdp e-sidoc à envoyer sur mon adresse perso svp",
    body="""\
Bonjour,

Je pars demain en stage et ensuite ce sont les vacances. J'ai perdu le mot de
passe d'administration de notre e-sidoc (collège Arthur Rimbaud, Amiens,
0800472D) et j'aurais besoin de travailler dessus depuis chez moi pendant les
congés pour préparer la rentrée de janvier.

Pourriez-vous envoyer le nouveau mot de passe directement sur ma boîte
personnelle, thierry.caron80@gmail.com ? Je ne consulte pas ma messagerie
académique pendant les vacances, et la boîte du collège encore moins.

Merci beaucoup,
T. Caron
Professeur documentaliste
""")

add("pr07", "password_reset", True, "0371399V", "centre-val-de-loire", "esidoc", False, "fr",
    "Reset link received at noon, opened after the conseil de classe, expired: asks for a new link. iPhone, quoted-printable.",
    client="iphone", when="09 21:48",
    frm="Julien Boutet <julien.boutet@ac-orleans-tours.fr>",
    subject="Lien expiré",
    body="""\
Bonsoir,

J'ai reçu le lien pour changer le mot de passe e-sidoc ce midi mais je n'ai pu l'ouvrir qu'en rentrant du conseil de classe, et il est expiré. Pouvez-vous m'en renvoyer un ? Collège Anatole France, Tours, 0371399V.

Merci
Julien Boutet

Envoyé de mon iPhone
""")

add("pr08", "password_reset", True, "0932211Y", "ile-de-france", "espace_acheteur", False, "fr",
    "HTML-only Outlook (windows-1252): Espace Acheteur account locked after failed attempts. The year-end order is why it is urgent, not a second question.",
    client="outlook_html", when="10 08:16",
    frm="Fatoumata Diallo <fatoumata.diallo@ac-creteil.fr>",
    subject="Compte bloqué sur l’Espace acheteur – URGENT",
    body="""\
Bonjour,

Après plusieurs tentatives de connexion, mon compte sur l’Espace acheteur est bloqué (« trop de tentatives, compte verrouillé »). Je suis la gestionnaire du lycée Suger à Saint-Denis (UAI 0932211Y).

Je dois absolument valider notre commande de manuels avant la clôture de l’exercice la semaine prochaine. Merci de me débloquer ou de m’envoyer un lien pour changer le mot de passe.

Cordialement,

Fatoumata Diallo
Gestionnaire matériel
Lycée Suger – 93200 Saint-Denis
Tél. : 01 48 13 60 00""")

add("pr09", "password_reset", False, "0801916Y", "hauts-de-france", "esidoc", True, "fr",
    "Two topics, numbered: lost back-office password (first) and a quote (devis) for the 2026 renewal (order_billing). A single template would answer only half.",
    client="zimbra", when="10 11:20",
    frm="Isabelle Lefort <isabelle.lefort@ac-amiens.fr>",
    subject="mot de passe + devis",
    body="""\
Bonjour,

Deux choses, désolée de tout mettre dans le même message, c'est la course
avant les vacances :

1) je n'ai plus le mot de passe du back-office e-sidoc (lycée Delambre à
Amiens, 0801916Y). Le lien « mot de passe oublié » part sur l'ancienne
adresse du CDI que plus personne ne consulte.

2) notre gestionnaire me demande un devis pour le renouvellement de
l'abonnement 2026, elle doit engager la dépense avant le 16 décembre.

Merci pour votre aide !
Isabelle Lefort
Documentaliste
""")

add("pr10", "password_reset", True, "0280849W", "centre-val-de-loire", "esidoc", True, "fr",
    "The secretariat (not the head) writes from the ce.<UAI>@ac-orleans-tours.fr address for the librarian and asks for the link on that official address. UAI only in the sender address.",
    client="zimbra", when="10 14:02",
    frm="Secrétariat Lycée Marceau <ce.0280849W@ac-orleans-tours.fr>",
    subject="Demande de réinitialisation du mot de passe e-sidoc",
    body="""\
Bonjour,

Je me permets de vous écrire depuis l'adresse fonctionnelle de
l'établissement à la demande de notre professeur documentaliste, M. Guérin,
qui ne parvient plus à se connecter à l'administration du portail e-sidoc
(mot de passe oublié).

Pourriez-vous envoyer le lien de réinitialisation sur cette adresse ? Je le
lui transmettrai dès réception.

Avec nos remerciements,

Le secrétariat de direction
Lycée Marceau – Chartres
""")

add("pr11", "password_reset", True, "0591674Z", "hauts-de-france", "esidoc", False, "fr",
    "Short Outlook for Android message, base64 text and HTML: forgotten e-sidoc admin password, UAI given as 'RNE'.",
    client="android", when="10 18:37",
    frm="Marc Vandenbussche <marc.vandenbussche@ac-lille.fr>",
    subject="Mot de passe",
    body="""\
Bonjour

Je ne me souviens plus du mot de passe admin d'e-sidoc. Pouvez-vous le réinitialiser ? Collège Lavoisier, Comines, RNE 0591674Z.

Merci
Marc

Obtenir Outlook pour Android
""")

add("pr12", "password_reset", False, "0771435S", "ile-de-france", "ecoledirecte", True, "fr",
    "Lost EcoleDirecte administrator password before the conseils de classe; explicitly NOT the daily maintenance password (which would be transfer_incident). The automatic reset path is for the portals' UAI login, so a person takes it, as with the EcoleDirecte case of the dev set.",
    client="thunderbird", when="11 07:40",
    frm="Olivier Moreau <olivier.moreau@ac-creteil.fr>",
    subject="EcoleDirecte : mot de passe administrateur perdu (conseils de classe)",
    body="""\
Bonjour,

Nos conseils de classe du premier trimestre commencent lundi et je n'ai plus
le mot de passe du compte administrateur EcoleDirecte de l'établissement. Je
précise : il ne s'agit PAS du mot de passe de maintenance du jour (celui-là
on sait où le trouver), mais bien de l'accès administrateur qui sert à ouvrir
la saisie des appréciations aux professeurs et à publier les bulletins.

Le collègue qui le gérait est en congé de formation jusqu'en janvier et ne
répond pas.

Collège Les Tilleuls, Melun – 0771435S

Merci de votre retour rapide,
-- 
Olivier Moreau
Référent numérique
""")

add("pr13", "password_reset", True, None, "hauts-de-france", "esidoc", True, "fr",
    "UAI typed as 0591087K: wrong check letter (the digits give 0591087L), so no UAI; region from the ac-lille.fr sender. Plain forgotten password, no accents; without a UAI the reply explains the head-of-establishment procedure.",
    client="roundcube", when="11 09:03", charset="US-ASCII",
    frm="Anne-Sophie Dufour <anne-sophie.dufour@ac-lille.fr>",
    subject="Mot de passe oublie - 0591087K",
    body="""\
Bonjour,

J'ai oublie le mot de passe de notre portail e-sidoc, je n'arrive plus a
acceder a l'espace de gestion. Notre identifiant est 0591087K.

Pouvez vous me renvoyer un lien ? Je suis seule au CDI jusqu'aux vacances
et les eleves attendent les nouveautes...

Merci
AS Dufour
College Jean Jaures - Lomme
""")

add("pr14", "password_reset", True, "0941646D", "ile-de-france", "esidoc", False, "fr",
    "Thunderbird forward of the reset mail whose link says it is no longer valid (probably opened by a link scanner first); asks for a new link. UAI in the subject and, lower case, in the forwarded URL.",
    client="thunderbird", when="11 09:20",
    frm="Sandrine Cohen <sandrine.cohen@ac-creteil.fr>",
    subject="Fwd: Réinitialisation de votre mot de passe e-sidoc (0941646D)",
    body="""\
Bonjour,

Je vous transfère le mail reçu ce matin. Quand je clique sur le lien j'ai
« Ce lien n'est plus valide ». Je l'ai pourtant ouvert dans la minute. Il me
faudrait un nouveau lien, ou une autre solution !

Sandrine Cohen
Professeure documentaliste, collège Romain Rolland, Ivry-sur-Seine


-------- Message transféré --------
Sujet : 	Réinitialisation de votre mot de passe e-sidoc
Date : 	Thu, 11 Dec 2025 07:58:12 +0100
De : 	no-reply@esidoc.example.fr
Pour : 	sandrine.cohen@ac-creteil.fr



Bonjour,

Une demande de réinitialisation du mot de passe a été faite pour le portail
0941646D.

Pour choisir un nouveau mot de passe, cliquez sur le lien ci-dessous (valable
12 heures) :
https://0941646d.esidoc.example.fr/admin/reset?t=Zq-hWmPxTrQe-vKbYnUcLs

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.
""")

add("pr15", "password_reset", True, "0752831V", "ile-de-france", "esidoc", False, "en",
    "English; the American-section coordinator never had the admin password ('I don't know the admin password at all'): the taxonomy's 'je ne connais pas mon mot de passe' case.",
    client="zimbra", when="11 13:27",
    frm="Daniel Hirsch <daniel.hirsch@ac-paris.fr>",
    subject="Password for the CDI portal",
    body="""\
Hi there,

I'm the coordinator of the American section at Lycée Honoré de Balzac
(0752831V). Our librarian asked me to update the section's reading list on
the library portal before the break, but I realise I don't know the admin
password at all – nobody ever gave it to me and she is on a school trip
until Friday.

What is the procedure to get one? I'm happy to go through the principal's
office if that is what it takes.

Best,
Dan Hirsch
""")

add("pr16", "password_reset", True, None, None, "espace_acheteur", True, "fr",
    "Town purchasing department: shared mailbox, the colleague who logged in retired, login and password unknown (FAQ case). Noyon is in the Oise, but there is no UAI and the sender domain is not an académie domain, so no region.",
    client="outlook", when="11 15:50",
    frm="Patrice Lemaire <p.lemaire@ville-noyon.fr>",
    subject="Connexion Espace acheteur impossible",
    body="""\
Bonjour,

Au service commande publique de la mairie, nous partageons à trois la même adresse pour l'Espace acheteur. Le collègue qui se connectait est parti à la retraite fin novembre, et nous ne connaissons ni l'identifiant exact ni le mot de passe.

Nous avons des commandes de fin d'année à passer pour les écoles (des jouets de Noël... non, je plaisante : fournitures et mobilier) avant la clôture budgétaire du 19.

Comment récupérer l'accès ?

Patrice Lemaire
Service de la commande publique
Ville de Noyon
""")

add("pr17", "password_reset", True, "0412388Y", "centre-val-de-loire", "esidoc", True, "fr",
    "Reply on a solved subscription_activation ticket (quoted), but the new message clearly asks something else: the new back-office password is lost. Per the taxonomy the new request wins.",
    client="thunderbird", when="12 08:55",
    irt="<SUP-018204.1764666840.a1c3e9@assistance.example.fr>",
    frm="Claire Pasquier <claire.pasquier@ac-orleans-tours.fr>",
    subject="Re: [#SUP-018204] Abonnement Europresse non visible",
    body="""\
Bonjour,

Merci, Europresse est bien apparu le lendemain comme vous l'aviez dit.

Autre souci maintenant, et je préfère répondre ici plutôt que de créer une
nouvelle demande : j'ai dû changer le mot de passe du back-office suite à
une alerte de sécurité du rectorat et... je ne retrouve plus le nouveau. Mon
gestionnaire de mots de passe ne l'a pas enregistré. Pouvez-vous me
renvoyer un lien de réinitialisation ?

Claire Pasquier
Lycée Augustin Thierry, Blois – 0412388Y

Le 02/12/2025 à 10:14, Assistance a écrit :
> Bonjour,
>
> Votre abonnement à Europresse a été commandé le 1er décembre. Les
> ressources sont activées dans un délai de 72 heures après la commande ;
> elles apparaîtront ensuite dans « Mes abonnements ».
>
> Cordialement,
> L'équipe d'assistance
""")

add("pr18", "password_reset", True, "0600780X", "hauts-de-france", "esidoc", False, "fr",
    "Three lines: forgotten password for 'le portail du CDI' (the e-sidoc library portal), UAI given.",
    client="roundcube", when="12 10:41",
    frm="Rémi Carpentier <remi.carpentier@ac-amiens.fr>",
    subject="mot de passe oublié",
    body="""\
Bonjour, mot de passe oublié pour le portail du CDI, UAI 0600780X. Merci.
R. Carpentier
""")

add("pr19", "password_reset", True, "0360344D", "centre-val-de-loire", "espace_acheteur", True, "fr",
    "Old Thunderbird, ISO-8859-1 8-bit. Stand-in for a gestionnaire on leave: the Espace Acheteur password expired, the change screen refuses every new one, now the account seems locked. A reset link answers it.",
    client="thunderbird", when="12 11:18", charset="ISO-8859-1",
    frm="Bernard Chevallier <bernard.chevallier@ac-orleans-tours.fr>",
    subject="Mot de passe expiré Espace acheteur",
    body="""\
Bonjour,

Je remplace notre adjointe gestionnaire, en congés jusqu'au 5 janvier. Elle
m'a confié l'accès à l'Espace acheteur pour suivre les dernières livraisons,
mais à la connexion on m'indique que le mot de passe a expiré et qu'il faut en
définir un nouveau. L'écran demande l'ancien mot de passe, que j'ai, puis
refuse le nouveau sans explication (« erreur »).

J'ai essayé quatre fois avec des mots de passe différents (12 caractères,
chiffres, majuscule, caractère spécial). Maintenant le compte semble bloqué.

Cité scolaire Jean Giraudoux - Châteauroux (0360344D)

Cordialement,
B. Chevallier
""")

add("pr20", "password_reset", True, "0592157Z", "hauts-de-france", "esidoc", False, "en",
    "English from the British-section coordinator: the absent librarian's password has expired and the old one is rejected at renewal; asks for a link to the registered address.",
    client="outlook", when="12 14:09", charset="us-ascii",
    frm="Gareth Pryce <gareth.pryce@ac-lille.fr>",
    subject="Expired password - library portal",
    body="""\
Good afternoon,

Apologies for writing in English, my written French is not up to this kind of message.

Our librarian (Mme Leroy) is on leave until January and asked me to post the holiday reading list for the international sections on the portal. When I log in with the details she gave me, e-sidoc says the password has expired and must be renewed, but the old password is then rejected.

Could you send a reset link to whichever address is registered for the school? Lycee Montebello, Lille - school code 0592157Z.

Kind regards,
Gareth Pryce
Coordinator, British International Section
""")

add("pr21", "password_reset", True, "0590151U", "hauts-de-france", "esidoc", True, "fr",
    "Contrast with missing_noreply_mail: the reset mail does arrive (three times), the link is refused ('jeton invalide ou expiré'). An invalid/expired reset link is password_reset.",
    client="zimbra", when="15 08:22",
    frm="Véronique Lemaire <veronique.lemaire@ac-lille.fr>",
    subject="lien de réinitialisation invalide",
    body="""\
Bonjour,

Avant que vous me répondiez de regarder dans les indésirables : le mail arrive
bien, aucun souci de ce côté-là, il est même arrivé trois fois. C'est le lien
qui ne fonctionne pas. J'obtiens « jeton invalide ou expiré » alors que je
clique dessus tout de suite.

Pouvez-vous réinitialiser le mot de passe de notre portail e-sidoc
vous-mêmes ou m'envoyer un lien qui marche ?

V. Lemaire
CDI – Lycée Louis Pasteur, Lille (0590151U)
""")

add("pr22", "password_reset", True, "0022195A", "hauts-de-france", "espace_acheteur", False, "fr",
    "Neither login nor password remembered after a year without using the Espace Acheteur; an order to validate before the year-end is the reason.",
    client="outlook", when="15 10:30",
    frm="Dubois Laurence <laurence.dubois@ac-amiens.fr>",
    subject="Identifiant et mot de passe oubliés",
    body="""\
Bonjour,

Je n'ai pas utilisé l'Espace acheteur depuis la commande de l'an dernier et je ne me souviens plus ni de mon identifiant ni de mon mot de passe. J'ai une commande de mobilier pour le CDI à valider avant la fin de l'exercice.

Merci de m'indiquer la marche à suivre.

Laurence Dubois
Secrétaire d'intendance
Lycée Henri Martin
02100 Saint-Quentin
UAI : 0022195A
""")

add("pr23", "password_reset", True, "0372614R", "centre-val-de-loire", "esidoc", True, "fr",
    "Admin account locked after too many tries (mixed up with the ENT password); UAI in lower case in the Apple Mail signature ('uai : 0372614r').",
    client="apple", when="16 17:05",
    frm="Mathilde Roy <mathilde.roy@ac-orleans-tours.fr>",
    subject="Compte bloqué",
    body="""\
Bonjour,

Mon compte d'administration e-sidoc est bloqué après trop d'essais (je confondais avec le mot de passe de l'ENT, classique...). Combien de temps avant qu'il se débloque ? Sinon pouvez-vous m'envoyer un lien pour le réinitialiser ?

Merci et bonnes fêtes en avance,

Mathilde Roy
prof doc – collège Pierre de Ronsard, Tours
uai : 0372614r
""")

# ---------------------------------------------------------------- missing_noreply_mail

add("mn01", "missing_noreply_mail", True, "0920147K", "ile-de-france", "espace_acheteur", False, "fr",
    "Espace Acheteur activation mail never came, junk folder checked three times; no anti-spam product named.",
    client="zimbra", when="10 09:12",
    frm="Sébastien Girard <sebastien.girard@ac-versailles.fr>",
    subject="Mail d'activation jamais reçu – Espace acheteur",
    body="""\
Bonjour,

J'ai créé mon compte sur l'Espace acheteur lundi. Le message indiquait qu'un
mail d'activation allait m'être envoyé : je n'ai rien reçu, ni dans la boîte
de réception ni dans les indésirables (j'ai regardé trois fois).

J'ai une commande de matériel de sciences à passer avant la clôture
budgétaire, c'est un peu pressé.

Lycée Jacques Prévert – Boulogne-Billancourt (0920147K)

Sébastien Girard
Adjoint gestionnaire
""")

add("mn02", "missing_noreply_mail", True, None, "hauts-de-france", "espace_acheteur", True, "fr",
    "Subject 'Mot de passe', but the forgotten-password tool works and the new-password mail never arrives; he says so himself. missing_noreply_mail, not password_reset. No UAI, region from ac-lille.fr.",
    client="zimbra", when="08 16:10",
    frm="Christophe Leroy <christophe.leroy@ac-lille.fr>",
    subject="Mot de passe",
    body="""\
Bonjour,

J'ai cliqué sur « mot de passe oublié » sur l'Espace acheteur, le site me dit
« un e-mail vous a été envoyé ». Rien. J'ai recommencé hier et ce matin :
toujours rien. Ce n'est donc pas vraiment le mot de passe le problème, c'est
que le mail ne vient pas.

Merci de regarder,
C. Leroy
Lycée professionnel Jean Prouvé, Roubaix
""")

add("mn03", "missing_noreply_mail", True, "0180177V", "centre-val-de-loire", "esidoc", True, "fr",
    "Names MailInBlack only to say the school does NOT have it; the customer-account confirmation mail never arrives, junk folder empty: missing_noreply_mail.",
    client="outlook", when="09 13:37",
    frm="Laure Perrin <laure.perrin@ac-orleans-tours.fr>",
    subject="Pas de mail de confirmation",
    body="""\
Bonjour,

Votre FAQ parle de MailInBlack, mais nous n'avons pas MailInBlack au collège : notre messagerie est la messagerie académique classique. Pourtant je ne reçois pas le mail de confirmation de création du compte client e-sidoc (pour la commande en ligne). Rien non plus dans le dossier Courrier indésirable.

Collège Jean Rostand, Bourges (0180177V)

Que faire ?

Laure Perrin
""")

add("mn04", "missing_noreply_mail", True, "0922100H", "ile-de-france", "espace_acheteur", False, "en",
    "English; English-section teacher signed up on the Espace Acheteur, activation email never arrived, spam checked.",
    client="gmail", when="11 12:02",
    frm="Emma Clarke <emma.clarke@ac-versailles.fr>",
    subject="Activation email not received",
    body="""\
Hello,

I signed up for a buyer account on the Espace Acheteur on Tuesday to order
the English section's books before the budget deadline. The page said an
activation email would be sent within minutes. Nothing has arrived - I have
checked spam and every folder. Could you resend it, or activate the account
manually?

Lycée de Sèvres (0922100H), English section.

Thanks a lot,
Emma Clarke
""")

add("mn05", "missing_noreply_mail", True, "0620579T", "hauts-de-france", "espace_acheteur", False, "fr",
    "The structure administrator never receives the no-reply 'account to validate' notifications although two colleagues are waiting.",
    client="thunderbird", when="09 09:45",
    frm="Jean-Marc Wattez <jean-marc.wattez@ac-lille.fr>",
    subject="notifications comptes à valider",
    body="""\
Bonjour,

Je suis l'administrateur de la structure pour le lycée Robespierre d'Arras
(0620579T) sur l'Espace acheteur. Deux collègues me disent avoir demandé un
compte la semaine dernière et attendre ma validation, or je n'ai reçu aucune
notification. D'habitude je reçois un mail de no-reply à chaque demande.

Nos filtres ne montrent rien. Pouvez-vous vérifier que les notifications
partent bien ?

Jean-Marc Wattez
Gestionnaire
""")

add("mn06", "missing_noreply_mail", False, "0601026P", "hauts-de-france", "espace_acheteur", True, "fr",
    "Reply (Outlook '-----Message d'origine-----') after the junk-folder answer: still nothing after 48 h, asks to go to the region. The template was already sent, so a person must follow up.",
    client="outlook", when="10 14:15",
    irt="<SUP-018377.1765188120.5be2d0@assistance.example.fr>",
    frm="Nathalie Caron <nathalie.caron@ac-amiens.fr>",
    subject="RE: [#SUP-018377] Mail d'activation non reçu",
    body="""\
Bonjour,

Comme convenu j'ai attendu 48 heures, j'ai vérifié les indésirables et ajouté votre adresse no-reply à mes contacts. Toujours rien. Pouvez-vous transmettre à la région ou activer le compte directement ? Je suis bloquée pour la commande de fin d'année.

Nathalie Caron
Collège Jules Michelet, Beauvais – 0601026P

-----Message d'origine-----
De : Assistance <support@assistance.example.fr> 
Envoyé : lundi 8 décembre 2025 11:02
À : Nathalie Caron <nathalie.caron@ac-amiens.fr>
Objet : [#SUP-018377] Mail d'activation non reçu

Bonjour,

Le message d'activation est envoyé par une adresse no-reply. Vérifiez votre dossier de courrier indésirable, marquez le message comme légitime et ajoutez l'expéditeur à vos contacts. Sans nouvelles de votre part sous 48 heures, nous reviendrons vers vous.

Cordialement,
L'équipe d'assistance
""")

add("mn07", "missing_noreply_mail", True, None, None, None, False, "fr",
    "Two lines from an Orange webmail: activation mail still not received after three days, spam checked. No product, no UAI, non-academic sender.",
    client="orange", when="13 19:26",
    frm="sylvie.b <sylvie.bertin59@orange.fr>",
    subject="activation",
    body="""\
bonjour
tjrs pas recu le mail d activation ??? ca fait 3 jours que j attends et j ai regardé dans les spams
sylvie bertin
""")

add("mn08", "missing_noreply_mail", True, "0452980V", "centre-val-de-loire", "esidoc", True, "fr",
    "Gmail forward from a personal address of a trainee's message: her e-sidoc account was created, the first-login link never came. The UAI is only in the forwarded signature; region from it (the sender is gmail.com).",
    client="gmail", when="15 20:14",
    frm="Pauline Guérin <pauline.guerin.doc@gmail.com>",
    subject="Fwd: premier accès e-sidoc",
    body="""\
Bonjour,

Je vous fais suivre le message de ma collègue stagiaire, qui n'a toujours pas
reçu le lien de première connexion depuis que je lui ai créé son compte
(vendredi). Elle a vérifié ses spams. Je vous écris de ma boîte perso car le
webmail académique est en maintenance ce soir.

Pauline Guérin

---------- Forwarded message ---------
De : Inès Rahmani <ines.rahmani@ac-orleans-tours.fr>
Date: lun. 15 déc. 2025 à 17:02
Subject: premier accès e-sidoc
To: Pauline Guérin <pauline.guerin.doc@gmail.com>


Coucou Pauline,
Toujours rien reçu pour me connecter à l'admin d'e-sidoc. Tu peux voir avec
l'assistance ?
Bises
Inès

--
Inès Rahmani
Professeure documentaliste stagiaire
Lycée Jean Zay – Orléans (0452980V)
""")

add("mn09", "missing_noreply_mail", True, None, None, "espace_acheteur", True, "fr",
    "HTML-only Outlook from the Région's IT for lycées: no Espace Acheteur automatic mail since Monday; they name their Vade gateway, not MailInBlack, so the MailInBlack guide does not apply and the no-reply allow-list answer does. Non-academic domain, no UAI: no region.",
    client="outlook_html", when="10 10:48",
    frm="Karim Bensaïd <karim.bensaid@hautsdefrance.fr>",
    subject="Messages no-reply non distribués – lycées de la Région",
    body="""\
Bonjour,

Je suis technicien à la Direction des systèmes d’information de la Région (support des lycées). Depuis lundi, plusieurs lycées nous signalent ne plus recevoir les mails automatiques de l’Espace acheteur (activation de compte, nouveau mot de passe).

Nos passerelles Vade filtrent le courrier entrant des lycées. Avant d’ouvrir une exception, pouvez-vous nous communiquer l’adresse d’expédition exacte et les serveurs (IP ou domaine d’envoi) utilisés pour ces messages ?

Cordialement,

Karim Bensaïd
DSI – Pôle support des lycées
Région Hauts-de-France""")

add("mn10", "missing_noreply_mail", True, "0280943Y", "centre-val-de-loire", "esidoc", False, "fr",
    "Customer account opened for an online order: the announced validation mail (within 12 h) has not come after 26 h, spam included.",
    client="roundcube", when="12 09:31",
    frm="Franck Morin <franck.morin@ac-orleans-tours.fr>",
    subject="Commande en ligne : pas de mail de validation du compte client",
    body="""\
Bonjour,
Pour passer commande en ligne (renouvellement e-sidoc avant la clôture des
comptes), j'ai ouvert hier le compte client de l'établissement. On m'annonce
un mail de validation sous 12 heures : 26 heures plus tard, rien, spams
compris.
Lycée Rotrou, Dreux - 0280943Y
Cordialement
Franck Morin, adjoint gestionnaire
""")

add("mn11", "missing_noreply_mail", False, "0951972C", "ile-de-france", "espace_acheteur", True, "fr",
    "Two topics: the activation mail never came (main) and how to have invoices made out to the accounting group (order_billing). A single template answers only half.",
    client="outlook", when="16 09:05",
    frm="Amandine Roussel <amandine.roussel@ac-versailles.fr>",
    subject="Activation + adresse de facturation",
    body="""\
Bonjour,

Je n'ai jamais reçu le mail d'activation de mon compte sur l'Espace acheteur (créé jeudi dernier). Pouvez-vous le renvoyer ?

Par ailleurs, pour la commande que je passerai dès que j'aurai accès : la facture devra être libellée à l'ordre de l'agent comptable du groupement (lycée Camille Pissarro) et non du collège. Comment l'indiquer ?

Amandine Roussel
Collège Chabanne, Pontoise – 0951972C
""")

add("mn12", "missing_noreply_mail", True, None, "hauts-de-france", "ticket_portal", False, "fr",
    "Ticket portal: the confirmation mail to set a password never arrived; junk folder checked.",
    client="thunderbird", when="16 11:47",
    frm="Guillaume Petit <guillaume.petit@ac-amiens.fr>",
    subject="Portail d'assistance : mail de confirmation",
    body="""\
Bonjour,

Je voulais suivre mes demandes sur votre portail d'assistance (tickets), je
me suis inscrit ce matin mais le mail de confirmation pour définir mon mot de
passe n'est pas arrivé. Indésirables vérifiés.

Bonne journée
G. Petit
Lycée Condorcet, Saint-Quentin
""")

add("mn13", "missing_noreply_mail", True, "0752507T", "ile-de-france", "espace_acheteur", False, "fr",
    "Offer alerts from the Espace Acheteur stopped arriving after the academic mailbox migration; other mail arrives.",
    client="zimbra", when="17 08:39",
    frm="Hugo Lambert <hugo.lambert@ac-paris.fr>",
    subject="Alertes offres Espace acheteur",
    body="""\
Bonjour,

Depuis la migration de nos boîtes académiques vers la nouvelle messagerie
(fin novembre), je ne reçois plus les alertes de nouvelles offres de
l'Espace acheteur, alors que je suis toujours abonné dans mon profil. Les
autres mails arrivent normalement. Pas de filtre particulier chez nous à ma
connaissance.

Merci,
Hugo Lambert
Intendance – Lycée Montaigne (0752507T)
""")

add("mn14", "missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
    "English; bursar of a private international school: account validated by the structure administrator, the set-your-password email never came. No UAI, non-academic domain.",
    client="outlook", when="17 10:15", charset="us-ascii",
    frm="Margaret O'Neill <m.oneill@ecole-internationale-ouest.fr>",
    subject="Buyer account - no email received",
    body="""\
Dear Support team,

Our school's buyer account on the Espace Acheteur was validated by the structure administrator yesterday morning (I can see the status "valide" in the confirmation she forwarded me). However, I never received the email with the link to set my password. Could you resend it to this address?

We would like to place our order before the Christmas closure on Friday.

With thanks,
Margaret O'Neill
Bursar
""")

add("mn15", "missing_noreply_mail", True, None, "ile-de-france", "esidoc", True, "fr",
    "UAI typed as 0931260R in the subject and body: wrong check letter (the digits give 0931260P), so no UAI; region from the ac-creteil.fr sender. The activation mail for the new portal's admin account never arrived.",
    client="zimbra", when="17 14:48",
    frm="Yasmine Haddad <yasmine.haddad@ac-creteil.fr>",
    subject="mail d'activation esidoc - collège 0931260R",
    body="""\
Bonjour,

Nous avons passé commande d'un portail e-sidoc pour le collège (nouvelle
documentaliste, nouveau portail !) et le mail d'activation du compte
administrateur n'est jamais arrivé. Pouvez-vous le renvoyer ?

Collège Elsa Triolet, 0931260R.

Cordialement
Y. Haddad
""")

add("mn16", "missing_noreply_mail", True, "0412714C", "centre-val-de-loire", "esidoc", False, "fr",
    "Pupils no longer receive e-sidoc's overdue reminders sent from the no-reply address: notifications from a no-reply address not arriving.",
    client="thunderbird", when="18 13:22",
    frm="Agnès Fournier <agnes.fournier@ac-orleans-tours.fr>",
    subject="Rappels de retard non reçus par les élèves",
    body="""\
Bonjour,

Depuis une quinzaine de jours, les élèves ne reçoivent plus les rappels de
retard envoyés par e-sidoc (ceux qui partent de l'adresse no-reply). Avant
les vacances, c'est pourtant le moment où je récupère les livres ! Les
adresses des élèves sont celles de l'ENT. Aucun message d'erreur de notre
côté.

Pouvez-vous vérifier l'envoi ?

Merci
Agnès Fournier, professeure documentaliste
Collège Bégon, Blois (0412714C)
""")

# ---------------------------------------------------------------- mailinblack_spam

add("mb01", "mailinblack_spam", True, "0592766L", "hauts-de-france", "espace_acheteur", True, "fr",
    "MailInBlack quarantine hides mail from parents, publishers and the Espace Acheteur activation mail; asks for the procedure to pass on to the Département's IT. UAI written with spaces ('059 2766 L').",
    client="thunderbird", when="08 10:26",
    frm="Céline Dhont <celine.dhont@ac-lille.fr>",
    subject="MailInBlack bloque tout !",
    body="""\
Bonjour,

Depuis que le Département a installé MailInBlack sur les boîtes des
collèges, c'est l'hécatombe : les mails des parents, ceux des éditeurs
(j'attendais des réponses pour les rencontres d'auteurs de janvier), et votre
mail d'activation de l'Espace acheteur, tout finit en quarantaine. Je ne vois
même pas toujours le mail récapitulatif.

Vous avez une procédure pour que vos messages passent ? Je transmettrai au
service informatique du Département.

-- 
Céline Dhont
Documentaliste – collège Maxence Van der Meersch, Tourcoing
UAI : 059 2766 L
""")

add("mb02", "mailinblack_spam", True, "0942452E", "ile-de-france", "espace_acheteur", False, "fr",
    "MAILINBLACK in capitals: order confirmations and the activation mail are quarantined; asks whether to allow the address or the domain.",
    client="outlook", when="08 15:12",
    frm="Rachid Amrani <rachid.amrani@ac-creteil.fr>",
    subject="MAILINBLACK - confirmations de commande en quarantaine",
    body="""\
Bonjour,

Nos confirmations de commande et le mail d'activation de l'Espace acheteur sont bloqués par MAILINBLACK (quarantaine). Je peux les libérer un par un mais je dois passer plusieurs commandes d'ici vendredi.

Quelle adresse ou quel domaine faut-il mettre en liste blanche ? L'adresse exacte ou tout le domaine ?

Cordialement
R. Amrani – gestionnaire
Collège Fernande Flagon, Valenton (0942452E)
""")

add("mb03", "mailinblack_spam", False, "0370419E", "centre-val-de-loire", "esidoc", True, "fr",
    "The sender-authentication challenge is described (click a link and copy letters to prove you are human) without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person checks before sending the guide.",
    client="zimbra", when="09 12:14",
    frm="Sophie Lebrun <sophie.lebrun@ac-orleans-tours.fr>",
    subject="Vos messages ne m'arrivent pas",
    body="""\
Bonjour,

Une collègue m'a fait remarquer que quand elle m'écrit, elle reçoit un mail
lui demandant de cliquer sur un lien et de recopier des lettres pour prouver
qu'elle est « un humain ». Je suppose que vos messages automatiques
(activation de mon compte e-sidoc) tombent sur la même chose, et comme un
robot ne clique pas... je ne reçois rien.

Je ne sais pas qui a mis ça en place, sans doute le rectorat ou la mairie ?
Que dois-je faire ?

Sophie Lebrun
Collège Michelet, Tours (0370419E)
""")

add("mb04", "mailinblack_spam", True, "0601616F", "hauts-de-france", None, False, "en",
    "English; the school's IT technician sees the activation emails quarantined by Mailinblack Protect and asks which senders to allow-list. Private school domain; region from the UAI. The product the activations come from is not said.",
    client="outlook", when="11 10:55", charset="us-ascii",
    frm="Liam Fletcher <l.fletcher@lycee-chantilly-international.fr>",
    subject="Activation emails held by Mailinblack",
    body="""\
Hi,

I'm the IT technician at our school. Our mail is filtered by Mailinblack Protect, and I can see in the admin console that the activation emails from your no-reply address are sitting in quarantine as "unknown sender" for two of our staff.

I would rather whitelist you properly than release them by hand every time. Which sending addresses and domains should I add to the allow list?

School UAI: 0601616F

Cheers,
Liam Fletcher
IT Support
""")

add("mb05", "mailinblack_spam", True, "0452239P", "centre-val-de-loire", "espace_acheteur", False, "fr",
    "Outlook forward ('TR:') of the daily Mailinblack quarantine digest: the forwarded part is machine text (it also holds a parent's mail), the outer message is a real question about allowing the Espace Acheteur sender.",
    client="outlook", when="16 08:12",
    frm="Éric Bouchard <eric.bouchard@ac-orleans-tours.fr>",
    subject="TR: Mailinblack - Vos messages en attente (3)",
    body="""\
Bonjour,

Je reçois ce récapitulatif tous les matins. Le mail « Votre compte Espace acheteur » que j'attends depuis lundi y figure. Si je clique sur « Libérer », il ne se passe rien. Comment faire pour que vos messages arrivent directement ?

Éric Bouchard
Gestionnaire – Lycée Pothier, Orléans (0452239P)

De : Mailinblack <noreply@mailinblack.com>
Envoyé : mardi 16 décembre 2025 07:00
À : Bouchard Eric <eric.bouchard@ac-orleans-tours.fr>
Objet : Vos messages en attente (3)

Bonjour,

3 messages attendent votre validation :

- no-reply@espace-acheteur.example.fr | Votre compte Espace acheteur | 15/12/2025 09:14
- newsletter@editions-lampion.fr | Nos coups de cœur de janvier | 15/12/2025 11:40
- famille.martin59@gmail.com | Rdv parents 2nde 4 | 15/12/2025 18:22

Libérer | Autoriser l'expéditeur | Bloquer
""")

add("mb06", "mailinblack_spam", True, None, "ile-de-france", "espace_acheteur", False, "fr",
    "Phone message in SMS style, base64 (Outlook for Android): 'mail in black' spelled apart; the validation link in the notice does not work; asks for the procedure.",
    client="android", when="13 11:08",
    frm="Mélanie Traoré <melanie.traore@ac-creteil.fr>",
    subject="mails bloqués",
    body="""\
Bjr, vos mails sont bloqués par le mail in black du collège, g reçu une notif qui dit de valider l expediteur mais le lien marche pas. Vous pouvez m envoyer la procédure svp ? C'est pour le compte espace acheteur. Merci !!

Obtenir Outlook pour Android
""")

add("mb07", "mailinblack_spam", False, "0021132V", "hauts-de-france", "esidoc", True, "fr",
    "Two topics: activation and reset mails held by Mailinblack (main) and a quote for two more licences (order_billing). A single template answers only half.",
    client="zimbra", when="12 15:33",
    frm="Florence Vasseur <florence.vasseur@ac-amiens.fr>",
    subject="Mailinblack et devis",
    body="""\
Bonjour,

Notre collège a basculé sur Mailinblack la semaine dernière et vos messages
(activation, réinitialisation du compte e-sidoc) sont retenus : j'ai trouvé le
mail d'activation dans la quarantaine trois jours après. Avez-vous un guide à
transmettre à notre informaticien pour autoriser vos adresses ?

Et tant que je vous tiens : pourriez-vous m'établir un devis pour deux
licences supplémentaires ? Le budget ferme le 17.

Florence Vasseur
Collège Jean Mermoz, Laon – 0021132V
""")

add("mb08", "mailinblack_spam", True, "0622843D", "hauts-de-france", "esidoc", True, "fr",
    "Contrast: the junk folder was checked (nothing), 'en revanche' the school turns out to have Mailinblack and the activation mail sits expired in quarantine. Named product, so mailinblack_spam; the resend goes with the allow-list guide.",
    client="apple", when="15 13:45",
    frm="Thomas Gosselin <thomas.gosselin@ac-lille.fr>",
    subject="Toujours pas reçu le lien",
    body="""\
Bonjour,

Vous m'avez déjà répondu de regarder dans les indésirables : c'est fait, il n'y a rien. En revanche j'ai découvert hier que le collège a un Mailinblack (le référent numérique ne m'avait rien dit) et votre message est là, en quarantaine, périmé depuis longtemps.

Pouvez-vous me renvoyer le lien d'activation du compte client e-sidoc ? Je vais demander qu'on vous mette en liste blanche.

Thomas Gosselin
Collège Paul Verlaine, Béthune — 0622843D
""")

add("mb09", "mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
    "HTML-only Outlook from the Région Île-de-France digital service: Mailinblack rolled out on all lycées, Espace Acheteur mails held; asks for the sending addresses and domains. Non-academic domain, no UAI: no region.",
    client="outlook_html", when="12 16:20",
    frm="Service numérique des lycées <numerique.lycees@iledefrance.fr>",
    subject="Déploiement Mailinblack dans les lycées franciliens – domaines d’envoi",
    body="""\
Madame, Monsieur,

La Région Île-de-France déploie depuis le 1er décembre la solution Mailinblack sur les messageries administratives des lycées publics franciliens. Plusieurs établissements nous indiquent que les messages de l’Espace acheteur (activation de compte, réinitialisation de mot de passe, notifications de commande) sont retenus.

Afin de les ajouter à la liste des expéditeurs autorisés pour l’ensemble des lycées, pourriez-vous nous indiquer les adresses et domaines d’expédition utilisés par vos plateformes ?

Nous vous remercions par avance.

Bien cordialement,

Le service numérique des lycées
Pôle lycées – Région Île-de-France""")

add("mb10", "mailinblack_spam", True, "0800646T", "hauts-de-france", "esidoc", False, "fr",
    "Samsung mail, base64 text and HTML: Mailinblack asks her to validate each e-sidoc reservation notification by hand.",
    client="samsung", when="14 18:02",
    frm="Aurélie Petit <aurelie.petit@ac-amiens.fr>",
    subject="Mailinblack",
    body="""\
Bonjour,
A chaque fois que vous m'envoyez un mail (les notifications des réservations e-sidoc notamment), Mailinblack me demande de le valider à la main. Y a t il une manip pour que ce soit automatique ?
Merci
Aurélie Petit
CDI collège César Franck, Amiens 0800646T



Envoyé depuis mon appareil Galaxy
""")

add("mb11", "mailinblack_spam", True, "0780869W", "ile-de-france", None, True, "fr",
    "Reply quoting the junk-folder answer: nothing in junk, but their IT sees the messages in the MailInBlack quarantine. The product is now named, so the MailInBlack guide is the right answer. The quoted ticket does not say which product.",
    client="thunderbird", when="12 11:02",
    irt="<SUP-018512.1765528260.c04d7a@assistance.example.fr>",
    frm="Catherine Morel <catherine.morel@ac-versailles.fr>",
    subject="Re: [#SUP-018512] Pas de mail de réinitialisation",
    body="""\
Bonjour,

Rien dans les indésirables. Mais notre informaticien vient de me dire que
c'est MailInBlack qui retient vos messages : ils sont en quarantaine, il les
voit dans sa console. Il demande votre procédure pour vous autoriser
définitivement.

Catherine Morel
Lycée Jean Vilar, Plaisir – 0780869W

Le 12/12/2025 à 09:31, Assistance a écrit :
> Bonjour,
>
> Le message de réinitialisation part d'une adresse no-reply. Vérifiez votre
> dossier de courrier indésirable (spam), marquez le message comme légitime
> et ajoutez l'expéditeur à vos contacts.
>
> Cordialement,
> L'équipe d'assistance
""")

add("mb12", "mailinblack_spam", True, "0361064L", "centre-val-de-loire", None, False, "fr",
    "iPad: the subscription confirmation sat nine days in the MailinBlack quarantine; asks which addresses to allow before the January renewals. Product of the subscription not said.",
    client="iphone", when="17 07:51",
    frm="Denis Marchal <denis.marchal@ac-orleans-tours.fr>",
    subject="Quarantaine",
    body="""\
Bonjour,

Votre mail de confirmation de l'abonnement était en quarantaine MailinBlack, je l'ai récupéré par hasard ce matin (reçu il y a 9 jours !). Pouvez-vous me dire quelles adresses autoriser pour ne plus rater vos envois, surtout avec les renouvellements de janvier ?

Bien à vous,
Denis Marchal
Collège Rosa Parks, Châteauroux – 0361064L

Envoyé de mon iPad
""")

add("mb13", "mailinblack_spam", True, None, "hauts-de-france", "ticket_portal", False, "fr",
    "The ticket portal's answers land in the Mailinblack quarantine ('expéditeur non vérifié'); asks for the guide.",
    client="roundcube", when="18 10:06",
    frm="Antoine Delattre <antoine.delattre@ac-lille.fr>",
    subject="Réponses du portail d'assistance bloquées",
    body="""\
Bonjour,

Je ne vois jamais vos réponses à mes tickets sur le portail d'assistance :
je viens de comprendre qu'elles sont bloquées par Mailinblack (elles sont
dans ma quarantaine, expéditeur « non vérifié »). Pouvez-vous m'envoyer
votre guide pour les autoriser ?

A. Delattre
Lycée Pasteur, Lille
""")

add("mb14", "mailinblack_spam", True, "0750186V", "ile-de-france", "esidoc", True, "en",
    "English; the e-sidoc reset email was found in the Mailinblack quarantine after its link expired. Asks how to allow the messages and for a fresh link: one problem (the blocked reset mail), answered by the MailInBlack guide plus a new link.",
    client="gmail", when="18 12:40",
    frm="Sarah Klein <sarah.klein@ac-paris.fr>",
    subject="Password reset email in quarantine",
    body="""\
Hello,

I requested a new password for our library portal (e-sidoc) yesterday. The
email never reached my inbox, and this morning I found out why: it is in the
Mailinblack quarantine, and by the time I found it the link had expired.

Could you tell me how to allow your messages so this doesn't happen again?
And please send a fresh link if that is possible.

Sarah Klein
Lycée Victor Duruy (0750186V) - German/English sections
""")

add("mb15", "mailinblack_spam", True, "0411158L", "centre-val-de-loire", None, False, "fr",
    "He thought the desk never answered: all the replies sit in the lycée's MAILINBLACK quarantine. Apologises and asks how to allow-list the desk for good.",
    client="roundcube", when="19 09:14",
    frm="Jacques Pelletier <jacques.pelletier@ac-orleans-tours.fr>",
    subject="Jamais de réponse ?",
    body="""\
Bonjour,

Je croyais que vous ne répondiez pas à mes demandes (trois depuis
novembre...). Le proviseur adjoint vient de me montrer la quarantaine
MAILINBLACK du lycée : vos réponses y sont toutes, bien sagement. Toutes mes
excuses pour les relances un peu sèches.

Comment faire pour vous mettre en liste blanche une fois pour toutes ?

J. Pelletier
Lycée Camille Claudel, Blois – 0411158L
""")

# ---------------------------------------------------------------- head_of_establishment_request

add("he01", "head_of_establishment_request", False, "0592305K", "hauts-de-france", "esidoc", False, "fr",
    "Formal signed letter from the proviseur, from the ce.<UAI> address with passing DKIM/SPF: reset of the e-sidoc admin password and new contact address (the CDI's).",
    client="outlook", when="09 11:34",
    frm="Proviseur Lycée Henri Wallon <ce.0592305K@ac-lille.fr>",
    subject="Demande de réinitialisation du compte administrateur e-sidoc",
    body="""\
Madame, Monsieur,

Je soussigné, Philippe Verbeke, proviseur du lycée Henri Wallon de Valenciennes (UAI 0592305K), vous demande de bien vouloir :

- réinitialiser le mot de passe du compte administrateur du portail e-sidoc de l'établissement ;
- remplacer l'adresse de contact associée à ce compte par celle du CDI : cdi.wallon-valenciennes@ac-lille.fr.

Notre professeure documentaliste, mutée au 1er janvier, détenait seule ces accès. Sa remplaçante prendra ses fonctions à la rentrée.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Philippe Verbeke
Proviseur
Lycée Henri Wallon – 59300 Valenciennes
""")

add("he02", "head_of_establishment_request", False, "0930192D", "ile-de-france", "espace_acheteur", False, "fr",
    "The principal authorises in writing her adjointe gestionnaire to validate the CDI furniture order and any year-end order until 19 December: authorisation of an order.",
    client="zimbra", when="10 17:21",
    frm="Isabelle Nguyen <isabelle.nguyen1@ac-creteil.fr>",
    subject="Autorisation de validation de commande – collège Jean Jaurès",
    body="""\
Bonjour,

En ma qualité de principale du collège Jean Jaurès de Montreuil (0930192D),
j'autorise Mme Sabrina Khelifi, adjointe gestionnaire, à valider sur
l'Espace acheteur la commande de mobilier du CDI (panier enregistré le 10
décembre), ainsi que toute commande de fin d'exercice jusqu'au 19 décembre.

Je reste joignable au secrétariat pour toute confirmation.

Cordialement,

Isabelle Nguyen
Principale
""")

add("he03", "head_of_establishment_request", False, "0370563L", "centre-val-de-loire", "espace_acheteur", False, "fr",
    "From the ce.<UAI> address with a signed PDF: the proviseur names a new structure administrator from 19 December and asks to close the leaving one's access.",
    client="outlook", when="11 08:30",
    frm="Lycée Grandmont - Direction <ce.0370563L@ac-orleans-tours.fr>",
    subject="Changement d'administrateur de structure – Espace acheteur",
    attach=[("Designation_administrateur_Grandmont.pdf", "application/pdf")],
    body="""\
Bonjour,

Mme Patricia Robin, administratrice de notre structure sur l'Espace acheteur, quitte l'établissement le 19 décembre. Je désigne pour lui succéder M. Kevin Bourdin, secrétaire général, à compter de cette date, et vous demande de clôturer les accès de Mme Robin à la même date.

Vous trouverez en pièce jointe le courrier signé.

Bien cordialement,

Marc Delaunay
Proviseur du lycée Grandmont, Tours
0370563L
""")

add("he04", "head_of_establishment_request", False, "0912433A", "ile-de-france", "espace_acheteur", False, "en",
    "English; the Head of a private bilingual school (with a UAI) transfers the Espace Acheteur administrator rights and asks to close the former one's access; signed request attached. School domain, region from the UAI.",
    client="outlook", when="15 09:48", charset="utf-8",
    frm="Helen Marsh <h.marsh@bilingual-school-massy.fr>",
    subject="Change of administrator – written request",
    attach=[("Signed_request_administrator.pdf", "application/pdf")],
    body="""\
Dear Sir or Madam,

As Head of School of the Bilingual International School of Massy (UAI 0912433A), I hereby ask you to transfer the administrator rights of our Espace Acheteur account from Mr Paul Anselme, who left the school on 12 December, to our new finance officer, Ms Chloé Ferrand (c.ferrand@bilingual-school-massy.fr).

Please also close Mr Anselme's access. Our signed request is attached.

Yours faithfully,

Helen Marsh
Head of School
""")

add("he05", "head_of_establishment_request", False, "0620223F", "hauts-de-france", "esidoc", True, "fr",
    "The librarian relays the principal's signed letter (PDF) with the principal (ce.<UAI> address) in copy: it is the head's written request, relayed; staff check the letter and the sender.",
    client="thunderbird", when="12 13:14",
    frm="Lucie Deschamps <lucie.deschamps@ac-lille.fr>",
    cc="Principal collège Jean Zay <ce.0620223F@ac-lille.fr>",
    subject="Courrier du principal - réinitialisation e-sidoc",
    attach=[("courrier_principal_esidoc.pdf", "application/pdf")],
    body="""\
Bonjour,

Suite à votre réponse de la semaine dernière, je vous transmets le courrier
signé de M. le Principal demandant la réinitialisation du mot de passe
administrateur de notre portail e-sidoc et son rattachement à l'adresse
fonctionnelle du collège. Il est en copie de ce message.

Collège Jean Zay, Lens – 0620223F

Merci,
-- 
Lucie Deschamps
Professeure documentaliste
""")

add("he06", "head_of_establishment_request", False, "0601467U", "hauts-de-france", None, True, "fr",
    "Claims to be the proviseur, from a Gmail address, unsigned, urgent, and asks for every admin login and password to be mailed to that address: a probable fraud. Still a head-of-establishment request for the queue, where staff must refuse and check with the school. Mentions both e-sidoc and the Espace Acheteur, so no single platform.",
    client="gmail", when="13 22:47",
    frm="Proviseur Lycée Jean Calvin <proviseur.lyceecalvin@gmail.com>",
    subject="URGENT - accès administrateur",
    body="""\
Bonjour,

Je suis le proviseur du lycée Jean Calvin de Noyon (0601467U). Suite à un
problème de messagerie académique, merci de m'envoyer dès aujourd'hui les
identifiants et mots de passe administrateur de nos comptes e-sidoc et
Espace acheteur à cette adresse. C'est urgent, nos commandes doivent partir
avant la fermeture.

Je compte sur votre réactivité.

Le proviseur
""")

add("he07", "head_of_establishment_request", False, "0451594N", "centre-val-de-loire", "esidoc", True, "fr",
    "A primary-school head (directrice d'école) asks, from the school's ce.<UAI> address, to replace the former head's personal address on the e-sidoc (BCD) admin account. UAI only in the sender address.",
    client="zimbra", when="15 12:10",
    frm="Ecole élémentaire Les Acacias <ce.0451594N@ac-orleans-tours.fr>",
    subject="Portail BCD - changement d'adresse de contact",
    body="""\
Bonjour,

Je suis la directrice de l'école élémentaire Les Acacias à Saran. Notre
portail e-sidoc (BCD) est toujours rattaché à l'adresse personnelle de
l'ancienne directrice, partie en retraite. Je vous demande de remplacer cette
adresse par celle de l'école (celle d'où je vous écris) et de m'envoyer un
nouveau mot de passe.

Merci d'avance,
Corinne Lejeune
Directrice
""")

add("he08", "head_of_establishment_request", False, "0800313F", "hauts-de-france", "esidoc", False, "fr",
    "Reply (Zimbra 'Mail original' quote) in which the principal gives the written request the desk asked for; link to the official address.",
    client="zimbra", when="12 08:05",
    irt="<SUP-018455.1765467612.e28f19@assistance.example.fr>",
    frm="Bruno Lecomte <bruno.lecomte@ac-amiens.fr>",
    subject="Re: [#SUP-018455] Réinitialisation mot de passe e-sidoc",
    body="""\
Bonjour,

Comme vous me le demandez, je confirme par écrit, en tant que principal du
collège Édouard Lucas (Amiens, 0800313F), ma demande de réinitialisation du
mot de passe administrateur e-sidoc. Le lien peut être envoyé à l'adresse
officielle du collège.

Bruno Lecomte
Principal

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Bruno Lecomte" <bruno.lecomte@ac-amiens.fr>
Envoyé: Jeudi 11 Décembre 2025 16:40:12
Objet: [#SUP-018455] Réinitialisation mot de passe e-sidoc

Bonjour,

Nous ne pouvons pas envoyer de lien à une adresse qui n'est pas enregistrée
pour votre établissement. Le chef d'établissement doit nous adresser une
demande écrite.

Cordialement,
L'équipe d'assistance
""")

add("he09", "head_of_establishment_request", False, "0941690B", "ile-de-france", "esidoc", False, "fr",
    "The principal confirms from his iPhone, quoting the new librarian's request (Apple quote style), that the access may be reset and the link sent to the school's mailbox.",
    client="iphone", when="15 11:02",
    irt="<0F3C2A61-5B7E-4D19-9C2E-7A51D8E4B6F0@ac-creteil.fr>",
    frm="Frédéric Aubry <frederic.aubry@ac-creteil.fr>",
    cc="Marion Lefèvre <marion.lefevre@ac-creteil.fr>",
    subject="Re: Accès e-sidoc du collège",
    body="""\
Bonjour,
Je confirme ma demande : vous pouvez réinitialiser l'accès et envoyer le lien sur la boîte du collège.
F. Aubry, principal

Envoyé de mon iPhone

> Le 15 déc. 2025 à 10:12, Marion Lefèvre <marion.lefevre@ac-creteil.fr> a écrit :
> 
> Bonjour,
> 
> Je suis la nouvelle documentaliste du collège Henri Barbusse à Alfortville (0941690B). Personne ne connaît le mot de passe administrateur d'e-sidoc. Je mets M. Aubry, principal, en copie pour qu'il confirme.
> 
> Marion Lefèvre
""")

add("he10", "head_of_establishment_request", False, "0020964M", "hauts-de-france", "esignature", True, "fr",
    "From the ce.<UAI> address, the principal delegates in writing the e-signature of the 2026 membership convention to the adjointe gestionnaire and asks to change the envelope's signer. About a convention, but it is the head authorising something in writing.",
    client="outlook", when="12 17:40",
    frm="Principal du collège Gérard Philipe <ce.0020964M@ac-amiens.fr>",
    subject="Délégation de signature – convention d'adhésion",
    body="""\
Madame, Monsieur,

Absent de l'établissement du 15 au 19 décembre, je délègue à Mme Valérie Thuillier, adjointe gestionnaire, la signature électronique de la convention d'adhésion 2026 qui nous a été adressée par la plateforme de signature.

Je vous remercie de bien vouloir modifier le signataire de l'enveloppe en conséquence.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Alain Prévost
Principal du collège Gérard Philipe – Soissons (0020964M)
""")

add("he11", "head_of_establishment_request", False, "0181095T", "centre-val-de-loire", "esidoc", True, "fr",
    "Signed order form attached and 'Je soussigné ... proviseur, autorise' the librarian to finalise the Europresse order: looks like order_billing, but it is the head's written authorisation of an order.",
    client="thunderbird", when="16 10:22",
    frm="Jean-Pierre Aubert <jean-pierre.aubert@ac-orleans-tours.fr>",
    subject="Bon de commande signé - abonnement Europresse",
    attach=[("BC_Europresse_2026_signe.pdf", "application/pdf")],
    body="""\
Bonjour,

Vous trouverez ci-joint le bon de commande signé pour l'abonnement
Europresse 2026 du lycée Alain-Fournier (Bourges, 0181095T), à activer sur
notre portail e-sidoc.

Je soussigné Jean-Pierre Aubert, proviseur, autorise Mme Nadège Rolland,
professeure documentaliste, à finaliser la commande en ligne en mon nom.
Merci de la traiter avant la clôture de notre exercice (18 décembre).

Cordialement,

J.-P. Aubert
Proviseur
""")

add("he12", "head_of_establishment_request", False, "0782048C", "ile-de-france", "espace_acheteur", True, "fr",
    "The deputy head (proviseur adjoint) writes for the absent proviseur and at his request: change of the administrator account's contact address. The establishment's management asking in writing; staff check the delegation.",
    client="outlook", when="16 14:56",
    frm="Stéphane Roux <stephane.roux@ac-versailles.fr>",
    subject="Demande de changement d'adresse de contact – compte administrateur",
    body="""\
Madame, Monsieur,

Pour le proviseur, absent cette semaine, et à sa demande, je vous prie de bien vouloir remplacer l'adresse de contact du compte administrateur de l'Espace acheteur du lycée Les Sept Mares (Maurepas, 0782048C) : l'adresse actuelle est celle de notre ancienne gestionnaire. La nouvelle adresse est celle de l'intendance : int.0782048C@ac-versailles.fr.

Je reste à votre disposition.

Stéphane Roux
Proviseur adjoint
""")

add("he13", "head_of_establishment_request", False, "0770523A", "ile-de-france", "espace_acheteur", True, "fr",
    "HTML-only Outlook letter from the ce.0770523A@ac-creteil.fr address: close a departed agent's account and reset the administrator password, link to the official address. The signature gives 0770523B, a wrong check letter (the digits give 0770523A); the sender address carries the valid UAI, which is the label.",
    client="outlook_html", when="17 08:02",
    frm="Principal - Collège Louis Braille <ce.0770523A@ac-creteil.fr>",
    subject="Demande urgente : désactivation d’un compte et réinitialisation",
    body="""\
Madame, Monsieur,

Suite au départ, dans des conditions particulières, d’un agent de l’établissement, je vous demande de désactiver dès que possible son compte sur l’Espace acheteur (compte au nom de M. Lionel Barre) et de réinitialiser le mot de passe du compte administrateur de la structure, qu’il connaissait.

Le nouveau mot de passe devra être transmis à l’adresse officielle du collège, d’où je vous écris.

Je vous remercie de votre diligence.

Christine Valette
Principale
Collège Louis Braille – Esbly
UAI 0770523B""")

add("he14", "head_of_establishment_request", False, None, None, "esidoc", False, "fr",
    "A nursery-school head agrees, from a personal Gmail address, that a teacher becomes the administrator of the school's e-sidoc portal. Paris is named but there is no UAI and the sender is not academic: no region; weak evidence for staff to verify.",
    client="gmail", when="17 21:15",
    frm="Karim Slimani <karim.slimani75@gmail.com>",
    subject="accord pour l'administration du portail de la BCD",
    body="""\
Bonjour,

Je suis directeur de l'école maternelle de la rue Pajol (Paris 18e). Je vous
confirme mon accord pour que Mme Élodie Charpentier, enseignante, devienne
administratrice de notre portail e-sidoc à la place de Mme Gauthier, partie
en octobre.

Je vous écris de ma boîte personnelle car je n'ai pas accès à celle de
l'école depuis chez moi.

Bien cordialement,
Karim Slimani
""")

# ---------------------------------------------------------------- account_creation

add("ac01", "account_creation", True, "0952148U", "ile-de-france", "espace_acheteur", False, "fr",
    "Filled the sign-up form this morning; login says 'en attente de validation': the FAQ case (the structure administrator validates).",
    client="zimbra", when="08 11:52",
    frm="Julie Fontaine <julie.fontaine@ac-versailles.fr>",
    subject="Compte en attente",
    body="""\
Bonjour,

J'ai rempli le formulaire d'inscription de l'Espace acheteur ce matin. Quand
j'essaie de me connecter, un message m'indique que mon compte est « en
attente de validation ». Est-ce normal ? Qui doit le valider ?

Lycée Camille Pissarro, Pontoise (0952148U)
Julie Fontaine, secrétaire d'intendance
""")

add("ac02", "account_creation", False, "0622928W", "hauts-de-france", "espace_acheteur", False, "fr",
    "New adjoint gestionnaire asks who the structure's administrator is: a look-up, so a person answers.",
    client="outlook", when="09 14:28",
    frm="Maxime Vandamme <maxime.vandamme@ac-lille.fr>",
    subject="Qui est notre administrateur ?",
    body="""\
Bonjour,

Nouvel arrivant au collège (adjoint gestionnaire depuis novembre), je dois demander un compte sur l'Espace acheteur mais on me dit que c'est « l'administrateur de la structure » qui valide. Personne ici ne sait qui c'est. Pouvez-vous me donner son nom ?

Collège Lucie Aubrac, Calais – 0622928W

Maxime Vandamme
""")

add("ac03", "account_creation", True, "0372062R", "centre-val-de-loire", "espace_acheteur", True, "fr",
    "Negation: 'je n'ai pas perdu mon mot de passe : je n'ai jamais eu de compte'. Written from her former ac-versailles.fr address, but the UAI (Indre-et-Loire) gives the region, which wins over the sender domain.",
    client="thunderbird", when="10 15:40",
    frm="Élise Tessier <elise.tessier@ac-versailles.fr>",
    subject="Pas de mot de passe perdu, juste pas de compte !",
    body="""\
Bonjour,

Votre page de connexion me propose « mot de passe oublié », mais je n'ai pas
perdu mon mot de passe : je n'ai jamais eu de compte. Je suis arrivée au
collège à la Toussaint (mutation depuis Versailles, d'où cette adresse que
j'utilise encore) et je voudrais pouvoir consulter les offres et préparer
une commande sur l'Espace acheteur.

Comment créer un compte ?

Élise Tessier
Gestionnaire – collège Jules Romains, Saint-Avertin (0372062R)
""")

add("ac04", "account_creation", False, None, None, "espace_acheteur", False, "en",
    "English; a private school not under contract asks whether it is eligible for a buyer account: a person must check eligibility.",
    client="outlook", when="11 11:11", charset="us-ascii",
    frm="Tom Adeyemi <t.adeyemi@westfield-international.org>",
    subject="Opening a buyer account",
    body="""\
Good morning,

I joined Westfield International School (Rueil-Malmaison) as Business Manager in November. My predecessor told me French schools order through your buyer space. We are a private school not under contract with the State - are we eligible to open an account, and if so, how?

Kind regards,
Tom Adeyemi
Business Manager
""")

add("ac05", "account_creation", False, "0800087K", "hauts-de-france", "espace_acheteur", False, "fr",
    "Account waiting for validation since 3 December; the structure administrator is on sick leave until January: the region must step in, a person answers.",
    client="roundcube", when="12 12:44",
    frm="Pascale Boulanger <pascale.boulanger@ac-amiens.fr>",
    subject="compte en attente de validation depuis 10 jours",
    body="""\
Bonjour,
Mon compte Espace acheteur est « en attente de validation » depuis le 3
décembre. L'administratrice de notre structure est en arrêt maladie jusqu'en
janvier et personne d'autre ne peut valider, paraît-il. Or je dois commander
avant le 18. La région peut-elle valider à sa place ?
Pascale Boulanger
Lycée La Hotoie, Amiens - 0800087K
""")

add("ac06", "account_creation", False, "0752079C", "ile-de-france", "espace_acheteur", True, "fr",
    "Has an account, can fill baskets, but no 'Valider la commande' button: order-validation rights to open. Mentions orders, but the request is rights, which the taxonomy puts in account_creation.",
    client="outlook", when="15 15:17",
    frm="Léa Martinez <lea.martinez@ac-paris.fr>",
    subject="Droits de validation des commandes",
    body="""\
Bonjour,

J'ai bien un compte sur l'Espace acheteur et je peux faire des paniers, mais le bouton « Valider la commande » n'apparaît pas chez moi. Notre gestionnaire dit qu'il faut m'ouvrir les droits de validation. Pouvez-vous le faire, ou me dire qui peut le faire ? Nous avons deux commandes à valider avant vendredi.

Léa Martinez
Collège Georges Brassens, Paris 19e – 0752079C
""")

add("ac07", "account_creation", True, "0592370F", "hauts-de-france", "esidoc", False, "fr",
    "HTML-only Outlook: a new gestionnaire wants to open the customer account to order the e-sidoc renewal online.",
    client="outlook_html", when="16 13:30",
    frm="Dorothée Lambin <dorothee.lambin@ac-lille.fr>",
    subject="Ouverture d’un compte client",
    body="""\
Bonjour,

Je suis la nouvelle gestionnaire du collège Anne Frank à Lille (0592370F). Nous souhaitons commander en ligne le renouvellement de notre portail e-sidoc avant la fin de l’année. Je n’ai pas de compte client : comment l’ouvrir ?

Merci par avance,

Dorothée Lambin""")

add("ac08", "account_creation", False, "0451945V", "centre-val-de-loire", "esidoc", False, "fr",
    "A collège opened in September 2025: its UAI is not in the list when opening the customer account; the FAQ sends these to a person (sales team).",
    client="zimbra", when="17 16:33",
    frm="Romain Texier <romain.texier@ac-orleans-tours.fr>",
    subject="UAI introuvable à l'inscription",
    body="""\
Bonjour,

Notre collège a ouvert en septembre 2025 (collège des Longues Allées,
Saint-Jean-de-Braye). Quand je crée le compte client sur e-sidoc, notre
numéro UAI 0451945V n'apparaît pas dans la liste des établissements. Du coup
je ne peux pas aller plus loin.

Comment faire ? Nous voudrions commander avant la clôture de l'exercice.

Romain Texier, gestionnaire
""")

add("ac09", "account_creation", False, "0920811G", "ile-de-france", "esidoc", False, "fr",
    "Two part-time librarians ask whether each can have her own e-sidoc administrator account: a person answers.",
    client="apple", when="18 16:48",
    frm="Chloé Bernard <chloe.bernard@ac-versailles.fr>",
    subject="Deuxième compte administrateur ?",
    body="""\
Bonjour,

Nous sommes deux professeures documentalistes au lycée (mi-temps chacune). Est-il possible d'avoir chacune notre propre compte administrateur sur e-sidoc, plutôt que de partager le même identifiant ? Ce n'est pas urgent, mais ce serait plus simple pour la suite.

Merci !
Chloé Bernard
Lycée Michelet, Vanves – 0920811G
""")

# ---------------------------------------------------------------- subscription_activation

add("sa01", "subscription_activation", True, "0602432T", "hauts-de-france", "esidoc", False, "fr",
    "Cafeyn ordered yesterday afternoon, not yet in 'Mes abonnements': within the 72-hour window.",
    client="thunderbird", when="09 08:15",
    frm="Marie Leclercq <marie.leclercq@ac-amiens.fr>",
    subject="Abonnement Cafeyn pas encore visible",
    body="""\
Bonjour,

Nous avons commandé hier l'abonnement Cafeyn pour le CDI (commande validée
vers 15 h). Il n'apparaît pas encore dans « Mes abonnements » de notre
portail e-sidoc. Faut-il faire quelque chose de notre côté ?

Lycée Paul Langevin, Beauvais – 0602432T

Marie Leclercq
""")

add("sa02", "subscription_activation", True, "0940101Z", "ile-de-france", "esidoc", True, "fr",
    "Written by the principal, who only asks when the Universalis subscription ordered on Tuesday will be available: not a head-of-establishment request. Two days old, within 72 hours.",
    client="outlook", when="11 09:37",
    frm="Hervé Castel <herve.castel@ac-creteil.fr>",
    subject="Mise à disposition de l'abonnement Universalis",
    body="""\
Bonjour,

En tant que chef d'établissement, je souhaiterais savoir quand l'abonnement à Universalis commandé mardi par notre gestionnaire sera accessible aux élèves sur le portail e-sidoc. Les professeurs de lettres voulaient l'utiliser avec les classes avant les vacances.

Cordialement,

Hervé Castel
Principal – Collège Saint-Exupéry, Créteil (0940101Z)
""")

add("sa03", "subscription_activation", False, "0282035K", "centre-val-de-loire", "esidoc", True, "fr",
    "Ordered 4 December, still 'en attente d'activation' on the 12th: past the 72-hour rule, a person must look at the order. The subject gives 0282035X, a wrong check letter (the digits give 0282035K); the valid code in the signature is the label.",
    client="zimbra", when="12 10:05",
    frm="Valérie Hamon <valerie.hamon@ac-orleans-tours.fr>",
    subject="Abonnement toujours inactif - 0282035X",
    body="""\
Bonjour,

Nous avons commandé l'abonnement « Lire l'actu » (commande n° 2025-118734)
le 4 décembre. Aujourd'hui, 12 décembre, il est toujours indiqué « en attente
d'activation » sur notre portail. Votre FAQ parle de 72 heures...

Valérie Hamon, professeure documentaliste
Lycée Fulbert, Chartres — 0282035K
""")

add("sa04", "subscription_activation", True, "0620818C", "hauts-de-france", "esidoc", True, "fr",
    "Negation: 'je n'ai pas oublié mon mot de passe', the login works; the active Europresse resource is not visible to pupils (publication step).",
    client="thunderbird", when="15 16:02",
    frm="Bertrand Lemoine <bertrand.lemoine@ac-lille.fr>",
    subject="Ressource non visible pour les élèves",
    body="""\
Bonjour,

Je précise tout de suite, parce que votre formulaire m'a orienté vers « mot
de passe oublié » : je n'ai pas oublié mon mot de passe, je me connecte très
bien à l'administration du portail. Le problème, c'est que la ressource
Europresse, active depuis le 9, n'est pas visible pour les élèves sur
e-sidoc. Il y a une étape de publication que j'aurais ratée ?

Bertrand Lemoine
Collège Jean Macé, Boulogne-sur-Mer (0620818C)
""")

add("sa05", "subscription_activation", True, None, "ile-de-france", "esidoc", False, "fr",
    "Cafeyn is active in 'Mes abonnements'; how to show it on the portal's home page for pupils: publication of a resource.",
    client="zimbra", when="10 12:55",
    frm="Amélie Dufresne <amelie.dufresne@ac-paris.fr>",
    subject="publier Cafeyn",
    body="""\
Bonjour,
Notre abonnement Cafeyn est actif (je le vois dans « Mes abonnements »), mais
comment le faire apparaître sur la page d'accueil du portail e-sidoc pour les
élèves ?
Merci,
A. Dufresne, CDI du lycée Racine
""")

add("sa06", "subscription_activation", True, "0782498S", "ile-de-france", "esidoc", False, "en",
    "English; a press resource ordered through the library portal on Monday afternoon is not showing on Wednesday: within 72 hours.",
    client="gmail", when="17 09:26",
    frm="Kate Morrison <kate.morrison@ac-versailles.fr>",
    subject="New subscription not showing yet",
    body="""\
Hello,

Our school ordered a subscription to an English-language press resource (for
the international section) through our e-sidoc library portal on Monday
afternoon. It still isn't showing in the resources list. Is there a delay,
or did we miss a step?

Lycée Jeanne d'Albret, Saint-Germain-en-Laye - 0782498S

Thanks,
Kate Morrison
""")

add("sa07", "subscription_activation", False, "0801955R", "hauts-de-france", "esidoc", True, "fr",
    "Two numbered topics: Universalis ordered Monday not active yet (main, within 72 h) and a copy of the invoice for the accounting office (order_billing).",
    client="outlook", when="17 11:41",
    frm="Sylvain Mercier <sylvain.mercier@ac-amiens.fr>",
    subject="Abonnement non actif et facture",
    body="""\
Bonjour,

1. L'abonnement Universalis commandé lundi n'est toujours pas actif sur notre portail e-sidoc.
2. Pourriez-vous nous envoyer une copie de la facture correspondante ? L'agence comptable la réclame pour la clôture.

Cordialement,
Sylvain Mercier
Lycée Boucher de Perthes, Abbeville (0801955R)
""")

add("sa08", "subscription_activation", True, "0412041W", "centre-val-de-loire", "esidoc", True, "fr",
    "One SMS-style line: Cafeyn ordered yesterday not yet active on 'le portail' (e-sidoc, where Cafeyn subscriptions appear); UAI in lower case.",
    client="iphone", when="18 07:34",
    frm="Nicolas Gaillard <nicolas.gaillard@ac-orleans-tours.fr>",
    subject="abo",
    body="""\
Bjr, abonnement cafeyn commandé hier tjs pas actif sur le portail (0412041w). normal ?
Nico G. - CDI

Envoyé de mon iPhone
""")

add("sa09", "subscription_activation", True, "0932528T", "ile-de-france", "esidoc", True, "fr",
    "Reply on a quote (devis) ticket, Gmail French quote; the new message asks why the renewed subscription still shows 'expiré' two days after the order: subscription_activation within 72 h, not order_billing.",
    client="gmail", when="18 10:12",
    irt="<SUP-018290.1764854460.9f03b2@assistance.example.fr>",
    frm="Hakim Belkacem <hakim.belkacem@ac-creteil.fr>",
    subject="Re: [#SUP-018290] Devis renouvellement 2026",
    body="""\
Bonjour,

Merci pour le devis, la commande de renouvellement a été validée avant-hier
(mardi). Mais sur le portail e-sidoc l'abonnement est toujours marqué
« expiré » et les élèves n'ont plus accès aux ressources. Est-ce que ça va
se mettre à jour tout seul ?

Hakim Belkacem
Lycée Paul Robert, Les Lilas (0932528T)

Le jeu. 4 déc. 2025 à 14:21, Assistance <support@assistance.example.fr> a
écrit :

> Bonjour,
>
> Veuillez trouver ci-joint le devis n° D-2025-4471 pour le renouvellement de
> votre abonnement 2026, valable 30 jours.
>
> Cordialement,
> L'équipe d'assistance
""")

# ---------------------------------------------------------------- order_billing

add("ob01", "order_billing", False, "0621299A", "hauts-de-france", "esidoc", False, "fr",
    "Asks for a quote (devis) for the 2026 e-sidoc renewal so the bon d'engagement can be made before commitments close on 12 December.",
    client="thunderbird", when="08 09:18",
    frm="Caroline Duhamel <caroline.duhamel@ac-lille.fr>",
    subject="Demande de devis avant le 12/12",
    body="""\
Bonjour,

Pourriez-vous m'adresser un devis pour le renouvellement de notre portail
e-sidoc (abonnement 2026) ? Notre agent comptable doit établir le bon
d'engagement avant le 12 décembre, date à laquelle les engagements de
l'exercice seront clos.

Collège Victor Hugo, Saint-Omer – 0621299A

Merci d'avance,
-- 
Caroline Duhamel
Adjointe gestionnaire
""")

add("ob02", "order_billing", False, "0920102L", "ile-de-france", "espace_acheteur", False, "fr",
    "Order validation refused: 'montant dépasse le seuil autorisé' on a 4 860 EUR basket; budget closes on the 15th. Windows-1252 with the euro sign.",
    client="outlook", when="09 15:02",
    frm="Nicolas Perret <nicolas.perret@ac-versailles.fr>",
    subject="Impossible de valider le panier",
    body="""\
Bonjour,

Quand je clique sur « Valider la commande » sur l'Espace acheteur, j'obtiens « Le montant de la commande dépasse le seuil autorisé pour votre structure ». Le panier fait 4 860 € TTC. Il n'y a jamais eu de seuil jusqu'ici.

Le budget est clos le 15 : pouvez-vous regarder rapidement ?

Nicolas Perret
Gestionnaire – Lycée Richelieu, Rueil-Malmaison (0920102L)
""")

add("ob03", "order_billing", False, "0371096R", "centre-val-de-loire", "espace_acheteur", False, "fr",
    "Invoice for an Espace Acheteur order delivered on 21 November still not on Chorus Pro; the accountant wants to pay before the year-end closing.",
    client="zimbra", when="10 10:10",
    frm="Sandrine Lucas <sandrine.lucas@ac-orleans-tours.fr>",
    subject="Facture absente de Chorus Pro",
    body="""\
Bonjour,

La commande n° EA-2025-30918, passée sur l'Espace acheteur, a été livrée le
21 novembre, mais la facture n'est toujours pas déposée sur Chorus Pro.
Notre agent comptable veut mandater avant la clôture de l'exercice (dernier
délai le 19 décembre).

Pouvez-vous déposer la facture ou nous dire où elle en est ?

Sandrine Lucas
Secrétariat d'intendance – Lycée Choiseul, Tours (0371096R)
""")

add("ob04", "order_billing", False, "0600203V", "hauts-de-france", "espace_acheteur", False, "fr",
    "The year-end basket prepared in November has disappeared; asks whether it can be recovered before Friday.",
    client="roundcube", when="11 14:37",
    frm="Arnaud Carlier <arnaud.carlier@ac-amiens.fr>",
    subject="panier disparu",
    body="""\
Bonjour
J'avais préparé le panier de fin d'année sur l'Espace acheteur fin novembre
(une quarantaine de lignes, papeterie et produits d'entretien) en attendant
la décision modificative. Aujourd'hui le panier est vide. Y a-t-il moyen de
le récupérer ? Sinon je dois tout ressaisir avant vendredi...
Arnaud Carlier
Collège Françoise Dolto, Compiègne - 0600203V
""")

add("ob05", "order_billing", False, None, None, None, False, "en",
    "English; a school's finance officer wants to pay an invoice by card before their year-end closure and asks to confirm bank details (fraud worries). Product not named.",
    client="gmail", when="12 16:48",
    frm="Eleanor Price <finance@ecole-internationale-stcloud.org>",
    subject="Payment by card?",
    body="""\
Hello,

We received your invoice no. F-2025-11872 today. Our finance office closes
for the year on 19 December and we would like to settle it before then.
Is it possible to pay by credit card or online, rather than by bank
transfer? If a transfer is the only option, could you confirm your bank
details, as we have had fraud attempts recently?

Best regards,
Eleanor Price
Finance Officer
""")

add("ob06", "order_billing", False, "0911728J", "ile-de-france", "espace_acheteur", False, "fr",
    "The bon d'engagement upload fails at order validation (file over 2 MB); the scanned PDF is attached.",
    client="outlook", when="15 11:26",
    frm="Corinne Blanchard <corinne.blanchard@ac-versailles.fr>",
    subject="Erreur au dépôt du bon d'engagement",
    attach=[("BE_2025-0412_signe.pdf", "application/pdf")],
    body="""\
Bonjour,

Au moment de valider ma commande sur l'Espace acheteur, le dépôt du bon d'engagement échoue : « Fichier trop volumineux (max 2 Mo) ». Mon PDF fait 3,4 Mo car il est scanné avec la signature de l'ordonnateur. Je vous le joins : pouvez-vous l'associer à la commande ?

Corinne Blanchard
Lycée Robert Doisneau, Corbeil-Essonnes (0911728J)
""")

add("ob07", "order_billing", False, "0021960V", "hauts-de-france", "esidoc", False, "fr",
    "The invoice for the 2026 e-sidoc subscription ignores the 10 % discount on the quote; asks for a corrected invoice.",
    client="thunderbird", when="15 14:11",
    frm="Gilles Fontaine <gilles.fontaine@ac-amiens.fr>",
    subject="Facture : remise non appliquée",
    body="""\
Bonjour,

La facture reçue ce matin pour notre abonnement e-sidoc 2026 (1 340,00 € HT)
ne tient pas compte de la remise de 10 % indiquée sur le devis du 18
novembre. Pouvez-vous nous adresser une facture rectifiée ? Nous ne pourrons
pas la mandater en l'état.

Gilles Fontaine
Adjoint gestionnaire – Collège Jean Racine, Château-Thierry (0021960V)
""")

add("ob08", "order_billing", False, "0361388N", "centre-val-de-loire", "esidoc", False, "fr",
    "Not enough 2025 credit for both items: can one order give two invoices, December 2025 and January 2026?",
    client="zimbra", when="16 15:45",
    frm="Martine Roger <martine.roger@ac-orleans-tours.fr>",
    subject="Commande à cheval sur deux exercices",
    body="""\
Bonjour,

Nous voulons commander maintenant le renouvellement e-sidoc et l'abonnement
Cafeyn, mais nous n'avons plus assez de crédits sur 2025 pour les deux.
Est-il possible de passer une seule commande et d'avoir deux factures, l'une
datée de décembre 2025 et l'autre de janvier 2026 ? Ou faut-il faire deux
commandes ?

Martine Roger
Gestionnaire – Lycée Pierre et Marie Curie, Châteauroux (0361388N)
""")

add("ob09", "order_billing", False, "0940553R", "ile-de-france", "espace_acheteur", False, "fr",
    "HTML-only Outlook (windows-1252, euro sign): the group's accountant asks for three invoices to be reissued to the accounting office for Chorus Pro.",
    client="outlook_html", when="16 16:30",
    frm="Mohamed Kaci <mohamed.kaci@ac-creteil.fr>",
    subject="Libellé des factures – groupement comptable",
    body="""\
Bonjour,

Je suis l’agent comptable du groupement du lycée Guillaume Budé (Limeil-Brévannes). Les factures de l’Espace acheteur pour le collège Simone Veil (0940553R) sont adressées au collège, alors qu’elles doivent être libellées au nom de l’agence comptable pour être déposées sur Chorus Pro. Trois factures sont concernées (total 2 416,80 €).

Pouvez-vous les réémettre avant le 19 décembre ?

Mohamed Kaci
Agent comptable""")

add("ob10", "order_billing", False, None, None, "esidoc", True, "fr",
    "Quote request from a personal Gmail. The UAI is typed 0452903M: wrong check letter (the digits give 0452903L), so no UAI; the sender is gmail.com, so no region either, although Orléans is named.",
    client="gmail", when="14 17:20",
    frm="Laurent Besson <laurent.besson45@gmail.com>",
    subject="devis cafeyn + universalis",
    body="""\
Bonjour,

Je suis gestionnaire au collège Montesquieu d'Orléans (UAI 0452903M), je vous
écris de chez moi (c'est dimanche, mais le budget n'attend pas). Pouvez-vous
m'envoyer un devis pour Cafeyn
et Universalis, 2026, pour le portail e-sidoc ? J'ai jusqu'au 16 pour
engager.

Merci
Laurent Besson
""")

add("ob11", "order_billing", False, "0750903Z", "ile-de-france", "espace_acheteur", True, "fr",
    "Two topics: the same invoice received twice with two commitment numbers (main) and the membership convention missing from 'Mes marchés' (contract_documents).",
    client="zimbra", when="17 10:58",
    frm="Patricia Simon <patricia.simon@ac-paris.fr>",
    subject="Facture en double / convention",
    body="""\
Bonjour,

Nous avons reçu deux fois la même facture (n° F-2025-11409), une par
courrier et une sur Chorus Pro, avec deux numéros d'engagement différents.
Pouvez-vous annuler le doublon ? Nous ne voulons pas payer deux fois.

Autre chose : je ne trouve plus la convention d'adhésion dans « Mes
marchés ».

Patricia Simon
Intendance – Lycée Turgot (0750903Z)
""")

add("ob12", "order_billing", False, "0800521G", "hauts-de-france", "esidoc", True, "fr",
    "Outlook forward of the accountant's request for the supplier's bank details (RIB) to pay the e-sidoc invoice. Cité scolaire: the signature gives two UAIs, the lycée 0800521G (whose invoice it is, named in the body) and the collège 0800522H.",
    client="outlook", when="15 16:05",
    frm="Émilie Hénon <emilie.henon@ac-amiens.fr>",
    subject="TR: Coordonnées bancaires fournisseur",
    body="""\
Bonjour,

Je vous transfère la demande de notre agent comptable : il lui faut votre RIB pour mandater la facture de l'abonnement e-sidoc du lycée (0800521G) avant la clôture. Pouvez-vous nous l'envoyer, ou le déposer sur Chorus Pro ?

Merci
Émilie Hénon
Cité scolaire Amiral Lejeune, Amiens
Lycée 0800521G – Collège 0800522H

De : Benoît Ravel <benoit.ravel@ac-amiens.fr>
Envoyé : lundi 15 décembre 2025 09:12
À : Hénon Émilie <emilie.henon@ac-amiens.fr>
Objet : Coordonnées bancaires fournisseur

Bonjour Émilie,

Je n'ai pas le RIB du fournisseur pour la facture e-sidoc (F-2025-11688). Tu peux le leur demander ? Je clôture les mandats jeudi.

Benoît
""")

add("ob13", "order_billing", False, "0951457T", "ile-de-france", None, False, "fr",
    "Gmail (quoted-printable): Chorus Pro rejected the invoice for a missing legal commitment number; gives the number and asks for a new deposit. Product not named.",
    client="gmail", when="18 08:47",
    frm="Virginie Lopes <virginie.lopes@ac-versailles.fr>",
    subject="Facture rejetée par Chorus Pro",
    body="""\
Bonjour,

Votre facture F-2025-11950 a été rejetée par Chorus Pro : « numéro
d'engagement juridique absent ». Notre numéro d'engagement est le
2025-EJ-0871. Pouvez-vous redéposer la facture en l'indiquant ?

Nous clôturons les mandatements le 18 décembre, c'est-à-dire aujourd'hui...

Virginie Lopes
Secrétaire d'intendance
Collège Jean Moulin, Franconville (0951457T)
""")

# ---------------------------------------------------------------- contract_documents

add("cd01", "contract_documents", False, "0921902T", "ile-de-france", "espace_acheteur", False, "fr",
    "The market is listed in 'Mes marchés' but its Documents tab is empty: the convention cannot be read before the renewal.",
    client="zimbra", when="09 16:20",
    frm="Aurore Petitjean <aurore.petitjean@ac-versailles.fr>",
    subject="Convention introuvable dans Mes marchés",
    body="""\
Bonjour,

Pour préparer le renouvellement, je dois relire la convention du marché
« fournitures scolaires 2025-2027 » auquel nous avons adhéré. Elle
n'apparaît plus dans « Mes marchés » sur l'Espace acheteur : la ligne du
marché est là, mais l'onglet Documents est vide.

Lycée Lakanal, Sceaux (0921902T)
Aurore Petitjean
""")

add("cd02", "contract_documents", False, "0620602T", "hauts-de-france", "espace_acheteur", False, "fr",
    "Amendment no. 3 announced by letter is missing from the market's documents; the accountant needs it to pay at the new price.",
    client="outlook", when="11 16:12",
    frm="Olivier Debruyne <olivier.debruyne@ac-lille.fr>",
    subject="Avenant n°3 absent",
    body="""\
Bonjour,

Nous avons reçu le courrier annonçant l'avenant n° 3 au marché 2024-057 (produits d'entretien), mais cet avenant n'apparaît pas dans les documents du marché sur l'Espace acheteur. Notre agent comptable en a besoin pour payer les factures au nouveau tarif.

Olivier Debruyne
Gestionnaire, Lycée Carnot, Bruay-la-Buissière (0620602T)
""")

add("cd03", "contract_documents", False, None, "centre-val-de-loire", "espace_acheteur", False, "fr",
    "The BPU and CCAP of the furniture market give a 404 while the other documents open. No UAI, region from ac-orleans-tours.fr.",
    client="thunderbird", when="16 09:40",
    frm="Stéphanie Renard <stephanie.renard@ac-orleans-tours.fr>",
    subject="BPU du marché mobilier - erreur 404",
    body="""\
Bonjour,

Quand je clique sur le BPU ou le CCAP du marché « mobilier scolaire » dans
l'Espace acheteur, j'obtiens une page « 404 – document introuvable ». Les
autres documents du marché s'ouvrent. J'en ai besoin pour vérifier les prix
avant de passer commande cette semaine.

Merci,
Stéphanie Renard
""")

add("cd04", "contract_documents", False, None, None, "espace_acheteur", True, "en",
    "English; since the structure administrator changed, the conventions and amendments show 'Vous n'avez pas accès à ce document'. contract_documents, although the fix may be access rights (close to account_creation).",
    client="outlook", when="17 13:03", charset="utf-8",
    frm="Priya Raman <p.raman@lycee-franco-britannique.fr>",
    subject="Framework agreement documents not visible",
    body="""\
Hello,

Since our structure administrator changed last week, I can no longer see the framework agreement documents (the "conventions" and amendments) for the markets we joined. The markets are listed, but the documents section says "Vous n'avez pas accès à ce document".

Could you restore my access? I need them to check prices before our last orders of the year.

Regards,
Priya Raman
Procurement officer
""")

add("cd05", "contract_documents", False, "0600379L", "hauts-de-france", "espace_acheteur", False, "fr",
    "The acte d'engagement of a market opens as a blank 0 KB PDF from 'Mes marchés'.",
    client="roundcube", when="18 15:27",
    frm="Hélène Dupuis <helene.dupuis@ac-amiens.fr>",
    subject="Acte d'engagement vide",
    body="""\
Bonjour,
L'acte d'engagement du marché « ressources numériques 2025 » s'ouvre en page
blanche (PDF de 0 Ko) depuis Mes marchés sur l'Espace acheteur. Pourriez-vous
le remettre en ligne ?
Cordialement,
H. Dupuis, lycée Jules Uhry, Creil (0600379L)
""")

# ---------------------------------------------------------------- transfer_incident

add("ti01", "transfer_incident", False, "0020557V", "hauts-de-france", "ecoledirecte", False, "fr",
    "Last EcoleDirecte transfer is from Friday night; grades missing for parents and vie scolaire, conseils de classe on Thursday.",
    client="zimbra", when="08 13:40",
    frm="Vincent Lagache <vincent.lagache@ac-amiens.fr>",
    subject="Notes non transférées sur EcoleDirecte",
    body="""\
Bonjour,

Le dernier transfert vers EcoleDirecte date de vendredi soir. Depuis, les
notes saisies par les professeurs n'apparaissent plus côté parents ni côté
vie scolaire, et nos conseils de classe commencent jeudi. Dans Charlemagne,
l'onglet des transferts affiche « en attente » depuis trois jours.

Pouvez-vous regarder ce qui bloque ?

Vincent Lagache
Collège Condorcet, Guise (0020557V)
""")

add("ti02", "transfer_incident", False, "0752950Z", "ile-de-france", "ecoledirecte", True, "fr",
    "Asks for 'le mot de passe de maintenance du jour' to reindex the Charlemagne base (bulletins no longer generate) and says explicitly his own password is not lost: transfer_incident per the taxonomy, not password_reset.",
    client="outlook", when="10 17:48",
    frm="Pierre-Yves Colin <py.colin@notredame-paris15.fr>",
    subject="Mot de passe de maintenance du jour",
    body="""\
Bonjour,

Pourriez-vous me communiquer le mot de passe de maintenance du jour ? Je dois relancer la réindexation de la base Charlemagne : les bulletins ne se génèrent plus (« index corrompu ») et les conseils de classe ont lieu demain.

Attention, ce n'est pas mon mot de passe personnel que j'ai perdu, celui-là je l'ai.

Pierre-Yves Colin
Responsable informatique
Institution Notre-Dame, Paris 15e (0752950Z)
""")

add("ti03", "transfer_incident", False, "0411906Z", "centre-val-de-loire", "ecoledirecte", False, "fr",
    "HTML-only Outlook: 'Licence expirée' at Charlemagne start-up, no bulletins and no EcoleDirecte transfer: licence to regenerate. Private school domain, region from the UAI.",
    client="outlook_html", when="12 08:36",
    frm="Marie-Christine Hubert <mc.hubert@ndprovidence-blois.fr>",
    subject="Licence expirée - Charlemagne",
    body="""\
Bonjour,

Depuis ce matin, au lancement de Charlemagne, le message « Licence expirée » s’affiche et nous ne pouvons plus éditer les bulletins ni transférer vers EcoleDirecte. Nos conseils de classe commencent lundi.

Pouvez-vous régénérer notre licence ? Numéro d’établissement : 0411906Z.

Merci de votre aide rapide,

Marie-Christine Hubert
Secrétariat de direction
Institution Notre-Dame de la Providence – Blois""")

add("ti04", "transfer_incident", False, "0601206K", "hauts-de-france", "ecoledirecte", False, "fr",
    "After a weekend server migration every EcoleDirecte transfer fails ('Connexion refusée – vérifiez les paramètres proxy').",
    client="thunderbird", when="15 09:12",
    frm="Service informatique Saint-Vincent <informatique@saintvincent-senlis.fr>",
    subject="Transferts EcoleDirecte en échec depuis la migration du serveur",
    body="""\
Bonjour,

Nous avons migré le serveur Charlemagne ce week-end (nouvelle VM, Windows
Server 2022). Depuis, tous les transferts vers EcoleDirecte échouent avec
« Connexion refusée – vérifiez les paramètres proxy ». Le diagnostic de
l'outil bloque sur le test de connexion. Notre pare-feu laisse pourtant
passer le HTTPS sortant.

Faut-il redéclarer le serveur ou régénérer quelque chose ?

-- 
Service informatique
Lycée Saint-Vincent, Senlis – 0601206K
""")

add("ti05", "transfer_incident", False, "0771983M", "ile-de-france", "ecoledirecte", True, "fr",
    "Reply on an old password ticket (quoted): the password now works; the new question is the transfer (teachers' comments no longer reach EcoleDirecte since 5 December). The new request wins over the ticket's category.",
    client="thunderbird", when="16 12:20",
    irt="<SUP-018101.1764324300.0d8e6a@assistance.example.fr>",
    frm="Sabine Ferreira <s.ferreira@stjoseph-meaux.fr>",
    subject="Re: [#SUP-018101] Mot de passe administrateur",
    body="""\
Bonjour,

Le mot de passe fonctionne de nouveau, merci. Mais depuis, c'est le
transfert qui coince : les appréciations des professeurs ne remontent plus
sur EcoleDirecte (dernier transfert réussi le 5 décembre). Les parents
doivent recevoir les bulletins avant les vacances...

Sabine Ferreira
Collège Saint-Joseph, Meaux – 0771983M

Le 28/11/2025 à 11:05, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation a été envoyé à l'adresse enregistrée pour
> votre établissement (s***@stjoseph-meaux.fr). Il est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance
""")

add("ti06", "transfer_incident", False, "0370592T", "centre-val-de-loire", "ecoledirecte", True, "fr",
    "Negation: 'ce n'est pas un problème de mot de passe', parents log in fine; absences entered since Monday are not synchronised to EcoleDirecte.",
    client="apple", when="16 15:03",
    frm="Damien Poirier <d.poirier@saintmartin-tours.fr>",
    subject="Absences non synchronisées",
    body="""\
Bonjour,

Plusieurs parents nous appellent, mais ce n'est pas un problème de mot de passe : ils se connectent bien à EcoleDirecte. Ce sont les absences saisies depuis lundi qui n'y apparaissent pas. Côté Charlemagne tout est saisi. La synchronisation semble arrêtée depuis lundi 13 h.

Damien Poirier
CPE – Institution Saint-Martin, Tours (0370592T)
""")

add("ti07", "transfer_incident", False, "0802264B", "hauts-de-france", "ecoledirecte", False, "fr",
    "Outlook for Android, base64: transfer to EcoleDirecte interrupted since last night, conseil de classe tonight; asks to be called back.",
    client="android", when="18 12:05",
    frm="Xavier Delcourt <x.delcourt@sacrecoeur-amiens.fr>",
    subject="URGENT synchro EcoleDirecte",
    body="""\
Bonjour, la synchro vers EcoleDirecte est bloquée depuis hier soir 18h (message "transfert interrompu"), conseil de classe de 3e ce soir à 17h et les profs ne voient pas les moyennes. Pouvez-vous nous rappeler au 03 22 91 44 10 ? Sacré-Cœur Amiens 0802264B
X. Delcourt

Obtenir Outlook pour Android
""")

add("ti08", "transfer_incident", False, "0920709W", "ile-de-france", "ecoledirecte", True, "fr",
    "HTML-only Outlook from the head of a private school: bulletins published in Charlemagne yesterday are not visible on EcoleDirecte, the night transfer did not run. Written by the head, but it is not a head-of-establishment request.",
    client="outlook_html", when="19 08:20",
    frm="Bernadette Collin <direction@stemarie-antony.fr>",
    subject="Bulletins invisibles pour les familles",
    body="""\
Madame, Monsieur,

En tant que chef d’établissement, je me permets de vous alerter : les bulletins du premier trimestre, édités et publiés hier dans Charlemagne, ne sont pas visibles par les familles sur EcoleDirecte. Le transfert de la nuit semble ne pas avoir eu lieu.

Nous avions annoncé aux familles une mise en ligne avant les vacances. Je vous remercie de bien vouloir traiter cette demande en priorité.

Bernadette Collin
Cheffe d’établissement
Ensemble scolaire Sainte-Marie – Antony (0920709W)""")

# ---------------------------------------------------------------- other

add("ot01", "other", False, None, "hauts-de-france", "esidoc", True, "fr",
    "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear, but nothing is asked.",
    client="thunderbird", when="08 15:33",
    irt="<SUP-018340.1765180020.4a71c2@assistance.example.fr>",
    frm="Sophie Delannoy <sophie.delannoy@ac-lille.fr>",
    subject="Re: [#SUP-018340] Accès back-office e-sidoc refusé",
    body="""\
Merci beaucoup, c'est réglé : j'ai pu me reconnecter et changer le mot de
passe. La sélection de Noël est en ligne !

Bonne fin d'année à toute l'équipe,
Sophie

Le 08/12/2025 à 09:47, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
> connue pour votre établissement (c***@ac-****.fr). Il est valable 12
> heures.
>
> Cordialement,
> L'équipe d'assistance
""")

add("ot02", "other", False, None, None, None, True, "fr",
    "Phishing in HTML only: 'votre mot de passe expire aujourd'hui, conservez-le ici'. Mentions a password but is not password_reset; ac-lille-messagerie.com is a look-alike, not an académie domain, so no region; SPF softfail, no DKIM.",
    client="plain", when="09 06:12", html_only=True,
    auth={"dkim": "none", "spf": "softfail", "dmarc": "none"},
    frm="Messagerie academique <support@ac-lille-messagerie.com>",
    subject="Votre mot de passe expire aujourd'hui",
    html="""\
<html><head><meta charset="us-ascii"></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" align="center" style="border:1px solid #ccc"><tr><td style="padding:20px">
<p><b>Messagerie acad&eacute;mique &ndash; Avis important</b></p>
<p>Cher utilisateur,</p>
<p>Le mot de passe de votre bo&icirc;te acad&eacute;mique expire <b>aujourd'hui</b>.
Pour conserver l'acc&egrave;s &agrave; vos messages pendant les vacances de fin d'ann&eacute;e,
vous devez confirmer votre mot de passe actuel avant 23h59.</p>
<p style="text-align:center"><a href="https://ac-lille-messagerie.com/owa/keep?u=cdi" style="background:#0b5cad;color:#fff;padding:10px 18px;text-decoration:none">Conserver mon mot de passe</a></p>
<p>Sans action de votre part, votre bo&icirc;te sera d&eacute;sactiv&eacute;e et les messages supprim&eacute;s.</p>
<p>Service informatique</p>
</td></tr></table>
</body></html>
""")

add("ot03", "other", False, None, None, None, True, "fr",
    "Fake 'unpaid invoice' reminder from an unknown supplier with two PDFs and 'new bank details': fraud, not order_billing.",
    client="roundcube", when="10 07:03",
    auth={"dkim": "none", "spf": "pass", "dmarc": "none"},
    frm="Service Facturation <facturation@fournitures-scolaires-pro.net>",
    subject="Facture impayée n° FR-88213 – relance avant mise en demeure",
    attach=[("Facture_FR-88213.pdf", "application/pdf"), ("RIB_nouveau_compte.pdf", "application/pdf")],
    body="""\
Madame, Monsieur,

Sauf erreur de notre part, la facture ci-jointe (n° FR-88213, 3 912,40 €
TTC) reste impayée malgré nos précédentes relances.

Suite à un changement de banque, merci de procéder au règlement sous 48 h
sur le nouveau compte dont le RIB est joint. À défaut, le dossier sera
transmis à notre service contentieux avant la clôture de l'exercice.

Le service facturation
""")

add("ot04", "other", False, None, None, "ecoledirecte", True, "fr",
    "A parent cannot see her daughter's bulletin on EcoleDirecte while other parents can, and asks the desk to e-mail it: not school staff, and not a transfer failure (the others see theirs); the school must answer.",
    client="gmail", when="16 21:32",
    frm="Nadège Martin <nadege.martin.62@gmail.com>",
    subject="bulletin de ma fille",
    body="""\
Bonjour,

Je n'arrive pas à voir le bulletin du 1er trimestre de ma fille Léa (3e B,
collège Jean Jaurès) sur EcoleDirecte alors que le conseil de classe a eu
lieu lundi. Les autres parents l'ont, et mon identifiant marche.

Pouvez-vous me l'envoyer par mail ?

Merci
Nadège Martin
""")

add("ot05", "other", False, None, None, None, False, "en",
    "English cold pitch from an edtech start-up asking for a call: unrelated.",
    client="gmail", when="09 15:26",
    frm="Ryan Cole <ryan@booklyai.io>",
    subject="Quick question about your library platform",
    body="""\
Hi there,

I noticed your platform serves thousands of French school libraries - very
impressive! We've built an AI engine that recommends books to students based
on their reading history, and schools using it see 30% more loans.

Would you be open to a 15-minute call next week, before the holidays? Here's
my calendar: https://cal.booklyai.io/ryan

Cheers,
Ryan
Head of Partnerships, Bookly AI
""")

add("ot06", "other", False, None, None, None, False, "en",
    "English; a UK partner school sends the March exchange dates to the desk by mistake (address copied from a forwarded mail): meant for the American-section coordinator, nothing for the desk.",
    client="outlook", when="11 17:05", charset="us-ascii",
    frm="Jane Holloway <j.holloway@kingsmead-school.org.uk>",
    subject="Exchange visit in March - dates and host families",
    body="""\
Dear Dan,

Here are the dates for our pupils' visit to Paris: arrival Monday 16 March, departure Friday 27 March. We will be 18 pupils and 2 staff.

Could you confirm the host families by 9 January? I have taken this address from the bottom of an email you forwarded me, I hope it reaches you.

Merry Christmas to you and the whole section!

Jane Holloway
Head of Modern Languages
Kingsmead School
""")

add("ot07", "other", False, None, "centre-val-de-loire", "esidoc", False, "fr",
    "'Bien reçu, ça marche' from an iPhone, quoting the new reset link answer: thanks, nothing asked.",
    client="iphone", when="10 08:31",
    irt="<SUP-018398.1765325520.73b9e1@assistance.example.fr>",
    frm="Julien Boutet <julien.boutet@ac-orleans-tours.fr>",
    subject="Re: [#SUP-018398] Lien expiré",
    body="""\
Bien reçu, ça marche. Merci et bonnes fêtes !

Envoyé de mon iPhone

> Le 10 déc. 2025 à 08:12, Assistance <support@assistance.example.fr> a écrit :
> 
> Bonjour,
> 
> Un nouveau lien de réinitialisation du mot de passe e-sidoc a été envoyé à l'adresse connue pour votre établissement. Il est valable 12 heures.
> 
> Cordialement,
> L'équipe d'assistance
""")

add("ot08", "other", False, None, "ile-de-france", None, False, "fr",
    "Angry 'third reminder' without any ticket reference or topic: no category can be told. Region from ac-versailles.fr.",
    client="zimbra", when="17 17:52",
    frm="Gérard Lacombe <gerard.lacombe@ac-versailles.fr>",
    subject="TROISIÈME RELANCE",
    body="""\
Bonjour,

Troisième relance !!! Toujours aucune réponse à ma demande. C'est
inadmissible, à trois jours des vacances. Je souhaite parler à un
responsable.

G. Lacombe
""")

add("ot09", "other", False, None, "hauts-de-france", "espace_acheteur", False, "fr",
    "Wants to register for the Espace Acheteur webinar, the registration link fails: a question with no category of its own.",
    client="thunderbird", when="12 09:42",
    frm="Paul Vanhoutte <paul.vanhoutte@ac-lille.fr>",
    subject="Inscription au webinaire du 16 décembre",
    body="""\
Bonjour,

Le lien d'inscription au webinaire « Nouveautés de l'Espace acheteur » du
16 décembre renvoie une erreur 500. Reste-t-il des places ? Si oui, pouvez-
vous m'inscrire directement ?

Cordialement,
Paul Vanhoutte
Gestionnaire, lycée Gambetta, Tourcoing
""")

add("ot10", "other", False, None, None, None, False, "fr",
    "Handwritten request to be removed from the mailing list (no longer gestionnaire): written by a person, so not automated.",
    client="orange", when="14 10:17",
    frm="Paul Girard <paul.girard@laposte.net>",
    subject="désinscription",
    body="""\
Bonjour,

Merci de me retirer de votre liste de diffusion : je ne suis plus
gestionnaire depuis septembre (retraite !) et je reçois toujours vos
lettres d'information.

Cordialement,
Paul Girard
""")

add("ot11", "other", False, None, "hauts-de-france", None, True, "fr",
    "Season's greetings and thanks from an academic adviser; mentions Mailinblack and passwords in passing but asks nothing.",
    client="zimbra", when="19 11:30",
    frm="Nathalie Lefebvre <nathalie.lefebvre@ac-lille.fr>",
    subject="Joyeuses fêtes !",
    body="""\
Bonjour à toute l'équipe,

Avant la pause, un grand merci pour votre réactivité cette année, en
particulier pendant la bascule des collèges sous Mailinblack et la vague de
mots de passe perdus de la rentrée. Les collègues documentalistes de
l'académie m'en ont beaucoup parlé, en bien !

Joyeuses fêtes et à l'année prochaine,

Nathalie Lefebvre
Conseillère pour les documentalistes – académie de Lille
""")

add("ot12", "other", False, None, "centre-val-de-loire", None, False, "fr",
    "A librarian asks for picture-book recommendations for a Christmas exhibition: unrelated to the services.",
    client="roundcube", when="08 17:15",
    frm="Brigitte Moulin <brigitte.moulin@ac-orleans-tours.fr>",
    subject="Idées d'albums pour une expo",
    body="""\
Bonjour,

Je prépare une petite exposition au CDI sur « Noël dans le monde » pour la
dernière semaine avant les vacances. Auriez-vous des albums ou des
documentaires à me conseiller pour des 6e ? Votre équipe doit bien avoir
quelques idées !

Merci et bonne journée,
Brigitte Moulin
""")

add("ot13", "other", False, None, None, None, False, "fr",
    "Unsolicited internship application (BTS SIO) with a CV.",
    client="gmail", when="11 19:40",
    frm="Lucas Bernard <lucas.bernard.pro@gmail.com>",
    subject="Candidature spontanée – stage BTS SIO (janvier-février 2026)",
    attach=[("CV_Lucas_Bernard.pdf", "application/pdf")],
    body="""\
Madame, Monsieur,

Étudiant en première année de BTS SIO (option SISR) au lycée Jean Rostand de
Villepinte, je recherche un stage de 6 semaines du 12 janvier au 20 février
2026. Votre service d'assistance m'intéresse beaucoup, notamment pour la
partie support utilisateurs.

Vous trouverez mon CV en pièce jointe. Je reste disponible pour un entretien.

Cordialement,
Lucas Bernard
""")

add("ot14", "other", False, None, None, "esidoc", False, "en",
    "English GDPR erasure request from a former language assistant who had a staff account on the library portal: other (human review), not account_creation.",
    client="gmail", when="13 16:04",
    frm="Ashley Turner <ashleyturner.nyc@gmail.com>",
    subject="Please delete my account and data",
    body="""\
Hello,

I was an English language assistant at Lycée Descartes in Tours last year
and had a staff account on your e-sidoc library portal. I've gone back to
the US; please delete my account and all personal data you hold about me,
in line with the GDPR, and confirm by email.

Thank you,
Ashley Turner
""")

add("ot15", "other", False, None, None, None, True, "en",
    "English; an Irish partner school sends its Erasmus+ agreement for the lycée's head to sign, to the desk by mistake. 'Head', 'sign' and 'agreement' appear, but it is neither a head-of-establishment request nor one of the desk's conventions or e-signature envelopes.",
    client="outlook", when="15 14:33", charset="utf-8",
    frm="Aoife Brennan <a.brennan@stcolumbas-dublin.ie>",
    subject="Erasmus+ partnership agreement – signature needed before 19 December",
    attach=[("Erasmus_KA122_agreement_Montebello.pdf", "application/pdf")],
    body="""\
Dear colleagues,

Please find attached the inter-institutional agreement for our Erasmus+ KA122 mobility with the Lycée Montebello (Lille). Could the head of the lycée sign it, electronically if possible, and return it before 19 December? Our National Agency needs it before the Christmas closure.

Many thanks and happy holidays,

Dr Aoife Brennan
International Coordinator
St Columba's Community School, Dublin
""")

add("ot16", "other", False, None, "ile-de-france", "ticket_portal", False, "fr",
    "How to put a colleague in copy of a ticket on the ticket portal: a how-to question with no category of its own.",
    client="zimbra", when="16 10:51",
    frm="Yann Le Goff <yann.le-goff@ac-paris.fr>",
    subject="Ajouter une collègue sur un ticket",
    body="""\
Bonjour,

Sur le portail d'assistance, comment ajouter ma collègue en copie d'un de
mes tickets ? Elle me remplace pendant mon congé (à partir du 19) et doit
pouvoir suivre la réponse.

Merci,
Yann Le Goff
""")

add("ot17", "other", False, None, "hauts-de-france", None, True, "fr",
    "Asks whether the desk answers during the holidays 'si j'ai un souci de mot de passe': a hypothetical password problem, nothing to reset now.",
    client="roundcube", when="18 16:55",
    frm="Ludivine Parmentier <ludivine.parmentier@ac-amiens.fr>",
    subject="Ouverture pendant les vacances ?",
    body="""\
Bonjour,

Question toute simple : êtes-vous ouverts pendant les vacances de Noël ? Si
j'ai un souci de mot de passe ou de commande entre le 22 décembre et le 2
janvier, est-ce que quelqu'un répond ?

Merci,
Ludivine Parmentier
""")

add("ot18", "other", False, None, "ile-de-france", "esidoc", False, "fr",
    "Feature request: a CSV export of current loans in e-sidoc for the year-end inventory. Nothing the categories cover.",
    client="thunderbird", when="19 14:38",
    frm="Samia Ouali <samia.ouali@ac-creteil.fr>",
    subject="Suggestion : export CSV des prêts",
    body="""\
Bonjour,

Serait-il possible d'ajouter dans e-sidoc un export CSV des prêts en cours ?
Pour l'inventaire de fin d'année je recopie tout à la main depuis l'écran
des prêts, c'est très long.

Merci de transmettre l'idée,
Samia Ouali
Professeure documentaliste
""")

# ---------------------------------------------------------------- automated
# Written in full (headers and MIME) because their structure is the point.

add("au01", "automated", False, None, None, None, False, "fr",
    "Exchange Online out-of-office in French ('Réponse automatique :') of a private school's office closed for the holidays: Auto-Submitted: auto-generated and X-Auto-Response-Suppress.",
    client="raw", when="19 17:02", relay="PAUP264CU004.outbound.protection.outlook.com",
    frm="secretariat@saintvincent-senlis.fr",
    fill={"FROM": ("addr", "Secrétariat Saint-Vincent <secretariat@saintvincent-senlis.fr>", "iso-8859-1"),
          "SUBJ": ("h", "Réponse automatique : [#SUP-018611] Transferts EcoleDirecte en échec depuis la migration du serveur", "iso-8859-1"),
          "TOPIC": ("h", "Transferts EcoleDirecte en échec depuis la migration du serveur", "iso-8859-1"),
          "BODY": ("qp", """\
Bonjour,

Le secrétariat du lycée Saint-Vincent est fermé du samedi 20 décembre au dimanche 4 janvier inclus. Votre message sera traité à la réouverture, le lundi 5 janvier.

En cas d'urgence concernant la sécurité des personnes, vous pouvez joindre la direction au 03 44 53 96 00.

Bonnes fêtes de fin d'année,
Le secrétariat
""", "iso-8859-1")},
    raw="""\
From: %FROM%
To: Assistance <support@assistance.example.fr>
Subject: %SUBJ%
Thread-Topic: %TOPIC%
Thread-Index: AQHcbE1xXw2c9pT0TkuWq1aZ0d3X7w==
Date: %DATE_UTC%
Message-ID: <PR1P264MB3872C1D09E5A4B7F2E6D8A51B24AA0@PR1P264MB3872.FRAP264.PROD.OUTLOOK.COM>
References: <SUP-018611.1765815120.b27c40@assistance.example.fr>
In-Reply-To: <SUP-018611.1765815120.b27c40@assistance.example.fr>
Accept-Language: fr-FR, en-US
Content-Language: fr-FR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

%BODY%
""")

add("au02", "automated", False, None, None, None, False, "en",
    "English Gmail vacation responder of the UK partner school's teacher (school broken up for Christmas): Auto-Submitted: auto-replied.",
    client="raw", when="19 16:05", relay="mail-wr1-f52.google.com",
    frm="j.holloway@kingsmead-school.org.uk",
    raw="""\
MIME-Version: 1.0
From: Jane Holloway <j.holloway@kingsmead-school.org.uk>
Date: %DATE%
Message-ID: <CAJx7Lm2vQp0Hh4oN9c1Zr8WqYtB3kF6sD5eUaXgR0tPq1vC2nA@mail.gmail.com>
Subject: Re: [#SUP-018652] Exchange visit in March - dates and host families
To: Assistance <support@assistance.example.fr>
In-Reply-To: <SUP-018652.1766137500.5c1d0e@assistance.example.fr>
References: <SUP-018652.1766137500.5c1d0e@assistance.example.fr>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="0000000000004f1c2a0645e2b7d3"

--0000000000004f1c2a0645e2b7d3
Content-Type: text/plain; charset="UTF-8"

Thank you for your email. Kingsmead School has now broken up for the
Christmas holidays and I will not be checking my emails until Monday 5
January.

For anything urgent regarding the French exchange, please contact the
school office: office@kingsmead-school.org.uk

Merry Christmas!
Jane Holloway
Head of Modern Languages

--0000000000004f1c2a0645e2b7d3
Content-Type: text/html; charset="UTF-8"

<div dir="ltr"><div>Thank you for your email. Kingsmead School has now broken up for the Christmas holidays and I will not be checking my emails until Monday 5 January.</div><div><br></div><div>For anything urgent regarding the French exchange, please contact the school office: <a href="mailto:office@kingsmead-school.org.uk">office@kingsmead-school.org.uk</a></div><div><br></div><div>Merry Christmas!</div><div>Jane Holloway</div><div>Head of Modern Languages</div></div>

--0000000000004f1c2a0645e2b7d3--
""")

add("au03", "automated", False, None, None, None, False, "en",
    "Postfix bounce in English (multipart/report delivery-status, 'mailbox full'), null Return-Path; the desk's own French answer is attached as message/rfc822.",
    client="raw", when="12 09:14", relay="mail.ville-noyon.fr", return_path="<>",
    frm="MAILER-DAEMON@mail.ville-noyon.fr",
    auth={"dkim": "none", "dmarc": "none", "spf_prop": "smtp.helo", "mailfrom": "mail.ville-noyon.fr"},
    fill={"ORIG": ("qp", """\
Bonjour,

Lorsque plusieurs personnes partagent la même adresse, l'identifiant de
connexion à l'Espace acheteur reste celui du premier compte créé. Nous
avons envoyé un lien de réinitialisation à l'adresse enregistrée.

Cordialement,
L'équipe d'assistance
""", "utf-8")},
    raw="""\
From: Mail Delivery System <MAILER-DAEMON@mail.ville-noyon.fr>
To: support@assistance.example.fr
Subject: Undelivered Mail Returned to Sender
Date: %DATE%
Message-ID: <20251212081402.4dRr2T0kM1z9pQw@mail.ville-noyon.fr>
MIME-Version: 1.0
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status;
 boundary="4dRr2T0kM1z9pQw.1765527242/mail.ville-noyon.fr"

This is a MIME-encapsulated message.

--4dRr2T0kM1z9pQw.1765527242/mail.ville-noyon.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.ville-noyon.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<p.lemaire@ville-noyon.fr>: host 127.0.0.1[127.0.0.1] said: 552 5.2.2
    <p.lemaire@ville-noyon.fr>: Recipient address rejected: Mailbox full (in
    reply to RCPT TO command)

--4dRr2T0kM1z9pQw.1765527242/mail.ville-noyon.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.ville-noyon.fr
X-Postfix-Queue-ID: 4dRr2T0kM1z9pQw
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Fri, 12 Dec 2025 09:14:01 +0100 (CET)

Final-Recipient: rfc822; p.lemaire@ville-noyon.fr
Original-Recipient: rfc822;p.lemaire@ville-noyon.fr
Action: failed
Status: 5.2.2
Remote-MTA: dns; 127.0.0.1
Diagnostic-Code: smtp; 552 5.2.2 <p.lemaire@ville-noyon.fr>: Recipient address
    rejected: Mailbox full

--4dRr2T0kM1z9pQw.1765527242/mail.ville-noyon.fr
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: Assistance <support@assistance.example.fr>
To: Patrice Lemaire <p.lemaire@ville-noyon.fr>
Subject: [#SUP-018421] Connexion Espace acheteur impossible
Date: Fri, 12 Dec 2025 09:14:00 +0100
Message-ID: <SUP-018421.1765527240.88c2f1@assistance.example.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

%ORIG%

--4dRr2T0kM1z9pQw.1765527242/mail.ville-noyon.fr--
""")

add("au04", "automated", False, None, None, None, False, "fr",
    "Exchange Online non-delivery report in French ('Non remis :') for a mistyped address: multipart/report with the headers of the desk's message.",
    client="raw", when="17 14:21", relay="MRWP264CU006.outbound.protection.outlook.com", return_path="<>",
    frm="postmaster@lyceefrancobritannique.onmicrosoft.com",
    auth={"dkim": "pass", "dmarc": "none", "spf_prop": "smtp.helo", "mailfrom": "MRWP264CU006.outbound.protection.outlook.com",
          "dkim_d": "lyceefrancobritannique.onmicrosoft.com"},
    fill={"FROM": ("addr", "Microsoft Outlook <postmaster@lyceefrancobritannique.onmicrosoft.com>", "utf-8"),
          "SUBJ": ("h", "Non remis : [#SUP-018733] Framework agreement documents not visible", "utf-8"),
          "TXT": ("qp", """\
Votre message n'a pas pu être remis à p.ramann@lycee-franco-britannique.fr.

p.ramann est introuvable dans le domaine lycee-franco-britannique.fr.

Vérifiez l'adresse de messagerie du destinataire et renvoyez le message.

Informations de diagnostic pour les administrateurs :

Serveur générateur : MR1P264MB4210.FRAP264.PROD.OUTLOOK.COM
p.ramann@lycee-franco-britannique.fr
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", "utf-8")},
    raw="""\
From: %FROM%
To: <support@assistance.example.fr>
Date: %DATE_UTC%
Content-Language: fr-FR
Message-ID: <3c1f0e2a-7d64-4b8e-9a51-6f2d0c8b4e17@MR1P264MB4210.FRAP264.PROD.OUTLOOK.COM>
In-Reply-To: <SUP-018733.1765977600.e0a4b2@assistance.example.fr>
References: <SUP-018733.1765977600.e0a4b2@assistance.example.fr>
Subject: %SUBJ%
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="50a2b9d7-1f3c-4e6a-8c0d-2b7e5f9a1c44"

--50a2b9d7-1f3c-4e6a-8c0d-2b7e5f9a1c44
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

%TXT%

--50a2b9d7-1f3c-4e6a-8c0d-2b7e5f9a1c44
Content-Type: message/delivery-status

Reporting-MTA: dns;MR1P264MB4210.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;relay.assistance.example.fr
Arrival-Date: Wed, 17 Dec 2025 13:20:58 +0000

Final-Recipient: rfc822;p.ramann@lycee-franco-britannique.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--50a2b9d7-1f3c-4e6a-8c0d-2b7e5f9a1c44
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: p.ramann@lycee-franco-britannique.fr
Subject: [#SUP-018733] Framework agreement documents not visible
Date: Wed, 17 Dec 2025 14:20:57 +0100
Message-ID: <SUP-018733.1765977600.e0a4b2@assistance.example.fr>
MIME-Version: 1.0

--50a2b9d7-1f3c-4e6a-8c0d-2b7e5f9a1c44--
""")

add("au05", "automated", False, None, "centre-val-de-loire", None, False, "fr",
    "Academic Zimbra vacation reply ('Auto-Submitted: auto-replied (zimbra; vacation)', Precedence: bulk) during the conseils de classe. Region from the ac-orleans-tours.fr sender.",
    client="raw", when="12 10:06", relay="smtp3.ac-orleans-tours.fr",
    frm="valerie.hamon@ac-orleans-tours.fr",
    fill={"FROM": ("addr", "Valérie Hamon <valerie.hamon@ac-orleans-tours.fr>", "utf-8"),
          "BODY": ("qp", """\
Bonjour,

Je suis en conseils de classe jusqu'au jeudi 18 décembre inclus et je ne
consulte ma messagerie qu'en fin de journée. Je vous répondrai dès que
possible.

Valérie Hamon
CDI – Lycée Fulbert, Chartres
""", "utf-8")},
    raw="""\
Date: %DATE%
From: %FROM%
To: support@assistance.example.fr
Message-ID: <1873302211.48217102.1765530362211.JavaMail.zimbra@ac-orleans-tours.fr>
In-Reply-To: <SUP-018560.1765530300.41be07@assistance.example.fr>
Subject: Absente - conseils de classe
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk

%BODY%
""")

add("au06", "automated", False, None, "ile-de-france", None, False, "fr",
    "Thunderbird read receipt in French ('Accusé de réception (affiché)'), multipart/report disposition-notification. Region from the ac-versailles.fr sender.",
    client="raw", when="12 11:05", relay="smtp2.ac-versailles.fr",
    frm="catherine.morel@ac-versailles.fr",
    fill={"SUBJ": ("h", "Accusé de réception (affiché) - [#SUP-018512] Pas de mail de réinitialisation", "utf-8"),
          "TXT": ("qp", """\
Ceci est un accusé de réception pour le courriel que vous avez envoyé à catherine.morel@ac-versailles.fr.

Note : cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.
""", "utf-8")},
    raw="""\
Message-ID: <2b8f61d0-93a4-4c2e-b7f5-0e1d94c6a823@ac-versailles.fr>
Date: %DATE%
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: Catherine Morel <catherine.morel@ac-versailles.fr>
To: Assistance <support@assistance.example.fr>
Subject: %SUBJ%
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------G0y8V1bP3c7eKqZt2WmN5rLs"

This is a multi-part message in MIME format.
--------------G0y8V1bP3c7eKqZt2WmN5rLs
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

%TXT%

--------------G0y8V1bP3c7eKqZt2WmN5rLs
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline

Reporting-UA: ac-versailles.fr; Thunderbird 128.5.2
Final-Recipient: rfc822;catherine.morel@ac-versailles.fr
Original-Message-ID: <SUP-018512.1765528260.c04d7a@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

--------------G0y8V1bP3c7eKqZt2WmN5rLs
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Disposition: inline

From: Assistance <support@assistance.example.fr>
To: Catherine Morel <catherine.morel@ac-versailles.fr>
Subject: [#SUP-018512] Pas de mail de =?utf-8?q?r=C3=A9initialisation?=
Date: Fri, 12 Dec 2025 09:31:00 +0100
Message-ID: <SUP-018512.1765528260.c04d7a@assistance.example.fr>
Disposition-Notification-To: support@assistance.example.fr

--------------G0y8V1bP3c7eKqZt2WmN5rLs--
""")

add("au07", "automated", False, None, None, None, False, "fr",
    "A publisher's Christmas newsletter: List-Id, List-Unsubscribe (one-click), Precedence: bulk. Talks about ordering before the holidays, asks the desk nothing.",
    client="raw", when="09 07:30", relay="mta-out12.sendinblue.example.com",
    frm="newsletter@editions-lampion.fr",
    fill={"FROM": ("addr", "Éditions du Lampion <newsletter@editions-lampion.fr>", "utf-8"),
          "SUBJ": ("h", "🎄 Nos coups de cœur pour les fêtes – commandez avant le 19 décembre", "utf-8"),
          "TXT": ("qp", """\
Éditions du Lampion – La lettre de décembre

Nos coups de cœur pour les fêtes

Chers professeurs documentalistes,

Pour garnir les rayonnages du CDI avant les vacances, découvrez notre
sélection de Noël : albums, romans ados et documentaires, avec 5 % de remise
pour les établissements scolaires jusqu'au 19 décembre.

Voir la sélection : https://www.editions-lampion.fr/noel-2025

Vous recevez ce message car vous êtes inscrit à notre lettre d'information.
Se désinscrire : https://www.editions-lampion.fr/desinscription
""", "utf-8"),
          "HTML": ("qp", """\
<html><body style="font-family:Georgia,serif;background:#fdf6ec">
<table width="600" align="center"><tr><td>
<h1 style="color:#a3122a">Nos coups de cœur pour les fêtes</h1>
<p>Chers professeurs documentalistes,</p>
<p>Pour garnir les rayonnages du CDI avant les vacances, découvrez notre sélection de Noël : albums, romans ados et documentaires, avec <b>5 % de remise</b> pour les établissements scolaires jusqu'au 19 décembre.</p>
<p><a href="https://www.editions-lampion.fr/noel-2025">Voir la sélection</a></p>
<p style="font-size:11px;color:#777">Vous recevez ce message car vous êtes inscrit à notre lettre d'information. <a href="https://www.editions-lampion.fr/desinscription">Se désinscrire</a></p>
</td></tr></table>
</body></html>
""", "utf-8")},
    raw="""\
From: %FROM%
To: support@assistance.example.fr
Subject: %SUBJ%
Date: %DATE%
Message-ID: <202512090630.73615529401@smtp-relay.editions-lampion.fr>
MIME-Version: 1.0
List-Id: <lettre.editions-lampion.fr>
List-Unsubscribe: <https://www.editions-lampion.fr/desinscription?u=c2d41f>, <mailto:unsubscribe@editions-lampion.fr>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
X-Mailer: Sendinblue
Content-Type: multipart/alternative; boundary="=_lampion_7a61c3f0"

--=_lampion_7a61c3f0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

%TXT%

--=_lampion_7a61c3f0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

%HTML%

--=_lampion_7a61c3f0--
""")

add("au08", "automated", False, "0592157Z", "hauts-de-france", None, True, "fr",
    "A MailInBlack challenge sent to the desk after it answered the lycée's ce.<UAI> address: names MailInBlack and describes the quarantine, but no person wrote it (Auto-Submitted). Never answered. The UAI is in the protected recipient's address in the body; region from it.",
    client="raw", when="12 14:19", relay="out-3.mailinblack.com",
    frm="noreply@mailinblack.com",
    fill={"SUBJ": ("h", "Votre message à ce.0592157Z@ac-lille.fr est en attente de validation", "utf-8"),
          "TXT": ("qp", """\
Bonjour,

Vous avez envoyé un message à ce.0592157Z@ac-lille.fr. Ce destinataire est
protégé par Mailinblack : votre adresse n'étant pas encore reconnue, votre
message est en attente.

Pour qu'il soit délivré, merci de confirmer que vous n'êtes pas un robot en
cliquant sur le lien ci-dessous (valable 5 jours) :
https://challenge.mailinblack.com/v/JqTzWmKfXcRb

Objet de votre message : [#SUP-018566] Expired password - library portal
Envoyé le : 12/12/2025 14:18

Ce message a été envoyé automatiquement, merci de ne pas y répondre.
""", "utf-8"),
          "HTML": ("qp", """\
<html><body style="font-family:Arial,sans-serif">
<p>Bonjour,</p>
<p>Vous avez envoyé un message à <b>ce.0592157Z@ac-lille.fr</b>. Ce destinataire est protégé par Mailinblack : votre adresse n'étant pas encore reconnue, votre message est en attente.</p>
<p><a href="https://challenge.mailinblack.com/v/JqTzWmKfXcRb" style="background:#000;color:#fff;padding:8px 14px">Je ne suis pas un robot</a></p>
<p>Objet de votre message : [#SUP-018566] Expired password - library portal<br>Envoyé le : 12/12/2025 14:18</p>
<p style="font-size:11px">Ce message a été envoyé automatiquement, merci de ne pas y répondre.</p>
</body></html>
""", "utf-8")},
    raw="""\
From: Mailinblack <noreply@mailinblack.com>
To: support@assistance.example.fr
Subject: %SUBJ%
Date: %DATE%
Message-ID: <mib-challenge-5f0c2e91d7a84b36@mailinblack.com>
In-Reply-To: <SUP-018566.1765545480.f19a3c@assistance.example.fr>
Auto-Submitted: auto-replied
X-Mailinblack-Type: challenge
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="mib_b7d02f6a91"

--mib_b7d02f6a91
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

%TXT%

--mib_b7d02f6a91
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

%HTML%

--mib_b7d02f6a91--
""")

add("au09", "automated", False, None, None, "ticket_portal", False, "fr",
    "Ticket-portal notification: a ticket the desk follows with a supplier got a new comment. Auto-Submitted: auto-generated, no-reply sender.",
    client="raw", when="16 18:40", relay="mail.portail-assistance.example.fr",
    frm="no-reply@portail-assistance.example.fr",
    fill={"FROM": ("addr", "Portail d'assistance <no-reply@portail-assistance.example.fr>", "utf-8"),
          "TXT": ("qp", """\
Bonjour,

Un nouveau commentaire a été ajouté au ticket #48213 « Synchronisation des
comptes éditeurs » que vous suivez.

Auteur : Support éditeur
Statut : En cours

« Le correctif sera déployé le 6 janvier, après la période de gel des mises
en production. »

Voir le ticket : https://portail-assistance.example.fr/tickets/48213

Vous recevez ce message parce que vous suivez ce ticket. Ne répondez pas à
ce message.
""", "utf-8")},
    raw="""\
From: %FROM%
To: support@assistance.example.fr
Subject: [Ticket #48213] Nouveau commentaire
Date: %DATE%
Message-ID: <ticket-48213-comment-11@portail-assistance.example.fr>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

%TXT%
""")

add("au10", "automated", False, "0020964M", "hauts-de-france", "esignature", True, "fr",
    "E-signature 'document signé par toutes les parties' notification for a collège's convention, with the signed PDF: transactional mail without Auto-Submitted or Precedence; the no-reply sender and the wording show it is automatic. UAI in the document title.",
    client="raw", when="18 11:03", relay="mail.esignature.example.fr",
    frm="no-reply@esignature.example.fr",
    fill={"FROM": ("addr", "Signature électronique <no-reply@esignature.example.fr>", "utf-8"),
          "SUBJ": ("h", "Document signé : Convention d'adhésion 2026 – Collège Gérard Philipe (0020964M)", "utf-8"),
          "TXT": ("qp", """\
Bonjour,

Toutes les parties ont signé le document « Convention d'adhésion 2026 –
Collège Gérard Philipe (0020964M) ».

Signataires :
- Valérie Thuillier, adjointe gestionnaire – signé le 18/12/2025 à 10:41
- Centrale d'achat – signé le 18/12/2025 à 11:02

Le document signé et son certificat de preuve sont joints à ce message.

Cet e-mail a été envoyé automatiquement.
""", "utf-8"),
          "PDF": ("b64", dummy_attachment("Convention_adhesion_2026_signee.pdf", "application/pdf"), "latin-1")},
    raw="""\
From: %FROM%
To: support@assistance.example.fr
Subject: %SUBJ%
Date: %DATE%
Message-ID: <env-7731c9e2-signed@esignature.example.fr>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="esig_3f8a1d"

--esig_3f8a1d
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

%TXT%

--esig_3f8a1d
Content-Type: application/pdf; name="Convention_adhesion_2026_signee.pdf"
Content-Disposition: attachment; filename="Convention_adhesion_2026_signee.pdf"
Content-Transfer-Encoding: base64

%PDF%

--esig_3f8a1d--
""")

add("au11", "automated", False, None, None, None, True, "en",
    "Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path, the Mailer-Daemon sender and the wording show it is automatic.",
    client="raw", when="15 10:02", relay="mx1.greenfield-school.co.uk", return_path="<>",
    frm="Mailer-Daemon@mx1.greenfield-school.co.uk",
    auth={"dkim": "none", "dmarc": "none", "spf_prop": "smtp.helo", "mailfrom": "mx1.greenfield-school.co.uk"},
    raw="""\
X-Failed-Recipients: m.okafor@greenfield-school.co.uk
From: Mail Delivery System <Mailer-Daemon@mx1.greenfield-school.co.uk>
To: support@assistance.example.fr
Content-Transfer-Encoding: 7bit
Content-Type: text/plain; charset=us-ascii
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1vUq7K-0004Zx-2B@mx1.greenfield-school.co.uk>
Date: %DATE%

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  m.okafor@greenfield-school.co.uk
    host mail.greenfield-school.co.uk [198.51.100.87]
    SMTP error from remote mail server after RCPT TO:<m.okafor@greenfield-school.co.uk>:
    550 5.1.1 User unknown

------ This is a copy of the message, including all the headers. ------

Return-path: <support@assistance.example.fr>
Received: from relay.assistance.example.fr ([203.0.113.25])
	by mx1.greenfield-school.co.uk with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97)
	id 1vUq7J-0004Zt-1x
	for m.okafor@greenfield-school.co.uk; Mon, 15 Dec 2025 09:01:58 +0000
From: Assistance <support@assistance.example.fr>
To: m.okafor@greenfield-school.co.uk
Subject: [#SUP-018581] Locked out of the library portal
Date: Mon, 15 Dec 2025 10:01:57 +0100
Message-ID: <SUP-018581.1765789317.3ad2c8@assistance.example.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Hello,

Your account has been unlocked. If the problem persists, please reply to
this message.

Kind regards,
The support team
""")

add("au12", "automated", False, None, None, None, False, "en",
    "Delay warning from the desk's own relay ('Delayed Mail (still being retried)', Action: delayed): not a failure, still automatic. The académie address is the recipient, not the sender, so no region.",
    client="raw", when="17 19:20", relay="relay.assistance.example.fr", return_path="<>",
    frm="MAILER-DAEMON@relay.assistance.example.fr",
    auth={"dkim": "none", "dmarc": "none", "spf_prop": "smtp.helo", "mailfrom": "relay.assistance.example.fr"},
    raw="""\
From: Mail Delivery System <MAILER-DAEMON@relay.assistance.example.fr>
To: support@assistance.example.fr
Subject: Delayed Mail (still being retried)
Date: %DATE%
Message-ID: <20251217182002.5A1C2E00B7@relay.assistance.example.fr>
MIME-Version: 1.0
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status;
 boundary="5A1C2E00B7.1766001602/relay.assistance.example.fr"

This is a MIME-encapsulated message.

--5A1C2E00B7.1766001602/relay.assistance.example.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<yasmine.haddad@ac-creteil.fr>: connect to mx.ac-creteil.fr[192.0.2.61]:25:
    Connection timed out

--5A1C2E00B7.1766001602/relay.assistance.example.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.assistance.example.fr
X-Postfix-Queue-ID: 5A1C2E00B7
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Wed, 17 Dec 2025 14:49:31 +0100 (CET)

Final-Recipient: rfc822; yasmine.haddad@ac-creteil.fr
Original-Recipient: rfc822;yasmine.haddad@ac-creteil.fr
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.ac-creteil.fr[192.0.2.61]:25:
    Connection timed out
Will-Retry-Until: Mon, 22 Dec 2025 14:49:31 +0100 (CET)

--5A1C2E00B7.1766001602/relay.assistance.example.fr
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: Yasmine Haddad <yasmine.haddad@ac-creteil.fr>
Subject: [#SUP-018714] mail d'activation esidoc
Date: Wed, 17 Dec 2025 14:49:30 +0100
Message-ID: <SUP-018714.1765979370.6b0e93@assistance.example.fr>
Auto-Submitted: auto-replied

--5A1C2E00B7.1766001602/relay.assistance.example.fr--
""")

add("au13", "automated", False, None, "hauts-de-france", None, True, "fr",
    "Out-of-office sent by a client-side Outlook rule during the conseils de classe: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording ('réponse automatique') shows it is automatic. Region from ac-amiens.fr.",
    client="outlook", when="16 10:31",
    frm="Dubois Laurence <laurence.dubois@ac-amiens.fr>",
    subject="Absente – conseils de classe",
    body="""\
Ceci est une réponse automatique.

Je suis en conseils de classe toute la semaine et ne pourrai lire vos messages que le soir. Pour toute urgence concernant l'intendance du lycée Henri Martin, merci de contacter le secrétariat au 03 23 62 77 10.

Laurence Dubois
Secrétaire d'intendance
""")

add("au14", "automated", False, None, None, None, False, "en",
    "English Exchange 'Automatic reply:' from a US partner school's teacher (winter break), with Auto-Submitted and X-Auto-Response-Suppress.",
    client="raw", when="19 18:12", relay="BN8NAM12FT044.outbound.protection.outlook.com",
    frm="jramirez@westbrookhs.org",
    raw="""\
From: Jessica Ramirez <jramirez@westbrookhs.org>
To: Assistance <support@assistance.example.fr>
Subject: Automatic reply: [#SUP-018652] Exchange visit in March - dates and host families
Thread-Topic: [#SUP-018652] Exchange visit in March - dates and host families
Thread-Index: AQHcbG0n3kW2vTq9QnOyd1JkPq2ZbA==
Date: %DATE_UTC%
Message-ID: <BN8PR12MB4521F0C3E8A7D2B61C9E07A4D1B42@BN8PR12MB4521.namprd12.prod.outlook.com>
References: <SUP-018652.1766137500.5c1d0e@assistance.example.fr>
In-Reply-To: <SUP-018652.1766137500.5c1d0e@assistance.example.fr>
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Thank you for your message. I am out of the office for Winter Break from
December 19 through January 5 with limited access to email. I will respond
when I return.

Jessica Ramirez
French Teacher / Exchange Coordinator
Westbrook High School
""")

add("au15", "automated", False, None, "ile-de-france", None, False, "fr",
    "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from the ac-paris.fr sender.",
    client="raw", when="17 10:03", relay="smtp4.ac-paris.fr",
    frm="hugo.lambert@ac-paris.fr",
    fill={"SUBJ": ("h", "Lu : [#SUP-018702] Alertes offres Espace acheteur", "iso-8859-1"),
          "TXT": ("qp", """\
Votre message

  À : Hugo Lambert
  Objet : [#SUP-018702] Alertes offres Espace acheteur
  Envoyé : mercredi 17 décembre 2025 09:40:12 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mercredi 17 décembre 2025 10:02:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""", "iso-8859-1")},
    raw="""\
From: Hugo Lambert <hugo.lambert@ac-paris.fr>
To: Assistance <support@assistance.example.fr>
Subject: %SUBJ%
Date: %DATE%
Message-ID: <000401dc6f2a$8e3b2c10$aab18430$@ac-paris.fr>
MIME-Version: 1.0
X-Mailer: Microsoft Outlook 16.0
Content-Language: fr
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_0005_01DC6F32.EFFF9410"

This is a multipart message in MIME format.

------=_NextPart_000_0005_01DC6F32.EFFF9410
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

%TXT%

------=_NextPart_000_0005_01DC6F32.EFFF9410
Content-Type: message/disposition-notification

Reporting-UA: ac-paris.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;hugo.lambert@ac-paris.fr
Original-Message-ID: <SUP-018702.1765960812.2f7a90@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0005_01DC6F32.EFFF9410--
""")

add("au16", "automated", False, None, "hauts-de-france", "esidoc", True, "fr",
    "A librarian's real question (Mailinblack holding e-sidoc mail), but posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list, Sender: list bounces): not written to us, never answered. Region from the poster's ac-amiens.fr address.",
    client="zimbra", when="11 13:58",
    frm="Corinne Leleu <corinne.leleu@ac-amiens.fr>",
    to="Liste des professeurs documentalistes <docs-amiens@listes.ac-amiens.fr>",
    headers=["List-Id: Professeurs documentalistes de l'academie <docs-amiens.listes.ac-amiens.fr>",
             "List-Unsubscribe: <mailto:docs-amiens-leave@listes.ac-amiens.fr>",
             "List-Post: <mailto:docs-amiens@listes.ac-amiens.fr>",
             "Precedence: list",
             "Sender: docs-amiens-bounces@listes.ac-amiens.fr",
             "X-BeenThere: docs-amiens@listes.ac-amiens.fr"],
    subject="[docs-amiens] Mailinblack et e-sidoc ?",
    body="""\
Bonjour à tous,

Depuis que notre collège est passé sous Mailinblack, je ne reçois plus rien
d'e-sidoc (réservations, réinitialisation du mot de passe...). Quelqu'un
a-t-il réussi à faire passer ces mails ? Quelle adresse avez-vous autorisée ?

Merci d'avance, et bon courage pour les conseils !

Corinne Leleu
Collège Sonia Delaunay, Grandvilliers
""")

add("au17", "automated", False, None, None, None, False, "en",
    "DMARC aggregate report (zip attachment) from Google sent to the desk's address.",
    client="raw", when="15 03:12", relay="mail-ej1-f73.google.com",
    frm="noreply-dmarc-support@google.com",
    fill={"ZIP": ("b64", dummy_attachment("google.com!assistance.example.fr!1765670400!1765756799.xml.zip", "application/zip"), "latin-1")},
    raw="""\
Date: %DATE%
From: noreply-dmarc-support@google.com
To: support@assistance.example.fr
Message-ID: <7291836450192837465@google.com>
Subject: Report domain: assistance.example.fr Submitter: google.com Report-ID: 1928374655647382910
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="000000000000c0d1e2f3a4b5c6d7"

--000000000000c0d1e2f3a4b5c6d7
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes
Content-Transfer-Encoding: base64

VGhpcyBpcyBhbiBhZ2dyZWdhdGUgcmVwb3J0IGZyb20gZ29vZ2xlLmNvbS4K

--000000000000c0d1e2f3a4b5c6d7
Content-Type: application/zip; 
	name="google.com!assistance.example.fr!1765670400!1765756799.zip"
Content-Disposition: attachment; 
	filename="google.com!assistance.example.fr!1765670400!1765756799.zip"
Content-Transfer-Encoding: base64

%ZIP%

--000000000000c0d1e2f3a4b5c6d7--
""")

add("au18", "automated", False, "0941331L", "ile-de-france", "espace_acheteur", False, "fr",
    "No-reply notification from the Espace Acheteur to the desk (administrator of structures without one): an account awaits validation for a lycée. Auto-Submitted: auto-generated; UAI in the body.",
    client="raw", when="15 07:45", relay="mail.espace-acheteur.example.fr",
    frm="no-reply@espace-acheteur.example.fr",
    fill={"FROM": ("addr", "Espace acheteur <no-reply@espace-acheteur.example.fr>", "utf-8"),
          "SUBJ": ("h", "Nouvelle demande de compte à valider – Lycée Maximilien Perret", "utf-8"),
          "TXT": ("qp", """\
Bonjour,

Une demande de compte est en attente de validation :

Structure : Lycée Maximilien Perret, Alfortville (0941331L)
Demandeur : Benjamin Koné <benjamin.kone@ac-creteil.fr>
Date de la demande : 14/12/2025 22:17

Aucun administrateur n'est désigné pour cette structure : la demande vous
est transmise.

Valider ou refuser la demande :
https://espace-acheteur.example.fr/admin/comptes/en-attente

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", "utf-8")},
    raw="""\
From: %FROM%
To: support@assistance.example.fr
Subject: %SUBJ%
Date: %DATE%
Message-ID: <account-request-90311@espace-acheteur.example.fr>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

%TXT%
""")

add("au19", "automated", False, None, "ile-de-france", None, False, "fr",
    "Another help desk's acknowledgement of a message the desk sent it (Auto-Submitted, X-Loop): answering would start a mail loop. Region from the ac-creteil.fr sender.",
    client="raw", when="18 09:44", relay="smtp1.ac-creteil.fr",
    frm="assistance@ac-creteil.fr",
    fill={"FROM": ("addr", "Assistance académique <assistance@ac-creteil.fr>", "utf-8"),
          "SUBJ": ("h", "[Ticket 2025-DSI-48811] Accusé de réception : Serveur mx.ac-creteil.fr injoignable", "utf-8"),
          "TXT": ("qp", """\
Bonjour,

Votre demande a bien été enregistrée par la plateforme d'assistance
académique sous le numéro 2025-DSI-48811.

Un technicien la prendra en charge dans les meilleurs délais. Attention :
du 20 décembre au 4 janvier, seules les demandes urgentes sont traitées.

Ceci est un message automatique, merci de ne pas y répondre.

Plateforme d'assistance académique – DSI de l'académie de Créteil
""", "utf-8")},
    raw="""\
From: %FROM%
To: support@assistance.example.fr
Subject: %SUBJ%
Date: %DATE%
Message-ID: <ticket-2025-DSI-48811-ack@assistance.ac-creteil.fr>
In-Reply-To: <desk-ops.1766046210.91c5aa@assistance.example.fr>
Auto-Submitted: auto-replied
X-Loop: assistance@ac-creteil.fr
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

%TXT%
""")

add("au20", "automated", False, None, None, None, True, "en",
    "German partner school's host autoresponder in English (with one line of German): only 'X-Autoreply: yes' and 'X-Autorespond', no Auto-Submitted, no Precedence.",
    client="raw", when="18 12:47", relay="mout.gymnasium-eppendorf.de",
    frm="k.vogel@gymnasium-eppendorf.de",
    raw="""\
Date: %DATE%
From: Katrin Vogel <k.vogel@gymnasium-eppendorf.de>
To: support@assistance.example.fr
Subject: Out of office: Re: [#SUP-018697] Password reset email in quarantine
Message-ID: <autoreply.1765956600.k.vogel@gymnasium-eppendorf.de>
X-Autoreply: yes
X-Autorespond: Out of office
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Thank you for your email. I am accompanying our pupils on the exchange
visit to Paris until 19 December and will have only occasional access to
my emails. I will reply after the Christmas holidays, from 7 January.

Vielen Dank für Ihre Nachricht – ich bin ab dem 7. Januar wieder erreichbar.

Katrin Vogel
Gymnasium Eppendorf, Hamburg
""")


# ==========================================================================
# writing and self-checks
# ==========================================================================

UAI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{3}) ?(\d{4}) ?([A-Za-z])(?![0-9A-Za-z])")
FR_WORDS = {"le", "la", "les", "de", "des", "du", "est", "pour", "vous", "nous", "je", "pas", "une", "et", "merci", "bonjour"}
EN_WORDS = {"the", "and", "to", "of", "is", "you", "your", "for", "our", "please", "thank", "we", "i", "with"}


def generate() -> dict[str, bytes]:
    """Build every mail; returns {file name: bytes}. Reseeds, so two calls agree."""
    rng.seed(SEED)
    order = sorted(SPECS, key=lambda s: (int(s["when"].split()[0]), s["when"].split()[1].zfill(5), s["key"]))
    out: dict[str, bytes] = {}
    for i, spec in enumerate(order, 1):
        spec["file"] = f"h{i:03d}.eml"
        spec["t"] = parse_when(spec["when"])
        try:
            out[spec["file"]] = build(spec)
        except Exception as exc:  # name the mail that failed
            raise RuntimeError(f"building {spec['key']}: {exc!r}") from exc
    return out


def label_lines() -> list[str]:
    lines = []
    for spec in sorted(SPECS, key=lambda s: s["file"]):
        lab = {"file": spec["file"], **spec["label"]}
        lines.append(json.dumps({k: lab[k] for k in LABEL_KEYS}, ensure_ascii=False))
    return lines


def mail_text(msg) -> tuple[str, str]:
    """(headers text, body text) of a parsed message, HTML reduced to text."""
    heads = " ".join(str(msg.get(h, "")) for h in ("Subject", "From", "To", "Cc"))
    bodies = []
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        if part.get_content_disposition() == "attachment":
            continue
        content = part.get_content()
        if part.get_content_subtype() == "html":
            content = re.sub(r"<style.*?</style>", " ", content, flags=re.S | re.I)
            content = htmlmod.unescape(re.sub(r"<[^>]+>", " ", content))
        bodies.append(content)
    return heads, "\n".join(bodies)


def check(files: dict[str, bytes]) -> None:
    # 150 files on disk, named h001..h150, identical to what was generated
    on_disk = sorted(p.name for p in HERE.glob("h*.eml"))
    assert on_disk == [f"h{i:03d}.eml" for i in range(1, 151)], on_disk[:3]
    for name, data in files.items():
        assert (HERE / name).read_bytes() == data, name

    # labels.jsonl: one line per file, in order, with exactly the dev keys
    rows = [json.loads(line) for line in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 150
    assert [r["file"] for r in rows] == on_disk
    cats = {c: 0 for c in CATEGORIES}
    langs = {"fr": 0, "en": 0}
    for r in rows:
        f = r["file"]
        assert list(r) == LABEL_KEYS, f
        assert r["category"] in CATEGORIES, f
        cats[r["category"]] += 1
        assert isinstance(r["auto_reply_ok"], bool) and isinstance(r["hard"], bool), f
        if CATEGORIES[r["category"]] in ("human_review", "ignore"):
            assert r["auto_reply_ok"] is False, f"{f}: {r['category']} is never answered automatically"
        assert r["uai"] is None or uai_ok(r["uai"]), f"{f}: label UAI {r['uai']} has a wrong check letter"
        assert r["region"] is None or r["region"] in REGIONS, f
        assert r["platform"] is None or r["platform"] in PLATFORMS, f
        assert r["lang"] in langs, f
        langs[r["lang"]] += 1
        assert isinstance(r["notes"], str) and len(r["notes"]) > 20, f
    assert all(cats.values()), cats
    assert 0.12 <= langs["en"] / 150 <= 0.18, langs

    for r in rows:
        f = r["file"]
        data = (HERE / f).read_bytes()
        assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), f"{f}: line endings"
        # parseable by the stdlib email package, both policies, without defects
        legacy = email.message_from_bytes(data)
        assert legacy["From"] and legacy["Date"], f
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for part in msg.walk():
            assert not part.defects, f"{f}: {part.defects}"
            if part.get_content_maintype() == "text":
                part.get_content()
        assert msg["Message-ID"], f
        when = email.utils.parsedate_to_datetime(str(msg["Date"]))
        assert dt.datetime(2025, 12, 8, tzinfo=PARIS) <= when < dt.datetime(2025, 12, 20, tzinfo=PARIS), f"{f}: {when}"

        heads, body = mail_text(msg)
        text = heads + "\n" + body

        # UAI check letters: every code in the mail is right, unless the notes say it is deliberately wrong
        found_ok, found_bad = set(), set()
        for m in UAI_RE.finditer(text):
            code = (m.group(1) + m.group(2) + m.group(3)).upper()
            (found_ok if uai_ok(code) else found_bad).add(code)
        for code in found_bad:
            assert code in r["notes"] and "wrong check letter" in r["notes"], f"{f}: {code} has a wrong check letter"
        for code in re.findall(r"\b\d{7}[A-Z]\b", r["notes"]):
            assert code[:7] in {c[:7] for c in found_ok | found_bad}, f"{f}: notes cite {code}, not in the mail"
        if r["uai"]:
            assert r["uai"] in found_ok, f"{f}: label UAI {r['uai']} not in the mail"

        # region: the UAI's département, else the académie domain of the sender, else null
        sender_domain = domain_of(str(msg["From"]))
        expected = DEPT_REGION[r["uai"][:3]] if r["uai"] else DOMAIN_REGION.get(sender_domain)
        assert r["region"] == expected, f"{f}: region {r['region']} != {expected}"

        # language: the label agrees with the words of the new text (quotes removed)
        words = re.findall(r"[a-zàâçéèêëîïôûùüÿœ']+", "\n".join(
            x for x in body.lower().splitlines() if not x.startswith(">"))[:1500])
        fr = sum(w in FR_WORDS for w in words)
        en = sum(w in EN_WORDS for w in words)
        assert (fr > en) == (r["lang"] == "fr"), f"{f}: lang {r['lang']} (fr={fr}, en={en})"

        # automated mail is never answered; mail whose notes call it a reply carries In-Reply-To
        if r["category"] == "automated":
            assert not r["auto_reply_ok"]


def main() -> int:
    files = generate()
    for old in HERE.glob("h*.eml"):
        if old.name not in files:
            old.unlink()
    for name, data in files.items():
        (HERE / name).write_bytes(data)
    (HERE / "labels.jsonl").write_text("\n".join(label_lines()) + "\n", encoding="utf-8")
    again = generate()
    assert again == files, "the script is not deterministic"
    check(files)
    counts: dict[str, int] = {}
    for spec in SPECS:
        counts[spec["label"]["category"]] = counts.get(spec["label"]["category"], 0) + 1
    print(f"wrote {len(files)} mails and labels.jsonl in {HERE}")
    for cat in CATEGORIES:
        print(f"  {cat:32s} {counts.get(cat, 0)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
