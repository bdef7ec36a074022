#!/usr/bin/env python3
"""Build the holdout34 blind test corpus: h001.eml ... h150.eml and labels.jsonl.

Theme: June, end of the school year and public-purchasing deadlines.
Suppliers, publishers, public buyers (services financiers, GIP, groupements de
commandes) and lycées of Bordeaux, Toulouse, Montpellier and the overseas
académies write to the desk support@assistance.example.fr.

Every body below is written by hand.  The script only wraps the bodies into
realistic transport headers and MIME structures (Thunderbird, Outlook,
Gmail, Zimbra, Apple Mail, mobile clients, MTA reports...).  Message-IDs,
queue ids and boundaries come from a random generator with a fixed seed, so
two runs write byte-identical files.

Standard library only.  Run:  python3 make_holdout34.py
"""

import base64
import collections
import datetime
import email
import email.policy
import html
import json
import os
import quopri
import random
import re
import urllib.parse
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(34_2025_06)
DESK = "support@assistance.example.fr"
DESK_NAME = "Assistance"
MX = "mx1.assistance.example.fr"

# --------------------------------------------------------------------------
# Reference data (shared/spec/taxonomy.md and shared/spec/regions.md)
# --------------------------------------------------------------------------

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
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
CHECK_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

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
REGION_DOMAINS = {
    "auvergne-rhone-alpes": "ac-clermont.fr ac-grenoble.fr ac-lyon.fr",
    "bourgogne-franche-comte": "ac-besancon.fr ac-dijon.fr",
    "bretagne": "ac-rennes.fr",
    "centre-val-de-loire": "ac-orleans-tours.fr",
    "corse": "ac-corse.fr",
    "grand-est": "ac-nancy-metz.fr ac-reims.fr ac-strasbourg.fr",
    "hauts-de-france": "ac-amiens.fr ac-lille.fr",
    "ile-de-france": "ac-creteil.fr ac-paris.fr ac-versailles.fr",
    "normandie": "ac-normandie.fr ac-caen.fr ac-rouen.fr",
    "nouvelle-aquitaine": "ac-bordeaux.fr ac-limoges.fr ac-poitiers.fr",
    "occitanie": "ac-montpellier.fr ac-toulouse.fr",
    "pays-de-la-loire": "ac-nantes.fr",
    "provence-alpes-cote-d-azur": "ac-aix-marseille.fr ac-nice.fr",
    "guadeloupe": "ac-guadeloupe.fr",
    "martinique": "ac-martinique.fr",
    "guyane": "ac-guyane.fr",
    "la-reunion": "ac-reunion.fr",
    "mayotte": "ac-mayotte.fr",
}
DEPT_TO_REGION = {}
for _reg, _depts in REGION_DEPTS.items():
    for _d in _depts.split():
        DEPT_TO_REGION[_d if len(_d) == 3 else "0" + _d] = _reg
DOMAIN_TO_REGION = {d: r for r, ds in REGION_DOMAINS.items() for d in ds.split()}


def check_letter(digits7):
    return CHECK_LETTERS[int(digits7) % 23]


def uai_is_valid(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and code[7] == check_letter(code[:7])


# --------------------------------------------------------------------------
# Small builders for headers and bodies
# --------------------------------------------------------------------------

_ACCIDENTAL_UAI = re.compile(r"(?<![0-9A-Za-z])\d{7}[ .]?[A-Za-z](?![0-9A-Za-z])")


def no_uai(gen):
    """Call gen() until its random output contains nothing that looks like a UAI."""
    while True:
        value = gen()
        if not _ACCIDENTAL_UAI.search(value):
            return value


def rand_hex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def rand_alnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def rand_ip():
    net = RNG.choice(["192.0.2", "198.51.100", "203.0.113"])
    return "%s.%d" % (net, RNG.randint(2, 250))


def uuid_like():
    return no_uai(_uuid_like)


def _uuid_like():
    return "%s-%s-4%s-%s%s-%s" % (rand_hex(8), rand_hex(4), rand_hex(3),
                                  RNG.choice("89ab"), rand_hex(3), rand_hex(12))


def when_dt(when):
    """when = (day_of_june_2025, hour, minute[, tz like '+0400'])."""
    day, hh, mm = when[:3]
    tz = when[3] if len(when) > 3 else "+0200"
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    sec = (day * 7 + hh * 13 + mm * 3) % 60
    return datetime.datetime(2025, 6, day, hh, mm, sec, tzinfo=datetime.timezone(off))


def fmt_date(dt):
    return format_datetime(dt)


def to_cest(dt, plus_seconds=0):
    cest = datetime.timezone(datetime.timedelta(hours=2))
    return (dt + datetime.timedelta(seconds=plus_seconds)).astimezone(cest)


def enc_header(value, charset="utf-8"):
    """RFC 2047 encode a header value when it is not plain ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76).encode()


def split_addr(s):
    m = re.fullmatch(r"\s*(.*?)\s*<([^>]+)>\s*", s)
    if m:
        return m.group(1).strip('"'), m.group(2)
    return "", s.strip()


def fmt_addr(s, charset="utf-8"):
    name, address = split_addr(s)
    if not name:
        return address
    try:
        name.encode("ascii")
        if re.search(r'[,;:@().]', name):
            name = '"%s"' % name
        return "%s <%s>" % (name, address)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), address)


def fmt_addr_list(items, charset="utf-8"):
    return ", ".join(fmt_addr(a, charset) for a in items)


def domain_of(address):
    return split_addr(address)[1].rsplit("@", 1)[1].lower()


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw  # 7bit / 8bit


def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", params="", label=None):
    cs = label or '"%s"' % charset
    head = "Content-Type: text/%s; charset=%s%s\nContent-Transfer-Encoding: %s\n\n" % (subtype, cs, params, cte)
    body = encode_body(text, charset, cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return head.encode("ascii") + body


def multipart(subtype, parts, boundary, preamble=None):
    out = []
    if preamble:
        out.append(preamble.encode("ascii") + b"\n")
    for p in parts:
        out.append(b"--" + boundary.encode("ascii") + b"\n" + p)
        if not p.endswith(b"\n"):
            out.append(b"\n")
        out.append(b"\n")
    out.append(b"--" + boundary.encode("ascii") + b"--\n")
    return b"".join(out)


def attachment(filename, ctype, content):
    data = base64.encodebytes(content)
    try:
        filename.encode("ascii")
        name = '"%s"' % filename
        disp = 'attachment; filename="%s"' % filename
    except UnicodeEncodeError:
        name = '"%s"' % Header(filename, "utf-8").encode()
        disp = "attachment;\n filename*=utf-8''%s" % urllib.parse.quote(filename)
    head = "Content-Type: %s; name=%s\nContent-Disposition: %s\nContent-Transfer-Encoding: base64\n\n" % (ctype, name, disp)
    return head.encode("ascii") + data


def fake_pdf(title):
    """A tiny but well-formed-looking PDF byte string (deterministic)."""
    body = ("%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n"
            "4 0 obj\n<< /Length %d >>\nstream\nBT /F1 12 Tf 72 770 Td (%s) Tj ET\nendstream\nendobj\n"
            "trailer\n<< /Root 1 0 R >>\n%%%%EOF\n") % (len(title) + 30, title)
    return body.encode("latin-1")


def fake_png():
    return bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                         "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


# ---------------------------- HTML renderings -----------------------------

def html_outlook(text):
    rows = []
    for line in text.split("\n"):
        if line.strip():
            rows.append('<p class="MsoNormal">%s<o:p></o:p></p>' % html.escape(line, quote=False))
        else:
            rows.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
            '\tfont-family:"Calibri",sans-serif;}\nspan.EmailStyle17\n\t{mso-style-type:personal-compose;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + "\n".join(rows) + "\n</div>\n</body>\n</html>\n")


def _quote_blocks(text):
    """Yield (level, line) with '>' quoting stripped."""
    for line in text.split("\n"):
        level = 0
        while line.startswith(">"):
            level += 1
            line = line[1:]
            if line.startswith(" "):
                line = line[1:]
        yield level, line


def html_divs(text, outer='<div dir="ltr">', quote_cls="gmail_quote"):
    out = [outer]
    cur = 0
    for level, line in _quote_blocks(text):
        while cur < level:
            out.append('<blockquote class="%s" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                       'rgb(204,204,204);padding-left:1ex">' % quote_cls)
            cur += 1
        while cur > level:
            out.append("</blockquote>")
            cur -= 1
        out.append("<div>%s</div>" % (html.escape(line, quote=False) if line.strip() else "<br>"))
    while cur:
        out.append("</blockquote>")
        cur -= 1
    out.append("</div>")
    return "\n".join(out) + "\n"


def html_zimbra(text):
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            + html_divs(text, outer="<div>", quote_cls="zimbra_quote") + "</div></body></html>\n")


def html_simple(text):
    paras = [p for p in text.split("\n\n")]
    body = "\n".join("<p>%s</p>" % "<br>\n".join(html.escape(l, quote=False) for l in p.split("\n")) for p in paras if p.strip())
    return "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:sans-serif\">\n%s\n</body></html>\n" % body


# ----------------------------- transport ----------------------------------

ACAD_RELAY = {}


def transport(client, from_addr, dt, env_from=None, auth=None, extra_hops=()):
    """Return-Path, Delivered-To, Received lines and Authentication-Results."""
    dom = domain_of(from_addr)
    env = split_addr(from_addr)[1] if env_from is None else env_from
    from_dom = dom
    if env and "@" in env:
        dom = env.rsplit("@", 1)[1].lower()  # the relay belongs to the envelope sender
    arrive = to_cest(dt, RNG.randint(2, 40))
    qid = rand_alnum(15)
    lines = ["Return-Path: <%s>" % env, "Delivered-To: %s" % DESK]
    if client in ("outlook", "outlook_html", "outlook_mobile") and not dom.startswith("ac-"):
        host = "%s%02dCU%03d.outbound.protection.outlook.com" % (RNG.choice(["PAUP264", "MRZP264", "PR0P264", "PA4P190"]),
                                                                 RNG.randint(1, 9), RNG.randint(1, 30))
        inner = "%sMB%04d.FRAP264.PROD.OUTLOOK.COM" % (RNG.choice(["PR1P264", "PAXP264", "MR1P264", "PA4P264"]),
                                                        RNG.randint(1000, 9999))
        hop2 = ("Received: from %s ([fe80::%s:%s:%s:%s]) by %s\n\t([fe80::%s:%s:%s:%s%%5]) with mapi id 15.20.%d.%03d;"
                " %s" % (inner, rand_hex(4), rand_hex(4), rand_hex(4), rand_hex(4), inner,
                         rand_hex(4), rand_hex(4), rand_hex(4), rand_hex(4), RNG.randint(8600, 8900),
                         RNG.randint(1, 40), fmt_date(dt.astimezone(datetime.timezone.utc)).replace("-0000", "+0000")))
    elif client in ("gmail", "gmail_mobile"):
        host = "mail-%s%d-f%d.google.com" % (RNG.choice(["wm", "wr", "ej", "lf"]), RNG.randint(1, 2), RNG.randint(41, 199))
        hop2 = "Received: by %s with SMTP id %s\n\tfor <%s>; %s" % (
            host, rand_alnum(20, "abcdefghijklmnopqrstuvwxyz0123456789"), DESK,
            fmt_date(dt.astimezone(datetime.timezone(datetime.timedelta(hours=-7)))))
    elif dom.startswith("ac-") or dom in ACAD_RELAY:
        host = "smtp%d.%s" % (RNG.randint(1, 6), dom)
        hop2 = ("Received: from [192.168.%d.%d] (unknown [%s])\n\tby %s with ESMTPSA id %s\n\tfor <%s>; %s"
                % (RNG.randint(0, 3), RNG.randint(2, 250), rand_ip(), host, rand_hex(10).upper(), DESK, fmt_date(dt)))
    else:
        host = RNG.choice(["mail", "smtp", "mx-out", "relay", "smtp-out"]) + "." + dom
        hop2 = ("Received: from [10.%d.%d.%d] (unknown [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
                % (RNG.randint(0, 40), RNG.randint(0, 250), RNG.randint(2, 250), rand_ip(), host,
                   rand_hex(10).upper(), DESK, fmt_date(dt)))
    lines.append("Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CEST)"
                 % (host, host, rand_ip(), MX, qid, DESK, fmt_date(arrive)))
    if auth is None:
        auth = "dkim=pass (2048-bit key) header.d={d};\n\tspf=pass smtp.mailfrom={d};\n\tdmarc=pass (p=none dis=none) header.from={d}"
    lines.append("Authentication-Results: %s;\n\t%s" % (MX, auth.format(d=from_dom)))
    lines.extend(extra_hops)
    if client != "mta":
        lines.append(hop2)
    return lines


# ------------------------------ messages ----------------------------------

def msgid_for(client, from_addr, dt):
    return no_uai(lambda: _msgid_for(client, from_addr, dt))


def _msgid_for(client, from_addr, dt):
    dom = domain_of(from_addr)
    if client in ("outlook", "outlook_html") and dom.startswith("ac-"):
        return "<%s01db%s$%s$%s$@%s>" % (rand_hex(4), rand_hex(8), rand_hex(8), rand_hex(8), dom)
    if client in ("outlook", "outlook_html", "outlook_mobile"):
        tag = RNG.choice(["PR1P264", "PAXP264", "MR1P264", "PA4P264"])
        return "<%sMB%s%s@%sMB%04d.FRAP264.PROD.OUTLOOK.COM>" % (
            tag, RNG.randint(1000, 9999), rand_hex(28).upper(), tag, RNG.randint(1000, 9999))
    if client in ("gmail", "gmail_mobile"):
        return "<CA%s@mail.gmail.com>" % rand_alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-_")
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randint(10 ** 8, 10 ** 9), RNG.randint(10 ** 5, 10 ** 6),
                                                   int(dt.timestamp() * 1000), dom)
    if client in ("apple", "iphone"):
        return "<%s@%s>" % (uuid_like().upper(), dom)
    if client == "oe":
        return "<%s01c8%s$%s$%s@%s>" % (rand_hex(4).upper(), rand_hex(8).upper(), rand_hex(8).upper(),
                                         rand_hex(8).upper(), RNG.choice(["POSTE-INTENDANCE", "PC-SECRETARIAT", "CDI-01"]))
    if client == "roundcube":
        return "<%s@%s>" % (rand_hex(32), dom)
    return "<%s@%s>" % (uuid_like(), dom)


def mail(frm, subject, body, when, client="thunderbird", to=None, cc=None, reply_to=None,
         irt=None, refs=None, auth=None, charset="utf-8", cte=None, attach=(), extra=(),
         env_from=None, lang="fr", html_body=None, importance=None):
    """Build one human-written message and return its bytes."""
    dt = when_dt(when)
    if to is None:
        to = ["%s <%s>" % (DESK_NAME, DESK)]
    hdr = transport(client, frm, dt, env_from=env_from, auth=auth)
    mid = msgid_for(client, frm, dt)
    enc_from = fmt_addr(frm, charset if charset != "us-ascii" else "utf-8")
    enc_subj = enc_header(subject, "utf-8" if charset in ("us-ascii",) else charset)
    if isinstance(to, str):
        to = [to]
    ctype_lines = []
    bnd = None
    text_html = None

    if client in ("outlook", "outlook_html", "outlook_mobile"):
        hdr += ["From: %s" % enc_from, "To: %s" % fmt_addr_list(to, charset)]
        if cc:
            hdr.append("CC: %s" % fmt_addr_list(cc, charset))
        if reply_to:
            hdr.append("Reply-To: %s" % fmt_addr(reply_to))
        desktop = domain_of(frm).startswith("ac-")
        hdr += ["Subject: %s" % enc_subj] + ([] if desktop else ["Thread-Topic: %s" % enc_subj]) + [
                "Thread-Index: %s" % no_uai(lambda: base64.b64encode(bytes(RNG.randint(0, 255) for _ in range(22))).decode()),
                "Date: %s" % (fmt_date(dt) if desktop else fmt_date(dt.astimezone(datetime.timezone.utc)).replace("-0000", "+0000")),
                "Message-ID: %s" % mid]
        if refs or irt:
            hdr.append("References: %s" % (refs or irt))
            hdr.append("In-Reply-To: %s" % (irt or refs.split()[-1]))
        if desktop:
            hdr += ["MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 16.0",
                    "Content-Language: %s" % ("fr" if lang == "fr" else "en-gb")]
        else:
            hdr += ["Accept-Language: fr-FR, en-US" if lang == "fr" else "Accept-Language: en-GB, fr-FR",
                    "Content-Language: %s" % ("fr-FR" if lang == "fr" else "en-GB"),
                    "X-MS-Has-Attach: %s" % ("yes" if attach else ""), "X-MS-TNEF-Correlator: ", "MIME-Version: 1.0"]
        if importance:
            hdr.append("Importance: %s" % importance)
        cs = charset
        hbody = html_body if html_body is not None else html_outlook(body)
        if cs != "utf-8":
            hbody = hbody.replace("charset=utf-8", "charset=%s" % cs)
        if client == "outlook_html":
            inner = part(hbody, "html", cs, cte or "quoted-printable")
            inner_ct = None
        else:
            b = ("----=_NextPart_000_%04X_01DB%04X.%08X" % (RNG.randint(1, 255), RNG.randint(0, 65535), RNG.randint(0, 2 ** 32 - 1))
                 if desktop else "_000_%s_" % rand_alnum(36, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
            inner = multipart("alternative", [part(body, "plain", cs, cte or "quoted-printable"),
                                              part(hbody, "html", cs, cte or "quoted-printable")], b)
            inner_ct = 'multipart/alternative;\n\tboundary="%s"' % b
        if attach:
            b2 = ("----=_NextPart_000_%04X_01DB%04X.%08X" % (RNG.randint(1, 255), RNG.randint(0, 65535), RNG.randint(0, 2 ** 32 - 1))
                  if desktop else "_004_%s_" % rand_alnum(36, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
            first = (b"Content-Type: " + inner_ct.encode() + b"\n\n" + inner) if inner_ct else inner
            body_bytes = multipart("mixed", [first] + [attachment(*a) for a in attach], b2)
            ctype_lines = ['Content-Type: multipart/mixed;\n\tboundary="%s"' % b2]
        else:
            if inner_ct:
                body_bytes = inner
                ctype_lines = ["Content-Type: %s" % inner_ct]
            else:
                head, _, rest = inner.partition(b"\n\n")
                ctype_lines = head.decode().split("\n")
                body_bytes = rest
    else:
        hdr_from = "From: %s" % enc_from
        base = []
        if client in ("gmail", "gmail_mobile"):
            base.append("MIME-Version: 1.0")
            if refs or irt:
                base.append("References: %s" % (refs or irt))
                base.append("In-Reply-To: %s" % (irt or refs.split()[-1]))
            base += [hdr_from, "Date: %s" % fmt_date(dt), "Message-ID: %s" % mid, "Subject: %s" % enc_subj,
                     "To: %s" % fmt_addr_list(to, charset)]
            if cc:
                base.append("Cc: %s" % fmt_addr_list(cc, charset))
            if reply_to:
                base.append("Reply-To: %s" % fmt_addr(reply_to))
        else:
            base += ["Message-ID: %s" % mid, "Date: %s" % fmt_date(dt)]
            if client == "thunderbird":
                base += ["MIME-Version: 1.0", "User-Agent: Mozilla Thunderbird",
                         "Content-Language: %s" % ("fr" if lang == "fr" else "en-US")]
            elif client in ("apple", "iphone"):
                base += ["Mime-Version: 1.0 (1.0)",
                         "X-Mailer: %s" % ("iPhone Mail (22F76)" if client == "iphone" else "Apple Mail (2.3826.500.181.1.5)")]
            elif client == "roundcube":
                base += ["MIME-Version: 1.0", "User-Agent: Roundcube Webmail/1.6.9"]
            elif client == "zimbra":
                base += ["MIME-Version: 1.0", "X-Mailer: Zimbra 10.0.12_GA_4712 (ZimbraWebClient - FF139 (Win)/10.0.12_GA_4712)",
                         "X-Originating-IP: [10.%d.%d.%d]" % (RNG.randint(1, 250), RNG.randint(1, 250), RNG.randint(1, 250))]
            elif client in ("android", "samsung"):
                base += ["MIME-Version: 1.0"]
                if client == "samsung":
                    base.append("X-Mailer: Samsung Mail")
            elif client == "oe":
                base += ["MIME-Version: 1.0", "X-Mailer: Microsoft Outlook Express 6.00.2900.5931",
                         "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157", "X-Priority: 3"]
            else:
                base += ["MIME-Version: 1.0"]
            if refs or irt:
                base.append("In-Reply-To: %s" % (irt or refs.split()[-1]))
                base.append("References: %s" % (refs or irt))
            base += ["To: %s" % fmt_addr_list(to, charset)]
            if cc:
                base.append("Cc: %s" % fmt_addr_list(cc, charset))
            if reply_to:
                base.append("Reply-To: %s" % fmt_addr(reply_to))
            base += [hdr_from, "Subject: %s" % enc_subj]
        hdr += base
        hdr.extend(extra)
        extra = ()
        # body structure per client
        if client in ("gmail", "gmail_mobile"):
            b = "000000000000%s" % rand_hex(14)
            hb = html_body if html_body is not None else html_divs(body)
            inner = multipart("alternative", [part(body, "plain", charset, cte or "quoted-printable"),
                                              part(hb, "html", charset, cte or "quoted-printable")], b)
            inner_ct = 'multipart/alternative; boundary="%s"' % b
        elif client == "zimbra":
            b = "=_%s" % uuid_like()
            hb = html_body if html_body is not None else html_zimbra(body)
            inner = multipart("alternative", [part(body, "plain", charset, cte or "quoted-printable"),
                                              part(hb, "html", charset, cte or "quoted-printable")], b)
            inner_ct = 'multipart/alternative;\n boundary="%s"' % b
        elif client == "samsung":
            b = "--_com.samsung.android.email_%d%d" % (RNG.randint(10 ** 8, 10 ** 9), RNG.randint(10 ** 5, 10 ** 6))
            hb = html_body if html_body is not None else html_simple(body)
            inner = multipart("alternative", [part(body, "plain", charset, cte or "base64"),
                                              part(hb, "html", charset, cte or "base64")], b)
            inner_ct = 'multipart/alternative; boundary="%s"' % b
        elif client == "html":
            inner = part(html_body if html_body is not None else html_simple(body), "html", charset, cte or "quoted-printable")
            inner_ct = None
        else:
            default_cte = {"thunderbird": "8bit", "apple": "quoted-printable", "iphone": "quoted-printable",
                           "roundcube": "quoted-printable", "android": "base64", "oe": "8bit"}.get(client, "8bit")
            params = "; format=flowed" if client in ("thunderbird", "roundcube") else ""
            label = charset.upper() if client == "thunderbird" else None
            inner = part(body, "plain", charset, cte or default_cte, params, label)
            inner_ct = None
        if attach:
            b2 = ("------------%s" % rand_alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                  if client != "gmail" else "000000000000%s" % rand_hex(14))
            first = (b"Content-Type: " + inner_ct.encode() + b"\n\n" + inner) if inner_ct else inner
            body_bytes = multipart("mixed", [first] + [attachment(*a) for a in attach], b2,
                                   preamble="This is a multi-part message in MIME format." if client == "thunderbird" else None)
            ctype_lines = ['Content-Type: multipart/mixed; boundary="%s"' % b2]
        elif inner_ct:
            body_bytes = inner
            ctype_lines = ["Content-Type: %s" % inner_ct]
        else:
            head, _, rest = inner.partition(b"\n\n")
            ctype_lines = head.decode().split("\n")
            body_bytes = rest
    hdr.extend(extra)
    head = "\n".join(hdr + ctype_lines) + "\n\n"
    return head.encode("ascii") + body_bytes


def raw(text, charset="utf-8"):
    """A message written out in full (MTA reports, lists, notifications)."""
    text = text.lstrip("\n")
    return text.encode(charset)


def qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def b64(text, charset="utf-8"):
    return base64.encodebytes(text.encode(charset)).decode("ascii")


def h(value, charset="utf-8"):
    return enc_header(value, charset)


def T(frm, when, env_from=None, auth=None, client="mta"):
    """Transport header block (text) for a message written out in full."""
    return "\n".join(transport(client, frm, when_dt(when), env_from=env_from, auth=auth))


def MID(dom):
    return no_uai(lambda: "<%s.%s@%s>" % (rand_alnum(12).upper(), rand_hex(8), dom))


def BND():
    return no_uai(lambda: "=_%s_%s" % (rand_alnum(10), rand_hex(8)))


AUTH_NONE = "dkim=none;\n\tspf=pass smtp.helo={d};\n\tdmarc=none"
AUTH_SPF = "dkim=none;\n\tspf=pass smtp.mailfrom={d};\n\tdmarc=none"


def fresh_qid():
    return rand_alnum(15)


def cest(when, plus=0):
    return fmt_date(to_cest(when_dt(when), plus))


def dtstr(when):
    return fmt_date(when_dt(when))


# ------------------------------ registry ----------------------------------

MAILS = []


def add(key, cat, ok, uai, region, platform, hard, lang, notes, message):
    MAILS.append(dict(key=key, category=cat, auto_reply_ok=ok, uai=uai, region=region,
                      platform=platform, hard=hard, lang=lang, notes=notes, raw=message))


# ==========================================================================
# The mails.  Keys: P password_reset, A automated, O other, M missing_noreply,
# H head_of_establishment_request, B mailinblack_spam, OB order_billing,
# AC account_creation, S subscription_activation, T transfer_incident,
# C contract_documents.
# ==========================================================================

# ------------------------------ password_reset -----------------------------

add("P01", "password_reset", True, "0330288J", "nouvelle-aquitaine", "esidoc", False, "fr",
    "End-of-year inventory blocked: the librarian lost the e-sidoc back-office password; UAI in the body. The reset path applies.",
    mail("Hélène Darrigade <helene.darrigade@ac-bordeaux.fr>",
         "Accès back office e-sidoc - lycée Montesquieu",
         """Bonjour,

Je dois lancer le récolement du fonds avant le 27 juin et je me retrouve
bloquée à l'entrée du back office e-sidoc : mot de passe refusé. Je ne
l'utilise que quelques fois par an et je ne le retrouve plus dans mes
notes.

Notre identifiant est le 0330288J (lycée général et technologique
Montesquieu, Libourne).

Pourriez-vous me dire comment obtenir un nouveau mot de passe ? Je
suis là jusqu'au 4 juillet.

Merci d'avance,

Hélène Darrigade
Professeure documentaliste
""", (3, 8, 47)))

add("P02", "password_reset", True, "0311534Z", "occitanie", "espace_acheteur", False, "fr",
    "Espace Acheteur password expired while orders must be validated before the June deadline; the UAI appears only as 'RNE' in the signature.",
    mail("Patrick Sabatier <patrick.sabatier@ac-toulouse.fr>",
         "Mot de passe expiré Espace Acheteur",
         """Bonjour,

En me connectant ce matin à l'Espace Acheteur, le site m'a indiqué que mon mot de passe avait expiré et qu'il fallait le renouveler. Le problème est que je n'arrive pas à retrouver l'ancien, qu'on me demande pour en définir un nouveau.

J'ai plusieurs paniers à transformer en commandes avant la clôture de nos engagements de fin juin, c'est donc assez pressant pour nous.

Pouvez-vous me faire parvenir un lien de réinitialisation ?

Bien cordialement,

Patrick Sabatier
Adjoint gestionnaire
Lycée Pierre-Paul Riquet – Saint-Orens-de-Gameville
RNE : 0311534Z
Tél. 05 61 39 27 40
""", (10, 14, 12), client="outlook"))

add("P03", "password_reset", True, "0341042Y", "occitanie", "espace_acheteur", False, "fr",
    "Late-night, angry: account locked after too many attempts on the Espace Acheteur; UAI in the subject only.",
    mail("Nathalie Cazals <nathalie.cazals@ac-montpellier.fr>",
         "COMPTE BLOQUÉ - 0341042Y - urgent",
         """Bonsoir,

Il est presque minuit et je suis encore devant cet écran. J'ai voulu finir les commandes de manuels pour la rentrée et après trois essais votre site m'affiche "compte verrouillé". TROIS essais. Je suis certaine d'avoir tapé le bon mot de passe la première fois, c'est peut-être le clavier du bureau qui était en QWERTY, je n'en sais rien.

Je n'ai pas le temps d'attendre une semaine : les éditeurs ferment leurs prises de commande groupées le 20.

Débloquez le compte ou envoyez-moi de quoi refaire un mot de passe, s'il vous plaît.

N. Cazals
Gestionnaire, LGT Jean-Moulin
""", (11, 23, 47), client="zimbra"))

add("P04", "password_reset", True, "9740798Z", "la-reunion", "esidoc", False, "fr",
    "The secretariat writes from the ce.<UAI>@ac-reunion.fr address (UAI also in the body) and asks for the reset link on that official address. Réunion time zone.",
    mail("Secrétariat LGT Leconte de Lisle <ce.9740798Z@ac-reunion.fr>",
         "Demande de réinitialisation - portail documentaire",
         """Bonjour,

Le mot de passe d'administration du portail e-sidoc du lycée (UAI 9740798Z) n'est plus connu depuis le départ en retraite de notre documentaliste, le 31 mai.

La nouvelle collègue prend ses fonctions la semaine prochaine et aimerait préparer le portail pour la rentrée australe. Pouvez-vous envoyer le lien de réinitialisation sur la présente adresse de l'établissement ? Nous lui transmettrons.

Avec nos remerciements,

Le secrétariat de direction
Lycée Leconte de Lisle – Saint-Denis
""", (5, 10, 20, "+0400"), client="zimbra"))

add("P05", "password_reset", True, "0311316M", "occitanie", "esidoc", False, "en",
    "English: the librarian of an international lycée forgot the e-sidoc admin password; UAI given as the login.",
    mail("Fiona McAllister <fiona.mcallister@ac-toulouse.fr>",
         "Forgotten password - library portal",
         """Hello,

I look after the library (CDI) of the international section at Lycée
Saint-Exupéry in Blagnac. I have to update the summer reading list on
our e-sidoc portal before the end of term, but I can't remember the
admin password - I last logged in back in February.

The login should be our school code, 0311316M.

Could you send me whatever I need to reset it? Happy to answer any
security questions.

Many thanks,
Fiona McAllister
Teacher-librarian, International Section
""", (4, 16, 5), lang="en"))

add("P06", "password_reset", True, "9721784G", "martinique", "espace_acheteur", True, "fr",
    "Contrast: the reset mail does arrive ('ce n'est pas que je ne reçois pas le mail'), but the link has expired by the time she opens it because of the time difference. Asks for a new link: password_reset, not missing_noreply_mail.",
    mail("Joëlle Rosamond <joelle.rosamond@ac-martinique.fr>",
         "Lien de réinitialisation expiré (encore)",
         """Bonjour,

Ce n'est pas que je ne reçois pas le mail : je le reçois bien. Le souci, c'est qu'il arrive chez nous en pleine nuit, et quand je l'ouvre le lendemain en arrivant au lycée le lien me dit qu'il n'est plus valable. C'est la deuxième fois.

Pourriez-vous m'en renvoyer un, idéalement en fin de matinée heure de Paris, pour que je puisse l'utiliser dans la foulée ? Je dois me connecter à l'Espace Acheteur pour valider les fournitures de la rentrée.

Lycée Joseph Gaillard, Fort-de-France (9721784G)

Merci et bonne journée,
Joëlle Rosamond
Secrétaire d'intendance
""", (12, 7, 35, "-0400"), client="outlook"))

add("P07", "password_reset", False, None, "guadeloupe", "esidoc", True, "fr",
    "UAI written 9711097K: wrong check letter (the digits give 9711097R), so no UAI; region from the ac-guadeloupe.fr sender. A probable typo must be confirmed before any link goes out.",
    mail("Murielle Zénon <murielle.zenon@ac-guadeloupe.fr>",
         "mot de passe perdu",
         """bonjour
je n'arrive plus a me connecter sur e-sidoc pour la gestion du CDI, le mot de passe a du etre changé par la collegue qui faisait le remplacement en mars et elle ne l'a laissé nulle part.
notre code etablissement c'est 9711097K
lycée polyvalent de Baimbridge aux Abymes
merci de m'aider c'est la fin d'annee et je dois faire les retours des manuels
Murielle Zénon
""", (6, 9, 2, "-0400"), client="roundcube"))

add("P08", "password_reset", False, "0401953F", "nouvelle-aquitaine", "esidoc", True, "fr",
    "Reply (Outlook 'De : / Envoyé :' quote) to the automatic reset answer: the link went to the school's official mailbox, which nobody can read until the end of June; a person must take over (head-of-establishment procedure).",
    mail("Damien Lartigue <damien.lartigue@ac-bordeaux.fr>",
         "RE: [#SUP-007391] Mot de passe e-sidoc",
         """Bonjour,

Merci pour la réponse. Le lien est donc parti sur la boîte ce. du lycée, mais elle est relevée uniquement par la secrétaire de direction, qui est en arrêt jusqu'à la fin du mois, et personne d'autre n'en a le mot de passe.

On fait comment ? Je ne peux pas attendre juillet pour fermer le portail aux élèves de terminale.

Damien Lartigue
Documentaliste – Lycée Victor Duruy, Mont-de-Marsan
0401953F

De : Assistance <support@assistance.example.fr>
Envoyé : lundi 2 juin 2025 15:02
À : Damien Lartigue <damien.lartigue@ac-bordeaux.fr>
Objet : [#SUP-007391] Mot de passe e-sidoc

Bonjour,

Un lien de réinitialisation du mot de passe a été envoyé à l'adresse officielle de votre établissement (c***@ac-b*******.fr). Il est valable 12 heures.

Cordialement,
L'équipe d'assistance
""", (3, 11, 18), client="outlook",
         irt="<SUP-007391.1748869320.3fa1c2@assistance.example.fr>",
         refs="<CA9x2pQmVbW7Lk3tRr0aa1Gz8uHnE4fD@mail.gmail.com> <SUP-007391.1748869320.3fa1c2@assistance.example.fr>"))

add("P09", "password_reset", False, "0121453P", "occitanie", "espace_acheteur", True, "fr",
    "Two topics: lost Espace Acheteur password (first, main) and where to find the CCAP of the new market (contract_documents); a single template answers only half.",
    mail("Sylvie Bouldoires <sylvie.bouldoires@ac-toulouse.fr>",
         "Deux questions avant la fin de l'année",
         """Bonjour,

Deux choses, si vous le voulez bien.

1) Je n'ai plus mon mot de passe pour l'Espace Acheteur. J'ai fait "mot de passe oublié" avec mon adresse mais je crois que le compte a été créé avec celle de mon prédécesseur. Identifiant de l'établissement : 0121453P (lycée Foch, Rodez).

2) Une fois connectée, où puis-je trouver le CCAP du nouveau marché de restauration ? Notre conseil d'administration du 26 juin doit l'examiner et je n'arrive pas à mettre la main dessus.

