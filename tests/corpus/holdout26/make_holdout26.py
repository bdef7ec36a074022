#!/usr/bin/env python3
"""Write the holdout26 blind test corpus: h001.eml ... h150.eml and labels.jsonl.

Stdlib only, deterministic (fixed seed). Run it from anywhere; it writes into
its own folder.

Theme of this set: April 2025, around the spring holidays and the first
quarter of the budget year; lycées agricoles and maritime schools, EREA and
special-needs establishments, GRETA, CFA, private schools under contract, and
local-authority buyers (départements for collèges, régions for lycées).

Every mail below is written by hand. UAIs are written as tokens so that their
check letters are computed, never typed:

    <<0291234>>   the valid UAI for those 7 digits (check letter computed)
    <<0291234~>>  the same, written in lower case
    <<0291234!>>  the 7 digits with a WRONG check letter (a typo, not a UAI)

In the labels, `uai` is given as the 7 digits and expanded the same way.
"""

import base64
import gzip
import hashlib
import json
import os
import quopri
import random
import re
import sys
import textwrap
from datetime import datetime, timedelta, timezone
from email.charset import QP, Charset
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 26042025
rng = random.Random(SEED)

DESK = "support@assistance.example.fr"
DESK_NAME = "Assistance"
MX = "mx1.assistance.example.fr"

# --------------------------------------------------------------------------
# UAI and regions (shared/spec/taxonomy.md, shared/spec/regions.md)
# --------------------------------------------------------------------------

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def check_letter(d7):
    return LETTERS[int(d7) % 23]


def uai(d7):
    assert re.fullmatch(r"\d{7}", d7), d7
    return d7 + check_letter(d7)


def bad_uai(d7):
    good = LETTERS.index(check_letter(d7))
    wrong = LETTERS[(good + 7) % 23]
    assert wrong != check_letter(d7)
    return d7 + wrong


def is_valid_uai(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and code[7] == check_letter(code[:7])


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
for _r, _ds in REGION_DEPTS.items():
    for _d in _ds.split():
        PREFIX_REGION[_d if len(_d) == 3 else "0" + _d] = _r

DOMAIN_REGION = {
    "ac-clermont.fr": "auvergne-rhone-alpes", "ac-grenoble.fr": "auvergne-rhone-alpes",
    "ac-lyon.fr": "auvergne-rhone-alpes",
    "ac-besancon.fr": "bourgogne-franche-comte", "ac-dijon.fr": "bourgogne-franche-comte",
    "ac-rennes.fr": "bretagne",
    "ac-orleans-tours.fr": "centre-val-de-loire",
    "ac-corse.fr": "corse",
    "ac-nancy-metz.fr": "grand-est", "ac-reims.fr": "grand-est", "ac-strasbourg.fr": "grand-est",
    "ac-amiens.fr": "hauts-de-france", "ac-lille.fr": "hauts-de-france",
    "ac-creteil.fr": "ile-de-france", "ac-paris.fr": "ile-de-france", "ac-versailles.fr": "ile-de-france",
    "ac-normandie.fr": "normandie", "ac-caen.fr": "normandie", "ac-rouen.fr": "normandie",
    "ac-bordeaux.fr": "nouvelle-aquitaine", "ac-limoges.fr": "nouvelle-aquitaine",
    "ac-poitiers.fr": "nouvelle-aquitaine",
    "ac-montpellier.fr": "occitanie", "ac-toulouse.fr": "occitanie",
    "ac-nantes.fr": "pays-de-la-loire",
    "ac-aix-marseille.fr": "provence-alpes-cote-d-azur", "ac-nice.fr": "provence-alpes-cote-d-azur",
    "ac-guadeloupe.fr": "guadeloupe", "ac-martinique.fr": "martinique", "ac-guyane.fr": "guyane",
    "ac-reunion.fr": "la-reunion", "ac-mayotte.fr": "mayotte",
}


def region_of_uai(code):
    return PREFIX_REGION.get(code[:3])


TOKEN = re.compile(r"<<(\d{7})([!~]?)>>")


def expand(text):
    def rep(m):
        d7, flag = m.group(1), m.group(2)
        if flag == "!":
            return bad_uai(d7)
        if flag == "~":
            return uai(d7).lower()
        return uai(d7)
    return TOKEN.sub(rep, text) if text else text


# --------------------------------------------------------------------------
# MIME writing (by hand, so that each client's shape can be imitated)
# --------------------------------------------------------------------------

def hex_id(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def ip():
    return "%s.%d" % (rng.choice(["192.0.2", "198.51.100", "203.0.113"]), rng.randint(10, 250))


def enc_words(s, charset="utf-8", name="Subject"):
    """RFC 2047 encode a header value if needed, folded."""
    try:
        s.encode("ascii")
        return fold_ascii(s, len(name) + 2)
    except UnicodeEncodeError:
        try:
            s.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
        cs = Charset(charset)
        cs.header_encoding = QP
        return Header(s, cs, header_name=name).encode(maxlinelen=76, linesep="\n")


def fold_ascii(s, start):
    words = s.split(" ")
    out, line = [], ""
    width = 78 - start
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
            width = 77
        else:
            line = w if not line else line + " " + w
    out.append(line)
    return "\n ".join(out)


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"\\]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), address)
        return "%s <%s>" % (name, address)
    except UnicodeEncodeError:
        cs = Charset(charset)
        cs.header_encoding = QP
        return "%s <%s>" % (Header(name, cs).encode(), address)


class Part:
    """A leaf MIME part."""

    def __init__(self, ctype, payload, charset=None, cte="7bit", params=None,
                 headers=None, flowed=False):
        self.ctype, self.payload, self.charset, self.cte = ctype, payload, charset, cte
        self.params = params or []
        self.headers = headers or []
        self.flowed = flowed

    def header_lines(self):
        ct = self.ctype
        if self.charset:
            q = '"%s"' % self.charset if self.ctype.startswith("text/") and self.charset.startswith(("iso", "windows")) else self.charset
            ct += "; charset=%s" % q
        if self.flowed:
            ct += "; format=flowed"
        for k, v in self.params:
            ct += ';\n\t%s="%s"' % (k, v) if len(ct) > 60 else '; %s="%s"' % (k, v)
        lines = ["Content-Type: " + ct]
        if self.cte:
            lines.append("Content-Transfer-Encoding: " + self.cte)
        lines += ["%s: %s" % kv for kv in self.headers]
        return lines

    def body_bytes(self):
        data = self.payload
        if isinstance(data, str):
            cs = self.charset or "us-ascii"
            try:
                data = data.encode(cs)
            except UnicodeEncodeError:
                raise ValueError("cannot encode in %s: %r" % (cs, data[:80]))
        if self.cte == "quoted-printable":
            return quopri.encodestring(data).rstrip(b"\n") + b"\n"
        if self.cte == "base64":
            return base64.encodebytes(data)
        if not data.endswith(b"\n"):
            data += b"\n"
        return data


class Multi:
    def __init__(self, subtype, parts, params=None, preamble=None, headers=None, boundary=None):
        self.subtype, self.parts = subtype, parts
        self.params = params or []
        self.preamble = preamble
        self.headers = headers or []
        self.boundary = boundary or ("----=_Part_%d_%d.%d" % (rng.randint(1000, 99999), rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 12, 10 ** 13)))

    def header_lines(self):
        ct = "Content-Type: multipart/%s;" % self.subtype
        for k, v in self.params:
            ct += " %s=%s;" % (k, v)
        ct += '\n\tboundary="%s"' % self.boundary
        return [ct] + ["%s: %s" % kv for kv in self.headers]

    def body_bytes(self):
        out = b""
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n\n"
        for p in self.parts:
            out += b"--" + self.boundary.encode() + b"\n"
            out += "\n".join(p.header_lines()).encode("ascii") + b"\n\n"
            out += p.body_bytes()
            out += b"\n"
        out += b"--" + self.boundary.encode() + b"--\n"
        return out


def render(headers, part):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        try:
            v.encode("ascii")
        except UnicodeEncodeError:
            assert k.lower() not in ("from", "to", "cc", "reply-to", "sender"), (k, v)
            v = enc_words(v, name=k)
        lines.append("%s: %s" % (k, v))
    lines += part.header_lines()
    return ("\n".join(lines)).encode("ascii") + b"\n\n" + part.body_bytes()


# --------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------

def clean(text):
    text = textwrap.dedent(text)
    if text.startswith("\n"):
        text = text[1:]
    return text.rstrip() + "\n"


def wrap_flowed(text, width=72):
    """Hard-wrap long lines, format=flowed style (soft breaks keep a trailing space)."""
    out = []
    for line in text.split("\n"):
        m = re.match(r"^((?:> ?)*)", line)
        prefix = m.group(1)
        rest = line[len(prefix):]
        if len(line) <= width or rest.startswith("-- ") or "://" in rest and len(rest.split()) == 1:
            out.append(line)
            continue
        words = rest.split(" ")
        cur = ""
        chunks = []
        for w in words:
            if cur and len(prefix) + len(cur) + 1 + len(w) > width:
                chunks.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        chunks.append(cur)
        out += [prefix + c for c in chunks]
    return "\n".join(out)


def wrap_hard(text, width=76):
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        m = re.match(r"^((?:> ?)*)", line)
        prefix = m.group(1)
        body = textwrap.wrap(line[len(prefix):], width - len(prefix), break_long_words=False, break_on_hyphens=False)
        out += [prefix + b for b in body]
    return "\n".join(out)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(text, style="gmail"):
    """A plausible HTML alternative for a plain text body."""
    lines = text.rstrip("\n").split("\n")
    html, quote_depth = [], 0
    for line in lines:
        depth = 0
        m = re.match(r"^((?:> ?)*)", line)
        depth = m.group(1).count(">")
        content = line[len(m.group(1)):]
        while quote_depth < depth:
            html.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
            quote_depth += 1
        while quote_depth > depth:
            html.append("</blockquote>")
            quote_depth -= 1
        if style == "outlook":
            html.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(content) if content.strip() else "&nbsp;"))
        else:
            html.append("<div>%s</div>" % (esc(content) if content.strip() else "<br>"))
    while quote_depth:
        html.append("</blockquote>")
        quote_depth -= 1
    inner = "\n".join(html)
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style>\n'
                '</head>\n<body lang="FR" style="word-wrap:break-word">\n<div class="WordSection1">\n'
                + inner + "\n</div>\n</body>\n</html>\n")
    if style == "zimbra":
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                + inner + "</div></body></html>\n")
    return '<div dir="ltr">' + inner + "</div>\n"


# --------------------------------------------------------------------------
# Dates, ids, transport headers
# --------------------------------------------------------------------------

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def parse_date(s, tz="+0200"):
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M")
    sign = 1 if tz[0] == "+" else -1
    off = timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return dt.replace(second=rng.randint(0, 59), tzinfo=timezone(off))


def rfc_date(dt, pad=True):
    tz = dt.strftime("%z")
    day = ("%02d" if pad else "%d") % dt.day
    return "%s, %s %s %d %s %s" % (DAYS[dt.weekday()], day, MONTHS[dt.month - 1], dt.year,
                                     dt.strftime("%H:%M:%S"), tz)


def paris(dt):
    return dt.astimezone(timezone(timedelta(hours=2)))


def relay_for(domain, client):
    if client in ("outlook", "outlook_android"):
        return "%s.outbound.protection.outlook.com" % rng.choice(["PAUP264CU001", "PR0P264CU004", "MRZP264CU002", "PA4P264CU003"])
    if domain == "gmail.com" or client == "gmail_personal":
        return "mail-%s%d-f%d.google.com" % (rng.choice(["wr", "ej", "lf", "wm"]), rng.randint(1, 2), rng.randint(41, 99))
    if client == "machine" and domain.count(".") >= 2:
        return domain
    if domain.startswith("ac-"):
        return "smtp%d.%s" % (rng.randint(1, 6), domain)
    if domain in ("orange.fr", "wanadoo.fr"):
        return "smtp%02d.smtpout.orange.fr" % rng.randint(1, 30)
    if domain in ("laposte.net",):
        return "smtp-out.laposte.net"
    if domain in ("icloud.com", "me.com"):
        return "st43p00im-zteg%d.me.com" % rng.randint(10, 99)
    return "mail.%s" % domain


def transport(from_addr, dt, client, auth="pass", to=DESK, return_path=None):
    domain = from_addr.split("@")[1].lower()
    relay = relay_for(domain, client)
    rcv_dt = paris(dt) + timedelta(seconds=rng.randint(2, 40))
    hdrs = [
        ("Return-Path", "<%s>" % (return_path if return_path is not None else from_addr)),
        ("Delivered-To", to),
        ("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CEST)"
         % (relay, relay, ip(), MX, alnum(15), to, rfc_date(rcv_dt, pad=False))),
    ]
    if auth == "pass":
        ar = ("%s;\n\tdkim=pass (2048-bit key) header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n\t"
              "dmarc=pass (p=none dis=none) header.from=%s" % (MX, domain, domain, domain))
    elif auth == "spf":
        ar = ("%s;\n\tdkim=none;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=none" % (MX, domain))
    elif auth == "fail":
        ar = ("%s;\n\tdkim=none;\n\tspf=fail smtp.mailfrom=%s;\n\t"
              "dmarc=fail (p=quarantine dis=none) header.from=%s" % (MX, domain, domain))
    elif auth == "softfail":
        ar = ("%s;\n\tdkim=fail reason=\"signature verification failed\" header.d=%s;\n\tspf=softfail smtp.mailfrom=%s;\n\t"
              "dmarc=fail (p=none dis=none) header.from=%s" % (MX, domain, domain, domain))
    else:
        ar = "%s;\n\tdkim=none;\n\tspf=none smtp.mailfrom=%s;\n\tdmarc=none" % (MX, domain)
    hdrs.append(("Authentication-Results", ar))
    return hdrs


