#!/usr/bin/env python3
"""Generate the holdout59 blind test corpus (150 .eml files + labels.jsonl).

Theme: March 2026 in the overseas academies and Corsica (Guadeloupe,
Martinique, Guyane, La Reunion, Mayotte, Corse), plus a few mainland staff on
secondment there.  Every mail below was written by hand; the code only wraps
the hand-written text in headers and MIME structure typical of the client
named for each mail (Thunderbird, Outlook, Gmail, Apple Mail, Zimbra, phone
apps...).  Labels follow shared/spec/taxonomy.md and shared/spec/regions.md.

Standard library only, deterministic (fixed seeds).  Run:

    python3 make_holdout59.py

It writes h001.eml ... h150.eml and labels.jsonl next to itself, then checks
its own output with assertions.
"""

import base64
import datetime as dt
import email
import email.policy
import email.utils
import html as htmlmod
import json
import os
import quopri
import random
import re
import uuid
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20260359)

DESK = "support@assistance.example.fr"
DESK_TO = "Assistance <support@assistance.example.fr>"
MX = "mx1.assistance.example.fr"

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
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature", None}
UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

# regions.md: departement prefix (3 chars of the UAI) -> region slug
DEPT_REGION = {}
for _slug, _depts in {
    "auvergne-rhone-alpes": "01 03 07 15 26 38 42 43 63 69 73 74",
    "bourgogne-franche-comte": "21 25 39 58 70 71 89 90",
    "bretagne": "22 29 35 56",
    "centre-val-de-loire": "18 28 36 37 41 45",
    "grand-est": "08 10 51 52 54 55 57 67 68 88",
    "hauts-de-france": "02 59 60 62 80",
    "ile-de-france": "75 77 78 91 92 93 94 95",
    "normandie": "14 27 50 61 76",
    "nouvelle-aquitaine": "16 17 19 23 24 33 40 47 64 79 86 87",
    "occitanie": "09 11 12 30 31 32 34 46 48 65 66 81 82",
    "pays-de-la-loire": "44 49 53 72 85",
    "provence-alpes-cote-d-azur": "04 05 06 13 83 84",
}.items():
    for _d in _depts.split():
        DEPT_REGION["0" + _d] = _slug
DEPT_REGION.update({"620": "corse", "720": "corse", "971": "guadeloupe",
                    "972": "martinique", "973": "guyane", "974": "la-reunion",
                    "976": "mayotte"})

ACAD_DOMAINS = {
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

GP, MQ, GY, RE, YT, CO = "guadeloupe", "martinique", "guyane", "la-reunion", "mayotte", "corse"


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and UAI_LETTERS[int(code[:7]) % 23] == code[7]


# --------------------------------------------------------------------------
# small helpers for headers and bodies
# --------------------------------------------------------------------------

def hdr(s):
    """Encode a header value if it is not plain ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(maxlinelen=76)


def addr(s):
    """'Name <a@b>' (unicode allowed) -> RFC 2047 encoded address."""
    name, a = email.utils.parseaddr(s)
    if not name:
        return a
    return email.utils.formataddr((name, a), charset="utf-8")


def addrs(s):
    return ", ".join(addr(x.strip()) for x in s.split(";") if x.strip())


def domain_of(s):
    return email.utils.parseaddr(s)[1].rsplit("@", 1)[-1].lower()


def parse_when(when):
    # "2026-03-09 05:12 -0400"
    d, t, z = when.split()
    sign = 1 if z[0] == "+" else -1
    off = dt.timedelta(hours=int(z[1:3]), minutes=int(z[3:5])) * sign
    y, mo, da = (int(x) for x in d.split("-"))
    h, mi = (int(x) for x in t.split(":"))
    return dt.datetime(y, mo, da, h, mi, R.randrange(60), tzinfo=dt.timezone(off))


def paris(d):
    """The desk's MX stamps Paris time (DST starts 2026-03-29 01:00 UTC)."""
    u = d.astimezone(dt.timezone.utc)
    switch = dt.datetime(2026, 3, 29, 1, 0, tzinfo=dt.timezone.utc)
    off = 2 if u >= switch else 1
    tz = dt.timezone(dt.timedelta(hours=off))
    return u.astimezone(tz), ("CEST" if off == 2 else "CET")


def fmt_date(d):
    return email.utils.format_datetime(d)


def hexid(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, upper=True):
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if upper else "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(R.choice(chars) for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def ip():
    return "%s.%d" % (R.choice(["192.0.2", "198.51.100", "203.0.113"]), R.randrange(2, 250))


def qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def encode_part(text, cte, charset):
    if cte == "qp":
        return "quoted-printable", qp(text, charset)
    if cte == "base64":
        return "base64", b64(text.encode(charset))
    if cte == "7bit":
        text.encode("ascii")
        return "7bit", text
    return "8bit", text


def quote(text, prefix="> "):
    out = []
    for line in text.strip("\n").split("\n"):
        out.append((prefix + line) if line and not line.startswith(">") else (prefix.rstrip() + line if line else prefix.rstrip()))
    return "\n".join(out)


def text_to_html(text, flavour, charset="utf-8"):
    """Very small text->HTML rendering in the style of the client."""
    blocks, cur, inq = [], [], None
    for line in text.split("\n"):
        q = line.startswith(">")
        if inq is None:
            inq = q
        if q != inq:
            blocks.append((inq, cur))
            cur, inq = [], q
        cur.append(line.lstrip(">").lstrip(" ") if q else line)
    if cur:
        blocks.append((inq, cur))

    def render(lines):
        # hard-wrapped source lines of one paragraph become one HTML line
        joined = []
        for x in lines:
            if joined and joined[-1] and x and len(joined[-1]) >= 60 and not x.startswith(("-", "1", "2")):
                joined[-1] += " " + x
            else:
                joined.append(x)
        lines = joined
        if flavour == "outlook":
            return "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (htmlmod.escape(x, quote=False) if x else "&nbsp;") for x in lines)
        if flavour == "gmail":
            return "<br>\n".join(htmlmod.escape(x, quote=False) for x in lines)
        return "\n".join("<div>%s</div>" % (htmlmod.escape(x, quote=False) if x else "<br>") for x in lines)

    parts = []
    for isq, lines in blocks:
        if isq:
            if flavour == "gmail":
                parts.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote>' % render(lines))
            elif flavour == "zimbra":
                parts.append('<blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;">%s</blockquote>' % render(lines))
            else:
                parts.append('<blockquote type="cite">%s</blockquote>' % render(lines))
        else:
            parts.append(render(lines))
    inner = "\n".join(parts)
    if flavour == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n' % charset +
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
                '\tfont-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
                '<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % inner)
    if flavour == "gmail":
        return '<div dir="ltr">%s</div>\n' % inner
    if flavour == "zimbra":
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                '%s</div></body></html>\n' % inner)
    if flavour == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                '%s</body></html>\n' % inner)
    return "<html><head></head><body>%s</body></html>\n" % inner


# --------------------------------------------------------------------------
# transport headers
# --------------------------------------------------------------------------

def relay_for(dom):
    if dom.startswith("ac-") and dom.endswith(".fr"):
        return "smtp%d.%s" % (R.randrange(1, 6), dom)
    if dom in ("gmail.com", "googlemail.com"):
        return "mail-%s.google.com" % R.choice(["ej1-f52", "wm1-f41", "ed1-f48", "lj1-f170", "qt1-f181"])
    if dom in ("outlook.fr", "hotmail.fr", "hotmail.com", "outlook.com", "live.fr"):
        return "%s.outbound.protection.outlook.com" % R.choice(["PA4P190CU001", "MRZP264CU002", "PR0P264CU003"])
    if dom in ("orange.fr", "wanadoo.fr"):
        return "smtp-%d.smtpout.orange.fr" % R.randrange(10, 30)
    if dom in ("icloud.com", "me.com"):
        return "p-east2-cluster%d-host%d-snip4-%d.eps.apple.com" % (R.randrange(1, 9), R.randrange(1, 12), R.randrange(1, 9))
    if dom in ("yahoo.fr", "yahoo.com"):
        return "sonic%d-%d.consmr.mail.ir2.yahoo.com" % (R.randrange(300, 330), R.randrange(1, 40))
    return "mail.%s" % dom


AUTH = {
    "pass": "dkim=pass (2048-bit key) header.d={d};\n\tspf=pass smtp.mailfrom={d};\n\tdmarc=pass (p=none dis=none) header.from={d}",
    "none": "dkim=none;\n\tspf=none smtp.mailfrom={d};\n\tdmarc=none header.from={d}",
    "softfail": "dkim=none;\n\tspf=softfail smtp.mailfrom={d};\n\tdmarc=none (p=none dis=none) header.from={d}",
    "fail": "dkim=fail (signature did not verify) header.d={d};\n\tspf=fail smtp.mailfrom={d};\n\tdmarc=fail (p=quarantine dis=none) header.from={d}",
}


def transport(sent, envelope_from, dom, auth="pass", relay=None, submission=True, rp=None):
    """Return-Path, Delivered-To, Received and Authentication-Results lines."""
    relay = relay or relay_for(dom)
    rcv, zname = paris(sent + dt.timedelta(seconds=R.randrange(3, 80)))
    lines = [
        "Return-Path: <%s>" % (envelope_from if rp is None else rp),
        "Delivered-To: %s" % DESK,
        "Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (%s)"
        % (relay, relay, ip(), MX, alnum(15, upper=False).capitalize(), DESK, fmt_date(rcv), zname),
        "Authentication-Results: %s;\n\t%s" % (MX, AUTH[auth].format(d=dom)),
    ]
    if submission and dom.startswith("ac-"):
        sub = sent + dt.timedelta(seconds=R.randrange(1, 3))
        lines.append("Received: from [192.168.%d.%d] (unknown [%s])\n\tby %s with ESMTPSA id %s\n\tfor <%s>; %s"
                     % (R.randrange(0, 4), R.randrange(2, 254), ip(), relay, hexid(10).upper(), DESK, fmt_date(sub)))
    return lines


# --------------------------------------------------------------------------
# attachments
# --------------------------------------------------------------------------

def fake_pdf(title):
    body = ("%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
            "%% %s\ntrailer << /Root 1 0 R >>\n%%%%EOF\n" % title)
    return body.encode("latin-1", "replace")


def fake_png():
    raw = bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + bytes(R.randrange(256) for _ in range(180))
    return raw


def attachment_part(att):
    name, ctype, data = att
    try:
        name.encode("ascii")
        disp = 'attachment; filename="%s"' % name
        ct = '%s; name="%s"' % (ctype, name)
    except UnicodeEncodeError:
        enc = email.utils.encode_rfc2231(name, "utf-8")
        disp = "attachment; filename*=%s" % enc
        ct = "%s; name*=%s" % (ctype, enc)
    return "Content-Type: %s\nContent-Disposition: %s\nContent-Transfer-Encoding: base64\n\n%s" % (ct, disp, b64(data))


# --------------------------------------------------------------------------
# the builder for mails written by people
# --------------------------------------------------------------------------

ENTRIES = []  # (label dict, raw bytes)


def L(category, auto_reply_ok, uai, region, platform, hard, lang, notes):
    return {"category": category, "auto_reply_ok": auto_reply_ok, "uai": uai, "region": region,
            "platform": platform, "hard": hard, "lang": lang, "notes": notes}


CLIENTS = {
    # name: (html flavour or None, default cte, structure)
    "thunderbird": (None, "8bit"),
    "thunderbird_html": ("apple", "8bit"),
    "outlook": ("outlook", "qp"),
    "gmail": ("gmail", "qp"),
    "iphone": (None, "qp"),
    "applemail": ("apple", "qp"),
    "zimbra": ("zimbra", "qp"),
    "outlook_android": ("outlook", "base64"),
    "samsung": ("gmail", "base64"),
    "orange": ("plain", "qp"),
    "yahoo": ("plain", "qp"),
    "plain": (None, "8bit"),
}


def msgid(client, dom):
    if client in ("outlook", "outlook_android"):
        box = R.choice(["PR3P191MB", "PAWP264MB", "MR1P264MB", "PA4P190MB"]) + str(R.randrange(1000, 9999))
        return "<%s%s@%s.%s.PROD.OUTLOOK.COM>" % (box, alnum(24), box, "EURP191" if box.startswith("PR3") else "FRAP264")
    if client == "gmail":
        return "<CA%s@mail.gmail.com>" % "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=") for _ in range(48))
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (R.randrange(10**8, 10**10), R.randrange(10**5, 10**6), R.randrange(10**12, 10**13), dom)
    if client == "samsung":
        return "<%s@email.android.com>" % hexid(24)
    if client == "orange":
        return "<%d.%d.%d@wwinf%d.orange.fr>" % (R.randrange(10**8, 10**9), R.randrange(10**4, 10**5), R.randrange(10**12, 10**13), R.randrange(1000, 3000))
    if client == "yahoo":
        return "<%d.%d@mail.yahoo.com>" % (R.randrange(10**9, 10**10), R.randrange(10**6, 10**7))
    if client in ("iphone", "applemail"):
        return "<%s@%s>" % (ruuid().upper(), dom)
    return "<%s@%s>" % (ruuid(), dom)


def person(label, *, frm, subject, when, client, body, to=DESK_TO, cc=None, reply_to=None,
           html=None, html_only=False, cte=None, charset="utf-8", attach=(), irt=None, refs=None,
           auth="pass", extra=(), envelope=None, raw_subject=False, lang_hdr=None):
    """Build a mail written by a person, in the style of `client`."""
    sent = parse_when(when)
    dom = domain_of(frm)
    env = envelope or email.utils.parseaddr(frm)[1]
    flavour, dcte = CLIENTS[client]
    cte = cte or dcte
    if cte == "8bit" and charset == "utf-8" and all(ord(c) < 128 for c in body):
        cte = "7bit"
    desktop = client == "outlook" and dom.startswith("ac-")  # Outlook 2016+ sending through the academie's SMTP
    o365 = client in ("outlook", "outlook_android") and not desktop
    relay = None
    if o365 and not dom.startswith("ac-"):
        relay = "%s.outbound.protection.outlook.com" % R.choice(["PA4P190CU001", "MRZP264CU002", "PR0P264CU003", "AM0PR02CU008"])
    lines = transport(sent, env, dom, auth=auth, relay=relay)
    if desktop:
        t = hexid(8)
        mid = "<00%s01dcb%s$%s$%s$@%s>" % (hexid(2), hexid(3), t, hexid(8), dom)
    else:
        mid = msgid(client, dom)
    subj = subject if raw_subject else hdr(subject)

    common = []
    if client in ("outlook", "outlook_android"):
        common += ["From: " + addr(frm), "To: " + addrs(to)]
        if cc:
            common.append("CC: " + addrs(cc))
        common += ["Subject: " + subj, "Thread-Topic: " + subj,
                   "Thread-Index: " + base64.b64encode(bytes(R.randrange(256) for _ in range(22))).decode(),
                   "Date: " + fmt_date(sent), "Message-ID: " + mid]
        if refs or irt:
            common.append("References: " + (refs or irt))
        if irt:
            common.append("In-Reply-To: " + irt)
        if reply_to:
            common.append("Reply-To: " + addr(reply_to))
        if desktop:
            common += ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: " + (lang_hdr or "fr")]
        else:
            common += ["Accept-Language: fr-FR, en-US", "Content-Language: " + (lang_hdr or "fr-FR"),
                       "X-MS-Has-Attach: " + ("yes" if attach else ""), "X-MS-TNEF-Correlator: "]
        if client == "outlook_android":
            common.append("X-MS-Exchange-Organization-SCL: -1")
        common.append("MIME-Version: 1.0")
    elif client == "gmail":
        common += ["MIME-Version: 1.0", "Date: " + fmt_date(sent), "Message-ID: " + mid]
        if refs or irt:
            common.append("References: " + (refs or irt))
        if irt:
            common.append("In-Reply-To: " + irt)
        common += ["Subject: " + subj, "From: " + addr(frm), "To: " + addrs(to)]
        if cc:
            common.append("Cc: " + addrs(cc))
        if reply_to:
            common.append("Reply-To: " + addr(reply_to))
    elif client in ("iphone", "applemail"):
        common += ["From: " + addr(frm), "Mime-Version: 1.0 (1.0)" if client == "iphone" else "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))",
                   "Date: " + fmt_date(sent), "Subject: " + subj, "Message-Id: " + mid]
        if refs or irt:
            common.append("References: " + (refs or irt))
        if irt:
            common.append("In-Reply-To: " + irt)
        if cc:
            common.append("Cc: " + addrs(cc))
        common += ["To: " + addrs(to),
                   "X-Mailer: " + ("iPhone Mail (22D82)" if client == "iphone" else "Apple Mail (2.3826.400.131.1.6)")]
    elif client == "zimbra":
        common += ["From: " + addr(frm), "To: " + addrs(to)]
        if cc:
            common.append("Cc: " + addrs(cc))
        common += ["Subject: " + subj, "Date: " + fmt_date(sent), "Message-ID: " + mid]
        if irt:
            common += ["In-Reply-To: " + irt, "References: " + (refs or irt)]
        common += ["MIME-Version: 1.0", "X-Originating-IP: [10.%d.%d.%d]" % (R.randrange(256), R.randrange(256), R.randrange(1, 255)),
                   "X-Mailer: Zimbra 10.0.8_GA_0151 (ZimbraWebClient - FF136 (Win)/10.0.8_GA_0151)",
                   "Thread-Topic: " + subj,
                   "Thread-Index: " + base64.b64encode(bytes(R.randrange(256) for _ in range(18))).decode().rstrip("=")]
    else:
        common += ["Message-ID: " + mid, "Date: " + fmt_date(sent), "MIME-Version: 1.0"]
        if client.startswith("thunderbird"):
            common += ["User-Agent: Mozilla Thunderbird", "Content-Language: " + (lang_hdr or "fr")]
        elif client == "orange":
            common += ["X-Mailer: Open-Xchange Mailer v7.10.6-Rev71", "X-Originating-Client: open-xchange-appsuite"]
        elif client == "yahoo":
            common += ["X-Mailer: WebService/1.1.23369 YMailNorrin"]
        elif client == "samsung":
            common += ["X-Mailer: Samsung Email"]
        if refs or irt:
            common.append("References: " + (refs or irt))
        if irt:
            common.append("In-Reply-To: " + irt)
        common += ["To: " + addrs(to)]
        if cc:
            common.append("Cc: " + addrs(cc))
        common += ["From: " + addr(frm)]
        if reply_to:
            common.append("Reply-To: " + addr(reply_to))
        common += ["Subject: " + subj]
    common += list(extra)

    # --- body ---
    text = body.strip("\n") + "\n"
    text_ct = "text/plain; charset=%s" % ("UTF-8" if charset == "utf-8" and client.startswith("thunderbird") else (charset if charset != "utf-8" else "utf-8"))
    if client.startswith("thunderbird"):
        text_ct += "; format=flowed"
    if client == "gmail":
        text_ct = 'text/plain; charset="%s"' % charset.upper()
    if html is None:
        html_text = text_to_html(text, flavour or "plain", charset)
    else:
        html_text = html
    if html_only:
        t, enc = encode_part(html_text, cte if cte != "7bit" else "qp", charset)
        content = ["Content-Type: text/html; charset=\"%s\"" % charset, "Content-Transfer-Encoding: " + t, "", enc]
    elif flavour is None:
        t, enc = encode_part(text, cte, charset)
        content = ["Content-Type: " + text_ct, "Content-Transfer-Encoding: " + t, "", enc]
    else:
        bnd = {"outlook": ("----=_NextPart_000_%s_01DCB%s.%s" % (hexid(4).upper(), hexid(3).upper(), hexid(8).upper())) if desktop else "_000_%s_" % alnum(30), "outlook_android": "_000_%s_" % alnum(30),
               "gmail": "000000000000%s" % hexid(12), "samsung": "--_com.samsung.android.email_%d" % R.randrange(10**12, 10**13),
               "zimbra": "=_%s" % ruuid(), "applemail": "Apple-Mail=_%s" % ruuid().upper()}.get(client, "----=_Part_%d_%d.%d" % (R.randrange(10**5, 10**6), R.randrange(10**8, 10**9), R.randrange(10**12, 10**13)))
        t1, e1 = encode_part(text, cte, charset)
        hcte = cte if cte in ("base64", "qp") else "qp"
        t2, e2 = encode_part(html_text, hcte, charset)
        content = ['Content-Type: multipart/alternative;\n boundary="%s"' % bnd, "",
                   "--" + bnd, "Content-Type: " + text_ct, "Content-Transfer-Encoding: " + t1, "", e1.rstrip("\n"),
                   "--" + bnd, 'Content-Type: text/html; charset="%s"' % charset, "Content-Transfer-Encoding: " + t2, "", e2.rstrip("\n"),
                   "--" + bnd + "--", ""]
    if attach:
        mb = "----=_mixed_%s" % hexid(20)
        inner = "\n".join(content)
        content = ['Content-Type: multipart/mixed;\n boundary="%s"' % mb, "", "This is a multi-part message in MIME format.",
                   "--" + mb, inner.rstrip("\n")]
        for a in attach:
            content += ["--" + mb, attachment_part(a).rstrip("\n")]
        content += ["--" + mb + "--", ""]
    raw = "\n".join(lines + common + content)
    if not raw.endswith("\n"):
        raw += "\n"
    data = raw.encode(charset if cte == "8bit" else "utf-8") if cte == "8bit" else raw.encode("utf-8")
    ENTRIES.append((label, data))


