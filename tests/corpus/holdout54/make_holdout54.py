#!/usr/bin/env python3
"""Build the holdout54 blind test corpus: h001.eml ... h150.eml and labels.jsonl.

Theme: late January to mid-February 2026, Ile-de-France, Hauts-de-France and
Grand Est, seen from the school-management software side (EcoleDirecte and the
transfers between the school-management software and the platforms): the
first-semester / second-term report cards, the orientation period, the budget
vote, transfer failures, licences, the daily maintenance password, imports of
pupils and classes, plus the usual desk traffic.

Every mail text below was written by hand; the script only adds the transport
headers, the MIME structure and the encodings.  Standard library only, Python
3.11, deterministic (one random.Random with a fixed seed, rebuilt for each
run).  Run it from anywhere: it writes next to itself and then checks what it
wrote.
"""

import base64
import email
import email.policy
import email.utils
import html
import json
import quopri
import random
import re
import struct
import sys
import zlib
from datetime import datetime, timedelta, timezone
from email.header import Header
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20260154
SUPPORT = "support@assistance.example.fr"
SUPPORT_NAME = "Assistance"
CET = timezone(timedelta(hours=1))
UTC = timezone.utc
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

CATEGORIES = {
    "password_reset": "auto_reply",
    "missing_noreply_mail": "auto_reply",
    "mailinblack_spam": "auto_reply",
    "head_of_establishment_request": "human_review",
    "account_creation": "auto_reply_or_human_review",
    "subscription_activation": "auto_reply",
    "order_billing": "human_review",
    "contract_documents": "human_review",
    "transfer_incident": "human_review",
    "automated": "ignore",
    "other": "human_review",
}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature", None}
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
DEPT_REGION = {}
DOMAIN_REGION = {}
for _slug, (_deps, _doms) in REGIONS.items():
    for _d in _deps.split():
        DEPT_REGION["0" + _d if len(_d) == 2 else _d] = _slug
    for _dom in _doms.split():
        DOMAIN_REGION[_dom] = _slug


def uai_ok(code):
    """True when code is 7 digits and the right check letter."""
    code = code.upper()
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and LETTERS[int(code[:7]) % 23] == code[7]


def region_of_uai(code):
    return DEPT_REGION.get(code[:3])


def region_of_address(address):
    dom = address.rsplit("@", 1)[-1].lower().strip(">")
    for acad, slug in DOMAIN_REGION.items():
        if dom == acad or dom.endswith("." + acad):
            return slug
    return None


# ---------------------------------------------------------------- randomness

RNG = random.Random(SEED)


def reset_rng():
    global RNG
    RNG = random.Random(SEED)


def hexs(n, upper=False):
    s = "".join(RNG.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n):
    return "".join(RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(n))


def ip(doc=None):
    net = doc or RNG.choice(["192.0.2", "198.51.100", "203.0.113"])
    return "%s.%d" % (net, RNG.randint(2, 250))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], RNG.choice("89ab"), h[17:20], h[20:32])


# ---------------------------------------------------------------- dates

def when(s, tz=CET):
    """'2026-01-26 08:14' (local time, CET) -> aware datetime."""
    d = datetime.strptime(s, "%Y-%m-%d %H:%M")
    return d.replace(tzinfo=CET, second=RNG.randint(0, 59)).astimezone(tz)


def rfc_date(dt):
    return email.utils.format_datetime(dt)


FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


# ---------------------------------------------------------------- headers

def hdr(value, charset="utf-8"):
    """RFC 2047-encode a header value when it is not plain ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76).encode()


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    return email.utils.formataddr((name, address), charset=charset)


def fold(line):
    """Fold an address list or long header at commas / spaces (no encoding)."""
    if len(line) <= 78:
        return line
    out, cur = [], ""
    for tok in re.split(r"(?<=,) ", line):
        if cur and len(cur) + len(tok) + 1 > 76:
            out.append(cur)
            cur = tok
        else:
            cur = tok if not cur else cur + " " + tok
    out.append(cur)
    return "\n ".join(out)


# ---------------------------------------------------------------- MIME parts

class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of str (may contain '\n ' folds)
        self.body = body  # bytes with '\n' line ends (converted to CRLF at the end)


def _encode_body(s, charset, cte):
    if cte == "base64":
        raw = s.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset)
        return base64.encodebytes(raw).replace(b"\r\n", b"\n")
    raw = s.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            raw.decode("ascii")
        return raw
    raise ValueError(cte)


def flow(text, width=72):
    """format=flowed (RFC 3676): soft-wrap long lines, each soft break keeps a trailing space."""
    out = []
    for line in text.split("\n"):
        if line.startswith(("From ", " ")):
            line = " " + line  # space-stuffing
        if len(line) <= 78 or line.startswith(">"):
            out.append(line.rstrip(" ") if line.strip() != "--" else line)
            continue
        while len(line) > 78:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def text_part(s, sub="plain", charset="utf-8", cte="quoted-printable", flowed=False, quote_cs=True, extra=()):
    cs = '"%s"' % charset if quote_cs else charset
    ct = "Content-Type: text/%s; charset=%s" % (sub, cs)
    if flowed:
        ct += "; format=flowed"
    return Part([ct, "Content-Transfer-Encoding: " + cte] + list(extra), _encode_body(s, charset, cte))


def file_part(filename, data, ctype, cte="base64", inline=False, rfc2231=False, extra=()):
    if rfc2231:
        from urllib.parse import quote
        fn = "filename*=utf-8''" + quote(filename)
        nm = 'name="%s"' % hdr(filename)
    else:
        fn = 'filename="%s"' % filename
        nm = 'name="%s"' % filename
    disp = "inline" if inline else "attachment"
    headers = ["Content-Type: %s;\n %s" % (ctype, nm),
               "Content-Disposition: %s;\n %s" % (disp, fn),
               "Content-Transfer-Encoding: " + cte] + list(extra)
    if cte == "base64":
        body = base64.encodebytes(data).replace(b"\r\n", b"\n")
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
    else:
        body = data
    return Part(headers, body)


def multipart(sub, parts, boundary, preamble=None, params="", extra=()):
    headers = ['Content-Type: multipart/%s;%s\n boundary="%s"' % (sub, params, boundary)] + list(extra)
    chunks = []
    if preamble:
        chunks.append(preamble.encode("ascii") + b"\n")
    for i, p in enumerate(parts):
        chunks.append((b"\n--" if (i or preamble) else b"--") + boundary.encode() + b"\n")
        chunks.append("\n".join(p.headers).encode("ascii") + b"\n\n")
        body = p.body if p.body.endswith(b"\n") else p.body + b"\n"
        chunks.append(body)
    chunks.append(b"\n--" + boundary.encode() + b"--\n")
    return Part(headers, b"".join(chunks))


def message(headers, part, extra_bytes=b""):
    """headers: list[str]; part: the body Part (its headers are appended)."""
    head = "\n".join([h for h in headers if h] + part.headers)
    data = head.encode("utf-8") + b"\n\n" + part.body + extra_bytes
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


# ---------------------------------------------------------------- small binary files

def png(width=96, height=54, accent=(200, 40, 40)):
    """A tiny 'screenshot': grey window, title bar, a coloured message box."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            if y < 6:
                px = (40, 90, 160)
            elif height // 3 <= y <= 2 * height // 3 and width // 5 <= x <= 4 * width // 5:
                px = accent if (y == height // 3 or y == 2 * height // 3) else (250, 250, 250)
                if y == height // 2 and width // 4 < x < width // 4 + RNG.randint(20, 40):
                    px = (20, 20, 20)
            else:
                g = 226 + RNG.randint(0, 3)
                px = (g, g, g)
            row.extend(px)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def pdf(lines, title="Document"):
    """A minimal one-page PDF that shows the given lines (Latin-1 text)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 56 780 Td 14 TL\n" + "".join("(%s) '\n" % esc(l) for l in lines) + "ET"
    sb = stream.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(sb) + sb + b"\nendstream",
        ("<< /Title (%s) /Producer (Microsoft Word) >>" % esc(title)).encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


# ---------------------------------------------------------------- HTML renderings

def _lines_to_blocks(text):
    """Split text into (is_quote, lines) blocks on '>' prefixes."""
    blocks = []
    for line in text.split("\n"):
        q = line.startswith(">")
        content = re.sub(r"^> ?", "", line) if q else line
        if blocks and blocks[-1][0] == q:
            blocks[-1][1].append(content)
        else:
            blocks.append((q, [content]))
    return blocks


def outlook_html(text):
    style = ('<style><!--\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
             '@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
             'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
             '\tfont-family:"Calibri",sans-serif;}\n'
             'span.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:"Calibri",sans-serif;\n\tcolor:windowtext;}\n'
             '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}\n'
             'div.WordSection1\n\t{page:WordSection1;}\n--></style>')
    body = []
    for line in text.split("\n"):
        if line.strip() == "":
            body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif re.match(r"^(De|From|Envoy|Sent|À|To|Cc|Objet|Subject)\s?:", line) and ":" in line[:12]:
            k, v = line.split(":", 1)
            body.append('<p class="MsoNormal"><b>%s:</b>%s<o:p></o:p></p>' % (html.escape(k, quote=False), html.escape(v, quote=False)))
        else:
            body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % html.escape(line, quote=False))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n' + style +
            '\n</head>\n<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + "\n".join(body) + "\n</div>\n</body>\n</html>\n")


def gmail_html(text):
    out = ['<div dir="ltr">']
    for q, lines in _lines_to_blocks(text):
        inner = "".join("<div>%s</div>" % (html.escape(l, quote=False) if l.strip() else "<br>") for l in lines)
        if q:
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append(inner)
    out.append("</div>")
    return "\n".join(out) + "\n"


def simple_html(text, font="arial, helvetica, sans-serif; font-size: 12pt; color: #000000"):
    out = ['<html><body><div style="font-family: %s">' % font]
    for q, lines in _lines_to_blocks(text):
        inner = "\n".join("<div>%s</div>" % (html.escape(l, quote=False) if l.strip() else "<br>") for l in lines)
        out.append('<blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;">%s</blockquote>'
                   % inner if q else inner)
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def apple_html(text):
    out = ['<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body dir="auto">']
    for q, lines in _lines_to_blocks(text):
        inner = "<br>".join(html.escape(l, quote=False) for l in lines)
        out.append('<blockquote type="cite"><div dir="ltr">%s</div></blockquote>' % inner if q
                   else '<div dir="ltr">%s</div>' % inner)
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- transport

def relay_for(address):
    dom = address.rsplit("@", 1)[1].lower()
    if dom == "gmail.com":
        return "mail-wm1-f%d.google.com" % RNG.randint(41, 99), "209.85.128.%d" % RNG.randint(20, 200)
    if dom in ("orange.fr", "wanadoo.fr"):
        return "smtp-%d.orange.fr" % RNG.randint(10, 30), ip("198.51.100")
    if dom in ("outlook.fr", "hotmail.fr", "outlook.com"):
        return "EUR05-DB8-obe.outbound.protection.outlook.com", ip("203.0.113")
    if dom in ("free.fr",):
        return "smtp%d-g21.free.fr" % RNG.randint(1, 6), ip("192.0.2")
    if dom.startswith("ac-"):
        return "smtp%d.%s" % (RNG.randint(1, 6), dom), ip("192.0.2")
    return "mail.%s" % dom, ip()


def transport(frm_addr, dt, auth="pass", relay=None, return_path=None, to=SUPPORT):
    host, hip = relay or relay_for(frm_addr)
    dom = frm_addr.rsplit("@", 1)[1].lower()
    qid = alnum(15)
    rp = frm_addr if return_path is None else return_path
    arrived = dt + timedelta(seconds=RNG.randint(2, 40))
    if auth == "pass":
        ar = ("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=%s;\n"
              "\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s" % (dom, dom, dom))
    elif auth == "none":
        ar = ("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=pass smtp.helo=%s;\n"
              "\tdmarc=none" % host)
    else:
        ar = "Authentication-Results: mx1.assistance.example.fr;\n\t" + auth
    return [
        "Return-Path: <%s>" % rp,
        "Delivered-To: " + to,
        "Received: from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n"
        "\tfor <%s>; %s" % (host, host, hip, qid, to, rfc_date(arrived.astimezone(CET)).replace(" +0100", " +0100 (CET)")),
        ar,
    ]


# ---------------------------------------------------------------- clients

def _msgid(client, address, dt):
    dom = address.rsplit("@", 1)[1]
    if client == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (alnum(2), alnum(44))
    if client == "o365":
        box = "PAXP193MB%04d" % RNG.randint(1000, 9999)
        return "<%s%s@%s.EURP193.PROD.OUTLOOK.COM>" % (box, hexs(24, True), box)
    if client in ("outlook", "outlook_html"):
        return "<%s$%s$%s@%s>" % ("0000" + hexs(2) + "01dc" + hexs(4), hexs(8), hexs(8), dom)
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randint(10 ** 8, 10 ** 9), RNG.randint(10 ** 5, 10 ** 6),
                                                 int(dt.timestamp() * 1000), dom)
    if client == "apple":
        return "<%s@%s>" % (uuid4().upper(), dom)
    if client == "android":
        return "<%s@%s>" % (alnum(32), "PR3P193MB0" + str(RNG.randint(100, 999)) + ".EURP193.PROD.OUTLOOK.COM")
    return "<%s@%s>" % (uuid4(), dom)


def send(frm, subject, body, date, client="thunderbird", to=None, cc=None, reply_to=None, html_body=None,
         attachments=(), charset=None, cte=None, irt=None, refs=None, auth="pass", extra=(), html_only=False,
         text_only=False, relay=None, return_path=None, ua=None, lang="fr", subject_charset="utf-8",
         tz=None, boundary_style=None):
    """A person's message. frm = (name, address); body = plain text with '\n'."""
    name, address = frm
    tz = tz or (UTC if client == "o365" else CET)
    dt = when(date, tz)
    to_h = to if to is not None else addr(SUPPORT_NAME, SUPPORT)
    headers = transport(address, dt, auth=auth, relay=relay, return_path=return_path)
    h_from = "From: " + addr(name, address, charset=subject_charset if subject_charset != "utf-8" else "utf-8")
    common = [h_from, "To: " + fold(to_h)]
    if cc:
        common.append("Cc: " + fold(cc))
    if reply_to:
        common.append("Reply-To: " + reply_to)
    common.append("Subject: " + hdr(subject, subject_charset))
    common.append("Date: " + rfc_date(dt))
    common.append("Message-ID: " + _msgid(client, address, dt))
    if irt:
        common.append("In-Reply-To: " + irt)
        common.append("References: " + fold(refs or irt))
    cs = charset or {"outlook": "windows-1252", "outlook_html": "windows-1252"}.get(client, "utf-8")
    if cte is None:
        cte = {"thunderbird": "8bit", "android": "base64"}.get(client, "quoted-printable")
        try:
            body.encode("ascii")
            if client in ("thunderbird", "gmail", "plain"):
                cte = "7bit"
        except UnicodeEncodeError:
            pass
    parts_att = [a for a in attachments]
    boundary_mixed = None

    if client == "thunderbird":
        common = ["Message-ID: " + _msgid(client, address, dt), "Date: " + rfc_date(dt), "MIME-Version: 1.0",
                  "User-Agent: " + (ua or "Mozilla Thunderbird"), "Content-Language: " + ("en-US" if lang == "en" else "fr")] + \
                 [h for h in common if not h.startswith(("Message-ID", "Date"))]
        main = text_part(flow(body), charset=cs.upper() if cs == "utf-8" else cs, cte=cte, flowed=(cte != "base64"),
                         quote_cs=False)
        if parts_att:
            boundary_mixed = "------------" + alnum(24)
            top = multipart("mixed", [main] + parts_att, boundary_mixed,
                            preamble="This is a multi-part message in MIME format.")
        else:
            top = main
        return message(headers + common + list(extra), top)

    if client in ("outlook", "o365", "outlook_html"):
        tidx = base64.b64encode(bytes(RNG.randint(0, 255) for _ in range(22))).decode()
        extra_ms = ["MIME-Version: 1.0"]
        if client == "outlook":
            extra_ms += ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: " + tidx,
                         "Content-Language: " + ("en-gb" if lang == "en" else "fr")]
        elif client == "outlook_html":
            extra_ms += ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: " + tidx,
                         "Content-Language: fr"]
        else:
            extra_ms = ["Thread-Topic: " + hdr(subject.replace("RE: ", "").replace("TR: ", "")), "Thread-Index: " + tidx,
                        "Accept-Language: fr-FR, en-US", "Content-Language: " + ("en-GB" if lang == "en" else "fr-FR"),
                        "X-MS-Has-Attach: " + ("yes" if parts_att else ""), "X-MS-TNEF-Correlator: ",
                        "MIME-Version: 1.0"]
        hb = html_body or outlook_html(body)
        if cs != "utf-8":
            hb = hb.replace("charset=utf-8", "charset=" + cs)
        bnd = "----=_NextPart_000_%04X_01DC%s.%s" % (RNG.randint(0, 65535), hexs(4, True), hexs(8, True))
        if client == "o365":
            bnd = "_000_%s_" % alnum(36)
        if client == "outlook_html":
            alt = text_part(hb, sub="html", charset=cs, cte="quoted-printable")
        else:
            alt = multipart("alternative", [text_part(body, charset=cs, cte=cte),
                                            text_part(hb, sub="html", charset=cs, cte="quoted-printable")],
                            bnd if not parts_att else bnd.replace("000", "001", 1) if client != "o365" else "_001_" + bnd[5:])
        if parts_att:
            top = multipart("mixed", [alt] + parts_att, bnd)
        else:
            top = alt
        return message(headers + common + extra_ms + list(extra), top)

    if client == "gmail":
        bnd = "000000000000" + hexs(16)
        txt = text_part(body, charset="UTF-8", cte=cte)
        if text_only:
            alt = txt
        else:
            alt = multipart("alternative", [txt, text_part(html_body or gmail_html(body), sub="html", charset="UTF-8",
                                                           cte="quoted-printable")], bnd)
        if parts_att:
            top = multipart("mixed", [alt] + parts_att, "000000000000" + hexs(16))
        else:
            top = alt
        return message(headers + ["MIME-Version: 1.0"] + common + list(extra), top)

    if client == "apple":
        bnd = "Apple-Mail-%s" % uuid4().upper()
        ua_h = ua or "X-Mailer: iPhone Mail (22D72)"
        txt = text_part(body, charset="utf-8", cte=cte, quote_cs=False)
        alt = multipart("alternative", [txt, text_part(html_body or apple_html(body), sub="html", charset="utf-8",
                                                       cte="quoted-printable", quote_cs=False)], bnd)
        if parts_att:
            top = multipart("mixed", [alt] + parts_att, "Apple-Mail-%s" % uuid4().upper())
        else:
            top = alt
        return message(headers + ["Content-Transfer-Encoding: 7bit" if False else "", "Mime-Version: 1.0 (1.0)"]
                       + common + [ua_h] + list(extra), top)

    if client == "zimbra":
        bnd = "=_%s" % uuid4()
        xm = ("X-Mailer: Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF134\n (Win)/9.0.0_ZEXTRAS_20240927)")
        txt = text_part(body, charset="utf-8", cte=cte, quote_cs=False)
        if html_only:
            alt = text_part(html_body or simple_html(body), sub="html", charset="utf-8", cte="quoted-printable",
                            quote_cs=False)
        else:
            alt = multipart("alternative", [txt, text_part(html_body or simple_html(body), sub="html", charset="utf-8",
                                                           cte="quoted-printable", quote_cs=False)], bnd)
        if parts_att:
            top = multipart("mixed", [alt] + parts_att, "=_%s" % uuid4())
        else:
            top = alt
        return message(headers + common + ["MIME-Version: 1.0", "X-Originating-IP: [10.%d.%d.%d]" % (
            RNG.randint(1, 250), RNG.randint(1, 250), RNG.randint(1, 250)), xm,
            "Thread-Topic: " + hdr(re.sub(r"^(RE|Re|TR|Fwd|TR ):\s*", "", subject)),
            "Thread-Index: " + alnum(28)] + list(extra), top)

    if client == "android":
        bnd = "_000_%s_" % alnum(32)
        txt = text_part(body, charset="utf-8", cte="base64")
        hb = html_body or ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
                           '<body>\n' + "".join('<div dir="auto">%s</div>\n' % (html.escape(l, quote=False) or "<br>")
                                                for l in body.split("\n")) + "</body>\n</html>\n")
        alt = multipart("alternative", [txt, text_part(hb, sub="html", charset="utf-8", cte="base64")], bnd)
        if parts_att:
            top = multipart("mixed", [alt] + parts_att, "_004_%s_" % alnum(32))
        else:
            top = alt
        return message(headers + common + ["Accept-Language: fr-FR, en-US", "Content-Language: fr-FR",
                                           "X-MS-Has-Attach: " + ("yes" if parts_att else ""),
                                           "MIME-Version: 1.0"] + list(extra), top)

    if client == "plain":
        sub = "html" if html_only else "plain"
        main = text_part(html_body if html_only else body, sub=sub, charset=cs, cte=cte)
        if parts_att:
            top = multipart("mixed", [main] + parts_att, "=-%s" % alnum(20))
        else:
            top = main
        return message(headers + common + ["MIME-Version: 1.0"] + ([ua] if ua else []) + list(extra), top)

    raise ValueError(client)


# ---------------------------------------------------------------- registry

MAILS = {}


def mail(n, category, auto_reply_ok, uai, region, platform, hard, lang, notes, bad=()):
    """Register the builder of h{n:03}.eml with its label."""
    def deco(fn):
        assert n not in MAILS, n
        MAILS[n] = dict(label={"file": "h%03d.eml" % n, "category": category, "auto_reply_ok": auto_reply_ok,
                               "uai": uai, "region": region, "platform": platform, "hard": hard, "lang": lang,
                               "notes": notes}, build=fn, bad=tuple(bad))
        return fn
    return deco


def tkt(n):
    """Message-ID of one of our ticket mails: the same ticket always gives the same id."""
    return "<SUP-%06d.%d.%06x@assistance.example.fr>" % (n, 1768500000 + (n - 11300) * 6500, (n * 2654435761) % 0xFFFFFF)


def fr_quote_date(s):
    """'2026-01-27 10:12' -> 'mar. 27 janv. 2026 à 10:12' (Gmail French quote header)."""
    d = datetime.strptime(s, "%Y-%m-%d %H:%M")
    return "%s %d %s %d à %s" % (FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, d.strftime("%H:%M"))


def q(text):
    """Prefix every line with '> ' (quoted history)."""
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


# ====================================================================== MAILS

SIG_UAI = {}  # nothing: each mail writes its own signature


@mail(1, "transfer_incident", False, "0599709H", "hauts-de-france", "ecoledirecte", False, "fr",
      "Licence check fails at start-up of the transfer tool (code L-07), transfers stopped since Friday: licence to regenerate. Log lines pasted; first-semester councils coming.")
def _():
    body = """Bonjour,

Depuis vendredi soir les transferts vers EcoleDirecte ne passent plus. Au lancement de Charlemagne Outils nous avons ce message :

« Licence invalide ou expirée (code L-07). Le transfert EcoleDirecte est suspendu. Contactez votre assistance pour régénérer la licence. »

Voici le journal du transfert automatique de ce matin :

19/01/2026 06:00:02  Début du transfert automatique
19/01/2026 06:00:03  Vérification de la licence... ÉCHEC (L-07)
19/01/2026 06:00:03  Transfert annulé – aucune donnée envoyée

Les conseils de classe du 1er semestre commencent lundi prochain, les professeurs saisissent leurs appréciations en ce moment et les familles doivent voir les moyennes à jour sur EcoleDirecte. Pouvez-vous régénérer notre licence rapidement ?

Merci d'avance,

Nathalie Vandenbussche
Secrétariat élèves
Lycée privé Saint-Paul – Lille
UAI : 0599709H
Tél. : 03 20 57 41 12
"""
    return send(("Nathalie Vandenbussche", "secretariat.eleves@saintpaul-lille.fr"),
                "Licence EcoleDirecte expirée - transferts bloqués", body, "2026-01-19 08:47", client="outlook")


