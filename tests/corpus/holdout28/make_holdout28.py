#!/usr/bin/env python3
"""Write the holdout28 blind corpus: h001.eml ... h150.eml and labels.jsonl.

Stdlib only, deterministic (fixed seed).  Run it from anywhere; it writes
next to itself:

    python3 tests/corpus/holdout28/make_holdout28.py

Theme of this set: October 2025, the public-purchasing side seen from small
structures (communes, syndicats scolaires, gestionnaires, agents comptables,
suppliers and publishers), plus school staff with accessibility needs, long
back-stories, "can you confirm that..." questions and detailed lists of what
was already tried.  Every body below is written by hand; only the transport
headers (Received, Authentication-Results, Message-ID, MIME framing) are
produced by the helpers.

The labels follow shared/spec/taxonomy.md and shared/spec/regions.md; the
script checks, for every mail, that a labelled UAI carries a correct check
letter and really occurs in the message, and that the labelled region is the
one the spec derives (UAI first, else an ac-*.fr sender domain, else null).
"""

import base64
import datetime as dt
import email
import email.policy
import html
import json
import os
import quopri
import random
import re
import textwrap
from email.header import Header

SEED = 2810
HERE = os.path.dirname(os.path.abspath(__file__))
DESK = "support@assistance.example.fr"
MX = "mx1.assistance.example.fr"

rnd = random.Random(SEED)

# ---------------------------------------------------------------- spec bits

UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Za-z]", code or "")) and \
        UAI_LETTERS[int(code[:7]) % 23] == code[7].upper()


REGION_DEPTS = {
    "auvergne-rhone-alpes": "01 03 07 15 26 38 42 43 63 69 73 74",
    "bourgogne-franche-comte": "21 25 39 58 70 71 89 90",
    "bretagne": "22 29 35 56",
    "centre-val-de-loire": "18 28 36 37 41 45",
    "corse": "620 720",
    "grand-est": "08 10 51 52 54 55 57 67 68 88",
    "hauts-de-france": "02 59 60 62 80",
    "ile-de-france": "75 77 78 91 92 93 94 95",
    "normandie": "14 27 50 61 76",
    "nouvelle-aquitaine": "16 17 19 23 24 33 40 47 64 79 86 87",
    "occitanie": "09 11 12 30 31 32 34 46 48 65 66 81 82",
    "pays-de-la-loire": "44 49 53 72 85",
    "provence-alpes-cote-d-azur": "04 05 06 13 83 84",
    "guadeloupe": "971",
    "martinique": "972",
    "guyane": "973",
    "la-reunion": "974",
    "mayotte": "976",
}
PREFIX_REGION = {}
for _reg, _deps in REGION_DEPTS.items():
    for _d in _deps.split():
        PREFIX_REGION[_d if len(_d) == 3 else "0" + _d] = _reg

ACAD_REGION = {
    "ac-clermont.fr": "auvergne-rhone-alpes", "ac-grenoble.fr": "auvergne-rhone-alpes",
    "ac-lyon.fr": "auvergne-rhone-alpes", "ac-besancon.fr": "bourgogne-franche-comte",
    "ac-dijon.fr": "bourgogne-franche-comte", "ac-rennes.fr": "bretagne",
    "ac-orleans-tours.fr": "centre-val-de-loire", "ac-corse.fr": "corse",
    "ac-nancy-metz.fr": "grand-est", "ac-reims.fr": "grand-est",
    "ac-strasbourg.fr": "grand-est", "ac-amiens.fr": "hauts-de-france",
    "ac-lille.fr": "hauts-de-france", "ac-creteil.fr": "ile-de-france",
    "ac-paris.fr": "ile-de-france", "ac-versailles.fr": "ile-de-france",
    "ac-normandie.fr": "normandie", "ac-caen.fr": "normandie", "ac-rouen.fr": "normandie",
    "ac-bordeaux.fr": "nouvelle-aquitaine", "ac-limoges.fr": "nouvelle-aquitaine",
    "ac-poitiers.fr": "nouvelle-aquitaine", "ac-montpellier.fr": "occitanie",
    "ac-toulouse.fr": "occitanie", "ac-nantes.fr": "pays-de-la-loire",
    "ac-aix-marseille.fr": "provence-alpes-cote-d-azur", "ac-nice.fr": "provence-alpes-cote-d-azur",
    "ac-guadeloupe.fr": "guadeloupe", "ac-martinique.fr": "martinique",
    "ac-guyane.fr": "guyane", "ac-reunion.fr": "la-reunion", "ac-mayotte.fr": "mayotte",
}

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation", "subscription_activation",
    "order_billing", "contract_documents", "transfer_incident", "automated", "other",
}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}

# ---------------------------------------------------------------- time

# Local offsets of the senders' clocks.  Metropolitan France leaves summer
# time on Sunday 26 October 2025 at 03:00 CEST.
TZ_OFFSET = {"paris": None, "guadeloupe": -4, "martinique": -4, "guyane": -3,
             "reunion": 4, "mayotte": 3, "utc": 0, "london": None, "montreal": None}


def paris_offset(day, hour):
    return 2 if (day < 26 or (day == 26 and hour < 2)) else 1


def when(day, hm=None, tz="paris"):
    """A sender-side datetime in October 2025 with the right offset."""
    if hm is None:
        h = rnd.choice([7, 8, 8, 9, 9, 10, 10, 11, 11, 13, 14, 14, 15, 16, 16, 17, 18, 21])
        m = rnd.randrange(60)
    else:
        h, m = (int(x) for x in hm.split(":"))
    s = rnd.randrange(60)
    if tz == "paris":
        off = paris_offset(day, h)
    elif tz == "london":
        off = 1 if day < 26 else 0
    elif tz == "montreal":
        off = -4
    else:
        off = TZ_OFFSET[tz]
    return dt.datetime(2025, 10, day, h, m, s, tzinfo=dt.timezone(dt.timedelta(hours=off)))


def to_paris(t):
    utc = t.astimezone(dt.timezone.utc)
    # offset is decided on the UTC instant: the switch is at 01:00 UTC on the 26th
    off = 2 if utc < dt.datetime(2025, 10, 26, 1, 0, tzinfo=dt.timezone.utc) else 1
    return utc.astimezone(dt.timezone(dt.timedelta(hours=off)))


def rfcdate(t):
    return email.utils.format_datetime(t)


# ---------------------------------------------------------------- encoding helpers

def hdr(name, value):
    """One header line, RFC 2047 encoded when it is not plain ASCII."""
    try:
        value.encode("ascii")
        line = f"{name}: {value}"
        if len(line) <= 78:
            return line
        # fold on a space near 76
        out, cur = [], line
        while len(cur) > 78:
            cut = cur.rfind(" ", 0, 76)
            if cut <= len(name) + 2:
                break
            out.append(cur[:cut])
            cur = " " + cur[cut + 1:]
        out.append(cur)
        return "\n".join(out)
    except UnicodeEncodeError:
        enc = Header(value, "utf-8", header_name=name).encode(linesep="\n")
        return f"{name}: {enc}"


def addr(name, address):
    if not name:
        return address
    try:
        name.encode("ascii")
        if re.search(r"[(),.:;<>@\[\]\"]", name):
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{address}>"
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{address}>"


def addr_hdr(field, pairs):
    vals = [addr(n, a) for n, a in pairs]
    line = f"{field}: " + ", ".join(vals)
    if len(line) > 78 and len(vals) > 1:
        line = f"{field}: " + ",\n ".join(vals)
    return line


def qp(data):
    return quopri.encodestring(data, quotetabs=False).decode("ascii")


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def encode_body(text, charset, cte):
    data = text.encode(charset)
    if cte == "quoted-printable":
        return qp(data).encode("ascii")
    if cte == "base64":
        return b64(data).encode("ascii")
    return data


def flow(text, width=72):
    """Hard-wrap long paragraph lines, format=flowed style (trailing space)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">") or line.startswith("-- ") \
                or "http" in line:
            out.append(line)
            continue
        wrapped = textwrap.wrap(line, width=width, break_long_words=False,
                                break_on_hyphens=False)
        out.extend(w + " " for w in wrapped[:-1])
        out.append(wrapped[-1])
    return "\n".join(out)


def text_to_html(text, kind="div"):
    """Rough HTML rendering of a hand-written plain body, per client family."""
    lines = text.split("\n")
    chunks, quote = [], []

    def flush_quote():
        if quote:
            inner = text_to_html_inner([q[1:].lstrip() if q.startswith(">") else q for q in quote], kind)
            chunks.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                          + inner + "</blockquote>")
            quote.clear()

    plain = []
    for line in lines:
        if line.startswith(">"):
            if plain:
                chunks.append(text_to_html_inner(plain, kind))
                plain = []
            quote.append(line)
        else:
            flush_quote()
            plain.append(line)
    flush_quote()
    if plain:
        chunks.append(text_to_html_inner(plain, kind))
    return "\n".join(chunks)


def text_to_html_inner(lines, kind):
    out = []
    for line in lines:
        esc = html.escape(line, quote=False)
        esc = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', esc)
        if kind == "mso":
            out.append(f'<p class="MsoNormal">{esc or "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>')
        elif kind == "br":
            out.append((esc or "") + "<br>")
        else:
            out.append(f"<div>{esc or '<br>'}</div>")
    return "\n".join(out)


def html_doc(inner, kind="div", lang="fr"):
    if kind == "mso":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
                '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
                '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style>'
                f'</head><body lang="{lang.upper()}" link="#0563C1" vlink="#954F72">'
                f'<div class="WordSection1">\n{inner}\n</div></body></html>')
    if kind == "gmail":
        return f'<div dir="ltr">\n{inner}\n</div>'
    if kind == "zimbra":
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; '
                f'color: #000000">\n{inner}\n</div></body></html>')
    return f"<html><head></head><body>\n{inner}\n</body></html>"


def boundary(prefix="=_"):
    return prefix + "".join(rnd.choice("0123456789abcdef") for _ in range(28))


def hexid(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def alnum(n):
    return "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def ip(net=None):
    net = net or rnd.choice(["192.0.2", "198.51.100", "203.0.113"])
    return f"{net}.{rnd.randrange(2, 250)}"


def domain_of(address):
    return address.rsplit("@", 1)[1].lower()


# ---------------------------------------------------------------- transport

def mta_for(dom):
    if dom == "gmail.com":
        return f"mail-{rnd.choice(['wm1', 'wr1', 'ej1', 'ed1'])}-f{rnd.randrange(40, 200)}.google.com"
    if dom in ("orange.fr", "wanadoo.fr"):
        return f"smtp-{rnd.randrange(10, 30)}.smtp.orange.fr"
    if dom == "laposte.net":
        return f"smtpout{rnd.randrange(1, 5)}.laposte.net"
    if dom == "free.fr":
        return f"smtp{rnd.randrange(1, 9)}-g21.free.fr"
    if dom.startswith("ac-"):
        return f"smtp{rnd.randrange(1, 6)}.{dom}"
    if dom in ("outlook.fr", "hotmail.fr", "outlook.com", "hotmail.com"):
        return f"{rnd.choice(['PA4P', 'DB9P', 'AM0P'])}R{rnd.randrange(10, 99)}MB{rnd.randrange(1000, 9999)}.outbound.protection.outlook.com"
    return f"mail.{dom}"


def auth_results(dom, auth):
    if auth == "pass":
        return (f"Authentication-Results: {MX};\n\tdkim=pass (2048-bit key) header.d={dom};\n"
                f"\tspf=pass smtp.mailfrom={dom};\n\tdmarc=pass (p=none dis=none) header.from={dom}")
    if auth == "nodkim":
        return (f"Authentication-Results: {MX};\n\tdkim=none;\n"
                f"\tspf=pass smtp.mailfrom={dom};\n\tdmarc=none header.from={dom}")
    if auth == "fail":
        return (f"Authentication-Results: {MX};\n\tdkim=none;\n"
                f"\tspf=fail smtp.mailfrom={dom};\n\tdmarc=fail (p=quarantine dis=none) header.from={dom}")
    return f"Authentication-Results: {MX};\n\t" + auth


def transport(sender, t, auth="pass", return_path=None, mta=None, extra_hop=True):
    dom = domain_of(sender)
    mta = mta or mta_for(dom)
    rp = sender if return_path is None else return_path
    tp = to_paris(t)
    arrive = tp + dt.timedelta(seconds=rnd.randrange(2, 40))
    lines = [
        f"Return-Path: <{rp}>",
        f"Delivered-To: {DESK}",
        f"Received: from {mta} ({mta} [{ip()}])\n\tby {MX} (Postfix) with ESMTPS id {alnum(15)}\n"
        f"\tfor <{DESK}>; {rfcdate(arrive)}",
        auth_results(dom, auth),
    ]
    if extra_hop:
        lines.append(f"Received: from [192.168.{rnd.randrange(0, 10)}.{rnd.randrange(2, 250)}] "
                     f"(unknown [{ip()}])\n\tby {mta} with ESMTPSA id {hexid(10).upper()}\n"
                     f"\tfor <{DESK}>; {rfcdate(t + dt.timedelta(seconds=rnd.randrange(1, 9)))}")
    return lines


# ---------------------------------------------------------------- clients

def msgid_for(client, dom):
    if client == "gmail":
        return f"<CA{alnum(2)}+{alnum(40)}@mail.gmail.com>"
    if client in ("outlook", "outlook_html", "outlook_old"):
        return f"<{rnd.randrange(0, 9)}{hexid(3)}01dc{hexid(4)}${hexid(8)}${hexid(8)}@{dom}>"
    if client in ("owa", "android", "outlook_ios"):
        return f"<{alnum(4).upper()}{rnd.randrange(10, 99)}MB{rnd.randrange(1000, 9999)}{alnum(20).upper()}@{alnum(4).upper()}PR{rnd.randrange(10, 99)}MB{rnd.randrange(1000, 9999)}.eurprd0{rnd.randrange(1, 9)}.prod.outlook.com>"
    if client == "zimbra":
        return f"<{rnd.randrange(10**8, 10**9)}.{rnd.randrange(10**5, 10**6)}.{rnd.randrange(10**12, 10**13)}.JavaMail.zimbra@{dom}>"
    if client in ("iphone", "apple"):
        u = hexid(32).upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{dom}>"
    if client == "roundcube":
        return f"<{hexid(32)}@{dom}>"
    u = hexid(32)
    return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{dom}>"


def client_headers(client, lang):
    if client == "thunderbird":
        return ["User-Agent: Mozilla Thunderbird", f"Content-Language: {'en-GB' if lang == 'en' else 'fr'}"]
    if client in ("outlook", "outlook_html"):
        return [f"X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: {alnum(28)}==",
                f"Content-Language: {'en-gb' if lang == 'en' else 'fr'}"]
    if client == "outlook_old":
        return ["X-Mailer: Microsoft Office Outlook 12.0", f"Thread-Index: {alnum(24)}=="]
    if client == "owa":
        return [f"Thread-Index: {alnum(28)}==", f"Accept-Language: {'en-GB' if lang == 'en' else 'fr-FR'}, en-US",
                f"Content-Language: {'en-GB' if lang == 'en' else 'fr-FR'}",
                "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
    if client == "android":
        return [f"Thread-Index: {alnum(28)}==", "X-Mailer: Outlook for Android"]
    if client == "outlook_ios":
        return [f"Thread-Index: {alnum(28)}==", "X-Mailer: Outlook for iOS"]
    if client == "zimbra":
        return [f"X-Originating-IP: [10.{rnd.randrange(1, 250)}.{rnd.randrange(1, 250)}.{rnd.randrange(2, 250)}]",
                "X-Mailer: Zimbra 10.0.9_GA_0260 (ZimbraWebClient - FF143 (Win)/10.0.9_GA_0260)"]
    if client == "iphone":
        return ["X-Mailer: iPhone Mail (22H31)"]
    if client == "apple":
        return ["X-Mailer: Apple Mail (2.3826.700.81)"]
    if client == "roundcube":
        return ["User-Agent: Roundcube Webmail/1.6.10"]
    if client == "orange":
        return ["X-Mailer: Webmail Orange", f"X-Originating-IP: [{ip()}]"]
    if client == "gmail":
        return []
    return []


def body_structure(client, text, html_kind=None, charset="utf-8", lang="fr", attachments=()):
    """Return (content-type header lines, body bytes) for a client family."""
    if client in ("thunderbird", "roundcube"):
        main_ct = f"Content-Type: text/plain; charset={'UTF-8' if charset == 'utf-8' else charset}; format=flowed"
        main = ([main_ct, "Content-Transfer-Encoding: 8bit"], flow(text).encode(charset))
    elif client in ("iphone", "apple"):
        main = ([f"Content-Type: text/plain;\n\tcharset=utf-8", "Content-Transfer-Encoding: quoted-printable"],
                encode_body(text, "utf-8", "quoted-printable"))
    elif client == "plain7":
        main = (["Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit"],
                text.encode("ascii"))
    elif client == "plain":
        main = ([f"Content-Type: text/plain; charset={charset}", "Content-Transfer-Encoding: 8bit"],
                text.encode(charset))
    elif client == "outlook_html":
        h = html_doc(text_to_html(text, "mso"), "mso", lang)
        main = ([f'Content-Type: text/html; charset="{charset}"', "Content-Transfer-Encoding: quoted-printable"],
                encode_body(h, charset, "quoted-printable"))
    elif client == "android":
        b = boundary("_000_")
        h = html_doc(text_to_html(text, "div"), "plain", lang)
        parts = [
            (["Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: base64"],
             encode_body(text, "utf-8", "base64")),
            (["Content-Type: text/html; charset=\"utf-8\"", "Content-Transfer-Encoding: base64"],
             encode_body(h, "utf-8", "base64")),
        ]
        main = multipart("alternative", parts, b)
    else:
        kind = {"outlook": "mso", "outlook_old": "mso", "owa": "div", "outlook_ios": "div",
                "gmail": "gmail", "zimbra": "zimbra", "orange": "br"}.get(client, "div")
        h = html_doc(text_to_html(text, kind), kind, lang)
        cte = "quoted-printable"
        tcs = charset
        b = boundary({"gmail": "000000000000", "orange": "----=_Part_", "zimbra": "=_"}.get(
            client, "_000_" if client.startswith(("outlook", "owa")) else "=_"))
        ct_t = f'Content-Type: text/plain; charset="{tcs}"' if client != "gmail" else f'Content-Type: text/plain; charset="{tcs.upper()}"'
        ct_h = f'Content-Type: text/html; charset="{tcs}"' if client != "gmail" else f'Content-Type: text/html; charset="{tcs.upper()}"'
        parts = [([ct_t, f"Content-Transfer-Encoding: {cte}"], encode_body(text, tcs, cte)),
                 ([ct_h, f"Content-Transfer-Encoding: {cte}"], encode_body(h, tcs, cte))]
        main = multipart("alternative", parts, b)
    if not attachments:
        return main
    parts = [main]
    for fname, ctype, data in attachments:
        try:
            fname.encode("ascii")
            disp = f'Content-Disposition: attachment; filename="{fname}"'
            ctn = f'Content-Type: {ctype}; name="{fname}"'
        except UnicodeEncodeError:
            from urllib.parse import quote
            disp = f"Content-Disposition: attachment;\n filename*=utf-8''{quote(fname)}"
            ctn = f"Content-Type: {ctype};\n name*=utf-8''{quote(fname)}"
        parts.append(([ctn, disp, "Content-Transfer-Encoding: base64"], b64(data).encode("ascii")))
    return multipart("mixed", parts, boundary("_mixed_" if client != "gmail" else "000000000000"))


def multipart(subtype, parts, bnd, preamble=None, params=""):
    chunks = []
    if preamble:
        chunks.append(preamble.encode("utf-8") + b"\n")
    for heads, body in parts:
        chunks.append(b"--" + bnd.encode() + b"\n" + "\n".join(heads).encode("ascii") + b"\n\n" + body.rstrip(b"\n") + b"\n")
    chunks.append(b"--" + bnd.encode() + b"--\n")
    ct = f'Content-Type: multipart/{subtype};{params}\n boundary="{bnd}"'
    return ([ct], b"\n".join(chunks))


def fake_pdf(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            b"4 0 obj<</Length " + str(len(t) + 30).encode() + b">>stream\nBT /F1 12 Tf 72 770 Td (" + t +
            b") Tj ET\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def fake_png():
    return base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


# ---------------------------------------------------------------- the corpus

MAILS = []


def person(frm, subject, body, *, day, label, hm=None, tz="paris", client="thunderbird",
           to=None, cc=None, reply_to=None, lang="fr", charset="utf-8", auth="pass",
           in_reply_to=None, references=None, extra=None, attachments=(), mta=None,
           return_path=None, msgid_domain=None):
    """A mail written by a person.  frm = (display name, address)."""
    t = when(day, hm, tz)
    sender = frm[1]
    dom = msgid_domain or domain_of(sender)
    lines = transport(sender, t, auth=auth, mta=mta, return_path=return_path)
    lines += client_headers(client, lang)
    lines.append(addr_hdr("From", [frm]))
    lines.append(addr_hdr("To", to if to else [("Assistance", DESK)]))
    if cc:
        lines.append(addr_hdr("Cc", cc))
    if reply_to:
        lines.append(addr_hdr("Reply-To", [reply_to]))
    lines.append(hdr("Subject", subject))
    lines.append(f"Date: {rfcdate(t)}")
    lines.append(f"Message-ID: {msgid_for(client, dom)}")
    if in_reply_to:
        lines.append(f"In-Reply-To: {in_reply_to}")
        lines.append(hdr("References", references or in_reply_to))
    for h in (extra or []):
        lines.append(h)
    if client in ("iphone", "apple"):
        lines.append("Mime-Version: 1.0 (1.0)" if client == "iphone" else "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.700.81\\))")
    else:
        lines.append("MIME-Version: 1.0")
    ct, body_bytes = body_structure(client, body, charset=charset, lang=lang, attachments=attachments)
    raw = ("\n".join(lines + ct) + "\n\n").encode("ascii") + body_bytes
    if not raw.endswith(b"\n"):
        raw += b"\n"
    MAILS.append((raw, label, body, subject, frm))


def machine(raw_headers, ct_lines, body_bytes, *, label, text_for_checks="", frm=("", "")):
    """A machine-written mail: the caller gives every header."""
    raw = ("\n".join(raw_headers + ct_lines) + "\n\n").encode("ascii") + body_bytes
    if not raw.endswith(b"\n"):
        raw += b"\n"
    MAILS.append((raw, label, text_for_checks, "", frm))


def L(category, ok, uai, region, platform, hard, lang, notes):
    return {"category": category, "auto_reply_ok": ok, "uai": uai, "region": region,
            "platform": platform, "hard": hard, "lang": lang, "notes": notes}


def ticket_ref(n, month, day, hm):
    """Message-ID of a message the desk sent on a given date (Paris time)."""
    h, m = (int(x) for x in hm.split(":"))
    off = 2 if (month < 10 or (month == 10 and day < 26)) else 1
    t = dt.datetime(2025, month, day, h, m, rnd.randrange(60), tzinfo=dt.timezone(dt.timedelta(hours=off)))
    return f"<SUP-{n:06d}.{int(t.timestamp())}.{hexid(6)}@assistance.example.fr>"


# ============================================================ password_reset

person(("Martine Roussel", "secretariat@mairie-lignerolles.fr"),
       "Mot de passe Espace Acheteur",
       """Bonjour,