def rawmail(label, when, envelope_from, dom, head_and_body, auth="pass", rp=None, relay=None, charset="utf-8"):
    """A mail whose header block (after the transport lines) and body are given verbatim.

    `head_and_body` may use {date} and {mid_host} placeholders."""
    sent = parse_when(when)
    lines = transport(sent, envelope_from, dom, auth=auth, submission=False, rp=rp, relay=relay)
    txt = head_and_body.strip("\n").replace("{date}", fmt_date(sent)).replace("{hex}", hexid(16)) + "\n"
    ENTRIES.append((label, ("\n".join(lines) + "\n" + txt).encode(charset)))


# ==========================================================================
# THE MAILS
# ==========================================================================

# --------------------------------------------------------------------------
# password_reset (23)
# --------------------------------------------------------------------------

person(L("password_reset", True, "9740292Z", RE, "esidoc", False, "fr",
         "Cilaos: the PC was reinstalled after the cyclone power cuts and the browser forgot the saved e-sidoc password; UAI in the body and signature."),
       frm="Nathalie Hoarau <nathalie.hoarau@ac-reunion.fr>", when="2026-03-03 14:37 +0400", client="thunderbird",
       subject="Mot de passe e-sidoc perdu suite coupure de courant",
       body="""
Bonjour,

Suite aux coupures d'électricité de la semaine dernière (alerte orange, nous
étions coupés presque deux jours dans le cirque), l'ordinateur du CDI a dû
être réinstallé par le technicien du Département. Résultat : le navigateur a
perdu tous les mots de passe enregistrés, et je ne connais pas par cœur celui
du back office e-sidoc. Je ne l'ai jamais tapé moi-même, il était mémorisé
depuis mon arrivée.

Notre identifiant est le 9740292Z (collège de Cilaos).

Est-ce que vous pouvez me renvoyer un lien de réinitialisation ? L'adresse du
CDI est sans doute celle qui est enregistrée.

Merci d'avance et bonne journée (ou bonne fin de journée chez vous !)

Nathalie Hoarau
Professeure documentaliste
Collège de Cilaos – 9740292Z
""")

person(L("password_reset", True, "9760404K", YT, "esidoc", False, "fr",
         "SMS-style phone message ('mdp', no accents); Samsung mail with base64 text and HTML parts; UAI typed in lower case (9760404k), the label is upper case."),
       frm="Anrafati Madi <anrafati.madi976@gmail.com>", when="2026-03-05 06:12 +0300", client="samsung",
       subject="mdp esidoc",
       body="""
bjr
jai perdu le mdp du portail esidoc du cdi, college 9760404k.
jai essayer mdp oublie mais ca dit identifiant ou mot de passe incorrect
vous pouvez envoyer le lien svp merci

Envoyé depuis mon appareil Galaxy
""")

person(L("password_reset", True, "9731304E", GY, "esidoc", False, "fr",
         "Reset link expired because the connection dropped for two days before she could use it; asks for a new link."),
       frm="Marie-Josée Bourgarel <mj.bourgarel@ac-guyane.fr>", when="2026-03-09 07:48 -0300", client="gmail",
       subject="Re: Réinitialisation de votre mot de passe e-sidoc",
       body="""
Bonjour,

J'ai bien reçu votre lien jeudi mais la connexion internet du lycée a sauté
jusqu'à samedi (encore le câble, paraît-il). Ce matin quand je clique, la
page dit que le lien a expiré.

Pouvez-vous m'en renvoyer un autre ? Je vais essayer de l'utiliser tout de
suite cette fois, tant que le réseau tient.

Lycée Bertène Juminer, Saint-Laurent-du-Maroni – UAI 9731304E

Merci,
Marie-Josée Bourgarel
Documentaliste
""")

person(L("password_reset", True, "9720096X", MQ, "esidoc", False, "en",
         "English: a language assistant from St Lucia covering the CDI was asked to get the e-sidoc admin password back; UAI given."),
       frm="Kimberly Joseph <kimberly.joseph.lc@gmail.com>", when="2026-03-10 13:05 -0400", client="gmail",
       subject="Library portal password (Lycée Joseph Gaillard)",
       body="""
Hello,

I am the English language assistant at Lycée Joseph Gaillard in Fort-de-France.
Our librarian is on sick leave and the principal asked me to help keep the
library portal (e-sidoc) updated until she comes back. Nobody here knows the
administrator password.

The school code is 9720096X. Could you send a reset link to the school's
address, please? I'm sorry, my French is not good enough to write this properly.

Many thanks,
Kimberly Joseph
English language assistant
""")

person(L("password_reset", True, "7200187R", CO, "esidoc", False, "fr",
         "Zimbra from ac-corse.fr: the password expired and the previous one is forgotten; Haute-Corse UAI (720)."),
       frm="Ghjuvanna Santucci <ghjuvanna.santucci@ac-corse.fr>", when="2026-03-02 08:21 +0100", client="zimbra",
       subject="Mot de passe expiré - CDI lycée de Corte",
       body="""
Bonjour,

En me connectant à l'administration e-sidoc ce matin, on me dit que mon mot
de passe a expiré et qu'il faut en choisir un nouveau, mais pour ça il me
demande l'ancien... que je n'ai plus (je l'avais noté sur un post-it qui a
disparu pendant les vacances, classique).

Établissement : Lycée Pascal Paoli, Corte — RNE 7200187R.

Pourriez-vous m'aider ?

Bien cordialement,

Ghjuvanna Santucci
Professeure documentaliste
""")

person(L("password_reset", True, "9711213S", GP, "esidoc", False, "fr",
         "Marie-Galante: the documentaliste is also the gestionnaire's deputy; account locked after a colleague tried several passwords."),
       frm="Florette Bade <florette.bade@ac-guadeloupe.fr>", when="2026-03-11 10:02 -0400", client="outlook",
       subject="Compte bloqué e-sidoc - collège de Grand-Bourg",
       body="""
Bonjour,

Je suis la documentaliste du collège de Grand-Bourg à Marie-Galante (et,
depuis janvier, l'adjointe de la gestionnaire, on fait avec les moyens du
bord...). Une collègue a voulu se connecter à l'administration du portail
pendant que j'étais à l'intendance et elle a essayé plusieurs mots de passe.
Maintenant le compte est bloqué.

Pouvez-vous le débloquer ou m'envoyer un lien pour refaire le mot de passe ?
Notre code établissement est 9711213S.

Mèsi anpil,

Florette Bade
Professeure documentaliste / adjointe gestionnaire
Collège de Grand-Bourg – 97112 Grand-Bourg de Marie-Galante
""")

person(L("password_reset", True, "9761189N", YT, "esidoc", True, "fr",
         "Negations: mails from the desk do arrive, nothing is blocked and it is not a missing no-reply mail; she simply never knew the password. password_reset."),
       frm="Sitti Ahamada <sitti.ahamada@ac-mayotte.fr>", when="2026-03-12 09:40 +0300", client="zimbra",
       subject="Accès administration e-sidoc",
       body="""
Bonjour,

Je précise tout de suite pour gagner du temps : ce n'est pas un problème de
mail bloqué ni de message qui n'arrive pas, je reçois très bien vos lettres
d'information et le mail du mot de passe, je l'ai eu la dernière fois. Le
souci c'est que je ne connais tout simplement pas le mot de passe de
l'administration du portail : ma collègue partie à La Réunion ne me l'a pas
laissé.

UAI : 9761189N (collège de Sada).

Merci de me dire comment faire.

Sitti Ahamada
Documentaliste, collège de Sada
""")

person(L("password_reset", False, "9740613Y", RE, "esidoc", True, "fr",
         "Writes from a family Gmail account on a shared home computer and asks for the password to be sent to that address: not an address on file, so no automatic answer."),
       frm="Famille Payet <payet.famille974@gmail.com>", when="2026-03-14 19:55 +0400", client="gmail",
       subject="mot de passe portail CDI",
       body="""
Bonsoir,

Je vous écris depuis l'ordinateur de la maison (c'est l'adresse de la
famille, ne faites pas attention au nom). Je suis Sabine Payet, documentaliste
au lycée Roland Garros au Tampon, UAI 9740613Y.

J'ai oublié le mot de passe du portail e-sidoc et je suis en arrêt cette
semaine, je voudrais préparer la rentrée du lundi depuis chez moi. Est-ce que
vous pouvez m'envoyer le nouveau mot de passe directement sur cette adresse
svp ? Au lycée la boîte du CDI, je ne l'ouvre jamais.

Merci bien,
Sabine Payet
""")

person(L("password_reset", True, None, MQ, "esidoc", True, "fr",
         "UAI typed 9720459T: wrong check letter (the digits give 9720459S), so no UAI; region from the ac-martinique.fr sender domain."),
       frm="Rodrigue Lesdema <rodrigue.lesdema@ac-martinique.fr>", when="2026-03-04 15:17 -0400", client="thunderbird",
       subject="demande de réinitialisation",
       body="""
Bonjour,

Documentaliste au collège du François, je n'arrive plus à me connecter à
l'interface d'administration e-sidoc. J'ai oublié le mot de passe depuis les
vacances de carnaval.

Identifiant : 9720459T

Merci de m'envoyer la marche à suivre.

R. Lesdema
""")

person(L("password_reset", True, None, None, "esidoc", True, "fr",
         "UAI written '973 0121 V': wrong check letter (9730121 gives U), so no UAI; Hotmail sender, so no region either."),
       frm="Linda Pansa <linda.pansa@hotmail.fr>", when="2026-03-17 12:30 -0300", client="outlook",
       subject="Mot de passe oublié",
       body="""
Bonjour,

Je suis la nouvelle documentaliste contractuelle à Grand-Santi. Personne ne
m'a transmis le mot de passe de l'administration du portail du CDI.
Le code du collège c'est 973 0121 V si je ne me trompe pas.

Je ne suis pas encore dans l'annuaire académique donc je n'ai pas d'adresse
pro, désolée.

Merci,
Linda Pansa
""")

person(L("password_reset", True, "9730477F", GY, "espace_acheteur", False, "fr",
         "Kourou gestionnaire lost the Espace Acheteur login and password after the previous gestionnaire left; the address tied to the account is unknown."),
       frm="Jean-Claude Ho-A-Chuck <jean-claude.ho-a-chuck@ac-guyane.fr>", when="2026-03-18 08:05 -0300", client="outlook",
       subject="Identifiants Espace Acheteur",
       body="""
Bonjour,

Je viens de prendre le poste de gestionnaire au collège Omeba Tobo de Kourou
(UAI 9730477F). Je dois passer une commande sur l'Espace Acheteur mais je
n'ai ni l'identifiant ni le mot de passe de l'établissement, et mon
prédécesseur est parti en métropole sans laisser de consignes.

Je ne sais pas non plus quelle adresse mail est rattachée au compte.

Pouvez-vous me dire comment récupérer l'accès ?

Cordialement,

Jean-Claude Ho-A-Chuck
Gestionnaire
Collège Omeba Tobo – Kourou
""")

person(L("password_reset", False, "9741127G", RE, "ecoledirecte", True, "fr",
         "Lost EcoleDirecte administrator password, explicitly not the daily maintenance password (which would be transfer_incident). No reset template for this product, so a person answers."),
       frm="Jean-Marc Fontaine <informatique@ecole-sainte-clotilde.re>", when="2026-03-06 16:44 +0400", client="thunderbird",
       subject="Perte mot de passe administrateur EcoleDirecte",
       body="""
Bonjour,

Ce n'est pas le mot de passe de maintenance du jour que je cherche (celui-là
je sais où le trouver), mais le mot de passe du compte administrateur
EcoleDirecte de l'établissement. L'ancienne directrice adjointe l'avait changé
avant son départ et ne l'a transmis à personne.

Établissement : Sainte-Clotilde, UAI 9741127G.

Merci de me dire quelle procédure suivre.

Jean-Marc Fontaine
Référent informatique
""")

person(L("password_reset", False, "9721148R", MQ, "esidoc", True, "fr",
         "Two topics: lost e-sidoc password (first) and a Europresse subscription not visible; one template would answer only half."),
       frm="Patricia Nelson <patricia.nelson@ac-martinique.fr>", when="2026-03-19 11:12 -0400", client="zimbra",
       subject="2 petits soucis portail CDI",
       body="""
Bonjour,

Deux choses :

1) je n'ai plus le mot de passe de l'admin e-sidoc (je l'ai changé en
février et je l'ai perdu, je sais...) ;

2) l'abonnement Europresse commandé par la gestionnaire il y a une semaine
n'apparaît toujours pas dans nos ressources.

Lycée Victor Anicet – Saint-Pierre
9721148R

Merci beaucoup,
Patricia Nelson
""")

person(L("password_reset", True, "9720908E", MQ, "esidoc", False, "fr",
         "Very short iPhone message (quoted-printable), school and UAI in one line."),
       frm="Hélène Clément-Lise <helene.cl@icloud.com>", when="2026-03-20 06:58 -0400", client="iphone",
       subject="Mdp e-sidoc",
       body="""
Bonjour, mot de passe e-sidoc oublié. Collège Édouard Glissant, Le Lamentin, 9720908E. Merci !

Envoyé de mon iPhone
""")

person(L("password_reset", True, "9740878L", RE, "esidoc", True, "fr",
         "UAI only in the ce.<UAI>@ac-reunion.fr sender address, written in lower case; the secretariat asks for the link on that official address."),
       frm="Secrétariat Collège Les Aloès <ce.9740878l@ac-reunion.fr>", when="2026-03-23 10:26 +0400", client="zimbra",
       subject="Lien mot de passe portail documentaire",
       body="""
Bonjour,

La documentaliste étant absente pour plusieurs semaines, la remplaçante n'a
pas le mot de passe d'administration du portail documentaire du CDI.

Merci d'envoyer le lien de réinitialisation sur l'adresse de l'établissement
(celle-ci).

Bien cordialement,
Le secrétariat de direction
Collège Les Aloès – Saint-Pierre
""")

person(L("password_reset", True, "9761328P", YT, "esidoc", True, "fr",
         "Mainland librarian on secondment in Mayotte still writes from her ac-lyon.fr address; the UAI (976, Mayotte) wins over the sender domain (auvergne-rhone-alpes)."),
       frm="Camille Deschamps <camille.deschamps@ac-lyon.fr>", when="2026-03-24 13:50 +0300", client="thunderbird",
       subject="Mot de passe administration portail – collège de Dembéni",
       body="""
Bonjour,

Je suis en poste à Mayotte depuis la rentrée (détachement), au collège de
Dembéni, mais j'écris depuis mon ancienne adresse académique lyonnaise car la
messagerie de l'académie de Mayotte ne fonctionne pas chez moi depuis une
semaine (coupures, réseau saturé, bref...).

Je n'ai pas le mot de passe de l'administration du portail e-sidoc du CDI.
UAI du collège : 9761328P.

L'adresse enregistrée chez vous est probablement celle de l'établissement,
j'irai la consulter au secrétariat.

Merci,
Camille Deschamps
Professeure documentaliste
""")

person(L("password_reset", True, "9711961E", GP, "esidoc", True, "fr",
         "Creole-influenced French ('pa ka maché', 'mèsi'); the request is a forgotten e-sidoc password with the UAI."),
       frm="Josette Zénon <josette.zenon@ac-guadeloupe.fr>", when="2026-03-25 07:31 -0400", client="outlook_android",
       subject="mot de passe pa ka maché",
       body="""
Bonjou,

Le mot de passe du portail CDI là pa ka maché, mwen ja eséyé twa fwa. Je
crois que je l'ai oublié tout bonnement.
C'est pour le collège de Capesterre-Belle-Eau, 9711961E.

Si vous pouvez m'envoyer le lien pour en faire un nouveau, mèsi anpil.

Josette Zénon

Obtenir Outlook pour Android
""")

person(L("password_reset", True, "6201611G", CO, "esidoc", False, "fr",
         "HTML-only Outlook message (quoted-printable HTML, no text part): the replacement librarian left without handing over the password."),
       frm="Paul-Antoine Leca <paul-antoine.leca@ac-corse.fr>", when="2026-03-26 16:03 +0100", client="outlook", html_only=True,
       subject="Accès CDI – mot de passe inconnu",
       body="""
Bonjour,

La professeure documentaliste remplaçante a terminé son contrat au lycée de
Porto-Vecchio vendredi et elle n'a pas laissé le mot de passe d'administration
du portail e-sidoc.

Le titulaire du poste (moi) reprend lundi et ne peut plus se connecter.
UAI : 6201611G.

Merci de m'indiquer la procédure.

Paul-Antoine Leca
Professeur documentaliste – Lycée de Porto-Vecchio
""")

person(L("password_reset", False, "9710118B", GP, "esidoc", True, "fr",
         "Third message with no answer received (her own earlier mail quoted): the irritation and the silence call for a person; earlier replies may not be reaching her."),
       frm="Murielle Lancrerot <murielle.lancrerot@ac-guadeloupe.fr>", when="2026-03-16 05:20 -0400", client="thunderbird",
       subject="TROISIEME RELANCE - mot de passe portail CDI",
       body="""
Bonjour,

C'est la troisième fois que j'écris. Il est 5 h du matin chez nous, je vous
écris avant d'aller au collège pour être sûre que vous l'ayez en arrivant au
bureau, puisque visiblement à l'heure où je vous écris d'habitude vous êtes
déjà partis.

Toujours pas de mot de passe, toujours pas de réponse. Les élèves de 3e ont
leur recherche documentaire à rendre et je ne peux rien mettre en ligne.

Merci de me répondre, même pour me dire non.

Murielle Lancrerot
Collège Nestor de Kermadec, Pointe-à-Pitre – 9710118B

Le 05/03/2026 à 14:02, Murielle Lancrerot a écrit :
> Bonjour,
>
> Je relance ma demande du 26 février : j'ai oublié le mot de passe de
> l'administration e-sidoc du collège (UAI 9710118B). Pouvez-vous m'envoyer
> un lien ?
>
> Merci
> M. Lancrerot
""")

person(L("password_reset", True, "9741778P", RE, "espace_acheteur", False, "en",
         "English; an IT contractor for a Saint-Denis lycée lost the Espace Acheteur password and asks for the reset procedure."),
       frm="Mark Tan <mark.tan@oceanit-services.re>", when="2026-03-27 11:14 +0400", client="outlook",
       subject="Forgotten password - purchasing platform", lang_hdr="en-US",
       body="""
Hi,

I manage IT for Lycée Leconte de Lisle (school code 9741778P) under a service
contract. The bursar asked me to sort out their access to the Espace Acheteur:
the password has been forgotten and the "forgot password" page does not
recognise the login they think they use.

What is the login supposed to be, and can the reset link be sent to the
school's official mailbox?

Best regards,
Mark Tan
Ocean IT Services – Saint-Denis, La Réunion
""")

person(L("password_reset", True, None, GY, "esidoc", False, "fr",
         "Does not know what the 'identifiant' is (it is the UAI) nor the password; phone style, no UAI given, region from ac-guyane.fr."),
       frm="Ruth Abienso <ruth.abienso@ac-guyane.fr>", when="2026-03-13 17:22 -0300", client="iphone",
       subject="identifiant ?",
       body="""
Bjr, on me demande un identifiant et un mot de passe pr le portail du CDI, c koi l'identifiant ?? et le mdp je l'ai pas non plus. Je suis à Papaïchton, pas de réseau au collège donc je réponds le soir.
Merci

Envoyé de mon iPhone
""")

person(L("password_reset", True, "9730146W", GY, "esidoc", False, "fr",
         "Was changing the password when the power cut; neither the old nor the new one works now. A lost password (reset), UAI in the signature."),
       frm="Olivier Sylvestre <olivier.sylvestre@ac-guyane.fr>", when="2026-03-02 09:47 -0300", client="thunderbird",
       subject="mot de passe e-sidoc bloqué après coupure",
       body="""
Bonjour,

Vendredi j'étais en train de changer le mot de passe d'administration du
portail (la page me le demandait) quand le courant a coupé dans tout le
bourg. Depuis, ni l'ancien ni le nouveau ne marchent. Je ne sais pas si le
changement a été pris en compte ou pas.

Pouvez-vous le réinitialiser ?

--
Olivier Sylvestre
Documentaliste – Collège de Saint-Georges-de-l'Oyapock
UAI 9730146W
""")

