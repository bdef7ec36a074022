#!/usr/bin/env python3
"""Generate the holdout42 blind test corpus: 150 support mails and labels.jsonl.

Standard library only, deterministic (fixed seed).  Theme: April-May 2025,
end of the school budget year, Grand Est and Bourgogne-Franche-Comte;
gestionnaires, intendants, secretaires d'intendance, documentalistes and a few
heads of establishment.  Run:  python3 make_holdout42.py
"""
import base64
import datetime as dt
import email.header
import email.quoprimime
import email.utils
import gzip
import html as htmlmod
import io
import json
import os
import random
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20250442)

DESK = ("Assistance", "support@assistance.example.fr")
MX = "mx1.assistance.example.fr"
TZ = dt.timezone(dt.timedelta(hours=2))

# --------------------------------------------------------------------------
# Taxonomy / regions (from shared/spec)
# --------------------------------------------------------------------------
CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte",
             "ticket_portal", "esignature"}
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

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
    "guadeloupe": "971", "martinique": "972", "guyane": "973",
    "la-reunion": "974", "mayotte": "976",
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
    "guadeloupe": "ac-guadeloupe.fr", "martinique": "ac-martinique.fr",
    "guyane": "ac-guyane.fr", "la-reunion": "ac-reunion.fr",
    "mayotte": "ac-mayotte.fr",
}
PREFIX_REGION = {}
for _reg, _deps in REGION_DEPTS.items():
    for _d in _deps.split():
        PREFIX_REGION[_d if len(_d) == 3 else "0" + _d] = _reg
DOMAIN_REGION = {d: r for r, ds in REGION_DOMAINS.items() for d in ds.split()}


def uai_ok(u):
    return (isinstance(u, str) and len(u) == 8 and u[:7].isdigit()
            and u[7] == LETTERS[int(u[:7]) % 23])


def region_of_uai(u):
    return PREFIX_REGION.get(u[:3])


def region_of_domain(addr):
    dom = addr.rsplit("@", 1)[-1].lower()
    for d, r in DOMAIN_REGION.items():
        if dom == d or dom.endswith("." + d):
            return r
    return None


# --------------------------------------------------------------------------
# Small helpers: random ids, dates, headers
# --------------------------------------------------------------------------
def hexr(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(chars) for _ in range(n))


def ip():
    return rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(2, 250))


HOLIDAYS = {dt.date(2025, 4, 21), dt.date(2025, 5, 1), dt.date(2025, 5, 8),
            dt.date(2025, 5, 29)}


def rdate():
    while True:
        day = dt.date(2025, 4, 1) + dt.timedelta(days=rng.randint(0, 59))
        if day.weekday() < 5 and day not in HOLIDAYS:
            break
    return dt.datetime(day.year, day.month, day.day, rng.randint(7, 18),
                       rng.randint(0, 59), rng.randint(0, 59), tzinfo=TZ)


def pdate(s):
    if s is None:
        return rdate()
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return d.replace(second=rng.randint(0, 59), tzinfo=TZ)


def rfcdate(d):
    return email.utils.format_datetime(d)


JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
            "sept.", "oct.", "nov.", "déc."]


def fr_long(d):
    return "%s %d %s %d %02d:%02d" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1],
                                      d.year, d.hour, d.minute)


def fr_gmail(d):
    return "%s. %d %s %d à %02d:%02d" % (JOURS[d.weekday()][:3], d.day,
                                         MOIS_ABR[d.month - 1], d.year, d.hour, d.minute)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def enc_word(s, charset="utf-8"):
    if is_ascii(s):
        return s
    return email.header.Header(s, charset).encode(linesep="\r\n")