Merci par avance,
Sylvie Bouldoires
Secrétaire générale
""", (2, 13, 50), client="thunderbird"))

add("P10", "password_reset", True, "0300854R", "occitanie", "espace_acheteur", False, "fr",
    "Outlook forward ('TR:') of the reset mail whose link says it is no longer valid; asks for a new link.",
    mail("Bruno Teissier <bruno.teissier@ac-montpellier.fr>",
         "TR: Réinitialisation de votre mot de passe",
         """Bonjour,

Je vous transfère le message reçu hier soir. Quand je clique sur le lien ce matin, j'ai "Ce lien n'est plus valide". Pouvez-vous m'en générer un autre ?

Merci,
Bruno Teissier
Lycée Daudet, Nîmes – UAI 0300854R

________________________________
De : Espace Acheteur <no-reply@espace-acheteur.example.fr>
Envoyé : mardi 10 juin 2025 18:41
À : Teissier Bruno <bruno.teissier@ac-montpellier.fr>
Objet : Réinitialisation de votre mot de passe

Bonjour,

Vous avez demandé la réinitialisation de votre mot de passe. Cliquez sur le lien ci-dessous pour choisir un nouveau mot de passe :
https://espace-acheteur.example.fr/reset/6c1f0e2a9b

Ce lien est valable 12 heures.

Ceci est un message automatique, merci de ne pas y répondre.
""", (11, 8, 6), client="outlook"))

add("P11", "password_reset", True, "0341714D", "occitanie", "espace_acheteur", False, "fr",
    "Two lines from Outlook for Android (base64 body): password lost, UAI given, asks for the link.",
    mail("Karim Bensaïd <k.bensaid@ac-montpellier.fr>",
         "Mdp",
         """Bonjour, mdp perdu pour l'espace acheteur (lycée Clemenceau 0341714D). Vous pouvez me renvoyer le lien svp ?
Merci
Karim

Envoyé à partir de Outlook pour Android
""", (16, 7, 12), client="android"))

add("P12", "password_reset", False, "9731048B", "guyane", "esidoc", True, "fr",
    "Asks for the new password to be sent to her personal address because the school mailbox is full: the reset may only go to the address on file or the official address, so no automatic answer.",
    mail("Rose-Marie Lapassion <rose-marie.lapassion@ac-guyane.fr>",
         "Mot de passe e-sidoc à envoyer sur mon adresse personnelle",
         """Bonjour,

J'ai perdu le mot de passe de l'administration e-sidoc du lycée Félix Éboué (9731048B).

Je vous demande de bien vouloir m'envoyer le nouveau mot de passe sur mon adresse personnelle, rmlapassion@messagerie-perso.example.fr, car la boîte du lycée est saturée depuis des semaines et je ne reçois plus rien dessus.

Je vous remercie de votre compréhension.

Rose-Marie Lapassion
Professeure documentaliste
Cayenne
""", (17, 9, 40, "-0300"), client="outlook"))

add("P13", "password_reset", False, None, None, "espace_acheteur", False, "fr",
    "Finance department of a commune: several agents share one mailbox and nobody knows which login the account uses. No UAI, non-academic sender. Kept for a person because they also ask for the login to be sent in clear.",
    mail("Service Finances - Mairie de Saint-Caprais <finances@mairie-saint-caprais.example.fr>",
         "Identifiant de connexion Espace Acheteur",
         """Madame, Monsieur,

Le service des finances de la commune dispose d'un accès à l'Espace Acheteur pour le groupement de commandes des fournitures scolaires. Notre boîte est partagée par trois agents et, depuis le départ à la retraite de Mme Peyrot, aucun d'entre nous ne connaît l'identifiant utilisé pour ce compte, ni le mot de passe.

Nous devons impérativement déposer notre recensement des besoins avant le 30 juin.

Pourriez-vous nous communiquer l'identifiant et le mot de passe en réponse à ce message ?

Vous en souhaitant bonne réception,

Pour le service des finances,
Alain Coste
Mairie de Saint-Caprais – 3 place de la Mairie
""", (4, 10, 31), client="outlook"))

add("P14", "password_reset", True, None, None, "espace_acheteur", False, "fr",
    "Buyer of a GIP groupement de commandes: forgotten password, and the account may still carry the address of a colleague who left in May. The reset path (address on file, else the official procedure) answers it. No UAI, no académie domain.",
    mail("Sandrine Olivier <sandrine.olivier@gip-achats-sudouest.example.fr>",
         "Oubli de mot de passe - GIP Achats Sud-Ouest",
         """Bonjour,

Je suis acheteuse au GIP Achats Sud-Ouest, coordonnateur du groupement de commandes des lycées pour les équipements de laboratoire.

J'ai oublié mon mot de passe de l'Espace Acheteur. Il est possible que notre compte soit encore rattaché à l'adresse de ma collègue Mme Ferrand, partie le 15 mai ; je ne sais pas si le lien de réinitialisation lui parviendrait.

Pouvez-vous m'indiquer la procédure ?

Cordialement,

Sandrine Olivier
Chargée des achats
GIP Achats Sud-Ouest – 12 cours du Médoc, Bordeaux
""", (5, 15, 44), client="thunderbird"))

add("P15", "password_reset", True, "9760586H", "mayotte", "espace_acheteur", True, "fr",
    "HTML-only Outlook message: expired password on the Espace Acheteur, old one forgotten. Mayotte time zone.",
    mail("Anrifati Madi <anrifati.madi@ac-mayotte.fr>",
         "Mot de passe expiré",
         "",
         (10, 8, 15, "+0300"), client="outlook_html",
         html_body="""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
--></style>
</head>
<body lang="FR" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal">Bonjour,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Depuis ce matin, l&#8217;Espace Acheteur me demande de changer mon mot de passe car il a <b>expir&eacute;</b>. Malheureusement je ne me souviens plus de l&#8217;ancien, donc je ne peux pas faire le changement.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Pouvez-vous r&eacute;initialiser mon acc&egrave;s ? Nous sommes le lyc&eacute;e de Sada, UAI <span style="color:#1F4E79">9760586H</span>.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Merci beaucoup,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:10.0pt;color:#595959">Anrifati MADI<br>
Agent comptable adjoint &#8211; Lyc&eacute;e de Sada<br>
T&eacute;l. 0269 62 14 70</span><o:p></o:p></p>
</div>
</body>
</html>
"""))

add("P16", "password_reset", True, "0240557A", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
    "Reply on an old invoice ticket (the quoted part is about a Chorus invoice), but the new text only asks for a password reset: the new question wins.",
    mail("Thierry Bonnefon <thierry.bonnefon@ac-bordeaux.fr>",
         "Re: [#SUP-007204] Facture en attente sur Chorus",
         """Bonjour,

Je reprends ce fil faute d'avoir une autre adresse sous la main : pour la
facture, tout est réglé, merci.

En revanche, autre sujet, je n'arrive plus à me connecter à l'Espace
Acheteur depuis le changement de poste informatique. Mot de passe
oublié, tout simplement, il était enregistré dans l'ancien navigateur.
Pouvez-vous me renvoyer un lien ? Lycée Bertran de Born, Périgueux,
0240557A.

Merci,
Thierry Bonnefon

Le 26/05/2025 à 10:14, Assistance a écrit :
> Bonjour,
>
> La facture n° F-2025-0418 a bien été déposée sur Chorus Pro le 23 mai.
> Elle devrait apparaître dans votre espace sous 48 heures.
>
> Cordialement,
> L'équipe d'assistance
""", (6, 9, 55), client="thunderbird",
         irt="<SUP-007204.1748247240.b07e55@assistance.example.fr>",
         refs="<SUP-007204.1748247240.b07e55@assistance.example.fr>"))

add("P17", "password_reset", True, "0811801T", "occitanie", "esidoc", False, "fr",
    "New librarian since May who was never given the e-sidoc password ('on ne m'a jamais transmis le mot de passe').",
    mail("Coralie Vidal <coralie.vidal@ac-toulouse.fr>",
         "Prise de poste - accès e-sidoc",
         """Bonjour,

J'ai pris le poste de documentaliste au lycée Lapérouse d'Albi le 12 mai, en remplacement d'une collègue partie en mutation. On ne m'a jamais transmis le mot de passe du compte administrateur e-sidoc, et la collègue ne répond plus.

UAI du lycée : 0811801T.

Comment puis-je récupérer cet accès ? J'aimerais publier la sélection de lectures d'été avant les vacances.

Merci beaucoup,
Coralie Vidal
""", (2, 10, 3), client="zimbra"))

add("P18", "password_reset", True, "9741693X", "la-reunion", "espace_acheteur", False, "fr",
    "Late evening in Réunion: forced password change asks for the old password, which she no longer has.",
    mail("Valérie Hoarau <valerie.hoarau@ac-reunion.fr>",
         "Changement de mot de passe impossible",
         """Bonsoir,

Je vous écris de chez moi, il est 23 h ici. Depuis cet après-midi l'Espace Acheteur m'oblige à changer mon mot de passe, mais le formulaire me demande l'ancien, et c'est justement celui que j'ai oublié (il m'avait été donné par la plateforme l'an dernier et je l'avais enregistré sur mon ancien téléphone).

Je suis donc bloquée en boucle. Je suis gestionnaire au lycée Roland Garros du Tampon, code 9741693X.

Merci de me dire comment en sortir.

Valérie Hoarau
""", (13, 22, 58, "+0400"), client="gmail"))

add("P19", "password_reset", True, "0301933N", "occitanie", "espace_acheteur", True, "fr",
    "Negation: 'ce n'est pas un problème de spam ni de Mailinblack' — she simply forgot her password. MailInBlack is named only to be ruled out.",
    mail("Agnès Roumieux <agnes.roumieux@ac-montpellier.fr>",
         "Simple oubli de mot de passe",
         """Bonjour,

Je précise d'emblée, car vos collègues m'ont déjà fait vérifier la dernière fois : ce n'est pas un problème de spam, ni de Mailinblack, ni de boîte pleine. J'ai tout simplement oublié mon mot de passe de l'Espace Acheteur après trois semaines d'examens.

Lycée Albert Camus, Nîmes — UAI 0301933N.

Un lien de réinitialisation suffira.

Bien à vous,
Agnès Roumieux
Gestionnaire
""", (19, 11, 26), client="thunderbird"))

add("P20", "password_reset", True, "0401157R", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
    "The UAI appears only in the sender address, in lower case (ce.0401157r@ac-bordeaux.fr); the DDFPT writes from the official mailbox and asks for a reset link there.",
    mail("Lycée Haroun Tazieff <ce.0401157r@ac-bordeaux.fr>",
         "Réinitialisation accès Espace Acheteur",
         """Bonjour,

Je suis le directeur délégué aux formations du lycée. Je n'arrive plus à me connecter à l'Espace Acheteur pour passer les commandes de matériel d'atelier : mot de passe oublié.

Vous pouvez envoyer le lien de réinitialisation sur cette adresse, c'est celle de l'établissement et je la consulte tous les jours.

Cordialement,
Olivier Dupouy
DDFPT
""", (9, 14, 37), client="zimbra"))

add("P21", "password_reset", False, "0340486U", "occitanie", "esignature", True, "fr",
    "Lost password on the e-signature platform needed to sign the membership convention before the deadline: no reset template exists for this product, so a person answers.",
    mail("Fabienne Almeras <fabienne.almeras@ac-montpellier.fr>",
         "Plateforme de signature - mot de passe inconnu",
         """Bonjour,