person(L("password_reset", True, "7201451P", CO, "esidoc", False, "fr",
         "Apple Mail (Mac): the reset mail goes to the predecessor's address, which nobody reads; the official-address path applies."),
       frm="Marc-Antoine Giacomoni <marc-antoine.giacomoni@ac-corse.fr>", when="2026-03-30 09:12 +0200", client="applemail",
       subject="Réinitialisation qui part chez mon prédécesseur",
       body="""
Bonjour,

Quand je clique sur « mot de passe oublié » sur l'administration e-sidoc, le
message dit qu'un lien a été envoyé à « d*****@ac-corse.fr ». C'est
certainement l'adresse de mon prédécesseur, parti à la retraite en juin.
Moi je ne reçois donc jamais rien.

Collège de Biguglia, UAI 7201451P. Pouvez-vous envoyer le lien sur l'adresse
de l'établissement ? Le secrétariat me le transmettra.

Merci,

Marc-Antoine Giacomoni
Professeur documentaliste
Collège de Biguglia
""")

# --------------------------------------------------------------------------
# automated (20)
# --------------------------------------------------------------------------

rawmail(L("automated", False, None, RE, None, False, "fr",
          "Zimbra vacation reply from an ac-reunion.fr address (Auto-Submitted: auto-replied (zimbra; vacation)); region from the sender domain."),
        "2026-03-02 11:03 +0400", "sandrine.grondin@ac-reunion.fr", "ac-reunion.fr", """
From: Sandrine Grondin <sandrine.grondin@ac-reunion.fr>
To: Assistance <support@assistance.example.fr>
Subject: =?utf-8?q?Absente_=3A_Re=3A_=5B=23SUP-118204=5D_Votre_demande_d=27a?=
 =?utf-8?q?ide?=
Date: {date}
Message-ID: <1735112204.81344.1772434980112.JavaMail.zimbra@ac-reunion.fr>
In-Reply-To: <SUP-118204.1772434700.a1c93e@assistance.example.fr>
MIME-Version: 1.0
X-Mailer: Zimbra 10.0.8_GA_0151
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je suis absente jusqu'au lundi 16 mars inclus (stage de formation =C3=A0 Sain=
t-Denis). Les messages ne sont pas transf=C3=A9r=C3=A9s.

Pour le CDI, merci de vous adresser au secr=C3=A9tariat du coll=C3=A8ge.

Sandrine Grondin
""")

rawmail(L("automated", False, None, MQ, None, False, "fr",
          "Exchange out-of-office in French from ac-martinique.fr: Auto-Submitted: auto-generated and X-Auto-Response-Suppress."),
        "2026-03-03 08:40 -0400", "g.lordinot@ac-martinique.fr", "ac-martinique.fr", """
From: LORDINOT Gaelle <g.lordinot@ac-martinique.fr>
To: Assistance <support@assistance.example.fr>
Subject: =?iso-8859-1?Q?R=E9ponse_automatique=A0=3A_Commande_abonnements_2026?=
Thread-Topic: Commande abonnements 2026
Thread-Index: AQHbjK3x9lX0f2uN0kS4Xq9VvZ0KAA==
Date: {date}
Message-ID: <MR1P264MB3388{hex}@MR1P264MB3388.FRAP264.PROD.OUTLOOK.COM>
In-Reply-To: <SUP-118317.1772537100.55e0aa@assistance.example.fr>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: g.lordinot@ac-martinique.fr
Content-Language: fr-FR
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je suis en cong=E9 maladie jusqu'au 20 mars. En cas d'urgence concernant l'i=
ntendance, merci de contacter M. Rosine, adjoint gestionnaire.

Cordialement,
Ga=EBlle Lordinot
Gestionnaire =96 Lyc=E9e de Bellevue
""", charset="latin-1")

rawmail(L("automated", False, None, GY, None, False, "fr",
          "Bounce from MAILER-DAEMON@ac-guyane.fr: mailbox over quota; multipart/report with the desk's original reply attached, null Return-Path. Region from the sender domain."),
        "2026-03-04 10:15 -0300", "", "ac-guyane.fr", """
From: Mail Delivery System <MAILER-DAEMON@ac-guyane.fr>
To: support@assistance.example.fr
Subject: Undelivered Mail Returned to Sender
Date: {date}
Message-ID: <20260304131521.4fQ2kL0xZrz9w@smtp2.ac-guyane.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="4fQ2kL0xZrz9w.1772630121/smtp2.ac-guyane.fr"

This is a MIME-encapsulated message.

--4fQ2kL0xZrz9w.1772630121/smtp2.ac-guyane.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host smtp2.ac-guyane.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<cdi.maripasoula@ac-guyane.fr>: maildrop: maildir over quota.

--4fQ2kL0xZrz9w.1772630121/smtp2.ac-guyane.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp2.ac-guyane.fr
X-Postfix-Queue-ID: 4fQ2kL0xZrz9w
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Wed,  4 Mar 2026 10:15:19 -0300 (-03)

Final-Recipient: rfc822; cdi.maripasoula@ac-guyane.fr
Original-Recipient: rfc822;cdi.maripasoula@ac-guyane.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; maildrop: maildir over quota.

--4fQ2kL0xZrz9w.1772630121/smtp2.ac-guyane.fr
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: Assistance <support@assistance.example.fr>
To: cdi.maripasoula@ac-guyane.fr
Subject: [#SUP-118422] Activation de votre abonnement
Date: Wed, 04 Mar 2026 14:15:10 +0100
Message-ID: <SUP-118422.1772630110.0b77d1@assistance.example.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Votre abonnement sera activ=C3=A9 dans un d=C3=A9lai de 72 heures apr=C3=A8s=
 la validation de la commande.

Cordialement,
L'=C3=A9quipe d'assistance

--4fQ2kL0xZrz9w.1772630121/smtp2.ac-guyane.fr--
""", rp="", relay="smtp2.ac-guyane.fr")

rawmail(L("automated", False, None, None, None, False, "en",
          "Gmail 'Delivery Status Notification (Failure)' in English for a misspelt Gmail address; multipart/report with text/rfc822-headers."),
        "2026-03-05 12:40 +0000", "", "googlemail.com", """
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: support@assistance.example.fr
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: <SUP-118511.1772714390.91c0fe@assistance.example.fr>
In-Reply-To: <SUP-118511.1772714390.91c0fe@assistance.example.fr>
X-Failed-Recipients: anrafati.madi967@gmail.com
Message-ID: <67c85a30.050a0220.1b2c3.{hex}.GMR@mx.google.com>
Date: {date}
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000f1e2d3c4b5a69788"; report-type=delivery-status

--000000000000f1e2d3c4b5a69788
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to anrafati.madi967@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.

--000000000000f1e2d3c4b5a69788
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; mx1.assistance.example.fr
Arrival-Date: Thu, 05 Mar 2026 04:40:12 -0800 (PST)

Final-Recipient: rfc822; anrafati.madi967@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--000000000000f1e2d3c4b5a69788
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: anrafati.madi967@gmail.com
Subject: [#SUP-118511] Re: mdp esidoc
Date: Thu, 05 Mar 2026 13:39:50 +0100
Message-ID: <SUP-118511.1772714390.91c0fe@assistance.example.fr>
Auto-Submitted: auto-replied

--000000000000f1e2d3c4b5a69788--
""", rp="", relay="mail-sor-f69.google.com")

rawmail(L("automated", False, None, GP, None, False, "fr",
          "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification, from ac-guadeloupe.fr."),
        "2026-03-06 09:02 -0400", "c.jean-baptiste@ac-guadeloupe.fr", "ac-guadeloupe.fr", """
From: JEAN-BAPTISTE Corinne <c.jean-baptiste@ac-guadeloupe.fr>
To: Assistance <support@assistance.example.fr>
Subject: Lu : [#SUP-118377] Votre devis de renouvellement
Thread-Topic: [#SUP-118377] Votre devis de renouvellement
Date: {date}
Message-ID: <PAWP264MB4821{hex}@PAWP264MB4821.FRAP264.PROD.OUTLOOK.COM>
Content-Language: fr-FR
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="_001_PAWP264MB4821B7E0_"

--_001_PAWP264MB4821B7E0_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Votre message

  =C3=80 : JEAN-BAPTISTE Corinne
  Objet : [#SUP-118377] Votre devis de renouvellement
  Envoy=C3=A9 : mardi 3 mars 2026 15:11:02 (UTC-04:00) Georgetown, La Paz, Manaus, San Juan

a =C3=A9t=C3=A9 lu le vendredi 6 mars 2026 09:02:41 (UTC-04:00) Georgetown, La Paz, Manaus, San Juan.

--_001_PAWP264MB4821B7E0_
Content-Type: message/disposition-notification

Reporting-UA: PAWP264MB4821.FRAP264.PROD.OUTLOOK.COM; Microsoft Exchange Server
Final-Recipient: rfc822;c.jean-baptiste@ac-guadeloupe.fr
Original-Message-ID: <SUP-118377.1772565062.7a21b4@assistance.example.fr>
Disposition: automatic-action/MDN-sent-automatically; displayed

--_001_PAWP264MB4821B7E0_--
""")

rawmail(L("automated", False, None, GY, None, False, "fr",
          "Out-of-office from ac-guyane.fr (Auto-Submitted: auto-replied): on mission on the Maroni, reachable only by pirogue, connection limited. Automatic, never answered."),
        "2026-03-09 14:22 -0300", "f.aloeke@ac-guyane.fr", "ac-guyane.fr", """
From: Frederic Aloeke <f.aloeke@ac-guyane.fr>
To: support@assistance.example.fr
Subject: =?utf-8?b?UsOpcG9uc2UgYXV0b21hdGlxdWUgOiBbI1NVUC0xMTg2MDFdIEFib25uZW1lbnQgQ2FmZXlu?=
Date: {date}
Message-ID: <autoreply-{hex}@ac-guyane.fr>
In-Reply-To: <SUP-118601.1772990400.cc1f02@assistance.example.fr>
MIME-Version: 1.0
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: DR, RN, NRN, OOF, AutoReply
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Je suis en mission dans les écoles du haut Maroni (Talhuen, Antecume Pata)
jusqu'au 20 mars. L'accès se fait en pirogue et je n'aurai quasiment pas de
connexion : je lirai vos messages à mon retour à Maripasoula.

Frédéric Aloeke
Coordonnateur des CDI – secteur fleuve
""")

rawmail(L("automated", False, "9730832S", GY, None, True, "fr",
          "Out-of-office sent by a client-side rule from a ce.<UAI>@ac-guyane.fr address: no Auto-Submitted, Precedence or In-Reply-To, only the wording shows it is automatic. It mentions the e-sidoc password, but nobody asks anything. UAI from the address."),
        "2026-03-10 07:05 -0300", "ce.9730832S@ac-guyane.fr", "ac-guyane.fr", """
From: =?utf-8?q?Coll=C3=A8ge_Paul_Kapel?= <ce.9730832S@ac-guyane.fr>
To: Assistance <support@assistance.example.fr>
Subject: =?utf-8?q?Message_automatique_-_fermeture_administrative?=
Date: {date}
Message-ID: <{hex}.rule@ac-guyane.fr>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Ceci est un message automatique.

Le secr=C3=A9tariat du coll=C3=A8ge est ferm=C3=A9 du 9 au 13 mars (travaux =
=C3=A9lectriques). Les demandes concernant le portail du CDI (mot de passe e=
-sidoc, abonnements) seront trait=C3=A9es =C3=A0 la r=C3=A9ouverture.

Merci de votre compr=C3=A9hension.
""")

rawmail(L("automated", False, None, RE, "esidoc", True, "fr",
          "A librarian's real e-sidoc password question, but posted to the académie's documentalistes mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us. Region from the ac-reunion.fr sender."),
        "2026-03-11 15:48 +0400", "laurence.techer@ac-reunion.fr", "ac-reunion.fr", """
From: Laurence Techer <laurence.techer@ac-reunion.fr>
To: docs974@listes.ac-reunion.fr
Subject: [docs974] mot de passe e-sidoc : qui a la procédure ?
Date: {date}
Message-ID: <b31e72c0-{hex}@ac-reunion.fr>
MIME-Version: 1.0
List-Id: Documentalistes de l'academie de La Reunion <docs974.listes.ac-reunion.fr>
List-Unsubscribe: <mailto:sympa@listes.ac-reunion.fr?subject=unsubscribe%20docs974>
List-Post: <mailto:docs974@listes.ac-reunion.fr>
List-Archive: <https://listes.ac-reunion.fr/sympa/arc/docs974>
Precedence: list
Sender: docs974-owner@listes.ac-reunion.fr
Errors-To: docs974-owner@listes.ac-reunion.fr
X-Loop: docs974@listes.ac-reunion.fr
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Bonjour à toutes et tous,

Je viens de récupérer le CDI d'une collègue à Saint-Benoît et je n'ai pas le
mot de passe du portail e-sidoc. Quelqu'un a-t-il déjà fait la démarche ?
Faut-il passer par le chef d'établissement ?

Merci la liste !
Laurence

_______________________________________________
docs974 mailing list
https://listes.ac-reunion.fr/sympa/info/docs974
""")

rawmail(L("automated", False, None, None, None, False, "fr",
          "Publisher newsletter (List-Unsubscribe one-click, Precedence: bulk) announcing that print issues reach the overseas départements late because of shipping."),
        "2026-03-12 06:00 +0100", "bounce-7781@news.presse-jeunesse.example.com", "news.presse-jeunesse.example.com", """
From: Presse Jeunesse Diffusion <newsletter@presse-jeunesse.example.com>
To: support@assistance.example.fr
Subject: =?utf-8?q?Info_abonn=C3=A9s_Outre-mer_=3A_retards_d=27acheminement_en_mars?=
Date: {date}
Message-ID: <nl-2026-03-outremer.{hex}@news.presse-jeunesse.example.com>
MIME-Version: 1.0
List-Id: <infos-abonnes.presse-jeunesse.example.com>
List-Unsubscribe: <https://news.presse-jeunesse.example.com/u/7781/9f2c>, <mailto:unsub-7781@news.presse-jeunesse.example.com>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
X-Campaign: OUTREMER-0326
Content-Type: multipart/alternative; boundary="=_nl_0326_b9a7"

--=_nl_0326_b9a7
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Chers abonn=C3=A9s,

En raison d'un mouvement social dans le port du Havre et de la r=C3=A9organi=
sation des rotations de porte-conteneurs vers les Antilles, la Guyane, La R=
=C3=A9union et Mayotte, les num=C3=A9ros papier de mars arriveront avec 2 =
=C3=A0 4 semaines de retard.

Les versions num=C3=A9riques restent accessibles normalement.

Se d=C3=A9sabonner : https://news.presse-jeunesse.example.com/u/7781/9f2c

--=_nl_0326_b9a7
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial"><h2>Info abonn=C3=A9s Outre-mer</h2=
><p>En raison d'un mouvement social dans le port du Havre et de la r=C3=A9o=
rganisation des rotations de porte-conteneurs vers les Antilles, la Guyane,=
 La R=C3=A9union et Mayotte, les num=C3=A9ros papier de mars arriveront ave=
c 2 =C3=A0 4 semaines de retard.</p><p>Les versions num=C3=A9riques restent=
 accessibles normalement.</p><p style=3D"font-size:10px"><a href=3D"https:/=
/news.presse-jeunesse.example.com/u/7781/9f2c">Se d=C3=A9sabonner</a></p></=
body></html>

--=_nl_0326_b9a7--
""")

rawmail(L("automated", False, None, None, None, True, "fr",
          "MailInBlack sender-authentication challenge received by the desk after it replied to a protected school: machine-generated (Auto-Submitted), so automated, although it names MailInBlack. Sending the MailInBlack guide back would be absurd."),
        "2026-03-13 09:31 +0100", "no-reply@protect.mailinblack.example.com", "protect.mailinblack.example.com", """
From: =?utf-8?q?Protection_Mailinblack_de_gestion=2Elycee-baimbridge?= <no-reply@protect.mailinblack.example.com>
To: support@assistance.example.fr
Subject: =?utf-8?q?Votre_message_est_en_attente_de_validation?=
Date: {date}
Message-ID: <challenge.{hex}@protect.mailinblack.example.com>
MIME-Version: 1.0
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MIB-Challenge: 1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Helvetica,Arial,sans-serif">
<p>Bonjour,</p>
<p>Vous avez envoy=C3=A9 un message =C3=A0 <b>gestion.lycee-baimbridge@lyc=
ees-guadeloupe.example.fr</b>, qui est prot=C3=A9g=C3=A9 par Mailinblack.</p>
<p>Afin de d=C3=A9livrer votre message, merci de confirmer que vous =C3=AAte=
s un humain en cliquant sur le lien ci-dessous. Cette op=C3=A9ration ne ser=
a demand=C3=A9e qu'une seule fois.</p>
<p><a href=3D"https://protect.mailinblack.example.com/c/7Hq2pX">Je confirme =
mon envoi</a></p>
<p style=3D"color:#888">Objet du message en attente : [#SUP-118655] Votre fa=
cture F-2026-0412</p>
</body></html>
""")

rawmail(L("automated", False, None, None, "esignature", True, "fr",
          "E-signature 'document signé par toutes les parties' notification for a convention: no Auto-Submitted or Precedence; the no-reply sender and wording show it is automatic."),
        "2026-03-16 10:44 +0100", "no-reply@esign.example.fr", "esign.example.fr", """
From: Signature électronique <no-reply@esign.example.fr>
To: support@assistance.example.fr
Subject: =?utf-8?q?Document_sign=C3=A9_=3A_Convention_d=27adh=C3=A9sion_2026_-_Coll?=
 =?utf-8?q?=C3=A8ge_de_Koungou?=
Date: {date}
Message-ID: <envelope-{hex}@esign.example.fr>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_esign_{hex}"

--b1_esign_{hex}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Le document « Convention d'adhésion 2026 - Collège de Koungou » a été signé
par tous les signataires.

Vous pouvez le télécharger depuis votre espace pendant 30 jours.

Ceci est un message envoyé automatiquement, merci de ne pas y répondre.

--b1_esign_{hex}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body><p>Bonjour,</p><p>Le document <b>« Convention d'adhésion 2026 - Collège de Koungou »</b> a été signé par tous les signataires.</p><p><a href="https://esign.example.fr/d/{hex}">Télécharger le document</a></p><p style="color:#999">Ceci est un message envoyé automatiquement, merci de ne pas y répondre.</p></body></html>

--b1_esign_{hex}--
""")

rawmail(L("automated", False, None, None, "espace_acheteur", False, "fr",
          "Espace Acheteur no-reply notification to the desk (administrator of last resort): an account is waiting for validation. Auto-Submitted: auto-generated."),
        "2026-03-17 03:12 +0100", "no-reply@espace-acheteur.example.fr", "espace-acheteur.example.fr", """
From: Espace Acheteur <no-reply@espace-acheteur.example.fr>
To: support@assistance.example.fr
Subject: =?utf-8?q?Un_compte_est_en_attente_de_validation?=
Date: {date}
Message-ID: <notif.validation.{hex}@espace-acheteur.example.fr>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Precedence: bulk
X-Auto-Response-Suppress: All
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Une demande de cr=C3=A9ation de compte a =C3=A9t=C3=A9 d=C3=A9pos=C3=A9e pou=
r la structure "LYCEE POLYVALENT DE KAWENI" et attend une validation.

Demandeur : Ma=C3=AFssara Bacar (gestionnaire)

Aucun administrateur de structure n'=C3=A9tant d=C3=A9fini, cette notificati=
on est adress=C3=A9e au support.

Ce message est g=C3=A9n=C3=A9r=C3=A9 automatiquement.
""")

rawmail(L("automated", False, None, None, "ticket_portal", False, "fr",
          "Ticket-portal notification: the supplier updated a ticket the desk opened. Auto-Submitted: auto-generated."),
        "2026-03-18 14:30 +0100", "notifications@tickets.example.com", "tickets.example.com", """
From: Portail tickets <notifications@tickets.example.com>
To: support@assistance.example.fr
Subject: [Ticket #48213] =?utf-8?q?Mise_=C3=A0_jour_=3A_synchronisation_abonnements_Outre-mer?=
Date: {date}
Message-ID: <ticket-48213-upd-7.{hex}@tickets.example.com>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Le ticket #48213 « synchronisation abonnements Outre-mer » a été mis à jour.

Nouveau statut : En cours de traitement
Commentaire de l'éditeur :
  « Le correctif sur le décalage horaire des activations (UTC-4 / UTC+4) sera
    déployé le 24 mars. »

Pour répondre, connectez-vous au portail. Ne répondez pas à ce message.
""")

