#!/usr/bin/env python3
"""Write the holdout21 blind test corpus: h001.eml ... h150.eml and labels.jsonl.

Theme: the last fortnight before the Christmas holidays 2024 (9-20 December).
Collèges and lycées professionnels in overseas académies and rural mainland
départements; gestionnaires closing the budget year on the purchasing
platform; CPEs and secretaries writing from phones; English-speaking staff of
international sections and foreign suppliers; pasted error messages; replies
to the wrong old thread; HTML-only webmail; signatures with long disclaimers.

Every message below was written by hand.  The script only wraps the text in
headers and MIME structure.  Stdlib only, deterministic (fixed seeds).

    python3 make_holdout21.py        # writes next to this file
"""
import base64
import datetime as dt
import html as htmlmod
import json
import os
import quopri
import random
import sys
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(20241221)
DESK = "support@assistance.example.fr"
DESK_NAME = "Assistance"

# --------------------------------------------------------------------------
# UAI and regions (taxonomy.md / regions.md)
# --------------------------------------------------------------------------
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def U(d7):
    """A valid UAI from its 7 digits."""
    assert len(d7) == 7 and d7.isdigit(), d7
    return d7 + LETTERS[int(d7) % 23]


def BAD(d7, shift=7):
    """The 7 digits followed by a wrong check letter (a typo)."""
    good = int(d7) % 23
    return d7 + LETTERS[(good + shift) % 23]


_REGIONS = {
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
DEPT_REGION = {}
for _r, _ds in _REGIONS.items():
    for _d in _ds.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _r

DOMAIN_REGION = {
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

TZ = {  # December offsets
    "FR": "+0100", "GP": "-0400", "MQ": "-0400", "GF": "-0300", "RE": "+0400", "YT": "+0300",
    "UTC": "+0000", "UK": "+0000", "US": "-0500", "DE": "+0100",
}

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation", "subscription_activation",
    "order_billing", "contract_documents", "transfer_incident", "automated", "other",
}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}

# --------------------------------------------------------------------------
# small helpers for ids and dates
# --------------------------------------------------------------------------


def hexid(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def alnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def ip():
    net = RNG.choice(["192.0.2", "198.51.100", "203.0.113"])
    return "%s.%d" % (net, RNG.randint(2, 250))


def parse_date(s, tz="FR"):
    """'12/12 08:14' (December 2024) -> aware datetime in the writer's zone."""
    day, rest = s.split(" ")
    d, m = day.split("/")
    hh, mm = rest.split(":")
    off = TZ[tz]
    sign = 1 if off[0] == "+" else -1
    delta = dt.timedelta(hours=int(off[1:3]), minutes=int(off[3:5])) * sign
    return dt.datetime(2024, int(m), int(d), int(hh), int(mm), RNG.randint(0, 59),
                       tzinfo=dt.timezone(delta))


def rfc_date(t, zero_pad=True):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = t.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    day = ("%02d" % t.day) if zero_pad else str(t.day)
    return "%s, %s %s %d %02d:%02d:%02d %s%02d%02d" % (
        days[t.weekday()], day, months[t.month - 1], t.year, t.hour, t.minute, t.second,
        sign, mins // 60, mins % 60)


def to_paris(t):
    return t.astimezone(dt.timezone(dt.timedelta(hours=1)))


# --------------------------------------------------------------------------
# header encoding
# --------------------------------------------------------------------------


def enc_text(value, charset="utf-8", name="Subject"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, header_name=name).encode()


def enc_addr(name, addr, charset="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=charset)


def fold(name, value):
    """Fold a long ASCII header at commas/spaces (best effort)."""
    line = "%s: %s" % (name, value)
    if len(line) <= 78 or "=?" in value:
        return line
    out, cur = [], name + ":"
    for word in value.split(" "):
        if len(cur) + 1 + len(word) > 76 and cur.strip() != name + ":":
            out.append(cur)
            cur = " " + word
        else:
            cur += " " + word
    out.append(cur)
    return "\n".join(out)


# --------------------------------------------------------------------------
# bodies
# --------------------------------------------------------------------------


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            raw.decode("ascii")
        return raw.decode(charset)  # written back with the same charset
    raise ValueError(cte)


def text_to_html(text, flavor):
    lines = text.split("\n")

    def esc(s):
        return htmlmod.escape(s, quote=False)

    if flavor == "outlook":
        body = []
        for ln in lines:
            if ln.strip():
                body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(ln))
            else:
                body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n'
                '\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n--></style>\n'
                '</head>\n<body lang="FR" link="#0563C1" vlink="#954F72" '
                'style="word-wrap:break-word">\n<div class="WordSection1">\n'
                + "\n".join(body) + "\n</div>\n</body>\n</html>\n")
    if flavor == "zimbra":
        body = "\n".join("<div>%s</div>" % (esc(ln) if ln.strip() else "<br data-mce-bogus=\"1\">")
                         for ln in lines)
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; '
                'font-size: 12pt; color: #000000">\n' + body + "\n</div></body></html>\n")
    if flavor == "gmail":
        out, inq = [], False
        for ln in lines:
            if ln.startswith(">"):
                if not inq:
                    out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                               'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
                    inq = True
                out.append(esc(ln.lstrip("> ").rstrip()) + "<br>")
            else:
                if inq:
                    out.append("</blockquote>")
                    inq = False
                out.append((esc(ln) if ln.strip() else "") + "<br>")
        if inq:
            out.append("</blockquote>")
        return '<div dir="ltr">' + "\n".join(out) + "</div>\n"
    if flavor == "apple":
        body = "\n".join("<div>%s</div>" % (esc(ln) if ln.strip() else "<br>") for ln in lines)
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
                '</head><body dir="auto">\n' + body + "\n</body></html>\n")
    if flavor == "webmail":  # Orange / SFR / Free style webmails
        body = "<br>\n".join(esc(ln) for ln in lines)
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
                '</head><body><p style="font-family:Verdana,Arial;font-size:10pt">' + body
                + "</p></body></html>\n")
    # plain generic
    paras = text.split("\n\n")
    return ("<html><body>\n" + "\n".join("<p>%s</p>" % esc(p).replace("\n", "<br>\n") for p in paras)
            + "\n</body></html>\n")