Je suis secrétaire de mairie à Lignerolles (380 habitants) et c'est la première fois que j'utilise votre plateforme. Le maire m'a demandé de passer par la centrale d'achat pour les fournitures de l'école communale, j'ai donc créé notre compte sur l'Espace Acheteur fin septembre.

Problème : le mot de passe que j'avais choisi ce jour-là ne passe plus. J'ai dû le noter quelque part mais impossible de remettre la main dessus. Je ne suis pas très à l'aise avec l'informatique et je préfère vous demander plutôt que de tout casser.

Pourriez-vous me dire comment en obtenir un nouveau ? Je suis à la mairie le lundi, le mardi et le jeudi.

Merci d'avance,

Martine Roussel
Secrétaire de mairie
Mairie de Lignerolles
""", day=2, client="roundcube", auth="nodkim",
       label=L("password_reset", True, None, None, "espace_acheteur", False, "fr",
               "First-time user in a small commune has lost the password chosen at sign-up; no UAI, non-academic sender."))

person(("Sandrine Lefevre", "sandrine.lefevre3@ac-amiens.fr"),
       "probleme de conection e-sidoc",
       """bonjour

je suis la nouvel profeseur documantaliste du colège Jules Verne a Abbeville. je suis disléxique donc escusé les fotes.

je narive plus a me conecter sur le portail e-sidoc partie administration, il me dit identifiant ou mot de passe incorect. je croi que le mot de passe a été changer par ma colègue avan son depar mais elle ne répon pas a mes mail.

notre numéro d'établisement c'est 0800147A

es que vous pouvez menvoyer un nouveau mot de passe sur ladresse du colège ?

merci beaucou
Sandrine Lefèvre
""", day=3, client="zimbra",
       label=L("password_reset", True, "0800147A", "hauts-de-france", "esidoc", False, "fr",
               "Dyslexic writer, phonetic spelling throughout; clear lost e-sidoc password, UAI given."))

person(("Olivier Ferrand", "olivier.ferrand@ac-lyon.fr"),
       "Compte e-sidoc bloqué (utilisateur de lecteur d'écran)",
       """Bonjour,

J'utilise un lecteur d'écran (NVDA avec Firefox) parce que je suis non-voyant ; je vous décris donc ce que j'entends, pas ce que je vois.

Ce matin, sur la page de connexion à l'administration du portail e-sidoc du lycée, le lecteur annonce « zone d'édition, identifiant », puis « zone d'édition protégée, mot de passe », puis un élément qu'il lit simplement « bouton », sans autre nom. J'ai validé plusieurs fois sur ce bouton en pensant que c'était « Se connecter ». Après quatre ou cinq essais, NVDA a lu une alerte : « Votre compte est temporairement bloqué suite à plusieurs tentatives infructueuses ».

Je suis à peu près sûr de mon mot de passe, mais je ne peux plus rien tenter. Pouvez-vous débloquer le compte ou m'envoyer un lien de réinitialisation ? L'identifiant est l'UAI du lycée : 0421046J. Si le lien arrive par courriel, merci de me dire l'objet exact du message : je trie ma boîte au clavier et je cherche par l'objet.

Au passage, ce bouton sans nom mériterait un libellé.

Cordialement,
Olivier Ferrand
Professeur documentaliste, lycée Honoré d'Urfé, Saint-Étienne
""", day=6, hm="08:12",
       label=L("password_reset", True, "0421046J", "auvergne-rhone-alpes", "esidoc", False, "fr",
               "Screen-reader user describes what NVDA announces; account locked after repeated attempts, asks for unlock or reset link."))

person(("Hélène Castagnet", "helene.castagnet@ac-bordeaux.fr"),
       "Accès administration e-sidoc après congé de formation",
       """Bonjour,

L'an dernier, à peu près à la même époque, j'avais eu affaire à votre service pour un souci qui n'avait rien à voir : notre portail affichait encore le logo de l'ancien collège après la fusion avec l'annexe. Une de vos collègues (Nadia, je crois) m'avait rappelée le jour même et tout avait été réglé en dix minutes. J'en garde un très bon souvenir, c'est pour ça que je vous écris directement plutôt que de fouiller la FAQ.

Cette fois c'est plus bête. J'étais en congé de formation de mars à septembre, et à mon retour le mot de passe du compte d'administration e-sidoc est refusé. Je suppose qu'il a expiré entre-temps, ou que la collègue qui m'a remplacée l'a modifié ; je ne connais pas le nouveau et elle a quitté l'académie.

Est-ce que vous pouvez me faire parvenir un lien pour en définir un nouveau ?

Merci,

Hélène Castagnet
Documentaliste – Collège Jean Jaurès, Cenon
UAI 0330555Z
""", day=7, client="thunderbird",
       label=L("password_reset", True, "0330555Z", "nouvelle-aquitaine", "esidoc", False, "fr",
               "Long story about an unrelated earlier contact before the request; password refused after a long leave. UAI in the signature."))

person(("Erwan Le Goff", "erwan.le-goff@ac-rennes.fr"),
       "Question avant de réinitialiser le mot de passe e-sidoc",
       """Bonjour,

Avant de cliquer sur « Mot de passe oublié » pour notre portail e-sidoc, pouvez-vous me confirmer que le lien partira bien sur la boîte du collège (ce.0561710E@ac-rennes.fr) et pas sur l'adresse personnelle de mon prédécesseur ? C'est le secrétariat qui relève cette boîte, je les préviendrai.

Je ne me souviens plus du mot de passe, donc de toute façon il faudra le réinitialiser.

Bonne journée,
Erwan Le Goff
CDI – collège Jules Simon, Vannes
""", day=8, client="zimbra",
       label=L("password_reset", True, "0561710E", "bretagne", "esidoc", False, "fr",
               "Asks to confirm where the reset link will go rather than asking for the link; the password is forgotten, the reset answer covers both."))

person(("SIVOS Vallée de l'Ource", "sivos.ource@orange.fr"),
       "Impossible de me connecter malgré tout ce que j'ai essayé",
       """Bonjour,

Je gère les achats du SIVOS de la Vallée de l'Ource (regroupement pédagogique de quatre communes) et je n'arrive plus à entrer sur l'Espace Acheteur depuis mardi. Le message affiché est « identifiant ou mot de passe incorrect ».

Voici ce que j'ai déjà fait, pour vous éviter de me le redemander :
- vidé le cache et les cookies de Firefox (« depuis toujours ») ;
- essayé avec Edge puis avec Chrome, même message ;
- essayé en navigation privée ;
- vérifié que la touche Verr. Maj n'était pas enclenchée et que le pavé numérique était bien activé (mon mot de passe contient des chiffres) ;
- tapé le mot de passe dans le Bloc-notes puis copié-collé, au cas où ;
- essayé depuis l'ordinateur de la mairie de Belan, chez la secrétaire, même résultat.

J'en conclus que c'est le mot de passe lui-même qui ne va plus. Je veux bien en changer : pouvez-vous m'envoyer de quoi le réinitialiser ? L'adresse enregistrée sur le compte est celle-ci.

Cordialement,
Josiane Perrot
Secrétaire du SIVOS de la Vallée de l'Ource
""", day=9, client="orange",
       label=L("password_reset", True, None, None, "espace_acheteur", False, "fr",
               "Syndicat scolaire lists in detail what was tried (cache, three browsers, private window, caps lock, another PC) before asking for a reset."))

person(("Rachel Whitfield", "rachel.whitfield@ac-versailles.fr"),
       "e-sidoc back office - locked out",
       """Hello,

I'm the librarian for the British Section at the Lycée International in Saint-Germain-en-Laye. I've been locked out of the back office of our e-sidoc portal since the start of term: the password I had simply doesn't work any more, and I can't find it written down anywhere.

Could you confirm that the username is the school code (0782303E)? A colleague told me so but I'd rather be sure before I try the "forgotten password" link again. And if it's easier for you to just send me a reset link, please do.

Many thanks,
Rachel Whitfield
Librarian, British Section
""", day=1, lang="en", client="thunderbird",
       label=L("password_reset", True, "0782303E", "ile-de-france", "esidoc", False, "en",
               "English; forgotten e-sidoc password, asks to confirm the login is the UAI."))

person(("Nathalie Brun", "nathalie.brun1@ac-lyon.fr"),
       "Identifiants Espace Acheteur introuvables",
       """Bonjour,

Je suis la nouvelle adjointe gestionnaire de la cité scolaire de Tarare, UAI 0691013B, arrivée le 1er septembre.

Mon prédécesseur passait les commandes de la cité scolaire sur l'Espace Acheteur. Il m'a laissé un classeur de procédures très complet, mais la fiche « centrale d'achat » dit seulement : « identifiant : adresse de l'intendance ; mot de passe : voir M. Girard ». M. Girard est parti à la retraite et ne répond pas. L'adresse de l'intendance est partagée par trois personnes et aucune ne connaît le mot de passe.

Comment récupérer l'accès ? J'ai un bon de commande à passer avant les vacances.

Cordialement,
Nathalie Brun
Adjointe gestionnaire
""", day=10, client="zimbra",
       label=L("password_reset", True, "0691013B", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
               "New gestionnaire: shared intendance mailbox, password left with a retired predecessor (FAQ case)."))

person(("Coralie Dhénin", "coralie.dhenin@gmail.com"),
       "Lien de réinitialisation qui ne marche pas",
       """Bonsoir,

Je précise tout de suite que ce n'est pas un problème de mail qui n'arrive pas : le mail de réinitialisation, je le reçois, et même très vite. Le problème, c'est que quand je clique sur le lien, la page me dit « ce lien n'est plus valide ». J'ai recommencé trois fois ce soir, à chaque fois en cliquant dans la minute.

Je lis mes mails sur le téléphone, peut-être que l'application « ouvre » le lien avant moi ? Je n'en sais rien.

Il me faudrait un lien qui fonctionne pour le portail e-sidoc du collège Anatole France (0592247X).

Merci !
Coralie Dhénin
""", day=13, hm="21:37", client="gmail",
       label=L("password_reset", True, "0592247X", "hauts-de-france", "esidoc", True, "fr",
               "Contrast: says it is NOT a mail that does not arrive; the reset link arrives but is already invalid. password_reset, not missing_noreply_mail. Personal Gmail, region from the UAI."))

person(("Pantxika Etcheverry", "pantxika.etcheverry@ac-bordeaux.fr"),
       "réinitialisation mdp e-sidoc",
       """Bonjour,
Pouvez-vous réinitialiser le mot de passe de notre e-sidoc ? Notre RNE : 0641197F. Je n'ai plus accès depuis que ma collègue a changé de poste, elle avait tout gardé dans son navigateur.
Merci
Pantxika Etcheverry, documentaliste, collège de Hasparren
""", day=14, client="zimbra",
       label=L("password_reset", True, None, "nouvelle-aquitaine", "esidoc", True, "fr",
               "Wrong check letter: 0641197F (the digits give 0641197D), so no UAI; region from the ac-bordeaux.fr sender. Otherwise a plain reset request the procedure answers."))

_r = ticket_ref(5812, 6, 12, "14:02")
person(("Agnès Moreau", "agnes.moreau2@ac-poitiers.fr"),
       "RE: [#SUP-005812] Facture en double - abonnement Universalis",
       """Bonjour,

Je reviens sur ce fil car c'est le seul échange que j'ai gardé avec vous, mais ça n'a rien à voir avec la facture (elle a bien été annulée, merci).

Depuis lundi, je n'arrive plus à me connecter à l'administration d'e-sidoc : mot de passe refusé. Je l'ai sans doute mal recopié quand je l'ai changé en septembre. Est-ce que vous pouvez m'envoyer un lien de réinitialisation ? UAI du collège : 0860149V.

Merci d'avance,
Agnès Moreau

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 12 juin 2025 14:02
À : Agnès Moreau <agnes.moreau2@ac-poitiers.fr>
Objet : RE: [#SUP-005812] Facture en double - abonnement Universalis

Bonjour Madame,

La facture FA-2025-04417 émise en double a été annulée ; seule la facture FA-2025-04398 reste à payer. Un avoir vous sera adressé par courrier.

Cordialement,
L'équipe d'assistance
""", day=15, client="outlook", in_reply_to=_r,
       label=L("password_reset", True, "0860149V", "nouvelle-aquitaine", "esidoc", True, "fr",
               "Reply on an old order_billing ticket (quoted invoice history, subject about a duplicate invoice); the new text clearly asks for a password reset."))

person(("Farida Benali", "farida.benali@ac-aix-marseille.fr"),
       "Nouveau mot de passe administration e-sidoc",
       """Bonjour,

J'ai besoin d'un nouveau mot de passe pour l'administration d'e-sidoc (collège Mireille Lauze, Marseille 10e, UAI 0130373K).

J'en ai parlé à ma principale ce matin : elle est d'accord, et si vous avez besoin d'un courrier de sa part elle le fera. Mais si le lien peut simplement partir sur l'adresse officielle du collège, c'est encore plus simple pour tout le monde.

Merci,
Farida Benali
""", day=16, client="thunderbird",
       label=L("password_reset", True, "0130373K", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
               "The librarian mentions her principal's agreement, but the principal does not write: password_reset, not head_of_establishment_request."))

person(("Secrétariat - École Saint-Joseph", "secretariat@stjoseph-ancenis.fr"),
       "Mot de passe espace établissement EcoleDirecte",
       """Bonjour,

Nous n'avons plus le mot de passe de l'espace établissement EcoleDirecte de l'école (UAI 0440777F). La directrice qui l'avait est partie en juillet et le code n'a été noté nulle part.

Je ne parle pas du mot de passe des parents ni de celui des enseignants, qui fonctionnent, mais de l'accès administrateur qui sert à paramétrer les classes.

Comment faire pour le récupérer ?

Bien cordialement,
Valérie Guérin
Secrétaire de direction
""", day=2, client="outlook", auth="pass",
       label=L("password_reset", False, "0440777F", "pays-de-la-loire", "ecoledirecte", False, "fr",
               "Lost EcoleDirecte administrator password of a private school; no reset template exists for this product, so a person answers."))

person(("Bernard Claudel", "b.claudel54@orange.fr"),
       "Mdp",
       """Bonjour, j'ai perdu mon mot de passe pour l'espace acheteur (commune de Saint-Maurice-aux-Forges). Pouvez vous m'en renvoyer un svp. Merci

Envoyé de mon iPhone
""", day=20, hm="07:41", client="iphone",
       label=L("password_reset", True, None, None, "espace_acheteur", False, "fr",
               "Three lines from a phone: commune user lost the Espace Acheteur password."))

person(("Megan O'Sullivan", "megan.osullivan@ac-guyane.fr"),
       "Library portal password",
       """Hi there,

I'm covering the CDI (school library) at Collège Omeba Tobo in Kourou until December while the usual librarian is on leave. She left me a note with the login for the e-sidoc admin page (RNE 9732492W) but the password on the note doesn't work. I've tried it with and without the capital letter at the start.

Could you please reset it? I'm happy to receive the link on the school's main address if that's how it works; the office will pass it on.

Thanks a lot,
Megan O'Sullivan
""", day=9, tz="guyane", hm="14:05", lang="en", client="thunderbird",
       label=L("password_reset", True, "9732492W", "guyane", "esidoc", False, "en",
               "English; temporary librarian in Guyane, the written-down e-sidoc password is refused; UAI given as RNE."))

person(("SIVU des écoles du Hautbois", "sivu.hautbois@wanadoo.fr"),
       "compte bloqué espace acheteur",
       """Madame, Monsieur,

Notre compte sur l'Espace Acheteur a été validé la semaine dernière par l'administrateur de notre structure. En me connectant pour la première fois hier, je me suis trompée trois fois de suite (je mélangeais avec le mot de passe de la messagerie) et le site affiche maintenant « compte verrouillé pour votre sécurité ».

Je voudrais qu'il soit débloqué, ou pouvoir choisir un autre mot de passe.

Avec mes remerciements,

Christiane Bouvier
Secrétaire du SIVU des écoles du Hautbois
""", day=21, client="outlook",
       label=L("password_reset", True, None, None, "espace_acheteur", False, "fr",
               "Syndicat scolaire: account locked after three wrong passwords at the first log-in."))

person(("Gwenaëlle Tanguy", "gwenaelle.tanguy@ac-rennes.fr"),
       "TR: Réinitialisation de votre mot de passe e-sidoc",
       """Bonjour,

Je suis au secrétariat du collège. Ce mail est arrivé jeudi dans la boîte de l'établissement, mais notre documentaliste n'était pas là jeudi ni vendredi et quand je lui ai transmis ce matin le lien ne marchait plus.

Pouvez-vous en renvoyer un ? Idéalement mardi matin, elle sera au CDI dès 8 h et je lui transmettrai tout de suite.

Merci,
Gwenaëlle Tanguy
Secrétariat – Collège Kerichen, Brest

De : Assistance <no-reply@assistance.example.fr>
Envoyé : jeudi 2 octobre 2025 16:48
À : ce.0290826R@ac-rennes.fr
Objet : Réinitialisation de votre mot de passe e-sidoc

Bonjour,

Une demande de réinitialisation du mot de passe a été faite pour le portail e-sidoc de l'établissement 0290826R.
Pour choisir un nouveau mot de passe, suivez ce lien (valable 12 heures) :
https://assistance.example.fr/reset/3f9c1a7e52b04d8e

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.
""", day=6, client="outlook",
       label=L("password_reset", True, "0290826R", "bretagne", "esidoc", True, "fr",
               "Forward (Outlook 'TR:') by the school office of the reset mail whose link expired before the librarian could use it; asks for a new one. UAI only inside the forwarded part."))

person(("Mickaël Payet", "mickael.payet@ac-reunion.fr"),
       "Mot de passe expiré e-sidoc",
       """Bonjour,

En me connectant ce matin au back-office e-sidoc, j'ai eu le message « Votre mot de passe a expiré, veuillez le modifier ». La page qui s'affiche ensuite demande l'ancien mot de passe, puis deux fois le nouveau. Le problème, c'est que l'ancien, je ne l'ai plus : c'est le navigateur qui le remplissait, et depuis la mise à jour de Windows il a tout oublié.

Y a-t-il un moyen de repartir de zéro ? Lycée Roland Garros, Le Tampon, UAI 9742344E.

Merci et bonne journée,
Mickaël Payet
Professeur documentaliste
""", day=7, tz="reunion", hm="07:55", client="thunderbird",
       label=L("password_reset", True, "9742344E", "la-reunion", "esidoc", False, "fr",
               "Expired password; the change form wants the old one, which the browser had forgotten. Réunion time zone."))

person(("Laurence Petitjean", "laurence.petitjean@ac-dijon.fr"),
       "Deux questions : mot de passe + bon de commande",
       """Bonjour,

J'ai deux choses à vous demander, pardon de tout mettre dans le même message.

1) Je n'arrive plus à me connecter à l'Espace Acheteur : j'ai oublié mon mot de passe et le lien « mot de passe oublié » me renvoie vers l'adresse de l'ancienne gestionnaire. Il me faudrait un accès à mon nom.

2) Sur le bon de commande BC-2025-0917 (mobilier pour le CDI), j'ai saisi la mauvaise imputation budgétaire. Est-ce que la commande peut encore être modifiée, ou faut-il l'annuler et en refaire une ? Le fournisseur n'a pas encore livré.

Collège Gaston Bachelard, Dijon – UAI 0211067W.

Merci,
Laurence Petitjean
Gestionnaire
""", day=8, client="zimbra",
       label=L("password_reset", False, "0211067W", "bourgogne-franche-comte", "espace_acheteur", True, "fr",
               "Two topics: forgotten Espace Acheteur password (first, main) and a purchase order to correct (order_billing); one template would answer only half."))

person(("Thomas Bessière", "thomas.bessiere12@gmail.com"),
       "Mot de passe e-sidoc à m'envoyer",
       """Bonjour,

Je suis documentaliste au collège Jean Moulin de Rodez (0120538V). Je ne me souviens plus du mot de passe de l'administration d'e-sidoc.

Pourriez-vous me l'envoyer directement sur cette adresse gmail ? Je n'arrive pas à accéder à la messagerie académique depuis chez moi et je voudrais avancer sur le portail pendant les vacances.

Merci beaucoup,
Thomas Bessière
""", day=17, hm="19:20", client="gmail",
       label=L("password_reset", False, "0120538V", "occitanie", "esidoc", False, "fr",
               "Asks for the password to be sent to a personal Gmail address, which is not on file: no automatic answer."))

person(("Mairie de Vaux-sur-Blaise", "mairie.vauxsurblaise@laposte.net"),
       "conection",
       """bonjour
je narive pa a me conecté a lespace achteur pour les comande de lécole, jé perdu le mo de pass depui la foi ou je lavé créé. le nom dutilisateur je croi que c'est ladresse de la mairie.
pouvé vous maidé
merci
Sylvie
""", day=22, client="plain", auth="pass", mta="smtpout2.laposte.net",
       label=L("password_reset", True, None, None, "espace_acheteur", False, "fr",
               "Heavy phonetic spelling ('mo de pass', 'achteur', 'conecté'): lost Espace Acheteur password of a commune; no UAI, no académie domain."))

# ============================================================ missing_noreply_mail

person(("Patricia Weber", "accueil@chazelles-sur-albe.fr"),
       "Inscription - mail d'activation",
       """Bonjour,