rawmail(L("automated", False, None, None, None, False, "fr",
          "Exchange Online non-delivery report in French ('Non remis :') for a private school's address in Martinique, multipart/report with an HTML explanation."),
        "2026-03-19 16:05 +0100", "", "ecole-saint-joseph-cluny.example.mq", """
From: Microsoft Outlook
 <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ecole-saint-joseph-cluny.example.mq>
To: <support@assistance.example.fr>
Date: {date}
Content-Type: multipart/report; report-type=delivery-status;
 boundary="c8e2a1b0-77d4-4c61-9a7c-2f3b5e6d1a90"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: fr-FR
Message-ID: <0d8a0a4e-{hex}@PR3P191MB1122.EURP191.PROD.OUTLOOK.COM>
In-Reply-To: <SUP-118790.1773932650.e4f210@assistance.example.fr>
References: <SUP-118790.1773932650.e4f210@assistance.example.fr>
Subject: Non remis : [#SUP-118790] Votre demande de transfert EcoleDirecte
Auto-Submitted: auto-replied
MIME-Version: 1.0

--c8e2a1b0-77d4-4c61-9a7c-2f3b5e6d1a90
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head></head><body><p><b><font color=3D"#000066" size=3D"3" face=3D"=
Arial">Votre message n'a pas pu =C3=AAtre remis =C3=A0 secretariat@ecole-sai=
nt-joseph-cluny.example.mq car l'adresse est introuvable ou ne peut pas rec=
evoir de courrier.</font></b></p><p>Code d'erreur : 550 5.1.10 RESOLVER.ADR=
.RecipientNotFound</p></body></html>

--c8e2a1b0-77d4-4c61-9a7c-2f3b5e6d1a90
Content-Type: message/delivery-status

Reporting-MTA: dns;PR3P191MB1122.EURP191.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Thu, 19 Mar 2026 15:04:10 +0000

Final-Recipient: rfc822;secretariat@ecole-saint-joseph-cluny.example.mq
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--c8e2a1b0-77d4-4c61-9a7c-2f3b5e6d1a90
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: secretariat@ecole-saint-joseph-cluny.example.mq
Subject: [#SUP-118790] Votre demande de transfert EcoleDirecte
Date: Thu, 19 Mar 2026 16:04:10 +0100
Message-ID: <SUP-118790.1773932650.e4f210@assistance.example.fr>

--c8e2a1b0-77d4-4c61-9a7c-2f3b5e6d1a90--
""", rp="", relay="PA4P190CU001.outbound.protection.outlook.com", auth="none")

rawmail(L("automated", False, None, None, None, False, "en",
          "English 'Delayed Mail (still being retried)' warning from the desk's own relay: the Mayotte school's server times out (power cuts). Action: delayed, not a failure, still automatic."),
        "2026-03-20 11:20 +0100", "", "relay.assistance.example.fr", """
From: Mail Delivery System <MAILER-DAEMON@relay.assistance.example.fr>
To: support@assistance.example.fr
Subject: Delayed Mail (still being retried)
Date: {date}
Message-ID: <20260320102000.3A1F22C0{hex}@relay.assistance.example.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="3A1F22C0.1773998400/relay.assistance.example.fr"

--3A1F22C0.1773998400/relay.assistance.example.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<secretariat@lycee-sada.example.yt>: connect to
    mx.lycee-sada.example.yt[192.0.2.71]:25: Connection timed out

--3A1F22C0.1773998400/relay.assistance.example.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.assistance.example.fr
X-Postfix-Queue-ID: 3A1F22C0
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Fri, 20 Mar 2026 07:14:55 +0100 (CET)

Final-Recipient: rfc822; secretariat@lycee-sada.example.yt
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.lycee-sada.example.yt[192.0.2.71]:25:
    Connection timed out
Will-Retry-Until: Wed, 25 Mar 2026 07:14:55 +0100 (CET)

--3A1F22C0.1773998400/relay.assistance.example.fr--
""", rp="", relay="relay.assistance.example.fr", auth="none")

rawmail(L("automated", False, None, GP, None, False, "fr",
          "Acknowledgement from the rectorat's own help desk for a message the desk had sent it (Auto-Submitted, X-Loop): answering would start a mail loop. Region from the ac-guadeloupe.fr sender."),
        "2026-03-23 08:02 -0400", "assistance@ac-guadeloupe.fr", "ac-guadeloupe.fr", """
From: Plateforme d'assistance - Rectorat de la Guadeloupe <assistance@ac-guadeloupe.fr>
To: support@assistance.example.fr
Subject: =?utf-8?q?=5BAssistance_AC-GPE_=23265811=5D_Accus=C3=A9_de_r=C3=A9ception?=
Date: {date}
Message-ID: <rt-265811-ack.{hex}@ac-guadeloupe.fr>
MIME-Version: 1.0
Auto-Submitted: auto-replied
Precedence: bulk
X-Loop: assistance@ac-guadeloupe.fr
X-RT-Ticket: AC-GPE #265811
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Votre demande a bien =C3=A9t=C3=A9 enregistr=C3=A9e sous le num=C3=A9ro 2658=
11. Un technicien de la DSI la prendra en charge dans les meilleurs d=C3=A9l=
ais.

Merci de conserver le num=C3=A9ro dans l'objet de vos prochains messages.

-------------------------------------------------------------------------
Ce message est g=C3=A9n=C3=A9r=C3=A9 automatiquement, merci de ne pas y r=
=C3=A9pondre.
""")

rawmail(L("automated", False, None, None, None, False, "fr",
          "Thunderbird return receipt in French ('Accusé de lecture (affiché)'), multipart/report disposition-notification, from a laposte.net address."),
        "2026-03-24 18:40 +0100", "pierre.casanova20@laposte.net", "laposte.net", """
Message-ID: <5e7b1a2c-{hex}@laposte.net>
Date: {date}
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: Pierre Casanova <pierre.casanova20@laposte.net>
To: Assistance <support@assistance.example.fr>
Subject: =?UTF-8?Q?Accus=c3=a9_de_lecture_=28affich=c3=a9=29_-_=5b=23SUP-1189?=
 =?UTF-8?Q?02=5d_Votre_compte_client?=
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------0K9xYt2mQ7wR4bN1cV8dL3aE"

This is a multi-part message in MIME format.
--------------0K9xYt2mQ7wR4bN1cV8dL3aE
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Ceci est un accusé de lecture pour le courriel envoyé à pierre.casanova20@laposte.net.

Note : cet accusé de lecture indique seulement que le message a été affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.

--------------0K9xYt2mQ7wR4bN1cV8dL3aE
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: ; Mozilla Thunderbird
Final-Recipient: rfc822;pierre.casanova20@laposte.net
Original-Message-ID: <SUP-118902.1774370000.3b9e11@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

--------------0K9xYt2mQ7wR4bN1cV8dL3aE--
""")

rawmail(L("automated", False, "9761141L", YT, None, False, "fr",
          "Automatic notice from a Mayotte school's ce.<UAI> address (Auto-Submitted: auto-replied): the school is closed because of water cuts. UAI from the address."),
        "2026-03-25 06:30 +0300", "ce.9761141L@ac-mayotte.fr", "ac-mayotte.fr", """
From: =?utf-8?q?Lyc=C3=A9e_de_Chirongui?= <ce.9761141L@ac-mayotte.fr>
To: support@assistance.example.fr
Subject: =?utf-8?q?R=C3=A9ponse_automatique_=3A_Re=3A_Votre_demande?=
Date: {date}
Message-ID: <1290448812.771203.1774409400551.JavaMail.zimbra@ac-mayotte.fr>
MIME-Version: 1.0
Auto-Submitted: auto-replied (zimbra; vacation)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

En raison des coupures d'eau programm=C3=A9es par la SMAE, l'=C3=A9tablissem=
ent est ferm=C3=A9 les mercredi 25 et jeudi 26 mars. Les messages seront tra=
it=C3=A9s =C3=A0 la reprise.

Le secr=C3=A9tariat de direction
""")

rawmail(L("automated", False, None, CO, None, False, "fr",
          "Outlook 'Non lu :' notice (message deleted without being read), disposition-notification, from ac-corse.fr; region from the sender domain."),
        "2026-03-26 12:15 +0100", "jf.mattei@ac-corse.fr", "ac-corse.fr", """
From: MATTEI Jean-Francois <jf.mattei@ac-corse.fr>
To: Assistance <support@assistance.example.fr>
Subject: Non lu : [#SUP-118977] Transmission de votre bon d'engagement
Date: {date}
Message-ID: <MR1P264MB2177{hex}@MR1P264MB2177.FRAP264.PROD.OUTLOOK.COM>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="_002_MR1P264MB2177_"

--_002_MR1P264MB2177_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Votre message

  =C3=80 : MATTEI Jean-Francois
  Objet : [#SUP-118977] Transmission de votre bon d'engagement
  Envoy=C3=A9 : lundi 23 mars 2026 10:02:11 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a =C3=A9t=C3=A9 supprim=C3=A9 sans avoir =C3=A9t=C3=A9 lu le jeudi 26 mars 2026 12:15:03 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.

--_002_MR1P264MB2177_
Content-Type: message/disposition-notification

Reporting-UA: MR1P264MB2177.FRAP264.PROD.OUTLOOK.COM; Microsoft Exchange Server
Final-Recipient: rfc822;jf.mattei@ac-corse.fr
Original-Message-ID: <SUP-118977.1774256531.b0c4d2@assistance.example.fr>
Disposition: automatic-action/MDN-sent-automatically; deleted

--_002_MR1P264MB2177_--
""")

rawmail(L("automated", False, None, None, None, True, "fr",
          "Chorus Pro platform notification that an invoice was made available (Auto-Submitted: auto-generated): talks of an invoice but nobody asks anything; never answered, not order_billing."),
        "2026-03-27 02:14 +0100", "ne-pas-repondre@chorus-pro.example.gouv.fr", "chorus-pro.example.gouv.fr", """
From: Chorus Pro <ne-pas-repondre@chorus-pro.example.gouv.fr>
To: support@assistance.example.fr
Subject: =?utf-8?q?=5BChorus_Pro=5D_Changement_de_statut_d=27une_facture?=
Date: {date}
Message-ID: <cpro.notif.{hex}@chorus-pro.example.gouv.fr>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Precedence: bulk
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

La facture n=C2=B0 F-2026-0388 d=C3=A9pos=C3=A9e le 12/03/2026 a chang=C3=
=A9 de statut :

  Ancien statut : MISE A DISPOSITION
  Nouveau statut : MANDATEE

Destinataire : LYCEE POLYVALENT FERNEY (SIRET 200 041 267 00019)

Ce courriel est envoy=C3=A9 automatiquement par la plateforme Chorus Pro. Me=
rci de ne pas y r=C3=A9pondre.
""")

# --------------------------------------------------------------------------
# other (19)
# --------------------------------------------------------------------------

person(L("other", False, None, None, None, False, "fr",
         "A parent in Mayotte asks how to enrol her son in a collège: wrong desk, unrelated to the services."),
       frm="Zalifa Soilihi <zalifa.soilihi@gmail.com>", when="2026-03-02 18:10 +0300", client="gmail",
       subject="inscription de mon fils",
       body="""
Bonjour madame monsieur,

Je viens vers vous pour l'inscription de mon fils Nassim en 6e. Nous sommes
arrivés de Petite-Terre à Mamoudzou et le collège de Kawéni dit qu'il n'y a
plus de place. Est-ce que c'est vous qui donnez l'affectation ? Je n'ai pas
trouvé d'autre adresse que celle-ci sur internet.

Marahaba,
Zalifa Soilihi
""")

person(L("other", False, "6201036G", CO, "esidoc", True, "fr",
         "Thanks only, quoting the desk's reset answer (Gmail French quote): 'mot de passe' and 'lien' appear but nothing is asked. UAI in the signature."),
       frm="Anna-Maria Ottavi <annamaria.ottavi@ac-corse.fr>", when="2026-03-03 10:05 +0100", client="gmail",
       subject="Re: [#SUP-118290] Réinitialisation du mot de passe e-sidoc",
       irt="<SUP-118290.1772457600.a0b3d9@assistance.example.fr>",
       body="""
Bonjour,

C'est réglé, le lien a fonctionné du premier coup. Merci pour la rapidité !

Bonne journée,
Anna-Maria Ottavi
CDI – Collège Laetitia Bonaparte, Ajaccio (6201036G)

Le lun. 2 mars 2026 à 16:21, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
> connue pour votre établissement (c***@ac-corse.fr). Il est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance
""")

person(L("other", False, None, RE, None, True, "fr",
         "Lost password, but for the académie's ENT / PRONOTE account, which the desk does not manage: wrong desk, not password_reset. Region from ac-reunion.fr."),
       frm="Didier Lebon <didier.lebon@ac-reunion.fr>", when="2026-03-04 07:02 +0400", client="outlook",
       subject="mot de passe ENT perdu",
       body="""
Bonjour,

J'ai perdu mon mot de passe de l'ENT (l'espace numérique de travail de
l'académie) et je n'arrive plus à entrer dans PRONOTE pour saisir les notes
du trimestre. Le conseil de classe est jeudi.

Pouvez-vous me le réinitialiser en urgence ? Mon identifiant ENT est dlebon12.

Merci,
Didier Lebon
Professeur de mathématiques, lycée Lislet Geoffroy
""")

person(L("other", False, None, None, None, False, "fr",
         "Phishing: fake customs-fee notice for a parcel 'held at Jarry', with a payment link; unrelated to the services."),
       frm="Service Colis Outre-Mer <suivi@colis-douane-dom.example.net>", when="2026-03-05 03:17 +0000", client="plain", auth="softfail",
       subject="Votre colis est retenu : frais de dédouanement 2,99 EUR",
       body="""
Cher client,

Votre colis n° CP48221937FR est retenu au centre de tri de Jarry (Baie-Mahault)
en attente du règlement des frais de dédouanement (2,99 EUR).

Sans paiement sous 48 heures, le colis sera retourné à l'expéditeur.

Régler maintenant : https://colis-douane-dom.example.net/pay?ref=CP48221937FR

Service Colis Outre-Mer
""")

person(L("other", False, None, None, None, False, "en",
         "English SEO / backlink spam."),
       frm="Ryan from RankBoost <ryan@rankboost-seo.example.com>", when="2026-03-06 22:40 -0500", client="gmail",
       subject="Quick question about assistance.example.fr",
       body="""
Hi there,

I was checking assistance.example.fr and noticed you are missing out on a lot
of organic traffic. We can get you to page 1 of Google in 30 days with our
premium backlink package (DA 50+ guaranteed).

Would you be open to a quick 10-minute call this week?

Cheers,
Ryan
RankBoost SEO | Growth Partner

If you don't want to hear from me again, just reply "no thanks".
""")

person(L("other", False, None, YT, None, False, "fr",
         "Angry complaint about silence that never says what the request was about: no category can be told. Region from ac-mayotte.fr."),
       frm="Ibrahim Abdallah <ibrahim.abdallah@ac-mayotte.fr>", when="2026-03-09 12:48 +0300", client="outlook_android",
       subject="Aucune réponse !!!",
       body="""
Bonjour,

Trois semaines que j'attends une réponse, trois relances, rien. Vous répondez
aux établissements de métropole en deux heures et nous à Mayotte on n'existe
pas ? On a déjà les coupures d'eau, le réseau qui tombe, si en plus les
services nationaux ne répondent pas...

Je demande simplement qu'un être humain me rappelle au 02 69 61 xx xx.

I. Abdallah

Obtenir Outlook pour Android
""")

person(L("other", False, None, None, None, False, "fr",
         "Wrong desk: the Collectivité territoriale de Guyane writes to the rectorat's DANE, with the desk in copy, about tablets for a river school reachable only by pirogue; unrelated to the services. The ac-guyane.fr address is a recipient, not the sender, so no region."),
       frm="Service Numérique Éducatif CTG <numerique.educatif@ctguyane.example.fr>", when="2026-03-10 09:30 -0300", client="outlook",
       to="DANE Guyane <dane@ac-guyane.fr>", cc=DESK_TO,
       subject="Dotation tablettes – école de Taluen",
       body="""
Bonjour,

Dans le cadre du plan de dotation numérique des écoles du fleuve, nous
souhaitons connaître la procédure pour commander 30 tablettes durcies pour
l'école de Taluen (accès uniquement en pirogue, pas d'électricité la nuit,
donc besoin de batteries longue durée).

Pouvez-vous nous indiquer le bon interlocuteur ou nous transmettre un devis ?

Cordialement,

Service Numérique Éducatif
Collectivité Territoriale de Guyane
""")

person(L("other", False, None, MQ, None, False, "fr",
         "'Bien reçu, mèsi' from a phone: nothing to do. Region from ac-martinique.fr."),
       frm="Roseline Marie-Sainte <roseline.marie-sainte@ac-martinique.fr>", when="2026-03-11 13:57 -0400", client="iphone",
       subject="Re: [#SUP-118544] Votre devis",
       irt="<SUP-118544.1773180000.6d2a01@assistance.example.fr>",
       body="""
Bien reçu, mèsi !

Envoyé de mon iPhone

> Le 10 mars 2026 à 18:40, Assistance <support@assistance.example.fr> a écrit :
>
> Bonjour, veuillez trouver ci-joint le devis demandé.
""")

person(L("other", False, None, None, None, False, "fr",
         "Unsolicited job application (documentaliste position in La Réunion) with a CV: other."),
       frm="Océane Rivière <oceane.riviere.doc@gmail.com>", when="2026-03-12 20:20 +0100", client="gmail",
       subject="Candidature spontanée – documentaliste La Réunion",
       attach=[("CV_Oceane_Riviere.pdf", "application/pdf", fake_pdf("CV Oceane Riviere"))],
       body="""
Madame, Monsieur,

Titulaire d'un master en sciences de l'information et originaire de
Saint-Leu, je souhaite rentrer à La Réunion à la rentrée 2026 et je me permets
de vous adresser ma candidature pour tout poste de documentaliste ou
d'assistant(e) de bibliothèque dans vos services sur l'île.

Vous trouverez mon CV en pièce jointe.

Je vous prie d'agréer mes salutations distinguées.

Océane Rivière
""")

person(L("other", False, "9710328E", GP, None, True, "fr",
         "The paper issues of a print magazine subscription arrive weeks late by boat: a carrier / publisher delivery matter, not an activation of an ordered digital service (subscription_activation) nor a billing question. UAI in the signature. Older Thunderbird, ISO-8859-1 8-bit body."),
       frm="Guylène Tacita <guylene.tacita@ac-guadeloupe.fr>", when="2026-03-13 10:40 -0400", client="thunderbird",
       charset="iso-8859-1",
       subject="Magazines papier jamais à l'heure",
       body="""
Bonjour,

Je vous écris au sujet des magazines papier du CDI. Les numéros de février
de nos revues (Okapi, Science & Vie Junior, Géo Ado) sont arrivés hier, soit
presque un mois après la métropole, et ceux de janvier ne sont jamais arrivés.
On me dit que c'est le bateau, que les conteneurs restent bloqués au port de
Jarry...

Je ne sais pas si c'est vous qu'il faut contacter ou directement l'éditeur.
Est-ce qu'il y a moyen de faire envoyer par avion ?

Cordialement,

Guylène Tacita
Documentaliste - Lycée de Baimbridge
UAI 9710328E
""")

person(L("other", False, None, RE, None, False, "fr",
         "Personal message to her brother, sent to the desk by address autocomplete (Réunion Creole turns of phrase). Region from ac-reunion.fr."),
       frm="Marie-Claude Fontaine <marie-claude.fontaine@ac-reunion.fr>", when="2026-03-14 17:12 +0400", client="zimbra",
       subject="dimanche",
       body="""
Coucou frérot,

Dimanche on monte à la Plaine des Palmistes chez tonton, mi apporte le
cari poulet et toi tu prends les gâteaux patate. Si la route lé coupée à
cause la pluie on fait ça chez moi à Saint-Benoît.

Dis à Manu de pas oublier la glacière cette fois !

Bisous
MC
""")

person(L("other", False, None, None, None, False, "en",
         "English partnership pitch from a Caribbean edtech start-up: other."),
       frm="Tasha Greenidge <tasha@islandreads.example.com>", when="2026-03-16 09:05 -0400", client="gmail",
       subject="Partnership: Caribbean-English reading app for your schools",
       body="""
Dear team,

I'm the co-founder of IslandReads, a reading app built for Caribbean
classrooms (English and Kwéyòl content, works offline, syncs when the
connection comes back, which our schools in Dominica love).

We would be delighted to be listed in your purchasing catalogue for the
French Antilles. Could you point me to the person in charge of new suppliers?

Warm regards,
Tasha Greenidge
Co-founder, IslandReads
""")