def fmt_addr(name, addr, charset="utf-8"):
    if not name:
        return addr
    if is_ascii(name):
        if any(c in name for c in ',.;:()<>@"[]'):
            return '"%s" <%s>' % (name.replace('"', ''), addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (email.header.Header(name, charset).encode(linesep="\r\n"), addr)


def fmt_addrs(lst):
    return ",\r\n\t".join(fmt_addr(n, a) for n, a in lst)


def enc_subject(s, charset="utf-8"):
    if is_ascii(s):
        if len(s) < 66:
            return s
        words, lines, cur = s.split(" "), [], ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > 66:
                lines.append(cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        lines.append(cur)
        return "\r\n ".join(lines)
    return email.header.Header(s, charset, header_name="Subject").encode(
        linesep="\r\n", maxlinelen=76)


def ticket_id(ref, d):
    return "<SUP-%06d.%d.%s@assistance.example.fr>" % (ref, int(d.timestamp()), hexr(6))


def make_msgid(client, domain, d):
    if client in ("outlook", "outlook_html"):
        return "<%s$%s$%s$@%s>" % ("0001" + hexr(12), hexr(8), hexr(8), domain)
    if client == "owa":
        box = "%s%dP%dMB%04d" % (rng.choice(["PR3", "AM0", "PA4", "DB9", "MR1"]),
                                 rng.randint(1, 9), rng.choice([190, 191, 192, 193]),
                                 rng.randint(100, 9999))
        return "<%s%s@%s.EURP%d.PROD.OUTLOOK.COM>" % (box, alnum(30).upper(), box,
                                                      rng.choice([190, 191, 192, 193]))
    if client == "gmail":
        return "<CA%s@mail.gmail.com>" % alnum(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-")
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(100000000, 2000000000),
                                                 rng.randint(1000, 99999),
                                                 int(d.timestamp() * 1000) % 10 ** 13, domain)
    if client in ("thunderbird",):
        return "<%s-%s-%s-%s-%s@%s>" % (hexr(8), hexr(4), hexr(4), hexr(4), hexr(12), domain)
    if client in ("apple", "iphone"):
        return "<%s-%s-%s-%s-%s@%s>" % (hexr(8).upper(), hexr(4).upper(), hexr(4).upper(),
                                        hexr(4).upper(), hexr(12).upper(), domain)
    if client == "android":
        return "<%s.%s@%s>" % (hexr(16), hexr(8), domain)
    return "<%s.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), hexr(10), domain)


# --------------------------------------------------------------------------
# MIME tree
# --------------------------------------------------------------------------
class Leaf:
    def __init__(self, headers, payload):
        self.headers = headers  # list of (name, value)
        self.payload = payload  # bytes, already encoded, CRLF line ends


def make_boundary(client):
    if client in ("outlook", "outlook_html"):
        return "----=_NextPart_000_%s_%s.%s" % (hexr(4).upper(), hexr(8).upper(), hexr(8).upper())
    if client == "owa":
        return "_000_%s_" % alnum(36)
    if client == "gmail":
        return "000000000000%s" % hexr(16)
    if client in ("iphone", "apple"):
        return "Apple-Mail-%s-%s-%s-%s-%s" % (hexr(8).upper(), hexr(4).upper(), hexr(4).upper(),
                                              hexr(4).upper(), hexr(12).upper())
    if client == "zimbra":
        return "----=_Part_%d_%d.%d" % (rng.randint(100000, 999999), rng.randint(10 ** 8, 10 ** 9),
                                        rng.randint(10 ** 12, 10 ** 13))
    if client == "thunderbird":
        return "------------%s" % alnum(24)
    return "=_%s" % hexr(32)


class Multi:
    def __init__(self, subtype, parts, params="", preamble=None):
        self.subtype = subtype
        self.parts = parts
        self.params = params
        self.preamble = preamble
        self.boundary = None

    def set_style(self, client):
        """Give this node and its children boundaries in the style of a mail client."""
        if self.boundary is None:
            self.boundary = make_boundary(client)
        for p in self.parts:
            if isinstance(p, Multi):
                p.set_style(client)

    @property
    def headers(self):
        if self.boundary is None:
            self.boundary = make_boundary("plain")
        v = 'multipart/%s;\r\n\tboundary="%s"' % (self.subtype, self.boundary)
        if self.params:
            v += ";\r\n\t" + self.params
        return [("Content-Type", v)]


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def encode_text(text, charset, cte):
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        out = email.quoprimime.body_encode(raw.decode("latin-1"), maxlinelen=76, eol="\r\n")
        return out.encode("ascii")
    if cte == "base64":
        return base64.encodebytes(crlf(text).encode(charset)).replace(b"\n", b"\r\n")
    # 7bit / 8bit
    return crlf(text).encode(charset)


def text_leaf(text, charset="utf-8", cte="quoted-printable", subtype="plain", flowed=False,
              extra=()):
    if not text.endswith("\n"):
        text += "\n"
    if cte in ("7bit", "8bit") and is_ascii(text):
        cte = "7bit"
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if flowed:
        ct = "text/%s; charset=%s; format=flowed" % (subtype, charset)
    return Leaf([("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra),
                encode_text(text, charset, cte))


def rfc2231(name):
    if is_ascii(name):
        return 'name="%s"' % name, 'filename="%s"' % name
    from urllib.parse import quote
    q = quote(name.encode("utf-8"), safe="")
    return ("name*=utf-8''%s" % q, "filename*=utf-8''%s" % q)


def att_leaf(filename, mime, data):
    n, f = rfc2231(filename)
    b = base64.encodebytes(data).replace(b"\n", b"\r\n")
    return Leaf([("Content-Type", "%s;\r\n\t%s" % (mime, n)),
                 ("Content-Disposition", "attachment;\r\n\t%s" % f),
                 ("Content-Transfer-Encoding", "base64")], b)


def raw_leaf(ctype, text, cte="7bit", extra=()):
    return Leaf([("Content-Type", ctype)] + ([("Content-Transfer-Encoding", cte)] if cte else [])
                + list(extra), crlf(text).encode("utf-8") if cte != "base64"
                else base64.encodebytes(text.encode("utf-8")).replace(b"\n", b"\r\n"))


def fake_pdf(title):
    body = ("%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n"
            "4 0 obj\n<< /Length %d >>\nstream\nBT /F1 12 Tf 72 770 Td (%s) Tj ET\nendstream\nendobj\n"
            "trailer\n<< /Root 1 0 R >>\n%%%%EOF\n" % (len(title) + 40, title))
    return body.encode("latin-1")


def fake_png():
    return bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                         "1f15c4890000000d49444154789c6360000000000500010d0a2db40000"
                         "000049454e44ae426082")


def serialize(node):
    out = b"".join(("%s: %s\r\n" % (k, v)).encode("ascii") for k, v in node.headers)
    out += b"\r\n"
    return out + body_bytes(node)


def body_bytes(node):
    if isinstance(node, Leaf):
        p = node.payload
        return p if p.endswith(b"\r\n") else p + b"\r\n"
    node.headers  # fixes boundary
    b = node.boundary.encode("ascii")
    out = b""
    if node.preamble:
        out += crlf(node.preamble).encode("ascii") + b"\r\n\r\n"
    for part in node.parts:
        out += b"--" + b + b"\r\n" + serialize(part)
        if not out.endswith(b"\r\n\r\n"):
            out += b"\r\n"
    out += b"--" + b + b"--\r\n"
    return out


# --------------------------------------------------------------------------
# Text -> HTML in the style of a few clients
# --------------------------------------------------------------------------
def _blocks(text):
    """Split text into ('line', s) and ('quote', [lines]) items."""
    items, quote = [], []
    for line in text.rstrip("\n").split("\n"):
        if line.startswith(">"):
            quote.append(line[1:].lstrip(" ") if not line.startswith(">>") else line[1:])
            continue
        if quote:
            items.append(("quote", quote))
            quote = []
        items.append(("line", line))
    if quote:
        items.append(("quote", quote))
    return items


def html_gmail(text):
    out = ['<div dir="ltr">']
    for kind, v in _blocks(text):
        if kind == "line":
            out.append("<div>%s</div>" % (htmlmod.escape(v) if v.strip() else "<br>"))
        else:
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            for q in v:
                out.append("<div>%s</div>" % (htmlmod.escape(q) if q.strip() else "<br>"))
            out.append("</blockquote>")
    out.append("</div>")
    return "\n".join(out) + "\n"


def html_outlook(text, charset="utf-8"):
    head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\t'
            'font-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
            'a:link, span.MsoHyperlink\n\t{color:#0563C1;\n\ttext-decoration:underline;}\n'
            '--></style>\n</head>\n<body lang="FR" link="#0563C1" vlink="#954F72" '
            'style="word-wrap:break-word">\n<div class="WordSection1">\n' % charset)
    body = []
    for kind, v in _blocks(text):
        lines = [v] if kind == "line" else v
        for ln in lines:
            if ln.strip():
                body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % htmlmod.escape(ln))
            else:
                body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return head + "\n".join(body) + "\n</div>\n</body>\n</html>\n"


def html_simple(text):
    out = ["<html><head><meta charset=\"utf-8\"></head><body>"]
    for kind, v in _blocks(text):
        if kind == "line":
            out.append((htmlmod.escape(v) + "<br>") if v.strip() else "<br>")
        else:
            out.append("<blockquote type=\"cite\">")
            out.extend(htmlmod.escape(q) + "<br>" for q in v)
            out.append("</blockquote>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# Quote helpers (reply history)
# --------------------------------------------------------------------------
def q_outlook(name, addr, d, to, subject, text, cc=None):
    h = "De : %s <%s>\nEnvoyé : %s\nÀ : %s\n" % (name, addr, fr_long(d), to)
    if cc:
        h += "Cc : %s\n" % cc
    h += "Objet : %s\n\n" % subject
    return "\n________________________________\n" + h + text.rstrip("\n") + "\n"


def q_gmail(name, addr, d, text):
    quoted = "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.rstrip("\n").split("\n"))
    return "\nLe %s, %s <%s> a écrit :\n%s\n" % (fr_gmail(d), name, addr, quoted)


def q_tbird(name, d, text):
    quoted = "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.rstrip("\n").split("\n"))
    return "\nLe %02d/%02d/%d à %02d:%02d, %s a écrit :\n%s\n" % (
        d.day, d.month, d.year, d.hour, d.minute, name, quoted)


def q_zimbra(name, addr, to, d, subject, text):
    quoted = "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.rstrip("\n").split("\n"))
    return ('\n----- Mail original -----\nDe: "%s" <%s>\nÀ: %s\nEnvoyé: %s\nObjet: %s\n\n%s\n'
            % (name, addr, to, fr_long(d).capitalize().replace(" 2025 ", " 2025 "), subject, quoted))


def q_apple(name, addr, d, text):
    quoted = "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.rstrip("\n").split("\n"))
    return "\n> Le %d %s %d à %02d:%02d, %s <%s> a écrit :\n>\n%s\n" % (
        d.day, MOIS[d.month - 1], d.year, d.hour, d.minute, name, addr, quoted)


# --------------------------------------------------------------------------
# Envelope and person-written mail
# --------------------------------------------------------------------------
def relay_for(dom):
    if dom in ("gmail.com",):
        return "mail-%s%d-f%d.google.com" % (rng.choice(["wr1", "wm1", "ej1", "lf1"]),
                                             rng.randint(1, 9), rng.randint(41, 99))
    if dom.startswith("ac-"):
        return "smtp%d.%s" % (rng.randint(1, 6), dom)
    if dom in ("orange.fr", "wanadoo.fr"):
        return "smtp%02d.smtpout.orange.fr" % rng.randint(1, 40)
    if dom in ("laposte.net",):
        return "smtp-out%d.laposte.net" % rng.randint(1, 9)
    if dom in ("outlook.fr", "hotmail.fr", "outlook.com"):
        return "mail-%seur%02don%d.outbound.protection.outlook.com" % (
            rng.choice(["db8", "am0", "pr3", "vi1"]), rng.randint(1, 9), rng.randint(2000, 2199))
    return "mail.%s" % dom


def auth_results(dom, auth):
    if auth == "pass":
        return ("%s;\r\n\tdkim=pass (2048-bit key) header.d=%s;\r\n\tspf=pass smtp.mailfrom=%s;"
                "\r\n\tdmarc=pass (p=none dis=none) header.from=%s" % (MX, dom, dom, dom))
    if auth == "none":
        return ("%s;\r\n\tdkim=none;\r\n\tspf=pass smtp.mailfrom=%s;\r\n\tdmarc=none header.from=%s"
                % (MX, dom, dom))
    if auth == "fail":
        return ("%s;\r\n\tdkim=fail reason=\"signature verification failed\" header.d=%s;"
                "\r\n\tspf=softfail smtp.mailfrom=%s;\r\n\tdmarc=fail (p=quarantine dis=none) header.from=%s"
                % (MX, dom, dom, dom))
    return "%s;\r\n\t%s" % (MX, auth)


def envelope(from_addr, d, auth="pass", rp=None, relay=None, mailfrom_dom=None):
    dom = from_addr.rsplit("@", 1)[1].lower()
    relay = relay or relay_for(dom)
    rd = d + dt.timedelta(seconds=rng.randint(3, 70))
    hdrs = [
        ("Return-Path", "<%s>" % (from_addr if rp is None else rp)),
        ("Delivered-To", DESK[1]),
        ("Received", "from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s"
         % (relay, relay, ip(), MX, alnum(15), DESK[1], rfcdate(rd) + " (CEST)")),
        ("Authentication-Results", auth_results(mailfrom_dom or dom, auth)),
    ]
    return hdrs


CLIENT_HEADERS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "outlook_html": [("X-Mailer", "Microsoft Outlook 16.0")],
    "owa": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    "zimbra": [("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF125 (Win)/9.0.0_GA_4583)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "iphone": [("X-Mailer", "iPhone Mail (22D82)")],
    "apple": [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
    "android": [("X-Mailer", "Outlook for Android")],
    "gmail": [],
    "plain": [],
}


def person(frm, subject, body, d=None, client="zimbra", to=None, cc=None, html=None,
           charset="utf-8", cte=None, irt=None, refs=None, attach=(), auth="pass",
           reply_to=None, extra=(), rp=None, html_text=None, envelope_hdrs=None,
           msgid=None, subj_charset=None):
    d = pdate(d) if not isinstance(d, dt.datetime) else d
    name, addr = frm
    dom = addr.rsplit("@", 1)[1]
    to = to if to is not None else [DESK]
    if html is None:
        html = "alt" if client in ("gmail", "outlook_html", "owa") else "none"
    if cte is None:
        cte = {"thunderbird": "8bit", "android": "base64"}.get(client, "quoted-printable")
    flowed = client == "thunderbird"
    # body node
    if client in ("outlook", "outlook_html", "owa"):
        htmlsrc = html_text or html_outlook(body, charset)
    elif client == "gmail":
        htmlsrc = html_text or html_gmail(body)
    else:
        htmlsrc = html_text or html_simple(body)
    if html == "none":
        node = text_leaf(body, charset, cte, flowed=flowed)
    elif html == "only":
        node = text_leaf(htmlsrc, charset, "quoted-printable", subtype="html")
    else:
        node = Multi("alternative", [text_leaf(body, charset, cte, flowed=flowed),
                                     text_leaf(htmlsrc, charset, "quoted-printable", subtype="html")])
    if attach:
        node = Multi("mixed", [node] + [att_leaf(*a) for a in attach])
    if isinstance(node, Multi):
        node.set_style(client)
    hdrs = list(envelope_hdrs) if envelope_hdrs is not None else envelope(addr, d, auth, rp)
    hdrs.append(("From", fmt_addr(name, addr, charset if charset != "us-ascii" else "utf-8")))
    hdrs.append(("To", fmt_addrs(to)))
    if cc:
        hdrs.append(("Cc", fmt_addrs(cc)))
    if reply_to:
        hdrs.append(("Reply-To", fmt_addr(*reply_to)))
    hdrs.append(("Subject", enc_subject(subject, subj_charset or ("utf-8" if charset in ("utf-8", "us-ascii") else charset))))
    hdrs.append(("Date", rfcdate(d)))
    hdrs.append(("Message-ID", msgid or make_msgid(client, dom, d)))
    if irt:
        hdrs.append(("In-Reply-To", irt))
        hdrs.append(("References", refs or irt))
    hdrs.extend(CLIENT_HEADERS.get(client, []))
    if client in ("outlook", "outlook_html"):
        hdrs.append(("Thread-Index", base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode()))
        hdrs.append(("Content-Language", "fr"))
    if client == "thunderbird":
        hdrs.append(("Content-Language", "fr"))
    hdrs.extend(extra)
    hdrs.append(("MIME-Version", "1.0"))
    return finish(hdrs, node)


def finish(hdrs, node):
    out = b"".join(("%s: %s\r\n" % (k, v)).encode("ascii") for k, v in hdrs)
    out += b"".join(("%s: %s\r\n" % (k, v)).encode("ascii") for k, v in node.headers)
    out += b"\r\n"
    if isinstance(node, Multi):
        node.preamble = node.preamble or "This is a multi-part message in MIME format."
    return out + body_bytes(node)


# --------------------------------------------------------------------------
# Automated mail builders
# --------------------------------------------------------------------------
def out_of_office(frm, subject, body, d=None, style="exchange", irt=None, charset="utf-8",
                  client="outlook", auth="pass", extra=()):
    ex = []
    if style == "exchange":
        ex = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]
    elif style == "zimbra":
        ex = [("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")]
    elif style == "gmail":
        ex = [("Auto-Submitted", "auto-replied")]
    # style == "rule": nothing that says it is automatic
    return person(frm, subject, body, d, client=client, irt=irt, charset=charset,
                  extra=ex + list(extra), auth=auth, html="none" if style != "exchange" else "alt")


def bounce_postfix(host, rcpt, diag, status, orig, d=None):
    d = pdate(d) if not isinstance(d, dt.datetime) else d
    qid = alnum(14)
    addr = "MAILER-DAEMON@%s" % host
    hdrs = envelope(addr, d, auth="dkim=none;\r\n\tspf=pass smtp.helo=%s;\r\n\tdmarc=none" % host,
                    rp="", relay=host)
    hdrs += [("From", "Mail Delivery System <%s>" % addr), ("To", fmt_addr(*DESK)),
             ("Subject", "Undelivered Mail Returned to Sender"), ("Date", rfcdate(d)),
             ("Message-ID", "<%s.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), qid, host)),
             ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")]
    notice = ("This is the mail system at host %s.\n\nI'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients. It's attached below.\n\n"
              "For further assistance, please send mail to postmaster.\n\n"
              "If you do so, please include this problem report. You can\n"
              "delete your own text from the attached returned message.\n\n"
              "                   The mail system\n\n<%s>: %s\n" % (host, rcpt, diag))
    ds = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\n"
          "Arrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\n"
          "Action: failed\nStatus: %s\nDiagnostic-Code: smtp; %s\n"
          % (host, qid, DESK[1], rfcdate(d - dt.timedelta(seconds=5)), rcpt, rcpt, status, diag))
    node = Multi("report", [
        text_leaf(notice, "us-ascii", "7bit", extra=[("Content-Description", "Notification")]),
        raw_leaf("message/delivery-status", ds, cte=None, extra=[("Content-Description", "Delivery report")]),
        Leaf([("Content-Type", "message/rfc822"), ("Content-Description", "Undelivered Message")],
             orig),
    ], params="report-type=delivery-status")
    node.boundary = "%s.%d/%s" % (qid, int(d.timestamp()), host)
    node.preamble = "This is a MIME-encapsulated message."
    return finish(hdrs, node)


def desk_mail(to, subject, text, d, ref):
    """Our own earlier outgoing message (for bounces / quoted originals)."""
    mid = ticket_id(ref, d)
    h = [("From", fmt_addr(*DESK)), ("To", fmt_addr(*to)), ("Subject", enc_subject(subject)),
         ("Date", rfcdate(d)), ("Message-ID", mid), ("Auto-Submitted", "auto-replied"),
         ("MIME-Version", "1.0")]
    node = text_leaf(text)
    return finish(h, node), mid


def ndr_exchange(server_dom, rcpt, orig_subject, d, html_expl, code, orig_bytes):
    import re
    d = pdate(d) if not isinstance(d, dt.datetime) else d
    addr = "postmaster@%s" % server_dom
    hdrs = envelope(addr, d, rp="")
    hdrs += [("From", "Microsoft Outlook <%s>" % addr), ("To", fmt_addr(*DESK)),
             ("Subject", enc_subject("Non remis : " + orig_subject)), ("Date", rfcdate(d)),
             ("Message-ID", make_msgid("owa", server_dom, d)),
             ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
             ("Content-Language", "fr-FR"), ("MIME-Version", "1.0")]
    ds = ("Reporting-MTA: dns;%s\nReceived-From-MTA: dns;%s\nArrival-Date: %s\n\n"
          "Original-Recipient: rfc822;%s\nFinal-Recipient: rfc822;%s\nAction: failed\n"
          "Status: %s\nDiagnostic-Code: smtp;%s\n"
          % ("PR3P192MB0714.EURP192.PROD.OUTLOOK.COM", MX, rfcdate(d - dt.timedelta(seconds=9)),
             rcpt, rcpt, re.search(r"\b\d\.\d{1,3}\.\d{1,3}\b", code).group(0), code))
    node = Multi("report", [
        Multi("alternative", [text_leaf(strip_tags(html_expl)),
                              text_leaf(html_expl, subtype="html")]),
        raw_leaf("message/delivery-status", ds),
        Leaf([("Content-Type", "message/rfc822")], orig_bytes),
    ], params="report-type=delivery-status")
    return finish(hdrs, node)


def strip_tags(h):
    import re
    t = re.sub(r"<br\s*/?>", "\n", h)
    t = re.sub(r"</p>|</div>|</h\d>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = htmlmod.unescape(t)
    return "\n".join(ln.strip() for ln in t.split("\n") if ln.strip()) + "\n"


def read_receipt(frm, orig_subject, orig_mid, read_date, d=None, client="outlook", kind="Lu"):
    d = pdate(d) if not isinstance(d, dt.datetime) else d
    name, addr = frm
    hdrs = envelope(addr, d)
    subj = "%s : %s" % (kind, orig_subject)
    hdrs += [("From", fmt_addr(name, addr)), ("To", fmt_addr(*DESK)), ("Subject", enc_subject(subj)),
             ("Date", rfcdate(d)), ("Message-ID", make_msgid(client, addr.split("@")[1], d))]
    hdrs += CLIENT_HEADERS.get(client, [])
    hdrs += [("MIME-Version", "1.0")]
    if kind == "Lu":
        txt = ("Votre message\n\n  À : %s\n  Objet : %s\n  Date d'envoi : %s\n\na été lu le %s.\n"
               % (addr, orig_subject, fr_long(read_date - dt.timedelta(hours=3)), fr_long(read_date)))
    else:
        txt = ("Votre message\n\n  À : %s\n  Objet : %s\n\na été supprimé sans avoir été lu le %s.\n"
               % (addr, orig_subject, fr_long(read_date)))
    mdn = ("Reporting-UA: %s; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;%s\n"
           "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; %s\n"
           % (addr.split("@")[1], addr, orig_mid, "displayed" if kind == "Lu" else "deleted"))
    node = Multi("report", [text_leaf(txt), raw_leaf("message/disposition-notification", mdn)],
                 params="report-type=disposition-notification")
    return finish(hdrs, node)


def ics_dt(x):
    return x.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def calendar_mail(method, organizer, attendees, summary, start, end, location, description,
                  d, sender, partstat=None, subject=None, client="outlook", text=None,
                  uid=None, extra=()):
    d = pdate(d) if not isinstance(d, dt.datetime) else d
    name, addr = sender
    uid = uid or "040000008200E00074C5B7101A82E008%s" % hexr(40).upper()
    att_lines = []
    for an, aa in attendees:
        ps = partstat if (partstat and aa == addr) else "NEEDS-ACTION"
        att_lines.append('ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;PARTSTAT=%s;RSVP=TRUE:mailto:%s'
                         % (an, ps, aa))
    ics = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
           "VERSION:2.0", "METHOD:%s" % method, "BEGIN:VEVENT",
           'ORGANIZER;CN="%s":mailto:%s' % organizer] + att_lines + [
           "DESCRIPTION:%s" % description.replace("\n", "\\n").replace(",", "\\,"),
           "UID:%s" % uid, "SUMMARY:%s" % summary.replace(",", "\\,"),
           "DTSTART:%s" % ics_dt(start), "DTEND:%s" % ics_dt(end),
           "DTSTAMP:%s" % ics_dt(d), "LOCATION:%s" % location.replace(",", "\\,"),
           "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    # fold long lines at 74 octets
    folded = []
    for ln in ics:
        b = ln
        while len(b.encode("utf-8")) > 74:
            cut = 74
            while len(b[:cut].encode("utf-8")) > 74:
                cut -= 1
            folded.append(b[:cut])
            b = " " + b[cut:]
        folded.append(b)
    ics_text = "\n".join(folded) + "\n"
    hdrs = envelope(addr, d)
    hdrs += [("From", fmt_addr(name, addr)),
             ("To", fmt_addrs([a for a in attendees if a[1] != addr] if method == "REQUEST" else [organizer])),
             ("Subject", enc_subject(subject or summary)), ("Date", rfcdate(d)),
             ("Message-ID", make_msgid(client, addr.split("@")[1], d))]
    hdrs += CLIENT_HEADERS.get(client, []) + list(extra)
    hdrs += [("Content-Class", "urn:content-classes:calendarmessage"), ("MIME-Version", "1.0")]
    text = text if text is not None else description
    node = Multi("alternative", [
        text_leaf(text),
        text_leaf(html_outlook(text), subtype="html"),
        text_leaf(ics_text, "utf-8", "base64", subtype="calendar",
                  extra=[]),
    ])
    # text/calendar carries a method parameter
    node.parts[2].headers[0] = ("Content-Type", 'text/calendar; charset="utf-8"; method=%s' % method)
    node.set_style(client)
    return finish(hdrs, node)


def dmarc_xml(org, email_, report_id, begin, end, rows):
    recs = []
    for src, count, disp, dk, sp, hf in rows:
        recs.append(
            "  <record>\n    <row>\n      <source_ip>%s</source_ip>\n      <count>%d</count>\n"
            "      <policy_evaluated>\n        <disposition>%s</disposition>\n        <dkim>%s</dkim>\n"
            "        <spf>%s</spf>\n      </policy_evaluated>\n    </row>\n    <identifiers>\n"
            "      <header_from>%s</header_from>\n    </identifiers>\n    <auth_results>\n"
            "      <dkim>\n        <domain>%s</domain>\n        <result>%s</result>\n      </dkim>\n"
            "      <spf>\n        <domain>%s</domain>\n        <result>%s</result>\n      </spf>\n"
            "    </auth_results>\n  </record>\n" % (src, count, disp, dk, sp, hf, hf, dk, hf, sp))
    return ('<?xml version="1.0" encoding="UTF-8" ?>\n<feedback>\n  <report_metadata>\n'
            "    <org_name>%s</org_name>\n    <email>%s</email>\n    <report_id>%s</report_id>\n"
            "    <date_range>\n      <begin>%d</begin>\n      <end>%d</end>\n    </date_range>\n"
            "  </report_metadata>\n  <policy_published>\n    <domain>assistance.example.fr</domain>\n"
            "    <adkim>r</adkim>\n    <aspf>r</aspf>\n    <p>none</p>\n    <sp>none</sp>\n"
            "    <pct>100</pct>\n  </policy_published>\n%s</feedback>\n"
            % (org, email_, report_id, begin, end, "".join(recs))).encode("utf-8")


def zip_bytes(name, data):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(name, date_time=(2025, 4, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
    return buf.getvalue()


def gzip_bytes(name, data):
    buf = io.BytesIO()
    with gzip.GzipFile(filename=name, mode="wb", fileobj=buf, mtime=0) as g:
        g.write(data)
    return buf.getvalue()


# --------------------------------------------------------------------------
# The mails.  add(category, auto_reply_ok, uai, region, platform, hard, notes, raw, lang)
# --------------------------------------------------------------------------
MAILS = []


def add(category, auto_reply_ok, uai, region, platform, hard, notes, raw, lang="fr"):
    MAILS.append(dict(category=category, auto_reply_ok=auto_reply_ok, uai=uai, region=region,
                      platform=platform, hard=hard, lang=lang, notes=notes, raw=raw))


def D(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


NOREPLY_EA = "no-reply@espace-acheteur.example.fr"

# ===================== password_reset (21) =====================
add("password_reset", True, "0511243Z", "grand-est", "esidoc", False,
    "Librarian back from sick leave; e-sidoc back-office password refused; UAI in the signature. Standard reset.",
    person(("Nathalie Gérard", "nathalie.gerard@ac-reims.fr"), "Accès back office e-sidoc", """Bonjour,

Je reprends mon poste au CDI après trois mois d'arrêt et le mot de passe du
back office e-sidoc n'est plus accepté. Ma remplaçante l'a peut-être changé ;
son contrat est terminé et je ne sais pas comment la joindre.

Pourriez-vous me permettre d'en définir un nouveau ? J'ai des commandes de
livres à saisir avant la fin du mois.

Merci d'avance,

Nathalie Gérard
Professeure documentaliste
Collège Jules Ferry – Épernay
UAI 0511243Z
""", d="2025-04-03 08:47", client="zimbra"))

add("password_reset", True, "0681356E", "grand-est", "espace_acheteur", False,
    "Secrétaire d'intendance lost both login and password of the Espace Acheteur; the colleague who created the account retired.",
    person(("Karine Rapp", "karine.rapp@ac-strasbourg.fr"), "Identifiant et mot de passe Espace Acheteur", """Bonjour,

Je dois passer plusieurs commandes sur l’Espace Acheteur avant notre date limite d’engagement (16 mai) et je ne retrouve ni mon identifiant ni mon mot de passe. La collègue qui avait ouvert le compte est partie à la retraite en mars et n’a rien laissé par écrit.

Pouvez-vous m’indiquer comment récupérer l’accès ?

Cordialement,

Karine Rapp
Secrétaire d’intendance
Lycée Louis Armand – 68100 Mulhouse
UAI : 0681356E
Tél. 03 89 33 47 10
""", d="2025-05-06 10:12", client="outlook"))

add("password_reset", True, "0251386W", "bourgogne-franche-comte", "esidoc", False,
    "Account locked after failed attempts, screen text pasted; asks to unlock or get a reset link.",
    person(("Hélène Vuillemin", "helene.vuillemin@ac-besancon.fr"), "Compte bloqué e-sidoc", """Bonjour,

Message affiché ce matin en me connectant au back office :

   « Votre compte a été temporairement verrouillé suite à plusieurs
   tentatives de connexion infructueuses. Réessayez plus tard ou
   contactez votre administrateur. »

J'ai attendu une heure, même résultat. J'ai sans doute mal tapé le mot de
passe (nouveau clavier depuis les vacances...). Pouvez-vous débloquer le
compte ou m'envoyer un lien pour le réinitialiser ?

Établissement : collège Victor Hugo, Besançon – 0251386W

Merci,
Hélène Vuillemin
CDI
""", d="2025-04-29 08:05", client="thunderbird"))

add("password_reset", True, "0711892W", "bourgogne-franche-comte", "esidoc", False,
    "Reset link opened the next morning and refused as no longer valid; asks for a new one. Personal Gmail, region from the UAI.",
    person(("Agnès Cuenot", "agnes.cuenot71@gmail.com"), "Lien de réinitialisation expiré", """Bonjour,

J'ai demandé hier soir un nouveau mot de passe pour le portail e-sidoc du
lycée Lamartine (Mâcon, UAI 0711892W). Le mail est bien arrivé mais je ne
l'ai ouvert que ce matin et la page affiche « Ce lien n'est plus valide ».

Pouvez-vous m'en renvoyer un ? Je le traiterai tout de suite cette fois.

Bonne journée,
Agnès Cuenot
Professeure documentaliste
""", d="2025-04-10 07:52", client="gmail"))

add("password_reset", True, "0391248V", "bourgogne-franche-comte", "espace_acheteur", True,
    "The intendance secretary (not the head) asks for the reset link on the official ce.<UAI> address she writes from; the UAI appears only in that sender address.",
    person(("Secrétariat intendance Collège Rouget de Lisle", "ce.0391248V@ac-besancon.fr"),
           "Mot de passe Espace Acheteur – intendance", """Bonjour,

Je suis secrétaire d'intendance au collège. Notre gestionnaire a été mutée au
1er avril et nous n'avons plus le mot de passe de l'Espace Acheteur ; sa
remplaçante arrive le 5 mai.

Pourriez-vous envoyer le lien de réinitialisation sur cette boîte, qui est
l'adresse officielle de l'établissement ? Nous le transmettrons à la nouvelle
gestionnaire dès son arrivée.

Cordialement,

Fabienne Cretin
Secrétariat d'intendance
Collège Rouget de Lisle
39000 Lons-le-Saunier
""", d="2025-04-15 14:31", client="zimbra"))

add("password_reset", True, "0672861W", "grand-est", "esidoc", False,
    "English; librarian of the international section forgot the e-sidoc back-office password.",
    person(("Rachel Whitcombe", "rachel.whitcombe@ac-strasbourg.fr"), "Password for the library portal", """Hello,

I am the librarian for the British section at Lycée des Pontonniers
(UAI 0672861W). I have forgotten the password for the e-sidoc back office,
and the "forgotten password" page does not seem to recognise the e-mail
address I typed in.

Could you help me reset it? I need to update the catalogue before the
exam period starts.

Many thanks,
Rachel Whitcombe
Teacher-librarian, British section
Lycée international des Pontonniers, Strasbourg
""", d="2025-05-13 16:20", client="zimbra"), lang="en")

add("password_reset", True, None, "bourgogne-franche-comte", "esidoc", True,
    "UAI typed 0580763R: wrong check letter (the digits give 0580763P), so no UAI; region from the ac-dijon.fr sender. Plain lost password: the generic procedure applies.",
    person(("Yannick Bertin", "yannick.bertin@ac-dijon.fr"), "mdp e-sidoc lycée Raoul Follereau", """Bonjour,

Impossible de me connecter à e-sidoc depuis la mise à jour de mon navigateur :
le mot de passe enregistré a disparu et je ne m'en souviens pas.
Notre UAI : 0580763R.

Merci de m'envoyer la procédure.

Yannick Bertin
Documentaliste – Lycée Raoul Follereau, Nevers
""", d="2025-04-23 11:02", client="zimbra"))

add("password_reset", False, "0701315Z", "bourgogne-franche-comte", "esidoc", True,
    "Two topics in a numbered list: e-sidoc password reset (first) and a quote for the Europresse renewal (order_billing). One template would answer only half.",
    person(("Delphine Boillot", "delphine.boillot@ac-besancon.fr"), "Plusieurs points – collège Jean Macé", """Bonjour,

Deux demandes pour le CDI du collège Jean Macé (Vesoul, 0701315Z) :

1. Je n'arrive plus à me connecter au back office e-sidoc : mot de passe
   refusé, et le lien « mot de passe oublié » part vers une adresse que je
   n'utilise plus. Pouvez-vous le réinitialiser ?

2. Notre gestionnaire me demande un devis pour le renouvellement Europresse
   (même formule que l'an dernier) afin d'établir le bon d'engagement avant
   le 23 mai.

Merci pour ces deux points.

Delphine Boillot
Professeure documentaliste
""", d="2025-05-07 13:40", client="zimbra"))

add("password_reset", True, "0682045D", "grand-est", "espace_acheteur", True,
    "Misleading subject (a quote): the quote itself is fine, the gestionnaire only needs the lost Espace Acheteur access back to accept it.",
    person(("Laurent Weber", "laurent.weber@ac-strasbourg.fr"), "Devis Universalis 2025-2026", """Bonjour,

Vous nous avez adressé le devis pour l'encyclopédie en ligne et je dois
l'accepter depuis l'Espace Acheteur. Problème : je n'arrive plus à y entrer,
le mot de passe que j'avais noté est refusé et l'adresse rattachée au compte
est celle de mon prédécesseur, à laquelle je n'ai pas accès.

Pouvez-vous m'aider à retrouver l'accès ? Pour le devis lui-même, tout est en
ordre, rien à modifier.

Merci,
Laurent Weber
Gestionnaire – Collège Victor Hugo, Colmar
UAI 0682045D
""", d="2025-04-24 09:15", client="outlook"))

_d0 = D("2025-04-02 15:20")
add("password_reset", True, "0512036L", "grand-est", "espace_acheteur", True,
    "Reply on an old invoice ticket (Outlook quote about a duplicate invoice, now settled); the new text clearly asks for something else: a reset link for an expired Espace Acheteur password.",
    person(("Isabelle Meyer", "isabelle.meyer@ac-reims.fr"), "RE: [#SUP-007902] Facture en double", """Bonjour,

Merci, l’avoir est bien arrivé, on peut clore ce point.

Autre souci depuis ce matin : l’Espace Acheteur m’indique que mon mot de passe a expiré et me demande l’ancien pour en choisir un nouveau. Je ne m’en souviens plus, donc je suis bloquée. Pouvez-vous m’envoyer un lien de réinitialisation ?

Cordialement

Isabelle Meyer
Adjointe gestionnaire – Lycée Jean Jaurès, Reims – UAI 0512036L
""" + q_outlook("Assistance", DESK[1], _d0, "Isabelle Meyer", "[#SUP-007902] Facture en double", """Bonjour Madame,

La facture FA-2025-01187 a bien été émise deux fois par erreur. Un avoir du
même montant vous sera adressé sous huit jours ; vous n'avez rien à régler
sur le doublon.

Cordialement,
L'équipe d'assistance
"""), d="2025-05-12 08:58", client="outlook", irt=ticket_id(7902, _d0)))

add("password_reset", False, "0711436A", "bourgogne-franche-comte", "esidoc", True,
    "Lost password, but asks for the password itself to be sent to her personal Gmail address (not on file): the automatic reset cannot do that, a person must answer.",
    person(("Corinne Barbier", "corinne.barbier.cdi@gmail.com"), "mot de passe", """bonjour

je suis la documentaliste du collège Jean Rostand à Chalon sur Saône (0711436A).
j'ai perdu le mot de passe e-sidoc. je suis en télétravail cette semaine et je
n'arrive pas à ouvrir ma messagerie académique depuis chez moi, pouvez vous
m'envoyer directement le mot de passe sur cette adresse gmail ? c'est urgent
j'ai une commande de manuels numériques à finaliser.

merci
Corinne Barbier
""", d="2025-05-15 21:47", client="gmail"))

add("password_reset", False, "0211689X", "bourgogne-franche-comte", "ecoledirecte", True,
    "Lost EcoleDirecte administration password; explicitly not the daily maintenance password (transfers work), so not transfer_incident. No reset template for this product.",
    person(("Sébastien Thiébaut", "s.thiebaut@saint-benigne-dijon.fr"), "Mot de passe administrateur EcoleDirecte", """Bonjour,

Je ne parviens plus à me connecter à l’espace administration d’EcoleDirecte avec le compte principal de l’établissement : le mot de passe s’est perdu avec le départ de notre ancien responsable informatique.

Précision utile : je ne parle pas du mot de passe de maintenance quotidien, les transferts fonctionnent normalement. Il s’agit uniquement du compte administrateur.

Comment le réinitialiser ?

Sébastien Thiébaut
Responsable administratif et financier
Ensemble scolaire Saint-Bénigne – Dijon
UAI 0211689X
""", d="2025-04-08 17:05", client="outlook", auth="none"))

add("password_reset", True, "0101485K", "grand-est", "espace_acheteur", False,
    "Telegraphic: lost Espace Acheteur login and password, UAI in the body and in the int.<UAI> sender address.",
    person(("Intendance Lycée Camille Claudel", "int.0101485K@ac-reims.fr"), "Identifiant perdu", """Identifiant Espace Acheteur perdu, mot de passe aussi.
UAI 0101485K.
Merci de réinitialiser.

--
Intendance – Lycée Camille Claudel, Troyes
""", d="2025-05-20 07:41", client="zimbra"))

add("password_reset", True, "0573187E", "grand-est", "esidoc", True,
    "The principal adjoint writes in the absent principal's place, but only asks the standard reset link to the school's official address: password_reset, not a head-of-establishment request.",
    person(("Olivier Hengel", "olivier.hengel@ac-nancy-metz.fr"), "Accès e-sidoc du CDI", """Madame, Monsieur,

Madame la Principale étant en déplacement cette semaine, je me permets de vous
écrire à sa place. Notre professeure documentaliste ne peut plus accéder au
back office e-sidoc : le mot de passe a été perdu lors du remplacement de son
poste informatique.

Pouvez-vous adresser un lien de réinitialisation sur la boîte officielle du
collège (ce.0573187E@ac-nancy-metz.fr) ? Le secrétariat le lui transmettra.

Bien cordialement,

Olivier Hengel
Principal adjoint
Collège Erckmann-Chatrian, Phalsbourg
""", d="2025-05-05 11:26", client="zimbra"))

add("password_reset", True, None, "bourgogne-franche-comte", "ticket_portal", False,
    "Ticket portal asks for the current password to change an expired one; she does not remember it. No UAI; region from ac-besancon.fr.",
    person(("Audrey Pernot", "audrey.pernot@ac-besancon.fr"), "Portail assistance : mot de passe expiré", """Bonjour,

En voulant suivre ma demande sur le portail d'assistance, j'ai eu ce message :

« Votre mot de passe a expiré. Pour continuer, saisissez votre mot de passe
actuel puis choisissez-en un nouveau. »

Je ne me souviens plus du mot de passe actuel (je ne me suis connectée
qu'une fois, en janvier). Comment faire ?

Merci
Audrey Pernot
Lycée Xavier Marmier – Pontarlier
""", d="2025-04-17 15:03", client="zimbra"))

_d1 = D("2025-05-13 10:02")
add("password_reset", False, "0551628W", "grand-est", "esidoc", True,
    "Reply (Thunderbird quote) to the automatic reset answer: the link went to a retired predecessor's closed mailbox and the school box got nothing. The template failed; a person must take over.",
    person(("Damien Petitjean", "damien.petitjean@ac-nancy-metz.fr"), "Re: [#SUP-008233] Mot de passe e-sidoc", """Bonjour,

Le lien est parti vers l'adresse de mon prédécesseur (p***@ac-nancy-metz.fr
d'après votre message), qui est à la retraite depuis septembre et dont la
boîte a été fermée. La principale me confirme que la boîte du collège n'a rien
reçu non plus.

Que faut-il faire maintenant ?

Damien Petitjean
Documentaliste, collège Les Avrils, Saint-Mihiel (0551628W)
""" + q_tbird("Assistance", _d1, """Bonjour,

Un lien de réinitialisation du mot de passe e-sidoc a été envoyé à l'adresse
enregistrée pour votre établissement (p***@ac-nancy-metz.fr). Il reste
valable 12 heures.

Cordialement,
L'équipe d'assistance
"""), d="2025-05-13 16:44", client="thunderbird", irt=ticket_id(8233, _d1)))

add("password_reset", True, "0391574Z", "bourgogne-franche-comte", "esidoc", False,
    "Newly appointed replacement librarian never had the password; identifier is the UAI.",
    person(("Élodie Grosjean", "elodie.grosjean@ac-besancon.fr"), "Nouvelle documentaliste – accès e-sidoc", """Bonjour,

Je viens d'être nommée sur le poste de documentaliste (remplacement jusqu'à la
fin de l'année) au collège Pierre Vernotte de Moirans-en-Montagne. Je ne
connais pas le mot de passe du back office et personne ici ne l'a noté.
L'identifiant serait le numéro de l'établissement : 0391574Z.

Pouvez-vous me dire comment obtenir un mot de passe ?

Merci beaucoup,
Élodie Grosjean
""", d="2025-04-07 09:37", client="zimbra"))

add("password_reset", True, "0540618D", "grand-est", "esidoc", True,
    "Negation of the junk-mail topic ('je reçois bien vos mails', 'pas un problème de spam'): a plain forgotten password.",
    person(("Stéphanie Colin", "stephanie.colin@ac-nancy-metz.fr"), "Mot de passe e-sidoc – pas un problème de spam", """Bonjour,

Je précise tout de suite : je reçois bien vos mails, rien ne part dans les
indésirables, inutile donc de m'envoyer la procédure sur les spams.

Mon problème est plus simple : j'ai oublié le mot de passe du back office
e-sidoc et je voudrais en recevoir un nouveau.

Collège Guynemer, Nancy – 0540618D.

Merci,
Stéphanie Colin
""", d="2025-05-22 12:10", client="zimbra"))

add("password_reset", True, "0211237F", "bourgogne-franche-comte", "espace_acheteur", False,
    "Espace Acheteur login shared by the intendance team; nobody knows which identifier or password was used. Outlook with HTML part.",
    person(("Frédéric Guyot", "frederic.guyot@ac-dijon.fr"), "Connexion Espace Acheteur impossible", """Bonjour,

À l’intendance, nous sommes trois à utiliser la même adresse pour l’Espace Acheteur. Plus personne ne sait quel identifiant a servi à créer le compte, ni le mot de passe. Nous avons des commandes à passer avant le 31 mai.

Pouvez-vous nous aider à récupérer l’accès ?

Frédéric Guyot
Adjoint gestionnaire
Lycée Gustave Eiffel, Dijon – UAI 0211237F
""", d="2025-04-14 14:18", client="outlook_html"))

add("password_reset", True, "0080846B", "grand-est", "esidoc", False,
    "Polite but irritated third request; still a plain lost e-sidoc password with the UAI.",
    person(("Patricia Vautrin", "patricia.vautrin@ac-reims.fr"), "3e demande – accès e-sidoc", """Bonjour,

Je vous ai écrit le 14 avril puis le 28 avril, sans aucune réponse, pas même
un accusé de réception.

Je rappelle donc ma demande : je n'ai plus le mot de passe du back office
e-sidoc du lycée Monge (Charleville-Mézières, UAI 0080846B) et le CDI
fonctionne depuis un mois sans pouvoir cataloguer.

Je vous remercie de bien vouloir me répondre cette fois.

Cordialement,
Patricia Vautrin
""", d="2025-05-09 08:22", client="zimbra"))

add("password_reset", True, "0881203E", "grand-est", "esidoc", True,
    "Cité scolaire with two UAIs: the collège portal (0880952G) works; the lost password is the lycée's (0881203E), which is the label.",
    person(("Myriam Haas", "myriam.haas@ac-nancy-metz.fr"), "Mot de passe e-sidoc cité scolaire", """Bonjour,

Je suis documentaliste à la cité scolaire Pierre et Marie Curie de
Neufchâteau. Nous avons deux portails : celui du collège (0880952G)
fonctionne très bien, c'est celui du lycée (0881203E) dont j'ai perdu le mot
de passe administrateur.

Merci de m'indiquer comment le réinitialiser.

Myriam Haas
""", d="2025-04-11 10:49", client="zimbra"))

# ===================== missing_noreply_mail (16) =====================
add("missing_noreply_mail", True, "0891427T", "bourgogne-franche-comte", "espace_acheteur", False,
    "New gestionnaire never received the Espace Acheteur activation link; junk folder checked; no anti-spam product named.",
    person(("Virginie Jeandel", "virginie.jeandel@ac-dijon.fr"), "Pas de mail d'activation", """Bonjour,

Nouvelle gestionnaire au collège Paul Bert d'Auxerre, j'ai rempli le
formulaire d'inscription sur l'Espace Acheteur lundi 7 avril. Le site
indiquait qu'un lien d'activation allait m'être envoyé : rien reçu à ce
jour, ni dans la boîte de réception ni dans les courriers indésirables.

Mon adresse : virginie.jeandel@ac-dijon.fr

Cordialement,
Virginie Jeandel
Gestionnaire – Collège Paul Bert – 0891427T
""", d="2025-04-09 10:30", client="zimbra"))

add("missing_noreply_mail", True, "0572419V", "grand-est", "espace_acheteur", False,
    "Forgotten-password mail requested three times, confirmed by the site, never arrives.",
    person(("Christophe Schmitt", "christophe.schmitt@ac-nancy-metz.fr"), "Mail nouveau mot de passe jamais reçu", """Bonjour,

J'ai cliqué trois fois sur « Mot de passe oublié » sur l'Espace Acheteur
depuis hier. Le site confirme l'envoi mais je ne reçois rien, et j'ai regardé
dans les indésirables comme dans le dossier « Autres ».

Christophe Schmitt
Gestionnaire, collège La Louvière, Marly
0572419V
""", d="2025-04-04 09:01", client="zimbra"))

add("missing_noreply_mail", True, "0710654A", "bourgogne-franche-comte", "espace_acheteur", False,
    "'Commande en attente de validation' notifications from the no-reply address stopped arriving in April.",
    person(("Martine Parisot", "martine.parisot@ac-dijon.fr"), "Notifications de commande", """Bonjour,

Depuis le début du mois d’avril, je ne reçois plus les notifications de l’Espace Acheteur quand une commande attend ma validation (« Une commande est en attente de votre validation »). Je les recevais sans problème avant. Je m’en aperçois seulement parce que la documentaliste m’a relancée.

Pouvez-vous vérifier ?

Martine Parisot, gestionnaire
Lycée Henri Parriat, Montceau-les-Mines — 0710654A
""", d="2025-04-28 15:55", client="outlook"))

add("missing_noreply_mail", True, "0681689S", "grand-est", "espace_acheteur", True,
    "Names MailInBlack only to say the school does not use it; activation link missing, junk empty: missing_noreply_mail, not mailinblack_spam.",
    person(("Caroline Ehrhart", "caroline.ehrhart@ac-strasbourg.fr"), "Lien d'activation Espace Acheteur", """Bonjour,

Je n'ai pas reçu le lien d'activation de mon compte Espace Acheteur
(inscription faite le 2 mai).

J'ai lu dans votre FAQ qu'il fallait peut-être regarder du côté de
Mailinblack : nous n'avons pas cet outil, notre messagerie est celle de
l'académie et, d'après notre technicien, rien n'est filtré chez nous. Les
indésirables sont vides.

Merci de me dire quoi faire.

Caroline Ehrhart
Secrétaire d'intendance – Lycée Albert Schweitzer, Mulhouse – UAI 0681689S
""", d="2025-05-05 14:02", client="zimbra"))

add("missing_noreply_mail", True, "0210986H", "bourgogne-franche-comte", "espace_acheteur", True,
    "Subject says forgotten password, but the reset tool works and reports the mail as sent to his masked address; the mail never arrives: missing_noreply_mail.",
    person(("Sylvain Huguenin", "sylvain.huguenin@ac-dijon.fr"), "Mot de passe oublié", """Bonjour,

Sur la page de connexion de l'Espace Acheteur, j'utilise bien « Mot de passe
oublié ». Le site répond :

  « Un e-mail contenant un lien vous a été envoyé à l'adresse s****@ac-dijon.fr. »

C'est bien mon adresse. Mais ce mail n'arrive jamais ; j'ai essayé mardi et
encore ce matin.

Sylvain Huguenin
Gestionnaire, collège Les Lentillères, Dijon – 0210986H
""", d="2025-04-10 08:33", client="zimbra"))

_d2 = D("2025-04-14 09:12")
add("missing_noreply_mail", False, "0671432T", "grand-est", "espace_acheteur", True,
    "Follow-up (Outlook 'De : / Envoyé :' quote) after the junk-folder template: three days later still nothing; asks for the region. The template was already sent, a person must act.",
    person(("Gilles Roth", "gilles.roth@ac-strasbourg.fr"), "RE: [#SUP-008517] Pas de mail d'inscription", """Bonjour,

Je reviens vers vous comme indiqué : j’ai suivi vos conseils (indésirables vérifiés, adresse d’envoi ajoutée aux expéditeurs approuvés) et je n’ai toujours rien reçu, trois jours plus tard.

Pouvez-vous transmettre au support régional comme vous le proposiez ?

Gilles Roth
Gestionnaire – Collège Robert Schuman, Haguenau (0671432T)
""" + q_outlook("Assistance", DESK[1], _d2, "Gilles Roth", "[#SUP-008517] Pas de mail d'inscription", """Bonjour,

Les messages automatiques de la plateforme partent de l'adresse
no-reply@espace-acheteur.example.fr. Vérifiez votre dossier de courrier
indésirable et ajoutez cette adresse à vos expéditeurs approuvés.

Si rien n'arrive d'ici 48 heures, répondez simplement à ce message : votre
demande sera transmise à l'équipe de votre région.

Cordialement,
L'équipe d'assistance
"""), d="2025-04-17 10:41", client="outlook", irt=ticket_id(8517, _d2)))

add("missing_noreply_mail", True, "0390912E", "bourgogne-franche-comte", "esidoc", False,
    "Opened the e-sidoc customer account to order online; the activation mail announced on screen never came.",
    person(("Florence Mougin", "florence.mougin@ac-besancon.fr"), "Compte client e-sidoc – pas de mail", """Bonjour,

Pour commander en ligne la nouvelle ressource du CDI, j'ai ouvert hier le
compte client de l'établissement. L'écran annonçait un courriel d'activation :
il n'est jamais venu. Rien dans les spams.

Collège Pasteur, Dole – 0390912E
Florence Mougin, documentaliste
""", d="2025-05-14 09:48", client="zimbra"))

add("missing_noreply_mail", True, None, None, "ticket_portal", False,
    "Ticket-portal sign-up confirmation (to set a password) not received. Private school domain, no UAI: no region.",
    person(("Benoît Mathieu", "b.mathieu@lycee-saintjean-besancon.fr"), "Inscription portail d'assistance", """Bonjour,

J'ai créé un compte sur votre portail de tickets pour suivre nos demandes.
On m'annonce un mail de confirmation pour définir mon mot de passe ; je ne
l'ai pas reçu (indésirables vérifiés, ainsi que la quarantaine de notre
serveur).

Benoît Mathieu
Service informatique – Lycée privé Saint-Jean, Besançon
""", d="2025-04-22 16:37", client="thunderbird", auth="none"))

add("missing_noreply_mail", True, None, "grand-est", "espace_acheteur", False,
    "English; no confirmation or notification mail since opening a buyer account; region from ac-strasbourg.fr.",
    person(("Julia Brenner", "julia.brenner@ac-strasbourg.fr"), "No e-mails from your platform", """Hello,

I set up a buyer account on the Espace Acheteur last week for our school.
Since then I have not received the confirmation e-mail, nor any
notification. Nothing in the spam folder either.

Could you check what is going on?

Best regards,
Julia Brenner
Collège Foch, Strasbourg
""", d="2025-05-19 13:12", client="zimbra"), lang="en")

add("missing_noreply_mail", True, "0572905Y", "grand-est", "espace_acheteur", True,
    "Telegraphic bullet list; the UAI appears only in the lower-case int.<uai> sender address (label upper case).",
    person(("Intendance", "int.0572905y@ac-nancy-metz.fr"), "Inscription Espace Acheteur", """Bonjour,

- inscription faite le 07/04
- aucun mail reçu depuis (ni confirmation, ni lien)
- indésirables vérifiés : rien
- adresse utilisée : celle de cette boîte

Merci de regarder.

Intendance
""", d="2025-04-11 11:20", client="zimbra"))

add("missing_noreply_mail", True, "0901112V", "bourgogne-franche-comte", "espace_acheteur", False,
    "Subscribed to new-offer alerts on the Espace Acheteur, never receives them.",
    person(("Laetitia Renaud", "laetitia.renaud@ac-besancon.fr"), "Alertes nouvelles offres", """Bonjour,

Je me suis abonnée aux alertes « nouvelles offres » de l’Espace Acheteur pour les rubriques Fournitures et Livres. Je n’ai reçu aucune alerte en un mois, alors que des offres ont été publiées entre-temps (je les vois en me connectant).

Pouvez-vous vérifier que mon adresse est bien prise en compte ?

Laetitia Renaud
Collège Léonard de Vinci, Belfort – UAI 0901112V
""", d="2025-05-02 14:44", client="outlook"))

add("missing_noreply_mail", True, "0510873X", "grand-est", "espace_acheteur", True,
    "Gmail forward ('Message transféré') of a colleague's message: her first-login link never arrived although the gestionnaire validated the account.",
    person(("Anne-Sophie Marchand", "annesophie.marchand@ac-reims.fr"), "Fwd: lien de connexion", """Bonjour,

Je vous transfère le message de ma collègue documentaliste : elle n'a jamais
reçu le lien qui doit lui permettre de se connecter à l'Espace Acheteur. Son
compte apparaît pourtant comme validé de mon côté.

Merci,
Anne-Sophie Marchand
Gestionnaire – Lycée Oehmichen, Châlons-en-Champagne – 0510873X

---------- Message transféré ---------
De : Julie Noël <julie.noel@ac-reims.fr>
Date: mer. 16 avr. 2025 à 17:02
Subject: lien de connexion
To: Anne-Sophie Marchand <annesophie.marchand@ac-reims.fr>

Anne-Sophie,
Je n'ai toujours pas le mail pour me connecter, tu peux voir avec eux ?
Merci !
Julie
""", d="2025-04-17 08:15", client="gmail"))

add("missing_noreply_mail", True, "0700912L", "bourgogne-franche-comte", "esidoc", False,
    "The yearly automatic reminders before subscription expiry did not come this year; junk checked.",
    person(("Emmanuelle Girardot", "emmanuelle.girardot@ac-besancon.fr"), "Alertes d'échéance des abonnements", """Bonjour,

Chaque année je recevais en avril un rappel automatique avant l'échéance de
nos abonnements numériques. Cette année, rien, alors que l'échéance de Cafeyn
est au 15 mai d'après « Mes abonnements ». Ces messages sont-ils toujours
envoyés ? Je n'ai rien dans les indésirables.

Cordialement,
Emmanuelle Girardot
Documentaliste, lycée Édouard Belin, Vesoul (0700912L)
""", d="2025-04-30 10:06", client="zimbra"))

add("missing_noreply_mail", True, "0541335H", "grand-est", "espace_acheteur", False,
    "HTML-only Outlook message (windows-1252): sign-up confirmation mail never received.",
    person(("Jérôme Roussel", "jerome.roussel@ac-nancy-metz.fr"), "Confirmation d'inscription non reçue", """Bonjour,

Inscription faite sur l’Espace Acheteur le 22 avril pour le collège Alfred Mézières (Longwy, 0541335H). L’écran m’a dit qu’un courriel de confirmation suivrait. Je n’ai rien reçu.

Pouvez-vous le renvoyer, ou me dire s’il faut refaire l’inscription ?

Merci,
Jérôme Roussel
Secrétaire de gestion
""", d="2025-04-25 09:27", client="outlook_html", html="only", charset="windows-1252"))

add("missing_noreply_mail", True, None, "bourgogne-franche-comte", "espace_acheteur", False,
    "Two lines from an iPhone: activation mail still missing, spam checked. Region from ac-besancon.fr.",
    person(("Mathieu Didier", "mathieu.didier@ac-besancon.fr"), "Mail activation", """Toujours pas reçu le mail d'activation pour l'espace acheteur, demandé vendredi. Rien dans les spams.

Envoyé de mon iPhone
""", d="2025-05-12 07:18", client="iphone"))

add("missing_noreply_mail", True, "0511987H", "grand-est", "espace_acheteur", False,
    "Two colleagues signed up the same day; one got the activation mail within minutes, she never did.",
    person(("Régis Bailly", "regis.bailly@ac-reims.fr"), "Mail d'activation reçu par mon collègue mais pas par moi", """Bonjour,

Nous nous sommes inscrits le même jour sur l'Espace Acheteur, mon collègue
adjoint gestionnaire et moi, avec nos adresses @ac-reims.fr. Il a reçu son
mail d'activation en quelques minutes. Moi, rien depuis le 10 avril, ni dans
la boîte ni dans les indésirables.

Pouvez-vous me le renvoyer ?

Régis Bailly
Collège Trois Fontaines, Reims
UAI 0511987H
""", d="2025-04-14 11:50", client="zimbra"))

# ===================== mailinblack_spam (12) =====================
add("mailinblack_spam", True, "0081127G", "grand-est", "espace_acheteur", False,
    "Activation mail held as pending in the MailInBlack space; cannot release it.",
    person(("Thierry Perrin", "thierry.perrin@ac-reims.fr"), "Mail d'activation bloqué par Mailinblack", """Bonjour,

Le mail d'activation de mon compte Espace Acheteur est retenu par
Mailinblack : je vois dans mon espace Mailinblack un message « en attente »
venant de votre plateforme, mais je n'arrive pas à le libérer (le bouton est
grisé). Que dois-je faire ?

Thierry Perrin
Gestionnaire, Collège Turenne, Sedan
0081127G
""", d="2025-04-07 10:14", client="zimbra"))

add("mailinblack_spam", True, "0251921C", "bourgogne-franche-comte", None, False,
    "IT technician asks which sender addresses and domains to allow-list in MailInBlack; mentions both e-sidoc and the Espace Acheteur, so no single platform.",
    person(("Nicolas Wagner", "nicolas.wagner@ac-besancon.fr"), "Liste blanche Mailinblack – expéditeurs à autoriser", """Bonjour,

Je suis technicien informatique au lycée Jules Haag (Besançon, 0251921C).
Nous venons de déployer Mailinblack sur les boîtes de l'établissement et
plusieurs collègues ne reçoivent plus les mails automatiques de l'Espace
Acheteur ni ceux d'e-sidoc.

Pouvez-vous me communiquer la liste exacte des adresses et domaines d'envoi
à mettre en liste blanche ?

Cordialement,
Nicolas Wagner
""", d="2025-04-16 13:25", client="thunderbird"))

add("mailinblack_spam", False, "0521098L", "grand-est", "espace_acheteur", True,
    "Describes a sender challenge ('confirmer qu'elle n'est pas un robot') without naming MailInBlack: likely mailinblack_spam, but the product is not confirmed, so a person should check before sending the guide.",
    person(("Aurélie Jacquot", "aurelie.jacquot@ac-reims.fr"), "Vos messages ne m'arrivent pas ?", """Bonjour,

Une collègue m'explique que, lorsqu'elle m'écrit, elle reçoit en retour un
message lui demandant de « confirmer qu'elle n'est pas un robot » avant que son
courriel me soit remis. J'imagine que vos mails d'activation subissent le
même sort : je n'ai jamais reçu le lien pour mon compte Espace Acheteur.

Le service informatique du département a changé quelque chose sur nos boîtes
en mars, je ne sais pas quoi exactement.

Merci pour votre aide,
Aurélie Jacquot
Gestionnaire, collège Louise Michel, Chaumont – 0521098L
""", d="2025-04-02 15:48", client="zimbra"))

add("mailinblack_spam", True, "0580451A", "bourgogne-franche-comte", "espace_acheteur", False,
    "Product spelled 'mail in black', no capitals; nothing from the Espace Acheteur arrives any more.",
    person(("Jean-Marc Pitoiset", "jeanmarc.pitoiset@ac-dijon.fr"), "bloqué mail in black", """bonjour

nos mails passent par mail in black depuis les vacances de printemps et je ne
recois plus rien de l'espace acheteur (notifications de commande, mot de
passe). comment on fait pour vous autoriser ?

merci
JM Pitoiset
gestionnaire clg Adam Billaut Nevers 0580451A
""", d="2025-05-06 17:32", client="zimbra"))

add("mailinblack_spam", True, "0572905Y", "grand-est", "espace_acheteur", True,
    "Forwards the daily MailInBlack quarantine digest (machine text inside) and asks whether the held no-reply mails are really ours: the outer message is a real MailInBlack question.",
    person(("Sophie Koenig", "sophie.koenig@ac-nancy-metz.fr"), "TR: Vos messages en attente (3)", """Bonjour,

Je reçois ce rapport tous les matins. Les messages ci-dessous viennent-ils
bien de chez vous ? Je ne veux pas libérer n'importe quoi, et si c'est vous,
comment éviter qu'ils soient bloqués à chaque fois ?

Sophie Koenig
Secrétaire d'intendance, Lycée Julie Daubié, Rombas (0572905Y)

-----Message d'origine-----
De : Mailinblack <noreply@mailinblack.com>
Envoyé : lundi 12 mai 2025 07:00
À : sophie.koenig@ac-nancy-metz.fr
Objet : Vos messages en attente (3)

Vous avez 3 messages en attente de validation :

  no-reply@espace-acheteur.example.fr   « Votre commande CMD-2025-04417 a été validée »   09/05/2025 16:42
  newsletter@fournitures-direct.example.com   « -30 % sur les classeurs »   10/05/2025 08:10
  no-reply@espace-acheteur.example.fr   « Nouveau message concernant votre commande »   11/05/2025 11:05

[Libérer]  [Libérer et autoriser l'expéditeur]  [Supprimer]
""", d="2025-05-12 08:04", client="zimbra"))

add("mailinblack_spam", False, "0211508A", "bourgogne-franche-comte", "espace_acheteur", True,
    "Two topics: Espace Acheteur notifications quarantined by MailInBlack (first) and an invoice missing from Chorus Pro (order_billing).",
    person(("Marc Zimmermann", "marc.zimmermann@ac-dijon.fr"), "Mailinblack + facture avril", """Bonjour,

1) Depuis que l’académie a activé Mailinblack sur nos adresses, les notifications de l’Espace Acheteur partent en quarantaine. Comment vous ajouter aux expéditeurs autorisés ?

2) Par ailleurs, la facture de la commande d’avril (fournitures d’atelier) ne figure pas encore sur Chorus Pro alors que la livraison est faite depuis le 9. Pouvez-vous la déposer ?

Merci,
Marc Zimmermann
Gestionnaire – LP Les Marcs d’Or, Dijon — 0211508A
""", d="2025-05-16 11:11", client="outlook"))

add("mailinblack_spam", True, "0670328T", "grand-est", "espace_acheteur", False,
    "English; every message from the buyer platform lands in the MailinBlack pending list; asks which sender to allow once and for all.",
    person(("Daniel Hirsch", "daniel.hirsch@ac-strasbourg.fr"), "Emails stuck in MailinBlack", """Hi,

Our school mailboxes are protected by MailinBlack and every message from
your buyer platform ends up in the "pending" list. I have to release them
by hand each time. Is there an official sender address I can allow once
and for all?

Thanks,
Daniel Hirsch
Bursar's office, Lycée Marc Bloch, Bischheim (UAI 0670328T)
""", d="2025-05-21 14:50", client="zimbra"), lang="en")

add("mailinblack_spam", True, "0211943Y", "bourgogne-franche-comte", "espace_acheteur", False,
    "MAILINBLACK in capitals; order confirmations land in its junk tab; asks whether each user or the IT person should allow the sender.",
    person(("Hervé Claudel", "herve.claudel@ac-dijon.fr"), "MAILINBLACK", """Bonjour,

Notre établissement est passé sous MAILINBLACK. Les confirmations de commande
de l'Espace Acheteur tombent dans l'onglet « Indésirables » de MAILINBLACK et je
ne les vois qu'en allant vérifier. Faut-il que chaque collègue vous autorise
sur sa propre boîte, ou notre informaticien peut-il le faire pour tout
l'établissement ?

Cdt,
H. Claudel
Gestionnaire – Collège Marcelle Pardé, Dijon – UAI 0211943Y
""", d="2025-04-30 16:21", client="zimbra"))

add("mailinblack_spam", True, "0573512H", "grand-est", "espace_acheteur", True,
    "Misleading subject about an unconfirmed order: the order is fine; the confirmation mail was found in the MailInBlack quarantine.",
    person(("Céline Hoffmann", "celine.hoffmann@ac-nancy-metz.fr"), "Commande non confirmée ?", """Bonjour,

Fausse alerte pour la commande elle-même : elle apparaît bien comme validée
dans l'Espace Acheteur. Le vrai souci, c'est que le mail de confirmation n'est
jamais arrivé. Notre informaticien l'a retrouvé dans la quarantaine
Mailinblack, avec tous vos autres messages du mois.

Pouvez-vous m'envoyer la marche à suivre pour que vos mails ne soient plus
bloqués ?

Céline Hoffmann
Gestionnaire, collège Paul Valéry, Forbach (0573512H)
""", d="2025-05-15 10:37", client="zimbra"))

add("mailinblack_spam", True, "0390366L", "bourgogne-franche-comte", "espace_acheteur", False,
    "HTML-only Outlook message: 'Mailinblack Protect' holds activation and reset mails waiting for the sender to authenticate.",
    person(("Valérie Chopard", "valerie.chopard@ac-besancon.fr"), "Messages retenus", """Bonjour,

Notre établissement utilise Mailinblack Protect depuis avril. Les courriels envoyés par votre service (activation, réinitialisation) ne me parviennent plus : ils restent bloqués dans l’interface Mailinblack en attendant que l’expéditeur « s’authentifie », ce qu’un robot ne peut évidemment pas faire.

Que conseillez-vous ?

Cordialement,
Valérie Chopard
Adjointe gestionnaire – Lycée Charles Nodier, Dole
0390366L
""", d="2025-04-18 09:55", client="outlook_html", html="only"))

add("mailinblack_spam", True, "0682318A", "grand-est", "esidoc", False,
    "Librarian: since the local authority installed Mailinblack, no e-sidoc mail arrives; asks for the allow-list guide.",
    person(("Maud Lambert", "maud.lambert@ac-strasbourg.fr"), "Mails e-sidoc bloqués", """Bonjour,

Depuis que la collectivité a mis en place Mailinblack sur nos messageries, je
ne reçois plus aucun mail d'e-sidoc, notamment la confirmation de
renouvellement de nos abonnements. Pouvez-vous m'envoyer le guide pour
autoriser vos envois ?

Merci,
Maud Lambert
Professeure documentaliste, collège Lucien Herr, Altkirch – 0682318A
""", d="2025-05-20 13:03", client="zimbra"))

_d3 = D("2025-04-09 08:40")
add("mailinblack_spam", True, "0890715U", "bourgogne-franche-comte", "espace_acheteur", True,
    "Reply (Gmail quote) to the junk-folder answer: their IT says MailInBlack holds our mails; the MailInBlack guide is now the right answer. Personal Gmail, region from the UAI.",
    person(("Pascal Fischer", "pascal.fischer89@gmail.com"), "Re: [#SUP-008694] Pas de mail de réinitialisation", """Bonjour,

Rien dans les indésirables. J'en ai parlé à notre référent numérique : d'après
lui, c'est Mailinblack qui retient vos messages, l'académie l'a installé sur
les boîtes du collège en mars.

Que faut-il faire de notre côté ?

Pascal Fischer
Gestionnaire, collège Gaston Ramon, Sens (0890715U)
""" + q_gmail("Assistance", DESK[1], _d3, """Bonjour,

Le message de réinitialisation part de l'adresse
no-reply@espace-acheteur.example.fr. Il arrive parfois dans le dossier des
courriers indésirables : pensez à le vérifier et à marquer le message comme
légitime.

Cordialement,
L'équipe d'assistance
"""), d="2025-04-10 19:26", client="gmail", irt=ticket_id(8694, _d3)))

# ===================== head_of_establishment_request (13) =====================
add("head_of_establishment_request", False, "0101485K", "grand-est", "espace_acheteur", False,
    "The proviseur, from the ce.<UAI> address, authorises the intendance secretary to validate Espace Acheteur orders until July and asks for the rights.",
    person(("Thomas Lemoine", "ce.0101485K@ac-reims.fr"), "Délégation – validation des commandes", """Madame, Monsieur,

Je soussigné Thomas Lemoine, proviseur du lycée Camille Claudel de Troyes
(UAI 0101485K), autorise Mme Nadia Benali, secrétaire d'intendance, à valider
les commandes passées sur l'Espace Acheteur au nom de l'établissement, en
l'absence du gestionnaire, jusqu'au 4 juillet 2025.

Je vous remercie de bien vouloir lui ouvrir les droits correspondants.

Le proviseur,
Thomas Lemoine
""", d="2025-05-13 17:08", client="zimbra"))

add("head_of_establishment_request", False, "0391248V", "bourgogne-franche-comte", "espace_acheteur", False,
    "The principal, from the official address, designates the new gestionnaire as structure administrator and asks to close the former one's access.",
    person(("Principal Collège Rouget de Lisle", "ce.0391248V@ac-besancon.fr"), "Changement d'administrateur Espace Acheteur", """Bonjour,

Notre gestionnaire, Mme Anne Vernier, a été mutée le 1er avril. Sa
remplaçante, Mme Laure Chevalier, prend ses fonctions le 5 mai.

Je vous demande de bien vouloir désigner Mme Chevalier
(laure.chevalier@ac-besancon.fr) comme administratrice de notre structure sur
l'Espace Acheteur à compter de cette date, et de fermer les accès de
Mme Vernier.

Le principal,
Patrick Jacquemin
Collège Rouget de Lisle – Lons-le-Saunier – 0391248V
""", d="2025-05-02 12:15", client="zimbra"))

add("head_of_establishment_request", False, "0541872S", "grand-est", "esidoc", True,
    "The proviseur's secretary relays his request (he is away) to replace the e-sidoc admin contact address with the official one: a head's request relayed by a third party, from a personal address; staff must check.",
    person(("Nadège Simonin", "nadege.simonin@ac-nancy-metz.fr"), "Demande de M. le Proviseur – adresse de contact e-sidoc", """Bonjour,

À la demande de M. le Proviseur, actuellement en déplacement, je vous transmets
sa demande : remplacer l'adresse de contact du compte administrateur e-sidoc
du lycée (celle de Mme Marchal, partie à la retraite) par l'adresse officielle
de l'établissement, ce.0541872S@ac-nancy-metz.fr.

M. le Proviseur signera un courrier à son retour si vous en avez besoin.

Cordialement,

Nadège Simonin
Secrétaire de direction
Lycée Jacques Callot, Vandœuvre-lès-Nancy
""", d="2025-04-01 10:40", client="zimbra"))

add("head_of_establishment_request", False, "0251507C", "bourgogne-franche-comte", "esidoc", False,
    "Primary-school head (directrice) asks in writing, from the school's official box, to reset the e-sidoc administrator password with the link sent to that box.",
    person(("Sandrine Muller", "ce.0251507C@ac-besancon.fr"), "Réinitialisation du mot de passe de la BCD", """Bonjour,

Je suis directrice de l'école élémentaire des Tilleuls à Montbéliard.
L'enseignante qui gérait le portail e-sidoc de notre BCD a quitté l'école et
nous n'avons plus le mot de passe administrateur.

En tant que directrice, je vous demande de bien vouloir le réinitialiser et
d'envoyer le lien sur la boîte de l'école, d'où je vous écris.

Cordialement,
Sandrine Muller
Directrice
""", d="2025-04-25 16:58", client="zimbra"))

add("head_of_establishment_request", False, "0211754T", "bourgogne-franche-comte", None, True,
    "Claims to be the proviseur from a free-mail address and, with urgency, asks to move the administrator address of both products to it: a probable fraud. Still a head-of-establishment request for the queue, where staff should refuse it. Two products named, no single platform.",
    person(("Proviseur Lycée Carnot", "proviseur.lycee.carnot.dijon@gmail.com"), "URGENT - changement adresse administrateur", """Bonjour,

Je suis le proviseur du lycée Carnot de Dijon (0211754T). Suite à une panne de
notre messagerie académique, merci de remplacer dès aujourd'hui l'adresse de
l'administrateur de l'Espace Acheteur et celle d'e-sidoc par celle-ci.

Nous avons des commandes urgentes à valider avant la clôture, je compte sur
votre réactivité. Ne répondez pas à l'adresse académique, elle ne fonctionne
plus.

Le Proviseur
""", d="2025-05-23 22:13", client="gmail"))

add("head_of_establishment_request", False, "0881574H", "grand-est", "esidoc", False,
    "The principal authorises, with the signed order form attached, an e-book order above the gestionnaire's delegation.",
    person(("François Didierjean", "ce.0881574H@ac-nancy-metz.fr"), "Autorisation de commande – bouquet de livres numériques", """Madame, Monsieur,

Vous trouverez ci-joint le bon de commande signé pour l'abonnement au bouquet
de livres numériques du CDI (devis DEV-2025-0388, 1 480,00 € TTC).

Le montant dépassant la délégation de notre gestionnaire, je vous confirme par
la présente que j'autorise cette commande.

Cordialement,

François Didierjean
Principal
Collège Jules Verne, Saint-Dié-des-Vosges
UAI 0881574H
""", d="2025-04-03 14:05", client="zimbra",
           attach=[("Bon_de_commande_signé_DEV-2025-0388.pdf", "application/pdf",
                    fake_pdf("Bon de commande DEV-2025-0388 - signe"))]))

_d4 = D("2025-05-05 09:30")
add("head_of_establishment_request", False, "0892063J", "bourgogne-franche-comte", "esidoc", True,
    "Reply (Outlook quote) in which the principal gives the written request the desk asked for: new e-sidoc administrator, former one's access removed.",
    person(("Christine Aubert", "ce.0892063J@ac-dijon.fr"), "RE: [#SUP-008801] Changement d'administrateur e-sidoc", """Bonjour,

Comme demandé, je confirme par écrit : Mme Élise Moreau, professeure documentaliste arrivée en avril, devient administratrice du portail e-sidoc du collège à la place de M. Jean-Luc Perrot, qui a quitté l’établissement. Merci de supprimer les accès de ce dernier.

Cordialement,

Christine Aubert
Principale du collège Bienvenu Martin, Auxerre
""" + q_outlook("Assistance", DESK[1], _d4, "Elise Moreau", "[#SUP-008801] Changement d'administrateur e-sidoc", """Bonjour,

Pour changer l'administrateur du portail, nous avons besoin d'une demande
écrite du chef d'établissement, envoyée de préférence depuis l'adresse
officielle de l'établissement.

Cordialement,
L'équipe d'assistance
""", cc="ce.0892063J@ac-dijon.fr"), d="2025-05-06 08:12", client="outlook", irt=ticket_id(8801, _d4)))

add("head_of_establishment_request", False, "0672861W", "grand-est", "espace_acheteur", False,
    "English; the head of the international lycée appoints a new administrator of the buyer account and asks to remove the retired one. Personal academic address, not the official box.",
    person(("Andrew Keller", "andrew.keller@ac-strasbourg.fr"), "New administrator for our buyer account", """Dear support team,

As head of Lycée international des Pontonniers (UAI 0672861W), I am writing
to appoint Ms Clara Weiss, our new finance manager, as administrator of the
school's Espace Acheteur account, replacing Mr Paul Hartmann, who retired at
the end of March. Please remove his access.

Ms Weiss can be reached at clara.weiss@ac-strasbourg.fr.

Kind regards,

Andrew Keller
Proviseur / Head of School
""", d="2025-04-08 12:37", client="zimbra"), lang="en")

add("head_of_establishment_request", False, "0710654A", "bourgogne-franche-comte", "espace_acheteur", True,
    "The deputy head writes 'par délégation du proviseur' (absent) from the official box to authorise validating a large order before the commitment deadline: a head's authorisation signed by delegation; staff must check.",
    person(("Cyril Boivin", "ce.0710654A@ac-dijon.fr"), "Validation commande fin d'exercice", """Bonjour,

Par délégation du proviseur, M. Garnier, absent jusqu'au 19 mai, j'autorise
la validation de la commande CMD-2025-05126 (matériel de laboratoire,
7 820 € HT) passée par notre gestionnaire sur l'Espace Acheteur.

La date limite d'engagement fixée par l'agent comptable est le 23 mai, d'où
cette demande.

Cordialement,
Cyril Boivin
Proviseur adjoint
Lycée Henri Parriat — 0710654A
""", d="2025-05-14 15:42", client="zimbra"))

add("head_of_establishment_request", False, "0570741W", "grand-est", "espace_acheteur", False,
    "The principal asks to deactivate the departed gestionnaire's account and designate the secretary as administrator in the meantime.",
    person(("Bernard Kieffer", "ce.0570741W@ac-nancy-metz.fr"), "Accès de l'ancienne gestionnaire", """Bonjour,

Notre gestionnaire, Mme Roux, a quitté le collège le 30 avril. Je vous demande
de désactiver son compte sur l'Espace Acheteur et de désigner comme
administratrice Mme Coralie Arnould, secrétaire de gestion, en attendant
l'arrivée de son successeur.

Le principal,
Bernard Kieffer
Collège Hélène Boucher, Thionville
""", d="2025-05-02 08:19", client="zimbra"))

add("head_of_establishment_request", False, "0680734D", "grand-est", "esidoc", True,
    "Two topics: the proviseur transfers the e-sidoc administrator rights (main, head request) and asks when the renewal invoice will be available (order_billing).",
    person(("Alain Wendling", "ce.0680734D@ac-strasbourg.fr"), "Administrateur e-sidoc et facture", """Madame, Monsieur,

Je vous demande de bien vouloir transférer les droits d'administrateur du
portail e-sidoc du lycée à Mme Julie Fuchs, professeure documentaliste
titulaire depuis le 1er avril, à la place de M. Stéphane Gall, muté.

Par ailleurs, pourriez-vous indiquer à notre gestionnaire quand la facture du
renouvellement 2025 sera disponible ?

Le proviseur,
Alain Wendling
Lycée Blaise Pascal, Colmar
""", d="2025-04-09 11:31", client="zimbra"))

add("head_of_establishment_request", False, "0671728P", "grand-est", "esidoc", False,
    "Primary-school head asks that the e-sidoc contact address become the school's official address instead of his personal one.",
    person(("Rémi Stoltz", "ce.0671728P@ac-strasbourg.fr"), "Adresse de contact du portail de la BCD", """Bonjour,

Directeur de l'école élémentaire du Stockfeld, je souhaite que l'adresse de
contact du compte e-sidoc de l'école soit désormais l'adresse de l'école
(ce.0671728P@ac-strasbourg.fr) et non plus mon adresse personnelle, que
j'avais donnée en 2022.

Merci d'avance,
Rémi Stoltz
Directeur
""", d="2025-05-27 17:45", client="zimbra"))

_d5 = D("2025-05-19 14:02")
add("head_of_establishment_request", False, "0210412J", "bourgogne-franche-comte", "espace_acheteur", True,
    "Misleading forwarded subject ('TR: Facture ...'): the proviseur forwards the gestionnaire's note and gives his written authorisation of the order above her threshold.",
    person(("Éric Maillot", "ce.0210412J@ac-dijon.fr"), "TR: Facture abonnements presse", """Bonjour,

Je confirme la demande de notre gestionnaire ci-dessous : j’autorise la commande des abonnements presse du CDI pour 2025-2026 au montant indiqué, et je vous remercie de la valider.

Le proviseur,
Éric Maillot
Lycée Le Castel, Dijon
""" + q_outlook("Laurence Gros", "laurence.gros@ac-dijon.fr", _d5, "Proviseur Lycée Le Castel", "Facture abonnements presse", """Monsieur le Proviseur,

La commande des abonnements presse du CDI (2 365,40 € TTC) dépasse mon seuil de
validation sur l'Espace Acheteur. Le prestataire demande votre autorisation
écrite pour la valider ; pouvez-vous la leur adresser directement ? La facture
suivra.

Cordialement,
Laurence Gros
Gestionnaire
"""), d="2025-05-19 16:27", client="outlook"))

# ===================== account_creation (9) =====================
add("account_creation", True, "0541967V", "grand-est", "espace_acheteur", False,
    "New gestionnaire asks how to create an Espace Acheteur account: the sign-up answer fits.",
    person(("Laure Pierson", "laure.pierson@ac-nancy-metz.fr"), "Création de compte acheteur", """Bonjour,

Je suis la nouvelle gestionnaire du lycée professionnel Marie Marvingt
(Tomblaine, 0541967V). Je souhaite créer un compte sur l'Espace Acheteur pour
pouvoir passer nos commandes. Comment dois-je procéder ?

Merci,
Laure Pierson
""", d="2025-04-22 10:03", client="zimbra"))

add("account_creation", False, "0250834W", "bourgogne-franche-comte", "espace_acheteur", False,
    "Account pending validation for ten days; the structure administrator is abroad, nobody can validate: the region must step in.",
    person(("Ophélie Jacquin", "ophelie.jacquin@ac-besancon.fr"), "Compte en attente de validation depuis 10 jours", """Bonjour,

Mon compte Espace Acheteur est toujours « en attente de validation par
l'administrateur de la structure » depuis le 14 avril. Or l'administrateur de
notre structure est l'ancien gestionnaire, parti en détachement à l'étranger ;
personne ici ne peut valider.

Comment débloquer la situation ?

Cordialement,
Ophélie Jacquin
Gestionnaire par intérim, collège Lucie Aubrac, Besançon — 0250834W
""", d="2025-04-24 14:26", client="zimbra"))

add("account_creation", False, "0101793V", "grand-est", "espace_acheteur", False,
    "Asks who is registered as the structure's administrator: needs a look-up by a person.",
    person(("Vincent Collot", "vincent.collot@ac-reims.fr"), "Qui est l'administrateur ?", """Bonjour,

Pourriez-vous me dire qui est enregistré comme administrateur de notre
structure sur l'Espace Acheteur ? Je dois faire valider mon inscription et
personne au collège ne sait qui a créé le compte à l'origine.

Collège Gaston Bachelard, Bar-sur-Aube – UAI 0101793V
Vincent Collot, adjoint gestionnaire
""", d="2025-05-07 09:09", client="zimbra"))

add("account_creation", False, "0251165F", "bourgogne-franche-comte", "espace_acheteur", False,
    "Has a 'prescripteur' profile; asks for order-validation rights to be opened.",
    person(("Nathalie Cuenin", "nathalie.cuenin@ac-besancon.fr"), "Droits de validation", """Bonjour,

J’ai bien un compte sur l’Espace Acheteur, mais avec un profil « prescripteur » : je peux remplir un panier, pas le valider. En tant qu’adjointe gestionnaire, je dois pouvoir valider les commandes en l’absence de la gestionnaire, surtout en cette fin d’année.

Pouvez-vous m’ouvrir ce droit, ou me dire qui doit le faire ?

Nathalie Cuenin
Lycée Xavier Marmier, Pontarlier – 0251165F
""", d="2025-05-12 13:57", client="outlook"))

add("account_creation", True, "0551342K", "grand-est", "espace_acheteur", True,
    "Negation: 'inutile de m'envoyer un lien de réinitialisation', she never had an account; asks how to sign up.",
    person(("Lucas Thouvenin", "lucas.thouvenin@ac-nancy-metz.fr"), "Pas un oubli de mot de passe", """Bonjour,

Inutile de m'envoyer un lien de réinitialisation, je n'ai rien oublié : je
n'ai tout simplement jamais eu de compte sur l'Espace Acheteur. La gestionnaire
m'a demandé de préparer les paniers pour le CDI et je ne sais pas comment
m'inscrire.

Merci de m'indiquer la démarche.

Lucas Thouvenin
Professeur documentaliste, collège Raymond Poincaré, Bar-le-Duc – 0551342K
""", d="2025-04-28 11:44", client="zimbra"))

add("account_creation", True, "0711077K", "bourgogne-franche-comte", "esidoc", False,
    "Private-school librarian asks whether she can open the customer account herself before a first online order.",
    person(("Bérénice Lallemand", "cdi@notredame-autun.fr"), "Ouvrir un compte client", """Bonjour,

Nous souhaitons commander pour la première fois en ligne une ressource pour
le CDI. Le site nous demande un compte client : est-ce que je peux le créer
moi-même, et avec quelle adresse ?

Ensemble scolaire Notre-Dame, Autun (UAI 0711077K)
Bérénice Lallemand, documentaliste
""", d="2025-05-06 15:31", client="thunderbird", auth="none"))

add("account_creation", False, None, None, "espace_acheteur", False,
    "English; a European school asks whether it may open a buyer account: eligibility must be checked by a person.",
    person(("Hannah Lindqvist", "h.lindqvist@ees-strasbourg.example.eu"), "Can our school open a buyer account?", """Hello,

I manage purchasing for the European School in Strasbourg. We are not a
French public school, but some of our suppliers told us we could order
through your Espace Acheteur platform. Are we eligible to open an account,
and if so, what documents do you need from us?

Kind regards,
Hannah Lindqvist
Finance and procurement
""", d="2025-04-15 10:22", client="owa", auth="none"), lang="en")

add("account_creation", False, "0541598U", "grand-est", "espace_acheteur", True,
    "Pasted sign-up error: the (valid) UAI of a school opened in January is unknown to the platform; a person must add the structure. Written by the school head but not an authorisation.",
    person(("Sarah Boulanger", "ce.0541598U@ac-nancy-metz.fr"), "Inscription impossible – UAI inconnu", """Bonjour,

En voulant créer le compte de l'école sur l'Espace Acheteur, j'obtiens ce
message à la validation du formulaire :

« Le code UAI saisi (0541598U) ne correspond à aucune structure connue.
Vérifiez votre saisie ou contactez le support. »

Le code est pourtant juste : c'est celui que le rectorat nous a attribué,
l'école a ouvert en janvier (regroupement de deux écoles du quartier).

Merci de votre aide,
Sarah Boulanger
Directrice, école élémentaire du Plateau de Haye, Nancy
""", d="2025-04-02 17:12", client="zimbra"))

add("account_creation", True, None, "grand-est", "espace_acheteur", False,
    "Signed up yesterday, confirmation received, account 'en attente de validation': the FAQ answer (validation by the structure administrator) fits. No UAI; region from ac-strasbourg.fr.",
    person(("Julien Bour", "julien.bour@ac-strasbourg.fr"), "Compte pas encore actif", """Bonjour,

J'ai rempli hier le formulaire d'inscription sur l'Espace Acheteur. J'ai bien
reçu le mail de confirmation, mais en me connectant j'ai le message « Votre
compte est en attente de validation ». Est-ce normal, et combien de temps
faut-il attendre ?

Julien Bour
Adjoint gestionnaire, lycée Louis Armand, Mulhouse
""", d="2025-05-21 08:49", client="zimbra"))

# ===================== subscription_activation (10) =====================
add("subscription_activation", True, "0900578P", "bourgogne-franche-comte", "esidoc", False,
    "Europresse ordered on Tuesday, not yet in the portal on Thursday: within 72 hours.",
    person(("Claire Mougenot", "claire.mougenot@ac-besancon.fr"), "Europresse non visible", """Bonjour,

Nous avons commandé l'abonnement Europresse mardi (commande CMD-2025-04981).
Il n'apparaît pas encore dans « Mes ressources » du portail e-sidoc. Faut-il
faire une manipulation de notre côté ?

Merci,
Claire Mougenot
Documentaliste, lycée Condorcet, Belfort – 0900578P
""", d="2025-05-15 09:20", client="zimbra"))

add("subscription_activation", True, "0670955Z", "grand-est", "esidoc", False,
    "Active Cafeyn subscription not visible to pupils: publication on the portal.",
    person(("Émilie Bronner", "emilie.bronner@ac-strasbourg.fr"), "Publier Cafeyn pour les élèves", """Bonjour,

L'abonnement Cafeyn du collège est actif (je le vois dans la liste de nos
abonnements), mais les élèves ne le trouvent pas sur le portail. Comment le
rendre visible sur la page d'accueil du CDI ?

Merci,
Émilie Bronner
Professeure documentaliste, collège Foch, Strasbourg (0670955Z)
""", d="2025-04-01 13:35", client="zimbra"))

add("subscription_activation", True, "0512036L", "grand-est", "esidoc", False,
    "E-book bundle ordered yesterday afternoon, not yet in 'Mes abonnements': within 72 hours.",
    person(("Mélanie Hubert", "melanie.hubert@ac-reims.fr"), "Livres numériques commandés hier", """Bonjour,

Commande du bouquet de livres numériques validée hier après-midi par notre
gestionnaire. Dans le back office e-sidoc, rien dans « Mes abonnements » ce
matin. Dans quel délai la ressource sera-t-elle accessible ? Nous voulions la
présenter aux élèves de seconde la semaine prochaine.

Cordialement,
Mélanie Hubert
Documentaliste, lycée Jean Jaurès, Reims – 0512036L
""", d="2025-05-20 08:11", client="zimbra"))

add("subscription_activation", False, "0510873X", "grand-est", "esidoc", False,
    "Ordered on 3 April, invoice received, still 'en cours d'activation' on 24 April: far past 72 hours, a person must look at the order.",
    person(("Pierre Lhuillier", "pierre.lhuillier@ac-reims.fr"), "Abonnement toujours inactif après trois semaines", """Bonjour,

L'abonnement au Monde en ligne pour le CDI a été commandé le 3 avril
(commande CMD-2025-03877), la facture est même arrivée. Au 24 avril, la
ressource est toujours marquée « en cours d'activation » dans e-sidoc.

Pouvez-vous regarder ce qui bloque ?

Pierre Lhuillier
Documentaliste, lycée Oehmichen, Châlons-en-Champagne — 0510873X
""", d="2025-04-24 10:58", client="zimbra"))

add("subscription_activation", True, "0391574Z", "bourgogne-franche-comte", "esidoc", True,
    "Negation: her password works this time; the Universalis subscription ordered on Monday is not visible (asked on Wednesday, within 72 hours).",
    person(("Élodie Grosjean", "elodie.grosjean@ac-besancon.fr"), "Universalis absent du portail", """Bonjour,

Pas de problème de connexion cette fois : mon mot de passe fonctionne et
j'accède bien au back office. En revanche, l'abonnement Universalis commandé
lundi par l'intendance n'apparaît nulle part, ni dans les ressources ni sur
le portail élèves.

Élodie Grosjean
CDI, collège Pierre Vernotte, Moirans-en-Montagne – 0391574Z
""", d="2025-05-14 14:06", client="zimbra"))

add("subscription_activation", True, "0580763P", "bourgogne-franche-comte", "esidoc", True,
    "Written by the proviseur from the official box, but he only asks when the resource ordered yesterday will be available: not a head-of-establishment request.",
    person(("Marc Delorme", "ce.0580763P@ac-dijon.fr"), "Date de mise à disposition – ressource numérique", """Madame, Monsieur,

Notre établissement a commandé hier une ressource de presse en ligne pour le
CDI. Pourriez-vous m'indiquer à partir de quand les élèves pourront y accéder ?
Je souhaite l'annoncer au conseil pédagogique de jeudi.

Cordialement,

Le proviseur,
Marc Delorme
Lycée Raoul Follereau, Nevers
""", d="2025-05-26 11:18", client="zimbra"))

add("subscription_activation", False, "0881574H", "grand-est", "esidoc", True,
    "Two topics in bullets: e-book bundle validated two days ago not yet active (main) and the invoice needed on Chorus Pro (order_billing).",
    person(("Claire Thiriet", "claire.thiriet@ac-nancy-metz.fr"), "Bouquet de livres numériques : activation et facture", """Bonjour,

Suite à l'autorisation de notre principal, la commande du bouquet de livres
numériques a été validée avant-hier.

- La ressource n'apparaît pas encore dans le back office e-sidoc.
- Notre gestionnaire a besoin de la facture pour mandater avant la fin du
  mois : pouvez-vous la déposer sur Chorus Pro dès que possible ?

Merci,
Claire Thiriet
Documentaliste, collège Jules Verne, Saint-Dié-des-Vosges (0881574H)
""", d="2025-04-09 12:40", client="zimbra"))

add("subscription_activation", False, "0881879P", "grand-est", "esidoc", False,
    "Irritated: youth press subscription for the school library ordered five working days ago, still not accessible; past the 72-hour rule.",
    person(("Claudine Jeanpierre", "claudine.jeanpierre@ac-nancy-metz.fr"), "Toujours rien", """Bonjour,

Cela fait cinq jours ouvrés que l'abonnement à la presse jeunesse en ligne a
été commandé pour la BCD (commande du 5 mai), et rien n'est accessible. On
m'avait parlé de 72 heures. Les classes attendent.

Merci de faire le nécessaire rapidement.

Claudine Jeanpierre
Enseignante chargée de la BCD
École primaire Jules Ferry, Remiremont – 0881879P
""", d="2025-05-13 12:25", client="zimbra"))

add("subscription_activation", True, "0711892W", "bourgogne-franche-comte", "esidoc", False,
    "Renewal ordered yesterday; portal shows 'Abonnement expiré' since the old one ended: within the activation window.",
    person(("Agnès Cuenot", "agnes.cuenot@ac-dijon.fr"), "Abonnement affiché expiré", """Bonjour,

Le renouvellement de notre abonnement Cafeyn a été commandé hier (l'ancien
se terminait le 30 avril). Depuis ce matin, le portail affiche « Abonnement
expiré » et les élèves n'ont plus accès. Est-ce le temps que le renouvellement
soit pris en compte ?

Agnès Cuenot
Lycée Lamartine, Mâcon – 0711892W
""", d="2025-05-02 08:30", client="zimbra"))

add("subscription_activation", True, "0573187E", "grand-est", "esidoc", False,
    "Screen text pasted: status 'En attente d'activation', ordered the day before: within 72 hours.",
    person(("Véronique Klein", "veronique.klein@ac-nancy-metz.fr"), "Statut « en attente d'activation »", """Bonjour,

Ce que j'ai à l'écran dans « Mes abonnements » :

  Ressource : Le Monde – archives et édition du jour
  Statut : En attente d'activation
  Date de commande : 28/04/2025

Est-ce qu'il faut que je fasse quelque chose de mon côté ?

Merci,
Véronique Klein
Documentaliste, collège Erckmann-Chatrian, Phalsbourg (0573187E)
""", d="2025-04-29 09:12", client="zimbra"))

# ===================== order_billing (14) =====================
add("order_billing", False, "0211754T", "bourgogne-franche-comte", "esidoc", False,
    "Bullet list: quote for three CDI resource renewals needed before the accountant's commitment deadline.",
    person(("Bruno Lacroix", "bruno.lacroix@ac-dijon.fr"), "Demande de devis – renouvellement ressources CDI", """Bonjour,

Pour engager la dépense avant la date limite fixée par notre agent comptable (30 mai), j’ai besoin d’un devis au nom du lycée pour :

- le renouvellement Europresse (formule établissement, un an) ;
- le renouvellement Cafeyn (même nombre d’accès qu’en 2024-2025) ;
- une extension du bouquet de livres numériques (50 titres).

Merci d’indiquer les montants HT et TTC et la durée de validité du devis.

Cordialement,

Bruno Lacroix
Gestionnaire – Lycée Carnot, Dijon
UAI 0211754T
03 80 68 31 12
""", d="2025-04-11 10:05", client="outlook"))

add("order_billing", False, "0081127G", "grand-est", "espace_acheteur", False,
    "Invoice for an order delivered in March still not on Chorus Pro; gives the legal commitment number.",
    person(("Thierry Perrin", "thierry.perrin@ac-reims.fr"), "Facture non déposée sur Chorus Pro", """Bonjour,

La commande CMD-2025-03142 (livres de bibliothèque), passée sur l'Espace
Acheteur, a été livrée le 18 mars. Nous n'avons toujours pas la facture sur
Chorus Pro et nous ne pouvons pas mandater.

Pouvez-vous la déposer en indiquant bien notre SIRET et le numéro
d'engagement EJ 2025-0147 ?

Thierry Perrin
Gestionnaire, collège Turenne, Sedan — 0081127G
""", d="2025-04-16 09:44", client="zimbra"))

add("order_billing", False, "0881203E", "grand-est", None, True,
    "Invoice issued to the wrong establishment of a cité scolaire (collège 0880952G) instead of the paying lycée (0881203E, the label); asks for a corrected invoice.",
    person(("Yves Barthélemy", "yves.barthelemy@ac-nancy-metz.fr"), "Facture au mauvais nom", """Bonjour,

La facture FA-2025-02231 est libellée au nom du « Collège Pierre et Marie
Curie » avec l'UAI 0880952G, alors que la commande a été passée et sera payée
par le lycée de la cité scolaire (0881203E). Notre agent comptable la refuse
en l'état.

Pouvez-vous émettre une facture rectifiée au nom du lycée ?

Cordialement,
Yves Barthélemy
Gestionnaire de la cité scolaire Pierre et Marie Curie, Neufchâteau
""", d="2025-05-16 14:38", client="zimbra"))

add("order_billing", False, "0891427T", "bourgogne-franche-comte", None, False,
    "Same order invoiced twice through Chorus Pro; asks to cancel the second.",
    person(("Virginie Jeandel", "virginie.jeandel@ac-dijon.fr"), "Facture reçue deux fois", """Bonjour,

Nous avons reçu par Chorus Pro deux factures pour la même commande
(CMD-2025-03560) : FA-2025-02088 et FA-2025-02107, même montant, 642,30 €.

Merci d'annuler la seconde. Faut-il que je la rejette dans Chorus, ou
émettez-vous un avoir ?

Virginie Jeandel
Gestionnaire, collège Paul Bert, Auxerre — 0891427T
""", d="2025-05-21 15:15", client="zimbra"))

add("order_billing", False, "0511243Z", "grand-est", "espace_acheteur", False,
    "Basket validation refused with a pasted ceiling error; asks whether to split the order.",
    person(("Régine Husson", "regine.husson@ac-reims.fr"), "Erreur à la validation du panier", """Bonjour,

Impossible de valider notre panier sur l'Espace Acheteur. Le message suivant
s'affiche :

« Validation impossible : le montant de la commande (4 612,80 € TTC) dépasse
le plafond autorisé pour la structure sur ce marché. »

Nous n'avions jamais eu de plafond jusqu'ici et le bon d'engagement est déjà
signé. Faut-il scinder la commande ?

Régine Husson
Gestionnaire, collège Jules Ferry, Épernay (0511243Z)
""", d="2025-05-22 16:02", client="zimbra"))

add("order_billing", False, "0211943Y", "bourgogne-franche-comte", None, False,
    "Asks for up-to-date bank details on letterhead to pay an invoice by mandat administratif.",
    person(("Hervé Claudel", "herve.claudel@ac-dijon.fr"), "Coordonnées bancaires", """Bonjour,

Pour régler la facture FA-2025-01954 par mandat administratif, notre agence
comptable demande un RIB à jour au nom de votre société, sur papier à en-tête.
Celui dont nous disposons date de 2021.

Pouvez-vous nous l'adresser ?

H. Claudel
Collège Marcelle Pardé, Dijon – 0211943Y
""", d="2025-04-04 11:37", client="zimbra"))

add("order_billing", False, "0541335H", "grand-est", None, False,
    "Chorus Pro rejection reason pasted (missing service code); gives the code and commitment number for a new invoice.",
    person(("Jérôme Roussel", "jerome.roussel@ac-nancy-metz.fr"), "Rejet Chorus Pro – facture FA-2025-02301", """Bonjour,

Votre facture FA-2025-02301 a été rejetée automatiquement par Chorus Pro avec le motif suivant :

« Motif de rejet : code service absent ou invalide. Le destinataire exige un code service. »

Pour notre établissement, le code service à indiquer est « INTENDANCE » et le numéro d’engagement 2025-00219. Merci de déposer une nouvelle facture.

Jérôme Roussel
Collège Alfred Mézières, Longwy — 0541335H
""", d="2025-05-07 10:48", client="outlook"))

add("order_billing", False, "0572905Y", "grand-est", "esidoc", True,
    "The proviseur writes from the official box, but about a difference between quote and invoice: order_billing, not a head-of-establishment request.",
    person(("Philippe Gross", "ce.0572905Y@ac-nancy-metz.fr"), "Montant de la facture e-sidoc", """Madame, Monsieur,

Notre agent comptable me signale que la facture de renouvellement du portail
e-sidoc s'élève à 1 290 € TTC, alors que le devis signé en février annonçait
1 150 € TTC.

Je vous remercie de nous expliquer cet écart ou de nous adresser une facture
conforme au devis.

Le proviseur,
Philippe Gross
Lycée Julie Daubié, Rombas (0572905Y)
""", d="2025-04-23 17:20", client="zimbra"))

add("order_billing", False, "0251921C", "bourgogne-franche-comte", "espace_acheteur", True,
    "Two topics: wrong discount rate on an invoice (main) and the membership convention missing from 'Mes marchés' (contract_documents).",
    person(("Romain Faivre", "romain.faivre@ac-besancon.fr"), "Facture + convention", """Bonjour,

Deux choses :

- la facture de la commande CMD-2025-04012 applique une remise de 5 % au lieu
  des 8 % prévus au marché. Merci de la corriger ;
- je ne retrouve plus la convention d'adhésion au groupement dans « Mes
  marchés » pour vérifier le taux.

Merci,
Romain Faivre
Adjoint gestionnaire, lycée Jules Haag, Besançon — 0251921C
""", d="2025-05-05 15:29", client="zimbra"))

_d6 = D("2025-04-15 11:05")
add("order_billing", False, "0211237F", "bourgogne-franche-comte", "espace_acheteur", True,
    "Reply on the earlier password ticket (quoted answer about access restored); the new question is a pro forma invoice before commitment: order_billing.",
    person(("Frédéric Guyot", "frederic.guyot@ac-dijon.fr"), "RE: [#SUP-008355] Connexion Espace Acheteur impossible", """Bonjour,

Merci, l’accès est rétabli pour toute l’équipe.

J’en profite : pour la commande de matériel de reprographie, notre agent comptable demande une facture pro forma avant l’engagement. Est-il possible de l’obtenir depuis le panier, ou devez-vous nous l’envoyer ?

Frédéric Guyot
Adjoint gestionnaire
Lycée Gustave Eiffel, Dijon – UAI 0211237F
""" + q_outlook("Assistance", DESK[1], _d6, "Frédéric Guyot", "[#SUP-008355] Connexion Espace Acheteur impossible", """Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse officielle de votre
établissement. Une fois le mot de passe défini, chaque membre de l'équipe
pourra se connecter avec l'identifiant indiqué dans ce message.

Cordialement,
L'équipe d'assistance
"""), d="2025-05-06 09:33", client="outlook_html", irt=ticket_id(8355, _d6)))

add("order_billing", False, "0700912L", "bourgogne-franche-comte", "esidoc", False,
    "HTML-only Outlook in windows-1252 (euro sign): pro forma for 30 more e-book licences, needed for a budget amendment vote.",
    person(("Christian Vernier", "christian.vernier@ac-besancon.fr"), "Pro forma livres numériques", """Bonjour,

Pourriez-vous nous adresser une facture pro forma pour 30 licences supplémentaires du bouquet de livres numériques (tarif de 12,50 € HT la licence indiqué dans votre catalogue) ?

Elle est nécessaire pour la décision budgétaire modificative présentée au conseil d’administration du 27 mai.

Cordialement,

Christian Vernier
Adjoint gestionnaire – Lycée Édouard Belin – 70000 Vesoul
UAI 0700912L
""", d="2025-05-09 14:11", client="outlook_html", html="only", charset="windows-1252"))

add("order_billing", False, "0572419V", "grand-est", "esidoc", True,
    "Misleading subject (activation): he corrects himself, the Europresse subscription works; what he needs is the invoice.",
    person(("Christophe Schmitt", "christophe.schmitt@ac-nancy-metz.fr"), "Abonnement non activé ?", """Bonjour,

Je corrige l'objet de mon message : après vérification avec la
documentaliste, l'abonnement Europresse est bien actif, tout fonctionne.

Ce qui me manque, c'est la facture correspondante : elle n'est ni sur Chorus
Pro ni dans l'Espace Acheteur. Pouvez-vous me l'envoyer ?

Christophe Schmitt
Gestionnaire, collège La Louvière, Marly (0572419V)
""", d="2025-05-19 11:03", client="zimbra"))

add("order_billing", False, "0711436A", "bourgogne-franche-comte", None, False,
    "Cancelled order invoiced anyway; asks for a credit note (avoir).",
    person(("Élisabeth Roy", "elisabeth.roy@ac-dijon.fr"), "Demande d'avoir – commande annulée", """Bonjour,

Nous avons annulé le 2 avril la commande des abonnements presse papier
(CMD-2025-03301) ; votre service client l'a confirmé par téléphone. La facture
correspondante (FA-2025-02145, 486,00 €) nous est pourtant parvenue.

Merci de nous faire parvenir un avoir afin que nous puissions la solder.

Élisabeth Roy
Gestionnaire, collège Jean Rostand, Chalon-sur-Saône (0711436A)
""", d="2025-04-18 10:27", client="zimbra"))

add("order_billing", False, "0580451A", "bourgogne-franche-comte", None, False,
    "Polite but irritated: third payment reminder with late-payment penalties for an invoice paid in March.",
    person(("Jean-Marc Pitoiset", "jeanmarc.pitoiset@ac-dijon.fr"), "3e relance pour une facture payée", """Bonjour,

Nous recevons pour la troisième fois une relance pour la facture
FA-2025-01422, avec mention de pénalités de retard. Cette facture a été payée
par virement le 20 mars (mandat n° 412 ; la référence du Trésor est disponible
sur demande). J'ai déjà signalé ce paiement deux fois, sans réponse.

Merci de mettre à jour votre comptabilité et de cesser ces relances.

Cordialement,
Jean-Marc Pitoiset
Gestionnaire, collège Adam Billaut, Nevers — 0580451A
""", d="2025-05-28 09:14", client="zimbra"))

# ===================== contract_documents (7) =====================
add("contract_documents", False, "0681356E", "grand-est", "espace_acheteur", False,
    "The market is listed in 'Mes marchés' but its Documents tab is empty: no CCAP, no BPU.",
    person(("Karine Rapp", "karine.rapp@ac-strasbourg.fr"), "CCAP introuvable", """Bonjour,

Dans « Mes marchés » de l’Espace Acheteur, le marché 2024-031 « Fournitures de bureau et papier » apparaît bien, mais l’onglet Documents est vide : pas de CCAP, pas de BPU. Notre agent comptable me demande le CCAP pour vérifier les délais de paiement.

Pouvez-vous le rendre accessible ?

Karine Rapp
Lycée Louis Armand, Mulhouse (0681356E)
""", d="2025-05-14 11:39", client="outlook"))

add("contract_documents", False, "0701315Z", "bourgogne-franche-comte", "espace_acheteur", False,
    "Amendment no. 1 of the press market (price revision) missing from the market documents.",
    person(("Mickaël Pagnot", "mickael.pagnot@ac-besancon.fr"), "Avenant n°1 marché presse", """Bonjour,

Le titulaire du marché « Abonnements presse et périodiques » nous a informés
d'un avenant n°1 (révision des prix au 1er avril). Je ne le trouve pas dans
les documents du marché sur l'Espace Acheteur : seul l'acte d'engagement
initial y figure.

Pouvez-vous le mettre en ligne ?

Mickaël Pagnot
Gestionnaire, collège Jean Macé, Vesoul – UAI 0701315Z
""", d="2025-04-14 15:52", client="zimbra"))

add("contract_documents", False, "0521098L", "grand-est", "espace_acheteur", False,
    "Membership convention of the purchasing group unavailable ('Document non disponible') before the board vote.",
    person(("Aurélie Jacquot", "aurelie.jacquot@ac-reims.fr"), "Convention d'adhésion au groupement", """Bonjour,

Notre conseil d'administration du 20 mai doit délibérer sur l'adhésion au
groupement de commandes 2025-2028. Je n'arrive pas à ouvrir la convention
d'adhésion : le lien dans l'Espace Acheteur renvoie « Document non
disponible ».

Pouvez-vous me l'envoyer ou rétablir le lien ?

Aurélie Jacquot
Gestionnaire, collège Louise Michel, Chaumont — 0521098L
""", d="2025-05-06 10:25", client="zimbra"))

add("contract_documents", False, "0541872S", "grand-est", "espace_acheteur", True,
    "Mentions an invoice to check, but says the invoice is not in question: the request is access to the market's BPU: contract_documents, not order_billing.",
    person(("Thibaut Masson", "thibaut.masson@ac-nancy-metz.fr"), "Facture à vérifier – besoin du BPU", """Bonjour,

Je dois vérifier les prix d'une facture de fournitures de laboratoire avant
de la mandater, mais le bordereau des prix unitaires du marché n'est pas
visible dans mes documents de marché (le marché lui-même apparaît bien).

La facture n'est pas en cause pour l'instant : j'ai seulement besoin
d'accéder au BPU.

Merci,
Thibaut Masson
Adjoint gestionnaire, lycée Jacques Callot, Vandœuvre-lès-Nancy (0541872S)
""", d="2025-04-30 14:57", client="zimbra"))

_d7 = D("2025-05-06 16:10")
add("contract_documents", False, "0210412J", "bourgogne-franche-comte", "espace_acheteur", True,
    "Follow-up (Outlook quote of the region's answer): the acte d'engagement is still not visible after the fix.",
    person(("Laurence Gros", "laurence.gros@ac-dijon.fr"), "RE: [#SUP-008612] Acte d'engagement manquant", """Bonjour,

Je vous remercie pour votre réponse du 6 mai, mais rien n’a changé : l’acte d’engagement du marché 2025-007 n’apparaît toujours pas dans mes documents, même après déconnexion et reconnexion. Une collègue d’un autre lycée le voit, elle.

Laurence Gros
Gestionnaire, lycée Le Castel, Dijon — 0210412J
""" + q_outlook("Support régional Bourgogne-Franche-Comté", DESK[1], _d7, "Laurence Gros", "[#SUP-008612] Acte d'engagement manquant", """Bonjour Madame,

Les pièces du marché 2025-007 ont été mises en ligne le 5 mai. Elles sont
visibles dans « Mes marchés » > Documents pour les profils gestionnaire.

Cordialement,
Le support régional Bourgogne-Franche-Comté
"""), d="2025-05-09 13:21", client="outlook", irt=ticket_id(8612, _d7)))

add("contract_documents", False, "0551628W", "grand-est", "espace_acheteur", False,
    "Screen text pasted: 'Aucun document disponible pour votre profil' on a market's documents, although she is the structure administrator.",
    person(("Chantal Aubry", "chantal.aubry@ac-nancy-metz.fr"), "Pièces du marché non disponibles", """Bonjour,

Écran affiché quand j'ouvre le marché « Matériel informatique 2024-2027 » :

   Pièces du marché
   Aucun document disponible pour votre profil.

Je suis pourtant gestionnaire et administratrice de la structure. Merci de
vérifier.

Chantal Aubry
Collège Les Avrils, Saint-Mihiel – 0551628W
""", d="2025-04-08 15:06", client="zimbra"))

add("contract_documents", False, "0251386W", "bourgogne-franche-comte", "esidoc", False,
    "Librarian cannot find the signed e-book licence convention in the documents space of the e-sidoc account.",
    person(("Hélène Vuillemin", "helene.vuillemin@ac-besancon.fr"), "Convention de prêt numérique", """Bonjour,

Pour le bouquet de livres numériques, notre principal me demande la
convention signée avec l'éditeur (conditions de prêt aux élèves, durée des
licences). Elle devrait figurer dans l'espace documents de notre compte
e-sidoc, mais je ne la trouve pas.

Pouvez-vous m'indiquer où elle se trouve ?

Hélène Vuillemin
CDI, collège Victor Hugo, Besançon (0251386W)
""", d="2025-05-23 10:40", client="thunderbird"))

# ===================== transfer_incident (9) =====================
add("transfer_incident", False, "0671998H", "grand-est", "ecoledirecte", False,
    "Transfers to EcoleDirecte fail since Monday; log lines pasted (connection timeout).",
    person(("Luc Ostermann", "informatique@sainte-clotilde-strasbourg.fr"), "Transferts EcoleDirecte en échec", """Bonjour,

Depuis lundi, les transferts vers EcoleDirecte échouent à chaque tentative.
Extrait du journal :

   [12/05/2025 07:30:02] Transfert des notes : ÉCHEC
   [12/05/2025 07:30:02] Erreur 10060 : délai de connexion au serveur de transfert dépassé

Les parents ne voient plus les notes saisies depuis vendredi. Aucun
changement de notre côté, à ma connaissance.

Luc Ostermann
Responsable informatique
Institution Sainte-Clotilde, Strasbourg (UAI 0671998H)
""", d="2025-05-13 08:16", client="thunderbird", auth="none"))

add("transfer_incident", False, "0251744K", "bourgogne-franche-comte", "ecoledirecte", False,
    "Licence to regenerate after the server hosting the school-management software was replaced.",
    person(("Benoît Mathieu", "b.mathieu@lycee-saintjean-besancon.fr"), "Régénération de licence après changement de serveur", """Bonjour,

Nous avons remplacé le serveur qui héberge Charlemagne pendant les vacances.
Au redémarrage, le module de transfert vers EcoleDirecte indique « Licence
invalide pour ce poste ».

Pouvez-vous régénérer la licence pour le nouveau serveur ?

Benoît Mathieu
Service informatique, lycée privé Saint-Jean, Besançon — UAI 0251744K
""", d="2025-04-28 08:55", client="thunderbird", auth="none"))

add("transfer_incident", False, "0101221Y", "grand-est", "ecoledirecte", True,
    "Subject 'Mot de passe', but it is the daily maintenance password needed to relaunch replication after a restore; her own password works: transfer_incident, not password_reset.",
    person(("Sabine Lhote", "secretariat@saintjoseph-troyes.fr"), "Mot de passe", """Bonjour,

L'outil de maintenance me demande le code du jour pour relancer la
réplication des données vers EcoleDirecte (la base a été restaurée ce matin
après un plantage du serveur).

Pouvez-vous me communiquer le mot de passe de maintenance du jour ? Mon mot
de passe personnel fonctionne, ce n'est pas lui qui pose problème.

Sabine Lhote
Secrétariat de direction, collège Saint-Joseph, Troyes (0101221Y)
""", d="2025-04-03 10:21", client="outlook", auth="none"))

add("transfer_incident", False, "0681903Z", "grand-est", "ecoledirecte", False,
    "Timetable changes no longer reach EcoleDirecte; the timetable transfer task stays pending while grades go through.",
    person(("Karim Haddad", "k.haddad@jeannedarc-mulhouse.fr"), "Emploi du temps non mis à jour sur EcoleDirecte", """Bonjour,

Les modifications d'emploi du temps faites depuis le 28 avril ne remontent pas
sur EcoleDirecte : les familles voient encore l'ancien planning. Les notes,
elles, passent normalement. Le transfert de l'emploi du temps reste « en
attente » dans la liste des tâches.

Karim Haddad
CPE et référent EcoleDirecte, collège Jeanne d'Arc, Mulhouse (0681903Z)
""", d="2025-05-02 13:48", client="thunderbird", auth="none"))

add("transfer_incident", False, "0891288S", "bourgogne-franche-comte", "ecoledirecte", False,
    "Synchronisation error message pasted (timeout, attempts left before suspension).",
    person(("Arnaud Billet", "viescolaire@stjoseph-lasalle-auxerre.fr"), "Échec de synchronisation", """Bonjour,

Copie du message affiché ce matin :

« Échec de la synchronisation avec le serveur EcoleDirecte : délai d'attente
dépassé (120 s). 3 tentatives restantes avant suspension. »

Pas de changement de réseau chez nous. Pouvez-vous vérifier de votre côté ?

Arnaud Billet
Vie scolaire, lycée Saint-Joseph La Salle, Auxerre (0891288S)
""", d="2025-05-20 07:58", client="outlook", auth="none"))

add("transfer_incident", False, "0571634S", "grand-est", "ecoledirecte", True,
    "Two topics: transfers blocked by 'licence expirée' (main) and the missing invoice for the licence renewal (order_billing).",
    person(("Michèle Gangloff", "comptabilite@saintechretienne-sarreguemines.fr"), "Transferts bloqués + facture licence", """Bonjour,

1. Les transferts vers EcoleDirecte sont bloqués depuis jeudi (« licence
   expirée » au démarrage du module).
2. Nous n'avons pas reçu la facture de renouvellement de cette licence, ce
   qui explique peut-être le point 1 ? Notre comptable voudrait la recevoir
   pour la régler au plus vite.

Merci de nous dire par où commencer.

Michèle Gangloff
Comptable-économe, collège Sainte-Chrétienne, Sarreguemines – 0571634S
""", d="2025-04-07 14:33", client="outlook", auth="none"))

add("transfer_incident", False, "0711077K", "bourgogne-franche-comte", "ecoledirecte", False,
    "After the office PC moved to Windows 11, the transfer module opens and closes at once; nightly transfers stopped.",
    person(("Gaëlle Ravier", "secretariat@notredame-autun.fr"), "Transferts après migration Windows 11", """Bonjour,

Depuis le passage du poste du secrétariat sous Windows 11, le module de
transfert vers EcoleDirecte s'ouvre puis se ferme aussitôt, sans message. Les
transferts automatiques de la nuit ne partent plus (dernier réussi : 22/04).

Pouvez-vous nous aider ?

Gaëlle Ravier
Secrétaire de direction, Ensemble scolaire Notre-Dame, Autun — UAI 0711077K
""", d="2025-04-25 11:06", client="thunderbird", auth="none"))

add("transfer_incident", False, "0392015D", "bourgogne-franche-comte", "ecoledirecte", True,
    "Negation: 'ce n'est pas un problème d'identifiants', logins work; grades entered since 5 May are missing for families: transfer_incident.",
    person(("Olivier Rigoulot", "direction@saintemarie-lons.fr"), "Notes absentes côté familles", """Bonjour,

Ce n'est pas un problème d'identifiants : je me connecte sans souci à
EcoleDirecte, et les familles aussi. Mais les notes saisies dans notre
logiciel depuis le 5 mai n'y figurent pas. Le dernier transfert indiqué
« réussi » date du 2 mai.

Olivier Rigoulot
Directeur adjoint, collège Sainte-Marie, Lons-le-Saunier (0392015D)
""", d="2025-05-12 17:37", client="outlook", auth="none"))

add("transfer_incident", False, "0211689X", "bourgogne-franche-comte", "ecoledirecte", False,
    "Telegraphic: transfers down for three days, licence shown as expired: licence to regenerate.",
    person(("Sébastien Thiébaut", "s.thiebaut@saint-benigne-dijon.fr"), "Transferts KO", """Transferts KO depuis 3 jours.
Licence affichée expirée au 30/04.
Merci de régénérer.

S. Thiébaut – Ensemble scolaire Saint-Bénigne – 0211689X
""", d="2025-05-05 07:31", client="outlook", auth="none"))

# ===================== other (18) =====================
add("other", False, None, None, None, False,
    "English SEO cold pitch.",
    person(("Ryan Cooper", "ryan.cooper@rankboost-digital.example.net"), "Quick question about assistance.example.fr", """Hi there,

I was looking at assistance.example.fr and noticed it does not show up on
the first page for searches like "school library software support".

We help education websites triple their organic traffic in 90 days, with
no long-term contract. Would you be open to a free 15-minute audit call
this week? Just reply "YES" and I will send a few time slots.

Cheers,
Ryan Cooper
Growth Lead, RankBoost Digital
""", client="plain", html="alt", auth="none"), lang="en")

add("other", False, None, None, None, True,
    "Phishing: 'mailbox almost full, validate your credentials'. Mentions a password but is not password_reset; the look-alike domain ac-strasbourg-webmail.com is not an académie domain, so no region.",
    person(("Service Messagerie Académique", "support@ac-strasbourg-webmail.com"), "Votre boîte aux lettres a atteint 98 % de sa capacité", """Cher utilisateur,

Votre boîte de messagerie académique a atteint sa limite de stockage.
Pour éviter la suppression de vos messages et la désactivation de votre
compte sous 24 heures, veuillez valider vos identifiants (adresse et mot de
passe) en suivant le lien ci-dessous :

https://ac-strasbourg-webmail.com/verification/quota

L'équipe informatique du Rectorat
""", client="plain", html="alt", auth="none"))

add("other", False, None, None, None, True,
    "Fake 'unpaid invoice' with a PDF attachment from an unknown sender, asks payment to a new account, failing authentication: phishing, not order_billing.",
    person(("Service Comptabilité", "compta@factures-edu-services.example.com"), "Facture impayée n° 2025-0447 – dernier rappel avant recouvrement", """Bonjour,

Sauf erreur de notre part, la facture ci-jointe, d'un montant de 2 380,00 €,
reste impayée. Sans règlement sous 48 heures, le dossier sera transmis à notre
service contentieux.

Merci de procéder au paiement par virement sur le nouveau compte indiqué dans
le document.

Service Comptabilité
""", client="plain", auth="fail",
           attach=[("Facture_2025-0447.pdf", "application/pdf", fake_pdf("Facture 2025-0447"))]))

_d8 = D("2025-04-10 09:05")
add("other", False, None, None, "esidoc", True,
    "Thanks only, quoting the reset answer (Gmail quote): the words 'mot de passe' and 'lien' appear but nothing is asked. Personal Gmail, no UAI in the new text: no region.",
    person(("Agnès Cuenot", "agnes.cuenot71@gmail.com"), "Re: [#SUP-008402] Lien de réinitialisation expiré", """Merci beaucoup, le nouveau lien a fonctionné et j'ai pu choisir un mot de
passe. Bonne journée !

Agnès
""" + q_gmail("Assistance", DESK[1], _d8, """Bonjour,

Un nouveau lien de réinitialisation du mot de passe e-sidoc a été envoyé à
l'adresse enregistrée pour votre établissement. Il est valable 12 heures.

Cordialement,
L'équipe d'assistance
"""), d="2025-04-10 10:17", client="gmail", irt=ticket_id(8402, _d8)))

_d9 = D("2025-05-23 11:30")
add("other", False, "0891427T", "bourgogne-franche-comte", None, True,
    "'Bien reçu, merci' reply (Zimbra quote) on an invoice ticket: nothing asked; the UAI comes from her signature.",
    person(("Virginie Jeandel", "virginie.jeandel@ac-dijon.fr"), "Re: [#SUP-008744] Facture reçue deux fois", """Bien reçu, merci. Bonne fin de journée.

Virginie Jeandel
Gestionnaire – Collège Paul Bert – 0891427T
""" + q_zimbra("Assistance", DESK[1], "Virginie Jeandel <virginie.jeandel@ac-dijon.fr>", _d9,
               "[#SUP-008744] Facture reçue deux fois", """Bonjour Madame,

La facture FA-2025-02107 a été annulée : un avoir du même montant est
déposé sur Chorus Pro. Seule la facture FA-2025-02088 est à régler.

Cordialement,
L'équipe d'assistance
"""), d="2025-05-23 16:48", client="zimbra", irt=ticket_id(8744, _d9)))

add("other", False, None, None, None, False,
    "A parent asks about paying for a school trip in instalments: wrong address, unrelated.",
    person(("Famille Durand", "durand.famille88@orange.fr"), "Paiement voyage en Allemagne", """Bonjour,

Je souhaite savoir si je peux payer le voyage de ma fille (classe de 4e B) en
trois fois, et à quel ordre faire les chèques.

Merci.
Mme Durand

Envoyé de mon iPhone
""", d="2025-04-06 20:41", client="iphone"))

add("other", False, None, None, None, False,
    "Unsolicited internship application (BTS student) with a CV attached.",
    person(("Léa Marchal", "lea.marchal.bts@gmail.com"), "Candidature stage BTS SAM – juin/juillet 2025", """Madame, Monsieur,

Étudiante en première année de BTS Support à l'action managériale à Nancy,
je recherche un stage de six semaines, du 2 juin au 11 juillet 2025.

Le service d'assistance d'une plateforme utilisée par les établissements
scolaires m'intéresse particulièrement : j'aimerais découvrir la gestion des
demandes et la relation avec les utilisateurs.

Vous trouverez mon CV en pièce jointe. Je reste à votre disposition pour un
entretien.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Léa Marchal
06 12 48 73 05
""", d="2025-04-19 18:22", client="gmail",
           attach=[("CV_Léa_Marchal.pdf", "application/pdf", fake_pdf("CV Lea Marchal"))]))

add("other", False, None, None, None, False,
    "Publisher's sales pitch for a digital comics platform, asking to be listed in the catalogue.",
    person(("Camille Arnoux", "camille.arnoux@plume-pixel.example.fr"), "Nouveau : notre plateforme de BD numériques pour les CDI", """Bonjour,

Les Éditions Plume & Pixel lancent à la rentrée 2025 une plateforme de
bandes dessinées numériques conçue pour les CDI : 600 titres, lecture en
classe et à la maison, statistiques pour les documentalistes.

Seriez-vous intéressés par le référencement de notre offre dans votre
catalogue ? Je vous propose un échange de vingt minutes la semaine prochaine,
au créneau qui vous convient.

Bien à vous,
Camille Arnoux
Responsable partenariats – Éditions Plume & Pixel
""", d="2025-05-07 10:02", client="plain", html="alt", auth="pass"))

add("other", False, "0682045D", "grand-est", None, False,
    "GDPR register: asks for the processor's DPO contact and data hosting location for both products; no category fits.",
    person(("Agathe Mercier", "agathe.mercier@ac-strasbourg.fr"), "Registre RGPD – coordonnées du DPO", """Bonjour,

Dans le cadre de la mise à jour de notre registre des traitements, je dois
indiquer pour chaque prestataire les coordonnées de son délégué à la
protection des données et le lieu d'hébergement des données.

Pouvez-vous me transmettre ces informations pour l'Espace Acheteur et pour
e-sidoc ?

Merci,
Agathe Mercier
Principale adjointe, collège Victor Hugo, Colmar – 0682045D
""", d="2025-04-15 16:12", client="zimbra"))

add("other", False, None, "bourgogne-franche-comte", None, False,
    "Angry complaint about an unanswered request, without saying what it was about: no category can be told.",
    person(("Jacques Vuillaume", "jacques.vuillaume@ac-besancon.fr"), "Aucune réponse", """Bonjour,

J'ai ouvert une demande il y a trois semaines et je n'ai eu aucune réponse.
C'est inadmissible pour un service financé par nos établissements.

Merci de me rappeler au 03 84 22 61 90.

J. Vuillaume
""", d="2025-05-16 08:03", client="zimbra"))

add("other", False, None, "grand-est", None, False,
    "Asks the phone hotline's hours and number: information request with no category.",
    person(("Nadine Colson", "nadine.colson@ac-reims.fr"), "Horaires de l'assistance téléphonique", """Bonjour,

Pouvez-vous me rappeler les horaires de la hotline téléphonique et le numéro
à composer ? Celui qui figure sur notre ancienne plaquette ne répond plus.

Merci,
Nadine Colson
Secrétariat, collège Jean Moulin, Sedan
""", d="2025-04-22 09:31", client="zimbra"))

add("other", False, None, "grand-est", "espace_acheteur", False,
    "Missed the 15 April webinar on end-of-year orders; asks for the replay, the registration link gives a 404.",
    person(("Sonia Mangin", "sonia.mangin@ac-nancy-metz.fr"), "Replay du webinaire du 15 avril", """Bonjour,

Je n'ai pas pu assister au webinaire du 15 avril « Préparer ses commandes de
fin d'année scolaire sur l'Espace Acheteur ». Un enregistrement est-il
disponible ? Le lien de la page d'inscription renvoie une erreur 404.

Merci d'avance,
Sonia Mangin
Adjointe gestionnaire, lycée Henri Loritz, Nancy
""", d="2025-04-17 14:14", client="zimbra"))

add("other", False, None, "grand-est", None, True,
    "A regional support colleague asks, in her own words, to move a monthly meeting: looks like calendar traffic but is a person's message with a question no category covers.",
    person(("Estelle Wolff", "estelle.wolff@ac-strasbourg.fr"), "Notre point du 13 mai", """Bonjour à tous,

Je ne pourrai pas être présente mardi 13 mai à 14 h pour notre point mensuel :
un conseil de formation a été fixé au même moment.

Pourrions-nous le décaler au jeudi 15 mai à 10 h ? Si cela vous convient, je
renverrai une invitation.

Bonne journée,
Estelle Wolff
DANE – support régional Grand Est
""", d="2025-05-07 12:09", client="zimbra",
           to=[DESK, ("Thibaut Masson", "thibaut.masson@ac-nancy-metz.fr")]))

add("other", False, "0892063J", "bourgogne-franche-comte", "esidoc", False,
    "Wants yearly usage statistics of the portal for the board report: a how-to question with no category of its own.",
    person(("Élise Moreau", "elise.moreau@ac-dijon.fr"), "Statistiques de consultation du portail", """Bonjour,

Pour le bilan annuel du CDI présenté au conseil d'administration en juin, je
voudrais le nombre de connexions au portail e-sidoc et aux ressources
numériques sur l'année. Existe-t-il un export ?

Merci,
Élise Moreau
Professeure documentaliste, collège Bienvenu Martin, Auxerre (0892063J)
""", d="2025-05-27 10:55", client="zimbra"))

add("other", False, None, None, None, False,
    "English; a PhD student asks the desk to circulate a survey to librarians.",
    person(("Tomasz Nowak", "t.nowak@etu.unistra.example.fr"), "Research survey on digital resources in school libraries", """Dear colleagues,

I am a PhD candidate at the University of Strasbourg, working on how French
school libraries choose and use digital press and e-book subscriptions.

Would you be willing to share a short online questionnaire (about ten
minutes) with the librarians you support? I would of course send you the
anonymised results.

Best regards,
Tomasz Nowak
""", d="2025-04-09 11:48", client="thunderbird", auth="pass"), lang="en")

add("other", False, None, None, None, False,
    "Retired gestionnaire asks to be removed from the mailing list.",
    person(("Roland Py", "roland.py@laposte.net"), "Désinscription", """Bonjour,

Merci de retirer mon adresse de votre liste de diffusion : je ne suis plus
gestionnaire depuis le 1er avril (retraite).

Cordialement,
Roland Py
""", d="2025-04-12 09:20", client="thunderbird"))

add("other", False, "0080846B", "grand-est", "esidoc", True,
    "Withdraws her earlier password requests (a colleague had the password written down) and apologises: mentions the password topic but asks nothing.",
    person(("Patricia Vautrin", "patricia.vautrin@ac-reims.fr"), "Ne pas tenir compte de mes messages précédents", """Bonjour,

Ne tenez pas compte de mes messages au sujet du mot de passe e-sidoc : une
collègue l'avait noté dans le classeur du CDI et j'ai pu me connecter ce
matin. Désolée pour le ton de mon dernier courriel.

Patricia Vautrin
Lycée Monge, Charleville-Mézières – 0080846B
""", d="2025-05-09 14:37", client="zimbra"))

add("other", False, None, None, None, False,
    "French loan spam.",
    person(("Bernard Lefort", "financement.rapide.particulier@outlook.fr"), "Financement rapide sans justificatif – réponse en 24 h", """Bonjour,

Vous avez besoin d'un prêt entre particuliers de 5 000 € à 500 000 € ?
Taux fixe de 2 %, sans justificatif, réponse sous 24 heures.

Contactez-moi directement par WhatsApp au +33 7 57 00 00 00.

Cordialement,
M. Bernard Lefort
""", client="owa", auth="none"))

# ===================== automated (21) =====================
_da = D("2025-04-14 08:01")
add("automated", False, None, "bourgogne-franche-comte", None, False,
    "Exchange out-of-office in French (Auto-Submitted: auto-generated, X-Auto-Response-Suppress) replying to our answer; region from ac-dijon.fr.",
    out_of_office(("Bruno Lacroix", "bruno.lacroix@ac-dijon.fr"),
                  "Réponse automatique : [#SUP-008790] Demande de devis – renouvellement ressources CDI", """Bonjour,

Je suis absent du 14 au 25 avril inclus. Pour toute question urgente concernant l’intendance, merci de contacter Mme Pauline Roche au 03 80 68 31 10.

Cordialement,
Bruno Lacroix
""", d=D("2025-04-14 08:02"), style="exchange", irt=ticket_id(8790, _da)))

_db = D("2025-05-21 09:15")
add("automated", False, None, "grand-est", None, False,
    "Zimbra vacation reply (Auto-Submitted: auto-replied (zimbra; vacation)); region from ac-strasbourg.fr.",
    out_of_office(("Maud Lambert", "maud.lambert@ac-strasbourg.fr"), "Absence", """Bonjour,

Je suis absente du CDI jusqu'au lundi 2 juin (stage d'observation avec les
élèves de 3e). Votre message sera traité à mon retour.

Maud Lambert
""", d=D("2025-05-21 09:15"), style="zimbra", client="zimbra", irt=ticket_id(9011, _db)))

add("automated", False, "0551342K", "grand-est", None, True,
    "Out-of-office of a school office (ce.<UAI> address, Auto-Submitted present) that lists passwords and invoices among topics to resend later: automatic, never answered. UAI from the address.",
    out_of_office(("Secrétariat Collège Raymond Poincaré", "ce.0551342K@ac-nancy-metz.fr"), "Collège fermé – vacances de printemps", """Bonjour,

Le collège est fermé pendant les vacances de printemps, du 5 au 22 avril.

Pour les demandes de mot de passe ENT, de certificats de scolarité ou de
factures de demi-pension, merci de renouveler votre demande à partir du
23 avril.

Le secrétariat
""", d=D("2025-04-08 10:44"), style="zimbra", client="zimbra"))

add("automated", False, None, "bourgogne-franche-comte", None, True,
    "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic. Region from ac-dijon.fr.",
    out_of_office(("Martine Parisot", "martine.parisot@ac-dijon.fr"), "Absente : Notifications de commande", """Bonjour,

Je suis en formation et ne consulterai pas ma messagerie avant le 12 mai.
En cas d’urgence, merci de contacter l’intendance au 03 85 67 72 40.

Ce message est envoyé automatiquement.

Martine Parisot
""", d=D("2025-05-06 13:02"), style="rule", client="outlook"))

_dc = D("2025-05-13 10:15")
_orig, _ = desk_mail(("Gérald Maire", "g.maire@lycee-monge-charleville.example.fr"),
                     "[#SUP-009002] Accès e-sidoc", """Bonjour,

Votre demande a bien été enregistrée. Un lien de réinitialisation a été envoyé
à l'adresse connue pour votre établissement (c***@ac-reims.fr).

Cordialement,
L'équipe d'assistance
""", _dc, 9002)
add("automated", False, None, None, None, False,
    "Postfix bounce (multipart/report delivery-status, original attached, null Return-Path): unknown user at a school domain.",
    bounce_postfix("mail.lycee-monge-charleville.example.fr", "g.maire@lycee-monge-charleville.example.fr",
                   "550 5.1.1 <g.maire@lycee-monge-charleville.example.fr>: Recipient address rejected: User unknown in local recipient table",
                   "5.1.1", _orig, d=_dc + dt.timedelta(seconds=4)))

_dd = D("2025-04-29 15:40")
_orig2, _ = desk_mail(("Secrétariat", "secretariat@saint-benigne-dijon.fr"),
                      "[#SUP-008903] Transferts EcoleDirecte", """Bonjour,

Nous avons bien reçu votre demande concernant les transferts. Un technicien
vous rappellera dans la journée.

Cordialement,
L'équipe d'assistance
""", _dd, 8903)
add("automated", False, None, None, None, False,
    "Exchange Online non-delivery report in French ('Non remis :'), multipart/report with HTML explanation and the original message.",
    ndr_exchange("saint-benigne-dijon.fr", "secretariat@saint-benigne-dijon.fr",
                 "[#SUP-008903] Transferts EcoleDirecte", _dd + dt.timedelta(seconds=12),
                 """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Segoe UI,sans-serif"><p><b>Votre message n'a pas pu être remis à secretariat@saint-benigne-dijon.fr.</b></p>
<p>L'adresse de messagerie est introuvable dans le domaine de destination. Elle est peut-être mal orthographiée ou n'existe plus.</p>
<p>Diagnostic pour les administrateurs :</p>
<p>Serveur ayant généré ce message : PR3P192MB0714.EURP192.PROD.OUTLOOK.COM</p>
<p>Erreur distante : 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup</p>
</div></body></html>
""", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", _orig2))

_de = D("2025-05-16 09:02")
_orig3, _ = desk_mail(("Valérie Chopard", "valerie.chopard@ac-besancon.fr"),
                      "[#SUP-008760] Messages retenus", """Bonjour,

Voici le guide pour autoriser nos adresses d'envoi dans Mailinblack. Votre
demande est également transmise à l'équipe de votre région.

Cordialement,
L'équipe d'assistance
""", _de, 8760)
add("automated", False, None, "bourgogne-franche-comte", None, False,
    "Postfix bounce from an académie relay (mailbox over quota, 5.2.2). MAILER-DAEMON at a host under ac-besancon.fr, so the domain rule gives the region.",
    bounce_postfix("smtp3.ac-besancon.fr", "valerie.chopard@ac-besancon.fr",
                   "552 5.2.2 <valerie.chopard@ac-besancon.fr>: Mailbox full, quota exceeded",
                   "5.2.2", _orig3, d=_de + dt.timedelta(seconds=7)))

add("automated", False, None, "grand-est", None, False,
    "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from ac-reims.fr.",
    read_receipt(("Isabelle Meyer", "isabelle.meyer@ac-reims.fr"), "[#SUP-008977] Mot de passe Espace Acheteur",
                 ticket_id(8977, D("2025-05-12 09:10")), D("2025-05-12 13:41"), d=D("2025-05-12 13:41")))

add("automated", False, None, None, "ticket_portal", False,
    "Ticket-portal notification: a ticket the desk opened with a publisher was updated. Auto-Submitted: auto-generated.",
    person(("Portail d'assistance", "notifications@portail-assistance.example.net"),
           "[T-2025-11873] Mise à jour de votre ticket : Accès fournisseur – catalogue presse", """Bonjour,

Le ticket T-2025-11873 « Accès fournisseur – catalogue presse » a été mis à
jour par Support Éditeur.

Statut : En attente de votre réponse
Dernier commentaire : « Les accès des 14 établissements listés ont été
réactivés. Merci de nous confirmer que tout fonctionne. »

Pour répondre, connectez-vous au portail :
https://portail-assistance.example.net/tickets/T-2025-11873

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", d="2025-05-22 17:06", client="plain", html="alt",
           extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]))

_df = D("2025-04-23 10:52")
add("automated", False, None, "grand-est", None, False,
    "Another help desk's acknowledgement (GLPI, Nancy-Metz IT department) of a ticket the desk opened there: Auto-Submitted and Precedence: bulk; answering would start a loop.",
    person(("Assistance DSI – Académie de Nancy-Metz", "assistance-dsi@ac-nancy-metz.fr"),
           "[GLPI #0047215] Nouveau ticket - Flux sortants vers les boîtes des établissements", """Bonjour,

Votre demande a été enregistrée dans l'outil d'assistance de la DSI.

  Ticket n° : 0047215
  Titre : Flux sortants vers les boîtes des établissements
  Statut : Nouveau
  Catégorie : Messagerie > Filtrage

Vous pouvez suivre son traitement sur https://assistance.ac-nancy-metz.fr/
en vous connectant avec vos identifiants académiques.

Ceci est un message automatique, merci de ne pas y répondre.
""", d="2025-04-23 10:53", client="plain", html="alt", irt=ticket_id(9102, _df),
           extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
                  ("X-Auto-Response-Suppress", "OOF, DR, RN, NRN, AutoReply"),
                  ("X-GLPI-Sender-Ticket", "47215")]))

add("automated", False, None, None, None, False,
    "A publisher's Zendesk acknowledgement ('votre demande a bien été reçue'), Auto-Submitted: auto-generated.",
    person(("Support Kiosque Presse", "support@kiosquepresse.example.zendesk.com"),
           "[Kiosque Presse] Re: Accès des établissements du Grand Est", """##- Veuillez écrire votre réponse au-dessus de cette ligne -##

Bonjour,

Votre demande (n° 48213) a bien été reçue et sera examinée par notre équipe
dans un délai de deux jours ouvrés.

Pour ajouter des informations, répondez simplement à ce message.

L'équipe support Kiosque Presse
""", d="2025-05-22 11:17", client="plain", html="alt",
           extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"),
                  ("X-Zendesk-From-Account-Id", "7a1c22f")]))

_dg = D("2025-05-26 14:20")
add("automated", False, None, "bourgogne-franche-comte", None, True,
    "Académie help desk auto-acknowledgement WITHOUT Auto-Submitted or Precedence, threaded as 'Re:' on our ticket: only the wording ('réponse automatique', 'ne pas répondre') shows it is automatic. Region from ac-dijon.fr.",
    person(("Assistance académique", "assistance@ac-dijon.fr"), "Re: [#SUP-008925] Demande transmise – lycée Carnot", """Ceci est une réponse automatique.

Votre message a été transmis au service compétent sous la référence
INC0089123. Un technicien prendra contact avec vous.

Merci de ne pas répondre à ce message et de rappeler la référence INC0089123
dans toute nouvelle demande.

Assistance académique – Rectorat de Dijon
""", d="2025-05-26 14:21", client="plain", irt=ticket_id(8925, _dg),
           extra=[("X-Mailer", "ServiceNow")]))

add("automated", False, None, "grand-est", None, True,
    "Calendar invitation (METHOD:REQUEST, text/calendar) for the rescheduled regional meeting; the agenda mentions passwords, accounts, Chorus invoices and Mailinblack, but nothing is asked of the desk by mail.",
    calendar_mail("REQUEST", ("Estelle Wolff", "estelle.wolff@ac-strasbourg.fr"),
                  [DESK, ("Thibaut Masson", "thibaut.masson@ac-nancy-metz.fr"),
                   ("Estelle Wolff", "estelle.wolff@ac-strasbourg.fr")],
                  "Point mensuel support Grand Est (reporté)", D("2025-05-15 10:00"), D("2025-05-15 11:00"),
                  "Visioconférence",
                  "Ordre du jour :\n- tickets en attente (mots de passe e-sidoc, comptes Espace Acheteur à valider)\n- factures rejetées par Chorus Pro\n- retours sur Mailinblack dans les collèges du Haut-Rhin\n\nLien : https://visio.example.fr/j/8841203",
                  D("2025-05-07 15:30"), ("Estelle Wolff", "estelle.wolff@ac-strasbourg.fr"),
                  subject="Invitation : Point mensuel support Grand Est (reporté) – jeu. 15 mai 2025 10:00"))

add("automated", False, None, "bourgogne-franche-comte", "espace_acheteur", False,
    "Outlook calendar reply 'Accepté :' (METHOD:REPLY, PARTSTAT=ACCEPTED) to the desk's webinar invitation; empty text. Region from ac-dijon.fr.",
    calendar_mail("REPLY", DESK,
                  [("Martine Parisot", "martine.parisot@ac-dijon.fr")],
                  "Webinaire – commandes de fin d'année sur l'Espace Acheteur", D("2025-05-20 14:00"), D("2025-05-20 15:00"),
                  "Classe virtuelle", "", D("2025-05-12 08:47"), ("Martine Parisot", "martine.parisot@ac-dijon.fr"),
                  partstat="ACCEPTED", subject="Accepté: Webinaire – commandes de fin d'année sur l'Espace Acheteur",
                  text="", uid="040000008200E00074C5B7101A82E0080000000010C6A1B25FB9DB01000000000000000010000000A8E2D7"))

add("automated", False, None, "grand-est", "espace_acheteur", False,
    "Calendar reply 'Provisoire :' (PARTSTAT=TENTATIVE) to the same webinar, generated by the client. Region from ac-nancy-metz.fr.",
    calendar_mail("REPLY", DESK,
                  [("Thibaut Masson", "thibaut.masson@ac-nancy-metz.fr")],
                  "Webinaire – commandes de fin d'année sur l'Espace Acheteur", D("2025-05-20 14:00"), D("2025-05-20 15:00"),
                  "Classe virtuelle", "", D("2025-05-13 12:05"), ("Thibaut Masson", "thibaut.masson@ac-nancy-metz.fr"),
                  partstat="TENTATIVE", subject="Provisoire: Webinaire – commandes de fin d'année sur l'Espace Acheteur",
                  text="", uid="040000008200E00074C5B7101A82E0080000000010C6A1B25FB9DB01000000000000000010000000A8E2D7"))


def _dmarc_mail(sender, subject, d, att_name, att_mime, data, text):
    d = D(d)
    name, addr = sender
    hdrs = envelope(addr, d)
    hdrs += [("From", fmt_addr(name, addr)), ("To", fmt_addr(*DESK)), ("Subject", enc_subject(subject)),
             ("Date", rfcdate(d)), ("Message-ID", "<%s@%s>" % (alnum(32).lower(), addr.split("@")[1])),
             ("MIME-Version", "1.0")]
    parts = ([text_leaf(text, "us-ascii", "7bit")] if text else []) + [att_leaf(att_name, att_mime, data)]
    return finish(hdrs, Multi("mixed", parts))


_rows = [("192.0.2.25", 412, "none", "pass", "pass", "assistance.example.fr"),
         ("198.51.100.77", 3, "none", "fail", "fail", "assistance.example.fr")]
add("automated", False, None, None, None, False,
    "DMARC aggregate report from Microsoft (gzip attachment) sent to the desk's address.",
    _dmarc_mail(("DMARC Aggregate Report", "dmarcreport@microsoft.com"),
                "Report Domain: assistance.example.fr Submitter: enterprise.protection.outlook.com Report-ID: 5d1e0c7a9b2f4e6d8a3c1b0f9e8d7c6b",
                "2025-05-12 04:12",
                "enterprise.protection.outlook.com!assistance.example.fr!1746921600!1747008000.xml.gz", "application/gzip",
                gzip_bytes("enterprise.protection.outlook.com!assistance.example.fr!1746921600!1747008000.xml",
                           dmarc_xml("Enterprise Outlook", "dmarcreport@microsoft.com", "5d1e0c7a9b2f4e6d8a3c1b0f9e8d7c6b",
                                     1746921600, 1747008000, _rows)),
                "This is a DMARC aggregate report from Microsoft Corporation. For emails received\nbetween 2025-05-11 00:00:00 UTC and 2025-05-12 00:00:00 UTC.\n"))

add("automated", False, None, None, None, False,
    "DMARC aggregate report from Yahoo (zip attachment only, no text part).",
    _dmarc_mail(("Yahoo DMARC", "noreply@dmarc.yahoo.example.com"),
                "Report Domain: assistance.example.fr Submitter: yahoo.com Report-ID: <1745539200.448812>",
                "2025-04-25 03:40",
                "yahoo.com!assistance.example.fr!1745452800!1745539199.zip", "application/zip",
                zip_bytes("yahoo.com!assistance.example.fr!1745452800!1745539199.xml",
                          dmarc_xml("Yahoo", "dmarchelp@yahooinc.com", "1745539200.448812",
                                    1745452800, 1745539199, _rows[:1])),
                None))

add("automated", False, None, None, None, True,
    "MailInBlack challenge sent to the desk when it answered a protected user: names MailInBlack but is a machine message to us, not a user's complaint (Auto-Submitted). Never answered.",
    person(("Mailinblack", "noreply@mailinblack.example.com"),
           "Validation de votre message à destination de celine.hoffmann@ac-nancy-metz.fr", """Bonjour,

Vous avez écrit à celine.hoffmann@ac-nancy-metz.fr, qui utilise Mailinblack
pour se protéger des courriels indésirables.

Afin que votre message lui soit remis, merci de confirmer que vous êtes bien
un humain en cliquant sur le lien ci-dessous :

https://protect.mailinblack.example.com/validate/7Fq2kXz9

Objet de votre message : [#SUP-009004] Commande non confirmée ?

Cette vérification n'est demandée qu'une seule fois par expéditeur.
""", d="2025-05-15 10:52", client="plain", html="alt",
           extra=[("Auto-Submitted", "auto-replied"), ("X-Mailinblack", "challenge")]))


def _list_mail():
    d = D("2025-05-15 18:06")
    frm = ("Sandrine Petitot", "sandrine.petitot@ac-dijon.fr")
    hdrs = envelope(frm[1], d, rp="doc-bfc-bounces@listes.ac-besancon.fr", relay="listes.ac-besancon.fr",
                    auth="dkim=fail (body hash did not verify) header.d=ac-dijon.fr;\r\n\tspf=pass smtp.mailfrom=listes.ac-besancon.fr;"
                         "\r\n\tdmarc=pass (p=none dis=none) header.from=ac-dijon.fr")
    body = """Bonjour à toutes et à tous,

Quelqu'un a-t-il déjà reçu le devis de renouvellement Europresse pour
2025-2026 via e-sidoc ? Notre gestionnaire l'attend pour le bon d'engagement
et je n'ai encore rien vu passer. Et pour celles et ceux qui l'ont : le tarif
a-t-il beaucoup augmenté ?

Merci d'avance,
Sandrine
CDI – lycée Hippolyte Fontaine, Dijon

_______________________________________________
Doc-bfc mailing list
doc-bfc@listes.ac-besancon.fr
https://listes.ac-besancon.fr/sympa/info/doc-bfc
"""
    hdrs += [("From", fmt_addr(*frm)), ("To", "doc-bfc@listes.ac-besancon.fr"),
             ("Subject", enc_subject("[doc-bfc] Devis Europresse 2025-2026 ?")), ("Date", rfcdate(d)),
             ("Message-ID", make_msgid("zimbra", "ac-dijon.fr", d)),
             ("X-Mailer", CLIENT_HEADERS["zimbra"][0][1]),
             ("List-Id", '=?utf-8?q?Documentalistes_Bourgogne-Franche-Comt=C3=A9?= <doc-bfc.listes.ac-besancon.fr>'),
             ("List-Post", "<mailto:doc-bfc@listes.ac-besancon.fr>"),
             ("List-Unsubscribe", "<mailto:sympa@listes.ac-besancon.fr?subject=unsubscribe%20doc-bfc>"),
             ("List-Archive", "<https://listes.ac-besancon.fr/sympa/arc/doc-bfc>"),
             ("Precedence", "list"), ("Sender", "doc-bfc-request@listes.ac-besancon.fr"),
             ("X-Loop", "doc-bfc@listes.ac-besancon.fr"), ("MIME-Version", "1.0")]
    return finish(hdrs, text_leaf(body))


add("automated", False, None, "bourgogne-franche-comte", "esidoc", True,
    "A librarian's real question (Europresse quote via e-sidoc) posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered. Region from the ac-dijon.fr sender.",
    _list_mail())

add("automated", False, None, None, None, False,
    "Publisher marketing newsletter: List-Id, one-click List-Unsubscribe, Precedence: bulk.",
    person(("Librairie Numérique Éducation", "newsletter@ln-education.example.fr"),
           "Fin d'année scolaire : -20 % sur vos abonnements numériques jusqu'au 31 mai", """Madame, Monsieur,

Il vous reste des crédits à engager avant l'été ? Jusqu'au 31 mai, profitez de
20 % de remise sur tous nos abonnements numériques pour les CDI : presse,
encyclopédies, livres audio.

Découvrir l'offre : https://ln-education.example.fr/offre-fin-annee

Vous recevez ce message car vous êtes inscrit à notre lettre d'information.
Se désinscrire : https://ln-education.example.fr/desinscription
""", d="2025-05-05 06:30", client="plain", html="alt",
           extra=[("List-Id", "<newsletter.ln-education.example.fr>"),
                  ("List-Unsubscribe", "<https://ln-education.example.fr/u/9f3a2c>, <mailto:unsubscribe@ln-education.example.fr>"),
                  ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                  ("Precedence", "bulk")]))

add("automated", False, None, None, "esignature", False,
    "E-signature reminder: a convention awaits signature (Auto-Submitted: auto-generated, no-reply sender).",
    person(("Signature électronique", "no-reply@esignature.example.fr"),
           "Rappel : un document attend votre signature – Convention d'adhésion groupement 2025-2028", """Bonjour,

Le document « Convention d'adhésion au groupement de commandes 2025-2028 »
vous a été envoyé le 28 avril 2025 et attend toujours votre signature.

Signer le document : https://esignature.example.fr/s/Q7m2Lx84

Ce lien expire le 30 mai 2025.

Ce message a été envoyé automatiquement ; merci de ne pas y répondre.
""", d="2025-05-12 06:00", client="plain", html="alt",
           extra=[("Auto-Submitted", "auto-generated")]))


# --------------------------------------------------------------------------
# Write the corpus and check it
# --------------------------------------------------------------------------
HUMAN_REVIEW_ONLY = {"head_of_establishment_request", "order_billing", "contract_documents",
                     "transfer_incident", "automated", "other"}


def main():
    import email as _email
    import email.policy as _policy

    assert len(MAILS) == 150, len(MAILS)
    order = list(range(len(MAILS)))
    random.Random(42).shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        fname = "h%03d.eml" % n
        raw = m["raw"]
        # --- label checks -------------------------------------------------
        assert m["category"] in CATEGORIES, (fname, m["category"])
        assert m["platform"] in PLATFORMS, (fname, m["platform"])
        assert m["lang"] in ("fr", "en"), fname
        assert isinstance(m["auto_reply_ok"], bool) and isinstance(m["hard"], bool), fname
        if m["category"] in HUMAN_REVIEW_ONLY:
            assert m["auto_reply_ok"] is False, (fname, "auto_reply_ok on a human-review category")
        msg = _email.message_from_bytes(raw, policy=_policy.compat32)
        sender = _email.utils.parseaddr(msg["From"])[1]
        if m["uai"] is not None:
            assert uai_ok(m["uai"]), (fname, "bad UAI check letter", m["uai"])
            assert m["region"] == region_of_uai(m["uai"]), (fname, m["uai"], m["region"])
        else:
            assert m["region"] == region_of_domain(sender), (fname, sender, m["region"])
        assert m["region"] is None or m["region"] in REGION_DEPTS, (fname, m["region"])
        # --- message checks -----------------------------------------------
        head = raw.split(b"\r\n\r\n", 1)[0]
        head.decode("ascii")  # headers are pure ASCII (RFC 2047 encoded where needed)
        assert b"\n" not in raw.replace(b"\r\n", b""), (fname, "bare LF")
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            assert msg[h] is not None, (fname, h)
        for part in msg.walk():
            assert not part.defects, (fname, part.defects)
            if part.get_content_maintype() == "text" and part.get("Content-Type"):
                assert part.get_content_charset(), (fname, "text part without charset")
                part.get_payload(decode=True).decode(part.get_content_charset())
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(raw)
        labels.append({"file": fname, "category": m["category"], "auto_reply_ok": m["auto_reply_ok"],
                       "uai": m["uai"], "region": m["region"], "platform": m["platform"],
                       "hard": m["hard"], "lang": m["lang"], "notes": m["notes"]})
    cats = {l["category"] for l in labels}
    assert cats == CATEGORIES, CATEGORIES - cats
    n_hard = sum(l["hard"] for l in labels)
    assert 40 <= n_hard <= 60, n_hard
    assert len({l["file"] for l in labels}) == 150
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    from collections import Counter
    print("wrote %d mails to %s" % (len(labels), HERE))
    for c, k in sorted(Counter(l["category"] for l in labels).items(), key=lambda x: -x[1]):
        print("  %-32s %d" % (c, k))
    print("  hard: %d  auto_reply_ok: %d" % (n_hard, sum(l["auto_reply_ok"] for l in labels)))


if __name__ == "__main__":
    main()
