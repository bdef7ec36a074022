#!/usr/bin/env python3
"""Write the holdout22 blind test corpus: h001.eml ... h150.eml and labels.jsonl.

Stdlib only, deterministic (fixed random seeds).  Run it from anywhere:

    python3 tests/corpus/holdout22/make_holdout22.py

Theme of this set: late summer and the first week of September 2025 (the
rentrée): newly appointed heads and deputies who inherit accounts nobody
handed over, teachers transferred between académies, IT contacts of town
halls and intercommunal bodies who look after several schools, long formal
letters next to one-line mails, indirect descriptions and wrong guesses,
French/English mixing, Outlook and Thunderbird replies with quoted history.

Every mail below is written by hand.  The builders only add the transport
headers (Received, Authentication-Results, Message-ID...) and the MIME
encoding of the mail client the sender uses.

UAIs are written in the mail text as tokens so that their check letter is
always computed from the spec (taxonomy.md):
    <<0442156>>    -> the UAI with its correct check letter
    <<l:0442156>>  -> same, in lower case
    <<w:0442156>>  -> the same digits with a WRONG check letter (a typo)
A label's "uai" is given as its 7 digits; "region" is derived exactly as the
spec says (UAI département, else the ac-*.fr sender domain, else null) and
checked against the files when they are written.
"""

import base64
import datetime as _dt
import email
import email.policy
import email.utils
import html as _html
import json
import os
import quopri
import random
import re
import sys
import uuid
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(22022)          # transport details (ids, IPs, queue ids)
ORDER_SEED = 2209                   # order in which mails become h001..h150

SUPPORT = "support@assistance.example.fr"
SUPPORT_FULL = "Assistance <support@assistance.example.fr>"

# ---------------------------------------------------------------------------
# UAI and regions, from shared/spec/taxonomy.md and shared/spec/regions.md

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def check_letter(d7):
    return LETTERS[int(d7) % 23]


def uai(d7):
    return d7 + check_letter(d7)


def wrong_uai(d7):
    i = LETTERS.index(check_letter(d7))
    return d7 + LETTERS[(i + 5) % 23]


_TOK = re.compile(r"<<(?:(l|w):)?(\d{7})>>")


def fill(s):
    if s is None:
        return None

    def rep(m):
        kind, d7 = m.group(1), m.group(2)
        if kind == "w":
            return wrong_uai(d7)
        u = uai(d7)
        return u.lower() if kind == "l" else u

    return _TOK.sub(rep, s)


_REGION_TABLE = [
    ("auvergne-rhone-alpes", "01 03 07 15 26 38 42 43 63 69 73 74",
     "ac-clermont.fr ac-grenoble.fr ac-lyon.fr"),
    ("bourgogne-franche-comte", "21 25 39 58 70 71 89 90",
     "ac-besancon.fr ac-dijon.fr"),
    ("bretagne", "22 29 35 56", "ac-rennes.fr"),
    ("centre-val-de-loire", "18 28 36 37 41 45", "ac-orleans-tours.fr"),
    ("corse", "620 720", "ac-corse.fr"),
    ("grand-est", "08 10 51 52 54 55 57 67 68 88",
     "ac-nancy-metz.fr ac-reims.fr ac-strasbourg.fr"),
    ("hauts-de-france", "02 59 60 62 80", "ac-amiens.fr ac-lille.fr"),
    ("ile-de-france", "75 77 78 91 92 93 94 95",
     "ac-creteil.fr ac-paris.fr ac-versailles.fr"),
    ("normandie", "14 27 50 61 76", "ac-normandie.fr ac-caen.fr ac-rouen.fr"),
    ("nouvelle-aquitaine", "16 17 19 23 24 33 40 47 64 79 86 87",
     "ac-bordeaux.fr ac-limoges.fr ac-poitiers.fr"),
    ("occitanie", "09 11 12 30 31 32 34 46 48 65 66 81 82",
     "ac-montpellier.fr ac-toulouse.fr"),
    ("pays-de-la-loire", "44 49 53 72 85", "ac-nantes.fr"),
    ("provence-alpes-cote-d-azur", "04 05 06 13 83 84",
     "ac-aix-marseille.fr ac-nice.fr"),
    ("guadeloupe", "971", "ac-guadeloupe.fr"),
    ("martinique", "972", "ac-martinique.fr"),
    ("guyane", "973", "ac-guyane.fr"),
    ("la-reunion", "974", "ac-reunion.fr"),
    ("mayotte", "976", "ac-mayotte.fr"),
]
DEPT_REGION = {}
DOMAIN_REGION = {}
for _slug, _depts, _domains in _REGION_TABLE:
    for _d in _depts.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _m in _domains.split():
        DOMAIN_REGION[_m] = _slug


def region_for(full_uai, from_addr):
    if full_uai:
        return DEPT_REGION[full_uai[:3]]
    domain = from_addr.rsplit("@", 1)[-1].lower() if from_addr else ""
    return DOMAIN_REGION.get(domain)


# ---------------------------------------------------------------------------
# small transport helpers