Nous avons reçu la convention d'adhésion au groupement d'achat à signer électroniquement avant le 20 juin. Lorsque je clique sur le lien, la plateforme de signature me demande un mot de passe que je n'ai jamais créé (ou que j'ai oublié, je ne sais plus : l'an dernier c'est moi qui avais signé l'avenant).

Je ne vois pas de lien "mot de passe oublié" sur la page.

Comment faire pour signer dans les temps ?

Fabienne Almeras
Secrétaire générale — Lycée Joffre, Montpellier
UAI 0340486U
""", (12, 16, 48), client="outlook"))

add("P22", "password_reset", True, "9710319V", "guadeloupe", "esidoc", False, "fr",
    "Account locked after several failed attempts during the stock-taking; Gmail (quoted-printable) from a personal example address, region from the UAI.",
    mail("Line Germain <line.germain@messagerie-perso.example.fr>",
         "Compte administrateur verrouillé",
         """Bonjour,

Pendant le récolement de cet après-midi j'ai fait plusieurs erreurs de mot de passe et maintenant le back office e-sidoc m'indique que le compte est verrouillé.

Je suis la documentaliste du lycée Gerville-Réache à Basse-Terre, UAI 9710319V. J'écris depuis ma boîte personnelle parce que je suis chez moi.

Pouvez-vous débloquer le compte ou m'indiquer comment refaire un mot de passe ?

Merci,
Line Germain
""", (18, 17, 3, "-0400"), client="gmail"))

add("P23", "password_reset", True, "0310896F", "occitanie", "esidoc", True, "fr",
    "The body gives 0310896K (wrong check letter: the digits give 0310896F), but the sender ce.0310896F@ac-toulouse.fr carries the valid UAI, which is the label. The secretariat asks for the link on the official address.",
    mail("Lycée Raymond Naves <ce.0310896F@ac-toulouse.fr>",
         "Lien de réinitialisation e-sidoc pour le lycée 0310896K",
         """Bonjour,

Madame Carrère, documentaliste, ne parvient plus à se connecter au back office du portail e-sidoc (mot de passe perdu).

Merci de bien vouloir adresser un lien de réinitialisation à la boîte fonctionnelle de l'établissement, c'est-à-dire à la présente adresse.

Identifiant : 0310896K

Le secrétariat du lycée Raymond Naves
Toulouse
""", (16, 9, 9), client="zimbra"))


# ------------------------------ automated ----------------------------------

_b = BND()
add("A01", "automated", False, None, None, None, False, "en",
    "Postfix bounce (multipart/report delivery-status, null Return-Path): the desk's answer to a publisher's sales contact bounced, mailbox unknown.",
    raw(f"""
{T("MAILER-DAEMON@mx.editions-rivages.example.fr", (4, 11, 2), env_from="", auth=AUTH_NONE)}
From: Mail Delivery System <MAILER-DAEMON@mx.editions-rivages.example.fr>
To: Assistance <support@assistance.example.fr>
Subject: Undelivered Mail Returned to Sender
Date: {dtstr((4, 11, 2))}
Message-ID: <20250604090215.7F2C318A04B@mx.editions-rivages.example.fr>
MIME-Version: 1.0
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status;
 boundary="{_b}"

This is a MIME-encapsulated message.

--{_b}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.editions-rivages.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.ferreira@editions-rivages.example.fr>: host
    127.0.0.1[127.0.0.1] said: 550 5.1.1 <m.ferreira@editions-rivages.example.fr>:
    Recipient address rejected: User unknown in virtual mailbox table (in
    reply to RCPT TO command)

--{_b}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.editions-rivages.example.fr
X-Postfix-Queue-ID: 7F2C318A04B
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Wed,  4 Jun 2025 11:02:14 +0200 (CEST)

Final-Recipient: rfc822; m.ferreira@editions-rivages.example.fr
Original-Recipient: rfc822;m.ferreira@editions-rivages.example.fr
Action: failed
Status: 5.1.1
Remote-MTA: dns; 127.0.0.1
Diagnostic-Code: smtp; 550 5.1.1 <m.ferreira@editions-rivages.example.fr>:
    Recipient address rejected: User unknown in virtual mailbox table

--{_b}
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: Assistance <support@assistance.example.fr>
To: Marco Ferreira <m.ferreira@editions-rivages.example.fr>
Subject: [#SUP-007433] Devis abonnements 2025-2026
Date: Wed, 04 Jun 2025 11:02:10 +0200
Message-ID: <SUP-007433.1749027730.9e41d0@assistance.example.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Bonjour,

Votre demande a bien été transmise au service commercial, qui reviendra
vers vous sous 48 heures ouvrées.

Cordialement,
L'équipe d'assistance''')}

--{_b}--
"""))

_b = "B_" + rand_hex(8) + "_" + rand_hex(4)
add("A02", "automated", False, None, None, None, False, "fr",
    "Exchange Online non-delivery report in French ('Non remis :') from a département's tenant: multipart/report with text, HTML and the returned headers.",
    raw(f"""
{T("postmaster@gironde-collectivites.example.fr", (5, 16, 40), env_from="", auth=AUTH_NONE)}
From: postmaster@gironde-collectivites.example.fr
To: support@assistance.example.fr
Date: Thu, 5 Jun 2025 14:40:21 +0000
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="{_b}"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: fr-FR
Message-ID: <6d2f1a0b-8e7c-4b52-a1d3-77c2a05f9e14@PR1P264MB7719.FRAP264.PROD.OUTLOOK.COM>
In-Reply-To: <SUP-007448.1749134420.c13a77@assistance.example.fr>
References: <SUP-007448.1749134420.c13a77@assistance.example.fr>
Subject: {h("Non remis : [#SUP-007448] Votre demande concernant le marché de restauration")}
Auto-Submitted: auto-replied
MIME-Version: 1.0

--{_b}
Content-Type: multipart/alternative; differences=Content-Type;
\tboundary="{_b}alt"

--{_b}alt
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Votre message à marches-publics@gironde-collectivites.example.fr n'a pas pu être remis.

La boîte aux lettres de marches-publics est pleine.

Action requise pour le destinataire
Le destinataire doit supprimer des éléments de sa boîte aux lettres ou demander à son administrateur d'en augmenter la taille.

Diagnostic pour les administrateurs :
Serveur générant : PR1P264MB7719.FRAP264.PROD.OUTLOOK.COM
Remote server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded''')}

--{_b}alt
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:'Segoe UI',sans-serif;font-size:16px"><p><b style="color:#C00000">Votre message n'a pas pu être remis</b> à <a href="mailto:marches-publics@gironde-collectivites.example.fr">marches-publics@gironde-collectivites.example.fr</a>, car la boîte aux lettres du destinataire est pleine.</p>
<p><b>Action requise pour le destinataire :</b> supprimer des éléments ou demander à l'administrateur d'augmenter le quota.</p>
<p style="font-size:12px;color:#666">Serveur générant : PR1P264MB7719.FRAP264.PROD.OUTLOOK.COM<br>554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException</p></div>
</body></html>''')}

--{_b}alt--

--{_b}
Content-Type: message/delivery-status

Reporting-MTA: dns;PR1P264MB7719.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Thu, 5 Jun 2025 14:40:19 +0000

Final-Recipient: rfc822;marches-publics@gironde-collectivites.example.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--{_b}
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: marches-publics@gironde-collectivites.example.fr
Subject: [#SUP-007448] Votre demande concernant le marche de restauration
Date: Thu, 05 Jun 2025 16:40:18 +0200
Message-ID: <SUP-007448.1749134420.c13a77@assistance.example.fr>
Auto-Submitted: auto-replied

--{_b}--
"""))

add("A03", "automated", False, None, "occitanie", None, False, "fr",
    "Sieve vacation answer from an academic mailbox ('Auto-Submitted: auto-replied (vacation)', Precedence: bulk). Region from the ac-toulouse.fr sender.",
    raw(f"""
{T("michele.pujol@ac-toulouse.fr", (20, 9, 14), env_from="", auth=AUTH_SPF)}
Date: {dtstr((20, 9, 14))}
From: =?utf-8?q?Mich=C3=A8le_Pujol?= <michele.pujol@ac-toulouse.fr>
To: support@assistance.example.fr
Subject: =?utf-8?q?Absence_=3A_Re=3A_=5B=23SUP-007561=5D_Abonnement_non_visible?=
Message-ID: {MID("ac-toulouse.fr")}
In-Reply-To: <SUP-007561.1750402800.e2bb09@assistance.example.fr>
References: <SUP-007561.1750402800.e2bb09@assistance.example.fr>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Sieve: Pigeonhole Sieve 0.5.21 (f9b1ca63)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Je suis en jury du baccalauréat jusqu'au vendredi 27 juin et ne consulte
pas ma messagerie. Pour les questions relatives au CDI, vous pouvez
joindre la vie scolaire du lycée au 05 62 71 40 15.

Bien cordialement,
Michèle Pujol
"""))

add("A04", "automated", False, None, None, None, False, "en",
    "English Exchange Online 'Automatic reply:' from a Swedish supplier (Auto-Submitted: auto-generated, X-Auto-Response-Suppress); mentions invoices only as a contact redirection.",
    mail("Erik Lindqvist <erik.lindqvist@nordic-labgear.example.com>",
         "Automatic reply: [#SUP-007502] Invoice NLG-25-0614 - purchase order reference",
         """Thank you for your email.

I am on annual leave until Monday 30 June with no access to email.

For urgent matters regarding orders, quotes or invoices please contact our customer service team at orders@nordic-labgear.example.com or +46 8 555 012 40.

Kind regards,
Erik Lindqvist
Key Account Manager - Education, France
Nordic LabGear AB
""", (17, 14, 31), client="outlook", lang="en",
         irt="<SUP-007502.1750163400.5d0a6f@assistance.example.fr>",
         extra=("Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
                "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent")))

_b = BND()
add("A05", "automated", False, None, None, None, False, "fr",
    "Publisher's marketing newsletter (List-Id, List-Unsubscribe with one-click, Precedence: bulk) pushing end-of-year orders: bulk mail, never answered.",
    raw(f"""
{T("newsletter@info.editions-du-parvis.example.fr", (10, 6, 30), env_from="bounce-7781-20250610@info.editions-du-parvis.example.fr")}
From: =?utf-8?q?=C3=89ditions_du_Parvis?= <newsletter@info.editions-du-parvis.example.fr>
Reply-To: ne-pas-repondre@info.editions-du-parvis.example.fr
To: support@assistance.example.fr
Subject: =?utf-8?q?Fin_d=27ann=C3=A9e_scolaire_=3A_vos_commandes_avant_le_30_juin?=
 =?utf-8?q?_=F0=9F=93=9A?=
Date: {dtstr((10, 6, 30))}
Message-ID: <nl-2025-06-10.{rand_hex(12)}@info.editions-du-parvis.example.fr>
List-Id: =?utf-8?q?Lettre_d=27information_=C3=89ditions_du_Parvis?= <lettre.editions-du-parvis.example.fr>
List-Unsubscribe: <https://info.editions-du-parvis.example.fr/u/7781/{rand_hex(16)}>, <mailto:unsubscribe-7781@info.editions-du-parvis.example.fr>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
Feedback-ID: 7781:newsletter:parvis
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="{_b}"

--{_b}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp('''Madame, Monsieur,

L'année scolaire touche à sa fin : c'est le moment de préparer la rentrée !

- Manuels de seconde et de première : remise de 12 % sur toute commande passée avant le 30 juin 2025.
- Spécimens numériques gratuits pour les enseignants, à demander en ligne.
- Nouveauté : le pack "Enseignement scientifique Terminale" avec ressources interactives.

Nos offres sont également référencées dans le catalogue de votre centrale d'achat.

Voir le catalogue : https://info.editions-du-parvis.example.fr/c/7781/catalogue-rentree

Vous recevez ce message car vous êtes inscrit à notre lettre d'information.
Se désinscrire : https://info.editions-du-parvis.example.fr/u/7781''')}

--{_b}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp('''<!DOCTYPE html><html><head><meta charset="utf-8"><title>Éditions du Parvis</title></head>
<body style="margin:0;background:#f2efe8"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Georgia,serif"><tr><td style="padding:24px">
<h1 style="color:#7a2e1c;font-size:24px">Fin d'année scolaire : préparez la rentrée</h1>
<p>Manuels de seconde et de première : <b>-12 %</b> sur toute commande passée avant le 30 juin 2025.</p>
<p>Spécimens numériques gratuits pour les enseignants.</p>
<p><a href="https://info.editions-du-parvis.example.fr/c/7781/catalogue-rentree" style="background:#7a2e1c;color:#fff;padding:10px 18px;text-decoration:none">Voir le catalogue</a></p>
<p style="font-size:11px;color:#888">Vous recevez ce message car vous êtes inscrit à notre lettre d'information. <a href="https://info.editions-du-parvis.example.fr/u/7781">Se désinscrire</a></p>
</td></tr></table></td></tr></table><img src="https://info.editions-du-parvis.example.fr/o/7781.gif" width="1" height="1" alt=""></body></html>''')}

--{_b}--
"""))

add("A06", "automated", False, None, None, None, True, "en",
    "Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path, the Mailer-Daemon sender and the wording show it is automatic. The quoted original mentions a password.",
    raw(f"""
{T("Mailer-Daemon@mail.lycee-prive-sainte-marthe.example.fr", (6, 15, 27), env_from="", auth=AUTH_NONE)}
X-Failed-Recipients: cdi@lycee-prive-sainte-marthe.example.fr
From: Mail Delivery System <Mailer-Daemon@mail.lycee-prive-sainte-marthe.example.fr>
To: support@assistance.example.fr
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1uNb7L-0004Qz-2m@mail.lycee-prive-sainte-marthe.example.fr>
Date: {dtstr((6, 15, 27))}

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  cdi@lycee-prive-sainte-marthe.example.fr
    retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <support@assistance.example.fr>