person(L("other", False, None, GY, "espace_acheteur", False, "fr",
         "Asks whether the Espace Acheteur webinar (14 h Paris time, 10 h in Guyane) will be recorded: a how-to / event question with no category of its own. Region from ac-guyane.fr."),
       frm="Sophie Tiouka <sophie.tiouka@ac-guyane.fr>", when="2026-03-17 08:35 -0300", client="thunderbird",
       subject="Webinaire Espace Acheteur du 24 mars",
       body="""
Bonjour,

J'ai vu passer l'invitation au webinaire de présentation du nouvel Espace
Acheteur le 24 mars à 14 h. Chez nous ça fait 10 h, en plein conseil
pédagogique, et de toute façon la connexion de l'intendance ne supporte pas
la visio.

Est-ce qu'il y aura un enregistrement ou un support à télécharger ?

Merci,
Sophie Tiouka
Adjointe gestionnaire, collège Eugène Nonnon, Cayenne
""")

person(L("other", False, None, None, None, False, "fr",
         "GDPR erasure request from a former librarian who left Guyane: other (human review), not account_creation."),
       frm="Émilie Vasseur <emilie.vasseur.pro@gmail.com>", when="2026-03-18 19:45 +0100", client="gmail",
       subject="Suppression de mes données personnelles",
       body="""
Bonjour,

J'ai été documentaliste contractuelle au collège de Mana (Guyane) jusqu'en
décembre et je suis rentrée en métropole. Conformément au RGPD, je vous
demande de supprimer mon compte et toutes les données personnelles me
concernant (nom, adresse mail, téléphone) dans vos outils.

Merci de me confirmer la suppression.

Émilie Vasseur
""")

person(L("other", False, None, None, None, False, "fr",
         "A person asks by hand to be removed from the newsletter: written by a person, so not automated."),
       frm="Jean-Luc Pinel <jlpinel@wanadoo.fr>", when="2026-03-19 05:50 -0400", client="orange",
       subject="désabonnement",
       body="""
bonjour
merci de me retirer de votre liste de diffusion, je suis à la retraite depuis
septembre et je reçois encore vos lettres d'information sur mon adresse perso.
le lien en bas du mail ne marche pas chez moi (page blanche).
cordialement
JL Pinel
""")

person(L("other", False, None, RE, "ticket_portal", False, "fr",
         "How to add a colleague to a ticket on the ticket portal: a how-to question with no category of its own. Region from ac-reunion.fr."),
       frm="Grégory Boyer <gregory.boyer@ac-reunion.fr>", when="2026-03-20 14:15 +0400", client="thunderbird",
       subject="Partager un ticket avec ma collègue",
       body="""
Bonjour,

Sur le portail des tickets, j'ai ouvert une demande la semaine dernière. Ma
collègue gestionnaire, qui s'occupe de la partie commande, voudrait pouvoir la
suivre aussi. Comment l'ajouter au ticket ? Je ne trouve pas de bouton
« partager ».

Merci,
Grégory Boyer
""")

person(L("other", False, None, RE, None, False, "fr",
         "Asks for the hotline's opening hours in Réunion time (three hours ahead of Paris): a general question, no category."),
       frm="Valérie Técher <valerie.techer2@ac-reunion.fr>", when="2026-03-23 15:40 +0400", client="outlook",
       subject="Horaires de la hotline ?",
       body="""
Bonjour,

Quels sont vos horaires d'ouverture téléphonique, en heure de La Réunion ?
Avec 3 heures de décalage, quand j'appelle après les cours c'est déjà le
soir chez vous, et le matin avant 11 h vous n'êtes pas encore là. Y a-t-il un
créneau qui marche pour nous ?

Cordialement,
Valérie Técher
""")

person(L("other", False, None, MQ, "esidoc", False, "fr",
         "Suggestion to add Creole-language resources to the portal's catalogue: feedback, no category."),
       frm="Serge Jean-Louis <serge.jean-louis@ac-martinique.fr>", when="2026-03-24 10:10 -0400", client="zimbra",
       subject="Suggestion : ressources en créole sur le portail",
       body="""
Bonjour,

Une simple suggestion : nos élèves suivent l'option LCR (langue et culture
régionales) et nous n'avons pratiquement aucune ressource numérique en créole
dans l'offre du portail e-sidoc. Serait-il possible de faire remonter cette
demande aux éditeurs, ou de proposer des titres de maisons d'édition
antillaises ?

Mèsi, et bon courage à toute l'équipe.

Serge Jean-Louis
Professeur documentaliste, Lycée du Nord Caraïbe, Bellefontaine
""")

person(L("other", False, "9720163V", MQ, "esidoc", True, "fr",
         "Reply saying the subscription appeared this morning and the ticket can be closed: mentions a subscription but asks nothing (not subscription_activation)."),
       frm="Nadège Hayot <nadege.hayot@ac-martinique.fr>", when="2026-03-25 07:20 -0400", client="outlook",
       subject="RE: [#SUP-118861] Abonnement Cafeyn non visible",
       irt="<SUP-118861.1774101000.9ffe12@assistance.example.fr>",
       body="""
Bonjour,

C'est bon, l'abonnement est apparu ce matin dans nos ressources et les élèves
y ont accès. Vous pouvez clore la demande.

Bonne journée,

Nadège Hayot
Documentaliste – Collège de Rivière-Pilote (9720163V)

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 23 mars 2026 15:10
À : Nadège Hayot <nadege.hayot@ac-martinique.fr>
Objet : [#SUP-118861] Abonnement Cafeyn non visible

Bonjour,

Les abonnements sont activés dans un délai de 72 heures après la validation
de la commande. Si la ressource n'est toujours pas visible passé ce délai,
répondez à ce message.

Cordialement,
L'équipe d'assistance
""")

# --------------------------------------------------------------------------
# missing_noreply_mail (17)
# --------------------------------------------------------------------------

person(L("missing_noreply_mail", True, "9731311M", GY, "espace_acheteur", False, "fr",
         "Espace Acheteur activation link never arrived; junk folder checked; no anti-spam product named."),
       frm="Nicole Panelle <nicole.panelle@ac-guyane.fr>", when="2026-03-02 10:25 -0300", client="outlook",
       subject="Lien d'activation Espace Acheteur non reçu",
       body="""
Bonjour,

J'ai créé mon compte sur l'Espace Acheteur jeudi dernier pour le lycée
Melkior-Garré (UAI 9731311M). Le site indique qu'un lien d'activation m'a été
envoyé, mais je n'ai rien reçu, ni dans la boîte de réception ni dans les
indésirables. J'ai attendu le week-end pensant que c'était la connexion.

Pouvez-vous me le renvoyer ?

Cordialement,

Nicole Panelle
Gestionnaire – Lycée Melkior-Garré, Cayenne
""")

person(L("missing_noreply_mail", True, None, RE, "esidoc", False, "fr",
         "The e-sidoc new-password mail never arrives after two requests; no UAI given, region from ac-reunion.fr."),
       frm="Jocelyn Maillot <jocelyn.maillot@ac-reunion.fr>", when="2026-03-03 16:02 +0400", client="thunderbird",
       subject="mail de mot de passe jamais reçu",
       body="""
Bonjour,

J'ai demandé deux fois la réinitialisation du mot de passe de l'administration
du portail (hier et ce matin). La page dit bien qu'un mail est parti, mais
rien n'arrive. Pas dans les spams non plus.

Qu'est-ce que je peux faire ?

Jocelyn Maillot
CDI collège de Bras-Panon
""")

person(L("missing_noreply_mail", True, "9760782W", YT, "espace_acheteur", False, "fr",
         "The structure administrator never receives the 'account to validate' notifications from the no-reply address."),
       frm="Fatima Saïd <fatima.said@ac-mayotte.fr>", when="2026-03-04 08:44 +0300", client="zimbra",
       subject="Notifications de validation de comptes",
       body="""
Bonjour,

Je suis administratrice de la structure sur l'Espace Acheteur pour le lycée de
Petite-Terre (9760782W). Deux collègues m'ont dit avoir demandé un compte il
y a plus d'une semaine, mais je n'ai jamais reçu la notification qui me
demande de valider leur compte.

Je reçois pourtant les autres mails normalement.

Merci de votre aide,
Fatima Saïd
Adjointe gestionnaire
""")

person(L("missing_noreply_mail", True, "9721713E", MQ, "espace_acheteur", True, "fr",
         "Names MailInBlack only to say the school does NOT use it (the rectorat confirmed): missing_noreply_mail, not mailinblack_spam."),
       frm="Thierry Bellay <thierry.bellay@ac-martinique.fr>", when="2026-03-05 09:12 -0400", client="outlook",
       subject="Mail de confirmation introuvable",
       body="""
Bonjour,

Le mail de confirmation de création de compte de l'Espace Acheteur ne m'est
jamais parvenu. Avant que vous me parliez de Mailinblack : nous ne l'avons
PAS, la DSI du rectorat m'a confirmé qu'aucun antispam de ce type n'est
installé sur nos boîtes. Rien non plus dans les indésirables.

Lycée Frantz Fanon, Trinité — UAI 9721713E.

Cordialement,
Thierry Bellay
Gestionnaire
""")

person(L("missing_noreply_mail", True, "6200895D", CO, "espace_acheteur", False, "fr",
         "Reads like a password problem, but the password tool works: the new-password mail never arrives after four tries."),
       frm="Laetitia Pieri <laetitia.pieri@ac-corse.fr>", when="2026-03-06 11:30 +0100", client="outlook",
       subject="Mot de passe : aucun mail",
       body="""
Bonjour,

J'ai cliqué 4 fois sur « mot de passe oublié » sur l'Espace Acheteur depuis
mardi. Le site me dit à chaque fois « un e-mail vous a été envoyé », mais je
ne reçois rien du tout.

Collège de Propriano – 6200895D

Laetitia Pieri
Secrétaire d'intendance
""")

person(L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
         "English; the activation e-mail of the Espace Acheteur never arrived; no anti-spam product named; non-academic sender, no UAI."),
       frm="David Morrison <d.morrison@caribbean-academy.example.org>", when="2026-03-09 08:50 -0400", client="outlook", lang_hdr="en-US",
       subject="Activation email never received",
       body="""
Hello,

I registered our school on the Espace Acheteur on Friday and was told an
activation e-mail would be sent. Nothing has arrived (inbox and junk folder
both checked, twice).

Could you resend it or activate the account manually?

Thank you,
David Morrison
Business manager, Caribbean Academy – Guadeloupe
""")

person(L("missing_noreply_mail", False, "9710683R", GP, "espace_acheteur", True, "fr",
         "Reply (Outlook quote) after the junk-folder answer: allowed the sender, still nothing after three days, asks for the region to take over. The template was already sent: a person must follow up."),
       frm="Roselyne Bourgeois <roselyne.bourgeois@ac-guadeloupe.fr>", when="2026-03-10 14:05 -0400", client="outlook",
       subject="RE: [#SUP-118333] Mail d'activation non reçu",
       irt="<SUP-118333.1772806000.41bd0a@assistance.example.fr>",
       body="""
Bonjour,

J'ai fait tout ce que vous m'avez dit : vérifié les indésirables, ajouté
l'adresse no-reply dans les expéditeurs approuvés. Trois jours plus tard,
toujours rien. Pouvez-vous transmettre à la région, comme vous l'indiquez,
ou m'activer le compte à la main ?

Roselyne Bourgeois
Lycée Charles Coeffin, Baie-Mahault – 9710683R

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : vendredi 6 mars 2026 15:06
À : Roselyne Bourgeois <roselyne.bourgeois@ac-guadeloupe.fr>
Objet : [#SUP-118333] Mail d'activation non reçu

Bonjour,

Vérifiez votre dossier de courrier indésirable et marquez notre message
comme légitime ; ajoutez l'adresse no-reply à vos expéditeurs autorisés.
Si rien n'arrive sous 48 heures, répondez à ce message : nous transmettrons
votre demande à votre région.

Cordialement,
L'équipe d'assistance
""")

person(L("missing_noreply_mail", True, None, CO, "espace_acheteur", False, "fr",
         "HTML-only Outlook message in windows-1252 (quoted-printable): the confirmation mail never came; suspects the mail provider's filter but names no product. Region from ac-corse.fr."),
       frm="Dominique Albertini <dominique.albertini@ac-corse.fr>", when="2026-03-11 15:22 +0100", client="outlook",
       html_only=True, charset="windows-1252",
       subject="Pas de mail de confirmation",
       body="""
Bonjour,

Inscrite hier sur l'Espace Acheteur pour le collège de Sartène, je n'ai
toujours pas reçu le mail de confirmation. Notre messagerie filtre beaucoup
depuis la mise à jour de janvier (même les convocations de l'inspection
finissent parfois on ne sait où…), c'est peut-être la cause.

Merci de me dire quoi vérifier.

Dominique Albertini
Gestionnaire – Collège de Sartène
""")

person(L("missing_noreply_mail", True, "9710768H", GP, "espace_acheteur", False, "fr",
         "Signed up with the family Gmail address of a shared home computer; the confirmation mail never arrived there either."),
       frm="Famille Lubin <lubin.famille@gmail.com>", when="2026-03-12 19:30 -0400", client="gmail",
       subject="confirmation pas reçue",
       body="""
Bonsoir

c'est Mme Lubin, gestionnaire au collège de Terre-de-Bas (9710768H). J'ai
fait l'inscription sur l'Espace Acheteur depuis l'ordi de la maison avec
l'adresse de la famille (celle-ci) car au collège internet ne marchait pas
ce jour-là. Le mail de confirmation n'est jamais arrivé, ni ici ni dans les
spams.

Merci de me dire comment faire
Mme Lubin
""")

person(L("missing_noreply_mail", True, None, GY, "ticket_portal", False, "fr",
         "The ticket portal's confirmation mail (to set a password) never arrived; region from ac-guyane.fr."),
       frm="Armelle Joseph <armelle.joseph@ac-guyane.fr>", when="2026-03-13 09:18 -0300", client="thunderbird",
       subject="Portail des tickets : pas de mail pour le mot de passe",
       body="""
Bonjour,

J'ai créé un compte sur le portail des tickets pour suivre nos demandes, mais
le mail qui doit me permettre de définir mon mot de passe n'est jamais arrivé.
Les indésirables sont vides.

Merci,
Armelle Joseph
Collège Gran Man Difou, Maripasoula
""")

person(L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
         "Two-line phone message: the activation mail has not come since Monday. Yahoo sender, no UAI."),
       frm="karine.mithra <karine.mithra@yahoo.fr>", when="2026-03-13 06:40 +0400", client="yahoo",
       subject="Espace acheteur",
       body="""
Bjr tjrs pas reçu le mail d'activation de l'espace acheteur depuis lundi.
K. Mithra, gestion collège Trois-Bassins
""")

person(L("missing_noreply_mail", False, "9741416W", RE, "espace_acheteur", True, "fr",
         "Two topics: the activation mail never arrived (first) and a question about the amount of an invoice (order_billing); one template would answer only half."),
       frm="Hervé Lauret <herve.lauret@ac-reunion.fr>", when="2026-03-16 11:55 +0400", client="outlook",
       subject="Activation + question facture",
       body="""
Bonjour,

1. Le mail d'activation de mon compte Espace Acheteur n'est jamais arrivé
   (demande faite le 9 mars).
2. Par ailleurs, la facture FA-2026-1187 reçue par courrier indique 412 €
   alors que le devis était de 386 €. Pouvez-vous vérifier ?

Lycée Ambroise Vollard – Saint-Pierre, UAI 9741416W

Hervé Lauret
Gestionnaire
""")

person(L("missing_noreply_mail", True, "9740315Z", RE, "esidoc", False, "fr",
         "The customer-account activation mail (needed before a first online order on the e-sidoc shop) never came."),
       frm="Christine Lauret <christine.lauret@ac-reunion.fr>", when="2026-03-17 13:10 +0400", client="zimbra",
       subject="Activation compte client",
       body="""
Bonjour,

J'ai ouvert hier notre compte client pour commander les abonnements du CDI
en ligne. On m'annonçait un mail d'activation sous 12 heures : rien reçu
depuis, et j'ai regardé partout.

Collège Jean Lafosse, Saint-Louis (UAI 9740315Z).

Bien cordialement,
Christine Lauret
""")

person(L("missing_noreply_mail", True, "6200663B", CO, "espace_acheteur", True, "fr",
         "Mainland gestionnaire on secondment in Corsica writes from her ac-nantes.fr address; the UAI (620, Corse-du-Sud) wins over the sender domain. Offer alerts never arrive."),
       frm="Isabelle Guérin <isabelle.guerin@ac-nantes.fr>", when="2026-03-18 17:05 +0100", client="thunderbird",
       subject="Alertes offres non reçues",
       body="""
Bonjour,

En poste provisoire au lycée de Bonifacio (6200663B) jusqu'en juin, j'utilise
encore mon adresse de l'académie de Nantes, celle qui est sur mon profil
Espace Acheteur.

Je me suis abonnée aux alertes sur les nouvelles offres il y a trois semaines
et je n'en ai reçu aucune, alors que ma collègue de Nantes en reçoit
plusieurs par semaine.

Merci,
Isabelle Guérin
""")

person(L("missing_noreply_mail", True, "9731219M", GY, "espace_acheteur", False, "fr",
         "Outlook forward ('TR:') by the gestionnaire of the documentaliste's message: the account-validation mail never came."),
       frm="Yannick Tanon <yannick.tanon@ac-guyane.fr>", when="2026-03-19 10:40 -0300", client="outlook",
       subject="TR: compte espace acheteur",
       body="""
Bonjour,

Je vous transfère le message de notre documentaliste (qui est aussi mon
adjoint à l'intendance le mercredi). Son compte a été validé selon le site,
mais il n'a jamais reçu le mail pour la première connexion.

Collège Léodate Volmar, Saint-Laurent-du-Maroni – 9731219M

Y. Tanon, gestionnaire

-----Message d'origine-----
De : Kévin Amayota <kevin.amayota@ac-guyane.fr>
Envoyé : mercredi 18 mars 2026 16:02
À : Yannick Tanon <yannick.tanon@ac-guyane.fr>
Objet : compte espace acheteur

Yannick, le site dit que mon compte est validé mais je n'ai toujours pas le
mail avec le lien de connexion. Tu peux voir avec eux ? Merci. Kévin
""")

person(L("missing_noreply_mail", True, "9720876V", MQ, "espace_acheteur", True, "fr",
         "Creole-influenced French ('mwen pa ka resevwa'); the new-password mail of the Espace Acheteur never arrives. UAI written with spaces ('972 0876 V'); the label is the compact code."),
       frm="Lucienne Rosamont <lucienne.rosamont@ac-martinique.fr>", when="2026-03-20 07:15 -0400", client="outlook_android",
       subject="mail pa ka rivé",
       body="""
Bonjou,

Mwen pa ka resevwa mail la pou chanjé mot de passe Espace Acheteur. J'ai
demandé hier au soir et ce matin, anyen. Pas dans les indésirables non plus.

Collège de Sainte-Marie 972 0876 V

Lucienne Rosamont, secrétariat intendance

Obtenir Outlook pour Android
""")

person(L("missing_noreply_mail", True, "9711353U", GP, "espace_acheteur", True, "fr",
         "Replies on an old ticket about an invoice (quoted history, Gmail style), but the new message clearly asks something else: the sign-up confirmation never arrived for the new deputy."),
       frm="Maryse Cipolin <maryse.cipolin@ac-guadeloupe.fr>", when="2026-03-24 09:30 -0400", client="gmail",
       subject="Re: [#SUP-117902] Facture en double",
       irt="<SUP-117902.1771500000.c4e8f0@assistance.example.fr>",
       body="""
Bonjour,

Je réutilise ce fil par facilité, mais ce n'est plus pour la facture (réglée,
merci). Ma nouvelle adjointe s'est inscrite sur l'Espace Acheteur vendredi et
n'a jamais reçu le mail de confirmation (son adresse :
n.bade@ac-guadeloupe.fr). Pouvez-vous le lui renvoyer ?

Lycée de Sainte-Anne, 9711353U

Maryse Cipolin

Le ven. 20 févr. 2026 à 15:10, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> La facture F-2026-0211 émise en double a bien été annulée ; seule la
> facture F-2026-0210 est à régler.
>
> Cordialement,
> L'équipe d'assistance
""")

# --------------------------------------------------------------------------
# mailinblack_spam (13)
# --------------------------------------------------------------------------

person(L("mailinblack_spam", True, "9741160T", RE, "espace_acheteur", False, "fr",
         "MailInBlack quarantine holds the Espace Acheteur activation mails."),
       frm="Patrick Hoarau <patrick.hoarau@ac-reunion.fr>", when="2026-03-02 13:45 +0400", client="outlook",
       subject="Mails de l'Espace Acheteur en quarantaine Mailinblack",
       body="""
Bonjour,

Nos mails d'activation de l'Espace Acheteur se retrouvent dans la quarantaine
Mailinblack du lycée. Je les libère un par un, mais les liens ont parfois
expiré entre-temps.

Quelle adresse faut-il autoriser une fois pour toutes ?

Lycée Georges Brassens, Saint-Denis – 9741160T

Patrick Hoarau
Gestionnaire
""")