Lundi j'ai rempli le formulaire d'inscription sur l'Espace Acheteur pour notre commune. La page m'a dit qu'un mail d'activation allait m'être envoyé. Nous sommes jeudi et je n'ai rien reçu, ni dans la boîte de réception ni dans les courriers indésirables.

C'est notre première inscription, je ne sais pas si c'est normal que ce soit aussi long.

Cordialement

Patricia Weber
Agent d'accueil – Mairie de Chazelles-sur-Albe
""", day=2, client="outlook_html", auth="nodkim",
       label=L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
               "First sign-up of a small commune; the activation mail never came, junk folder checked. HTML-only Outlook."))

person(("Hervé Monnier", "scolaire.valdesaone@gmail.com"),
       "Aucun mail reçu de l'Espace Acheteur (liste de ce que j'ai vérifié)",
       """Bonjour,

Depuis notre inscription le 29 septembre, nous n'avons reçu AUCUN des mails automatiques de l'Espace Acheteur : ni la confirmation d'inscription, ni le mail pour choisir le mot de passe, que j'ai redemandé trois fois.

Ce que j'ai vérifié :
1. Le dossier Spam de Gmail, et aussi « Tous les messages » : rien.
2. Les onglets Promotions et Réseaux sociaux : rien.
3. J'ai créé un filtre « Ne jamais envoyer dans le spam » pour tout ce qui contient espace-acheteur dans l'adresse de l'expéditeur.
4. J'ai ajouté l'adresse no-reply de la plateforme à mes contacts.
5. J'ai vérifié que la boîte n'était pas pleine (2 % utilisés).
6. Un collègue m'a envoyé un message de test depuis sa boîte professionnelle : il arrive en quelques secondes.

Je ne vois plus quoi faire de mon côté. Pouvez-vous vérifier si les mails partent bien, et vers quelle adresse ?

Merci,
Hervé Monnier
Syndicat intercommunal scolaire du Val de Saône
""", day=3, client="gmail",
       label=L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
               "Syndicat scolaire on Gmail lists six checks already made (spam, tabs, filter, contact, quota, test mail); no product named."))

person(("Daniel Kovacs", "daniel.kovacs@ac-strasbourg.fr"),
       "Password reset email not arriving",
       """Good morning,

I requested a new password for the buyer area (Espace Acheteur) three times yesterday afternoon and once more this morning. Each time the site says an email has been sent, but nothing has reached my inbox, and there is nothing in Junk either. Other mail is arriving normally.

Our school code is 0670750B, if that helps.

Kind regards,
Daniel Kovacs
Assistant to the Bursar
""", day=6, lang="en", client="outlook",
       label=L("missing_noreply_mail", True, "0670750B", "grand-est", "espace_acheteur", False, "en",
               "English; the new-password mail never arrives after four requests, junk checked, no product named."))

person(("Annick Rouxel", "annick.rouxel@ac-rennes.fr"),
       "Courriel d'activation du compte client jamais reçu",
       """Bonjour,

Je suis malvoyante et j'utilise JAWS avec une synthèse vocale.

Après avoir validé sur e-sidoc le formulaire de création du compte client (pour commander les abonnements du CDI), JAWS m'a lu : « Merci. Un courriel d'activation vous a été envoyé. Il est valable 12 heures. » Je n'ai pourtant rien reçu. J'ai fait lire par JAWS la liste des messages de la boîte de réception, puis celle du dossier Indésirables, message par message : aucun ne vient de chez vous. Une collègue a regardé l'écran avec moi, elle ne voit rien non plus.

Pouvez-vous me le renvoyer ? Lycée Bréquigny, Rennes, UAI 0350371N.

Merci,
Annick Rouxel
""", day=7, client="thunderbird",
       label=L("missing_noreply_mail", True, "0350371N", "bretagne", "esidoc", False, "fr",
               "Screen-reader user quotes what JAWS read after the customer-account form; the activation mail never came."))

person(("Jérôme Py", "commande.publique@cc-haut-vallespir.fr"),
       "Alertes nouvelles offres : plus rien depuis mi-septembre",
       """Bonjour,

Pour être clair dès le départ : je n'ai aucun problème de mot de passe, je me connecte tous les jours à l'Espace Acheteur sans difficulté.

Mon souci, ce sont les alertes. J'avais paramétré des alertes sur les nouvelles offres (fournitures scolaires, mobilier) et je les recevais chaque semaine jusqu'à mi-septembre. Depuis, plus rien, alors que je vois bien sur le site que de nouvelles offres ont été publiées. Mes alertes sont toujours cochées dans mon profil.

Pouvez-vous regarder ?

Cordialement,
Jérôme Py
Responsable de la commande publique
Communauté de communes du Haut-Vallespir
""", day=8, client="outlook",
       label=L("missing_noreply_mail", True, None, None, "espace_acheteur", True, "fr",
               "Starts by ruling out a password problem; the offer alerts from the platform stopped arriving: missing_noreply_mail."))

_r = ticket_ref(6204, 10, 6, "10:14")
person(("Sébastien Marchal", "sebastien.marchal@ac-nancy-metz.fr"),
       "RE: [#SUP-006204] Mail de confirmation Espace Acheteur non reçu",
       """Bonjour,

J'ai suivi vos consignes à la lettre : dossier Courrier indésirable vérifié (vide), adresse no-reply ajoutée aux expéditeurs approuvés, et j'ai attendu les 48 heures. Toujours rien.

Vous indiquiez que le dossier serait transmis à la région si le problème persistait : pouvez-vous le faire ?

Cordialement,
Sébastien Marchal
Adjoint gestionnaire

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 6 octobre 2025 10:14
À : Sébastien Marchal <sebastien.marchal@ac-nancy-metz.fr>
Objet : [#SUP-006204] Mail de confirmation Espace Acheteur non reçu

Bonjour,

Les messages automatiques de la plateforme sont envoyés par une adresse no-reply. Vérifiez votre dossier de courrier indésirable, marquez le message comme légitime et ajoutez l'expéditeur à vos contacts.
Sans nouvelles de votre part, nous reviendrons vers vous sous 48 heures.

Cordialement,
L'équipe d'assistance
""", day=9, client="outlook", in_reply_to=_r,
       label=L("missing_noreply_mail", False, None, "grand-est", "espace_acheteur", False, "fr",
               "Reply after the junk-folder answer (quoted): still nothing after 48 h, asks for the region. The template was already sent, so a person follows up."))

person(("Claire Schmitt", "claire.schmitt@ac-nancy-metz.fr"),
       "Plus de mails de confirmation de commande",
       """Bonjour,

Quand je valide un panier sur l'Espace Acheteur, je recevais jusqu'ici un mail « Votre commande a été transmise au fournisseur ». Depuis la rentrée je ne reçois plus ces confirmations. Les commandes, elles, passent bien : le fournisseur m'a livré la semaine dernière.

Rien dans les indésirables, et je n'ai changé aucun réglage.

C'est gênant parce que je joignais ces mails aux bons de commande que je transmets à l'agent comptable.

Collège Paul Verlaine, Maizières-lès-Metz – 0572120V

Merci,
Claire Schmitt
""", day=13, client="zimbra",
       label=L("missing_noreply_mail", True, "0572120V", "grand-est", "espace_acheteur", False, "fr",
               "Order-confirmation notifications from the platform stopped arriving; the orders themselves go through."))

person(("Isabelle Carrel", "i.carrel@ville-pontcharra.fr"),
       "Mail de finalisation du compte",
       """Bonjour,

Je me permets de vous réécrire. En mars dernier, j'avais déjà contacté votre service (j'avais eu au téléphone un monsieur très patient, M. Arnaud je crois) parce que les mails de l'ancienne plateforme de la centrale n'arrivaient pas à la mairie. Il s'était avéré que notre prestataire informatique avait mis en place un filtrage trop strict ; il l'a corrigé et tout a très bien marché jusqu'à l'été.

Avec la nouvelle plateforme, je ne sais pas si c'est lié : mon collègue du service scolaire, Yannick Février, s'est inscrit il y a dix jours et n'a jamais reçu le mail qui lui permet de finaliser son compte. Notre prestataire jure qu'il n'a rien touché cette fois-ci.

Pourriez-vous lui renvoyer ce mail ? Son adresse : y.fevrier@ville-pontcharra.fr.

Cordialement,
Isabelle Carrel
Service des affaires scolaires
Ville de Pontcharra
""", day=14, client="outlook",
       label=L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
               "Long story about a previous contact (a filter fixed last spring) before the request; a colleague's account-completion mail never came. Municipal domain, no region."))

person(("Paul-Antoine Santoni", "paul-antoine.santoni@ac-corse.fr"),
       "Confirmation envoi mail d'activation",
       """Bonjour,

Pouvez-vous me confirmer que le mail d'activation de mon compte Espace Acheteur est bien parti ? Je n'ai rien vu arriver depuis hier après-midi, pas plus dans les spams.

Collège de Calvi (7201673F)

Merci,
Paul-Antoine Santoni
Gestionnaire
""", day=15, client="zimbra",
       label=L("missing_noreply_mail", True, "7201673F", "corse", "espace_acheteur", False, "fr",
               "Phrased as 'can you confirm the activation mail was sent'; it has not arrived, spam checked. Haute-Corse prefix 720."))

person(("Agence comptable - Lycée Jean Prévost", "agence.comptable.0762194X@ac-normandie.fr"),
       "Avis de mise à disposition des factures",
       """Bonjour,

Je précise que je ne vous réclame pas de facture : je sais les télécharger dans l'Espace Acheteur, et toutes celles de septembre y sont.

Ce qui ne fonctionne plus, ce sont les avis automatiques « Une nouvelle facture est disponible » que la plateforme envoyait à l'agence comptable. Nous n'en avons reçu aucun depuis le 15 septembre, alors que quatre factures ont été déposées depuis. Sans ces avis, nous risquons de dépasser le délai global de paiement sans nous en rendre compte.

Le dossier des indésirables a été vérifié par notre informaticien.

Merci de votre aide,
Éric Lecoq
Agent comptable
Lycée Jean Prévost, Montivilliers
""", day=16, client="zimbra",
       label=L("missing_noreply_mail", True, "0762194X", "normandie", "espace_acheteur", True, "fr",
               "Full of invoice vocabulary, but explicitly not asking for an invoice: the platform's 'new invoice available' notifications stopped arriving. UAI inside the sender address."))

person(("Lucie Bories", "lucie.bories@ac-toulouse.fr"),
       "mail pas reçu",
       """bonjour,

je resoi pa le mail pour activé le conte client e-sidoc du CDI. g regardé dan les spam et dan la corbeil aussi. sa fait depuis hier matin.

es que vous pouvé le renvoyé ?

merci
Lucie Bories
""", day=1, client="zimbra",
       label=L("missing_noreply_mail", True, None, "occitanie", "esidoc", False, "fr",
               "Dyslexic spelling; activation mail for the customer account never arrived. No UAI, region from ac-toulouse.fr."))

person(("Francis Aubert", "francis.aubert59@hotmail.fr"),
       "Re confirmation",
       """Toujours pas reçu le mail de confirmation de l'espace acheteur, ça fait 3 jours. Adjoint au maire de Préseau.

Obtenir Outlook pour Android
""", day=17, hm="12:48", client="android",
       label=L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
               "Two lines from Outlook for Android: a deputy mayor never got the confirmation mail."))

person(("Mairie de Saint-Genest", "mairie.saintgenest@gmail.com"),
       "Fwd: lien d'inscription",
       """Bonjour,

Je vous transfère le message de M. le Maire ci-dessous. C'est lui qui s'est inscrit pour la commune, mais le lien n'est jamais arrivé. J'ai regardé avec lui dans sa boîte, rien dans les spams non plus.

Merci de le lui renvoyer (adresse : maire@saint-genest-village.fr).

Cordialement,
Corinne, secrétariat de mairie

---------- Forwarded message ---------
De : Alain Ducros <maire@saint-genest-village.fr>
Date: mar. 14 oct. 2025 à 18:02
Subject: lien d'inscription
To: Mairie de Saint-Genest <mairie.saintgenest@gmail.com>


Corinne,
Je me suis inscrit sur la plateforme de la centrale d'achat comme convenu en conseil, pour les achats de l'école. On m'annonce un mail avec un lien pour activer le compte, je n'ai rien reçu depuis dimanche. Pouvez-vous voir avec eux ?
Alain
""", day=15, client="gmail",
       label=L("missing_noreply_mail", True, None, None, "espace_acheteur", True, "fr",
               "Forward (Gmail 'Forwarded message') by the town-hall secretary of the mayor's message: the activation link never arrived."))

person(("Jean-Marc Vialle", "jean-marc.vialle@ac-limoges.fr"),
       "Portail d'assistance : pas de mail pour définir le mot de passe",
       """Bonjour,

J'ai voulu ouvrir un ticket sur votre portail d'assistance pour une question sur notre portail documentaire. J'ai donc créé un compte sur le portail de tickets ; on m'a indiqué qu'un courriel me permettrait de définir mon mot de passe. Ce courriel n'est jamais arrivé (vérifié dans Indésirables et dans le dossier « Notifications » que Zimbra crée parfois).

Je passe donc par le mail, en attendant.

Cordialement,
Jean-Marc Vialle
""", day=20, client="zimbra",
       label=L("missing_noreply_mail", True, None, "nouvelle-aquitaine", "ticket_portal", False, "fr",
               "The ticket portal's set-your-password mail never came. No UAI; region from ac-limoges.fr."))

person(("Aurélie Fabre", "a.fabre@mairie-salses.fr"),
       "Mails de la plateforme bloqués ?",
       """Bonjour,

Nous ne recevons pas les mails de l'Espace Acheteur (confirmation d'inscription, puis le mail pour le mot de passe). Notre hébergeur utilise un filtre antispam Altospam ; j'ai regardé dans l'interface Altospam et je n'y vois rien de bloqué, mais je ne suis pas sûre de savoir bien chercher.

Quelle est l'adresse exacte d'envoi, pour que je la mette en liste blanche ?

Aurélie Fabre
Mairie de Salses
""", day=21, client="outlook", auth="nodkim",
       label=L("missing_noreply_mail", True, None, None, "espace_acheteur", True, "fr",
               "Names an anti-spam product that is not MailInBlack (Altospam): not mailinblack_spam. Labelled missing_noreply_mail, whose junk/allow-sender answer fits, although the taxonomy's wording ('no anti-spam product named') does not cover another product."))

person(("Stéphanie Hubert", "stephanie.hubert@ac-reims.fr"),
       "Inscription Espace Acheteur : rien reçu (et pas de MailInBlack chez nous)",
       """Bonjour,

J'ai lu votre FAQ, qui parle beaucoup de MailInBlack. Je vous arrête tout de suite : le collège n'utilise pas MailInBlack, nous sommes sur la messagerie académique standard, sans filtre supplémentaire.

Je me suis inscrite vendredi sur l'Espace Acheteur et je n'ai toujours pas le mail de confirmation. Indésirables vérifiés ce matin et ce soir.

Collège Jean Macé, Charleville-Mézières – 0080117J

Bien à vous,
Stéphanie Hubert
""", day=13, client="zimbra",
       label=L("missing_noreply_mail", True, "0080117J", "grand-est", "espace_acheteur", True, "fr",
               "Names MailInBlack only to say the school does not use it: missing_noreply_mail, not mailinblack_spam."))

# ============================================================ mailinblack_spam

person(("Mairie de Lusignac", "contact@mairie-lusignac.fr"),
       "Vos mails et notre MailInBlack",
       """Bonjour,

La commune a un abonnement MailInBlack depuis l'an dernier. Quand un expéditeur inconnu nous écrit, MailInBlack lui renvoie un message pour qu'il confirme qu'il n'est pas un robot. Évidemment, votre adresse no-reply ne répond jamais à ce message, et du coup les mails de l'Espace Acheteur (inscription, mot de passe) restent bloqués chez nous.

Comment faire pour que vos envois passent directement ? Je ne suis pas informaticienne, il me faudrait une marche à suivre simple.

Merci,
Nadège Couturier
Secrétaire de mairie, Lusignac
""", day=1, client="outlook", auth="nodkim",
       label=L("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
               "Commune explains the MailInBlack challenge blocking the platform's no-reply mail and asks for a simple procedure."))

person(("Service informatique CC Cœur de Beauce", "informatique@cc-coeurdebeauce.fr"),
       "Liste blanche MailInBlack - adresses à autoriser",
       """Bonjour,

Je suis l'informaticien de la communauté de communes ; nous gérons la messagerie de onze mairies et de deux syndicats scolaires, tous protégés par MailInBlack.

Plusieurs secrétaires de mairie s'inscrivent en ce moment sur votre Espace Acheteur et les mails de la plateforme finissent dans la quarantaine MailInBlack. Plutôt que de les libérer un par un, je souhaite autoriser vos expéditeurs une fois pour toutes au niveau du domaine.

Pouvez-vous me donner la liste des adresses et/ou domaines d'envoi à autoriser ?

Cordialement,
Florent Chauvin
Technicien informatique
""", day=2, client="thunderbird",
       label=L("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
               "IT of a communauté de communes asks which sender addresses to allow-list in MailInBlack for several communes."))

person(("Mark Delaney", "it@ecole-internationale-azur.fr"),
       "Your emails stuck in our Mailinblack quarantine",
       """Hello,

I look after IT for the International School of the Côte d'Azur (UAI 0061330N). Our bursar tells me she never receives the emails from your buyer platform. I checked our Mailinblack console this morning and found eight of them sitting in quarantine as "unknown sender, not authenticated".

I can release them by hand, but I'd rather allow-list you properly. Could you send me the sender addresses or domains you use, or your usual guide for Mailinblack customers?

Thanks,
Mark Delaney
IT Manager
""", day=3, lang="en", client="outlook",
       label=L("mailinblack_spam", True, "0061330N", "provence-alpes-cote-d-azur", "espace_acheteur", False, "en",
               "English; IT manager found the platform's mails in the Mailinblack quarantine and asks for the allow-list guide."))

person(("Françoise Delmas", "francoise.delmas@ac-toulouse.fr"),
       "Quarantaine MailInBlack illisible avec mon lecteur d'écran",
       """Bonjour,

Notre collège a mis en place MailInBlack à la rentrée. Le rapport quotidien de quarantaine m'indique, je crois, que vos messages sont retenus, notamment ceux qui concernent le compte client e-sidoc du CDI. Je dis « je crois » car je suis aveugle et que ce rapport est presque entièrement en images : mon lecteur d'écran (NVDA) lit « graphique, graphique, lien, lien, lien » puis « Libérer » plusieurs fois, sans dire quel message chaque bouton concerne.

Je ne peux donc pas libérer vos mails moi-même. Avez-vous une procédure pour que vos envois soient acceptés d'office par MailInBlack, que je puisse transmettre au référent numérique ?

Merci,
Françoise Delmas
Professeure documentaliste – Collège Pierre de Fermat, Beaumont-de-Lomagne
UAI 0821896R
""", day=6, client="thunderbird",
       label=L("mailinblack_spam", True, "0821896R", "occitanie", "esidoc", False, "fr",
               "Screen-reader user describes what NVDA reads in the MailInBlack quarantine report; asks for the allow-list procedure."))

person(("Gaëlle Lemonnier", "gaelle.lemonnier@ac-normandie.fr"),
       "Vos mails en attente d'authentification",
       """Bonjour,

Notre informaticien m'explique que les messages de l'Espace Acheteur (activation de compte, changement de mot de passe) sont « en attente d'authentification de l'expéditeur » : notre système de messagerie envoie automatiquement à tout nouvel expéditeur un mail lui demandant de cliquer sur un lien pour prouver qu'il est humain. Une adresse qui ne répond pas reste bloquée.

Il ne m'a pas dit le nom du logiciel. Que faut-il faire de votre côté, ou du nôtre ?

Cordialement,
Gaëlle Lemonnier
Gestionnaire – Collège Les Embruns, Granville (0500734B)
""", day=7, client="zimbra",
       label=L("mailinblack_spam", False, "0500734B", "normandie", "espace_acheteur", True, "fr",
               "The sender-authentication challenge is described without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person checks before sending the guide."))

person(("Dominique Aubry", "secretariat@mairie-vernoux-le-haut.fr"),
       "MailInBlack + demande de devis",
       """Bonjour,

Deux sujets.

D'abord, les mails de votre Espace Acheteur sont bloqués par MailInBlack (l'antispam installé par notre prestataire). Je ne sais pas s'il faut que je fasse quelque chose ou si c'est à vous d'agir.

Ensuite, pour l'école communale, nous voudrions un devis pour 25 chaises et 6 tables maternelles du catalogue mobilier. Le conseil municipal doit délibérer le 6 novembre, il me faudrait le devis avant le 31 octobre pour monter l'engagement.

Merci beaucoup,
Dominique Aubry
Secrétaire de mairie
""", day=8, client="outlook", auth="nodkim",
       label=L("mailinblack_spam", False, None, None, "espace_acheteur", True, "fr",
               "Two topics: MailInBlack blocking (first, main) and a quote request for school furniture (order_billing); a single template answers only half."))

person(("Karim Bensaïd", "karim.bensaid@ac-normandie.fr"),
       "mail in black",
       """bjr,
les mails de l espace acheteur sont bloques par Mail-In-Black au college (0272303G), il faut faire quoi ?? nos collegues de l informatique disent de vous demander les adresses.
merci
K. Bensaid, gestionnaire
""", day=9, client="plain", charset="utf-8",
       label=L("mailinblack_spam", True, "0272303G", "normandie", "espace_acheteur", False, "fr",
               "Product spelled 'Mail-In-Black', no accents, abbreviations; asks which addresses to allow."))

person(("Maryse Garnier", "sivom.mont-lozere@orange.fr"),
       "Ce n'était pas les spams finalement",
       """Bonjour,

Depuis quinze jours je cherchais les mails de l'Espace Acheteur (confirmation puis mot de passe). J'ai fouillé le dossier spam de Orange, vidé la corbeille, ajouté votre adresse au carnet d'adresses, demandé deux fois le renvoi. Rien.