Received: from mx1.assistance.example.fr ([198.51.100.20])
\tby mail.lycee-prive-sainte-marthe.example.fr with esmtps (TLS1.3)
\t(Exim 4.97) id 1uNWm0-0002xX-0c
\tfor cdi@lycee-prive-sainte-marthe.example.fr; Mon, 02 Jun 2025 15:26:40 +0200
From: Assistance <support@assistance.example.fr>
To: cdi@lycee-prive-sainte-marthe.example.fr
Subject: [#SUP-007380] Votre mot de passe e-sidoc
Date: Mon, 02 Jun 2025 15:26:38 +0200
Message-ID: <SUP-007380.1748870798.77e1a3@assistance.example.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bonjour,

Un lien de réinitialisation de votre mot de passe a été envoyé à
l'adresse connue pour votre établissement. Il est valable 12 heures.

Cordialement,
L'équipe d'assistance
"""))

add("A07", "automated", False, None, None, None, True, "en",
    "qmail 'failure notice' bounce: plain text, no multipart/report and no Auto-Submitted; only the MAILER-DAEMON sender, the null Return-Path and the wording show it is automatic.",
    raw(f"""
{T("MAILER-DAEMON@mail.fournitures-delmas.example.fr", (11, 10, 5), env_from="", auth=AUTH_NONE)}
Date: {dtstr((11, 10, 5))}
From: MAILER-DAEMON@mail.fournitures-delmas.example.fr
To: support@assistance.example.fr
Subject: failure notice
Message-ID: <20250611080526.{RNG.randint(10000, 99999)}.qmail@mail.fournitures-delmas.example.fr>

Hi. This is the qmail-send program at mail.fournitures-delmas.example.fr.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<compta@fournitures-delmas.example.fr>:
This address no longer accepts mail.

--- Below this line is a copy of the message.

Return-Path: <support@assistance.example.fr>
Received: (qmail 28814 invoked from network); 11 Jun 2025 08:05:24 -0000
From: Assistance <support@assistance.example.fr>
To: compta@fournitures-delmas.example.fr
Subject: [#SUP-007470] Facture FD-2025-1187
Date: Wed, 11 Jun 2025 10:05:22 +0200
Message-ID: <SUP-007470.1749629122.0f6c2e@assistance.example.fr>

Bonjour,

Nous accusons reception de votre facture. Elle a ete transmise au
service comptable.

Cordialement,
L'equipe d'assistance
"""))

add("A08", "automated", False, None, None, "espace_acheteur", False, "fr",
    "No-reply Espace Acheteur notification to the desk (structure administrator by default): an order awaits validation. Auto-Submitted: auto-generated.",
    raw(f"""
{T("no-reply@espace-acheteur.example.fr", (13, 3, 0))}
From: Espace Acheteur <no-reply@espace-acheteur.example.fr>
To: support@assistance.example.fr
Subject: =?utf-8?q?Une_commande_attend_votre_validation_=28CMD-2025-061342=29?=
Date: {dtstr((13, 3, 0))}
Message-ID: <notif.{rand_hex(16)}@espace-acheteur.example.fr>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp('''Bonjour,

La commande CMD-2025-061342 (structure : Lycée des métiers Jean Jaurès, Carmaux) a été soumise le 12/06/2025 à 17:48 et attend la validation de l'administrateur de la structure.

Montant TTC : 4 812,60 EUR
Fournisseur : Fournitures Delmas

Valider ou refuser la commande : https://espace-acheteur.example.fr/commandes/CMD-2025-061342

Ce message est envoyé automatiquement, merci de ne pas y répondre.''')}
"""))

add("A09", "automated", False, None, None, "esignature", True, "fr",
    "E-signature 'completed' notification for a membership convention: no Auto-Submitted, no Precedence; only the no-reply sender and the transactional wording show it is automatic.",
    mail("Signature Électronique <notifications@signature.example.fr>",
         "Document signé par toutes les parties : Convention d'adhésion groupement 2025-2028",
         """Bonjour,

Le document « Convention d'adhésion au groupement de commandes 2025-2028 – Lycée Pierre de Fermat » a été signé par toutes les parties.

Signataires :
- M. Laurent Gardelle, proviseur – signé le 16/06/2025 à 11:02
- Mme Claire Estève, directrice du GIP – signée le 17/06/2025 à 09:40

Le document signé et son certificat de preuve sont disponibles pendant 90 jours :
https://signature.example.fr/d/8f31c0aa72

Ce courriel vous est envoyé par la plateforme de signature électronique.
""", (17, 9, 41), client="html", html_body="""<html><body style="font-family:Arial,sans-serif;color:#222">
<table width="560" align="center"><tr><td>
<p>Bonjour,</p>
<p>Le document <b>« Convention d'adhésion au groupement de commandes 2025-2028 – Lycée Pierre de Fermat »</b> a été signé par toutes les parties.</p>
<ul><li>M. Laurent Gardelle, proviseur – signé le 16/06/2025 à 11:02</li>
<li>Mme Claire Estève, directrice du GIP – signé le 17/06/2025 à 09:40</li></ul>
<p><a href="https://signature.example.fr/d/8f31c0aa72" style="background:#0b5cad;color:#fff;padding:8px 14px;text-decoration:none">Télécharger le document signé</a></p>
<p style="font-size:11px;color:#777">Ce courriel vous est envoyé par la plateforme de signature électronique.</p>
</td></tr></table></body></html>
""", auth="dkim=pass (2048-bit key) header.d={d};\n\tspf=pass smtp.mailfrom=bounces.{d};\n\tdmarc=pass (p=reject dis=none) header.from={d}"))

_b = "----=_NextPart_" + rand_hex(4).upper() + "_" + rand_hex(8).upper()
add("A10", "automated", False, None, "occitanie", None, False, "fr",
    "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from the ac-montpellier.fr sender.",
    raw(f"""
{T("jean-luc.ribes@ac-montpellier.fr", (12, 8, 44), client="mta")}
From: =?utf-8?q?Jean-Luc_Rib=C3=A8s?= <jean-luc.ribes@ac-montpellier.fr>
To: Assistance <support@assistance.example.fr>
Subject: Lu : [#SUP-007489] Votre demande de devis
Date: {dtstr((12, 8, 44))}
Message-ID: <{rand_hex(4)}01db{rand_hex(6)}${rand_hex(8)}$00000000$@ac-montpellier.fr>
MIME-Version: 1.0
X-Mailer: Microsoft Outlook 16.0
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="{_b}"

--{_b}
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Votre message

  À : Jean-Luc Ribès
  Objet : [#SUP-007489] Votre demande de devis
  Envoyé : jeudi 12 juin 2025 08:10:04 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le jeudi 12 juin 2025 08:44:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.''')}

--{_b}
Content-Type: message/disposition-notification

Reporting-UA: ac-montpellier.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;jean-luc.ribes@ac-montpellier.fr
Original-Message-ID: <SUP-007489.1749708604.a40d1e@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

--{_b}--
"""))

add("A11", "automated", False, None, "guyane", None, True, "fr",
    "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic. It mentions invoices and purchase orders. Region from the ac-guyane.fr sender.",
    mail("Gaëlle Horth <gaelle.horth@ac-guyane.fr>",
         "Absence",
         """Bonjour,

Je suis absente du lundi 23 juin au vendredi 4 juillet inclus (stage de formation).

Pour les factures et les bons de commande, merci d'écrire à l'intendance du lycée Melkior-Garré : int.gestion-lmg@ac-guyane.fr.
Pour toute urgence, le standard est joignable au 05 94 29 11 30.

Cordialement,
Gaëlle Horth
""", (23, 7, 58, "-0300"), client="outlook"))

add("A12", "automated", False, None, None, None, False, "en",
    "English vacation responder of a German supplier's Gmail-hosted mailbox (Auto-Submitted: auto-replied).",
    raw(f"""
{T("jonas.weber@lernwelt-medien.example.com", (18, 12, 19), client="gmail_mobile")}
MIME-Version: 1.0
From: Jonas Weber <jonas.weber@lernwelt-medien.example.com>
Date: {dtstr((18, 12, 19, "+0200"))}
Message-ID: <CAH{rand_alnum(36, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}@mail.gmail.com>
Subject: Out of office Re: [#SUP-007520] Access to tender documents
To: Assistance <support@assistance.example.fr>
In-Reply-To: <SUP-007520.1750241200.31ce8b@assistance.example.fr>
References: <SUP-007520.1750241200.31ce8b@assistance.example.fr>
Auto-Submitted: auto-replied
Content-Type: text/plain; charset="UTF-8"

Hello,

Thanks for your message. I'm travelling to the Didacta fair follow-up
meetings until 25 June and will reply as soon as I can.

For anything related to French public tenders please contact my
colleague Clara Neumann (clara.neumann@lernwelt-medien.example.com).

Best regards
Jonas Weber
Lernwelt Medien GmbH
"""))

add("A13", "automated", False, None, None, None, True, "fr",
    "A MailInBlack sender-authentication challenge received by the desk after it wrote to a protected school address: machine-generated (Auto-Submitted), so automated, not mailinblack_spam (no person asks anything).",
    mail("Mailinblack <noreply@protect.mailinblack.example.com>",
         "Votre message à gestion.lycee-vauvenargues@departement-ssa.example.fr est en attente",
         """Bonjour,

Vous avez envoyé un message à gestion.lycee-vauvenargues@departement-ssa.example.fr le 16/06/2025 à 10:12.

Cette adresse est protégée par Mailinblack. Afin que votre message soit délivré, merci de confirmer que vous êtes bien un humain en cliquant sur le lien ci-dessous et en recopiant le code affiché :

https://protect.mailinblack.example.com/auth/?k=9c1e7f20b45a

Cette opération n'est à réaliser qu'une seule fois : vos prochains messages seront délivrés directement.

Objet du message en attente : [#SUP-007531] Activation de votre abonnement

Mailinblack – Protection de messagerie
""", (16, 10, 13), client="html",
         extra=("Auto-Submitted: auto-replied", "X-Mailinblack: challenge"),
         html_body="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1d1d1b">
<div style="max-width:560px;margin:auto;border-top:4px solid #111">
<p>Bonjour,</p>
<p>Vous avez envoyé un message à <b>gestion.lycee-vauvenargues@departement-ssa.example.fr</b> le 16/06/2025 à 10:12.</p>
<p>Cette adresse est protégée par <b>Mailinblack</b>. Afin que votre message soit délivré, merci de confirmer que vous êtes bien un humain en cliquant sur le bouton ci-dessous et en recopiant le code affiché.</p>
<p style="text-align:center"><a href="https://protect.mailinblack.example.com/auth/?k=9c1e7f20b45a" style="background:#111;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px">Je m'authentifie</a></p>
<p>Cette opération n'est à réaliser qu'une seule fois : vos prochains messages seront délivrés directement.</p>
<p style="color:#666;font-size:12px">Objet du message en attente : [#SUP-007531] Activation de votre abonnement</p>
</div></body></html>
"""))

add("A14", "automated", False, None, None, "ticket_portal", False, "fr",
    "Ticket-portal notification: a ticket opened by the desk with a publisher was answered. Auto-Submitted: auto-generated.",
    raw(f"""
{T("notifications@portail-tickets.example.fr", (19, 15, 3))}
From: Portail Assistance <notifications@portail-tickets.example.fr>
To: support@assistance.example.fr
Subject: =?utf-8?q?=5BTicket_=2348213=5D_Nouvelle_r=C3=A9ponse_de_l=27=C3=A9diteur?=
Date: {dtstr((19, 15, 3))}
Message-ID: <ticket-48213-{rand_hex(10)}@portail-tickets.example.fr>
Auto-Submitted: auto-generated
Precedence: bulk
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ticket #48213 — Ressource numérique non accessible (Lycée Jean Dupuy, Tarbes)
Statut : En attente de votre retour

Nouvelle réponse de l'éditeur (19/06/2025 15:02) :
« Le compte de l'établissement a été réactivé côté éditeur. Merci de
vérifier l'accès et de nous confirmer la résolution. »

Pour répondre, connectez-vous au portail :
https://portail-tickets.example.fr/tickets/48213

Vous recevez ce message car vous suivez ce ticket. Ne répondez pas à ce
courriel.
"""))

add("A15", "automated", False, None, None, None, True, "fr",
    "Chorus Pro style notification that an invoice was made available: transactional, no Auto-Submitted; talks about an invoice but nobody asks anything (not order_billing).",
    mail("Chorus Pro <ne-pas-repondre@chorus-pro.example.fr>",
         "Chorus Pro - Mise à disposition d'une facture",
         """Madame, Monsieur,

Une facture vous a été adressée via Chorus Pro.

Émetteur : FOURNITURES DELMAS (SIRET 41203367500028)
Numéro de facture : FD-2025-1187
Date de dépôt : 11/06/2025
Montant TTC : 4 812,60 EUR
Service destinataire : ASSISTANCE - SERVICE COMPTABLE

Vous pouvez consulter cette facture depuis votre espace Chorus Pro, rubrique « Factures reçues ».

Ce message est généré automatiquement. Merci de ne pas y répondre.
""", (11, 21, 30), client="plain", charset="iso-8859-1", cte="quoted-printable",
         auth="dkim=pass (1024-bit key) header.d={d};\n\tspf=pass smtp.mailfrom={d};\n\tdmarc=pass (p=quarantine dis=none) header.from={d}"))

add("A16", "automated", False, None, "la-reunion", "esidoc", True, "fr",
    "A librarian's real question about MailInBlack holding e-sidoc mails, but posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered. Region from the ac-reunion.fr sender.",
    raw(f"""
{T("cdi-reunion-bounces@listes.ac-reunion.fr", (12, 14, 2), env_from="cdi-reunion-bounces@listes.ac-reunion.fr", client="mta")}
From: Laetitia Payet <laetitia.payet@ac-reunion.fr>
To: cdi-reunion@listes.ac-reunion.fr
Subject: [cdi-reunion] Mails e-sidoc bloqués par Mailinblack ?
Date: {dtstr((12, 14, 2, "+0400"))}
Message-ID: {MID("ac-reunion.fr")}
List-Id: Liste des professeurs documentalistes <cdi-reunion.listes.ac-reunion.fr>
List-Unsubscribe: <https://listes.ac-reunion.fr/sympa/signoff/cdi-reunion>
List-Post: <mailto:cdi-reunion@listes.ac-reunion.fr>
List-Archive: <https://listes.ac-reunion.fr/sympa/arc/cdi-reunion>
Precedence: list
Sender: cdi-reunion-request@listes.ac-reunion.fr
Errors-To: cdi-reunion-bounces@listes.ac-reunion.fr
X-Loop: cdi-reunion@listes.ac-reunion.fr
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp('''Bonjour à toutes et à tous,

Depuis que la collectivité a installé Mailinblack sur les boîtes des lycées, je ne reçois plus aucune notification du portail e-sidoc (réservations, suggestions d'achat). Est-ce que certains d'entre vous ont eu le même souci, et savez-vous quelle adresse il faut autoriser ?

Merci d'avance et bonne fin d'année à tous !

Laetitia Payet
CDI – Lycée Bellepierre, Saint-Denis

_______________________________________________
cdi-reunion mailing list
https://listes.ac-reunion.fr/sympa/info/cdi-reunion''')}
"""))

_b = no_uai(lambda: "%s.%d/relay.region-occitanie.example.fr" % (rand_alnum(10), RNG.randint(10 ** 9, 2 * 10 ** 9)))
add("A17", "automated", False, None, None, None, False, "en",
    "Sendmail delay warning ('Warning: could not send message for past 4 hours', Action: delayed): not a failure, still automatic.",
    raw(f"""
{T("MAILER-DAEMON@relay.region-occitanie.example.fr", (17, 18, 20), env_from="", auth=AUTH_NONE)}
From: Mail Delivery Subsystem <MAILER-DAEMON@relay.region-occitanie.example.fr>
To: <support@assistance.example.fr>
Subject: Warning: could not send message for past 4 hours
Date: {dtstr((17, 18, 20))}
Message-Id: <202506171620.55HGK3Xp031877@relay.region-occitanie.example.fr>
Auto-Submitted: auto-generated (warning-timeout)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="{_b}"

This is a MIME-encapsulated message

--{_b}

    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at Tue, 17 Jun 2025 14:18:51 +0200
from mx1.assistance.example.fr [198.51.100.20]

   ----- Transcript of session follows -----
<dsi.messagerie@region-occitanie.example.fr>... Deferred: Connection timed out with mail.region-occitanie.example.fr.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old

--{_b}
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.region-occitanie.example.fr
Arrival-Date: Tue, 17 Jun 2025 14:18:51 +0200

Final-Recipient: RFC822; dsi.messagerie@region-occitanie.example.fr
Action: delayed
Status: 4.4.1
Remote-MTA: DNS; mail.region-occitanie.example.fr
Last-Attempt-Date: Tue, 17 Jun 2025 18:20:03 +0200
Will-Retry-Until: Sun, 22 Jun 2025 14:18:51 +0200

--{_b}
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: dsi.messagerie@region-occitanie.example.fr
Subject: [#SUP-007529] Liste des adresses a autoriser
Date: Tue, 17 Jun 2025 14:18:49 +0200
Message-ID: <SUP-007529.1750162729.6ab20e@assistance.example.fr>

--{_b}--
"""))

add("A18", "automated", False, None, None, None, True, "fr",
    "Acknowledgement sent by a collectivité's public-procurement mailbox: only 'X-Autoreply: yes' and 'Precedence: auto_reply', no Auto-Submitted. Answering it would start a loop.",
    mail("Direction de la commande publique <commande.publique@agglo-pays-basque.example.fr>",
         "Accusé de réception - Direction de la commande publique",
         """Bonjour,

Nous accusons bonne réception de votre courriel, qui sera traité dans les meilleurs délais par un agent de la Direction de la commande publique.

Nous vous rappelons que les offres relatives aux consultations en cours doivent impérativement être déposées sur le profil acheteur et ne peuvent pas être transmises par courriel.

Période estivale : le service fonctionnera en effectif réduit du 14 juillet au 22 août.

La Direction de la commande publique
""", (24, 10, 48), client="plain",
         extra=("X-Autoreply: yes", "Precedence: auto_reply"),
         irt="<SUP-007566.1750754880.4c2d91@assistance.example.fr>"))

add("A19", "automated", False, None, None, None, True, "en",
    "English invoice-ready notification from a supplier's billing system (Auto-Submitted: auto-generated, no-reply sender). About an invoice, but machine-generated: not order_billing.",
    mail("Nordic LabGear Billing <no-reply@billing.nordic-labgear.example.com>",
         "Your invoice NLG-25-0614 is ready",
         """Dear customer,

Your invoice NLG-25-0614 dated 13 June 2025 is now available.

Customer: Assistance - centrale d'achat (FR)
Purchase order: PO-2025-0588
Amount due: EUR 12,480.00
Due date: 13 August 2025

Download your invoice: https://billing.nordic-labgear.example.com/i/NLG-25-0614

For French public customers, this invoice has also been submitted to Chorus Pro.

This is an automated message. Replies to this address are not monitored.

Nordic LabGear AB - Box 1204, Stockholm, Sweden
""", (13, 9, 0), client="html", lang="en",
         extra=("Auto-Submitted: auto-generated",),
         html_body="""<html><body style="font-family:Segoe UI,Arial,sans-serif">
<h2 style="color:#0a4d68">Your invoice NLG-25-0614 is ready</h2>
<table cellpadding="4" style="font-size:14px">
<tr><td>Customer</td><td>Assistance - centrale d'achat (FR)</td></tr>
<tr><td>Purchase order</td><td>PO-2025-0588</td></tr>
<tr><td>Amount due</td><td><b>EUR 12,480.00</b></td></tr>
<tr><td>Due date</td><td>13 August 2025</td></tr>
</table>
<p><a href="https://billing.nordic-labgear.example.com/i/NLG-25-0614">Download your invoice</a></p>
<p>For French public customers, this invoice has also been submitted to Chorus Pro.</p>
<p style="font-size:11px;color:#888">This is an automated message. Replies to this address are not monitored.<br>Nordic LabGear AB - Box 1204, Stockholm, Sweden</p>
</body></html>
"""))

add("A20", "automated", False, "9720666S", "martinique", None, False, "fr",
    "Zimbra vacation reply of a lycée's official mailbox (ce.<UAI>@ac-martinique.fr) announcing the summer closure; the UAI comes from the address.",
    raw(f"""
{T("ce.9720666S@ac-martinique.fr", (26, 8, 3), env_from="", auth=AUTH_SPF)}
Date: {dtstr((26, 8, 3, "-0400"))}
From: =?utf-8?q?Lyc=C3=A9e_Victor_Sch=C5=93lcher?= <ce.9720666S@ac-martinique.fr>
To: Assistance <support@assistance.example.fr>
Message-ID: <{RNG.randint(10 ** 8, 10 ** 9)}.{RNG.randint(10 ** 5, 10 ** 6)}.1750939380000.JavaMail.zimbra@ac-martinique.fr>
In-Reply-To: <SUP-007580.1750939200.ee0c14@assistance.example.fr>
References: <SUP-007580.1750939200.ee0c14@assistance.example.fr>
Subject: =?utf-8?q?R=C3=A9ponse_automatique_=3A_=5B=23SUP-007580=5D_Votre_demande?=
Auto-Submitted: auto-replied (zimbra; vacation)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp('''Bonjour,

Le secrétariat du lycée Victor Schœlcher est fermé pour la période estivale du 11 juillet au 18 août.
Votre message sera traité à la réouverture. Pour les inscriptions, consultez le site de l'établissement.

Le secrétariat''')}
"""))


# --------------------------------- other -----------------------------------

add("O01", "other", False, None, None, None, False, "en",
    "English SEO cold pitch sent to the desk address.",
    mail("Daniel Brooks <daniel@rankboost-digital.example.com>",
         "Quick question about assistance.example.fr",
         """Hi there,

I was checking out assistance.example.fr and noticed you're not ranking on page one for some high-intent keywords like "school procurement platform" and "library software support".

We've helped 200+ education businesses triple their organic traffic in under 90 days. I put together a free 12-point audit for your site - would you like me to send it over?

If now's not a good time, just reply "not interested" and I won't follow up.

Cheers,
Daniel Brooks
Growth Lead | RankBoost Digital
""", (3, 15, 22), client="gmail", lang="en",
         auth="dkim=pass (2048-bit key) header.d={d};\n\tspf=softfail smtp.mailfrom={d};\n\tdmarc=none"))

add("O02", "other", False, None, None, None, True, "fr",
    "Phishing: 'quota de messagerie atteint, confirmez votre mot de passe' from a look-alike domain (ac-toulouse-messagerie.example.com is not an académie domain, so no region); SPF fails. Mentions a password but is not password_reset.",
    mail("Messagerie Académique <support@ac-toulouse-messagerie.example.com>",
         "Action requise : votre boîte aux lettres a atteint 98 % de son quota",
         """Cher(e) utilisateur(trice),

Votre boîte aux lettres académique a atteint 98 % de sa capacité de stockage. Les nouveaux messages seront rejetés à compter du 14/06/2025.

Pour éviter l'interruption de votre service, veuillez confirmer vos identifiants (adresse et mot de passe) en cliquant sur le lien ci-dessous dans les 24 heures :

https://ac-toulouse-messagerie.example.com/quota/verification

Sans action de votre part, votre compte sera désactivé.

Cordialement,
Service Informatique Académique
© 2025 Tous droits réservés
""", (13, 4, 12), client="html",
         auth="dkim=none;\n\tspf=fail smtp.mailfrom={d};\n\tdmarc=fail (p=none dis=none) header.from={d}",
         html_body="""<html><body><div style="font-family:Verdana;font-size:13px">
<p>Cher(e) utilisateur(trice),</p>
<p>Votre boîte aux lettres académique a atteint <b style="color:red">98 %</b> de sa capacité de stockage. Les nouveaux messages seront rejetés à compter du 14/06/2025.</p>
<p>Pour éviter l'interruption de votre service, veuillez confirmer vos identifiants (adresse et mot de passe) en cliquant ci-dessous dans les 24 heures :</p>
<p><a href="https://ac-toulouse-messagerie.example.com/quota/verification">VÉRIFIER MON COMPTE</a></p>
<p>Sans action de votre part, votre compte sera désactivé.</p>
<p>Cordialement,<br>Service Informatique Académique<br><small>© 2025 Tous droits réservés</small></p>
</div></body></html>
"""))

add("O03", "other", False, None, None, None, True, "fr",
    "Fake 'unpaid invoice' reminder with an HTML attachment from an unknown sender whose SPF fails: phishing, not order_billing.",
    mail("Service Recouvrement <recouvrement@facturation-express.example.net>",
         "RELANCE : facture impayée n° 2025-0417 - dernier avis avant contentieux",
         """Bonjour,

Sauf erreur de notre part, la facture n° 2025-0417 d'un montant de 2 389,00 EUR reste impayée à ce jour malgré nos précédentes relances.

Vous trouverez la facture en pièce jointe. Merci de procéder au règlement sous 48 heures afin d'éviter la transmission du dossier à notre service contentieux.

Cordialement,
Service Recouvrement
""", (5, 6, 51), client="outlook",
         auth="dkim=none;\n\tspf=fail smtp.mailfrom={d};\n\tdmarc=fail (p=none dis=none) header.from={d}",
         attach=[("Facture_2025-0417.html", "text/html",
                  b"<html><body><script>location.href='https://facturation-express.example.net/view?id=0417'</script></body></html>\n")]))

add("O04", "other", False, None, "nouvelle-aquitaine", "espace_acheteur", True, "fr",
    "Thanks only, quoting the MailInBlack allow-list answer: the product name and 'liste blanche' appear but nothing is asked. Region from the ac-bordeaux.fr sender.",
    mail("Sébastien Larrieu <sebastien.larrieu@ac-bordeaux.fr>",
         "Re: [#SUP-007441] Messages bloqués par Mailinblack",
         """C'est tout bon, l'informaticien du lycée a ajouté l'adresse et j'ai reçu
le lien d'activation dans la foulée. Merci pour la réactivité !

Bonne fin d'année,
Sébastien

Le 05/06/2025 à 09:31, Assistance a écrit :
> Bonjour,
>
> Les messages de la plateforme sont retenus par Mailinblack. Pour les
> recevoir, ajoutez l'adresse no-reply@espace-acheteur.example.fr à la
> liste blanche (guide joint), ou demandez-le au service informatique
> de votre établissement.
>
> Cordialement,
> L'équipe d'assistance
""", (5, 14, 7), client="thunderbird",
         irt="<SUP-007441.1749108660.2d7b90@assistance.example.fr>",
         refs="<b1e0c9f4-6f0d-4a8e-9b52-0d3c1e7a9f11@ac-bordeaux.fr> <SUP-007441.1749108660.2d7b90@assistance.example.fr>"))

add("O05", "other", False, None, None, None, False, "en",
    "English sales pitch from a foreign e-book aggregator wanting to be introduced to the schools.",
    mail("Priya Raman <priya.raman@shelfwise.example.com>",
         "Partnership: multilingual e-book collections for French lycées",
         """Dear Sir or Madam,

I lead European partnerships at Shelfwise, a digital lending platform with 40,000 titles in English, Spanish and German used by over 900 secondary schools in the UK and the Netherlands.

With the international sections and the new "langues vivantes" guidelines in French lycées, we believe our collections could be a strong fit for your catalogue ahead of the 2025-2026 school year. We are fully GDPR-compliant, host data in the EU and already work with two regional purchasing bodies in Spain.

Would you have 20 minutes in the coming weeks for an introductory call? I'd be glad to walk you through pricing for public buyers.

Kind regards,

Priya Raman
Head of European Partnerships
Shelfwise Ltd - London
""", (16, 11, 40), client="outlook", lang="en"))

add("O06", "other", False, None, None, None, False, "fr",
    "Very formal letter from a publisher asking for the provisional calendar of the next tender for textbooks: a business question for the purchasing team, not a support category.",
    mail("Bertrand Fauché <b.fauche@editions-garonne.example.fr>",
         "Calendrier prévisionnel de la prochaine consultation - manuels scolaires",
         """Madame, Monsieur,

Je me permets de revenir vers vous à la suite de notre échange lors des Rencontres de l'achat public éducatif, au cours desquelles vous aviez bien voulu évoquer le renouvellement prochain de l'accord-cadre relatif à la fourniture de manuels scolaires et de ressources pédagogiques.

Les Éditions Garonne, qui ont été titulaires du lot n° 3 lors du précédent marché, souhaiteraient naturellement se positionner de nouveau. Aussi vous serais-je très reconnaissant de bien vouloir m'indiquer, dans la mesure où ces informations peuvent être communiquées, le calendrier prévisionnel de publication de l'avis d'appel public à la concurrence ainsi que l'allotissement envisagé.

Je reste naturellement à votre entière disposition pour tout complément d'information.

Vous en souhaitant bonne réception, je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Bertrand Fauché
Directeur commercial – Secteur public
Éditions Garonne
14 quai des Chartrons, 33000 Bordeaux
""", (10, 17, 15), client="outlook"))

add("O07", "other", False, None, None, None, False, "fr",
    "Application for a work-study contract (alternance) in public purchasing, CV attached: unrelated to the services.",
    mail("Inès Bouzid <ines.bouzid@etu-univ-montpellier.example.fr>",
         "Candidature alternance - assistante achats publics (rentrée 2025)",
         """Madame, Monsieur,

Actuellement en première année de master Droit des contrats publics à Montpellier, je suis à la recherche d'une alternance à compter de septembre 2025, sur un rythme de trois semaines en entreprise et une semaine en cours.

Votre structure, qui accompagne les établissements scolaires dans leurs achats, correspond exactement au domaine dans lequel je souhaite évoluer. J'ai effectué mon stage de licence au service de la commande publique d'une communauté de communes, où j'ai participé à la rédaction de DCE et à l'analyse d'offres.

Vous trouverez mon CV en pièce jointe. Je serais ravie de pouvoir échanger avec vous.

Je vous prie d'agréer, Madame, Monsieur, mes salutations respectueuses.

Inès Bouzid
06 12 48 03 77
""", (7, 10, 2), client="gmail",
         attach=[("CV_Ines_Bouzid_2025.pdf", "application/pdf", fake_pdf("Ines Bouzid - CV"))]))

add("O08", "other", False, None, None, None, False, "fr",
    "A parent writing at 1 a.m. about baccalauréat results: wrong address, unrelated.",
    mail("Corinne Massat <corinne.massat@messagerie-perso.example.fr>",
         "résultats du bac de ma fille ???",
         """Bonsoir,

Excusez moi de vous déranger à cette heure ci mais je n'arrive pas à dormir. Ma fille est en terminale au lycée Pierre Bourdieu à Fronton et elle n'a toujours pas reçu ses identifiants pour voir ses résultats du bac, on nous dit que ça passe par une plateforme et votre adresse apparaissait sur un document du lycée.

Pouvez vous me dire comment on fait ?? Les résultats sont le 4 juillet et on est très stressés.

Merci
Corinne Massat
""", (25, 1, 12), client="iphone"))

add("O09", "other", False, None, None, None, False, "fr",
    "GDPR erasure request from a former buyer of a commune who has left: other (human review), not account_creation.",
    mail("Hervé Lacombe <herve.lacombe@messagerie-perso.example.fr>",
         "Demande d'effacement de mes données personnelles (RGPD)",
         """Madame, Monsieur,

J'ai occupé jusqu'au 31 mai dernier les fonctions de responsable des achats de la commune de Castelnau-le-Lez et disposais à ce titre d'un compte sur votre plateforme.

Ayant quitté la fonction publique territoriale, je vous demande, en application de l'article 17 du RGPD, de bien vouloir procéder à l'effacement des données personnelles me concernant (nom, adresse électronique, numéro de téléphone) et de m'en confirmer l'exécution.

Je vous précise que mon successeur, M. Rouquette, dispose de son propre accès.

Avec mes remerciements,

Hervé Lacombe
""", (6, 18, 24), client="thunderbird"))

add("O10", "other", False, None, "occitanie", None, False, "fr",
    "Angry complaint about an unanswered request that says nothing about its topic: no category can be told. Region from the ac-montpellier.fr sender.",
    mail("Gilles Fabre <gilles.fabre@ac-montpellier.fr>",
         "Toujours aucune réponse !!!",
         """Bonjour,

Cela fait maintenant trois semaines que j'ai écrit à votre service et je n'ai toujours AUCUNE réponse. Ni accusé de réception, ni rien.

C'est inadmissible pour un service payé par de l'argent public. Je vais finir par en parler au rectorat.

G. Fabre
""", (24, 22, 51), client="zimbra"))

add("O11", "other", False, None, None, "espace_acheteur", False, "fr",
    "Wants to register for the buyers' training session on 19 June; the registration link fails: other.",
    mail("Marion Castagné <m.castagne@sictom-lauragais.example.fr>",
         "Inscription à la formation acheteurs du 19 juin",
         """Bonjour,

J'ai reçu l'invitation à la session de prise en main de l'Espace Acheteur du jeudi 19 juin (14 h – 16 h, en visio). Le lien d'inscription renvoie vers une page "Événement introuvable".

Pouvez-vous m'inscrire directement, ainsi que ma collègue Laure Sarda (l.sarda@sictom-lauragais.example.fr) ?

Merci,
Marion Castagné
Service administratif et financier – SICTOM du Lauragais
""", (16, 9, 58), client="outlook"))

add("O12", "other", False, None, None, None, False, "fr",
    "A person writes by hand to be removed from a mailing: not automated, handled by a person.",
    mail("Jacqueline Séverac <j.severac@mairie-lavaur.example.fr>",
         "Désinscription",
         """Bonjour,

Merci de bien vouloir retirer mon adresse de votre liste de diffusion. Je ne m'occupe plus des achats de la commune depuis le 1er juin et les messages continuent d'arriver.

Cordialement,
J. Séverac
""", (10, 11, 5), client="outlook"))

add("O13", "other", False, "0650559E", "occitanie", "esignature", True, "fr",
    "The convention sent for e-signature names the former proviseur as signatory; only the document's sender can fix it. About a convention, but not access to contract documents, so other.",
    mail("Pascale Cazaux <pascale.cazaux@ac-toulouse.fr>",
         "Convention à signer : mauvais signataire",
         """Bonjour,

Nous avons reçu ce matin la convention de groupement à signer électroniquement pour le lycée Marie Curie de Tarbes (UAI 0650559E).

Problème : le signataire désigné est M. Abadie, qui a quitté l'établissement en janvier. Notre proviseure actuelle est Mme Dubarry. La plateforme ne permet pas de changer le signataire de notre côté.

Pouvez-vous faire renvoyer le document avec le bon nom ? Le délai de signature court jusqu'au 27 juin.

Pascale Cazaux
Secrétaire de direction
""", (18, 10, 27), client="zimbra"))

add("O14", "other", False, None, "guyane", None, False, "fr",
    "Asks about the desk's opening hours in July and August and whom to call in an emergency: a general question. Region from the ac-guyane.fr sender.",
    mail("Kévin Mathurin <kevin.mathurin@ac-guyane.fr>",
         "Horaires de l'assistance pendant l'été",
         """Bonjour,

Pouvez-vous m'indiquer si votre service reste ouvert en juillet et en août ? Avec le décalage horaire, nous travaillons souvent quand la métropole est déjà partie, et la rentrée en Guyane est plus tôt que chez vous.

Y a-t-il un numéro à appeler en cas d'urgence pendant les congés ?

Merci,
Kévin Mathurin
Gestionnaire – lycée de Saint-Laurent-du-Maroni
""", (20, 14, 36, "-0300"), client="outlook"))

add("O15", "other", False, None, "nouvelle-aquitaine", None, False, "fr",
    "Personal message sent to the desk by address autocomplete (farewell drinks). Region from the ac-bordeaux.fr sender.",
    mail("Martine Espagnet <martine.espagnet@ac-bordeaux.fr>",
         "pot de départ vendredi",
         """Coucou Sophie,

C'est bon pour vendredi 27 à partir de 17 h en salle des profs ! Je m'occupe des cannelés et du crémant, tu peux demander à Laurent s'il ramène sa guitare ?

Et surtout pas un mot à Jean-Pierre, c'est une surprise.

Bises,
Martine
""", (23, 20, 44), client="thunderbird",
         to=["Support <support@assistance.example.fr>"]))

add("O16", "other", False, None, "la-reunion", "esidoc", True, "fr",
    "Thanks only: the invoice did arrive on Chorus, quoting the desk's answer about the billing of the e-sidoc subscription. Mentions invoice and Chorus but asks nothing.",
    mail("Jean-Hugues Grondin <jean-hugues.grondin@ac-reunion.fr>",
         "RE: [#SUP-007418] Facture abonnement e-sidoc",
         """Bonjour,

Bien reçue sur Chorus ce matin, le mandatement est parti. Merci pour votre aide et bonne fin de semaine.

Jean-Hugues Grondin
Agent comptable

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 3 juin 2025 11:20
À : Jean-Hugues Grondin <jean-hugues.grondin@ac-reunion.fr>
Objet : [#SUP-007418] Facture abonnement e-sidoc

Bonjour,

La facture de renouvellement de votre abonnement e-sidoc a été redéposée sur Chorus Pro avec le bon numéro d'engagement. Elle devrait apparaître d'ici 48 heures.

Cordialement,
L'équipe d'assistance
""", (6, 9, 12, "+0400"), client="outlook",
         irt="<SUP-007418.1748942400.9c3e07@assistance.example.fr>"))

add("O17", "other", False, None, None, None, False, "en",
    "English: an exhibitor asks about a stand at the public buyers' fair; unrelated to the desk's services.",
    mail("Tom Whitaker <tom.whitaker@brightboard-displays.example.com>",
         "Exhibitor stand - public buyers' fair in October",
         """Hello,

We manufacture interactive displays for classrooms and are keen to meet French public buyers this autumn. A contact at a Bordeaux lycée told us that your organisation takes part in the regional public buyers' fair in October.

Could you let me know who handles exhibitor bookings, and whether stands are still available? We'd need roughly 12 m2 with power.

Thanks in advance,

Tom Whitaker
Export Sales Manager
BrightBoard Displays Ltd, Leeds (UK)
""", (19, 16, 2), client="gmail", lang="en"))

add("O18", "other", False, None, None, None, False, "fr",
    "French investment spam; ISO-8859-1 8-bit body sent through an old webmail.",
    mail("Conseiller Patrimoine <info@placement-serein.example.net>",
         "Doublez votre épargne avant l'été : 12 % garantis",
         """Bonjour,

Les taux des livrets baissent encore en juin. Et si vous faisiez travailler votre épargne autrement ?

Notre solution de placement adossée à l'or et aux crypto-actifs vous garantit 12 % de rendement annuel, sans frais d'entrée. Plus de 4 000 fonctionnaires nous font déjà confiance.

Offre réservée aux 50 premiers inscrits : répondez simplement OUI à ce message et un conseiller vous rappelle sous 24 h.

Cordialement,
Le service Clients

Pour ne plus recevoir nos offres, répondez STOP.
""", (14, 5, 33), client="oe", charset="iso-8859-1",
         auth="dkim=none;\n\tspf=neutral smtp.mailfrom={d};\n\tdmarc=none"))


# --------------------------- missing_noreply_mail --------------------------

add("M01", "missing_noreply_mail", True, "0640789K", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
    "The new-password mail of the Espace Acheteur never arrives, junk folder checked; no anti-spam product named.",
    mail("Maite Etcheverry <maite.etcheverry@ac-bordeaux.fr>",
         "Pas de mail de réinitialisation",
         """Bonjour,

J'ai demandé trois fois depuis hier un nouveau mot de passe pour
l'Espace Acheteur et je ne reçois rien. Ni dans la boîte de réception,
ni dans les indésirables, ni dans le dossier "Autres".

Le site affiche pourtant bien "un message vous a été envoyé".

Lycée René Cassin, Bayonne – 0640789K.

Merci de regarder ce qui se passe,
Maite Etcheverry
Gestionnaire
""", (4, 10, 44), client="thunderbird"))

add("M02", "missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
    "Buyer of a groupement de commandes: the activation link after sign-up never arrived. No UAI, non-academic sender.",
    mail("Lucie Marty <lucie.marty@gip-achats-sudouest.example.fr>",
         "Lien d'activation non reçu",
         """Bonjour,

Je me suis inscrite hier après-midi sur l'Espace Acheteur pour suivre le groupement « mobilier scolaire 2025 » mais je n'ai jamais reçu le courriel contenant le lien d'activation de mon compte. J'ai regardé dans les courriers indésirables.

Pouvez-vous me le renvoyer ou activer le compte ?

Merci,
Lucie Marty
GIP Achats Sud-Ouest
""", (17, 9, 20), client="outlook"))

add("M03", "missing_noreply_mail", True, "0460344Z", "occitanie", "espace_acheteur", True, "fr",
    "Negation: 'nous n'avons pas Mailinblack' — MailInBlack named only to be ruled out; the no-reply mails simply never arrive.",
    mail("Jérôme Delpech <jerome.delpech@ac-toulouse.fr>",
         "Aucun mail de la plateforme - ce n'est PAS Mailinblack",
         """Bonjour,

Votre FAQ parle beaucoup de Mailinblack. Je précise donc : nous n'avons pas Mailinblack au lycée, ni aucun autre antispam de ce genre, la DSI du rectorat me l'a confirmé ce matin.

Pourtant, depuis le 2 juin, aucun des courriels automatiques de l'Espace Acheteur ne nous parvient (confirmations de commande, mot de passe). Rien dans les spams non plus.

Lycée Champollion, Figeac – UAI 0460344Z.

Merci de vérifier de votre côté,
Jérôme Delpech
Adjoint gestionnaire
""", (6, 11, 3), client="zimbra"))

add("M04", "missing_noreply_mail", True, "9740210K", "la-reunion", "espace_acheteur", True, "fr",
    "Reads like a password problem, but the 'mot de passe oublié' tool works and the new-password mail simply never arrives: missing_noreply_mail per the taxonomy.",
    mail("Didier Técher <didier.techer@ac-reunion.fr>",
         "Problème de mot de passe ?",
         """Bonjour,

Je ne sais pas trop comment qualifier mon problème. Je clique sur "Mot de passe oublié", je saisis mon identifiant 9740210K et mon adresse, le site me répond que c'est bon et qu'un message est parti... et je ne reçois jamais rien. J'ai attendu deux jours.

Le mot de passe en lui-même, je suis prêt à en refaire un, c'est juste que le mail n'arrive pas.

Didier Técher
Lycée Lislet Geoffroy, Saint-Denis
""", (9, 13, 30, "+0400"), client="thunderbird"))

add("M05", "missing_noreply_mail", False, "0111787H", "occitanie", "espace_acheteur", False, "fr",
    "Reply (Outlook quote) after the junk-folder answer: still nothing after 48 hours, allow-listing done; the template was already sent, a person must follow up.",
    mail("Céline Bories <celine.bories@ac-montpellier.fr>",
         "RE: [#SUP-007402] Mail de confirmation non reçu",
         """Bonjour,

J'ai suivi vos indications : vérification des indésirables, ajout de l'adresse no-reply aux expéditeurs approuvés. Cela fait maintenant plus de 48 heures et je n'ai toujours rien reçu. J'ai refait une demande ce matin, sans plus de succès.

Pouvez-vous transmettre à quelqu'un qui puisse regarder les journaux d'envoi ?

Céline Bories
Lycée Paul Sabatier, Carcassonne (0111787H)

De : Assistance <support@assistance.example.fr>
Envoyé : mardi 3 juin 2025 09:12
À : Céline Bories <celine.bories@ac-montpellier.fr>
Objet : [#SUP-007402] Mail de confirmation non reçu

Bonjour,

Les messages de la plateforme sont envoyés par l'adresse no-reply@espace-acheteur.example.fr. Vérifiez votre dossier de courriers indésirables, marquez le message comme légitime et ajoutez cette adresse à vos expéditeurs autorisés.

Sans nouvelles de votre part sous 48 heures, nous reviendrons vers vous.

Cordialement,
L'équipe d'assistance
""", (6, 8, 40), client="outlook",
         irt="<SUP-007402.1748934720.0be4f3@assistance.example.fr>"))

add("M06", "missing_noreply_mail", True, "0330988V", "nouvelle-aquitaine", "espace_acheteur", False, "en",
    "English: the IT manager of an international lycée reports that no mail from the no-reply address reaches the buyers; no anti-spam product named.",
    mail("Oliver Grant <oliver.grant@ac-bordeaux.fr>",
         "No notification emails reaching our staff",
         """Hello,

I'm the IT manager at the Lycée international de Bordeaux-Mérignac (school code 0330988V). Since last week none of the automatic emails from your buyer platform have reached our two purchasing staff: no order confirmations, no password emails, nothing. They're not in junk either, and our mail logs show no rejection on our side.

Could you confirm the exact sender address and sending servers, so we can whitelist them on our relay? We have several orders to place before the end of June.

Thanks,
Oliver Grant
IT Manager
""", (11, 15, 12), client="thunderbird", lang="en"))

add("M07", "missing_noreply_mail", True, "9711246C", "guadeloupe", "espace_acheteur", False, "fr",
    "The gestionnaire never receives the 'orders to validate' notifications; no anti-spam product named.",
    mail("Sandra Bélénus <sandra.belenus@ac-guadeloupe.fr>",
         "Notifications de commandes à valider",
         """Bonjour,

Les collègues du lycée saisissent leurs paniers sur l'Espace Acheteur et me les soumettent, mais je ne reçois jamais les mails de notification "commande à valider". Je ne les découvre qu'en allant voir moi-même sur le site, parfois avec une semaine de retard.

Ce n'est pas dans les spams. Est-ce un réglage de mon compte ?

Lycée Carnot, Pointe-à-Pitre – 9711246C

Merci,
Sandra Bélénus
""", (12, 8, 5, "-0400"), client="zimbra"))

add("M08", "missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
    "HTML-only Outlook message from a commune's finance department: the account confirmation mail never arrived. No UAI, non-academic sender.",
    mail("Service Financier - Ville de Muret <finances@ville-muret.example.fr>",
         "Confirmation d'inscription non reçue",
         "", (18, 11, 36), client="outlook_html",
         html_body="""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
<body lang="FR">
<div class="WordSection1">
<p class="MsoNormal">Bonjour,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Nous avons cr&eacute;&eacute; le 16 juin un compte sur votre Espace Acheteur pour le service financier de la Ville de Muret, en vue d&#8217;adh&eacute;rer au groupement d&#8217;achat des fournitures des &eacute;coles.<o:p></o:p></p>
<p class="MsoNormal">Le message de confirmation annonc&eacute; &agrave; l&#8217;&eacute;cran ne nous est jamais parvenu, ni dans la bo&icirc;te principale ni dans les courriers ind&eacute;sirables.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Pourriez-vous nous le r&eacute;exp&eacute;dier&nbsp;?<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Bien cordialement,<o:p></o:p></p>
<p class="MsoNormal"><b>St&eacute;phanie Gisbert</b><br>Service financier &#8211; Ville de Muret<br>05 61 51 95 00<o:p></o:p></p>
</div></body></html>
"""))

add("M09", "missing_noreply_mail", True, None, "occitanie", "espace_acheteur", False, "fr",
    "Three lines from Samsung Mail (base64 text and HTML): confirmation mail still not received since Friday. No UAI; region from the ac-toulouse.fr sender.",
    mail("Nadia Ouali <nadia.ouali@ac-toulouse.fr>",
         "Mail de confirmation",
         """Bonjour
Toujours pas reçu le mail de confirmation de l'espace acheteur depuis vendredi.
Vous pouvez le renvoyer ?
Nadia Ouali


Envoyé depuis mon smartphone Galaxy
""", (16, 7, 48), client="samsung"))

add("M10", "missing_noreply_mail", True, None, None, "ticket_portal", False, "fr",
    "The ticket portal's confirmation mail (to set a password) never arrived. Non-academic sender.",
    mail("Romain Auriol <romain.auriol@region-occitanie.example.fr>",
         "Portail tickets : pas de mail de confirmation",
         """Bonjour,

Je viens de créer mon compte sur le portail de tickets pour suivre les demandes des lycées de mon secteur. Le portail indique qu'un mail de confirmation m'a été envoyé pour définir mon mot de passe, mais rien n'est arrivé depuis ce matin (courrier indésirable vérifié).

Pouvez-vous me le renvoyer ?

Romain Auriol
Chargé de mission numérique éducatif
Direction de l'éducation – Région
""", (19, 14, 20), client="outlook"))

add("M11", "missing_noreply_mail", True, "0660211W", "occitanie", "espace_acheteur", False, "fr",
    "Suspects 'le filtre de la collectivité' but names no product: missing_noreply_mail.",
    mail("Jordi Serrat <jordi.serrat@ac-montpellier.fr>",
         "Mails automatiques bloqués ?",
         """Bonjour,

Depuis que la Région a changé le filtrage des messageries des lycées au printemps, je ne reçois plus aucun des mails automatiques de votre plateforme (validation de panier, mot de passe). Je soupçonne ce nouveau filtre, mais je ne sais pas de quel produit il s'agit et le service informatique régional ne répond pas avant la rentrée.

Pouvez-vous me dire de quelle adresse partent vos messages, que je puisse au moins la mettre en expéditeur sûr ?

Jordi Serrat
Lycée François Arago, Perpignan (0660211W)
""", (20, 16, 0), client="outlook"))

add("M12", "missing_noreply_mail", True, "9761372M", "mayotte", "espace_acheteur", True, "fr",
    "Gmail forward ('---------- Forwarded message ---------') of a colleague's message: the account was validated but the first-login link never came. The UAI is only in the forwarded part.",
    mail("Ibrahim Soilihi <ibrahim.soilihi@ac-mayotte.fr>",
         "Fwd: Lien de première connexion",
         """Bonjour,

Je vous transfère le message de ma collègue, qui n'a toujours rien reçu.
Merci de regarder.

Ibrahim Soilihi
Gestionnaire

---------- Forwarded message ---------
De : Zaïnaba Ahamada <zainaba.ahamada@ac-mayotte.fr>
Date: mar. 17 juin 2025 à 10:05
Subject: Lien de première connexion
To: Ibrahim Soilihi <ibrahim.soilihi@ac-mayotte.fr>


Bonjour Ibrahim,

Tu as bien validé mon compte sur l'Espace Acheteur hier (lycée de Chirongui, 9761372M), mais je n'ai jamais reçu le lien sécurisé pour la première connexion. J'ai regardé partout, y compris dans les spams.

Zaïnaba
""", (17, 13, 2, "+0300"), client="gmail"))

add("M13", "missing_noreply_mail", True, "9730705D", "guyane", "esidoc", False, "fr",
    "The activation mail for the e-sidoc customer account (needed before the first online order) never came.",
    mail("Patricia Lony <patricia.lony@ac-guyane.fr>",
         "Compte client - mail d'activation",
         """Bonjour,

J'ai ouvert hier notre compte client pour pouvoir commander en ligne les ressources du CDI avant la fin de l'année budgétaire du lycée. Le site m'a annoncé un mail d'activation sous 12 heures : rien reçu à ce jour.

Lycée Léon-Gontran Damas, Remire-Montjoly – 9730705D.

Merci par avance,
Patricia Lony
Documentaliste
""", (11, 9, 30, "-0300"), client="thunderbird"))

add("M14", "missing_noreply_mail", False, "0471643F", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
    "Two topics: the no-reply mails never arrive (main) and a request for a formal quote (order_billing); one template answers only half.",
    mail("Fabrice Laffargue <fabrice.laffargue@ac-bordeaux.fr>",
         "Mails non reçus + demande de devis",
         """Bonjour,

Premier point : je ne reçois plus les mails automatiques de l'Espace Acheteur
(ni les confirmations ni les notifications), rien dans les indésirables.

Second point, sans rapport : pourriez-vous nous établir un devis pour le
lot de 30 calculatrices graphiques et les licences associées ? Notre agent
comptable en a besoin pour l'engagement avant le 25 juin.

Lycée Bernard Palissy, Agen – 0471643F

Cordialement,
Fabrice Laffargue
""", (13, 15, 55), client="thunderbird"))

add("M15", "missing_noreply_mail", True, "0821685L", "occitanie", "espace_acheteur", False, "fr",
    "Alert notifications for new market offers never arrive; ISO-8859-1 8-bit body from an old Outlook Express setup.",
    mail("Josiane Castex <josiane.castex@ac-toulouse.fr>",
         "Alertes nouvelles offres",
         """Bonjour,

Je me suis abonnée aux alertes "nouvelles offres" de l'Espace Acheteur
il y a un mois, mais je ne reçois jamais les notifications. Mes
collègues d'autres lycées les reçoivent pourtant.

J'ai vérifié le dossier des courriers indésirables.

Lycée Michelet, Montauban - 0821685L

Merci,
Josiane Castex
""", (5, 14, 17), client="oe", charset="iso-8859-1"))

add("M16", "missing_noreply_mail", True, "9720897T", "martinique", "espace_acheteur", True, "fr",
    "Late-night frustration: fourth password request and never any mail, with orders to validate before 30 June. Reads like password_reset, but the new-password mail never arrives.",
    mail("Max Théodose <max.theodose@ac-martinique.fr>",
         "4e demande de mot de passe et TOUJOURS RIEN",
         """Bonsoir,

Quatrième demande de mot de passe ce soir. Quatrième fois que votre site me dit "un email vous a été envoyé". Et quatrième fois que je ne reçois strictement rien, ni en boîte de réception ni en spam.

J'ai trois commandes à valider avant le 30 juin sinon les crédits sont perdus pour le lycée. Je commence vraiment à perdre patience.

Max Théodose
Lycée Bellevue, Fort-de-France
9720897T
""", (19, 22, 37, "-0400"), client="gmail"))

add("M17", "missing_noreply_mail", True, "0481374H", "occitanie", "espace_acheteur", True, "fr",
    "The UAI appears only in the ce.<UAI>@ac-montpellier.fr sender, in lower case; the new structure administrator's validation mail never arrived.",
    mail("Lycée Émile Peytavin <ce.0481374h@ac-montpellier.fr>",
         "Mail de validation administrateur",
         """Bonjour,

Suite au changement d'administrateur de notre structure sur l'Espace Acheteur, la nouvelle administratrice, Mme Bonnal, devait recevoir un courriel de validation. Rien n'est arrivé, ni sur sa boîte ni sur celle-ci.

Merci de bien vouloir le renvoyer.

Le secrétariat d'intendance
Mende
""", (10, 10, 51), client="zimbra"))


# ----------------------- head_of_establishment_request ---------------------

add("H01", "head_of_establishment_request", False, "0331712G", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
    "The proviseur, from the ce.<UAI> address, designates the new structure administrator of the Espace Acheteur because the gestionnaire leaves at the end of June.",
    mail("Proviseur Lycée Élie Faure <ce.0331712G@ac-bordeaux.fr>",
         "Désignation d'un nouvel administrateur - Espace Acheteur",
         """Madame, Monsieur,

Mme Laurence Dubos, adjointe gestionnaire et actuelle administratrice de notre structure sur l'Espace Acheteur, quittera l'établissement le 30 juin 2025 à la suite de sa mutation.

Je vous demande de bien vouloir désigner à compter du 1er juillet M. Yannick Mora (yannick.mora@ac-bordeaux.fr), qui lui succède, comme administrateur de la structure, et de clôturer à la même date les droits de Mme Dubos.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Le proviseur,
François Lagardère
Lycée Élie Faure – Lormont
UAI 0331712G
""", (16, 17, 5), client="zimbra"))

add("H02", "head_of_establishment_request", False, "0311149F", "occitanie", "espace_acheteur", False, "fr",
    "The proviseure authorises in writing an order above her delegation threshold and attaches the signed purchase order (PDF).",
    mail("Claire Montaut <claire.montaut@ac-toulouse.fr>",
         "Autorisation de commande - équipement laboratoire de physique",
         """Madame, Monsieur,

J'autorise par la présente la validation de la commande n° CMD-2025-060877, d'un montant de 18 460,00 € TTC, relative au renouvellement de l'équipement du laboratoire de physique-chimie, passée via l'Espace Acheteur par M. Serres, adjoint gestionnaire.

Ce montant excédant le seuil de délégation dont il dispose, vous trouverez ci-joint le bon de commande revêtu de ma signature.

Je vous remercie de bien vouloir procéder à la validation avant le 27 juin, date limite d'engagement fixée par notre agent comptable.

Claire Montaut
Proviseure
Lycée Ozenne – Toulouse
RNE 0311149F
""", (18, 11, 45), client="outlook",
         attach=[("BC_CMD-2025-060877_signe.pdf", "application/pdf", fake_pdf("Bon de commande CMD-2025-060877"))]))

add("H03", "head_of_establishment_request", False, "9741651B", "la-reunion", "esidoc", True, "fr",
    "The proviseur himself, from the ce.<UAI> address, asks for the e-sidoc administrator password to be reset and the contact address to be changed: a head-of-establishment request, not password_reset.",
    mail("Lycée Ambroise Vollard <ce.9741651B@ac-reunion.fr>",
         "Réinitialisation du compte administrateur e-sidoc et changement d'adresse de contact",
         """Bonjour,

En ma qualité de proviseur du lycée Ambroise Vollard (UAI 9741651B), je vous demande :

- de réinitialiser le mot de passe du compte administrateur de notre portail e-sidoc, dont l'ancienne documentaliste était seule détentrice ;
- de remplacer l'adresse de contact associée à ce compte par l'adresse fonctionnelle du CDI : cdi.vollard@ac-reunion.fr.

Je vous remercie par avance.

Joël Grondin
Proviseur
Saint-Pierre
""", (5, 8, 30, "+0400"), client="zimbra"))

add("H04", "head_of_establishment_request", False, "0341777X", "occitanie", None, True, "fr",
    "Claims to be the proviseur from the ce.<UAI> address, but SPF and DMARC fail and the Reply-To is a free-mail style address; asks to move both admin accounts to it: a probable spoof, still a head-of-establishment request for the queue where staff should refuse it. Mentions both e-sidoc and the Espace Acheteur, so no single platform.",
    mail("Proviseur <ce.0341777X@ac-montpellier.fr>",
         "URGENT - changement adresse administrateur",
         """Bonjour,

Je suis le proviseur de l'établissement. Suite à un problème sur notre messagerie académique, je vous demande de modifier immédiatement l'adresse des comptes administrateur e-sidoc et Espace Acheteur de l'établissement 0341777X pour la remplacer par : direction.lycee.joffre@boite-rapide.example.net

Merci de me confirmer le changement à cette nouvelle adresse et de m'envoyer les nouveaux identifiants. C'est très urgent, nous avons des commandes à passer avant la fin du mois.

Cordialement
Le proviseur
""", (21, 6, 14), client="plain", reply_to="Direction <direction.lycee.joffre@boite-rapide.example.net>",
         env_from="bounce@mailer-7.example.net",
         auth="dkim=none;\n\tspf=fail (sender IP is 203.0.113.66) smtp.mailfrom=mailer-7.example.net;\n\tdmarc=fail (p=none dis=none) header.from={d}"))

add("H05", "head_of_establishment_request", False, "9710854B", "guadeloupe", "espace_acheteur", True, "fr",
    "The gestionnaire relays the head's signed letter (PDF) naming a new administrator, with the proviseure in copy: the head's written request, relayed; staff must check the letter and the sender.",
    mail("Annick Dorville <annick.dorville@ac-guadeloupe.fr>",
         "Courrier de Mme la Proviseure - changement d'administrateur",
         """Bonjour,

À la demande de Mme la Proviseure, en copie de ce message, je vous transmets son courrier signé désignant M. Fred Lubin comme nouvel administrateur de notre structure sur l'Espace Acheteur, en remplacement de M. Calvaire, parti à la retraite.

Lycée polyvalent Droits de l'Homme, Petit-Bourg – UAI 9710854B.

Restant à votre disposition,

Annick Dorville
Secrétariat d'intendance
""", (10, 9, 12, "-0400"), client="outlook",
         cc=["Marie-Josée Nérée <marie-josee.neree@ac-guadeloupe.fr>"],
         attach=[("Courrier_Proviseure_administrateur.pdf", "application/pdf", fake_pdf("Designation administrateur"))]))

add("H06", "head_of_establishment_request", False, "9721576F", "martinique", "esidoc", False, "fr",
    "Reply (Zimbra '----- Mail original -----' quote) in which the proviseur gives the written request the desk asked for.",
    mail("Roland Ursulet <roland.ursulet@ac-martinique.fr>",
         "Re: [#SUP-007455] Accès administrateur e-sidoc - demande écrite du chef d'établissement",
         """Bonjour,

Je soussigné Roland Ursulet, proviseur du lycée Frantz Fanon de Trinité (UAI 9721576F), demande la réinitialisation du mot de passe administrateur du portail e-sidoc de l'établissement, le lien devant être adressé à la boîte officielle du lycée.

Cordialement,

R. Ursulet

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Sylvie Ursule" <sylvie.ursule@ac-martinique.fr>
Envoyé: Mardi 10 Juin 2025 16:04:11
Objet: [#SUP-007455] Accès administrateur e-sidoc

Bonjour,

Pour des raisons de sécurité, la réinitialisation demandée doit être sollicitée par écrit par le chef d'établissement. Merci de lui demander de nous écrire en répondant à ce message.

Cordialement,
L'équipe d'assistance
""", (11, 7, 50, "-0400"), client="zimbra",
         irt="<SUP-007455.1749564251.71ac3d@assistance.example.fr>",
         cc=["Sylvie Ursule <sylvie.ursule@ac-martinique.fr>"]))

add("H07", "head_of_establishment_request", False, "0311469D", "occitanie", "espace_acheteur", False, "en",
    "English: the head of an international lycée names a new structure administrator and asks to close the former one's access.",
    mail("Catherine Hollis <catherine.hollis@ac-toulouse.fr>",
         "Change of structure administrator - Lycée International de Colomiers",
         """Dear colleagues,

As head of the Lycée International de Colomiers (school code 0311469D), I am writing to ask you to change the administrator of our account on the buyer platform.

Mr Anthony Pech (anthony.pech@ac-toulouse.fr), our new bursar, should become the structure administrator with immediate effect. Please also close the access of Ms Nadine Rigal, who left the school on 13 June.

Please excuse my writing in English; I am happy to confirm this in French or by signed letter if required.

Yours sincerely,

Catherine Hollis
Proviseure / Head of School
""", (16, 12, 33), client="outlook", lang="en"))

add("H08", "head_of_establishment_request", False, "9730653X", "guyane", "esidoc", False, "fr",
    "HTML-only Outlook letter: the proviseur asks for a reset so that a departed librarian loses access, link to go to the school's official address.",
    mail("Jean-Claude Ho-A-Chuck <jean-claude.ho-a-chuck@ac-guyane.fr>",
         "Demande de réinitialisation - départ de la documentaliste",
         "", (13, 15, 20, "-0300"), client="outlook_html",
         html_body="""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm;font-size:12.0pt;font-family:"Times New Roman",serif;} --></style></head>
<body lang="FR">
<div class="WordSection1">
<p class="MsoNormal" style="text-align:right">Cayenne, le 13 juin 2025<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Objet&nbsp;: r&eacute;initialisation de l&#8217;acc&egrave;s administrateur du portail documentaire</b><o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Madame, Monsieur,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">La professeure documentaliste du lyc&eacute;e Damas a quitt&eacute; l&#8217;&eacute;tablissement le 6 juin dans des conditions qui m&#8217;am&egrave;nent &agrave; vous demander de r&eacute;initialiser sans d&eacute;lai le mot de passe administrateur de notre portail e-sidoc, afin qu&#8217;elle n&#8217;y ait plus acc&egrave;s.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Je vous remercie d&#8217;adresser le lien de r&eacute;initialisation &agrave; l&#8217;adresse officielle de l&#8217;&eacute;tablissement et non &agrave; une adresse personnelle.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Veuillez agr&eacute;er, Madame, Monsieur, l&#8217;expression de mes salutations distingu&eacute;es.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Le proviseur<br>Jean-Claude Ho-A-Chuck<br>Lyc&eacute;e L&eacute;on-Gontran Damas &#8211; UAI 9730653X<o:p></o:p></p>
</div></body></html>
"""))

add("H09", "head_of_establishment_request", False, "0090726R", "occitanie", "espace_acheteur", True, "fr",
    "The body gives 0090726K (wrong check letter: the digits give 0090726R), but the ce.0090726R@ac-toulouse.fr sender carries the valid UAI, which is the label. The proviseur changes the structure administrator.",
    mail("Direction Lycée Gabriel Fauré <ce.0090726R@ac-toulouse.fr>",
         "Changement d'administrateur de structure - 0090726K",
         """Bonjour,

Je vous informe que Mme Agnès Roques, secrétaire générale, remplace M. Gilles Naudy comme administratrice de notre structure sur l'Espace Acheteur à compter de ce jour. Merci de procéder au changement et de désactiver le compte de M. Naudy.

Notre identifiant établissement est le 0090726K.

Le proviseur,
Michel Soulé
Lycée Gabriel Fauré – Foix
""", (4, 14, 3), client="zimbra"))

add("H10", "head_of_establishment_request", False, "9761532L", "mayotte", "esignature", False, "fr",
    "The proviseur authorises the gestionnaire to sign the convention on the e-signature platform on his behalf; the UAI is only in the signature.",
    mail("Anli Said <anli.said@ac-mayotte.fr>",
         "Délégation de signature - convention de groupement",
         """Bonjour,

Étant en déplacement à la Réunion jusqu'au 30 juin, je ne pourrai pas signer moi-même la convention de groupement envoyée sur la plateforme de signature électronique.

J'autorise Mme Faharia Bacar, adjointe gestionnaire, à la signer en mon nom. Je vous remercie de bien vouloir modifier le signataire en conséquence.

Cordialement,

Anli Saïd
Proviseur
Lycée de Petite-Terre – Pamandzi
9761532L
""", (20, 9, 5, "+0300"), client="iphone"))

add("H11", "head_of_establishment_request", False, "0661744M", "occitanie", "espace_acheteur", False, "fr",
    "Very formal written delegation: the proviseur authorises the DDFPT to validate the June orders on the Espace Acheteur.",
    mail("Proviseur du lycée Jean Lurçat <ce.0661744M@ac-montpellier.fr>",
         "Délégation pour la validation des commandes de juin",
         """Madame, Monsieur,

Je me permets de revenir vers vous à la suite de l'échange téléphonique de M. Py, directeur délégué aux formations, avec votre service la semaine dernière.

Afin de permettre la passation dans les délais des commandes d'équipements des sections professionnelles avant la clôture de l'exercice, j'ai l'honneur de vous confirmer que j'autorise M. Thierry Py (thierry.py@ac-montpellier.fr) à valider, pour le compte de l'établissement, les commandes passées sur l'Espace Acheteur entre le 2 et le 30 juin 2025, dans la limite de 40 000 euros TTC.

Vous en souhaitant bonne réception, je vous prie d'agréer, Madame, Monsieur, l'assurance de ma considération distinguée.

Le proviseur,
Henri Mas
Lycée Jean Lurçat – Perpignan
""", (2, 16, 22), client="zimbra"))

add("H12", "head_of_establishment_request", False, "0241280L", "nouvelle-aquitaine", "esidoc", False, "fr",
    "The principal confirms from his phone, quoting his librarian's request (Apple quote style), that the e-sidoc reset may be done. Personal academic address, not the ce. one.",
    mail("Pierre Delmas <pierre.delmas@ac-bordeaux.fr>",
         "Re: Accès e-sidoc",
         """Bonjour,

Je confirme la demande de Mme Faure ci-dessous et vous autorise à réinitialiser l'accès administrateur e-sidoc du lycée.

P. Delmas
Proviseur, lycée Arnaut Daniel – Ribérac

Envoyé de mon iPhone

> Le 23 juin 2025 à 08:52, Nadège Faure <nadege.faure@ac-bordeaux.fr> a écrit :
>
> Bonjour,
>
> Le mot de passe administrateur de notre portail e-sidoc (UAI 0241280L) est perdu. Votre service m'indique qu'il faut une demande écrite du chef d'établissement. Monsieur le Proviseur, pouvez-vous répondre à l'assistance en confirmant ?
>
> Merci,
> Nadège Faure
> Professeure documentaliste
""", (23, 10, 14), client="iphone",
         irt="<8C1F3B52-77A0-4E11-9F0C-5B2D6A3E91C4@ac-bordeaux.fr>"))

add("H13", "head_of_establishment_request", False, "0321554R", "occitanie", "esidoc", False, "fr",
    "The interim proviseur asks to replace the contact address of the e-sidoc administrator account with the school's functional address.",
    mail("Bernadette Lacaze <bernadette.lacaze@ac-toulouse.fr>",
         "Modification de l'adresse de contact du compte administrateur",
         """Bonjour,

Proviseure par intérim du lycée Le Garros d'Auch depuis le 1er juin, je vous demande de bien vouloir remplacer l'adresse de contact du compte administrateur de notre portail e-sidoc (actuellement celle de l'ancien proviseur, qui ne la consulte plus) par l'adresse fonctionnelle du CDI : cdi.legarros@ac-toulouse.fr.

UAI de l'établissement : 0321554R.

Avec mes remerciements,

Bernadette Lacaze
Proviseure par intérim
""", (12, 13, 40), client="thunderbird"))

add("H14", "head_of_establishment_request", False, None, None, "espace_acheteur", True, "fr",
    "A proviseure authorises an order from a personal (non-academic) address, without UAI: weak evidence, staff must verify. No UAI and no académie domain, so no region.",
    mail("Murielle Boyer <murielle.boyer974@messagerie-perso.example.fr>",
         "Accord pour la commande des tablettes",
         """Bonjour,

Je suis la proviseure du lycée de Bois d'Olive à Saint-Pierre. Je vous écris de ma messagerie personnelle car je suis en commission d'affectation toute la journée et n'ai pas accès à ma boîte académique.

Je donne mon accord pour la validation de la commande de 35 tablettes saisie hier par notre gestionnaire, M. Nativel, sur l'Espace Acheteur.

Cordialement,
Murielle Boyer
""", (24, 12, 50, "+0400"), client="gmail"))


# ----------------------------- mailinblack_spam ----------------------------

add("B01", "mailinblack_spam", True, "0330791F", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
    "The activation mail of the Espace Acheteur sits in the MailInBlack quarantine of the school; asks how to get it out for good.",
    mail("Christine Lafon <christine.lafon@ac-bordeaux.fr>",
         "Mail d'activation en quarantaine Mailinblack",
         """Bonjour,

Le mail d'activation de mon compte sur l'Espace Acheteur est arrivé dans la quarantaine Mailinblack du lycée (je le vois dans le rapport quotidien, expéditeur no-reply). Je l'ai libéré mais le lien était déjà expiré, et le suivant est de nouveau bloqué.

Que faut-il autoriser exactement pour que vos messages passent directement ?

Christine Lafon
Adjointe gestionnaire – Lycée Gustave Eiffel, Bordeaux
0330791F
""", (3, 14, 25), client="outlook"))

add("B02", "mailinblack_spam", True, "0310989G", "occitanie", "espace_acheteur", False, "en",
    "English: the school's IT contractor asks which senders to allow-list in MailinBlack, which challenges the platform's mails.",
    mail("Marcus Hale <marcus.hale@ac-toulouse.fr>",
         "MailinBlack allow-list for your platform",
         """Hi,

I manage IT for Lycée Déodat de Séverac (0310989G). Our mail is filtered by MailinBlack, and every message from your buyer platform triggers a sender challenge that obviously never gets answered, so our staff never receive their activation and password emails.

Could you send me the list of sender addresses and domains we should add to the MailinBlack allow-list?

Thanks,
Marcus Hale
""", (9, 10, 11), client="thunderbird", lang="en"))

add("B03", "mailinblack_spam", False, "0811593S", "occitanie", "espace_acheteur", True, "fr",
    "The sender-authentication challenge is described ('un message qui demande de prouver qu'on n'est pas un robot', quarantine) without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person should check before sending the guide.",
    mail("Hugues Bardou <hugues.bardou@ac-toulouse.fr>",
         "Vos mails sont retenus par notre messagerie",
         """Bonjour,

Notre collectivité a installé un nouveau système sur les boîtes des lycées : quand quelqu'un nous écrit pour la première fois, il reçoit un message lui demandant de prouver qu'il n'est pas un robot, et en attendant le message reste "en attente" chez nous.

Je pense que c'est pour ça que je ne reçois pas votre mail de confirmation de compte : votre adresse no-reply ne peut évidemment pas cliquer sur le lien.

Que me conseillez-vous ?

Hugues Bardou
Lycée Bellevue, Albi – 0811593S
""", (5, 9, 47), client="zimbra"))

add("B04", "mailinblack_spam", True, "0300852N", "occitanie", "espace_acheteur", False, "fr",
    "Late at night, no accents, product spelled 'mail in black'; mails from the platform blocked.",
    mail("Eric Granier <eric.granier@ac-montpellier.fr>",
         "mail in black bloque tout",
         """bonsoir
je viens de passer 1h a essayer de recevoir votre mail de mot de passe et je viens de comprendre que c est ce fichu mail in black du lycee qui bloque tout. j ai trouve vos messages dans la zone "en attente" mais impossible de les liberer ce soir
je fais quoi ? je dois finir les commandes de la rentree avant vendredi
eric granier
lycee ernest hemingway nimes 0300852N
""", (18, 23, 16), client="roundcube"))

add("B05", "mailinblack_spam", True, "9741689T", "la-reunion", "espace_acheteur", True, "fr",
    "Reply quoting the junk-folder answer: the school's IT now says MailInBlack is holding the mails, so the MailInBlack guide is now the right answer.",
    mail("Nathalie Fontaine <nathalie.fontaine@ac-reunion.fr>",
         "RE: [#SUP-007427] Mail de mot de passe non reçu",
         """Bonjour,

Merci pour votre réponse. Rien dans les indésirables, mais notre informaticien a regardé : vos messages sont bloqués par Mailinblack, installé par la Région en mai. Il me demande ce qu'il faut mettre en liste blanche.

Nathalie Fontaine
Lycée Jean Hinglo, Le Port – 9741689T

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mercredi 4 juin 2025 10:02
À : Nathalie Fontaine <nathalie.fontaine@ac-reunion.fr>
Objet : [#SUP-007427] Mail de mot de passe non reçu

Bonjour,

Les messages de la plateforme partent de l'adresse no-reply@espace-acheteur.example.fr. Merci de vérifier votre dossier de courriers indésirables et d'ajouter cette adresse à vos contacts.

Cordialement,
L'équipe d'assistance
""", (5, 11, 20, "+0400"), client="outlook",
         irt="<SUP-007427.1749024120.8d02ab@assistance.example.fr>"))

add("B06", "mailinblack_spam", False, "9710182W", "guadeloupe", "espace_acheteur", True, "fr",
    "Two topics: activation mail blocked by MailInBlack (main) and a request for a copy of the last invoice (order_billing); one template answers only half.",
    mail("Harry Sainte-Rose <harry.sainte-rose@ac-guadeloupe.fr>",
         "Mailinblack + copie de facture",
         """Bonjour,

1. Notre filtre Mailinblack retient le mail d'activation du compte de ma nouvelle collègue. Faut-il autoriser une adresse précise ?

2. Pourriez-vous aussi nous renvoyer une copie de la facture de mars (commande de mobilier du CDI) ? L'agent comptable ne la retrouve pas dans Chorus et en a besoin pour la clôture.

Lycée de Baie-Mahault – 9710182W

Merci d'avance,
Harry Sainte-Rose
""", (13, 8, 26, "-0400"), client="outlook"))

add("B07", "mailinblack_spam", True, "9721174U", "martinique", "espace_acheteur", True, "fr",
    "A person forwards the daily MailInBlack quarantine report with a question on top: the forwarded part is machine text, the outer message is a real request.",
    mail("Micheline Nelson <micheline.nelson@ac-martinique.fr>",
         "TR: Rapport Mailinblack - 3 messages en attente",
         """Bonjour,

Je reçois chaque matin ce rapport, et vos messages sont toujours dedans. Comment faire pour qu'ils arrivent directement ? Je ne suis pas informaticienne...

Micheline Nelson
Lycée Schœlcher – 9721174U

________________________________
De : Mailinblack <rapport@protect.mailinblack.example.com>
Envoyé : lundi 16 juin 2025 06:00
À : Nelson Micheline <micheline.nelson@ac-martinique.fr>
Objet : Rapport Mailinblack - 3 messages en attente

Messages en attente d'authentification :
- no-reply@espace-acheteur.example.fr – « Activation de votre compte » – 15/06 17:42
- no-reply@espace-acheteur.example.fr – « Commande CMD-2025-061120 à valider » – 15/06 18:03
- offres@fournisseur-papeterie.example.fr – « Promotions de juin » – 15/06 21:10

Pour délivrer un message, cliquez sur « Autoriser » dans votre espace Mailinblack.
""", (16, 7, 40, "-0400"), client="outlook"))

add("B08", "mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
    "HTML-only Outlook message from a syndicat mixte's buyer: the authority installed Mailinblack last month and the platform's mails are held. No UAI, non-academic sender.",
    mail("Virginie Estrade <v.estrade@syndicat-restauration-ariege.example.fr>",
         "Réception des mails de la plateforme",
         "", (11, 9, 14), client="outlook_html",
         html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000">
<p>Bonjour,</p>
<p>Notre syndicat a mis en place <b>Mailinblack</b> le mois dernier sur toutes les adresses des agents. Depuis, les messages de l&#8217;Espace Acheteur (confirmation de commande, notifications) restent bloqu&eacute;s dans l&#8217;espace &laquo;&nbsp;messages en attente&nbsp;&raquo;.</p>
<p>Pourriez-vous nous indiquer la proc&eacute;dure &agrave; suivre pour autoriser d&eacute;finitivement vos envois&nbsp;?</p>
<p>Merci par avance,</p>
<p style="color:#44546A">Virginie Estrade<br>Responsable des achats<br>Syndicat mixte de restauration scolaire de l&#8217;Ari&egrave;ge</p>
</div></body></html>
"""))

add("B09", "mailinblack_spam", True, "9731392A", "guyane", "espace_acheteur", False, "fr",
    "MAILINBLACK in capitals, sent from Outlook for Android (base64 body).",
    mail("Steeve Jean-Baptiste <steeve.jean-baptiste@ac-guyane.fr>",
         "MAILINBLACK",
         """Bjr, vos mails arrivent dans MAILINBLACK et pas dans ma boite. Faut autoriser quoi exactement ? Lycée Bertène Juminer 9731392A
Merci

Envoyé à partir de Outlook pour Android
""", (19, 6, 55, "-0300"), client="android"))

add("B10", "mailinblack_spam", True, "9761136F", "mayotte", "espace_acheteur", False, "fr",
    "Checked the junk folder too, but MailInBlack is named and holds the mails: mailinblack_spam.",
    mail("Halima Ousseni <halima.ousseni@ac-mayotte.fr>",
         "Mails bloqués",
         """Bonjour,

J'ai bien regardé dans mes courriers indésirables comme indiqué dans votre FAQ, il n'y a rien. En revanche, dans Mail In Black, j'ai trouvé tous vos messages depuis deux semaines, bloqués.

Pouvez-vous m'envoyer la marche à suivre pour les débloquer une fois pour toutes ?

Halima Ousseni
Lycée de Dembéni – 9761136F
""", (6, 10, 40, "+0300"), client="zimbra"))

add("B11", "mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
    "A Région's IT department formally asks which domain to allow-list in MailInBlack for all its lycées. No UAI, non-academic sender.",
    mail("Direction des systèmes d'information <dsi.messagerie@region-occitanie.example.fr>",
         "Demande de paramétrage - liste blanche Mailinblack pour les lycées",
         """Madame, Monsieur,

La Région a déployé au printemps la solution Mailinblack sur les messageries des lycées publics de son territoire. Plusieurs établissements nous signalent que les messages émis par votre plateforme d'achat sont retenus.

Afin de procéder à une autorisation globale, je vous saurais gré de bien vouloir nous communiquer la liste des adresses d'expédition, des domaines et, le cas échéant, des adresses IP de vos serveurs d'envoi.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Pour le directeur des systèmes d'information,
Le responsable du pôle messagerie,
Frédéric Cassan
""", (12, 10, 0), client="outlook"))

add("B12", "mailinblack_spam", True, "0471804F", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
    "Negation: 'ce n'est pas un problème de mot de passe' — the password mail is held by MailInBlack; mailinblack_spam, not password_reset.",
    mail("Aurélie Doumenjou <aurelie.doumenjou@ac-bordeaux.fr>",
         "Pas un problème de mot de passe !",
         """Bonjour,

Vos collègues m'ont envoyé deux fois la procédure de mot de passe oublié. Ce n'est pas un problème de mot de passe : je sais très bien le réinitialiser. C'est que le mail qui contient le lien est bloqué par Mailinblack au lycée, et quand je le libère il est trop tard.

Pouvez-vous me donner ce qu'il faut autoriser dans Mailinblack ?

Aurélie Doumenjou
Lycée Jean-Baptiste de Baudre, Agen
0471804F
""", (20, 13, 13), client="thunderbird"))


# ------------------------------- order_billing -----------------------------

add("OB01", "order_billing", False, "0331533M", "nouvelle-aquitaine", "esidoc", False, "fr",
    "Asks for a formal quote (devis) for the renewal of the e-sidoc subscriptions, needed for the bon d'engagement before the June deadline.",
    mail("Guillaume Sarrazin <guillaume.sarrazin@ac-bordeaux.fr>",
         "Demande de devis - renouvellement abonnements 2025-2026",
         """Bonjour,

Afin de pouvoir engager la dépense avant la date limite fixée par notre
agent comptable (20 juin), pourriez-vous m'adresser un devis pour le
renouvellement de nos abonnements e-sidoc pour l'année 2025-2026, avec
les mêmes ressources que cette année ?

Le devis devra mentionner le numéro UAI de l'établissement, 0331533M, et
être établi au nom du lycée Camille Jullian, Bordeaux.

Merci d'avance,

Guillaume Sarrazin
Adjoint gestionnaire
""", (2, 11, 20), client="thunderbird"))

add("OB02", "order_billing", False, None, None, "espace_acheteur", False, "en",
    "English: a foreign supplier asks when an invoice for an order placed through the Espace Acheteur will be paid, and whether it must go through Chorus Pro.",
    mail("Anna Kowalska <a.kowalska@balticprint-edu.example.com>",
         "Outstanding invoice BPE/2025/0412 - payment status",
         """Dear Sir or Madam,

We delivered 1,200 exercise books and 300 lab notebooks to three lycées in the Toulouse area in April, following order CMD-2025-040318 placed through your buyer platform.

Our invoice BPE/2025/0412 (EUR 6,354.00) was sent by email on 2 May and is now 45 days overdue. Could you please let us know the payment status? We were also told that French public buyers require invoices to be submitted through Chorus Pro - if so, could you tell us which service code to use?

Thank you for your help.

Best regards,
Anna Kowalska
Accounts Receivable
BalticPrint Education Sp. z o.o., Gdańsk
""", (17, 10, 35), client="outlook", lang="en"))

add("OB03", "order_billing", False, None, None, "espace_acheteur", False, "fr",
    "A commune's finance department explains that the invoice must be filed on Chorus Pro with SIRET and engagement number; the PDF sent by mail cannot be paid.",
    mail("Direction des finances - Commune de Lunel <finances@ville-lunel.example.fr>",
         "Facture reçue par courriel - dépôt sur Chorus Pro nécessaire",
         """Madame, Monsieur,

Nous avons reçu par courriel le 12 juin votre facture n° FA-25-06-188 relative à la commande de fournitures scolaires passée pour nos écoles via l'Espace Acheteur.

Conformément à la réglementation, nous ne pouvons procéder à son mandatement que si elle est déposée sur Chorus Pro, avec le SIRET de la commune (21340145600019) et le numéro d'engagement EJ-2025-000871 mentionné sur le bon de commande.

Nous vous remercions de bien vouloir procéder à ce dépôt dans les meilleurs délais, l'exercice comptable de nos écoles se clôturant le 30 juin pour cette opération.

Vous en souhaitant bonne réception,

Le service comptabilité
Direction des finances – Commune de Lunel
""", (16, 15, 7), client="outlook"))

add("OB04", "order_billing", False, "0121460X", "occitanie", "espace_acheteur", False, "fr",
    "The saved basket disappeared before it could be turned into an order (baskets are kept 15 days).",
    mail("Emma Cayla <emma.cayla@ac-toulouse.fr>",
         "Panier disparu",
         """Bonjour,

J'avais préparé début juin un panier assez conséquent (matériel de SVT, une quarantaine de lignes) sur l'Espace Acheteur en attendant la décision budgétaire modificative. Ce matin le panier a disparu, il n'en reste aucune trace.

Est-il possible de le récupérer ? Je n'ai pas très envie de tout ressaisir à dix jours de la clôture des commandes...

Emma Cayla
Lycée Jean Vigo, Millau – 0121460X
""", (23, 9, 3), client="zimbra"))

add("OB05", "order_billing", False, "0111079N", "occitanie", "espace_acheteur", True, "fr",
    "Written by the proviseur, but he only asks for a quote to present to the board: order_billing, not a head-of-establishment request.",
    mail("Philippe Roucayrol <philippe.roucayrol@ac-montpellier.fr>",
         "Devis pour le conseil d'administration du 26 juin",
         """Bonjour,

Je suis le proviseur du lycée Louise Michel de Narbonne (0111079N).

Le conseil d'administration du 26 juin doit se prononcer sur l'équipement de deux salles informatiques. Pourriez-vous me faire parvenir, avant le 20 juin, un devis détaillé sur la base du marché « postes et écrans » référencé dans l'Espace Acheteur : 48 postes, 48 écrans 24 pouces, installation comprise ?

Je vous en remercie.

Philippe Roucayrol
Proviseur
""", (11, 18, 2), client="outlook"))

add("OB06", "order_billing", False, "9741661M", "la-reunion", "espace_acheteur", True, "fr",
    "Two topics: the invoice amount differs from the order (main) and the membership convention is missing from 'Mes Marchés' (contract_documents).",
    mail("Laurence Rivière <laurence.riviere@ac-reunion.fr>",
         "Écart de montant sur facture et convention introuvable",
         """Bonjour,

La facture n° FD-2025-1042 que nous venons de recevoir pour la commande de chaises du réfectoire s'élève à 9 876,00 €, alors que le montant validé sur l'Espace Acheteur était de 8 976,00 €. Il semble y avoir une erreur de saisie. Pouvez-vous faire émettre un avoir ou une facture rectifiée ?

Par ailleurs, je ne trouve plus notre convention d'adhésion dans « Mes Marchés ». Est-ce normal ?

Lycée Bois Joly Potier, Le Tampon – 9741661M

Laurence Rivière
Adjointe gestionnaire
""", (18, 14, 40, "+0400"), client="outlook"))

add("OB07", "order_billing", False, "9720852U", "martinique", "esidoc", False, "fr",
    "Reply (Gmail quote) in a thread: the invoice was received twice, once by mail and once on Chorus; asks to cancel the duplicate.",
    mail("Corinne Bellay <corinne.bellay@ac-martinique.fr>",
         "Re: [#SUP-007465] Facture abonnement",
         """Bonjour,

Merci pour la facture. Seulement nous l'avons maintenant reçue deux fois : une fois par courriel (n° 2025-3318) et une fois sur Chorus avec un autre numéro (2025-3341), pour le même abonnement e-sidoc. Notre agent comptable ne peut pas payer deux fois : pouvez-vous annuler le doublon ?

Corinne Bellay
Lycée Joseph Zobel, Rivière-Salée (9720852U)

Le mer. 11 juin 2025 à 16:20, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Vous trouverez ci-joint la facture correspondant au renouvellement de votre
> abonnement.
>
> Cordialement,
> L'équipe d'assistance
""", (12, 9, 33, "-0400"), client="gmail",
         irt="<SUP-007465.1749651600.f0e1d2@assistance.example.fr>"))

add("OB08", "order_billing", False, "9730081A", "guyane", "esidoc", False, "fr",
    "HTML-only Outlook message in windows-1252 with the euro sign: asks whether a mandat administratif is accepted and for the supplier's bank details.",
    mail("Marie-France Thérèse <marie-france.therese@ac-guyane.fr>",
         "Règlement par mandat administratif",
         "", (10, 8, 45, "-0300"), client="outlook_html", charset="windows-1252",
         html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body lang="FR"><div class="WordSection1" style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Bonjour,</p>
<p>Nous souhaitons régler la facture de 1 284,50 € relative à l'abonnement e-sidoc du lycée Gaston Monnerville de Kourou (UAI 9730081A).</p>
<p>Notre agence comptable procède exclusivement par mandat administratif. Pouvez-vous nous confirmer que ce mode de paiement est accepté, et nous transmettre un RIB à jour ? Celui que nous avons date de 2021.</p>
<p>Le mandatement doit intervenir avant le 30 juin.</p>
<p>Cordialement,</p>
<p>Marie-France Thérèse<br>Agence comptable – Lycée Gaston Monnerville</p>
</div></body></html>
"""))

add("OB09", "order_billing", False, None, None, "espace_acheteur", False, "fr",
    "Very formal letter from a publisher: the lycée's order carries no purchase-order / engagement number, which the publisher needs to invoice through Chorus Pro.",
    mail("Anne-Sophie Ferrand <as.ferrand@editions-lumen.example.fr>",
         "Commande sans numéro d'engagement - facturation",
         """Madame, Monsieur,

Je me permets de revenir vers vous au sujet de la commande CMD-2025-052207, passée le 27 mai dernier par l'intermédiaire de l'Espace Acheteur et portant sur 240 exemplaires de notre manuel de philosophie de terminale.

La commande qui nous a été transmise ne comporte ni numéro de bon de commande ni numéro d'engagement juridique, informations sans lesquelles le dépôt de notre facture sur Chorus Pro est rejeté.

Je vous serais obligée de bien vouloir nous communiquer ces références, ou de nous indiquer le service à contacter auprès de l'établissement acheteur.

Vous en souhaitant bonne réception, je vous prie de croire, Madame, Monsieur, à l'assurance de ma considération distinguée.

Anne-Sophie Ferrand
Responsable administration des ventes
Éditions Lumen
""", (5, 16, 48), client="outlook"))

add("OB10", "order_billing", False, None, None, "espace_acheteur", False, "fr",
    "Buyer of a GIP: the bon d'engagement upload fails at order validation ('fichier non conforme'); PDF attached.",
    mail("Stéphane Baylet <stephane.baylet@gip-achats-sudouest.example.fr>",
         "Impossible de joindre le bon d'engagement",
         """Bonjour,

Lors de la validation de la commande groupée n° CMD-2025-061201 (équipements de laboratoire, 14 lycées), l'Espace Acheteur refuse le bon d'engagement avec le message « fichier non conforme ». Le fichier est un PDF de 380 Ko, je vous le joins.

Nous devons impérativement valider avant le 25 juin pour tenir les délais de livraison de la rentrée.

Merci de votre aide,
Stéphane Baylet
GIP Achats Sud-Ouest
""", (19, 11, 2), client="outlook",
         attach=[("Bon_engagement_CMD-2025-061201.pdf", "application/pdf", fake_pdf("Bon d'engagement CMD-2025-061201"))]))

add("OB11", "order_billing", False, "9710538H", "guadeloupe", "espace_acheteur", True, "fr",
    "Negation: 'ce n'est pas une question de mot de passe, je suis bien connectée' — the 'Valider la commande' button stays greyed out: order validation, order_billing.",
    mail("Ketty Bordelais <ketty.bordelais@ac-guadeloupe.fr>",
         "Bouton de validation grisé",
         """Bonjour,

Je préfère préciser tout de suite : ce n'est pas une question de mot de passe, je suis bien connectée à l'Espace Acheteur avec mon compte de gestionnaire.

Le problème, c'est que le bouton "Valider la commande" reste grisé sur mon panier du 13 juin (fournitures de rentrée). Les autres paniers passent sans souci. J'ai essayé avec deux navigateurs.

Lycée Faustin Fléret, Morne-à-l'Eau – 9710538H.

Merci,
Ketty Bordelais
""", (16, 9, 18, "-0400"), client="thunderbird"))

# ----------------------------- account_creation ----------------------------

add("AC01", "account_creation", True, None, None, "espace_acheteur", False, "fr",
    "A new buyer of a commune asks how to create an account to join the groupement: the sign-up form answer fits.",
    mail("Laetitia Roussel <l.roussel@mairie-bouloc.example.fr>",
         "Création de compte",
         """Bonjour,

Je viens d'être recrutée au secrétariat de mairie de Bouloc et je suis chargée de la commande des fournitures pour les deux écoles de la commune. On m'a dit de passer par votre Espace Acheteur pour profiter du groupement de commandes.

Comment dois-je procéder pour créer mon compte ?

Merci beaucoup,
Laetitia Roussel
""", (3, 10, 10), client="outlook"))

add("AC02", "account_creation", True, "0400904R", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
    "Filled the sign-up form, cannot log in: account waiting for the structure administrator's validation (FAQ case).",
    mail("Julien Darmaillacq <julien.darmaillacq@ac-bordeaux.fr>",
         "Compte en attente ?",
         """Bonjour,

J'ai rempli le formulaire d'inscription à l'Espace Acheteur jeudi dernier.
Quand j'essaie de me connecter, j'ai le message « Votre compte est en
attente de validation ». Est-ce que je dois faire quelque chose ?

Lycée Borda, Dax – 0400904R

Julien Darmaillacq
Professeur de STI2D, référent équipement
""", (10, 17, 40), client="thunderbird"))

add("AC03", "account_creation", False, "0651572F", "occitanie", "espace_acheteur", False, "fr",
    "Asks who the structure's administrator is, to get his account validated: needs a look-up, so a person answers.",
    mail("Lionel Abadie <lionel.abadie@ac-toulouse.fr>",
         "Qui est l'administrateur de notre structure ?",
         """Bonjour,

On me dit que mon compte doit être validé par « l'administrateur de la structure ». Personne au lycée ne sait qui c'est : l'ancienne gestionnaire est partie et la nouvelle n'a pas de compte.

Pouvez-vous me dire qui est enregistré comme administrateur pour le lycée Théophile Gautier de Tarbes (0651572F) ?

Merci,
Lionel Abadie
""", (13, 11, 52), client="zimbra"))

add("AC04", "account_creation", True, "0480897P", "occitanie", "espace_acheteur", True, "fr",
    "Negation: 'je n'ai pas perdu mon mot de passe, je n'ai jamais eu de compte' — account_creation, not password_reset.",
    mail("Sophie Chabalier <sophie.chabalier@ac-montpellier.fr>",
         "Je n'ai jamais eu de compte",
         """Bonjour,

Votre assistance téléphonique m'a orientée vers la procédure de mot de passe oublié, mais je n'ai pas perdu mon mot de passe : je n'ai jamais eu de compte sur l'Espace Acheteur ! Je viens d'arriver comme secrétaire d'intendance au lycée Chaptal de Mende (0480897P).

Comment puis-je en créer un ?

Sophie Chabalier
""", (17, 14, 9), client="zimbra"))

add("AC05", "account_creation", True, "0640483C", "nouvelle-aquitaine", "espace_acheteur", False, "en",
    "English: a new assistant in an established lycée asks how to open a buyer account; the sign-up form answer fits.",
    mail("Siobhan Murphy <siobhan.murphy@ac-bordeaux.fr>",
         "How do I get an account on the buyer platform?",
         """Good morning,

I've just joined Lycée André Malraux in Biarritz (school code 0640483C) as a purchasing assistant on a one-year contract. My manager would like me to prepare the orders for the start of the next school year on your buyer platform, but I don't have an account yet.

Could you explain how to sign up? Is there a form, or does someone at the school need to request it for me?

Kind regards,
Siobhan Murphy
""", (12, 9, 25), client="outlook", lang="en"))

add("AC06", "account_creation", False, "9740951R", "la-reunion", "espace_acheteur", False, "fr",
    "The account works; asks for order-management rights to be opened: a person must grant them.",
    mail("Yannis Payet <yannis.payet@ac-reunion.fr>",
         "Droits de gestion des commandes",
         """Bonjour,

Mon compte sur l'Espace Acheteur fonctionne, mais je n'ai que la consultation : je ne peux ni créer de panier ni valider de commande. Je suis le nouvel adjoint gestionnaire du lycée Pierre Poivre à Saint-Joseph (9740951R) depuis le 2 juin.

Pouvez-vous m'ouvrir les droits de gestion des commandes ?

Yannis Payet
""", (11, 14, 15, "+0400"), client="outlook"))

add("AC07", "account_creation", False, "9761106Y", "mayotte", "espace_acheteur", False, "fr",
    "A lycée opening in September: its UAI is not in the list when creating the account; the FAQ sends these to the sales team.",
    mail("Moussa Ali <moussa.ali@ac-mayotte.fr>",
         "UAI introuvable à l'inscription",
         """Bonjour,

Je prépare l'ouverture du nouveau lycée de Longoni, qui accueillera ses premiers élèves en septembre. Lors de l'inscription sur l'Espace Acheteur, notre code UAI, 9761106Y, n'apparaît pas dans la liste des établissements et je ne peux pas aller plus loin.

Nous devons commander le mobilier et les équipements avant fin juillet. Comment faire ?

Moussa Ali
Gestionnaire préfigurateur
""", (4, 10, 30, "+0300"), client="thunderbird"))

add("AC08", "account_creation", False, "9720213Z", "martinique", "espace_acheteur", False, "fr",
    "Account waiting for validation for three weeks; the administrator is on long sick leave: the region must step in.",
    mail("Ludovic Marie-Sainte <ludovic.marie-sainte@ac-martinique.fr>",
         "Compte en attente depuis 3 semaines",
         """Bonjour,

Mon compte sur l'Espace Acheteur est « en attente de validation » depuis le 26 mai. L'administratrice de la structure, Mme Jean-Louis, est en congé de longue maladie et ne reviendra pas avant la rentrée : personne ne peut valider.

Lycée Acajou 2, Le Lamentin – 9720213Z.

Y a-t-il une autre solution ? Les commandes de rentrée doivent partir avant le 30 juin.

Ludovic Marie-Sainte
""", (17, 8, 12, "-0400"), client="outlook"))

add("AC09", "account_creation", True, None, "nouvelle-aquitaine", "espace_acheteur", True, "fr",
    "Asks how to create an account, giving UAI 0640323X: wrong check letter (the digits give 0640323D), so no UAI; region from the ac-bordeaux.fr sender. The sign-up form answer still fits.",
    mail("Amaia Irigoyen <amaia.irigoyen@ac-bordeaux.fr>",
         "Ouverture d'un compte Espace Acheteur",
         """Bonjour,

Je souhaiterais créer un compte sur l'Espace Acheteur pour le lycée
Saint-Cricq de Pau (UAI 0640323X), dont je suis la nouvelle secrétaire
générale.

Pouvez-vous m'indiquer la démarche ?

Cordialement,
Amaia Irigoyen
""", (24, 15, 30), client="thunderbird"))


# -------------------------- subscription_activation ------------------------

add("S01", "subscription_activation", True, "0241582P", "nouvelle-aquitaine", "esidoc", False, "fr",
    "Subscription ordered yesterday, not yet visible in the portal: within the 72-hour window.",
    mail("Émilie Brachet <emilie.brachet@ac-bordeaux.fr>",
         "Abonnement Universalis non visible",
         """Bonjour,

Nous avons commandé hier matin l'abonnement Universalis pour le CDI du
lycée Pré de Cordy à Sarlat (0241582P). La commande apparaît bien comme
validée, mais la ressource n'est pas visible dans le portail e-sidoc.

Faut-il faire quelque chose de notre côté ?

Merci,
Émilie Brachet
Documentaliste
""", (4, 9, 20), client="thunderbird"))

add("S02", "subscription_activation", False, "0821698A", "occitanie", "esidoc", False, "fr",
    "Ordered twelve days ago and still not active: past the 72-hour rule, a person must look at the order.",
    mail("Sabine Lacoste <sabine.lacoste@ac-toulouse.fr>",
         "Abonnement commandé le 2 juin toujours inactif",
         """Bonjour,

Notre abonnement Europresse a été commandé et validé le 2 juin (commande n° CMD-2025-060214). Douze jours plus tard, il n'est toujours pas actif : les élèves tombent sur une page « accès non autorisé ».

Vos conditions parlent d'une activation sous 72 heures, nous sommes largement au-delà. Les élèves de terminale en ont besoin pour réviser le grand oral.

Sabine Lacoste
CDI – Lycée Antoine Bourdelle, Montauban
0821698A
""", (14, 10, 4), client="zimbra"))

add("S03", "subscription_activation", True, "0341477W", "occitanie", "esidoc", True, "fr",
    "Written by the proviseur, but he only asks when the newly ordered subscription will be available: not a head-of-establishment request.",
    mail("Laurent Vigouroux <laurent.vigouroux@ac-montpellier.fr>",
         "Disponibilité de l'abonnement commandé",
         """Bonjour,

Proviseur du lycée Georges Pompidou de Castelnau-le-Lez (0341477W), je me permets de vous demander à quelle date l'abonnement presse commandé avant-hier par notre documentaliste sera accessible aux élèves.

Nous souhaiterions pouvoir le présenter aux familles lors de la réunion de rentrée des secondes, le 27 juin.

Cordialement,

Laurent Vigouroux
Proviseur
""", (12, 8, 15), client="outlook"))

add("S04", "subscription_activation", True, "9741373Z", "la-reunion", "esidoc", False, "fr",
    "The subscription is active but the resource is not yet published for pupils on the portal: how to publish it (activation and publication step).",
    mail("Sandrine Grondin <sandrine.grondin@ac-reunion.fr>",
         "Comment publier la nouvelle ressource ?",
         """Bonjour,

Notre abonnement Cafeyn est bien actif (je le vois dans « Mes abonnements »), mais il n'apparaît pas dans le portail côté élèves. Je crois qu'il faut le publier quelque part mais je ne trouve pas où.

Lycée Mahatma Gandhi, Saint-André – 9741373Z

Merci pour votre aide,
Sandrine Grondin
""", (10, 13, 42, "+0400"), client="zimbra"))

add("S05", "subscription_activation", True, "9711656Y", "guadeloupe", "esidoc", True, "fr",
    "Negation: 'je n'ai pas oublié mon mot de passe', the login works; the resource ordered two days ago does not show yet.",
    mail("Evelyne Cornélie <evelyne.cornelie@ac-guadeloupe.fr>",
         "Ressource commandée non disponible",
         """Bonjour,

Je n'ai pas oublié mon mot de passe (on me l'a demandé deux fois au téléphone) : je me connecte sans problème au back office e-sidoc. C'est la ressource « Le Monde des ados » commandée lundi qui n'apparaît pas dans la liste des ressources.

Lycée Jardin d'Essai, Les Abymes – 9711656Y

Evelyne Cornélie
Documentaliste
""", (11, 10, 0, "-0400"), client="outlook"))

add("S06", "subscription_activation", True, "9721704V", "martinique", "esidoc", True, "fr",
    "Outlook reply quoting the order confirmation (with order and amount words): the subscription is still not active 30 hours later, within the 72-hour window.",
    mail("Josette Lordinot <josette.lordinot@ac-martinique.fr>",
         "RE: Confirmation de votre commande CMD-2025-061088",
         """Bonjour,

Nous avons bien reçu cette confirmation hier. Trente heures plus tard, l'abonnement n'apparaît toujours pas dans notre portail. Est-ce normal ?

Josette Lordinot
Lycée Montgérald, Le Marin – 9721704V

De : Boutique en ligne <no-reply@boutique.example.fr>
Envoyé : mercredi 18 juin 2025 09:12
À : Lordinot Josette <josette.lordinot@ac-martinique.fr>
Objet : Confirmation de votre commande CMD-2025-061088

Bonjour,

Nous vous confirmons la prise en compte de votre commande :
- Abonnement Europresse – 1 an – 412,00 € TTC
Mode de paiement : mandat administratif.

Votre ressource sera activée sous 72 heures.
""", (19, 9, 45, "-0400"), client="outlook",
         irt="<cmd-2025-061088.a7e2@boutique.example.fr>"))

add("S07", "subscription_activation", True, "9731162A", "guyane", "esidoc", False, "fr",
    "Outlook for Android (base64 body): subscription ordered last night not active yet.",
    mail("Thierry Chow-Chine <thierry.chow-chine@ac-guyane.fr>",
         "Abonnement pas actif",
         """Bonjour, l'abonnement Europresse commandé hier soir n'est pas encore actif sur notre portail (lycée Elie Castor, Kourou 9731162A). C'est normal ?
Cordialement
T. Chow-Chine

Envoyé à partir de Outlook pour Android
""", (24, 7, 2, "-0300"), client="android"))

add("S08", "subscription_activation", True, "9761730B", "mayotte", "esidoc", False, "fr",
    "Subscription renewed this morning, still shown as expired in 'Mes abonnements'.",
    mail("Fatima Combo <fatima.combo@ac-mayotte.fr>",
         "Abonnement renouvelé mais toujours expiré",
         """Bonjour,

J'ai renouvelé ce matin notre abonnement Universalis, mais dans « Mes abonnements » il est toujours indiqué « expiré au 31/05/2025 ». Les élèves n'y ont plus accès.

Lycée de Kahani – 9761730B

Merci,
Fatima Combo
""", (25, 11, 11, "+0300"), client="zimbra"))

add("S09", "subscription_activation", True, "0461189T", "occitanie", "espace_acheteur", False, "fr",
    "A service subscribed on the Espace Acheteur two days ago (market-monitoring module) is not visible yet: within the 72-hour window.",
    mail("Benoît Lafarge <benoit.lafarge@ac-toulouse.fr>",
         "Module de veille des marchés non visible",
         """Bonjour,

Nous avons souscrit mardi au module « Veille des marchés » de l'Espace Acheteur pour le lycée Clément Marot de Cahors (0461189T). La souscription est confirmée mais le module n'apparaît pas dans mon menu.

Faut-il attendre ?

Benoît Lafarge
Secrétaire général
""", (12, 15, 28), client="thunderbird"))

# ------------------------------ transfer_incident --------------------------

add("T01", "transfer_incident", False, "0331391H", "nouvelle-aquitaine", "ecoledirecte", False, "fr",
    "Transfers to EcoleDirecte have failed since Monday; families no longer see the grades right before the class councils.",
    mail("Xavier Duprat <xavier.duprat@ac-bordeaux.fr>",
         "Transferts EcoleDirecte bloqués depuis lundi",
         """Bonjour,

Depuis lundi, les transferts vers EcoleDirecte ne passent plus : le
dernier transfert réussi date du vendredi 6 juin. Les familles ne voient
plus les notes du dernier trimestre, alors que les conseils de classe
commencent demain.

L'outil de transfert affiche « Échec de l'envoi » sans plus de détail.

Lycée Sud-Médoc, Le Taillan-Médoc – 0331391H

Xavier Duprat
Proviseur adjoint
""", (11, 16, 40), client="thunderbird"))

add("T02", "transfer_incident", False, "0311304Z", "occitanie", "ecoledirecte", False, "fr",
    "After the server migration the licence must be regenerated; transfers stopped.",
    mail("Rémi Castéra <remi.castera@ac-toulouse.fr>",
         "Licence à régénérer suite migration serveur",
         """Bonjour,

Nous avons migré ce week-end notre serveur administratif vers une nouvelle machine. Depuis, le logiciel indique « Licence invalide pour ce poste » et les transferts vers EcoleDirecte ne partent plus.

Pouvez-vous régénérer la licence pour le nouveau serveur ?

Lycée Bellevue, Toulouse – 0311304Z

Rémi Castéra
Référent numérique
""", (16, 8, 55), client="outlook"))

add("T03", "transfer_incident", False, "0300595J", "occitanie", "ecoledirecte", True, "fr",
    "Asks for 'le mot de passe de maintenance du jour' to repair the base before the transfers: transfer_incident per the taxonomy, not password_reset.",
    mail("Valérie Mourgues <valerie.mourgues@ac-montpellier.fr>",
         "Mot de passe de maintenance du jour",
         """Bonjour,

L'utilitaire de réparation de la base me demande le mot de passe de maintenance du jour avant de lancer la réindexation. Sans ça, les transferts vers EcoleDirecte restent bloqués depuis hier soir.

Pouvez-vous me le communiquer ? Lycée Philippe Lamour, Nîmes – 0300595J.

Merci,
Valérie Mourgues
Secrétariat de scolarité
""", (20, 8, 10), client="zimbra"))

add("T04", "transfer_incident", False, "9741045T", "la-reunion", "ecoledirecte", False, "fr",
    "HTML-only Outlook: several Outils.exe processes stuck in the task manager; transfers hang.",
    mail("Gérald Boyer <gerald.boyer@ac-reunion.fr>",
         "Transferts figés",
         "", (13, 14, 3, "+0400"), client="outlook_html",
         html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="FR"><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Bonjour,</p>
<p>Depuis ce matin les transferts vers EcoleDirecte restent bloqués sur &laquo;&nbsp;Transfert en cours&hellip;&nbsp;&raquo;. Dans le gestionnaire des t&acirc;ches du serveur je vois <b>quatre processus Outils.exe</b> lanc&eacute;s en m&ecirc;me temps, que je ne peux pas arr&ecirc;ter.</p>
<p>Faut-il red&eacute;marrer le serveur&nbsp;? Je pr&eacute;f&egrave;re vous demander avant, nous sommes en pleine saisie des notes du troisi&egrave;me trimestre.</p>
<p>Lyc&eacute;e Antoine Roussin, Saint-Louis &#8211; 9741045T</p>
<p>G&eacute;rald Boyer<br>Assistant informatique</p>
</div></body></html>
"""))

add("T05", "transfer_incident", False, "9710537G", "guadeloupe", "ecoledirecte", False, "fr",
    "The Région's IT installed a new firewall/proxy; the transfer diagnostic fails on the connection test.",
    mail("Régis Ramassamy <regis.ramassamy@ac-guadeloupe.fr>",
         "Transferts impossibles depuis le changement de pare-feu",
         """Bonjour,

Le service informatique de la Région a remplacé le pare-feu du lycée vendredi. Depuis, plus aucun transfert vers EcoleDirecte : le diagnostic intégré échoue à l'étape « test de connexion au serveur distant ».

Quels ports et quelles adresses faut-il ouvrir, et faut-il déclarer le proxy dans les paramètres de transfert ?

Lycée Charles Coeffin, Baie-Mahault – 9710537G

Régis Ramassamy
""", (9, 7, 45, "-0400"), client="thunderbird"))

add("T06", "transfer_incident", False, "9721944F", "martinique", "ecoledirecte", False, "fr",
    "Reply in a thread: the transfers still fail after the suggested fix (reinstalling the transfer tool).",
    mail("Annie Clémenté <annie.clemente@ac-martinique.fr>",
         "RE: [#SUP-007476] Transferts EcoleDirecte",
         """Bonjour,

J'ai réinstallé l'outil de transfert comme vous me l'avez conseillé, redémarré le poste, relancé le transfert manuel : même message d'erreur (« code 12 – base verrouillée »).

Lycée du Nord Caraïbe, Bellefontaine – 9721944F

Annie Clémenté

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 12 juin 2025 15:40
À : Annie Clémenté <annie.clemente@ac-martinique.fr>
Objet : [#SUP-007476] Transferts EcoleDirecte

Bonjour,

Merci de désinstaller puis réinstaller l'outil de transfert, de redémarrer le poste et de relancer un transfert manuel. Tenez-nous informés du résultat.

Cordialement,
L'équipe d'assistance
""", (13, 8, 20, "-0400"), client="outlook",
         irt="<SUP-007476.1749735600.3b9a12@assistance.example.fr>"))

add("T07", "transfer_incident", False, "9731272V", "guyane", "ecoledirecte", False, "fr",
    "The new antivirus quarantines the transfer tool, so transfers no longer run.",
    mail("Wilfried Béraud <wilfried.beraud@ac-guyane.fr>",
         "Antivirus et outil de transfert",
         """Bonjour,

Le nouvel antivirus déployé par le rectorat met en quarantaine l'exécutable de l'outil de transfert à chaque démarrage. Résultat : plus de transfert vers EcoleDirecte depuis trois jours.

Pouvez-vous nous indiquer les fichiers et dossiers à exclure de l'analyse ?

Lycée Lama-Prévot, Rémire-Montjoly – 9731272V

W. Béraud
""", (17, 11, 0, "-0300"), client="outlook"))

add("T08", "transfer_incident", False, "9761980Y", "mayotte", "ecoledirecte", False, "en",
    "English: an IT contractor reports that synchronisation with EcoleDirecte fails with a timeout since a network change.",
    mail("Daniel Okafor <daniel.okafor@ac-mayotte.fr>",
         "Synchronisation with EcoleDirecte failing (timeout)",
         """Hello,

I'm the IT contractor for Lycée de Mamoudzou Nord (9761980Y). Since we moved the admin server to a new VLAN on Monday, every synchronisation with EcoleDirecte fails after about 60 seconds with "timeout while contacting server".

Outbound HTTPS works fine from that machine in a browser. Is there a specific host or port the transfer tool needs, or a setting for a proxy?

Thanks,
Daniel Okafor
""", (18, 13, 20, "+0300"), client="thunderbird", lang="en"))

add("T09", "transfer_incident", False, "0641123Y", "nouvelle-aquitaine", "ecoledirecte", True, "fr",
    "Two topics: the transfers fail (main) and a request for the invoice of the licence renewal (order_billing).",
    mail("Isabelle Harriet <isabelle.harriet@ac-bordeaux.fr>",
         "Transferts en échec + facture licence",
         """Bonjour,

Depuis mercredi, les transferts vers EcoleDirecte échouent tous avec le message « Le serveur distant a refusé la connexion ». Les notes de fin d'année ne remontent plus.

Par ailleurs, notre agence comptable me réclame la facture du renouvellement de la licence 2025-2026, que nous n'avons pas reçue.

Lycée Louis Barthou, Pau – 0641123Y

Cordialement,
Isabelle Harriet
Secrétaire de direction
""", (20, 10, 22), client="outlook"))

# ----------------------------- contract_documents --------------------------

add("C01", "contract_documents", False, None, None, "espace_acheteur", False, "fr",
    "A communauté de communes' buyer cannot see amendment no. 3 of the school-transport market in 'Mes Marchés'. Non-academic sender.",
    mail("Nicolas Tauzin <n.tauzin@cdc-coeur-landes.example.fr>",
         "Avenant n° 3 introuvable dans Mes Marchés",
         """Bonjour,

L'avenant n° 3 au marché 2023-017 (transport scolaire vers les lycées) a été notifié le 2 juin, mais il n'apparaît pas dans les documents du marché sur l'Espace Acheteur : je ne vois que le marché initial et les avenants 1 et 2.

Notre trésorerie en a besoin pour payer la révision de prix. Pouvez-vous le rendre visible ?

Nicolas Tauzin
Service commande publique
Communauté de communes Cœur de Landes
""", (10, 14, 58), client="outlook"))

add("C02", "contract_documents", False, None, None, "espace_acheteur", False, "en",
    "English: the procurement officer of a groupement cannot see the member conventions in the contract documents since the migration.",
    mail("Rachel Boyd <rachel.boyd@gip-achats-sudouest.example.fr>",
         "Member conventions no longer visible",
         """Hello,

Since the platform update, I can no longer see the signed member conventions of our purchasing consortium under the contract documents. The list shows the market files (notice, regulations, CCAP) but the "Conventions" folder is empty.

I need these documents for the annual report to our board on 26 June. Could you check whether they were migrated?

Kind regards,
Rachel Boyd
Procurement Officer, GIP Achats Sud-Ouest
""", (13, 16, 30), client="outlook", lang="en"))

add("C03", "contract_documents", False, "0321069N", "occitanie", "espace_acheteur", False, "fr",
    "The membership convention of the groupement de commandes is missing from the market documents.",
    mail("Odile Barrère <odile.barrere@ac-toulouse.fr>",
         "Convention d'adhésion manquante",
         """Bonjour,

Je ne retrouve pas la convention d'adhésion du lycée au groupement de commandes « produits d'entretien » dans les documents du marché. Le conseil d'administration l'a pourtant votée en mars et nous l'avons signée.

Pourriez-vous la mettre à disposition ? Notre agent comptable la demande pour le compte financier.

Lycée Maréchal Lannes, Lectoure – 0321069N

Odile Barrère
""", (6, 10, 37), client="zimbra"))

add("C04", "contract_documents", False, "0111630M", "occitanie", "espace_acheteur", False, "fr",
    "Follow-up reply (Thunderbird quote): the CCTP is still missing after the region's answer.",
    mail("Pierre Sicre <pierre.sicre@ac-montpellier.fr>",
         "Re: [#SUP-007438] CCTP du marché restauration",
         """Bonjour,

Je reviens vers vous : malgré votre réponse, le CCTP n'apparaît toujours
pas dans les pièces du marché, ni pour moi ni pour ma collègue. Nous
avons vidé le cache et essayé depuis deux postes.

Pierre Sicre
Lycée Docteur Lacroix, Narbonne (0111630M)

Le 04/06/2025 à 14:02, Assistance a écrit :
> Bonjour,
>
> Le CCTP du marché a été ajouté aux pièces du marché. Il devrait être
> visible dans « Mes Marchés ».
>
> Cordialement,
> L'équipe d'assistance
""", (9, 11, 4), client="thunderbird",
         irt="<SUP-007438.1749038520.b5c6d7@assistance.example.fr>"))

add("C05", "contract_documents", False, "9740024H", "la-reunion", "espace_acheteur", False, "fr",
    "The administrative certificate (attestation) of a market is missing from the documents; ISO-8859-1 8-bit body.",
    mail("Jocelyne Hoarau <jocelyne.hoarau@ac-reunion.fr>",
         "Attestation manquante - marché fournitures",
         """Bonjour,

Dans les documents du marché « fournitures de bureau 2025 », il manque
l'attestation de notification que nous devons joindre au dossier de
mandatement. Les autres pièces sont bien présentes.

Lycée Saint-Paul IV - 9740024H

Merci d'avance,
Jocelyne Hoarau
""", (11, 12, 5, "+0400"), client="oe", charset="iso-8859-1"))

add("C06", "contract_documents", False, "9710687V", "guadeloupe", "espace_acheteur", True, "fr",
    "Could see the conventions on the old platform, not on the new one: contract_documents, although the usual fix is access rights from the structure administrator (close to account_creation).",
    mail("Gilberte Lacroix <gilberte.lacroix@ac-guadeloupe.fr>",
         "Conventions visibles sur l'ancienne plateforme mais pas sur la nouvelle",
         """Bonjour,

Sur l'ancienne plateforme, je voyais sans problème les conventions et avenants de nos marchés. Depuis le passage au nouvel Espace Acheteur, la rubrique est vide pour moi, alors que ma collègue de l'intendance les voit.

Lycée Nord Basse-Terre, Sainte-Rose – 9710687V

Merci de regarder,
Gilberte Lacroix
""", (18, 9, 50, "-0400"), client="thunderbird"))

add("C07", "contract_documents", False, None, "occitanie", "espace_acheteur", False, "fr",
    "Short message from Outlook for Android (base64 body): cannot find the CCTP of the school-supplies market. No UAI; region from the ac-montpellier.fr sender.",
    mail("Hélène Rouquette <helene.rouquette@ac-montpellier.fr>",
         "CCTP marché fournitures 2025-041",
         """Bonjour, je ne trouve pas le CCTP du marché fournitures 2025-041 dans Mes Marchés, seulement le CCAP. Pouvez-vous vérifier ?
Merci
H. Rouquette

Envoyé à partir de Outlook pour Android
""", (24, 18, 12), client="android"))

add("C08", "contract_documents", False, None, "martinique", "espace_acheteur", True, "fr",
    "UAI typed 9720255Y: wrong check letter (the digits give 9720255V), so no UAI; region from the ac-martinique.fr sender. The signed market documents are not downloadable.",
    mail("Patrick Jean-Marie <patrick.jean-marie@ac-martinique.fr>",
         "Pièces du marché non téléchargeables",
         """Bonjour,

Je n'arrive pas à télécharger l'acte d'engagement ni le CCAP signés du marché de maintenance des ascenseurs : le lien renvoie « document introuvable ».

Etablissement : lycée Paulette Nardal, Ducos – 9720255Y.

Le dossier doit partir au contrôle de légalité avant le 30 juin.

Patrick Jean-Marie
Secrétaire général
""", (23, 13, 26, "-0400"), client="outlook"))



# ==========================================================================
# Checks and output
# ==========================================================================

UAI_LIKE = re.compile(r"(?<![0-9A-Za-z])(\d{7})[ .]?([A-Za-z])(?![0-9A-Za-z])")
UAI_SPACED = re.compile(r"(?<![0-9A-Za-z])(\d{3}) ?(\d{2}) ?(\d{2}) ?([A-Za-z])(?![0-9A-Za-z])")


def decoded_text(msg_bytes):
    """Headers and every text part, decoded, as one string (for the checks)."""
    msg = email.message_from_bytes(msg_bytes, policy=email.policy.default)
    chunks = []
    for k, v in msg.items():
        chunks.append("%s: %s" % (k, v))
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            try:
                chunks.append(p.get_content())
            except (LookupError, UnicodeError):
                chunks.append(p.get_payload(decode=True).decode("latin-1"))
        elif p.get_content_type() in ("message/rfc822-headers", "text/rfc822-headers", "message/delivery-status",
                                      "message/disposition-notification"):
            pl = p.get_payload()
            if isinstance(pl, list):
                for sub in pl:
                    chunks.append(str(sub))
            else:
                chunks.append(str(pl))
    return msg, "\n".join(chunks)


def uai_candidates(text):
    found = set()
    for m in UAI_LIKE.finditer(text):
        found.add(m.group(1) + m.group(2).upper())
    for m in UAI_SPACED.finditer(text):
        found.add(m.group(1) + m.group(2) + m.group(3) + m.group(4).upper())
    return found


def sender_domain(msg):
    frm = msg.get("From", "")
    m = re.search(r"<([^>]+)>", str(frm))
    address = m.group(1) if m else str(frm).strip()
    return address.rsplit("@", 1)[-1].lower().strip() if "@" in address else ""


def check(entry, msg_bytes):
    key = entry["key"]
    cat = entry["category"]
    assert cat in CATEGORIES, key
    assert entry["platform"] in PLATFORMS, key
    assert entry["lang"] in ("fr", "en"), key
    assert isinstance(entry["hard"], bool) and isinstance(entry["auto_reply_ok"], bool), key
    assert entry["notes"] and entry["notes"].strip() == entry["notes"], key
    if entry["auto_reply_ok"]:
        assert CATEGORIES[cat].startswith("auto_reply"), (key, "auto_reply_ok on a non auto-reply category")
    msg, text = decoded_text(msg_bytes)
    assert not msg.defects, (key, msg.defects)
    for p in msg.walk():
        assert not p.defects, (key, p.defects)
    assert msg["From"] and msg["Date"] and msg["Message-ID"], key
    uai = entry["uai"]
    cands = uai_candidates(text)
    if uai is not None:
        assert uai_is_valid(uai), (key, uai, "check letter")
        assert uai in cands, (key, uai, "labelled UAI not found in the message")
    for c in cands:
        if c == uai:
            continue
        # every other UAI-like code (wrong check letter, or a second valid UAI) is explained in the notes
        assert c in entry["notes"], (key, c, "UAI-like code not mentioned in the notes")
        if not uai_is_valid(c):
            assert uai != c
    dom = sender_domain(msg)
    if uai is not None:
        expected = DEPT_TO_REGION[uai[:3]]
    else:
        expected = DOMAIN_TO_REGION.get(dom)
    assert entry["region"] == expected, (key, entry["region"], expected)
    return msg


def main():
    keys = [m["key"] for m in MAILS]
    assert len(keys) == len(set(keys)) == 150, (len(keys), len(set(keys)))
    order = list(range(len(MAILS)))
    random.Random(3434).shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        entry = MAILS[idx]
        name = "h%03d.eml" % n
        check(entry, entry["raw"])
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(entry["raw"])
        labels.append(collections.OrderedDict([
            ("file", name), ("category", entry["category"]), ("auto_reply_ok", entry["auto_reply_ok"]),
            ("uai", entry["uai"]), ("region", entry["region"]), ("platform", entry["platform"]),
            ("hard", entry["hard"]), ("lang", entry["lang"]), ("notes", entry["notes"])]))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    # the written files read back identically
    for lab in labels:
        with open(os.path.join(HERE, lab["file"]), "rb") as fh:
            data = fh.read()
        src = next(m for m in MAILS if m["raw"] == data)
        assert src["category"] == lab["category"] and src["uai"] == lab["uai"]
    counts = collections.Counter(l["category"] for l in labels)
    for cat in CATEGORIES:
        assert counts[cat] > 0, cat
        print("%-32s %3d" % (cat, counts[cat]))
    print("auto_reply_ok true: %d" % sum(l["auto_reply_ok"] for l in labels))
    print("hard: %d   english: %d" % (sum(l["hard"] for l in labels), sum(l["lang"] == "en" for l in labels)))


if __name__ == "__main__":
    main()