person(L("mailinblack_spam", False, "9710138Y", GP, "espace_acheteur", True, "fr",
         "Describes a sender-authentication challenge ('prove you are not a robot') introduced by the school's IT without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person checks before sending the guide."),
       frm="Alain Ramassamy <alain.ramassamy@ac-guadeloupe.fr>", when="2026-03-03 10:10 -0400", client="thunderbird",
       subject="Nouveau filtre : vos mails n'arrivent plus",
       body="""
Bonjour,

Depuis que notre prestataire a installé un nouveau système de protection sur
la messagerie du lycée, les expéditeurs inconnus reçoivent un message leur
demandant de cliquer sur un lien pour prouver qu'ils ne sont pas des robots.
Vos mails automatiques (no-reply) ne peuvent évidemment pas cliquer, et nous
ne recevons plus rien de l'Espace Acheteur.

Comment faire pour que vos messages passent ?

Alain Ramassamy
Lycée polyvalent de Port-Louis – 9710138Y
""")

person(L("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
         "IT department of the Collectivité de Corse asks which senders and domains to allow-list in MailInBlack for the lycées; non-academic sender, no UAI."),
       frm="DSI Collectivité de Corse <dsi.lycees@isula.example.corsica>", when="2026-03-04 09:00 +0100", client="outlook",
       subject="Liste blanche MailInBlack – lycées de Corse",
       body="""
Bonjour,

La Collectivité de Corse déploie MailInBlack sur les messageries des lycées à
partir du 9 mars. Afin de ne pas bloquer vos notifications (Espace Acheteur,
comptes, mots de passe), pouvez-vous nous communiquer la liste des adresses
expéditrices et domaines à ajouter en liste blanche ?

Cordialement,

Direction des Systèmes d'Information
Collectivité de Corse
""")

person(L("mailinblack_spam", True, "9720512Z", MQ, "espace_acheteur", False, "en",
         "English; an IT contractor reports that MailinBlack holds the password and activation mails of a Martinique school."),
       frm="Ravi Persaud <ravi@antilles-netcare.example.com>", when="2026-03-05 15:30 -0400", client="gmail",
       subject="MailinBlack blocking your notifications",
       body="""
Hello,

I look after the mail system of Collège Aimé Césaire in Le Lorrain (school
code 9720512Z). Since we enabled MailinBlack, your activation and password
mails are held in quarantine and the staff never see them.

Which sender addresses should I whitelist?

Thanks,
Ravi Persaud
Antilles NetCare
""")

person(L("mailinblack_spam", True, "9730273J", GY, "espace_acheteur", False, "fr",
         "Product spelled 'mailing black' by an irritated gestionnaire; no accents; the activation mail is stuck in it."),
       frm="Gerard Fléreau <gerard.flereau@ac-guyane.fr>", when="2026-03-06 08:05 -0300", client="orange",
       subject="bloque par mailing black",
       body="""
bonjour
le mail d activation de l espace acheteur est bloque par le logiciel mailing
black du college, l informaticien passe une fois par mois et il est reparti a
Cayenne. comment on fait pour que vos mails passent ??
college de Saint-Georges 9730273J
G. Flereau gestionnaire
""")

person(L("mailinblack_spam", False, "9761287V", YT, "espace_acheteur", True, "fr",
         "Two topics: notifications blocked by MailInBlack (first) and an unpaid-invoice reminder (order_billing); one template would answer only half."),
       frm="Moussa Houmadi <moussa.houmadi@ac-mayotte.fr>", when="2026-03-09 10:20 +0300", client="zimbra",
       subject="Mailinblack + relance facture",
       body="""
Bonjour,

Deux sujets :

- depuis que le rectorat a activé Mailinblack sur nos boîtes, nous ne recevons
  plus aucune notification de l'Espace Acheteur ; que faut-il autoriser ?
- nous avons reçu une relance pour la facture F-2026-0097 alors qu'elle a été
  mandatée le 20 février. Pouvez-vous vérifier avec votre comptabilité ?

Collège de Bandraboua – 9761287V

Moussa Houmadi
Gestionnaire
""")

person(L("mailinblack_spam", True, "9731201T", GY, "espace_acheteur", False, "fr",
         "The IT service says the CTG installed MailInBlack and holds the no-reply mails; asks for the procedure."),
       frm="Corinne Sabayo <corinne.sabayo@ac-guyane.fr>", when="2026-03-10 11:00 -0300", client="outlook",
       subject="Procédure MailInBlack",
       body="""
Bonjour,

Le technicien de la CTG nous explique que vos messages automatiques sont
retenus par MailInBlack, installé sur les lycées depuis février. Il me demande
la procédure de votre côté pour autoriser vos envois.

Lycée Lumina Sophie, Saint-Laurent-du-Maroni – 9731201T

Merci,
Corinne Sabayo
""")

person(L("mailinblack_spam", True, "9761478C", YT, "espace_acheteur", True, "fr",
         "Forwards the daily MailInBlack quarantine report: the forwarded part is machine text, the outer message is a real question from a person."),
       frm="Anli Mohamed <anli.mohamed@ac-mayotte.fr>", when="2026-03-11 07:45 +0300", client="thunderbird",
       subject="Fwd: Vos messages en attente (3)",
       body="""
Bonjour,

Je reçois ce rapport tous les matins et vos mails sont dedans. Si je clique
sur « délivrer », est-ce que ça suffit pour la suite, ou faut-il faire autre
chose ? Je ne voudrais pas rater les validations de commandes.

Anli Mohamed, lycée de Mamoudzou Nord (9761478C)

-------- Message transféré --------
Sujet : 	Vos messages en attente (3)
Date : 	Wed, 11 Mar 2026 06:00:02 +0300
De : 	Mailinblack <rapport@mailinblack.example.com>
Pour : 	anli.mohamed@ac-mayotte.fr

Vous avez 3 message(s) en attente :
 - no-reply@espace-acheteur.example.fr  « Validation de votre commande »
 - no-reply@espace-acheteur.example.fr  « Un compte est en attente de validation »
 - newsletter@presse-jeunesse.example.com  « Info abonnés Outre-mer »
[Délivrer] [Autoriser l'expéditeur] [Bloquer]
""")

person(L("mailinblack_spam", True, None, None, None, False, "fr",
         "One line from a phone: blocked by Mailinblack, send the guide. No platform named, no UAI, free-mail sender."),
       frm="Mickaël Ramsamy <mickael.ramsamy@outlook.fr>", when="2026-03-12 12:05 +0400", client="outlook_android",
       subject="Mailinblack",
       body="""
Vos mails sont bloqués par Mailinblack chez nous, envoyez moi le guide svp.

Obtenir Outlook pour Android
""")

person(L("mailinblack_spam", True, "9740261R", RE, "espace_acheteur", True, "fr",
         "Reply quoting the junk-folder answer: not in the junk folder, their IT found the mails in MailInBlack; the MailInBlack guide is now the right answer."),
       frm="Jessica Dijoux <jessica.dijoux@ac-reunion.fr>", when="2026-03-16 14:50 +0400", client="thunderbird",
       subject="Re: [#SUP-118410] Mail d'activation non reçu",
       irt="<SUP-118410.1772880000.77aa01@assistance.example.fr>",
       body="""
Bonjour,

Rien dans les indésirables, mais l'informaticien a retrouvé vos trois mails
dans Mailinblack ce matin. Il demande ce qu'il doit autoriser exactement.

Collège Bois de Nèfles, Saint-Paul – 9740261R

Jessica Dijoux

Le 07/03/2026 à 14:40, Assistance a écrit :
> Bonjour,
>
> Vérifiez votre dossier de courrier indésirable et marquez notre message
> comme légitime ; ajoutez l'adresse no-reply à vos expéditeurs autorisés.
>
> Cordialement,
> L'équipe d'assistance
""")

person(L("mailinblack_spam", True, "7200634B", CO, "espace_acheteur", False, "fr",
         "Clicked 'autoriser' in the MailInBlack notice, but the following mails are still held."),
       frm="Jean-Baptiste Luciani <jean-baptiste.luciani@ac-corse.fr>", when="2026-03-18 10:30 +0100", client="zimbra",
       subject="Toujours bloqué malgré autorisation Mailinblack",
       body="""
Bonjour,

Dans le message de Mailinblack j'ai cliqué sur « autoriser l'expéditeur » pour
votre adresse no-reply, il y a une semaine. Pourtant les nouveaux mails de
l'Espace Acheteur restent encore en attente. Faut-il autoriser le domaine ?

Lycée Giocante de Casabianca, Bastia – 7200634B

J.-B. Luciani
""")

person(L("mailinblack_spam", True, "9710212D", GP, "esidoc", False, "fr",
         "e-sidoc new-password mails stopped by Mailinblack since the académie rolled it out."),
       frm="Sylvie Desfontaines <sylvie.desfontaines@ac-guadeloupe.fr>", when="2026-03-19 08:30 -0400", client="outlook",
       subject="Réinitialisation e-sidoc bloquée par Mailinblack",
       body="""
Bonjour,

Depuis le déploiement de Mailinblack sur nos boîtes, le mail de
réinitialisation du mot de passe e-sidoc est systématiquement mis en
quarantaine, et quand je le libère le lien a déjà expiré (le rapport n'arrive
qu'une fois par jour).

Comment régler ça durablement ?

Collège Front de Mer, Pointe-à-Pitre (9710212D)
Sylvie Desfontaines, documentaliste
""")

person(L("mailinblack_spam", True, "9761175Y", YT, "espace_acheteur", True, "fr",
         "Written by the principal, but he only asks for the MailInBlack procedure for his IT technician: not a head-of-establishment request."),
       frm="Principal Collège de Tsingoni <ce.9761175Y@ac-mayotte.fr>", when="2026-03-23 09:05 +0300", client="zimbra",
       subject="Vos mails bloqués par notre antispam",
       body="""
Bonjour,

Je suis le principal du collège de Tsingoni. Notre antispam Mailinblack
retient tous les messages de l'Espace Acheteur, ce qui bloque nos commandes.
Merci d'envoyer la procédure d'autorisation à notre technicien,
M. Said Ali, en copie.

Cordialement,

Le principal
Collège de Tsingoni
""", cc="Said Ali Combo <said-ali.combo@ac-mayotte.fr>")

# --------------------------------------------------------------------------
# head_of_establishment_request (13)
# --------------------------------------------------------------------------

person(L("head_of_establishment_request", False, "9761211M", YT, "esidoc", False, "fr",
         "The proviseure writes from the ce.<UAI> address to ask for the e-sidoc administrator password reset and for the lycée's address to become the contact address."),
       frm="Proviseure Lycée de Kahani <ce.9761211M@ac-mayotte.fr>", when="2026-03-02 08:15 +0300", client="zimbra",
       subject="Demande de la proviseure – administration du portail e-sidoc",
       body="""
Madame, Monsieur,

En ma qualité de proviseure du lycée de Kahani (UAI 9761211M), je vous
demande :

- de réinitialiser le mot de passe administrateur du portail e-sidoc du CDI,
  que plus personne ne connaît depuis le départ de notre documentaliste ;
- de remplacer l'adresse de contact du compte par l'adresse de
  l'établissement (celle-ci).

Je vous remercie de votre diligence.

Mme Hadidja Mohamadi
Proviseure
Lycée de Kahani
""")

person(L("head_of_establishment_request", False, "9731960T", GY, "espace_acheteur", False, "fr",
         "The principal designates a new structure administrator on the Espace Acheteur (the former one left on transfer) and asks to close the former one's access; mentions the pirogue-only access."),
       frm="Principal Collège de Maripasoula <ce.9731960T@ac-guyane.fr>", when="2026-03-03 07:40 -0300", client="outlook",
       subject="Changement d'administrateur Espace Acheteur – collège de Maripasoula",
       body="""
Bonjour,

Je soussigné, M. Rémy Tolinga, principal du collège de Maripasoula
(UAI 9731960T), désigne Mme Aïcha Doudou, gestionnaire, comme nouvelle
administratrice de notre structure sur l'Espace Acheteur, en remplacement de
M. Lebrun, muté en métropole en février. Merci de fermer les accès de ce
dernier.

Je vous signale que nos liaisons sont très irrégulières (le collège n'est
accessible qu'en avion ou en pirogue, et internet passe par satellite) : en
cas de question, merci de privilégier le courriel plutôt que le téléphone.

Rémy Tolinga
Principal
""")

person(L("head_of_establishment_request", False, "9710168F", GP, "esidoc", True, "fr",
         "A primary-school head on Les Saintes authorises the renewal order from her personal Gmail (phone): a head's written authorisation, but weak evidence (not the school's address); staff must verify."),
       frm="Monique Cassin <monique.cassin.saintes@gmail.com>", when="2026-03-04 17:50 -0400", client="iphone",
       subject="Autorisation commande BCD école de Terre-de-Haut",
       body="""
Bonjour,

Je suis la directrice de l'école primaire de Terre-de-Haut (Les Saintes),
UAI 9710168F. J'autorise Mme Samson, enseignante chargée de la BCD, à valider
la commande de renouvellement de notre abonnement au portail e-sidoc.

Je vous écris de mon téléphone car je suis sur la navette de Trois-Rivières et
la connexion de l'école est coupée depuis lundi.

Monique Cassin
Directrice

Envoyé de mon iPhone
""")

person(L("head_of_establishment_request", False, "9711117M", GP, "esidoc", False, "fr",
         "The principal confirms from his phone (Apple quote style), quoting his librarian's request, that the reset may be done. Personal academic address, not the ce. one."),
       frm="Fred Ismaël <fred.ismael@ac-guadeloupe.fr>", when="2026-03-05 06:30 -0400", client="iphone",
       subject="Re: Demande de réinitialisation mot de passe CDI",
       body="""
Bonjour,

Je confirme la demande de Mme Rilcy : vous pouvez réinitialiser le mot de
passe administrateur du portail, lien à envoyer sur l'adresse du collège.

F. Ismaël, principal du collège Richard Samuel, Le Moule

Envoyé de mon iPhone

> Le 4 mars 2026 à 16:12, Valérie Rilcy <valerie.rilcy@ac-guadeloupe.fr> a écrit :
>
> Bonjour,
>
> Le mot de passe administrateur du portail e-sidoc est perdu depuis le départ
> de l'ancienne documentaliste. Notre UAI : 9711117M. Le support demande une
> demande écrite du chef d'établissement : pouvez-vous la leur envoyer ?
>
> Merci
> Valérie Rilcy
""")

person(L("head_of_establishment_request", False, "9741189Z", RE, None, True, "fr",
         "Claims to be the proviseur, from the ce.<UAI> address, but SPF, DKIM and DMARC fail, Reply-To is a free-mail address, and it asks to move both administrator accounts to that address: a probable spoof. Still a head-of-establishment request, for the queue, where staff should refuse it. Mentions e-sidoc and the Espace Acheteur, so no single platform."),
       frm="Proviseur Lycee Bellepierre <ce.9741189Z@ac-reunion.fr>", when="2026-03-06 02:10 +0400", client="plain", auth="fail",
       reply_to="Proviseur Bellepierre <proviseur.bellepierre974@outlook.example.com>",
       subject="URGENT changement adresse administrateur",
       body="""
Bonjour,

Je suis le proviseur du lycée de Bellepierre (UAI 9741189Z). Pour raison de
sécurité, veuillez remplacer immédiatement l'adresse des comptes administrateur
e-sidoc et Espace Acheteur de l'établissement par :
proviseur.bellepierre974@outlook.example.com

Merci de ne pas contacter le secrétariat, qui n'est pas au courant de cette
procédure confidentielle. Répondez uniquement à cette adresse.

Le Proviseur
""")

person(L("head_of_establishment_request", False, "9740651P", RE, "espace_acheteur", False, "en",
         "English; the head teacher of a private bilingual school names a new structure administrator and asks to close the former one's access."),
       frm="Sarah Whitfield <head@ecole-bilingue-ouest.example.re>", when="2026-03-09 15:30 +0400", client="outlook", lang_hdr="en-GB",
       subject="Change of administrator - purchasing platform",
       body="""
Dear support team,

As head teacher of École Bilingue de l'Ouest in Saint-Gilles (school code
9740651P), I hereby appoint our new bursar, Mr Thomas Grondin
(thomas.grondin@ecole-bilingue-ouest.example.re), as administrator of our
structure on the Espace Acheteur, replacing Mrs Laura Benoit, who left the
school on 27 February. Please remove her access.

Kind regards,

Sarah Whitfield
Head Teacher
""")

person(L("head_of_establishment_request", False, "9721059U", MQ, "espace_acheteur", True, "fr",
         "The principal adjoint writes 'pour le principal et par délégation' from the ce.<UAI> address to change the structure administrator: a written request made on the head's behalf, for staff to check the delegation."),
       frm="Collège Cassien Sainte-Claire <ce.9721059U@ac-martinique.fr>", when="2026-03-10 11:45 -0400", client="outlook",
       subject="Désignation nouvel administrateur – collège Cassien Sainte-Claire",
       body="""
Madame, Monsieur,

Le principal étant en déplacement en Guadeloupe cette semaine, je vous
adresse, pour lui et par délégation, la demande suivante : Mme Line Bérard,
nouvelle gestionnaire, doit devenir administratrice de notre structure sur
l'Espace Acheteur à la place de M. Julien Moutama, parti en retraite.

Je reste à votre disposition.

Pour le principal et par délégation,
Marc-Olivier Dorléans
Principal adjoint
Collège Cassien Sainte-Claire, Le Marin
""")

person(L("head_of_establishment_request", False, "6201108K", CO, "espace_acheteur", False, "fr",
         "The proviseure authorises in writing the documentaliste (also the gestionnaire's deputy) to validate orders for the lycée."),
       frm="Proviseure Lycée Fesch <ce.6201108K@ac-corse.fr>", when="2026-03-11 14:20 +0100", client="outlook",
       subject="Délégation de validation des commandes",
       body="""
Bonjour,

Je soussignée, Mme Francesca Moretti, proviseure du lycée Fesch à Ajaccio
(6201108K), autorise Mme Laura Cesari, professeure documentaliste et adjointe
de la gestionnaire, à valider en mon nom les commandes de l'établissement sur
l'Espace Acheteur pendant l'absence de notre gestionnaire (jusqu'au 30 avril).

Francesca Moretti
Proviseure
""")

person(L("head_of_establishment_request", False, None, MQ, "esidoc", True, "fr",
         "The principal asks for the administrator reset; the UAI is typed 9720205P, a wrong check letter (the digits give 9720205R), so no UAI; region from the ac-martinique.fr sender."),
       frm="Josiane Carbet <josiane.carbet@ac-martinique.fr>", when="2026-03-12 16:10 -0400", client="outlook",
       subject="Demande écrite de la principale – mot de passe portail",
       body="""
Bonjour,

Comme vous l'avez demandé à notre documentaliste, je vous confirme par écrit
que je sollicite la réinitialisation du mot de passe administrateur du portail
e-sidoc du collège (UAI 9720205P). Le lien peut être envoyé à l'adresse de
l'établissement.

Josiane Carbet
Principale du collège Paulette Nardal, Schœlcher
""")

person(L("head_of_establishment_request", False, "7200519B", CO, "esidoc", False, "fr",
         "HTML-only Outlook letter from the ce.<UAI> address: the proviseur asks for a reset so that the departed librarian loses access."),
       frm="Lycée de Balagne <ce.7200519B@ac-corse.fr>", when="2026-03-13 10:50 +0100", client="outlook", html_only=True,
       subject="Réinitialisation du compte administrateur du portail CDI",
       body="""
Madame, Monsieur,

Notre professeur documentaliste a quitté l'établissement le 6 mars dans des
conditions qui me conduisent à demander, par mesure de précaution, la
réinitialisation immédiate du mot de passe administrateur de notre portail
e-sidoc. Le lien devra être adressé uniquement à l'adresse de
l'établissement.

Je vous prie d'agréer l'expression de mes salutations distinguées.

Le proviseur
Lycée de Balagne, L'Île-Rousse — UAI 7200519B
""")

person(L("head_of_establishment_request", False, "9711701X", GP, "esidoc", True, "fr",
         "Two topics: the principal authorises the password reset (main) and asks in passing about an invoice; the request needs a person anyway."),
       frm="Principal Collège Germain Saint-Ruf <ce.9711701X@ac-guadeloupe.fr>", when="2026-03-17 09:25 -0400", client="zimbra",
       subject="Autorisation réinitialisation + facture",
       body="""
Bonjour,

J'autorise la réinitialisation du mot de passe administrateur du portail
e-sidoc de notre CDI (collège Germain Saint-Ruf, Capesterre-Belle-Eau,
9711701X) ; merci d'envoyer le lien à l'adresse du collège.

Par ailleurs, pouvez-vous me dire si la facture du renouvellement 2026 a bien
été déposée sur Chorus ? Notre agent comptable ne la trouve pas.

Bien à vous,
Le principal, J. Céleste
""")