Hier, le prestataire qui s'occupe de notre messagerie m'a enfin trouvé le problème : le SIVOM est équipé de MailinBlack « Protect », et vos mails sont dans la quarantaine avec le statut « en attente ». Il peut les débloquer, mais il me demande ce qu'il doit autoriser pour que les prochains passent.

Pouvez-vous me dire quoi lui transmettre ?

Cordialement,
Maryse Garnier
SIVOM du Mont-Lozère
""", day=10, client="orange",
       label=L("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
               "Describes the junk-folder checks first, then the provider found the mails in the MailinBlack Protect quarantine: mailinblack_spam."))

person(("Samir Haddouche", "samir.haddouche@ac-creteil.fr"),
       "Adresse d'envoi à autoriser dans MailInBlack ?",
       """Bonjour,

Je suis référent numérique au collège Jean Jaurès de Pantin (UAI 0931119L). Nous venons de passer sous MailInBlack.

Pouvez-vous me confirmer que tous vos messages automatiques partent bien de no-reply@espace-acheteur.example.fr ? Si oui, je l'ajoute à la liste blanche ; sinon, merci de m'indiquer les autres adresses.

Cordialement,
Samir Haddouche
""", day=13, client="thunderbird",
       label=L("mailinblack_spam", True, "0931119L", "ile-de-france", "espace_acheteur", False, "fr",
               "'Can you confirm' the no-reply address to allow-list in MailInBlack: the allow-list guide answers it."))

_r = ticket_ref(6188, 10, 6, "10:12")
person(("Béatrice Jacquier", "beatrice.jacquier@ac-grenoble.fr"),
       "Re: [#SUP-006188] Mail d'activation non reçu",
       """Bonjour,

Merci pour votre réponse. J'ai vérifié le dossier Indésirables comme indiqué : rien. En revanche, en en parlant au conseiller informatique, il a trouvé la cause : l'établissement est équipé de MailInBlack depuis la rentrée, et le mail d'activation y est bloqué.

Que faut-il faire maintenant ?