@mail(2, "password_reset", True, "0801083T", "hauts-de-france", "esidoc", False, "fr",
      "Forgotten e-sidoc back-office password (unused since Christmas); asks to confirm the login is the UAI. Plain FAQ reset case.")
def _():
    body = """Bonjour,

Je n'arrive plus à me connecter à l'administration de notre portail e-sidoc : « identifiant ou mot de passe incorrect ».
L'identifiant, c'est bien le numéro UAI du collège (0801083T) ? Si oui, c'est le mot de passe que j'ai oublié, je ne m'en suis pas servie depuis les vacances de Noël.

J'aimerais mettre en avant les ressources sur l'orientation avant la semaine des métiers (à partir du 9 février), donc si je pouvais récupérer l'accès d'ici là ce serait parfait.

Merci par avance,
Hélène Caron
Professeure documentaliste
Collège Jules-Verne, Albert
"""
    return send(("Hélène Caron", "helene.caron3@ac-amiens.fr"), "accès admin e-sidoc", body,
                "2026-01-19 13:05", client="thunderbird")


@mail(3, "automated", False, None, "ile-de-france", None, False, "fr",
      "Exchange out-of-office in French (Auto-Submitted: auto-generated, X-Auto-Response-Suppress), answering one of our ticket mails. Region from the ac-creteil.fr sender.")
def _():
    dt = when("2026-01-19 16:22")
    frm = "sophie.ferrand@ac-creteil.fr"
    body = """Bonjour,

Je suis absente du lundi 19 au vendredi 23 janvier inclus (stage de formation).
Vos messages ne seront pas transférés.

Pour toute question urgente concernant la vie scolaire ou les transferts de notes, merci de vous adresser au secrétariat de direction au 01 48 70 22 15.

Cordialement,
Sophie Ferrand
Secrétaire de direction
"""
    top = multipart("alternative", [text_part(body), text_part(outlook_html(body), sub="html")],
                    "_000_%s_" % alnum(36))
    heads = transport(frm, dt) + [
        "From: " + addr("FERRAND Sophie", frm),
        "To: " + addr(SUPPORT_NAME, SUPPORT),
        "Subject: " + hdr("Réponse automatique : [#SUP-011342] Transfert EcoleDirecte - bulletins"),
        "Thread-Topic: " + hdr("[#SUP-011342] Transfert EcoleDirecte - bulletins"),
        "Date: " + rfc_date(dt.astimezone(UTC)),
        "Message-ID: " + _msgid("o365", frm, dt),
        "In-Reply-To: " + tkt(11342),
        "Auto-Submitted: auto-generated",
        "X-Auto-Response-Suppress: All",
        "X-MS-Exchange-Inbox-Rules-Loop: " + frm,
        "Content-Language: fr-FR",
        "MIME-Version: 1.0",
    ]
    return message(heads, top)


@mail(4, "transfer_incident", False, "0623577B", "hauts-de-france", "ecoledirecte", True, "fr",
      "SMS style, asks for 'le mdp de maintenance du jour' to repair the Charlemagne base: the daily maintenance password is transfer_incident per the taxonomy, not password_reset. UAI written with spaces ('0623 577 B').")
def _():
    body = """bjr,

besoin du mdp de maintenance du jour svp pour lancer la reparation de la base : charlemagne plante a l'ouverture du module notes depuis ce matin ("Index corrompu : table NOTES, relancez la maintenance"). du coup plus rien ne part sur ecoledirecte

conseils de classe S1 jeudi donc c un peu urgent...

etab Notre-Dame de Lorette, uai 0623 577 B
merci
Julien (info)
"""
    return send(("Julien Dequidt", "informatique@ndlorette-arras.fr"), "mdp maintenance", body,
                "2026-01-20 07:52", client="gmail", text_only=True)


@mail(5, "order_billing", False, "0543985N", "grand-est", "espace_acheteur", False, "fr",
      "Budget voted late (22 January); the gestionnaire needs a quote (devis) to raise the commitment, invoices to go through Chorus Pro.")
def _():
    body = """Bonjour,

Le budget 2026 du lycée a enfin été voté en conseil d'administration le 22 janvier (le vote de décembre n'avait pas pu avoir lieu, faute de quorum). Je peux donc maintenant engager les dépenses de l'année.

Pour établir le bon de commande, l'agence comptable me demande un devis au nom de l'établissement pour le renouvellement des abonnements du marché « Ressources documentaires » que je prépare sur l'Espace Acheteur. Je vois bien mon panier, mais je ne trouve aucun bouton pour générer un devis.

Pouvez-vous m'en adresser un ? Pour information, les factures devront être déposées sur Chorus Pro (SIRET 195 403 985 00017, code service GESTION).

Bien cordialement,

Sandrine Mangin
Adjointe gestionnaire
Lycée Jean-Prouvé – Nancy
UAI 0543985N
"""
    return send(("Sandrine Mangin", "sandrine.mangin@ac-nancy-metz.fr"),
                "Demande de devis - renouvellement abonnements 2026", body, "2026-01-23 10:31", client="zimbra")


@mail(6, "missing_noreply_mail", True, None, "hauts-de-france", "espace_acheteur", False, "fr",
      "New adjoint gestionnaire: the sign-up confirmation mail never came, twice, not in junk either; no anti-spam product named. No UAI; region from ac-amiens.fr.")
def _():
    body = """Bonjour,

Je remplace depuis le 5 janvier Mme Lemaire, adjointe gestionnaire, partie à la retraite.
J'ai créé mon compte sur l'Espace Acheteur lundi ; le site m'a indiqué qu'un mail de confirmation allait m'être envoyé pour activer le compte. Je n'ai rien reçu, ni dans la boîte de réception ni dans les indésirables. J'ai recommencé mercredi : même chose.

Mon adresse est bien celle-ci (karim.bensaid@ac-amiens.fr). Pouvez-vous regarder de votre côté ?

Merci,
Karim Bensaïd
Adjoint gestionnaire – collège Marcelin-Berthelot, Beauvais
"""
    return send(("Karim Bensaïd", "karim.bensaid@ac-amiens.fr"), "Pas de mail de confirmation (Espace Acheteur)",
                body, "2026-01-22 15:40", client="thunderbird")


@mail(7, "head_of_establishment_request", False, "0931884T", "ile-de-france", "esidoc", False, "fr",
      "The principal, from the ce.<UAI>@ac-creteil.fr address, asks in writing to change the e-sidoc administrator contact address after the librarian left.")
def _():
    body = """Madame, Monsieur,

Notre professeure documentaliste, Mme Agnès Perrin, a quitté l'établissement le 9 janvier (mutation). Elle était la seule à disposer de l'accès administrateur de notre portail e-sidoc, rattaché à son adresse personnelle.

En tant que principal du collège Romain-Rolland (UAI 0931884T), je vous demande de bien vouloir remplacer l'adresse de contact du compte administrateur par celle de son successeur, M. Yanis Ouali : yanis.ouali@ac-creteil.fr, et de lui permettre de définir un nouveau mot de passe.

Je reste à votre disposition pour tout justificatif.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Olivier Maréchal
Principal
Collège Romain-Rolland – Clichy-sous-Bois
"""
    return send(("Principal Collège Romain-Rolland", "ce.0931884T@ac-creteil.fr"),
                "Changement d'adresse administrateur e-sidoc - 0931884T", body, "2026-01-20 11:14", client="zimbra")


@mail(8, "automated", False, None, None, None, False, "en",
      "Postfix bounce in English (multipart/report, delivery-status, null Return-Path) of one of our ticket replies: unknown user.")
def _():
    dt = when("2026-01-20 14:03")
    host = "mx.stexupery-ecoles.fr"
    qid = alnum(11).upper()
    notif = """This is the mail system at host %s.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.lambert@stexupery-ecoles.fr>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1
    <m.lambert@stexupery-ecoles.fr>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)
""" % host
    status = """Reporting-MTA: dns; %s
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: %s

Final-Recipient: rfc822; m.lambert@stexupery-ecoles.fr
Original-Recipient: rfc822;m.lambert@stexupery-ecoles.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <m.lambert@stexupery-ecoles.fr>: Recipient
    address rejected: User unknown in virtual mailbox table
""" % (host, qid, rfc_date(dt))
    orig = """From: Assistance <support@assistance.example.fr>
To: m.lambert@stexupery-ecoles.fr
Subject: [#SUP-011406] Re: Transferts EcoleDirecte
Date: %s
Message-ID: %s
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit
""" % (rfc_date(dt - timedelta(seconds=3)), tkt(11406))
    b = "%s.%d/%s" % (qid, int(dt.timestamp()), host)
    top = multipart("report", [
        Part(['Content-Description: Notification', 'Content-Type: text/plain; charset=us-ascii'], notif.encode()),
        Part(['Content-Description: Delivery report', 'Content-Type: message/delivery-status'], status.encode()),
        Part(['Content-Description: Undelivered Message Headers', 'Content-Type: text/rfc822-headers'], orig.encode()),
    ], b, preamble="This is a MIME-encapsulated message.", params=" report-type=delivery-status;")
    heads = transport("MAILER-DAEMON@" + host, dt, auth="none", relay=(host, ip()), return_path="") + [
        "From: MAILER-DAEMON@%s (Mail Delivery System)" % host,
        "To: " + SUPPORT,
        "Subject: Undelivered Mail Returned to Sender",
        "Date: " + rfc_date(dt),
        "Message-ID: <%s@%s>" % (dt.strftime("%Y%m%d%H%M%S") + "." + qid, host),
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
    ]
    return message(heads, top)


@mail(9, "transfer_incident", False, "0672199B", "grand-est", "ecoledirecte", False, "fr",
      "IT referent after a server migration: the transfer is refused (HTTP 401, licence bound to the old server); licence to regenerate. Log pasted and attached.")
def _():
    log = r"""[2026-01-21 06:00:01] INFO  CharlemagneTransfert v5.2 - demarrage tache planifiee
[2026-01-21 06:00:02] INFO  Base : \\SRV-ADM02\Charlemagne\Data  Etablissement : 0672199B
[2026-01-21 06:00:04] INFO  Controle licence : empreinte serveur SRV-ADM02 (3F-A1-09-77)
[2026-01-21 06:00:05] WARN  Empreinte differente de la licence enregistree (SRV-ADM01)
[2026-01-21 06:00:07] ERROR Connexion EcoleDirecte : HTTP 401 Unauthorized - jeton de licence refuse
[2026-01-21 06:00:07] ERROR Transfert abandonne (code T-401)
[2026-01-21 06:00:07] INFO  Fin de tache, code retour 4
"""
    body = """Bonjour,

Pendant les vacances de Noël nous avons migré le serveur administratif (ancien SRV-ADM01 sous Windows Server 2012 R2, remplacé par SRV-ADM02 sous Windows Server 2022). Charlemagne fonctionne bien sur le nouveau serveur, mais le transfert vers EcoleDirecte est refusé depuis la rentrée de janvier. Extrait du journal de ce matin :

%s
Je suppose que la licence est liée à l'empreinte de l'ancien serveur et qu'il faut la régénérer pour SRV-ADM02. Le journal complet est en pièce jointe.

Le collège a fait ses derniers transferts réussis le 19 décembre, donc les parents ne voient plus les notes de janvier.

Cordialement,

--
Thomas Kieffer
Référent numérique (RUPN) – Collège Saint-Arbogast, Strasbourg
UAI 0672199B
""" % log
    att = file_part("transfert_20260121.log", log.replace("\n", "\r\n").encode("ascii"), "text/x-log")
    return send(("Thomas Kieffer", "t.kieffer@college-st-arbogast.fr"), "Transfert EcoleDirecte refusé après migration serveur",
                body, "2026-01-21 09:12", client="thunderbird", attachments=[att])


@mail(10, "password_reset", True, "0672259S", "grand-est", "esidoc", False, "en",
      "English; a teacher-librarian on a one-year exchange never had the e-sidoc admin password ('I don't know the password'); UAI given.")
def _():
    body = """Hello,

I'm the new teacher-librarian at the international section of Lycée Kléber-Nord in Strasbourg (on a one-year exchange from Edinburgh, so please excuse my English-only email).

I need to log in to the admin side of our e-sidoc portal to update the reading lists, but nobody here seems to know the password, and my predecessor has left. The school's code (UAI) is 0672259S.

Could you tell me how to get a new password? Thanks a lot!

Best wishes,
Fiona MacLeod
"""
    return send(("Fiona MacLeod", "fiona.macleod.cdi@gmail.com"), "e-sidoc admin password", body,
                "2026-01-21 17:46", client="gmail", lang="en")


@mail(11, "subscription_activation", True, "0942418T", "ile-de-france", "esidoc", False, "fr",
      "Europresse ordered two days ago, not yet among the portal's resources: within the 72-hour activation window.")
def _():
    body = """Bonjour,

Nous avons commandé l'abonnement Europresse mardi matin (commande validée par notre gestionnaire le jour même), et il n'apparaît toujours pas dans les ressources de notre portail e-sidoc.

Est-ce normal ? Combien de temps faut-il compter ?

Merci !
Camille Nguyen
Documentaliste, lycée Paul-Bert – Maisons-Alfort (0942418T)

Envoyé de mon iPhone
"""
    return send(("Camille Nguyen", "camille.nguyen@ac-creteil.fr"), "Europresse pas encore visible", body,
                "2026-01-22 08:05", client="apple")


@mail(12, "other", False, None, None, "ecoledirecte", False, "fr",
      "Thanks only, quoting our earlier answer about the transfers: nothing asked.")
def _():
    body = """Bonjour,

Merci beaucoup, tout est rentré dans l'ordre : le transfert de cette nuit est passé et les familles voient de nouveau les notes. Bonne journée !

Martine

Le %s, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> La licence de votre établissement a été régénérée. Merci de relancer
> Charlemagne Outils puis de lancer un transfert manuel pour vérifier.
>
> Cordialement,
> L'équipe d'assistance
""" % fr_quote_date("2026-01-21 17:02")
    irt = tkt(11377)
    return send(("Martine Lecomte", "martine.lecomte@institution-sainte-marie.fr"),
                "Re: [#SUP-011377] Transferts EcoleDirecte arrêtés", body, "2026-01-22 08:31", client="gmail",
                irt=irt)


@mail(13, "transfer_incident", False, "0592142H", "hauts-de-france", "ecoledirecte", False, "fr",
      "HTML-only Outlook (windows-1252): the import of classes and groups for the second semester fails (error E-214, duplicate division code), nothing imported.")
def _():
    text = """Bonjour,

Pour le second semestre nous avons recréé les groupes de spécialités en première (nouvelle répartition après le conseil du 1er semestre).
Lors de l'import des classes et des groupes dans EcoleDirecte, j'obtiens le message suivant et rien n'est importé :

Import interrompu – Erreur E-214 : la division « 1G3 » existe déjà avec un code différent (1GEN3). Corrigez la structure puis relancez l'import.

Je n'ai pourtant pas touché à la 1G3… J'ai essayé de relancer trois fois, même erreur. Les emplois du temps du semestre 2 démarrent lundi 2 février et les élèves ne voient pas leurs nouveaux groupes.

Pouvez-vous m'aider ?

Cordialement,

Véronique Delattre
Secrétariat élèves
Lycée Saint-Jean-Baptiste de la Salle – Roubaix
UAI 0592142H"""
    return send(("Véronique Delattre", "v.delattre@lasalle-roubaix.fr"), "Import des classes impossible - erreur E-214",
                text, "2026-01-27 14:22", client="outlook_html")


@mail(14, "mailinblack_spam", True, "0543095W", "grand-est", "espace_acheteur", False, "fr",
      "MailInBlack named: the Espace Acheteur activation mail sits in the MailInBlack quarantine and the gestionnaire cannot release it.")
def _():
    body = """Bonjour,

Depuis la rentrée de janvier la Région a déployé MailInBlack sur les boîtes des lycées. Je viens de recevoir le récapitulatif MailInBlack de ce matin : le mail d'activation de mon compte Espace Acheteur est dans la quarantaine, et quand je clique sur « Libérer » j'ai « action non autorisée ».

Que dois-je faire / quelle adresse faut-il autoriser ?

Merci,
Laurence Thomas
Gestionnaire – Lycée Frédéric-Chopin, Nancy (0543095W)
"""
    return send(("Laurence Thomas", "laurence.thomas@ac-nancy-metz.fr"), "Mail d'activation bloqué par MailInBlack",
                body, "2026-01-23 09:18", client="o365")


@mail(15, "account_creation", True, None, "grand-est", "espace_acheteur", False, "fr",
      "New secretary wants to create an account on the Espace Acheteur to follow orders: the sign-up answer fits. No UAI; region from ac-reims.fr.")
def _():
    body = """Bonjour,

Je suis arrivée au secrétariat d'intendance du collège Les Indes à Sedan au 1er janvier. Ma collègue gestionnaire me demande de suivre les commandes sur l'Espace Acheteur pendant son congé, mais je n'ai pas de compte.

Comment dois-je procéder pour en créer un ?

Cordialement,
Aurélie Dupont
Secrétariat d'intendance
"""
    return send(("Aurelie Dupont", "aurelie.dupont2@ac-reims.fr"), "creation compte Espace Acheteur", body,
                "2026-01-23 11:47", client="zimbra")


@mail(16, "transfer_incident", False, "0753364Z", "ile-de-france", "ecoledirecte", False, "en",
      "English; outsourced IT of a bilingual private school: every transfer ends with HTTP 503 since 27 January, logs pasted.")
def _():
    body = """Hello,

I look after the IT of the École Bilingue Montsouris (Paris, UAI 0753364Z) for an outside company. Since Tuesday 27 January every scheduled transfer from the school-management software to EcoleDirecte fails. Nothing changed on our side (no updates, same proxy).

From the transfer log:

2026-01-27 19:30:02 Transfer started (full)
2026-01-27 19:30:41 Upload package 1/3 ... OK
2026-01-27 19:31:12 Upload package 2/3 ... HTTP 503 Service Unavailable
2026-01-27 19:31:12 Retry 1/3 in 60 s
2026-01-27 19:34:15 Retry 3/3 ... HTTP 503 Service Unavailable
2026-01-27 19:34:15 Transfer aborted, status FAILED

Same thing last night and this morning at 06:00. The mid-year reports are due to parents next week, so we'd appreciate a quick look.

Kind regards,
Daniel Okafor
Okafor IT Services – for École Bilingue Montsouris
"""
    return send(("Daniel Okafor", "daniel@okafor-it.fr"), "EcoleDirecte transfers failing with HTTP 503", body,
                "2026-01-29 09:02", client="outlook", lang="en", charset="utf-8")


@mail(17, "contract_documents", False, "0802891H", "hauts-de-france", "espace_acheteur", False, "fr",
      "Cannot find the CCAP and price schedule of a market in 'Mes marchés'; the accounting agent wants them.")
def _():
    body = """Bonjour,

Dans l'Espace Acheteur, rubrique « Mes marchés », je ne trouve plus les pièces du marché « Fournitures de bureau et papier 2025-2028 » : la fiche du marché s'ouvre mais l'onglet Documents est vide (ni CCAP, ni BPU, ni acte d'engagement).

L'agent comptable me les demande pour contrôler la facture de janvier. Pouvez-vous les remettre en ligne ou me les envoyer ?

Merci,
Gilles Hénon
Gestionnaire, collège Jean-Racine – Montdidier
UAI 0802891H
"""
    return send(("Gilles Hénon", "gilles.henon@ac-amiens.fr"), "Pièces du marché introuvables", body,
                "2026-01-26 10:10", client="zimbra")


@mail(18, "password_reset", False, "0601728C", "hauts-de-france", "ecoledirecte", True, "fr",
      "EcoleDirecte staff account locked after failed attempts during the report-card week; explicitly not the maintenance password. password_reset, but there is no reset template for this product, so a person answers.")
def _():
    body = """Bonjour,

Mon compte personnel EcoleDirecte (espace établissement, profil secrétariat) est bloqué : « Compte verrouillé suite à un trop grand nombre de tentatives ». J'ai dû me tromper de mot de passe en voulant éditer les bulletins ce matin, et je ne m'en souviens plus du tout.

Je précise que ce n'est pas le mot de passe de maintenance de Charlemagne : celui-là on l'a eu hier par téléphone et tout va bien de ce côté. C'est vraiment mon accès à EcoleDirecte.

Pouvez-vous débloquer mon compte ou m'envoyer un nouveau mot de passe ?

Merci d'avance,
Corinne Dubus
Secrétariat – Institution Saint-Vincent, Senlis
UAI 0601728C
"""
    return send(("Corinne Dubus", "secretariat@saintvincent-senlis.fr"), "compte ecoledirecte verrouillé", body,
                "2026-01-28 11:37", client="outlook")


@mail(19, "automated", False, "0599235T", "hauts-de-france", "ecoledirecte", True, "fr",
      "Machine-made transfer report (Auto-Submitted: auto-generated, no-reply sender) that the school's tool sends to our address: it lists transfer errors but nobody wrote it, so it is automated, never a transfer_incident ticket. UAI in the report.")