person(L("head_of_establishment_request", False, "9741691V", RE, "esidoc", False, "fr",
         "The director of a school in the cirque de Mafate (helicopter / footpath only) asks to replace the contact address of the e-sidoc administrator account with the school's address."),
       frm="Directeur École de Marla <ce.9741691V@ac-reunion.fr>", when="2026-03-20 16:30 +0400", client="thunderbird",
       subject="Changement d'adresse de contact du compte administrateur",
       body="""
Bonjour,

Directeur de l'école de Marla, dans le cirque de Mafate (UAI 9741691V), je vous
demande de remplacer l'adresse de contact du compte administrateur de notre
portail e-sidoc (actuellement celle de l'ancienne directrice,
d.virapin@ac-reunion.fr) par l'adresse de l'école, celle d'où je vous écris.

Nous ne sommes reliés que par hélicoptère et sentier, et le satellite nous lâche
souvent : merci de ne pas vous inquiéter si je réponds avec un peu de retard.

Jean-Hugues Virassamy
Directeur
""")

person(L("head_of_establishment_request", False, "9760231X", YT, "esidoc", True, "fr",
         "The secretariat relays the principal's signed letter (PDF attached) with the principal in copy: it is the head's written request, relayed; staff must check the letter and the sender."),
       frm="Secrétariat Collège de Koungou <ce.9760231X@ac-mayotte.fr>", when="2026-03-26 10:05 +0300", client="outlook",
       cc="Ali Combo <ali.combo@ac-mayotte.fr>",
       attach=[("Courrier_principal_reinitialisation.pdf", "application/pdf", fake_pdf("Courrier du principal"))],
       subject="Courrier du principal – portail documentaire",
       body="""
Bonjour,

Veuillez trouver ci-joint le courrier signé de M. Ali Combo, principal du
collège de Koungou (UAI 9760231X), demandant la réinitialisation du compte
administrateur du portail e-sidoc et le changement de l'adresse de contact.
M. Combo est en copie de ce message.

Cordialement,

Le secrétariat de direction
Collège de Koungou
""")

# --------------------------------------------------------------------------
# account_creation (10)
# --------------------------------------------------------------------------

person(L("account_creation", True, "9711883V", GP, "espace_acheteur", False, "fr",
         "A newly arrived documentaliste asks how to create her own Espace Acheteur account: the sign-up form answer fits."),
       frm="Cindy Nérée <cindy.neree@ac-guadeloupe.fr>", when="2026-03-02 15:10 -0400", client="outlook",
       subject="Création de compte Espace Acheteur",
       body="""
Bonjour,

Nouvelle documentaliste au collège de Vieux-Habitants (9711883V) depuis le
1er mars, je dois aussi aider la gestionnaire pour les commandes. Comment
dois-je faire pour me créer un compte sur l'Espace Acheteur ? Faut-il une
invitation ?

Merci d'avance,
Cindy Nérée
""")

person(L("account_creation", False, "9720196F", MQ, "espace_acheteur", False, "fr",
         "Account waiting for validation for two weeks; the structure administrator is on leave in mainland France until April: someone (the region) must step in."),
       frm="Yolène Bellance <yolene.bellance@ac-martinique.fr>", when="2026-03-04 10:40 -0400", client="thunderbird",
       subject="Compte en attente de validation depuis 15 jours",
       body="""
Bonjour,

Mon compte sur l'Espace Acheteur est « en attente de validation par
l'administrateur de la structure » depuis le 18 février. Renseignement pris,
l'administratrice est en congé en métropole jusqu'à fin avril et n'a pas accès
à ses mails.

Je dois passer les commandes de fin de trimestre. Quelqu'un d'autre peut-il
valider mon compte ?

Yolène Bellance
Gestionnaire – Collège de Ducos (9720196F)
""")

person(L("account_creation", False, "9760219J", YT, "espace_acheteur", False, "fr",
         "Asks who the structure's administrator is: needs a look-up, so a person answers."),
       frm="Rachidi Attoumani <rachidi.attoumani@ac-mayotte.fr>", when="2026-03-05 12:15 +0300", client="outlook_android",
       subject="Qui est administrateur ?",
       body="""
Bonjour

Pouvez-vous me dire qui est l'administrateur de notre établissement sur
l'Espace Acheteur ? Personne ici ne sait, et je ne peux pas faire valider mon
compte. Collège de M'Gombani, 9760219J.

Merci
R. Attoumani

Obtenir Outlook pour Android
""")

person(L("account_creation", False, "9760441A", YT, "esidoc", True, "fr",
         "A lycée opened in 2025: its UAI is not in the list when opening the customer account. The FAQ sends these to the sales team, so a person answers."),
       frm="Nadia Ousseni <nadia.ousseni@ac-mayotte.fr>", when="2026-03-06 09:20 +0300", client="zimbra",
       subject="Notre UAI n'existe pas dans votre liste",
       body="""
Bonjour,

Notre lycée a ouvert à la rentrée 2025 (lycée des Hauts-Vallons, Longoni). En
voulant créer le compte client pour commander le portail du CDI, notre UAI
9760441A n'apparaît pas dans la liste déroulante des établissements, donc
impossible d'aller plus loin.

Pouvez-vous l'ajouter ?

Nadia Ousseni
Professeure documentaliste
""")

person(L("account_creation", True, "6201413S", CO, "espace_acheteur", True, "fr",
         "Negation: 'je n'ai pas oublié mon mot de passe', she never had an account; account_creation, not password_reset."),
       frm="Marie-Dominique Culioli <md.culioli@ac-corse.fr>", when="2026-03-09 11:05 +0100", client="zimbra",
       subject="Pas de mot de passe (jamais eu de compte)",
       body="""
Bonjour,

Ce n'est pas que j'ai oublié mon mot de passe : je n'ai jamais eu de compte !
La page de connexion de l'Espace Acheteur me renvoie vers « mot de passe
oublié » mais mon adresse est inconnue. Comment crée-t-on un compte au départ ?

Collège du Fiumorbu, Prunelli-di-Fiumorbo – 6201413S
Secrétariat d'intendance
""")

person(L("account_creation", False, "9741167A", RE, "espace_acheteur", False, "fr",
         "The account works; asks for order-management rights for the documentaliste who is also the gestionnaire's deputy: rights to open, a person handles it."),
       frm="Fabrice Clain <fabrice.clain@ac-reunion.fr>", when="2026-03-10 16:20 +0400", client="outlook",
       subject="Droits de commande pour mon adjoint",
       body="""
Bonjour,

Notre documentaliste, M. Hoareau, est aussi mon adjoint pour l'intendance
depuis janvier. Il a bien un compte sur l'Espace Acheteur mais ne peut que
consulter. Pouvez-vous lui ouvrir les droits de gestion des commandes ?

Lycée Pierre Poivre, Saint-Joseph – 9741167A

Fabrice Clain
Gestionnaire
""")

person(L("account_creation", False, None, None, "espace_acheteur", False, "en",
         "English; a private school that opened this year wants a buyer account: eligibility must be checked by a person."),
       frm="Olivia Hart <o.hart@windward-school.example.org>", when="2026-03-11 10:00 -0400", client="gmail",
       subject="New school - buyer account request",
       body="""
Good morning,

Windward International School opened in Le Gosier, Guadeloupe, in September.
We would like to open a buyer account on the Espace Acheteur to order library
subscriptions. We don't have a French school code (UAI) yet; the rectorat says
it is in progress.

Is this possible, and what documents do you need?

Best,
Olivia Hart
School Business Manager
""")

person(L("account_creation", True, "9730115M", GY, "espace_acheteur", False, "fr",
         "Filled the sign-up form, cannot log in: account waiting for the structure administrator's validation (FAQ case)."),
       frm="Jessy Biswane <jessy.biswane@ac-guyane.fr>", when="2026-03-13 14:00 -0300", client="gmail",
       subject="Impossible de me connecter après inscription",
       body="""
Bonjour,

J'ai rempli le formulaire d'inscription de l'Espace Acheteur lundi. Quand
j'essaie de me connecter, on me dit que mon compte n'est pas encore actif.
Est-ce normal ? Combien de temps faut-il attendre ?

Collège Gérard Holder, Cayenne – 9730115M

Jessy Biswane
""")

person(L("account_creation", False, "9740390F", RE, "esidoc", False, "fr",
         "Asks whether each of the two librarians (one on each site of a two-site lycée) can have an administrator account: a person answers."),
       frm="Anne-Laure Payet <anne-laure.payet@ac-reunion.fr>", when="2026-03-16 08:30 +0400", client="thunderbird",
       subject="Deux comptes administrateur ?",
       body="""
Bonjour,

Notre lycée a deux sites (Saint-André centre et Cambuston) et deux
documentalistes. Est-il possible d'avoir chacune un compte administrateur sur
le portail e-sidoc, plutôt que de partager le même identifiant ?

Lycée Sarda Garriga, 9740390F

Anne-Laure Payet
""")

person(L("account_creation", True, "9720889J", MQ, "esidoc", False, "fr",
         "HTML-only Outlook message: the new gestionnaire wants to open the e-sidoc customer account before a first online order."),
       frm="Karine Lordinot <karine.lordinot@ac-martinique.fr>", when="2026-03-18 13:25 -0400", client="outlook", html_only=True,
       subject="Ouverture compte client",
       body="""
Bonjour,

Je viens de prendre mes fonctions de gestionnaire au collège de Gros-Morne
(9720889J). La documentaliste souhaite que nous commandions en ligne le
renouvellement de son portail : comment ouvrir notre compte client ?

Cordialement,
Karine Lordinot
""")

# --------------------------------------------------------------------------
# subscription_activation (10)
# --------------------------------------------------------------------------

person(L("subscription_activation", True, "7201196M", CO, "esidoc", False, "fr",
         "Europresse ordered yesterday, not visible yet: within the 72-hour window."),
       frm="Stéphanie Agostini <stephanie.agostini@ac-corse.fr>", when="2026-03-03 09:30 +0100", client="thunderbird",
       subject="Europresse pas encore visible",
       body="""
Bonjour,

La commande de l'abonnement Europresse a été validée hier après-midi par notre
gestionnaire, mais la ressource n'apparaît pas encore dans notre portail.
Faut-il faire quelque chose de notre côté ?

Collège de Calvi – 7201196M

Stéphanie Agostini
""")

person(L("subscription_activation", False, "9760148G", YT, "esidoc", False, "fr",
         "Ordered two weeks ago, still not active: past the 72-hour rule, a person must look at the order."),
       frm="Zakia Bacar <zakia.bacar@ac-mayotte.fr>", when="2026-03-05 11:00 +0300", client="zimbra",
       subject="Abonnement toujours pas actif (commande du 19/02)",
       body="""
Bonjour,

Nous avons commandé l'abonnement Universalis le 19 février (commande validée le
jour même). Deux semaines après, il n'est toujours pas actif sur le portail.
Les élèves de terminale en ont besoin pour leurs exposés.

Lycée de Dzoumogné – 9760148G

Zakia Bacar, documentaliste
""")

person(L("subscription_activation", True, "9710828Y", GP, "esidoc", True, "fr",
         "Written by the principal from the ce.<UAI> address, but he only asks when the subscription will be available: not a head-of-establishment request."),
       frm="Principal Collège Alexandre Isaac <ce.9710828Y@ac-guadeloupe.fr>", when="2026-03-06 08:10 -0400", client="outlook",
       subject="Date de mise à disposition de l'abonnement",
       body="""
Bonjour,

En tant que principal, j'ai validé hier la commande de l'abonnement Cafeyn pour
notre CDI. Pouvez-vous m'indiquer quand il sera disponible pour les élèves ?
Je souhaite l'annoncer au conseil pédagogique de mardi.

Le principal
Collège Alexandre Isaac, Les Abymes
""")

person(L("subscription_activation", True, "9740105W", RE, "esidoc", False, "fr",
         "How to publish the active Cafeyn resource on the portal (publication of a resource)."),
       frm="Laetitia Rivière <laetitia.riviere@ac-reunion.fr>", when="2026-03-09 13:40 +0400", client="gmail",
       subject="Publier Cafeyn sur le portail",
       body="""
Bonjour,

Notre abonnement Cafeyn est actif (je le vois dans « Mes abonnements ») mais je
ne sais pas comment le faire apparaître sur la page d'accueil du portail
(https://9740105w.esidoc.fr) pour les élèves. Y a-t-il une manipulation à faire ?

Collège Joseph Hubert, Saint-Pierre – 9740105W

Merci !
Laetitia
""")

person(L("subscription_activation", True, "9730472A", GY, "esidoc", False, "fr",
         "Renewed subscription still shown as expired in 'Mes abonnements'; renewal validated the day before."),
       frm="Claudine Horth <claudine.horth@ac-guyane.fr>", when="2026-03-11 08:45 -0300", client="outlook",
       subject="Abonnement renouvelé mais indiqué expiré",
       body="""
Bonjour,

Le renouvellement de notre abonnement BNF Gallica / Lumni a été validé hier,
pourtant « Mes abonnements » l'affiche toujours comme expiré depuis le 28
février.

Lycée Élie Castor, Kourou – 9730472A

Claudine Horth
""")

person(L("subscription_activation", True, "9721222W", MQ, "esidoc", True, "fr",
         "Negation: 'je n'ai pas oublié mon mot de passe', the login works; the Europresse resource is not visible to pupils."),
       frm="Didier Sainte-Rose <didier.sainte-rose@ac-martinique.fr>", when="2026-03-12 10:05 -0400", client="thunderbird",
       subject="Ressource invisible pour les élèves",
       body="""
Bonjour,

Je précise que je n'ai pas oublié mon mot de passe et que je me connecte sans
problème à l'administration. Le souci : l'abonnement Europresse commandé lundi
n'est pas visible des élèves quand ils passent par le portail, alors que moi
je le vois.

Collège de Basse-Pointe – 9721222W

Didier Sainte-Rose
""")

person(L("subscription_activation", True, "7201617V", CO, "esidoc", True, "fr",
         "Reply quoting the earlier password-reset answer (another topic): the password now works, the new question is that the Universalis subscription ordered two days ago is not visible."),
       frm="Antoine Filippi <antoine.filippi@ac-corse.fr>", when="2026-03-17 15:15 +0100", client="thunderbird",
       subject="Re: [#SUP-118610] Réinitialisation du mot de passe e-sidoc",
       irt="<SUP-118610.1773300000.11a7b3@assistance.example.fr>",
       body="""
Bonjour,

Merci, le mot de passe est réglé. En revanche, l'abonnement Universalis
commandé avant-hier n'apparaît toujours pas dans les ressources. Est-ce que
cela peut être lié ?

Lycée Jean Nicoli, Bastia – 7201617V

A. Filippi

Le 12/03/2026 à 10:02, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
> connue pour votre établissement (c***@ac-corse.fr). Il est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance
""")

person(L("subscription_activation", True, "9741239D", RE, "esidoc", False, "fr",
         "Irritated tone about the time difference; Lumni Pro ordered 36 hours ago and not yet reachable: within the 72-hour window."),
       frm="Jean-Paul Nativel <jean-paul.nativel@ac-reunion.fr>", when="2026-03-19 06:50 +0400", client="outlook",
       subject="Toujours rien !",
       body="""
Bonjour,

Commande validée avant-hier à 18 h (chez nous), soit 15 h chez vous, et ce
matin toujours pas d'accès à la ressource. Quand vous arrivez au bureau nous
sommes déjà à la pause de midi, alors si on doit attendre un jour de plus à
chaque fois...

Pouvez-vous activer l'abonnement ?

J.-P. Nativel
Collège Adam de Villiers, Saint-Denis – 9741239D
""")

person(L("subscription_activation", True, "9711166R", GP, "esidoc", False, "en",
         "English; the Cafeyn subscription ordered on Monday is not visible yet (within 72 hours)."),
       frm="Hannah Clarke <hannah.clarke@ac-guadeloupe.fr>", when="2026-03-25 09:40 -0400", client="gmail",
       subject="Cafeyn subscription not showing",
       body="""
Hi,

I run the library of the international section at Lycée Gerville-Réache in
Basse-Terre (9711166R). We ordered the Cafeyn subscription on Monday and it
isn't showing on our portal yet. Is there anything I need to do?

Thanks a lot,
Hannah Clarke
""")

person(L("subscription_activation", False, "9710945A", GP, "esidoc", True, "fr",
         "La Désirade: the digital subscription is still inactive three weeks after ordering (the signed bon d'engagement travelled by boat, the order was validated on 2 March): past 72 hours, a person must look. Boat logistics explain the delay but the request is the activation."),
       frm="Maïté Bordelais <maite.bordelais@ac-guadeloupe.fr>", when="2026-03-23 11:20 -0400", client="outlook",
       subject="Abonnements numériques toujours inactifs",
       body="""
Bonjour,

Notre commande d'abonnements numériques (BDthèque et Cafeyn) a été validée le
2 mars, une fois que le bon d'engagement signé est enfin arrivé par la navette
maritime de La Désirade. Trois semaines plus tard, rien n'est actif sur le
portail.

Je veux bien croire que tout arrive en retard chez nous, mais là il ne s'agit
pas d'un colis !

Collège de La Désirade – 9710945A
Maïté Bordelais, documentaliste
""")

# --------------------------------------------------------------------------
# order_billing (10)
# --------------------------------------------------------------------------

person(L("order_billing", False, "9760142A", YT, "esidoc", False, "fr",
         "Asks for a formal quote (devis) for the portal renewal, needed to establish the bon d'engagement."),
       frm="Soifia Madi <soifia.madi@ac-mayotte.fr>", when="2026-03-02 10:50 +0300", client="outlook",
       subject="Demande de devis renouvellement portail",
       body="""
Bonjour,

Afin d'établir le bon d'engagement, je vous remercie de nous adresser un devis
pour le renouvellement de l'abonnement au portail e-sidoc (année 2026-2027).

Collège de Bouéni – 9760142A

Soifia Madi
Gestionnaire
""")

person(L("order_billing", False, "9741533Y", RE, "esidoc", False, "fr",
         "Order validated a month ago; the invoice is still not on Chorus."),
       frm="Olivier Fontaine <olivier.fontaine@ac-reunion.fr>", when="2026-03-03 15:30 +0400", client="thunderbird",
       subject="Facture introuvable sur Chorus",
       body="""
Bonjour,

Notre commande du 4 février (renouvellement du portail) a été validée et le
service fait constaté, mais la facture n'est toujours pas déposée sur Chorus
Pro. L'agent comptable me relance, la clôture de l'exercice des crédits
approche.

Lycée Mahatma Gandhi, Saint-André – 9741533Y

Olivier Fontaine, gestionnaire
""")

person(L("order_billing", False, "9711912B", GP, "esidoc", False, "fr",
         "Marie-Galante: the signed original of the bon d'engagement is delayed by the boat post; can a scan validate the order?"),
       frm="Lucette Deglas <lucette.deglas@ac-guadeloupe.fr>", when="2026-03-04 13:00 -0400", client="outlook",
       subject="Bon d'engagement : original par bateau",
       attach=[("BE_2026_014_scan.pdf", "application/pdf", fake_pdf("Bon d'engagement 2026-014"))],
       body="""
Bonjour,

Le bon d'engagement signé pour notre commande est parti par courrier le
24 février, mais avec les problèmes de bateau entre Grand-Bourg et la
Guadeloupe continentale il n'est toujours pas arrivé à Pointe-à-Pitre, et
encore moins chez vous. Je vous joins le scan : pouvez-vous valider la
commande sur cette base ?

Lycée de Marie-Galante – 9711912B

Lucette Deglas
Gestionnaire (et documentaliste par intérim)
""")

person(L("order_billing", False, "9730934C", GY, "esidoc", False, "fr",
         "The agent comptable asks for bank details to pay by mandat administratif / transfer."),
       frm="Agence comptable Lycée Léon-Gontran Damas <ac.9730934C@ac-guyane.fr>", when="2026-03-06 09:15 -0300", client="outlook",
       subject="Demande de RIB",
       body="""
Bonjour,

Afin de procéder au paiement de la facture F-2026-0301 par mandat
administratif, merci de nous transmettre votre RIB à jour ainsi que votre
numéro SIRET.

Agence comptable
Lycée Léon-Gontran Damas, Rémire-Montjoly (9730934C)
""")