Béatrice Jacquier
Intendance – Lycée Guillaume Fichet, Bonneville – 0741281R

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Béatrice Jacquier" <beatrice.jacquier@ac-grenoble.fr>
Envoyé: Lundi 6 Octobre 2025 10:12:44
Objet: [#SUP-006188] Mail d'activation non reçu

Bonjour,

Les messages automatiques de la plateforme sont envoyés par une adresse no-reply. Vérifiez votre dossier de courrier indésirable, marquez le message comme légitime et ajoutez l'expéditeur à vos contacts.

Cordialement,
L'équipe d'assistance
""", day=7, client="zimbra", in_reply_to=_r,
       label=L("mailinblack_spam", True, "0741281R", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
               "Reply (Zimbra 'Mail original') to the junk-folder answer: IT found MailInBlack blocking, so the MailInBlack guide is now the right answer although the ticket started as missing_noreply_mail."))

person(("Anne-Sophie Vautrin", "anne-sophie.vautrin@ac-nancy-metz.fr"),
       "Mailinblack installé par le Département",
       """Bonjour,

Le conseil départemental a déployé Mailinblack le mois dernier sur la messagerie propre des collèges (nos adresses en @clg-ferry-nancy.fr). C'est sur cette adresse qu'est enregistré notre compte Espace Acheteur, et depuis le déploiement nous ne recevons plus rien de la plateforme.

Je vous écris donc de mon adresse académique. Auriez-vous la procédure Mailinblack à transmettre au Département ?

Merci,
Anne-Sophie Vautrin
Adjointe gestionnaire, collège Jules Ferry (0541173G)
""", day=14, client="zimbra",
       label=L("mailinblack_spam", True, "0541173G", "grand-est", "espace_acheteur", False, "fr",
               "Mailinblack deployed by the département on the collège's own domain; writes from the academic address instead."))

person(("Yohan Marty", "yohan.marty@ac-montpellier.fr"),
       "bloquage",
       """Bonjour

les mail de activasion pour le conte client e-sidoc son bloké par mail in blac au lycé. le technicien di que il fau ke vous envoyé une procédur.

merci davanse
Yohan Marty
""", day=16, client="zimbra",
       label=L("mailinblack_spam", True, None, "occitanie", "esidoc", False, "fr",
               "Phonetic spelling ('mail in blac', 'bloké'); e-sidoc customer-account activation mails held by MailInBlack. Region from ac-montpellier.fr."))

# ============================================================ head_of_establishment_request

person(("Principal - Collège Les Sicardières", "ce.0850223F@ac-nantes.fr"),
       "Désignation d'un nouvel administrateur e-sidoc",
       """Madame, Monsieur,

Mme Claudine Giraudeau, professeure documentaliste et administratrice de notre portail e-sidoc, a fait valoir ses droits à la retraite le 30 septembre.

En qualité de chef d'établissement du collège Les Sicardières (UAI 0850223F), je vous demande de bien vouloir désigner M. Florian Rabiller, son successeur, comme nouvel administrateur du portail, avec pour adresse de contact florian.rabiller@ac-nantes.fr, et de retirer les accès de Mme Giraudeau.

Je reste à votre disposition pour tout justificatif.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Jean-Pierre Bossard
Principal
""", day=1, client="zimbra",
       label=L("head_of_establishment_request", False, "0850223F", "pays-de-la-loire", "esidoc", False, "fr",
               "The principal, from the ce.<UAI> address, designates the new e-sidoc administrator and asks to remove the retired one."))

person(("Proviseure - Lycée Les Eaux Claires", "ce.0380754N@ac-grenoble.fr"),
       "Autorisation de validation de commande - mobilier CDI",
       """Madame, Monsieur,

Par la présente, j'autorise Mme Hélène Berthet, adjointe gestionnaire, à valider sur l'Espace Acheteur la commande de mobilier destinée au CDI (panier n° P-38-2025-0412, montant 11 860,40 € TTC).

Vous trouverez ci-joint le bon de commande signé. L'engagement juridique correspondant a été saisi sous le n° EJ 2025-0187.

Cordialement,

Catherine Morel
Proviseure du lycée Les Eaux Claires, Grenoble
UAI 0380754N
""", day=2, client="zimbra",
       attachments=[("BC_mobilier_CDI_signe.pdf", "application/pdf", fake_pdf("Bon de commande signe - mobilier CDI"))],
       label=L("head_of_establishment_request", False, "0380754N", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
               "The proviseure authorises the gestionnaire to validate a furniture order and attaches the signed purchase order."))

person(("Head of School - Lycée International Victor Hugo", "ce.0310973P@ac-toulouse.fr"),
       "Change of contact address - library portal administrator account",
       """Dear Sir or Madam,

I am writing as head of the Lycée International Victor Hugo in Colomiers (UAI 0310973P).

The administrator account of our e-sidoc library portal is still attached to the personal address of a librarian who left us in July. I would like the contact address to be changed to the school's official address, ce.0310973P@ac-toulouse.fr, and the password to be reset so that our new librarian, Ms Ana Lopes, can take over.

Thank you for your help.

Yours faithfully,
Dr Helen Carter
Head of School
""", day=3, lang="en", client="zimbra",
       label=L("head_of_establishment_request", False, "0310973P", "occitanie", "esidoc", False, "en",
               "English; the head asks, from the official address, to change the e-sidoc administrator's contact address and reset its password."))

person(("Principal - Collège Louis Pasteur", "ce.0461158J@ac-toulouse.fr"),
       "Changement d'administrateur Espace Acheteur",
       """Bonjour,

Je suis le principal du collège Louis Pasteur de Gourdon, UAI 0461158K.

Notre gestionnaire, M. Delpech, a été muté au 1er octobre. Il était administrateur de notre structure sur l'Espace Acheteur. Je souhaite que Mme Sandrine Lacaze, qui lui succède, devienne administratrice, et que le compte de M. Delpech soit désactivé.

Bien cordialement,
Philippe Vayssières
Principal
""", day=6, client="zimbra",
       label=L("head_of_establishment_request", False, "0461158J", "occitanie", "espace_acheteur", True, "fr",
               "The body gives 0461158K (wrong check letter) but the sender address ce.0461158J@ac-toulouse.fr carries the valid UAI, which is the label."))

person(("Mélanie Chauvet", "melanie.chauvet@ac-poitiers.fr"),
       "TR: Demande de M. le Proviseur - administrateur Espace Acheteur",
       """Bonjour,

M. le Proviseur est en déplacement toute la semaine ; il m'a demandé de vous transmettre sa demande ci-dessous, ainsi que le courrier signé (en pièce jointe).

Bien cordialement,
Mélanie Chauvet
Adjointe gestionnaire – Lycée Maritime et Aquacole, La Rochelle

-----Message d'origine-----
De : Proviseur Lycée Maritime <ce.0171834B@ac-poitiers.fr>
Envoyé : lundi 13 octobre 2025 07:58
À : Mélanie Chauvet <melanie.chauvet@ac-poitiers.fr>
Objet : Demande de M. le Proviseur - administrateur Espace Acheteur

Mélanie,

Merci de transmettre à l'assistance de la centrale d'achat ma demande : je souhaite que vous soyez désignée administratrice de notre structure sur l'Espace Acheteur, en remplacement de Mme Perrin partie à la retraite, et que le compte de Mme Perrin soit fermé. Le courrier signé est joint.

Gilles Arnaudeau
Proviseur
""", day=13, client="outlook",
       attachments=[("Courrier_proviseur_administrateur.pdf", "application/pdf", fake_pdf("Courrier du proviseur"))],
       label=L("head_of_establishment_request", False, "0171834B", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
               "Forward (Outlook 'TR:') by the gestionnaire of the proviseur's request with his signed letter: a relayed head request; staff check the letter and the sender. UAI only in the forwarded header."))

person(("Principale - Collège Lucie Aubrac", "ce.0250447A@ac-besancon.fr"),
       "Réinitialisation du mot de passe administrateur - départ d'un agent",
       """Madame, Monsieur,

Un agent de l'intendance qui disposait du mot de passe administrateur de notre compte Espace Acheteur a quitté l'établissement vendredi dans un contexte difficile.

Par mesure de précaution, je vous demande de réinitialiser dès que possible ce mot de passe et d'envoyer le lien à l'adresse officielle de l'établissement, depuis laquelle je vous écris. Je souhaite également être informée de toute connexion qui aurait eu lieu depuis vendredi.

Collège Lucie Aubrac, Besançon – 0250447A

Solène Mairet
Principale
""", day=6, client="outlook",
       label=L("head_of_establishment_request", False, "0250447A", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
               "The principal asks for an urgent reset of the Espace Acheteur administrator password after a departure, link to the official address."))

_r = ticket_ref(6231, 10, 8, "11:20")
person(("Proviseur Lycée Cassini", "ce.0602592S@ac-amiens.fr"),
       "RE: [#SUP-006231] Mot de passe e-sidoc - demande écrite du chef d'établissement",
       """Bonjour,

Comme vous me l'avez demandé, je confirme par écrit : j'autorise la réinitialisation du mot de passe administrateur de notre portail e-sidoc, et je demande que le lien soit envoyé à Mme Christelle Vasseur, professeure documentaliste (christelle.vasseur@ac-amiens.fr).

Cordialement,
Marc Lenglet
Proviseur du lycée Cassini, Clermont (Oise)

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mercredi 8 octobre 2025 11:20
À : ce.0602592S@ac-amiens.fr
Cc : christelle.vasseur@ac-amiens.fr
Objet : [#SUP-006231] Mot de passe e-sidoc - demande écrite du chef d'établissement

Monsieur le Proviseur,

Votre professeure documentaliste nous a demandé la réinitialisation du mot de passe du portail e-sidoc. L'adresse qu'elle utilise n'étant pas celle enregistrée pour l'établissement, nous avons besoin d'une demande écrite du chef d'établissement.

Cordialement,
L'équipe d'assistance
""", day=9, client="outlook", in_reply_to=_r,
       label=L("head_of_establishment_request", False, "0602592S", "hauts-de-france", "esidoc", False, "fr",
               "Reply (Outlook quote) in which the proviseur gives the written authorisation the desk asked for."))

person(("Principal Collège Saint-Exupéry", "ce.0941672G@ac-creteil.fr"),
       "URGENT - accès administrateur",
       """Bonjour,

Je suis le principal du collège Saint-Exupéry (0941672G). Je suis en déplacement et j'ai besoin d'accéder immédiatement à nos comptes administrateur de l'Espace Acheteur pour valider une commande avant ce soir.

Merci de m'envoyer l'identifiant et le mot de passe administrateur à mon adresse personnelle principal.stexupery94@gmail.com, c'est celle que je consulte en ce moment. Inutile de passer par l'adresse du collège.

Cordialement,
Le principal
""", day=10, hm="16:52", client="plain", auth="fail", mta="mailer-x7.example.net", reply_to=("Principal", "principal.stexupery94@gmail.com"),
       label=L("head_of_establishment_request", False, "0941672G", "ile-de-france", "espace_acheteur", True, "fr",
               "Claims to be the principal from the ce.<UAI> address, but it came through a foreign relay, SPF and DMARC fail, Reply-To is a Gmail address, and it wants the admin credentials sent there: a probable spoof. Still a head-of-establishment request for the queue, where staff should refuse it."))

person(("Bruno Lescure", "bruno.lescure47@orange.fr"),
       "Accord du directeur pour la réinitialisation",
       """Bonjour,

Je suis directeur de l'école élémentaire Jules Ferry de Casteljaloux. Mme Roques, qui s'occupe de la BCD, vous a écrit la semaine dernière pour le mot de passe de notre portail e-sidoc.

Je vous donne mon accord pour la réinitialisation. Je vous écris depuis ma boîte personnelle car je n'arrive pas à ouvrir la messagerie de l'école depuis la maison ; si vous avez besoin d'une confirmation depuis l'adresse officielle je la ferai lundi.

Bruno Lescure
""", day=11, hm="10:30", client="orange",
       label=L("head_of_establishment_request", False, None, None, "esidoc", False, "fr",
               "A primary-school head gives his agreement from a personal Orange address, no UAI: weak evidence, staff must verify."))

person(("Principale - Collège Jean Moulin", "ce.0161263L@ac-poitiers.fr"),
       "délégation validation commandes",
       """Bonjour,

Je vous dicte ce message car je me suis cassé le poignet, excusez les fautes de la dictée vocale.

Je soussignée Mme Isabelle Fradet principale du collège Jean Moulin de Confolens UAI 0161263L donne délégation à mon adjointe gestion air Mme Karine Thibaud pour valider les commandes de l'établissement sur l'espace à cheteur de la centrale d'achat jusqu'à la fin de l'année scolaire point

Merci de faire le nécessaire et de me confirmer quand c'est fait point

Isabelle Fradet principale
""", day=14, client="outlook",
       label=L("head_of_establishment_request", False, "0161263L", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
               "Voice-dictated text ('gestion air', 'espace à cheteur', 'point'): the principal delegates order validation on the Espace Acheteur."))

person(("Principal - Collège Édouard Glissant", "ce.9720946W@ac-martinique.fr"),
       "Adresse de l'administrateur e-sidoc",
       """Bonjour,

Permettez-moi de rappeler un peu l'historique. En 2023, lors de l'ouverture du portail e-sidoc du collège, votre service nous avait accompagnés avec beaucoup de patience : nous avions eu plusieurs échanges avec Mme Lambert, puis une visioconférence avec la délégation académique au numérique. L'administratrice désignée était alors Mme Edmond, notre documentaliste de l'époque, avec son adresse personnelle académique.

Mme Edmond a été mutée en Guadeloupe à la rentrée. Son remplaçant, M. Sainte-Rose, n'est pas encore nommé de façon définitive ; nous souhaitons donc que l'adresse de contact de l'administrateur devienne l'adresse officielle du collège, depuis laquelle je vous écris, pour ne plus dépendre d'une personne.

Je vous remercie de bien vouloir procéder à ce changement.

Collège Édouard Glissant – 9720946W
Le principal, Rémy Bellay
""", day=15, tz="martinique", hm="09:10", client="zimbra",
       label=L("head_of_establishment_request", False, "9720946W", "martinique", "esidoc", False, "fr",
               "Long history of an earlier contact before the request; the principal asks to set the administrator contact address to the official one. Martinique time zone."))

person(("Principale - Collège Fesch", "ce.6201915M@ac-corse.fr"),
       "Renouvellement abonnement Universalis - accord de la principale",
       """Bonjour,

Je vous confirme mon accord pour le renouvellement de l'abonnement Universalis du CDI pour l'année 2025-2026 et vous adresse ci-joint le bon d'engagement signé.

Pouvez-vous me confirmer la bonne réception, et que la commande peut être validée par Mme Casanova, notre documentaliste ?

Cordialement,
Marie-Josée Pietri
Principale du collège Fesch, Ajaccio (6201915M)
""", day=16, client="zimbra",
       attachments=[("BE_Universalis_2025.pdf", "application/pdf", fake_pdf("Bon d'engagement Universalis"))],
       label=L("head_of_establishment_request", False, "6201915M", "corse", "esidoc", False, "fr",
               "The principal authorises the renewal order for an e-sidoc resource and attaches the signed bon d'engagement; Corse-du-Sud prefix 620."))

person(("Principal par intérim - Collège Verlaine", "ce.0591929B@ac-lille.fr"),
       "Administrateur de la structure - intérim",
       """Madame, Monsieur,

J'assure l'intérim de la direction du collège Verlaine de Tourcoing depuis le départ de M. Vandamme (arrêté rectoral joint à votre disposition sur demande).

La gestionnaire étant en congé long, plus personne ne peut valider les demandes de compte sur l'Espace Acheteur. Je vous demande de désigner comme administratrice de notre structure Mme Nadia Belkacem, secrétaire d'intendance (nadia.belkacem@ac-lille.fr).

Je vous prie d'agréer mes salutations distinguées.

Hugues Carpentier
Principal par intérim
UAI 0591929B
""", day=17, client="zimbra",
       label=L("head_of_establishment_request", False, "0591929B", "hauts-de-france", "espace_acheteur", False, "fr",
               "An acting principal (intérim) designates a new structure administrator on the Espace Acheteur."))

# ============================================================ account_creation

person(("Mairie de Bessonies", "mairie.bessonies@wanadoo.fr"),
       "Création de compte pour la commune",
       """Bonjour,

Le conseil municipal a décidé d'adhérer à votre centrale d'achat pour les commandes de l'école (nous avons une classe unique de 14 élèves). Je n'ai jamais utilisé ce genre de plateforme.

Comment fait-on pour créer un compte pour la commune sur l'Espace Acheteur ? Faut-il un document particulier, un numéro SIRET, une délibération ?

Merci de votre aide,
Odile Lacoste
Secrétaire de mairie
""", day=1, client="orange",
       label=L("account_creation", True, None, None, "espace_acheteur", False, "fr",
               "First-time commune asks how to create an Espace Acheteur account: the sign-up answer fits."))

person(("SIVU scolaire de la Haute-Siagne", "sivu.hautesiagne@gmail.com"),
       "Notre syndicat n'apparaît pas dans la liste",
       """Bonjour,

Je voulais créer le compte de notre syndicat sur l'Espace Acheteur. Au moment de choisir la structure, je tape « SIVU » ou « Haute-Siagne » et il n'y a rien. J'ai essayé avec notre numéro SIRET (200 045 871 00018) : « aucune structure trouvée ».

Le SIVU gère la cantine et les fournitures de trois écoles. Sommes-nous éligibles ? Si oui, pouvez-vous créer la structure ?

Cordialement,
Emmanuelle Roux
Secrétaire du SIVU
""", day=3, client="gmail",
       label=L("account_creation", False, None, None, "espace_acheteur", False, "fr",
               "Syndicat scolaire not found in the structure list: eligibility and structure creation need a person."))

person(("Thierry Guillot", "thierry.guillot@mairie-fontaine-les-vervins.fr"),
       "compte en attente de validation : par qui ?",
       """Bonjour,

J'ai créé mon compte sur l'Espace Acheteur il y a huit jours. Le site affiche toujours « Votre compte est en attente de validation par l'administrateur de votre structure ».

Le problème, c'est que personne à la mairie ne sait qui est cet administrateur. Nous sommes trois agents et aucun n'a jamais eu de compte. Est-ce que vous pouvez nous dire qui c'est, ou valider vous-mêmes ?

Merci,
Thierry Guillot
Adjoint administratif
""", day=6, client="outlook", auth="nodkim",
       label=L("account_creation", False, None, None, "espace_acheteur", False, "fr",
               "Account waiting for the structure administrator, whom nobody at the town hall knows: a person must look it up."))

person(("Carole Fabre", "carole.fabre@ac-montpellier.fr"),
       "Inscription Espace Acheteur en attente",
       """Bonjour,

J'ai rempli hier le formulaire d'inscription de l'Espace Acheteur pour le collège Jean Rostand de Nîmes (0302370N). Je peux me connecter mais je n'ai accès à rien : un bandeau indique que mon compte doit être validé.

Est-ce normal ? Combien de temps faut-il compter ?

Carole Fabre
Secrétaire d'intendance
""", day=7, client="zimbra",
       label=L("account_creation", True, "0302370N", "occitanie", "espace_acheteur", False, "fr",
               "Just signed up, account waiting for validation by the structure administrator (FAQ case)."))

person(("Agathe Renaud", "agathe.renaud@ac-nancy-metz.fr"),
       "Pas un mot de passe oublié : je n'ai jamais eu de compte",
       """Bonjour,

Tous ceux à qui je pose la question me répondent « clique sur mot de passe oublié ». Mais je n'ai pas oublié mon mot de passe : je n'en ai jamais eu ! Je n'ai jamais eu de compte sur l'Espace Acheteur, et quand je clique sur « mot de passe oublié » le site me dit que mon adresse est inconnue, ce qui est logique.

Je suis arrivée comme gestionnaire au collège Louis Pergaud de Remiremont (0880387T) et il me faut un compte pour passer les commandes. Comment je m'inscris ?

Merci,
Agathe Renaud
""", day=8, client="zimbra",
       label=L("account_creation", True, "0880387T", "grand-est", "espace_acheteur", True, "fr",
               "Negation: 'je n'ai pas oublié mon mot de passe', she never had an account; account_creation, not password_reset."))

person(("James Whitmore", "james.whitmore@ac-versailles.fr"),
       "Order rights on the buyer platform",
       """Hello,

I started last month as bursar at the Lycée International de Courbevoie (UAI 0921754G). I now have an account on the Espace Acheteur and I can browse the catalogue and the contracts, but the "Validate basket" button is greyed out.

I understand I need order-management rights. Could you open them for me, or tell me who in my school can?

Best regards,
James Whitmore
Bursar
""", day=9, lang="en", client="thunderbird",
       label=L("account_creation", False, "0921754G", "ile-de-france", "espace_acheteur", False, "en",
               "English; account works but order-validation rights must be opened: a person answers."))

person(("Ghislaine Morin", "sivos.troisrivieres@orange.fr"),
       "Suis-je administratrice ?",
       """Bonjour,

Pouvez-vous me confirmer que je suis bien l'administratrice de la structure « SIVOS des Trois Rivières » sur l'Espace Acheteur ? La présidente du syndicat pense que c'est moi depuis l'an dernier, mais je ne vois aucun menu « Gestion des utilisateurs » quand je me connecte, et une institutrice attend que quelqu'un valide son compte.

Merci,
Ghislaine Morin
Secrétaire du SIVOS
""", day=13, client="orange",
       label=L("account_creation", False, None, None, "espace_acheteur", False, "fr",
               "'Can you confirm I am the structure administrator': a look-up of the structure's administrator, so a person answers."))

person(("Maëlle Le Bihan", "maelle.le-bihan@ac-rennes.fr"),
       "Second compte administrateur pour ma collègue",
       """Bonjour,

Nous sommes deux professeures documentalistes au lycée Félix Le Dantec de Lannion (0220243V), chacune à mi-temps. Je suis administratrice du portail e-sidoc ; ma collègue Soizic Prigent voudrait pouvoir publier des actualités et gérer les abonnements les jours où je ne suis pas là.

Est-ce possible de lui ouvrir un compte administrateur à son nom, plutôt que de partager le mien ?

Bien cordialement,
Maëlle Le Bihan
""", day=14, client="thunderbird",
       label=L("account_creation", False, "0220243V", "bretagne", "esidoc", False, "fr",
               "Asks for a second administrator account for a colleague on e-sidoc: rights question, a person answers."))

person(("Jean-Luc Ortega", "jean-luc.ortega@ac-nice.fr"),
       "Formulaire d'inscription inaccessible au lecteur d'écran",
       """Bonjour,

Je suis gestionnaire au collège Font de Fillol, à Toulon (UAI 0831715N), et j'utilise le lecteur d'écran JAWS.

Je bloque sur la dernière étape du formulaire de création de compte de l'Espace Acheteur. JAWS annonce : « case à cocher, non cochée », sans aucun texte ; puis « bouton Valider, indisponible ». Je suppose qu'il s'agit d'accepter les conditions d'utilisation, mais cocher la case au clavier (barre d'espace) ne change rien à l'annonce et le bouton reste indisponible. J'ai essayé avec Firefox et avec Edge.

Pouvez-vous créer le compte pour moi, ou me dire comment contourner ce blocage ? Mes informations : Jean-Luc Ortega, gestionnaire, adresse ci-dessus.

Merci,
Jean-Luc Ortega
""", day=15, client="thunderbird",
       label=L("account_creation", False, "0831715N", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
               "Screen-reader user describes what JAWS reads on the sign-up form's unlabelled checkbox; cannot finish creating the account, a person must help."))

person(("Service finances - Commune nouvelle de Val-d'Arcomie", "finances@val-darcomie.fr"),
       "Commune nouvelle : quel compte utiliser ?",
       """Bonjour,

Depuis le 1er janvier, les communes de Faverolles, Loubaresse et Saint-Just ont fusionné pour former la commune nouvelle de Val-d'Arcomie. Chacune des anciennes communes avait son propre compte sur l'Espace Acheteur, et nous avons maintenant un seul SIRET.

Faut-il créer une nouvelle structure ? Garder l'un des trois comptes ? Comment regrouper les historiques de commandes ?

Je vous remercie par avance,
Pascale Vidal
Responsable des finances
""", day=20, client="outlook",
       label=L("account_creation", False, None, None, "espace_acheteur", False, "fr",
               "A commune nouvelle (three merged communes) asks how to restructure its accounts: a person must decide."))

# ============================================================ subscription_activation

person(("Corinne Tissot", "corinne.tissot@ac-besancon.fr"),
       "Europresse pas encore visible",
       """Bonjour,

J'ai commandé l'abonnement Europresse lundi (validation du panier en fin de matinée). Ce mercredi, la ressource n'apparaît toujours pas dans le portail e-sidoc du lycée.

Est-ce qu'il faut faire quelque chose de notre côté ?

Corinne Tissot
Documentaliste, lycée Charles Nodier, Dole – 0390227K
""", day=1, client="zimbra",
       label=L("subscription_activation", True, "0390227K", "bourgogne-franche-comte", "esidoc", False, "fr",
               "Europresse ordered two days ago, not visible yet: within the 72-hour window."))

person(("Nicolas Hamel", "nicolas.hamel@ac-normandie.fr"),
       "Abonnement commandé le 1er octobre, toujours inactif",
       """Bonjour,

Nous avons commandé et payé l'abonnement à la base Lirelactu le 1er octobre. Neuf jours plus tard, la ressource est toujours marquée « en cours d'activation » dans Mes abonnements et les élèves n'y ont pas accès.

J'ai lu qu'il fallait compter 72 heures : nous sommes bien au-delà.

Merci de regarder ce qui bloque.

Nicolas Hamel
Professeur documentaliste
Collège Guillaume de Normandie, Caen – 0141827K
""", day=10, client="thunderbird",
       label=L("subscription_activation", False, "0141827K", "normandie", "esidoc", False, "fr",
               "Ordered nine days ago, still 'en cours d'activation': past the 72-hour rule, a person must look at the order."))

person(("Sophie Marshall", "sophie.marshall@ac-aix-marseille.fr"),
       "New subscription - active before the holidays?",
       """Hello,

I ordered the Universalis Junior subscription for our CDI yesterday afternoon (Collège Voltaire, Sorgues – 0840797K). Can you confirm that it will be active before the autumn holidays start on Saturday? I'd like to present it to my classes on Thursday and Friday.

Thank you!
Sophie Marshall
""", day=14, lang="en", client="thunderbird",
       label=L("subscription_activation", True, "0840797K", "provence-alpes-cote-d-azur", "esidoc", False, "en",
               "English; 'can you confirm it will be active' for a subscription ordered yesterday: the 72-hour answer fits."))

person(("Laure Bonnot", "laure.bonnot@ac-dijon.fr"),
       "Ressource Cafeyn absente du portail",
       """Bonjour,

Je précise d'emblée : ce n'est pas un problème de connexion. Je me connecte sans souci à l'administration du portail e-sidoc, mon mot de passe fonctionne, mes collègues aussi.

Ce qui manque, c'est Cafeyn : commandé hier en fin de journée, il n'apparaît ni dans la liste des ressources à publier ni côté élèves.

Collège Saint-Exupéry, Mâcon (0711021Z)

Merci,
Laure Bonnot
""", day=7, client="zimbra",
       label=L("subscription_activation", True, "0711021Z", "bourgogne-franche-comte", "esidoc", True, "fr",
               "Negation: rules out a login or password problem; a resource ordered yesterday is not visible yet (within 72 hours): subscription_activation."))

person(("Damien Roy", "damien.roy@ac-orleans-tours.fr"),
       "Comment rendre visible une ressource aux élèves ?",
       """Bonjour,

L'abonnement à Lumni Pro est actif (je le vois dans « Mes abonnements »), mais je ne trouve pas comment le mettre à disposition des élèves sur notre portail. Il n'apparaît pas dans la page d'accueil, et les élèves ne le voient pas depuis l'ENT.

Y a-t-il une étape de publication à faire ?

Merci d'avance,
Damien Roy
CDI du lycée Descartes, Tours – 0370520P
""", day=7, client="thunderbird",
       label=L("subscription_activation", True, "0370520P", "centre-val-de-loire", "esidoc", False, "fr",
               "Active subscription not yet published to pupils: how to publish a resource on the portal."))

person(("Valérie Gaudin", "valerie.gaudin@ac-orleans-tours.fr"),
       "Bloc ressources vide après commande",
       """Bonjour,

Je suis déficiente visuelle et je navigue avec NVDA.

Hier j'ai commandé l'abonnement à Qwant Junior Premium pour le CDI. Aujourd'hui, quand je parcours la page « Ressources numériques » du portail e-sidoc, NVDA lit : « titre de niveau 2, Ressources numériques », puis « Aucune ressource disponible pour le moment », puis directement le pied de page. Une collègue voyante me confirme qu'il n'y a rien.

Est-ce juste le délai d'activation ou dois-je faire une manipulation ?

Merci,
Valérie Gaudin
Collège Jean Rostand, Orléans – 0451103E
""", day=8, client="thunderbird",
       label=L("subscription_activation", True, "0451103E", "centre-val-de-loire", "esidoc", False, "fr",
               "Screen-reader user reports what NVDA reads on the empty resources page; subscription ordered yesterday."))

person(("Principal - Collège Georges Braque", "ce.0752158N@ac-paris.fr"),
       "Date d'ouverture de l'abonnement Le Monde",
       """Bonjour,

Notre professeure documentaliste a commandé mardi l'abonnement numérique au Monde pour le CDI. Je souhaiterais savoir à quelle date il sera utilisable : je voudrais l'annoncer aux familles lors du conseil d'administration de lundi.

Cordialement,
Arnaud Fleury
Principal du collège Georges Braque (0752158N)
""", day=9, client="zimbra",
       label=L("subscription_activation", True, "0752158N", "ile-de-france", "esidoc", True, "fr",
               "Written by the principal from the ce.<UAI> address, but he only asks when a subscription ordered two days ago will be available: not a head-of-establishment request."))

person(("Josiane Céleste", "josiane.celeste@ac-guadeloupe.fr"),
       "Abonnement renouvelé mais affiché expiré",
       """Bonjour,

Pour vous resituer : l'an passé, c'est votre service qui m'avait aidée à relier notre portail e-sidoc à l'ENT, après des semaines d'échanges avec la DANE. Tout fonctionne très bien depuis et les élèves utilisent beaucoup les ressources en ligne, encore merci.

Cette année, nous avons renouvelé lundi l'abonnement à Europresse. Or aujourd'hui mercredi, l'abonnement est toujours affiché « expiré » dans Mes abonnements et les élèves n'y ont plus accès.

Faut-il simplement attendre ?

Josiane Céleste
Professeure documentaliste, lycée Faustin Fléret, Morne-à-l'Eau (9711182H)
""", day=15, tz="guadeloupe", hm="11:20", client="zimbra",
       label=L("subscription_activation", True, "9711182H", "guadeloupe", "esidoc", False, "fr",
               "Long story of a previous contact first; renewed on Monday, still shown expired on Wednesday: within 72 hours. Guadeloupe time zone."))

person(("Oliver Grant", "o.grant@northlight-learning.com"),
       "Activation for Collège Jean Monnet (Périgueux) not showing",
       """Hello support team,

I'm the customer success manager at Northlight Learning. One of our French customers, Collège Jean Monnet in Périgueux (UAI 0241612X), bought our English reading platform through your catalogue last week.

We activated their licence on our side on 2 October, and our logs show it is live. However, the librarian tells us the resource still doesn't appear on their e-sidoc portal, so the pupils can't reach it.

Is there something you need from us (an access URL, an IP range, a SAML entity ID?) to finish the activation on your side?

Best,
Oliver Grant
Customer Success, Northlight Learning
""", day=8, lang="en", tz="london", client="gmail", msgid_domain="northlight-learning.com",
       label=L("subscription_activation", False, "0241612X", "nouvelle-aquitaine", "esidoc", True, "en",
               "English; the publisher, not the school, writes about a resource not visible on the school's portal, ordered about a week ago: subscription_activation, but past 72 hours and not from the customer, so a person answers."))

# ============================================================ order_billing

person(("Mairie de Sainte-Colombe-sur-Loing", "mairie@sainte-colombe-loing.fr"),
       "Demande de devis - fournitures école",
       """Bonjour,

Pour l'école de la commune, nous souhaitons commander par la centrale d'achat : 30 cahiers de textes, 10 ramettes de papier A4, 4 boîtes de feutres effaçables et un tableau blanc 120 x 90.

Notre trésorerie nous impose un devis avant tout engagement juridique : pourriez-vous nous en établir un au nom de la commune ? Ensuite je passerai le bon de commande sur l'Espace Acheteur.

Merci,
Françoise Mathieu
Secrétaire générale
""", day=2, client="outlook", auth="nodkim",
       label=L("order_billing", False, None, None, "espace_acheteur", False, "fr",
               "Commune asks for a quote before the engagement juridique, then will order on the Espace Acheteur."))

person(("Régine Sala", "regine.sala@ac-montpellier.fr"),
       "Facture sans n° d'engagement - mandatement impossible",
       """Bonjour,

La facture FA-2025-10233 (commande de manuels via l'Espace Acheteur) ne porte pas le numéro d'engagement juridique que nous avions indiqué sur le bon de commande (EJ 2025-0342). L'agent comptable refuse de la mandater en l'état : la référence de l'engagement est obligatoire sur nos factures.

Pouvez-vous nous faire parvenir une facture rectifiée ?

Le service fait a été constaté le 29 septembre, la livraison était complète.

Régine Sala
Gestionnaire – Collège Jean Amade, Céret (0661175U)
""", day=3, client="zimbra",
       label=L("order_billing", False, "0661175U", "occitanie", "espace_acheteur", False, "fr",
               "Invoice lacks the engagement juridique number; the agent comptable cannot issue the mandat; asks for a corrected invoice."))

person(("Agence comptable Lycée Blaise Pascal", "agence.comptable@lyc-pascal-colmar.fr"),
       "Chorus Pro : facture rejetée (code service)",
       """Bonjour,

Votre facture n° FE-2025-08812 relative à l'abonnement e-sidoc du lycée a été rejetée dans Chorus Pro avec le motif « code service obligatoire non renseigné ».

Pour l'établissement, le code service à indiquer est AGC-0681768C (agence comptable). Merci de redéposer la facture en le mentionnant ; sans cela nous ne pouvons pas la prendre en charge.

Cordialement,
Jacques Meyer
Agent comptable
Lycée Blaise Pascal, Colmar
""", day=6, client="outlook",
       label=L("order_billing", False, "0681768C", "grand-est", "esidoc", False, "fr",
               "The agent comptable reports an invoice rejected in Chorus Pro for a missing service code. UAI only inside the service code; non-academic domain."))

person(("Priya Raman", "accounts@brightpage-publishing.co.uk"),
       "Invoicing orders placed through your platform",
       """Dear colleagues,

Brightpage Publishing has recently been added to your catalogue, and we have received our first three orders from French schools placed through the Espace Acheteur.

Before we raise the invoices, could you clarify who we should invoice: the schools themselves, or your purchasing centre? And if it is the schools, do we have to submit the invoices through Chorus Pro, or is a PDF by email acceptable?

Kind regards,
Priya Raman
Accounts Receivable, Brightpage Publishing Ltd
""", day=7, lang="en", tz="london", client="outlook",
       label=L("order_billing", False, None, None, "espace_acheteur", False, "en",
               "English; a publisher newly listed in the catalogue asks whom to invoice and whether Chorus Pro is required."))

person(("Fabienne Collet", "fabienne.collet@ac-orleans-tours.fr"),
       "Commande bien enregistrée ?",
       """Bonjour,

Je ne m'inquiète pas pour le mail de confirmation (je sais qu'il arrive parfois tard, et ce n'est pas ma question). Ce que je veux savoir, c'est si ma commande est bien enregistrée chez vous.

Hier, en validant le panier (fournitures de sciences, 1 284,60 € TTC), la page a tourné longtemps puis affiché une erreur 504. Dans « Mes commandes », je ne vois pas de nouvelle ligne, mais le panier est vide. Je n'ose pas repasser la commande de peur qu'elle soit doublée.

Collège Victor Hugo, Chartres – UAI 0280138Y

Merci de me dire où on en est,
Fabienne Collet
Gestionnaire
""", day=8, client="zimbra",
       label=L("order_billing", False, "0280138Y", "centre-val-de-loire", "espace_acheteur", True, "fr",
               "Contrast: explicitly not about the confirmation mail; wants to know whether an order that ended on an error 504 was recorded (order_billing, not missing_noreply_mail)."))

person(("Mairie de Monthureux", "comptabilite@mairie-monthureux.fr"),
       "Modalités de paiement",
       """Bonjour,

Nous passons notre première commande par votre intermédiaire. En tant que collectivité, nous ne pouvons pas payer d'avance : le paiement se fait par mandat administratif, après constatation du service fait, dans le délai de 30 jours.

Est-ce compatible avec votre fonctionnement ? Et pouvez-vous m'envoyer votre RIB au format PDF, pour que le trésorier puisse créer le tiers ?

Cordialement,
Audrey Simon
Comptabilité – Mairie de Monthureux
""", day=9, client="outlook",
       label=L("order_billing", False, None, None, "espace_acheteur", False, "fr",
               "Commune explains payment by mandat administratif after service fait and asks for the bank details."))

person(("Rachid Meziane", "rachid.meziane@ac-aix-marseille.fr"),
       "Écart entre devis et facture (TVA)",
       """Bonjour,

Le devis D-2025-3318 pour l'abonnement presse numérique du CDI indiquait un total de 412,00 € TTC avec une TVA à 2,1 %. La facture reçue hier est de 484,22 € TTC : la TVA a été appliquée à 20 %.

La presse en ligne relève normalement du taux réduit. Pouvez-vous vérifier et nous adresser une facture conforme au devis ?

Cordialement,
Rachid Meziane
Adjoint gestionnaire, lycée Saint-Charles, Marseille – 0131092S
""", day=10, client="thunderbird",
       label=L("order_billing", False, "0131092S", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
               "Invoice amount differs from the quote because of the VAT rate on a press subscription for the e-sidoc portal."))

person(("Élodie Irigoyen", "elodie.irigoyen@ac-bordeaux.fr"),
       "Impossible de joindre le bon d'engagement (lecteur d'écran)",
       """Bonjour,

Je suis malvoyante et j'utilise NVDA. À l'étape de validation de la commande de renouvellement e-sidoc, il faut joindre le bon d'engagement.

Ce que j'entends : « bouton, Parcourir », j'appuie sur Entrée, la fenêtre Windows s'ouvre, je choisis mon PDF (BE_2025_041.pdf), je valide. NVDA revient sur la page et relit « bouton, Parcourir », sans jamais annoncer de nom de fichier. Quand je valide la commande, on me répond « Le bon d'engagement est obligatoire ».

J'ai essayé trois fois, avec un fichier renommé sans tiret bas, même chose. Pouvez-vous accepter le bon d'engagement par mail ? Je le joins.

Élodie Irigoyen
Collège Errobi, Cambo-les-Bains – 0641984J
""", day=13, client="thunderbird",
       attachments=[("BE_2025_041.pdf", "application/pdf", fake_pdf("Bon d'engagement 2025-041"))],
       label=L("order_billing", False, "0641984J", "nouvelle-aquitaine", "esidoc", False, "fr",
               "Screen-reader user cannot attach the bon d'engagement at order validation (describes what NVDA announces); sends it by mail."))

person(("Olivier Jacquet", "olivier.jacquet@ac-creteil.fr"),
       "Facture en double + convention introuvable",
       """Bonjour,

Nous avons reçu deux fois la même facture pour la commande CMD-2025-77120 : FA-2025-10544 et FA-2025-10561, même montant (2 310,00 €), même date. Merci d'annuler la seconde.

Par ailleurs, et ça n'a rien à voir : je ne trouve plus la convention d'adhésion de l'établissement dans « Mes Marchés ». Elle y était l'an dernier.

Olivier Jacquet
Gestionnaire – Collège Gustave Courbet, Pierrefitte-sur-Seine (0932063M)
""", day=14, client="zimbra",
       label=L("order_billing", False, "0932063M", "ile-de-france", "espace_acheteur", True, "fr",
               "Two topics: duplicate invoice (main) and a membership convention missing from 'Mes Marchés' (contract_documents)."))

person(("SIVOS du Val d'Ornain", "sivos.valdornain@laposte.net"),
       "Facture pro forma pour le budget",
       """Bonjour,

Le comité syndical vote son budget supplémentaire le 4 novembre. Pour inscrire la dépense, il nous faut une facture pro forma correspondant au panier que j'ai enregistré sur l'Espace Acheteur (panier « Rentrée janvier », jeux de cour et petit mobilier pour la maternelle).

Est-ce que vous pouvez en éditer une ? Je n'ai pas trouvé de bouton pour le faire moi-même.

Merci d'avance,
Martine Gérard
Secrétaire du SIVOS
""", day=15, client="plain", mta="smtpout3.laposte.net",
       label=L("order_billing", False, None, None, "espace_acheteur", False, "fr",
               "Syndicat scolaire needs a pro forma invoice for a saved basket to vote its budget."))

person(("Communauté de communes Terres de Brenne", "marches@cc-terresdebrenne.fr"),
       "Facture adressée à la mauvaise entité",
       """Bonjour,

Un peu de contexte d'abord. Au printemps, j'avais échangé longuement avec votre service (avec M. Guérin) au sujet de notre adhésion : la communauté de communes achète pour son propre compte, mais aussi pour le SIVOS de Mézières, dont nous assurons le secrétariat. Nous étions convenus que chaque commande indiquerait clairement l'entité payeuse, et M. Guérin m'avait expliqué comment renseigner le champ « structure facturée ». J'ai suivi ses indications à la lettre depuis.

Or la commande CMD-2025-80412, passée pour le SIVOS et bien marquée comme telle, a été facturée à la communauté de communes (facture FA-2025-10872). Notre trésorier ne peut pas payer une dépense qui n'est pas la nôtre.

Pouvez-vous annuler cette facture et en émettre une nouvelle au nom du SIVOS de Mézières (SIRET 251 360 417 00012) ?

Cordialement,
Anthony Delorme
Service marchés publics
""", day=16, client="outlook",
       label=L("order_billing", False, None, None, "espace_acheteur", False, "fr",
               "Long back-story of a previous contact before the request; an invoice issued to the wrong paying entity must be reissued."))

person(("Sylvain Perret", "sylvain.perret@ac-grenoble.fr"),
       "Confirmation réception bon de commande",
       """Bonjour,

Pouvez-vous me confirmer que le bon de commande n° BC-74-2025-0098 (mobilier de la salle de permanence) a bien été reçu et transmis au fournisseur, et que la livraison pourra se faire pendant les vacances, entre le 20 et le 31 octobre ? Le collège sera fermé aux élèves, c'est le moment idéal.

Merci,
Sylvain Perret
Gestionnaire, collège Les Rives du Léman, Évian (0742167D)
""", day=13, client="zimbra",
       label=L("order_billing", False, "0742167D", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
               "'Can you confirm' the purchase order reached the supplier and the delivery window: order follow-up, a person answers."))

person(("Caroline Hughes", "caroline.hughes@ac-rennes.fr"),
       "Paying for the e-sidoc renewal",
       """Hello,

I'm the new bursar's assistant at Lycée Chateaubriand in Rennes (0350952V). We would like to renew our e-sidoc subscription, but our accounting office asks whether we can pay by bank transfer instead of the usual administrative payment order, and whether a purchase card is accepted.

Could you let me know the accepted payment methods, and send your bank details if a transfer is possible?

Many thanks,
Caroline Hughes
""", day=20, lang="en", client="thunderbird",
       label=L("order_billing", False, "0350952V", "bretagne", "esidoc", False, "en",
               "English; asks which payment means are accepted for the e-sidoc renewal and for bank details."))

# ============================================================ contract_documents

person(("Mairie de Courcelles-Chaussy", "mairie@courcelles-chaussy.fr"),
       "Où trouver les pièces du marché fournitures scolaires ?",
       """Bonjour,

Nous avons adhéré à la centrale en septembre et je voudrais commander sur le marché « Fournitures scolaires 2025-2028 ». Avant de le faire, le maire souhaite lire les pièces du marché : le CCAP, le bordereau des prix, la liste des titulaires.

Dans Mes Marchés, je vois bien le marché, mais quand je clique sur « Documents » la liste est vide. Est-ce que c'est parce que notre compte est récent ?

Cordialement,
Gaëlle Klein
Secrétariat de mairie
""", day=1, client="outlook",
       label=L("contract_documents", False, None, None, "espace_acheteur", False, "fr",
               "First-time commune sees the market but an empty document list (CCAP, BPU, holders)."))

person(("Agent comptable - Lycée Jules Ferry", "agent.comptable.0780322B@ac-versailles.fr"),
       "Certificat administratif - marché 2024-112",
       """Bonjour,

Pour mandater les factures relatives au marché 2024-112 (matériel informatique), j'ai besoin, comme pièce justificative, du certificat administratif attestant que l'établissement est bénéficiaire du marché passé par la centrale.

Ce document ne figure pas dans les pièces du marché visibles dans l'Espace Acheteur. C'est la troisième fois que je le demande à l'établissement, qui me renvoie vers vous.

Merci de me le transmettre ou de le mettre en ligne.

Cordialement,
Dominique Chéron
Agent comptable
""", day=2, client="zimbra",
       label=L("contract_documents", False, "0780322B", "ile-de-france", "espace_acheteur", False, "fr",
               "The agent comptable chases the administrative certificate needed as supporting document for a market; not among the visible market documents. UAI inside the sender address."))

person(("Yann Guillou", "yann.guillou@ac-nantes.fr"),
       "Acte d'engagement : erreur 404",
       """Bonjour,

Dans les pièces du marché 2025-014 (équipement de restauration), le lien vers l'acte d'engagement du titulaire du lot 2 renvoie une page « Erreur 404 – ressource introuvable ». Les autres pièces (CCAP, CCTP, BPU) s'ouvrent normalement.

J'en ai besoin pour vérifier le délai de livraison contractuel avant de passer commande.

Yann Guillou
Adjoint gestionnaire – Lycée Jules Rieffel, Saint-Herblain (0442043G)
""", day=6, client="thunderbird",
       label=L("contract_documents", False, "0442043G", "pays-de-la-loire", "espace_acheteur", False, "fr",
               "The acte d'engagement of a lot returns a 404 in the market documents."))

person(("Service ADV - Mobilier Duval", "adv@mobilier-duval.fr"),
       "Avenant n°1 marché 2024-058 non visible par les acheteurs",
       """Bonjour,

Nous sommes titulaires du lot 1 du marché 2024-058 (mobilier scolaire). L'avenant n° 1, qui intègre la révision de prix au 1er septembre, a été signé et notifié en juillet.

Plusieurs établissements nous disent pourtant qu'ils ne le trouvent pas dans les pièces du marché sur votre plateforme, et ils contestent nos nouveaux prix. Pouvez-vous vérifier qu'il est bien publié ?

Cordialement,
Service administration des ventes
Mobilier Duval
""", day=7, client="outlook",
       label=L("contract_documents", False, None, None, "espace_acheteur", False, "fr",
               "A supplier (market holder) reports that buyers cannot see amendment no. 1 among the market documents."))

person(("SIVU des écoles de la Vanne", "sivu.vanne@orange.fr"),
       "Convention d'adhésion signée",
       """Bonjour,

Notre comptable public nous réclame la convention d'adhésion à la centrale d'achat, signée des deux parties, pour justifier nos commandes passées sans mise en concurrence.

Je suis certaine de l'avoir signée électroniquement en juin, mais je ne la retrouve nulle part dans l'Espace Acheteur. Où est-elle rangée ?

Merci,
Nicole Perrin
Secrétaire du SIVU des écoles de la Vanne
""", day=8, client="orange",
       label=L("contract_documents", False, None, None, "espace_acheteur", False, "fr",
               "Syndicat scolaire cannot find its signed membership convention, needed by its public accountant."))

person(("Benoît Sarrazin", "benoit.sarrazin@ac-toulouse.fr"),
       "Liste des documents du marché illisible avec lecteur d'écran",
       """Bonjour,

J'utilise un lecteur d'écran (NVDA). Dans la fiche du marché « Matériel de laboratoire 2025 », le tableau des documents est lu ainsi : « tableau, 6 lignes, 3 colonnes ; lien ; lien ; PDF ; lien ; lien ; PDF », et ainsi de suite. Aucun nom de document n'est lu, ni dans le lien ni dans la cellule.

Je cherche le CCTP, pour vérifier les caractéristiques des hottes. Pouvez-vous me l'envoyer, ou me dire à quelle ligne il se trouve ?

Benoît Sarrazin
Gestionnaire, lycée Déodat de Séverac, Toulouse – 0310967H
""", day=9, client="thunderbird",
       label=L("contract_documents", False, "0310967H", "occitanie", "espace_acheteur", False, "fr",
               "Screen-reader user: the market's document table reads as unnamed links; asks for the CCTP."))

person(("Marie-Claude Peyrat", "marie-claude.peyrat@ac-limoges.fr"),
       "Pièces du marché pour payer la facture",
       """Bonjour,

J'ai sur mon bureau la facture FA-2025-09977 du titulaire du marché « Produits d'entretien », d'un montant de 3 412,80 €. La facture elle-même est juste, le montant correspond à la commande, le service fait est constaté : je n'ai aucune réclamation à faire sur la facture.

Mais pour la payer, l'agent comptable exige les pièces du marché, en particulier l'acte d'engagement et le bordereau des prix, et je ne les trouve pas dans l'Espace Acheteur : le marché n'apparaît pas dans Mes Marchés.

Pouvez-vous me les faire parvenir ?

Marie-Claude Peyrat
Gestionnaire, collège Eugène Freyssinet, Objat (0191233M)
""", day=10, client="zimbra",
       label=L("contract_documents", False, "0191233M", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
               "Invoice vocabulary throughout, but the invoice is fine: what is asked is the market documents (acte d'engagement, BPU) missing from 'Mes Marchés'. contract_documents, not order_billing."))

person(("Henrik Lund", "h.lund@nordicplay-equipment.com"),
       "Cannot see our notified contract on the platform",
       """Hello,

Our company was awarded lot 4 (outdoor play equipment) of your framework agreement 2025-021 and received the notification letter on 22 September.

When we log in to the supplier side of your platform, the contract does not appear in our list and we cannot download the signed contract documents. We need them to register the contract with our bank.

Could you check our access?

Regards,
Henrik Lund
Tender Manager, Nordic Play Equipment A/S
""", day=13, lang="en", tz="london", client="outlook",
       label=L("contract_documents", False, None, None, "espace_acheteur", False, "en",
               "English; an awarded supplier cannot see its notified contract documents on the platform."))

person(("Delphine Aubriot", "delphine.aubriot@ac-reims.fr"),
       "Marché 2025-031 toujours en vigueur ?",
       """Bonjour,

Pouvez-vous me confirmer que le marché 2025-031 (prestations de transport scolaire occasionnel) est toujours en vigueur ? Il n'apparaît plus dans la liste de Mes Marchés et je ne retrouve ni le CCAP ni la liste des prix.

Je devais l'utiliser pour les sorties du deuxième trimestre.

Delphine Aubriot
Gestionnaire – Collège Louise Michel, Chaumont (0521616Z)
""", day=14, client="zimbra",
       label=L("contract_documents", False, "0521616Z", "grand-est", "espace_acheteur", False, "fr",
               "'Can you confirm the market is still in force': it vanished from 'Mes Marchés' with its documents."))

person(("Laetitia Dumont", "laetitia.dumont@ac-lille.fr"),
       "Re: [#SUP-006176] Avenant introuvable - marché 2024-090",
       """Bonjour,

Merci pour votre réponse, mais je ne vois toujours pas l'avenant n° 2 du marché 2024-090. J'ai fait exactement ce que vous indiquiez (déconnexion, reconnexion, filtre « Tous les documents »), et j'ai même demandé à notre administrateur de structure de vérifier mes droits : il voit la même chose que moi.

Lycée Gambetta, Arras – 0621680P

Le 03/10/2025 à 14:22, Assistance Hauts-de-France a écrit :
> Bonjour,
>
> L'avenant n° 2 du marché 2024-090 a été publié le 1er octobre. Pour
> le voir, déconnectez-vous puis reconnectez-vous, et choisissez le filtre
> « Tous les documents » dans l'onglet Pièces du marché.
>
> Cordialement,
> L'équipe d'assistance
""", day=7, client="thunderbird", in_reply_to=ticket_ref(6176, 10, 3, "14:22"),
       label=L("contract_documents", False, "0621680P", "hauts-de-france", "espace_acheteur", False, "fr",
               "Follow-up reply (Thunderbird quote): the amendment is still missing after the region's answer."))

# ============================================================ transfer_incident

person(("Vie scolaire - Collège Saint-Martin", "viescolaire@stmartin-cholet.fr"),
       "Transferts EcoleDirecte bloqués depuis lundi",
       """Bonjour,

Depuis lundi, plus aucun transfert ne part vers EcoleDirecte : les absences saisies depuis lundi n'apparaissent pas côté parents, et plusieurs familles nous ont déjà appelés, inquiètes.

Dans l'outil de transfert, la dernière ligne du journal indique « 29/09/2025 17:02 – Transfert terminé ». Rien depuis, même en lançant le transfert à la main : la fenêtre s'ouvre puis se referme sans message.

UAI 0491732S.

Merci de votre aide rapide,
Anne Brossard
CPE
""", day=1, client="outlook",
       label=L("transfer_incident", False, "0491732S", "pays-de-la-loire", "ecoledirecte", False, "fr",
               "No EcoleDirecte transfer since Monday; absences no longer reach the parents; manual transfer closes silently."))

person(("Informatique Institution Sainte-Marie", "informatique@ste-marie-bourg.fr"),
       "Licence à régénérer après changement de serveur",
       """Bonjour,

Nous avons migré ce week-end la base Charlemagne sur un nouveau serveur (Windows Server 2022, nouveau nom de machine). Au démarrage, l'application affiche « Licence non valide pour ce poste » et les transferts vers EcoleDirecte sont arrêtés.

Pouvez-vous régénérer la licence pour le nouveau serveur ? Son nom : SRV-CHARLEMAGNE02.

Cordialement,
Loïc Berthier
Responsable informatique
""", day=6, client="outlook",
       label=L("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
               "Licence to regenerate after a server migration; transfers to EcoleDirecte stopped."))

person(("Secrétariat École Notre-Dame", "secretariat.ndame@gmail.com"),
       "code maintenance",
       """Bonjour,
Pouvez-vous me communiquer le mot de passe de maintenance du jour ? Je dois relancer la réindexation de la base avant les transferts vers EcoleDirecte.
Merci
Sabine
""", day=7, client="gmail",
       label=L("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
               "Asks for the daily maintenance password to reindex the base before transfers."))

person(("Julien Lefebvre", "julien.lefebvre@stpaul-lens.fr"),
       "Transfert échoue : tout ce que j'ai déjà essayé",
       """Bonjour,

Depuis jeudi, le transfert vers EcoleDirecte échoue avec « Erreur de connexion au serveur distant (code 12029) ». Pour gagner du temps, voici ce que j'ai déjà fait :

- redémarré le serveur et le poste de la vie scolaire ;
- ajouté une exclusion pour le dossier de Charlemagne et pour Outils.exe dans l'antivirus (ESET), puis carrément désactivé l'antivirus dix minutes pour tester ;
- vérifié que le proxy n'était pas configuré dans les paramètres de transfert (case décochée) ;
- testé l'accès au site EcoleDirecte depuis le serveur, dans le navigateur : il s'ouvre ;
- relancé le diagnostic de l'outil : le test « Connexion » est rouge, les autres verts.

Notre prestataire réseau dit n'avoir rien changé au pare-feu. Je sèche.

Lycée Saint-Paul, Lens – 0620973W

Julien Lefebvre
Référent informatique
""", day=13, client="thunderbird",
       label=L("transfer_incident", False, "0620973W", "hauts-de-france", "ecoledirecte", False, "fr",
               "Transfer fails with a connection error; lists in detail what was already tried (restart, antivirus exclusion, proxy, diagnostic)."))

person(("Hélène Dupuis", "h.dupuis@institution-lasalle-avignon.fr"),
       "Pas mon mot de passe : le code du jour",
       """Bonjour,

Je n'ai pas perdu mon mot de passe EcoleDirecte, il marche très bien, inutile de m'envoyer un lien de réinitialisation (c'est ce qu'on m'a fait la dernière fois, par erreur).

Ce qu'il me faut, c'est le code de maintenance du jour pour lancer la vérification de la base dans Charlemagne, sans quoi les transferts restent bloqués.

Merci,
Hélène Dupuis
Secrétaire de direction
""", day=14, client="outlook",
       label=L("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
               "Negation: not her password; asks for the daily maintenance code to unblock transfers. transfer_incident, not password_reset."))

person(("Collège Sainte-Thérèse", "college.stetherese@gmail.com"),
       "les notes passe plus",
       """bonjour

les notes passe plus sur ecole direct depui vendredi. les profs les on mis dans charlemagne mais les parent les voi pas. jai redemaré lordi du secrétariat deux foi.

pouvé vous regardé svp
Martine
""", day=15, client="gmail",
       label=L("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
               "Phonetic spelling; grades no longer reach EcoleDirecte since Friday."))

person(("Éric Boutin", "eric.boutin@ndsainte-croix-lemans.fr"),
       "Synchronisation des emplois du temps en échec",
       """Bonjour,

En juin, après une restauration de sauvegarde, votre équipe (Mme Faure) avait réinitialisé la réplication de notre base ; tout était reparti et l'année s'était bien terminée. Cette rentrée aussi s'était bien passée.

Depuis la mise à jour de Charlemagne installée mercredi, en revanche, la synchronisation des emplois du temps vers EcoleDirecte échoue systématiquement : « Échec de l'envoi du lot EDT – contenu rejeté ». Les notes et absences, elles, passent.

Collège Notre-Dame de Sainte-Croix, Le Mans – 0720371M

Cordialement,
Éric Boutin
Administrateur réseau
""", day=16, client="thunderbird",
       label=L("transfer_incident", False, "0720371M", "pays-de-la-loire", "ecoledirecte", False, "fr",
               "Recalls an earlier replication reset, then a new failure: timetable synchronisation rejected since an update."))

person(("Adeline Rigaud", "a.rigaud@ecole-stjean-perigueux.fr"),
       "TR: Message d'erreur Outils",
       """Bonjour,

Je vous transfère le message que le logiciel a envoyé à la direction cette nuit. Je ne comprends pas ce qu'il faut faire. Les transferts vers EcoleDirecte sont arrêtés depuis.

Adeline Rigaud
Secrétariat

De : Outils Charlemagne <outils@ecole-stjean-perigueux.fr>
Envoyé : mardi 21 octobre 2025 02:14
À : direction@ecole-stjean-perigueux.fr
Objet : Message d'erreur Outils

Tâche planifiée « Transfert EcoleDirecte » : ÉCHEC
Étape 3/5 – Préparation de l'export
Erreur : Le fichier de licence est expiré (date de fin : 20/10/2025).
Veuillez contacter votre support.
""", day=21, client="outlook",
       label=L("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
               "Forward (Outlook 'TR:') of the software's nightly error mail: the licence expired and transfers stopped. The forwarded part is machine text, the outer message is a person's request."))

# ============================================================ other

person(("Digital Growth Partners", "growth@rankboost-agency.biz"),
       "Quick question about assistance.example.fr",
       """Hi,

I was checking assistance.example.fr and noticed it is not ranking on the first page of Google for several valuable keywords in your niche.

Our team can get you to the top 3 positions in 60 days, guaranteed, for a one-time fee of $399. We have helped 1,200+ businesses worldwide.

Reply "YES" and I'll send you a free audit.

Best regards,
Kevin
Digital Growth Partners
""", day=2, lang="en", tz="utc", client="plain7", auth="fail",
       label=L("other", False, None, None, None, False, "en",
               "English SEO spam."))

person(("Service Comptabilité Marchés Publics", "recouvrement@marches-publics-gouv.info"),
       "Relance : facture impayée - marché public n° 2025-4471",
       """Madame, Monsieur,

Sauf erreur de notre part, la facture n° 2025-4471 relative à votre marché public de fournitures reste impayée à ce jour, malgré nos précédentes relances.

Afin d'éviter l'application de pénalités de retard et la transmission du dossier au Trésor public, nous vous invitons à consulter la facture et à procéder au règlement sous 48 heures :

https://marches-publics-gouv.info/factures/consulter?ref=2025-4471

Identifiez-vous avec vos identifiants de messagerie professionnelle pour accéder au document.

Service Comptabilité
""", day=6, client="plain", auth="fail",
       label=L("other", False, None, None, None, True, "fr",
               "Phishing dressed as an unpaid public-market invoice (look-alike domain, asks for mail credentials): other, not order_billing."))

person(("Pascale Giraud", "pascale.giraud@ac-clermont.fr"),
       "RE: [#SUP-006240] Mot de passe e-sidoc",
       """Merci beaucoup, le lien est bien arrivé et j'ai pu choisir un nouveau mot de passe. Tout fonctionne.

Bonne journée !
Pascale

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mercredi 8 octobre 2025 09:31
À : Pascale Giraud <pascale.giraud@ac-clermont.fr>
Objet : [#SUP-006240] Mot de passe e-sidoc

Bonjour,

Un lien de réinitialisation du mot de passe a été envoyé à l'adresse connue pour votre établissement (c***@ac-****.fr). Il est valable 12 heures.

Cordialement,
L'équipe d'assistance
""", day=8, client="outlook", in_reply_to=ticket_ref(6240, 10, 8, "09:31"),
       label=L("other", False, None, "auvergne-rhone-alpes", "esidoc", True, "fr",
               "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. Region from ac-clermont.fr."))

person(("Lucas Perrin - SignalÉcole", "lucas.perrin@signalecole.fr"),
       "Écrans d'affichage pour vos établissements",
       """Bonjour,

Je me permets de vous contacter car nous équipons de plus en plus d'établissements scolaires en écrans d'affichage dynamique : menus de la cantine, absences des professeurs, informations de la vie scolaire.

Seriez-vous la bonne personne pour échanger sur un éventuel référencement de notre solution auprès des établissements que vous accompagnez ? Je vous propose un appel de 15 minutes la semaine prochaine.

Bien à vous,
Lucas Perrin
Responsable grands comptes, SignalÉcole
""", day=7, client="gmail",
       label=L("other", False, None, None, None, False, "fr",
               "Cold sales prospecting written to one person: other, not automated."))

person(("Gérard Boissel", "maire@mairie-lachaussee.fr"),
       "Seuils de publicité pour la cantine",
       """Bonjour,

Je suis maire d'une petite commune et novice en marchés publics. Nous voulons changer de prestataire pour les repas de la cantine scolaire, environ 38 000 € par an.

Est-ce que je dois publier une consultation, et où ? À partir de quel montant faut-il un avis au BOAMP ? Et si nous passons par une centrale d'achat, sommes-nous dispensés de toute mise en concurrence ?

Merci de vos conseils,
Gérard Boissel
""", day=9, client="outlook", auth="nodkim",
       label=L("other", False, None, None, None, False, "fr",
               "A mayor asks for general procurement-law advice (thresholds, publicity); no service of the platform is concerned."))

person(("Thibault Arnoux", "thibault.arnoux@ac-grenoble.fr"),
       "Retour sur l'accessibilité du portail e-sidoc",
       """Bonjour,

Je suis professeur de lettres, aveugle, et j'utilise le portail e-sidoc de mon lycée avec VoiceOver sur Mac. Je n'ai pas de demande urgente, juste un retour que j'aimerais voir transmis à l'équipe qui développe le portail.

- Les couvertures des livres sont toutes lues « image », sans titre.
- Le bouton de recherche avancée est lu « bouton, icône ».
- Dans les résultats, VoiceOver lit la cote avant le titre, ce qui ralentit beaucoup la lecture.

Le reste fonctionne plutôt bien et je trouve ce que je cherche. Merci de faire suivre.

Thibault Arnoux
""", day=10, client="apple",
       label=L("other", False, None, "auvergne-rhone-alpes", "esidoc", False, "fr",
               "Accessibility feedback from a blind teacher (what VoiceOver reads), nothing to act on in the taxonomy: other. Region from ac-grenoble.fr."))

person(("Nadia Kherbouche", "nadia.kherbouche75@hotmail.fr"),
       "livre de ma fille",
       """bonjour

ma fille Inès en 5eme B a perdu le livre de la bibliotek du colège, on a reçu un papier pour le remboursé. je vou envoi se mail pour savoir combien il fau payé et a qui. jai trouvé votre adresse en bas du site de la bibliotek.

merci
Madame Kherbouche
""", day=13, client="android",
       label=L("other", False, None, None, None, False, "fr",
               "A parent with phonetic spelling writes about a lost library book (found the address at the bottom of the portal): wrong address, unrelated."))

person(("Dr Amelia Novak", "a.novak@ucl-research.example.ac.uk"),
       "Research survey: procurement in French schools",
       """Dear colleagues,

I am a researcher at University College London working on public procurement by small contracting authorities in Europe. I am particularly interested in how French schools and small municipalities use central purchasing bodies.

Would your support team be willing to answer a short anonymous questionnaire (about 20 minutes) on the most frequent difficulties buyers report to you? The results will be published in open access.

With many thanks,
Dr Amelia Novak
""", day=14, lang="en", tz="london", client="outlook",
       label=L("other", False, None, None, None, False, "en",
               "English research survey request: other."))

person(("Mairie de Perrigny-sur-Armançon", "mairie.perrigny@wanadoo.fr"),
       "Suppression des données d'une ancienne employée",
       """Bonjour,

Notre ancienne secrétaire de mairie, Mme Josette Camus, a quitté la commune en juin. Elle nous demande que ses données personnelles (nom, adresse mail, téléphone) soient effacées de vos fichiers, conformément au RGPD.

Pouvez-vous nous confirmer la suppression ?

Le Maire,
Robert Lhomme
""", day=15, client="orange",
       label=L("other", False, None, None, None, False, "fr",
               "GDPR erasure request for a former secretary's data: other (human review), not account_creation."))

person(("Sandrine Leclerc", "sandrine.leclerc@ac-caen.fr"),
       "Re: [#SUP-006259] Abonnement non visible",
       """Bien reçu, merci.

Envoyé de mon iPhone
""", day=16, hm="12:03", client="iphone", in_reply_to=ticket_ref(6259, 10, 16, "11:40"),
       label=L("other", False, None, "normandie", None, False, "fr",
               "'Bien reçu, merci.' from a phone: nothing to do. Region from the ac-caen.fr sender."))

person(("Ateliers Bonnefoy", "contact@ateliers-bonnefoy.fr"),
       "Devenir fournisseur de la centrale",
       """Bonjour,

Nous sommes un atelier de menuiserie installé dans le Cantal (12 salariés) et nous fabriquons du mobilier de bibliothèque et de CDI en bois local.

Comment pouvons-nous être référencés par votre centrale d'achat ? Publiez-vous vos consultations sur une plateforme particulière, et quand est prévu le prochain renouvellement du marché mobilier ?

Cordialement,
Jean Bonnefoy
Gérant
""", day=17, client="outlook",
       label=L("other", False, None, None, None, False, "fr",
               "A small manufacturer asks how to become a supplier of the purchasing centre: other."))

person(("Véronique Lemaire", "veronique.lemaire@mairie-st-pierre-des-champs.fr"),
       "Formation pour les nouveaux acheteurs ?",
       """Bonjour,

Je viens de prendre en charge les achats pour les écoles de la commune et je découvre l'Espace Acheteur. Proposez-vous des formations ou des webinaires pour débutants ? J'ai vu passer une lettre d'information qui en parlait mais je ne la retrouve pas.

Merci,
Véronique Lemaire
""", day=20, client="outlook",
       label=L("other", False, None, None, "espace_acheteur", False, "fr",
               "A new buyer asks about training webinars for the Espace Acheteur: other."))

person(("Mailinblack Protect", "quarantine@mailinblack-protect-notification.com"),
       "Vous avez 7 messages en attente - action requise",
       """Bonjour,

7 messages destinés à votre adresse sont retenus en quarantaine par Mailinblack Protect.

Ces messages seront définitivement supprimés dans 24 heures si vous ne les libérez pas.

Pour libérer vos messages, confirmez votre identité en saisissant le mot de passe de votre messagerie :
https://mailinblack-protect-notification.com/release?u=support

L'équipe Mailinblack
""", day=21, client="plain", auth="fail",
       label=L("other", False, None, None, None, True, "fr",
               "Phishing imitating a Mailinblack quarantine digest (look-alike domain, asks for the mailbox password) sent to the desk itself: other, not mailinblack_spam."))

person(("Amandine Poulain", "amandine.poulain@ac-lille.fr"),
       "Cataloguer une série de mangas",
       """Bonjour,

Petite question de catalogage : dans e-sidoc, comment faire pour que les 27 tomes d'une série de mangas apparaissent regroupés dans les résultats, au lieu de 27 notices séparées ? Faut-il créer une notice de série ou utiliser le champ « collection » ?

Merci pour vos conseils,
Amandine Poulain
Professeure documentaliste
""", day=21, client="zimbra",
       label=L("other", False, None, "hauts-de-france", "esidoc", False, "fr",
               "A cataloguing how-to question about e-sidoc with no category of its own: other. Region from ac-lille.fr."))

person(("Michel Aubertin", "michel.aubertin@ac-strasbourg.fr"),
       "TROISIÈME RELANCE",
       """Bonjour,

C'est la troisième fois que j'écris et je n'ai toujours AUCUNE réponse. Est-ce que quelqu'un lit ces mails ? C'est inadmissible pour un service public.

Je veux être rappelé aujourd'hui.

M. Aubertin
""", day=22, client="zimbra",
       label=L("other", False, None, "grand-est", None, False, "fr",
               "Angry complaint about unanswered messages that says nothing about the topic: no category can be told."))

person(("Cécile Marchand", "cecile.marchand@ac-orleans-tours.fr"),
       "Joindre une capture à un ticket existant",
       """Bonjour,

J'ai ouvert un ticket sur le portail d'assistance la semaine dernière. Je voudrais y ajouter une capture d'écran mais je ne trouve pas où joindre un fichier une fois le ticket créé : seul le champ de texte apparaît.

Comment faire ?

Cécile Marchand
""", day=9, client="zimbra",
       label=L("other", False, None, "centre-val-de-loire", "ticket_portal", False, "fr",
               "How to add an attachment to an existing ticket on the ticket portal: a how-to with no category. Region from ac-orleans-tours.fr."))

person(("Patrick Lenoir", "patrick.lenoir@ac-besancon.fr"),
       "Mail de réinitialisation que je n'ai pas demandé",
       """Bonjour,

Je viens de recevoir un mail « Réinitialisation de votre mot de passe » au nom de votre service, alors que je n'ai rien demandé. Je n'ai pas cliqué sur le lien.

Est-ce bien vous qui l'avez envoyé ? Quelqu'un aurait-il essayé de prendre la main sur notre compte ? Je préfère vérifier avant de faire quoi que ce soit : je n'ai pas de problème de connexion, mon mot de passe actuel fonctionne.

Patrick Lenoir
Gestionnaire
""", day=22, client="zimbra",
       label=L("other", False, None, "bourgogne-franche-comte", None, True, "fr",
               "Security question about a reset mail he did not request; his password works and he asks for no reset: other, not password_reset. Region from ac-besancon.fr."))

person(("Jean-François Arnal", "jf.arnal@mairie-lavaur-les-bois.fr"),
       "Signature électronique sans smartphone",
       """Bonjour,

Je dois signer électroniquement la convention d'adhésion de la commune. Le système de signature me demande un code envoyé par SMS, mais je n'ai pas de téléphone portable (et je n'en veux pas).

Existe-t-il une autre manière de signer, par exemple un code par mail, ou une version papier ?

Cordialement,
Jean-François Arnal
Maire
""", day=23, client="outlook", auth="nodkim",
       label=L("other", False, None, None, "esignature", False, "fr",
               "A mayor without a mobile phone cannot receive the e-signature SMS code: other, platform esignature."))

# ============================================================ automated

def auto_head(frm, subject, t, *, auth="pass", return_path=None, mta=None, msgid=None,
              to=None, in_reply_to=None, extra=(), extra_hop=False, mime=True):
    lines = transport(frm[1], t, auth=auth, return_path=return_path, mta=mta, extra_hop=extra_hop)
    lines.append(addr_hdr("From", [frm]))
    lines.append(addr_hdr("To", to or [("Assistance", DESK)]))
    lines.append(hdr("Subject", subject))
    lines.append(f"Date: {rfcdate(t)}")
    lines.append(f"Message-ID: {msgid or msgid_for('other', domain_of(frm[1]))}")
    if in_reply_to:
        lines.append(f"In-Reply-To: {in_reply_to}")
        lines.append(f"References: {in_reply_to}")
    lines.extend(extra)
    if mime:
        lines.append("MIME-Version: 1.0")
    return lines


def our_mail(ticket, subject, to_pair, t, text):
    """Headers + body of a message the desk sent (for bounces and receipts)."""
    mid = f"<SUP-{ticket:06d}.{int(t.timestamp())}.{hexid(6)}@assistance.example.fr>"
    head = "\n".join([
        "From: Assistance <support@assistance.example.fr>",
        addr_hdr("To", [to_pair]),
        hdr("Subject", subject),
        f"Date: {rfcdate(to_paris(t))}",
        f"Message-ID: {mid}",
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: quoted-printable",
    ])
    return mid, head, qp(text.encode("utf-8"))


# --- 1. Exchange Online out-of-office, Toussaint
_t = when(20, "09:02")
_mid = ticket_ref(6301, 10, 20, "09:01")
_text = """Bonjour,

Je suis absente du samedi 18 octobre au lundi 3 novembre inclus (congés de la Toussaint) et ne consulte pas ma messagerie.

Pour les commandes de l'école et les questions de facturation, merci de vous adresser au secrétariat de mairie : 03 85 41 22 10 ou mairie@saint-vallerin.fr.

Cordialement,
Laetitia Bouchard
Service finances - Mairie de Saint-Vallerin
"""
_b = boundary("_000_")
_ct, _body = multipart("alternative", [
    (['Content-Type: text/plain; charset="iso-8859-1"', "Content-Transfer-Encoding: quoted-printable"],
     encode_body(_text, "iso-8859-1", "quoted-printable")),
    (['Content-Type: text/html; charset="iso-8859-1"', "Content-Transfer-Encoding: quoted-printable"],
     encode_body(html_doc(text_to_html(_text, "mso"), "mso"), "iso-8859-1", "quoted-printable")),
], _b)
machine(auto_head(("Laetitia Bouchard", "l.bouchard@saint-vallerin.fr"),
                  "Réponse automatique : [#SUP-006301] Votre demande de devis", _t,
                  mta="mail-pr3fra01on2112.outbound.protection.outlook.com", msgid=msgid_for("owa", "x"),
                  in_reply_to=_mid,
                  extra=["Thread-Topic: [#SUP-006301] Votre demande de devis",
                         f"Thread-Index: {alnum(28)}==", "Content-Language: fr-FR",
                         "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
                         "X-MS-Exchange-Inbox-Rules-Loop: l.bouchard@saint-vallerin.fr",
                         "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]),
        _ct, _body,
        label=L("automated", False, None, None, None, False, "fr",
                "Exchange Online out-of-office for the Toussaint holidays (Auto-Submitted: auto-generated, X-Auto-Response-Suppress), ISO-8859-1 body. Mentions orders and invoices."))

# --- 2. Zimbra vacation reply from an académie address
_t = when(21, "14:17")
_text = """Bonjour,

Je suis en congés jusqu'au dimanche 2 novembre. Le CDI rouvre le lundi 3 novembre.

Pour toute question urgente concernant le portail documentaire ou les abonnements, merci d'écrire à ce.0510887M@ac-reims.fr.

Cordialement,
Aline Perrot
Professeure documentaliste
"""
machine(auto_head(("Aline Perrot", "aline.perrot@ac-reims.fr"),
                  "Absente : Re: [#SUP-006322] Abonnement Cafeyn", _t,
                  msgid=msgid_for("zimbra", "ac-reims.fr"), in_reply_to=ticket_ref(6322, 10, 21, "14:16"),
                  extra=["Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk",
                         "X-Mailer: Zimbra 10.0.9_GA_0260"]),
        ['Content-Type: text/plain; charset=utf-8', "Content-Transfer-Encoding: 8bit"],
        _text.encode("utf-8"),
        label=L("automated", False, "0510887M", "grand-est", None, False, "fr",
                "Zimbra vacation reply ('Auto-Submitted: auto-replied (zimbra; vacation)') from an academic address; it names the school's ce.<UAI> address, which gives the UAI."))

# --- 3. Gmail vacation responder, English, publisher's sales rep
_t = when(22, "08:40", tz="london")
_text = """Thank you for your email.

I am out of the office at the Frankfurt education fair until Monday 27 October, with limited access to email. For urgent orders or invoice queries please contact orders@brightpage-publishing.co.uk.

Best wishes,
Tom Ellison
Brightpage Publishing
"""
_b = boundary("000000000000")
_ct, _body = multipart("alternative", [
    (['Content-Type: text/plain; charset="UTF-8"', "Content-Transfer-Encoding: 7bit"], _text.encode("ascii")),
    (['Content-Type: text/html; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable"],
     encode_body(html_doc(text_to_html(_text, "gmail"), "gmail"), "utf-8", "quoted-printable")),
], _b)
machine(auto_head(("Tom Ellison", "t.ellison@brightpage-publishing.co.uk"),
                  "Out of Office: RE: Catalogue prices 2026", _t,
                  mta="mail-wr1-f49.google.com", msgid=msgid_for("gmail", "x"), in_reply_to=ticket_ref(6330, 10, 22, "09:38"),
                  extra=["Auto-Submitted: auto-replied", "Precedence: bulk"]),
        _ct, _body,
        label=L("automated", False, None, None, None, False, "en",
                "English Gmail vacation responder of a publisher's sales representative (Auto-Submitted: auto-replied)."))

# --- 4. Postfix bounce, user unknown at a town hall
_t = when(6, "11:05")
_bnd = f"{alnum(12)}.{int(_t.timestamp())}/mail.mairie-bourg-archambault.fr"
_omid, _ohead, _obody = our_mail(6277, "[#SUP-006277] Votre compte Espace Acheteur",
                                 ("Mairie de Bourg-Archambault", "secretaire@mairie-bourg-archambault.fr"), _t,
                                 "Bonjour,\n\nVotre compte est en attente de validation par l'administrateur de votre structure.\n\nCordialement,\nL'équipe d'assistance\n")
_notice = """This is the mail system at host mail.mairie-bourg-archambault.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<secretaire@mairie-bourg-archambault.fr>: host
    mail.mairie-bourg-archambault.fr[private/dovecot-lmtp] said: 550 5.1.1
    <secretaire@mairie-bourg-archambault.fr> User doesn't exist:
    secretaire@mairie-bourg-archambault.fr (in reply to RCPT TO command)
"""
_status = f"""Reporting-MTA: dns; mail.mairie-bourg-archambault.fr
X-Postfix-Queue-ID: {alnum(11).upper()}
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: {rfcdate(to_paris(_t))}

Final-Recipient: rfc822; secretaire@mairie-bourg-archambault.fr
Original-Recipient: rfc822;secretaire@mairie-bourg-archambault.fr
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.mairie-bourg-archambault.fr
Diagnostic-Code: smtp; 550 5.1.1 <secretaire@mairie-bourg-archambault.fr> User
    doesn't exist: secretaire@mairie-bourg-archambault.fr
"""
_ct, _body = multipart("report", [
    (["Content-Description: Notification", 'Content-Type: text/plain; charset=us-ascii'], _notice.encode()),
    (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], _status.encode()),
    (["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], _ohead.encode() + b"\n\n" + _obody.encode()),
], _bnd, preamble="This is a MIME-encapsulated message.\n", params=" report-type=delivery-status;")
machine(auto_head(("Mail Delivery System", "MAILER-DAEMON@mail.mairie-bourg-archambault.fr"),
                  "Undelivered Mail Returned to Sender", _t, auth="nodkim", return_path="",
                  mta="mail.mairie-bourg-archambault.fr", msgid=f"<{alnum(12)}@mail.mairie-bourg-archambault.fr>",
                  extra=["Auto-Submitted: auto-replied"]),
        _ct, _body,
        label=L("automated", False, None, None, None, False, "en",
                "Postfix bounce (multipart/report delivery-status, original attached), null Return-Path; the returned message is about an Espace Acheteur account."))

# --- 5. Exchange Online NDR in French
_t = when(8, "15:47")
_omid, _ohead, _obody = our_mail(6295, "[#SUP-006295] Facture FA-2025-10233",
                                 ("Régie école", "regie.ecole@commune-vauvenargues-sur-tille.fr"), _t,
                                 "Bonjour,\n\nVous trouverez la facture rectifiée dans votre espace.\n\nCordialement,\nL'équipe d'assistance\n")
_notice = """Votre message n'a pas pu être remis à regie.ecole@commune-vauvenargues-sur-tille.fr, car la boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour le moment. Réessayez d'envoyer le message ultérieurement ou contactez directement le destinataire.

Informations de diagnostic pour les administrateurs :

Serveur de génération : PR3P192MB0714.EURP192.PROD.OUTLOOK.COM

regie.ecole@commune-vauvenargues-sur-tille.fr
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'
"""
_status = f"""Reporting-MTA: dns;PR3P192MB0714.EURP192.PROD.OUTLOOK.COM
Received-From-MTA: dns;{MX}
Arrival-Date: {rfcdate(to_paris(_t))}

Final-Recipient: rfc822;regie.ecole@commune-vauvenargues-sur-tille.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
"""
_ct, _body = multipart("report", [
    (['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"],
     encode_body(_notice, "utf-8", "quoted-printable")),
    (["Content-Type: message/delivery-status"], _status.encode()),
    (["Content-Type: text/rfc822-headers"], _ohead.encode()),
], boundary("_000_"), params=' report-type=delivery-status;')
machine(auto_head(("Microsoft Outlook", "postmaster@commune-vauvenargues-sur-tille.fr"),
                  "Non remis : [#SUP-006295] Facture FA-2025-10233", _t, auth="nodkim", return_path="",
                  mta="mail-pr3fra01on2052.outbound.protection.outlook.com",
                  msgid=f"<{alnum(8)}-{hexid(4)}@PR3P192MB0714.EURP192.PROD.OUTLOOK.COM>",
                  extra=["Content-Language: fr-FR", "Auto-Submitted: auto-replied",
                         "X-MS-Exchange-Message-Is-Ndr:", f"In-Reply-To: {_omid}"]),
        _ct, _body,
        label=L("automated", False, None, None, None, False, "fr",
                "Exchange Online non-delivery report in French ('Non remis :', mailbox full), multipart/report with the original headers; mentions an invoice."))

# --- 6. Gmail DSN, English
_t = when(9, "10:20")
_omid, _ohead, _obody = our_mail(6302, "[#SUP-006302] Votre demande de compte",
                                 ("", "sivu.lesglycines@gmail.com"), _t,
                                 "Bonjour,\n\nVotre structure a bien été créée.\n\nCordialement,\nL'équipe d'assistance\n")
_notice = """** Address not found **

Your message wasn't delivered to sivu.lesglycines@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser
"""
_status = f"""Reporting-MTA: dns; googlemail.com
Arrival-Date: {rfcdate(to_paris(_t))}

Final-Recipient: rfc822; sivu.lesglycines@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
"""
_ct, _body = multipart("report", [
    (['Content-Type: text/plain; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable"],
     encode_body(_notice, "utf-8", "quoted-printable")),
    (["Content-Type: message/delivery-status"], _status.encode()),
    (["Content-Type: message/rfc822"], _ohead.encode() + b"\n\n" + _obody.encode()),
], boundary("000000000000"), params=' report-type=delivery-status;')
machine(auto_head(("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
                  "Delivery Status Notification (Failure)", _t, return_path="",
                  mta="mail-sor-f69.google.com", msgid=msgid_for("gmail", "x"),
                  extra=["Auto-Submitted: auto-replied", f"References: {_omid}", f"In-Reply-To: {_omid}"]),
        _ct, _body,
        label=L("automated", False, None, None, None, False, "en",
                "Gmail 'Delivery Status Notification (Failure)', address not found; multipart/report with the original message."))

# --- 7. Outlook read receipt, French, from an académie address
_t = when(10, "08:55")
_notice = """Votre message

À : Christophe Noël
Objet : [#SUP-006310] Pièces du marché 2025-014
Envoyé : jeudi 9 octobre 2025 17:40:12 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le vendredi 10 octobre 2025 08:55:03 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
"""
_mdn = f"""Reporting-UA: ac-dijon.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;christophe.noel@ac-dijon.fr
Original-Message-ID: {ticket_ref(6310, 10, 9, "17:40")}
Disposition: manual-action/MDN-sent-manually; displayed
"""
_ct, _body = multipart("report", [
    (['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"],
     encode_body(_notice, "utf-8", "quoted-printable")),
    (["Content-Type: message/disposition-notification"], _mdn.encode()),
], boundary("_000_"), params=' report-type=disposition-notification;')
machine(auto_head(("Christophe Noël", "christophe.noel@ac-dijon.fr"),
                  "Lu : [#SUP-006310] Pièces du marché 2025-014", _t,
                  msgid=msgid_for("outlook", "ac-dijon.fr"), extra=[f"Thread-Index: {alnum(28)}==",
                                                                   "Content-Language: fr-FR", "X-Mailer: Microsoft Outlook 16.0"]),
        _ct, _body,
        label=L("automated", False, None, "bourgogne-franche-comte", None, False, "fr",
                "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from the ac-dijon.fr sender."))

# --- 8. Academic mailing list carrying a real question (hard)
_t = when(13, "16:25")
_text = """Bonjour à toutes et à tous,

Question du jour : quelqu'un a-t-il réussi à faire apparaître Cafeyn sur son portail e-sidoc cette année ? Commandé il y a trois semaines, payé, et toujours rien côté élèves. L'assistance m'a répondu une fois, depuis silence radio.

Si certains ont eu le même souci, je suis preneuse de vos astuces.

Merci !
Nathalie Robin
Collège Rabelais, Mirebeau

_______________________________________________
Liste docs-poitiers
Pour vous désabonner : https://listes.ac-poitiers.fr/sympa/signoff/docs-poitiers
"""
machine(auto_head(("Nathalie Robin", "nathalie.robin@ac-poitiers.fr"),
                  "[docs-poitiers] Cafeyn toujours invisible ?", _t,
                  return_path="docs-poitiers-owner@listes.ac-poitiers.fr", mta="listes.ac-poitiers.fr",
                  to=[("", "docs-poitiers@listes.ac-poitiers.fr")],
                  msgid=msgid_for("zimbra", "ac-poitiers.fr"),
                  extra=["List-Id: <docs-poitiers.listes.ac-poitiers.fr>",
                         "List-Unsubscribe: <https://listes.ac-poitiers.fr/sympa/signoff/docs-poitiers>",
                         "List-Post: <mailto:docs-poitiers@listes.ac-poitiers.fr>",
                         "List-Archive: <https://listes.ac-poitiers.fr/sympa/arc/docs-poitiers>",
                         "Precedence: list", "X-Loop: docs-poitiers@listes.ac-poitiers.fr",
                         "Sender: docs-poitiers-request@listes.ac-poitiers.fr"]),
        ['Content-Type: text/plain; charset=utf-8', "Content-Transfer-Encoding: 8bit"], _text.encode("utf-8"),
        label=L("automated", False, None, "nouvelle-aquitaine", "esidoc", True, "fr",
                "A librarian's real question (subscription not visible for three weeks) posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered. Region from the ac-poitiers.fr sender."))

# --- 9. Publisher newsletter, English
_t = when(14, "07:00", tz="london")
_text = """Northlight Learning - October news

New this autumn: 40 graded readers for A2-B1 learners, with audio read by native speakers.

- Free webinar for school librarians: "Building a reading culture in a second language", 5 November, 4.30 pm (CET)
- Our titles are now available in your institution's e-sidoc portal through the purchasing centre catalogue

Read more: https://news.northlight-learning.com/2025-10

You are receiving this email because you subscribed to Northlight Learning news.
Unsubscribe: https://news.northlight-learning.com/u/8812-ab41
"""
_ct, _body = multipart("alternative", [
    (['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"],
     encode_body(_text, "utf-8", "quoted-printable")),
    (['Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"],
     encode_body(html_doc(text_to_html(_text, "div"), "plain", "en"), "utf-8", "quoted-printable")),
], boundary("=_nl_"))
machine(auto_head(("Northlight Learning", "news@news.northlight-learning.com"),
                  "October news: 40 new graded readers + free webinar", _t,
                  return_path="bounce-8812-ab41@news.northlight-learning.com", mta="o12.email.northlight-learning.com",
                  msgid=f"<{alnum(22)}@news.northlight-learning.com>",
                  extra=["List-Id: Northlight Learning news <news.northlight-learning.com>",
                         "List-Unsubscribe: <https://news.northlight-learning.com/u/8812-ab41>,",
                         " <mailto:unsubscribe-8812-ab41@news.northlight-learning.com>",
                         "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"]),
        _ct, _body,
        label=L("automated", False, None, None, None, False, "en",
                "English publisher newsletter: List-Id, one-click List-Unsubscribe, Precedence: bulk. Mentions e-sidoc in passing."))

# --- 10. Espace Acheteur order notification (no-reply)
_t = when(15, "10:41")
_text = """Bonjour,

La commande CMD-2025-81077 passée par la structure « Assistance - compte de test » a été validée et transmise au fournisseur.

Fournisseur : Fournitures Scolaires du Centre
Montant : 96,00 € TTC
Bon de commande : BC-TEST-2025-0031

Vous pouvez suivre cette commande dans l'Espace Acheteur, rubrique « Mes commandes ».

Ce message est envoyé automatiquement, merci de ne pas y répondre.
"""
machine(auto_head(("Espace Acheteur", "no-reply@espace-acheteur.example.fr"),
                  "Commande CMD-2025-81077 validée", _t,
                  return_path="bounces+8831@espace-acheteur.example.fr", mta="mail.espace-acheteur.example.fr",
                  msgid=f"<notif.20251015.{hexid(6)}@espace-acheteur.example.fr>",
                  extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]),
        ['Content-Type: text/plain; charset=utf-8', "Content-Transfer-Encoding: 8bit"], _text.encode("utf-8"),
        label=L("automated", False, None, None, "espace_acheteur", False, "fr",
                "No-reply order-validated notification for the desk's test structure (Auto-Submitted: auto-generated)."))

# --- 11. e-signature request notification
_t = when(16, "13:12")
_text = """Bonjour,

La centrale d'achat vous invite à signer le document suivant :

« Avenant n° 1 à la convention d'adhésion – Commune de Lavaur-les-Bois »

Signataires : Jean-François Arnal (Maire) ; Assistance centrale d'achat (contre-signature)

Pour consulter et signer le document : https://esignature.example.fr/s/4f7a1c2e9b

Ce lien expire le 30 octobre 2025.

Ce courriel a été envoyé automatiquement par le service de signature électronique. Merci de ne pas y répondre.
"""
_ct, _body = multipart("alternative", [
    (['Content-Type: text/plain; charset=UTF-8', "Content-Transfer-Encoding: quoted-printable"],
     encode_body(_text, "utf-8", "quoted-printable")),
    (['Content-Type: text/html; charset=UTF-8', "Content-Transfer-Encoding: quoted-printable"],
     encode_body(html_doc(text_to_html(_text, "div"), "plain"), "utf-8", "quoted-printable")),
], boundary("=_sig_"))
machine(auto_head(("Signature électronique", "notifications@esignature.example.fr"),
                  "Document à signer : Avenant n° 1 à la convention d'adhésion", _t,
                  return_path="bounce@esignature.example.fr", mta="out1.esignature.example.fr",
                  msgid=f"<sig.{hexid(16)}@esignature.example.fr>",
                  extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: OOF, AutoReply"]),
        _ct, _body,
        label=L("automated", False, None, None, "esignature", False, "fr",
                "E-signature 'document to sign' notification (counter-signature for the desk), Auto-Submitted: auto-generated."))

# --- 12. Ticket portal notification
_t = when(17, "09:33")
_text = """Le ticket #48213 « Compte client e-sidoc - activation » a été mis à jour par Lucie Bories.

Nouveau commentaire :
« j'ai resu le mail, merci ça marche »

Statut : En attente de clôture

Voir le ticket : https://tickets.assistance.example.fr/t/48213

--
Portail d'assistance – notification automatique
"""
machine(auto_head(("Portail d'assistance", "notifications@tickets.assistance.example.fr"),
                  "[Ticket #48213] Mis à jour : Compte client e-sidoc - activation", _t,
                  return_path="notifications@tickets.assistance.example.fr", mta="tickets.assistance.example.fr",
                  msgid=f"<ticket-48213-{hexid(8)}@tickets.assistance.example.fr>",
                  extra=["Auto-Submitted: auto-generated", "Precedence: bulk", "X-Ticket-ID: 48213"]),
        ['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"],
        encode_body(_text, "utf-8", "quoted-printable"),
        label=L("automated", False, None, None, "ticket_portal", False, "fr",
                "Ticket-portal update notification quoting a user's comment (Auto-Submitted, Precedence: bulk)."))

# --- 13. Chorus Pro status notification
_t = when(20, "06:15")
_text = """Bonjour,

Le statut de la facture suivante a changé :

Numéro de facture : FE-2025-08812
Émetteur : Centrale d'achat - Assistance
Destinataire : LYCEE BLAISE PASCAL
Nouveau statut : MISE A DISPOSITION DU COMPTABLE
Date : 20/10/2025

Pour consulter la facture, connectez-vous à votre espace Chorus Pro.

Ce message vous est adressé automatiquement. Merci de ne pas y répondre.
"""
machine(auto_head(("Chorus Pro", "ne-pas-repondre@chorus-pro.gouv.fr"),
                  "Chorus Pro : changement de statut de la facture FE-2025-08812", _t,
                  return_path="ne-pas-repondre@chorus-pro.gouv.fr", mta="smtp.chorus-pro.gouv.fr",
                  msgid=f"<{hexid(24)}@chorus-pro.gouv.fr>",
                  extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]),
        ['Content-Type: text/plain; charset=ISO-8859-1', "Content-Transfer-Encoding: 8bit"],
        _text.encode("iso-8859-1"),
        label=L("automated", False, None, None, None, False, "fr",
                "Chorus Pro invoice-status notification (ISO-8859-1 8-bit, Auto-Submitted): invoice vocabulary, but machine mail."))

# --- 14. Another help desk's acknowledgement (loop risk)
_t = when(21, "10:02")
_text = """Bonjour,

Votre message a bien été reçu par l'assistance de la DANE de Montpellier et enregistré sous le numéro INC-2025-10-03318.

Un technicien prendra contact avec vous dans les meilleurs délais. Pour compléter votre demande, répondez à ce message sans modifier l'objet.

Ceci est un message automatique.
"""
machine(auto_head(("Assistance DANE Montpellier", "assistance.dane@ac-montpellier.fr"),
                  "[INC-2025-10-03318] Accusé de réception : Re: [#SUP-006318] Portail e-sidoc - ENT", _t,
                  msgid=f"<inc.2025.10.03318.{hexid(8)}@ac-montpellier.fr>", in_reply_to=ticket_ref(6318, 10, 21, "10:01"),
                  extra=["Auto-Submitted: auto-replied", "X-Loop: assistance.dane@ac-montpellier.fr",
                         "X-Auto-Response-Suppress: All"]),
        ['Content-Type: text/plain; charset=utf-8', "Content-Transfer-Encoding: 8bit"], _text.encode("utf-8"),
        label=L("automated", False, None, "occitanie", None, False, "fr",
                "Another help desk's acknowledgement of a message the desk sent (Auto-Submitted, X-Loop): answering would start a loop. Region from ac-montpellier.fr."))

# --- 15. Out-of-office by a client-side rule, no automation header (hard)
_t = when(22, "11:48")
_text = """Bonjour,

Le secrétariat de mairie est fermé pendant les vacances scolaires, du 18 octobre au 2 novembre. Votre message sera traité à mon retour le lundi 3 novembre.

En cas d'urgence (état civil, décès), vous pouvez joindre M. le Maire au 06 71 24 58 90.

Sandrine Mercier
Secrétaire de mairie – Commune de Villemoutiers
"""
machine(auto_head(("Sandrine Mercier", "mairie@villemoutiers-commune.fr"),
                  "Absence du secrétariat", _t, auth="nodkim",
                  msgid=msgid_for("outlook", "villemoutiers-commune.fr"),
                  extra=["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: {alnum(28)}==", "Content-Language: fr"]),
        ['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"],
        encode_body(_text, "utf-8", "quoted-printable"),
        label=L("automated", False, None, None, None, True, "fr",
                "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To, ordinary subject; only the wording shows it is automatic."))

# --- 16. qmail bounce as plain text (hard)
_t = when(23, "03:27")
_text = f"""Hi. This is the qmail-send program at mx.ateliers-bonnefoy.fr.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<commandes@ateliers-bonnefoy.fr>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <support@assistance.example.fr>
Received: (qmail 22817 invoked from network); {rfcdate(to_paris(_t))}
From: Assistance <support@assistance.example.fr>
To: commandes@ateliers-bonnefoy.fr
Subject: [#SUP-006344] Devenir fournisseur de la centrale
Auto-Submitted: auto-replied

Bonjour,

Merci pour votre message. Les consultations de la centrale sont publiees sur son profil acheteur.

Cordialement,
L'equipe d'assistance
"""
machine(auto_head(("", "MAILER-DAEMON@mx.ateliers-bonnefoy.fr"),
                  "failure notice", _t, auth="nodkim", return_path="", mta="mx.ateliers-bonnefoy.fr",
                  msgid=f"<{rnd.randrange(10**9, 10**10)}.{rnd.randrange(10000, 99999)}@mx.ateliers-bonnefoy.fr>",
                  mime=False),
        [], _text.encode("ascii"),
        label=L("automated", False, None, None, None, True, "en",
                "qmail bounce as plain text: no multipart/report, no Content-Type, no Auto-Submitted on the outer message; only the null Return-Path and the MAILER-DAEMON sender show it is automatic."))

# --- 17. Exchange delay notification in French
_t = when(24, "16:05")
_omid = ticket_ref(6350, 10, 24, "14:02")
_notice = """La remise du message suivant est différée :

jean-paul.marty@mairie-grandrieu.fr
Objet : [#SUP-006350] Mail d'activation

Ce message n'a pas encore été remis. Nous continuerons d'essayer de le remettre.
Le serveur continuera de tenter de remettre ce message pendant les 46 prochaines heures. Vous serez averti si le message ne peut pas être remis d'ici là.
"""
_status = f"""Reporting-MTA: dns;AM0PR09MB4387.eurprd09.prod.outlook.com
Received-From-MTA: dns;{MX}
Arrival-Date: {rfcdate(to_paris(_t) - dt.timedelta(hours=2))}

Final-Recipient: rfc822;jean-paul.marty@mairie-grandrieu.fr
Action: delayed
Status: 4.4.7
Will-Retry-Until: {rfcdate(to_paris(_t) + dt.timedelta(hours=46))}
"""
_ct, _body = multipart("report", [
    (['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"],
     encode_body(_notice, "utf-8", "quoted-printable")),
    (["Content-Type: message/delivery-status"], _status.encode()),
], boundary("_000_"), params=' report-type=delivery-status;')
machine(auto_head(("Microsoft Outlook", "postmaster@mairie-grandrieu.fr"),
                  "Remise différée : [#SUP-006350] Mail d'activation", _t, auth="nodkim", return_path="",
                  mta="mail-am0eur02on2071.outbound.protection.outlook.com",
                  msgid=f"<{alnum(10)}@AM0PR09MB4387.eurprd09.prod.outlook.com>",
                  extra=["Auto-Submitted: auto-replied", f"In-Reply-To: {_omid}", "Content-Language: fr-FR"]),
        _ct, _body,
        label=L("automated", False, None, None, None, False, "fr",
                "Exchange 'Remise différée' delay warning (Action: delayed), multipart/report: not a failure, still automatic; subject mentions an activation mail."))

# --- 18. SMTP TLS report, English
_t = when(27, "02:00", tz="utc")
_json = ('{"organization-name":"Google Inc.","date-range":{"start-datetime":"2025-10-26T00:00:00Z",'
         '"end-datetime":"2025-10-26T23:59:59Z"},"contact-info":"smtp-tls-reporting@google.com",'
         '"report-id":"2025-10-26T00:00:00Z_assistance.example.fr","policies":[{"policy":{"policy-type":"no-policy-found",'
         '"policy-domain":"assistance.example.fr"},"summary":{"total-successful-session-count":412,'
         '"total-failure-session-count":0}}]}')
import gzip as _gzip
_gz = _gzip.compress(_json.encode(), mtime=0)
_ct, _body = multipart("report", [
    (['Content-Type: text/plain; charset="UTF-8"', "Content-Transfer-Encoding: 7bit"],
     b"This is an aggregate TLS report from google.com"),
    (['Content-Type: application/tlsrpt+gzip; name="google.com!assistance.example.fr!1761436800!1761523199!001.json.gz"',
      'Content-Disposition: attachment; filename="google.com!assistance.example.fr!1761436800!1761523199!001.json.gz"',
      "Content-Transfer-Encoding: base64"], b64(_gz).encode()),
], boundary("000000000000"), params=' report-type="tlsrpt";')
machine(auto_head(("", "noreply-smtp-tls-reporting@google.com"),
                  "Report Domain: assistance.example.fr Submitter: google.com Report-ID: <2025.10.26T00.00.00Z+assistance.example.fr@google.com>",
                  _t, return_path="noreply-smtp-tls-reporting@google.com", mta="mail-sor-f73.google.com",
                  msgid=f"<{alnum(20)}@google.com>",
                  extra=["TLS-Report-Domain: assistance.example.fr", "TLS-Report-Submitter: google.com"]),
        _ct, _body,
        label=L("automated", False, None, None, None, False, "en",
                "SMTP TLS aggregate report (multipart/report; report-type=tlsrpt, gzip JSON) sent to the desk's address."))

# --- 19. Hosting-provider autoresponder (X-Autoreply only)
_t = when(28, "14:30")
_text = """Bonjour,

Nous avons bien reçu votre message et vous en remercions.

Notre équipe commerciale vous répondra sous 48 heures ouvrées. Pour toute commande urgente, appelez le 04 71 48 12 30 du lundi au vendredi, de 8 h à 12 h.

Mobilier Duval – Service administration des ventes
"""
machine(auto_head(("Mobilier Duval", "adv@mobilier-duval.fr"),
                  "Re: [#SUP-006361] Avenant n°1 marché 2024-058", _t, auth="nodkim",
                  mta="mo4-p00-ob.smtp.rzone.example.net", msgid=f"<{hexid(20)}@mobilier-duval.fr>",
                  extra=["X-Autoreply: yes", "X-Autorespond: adv@mobilier-duval.fr"]),
        ['Content-Type: text/plain; charset=utf-8', "Content-Transfer-Encoding: 8bit"], _text.encode("utf-8"),
        label=L("automated", False, None, None, None, False, "fr",
                "Hosting-provider autoresponder of a supplier: only 'X-Autoreply: yes' and 'X-Autorespond', no Auto-Submitted; the subject looks like a reply on a contract ticket."))

# --- 20. Offer alert from the Espace Acheteur (list-style)
_t = when(30, "06:00")
_text = """Bonjour,

3 nouvelles offres correspondent à vos alertes :

- Fournitures scolaires et papeterie 2026 – lots 1 à 4
- Mobilier de restauration scolaire – accord-cadre 2026-2029
- Jeux de cour et équipements sportifs pour écoles maternelles

Consulter les offres : https://espace-acheteur.example.fr/offres?alerte=4471

Pour modifier ou supprimer vos alertes : https://espace-acheteur.example.fr/profil/alertes
Ce message est envoyé automatiquement.
"""
machine(auto_head(("Espace Acheteur - Alertes", "alertes@espace-acheteur.example.fr"),
                  "Nouvelles offres correspondant à vos alertes", _t,
                  return_path="bounces+4471@espace-acheteur.example.fr", mta="mail.espace-acheteur.example.fr",
                  msgid=f"<alerte.4471.20251030.{hexid(6)}@espace-acheteur.example.fr>",
                  extra=["Auto-Submitted: auto-generated", "Precedence: bulk",
                         "List-Unsubscribe: <https://espace-acheteur.example.fr/profil/alertes>"]),
        ['Content-Type: text/plain; charset=utf-8', "Content-Transfer-Encoding: quoted-printable"],
        encode_body(_text, "utf-8", "quoted-printable"),
        label=L("automated", False, None, None, "espace_acheteur", False, "fr",
                "Espace Acheteur offer-alert digest subscribed to by the desk (Auto-Submitted, Precedence: bulk, List-Unsubscribe)."))


# ============================================================ write and check

UAI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])")


def searchable_text(msg):
    """From, Subject and every text part (including attached messages)."""
    chunks = [str(msg.get("From", "")), str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                chunks.append(part.get_content())
            except Exception as exc:  # pragma: no cover - reported below
                raise AssertionError(f"undecodable part: {exc}")
    return "\n".join(chunks)


def check(name, raw, label):
    assert label["category"] in CATEGORIES, (name, label["category"])
    assert label["platform"] in PLATFORMS, (name, label["platform"])
    assert label["lang"] in ("fr", "en"), name
    assert isinstance(label["auto_reply_ok"], bool) and isinstance(label["hard"], bool), name
    if label["category"] not in ("password_reset", "missing_noreply_mail", "mailinblack_spam",
                                 "account_creation", "subscription_activation"):
        assert label["auto_reply_ok"] is False, (name, "auto_reply_ok only for auto-reply categories")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    defects = list(msg.defects)
    for part in msg.walk():
        defects += list(part.defects)
    assert not defects, (name, defects)
    text = searchable_text(msg)
    found = {m.upper() for m in UAI_RE.findall(text)}
    valid = sorted(c for c in found if uai_ok(c))
    uai = label["uai"]
    if uai:
        assert uai_ok(uai) and uai == uai.upper(), (name, uai)
        assert uai in found, (name, "labelled UAI not in the message", uai)
        expected = PREFIX_REGION[uai[:3]]
    else:
        assert not valid, (name, "a valid UAI is written but the label has none", valid)
        expected = ACAD_REGION.get(domain_of(email.utils.parseaddr(str(msg["From"]))[1] or "x@x"))
    assert label["region"] == expected, (name, label["region"], expected)
    return msg


def main():
    assert len(MAILS) == 150, len(MAILS)
    order = list(range(len(MAILS)))
    random.Random(SEED + 28).shuffle(order)
    for old in os.listdir(HERE):
        if re.fullmatch(r"h\d{3}\.eml", old):
            os.remove(os.path.join(HERE, old))
    labels = []
    for pos, idx in enumerate(order, start=1):
        raw, label, _body, _subject, _frm = MAILS[idx]
        name = f"h{pos:03d}.eml"
        check(name, raw, label)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        labels.append({"file": name, "category": label["category"],
                       "auto_reply_ok": label["auto_reply_ok"], "uai": label["uai"],
                       "region": label["region"], "platform": label["platform"],
                       "hard": label["hard"], "lang": label["lang"], "notes": label["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for row in labels:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = {}
    for row in labels:
        counts[row["category"]] = counts.get(row["category"], 0) + 1
    print("wrote", len(labels), "mails")
    for cat in sorted(counts, key=lambda c: -counts[c]):
        print(f"  {cat:32s} {counts[cat]}")
    print("  hard:", sum(r["hard"] for r in labels), " en:", sum(r["lang"] == "en" for r in labels),
          " auto_reply_ok:", sum(r["auto_reply_ok"] for r in labels))


if __name__ == "__main__":
    main()