def boundary(style):
    if style == "outlook":
        return "_000_%s_" % alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    if style == "zimbra":
        return "=_%s-%s-%s-%s-%s" % (hexid(8), hexid(4), hexid(4), hexid(4), hexid(12))
    if style == "gmail":
        return "000000000000%s" % hexid(16)
    if style == "apple":
        return "Apple-Mail-%s-%s-%s-%s-%s" % (hexid(8).upper(), hexid(4).upper(), hexid(4).upper(),
                                              hexid(4).upper(), hexid(12).upper())
    return "------------%s" % alnum(24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")


class Part:
    """A MIME part as (headers, body string)."""

    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def render(self):
        return "\n".join(fold(k, v) if "\n" not in v else "%s: %s" % (k, v)
                         for k, v in self.headers) + "\n\n" + self.body


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", extra=()):
    hdrs = [("Content-Type", '%s; charset="%s"' % (ctype, charset)),
            ("Content-Transfer-Encoding", cte)]
    hdrs.extend(extra)
    body = encode_body(text, charset, cte)
    if not body.endswith("\n"):
        body += "\n"
    return Part(hdrs, body)


def attachment(filename, ctype, data, inline=False):
    b = base64.encodebytes(data).decode("ascii")
    try:
        filename.encode("ascii")
        disp = '%s; filename="%s"' % ("inline" if inline else "attachment", filename)
        ct = '%s; name="%s"' % (ctype, filename)
    except UnicodeEncodeError:
        from urllib.parse import quote
        disp = "%s; filename*=utf-8''%s" % ("inline" if inline else "attachment", quote(filename))
        ct = "%s; name*=utf-8''%s" % (ctype, quote(filename))
    return Part([("Content-Type", ct), ("Content-Disposition", disp),
                 ("Content-Transfer-Encoding", "base64")], b)


def multipart(subtype, parts, style="generic", params="", preamble=None):
    b = boundary(style)
    ct = 'multipart/%s;\n boundary="%s"%s' % (subtype, b, params)
    chunks = []
    if preamble:
        chunks.append(preamble + "\n")
    for p in parts:
        chunks.append("--%s\n%s" % (b, p.render()))
    body = "\n".join(chunks) + "\n--%s--\n" % b
    return Part([("Content-Type", ct)], body)


def fake_pdf(title):
    return ("%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Title (" + title + ") /Producer (Scan) >>\n"
            "endobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n").encode("latin-1")


def fake_png():
    return base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


# --------------------------------------------------------------------------
# the writers' mail programs
# --------------------------------------------------------------------------


def domain_of(addr):
    return addr.rsplit("@", 1)[1].lower()


def message_id(client, dom, t):
    ts = int(t.timestamp())
    if client in ("outlook", "owa", "outlook_android"):
        pfx = RNG.choice(["PAZP264", "PR1P264", "MR1P264", "PA4P264", "DB9PR04", "AM0PR10"])
        s = pfx + "MB" + "%04d" % RNG.randint(1000, 9999)
        return "<%s%s@%s.%s.PROD.OUTLOOK.COM>" % (
            s, alnum(28, "0123456789ABCDEF"), s, RNG.choice(["FRAP264", "EURPRD04", "EURPRD10"]))
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randint(10**8, 2 * 10**9), RNG.randint(10**5, 10**6),
                                                 ts * 1000 + RNG.randint(0, 999), dom)
    if client in ("gmail", "gmail_android"):
        return "<CA%s@mail.gmail.com>" % alnum(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-")
    if client in ("iphone", "apple"):
        return "<%s-%s-%s-%s-%s@%s>" % (hexid(8).upper(), hexid(4).upper(), hexid(4).upper(),
                                        hexid(4).upper(), hexid(12).upper(), dom)
    if client == "samsung":
        return "<%s.%s@email.android.com>" % (alnum(12, "0123456789abcdef"), ts)
    if client == "thunderbird":
        return "<%s-%s-%s-%s-%s@%s>" % (hexid(8), hexid(4), hexid(4), hexid(4), hexid(12), dom)
    if client == "roundcube":
        return "<%s@%s>" % (hexid(32), dom)
    if client == "webmail":
        return "<%d.%d.%d.JavaMail.open-xchange@opme11oxm%02dnd1>" % (
            RNG.randint(10**8, 10**9), RNG.randint(100, 9999), ts * 1000, RNG.randint(1, 30))
    return "<%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), hexid(10), dom)


RELAYS = {
    "outlook": lambda d: "%s.outbound.protection.outlook.com" % RNG.choice(
        ["PAUP264CU001", "PAUP264CU004", "MRZP264CU002", "EUR05-DB8-obe", "EUR02-AM0-obe"]),
    "owa": lambda d: "%s.outbound.protection.outlook.com" % RNG.choice(["PAUP264CU003", "MRZP264CU001"]),
    "outlook_android": lambda d: "%s.outbound.protection.outlook.com" % RNG.choice(["PAUP264CU002", "EUR03-DBA-obe"]),
    "gmail": lambda d: "mail-%s-f%d.google.com" % (RNG.choice(["wr1", "ej1", "wm1", "lf1"]), RNG.randint(40, 200)),
    "gmail_android": lambda d: "mail-%s-f%d.google.com" % (RNG.choice(["pj1", "ed1"]), RNG.randint(40, 200)),
    "zimbra": lambda d: "%s.%s" % (RNG.choice(["smtp", "smtp1", "smtp2", "mx-out"]), d),
    "iphone": lambda d: "smtp.%s" % d,
    "apple": lambda d: "smtp.%s" % d,
    "samsung": lambda d: "smtp.%s" % d,
    "thunderbird": lambda d: "mail.%s" % d,
    "roundcube": lambda d: "webmail.%s" % d,
    "webmail": lambda d: "smtp%02d.smtpout.%s" % (RNG.randint(1, 20), d),
    "bot": lambda d: "mta%d.%s" % (RNG.randint(1, 9), d),
}

MAILERS = {
    "zimbra": [("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF133 (Win)/9.0.0_ZEXTRAS_20240927)")],
    "iphone": [("X-Mailer", "iPhone Mail (21H216)")],
    "apple": [("X-Mailer", "Apple Mail (2.3774.200.91.1.1)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "roundcube": [("User-Agent", "Roundcube Webmail/1.6.9")],
    "samsung": [("X-Mailer", "Samsung Mail")],
    "webmail": [("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev60")],
    "outlook_android": [("X-Mailer", "Outlook for Android")],
}

FLAVOR = {"outlook": "outlook", "owa": "outlook", "outlook_android": "generic", "zimbra": "zimbra",
          "gmail": "gmail", "gmail_android": "gmail", "iphone": "apple", "apple": "apple",
          "samsung": "generic", "thunderbird": "generic", "roundcube": "generic", "webmail": "webmail",
          "bot": "generic"}

DEFAULT_FORM = {"outlook": "alt", "owa": "alt", "outlook_android": "alt", "zimbra": "alt", "gmail": "alt",
                "gmail_android": "alt", "iphone": "plain", "apple": "alt", "samsung": "alt",
                "thunderbird": "plain", "roundcube": "plain", "webmail": "html", "bot": "plain"}


MAILS = []


def mail(**kw):
    MAILS.append(kw)


def build(m):
    name, addr = m["frm"]
    dom = domain_of(addr)
    client = m.get("client", "thunderbird")
    tz = m.get("tz", "FR")
    t = parse_date(m["date"], tz)
    charset = m.get("charset", "utf-8")
    cte = m.get("cte", "quoted-printable")

    # ----- content
    if "part" in m:  # fully custom (bounces, reports)
        content = m["part"]
    else:
        form = m.get("form", DEFAULT_FORM[client])
        text = m.get("body", "")
        flavor = m.get("flavor", FLAVOR[client])
        if form == "plain":
            content = leaf("text/plain", text, charset, cte)
            if client == "thunderbird" and cte in ("8bit", "7bit"):
                content.headers[0] = ("Content-Type", 'text/plain; charset=%s; format=flowed' % charset)
        elif form == "html":
            content = leaf("text/html", m.get("html") or text_to_html(text, flavor), charset, cte)
        elif form == "alt":
            content = multipart("alternative", [
                leaf("text/plain", text, charset, cte),
                leaf("text/html", m.get("html") or text_to_html(text, flavor), charset, cte)],
                style=flavor)
        else:
            raise ValueError(form)
        if m.get("attach"):
            parts = [content] + [attachment(*a) for a in m["attach"]]
            content = multipart("mixed", parts, style=flavor)

    # ----- headers
    H = []
    rp = m.get("return_path", addr)
    H.append(("Return-Path", "<%s>" % rp))
    H.append(("Delivered-To", m.get("delivered_to", DESK)))
    relay = m.get("relay") or RELAYS[client](dom)
    recv = to_paris(t + dt.timedelta(seconds=RNG.randint(2, 40)))
    H.append(("Received", "from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n"
              "\tfor <%s>; %s (CET)" % (relay, relay, ip(), alnum(15), m.get("delivered_to", DESK),
                                       rfc_date(recv, zero_pad=False))))
    auth = m.get("auth", "pass")
    adom = m.get("auth_domain", dom)
    if auth == "pass":
        H.append(("Authentication-Results", "mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=%s;\n"
                  "\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s" % (adom, adom, adom)))
    elif auth == "spf":
        H.append(("Authentication-Results", "mx1.assistance.example.fr;\n\tdkim=none;\n"
                  "\tspf=pass smtp.mailfrom=%s;\n\tdmarc=none" % adom))
    elif auth == "fail":
        H.append(("Authentication-Results", "mx1.assistance.example.fr;\n\tdkim=none;\n"
                  "\tspf=fail smtp.mailfrom=%s;\n\tdmarc=fail (p=quarantine dis=none) header.from=%s" % (adom, adom)))
    elif auth == "softfail":
        H.append(("Authentication-Results", "mx1.assistance.example.fr;\n\tdkim=none;\n"
                  "\tspf=softfail smtp.mailfrom=%s;\n\tdmarc=fail (p=none dis=none) header.from=%s" % (adom, adom)))
    elif auth:
        H.append(("Authentication-Results", auth))
    if client in ("zimbra", "iphone", "samsung", "thunderbird", "roundcube", "apple") and not m.get("no_inner_received"):
        H.append(("Received", "from [%s] (unknown [%s])\n\tby %s with ESMTPSA id %s\n\tfor <%s>; %s" % (
            "192.168.%d.%d" % (RNG.randint(0, 9), RNG.randint(2, 250)), ip(), relay, hexid(10).upper(),
            m.get("to", (None, DESK))[1] if isinstance(m.get("to"), tuple) else DESK, rfc_date(t))))
    H.append(("From", enc_addr(name, addr, m.get("hdr_charset", "utf-8"))))
    to = m.get("to", (DESK_NAME, DESK))
    if isinstance(to, tuple):
        to = [to]
    H.append(("To", ", ".join(enc_addr(n, a) for n, a in to)))
    if m.get("cc"):
        H.append(("Cc", ", ".join(enc_addr(n, a) for n, a in m["cc"])))
    if m.get("reply_to"):
        H.append(("Reply-To", enc_addr(*m["reply_to"])))
    H.append(("Subject", enc_text(m["subject"], m.get("hdr_charset", "utf-8"))))
    date_t = t.astimezone(dt.timezone.utc) if client in ("outlook", "owa") else t
    H.append(("Date", rfc_date(date_t)))
    H.append(("Message-ID", m.get("message_id") or message_id(client, dom, t)))
    if m.get("in_reply_to"):
        H.append(("In-Reply-To", m["in_reply_to"]))
        H.append(("References", m.get("references", m["in_reply_to"])))
    if client in ("outlook", "owa"):
        H.append(("Thread-Topic", enc_text(m.get("thread_topic", m["subject"]), m.get("hdr_charset", "utf-8"), "Thread-Topic")))
        H.append(("Thread-Index", base64.b64encode(bytes(RNG.randrange(256) for _ in range(22))).decode()))
        H.append(("Accept-Language", "fr-FR, en-US" if m.get("lang", "fr") == "fr" else "en-GB, en-US"))
        H.append(("Content-Language", "fr-FR" if m.get("lang", "fr") == "fr" else "en-GB"))
        H.append(("X-MS-Has-Attach", "yes" if m.get("attach") else ""))
    H.extend(MAILERS.get(client, []))
    H.extend(m.get("headers", []))
    H.append(("MIME-Version", "1.0"))
    H.extend(content.headers)

    lines = []
    for k, v in H:
        if "\n" in v or "=?" in v:
            lines.append("%s: %s" % (k, v))
        else:
            lines.append(fold(k, v))
    out_charset = charset if cte == "8bit" else "utf-8"
    text = "\n".join(lines) + "\n\n" + content.body
    return text.encode(out_charset, errors="strict")


# ==========================================================================
# password_reset
# ==========================================================================

u = U("0230463")
mail(cat="password_reset", ok=True, uai=u, region="nouvelle-aquitaine", platform="esidoc", hard=False, lang="fr",
     notes="CPE writing from an iPhone for a librarian on sick leave: nobody knows the e-sidoc password; UAI given as 'RNE'. Reset path applies.",
     frm=("Sebastien Dufour", "sebastien.dufour1@ac-limoges.fr"), client="iphone", date="09/12 07:48",
     subject="Mdp esidoc cdi",
     body=f"""Bonjour
Je suis CPE au college des Trois Lacs. La documentaliste est en arret jusqu aux vacances et on doit acceder au portail esidoc pour relancer les prets avant noel (les eleves de 3e ont encore des livres...).
Personne ne connait le mot de passe. L identifiant c est le RNE je crois : {u}
Vous pouvez nous renvoyer un nouveau mdp ?
Merci bcp
S. Dufour, CPE

Envoyé de mon iPhone""")

u = U("9710834")
mail(cat="password_reset", ok=True, uai=u, region="guadeloupe", platform="espace_acheteur", hard=False, lang="fr",
     notes="Secretariat writes from the ce.<UAI> address, UAI repeated in the signature; the gestionnaire is away and they want the reset link on the official address.",
     frm=("Secrétariat LP Blanchet", f"ce.{u}@ac-guadeloupe.fr"), client="zimbra", tz="GP", date="09/12 08:02",
     subject="Demande de lien de réinitialisation - Espace Acheteur",
     body=f"""Bonjour,

Notre gestionnaire, Mme Céleste Ramassamy, est en formation à Pointe-à-Pitre toute la semaine et nous ne parvenons plus à nous connecter à l'Espace Acheteur : le mot de passe enregistré sur le poste de l'intendance n'est plus accepté (« identifiant ou mot de passe incorrect »).

Pourriez-vous envoyer un lien de réinitialisation sur la boîte officielle de l'établissement (celle-ci) ? Nous avons encore deux commandes à valider avant la clôture.

Merci d'avance.

Secrétariat de direction
Lycée professionnel Blanchet
UAI {u}
Tél. 0590 99 41 20""")

u = U("0120917")
mail(cat="password_reset", ok=True, uai=u, region="occitanie", platform="esidoc", hard=False, lang="en",
     notes="English, British section teacher in charge of the English library corner; account locked after failed attempts; UAI in the body.",
     frm=("Hannah Whitcombe", "hannah.whitcombe@ac-toulouse.fr"), client="gmail", date="09/12 16:37",
     subject="Locked out of e-sidoc back office",
     body=f"""Hello,

I teach in the British international section at Lycée Jean-Henri Fabre and I look after the English-language shelves in the CDI. This afternoon I tried to log in to the e-sidoc back office to add our new Christmas donations and, after a few wrong attempts (I think the keyboard was in QWERTY...), it now says the account is locked.

Our school code is {u}. Could you unlock it or send a reset link? Our librarian told me the reset goes to the school's official address, which is fine.

Many thanks and apologies for my French-English mix in the portal!

Hannah Whitcombe
Section internationale britannique
Lycée Jean-Henri Fabre, Rodez""")

u = U("0480271")
mail(cat="password_reset", ok=True, uai=u, region="occitanie", platform="espace_acheteur", hard=False, lang="fr",
     notes="Gestionnaire pastes the 'password expired' message of the Espace Acheteur; mentions the year-end deadline but only asks for access.",
     frm=("Gestion Collège du Gévaudan", f"gestion.{u.lower()}@ac-montpellier.fr"), client="zimbra", date="09/12 10:15",
     subject="Mot de passe expiré espace acheteur",
     body=f"""Bonjour,

En voulant me connecter ce matin j'ai le message suivant :

   « Votre mot de passe a expiré. Veuillez le renouveler. »
   puis, après avoir saisi l'ancien : « Mot de passe actuel incorrect (ERR_AUTH_07) »

Je pensais pourtant avoir le bon, je l'avais noté en septembre. Je n'arrive donc plus à rien faire et il me reste des crédits à engager avant le 13.

Pouvez-vous me réinitialiser l'accès ? Collège du Gévaudan, Marvejols, UAI {u}.

Cordialement,

Nathalie Roux
Adjointe gestionnaire
Collège du Gévaudan - 48100 Marvejols
04 66 99 12 30""")

u = U("9760318")
mail(cat="password_reset", ok=True, uai=u, region="mayotte", platform="esidoc", hard=False, lang="fr",
     notes="Very short Samsung mail full of typos; the UAI is only in the subject.",
     frm=("Anrifa Said", "anrifa.said976@gmail.com"), client="samsung", tz="YT", date="10/12 06:55",
     subject=f"mdp esidoc {u}",
     body="""bjr jai oublier le mot de pase du portail esidoc du cdi, on peu avoir un nouveau svp ?
merci

Envoyé depuis mon smartphone Samsung Galaxy.""")

bad = BAD("0190542")
mail(cat="password_reset", ok=True, uai=None, region="nouvelle-aquitaine", platform="esidoc", hard=True, lang="fr",
     notes=f"UAI typed as {bad}: the check letter does not match the digits, so no UAI (probable typo); region from the ac-limoges.fr sender. Plain lost password, the reset/head-of-establishment explanation still applies.",
     frm=("Marie-Hélène Chassagne", "marie-helene.chassagne@ac-limoges.fr"), client="zimbra", date="10/12 13:22",
     subject="Perte mot de passe e-sidoc",
     body=f"""Bonjour,

Professeure documentaliste au collège Marcel Pagnol d'Ussel, je n'ai plus le mot de passe du compte administrateur e-sidoc. Je l'avais enregistré dans le navigateur du CDI mais le poste a été réinstallé la semaine dernière par le Département.

Notre code établissement : {bad}

Je vous remercie de m'indiquer la marche à suivre.

Marie-Hélène Chassagne
Professeure documentaliste
Collège Marcel Pagnol - Ussel""")

u = U("0700388")
mail(cat="password_reset", ok=True, uai=u, region="bourgogne-franche-comte", platform="esidoc", hard=True, lang="fr",
     notes="Contrast: the reset mail DID arrive (so not missing_noreply_mail); its link expired before she used it. Asks for a new link.",
     frm=("Claire Vuillemin", "claire.vuillemin70@gmail.com"), client="gmail", date="10/12 17:41",
     subject="Lien expiré",
     body=f"""Bonjour,

Je précise tout de suite : ce n'est pas un problème de mail qui n'arrive pas, je l'ai bien reçu hier vers 14h. Mais j'étais en conseil de classe tout l'après-midi et ce soir le lien me dit qu'il n'est plus valide.

Est-ce que vous pouvez m'en renvoyer un ? Je ferai l'opération tout de suite cette fois.

Collège Château-Rouillaud, Luxeuil, UAI {u}, compte e-sidoc du CDI.

Merci,
Claire Vuillemin""")

u = U("0470722")
mail(cat="password_reset", ok=True, uai=u, region="nouvelle-aquitaine", platform="espace_acheteur", hard=True, lang="fr",
     notes="Replies to an old October ticket about a Europresse activation (quoted below) but asks something else entirely: the Espace Acheteur password is lost. The new request decides the category.",
     frm=("Bernard Lafitte", "bernard.lafitte@ac-bordeaux.fr"), client="outlook", date="11/12 09:04",
     subject="RE: [#SUP-004870] Abonnement Europresse - activation",
     in_reply_to="<SUP-004870.1729152000.6c1e0a@assistance.example.fr>",
     body=f"""Bonjour,

Je reprends ce vieux message faute d'avoir votre adresse sous la main, désolé.

Rien à voir avec Europresse (c'est réglé depuis longtemps) : je n'arrive plus à me connecter à l'Espace Acheteur, j'ai dû oublier le mot de passe pendant les vacances de Toussaint. L'établissement est le collège Jasmin de Nérac, UAI {u}. J'ai des commandes de fin d'année à passer, merci de me dire comment récupérer l'accès.

Bernard Lafitte
Gestionnaire - Collège Jasmin
47600 Nérac

De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 17 octobre 2024 10:12
À : Bernard Lafitte <bernard.lafitte@ac-bordeaux.fr>
Objet : [#SUP-004870] Abonnement Europresse - activation

Bonjour,

Votre abonnement Europresse a bien été activé. Il sera visible dans « Mes abonnements » sous 72 heures au plus tard.

Cordialement,
L'équipe d'assistance""")

u = U("0580619")
mail(cat="password_reset", ok=True, uai=u, region="bourgogne-franche-comte", platform="espace_acheteur", hard=True, lang="fr",
     notes="Outlook forward (TR:) of the platform's machine-written 'account locked' notice, with a one-line human request on top: a person asks to unlock, not automated mail.",
     frm=("Intendance Lycée pro. Le Morvan", f"int.{u.lower()}@ac-dijon.fr"), client="outlook", date="11/12 11:30",
     subject="TR: Votre compte a été verrouillé",
     body=f"""Bonjour, pouvez-vous débloquer notre compte svp ? Merci. P. Gueugnon, intendance LP Le Morvan ({u})

________________________________
De : Espace Acheteur <no-reply@espace-acheteur.example.fr>
Envoyé : mercredi 11 décembre 2024 11:02
À : int.{u.lower()}@ac-dijon.fr
Objet : Votre compte a été verrouillé

Bonjour,

Suite à 5 tentatives de connexion infructueuses, votre compte a été verrouillé par mesure de sécurité.

Pour le débloquer, utilisez la fonction « Mot de passe oublié » ou contactez l'assistance.

Ceci est un message automatique, merci de ne pas y répondre.""")

u = U("9740921")
DISC_RE = """AVERTISSEMENT : Ce message et toutes les pièces jointes sont établis à l'intention exclusive de ses destinataires et sont confidentiels. Si vous recevez ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur. Toute utilisation de ce message non conforme à sa destination, toute diffusion ou toute publication, totale ou partielle, est interdite sauf autorisation expresse. L'internet ne permettant pas d'assurer l'intégrité de ce message, l'établissement décline toute responsabilité au titre de ce message, dans l'hypothèse où il aurait été modifié.
Pensez à l'environnement avant d'imprimer ce message."""
mail(cat="password_reset", ok=True, uai=u, region="la-reunion", platform="esidoc", hard=False, lang="fr",
     notes="HTML-only Outlook mail from a Réunion lycée professionnel; account locked; long confidentiality disclaimer and phone numbers in the signature.",
     frm=("Jimmy Hoarau", "jimmy.hoarau@ac-reunion.fr"), client="outlook", form="html", tz="RE", date="11/12 14:50",
     subject="Compte e-sidoc bloqué - LP Paul Hermann",
     body=f"""Bonjour,

Depuis ce matin, impossible d'entrer dans la gestion du portail e-sidoc : après plusieurs essais le site affiche « compte temporairement bloqué ».
Je suis le professeur documentaliste du LP Paul Hermann (UAI {u}) et je dois encore publier la sélection de lectures pour les vacances.

Merci de débloquer le compte ou de m'envoyer un lien de réinitialisation.

Bien cordialement,

Jimmy Hoarau
Professeur documentaliste - CDI
Lycée professionnel Paul Hermann
Saint-Pierre - La Réunion
Tél. : 0262 99 35 10 / Port. : 0692 99 41 07

{DISC_RE}""")

u = U("0520406")
mail(cat="password_reset", ok=True, uai=u, region="grand-est", platform="esidoc", hard=False, lang="fr",
     notes="New contract librarian (arrived in December) from a personal Gmail address: never had the password; UAI in the body.",
     frm=("Lucie Marchal", "lucie.marchal.doc@gmail.com"), client="gmail", date="11/12 20:12",
     subject="Prise de poste - accès e-sidoc",
     body=f"""Bonsoir,

Je suis contractuelle et j'ai pris le poste de professeure documentaliste au collège Louise Michel de Joinville (52) le 2 décembre, pour remplacer un congé long. Mon prédécesseur n'a rien laissé : je ne connais ni l'identifiant ni le mot de passe de e-sidoc.

On m'a dit que l'identifiant était le numéro UAI : {u}. Pour le mot de passe je n'ai rien.
Je n'ai pas encore mon adresse académique, d'où la gmail, désolée.

Que dois-je faire ?

Lucie Marchal""")

mail(cat="password_reset", ok=True, uai=None, region="guyane", platform="esidoc", hard=False, lang="fr",
     notes="Does not know the 'identifiant' (the UAI) nor the password; no UAI written, region from the ac-guyane.fr sender.",
     frm=("Rosemonde Clet", "rosemonde.clet@ac-guyane.fr"), client="zimbra", tz="GF", date="12/12 07:20",
     subject="Identifiant e-sidoc ?",
     body="""Bonjour,

Je remplace la documentaliste du lycée professionnel de Saint-Laurent-du-Maroni jusqu'aux vacances. Sur la page de connexion de e-sidoc on me demande un identifiant et un mot de passe, je n'ai ni l'un ni l'autre.

Qu'est-ce que c'est l'identifiant exactement ? Et comment avoir le mot de passe ?

Merci,
R. Clet""")

mail(cat="password_reset", ok=True, uai=None, region=None, platform="esidoc", hard=False, lang="en",
     notes="English; American-section assistant, forgotten username and password for the library portal; personal address, no UAI, no region.",
     frm=("Tyler Brooks", "tylerbrooks.teach@gmail.com"), client="gmail", date="12/12 12:05",
     subject="forgot login for e-sidoc",
     body="""Hi there,

I'm the language assistant for the American section at our collège and our librarian asked me to update the reading lists on e-sidoc while she's on a school trip. Problem: I can't remember the username OR the password she gave me in October. Is there a way to get a new one? I don't have the school code on me, sorry, I can ask the office tomorrow.

Thanks a lot,
Tyler""")

u = U("0610573")
mail(cat="password_reset", ok=False, uai=u, region="normandie", platform="espace_acheteur", hard=True, lang="fr",
     notes="Two topics: lost Espace Acheteur password (first) and a quote that expires on the 20th and must be re-issued (order_billing). A single template answers only half.",
     frm=("Denis Lecoq", "denis.lecoq@ac-normandie.fr"), client="thunderbird", date="12/12 09:47",
     subject="accès espace acheteur + devis",
     body=f"""Bonjour,

Deux choses :

1) je n'ai plus le mot de passe de l'Espace Acheteur (collège Jean Monnet, Mortagne-au-Perche, UAI {u}). La fonction "mot de passe oublié" me dit que l'adresse n'est pas reconnue, je crois que le compte est au nom de mon prédécesseur.

2) le devis n° DV-24-11873 pour le mobilier du CDI expire le 20/12 et je ne pourrai pas engager avant : est-il possible de le prolonger jusqu'à fin janvier ou de m'en faire un nouveau daté de janvier ?

Merci,
Denis Lecoq
Gestionnaire
02 33 99 71 04""")

u = U("0150294")
mail(cat="password_reset", ok=False, uai=u, region="auvergne-rhone-alpes", platform="esidoc", hard=False, lang="fr",
     notes="Asks for the new password to be sent to a personal Hotmail address because the official mailbox is unread during leave: not a safe automatic answer.",
     frm=("Josiane Vermenouze", "josiane.vermenouze@hotmail.fr"), client="owa", date="12/12 18:30",
     subject="mot de passe e-sidoc - envoi sur mon adresse perso svp",
     body=f"""Bonjour

J'ai perdu le mot de passe e-sidoc du collège de Riom-ès-Montagnes (UAI {u}).
Merci de me l'envoyer directement sur cette adresse (josiane.vermenouze@hotmail.fr) car la boîte ce. du collège est relevée par le secrétariat qui est en congé à partir de vendredi et je veux travailler sur le portail pendant les vacances.

Merci de votre compréhension
Josiane Vermenouze
documentaliste""")

u = U("0120844")
mail(cat="password_reset", ok=False, uai=u, region="occitanie", platform="ecoledirecte", hard=False, lang="fr",
     notes="Lost EcoleDirecte administrator password of a private collège (not the daily maintenance password): no reset template exists for this product, a person answers.",
     frm=("Collège Saint-Joseph Espalion", "secretariat@stjoseph-espalion.example.fr"), client="outlook", date="13/12 08:10",
     subject="Mot de passe administrateur EcoleDirecte perdu",
     body=f"""Bonjour,

Le mot de passe du compte administrateur EcoleDirecte du collège Saint-Joseph d'Espalion (UAI {u}) a été perdu suite au départ de notre directeur adjoint. Nous ne pouvons plus gérer les comptes des familles alors que les bulletins du 1er trimestre doivent être publiés la semaine prochaine.

Comment pouvons-nous obtenir un nouveau mot de passe ?

Merci de votre aide,

Agnès Bessière
Secrétariat
Collège Saint-Joseph - Espalion
05 36 49 22 18""")

u = U("0390512")
mail(cat="password_reset", ok=True, uai=u, region="bourgogne-franche-comte", platform="espace_acheteur", hard=False, lang="fr",
     notes="Forced password change every 90 days; the old password is forgotten so the change form refuses it.",
     frm=("Sylvain Cretin", "sylvain.cretin@ac-besancon.fr"), client="zimbra", date="13/12 11:44",
     subject="Changement de mot de passe impossible",
     body=f"""Bonjour,

L'Espace Acheteur m'oblige à changer mon mot de passe (tous les 90 jours si j'ai bien compris) mais il me demande l'ancien et je ne l'ai plus : je me connectais automatiquement depuis le poste de l'intendance, qui a été changé.

Lycée professionnel Pierre Vernotte, Moirans-en-Montagne - UAI {u}.

Merci de m'envoyer de quoi réinitialiser.

Sylvain Cretin
Secrétaire d'intendance""")

u = U("0090215")
mail(cat="password_reset", ok=True, uai=u, region="occitanie", platform="esidoc", hard=False, lang="fr",
     notes="Secretariat of the collège writes from the ce.<UAI> address (UAI also in the signature) and asks for the e-sidoc link on that official mailbox.",
     frm=("Collège Pierre Bayle", f"ce.{u}@ac-toulouse.fr"), client="zimbra", date="13/12 14:02",
     subject="e-sidoc : réinitialisation du mot de passe",
     body=f"""Madame, Monsieur,

Le professeur documentaliste du collège a quitté l'établissement fin novembre et le mot de passe du portail e-sidoc n'a pas été transmis. Nous vous serions reconnaissants d'envoyer un lien de réinitialisation sur l'adresse fonctionnelle du collège, à partir de laquelle nous vous écrivons.

Avec nos remerciements,

Le secrétariat
Collège Pierre Bayle - 09000 Foix
UAI : {u}
05 36 49 80 12""")

u = U("9720465")
mail(cat="password_reset", ok=True, uai=u, region="martinique", platform="esidoc", hard=False, lang="fr",
     notes="HTML-only Zimbra webmail message from Martinique; the saved password was lost with the CDI computer after a power cut.",
     frm=("Ginette Louis-Sidney", "ginette.louis-sidney@ac-martinique.fr"), client="zimbra", form="html", tz="MQ", date="13/12 07:35",
     subject="mot de passe portail CDI",
     body=f"""Bonjour,

Suite à la coupure de courant de la semaine dernière, l'ordinateur du CDI ne redémarre plus et le mot de passe de e-sidoc était enregistré dessus. Je ne m'en souviens pas.

Collège Petit-Manoir, Le Lamentin. UAI {u}.

Pouvez-vous m'aider à le récupérer ?

Cordialement
Ginette Louis-Sidney
Professeure documentaliste""")

u = U("0360188")
mail(cat="password_reset", ok=True, uai=u, region="centre-val-de-loire", platform="espace_acheteur", hard=False, lang="fr",
     notes="Plain Thunderbird mail: a new gestionnaire takes over the Espace Acheteur account and has no password.",
     frm=("Olivier Pinault", "olivier.pinault@ac-orleans-tours.fr"), client="thunderbird", cte="8bit", date="16/12 08:21",
     subject="Reprise du compte Espace Acheteur",
     body=f"""Bonjour,

J'assure l'intérim de la gestion du collège George Sand de La Châtre depuis le 9 décembre. Le compte Espace Acheteur de l'établissement (identifiant {u}) est resté au nom de ma collègue partie en congé, et je n'ai pas le mot de passe.

Pouvez-vous procéder à une réinitialisation ? Je peux vous faire confirmer par le principal si nécessaire.

Cordialement,

--
Olivier Pinault
Gestionnaire par intérim
Collège George Sand - La Châtre (36)
""")

u = U("0530277")
mail(cat="password_reset", ok=True, uai=u, region="pays-de-la-loire", platform="esidoc", hard=False, lang="fr",
     notes="Account locked after several failed attempts; asks for unlock or a link.",
     frm=("Pascale Touchard", "pascale.touchard@ac-nantes.fr"), client="thunderbird", date="16/12 10:03",
     subject=f"Compte bloqué e-sidoc - {u}",
     body="""Bonjour,

Après trois ou quatre essais ratés ce matin, le portail m'indique que mon compte est bloqué pendant 30 minutes. J'ai attendu, réessayé, même résultat : visiblement je ne me souviens plus du bon mot de passe.

Merci de me renvoyer un lien de réinitialisation.

Pascale Touchard
Documentaliste - Collège Jules Renard, Ernée""")

u = U("7200134")
mail(cat="password_reset", ok=True, uai=u, region="corse", platform="esidoc", hard=False, lang="fr",
     notes="Outlook for Android, short; Haute-Corse UAI (prefix 720).",
     frm=("Ghjuvanni Santoni", "ghjuvanni.santoni@ac-corse.fr"), client="outlook_android", date="16/12 12:48",
     subject="e-sidoc mot de passe",
     body=f"""Bonjour, la collègue doc est absente et je n'ai pas le mot de passe e-sidoc pour fermer les réservations avant les vacances. Collège de Corte, {u}. Merci de le réinitialiser.

G. Santoni, CPE

Obtenir Outlook pour Android""")

u = U("0880649")
mail(cat="password_reset", ok=True, uai=u, region="grand-est", platform="espace_acheteur", hard=True, lang="fr",
     notes="Negation: explicitly NOT an account creation (the account exists); the password is forgotten.",
     frm=("Anne Colin", "anne.colin@ac-nancy-metz.fr"), client="zimbra", date="17/12 09:12",
     subject="Pas une création de compte !",
     body=f"""Bonjour,

Je me permets de réécrire car le formulaire de contact m'a renvoyé vers la « création de compte » : je ne demande PAS de création de compte, notre compte Espace Acheteur existe depuis 2022 (collège Jules Ferry, Gérardmer, UAI {u}).

Mon problème est simplement que j'ai oublié le mot de passe et que la page de connexion ne me propose rien d'autre que de créer un compte.

Merci de me dire comment le réinitialiser.

Anne Colin
Adjointe gestionnaire""")

# ==========================================================================
# automated
# ==========================================================================


def desk_mail(ticket, subject, to_name, to_addr, text, when):
    """Raw text of a message the desk sent earlier (returned inside bounces)."""
    qp = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return ("From: Assistance <support@assistance.example.fr>\n"
            "To: %s\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: <SUP-%s.%d.%s@assistance.example.fr>\n"
            "Auto-Submitted: auto-replied\n"
            "MIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\n"
            "Content-Transfer-Encoding: quoted-printable\n\n%s" % (
                enc_addr(to_name, to_addr), enc_text(subject), when, ticket, 1733900000 + int(ticket[-3:]) * 97,
                hexid(6), qp))


def dsn(human, status_fields, original, orig_type="message/rfc822", human_html=None, style="generic",
        human_charset="us-ascii", human_cte="7bit", preamble="This is a MIME-encapsulated message."):
    parts = []
    if human_html:
        parts.append(multipart("alternative", [leaf("text/plain", human, human_charset, human_cte),
                                               leaf("text/html", human_html, human_charset, human_cte)], style=style))
    else:
        parts.append(leaf("text/plain", human, human_charset, human_cte,
                          extra=[("Content-Description", "Notification")]))
    parts.append(Part([("Content-Description", "Delivery report"),
                       ("Content-Type", "message/delivery-status")], status_fields))
    parts.append(Part([("Content-Type", orig_type),
                       ("Content-Description", "Undelivered Message" if orig_type == "message/rfc822"
                        else "Undelivered Message Headers")], original))
    return multipart("report", parts, style=style, params="; report-type=delivery-status", preamble=preamble)


def mdn(human, fields, orig_headers=None, charset="utf-8", cte="quoted-printable", style="generic"):
    parts = [leaf("text/plain", human, charset, cte),
             Part([("Content-Type", "message/disposition-notification")], fields)]
    if orig_headers:
        parts.append(Part([("Content-Type", "text/rfc822-headers")], orig_headers))
    return multipart("report", parts, style=style, params="; report-type=disposition-notification")


mail(cat="automated", ok=False, uai=None, region="martinique", platform=None, hard=False, lang="fr",
     notes="Zimbra vacation reply from an ac-martinique.fr address (Auto-Submitted: auto-replied (zimbra; vacation), null Return-Path). Region from the sender domain.",
     frm=("Marie-Josée Alexis", "marie-josee.alexis@ac-martinique.fr"), client="zimbra", tz="MQ", date="16/12 09:14",
     return_path="", subject="Absence - Re: [#SUP-005102] Votre abonnement Europresse",
     in_reply_to="<SUP-005102.1734355200.a41b7e@assistance.example.fr>",
     headers=[("Auto-Submitted", "auto-replied (zimbra; vacation)")], no_inner_received=True, form="plain",
     body="""Bonjour,

Je suis en congés du lundi 16 décembre 2024 au lundi 6 janvier 2025 inclus.
Votre message ne sera pas transféré.

Pour toute urgence concernant le CDI, merci de contacter le secrétariat du collège au 0596 99 22 40.

Bonnes fêtes de fin d'année,
Marie-Josée Alexis""")

mail(cat="automated", ok=False, uai=None, region=None, platform=None, hard=False, lang="en",
     notes="English Exchange 'Automatic reply:' of an international-section teacher (Auto-Submitted: auto-generated, X-Auto-Response-Suppress).",
     frm=("Fiona McAllister", "f.mcallister@cite-scolaire-internationale.example.fr"), client="outlook", date="18/12 15:02",
     subject="Automatic reply: [#SUP-005187] Your request about the English library corner",
     in_reply_to="<SUP-005187.1734530000.0d9c52@assistance.example.fr>",
     headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
              ("X-MS-Exchange-Inbox-Rules-Loop", "f.mcallister@cite-scolaire-internationale.example.fr")],
     lang_hdr="en",
     body="""Thank you for your email. I am away from school for the Christmas break and will be back on Monday 6 January.

For anything urgent regarding the international section, please contact the section office at section.internationale@cite-scolaire-internationale.example.fr.

Merry Christmas and a happy New Year!
Fiona McAllister
Head of English - British International Section""")

mail(cat="automated", ok=False, uai=None, region=None, platform=None, hard=False, lang="fr",
     notes="French Exchange out-of-office ('Réponse automatique :') of a gestionnaire until January; Auto-Submitted and X-Auto-Response-Suppress.",
     frm=("Régine Perreau", "regine.perreau@clg-vauban-avallon.example.fr"), client="outlook", date="19/12 17:40",
     subject="Réponse automatique : [#SUP-005211] Devis renouvellement 2025",
     in_reply_to="<SUP-005211.1734626000.77fe01@assistance.example.fr>",
     headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
              ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")],
     body="""Bonjour,

Je serai absente du vendredi 20 décembre au soir au lundi 6 janvier 2025.
Les engagements de l'exercice 2024 sont clos ; les demandes de devis et de commande seront traitées à mon retour.

En cas d'urgence : intendance du collège Vauban, 03 53 01 44 10.

Régine Perreau
Gestionnaire - Collège Vauban, Avallon""")

orig = desk_mail("005160", "[#SUP-005160] Votre demande de devis", "Thierry Barbat",
                 "thierry.barbat@mairie-saint-flour.example.fr",
                 "Bonjour,\n\nVous trouverez ci-joint le devis demandé pour le renouvellement.\n\nCordialement,\nL'équipe d'assistance\n",
                 "Tue, 10 Dec 2024 10:31:00 +0100")
mail(cat="automated", ok=False, uai=None, region=None, platform=None, hard=False, lang="en",
     notes="Postfix bounce (multipart/report delivery-status, original attached): recipient mailbox full (5.2.2); null Return-Path.",
     frm=("Mail Delivery System", "MAILER-DAEMON@mx.mairie-saint-flour.example.fr"), client="bot", date="10/12 10:31",
     return_path="", auth="spf", auth_domain="mx.mairie-saint-flour.example.fr",
     subject="Undelivered Mail Returned to Sender", headers=[("Auto-Submitted", "auto-replied")],
     part=dsn("""This is the mail system at host mx.mairie-saint-flour.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<thierry.barbat@mairie-saint-flour.example.fr>: host
    127.0.0.1[127.0.0.1] said: 552 5.2.2 <thierry.barbat@mairie-saint-flour.example.fr>
    Mailbox full (in reply to RCPT TO command)
""", """Reporting-MTA: dns; mx.mairie-saint-flour.example.fr
X-Postfix-Queue-ID: 4Y7kQ12xLmz1fR
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Tue, 10 Dec 2024 10:31:02 +0100 (CET)

Final-Recipient: rfc822; thierry.barbat@mairie-saint-flour.example.fr
Original-Recipient: rfc822;thierry.barbat@mairie-saint-flour.example.fr
Action: failed
Status: 5.2.2
Remote-MTA: dns; 127.0.0.1
Diagnostic-Code: smtp; 552 5.2.2 <thierry.barbat@mairie-saint-flour.example.fr> Mailbox
    full
""", orig))

ndr_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p><b><font color="#000066" size="3" face="Arial">Votre message n'a pas pu être remis à ce destinataire.</font></b></p>
<p><font size="2" face="Tahoma">j.ravenel@clgdelavallee.onmicrosoft.com<br>
L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse du destinataire et renvoyez le message.</font></p>
<p><font size="2" face="Tahoma">Informations de diagnostic pour les administrateurs :<br>
Serveur de génération : PA4P264MB1254.FRAP264.PROD.OUTLOOK.COM<br>
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</font></p>
</body></html>
"""
mail(cat="automated", ok=False, uai=None, region=None, platform=None, hard=False, lang="fr",
     notes="Exchange Online non-delivery report in French ('Non remis :'), multipart/report with an HTML explanation and the original headers.",
     frm=("Microsoft Outlook", "postmaster@clgdelavallee.onmicrosoft.com"), client="outlook", date="12/12 08:45",
     return_path="", subject="Non remis : [#SUP-005133] Bon d'engagement reçu",
     headers=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
     part=dsn("""Votre message n'a pas pu être remis à ce destinataire.

j.ravenel@clgdelavallee.onmicrosoft.com
L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse du destinataire et renvoyez le message.

Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", """Reporting-MTA: dns;PA4P264MB1254.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Thu, 12 Dec 2024 07:45:12 +0000

Final-Recipient: rfc822;j.ravenel@clgdelavallee.onmicrosoft.com
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""", """From: Assistance <support@assistance.example.fr>
To: Jacques Ravenel <j.ravenel@clgdelavallee.onmicrosoft.com>
Subject: [#SUP-005133] =?utf-8?q?Bon_d=27engagement_re=C3=A7u?=
Date: Thu, 12 Dec 2024 08:45:03 +0100
Message-ID: <SUP-005133.1733989503.19ac0e@assistance.example.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
""", orig_type="text/rfc822-headers", human_html=ndr_html, style="outlook", human_charset="utf-8",
         human_cte="quoted-printable", preamble=None))

orig = desk_mail("005149", "[#SUP-005149] Your invoice INV-88214", "Accounts team", "accounts@northfield-edu-books.example.co.uk",
                 "Hello,\n\nThe invoice must be submitted through Chorus Pro with the school's SIRET number.\n\nBest regards,\nThe support team\n",
                 "Wed, 11 Dec 2024 15:20:44 +0100")
mail(cat="automated", ok=False, uai=None, region=None, platform=None, hard=False, lang="en",
     notes="Gmail 'Delivery Status Notification (Failure)' for a foreign supplier's address: multipart/report with the original message.",
     frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), client="bot", relay="mail-sor-f69.google.com",
     date="11/12 15:21", return_path="", auth_domain="googlemail.com",
     subject="Delivery Status Notification (Failure)", headers=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "accounts@northfield-edu-books.example.co.uk")],
     part=dsn("""
** Address not found **

Your message wasn't delivered to accounts@northfield-edu-books.example.co.uk because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <accounts@northfield-edu-books.example.co.uk>: Recipient address rejected: User unknown in virtual mailbox table
""", """Reporting-MTA: dns; googlemail.com
Arrival-Date: Wed, 11 Dec 2024 06:20:44 -0800 (PST)

Final-Recipient: rfc822; accounts@northfield-edu-books.example.co.uk
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.northfield-edu-books.example.co.uk. (203.0.113.88, the server for the domain northfield-edu-books.example.co.uk.)
Diagnostic-Code: smtp; 550 5.1.1 <accounts@northfield-edu-books.example.co.uk>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: Wed, 11 Dec 2024 06:20:45 -0800 (PST)
""", orig, style="gmail", preamble=None))

orig = desk_mail("005176", "[#SUP-005176] Votre demande : compte bloqué", "Jimmy Hoarau", "jimmy.hoarau@ac-reunion.fr",
                 "Bonjour,\n\nUn lien de réinitialisation a été envoyé à l'adresse connue de votre établissement.\n\nCordialement,\nL'équipe d'assistance\n",
                 "Fri, 13 Dec 2024 09:02:10 +0100")
mail(cat="automated", ok=False, uai=None, region="la-reunion", platform=None, hard=False, lang="en",
     notes="Delay warning from the académie's relay ('Delayed Mail (still being retried)', Action: delayed): not a failure, still automatic. Region from the ac-reunion.fr sender.",
     frm=("Mail Delivery System", "MAILER-DAEMON@ac-reunion.fr"), client="bot", relay="relais.ac-reunion.fr",
     date="13/12 17:02", tz="RE", return_path="", auth="spf",
     subject="Delayed Mail (still being retried)", headers=[("Auto-Submitted", "auto-replied")],
     part=dsn("""This is the mail system at host relais.ac-reunion.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<jimmy.hoarau@ac-reunion.fr>: connect to mbx3.ac-reunion.fr[10.30.4.13]:25:
    Connection timed out
""", """Reporting-MTA: dns; relais.ac-reunion.fr
X-Postfix-Queue-ID: 4Y8cZ70Qm3zR2
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Fri, 13 Dec 2024 12:02:13 +0400 (+04)

Final-Recipient: rfc822; jimmy.hoarau@ac-reunion.fr
Original-Recipient: rfc822;jimmy.hoarau@ac-reunion.fr
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mbx3.ac-reunion.fr[10.30.4.13]:25:
    Connection timed out
Will-Retry-Until: Wed, 18 Dec 2024 12:02:13 +0400 (+04)
""", orig))

mail(cat="automated", ok=False, uai=None, region="occitanie", platform=None, hard=False, lang="fr",
     notes="Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from the ac-toulouse.fr sender.",
     frm=("Mathilde Castex", "mathilde.castex@ac-toulouse.fr"), client="outlook", date="17/12 11:26",
     subject="Lu : [#SUP-005198] Devis 2025 - renouvellement e-sidoc",
     headers=[("X-MS-Exchange-Organization-SCL", "-1")],
     part=mdn("""Votre message

  À : mathilde.castex@ac-toulouse.fr
  Objet : [#SUP-005198] Devis 2025 - renouvellement e-sidoc
  Envoyé : mardi 17 décembre 2024 10:58:31 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mardi 17 décembre 2024 11:26:02 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""", """Reporting-UA: PR1P264MB2411.FRAP264.PROD.OUTLOOK.COM; Microsoft Exchange Server
Final-Recipient: rfc822;mathilde.castex@ac-toulouse.fr
Original-Message-ID: <SUP-005198.1734429511.5e0c3d@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
""", style="outlook"))

mail(cat="automated", ok=False, uai=None, region="provence-alpes-cote-d-azur", platform=None, hard=False, lang="en",
     notes="English Thunderbird return receipt ('Return Receipt (displayed)'), disposition-notification. Region from the ac-aix-marseille.fr sender.",
     frm=("Daniel Okafor", "daniel.okafor@ac-aix-marseille.fr"), client="thunderbird", date="18/12 08:17",
     subject="Return Receipt (displayed) - [#SUP-005190] About the English e-book offer",
     part=mdn("""This is a Return Receipt for the mail that you sent to <daniel.okafor@ac-aix-marseille.fr>.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
""", """Reporting-UA: mail.ac-aix-marseille.fr; Thunderbird 128.5.2
Final-Recipient: rfc822;daniel.okafor@ac-aix-marseille.fr
Original-Message-ID: <SUP-005190.1734480001.aa09c2@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
""", orig_headers="""From: Assistance <support@assistance.example.fr>
Subject: [#SUP-005190] About the English e-book offer
Date: Wed, 18 Dec 2024 01:00:01 +0100
Message-ID: <SUP-005190.1734480001.aa09c2@assistance.example.fr>
""", charset="us-ascii", cte="7bit"))

mail(cat="automated", ok=False, uai=None, region="guyane", platform="espace_acheteur", hard=True, lang="fr",
     notes="A real gestionnaire's question about the Espace Acheteur, but posted to the académie's gestionnaires mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered. Region from the ac-guyane.fr sender.",
     frm=("Jean-Claude Ho-A-Chuck", "jean-claude.ho-a-chuck@ac-guyane.fr"), client="zimbra", tz="GF", date="12/12 10:40",
     to=("Liste gestionnaires EPLE", "gestionnaires-eple@listes.ac-guyane.fr"),
     subject="[gestionnaires-eple] Bon d'engagement refusé sur l'Espace Acheteur ?",
     return_path="gestionnaires-eple-bounces@listes.ac-guyane.fr", auth_domain="listes.ac-guyane.fr",
     headers=[("List-Id", "Gestionnaires des EPLE de Guyane <gestionnaires-eple.listes.ac-guyane.fr>"),
              ("List-Post", "<mailto:gestionnaires-eple@listes.ac-guyane.fr>"),
              ("List-Unsubscribe", "<https://listes.ac-guyane.fr/sympa/signoff/gestionnaires-eple>"),
              ("Precedence", "list"), ("X-Loop", "gestionnaires-eple@listes.ac-guyane.fr"),
              ("Sender", "gestionnaires-eple-request@listes.ac-guyane.fr")],
     body="""Bonjour à tous,

Est-ce que quelqu'un a le même souci que moi depuis lundi : quand je joins le bon d'engagement (PDF édité depuis Op@le) à ma commande sur l'Espace Acheteur, il est refusé avec « format de fichier non reconnu ». Avec un scan ça passe.

Vu la date de clôture je préfère demander ici avant d'ouvrir un ticket.

Merci et bon courage pour la fin d'exercice,
JC Ho-A-Chuck
Gestionnaire - Collège Eldo Dikal, Kourou

_______________________________________________
gestionnaires-eple mailing list
gestionnaires-eple@listes.ac-guyane.fr
https://listes.ac-guyane.fr/sympa/info/gestionnaires-eple""")

nl_text = """Lettre d'information - décembre 2024

CLÔTURE DE L'EXERCICE : LES DATES À RETENIR

- Vendredi 13 décembre : dernier jour pour une commande livrée avant les vacances
- Mercredi 18 décembre, 17 h : dernières validations de commandes imputées sur 2024
- Du 23 décembre au 3 janvier : l'assistance fonctionne en service réduit

Pensez à joindre votre bon d'engagement au format PDF lors de la validation.

Toute l'équipe vous souhaite de belles fêtes de fin d'année.

Vous recevez ce message car vous êtes inscrit à la lettre d'information.
Se désinscrire : https://actualites.espace-acheteur.example.fr/u/9120/c77d
"""
nl_html = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Clôture de l'exercice</title></head>
<body style="margin:0;background:#eef1f5"><table role="presentation" width="100%"><tr><td align="center">
<table role="presentation" width="600" style="background:#fff;font-family:Arial,sans-serif">
<tr><td style="padding:20px"><img src="https://actualites.espace-acheteur.example.fr/img/sapin.png" width="120" alt="Centrale d'achat"></td></tr>
<tr><td style="padding:0 20px"><h1 style="font-size:20px;color:#1f4e9a">Clôture de l'exercice : les dates à retenir</h1>
<ul><li><b>Vendredi 13 décembre</b> : dernier jour pour une commande livrée avant les vacances</li>
<li><b>Mercredi 18 décembre, 17&nbsp;h</b> : dernières validations de commandes imputées sur 2024</li>
<li><b>Du 23 décembre au 3 janvier</b> : l'assistance fonctionne en service réduit</li></ul>
<p>Pensez à joindre votre bon d'engagement au format PDF lors de la validation.</p>
<p>Toute l'équipe vous souhaite de belles fêtes de fin d'année.</p></td></tr>
<tr><td style="padding:20px;font-size:11px;color:#888">Vous recevez ce message car vous êtes inscrit à la lettre d'information.
<a href="https://actualites.espace-acheteur.example.fr/u/9120/c77d">Se désinscrire</a></td></tr>
</table></td></tr></table><img src="https://actualites.espace-acheteur.example.fr/o/9120/c77d.gif" width="1" height="1" alt=""></body></html>
"""
mail(cat="automated", ok=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
     notes="Purchasing-centre newsletter about the year-end closing dates: List-Id, one-click List-Unsubscribe, Precedence: bulk.",
     frm=("Centrale d'achat - Actualités", "newsletter@actualites.espace-acheteur.example.fr"), client="bot",
     to=(None, DESK), date="09/12 09:00", return_path="bounce-9120-2024-12@actualites.espace-acheteur.example.fr",
     subject="🎄 Clôture de l'exercice 2024 : les dates à retenir",
     headers=[("List-Id", "Actualites de la centrale d'achat <actualites.espace-acheteur.example.fr>"),
              ("List-Unsubscribe", "<https://actualites.espace-acheteur.example.fr/u/9120/c77d>,\n <mailto:unsubscribe-9120@actualites.espace-acheteur.example.fr>"),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
              ("Feedback-ID", "9120:newsletter:espace-acheteur")],
     part=multipart("alternative", [leaf("text/plain", nl_text), leaf("text/html", nl_html)]))

mail(cat="automated", ok=False, uai=None, region=None, platform="ticket_portal", hard=False, lang="fr",
     notes="Ticket-portal notification: a ticket the desk follows was answered. Auto-Submitted: auto-generated, no-reply sender.",
     frm=("Portail tickets", "noreply@tickets.example.fr"), client="bot", to=(None, DESK), date="13/12 16:12",
     return_path="bounces@tickets.example.fr",
     subject="[Ticket #48213] Nouvelle réponse : Erreur 502 sur l'export des paniers",
     headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
              ("X-Ticket-ID", "48213")],
     body="""Bonjour,

Une nouvelle réponse a été ajoutée au ticket #48213 « Erreur 502 sur l'export des paniers ».

Statut : En attente de votre retour
Dernière réponse par : Équipe technique (niveau 2)

Pour consulter le ticket et y répondre, connectez-vous au portail :
https://tickets.example.fr/ticket/48213

Ceci est un message automatique, merci de ne pas y répondre directement.""")

mail(cat="automated", ok=False, uai=None, region=None, platform="esignature", hard=False, lang="fr",
     notes="E-signature reminder: a convention still awaits a signature. Auto-Submitted: auto-generated, no-reply sender.",
     frm=("Signature électronique", "no-reply@esignature.example.fr"), client="bot", to=(None, DESK), date="16/12 07:00",
     return_path="bounce@esignature.example.fr",
     subject="Rappel : 1 document en attente de votre signature",
     headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "OOF, AutoReply")],
     form="alt",
     body="""Bonjour,

Le document suivant attend toujours votre signature :

   Convention de groupement de commandes 2025 - avenant n° 3
   Envoyé par : Centrale d'achat - service juridique
   Date limite : 20/12/2024

Signer le document : https://esignature.example.fr/sign/7f3a91c2

Vous recevrez un rappel tous les 3 jours jusqu'à la signature ou l'expiration.
Ce message a été envoyé automatiquement, merci de ne pas y répondre.""")

mail(cat="automated", ok=False, uai=None, region=None, platform=None, hard=False, lang="fr",
     notes="Chorus Pro-style status notification (invoice put in payment) reaching the desk's address: no-reply sender, Auto-Submitted. About an invoice, but not written by a person.",
     frm=("Chorus Pro", "ne-pas-repondre@chorus-pro.example.fr"), client="bot", to=(None, DESK), date="17/12 05:31",
     return_path="bounce@chorus-pro.example.fr",
     subject="Chorus Pro - Facture FAC-2024-11302 : changement de statut",
     headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
     body="""Bonjour,

Le statut de la facture suivante a évolué :

  Numéro de facture : FAC-2024-11302
  Fournisseur : CENTRALE D'ACHAT EDUCATION
  Destinataire : COLLEGE LES GRANDS BOIS - SERVICE FACTURIER
  Montant TTC : 1 284,00 EUR
  Nouveau statut : MISE EN PAIEMENT

Pour plus de détails, connectez-vous à votre espace.

Ce courriel est généré automatiquement. Merci de ne pas y répondre.""")

mail(cat="automated", ok=False, uai=None, region="guadeloupe", platform=None, hard=False, lang="fr",
     notes="Acknowledgement from another help desk (the académie's own ticketing tool) for a message the desk sent: Auto-Submitted and X-Loop; answering would start a loop. Region from the ac-guadeloupe.fr sender.",
     frm=("Assistance DANE Guadeloupe", "assistance@ac-guadeloupe.fr"), client="bot", tz="GP", date="13/12 08:30",
     return_path="assistance@ac-guadeloupe.fr",
     subject="[Ticket#2024121310000417] Accusé de réception - RE: Routage demande établissement 9710834",
     headers=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance@ac-guadeloupe.fr"),
              ("X-OTRS-Loop", "yes"), ("Precedence", "bulk")],
     body="""Bonjour,

Votre demande a bien été enregistrée sous le numéro 2024121310000417.

Elle sera traitée par nos services dans les meilleurs délais. Merci de conserver ce numéro pour toute correspondance.
Attention : pendant les congés de fin d'année, les délais de traitement sont allongés.

Assistance numérique - Rectorat de la Guadeloupe
(Ce message est généré automatiquement.)""")

mail(cat="automated", ok=False, uai=None, region="bourgogne-franche-comte", platform=None, hard=True, lang="fr",
     notes="Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic. Region from the ac-besancon.fr sender.",
     frm=("Élodie Parisot", "elodie.parisot@ac-besancon.fr"), client="zimbra", form="plain", date="10/12 13:05",
     subject="Absente du 9 au 13 décembre",
     body="""Bonjour,

Je suis en stage de formation (PAF) du 9 au 13 décembre inclus et ne consulte pas ma messagerie.
Pour la vie scolaire, merci de joindre M. Grosjean, AED référent, au 03 53 01 60 27.

Élodie Parisot
CPE - Collège Les Hauts du Val de Saône, Gray""")

mail(cat="automated", ok=False, uai=None, region=None, platform=None, hard=True, lang="en",
     notes="qmail bounce as plain text: no multipart/report, no Auto-Submitted; only the null Return-Path, the MAILER-DAEMON sender and the wording show it is automatic.",
     frm=(None, "MAILER-DAEMON@mail.lp-bois-foret.example.fr"), client="bot", date="16/12 14:21", return_path="",
     auth="spf", subject="failure notice",
     body="""Hi. This is the qmail-send program at mail.lp-bois-foret.example.fr.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<atelier.bois@lp-bois-foret.example.fr>:
This address no longer accepts mail.

--- Below this line is a copy of the message.

Return-Path: <support@assistance.example.fr>
Received: (qmail 21874 invoked from network); 16 Dec 2024 13:21:07 -0000
From: Assistance <support@assistance.example.fr>
To: atelier.bois@lp-bois-foret.example.fr
Subject: [#SUP-005203] Votre compte est en attente de validation
Date: Mon, 16 Dec 2024 14:21:05 +0100

Bonjour,

Votre compte a été créé et attend la validation de l'administrateur de votre structure.
""")

mail(cat="automated", ok=False, uai=None, region=None, platform=None, hard=True, lang="fr",
     notes="A MailInBlack sender-authentication challenge sent to the desk after it answered a user: machine-written (Auto-Submitted), so automated, even though it names MailInBlack and describes the challenge.",
     frm=("Mailinblack", "no-reply@protect.mailinblack.example.com"), client="bot", date="17/12 10:02",
     return_path="", auth_domain="protect.mailinblack.example.com",
     subject="Votre message à s.abadie@clg-lesgrandsbois.example.fr est en attente",
     headers=[("Auto-Submitted", "auto-replied"), ("X-Mailinblack", "challenge")],
     form="alt", flavor="generic",
     body="""Bonjour,

Vous avez envoyé un message à s.abadie@clg-lesgrandsbois.example.fr.

Ce destinataire est protégé par Mailinblack. Afin que votre message lui soit délivré, merci de confirmer que vous êtes bien un humain en cliquant sur le lien ci-dessous :

https://protect.mailinblack.example.com/auth/8d1f7c0e2b

Cette opération ne vous sera demandée qu'une seule fois.

Objet du message : [#SUP-005215] Votre demande d'accès à l'Espace Acheteur

Mailinblack - La protection de votre messagerie""")

mail(cat="automated", ok=False, uai=None, region=None, platform=None, hard=False, lang="en",
     notes="English supplier's holiday auto-responder: Auto-Submitted: auto-replied plus X-Autoreply.",
     frm=("Northfield Educational Books - Sales", "sales@northfield-edu-books.example.co.uk"), client="bot", tz="UK",
     date="19/12 16:45", return_path="",
     subject="Re: Order 2024-ESP-7731 - delivery date [Auto-Reply]",
     headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("X-Autorespond", "yes")],
     body="""Thank you for your message.

Our offices are closed from Saturday 21 December until Thursday 2 January. Orders received during this period will be processed in strict date order when we reopen.

Please note that we are unable to amend invoices or delivery dates until our return.

Season's greetings from all the team at Northfield Educational Books.
Northfield Educational Books Ltd - Registered in England and Wales No. 04412871""")

mail(cat="automated", ok=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
     notes="Espace Acheteur no-reply notification to the desk's test account: a basket is about to expire. Auto-Submitted: auto-generated.",
     frm=("Espace Acheteur", "no-reply@espace-acheteur.example.fr"), client="bot", to=(None, DESK), date="18/12 06:00",
     return_path="bounce@espace-acheteur.example.fr",
     subject="Votre panier n° P-2024-33981 expire dans 3 jours",
     headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
     form="alt",
     body="""Bonjour,

Votre panier n° P-2024-33981 (4 articles, 612,40 € TTC) n'a pas été validé.
Les paniers sont conservés 15 jours : il sera supprimé le 21/12/2024.

Accéder à mon panier : https://espace-acheteur.example.fr/panier/P-2024-33981

Ceci est un message automatique, merci de ne pas y répondre.""")

mail(cat="automated", ok=False, uai=None, region=None, platform="ecoledirecte", hard=False, lang="fr",
     notes="Machine-written daily transfer report (failure) sent to the desk's monitoring address: Auto-Submitted, no-reply sender. Reports a failed transfer but no person asks anything.",
     frm=("EcoleDirecte - Supervision", "noreply-supervision@ecoledirecte.example.fr"), client="bot", to=(None, DESK),
     date="18/12 05:15", return_path="", subject="[Supervision] Rapport quotidien des transferts - 3 échecs",
     headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"), ("X-Report-Type", "transfer-daily")],
     body="""Rapport quotidien des transferts - 18/12/2024 05:00

Établissements en échec (dernier transfert réussi > 72 h) :

  ETAB-02231  Collège Saint-Joseph (Espalion)        dernier succès 14/12 22:10  code 0x80072EE2
  ETAB-04417  LP privé Sainte-Marie (Basse-Terre)    dernier succès 13/12 23:02  licence expirée
  ETAB-05102  Collège Notre-Dame (Chaumont)          dernier succès 15/12 21:48  code 0x80072EE7

Total établissements : 1 842 - en succès : 1 839 - en échec : 3

Message généré automatiquement par la supervision. Ne pas répondre.""")

# ==========================================================================
# other
# ==========================================================================

mail(cat="other", ok=False, uai=None, region=None, platform=None, hard=False, lang="en",
     notes="English holiday gift-card spam from an unknown domain (SPF softfail).",
     frm=("Holiday Rewards Center", "rewards@xmas-bonus-center.example.net"), client="bot", auth="softfail",
     date="09/12 03:12", return_path="bnc-77812@mailer.xmas-bonus-center.example.net",
     subject="Congratulations! Your $500 Christmas Gift Card is waiting",
     form="alt", flavor="generic",
     body="""Dear Customer,

You have been selected as one of our 25 lucky winners this December!

To claim your $500 Holiday Gift Card, simply confirm your shipping details within 48 hours:

>>> CLAIM MY GIFT CARD NOW <<<
http://xmas-bonus-center.example.net/claim?id=88412

Hurry, offer ends December 24th. Only one card per household.

If you no longer wish to receive these offers, click here.""")

mail(cat="other", ok=False, uai=None, region=None, platform=None, hard=True, lang="fr",
     notes="Phishing: 'your academic mailbox will be deactivated, confirm your password'. Mentions password and mailbox but is not password_reset; the look-alike domain ac-reunion-webmail.example.com is not an académie domain, so no region.",
     frm=("Service Messagerie Académique", "securite@ac-reunion-webmail.example.com"), client="bot", auth="fail",
     date="11/12 02:47", return_path="root@vps-44812.example.net",
     reply_to=("Service Messagerie", "verif.compte2024@example.org"),
     subject="URGENT : votre boîte académique sera désactivée le 13/12",
     form="html", flavor="generic",
     body="""Cher(e) utilisateur(trice),

Dans le cadre de la migration de fin d'année, toutes les boîtes non vérifiées seront désactivées le 13 décembre 2024 à minuit.

Pour conserver vos messages, veuillez confirmer votre identifiant et votre mot de passe sur le lien sécurisé ci-dessous :

https://ac-reunion-webmail.example.com/verification

Sans action de votre part, vos données seront définitivement supprimées.

Service Messagerie - Rectorat
© 2024 Tous droits réservés""")

mail(cat="other", ok=False, uai=None, region="grand-est", platform="esidoc", hard=True, lang="fr",
     notes="Thanks and season's greetings, quoting the desk's reset answer (Apple quote): 'mot de passe' and 'lien' appear in the quote, nothing is asked. Region from the ac-nancy-metz.fr sender.",
     frm=("Véronique Thiébaut", "veronique.thiebaut@ac-nancy-metz.fr"), client="iphone", date="12/12 18:03",
     subject="Re: [#SUP-005141] Réinitialisation du mot de passe e-sidoc",
     in_reply_to="<SUP-005141.1733997600.f6e1d4@assistance.example.fr>",
     body="""Ça marche, merci beaucoup et joyeuses fêtes à toute l'équipe !!

Envoyé de mon iPhone

> Le 12 déc. 2024 à 11:20, Assistance <support@assistance.example.fr> a écrit :
>
> Bonjour,
>
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse officielle de votre établissement (c***@ac-n*******.fr). Il est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance""")

mail(cat="other", ok=False, uai=None, region="nouvelle-aquitaine", platform=None, hard=False, lang="fr",
     notes="Asks whether the desk is reachable during the Christmas holidays; no product problem. Region from the ac-poitiers.fr sender.",
     frm=("Florence Brunet", "florence.brunet@ac-poitiers.fr"), client="zimbra", date="13/12 15:30",
     subject="Permanence pendant les vacances ?",
     body="""Bonjour,

Simple question : votre service sera-t-il joignable entre le 23 décembre et le 3 janvier ? Je serai de permanence au collège la première semaine et j'aimerais savoir si je peux compter sur vous en cas de souci.

Merci et bonne fin d'année,
Florence Brunet
Secrétaire de gestion, collège de Melle""")

mail(cat="other", ok=False, uai=None, region=None, platform=None, hard=False, lang="fr",
     notes="A parent writes to the wrong address about the last school day and the school bus; unrelated.",
     frm=("karine lemoine", "karine.lemoine58@orange.fr"), client="webmail", date="16/12 21:40",
     subject="dernier jour avant les vacances",
     body="""Bonsoir

Mon fils est en 5eme B, est ce que les cours finissent bien vendredi midi ? et est ce que le car de ramassage passe quand meme le vendredi 20 a 12h ou il faut venir le chercher ?
Je n'arrive pas a trouver l'info sur l'ENT.

Merci
Mme Lemoine""")

mail(cat="other", ok=False, uai=None, region=None, platform=None, hard=False, lang="fr",
     notes="A supplier's personal end-of-year greetings to the desk (written to one address, no list headers): nothing to do, not automated.",
     frm=("Hervé Lagarde", "h.lagarde@mobilier-scolaire-lagarde.example.fr"), client="outlook", date="19/12 11:10",
     subject="Belles fêtes !",
     body="""Bonjour à toute l'équipe,

Merci pour votre réactivité tout au long de cette année, notamment lors de la mise en ligne de notre catalogue en septembre.
Je vous souhaite de très belles fêtes de fin d'année et vous dis à l'année prochaine.

Bien cordialement,

Hervé Lagarde
Responsable grands comptes
Mobilier scolaire Lagarde
06 39 98 12 44""")

mail(cat="other", ok=False, uai=None, region=None, platform=None, hard=False, lang="fr",
     notes="Unsolicited application for a temporary job in January, CV attached.",
     frm=("Yanis Benali", "yanis.benali.pro@gmail.com"), client="gmail", date="10/12 22:18",
     subject="Candidature spontanée - assistant support (CDD janvier)",
     attach=[("CV_Yanis_Benali.pdf", "application/pdf", fake_pdf("CV Yanis Benali"))],
     body="""Madame, Monsieur,

Titulaire d'un BTS SIO option SISR, je suis disponible à partir du 6 janvier et je me permets de vous proposer ma candidature pour un poste d'assistant support, même pour une courte durée.

J'ai effectué mon stage de fin d'études au service informatique d'un lycée, où je répondais déjà aux demandes des personnels.

Vous trouverez mon CV en pièce jointe. Je reste à votre disposition pour un entretien.

Cordialement,
Yanis Benali
06 39 98 70 31""")

mail(cat="other", ok=False, uai=None, region="hauts-de-france", platform=None, hard=False, lang="fr",
     notes="Angry complaint about an unanswered request that says nothing about its topic: no category can be told. Region from the ac-amiens.fr sender.",
     frm=("Gilles Mortier", "gilles.mortier@ac-amiens.fr"), client="thunderbird", date="17/12 16:55",
     subject="TOUJOURS PAS DE REPONSE",
     body="""Bonjour,

Cela fait maintenant trois semaines que j'attends une réponse de votre part. Trois relances, aucun retour, c'est inadmissible pour un service qui se dit d'assistance.

Je vais finir par en parler à ma hiérarchie.

G. Mortier""")

mail(cat="other", ok=False, uai=None, region=None, platform=None, hard=True, lang="en",
     notes="English fake 'overdue invoice' with an HTML attachment from an unknown domain, failing SPF/DMARC: phishing, not order_billing.",
     frm=("Accounts Receivable", "billing@intl-edu-supplies.example.biz"), client="bot", auth="fail",
     date="12/12 04:33", return_path="mail@host-203-0-113-9.example.net",
     subject="OVERDUE: Invoice #INV-2024-99812 - final notice before collection",
     attach=[("INV-2024-99812.htm", "text/html", b"<html><body><script>location='http://login-verify.example.biz'</script></body></html>")],
     body="""Dear Sir/Madam,

Our records show that invoice #INV-2024-99812 (EUR 3,480.00) issued to your school remains unpaid.

Please review the attached invoice and settle the balance by 18 December to avoid transfer to our collection agency. You will need to sign in with your school email to view the document.

Kind regards,
Accounts Receivable Department""")

mail(cat="other", ok=False, uai=None, region=None, platform=None, hard=True, lang="fr",
     notes="Phishing that imitates a MailInBlack quarantine report (look-alike domain, failing SPF/DMARC, credential link): spam, so other, not mailinblack_spam nor automated.",
     frm=("Mailinblack Quarantaine", "quarantaine@mailinblack-securite.example.info"), client="bot", auth="fail",
     date="18/12 01:20", return_path="u8812@bulk-relay.example.net",
     subject="Vous avez 7 messages en quarantaine - action requise",
     form="html", flavor="generic",
     body="""Bonjour,

7 messages destinés à support@assistance.example.fr sont bloqués en quarantaine depuis 48 h.

Ils seront supprimés définitivement dans 24 heures.

Pour les libérer, connectez-vous avec vos identifiants de messagerie :
https://mailinblack-securite.example.info/liberer

Mailinblack Protect""")

mail(cat="other", ok=False, uai=None, region="normandie", platform=None, hard=False, lang="fr",
     notes="A teacher asks about public-screening rights for a Christmas film in the CDI: unrelated to the services. Region from the ac-normandie.fr sender.",
     frm=("Aurélie Gosselin", "aurelie.gosselin@ac-normandie.fr"), client="zimbra", date="11/12 12:40",
     subject="Droits de diffusion film de Noël",
     body="""Bonjour,

Avec ma collègue documentaliste, nous voudrions projeter un film d'animation au CDI le dernier jeudi avant les vacances pour les 6e.
Est-ce que votre abonnement couvre les droits de diffusion publique, ou faut-il passer par un autre organisme ?

Merci,
Aurélie Gosselin
Professeure de lettres, collège de L'Aigle""")

u = U("0460311")
mail(cat="other", ok=False, uai=u, region="occitanie", platform="esidoc", hard=False, lang="fr",
     notes="How-to question on e-sidoc (printing spine labels) with no category of its own.",
     frm=("Patrick Delbos", "patrick.delbos@ac-toulouse.fr"), client="thunderbird", date="12/12 14:15",
     subject="Impression des étiquettes de cote",
     body=f"""Bonjour,

Je voudrais imprimer les étiquettes de cote des 40 nouveaux romans reçus cette semaine (commande de Noël du FSE) depuis e-sidoc, mais je ne trouve pas où choisir le format de planche (on a des planches de 65 étiquettes).

Est-ce possible depuis le portail ou faut-il passer par autre chose ?

Merci,
Patrick Delbos
Documentaliste, collège Léo Ferré de Gourdon - {u}""")

mail(cat="other", ok=False, uai=None, region=None, platform=None, hard=False, lang="fr",
     notes="GDPR erasure request from a former CPE who left the profession: other (human review), not account_creation.",
     frm=("Samia Hadjadj", "samia.hadjadj@laposte.net"), client="webmail", date="14/12 10:02",
     subject="Suppression de mes données personnelles",
     body="""Madame, Monsieur,

J'ai quitté l'Éducation nationale en août. Conformément à l'article 17 du RGPD, je vous demande de supprimer toutes les données personnelles me concernant (nom, adresse, historique des échanges) que vous détenez.

Merci de me confirmer la suppression.

Samia Hadjadj
(anciennement CPE au collège de Decize)""")

mail(cat="other", ok=False, uai=None, region="corse", platform=None, hard=False, lang="fr",
     notes="'Bien reçu, merci' from a phone: nothing to do. Region from the ac-corse.fr sender.",
     frm=("Ghjuvanni Santoni", "ghjuvanni.santoni@ac-corse.fr"), client="iphone", date="17/12 08:05",
     subject="Re: [#SUP-005188] e-sidoc mot de passe",
     in_reply_to="<SUP-005188.1734351000.3bd21f@assistance.example.fr>",
     body="""Bien reçu merci

Envoyé de mon iPhone""")

mail(cat="other", ok=False, uai=None, region=None, platform=None, hard=False, lang="en",
     notes="English cold pitch from a web agency (SEO for school websites), written to one address: other.",
     frm=("Priya Raman", "priya@brightrank-digital.example.com"), client="gmail", date="10/12 14:02", tz="UTC",
     subject="Quick question about your website traffic",
     body="""Hi there,

I was looking at assistance.example.fr and noticed a few things that are holding your pages back in Google (slow mobile load, missing meta descriptions, no schema markup).

We help education organisations get more visibility, and we have a year-end offer: a full audit for free if you book a call before December 20.

Would you be open to a 15-minute chat this week?

Best,
Priya Raman
Growth Lead, BrightRank Digital""")

mail(cat="other", ok=False, uai=None, region="guadeloupe", platform=None, hard=False, lang="fr",
     notes="Meant for the rectorat's finance division (dotation and fonds social), sent to the desk by mistake. Region from the ac-guadeloupe.fr sender.",
     frm=("Gestion Collège Michel Lacroix", "gestion.lacroix@ac-guadeloupe.fr"), client="zimbra", tz="GP", date="13/12 09:50",
     subject="Versement complémentaire fonds social collégien",
     body="""Bonjour,

Pouvez-vous me confirmer la date de versement du complément de crédits du fonds social collégien annoncé en commission ? Nous devons l'intégrer avant la clôture de l'exercice dans Op@le et l'agence comptable nous le réclame.

Cordialement,
Le service de gestion
Collège Michel Lacroix - Capesterre-Belle-Eau""")

DISC_CD = """-----------------------------------------------------------------------------
Ce courriel et les documents qui y sont attachés peuvent contenir des informations confidentielles. Si vous n'êtes pas le destinataire visé, vous êtes prié(e) de le détruire et d'en informer l'expéditeur.
SÉCURITÉ : le Conseil départemental ne vous demandera JAMAIS votre identifiant ou votre mot de passe par courriel. En cas de doute sur un message (lien de réinitialisation, compte bloqué, pièce jointe inattendue), contactez la DSI au 03 53 01 90 00 avant toute action.
Conformément au RGPD, vous disposez d'un droit d'accès et de rectification : dpo@departement-exemple.fr
-----------------------------------------------------------------------------"""
mail(cat="other", ok=False, uai=None, region=None, platform="espace_acheteur", hard=True, lang="fr",
     notes="Asks for the recording of a webinar on year-end closing in the Espace Acheteur; the long security disclaimer mentions password, reset link and blocked account but the message asks none of that.",
     frm=("Stéphane Guillot", "stephane.guillot@departement-exemple.fr"), client="outlook", date="16/12 16:20",
     subject="Replay du webinaire clôture",
     body=f"""Bonjour,

Je n'ai pas pu assister jeudi au webinaire « Réussir sa clôture sur l'Espace Acheteur ». Un enregistrement est-il disponible ? Plusieurs gestionnaires de collèges du département me le demandent également.

Merci d'avance,

Stéphane Guillot
Direction de l'éducation - Service des collèges
Conseil départemental
Tél. : 03 53 01 90 42

{DISC_CD}""")

mail(cat="other", ok=False, uai=None, region=None, platform=None, hard=False, lang="en",
     notes="English; international-section coordinator asks for advice on English-language e-book providers for the CDI: no account, order or access problem.",
     frm=("Rebecca Lindqvist", "rebecca.lindqvist@lycee-bilingue-vercors.example.fr"), client="apple", date="18/12 19:25",
     subject="English e-books for our section?",
     body="""Dear support team,

Our international section would like to offer English-language e-books to students next term (graded readers and some YA fiction). Do you know which providers schools usually work with, and whether they can be linked to the library catalogue?

It's just an exploratory question, nothing urgent; feel free to answer after the holidays.

Warm regards,
Rebecca Lindqvist
Coordinator, International Section
Lycée bilingue du Vercors""")

mail(cat="other", ok=False, uai=None, region=None, platform=None, hard=False, lang="fr",
     notes="Only a scanned PDF and a phone signature, no text at all: nothing can be told.",
     frm=("Intendance Clg", "intendance.clg.saintaffrique@orange.fr"), client="iphone", date="19/12 12:12",
     subject="Scan",
     attach=[("Scan 19 déc. 2024 à 12.10.pdf", "application/pdf", fake_pdf("Scan"))],
     form="plain",
     body="""

Envoyé de mon iPhone""")

# ==========================================================================
# missing_noreply_mail
# ==========================================================================

mail(cat="missing_noreply_mail", ok=True, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
     notes="Very short iPhone mail without accents: the Espace Acheteur activation mail never came; no anti-spam product named; non-academic sender.",
     frm=("Nadege P.", "nadege.pradal@orange.fr"), client="iphone", date="09/12 12:31",
     subject="pas recu mail activation",
     body="""Bonjour
Je me suis inscrite vendredi sur l espace acheteur pour le college et je n ai toujours pas le mail d activation. Rien dans les spams
Merci de me le renvoyer
N. Pradal

Envoyé de mon iPhone""")

u = U("0460587")
mail(cat="missing_noreply_mail", ok=True, uai=u, region="occitanie", platform="espace_acheteur", hard=False, lang="fr",
     notes="New buyer account for a lycée professionnel: the confirmation mail never arrived, junk folder checked; no product named.",
     frm=("Laurent Lacombe", "laurent.lacombe@ac-toulouse.fr"), client="zimbra", date="09/12 14:48",
     subject="Mail de confirmation non reçu - LP Champollion",
     body=f"""Bonjour,

J'ai créé ce matin le compte acheteur du lycée professionnel Champollion de Figeac (UAI {u}) pour pouvoir passer nos dernières commandes de l'année.
Le site m'indique « un e-mail de confirmation vous a été envoyé », mais rien n'est arrivé, ni en boîte de réception ni dans les courriers indésirables.

Pouvez-vous vérifier ?

Laurent Lacombe
Adjoint gestionnaire - LP Champollion, Figeac
05 36 49 31 77""")

mail(cat="missing_noreply_mail", ok=True, uai=None, region="auvergne-rhone-alpes", platform="esidoc", hard=False, lang="en",
     notes="English; the e-sidoc account activation email never arrived; no anti-spam product named. Region from the ac-grenoble.fr sender.",
     frm=("Sarah O'Donnell", "sarah.odonnell@ac-grenoble.fr"), client="outlook", date="10/12 09:20",
     subject="Activation email for e-sidoc not received",
     body="""Good morning,

I coordinate the Irish/British international section and our librarian asked me to create my own staff account on the school's e-sidoc portal so I can manage the English shelf. I filled in the form on Friday, but the activation email never arrived. I have checked my junk folder and the "Other" tab as well.

Could you send it again or tell me what to do?

Kind regards,
Sarah O'Donnell""")

u = U("9740354")
mail(cat="missing_noreply_mail", ok=True, uai=u, region="la-reunion", platform="espace_acheteur", hard=True, lang="fr",
     notes="Names MailInBlack only to say the lycée does NOT use it (checked with the rectorat): missing_noreply_mail, not mailinblack_spam.",
     frm=("Sandrine Payet", "sandrine.payet@ac-reunion.fr"), client="zimbra", tz="RE", date="10/12 11:05",
     subject="Aucun mail de l'Espace Acheteur",
     body=f"""Bonjour,

Depuis la création de mon compte (lycée professionnel de Saint-Joseph, UAI {u}), je ne reçois aucun des mails automatiques de l'Espace Acheteur : ni la confirmation, ni le mail de mot de passe.

Votre FAQ parle de Mailinblack : nous n'avons pas Mailinblack ici, j'ai vérifié avec le service informatique du rectorat. Les mails ne sont pas non plus dans les indésirables.

Que puis-je faire d'autre ?

Sandrine Payet
Gestionnaire""")

u = U("0550392")
mail(cat="missing_noreply_mail", ok=True, uai=u, region="grand-est", platform="esidoc", hard=True, lang="fr",
     notes="Reads like a password problem, but the 'forgotten password' tool works and its mail never arrives (three tries): the taxonomy puts that under missing_noreply_mail.",
     frm=("Hélène Mangin", "helene.mangin@ac-nancy-metz.fr"), client="zimbra", date="10/12 16:32",
     subject="mot de passe oublié... mais rien ne vient",
     body=f"""Bonjour,

J'ai cliqué trois fois sur « mot de passe oublié » sur le portail e-sidoc du collège de Stenay (UAI {u}) depuis hier. Le site me répond à chaque fois qu'un message a été envoyé, mais je ne reçois jamais rien. J'ai regardé dans le dossier « Indésirables » et dans « Corbeille », rien.

Merci de votre aide,
Hélène Mangin
Professeure documentaliste""")

mail(cat="missing_noreply_mail", ok=False, uai=None, region="bourgogne-franche-comte", platform="espace_acheteur", hard=False, lang="fr",
     notes="Reply (Zimbra 'Mail original' quote) after the junk-folder answer: still nothing after 48 h despite allowing the sender. The template was already sent: a person must follow up.",
     frm=("Martine Jacquot", "martine.jacquot@ac-besancon.fr"), client="zimbra", date="12/12 10:12",
     subject="Re: [#SUP-005120] Mail de confirmation non reçu",
     in_reply_to="<SUP-005120.1733823000.b0f7e2@assistance.example.fr>",
     body="""Bonjour,

J'ai fait tout ce qui est indiqué : indésirables vérifiés, expéditeur ajouté aux contacts approuvés. Cela fait plus de 48 h et toujours aucun mail de confirmation.
Pouvez-vous transmettre à la région comme vous l'indiquez ?

Merci
M. Jacquot

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "martine jacquot" <martine.jacquot@ac-besancon.fr>
Envoyé: Mardi 10 Décembre 2024 10:30:00
Objet: [#SUP-005120] Mail de confirmation non reçu

Bonjour,

Les messages de la plateforme sont envoyés par une adresse « no-reply ». Vérifiez votre dossier de courriers indésirables, marquez le message comme légitime et ajoutez l'expéditeur à vos contacts approuvés.
Sans nouvelles de votre part sous 48 heures, nous reviendrons vers vous.

L'équipe d'assistance""")

u = U("9710622")
mail(cat="missing_noreply_mail", ok=True, uai=u, region="guadeloupe", platform="espace_acheteur", hard=False, lang="fr",
     notes="Structure administrator never receives the 'account to validate' notifications for colleagues' new accounts.",
     frm=("Max Bélair", "max.belair@ac-guadeloupe.fr"), client="zimbra", tz="GP", date="11/12 08:40",
     subject="Notifications de validation de comptes",
     body=f"""Bonjour,

Je suis administrateur de la structure pour le collège de Vieux-Habitants (UAI {u}). Deux collègues ont créé leur compte la semaine dernière, mais je n'ai reçu aucune notification me demandant de valider leurs comptes. Elles attendent pour passer les commandes de fin d'année.

Les notifications arrivaient normalement l'an dernier.

Merci,
Max Bélair
Principal adjoint""")

mail(cat="missing_noreply_mail", ok=True, uai=None, region="guyane", platform="espace_acheteur", hard=False, lang="fr",
     notes="Pastes the 'an e-mail has been sent to r***@ac-guyane.fr' screen; nothing arrived. Region from the ac-guyane.fr sender.",
     frm=("Rodolphe Sainte-Rose", "rodolphe.sainte-rose@ac-guyane.fr"), client="outlook", tz="GF", date="11/12 13:15",
     subject="Mail jamais reçu",
     body="""Bonjour

Voici ce que le site affiche quand je demande un nouveau mot de passe :

"Un e-mail contenant un lien vous a été envoyé à l'adresse r***@ac-guyane.fr. Pensez à vérifier vos courriers indésirables."

C'est bien mon adresse, mais je n'ai rien reçu depuis lundi, ni en indésirables.

Cordialement
Rodolphe Sainte-Rose
Intendance, LP Lumina Sophie, Matoury
0594 99 27 15""")

mail(cat="missing_noreply_mail", ok=True, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
     notes="HTML-only webmail message from a private collège: offer-alert notifications stopped arriving since 1 December; no product named.",
     frm=("Collège Sainte-Thérèse", "economat.ste-therese@wanadoo.fr"), client="webmail", date="12/12 15:02",
     subject="Alertes offres plus reçues depuis le 1er décembre",
     body="""Bonjour,

Nous étions abonnés aux alertes sur les nouvelles offres de l'Espace Acheteur (fournitures et papeterie) et nous les recevions chaque semaine.
Depuis le 1er décembre, plus rien. Rien non plus dans le courrier indésirable de la messagerie Orange.

Pouvez-vous regarder si notre adresse est toujours bien inscrite ?

Merci
L'économat
Collège Sainte-Thérèse
02 61 91 40 33""")

mail(cat="missing_noreply_mail", ok=True, uai=None, region=None, platform="ticket_portal", hard=False, lang="fr",
     notes="No longer receives the ticket portal's notification mails when a ticket is answered; personal Gmail, no UAI.",
     frm=("Fabrice Rouquette", "fabrice.rouquette.ti@gmail.com"), client="gmail", date="13/12 09:55",
     subject="Plus de notifications du portail tickets",
     body="""Bonjour,

Je ne reçois plus aucun mail quand une réponse est ajoutée à mes tickets sur le portail (j'ai découvert par hasard ce matin qu'on m'avait répondu il y a 5 jours). Les notifications sont pourtant cochées dans mon profil.

Pouvez-vous vérifier de votre côté ?

Fabrice Rouquette
Technicien informatique (prestataire pour 3 collèges du Lot)""")

u = U("0190618")
mail(cat="missing_noreply_mail", ok=True, uai=u, region="nouvelle-aquitaine", platform="espace_acheteur", hard=True, lang="fr",
     notes="Replies to the wrong old thread (an invoice ticket, quoted) but asks about an activation mail that never came: the new request decides the category.",
     frm=("Corinne Faucher", "corinne.faucher@ac-limoges.fr"), client="outlook", date="13/12 14:27",
     subject="RE: [#SUP-004655] Facture FA-2024-1187",
     in_reply_to="<SUP-004655.1727780000.c01a6d@assistance.example.fr>",
     body=f"""Bonjour,

Je réponds sur ce fil car c'est le seul message de vous que j'ai retrouvé.

Ma nouvelle collègue adjointe gestionnaire s'est inscrite sur l'Espace Acheteur mardi avec son adresse académique, et elle n'a jamais reçu le mail d'activation de son compte. Rien en indésirables. Collège Bernadette Chirac, Meymac, UAI {u}.

Pouvez-vous relancer l'envoi ?

Merci,
Corinne Faucher

De : Assistance <support@assistance.example.fr>
Envoyé : mardi 1 octobre 2024 11:33
À : Corinne Faucher <corinne.faucher@ac-limoges.fr>
Objet : [#SUP-004655] Facture FA-2024-1187

Bonjour,

La facture FA-2024-1187 a été redéposée sur Chorus Pro avec le bon code service. Elle devrait apparaître dans les 24 heures.

Cordialement,
L'équipe d'assistance""")

mail(cat="missing_noreply_mail", ok=True, uai=None, region=None, platform="esignature", hard=False, lang="fr",
     notes="The e-signature invitation for the 2025 convention never arrived (no-reply notification), so the head cannot sign; no product named. Private address domain, no UAI.",
     frm=("Secrétariat de direction", "direction@lycee-pro-sainte-anne.example.fr"), client="outlook", date="16/12 09:18",
     subject="Convention 2025 : pas reçu le mail de signature",
     body="""Bonjour,

On nous a annoncé par téléphone que la convention 2025 avait été envoyée pour signature électronique au chef d'établissement le 10 décembre. Il n'a reçu aucun mail de la plateforme de signature, ni dans sa boîte ni dans les indésirables.

Pouvez-vous renvoyer l'invitation ? Il est présent jusqu'au 20 décembre.

Bien cordialement,

Laetitia Morel
Secrétariat de direction
Lycée professionnel privé Sainte-Anne""")

mail(cat="missing_noreply_mail", ok=True, uai=None, region="grand-est", platform=None, hard=False, lang="fr",
     notes="Two-line Samsung message: the activation link still has not arrived. Region from the ac-reims.fr sender; product not named.",
     frm=("Kevin Lallement", "kevin.lallement@ac-reims.fr"), client="samsung", date="16/12 12:02",
     subject="Lien d'activation",
     body="""Tjrs pas recu le lien d activation depuis jeudi. Merci de le renvoyer
K. Lallement

Envoyé depuis mon smartphone Samsung Galaxy.""")

u = U("0190733")
mail(cat="missing_noreply_mail", ok=True, uai=u, region="nouvelle-aquitaine", platform="espace_acheteur", hard=False, lang="fr",
     notes="IT of a cité scolaire asks which sender address the no-reply mails use, to allow it on their relay; no anti-spam product named.",
     frm=("Pôle informatique Cité scolaire d'Argentat", "informatique@cite-argentat.example.fr"), client="thunderbird", date="17/12 10:40",
     subject="Adresse d'expédition des notifications",
     body=f"""Bonjour,

Les personnels de la cité scolaire (UAI {u}) ne reçoivent plus les mails automatiques de l'Espace Acheteur (confirmation, nouveau mot de passe) depuis le changement de notre relais de messagerie la semaine dernière.

Pour que je puisse autoriser l'expéditeur sur notre relais, pouvez-vous m'indiquer l'adresse exacte et, si possible, les serveurs d'envoi ?

Merci,
Thomas Vergne
Pôle informatique""")

u = U("0430255")
mail(cat="missing_noreply_mail", ok=True, uai=u, region="auvergne-rhone-alpes", platform="esidoc", hard=False, lang="fr",
     notes="The 12-hour activation mail for the customer account (first online order of e-sidoc resources) never came; the gestionnaire wants to order before the holidays.",
     frm=("Muriel Chazal", "muriel.chazal@ac-clermont.fr"), client="zimbra", date="17/12 15:12",
     subject="Compte client - mail d'activation",
     body=f"""Bonjour,

Pour notre première commande en ligne de ressources e-sidoc, j'ai ouvert hier matin le compte client du collège de Craponne-sur-Arzon (UAI {u}).
Il est écrit qu'un mail d'activation arrive sous 12 h : plus de 24 h après, je n'ai toujours rien, et rien en spam.

J'aimerais pouvoir commander avant vendredi.

Muriel Chazal
Gestionnaire""")

u = U("9760511")
mail(cat="missing_noreply_mail", ok=True, uai=u, region="mayotte", platform="esidoc", hard=False, lang="fr",
     notes="Short phone mail from Mayotte, UAI in the subject: the validation mail never arrived.",
     frm=("Zaitoun Abdallah", "zaitoun.abdallah@ac-mayotte.fr"), client="outlook_android", tz="YT", date="18/12 07:10",
     subject=f"mail validation esidoc {u}",
     body="""Bonjour,
je n'ai jamais recu le mail de validation pour mon compte esidoc, ni dans les spams. vous pouvez renvoyer ?
Merci
Z. Abdallah, secretariat

Obtenir Outlook pour Android""")

u = U("0180463")
mail(cat="missing_noreply_mail", ok=True, uai=u, region="centre-val-de-loire", platform="espace_acheteur", hard=False, lang="fr",
     notes="Order-confirmation notifications from the no-reply address no longer arrive; screenshot of an empty inbox attached. Asks about the mails, not about the order itself.",
     frm=("Isabelle Berthon", "isabelle.berthon@ac-orleans-tours.fr"), client="outlook", date="18/12 11:50",
     subject="Pas de mail de confirmation de commande",
     attach=[("capture boite mail.png", "image/png", fake_png())],
     body=f"""Bonjour,

Les trois commandes que j'ai validées hier sur l'Espace Acheteur apparaissent bien dans « Mes commandes », mais je n'ai reçu aucun des mails de confirmation habituels (voir capture jointe, rien depuis le 12/12). L'agent comptable me les demande pour le dossier de clôture.

Rien dans les courriers indésirables.

Collège Jean Rostand, Saint-Amand-Montrond - UAI {u}

Isabelle Berthon
Secrétaire d'intendance
02 61 91 55 08""")

# ==========================================================================
# head_of_establishment_request
# ==========================================================================

u = U("9730342")
mail(cat="head_of_establishment_request", ok=False, uai=u, region="guyane", platform="esidoc", hard=False, lang="fr",
     notes="The principal writes from the ce.<UAI> address (DKIM/SPF pass) to ask for the e-sidoc admin password reset and a new contact address after the librarian left: a head-of-establishment request.",
     frm=("Principal - Collège Gran Man Difou", f"ce.{u}@ac-guyane.fr"), client="zimbra", tz="GF", date="09/12 11:02",
     subject=f"Demande écrite - compte administrateur e-sidoc - {u}",
     body=f"""Madame, Monsieur,

Notre professeur documentaliste, M. Aristide Pindard, a rejoint l'académie de Bordeaux au 1er décembre sans transmettre les accès du portail e-sidoc.

En ma qualité de principal du collège Gran Man Difou de Maripasoula (UAI {u}), je vous demande :
- de réinitialiser le mot de passe du compte administrateur du portail ;
- de remplacer l'adresse de contact de ce compte par l'adresse fonctionnelle du collège (la présente adresse).

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Frantz Apollinaire
Principal""")

u = U("0230318")
mail(cat="head_of_establishment_request", ok=False, uai=u, region="nouvelle-aquitaine", platform="espace_acheteur", hard=False, lang="fr",
     notes="The proviseur authorises, in writing, the gestionnaire to validate an order above the usual threshold before the year-end closing; bon d'engagement attached.",
     frm=("Proviseur LP Jean Jaurès", f"ce.{u}@ac-limoges.fr"), client="outlook", date="10/12 17:12",
     subject="Autorisation de validation de commande - LP Jean Jaurès Aubusson",
     attach=[("BE_2024_0187_signe.pdf", "application/pdf", fake_pdf("Bon d'engagement 2024-0187"))],
     body=f"""Bonjour,

J'autorise Mme Sabine Delage, gestionnaire du lycée professionnel Jean Jaurès d'Aubusson (UAI {u}), à valider sur l'Espace Acheteur la commande de matériel pour l'atelier tapisserie (panier n° P-2024-31877, montant 8 940 € TTC), qui dépasse le seuil habituel de validation.

Le bon d'engagement signé est joint. Cette commande doit impérativement être validée avant le 18 décembre pour être imputée sur l'exercice 2024.

Cordialement,

Jean-Pierre Mazeaud
Proviseur
Lycée professionnel Jean Jaurès - 23200 Aubusson
05 36 49 66 10""")

u = U("0730651")
mail(cat="head_of_establishment_request", ok=False, uai=u, region="auvergne-rhone-alpes", platform="espace_acheteur", hard=False, lang="en",
     notes="English; the head of a bilingual private school names a new structure administrator on the Espace Acheteur and asks to close the former bursar's access.",
     frm=("Dr Eleanor Hastings", "head@ecole-internationale-maurienne.example.fr"), client="outlook", date="11/12 10:00",
     subject="Change of structure administrator - Espace Acheteur",
     body=f"""Dear Sir or Madam,

As Head of School of the École internationale de Maurienne (UAI {u}), I am writing to inform you that our bursar, Mr Paul Girard, left the school on 30 November.

I would like Ms Camille Roche (camille.roche@ecole-internationale-maurienne.example.fr) to become the structure administrator of our Espace Acheteur account with immediate effect, and Mr Girard's access to be closed.

Please let me know if you need a signed letter in addition to this email.

Yours faithfully,

Dr Eleanor Hastings
Head of School
École internationale de Maurienne
+33 4 65 71 20 08""")

u = U("9760274")
mail(cat="head_of_establishment_request", ok=False, uai=u, region="mayotte", platform="esidoc", hard=False, lang="fr",
     notes="The principal confirms from his iPhone, quoting his secretary's request (Apple quote style), that the e-sidoc reset may be done; personal academic address.",
     frm=("Ahmed Madi", "ahmed.madi@ac-mayotte.fr"), client="iphone", tz="YT", date="11/12 13:44",
     subject="Re: Mot de passe e-sidoc collège de Dembéni",
     body=f"""Je confirme la demande ci-dessous en tant que principal, vous pouvez réinitialiser.
A. Madi

Envoyé de mon iPhone

> Le 11 déc. 2024 à 09:12, Secrétariat Collège Dembéni <ce.{u}@ac-mayotte.fr> a écrit :
>
> Bonjour,
> Nous avons perdu le mot de passe administrateur du portail e-sidoc du collège de Dembéni (UAI {u}). Le principal, M. Madi, va vous confirmer la demande par mail.
> Merci de renvoyer le lien sur l'adresse du collège.
> Le secrétariat""")

u = U("0320184")
mail(cat="head_of_establishment_request", ok=False, uai=u, region="occitanie", platform="espace_acheteur", hard=True, lang="fr",
     notes="Claims to be the principal but writes from a free Gmail address with a different Reply-To and asks to move the administrator account to that personal address, urgently: a probable fraud. Still a head-of-establishment request for the queue, where staff should refuse it.",
     frm=("Principal College Lectoure", "principal.college.lectoure@gmail.com"), client="gmail", date="12/12 22:51",
     reply_to=("Principal", "direction.lectoure32@outlook.fr"),
     subject="URGENT changement administrateur",
     body=f"""Bonjour,

Je suis le principal du college de Lectoure (UAI {u}). Suite a un probleme avec la messagerie academique, merci de transferer des aujourd'hui le compte administrateur de l'Espace Acheteur sur mon adresse personnelle direction.lectoure32@outlook.fr et de me communiquer le nouveau mot de passe par retour.

C'est urgent, des commandes doivent partir avant la cloture.

Cordialement
Le Principal""")

u = U("0480337")
mail(cat="head_of_establishment_request", ok=False, uai=u, region="occitanie", platform="esidoc", hard=False, lang="fr",
     notes="A primary-school head (directrice d'école) asks, from the school's ce.<UAI> address, to replace the contact address of the e-sidoc admin account.",
     frm=("École de Langogne", f"ce.{u}@ac-montpellier.fr"), client="zimbra", date="12/12 16:40",
     subject="Changement d'adresse de contact e-sidoc",
     body=f"""Bonjour,

Je suis directrice de l'école élémentaire de Langogne (UAI {u}). L'adresse de contact du compte e-sidoc de l'école est encore celle de l'ancienne directrice, partie à la retraite.

Merci de la remplacer par l'adresse de l'école, ce.{u.lower()}@ac-montpellier.fr.

Bien cordialement,
Maryse Pagès
Directrice""")

u = U("9740467")
bad = BAD("9740467", 3)
mail(cat="head_of_establishment_request", ok=False, uai=u, region="la-reunion", platform="esidoc", hard=True, lang="fr",
     notes=f"The body gives {bad} (wrong check letter) but the sender address ce.{u}@ac-reunion.fr carries the valid UAI, which is the label. The proviseure asks to change the administrator.",
     frm=("Proviseure LP Roches Maigres", f"ce.{u}@ac-reunion.fr"), client="outlook", tz="RE", date="13/12 08:25",
     subject="Changement d'administrateur du portail documentaire",
     body=f"""Madame, Monsieur,

Je vous informe que Mme Nadia Grondin, professeure documentaliste, devient à compter de ce jour l'administratrice du portail e-sidoc du lycée professionnel Les Roches Maigres (UAI {bad}), en remplacement de M. Fontaine, muté.

Je vous remercie de bien vouloir procéder au changement et de désactiver l'accès de M. Fontaine.

Valérie Técher
Proviseure
Lycée professionnel Les Roches Maigres - Saint-Louis
0262 99 18 50""")

u = U("0700462")
mail(cat="head_of_establishment_request", ok=False, uai=u, region="bourgogne-franche-comte", platform="espace_acheteur", hard=False, lang="fr",
     notes="The proviseur designates a new structure administrator (the gestionnaire is transferred on 1 January) and asks to close the former access on that date.",
     frm=("Philippe Rognon", "philippe.rognon@ac-besancon.fr"), client="zimbra", date="16/12 10:30",
     cc=[("Gestion LP Bartholdi", f"int.{u.lower()}@ac-besancon.fr")],
     subject="Désignation nouvel administrateur - Espace Acheteur",
     body=f"""Bonjour,

Mme Lambert, gestionnaire du lycée professionnel Bartholdi de Vesoul (UAI {u}), est mutée au 1er janvier 2025.

En tant que proviseur, je désigne M. Franck Petitjean, adjoint gestionnaire (franck.petitjean@ac-besancon.fr), comme administrateur de la structure sur l'Espace Acheteur à compter du 2 janvier, et je vous demande de fermer l'accès de Mme Lambert à cette date.

Cordialement,

Philippe Rognon
Proviseur - LP Bartholdi, Vesoul""")

u = U("0080294")
mail(cat="head_of_establishment_request", ok=False, uai=u, region="grand-est", platform="esidoc", hard=True, lang="fr",
     notes="Forward (Outlook 'TR:') by the principal of his librarian's request, adding his written agreement on top: it becomes the head's request.",
     frm=("Principal Collège des Ardennes", f"ce.{u}@ac-reims.fr"), client="outlook", date="16/12 15:15",
     subject="TR: Accès administrateur e-sidoc",
     body=f"""Bonjour,

Accord de ma part pour la demande ci-dessous.

Hervé Collignon
Principal - Collège des Ardennes, Rocroi

________________________________
De : Estelle Noël <estelle.noel@ac-reims.fr>
Envoyé : lundi 16 décembre 2024 14:02
À : Principal Collège <ce.{u}@ac-reims.fr>
Objet : Accès administrateur e-sidoc

Monsieur le Principal,

Comme évoqué ce matin, pourriez-vous transmettre à l'assistance e-sidoc votre accord pour que je devienne administratrice du portail (UAI {u}) ? L'ancien compte est à l'adresse de Mme Hubert, partie en octobre, et je ne peux pas gérer les comptes lecteurs.

Merci,
Estelle Noël
Professeure documentaliste""")

u = U("9720538")
mail(cat="head_of_establishment_request", ok=False, uai=u, region="martinique", platform="esidoc", hard=False, lang="fr",
     notes="HTML-only Outlook letter: the principal gives her 'bon pour accord' to the e-sidoc subscription order so that the librarian can validate it (authorisation of an order).",
     frm=("Principale Collège Aimé Césaire", f"ce.{u}@ac-martinique.fr"), client="outlook", form="html", tz="MQ", date="17/12 09:40",
     subject="Bon pour accord - abonnement ressources e-sidoc 2025",
     body=f"""Madame, Monsieur,

Je soussignée, Mme Line Rosemain, principale du collège Aimé Césaire de Basse-Pointe (UAI {u}), donne mon accord pour la commande du renouvellement des abonnements aux ressources numériques du portail e-sidoc pour l'année 2025, selon le devis DV-24-12044 du 5 décembre.

Mme Françoise Jean-Baptiste, professeure documentaliste, est autorisée à valider cette commande au nom de l'établissement.

Bon pour accord.

Line Rosemain
Principale
Collège Aimé Césaire - Basse-Pointe
0596 99 74 01""")

u = U("0020415")
mail(cat="head_of_establishment_request", ok=False, uai=u, region="hauts-de-france", platform="esidoc", hard=False, lang="fr",
     notes="Written in a hurry by the principal from the ce.<UAI> address: the librarian goes on maternity leave and the admin rights must go to her replacement until she returns.",
     frm=("Collège Jean Mermoz - Direction", f"ce.{u}@ac-amiens.fr"), client="zimbra", date="17/12 12:58",
     subject="Transfert droits admin e-sidoc",
     body=f"""Bonjour,

Mme Carpentier, notre documentaliste, part en congé maternité vendredi. Merci de transférer les droits d'administrateur du portail e-sidoc à M. Julien Dewaele (julien.dewaele@ac-amiens.fr), qui la remplace, jusqu'à son retour prévu fin avril.

Collège Jean Mermoz, Hirson - {u}

Le principal,
D. Lefebvre

(envoyé entre deux réunions, désolé pour la forme)""")

u = U("0240372")
mail(cat="head_of_establishment_request", ok=False, uai=u, region="nouvelle-aquitaine", platform="espace_acheteur", hard=True, lang="fr",
     notes="Two topics: the principal designates a new structure administrator (main, first) and also asks why an invoice was addressed to the wrong service (order_billing).",
     frm=("Principal collège de Ribérac", f"ce.{u}@ac-bordeaux.fr"), client="outlook", date="18/12 14:05",
     subject="Administrateur Espace Acheteur + facture",
     body=f"""Bonjour,

1. Je vous confirme par écrit que Mme Aurélie Desmoulin, nouvelle adjointe gestionnaire, devient administratrice de notre structure sur l'Espace Acheteur (collège Arnaut Daniel, Ribérac, UAI {u}). Merci de retirer les droits de M. Brouillet.

2. Par ailleurs, notre agent comptable signale que la facture FA-2024-2218 a été adressée au collège et non au service facturier du lycée de rattachement. Pouvez-vous la réémettre avec la bonne adresse ?

Merci,
Bertrand Lavergne
Principal""")

u = U("9710591")
mail(cat="head_of_establishment_request", ok=False, uai=u, region="guadeloupe", platform="esidoc", hard=False, lang="fr",
     notes="Reply (Zimbra quote) in which the proviseur gives the written request the desk had asked for (password reset and contact address).",
     frm=("Proviseur LP Ducharmoy", f"ce.{u}@ac-guadeloupe.fr"), client="zimbra", tz="GP", date="19/12 07:50",
     subject="Re: [#SUP-005174] Accès e-sidoc - demande du chef d'établissement",
     in_reply_to="<SUP-005174.1734340000.9e0aa1@assistance.example.fr>",
     body=f"""Bonjour,

Comme demandé, je soussigné M. Rudy Lubin, proviseur du lycée professionnel Ducharmoy de Saint-Claude (UAI {u}), demande la réinitialisation du mot de passe du compte administrateur e-sidoc et l'envoi du lien à l'adresse de l'établissement (la présente adresse).

Cordialement,
R. Lubin
Proviseur

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Lycée Ducharmoy" <ce.{u.lower()}@ac-guadeloupe.fr>
Envoyé: Lundi 16 Décembre 2024 10:06:40
Objet: [#SUP-005174] Accès e-sidoc - demande du chef d'établissement

Bonjour,

Pour des raisons de sécurité, la réinitialisation demandée doit être sollicitée par écrit par le chef d'établissement. Merci de nous adresser cette demande depuis l'adresse officielle de l'établissement.

L'équipe d'assistance""")

# ==========================================================================
# mailinblack_spam
# ==========================================================================

u = U("0580447")
mail(cat="mailinblack_spam", ok=True, uai=u, region="bourgogne-franche-comte", platform="espace_acheteur", hard=False, lang="fr",
     notes="IT contact of a lycée professionnel: activation links held by MailInBlack; asks which senders to allow.",
     frm=("Référent numérique LP Pierre Bérégovoy", "referent.numerique@lp-beregovoy-nevers.example.fr"), client="thunderbird", date="09/12 10:52",
     subject="Mailinblack bloque les liens d'activation",
     body=f"""Bonjour,

Notre collectivité a déployé Mailinblack sur les boîtes du lycée professionnel (UAI {u}) en novembre. Depuis, les liens d'activation et les mails de mot de passe de l'Espace Acheteur restent bloqués dans la quarantaine Mailinblack et les collègues ne les voient pas.

Quels expéditeurs (adresses ou domaines) dois-je autoriser pour que vos messages passent ?

Cordialement,
Mickaël Renaud
Référent numérique""")

mail(cat="mailinblack_spam", ok=True, uai=None, region=None, platform=None, hard=False, lang="fr",
     notes="iPhone, no accents: receives a MailInBlack notice asking to validate a sender and does not know what to do. No platform, no UAI.",
     frm=("Coralie", "coralie.boyer.cpe@gmail.com"), client="iphone", date="10/12 07:58",
     subject="mailinblack ??",
     body="""Bonjour
Je recois un mail de mailinblack qui me dit qu un message de votre part est en attente et qu il faut que je valide l expediteur. C est normal ? je clique ou pas ? j ai peur que ce soit un virus
Coralie, CPE

Envoyé de mon iPhone""")

u = U("0050213")
mail(cat="mailinblack_spam", ok=True, uai=u, region="provence-alpes-cote-d-azur", platform="esidoc", hard=False, lang="en",
     notes="English; MailInBlack quarantine keeps holding the e-sidoc password emails of an international-section teacher.",
     frm=("Mark Jennings", "mark.jennings@lycee-hautes-alpes-intl.example.fr"), client="outlook", date="10/12 13:30",
     subject="Mailinblack quarantine holding e-sidoc emails",
     body=f"""Hello,

I'm an English teacher in the international section and also help our librarian with the e-sidoc portal (school code {u}).

Every time I request a new password from e-sidoc, the email ends up in our Mailinblack quarantine and by the time I release it the link has expired. Our IT person says you might have a guide for allow-listing your sending addresses?

Thanks,
Mark Jennings
Lycée des Hautes-Alpes - International Section
Tel. +33 4 65 71 33 90""")

u = U("9740815")
mail(cat="mailinblack_spam", ok=False, uai=u, region="la-reunion", platform="espace_acheteur", hard=True, lang="fr",
     notes="Describes a sender-authentication challenge ('our correspondents are asked to click to prove they are not robots') without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person should check before sending the guide.",
     frm=("Didier Fontaine", "didier.fontaine@ac-reunion.fr"), client="outlook", tz="RE", date="11/12 10:10",
     subject="Nos fournisseurs doivent cliquer pour nous écrire ?",
     body=f"""Bonjour,

Depuis que le Département a changé quelque chose sur la messagerie du collège (UAI {u}), les personnes qui nous écrivent pour la première fois reçoivent un message leur demandant de cliquer sur un lien pour « prouver qu'elles ne sont pas des robots ». Un fournisseur nous l'a signalé ce matin.

Je suppose que c'est pour ça que les mails de validation de l'Espace Acheteur ne nous arrivent plus ? Comment faire pour que vos messages passent sans ça ?

Didier Fontaine
Gestionnaire - Collège de Cilaos
0262 99 81 33""")

u = U("0260548")
mail(cat="mailinblack_spam", ok=False, uai=u, region="auvergne-rhone-alpes", platform="espace_acheteur", hard=True, lang="fr",
     notes="Two topics: Espace Acheteur mails held by MailInBlack (main) and a market's CCAP no longer visible in 'Mes Marchés' (contract_documents).",
     frm=("Agnès Faure", "agnes.faure@ac-grenoble.fr"), client="zimbra", date="11/12 15:44",
     subject="Mailinblack + document de marché",
     body=f"""Bonjour,

Deux problèmes sur l'Espace Acheteur pour le collège de Dieulefit (UAI {u}) :

- les notifications de validation de commande sont retenues par Mailinblack depuis qu'il a été installé par le Département, je dois aller les chercher à la main dans la quarantaine ;
- le CCAP du marché « fournitures de bureau 2024-2027 » n'apparaît plus dans Mes Marchés, j'en ai besoin pour vérifier les prix avant la clôture.

Merci d'avance,
Agnès Faure
Gestionnaire""")

u = U("0880523")
mail(cat="mailinblack_spam", ok=True, uai=u, region="grand-est", platform="espace_acheteur", hard=False, lang="fr",
     notes="A person forwards the daily MailInBlack quarantine digest (machine text) with a real question on top.",
     frm=("Christophe Henry", "christophe.henry@ac-nancy-metz.fr"), client="thunderbird", date="12/12 08:35",
     subject="Fwd: Mailinblack Protect - Rapport de quarantaine quotidien",
     body=f"""Bonjour,

Je vous transfère le rapport que je reçois chaque matin : vos messages (mot de passe, confirmation de commande) y sont systématiquement. Y a-t-il une procédure pour les autoriser une fois pour toutes ?

Collège Jules Ferry, Rambervillers - UAI {u}

Christophe Henry, secrétaire de gestion

-------- Message transféré --------
Sujet : 	Mailinblack Protect - Rapport de quarantaine quotidien
Date : 	Thu, 12 Dec 2024 07:00:03 +0100
De : 	Mailinblack <no-reply@mailinblack.example.com>
Pour : 	christophe.henry@ac-nancy-metz.fr

Bonjour,

3 messages sont en attente dans votre espace de quarantaine :

  no-reply@espace-acheteur.example.fr   Réinitialisation de votre mot de passe   11/12 16:42
  no-reply@espace-acheteur.example.fr   Confirmation de commande C-2024-88120     11/12 17:05
  promo@papeterie-discount.example.com  -50% sur vos fournitures !               11/12 18:30

Libérer / autoriser : https://protect.mailinblack.example.com/q/3f9e0c
""")

mail(cat="mailinblack_spam", ok=True, uai=None, region="guyane", platform="espace_acheteur", hard=False, lang="fr",
     notes="Product spelled 'mail in blak' from a phone, typos; region from the ac-guyane.fr sender.",
     frm=("Josue Mathurin", "josue.mathurin@ac-guyane.fr"), client="samsung", tz="GF", date="12/12 12:20",
     subject="bloquer par mail in blak",
     body="""bonjour, les mails de l espace acheteur sont bloquer par mail in blak au college, il faut faire quoi pour les debloquer ?? on a des commandes a valider avant vendredi
merci
J. Mathurin intendance

Envoyé depuis mon smartphone Samsung Galaxy.""")

u = U("7200249")
mail(cat="mailinblack_spam", ok=True, uai=u, region="corse", platform="espace_acheteur", hard=False, lang="fr",
     notes="HTML-only webmail message: the Collectivité installed MailInBlack on the collèges' domain and no Espace Acheteur mail gets through; Haute-Corse UAI.",
     frm=("Gestion Collège de Calvi", "gestion@college-calvi.example.corsica"), client="roundcube", form="html", date="13/12 10:05",
     subject="Plus aucun mail de l'Espace Acheteur (Mailinblack)",
     body=f"""Bonjour,

Depuis l'installation de MailInBlack par la Collectivité de Corse sur les adresses des collèges, plus aucun message de l'Espace Acheteur ne nous parvient directement : il faut aller les chercher dans l'interface MailInBlack, quand on y pense.

Pouvez-vous nous envoyer la procédure pour autoriser vos adresses ?

Merci,
Service de gestion - Collège de Calvi ({u})
04 65 71 90 12""")

u = U("0150422")
mail(cat="mailinblack_spam", ok=True, uai=u, region="auvergne-rhone-alpes", platform="espace_acheteur", hard=True, lang="fr",
     notes="Replies on an old quote ticket (quoted, about a devis) but the new message is about mails blocked by MailInBlack: the new request decides the category.",
     frm=("Lucile Bonal", "lucile.bonal@ac-clermont.fr"), client="gmail", date="13/12 16:48",
     subject="Re: [#SUP-004988] Devis Universalis",
     in_reply_to="<SUP-004988.1731320000.0bc3a1@assistance.example.fr>",
     body=f"""Bonjour,

Rien à voir avec le devis (il a été réglé), mais je profite de ce fil : depuis lundi, Mailinblack bloque tous les mails de l'Espace Acheteur sur ma boîte, y compris la confirmation de la commande passée mercredi. Que faut-il autoriser exactement ?

Lucile Bonal
Gestionnaire, collège de Murat ({u})

Le lun. 11 nov. 2024 à 11:33, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Vous trouverez ci-joint le devis pour l'abonnement Universalis 2025, valable jusqu'au 20 décembre.
>
> Cordialement,
> L'équipe d'assistance""")

u = U("0150391")
mail(cat="mailinblack_spam", ok=True, uai=u, region="auvergne-rhone-alpes", platform="espace_acheteur", hard=False, lang="fr",
     notes="Espace Acheteur mails blocked by MailInBlack while the basket must be validated before the 18th; the deadline is context, the question is the blocking.",
     frm=("Gérard Malroux", "gerard.malroux@ac-clermont.fr"), client="zimbra", date="16/12 08:12",
     subject="Mails bloqués - urgent avant clôture",
     body=f"""Bonjour,

Le code de validation de commande envoyé par l'Espace Acheteur est bloqué par MailInBlack (je le vois dans la liste des messages en attente mais je n'ai pas les droits pour le libérer). Je dois valider mon panier avant le 18.

Collège de Mauriac, UAI {u}.

Merci de m'indiquer la marche à suivre.
G. Malroux""")

u = U("0090374")
mail(cat="mailinblack_spam", ok=True, uai=u, region="occitanie", platform="espace_acheteur", hard=True, lang="fr",
     notes="MailInBlack is in place and named, but the sender says its quarantine is empty too. Still mailinblack_spam per the taxonomy (product named, mail blocked somewhere in that chain); close to missing_noreply_mail.",
     frm=("Anne-Sophie Rouch", "anne-sophie.rouch@ac-toulouse.fr"), client="zimbra", date="17/12 09:33",
     subject="Toujours rien malgré Mailinblack vérifié",
     body=f"""Bonjour,

Notre département a installé Mailinblack sur les boîtes des collèges. J'ai pourtant vérifié : rien dans la quarantaine Mailinblack, rien dans les indésirables, et je ne reçois toujours pas les notifications de l'Espace Acheteur (collège de Saint-Girons, UAI {u}).

J'ai déjà autorisé no-reply@espace-acheteur.example.fr dans Mailinblack la semaine dernière. Faut-il autoriser autre chose ?

Anne-Sophie Rouch
Gestionnaire""")

u = U("9760422")
mail(cat="mailinblack_spam", ok=True, uai=u, region="mayotte", platform="espace_acheteur", hard=False, lang="fr",
     notes="MAILINBLACK in capitals; asks whether to allow the whole domain or only the address.",
     frm=("Secrétariat de gestion Collège Kani-Kéli", f"gestion.{u.lower()}@ac-mayotte.fr"), client="outlook", tz="YT", date="17/12 11:00",
     subject="MAILINBLACK - domaine ou adresse ?",
     body=f"""Bonjour,

Les messages de l'Espace Acheteur sont arrêtés par MAILINBLACK. Dans la liste blanche, faut-il mettre tout le domaine espace-acheteur.example.fr ou seulement l'adresse no-reply ?

Collège de Kani-Kéli - {u}

Cordialement,
Le secrétariat de gestion""")

u = U("0090426")
mail(cat="mailinblack_spam", ok=True, uai=u, region="occitanie", platform="espace_acheteur", hard=False, lang="fr",
     notes="Since the Département installed Mailinblack, order-validation notifications no longer arrive; Ariège collège.",
     frm=("Jean-Louis Dedieu", "jean-louis.dedieu@ac-toulouse.fr"), client="thunderbird", cte="8bit", charset="iso-8859-1", date="18/12 14:40",
     subject="Notifications bloquées depuis Mailinblack",
     body=f"""Bonjour,

Depuis que le conseil départemental a mis en place Mailinblack sur nos messageries, je ne reçois plus les notifications de validation de commande de l'Espace Acheteur.
Collège du Couserans, Saint-Lizier (UAI {u}).

Pourriez-vous m'envoyer la procédure d'autorisation ?

Cordialement,
J-L Dedieu
""")

# ==========================================================================
# order_billing
# ==========================================================================

u = U("0480402")
mail(cat="order_billing", ok=False, uai=u, region="occitanie", platform="esidoc", hard=False, lang="fr",
     notes="Needs a formal quote for the e-sidoc renewal quickly, to engage the credits in Op@le before the year-end closing.",
     frm=("Christine Bonnal", "christine.bonnal@ac-montpellier.fr"), client="zimbra", date="09/12 09:25",
     subject="Devis renouvellement e-sidoc 2025 - urgent clôture",
     body=f"""Bonjour,

Pourriez-vous m'adresser rapidement un devis pour le renouvellement de l'abonnement e-sidoc 2025 du collège Marcel Pierrel de Saint-Chély-d'Apcher (UAI {u}) ?

J'en ai besoin pour établir le bon d'engagement dans Op@le : la date limite d'engagement fixée par l'agent comptable est le 13 décembre.

Merci beaucoup,

Christine Bonnal
Gestionnaire
Collège Marcel Pierrel
04 65 71 48 20""")

u = U("0470593")
mail(cat="order_billing", ok=False, uai=u, region="nouvelle-aquitaine", platform="espace_acheteur", hard=False, lang="fr",
     notes="Pastes the 'basket not found' error: the saved basket disappeared the day before the order had to be validated.",
     frm=("Stéphanie Carrère", "stephanie.carrere@ac-bordeaux.fr"), client="outlook", date="10/12 11:02",
     subject="Panier disparu !!",
     body=f"""Bonjour,

J'avais préparé mon panier la semaine dernière (fournitures pour les ateliers, une trentaine de lignes). Ce matin en cliquant dessus j'obtiens :

   Erreur 404 - Panier introuvable
   Le panier demandé n'existe pas ou a expiré. (ref. BSK-NF-2291)

Je devais le valider aujourd'hui. Est-il possible de le récupérer ? Sinon il faut tout ressaisir...

Lycée professionnel Jean Monnet, Villeneuve-sur-Lot - UAI {u}

Stéphanie Carrère
Adjointe gestionnaire
05 36 49 18 75""")

mail(cat="order_billing", ok=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="en",
     notes="English; a UK supplier on the purchasing platform asks why an invoice to a school is unpaid and whether it must go through Chorus Pro.",
     frm=("Oliver Pratt", "oliver.pratt@northfield-edu-books.example.co.uk"), client="outlook", tz="UK", date="10/12 15:40",
     subject="Unpaid invoice INV-88214 - French school via Espace Acheteur",
     body="""Dear Sir or Madam,

We supplied English readers to a French collège through your Espace Acheteur platform in October (order 2024-ESP-7731). Our invoice INV-88214 (EUR 1,236.50) was emailed to the school on 28 October and is still unpaid.

The school's bursar told us on the phone that invoices must be "deposited on Chorus". Is that mandatory for foreign suppliers, and could you tell us which identifiers to use? We would like to be paid before our year-end.

Kind regards,

Oliver Pratt
Credit Control
Northfield Educational Books Ltd
+44 20 7946 0321

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Northfield Educational Books Ltd, registered in England and Wales No. 04412871.""")

u = U("9710746")
mail(cat="order_billing", ok=False, uai=u, region="guadeloupe", platform="espace_acheteur", hard=False, lang="fr",
     notes="The bon d'engagement upload fails at order validation; the exact error text is pasted.",
     frm=("Nadia Zami", "nadia.zami@ac-guadeloupe.fr"), client="zimbra", tz="GP", date="11/12 08:55",
     subject="Erreur bon d'engagement à la validation",
     body=f"""Bonjour,

Au moment de valider ma commande, quand je joins le bon d'engagement j'ai ce message :

« Le fichier dépasse la taille maximale autorisée (2 Mo). Formats acceptés : PDF. »

Mon fichier fait 2,4 Mo (scan couleur signé par l'ordonnateur). Je n'ai pas d'autre version. Comment faire ?

LP Louis Delgrès, Le Moule - UAI {u}

Nadia Zami
Gestionnaire""")

u = U("0240518")
mail(cat="order_billing", ok=False, uai=u, region="nouvelle-aquitaine", platform="espace_acheteur", hard=False, lang="fr",
     notes="The invoice was deposited on Chorus Pro without the service code, so the service facturier rejects it; asks for a corrected deposit before the closing.",
     frm=("Agence comptable Lycée Pré-de-Cordy", "agence-comptable.precordy@ac-bordeaux.fr"), client="outlook", date="11/12 14:20",
     subject="Facture rejetée Chorus - code service manquant",
     body=f"""Bonjour,

La facture FA-2024-2390 (commande du collège de Sarlat rattaché, UAI {u}) a été déposée sur Chorus Pro sans code service : notre service facturier ne peut pas la traiter et l'a rejetée ce matin.

Merci de la redéposer avec le code service « FACTURIER-EPLE » et notre SIRET, avant le 16/12 si possible, faute de quoi elle basculera sur l'exercice 2025.

Cordialement,

L'agence comptable
Lycée Pré-de-Cordy - Sarlat-la-Canéda
05 36 49 70 02

Ce message est destiné exclusivement à la personne ou à l'organisme auquel il est adressé. Il peut contenir des informations confidentielles. Toute diffusion non autorisée est interdite.""")

u = U("0610491")
mail(cat="order_billing", ok=False, uai=u, region="normandie", platform="esidoc", hard=True, lang="fr",
     notes="Replies on an old password-reset thread (the desk's reset answer is quoted) but asks about an invoice charged twice: the new request decides the category.",
     frm=("Yvette Chevallier", "yvette.chevallier@ac-normandie.fr"), client="zimbra", date="12/12 10:48",
     subject="Re: [#SUP-004711] Réinitialisation du mot de passe",
     in_reply_to="<SUP-004711.1728380000.77e2b9@assistance.example.fr>",
     body=f"""Bonjour,

J'utilise ce fil faute de mieux. Cette fois ce n'est pas le mot de passe (il marche très bien) : nous avons reçu deux fois la facture de l'abonnement e-sidoc 2024-2025 (FA-2024-1922 et FA-2024-1974, même montant). L'agent comptable ne paiera pas deux fois : pouvez-vous annuler la seconde ?

Collège Louis Pasteur, Domfront (UAI {u})

Yvette Chevallier
Secrétaire d'intendance

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "yvette chevallier" <yvette.chevallier@ac-normandie.fr>
Envoyé: Mardi 8 Octobre 2024 11:13:20
Objet: [#SUP-004711] Réinitialisation du mot de passe

Bonjour,

Un lien de réinitialisation du mot de passe a été envoyé à l'adresse connue pour votre établissement. Il est valable 12 heures.

L'équipe d'assistance""")

u = U("9720611")
mail(cat="order_billing", ok=False, uai=u, region="martinique", platform="espace_acheteur", hard=False, lang="fr",
     notes="Phone message: can the order be paid by purchasing card (carte achat) instead of mandat administratif before the 20th?",
     frm=("Patricia Zébus", "patricia.zebus@ac-martinique.fr"), client="iphone", tz="MQ", date="12/12 17:30",
     subject="Paiement carte achat ?",
     body=f"""Bonjour
Est ce qu on peut payer la commande par carte achat au lieu du mandat administratif ? C est pour aller plus vite avant le 20.
Collège de Sainte-Luce {u}
Merci
P. Zébus gestionnaire

Envoyé de mon iPhone""")

u = U("0360254")
mail(cat="order_billing", ok=False, uai=u, region="centre-val-de-loire", platform="espace_acheteur", hard=False, lang="fr",
     notes="HTML-only Outlook mail: the invoice amount differs from the quote (shipping added); long disclaimer and phone numbers in the signature.",
     frm=("Bruno Auclair", "bruno.auclair@ac-orleans-tours.fr"), client="outlook", form="html", date="13/12 09:10",
     subject="Écart entre devis et facture",
     body=f"""Bonjour,

La facture FA-2024-2307 reçue ce matin s'élève à 1 986,40 € TTC alors que le devis DV-24-10877, sur lequel j'ai engagé la dépense, indiquait 1 842,00 € TTC. L'écart semble correspondre à des frais de port qui n'apparaissaient pas sur le devis.

Je ne peux pas mandater un montant supérieur à l'engagement sans modification. Pouvez-vous émettre une facture conforme au devis ou m'expliquer l'écart ?

Collège Les Trois Rivières, Issoudun - UAI {u}

Cordialement,

Bruno Auclair
Gestionnaire
Tél. : 02 61 91 72 30 - Port. : 06 39 98 41 12

Ce message et ses éventuelles pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le supprimer. L'intégrité de ce message ne pouvant être assurée sur Internet, l'établissement ne peut être tenu responsable de son contenu.""")

u = U("0520563")
mail(cat="order_billing", ok=False, uai=u, region="grand-est", platform="esidoc", hard=False, lang="fr",
     notes="The agent comptable asks that the subscription invoice be dated and sent before 16 December so that it is paid on the 2024 budget.",
     frm=("Agent comptable - Lycée Charles de Gaulle", "ac.lcdg.chaumont@ac-reims.fr"), client="thunderbird", date="16/12 11:15",
     subject="Date de facturation abonnement - exercice 2024",
     body=f"""Bonjour,

Nous avons engagé en novembre le renouvellement de l'abonnement e-sidoc du collège de Nogent (UAI {u}), établissement rattaché à notre agence comptable.

Pour un paiement sur l'exercice 2024, la facture doit nous parvenir au plus tard le lundi 16 décembre. Pouvez-vous nous confirmer qu'elle sera émise à temps, ou à défaut nous faire savoir si elle sera datée de janvier ?

Cordialement,

Françoise Michel
Agent comptable""")

u = U("0430311")
mail(cat="order_billing", ok=False, uai=u, region="auvergne-rhone-alpes", platform="esidoc", hard=True, lang="fr",
     notes="Negation: does NOT want a new subscription (nor an activation); only the invoice of the September renewal, needed for the closing. order_billing, not subscription_activation.",
     frm=("Delphine Roussel", "delphine.roussel@ac-clermont.fr"), client="gmail", date="17/12 13:02",
     subject="Juste la facture svp",
     body=f"""Bonjour,

Votre collègue m'a répondu au téléphone en me proposant de « réactiver un abonnement » : ce n'est pas ce que je demande. L'abonnement de septembre fonctionne très bien, je ne veux ni nouvel abonnement ni activation.

Je veux seulement la facture de ce renouvellement de septembre, que je n'ai jamais reçue et dont j'ai besoin pour mon dossier de clôture.

Collège Les Hauts de Vivarais ... non pardon, collège de Tence (UAI {u}).

Merci
Delphine Roussel""")

u = U("9760633")
mail(cat="order_billing", ok=False, uai=u, region="mayotte", platform="espace_acheteur", hard=False, lang="fr",
     notes="Order validation button greyed out although the bon de commande is signed; the error tooltip is pasted.",
     frm=("Hamada Ali", "hamada.ali@ac-mayotte.fr"), client="outlook", tz="YT", date="18/12 09:30",
     subject="Impossible de valider la commande",
     body=f"""Bonjour,

Le bouton « Valider la commande » reste grisé dans l'Espace Acheteur. Quand je passe la souris dessus, il est écrit :

   « Validation impossible : montant supérieur au plafond de délégation de l'utilisateur (5 000,00 €) »

Le bon de commande est pourtant signé par le principal. Comment faire passer la commande avant la clôture ?

LP de Kahani - UAI {u}

Hamada Ali
Adjoint gestionnaire""")

# ==========================================================================
# account_creation
# ==========================================================================

u = U("0650218")
mail(cat="account_creation", ok=True, uai=u, region="occitanie", platform="espace_acheteur", hard=False, lang="fr",
     notes="A gestionnaire who arrived on 1 December wants to create her own buyer account: the sign-up form answer fits.",
     frm=("Maïté Lacoste", "maite.lacoste@ac-toulouse.fr"), client="zimbra", date="09/12 15:15",
     subject="Création compte acheteur",
     body=f"""Bonjour,

Je suis arrivée le 1er décembre comme gestionnaire au collège de Lannemezan (UAI {u}) et je n'ai pas encore de compte sur l'Espace Acheteur. Comment dois-je procéder pour en créer un ?

Merci,
Maïté Lacoste""")

u = U("0230522")
mail(cat="account_creation", ok=False, uai=u, region="nouvelle-aquitaine", platform="espace_acheteur", hard=False, lang="fr",
     notes="Account waiting for validation for ten days; the only structure administrator is the former gestionnaire who has left: the region must step in.",
     frm=("Romain Pradeau", "romain.pradeau@ac-limoges.fr"), client="outlook", date="10/12 10:40",
     subject="Compte en attente de validation depuis 10 jours",
     body=f"""Bonjour,

J'ai créé mon compte sur l'Espace Acheteur le 29 novembre. Il est toujours « en attente de validation par l'administrateur de la structure ».

Problème : l'administratrice est ma prédécesseure, qui a quitté le collège de Bourganeuf (UAI {u}) fin octobre et n'a plus accès à sa messagerie académique. Personne ne peut donc valider mon compte et je dois passer les commandes de fin d'année.

Pouvez-vous faire le nécessaire ?

Romain Pradeau
Gestionnaire - Collège Jean Picart Le Doux, Bourganeuf
05 36 49 20 41""")

u = U("9730427")
mail(cat="account_creation", ok=False, uai=u, region="guyane", platform="espace_acheteur", hard=False, lang="fr",
     notes="Asks who the structure's administrator is: needs a look-up, so a person answers.",
     frm=("Murielle Tafanier", "murielle.tafanier@ac-guyane.fr"), client="zimbra", tz="GF", date="10/12 14:35",
     subject="Qui est administrateur de notre structure ?",
     body=f"""Bonjour,

Lors de mon inscription, l'Espace Acheteur m'indique que ma demande a été transmise à l'administrateur de la structure. Mais personne au collège de Saint-Georges-de-l'Oyapock (UAI {u}) ne sait qui c'est.

Pouvez-vous me dire qui est enregistré comme administrateur ?

Cordialement,
Murielle Tafanier
Secrétaire de gestion""")

u = U("0740613")
mail(cat="account_creation", ok=False, uai=u, region="auvergne-rhone-alpes", platform="esidoc", hard=False, lang="en",
     notes="English; the international section wants its coordinator to get back-office rights on the school's e-sidoc portal: rights to open, a person answers.",
     frm=("James Whitfield", "james.whitfield@ac-grenoble.fr"), client="gmail", date="11/12 12:12",
     subject="Back-office account for the international section",
     body=f"""Hello,

Our American international section runs a small English library inside the CDI, and our librarian is happy for me to catalogue the English books myself in e-sidoc. Could I have my own back-office account, with cataloguing rights only?

School: Cité scolaire du Chablais - UAI {u}.

Many thanks,
James Whitfield
Coordinator, American International Section""")

u = U("9740578")
mail(cat="account_creation", ok=True, uai=u, region="la-reunion", platform="espace_acheteur", hard=True, lang="fr",
     notes="Negation: 'je n'ai pas oublié mon mot de passe, je n'en ai jamais eu' - she never had an account and asks how to get one. account_creation, not password_reset.",
     frm=("Fabienne Rivière", "fabienne.riviere@ac-reunion.fr"), client="outlook", tz="RE", date="12/12 09:05",
     subject="Pas de mot de passe",
     body=f"""Bonjour,

Votre formulaire me propose « mot de passe oublié » mais je n'ai pas oublié mon mot de passe : je n'en ai jamais eu, je n'ai simplement pas de compte sur l'Espace Acheteur !

Je suis la nouvelle secrétaire d'intendance du collège de Salazie (UAI {u}) et on me demande de préparer les commandes. Comment je fais pour avoir un compte ?

Merci,
Fabienne Rivière""")

u = U("0180512")
mail(cat="account_creation", ok=True, uai=u, region="centre-val-de-loire", platform="espace_acheteur", hard=False, lang="fr",
     notes="Filled the sign-up form and pastes the 'account awaiting validation' message: the FAQ case (the structure administrator validates).",
     frm=("Cédric Tissier", "cedric.tissier@ac-orleans-tours.fr"), client="thunderbird", date="13/12 10:22",
     subject="Impossible de me connecter après inscription",
     body=f"""Bonjour,

J'ai rempli le formulaire d'inscription hier. Quand j'essaie de me connecter, j'ai :

  « Votre compte est en attente de validation. Vous recevrez un e-mail lorsque l'administrateur de votre structure l'aura validé. »

Est-ce normal ? Combien de temps faut-il attendre ?

Cédric Tissier
LP Jean Guéhenno, Vierzon - {u}""")

u = U("6200318")
mail(cat="account_creation", ok=False, uai=u, region="corse", platform="esidoc", hard=False, lang="fr",
     notes="The establishment's UAI is not found when opening the customer account (pasted message): the FAQ sends these cases to a person.",
     frm=("Collège de Sartène - gestion", "gestion.college-sartene@ac-corse.fr"), client="zimbra", date="16/12 11:30",
     subject="Établissement introuvable à l'ouverture du compte client",
     body=f"""Bonjour,

En ouvrant le compte client pour commander nos ressources e-sidoc, je saisis notre UAI {u} et j'obtiens :

   « Aucun établissement ne correspond à votre recherche. »

Nous sommes bien le collège de Sartène (Corse-du-Sud). Pouvez-vous ajouter l'établissement ou me dire comment faire ?

Le service de gestion""")

u = U("0320245")
mail(cat="account_creation", ok=False, uai=u, region="occitanie", platform="espace_acheteur", hard=False, lang="fr",
     notes="The account works; asks for ordering rights to be opened for the new assistant gestionnaire: rights to open, a person answers.",
     frm=("Sylvie Dupouy", "sylvie.dupouy@ac-toulouse.fr"), client="outlook", date="17/12 14:44",
     subject="Ouverture des droits de commande",
     body=f"""Bonjour,

Ma collègue Mme Laure Sempé (laure.sempe@ac-toulouse.fr) a bien un compte sur l'Espace Acheteur, mais elle ne voit que le catalogue : elle ne peut ni créer de panier ni passer commande.

Pouvez-vous lui ouvrir les droits de commande pour le collège de Mirande (UAI {u}) ? Elle me remplace pendant mes congés.

Cordialement,
Sylvie Dupouy
Gestionnaire""")

mail(cat="account_creation", ok=True, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
     notes="One-line phone question: how to create a buyer account. No UAI, non-academic sender.",
     frm=("Loic", "loic.gestion.clg@free.fr"), client="samsung", date="18/12 18:40",
     subject="compte",
     body="""comment on cree un compte acheteur svp ? merci

Envoyé depuis mon smartphone Samsung Galaxy.""")

# ==========================================================================
# subscription_activation
# ==========================================================================

u = U("0430188")
mail(cat="subscription_activation", ok=True, uai=u, region="auvergne-rhone-alpes", platform="esidoc", hard=False, lang="fr",
     notes="Europresse ordered yesterday, not visible yet in the portal: within the 72-hour window.",
     frm=("Emmanuelle Souchon", "emmanuelle.souchon@ac-clermont.fr"), client="zimbra", date="10/12 08:45",
     subject="Europresse pas encore visible",
     body=f"""Bonjour,

Nous avons commandé hier l'abonnement Europresse pour le CDI du collège d'Yssingeaux (UAI {u}). La ressource n'apparaît pas encore dans le portail. Faut-il faire quelque chose de notre côté ?

Merci,
Emmanuelle Souchon
Professeure documentaliste""")

u = U("9720584")
mail(cat="subscription_activation", ok=False, uai=u, region="martinique", platform="esidoc", hard=False, lang="fr",
     notes="Ordered on 2 December, still not active on the 12th: past the 72-hour rule, a person must look at the order.",
     frm=("Nicole Édouard", "nicole.edouard@ac-martinique.fr"), client="outlook", tz="MQ", date="12/12 08:02",
     subject="Abonnement toujours pas actif",
     body=f"""Bonjour,

L'abonnement Universalis Junior commandé et validé le 2 décembre n'est toujours pas actif sur notre portail (collège du Diamant, UAI {u}). Dans « Mes abonnements » il apparaît « en cours de traitement » depuis dix jours.

Les élèves devaient l'utiliser pour un travail à rendre avant les vacances.

Cordialement,
Nicole Édouard""")

u = U("0380946")
mail(cat="subscription_activation", ok=True, uai=u, region="auvergne-rhone-alpes", platform="esidoc", hard=False, lang="en",
     notes="English; Britannica School ordered two days ago for the international section is not yet visible on the portal.",
     frm=("Claire Donovan", "claire.donovan@ac-grenoble.fr"), client="apple", date="12/12 13:40",
     subject="Britannica School not showing on e-sidoc",
     body=f"""Hi,

We ordered Britannica School for our international section two days ago (order confirmed on Tuesday). It doesn't appear on our e-sidoc portal yet. Is there an activation delay, or do we need to do something on our side?

School: Lycée de la Matheysine (UAI {u}).

Thanks!
Claire Donovan
English section""")

u = U("0470644")
mail(cat="subscription_activation", ok=True, uai=u, region="nouvelle-aquitaine", platform="esidoc", hard=False, lang="fr",
     notes="The resource is active but not shown to pupils: asks how to publish it on the portal before the holidays.",
     frm=("Thierry Sabathé", "thierry.sabathe@ac-bordeaux.fr"), client="thunderbird", date="13/12 10:50",
     subject="Rendre visible une ressource pour les élèves",
     body=f"""Bonjour,

Notre abonnement Lumni Enseignement / BNF Gallica... non, pardon : notre abonnement « Je bouquine numérique » est bien actif (je le vois dans l'administration), mais les élèves ne le voient pas sur le portail e-sidoc.

Comment publier la ressource pour qu'elle apparaisse côté élèves ? Je voudrais que ce soit fait pour les lectures des vacances.

Collège de Casteljaloux - {u}

Thierry Sabathé""")

u = U("0890437")
mail(cat="subscription_activation", ok=True, uai=u, region="bourgogne-franche-comte", platform="esidoc", hard=True, lang="fr",
     notes="Negation: 'ce n'est pas un problème de mot de passe', login works; the Cafeyn resource ordered on Monday does not appear (within 72 h).",
     frm=("Mélanie Perrot", "melanie.perrot@ac-dijon.fr"), client="zimbra", date="12/12 09:30",
     subject="Cafeyn n'apparaît pas (pas un souci de connexion)",
     body=f"""Bonjour,

Avant qu'on me renvoie vers la procédure de mot de passe : je me connecte sans problème au portail, ce n'est pas un problème de mot de passe ni de compte.

Ce qui ne va pas : l'abonnement Cafeyn commandé lundi n'apparaît nulle part, ni dans l'administration ni côté élèves.

Collège de Saint-Fargeau (UAI {u}).

Merci,
Mélanie Perrot
Documentaliste""")

u = U("9710873")
mail(cat="subscription_activation", ok=True, uai=u, region="guadeloupe", platform="esidoc", hard=False, lang="fr",
     notes="HTML-only Zimbra message: the subscription renewed yesterday still shows as expired in 'Mes abonnements'.",
     frm=("Sylvie Cabrimol", "sylvie.cabrimol@ac-guadeloupe.fr"), client="zimbra", form="html", tz="GP", date="16/12 07:45",
     subject="Renouvellement fait mais abonnement expiré",
     body=f"""Bonjour,

Le renouvellement de notre abonnement Europresse a été validé hier par la gestionnaire, mais dans « Mes abonnements » la ressource est toujours marquée « expirée » depuis ce matin.

Collège de Marie-Galante, Grand-Bourg - UAI {u}

Merci de votre aide
Sylvie Cabrimol
Professeure documentaliste
0590 99 97 31""")

u = U("0120671")
mail(cat="subscription_activation", ok=True, uai=u, region="occitanie", platform="esidoc", hard=False, lang="fr",
     notes="Phone mail: Universalis ordered on Tuesday is not yet reachable for pupils on Thursday, within the 72-hour window.",
     frm=("Julie Costes", "julie.costes@ac-toulouse.fr"), client="iphone", date="12/12 12:22",
     subject="Universalis",
     body=f"""Bonjour, la ressource Universalis commandée mardi n'est toujours pas accessible aux élèves du collège de Saint-Affrique ({u}). C'est normal ou il y a un souci ?
Merci
Julie

Envoyé de mon iPhone""")

u = U("0890512")
mail(cat="subscription_activation", ok=True, uai=u, region="bourgogne-franche-comte", platform="esidoc", hard=False, lang="fr",
     notes="The renewed subscription was ordered yesterday; asks to activate it before the holidays. Short Outlook mail.",
     frm=("Pierre-Yves Moreau", "pierre-yves.moreau@ac-dijon.fr"), client="outlook", date="17/12 16:15",
     subject=f"Activation abonnement - {u}",
     body="""Bonjour,

Merci d'activer notre abonnement e-sidoc renouvelé : la commande a été validée hier après-midi.

Cordialement,
P.-Y. Moreau
Documentaliste, collège de Toucy""")

u = U("9760547")
mail(cat="subscription_activation", ok=False, uai=u, region="mayotte", platform="esidoc", hard=False, lang="fr",
     notes="Ordered on 28 November, still 'not available' on 10 December (pasted message): past the 72-hour rule.",
     frm=("Faouzia Attoumani", "faouzia.attoumani@ac-mayotte.fr"), client="zimbra", tz="YT", date="10/12 10:05",
     subject="Ressource non disponible",
     body=f"""Bonjour,

Quand les élèves cliquent sur la ressource Cafeyn dans le portail, ils ont le message :

   « Ressource non disponible pour votre établissement »

La commande a pourtant été validée le 28 novembre. Collège de Sada, UAI {u}.

Merci de regarder,
F. Attoumani""")

# ==========================================================================
# transfer_incident
# ==========================================================================

u = U("9710958")
mail(cat="transfer_incident", ok=False, uai=u, region="guadeloupe", platform="ecoledirecte", hard=False, lang="fr",
     notes="Grades no longer reach EcoleDirecte before the class councils; last successful transfer five days ago; the error code is pasted.",
     frm=("Lycée pro. Sainte-Marie - Vie scolaire", "viescolaire@lp-sainte-marie-bt.example.fr"), client="outlook", tz="GP", date="09/12 07:30",
     subject="Transferts EcoleDirecte en échec avant conseils de classe",
     body=f"""Bonjour,

Depuis mercredi dernier, les transferts vers EcoleDirecte échouent systématiquement. Le dernier transfert réussi date du 4 décembre. Message affiché par Charlemagne :

   Erreur lors du transfert : impossible de joindre le serveur distant (code 0x80072EE7)

Les conseils de classe commencent jeudi et les familles ne voient plus les notes.

Lycée professionnel privé Sainte-Marie, Basse-Terre - UAI {u}

Merci de votre intervention rapide.

Karine Hilaire
Responsable vie scolaire
0590 99 81 54""")

u = U("0520627")
mail(cat="transfer_incident", ok=False, uai=u, region="grand-est", platform="ecoledirecte", hard=False, lang="fr",
     notes="'Licence expirée' at start-up: the licence must be regenerated, transfers stopped.",
     frm=("Collège Notre-Dame Chaumont", "secretariat@notredame-chaumont.example.fr"), client="outlook", date="10/12 08:20",
     subject="Licence expirée - transferts arrêtés",
     body=f"""Bonjour,

Au lancement de Charlemagne ce matin, message « Votre licence a expiré le 30/11/2024. Les transferts vers EcoleDirecte sont suspendus. »

Pourtant le contrat a été renouvelé. Pouvez-vous régénérer la licence ? UAI {u}.

Merci,
Secrétariat - Collège Notre-Dame, Chaumont
03 53 01 27 64""")

mail(cat="transfer_incident", ok=False, uai=None, region=None, platform="ecoledirecte", hard=True, lang="fr",
     notes="Asks for 'le mot de passe du jour' (daily maintenance password) to repair the base before transfers: transfer_incident per the taxonomy, not password_reset.",
     frm=("Cyril Aubert", "c.aubert@ensemble-scolaire-stjean.example.fr"), client="gmail", date="11/12 17:50",
     subject="Mot de passe du jour maintenance",
     body="""Bonjour,

Pour lancer la réparation de la base (l'outil de maintenance me le demande avant la réindexation, sinon les transferts restent bloqués), il me faudrait le mot de passe de maintenance du jour. Je ne parle pas de mon mot de passe EcoleDirecte, qui fonctionne.

Je suis à l'établissement jusqu'à 19h.

Cyril Aubert
Technicien - Ensemble scolaire Saint-Jean""")

mail(cat="transfer_incident", ok=False, uai=None, region=None, platform="ecoledirecte", hard=False, lang="fr",
     notes="IT contractor: the new firewall/proxy blocks transfers; pastes the connection-test log.",
     frm=("Nicolas Dareau", "n.dareau@gers-infogerance.example.fr"), client="thunderbird", date="12/12 14:05",
     subject="Transferts bloqués par proxy - paramétrage ?",
     body="""Bonjour,

Je suis prestataire informatique d'un collège privé du Gers. Depuis la mise en place d'un nouveau pare-feu avec proxy filtrant, les transferts vers EcoleDirecte ne passent plus. Le diagnostic de l'outil de transfert donne :

  [12/12/2024 13:41:07] Test DNS ........................ OK
  [12/12/2024 13:41:07] Test connexion HTTPS ............ ECHEC (407 Proxy Authentication Required)
  [12/12/2024 13:41:08] Transfert annulé.

Quels paramètres de proxy faut-il renseigner dans l'outil, et quels domaines dois-je autoriser sans authentification ?

Cordialement,
Nicolas Dareau
Gers Infogérance - 05 36 49 55 20""")

u = U("0790524")
mail(cat="transfer_incident", ok=False, uai=u, region="nouvelle-aquitaine", platform="ecoledirecte", hard=False, lang="fr",
     notes="Absences no longer synchronised since the server migration: replication to re-initialise.",
     frm=("Collège Saint-Joseph Bressuire", "direction@stjoseph-bressuire.example.fr"), client="outlook", date="13/12 10:30",
     subject="Absences non synchronisées depuis migration serveur",
     body=f"""Bonjour,

Depuis la migration de notre serveur le week-end dernier, les absences saisies en vie scolaire n'arrivent plus sur EcoleDirecte (les notes, elles, passent). Le prestataire pense qu'il faut réinitialiser la réplication.

Collège Saint-Joseph, Bressuire - UAI {u}

Pouvez-vous nous indiquer la marche à suivre ?

Cordialement,
La direction""")

mail(cat="transfer_incident", ok=False, uai=None, region=None, platform="ecoledirecte", hard=True, lang="fr",
     notes="Written by the head of a private collège from his phone, but he reports a transfer problem (bulletins not visible on EcoleDirecte): not a head-of-establishment request.",
     frm=("Marc Vialette", "marc.vialette@college-st-louis-mende.example.fr"), client="iphone", date="16/12 07:05",
     subject="URGENT bulletins",
     body="""Bonjour
Je suis le chef d'établissement du collège Saint-Louis de Mende. Les bulletins du 1er trimestre ne remontent pas sur EcoleDirecte depuis vendredi, le transfert tourne dans le vide. Conseils de classe jeudi, les parents appellent déjà.
Merci de nous rappeler vite au 04 65 71 60 18
M. Vialette

Envoyé de mon iPhone""")

u = U("0580702")
mail(cat="transfer_incident", ok=False, uai=u, region="bourgogne-franche-comte", platform="ecoledirecte", hard=False, lang="fr",
     notes="HTML-only Outlook mail with a long disclaimer: the transfer runs in a loop and never ends.",
     frm=("Lycée privé Saint-Cyr - Scolarité", "scolarite@saintcyr-nevers.example.fr"), client="outlook", form="html", date="17/12 11:35",
     subject="Transfert en boucle",
     body=f"""Bonjour,

Depuis hier, le transfert vers EcoleDirecte tourne en boucle : la barre de progression arrive à 100 %, puis tout recommence, sans message d'erreur. Au bout d'une heure nous avons arrêté le processus.

UAI {u} - Lycée privé Saint-Cyr, Nevers.

Cordialement,

Service scolarité
03 53 01 81 20

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Tout message électronique est susceptible d'altération. L'établissement décline toute responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié. Si vous n'êtes pas destinataire de ce message, merci de le détruire immédiatement et d'avertir l'expéditeur.""")

u = U("0120735")
mail(cat="transfer_incident", ok=False, uai=u, region="occitanie", platform="ecoledirecte", hard=False, lang="fr",
     notes="The transfer service stops unexpectedly; the Windows event-log entry is pasted.",
     frm=("Frère Antoine Galtier", "antoine.galtier@lasalle-rodez.example.fr"), client="thunderbird", cte="8bit", date="17/12 15:48",
     subject="Service de transfert arrêté",
     body=f"""Bonjour,

Le service de transfert s'arrête tout seul plusieurs fois par jour. Voici ce que donne l'observateur d'événements :

  Nom du journal : Application
  Source :        CharlemagneTransfert
  Niveau :        Erreur
  ID :            1026
  Description :   Le service de transfert s'est arrêté de façon inattendue.
                  System.IO.IOException: The process cannot access the file
                  'C:\\Charlemagne\\Transfert\\queue.dat' because it is being used by another process.

Les notes de la semaine ne sont donc pas arrivées sur EcoleDirecte.

Collège La Salle, Rodez - UAI {u}

Fr. Antoine Galtier
""")

u = U("9740642")
mail(cat="transfer_incident", ok=False, uai=u, region="la-reunion", platform="ecoledirecte", hard=False, lang="fr",
     notes="Private lycée in Réunion: the last transfer is six days old, grades missing for parents before the holidays.",
     frm=("Jessica Nativel", "j.nativel@lycee-prive-saint-charles.example.re"), client="gmail", tz="RE", date="18/12 08:40",
     subject="Dernier transfert il y a 6 jours",
     body=f"""Bonjour,

Le dernier transfert vers EcoleDirecte réussi date du 12 décembre. Depuis, Charlemagne indique « transfert en attente » chaque soir, mais rien ne part. Les parents ne voient pas les dernières notes alors que les bulletins doivent être publiés avant le 20.

Lycée privé Saint-Charles, Saint-Pierre (UAI {u}).

Merci,
Jessica Nativel
Secrétariat pédagogique""")

# ==========================================================================
# contract_documents
# ==========================================================================

u = U("0550468")
mail(cat="contract_documents", ok=False, uai=u, region="grand-est", platform="espace_acheteur", hard=False, lang="fr",
     notes="The CCTP of the school-supplies market cannot be found in 'Mes Marchés'; needed before the year-end.",
     frm=("Valérie Humbert", "valerie.humbert@ac-nancy-metz.fr"), client="zimbra", date="09/12 13:50",
     subject="CCTP introuvable - marché fournitures scolaires",
     body=f"""Bonjour,

Je n'arrive pas à trouver le CCTP du marché « Fournitures scolaires et papeterie 2025-2028 » dans « Mes Marchés » : seule la fiche de présentation s'affiche, sans les pièces du marché.

J'en ai besoin pour vérifier les conditions de livraison avant de passer les commandes de janvier.

Collège de Commercy (UAI {u})

Valérie Humbert
Gestionnaire""")

mail(cat="contract_documents", ok=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="en",
     notes="English; a foreign supplier cannot see the signed amendment of its framework contract in the platform's contract documents.",
     frm=("Katrin Vogel", "k.vogel@lehrmittel-vogel.example.de"), client="outlook", tz="DE", date="10/12 16:20",
     subject="Signed amendment not visible in contract documents",
     body="""Dear support team,

We were informed on 2 December that amendment no. 1 to our framework agreement (lot 4, language-learning materials) had been signed by both parties. However, in the supplier area of the platform, the contract documents still only show the original agreement from 2023.

Our finance department needs the signed amendment before we can apply the new prices. Could you check why it is not visible?

Best regards,
Katrin Vogel
Key Account Manager France
Lehrmittel Vogel GmbH
+49 30 901820""")

u = U("9730519")
mail(cat="contract_documents", ok=False, uai=u, region="guyane", platform="espace_acheteur", hard=False, lang="fr",
     notes="The 2025 membership convention does not appear in the documents for the new gestionnaire.",
     frm=("Harry Jean-Louis", "harry.jean-louis@ac-guyane.fr"), client="outlook", tz="GF", date="12/12 09:10",
     subject="Convention d'adhésion 2025 non visible",
     body=f"""Bonjour,

La convention d'adhésion 2025 que notre principal a signée en novembre n'apparaît pas dans l'onglet des documents contractuels (je ne vois que celle de 2022).

L'agent comptable la demande pour le dossier de clôture. Collège de Mana, UAI {u}.

Cordialement,
Harry Jean-Louis
Gestionnaire""")

u = U("0610628")
mail(cat="contract_documents", ok=False, uai=u, region="normandie", platform="espace_acheteur", hard=True, lang="fr",
     notes="Two topics: the market's acte d'engagement is missing (main, first) and an account to create for a colleague (account_creation).",
     frm=("Nathalie Leroux", "nathalie.leroux@ac-normandie.fr"), client="thunderbird", date="13/12 15:30",
     subject="Acte d'engagement + compte collègue",
     body=f"""Bonjour,

Je ne trouve plus l'acte d'engagement du marché « Produits d'entretien 2024 » dans Mes Marchés, alors qu'il y était en septembre. C'est le document principal dont j'ai besoin pour la clôture.

Accessoirement, ma collègue de la vie scolaire voudrait un compte pour consulter le catalogue : comment fait-elle ?

Collège Jean Monnet, Flers - UAI {u}

Nathalie Leroux""")

u = U("9760688")
mail(cat="contract_documents", ok=False, uai=u, region="mayotte", platform="espace_acheteur", hard=False, lang="fr",
     notes="Phone mail: the certificate of the stationery market cannot be found.",
     frm=("Anli Soilihi", "anli.soilihi@ac-mayotte.fr"), client="samsung", tz="YT", date="16/12 13:15",
     subject="attestation marché papeterie",
     body=f"""bonjour, je trouve pas l attestation du marché papeterie dans mes marchés, l agent comptable la veut avant vendredi. college de Chiconi {u}
merci

Envoyé depuis mon smartphone Samsung Galaxy.""")

u = U("0360317")
mail(cat="contract_documents", ok=False, uai=u, region="centre-val-de-loire", platform="espace_acheteur", hard=True, lang="fr",
     notes="Replies on an old password ticket (quoted) but asks about a missing amendment in the market documents: the new request decides the category.",
     frm=("Jérôme Guérin", "jerome.guerin@ac-orleans-tours.fr"), client="outlook", date="18/12 10:05",
     subject="RE: [#SUP-004533] Mot de passe Espace Acheteur",
     in_reply_to="<SUP-004533.1726500000.5dd4b0@assistance.example.fr>",
     body=f"""Bonjour,

Je repars de ce message de septembre, le mot de passe fonctionne toujours, merci encore.

Nouvelle question : l'avenant n° 2 du marché « Maintenance des photocopieurs » (qui prolonge le marché jusqu'en juin 2025) n'apparaît pas dans les documents du marché. Sans lui, je ne peux pas justifier l'engagement auprès de l'agent comptable.

Collège Jean Moulin, Argenton-sur-Creuse - UAI {u}

Jérôme Guérin
Gestionnaire

De : Assistance <support@assistance.example.fr>
Envoyé : lundi 16 septembre 2024 17:20
À : Jérôme Guérin <jerome.guerin@ac-orleans-tours.fr>
Objet : [#SUP-004533] Mot de passe Espace Acheteur

Bonjour,

Un lien de réinitialisation du mot de passe a été envoyé à l'adresse connue pour votre établissement. Il est valable 12 heures.

Cordialement,
L'équipe d'assistance""")

# ==========================================================================
# writing
# ==========================================================================
KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def check_label(m):
    """The annotator's own consistency checks on the label (spec rules)."""
    assert m["cat"] in CATEGORIES, m["cat"]
    assert m["platform"] in PLATFORMS, m["platform"]
    assert m["lang"] in ("fr", "en")
    if m["cat"] in ("automated", "other", "head_of_establishment_request", "order_billing",
                    "contract_documents", "transfer_incident"):
        assert m["ok"] is False, m["notes"]
    uai = m["uai"]
    if uai is not None:
        assert uai[7] == LETTERS[int(uai[:7]) % 23], uai
        assert m["region"] == DEPT_REGION[uai[:3]], (uai, m["region"])
    else:
        dom = domain_of(m["frm"][1])
        assert m["region"] == DOMAIN_REGION.get(dom), (m["frm"], m["region"])


def main():
    assert len(MAILS) == 150, len(MAILS)
    order = list(range(len(MAILS)))
    random.Random(21).shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        check_label(m)
        fname = "h%03d.eml" % n
        data = build(m)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
        labels.append({"file": fname, "category": m["cat"], "auto_reply_ok": m["ok"], "uai": m["uai"],
                       "region": m["region"], "platform": m["platform"], "hard": m["hard"],
                       "lang": m["lang"], "notes": m["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps({k: lab[k] for k in KEYS}, ensure_ascii=False) + "\n")
    print("wrote %d messages and labels.jsonl to %s" % (len(labels), HERE), file=sys.stderr)


if __name__ == "__main__":
    main()