person(L("order_billing", False, "9721068D", MQ, "esidoc", True, "fr",
         "The saved basket disappeared after a power cut interrupted the order; baskets are kept for a limited time. An order matter (basket), not a password or subscription question."),
       frm="Maryvonne Catayée <maryvonne.catayee@ac-martinique.fr>", when="2026-03-09 16:45 -0400", client="zimbra",
       subject="Panier disparu",
       body="""
Bonjour,

J'avais préparé le panier de commande (renouvellement + deux ressources
nouvelles) le 20 février, et la coupure de courant générale m'a empêchée de
valider. Aujourd'hui le panier est vide. Tout est perdu ?

Collège du Morne-Rouge – 9721068D

Maryvonne Catayée
""")

person(L("order_billing", False, "6200973N", CO, "esidoc", False, "fr",
         "Invoice charges 'frais de port Corse' on a purely digital subscription; asks for a corrected invoice."),
       frm="Battì Cristofari <batti.cristofari@ac-corse.fr>", when="2026-03-10 10:15 +0100", client="outlook",
       subject="Frais de port sur un abonnement numérique ?",
       body="""
Bonjour,

Votre facture FA-26-00871 nous compte 18 € de « frais de port Corse » pour
l'abonnement au portail documentaire. À ma connaissance, un abonnement en ligne
ne prend ni le ferry ni l'avion. Merci de nous envoyer une facture rectifiée.

Collège Pascal Paoli, Ajaccio – 6200973N

B. Cristofari
Gestionnaire
""")

person(L("order_billing", False, "9741995A", RE, "esidoc", False, "en",
         "English; asks for the invoice to be addressed to the lycée's accounting department rather than the library."),
       frm="Priya Moutou <priya.moutou@ac-reunion.fr>", when="2026-03-12 11:50 +0400", client="outlook", lang_hdr="en-GB",
       subject="RE: Invoice for library portal",
       body="""
Hello,

Thank you for the invoice. Could you please re-issue it to our accounting
department (Agence comptable, Lycée Bellepierre, 9741995A) instead of the
library? Otherwise it cannot be paid.

Best regards,
Priya Moutou
Librarian

From: Assistance <support@assistance.example.fr>
Sent: Wednesday, March 11, 2026 2:20 PM
To: Priya Moutou <priya.moutou@ac-reunion.fr>
Subject: Invoice for library portal

Please find attached invoice FA-26-00912.
""")

person(L("order_billing", False, "9731123H", GY, "espace_acheteur", True, "fr",
         "Two topics: a wrong amount on an invoice (main) and a convention missing from 'Mes Marchés' (contract_documents)."),
       frm="Rodolphe Ho-Tin-Noé <rodolphe.ho-tin-noe@ac-guyane.fr>", when="2026-03-16 10:30 -0300", client="outlook",
       subject="Erreur facture + convention",
       body="""
Bonjour,

La facture reçue pour la commande CMD-2026-0211 indique un montant de 1 240 €
alors que le bon de commande validé sur l'Espace Acheteur était de 1 024 €.
Inversion de chiffres ? Merci de corriger.

Accessoirement, je ne retrouve plus la convention d'adhésion dans « Mes
Marchés ».

Lycée de Matoury – 9731123H
Rodolphe Ho-Tin-Noé, gestionnaire
""")

person(L("order_billing", False, "9760149H", YT, "esidoc", False, "fr",
         "HTML-only Outlook: the bon d'engagement upload fails at order validation ('format non accepté')."),
       frm="Chamsia Daroueche <chamsia.daroueche@ac-mayotte.fr>", when="2026-03-19 09:00 +0300", client="outlook", html_only=True,
       subject="Impossible de joindre le bon d'engagement",
       body="""
Bonjour,

Au moment de valider la commande, l'envoi du bon d'engagement échoue avec le
message « format non accepté ». Le fichier est un PDF scanné avec le
téléphone (la photocopieuse est en panne depuis le cyclone).

Collège de Pamandzi – 9760149H

Chamsia Daroueche
""")

person(L("order_billing", False, None, CO, "esidoc", True, "fr",
         "Invoice received twice; the UAI is typed 7201033L, a wrong check letter (the digits give 7201033K), so no UAI; region from the ac-corse.fr sender domain."),
       frm="Maria Poli <maria.poli@ac-corse.fr>", when="2026-03-24 14:10 +0100", client="orange",
       subject="facture en double",
       body="""
Bonjour,

Nous avons reçu deux fois la même facture (même montant, deux numéros
différents : FA-26-00955 et FA-26-00961). Merci d'annuler le doublon.

Collège de Moltifao, UAI 7201033L

Maria Poli, intendance
""")

# --------------------------------------------------------------------------
# transfer_incident (9)
# --------------------------------------------------------------------------

person(L("transfer_incident", False, "9741359J", RE, "ecoledirecte", False, "fr",
         "After a power cut the school server restarted and the EcoleDirecte transfers no longer run."),
       frm="Gilles Hoareau <gilles.hoareau@lycee-saint-charles.example.re>", when="2026-03-02 07:30 +0400", client="outlook",
       subject="Transferts EcoleDirecte arrêtés depuis la coupure",
       body="""
Bonjour,

Depuis la coupure de courant de jeudi soir, notre serveur a redémarré et les
transferts vers EcoleDirecte ne se font plus : dernier transfert réussi le 26
février à 17 h 02. Les parents ne voient plus les absences.

Lycée privé Saint-Charles, Saint-Pierre – UAI 9741359J

Gilles Hoareau
Responsable informatique
""")

person(L("transfer_incident", False, None, MQ, "ecoledirecte", True, "fr",
         "Asks for 'le mot de passe de maintenance du jour' to repair the Charlemagne base: transfer_incident per the taxonomy, not password_reset. Region from ac-martinique.fr."),
       frm="Max Rosier <max.rosier@ac-martinique.fr>", when="2026-03-05 06:05 -0400", client="gmail",
       subject="mot de passe de maintenance du jour",
       body="""
Bonjour,

Il est 6 h chez nous et je voudrais lancer la réparation de la base
Charlemagne avant l'arrivée des profs : pouvez-vous me communiquer le mot de
passe de maintenance du jour ? L'outil me le demande pour réindexer.

Max Rosier
Établissement Saint-Joseph de Cluny, Fort-de-France
""")

person(L("transfer_incident", False, "9711774B", GP, "ecoledirecte", False, "fr",
         "'Licence expirée' after a server change: the licence must be regenerated and transfers are stopped."),
       frm="Eddy Romney <eddy.romney@externat-saint-joseph.example.gp>", when="2026-03-06 14:20 -0400", client="thunderbird",
       subject="Licence à régénérer après changement de serveur",
       body="""
Bonjour,

Nous avons remplacé notre serveur ce week-end (l'ancien a grillé pendant la
coupure EDF). Depuis, Charlemagne affiche « licence expirée » au démarrage et
les transferts EcoleDirecte sont arrêtés.

Pouvez-vous régénérer la licence pour la nouvelle machine ?

Externat Saint-Joseph, Basse-Terre – 9711774B

Eddy Romney
""")

person(L("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
         "The antivirus quarantines the Charlemagne tools, so the transfers no longer run; no UAI, non-academic sender."),
       frm="Support informatique OI-Tech <support@oi-tech.example.re>", when="2026-03-10 09:10 +0400", client="outlook",
       subject="Antivirus et transferts EcoleDirecte",
       body="""
Bonjour,

Prestataire informatique d'un collège privé de Saint-Paul : depuis la mise à
jour de l'antivirus, l'exécutable des outils Charlemagne est mis en
quarantaine et les transferts EcoleDirecte échouent. Quels fichiers et
dossiers faut-il exclure de l'analyse ?

Cordialement,
OI-Tech – support
""")

person(L("transfer_incident", False, "9730641J", GY, "ecoledirecte", False, "fr",
         "Transfers hang on a satellite link that keeps dropping; parents see data several days old."),
       frm="Sœur Marie-Ange Tiburce <direction@ecole-sainte-therese.example.gf>", when="2026-03-12 08:00 -0300", client="orange",
       subject="Transferts qui n'aboutissent jamais",
       body="""
Bonjour,

Notre école est reliée à internet par satellite et la liaison coupe plusieurs
fois par heure. Les transferts EcoleDirecte démarrent puis restent bloqués
« en cours » indéfiniment. Les familles voient des notes vieilles de cinq jours.

Existe-t-il un réglage pour reprendre le transfert là où il s'est arrêté ?

École Sainte-Thérèse, Kourou (9730641J)
Sœur Marie-Ange Tiburce, directrice
""")

person(L("transfer_incident", False, "9711619H", GP, "ecoledirecte", False, "fr",
         "The last EcoleDirecte transfer is four days old; parents no longer see grades."),
       frm="Josiane Nagau <j.nagau@institution-saint-paul.example.gp>", when="2026-03-17 11:30 -0400", client="outlook",
       subject="Notes non visibles par les parents",
       body="""
Bonjour,

Depuis vendredi, les parents ne voient plus les notes dans EcoleDirecte. Dans
l'outil, le dernier transfert réussi date du 13 mars à 16 h 45 et les suivants
sont en erreur sans message clair.

Institution Saint-Paul, Pointe-à-Pitre – 9711619H

Josiane Nagau, secrétariat de direction
""")

person(L("transfer_incident", False, None, MQ, "ecoledirecte", False, "fr",
         "HTML-only Outlook: several Outils.exe processes stuck in the task manager; transfers hang. Region from ac-martinique.fr."),
       frm="Hugues Erasme <hugues.erasme@ac-martinique.fr>", when="2026-03-18 15:05 -0400", client="outlook", html_only=True,
       subject="Transferts bloqués – plusieurs Outils.exe",
       body="""
Bonjour,

Dans le gestionnaire des tâches du serveur, je vois quatre processus
Outils.exe qui tournent en même temps et le transfert EcoleDirecte reste
bloqué. Faut-il les tuer ? Je ne voudrais pas corrompre la base.

Hugues Erasme
Référent numérique, collège privé Saint-Pierre–Saint-Paul
""")

person(L("transfer_incident", False, "6201219F", CO, "ecoledirecte", False, "fr",
         "New firewall with a proxy: the transfer diagnostic fails on the connection test; asks for the settings."),
       frm="Lucien Peretti <l.peretti@corsica-reseaux.example.fr>", when="2026-03-20 10:40 +0100", client="thunderbird",
       subject="Paramètres proxy pour les transferts",
       body="""
Bonjour,

Nous venons d'installer un nouveau pare-feu avec proxy à l'Institution Saint-Paul
d'Ajaccio (6201219F). Le diagnostic des transferts EcoleDirecte échoue au test
de connexion. Quels ports et quelles URL faut-il ouvrir, et le proxy doit-il
être déclaré dans l'outil ?

Lucien Peretti
Corsica Réseaux – prestataire
""")

person(L("transfer_incident", False, "9740947L", RE, "ecoledirecte", True, "fr",
         "Written by the head of a private school, but about a transfer that fails (replication to re-initialise after a restore): not a head-of-establishment request."),
       frm="Directeur Collège Saint-Michel <directeur@college-saint-michel.example.re>", when="2026-03-26 17:20 +0400", client="outlook",
       subject="Réplication EcoleDirecte à réinitialiser",
       body="""
Bonjour,

Je suis le chef d'établissement du collège privé Saint-Michel (UAI 9740947L).
Après la restauration de notre base, faite par notre prestataire à la suite de
la panne électrique, la réplication vers EcoleDirecte est en erreur. Il semble
qu'il faille la réinitialiser de votre côté.

Pouvez-vous vous en charger ? Les bulletins du 2e trimestre partent la semaine
prochaine.

Le directeur
""")

# --------------------------------------------------------------------------
# contract_documents (6)
# --------------------------------------------------------------------------

person(L("contract_documents", False, "9730310Z", GY, "espace_acheteur", False, "fr",
         "The membership convention is not visible in 'Mes Marchés' on the Espace Acheteur."),
       frm="Marlène Stephenson <marlene.stephenson@ac-guyane.fr>", when="2026-03-03 10:00 -0300", client="outlook",
       subject="Convention d'adhésion introuvable",
       body="""
Bonjour,

Je ne vois pas notre convention d'adhésion dans la rubrique « Mes Marchés »
de l'Espace Acheteur. L'agent comptable en a besoin pour le contrôle de la
dépense.

Collège Victor Schœlcher, Kourou – 9730310Z

Marlène Stephenson, gestionnaire
""")

person(L("contract_documents", False, "9741280Y", RE, "espace_acheteur", False, "fr",
         "Amendment no. 3 of a market is announced but missing from the contract documents."),
       frm="Thierry Damour <thierry.damour@ac-reunion.fr>", when="2026-03-09 10:30 +0400", client="thunderbird",
       subject="Avenant n°3 absent",
       body="""
Bonjour,

Votre courrier du 2 mars annonce l'avenant n° 3 au marché « ressources
numériques pour les CDI », mais il n'apparaît pas dans les documents du
marché sur l'Espace Acheteur : je n'ai que les avenants 1 et 2.

Lycée de Trois-Bassins – 9741280Y

Thierry Damour
""")

person(L("contract_documents", False, "6200948L", CO, "espace_acheteur", False, "fr",
         "CCAP not found for a market."),
       frm="Jean-Pierre Casalta <jp.casalta@ac-corse.fr>", when="2026-03-13 11:40 +0100", client="zimbra",
       subject="CCAP introuvable",
       body="""
Bonjour,

Je cherche le CCAP du marché 2025-044 (abonnements et périodiques) dans
l'Espace Acheteur et je ne le trouve nulle part. Seul l'acte d'engagement
est en ligne.

Collège de Porto-Vecchio – 6200948L

Jean-Pierre Casalta
""")

person(L("contract_documents", False, "9721309R", MQ, "espace_acheteur", True, "fr",
         "Could see the conventions on the old platform, not on the new one: contract_documents, although the fix may be access rights (close to account_creation)."),
       frm="Nelly Larcher <nelly.larcher@ac-martinique.fr>", when="2026-03-18 08:20 -0400", client="outlook",
       subject="Documents de marché non visibles sur la nouvelle plateforme",
       body="""
Bonjour,

Sur l'ancienne plateforme je voyais toutes nos conventions et les pièces des
marchés. Sur le nouvel Espace Acheteur, la rubrique est vide pour moi, alors
que ma collègue documentaliste (qui fait aussi un peu d'intendance) les voit.

Lycée Schœlcher, Fort-de-France – 9721309R
Nelly Larcher
""")

person(L("contract_documents", False, "9761102U", YT, "espace_acheteur", False, "fr",
         "Follow-up reply (Gmail quote) after the region's answer: the document is still missing."),
       frm="Hamza Abdou <hamza.abdou@ac-mayotte.fr>", when="2026-03-23 10:10 +0300", client="gmail",
       subject="Re: [#SUP-118520] Document de marché manquant",
       irt="<SUP-118520.1773149000.0dd2e9@assistance.example.fr>",
       body="""
Bonjour,

Merci pour votre réponse, mais le certificat administratif du marché 2024-117
n'apparaît toujours pas dans nos documents, deux semaines après. Avez-vous
pu le remettre en ligne ?

Lycée de Sada – 9761102U
Hamza Abdou

Le mar. 10 mars 2026 à 14:23, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Nous avons transmis votre demande à l'équipe de votre région, qui va
> vérifier la mise en ligne du certificat administratif.
>
> Cordialement,
> L'équipe d'assistance
""")

person(L("contract_documents", False, "9711793X", GP, "espace_acheteur", True, "fr",
         "Two topics: the signed amendment is missing from the market documents (main) and, in a P.S., a forgotten password; the contract question leads."),
       frm="Daniel Bernier <daniel.bernier@ac-guadeloupe.fr>", when="2026-03-25 14:30 -0400", client="thunderbird",
       subject="Avenant signé non disponible",
       body="""
Bonjour,

Nous avons signé électroniquement l'avenant n° 2 de la convention le 10 mars,
mais la version signée n'est toujours pas disponible dans les documents de
l'Espace Acheteur (seule la version non signée y figure). L'agent comptable
la réclame pour payer.

Lycée de Pointe-Noire – 9711793X

D. Bernier, gestionnaire

PS : ma collègue a oublié son mot de passe, mais elle vous écrira séparément.
""")


# ==========================================================================
# writing and self-checks
# ==========================================================================

LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
UAI_TOKEN = re.compile(r"(?<![0-9A-Za-z])((?:\d[ .]?){6}\d)[ ]?([A-Za-z])(?![0-9A-Za-z])")


def write_all():
    for f in os.listdir(HERE):
        if re.fullmatch(r"h\d{3}\.eml", f) or f == "labels.jsonl":
            os.remove(os.path.join(HERE, f))
    order = list(range(len(ENTRIES)))
    random.Random(59).shuffle(order)
    records = []
    for i, idx in enumerate(order, 1):
        lab, data = ENTRIES[idx]
        name = "h%03d.eml" % i
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        rec = {"file": name}
        rec.update(lab)
        records.append({k: rec[k] for k in LABEL_KEYS})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def visible_text(msg):
    """Subject, addresses and every decoded text part (HTML tags stripped)."""
    chunks = []
    for h in ("From", "To", "Cc", "Reply-To", "Subject"):
        if msg[h] is not None:
            chunks.append(str(msg[h]))
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype in ("text/plain", "text/html"):
            content = part.get_content()
            assert isinstance(content, str)
            if ctype == "text/html":
                content = htmlmod.unescape(re.sub(r"<[^>]+>", " ", content))
            chunks.append(content)
        elif ctype in ("message/delivery-status", "message/disposition-notification", "text/rfc822-headers"):
            chunks.append(part.as_string() if not hasattr(part, "get_payload") else str(part.get_payload()))
    return "\n".join(chunks)


def check():
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert names == ["h%03d.eml" % i for i in range(1, 151)], "expected exactly h001.eml .. h150.eml"
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    assert len(labels) == 150
    assert [lab["file"] for lab in labels] == names
    seen_cats = set()
    for lab in labels:
        f = lab["file"]
        assert list(lab) == LABEL_KEYS, (f, list(lab))
        cat = lab["category"]
        assert cat in CATEGORIES, (f, cat)
        seen_cats.add(cat)
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        if lab["auto_reply_ok"]:
            assert CATEGORIES[cat] == "auto_reply", (f, "auto_reply_ok on a category that is never auto-answered")
        assert lab["platform"] in PLATFORMS, (f, lab["platform"])
        assert lab["lang"] in ("fr", "en"), f
        assert isinstance(lab["notes"], str) and len(lab["notes"]) > 15, f
        assert lab["region"] is None or lab["region"] in set(DEPT_REGION.values()), (f, lab["region"])
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), (f, "label UAI with a wrong check letter", lab["uai"])

        with open(os.path.join(HERE, f), "rb") as fh:
            data = fh.read()
        msg = email.message_from_bytes(data, policy=email.policy.default)
        assert msg["From"] is not None and msg["Date"] is not None and msg["Message-ID"] is not None, f
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        assert d.year == 2026 and d.month == 3, (f, d)
        for part in msg.walk():
            assert not part.defects, (f, part.get_content_type(), part.defects)
        sender = msg["From"].addresses[0].addr_spec.lower()
        sender_domain = sender.rsplit("@", 1)[-1]
        text = visible_text(msg)

        # UAI-looking tokens in what a reader sees (body, subject, addresses)
        valid, wrong = {}, {}
        for m in UAI_TOKEN.finditer(text):
            code = re.sub(r"[ .]", "", m.group(1)) + m.group(2).upper()
            (valid if uai_ok(code) else wrong).setdefault(code, m.group(0))
        for code, rawtok in wrong.items():
            assert "wrong check letter" in lab["notes"] and (code in lab["notes"] or rawtok in lab["notes"]), \
                (f, "UAI-like token with a wrong check letter not declared in notes", rawtok)
        if lab["uai"] is not None:
            assert lab["uai"] in valid, (f, "label UAI not found in the mail", lab["uai"], sorted(valid))
        for code in valid:
            assert code == lab["uai"] or code in lab["notes"], (f, "another valid UAI in the mail must be explained in notes", code)
        if lab["uai"] is None:
            assert not valid or all(c in lab["notes"] for c in valid), (f, "valid UAI present but label is null", valid)

        # region: UAI departement first, else the academie domain of the sender, else null
        if lab["uai"] is not None:
            expected = DEPT_REGION[lab["uai"][:3]]
        else:
            expected = ACAD_DOMAINS.get(sender_domain)
        assert lab["region"] == expected, (f, "region", lab["region"], expected)
        if lab["category"] == "automated":
            assert lab["auto_reply_ok"] is False
    assert seen_cats == set(CATEGORIES), set(CATEGORIES) - seen_cats
    return labels


if __name__ == "__main__":
    write_all()
    labs = check()
    counts = {}
    for lab in labs:
        counts[lab["category"]] = counts.get(lab["category"], 0) + 1
    print("wrote 150 mails; categories:", json.dumps(dict(sorted(counts.items())), ensure_ascii=False))