def _hex(n, upper=False):
    s = "".join(RNG.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def _alnum(n):
    return "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                   for _ in range(n))


def _uuid():
    return str(uuid.UUID(int=RNG.getrandbits(128), version=4))


def _ip():
    return RNG.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(RNG.randint(10, 250))


def _lan():
    return "192.168.%d.%d" % (RNG.randint(0, 9), RNG.randint(2, 250))


def parse_date(s, tz="+02:00"):
    """'2025-09-01 10:12' or '2025-09-01 10:12:37' in the sender's zone."""
    if len(s) == 16:
        s += ":%02d" % RNG.randint(0, 59)
    return _dt.datetime.fromisoformat(s.replace(" ", "T") + tz)


def fmt_date(d):
    return email.utils.format_datetime(d)


def paris(d, plus_seconds=0):
    return (d + _dt.timedelta(seconds=plus_seconds)).astimezone(
        _dt.timezone(_dt.timedelta(hours=2)))


def enc_words(s, name="Subject"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", header_name=name).encode(linesep="\n")


def enc_addr(s):
    """'Name <a@b>' (several separated by ';') -> RFC 5322 with encoded words."""
    out = []
    for one in s.split(";"):
        one = one.strip()
        name, addr = email.utils.parseaddr(one)
        if not name:
            out.append(addr)
            continue
        try:
            name.encode("ascii")
            out.append(email.utils.formataddr((name, addr)))
        except UnicodeEncodeError:
            out.append(email.utils.formataddr((name, addr), charset="utf-8"))
    return ",\n ".join(out)


def addr_of(s):
    return email.utils.parseaddr(s)[1]


def mta_for(domain, client):
    n = RNG.randint(1, 6)
    if client in ("outlook", "android") and not domain.startswith("ac-"):
        return "%s%dCU%03d.outbound.protection.outlook.com" % (
            RNG.choice(["PAUP264", "MRZP264", "PR0P264", "DU2PR04"]), RNG.randint(1, 9),
            RNG.randint(1, 120))
    if domain == "gmail.com":
        return "mail-wr1-f%d.google.com" % RNG.randint(41, 99)
    if domain in ("outlook.com", "outlook.fr", "hotmail.fr", "hotmail.com"):
        return "EUR05-DB8-obe.outbound.protection.outlook.com"
    if domain in ("orange.fr", "wanadoo.fr"):
        return "smtp-out%02d.orange.fr" % RNG.randint(1, 30)
    if domain == "laposte.net":
        return "smtp%d.laposte.net" % n
    if domain == "free.fr":
        return "smtp%d-g21.free.fr" % n
    if domain.startswith("ac-"):
        return "smtp%d.%s" % (n, domain)
    return "mail.%s" % domain


def auth_results(domain, auth, mail_from_domain=None):
    mfd = mail_from_domain or domain
    if auth == "pass":
        return ("Authentication-Results: mx1.assistance.example.fr;\n"
                "\tdkim=pass (2048-bit key) header.d=%s;\n"
                "\tspf=pass smtp.mailfrom=%s;\n"
                "\tdmarc=pass (p=none dis=none) header.from=%s" % (domain, mfd, domain))
    if auth == "fail":
        return ("Authentication-Results: mx1.assistance.example.fr;\n"
                "\tdkim=none;\n"
                "\tspf=fail smtp.mailfrom=%s;\n"
                "\tdmarc=fail (p=quarantine dis=none) header.from=%s" % (mfd, domain))
    if auth == "spfonly":
        return ("Authentication-Results: mx1.assistance.example.fr;\n"
                "\tdkim=none;\n"
                "\tspf=pass smtp.mailfrom=%s;\n"
                "\tdmarc=none" % mfd)
    return ("Authentication-Results: mx1.assistance.example.fr;\n"
            "\tdkim=none;\n"
            "\tspf=none smtp.mailfrom=%s;\n"
            "\tdmarc=none" % mfd)


def trace(addr, d, auth="pass", return_path=None, client="tb", mta=None, mail_from_domain=None,
          submission=True):
    domain = addr.rsplit("@", 1)[-1].lower()
    mta = mta or mta_for(domain, client)
    rp = addr if return_path is None else return_path
    when = paris(d, RNG.randint(2, 40))
    lines = [
        "Return-Path: <%s>" % rp,
        "Delivered-To: %s" % SUPPORT,
        "Received: from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n"
        "\tfor <%s>; %s (CEST)" % (mta, mta, _ip(), _alnum(15), SUPPORT,
                                   when.strftime("%a, %-d %b %Y %H:%M:%S %z")),
        auth_results(domain, auth, mail_from_domain),
    ]
    if submission and client in ("tb", "apple", "iphone", "roundcube", "plain"):
        sub = paris(d, 1)
        lines.append("Received: from [%s] (unknown [%s])\n\tby %s with ESMTPSA id %s\n"
                     "\tfor <%s>; %s" % (_lan(), _ip(), mta, _hex(10, True), SUPPORT,
                                         sub.strftime("%a, %d %b %Y %H:%M:%S %z")))
    return lines


# ---------------------------------------------------------------------------
# bodies

def encode_payload(text, charset, cte):
    raw = text.encode(charset)
    if cte in ("8bit", "7bit"):
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def part(text, subtype="plain", charset="utf-8", cte="8bit", ctype_extra="", extra_headers=()):
    if not text.endswith("\n"):
        text += "\n"
    head = ["Content-Type: text/%s; charset=\"%s\"%s" % (subtype, charset, ctype_extra),
            "Content-Transfer-Encoding: %s" % cte]
    head.extend(extra_headers)
    return ("\n".join(head) + "\n\n").encode("ascii") + encode_payload(text, charset, cte)


def multipart(subtype, parts, params="", preamble=""):
    boundary = "=_%s_%s" % (subtype[:3], _hex(24))
    head = 'Content-Type: multipart/%s;%s\n boundary="%s"' % (subtype, params, boundary)
    out = []
    if preamble:
        out.append(preamble.encode("ascii") + b"\n")
    for p in parts:
        out.append(b"--" + boundary.encode() + b"\n" + p + (b"" if p.endswith(b"\n") else b"\n"))
    out.append(b"--" + boundary.encode() + b"--\n")
    return head, b"".join(out)


def attachment(filename, mimetype, data):
    b = base64.encodebytes(data)
    fn = filename
    try:
        filename.encode("ascii")
        disp = 'attachment; filename="%s"' % fn
        ctn = 'name="%s"' % fn
    except UnicodeEncodeError:
        from urllib.parse import quote
        disp = "attachment;\n filename*=utf-8''%s" % quote(fn)
        ctn = "name*=utf-8''%s" % quote(fn)
    head = "Content-Type: %s; %s\nContent-Disposition: %s\nContent-Transfer-Encoding: base64\n\n" % (
        mimetype, ctn, disp)
    return head.encode("ascii") + b


def fake_pdf(title):
    return ("%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            "%% %s\ntrailer << /Root 1 0 R >>\n%%%%EOF\n" % title).encode("latin-1")


def fake_png():
    return base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def to_html(text, client="outlook"):
    """A plausible HTML alternative for a text body (quotes become blockquotes)."""
    esc = lambda s: _html.escape(s, quote=False)
    blocks, cur, quoted = [], [], False

    def flush():
        if cur:
            blocks.append((quoted, list(cur)))
            cur.clear()

    for line in text.rstrip("\n").split("\n"):
        q = line.startswith(">")
        if q != quoted:
            flush()
            quoted = q
        cur.append(line.lstrip("> ") if q else line)
    flush()
    html_parts = []
    for q, lines in blocks:
        paras, buf = [], []
        for ln in lines + [""]:
            if ln.strip() == "":
                if buf:
                    paras.append("<br>\n".join(esc(x) for x in buf))
                    buf = []
            else:
                buf.append(ln)
        if client == "gmail":
            inner = "".join("<div>%s</div><div><br></div>\n" % p for p in paras)
        else:
            inner = "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n'
                            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' % p for p in paras)
        if q:
            inner = ('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                     'padding-left:1ex">\n%s</blockquote>\n' % inner)
        html_parts.append(inner)
    body = "".join(html_parts)
    if client == "gmail":
        return '<div dir="ltr">\n%s</div>\n' % body
    if client == "zimbra":
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; '
                'font-size: 12pt; color: #000000">\n%s</div></body></html>\n' % body)
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n'
            '\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n--></style>\n'
            '</head>\n<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s</div>\n</body>\n</html>\n' % body)


# ---------------------------------------------------------------------------
# the mail of a person, as their client would send it

def person(frm, subject, body, date, client="tb", to=SUPPORT_FULL, cc=None, reply_to=None,
           irt=None, refs=None, auth="pass", charset=None, cte=None, tz="+02:00",
           attach=(), extra=(), return_path=None, html_only=False, lang="fr-FR",
           thread_topic=None, mta=None, mail_from_domain=None):
    frm, subject, body = fill(frm), fill(subject), fill(body)
    to, cc, reply_to = fill(to), fill(cc), fill(reply_to)
    addr = addr_of(frm)
    domain = addr.rsplit("@", 1)[-1].lower()
    d = parse_date(date, tz)
    if refs is None and irt is not None:
        refs = irt
    hdr = trace(addr, d, auth, return_path, client, mta, mail_from_domain)

    # ---- the body
    if client == "tb":
        charset = charset or "utf-8"
        cte = cte or "8bit"
        parts_ct = None
        body_head = 'Content-Type: text/plain; charset=%s; format=flowed\nContent-Transfer-Encoding: %s' % (
            charset.upper() if charset == "utf-8" else charset, cte)
        body_bytes = encode_payload(body if body.endswith("\n") else body + "\n", charset, cte)
    elif client in ("outlook", "outlook16", "android", "gmail", "zimbra"):
        charset = charset or ("utf-8" if client != "outlook16" else "iso-8859-1")
        cte = cte or ("base64" if client == "android" else "quoted-printable")
        h = to_html(body, "gmail" if client in ("gmail", "android") else
                    ("zimbra" if client == "zimbra" else "outlook"))
        if charset != "utf-8":
            h = h.replace("charset=utf-8", "charset=" + charset)
        if html_only:
            parts_ct = None
            body_head = 'Content-Type: text/html; charset="%s"\nContent-Transfer-Encoding: %s' % (charset, cte)
            body_bytes = encode_payload(h, charset, cte)
        else:
            body_head, body_bytes = multipart("alternative", [
                part(body, "plain", charset, cte), part(h, "html", charset, cte)])
    else:  # apple, iphone, roundcube, plain
        charset = charset or "utf-8"
        cte = cte or ("quoted-printable" if client in ("apple", "iphone") else "8bit")
        body_head = 'Content-Type: text/plain; charset=%s\nContent-Transfer-Encoding: %s' % (charset, cte)
        body_bytes = encode_payload(body if body.endswith("\n") else body + "\n", charset, cte)

    if attach:
        inner = (body_head + "\n\n").encode("ascii") + body_bytes
        atts = [attachment(*a) for a in attach]
        body_head, body_bytes = multipart("mixed", [inner] + atts)

    # ---- client headers
    date_h = fmt_date(d)
    subj_h = enc_words(subject)
    common = {
        "From": enc_addr(frm), "To": enc_addr(to), "Subject": subj_h, "Date": date_h,
    }
    H = []

    def add(k, v):
        if v:
            H.append("%s: %s" % (k, v))

    if client == "tb":
        add("Message-ID", "<%s@%s>" % (_uuid(), domain))
        add("Date", date_h)
        add("MIME-Version", "1.0")
        add("User-Agent", "Mozilla Thunderbird")
        add("Content-Language", lang.split("-")[0] if lang else None)
        add("To", common["To"])
        add("Cc", enc_addr(cc) if cc else None)
        add("References", refs)
        add("From", common["From"])
        add("Reply-To", enc_addr(reply_to) if reply_to else None)
        add("Subject", subj_h)
        add("In-Reply-To", irt)
    elif client in ("outlook", "outlook16", "android"):
        add("From", common["From"])
        add("To", common["To"])
        add("Cc", enc_addr(cc) if cc else None)
        add("Reply-To", enc_addr(reply_to) if reply_to else None)
        add("Subject", subj_h)
        add("Thread-Topic", enc_words(thread_topic or re.sub(r"^(RE|TR|Re|Fwd|FW|AW) ?: ?", "", subject),
                                      "Thread-Topic"))
        add("Thread-Index", base64.b64encode(bytes(RNG.getrandbits(8) for _ in range(22))).decode())
        add("Date", date_h)
        if client == "outlook16":
            add("Message-ID", "<%s$%s$%s@%s>" % (_hex(12), _hex(8), _hex(8), domain))
        else:
            box = RNG.choice(["PAZP264MB", "PR1P264MB", "MRZP264MB", "PA4P264MB"]) + str(RNG.randint(1000, 9999))
            add("Message-ID", "<%s%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (box, _hex(28, True), box))
        add("References", refs)
        add("In-Reply-To", irt)
        add("Accept-Language", lang + ", en-US")
        add("Content-Language", lang)
        add("X-MS-Has-Attach", "yes" if attach else " ")
        add("X-MS-TNEF-Correlator", " ")
        if client == "outlook16":
            add("X-Mailer", "Microsoft Outlook 16.0")
        add("MIME-Version", "1.0")
    elif client == "gmail":
        add("MIME-Version", "1.0")
        add("References", refs)
        add("In-Reply-To", irt)
        add("From", common["From"])
        add("Date", date_h)
        add("Message-ID", "<CA%s@mail.gmail.com>" % _alnum(44))
        add("Subject", subj_h)
        add("To", common["To"])
        add("Cc", enc_addr(cc) if cc else None)
        add("Reply-To", enc_addr(reply_to) if reply_to else None)
    elif client == "zimbra":
        add("Date", date_h)
        add("From", common["From"])
        add("To", common["To"])
        add("Cc", enc_addr(cc) if cc else None)
        add("Message-ID", "<%d.%d.%d.JavaMail.zimbra@%s>" % (
            RNG.randint(10 ** 8, 10 ** 9), RNG.randint(10 ** 5, 10 ** 6),
            RNG.randint(10 ** 12, 10 ** 13), domain))
        add("In-Reply-To", irt)
        add("References", refs)
        add("Subject", subj_h)
        add("MIME-Version", "1.0")
        add("X-Originating-IP", "[10.%d.%d.%d]" % (RNG.randint(1, 250), RNG.randint(1, 250), RNG.randint(1, 250)))
        add("X-Mailer", "Zimbra 10.0.8_GA_4629 (ZimbraWebClient - FF128 (Win)/10.0.8_GA_4629)")
        add("Thread-Topic", enc_words(thread_topic or subject, "Thread-Topic"))
    elif client in ("apple", "iphone"):
        add("From", common["From"])
        add("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))" if client == "apple" else "1.0 (1.0)")
        add("Subject", subj_h)
        add("Message-Id", "<%s@%s>" % (_uuid().upper(), domain))
        add("Date", date_h)
        add("Cc", enc_addr(cc) if cc else None)
        add("To", common["To"])
        add("In-Reply-To", irt)
        add("References", refs)
        add("X-Mailer", "Apple Mail (2.3826.400.131.1.6)" if client == "apple" else "iPhone Mail (22G86)")
    elif client == "roundcube":
        add("MIME-Version", "1.0")
        add("Date", date_h)
        add("From", common["From"])
        add("To", common["To"])
        add("Cc", enc_addr(cc) if cc else None)
        add("Subject", subj_h)
        add("In-Reply-To", irt)
        add("References", refs)
        add("Message-ID", "<%s@%s>" % (_hex(32), domain))
        add("X-Sender", addr)
        add("User-Agent", "Roundcube Webmail/1.6.9")
    else:  # plain: a script or a minimal client
        add("From", common["From"])
        add("To", common["To"])
        add("Subject", subj_h)
        add("Date", date_h)
        add("Message-ID", "<%s.%s@%s>" % (_hex(16), _hex(8), domain))
        add("MIME-Version", "1.0")
        add("In-Reply-To", irt)
        add("References", refs)
    for k, v in extra:
        H.append("%s: %s" % (k, fill(v)))
    head = "\n".join(hdr + H) + "\n" + body_head + "\n\n"
    return head.encode("ascii") + body_bytes


def raw(headers, body, date, frm, auth="pass", return_path=None, tz="+02:00", client="plain",
        mta=None, mail_from_domain=None):
    """A machine-written message: trace headers + the given header lines + body bytes/str.
    `headers` may contain '{DATE}' which is replaced by the formatted date."""
    frm = fill(frm)
    addr = addr_of(frm)
    d = parse_date(date, tz)
    hdr = trace(addr, d, auth, return_path, client, mta, mail_from_domain, submission=False)
    headers = fill(headers).replace("{DATE}", fmt_date(d))
    if isinstance(body, str):
        body = fill(body).encode("utf-8")
    return ("\n".join(hdr) + "\n" + headers.rstrip("\n") + "\n\n").encode("utf-8") + body


def our_mid(ticket, epoch=None):
    epoch = epoch or RNG.randint(1751000000, 1757000000)
    return "<%s.%d.%s@assistance.example.fr>" % (ticket, epoch, _hex(6))


# ---------------------------------------------------------------------------
# the corpus

ENTRIES = []


def add(category, ok, uai7, platform, hard, lang, notes, message):
    ENTRIES.append({
        "category": category, "auto_reply_ok": ok, "uai7": uai7, "platform": platform,
        "hard": hard, "lang": lang, "notes": notes, "raw": message,
    })


# ===========================================================================
# password_reset
# ===========================================================================

add("password_reset", True, "0442156", "espace_acheteur", False, "fr",
    "Newly appointed deputy head (not the head) inherits the Espace Acheteur account without login "
    "or password; predecessor unreachable. Long formal letter; UAI in the signature. Reset path applies.",
    person("Sophie Marchetti <sophie.marchetti@ac-nantes.fr>",
           "Accès à l'Espace Acheteur du collège – prise de fonctions",
           """\
Madame, Monsieur,

Je me permets de vous solliciter au sujet de l'accès de notre établissement
à l'Espace Acheteur.

Nommée principale adjointe au collège Anne de Bretagne à compter du
1er septembre, je reprends notamment le suivi des achats que gérait jusqu'ici
Mme Perrot, gestionnaire, mutée dans l'académie de Rennes. Aucune passation
n'a pu être organisée avant son départ, et nous ne disposons ni de
l'identifiant ni du mot de passe du compte de l'établissement. Le tableau des
codes d'accès laissé au secrétariat mentionne bien l'Espace Acheteur, mais la
case du mot de passe est restée vide.

Pourriez-vous m'indiquer comment obtenir un nouveau mot de passe ? Je précise
que Mme Perrot n'est plus joignable sur son ancienne adresse.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations
distinguées.

Sophie Marchetti
Principale adjointe
Collège Anne de Bretagne – Saint-Herblain
UAI <<0442156>>
""", "2025-09-01 16:48"))

add("password_reset", True, "0290873", "esidoc", False, "fr",
    "Two-line phone message: lost e-sidoc password, UAI given, asks for a link.",
    person("f.le-goff@ac-rennes.fr", "mdp",
           """\
Bonjour, mot de passe du portail esidoc perdu, collège <<0290873>>. Merci de me renvoyer un lien.

Envoyé de mon iPhone
""", "2025-09-02 07:41", client="iphone"))

add("password_reset", True, "0341452", "esidoc", True, "fr",
    "Librarian transferred from the Lille académie to Montpellier. Two UAIs: the former school "
    "(59, context only) and the new one (34), which the request is about -> occitanie.",
    person("Mathilde Caron <mathilde.caron@ac-montpellier.fr>",
           "Nouvelle affectation – accès administrateur e-sidoc",
           """\
Bonjour,

Après six ans au lycée Gambetta de Tourcoing (<<0596214>>), j'ai obtenu ma
mutation dans l'académie de Montpellier et je suis depuis lundi la nouvelle
professeure documentaliste du lycée du Clos Barral, à Lattes.

Je connaissais bien e-sidoc côté Tourcoing, mais ici je ne peux pas entrer
dans l'administration du portail : personne au lycée ne sait quel mot de passe
avait été défini par ma prédécesseure, partie à la retraite en juillet.

Le code de mon nouvel établissement est <<0341452>>. (Pour Tourcoing, la
collègue qui me remplace s'en occupera, ce n'est pas l'objet de ma demande.)

Pouvez-vous me dire comment récupérer l'accès ?

Merci d'avance,
Mathilde Caron
Professeure documentaliste – Lycée du Clos Barral, Lattes
""", "2025-09-03 12:05", client="zimbra"))

add("password_reset", True, "0671738", "esidoc", False, "en",
    "English; new teacher-librarian, nobody on site has the e-sidoc back-office password; UAI given.",
    person("Hannah Whitfield <hannah.whitfield@ac-strasbourg.fr>",
           "e-sidoc admin password - new librarian",
           """\
Hello,

I started this week as teacher-librarian in the international section of the
Lycée international de la Robertsau. Nobody on site has the password for the
e-sidoc back office: the previous librarian left in June and the notebook with
the passwords seems to have left with her.

Our school code (UAI) is <<0671738>>. Could you please tell me how to reset the
administrator password? I am happy to follow whatever procedure you need,
e.g. a request from the headteacher.

Many thanks,

Hannah Whitfield
Documentaliste / Teacher-librarian
""", "2025-09-04 15:22", client="apple", lang="en-GB"))

add("password_reset", True, "0693105", "espace_acheteur", False, "en",
    "Mostly English with French words: new deputy bursar locked the Espace Acheteur account "
    "('compte bloqué') after a few attempts; does not know the registered address.",
    person("Daniel Okafor <d.okafor@csi-lyon-gerland.fr>",
           "Compte bloqué / account locked",
           """\
Bonjour,

Sorry, I will write in English, my French is still très approximatif.

I am the new bursar assistant (adjoint gestionnaire) at the Cité scolaire
internationale. This morning I tried to log in to the Espace Acheteur with the
school's identifiant and the password written in the handover file. After a few
attempts the site said "compte bloqué", and now nothing works.

Could you unlock the account or send a reset link to the right person? I don't
know which e-mail address is registered with you.

Merci beaucoup,
Daniel Okafor
Adjoint gestionnaire – UAI <<0693105>>
""", "2025-09-02 10:37", client="outlook", lang="en-GB"))

add("password_reset", True, "0130927", "esidoc", True, "fr",
    "Blames the summer updates ('votre site ne fonctionne plus'); the real problem is a password "
    "changed by a replacement. UAI only inside the portal URL, in lower case.",
    person("Gérard Pouzol <gerard.pouzol@ac-aix-marseille.fr>",
           "Votre site ne fonctionne plus depuis vos mises à jour",
           """\
Bonjour,

Je constate que depuis la rentrée votre site refuse de me laisser entrer dans
la partie gestion du portail du CDI (https://<<l:0130927>>.esidoc.fr). J'ai
pourtant toujours les mêmes identifiants, notés sur un post-it depuis des
années. Je suppose que vous avez fait des mises à jour cet été et qu'elles ont
cassé quelque chose, car la page affiche « identifiant ou mot de passe
incorrect » alors que je suis certain de mon code.

Un collègue me dit que le mot de passe a peut-être été changé par la
remplaçante qui était là au printemps pendant mon congé. Je n'en sais rien.

Merci de réparer ou de me dire quoi faire.

G. Pouzol
Professeur documentaliste, collège Marcel Pagnol, Marseille 13e
""", "2025-09-02 17:55", client="outlook16", charset="windows-1252"))

_m = our_mid("SUP-007162")
add("password_reset", False, "0861045", "esidoc", False, "fr",
    "Outlook reply to the automatic reset answer: the link went to the predecessor's address "
    "(the one on file) and the official mailbox cannot be read until the 8th; asks what to do. "
    "The template was already sent: a person must take over.",
    person("Nadia Benali <nadia.benali@ac-poitiers.fr>",
           "RE: [#SUP-007162] Mot de passe e-sidoc",
           """\
Bonjour,

Merci pour la réponse rapide, mais le lien est parti sur une adresse que je ne
peux pas consulter : d'après le masque (a***.m***@ac-poitiers.fr), c'est celle
d'Agnès M., qui a quitté le collège en juin pour un poste en Guadeloupe.
Quant à la boîte de l'établissement, on me dit que seul le secrétariat de
direction y a accès, et la secrétaire est en congé jusqu'au 8.

Comment faire ?

Nadia Benali
Documentaliste – collège Jules Verne, Châtellerault

De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 28 août 2025 09:14
À : Nadia Benali <nadia.benali@ac-poitiers.fr>
Objet : [#SUP-007162] Mot de passe e-sidoc

Bonjour,

Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
enregistrée pour l'établissement <<0861045>> (a***.m***@ac-poitiers.fr).
Il est valable 12 heures.

Si vous ne pouvez pas consulter cette adresse, le chef d'établissement peut
demander par écrit le changement de l'adresse de contact.

Cordialement,
L'équipe d'assistance
""", "2025-08-28 11:02", client="outlook", irt=_m))

_m = our_mid("SUP-006811")
add("password_reset", True, "0331590", "esidoc", True, "fr",
    "Thunderbird reply on an old, closed invoice ticket (quoted history about a duplicate invoice); "
    "the new text clearly asks something else: a forgotten e-sidoc password.",
    person("Luc Ferrand <luc.ferrand@ac-bordeaux.fr>",
           "Re: [#SUP-006811] Facture en double – commande Europresse",
           """\
Bonjour,

Je me permets de reprendre ce fil parce que c'est le seul que j'ai gardé,
mais c'est pour autre chose : l'histoire de la facture est réglée, merci
encore.

Aujourd'hui je n'arrive plus à entrer dans l'administration d'e-sidoc.
J'ai dû changer le mot de passe en juin (à la demande de l'académie ? je ne
sais plus) et je ne m'en souviens pas. Pouvez-vous me renvoyer un lien ?

Luc Ferrand
Lycée de l'Estuaire, Blaye – <<0331590>>

Le 24/06/2025 à 11:02, Assistance a écrit :
> Bonjour,
>
> Nous avons bien annulé la facture FA-2025-04417, émise en double pour
> votre commande Europresse du 2 juin. Seule la facture FA-2025-04388 reste
> à payer ; elle est déposée sur Chorus Pro.
>
> Cordialement,
> L'équipe d'assistance
>
> Le 23/06/2025 à 16:40, Luc Ferrand a écrit :
>> Bonjour,
>>
>> Nous avons reçu deux factures pour la même commande Europresse
>> (FA-2025-04388 et FA-2025-04417). L'agent comptable ne veut payer
>> qu'une fois, ce qui se comprend. Pouvez-vous annuler la seconde ?
>>
>> Luc Ferrand
""", "2025-09-03 09:18", irt=_m))

add("password_reset", True, None, "esidoc", True, "fr",
    "UAI written with a wrong check letter (subject and body), so no UAI; the form says the "
    "identifier does not exist, which is the typo. Region from the ac-versailles.fr sender.",
    person("Thierry Vannier <thierry.vannier@ac-versailles.fr>",
           "Code établissement <<w:0783341>> – perte mot de passe",
           """\
Bonjour,

je n'ai plus le mot de passe du compte e-sidoc de l'établissement
(<<w:0783341>>). J'ai essayé la procédure « mot de passe oublié », mais le
formulaire me répond que l'identifiant n'existe pas, ce que je ne comprends
pas puisque c'est bien notre code RNE, recopié depuis le tampon du lycée.

Pouvez-vous vérifier de votre côté et m'envoyer de quoi me reconnecter ?

Cordialement,
Thierry Vannier
CDI – lycée Jean-Baptiste Poquelin, Saint-Germain-en-Laye
""", "2025-09-04 08:47", client="zimbra"))

add("password_reset", True, None, "espace_acheteur", False, "fr",
    "Intercommunal body buying for its schools: the agent retired, the 'forgotten password' mail "
    "goes to his disabled mailbox. Non-academic sender, no UAI: no region.",
    person("Service informatique CC Val de Sèvre <informatique@cc-valdesevre.fr>",
           "Espace Acheteur : mot de passe de notre compte",
           """\
Bonjour,

La communauté de communes gère les achats de fournitures des douze écoles
du territoire via l'Espace Acheteur. L'agent qui s'en occupait, M. Roux, a
pris sa retraite fin juillet ; son successeur n'a récupéré que l'adresse de
connexion, pas le mot de passe.

La fonction « mot de passe oublié » envoie bien un message… dans la boîte de
M. Roux, désactivée depuis le 31/07.

Comment pouvons-nous réinitialiser ce mot de passe ?

Cordialement,

Bastien Girard
Service informatique mutualisé
Communauté de communes du Val de Sèvre
""", "2025-08-27 14:10", client="outlook"))

add("password_reset", False, "0380544", "esidoc", False, "fr",
    "New replacement teacher whose academic mailbox is not open yet asks for the e-sidoc "
    "password or link on a personal Gmail address: not on file, so no automatic answer.",
    person("Julien Matthieu <julien.matthieu38@gmail.com>",
           "Accès e-sidoc - collège du Grésivaudan",
           """\
Bonjour,

Je suis TZR, affecté depuis lundi au collège du Grésivaudan, et on m'a demandé
de reprendre le CDI en attendant la nomination d'un documentaliste. Ma boîte
académique n'est pas encore activée (le rectorat parle de quinze jours).

Pourriez-vous m'envoyer directement le mot de passe d'e-sidoc, ou un lien de
réinitialisation, sur cette adresse gmail ? Le code du collège : <<0380544>>.

Merci !
Julien Matthieu
""", "2025-09-03 21:34", client="gmail"))

add("password_reset", True, "9740311", "esidoc", False, "fr",
    "Expired password; changing it requires the old one, forgotten during the holidays. "
    "HTML-only Outlook, Réunion time zone.",
    person("Marie-Josée Payet <mj.payet@ac-reunion.fr>",
           "Portail e-sidoc – mot de passe expiré",
           """\
Bonjour,

Le portail e-sidoc m'affiche « votre mot de passe a expiré, veuillez le
modifier », mais pour le modifier il me demande l'ancien… que je n'ai pas
retrouvé après les vacances. Je suis donc bloquée.

Collège Bois-de-Nèfles, Saint-Denis – UAI <<9740311>>

Cordialement,
Marie-Josée Payet
""", "2025-08-26 08:05", client="outlook", tz="+04:00", html_only=True))

add("password_reset", True, "0620871", "espace_acheteur", False, "fr",
    "Typed without accents or punctuation from a phone; forgotten Espace Acheteur password, UAI given.",
    person("sandrine lefevre <sandrine.lefevre62@orange.fr>",
           "connexion",
           """\
bonjour jarrive pas a me connecter a lespace acheteur mot de passe oublie et
le lien sur le site me dit identifiant inconnu je suis la nouvelle secretaire
d intendance lycee pro <<0620871>> merci de me dire comment faire
""", "2025-09-01 13:12", client="android", cte="base64"))

add("password_reset", False, "0595120", "ecoledirecte", True, "fr",
    "School secretary needs the EcoleDirecte administrator password; states explicitly it is not "
    "the daily maintenance password (transfer_incident). No reset template exists for this product.",
    person("Secrétariat École Sainte-Thérèse <secretariat@ecole-sainte-therese-roubaix.fr>",
           "EcoleDirecte - mot de passe administrateur",
           """\
Bonjour,

Je m'occupe du paramétrage d'EcoleDirecte pour l'école depuis cette rentrée,
l'ancien directeur étant parti sans transmettre ses accès. Il me faut le mot de
passe administrateur de l'espace établissement pour ouvrir les comptes des
nouvelles familles.

Je précise, parce que le prestataire informatique s'est trompé en vous
appelant la semaine dernière : il ne s'agit PAS du mot de passe de maintenance
du jour demandé par Charlemagne (celui-là, il l'obtient sans problème), mais
bien de l'accès administrateur.

Notre numéro UAI : <<0595120>>.

Bien à vous,
Mme Lemaire, secrétariat
""", "2025-09-02 09:26", client="outlook"))

add("password_reset", True, "6200087", "esidoc", False, "fr",
    "Short Outlook-for-Android message (base64): new arrival with neither login nor password of "
    "the e-sidoc portal; Corse-du-Sud UAI prefix 620.",
    person("Paul-Antoine Santoni <pa.santoni@ac-corse.fr>",
           "Identifiant + mdp CDI",
           """\
Bonjour, je viens d'arriver au collège de Porticcio et je n'ai ni l'identifiant ni le mot de passe du portail e-sidoc du CDI (établissement <<6200087>>). Comment faire ? Merci

Obtenir Outlook pour Android
""", "2025-09-01 11:50", client="android"))

add("password_reset", True, "9730186", "esidoc", False, "fr",
    "Long, worried formal letter from Guyane: the reset mail goes to an address on file she does "
    "not know. Guyane time zone.",
    person("Josiane Clet <josiane.clet@ac-guyane.fr>",
           "Demande d'aide – accès administrateur du portail documentaire",
           """\
Madame, Monsieur,

Je me permets de vous solliciter, une nouvelle fois, car je me trouve dans une
situation qui devient délicate à quelques jours de l'accueil des élèves de
sixième.

Nommée à la rentrée au collège Auguste Dédé de Rémire-Montjoly, j'ai la charge
du CDI et donc de notre portail e-sidoc. Je ne parviens pas à accéder à
l'espace d'administration : le mot de passe qui figure dans le dossier de
passation n'est plus valide.

J'ai tenté la procédure « mot de passe oublié » à trois reprises depuis mardi.
Le site m'indique chaque fois qu'un message a été envoyé à une adresse en
r***@ac-guyane.fr, que je ne connais pas et que personne ici ne semble
reconnaître. Je crains d'avoir bloqué quelque chose à force d'essayer.

Les élèves doivent pouvoir consulter le portail dès la semaine prochaine, pour
les séances d'accueil. Je vous serais très reconnaissante de bien vouloir
m'indiquer la démarche à suivre.

UAI de l'établissement : <<9730186>>

Je vous prie de croire, Madame, Monsieur, en l'assurance de ma considération
distinguée.

Josiane Clet
Professeure documentaliste
""", "2025-09-04 19:40", tz="-03:00"))

add("password_reset", True, "0631142", "esidoc", True, "fr",
    "Names MailInBlack only as last year's solved problem ('rien à voir cette fois'); the request is "
    "a forgotten e-sidoc admin password.",
    person("Olivier Chabrol <olivier.chabrol@ac-clermont.fr>",
           "Bonne rentrée + petit oubli",
           """\
Bonjour,

L'an dernier vous nous aviez bien aidés quand MailInBlack bloquait vos
messages ; depuis, votre adresse est dans la liste blanche et tout arrive
correctement, donc rien à voir cette fois.

Mon souci est plus bête : après deux mois sans m'en servir, j'ai oublié le mot
de passe administrateur d'e-sidoc. Identifiant <<0631142>>.

Un lien sur l'adresse du CDI serait parfait.

Bonne rentrée à toute l'équipe,
Olivier
""", "2025-09-01 08:03"))

add("password_reset", True, "0180763", "esidoc", True, "fr",
    "The UAI appears only in the lower-case ce.<UAI>@ac-orleans-tours.fr sender address; the "
    "secretariat (not the head) asks for the link on the official address.",
    person("Secrétariat de direction <ce.<<l:0180763>>@ac-orleans-tours.fr>",
           "Lien de réinitialisation e-sidoc",
           """\
Bonjour,

À la demande de notre nouvelle professeure documentaliste, qui n'a pas encore
son adresse académique, pouvez-vous envoyer le lien de réinitialisation du mot
de passe e-sidoc sur la présente adresse de l'établissement ? Nous le lui
transmettrons en main propre.

Merci,
Le secrétariat
Lycée du Val d'Auron – Bourges
""", "2025-09-02 10:11", client="zimbra"))

add("password_reset", False, "0541298", "esidoc", True, "fr",
    "Two topics: forgotten e-sidoc password (first) and a subscription ordered two days ago not "
    "visible yet; one template would answer only half.",
    person("Anaïs Robin <anais.robin@ac-nancy-metz.fr>",
           "2 questions de rentrée",
           """\
Bonjour,

Deux choses pour la rentrée au collège <<0541298>> (Lunéville) :

1) je n'ai plus le mot de passe de l'administration e-sidoc, il me faudrait un
   lien de réinitialisation ;
2) l'abonnement Europresse renouvelé mardi 2 septembre n'apparaît toujours pas
   dans les ressources du portail.

Merci par avance,
Anaïs Robin
""", "2025-09-04 13:30"))

add("password_reset", True, "0251066", "esidoc", True, "fr",
    "Outlook forward (TR:) of the predecessor's handover mail: the password was 'in the red "
    "binder', which disappeared; asks to set a new one. The quoted handover also mentions subscriptions.",
    person("Camille Jacquot <camille.jacquot@ac-besancon.fr>",
           "TR: passation CDI",
           """\
Bonjour,

Je vous transfère le message de passation que m'a laissé ma prédécesseure.
Comme vous le verrez, le mot de passe devait se trouver dans le classeur rouge
du bureau… qui a disparu pendant les travaux de l'été. Pouvez-vous me
permettre d'en définir un nouveau ?

Camille Jacquot
Professeure documentaliste
Collège des Quatre Vents – Montbéliard

________________________________
De : Hélène Grosjean <helene.grosjean@ac-besancon.fr>
Envoyé : vendredi 4 juillet 2025 17:32
À : Camille Jacquot <camille.jacquot@ac-besancon.fr>
Objet : passation CDI

Bonjour Camille,

Bienvenue au collège ! Quelques infos en vrac avant mon départ :
- le portail e-sidoc : identifiant = le numéro de l'établissement
  (<<0251066>>), mot de passe dans le classeur rouge, première page ;
- les abonnements Europresse et Cafeyn courent jusqu'en août 2026, rien à
  faire avant le printemps ;
- le prêt des manuels se fait avec la vie scolaire, la liste est sur le
  serveur pédagogique.

Bon courage et bonne installation,
Hélène
""", "2025-08-29 10:45", client="outlook"))

add("password_reset", True, "0930462", "esidoc", True, "fr",
    "Deputy head stresses he is NOT the head (no written delegation, head on sick leave); asks how "
    "to recover the e-sidoc admin access, link to the official address welcome: not a "
    "head-of-establishment request.",
    person("Karim Haddouche <karim.haddouche@ac-creteil.fr>",
           "Accès administrateur e-sidoc – lycée Aimé Césaire",
           """\
Madame, Monsieur,

Proviseur adjoint du lycée Aimé Césaire de Bobigny depuis le 1er septembre,
je me permets de vous écrire au sujet de notre portail e-sidoc.

Je ne suis pas le chef d'établissement : M. le Proviseur est en arrêt jusqu'à
nouvel ordre et je n'ai reçu aucune délégation écrite. Je vous écris donc
simplement pour savoir comment récupérer l'accès administrateur du portail,
dont personne ne connaît le mot de passe depuis le départ de notre
documentaliste. Si un lien peut être envoyé sur l'adresse officielle de
l'établissement, ce serait parfait : j'y ai accès.

UAI : <<0930462>>

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations
distinguées.

K. Haddouche
""", "2025-09-05 11:58", client="outlook"))

add("password_reset", True, "9760093", "espace_acheteur", False, "fr",
    "Espace Acheteur login tied to a shared former stewardship address; nobody knows the login or "
    "password (FAQ case). Mayotte time zone.",
    person("Anli Soilihi <anli.soilihi@ac-mayotte.fr>",
           "Connexion Espace Acheteur impossible",
           """\
Bonjour,

Je suis le nouveau gestionnaire du lycée des Lagons. L'adresse de connexion de
l'Espace Acheteur est l'ancienne adresse de l'intendance, partagée à l'époque
par trois personnes dont deux sont parties. Personne ne sait avec quel
identifiant ni quel mot de passe elles se connectaient.

UAI <<9760093>>. Merci de m'aider à retrouver l'accès.

Anli Soilihi
""", "2025-09-03 09:15", tz="+03:00"))

add("password_reset", True, None, "espace_acheteur", False, "en",
    "English, personal Outlook.com address of a town hall's new IT contractor: locked out of the "
    "buyer space after too many attempts. No UAI, no académie domain.",
    person("Tom Reilly <treilly@outlook.com>",
           "locked out",
           """\
Hi,

I got locked out of the buyer space (Espace Acheteur) after too many attempts
this morning. Can you unlock it or send me a reset? It's the account of the
Mairie de Saint-Genest, I'm their new IT contractor since last week.

Thanks
Tom
""", "2025-08-25 10:02", client="outlook", lang="en-US"))

# ===========================================================================
# missing_noreply_mail
# ===========================================================================

add("missing_noreply_mail", True, "0311876", "espace_acheteur", False, "fr",
    "New deputy bursar, formal letter: the sign-up confirmation mail never came (inbox and junk "
    "checked, two retries). No anti-spam product named.",
    person("Véronique Lamarque <veronique.lamarque@ac-toulouse.fr>",
           "Inscription Espace Acheteur – courriel de confirmation non reçu",
           """\
Madame, Monsieur,

Arrivée le 25 août au lycée des Coteaux de Muret en qualité d'adjointe
gestionnaire, j'ai rempli jeudi dernier le formulaire d'inscription à l'Espace
Acheteur. Le site m'a indiqué qu'un courriel de confirmation allait m'être
adressé.

Je n'ai rien reçu, ni dans la boîte de réception ni dans les courriers
indésirables, et ce malgré deux nouvelles tentatives lundi et ce matin.

Je vous serais reconnaissante de bien vouloir me renvoyer ce message ou de
m'indiquer la marche à suivre.

Veuillez agréer, Madame, Monsieur, mes salutations respectueuses.

Véronique Lamarque
Adjointe gestionnaire – UAI <<0311876>>
""", "2025-09-02 15:40", client="zimbra"))

add("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
    "Town-hall IT contact for four schools: none of the directors received the activation mail; "
    "asks which address and server send it. No product named; no UAI, non-academic sender.",
    person("Stéphane Grall <s.grall@mairie-plouvenez.fr>",
           "Mails d'activation pour les écoles de la commune",
           """\
Bonjour,

Je gère l'informatique des écoles publiques de la commune (maternelle et
élémentaire des Tilleuls, école du Bourg, école de Kerlann). Les directrices
se sont inscrites fin août sur l'Espace Acheteur pour les commandes de
fournitures, mais aucune n'a reçu le mail d'activation.

Nos boîtes sont hébergées chez nous, sur le serveur de la mairie, et je ne
vois rien de rejeté dans les journaux – mais je ne sais pas exactement quoi
chercher.

De quelle adresse et de quels serveurs partent vos messages automatiques ?
Je vérifierai de mon côté.

Cordialement,
Stéphane Grall
Service informatique – Mairie de Plouvenez
""", "2025-09-01 14:25", client="tb"))

add("missing_noreply_mail", True, None, "espace_acheteur", True, "fr",
    "Subject says 'password problem', but she writes that it is not one: the 'forgotten password' "
    "mail is confirmed as sent and never arrives. Region from ac-reims.fr.",
    person("Aurélie Masson <aurelie.masson@ac-reims.fr>",
           "Problème de mot de passe",
           """\
Bonjour,

Je pensais avoir un problème de mot de passe sur l'Espace Acheteur, mais en
fait non : quand je clique sur « Mot de passe oublié », le site me confirme
bien l'envoi d'un courriel… qui n'arrive jamais. J'ai recommencé hier soir et
ce matin. Rien dans les spams non plus.

Est-ce que vos envois fonctionnent en ce moment ?

Aurélie Masson
Gestionnaire – collège du Mont Saint-Pierre
""", "2025-09-03 08:12", client="outlook"))

add("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
    "Fears the account was deleted over the summer; in fact the offer alert notifications stopped "
    "arriving while login still works. Intercommunal school body, no UAI.",
    person("Bernard Cazals <achats@sivos-deuxrives.fr>",
           "Notre compte a-t-il été supprimé ?",
           """\
Bonjour,

Je crains que notre compte sur votre plateforme ait été supprimé pendant
l'été. Avant, je recevais régulièrement vos alertes sur les nouvelles offres
(fournitures scolaires, mobilier, jeux de cour), et depuis juillet plus rien.

Pourtant je peux toujours me connecter, et dans mon profil les alertes sont
toujours cochées.

Pouvez-vous vérifier que le compte du SIVOS existe toujours ?

Bernard Cazals
Responsable des achats
SIVOS des Deux Rives
""", "2025-08-26 16:31", client="outlook16", charset="windows-1252"))

add("missing_noreply_mail", True, None, "espace_acheteur", False, "en",
    "English; the activation e-mail never showed up (inbox, junk, IT checked nothing rejected). "
    "Non-academic sender, no UAI.",
    person("Priya Raman <priya.raman@lycee-international-ferney.fr>",
           "Activation e-mail not received",
           """\
Hello,

I registered on the Espace Acheteur on Tuesday to prepare our first order of
the school year. The page said an activation e-mail would be sent within a few
minutes. It never showed up – not in the inbox, not in junk, and our IT team
says nothing was rejected on our side.

Could you resend it, please?

Best regards,
Priya Raman
Finance office
""", "2025-08-28 09:44", client="gmail", lang="en-GB"))

add("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
    "One line: confirmation mail still not received since Friday. Region from ac-lyon.fr.",
    person("nicolas.brun@ac-lyon.fr", "Espace acheteur - inscription",
           """\
Toujours pas reçu le mail de confirmation depuis vendredi.
N. Brun
""", "2025-09-01 07:58", client="roundcube"))

add("missing_noreply_mail", True, "0561218", "esidoc", False, "fr",
    "The 12-hour activation mail of the e-sidoc customer account (first online order) never came; "
    "says explicitly the school has no particular anti-spam.",
    person("Hervé Tanguy <herve.tanguy@ac-rennes.fr>",
           "Mail d'activation compte client",
           """\
Bonjour,

Pour passer notre première commande en ligne, j'ai créé hier matin le compte
client de l'établissement sur e-sidoc. Le site annonce un courriel
d'activation « dans les 12 heures ». Rien à ce jour.

Notre messagerie est la messagerie académique standard, nous n'avons pas
d'antispam particulier installé au lycée, et j'ai bien fouillé le dossier
Indésirables.

Lycée <<0561218>> (Pontivy)
Merci
""", "2025-09-04 16:05"))

_m = our_mid("SUP-007203")
add("missing_noreply_mail", False, None, "espace_acheteur", False, "fr",
    "Outlook reply after the junk-folder answer: still nothing after more than 48 h, asks to pass "
    "it on. The template was already sent: a person must follow up. Region from ac-amiens.fr.",
    person("Fabienne Roussel <fabienne.roussel@ac-amiens.fr>",
           "RE: [#SUP-007203] Courriel d'activation non reçu",
           """\
Bonjour,

J'ai suivi vos conseils (dossier Courrier indésirable, adresse ajoutée aux
expéditeurs approuvés) : toujours rien depuis lundi, soit plus de 48 heures.
Pouvez-vous transmettre à qui de droit ? Je dois passer les commandes de la
rentrée avant le 15.

Fabienne Roussel
Intendance – Lycée de la Baie de Somme, Abbeville

De : Assistance <support@assistance.example.fr>
Envoyé : lundi 1 septembre 2025 11:26
À : Fabienne Roussel <fabienne.roussel@ac-amiens.fr>
Objet : [#SUP-007203] Courriel d'activation non reçu

Bonjour,

Nos messages automatiques partent de l'adresse
no-reply@espace-acheteur.example.fr. Vérifiez votre dossier « Courrier
indésirable », marquez le message comme légitime et ajoutez cette adresse à
vos expéditeurs approuvés.

Sans nouvelles de votre part sous 48 heures, nous reviendrons vers vous.

Cordialement,
L'équipe d'assistance
""", "2025-09-04 10:20", client="outlook", irt=_m))

add("missing_noreply_mail", True, None, "ticket_portal", False, "fr",
    "Intercommunal IT technician: the ticket portal's 'set your password' mail never arrived, so he "
    "cannot log in. Not a lost password.",
    person("Yann Le Bihan <yann.lebihan@cc-haut-leon.fr>",
           "Portail de tickets : pas reçu le mail",
           """\
Bonjour,

On m'a créé un compte sur votre portail de tickets pour suivre les demandes
des écoles de la communauté de communes. Le message « Définissez votre mot de
passe » annoncé par votre collègue n'est jamais arrivé ; je ne peux donc pas
me connecter du tout.

Mon adresse est bien celle-ci. Rien dans les indésirables.

Yann Le Bihan
Technicien informatique
""", "2025-09-02 11:09", client="tb"))

add("missing_noreply_mail", True, "0211093", "espace_acheteur", False, "fr",
    "Teacher transferred from Lyon to Dijon changes her profile address: the validation link to the "
    "new address never arrives. Mentions the old ac-lyon.fr address, but UAI and sender say Dijon.",
    person("Élodie Garnier <elodie.garnier@ac-dijon.fr>",
           "Changement d'adresse sur mon compte",
           """\
Bonjour,

Mutée de l'académie de Lyon à celle de Dijon cette année, j'ai voulu mettre à
jour l'adresse de mon compte sur l'Espace Acheteur (l'ancienne, en
ac-lyon.fr, sera fermée fin septembre). Le site dit avoir envoyé un lien de
validation à la nouvelle adresse, que je n'ai jamais reçu. Du coup mon profil
affiche toujours l'ancienne.

Merci de votre aide,
Élodie Garnier
Collège Les Lentillères, Dijon – <<0211093>>
""", "2025-09-03 18:22", client="zimbra"))

add("missing_noreply_mail", True, None, "esidoc", True, "fr",
    "Town hall's new, stricter spam filter (no product named) since the summer; school directors no "
    "longer get the e-sidoc notifications; asks for sending addresses and IPs for the provider.",
    person("Pascale Ribeiro <p.ribeiro@mairie-vaulx-les-pins.fr>",
           "Notifications e-sidoc des écoles",
           """\
Bonjour,

Cet été la mairie a changé de prestataire de messagerie et un nouveau filtre
anti-spam « plus strict » a été mis en place sur toutes les adresses, y compris
celles des trois écoles. Depuis, les directeurs ne reçoivent plus les
notifications du portail e-sidoc de leur BCD (réservations, retards de
retour).

Je n'ai pas accès à la console du filtre, c'est le prestataire qui l'a.
Pouvez-vous me donner les adresses d'expédition et les adresses IP de vos
serveurs pour que je les lui transmette ?

Cordialement,
Pascale Ribeiro
Référente numérique – Mairie de Vaulx-les-Pins
""", "2025-09-05 09:37", client="outlook"))

add("missing_noreply_mail", True, "9710412", "espace_acheteur", False, "fr",
    "Structure administrator (ce.<UAI> address) no longer gets the 'account to validate' "
    "notifications since the rentrée. Guadeloupe time zone.",
    person("Intendance LPO des Abymes <ce.<<9710412>>@ac-guadeloupe.fr>",
           "Notifications de demandes de compte",
           """\
Bonjour,

En tant qu'administratrice de structure de l'établissement sur l'Espace
Acheteur, je recevais jusqu'en juin un courriel à chaque nouvelle demande de
compte de nos collègues. Depuis la rentrée : aucun, alors que deux nouveaux
collègues m'affirment avoir fait leur demande la semaine dernière.

Pourriez-vous vérifier l'envoi de ces notifications ?

Mme Laurence Bade
Gestionnaire
""", "2025-09-03 08:40", tz="-04:00", client="zimbra"))

_m = our_mid("SUP-006944")
add("missing_noreply_mail", True, "0870271", "esidoc", True, "fr",
    "Thunderbird reply on an old quote (devis) ticket, quoted below; the new text is about something "
    "else: no automatic e-sidoc mail arrives since the mailbox migration.",
    person("Jean-Marc Pelletier <jm.pelletier@ac-limoges.fr>",
           "Re: [#SUP-006944] Devis abonnement Universalis",
           """\
Bonjour,

Rien à voir avec le devis (reçu, merci, la commande suivra), mais puisque je
vous tiens : je ne reçois plus aucun des courriels automatiques d'e-sidoc
depuis que ma boîte a migré vers la nouvelle messagerie académique fin août –
ni les confirmations de réservation, ni le message de nouveau mot de passe que
j'ai demandé ce matin, juste pour tester.

Jean-Marc Pelletier
Collège Maurice Rollinat, Limoges – <<0870271>>

Le 12/06/2025 à 10:30, Assistance a écrit :
> Bonjour,
>
> Veuillez trouver ci-joint le devis D-2025-1182 pour le renouvellement de
> votre abonnement Universalis (période du 1er septembre 2025 au 31 août
> 2026). Il vous suffit de le joindre à votre bon d'engagement lors de la
> commande.
>
> Cordialement,
> L'équipe d'assistance
""", "2025-09-01 10:51", irt=_m))

add("missing_noreply_mail", True, "0382407", "esidoc", False, "en",
    "English with French words, a colleague covering the CDI: the e-sidoc 'nouveau mot de passe' mail "
    "never arrives; not in junk. A missing no-reply mail, not a reset request.",
    person("Rebecca Stone <rebecca.stone@ac-grenoble.fr>",
           "Mail with new password never arrives",
           """\
Bonjour / Hello,

Sorry for writing in English. I'm covering the CDI at the lycée until the new
documentaliste arrives. I asked e-sidoc for a "nouveau mot de passe" on Monday
and again today, and the mail with the new password never arrived. Not in
"courrier indésirable" either.

The UAI is <<0382407>>.

Is there something wrong with your no-reply address?

Thanks a lot,
Rebecca
""", "2025-09-03 16:47", client="zimbra", lang="en-GB"))

add("missing_noreply_mail", True, "0300654", "espace_acheteur", False, "fr",
    "Written by the principal from the ce.<UAI> address, but he only reports that the first-login "
    "mail of his new bursar's validated account never came: not a head-of-establishment request.",
    person("Bruno Estève <ce.<<0300654>>@ac-montpellier.fr>",
           "Compte de notre nouvelle gestionnaire",
           """\
Bonjour,

Je me permets de vous écrire pour notre nouvelle gestionnaire, Mme Ortiz,
arrivée le 1er septembre : son compte Espace Acheteur a bien été validé par
l'administrateur de structure (elle apparaît comme active), mais le courriel
contenant le lien de première connexion ne lui est jamais parvenu.

Pouvez-vous le lui renvoyer ? Son adresse est celle qui figure sur le compte.

Bien cordialement,
Bruno Estève
Principal – Collège Jean Rostand, Nîmes
""", "2025-09-05 14:03", client="zimbra"))

add("missing_noreply_mail", True, "0490311", "espace_acheteur", False, "fr",
    "Private school using a Gmail address; she guesses Gmail blocks the activation mail (Gmail is "
    "not the MailInBlack product).",
    person("Sylvie Ardouin <ecole.stjoseph.cholet@gmail.com>",
           "mail d'activation",
           """\
Bonjour,

Je pense que Gmail bloque vos messages : je me suis inscrite sur l'espace
acheteur lundi pour l'école Saint-Joseph (Cholet, UAI <<0490311>>) et le mail
d'activation n'est jamais venu. J'ai regardé dans Spam, Promotions, Réseaux
sociaux, partout.

Pouvez-vous le renvoyer ?

Sylvie Ardouin, secrétaire
""", "2025-08-27 12:16", client="gmail"))

add("missing_noreply_mail", True, "0061347", "espace_acheteur", False, "fr",
    "New secretary general, formal HTML-only Outlook letter: the activation mail for the account "
    "created in July cannot be found; asks to resend it.",
    person("Isabelle Conte <isabelle.conte@ac-nice.fr>",
           "Courriel d'activation de mon compte",
           """\
Madame, Monsieur,

Secrétaire générale du lycée des Eucalyptus à Nice depuis le 25 août, je
dispose d'un compte sur l'Espace Acheteur créé par vos services à la demande
de mon prédécesseur, au mois de juillet.

Le courriel d'activation a sans doute été envoyé pendant mes congés ; je ne
le retrouve cependant nulle part dans ma messagerie, ni dans les éléments
supprimés ni dans le courrier indésirable.

Pourriez-vous avoir l'obligeance de me l'adresser de nouveau ?

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération
distinguée.

Isabelle Conte
Secrétaire générale – UAI <<0061347>>
""", "2025-08-29 15:55", client="outlook", html_only=True))

# ===========================================================================
# mailinblack_spam
# ===========================================================================

add("mailinblack_spam", True, None, "espace_acheteur", False, "fr",
    "Town-hall IT deployed Mailinblack on the four schools' mailboxes this summer; asks for the "
    "complete list of addresses and domains to allow. No UAI, non-academic sender.",
    person("Informatique Mairie <informatique@saint-aubin-des-pres.fr>",
           "Mailinblack – liste des expéditeurs à autoriser",
           """\
Bonjour,

Dans le cadre de la sécurisation de la messagerie des écoles, la commune a
déployé cet été la solution Mailinblack sur les adresses des quatre écoles
élémentaires. Plusieurs directeurs me signalent que vos messages (activation
de compte, notifications de l'Espace Acheteur) sont retenus.

Pouvez-vous m'indiquer précisément les adresses et domaines à autoriser ? Je
préfère une liste exhaustive plutôt que d'autoriser au cas par cas, école par
école.

Cordialement,

Arnaud Lemoine
Service informatique – Mairie de Saint-Aubin-des-Prés
""", "2025-08-28 10:33", client="outlook"))

add("mailinblack_spam", False, "0090234", "espace_acheteur", True, "fr",
    "Describes a sender-authentication challenge ('prove you are human', copy letters) without "
    "naming MailInBlack, and guesses it explains the missing activation mails: the product is not "
    "confirmed, so a person should check before sending the guide.",
    person("Corinne Vidal <cdi@college-lakanal-foix.fr>",
           "Vos messages d'activation",
           """\
Bonjour,

Depuis la rentrée, quand un expéditeur nouveau m'écrit, il reçoit un message
lui demandant de cliquer sur un lien et de recopier des lettres pour
« prouver qu'il est humain ». Plusieurs parents me l'ont dit. Je suppose que
c'est ce qui arrive à vos messages d'activation de l'Espace Acheteur, car je
ne les reçois pas.

Le collège a changé quelque chose sur la messagerie cet été, mais personne ne
sait me dire quoi (notre informaticien est mutualisé avec quatre autres
établissements…).

Comment faire pour que vos mails passent ?

Corinne Vidal
Collège Lakanal, Foix – <<0090234>>
""", "2025-09-04 12:48", client="tb"))

add("mailinblack_spam", True, "0620089", "espace_acheteur", False, "fr",
    "Short: Espace Acheteur mails land in the Mailinblack quarantine and the activation links have "
    "expired once released; asks what to allow-list.",
    person("Rémi Fournier <remi.fournier@lycee-vauban-aire.fr>",
           "Quarantaine Mailinblack",
           """\
Bonjour, nos mails de l'Espace Acheteur arrivent en quarantaine Mailinblack
et les liens d'activation sont expirés quand on les libère. Que faut-il
mettre en liste blanche ?

Lycée <<0620089>>, Aire-sur-la-Lys
R. Fournier
""", "2025-09-02 14:20", client="outlook"))

add("mailinblack_spam", True, None, None, False, "en",
    "English one-liner from a school IT helpdesk: mails stuck in the MailInBlack quarantine, which "
    "senders to whitelist. No platform named.",
    person("IT Helpdesk <helpdesk@ecole-internationale-manosque.fr>",
           "MailInBlack quarantine",
           """\
Hi, your emails are stuck in our MailInBlack quarantine. Which sender addresses should we whitelist? Thanks.
""", "2025-09-05 08:30", client="outlook", lang="en-US"))

add("mailinblack_spam", False, "0241290", "espace_acheteur", True, "fr",
    "Two numbered topics: Mailinblack holds the activation mail (first) and a June invoice missing "
    "from Chorus Pro (order_billing).",
    person("Mireille Castagné <mireille.castagne@ac-bordeaux.fr>",
           "Mailinblack + facture",
           """\
Bonjour,

Deux sujets, pour ne pas vous écrire deux fois :

1. Notre nouvel outil Mailinblack retient vos courriels (activation du compte
   de ma collègue adjointe) ; je vois l'expéditeur no-reply en attente dans
   l'interface. Que dois-je autoriser exactement ?

2. Par ailleurs, la facture de juin pour la commande de mobilier du CDI n'est
   pas arrivée sur Chorus Pro ; pouvez-vous la redéposer ?

Merci,
Mireille Castagné
Gestionnaire – Collège Anatole France, Périgueux – <<0241290>>
""", "2025-09-03 11:14", client="zimbra"))

add("mailinblack_spam", True, "0760452", "espace_acheteur", False, "fr",
    "A person forwards the daily Mailinblack 'messages en attente' digest listing the platform's "
    "mails; asks whether to allow each one or the whole domain.",
    person("Thierry Lamotte <t.lamotte@lycee-val-de-seine.fr>",
           "TR: [Mailinblack] Vos messages en attente",
           """\
Bonjour,

Je reçois ce récapitulatif tous les matins depuis que la Région a mis en place
Mailinblack sur les messageries des lycées. Vos messages y figurent.
Faut-il que je clique sur « Autoriser » pour chacun, ou existe-t-il une
solution pour votre domaine entier ?

T. Lamotte
Gestionnaire – Lycée du Val de Seine, Le Grand-Quevilly
<<0760452>>

________________________________
De : Mailinblack <noreply@mailinblack.com>
Envoyé : mercredi 3 septembre 2025 07:00
À : t.lamotte@lycee-val-de-seine.fr
Objet : [Mailinblack] Vos messages en attente

Vous avez 3 message(s) en attente de validation.

no-reply@espace-acheteur.example.fr   Activez votre compte            02/09/2025 14:12
no-reply@espace-acheteur.example.fr   Nouvelle demande de compte      02/09/2025 16:40
info@salon-educatif.example.com       Invitation – Salon de l'éducation 02/09/2025 18:03

Pour consulter vos messages en attente, connectez-vous à votre espace.
""", "2025-09-03 08:15", client="outlook"))

add("mailinblack_spam", True, None, "espace_acheteur", False, "fr",
    "Product written 'mail in black', lower case, no accents; intercommunal syndicate IT.",
    person("Marc Aubry <marc.aubry@sivu-numerique-vallee.fr>",
           "mails bloques",
           """\
bonjour,

on a mis mail in black sur les boites des ecoles du syndicat en juillet, et
depuis les mails de l espace acheteur restent bloques (activation, mot de
passe). je voudrais le nom exact de l expediteur et si possible les ip pour
faire une regle globale. merci

Marc Aubry
SIVU numerique de la Vallee
""", "2025-08-29 17:02", client="roundcube"))

add("mailinblack_spam", True, "0570234", "espace_acheteur", False, "fr",
    "Long formal letter from a new bursar: the Region deployed MailInBlack on the lycées' mail over "
    "the summer; no platform mail reaches her since; asks for the allow-list procedure.",
    person("Christine Deloffre <intendance@lycee-robert-schuman-metz.fr>",
           "Réception des messages de l'Espace Acheteur",
           """\
Madame, Monsieur,

Je me permets de vous solliciter en ma qualité de gestionnaire du lycée
Robert Schuman de Metz, poste que j'occupe depuis le 1er septembre.

La Région a déployé durant l'été la solution MailInBlack sur l'ensemble des
messageries des lycées. Depuis lors, aucun des messages émis par l'Espace
Acheteur ne me parvient directement : je les découvre, lorsque j'y pense, dans
l'interface de MailInBlack, où ils attendent une validation.

Afin de ne pas perturber les commandes de rentrée, je vous saurais gré de bien
vouloir m'indiquer la procédure recommandée pour que vos envois soient
reconnus comme légitimes.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations
distinguées.

Christine Deloffre
Gestionnaire – UAI <<0570234>>
""", "2025-09-02 09:02", client="outlook"))

_m = our_mid("SUP-007188")
add("mailinblack_spam", True, "0370512", "espace_acheteur", False, "fr",
    "Thunderbird reply quoting the junk-folder answer: not in junk, their IT says Mailinblack "
    "blocks it. The MailInBlack guide is now the right answer.",
    person("Laure Poulain <intendance@college-rabelais-chinon.fr>",
           "Re: [#SUP-007188] Courriel d'activation non reçu",
           """\
Bonjour,

Ce n'est pas dans les indésirables. Notre informaticien vient de passer : il
dit que c'est Mailinblack, installé sur la messagerie du collège pendant
l'été, qui bloque vos messages. Il demande ce qu'il faut autoriser.

Laure Poulain
Collège Rabelais, Chinon – <<0370512>>

Le 01/09/2025 à 14:06, Assistance a écrit :
> Bonjour,
>
> Nos messages automatiques partent de l'adresse
> no-reply@espace-acheteur.example.fr. Vérifiez votre dossier « Courrier
> indésirable », marquez le message comme légitime et ajoutez cette adresse
> à vos expéditeurs approuvés.
>
> Cordialement,
> L'équipe d'assistance
""", "2025-09-02 10:40", irt=_m))

add("mailinblack_spam", True, "0141077", "esidoc", True, "fr",
    "Says she does NOT need a password reset: the e-sidoc reset mail is waiting in her Mailinblack "
    "space and has expired when released; asks what to allow.",
    person("Fanny Leroux <documentation@lycee-des-iles-chausey.fr>",
           "Pas besoin de nouveau mot de passe, mais…",
           """\
Bonjour,

Je précise d'emblée que je n'ai pas besoin que vous réinitialisiez mon mot de
passe : le message de réinitialisation e-sidoc est bien parti, je le vois
dans mon espace Mailinblack, en attente, avec la mention « expéditeur non
vérifié ». Le problème, c'est que quand je le libère le lien a déjà expiré.

Que dois-je autoriser pour que vos messages arrivent directement ?

Fanny Leroux
Professeure documentaliste
Lycée des Îles Chausey, Caen – <<0141077>>
""", "2025-09-04 14:55", client="tb"))

add("mailinblack_spam", True, "0560321", "espace_acheteur", False, "fr",
    "Contrast: not in the Outlook junk folder, but shown as held in the Mailinblack interface.",
    person("Gaëlle Morvan <gaelle.morvan@college-saint-exupery-vannes.fr>",
           "Message bloqué",
           """\
Bonjour,

Le message d'activation n'est pas dans les spams d'Outlook, j'ai regardé.
Par contre je le vois dans l'interface Mailinblack, « en attente
d'authentification ». Je n'ose pas cliquer n'importe où. Comment faire pour
qu'il passe, et que les suivants passent aussi ?

Gaëlle Morvan
Collège Saint-Exupéry, Vannes – <<0560321>>
""", "2025-09-01 15:17", client="outlook"))

add("mailinblack_spam", True, "6200231", None, False, "fr",
    "One line from a phone: Mailinblack blocks your mails, send the procedure. Corse UAI (620). "
    "No platform named.",
    person("Secrétariat <secretariat@lycee-laetitia-ajaccio.fr>",
           "Mailinblack",
           """\
Bonjour, Mailinblack bloque vos mails, merci de nous envoyer la procédure. Lycée <<6200231>>.

Envoyé de mon iPhone
""", "2025-09-03 17:26", client="iphone"))

add("mailinblack_spam", True, "9740780", "esidoc", False, "fr",
    "Mails quarantined by 'Mailinblack Protect' at a Réunion school; e-sidoc notifications. "
    "Réunion time zone.",
    person("Jean-Hugues Hoarau <jh.hoarau@college-les-alizes.re>",
           "Mailinblack Protect et e-sidoc",
           """\
Bonjour,

Depuis l'installation de Mailinblack Protect par le Département (fin juillet),
toutes les notifications du portail e-sidoc sont mises en quarantaine : je dois
les débloquer une par une. Est-il possible d'avoir la liste des adresses
d'envoi à déclarer, pour que notre technicien les mette en liste blanche une
bonne fois ?

Merci,
Jean-Hugues Hoarau
Collège Les Alizés, Saint-Pierre – <<9740780>>
""", "2025-08-29 10:10", tz="+04:00", client="outlook"))

# ===========================================================================
# head_of_establishment_request
# ===========================================================================

add("head_of_establishment_request", False, "0170063", "espace_acheteur", False, "fr",
    "Newly appointed proviseure writes from the ce.<UAI> address (DKIM/SPF pass): designates the new "
    "structure administrator and asks to close the transferred predecessor's access.",
    person("Proviseure – Lycée Aliénor d'Aquitaine <ce.<<0170063>>@ac-poitiers.fr>",
           "Désignation de l'administrateur de structure – Espace Acheteur",
           """\
Madame, Monsieur,

Nommée proviseure du lycée Aliénor d'Aquitaine de Saintes à compter du
1er septembre 2025, je vous informe que M. Arnaud Teixeira, adjoint
gestionnaire, est désigné administrateur de structure de l'établissement sur
l'Espace Acheteur, en remplacement de Mme Sylvie Bourdon, mutée dans une autre
académie.

Je vous remercie de bien vouloir clôturer les accès de Mme Bourdon et
attribuer les droits correspondants à M. Teixeira
(arnaud.teixeira@ac-poitiers.fr).

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations
distinguées.

Élisabeth Guérin
Proviseure
""", "2025-09-02 08:34", client="zimbra"))

add("head_of_establishment_request", False, "0593022", "esidoc", False, "fr",
    "New principal, personal academic address, long formal letter: asks for the e-sidoc admin "
    "password reset and for the contact address to become the establishment's official one.",
    person("Marc-Olivier Dubreuil <marc-olivier.dubreuil@ac-lille.fr>",
           "Portail e-sidoc du collège Louise Michel – demande du principal",
           """\
Madame, Monsieur,

Je me permets de vous solliciter en ma qualité de principal du collège Louise
Michel de Wattrelos (UAI <<0593022>>), fonctions que j'exerce depuis le
1er septembre.

Lors de la passation, il est apparu que le compte administrateur de notre
portail e-sidoc était rattaché à l'adresse personnelle de l'ancienne
professeure documentaliste, désormais en poste dans une autre académie, et que
personne dans l'établissement n'en connaissait le mot de passe.

Je vous demande en conséquence de bien vouloir :
– réinitialiser le mot de passe de ce compte administrateur ;
– remplacer l'adresse de contact associée par l'adresse officielle de
  l'établissement, ce.<<0593022>>@ac-lille.fr, que je consulte moi-même.

Notre nouvelle documentaliste, Mme Anouk Delattre, prendra ensuite le relais.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations
distinguées.

Marc-Olivier Dubreuil
Principal
""", "2025-09-03 17:12", client="outlook16", charset="windows-1252"))

add("head_of_establishment_request", False, "0691234", "esidoc", False, "fr",
    "A primary-school head (directrice d'école), from the school's ce.<UAI> address, asks to replace "
    "the contact address of the BCD's e-sidoc admin account with the school's address.",
    person("Ecole élémentaire Les Coquelicots <ce.<<0691234>>@ac-lyon.fr>",
           "Adresse de contact du compte administrateur",
           """\
Bonjour,

Directrice de l'école depuis cette rentrée, je souhaite que l'adresse de
contact du compte administrateur du portail e-sidoc de notre BCD soit
remplacée par l'adresse de l'école (celle-ci). L'adresse actuelle est celle de
ma prédécesseure, partie à la retraite.

Cordialement,
Fatima Zerrouki
Directrice
""", "2025-09-04 12:21", client="zimbra"))

add("head_of_establishment_request", False, "0271066", "espace_acheteur", True, "fr",
    "Deputy head who is acting head ('faisant fonction de principal', post vacant) asks in writing to "
    "change the Espace Acheteur administrator: treated as the head's written request, for staff to check.",
    person("Philippe Mauduit <philippe.mauduit@ac-normandie.fr>",
           "Changement d'administrateur – collège de Pont-Audemer",
           """\
Madame, Monsieur,

Principal adjoint du collège Pierre Corneille de Pont-Audemer, j'exerce depuis
le 1er septembre les fonctions de principal par intérim, le poste de chef
d'établissement étant vacant (arrêté rectoral joint sur demande).

À ce titre, je vous demande de bien vouloir désigner Mme Claire Hébert,
nouvelle gestionnaire, comme administratrice de structure de l'établissement
sur l'Espace Acheteur, et de retirer cette fonction à M. Jacques Lenoir, parti
à la retraite en juillet.

UAI : <<0271066>>

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations
distinguées.

Philippe Mauduit
Principal adjoint, faisant fonction de principal
""", "2025-09-05 10:06", client="outlook"))

add("head_of_establishment_request", False, "0870634", "esidoc", False, "fr",
    "The proviseur authorises the librarian to validate the renewal order (quote number and amount "
    "given) and attaches the bon d'engagement as a PDF.",
    person("Serge Bonnaud <serge.bonnaud@ac-limoges.fr>",
           "Autorisation de commande – abonnements CDI",
           """\
Madame, Monsieur,

Je soussigné Serge Bonnaud, proviseur du lycée Suzanne Valadon de Limoges
(UAI <<0870634>>), autorise Mme Karine Puybaret, professeure documentaliste, à
valider sur votre plateforme la commande de renouvellement des abonnements
numériques du CDI (devis D-2025-1327, 1 284,00 € TTC).

Le bon d'engagement correspondant, signé, est joint au présent message.

Salutations distinguées,

S. Bonnaud
Proviseur
""", "2025-09-01 09:48", client="outlook",
           attach=[("BE_2025-0412_abonnements_CDI.pdf", "application/pdf",
                    fake_pdf("Bon d'engagement 2025-0412"))]))

add("head_of_establishment_request", False, "0340987", "esidoc", False, "fr",
    "The principal confirms from her phone (Apple quote style) her librarian's request quoted below "
    "(support was in copy): the reset may be done and the link sent to the school's address.",
    person("Catherine Fabre <catherine.fabre@ac-montpellier.fr>",
           "Re: Réinitialisation e-sidoc – collège Via Domitia",
           """\
Bonjour,

Je confirme la demande de Mme Ruiz ci-dessous : vous pouvez réinitialiser le
mot de passe et envoyer le lien à l'adresse du collège.

C. Fabre, principale

Envoyé de mon iPhone

> Le 2 sept. 2025 à 15:10, Laura Ruiz <laura.ruiz@ac-montpellier.fr> a écrit :
>
> Madame la Principale,
>
> Comme évoqué ce matin, je n'ai pas accès à l'administration du portail
> e-sidoc du collège (UAI <<0340987>>) : le compte est toujours au nom de mon
> prédécesseur. Le support demande une confirmation écrite de votre part ;
> je les mets en copie de ce message.
>
> Bien cordialement,
> Laura Ruiz, professeure documentaliste
""", "2025-09-02 18:31", client="iphone",
           to="Laura Ruiz <laura.ruiz@ac-montpellier.fr>",
           cc="Assistance <support@assistance.example.fr>",
           irt="<5C1F0E2A-8B7D-4E4A-9D3C-0F6B2A1E7D55@ac-montpellier.fr>"))

add("head_of_establishment_request", False, "0061789", "espace_acheteur", False, "en",
    "English; the newly appointed head of a private international school asks to transfer the "
    "Espace Acheteur administrator rights to the new bursar and close the former one's access.",
    person("Alan McBride <head@international-school-valbonne.fr>",
           "Change of administrator - Espace Acheteur",
           """\
Dear Sir or Madam,

As the newly appointed Head of School of the International School of
Valbonne (UAI <<0061789>>) since 1 September, I hereby ask you to transfer the
administrator rights of our Espace Acheteur account from Ms Gwen Patterson,
who left the school in July, to our new Bursar, Mr Julien Ferri
(bursar@international-school-valbonne.fr).

Please close Ms Patterson's access at the same time.

Yours faithfully,

Dr Alan McBride
Head of School
""", "2025-09-01 13:40", client="outlook", lang="en-GB"))

add("head_of_establishment_request", False, "0421033", "esidoc", True, "fr",
    "The new principal writes from a personal Gmail address (academic mailbox not open yet) to have "
    "the e-sidoc admin contact address changed to the official ce. address: weak evidence, staff "
    "must verify.",
    person("Nathalie Perret <nathalie.perret.pro@gmail.com>",
           "Changement d'adresse de contact e-sidoc – nouvelle principale",
           """\
Bonjour,

Nouvelle principale du collège Jules Vallès de Saint-Étienne (UAI <<0421033>>)
depuis le 1er septembre, je vous écris depuis mon adresse personnelle : ma
messagerie académique n'est pas encore ouverte, malgré mes relances.

Je vous demande de modifier l'adresse de contact du compte administrateur de
notre portail e-sidoc, actuellement celle de mon prédécesseur, au profit de
l'adresse officielle de l'établissement : ce.<<0421033>>@ac-lyon.fr.

Avec mes remerciements,
Nathalie Perret
Principale
""", "2025-09-01 21:15", client="gmail"))

add("head_of_establishment_request", False, "0950812", "esidoc", True, "fr",
    "Claims to be the proviseur from the ce.<UAI> address, but SPF/DMARC fail, the Return-Path is "
    "foreign and Reply-To is a free-mail address where the new passwords should go: a probable spoof. "
    "Still a head-of-establishment request for the queue, where staff should refuse it.",
    person("Proviseur Lycée Condorcet <ce.<<0950812>>@ac-versailles.fr>",
           "URGENT - accès administrateur",
           """\
Bonjour,

Je suis le nouveau proviseur. Merci de réinitialiser immédiatement les mots de
passe administrateur de l'établissement (e-sidoc) et de les envoyer à mon
adresse de travail provisoire indiquée en réponse, la messagerie du lycée
étant en maintenance cette semaine.

Cette demande est urgente pour la rentrée.

Le Proviseur
""", "2025-09-02 03:17", client="plain", auth="fail",
           return_path="bounce-0931@mx-notify-server.example.net",
           mail_from_domain="mx-notify-server.example.net",
           mta="vps-41877.mx-notify-server.example.net",
           reply_to="Proviseur <proviseur.condorcet95@gmail.com>"))

add("head_of_establishment_request", False, "0132287", "espace_acheteur", False, "fr",
    "Short written delegation from the ce.<UAI> address: the principal declares who may validate the "
    "Espace Acheteur orders this year.",
    person("Principal Collège Longchamp <ce.<<0132287>>@ac-aix-marseille.fr>",
           "Délégation – validation des commandes 2025-2026",
           """\
Bonjour,

Je délègue à Mme Samira Benhamou, adjointe gestionnaire, la validation des
commandes de l'établissement sur l'Espace Acheteur pour l'année scolaire
2025-2026. Merci d'ouvrir les droits correspondants.

Didier Fauré
Principal – collège Longchamp, Marseille
""", "2025-09-03 07:52", client="zimbra"))

add("head_of_establishment_request", False, "0451122", None, False, "fr",
    "New principal, ce.<UAI> address, formal letter asking to change the administrator of BOTH the "
    "e-sidoc portal and the Espace Acheteur account: no single platform.",
    person("Principal Collège Val de Loire <ce.<<0451122>>@ac-orleans-tours.fr>",
           "Changement des administrateurs des comptes de l'établissement",
           """\
Madame, Monsieur,

Ayant pris mes fonctions de principal du collège Val de Loire de Beaugency le
1er septembre, je découvre que les deux comptes que l'établissement détient
chez vous – le portail e-sidoc du CDI et l'Espace Acheteur – sont encore
administrés par des personnes qui ont quitté le collège.

Je vous demande de bien vouloir :
1. désigner Mme Hélène Brossard, professeure documentaliste, comme
   administratrice du portail e-sidoc ;
2. désigner M. Yannick Pasquier, gestionnaire, comme administrateur de
   structure sur l'Espace Acheteur ;
3. clôturer les accès de leurs prédécesseurs.

Je reste à votre disposition pour toute pièce justificative.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations
distinguées.

François Delaunay
Principal
""", "2025-09-04 10:30", client="zimbra"))

add("head_of_establishment_request", False, "0220456", "esidoc", True, "fr",
    "A principal transferred between académies writes from his new school's ce.<UAI> address; his "
    "former school's UAI (44) is mentioned as context. The request (e-sidoc admin reset, link to "
    "this address) concerns the new school (22) -> bretagne.",
    person("Yves Le Goaziou <ce.<<0220456>>@ac-rennes.fr>",
           "Demande du principal – portail e-sidoc",
           """\
Bonjour,

Précédemment principal du collège de la Chézine à Nantes (<<0440873>>), j'ai
été nommé à la rentrée à la tête du collège Les Sept-Îles de Perros-Guirec.
Là-bas, tout était en ordre ; ici, personne ne connaît le mot de passe
administrateur du portail e-sidoc.

Je vous demande donc, en ma qualité de chef d'établissement, de réinitialiser
ce mot de passe et d'envoyer le lien à la présente adresse (boîte officielle
de l'établissement), que je relève moi-même.

Cordialement,
Y. Le Goaziou
Principal
""", "2025-09-03 13:44", client="zimbra"))

add("head_of_establishment_request", False, "0590233", "esignature", False, "fr",
    "The proviseur, from the ce.<UAI> address, authorises his deputy to sign the conventions "
    "electronically on the e-signature platform in his name.",
    person("Proviseur Lycée Jean Perrin <ce.<<0590233>>@ac-lille.fr>",
           "Autorisation de signature électronique des conventions",
           """\
Madame, Monsieur,

Par la présente, j'autorise M. Hervé Caudron, proviseur adjoint, à signer
électroniquement en mon nom, sur votre plateforme de signature électronique,
les conventions et avenants concernant l'établissement pour l'année
2025-2026.

Je vous remercie de bien vouloir enregistrer cette délégation.

Michel Dewaele
Proviseur
""", "2025-09-05 16:12", client="zimbra"))

# ===========================================================================
# account_creation
# ===========================================================================

add("account_creation", True, None, "espace_acheteur", False, "fr",
    "New buyer of an intercommunal body asks how to create an account to order for the schools: "
    "the sign-up answer fits. No UAI, non-academic sender.",
    person("Agathe Mollard <a.mollard@cc-coeur-de-savoie.fr>",
           "Création de compte",
           """\
Bonjour,

Je viens de prendre le poste de responsable des achats à la communauté de
communes, qui gère les fournitures des écoles maternelles et élémentaires du
territoire. Mon prédécesseur passait par votre centrale, mais je n'ai pas de
compte à mon nom.

Comment dois-je procéder pour en créer un ?

Merci,
Agathe Mollard
""", "2025-08-26 10:18", client="outlook"))

add("account_creation", False, "0390567", "espace_acheteur", False, "fr",
    "New deputy bursar asks who the structure administrator of his lycée is, since the predecessor "
    "left without a word: needs a look-up, a person answers.",
    person("Loïc Besson <loic.besson@ac-besancon.fr>",
           "Qui est notre administrateur ?",
           """\
Bonjour,

Arrivé au lycée Victor Bérard de Morez comme adjoint gestionnaire, je dois
demander un compte sur l'Espace Acheteur, mais le formulaire me dit que ma
demande sera validée « par l'administrateur de votre structure ». Mon
prédécesseur est parti sans rien dire et personne ici ne sait qui c'est.

Pouvez-vous me dire qui est l'administrateur de structure du lycée
(<<0390567>>) ?

Loïc Besson
""", "2025-09-02 11:31", client="zimbra"))

add("account_creation", True, None, "espace_acheteur", False, "fr",
    "Filled the sign-up form on Monday; login says 'compte en attente de validation': FAQ case. "
    "Region from ac-creteil.fr.",
    person("Samia Rahmani <samia.rahmani@ac-creteil.fr>",
           "Compte en attente",
           """\
Bonjour,

J'ai rempli le formulaire d'inscription lundi. Quand j'essaie de me connecter,
j'ai le message « votre compte est en attente de validation ». C'est normal ?
Combien de temps ça prend ?

Samia Rahmani
Secrétariat d'intendance, collège Pablo Neruda
""", "2025-09-03 14:02", client="outlook"))

add("account_creation", True, "0681233", "espace_acheteur", True, "fr",
    "Negation ('je n'ai pas oublié mon mot de passe, je n'en ai jamais eu'): transferred from "
    "Besançon, he writes from his old ac-besancon.fr address; no account yet at the new collège (68): "
    "the UAI's region (grand-est) wins over the sender domain.",
    person("Guillaume Perrin <guillaume.perrin@ac-besancon.fr>",
           "Pas de mot de passe oublié – pas de compte du tout",
           """\
Bonjour,

Votre page d'aide me renvoie sans cesse vers « mot de passe oublié », mais je
n'ai pas oublié mon mot de passe : je n'en ai jamais eu. Arrivé de l'académie
de Besançon cette année (j'écris encore depuis mon ancienne adresse, la
nouvelle n'est pas prête), je suis le nouveau gestionnaire du collège
François Villon de Mulhouse, <<0681233>>, et je n'ai aucun compte sur l'Espace
Acheteur pour ce collège.

Comment en créer un ?

Guillaume Perrin
""", "2025-08-29 09:27", client="zimbra"))

add("account_creation", False, "0711034", "espace_acheteur", False, "fr",
    "Account works, but the order-validation button is missing: asks for order-management rights "
    "to be opened.",
    person("Martine Gauthier <martine.gauthier@ac-dijon.fr>",
           "Droits de validation des commandes",
           """\
Bonjour,

Mon compte fonctionne, je vois le catalogue et je peux constituer un panier,
mais je n'ai pas le bouton « Valider la commande ». Je suis la nouvelle
gestionnaire depuis lundi ; ma prédécesseure avait sans doute des droits que
je n'ai pas.

Pouvez-vous ouvrir les droits de gestion des commandes sur mon compte ?
Collège Saint-Exupéry, Chalon-sur-Saône – <<0711034>>

Merci,
M. Gauthier
""", "2025-09-03 15:28", client="zimbra"))

add("account_creation", False, None, "espace_acheteur", False, "en",
    "English; a bilingual school that opened in September 2025 asks for a buyer account: "
    "eligibility must be checked by a person. No UAI given, non-academic sender.",
    person("Emily Carter <e.carter@bilingual-school-annecy.fr>",
           "New school - buyer account",
           """\
Good afternoon,

We are a new bilingual primary school in Annecy that opened its doors on
1 September. Our regional contact told us that schools can order supplies
and furniture through your purchasing platform.

Could you let us know whether we are eligible and how to open a buyer
account? We are still waiting for our UAI number from the rectorat, if that
matters.

Kind regards,
Emily Carter
School Business Manager
""", "2025-09-04 13:19", client="gmail", lang="en-GB"))

add("account_creation", False, None, "espace_acheteur", False, "fr",
    "Account waiting for validation for ten days; the structure administrator is the bursar who "
    "retired in July: the region must step in. Region from ac-amiens.fr.",
    person("Didier Lemoine <didier.lemoine@ac-amiens.fr>",
           "Validation de compte bloquée depuis dix jours",
           """\
Madame, Monsieur,

J'ai déposé le 22 août une demande de compte sur l'Espace Acheteur pour le
collège Jean de La Fontaine de Château-Thierry, où je suis adjoint gestionnaire
depuis cette rentrée. Elle est depuis lors « en attente de validation par
l'administrateur de votre structure ».

Renseignement pris, cet administrateur est mon prédécesseur, parti à la
retraite en juillet, dont la messagerie est fermée. Il n'y a donc aucune
chance que ma demande soit validée par lui.

Pourriez-vous valider mon compte, ou m'indiquer qui peut le faire ?

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Didier Lemoine
""", "2025-09-01 17:44", client="outlook"))

add("account_creation", False, None, "espace_acheteur", False, "fr",
    "Town hall education department asks whether one account can cover the commune's five schools "
    "or whether each school needs its own: a person answers.",
    person("Service Éducation Ville de Montfleury <education@ville-montfleury.fr>",
           "Un compte pour la ville ou un compte par école ?",
           """\
Bonjour,

La ville de Montfleury prend en charge les achats de ses cinq écoles
publiques. Jusqu'ici chaque directeur commandait de son côté, avec des
résultats inégaux ; nous voudrions centraliser.

Est-il possible d'avoir un seul compte acheteur au nom de la ville pour les
cinq écoles, avec plusieurs utilisateurs ? Ou faut-il un compte par école,
rattaché à la ville ?

Cordialement,
Laetitia Garnier
Service Éducation – Ville de Montfleury
""", "2025-08-25 14:50", client="outlook"))

add("account_creation", True, None, "espace_acheteur", False, "fr",
    "Mentions the activation mail only to say it arrived (not in spam for once); after clicking, the "
    "account awaits the structure administrator's validation (FAQ case). Region from ac-rouen.fr.",
    person("Coralie Dumont <coralie.dumont@ac-rouen.fr>",
           "Après activation",
           """\
Bonjour,

Le mail d'activation est bien arrivé (merci, pour une fois rien dans les
spams !). J'ai cliqué sur le lien, choisi mon mot de passe, et maintenant le
site affiche « compte en attente de validation par l'administrateur de votre
structure ».

Que dois-je faire ? Est-ce que j'ai raté une étape ?

Coralie Dumont
Adjointe gestionnaire
""", "2025-09-02 10:59", client="tb"))

# ===========================================================================
# subscription_activation
# ===========================================================================

add("subscription_activation", True, "0820345", "esidoc", False, "fr",
    "Europresse ordered yesterday, not visible today: within the 72-hour window.",
    person("Hélène Marty <helene.marty@ac-toulouse.fr>",
           "Europresse pas encore visible",
           """\
Bonjour,

Nous avons commandé hier l'abonnement Europresse pour l'année. Ce matin il
n'apparaît ni dans « Mes abonnements » ni sur le portail des élèves.
Faut-il faire quelque chose de notre côté ?

Hélène Marty
CDI – lycée Bourdelle, Montauban (<<0820345>>)
""", "2025-09-03 09:05", client="zimbra"))

add("subscription_activation", True, "0010890", "esidoc", False, "fr",
    "New librarian who inherited the portal asks how to publish the Universalis resource on the "
    "e-sidoc home page for pupils.",
    person("Romain Giraud <romain.giraud@ac-lyon.fr>",
           "Publier une ressource sur le portail",
           """\
Bonjour,

Je découvre e-sidoc (j'arrive d'un établissement qui utilisait autre chose).
L'abonnement Universalis est bien actif d'après « Mes abonnements », mais il
n'apparaît pas sur la page d'accueil du portail des élèves. Comment le
publier ?

Merci,
Romain Giraud
Lycée de la Côtière, La Boisse – <<0010890>>
""", "2025-09-01 14:36"))

add("subscription_activation", False, "0030456", "esidoc", True, "fr",
    "Subscription ordered in June still not active in September (past the 72-hour rule); she wrongly "
    "guesses the academy's summer password change is the cause.",
    person("Agnès Rolland <agnes.rolland@ac-clermont.fr>",
           "Abonnement toujours inactif",
           """\
Bonjour,

Nous avons commandé le 17 juin l'abonnement Cafeyn pour la rentrée. Il
n'est toujours pas actif aujourd'hui : la ressource apparaît grisée, avec la
mention « abonnement expiré ».

Je pense que c'est lié au changement de mot de passe que l'académie nous a
imposé cet été sur nos comptes : depuis, plusieurs choses ne fonctionnent plus
comme avant. Faut-il que je ressaisisse quelque chose ?

Agnès Rolland
Professeure documentaliste – Collège Jules Ferry, Vichy – <<0030456>>
""", "2025-09-02 16:20"))

add("subscription_activation", True, "0750789", "esidoc", False, "en",
    "English; Universalis renewed yesterday, still shown as expired.",
    person("Mark Jennings <mark.jennings@ac-paris.fr>",
           "Universalis still shows expired",
           """\
Hello,

We renewed our Universalis subscription yesterday afternoon (order confirmed
on screen), but this morning the e-sidoc back office still lists it as
expired and students get an error page.

How long does activation usually take?

Best,
Mark Jennings
Librarian, Lycée Jean de La Fontaine (<<0750789>>)
""", "2025-09-04 08:55", client="outlook", lang="en-US"))

add("subscription_activation", True, "0490678", "esidoc", True, "fr",
    "Contrast: 'my password works, I am logged in, so it is not an access problem', but the Cafeyn "
    "resource ordered Monday appears nowhere: within 72 h.",
    person("Léa Fontaine <lea.fontaine@ac-nantes.fr>",
           "Ressource Cafeyn introuvable",
           """\
Bonjour,

Mon mot de passe fonctionne, je suis bien connectée à l'administration, ce
n'est donc pas un souci d'accès. Mais la ressource Cafeyn commandée lundi
n'apparaît nulle part : ni dans la liste des ressources, ni dans les
abonnements.

Collège Mendès France, Saumur – <<0490678>>

Bonne journée,
Léa Fontaine
""", "2025-09-03 11:46"))

add("subscription_activation", True, "0660234", "esidoc", False, "fr",
    "One line: please activate the Cafeyn subscription ordered this morning.",
    person("b.sola@ac-montpellier.fr", "Activation abonnement",
           """\
Bonjour, merci d'activer notre abonnement Cafeyn commandé ce matin. Collège <<0660234>>. B. Sola
""", "2025-09-05 11:30", client="roundcube"))

add("subscription_activation", True, "0510789", "esidoc", False, "fr",
    "Deputy head asks when the subscription ordered two days ago will be available: not a "
    "head-of-establishment request.",
    person("Jérôme Vasseur <jerome.vasseur@ac-reims.fr>",
           "Disponibilité de l'abonnement Europresse",
           """\
Madame, Monsieur,

Principal adjoint du collège Colbert de Reims, je reprends cette année le
suivi des ressources numériques. Notre commande Europresse a été validée
mercredi ; pouvez-vous me dire à partir de quand les élèves pourront y
accéder depuis le portail ? Nous avons prévu une séance de présentation
lundi.

Cordialement,
J. Vasseur
Principal adjoint – <<0510789>>
""", "2025-09-05 09:40", client="outlook"))

add("subscription_activation", True, "9710865", "esidoc", False, "fr",
    "Guadeloupe: Europresse ordered on 1 September not yet reachable on the 2nd. Guadeloupe time zone.",
    person("Marlène Jean-Baptiste <marlene.jean-baptiste@ac-guadeloupe.fr>",
           "Accès Europresse",
           """\
Bonjour,

Commande de l'abonnement Europresse passée hier, lundi 1er septembre. Ce
matin, les élèves de seconde tombent sur « ressource non disponible » depuis
le portail du CDI. Est-ce une question de délai ?

Cordialement,
Marlène Jean-Baptiste
Lycée Faustin Fléret, Morne-à-l'Eau – <<9710865>>
""", "2025-09-02 08:10", tz="-04:00", client="zimbra"))

_m = our_mid("SUP-007210")
add("subscription_activation", True, "0880412", "esidoc", False, "fr",
    "Thunderbird reply quoting the desk's 72-hour answer from yesterday: still nothing, is it normal? "
    "Still inside the window.",
    person("Sébastien Roy <sebastien.roy@ac-nancy-metz.fr>",
           "Re: [#SUP-007210] Abonnement Universalis non visible",
           """\
Bonjour,

C'était hier, et toujours rien ce matin. Est-ce normal ? Je préfère
demander avant la séance de jeudi avec les 3e.

S. Roy

Le 01/09/2025 à 16:12, Assistance a écrit :
> Bonjour,
>
> Un abonnement commandé est activé dans un délai de 72 heures. Si la
> ressource n'apparaît toujours pas passé ce délai, répondez à ce message
> en indiquant la date de la commande.
>
> Cordialement,
> L'équipe d'assistance
>
> Le 01/09/2025 à 15:47, Sébastien Roy a écrit :
>> Bonjour,
>> Commande Universalis passée ce matin pour le collège <<0880412>>,
>> pas encore visible. Merci.
""", "2025-09-02 08:05", irt=_m))

# ===========================================================================
# order_billing
# ===========================================================================

add("order_billing", False, "0290456", "esidoc", False, "fr",
    "Town hall accounting: the commune pays the school's e-sidoc subscription and asks for the "
    "invoice in its name on Chorus Pro (SIRET and service code given).",
    person("Comptabilité Mairie de Kervignac <compta@mairie-kervignac.fr>",
           "Facturation abonnement e-sidoc école du Bourg",
           """\
Bonjour,

À compter de cette année, c'est la commune qui prend en charge l'abonnement
e-sidoc de l'école élémentaire du Bourg (UAI <<0290456>>), jusqu'ici réglé par
la coopérative scolaire.

Merci d'émettre la prochaine facture au nom de la commune et de la déposer
sur Chorus Pro :
  SIRET : 212 901 234 00018
  Code service : EDUC
  Engagement juridique : EJ-2025-0317

Restant à votre disposition,
Sylvie Le Floch
Service comptabilité – Mairie de Kervignac
""", "2025-08-27 11:25", client="outlook"))

add("order_billing", False, "0350987", "espace_acheteur", False, "fr",
    "New bursar cannot find on Chorus Pro the June invoice of an Espace Acheteur order her "
    "predecessor placed.",
    person("Cédric Blanchard <cedric.blanchard@ac-rennes.fr>",
           "Facture de juin introuvable sur Chorus",
           """\
Bonjour,

En reprenant les dossiers de ma prédécesseure, je vois une commande passée
sur l'Espace Acheteur le 10 juin (mobilier pour la salle de permanence,
n° CMD-25-08841), livrée fin juin, mais aucune facture correspondante sur
Chorus Pro. L'agent comptable me la réclame pour clôturer l'exercice de
l'ancien budget.

Pouvez-vous vérifier qu'elle a bien été déposée, et sous quelle référence ?

Cédric Blanchard
Gestionnaire – Collège Les Gayeulles, Rennes – <<0350987>>
""", "2025-09-04 10:12", client="zimbra"))

add("order_billing", False, "0450612", "esidoc", False, "fr",
    "The bon d'engagement (signed by the proviseur) is refused at order validation ('fichier trop "
    "volumineux'); PDF attached.",
    person("Nathalie Blin <nathalie.blin@ac-orleans-tours.fr>",
           "Bon d'engagement refusé",
           """\
Bonjour,

Au moment de valider la commande des abonnements du CDI, le site refuse le bon
d'engagement signé par le proviseur : « fichier trop volumineux ». C'est un
scan de deux pages… Je vous le joins ici, pouvez-vous l'ajouter à la commande
de votre côté ?

Merci,
Nathalie Blin
Lycée Voltaire, Orléans – <<0450612>>
""", "2025-09-02 15:06", client="tb",
           attach=[("BE signé proviseur.pdf", "application/pdf", fake_pdf("BE scan"))]))

add("order_billing", False, None, "esidoc", False, "en",
    "English; bursar of an international lycée asks whether the subscription invoice can be paid by "
    "card instead of mandat administratif.",
    person("Sarah Whitmore <bursar@lycee-international-st-germain.fr>",
           "Payment by card?",
           """\
Hello,

Quick question from a new bursar still learning the French public-sector
ways: can we pay the invoice for our e-sidoc subscription by credit card, or
is a mandat administratif / bank transfer the only option? Our agent
comptable is away until mid-September and I would like to settle it before.

Thanks,
Sarah Whitmore
Bursar
""", "2025-09-01 12:40", client="outlook", lang="en-GB"))

add("order_billing", False, "0400311", "esidoc", False, "fr",
    "The basket prepared in early July has vanished (baskets are kept 15 days); she wrongly fears "
    "the account was hacked and offers to change the password.",
    person("Françoise Delmas <francoise.delmas@ac-bordeaux.fr>",
           "Compte piraté ?",
           """\
Bonjour,

J'avais préparé début juillet un panier de 23 titres pour le fonds de
romans du CDI, à valider à la rentrée. Il a disparu : le panier est vide.
Je crains que notre compte ait été piraté pendant l'été. Faut-il changer le
mot de passe ? Et peut-on récupérer le panier ? J'y avais passé des heures.

Françoise Delmas
Collège Jean Rostand, Mont-de-Marsan – <<0400311>>
""", "2025-09-01 10:24", client="outlook"))

add("order_billing", False, "0840456", "esidoc", True, "fr",
    "Opens by saying there is no password or login problem; asks to reissue an invoice that shows "
    "the establishment's former address (it moved over the summer).",
    person("Rachid Amrani <rachid.amrani@ac-aix-marseille.fr>",
           "Facture à rééditer",
           """\
Bonjour,

Aucun problème de mot de passe ni de connexion cette fois, tout fonctionne.
En revanche la facture FA-2025-05120, reçue hier, porte l'ancienne adresse de
l'établissement : nous avons déménagé cet été dans les nouveaux locaux,
avenue des Vergers. L'agent comptable refuse de la mettre en paiement ainsi.

Pouvez-vous la rééditer avec la nouvelle adresse ?

Rachid Amrani
Adjoint gestionnaire – Lycée Frédéric Mistral, Avignon – <<0840456>>
""", "2025-09-04 09:33", client="zimbra"))

add("order_billing", False, "0190456", "esidoc", False, "fr",
    "Formal request, from the ce.<UAI> address, for a quote (devis) for the subscriptions' renewal, "
    "needed for the bon d'engagement.",
    person("Intendance Collège Georges Clemenceau <ce.<<0190456>>@ac-limoges.fr>",
           "Demande de devis – renouvellement des abonnements",
           """\
Madame, Monsieur,

Je me permets de vous solliciter afin d'obtenir un devis pour le
renouvellement, pour l'année 2025-2026, des abonnements numériques du CDI
(portail e-sidoc, Europresse, Universalis), devis indispensable à
l'établissement du bon d'engagement.

Je vous remercie par avance et vous prie d'agréer, Madame, Monsieur,
l'expression de mes salutations distinguées.

Pour le gestionnaire,
Josette Faucher, secrétaire d'intendance
Collège Georges Clemenceau – Tulle
""", "2025-08-28 14:45", client="zimbra"))

add("order_billing", False, None, "espace_acheteur", False, "fr",
    "Intercommunal body: an order of school furniture is 'en attente de validation' since 28 August; "
    "asks who must validate it and sends the signed purchase order.",
    person("Patrice Noël <patrice.noel@cc-terres-de-loire.fr>",
           "Commande en attente de validation",
           """\
Bonjour,

Notre commande de mobilier pour les écoles de la communauté de communes
(n° CMD-25-09377) est affichée « en attente de validation » depuis le 28 août.
Le bon de commande a été signé par le président le jour même. Qui doit la
valider, et comment ? Les écoles ouvrent lundi sans tables pour deux classes…

Patrice Noël
Service commande publique
""", "2025-08-29 16:58", client="outlook",
           attach=[("BC_2025_118_signe.pdf", "application/pdf", fake_pdf("BC 2025-118"))]))

add("order_billing", False, "0940567", "espace_acheteur", False, "fr",
    "Outlook reply with long quoted history: a payment reminder for an invoice she already paid in "
    "July (mandate number given); her own first message is quoted too.",
    person("Évelyne Marchand <evelyne.marchand@ac-creteil.fr>",
           "RE: Relance facture FA-2025-03321",
           """\
Bonjour,

Je reviens vers vous car je reçois une deuxième relance pour cette facture,
alors qu'elle a été payée le 11 juillet (mandat n° 1452, virement Banque de
France). Pouvez-vous faire le rapprochement et stopper les relances ?

Évelyne Marchand
Agent comptable – Lycée Gustave Eiffel, Cachan – <<0940567>>

De : Comptabilité clients <compta-clients@assistance.example.fr>
Envoyé : lundi 1 septembre 2025 08:02
À : Évelyne Marchand <evelyne.marchand@ac-creteil.fr>
Objet : Relance facture FA-2025-03321

Madame,

Sauf erreur de notre part, la facture FA-2025-03321 du 12 mai 2025
(commande Espace Acheteur CMD-25-06112, 2 310,00 € TTC) demeure impayée à ce
jour. Nous vous remercions de bien vouloir procéder à son règlement.

Le service comptabilité

De : Évelyne Marchand
Envoyé : mardi 15 juillet 2025 10:40
À : Comptabilité clients <compta-clients@assistance.example.fr>
Objet : RE: Relance facture FA-2025-03321

Bonjour,
Cette facture a été réglée le 11 juillet, mandat 1452.
Cordialement,
E. Marchand
""", "2025-09-02 14:08", client="outlook"))

# ===========================================================================
# contract_documents
# ===========================================================================

add("contract_documents", False, None, "espace_acheteur", False, "fr",
    "New buyer of an agglomeration: market 2024-057 is listed in 'Mes Marchés' but its documents "
    "(CCTP, BPU) are not shown.",
    person("Julie Arnaud <julie.arnaud@agglo-val-de-durance.fr>",
           "Pièces du marché 2024-057 invisibles",
           """\
Bonjour,

Dans « Mes Marchés », le marché 2024-057 « fournitures scolaires et
pédagogiques » apparaît bien, mais l'onglet des pièces est vide : pas de
CCTP, pas de BPU. Ma collègue, qui a un compte plus ancien, les voit.

Je suis arrivée à l'agglomération le 25 août. Est-ce un problème de droits
ou un souci sur le marché lui-même ?

Julie Arnaud
Direction de la commande publique
""", "2025-09-02 09:14", client="outlook"))

add("contract_documents", False, "0850789", "espace_acheteur", False, "fr",
    "The membership convention can no longer be found after the summer platform update.",
    person("Pierre-Yves Kerhervé <py.kerherve@ac-nantes.fr>",
           "Convention d'adhésion introuvable",
           """\
Bonjour,

Avant l'été, je retrouvais notre convention d'adhésion à la centrale dans
l'espace documentaire. Depuis la mise à jour d'août, impossible de remettre la
main dessus, alors que notre agent comptable m'en demande une copie pour le
dossier de rentrée.

Où est-elle passée ?

P.-Y. Kerhervé
Gestionnaire, lycée Édouard Branly, La Roche-sur-Yon – <<0850789>>
""", "2025-09-01 11:55", client="zimbra"))

add("contract_documents", False, None, "espace_acheteur", False, "en",
    "English; amendment no. 1 of a market is announced in the notification letter but missing from "
    "the documents tab. Region from ac-versailles.fr.",
    person("Oliver Grant <oliver.grant@ac-versailles.fr>",
           "Missing amendment - market 2023-118",
           """\
Hello,

The notification letter we received in July mentions Amendment No. 1 to
market 2023-118 (IT equipment), but the amendment is not in the documents tab
of the Espace Acheteur – only the original contract and the price schedule.

Could you add it or send it to us?

Regards,
Oliver Grant
Deputy bursar
""", "2025-09-03 10:48", client="outlook", lang="en-GB"))

add("contract_documents", False, None, "espace_acheteur", False, "fr",
    "Indirect: 'Mes Marchés' shows an empty documents area and she wrongly suspects her browser "
    "blocks pop-ups; it is about market documents not visible. Region from ac-caen.fr.",
    person("Brigitte Hamon <brigitte.hamon@ac-caen.fr>",
           "Problème de navigateur ?",
           """\
Bonjour,

Je crois que mon navigateur bloque quelque chose : quand je clique sur le
marché « Restauration scolaire – denrées » dans Mes Marchés, la page s'ouvre
mais la partie « Documents du marché » reste blanche. J'ai autorisé les
fenêtres pop-up, vidé le cache, essayé avec Firefox et Edge. Rien.

J'ai besoin de l'acte d'engagement et du bordereau de prix pour préparer la
commande de septembre.

Brigitte Hamon
Intendance – cité scolaire de Vire
""", "2025-09-02 13:37", client="outlook16", charset="windows-1252"))

_m = our_mid("SUP-007141")
add("contract_documents", False, "0310987", "espace_acheteur", False, "fr",
    "Thunderbird follow-up on an open ticket: the amendment is still missing after the region's answer.",
    person("Alain Roques <alain.roques@ac-toulouse.fr>",
           "Re: [#SUP-007141] Avenant manquant – marché 2024-031",
           """\
Bonjour,

Je me permets de revenir vers vous : malgré votre réponse du 27 août,
l'avenant n° 2 du marché 2024-031 n'apparaît toujours pas dans les documents
du marché. J'ai vérifié ce matin encore.

Alain Roques
Lycée Raymond Naves, Toulouse – <<0310987>>

Le 27/08/2025 à 15:20, Assistance Occitanie a écrit :
> Bonjour,
>
> Nous avons signalé l'absence de l'avenant n° 2 au titulaire du marché ;
> il sera mis en ligne dans les prochains jours.
>
> Cordialement,
> L'équipe d'assistance – région Occitanie
""", "2025-09-04 08:40", irt=_m))

add("contract_documents", False, "0591456", "espace_acheteur", False, "fr",
    "The signed acte d'engagement of market 2025-004 is missing from the market documents; the "
    "agent comptable needs it.",
    person("Sandrine Petit <sandrine.petit@ac-lille.fr>",
           "Acte d'engagement manquant – marché 2025-004",
           """\
Bonjour,

Il manque l'acte d'engagement signé du marché 2025-004 (mobilier de CDI)
dans les documents du marché sur l'Espace Acheteur. Notre agent comptable le
réclame pour mandater la facture de la commande livrée en août.

Pouvez-vous le mettre en ligne ou nous l'envoyer ?

Sandrine Petit, gestionnaire
Collège Verlaine, Lille – <<0591456>>
""", "2025-09-05 10:31", client="zimbra"))

add("contract_documents", False, None, "espace_acheteur", False, "fr",
    "Short: the 2025 convention PDF opens as an empty file. Region from ac-grenoble.fr.",
    person("g.roche@ac-grenoble.fr", "convention 2025",
           """\
Bonjour, impossible d'ouvrir le PDF de la convention 2025 dans l'espace documents (fichier vide, 0 Ko). Merci. G. Roche
""", "2025-08-28 16:03", client="roundcube"))

# ===========================================================================
# transfer_incident
# ===========================================================================

add("transfer_incident", False, "0070123", "ecoledirecte", False, "fr",
    "Server replaced over the summer; Charlemagne says 'licence invalide' and transfers to "
    "EcoleDirecte stopped: licence to regenerate.",
    person("Informatique Ensemble scolaire Saint-Michel <informatique@saint-michel-annonay.fr>",
           "Licence Charlemagne invalide après changement de serveur",
           """\
Bonjour,

Nous avons remplacé le serveur de l'établissement pendant l'été (ancienne
machine hors d'usage). Depuis la réinstallation, Charlemagne indique
« licence invalide » au démarrage et les transferts vers EcoleDirecte ne
partent plus : les parents voient encore les classes de l'an dernier.

Pouvez-vous régénérer la licence pour le nouveau serveur ?

Établissement : Ensemble scolaire Saint-Michel, Annonay – UAI <<0070123>>

Cordialement,
Florian Vidal
Service informatique
""", "2025-08-27 10:46", client="outlook"))

add("transfer_incident", False, None, "ecoledirecte", True, "fr",
    "Asks for 'le mot de passe du jour' for the maintenance tool to restart replication and says it "
    "is not his account password: transfer_incident per the taxonomy, not password_reset.",
    person("Hugo Ferreira <hugo.ferreira@ensemble-scolaire-lasalle.fr>",
           "Mot de passe du jour",
           """\
Bonjour,

J'ai besoin du mot de passe du jour pour la maintenance (Outils >
Maintenance) afin de relancer la réplication vers EcoleDirecte, bloquée
depuis la restauration de la base vendredi. Et non, je n'ai pas perdu le mot
de passe de mon compte : celui-là fonctionne très bien.

Merci de me le communiquer rapidement, les emplois du temps doivent partir
avant lundi.

Hugo Ferreira
Technicien informatique – Ensemble scolaire La Salle
""", "2025-08-30 09:12", client="tb"))

add("transfer_incident", False, "0290512", "ecoledirecte", False, "fr",
    "A new head of a private collège (not a head-of-establishment request): parents cannot see the "
    "timetables since the rentrée; the last transfer dates from 4 July.",
    person("Direction Collège Notre-Dame <direction@notredame-quimper.fr>",
           "Emplois du temps invisibles pour les familles",
           """\
Bonjour,

Directeur du collège Notre-Dame depuis le 1er septembre, je découvre avec
l'équipe que les familles ne voient pas les emplois du temps dans
EcoleDirecte. D'après notre secrétaire, le dernier transfert réussi date du
4 juillet ; depuis, le bouton « Transférer » tourne puis affiche une erreur
sans message.

Pourriez-vous regarder ce qui bloque ? UAI <<0290512>>.

Avec mes remerciements,
Arnaud Le Meur
Directeur
""", "2025-09-02 17:22", client="apple"))

add("transfer_incident", False, "0470234", "ecoledirecte", False, "fr",
    "Thunderbird forward of the IT provider's report: the transfer connection fails with error 401.",
    person("Secrétariat Collège Sainte-Marie <secretariat@college-ste-marie-agen.fr>",
           "Fwd: Erreur transfert EcoleDirecte",
           """\
Bonjour,

Je vous fais suivre le message de notre prestataire informatique. Pouvez-vous
nous aider ? Les familles ne voient pas les classes de cette année.

Collège Sainte-Marie, Agen – UAI <<0470234>>

-------- Message transféré --------
Sujet :	Erreur transfert EcoleDirecte
Date :	Mon, 1 Sep 2025 16:40:12 +0200
De :	Julien Bousquet <j.bousquet@agen-infoservices.fr>
Pour :	secretariat@college-ste-marie-agen.fr

Bonjour Madame,

J'ai regardé le poste du secrétariat : le transfert échoue à l'étape de
connexion au serveur, avec le code « 401 – authentification refusée ».
Le réseau et le proxy sont bons (test OK vers d'autres sites). Il faut
contacter l'éditeur, c'est de leur côté.

Cordialement,
Julien Bousquet
Agen Info Services
""", "2025-09-02 08:50", client="tb"))

add("transfer_incident", False, None, "ecoledirecte", False, "en",
    "English with French terms, an IT contractor: after moving Charlemagne to a new virtual machine, "
    "the nightly replication stops with 'base verrouillée'.",
    person("Kevin Morel <kevin@morel-it-services.fr>",
           "Replication stops every night (base verrouillée)",
           """\
Hi,

I'm the IT contractor for Institution Saint-Joseph (private collège + lycée).
Over the summer we moved the Charlemagne server to a new virtual machine.
Since then the nightly replication to EcoleDirecte stops around 02:00; the
log only says "base verrouillée" and the service has to be restarted by hand
in the morning.

Is there a known fix, or do you need remote access? We're available any
time this week.

Cheers,
Kevin Morel
Morel IT Services
""", "2025-09-03 18:05", client="gmail", lang="en-GB"))

add("transfer_incident", False, None, "ecoledirecte", False, "fr",
    "The antivirus pushed by the provider quarantines Outils.exe, so transfers no longer run.",
    person("Claire Rousset <claire.rousset@institution-sacre-coeur.fr>",
           "Outils mis en quarantaine par l'antivirus",
           """\
Bonjour,

Depuis la mise à jour de l'antivirus posée par notre prestataire fin août, le
programme Outils.exe est mis en quarantaine dès qu'on le lance. Du coup plus
aucun transfert vers EcoleDirecte, et les notes de la première semaine ne
remontent pas.

Quels fichiers ou dossiers faut-il exclure ?

Claire Rousset
Secrétariat de direction – Institution du Sacré-Cœur
""", "2025-09-05 15:15", client="outlook"))

add("transfer_incident", False, "0801234", "ecoledirecte", False, "fr",
    "Very short: EcoleDirecte transfer fails since this morning with code 403; UAI in the signature.",
    person("admin@lycee-prive-la-providence.fr", "Transfert KO",
           """\
Transfert EcoleDirecte KO depuis ce matin, code 403. Urgent, rentrée des 6e demain.
--
La Providence Amiens – <<0801234>>
""", "2025-09-01 08:20", client="plain"))

add("transfer_incident", False, "0831234", "ecoledirecte", True, "fr",
    "Wrongly blames the new anti-spam filter for the failing EcoleDirecte transfers: a transfer "
    "incident, not a mail or MailInBlack problem.",
    person("Jean-Louis Barbier <jl.barbier@ecole-saint-louis-toulon.fr>",
           "Transferts bloqués – filtre antispam ?",
           """\
Bonjour,

Je pense que le nouveau filtre antispam installé par notre prestataire
bloque les transferts : depuis son installation, la semaine dernière, les
transferts EcoleDirecte échouent tous avec « délai d'attente dépassé ».
Avant, tout marchait. Faut-il déclarer une adresse chez vous, ou une adresse
chez nous ?

Jean-Louis Barbier
Chef d'établissement – École et collège Saint-Louis, Toulon – <<0831234>>
""", "2025-09-04 11:07", client="outlook"))

add("transfer_incident", False, "0440987", "ecoledirecte", False, "fr",
    "After restoring the Charlemagne database from a backup, replication must be re-initialised.",
    person("Mathieu Guillou <m.guillou@lycee-saint-felix-nantes.fr>",
           "Réinitialisation de la réplication",
           """\
Bonjour,

Suite à une panne disque, nous avons restauré hier la base Charlemagne à
partir de la sauvegarde du 29 août. Depuis, le transfert EcoleDirecte
signale une incohérence de réplication et refuse de partir.

Pouvez-vous procéder à la réinitialisation de la réplication de votre côté,
ou m'indiquer la marche à suivre ?

Mathieu Guillou
Responsable informatique – Lycée Saint-Félix, Nantes – <<0440987>>
""", "2025-09-03 09:30", client="outlook"))

add("transfer_incident", False, "0571345", "ecoledirecte", False, "fr",
    "New firewall and proxy installed this summer; HTTP transfer settings needed; the diagnostic fails "
    "at the connection test.",
    person("Laurent Weber <l.weber@ecole-jeanne-darc-metz.fr>",
           "Paramètres proxy pour les transferts",
           """\
Bonjour,

Un nouveau pare-feu avec proxy authentifiant a été mis en place cet été.
Depuis, le diagnostic des transferts échoue au test de connexion. Quels
ports et quelles adresses faut-il ouvrir, et où renseigner le proxy dans
Charlemagne ?

Laurent Weber
Informatique – École Jeanne d'Arc, Metz – <<0571345>>
""", "2025-09-02 10:02", client="tb"))

# ===========================================================================
# other
# ===========================================================================

_m = our_mid("SUP-007177")
add("other", False, None, "esidoc", True, "fr",
    "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. "
    "Region from ac-grenoble.fr.",
    person("Mélanie Rochas <melanie.rochas@ac-grenoble.fr>",
           "Re: [#SUP-007177] Réinitialisation du mot de passe e-sidoc",
           """\
Merci beaucoup, le nouveau mot de passe fonctionne, tout est rentré dans
l'ordre ! Bonne rentrée à vous.

Mélanie

Le 02/09/2025 à 09:41, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
> officielle de l'établissement (c***@ac-grenoble.fr). Il est valable
> 12 heures.
>
> Cordialement,
> L'équipe d'assistance
""", "2025-09-02 11:15", irt=_m))

add("other", False, None, None, True, "fr",
    "Phishing: 'your academic mailbox password expires today, confirm it'. Mentions a password but is "
    "not password_reset; the look-alike domain is not an académie domain, so no region.",
    person("Messagerie académique <securite@support-ac-lyon.net>",
           "Votre mot de passe expire aujourd'hui",
           """\
Cher utilisateur,

Le mot de passe de votre messagerie académique expire aujourd'hui.
Afin d'éviter la suspension de votre compte et la perte de vos messages,
confirmez votre mot de passe actuel dans les 24 heures via le lien
ci-dessous :

https://support-ac-lyon.net/confirmation/compte?id=88412

Cordialement,
Le service informatique du rectorat
""", "2025-09-01 06:12", client="plain", auth="none"))

add("other", False, None, None, False, "en",
    "English SEO / link-building spam.",
    person("Jake Morrison <jake@rankboost-agency.example.com>",
           "Quick question about assistance.example.fr",
           """\
Hi there,

I was checking assistance.example.fr and noticed a few pages that could rank
much higher on Google with some quality backlinks. We work with 200+
education websites and can guarantee first-page results in 60 days.

Would you be open to a 15-minute call this week? Reply "YES" and I'll send
our back-to-school pricing.

Best,
Jake
""", "2025-08-26 04:41", client="plain", auth="spfonly"))

add("other", False, None, None, False, "fr",
    "A parent asks for the school supplies list of a collège: wrong address, unrelated.",
    person("Karine Moulin <karine.moulin76@laposte.net>",
           "liste de fournitures 5e",
           """\
Bonjour,

Mon fils entre en 5e au collège Boieldieu et nous n'avons pas reçu la liste
de fournitures. Est-ce que vous pouvez me l'envoyer ? Le site du collège ne
marche pas.

Merci d'avance
Karine Moulin
""", "2025-08-30 20:14", client="plain", auth="pass"))

add("other", False, None, None, False, "fr",
    "Unsolicited application for a work-study contract (alternance) in IT support, CV attached.",
    person("Yanis Belkacem <yanis.belkacem@gmail.com>",
           "Candidature alternance – technicien support",
           """\
Madame, Monsieur,

Actuellement en BTS SIO option SISR, je recherche une entreprise d'accueil
pour mon alternance à compter de septembre 2025. Votre service d'assistance
aux établissements scolaires correspond exactement au domaine dans lequel je
souhaite évoluer.

Vous trouverez ci-joint mon CV. Je me tiens à votre disposition pour un
entretien.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Yanis Belkacem
""", "2025-08-25 18:30", client="gmail",
           attach=[("CV_Yanis_Belkacem.pdf", "application/pdf", fake_pdf("CV"))]))

add("other", False, None, None, True, "fr",
    "Transferred teacher asks for the password of her NEW académie mailbox (not a service of the "
    "desk): mentions password and activation but is not password_reset. Personal address, no region.",
    person("Claire Dussart <claire.dussart@laposte.net>",
           "Mot de passe messagerie académique",
           """\
Bonjour,

Mutée de l'académie d'Amiens vers celle de Nantes, j'ai reçu un courrier
m'indiquant mon identifiant pour la nouvelle messagerie académique, mais pas
le mot de passe, et le lien d'activation indiqué ne fonctionne pas. Mon
ancienne adresse est déjà fermée.

Pouvez-vous me communiquer mon mot de passe de messagerie, ou me dire qui
contacter ? Je ne sais plus à qui m'adresser.

Claire Dussart
""", "2025-09-01 19:48", client="plain", auth="pass"))

add("other", False, None, None, False, "fr",
    "'Bien reçu, merci.' from a phone: nothing to do. Region from ac-dijon.fr.",
    person("Patrick Simonin <patrick.simonin@ac-dijon.fr>",
           "Re: [#SUP-007219] Devis abonnements",
           """\
Bien reçu, merci.

Envoyé de mon iPhone
""", "2025-09-04 18:02", client="iphone", irt=our_mid("SUP-007219")))

add("other", False, None, None, False, "fr",
    "Angry complaint about an unanswered request that says nothing about the topic. Region from "
    "ac-nice.fr.",
    person("Jacques Ollivier <jacques.ollivier@ac-nice.fr>",
           "TROISIÈME RELANCE",
           """\
Bonjour,

Troisième message sans la moindre réponse. En pleine rentrée, c'est tout
simplement inadmissible. Je ne vais pas réexpliquer une quatrième fois.
Merci de me rappeler au 04 93 00 00 00.

J. Ollivier
""", "2025-09-03 12:33", client="outlook"))

add("other", False, None, None, False, "fr",
    "Cold sales prospecting (mobile library shelving) written to one person, no list headers: "
    "other, not automated.",
    person("Vincent Hurel <v.hurel@mobilier-bibliotheque.example.com>",
           "Rentrée : vos rayonnages de CDI",
           """\
Bonjour,

Je me permets de vous contacter car nous accompagnons de nombreux CDI dans le
réaménagement de leurs espaces. Pour la rentrée, nous proposons une gamme de
bacs à albums et de rayonnages mobiles à -20 % jusqu'au 30 septembre.

Seriez-vous la bonne personne pour en parler, ou pourriez-vous me
transmettre le contact adéquat ?

Bien cordialement,
Vincent Hurel
Responsable commercial Grand Ouest
""", "2025-09-02 09:05", client="outlook"))

add("other", False, None, "espace_acheteur", False, "fr",
    "A person asks by hand to be removed from the newsletter: written by hand, so not automated.",
    person("Dominique Faure <dominique.faure@ac-montpellier.fr>",
           "Désinscription",
           """\
Bonjour,

Je suis à la retraite depuis le 1er septembre : merci de me retirer de
votre lettre d'information de l'Espace Acheteur. Le lien « se désinscrire »
m'affiche une page d'erreur.

Bonne continuation,
D. Faure
""", "2025-09-01 09:15", client="zimbra"))

add("other", False, None, "espace_acheteur", False, "fr",
    "Wants to register for a back-to-school webinar; the registration link fails.",
    person("Émilie Charpentier <emilie.charpentier@cc-pays-de-gex.fr>",
           "Inscription au webinaire de rentrée",
           """\
Bonjour,

Je souhaite m'inscrire au webinaire de présentation de l'Espace Acheteur du
11 septembre, mais le lien de la lettre d'information mène à une page
« événement complet ». Reste-t-il des places, ou y aura-t-il une autre
session ?

Émilie Charpentier
""", "2025-09-03 14:44", client="outlook"))

add("other", False, None, "ticket_portal", False, "fr",
    "How-to question on the ticket portal (follow the tickets of several schools from one account): "
    "no category of its own.",
    person("Gilles Martineau <g.martineau@mairie-la-chapelle-sur-loire.fr>",
           "Portail de tickets : plusieurs écoles",
           """\
Bonjour,

Je suis le référent informatique de la mairie pour trois écoles. Sur le
portail de tickets, je ne vois que les tickets que j'ai ouverts moi-même.
Est-il possible de voir aussi ceux ouverts par les directeurs des trois
écoles, pour ne pas faire de doublons ?

Gilles Martineau
""", "2025-09-04 16:20", client="tb"))

add("other", False, None, None, False, "fr",
    "A town hall's IT contact asks to be called back about 'our schools', says it is too complicated "
    "to explain in writing: no category can be told.",
    person("Frédéric Lambert <f.lambert@ville-saint-avertin.fr>",
           "Demande de rappel",
           """\
Bonjour,

Pourriez-vous me rappeler au sujet de nos écoles ? C'est un peu compliqué à
expliquer par écrit, il y a plusieurs choses qui se mélangent depuis
l'été. Je suis joignable le matin au 02 47 00 00 00.

Merci,
F. Lambert – DSI, Ville de Saint-Avertin
""", "2025-08-28 11:40", client="outlook"))

add("other", False, None, None, False, "en",
    "English invitation to an edtech conference.",
    person("Laura Bennett <events@edtech-summit.example.org>",
           "Invitation: EdTech Europe Summit, Lyon, 14-15 October",
           """\
Dear colleague,

We are delighted to invite your support team to the EdTech Europe Summit in
Lyon on 14-15 October. This year's theme is "Supporting schools at scale":
help-desk automation, identity management for school staff and more.

Speakers from twelve countries, with simultaneous French/English
interpretation. Early-bird registration closes on 20 September.

Warm regards,
Laura Bennett
Programme team
""", "2025-09-02 14:00", client="plain", auth="pass"))

add("other", False, None, None, False, "fr",
    "GDPR erasure request from a librarian who left for another académie: wants her personal data "
    "removed from the former school's account. Region from her new ac-reims.fr address.",
    person("Marion Gillet <marion.gillet@ac-reims.fr>",
           "Suppression de mes données personnelles (RGPD)",
           """\
Bonjour,

J'ai quitté en juin le collège où j'étais documentaliste (académie de
Versailles) pour un poste dans la Marne. Mon nom et mon adresse personnelle
figurent encore sur le compte de mon ancien établissement chez vous, ainsi
que dans votre liste de diffusion.

Conformément au RGPD, je vous demande de supprimer mes données personnelles.

Marion Gillet
""", "2025-09-03 20:10", client="zimbra"))

add("other", False, None, "esignature", False, "fr",
    "Asks whether an electronic signature has the same legal value as a handwritten one for the "
    "agent comptable: a question, not access to contract documents.",
    person("Benoît Carré <benoit.carre@ac-normandie.fr>",
           "Valeur de la signature électronique",
           """\
Bonjour,

Notre nouvel agent comptable refuse les conventions signées sur votre
plateforme de signature électronique : il veut un original papier signé à
l'encre. Avez-vous un document expliquant la valeur juridique de la
signature électronique, que je puisse lui transmettre ?

Benoît Carré, gestionnaire
""", "2025-09-05 08:48", client="zimbra"))

add("other", False, "0770345", None, True, "fr",
    "New proviseur's courtesy letter from the ce.<UAI> address announcing his arrival; a formal head's "
    "letter that asks for nothing: not a head-of-establishment request.",
    person("Proviseur Lycée Léonard de Vinci <ce.<<0770345>>@ac-creteil.fr>",
           "Prise de fonctions",
           """\
Madame, Monsieur,

J'ai l'honneur de vous informer que j'ai pris, le 1er septembre 2025, mes
fonctions de proviseur du lycée Léonard de Vinci de Melun, en remplacement de
M. Thierry Chevallier, admis à faire valoir ses droits à la retraite.

Les interlocuteurs de l'établissement pour vos services restent inchangés :
Mme Corinne Bayle, professeure documentaliste, et M. Hamid Touati,
gestionnaire.

Je me réjouis de la poursuite de notre collaboration et vous prie d'agréer,
Madame, Monsieur, l'expression de mes salutations distinguées.

Bertrand Lefranc
Proviseur
""", "2025-09-04 09:00", client="zimbra"))

add("other", False, None, None, False, "fr",
    "A teacher asks about her transfer (mutation) file: unrelated to the services. Region from "
    "ac-bordeaux.fr.",
    person("Aurore Lacoste <aurore.lacoste@ac-bordeaux.fr>",
           "Question mutation",
           """\
Bonjour,

Je n'ai toujours pas reçu mon arrêté d'affectation pour la rentrée, alors que
j'ai obtenu ma mutation dans les Landes. Mon établissement actuel me dit de
voir avec vous. Pouvez-vous me dire où en est mon dossier ?

Aurore Lacoste, professeure de lettres
""", "2025-08-29 14:27", client="zimbra"))

add("other", False, None, None, False, "fr",
    "Personal message sent to the desk by address autocomplete. Region from ac-lille.fr.",
    person("Nadine Vermeersch <nadine.vermeersch@ac-lille.fr>",
           "ce soir",
           """\
Coucou Sabine,

Finalement je passe te prendre à 18h30 pour le pot de rentrée, Marc nous
rejoint directement. N'oublie pas le cadeau pour Josiane !

Bises,
Nadine
""", "2025-09-05 12:10", client="zimbra"))

# ===========================================================================
# automated
# ===========================================================================

def our_message(ticket, subject, to, body, date):
    """One of the desk's own automatic answers, as it appears inside a bounce."""
    d = parse_date(date)
    mid = our_mid(ticket, int(d.timestamp()))
    txt = ("From: Assistance <support@assistance.example.fr>\n"
           "To: %s\n"
           "Subject: %s\n"
           "Date: %s\n"
           "Message-ID: %s\n"
           "Auto-Submitted: auto-replied\n"
           "MIME-Version: 1.0\n"
           "Content-Type: text/plain; charset=\"utf-8\"\n"
           "Content-Transfer-Encoding: quoted-printable\n\n" % (
               enc_addr(to), enc_words("[#%s] %s" % (ticket, subject)), fmt_date(d), mid))
    return txt.encode("ascii") + quopri.encodestring(body.encode("utf-8")), mid


def report_part(ctype, content, extra=""):
    if isinstance(content, str):
        content = content.encode("utf-8")
    head = "Content-Type: %s\n" % ctype + (extra + "\n" if extra else "")
    return (head + "\n").encode("ascii") + content


# -- out-of-office replies --------------------------------------------------

add("automated", False, None, None, False, "fr",
    "Exchange Online out-of-office in French ('Réponse automatique :') to a desk answer: "
    "Auto-Submitted: auto-generated and X-Auto-Response-Suppress.",
    person("Agnès Duval <a.duval@college-les-tilleuls-vernon.fr>",
           "Réponse automatique : [#SUP-007170] Courriel d'activation non reçu",
           """\
Bonjour,

Je suis en congés jusqu'au lundi 1er septembre inclus et n'aurai pas accès à
ma messagerie. Votre message sera traité à mon retour.

Pour toute urgence, merci de contacter le secrétariat au 02 32 00 00 00.

Agnès Duval
Gestionnaire
""", "2025-08-26 09:14", client="outlook", irt=our_mid("SUP-007170"),
           extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]))

add("automated", False, None, None, False, "fr",
    "Zimbra vacation reply from an academic address: 'Auto-Submitted: auto-replied (zimbra; "
    "vacation)'. Region from the ac-nantes.fr sender.",
    person("Gaëtan Brochard <gaetan.brochard@ac-nantes.fr>",
           "Re: [#SUP-007181] Abonnement Europresse",
           """\
Bonjour,

Je suis absent jusqu'au vendredi 29 août. Je prendrai connaissance de votre
message à mon retour.

Cordialement,
G. Brochard
""", "2025-08-25 15:02", client="zimbra", irt=our_mid("SUP-007181"),
           extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")]))

add("automated", False, None, None, False, "en",
    "English Gmail vacation responder (Auto-Submitted: auto-replied) to a desk answer.",
    person("Helen Marsh <helen.marsh.teaching@gmail.com>",
           "Re: [#SUP-007199] Your account request",
           """\
Hi,

Thanks for your email. I'm moving house and starting at a new school this
week, so I'm only checking emails occasionally until 8 September. I'll get
back to you as soon as I can.

Helen
""", "2025-09-01 10:21", client="gmail", irt=our_mid("SUP-007199"),
           extra=[("Auto-Submitted", "auto-replied")]))

add("automated", False, None, None, True, "fr",
    "Out-of-office sent by a client-side Outlook rule: no Auto-Submitted, no Precedence, no "
    "In-Reply-To; only the wording ('Ceci est une réponse automatique', change of school) shows it is "
    "automatic. Region from ac-toulouse.fr.",
    person("Benjamin Ferrer <benjamin.ferrer@ac-toulouse.fr>",
           "Changement d'établissement",
           """\
Ceci est une réponse automatique.

Depuis le 1er septembre, j'ai quitté le collège Pierre de Fermat pour le lycée
Bellevue d'Albi. Ma boîte actuelle reste ouverte quelques semaines mais n'est
plus consultée régulièrement.

Pour tout ce qui concerne le CDI du collège Pierre de Fermat, merci d'écrire
à ma successeure, Mme Pujol : cdi.fermat@ac-toulouse.fr.

Benjamin Ferrer
""", "2025-09-02 14:31", client="outlook16", charset="windows-1252"))

add("automated", False, None, None, False, "fr",
    "Host-provided autoresponder of a small private school: only 'X-Autoreply: yes' and "
    "'X-Autorespond', no Auto-Submitted.",
    person("École Montessori Les Petits Pas <contact@ecole-montessori-lespetitspas.fr>",
           "Réponse automatique",
           """\
Bonjour,

Merci pour votre message. L'école est fermée jusqu'au 27 août ; nous vous
répondrons dès la réouverture du secrétariat.

L'équipe de l'école Montessori Les Petits Pas
""", "2025-08-25 11:05", client="plain", irt=our_mid("SUP-007166"),
           extra=[("X-Autoreply", "yes"), ("X-Autorespond", "yes")]))

add("automated", False, "0641234", None, False, "fr",
    "Out-of-office of a school office (ce.<UAI> address) that talks about ENT passwords and the CDI "
    "portal; Auto-Submitted is present. The UAI comes from the address.",
    person("Secrétariat Collège Marracq <ce.<<0641234>>@ac-bordeaux.fr>",
           "Re: [#SUP-007158] Mot de passe e-sidoc",
           """\
Bonjour,

Le secrétariat du collège est fermé jusqu'au lundi 25 août.

Pour les mots de passe de l'ENT, les familles sont invitées à se rapprocher du
professeur principal à la rentrée. Pour le portail du CDI, merci de vous
adresser à la professeure documentaliste à compter du 1er septembre.

Cordialement,
Le secrétariat
""", "2025-08-22 16:40", client="zimbra", irt=our_mid("SUP-007158"),
           extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")]))

add("automated", False, None, None, False, "fr",
    "Bilingual French/English out-of-office of a lycée international colleague (French first): "
    "Auto-Submitted and X-Auto-Response-Suppress. Region from ac-lyon.fr.",
    person("Sandra Keller <sandra.keller@ac-lyon.fr>",
           "Réponse automatique : [#SUP-007212] Compte Espace Acheteur",
           """\
Bonjour,

Je suis en réunion de pré-rentrée toute la journée et ne consulterai pas ma
messagerie avant demain matin.

Hello,

I am in back-to-school meetings all day and will read my e-mails tomorrow
morning.

Sandra Keller
""", "2025-08-29 08:31", client="outlook", irt=our_mid("SUP-007212"),
           extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]))

# -- bounces and delivery reports ---------------------------------------------

_orig, _mid = our_message(
    "SUP-007194", "Réinitialisation du mot de passe e-sidoc",
    "Régine Mallet <regine.mallet@lycee-la-fayette-clermont.fr>",
    "Bonjour,\n\nUn lien de réinitialisation du mot de passe a été envoyé à l'adresse\n"
    "connue pour votre établissement (r***@lycee-la-fayette-clermont.fr).\nIl est valable 12 heures.\n\n"
    "Cordialement,\nL'équipe d'assistance\n", "2025-08-29 10:20:00")
_h, _b = multipart("report", [
    report_part('text/plain; charset="us-ascii"', """\
This is the mail system at host mail.lycee-la-fayette-clermont.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<regine.mallet@lycee-la-fayette-clermont.fr>: host
    127.0.0.1[127.0.0.1] said: 550 5.1.1 <regine.mallet@lycee-la-fayette-clermont.fr>:
    Recipient address rejected: User unknown in local recipient table
""", "Content-Description: Notification\nContent-Transfer-Encoding: 7bit"),
    report_part("message/delivery-status", """\
Reporting-MTA: dns; mail.lycee-la-fayette-clermont.fr
X-Postfix-Queue-ID: 4cDx7n2Qb8z9vRt
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Fri, 29 Aug 2025 10:20:02 +0200 (CEST)

Final-Recipient: rfc822; regine.mallet@lycee-la-fayette-clermont.fr
Original-Recipient: rfc822;regine.mallet@lycee-la-fayette-clermont.fr
Action: failed
Status: 5.1.1
Remote-MTA: dns; 127.0.0.1
Diagnostic-Code: smtp; 550 5.1.1 <regine.mallet@lycee-la-fayette-clermont.fr>:
    Recipient address rejected: User unknown in local recipient table
""", "Content-Description: Delivery report"),
    report_part("message/rfc822", _orig, "Content-Description: Undelivered Message"),
], params=" report-type=delivery-status;", preamble="This is a MIME-encapsulated message.\n")
add("automated", False, None, None, False, "en",
    "Postfix bounce (multipart/report delivery-status, original attached, null Return-Path): the reset "
    "answer went to a librarian who left; the returned message mentions e-sidoc.",
    raw("""\
From: Mail Delivery System <MAILER-DAEMON@mail.lycee-la-fayette-clermont.fr>
To: Assistance <support@assistance.example.fr>
Subject: Undelivered Mail Returned to Sender
Date: {DATE}
Message-ID: <20250829082003.4cDx7n2Qb8z9vRt@mail.lycee-la-fayette-clermont.fr>
MIME-Version: 1.0
Auto-Submitted: auto-replied
""" + _h, _b, "2025-08-29 10:20:03", "MAILER-DAEMON@mail.lycee-la-fayette-clermont.fr",
        auth="spfonly", return_path="", mta="mail.lycee-la-fayette-clermont.fr"))

_orig, _mid = our_message(
    "SUP-007207", "Procédure Mailinblack",
    "Informatique <informatique@cc-valdesevre.fr>",
    "Bonjour,\n\nVoici la procédure pour autoriser nos messages dans Mailinblack...\n", "2025-09-02 11:00:00")
_alt_h, _alt_b = multipart("alternative", [
    part("""\
Votre message n'a pas pu être remis à informatique@cc-valdesevre.fr car la
boîte aux lettres du destinataire est pleine et ne peut pas accepter de
messages pour l'instant. Réessayez de renvoyer le message ultérieurement ou
contactez directement le destinataire.

Informations de diagnostic pour les administrateurs :
Serveur de génération : PR1P264MB2215.FRAP264.PROD.OUTLOOK.COM
informatique@cc-valdesevre.fr
Remote Server returned '554 5.2.2 mailbox full;
STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'
""", "plain", "utf-8", "quoted-printable"),
    part("""\
<html><body><p><b>Votre message à informatique@cc-valdesevre.fr n'a pas pu être remis.</b></p>
<p>La boîte aux lettres du destinataire est pleine.</p>
<p style="color:#666">Serveur de génération : PR1P264MB2215.FRAP264.PROD.OUTLOOK.COM</p>
</body></html>
""", "html", "utf-8", "quoted-printable")])
_h, _b = multipart("report", [
    (_alt_h + "\n\n").encode("ascii") + _alt_b,
    report_part("message/delivery-status", """\
Reporting-MTA: dns;PR1P264MB2215.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Tue, 2 Sep 2025 09:00:04 +0000

Final-Recipient: rfc822;informatique@cc-valdesevre.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
"""),
    report_part("message/rfc822", _orig),
], params=" report-type=delivery-status;")
add("automated", False, None, None, False, "fr",
    "Exchange Online non-delivery report in French ('Non remis :', mailbox full), multipart/report "
    "with a text/HTML explanation and the original message.",
    raw("""\
From: Microsoft Outlook <postmaster@cc-valdesevre.fr>
To: Assistance <support@assistance.example.fr>
Subject: =?utf-8?q?Non_remis_=3A_=5B=23SUP-007207=5D_Proc=C3=A9dure_Mailinblack?=
Date: {DATE}
Message-ID: <c31a7f0e-91d2-4a55-b7d0-6f3a0c2e9b14@PR1P264MB2215.FRAP264.PROD.OUTLOOK.COM>
In-Reply-To: %s
References: %s
MIME-Version: 1.0
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr: 
Content-Language: fr-FR
""" % (_mid, _mid) + _h, _b, "2025-09-02 11:00:09", "postmaster@cc-valdesevre.fr",
        return_path="", client="outlook"))

_h, _b = multipart("report", [
    part("""\
** Address not found **

Your message wasn't delivered to anne.lebreton.doc@gmail.com because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.2.1 The email account that you tried to reach is disabled.
""", "plain", "UTF-8", "7bit"),
    report_part("message/delivery-status", """\
Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; mx1.assistance.example.fr
Arrival-Date: Wed, 03 Sep 2025 07:12:40 -0700 (PDT)

Final-Recipient: rfc822; anne.lebreton.doc@gmail.com
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550-5.2.1 The email account that you tried to reach is disabled.
Last-Attempt-Date: Wed, 03 Sep 2025 07:12:41 -0700 (PDT)
"""),
    report_part("text/rfc822-headers", """\
From: Assistance <support@assistance.example.fr>
To: anne.lebreton.doc@gmail.com
Subject: [#SUP-007221] Votre compte Espace Acheteur
Date: Wed, 03 Sep 2025 16:12:38 +0200
Message-ID: <SUP-007221.1756908758.a1c9e2@assistance.example.fr>
Auto-Submitted: auto-replied
"""),
], params=" report-type=delivery-status;")
add("automated", False, None, None, False, "en",
    "Gmail 'Delivery Status Notification (Failure)': account disabled; multipart/report with "
    "text/rfc822-headers only.",
    raw("""\
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: support@assistance.example.fr
Subject: Delivery Status Notification (Failure)
Date: {DATE}
Message-ID: <66d71c29.050a0220.%s@mx.google.com>
References: <SUP-007221.1756908758.a1c9e2@assistance.example.fr>
In-Reply-To: <SUP-007221.1756908758.a1c9e2@assistance.example.fr>
MIME-Version: 1.0
Auto-Submitted: auto-replied
""" % _hex(6) + _h, _b, "2025-09-03 07:12:41", "mailer-daemon@googlemail.com",
        tz="-07:00", return_path="", mta="mail-sor-f69.google.com"))

_orig, _mid = our_message(
    "SUP-007215", "Votre demande de compte",
    "Mairie de Saint-Genest <informatique@mairie-saint-genest.fr>",
    "Bonjour,\n\nVotre demande a bien été enregistrée.\n", "2025-09-04 09:30:00")
_h, _b = multipart("report", [
    part("""\
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  informatique@mairie-saint-genest.fr
    Mailbox quota exceeded (mailbox is full)
""", "plain", "us-ascii", "7bit"),
    report_part("message/delivery-status", """\
Reporting-MTA: dns; mx.mairie-saint-genest.fr

Action: failed
Final-Recipient: rfc822;informatique@mairie-saint-genest.fr
Status: 5.2.2
Diagnostic-Code: X-Exim; mailbox is full
"""),
    report_part("message/rfc822", _orig),
], params=" report-type=delivery-status;")
add("automated", False, None, None, False, "en",
    "Exim bounce (mailbox full) as multipart/report, null Return-Path, Mailer-Daemon sender.",
    raw("""\
From: Mail Delivery System <Mailer-Daemon@mx.mairie-saint-genest.fr>
To: support@assistance.example.fr
Subject: Mail delivery failed: returning message to sender
Date: {DATE}
Message-Id: <E1utXq2-0004Zk-Nq@mx.mairie-saint-genest.fr>
MIME-Version: 1.0
Auto-Submitted: auto-replied
X-Failed-Recipients: informatique@mairie-saint-genest.fr
""" + _h, _b, "2025-09-04 09:30:05", "Mailer-Daemon@mx.mairie-saint-genest.fr",
        return_path="", mta="mx.mairie-saint-genest.fr", auth="spfonly"))

_h, _b = multipart("report", [
    part("""\
This is the mail system at host relay.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<secretariat@ecole-saint-joseph-guingamp.fr>: connect to
    mx.ecole-saint-joseph-guingamp.fr[198.51.100.77]:25: Connection timed out
""", "plain", "us-ascii", "7bit", extra_headers=["Content-Description: Notification"]),
    report_part("message/delivery-status", """\
Reporting-MTA: dns; relay.assistance.example.fr
X-Postfix-Queue-ID: 4cFw0K1nYtz2xQp
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Thu,  4 Sep 2025 06:02:11 +0200 (CEST)

Final-Recipient: rfc822; secretariat@ecole-saint-joseph-guingamp.fr
Original-Recipient: rfc822;secretariat@ecole-saint-joseph-guingamp.fr
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.ecole-saint-joseph-guingamp.fr[198.51.100.77]:25:
    Connection timed out
Will-Retry-Until: Tue, 9 Sep 2025 06:02:11 +0200 (CEST)
""", "Content-Description: Delivery report"),
    report_part("text/rfc822-headers", """\
From: Assistance <support@assistance.example.fr>
To: secretariat@ecole-saint-joseph-guingamp.fr
Subject: [#SUP-007226] Transferts EcoleDirecte
Date: Thu, 04 Sep 2025 06:02:10 +0200
Message-ID: <SUP-007226.1756958530.0f4d2b@assistance.example.fr>
""", "Content-Description: Undelivered Message Headers"),
], params=" report-type=delivery-status;", preamble="This is a MIME-encapsulated message.\n")
add("automated", False, None, None, False, "en",
    "Delay warning from the desk's own relay ('Delayed Mail (still being retried)', Action: delayed): "
    "not a failure, still automatic.",
    raw("""\
From: Mail Delivery System <MAILER-DAEMON@relay.assistance.example.fr>
To: Postmaster <support@assistance.example.fr>
Subject: Delayed Mail (still being retried)
Date: {DATE}
Message-Id: <20250904080213.4cFw0K1nYtz2xQp@relay.assistance.example.fr>
MIME-Version: 1.0
Auto-Submitted: auto-generated
""" + _h, _b, "2025-09-04 10:02:13", "MAILER-DAEMON@relay.assistance.example.fr",
        return_path="", mta="relay.assistance.example.fr", auth="none"))

# -- receipts ----------------------------------------------------------------

_h, _b = multipart("report", [
    part("""\
Votre message

  À : Pascal Thiébaut
  Objet : [#SUP-007202] Votre demande d'ouverture de droits
  Envoyé : mardi 2 septembre 2025 10:05:41 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mardi 2 septembre 2025 11:48:19 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""", "plain", "utf-8", "quoted-printable"),
    report_part("message/disposition-notification", """\
Reporting-UA: PAZP264MB4431.FRAP264.PROD.OUTLOOK.COM; Microsoft Outlook 16.0
Final-Recipient: rfc822;pascal.thiebaut@ac-reims.fr
Original-Message-ID: <SUP-007202.1756800341.9b3e07@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
"""),
], params=" report-type=disposition-notification;")
add("automated", False, None, None, False, "fr",
    "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from "
    "ac-reims.fr.",
    raw("""\
From: =?utf-8?q?Pascal_Thi=C3=A9baut?= <pascal.thiebaut@ac-reims.fr>
To: Assistance <support@assistance.example.fr>
Subject: =?utf-8?q?Lu_=3A_=5B=23SUP-007202=5D_Votre_demande_d=27ouverture_de_droits?=
Date: {DATE}
Message-ID: <PAZP264MB4431B0E72C6F1A5D9C24A7E0D1C2A@PAZP264MB4431.FRAP264.PROD.OUTLOOK.COM>
In-Reply-To: <SUP-007202.1756800341.9b3e07@assistance.example.fr>
References: <SUP-007202.1756800341.9b3e07@assistance.example.fr>
MIME-Version: 1.0
Content-Language: fr-FR
""" + _h, _b, "2025-09-02 11:48:19", "pascal.thiebaut@ac-reims.fr", client="outlook"))

_h, _b = multipart("report", [
    part("""\
This is a Return Receipt for the mail that you sent to l.meunier@lycee-agricole-vendome.fr.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
""", "plain", "UTF-8", "7bit"),
    report_part("message/disposition-notification", """\
Reporting-UA: lycee-agricole-vendome.fr; Mozilla Thunderbird
Final-Recipient: rfc822;l.meunier@lycee-agricole-vendome.fr
Original-Message-ID: <SUP-007216.1756821000.77ac10@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
"""),
    report_part("text/rfc822-headers", """\
From: Assistance <support@assistance.example.fr>
To: l.meunier@lycee-agricole-vendome.fr
Subject: [#SUP-007216] Devis Espace Acheteur
Date: Tue, 2 Sep 2025 15:50:00 +0200
Message-ID: <SUP-007216.1756821000.77ac10@assistance.example.fr>
"""),
], params=" report-type=disposition-notification;")
add("automated", False, None, None, False, "en",
    "Thunderbird return receipt in English, multipart/report disposition-notification.",
    raw("""\
Message-ID: <%s@lycee-agricole-vendome.fr>
Date: {DATE}
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: Laurent Meunier <l.meunier@lycee-agricole-vendome.fr>
To: Assistance <support@assistance.example.fr>
Subject: Return Receipt (displayed) - [#SUP-007216] Devis Espace Acheteur
In-Reply-To: <SUP-007216.1756821000.77ac10@assistance.example.fr>
""" % _uuid() + _h, _b, "2025-09-03 08:02:51", "l.meunier@lycee-agricole-vendome.fr"))

# -- list mail, newsletters, notifications ------------------------------------

add("automated", False, None, "esidoc", True, "fr",
    "A librarian's real question about a predecessor's e-sidoc password, but posted to an academic "
    "librarians' mailing list the desk is subscribed to (List-Id, Precedence: list, Sender): not "
    "written to us, never answered. Region from the poster's ac-poitiers.fr address.",
    person("Séverine Moreau <severine.moreau@ac-poitiers.fr>",
           "[docs-poitiers] Récupérer l'accès e-sidoc après un départ ?",
           """\
Bonjour à toutes et à tous,

Nouvelle au collège de Melle, je n'ai aucun accès à l'administration de notre
portail e-sidoc : ma prédécesseure est partie sans laisser le mot de passe.
Comment avez-vous fait dans ce cas ? Faut-il passer par la direction ?

Merci d'avance et bonne rentrée,
Séverine

--
Liste de diffusion des professeurs documentalistes de l'académie de Poitiers
Pour se désinscrire : https://listes.ac-poitiers.fr/sympa/sigrequest/docs-poitiers
""", "2025-09-02 20:05", client="tb", to="docs-poitiers@listes.ac-poitiers.fr",
           return_path="docs-poitiers-owner@listes.ac-poitiers.fr",
           mail_from_domain="listes.ac-poitiers.fr", mta="listes.ac-poitiers.fr",
           extra=[("Sender", "docs-poitiers-request@listes.ac-poitiers.fr"),
                  ("List-Id", "<docs-poitiers.listes.ac-poitiers.fr>"),
                  ("List-Unsubscribe", "<mailto:sympa@listes.ac-poitiers.fr?subject=unsubscribe%20docs-poitiers>"),
                  ("List-Post", "<mailto:docs-poitiers@listes.ac-poitiers.fr>"),
                  ("Precedence", "list"),
                  ("X-Loop", "docs-poitiers@listes.ac-poitiers.fr")]))

_text = """\
Lettre d'information – rentrée 2025

Bienvenue aux nouveaux acheteurs !

Vous prenez vos fonctions dans un établissement ou une collectivité ? Trois
gestes pour bien démarrer sur l'Espace Acheteur :
- vérifiez qui est l'administrateur de votre structure ;
- ajoutez no-reply@espace-acheteur.example.fr à vos expéditeurs approuvés ;
- inscrivez-vous à un webinaire de présentation (11 et 18 septembre).

Nouveaux marchés : mobilier scolaire 2025-2029, fournitures de rentrée.

Vous recevez ce message car vous êtes inscrit à la lettre d'information.
Se désinscrire : https://actualites.espace-acheteur.example.fr/u/8120/c41d
"""
_h, _b = multipart("alternative", [
    part(_text, "plain", "utf-8", "quoted-printable"),
    part("<!DOCTYPE html><html lang=\"fr\"><body style=\"background:#f2f4f7\">"
         "<table role=\"presentation\" width=\"600\" style=\"background:#fff;font-family:Arial\">"
         "<tr><td><h1>Bienvenue aux nouveaux acheteurs !</h1>"
         + "".join("<p>%s</p>" % _html.escape(p) for p in _text.split("\n\n"))
         + "<p><a href=\"https://actualites.espace-acheteur.example.fr/webinaires\">S'inscrire</a></p>"
         "</td></tr></table><img src=\"https://actualites.espace-acheteur.example.fr/o/8120/c41d.gif\" "
         "width=\"1\" height=\"1\" alt=\"\"></body></html>\n", "html", "utf-8", "quoted-printable")])
add("automated", False, None, "espace_acheteur", False, "fr",
    "Back-to-school marketing newsletter of the Espace Acheteur: List-Id, List-Unsubscribe "
    "(one-click), Precedence: bulk.",
    raw("""\
From: =?utf-8?q?Centrale_d=27achat_-_Actualit=C3=A9s?= <newsletter@actualites.espace-acheteur.example.fr>
To: support@assistance.example.fr
Subject: =?utf-8?q?Rentr=C3=A9e_2025_=3A_bienvenue_aux_nouveaux_acheteurs?=
Date: {DATE}
Message-ID: <20250826070000.8120.5512@actualites.espace-acheteur.example.fr>
MIME-Version: 1.0
List-Id: Actualites de la centrale d'achat <actualites.espace-acheteur.example.fr>
List-Unsubscribe: <https://actualites.espace-acheteur.example.fr/u/8120/c41d>,
 <mailto:unsubscribe-8120@actualites.espace-acheteur.example.fr>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
Feedback-ID: 8120:newsletter:espace-acheteur
""" + _h, _b, "2025-08-26 09:00:00", "newsletter@actualites.espace-acheteur.example.fr",
        return_path="bounce-8120-2025-08@actualites.espace-acheteur.example.fr"))

add("automated", False, None, "espace_acheteur", False, "fr",
    "No-reply notification sent to the desk (administrator of structures that have none): a new "
    "account awaits validation. Auto-Submitted: auto-generated.",
    raw("""\
From: Espace Acheteur <no-reply@espace-acheteur.example.fr>
To: support@assistance.example.fr
Subject: =?utf-8?q?Nouveau_compte_=C3=A0_valider_-_Communaut=C3=A9_de_communes_C=C5=93ur_de_Savoie?=
Date: {DATE}
Message-ID: <notif.20250903.77412@espace-acheteur.example.fr>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
""", """\
Bonjour,

Un nouvel utilisateur demande l'accès à l'Espace Acheteur pour la structure
« Communauté de communes Cœur de Savoie », qui n'a pas d'administrateur
désigné :

  Nom : Agathe Mollard
  Adresse : a.mollard@cc-coeur-de-savoie.fr
  Date de la demande : 03/09/2025 08:14

Pour valider ou refuser cette demande :
https://espace-acheteur.example.fr/admin/comptes/77412

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", "2025-09-03 08:14:30", "no-reply@espace-acheteur.example.fr",
        return_path="bounces@espace-acheteur.example.fr"))

add("automated", False, None, "ticket_portal", False, "fr",
    "Ticket-portal notification: a ticket the desk opened with a supplier was updated. "
    "Auto-Submitted: auto-generated.",
    raw("""\
From: Portail de tickets <notifications@portail-tickets.example.fr>
To: support@assistance.example.fr
Subject: =?utf-8?q?=5BTicket_=2348213=5D_Mise_=C3=A0_jour_=3A_Licence_Charlemagne_=E2=80=93_Annonay?=
Date: {DATE}
Message-ID: <ticket-48213-update-6@portail-tickets.example.fr>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Precedence: bulk
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
""", """\
Le ticket #48213 « Licence Charlemagne – Annonay » a été mis à jour.

Statut : En cours → Résolu
Dernier commentaire (éditeur) :
  Licence régénérée pour le nouveau serveur. L'établissement peut relancer
  les transferts.

Voir le ticket : https://portail-tickets.example.fr/tickets/48213

--
Notification automatique – ne pas répondre à ce message.
""", "2025-08-28 16:22:10", "notifications@portail-tickets.example.fr"))

add("automated", False, None, "esignature", True, "fr",
    "E-signature 'document signed by all parties' notification: transactional mail without "
    "Auto-Submitted or Precedence; the no-reply sender and the wording show it is automatic.",
    raw("""\
From: =?utf-8?q?Signature_=C3=A9lectronique?= <ne-pas-repondre@signature.example.fr>
To: support@assistance.example.fr
Subject: =?utf-8?q?Document_sign=C3=A9_par_toutes_les_parties_=3A_Convention_d=27adh=C3=A9sion_2025-2026?=
Date: {DATE}
Message-ID: <env-2025-09-4471c9.done@signature.example.fr>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
""", """\
Bonjour,

Le document « Convention d'adhésion 2025-2026 – Lycée Jean Perrin, Lambersart »
a été signé par toutes les parties :

  - M. Hervé Caudron, signé le 05/09/2025 à 16:40
  - Assistance – centrale d'achat, signé le 05/09/2025 à 17:02

Le document signé et son dossier de preuve sont disponibles pendant 90 jours :
https://signature.example.fr/d/4471c9

Cordialement,
Le service de signature électronique
""", "2025-09-05 17:02:44", "ne-pas-repondre@signature.example.fr",
        return_path="bounce+4471c9@signature.example.fr"))

add("automated", False, None, None, False, "fr",
    "Another help desk's acknowledgement (a town hall's GLPI) of a message the desk sent it "
    "(Auto-Submitted, X-Loop): answering it would start a mail loop.",
    raw("""\
From: Assistance informatique Ville de Vaulx-les-Pins <glpi@mairie-vaulx-les-pins.fr>
To: support@assistance.example.fr
Subject: =?utf-8?q?=5BGLPI_=230004512=5D_Nouveau_ticket_-_=5B=23SUP-007230=5D_Adresses_d=27exp=C3=A9dition?=
Date: {DATE}
Message-ID: <GLPI-4512.1757068000.1844671208@mairie-vaulx-les-pins.fr>
In-Reply-To: <SUP-007230.1757066400.3ad8e1@assistance.example.fr>
References: <SUP-007230.1757066400.3ad8e1@assistance.example.fr>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, DR, RN, NRN, AutoReply
X-Loop: glpi@mairie-vaulx-les-pins.fr
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
""", """\
Bonjour,

Votre demande a bien été enregistrée sous le numéro 0004512.
Un technicien du service informatique la prendra en charge dans les
meilleurs délais.

Pour suivre votre demande : https://glpi.mairie-vaulx-les-pins.fr/ticket/4512

Ceci est un message automatique, merci de ne pas y répondre.
""", "2025-09-05 12:26:40", "glpi@mairie-vaulx-les-pins.fr"))

add("automated", False, None, None, True, "fr",
    "A MailInBlack sender-authentication challenge sent TO the desk by a school's filter when the desk "
    "answered it: names MailInBlack and asks to click, but it is machine mail (Auto-Submitted), "
    "never answered.",
    raw("""\
From: Mailinblack pour cdi@college-jean-zay-lens.fr <protect@notification.mailinblack.com>
To: support@assistance.example.fr
Subject: =?utf-8?q?Votre_message_=C3=A0_cdi=40college-jean-zay-lens=2Efr_est_en_attente?=
Date: {DATE}
Message-ID: <challenge.8f31c0a2d4.20250904@notification.mailinblack.com>
In-Reply-To: <SUP-007224.1756970000.5e0c44@assistance.example.fr>
MIME-Version: 1.0
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
""", """\
Bonjour,

Votre correspondant cdi@college-jean-zay-lens.fr utilise Mailinblack pour se
protéger des spams. Votre message « [#SUP-007224] Procédure Mailinblack » est
en attente.

Pour que votre message lui soit délivré, merci de cliquer sur le lien
ci-dessous et de confirmer que vous n'êtes pas un robot. Cette démarche ne
sera demandée qu'une seule fois.

https://protect.mailinblack.com/auth/8f31c0a2d4

Hello, your message is pending. Please click the link above to confirm that
you are a human being.
""", "2025-09-04 09:13:55", "protect@notification.mailinblack.com"))


# ===========================================================================
# writing and checking
# ===========================================================================

CATEGORIES = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
              "head_of_establishment_request", "account_creation", "subscription_activation",
              "order_billing", "contract_documents", "transfer_incident", "automated", "other"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
UAI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])")


def all_text(msg):
    """Headers and decoded text of every part (including attached messages)."""
    out = [str(v) for v in msg.values()]
    for p in msg.walk():
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        if ct.startswith("text/") or ct.startswith("message/"):
            try:
                out.append(p.get_content() if ct.startswith("text/") else p.as_string())
            except Exception:  # noqa: BLE001 - odd parts are still checked via the raw bytes
                out.append(p.get_payload(decode=True).decode("utf-8", "replace")
                           if p.get_payload(decode=True) else str(p.get_payload()))
    return "\n".join(out)


def main():
    assert len(ENTRIES) == 150, len(ENTRIES)
    order = list(range(len(ENTRIES)))
    random.Random(ORDER_SEED).shuffle(order)
    problems = []
    labels = []
    for n, idx in enumerate(order, start=1):
        e = ENTRIES[idx]
        name = "h%03d.eml" % n
        data = e["raw"]
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        msg = email.message_from_bytes(data, policy=email.policy.default)
        defects = list(msg.defects)
        for p in msg.walk():
            defects.extend(p.defects)
        if defects:
            problems.append("%s: parse defects %r" % (name, defects))
        from_addr = email.utils.parseaddr(str(msg["From"]))[1]
        full = uai(e["uai7"]) if e["uai7"] else None
        text = all_text(msg)
        if full and full.lower() not in text.lower():
            problems.append("%s: labelled UAI %s not found in the mail" % (name, full))
        # every well-formed UAI in the mail must be the labelled one, or be reported
        found = {m.upper() for m in UAI_RE.findall(text)}
        valid_other = {u for u in found if u[7] == check_letter(u[:7]) and u != full}
        invalid = {u for u in found if u[7] != check_letter(u[:7])}
        e["_other_uais"] = sorted(valid_other)
        e["_invalid_uais"] = sorted(invalid)
        if e["category"] not in CATEGORIES or e["platform"] not in PLATFORMS:
            problems.append("%s: bad category/platform" % name)
        if e["category"] in ("automated", "other", "head_of_establishment_request", "order_billing",
                             "contract_documents", "transfer_incident") and e["auto_reply_ok"]:
            problems.append("%s: auto_reply_ok true for a human-review/ignore category" % name)
        if e["category"] == "automated":
            auto_marks = any(msg[h] for h in ("Auto-Submitted", "Precedence", "List-Id", "X-Autoreply"))
            auto_marks = auto_marks or msg.get_content_type() == "multipart/report"
            e["_auto_marks"] = auto_marks
        labels.append({
            "file": name,
            "category": e["category"],
            "auto_reply_ok": e["auto_reply_ok"],
            "uai": full,
            "region": region_for(full, from_addr),
            "platform": e["platform"],
            "hard": e["hard"],
            "lang": e["lang"],
            "notes": e["notes"],
        })
        e["_file"] = name
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        for e in sorted(ENTRIES, key=lambda x: x["_file"]):
            extra = []
            if e["_other_uais"]:
                extra.append("other valid UAIs %s" % e["_other_uais"])
            if e["_invalid_uais"]:
                extra.append("invalid UAIs %s" % e["_invalid_uais"])
            if e["category"] == "automated" and not e["_auto_marks"]:
                extra.append("no automation header")
            if extra:
                print(e["_file"], e["category"], "; ".join(extra))
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    print("wrote %d mails and labels.jsonl to %s" % (len(labels), HERE))


if __name__ == "__main__":
    main()