def _():
    dt = when("2026-01-24 06:05")
    frm = "noreply-charlemagne@stjoseph-tourcoing.fr"
    body = """RAPPORT AUTOMATIQUE DE TRANSFERT ECOLEDIRECTE
==============================================

Établissement      : Collège Saint-Joseph (0599235T)
Poste              : SRV-CHARL01
Début              : 24/01/2026 06:00:01
Fin                : 24/01/2026 06:04:57
Statut             : TERMINÉ AVEC ERREURS

Détail
------
Élèves            :  682 envoyés, 0 erreur
Notes             : 1 214 envoyées, 3 erreurs
Absences          :  97 envoyées, 0 erreur
Cahier de textes  :  ÉCHEC (délai dépassé)

Erreurs
-------
[NOTES] Devoir 4512 : période inconnue (T2)
[NOTES] Devoir 4513 : période inconnue (T2)
[NOTES] Devoir 4519 : période inconnue (T2)
[CDT] Timeout après 120 s

Ce message est envoyé automatiquement, merci de ne pas y répondre.
"""
    heads = transport(frm, dt) + [
        "From: " + addr("Charlemagne - Transferts", frm),
        "To: " + SUPPORT,
        "Subject: " + hdr("[Charlemagne] Rapport de transfert du 24/01/2026 - TERMINÉ AVEC ERREURS"),
        "Date: " + rfc_date(dt),
        "Message-ID: <%s.%d@SRV-CHARL01>" % (hexs(16), int(dt.timestamp())),
        "Auto-Submitted: auto-generated",
        "X-Mailer: Charlemagne Outils 5.2 (rapport)",
        "Precedence: bulk",
        "MIME-Version: 1.0",
    ]
    return message(heads, text_part(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(20, "head_of_establishment_request", False, "0621525W", "hauts-de-france", "espace_acheteur", False, "fr",
      "From the ce.<UAI>@ac-lille.fr address, the proviseur authorises the adjointe gestionnaire to validate the order now that the budget is voted; signed letter attached.")
def _():
    body = """Madame, Monsieur,

Le budget 2026 du lycée ayant été adopté par le conseil d'administration du 27 janvier, j'autorise Mme Élodie Fournier, adjointe gestionnaire, à valider sur l'Espace Acheteur la commande n° EA-2026-00417 (manuels et licences numériques pour les classes de seconde), pour un montant de 8 412,60 € TTC.

Vous trouverez ci-joint le courrier signé.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Le proviseur,
Bertrand Lefebvre
Lycée Robespierre – Arras (0621525W)
"""
    att = file_part("autorisation_commande_EA-2026-00417_signee.pdf",
                    pdf(["Lycee Robespierre - Arras - UAI 0621525W", "", "Objet : autorisation de commande",
                         "J'autorise Mme Elodie Fournier, adjointe gestionnaire,",
                         "a valider la commande EA-2026-00417 (8 412,60 EUR TTC).", "", "Le proviseur, B. Lefebvre"],
                        "Autorisation commande"), "application/pdf")
    return send(("Proviseur - Lycée Robespierre", "ce.0621525W@ac-lille.fr"),
                "Autorisation de commande EA-2026-00417", body, "2026-01-28 16:55", client="zimbra",
                cc=addr("Élodie Fournier", "elodie.fournier@ac-lille.fr"), attachments=[att])


@mail(21, "missing_noreply_mail", True, "0514597V", "grand-est", "esidoc", True, "fr",
      "The 'mot de passe oublié' tool says a mail was sent, but the new-password mail never arrives, junk folder checked, no anti-spam product named: missing_noreply_mail, not password_reset.")
def _():
    body = """Bonjour,

J'ai cliqué trois fois depuis hier sur « Mot de passe oublié » sur la page d'administration de notre portail e-sidoc (identifiant 0514597V). À chaque fois le site affiche « Un courriel vous a été envoyé », mais je ne reçois rien : ni dans la boîte de réception, ni dans les courriers indésirables.

L'adresse enregistrée doit être la mienne (cdi.lycee-colbert@ac-reims.fr, boîte partagée du CDI).

Pourriez-vous vérifier de votre côté ?

Cordialement,
Delphine Roussel
Professeure documentaliste – Lycée Colbert, Reims
"""
    return send(("CDI Lycée Colbert", "cdi.lycee-colbert@ac-reims.fr"), "Mail de réinitialisation non reçu", body,
                "2026-01-26 08:44", client="outlook")


@mail(22, "other", False, None, None, None, True, "fr",
      "Phishing sent to the desk from a look-alike domain ('your EcoleDirecte licence expires, regenerate it here, have your maintenance password ready'); SPF and DMARC fail. Mentions licence and maintenance password but is not a transfer incident; no platform since it is not the real product.")
def _():
    dt = when("2026-01-26 03:17")
    frm = "licences@ecoledirecte-renouvellement.com"
    page = """<html><head><meta charset="utf-8"><title>Licence</title></head>
<body style="font-family:Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" style="background:#ffffff;border:1px solid #dddddd"><tr><td style="padding:24px">
<p style="color:#c0392b;font-size:18px"><b>Votre licence EcoleDirecte expire dans 48 heures</b></p>
<p>Madame, Monsieur le Chef d'établissement,</p>
<p>Suite à la mise à jour de sécurité de janvier 2026, toutes les licences d'établissement doivent être
régénérées avant le <b>28/01/2026</b>. Sans action de votre part, les transferts de notes et d'absences
seront définitivement interrompus et les bulletins ne seront plus accessibles aux familles.</p>
<p style="text-align:center"><a href="http://ecoledirecte-renouvellement.com/licence/regenerer?id=88213"
style="background:#2e86de;color:#fff;padding:12px 20px;text-decoration:none">Régénérer ma licence</a></p>
<p>Munissez-vous de votre identifiant établissement et du mot de passe de maintenance du jour.</p>
<p>Service Licences<br>EcoleDirecte</p>
<p style="font-size:10px;color:#999">Ce message est confidentiel.</p>
</td></tr></table></body></html>
"""
    heads = transport(frm, dt, auth="dkim=none;\n\tspf=fail smtp.mailfrom=ecoledirecte-renouvellement.com;\n"
                      "\tdmarc=fail (p=none dis=none) header.from=ecoledirecte-renouvellement.com",
                      relay=("vps-4f21a.hosting-eu.example", "198.51.100.77")) + [
        "From: " + addr("EcoleDirecte - Service Licences", frm),
        "To: " + SUPPORT,
        "Subject: " + hdr("URGENT : votre licence établissement expire - action requise"),
        "Date: " + rfc_date(dt),
        "Message-ID: <%s@ecoledirecte-renouvellement.com>" % hexs(20),
        "MIME-Version: 1.0",
        "X-Mailer: PHPMailer 6.8.1",
    ]
    return message(heads, text_part(page, sub="html", charset="utf-8", cte="base64"))


@mail(23, "transfer_incident", False, None, "ile-de-france", "ecoledirecte", False, "fr",
      "A CPE from her phone: absences entered since Tuesday no longer reach EcoleDirecte. No UAI; region from ac-versailles.fr.")
def _():
    body = """Bonjour,
Les absences et les retards saisis depuis mardi ne remontent plus sur EcoleDirecte. L'appel est bien fait dans Charlemagne par les profs, mais côté parents rien n'apparaît et mon téléphone sonne toute la journée…
Pouvez-vous regarder ?
Merci
Mme Laurent, CPE
Collège Sainte-Thérèse, Rambouillet

Envoyé de mon iPhone"""
    return send(("Isabelle Laurent", "isabelle.laurent1@ac-versailles.fr"), "absences pas sur ecoledirecte", body,
                "2026-01-29 12:48", client="apple")


@mail(24, "password_reset", True, "0104044S", "grand-est", "espace_acheteur", False, "fr",
      "Espace Acheteur account locked after five wrong attempts; asks to unlock or for a reset link.")
def _():
    body = """Bonjour,

Après cinq essais, mon compte sur l'Espace Acheteur est bloqué (« Votre compte est temporairement verrouillé »). Je ne suis plus sûre du mot de passe, il a peut-être expiré pendant les congés.

Pouvez-vous le débloquer ou m'envoyer un lien pour le réinitialiser ? J'ai des commandes à valider maintenant que notre budget est voté.

Merci,

Pascale Gérard
Secrétaire de gestion
Collège Paul-Langevin – Romilly-sur-Seine
UAI : 0104044S
"""
    return send(("Pascale Gérard", "pascale.gerard@ac-reims.fr"), "Compte bloqué Espace Acheteur", body,
                "2026-01-26 14:03", client="outlook")


@mail(25, "automated", False, None, "hauts-de-france", None, False, "fr",
      "Academic webmail vacation reply (Auto-Submitted: auto-replied (zimbra; vacation)) to one of our ticket mails; it names EcoleDirecte but is a robot's mail. Region from ac-lille.fr.")
def _():
    dt = when("2026-01-27 09:41")
    frm = "francois.deleu@ac-lille.fr"
    body = """Bonjour,

Je suis en arrêt jusqu'au vendredi 6 février inclus.
Pour les questions relatives à EcoleDirecte et aux transferts, merci de contacter M. Poulain (vie scolaire).

Cordialement,
F. Deleu
"""
    heads = transport(frm, dt) + [
        "From: " + addr("François Deleu", frm),
        "To: " + addr(SUPPORT_NAME, SUPPORT),
        "Subject: " + hdr("Re: [#SUP-011455] Transferts des absences"),
        "Date: " + rfc_date(dt),
        "Message-ID: <%d.%d.%d.JavaMail.zimbra@ac-lille.fr>" % (RNG.randint(10 ** 8, 10 ** 9), RNG.randint(10 ** 5, 10 ** 6), int(dt.timestamp() * 1000)),
        "In-Reply-To: " + tkt(11455),
        "Auto-Submitted: auto-replied (zimbra; vacation)",
        "Precedence: bulk",
        "MIME-Version: 1.0",
    ]
    return message(heads, text_part(body, charset="utf-8", cte="quoted-printable", quote_cs=False))


@mail(26, "subscription_activation", True, "0883453A", "grand-est", "esidoc", True, "fr",
      "Negation: 'ce n'est pas un problème de mot de passe', she logs in fine; Universalis ordered yesterday is not yet in the resources to publish (72-hour window).")
def _():
    body = """Bonjour,

Ce n'est pas un problème de mot de passe : je me connecte sans souci à l'administration du portail e-sidoc.

En revanche l'Encyclopædia Universalis, commandée hier après-midi (confirmation reçue), n'apparaît pas dans la liste des ressources que je peux publier. Faut-il faire quelque chose de mon côté ?

Cordialement,

--
Anne-Sophie Colin
Professeure documentaliste
Lycée Pierre-et-Marie-Curie, Neufchâteau (0883453A)
"""
    return send(("Anne-Sophie Colin", "anne-sophie.colin@ac-nancy-metz.fr"), "Universalis non visible",
                body, "2026-01-27 10:26", client="thunderbird")


@mail(27, "transfer_incident", False, "0529801W", "grand-est", "ecoledirecte", True, "fr",
      "Transfer fails with 'TRF-0042 Échec de la compression des données', screenshot attached; UAI written in lower case (0529801w) from a personal Gmail.")
def _():
    body = """Bonjour

Depuis ce matin impossible de transférer vers EcoleDirecte, le transfert manuel s'arrête au bout de quelques secondes avec :

Code erreur : TRF-0042
Échec de la compression des données (fichier temporaire inaccessible)

Je vous mets la capture d'écran. On a redémarré le poste, rien à faire.
Nous sommes l'Institution Saint-Étienne à Langres, n° établissement 0529801w

Merci de votre aide
Chantal Petitjean, secrétariat
"""
    att = file_part("Capture d'écran 2026-01-28 093512.png", png(accent=(210, 30, 30)), "image/png", rfc2231=True)
    return send(("Chantal Petitjean", "chantal.petitjean52@gmail.com"), "Erreur TRF-0042", body,
                "2026-01-28 09:38", client="gmail", attachments=[att])


@mail(28, "order_billing", False, "0944647R", "ile-de-france", "esidoc", False, "fr",
      "The supplier's invoice was rejected on Chorus Pro (commitment number missing); asks to reissue it with the engagement number.")
def _():
    body = """Bonjour,

La facture FA-2025-12-0871 (renouvellement de l'abonnement e-sidoc) a été rejetée sur Chorus Pro par notre agence comptable, motif : « Numéro d'engagement absent ou erroné ».

Notre numéro d'engagement juridique pour 2026 est le 2026-00038 (budget voté le 20 janvier). Pouvez-vous redéposer la facture en le mentionnant ? Code service : FACTURES.

Merci d'avance,

Rachid Benali
Adjoint gestionnaire
Lycée Gustave-Eiffel – Cachan
UAI 0944647R
"""
    return send(("Rachid Benali", "rachid.benali@ac-creteil.fr"), "Facture rejetée sur Chorus Pro", body,
                "2026-01-28 11:02", client="thunderbird")


@mail(29, "mailinblack_spam", False, "0609351N", "hauts-de-france", "espace_acheteur", True, "fr",
      "MailInBlack named, but the school already added our domain to the allow-list as the guide says and the mails are still held: the guide alone will not solve it, a person (and the region) must look.")
def _():
    body = """Bonjour,

Suite à votre réponse automatique, notre service informatique a bien ajouté votre domaine et l'adresse no-reply à la liste blanche MailInBlack (capture envoyée à la Région le 23/01). Malgré cela les mails de l'Espace Acheteur sont toujours retenus dans la quarantaine MailInBlack : le dernier, ce matin à 7h12, était la notification de validation de ma commande.

Nous avons donc déjà suivi la procédure. Que peut-on faire de plus ?

Cordialement,

Franck Leroy
Gestionnaire – Collège Jean-Moulin, Compiègne (0609351N)
"""
    return send(("Franck Leroy", "franck.leroy@ac-amiens.fr"), "RE: MailInBlack - toujours bloqué malgré la liste blanche",
                body, "2026-01-29 08:15", client="outlook")


@mail(30, "account_creation", False, "0939473S", "ile-de-france", "esidoc", False, "fr",
      "A CPE wants an account on the e-sidoc back office to publish orientation information and asks who the administrator is: needs a look-up, a person answers.")
def _():
    body = """Bonjour,

Je suis CPE au lycée Jean-Renoir de Bondy (UAI 0939473S). Pour la période d'orientation, la documentaliste et moi voudrions publier sur le portail e-sidoc une rubrique « Après la 3e / après la 2de » avec les dates des portes ouvertes.

Pourriez-vous me créer un compte pour que je puisse publier, ou m'indiquer qui est l'administrateur du portail chez nous ? La documentaliste pense que c'est encore son prédécesseur.

Merci beaucoup,
Mehdi Amrani
CPE
"""
    return send(("Mehdi Amrani", "mehdi.amrani@ac-creteil.fr"), "compte e-sidoc pour la vie scolaire", body,
                "2026-01-29 14:55", client="zimbra")


@mail(31, "transfer_incident", False, "0681666S", "grand-est", "ecoledirecte", False, "fr",
      "The daily maintenance password given this morning is refused ('invalide ou expiré'); the repair cannot run, so transfers are stuck.")
def _():
    body = """Bonjour,

Le mot de passe de maintenance du jour que votre collègue m'a communiqué ce matin par téléphone (vers 8h30) ne fonctionne pas : Charlemagne répond « Mot de passe de maintenance invalide ou expiré (M-02) ».

Je l'ai saisi en majuscules comme indiqué, depuis le serveur, pas depuis un poste client. J'ai besoin de lancer la réparation de la base avant ce soir, sinon le transfert de cette nuit vers EcoleDirecte échouera encore.

Merci de me rappeler au 03 89 44 17 20 ou de me renvoyer le bon mot de passe.

Cordialement,
Marc Wagner
Référent numérique – Collège Saint-Jean, Colmar
UAI 0681666S
"""
    return send(("Marc Wagner", "marc.wagner@ac-strasbourg.fr"), "Mot de passe de maintenance refusé (M-02)",
                body, "2026-01-30 10:07", client="zimbra")


@mail(32, "automated", False, None, None, None, False, "en",
      "English Exchange Online non-delivery report ('Undeliverable:'), multipart/report with the original headers, null Return-Path.")
def _():
    dt = when("2026-01-30 15:20", UTC)
    host = "DB9P195MB1873.EURP195.PROD.OUTLOOK.COM"
    frm = "postmaster@lycee-montaigne-intl.fr"
    txt = """Your message to it.support@lycee-montaigne-intl.fr couldn't be delivered.

it.support wasn't found at lycee-montaigne-intl.fr.

support    Office 365    it.support
Action Required                 Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact your email admin.

Diagnostic information for administrators:
Generating server: %s
it.support@lycee-montaigne-intl.fr
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""" % host
    status = """Reporting-MTA: dns;%s
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: %s

Final-Recipient: rfc822;it.support@lycee-montaigne-intl.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""" % (host, rfc_date(dt))
    orig = """Return-Path: <support@assistance.example.fr>
From: Assistance <support@assistance.example.fr>
To: <it.support@lycee-montaigne-intl.fr>
Subject: [#SUP-011502] Re: EcoleDirecte daily maintenance password
Date: %s
Message-ID: %s
Auto-Submitted: auto-replied
""" % (rfc_date(dt - timedelta(seconds=5)), tkt(11502))
    alt = multipart("alternative", [text_part(txt, charset="us-ascii", cte="7bit"),
                                    text_part(outlook_html(txt), sub="html", charset="us-ascii", cte="quoted-printable")],
                    "__%s__" % alnum(20))
    top = multipart("report", [alt, Part(["Content-Type: message/delivery-status"], status.encode()),
                               Part(["Content-Type: text/rfc822-headers"], orig.encode())],
                    "_%s_" % alnum(30), params=" report-type=delivery-status;")
    heads = transport(frm, dt, auth="none", relay=("mail-db9eur05.outbound.protection.outlook.com", ip()),
                      return_path="") + [
        "From: Microsoft Outlook <%s>" % frm,
        "To: " + SUPPORT,
        "Subject: Undeliverable: [#SUP-011502] Re: EcoleDirecte daily maintenance password",
        "Date: " + rfc_date(dt),
        "Message-ID: <%s@%s>" % (uuid4(), host),
        "In-Reply-To: " + tkt(11502),
        "Auto-Submitted: auto-replied",
        "X-MS-Exchange-Message-Is-Ndr: ",
        "Content-Language: en-US",
        "MIME-Version: 1.0",
    ]
    return message(heads, top)


@mail(33, "password_reset", True, "0609815T", "hauts-de-france", "esidoc", True, "fr",
      "The UAI appears only in the sender address, in lower case (ce.0609815t@ac-amiens.fr); the secretariat, not the head, asks for the e-sidoc reset link on that official address while the librarian is on leave.")
def _():
    body = """Bonjour,

Notre professeur documentaliste est en congé maladie jusqu'aux vacances et sa remplaçante, arrivée lundi, ne peut pas accéder à l'administration du portail e-sidoc : personne ne connaît le mot de passe.

Pouvez-vous envoyer le lien de réinitialisation sur cette adresse (adresse officielle de l'établissement) ? Nous le lui transmettrons.

Cordialement,

Le secrétariat de direction
Collège Jacques-Prévert – Chambly
"""
    return send(("Secretariat College Jacques Prevert", "ce.0609815t@ac-amiens.fr"),
                "Réinitialisation mot de passe e-sidoc", body, "2026-01-30 09:12", client="zimbra")


@mail(34, "transfer_incident", False, "0771819J", "ile-de-france", "ecoledirecte", False, "fr",
      "Import of the pupils who arrived in January stops at line 413 ('Élève sans INE'); CSV extract attached. Pupil import failing = transfer_incident.")
def _():
    body = """Bonjour,

Je dois intégrer dans EcoleDirecte les 9 élèves arrivés depuis la rentrée de janvier (deux familles ukrainiennes et des changements de secteur). L'import du fichier élèves s'arrête systématiquement au même endroit :

  Import élèves : 412 / 687 traités
  Ligne 413 : Élève sans INE – import interrompu
  Aucune modification enregistrée

L'élève de la ligne 413 n'a effectivement pas encore d'INE (la demande est en cours au rectorat). Avant, l'import ignorait la ligne et continuait. Est-ce qu'il y a une option à cocher ?

Je joins l'extrait du fichier (sans les données personnelles complètes).

Les bulletins du 2e trimestre se préparent et ces élèves doivent y figurer.

Cordialement,
Stéphanie Morel
Secrétariat élèves – Collège Sainte-Croix, Meaux
UAI 0771819J
"""
    csv = ("NUM;NOM;PRENOM;NE_LE;DIVISION;INE\r\n"
           "411;DURAND;Lucas;14/03/2012;5B;081293476HK\r\n"
           "412;KOVALENKO;Daria;02/07/2011;4A;091312201PL\r\n"
           "413;KOVALENKO;Maksym;19/11/2013;6C;\r\n"
           "414;ROCHE;Inès;30/01/2012;5D;081264119ZE\r\n")
    att = file_part("extrait_import_eleves.csv", csv.encode("cp1252"), "text/csv")
    return send(("Stéphanie Morel", "secretariat.eleves@saintecroix-meaux.fr"), "Import élèves bloqué ligne 413",
                body, "2026-02-02 10:34", client="outlook", attachments=[att])


@mail(35, "other", False, None, "ile-de-france", None, False, "fr",
      "A teacher asks how pupils enter their wishes on Parcoursup: unrelated to the services. Region from ac-versailles.fr.")
def _():
    body = """Bonjour,

Je suis professeur principal de terminale. Plusieurs élèves n'arrivent pas à ajouter un vœu en apprentissage sur Parcoursup (le bouton reste grisé). Savez-vous à partir de quand ces vœux sont ouverts et si c'est à eux ou à nous de débloquer ?

Merci,
J. Fontaine
Lycée Camille-Claudel, Mantes-la-Ville
"""
    return send(("Julien Fontaine", "julien.fontaine@ac-versailles.fr"), "question voeux parcoursup", body,
                "2026-01-30 18:21", client="zimbra")


@mail(36, "head_of_establishment_request", False, "0599953Y", "hauts-de-france", "ecoledirecte", False, "fr",
      "The head of a private school asks in writing to move the EcoleDirecte establishment administrator account to the new secretary: change of administrator, a person approves.")
def _():
    body = """Madame, Monsieur,

Mme Brigitte Carlier, secrétaire de direction et administratrice de notre compte EcoleDirecte, a pris sa retraite le 31 janvier.

En ma qualité de chef d'établissement, je vous demande de transférer les droits d'administrateur EcoleDirecte de l'établissement à Mme Aline Ducrocq, qui lui succède (aline.ducrocq@providence-cambrai.fr), et de désactiver le compte de Mme Carlier.

Je vous remercie par avance et vous prie d'agréer mes salutations distinguées.

Philippe Vasseur
Chef d'établissement
Ensemble scolaire La Providence – Cambrai
UAI 0599953Y
"""
    return send(("Philippe Vasseur", "direction@providence-cambrai.fr"), "Changement d'administrateur EcoleDirecte",
                body, "2026-02-02 08:58", client="outlook", cc=addr("Aline Ducrocq", "aline.ducrocq@providence-cambrai.fr"))


@mail(37, "missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
      "English; the activation email of a new Espace Acheteur account never arrived, spam folder checked, no anti-spam product named.")
def _():
    body = """Hi,

I registered on the Espace Acheteur last Thursday for our school's finance office. The page said an activation email would be sent within a few minutes, but nothing has arrived (I checked the spam and the "Other" tab in Outlook).

Could you resend it or activate the account manually? My address is this one.

Thanks,
Sarah Whitfield
Finance office, Lycée International de Saint-Germain
"""
    return send(("Sarah Whitfield", "s.whitfield@lisg-finance.fr"), "No activation email", body, "2026-02-02 13:30",
                client="o365", lang="en")


@mail(38, "contract_documents", False, "0082677S", "grand-est", "espace_acheteur", False, "fr",
      "The signed 2026 purchasing-group convention does not appear in the documents space; the accountant needs it for the budget annexes.")
def _():
    body = """Bonjour,

Nous avons signé électroniquement en décembre la convention de groupement de commandes 2026 (restauration et produits d'entretien). Elle n'apparaît pas dans l'Espace Acheteur, rubrique « Mes documents » : je n'y vois que la convention 2023.

L'agent comptable en a besoin pour les annexes du budget que nous venons de voter. Pouvez-vous la rendre visible ou nous la transmettre ?

Cordialement,
Jérôme Lallement
Adjoint gestionnaire – Lycée Monge, Charleville-Mézières (0082677S)
"""
    return send(("Jérôme Lallement", "jerome.lallement@ac-reims.fr"), "Convention de groupement 2026 introuvable",
                body, "2026-02-03 09:20", client="outlook")


@mail(39, "contract_documents", False, "0523003G", "grand-est", "espace_acheteur", False, "fr",
      "Amendment no. 1 of the transport market is announced but not visible in the market's documents.")
def _():
    body = """Bonjour,

Le courrier du 15 janvier nous annonce l'avenant n° 1 au marché « Transports scolaires et sorties pédagogiques » (révision des prix 2026), mais il ne figure pas dans les documents du marché sur l'Espace Acheteur.

Sans lui, je ne peux pas justifier les nouveaux tarifs auprès de l'agence comptable. Pouvez-vous l'ajouter ?

Merci d'avance,
Nadia Bouchet
Gestionnaire
Collège Louise-Michel – Chaumont
UAI 0523003G
"""
    return send(("Nadia Bouchet", "nadia.bouchet@ac-reims.fr"), "Avenant 1 non disponible", body,
                "2026-02-03 14:47", client="thunderbird")


@mail(40, "subscription_activation", False, "0022498E", "hauts-de-france", "esidoc", False, "fr",
      "Subscription ordered on 12 January, still not active on 2 February: well past the 72-hour rule, a person must look at the order.")
def _():
    body = """Bonjour,

Nous avons commandé le 12 janvier l'abonnement numérique « Phosphore / Okapi » pour le CDI (commande validée le jour même, bon de commande en PJ de la confirmation). Trois semaines plus tard, il n'est toujours pas activé : rien dans les ressources du portail.

Les élèves de 3e devaient l'utiliser pour le travail sur l'orientation. Pouvez-vous vérifier ce qui bloque ?

Cordialement,
Marion Lefort, professeure documentaliste
Collège Condorcet – Saint-Quentin (UAI 0022498E)
"""
    return send(("Marion Lefort", "marion.lefort@ac-amiens.fr"), "Abonnement toujours pas actif (commande du 12/01)",
                body, "2026-02-02 16:10", client="gmail")


@mail(41, "automated", False, None, "grand-est", None, False, "fr",
      "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from ac-reims.fr.")
def _():
    dt = when("2026-02-03 08:02")
    frm = "sylvie.henry@ac-reims.fr"
    txt = """Votre message

  À : Sylvie Henry
  Objet : [#SUP-011533] Licence EcoleDirecte régénérée
  Envoyé : 02/02/2026 17:46

a été lu le 03/02/2026 08:02.
"""
    mdn = """Reporting-UA: ac-reims.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;sylvie.henry@ac-reims.fr
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % tkt(11533)
    top = multipart("report", [text_part(txt, charset="utf-8", cte="quoted-printable"),
                               Part(["Content-Type: message/disposition-notification"], mdn.encode())],
                    "----=_NextPart_000_%04X_01DC9515.%s" % (RNG.randint(0, 65535), hexs(8, True)),
                    params=" report-type=disposition-notification;")
    heads = transport(frm, dt) + [
        "From: " + addr("Sylvie Henry", frm),
        "To: " + addr(SUPPORT_NAME, SUPPORT),
        "Subject: " + hdr("Lu : [#SUP-011533] Licence EcoleDirecte régénérée"),
        "Date: " + rfc_date(dt),
        "Message-ID: " + _msgid("outlook", frm, dt),
        "X-Mailer: Microsoft Outlook 16.0",
        "MIME-Version: 1.0",
    ]
    return message(heads, top)


@mail(42, "transfer_incident", False, "0672485M", "grand-est", "ecoledirecte", False, "fr",
      "HTML-only Outlook (windows-1252): 'Votre licence a expiré le 31/01/2026' at start-up, transfers stopped; licence to regenerate.")
def _():
    text = """Bonjour,

Depuis ce lundi matin, à l'ouverture de Charlemagne, le message suivant s'affiche et le module de transfert est grisé :

« Votre licence a expiré le 31/01/2026. Le transfert vers EcoleDirecte est désactivé. »

Notre contrat a pourtant été renouvelé en décembre (facture réglée). Pourriez-vous régénérer la licence ? Nous devons éditer et publier les bulletins du premier semestre cette semaine.

Bien cordialement,

Claire Meyer
Secrétariat de direction
Lycée privé Sainte-Marie – Haguenau
UAI 0672485M"""
    return send(("Claire Meyer", "c.meyer@saintemarie-haguenau.fr"), "Licence expirée au 31/01/2026", text,
                "2026-02-02 08:21", client="outlook_html")


@mail(43, "password_reset", False, None, None, "ecoledirecte", True, "fr",
      "A parent lost his EcoleDirecte family login and password to see his daughter's report card: a lost identifier/password, but of a family account the school manages; the UAI-based reset path does not apply, a person answers (or redirects to the school).")
def _():
    body = """Bonjour,

Je n'arrive plus à me connecter à EcoleDirecte pour voir le bulletin de ma fille (en 3e au collège Saint-Louis de Soissons). J'ai perdu l'identifiant ET le mot de passe, et le bouton « identifiant oublié » me demande une adresse mail que je n'ai plus (ancienne adresse du travail).

Le collège est fermé le mercredi après-midi et le conseil de classe a eu lieu hier. Pouvez-vous m'aider ?

Cordialement,
Frédéric Masson
06 71 28 44 90
"""
    return send(("Frederic Masson", "fred.masson02@gmail.com"), "Identifiant EcoleDirecte perdu", body,
                "2026-02-04 14:26", client="gmail")


@mail(44, "order_billing", False, "0783228K", "ile-de-france", "espace_acheteur", False, "fr",
      "Order validation blocked: the commitment amount does not match the basket total; screenshot attached.")
def _():
    body = """Bonjour,

Je n'arrive pas à valider ma commande sur l'Espace Acheteur : à l'étape de validation j'ai le message « Le montant du bon d'engagement (4 250,00 €) ne correspond pas au total du panier (4 318,40 €) ».

La différence correspond aux frais de port ajoutés par le fournisseur après la saisie de mon bon d'engagement. Dois-je refaire le bon, ou pouvez-vous débloquer la commande ? Capture jointe.

Merci,
Émilie Rousseau
Gestionnaire – Collège Les Pléiades, Plaisir
UAI 0783228K
"""
    att = file_part("validation_panier.png", png(accent=(230, 140, 0)), "image/png")
    return send(("Émilie Rousseau", "emilie.rousseau@ac-versailles.fr"), "Validation de commande impossible",
                body, "2026-02-04 10:05", client="outlook", attachments=[att])


@mail(45, "mailinblack_spam", True, None, "ile-de-france", None, False, "fr",
      "Two lines from Outlook for Android (base64 text and HTML): blocked by Mailinblack, send the procedure. No UAI, no platform; region from ac-creteil.fr.")
def _():
    body = """Bonjour, vos mails sont bloqués par mailinblack chez nous, pouvez vous m'envoyer la procédure svp. Merci
Mme Traoré

Obtenir Outlook pour Android"""
    return send(("Aminata Traore", "aminata.traore@ac-creteil.fr"), "Mailinblack", body, "2026-02-04 07:48",
                client="android")


@mail(46, "transfer_incident", False, "0571134Y", "grand-est", "esidoc", True, "fr",
      "Import into e-sidoc of the pupil export from the school-management software fails ('colonne Classe introuvable'): a school-management data transfer failing, so transfer_incident, with platform e-sidoc, not account_creation.")
def _():
    body = """Bonjour,

Comme chaque année après le changement de semestre, j'importe dans e-sidoc la liste des élèves exportée depuis notre logiciel de vie scolaire, pour que les nouveaux élèves aient leur compte lecteur.

Cette fois l'import échoue immédiatement :

  Import des lecteurs – fichier eleves_S2.csv
  Erreur : Fichier d'import invalide : colonne « Classe » introuvable (ligne 1)
  0 lecteur créé, 0 mis à jour

Le fichier est pourtant exporté exactement comme d'habitude. Depuis la mise à jour du logiciel de vie scolaire pendant les vacances, l'en-tête s'appelle « Division » au lieu de « Classe ». Est-ce qu'e-sidoc peut l'accepter, ou faut-il modifier la correspondance des colonnes quelque part ?

Merci,

--
Pierre Hoffmann
Professeur documentaliste
Collège Jean-Mermoz, Yutz – 0571134Y
"""
    return send(("Pierre Hoffmann", "pierre.hoffmann@ac-nancy-metz.fr"), "Import élèves e-sidoc : colonne Classe introuvable",
                body, "2026-02-04 15:33", client="thunderbird")


@mail(47, "other", False, None, None, None, False, "en",
      "English SEO / link-building spam.")
def _():
    body = """Hi there,

I was checking assistance.example.fr and noticed you're not ranking on page 1 for "school software support France". We helped 200+ education brands triple their organic traffic in 90 days with our white-hat backlink packages (DA 50+ guaranteed).

Would you be open to a quick 10-min call this week? Reply "YES" and I'll send over our case studies and a free audit.

Cheers,
Ryan Cole
Growth Lead, RankRocket Digital
Unsubscribe: reply STOP
"""
    return send(("Ryan Cole", "ryan@rankrocket-digital.example"), "Quick question about assistance.example.fr",
                body, "2026-02-05 04:12", client="gmail", lang="en",
                auth="dkim=pass (2048-bit key) header.d=rankrocket-digital.example;\n\tspf=softfail smtp.mailfrom=rankrocket-digital.example;\n\tdmarc=none")


@mail(48, "account_creation", True, "0951398D", "ile-de-france", "espace_acheteur", False, "fr",
      "Sign-up form filled two days ago, cannot log in: the account waits for the structure administrator's validation (FAQ case).")
def _():
    body = """Bonjour,

J'ai rempli lundi le formulaire de création de compte sur l'Espace Acheteur (je suis la nouvelle secrétaire d'intendance du collège Anatole-France de Sarcelles, UAI 0951398D). Quand j'essaie de me connecter, j'ai « Votre compte est en attente de validation ».

Qui doit le valider et combien de temps ça prend ?

Merci
Leïla Haddad
"""
    return send(("Leila Haddad", "leila.haddad.95@gmail.com"), "compte en attente de validation", body,
                "2026-02-04 11:52", client="gmail")


@mail(49, "password_reset", True, "0544885S", "grand-est", "esidoc", True, "fr",
      "Reply on an existing password ticket (Outlook 'Message d'origine' quote): the reset link expired before she could use it; asks for a new one. Same category as the ticket, the reset path still answers it.")
def _():
    body = """Bonjour,

Je n'ai pu ouvrir votre message que ce matin et le lien indique « Ce lien a expiré ou a déjà été utilisé ». Pouvez-vous m'en renvoyer un nouveau ? Je l'utiliserai tout de suite cette fois.

Merci et désolée,
Marie-Laure Simon
CDI – Collège Victor-Hugo, Lunéville (0544885S)

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 3 février 2026 18:04
À : Marie-Laure Simon <marie-laure.simon@ac-nancy-metz.fr>
Objet : [#SUP-011548] Mot de passe e-sidoc

Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse enregistrée pour votre établissement (m***********n@ac-nancy-metz.fr). Il est valable 12 heures.

Cordialement,
L'équipe d'assistance
"""
    irt = tkt(11548)
    return send(("Marie-Laure Simon", "marie-laure.simon@ac-nancy-metz.fr"), "RE: [#SUP-011548] Mot de passe e-sidoc",
                body, "2026-02-04 08:10", client="outlook", irt=irt)


@mail(50, "head_of_establishment_request", False, "0921724Z", "ile-de-france", "espace_acheteur", False, "en",
      "English; from the ce.<UAI>@ac-versailles.fr address the head of school authorises the bursar to validate the order now that the budget is voted.")
def _():
    body = """Dear Sir or Madam,

Following the vote of our 2026 budget by the board (conseil d'administration) on 29 January, I hereby authorise Mr Paul Girard, bursar (adjoint gestionnaire), to validate on the Espace Acheteur our order for the digital press subscriptions of the library (basket ref. EA-2026-00522, EUR 1,186.00 incl. VAT).

Please let me know if you need a signed letter in addition to this email.

Yours faithfully,

Catherine Holloway-Martin
Head of School (Proviseure)
Lycée International Honoré-de-Balzac Section, Rueil-Malmaison
UAI 0921724Z
"""
    return send(("Proviseure - Lycee 0921724Z", "ce.0921724Z@ac-versailles.fr"),
                "Order authorisation EA-2026-00522", body, "2026-02-05 09:40", client="zimbra", lang="en")


@mail(51, "transfer_incident", False, "0602909L", "hauts-de-france", "ecoledirecte", False, "fr",
      "Grades of the second term are rejected by the transfer ('Période T2 non déclarée', code P-11) since the period was created; parents see no grade since Christmas.")
def _():
    body = """Bonjour,

Nous fonctionnons en trimestres. Depuis que nous avons créé la période du 2e trimestre dans Charlemagne, aucune note du T2 ne part vers EcoleDirecte. Le transfert se termine avec :

  Notes : 0 envoyée(s), 1 846 rejetée(s)
  Motif : Période T2 non déclarée dans EcoleDirecte (code P-11)

Les absences et le cahier de textes passent normalement. Les parents ne voient donc aucune note depuis les vacances de Noël et les relevés de mi-trimestre partent la semaine prochaine.

Faut-il déclarer la période de votre côté ?

Cordialement,
Anne Desmarets
Directrice adjointe – Collège Notre-Dame, Noyon
UAI 0602909L
"""
    return send(("Anne Desmarets", "a.desmarets@notredame-noyon.fr"), "Notes du T2 rejetées (P-11)", body,
                "2026-02-05 11:18", client="outlook", charset="utf-8")


@mail(52, "automated", False, None, "hauts-de-france", "ecoledirecte", True, "fr",
      "A referent's real question about EcoleDirecte transfers, but posted to an academic mailing list the desk is subscribed to (List-Id, List-Unsubscribe, Precedence: list): not written to us, never answered. Region from the ac-amiens.fr sender.")
def _():
    dt = when("2026-02-05 13:02")
    frm = "olivier.tellier@ac-amiens.fr"
    body = """Bonjour à tous,

Quelqu'un a-t-il déjà eu l'erreur « T-409 Conflit de version » lors du transfert Charlemagne -> EcoleDirecte depuis la mise à jour de janvier ? Chez nous le transfert du soir échoue une fois sur deux.

Merci pour vos retours,
Olivier Tellier
RUPN – Lycée Saint-Rémi, Amiens

_______________________________________________
Liste rupn-prive-amiens
Pour se désabonner : https://listes.ac-amiens.fr/sympa/signoff/rupn-prive-amiens
"""
    heads = transport("rupn-prive-amiens-owner@listes.ac-amiens.fr", dt,
                      relay=("listes.ac-amiens.fr", ip("192.0.2"))) + [
        "From: " + addr("Olivier Tellier", frm),
        "To: rupn-prive-amiens@listes.ac-amiens.fr",
        "Subject: " + hdr("[rupn-prive-amiens] Erreur T-409 au transfert EcoleDirecte ?"),
        "Date: " + rfc_date(dt),
        "Message-ID: <%d.%d.%d.JavaMail.zimbra@ac-amiens.fr>" % (RNG.randint(10 ** 8, 10 ** 9), RNG.randint(10 ** 5, 10 ** 6), int(dt.timestamp() * 1000)),
        "Sender: rupn-prive-amiens-request@listes.ac-amiens.fr",
        "List-Id: <rupn-prive-amiens.listes.ac-amiens.fr>",
        "List-Unsubscribe: <mailto:sympa@listes.ac-amiens.fr?subject=unsubscribe%20rupn-prive-amiens>",
        "List-Post: <mailto:rupn-prive-amiens@listes.ac-amiens.fr>",
        "Precedence: list",
        "X-Loop: rupn-prive-amiens@listes.ac-amiens.fr",
        "MIME-Version: 1.0",
    ]
    return message(heads, text_part(body, charset="utf-8", cte="quoted-printable", quote_cs=False))


@mail(53, "password_reset", True, "0679714V", "grand-est", "esidoc", False, "fr",
      "SMS style, one line: e-sidoc password lost, UAI in lower case (0679714v).")
def _():
    body = """bjr mdp esidoc perdu, uai 0679714v. merci de m'envoyer le lien
Sébastien (cdi)"""
    return send(("Sebastien M", "seb.muller.cdi@gmail.com"), "mdp esidoc", body, "2026-02-05 07:31", client="gmail")


@mail(54, "missing_noreply_mail", True, "0081648Y", "grand-est", "espace_acheteur", True, "fr",
      "Names MailInBlack only to say the lycée does NOT have it; order confirmation mails from the no-reply address no longer arrive: missing_noreply_mail, not mailinblack_spam.")
def _():
    body = """Bonjour,

Depuis une dizaine de jours nous ne recevons plus aucun mail automatique de l'Espace Acheteur (confirmations de commande, bons de commande en PDF). Rien dans les indésirables.

Ce n'est pas MailInBlack : notre lycée n'en est pas équipé, seuls les collèges du département l'ont (nous avons vérifié avec le technicien de la Région). Nous avons simplement la messagerie académique.

Pouvez-vous vérifier que les envois partent bien vers notre adresse ?

Merci,
Hervé Collignon
Gestionnaire – Lycée François-Bazin, Charleville-Mézières (0081648Y)
"""
    return send(("Hervé Collignon", "herve.collignon@ac-reims.fr"), "Plus aucun mail de confirmation de commande",
                body, "2026-02-05 15:02", client="zimbra")


@mail(55, "order_billing", False, "0081146C", "grand-est", "esidoc", False, "fr",
      "Invoice deposited on Chorus Pro under the SIRET of the former lycée (before the merger into a cité scolaire); asks to redeposit it.")
def _():
    body = """Bonjour,

La facture n° 2026-0112 relative à notre abonnement e-sidoc a été déposée sur Chorus Pro avec le SIRET de l'ancien lycée Jean-Macé, qui n'existe plus depuis la création de la cité scolaire au 1er janvier 2026. Notre agence comptable ne peut pas la traiter.

Merci de la redéposer au nom de la cité scolaire :
  Cité scolaire Jean-Macé – Mouzon
  UAI 0081146C
  SIRET 130 026 814 00012 – code service FACT-CS

Bien à vous,
Dominique Baudier
Adjointe gestionnaire
"""
    return send(("Dominique Baudier", "dominique.baudier@ac-reims.fr"), "Facture déposée sur le mauvais SIRET", body,
                "2026-02-06 09:30", client="thunderbird")


@mail(56, "other", False, "0939963Z", "ile-de-france", "ecoledirecte", True, "fr",
      "A deputy head asks for an EcoleDirecte training session for teachers arriving in February and says the transfers work fine: a request for training, not a transfer incident nor a head-of-establishment request.")
def _():
    body = """Bonjour,

Je suis principal adjoint du collège Saint-Germain de Montreuil (UAI 0939963Z). Les transferts vers EcoleDirecte fonctionnent très bien, pas de souci de ce côté.

Nous accueillons en février quatre enseignants contractuels qui n'ont jamais utilisé EcoleDirecte, juste avant la saisie des appréciations du 2e trimestre. Proposez-vous une courte formation à distance (une heure suffirait), et si oui à quelles dates ?

Bien cordialement,

Hugo Ferreira
Principal adjoint

Envoyé de mon iPad"""
    return send(("Hugo Ferreira", "hugo.ferreira@stgermain-montreuil.fr"), "Formation EcoleDirecte nouveaux enseignants",
                body, "2026-02-05 17:44", client="apple", ua="X-Mailer: iPad Mail (22D72)")


@mail(57, "other", False, None, "grand-est", "ecoledirecte", True, "fr",
      "Thanks only, quoting our answer: words 'licence', 'régénérer', 'mot de passe de maintenance' appear, but nothing is asked (the problem is solved). Region from ac-strasbourg.fr.")
def _():
    body = """Merci beaucoup ! La licence est bien régénérée et le transfert est reparti tout seul cette nuit. Finalement pas besoin du mot de passe de maintenance.
Bonne journée
Éric

Le %s, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Nous avons régénéré la licence de votre établissement pour le nouveau
> serveur. Si le transfert ne repart pas, demandez-nous le mot de passe
> de maintenance du jour pour relancer l'initialisation.
>
> Cordialement,
> L'équipe d'assistance
""" % fr_quote_date("2026-02-05 16:37")
    return send(("Eric Schaeffer", "eric.schaeffer@ac-strasbourg.fr"), "Re: [#SUP-011561] Licence à régénérer",
                body, "2026-02-06 08:02", client="gmail", irt=tkt(11561))


@mail(58, "subscription_activation", True, "0802395U", "hauts-de-france", "esidoc", False, "fr",
      "The orientation resource ordered in January is active but she does not know how to publish it for pupils on the portal: activation/publication of a resource.")
def _():
    body = """Bonjour,

L'abonnement « L'Étudiant – Orientation » que nous avons pris en janvier est bien actif (il apparaît dans Mes abonnements), mais je ne vois pas comment le publier sur le portail pour que les élèves y accèdent. Je voudrais qu'il soit visible avant la semaine de l'orientation (du 9 au 13 février).

Pourriez-vous m'indiquer la marche à suivre ?

Merci,
Sandrine Poiret
Professeure documentaliste – Lycée Madeleine-Michelis, Amiens
UAI 0802395U
"""
    return send(("Sandrine Poiret", "sandrine.poiret@ac-amiens.fr"), "Publier une ressource sur le portail",
                body, "2026-02-06 10:48", client="zimbra")


@mail(59, "missing_noreply_mail", True, None, "hauts-de-france", "espace_acheteur", False, "fr",
      "From Outlook for Android (base64): order confirmation mail never received; no product named. No UAI; region from ac-lille.fr.")
def _():
    body = """Bonjour
J'ai validé une commande hier sur l'espace acheteur et je n'ai pas reçu le mail de confirmation, ni le bon de commande. J'ai regardé dans les spams. C'est normal ?
Cordialement
N. Vermeersch, gestionnaire clg Albert-Camus Dunkerque

Obtenir Outlook pour Android"""
    return send(("Nicolas Vermeersch", "nicolas.vermeersch@ac-lille.fr"), "Pas reçu de confirmation de commande",
                body, "2026-02-06 12:20", client="android")


@mail(60, "automated", False, "0779999A", "ile-de-france", None, False, "fr",
      "Out-of-office of a school office from its ce.<UAI> address (Auto-Submitted: auto-replied); it mentions passwords, which does not make it a request. UAI from the address.")
def _():
    dt = when("2026-02-06 08:12")
    frm = "ce.0779999A@ac-creteil.fr"
    body = """Bonjour,

Le secrétariat est fermé le vendredi 6 février (journée de formation des personnels).
Votre message sera traité à partir du lundi 9 février.

Pour une demande de mot de passe ENT ou EcoleDirecte, les familles peuvent s'adresser au professeur principal.

Le secrétariat
"""
    heads = transport(frm, dt) + [
        "From: " + addr("Secrétariat Collège", frm),
        "To: " + addr(SUPPORT_NAME, SUPPORT),
        "Subject: " + hdr("Absence : [#SUP-011570] Demande d'informations"),
        "Date: " + rfc_date(dt),
        "Message-ID: <%d.%d.%d.JavaMail.zimbra@ac-creteil.fr>" % (RNG.randint(10 ** 8, 10 ** 9), RNG.randint(10 ** 5, 10 ** 6), int(dt.timestamp() * 1000)),
        "In-Reply-To: " + tkt(11570),
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
    ]
    return message(heads, text_part(body, charset="utf-8", cte="8bit", quote_cs=False))


@mail(61, "head_of_establishment_request", False, "0029691Y", "hauts-de-france", "esidoc", True, "fr",
      "The librarian forwards the principal's signed letter (PDF) with the principal in copy: it is the head's written request (reset of the e-sidoc admin password and new contact address), relayed; staff must check the letter and the sender.")
def _():
    body = """Bonjour,

Comme vous me l'aviez demandé (ticket SUP-011488), voici le courrier signé de Mme la Principale demandant la réinitialisation du mot de passe administrateur de notre portail e-sidoc et le changement de l'adresse de contact (nouvelle adresse : cdi.clg-vauban@ac-amiens.fr).

Mme la Principale est en copie de ce message.

Cordialement,
Julie Marchand
Professeure documentaliste
Collège Vauban – Château-Thierry (UAI 0029691Y)
"""
    att = file_part("courrier_principale_esidoc.pdf",
                    pdf(["College Vauban - Chateau-Thierry - UAI 0029691Y", "",
                         "Objet : reinitialisation du compte administrateur e-sidoc",
                         "Je demande la reinitialisation du mot de passe administrateur",
                         "et le remplacement de l'adresse de contact par",
                         "cdi.clg-vauban@ac-amiens.fr.", "", "La principale, C. Deschamps"], "Courrier"),
                    "application/pdf")
    return send(("Julie Marchand", "julie.marchand@ac-amiens.fr"), "Courrier de la principale - e-sidoc (SUP-011488)",
                body, "2026-02-06 14:09", client="thunderbird",
                cc=addr("Christine Deschamps", "christine.deschamps@ac-amiens.fr"), attachments=[att])


@mail(62, "missing_noreply_mail", True, "0919274L", "ile-de-france", "ecoledirecte", True, "fr",
      "The transfers themselves work (grades visible), but the daily no-reply transfer-report mails stopped arriving: missing_noreply_mail, not transfer_incident.")
def _():
    body = """Bonjour,

Chaque matin nous recevions le mail automatique « Compte rendu de transfert EcoleDirecte » (expéditeur no-reply). Depuis le 2 février il n'arrive plus.

Les transferts, eux, fonctionnent : les notes et les absences de la veille sont bien visibles par les familles, j'ai vérifié avec plusieurs comptes parents. C'est seulement le mail de compte rendu qui manque. Rien dans les courriers indésirables.

Pouvez-vous vérifier l'adresse de destination de ces comptes rendus ?

Merci,
Laetitia Bernard
Secrétariat de direction – Lycée privé Saint-Charles, Athis-Mons
UAI 0919274L
"""
    return send(("Laetitia Bernard", "l.bernard@stcharles-athis.fr"), "Plus de compte rendu de transfert par mail",
                body, "2026-02-09 09:15", client="outlook", charset="utf-8")


@mail(63, "mailinblack_spam", True, None, "grand-est", "espace_acheteur", False, "en",
      "English; MailInBlack challenge: the sender receives 'please confirm you are human' and the Espace Acheteur notifications are held. No UAI; region from ac-strasbourg.fr.")
def _():
    body = """Hello,

Our school's IT team switched on MailInBlack two weeks ago. Since then, none of the Espace Acheteur notifications reach me: they sit in the MailInBlack "pending" list, and I gather your no-reply address gets a "please confirm you are human" message that obviously nobody answers.

Is there an address or domain I should ask IT to whitelist?

Many thanks,
Hannah Becker
Business manager, European Section – Lycée des Pontonniers site
"""
    return send(("Hannah Becker", "hannah.becker@ac-strasbourg.fr"), "Notifications held by MailInBlack", body,
                "2026-02-09 10:02", client="thunderbird", lang="en")


@mail(64, "contract_documents", False, "0932590K", "ile-de-france", "espace_acheteur", False, "fr",
      "The market's consultation file (DCE) link returns a 404; cannot see the market documents.")
def _():
    body = """Bonjour,

Dans la fiche du marché « Équipements numériques pour les EPLE – lot 2 (tablettes) », le lien « Télécharger les pièces du marché » renvoie une page d'erreur 404. Je n'ai donc accès ni au cahier des charges ni au bordereau de prix.

Nous voudrions préparer une commande de classe mobile avant le 20 février. Pouvez-vous corriger le lien ou m'envoyer les documents ?

Cordialement,
Youssef Cherif
Adjoint gestionnaire – Collège Pablo-Neruda, Pierrefitte (0932590K)
"""
    return send(("Youssef Cherif", "youssef.cherif@ac-creteil.fr"), "Documents du marché lot 2 - erreur 404",
                body, "2026-02-09 11:40", client="zimbra")


@mail(65, "transfer_incident", False, "0624927U", "hauts-de-france", "ecoledirecte", False, "fr",
      "After the Région changed its filtering proxy certificate, the transfer fails with an SSL handshake error; log lines pasted.")
def _():
    body = r"""Bonjour,

Depuis jeudi, la Région a changé le certificat de son proxy de filtrage dans les lycées. Depuis, plus aucun transfert vers EcoleDirecte :

[05/02/2026 18:30:04] Connexion à l'API de transfert...
[05/02/2026 18:30:05] ERREUR : SSL handshake failed (certificate verify failed: self-signed certificate in certificate chain)
[05/02/2026 18:30:05] Tentative via proxy 10.62.0.1:3128... échec
[05/02/2026 18:30:05] Transfert annulé (T-SSL)

Le nouveau certificat racine est bien installé dans le magasin Windows du serveur (C:\Certificats\proxy_region_2026.cer), Edge ouvre le site EcoleDirecte sans alerte. C'est seulement l'outil de transfert qui refuse.

Faut-il déclarer une exception, ou l'outil utilise-t-il son propre magasin de certificats ?

Bien cordialement,

Grégory Lemaire
Référent numérique
Lycée privé Jean-Bosco – Calais
UAI 0624927U
"""
    return send(("Grégory Lemaire", "g.lemaire@jeanbosco-calais.fr"), "Transfert EcoleDirecte : SSL handshake failed",
                body, "2026-02-09 08:37", client="outlook", charset="utf-8")


@mail(66, "password_reset", True, "0599670R", "hauts-de-france", "espace_acheteur", False, "fr",
      "Outlook forward ('TR:') of the Espace Acheteur reset mail whose link says it has expired; asks for a new link.")
def _():
    body = """Bonjour,

Le lien ne marche plus (« lien expiré »), je n'ai pas pu le faire hier soir. Pouvez-vous m'en renvoyer un ?

Merci
Sabrina Debarge
Collège Jean-Jaurès, Lomme – 0599670R

De : Espace Acheteur <no-reply@espace-acheteur.example.fr>
Envoyé : lundi 9 février 2026 17:52
À : Debarge Sabrina <sabrina.debarge@ac-lille.fr>
Objet : Réinitialisation de votre mot de passe

Bonjour,

Vous avez demandé la réinitialisation de votre mot de passe. Cliquez sur le lien ci-dessous (valable 12 heures) :
https://espace-acheteur.example.fr/reset?token=8f3b1c9e
"""
    return send(("Sabrina Debarge", "sabrina.debarge@ac-lille.fr"), "TR: Réinitialisation de votre mot de passe",
                body, "2026-02-10 08:40", client="outlook")


@mail(67, "automated", False, None, None, None, False, "en",
      "English Gmail vacation responder (Auto-Submitted: auto-replied).")
def _():
    dt = when("2026-02-09 19:05")
    frm = "tom.reynolds.teach@gmail.com"
    body = """Thank you for your email. I'm away on a school trip to London until 13 February with limited access to email.

For anything urgent about EcoleDirecte accounts, please contact the school office.

Tom Reynolds
"""
    alt = multipart("alternative", [text_part(body, charset="UTF-8", cte="7bit"),
                                    text_part(gmail_html(body), sub="html", charset="UTF-8", cte="7bit")],
                    "000000000000" + hexs(16))
    heads = transport(frm, dt) + [
        "MIME-Version: 1.0",
        "From: " + addr("Tom Reynolds", frm),
        "To: " + SUPPORT,
        "Subject: Re: [#SUP-011590] Your EcoleDirecte question",
        "Date: " + rfc_date(dt),
        "Message-ID: " + _msgid("gmail", frm, dt),
        "In-Reply-To: " + tkt(11590),
        "Auto-Submitted: auto-replied",
        "Precedence: bulk",
    ]
    return message(heads, alt)


@mail(68, "other", False, None, None, None, False, "fr",
      "Unsolicited job application (CV attached) for a support technician post.")
def _():
    body = """Madame, Monsieur,

Titulaire d'un BTS SIO option SISR et fort d'une première expérience de technicien informatique dans un collège de l'Oise, je me permets de vous adresser ma candidature spontanée pour un poste de technicien support au sein de votre équipe d'assistance.

Je connais bien les logiciels de vie scolaire et les problématiques des établissements (transferts de données, ENT, messagerie). Vous trouverez mon CV en pièce jointe.

Je reste à votre disposition pour un entretien.

Cordialement,
Kevin Delcourt
07 52 19 84 33
"""
    att = file_part("CV_Kevin_Delcourt_2026.pdf",
                    pdf(["Kevin Delcourt - Technicien informatique", "BTS SIO option SISR (2023)",
                         "2023-2025 : technicien, college de l'Oise"], "CV"), "application/pdf")
    return send(("Kevin Delcourt", "kevin.delcourt60@outlook.fr"), "Candidature spontanée - technicien support",
                body, "2026-02-09 21:33", client="o365", attachments=[att])


@mail(69, "transfer_incident", False, "0513267Z", "grand-est", "ecoledirecte", True, "fr",
      "Negation: 'je n'ai PAS perdu mon mot de passe EcoleDirecte'; the daily maintenance password usually arrives by mail and did not come today. The maintenance password is transfer_incident per the taxonomy, not password_reset nor missing_noreply_mail.")
def _():
    body = """Bonjour,

Je précise tout de suite : je n'ai PAS perdu mon mot de passe EcoleDirecte, je me connecte normalement.

Ce qu'il me faut, c'est le mot de passe de maintenance du jour pour Charlemagne. D'habitude je le demande depuis l'outil et je le reçois par mail dans la minute ; aujourd'hui rien n'est arrivé (demandé à 8h05 et à 9h20). Je dois relancer la réindexation avant le transfert de ce soir, sinon les moyennes du semestre seront fausses sur EcoleDirecte pour les conseils de jeudi.

Pouvez-vous me le communiquer ?

Merci,
Valérie Jacquot
Secrétariat – Lycée Saint-Joseph, Reims
UAI 0513267Z
"""
    return send(("Valérie Jacquot", "v.jacquot@stjoseph-reims.fr"), "Mot de passe de maintenance du jour",
                body, "2026-02-10 09:31", client="thunderbird")


@mail(70, "account_creation", False, "0089493A", "grand-est", "espace_acheteur", False, "fr",
      "Asks who the structure's administrator on the Espace Acheteur is, to get her account validated: a look-up, so a person answers.")
def _():
    body = """Bonjour,

Pouvez-vous me dire qui est l'administrateur de notre structure sur l'Espace Acheteur ? Mon compte doit être validé par lui, mais personne au collège ne sait qui c'est (l'ancien gestionnaire est parti en septembre).

Collège Jules-Ferry, Rethel – UAI 0089493A

Merci,
Agnès Poncelet, adjointe gestionnaire
"""
    return send(("Agnès Poncelet", "agnes.poncelet@ac-reims.fr"), "Administrateur de notre structure ?", body,
                "2026-02-10 10:55", client="zimbra")


@mail(71, "order_billing", False, "0752220F", "ile-de-france", "espace_acheteur", True, "fr",
      "Two topics: an order stuck 'en attente du valideur' since the budget vote (main) and, in passing, a colleague's forgotten Espace Acheteur password; a single template would answer only half.")
def _():
    body = """Bonjour,

1) Notre commande EA-2026-00611 (mobilier du CDI) est bloquée au statut « En attente du valideur » depuis le 30 janvier. Le budget a été voté le 28, notre proviseure a bien validé de son côté… et pourtant rien ne bouge. Le fournisseur attend le bon pour livrer avant les vacances.

2) Au passage, ma collègue Mme Lemoine a oublié son mot de passe de l'Espace Acheteur ; elle n'a pas réussi avec « mot de passe oublié ». Son adresse : christine.lemoine@ac-paris.fr.

Merci pour votre aide,

Thibault Moreau
Gestionnaire
Lycée Voltaire – Paris 11e
UAI 0752220F
"""
    return send(("Thibault Moreau", "thibault.moreau@ac-paris.fr"), "Commande bloquée + mot de passe collègue",
                body, "2026-02-10 14:12", client="outlook")


@mail(72, "missing_noreply_mail", True, None, "ile-de-france", "ticket_portal", False, "fr",
      "The ticket portal's confirmation mail (to set a password) never arrived; no product named. Region from ac-versailles.fr.")
def _():
    body = """Bonjour,

J'ai créé un compte sur le portail de tickets pour suivre nos demandes EcoleDirecte. Le site indique qu'un mail de confirmation m'a été envoyé pour définir mon mot de passe, mais je n'ai rien reçu depuis hier (indésirables vérifiés).

Merci de votre aide,
Romain Petit
Référent numérique – Lycée privé Notre-Dame du Grandchamp, Versailles
"""
    return send(("Romain Petit", "romain.petit3@ac-versailles.fr"), "Mail de confirmation portail tickets non reçu",
                body, "2026-02-10 16:20", client="thunderbird")


@mail(73, "password_reset", False, None, "hauts-de-france", "ecoledirecte", False, "fr",
      "A teacher forgot his EcoleDirecte password the week the report-card comments are due; no reset template for this product (the school's administrator resets teacher accounts), so a person answers. Region from ac-lille.fr.")
def _():
    body = """Bonjour, j'ai oublié mon mot de passe EcoleDirecte et je dois saisir mes appréciations pour les bulletins avant vendredi. Le lien « mot de passe oublié » me renvoie vers l'établissement… qui me renvoie vers vous. Que faire ?
Merci
M. Dumont, prof d'histoire-géo"""
    return send(("Arnaud Dumont", "arnaud.dumont@ac-lille.fr"), "mot de passe ecoledirecte oublié", body,
                "2026-02-10 20:47", client="gmail")


@mail(74, "automated", False, None, "grand-est", None, False, "fr",
      "Thunderbird return receipt in French (multipart/report disposition-notification). Region from ac-nancy-metz.fr.")
def _():
    dt = when("2026-02-11 07:58")
    frm = "bruno.mathieu@ac-nancy-metz.fr"
    txt = """Ceci est un accusé de réception pour le courriel que vous avez envoyé à bruno.mathieu@ac-nancy-metz.fr.

Note : cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.
"""
    mdn = """Reporting-UA: ac-nancy-metz.fr; Mozilla Thunderbird
Final-Recipient: rfc822;bruno.mathieu@ac-nancy-metz.fr
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % tkt(11601)
    top = multipart("report", [text_part(txt, charset="UTF-8", cte="8bit", quote_cs=False),
                               Part(["Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"",
                                     "Content-Disposition: inline", "Content-Transfer-Encoding: 7bit"], mdn.encode())],
                    "------------" + alnum(24), params=" report-type=disposition-notification;")
    heads = transport(frm, dt) + [
        "Message-ID: <%s@ac-nancy-metz.fr>" % uuid4(),
        "Date: " + rfc_date(dt),
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "From: " + addr("Bruno Mathieu", frm),
        "To: " + SUPPORT,
        "Subject: " + hdr("Accusé de réception (affiché) - [#SUP-011601] Import des élèves"),
    ]
    return message(heads, top)


@mail(75, "subscription_activation", True, "0954203C", "ile-de-france", "esidoc", True, "fr",
      "Written by the principal, but he only asks when the subscription ordered yesterday will be available (72-hour window): not a head-of-establishment request.")
def _():
    body = """Bonjour,

En tant que principal, j'ai validé hier la commande de l'abonnement numérique « Le Monde des ados » pour notre CDI. La documentaliste me dit qu'il n'apparaît pas encore sur le portail.

Sous quel délai sera-t-il accessible aux élèves ?

Cordialement,
Laurent Gautier
Principal – Collège Louis-Pasteur, Pontoise (UAI 0954203C)
"""
    return send(("Laurent Gautier", "laurent.gautier@ac-versailles.fr"), "Délai d'activation abonnement", body,
                "2026-02-11 08:44", client="zimbra")


@mail(76, "transfer_incident", False, "0952306R", "ile-de-france", "ecoledirecte", False, "fr",
      "After reinstalling the secretariat PC the licence key is refused ('déjà utilisée sur un autre poste'): licence to regenerate so transfers can run.")
def _():
    body = """Bonjour,

Le poste du secrétariat (celui qui lance les transferts vers EcoleDirecte) a été réinstallé vendredi suite à une panne de disque. À la réactivation de Charlemagne, la clé de licence est refusée :

  « Numéro de licence déjà utilisé sur un autre poste (poste SECR-01). Libérez l'ancienne installation ou demandez une nouvelle licence. »

L'ancien disque est mort, je ne peux donc pas « libérer » l'installation. Pouvez-vous régénérer la licence pour le nouveau poste ? Plus aucun transfert depuis vendredi.

Merci d'avance,

Sylvie Martins
Secrétariat – Institution Saint-Martin, Pontoise
UAI : 0952306R
"""
    return send(("Sylvie Martins", "secretariat@stmartin-pontoise.fr"), "Licence refusée après réinstallation du poste",
                body, "2026-02-09 14:02", client="outlook")


@mail(77, "head_of_establishment_request", False, "0959909E", "ile-de-france", "esidoc", False, "fr",
      "A primary-school head (directrice d'école), from the school's ce.<UAI> address, asks to reset the e-sidoc administrator password with the link sent to that address.")
def _():
    body = """Bonjour,

Je suis la directrice de l'école élémentaire Les Tilleuls à Ermont. L'enseignante qui gérait notre portail e-sidoc (BCD) a changé d'école et plus personne n'a le mot de passe administrateur.

Je vous demande de bien vouloir le réinitialiser et d'envoyer le lien sur l'adresse de l'école (celle d'où je vous écris).

Merci beaucoup,
Mme Béatrice Renaud
Directrice – École élémentaire Les Tilleuls, Ermont
"""
    return send(("Ecole elementaire Les Tilleuls", "ce.0959909E@ac-versailles.fr"),
                "Mot de passe administrateur e-sidoc de l'école", body, "2026-02-11 12:15", client="zimbra")


@mail(78, "other", False, None, None, None, False, "en",
      "English partnership pitch from an edtech start-up (AI report-card comments).")
def _():
    body = """Dear Support Team,

I'm the co-founder of GradeWise, an AI assistant that drafts report-card comments from teachers' marks. With mid-year reports in full swing in France, we'd love to explore an integration with the school-management tools you support (EcoleDirecte in particular).

Would someone on your product side have 20 minutes for a call in the next two weeks? I've attached our one-pager.

Best regards,
Leah Hoffmann
Co-founder & CEO, GradeWise
"""
    att = file_part("GradeWise_onepager.pdf", pdf(["GradeWise - AI report-card comments", "Integration partners wanted"],
                                                  "GradeWise"), "application/pdf")
    return send(("Leah Hoffmann", "leah@gradewise.example"), "Partnership: AI report-card comments", body,
                "2026-02-11 15:27", client="gmail", lang="en", attachments=[att])


@mail(79, "mailinblack_spam", True, "0574356A", "grand-est", "espace_acheteur", False, "fr",
      "The daily MailInBlack report shows three of our messages held; asks what to allow.")
def _():
    body = """Bonjour,

Mail In Black m'a envoyé ce matin son récapitulatif : 3 messages de support@assistance.example.fr et de l'Espace Acheteur sont « en attente d'authentification ». Je ne sais pas si je dois les accepter un par un ou s'il faut faire une règle pour tout votre domaine.

Qu'est-ce que vous conseillez ?

Cordialement,
Nathalie Becker
Secrétaire d'intendance – Collège La Louvière, Marly (0574356A)
"""
    return send(("Nathalie Becker", "nathalie.becker@ac-nancy-metz.fr"), "Vos messages retenus par Mail In Black",
                body, "2026-02-11 09:06", client="zimbra")


@mail(80, "missing_noreply_mail", True, "0104818H", "grand-est", "espace_acheteur", False, "fr",
      "Order-tracking notifications never received by the gestionnaire; no anti-spam product named.")
def _():
    body = """Bonjour,

J'ai coché dans mon profil Espace Acheteur la réception des notifications de suivi de commande (expédition, livraison), mais je n'en ai jamais reçu une seule, alors que trois commandes ont été livrées depuis janvier. Rien dans les indésirables non plus.

Mon adresse dans le profil : gestion.clg-brossolette@ac-reims.fr

Merci de vérifier,
Jean-Luc Arnould
Gestionnaire – Collège Pierre-Brossolette, Troyes – UAI 0104818H
"""
    return send(("Gestion Collège Brossolette", "gestion.clg-brossolette@ac-reims.fr"),
                "Notifications de suivi de commande jamais reçues", body, "2026-02-11 11:30", client="thunderbird")


@mail(81, "password_reset", True, None, "hauts-de-france", "esidoc", True, "fr",
      "Expired e-sidoc password and the old one forgotten. The UAI is typed 0621731W: wrong check letter (the digits give 0621731V), so no UAI, to be reported as a probable typo; region from the ac-lille.fr sender. ISO-8859-1 8-bit body from an old Thunderbird. The reset answer without a UAI (official address, else the head's written request) still fits.", bad=["0621731W"])
def _():
    body = """Bonjour,

Mon mot de passe d'administration e-sidoc a expiré ce matin (message « votre mot de passe a expiré, veuillez le modifier »), et pour le modifier il faut l'ancien... que je n'ai plus.

Notre identifiant : 0621731W (collège Jean-Macé, Bruay-la-Buissière).

Merci de m'aider à retrouver l'accès, je prépare la semaine de l'orientation.

Cordialement,
Fabienne Lecocq
Documentaliste
"""
    return send(("Fabienne Lecocq", "fabienne.lecocq@ac-lille.fr"), "Mot de passe expiré", body, "2026-02-11 13:44",
                client="thunderbird", charset="iso-8859-1", ua="Mozilla/5.0 (Windows NT 6.1; rv:52.0) Gecko/20100101 Thunderbird/52.9.1")


@mail(82, "automated", False, None, None, None, False, "fr",
      "Exchange non-delivery report in French ('Non remis :'), multipart/report with delivery-status and the returned headers, null Return-Path.")
def _():
    dt = when("2026-02-11 16:41", UTC)
    host = "AM9P191MB1402.EURP191.PROD.OUTLOOK.COM"
    frm = "postmaster@ogec-saintlouis-soissons.fr"
    txt = """Impossible de remettre votre message à secretariat.direction@ogec-saintlouis-soissons.fr.

La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour le moment. Réessayez de renvoyer le message plus tard ou contactez directement le destinataire.

Informations de diagnostic pour les administrateurs :
Serveur de génération : %s
secretariat.direction@ogec-saintlouis-soissons.fr
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'
""" % host
    status = """Reporting-MTA: dns;%s
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: %s

Final-Recipient: rfc822;secretariat.direction@ogec-saintlouis-soissons.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full
""" % (host, rfc_date(dt))
    orig = """From: Assistance <support@assistance.example.fr>
To: secretariat.direction@ogec-saintlouis-soissons.fr
Subject: =?utf-8?q?=5B=23SUP-011612=5D_Licence_EcoleDirecte_r=C3=A9g=C3=A9n=C3=A9r=C3=A9e?=
Date: %s
Message-ID: %s
""" % (rfc_date(dt - timedelta(seconds=4)), tkt(11612))
    alt = multipart("alternative", [text_part(txt, charset="utf-8", cte="quoted-printable"),
                                    text_part(outlook_html(txt), sub="html", charset="utf-8", cte="quoted-printable")],
                    "__%s__" % alnum(20))
    top = multipart("report", [alt, Part(["Content-Type: message/delivery-status"], status.encode()),
                               Part(["Content-Type: text/rfc822-headers"], orig.encode())],
                    "_%s_" % alnum(30), params=" report-type=delivery-status;")
    heads = transport(frm, dt, auth="none", relay=("mail-am9eur02.outbound.protection.outlook.com", ip()),
                      return_path="") + [
        "From: Microsoft Outlook <%s>" % frm,
        "To: " + SUPPORT,
        "Subject: " + hdr("Non remis : [#SUP-011612] Licence EcoleDirecte régénérée"),
        "Date: " + rfc_date(dt),
        "Message-ID: <%s@%s>" % (uuid4(), host),
        "Auto-Submitted: auto-replied",
        "X-MS-Exchange-Message-Is-Ndr: ",
        "Content-Language: fr-FR",
        "MIME-Version: 1.0",
    ]
    return message(heads, top)


@mail(83, "transfer_incident", False, "0629425H", "hauts-de-france", "ecoledirecte", True, "fr",
      "Two UAIs in an ensemble scolaire: the école 0629366U transfers fine, the collège 0629425H fails (timeout on the 'Bulletins' step); the request is about the collège, whose UAI is the label.")
def _():
    body = """Bonjour,

Notre ensemble scolaire regroupe l'école Sainte-Thérèse (UAI 0629366U) et le collège Sainte-Thérèse (UAI 0629425H), avec deux bases Charlemagne sur le même serveur.

Côté école, aucun problème : les transferts EcoleDirecte passent tous les soirs. Côté collège en revanche, le transfert échoue depuis lundi à l'étape « Bulletins » :

  Étape 6/9 – Bulletins PDF (S1) : délai dépassé après 600 s
  Transfert interrompu, les étapes 7 à 9 n'ont pas été exécutées

Les bulletins du 1er semestre du collège ne sont donc pas publiés, et les familles les attendent depuis le conseil de classe. Pouvez-vous regarder la base du collège ?

Merci,
Caroline Hénaut
Secrétariat – Ensemble scolaire Sainte-Thérèse, Béthune
"""
    return send(("Caroline Hénaut", "secretariat@ste-therese-bethune.fr"), "Transfert bulletins collège en échec",
                body, "2026-02-11 10:21", client="outlook")


@mail(84, "order_billing", False, None, "grand-est", "espace_acheteur", False, "fr",
      "Asks whether paying by mandat administratif is accepted and for the bank details (RIB) to pay the invoice. No UAI; region from ac-reims.fr.")
def _():
    body = """Bonjour,

Nous avons reçu votre facture pour la commande passée sur l'Espace Acheteur en janvier. Notre agence comptable paie par mandat administratif : pouvez-vous nous confirmer que c'est possible et nous transmettre un RIB à jour (le RIB figurant sur la facture ne correspond pas à celui de notre fichier fournisseurs) ?

Cordialement,
Service intendance – Lycée Diderot, Langres
"""
    return send(("Intendance Lycée Diderot", "intendance.diderot@ac-reims.fr"), "RIB et paiement par mandat",
                body, "2026-02-12 09:02", client="zimbra")


@mail(85, "mailinblack_spam", True, "0549566E", "grand-est", "espace_acheteur", False, "fr",
      "Product spelled 'mail in black', no accents, typos; the activation mails are held.")
def _():
    body = """bonjour
on a un truc mail in black qui bloque vos mails depuis janvier, jai pas recu le mail pour activer mon compte espace acheteur, il est dans la liste des mails "en attente" mais je peux pas le debloquer.
comment on fait
college de la Vezouze blamont 0549566E
merci
Stephane"""
    return send(("Stephane Klein", "stephane.klein@ac-nancy-metz.fr"), "mail bloqué", body, "2026-02-12 11:37",
                client="zimbra")


@mail(86, "transfer_incident", False, "0783644M", "ile-de-france", "ecoledirecte", False, "fr",
      "HTML-only Outlook: the nightly transfer's scheduled task did not run (state 'Prêt', last result 0x1); transfers stuck.")
def _():
    text = """Bonjour,

Le transfert automatique de cette nuit vers EcoleDirecte n'a pas tourné. Dans le planificateur de tâches du serveur, la tâche « CharlemagneTransfert » est à l'état « Prêt », dernière exécution 12/02/2026 02:00:00, dernier résultat : (0x1).

Si je lance la tâche à la main, une fenêtre noire s'ouvre et se ferme aussitôt. Le transfert manuel depuis Charlemagne, lui, fonctionne, mais je ne peux pas le faire tous les soirs.

Nous n'avons rien changé, à part les mises à jour Windows de mardi.

Cordialement,

Patricia Guérin
Secrétariat élèves
Collège Saint-Exupéry – Saint-Germain-en-Laye
UAI 0783644M"""
    return send(("Patricia Guérin", "p.guerin@stexupery-sgel.fr"), "Tâche planifiée de transfert en échec (0x1)",
                text, "2026-02-12 08:19", client="outlook_html")


@mail(87, "contract_documents", False, "0022787U", "hauts-de-france", "espace_acheteur", False, "fr",
      "Since the change of structure administrator, the conventions and market documents are no longer visible to her: contract_documents (the fix may be access rights, close to account_creation).")
def _():
    body = """Bonjour,

Depuis que l'administrateur de notre structure a changé (nouveau gestionnaire arrivé le 2 février), je ne vois plus aucune convention ni aucun document de marché dans l'Espace Acheteur : la rubrique « Mes documents » est vide, alors que j'y avais accès avant.

Mes commandes et mon panier sont pourtant toujours là. Pouvez-vous vérifier ?

Merci,
Céline Drouard
Secrétariat d'intendance – Collège Gabriel-Hanotaux, Saint-Quentin (0022787U)
"""
    return send(("Céline Drouard", "celine.drouard@ac-amiens.fr"), "Documents et conventions invisibles", body,
                "2026-02-12 14:31", client="thunderbird")


@mail(88, "automated", False, None, "ile-de-france", None, True, "fr",
      "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording ('message automatique', absence dates) shows it is automatic. Region from ac-paris.fr.")
def _():
    body = """Message automatique

Bonjour,
Je suis absent(e) du 12 au 16 février inclus et je n'aurai pas accès à ma messagerie.
Pour les bulletins et l'orientation, merci de contacter Mme Roche, secrétariat de direction.
Cordialement,
Gérard Pinto
"""
    return send(("Gérard Pinto", "gerard.pinto@ac-paris.fr"), "Absent(e) : Re: [#SUP-011620] Transferts", body,
                "2026-02-12 17:05", client="outlook")


@mail(89, "transfer_incident", False, "0759997J", "ile-de-france", "ecoledirecte", False, "en",
      "English; the IT manager asks for today's maintenance password to rebuild the indexes before the evening transfer: transfer_incident per the taxonomy.")
def _():
    body = """Hi,

Could you please send me today's maintenance password for Charlemagne? I need to run the index rebuild on our database: since Monday the evening transfer to EcoleDirecte stops at 62% with "Index mismatch on table EVALUATIONS – run maintenance".

School: Lycée Franco-Britannique Saint-Vincent, Paris 15e, UAI 0759997J.

I'll be on site until 6 pm (direct line 01 45 30 12 08).

Thanks,
Mark Donnelly
IT manager
"""
    return send(("Mark Donnelly", "m.donnelly@lfb-stvincent.fr"), "Maintenance password for today please",
                body, "2026-02-12 10:50", client="o365", lang="en")


@mail(90, "account_creation", True, None, "hauts-de-france", "esidoc", False, "fr",
      "A new gestionnaire wants to open the customer account before a first online order: the sign-up procedure answers. No UAI; region from ac-amiens.fr.")
def _():
    body = """Bonjour,

Nouvellement nommée gestionnaire au collège Jean-de-La-Fontaine (Crépy-en-Valois), je voudrais ouvrir notre compte client pour passer en ligne notre première commande de renouvellement e-sidoc (jusqu'ici tout se faisait par bon de commande papier).

Quelle est la procédure pour créer ce compte client ?

Bien cordialement,
Sophie Lamotte
"""
    return send(("Sophie Lamotte", "sophie.lamotte@ac-amiens.fr"), "Ouverture compte client", body,
                "2026-02-12 15:46", client="zimbra")


@mail(91, "other", False, None, "hauts-de-france", None, False, "fr",
      "'Bien reçu, merci' from a phone: nothing to do. Region from ac-lille.fr.")
def _():
    body = """Bien reçu, merci !

Envoyé de mon iPhone"""
    return send(("Pascal Verhaeghe", "pascal.verhaeghe@ac-lille.fr"), "Re: [#SUP-011598] Devis", body,
                "2026-02-12 18:22", client="apple", irt=tkt(11598))


@mail(92, "transfer_incident", False, "0681432M", "grand-est", "ecoledirecte", False, "fr",
      "Gmail French reply quoting our request for the log: sends the transfer log of the failing 'photos' step, attached. The ticket's category (transfer incident) stands.")
def _():
    log = """12/02/2026 19:00:01 Transfert complet demarre
12/02/2026 19:00:09 Eleves : 538 OK
12/02/2026 19:01:40 Notes : 9 412 OK
12/02/2026 19:02:02 Absences : 211 OK
12/02/2026 19:02:03 Photos eleves : envoi de 538 fichiers
12/02/2026 19:02:44 ERREUR photo 0000412.jpg : taille 6,8 Mo > 2 Mo autorises
12/02/2026 19:02:44 ERREUR lot photos rejete (code PH-413)
12/02/2026 19:02:45 Transfert termine avec erreurs
"""
    body = """Bonjour,

Voici le journal demandé (en pièce jointe, et l'essentiel ci-dessous). Apparemment c'est une photo trop lourde qui fait rejeter tout le lot, et depuis les photos de classe de janvier aucune photo n'est à jour sur EcoleDirecte.

%s
Faut-il réduire toutes les photos de notre côté ou pouvez-vous faire ignorer le fichier en erreur ?

Merci,
Isabelle Fuchs
Secrétariat – Collège Saint-André, Colmar (0681432M)

Le %s, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Pour analyser l'échec du transfert, pouvez-vous nous envoyer le journal
> complet du dernier transfert (menu Outils > Journal des transferts) ?
>
> Cordialement,
> L'équipe d'assistance
""" % (log, fr_quote_date("2026-02-12 11:14"))
    att = file_part("journal_transfert_12022026.txt", log.replace("\n", "\r\n").encode("cp1252"), "text/plain")
    return send(("Isabelle Fuchs", "isabelle.fuchs.sec@gmail.com"), "Re: [#SUP-011617] Photos non transférées",
                body, "2026-02-13 08:36", client="gmail", irt=tkt(11617), attachments=[att])


@mail(93, "password_reset", False, "0919851N", "ile-de-france", "esidoc", True, "fr",
      "Forgotten e-sidoc password, but asks for the password to be sent to a personal Gmail that is not on file: a reset link never goes to an address not on file, so a person handles it.")
def _():
    body = """Bonjour,

J'ai oublié le mot de passe de l'administration e-sidoc du CDI (collège Galilée, Évry-Courcouronnes, UAI 0919851N).

Pouvez-vous m'envoyer directement le nouveau mot de passe sur cette adresse perso ? Je n'ai plus accès à la boîte académique depuis mon changement de nom (mariage), la DSI met des semaines à régulariser.

Merci !
Aurélie Benhamou (ex-Vidal)
"""
    return send(("Aurelie Benhamou", "aurelie.benhamou91@gmail.com"), "mot de passe e-sidoc - envoi sur adresse perso",
                body, "2026-02-13 10:11", client="gmail")


@mail(94, "head_of_establishment_request", False, "0943071C", "ile-de-france", "espace_acheteur", True, "fr",
      "Claims to be the proviseur, but writes from a free-mail address, and asks to move the Espace Acheteur administrator address to that address urgently: weak evidence / probable social engineering. Still a head-of-establishment request for the queue, where staff should refuse or verify with the ce.<UAI> address.")
def _():
    body = """Bonjour,

Je suis le proviseur du lycée Marcelin-Berthelot de Saint-Maur (UAI 0943071C). Notre messagerie académique est en panne depuis hier et je dois valider des commandes aujourd'hui même.

Merci de remplacer immédiatement l'adresse de l'administrateur de notre structure sur l'Espace Acheteur par celle-ci : proviseur.berthelot94@gmail.com, et de m'envoyer les accès.

C'est urgent, je compte sur votre réactivité.

M. Durieux
Proviseur
"""
    return send(("Proviseur Berthelot", "proviseur.berthelot94@gmail.com"), "URGENT changement adresse administrateur",
                body, "2026-02-13 07:02", client="gmail", text_only=True)


@mail(95, "missing_noreply_mail", False, None, "grand-est", "espace_acheteur", False, "fr",
      "Reply (Outlook 'Message d'origine') after our junk-folder answer: still nothing after more than 48 hours, asks to go further. The template was already sent: a person must follow up.")
def _():
    body = """Bonjour,

J'ai suivi vos conseils (indésirables, ajout de l'expéditeur no-reply dans mes contacts) mais toujours aucun mail d'activation depuis lundi. Cela fait plus de 48 heures.

Pouvez-vous transmettre à la région ou activer mon compte manuellement ?

Cordialement,
Marie Zimmermann
Gestionnaire – Collège Erckmann-Chatrian, Phalsbourg

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 9 février 2026 11:02
À : Zimmermann Marie <marie.zimmermann@ac-strasbourg.fr>
Objet : [#SUP-011584] Mail d'activation non reçu

Bonjour,

Vérifiez votre dossier de courriers indésirables et ajoutez l'adresse no-reply à vos expéditeurs autorisés. Si le message n'est toujours pas arrivé sous 48 heures, répondez à ce message.

L'équipe d'assistance
"""
    return send(("Marie Zimmermann", "marie.zimmermann@ac-strasbourg.fr"), "RE: [#SUP-011584] Mail d'activation non reçu",
                body, "2026-02-12 09:40", client="outlook", irt=tkt(11584))


@mail(96, "subscription_activation", True, "0804014D", "hauts-de-france", "esidoc", False, "fr",
      "Cafeyn renewed yesterday, still shown as expired in 'Mes abonnements': within the 72-hour window.")
def _():
    body = """Bonjour,

Nous avons renouvelé hier l'abonnement Cafeyn (la commande apparaît « validée »), mais dans « Mes abonnements » il est toujours marqué « expiré depuis le 31/01/2026 » et les élèves n'y ont plus accès.

Est-ce une question de délai ?

Cordialement,
Thierry Bocquet
Documentaliste – Lycée Boucher-de-Perthes, Abbeville
UAI 0804014D
"""
    return send(("Thierry Bocquet", "thierry.bocquet@ac-amiens.fr"), "Cafeyn toujours expiré après renouvellement",
                body, "2026-02-13 09:18", client="thunderbird")


@mail(97, "transfer_incident", False, "0609196V", "hauts-de-france", "ecoledirecte", True, "fr",
      "Written by the chef d'établissement, but about a transfer failure (absences not sent, 'Jeton de session invalide'): transfer_incident, not a head-of-establishment request.")
def _():
    body = """Madame, Monsieur,

Je me permets de vous écrire directement car mon secrétariat est absent cette semaine : depuis mardi, le transfert des absences vers EcoleDirecte échoue avec le message « Jeton de session invalide (T-440) ». Les notes passent, les absences non.

Nous sommes en pleine préparation des conseils de classe et les familles doivent pouvoir justifier les absences avant le 20 février. Pourriez-vous intervenir rapidement ?

Avec mes remerciements,

Bernard Delval
Chef d'établissement
Institution Saint-Joseph – Beauvais
UAI 0609196V
"""
    return send(("Bernard Delval", "direction@stjoseph-beauvais.fr"), "Absences non transférées vers EcoleDirecte",
                body, "2026-02-12 12:40", client="outlook")


@mail(98, "automated", False, None, None, "ecoledirecte", True, "fr",
      "A no-reply notification carrying a daily maintenance password (Auto-Submitted: auto-generated), received on the desk address registered for a test establishment: it talks about a password and maintenance but is machine-made, never answered.")
def _():
    dt = when("2026-02-10 07:00")
    frm = "no-reply@notifications.ecoledirecte.example"
    body = """Bonjour,

Vous avez demandé le mot de passe de maintenance pour l'établissement « ETAB TEST ASSISTANCE ».

Mot de passe de maintenance du 10/02/2026 : KX4-72M-QAV

Ce mot de passe est valable jusqu'à 23h59 aujourd'hui et ne doit être saisi que sur le serveur Charlemagne.

Ceci est un message automatique, merci de ne pas y répondre.
"""
    heads = transport(frm, dt) + [
        "From: " + addr("EcoleDirecte", frm),
        "To: " + SUPPORT,
        "Subject: " + hdr("Votre mot de passe de maintenance du 10/02/2026"),
        "Date: " + rfc_date(dt),
        "Message-ID: <%s.%s@notifications.ecoledirecte.example>" % (dt.strftime("%Y%m%d%H%M%S"), hexs(12)),
        "Auto-Submitted: auto-generated",
        "X-Auto-Response-Suppress: All",
        "MIME-Version: 1.0",
    ]
    return message(heads, text_part(body, charset="utf-8", cte="base64"))


@mail(99, "order_billing", False, "0519332S", "grand-est", "esidoc", False, "fr",
      "Needs a quote for the portal renewal before the board votes the budget amendment (DBM).")
def _():
    body = """Bonjour,

Notre abonnement e-sidoc arrive à échéance fin mars. Pour inscrire le renouvellement dans la décision budgétaire modificative qui passe au conseil d'administration du 24 février, j'ai besoin d'un devis daté.

Pouvez-vous me l'envoyer cette semaine ?

Merci,
Estelle Rémy
Gestionnaire – Lycée Jean-Talon, Châlons-en-Champagne
UAI 0519332S
"""
    return send(("Estelle Rémy", "estelle.remy@ac-reims.fr"), "Devis renouvellement e-sidoc pour DBM", body,
                "2026-02-13 11:05", client="zimbra")


@mail(100, "account_creation", False, "0882452M", "grand-est", "ecoledirecte", False, "fr",
      "A new secretary asks for her staff account on EcoleDirecte (profile secrétariat élèves, rights on grades and absences): account creation with rights to open, a person answers.")
def _():
    body = """Bonjour,

Je viens d'être recrutée au secrétariat élèves de l'Institution Notre-Dame d'Épinal (UAI 0882452M) et je n'ai pas encore de compte sur EcoleDirecte.

Pourriez-vous me créer un accès personnel avec le profil secrétariat (consultation des notes et saisie des absences) ? Je dois aider à la préparation des bulletins du 2e trimestre.

Merci d'avance,
Lucie Perrin
"""
    return send(("Lucie Perrin", "l.perrin@notredame-epinal.fr"), "Création compte EcoleDirecte secrétariat",
                body, "2026-02-13 14:27", client="outlook", charset="utf-8")


@mail(101, "other", False, None, "ile-de-france", "ecoledirecte", False, "fr",
      "A teacher asks how to enter the provisional orientation wishes of 3e pupils in EcoleDirecte: a how-to question, no incident, no category of its own. Region from ac-creteil.fr.")
def _():
    body = """Bonjour,

Je suis professeure principale d'une classe de 3e. Pour le conseil de classe du 2e trimestre, nous devons recueillir les intentions provisoires d'orientation des familles. Est-ce qu'il y a un module dans EcoleDirecte pour que les parents les saisissent eux-mêmes, ou faut-il passer par le papier comme l'an dernier ?

Merci,
Nadège Pereira
Professeure de lettres – Collège Saint-Nicolas, Vincennes
"""
    return send(("Nadège Pereira", "nadege.pereira@ac-creteil.fr"), "intentions d'orientation 3e dans EcoleDirecte ?",
                body, "2026-02-13 16:40", client="zimbra")


@mail(102, "password_reset", True, "0552384T", "grand-est", "esidoc", False, "fr",
      "A contract librarian who arrived this month never had the e-sidoc password ('je ne connais pas le mot de passe'); UAI given.")
def _():
    body = """Bonjour,

Je suis contractuelle et j'ai pris le poste de documentaliste au collège Raymond-Poincaré de Bar-le-Duc (UAI 0552384T) le 2 février.

Je ne connais pas le mot de passe de l'administration e-sidoc, et personne ne l'a noté. Comment puis-je en obtenir un ?

Merci d'avance,
Ophélie Gauthier
"""
    return send(("Ophélie Gauthier", "ophelie.gauthier@ac-nancy-metz.fr"), "Accès administration e-sidoc",
                body, "2026-02-03 10:02", client="thunderbird")


@mail(103, "other", False, None, None, None, False, "fr",
      "A town-hall employee asks about canteen registrations for a primary school: wrong address, unrelated.")
def _():
    body = """Bonjour,

Je travaille au service scolaire de la mairie. Plusieurs familles nous disent qu'elles n'arrivent pas à inscrire leurs enfants à la cantine pour la période après les vacances d'hiver. Est-ce bien vous qui gérez le portail famille de la ville ? Le lien « inscriptions périscolaires » renvoie une erreur.

Cordialement,
Service Scolaire – Mairie de Wattrelos
03 20 81 64 00
"""
    return send(("Service Scolaire", "scolaire@mairie-wattrelos.example"), "Inscriptions cantine - portail famille",
                body, "2026-02-09 10:25", client="outlook", charset="utf-8")


@mail(104, "automated", False, None, None, None, False, "en",
      "Gmail 'Delivery Status Notification (Delay)' for one of our replies (multipart/report, Action: delayed): not a failure, still automatic.")
def _():
    dt = when("2026-02-10 14:55")
    txt = """** Message not delivered yet **

There was a temporary problem delivering your message to direction.saintjoseph@orange.fr. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.

The response was:
The recipient server did not accept our requests to connect. [smtp-in.orange.fr 193.252.22.65: timed out]
"""
    status = """Reporting-MTA: dns; googlemail.com
Arrival-Date: %s

Final-Recipient: rfc822; direction.saintjoseph@orange.fr
Action: delayed
Status: 4.4.1
Diagnostic-Code: smtp; The recipient server did not accept our requests to connect.
Last-Attempt-Date: %s
Will-Retry-Until: %s
""" % (rfc_date(dt - timedelta(hours=2)), rfc_date(dt), rfc_date(dt + timedelta(hours=46)))
    orig = """From: Assistance <support@assistance.example.fr>
To: direction.saintjoseph@orange.fr
Subject: [#SUP-011606] Re: Changement d'administrateur
Date: %s
Message-ID: %s
""" % (rfc_date(dt - timedelta(hours=2)), tkt(11606))
    top = multipart("report", [
        multipart("related", [text_part(txt, charset="UTF-8", cte="7bit")], "000000000000" + hexs(16)),
        Part(["Content-Type: message/delivery-status"], status.encode()),
        Part(["Content-Type: text/rfc822-headers"], orig.encode())],
        "000000000000" + hexs(16), params=" report-type=delivery-status;")
    heads = transport("mailer-daemon@googlemail.com", dt, auth="none",
                      relay=("mail-sor-f69.google.com", "209.85.220.69"), return_path="") + [
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "To: " + SUPPORT,
        "Auto-Submitted: auto-replied",
        "Subject: Delivery Status Notification (Delay)",
        "References: " + tkt(11606),
        "In-Reply-To: " + tkt(11606),
        "X-Failed-Recipients: direction.saintjoseph@orange.fr",
        "Message-ID: <%s.%s@mx.google.com>" % (hexs(24), "BAh"),
        "Date: " + rfc_date(dt),
        "MIME-Version: 1.0",
    ]
    return message(heads, top)


@mail(105, "mailinblack_spam", True, "0573102M", "grand-est", "espace_acheteur", False, "fr",
      "Describes MailInBlack's sender challenge (the sender must prove it is not a robot) and names the product: the activation mails never get through.")
def _():
    body = """Bonjour,

D'après notre collègue de la Région, c'est MailInBlack qui bloque : quand quelqu'un nous écrit pour la première fois, MailInBlack lui renvoie un message lui demandant de cliquer sur un lien pour prouver qu'il n'est pas un robot. Comme vos mails d'activation partent d'une adresse no-reply, personne ne clique et ils restent bloqués.

Pouvez-vous valider de votre côté, ou nous dire quelle adresse nous devons autoriser ?

Merci,
Gaëlle François
Secrétariat d'intendance – Collège Jean-Moulin, Forbach
UAI 0573102M
"""
    return send(("Gaëlle François", "gaelle.francois@ac-nancy-metz.fr"), "Activation bloquée (MailInBlack)", body,
                "2026-02-10 11:48", client="outlook")


@mail(106, "contract_documents", False, "0943065W", "ile-de-france", "espace_acheteur", True, "fr",
      "Two topics: the act of commitment of the cleaning-products market is missing from the documents (main) and, secondly, a question on a subscription not yet visible: one template cannot answer both.")
def _():
    body = """Bonjour,

Deux choses :

– Dans « Mes marchés », le marché « Produits d'entretien 2025-2027 » n'a plus d'acte d'engagement téléchargeable (le lien a disparu depuis la mise à jour de janvier). Notre agent comptable l'exige pour payer la première facture.

– Accessoirement, notre abonnement au kiosque numérique commandé le 9 février n'apparaît pas encore dans nos services.

Merci de votre retour,
Martin Lopes
Gestionnaire – Lycée Langevin-Wallon, Champigny-sur-Marne (0943065W)
"""
    return send(("Martin Lopes", "martin.lopes@ac-creteil.fr"), "Acte d'engagement introuvable + abonnement", body,
                "2026-02-10 15:55", client="thunderbird")


@mail(107, "transfer_incident", False, "0082596D", "grand-est", "ecoledirecte", False, "fr",
      "Long, anxious message: the transfer is refused because the data file exceeds the allowed size (52 MB); report cards must be published on Friday.")
def _():
    body = """Bonjour,

Je vous écris un peu en panique, excusez-moi par avance pour la longueur du message.

Depuis lundi, le transfert vers EcoleDirecte s'arrête à chaque fois avec le message :

  « Le fichier de données dépasse la taille autorisée (52 Mo > 50 Mo). Le transfert n'a pas été effectué. »

Je ne comprends pas pourquoi le fichier a grossi à ce point : nous n'avons pas plus d'élèves que l'an dernier (412). La seule chose nouvelle, c'est que les professeurs ont commencé à joindre des documents aux devoirs dans le cahier de textes (des diaporamas, des vidéos parfois…). Est-ce que ça peut venir de là ?

J'ai essayé de lancer un transfert « notes seules » et le message est le même.

Le problème, c'est que nous publions les bulletins du 1er semestre vendredi, que les familles ont été prévenues par courrier, et que le conseil d'établissement a lieu la semaine prochaine. Mon chef d'établissement me demande tous les jours où on en est…

Si vous pouviez m'appeler, ce serait encore mieux : 03 24 56 12 87 (ligne directe), jusqu'à 17h.

Merci mille fois,

Sabine Hubert
Secrétariat
Collège privé Sainte-Chrétienne – Sedan
UAI 0082596D
"""
    return send(("Sabine Hubert", "sabine.hubert@stechretienne-sedan.fr"), "Transfert impossible : fichier trop gros (52 Mo)",
                body, "2026-02-04 09:12", client="outlook", charset="utf-8")


@mail(108, "head_of_establishment_request", False, "0554511E", "grand-est", "espace_acheteur", False, "fr",
      "Reply (Zimbra '----- Mail original -----' quote) in which the principal gives the written request we asked for: new structure administrator, close the former one's access.")
def _():
    body = """Bonjour,

Comme demandé, je confirme par écrit : je désigne M. Antoine Didier, adjoint gestionnaire arrivé le 26 janvier, comme administrateur de notre structure sur l'Espace Acheteur (antoine.didier@ac-nancy-metz.fr). Merci de clôturer l'accès de Mme Guillaume, partie en disponibilité.

Cordialement,

Florence Marchal
Principale – Collège Les Avrils, Saint-Mihiel (0554511E)

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Antoine Didier" <antoine.didier@ac-nancy-metz.fr>
Envoyé: Mardi 3 Février 2026 10:12:40
Objet: [#SUP-011541] Changement d'administrateur de structure

Bonjour,

Le changement d'administrateur d'une structure doit être demandé par écrit par le chef d'établissement, depuis l'adresse officielle de l'établissement de préférence.

L'équipe d'assistance
"""
    return send(("Florence Marchal", "ce.0554511E@ac-nancy-metz.fr"),
                "Re: [#SUP-011541] Changement d'administrateur de structure", body, "2026-02-04 17:31",
                client="zimbra", irt=tkt(11541))


@mail(109, "account_creation", False, "0789700V", "ile-de-france", "espace_acheteur", False, "en",
      "English; the school's UAI is not in the list when creating the buyer account: the sales team / a person must check.")
def _():
    body = """Good afternoon,

I'm trying to create a buyer account on the Espace Acheteur for our school, but when I type our UAI (0789700V) the form says "establishment not found" and won't let me continue. We're a private school under contract that opened its secondary section in September 2025, so maybe we're not in your list yet?

What should I do?

Kind regards,
James Whitaker
Bursar – Cours Sainte-Geneviève International, Le Chesnay
"""
    return send(("James Whitaker", "bursar@csg-international.fr"), "UAI not found when creating account", body,
                "2026-02-05 14:05", client="o365", lang="en")


@mail(110, "head_of_establishment_request", False, "0101609V", "grand-est", "ecoledirecte", False, "fr",
      "The head of a private school authorises in writing the order of the EcoleDirecte orientation module: authorisation of an order.")
def _():
    body = """Madame, Monsieur,

Suite au vote du budget par le conseil d'administration de l'OGEC le 29 janvier, j'autorise Mme Hélène Jacob, économe, à commander le module « Orientation » d'EcoleDirecte pour l'année 2026 (devis DV-26-0143 du 12 janvier, 1 140 € HT).

Je vous remercie de bien vouloir procéder à l'activation dès réception du bon de commande, les familles de 3e devant saisir leurs intentions avant le conseil de mars.

Recevez, Madame, Monsieur, mes salutations distinguées.

Jean-Marc Thiébaut
Chef d'établissement
Collège Saint-Bernard – Troyes
UAI 0101609V
"""
    return send(("Jean-Marc Thiébaut", "chef.etablissement@stbernard-troyes.fr"),
                "Autorisation de commande - module Orientation", body, "2026-02-02 11:00", client="outlook",
                cc=addr("Hélène Jacob", "econome@stbernard-troyes.fr"))


@mail(111, "password_reset", True, "0754927Y", "ile-de-france", "esidoc", False, "fr",
      "From an iPhone; the UAI appears only in the subject ('RNE 0754927Y'); forgotten e-sidoc password.")
def _():
    body = """Bonjour,
J'ai oublié mon mot de passe pour l'administration du portail du CDI. Pouvez-vous me renvoyer un lien ? Je suis au lycée Hélène-Boucher (Paris 20e).
Bonne journée
Marc

Envoyé de mon iPhone"""
    return send(("Marc Lévy-Benhamou", "marc.levy-benhamou@ac-paris.fr"), "mdp e-sidoc oublié - RNE 0754927Y",
                body, "2026-02-09 07:38", client="apple")


@mail(112, "other", False, None, "ile-de-france", None, False, "fr",
      "Angry complaint about unanswered requests that says nothing about the topic: no category can be told. Region from ac-creteil.fr.")
def _():
    body = """Bonjour,

C'est la TROISIÈME fois que j'écris et toujours aucune réponse. On est en pleine période de conseils de classe, je n'ai pas le temps de vous relancer toutes les semaines.

Est-ce qu'il y a quelqu'un qui lit ces messages ???

Cordialement quand même,
D. Gomes
"""
    return send(("Daniel Gomes", "daniel.gomes@ac-creteil.fr"), "Toujours rien !!!", body, "2026-02-10 17:58",
                client="zimbra")


@mail(113, "transfer_incident", False, None, "grand-est", "ecoledirecte", True, "fr",
      "Timetable synchronisation to EcoleDirecte fails since the semester change. The UAI is typed 0679488A: wrong check letter (the digits give 0679488Z), so no UAI, a probable typo to report; region from the ac-strasbourg.fr sender.", bad=["0679488A"])
def _():
    body = """Bonjour,

Depuis le changement d'emploi du temps du second semestre (2 février), la synchronisation des emplois du temps vers EcoleDirecte échoue :

  Synchronisation EDT – 03/02/2026 18:00
  Erreur S-204 : 37 cours rejetés – salle inconnue (B014, B015, LABO3)

Les élèves voient encore l'emploi du temps du premier semestre sur l'application. Les salles en question ont pourtant été créées dans Charlemagne la semaine dernière.

Établissement : Lycée Saint-Louis, Obernai – UAI 0679488A

Cordialement,
Luc Ehrhart
Référent numérique
"""
    return send(("Luc Ehrhart", "luc.ehrhart@ac-strasbourg.fr"), "Synchro EDT EcoleDirecte - erreur S-204", body,
                "2026-02-04 12:10", client="thunderbird")


@mail(114, "missing_noreply_mail", True, "0684688B", "grand-est", "esidoc", False, "fr",
      "The activation mail for the customer account (needed for a first online order) never came; no product named.")
def _():
    body = """Bonjour,

Nous avons créé vendredi notre compte client pour commander en ligne le renouvellement de notre portail e-sidoc. On nous a annoncé un mail d'activation sous 12 heures : rien reçu depuis, ni sur la boîte du collège ni dans les indésirables.

Collège Jean-Macé, Mulhouse – 0684688B

Merci,
Thérèse Ruhlmann, gestionnaire
"""
    return send(("Thérèse Ruhlmann", "therese.ruhlmann@ac-strasbourg.fr"), "Mail d'activation compte client",
                body, "2026-02-09 08:55", client="outlook")


@mail(115, "automated", False, None, None, None, True, "fr",
      "Chorus Pro no-reply notification that an invoice was rejected (Auto-Submitted: auto-generated): about an invoice, but machine-made, so automated, not order_billing.")
def _():
    dt = when("2026-02-10 06:30")
    frm = "ne-pas-repondre@chorus-pro.example.gouv.fr"
    body = """Bonjour,

La facture n° FA-2026-01-0203 d'un montant de 1 248,00 EUR TTC, déposée le 02/02/2026 à destination de LYCEE GUSTAVE EIFFEL (SIRET 199 401 234 00018), a changé de statut.

Nouveau statut : REJETÉE
Motif : Numéro d'engagement absent ou erroné

Pour consulter le détail, connectez-vous à votre espace Chorus Pro.

Ce courriel est envoyé automatiquement. Merci de ne pas y répondre.

L'équipe Chorus Pro
"""
    heads = transport(frm, dt) + [
        "From: " + addr("Chorus Pro", frm),
        "To: " + SUPPORT,
        "Subject: " + hdr("[Chorus Pro] Changement de statut de la facture FA-2026-01-0203"),
        "Date: " + rfc_date(dt),
        "Message-ID: <%s@chorus-pro.example.gouv.fr>" % uuid4(),
        "Auto-Submitted: auto-generated",
        "MIME-Version: 1.0",
    ]
    top = multipart("alternative", [text_part(body, charset="utf-8", cte="quoted-printable"),
                                    text_part(simple_html(body, "Marianne, Arial, sans-serif"), sub="html",
                                              charset="utf-8", cte="quoted-printable")],
                    "----=_Part_%d_%d.%d" % (RNG.randint(10000, 99999), RNG.randint(10 ** 8, 10 ** 9), int(dt.timestamp() * 1000)))
    return message(heads, top)


@mail(116, "order_billing", False, "0513735H", "grand-est", "esidoc", False, "fr",
      "The invoice carries the establishment's former name (renamed in January); asks for a corrected invoice.")
def _():
    body = """Bonjour,

Notre lycée a changé de nom au 1er janvier (ex-lycée professionnel Gustave-Eiffel, désormais lycée des métiers Simone-Veil). La facture de l'abonnement e-sidoc reçue hier porte encore l'ancien nom, ce qui bloque sa mise en paiement.

Pouvez-vous nous adresser une facture rectifiée au nom de :
Lycée des métiers Simone-Veil – 51100 Reims – UAI 0513735H

Merci,
Karine Lambert
Adjointe gestionnaire
"""
    return send(("Karine Lambert", "karine.lambert@ac-reims.fr"), "Facture à rectifier (changement de nom)", body,
                "2026-02-11 10:40", client="zimbra")


@mail(117, "password_reset", True, "0084768P", "grand-est", "espace_acheteur", False, "fr",
      "The IT referent no longer knows his Espace Acheteur login nor password (the login is not his e-mail address); the FAQ reset path applies.")
def _():
    body = """Bonjour,

Je n'arrive plus à me connecter à l'Espace Acheteur : je ne sais plus si mon identifiant est mon adresse mail ou autre chose, et le mot de passe ne passe pas non plus. Je m'en sers deux fois par an pour commander du matériel…

Lycée Armand-Malaise, Charleville-Mézières – 0084768P

Merci,
Didier Noël
RUPN
"""
    return send(("Didier Noël", "didier.noel@ac-reims.fr"), "identifiant espace acheteur", body, "2026-02-11 16:03",
                client="thunderbird")


@mail(118, "subscription_activation", True, "0911106H", "ile-de-france", "esidoc", False, "fr",
      "Screenshot of the empty resources block; the new subscription was ordered yesterday (72-hour window).")
def _():
    body = """Bonjour,

Nous avons commandé hier l'abonnement « Lumni Pro / ressources orientation » et le bloc « Ressources numériques » de notre portail est toujours vide (capture jointe).

Faut-il attendre ou faire une manipulation ?

Merci,
Claire Besson – documentaliste
Lycée Parc-des-Loges, Évry – 0911106H
"""
    att = file_part("bloc_ressources_vide.png", png(accent=(60, 120, 200)), "image/png", inline=False)
    return send(("Claire Besson", "claire.besson@ac-versailles.fr"), "Ressource commandée hier non visible", body,
                "2026-02-12 09:27", client="gmail", attachments=[att])


@mail(119, "head_of_establishment_request", False, "0529959T", "grand-est", "espace_acheteur", True, "fr",
      "The body gives 0529959B (wrong check letter) but the sender address ce.0529959T@ac-reims.fr carries the valid UAI, which is the label. The principal names a new structure administrator.", bad=["0529959B"])
def _():
    body = """Madame, Monsieur,

Je soussigné, M. Patrick Colson, principal du collège Diderot de Langres (UAI 0529959B), désigne Mme Émilie Royer, adjointe gestionnaire, comme administratrice de notre structure sur l'Espace Acheteur, en remplacement de M. Rémi Pierson, muté au 1er février.

Je vous remercie de bien vouloir supprimer les droits de M. Pierson.

Veuillez agréer l'expression de mes salutations distinguées.

P. Colson
"""
    return send(("Principal College Diderot", "ce.0529959T@ac-reims.fr"), "Nouvel administrateur Espace Acheteur",
                body, "2026-02-12 14:48", client="zimbra")


@mail(120, "transfer_incident", False, "0674249E", "grand-est", "ecoledirecte", False, "fr",
      "Transfer blocked because the number of pupils exceeds the licence (712/700) after January arrivals: licence to regenerate / extend.")
def _():
    body = """Bonjour,

Depuis l'intégration des élèves arrivés en janvier (dont une classe d'accueil UPE2A ouverte au 2e trimestre), le transfert vers EcoleDirecte est refusé avec le message :

  « Nombre d'élèves supérieur au nombre autorisé par la licence (712 / 700). Transfert suspendu. »

Pouvez-vous régénérer une licence avec le bon effectif ? Nous réglerons la différence s'il y en a une, bien sûr.

Cordialement,
Aurélien Bauer
Directeur adjoint – Collège Sainte-Odile, Sélestat
UAI 0674249E
"""
    return send(("Aurélien Bauer", "a.bauer@steodile-selestat.fr"), "Licence : effectif dépassé (712/700)", body,
                "2026-02-12 10:02", client="outlook")


@mail(121, "automated", False, None, None, "ticket_portal", False, "fr",
      "Ticket-portal notification (no-reply, Auto-Submitted: auto-generated): a comment was added on a ticket the desk opened with the software publisher.")
def _():
    dt = when("2026-02-12 13:17")
    frm = "no-reply@tickets.example.fr"
    body = """Bonjour,

Un nouveau commentaire a été ajouté au ticket T-2026-004418 « Transferts EcoleDirecte en échec (T-440) - Institution Saint-Joseph Beauvais » :

  « Correctif déployé côté serveur à 12h50. Merci de relancer un transfert pour confirmation. »

Consulter le ticket : https://tickets.example.fr/t/T-2026-004418

Vous recevez ce message car vous suivez ce ticket. Ne répondez pas à ce courriel.
"""
    heads = transport(frm, dt) + [
        "From: " + addr("Portail tickets", frm),
        "To: " + SUPPORT,
        "Subject: " + hdr("[T-2026-004418] Nouveau commentaire"),
        "Date: " + rfc_date(dt),
        "Message-ID: <ticket-T-2026-004418-%s@tickets.example.fr>" % hexs(10),
        "Auto-Submitted: auto-generated",
        "X-Auto-Response-Suppress: All",
        "Precedence: bulk",
        "MIME-Version: 1.0",
    ]
    return message(heads, text_part(body, charset="utf-8", cte="quoted-printable"))


@mail(122, "password_reset", True, None, "grand-est", "espace_acheteur", False, "fr",
      "Espace Acheteur: the intendance mailbox is shared by three people and nobody knows the old login; asks how to get back in (FAQ case). No UAI; region from ac-reims.fr.")
def _():
    body = """Bonjour,

Au service intendance nous partageons à trois la même adresse (celle-ci) et le même compte sur l'Espace Acheteur. Plus personne ne se souvient de l'identifiant ni du mot de passe depuis le départ de notre ancienne collègue.

Comment pouvons-nous récupérer l'accès ?

Merci,
L'intendance du lycée Chagall, Reims
"""
    return send(("Intendance Lycee Chagall", "intendance.chagall@ac-reims.fr"), "Accès perdu Espace Acheteur",
                body, "2026-02-13 08:50", client="zimbra")


@mail(123, "other", False, None, None, None, False, "fr",
      "A person asks to be removed from the newsletter: written by hand, so not automated.")
def _():
    body = """Bonjour,
Merci de me retirer de votre liste de diffusion (lettre d'information mensuelle), je ne suis plus documentaliste depuis septembre.
Cordialement,
M. Jourdain
"""
    return send(("Monique Jourdain", "monique.jourdain@free.fr"), "désinscription", body, "2026-02-13 12:12",
                client="plain", charset="utf-8", cte="8bit",
                ua="User-Agent: Zimbra Webmail (Free)")


@mail(124, "mailinblack_spam", True, "0934137S", "ile-de-france", "espace_acheteur", False, "fr",
      "Reply quoting our junk-folder answer: their IT now says MailInBlack is blocking; the MailInBlack guide is the right answer.")
def _():
    body = """Bonjour,

Rien dans les indésirables, mais notre technicien vient de me dire que c'est MailInBlack qui retient vos messages (il les voit dans la console). Que doit-il autoriser exactement ?

Merci,
Fatou Diallo
Collège Jean-Jaurès, Pantin – 0934137S

Le %s, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Vérifiez votre dossier de courriers indésirables et ajoutez l'adresse
> no-reply à vos expéditeurs autorisés.
>
> L'équipe d'assistance
""" % fr_quote_date("2026-02-11 09:30")
    return send(("Fatou Diallo", "fatou.diallo@ac-creteil.fr"), "Re: [#SUP-011609] Mail d'activation non reçu",
                body, "2026-02-12 15:12", client="gmail", irt=tkt(11609))


@mail(125, "missing_noreply_mail", True, "0519217S", "grand-est", "espace_acheteur", False, "fr",
      "The 'your quote is available' notification never arrives (other mails do); no product named.")
def _():
    body = """Bonjour,

Quand je demande un devis sur l'Espace Acheteur, je suis censée recevoir un mail « Votre devis est disponible ». Je ne l'ai jamais reçu (trois devis demandés depuis le 2 février), alors que je reçois bien les autres messages. Les devis sont pourtant dans mon espace.

Pouvez-vous vérifier les envois ?

Bien à vous,
Anaïs Gillet
Gestion – Lycée privé Saint-Michel, Reims – UAI 0519217S
"""
    return send(("Anaïs Gillet", "a.gillet@stmichel-reims.fr"), "Notification de devis jamais reçue", body,
                "2026-02-13 10:47", client="gmail")


@mail(126, "order_billing", False, "0599228K", "hauts-de-france", "espace_acheteur", False, "en",
      "English Outlook reply ('From: / Sent:' block): asks to address the invoice to the accounting agency of the lead lycée.")
def _():
    body = """Hello,

Thank you for the invoice. However, our school (Collège Pasteur, Roubaix – UAI 0599228K) is attached to the accounting agency of Lycée Baudelaire. Could you please re-issue the invoice addressed to:

Agence comptable – Lycée Baudelaire, 23 avenue Le Nôtre, 59100 Roubaix

and deposit it on Chorus Pro with their SIRET? They will pay it.

Many thanks,
Anna Kowalski
Bursar

From: Assistance <support@assistance.example.fr>
Sent: Monday, February 9, 2026 3:14 PM
To: Anna Kowalski <anna.kowalski@ac-lille.fr>
Subject: [#SUP-011580] Your invoice

Hello, please find attached the invoice for order EA-2026-00377.
"""
    return send(("Anna Kowalski", "anna.kowalski@ac-lille.fr"), "RE: [#SUP-011580] Your invoice", body,
                "2026-02-10 09:12", client="outlook", lang="en", irt=tkt(11580))


@mail(127, "contract_documents", False, "0923445V", "ile-de-france", "esignature", False, "fr",
      "The convention to e-sign cannot be opened ('document indisponible'): cannot see a convention document.")
def _():
    body = """Bonjour,

J'ai reçu hier l'invitation à signer électroniquement la convention d'adhésion 2026, mais quand je clique sur « Consulter le document », la plateforme de signature affiche « Document indisponible ou retiré par l'émetteur ».

Je ne peux donc ni la lire ni la signer. Pouvez-vous la renvoyer ?

Cordialement,
Éric Valentin
Proviseur adjoint – Lycée Jacques-Monod, Clamart (0923445V)
"""
    return send(("Éric Valentin", "eric.valentin@ac-versailles.fr"), "Convention à signer indisponible", body,
                "2026-02-11 11:11", client="zimbra")


@mail(128, "mailinblack_spam", True, "0542043C", "grand-est", "espace_acheteur", False, "fr",
      "'Mailinblack Protect' keeps the password and activation mails in quarantine; asks for the allow-list procedure.")
def _():
    body = """Bonjour,

Notre établissement est équipé de Mailinblack Protect depuis la rentrée de janvier. Tous les messages de l'Espace Acheteur (activation, nouveau mot de passe) partent en quarantaine et n'arrivent jamais dans ma boîte.

Avez-vous une procédure pour les ajouter à la liste blanche ?

Cordialement,
Régis Thouvenin
Adjoint gestionnaire – Lycée Varoquaux, Tomblaine (0542043C)
"""
    return send(("Régis Thouvenin", "regis.thouvenin@ac-nancy-metz.fr"), "Mailinblack Protect - quarantaine",
                body, "2026-02-12 08:05", client="thunderbird")


@mail(129, "account_creation", False, "0103148T", "grand-est", "esidoc", False, "fr",
      "Asks whether the CPE can get a second administrator account on e-sidoc: rights to open, a person answers.")
def _():
    body = """Bonjour,

Est-il possible d'avoir un deuxième compte administrateur sur notre portail e-sidoc, pour notre CPE ? Elle voudrait gérer elle-même les actualités de la vie scolaire et de l'orientation, sans passer par moi.

Collège Gaston-Bachelard, Bar-sur-Aube – 0103148T

Merci,
Jeanne Cordier
Professeure documentaliste
"""
    return send(("Jeanne Cordier", "jeanne.cordier@ac-reims.fr"), "2e compte administrateur e-sidoc ?", body,
                "2026-02-13 13:33", client="zimbra")


@mail(130, "automated", False, None, None, None, True, "en",
      "qmail-style bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the MAILER-DAEMON sender show it is automatic.")
def _():
    dt = when("2026-02-13 02:14")
    host = "mail.ensemble-stpierre.example"
    body = """Hi. This is the qmail-send program at %s.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<secretariat@ensemble-stpierre.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <support@assistance.example.fr>
From: Assistance <support@assistance.example.fr>
To: secretariat@ensemble-stpierre.example
Subject: [#SUP-011631] Re: Licence EcoleDirecte
Date: %s
Message-ID: %s

Bonjour,
La licence de votre etablissement a ete regeneree.
""" % (host, rfc_date(dt - timedelta(minutes=1)), tkt(11631))
    heads = transport("MAILER-DAEMON@" + host, dt, auth="none", relay=(host, ip()), return_path="") + [
        "Date: " + rfc_date(dt),
        "From: MAILER-DAEMON@%s" % host,
        "To: " + SUPPORT,
        "Subject: failure notice",
        "Message-ID: <%d.%d@%s>" % (int(dt.timestamp()), RNG.randint(1000, 99999), host),
    ]
    return message(heads, Part([], body.encode("ascii")))


@mail(131, "other", False, None, None, None, True, "fr",
      "French phishing ('mise à jour de votre messagerie académique, confirmez votre mot de passe'), base64 single part from a look-alike domain that is not an académie domain: mentions a password but is not password_reset; no region.")
def _():
    dt = when("2026-02-13 05:40")
    frm = "assistance@webmail-ac-lille.com"
    body = """Cher(e) utilisateur(trice),

Dans le cadre de la migration de la messagerie académique prévue pendant les vacances d'hiver, votre boîte aux lettres doit être validée avant le 15/02/2026.

Sans validation, vos messages (bulletins, EcoleDirecte, Chorus) seront supprimés.

Validez maintenant votre compte en confirmant votre identifiant et votre mot de passe :
https://webmail-ac-lille.com/validation/compte

Cordialement,
Service Informatique du Rectorat
"""
    heads = transport(frm, dt, auth="dkim=none;\n\tspf=fail smtp.mailfrom=webmail-ac-lille.com;\n"
                      "\tdmarc=fail (p=reject dis=none) header.from=webmail-ac-lille.com",
                      relay=("srv12.bulk-sender.example", "203.0.113.250")) + [
        "From: " + addr("Service Informatique Rectorat", frm),
        "To: " + SUPPORT,
        "Subject: " + hdr("Action requise : validation de votre messagerie académique"),
        "Date: " + rfc_date(dt),
        "Message-ID: <%s@webmail-ac-lille.com>" % hexs(18),
        "MIME-Version: 1.0",
        "X-Mailer: Mail pour Windows",
    ]
    return message(heads, text_part(body, charset="utf-8", cte="base64"))


@mail(132, "password_reset", True, "0759240L", "ile-de-france", "esidoc", True, "fr",
      "e-sidoc account locked; the UAI is written with a space ('0759 240L'), the label is the compact code.")
def _():
    body = """Bonjour,

Notre compte d'administration e-sidoc est bloqué depuis ce matin (« trop de tentatives »). Je pense qu'une collègue a essayé avec un ancien mot de passe.

Pouvez-vous nous envoyer un lien de réinitialisation ? Identifiant : 0759 240L (lycée Claude-Monet, Paris 13e).

Merci beaucoup,

Françoise Aubry
Professeure documentaliste
"""
    return send(("Françoise Aubry", "francoise.aubry@ac-paris.fr"), "Compte e-sidoc bloqué", body,
                "2026-02-13 09:55", client="outlook")


@mail(133, "head_of_establishment_request", False, "0801755Y", "hauts-de-france", "espace_acheteur", False, "fr",
      "Written delegation from the principal's ce.<UAI> address: who may validate orders now that the budget is voted.")
def _():
    body = """Madame, Monsieur,

Le budget 2026 ayant été adopté le 3 février, je vous informe que les personnes habilitées à valider les commandes de l'établissement sur l'Espace Acheteur sont, à compter de ce jour :

  – Mme Corinne Lefèvre, adjointe gestionnaire ;
  – M. Samuel Dumont, principal adjoint, en cas d'absence de Mme Lefèvre.

Toute autre validation devra être refusée. Je vous remercie de bien vouloir mettre à jour les droits en conséquence.

Nathalie Boulanger
Principale – Collège Gérard-Philipe, Amiens (0801755Y)
"""
    return send(("Principale Collège Gérard-Philipe", "ce.0801755Y@ac-amiens.fr"),
                "Délégation pour la validation des commandes", body, "2026-02-04 10:20", client="zimbra")


@mail(134, "missing_noreply_mail", True, "0523978S", "grand-est", "espace_acheteur", False, "fr",
      "ISO-8859-1 8-bit body: the new-password mail never arrives after three tries; no product named.")
def _():
    body = """Bonjour,

J'ai demandé trois fois un nouveau mot de passe sur l'Espace Acheteur (lundi, mardi et ce matin). Le site dit que le mail est parti, mais je ne reçois rien, même pas dans les indésirables.

Lycée Bouchardon, Chaumont - UAI 0523978S

Cordialement,
Monique Haguenauer
Secrétaire d'intendance
"""
    return send(("Monique Haguenauer", "monique.haguenauer@ac-reims.fr"), "Mail nouveau mot de passe non reçu",
                body, "2026-02-11 09:09", client="thunderbird", charset="iso-8859-1")


@mail(135, "other", False, None, "grand-est", None, False, "fr",
      "Personal message sent to the desk by address autocomplete. Region from ac-nancy-metz.fr.")
def _():
    body = """Coucou Sophie,

Tu es toujours partante pour samedi ? On peut se retrouver à 14h devant la médiathèque, les enfants sont ravis.
Je ramène le gâteau :)

Bises,
Julie
"""
    return send(("Julie Masson", "julie.masson@ac-nancy-metz.fr"), "samedi", body, "2026-02-12 21:04",
                client="thunderbird")


@mail(136, "transfer_incident", False, "0772393H", "ile-de-france", "ecoledirecte", True, "fr",
      "Two topics: grades stop syncing to EcoleDirecte after 'Erreur 0x80070005 Accès refusé' on the exchange folder (main) and the deputy head forgot her own EcoleDirecte password; one template cannot answer both.")
def _():
    body = """Bonjour,

Deux problèmes, par ordre d'urgence :

1. Depuis le remplacement de l'antivirus mardi, le transfert échoue au moment d'écrire le fichier d'échange :
   « Erreur 0x80070005 : Accès refusé – \\\\SRV-CHARL\\Echange\\ED_export.dat »
   Plus aucune note n'arrive sur EcoleDirecte, et nos conseils de classe sont la semaine prochaine.

2. Moins grave : j'ai oublié mon mot de passe EcoleDirecte (compte directrice adjointe). Si vous pouvez me le réinitialiser en même temps…

Merci,
Sandra Dos Santos
Directrice adjointe – Collège Saint-Aspais, Melun
UAI 0772393H
"""
    return send(("Sandra Dos Santos", "s.dossantos@saintaspais-melun.fr"), "Transfert + mot de passe", body,
                "2026-02-12 11:45", client="outlook", charset="utf-8")


@mail(137, "subscription_activation", True, "0682122M", "grand-est", "esidoc", False, "en",
      "English; Universalis ordered 24 hours ago is not yet reachable from the portal (72-hour window).")
def _():
    body = """Hello,

We ordered the Encyclopaedia Universalis subscription yesterday morning for our CDI (the order shows as validated), but the link on our portal still says "resource not available".

Is there a delay before it's activated, or is there something we have to do?

Thank you,
Emma Schneider
Librarian, Lycée Lambert – Mulhouse (UAI 0682122M)
"""
    return send(("Emma Schneider", "emma.schneider@ac-strasbourg.fr"), "Universalis not available yet", body,
                "2026-02-12 13:20", client="thunderbird", lang="en")


@mail(138, "automated", False, None, "hauts-de-france", None, False, "fr",
      "HTML-only Exchange out-of-office (Auto-Submitted: auto-generated, X-Auto-Response-Suppress). Region from ac-amiens.fr.")
def _():
    dt = when("2026-02-13 16:03", UTC)
    frm = "celine.vasseur@ac-amiens.fr"
    page = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt">
<p>Bonjour,</p>
<p>Je suis absente à partir du samedi 14 février (vacances d'hiver) et serai de retour le lundi 2 mars.</p>
<p>Pour les commandes et factures urgentes, merci de contacter l'agence comptable.</p>
<p>Céline Vasseur<br>Adjointe gestionnaire</p>
</div></body></html>
"""
    heads = transport(frm, dt) + [
        "From: " + addr("VASSEUR Céline", frm),
        "To: " + addr(SUPPORT_NAME, SUPPORT),
        "Subject: " + hdr("Réponse automatique : [#SUP-011640] Votre devis"),
        "Date: " + rfc_date(dt),
        "Message-ID: " + _msgid("o365", frm, dt),
        "In-Reply-To: " + tkt(11640),
        "Auto-Submitted: auto-generated",
        "X-Auto-Response-Suppress: All",
        "Content-Language: fr-FR",
        "MIME-Version: 1.0",
    ]
    return message(heads, text_part(page, sub="html", charset="utf-8", cte="quoted-printable"))


@mail(139, "order_billing", False, "0029244M", "hauts-de-france", "esidoc", False, "fr",
      "The bon d'engagement upload is refused at order validation ('format non accepté', .odt); file attached.")
def _():
    body = """Bonjour,

À la validation de ma commande de renouvellement, le dépôt du bon d'engagement est refusé : « Format de fichier non accepté ». Notre logiciel de gestion le produit en .odt. Je le joins ici.

Pouvez-vous l'accepter tel quel, ou faut-il absolument un PDF ?

Cordialement,
Virginie Boulet
Gestionnaire – Lycée Jean-Racine, Hirson (0029244M)
"""
    att = file_part("bon_engagement_2026-0051.odt", b"PK\x03\x04" + bytes(RNG.randint(0, 255) for _ in range(180)),
                    "application/vnd.oasis.opendocument.text")
    return send(("Virginie Boulet", "virginie.boulet@ac-amiens.fr"), "Bon d'engagement refusé (format)", body,
                "2026-02-12 16:48", client="thunderbird", attachments=[att])


@mail(140, "transfer_incident", False, "0941655N", "ile-de-france", "ecoledirecte", False, "fr",
      "Sending the first-semester report-card PDFs to EcoleDirecte fails: 37 files rejected; parents cannot see them.")
def _():
    body = """Bonjour,

Nous avons publié hier soir les bulletins du 1er semestre. Le transfert signale :

  Envoi des bulletins PDF : 412 fichiers, 375 acceptés, 37 rejetés
  Motif : « Nom de fichier non conforme (caractères interdits) »

Les 37 bulletins rejetés sont tous ceux d'élèves dont le nom contient une apostrophe ou un tréma (N'Diaye, Loïc, etc.). Les familles concernées ne voient rien dans l'espace Famille et commencent à appeler.

Pouvez-vous corriger ou nous dire comment renvoyer ces fichiers ?

Merci,
Hélène Garnier
Secrétariat élèves – Lycée privé Teilhard-de-Chardin, Saint-Maur
UAI 0941655N
"""
    return send(("Hélène Garnier", "h.garnier@teilhard-saintmaur.fr"), "37 bulletins rejetés au transfert", body,
                "2026-02-06 08:49", client="outlook")


@mail(141, "mailinblack_spam", True, "0889599F", "grand-est", "espace_acheteur", False, "fr",
      "HTML-only Outlook: the Région installed 'MailInBlack Protect' and the Espace Acheteur mails are quarantined.")
def _():
    text = """Bonjour,

La Région a installé MailInBlack Protect sur notre messagerie pendant les vacances de Noël. Depuis, je ne reçois plus les messages de l'Espace Acheteur : ils sont en quarantaine et je dois les débloquer un par un.

Pourriez-vous m'envoyer la procédure pour autoriser définitivement vos adresses ?

Bien cordialement,

Didier Vautrin
Adjoint gestionnaire
Lycée Louis-Lapicque – Épinal
UAI 0889599F"""
    return send(("Didier Vautrin", "didier.vautrin@lycee-lapicque-epinal.fr"), "MailInBlack Protect - vos messages",
                text, "2026-02-04 15:30", client="outlook_html")


@mail(142, "contract_documents", False, "0609706Z", "hauts-de-france", "espace_acheteur", False, "fr",
      "Outlook follow-up reply: the market's price schedule is still missing after the region's answer.")
def _():
    body = """Bonjour,

Je me permets de revenir vers vous : malgré votre réponse de la semaine dernière, le bordereau des prix du marché « Manuels scolaires 2026 » n'est toujours pas visible dans nos documents (seul le CCAP apparaît).

Nous devons passer la commande des manuels pour la réforme avant la fin du mois.

Cordialement,
Olivier Ponchel
Gestionnaire – Collège Abel-Didelet, Estrées-Saint-Denis (0609706Z)

-----Message d'origine-----
De : Assistance Hauts-de-France <support@assistance.example.fr>
Envoyé : mercredi 4 février 2026 14:20
À : Ponchel Olivier <olivier.ponchel@ac-amiens.fr>
Objet : [#SUP-011552] Documents du marché manuels scolaires

Bonjour,

Les documents du marché ont été republiés. Ils devraient être visibles dans votre espace sous 24 heures.

Cordialement,
L'équipe d'assistance
"""
    return send(("Olivier Ponchel", "olivier.ponchel@ac-amiens.fr"),
                "RE: [#SUP-011552] Documents du marché manuels scolaires", body, "2026-02-11 14:05", client="outlook",
                irt=tkt(11552))


@mail(143, "other", False, None, "hauts-de-france", None, False, "fr",
      "Asks whether the desk stays open during the winter holidays: a general question, no category. Region from ac-lille.fr.")
def _():
    body = """Bonjour,

Petite question pratique : votre service reste-t-il joignable pendant les vacances d'hiver (à partir du 14 février pour nous) ? Nous aurons peut-être besoin d'aide pour la préparation de la rentrée de mars.

Merci et bonne journée,
Mme Dhainaut
Secrétariat de direction, lycée Baggio – Lille
"""
    return send(("Valerie Dhainaut", "valerie.dhainaut@ac-lille.fr"), "Ouverture pendant les vacances ?", body,
                "2026-02-11 12:01", client="zimbra")


@mail(144, "password_reset", True, None, "ile-de-france", "espace_acheteur", False, "en",
      "English; forgotten Espace Acheteur password, no UAI; region from ac-paris.fr.")
def _():
    body = """Hi,

I've forgotten my password for the Espace Acheteur and I need to approve a purchase order before Friday. Could you send me a reset link?

Thanks,
Olivia Grant
Deputy bursar, Lycée international – Paris
"""
    return send(("Olivia Grant", "olivia.grant@ac-paris.fr"), "Forgotten password - Espace Acheteur", body,
                "2026-02-10 12:30", client="thunderbird", lang="en")


@mail(145, "automated", False, None, None, "esidoc", False, "fr",
      "Publisher's marketing newsletter about orientation resources: List-Id, List-Unsubscribe (one-click), Precedence: bulk.")
def _():
    dt = when("2026-02-03 07:30")
    frm = "newsletter@news.esidoc.example"
    text = """Lettre d'information e-sidoc – février 2026

Spécial orientation : 5 ressources à mettre en avant sur votre portail avant les conseils du 2e trimestre
- Le parcours « Après la 3e »
- Les fiches métiers
- Le dossier Parcoursup pas à pas

Webinaire le 10 février à 14h : « Valoriser l'orientation au CDI »

Se désinscrire : https://news.esidoc.example/u/8c21f0
"""
    page = "<html><body>" + "".join("<p>%s</p>" % html.escape(l, quote=False) for l in text.split("\n") if l) + "</body></html>\n"
    top = multipart("alternative", [text_part(text, charset="utf-8", cte="quoted-printable"),
                                    text_part(page, sub="html", charset="utf-8", cte="quoted-printable")],
                    "b1_%s" % hexs(32))
    heads = transport("bounce-8c21f0@news.esidoc.example", dt) + [
        "From: " + addr("e-sidoc – la lettre", frm),
        "To: " + SUPPORT,
        "Subject: " + hdr("Spécial orientation : 5 ressources à mettre en avant"),
        "Date: " + rfc_date(dt),
        "Message-ID: <%s@news.esidoc.example>" % uuid4(),
        "List-Id: <lettre-info.news.esidoc.example>",
        "List-Unsubscribe: <https://news.esidoc.example/u/8c21f0>, <mailto:unsubscribe@news.esidoc.example>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "Precedence: bulk",
        "MIME-Version: 1.0",
    ]
    return message(heads, top)


@mail(146, "automated", False, None, None, None, False, "fr",
      "Exchange delivery receipt ('Remis :'), multipart/report with Action: delivered, for a message the desk sent with a delivery-notification request.")
def _():
    dt = when("2026-02-09 15:02", UTC)
    host = "PR3P193MB0714.EURP193.PROD.OUTLOOK.COM"
    frm = "postmaster@ogec-saintjean-colmar.fr"
    txt = """Votre message a été remis aux destinataires suivants :

direction@ogec-saintjean-colmar.fr

Objet : [#SUP-011579] Licence régénérée - merci de relancer le transfert
"""
    status = """Reporting-MTA: dns;%s

Final-Recipient: rfc822;direction@ogec-saintjean-colmar.fr
Action: delivered
Status: 2.0.0
""" % host
    top = multipart("report", [
        multipart("alternative", [text_part(txt, charset="utf-8", cte="quoted-printable"),
                                  text_part(outlook_html(txt), sub="html", charset="utf-8", cte="quoted-printable")],
                  "__%s__" % alnum(20)),
        Part(["Content-Type: message/delivery-status"], status.encode())],
        "_%s_" % alnum(30), params=" report-type=delivery-status;")
    heads = transport(frm, dt, auth="none", relay=("mail-pr3eur05.outbound.protection.outlook.com", ip()),
                      return_path="") + [
        "From: " + addr("Microsoft Outlook", frm),
        "To: " + SUPPORT,
        "Subject: " + hdr("Remis : [#SUP-011579] Licence régénérée - merci de relancer le transfert"),
        "Date: " + rfc_date(dt),
        "Message-ID: <%s@%s>" % (uuid4(), host),
        "Auto-Submitted: auto-replied",
        "Content-Language: fr-FR",
        "MIME-Version: 1.0",
    ]
    return message(heads, top)


@mail(147, "head_of_establishment_request", False, "0552520R", "grand-est", "esidoc", False, "fr",
      "The principal confirms from his phone, quoting his librarian's request (Apple quote style), that the e-sidoc admin reset may be done. Personal academic address, not the ce. one.")
def _():
    body = """Bonjour,

Je confirme la demande de Mme Roux ci-dessous et vous autorise à réinitialiser le mot de passe administrateur e-sidoc du collège.

Cordialement,
Vincent Aubert
Principal, collège Les Cuvelles – Vaucouleurs (0552520R)

Envoyé de mon iPhone

> Le 12 févr. 2026 à 16:40, Juliette Roux <juliette.roux@ac-nancy-metz.fr> a écrit :
>
> Monsieur le Principal,
> L'assistance e-sidoc demande votre accord écrit pour réinitialiser le mot de passe administrateur du portail. Pourriez-vous leur répondre (support@assistance.example.fr) ?
> Merci,
> Juliette Roux, documentaliste
"""
    return send(("Vincent Aubert", "vincent.aubert@ac-nancy-metz.fr"), "Re: Accord pour réinitialisation e-sidoc",
                body, "2026-02-12 18:03", client="apple",
                cc=addr("Juliette Roux", "juliette.roux@ac-nancy-metz.fr"))


@mail(148, "subscription_activation", True, "0103256K", "grand-est", "esidoc", False, "fr",
      "Short: please activate Cafeyn, ordered yesterday.")
def _():
    body = """Bonjour, pouvez-vous activer notre abonnement Cafeyn ? Commande validée hier. Merci !
N. Prévost – CDI lycée Marie-de-Champagne, Troyes (0103256K)"""
    return send(("Nathalie Prévost", "nathalie.prevost@ac-reims.fr"), "Activation Cafeyn", body, "2026-02-13 08:12",
                client="zimbra")


@mail(149, "order_billing", False, "0929344G", "ile-de-france", "espace_acheteur", False, "fr",
      "The basket prepared in December while waiting for the budget vote has disappeared (baskets are kept only for a while).")
def _():
    body = """Bonjour,

En décembre, j'avais préparé sur l'Espace Acheteur un panier complet (fournitures de sciences, 64 lignes) en attendant le vote du budget, qui a eu lieu le 27 janvier. Aujourd'hui le panier est vide !

Y a-t-il moyen de le récupérer ? Je n'ai pas envie de tout ressaisir…

Merci,
Vanessa Marques
Adjointe gestionnaire – Collège Henri-Sellier, Suresnes (0929344G)
"""
    return send(("Vanessa Marques", "vanessa.marques@ac-versailles.fr"), "Panier disparu", body, "2026-02-09 13:37",
                client="zimbra")


@mail(150, "transfer_incident", False, "0949896W", "ile-de-france", "ecoledirecte", False, "fr",
      "Import of classes and teachers from the STS export is rejected ('Fichier STS non conforme'), so the second-semester services cannot reach EcoleDirecte.")
def _():
    body = """Bonjour,

Pour mettre à jour les services des enseignants du second semestre, j'ai importé le fichier STS (export XML) dans Charlemagne puis lancé la synchronisation vers EcoleDirecte. L'import des classes et des professeurs est refusé :

  Import STS – sts_emp_0949896W_2026.xml
  Erreur X-12 : Fichier STS non conforme – balise <DIVISIONS> absente
  Import annulé : 0 classe, 0 enseignant mis à jour

Le même fichier s'ouvre très bien dans un navigateur et contient bien les divisions. Est-ce un problème de version du format ?

Merci d'avance,
Rodolphe Besnard
Directeur adjoint – Lycée privé Saint-Michel, Ivry-sur-Seine
UAI 0949896W
"""
    return send(("Rodolphe Besnard", "r.besnard@stmichel-ivry.fr"), "Import STS refusé - erreur X-12", body,
                "2026-02-03 15:21", client="thunderbird")


# ====================================================================== build and check

def build_all():
    reset_rng()
    return {n: MAILS[n]["build"]() for n in sorted(MAILS)}


UAI_TOKEN = re.compile(r"(?<!\w)((?:\d ?){6}\d) ?([A-Za-z])(?!\w)")
AUTO_CAPABLE = {c for c, a in CATEGORIES.items() if a.startswith("auto_reply")}


def _texts(msg):
    """Header text and decoded text of every part, for the UAI scan."""
    out = [str(msg.get("Subject", ""))]
    for h in ("From", "To", "Cc", "Reply-To"):
        if msg.get(h):
            out.append(str(msg.get(h)))
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        content = part.get_content()
        if isinstance(content, str):
            out.append(content)
        elif ctype == "application/pdf":
            out.append(content.decode("latin-1"))
        elif isinstance(content, email.message.Message):
            out.append(content.as_string())
    return out


def check(outputs):
    names = sorted(p.name for p in HERE.glob("h*.eml"))
    assert names == ["h%03d.eml" % i for i in range(1, 151)], "expected exactly h001.eml ... h150.eml"
    assert len(outputs) == 150
    lines = (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 150, len(lines)
    labels = [json.loads(l) for l in lines]
    assert [l["file"] for l in labels] == names

    for lab in labels:
        f = lab["file"]
        n = int(f[1:4])
        spec = MAILS[n]
        data = (HERE / f).read_bytes()
        assert data == outputs[n], f + ": file on disk differs from the build"
        # label format and taxonomy
        assert list(lab) == LABEL_KEYS, (f, list(lab))
        assert lab["category"] in CATEGORIES, (f, lab["category"])
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        assert not lab["auto_reply_ok"] or lab["category"] in AUTO_CAPABLE, (f, "auto reply for a human/ignore category")
        assert lab["platform"] in PLATFORMS, (f, lab["platform"])
        assert lab["lang"] in ("fr", "en"), f
        assert lab["region"] is None or lab["region"] in REGIONS, (f, lab["region"])
        assert isinstance(lab["notes"], str) and len(lab["notes"]) > 20, f
        # UAI label: right check letter, and consistent region
        msg = email.message_from_bytes(data, policy=email.policy.default)
        sender = email.utils.parseaddr(str(msg["From"]))[1]
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]) and lab["uai"] == lab["uai"].upper(), (f, lab["uai"])
            expected_region = region_of_uai(lab["uai"])
        else:
            expected_region = region_of_address(sender)
        assert lab["region"] == expected_region, (f, lab["region"], expected_region)
        # parseable by the stdlib, no defects, sane headers, CRLF, line length
        assert not msg.defects, (f, msg.defects)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            assert msg.get(h) is not None, (f, h)
        when_sent = email.utils.parsedate_to_datetime(str(msg["Date"]))
        assert datetime(2026, 1, 19, tzinfo=UTC) <= when_sent <= datetime(2026, 2, 16, tzinfo=UTC), (f, when_sent)
        for part in msg.walk():
            assert not part.defects, (f, part.get_content_type(), part.defects)
        assert data.count(b"\n") == data.count(b"\r\n"), f + ": bare LF"
        assert max(len(l) for l in data.split(b"\r\n")) <= 998, f + ": line too long"
        # every UAI-like code in the mail has the right letter, unless deliberately wrong (and said so)
        texts = _texts(msg)
        seen_bad = set()
        for t in texts:
            for m in UAI_TOKEN.finditer(t):
                code = (m.group(1).replace(" ", "") + m.group(2)).upper()
                if code in spec["bad"]:
                    seen_bad.add(code)
                    continue
                assert uai_ok(code), (f, "UAI with a wrong check letter not declared:", m.group(0))
        assert seen_bad == set(spec["bad"]), (f, "declared wrong codes not found", spec["bad"], seen_bad)
        for code in spec["bad"]:
            assert not uai_ok(code), (f, code, "declared wrong but valid")
            assert "wrong check letter" in lab["notes"], (f, "notes must say the letter is deliberately wrong")
        if lab["uai"]:
            flat = re.sub(r"\s", "", " ".join(texts)).upper()
            assert lab["uai"] in flat, (f, "label UAI not found in the mail")

    cats = {}
    for lab in labels:
        cats[lab["category"]] = cats.get(lab["category"], 0) + 1
    assert set(cats) == set(CATEGORIES), ("every category must appear", cats)
    en = sum(l["lang"] == "en" for l in labels)
    assert 10 <= en <= 20, en
    assert sum(l["uai"] is None and l["region"] is not None for l in labels) > 0
    return labels, cats


def main():
    first = build_all()
    second = build_all()
    assert first == second, "the build is not deterministic"
    for old in HERE.glob("h*.eml"):
        old.unlink()
    for n, data in first.items():
        (HERE / ("h%03d.eml" % n)).write_bytes(data)
    with open(HERE / "labels.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for n in sorted(MAILS):
            fh.write(json.dumps(MAILS[n]["label"], ensure_ascii=False) + "\n")
    labels, cats = check(first)
    summary = ", ".join("%s %d" % (c, cats[c]) for c in sorted(cats, key=lambda c: -cats[c]))
    print("holdout54: %d mails written and checked (%s); en %d, hard %d, wrong check letters %d" % (
        len(labels), summary, sum(l["lang"] == "en" for l in labels), sum(l["hard"] for l in labels),
        sum(len(MAILS[n]["bad"]) for n in MAILS)))


if __name__ == "__main__":
    main()