def msgid(client, domain, dt):
    if client == "gmail" or client == "gmail_personal":
        return "<CA%s%s@mail.gmail.com>" % (alnum(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-="))
    if client in ("outlook", "outlook_android"):
        box = rng.choice(["PAZP264MB", "PR1P264MB", "MR1P264MB", "PA4P264MB"]) + str(rng.randint(1000, 9999))
        return "<%s%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (box, alnum(24, "0123456789ABCDEF"), box)
    if client in ("ipad", "iphone"):
        return "<%s-%s-%s-%s-%s@%s>" % (alnum(8, "0123456789ABCDEF"), alnum(4, "0123456789ABCDEF"), alnum(4, "0123456789ABCDEF"),
                                        alnum(4, "0123456789ABCDEF"), alnum(12, "0123456789ABCDEF"), domain)
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(100000000, 999999999), rng.randint(10000, 99999), int(dt.timestamp()) * 1000 % 10 ** 13, domain)
    if client == "roundcube":
        return "<%s@%s>" % (hex_id(32), domain)
    if client == "oe":
        return "<000%s$%s$%s@%s>" % (hex_id(5), hex_id(8), hex_id(8), "PC-" + alnum(6, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
    return "<%s-%s-%s-%s-%s@%s>" % (hex_id(8), hex_id(4), hex_id(4), hex_id(4), hex_id(12), domain)


def ticket_msgid(num, dt):
    return "<SUP-%06d.%d.%s@assistance.example.fr>" % (num, int(dt.timestamp()), hex_id(6))


def fake_pdf(title):
    body = ("%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
            "%% %s\ntrailer << /Root 1 0 R >>\n%%%%EOF\n" % title)
    return body.encode("latin-1", "replace")


PNG_1x1 = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def attachment(filename, kind="pdf"):
    if kind == "pdf":
        data, ctype = fake_pdf(filename), "application/pdf"
    elif kind == "png":
        data, ctype = PNG_1x1, "image/png"
    elif kind == "jpg":
        data, ctype = b"\xff\xd8\xff\xe0" + hashlib.sha256(filename.encode()).digest() * 4 + b"\xff\xd9", "image/jpeg"
    elif kind == "xlsx":
        data, ctype = b"PK\x03\x04" + hashlib.sha256(filename.encode()).digest() * 8, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    elif kind == "docx":
        data, ctype = b"PK\x03\x04" + hashlib.sha256(filename.encode()).digest() * 6, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    else:
        raise ValueError(kind)
    try:
        filename.encode("ascii")
        fn_param = 'name="%s"' % filename
        disp = 'attachment; filename="%s"' % filename
    except UnicodeEncodeError:
        from urllib.parse import quote
        fn_param = 'name="%s"' % Header(filename, "utf-8").encode()
        disp = "attachment; filename*=utf-8''%s" % quote(filename)
    p = Part(ctype, data, cte="base64")
    p.ctype = ctype + "; " + fn_param
    p.headers = [("Content-Disposition", disp)]
    return p


# --------------------------------------------------------------------------
# Human mail: one function, client styles
# --------------------------------------------------------------------------

CLIENTS = {
    # name: (charset, cte, multipart alternative?, html style, extra headers)
    "thunderbird": ("UTF-8", "8bit", False, None),
    "roundcube": ("UTF-8", "quoted-printable", False, None),
    "gmail": ("UTF-8", "quoted-printable", True, "gmail"),
    "gmail_personal": ("UTF-8", "quoted-printable", True, "gmail"),
    "outlook": ("windows-1252", "quoted-printable", True, "outlook"),
    "outlook_android": ("utf-8", "base64", True, "gmail"),
    "ipad": ("utf-8", "quoted-printable", False, None),
    "iphone": ("utf-8", "quoted-printable", False, None),
    "zimbra": ("utf-8", "quoted-printable", True, "zimbra"),
    "oe": ("iso-8859-1", "8bit", False, None),
    "samsung": ("UTF-8", "base64", True, "gmail"),
}


def human(frm, subj, date, body, client="thunderbird", to=None, cc=None, tz="+0200",
          irt=None, attach=None, extra=None, auth="pass", reply_to=None, return_path=None,
          html_only=False, to_addr=None):
    name, address = frm
    address = expand(address)
    subj = expand(subj)
    body = expand(clean(body))
    dt = parse_date(date, tz)
    domain = address.split("@")[1]
    to_hdr = to or addr(DESK_NAME, DESK) if client in ("outlook", "gmail") else (to or DESK)
    delivered = to_addr or DESK
    charset, cte, alt, hstyle = CLIENTS[client]
    headers = transport(address, dt, client, auth=auth, to=delivered, return_path=return_path)
    mid = msgid(client, domain, dt)
    refs = None
    if irt:
        num, tdate = irt
        tdt = parse_date(tdate, "+0200")
        refs = ticket_msgid(num, tdt)
    extra = extra or []

    # header order imitates each client loosely
    h = []
    if client == "thunderbird":
        h += [("Message-ID", mid), ("Date", rfc_date(dt)), ("MIME-Version", "1.0"),
              ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr" if not extra or True else "fr"),
              ("To", to_hdr)]
        if cc:
            h.append(("Cc", cc))
        h += [("From", addr(name, address)), ("Subject", enc_words(subj))]
        if refs:
            h[0:0] = [("References", refs), ("In-Reply-To", refs)]
    elif client in ("gmail", "gmail_personal"):
        h += [("MIME-Version", "1.0")]
        if refs:
            h += [("References", refs), ("In-Reply-To", refs)]
        h += [("From", addr(name, address)), ("Date", rfc_date(dt)), ("Message-ID", mid),
              ("Subject", enc_words(subj)), ("To", to_hdr)]
        if cc:
            h.append(("Cc", cc))
    elif client in ("outlook", "outlook_android"):
        h += [("From", addr(name, address)), ("To", to_hdr)]
        if cc:
            h.append(("Cc", cc))
        h += [("Subject", enc_words(subj)), ("Thread-Topic", enc_words(re.sub(r"^(RE|TR|Re|Fwd|FW) ?: ?", "", subj), name="Thread-Topic")),
              ("Thread-Index", base64.b64encode(hashlib.md5(mid.encode()).digest() + b"\x01\x02").decode()),
              ("Date", rfc_date(dt.astimezone(timezone.utc)).replace("+0000", "+0000")), ("Message-ID", mid)]
        if refs:
            h += [("References", refs), ("In-Reply-To", refs)]
        h += [("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"),
              ("X-MS-Has-Attach", "yes" if attach else ""), ("X-MS-TNEF-Correlator", ""), ("MIME-Version", "1.0")]
    elif client in ("ipad", "iphone"):
        h += [("From", addr(name, address)), ("Mime-Version", "1.0 (1.0)"), ("Date", rfc_date(dt)),
              ("Subject", enc_words(subj)), ("Message-Id", mid)]
        if refs:
            h += [("References", refs), ("In-Reply-To", refs)]
        if cc:
            h.append(("Cc", cc))
        h += [("To", to or DESK), ("X-Mailer", "iPad Mail (22E240)" if client == "ipad" else "iPhone Mail (22E240)")]
    elif client == "zimbra":
        h += [("Date", rfc_date(dt)), ("From", addr(name, address)), ("To", to or DESK)]
        if cc:
            h.append(("Cc", cc))
        h += [("Message-ID", mid)]
        if refs:
            h += [("In-Reply-To", refs), ("References", refs)]
        h += [("Subject", enc_words(subj)), ("MIME-Version", "1.0"),
              ("X-Mailer", "Zimbra 9.0.0_GA_4617 (ZimbraWebClient - FF124 (Win)/9.0.0_GA_4617)"),
              ("Thread-Topic", enc_words(re.sub(r"^(RE|TR|Re|Fwd) ?: ?", "", subj), name="Thread-Topic")),
              ("Thread-Index", alnum(28))]
    elif client == "roundcube":
        h += [("MIME-Version", "1.0"), ("Date", rfc_date(dt)), ("From", addr(name, address)), ("To", to or DESK)]
        if cc:
            h.append(("Cc", cc))
        h += [("Subject", enc_words(subj))]
        if refs:
            h += [("In-Reply-To", refs), ("References", refs)]
        h += [("Message-ID", mid), ("X-Sender", address), ("User-Agent", "Roundcube Webmail/1.6.9")]
    elif client == "oe":
        h += [("Message-ID", mid), ("From", addr(name, address, charset="iso-8859-1")), ("To", to or DESK)]
        if cc:
            h.append(("Cc", cc))
        if refs:
            h += [("References", refs), ("In-Reply-To", refs)]
        h += [("Subject", enc_words(subj, charset="iso-8859-1")), ("Date", rfc_date(dt)), ("MIME-Version", "1.0"),
              ("X-Priority", "3"), ("X-MSMail-Priority", "Normal"), ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
              ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")]
    elif client == "samsung":
        h += [("Date", rfc_date(dt)), ("Message-ID", mid)]
        if refs:
            h += [("In-Reply-To", refs), ("References", refs)]
        h += [("Subject", enc_words(subj)), ("From", addr(name, address)), ("To", to or DESK)]
        if cc:
            h.append(("Cc", cc))
        h += [("MIME-Version", "1.0"), ("X-Mailer", "Samsung Mail")]
    if reply_to:
        h.append(("Reply-To", reply_to))
    h += extra

    # body
    if client in ("thunderbird", "roundcube"):
        text = wrap_flowed(body)
        flowed = True
    elif client == "oe":
        text = wrap_hard(body)
        flowed = False
    else:
        text = body
        flowed = False
    if client == "outlook":
        try:
            text.encode("windows-1252")
        except UnicodeEncodeError:
            charset = "utf-8"
    if client == "oe":
        try:
            text.encode("iso-8859-1")
        except UnicodeEncodeError:
            charset = "windows-1252"
    if client == "thunderbird" and "\u00a0" in text:
        pass
    plain = Part("text/plain", text, charset=charset, cte=cte, flowed=flowed)
    if html_only:
        hcs = "windows-1252" if client == "outlook" else "utf-8"
        try:
            to_html(body, hstyle or "gmail").encode(hcs)
        except UnicodeEncodeError:
            hcs = "utf-8"
        main = Part("text/html", to_html(body, hstyle or "gmail").replace("charset=utf-8", "charset=" + hcs), charset=hcs, cte="quoted-printable")
    elif alt:
        hcs = charset
        html = Part("text/html", to_html(body, hstyle).replace("charset=utf-8", "charset=" + hcs), charset=hcs, cte=cte)
        bnd = None
        if client in ("gmail", "gmail_personal"):
            bnd = "000000000000" + hex_id(16)
        elif client == "outlook":
            bnd = "_000_%s_" % alnum(30, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        elif client == "zimbra":
            bnd = "=_%s-%s-%s-%s-%s" % (hex_id(8), hex_id(4), hex_id(4), hex_id(4), hex_id(12))
        main = Multi("alternative", [plain, html], boundary=bnd)
    else:
        main = plain
    if attach:
        parts = [main] + [attachment(expand(fn), kind) for fn, kind in attach]
        bnd = None
        if client in ("gmail", "gmail_personal"):
            bnd = "000000000000" + hex_id(16)
        elif client == "outlook":
            bnd = "_004_%s_" % alnum(30, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        main = Multi("mixed", parts, boundary=bnd)
    return headers + h, main, dict(subject=subj, body=body, from_addr=address)


# --------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------

MAILS = []


def mail(category, auto_reply_ok, uai_digits, region, platform, hard, lang, notes, build):
    """Register one mail. `build` is a tuple (headers, part, texts)."""
    MAILS.append(dict(label=dict(category=category, auto_reply_ok=auto_reply_ok,
                                 uai=uai(uai_digits) if uai_digits else None, region=region,
                                 platform=platform, hard=hard, lang=lang, notes=notes),
                      build=build))


def raw(headers, part, texts):
    return (headers, part, texts)


# --------------------------------------------------------------------------
# Machine-written mail
# --------------------------------------------------------------------------

def desk_original(num, tdate, subject, text, to_name, to_address):
    """Our own earlier message, as attached to a bounce."""
    tdt = parse_date(tdate)
    h = [("From", addr(DESK_NAME, DESK)), ("To", addr(to_name, to_address)),
         ("Subject", enc_words(subject)), ("Date", rfc_date(tdt)),
         ("Message-ID", ticket_msgid(num, tdt)), ("Auto-Submitted", "auto-replied"),
         ("MIME-Version", "1.0"), ("Content-Type", 'text/plain; charset="utf-8"'),
         ("Content-Transfer-Encoding", "quoted-printable")]
    head = "\n".join("%s: %s" % kv for kv in h)
    return head + "\n\n" + quopri.encodestring(clean(text).encode("utf-8")).decode("ascii")


class RawPart:
    """A part whose body is given already encoded (message/rfc822 and the like)."""

    def __init__(self, ctype, text, headers=None):
        self.ctype, self.text, self.headers = ctype, text, headers or []

    def header_lines(self):
        return ["Content-Type: " + self.ctype] + ["%s: %s" % kv for kv in self.headers]

    def body_bytes(self):
        t = self.text if self.text.endswith("\n") else self.text + "\n"
        out = []
        for line in t.split("\n"):
            try:
                line.encode("ascii")
            except UnicodeEncodeError:
                k, v = line.split(": ", 1)
                line = "%s: %s" % (k, enc_words(v, name=k))
            out.append(line)
        return "\n".join(out).encode("ascii")


def machine(frm, to, subj, date, part, tz="+0200", return_path="", auth="spf", extra=None,
            mid=None, irt=None, text_for_check=""):
    name, address = frm
    subj = expand(subj)
    text_for_check = expand(text_for_check)
    dt = parse_date(date, tz)
    headers = transport(address, dt, "machine", auth=auth, return_path=return_path)
    h = [("From", addr(name, address)), ("To", to), ("Subject", enc_words(subj)),
         ("Date", rfc_date(dt)), ("Message-ID", mid or "<%s.%s@%s>" % (dt.strftime("%Y%m%d%H%M%S"), alnum(12), address.split("@")[1]))]
    if irt:
        num, tdate = irt
        ref = ticket_msgid(num, parse_date(tdate))
        h += [("In-Reply-To", ref), ("References", ref)]
    h += [("MIME-Version", "1.0")]
    h += extra or []
    return headers + h, part, dict(subject=subj, body=text_for_check, from_addr=address)


# ==========================================================================
# password_reset
# ==========================================================================

mail("password_reset", True, "0400732", "nouvelle-aquitaine", "esidoc", False, "fr",
     "Tablet autocorrect ('porche' for portail, 'd'avant' for d'avance); lost e-sidoc admin password after the spring break; lycée agricole writing from an educagri.fr address, region from the UAI.",
     human(("Sandrine Loustau", "cdi.legta-lesbarthes@educagri.fr"),
           "Mot de passe portail", "2025-04-29 08:47", """
           Bonjour
           Depuis la rentrée des vacances je n'arrive plus à rentrer dans le porche d'administration e-sidoc du CDI, il me dit mot de passe incorrecte. J'ai du le changer en mars mais je ne m'en souviens plus du tout. Notre identifiant c'est <<0400732>> je crois.
           Vous pouvez me renvoyez un lien ? Je suis sur la tablette, le PC du CDI est en panne sèche depuis lundi.
           Merci d'avant
           Sandrine Loustau
           CDI Lycée agricole des Barthes

           Envoyé de mon iPad
           """, client="ipad"))

mail("password_reset", True, "0761598", "normandie", "esidoc", False, "fr",
     "The secretariat writes from the EREA's ce.<UAI> box for the librarian and asks for the link on that official address (the safe path).",
     human(("EREA du Pays de Caux - Secrétariat", "ce.<<0761598>>@ac-normandie.fr"),
           "Demande de réinitialisation - accès gestion e-sidoc", "2025-04-02 10:31", """
           Bonjour,

           Je vous écris depuis la boîte fonctionnelle de l'établissement à la demande de notre enseignante documentaliste, Mme Hébert, qui ne parvient plus à accéder à l'interface de gestion e-sidoc : elle a oublié son mot de passe pendant son congé et l'adresse de récupération enregistrée n'est plus la bonne.

           Pourriez-vous adresser le lien de réinitialisation sur la présente adresse ? Je le lui remettrai directement.

           Identifiant de l'établissement : <<0761598>>

           Bien à vous,

           Valérie Duchemin
           Secrétariat de direction
           EREA du Pays de Caux
           """, client="outlook"))

mail("password_reset", True, "0692866", "auvergne-rhone-alpes", "esidoc", False, "en",
     "English; library coordinator of an international school locked out of the e-sidoc back office, 'email not recognised' on the forgot-password page; UAI given as the username.",
     human(("Rebecca Holloway", "library@isl-lyon.org"),
           "Locked out of the library portal admin", "2025-04-03 15:02", """
           Hello,

           I'm the library coordinator at the international lycée in Lyon and I've managed to lock myself out of the e-sidoc admin side. We changed passwords across the board in March and mine clearly didn't stick.

           I tried "Forgot password" with our school code, which I think is 0692866 -- sorry, the full one is <<0692866>> -- but the page says the email address is not recognised. Probably the account is still attached to my predecessor's address.

           What's the best way to get back in? Happy to have the link sent to the school office if that's how it works.

           Many thanks,
           Rebecca

           --
           Rebecca Holloway
           Library & Information Centre
           """, client="gmail"))

mail("password_reset", True, None, None, "espace_acheteur", False, "fr",
     "Everything is in a long subject line; the body only says 'see subject'. Département buyer (non-académie domain, no UAI): no region.",
     human(("Anne Gourvennec", "anne.gourvennec@morbihan.fr"),
           "Espace acheteur : compte bloqué après trop de tentatives ce matin, impossible de valider les commandes des collèges prévues sur les crédits du premier trimestre, merci de me renvoyer un mot de passe",
           "2025-04-01 11:54", """
           Cf. objet.
           Merci

           Anne Gourvennec
           Direction de l'éducation et des collèges
           Département du Morbihan
           """, client="outlook"))

mail("password_reset", True, "0861257", "nouvelle-aquitaine", "esidoc", True, "fr",
     "Reply on a solved subscription ticket: thanks for the Europresse fix first (quoted history about activation), then a new request: forgotten e-sidoc password. The new question decides.",
     human(("Mathilde Brunet", "mathilde.brunet@ac-poitiers.fr"),
           "Re: [#SUP-005212] Abonnement Europresse non visible", "2025-04-07 09:18", """
           Bonjour,

           Merci beaucoup, Europresse apparaît bien maintenant et les élèves de seconde ont pu s'en servir dès vendredi pour leur revue de presse.

           Du coup j'abuse : en voulant ajouter la ressource sur la page d'accueil ce matin, je me suis rendu compte que je ne sais plus du tout mon mot de passe de gestion. J'ai tenté trois fois, puis "mot de passe oublié", et rien. Est-ce que vous pourriez me renvoyer un lien ?

           Bonne journée,
           Mathilde Brunet
           Professeure documentaliste
           Lycée Marcelin Berthelot, Châtellerault (<<0861257>>)

           Le 04/04/2025 à 14:06, Assistance a écrit :
           > Bonjour,
           >
           > L'abonnement Europresse commandé le 1er avril est désormais actif sur
           > votre portail. S'il n'apparaît pas encore dans la mosaïque des
           > ressources, videz le cache du navigateur puis reconnectez-vous.
           >
           > Cordialement,
           > L'équipe d'assistance
           """, client="thunderbird", irt=(5212, "2025-04-04 14:06")))

mail("password_reset", True, None, "ile-de-france", "espace_acheteur", False, "fr",
     "Mixes 'vous' and 'tu' in the same message; GRETA adviser whose Espace Acheteur password expired; no UAI, region from ac-creteil.fr.",
     human(("Nadia Cherif", "nadia.cherif@ac-creteil.fr"),
           "mot de passe expiré espace acheteur GRETA", "2025-04-10 16:40", """
           Bonjour,

           Je suis conseillère en formation continue au GRETA et je gère les achats de fournitures pour nos sites de Melun et Sénart sur l'Espace Acheteur. Pourriez-vous m'aider : le site m'indique que mon mot de passe a expiré et me demande l'ancien pour en mettre un nouveau, sauf que l'ancien je ne l'ai plus.

           Franchement je tourne en rond depuis une heure. Tu peux me renvoyer un lien de réinitialisation stp ? C'est toujours mon adresse académique qui est enregistrée normalement.

           Merci à vous,
           Nadia
           """, client="zimbra"))

mail("password_reset", True, "0741952", "auvergne-rhone-alpes", "esidoc", False, "fr",
     "French mail quoting the English lock-out message of the login page; account locked after failed attempts, asks to unlock or reset.",
     human(("Thomas Favre-Bulle", "thomas.favre-bulle@ac-grenoble.fr"),
           "Compte e-sidoc verrouillé", "2025-04-08 07:58", """
           Bonjour,

           En me connectant ce matin au back-office e-sidoc du collège, j'ai obtenu ce message après plusieurs essais :

           "Authentication failed. Your account has been temporarily locked after 5 unsuccessful attempts. Please use the Forgot password link or contact your administrator."

           Le souci, c'est que l'administrateur, c'est moi... Et le lien "Forgot password" ne m'envoie rien que je sache (j'ai regardé dans mes indésirables). Pouvez-vous débloquer le compte ou me transmettre un lien de réinitialisation ?

           UAI : <<0741952>>

           Cordialement,
           Thomas Favre-Bulle
           Professeur documentaliste – Collège des Aravis
           """, client="outlook"))

mail("password_reset", True, None, "bourgogne-franche-comte", "esidoc", True, "fr",
     "UAI typed with a wrong check letter (the digits 0211873 call for another letter): no UAI, region from ac-dijon.fr. The request itself is a plain forgotten password, so the generic reset answer still fits.",
     human(("Julien Marchand", "julien.marchand@ac-dijon.fr"),
           "mot de passe e-sidoc EREA", "2025-04-15 13:22", """
           Bonjour,

           je remplace la documentaliste de l'EREA jusqu'en juin et personne ne m'a transmis le mot de passe de l'interface professionnelle e-sidoc. Notre code établissement est le <<0211873!>>.

           Pouvez-vous me dire comment le réinitialiser ? J'ai bien vu le lien "mot de passe oublié" mais je ne sais pas quelle adresse a été saisie à l'origine.

           Merci,
           J. Marchand
           """, client="thunderbird"))

mail("password_reset", True, "0442756", "pays-de-la-loire", "esidoc", True, "fr",
     "Contrast: the subscription is fine ('ce n'est pas l'abonnement'), the librarian simply cannot log in any more. Private school under contract.",
     human(("Hélène Guérin", "h.guerin@ensemble-scolaire-sainte-anne.fr"),
           "Pas un souci d'abonnement", "2025-04-04 12:10", """
           Bonjour,

           Je préfère préciser tout de suite : ce n'est pas l'abonnement Cafeyn qui pose problème, il est bien actif et les élèves le voient. C'est moi qui ne peux plus entrer dans l'administration du portail depuis mardi, mon mot de passe est refusé alors que je suis certaine de ne pas l'avoir changé. Peut-être a-t-il expiré ?

           Est-il possible de recevoir un nouveau mot de passe ou un lien pour le réinitialiser ? Notre identifiant est <<0442756>>.

           Merci d'avance,

           Hélène Guérin
           Documentaliste – Ensemble scolaire Sainte-Anne (établissement privé sous contrat)
           """, client="roundcube"))

mail("password_reset", True, "0291447", "bretagne", "esidoc", True, "fr",
     "Forward of a chain of three internal mails (former librarian, secretary, deputy head) with one line on top asking for a new reset link; the UAI appears only in a quoted signature.",
     human(("Gwenaëlle Le Bihan", "gwenaelle.le-bihan@educagri.fr"),
           "TR: codes CDI", "2025-04-23 14:37", """
           Bonjour, pouvez-vous nous renvoyer un lien de réinitialisation pour le compte e-sidoc du lycée ? Merci.

           ________________________________
           De : Yann Kerjean <yann.kerjean@educagri.fr>
           Envoyé : mardi 22 avril 2025 17:02
           À : Gwenaëlle Le Bihan <gwenaelle.le-bihan@educagri.fr>
           Objet : TR: codes CDI

           Gwenaëlle, voyez directement avec l'assistance e-sidoc, moi je n'ai rien de mon côté.
           YK

           ________________________________
           De : Secrétariat LEGTA <secretariat.legta-chateaulin@educagri.fr>
           Envoyé : mardi 22 avril 2025 10:15
           À : Yann Kerjean <yann.kerjean@educagri.fr>
           Objet : RE: codes CDI

           Bonjour M. Kerjean,
           Je n'ai pas trouvé le classeur dont parle Mme Floc'h, il n'est ni dans l'armoire du CDI ni au secrétariat.
           Cordialement,
           Secrétariat – LEGTA de l'Aulne, <<0291447>>

           ________________________________
           De : Maryvonne Floc'h <maryvonne.floch@laposte.net>
           Envoyé : vendredi 18 avril 2025 09:48
           À : Secrétariat LEGTA <secretariat.legta-chateaulin@educagri.fr>
           Objet : codes CDI

           Bonjour,
           Comme promis avant mon départ : tous les codes du CDI (portail, BCDI, imprimante) sont notés dans le classeur rouge, deuxième étagère. Bonne continuation à toute l'équipe !
           Maryvonne
           """, client="outlook"))

mail("password_reset", False, "0851472", "pays-de-la-loire", "ecoledirecte", False, "fr",
     "The secretary of a private school lost the EcoleDirecte administration password (not the daily maintenance one); no reset template exists for this product, so a person answers.",
     human(("Secrétariat École Saint-Joseph", "secretariat@stjoseph-montaigu.fr"),
           "EcoleDirecte - mot de passe administrateur perdu", "2025-04-23 08:25", """
           Bonjour,

           Après la mise à jour du poste du secrétariat pendant les vacances, je n'arrive plus à me connecter à l'espace administrateur EcoleDirecte : l'identifiant est bien reconnu mais le mot de passe ne passe plus et je ne le retrouve nulle part.

           Je précise qu'il ne s'agit pas du mot de passe de maintenance du jour, j'ai bien compris que c'était autre chose.

           Pourriez-vous me dire comment récupérer l'accès ?
           École privée Saint-Joseph, Montaigu – UAI <<0851472>>

           Merci beaucoup
           Laurence Poiraud, secrétaire
           """, client="outlook"))

mail("password_reset", True, "0351688", "bretagne", "esidoc", False, "fr",
     "Three-line message from a phone: lost e-sidoc password, UAI written as 'rne', asks for the link on the school's address.",
     human(("Erwan Le Gall", "erwan.le-gall@ac-rennes.fr"),
           "mdp", "2025-04-24 18:05", """
           Bonjour, mdp e-sidoc perdu. rne <<0351688>>. Merci de renvoyer le lien sur l'adresse du collège.
           E. Le Gall

           Envoyé de mon iPhone
           """, client="iphone"))

mail("password_reset", True, "0133671", "provence-alpes-cote-d-azur", "espace_acheteur", False, "en",
     "English; an outside IT contractor of a private school: the Espace Acheteur reset mail goes to a former bursar's address nobody reads. The FAQ reset path (official address, else head's written request) applies.",
     human(("Kevin O'Brien", "k.obrien@edu-it-services.com"),
           "Buyer space password - reset goes to old bursar", "2025-04-02 10:44", """
           Good morning,

           I look after IT for the Institution Notre-Dame in Marseille (school code <<0133671>>). The school's buyer account on your Espace Acheteur is locked after a password change and when we click "Mot de passe oublié" the reset email goes to the previous bursar, who retired in February. Her mailbox has since been deleted.

           The new bursar needs to place the Q2 orders before the school closes for the holidays. Could you tell us how to get a reset sent somewhere we can actually read?

           Kind regards,
           Kevin O'Brien
           EDU IT Services
           """, client="outlook"))

mail("password_reset", True, "9711592", "guadeloupe", "esidoc", False, "fr",
     "Account locked after several attempts at an EREA in Guadeloupe; asks to unlock. Guadeloupe time zone.",
     human(("Josiane Bellerose", "josiane.bellerose@ac-guadeloupe.fr"),
           "Compte bloqué", "2025-04-11 07:30", """
           Bonjour,

           Notre compte de gestion e-sidoc est bloqué depuis hier soir : ma collègue a essayé plusieurs fois un ancien mot de passe et maintenant plus rien ne passe, même le bon.

           Établissement régional d'enseignement adapté de Baie-Mahault, code <<9711592>>.

           Est-ce que vous pouvez le débloquer, ou nous envoyer un lien pour en définir un nouveau ? Nous avons une séance de recherche documentaire avec une classe lundi.

           Merci par avance,
           Josiane Bellerose
           Professeure documentaliste
           """, client="thunderbird", tz="-0400"))

mail("password_reset", False, "0601874", "hauts-de-france", "esidoc", False, "fr",
     "Reply to the automatic reset answer: the link went to the old official mailbox of a school that merged into a cité scolaire in January and is closed; a person must take over.",
     human(("Caroline Dumont", "caroline.dumont@ac-amiens.fr"),
           "Re: [#SUP-005344] Mot de passe e-sidoc", "2025-04-16 11:12", """
           Bonjour,

           Merci pour la réponse, mais le lien est parti vers « c***@ac-amiens.fr », et je pense que c'est l'ancienne adresse du collège Jean Racine, qui a fusionné avec le lycée en janvier pour devenir la cité scolaire. Cette boîte a été fermée par l'académie, personne ne peut plus la lire.

           Notre nouvel UAI est le <<0601874>>. Comment fait-on dans ce cas ?

           Caroline Dumont
           Documentaliste, cité scolaire Jean Racine – Crépy-en-Valois

           Le mar. 15 avr. 2025 à 16:48, Assistance <support@assistance.example.fr> a écrit :
           > Bonjour,
           >
           > Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
           > connue pour votre établissement (c***@ac-amiens.fr). Il est valable 12 heures.
           >
           > Cordialement,
           > L'équipe d'assistance
           """, client="gmail", irt=(5344, "2025-04-15 16:48")))

mail("password_reset", False, "0171645", "nouvelle-aquitaine", "esidoc", True, "fr",
     "Two topics: forgotten e-sidoc password (first, main) and a question about training sessions for new colleagues; one template answers only half. Maritime school, non-académie domain, region from the UAI.",
     human(("Pierre-Yves Arnaud", "cdi@lycee-maritime-larochelle.fr"),
           "Accès e-sidoc + formation", "2025-04-02 14:20", """
           Bonjour,

           Deux choses, si vous le permettez.

           1) Je n'ai plus le mot de passe de l'administration e-sidoc du lycée professionnel maritime (UAI <<0171645>>). Le dernier changement date de l'an dernier et la personne qui l'avait fait est partie. Il me faudrait un lien de réinitialisation.

           2) Nous accueillons deux nouveaux collègues à la rentrée de mai. Proposez-vous des sessions de prise en main du portail, en visio par exemple ? Si oui, à quelles dates et comment s'inscrit-on ?

           Merci pour votre aide,
           Pierre-Yves Arnaud
           Responsable du CDI
           Lycée professionnel maritime de La Rochelle
           """, client="thunderbird"))

mail("password_reset", True, "0622143", "hauts-de-france", "esidoc", False, "fr",
     "New contract teacher who never knew the identifier nor the password ('je ne connais ni l'identifiant ni le mot de passe'); personal laposte.net address, region from the UAI.",
     human(("Inès Vasseur", "ines.vasseur62@laposte.net"),
           "Je ne connais pas l'identifiant du portail", "2025-04-03 20:16", """
           Bonsoir,

           Je suis arrivée le 1er avril comme professeure documentaliste contractuelle au lycée professionnel maritime de Boulogne-sur-Mer et on me demande de mettre à jour le portail du CDI. Problème : je ne connais ni l'identifiant ni le mot de passe, et personne ici ne sait où ils sont notés.

           On m'a dit que le code de l'établissement était <<0622143>>, est-ce que c'est ça l'identifiant ? Et comment obtenir un mot de passe ?

           Je vous écris de ma boîte perso car je n'ai pas encore mon adresse académique, désolée.

           Inès Vasseur
           """, client="roundcube"))

mail("password_reset", True, "7200312", "corse", "esidoc", False, "fr",
     "Haute-Corse UAI (prefix 720); forgotten password right after the holidays; Roundcube.",
     human(("Marie-Ange Santoni", "marie-ange.santoni@ac-corse.fr"),
           "Oubli du mot de passe de gestion", "2025-04-29 09:03", """
           Bonjour,

           Au retour des vacances, impossible de me souvenir du mot de passe de gestion du portail e-sidoc du collège. J'ai cliqué sur « mot de passe oublié » mais je ne sais plus quelle adresse j'avais renseignée, peut-être celle du collège.

           Pour information, notre UAI est <<7200312>>.

           Je vous remercie de votre aide.

           Marie-Ange Santoni
           Collège de Biguglia
           """, client="roundcube"))

mail("password_reset", True, "0781284", "ile-de-france", "esidoc", False, "en",
     "English; reset link says it has expired or was already used; asks for a fresh one.",
     human(("Daniel Whitford", "daniel.whitford@ac-versailles.fr"),
           "Reset link no longer valid", "2025-04-17 12:41", """
           Hello,

           I asked for a password reset for our e-sidoc back office yesterday afternoon but only opened the email this morning, and the page now says "This link has expired or has already been used."

           Could you please send a new one? Our establishment code is <<0781284>> (lycée international, library).

           Thanks a lot,
           Daniel Whitford
           Teacher-librarian
           """, client="thunderbird"))

mail("password_reset", True, "0671538", "grand-est", "esidoc", True, "fr",
     "Names MailInBlack only to rule it out: the reset mail did arrive, the link inside is expired. password_reset, not mailinblack_spam.",
     human(("Claire Wendling", "claire.wendling@ac-strasbourg.fr"),
           "Lien de réinitialisation expiré (pas un problème MailInBlack)", "2025-04-25 10:26", """
           Bonjour,

           Nous avons MailInBlack au collège et je sais que ça pose souvent des soucis avec vos mails, mais cette fois ce n'est pas le cas : le mail de réinitialisation est bien arrivé dans ma boîte, directement. C'est le lien qui me dit « expiré » quand je clique dessus, alors que je l'ai ouvert dans les dix minutes.

           J'ai recommencé deux fois, même résultat. Pouvez-vous me faire parvenir un lien qui fonctionne, ou réinitialiser le mot de passe de notre compte e-sidoc ?

           Collège Erckmann-Chatrian, UAI <<0671538>>

           Merci,
           Claire Wendling
           """, client="zimbra"))

mail("password_reset", True, None, "occitanie", "esidoc", False, "fr",
     "A complaint that is really a request: three weeks without access, angry tone, but what is asked is a new password. No UAI; region from ac-montpellier.fr.",
     human(("Bernard Ortiz", "bernard.ortiz@ac-montpellier.fr"),
           "Toujours aucun accès !!!", "2025-04-18 17:49", """
           Bonjour,

           Cela fait maintenant trois semaines que je ne peux plus accéder à la gestion du portail documentaire de mon collège. Trois semaines ! Pendant ce temps les élèves de 3e préparent leur oral du brevet et je ne peux même pas mettre à jour les sélections.

           Je veux simplement un mot de passe qui marche. Ce n'est quand même pas si compliqué. Le « mot de passe oublié » ne donne rien et je ne sais pas à qui d'autre m'adresser.

           Merci de faire le nécessaire rapidement.

           B. Ortiz
           Collège Jean Jaurès, Lunel
           """, client="outlook"))

mail("password_reset", True, "0312248", "occitanie", "esidoc", False, "fr",
     "CFA resource centre: expired password, the old one refused, asks for a reset. CFA's own domain; region from the UAI in the signature.",
     human(("Sophie Mauri", "s.mauri@cfa-btp-toulouse.fr"),
           "e-sidoc : mot de passe expiré", "2025-04-08 14:55", """
           Bonjour,

           En me connectant au portail du centre de ressources, un message m'indique que mon mot de passe a expiré et qu'il faut le changer. Sauf qu'il faut saisir l'ancien, qui est refusé (je l'ai pourtant recopié de mon carnet).

           Pouvez-vous m'envoyer un lien de réinitialisation ?

           Bonne journée
           --
           Sophie Mauri
           Centre de ressources – CFA du BTP de Toulouse
           UAI <<0312248>>
           """, client="roundcube"))

mail("password_reset", True, "9720815", "martinique", "esidoc", True, "fr",
     "The UAI appears only in the ce.<UAI> sender address, written in lower case; the secretariat (not the head, although it says the principal wants it done) asks for a reset on that official address. Martinique time zone.",
     human(("Secrétariat collège", "ce.<<9720815~>>@ac-martinique.fr"),
           "Demande de nouveau mot de passe portail CDI", "2025-04-10 08:12", """
           Bonjour,

           Monsieur le principal nous demande de récupérer le mot de passe du portail e-sidoc du CDI : la documentaliste est en congé maternité et sa remplaçante arrive lundi.

           Merci de bien vouloir envoyer le lien de réinitialisation à l'adresse de l'établissement (celle d'où je vous écris).

           Cordialement,
           Le secrétariat
           """, client="outlook", tz="-0400"))


# ==========================================================================
# automated
# ==========================================================================

mail("automated", False, None, None, None, False, "fr",
     "Exchange out-of-office of a GRETA adviser during the spring holidays: Auto-Submitted: auto-generated, X-Auto-Response-Suppress, In-Reply-To our ticket.",
     human(("Laurent Picard", "l.picard@greta-lorraine.fr"),
           "Réponse automatique : [#SUP-005318] Votre demande de devis", "2025-04-14 09:02", """
           Bonjour,

           Je suis en congés du 12 au 27 avril inclus. Votre message ne sera pas transféré.
           Pour les inscriptions aux formations du printemps, merci d'écrire à accueil@greta-lorraine.fr ; pour les commandes, à Mme Schmitt par l'intermédiaire du standard.

           Cordialement,
           Laurent Picard
           Conseiller en formation continue – GRETA Lorraine Centre
           """, client="outlook", irt=(5318, "2025-04-14 08:59"),
           extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                  ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")]))

mail("automated", False, None, "auvergne-rhone-alpes", None, False, "fr",
     "Academic webmail vacation message (Auto-Submitted: auto-replied (zimbra; vacation)); region from the ac-lyon.fr sender.",
     human(("Françoise Berthier", "francoise.berthier@ac-lyon.fr"),
           "Absente", "2025-04-15 10:47", """
           Madame, Monsieur,

           Le collège est fermé pour les vacances de printemps. Je prendrai connaissance de votre message à partir du mardi 29 avril.

           F. Berthier, gestionnaire
           """, client="zimbra", irt=(5330, "2025-04-15 10:46"),
           extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")]))

mail("automated", False, None, None, None, False, "en",
     "English Gmail vacation responder of a maritime school's Erasmus coordinator (Auto-Submitted: auto-replied).",
     human(("Siobhan Kelly", "erasmus.lpm.cherbourg@gmail.com"),
           "Re: [#SUP-005297] Your question about our buyer account", "2025-04-09 14:12", """
           Hi,

           Thanks for your email. I'm on Easter leave and travelling with students until Tuesday 22 April, with very limited access to email.

           For anything urgent about the Erasmus+ mobility, please contact the school office.

           Best,
           Siobhan
           """, client="gmail_personal", irt=(5297, "2025-04-09 14:11"),
           extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]))


def _postfix_bounce():
    host = "mta-out.educagri.fr"
    rcpt = "doc.lpa-vendome@educagri.fr"
    orig = desk_original(5362, "2025-04-17 08:41", "[#SUP-005362] Votre abonnement", """
        Bonjour,

        L'abonnement commandé le 15 avril est en cours d'activation. Il sera
        visible sur votre portail dans un délai de 72 heures.

        Cordialement,
        L'équipe d'assistance
        """, "", rcpt)
    notif = Part("text/plain", clean("""
        This is the mail system at host %s.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <%s>: host imap.educagri.fr[192.0.2.17] said: 550 5.1.1
            <%s>: Recipient address rejected: User unknown in virtual mailbox
            table (in reply to RCPT TO command)
        """ % (host, rcpt, rcpt)), charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    status = RawPart("message/delivery-status", clean("""
        Reporting-MTA: dns; %s
        X-Postfix-Queue-ID: 4ZdQ1m2Ffqz9sVb
        X-Postfix-Sender: rfc822; support@assistance.example.fr
        Arrival-Date: Thu, 17 Apr 2025 08:41:03 +0200 (CEST)

        Final-Recipient: rfc822; %s
        Original-Recipient: rfc822;%s
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; imap.educagri.fr
        Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User
            unknown in virtual mailbox table
        """ % (host, rcpt, rcpt, rcpt)), headers=[("Content-Description", "Delivery report")])
    undelivered = RawPart("message/rfc822", orig, headers=[("Content-Description", "Undelivered Message")])
    part = Multi("report", [notif, status, undelivered], params=[("report-type", "delivery-status")],
                 preamble="This is a MIME-encapsulated message.", boundary="4ZdQ1m2Ffqz9sVb.1744872064/%s" % host)
    return machine(("Mail Delivery System", "MAILER-DAEMON@" + host), addr(DESK_NAME, DESK),
                   "Undelivered Mail Returned to Sender", "2025-04-17 08:41", part,
                   extra=[("Auto-Submitted", "auto-replied")])


mail("automated", False, None, None, None, False, "en",
     "Postfix bounce (multipart/report delivery-status, our message attached) from the agricultural education mail system: unknown user.",
     _postfix_bounce())


def _exchange_ndr():
    rcpt = "marches.lycees@grandest.fr"
    text = clean("""
        Votre message n'a pas pu être remis à marches.lycees@grandest.fr, car la boîte aux lettres du destinataire est pleine.

        Que dois-je faire ?
        Essayez de renvoyer le message plus tard ou contactez directement le destinataire par un autre moyen pour lui demander de libérer de l'espace.

        Plus d'informations pour les administrateurs de messagerie
        Erreur signalée : 552 5.2.2 STOREDRV.Deliver; mailbox full.
        Serveur ayant signalé l'erreur : PR1P264MB4512.FRAP264.PROD.OUTLOOK.COM
        """)
    html = "<html><body><p>" + esc(text).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>\n"
    alt = Multi("alternative", [Part("text/plain", text, charset="utf-8", cte="quoted-printable"),
                                Part("text/html", html, charset="utf-8", cte="quoted-printable")])
    status = RawPart("message/delivery-status", clean("""
        Reporting-MTA: dns;PR1P264MB4512.FRAP264.PROD.OUTLOOK.COM
        Received-From-MTA: dns;mx1.assistance.example.fr
        Arrival-Date: Tue, 8 Apr 2025 13:20:41 +0000

        Final-Recipient: rfc822;%s
        Action: failed
        Status: 5.2.2
        Diagnostic-Code: smtp;552 5.2.2 STOREDRV.Deliver; mailbox full
        """ % rcpt))
    headers_only = RawPart("text/rfc822-headers", clean("""
        From: Assistance <support@assistance.example.fr>
        To: <%s>
        Subject: [#SUP-005276] Documents du marché 2025-014
        Date: Tue, 08 Apr 2025 15:20:38 +0200
        Message-ID: <SUP-005276.1744118438.a41c0e@assistance.example.fr>
        Auto-Submitted: auto-replied
        """ % rcpt))
    part = Multi("report", [alt, status, headers_only], params=[("report-type", "delivery-status")],
                 boundary="_000_%s_" % alnum(28, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
    return machine(("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@grandest.fr"),
                   "<support@assistance.example.fr>", "Non remis : [#SUP-005276] Documents du marché 2025-014",
                   "2025-04-08 15:20", part, return_path="", auth="pass",
                   extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
                          ("Content-Language", "fr-FR")])


mail("automated", False, None, None, None, False, "fr",
     "Exchange Online non-delivery report in French ('Non remis :', mailbox full) from a Région's tenant; multipart/report with text/rfc822-headers.",
     _exchange_ndr())


def _mdn_outlook():
    text = clean("""
        Votre message

          À : Direction de l'éducation
          Objet : [#SUP-005251] Devis renouvellement e-sidoc collèges
          Envoyé : lundi 7 avril 2025 10:02:11 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

        a été lu le lundi 7 avril 2025 11:37:54 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        """)
    mdn = RawPart("message/disposition-notification", clean("""
        Reporting-UA: PR0P264MB2279.FRAP264.PROD.OUTLOOK.COM; Microsoft Outlook 16.0
        Final-Recipient: rfc822;education@cotesdarmor.fr
        Original-Message-ID: <SUP-005251.1744012931.9e02c1@assistance.example.fr>
        Disposition: manual-action/MDN-sent-manually; displayed
        """))
    part = Multi("report", [Part("text/plain", text, charset="windows-1252", cte="quoted-printable"), mdn],
                 params=[("report-type", "disposition-notification")],
                 boundary="_002_%s_" % alnum(28, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
    return machine(("Direction de l'éducation", "education@cotesdarmor.fr"), addr(DESK_NAME, DESK),
                   "Lu : [#SUP-005251] Devis renouvellement e-sidoc collèges", "2025-04-07 11:37", part,
                   return_path="education@cotesdarmor.fr", auth="pass",
                   extra=[("Thread-Topic", "[#SUP-005251] Devis renouvellement e-sidoc collèges")],
                   irt=(5251, "2025-04-07 10:02"))


mail("automated", False, None, None, None, False, "fr",
     "Outlook read receipt ('Lu :') from a département's education department, multipart/report disposition-notification. Non-académie domain: no region; the subject names e-sidoc but the receipt itself is about nothing.",
     _mdn_outlook())


def _mdn_thunderbird():
    text = clean("""
        Ceci est un accusé de réception pour le courrier électronique envoyé à <bruno.chevalier@ac-grenoble.fr>.

        Remarque : cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.
        """)
    mdn = RawPart("message/disposition-notification", clean("""
        Reporting-UA: ac-grenoble.fr; Thunderbird 128.9.0
        Final-Recipient: rfc822;bruno.chevalier@ac-grenoble.fr
        Original-Message-ID: <SUP-005305.1744278060.77ab90@assistance.example.fr>
        Disposition: manual-action/MDN-sent-manually; displayed
        """))
    part = Multi("report", [Part("text/plain", text, charset="UTF-8", cte="8bit"), mdn],
                 params=[("report-type", "disposition-notification")],
                 boundary="------------%s" % alnum(24, "0123456789abcdefghijklmnopqrstuvwxyz"))
    return machine(("Bruno Chevalier", "bruno.chevalier@ac-grenoble.fr"), DESK,
                   "Accusé de réception (affiché) - Re: [#SUP-005305] Comptes EREA", "2025-04-10 17:25", part,
                   return_path="bruno.chevalier@ac-grenoble.fr", auth="pass",
                   extra=[("User-Agent", "Mozilla Thunderbird")], irt=(5305, "2025-04-10 11:41"))


mail("automated", False, None, "auvergne-rhone-alpes", None, False, "fr",
     "Thunderbird read receipt in French ('Accusé de réception (affiché)'), disposition-notification; region from the ac-grenoble.fr sender.",
     _mdn_thunderbird())

mail("automated", False, None, "grand-est", "espace_acheteur", True, "fr",
     "A real question about MailInBlack holding the Espace Acheteur mails, but posted to an academic librarians' mailing list the desk is subscribed to (List-Id, List-Post, Precedence: list): not written to us. Region from the ac-nancy-metz.fr poster.",
     human(("Agnès Lorrain", "agnes.lorrain@ac-nancy-metz.fr"),
           "[doc-lorraine] MailInBlack et mails de l'Espace Acheteur ?", "2025-04-03 13:07", """
           Bonjour à toutes et à tous,

           Depuis que le rectorat a déployé MailInBlack sur nos boîtes, je ne reçois plus aucun mail de l'Espace Acheteur (ni les confirmations de commande, ni les alertes). Quelqu'un a-t-il trouvé quelle adresse il faut autoriser ? J'ai regardé dans la quarantaine mais je ne suis pas sûre de ce qu'il faut valider.

           Merci d'avance pour vos retours,
           Agnès
           Documentaliste, lycée agricole de Pixérécourt

           _______________________________________________
           doc-lorraine mailing list
           doc-lorraine@listes.ac-nancy-metz.fr
           https://listes.ac-nancy-metz.fr/sympa/info/doc-lorraine
           """, client="thunderbird", to="doc-lorraine@listes.ac-nancy-metz.fr",
           extra=[("List-Id", "Documentalistes de Lorraine <doc-lorraine.listes.ac-nancy-metz.fr>"),
                  ("List-Post", "<mailto:doc-lorraine@listes.ac-nancy-metz.fr>"),
                  ("List-Unsubscribe", "<mailto:sympa@listes.ac-nancy-metz.fr?subject=unsubscribe%20doc-lorraine>"),
                  ("List-Archive", "<https://listes.ac-nancy-metz.fr/sympa/arc/doc-lorraine>"),
                  ("Precedence", "list"),
                  ("Sender", "doc-lorraine-request@listes.ac-nancy-metz.fr"),
                  ("X-Loop", "doc-lorraine@listes.ac-nancy-metz.fr")]))


def _publisher_newsletter():
    text = clean("""
        Les Éditions du Préau – Printemps 2025

        Nouveautés pour vos CDI : 12 titres documentaires et 3 nouvelles revues jeunesse.

        * « Les métiers de la mer », collection Horizons – dès 12 ans
        * « Agriculture et climat : idées reçues », un dossier pour les lycées agricoles
        * Abonnement « Déclic Sciences » : tarif établissement 39 € jusqu'au 30 avril

        Commandez avant le 30 avril : frais de port offerts pour les établissements scolaires.

        Consulter le catalogue : https://news.editions-du-preau.example.com/c/2025-printemps

        Vous recevez cette lettre car votre adresse est inscrite à nos informations professionnelles.
        Se désinscrire : https://news.editions-du-preau.example.com/u/88213/7f0c
        """)
    html = ('<html><body style="font-family:Georgia,serif"><h1>Printemps 2025</h1>'
            + "".join("<p>%s</p>" % esc(p) for p in text.split("\n\n")) + "</body></html>\n")
    part = Multi("alternative", [Part("text/plain", text, charset="utf-8", cte="quoted-printable"),
                                 Part("text/html", html, charset="utf-8", cte="quoted-printable")])
    return machine(("Éditions du Préau", "lettre@news.editions-du-preau.example.com"), DESK,
                   "Printemps 2025 : nos nouveautés pour les CDI (port offert jusqu'au 30/04)", "2025-04-02 07:30", part,
                   return_path="bounces+88213-7f0c@news.editions-du-preau.example.com", auth="pass",
                   extra=[("List-Id", "<lettre-pro.news.editions-du-preau.example.com>"),
                          ("List-Unsubscribe", "<https://news.editions-du-preau.example.com/u/88213/7f0c>"),
                          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                          ("Precedence", "bulk"), ("X-Campaign", "PRINTEMPS25-CDI")])


mail("automated", False, None, None, None, False, "fr",
     "A publisher's spring newsletter to the desk address: List-Id, one-click List-Unsubscribe, Precedence: bulk.",
     _publisher_newsletter())


def _notification(frm, subj, date, text, extra, html=True, return_path=None, to=None):
    text = expand(clean(text))
    if html:
        body = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">'
                + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in text.split("\n\n")) + "</body></html>\n")
        part = Multi("alternative", [Part("text/plain", text, charset="utf-8", cte="quoted-printable"),
                                     Part("text/html", body, charset="utf-8", cte="quoted-printable")])
    else:
        part = Part("text/plain", text, charset="utf-8", cte="quoted-printable")
    return machine(frm, to or DESK, subj, date, part,
                   return_path=return_path if return_path is not None else frm[1], auth="pass",
                   extra=extra, text_for_check=text)


mail("automated", False, None, None, "espace_acheteur", False, "fr",
     "No-reply order confirmation from the Espace Acheteur copied to the desk (Auto-Submitted: auto-generated).",
     _notification(("Espace Acheteur", "no-reply@espace-acheteur.example.fr"),
                   "Commande EA-2025-04-01872 validée", "2025-04-04 16:03", """
                   Bonjour,

                   La commande EA-2025-04-01872 passée par la structure « Région Normandie – Direction des lycées » a été validée par l'administrateur de la structure.

                   Montant TTC : 18 640,00 €
                   Lot : 3 – Équipements numériques pour lycées

                   Vous pouvez suivre son traitement dans l'onglet « Mes commandes ».

                   Ce message est envoyé automatiquement, merci de ne pas y répondre.
                   """, [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]))

mail("automated", False, None, None, None, False, "fr",
     "Chorus Pro 'new invoice available' notification from a do-not-reply address (Auto-Submitted present): about an invoice, but machine-written.",
     _notification(("Chorus Pro", "ne-pas-repondre@chorus-pro.gouv.fr"),
                   "Chorus Pro - Mise à disposition d'une facture", "2025-04-11 06:14", """
                   Bonjour,

                   Une facture a été déposée sur Chorus Pro à destination de votre structure.

                   Numéro de facture : F-2025-000731
                   Fournisseur : Centrale d'achat éducation
                   Date de dépôt : 11/04/2025

                   Pour la consulter, connectez-vous à votre espace Chorus Pro.

                   Ceci est un message automatique, merci de ne pas y répondre.
                   """, [("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")], html=False))

mail("automated", False, None, None, "ticket_portal", False, "fr",
     "Ticket-portal notification: a ticket the desk opened was marked resolved (Auto-Submitted: auto-generated).",
     _notification(("Portail tickets", "notifications@tickets.example.fr"),
                   "[Ticket #48213] Statut modifié : Résolu", "2025-04-16 12:30", """
                   Le ticket #48213 « Synchronisation annuaire EREA – comptes élèves » a changé de statut.

                   Ancien statut : En cours
                   Nouveau statut : Résolu

                   Commentaire de l'agent : correctif appliqué le 16/04, merci de confirmer sous 7 jours.

                   Pour répondre, utilisez le portail : https://tickets.example.fr/t/48213
                   """, [("Auto-Submitted", "auto-generated"), ("X-Ticket-ID", "48213")]))

mail("automated", False, None, None, "esignature", False, "fr",
     "E-signature platform notification: an amendment is waiting to be signed (Auto-Submitted: auto-generated).",
     _notification(("Signature électronique", "no-reply@esignature.example.fr"),
                   "Document en attente de signature : Avenant n°1 – Convention d'adhésion 2025", "2025-04-22 09:15", """
                   Bonjour,

                   Le document « Avenant n°1 – Convention d'adhésion 2025 – CFA agricole du Gers » vous a été adressé pour signature.

                   Signer le document : https://esignature.example.fr/s/9f1c2a7e

                   Ce lien est personnel et expire le 06/05/2025.

                   Ne répondez pas à ce message, il a été envoyé automatiquement.
                   """, [("Auto-Submitted", "auto-generated")]))

mail("automated", False, None, None, None, True, "fr",
     "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To, and a 'RE:' subject; only the wording (absence dates, who to contact) shows it is automatic. It mentions invoices and the Espace Acheteur only through the quoted subject (no platform, as for other out-of-office replies).",
     human(("Christine Roux", "comptabilite@institution-saint-louis.fr"),
           "RE: [#SUP-005339] Facture Espace Acheteur F2025-0412", "2025-04-15 08:00", """
           Bonjour,

           Je suis absente du 12 au 28 avril (vacances scolaires). Les factures reçues pendant cette période seront traitées à mon retour.

           Pour une urgence concernant un paiement, vous pouvez joindre M. Daguerre, économe, au 05 59 .. .. ..

           Christine Roux
           Service comptabilité – Institution Saint-Louis
           """, client="outlook"))


def _qmail_bounce():
    text = clean("""
        Hi. This is the qmail-send program at mail.cfa-horticole-angers.fr.
        I'm afraid I wasn't able to deliver your message to the following addresses.
        This is a permanent error; I've given up. Sorry it didn't work out.

        <v.tessier@cfa-horticole-angers.fr>:
        Sorry, no mailbox here by that name. (#5.1.1)

        --- Below this line is a copy of the message.

        Return-Path: <support@assistance.example.fr>
        Received: (qmail 21873 invoked from network); 23 Apr 2025 10:12:07 -0000
        From: Assistance <support@assistance.example.fr>
        To: v.tessier@cfa-horticole-angers.fr
        Subject: [#SUP-005401] Votre demande de compte
        Message-ID: <SUP-005401.1745403126.0b7d33@assistance.example.fr>

        Bonjour,

        Votre compte est en attente de validation par l'administrateur de votre
        structure.
        """)
    part = Part("text/plain", text, charset="us-ascii", cte="7bit")
    return machine(("", "MAILER-DAEMON@mail.cfa-horticole-angers.fr"), DESK,
                   "failure notice", "2025-04-23 12:12", part, return_path="", auth="none")


mail("automated", False, None, None, None, True, "en",
     "qmail bounce as plain text: no multipart/report, no Auto-Submitted; only the null Return-Path, the MAILER-DAEMON sender and the wording show it is automatic.",
     _qmail_bounce())


def _delayed():
    rcpt = "intendance@lycee-agricole-montmorillon.fr"
    text = clean("""
        **********************************************
        **      THIS IS A WARNING MESSAGE ONLY      **
        **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
        **********************************************

        The original message was received at Mon, 28 Apr 2025 09:44:10 +0200
        from mx1.assistance.example.fr [198.51.100.7]

           ----- Transcript of session follows -----
        <%s>... Deferred: Connection timed out with mail.lycee-agricole-montmorillon.fr.
        Warning: message still undelivered after 4 hours
        Will keep trying until message is 5 days old
        """ % rcpt)
    status = RawPart("message/delivery-status", clean("""
        Reporting-MTA: dns; relay.assistance.example.fr
        Arrival-Date: Mon, 28 Apr 2025 09:44:10 +0200

        Final-Recipient: RFC822; %s
        Action: delayed
        Status: 4.4.1
        Remote-MTA: DNS; mail.lycee-agricole-montmorillon.fr
        Last-Attempt-Date: Mon, 28 Apr 2025 13:51:37 +0200
        Will-Retry-Until: Sat, 3 May 2025 09:44:10 +0200
        """ % rcpt))
    hdrs = RawPart("text/rfc822-headers", clean("""
        From: Assistance <support@assistance.example.fr>
        To: %s
        Subject: [#SUP-005433] Devis abonnement 2025-2026
        Message-ID: <SUP-005433.1745826250.5c88e2@assistance.example.fr>
        """ % rcpt))
    part = Multi("report", [Part("text/plain", text, charset="us-ascii", cte="7bit"), status, hdrs],
                 params=[("report-type", "delivery-status")], boundary="%s.%d/relay.assistance.example.fr" % ("53SBpb1q012345", 1745841097))
    return machine(("Mail Delivery Subsystem", "MAILER-DAEMON@relay.assistance.example.fr"), DESK,
                   "Warning: could not send message for past 4 hours", "2025-04-28 13:51", part,
                   return_path="", auth="none", extra=[("Auto-Submitted", "auto-generated (warning)")])


mail("automated", False, None, None, None, False, "en",
     "Sendmail delay warning from our own relay (Action: delayed, 'THIS IS A WARNING MESSAGE ONLY'): not a failure, still automatic.",
     _delayed())


def _tlsrpt():
    report = json.dumps({
        "organization-name": "Google Inc.",
        "date-range": {"start-datetime": "2025-04-20T00:00:00Z", "end-datetime": "2025-04-20T23:59:59Z"},
        "contact-info": "smtp-tls-reporting@google.com",
        "report-id": "2025-04-20T00:00:00Z_assistance.example.fr",
        "policies": [{"policy": {"policy-type": "sts", "policy-domain": "assistance.example.fr",
                                 "mx-host": ["mx1.assistance.example.fr"]},
                      "summary": {"total-successful-session-count": 412, "total-failure-session-count": 0}}],
    }, indent=1).encode()
    gz = Part("application/tlsrpt+gzip", gzip.compress(report, mtime=0), cte="base64",
              headers=[("Content-Disposition", 'attachment; filename="google.com!assistance.example.fr!1745107200!1745193599.json.gz"')])
    gz.ctype = 'application/tlsrpt+gzip; name="google.com!assistance.example.fr!1745107200!1745193599.json.gz"'
    text = Part("text/plain", "This is an aggregate TLS report from google.com\n", charset="UTF-8", cte="7bit")
    part = Multi("report", [text, gz], params=[("report-type", "tlsrpt")], boundary="000000000000" + hex_id(16))
    return machine(("", "noreply-smtp-tls-reporting@google.com"), DESK,
                   "Report Domain: assistance.example.fr Submitter: google.com Report-ID: <2025-04-20T00:00:00Z_assistance.example.fr>",
                   "2025-04-21 04:12", part, return_path="3xyz-noreply-smtp-tls-reporting@google.com", auth="pass",
                   extra=[("TLS-Report-Domain", "assistance.example.fr"), ("TLS-Report-Submitter", "google.com")])


mail("automated", False, None, None, None, False, "en",
     "SMTP TLS aggregate report (multipart/report; report-type=tlsrpt, gzip attachment) sent to the desk's address.",
     _tlsrpt())

mail("automated", False, None, None, None, False, "fr",
     "A Région's IT help desk (GLPI) acknowledges a ticket the desk opened there: Auto-Submitted and X-Loop; answering it would start a loop. Non-académie domain: no region.",
     _notification(("Assistance informatique Région", "glpi-noreply@hautsdefrance.fr"),
                   "[GLPI #0045123] Nouveau ticket - Autorisation d'expéditeur messagerie lycées", "2025-04-03 10:20", """
                   Bonjour,

                   Votre demande a bien été enregistrée sous le numéro 0045123.

                   Titre : Autorisation d'expéditeur messagerie lycées
                   Catégorie : Messagerie > Filtrage
                   Priorité : Moyenne

                   Un technicien la prendra en charge dans les meilleurs délais. Vous pouvez suivre son avancement sur https://assistance.hautsdefrance.fr/glpi

                   --
                   Message généré automatiquement par GLPI
                   """, [("Auto-Submitted", "auto-generated"), ("X-Loop", "glpi-noreply@hautsdefrance.fr"),
                         ("X-Auto-Response-Suppress", "OOF, DR, RN, NRN, AutoReply")], html=False))

mail("automated", False, "0831462", "provence-alpes-cote-d-azur", None, True, "fr",
     "MailInBlack's own sender-authentication challenge sent back to the desk when it answered a school: names MailInBlack and carries the school's ce.<UAI> address, but it is machine-written (Auto-Submitted: auto-replied). UAI from the protected address.",
     _notification(("Mailinblack", "challenge@protect.mailinblack.example.com"),
                   "Votre message à ce.<<0831462~>>@ac-nice.fr est en attente", "2025-04-24 15:48", """
                   Bonjour,

                   Vous avez envoyé un message à ce.<<0831462~>>@ac-nice.fr. Cette adresse est protégée par Mailinblack contre les courriels indésirables.

                   Pour que votre message soit délivré, merci de confirmer que vous êtes bien un humain en cliquant sur le lien ci-dessous. Cette opération n'est à faire qu'une seule fois.

                   https://protect.mailinblack.example.com/auth/7Qm2xV9c

                   Objet de votre message : [#SUP-005418] Votre demande d'activation

                   Mailinblack – La messagerie sans spam
                   """, [("Auto-Submitted", "auto-replied"), ("X-Mailinblack", "challenge")],
                   return_path=""))

mail("automated", False, None, None, None, False, "fr",
     "iCloud vacation reply of a deputy head (Auto-Submitted: auto-replied, X-Autoreply).",
     human(("Hervé Lacombe", "herve.lacombe@icloud.com"),
           "Re: [#SUP-005386] Validation de la commande", "2025-04-19 11:31", """
           Bonjour,
           Je suis en congés jusqu'au lundi 5 mai. En cas d'urgence, merci de contacter le secrétariat du lycée.
           H. Lacombe
           """, client="iphone", irt=(5386, "2025-04-19 11:30"),
           extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "YES")]))


def _delivered():
    rcpt = "cdi.lycee-baggio@ac-lille.fr"
    text = clean("""
        Votre message a été remis aux destinataires suivants :

        CDI lycée Baggio (%s)

        Objet : [#SUP-005359] Votre demande de réinitialisation
        """ % rcpt)
    status = RawPart("message/delivery-status", clean("""
        Reporting-MTA: dns;zmta3.ac-lille.fr

        Final-Recipient: rfc822;%s
        Action: delivered
        Status: 2.0.0
        """ % rcpt))
    part = Multi("report", [Part("text/plain", text, charset="utf-8", cte="quoted-printable"), status],
                 params=[("report-type", "delivery-status")])
    return machine(("Postmaster", "postmaster@ac-lille.fr"), DESK,
                   "Remis : [#SUP-005359] Votre demande de réinitialisation", "2025-04-16 14:02", part,
                   return_path="", auth="pass", extra=[("Auto-Submitted", "auto-replied")])


mail("automated", False, None, "hauts-de-france", None, False, "fr",
     "Delivery receipt ('Remis :', Action: delivered) from the académie's postmaster, multipart/report delivery-status. Region from the ac-lille.fr sender.",
     _delivered())


# ==========================================================================
# Writing and checking (main() is called at the very end of the file)
# ==========================================================================

CATEGORIES = {"password_reset", "missing_noreply_mail", "mailinblack_spam", "head_of_establishment_request",
              "account_creation", "subscription_activation", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def expected_region(label, from_addr):
    if label["uai"]:
        return region_of_uai(label["uai"])
    return DOMAIN_REGION.get(from_addr.split("@")[1].lower())


def self_check(m):
    lab = m["label"]
    headers, part, texts = m["build"]
    assert lab["category"] in CATEGORIES, lab
    assert lab["platform"] in PLATFORMS, lab
    assert lab["lang"] in ("fr", "en"), lab
    assert isinstance(lab["hard"], bool) and isinstance(lab["auto_reply_ok"], bool)
    if lab["category"] == "automated":
        assert lab["auto_reply_ok"] is False
    hay = (texts["subject"] + "\n" + texts["body"] + "\n" + texts["from_addr"]).upper()
    if lab["uai"]:
        assert is_valid_uai(lab["uai"]), lab
        assert lab["uai"] in hay, ("UAI not written in the mail", lab)
    assert lab["region"] == expected_region(lab, texts["from_addr"]), (lab, texts["from_addr"])
    assert lab["region"] is None or lab["region"] in REGION_DEPTS
    # every valid UAI written in the mail is either the label or explained in the notes
    for code in set(re.findall(r"(?<![0-9A-Z])(\d{7}[A-Z])(?![0-9A-Z])", hay)):
        if is_valid_uai(code) and code != lab["uai"]:
            assert code in lab["notes"] or "two UAIs" in lab["notes"] or "other UAI" in lab["notes"], (code, lab)


def parse_check(path):
    import email
    from email import policy
    with open(path, "rb") as f:
        msg = email.message_from_bytes(f.read(), policy=policy.default)
    problems = []
    for hname in ("From", "Subject", "Date", "Message-ID"):
        if msg[hname] is None:
            problems.append("missing " + hname)
    str(msg["Subject"])
    str(msg["From"])
    if msg.defects:
        problems.append("defects: %r" % msg.defects)
    texts = 0
    for p in msg.walk():
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        if ct.startswith("text/"):
            p.get_content()
            texts += 1
        elif not ct.startswith("message/"):
            p.get_payload(decode=True)
        if p.defects:
            problems.append("part defects %s: %r" % (ct, p.defects))
    if texts == 0:
        problems.append("no text part")
    return problems


def main(outdir=HERE):
    for m in MAILS:
        self_check(m)
    order = list(range(len(MAILS)))
    random.Random(SEED + 1).shuffle(order)
    labels = []
    for n, idx in enumerate(order, start=1):
        m = MAILS[idx]
        headers, part, _ = m["build"]
        name = "h%03d.eml" % n
        data = render(headers, part)
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(data)
        lab = dict(m["label"])
        lab["file"] = name
        labels.append({k: lab[k] for k in KEYS})
    with open(os.path.join(outdir, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    bad = 0
    for lab in labels:
        probs = parse_check(os.path.join(outdir, lab["file"]))
        if probs:
            bad += 1
            print(lab["file"], probs, file=sys.stderr)
    print("wrote %d mails to %s (%d with parse problems)" % (len(labels), outdir, bad))
    return 1 if bad else 0


# ==========================================================================
# other
# ==========================================================================

mail("other", False, None, None, None, False, "en",
     "English link-building spam ('guest post', 'do-follow backlink') sent to the desk.",
     human(("Emily Carter", "emily.carter.outreach@gmail.com"),
           "Quick question about your education blog", "2025-04-06 02:17", """
           Hi there,

           I came across your website while researching resources for school libraries and loved the content!

           I'm reaching out because we work with several EdTech brands who would be thrilled to contribute a high-quality guest post to your blog. We'd simply ask for one do-follow backlink in return. We can also pay a small publishing fee ($80-$120 depending on your domain authority).

           Would you be open to that? Just reply "yes" and I'll send over some topic ideas.

           Cheers,
           Emily
           Outreach Manager
           """, client="gmail_personal"))

mail("other", False, None, None, None, True, "fr",
     "Phishing that imitates an e-sidoc renewal notice (look-alike domain, SPF and DMARC fail, 'payez sous 24 h'): mentions a subscription but it is not subscription_activation nor order_billing; no platform since it is not the real product.",
     human(("Service Abonnements e-sidoc", "renouvellement@e-sidoc-abonnements.com"),
           "URGENT : votre abonnement arrive à expiration – action requise sous 24h", "2025-04-12 23:41", """
           Cher client,

           Nous vous informons que l'abonnement de votre portail documentaire arrive à expiration le 14/04/2025. Sans régularisation, l'accès de vos élèves sera suspendu et vos données supprimées sous 48 heures.

           Pour renouveler immédiatement, réglez la somme de 149,00 € par carte bancaire via notre espace sécurisé :
           https://e-sidoc-abonnements.com/renouvellement/paiement?ref=CDI-88412

           Merci de ne pas tenir compte de ce message si le règlement a déjà été effectué.

           Le service abonnements
           """, client="roundcube", auth="fail"))

mail("other", False, "0251698", "bourgogne-franche-comte", "espace_acheteur", True, "fr",
     "Thanks only, quoting the MailInBlack allow-list answer: the words 'MailInBlack', 'autoriser' and 'activation' appear but nothing is asked.",
     human(("Cédric Jeannin", "cedric.jeannin@ac-besancon.fr"),
           "Re: [#SUP-005264] Mails bloqués", "2025-04-08 16:22", """
           Re-bonjour,

           Tout est rentré dans l'ordre, j'ai enfin reçu le mail d'activation ce matin après avoir ajouté l'adresse dans la liste blanche. Merci pour la notice, très claire, je l'ai transmise à mes collègues du bassin qui avaient le même souci.

           Bonnes vacances à toute l'équipe !

           Cédric Jeannin
           Gestionnaire – Collège Lucie Aubrac, Pontarlier (<<0251698>>)

           ----- Mail original -----
           De: "Assistance" <support@assistance.example.fr>
           À: "cedric jeannin" <cedric.jeannin@ac-besancon.fr>
           Envoyé: Lundi 7 Avril 2025 09:40:12
           Objet: [#SUP-005264] Mails bloqués

           Bonjour,

           Votre messagerie est protégée par MailInBlack. Pour recevoir nos messages, ajoutez l'adresse no-reply@espace-acheteur.example.fr à votre liste d'expéditeurs autorisés (menu « Mes expéditeurs », bouton « Autoriser »), puis relancez la demande d'activation.

           Cordialement,
           L'équipe d'assistance
           """, client="zimbra", irt=(5264, "2025-04-07 09:40")))

mail("other", False, None, None, None, False, "fr",
     "Irritated request to stop the automatic 'did this solve it?' follow-ups on a closed matter: a complaint with nothing to classify into a service category.",
     human(("Philippe Daguerre", "econome@institution-saint-louis.fr"),
           "Arrêtez les relances SVP", "2025-04-04 10:05", """
           Bonjour,

           Je reçois depuis lundi vos messages « Votre problème est-il résolu ? ». Oui, il l'est, je vous l'ai déjà dit par téléphone le 31 mars. Je ne comprends pas pourquoi vos relances continuent, c'est la troisième.

           Merci de clôturer le dossier une bonne fois pour toutes et de ne plus m'écrire à ce sujet.

           P. Daguerre
           Économe – Institution Saint-Louis (établissement privé sous contrat)
           """, client="outlook"))

mail("other", False, None, None, None, False, "fr",
     "A parent asks about enrolling her son in a lycée agricole next September: wrong address, unrelated.",
     human(("Nathalie Perrin", "nath.perrin71@orange.fr"),
           "inscription bac pro agricole", "2025-04-20 21:33", """
           Bonjour
           Mon fils est en 3ème et voudrait faire un bac pro CGEA (conduite de l'exploitation agricole). Est ce que c'est bien vous qui gérez les inscriptions pour le lycée agricole ? On a raté les portes ouvertes en mars.
           Quels sont les documents à fournir et est ce qu'il y a un internat ?
           Merci d'avance
           Nathalie Perrin
           """, client="samsung"))

mail("other", False, None, None, None, False, "fr",
     "Unsolicited apprenticeship application from a CFA student, CV attached.",
     human(("Lucas Hamon", "lucas.hamon.pro@gmail.com"),
           "Candidature alternance – BTS SIO septembre 2025", "2025-04-05 18:48", """
           Madame, Monsieur,

           Actuellement en première année de BTS SIO option SISR au CFA de Saint-Brieuc, je recherche une entreprise d'accueil pour ma deuxième année en alternance à partir de septembre 2025.

           Votre service d'assistance aux établissements scolaires correspond tout à fait au projet professionnel que je construis (support utilisateurs, gestion de parc, messagerie). Vous trouverez mon CV en pièce jointe.

           Je reste à votre disposition pour un entretien, y compris pendant les vacances de printemps.

           Cordialement,
           Lucas Hamon
           06 .. .. .. ..
           """, client="gmail_personal", attach=[("CV_Lucas_Hamon_BTS_SIO.pdf", "pdf")]))

mail("other", False, None, None, "espace_acheteur", False, "fr",
     "A Région's purchasing department asks for a meeting to present the centrale's offers to elected members: not a support request.",
     human(("Olivier Ménard", "olivier.menard@paysdelaloire.fr"),
           "Présentation de l'offre aux élus – demande de rendez-vous", "2025-04-02 11:16", """
           Bonjour,

           La commission éducation de la Région se réunit le 20 mai et souhaiterait une présentation de l'Espace Acheteur et des marchés mutualisés accessibles aux lycées (équipements numériques, manuels, mobilier).

           Pourriez-vous me mettre en relation avec la personne qui s'occupe des relations avec les collectivités ? Une intervention de 20 minutes en visio suffirait.

           Bien cordialement,

           Olivier Ménard
           Chargé de mission achats – Direction des lycées
           Région Pays de la Loire
           """, client="outlook"))

mail("other", False, None, "ile-de-france", "espace_acheteur", False, "fr",
     "Asks for the replay and slides of an Espace Acheteur webinar she missed: other. Region from ac-versailles.fr.",
     human(("Sylvie Nguyen", "sylvie.nguyen@ac-versailles.fr"),
           "replay webinaire 1er avril ?", "2025-04-03 13:02", """
           Bonjour,

           Je n'ai pas pu assister au webinaire de présentation de l'Espace Acheteur du mardi 1er avril (conseil de classe au même moment). Serait-il possible de recevoir l'enregistrement ou au moins le diaporama ?

           Merci et bonne journée,
           Sylvie Nguyen
           Adjointe gestionnaire, lycée Jules Ferry – Conflans
           """, client="zimbra"))

mail("other", False, None, None, None, False, "fr",
     "GDPR: a former GRETA trainer asks for her personal data to be erased from the desk's contact lists: other (human review), not account_creation.",
     human(("Martine Roblin", "martine.roblin@free.fr"),
           "Suppression de mes données personnelles (RGPD)", "2025-04-09 19:27", """
           Bonjour,

           J'ai quitté le GRETA des Hauts-de-Seine fin mars et je continue à recevoir des messages à votre nom sur mon adresse personnelle, que j'avais donnée à l'époque pour une formation.

           Conformément à l'article 17 du RGPD, je vous demande d'effacer toutes les données me concernant (nom, adresse électronique, téléphone) et de me confirmer cet effacement par écrit.

           Martine Roblin
           """, client="thunderbird"))

mail("other", False, None, None, None, False, "fr",
     "Cold sales pitch for a ship-bridge simulator aimed at maritime schools, written to one person (no list headers): other, not automated.",
     human(("Guillaume Tanguy", "g.tanguy@navisim-formation.fr"),
           "Simulateur de passerelle pour vos lycées maritimes", "2025-04-15 09:37", """
           Bonjour,

           Je me permets de vous contacter car votre plateforme accompagne de nombreux établissements, dont les lycées professionnels maritimes.

           NaviSim propose un simulateur de passerelle et de machine conforme STCW, installable sur trois postes, avec un module de formation des enseignants. Plusieurs lycées de la façade atlantique l'utilisent déjà.

           Auriez-vous 15 minutes la semaine prochaine pour que je vous présente la solution, et éventuellement son référencement dans vos marchés ?

           Bien à vous,
           Guillaume Tanguy
           Responsable grands comptes – NaviSim Formation
           """, client="outlook"))

mail("other", False, None, "hauts-de-france", None, False, "fr",
     "One-line acknowledgement from a phone ('c'est noté'), nothing to do. Region from ac-amiens.fr.",
     human(("Patrick Lefebvre", "patrick.lefebvre@ac-amiens.fr"),
           "Re: [#SUP-005371] Votre commande", "2025-04-17 17:58", """
           C'est noté, merci. Bonne fin de journée.

           Envoyé depuis mon appareil Galaxy
           """, client="samsung", irt=(5371, "2025-04-17 15:20")))

mail("other", False, None, "normandie", "esidoc", False, "fr",
     "Asks for an attendance certificate for an e-sidoc training session she attended (for her training record): other. Region from ac-normandie.fr.",
     human(("Élodie Marie", "elodie.marie@ac-normandie.fr"),
           "Attestation de présence formation e-sidoc du 3 avril", "2025-04-07 08:50", """
           Bonjour,

           J'ai suivi la formation « Valoriser ses ressources avec e-sidoc » le jeudi 3 avril en distanciel. L'école académique de formation me demande une attestation de présence pour valider mes heures.

           Pouvez-vous m'en faire parvenir une ?

           Merci beaucoup,
           Élodie Marie
           Professeure documentaliste, EREA de Saint-Lô
           """, client="thunderbird"))

mail("other", False, None, None, "esidoc", False, "en",
     "English; an Irish school-library network asks to visit a French school that uses e-sidoc during a study trip: other.",
     human(("Aoife Brennan", "aoife.brennan@slnireland.ie"),
           "Study visit - school libraries using e-sidoc", "2025-04-11 12:05", """
           Dear colleagues,

           I coordinate a network of post-primary school librarians in Munster. Twelve of us will be in Brittany from 26 to 30 May on an Erasmus+ job-shadowing trip, and we are very curious about how French "CDI" use e-sidoc day to day.

           Would you be able to put us in touch with one or two schools (ideally an agricultural or maritime lycée, as several of ours are rural) that might welcome us for a half-day visit?

           With thanks and best wishes,
           Aoife Brennan
           School Library Network Ireland
           """, client="gmail"))

mail("other", False, None, "occitanie", None, True, "fr",
     "A complaint about the tone of an earlier phone answer; passwords and an invoice are mentioned only as background, and what is asked is to speak to a manager.",
     human(("Isabelle Carrère", "isabelle.carrere@ac-toulouse.fr"),
           "Réclamation – accueil téléphonique du 10 avril", "2025-04-11 09:14", """
           Madame, Monsieur,

           Je souhaite signaler la manière dont j'ai été reçue au téléphone hier après-midi. J'appelais au sujet d'un mot de passe et, accessoirement, d'une facture, deux sujets qui ont d'ailleurs été réglés depuis par mes propres moyens. Ce n'est donc pas l'objet de ce message.

           En revanche, votre interlocuteur m'a coupé la parole à plusieurs reprises et m'a laissé entendre que je « ne savais pas lire un mail ». Je travaille seule dans un EREA avec des élèves à besoins particuliers, et je n'ai pas besoin d'être traitée de cette façon.

           Je souhaiterais échanger avec un responsable du service.

           Isabelle Carrère
           Secrétaire de direction
           """, client="thunderbird"))

mail("other", False, None, None, None, False, "fr",
     "A special-needs establishment asks whether the desk can send posters or booklets for the press week: unrelated to the services.",
     human(("Karine Dufour", "karine.dufour@ime-les-peupliers.fr"),
           "Affiches pour la Semaine de la presse ?", "2025-04-01 14:26", """
           Bonjour,

           Nous préparons avec nos jeunes de l'IME une petite exposition pour la Semaine de la presse et des médias. Est-ce que vous auriez des affiches, marque-pages ou livrets à nous envoyer, même en petite quantité ? Nos jeunes adorent recevoir du courrier !

           Adresse : IME Les Peupliers, service pédagogique, 12 rue des Écoles, 79000 Niort.

           Un grand merci,
           Karine Dufour, éducatrice spécialisée
           """, client="roundcube"))

mail("other", False, None, None, None, False, "fr",
     "Asks by hand to send the newsletter to another address (the buyer changed jobs): written by a person, so not automated; not account_creation either.",
     human(("Romain Vidal", "romain.vidal@cd31.fr"),
           "Changement d'adresse pour la lettre d'information", "2025-04-25 11:40", """
           Bonjour,

           Je reçois votre lettre d'information sur cette adresse mais je change de service au 1er mai (je quitte la direction des collèges pour celle des routes !). Pourriez-vous l'envoyer désormais à ma collègue Mme Sarrail, marie.sarrail@cd31.fr, et me retirer de la liste ?

           Merci,
           Romain Vidal
           Conseil départemental de la Haute-Garonne
           """, client="outlook"))

mail("other", False, None, None, None, False, "fr",
     "French spam about 'free' CPF-funded training, with a suspicious link: other.",
     human(("Mon Compte Formation", "info@moncompte-formations-cpf.net"),
           "Dernier rappel : vos 1 200 € de droits formation expirent le 30 avril", "2025-04-22 06:03", """
           Bonjour,

           Il vous reste 1 200 € de droits sur votre compte formation. Ces droits seront perdus s'ils ne sont pas utilisés avant le 30 avril 2025.

           Formations 100 % financées : anglais, bureautique, permis bateau, création d'entreprise.
           Vérifiez votre solde en 2 minutes : https://moncompte-formations-cpf.net/verif?id=fr88213

           Pour ne plus recevoir nos offres, répondez STOP.
           """, client="roundcube", auth="softfail"))

mail("other", False, None, None, "ticket_portal", False, "fr",
     "How-to question on the ticket portal (attachment over the size limit): no category of its own.",
     human(("Stéphane Roussel", "s.roussel@cfa-metiers-lehavre.fr"),
           "Pièce jointe trop lourde sur le portail tickets", "2025-04-14 15:11", """
           Bonjour,

           J'essaie de joindre une vidéo de démonstration de notre problème à un ticket sur le portail d'assistance, mais j'ai le message « Fichier trop volumineux (10 Mo max) ». La vidéo fait 38 Mo.

           Y a-t-il un autre moyen de vous la transmettre ? Un lien de dépôt, peut-être ?

           Stéphane Roussel
           Référent numérique – CFA des métiers du Havre
           """, client="thunderbird"))

mail("other", False, None, "provence-alpes-cote-d-azur", None, True, "fr",
     "Negation: 'je ne vous écris pas pour un mot de passe cette fois'; the actual question is whether the desk is open during the Easter holidays.",
     human(("Jean-Marc Pellegrin", "jean-marc.pellegrin@ac-nice.fr"),
           "Ouverture pendant les vacances ?", "2025-04-04 12:44", """
           Bonjour,

           Rassurez-vous, je ne vous écris pas pour un mot de passe cette fois-ci !

           Simple question pratique : votre service reste-t-il joignable pendant les vacances de printemps ? Je serai au collège la première semaine pour l'inventaire et j'aimerais savoir si je peux compter sur vous en cas de pépin, ou s'il vaut mieux attendre la rentrée.

           Merci, et bonne journée,
           Jean-Marc Pellegrin
           """, client="gmail"))


# ==========================================================================
# missing_noreply_mail
# ==========================================================================

mail("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
     "Département buyer: the activation mail of the new Espace Acheteur account never arrived; no anti-spam product named; non-académie domain, no region.",
     human(("Fabienne Sarrail", "fabienne.sarrail@cd31.fr"),
           "Pas de mail d'activation", "2025-04-01 09:33", """
           Bonjour,

           J'ai créé hier un compte sur l'Espace Acheteur pour le service des collèges du Département (achats de mobilier et d'équipements pour nos 98 collèges), mais je n'ai jamais reçu le courriel d'activation. J'ai vérifié les courriers indésirables, rien non plus.

           Pouvez-vous le renvoyer ou activer le compte directement ?

           Cordialement,

           Fabienne Sarrail
           Direction de l'éducation – Service des collèges
           Conseil départemental de la Haute-Garonne
           """, client="outlook"))

mail("missing_noreply_mail", True, "0471023", "nouvelle-aquitaine", "esidoc", False, "fr",
     "The new-password mail for e-sidoc never arrives at a lycée agricole (educagri.fr); no product named; region from the UAI.",
     human(("Pascale Daubas", "pascale.daubas@educagri.fr"),
           "Mail de nouveau mot de passe jamais reçu", "2025-04-02 15:47", """
           Bonjour,

           J'ai demandé un nouveau mot de passe pour le portail e-sidoc du lycée agricole Étienne Restat (<<0471023>>) à trois reprises depuis ce matin. Le site affiche bien « un courriel vous a été envoyé », mais rien n'arrive, ni dans la boîte de réception ni dans les spams.

           Y a-t-il un délai ? Ou un souci d'envoi de votre côté ?

           Merci,
           Pascale Daubas
           CDI – EPLEFPA de Sainte-Livrade
           """, client="thunderbird"))

mail("missing_noreply_mail", True, None, "centre-val-de-loire", "espace_acheteur", False, "fr",
     "Long subject carrying the whole request (sign-up confirmation not received since Monday, not in spam), near-empty body. Region from ac-orleans-tours.fr.",
     human(("Damien Roger", "damien.roger@ac-orleans-tours.fr"),
           "Toujours pas reçu le mail de confirmation d'inscription à l'Espace Acheteur (demande faite lundi, rien dans les spams non plus)",
           "2025-04-03 12:02", """
           Merci.
           D. Roger
           """, client="zimbra"))

mail("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
     "English; offer-alert notifications of the Espace Acheteur never arrive; no product named.",
     human(("Hannah Schultz", "h.schultz@lycee-franco-allemand-prive.fr"),
           "Offer alerts never received", "2025-04-07 14:29", """
           Hello,

           I set up three saved searches with e-mail alerts on the buyer space in early March (school furniture, IT equipment and lab supplies). The alerts show as "active" in my profile, but I have not received a single notification, although I can see new offers were published in those categories.

           Is there something else I need to switch on? Or is it possible your alert emails are not going out?

           Best regards,
           Hannah Schultz
           Procurement, private bilingual school
           """, client="outlook"))

mail("missing_noreply_mail", True, None, "auvergne-rhone-alpes", "espace_acheteur", True, "fr",
     "Names MailInBlack only to say it was removed last year, so it cannot be the cause: missing_noreply_mail, not mailinblack_spam. Region from ac-clermont.fr.",
     human(("Véronique Chassaing", "veronique.chassaing@ac-clermont.fr"),
           "Mails de l'Espace Acheteur introuvables", "2025-04-09 10:18", """
           Bonjour,

           Avant que vous me posiez la question : nous avions MailInBlack au lycée, mais la Région l'a retiré en septembre, donc ça ne peut plus venir de là.

           Le problème : je ne reçois aucun des mails automatiques de l'Espace Acheteur depuis la création de mon compte de gestionnaire (ni le lien de connexion sécurisée, ni les confirmations). Rien dans les indésirables, rien dans la quarantaine de la messagerie académique.

           Que puis-je vérifier d'autre ?

           Véronique Chassaing
           Lycée agricole Louis Pasteur, Marmilhat
           """, client="zimbra"))

mail("missing_noreply_mail", False, "0820934", "occitanie", "espace_acheteur", False, "fr",
     "Reply after the junk-folder answer: still nothing three days later, asks for a person to look; the template was already sent, so no second automatic answer.",
     human(("Francis Sabatier", "francis.sabatier@ac-toulouse.fr"),
           "RE: [#SUP-005228] Mail de connexion non reçu", "2025-04-07 08:36", """
           Bonjour,

           J'ai fait tout ce que vous indiquiez (indésirables, adresse ajoutée aux contacts, nouvelle demande) et toujours rien depuis jeudi. Pouvez-vous transmettre à quelqu'un qui pourra regarder de plus près ? La fin du trimestre approche et nous devons commander avant le 15.

           F. Sabatier
           Adjoint gestionnaire – EREA de Montauban (<<0820934>>)

           -----Message d'origine-----
           De : Assistance <support@assistance.example.fr>
           Envoyé : jeudi 3 avril 2025 16:12
           À : Francis Sabatier <francis.sabatier@ac-toulouse.fr>
           Objet : [#SUP-005228] Mail de connexion non reçu

           Bonjour,

           Nos messages automatiques partent de l'adresse no-reply@espace-acheteur.example.fr. Vérifiez votre dossier de courriers indésirables, déclarez le message comme légitime et ajoutez cette adresse à vos contacts. Sans nouvelles de votre part sous 48 heures, nous reviendrons vers vous.

           Cordialement,
           L'équipe d'assistance
           """, client="outlook", irt=(5228, "2025-04-03 16:12")))

mail("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
     "A Région's structure administrator never receives the 'account to validate' notifications for the lycées' buyers. Non-académie domain, no UAI: no region.",
     human(("Stéphanie Girod", "stephanie.girod@auvergnerhonealpes.fr"),
           "Notifications de comptes à valider", "2025-04-10 11:25", """
           Bonjour,

           Je suis administratrice de la structure « Région – Direction des lycées » sur l'Espace Acheteur. Plusieurs collègues m'ont dit avoir créé leur compte et attendre ma validation, mais je n'ai reçu aucune notification à ce sujet, ni cette semaine ni avant.

           Je les retrouve bien dans la liste des comptes en attente quand je vais les chercher, mais je ne peux pas y aller tous les jours. Comment faire pour que ces notifications m'arrivent ?

           Merci d'avance,
           Stéphanie Girod
           """, client="outlook"))

mail("missing_noreply_mail", True, "0441890", "pays-de-la-loire", "espace_acheteur", True, "fr",
     "Forward of a chain of three internal messages at a CFA (nobody got the activation mail) with one line on top; the UAI appears only in a quoted signature.",
     human(("Morgane Bouvier", "m.bouvier@cfa-paysdelaloire-btp.fr"),
           "Fwd: activation compte achats ?", "2025-04-11 09:58", """
           Bonjour, aucun de nous trois n'a reçu le mail d'activation, vous pouvez regarder ? Merci

           ---------- Forwarded message ---------
           De : Jérôme Caillaud <j.caillaud@cfa-paysdelaloire-btp.fr>
           Date: jeu. 10 avr. 2025 à 17:21
           Subject: Re: activation compte achats ?
           To: Morgane Bouvier <m.bouvier@cfa-paysdelaloire-btp.fr>

           Pareil, rien reçu. J'ai même regardé dans la quarantaine du serveur.
           Jérôme
           Service achats – CFA BTP Saint-Herblain – UAI <<0441890>>

           Le jeu. 10 avr. 2025 à 15:02, Morgane Bouvier a écrit :
           > Toi non plus ? Moi je n'ai rien eu non plus depuis lundi.
           >
           > Le jeu. 10 avr. 2025 à 14:40, Aurélie Guérin a écrit :
           >> Bonjour à tous, vous avez reçu le mail pour activer votre compte sur l'espace acheteur ? J'ai créé le mien lundi et toujours rien.
           >> Aurélie
           """, client="gmail"))

mail("missing_noreply_mail", True, None, "normandie", "ticket_portal", False, "fr",
     "The ticket portal's 'set your password' mail never arrived; region from ac-rouen.fr (a Normandie domain).",
     human(("Gilles Lemercier", "gilles.lemercier@ac-rouen.fr"),
           "Portail d'assistance : mail pour définir le mot de passe", "2025-04-15 14:08", """
           Bonjour,

           Le GRETA m'a créé un accès au portail de tickets pour suivre nos demandes, mais je n'ai jamais reçu le message qui permet de définir mon mot de passe. On m'a dit qu'il partait d'une adresse « no-reply ». Je ne vois rien, même dans le dossier spam.

           Pouvez-vous le renvoyer ?

           Gilles Lemercier
           GRETA Rouen Maritime
           """, client="roundcube"))

mail("missing_noreply_mail", True, "0341560", "occitanie", "esidoc", True, "fr",
     "Reads like a forgotten password, but the reset tool works and says it sent the mail: the mail never arrives. The taxonomy puts that under missing_noreply_mail.",
     human(("Laetitia Roques", "cdi@lpm-sete.fr"),
           "Mot de passe oublié... mais pas que", "2025-04-16 10:49", """
           Bonjour,

           J'ai oublié le mot de passe du portail du CDI, jusque-là rien d'extraordinaire. J'ai donc fait « mot de passe oublié » avec notre identifiant <<0341560>>, le site répond bien que le message de réinitialisation a été envoyé à l'adresse du compte, qui est bien la mienne (celle-ci).

           Sauf que ce message n'arrive jamais. J'ai refait la demande hier et ce matin, j'ai attendu plusieurs heures, regardé partout.

           Merci de votre aide,
           Laetitia Roques
           Lycée professionnel maritime de Sète
           """, client="thunderbird"))

mail("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
     "Quotes the English confirmation page ('A confirmation email has been sent...') while writing in French; the mail never came. Private school under contract, no UAI: no region.",
     human(("Frédéric Barbier", "f.barbier@lasalle-saintdenis.fr"),
           "Inscription Espace Acheteur – mail jamais arrivé", "2025-04-17 16:31", """
           Bonjour,

           Après avoir rempli le formulaire d'inscription, j'ai eu cette page :

           « A confirmation email has been sent to your address. Please check your inbox and click the link to activate your account. »

           (en anglais, curieusement). Or je n'ai rien reçu du tout, et ça fait maintenant deux jours. J'ai vérifié les indésirables et les filtres de notre messagerie Google.

           Merci de me dire comment procéder.

           Frédéric Barbier
           Économe – Ensemble scolaire La Salle (privé sous contrat)
           """, client="gmail"))

mail("missing_noreply_mail", True, None, None, "esignature", False, "fr",
     "The e-signature invitation for the membership convention never arrived (automatic mail from a no-reply address); no anti-spam product named.",
     human(("Agnès Thibault", "direction@ecole-sainte-therese-privee.fr"),
           "Convention à signer : rien reçu", "2025-04-18 10:02", """
           Bonjour,

           Votre collègue m'a indiqué par téléphone mardi que la convention d'adhésion m'avait été envoyée pour signature électronique. Je n'ai reçu aucun message de la plateforme de signature, ni dans ma boîte principale ni dans les spams.

           Pouvez-vous vérifier l'adresse utilisée et relancer l'envoi ?

           Merci,
           Agnès Thibault
           """, client="ipad"))

mail("missing_noreply_mail", True, "9740612", "la-reunion", "espace_acheteur", False, "fr",
     "EREA in La Réunion: no mail at all from the no-reply address since the account was created. Réunion time zone.",
     human(("Jean-Hugues Payet", "jean-hugues.payet@ac-reunion.fr"),
           "Aucun mail reçu de votre plateforme", "2025-04-08 13:15", """
           Bonjour,

           Depuis la création de notre compte sur l'Espace Acheteur le 2 avril, nous n'avons reçu aucun des messages automatiques annoncés (confirmation, lien de connexion). Nous sommes l'EREA de Saint-Pierre, code <<9740612>>.

           Avec le décalage horaire, je vous écris en début d'après-midi chez nous, j'espère que quelqu'un pourra regarder demain matin.

           Bien cordialement,
           J.-H. Payet, gestionnaire
           """, client="thunderbird", tz="+0400"))

mail("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
     "A Région's IT department: none of the lycées' buyers receives automatic mails since their mail-gateway migration; asks for the sender address to allow. No product named, no UAI, non-académie domain.",
     human(("Thierry Lambert", "thierry.lambert@iledefrance.fr"),
           "Messages automatiques bloqués depuis notre migration", "2025-04-14 10:37", """
           Bonjour,

           Nous avons migré le 7 avril la passerelle de messagerie qui dessert les gestionnaires des lycées franciliens. Depuis, plusieurs établissements nous signalent qu'ils ne reçoivent plus aucun courriel automatique de l'Espace Acheteur (liens de connexion, nouveaux mots de passe).

           Pour que nous puissions ajouter une règle, pourriez-vous nous communiquer l'adresse d'expédition exacte de ces messages et, si possible, les domaines ou plages d'adresses IP utilisés ?

           Cordialement,

           Thierry Lambert
           Pôle infrastructures – Direction du numérique
           Région Île-de-France
           """, client="outlook"))

mail("missing_noreply_mail", True, "9730521", "guyane", "esidoc", False, "fr",
     "Collège in Guyane: the e-sidoc password mail never comes from the no-reply address. Guyane time zone.",
     human(("Roselyne Bastien", "roselyne.bastien@ac-guyane.fr"),
           "Mail de réinitialisation e-sidoc non reçu", "2025-04-22 07:44", """
           Bonjour,

           J'ai demandé hier la réinitialisation de notre mot de passe e-sidoc. Depuis, rien. Pas de mail de votre adresse no-reply, nulle part.

           Collège de Saint-Laurent-du-Maroni, UAI <<9730521>>.

           Merci de regarder,
           R. Bastien
           """, client="outlook", tz="-0300"))

mail("missing_noreply_mail", True, None, "nouvelle-aquitaine", "espace_acheteur", False, "fr",
     "Mixes 'vous' and 'tu'; GRETA adviser with no activation mail for the Espace Acheteur; region from ac-bordeaux.fr.",
     human(("Nicolas Duprat", "nicolas.duprat@ac-bordeaux.fr"),
           "compte espace acheteur greta", "2025-04-23 17:05", """
           Bonjour,

           Je me suis inscrit vendredi sur l'Espace Acheteur pour le GRETA Sud Aquitaine. Vous m'avez sûrement envoyé un lien d'activation mais je ne l'ai pas. Tu peux me le renvoyer ? J'ai regardé les spams hein, pas de panique.

           Je vous remercie,
           Nicolas
           """, client="zimbra"))

mail("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
     "Thanks first for last week's solved EcoleDirecte transfer case, then a new question: the Espace Acheteur connection link never arrived. The new question decides. Private school, no UAI.",
     human(("Sébastien Morel", "s.morel@ogec-notredame-vitre.fr"),
           "Merci + autre question", "2025-04-24 11:19", """
           Bonjour,

           D'abord un grand merci pour votre intervention de la semaine dernière sur les transferts EcoleDirecte, tout fonctionne de nouveau et les parents voient les notes.

           Autre sujet : j'essaie de me connecter pour la première fois à l'Espace Acheteur et on m'annonce l'envoi d'un lien de connexion sécurisée par mail. Je ne l'ai jamais reçu (trois essais depuis hier). Pouvez-vous vérifier ?

           Cordialement,
           Sébastien Morel
           Responsable administratif et financier – OGEC Notre-Dame
           """, client="outlook"))


# ==========================================================================
# mailinblack_spam
# ==========================================================================

mail("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
     "Département IT rolled MailInBlack out on the collèges' mailboxes and asks what to allow-list. Non-académie domain, no UAI.",
     human(("Yannick Rolland", "yannick.rolland@ille-et-vilaine.fr"),
           "MailInBlack collèges – expéditeurs à autoriser", "2025-04-02 09:12", """
           Bonjour,

           Le Département a déployé MailInBlack sur les boîtes des gestionnaires de ses 62 collèges pendant les vacances de février. Depuis, vos messages (connexion à l'Espace Acheteur, validations) restent en attente d'authentification et nos collègues ne les voient pas.

           Je peux ajouter une règle globale côté console d'administration : quelles adresses ou quel domaine faut-il autoriser ?

           Yannick Rolland
           Service des systèmes d'information des collèges
           Département d'Ille-et-Vilaine
           """, client="outlook"))

mail("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
     "Phone-typed, no accents, product written 'mail inblack'; mails held, asks what to do.",
     human(("Karim Benali", "k.benali@cfa-auto-marseille.fr"),
           "mails bloques", "2025-04-04 07:52", """
           bonjour
           depuis qu on a mail inblack au cfa je recois plus vos mails pour l espace acheteur, ils sont bloques dans leur truc de validation. je dois faire quoi exactement ? valider a chaque fois ??
           merci
           karim benali
           """, client="iphone"))

mail("mailinblack_spam", False, "0061677", "provence-alpes-cote-d-azur", "espace_acheteur", True, "fr",
     "Describes a sender-authentication challenge (a page asking the sender to prove it is human; the school's own address answers with a captcha) without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person checks before sending the guide.",
     human(("Sandra Giordano", "sandra.giordano@ac-nice.fr"),
           "Nos mails renvoient un captcha", "2025-04-07 14:41", """
           Bonjour,

           Un fournisseur m'a dit que quand il écrit à l'adresse du lycée, il reçoit en retour un message lui demandant de « confirmer qu'il est un humain » en cliquant sur un lien avec une image à recopier. Je suppose que c'est pareil pour vos messages automatiques, parce que je ne reçois plus rien de l'Espace Acheteur depuis deux semaines.

           Je ne sais pas quel outil le rectorat a mis en place. Que faut-il faire ?

           Sandra Giordano
           Adjointe gestionnaire – Lycée hôtelier, Nice (<<0061677>>)
           """, client="zimbra"))

mail("mailinblack_spam", True, "0593215", "hauts-de-france", "espace_acheteur", False, "en",
     "English; the activation links sit in the MailInBlack quarantine and expire before release.",
     human(("Marcus Lindqvist", "marcus.lindqvist@ac-lille.fr"),
           "Activation links stuck in Mailinblack quarantine", "2025-04-09 11:03", """
           Hi,

           Our school mail is filtered by Mailinblack, and every time I request an activation link for the buyer space it lands in the quarantine. By the time I release it the link has expired (I only get the quarantine digest once a day).

           Could you tell me which sender I should whitelist so this stops happening? School code <<0593215>>.

           Thanks,
           Marcus Lindqvist
           Bursar's office
           """, client="thunderbird"))

mail("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
     "Forward of the MailInBlack daily quarantine digest with a one-line question on top: the forwarded part is machine text, the outer message is a real question.",
     human(("Corinne Blanchard", "corinne.blanchard@ogec-stjean-angers.fr"),
           "TR: Vos messages en attente – Mailinblack", "2025-04-10 08:07", """
           Lequel je dois autoriser pour avoir vos mails ??

           -----Message d'origine-----
           De : Mailinblack <notification@mailinblack.com>
           Envoyé : jeudi 10 avril 2025 07:00
           À : Corinne Blanchard <corinne.blanchard@ogec-stjean-angers.fr>
           Objet : Vos messages en attente – Mailinblack

           Bonjour,
           Voici la liste des messages en attente de validation dans votre espace Mailinblack :

           no-reply@espace-acheteur.example.fr – Votre lien de connexion sécurisée – 09/04 16:42
           newsletter@fournitures-pro.example.com – Promotions de printemps – 09/04 10:15
           no-reply@espace-acheteur.example.fr – Commande EA-2025-04-02011 : confirmation – 08/04 11:30

           Pour les consulter ou les autoriser, connectez-vous à votre espace.
           """, client="outlook"))

mail("mailinblack_spam", False, "0541892", "grand-est", "espace_acheteur", True, "fr",
     "Two topics: Espace Acheteur mails held by MailInBlack (main) and a request for a copy of a March invoice (order_billing); a single template would answer only half.",
     human(("Hervé Collignon", "herve.collignon@ac-nancy-metz.fr"),
           "MailInBlack + facture de mars", "2025-04-11 15:26", """
           Bonjour,

           Depuis que MailInBlack est actif sur la messagerie du lycée, les mails de l'Espace Acheteur sont systématiquement mis de côté et je ne reçois plus les confirmations. Pouvez-vous me dire quelle adresse autoriser ?

           Et pendant que je vous tiens : pourriez-vous me renvoyer la facture de la commande de mars (mobilier du CDI) ? Je ne la retrouve ni dans Chorus ni dans mes mails, et l'agent comptable me la réclame pour la clôture du trimestre.

           Merci,
           Hervé Collignon
           Gestionnaire – Lycée agricole de Courcelles-Chaussy, <<0541892>>
           """, client="zimbra"))

mail("mailinblack_spam", True, None, "provence-alpes-cote-d-azur", "espace_acheteur", True, "fr",
     "UAI typed with a wrong check letter (the digits 0131746 call for another letter): no UAI, region from ac-aix-marseille.fr. MailInBlack named.",
     human(("Magali Fabre", "magali.fabre@ac-aix-marseille.fr"),
           "Quarantaine Mailinblack", "2025-04-14 10:55", """
           Bonjour,

           Vos messages automatiques (connexion à l'Espace Acheteur) partent systématiquement dans la quarantaine Mailinblack du collège. Je les débloque à la main mais ça ne dure pas. Comment les autoriser une fois pour toutes ?

           Collège Marcel Pagnol, UAI <<0131746!>>

           Magali Fabre, secrétaire d'intendance
           """, client="outlook"))

mail("mailinblack_spam", True, "0921483", "ile-de-france", "espace_acheteur", True, "fr",
     "Reply on a missing-mail ticket after the junk-folder answer: their IT now says MailInBlack holds the mails, so the category changes and the MailInBlack guide is the right answer.",
     human(("Anne-Laure Fontaine", "anne-laure.fontaine@ac-versailles.fr"),
           "Re: [#SUP-005293] Lien de connexion non reçu", "2025-04-15 09:41", """
           Bonjour,

           Merci pour votre réponse. Rien dans les indésirables, mais j'ai interrogé notre référent informatique : selon lui, c'est MailInBlack qui retient vos messages, installé par le Département au début du mois. Il m'a demandé de vous demander la marche à suivre pour les autoriser.

           Anne-Laure Fontaine
           Collège Paul Éluard, Nanterre – <<0921483>>

           Le lun. 14 avr. 2025 à 11:02, Assistance <support@assistance.example.fr> a écrit :
           > Bonjour,
           >
           > Nos messages automatiques partent de l'adresse no-reply@espace-acheteur.example.fr.
           > Vérifiez votre dossier de courriers indésirables et ajoutez cette adresse à vos contacts.
           >
           > Cordialement,
           > L'équipe d'assistance
           """, client="gmail", irt=(5293, "2025-04-14 11:02")))

mail("mailinblack_spam", True, "0711543", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
     "Lycée agricole: the EPL installed MailInBlack; asks how to allow the platform's mails. educagri.fr sender, region from the UAI.",
     human(("Christophe Bouchard", "christophe.bouchard@educagri.fr"),
           "Autoriser vos mails dans MailInBlack", "2025-04-16 13:38", """
           Bonjour,

           Notre EPL (lycée agricole de Fontaines, <<0711543>>) s'est équipé de MailInBlack en mars. Depuis, je dois aller chercher vos courriels dans l'interface de l'antispam. Pouvez-vous m'envoyer la procédure pour que vos adresses soient reconnues d'office ?

           Bien cordialement,
           Christophe Bouchard
           Directeur adjoint chargé de l'administration
           """, client="thunderbird"))

mail("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
     "French mail quoting MailInBlack's English status line ('blocked by Mailinblack Protect... pending authentication'); asks how to release and allow the sender. Private school, no UAI.",
     human(("Julie Marchetti", "julie.marchetti@institution-sainte-marie-bastia.fr"),
           "Message « pending authentication »", "2025-04-17 10:20", """
           Bonjour,

           En cherchant votre mail de confirmation de commande, je l'ai trouvé dans notre espace antispam avec ce statut :

           "This message has been blocked by Mailinblack Protect. Status: Pending authentication. The sender has not yet confirmed their identity."

           Je l'ai libéré à la main, mais j'imagine que ce sera pareil pour les suivants. Comment ajouter durablement votre adresse dans les expéditeurs autorisés ?

           Merci,
           Julie Marchetti
           Comptabilité – Institution Sainte-Marie
           """, client="gmail"))

mail("mailinblack_spam", True, None, "grand-est", "espace_acheteur", False, "fr",
     "A complaint that is really a request: 'your mails all end up at MailInBlack, fix it'; what is needed is the allow-list guide. Region from ac-reims.fr.",
     human(("Sylvain Henry", "sylvain.henry@ac-reims.fr"),
           "C'est à vous de régler ça", "2025-04-18 16:12", """
           Bonjour,

           Ça fait la troisième fois ce mois-ci que vos messages finissent bloqués chez MailInBlack et que je dois courir après. Les autres fournisseurs arrivent bien, eux. Je veux bien croire que ce n'est pas entièrement de votre faute, mais il faut trouver une solution.

           Dites-moi ce qu'il faut faire une fois pour toutes, qu'on n'en parle plus.

           S. Henry
           Gestionnaire, collège de Sézanne
           """, client="outlook"))

mail("mailinblack_spam", True, "9741377", "la-reunion", "espace_acheteur", False, "fr",
     "Collège in La Réunion: MailInBlack holds the buyer-space mails. Réunion time zone.",
     human(("Marie-Claude Hoarau", "marie-claude.hoarau@ac-reunion.fr"),
           "Mails retenus par Mailinblack", "2025-04-22 14:03", """
           Bonjour,

           Le collège (<<9741377>>) utilise Mailinblack depuis la rentrée de janvier. Vos messages de l'Espace Acheteur sont tous en attente d'authentification, et comme personne ne clique de votre côté, ils ne nous arrivent jamais.

           Quelle adresse faut-il mettre en liste blanche ?

           Bonne journée,
           Marie-Claude Hoarau
           """, client="outlook", tz="+0400"))

mail("mailinblack_spam", True, None, "ile-de-france", "espace_acheteur", False, "fr",
     "Mixes 'vous' and 'tu'; GRETA buyer with MailInBlack quarantining the mails. Region from ac-paris.fr.",
     human(("Audrey Masson", "audrey.masson@ac-paris.fr"),
           "mailinblack encore", "2025-04-24 15:47", """
           Bonjour,

           Vous allez rire, encore un souci de MailInBlack au GRETA. Les mails de l'Espace Acheteur partent en quarantaine depuis la mise à jour de leur logiciel. Tu peux me renvoyer la notice pour les autoriser ? Je ne la retrouve plus et l'informaticien est en congés jusqu'au 5 mai.

           Merci beaucoup,
           Audrey
           GRETA MTI Paris
           """, client="zimbra"))


# ==========================================================================
# head_of_establishment_request
# ==========================================================================

mail("head_of_establishment_request", False, "0180742", "centre-val-de-loire", "espace_acheteur", False, "fr",
     "The director of an agricultural EPL (head of establishment) designates a new structure administrator on the Espace Acheteur and asks to close the former one's access. educagri.fr sender, region from the UAI.",
     human(("Catherine Auclair", "catherine.auclair@educagri.fr"),
           "Désignation d'un nouvel administrateur – Espace Acheteur", "2025-04-01 10:48", """
           Madame, Monsieur,

           En ma qualité de directrice de l'EPLEFPA du Cher (<<0180742>>), je vous informe que M. Julien Pichon, secrétaire général, devient à compter de ce jour l'administrateur de notre structure sur l'Espace Acheteur, en remplacement de Mme Roche, mutée au 31 mars.

           Je vous remercie de bien vouloir désactiver le compte de Mme Roche et transférer les droits d'administration à M. Pichon (julien.pichon@educagri.fr).

           Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

           Catherine Auclair
           Directrice de l'EPLEFPA du Cher
           """, client="outlook"))

mail("head_of_establishment_request", False, "0595318", "hauts-de-france", "esidoc", True, "fr",
     "The EREA director himself asks, from the ce.<UAI> address, for an e-sidoc admin password reset and a new contact address: a head-of-establishment request, not password_reset.",
     human(("Direction EREA Lucie Aubrac", "ce.<<0595318>>@ac-lille.fr"),
           "Réinitialisation du compte administrateur e-sidoc", "2025-04-03 08:29", """
           Bonjour,

           Je suis le directeur de l'EREA Lucie Aubrac (<<0595318>>). Notre professeure documentaliste a quitté l'établissement et le compte administrateur du portail e-sidoc reste rattaché à son adresse personnelle.

           Je vous demande de réinitialiser le mot de passe de ce compte et de remplacer l'adresse de contact par celle de l'établissement, d'où je vous écris.

           Cordialement,
           Bertrand Leclercq
           Directeur
           """, client="zimbra"))

mail("head_of_establishment_request", False, "0292156", "bretagne", "esidoc", False, "fr",
     "The head of a private school under contract authorises the librarian to validate the e-sidoc renewal order and attaches the signed purchase order.",
     human(("Yves Le Floch", "direction@stjoseph-landerneau.fr"),
           "Autorisation de commande – renouvellement e-sidoc", "2025-04-04 17:12", """
           Bonjour,

           Je soussigné Yves Le Floch, chef d'établissement du collège-lycée privé Saint-Joseph de Landerneau (<<0292156>>), autorise Mme Gaëlle Cozic, professeure documentaliste, à valider en ligne la commande de renouvellement de notre abonnement e-sidoc pour 2025-2026.

           Vous trouverez ci-joint le bon de commande signé.

           Bien cordialement,
           Y. Le Floch
           Chef d'établissement
           """, client="outlook", attach=[("Bon_de_commande_esidoc_2025-2026_signe.pdf", "pdf")]))

mail("head_of_establishment_request", False, None, None, "espace_acheteur", True, "fr",
     "The principal writes from a personal address and gives a UAI with a wrong check letter (the digits 0381936 call for another letter): no UAI and no region; weak evidence for staff to verify.",
     human(("Fabrice Gonnet", "fabrice.gonnet38@orange.fr"),
           "Changement d'administrateur", "2025-04-13 19:55", """
           Bonjour,

           Principal du collège Champollion à Voreppe, je vous écris de chez moi pendant les vacances, pardonnez l'adresse personnelle.

           Notre administratrice de l'Espace Acheteur, Mme Dumas, part en congé long. Je souhaite que Mme Bérard, adjointe gestionnaire, la remplace dès la rentrée du 28 avril, et que l'accès de Mme Dumas soit suspendu.

           UAI du collège : <<0381936!>>

           Fabrice Gonnet
           Principal
           """, client="roundcube", auth="pass"))

mail("head_of_establishment_request", False, "0692417", "auvergne-rhone-alpes", "espace_acheteur", False, "en",
     "English; the head of a private bilingual school under contract names a new buyer-space administrator and asks to remove the former one.",
     human(("Margaret Dupuis-Hale", "head@bilingual-academy-lyon.fr"),
           "New administrator for our buyer account", "2025-04-08 12:30", """
           Dear Sir or Madam,

           As Head of School of the Bilingual Academy of Lyon (school code <<0692417>>), I am writing to designate Mr Antoine Ferrand, our new bursar, as the administrator of our structure on the Espace Acheteur, with effect from today.

           Please close the access of Ms Claire Vidal, who left the school on 31 March.

           I can confirm this by phone or signed letter if required.

           Yours faithfully,
           Margaret Dupuis-Hale
           Head of School
           """, client="outlook"))

mail("head_of_establishment_request", False, "0511872", "grand-est", "esidoc", False, "fr",
     "Reply (Zimbra '----- Mail original -----' quote) in which the proviseur gives the written request the desk asked for: reset the e-sidoc admin account and link it to the official address.",
     human(("Pascal Thiébaut", "pascal.thiebaut@ac-reims.fr"),
           "Re: [#SUP-005245] Demande écrite du chef d'établissement", "2025-04-09 07:46", """
           Bonjour,

           Comme demandé, je confirme par écrit en tant que proviseur du lycée agricole d'Avize (<<0511872>>) ma demande de réinitialisation du compte administrateur e-sidoc de notre CDI, et le rattachement de ce compte à l'adresse officielle de l'établissement.

           Cordialement,
           P. Thiébaut, proviseur

           ----- Mail original -----
           De: "Assistance" <support@assistance.example.fr>
           À: "cdi lycee avize" <cdi.lycee-avize@ac-reims.fr>
           Envoyé: Mardi 8 Avril 2025 14:22:05
           Objet: [#SUP-005245] Demande écrite du chef d'établissement

           Bonjour,

           Pour des raisons de sécurité, la modification du compte administrateur doit nous être demandée par écrit par le chef d'établissement, de préférence depuis l'adresse officielle de l'établissement.

           Cordialement,
           L'équipe d'assistance
           """, client="zimbra", irt=(5245, "2025-04-08 14:22")))

mail("head_of_establishment_request", False, "0491638", "pays-de-la-loire", "espace_acheteur", True, "fr",
     "The deputy bursar forwards the head's signed letter (PDF) with the head in copy: it is the head's written request, relayed; staff must check the letter and the sender.",
     human(("Émilie Gaudin", "emilie.gaudin@ac-nantes.fr"),
           "Courrier de M. le Proviseur – administrateur Espace Acheteur", "2025-04-10 14:58", """
           Bonjour,

           Veuillez trouver ci-joint le courrier signé de M. Rivière, proviseur du lycée professionnel Chevrollier (<<0491638>>), qui demande que je devienne administratrice de notre structure sur l'Espace Acheteur à la place de M. Ogier, parti à la retraite.

           M. Rivière est en copie de ce message.

           Bien cordialement,
           Émilie Gaudin
           Adjointe gestionnaire
           """, client="thunderbird", cc="Olivier Riviere <olivier.riviere@ac-nantes.fr>",
           attach=[("Courrier_proviseur_administrateur_EA.pdf", "pdf")]))

mail("head_of_establishment_request", False, "0491801", "pays-de-la-loire", "espace_acheteur", False, "fr",
     "The director of a CFA asks to replace the contact address of the structure administrator on the Espace Acheteur. CFA's own domain, region from the UAI.",
     human(("Delphine Brosseau", "direction@cfa-horticole-angers.fr"),
           "Modification de l'adresse de l'administrateur", "2025-04-11 11:31", """
           Bonjour,

           Je suis directrice du CFA horticole d'Angers (UAI <<0491801>>). L'adresse de contact de notre administrateur sur l'Espace Acheteur est encore v.tessier@..., une adresse supprimée depuis le départ de M. Tessier.

           Je vous demande de la remplacer par achats@cfa-horticole-angers.fr, boîte partagée du service achats.

           Merci par avance,
           Delphine Brosseau
           Directrice
           """, client="outlook"))

mail("head_of_establishment_request", False, "0391244", "bourgogne-franche-comte", "esidoc", False, "fr",
     "Tablet autocorrect ('commende', 'à tout effet'); the principal authorises the librarian to validate the subscription order.",
     human(("Gérard Vuillemin", "gerard.vuillemin@ac-besancon.fr"),
           "Autorisation", "2025-04-14 21:14", """
           Bonjour,
           Je soussigné G. Vuillemin, principal du collège Pasteur à Lons-le-Saunier (<<0391244>>), autorise Mme Bailly, documentaliste, à valider la commende de renouvellement des ressources numériques du CDI sur votre portail. Je vous fait ce mail à tout effet utile.
           Cordialement
           G. Vuillemin

           Envoyé de mon iPad
           """, client="ipad"))

mail("head_of_establishment_request", False, "0421587", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
     "The head of the GRETA's host lycée (chef d'établissement support) asks to close a departed employee's access to the Espace Acheteur.",
     human(("Proviseur lycée Honoré d'Urfé", "ce.<<0421587>>@ac-lyon.fr"),
           "GRETA Loire – suppression d'un accès", "2025-04-15 12:05", """
           Madame, Monsieur,

           En ma qualité de proviseur du lycée Honoré d'Urfé, établissement support du GRETA Loire, je vous demande de supprimer l'accès de Mme Nadège Bonnefoy à notre structure sur l'Espace Acheteur. Son contrat a pris fin le 11 avril.

           Les droits de commande restent à M. Tardy, conseiller en formation continue, déjà administrateur.

           Je vous prie d'agréer mes salutations distinguées.

           Jean-Luc Chapuis
           Proviseur
           """, client="outlook"))

mail("head_of_establishment_request", False, "0561844", "bretagne", "espace_acheteur", False, "fr",
     "The head of a maritime school delegates order validation to his deputy during his absence over the spring holidays. Non-académie domain, region from the UAI.",
     human(("Loïc Guégan", "proviseur@lycee-maritime-etel.fr"),
           "Délégation de validation des commandes – vacances de printemps", "2025-04-04 16:30", """
           Bonjour,

           Je serai absent du 5 au 22 avril. Pendant cette période, je délègue la validation des commandes de notre établissement sur l'Espace Acheteur à M. Erwan Tanguy, proviseur adjoint (erwan.tanguy@lycee-maritime-etel.fr).

           Lycée professionnel maritime d'Étel – <<0561844>>

           Loïc Guégan
           Proviseur
           """, client="thunderbird"))

mail("head_of_establishment_request", False, "0931706", "ile-de-france", "esidoc", True, "fr",
     "Claims to be the principal but writes from a free-mail address, with urgency, and asks for the admin password to be sent there: a probable spoof. Still a head-of-establishment request for the queue, where staff should refuse it.",
     human(("Principal Collège Jean Vilar", "principal.clg.jeanvilar@gmail.com"),
           "URGENT – accès administrateur", "2025-04-19 22:47", """
           Bonjour,

           Je suis le principal du collège Jean Vilar de La Courneuve (<<0931706>>). Suite à un problème informatique pendant les vacances, j'ai besoin de toute urgence du mot de passe administrateur du portail e-sidoc. Merci de me l'envoyer directement sur cette adresse, ma messagerie académique est inaccessible.

           Merci de traiter cette demande ce soir, c'est très important.

           Le Principal
           """, client="gmail_personal"))

mail("head_of_establishment_request", False, "9760284", "mayotte", "esidoc", False, "fr",
     "The principal, from the ce.<UAI> address, asks to replace the e-sidoc administrator address after the librarian left in March. Mayotte time zone.",
     human(("Collège de Dembeni - Direction", "ce.<<9760284>>@ac-mayotte.fr"),
           "Changement de l'adresse administrateur du portail", "2025-04-23 09:20", """
           Bonjour,

           En tant que principal du collège de Dembeni (<<9760284>>), je vous demande de bien vouloir remplacer l'adresse du compte administrateur e-sidoc, qui est celle de notre ancienne documentaliste partie fin mars, par l'adresse officielle de l'établissement.

           Une nouvelle documentaliste arrive en mai ; nous vous indiquerons alors son adresse si besoin.

           Abdou Madi, principal
           """, client="outlook", tz="+0300"))


# ==========================================================================
# account_creation
# ==========================================================================

mail("account_creation", True, None, "nouvelle-aquitaine", "espace_acheteur", False, "fr",
     "A new GRETA adviser asks how to get an Espace Acheteur account: the sign-up form answer fits. No UAI, region from ac-limoges.fr.",
     human(("Aurélien Chabrol", "aurelien.chabrol@ac-limoges.fr"),
           "Création de compte", "2025-04-01 14:02", """
           Bonjour,

           Je viens de prendre mes fonctions au GRETA du Limousin et je vais avoir à passer des commandes pour nos plateaux techniques. Comment dois-je faire pour obtenir un compte sur l'Espace Acheteur ? Est-ce que je m'inscris moi-même ou est-ce que quelqu'un doit me créer l'accès ?

           Merci d'avance,
           Aurélien Chabrol
           """, client="zimbra"))

mail("account_creation", False, "0761947", "normandie", "espace_acheteur", False, "fr",
     "Asks who the structure's administrator is for a maritime school: needs a look-up, so a person answers.",
     human(("Nathalie Lecoq", "intendance@lpm-fecamp.fr"),
           "Qui est notre administrateur ?", "2025-04-02 10:40", """
           Bonjour,

           En voulant m'inscrire sur l'Espace Acheteur, on me dit que ma demande sera validée par « l'administrateur de la structure ». Or personne ici ne sait qui c'est : le gestionnaire précédent est parti en 2023.

           Pourriez-vous nous indiquer qui est enregistré comme administrateur pour le lycée professionnel maritime de Fécamp (<<0761947>>) ?

           Nathalie Lecoq
           Secrétaire d'intendance
           """, client="outlook"))

mail("account_creation", True, None, None, "espace_acheteur", False, "fr",
     "Filled in the sign-up form three days ago and cannot log in yet: account waiting for the structure administrator's validation (FAQ case). Private school, no UAI.",
     human(("Gaëtan Perrot", "g.perrot@ensemble-jeanne-darc-rennes.fr"),
           "compte en attente ?", "2025-04-03 09:10", """
           Bonjour,

           Je me suis inscrit lundi sur l'Espace Acheteur. Quand j'essaie de me connecter, j'ai un message « compte en attente de validation ». C'est normal ? Combien de temps faut-il attendre ?

           Merci,
           Gaëtan Perrot
           Service économat
           """, client="roundcube"))

mail("account_creation", False, "0451793", "centre-val-de-loire", "espace_acheteur", False, "fr",
     "Accounts waiting for validation since before the holidays, and the structure administrator has retired: the region must step in, a person answers.",
     human(("Valérie Moreau", "valerie.moreau@ac-orleans-tours.fr"),
           "Validation des comptes impossible – administrateur parti", "2025-04-22 10:12", """
           Bonjour,

           Deux collègues et moi avons créé nos comptes sur l'Espace Acheteur le 3 avril. Ils sont toujours « en attente de validation ». Or l'administrateur de notre structure, M. Caron, a pris sa retraite pendant les vacances et n'a plus accès à rien.

           Comment débloquer la situation ? Nous avons des commandes de fin de trimestre à passer.

           Collège Val de Loire, Orléans – <<0451793>>

           Valérie Moreau
           Adjointe gestionnaire
           """, client="zimbra"))

mail("account_creation", True, "0301462", "occitanie", "esidoc", True, "fr",
     "Negation: 'je n'ai pas oublié de mot de passe, je n'ai jamais eu de compte'; wants to open the customer account before a first order. account_creation, not password_reset.",
     human(("Camille Arnal", "camille.arnal@ac-montpellier.fr"),
           "Pas un oubli de mot de passe !", "2025-04-07 13:27", """
           Bonjour,

           Votre page de connexion me propose « mot de passe oublié », mais je n'ai rien oublié du tout : je n'ai jamais eu de compte chez vous. Je viens d'arriver à l'EREA de Nîmes (<<0301462>>) et je voudrais ouvrir le compte client de l'établissement pour commander notre premier abonnement e-sidoc.

           Par où commencer ?

           Camille Arnal
           Professeure documentaliste
           """, client="thunderbird"))

mail("account_creation", False, "0721596", "pays-de-la-loire", "esidoc", False, "fr",
     "A CFA's UAI does not appear in the list when opening the customer account: the FAQ sends these to the sales team, a person answers.",
     human(("Sabrina Hérault", "s.herault@cfa-agricole-sarthe.fr"),
           "Notre UAI n'est pas dans la liste", "2025-04-08 11:44", """
           Bonjour,

           Je souhaite créer le compte client du CFA agricole de la Sarthe pour souscrire à e-sidoc, mais quand je saisis notre code UAI (<<0721596>>), le formulaire répond « établissement introuvable ». J'ai essayé avec et sans la lettre finale.

           Les CFA sont-ils acceptés ? Si oui, comment faire ?

           Sabrina Hérault
           Responsable du centre de ressources
           """, client="outlook"))

mail("account_creation", True, None, "grand-est", "espace_acheteur", False, "en",
     "English; a new bursar of an existing international lycée wants her own buyer account: the sign-up answer fits. Region from ac-strasbourg.fr.",
     human(("Laura Mitchell", "laura.mitchell@ac-strasbourg.fr"),
           "Account for the new bursar", "2025-04-09 15:36", """
           Hello,

           I started last week as deputy bursar at the Lycée international des Pontonniers. My predecessor's buyer-space account has been closed and I need my own to follow up orders.

           How do I register? Is there a form, and who approves it on our side?

           Thank you,
           Laura Mitchell
           """, client="thunderbird"))

mail("account_creation", False, "0601503", "hauts-de-france", "espace_acheteur", False, "fr",
     "The account works but ordering rights are missing: rights to open, a person answers. Lycée agricole on educagri.fr, region from the UAI.",
     human(("Benoît Carpentier", "benoit.carpentier@educagri.fr"),
           "Je vois le catalogue mais pas le bouton Commander", "2025-04-10 16:18", """
           Bonjour,

           Mon compte sur l'Espace Acheteur fonctionne, je peux consulter les marchés et les offres, mais je n'ai pas le bouton « Commander » ni l'accès au panier. Ma collègue, elle, les a.

           Pouvez-vous m'ouvrir les droits de commande ? Je suis le nouveau gestionnaire du lycée agricole de l'Oise (<<0601503>>).

           Merci,
           Benoît Carpentier
           """, client="thunderbird"))

mail("account_creation", True, "0161388", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
     "Thanks first for a solved password case (quoted), then a new question: how the new deputy bursar can get her own account. The new question decides.",
     human(("Jacqueline Faure", "jacqueline.faure@ac-poitiers.fr"),
           "Re: [#SUP-005256] Mot de passe Espace Acheteur", "2025-04-11 10:05", """
           Bonjour,

           C'est parfait, j'ai pu me reconnecter avec le lien, merci pour la rapidité !

           J'en profite : notre nouvelle adjointe gestionnaire, Mme Ribeiro, arrive après les vacances. Comment peut-elle avoir son propre compte sur l'Espace Acheteur ? Doit-elle s'inscrire elle-même ou dois-je faire quelque chose de mon côté ?

           Bien à vous,
           J. Faure
           Lycée professionnel agricole de Chalais – <<0161388>>

           -----Message d'origine-----
           De : Assistance <support@assistance.example.fr>
           Envoyé : jeudi 10 avril 2025 15:31
           Objet : [#SUP-005256] Mot de passe Espace Acheteur

           Bonjour,
           Un lien de réinitialisation du mot de passe a été envoyé à l'adresse enregistrée pour votre compte. Il est valable 12 heures.
           Cordialement,
           L'équipe d'assistance
           """, client="outlook", irt=(5256, "2025-04-10 15:31")))


# ==========================================================================
# subscription_activation
# ==========================================================================

mail("subscription_activation", True, "0150678", "auvergne-rhone-alpes", "esidoc", False, "fr",
     "Lycée agricole ordered Europresse yesterday, not visible yet: within the 72-hour window.",
     human(("Mireille Vidalenc", "mireille.vidalenc@educagri.fr"),
           "Europresse pas encore visible", "2025-04-02 11:08", """
           Bonjour,

           Nous avons commandé hier matin l'abonnement Europresse pour le CDI du lycée agricole d'Aurillac (<<0150678>>). Il n'apparaît pas encore dans nos ressources sur le portail. Faut-il faire une manipulation de notre côté ?

           Merci,
           Mireille Vidalenc
           """, client="thunderbird"))

mail("subscription_activation", False, None, "normandie", "esidoc", False, "fr",
     "Ordered before the holidays (more than two weeks ago) and still not active: past the 72-hour rule, a person must look. Region from ac-caen.fr (a Normandie domain).",
     human(("Florence Lemonnier", "florence.lemonnier@ac-caen.fr"),
           "Abonnement commandé le 4 avril toujours inactif", "2025-04-22 08:34", """
           Bonjour,

           Nous avons commandé le 4 avril, juste avant les vacances, l'abonnement à la ressource « Lumni Enseignement » pour notre CDI. De retour aujourd'hui, il est toujours marqué « en attente d'activation » dans Mes abonnements.

           Le bon de commande a bien été validé et l'engagement est passé. Pouvez-vous vérifier ce qui bloque ?

           Florence Lemonnier
           Collège Guy de Maupassant, Saint-Lô
           """, client="zimbra"))

mail("subscription_activation", True, None, "nouvelle-aquitaine", "esidoc", True, "fr",
     "UAI typed with a wrong check letter (the digits 0870946 call for another letter): no UAI, region from ac-limoges.fr. Subscription ordered yesterday, still within 72 hours.",
     human(("Thierry Peyrat", "thierry.peyrat@ac-limoges.fr"),
           "Activation abonnement", "2025-04-03 15:50", """
           Bonjour,

           Commande passée hier après-midi pour l'abonnement Cafeyn de l'EREA (<<0870946!>>). La ressource n'est pas encore disponible, j'imagine qu'il y a un délai ?

           Cordialement,
           T. Peyrat
           """, client="outlook"))

mail("subscription_activation", True, "0132875", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
     "Asks how to publish an active resource so that pupils see it in the ENT: publication step of a subscription.",
     human(("Nicole Ferrandi", "nicole.ferrandi@ac-aix-marseille.fr"),
           "Rendre la ressource visible aux élèves", "2025-04-24 09:57", """
           Bonjour,

           Notre abonnement « Encyclopædia Universalis » est bien actif : je le vois dans l'interface de gestion. En revanche, les élèves de l'EREA ne le trouvent pas quand ils passent par l'ENT.

           Y a-t-il une étape de publication à faire ? Je ne trouve pas où.

           Merci de votre aide,
           Nicole Ferrandi
           EREA de Marseille – <<0132875>>
           """, client="zimbra"))

mail("subscription_activation", True, "0801264", "hauts-de-france", "esidoc", True, "fr",
     "Reply on an invoice ticket (quoted history about billing) but the new question is a subscription paid yesterday and not yet visible: subscription_activation, within 72 hours.",
     human(("Sébastien Delattre", "sebastien.delattre@ac-amiens.fr"),
           "Re: [#SUP-005219] Facture abonnement 2025", "2025-04-09 14:11", """
           Bonjour,

           Merci, la facture est bien arrivée sur Chorus et elle est payée depuis hier.

           Par contre la ressource elle-même n'apparaît toujours pas sur notre portail, alors que la commande est validée depuis hier matin. Est-ce que l'activation est automatique après le paiement, ou faut-il vous la demander ?

           S. Delattre
           Collège Jules Verne, Abbeville (<<0801264>>)

           Le 07/04/2025 à 10:25, Assistance a écrit :
           > Bonjour,
           >
           > La facture de votre abonnement a été déposée ce jour sur Chorus Pro
           > sous le numéro F-2025-000688. Le délai de paiement est de 30 jours.
           >
           > Cordialement,
           > L'équipe d'assistance
           """, client="thunderbird", irt=(5219, "2025-04-07 10:25")))

mail("subscription_activation", True, "0754387", "ile-de-france", "esidoc", False, "en",
     "English; a private school's subscription ordered two days ago is not active yet: within 72 hours.",
     human(("Oliver Grant", "o.grant@ecole-internationale-paris-prive.fr"),
           "Subscription not active yet", "2025-04-10 17:22", """
           Hello,

           We ordered the Cafeyn press subscription for our library on Tuesday (order confirmed the same day), but it still doesn't show up on our e-sidoc portal.

           Is this normal? How long does activation usually take?

           School code: <<0754387>>

           Thanks,
           Oliver Grant
           Librarian
           """, client="gmail"))

mail("subscription_activation", True, "0572341", "grand-est", "esidoc", False, "fr",
     "EREA: the resource ordered on Monday is missing from the resource tiles on Wednesday: within the window.",
     human(("Danièle Schneider", "daniele.schneider@ac-nancy-metz.fr"),
           "Ressource absente de la mosaïque", "2025-04-30 10:31", """
           Bonjour,

           Nous avons commandé lundi la ressource « Je Lis Ado » pour l'EREA de Sarreguemines (<<0572341>>). Elle n'apparaît pas encore dans la mosaïque des ressources de notre portail. Est-ce qu'elle va s'afficher toute seule ?

           Bonne journée,
           Danièle Schneider
           Enseignante spécialisée, référente CDI
           """, client="zimbra"))

mail("subscription_activation", True, "0501786", "normandie", "esidoc", False, "fr",
     "Maritime school: renewal ordered yesterday still shown as expired in 'Mes abonnements'. Non-académie domain, region from the UAI.",
     human(("Yvonne Hamel", "cdi@lpm-cherbourg.fr"),
           "Renouvellement pas pris en compte", "2025-04-24 09:15", """
           Bonjour,

           Renouvellement de l'abonnement presse commandé hier, mais « Mes abonnements » affiche toujours « expiré depuis le 31/03 ». Les élèves ne peuvent plus lire les journaux en ligne. Est-ce que ça va se mettre à jour ?

           Yvonne Hamel
           CDI – Lycée professionnel maritime de Cherbourg (<<0501786>>)
           """, client="outlook"))

mail("subscription_activation", True, None, "bourgogne-franche-comte", "esidoc", False, "fr",
     "A complaint that is really a request: 'we paid and nothing works' about a subscription ordered last night; within 72 hours. Region from ac-dijon.fr.",
     human(("Marc Girardot", "marc.girardot@ac-dijon.fr"),
           "On paie et rien ne marche", "2025-04-30 08:19", """
           Bonjour,

           Je commence à en avoir assez. Hier soir j'ai commandé et réglé l'abonnement à la ressource de presse pour le CDI, et ce matin les élèves tombent sur une page « accès non autorisé ». On paie, et rien ne marche.

           Merci de m'activer ça au plus vite, j'ai une classe entière qui attend pour un exposé.

           M. Girardot
           Collège de Montbard
           """, client="outlook"))


# ==========================================================================
# transfer_incident
# ==========================================================================

mail("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
     "'Licence expirée' at start-up since the spring break, transfers to EcoleDirecte stopped: licence to regenerate. Private school, no UAI.",
     human(("Secrétariat Notre-Dame de la Merci", "secretariat@ndmerci-laval.fr"),
           "Licence expirée – plus de transferts", "2025-04-23 08:14", """
           Bonjour,

           Depuis la rentrée des vacances, au lancement de Charlemagne, on a un message « Licence expirée. Contactez votre revendeur. » et les transferts vers EcoleDirecte ne partent plus. Les professeurs ne voient plus les emplois du temps à jour.

           Pouvez-vous nous régénérer la licence ?

           Merci,
           Le secrétariat
           """, client="outlook"))

mail("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
     "Asks for 'le code du jour' to run the maintenance of the school-management base: the daily maintenance password is transfer_incident per the taxonomy, not password_reset.",
     human(("Thibault Renard", "informatique@saintmartin-pontoise-prive.fr"),
           "Code du jour pour la maintenance", "2025-04-03 07:41", """
           Bonjour,

           Pour lancer la réparation de la base après la coupure électrique d'hier, l'utilitaire de maintenance me demande « le mot de passe du jour ». Je ne l'ai évidemment pas. Pouvez-vous me le communiquer, ou me rappeler au 01 34 .. .. .. ?

           Tant que la base n'est pas réparée, plus aucun transfert ne part vers EcoleDirecte.

           Thibault Renard
           Technicien informatique
           """, client="thunderbird"))

mail("transfer_incident", False, "0693584", "auvergne-rhone-alpes", "ecoledirecte", False, "fr",
     "French mail quoting the English transfer error ('Connection to server failed: SSL handshake timed out'); transfers failing since the new router.",
     human(("Agnès Perrin", "a.perrin@lycee-prive-lassalle-lyon.fr"),
           "Erreur de transfert après changement de box", "2025-04-04 16:55", """
           Bonjour,

           Depuis l'installation de la nouvelle box par notre prestataire mercredi, les transferts vers EcoleDirecte échouent. Dans le journal, je lis à chaque tentative :

           "Connection to server failed: SSL handshake timed out (error 10060). Transfer aborted."

           Le reste d'Internet fonctionne normalement sur le poste. Faut-il ouvrir un port particulier ?

           Lycée privé La Salle, Lyon – UAI <<0693584>>

           Agnès Perrin
           Directrice adjointe
           """, client="outlook"))

mail("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
     "A maison familiale rurale moved its server during the holidays; the licence must be regenerated for the new machine before transfers resume.",
     human(("Didier Moulin", "mfr.lachataigneraie@mfr.asso.fr"),
           "Changement de serveur pendant les vacances", "2025-04-23 10:02", """
           Bonjour,

           Notre vieux serveur a rendu l'âme et nous en avons installé un nouveau pendant les vacances. Toute la base a été restaurée, mais le logiciel indique que la licence ne correspond pas à cette machine, et les synchronisations avec EcoleDirecte sont à l'arrêt.

           Que faut-il vous envoyer pour régénérer la licence ?

           Didier Moulin
           Directeur – MFR de la Châtaigneraie
           """, client="thunderbird"))

mail("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
     "Forward of a chain of three (a parent's complaint, the CPE, the deputy head) with a one-line question on top: grades no longer reach EcoleDirecte. Written by the head of a private school, but not a head-of-establishment request.",
     human(("Bénédicte Lacroix", "direction@college-saintfrancois-prive.fr"),
           "TR: Notes introuvables", "2025-04-24 12:36", """
           Vous pouvez regarder ? Les notes ne remontent plus depuis le 14.

           Début du message réexpédié :

           De: Jean-Philippe Rey <jp.rey@college-saintfrancois-prive.fr>
           Date: 24 avril 2025 à 11:02:18 UTC+2
           À: Bénédicte Lacroix <direction@college-saintfrancois-prive.fr>
           Objet: Tr: Notes introuvables

           Bénédicte, je confirme : rien n'est transféré depuis le lundi 14, j'ai regardé le journal des transferts, tout est en échec. Je n'ai pas la main pour aller plus loin.
           JP

           > Le 24 avr. 2025 à 09:47, CPE <cpe@college-saintfrancois-prive.fr> a écrit :
           >
           > Bonjour M. Rey, plusieurs familles de 4e appellent, elles ne voient plus aucune note depuis avant les vacances. Vous pouvez vérifier ?
           >
           >> Le 23 avr. 2025 à 20:15, Famille Morin <famillemorin@wanadoo.fr> a écrit :
           >>
           >> Bonjour, notre fille nous dit avoir eu deux contrôles avant les vacances mais nous ne voyons rien sur EcoleDirecte. Est-ce normal ?
           """, client="iphone"))

mail("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
     "A Windows update reset the scheduled task: the nightly transfers no longer run on their own.",
     human(("Hugo Blanc", "hugo.blanc@ensemble-scolaire-providence.fr"),
           "Transferts de nuit qui ne partent plus", "2025-04-09 08:20", """
           Bonjour,

           Depuis la grosse mise à jour Windows de la semaine dernière, les transferts nocturnes vers EcoleDirecte ne se font plus. Si je lance le transfert à la main, il passe. Je pense que la tâche planifiée a sauté, mais je ne sais pas avec quels paramètres la recréer (compte, heure, arguments).

           Pouvez-vous m'aider ?

           Hugo Blanc, informatique
           Ensemble scolaire de la Providence
           """, client="outlook"))

mail("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
     "After a power cut the base is 'locked by another user' and replication stops; transfers blocked.",
     human(("Claire Dubreuil", "compta@lycee-agricole-prive-stmaixent.fr"),
           "Base verrouillée, réplication bloquée", "2025-04-15 09:48", """
           Bonjour,

           Après la coupure de courant de ce week-end, la réplication ne se fait plus : le message dit « Base verrouillée par un autre utilisateur (poste SECRET-02) », alors que ce poste est éteint. Du coup plus rien ne part vers EcoleDirecte.

           Je n'ose pas supprimer de fichier sans vous demander. Que dois-je faire ?

           Claire Dubreuil
           Lycée agricole privé de Saint-Maixent
           """, client="thunderbird"))

mail("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
     "Mixes 'vous' and 'tu'; transfers fail with an English '401 Unauthorized' error.",
     human(("Maxime Garnier", "maxime.garnier@ogec-sacrecoeur-toulouse.fr"),
           "transfert KO 401", "2025-04-18 14:27", """
           Bonjour,

           Depuis midi tous nos transferts vers EcoleDirecte tombent en erreur avec « HTTP 401 Unauthorized ». Rien changé de notre côté, promis. Tu peux regarder si notre compte de transfert n'a pas été désactivé ? Je vous remercie d'avance, c'est la veille des vacances et les bulletins doivent partir.

           Maxime
           """, client="gmail"))

mail("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
     "The whole request is in a long subject (transfer failing since this morning with 'the transfer service does not answer'); the body only asks for a call back.",
     human(("École Sainte-Marie", "ecole.saintemarie.cholet@wanadoo.fr"),
           "Transfert EcoleDirecte en échec depuis ce matin – message « Le service de transfert ne répond pas » – école privée Sainte-Marie Cholet",
           "2025-04-28 11:06", """
           Merci de nous rappeler.
           """, client="oe"))


# ==========================================================================
# order_billing
# ==========================================================================

mail("order_billing", False, None, None, "esidoc", False, "fr",
     "Département buyer asks for a formal quote for the collèges' e-sidoc renewal, needed for the bon d'engagement in the first quarter of the budget year. No UAI, no region.",
     human(("Catherine Le Dû", "catherine.ledu@cotesdarmor.fr"),
           "Devis renouvellement e-sidoc – 47 collèges", "2025-04-01 09:20", """
           Bonjour,

           Le Département prend en charge cette année le renouvellement des abonnements e-sidoc de ses 47 collèges publics. Afin d'établir le bon d'engagement sur les crédits du premier trimestre, j'aurais besoin d'un devis global, avec le détail par établissement si possible.

           Le vote de la décision modificative étant prévu le 18 avril, un retour avant le 14 serait idéal.

           Bien cordialement,
           Catherine Le Dû
           Direction de l'éducation – Département des Côtes-d'Armor
           """, client="outlook"))

mail("order_billing", False, "0881349", "grand-est", "espace_acheteur", False, "fr",
     "Lycée agricole: the invoice on Chorus carries the EPL's SIRET instead of the lycée's, so it is rejected; asks for a corrected invoice.",
     human(("Éric Didier", "eric.didier@educagri.fr"),
           "Facture Chorus rejetée – mauvais SIRET", "2025-04-03 14:44", """
           Bonjour,

           La facture F-2025-000702 (commande Espace Acheteur du 12 mars) a été déposée sur Chorus avec le SIRET de l'EPLEFPA et non celui du lycée agricole de Mirecourt (<<0881349>>). Notre agence comptable l'a rejetée.

           Pouvez-vous émettre une facture rectificative avec le bon SIRET ? Je vous le redonne : 198 808 ... (voir notre fiche structure).

           Merci,
           Éric Didier
           Secrétaire général
           """, client="thunderbird"))

mail("order_billing", False, None, None, "espace_acheteur", False, "fr",
     "A Région buyer cannot validate the basket (the 'Valider ma commande' button stays greyed out).",
     human(("Julien Marty", "julien.marty@laregion.fr"),
           "Bouton « Valider ma commande » grisé", "2025-04-07 15:03", """
           Bonjour,

           Je prépare sur l'Espace Acheteur la commande de tableaux numériques pour six lycées de l'Aude. Le panier est complet, les adresses de livraison renseignées, mais le bouton « Valider ma commande » reste grisé, sans aucun message d'erreur.

           Le montant dépasse-t-il un plafond ? Y a-t-il une étape que j'aurais manquée ?

           Julien Marty
           Direction de l'éducation et des lycées – Région Occitanie
           """, client="outlook"))

mail("order_billing", False, None, None, "esidoc", False, "fr",
     "Private school asks which payment means are accepted (card, transfer) and for bank details.",
     human(("Comptabilité Saint-Dominique", "compta@stdominique-privee.fr"),
           "Moyens de paiement", "2025-04-08 10:22", """
           Bonjour,

           Nous sommes un établissement privé sous contrat et nous n'utilisons pas Chorus. Pour régler l'abonnement e-sidoc, pouvons-nous payer par virement ? Si oui, pourriez-vous nous transmettre un RIB ? Et le paiement par carte est-il possible ?

           Cordialement,
           Le service comptable
           """, client="roundcube"))

mail("order_billing", False, "0871234", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
     "Two topics: a quote request for a new order (first, main) and who the structure administrator is (account_creation); one template answers only half.",
     human(("Patricia Lavaud", "patricia.lavaud@ac-limoges.fr"),
           "Devis + question administrateur", "2025-04-09 11:57", """
           Bonjour,

           Pourriez-vous m'établir un devis pour 25 licences du logiciel de gestion de bibliothèque (lot 4 du marché) ? J'en ai besoin pour engager la dépense avant le 30 avril.

           Autre chose : un collègue voudrait s'inscrire sur l'Espace Acheteur mais ne sait pas qui valide les comptes chez nous. Pouvez-vous nous dire qui est l'administrateur de notre structure ?

           Merci,
           Patricia Lavaud
           EREA de Limoges – <<0871234>>
           """, client="zimbra"))

mail("order_billing", False, "0622587", "hauts-de-france", "espace_acheteur", True, "fr",
     "Forward of a chain of three (Région finance service, the lycée, the accounting agent) with one line on top: the invoice must be reissued in the Région's name.",
     human(("Marie Dhainaut", "marie.dhainaut@ac-lille.fr"),
           "TR: Facture F-2025-000655", "2025-04-10 09:12", """
           Pouvez-vous refaire cette facture au nom de la Région, comme indiqué ci-dessous ?

           -------- Message transféré --------
           Sujet : RE: Facture F-2025-000655
           Date : Wed, 9 Apr 2025 16:40:11 +0200
           De : Agence comptable <agence.comptable.lyc-calais@ac-lille.fr>
           Pour : Marie Dhainaut <marie.dhainaut@ac-lille.fr>

           Madame Dhainaut,
           Comme l'indique la Région, la dépense est portée directement par elle. Je ne peux pas mettre en paiement une facture établie au nom du lycée.
           L'agent comptable

           -------- Message transféré --------
           Sujet : Facture F-2025-000655
           Date : Wed, 9 Apr 2025 10:05:47 +0200
           De : Service finances lycées <finances.lycees@hautsdefrance.fr>
           Pour : Agence comptable <agence.comptable.lyc-calais@ac-lille.fr>

           Bonjour,
           Les équipements de la commande EA-2025-03-01544 (lycée professionnel maritime de Boulogne, <<0622587>>) relèvent du plan régional d'équipement : la facture doit être établie au nom de la Région Hauts-de-France et déposée sur Chorus à notre SIRET.
           Cordialement,
           Service finances des lycées

           -------- Message d'origine --------
           De : Marie Dhainaut
           Date : Tue, 8 Apr 2025 17:22:03 +0200
           Pour : finances.lycees@hautsdefrance.fr

           Bonjour, nous avons reçu la facture ci-jointe pour les équipements de l'atelier. Qui doit la régler ?
           """, client="thunderbird"))

mail("order_billing", False, "0311764", "occitanie", "esidoc", False, "fr",
     "CFA asks for a pro-forma quote before its board votes the budget.",
     human(("Régis Fourcade", "r.fourcade@cfa-agricole-31.fr"),
           "Demande de devis pro forma", "2025-04-02 16:06", """
           Bonjour,

           Notre conseil de perfectionnement vote le budget le 15 avril. Pourriez-vous nous adresser d'ici là un devis pro forma pour un abonnement e-sidoc (formule « centre de ressources », 1 site) ?

           CFA agricole de la Haute-Garonne – UAI <<0311764>>

           Cordialement,
           Régis Fourcade
           Responsable administratif
           """, client="outlook"))

mail("order_billing", False, None, None, "esidoc", False, "en",
     "English; a private school's outside accountants ask for copies of the first-quarter invoices.",
     human(("Fiona Walsh", "fiona.walsh@bcw-accountants.co.uk"),
           "Invoice copies Q1 2025 - Ecole Bilingue Jeanne d'Arc", "2025-04-14 11:48", """
           Dear Sir or Madam,

           We act as external accountants for the École Bilingue Jeanne d'Arc (private school under contract). For the first-quarter closing we are missing the invoices for the library portal subscription and the related services billed between January and March 2025.

           Could you please send us copies, or confirm the invoice numbers and amounts so that we can reconcile the payments?

           Kind regards,
           Fiona Walsh
           BCW Accountants
           """, client="outlook"))

mail("order_billing", False, "0332984", "nouvelle-aquitaine", "esidoc", False, "fr",
     "A complaint that is really a request: the subscription was paid twice (mandat administratif and card); asks for a refund.",
     human(("Josette Larrieu", "josette.larrieu@ac-bordeaux.fr"),
           "Payé deux fois !", "2025-04-16 13:33", """
           Bonjour,

           Je constate que l'abonnement e-sidoc 2025 du collège a été payé deux fois : une fois par mandat administratif le 28 mars, une fois par carte le 2 avril par ma collègue qui pensait bien faire. Ce n'est pas la première fois que votre système de relance nous induit en erreur.

           Merci de procéder au remboursement du second paiement (179 €) sur le compte de l'établissement.

           Josette Larrieu
           Gestionnaire – Collège François Mauriac, <<0332984>>
           """, client="outlook"))

mail("order_billing", False, "0191427", "nouvelle-aquitaine", "esidoc", False, "fr",
     "EREA: the bon d'engagement number changed with the 2025 budget; asks to update it on the pending order and its invoice. Sent from Outlook Express, iso-8859-1 8-bit.",
     human(("Bernadette Chastang", "bernadette.chastang@ac-limoges.fr"),
           "Nouveau numéro d'engagement 2025", "2025-04-11 10:37", """
           Bonjour,

           Suite à l'adoption du budget 2025, le numéro d'engagement que je vous avais donné pour notre commande de renouvellement (2024-EREA-118) n'est plus valable. Le nouveau est 2025-EREA-023.

           Pouvez-vous le reporter sur la commande en cours et sur la facture, sans quoi l'agence comptable ne pourra pas payer ?

           Merci par avance.

           B. Chastang
           EREA d'Égletons - <<0191427>>
           """, client="oe"))


# ==========================================================================
# contract_documents
# ==========================================================================

mail("contract_documents", False, None, None, "espace_acheteur", False, "fr",
     "A Région buyer cannot see the CCTP of the laptops market for lycées in 'Mes Marchés'. Non-académie domain, no region.",
     human(("Élise Carré", "elise.carre@bretagne.bzh"),
           "CCTP du marché ordinateurs portables introuvable", "2025-04-02 14:14", """
           Bonjour,

           Dans « Mes Marchés », le marché 2024-087 « Ordinateurs portables pour lycées » apparaît bien, mais l'onglet Documents ne contient que l'acte d'engagement. Le CCTP et le bordereau de prix sont absents, alors que j'en ai besoin pour vérifier les configurations avant de commander pour la rentrée.

           Pouvez-vous les rendre visibles ?

           Élise Carré
           Service des équipements des lycées – Région Bretagne
           """, client="outlook"))

mail("contract_documents", False, None, None, "espace_acheteur", False, "fr",
     "Département buyer: amendment no. 3 of the collèges' furniture market is missing from the contract documents.",
     human(("Arnaud Poulain", "arnaud.poulain@somme.fr"),
           "Avenant n°3 manquant – mobilier collèges", "2025-04-08 11:01", """
           Bonjour,

           Le titulaire du marché de mobilier scolaire nous annonce une révision de prix au 1er avril, « conformément à l'avenant n°3 ». Or cet avenant n'apparaît pas dans les documents du marché sur l'Espace Acheteur (nous n'avons que les avenants 1 et 2).

           Merci de le mettre en ligne ou de nous l'envoyer.

           Arnaud Poulain
           Direction des collèges – Département de la Somme
           """, client="outlook"))

mail("contract_documents", False, "0231187", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
     "Lycée agricole: the signed membership convention does not appear among the structure's documents.",
     human(("Monique Lagrange", "monique.lagrange@educagri.fr"),
           "Convention d'adhésion non visible", "2025-04-09 09:29", """
           Bonjour,

           Nous avons signé la convention d'adhésion à la centrale en février. Elle n'apparaît nulle part dans notre espace : ni dans « Mes documents », ni dans les pièces de la structure. L'agent comptable en a besoin pour le dossier de fin de trimestre.

           Lycée agricole d'Ahun (<<0231187>>)

           Monique Lagrange, gestionnaire
           """, client="thunderbird"))

mail("contract_documents", False, None, "normandie", "espace_acheteur", False, "fr",
     "French mail quoting the English error page ('403 Forbidden') shown when opening the documents of a market. Region from ac-rouen.fr.",
     human(("Pierre Lemaître", "pierre.lemaitre@ac-rouen.fr"),
           "Erreur en ouvrant les pièces du marché", "2025-04-15 15:58", """
           Bonjour,

           Quand je clique sur un document du marché 2025-014 (fournitures de laboratoire), j'obtiens une page blanche avec :

           403 Forbidden
           You don't have permission to access this document on this server.

           C'est la même chose pour toutes les pièces de ce marché, les autres marchés s'ouvrent normalement. Pourriez-vous vérifier nos droits ?

           Pierre Lemaître
           Gestionnaire, lycée Jean Prévost
           """, client="zimbra"))

mail("contract_documents", False, "0641893", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
     "Contrast: 'ce n'est pas la facture qui me manque' — it is the signed acte d'engagement of the market: contract_documents, not order_billing.",
     human(("Maité Etcheverry", "maite.etcheverry@ac-bordeaux.fr"),
           "Pas la facture : l'acte d'engagement", "2025-04-17 11:23", """
           Bonjour,

           Votre collègue m'a renvoyé hier une copie de la facture, merci, mais ce n'est pas la facture qui me manque : c'est l'acte d'engagement signé du marché de restauration collective, que l'agent comptable me réclame pour justifier le paiement. Je ne le trouve pas parmi les documents du marché.

           Pouvez-vous le mettre à disposition ?

           Maité Etcheverry
           Adjointe gestionnaire – Lycée agricole d'Oloron, <<0641893>>
           """, client="outlook"))

mail("contract_documents", False, None, None, "espace_acheteur", False, "fr",
     "CFA: the signed group-purchasing convention is not in the Documents tab.",
     human(("Annie Ferrand", "a.ferrand@cfa-cma-nievre.fr"),
           "Convention de groupement absente", "2025-04-18 10:44", """
           Bonjour,

           Nous avons rejoint le groupement de commandes pour les équipements d'atelier en mars. Je ne retrouve pas la convention de groupement signée dans l'onglet « Documents » de notre espace, seulement le formulaire d'adhésion.

           Est-ce normal ? Pourriez-vous l'y ajouter ?

           Annie Ferrand
           CFA de la Chambre de métiers de la Nièvre
           """, client="roundcube"))

mail("contract_documents", False, None, None, "espace_acheteur", False, "fr",
     "Long subject (market certificates missing since the migration to the new Espace Acheteur) and an almost empty body. Private school, no UAI.",
     human(("Jean-Baptiste Noël", "jb.noel@institution-saintjoseph-prive.fr"),
           "Depuis la migration vers le nouvel Espace Acheteur, les attestations et certificats administratifs de nos marchés ne sont plus visibles dans Mes Marchés",
           "2025-04-29 16:20", """
           Merci de regarder.
           JB Noël
           """, client="iphone"))


if __name__ == "__main__":
    sys.exit(main())
