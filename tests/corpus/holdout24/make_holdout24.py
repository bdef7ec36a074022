#!/usr/bin/env python3
"""Write the holdout24 blind test corpus: h001.eml ... h150.eml and labels.jsonl.

Theme: May and June, the end of the school year.  Every mail body below was
written by hand; this script only adds the transport around it (headers,
MIME structure, encodings) and writes the files next to itself.

Stdlib only, deterministic (fixed seed).  Run:  python3 make_holdout24.py
"""
import base64
import datetime as dt
import html as htmlmod
import json
import os
import quopri
import random
import sys
from email.charset import Charset, QP, BASE64
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20240624)

SUPPORT = "support@assistance.example.fr"
SUPPORT_TO = "Assistance <support@assistance.example.fr>"
MX = "mx1.assistance.example.fr"
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte",
             "ticket_portal", "esignature"}

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
for _slug, _deps, _doms in _REGION_TABLE:
    for _d in _deps.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _m in _doms.split():
        DOMAIN_REGION[_m] = _slug


def uai_ok(code):
    return (code is not None and len(code) == 8 and code[:7].isdigit()
            and code[7] == LETTERS[int(code[:7]) % 23])


def region_for(uai, sender):
    if uai:
        return DEPT_REGION.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOMAIN_REGION.get(dom)


# ---------------------------------------------------------------- helpers

def _hex(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _alnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _ip(net=None):
    net = net or rng.choice(["192.0.2", "198.51.100", "203.0.113"])
    return "%s.%d" % (net, rng.randint(2, 250))


def _parse_date(s):
    # "2025-05-14 09:12:33 +0200"
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z") if s.count(":") == 2 \
        else dt.datetime.strptime(s, "%Y-%m-%d %H:%M %z")
    return d


_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
           "Oct", "Nov", "Dec"]


def rfcdate(d):
    off = d.strftime("%z")
    return "%s, %d %s %d %02d:%02d:%02d %s" % (
        _DAYS[d.weekday()], d.day, _MONTHS[d.month - 1], d.year,
        d.hour, d.minute, d.second, off)


def _cs(name, enc):
    c = Charset(name)
    c.header_encoding = QP if enc == "q" else BASE64
    return c


def hdr(text, charset="utf-8", enc="q", name=""):
    """Encode a header value only if it needs it."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        try:
            text.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
        return Header(text, _cs(charset, enc), header_name=name).encode(
            maxlinelen=76, linesep="\n")


def addr(name, email, charset="utf-8", enc="q"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"[]'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, _cs(charset, enc)).encode(
            maxlinelen=76, linesep="\n"), email)


def addr_header(value, charset="utf-8", enc="q"):
    """Encode the display names of a 'Name <a@b>, Name2 <c@d>' header value."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        pass
    out = []
    for item in value.split(">,"):
        item = item.strip()
        if not item.endswith(">"):
            item += ">"
        name, email = item.rsplit("<", 1)
        out.append(addr(name.strip().strip('"'), email[:-1], charset, enc))
    return ",\n ".join(out)


def encode_body(text, charset, cte):
    data = text.encode(charset)
    if cte == "quoted-printable":
        out = quopri.encodestring(data).decode("ascii")
        return out if out.endswith("\n") else out + "\n"
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte in ("8bit", "7bit"):
        if cte == "7bit":
            data.decode("ascii")
        return data if data.endswith(b"\n") else data + b"\n"
    raise ValueError(cte)


_MARKERS = ("- ", "* ", "• ", "> ", "|", "---", "___", "===")


def _is_item(line):
    st = line.lstrip()
    if st.startswith(_MARKERS) or st.startswith(">"):
        return True
    head = st.split(" ", 1)[0]
    return len(head) <= 4 and head[:-1].isdigit() and head[-1:] in (".", ")")


def unwrap(text, flowed=False):
    """Hand-written bodies are wrapped at ~76 columns; most clients send one
    line per paragraph (flowed Thunderbird marks soft breaks with a space)."""
    out = []
    for line in text.split("\n"):
        prev = out[-1] if out else ""
        joinable = (prev and len(prev) > 58 and line.strip()
                    and not _is_item(line) and not prev.lstrip().startswith((">", "|"))
                    and "  " not in prev.strip() and "  " not in line.strip()
                    and not line.startswith(" "))
        if joinable:
            if flowed:
                out[-1] = prev + " "
                out.append(line)
            else:
                out[-1] = prev + " " + line
        else:
            out.append(line)
    return "\n".join(out)


def to_html(text, style, charset="utf-8"):
    """Turn hand-written plain text into the HTML a client would send."""
    blocks, cur, quote = [], [], []

    def flush():
        if cur:
            blocks.append(("p", list(cur)))
            cur.clear()
        if quote:
            blocks.append(("q", list(quote)))
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            if cur:
                blocks.append(("p", list(cur)))
                cur.clear()
            quote.append(line[1:].lstrip() if line.startswith("> ") else line[1:])
        elif line.strip() == "":
            flush()
            blocks.append(("br", None))
        else:
            if quote:
                blocks.append(("q", list(quote)))
                quote.clear()
            cur.append(line)
    flush()
    def esc(x):
        return htmlmod.escape(x, quote=False)
    out = []
    if style == "outlook":
        out.append('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                   'xmlns="http://www.w3.org/TR/REC-html40"><head>\n'
                   '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n' % charset +
                   '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                   '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                   '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                   '--></style></head>\n<body lang="FR" link="#0563C1" vlink="#954F72">\n'
                   '<div class="WordSection1">\n')
        for kind, lines in blocks:
            if kind == "br":
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
            elif kind == "p":
                for ln in lines:
                    out.append('<p class="MsoNormal">%s<o:p></o:p></p>\n' % esc(ln))
            else:
                out.append('<div style="border:none;border-left:solid #E1E1E1 1.5pt;padding:0cm 0cm 0cm 4.0pt">\n')
                for ln in lines:
                    out.append('<p class="MsoNormal">%s<o:p></o:p></p>\n' % esc(ln))
                out.append('</div>\n')
        out.append('</div>\n</body>\n</html>\n')
    elif style == "gmail":
        out.append('<div dir="ltr">')
        for kind, lines in blocks:
            if kind == "br":
                out.append('<div><br></div>')
            elif kind == "p":
                out.append("<div>%s</div>" % "<br>".join(esc(l) for l in lines))
            else:
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote>'
                           % "<br>".join(esc(l) for l in lines))
        out.append("</div>\n")
    elif style == "zimbra":
        out.append('<html><body><div style="font-family: arial, helvetica, sans-serif; '
                   'font-size: 12pt; color: #000000">')
        for kind, lines in blocks:
            if kind == "br":
                out.append("<div><br data-mce-bogus=\"1\"></div>")
            elif kind == "p":
                out.append("".join("<div>%s</div>" % esc(l) for l in lines))
            else:
                out.append('<blockquote style="border-left:2px solid #1010FF;margin-left:5px;'
                           'padding-left:5px;">%s</blockquote>'
                           % "<br>".join(esc(l) for l in lines))
        out.append("</div></body></html>\n")
    else:  # apple / generic
        out.append('<html><head><meta http-equiv="content-type" content="text/html; '
                   'charset=%s"></head><body dir="auto">' % charset)
        for kind, lines in blocks:
            if kind == "br":
                out.append("<div><br></div>")
            elif kind == "p":
                out.append("<div>%s</div>" % "<br>".join(esc(l) for l in lines))
            else:
                out.append('<blockquote type="cite">%s</blockquote>'
                           % "<br>".join(esc(l) for l in lines))
        out.append("</body></html>\n")
    return "".join(out)


# A MIME part is (list of header lines, body bytes-or-str) or a multipart.
class Part:
    def __init__(self, headers, body=None, children=None, boundary=None,
                 preamble=None):
        self.headers = headers
        self.body = body
        self.children = children
        self.boundary = boundary
        self.preamble = preamble

    def render(self):
        chunks = []
        if self.children is None:
            b = self.body
            chunks.append(b if isinstance(b, bytes) else b.encode("ascii"))
        else:
            if self.preamble:
                chunks.append(self.preamble.encode("ascii") + b"\n")
            for ch in self.children:
                chunks.append(("--%s\n" % self.boundary).encode("ascii"))
                chunks.append(("\n".join(ch.headers) + "\n\n").encode("ascii"))
                chunks.append(ch.render())
                if not chunks[-1].endswith(b"\n"):
                    chunks.append(b"\n")
                chunks.append(b"\n")
            chunks.append(("--%s--\n" % self.boundary).encode("ascii"))
        return b"".join(chunks)


def text_part(text, charset="utf-8", cte="quoted-printable", subtype="plain",
              flowed=False, extra=None):
    ct = 'Content-Type: text/%s; charset="%s"' % (subtype, charset)
    if flowed:
        ct += "; format=flowed"
    h = [ct, "Content-Transfer-Encoding: %s" % cte] + (extra or [])
    return Part(h, encode_body(text, charset, cte))


def attachment(filename, ctype, data, inline=False):
    try:
        filename.encode("ascii")
        fn = 'filename="%s"' % filename
        nm = 'name="%s"' % filename
    except UnicodeEncodeError:
        from urllib.parse import quote
        fn = "filename*=utf-8''%s" % quote(filename)
        nm = 'name="%s"' % Header(filename, _cs("utf-8", "b")).encode()
    h = ['Content-Type: %s; %s' % (ctype, nm),
         'Content-Disposition: %s; %s' % ("inline" if inline else "attachment", fn),
         "Content-Transfer-Encoding: base64"]
    return Part(h, base64.encodebytes(data).decode("ascii"))


def multipart(subtype, children, boundary=None, extra_ct="", preamble=None):
    boundary = boundary or ("=_" + _hex(8) + "-" + _hex(4) + "-" + _hex(12))
    h = ['Content-Type: multipart/%s;%s\n boundary="%s"' % (subtype, extra_ct, boundary)]
    return Part(h, children=children, boundary=boundary, preamble=preamble)


def fake_pdf(title):
    body = ("%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            "4 0 obj<</Title(%s)>>endobj\ntrailer<</Root 1 0 R/Info 4 0 R>>\n%%%%EOF\n"
            % title.encode("ascii", "replace").decode("ascii"))
    return body.encode("ascii") + bytes(rng.randrange(256) for _ in range(300))


def fake_png():
    return bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


# ---------------------------------------------------------------- clients

def _msgid(client, domain, d):
    ts = int(d.timestamp())
    if client in ("outlook", "android"):
        box = "PR%d" % rng.randint(0, 3) + _alnum(2, "ABCDEFGHJKLMNPQRSTUVWXYZ") + "264MB" + str(rng.randint(1000, 9999))
        return "<%s%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (box, _hex(24).upper(), box)
    if client == "outlook_desktop":
        return "<000%s01db%s$%s$%s@%s>" % (_hex(1), _hex(4), _hex(8), _hex(8), domain)
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(10**8, 10**9), rng.randint(10**5, 10**6), ts * 1000 + rng.randint(0, 999), domain)
    if client == "gmail":
        return "<CA%s@mail.gmail.com>" % _alnum(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=")
    if client == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (_hex(8).upper(), _hex(4).upper(), _hex(4).upper(), _hex(4).upper(), _hex(12).upper(), domain)
    if client == "thunderbird":
        return "<%s-%s-%s-%s-%s@%s>" % (_hex(8), _hex(4), _hex(4), _hex(4), _hex(12), domain)
    if client == "roundcube":
        return "<%s@%s>" % (_hex(32), domain)
    return "<%d.%s@%s>" % (ts, _hex(10), domain)


def _received(client, domain, d):
    stamp = rfcdate(d + dt.timedelta(seconds=rng.randint(2, 40)))
    uid = _alnum(15)
    if client in ("outlook", "android"):
        host = "PAUP264CU%03d.outbound.protection.outlook.com" % rng.randint(1, 20)
    elif client == "gmail":
        host = "mail-%s%d-f%d.google.com" % (rng.choice(["wr", "ej", "wm", "lf"]), rng.randint(1, 2), rng.randint(40, 80))
    elif domain in ("orange.fr", "wanadoo.fr"):
        host = "smtp-%d.smtp.orange.fr" % rng.randint(10, 30)
    elif domain in ("free.fr",):
        host = "smtp%d-g21.free.fr" % rng.randint(1, 9)
    elif domain in ("laposte.net",):
        host = "mx%d.laposte.net" % rng.randint(1, 9)
    elif domain.startswith("ac-"):
        host = "smtp%d.%s" % (rng.randint(1, 6), domain)
    else:
        host = "mail.%s" % domain
    ip = _ip()
    return ["Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
            % (host, host, ip, MX, uid, SUPPORT, stamp)]


def _auth(domain, auth):
    if isinstance(auth, str) and auth.startswith("Authentication-Results:"):
        return [auth]
    dk, sp, dm = auth if isinstance(auth, tuple) else ("pass", "pass", "pass")
    lines = ["Authentication-Results: %s;" % MX]
    lines.append("\tdkim=%s%s;" % (dk, " (2048-bit key) header.d=%s" % domain if dk != "none" else ""))
    lines.append("\tspf=%s smtp.mailfrom=%s;" % (sp, domain))
    lines.append("\tdmarc=%s%s" % (dm, " (p=none dis=none) header.from=%s" % domain if dm != "none" else ""))
    return ["\n".join(lines)]


CLIENT_DEFAULTS = {
    # client: (alternative?, charset, cte, html style, extra headers)
    "outlook": (True, "utf-8", "quoted-printable", "outlook",
                ["Accept-Language: fr-FR, en-US", "Content-Language: fr-FR",
                 "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "]),
    "outlook_desktop": (True, "iso-8859-1", "quoted-printable", "outlook",
                        ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: fr"]),
    "zimbra": (True, "utf-8", "quoted-printable", "zimbra",
               ["X-Mailer: Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF126 (Win)/9.0.0_ZEXTRAS_20240927)"]),
    "gmail": (True, "UTF-8", "quoted-printable", "gmail", []),
    "apple": (True, "utf-8", "quoted-printable", "apple",
              ["X-Mailer: iPhone Mail (21F90)"]),
    "thunderbird": (False, "UTF-8", "8bit", None,
                    ["User-Agent: Mozilla Thunderbird"]),
    "android": (False, "utf-8", "base64", None, []),
    "roundcube": (False, "UTF-8", "quoted-printable", None,
                  ["User-Agent: Roundcube Webmail/1.6.6"]),
    "plain": (False, "utf-8", "quoted-printable", None, []),
}


def build(frm, subject, date, body, client="gmail", to=SUPPORT_TO, cc=None,
          reply_to=None, html=None, charset=None, cte=None, irt=None,
          refs=None, hdrs=None, att=None, auth=None, rp=None, html_body=None,
          subj_cs=None, subj_enc=None, flowed=None, top_extra=None,
          received=None, msgid=None, wrap=None):
    name, email = frm
    domain = email.rsplit("@", 1)[1]
    d = _parse_date(date)
    alt, dcs, dcte, hstyle, extra = CLIENT_DEFAULTS[client]
    if html is None:
        html = alt
    charset = charset or dcs
    cte = cte or dcte
    for cand in (charset, "windows-1252", "utf-8"):
        try:
            body.encode(cand)
            (html_body or "").encode(cand)
            charset = cand
            break
        except UnicodeEncodeError:
            continue
    scs = subj_cs or ("iso-8859-1" if charset.lower() == "iso-8859-1" else "utf-8")
    senc = subj_enc or ("b" if client in ("gmail", "android") else "q")

    H = []
    H.append("Return-Path: <%s>" % (email if rp is None else rp))
    H.append("Delivered-To: %s" % SUPPORT)
    H += received if received is not None else _received(client, domain, d)
    H += _auth(domain, auth or "pass")
    H += top_extra or []
    H.append("From: %s" % addr(name, email, scs, senc))
    H.append("To: %s" % addr_header(to, scs, senc))
    if cc:
        H.append("Cc: %s" % addr_header(cc, scs, senc))
    if reply_to:
        H.append("Reply-To: %s" % addr_header(reply_to, scs, senc))
    H.append("Subject: %s" % hdr(subject, scs, senc, "Subject"))
    if client in ("outlook", "outlook_desktop"):
        H.append("Thread-Topic: %s" % hdr(subject.split(": ", 1)[-1] if subject[:3].upper() in ("RE:", "TR:") else subject, scs, senc))
        H.append("Thread-Index: %s" % base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode())
    H.append("Date: %s" % rfcdate(d))
    H.append("Message-ID: %s" % (msgid or _msgid(client, domain, d)))
    if irt:
        H.append("In-Reply-To: %s" % irt)
        H.append("References: %s" % (" ".join(refs) if refs else irt))
    H.append("MIME-Version: 1.0" if client != "apple" else "Mime-Version: 1.0 (1.0)")
    H += extra
    H += hdrs or []

    fl = flowed if flowed is not None else (client == "thunderbird")
    if wrap is None:
        wrap = client in ("roundcube", "plain")
    if not wrap:
        body = unwrap(body, flowed=fl)
    hsrc = body if fl is False else unwrap(body.replace(" \n", "\n"))
    if html == "only":
        hb = html_body or to_html(hsrc, hstyle or "apple", charset)
        top = text_part(hb, charset, cte, "html")
    else:
        tp = text_part(body, charset, cte, flowed=fl)
        if html:
            hb = html_body or to_html(hsrc, hstyle or "apple", charset)
            top = multipart("alternative", [tp, text_part(hb, charset, cte, "html")])
        else:
            top = tp
    if att:
        kids = [top] + [attachment(*a) for a in att]
        top = multipart("mixed", kids)
    raw = ("\n".join(H + top.headers) + "\n\n").encode("ascii") + top.render()
    return raw


def build_report(frm, subject, date, parts, report_type, to=SUPPORT_TO,
                 rp="", hdrs=None, auth=None, received=None, client="plain"):
    """Automated multipart/report (bounces, read receipts)."""
    name, email = frm
    domain = email.rsplit("@", 1)[1]
    d = _parse_date(date)
    H = ["Return-Path: <%s>" % rp, "Delivered-To: %s" % SUPPORT]
    H += received if received is not None else _received(client, domain, d)
    H += _auth(domain, auth or ("none", "pass", "none"))
    H.append("From: %s" % addr(name, email))
    H.append("To: %s" % to)
    H.append("Subject: %s" % hdr(subject))
    H.append("Date: %s" % rfcdate(d))
    H.append("Message-ID: %s" % _msgid(client, domain, d))
    H.append("MIME-Version: 1.0")
    H += hdrs or []
    top = multipart("report", parts, extra_ct=" report-type=%s;" % report_type,
                    preamble="This is a MIME-encapsulated message.")
    return ("\n".join(H + top.headers) + "\n\n").encode("ascii") + top.render()


def raw_part(headers, text):
    return Part(headers, text if text.endswith("\n") else text + "\n")


def ticket_id(n, d):
    return "<SUP-%06d.%d.%s@assistance.example.fr>" % (n, int(_parse_date(d).timestamp()), _hex(6))


MAILS = []


def add(category, auto_reply_ok, uai, region, platform, hard, lang, notes, raw):
    MAILS.append(({"category": category, "auto_reply_ok": auto_reply_ok,
                   "uai": uai, "region": region, "platform": platform,
                   "hard": hard, "lang": lang, "notes": notes}, raw))


# =====================================================================
# password_reset
# =====================================================================

add("password_reset", True, "0696887L", "auvergne-rhone-alpes", "esidoc", False, "fr",
    "Lost e-sidoc back-office password before the end-of-year inventory; UAI in the signature.",
    build(("Sophie Marchetti", "sophie.marchetti@ac-lyon.fr"),
          "Accès e-sidoc - récolement de fin d'année", "2025-06-03 08:17 +0200", """\
Bonjour,

Je dois lancer le récolement du fonds avant le 20 juin et je ne parviens
plus à entrer dans l'administration de notre portail e-sidoc : mon mot de
passe est refusé, et je crois bien l'avoir changé en janvier sans le noter
nulle part (oui, je sais...).

Pourriez-vous m'indiquer comment le réinitialiser ?

Merci d'avance,

Sophie Marchetti
Professeure documentaliste
Collège Jean Moulin – Villeurbanne
UAI : 0696887L
""", client="zimbra"))

add("password_reset", True, "0804837Y", "hauts-de-france", "esidoc", False, "fr",
    "Temporary replacement librarian (contract until July) was never given the password; writes from Gmail, UAI in the body.",
    build(("Julien Ferrand", "julien.ferrand.80@gmail.com"),
          "remplacement CDI - pas de mot de passe", "2025-05-13 17:52 +0200", """\
Bonjour,

Je remplace la documentaliste du lycée Boucher de Perthes d'Abbeville depuis
le 5 mai, et jusqu'au 4 juillet normalement. Personne dans l'établissement ne
connaît le mot de passe de l'administration e-sidoc : la collègue est en
congé maladie et ne répond pas, la secrétaire de direction m'a dit de vous
écrire.

Le code de l'établissement est le 0804837Y. J'ai besoin d'enregistrer les
retours de manuels et de clôturer les prêts avant l'été, c'est assez urgent.

Merci beaucoup,
Julien Ferrand
(professeur contractuel)
"""))

add("password_reset", True, "0787011X", "ile-de-france", "esidoc", False, "en",
    "English. International-section librarian locked out after several attempts; UAI given as the username.",
    build(("Rachel Dunmore", "r.dunmore@lycee-intl-sgl.fr"),
          "Library portal account locked", "2025-05-20 09:41 +0200", """\
Hi there,

I'm the librarian for the British section at the Lycée International in
Saint-Germain-en-Laye. This morning I tried to log in to the e-sidoc admin a
few times with what I thought was the right password, and now it tells me
the account is locked.

The username we use is the school code, 0787011X. Could you unlock it, or
send me a reset link? Exams start next week and the students need the
revision reading lists I was about to publish.

Many thanks,
Rachel Dunmore
Librarian, British Section
""", client="outlook", hdrs=["Content-Language: en-GB"]))

add("password_reset", True, "0297114A", "bretagne", "esidoc", False, "fr",
    "Symptom only ('le lien est mort'): the reset link opened the next morning is expired; UAI only in the subject. iPhone.",
    build(("Gaëlle Le Goff", "gaelle.le-goff@ac-rennes.fr"),
          "Lien mort - 0297114A", "2025-06-11 07:58 +0200", """\
Bonjour
Le lien reçu hier soir pour changer le mot de passe est mort, j'ai une page "lien invalide ou expiré". Je ne l'ai ouvert que ce matin. Vous pouvez m'en renvoyer un ?
Merci
Gaëlle

Envoyé de mon iPhone
""", client="apple"))

add("password_reset", True, "0673228V", "grand-est", "esidoc", False, "en",
    "English. Expired password: the change form asks for the old one, which is forgotten.",
    build(("Markus Lindqvist", "m.lindqvist@ee-strasbourg.eu"),
          "Expired password – e-sidoc back office", "2025-05-27 14:06 +0200", """\
Hello,

When I log into our e-sidoc back office I get a message saying my password
has expired and I must choose a new one. The problem is that the form also
asks for the current password, and I honestly cannot remember it: the one
saved in my browser was wiped when IT reinstalled my laptop last week.

Could you reset it, please? I would like to publish the summer reading
selection before the pupils leave.

Best regards,

Markus Lindqvist
Teacher-librarian
École européenne de Strasbourg – UAI 0673228V
""", client="thunderbird"))

add("password_reset", True, "0160221D", "nouvelle-aquitaine", "esidoc", False, "fr",
    "The reset mail goes to the retired librarian's closed address; the gestionnaire asks how to regain access (reset path via the official address applies).",
    build(("Thierry Bouchet", "thierry.bouchet@ac-poitiers.fr"),
          "Réinitialisation mot de passe CDI – départ en retraite", "2025-05-22 11:30 +0200", """\
Bonjour,

Notre professeure documentaliste, Mme Bernadette Roux, a fait valoir ses
droits à la retraite le 1er mai. Son adresse académique a été désactivée
quelques jours après.

Son successeur n'arrive qu'en septembre, mais nous avons besoin d'ici là
d'ouvrir le portail e-sidoc du collège (UAI 0160221D) pour la saisie des
manuels rendus. Quand on clique sur « mot de passe oublié », le message part
visiblement sur l'ancienne adresse de Mme Roux, qui n'existe plus.

Comment pouvons-nous récupérer l'accès ?

Bien cordialement,

Thierry Bouchet
Adjoint gestionnaire
Collège Marcel Pagnol – Cognac
""", client="outlook_desktop"))

add("password_reset", True, "0939895A", "ile-de-france", "esidoc", False, "fr",
    "Replacement librarian (TZR) until July: the password on a sticky note fails, the login page 'renvoie à l'accueil'; asks for a new one.",
    build(("Nadia Benali", "nadia.benali@ac-creteil.fr"),
          "connexion impossible portail CDI", "2025-05-06 13:12 +0200", """\
Bonjour,

Je suis TZR et j'ai été affectée au collège Pablo Neruda de Stains pour la
fin de l'année (jusqu'au 4 juillet). La principale adjointe m'a remis
l'identifiant (0939895A) et un mot de passe noté sur un post-it. Quand je
les saisis, la page mouline deux secondes puis ça me renvoie à l'accueil du
portail, sans message d'erreur. Sur le poste de la salle des profs, pareil.

Je suppose que le mot de passe du post-it n'est plus le bon. Est-il possible
d'en obtenir un nouveau ?

Cordialement,
Nadia Benali
Professeure documentaliste (TZR)
""", client="zimbra"))

add("password_reset", True, "0572627W", "grand-est", "espace_acheteur", True, "fr",
    "Contrast: the agent comptable says the invoices are fine; the ask is a locked Espace Acheteur login. Not order_billing.",
    build(("Patrick Weber", "patrick.weber@ac-nancy-metz.fr"),
          "Accès Espace Acheteur bloqué - agence comptable", "2025-06-16 10:44 +0200", """\
Madame, Monsieur,

Je suis agent comptable du groupement comptable de Sarreguemines et je dois
récupérer dans l'Espace Acheteur plusieurs factures de l'exercice pour
préparer la clôture.

Je précise d'emblée que je n'ai aucune difficulté sur les factures
elles-mêmes : elles sont bien là, je les ai consultées le mois dernier. Le
problème est que je ne peux plus me connecter. « Identifiant ou mot de passe
incorrect », et après trois essais le compte semble bloqué.

Pourriez-vous me renvoyer un lien de réinitialisation ?

Avec mes remerciements,

Patrick Weber
Agent comptable
Lycée Jean de Pange – Sarreguemines (UAI 0572627W)
""", client="outlook"))

add("password_reset", True, "0314944F", "occitanie", "esidoc", True, "fr",
    "The request (lost e-sidoc password, send the link to this official mailbox) is buried mid-way in one long paragraph about exam logistics; the UAI is only in the ce.<UAI> sender address. Secretariat, not the head.",
    build(("Secrétariat Lycée Pierre-Paul Riquet", "ce.0314944F@ac-toulouse.fr"),
          "Demande", "2025-06-05 15:27 +0200", """\
Bonjour,

Je vous écris de la part du secrétariat du lycée, et je m'excuse par avance de la longueur de ce message mais la période est assez chargée chez nous : nous sommes centre d'écrit pour le baccalauréat à partir du 16 juin, les conseils de classe s'enchaînent jusqu'au 13, la moitié des salles sont déjà réservées pour les passages du grand oral et nous avons en plus un déménagement partiel du CDI prévu cet été à cause des travaux de la Région, si bien que tout le monde court un peu partout et que personne n'a vraiment le temps de s'occuper de l'informatique ; c'est dans ce contexte que notre documentaliste, Mme Garcia, s'est aperçue hier qu'elle ne retrouvait plus le mot de passe du portail e-sidoc alors qu'elle devait y exporter la liste des ouvrages à mettre en cartons, et comme la boîte de l'établissement est celle d'où je vous écris, pouvez-vous nous envoyer le lien de réinitialisation ici ? Elle est de toute façon à côté de moi presque tous les après-midi pour les convocations, donc nous pourrons le traiter ensemble dès réception, à condition que ce ne soit pas un jour de conseil, évidemment.

Merci et bonne journée,

Le secrétariat
Lycée Pierre-Paul Riquet – Saint-Orens
""", client="zimbra"))

add("password_reset", True, "0385548Z", "auvergne-rhone-alpes", "esidoc", False, "en",
    "English. Forgot both the username (it is the UAI) and the password; UAI in the signature, Gmail sender.",
    build(("Tom Whitaker", "tom.whitaker.gre@gmail.com"),
          "Forgotten login details", "2025-06-18 16:20 +0200", """\
Hi,

Quick one: I've forgotten both the username and the password for our
school's e-sidoc back office. I only need it for two things before the end
of June - printing overdue notices and closing the loans for the summer.
Could you tell me what the username is and send me a way to set a new
password?

Thanks,
Tom Whitaker
English section librarian
Cité scolaire internationale Europole, Grenoble
School code 0385548Z
"""))

add("password_reset", True, None, "bourgogne-franche-comte", "esidoc", True, "fr",
    "Wrong check letter: 0214163K is written, the digits give 0214163L, so no UAI is labelled; region from the ac-dijon.fr sender. Plain lost password otherwise.",
    build(("Hélène Cordier", "helene.cordier1@ac-dijon.fr"),
          "mot de passe oublié CDI collège", "2025-05-15 12:03 +0200", """\
Bonjour,

J'ai oublié le mot de passe de l'interface d'administration e-sidoc.
L'identifiant, si je me souviens bien, est le RNE du collège : 0214163K.

Je suis professeure documentaliste au collège Les Lentillères à Dijon. Merci
de me dire comment faire : j'ai essayé « mot de passe oublié » mais je ne
sais pas sur quelle adresse le message part.

Cordialement,
Hélène Cordier
""", client="zimbra"))

add("password_reset", True, "0446129Y", "pays-de-la-loire", "esidoc", False, "fr",
    "Reply on a reset ticket (Gmail French quote): the link sent to the official address expired before the secretary forwarded it; asks for a new one.",
    build(("Claire Mabille", "claire.mabille@ac-nantes.fr"),
          "Re: [#SUP-006714] Mot de passe e-sidoc", "2025-06-02 08:36 +0200", """\
Bonjour,

Le lien est bien parti sur l'adresse du collège, mais la secrétaire était
absente pour le pont de l'Ascension et ne me l'a transféré que ce matin : il
avait déjà expiré.

Pouvez-vous en renvoyer un ? Je m'arrangerai pour être au secrétariat au
moment où il arrive, cette fois.

Merci,
Claire Mabille
CDI – Collège Aristide Briand, Nantes

Le mar. 27 mai 2025 à 10:02, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
> officielle de votre établissement (c*.0446129Y@ac-n****.fr). Il est
> valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance
""", client="gmail", irt=ticket_id(6714, "2025-05-27 10:02 +0200")))

add("password_reset", True, "0338250N", "nouvelle-aquitaine", "esidoc", False, "en",
    "English. New librarian at a bilingual private school was never given the password; predecessor left in April.",
    build(("Amelia Grant", "amelia.grant@bilingual-bordeaux.fr"),
          "New librarian - no password for e-sidoc", "2025-05-09 15:48 +0200", """\
Good afternoon,

I started as librarian at the Bilingual Secondary School of Bordeaux two
weeks ago. My predecessor left in April without handing over anything for
the library system. I have been told the login is our establishment number,
0338250N, but I was never given the password.

What do I need to do to get one? If you need something from the head
teacher I can ask her, she is just across the corridor.

Kind regards,
Amelia Grant
Librarian
""", client="outlook", hdrs=["Content-Language: en-GB"]))

add("password_reset", True, "0627882F", "hauts-de-france", "esidoc", False, "fr",
    "Three lines from a phone, no capitals; UAI written in lower case in the body.",
    build(("christophe delattre", "christophe.delattre62@orange.fr"),
          "mdp", "2025-06-20 21:14 +0200", """\
bonjour
mot de passe esidoc perdu. rne 0627882f. pouvez vous me le renvoyer merci

envoyé de mon samsung
""", client="android"))

add("password_reset", False, "0132558K", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
    "Two topics in a numbered list: lost password (first) and how to show a summer-closure banner and pause overdue reminders (other). One template would answer only half.",
    build(("Isabelle Santoni", "isabelle.santoni@ac-aix-marseille.fr"),
          "Mot de passe + question fermeture estivale", "2025-06-24 10:05 +0200", """\
Bonjour,

Deux choses, si vous le permettez :

1. Je n'arrive plus à me connecter à l'administration de notre portail
e-sidoc (mot de passe refusé ; je pense l'avoir changé lors de la dernière
mise à jour et je ne le retrouve pas). Collège Longchamp, Marseille, UAI
0132558K.

2. Le CDI sera fermé du 4 juillet au 1er septembre. Est-il possible
d'afficher un bandeau sur le portail pour prévenir les élèves, et de
suspendre les relances de retard automatiques pendant l'été pour que les
familles ne reçoivent pas de courriels en août ?

Merci pour votre aide,

Isabelle Santoni
Professeure documentaliste
""", client="outlook"))

add("password_reset", True, None, None, "espace_acheteur", False, "fr",
    "Replacement gestionnaire: the Espace Acheteur login was the departed colleague's, on a shared intendance address, and is unknown (FAQ case). No UAI, non-academic sender.",
    build(("Marine Okafor", "intendance@lycee-descartes-tours.fr"),
          "Identifiant Espace Acheteur inconnu", "2025-05-19 14:31 +0200", """\
Bonjour,

Je remplace l'adjointe gestionnaire du lycée depuis le 12 mai (contrat
jusqu'à fin août). Je dois passer les dernières commandes de l'année sur
l'Espace Acheteur, mais je n'ai ni l'identifiant ni le mot de passe : ma
collègue est partie en mutation et le compte était à son nom, avec
l'adresse générique de l'intendance que nous partageons à trois.

J'ai tenté « mot de passe oublié » avec cette adresse : on me répond
qu'aucun compte ne correspond. Je ne sais donc pas quel identifiant elle
utilisait.

Que dois-je faire ?

Cordialement,
Marine Okafor
Intendance – Lycée René Descartes
""", client="outlook_desktop", charset="utf-8"))

add("password_reset", True, "0599101X", "hauts-de-france", "esidoc", False, "fr",
    "Outlook forward (TR:) of the reset mail: the button 'renvoie à l'accueil' without a form; asks for a new link.",
    build(("Vandamme Laurent", "laurent.vandamme@ac-lille.fr"),
          "TR: Réinitialisation de votre mot de passe e-sidoc", "2025-06-10 08:02 +0200", """\
Bonjour,

Je vous transfère le message reçu ce matin. Quand je clique sur le bouton
« Choisir un nouveau mot de passe », ça me renvoie à l'accueil du portail,
sans formulaire. J'ai essayé avec Firefox et avec Edge.

Pouvez-vous m'envoyer un nouveau lien, ou réinitialiser directement ?

Merci
Laurent Vandamme
Collège Jean Jaurès – Lomme

________________________________
De : e-sidoc <no-reply@esidoc.example.fr>
Envoyé : mardi 10 juin 2025 07:41
À : Vandamme Laurent <laurent.vandamme@ac-lille.fr>
Objet : Réinitialisation de votre mot de passe e-sidoc

Bonjour,

Une demande de réinitialisation du mot de passe a été faite pour le compte
0599101X. Cliquez sur le lien ci-dessous pour choisir un nouveau mot de
passe (valable 12 heures) :
https://0599101x.esidoc.example.fr/admin/reinitialisation?jeton=7f3c1e9a

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.
""", client="outlook"))

add("password_reset", True, "0876672E", "nouvelle-aquitaine", "esidoc", True, "fr",
    "Says the reset mail never arrives and is not in spam, but explains why: the academic address on file was closed early (counted as retired). A reset problem (address on file dead), not missing_noreply_mail. Personal address.",
    build(("Françoise Dumas", "francoise.dumas87@laposte.net"),
          "Mail de réinitialisation introuvable (adresse fermée)", "2025-05-12 18:09 +0200", """\
Bonjour,

J'ai demandé trois fois le mail de réinitialisation du mot de passe e-sidoc
du collège (UAI 0876672E, Limoges). Rien reçu, rien dans les spams non plus.
Mais en y réfléchissant, je crois savoir pourquoi : l'adresse associée au
compte est mon adresse académique, qui a été fermée fin avril parce que le
rectorat m'a comptée comme retraitée au 1er mai... alors que je ne pars
qu'au 31 août ! Je vous écris donc de mon adresse personnelle.

Je suis toujours en poste et j'ai besoin du portail jusqu'à la fin de
l'année. Comment récupérer l'accès ?

Merci,
Françoise Dumas
Professeure documentaliste, collège Léonard Limosin
""", client="roundcube"))

add("password_reset", True, "9745149D", "la-reunion", "esidoc", False, "fr",
    "Account locked after attempts with caps lock on; written between two bac invigilation slots. Réunion time zone.",
    build(("Anne-Sophie Payet", "anne-sophie.payet@ac-reunion.fr"),
          "COMPTE BLOQUÉ", "2025-06-17 11:52 +0400", """\
Bonjour,

J'ai 10 minutes entre deux surveillances de bac alors je fais court : compte
e-sidoc du lycée bloqué après plusieurs essais (j'avais le verrouillage
majuscules activé sans m'en rendre compte...). Identifiant 9745149D.

Pouvez-vous le débloquer ou m'envoyer un lien ?

Merci !!
Anne-Sophie Payet, lycée Roland Garros, Le Tampon
""", client="zimbra"))

add("password_reset", True, "7202002N", "corse", "esidoc", False, "fr",
    "Does not know that the identifiant is the UAI and never had the password; Haute-Corse prefix 720.",
    build(("Marie-Ange Santucci", "marie-ange.santucci@ac-corse.fr"),
          "Identifiant ?", "2025-05-07 10:26 +0200", """\
Bonjour,

Je suis arrivée au collège Pasquale Paoli de Corte en février (j'étais
avant dans un établissement qui n'avait pas ce portail). Sur la page de
connexion d'e-sidoc on me demande un « identifiant » : j'ai mis mon adresse
académique, ça ne passe pas. Et le mot de passe, je ne l'ai jamais eu.

Le collège, c'est le 7202002N si ça peut servir.

Bonne journée
Marie-Ange Santucci
""", client="roundcube"))

add("password_reset", True, "9717903N", "guadeloupe", "esidoc", True, "fr",
    "The head's secretary writes in her own name from the ce.<UAI> address and asks for the reset link on that address: password_reset (not a head-of-establishment request). Guadeloupe time zone.",
    build(("Collège Courbaril - Secrétariat", "ce.9717903N@ac-guadeloupe.fr"),
          "Réinitialisation du mot de passe e-sidoc – 9717903N", "2025-05-28 08:15 -0400", """\
Bonjour,

Je suis la secrétaire de direction du collège Courbaril (Saint-Claude).
Notre professeur documentaliste, M. Jean-Baptiste Bélair, ne parvient plus
à accéder au portail e-sidoc : il a oublié son mot de passe.

Il me demande de vous écrire depuis la boîte de l'établissement afin que le
lien de réinitialisation y soit envoyé. Je le lui transmettrai
immédiatement.

Je reste à votre disposition.

Cordialement,
Mme Rosette Lubin
Secrétariat de direction
""", client="zimbra"))

add("password_reset", True, "0752574R", "ile-de-france", "esidoc", False, "en",
    "English. Exchange teacher covering the library until the end of the year; nobody knows the password.",
    build(("Dana Whitfield", "dana.whitfield.fulbright@gmail.com"),
          "password for the library system?", "2025-06-06 12:40 +0200", """\
Hello,

I'm a Fulbright exchange teacher covering the school library at Lycée
Montaigne in Paris until the end of the year, while the regular librarian
is on leave. Nobody here seems to know the password for the library
catalogue admin (e-sidoc), and I need it to check books back in before the
students leave for the summer.

The school's code is 0752574R. Could you help me get access? I can have
someone from the office confirm who I am if that's needed.

Thanks so much,
Dana
"""))

# =====================================================================
# automated
# =====================================================================

def our_reply(ticket, to, subject, date, text):
    """One of the desk's own outgoing messages, as a bounce would quote it."""
    mid = ticket_id(ticket, date)
    hs = ["From: Assistance <%s>" % SUPPORT, "To: %s" % to,
          "Subject: %s" % hdr(subject), "Date: %s" % rfcdate(_parse_date(date)),
          "Message-ID: %s" % mid, "Auto-Submitted: auto-replied",
          "MIME-Version: 1.0", 'Content-Type: text/plain; charset="utf-8"',
          "Content-Transfer-Encoding: quoted-printable"]
    return mid, "\n".join(hs) + "\n\n" + encode_body(text, "utf-8", "quoted-printable")


add("automated", False, None, "ile-de-france", None, False, "fr",
    "Exchange out-of-office (bac invigilation until 20 June) answering a desk reply: Auto-Submitted and X-Auto-Response-Suppress. Region from the ac-versailles.fr sender.",
    build(("Morel Véronique", "veronique.morel3@ac-versailles.fr"),
          "Réponse automatique : [#SUP-006802] Abonnement Europresse", "2025-06-12 09:03 +0200", """\
Bonjour,

Je suis mobilisée sur l'organisation des épreuves du baccalauréat jusqu'au
vendredi 20 juin inclus et je ne consulte ma messagerie que
ponctuellement.

Pour toute question concernant le CDI, vous pouvez joindre la vie scolaire
au 01 30 52 17 40.

Bien cordialement,
Véronique Morel
""", client="outlook", irt=ticket_id(6802, "2025-06-12 09:01 +0200"),
          hdrs=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
                "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"]))

add("automated", False, None, "occitanie", None, False, "fr",
    "Zimbra vacation reply from an ac-montpellier.fr address (training course): 'Auto-Submitted: auto-replied (zimbra; vacation)'.",
    build(("Karim Haddou", "karim.haddou@ac-montpellier.fr"),
          "Re: [#SUP-006733] Demande d'accès Espace Acheteur", "2025-06-03 14:22 +0200", """\
Bonjour,

Je suis en formation du lundi 2 au vendredi 6 juin, sans accès régulier à
mes courriels. Je traiterai votre message à mon retour.

Pour les urgences liées à l'intendance : secrétariat de gestion,
04 67 22 81 30.

Karim Haddou
Adjoint gestionnaire
""", client="zimbra", irt=ticket_id(6733, "2025-06-03 14:21 +0200"),
          hdrs=["Auto-Submitted: auto-replied (zimbra; vacation)"]))

add("automated", False, None, None, None, False, "en",
    "English vacation responder of a UK bookseller's Google Workspace mailbox (Auto-Submitted: auto-replied).",
    build(("Oliver Pennington", "oliver@harbourbooks.co.uk"),
          "Out of office until 2 June", "2025-05-26 07:30 +0100", """\
Thank you for your email.

I'm away at the Hay Festival until Monday 2 June with limited access to
email. For orders and invoices please contact accounts@harbourbooks.co.uk,
who will be happy to help.

Best wishes,
Oliver Pennington
Harbour Books - Schools & Libraries
""", client="gmail", irt=ticket_id(6655, "2025-05-26 07:29 +0200"),
          hdrs=["Auto-Submitted: auto-replied"]))

_mid, _orig = our_reply(6771, "jacqueline.berthou@ac-nantes.fr",
                        "[#SUP-006771] Votre demande : portail e-sidoc", "2025-06-04 10:15 +0200", """\
Bonjour,

Votre demande a bien été enregistrée sous la référence SUP-006771.
Un membre de l'équipe d'assistance vous répondra sous 48 heures ouvrées.

Cordialement,
L'équipe d'assistance
""")
add("automated", False, None, "pays-de-la-loire", None, False, "en",
    "Postfix bounce (multipart/report, delivery-status, original attached, null Return-Path): the recipient's academic mailbox was closed after retirement. Region from the ac-nantes.fr MAILER-DAEMON sender.",
    build_report(("Mail Delivery System", "MAILER-DAEMON@ac-nantes.fr"),
                 "Undelivered Mail Returned to Sender", "2025-06-04 10:15:07 +0200", [
        text_part("""\
This is the mail system at host smtp2.ac-nantes.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<jacqueline.berthou@ac-nantes.fr>: host mbox3.ac-nantes.fr[192.0.2.77] said:
    550 5.1.1 <jacqueline.berthou@ac-nantes.fr>: Recipient address rejected:
    account disabled (in reply to RCPT TO command)
""", "us-ascii", "7bit", extra=["Content-Description: Notification"]),
        raw_part(["Content-Description: Delivery report",
                  "Content-Type: message/delivery-status"], """\
Reporting-MTA: dns; smtp2.ac-nantes.fr
X-Postfix-Queue-ID: 4dQk2m1HZbz9tY3
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Wed,  4 Jun 2025 10:15:05 +0200 (CEST)

Final-Recipient: rfc822; jacqueline.berthou@ac-nantes.fr
Original-Recipient: rfc822;jacqueline.berthou@ac-nantes.fr
Action: failed
Status: 5.1.1
Remote-MTA: dns; mbox3.ac-nantes.fr
Diagnostic-Code: smtp; 550 5.1.1 <jacqueline.berthou@ac-nantes.fr>: Recipient
    address rejected: account disabled
"""),
        raw_part(["Content-Description: Undelivered Message",
                  "Content-Type: message/rfc822"], _orig),
    ], "delivery-status", hdrs=["Auto-Submitted: auto-replied"]))

_mid, _orig = our_reply(6690, "librarian@stmarys-intl.fr",
                        "[#SUP-006690] Your request: Espace Acheteur account", "2025-05-21 16:40 +0200", """\
Hello,

Your request has been recorded under reference SUP-006690.
A member of the support team will reply within 48 working hours.

Kind regards,
The support team
""")
add("automated", False, None, None, None, False, "en",
    "Exchange Online NDR in English ('Undeliverable:'), multipart/report with an HTML explanation and the returned headers.",
    build_report(("Microsoft Outlook", "postmaster@stmarys-intl.fr"),
                 "Undeliverable: [#SUP-006690] Your request: Espace Acheteur account",
                 "2025-05-21 14:40:22 +0000", [
        multipart("alternative", [
            text_part("""\
Your message to librarian@stmarys-intl.fr couldn't be delivered.

librarian wasn't found at stmarys-intl.fr.

support         Office 365        librarian
Action Required                   Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the
following:
- Retype the recipient's address, then resend the message.
- If you're using Outlook, delete the entry from the auto-complete list.
""", "utf-8", "quoted-printable"),
            text_part("""\
<html><body><div style="font-family:Segoe UI,Arial">
<p style="font-size:21px;color:#C00000"><b>Your message to librarian@stmarys-intl.fr couldn't be delivered.</b></p>
<p><b>librarian</b> wasn't found at <b>stmarys-intl.fr</b>.</p>
<p><b>How to Fix It</b><br>The address may be misspelled or may not exist.</p>
<p style="color:#666;font-size:11px">Diagnostic information for administrators:<br>
Generating server: PR3P264MB2461.FRAP264.PROD.OUTLOOK.COM<br>
librarian@stmarys-intl.fr<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
</div></body></html>
""", "utf-8", "quoted-printable", "html"),
        ]),
        raw_part(["Content-Type: message/delivery-status"], """\
Reporting-MTA: dns;PR3P264MB2461.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Wed, 21 May 2025 14:40:20 +0000

Final-Recipient: rfc822;librarian@stmarys-intl.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""),
        raw_part(["Content-Type: text/rfc822-headers"], _orig.split("\n\n", 1)[0] + "\n"),
    ], "delivery-status", client="outlook", auth=("pass", "pass", "pass"),
        hdrs=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: ",
              "Content-Language: en-US"]))

_mid, _orig = our_reply(6820, "rdelaunay@lycee-saint-joseph-beauvais.fr",
                        "[#SUP-006820] Commande en attente de validation", "2025-06-13 11:02 +0200", """\
Bonjour,

Nous avons bien reçu votre demande concernant la commande en attente.
Un membre de l'équipe vous répondra sous 48 heures ouvrées.

Cordialement,
L'équipe d'assistance
""")
add("automated", False, None, None, None, False, "fr",
    "Exchange NDR in French ('Non remis :'): the replacement gestionnaire's mailbox was removed at the end of her contract. multipart/report, original attached.",
    build_report(("Microsoft Outlook", "postmaster@lycee-saint-joseph-beauvais.fr"),
                 "Non remis : [#SUP-006820] Commande en attente de validation",
                 "2025-06-13 09:02:41 +0000", [
        multipart("alternative", [
            text_part("""\
Votre message n'a pas pu être remis à rdelaunay@lycee-saint-joseph-beauvais.fr.

rdelaunay est introuvable dans le domaine lycee-saint-joseph-beauvais.fr.

Comment résoudre le problème
L'adresse est peut-être mal orthographiée ou n'existe pas. Essayez de
retaper l'adresse du destinataire, puis renvoyez le message.

Informations de diagnostic pour les administrateurs :
Serveur de génération : PA4P264MB3302.FRAP264.PROD.OUTLOOK.COM
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", "utf-8", "quoted-printable"),
            text_part("""\
<html><body><div style="font-family:Segoe UI,Arial">
<p style="font-size:21px;color:#C00000"><b>Votre message n’a pas pu être remis à rdelaunay@lycee-saint-joseph-beauvais.fr.</b></p>
<p><b>rdelaunay</b> est introuvable dans le domaine <b>lycee-saint-joseph-beauvais.fr</b>.</p>
</div></body></html>
""", "utf-8", "quoted-printable", "html"),
        ]),
        raw_part(["Content-Type: message/delivery-status"], """\
Reporting-MTA: dns;PA4P264MB3302.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Fri, 13 Jun 2025 09:02:39 +0000

Final-Recipient: rfc822;rdelaunay@lycee-saint-joseph-beauvais.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""),
        raw_part(["Content-Type: message/rfc822"], _orig),
    ], "delivery-status", client="outlook", auth=("pass", "pass", "pass"),
        hdrs=["Auto-Submitted: auto-replied", "Content-Language: fr-FR",
              "X-MS-Exchange-Message-Is-Ndr: "]))

add("automated", False, None, "nouvelle-aquitaine", None, False, "fr",
    "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from the ac-bordeaux.fr sender.",
    build_report(("Lacoste Sandrine", "sandrine.lacoste@ac-bordeaux.fr"),
                 "Lu : [#SUP-006745] Facture Chorus", "2025-06-05 16:48:02 +0200", [
        text_part("""\
Votre message

  À : Lacoste Sandrine
  Objet : [#SUP-006745] Facture Chorus
  Envoyé : jeudi 5 juin 2025 14:31:10 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le jeudi 5 juin 2025 16:47:58 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""", "utf-8", "quoted-printable"),
        raw_part(["Content-Type: message/disposition-notification"], """\
Reporting-UA: smtp4.ac-bordeaux.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;sandrine.lacoste@ac-bordeaux.fr
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % ticket_id(6745, "2025-06-05 14:31 +0200")),
    ], "disposition-notification", rp="sandrine.lacoste@ac-bordeaux.fr", client="outlook_desktop",
        auth=("pass", "pass", "pass"), hdrs=["X-Mailer: Microsoft Outlook 16.0"]))

add("automated", False, None, None, None, False, "en",
    "Thunderbird return receipt in English from a UK supplier, multipart/report disposition-notification.",
    build_report(("Priya Shah", "priya.shah@learnwell-resources.co.uk"),
                 "Return Receipt (displayed) - Re: [#SUP-006702] Framework documents",
                 "2025-05-23 10:12:44 +0100", [
        text_part("""\
This is a Return Receipt for the mail that you sent to priya.shah@learnwell-resources.co.uk.

Note: This Return Receipt only acknowledges that the message was displayed
on the recipient's computer. There is no guarantee that the recipient has
read or understood the message contents.
""", "UTF-8", "7bit"),
        raw_part(["Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"",
                  "Content-Disposition: inline",
                  "Content-Transfer-Encoding: 7bit"], """\
Reporting-UA: learnwell-resources.co.uk; Mozilla Thunderbird
Final-Recipient: rfc822;priya.shah@learnwell-resources.co.uk
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % ticket_id(6702, "2025-05-23 09:58 +0200")),
        raw_part(["Content-Type: text/rfc822-headers; name=\"MDNPart3.txt\"",
                  "Content-Transfer-Encoding: 7bit",
                  "Content-Disposition: inline"], """\
From: Assistance <support@assistance.example.fr>
To: Priya Shah <priya.shah@learnwell-resources.co.uk>
Subject: Re: [#SUP-006702] Framework documents
Date: Fri, 23 May 2025 09:58:00 +0200
"""),
    ], "disposition-notification", rp="priya.shah@learnwell-resources.co.uk",
        client="thunderbird", auth=("pass", "pass", "pass"),
        hdrs=["User-Agent: Mozilla Thunderbird"]))

add("automated", False, None, "nouvelle-aquitaine", "esidoc", True, "fr",
    "A librarian's real question about the e-sidoc end-of-year inventory, but posted to the Vienne librarians' mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us. Region from the ac-poitiers.fr sender.",
    build(("Élodie Chartier", "elodie.chartier@ac-poitiers.fr"),
          "[docs86] Récolement e-sidoc : exporter la liste des manquants ?", "2025-06-10 13:37 +0200", """\
Bonjour à toutes et à tous,

Je me lance dans mon premier récolement complet sur e-sidoc et je bloque à
la fin : une fois la saisie des exemplaires présents terminée, comment
sortez-vous la liste des documents manquants pour la montrer à la direction
avant de les passer en « perdus » ? Je ne trouve qu'un export de tout le
fonds.

Si quelqu'un a une méthode ou un tuto, je prends !

Merci et bon courage pour la fin d'année,
Élodie
CDI – Collège Jean Rostand, Neuville-de-Poitou
""", client="zimbra", to="docs86@listes.ac-poitiers.fr",
          hdrs=["List-Id: Professeurs documentalistes de la Vienne <docs86.listes.ac-poitiers.fr>",
                "List-Post: <mailto:docs86@listes.ac-poitiers.fr>",
                "List-Unsubscribe: <mailto:sympa@listes.ac-poitiers.fr?subject=unsubscribe%20docs86>",
                "List-Archive: <https://listes.ac-poitiers.fr/sympa/arc/docs86>",
                "Precedence: list",
                "Sender: docs86-request@listes.ac-poitiers.fr",
                "X-Loop: docs86@listes.ac-poitiers.fr"],
          rp="docs86-owner@listes.ac-poitiers.fr"))

add("automated", False, None, None, None, False, "fr",
    "Publisher's marketing newsletter (end-of-year subscription offer): List-Id, List-Unsubscribe one-click, Precedence: bulk.",
    build(("Éditions Lirabelle – Service scolaire", "infos@news.lirabelle-editions.fr"),
          "Préparez la rentrée : -15 % sur vos abonnements 2025-2026 jusqu'au 30 juin",
          "2025-06-02 06:30 +0200", """\
Lettre aux établissements – juin 2025

Préparez la rentrée dès maintenant !

Jusqu'au 30 juin, bénéficiez de 15 % de remise sur tous les abonnements
numériques 2025-2026 de nos revues jeunesse :
- Curieux de Sciences (collège)
- L'Actu en clair (lycée)
- Lire & Dire (cycle 3)

Code : RENTREE25 – valable une fois par établissement.

Commander : https://news.lirabelle-editions.fr/c/0625/rentree

Vous recevez ce message car votre adresse est inscrite à la lettre
d'information « Établissements ».
Se désinscrire : https://news.lirabelle-editions.fr/u/88213/f02a
""", client="plain", html=True, rp="bounce-88213@news.lirabelle-editions.fr",
          hdrs=["List-Id: Lettre Etablissements <etablissements.news.lirabelle-editions.fr>",
                "List-Unsubscribe: <https://news.lirabelle-editions.fr/u/88213/f02a>, <mailto:unsub-88213@news.lirabelle-editions.fr>",
                "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                "Precedence: bulk", "Feedback-ID: 88213:lettre:lirabelle"]))

add("automated", False, None, None, "espace_acheteur", False, "fr",
    "No-reply offer alert from the Espace Acheteur to the desk's own subscribed address (Auto-Submitted: auto-generated).",
    build(("Espace Acheteur", "no-reply@espace-acheteur.example.fr"),
          "Alerte : nouvelle offre publiée – Fournitures scolaires 2025-2027",
          "2025-05-16 05:00 +0200", """\
Bonjour,

Une nouvelle offre correspondant à votre alerte « Fournitures » vient
d'être publiée :

Marché 2025-041 – Fournitures scolaires et de bureau (lots 1 à 4)
Durée : 1er septembre 2025 – 31 août 2027
Documents : CCAP, CCTP, BPU, convention d'adhésion

Consulter l'offre : https://espace-acheteur.example.fr/marches/2025-041

Ce message est envoyé automatiquement, merci de ne pas y répondre.
Gérer mes alertes : https://espace-acheteur.example.fr/mon-compte/alertes
""", client="plain", html=True, rp="bounces@espace-acheteur.example.fr",
          hdrs=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]))

add("automated", False, None, None, "esignature", False, "fr",
    "E-signature platform notification that an amendment was signed by all parties (Auto-Submitted: auto-generated, no-reply sender).",
    build(("Signature électronique", "notifications@esignature.example.fr"),
          "Document signé par toutes les parties : Avenant n°1 – Convention d'adhésion 2024-2026",
          "2025-06-19 17:46 +0200", """\
Bonjour,

Le document « Avenant n°1 – Convention d'adhésion 2024-2026 » a été signé
par toutes les parties :

  1. Lycée Camille Claudel – signé le 18/06/2025 à 09:12
  2. Centrale d'achat – signé le 19/06/2025 à 17:45

Le document signé et son dossier de preuve sont disponibles pendant
90 jours : https://esignature.example.fr/d/7Q2KX9/telecharger

Cet e-mail a été envoyé automatiquement. Merci de ne pas y répondre.
""", client="plain", html=True, rp="bounce@esignature.example.fr",
          hdrs=["Auto-Submitted: auto-generated"]))

add("automated", False, None, None, "ticket_portal", False, "fr",
    "Ticket-portal status notification (ticket resolved) sent to the desk's address; Auto-Submitted: auto-generated.",
    build(("Portail de tickets", "ne-pas-repondre@tickets.example.fr"),
          "[Ticket #48213] Statut modifié : Résolu", "2025-05-30 18:02 +0200", """\
Le ticket #48213 « Synchronisation des notices – lenteurs » a changé de
statut.

Ancien statut : En cours de traitement
Nouveau statut : Résolu

Dernier commentaire (équipe technique) :
  Le correctif a été déployé le 30/05 à 17h30. Les lenteurs ne devraient
  plus se reproduire. Sans retour de votre part sous 7 jours, le ticket
  sera clôturé.

Suivre le ticket : https://tickets.example.fr/t/48213

Notification automatique – ne pas répondre à ce message.
""", client="plain", rp="", hdrs=["Auto-Submitted: auto-generated", "Precedence: bulk"]))

_mid, _orig = our_reply(6759, "m.ribeiro@orange.fr",
                        "[#SUP-006759] Mot de passe Espace Acheteur", "2025-06-06 09:20 +0200", """\
Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse enregistrée pour votre
compte. Il est valable 12 heures.

Cordialement,
L'équipe d'assistance
""")
add("automated", False, None, None, None, False, "fr",
    "Orange bounce in French: recipient mailbox full (5.2.2); multipart/report delivery-status with the original attached, null Return-Path.",
    build_report(("Service de messagerie Orange", "mailer-daemon@orange.fr"),
                 "Échec de la remise du message", "2025-06-06 09:20:31 +0200", [
        text_part("""\
Ce message est généré automatiquement par le serveur de messagerie
smtp-22.smtp.orange.fr.

Votre message n'a pas pu être remis au destinataire suivant :

  m.ribeiro@orange.fr
  Motif : boîte aux lettres pleine (quota dépassé).

Le destinataire doit libérer de l'espace avant de pouvoir recevoir de
nouveaux messages. Votre message d'origine est joint.
""", "utf-8", "quoted-printable"),
        raw_part(["Content-Type: message/delivery-status"], """\
Reporting-MTA: dns; smtp-22.smtp.orange.fr
Arrival-Date: Fri, 6 Jun 2025 09:20:29 +0200

Final-Recipient: rfc822; m.ribeiro@orange.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
"""),
        raw_part(["Content-Type: message/rfc822"], _orig),
    ], "delivery-status", hdrs=["Auto-Submitted: auto-replied"]))

add("automated", False, None, None, None, False, "en",
    "English out-of-office of a German supplier's sales contact (Auto-Submitted: auto-replied, X-Auto-Response-Suppress), with a one-line German header.",
    build(("Lena Hofmann", "l.hofmann@bibliotec-gmbh.de"),
          "Automatic reply: Invoice copy for Lycée Kléber", "2025-06-23 08:01 +0200", """\
Abwesenheitsnotiz / Out of office

Thank you for your message. I am out of the office until 30 June 2025 and
will have no access to my emails. Your message will not be forwarded.

For urgent matters regarding orders and invoices, please contact our
customer service team at service@bibliotec-gmbh.de or +49 711 408 20-0.

Kind regards
Lena Hofmann
Sales France & Benelux
""", client="outlook", irt=ticket_id(6871, "2025-06-23 08:00 +0200"),
          hdrs=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                "Content-Language: en-US"]))

add("automated", False, "0250446Z", "bourgogne-franche-comte", None, False, "fr",
    "Out-of-office of a lycée's official mailbox (ce.<UAI>) that talks about e-sidoc passwords and exam closures; Auto-Submitted is present. UAI from the address.",
    build(("Lycée Louis Pergaud - Secrétariat", "ce.0250446Z@ac-besancon.fr"),
          "Re: [#SUP-006840] Mot de passe e-sidoc", "2025-06-16 07:45 +0200", """\
Bonjour,

L'établissement est centre d'examen du 16 au 20 juin : le secrétariat
n'assure pas de permanence téléphonique pendant cette période et les
messages seront traités à partir du lundi 23 juin.

Pour les demandes de mot de passe e-sidoc, merci de vous adresser
directement au CDI (cdi.pergaud@ac-besancon.fr).

Ceci est une réponse automatique.

Le secrétariat
""", client="zimbra", irt=ticket_id(6840, "2025-06-16 07:44 +0200"),
          hdrs=["Auto-Submitted: auto-replied (zimbra; vacation)"]))

add("automated", False, None, "grand-est", None, True, "fr",
    "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording tells it is automatic. Region from the ac-reims.fr sender.",
    build(("Nathalie Gérard", "nathalie.gerard@ac-reims.fr"),
          "Absente jusqu'au 23 juin", "2025-06-18 10:20 +0200", """\
Bonjour,

Je suis absente jusqu'au lundi 23 juin (jury du baccalauréat).
Votre message sera lu à mon retour.

Nathalie Gérard
Gestionnaire – Lycée Jean Moulin, Revin
""", client="outlook_desktop"))

add("automated", False, None, None, None, False, "fr",
    "Gmail 'Notification d'état de remise (échec)' in French: multipart/report with text/rfc822-headers only, from mailer-daemon@googlemail.com.",
    build_report(("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
                 "Delivery Status Notification (Failure)", "2025-05-14 15:33:18 -0700", [
        multipart("related", [
            multipart("alternative", [
                text_part("""\

** Adresse introuvable **

Votre message n'a pas pu être transmis à lea.fontanel.cdi@gmail.com, car
l'adresse est introuvable ou ne peut pas recevoir de messages.

Pour en savoir plus, rendez-vous sur https://support.google.com/mail/?p=NoSuchUser

La réponse du serveur distant était :
550 5.1.1 The email account that you tried to reach does not exist.
""", "UTF-8", "quoted-printable"),
                text_part("""\
<html><head></head><body>
<div style="font-family:Google Sans,Roboto,sans-serif"><h1 style="font-size:24px">Adresse introuvable</h1>
<p>Votre message n'a pas pu être transmis à <b>lea.fontanel.cdi@gmail.com</b>, car l'adresse est introuvable ou ne peut pas recevoir de messages.</p>
<p style="color:#777">550 5.1.1 The email account that you tried to reach does not exist.</p></div>
</body></html>
""", "UTF-8", "quoted-printable", "html"),
            ]),
        ]),
        raw_part(["Content-Type: message/delivery-status"], """\
Reporting-MTA: dns; googlemail.com
Arrived-From-MTA: dns; mx1.assistance.example.fr
Arrival-Date: Wed, 14 May 2025 15:33:16 -0700 (PDT)

Final-Recipient: rfc822; lea.fontanel.cdi@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.102.27, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Wed, 14 May 2025 15:33:18 -0700 (PDT)
"""),
        raw_part(["Content-Type: text/rfc822-headers"], """\
From: Assistance <support@assistance.example.fr>
To: lea.fontanel.cdi@gmail.com
Subject: [#SUP-006688] Compte en attente de validation
Date: Thu, 15 May 2025 00:33:15 +0200
Message-ID: %s
""" % ticket_id(6688, "2025-05-15 00:33 +0200")),
    ], "delivery-status", client="gmail", auth=("pass", "pass", "pass"),
        hdrs=["Auto-Submitted: auto-replied"]))

add("automated", False, None, "bretagne", None, False, "fr",
    "Académie digital-education newsletter sent through a list (List-Id, List-Unsubscribe, Precedence: list). Region from the ac-rennes.fr sender.",
    build(("DANE de l'académie de Rennes", "dane@ac-rennes.fr"),
          "La Lettre de la DANE n°47 – juin 2025", "2025-06-06 12:00 +0200", """\
LA LETTRE DE LA DANE – n°47 – juin 2025

À la une
 * Fin d'année : penser à archiver les espaces de classe de l'ENT avant
   le 11 juillet.
 * Éducation aux médias : retour sur la semaine de la presse dans 42
   établissements bretons.

Agenda
 * 12 juin : webinaire « IA générative et évaluation » (14h-15h30)
 * 25 juin : journée académique des référents numériques, Rennes

Ressources
 * Nouveau parcours M@gistère « Le CDI à l'ère du numérique »

Vous recevez cette lettre en tant que membre de la liste
lettre-dane@listes.ac-rennes.fr.
Désinscription : https://listes.ac-rennes.fr/sympa/sigrequest/lettre-dane
""", client="plain", to="lettre-dane@listes.ac-rennes.fr",
          rp="lettre-dane-owner@listes.ac-rennes.fr",
          hdrs=["List-Id: Lettre de la DANE <lettre-dane.listes.ac-rennes.fr>",
                "List-Unsubscribe: <https://listes.ac-rennes.fr/sympa/sigrequest/lettre-dane>",
                "Precedence: list",
                "Sender: lettre-dane-request@listes.ac-rennes.fr"]))

add("automated", False, None, None, None, False, "fr",
    "Another help desk's GLPI acknowledgement of a message the desk sent it (Auto-Submitted: auto-replied, X-Loop): answering would start a mail loop.",
    build(("Assistance informatique des lycées", "assistance-lycees@hautsdefrance-numerique.example.fr"),
          "[GLPI #2025-18342] Nouveau ticket - Filtrage des courriels Espace Acheteur",
          "2025-05-22 09:14 +0200", """\
Bonjour,

Votre demande a bien été enregistrée sous le numéro 2025-18342.

Titre : Filtrage des courriels Espace Acheteur
Catégorie : Messagerie > Filtrage
Priorité : Moyenne

Un technicien prendra en charge votre demande dans les meilleurs délais.
Vous pouvez suivre son avancement sur https://glpi.hautsdefrance-numerique.example.fr

Merci de ne pas répondre à ce message automatique.
""", client="plain", html=True, rp="",
          hdrs=["Auto-Submitted: auto-replied", "X-Loop: glpi",
                "X-GLPI-Sender-Ticket: 2025-18342"]))

add("automated", False, None, None, None, True, "fr",
    "MailInBlack sender-authentication challenge addressed to the desk (our reply to a school was held): automatic mail, not a mailinblack_spam request, even though MailInBlack is named throughout.",
    build(("Mailinblack", "noreply@protect.mailinblack.example.com"),
          "Votre message à l'intendance du lycée est en attente", "2025-05-28 11:06 +0200", """\
Bonjour,

Vous avez envoyé un message à intendance@lycee-vauban-aire.fr.
Ce destinataire est protégé par Mailinblack.

Pour que votre message soit remis, merci de confirmer que vous n'êtes pas
un robot en cliquant sur le lien ci-dessous (valable 7 jours) :

https://protect.mailinblack.example.com/challenge/9fK2xQ7p

Vous n'aurez à le faire qu'une seule fois.

Mailinblack – Protection de la messagerie
""", client="plain", html=True, rp="",
          hdrs=["Auto-Submitted: auto-replied", "X-Mailinblack: challenge"]))

# =====================================================================
# other
# =====================================================================

add("other", False, None, None, "ecoledirecte", False, "fr",
    "A parent writes to the wrong desk: the brevet convocation is not in the family's EcoleDirecte documents. Only the school can help.",
    build(("Karine Dubreuil", "karine.dubreuil74@gmail.com"),
          "Convocation brevet introuvable", "2025-06-14 20:47 +0200", """\
Bonjour madame, monsieur,

Mon fils Lucas est en 3e au collège Sainte-Marie et doit passer le brevet
à la fin du mois. Le collège nous dit que la convocation est « sur
EcoleDirecte », mais quand on se connecte avec le compte parent, l'onglet
Documents est vide. On a essayé sur le téléphone et sur l'ordinateur.

Pouvez-vous nous la renvoyer ou nous dire où elle se trouve ? Je commence
à stresser, et lui encore plus.

Cordialement,
Karine Dubreuil
(maman de Lucas Dubreuil, 3e B)
"""))

add("other", False, None, None, "esidoc", False, "fr",
    "A pupil in terminale asks to extend his library loans until after the bac: wrong desk (the school library handles loans).",
    build(("Yanis B.", "yanis.brahimi2007@gmail.com"),
          "prolonger mes emprunts", "2025-06-08 23:12 +0200", """\
Bonjour,

je suis en terminale au lycée Fénelon et j'ai 3 livres empruntés au CDI
(deux sur la philo et un annale de SES). Sur le site e-sidoc du lycée il est
marqué qu'ils sont en retard depuis le 2 juin mais j'en ai besoin pour
réviser jusqu'au bac, c'est possible de prolonger jusqu'au 20 juin ? je
les rends juste après promis

merci
Yanis Brahimi TG3
""", client="android"))

add("other", False, None, None, None, False, "fr",
    "A parent asks when the bac results come out and how to get the transcript: wrong desk.",
    build(("Philippe Germain", "ph.germain@free.fr"),
          "résultats bac", "2025-06-26 07:55 +0200", """\
Bonjour,

Pouvez-vous me dire à quelle date les résultats du bac seront publiés et
comment obtenir le relevé de notes de ma fille ? Nous partons en vacances
le 5 juillet.

Merci.
P. Germain
""", client="roundcube"))

add("other", False, None, None, None, False, "en",
    "English SEO / enrollment-marketing spam.",
    build(("Jessica Moore", "jessica@growthrank-edu.example.net"),
          "Fill every seat for September – quick question", "2025-05-19 04:17 -0500", """\
Hi there,

I was looking at your website and noticed it isn't ranking for some of the
most searched terms in your area, like "best school near me" and
"international school France".

We've helped 300+ schools boost enrollment by up to 47% before the new
academic year with our proven SEO + Google Ads bundle. September is closer
than you think!

Would you be open to a quick 15-minute call this week? Just reply "YES"
and I'll send over a free audit.

Cheers,
Jessica Moore
Growth Consultant | GrowthRank EDU

If you don't want to hear from me again, reply "unsubscribe".
""", client="plain", html=True, auth=("none", "softfail", "none")))

add("other", False, None, None, None, True, "fr",
    "Phishing: 'your academic mailbox will be closed on 30 June, confirm your credentials'. Mentions passwords but is not password_reset; the look-alike domain is not an académie domain, SPF and DMARC fail.",
    build(("Messagerie académique", "support-dsi@ac-messagerie-academique.com"),
          "Dernier avis : votre boîte académique sera désactivée le 30 juin",
          "2025-06-21 03:12 +0200", """\
Cher(e) utilisateur(trice),

Dans le cadre de la migration de fin d'année scolaire, toutes les boîtes
de messagerie académiques non vérifiées seront DÉSACTIVÉES le 30 juin 2025.

Pour conserver vos courriels et votre accès aux applications (ENT,
I-Prof, e-sidoc, Espace Acheteur), vous devez confirmer votre identifiant
et votre mot de passe avant cette date :

>>> VÉRIFIER MON COMPTE : https://ac-messagerie-academique.com/verification

Sans action de votre part, vos données seront définitivement supprimées.

Service informatique académique
""", client="plain", html="only", auth=("fail", "fail", "fail"),
          rp="bounce@mailer-ac-messagerie-academique.com"))

add("other", False, None, "provence-alpes-cote-d-azur", None, True, "fr",
    "Thanks only, quoting the desk's MailInBlack answer: MailInBlack is named, nothing is asked. Region from the ac-nice.fr sender.",
    build(("Fabienne Orsini", "fabienne.orsini@ac-nice.fr"),
          "RE: [#SUP-006726] Mails bloqués par Mailinblack", "2025-05-30 09:10 +0200", """\
Bonjour,

C'est réglé, le service informatique de la Ville a ajouté vos adresses
dans la liste blanche et j'ai reçu les trois mails d'un coup ce matin.

Merci pour votre réactivité et bonne fin d'année scolaire à toute l'équipe !

Fabienne Orsini
Adjointe gestionnaire – Collège Henri Matisse, Nice

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mercredi 28 mai 2025 15:20
À : Fabienne Orsini <fabienne.orsini@ac-nice.fr>
Objet : [#SUP-006726] Mails bloqués par Mailinblack

Bonjour,

Votre messagerie est protégée par Mailinblack. Pour recevoir nos messages,
demandez à votre service informatique d'autoriser les adresses suivantes :
no-reply@espace-acheteur.example.fr et support@assistance.example.fr.

Cordialement,
L'équipe d'assistance
""", client="outlook_desktop", charset="utf-8",
          irt=ticket_id(6726, "2025-05-28 15:20 +0200")))

add("other", False, None, "occitanie", None, False, "fr",
    "A teacher asks for the grand oral assessment grid: nothing to do with the services. Region from the ac-toulouse.fr sender.",
    build(("Benoît Carrère", "benoit.carrere@ac-toulouse.fr"),
          "Grille d'évaluation grand oral", "2025-06-04 18:33 +0200", """\
Bonjour,

Je suis membre d'un jury de grand oral pour la première fois cette année
et on m'a dit que la grille d'évaluation officielle se trouvait « sur le
portail ». Je ne la trouve nulle part. Pourriez-vous me l'envoyer, ou me
dire qui contacter ?

Merci d'avance,
B. Carrère
Professeur de SES, lycée Bellevue, Albi
""", client="zimbra"))

add("other", False, None, None, None, False, "fr",
    "Unsolicited summer-job application with a CV attached.",
    build(("Inès Moulin", "ines.moulin.pro@gmail.com"),
          "Candidature job d'été – assistance utilisateurs", "2025-05-11 19:21 +0200", """\
Madame, Monsieur,

Étudiante en deuxième année de BTS SIO (option SISR), je suis à la
recherche d'un emploi saisonnier du 1er juillet au 29 août. Votre service
d'assistance aux établissements m'intéresse beaucoup : j'ai déjà effectué
un stage de six semaines dans le support informatique d'un lycée, où
j'aidais les professeurs avec l'ENT et les comptes utilisateurs.

Vous trouverez mon CV en pièce jointe. Je suis disponible pour un
entretien, y compris en visioconférence.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Inès Moulin
06 12 48 93 07
""", att=[("CV_Ines_Moulin_2025.pdf", "application/pdf", fake_pdf("CV Ines Moulin"))]))

add("other", False, None, None, "espace_acheteur", True, "en",
    "English. An Italian publisher wants to be listed as a supplier on the Espace Acheteur: a supplier, not a buyer, so not account_creation.",
    build(("Giulia Ferraro", "g.ferraro@edizioni-lanterna.it"),
          "Becoming a supplier on your purchasing platform", "2025-06-09 11:05 +0200", """\
Dear Sir or Madam,

I am the export manager of Edizioni Lanterna, an Italian publisher of
bilingual readers (Italian/French, Italian/English) for secondary schools.
Several French schools with Italian sections have told us they can only
order through your "Espace Acheteur".

Could you explain how a foreign publisher can be registered as a supplier
on the platform? Do we need to answer a tender, and is there a calendar for
the next one? We would like to be available for orders for the 2025-2026
school year.

Thank you in advance for your guidance.

Best regards,
Giulia Ferraro
Export Manager – Edizioni Lanterna, Bologna
""", client="outlook", hdrs=["Content-Language: en-US"]))

add("other", False, None, None, None, False, "fr",
    "Handwritten request to be removed from the newsletter (retiring at the end of June): written by a person, not automated.",
    build(("Dominique Lefèvre", "dominique.lefevre.cdi@orange.fr"),
          "désinscription", "2025-06-25 16:02 +0200", """\
Bonjour,

Je pars à la retraite le 30 juin : merci de retirer cette adresse de
votre lettre d'information. Ma successeure s'inscrira elle-même si elle le
souhaite.

Bonne continuation,
D. Lefèvre
""", client="roundcube"))

add("other", False, None, "provence-alpes-cote-d-azur", None, False, "fr",
    "Angry complaint about an unanswered earlier message that never says what it was about: no category can be told. Region from the ac-aix-marseille.fr sender.",
    build(("Gilles Ventura", "gilles.ventura@ac-aix-marseille.fr"),
          "TROISIÈME RELANCE", "2025-06-17 17:58 +0200", """\
Bonjour,

C'est la troisième fois que je vous écris et je n'ai toujours AUCUNE
réponse. On est à deux semaines de la fin de l'année, je n'ai pas que ça
à faire. Est-ce que quelqu'un lit ces messages ?

Je ne vais pas tout réexpliquer une quatrième fois.

G. Ventura
""", client="zimbra"))

add("other", False, None, "hauts-de-france", None, False, "fr",
    "Asks whether the desk is open in July and August: an information question with no category. Region from the ac-lille.fr sender.",
    build(("Sylvie Caron", "sylvie.caron2@ac-lille.fr"),
          "Permanence pendant l'été ?", "2025-06-23 12:14 +0200", """\
Bonjour,

Serez-vous joignables en juillet et en août ? Nous ferons sans doute
quelques manipulations de fin d'exercice début juillet et je préfère savoir
à l'avance s'il y aura quelqu'un pour répondre, ou s'il vaut mieux tout
faire avant le 4.

Merci,
Sylvie Caron
Secrétariat d'intendance – Lycée Gambetta, Tourcoing
""", client="zimbra"))

add("other", False, None, None, None, False, "en",
    "English. A Quebec teacher looks for a French partner school for an exchange: wrong desk.",
    build(("Marc-André Tremblay", "ma.tremblay@csdesrives.example.qc.ca"),
          "Looking for a partner school for a class exchange", "2025-05-15 10:31 -0400", """\
Hello,

I teach Secondary 4 English and history in a school near Québec City and I
am trying to set up a class exchange (letters first, then maybe a visit in
spring 2026) with a French lycée. A colleague gave me this address and
said you work with all the schools in France.

Could you put me in touch with a school that might be interested, or tell
me who handles this kind of partnership?

Thank you very much,
Marc-André Tremblay
""", client="outlook", hdrs=["Content-Language: en-CA"]))

add("other", False, None, None, None, True, "fr",
    "A parent writes about a canteen bill paid twice: 'facture' and 'paiement' appear, but it is the school's canteen, not an order on the services. Wrong desk.",
    build(("Aurélie Nguyen", "aurelie.nguyen@laposte.net"),
          "Facture cantine payée deux fois", "2025-05-23 13:40 +0200", """\
Bonjour,

J'ai payé deux fois la facture de cantine d'avril pour mes deux enfants
(une fois par carte sur le site, une fois par chèque remis au secrétariat,
car je pensais que le paiement en ligne n'avait pas marché). Soit 2 x
118,40 EUR.

Pouvez-vous me rembourser le doublon, ou le déduire de la facture de
juin ? Je joins le relevé de compte.

Merci par avance,
Aurélie Nguyen
Parent d'élèves – Collège Pierre Mendès France
""", client="roundcube", att=[("releve_mai.pdf", "application/pdf", fake_pdf("releve"))]))

add("other", False, None, "grand-est", None, False, "fr",
    "A librarian asks for advice on weeding and giving away discarded books: professional question unrelated to the services. Region from the ac-nancy-metz.fr sender.",
    build(("Camille Thiriet", "camille.thiriet@ac-nancy-metz.fr"),
          "Désherbage et don des livres retirés", "2025-06-12 15:20 +0200", """\
Bonjour,

Je profite de la fin d'année pour faire un gros désherbage au CDI (environ
400 documents, surtout des documentaires des années 90). Une association de
quartier serait prête à récupérer les livres en bon état.

Avez-vous un modèle de délibération ou de procès-verbal pour la sortie
d'inventaire ? Faut-il un vote du conseil d'administration avant de donner
les livres, ou une simple décision du chef d'établissement suffit-elle ?

Merci beaucoup,
Camille Thiriet
Professeure documentaliste – Collège Louis Armand, Golbey
""", client="zimbra"))

add("other", False, None, None, "esidoc", False, "fr",
    "A retired librarian asks that her name be removed from the contact page of her former school's portal (GDPR-style request): other, not an account or head request.",
    build(("Martine Chauvet", "martine.chauvet@wanadoo.fr"),
          "Mon nom figure encore sur le portail du CDI", "2025-05-27 10:48 +0200", """\
Bonjour,

J'ai pris ma retraite en janvier après 22 ans au collège Jules Ferry de
Montluçon. En consultant le portail e-sidoc du collège, je vois que la page
« Contact » affiche toujours mon nom, ma photo et une adresse qui n'est
plus la mienne.

Je souhaite que ces informations me concernant soient retirées, au titre
de mes droits sur mes données personnelles. J'ai écrit au collège il y a
un mois, sans réponse.

Merci de faire le nécessaire.

Martine Chauvet
""", client="plain", html="only"))

add("other", False, "0445000W", "pays-de-la-loire", None, True, "fr",
    "An internal end-of-year staff circular sent by a school's official mailbox to a distribution list that wrongly includes the desk: nothing asked of us. UAI from the ce.<UAI> sender address.",
    build(("Collège Victor Hugo - Nantes", "ce.0445000W@ac-nantes.fr"),
          "Calendrier de fin d'année – personnels", "2025-06-02 17:05 +0200", """\
Mesdames, Messieurs,

Veuillez trouver ci-dessous le calendrier de fin d'année :

- lundi 9 juin : férié (lundi de Pentecôte)
- du 10 au 13 juin : conseils de classe (planning affiché en salle des
  professeurs)
- jeudi 26 et vendredi 27 juin : DNB – le collège est centre d'examen,
  pas de cours
- mardi 1er juillet : restitution des manuels au CDI (6e-5e le matin,
  4e-3e l'après-midi)
- vendredi 4 juillet, 12 h : pot de fin d'année au réfectoire

Les états de service des personnels contractuels sont à retirer au
secrétariat à partir du 30 juin.

Bonne fin d'année à toutes et à tous,

Le principal
""", client="zimbra",
          to="Personnels du collège <personnels.0445000W@ac-nantes.fr>"))

add("other", False, None, None, None, True, "en",
    "English phishing dressed as an overdue supplier invoice with an HTML attachment; failing SPF/DMARC. Not order_billing.",
    build(("Accounts Receivable", "ar-dept@libraryfurnish-invoices.example.com"),
          "OVERDUE: Invoice INV-2025-0611 – final notice before collection",
          "2025-06-11 02:44 +0000", """\
Dear Customer,

Our records show that invoice INV-2025-0611 (EUR 4,870.00) for library
shelving delivered to your school remains unpaid 45 days after the due
date.

To avoid transfer to our collection agency and additional fees, please
review the attached invoice and settle the amount within 48 hours using
the secure payment link inside the document.

If you have already paid, please disregard this notice.

Accounts Receivable Department
""", client="plain", html=True, auth=("none", "fail", "fail"),
          att=[("INV-2025-0611.html", "text/html",
                b"<html><body><script>location.href='https://pay-secure.example.net/'</script>Loading invoice...</body></html>")]))

add("other", False, None, "centre-val-de-loire", None, False, "fr",
    "A gestionnaire asks a general public-procurement question (thresholds, how many quotes): not about the services. Region from the ac-orleans-tours.fr sender.",
    build(("Stéphane Hubert", "stephane.hubert@ac-orleans-tours.fr"),
          "Question seuils de marché avant fin d'exercice", "2025-06-19 09:27 +0200", """\
Bonjour,

Petite question réglementaire avant de boucler nos achats de l'année : pour
du mobilier de CDI (environ 9 800 EUR HT, un seul fournisseur envisagé),
sommes-nous tenus de demander trois devis, ou le seuil de dispense de
publicité et de mise en concurrence nous permet-il de commander
directement ? Et le seuil s'apprécie-t-il par commande ou sur l'année ?

Je n'ai trouvé que des réponses contradictoires sur les forums de
gestionnaires.

Merci,
Stéphane Hubert
Adjoint gestionnaire – Collège Balzac, Tours
""", client="zimbra"))

# =====================================================================
# missing_noreply_mail
# =====================================================================

add("missing_noreply_mail", True, "0499630B", "pays-de-la-loire", "espace_acheteur", False, "fr",
    "New contract gestionnaire never received the Espace Acheteur activation mail, 'rien dans les spams'; no anti-spam product named.",
    build(("Émilie Rousseau", "emilie.rousseau3@ac-nantes.fr"),
          "Mail d'activation jamais reçu", "2025-05-16 09:58 +0200", """\
Bonjour,

Je suis contractuelle sur le poste de gestionnaire du collège Jean Lurçat
d'Angers depuis le 5 mai. J'ai créé mon compte sur l'Espace Acheteur
mercredi, le site m'a indiqué qu'un mail d'activation m'était envoyé.

Deux jours plus tard : rien. Rien dans les spams, rien dans les autres
dossiers, j'ai même fait une recherche sur « espace acheteur » dans toute
la boîte.

Pouvez-vous me le renvoyer ou activer le compte ?

Cordialement,
Émilie Rousseau
Collège Jean Lurçat – 0499630B
""", client="outlook"))

add("missing_noreply_mail", True, "0181218B", "centre-val-de-loire", "esidoc", False, "fr",
    "The e-sidoc new-password mail was requested three times and never arrived; junk folder checked; no product named.",
    build(("Pascale Giraud", "pascale.giraud@ac-orleans-tours.fr"),
          "Mail de nouveau mot de passe e-sidoc non reçu", "2025-06-03 16:41 +0200", """\
Bonjour,

Depuis hier, j'ai cliqué trois fois sur « Mot de passe oublié » sur la
page d'administration de notre portail e-sidoc (lycée Marguerite de
Navarre, Bourges, 0181218B). À chaque fois, le site affiche « un courriel
vous a été envoyé », mais je ne reçois rien, ni en boîte de réception ni
en courrier indésirable.

Je voudrais publier la sélection de lectures d'été avant le 13 juin.

Merci de votre aide.
Pascale Giraud
""", client="thunderbird"))

add("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
    "English. The new-password mail from the Espace Acheteur no-reply address never arrives; no anti-spam product named; non-academic sender, no UAI.",
    build(("Sarah O'Connell", "s.oconnell@ecole-internationale-lyon.fr"),
          "Password email not arriving (Espace Acheteur)", "2025-05-21 13:26 +0200", """\
Hello,

I am the bursar's assistant at the International School of Lyon. I asked
for a new password on the Espace Acheteur twice yesterday and once this
morning. Each time the site says an email has been sent, but nothing has
arrived: not in the inbox, not in junk, not in the "Other" tab.

Our other suppliers' emails come through fine. Is there a particular
address we should be expecting it from?

Many thanks,
Sarah O'Connell
""", client="outlook", hdrs=["Content-Language: en-GB"]))

add("missing_noreply_mail", True, "0536491T", "pays-de-la-loire", "espace_acheteur", False, "fr",
    "The structure administrator (agent comptable) no longer receives the 'account to validate' notifications while colleagues wait.",
    build(("Jean-Marc Lebreton", "jean-marc.lebreton@ac-nantes.fr"),
          "Notifications « compte à valider » non reçues", "2025-06-10 11:08 +0200", """\
Bonjour,

Je suis administrateur de structure pour le lycée Douanier Rousseau de
Laval (0536491T). Deux collègues m'annoncent qu'elles ont créé leur compte
sur l'Espace Acheteur la semaine dernière et attendent ma validation. Or je
n'ai reçu aucune notification, alors que d'habitude le mail arrive dans
l'heure.

Nous n'avons rien changé à notre messagerie. Pouvez-vous vérifier que les
notifications partent bien ?

Jean-Marc Lebreton
Agent comptable
""", client="zimbra"))

add("missing_noreply_mail", True, "0723561E", "pays-de-la-loire", "espace_acheteur", True, "fr",
    "Negation: the sender says the school does NOT use MailInBlack (checked with the rectorat): missing_noreply_mail, not mailinblack_spam.",
    build(("Laurence Pottier", "laurence.pottier@ac-nantes.fr"),
          "Toujours aucun mail de l'Espace Acheteur", "2025-05-26 14:50 +0200", """\
Bonjour,

Je n'ai jamais reçu le lien pour définir mon mot de passe après la
validation de mon compte sur l'Espace Acheteur. J'ai lu dans votre FAQ que
cela pouvait venir de MailInBlack : nous ne l'utilisons pas, j'ai posé la
question au rectorat et au service informatique du Département, ni l'un ni
l'autre n'a installé ce produit chez nous.

Le dossier spam est vide également.

Que puis-je faire d'autre ?

Laurence Pottier
Collège Alfred de Musset, Le Mans – UAI 0723561E
""", client="zimbra"))

add("missing_noreply_mail", False, "9723654P", "martinique", "espace_acheteur", False, "fr",
    "Reply (Outlook 'De : / Envoyé :' quote) after the junk-folder answer: still nothing after 48 h, asks for the region. The template was already sent: a person must follow up. Martinique time zone.",
    build(("Rose-Marie Célestine", "rose-marie.celestine@ac-martinique.fr"),
          "RE: [#SUP-006749] Mail de confirmation non reçu", "2025-06-09 08:22 -0400", """\
Bonjour,

J'ai tout fait comme indiqué : dossier indésirables vérifié, adresse
no-reply ajoutée aux contacts, et même demandé à un collègue de vérifier sur
son poste. Toujours rien depuis vendredi, soit plus de 48 heures.

Pouvez-vous transmettre à l'équipe régionale ? Nous devons passer
commande des manuels avant le 20 juin.

Cordialement,
Rose-Marie Célestine
Gestionnaire – Collège Édouard Glissant (9723654P)

De : Assistance <support@assistance.example.fr>
Envoyé : vendredi 6 juin 2025 10:04
À : Rose-Marie Célestine <rose-marie.celestine@ac-martinique.fr>
Objet : [#SUP-006749] Mail de confirmation non reçu

Bonjour,

Les messages automatiques sont envoyés depuis une adresse no-reply.
Vérifiez votre dossier de courriers indésirables ; si vous les y trouvez,
marquez-les comme légitimes et ajoutez l'expéditeur à vos contacts.

Sans amélioration sous 48 heures, répondez simplement à ce message.

Cordialement,
L'équipe d'assistance
""", client="outlook", irt=ticket_id(6749, "2025-06-06 10:04 -0400")))

add("missing_noreply_mail", True, None, "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
    "Numbered list of what was already tried (junk folder, contacts, IT check, new request); the activation link still never arrives. No product named, no UAI; region from ac-clermont.fr.",
    build(("Hervé Bonnefoy", "herve.bonnefoy@ac-clermont.fr"),
          "Lien d'activation Espace Acheteur – ce que j'ai déjà essayé", "2025-06-04 10:12 +0200", """\
Bonjour,

Je n'ai toujours pas reçu le lien d'activation de mon compte Espace
Acheteur. Pour vous faire gagner du temps, voici ce que j'ai déjà fait :

1. vérifié le dossier « Courrier indésirable » et la corbeille ;
2. ajouté no-reply@espace-acheteur.example.fr à mes contacts ;
3. demandé au référent numérique de regarder les journaux du serveur : il
   ne voit aucun message entrant de votre domaine ;
4. refait une demande d'inscription ce matin à 8 h 40.

Toujours rien. Auriez-vous une autre adresse d'expédition à me donner, ou
pouvez-vous activer le compte manuellement ?

Merci,
Hervé Bonnefoy
Adjoint gestionnaire, collège Victor Hugo – Issoire
""", client="zimbra"))

add("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
    "Very short phone message: sign-up confirmation mail not received since Monday.",
    build(("Céline", "celine.marchal.gestion@gmail.com"),
          "Confirmation inscription", "2025-05-29 19:03 +0200", """\
Bonsoir, le mail de confirmation de l'espace acheteur n'arrive jamais, j'attends depuis lundi. Merci de regarder. Céline Marchal

Envoyé de mon iPhone
""", client="apple"))

add("missing_noreply_mail", True, None, None, "ticket_portal", False, "en",
    "English. The ticket portal's confirmation mail (to set a password) never arrived; IT technician of an international school.",
    build(("Daniel Okoye", "it-support@cis-paris.example.org"),
          "No confirmation email from the ticket portal", "2025-06-12 15:37 +0200", """\
Hi,

I registered on your ticket portal this morning so I can follow the
requests our librarian has opened with you. The page said "check your
inbox to confirm your address and set your password", but the email never
came. I checked quarantine on our side as well: nothing from your domain
today.

Could you resend it or confirm the account manually?

Regards,
Daniel Okoye
IT Support
""", client="gmail"))

add("missing_noreply_mail", True, "0866918C", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
    "The automatic order-confirmation mails stopped arriving; the agent comptable needs them for closing. About orders, but the problem is missing no-reply mail, not order_billing.",
    build(("Agnès Morin", "agnes.morin@ac-poitiers.fr"),
          "Plus de mails de confirmation de commande", "2025-06-18 11:45 +0200", """\
Bonjour,

Depuis une quinzaine de jours, nous ne recevons plus les courriels
automatiques de confirmation lorsque nous validons une commande sur
l'Espace Acheteur. Les commandes elles-mêmes passent bien : elles
apparaissent dans l'historique, avec le bon montant, et les fournisseurs
livrent. C'est uniquement le mail qui n'arrive plus (ni dans la boîte, ni
dans les indésirables).

Nous les classons pour le contrôle de la clôture ; pouvez-vous voir ce qui
bloque ?

Agnès Morin
Agent comptable – Lycée Camille Guérin, Poitiers (0866918C)
""", client="outlook"))

add("missing_noreply_mail", True, "0422162X", "auvergne-rhone-alpes", "esignature", True, "fr",
    "The e-signature invitation for the membership convention never arrived: a missing automatic mail on the e-signature platform, not contract_documents.",
    build(("Yves Perrichon", "yves.perrichon@ac-lyon.fr"),
          "Convention à signer : je n'ai rien reçu", "2025-06-24 09:05 +0200", """\
Bonjour,

Le service de la centrale d'achat m'a indiqué au téléphone que la
convention d'adhésion 2025-2027 avait été envoyée pour signature
électronique le 19 juin à mon adresse. Je n'ai reçu aucun mail de la
plateforme de signature, ni dans ma boîte ni dans les indésirables.

La convention doit être signée avant le 30 juin pour que nous puissions
commander en septembre. Pouvez-vous relancer l'envoi ?

Yves Perrichon
Proviseur adjoint – Lycée Claude Fauriel, Saint-Étienne
UAI 0422162X
""", client="zimbra"))

add("missing_noreply_mail", True, "9730921N", "guyane", "espace_acheteur", False, "fr",
    "Offer alerts from the Espace Acheteur never arrive although subscribed; Guyane time zone.",
    build(("Ludovic Horth", "ludovic.horth@ac-guyane.fr"),
          "Alertes nouvelles offres", "2025-05-20 08:30 -0300", """\
Bonjour,

Je me suis abonné en mars aux alertes « Informatique » et « Mobilier » de
l'Espace Acheteur, mais je n'ai jamais reçu une seule alerte, alors que des
collègues de métropole en reçoivent régulièrement. J'ai vérifié le dossier
des indésirables.

Est-ce que les mails partent bien vers la Guyane ? :)

Ludovic Horth
Gestionnaire, lycée Melkior-Garré, Cayenne (9730921N)
""", client="zimbra"))

add("missing_noreply_mail", True, "0065511H", "provence-alpes-cote-d-azur", "espace_acheteur", False, "en",
    "English. The activation link for the Espace Acheteur never came; teacher-bursar of an international school near Nice.",
    build(("Helen McAllister", "helen.mcallister@civ-valbonne.example.org"),
          "Activation link never received", "2025-05-13 10:14 +0200", """\
Good morning,

I signed up for an Espace Acheteur account on Friday for the Centre
International de Valbonne (school code 0065511H). The confirmation page
said an activation link would be emailed to me. It is now Tuesday and I
have received nothing. I've looked in spam and in the quarantine summary.

Could you send it again, or activate the account from your side?

With thanks,
Helen McAllister
Finance Office
""", client="outlook", hdrs=["Content-Language: en-GB"]))

add("missing_noreply_mail", True, "0941984W", "ile-de-france", "espace_acheteur", True, "fr",
    "Written by the proviseur from the ce.<UAI> address, but he only reports that the no-reply mails never reach his gestionnaire: not a head-of-establishment request.",
    build(("Proviseur - Lycée Guillaume Budé", "ce.0941984W@ac-creteil.fr"),
          "Courriels de l'Espace Acheteur non reçus", "2025-06-05 18:20 +0200", """\
Madame, Monsieur,

Mon adjointe gestionnaire m'informe qu'elle ne reçoit depuis trois
semaines aucun des courriels automatiques de l'Espace Acheteur (lien de
connexion, confirmations). Ils ne sont pas non plus dans le dossier des
indésirables.

Pourriez-vous vérifier ce qui se passe et indiquer la démarche à
suivre ? La fin de l'exercice approche et nous avons encore plusieurs
commandes à passer.

Cordialement,

Le proviseur
Lycée Guillaume Budé – Limeil-Brévannes
""", client="zimbra"))

add("missing_noreply_mail", True, None, "normandie", "espace_acheteur", True, "fr",
    "The actual problem (no mail at all from the no-reply address since the mailbox migration) is one sentence buried in a long paragraph about closing the accounts. No UAI; region from ac-rouen.fr.",
    build(("Valérie Lemonnier", "valerie.lemonnier@ac-rouen.fr"),
          "Fin d'exercice", "2025-06-20 14:08 +0200", """\
Bonjour,

Nous sommes en pleine préparation de la fin d'exercice, avec les
inventaires, la relance des derniers fournisseurs qui n'ont pas envoyé
leurs factures, les bons de commande de septembre qu'il faut préparer dès
maintenant pour ne pas être pris de court à la rentrée, et les conventions
de la cantine à renouveler avec le Département ; par ailleurs, depuis la
migration de notre messagerie le 26 mai, plus aucun mail de l'adresse
no-reply de l'Espace Acheteur ne nous parvient (ni lien de connexion, ni
confirmation, rien, et pas davantage dans les indésirables), ce qui nous
empêche de nous reconnecter sur le poste de l'intendance, alors que le
reste de la messagerie fonctionne normalement et que nous recevons bien
les courriels des autres fournisseurs ; je vous serais donc reconnaissante
de regarder ce point rapidement, car le service est réduit à partir du 11
juillet et je serai moi-même en congé à partir du 18.

Bien à vous,
Valérie Lemonnier
Secrétaire d'intendance – Lycée Guy de Maupassant, Fécamp
""", client="zimbra"))

add("missing_noreply_mail", True, None, "hauts-de-france", "espace_acheteur", False, "fr",
    "Gmail-style French forward of a colleague's message: the account was validated but the first-login link never came. Region from the forwarder's ac-amiens.fr address.",
    build(("Olivier Dupuis", "olivier.dupuis@ac-amiens.fr"),
          "Fwd: Espace acheteur - toujours pas de lien", "2025-05-23 08:49 +0200", """\
Bonjour,

Je vous transfère le message de ma collègue de l'intendance, qui n'a pas
accès à sa boîte académique depuis son poste.

Olivier Dupuis
Lycée Henri Martin – Saint-Quentin

---------- Forwarded message ---------
De : Fatima Zerrouki <fatima.zerrouki@ac-amiens.fr>
Date: jeu. 22 mai 2025 à 17:12
Subject: Espace acheteur - toujours pas de lien
To: Olivier Dupuis <olivier.dupuis@ac-amiens.fr>

Olivier,

Mon compte a été validé lundi par l'administrateur (j'ai vu le statut
« actif »), mais je n'ai jamais reçu le lien sécurisé pour la première
connexion. J'ai regardé partout, y compris dans les spams. Tu peux
prévenir l'assistance ?

Merci,
Fatima
""", client="zimbra"))

add("missing_noreply_mail", True, None, "normandie", "espace_acheteur", False, "fr",
    "Two lines: activation mail still not received, nothing in the junk folder either. Region from ac-caen.fr.",
    build(("Bertrand Lecoq", "bertrand.lecoq@ac-caen.fr"),
          "activation Espace Acheteur", "2025-06-13 07:40 +0200", """\
Bonjour,
Toujours pas reçu le mail d'activation de l'Espace Acheteur (inscription faite mardi). Rien dans les indésirables non plus.
B. Lecoq
""", client="outlook_desktop", html=False))

# =====================================================================
# head_of_establishment_request
# =====================================================================

add("head_of_establishment_request", False, "0590593Z", "hauts-de-france", "espace_acheteur", False, "fr",
    "Letterhead pasted as text: the proviseur designates the agent comptable as interim structure administrator on the Espace Acheteur and asks to close the departing gestionnaire's access. Sent from the ce.<UAI> address.",
    build(("Lycée professionnel Louis Blériot", "ce.0590593Z@ac-lille.fr"),
          "Désignation d'un administrateur de structure – Espace Acheteur", "2025-06-10 11:34 +0200", """\
RÉPUBLIQUE FRANÇAISE
Liberté – Égalité – Fraternité

ACADÉMIE DE LILLE
LYCÉE PROFESSIONNEL LOUIS BLÉRIOT
Rue de la Briqueterie – 59700 Marcq-en-Barœul
Tél. 03 20 72 41 10
UAI : 0590593Z

Affaire suivie par : Mme Hennebelle, secrétariat de direction

                                      Marcq-en-Barœul, le 10 juin 2025

Le Proviseur
à
Madame, Monsieur le responsable de l'assistance

Objet : désignation d'un administrateur de structure – Espace Acheteur

Madame, Monsieur,

Mme Corinne Deleplanque, adjointe gestionnaire et actuelle administratrice
de structure de l'établissement sur l'Espace Acheteur, quitte le lycée le
31 août 2025 à la suite de sa mutation.

Dans l'attente de l'arrivée de son successeur, je désigne M. Arnaud
Vermeersch, agent comptable (arnaud.vermeersch@ac-lille.fr), comme
administrateur de structure à compter du 1er juillet 2025, et je vous
demande de fermer l'accès de Mme Deleplanque à la même date.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération
distinguée.

Le Proviseur,
Frédéric Lemaire
""", client="zimbra"))

add("head_of_establishment_request", False, "0144256A", "normandie", "esidoc", True, "fr",
    "Signed 'P.O. le Principal' by the secretary, from the ce.<UAI> address: a written request on the head's behalf to reset the e-sidoc admin password and change the contact address to the incoming librarian. Staff must check the delegation.",
    build(("Collège Guillaume de Normandie", "ce.0144256A@ac-normandie.fr"),
          "e-sidoc : réinitialisation et nouvelle adresse de contact", "2025-06-27 10:02 +0200", """\
Bonjour,

À la demande de M. le Principal, je vous remercie de bien vouloir :

- réinitialiser le mot de passe du compte administrateur e-sidoc du
  collège (UAI 0144256A) ;
- remplacer l'adresse de contact actuelle (celle de Mme Lefranc, partie en
  retraite) par celle de notre nouvelle professeure documentaliste, Mme
  Aurore Vasseur : aurore.vasseur@ac-normandie.fr, qui prend ses fonctions
  dès le 1er septembre mais souhaite préparer sa rentrée en juillet.

Avec nos remerciements,

P.O. le Principal,
Christine Lamy
Secrétaire de direction
Collège Guillaume de Normandie – Caen
""", client="zimbra"))

add("head_of_establishment_request", False, "0311256X", "occitanie", "espace_acheteur", True, "fr",
    "'Pour le chef d'établissement et par délégation': the adjointe gestionnaire signs the authorisation to validate an order above the usual limit. Written on the head's authority, from a personal academic address.",
    build(("Séverine Bacqué", "severine.bacque@ac-toulouse.fr"),
          "Autorisation de validation – commande mobilier CDI", "2025-06-06 15:16 +0200", """\
Madame, Monsieur,

Par la présente, j'autorise la validation sur l'Espace Acheteur de la
commande n° EA-2025-031877 (mobilier du CDI, 12 460,00 EUR TTC), qui
dépasse le montant pour lequel notre compte acheteur peut valider sans
accord préalable.

Les crédits sont engagés sur le budget 2025 (service AP, domaine
Équipement) ; le bon d'engagement correspondant est joint.

Pour le chef d'établissement et par délégation,
l'adjointe gestionnaire,

Séverine Bacqué
Lycée Déodat de Séverac – Toulouse (UAI 0311256X)
""", client="zimbra", att=[("BE_2025_0412.pdf", "application/pdf", fake_pdf("Bon d'engagement 2025-0412"))]))

add("head_of_establishment_request", False, "0259560F", "bourgogne-franche-comte", "esidoc", False, "fr",
    "A primary-school head (directrice d'école) asks to close the retired teacher's access to the school library portal and give it to a colleague.",
    build(("École élémentaire Louis Pasteur", "ce.0259560F@ac-besancon.fr"),
          "Changement de responsable BCD – e-sidoc", "2025-05-14 12:20 +0200", """\
Bonjour,

Je suis directrice de l'école élémentaire Louis Pasteur à Pontarlier.
M. Girardot, qui s'occupait de notre BCD et du portail e-sidoc de l'école,
est parti à la retraite à Pâques.

Je vous demande de bien vouloir fermer son accès et de confier
l'administration du portail à Mme Sandrine Vuillemin, enseignante de CM1
(sandrine.vuillemin@ac-besancon.fr), qui a accepté de reprendre la BCD.

Merci par avance,

Mme Anne Cuenot
Directrice
""", client="zimbra"))

add("head_of_establishment_request", False, "0775368S", "ile-de-france", "espace_acheteur", False, "en",
    "English. The head of an international school names a new Espace Acheteur structure administrator and asks to remove the departing bursar.",
    build(("Catherine Ashworth", "head@lycee-intl-fontainebleau.example.org"),
          "Change of structure administrator – Espace Acheteur", "2025-06-16 08:55 +0200", """\
Dear Support Team,

I am writing as Head of School of the Lycée International de Fontainebleau
(UAI 0775368S).

Our bursar, Mr Geoffrey Lamb, who is currently the structure administrator
of our account on the Espace Acheteur, leaves us at the end of June.
Please:

  - remove his administrator rights and close his access on 30 June;
  - make Ms Inès Barbier (i.barbier@lycee-intl-fontainebleau.example.org),
    our new finance officer, the structure administrator from 1 July.

Do let me know if you need this on headed paper as well.

Yours faithfully,

Catherine Ashworth
Head of School
""", client="outlook", hdrs=["Content-Language: en-GB"]))

add("head_of_establishment_request", False, "0220426U", "bretagne", "esidoc", False, "fr",
    "The principal authorises a temporary replacement librarian to receive the e-sidoc administrator password until 4 July; sent from the ce.<UAI> address.",
    build(("Principal Collège Jean Monnet", "ce.0220426U@ac-rennes.fr"),
          "Autorisation – accès administrateur e-sidoc (remplacement)", "2025-05-12 09:47 +0200", """\
Madame, Monsieur,

Notre professeure documentaliste titulaire est en congé jusqu'à la fin de
l'année scolaire. M. Erwan Le Bihan, professeur contractuel, assure son
remplacement du 12 mai au 4 juillet 2025.

J'autorise la communication à M. Le Bihan (erwan.le-bihan@ac-rennes.fr) du
mot de passe administrateur de notre portail e-sidoc pour la durée de ce
remplacement. Je vous demande en revanche de ne pas modifier l'adresse de
contact du compte, qui doit rester celle de la titulaire.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Yannick Guéguen
Principal du collège Jean Monnet – Broons
""", client="zimbra"))

add("head_of_establishment_request", False, "0645335B", "nouvelle-aquitaine", "esidoc", False, "fr",
    "Reply (Thunderbird French quote) in which the proviseur gives the written confirmation the desk asked for: reset of the e-sidoc admin password, link to the official address.",
    build(("Jean-Luc Etcheverry", "jean-luc.etcheverry@ac-bordeaux.fr"),
          "Re: [#SUP-006781] Réinitialisation e-sidoc – demande écrite du chef d'établissement",
          "2025-06-06 13:30 +0200", """\
Bonjour,

Je confirme, en ma qualité de proviseur du lycée René Cassin de Bayonne
(UAI 0645335B), ma demande de réinitialisation du mot de passe du compte
administrateur e-sidoc. Le lien peut être adressé à la boîte officielle de
l'établissement.

Cordialement,

J.-L. Etcheverry
Proviseur

Le 05/06/2025 à 16:12, Assistance a écrit :
> Bonjour,
>
> Votre documentaliste nous a demandé une réinitialisation du mot de passe
> administrateur. L'adresse enregistrée n'étant plus valide, nous avons
> besoin d'une demande écrite du chef d'établissement.
>
> Cordialement,
> L'équipe d'assistance
""", client="thunderbird", irt=ticket_id(6781, "2025-06-05 16:12 +0200")))

add("head_of_establishment_request", False, "0383377P", "auvergne-rhone-alpes", "espace_acheteur", True, "fr",
    "Claims to be the principal from the ce.<UAI> address, but SPF and DMARC fail, DKIM is missing, the Reply-To is a free-mail address and it asks to move the administrator account to that address 'before the end of the year': a probable spoof. Still a head-of-establishment request for the queue, where staff should refuse it.",
    build(("Principal Collège Les Saules", "ce.0383377P@ac-grenoble.fr"),
          "URGENT changement adresse administrateur", "2025-06-27 22:41 +0200", """\
Bonjour,

Je suis le principal du collège Les Saules (0383377P). Notre gestionnaire
part en fin de semaine et je dois récupérer l'accès administrateur de
l'Espace Acheteur avant la fin de l'année scolaire.

Merci de remplacer dès aujourd'hui l'adresse du compte administrateur par
mon adresse directe : principal.lessaules38@gmail.com, et de m'y envoyer
les nouveaux identifiants. C'est très urgent, des commandes doivent partir
lundi.

Cordialement
Le principal
""", client="plain", reply_to="principal.lessaules38@gmail.com",
          auth=("none", "fail", "fail"),
          received=["Received: from vps-4471.hosting-cheap.example.net (vps-4471.hosting-cheap.example.net [203.0.113.201])\n"
                    "\tby mx1.assistance.example.fr (Postfix) with ESMTP id Z8qkM2bVn4TcWpe\n"
                    "\tfor <support@assistance.example.fr>; Fri, 27 Jun 2025 22:41:09 +0200"]))

add("head_of_establishment_request", False, "0345668B", "occitanie", "espace_acheteur", False, "fr",
    "Numbered list from the proviseur: close the account of the gestionnaire leaving for another académie, name a new structure administrator, keep the order history.",
    build(("Proviseure - Lycée Jean Mermoz", "ce.0345668B@ac-montpellier.fr"),
          "Espace Acheteur – modifications à effectuer au 1er septembre", "2025-06-20 16:03 +0200", """\
Madame, Monsieur,

En tant que proviseure du lycée Jean Mermoz de Montpellier (UAI 0345668B),
je vous demande de procéder aux modifications suivantes sur notre compte
Espace Acheteur, à compter du 1er septembre 2025 :

1. désactiver le compte de M. Thomas Ribes, adjoint gestionnaire, muté
   dans l'académie de Bordeaux à la rentrée ;
2. désigner Mme Nadège Fabre (nadege.fabre@ac-montpellier.fr), agent
   comptable, administratrice de structure ;
3. conserver l'historique des commandes et des factures rattaché à
   l'établissement, dont nous aurons besoin pour le compte financier.

Je reste joignable au 04 67 20 60 00 pour toute précision.

Sylvie Amblard
Proviseure
""", client="zimbra"))

add("head_of_establishment_request", False, "0837931V", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
    "The principal confirms from her phone, quoting her gestionnaire's request (Apple quote style), that the renewal order may be validated. Personal academic address.",
    build(("Delphine Marchal", "delphine.marchal1@ac-nice.fr"),
          "Re: Validation commande renouvellement", "2025-06-11 07:12 +0200", """\
Bonjour,

Je confirme mon accord pour la validation de cette commande.

Delphine Marchal
Principale du collège Font-de-Fillol, Six-Fours-les-Plages (0837931V)

Envoyé de mon iPhone

> Le 10 juin 2025 à 17:48, Gestion Font-de-Fillol <gestion.fontdefillol@ac-nice.fr> a écrit :
>
> Bonjour Madame la Principale,
>
> L'assistance de l'Espace Acheteur demande votre accord écrit pour que je
> puisse valider la commande de renouvellement (abonnements CDI 2025-2026,
> 3 480 EUR). Pourriez-vous leur répondre directement, en copie ?
>
> Merci,
> Karine
""", client="apple", cc="Gestion Font-de-Fillol <gestion.fontdefillol@ac-nice.fr>"))

add("head_of_establishment_request", False, "0149079T", "normandie", "esidoc", True, "fr",
    "A newly arrived principal writes from his old ac-besancon.fr address: the UAI of his new Calvados school gives the region (normandie), not the sender domain. Asks to change the e-sidoc admin contact.",
    build(("Pierre-Yves Monnier", "pierre-yves.monnier@ac-besancon.fr"),
          "Changement de l'adresse de contact e-sidoc", "2025-05-19 19:25 +0200", """\
Madame, Monsieur,

Nommé principal du collège Henri Sellier de Bayeux (UAI 0149079T) à
compter du 14 avril, je vous écris, faute de mieux, depuis mon ancienne
adresse de l'académie de Besançon : ma nouvelle adresse académique n'est
pas encore ouverte.

Je vous demande de remplacer l'adresse de contact du compte administrateur
e-sidoc du collège, qui est toujours celle de mon prédécesseur, par
l'adresse officielle de l'établissement (ce.0149079T@ac-normandie.fr).

Vous pouvez bien entendu vérifier ma nomination auprès du secrétariat du
collège.

Veuillez agréer mes salutations distinguées,

Pierre-Yves Monnier
""", client="zimbra"))

add("head_of_establishment_request", False, "0018042L", "auvergne-rhone-alpes", "esidoc", True, "fr",
    "The secretariat relays the principal's signed letter as a PDF with a two-line body: the head's written request (change of e-sidoc administrator), relayed; staff must read the attachment.",
    build(("Secrétariat Collège Lalande", "ce.0018042L@ac-lyon.fr"),
          "Courrier de Mme la Principale", "2025-06-02 14:44 +0200", """\
Bonjour,

Veuillez trouver ci-joint le courrier de Mme la Principale concernant
l'accès administrateur à notre portail e-sidoc.

Bonne réception,
Le secrétariat
Collège Lalande – Bourg-en-Bresse
""", client="zimbra", att=[("Courrier_principale_esidoc_juin2025.pdf", "application/pdf",
                             fake_pdf("Courrier principale e-sidoc"))]))

add("head_of_establishment_request", False, "0511590B", "grand-est", "esignature", False, "fr",
    "The proviseure authorises the agent comptable to sign the convention amendment on the e-signature platform in her name.",
    build(("Lycée Jean Jaurès - Direction", "ce.0511590B@ac-reims.fr"),
          "Délégation de signature – avenant convention", "2025-06-13 10:30 +0200", """\
Madame, Monsieur,

Je soussignée, Mme Hélène Vautrin, proviseure du lycée Jean Jaurès de
Reims (UAI 0511590B), autorise M. Pascal Dumont, agent comptable, à signer
électroniquement en mon nom l'avenant n°1 à la convention d'adhésion
2024-2026, que vous avez mis à disposition sur la plateforme de
signature.

Je serai retenue par les jurys d'examen jusqu'au 4 juillet et ne pourrai
pas le signer moi-même avant la date limite.

Hélène Vautrin
Proviseure
""", client="zimbra"))

add("head_of_establishment_request", False, "0621719G", "hauts-de-france", "espace_acheteur", False, "fr",
    "Head of a private school asks for the Espace Acheteur administrator password to be reset to the school's generic address because the gestionnaire left suddenly (sick leave). Private-school domain; region from the UAI.",
    build(("Bertrand Delannoy", "direction@institution-saint-vaast.fr"),
          "Compte administrateur Espace Acheteur – demande du chef d'établissement", "2025-05-07 17:30 +0200", """\
Bonjour,

Je suis chef d'établissement de l'Institution Saint-Vaast de Béthune
(établissement privé sous contrat, UAI 0621719G).

Notre gestionnaire, administratrice de notre compte sur l'Espace Acheteur,
est en arrêt maladie depuis le 28 avril pour une durée indéterminée, et
personne d'autre ne connaît le mot de passe. Je vous demande de bien
vouloir réinitialiser ce mot de passe et de rattacher le compte à
l'adresse générique de l'établissement : comptabilite@institution-saint-vaast.fr.

Nous avons des commandes de fin d'année à valider avant le 15 juin.

Je vous remercie par avance.

Bertrand Delannoy
Chef d'établissement
""", client="outlook"))

add("head_of_establishment_request", False, "9763261R", "mayotte", "esidoc", False, "fr",
    "Formal request from a Mayotte principal to change the e-sidoc administrator to the new librarian; Mayotte time zone.",
    build(("Collège de Tsimkoura - Principal", "ce.9763261R@ac-mayotte.fr"),
          "Demande de changement d'administrateur e-sidoc", "2025-05-26 09:18 +0300", """\
Madame, Monsieur,

J'ai l'honneur de vous demander de bien vouloir modifier l'administrateur
du portail e-sidoc de notre établissement (collège de Tsimkoura, UAI
9763261R).

M. Ahamada Saïd, professeur documentaliste, a quitté l'établissement. Je
désigne pour lui succéder Mme Zaïnaba Attoumani, professeure
documentaliste, joignable à l'adresse zainaba.attoumani@ac-mayotte.fr.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations
distinguées.

Le Principal,
Soilihi Madi
""", client="zimbra"))

# =====================================================================
# mailinblack_spam
# =====================================================================

add("mailinblack_spam", True, "0917830S", "ile-de-france", "espace_acheteur", False, "fr",
    "The Département's IT installed MailInBlack in April; the Espace Acheteur activation mail sits in its quarantine.",
    build(("Mathieu Garnier", "mathieu.garnier@ac-versailles.fr"),
          "Activation Espace Acheteur bloquée (MailInBlack)", "2025-05-15 10:36 +0200", """\
Bonjour,

Depuis avril, le Département a déployé MailInBlack sur les adresses des
collèges. Je viens de retrouver votre mail d'activation pour l'Espace
Acheteur dans la quarantaine MailInBlack, mais le lien qu'il contient a
expiré entre-temps.

Pouvez-vous me le renvoyer, et me dire quelles adresses faire autoriser
pour que cela ne se reproduise pas ?

Merci,
Mathieu Garnier
Gestionnaire – Collège Jean Zay, Morsang-sur-Orge (0917830S)
""", client="zimbra"))

add("mailinblack_spam", False, "0024461N", "hauts-de-france", "espace_acheteur", True, "fr",
    "A quarantine digest with 'libérer' buttons is described, but no product is named: probably MailInBlack, not confirmed, so a person should check before sending the guide.",
    build(("Corinne Lambert", "corinne.lambert@ac-amiens.fr"),
          "Vos mails restent « en attente »", "2025-06-05 09:21 +0200", """\
Bonjour,

Chaque matin je reçois un récapitulatif « Messages en attente » de notre
filtre, avec la liste des expéditeurs inconnus et un bouton « Libérer » à
côté de chacun. Vos mails de l'Espace Acheteur y figurent (lien de
connexion, confirmation de commande), mais quand je clique sur « Libérer »
la page tourne et rien n'arrive dans ma boîte.

Je ne sais pas quel est ce filtre, c'est la mairie qui gère la messagerie
de l'établissement.

Comment faire pour recevoir vos messages normalement ?

Corinne Lambert
Gestionnaire – Collège Gérard Philipe, Soissons (0024461N)
""", client="zimbra"))

add("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
    "Product spelled 'mail in black', no accents or capitals, from a phone; free-mail sender, no UAI.",
    build(("sandrine p", "sandrine.pruvost59@gmail.com"),
          "mail bloquer", "2025-05-21 21:37 +0200", """\
bonsoir
les mail de l espace acheteur sont bloquer par mail in black chez nous au college, je dois faire quoi pour les recevoir ? le lien pour le mot de passe est dedans aussi
merci
sandrine
""", client="android"))

add("mailinblack_spam", True, "0699260R", "auvergne-rhone-alpes", "esidoc", False, "en",
    "English. Mailinblack holds the e-sidoc password reset mails at an international school.",
    build(("Fiona Campbell", "f.campbell@csi-lyon.example.org"),
          "Mailinblack holding your password reset emails", "2025-06-02 11:50 +0200", """\
Hello,

Our school switched to Mailinblack for spam filtering over the Easter
holidays. Since then, the password reset emails for our e-sidoc portal
(school code 0699260R) end up in the Mailinblack "pending" area and by the
time I find them the link has expired.

Which sender addresses should I ask our IT provider to whitelist so that
your emails come straight through?

Thank you,
Fiona Campbell
Librarian, Cité Scolaire Internationale de Lyon
""", client="outlook", hdrs=["Content-Language: en-GB"]))

add("mailinblack_spam", False, "0742655J", "auvergne-rhone-alpes", "espace_acheteur", True, "fr",
    "Two topics: Espace Acheteur mails blocked by MailInBlack (first) and a duplicate invoice to be cancelled (order_billing). One template would answer only half.",
    build(("Jérôme Favre-Félix", "jerome.favre-felix@ac-grenoble.fr"),
          "Mailinblack + facture en double", "2025-06-17 14:25 +0200", """\
Bonjour,

1) Depuis la mise en place de Mailinblack par le Département, nous ne
recevons plus les notifications de l'Espace Acheteur : elles restent
bloquées en quarantaine et je dois les débloquer une par une. Quelles
adresses faut-il faire ajouter à la liste blanche ?

2) Par ailleurs, la facture n° F-2025-08812 (commande de mai) nous a été
adressée deux fois, une fois par mail et une fois sur Chorus Pro. Merci
d'annuler le doublon pour que nous ne la payions pas deux fois.

Cordialement,
Jérôme Favre-Félix
Adjoint gestionnaire, collège Les Aravis – Thônes (0742655J)
""", client="zimbra"))

add("mailinblack_spam", True, "0952356V", "ile-de-france", "espace_acheteur", False, "fr",
    "Reply quoting the junk-folder answer: the IT department found that MailInBlack blocks the mails; the MailInBlack guide is now the right answer.",
    build(("Nicolas Ferreira", "nicolas.ferreira@ac-versailles.fr"),
          "RE: [#SUP-006695] Mails non reçus", "2025-05-22 15:02 +0200", """\
Bonjour,

Rien dans les indésirables, mais j'ai interrogé notre service informatique :
ils m'indiquent que vos messages sont arrêtés par Mailinblack, installé par
la Ville sur la messagerie du collège.

Que faut-il leur demander précisément ?

Nicolas Ferreira
Collège Camille Claudel – Cergy (0952356V)

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 20 mai 2025 11:02
À : Nicolas Ferreira <nicolas.ferreira@ac-versailles.fr>
Objet : [#SUP-006695] Mails non reçus

Bonjour,

Les messages automatiques sont envoyés depuis une adresse no-reply.
Vérifiez votre dossier de courriers indésirables ; si vous les y trouvez,
marquez-les comme légitimes et ajoutez l'expéditeur à vos contacts.

Cordialement,
L'équipe d'assistance
""", client="outlook_desktop", charset="utf-8",
          irt=ticket_id(6695, "2025-05-20 11:02 +0200")))

add("mailinblack_spam", True, "0452029L", "centre-val-de-loire", "espace_acheteur", False, "fr",
    "Numbered steps already tried in the MailInBlack interface (authorise, allow-list); mails still held.",
    build(("Isabelle Tessier", "isabelle.tessier@ac-orleans-tours.fr"),
          "MailInBlack : vos mails toujours bloqués malgré l'autorisation", "2025-06-11 10:18 +0200", """\
Bonjour,

Voici ce que j'ai fait dans MailInBlack :

1. ouvert le récapitulatif de quarantaine du matin ;
2. cliqué sur « Autoriser » pour no-reply@espace-acheteur.example.fr ;
3. vérifié que l'adresse apparaît bien dans « Mes expéditeurs autorisés »
   (elle y est) ;
4. redemandé un lien de connexion sur l'Espace Acheteur.

Le nouveau mail est de nouveau parti en quarantaine. Y a-t-il une autre
adresse d'envoi à autoriser ?

Isabelle Tessier
Gestionnaire, lycée Voltaire – Orléans (0452029L)
""", client="zimbra"))

add("mailinblack_spam", True, None, None, None, False, "fr",
    "A Département's IT department asks which sender addresses and domains to allow-list in Mailinblack for all its collèges before the summer. Both services mentioned, so no single platform; no UAI, non-academic sender.",
    build(("DSI - Pôle collèges", "pole-colleges@dsi.vendee-departement.example.fr"),
          "Liste blanche Mailinblack – adresses à autoriser", "2025-06-25 11:40 +0200", """\
Bonjour,

Le Département administre la messagerie des 32 collèges publics de son
territoire et utilise Mailinblack. Plusieurs gestionnaires et
documentalistes nous signalent que vos messages (e-sidoc et Espace
Acheteur) sont retenus.

Afin de traiter le sujet globalement avant la fermeture estivale,
pourriez-vous nous communiquer :

- les adresses d'expédition utilisées par vos plateformes ;
- les domaines et, si possible, les adresses IP des serveurs d'envoi.

Nous les ajouterons à la liste blanche au niveau du domaine.

Cordialement,
Pôle collèges – Direction des systèmes d'information
""", client="outlook"))

add("mailinblack_spam", True, "0301455U", "occitanie", "espace_acheteur", False, "fr",
    "Junk folder checked, then explains the Région put MailInBlack on the lycées' mail: MailInBlack is named, so mailinblack_spam.",
    build(("Lionel Bastide", "lionel.bastide@ac-montpellier.fr"),
          "Lien Espace Acheteur jamais reçu", "2025-05-28 16:55 +0200", """\
Bonjour,

J'attends depuis lundi le lien de connexion à l'Espace Acheteur. Rien dans
les spams. En revanche, la Région a installé MailInBlack sur la messagerie
des lycées en avril, et je vois dans le portail MailInBlack un message de
votre part « en attente de validation ».

Comment le débloquer durablement ?

Lionel Bastide
Lycée Albert Camus, Nîmes – UAI 0301455U
""", client="zimbra"))

add("mailinblack_spam", True, None, "grand-est", None, False, "fr",
    "One line from a phone: blocked by MailInBlack again, send the guide. No platform; region from ac-strasbourg.fr.",
    build(("Muller Audrey", "audrey.muller3@ac-strasbourg.fr"),
          "MailInBlack", "2025-06-19 12:31 +0200", """\
Encore bloqué par MailInBlack. Vous pouvez me renvoyer le guide svp ?
Audrey Muller

Envoyé de mon iPhone
""", client="apple", html=False))

add("mailinblack_spam", True, "0089422Y", "grand-est", None, False, "fr",
    "The head's secretary reports that the desk's answers to the principal go to MailInBlack quarantine; asks what to allow-list. Not a head-of-establishment request.",
    build(("Secrétariat - Lycée Sévigné", "ce.0089422Y@ac-reims.fr"),
          "Vos réponses bloquées par Mailinblack", "2025-06-03 11:09 +0200", """\
Bonjour,

Monsieur le Proviseur attend une réponse de votre part depuis la semaine
dernière. En vérifiant, je constate que vos messages sont retenus par
Mailinblack, que notre collectivité a mis en place sur la boîte de
l'établissement : ils sont dans la liste « en attente » et ne nous
parviennent pas.

Pourriez-vous m'indiquer les adresses à autoriser ? Je transmettrai au
service informatique.

Le secrétariat de direction
Lycée Sévigné – Charleville-Mézières
""", client="zimbra"))

add("mailinblack_spam", True, None, None, "ticket_portal", False, "en",
    "English. MailInBlack quarantines the ticket portal's notifications; the IT lead asks what to allow-list.",
    build(("Ahmed Rahman", "a.rahman@isotoulouse.example.org"),
          "MailInBlack quarantining ticket portal notifications", "2025-05-30 09:44 +0200", """\
Hi,

We use MailInBlack at our school. Since last week every notification from
your ticket portal (new comment, status change) is quarantined, so our
librarian doesn't see your answers unless I release them by hand.

Can you give me the exact sender address and domain the portal uses so I
can add them to the MailInBlack allow-list?

Thanks,
Ahmed Rahman
IT lead, International School of Toulouse
""", client="gmail"))

# =====================================================================
# order_billing
# =====================================================================

add("order_billing", False, "0402732C", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
    "Agent comptable preparing the closing asks for duplicate invoices for four Espace Acheteur orders (bulleted list).",
    build(("Marie-Hélène Dufau", "marie-helene.dufau@ac-bordeaux.fr"),
          "Demande de duplicatas de factures – clôture", "2025-06-23 09:15 +0200", """\
Bonjour,

Dans le cadre de la préparation du compte financier, il me manque les
factures des commandes suivantes, passées sur l'Espace Acheteur par le
lycée Gaston Crampe d'Aire-sur-l'Adour (0402732C) :

- EA-2025-017204 du 14/02/2025
- EA-2025-019931 du 03/03/2025
- EA-2025-024610 du 28/03/2025
- EA-2025-029877 du 22/04/2025

Elles n'apparaissent pas dans l'onglet « Mes factures ». Pourriez-vous me
les adresser en PDF, ou me dire où les retrouver ?

Merci d'avance,
Marie-Hélène Dufau
Agent comptable
""", client="outlook"))

add("order_billing", False, "0715821S", "bourgogne-franche-comte", "esidoc", False, "fr",
    "Asks for a formal quote (devis) for the e-sidoc renewal before 30 June, to commit the remaining budget.",
    build(("Frédérique Lacroix", "frederique.lacroix@ac-dijon.fr"),
          "Devis renouvellement e-sidoc avant le 30 juin", "2025-06-12 11:42 +0200", """\
Bonjour,

Il nous reste des crédits sur la ligne « CDI » de l'exercice et je
voudrais engager dès maintenant le renouvellement de notre abonnement
e-sidoc pour 2025-2026.

Pourriez-vous m'établir un devis au nom du collège Jean Vilar, Chalon-sur-
Saône (UAI 0715821S) ? Il me le faut avant le 30 juin pour établir le bon
de commande.

Bien cordialement,
Frédérique Lacroix
Adjointe gestionnaire
""", client="zimbra"))

add("order_billing", False, "0567930R", "bretagne", "esidoc", False, "fr",
    "Order validated in April, invoice still not on Chorus Pro, so the service fait cannot be certified before the closing.",
    build(("Gwenola Le Floch", "gwenola.le-floch@ac-rennes.fr"),
          "Facture non déposée sur Chorus Pro", "2025-05-30 10:05 +0200", """\
Bonjour,

Notre commande de ressources e-sidoc a été validée le 17 avril (bon de
commande n° 2025-BC-088). Six semaines après, la facture n'est toujours
pas déposée sur Chorus Pro, et je ne peux donc pas certifier le service
fait.

Pouvez-vous vérifier et la déposer rapidement ? Nous clôturons les
engagements mi-juin.

Merci,
Gwenola Le Floch
Gestionnaire – Collège Jules Simon, Vannes (0567930R)
""", client="zimbra"))

add("order_billing", False, None, None, "esidoc", False, "en",
    "English. A bursar asks whether the e-sidoc subscription can be paid by card or bank transfer and for the bank details.",
    build(("Nigel Barrett", "bursar@ermitage-intl.example.org"),
          "Payment options for library subscription", "2025-05-06 16:08 +0200", """\
Good afternoon,

We would like to pay our e-sidoc subscription invoice before the end of
our financial year on 30 June. As a private international school we don't
use Chorus Pro.

Could you tell me whether we can pay by credit card, and if not, send me
your bank details (IBAN/BIC) for a transfer? Please also confirm which
reference we should quote on the payment.

Kind regards,
Nigel Barrett
Bursar
""", client="outlook", hdrs=["Content-Language: en-GB"]))

add("order_billing", False, "0630653T", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
    "A text table compares the quote and the invoice line by line: the invoice is higher than the quote; asks for a corrected invoice.",
    build(("Romain Chassaing", "romain.chassaing@ac-clermont.fr"),
          "Écart entre devis et facture – commande EA-2025-027415", "2025-05-27 14:37 +0200", """\
Bonjour,

La facture reçue pour la commande EA-2025-027415 ne correspond pas au devis
accepté. Détail :

  Article                      Devis (HT)    Facture (HT)
  ---------------------------  ------------  ------------
  Rayonnage simple face x6       1 980,00      1 980,00
  Bac à albums x2                  412,00        468,00
  Livraison / montage              150,00        290,00
  ---------------------------  ------------  ------------
  Total HT                       2 542,00      2 738,00

Je ne peux pas mandater une facture supérieure au montant engagé. Merci de
nous adresser une facture rectifiée ou un avoir.

Cordialement,
Romain Chassaing
Adjoint gestionnaire – Collège Blaise Pascal, Clermont-Ferrand (0630653T)
""", client="thunderbird"))

add("order_billing", False, "0859396B", "pays-de-la-loire", "espace_acheteur", False, "fr",
    "Symptom only: at the last step of order validation 'la page tourne' and the basket comes back unvalidated. An order-validation problem (order_billing), not a login or account problem.",
    build(("Anthony Guérin", "anthony.guerin@ac-nantes.fr"),
          "La page tourne au moment de valider", "2025-06-18 16:22 +0200", """\
Bonjour,

Depuis ce matin, impossible d'aller au bout : je remplis le panier, je
joins le bon d'engagement, je clique sur « Valider la commande », la page
tourne pendant une bonne minute, puis je me retrouve sur le panier comme
si de rien n'était. Rien dans l'historique.

J'ai essayé cinq fois, avec deux navigateurs. Ce sont les manuels de la
rentrée et le fournisseur nous a demandé de commander avant le 25 juin.

Anthony Guérin
Collège Les Sicardières, Les Herbiers – 0859396B
""", client="outlook"))

add("order_billing", False, "0870172P", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
    "From 1 July the school joins a new groupement comptable: asks that invoices for orders placed from then on be addressed to the new agence comptable (new billing details).",
    build(("Claudine Peyrat", "claudine.peyrat@ac-limoges.fr"),
          "Changement d'adresse de facturation au 1er juillet", "2025-06-26 10:51 +0200", """\
Bonjour,

À compter du 1er juillet 2025, le collège Pierre Donzelot de Limoges (UAI
0870172P) sera rattaché à l'agence comptable du lycée Turgot. Les factures
des commandes passées à partir de cette date devront donc être libellées
ainsi :

  Agence comptable du lycée Turgot
  pour le collège Pierre Donzelot
  6 rue Paul-Derignac – 87031 Limoges Cedex

Les commandes déjà livrées restent facturées comme avant. Pouvez-vous
mettre à jour nos informations de facturation ?

Claudine Peyrat
Adjointe gestionnaire
""", client="zimbra"))

add("order_billing", False, "0449506U", "pays-de-la-loire", "esidoc", False, "en",
    "English. An international school needs a pro-forma invoice for next year's e-sidoc subscription before its fiscal year ends.",
    build(("Claire Beaumont", "finance@ecole-bilingue-nantes.example.org"),
          "Pro-forma invoice needed before 30 June", "2025-06-05 09:31 +0200", """\
Hello,

Our board approves next year's library budget on 27 June, and they need a
pro-forma invoice for the renewal of our e-sidoc subscription (2025-2026)
to do so.

School: École Bilingue de Nantes, UAI 0449506U
Billing address: 14 boulevard des Anglais, 44100 Nantes

Could you send it to this address in the next two weeks?

Many thanks,
Claire Beaumont
Finance office
""", client="gmail"))

add("order_billing", False, "0276423K", "normandie", "espace_acheteur", True, "fr",
    "Two topics: an invoice missing for a delivered order (first, main) and a missing administrative certificate for the market (contract_documents).",
    build(("Sébastien Vallée", "sebastien.vallee@ac-normandie.fr"),
          "Facture manquante et attestation", "2025-06-16 15:48 +0200", """\
Bonjour,

La commande EA-2025-030122 (matériel audiovisuel) a été livrée le 12 mai,
mais nous n'avons toujours reçu aucune facture, ni par courrier ni sur
Chorus. Pouvez-vous la faire émettre ? C'est la priorité, car elle doit
être payée avant la clôture.

Accessoirement, je ne trouve pas non plus dans « Mes Marchés »
l'attestation de notification du marché audiovisuel demandée par notre
agent comptable. Si vous pouviez la joindre à votre réponse, ce serait
parfait.

Sébastien Vallée
Gestionnaire – Lycée Augustin Fresnel, Bernay (0276423K)
""", client="zimbra"))

add("order_billing", False, None, "nouvelle-aquitaine", "espace_acheteur", False, "fr",
    "Short: asks for a credit note (avoir) for an order cancelled before delivery. No UAI; region from ac-limoges.fr.",
    build(("Éric Vergne", "eric.vergne@ac-limoges.fr"),
          "Avoir commande annulée", "2025-05-20 12:02 +0200", """\
Bonjour,

La commande EA-2025-025530 a été annulée le 6 mai (article plus
disponible), mais la facture correspondante nous a quand même été adressée.
Merci de nous faire parvenir un avoir.

Cordialement,
É. Vergne
""", client="zimbra", html=False))

add("order_billing", False, "0672607V", "grand-est", "esidoc", False, "fr",
    "Chorus Pro rejected the invoice because the purchase-order number is missing; asks for a reissued invoice with it.",
    build(("Hoffmann Caroline", "caroline.hoffmann@ac-strasbourg.fr"),
          "Facture rejetée sur Chorus – numéro de bon de commande", "2025-06-04 08:58 +0200", """\
Bonjour,

Votre facture n° FA-25-04417 (abonnement e-sidoc) a été rejetée sur Chorus
Pro : le numéro de bon de commande n'y figure pas, alors qu'il est
obligatoire pour notre établissement.

Merci de la déposer à nouveau en indiquant le n° 2025-0137.

Cordialement,
Caroline Hoffmann
Gestionnaire – Collège Lucie Berger, Strasbourg (0672607V)
""", client="outlook_desktop", charset="utf-8"))

# =====================================================================
# account_creation
# =====================================================================

add("account_creation", True, "0390012B", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
    "Interim gestionnaire (May to August) without an academic address yet asks how to create an Espace Acheteur account: the sign-up answer fits.",
    build(("Morgane Vuillet", "morgane.vuillet39@gmail.com"),
          "Création de compte Espace Acheteur", "2025-05-13 08:44 +0200", """\
Bonjour,

J'assure l'intérim de la gestion du collège Jules Grévy de Poligny (UAI
0390012B) de mai à fin août. Je n'ai pas encore d'adresse académique, d'où
cette adresse personnelle.

Comment puis-je créer un compte sur l'Espace Acheteur pour passer les
commandes de fin d'année ? Y a-t-il un formulaire ?

Merci,
Morgane Vuillet
"""))

add("account_creation", True, "0195363B", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
    "Symptom only: after signing up, logging in 'me renvoie à l'accueil'. That is the account waiting for the structure administrator's validation (FAQ case), not a password problem.",
    build(("Sabrina Delmas", "sabrina.delmas@ac-limoges.fr"),
          "Connexion : ça me renvoie à l'accueil", "2025-06-02 14:10 +0200", """\
Bonjour,

J'ai rempli le formulaire d'inscription à l'Espace Acheteur jeudi dernier.
Depuis, à chaque fois que je me connecte, la page se recharge et ça me
renvoie à l'accueil. Pas de message d'erreur, le mot de passe est accepté
(sinon il me le dirait, je suppose ?).

Je suis nouvelle au service intendance du lycée Edmond Perrier de Tulle
(0195363B). Qu'est-ce qui ne va pas ?

Sabrina Delmas
""", client="zimbra"))

add("account_creation", False, None, "bretagne", "espace_acheteur", False, "fr",
    "Asks who the school's structure administrator is now that the previous gestionnaire retired: needs a look-up, so a person answers. No UAI; region from ac-rennes.fr.",
    build(("Loïc Tanguy", "loic.tanguy@ac-rennes.fr"),
          "Qui est notre administrateur de structure ?", "2025-06-06 10:37 +0200", """\
Bonjour,

Je souhaite créer un compte acheteur pour le collège où je suis arrivé en
avril, mais le formulaire m'indique que ma demande sera validée par
« l'administrateur de votre structure ». Or l'ancienne gestionnaire, qui
avait ce rôle d'après mes collègues, est partie à la retraite fin mars.

Pouvez-vous me dire qui est aujourd'hui administrateur pour le collège
Saint-Exupéry de Lorient ?

Loïc Tanguy
Adjoint gestionnaire
""", client="zimbra"))

add("account_creation", False, None, None, "espace_acheteur", False, "en",
    "English. A school opening an international section in September asks for a buyer account: eligibility must be checked by a person. No UAI, non-academic sender.",
    build(("Olivia Hart", "o.hart@bilingualacademy-annecy.example.org"),
          "Buyer account for a new school", "2025-06-19 13:02 +0200", """\
Hello,

We are a small bilingual academy opening in Annecy in September 2025
(secondary level, under contract application). The local authority
suggested we use your purchasing centre for furniture and library
resources.

We do not have a school code yet. Can we already open a buyer account on
the Espace Acheteur, or do we have to wait until we are officially
registered?

Best regards,
Olivia Hart
Operations Manager
""", client="gmail"))

add("account_creation", True, "0543215B", "grand-est", "espace_acheteur", True, "fr",
    "Negation and history: 'je n'ai pas oublié mon mot de passe'; her old account belongs to the school she left; she needs an account for the new school (sign-up), not a reset.",
    build(("Amandine Colin", "amandine.colin@ac-nancy-metz.fr"),
          "Compte pour mon nouvel établissement", "2025-05-21 11:19 +0200", """\
Bonjour,

Je précise tout de suite que je n'ai pas oublié mon mot de passe : je me
connecte sans problème à l'Espace Acheteur... mais sur le compte de mon
ancien collège de Lille, que j'ai quitté en mars pour rejoindre le lycée
Henri Poincaré de Nancy (UAI 0543215B).

Je voudrais un compte rattaché à mon nouvel établissement. Dois-je refaire
une inscription complète avec la même adresse ? Et l'ancien compte sera-t-il
supprimé ?

Merci,
Amandine Colin
Adjointe gestionnaire
""", client="zimbra"))

add("account_creation", False, "0355049Y", "bretagne", "espace_acheteur", False, "fr",
    "The account works, but order-validation rights must be opened for the new gestionnaire.",
    build(("Katell Morvan", "katell.morvan@ac-rennes.fr"),
          "Droits de validation des commandes", "2025-06-13 15:33 +0200", """\
Bonjour,

Mon compte Espace Acheteur est actif (lycée Bréquigny, Rennes, 0355049Y),
je peux préparer des paniers, mais le bouton « Valider la commande » est
grisé : il paraît que je n'ai que les droits de consultation.

Pouvez-vous m'ouvrir les droits de validation ? Je remplace la
gestionnaire jusqu'à la fin de l'année.

Merci,
Katell Morvan
""", client="zimbra"))

add("account_creation", False, "0412700M", "centre-val-de-loire", "esidoc", False, "fr",
    "Asks for a second e-sidoc administrator account for the assistant who runs the library in July: a person decides.",
    build(("Florence Aubry", "florence.aubry@ac-orleans-tours.fr"),
          "Second compte administrateur e-sidoc", "2025-06-20 10:24 +0200", """\
Bonjour,

En juillet, le CDI du lycée Augustin Thierry (Blois, 0412700M) reste ouvert
deux matinées par semaine, tenu par une assistante d'éducation. Je serai
alors en congé.

Est-il possible de lui créer son propre compte d'administration e-sidoc,
avec des droits limités aux prêts et retours, plutôt que de lui confier le
mien ?

Bien cordialement,
Florence Aubry
Professeure documentaliste
""", client="zimbra"))

add("account_creation", False, "0179406G", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
    "The new cité scolaire's UAI (created on 1 January by a merger) is not in the list when opening the account: goes to a person.",
    build(("Gérald Poupard", "gerald.poupard@ac-poitiers.fr"),
          "UAI absent de la liste à l'inscription", "2025-05-28 09:50 +0200", """\
Bonjour,

Depuis le 1er janvier, le collège et le lycée de Marennes ont fusionné en
une cité scolaire, avec un nouvel UAI : 0179406G. Lorsque je remplis le
formulaire de création de compte de l'Espace Acheteur, cet UAI n'apparaît
pas dans la liste des établissements ; je ne trouve que les deux anciens.

Dois-je m'inscrire sur l'un des anciens codes en attendant ?

Gérald Poupard
Adjoint gestionnaire, cité scolaire de Marennes
""", client="zimbra"))

add("account_creation", True, None, "la-reunion", "espace_acheteur", False, "fr",
    "A new adjointe gestionnaire asks simply how to open an Espace Acheteur account; no UAI, region from ac-reunion.fr; Réunion time zone.",
    build(("Nathalie Hoarau", "nathalie.hoarau2@ac-reunion.fr"),
          "Ouverture compte", "2025-06-10 13:05 +0400", """\
Bonjour,

Je viens d'être nommée adjointe gestionnaire et je dois passer des
commandes sur l'Espace Acheteur. Comment ouvre-t-on un compte ?

Merci d'avance,
Nathalie Hoarau
""", client="zimbra"))

# =====================================================================
# subscription_activation
# =====================================================================

add("subscription_activation", True, "0084459D", "grand-est", "esidoc", False, "fr",
    "Europresse ordered two days ago, not yet visible in the portal: within the 72-hour window.",
    build(("Stéphanie Renard", "stephanie.renard@ac-reims.fr"),
          "Europresse pas encore visible", "2025-05-14 15:12 +0200", """\
Bonjour,

Nous avons commandé lundi l'abonnement Europresse pour le lycée Monge de
Charleville-Mézières (0084459D). Il n'apparaît toujours pas dans nos
ressources sur e-sidoc. Les terminales en auraient besoin pour préparer le
grand oral.

Pouvez-vous me dire quand il sera activé ?

Stéphanie Renard
Professeure documentaliste
""", client="zimbra"))

add("subscription_activation", False, "0264817V", "auvergne-rhone-alpes", "esidoc", False, "fr",
    "Ordered three weeks ago and still not active: past the 72-hour rule, a person must look at the order.",
    build(("Bruno Faure", "bruno.faure@ac-grenoble.fr"),
          "Abonnement commandé le 5 mai, toujours inactif", "2025-05-27 11:03 +0200", """\
Bonjour,

Notre abonnement à la base « Lumni Enseignement » a été commandé et validé
le 5 mai. Trois semaines plus tard, il est toujours marqué « en attente
d'activation » dans « Mes abonnements ».

Pouvez-vous regarder ce qui bloque ? Collège Jean Macé, Valence, UAI
0264817V.

Bruno Faure
""", client="zimbra"))

add("subscription_activation", True, "0927480F", "ile-de-france", "esidoc", False, "en",
    "English. An online encyclopedia subscription ordered yesterday is not yet visible in the portal.",
    build(("Hannah Price", "h.price@intl-sevres.example.org"),
          "New subscription not showing yet", "2025-06-04 10:20 +0200", """\
Hi,

Yesterday afternoon we ordered the English-language encyclopedia
subscription for our international section (school code 0927480F). It
doesn't appear in the resources block on our e-sidoc portal yet.

Is there anything I need to do on my side, or does it just take a little
time?

Thanks,
Hannah Price
Librarian
""", client="outlook", hdrs=["Content-Language: en-GB"]))

add("subscription_activation", True, "0460341W", "occitanie", "esidoc", False, "fr",
    "How to make the Universalis resource visible to pupils on the portal for exam revision (publication step).",
    build(("Claire Delpech", "claire.delpech@ac-toulouse.fr"),
          "Rendre Universalis visible aux élèves", "2025-05-19 17:26 +0200", """\
Bonjour,

L'abonnement Universalis est bien actif dans l'administration de notre
portail e-sidoc (lycée Champollion, Figeac – 0460341W), mais les élèves ne
le voient pas sur la page d'accueil.

Je voudrais le mettre en avant pour les révisions du bac : comment le
publier pour qu'il apparaisse côté élèves ?

Claire Delpech
""", client="zimbra"))

add("subscription_activation", True, "0595341K", "hauts-de-france", "esidoc", True, "fr",
    "Negation: 'ce n'est pas un problème de connexion ni de mot de passe'; the subscription ordered two days ago is not visible. Not password_reset.",
    build(("Aurélien Deprez", "aurelien.deprez@ac-lille.fr"),
          "Ressource non visible (pas un souci de mot de passe)", "2025-06-11 09:44 +0200", """\
Bonjour,

Pour éviter toute confusion : ce n'est pas un problème de connexion ni de
mot de passe, j'accède sans souci à l'administration d'e-sidoc.

Le problème, c'est que l'abonnement « Cafeyn » commandé lundi n'apparaît
nulle part, ni dans les ressources ni dans « Mes abonnements ». Collège
Anne Frank, Tourcoing, UAI 0595341K.

Merci,
Aurélien Deprez
""", client="zimbra"))

add("subscription_activation", True, "0705708Z", "bourgogne-franche-comte", "esidoc", False, "fr",
    "Renewal validated on Monday, but the subscription shows 'expiré' since 31 May: within the 72-hour window.",
    build(("Annie Jacquot", "annie.jacquot@ac-besancon.fr"),
          "Abonnement affiché expiré malgré le renouvellement", "2025-06-04 08:31 +0200", """\
Bonjour,

Notre abonnement aux revues numériques est affiché « expiré » depuis le
31 mai, alors que la commande de renouvellement a été validée lundi 2 juin
par la gestionnaire.

Faut-il simplement attendre ? Les élèves de 3e s'en servent pour leurs
révisions du brevet.

Annie Jacquot
CDI – Collège Château-Rance, Vesoul (0705708Z)
""", client="thunderbird"))

add("subscription_activation", True, "0890109K", "bourgogne-franche-comte", "esidoc", False, "fr",
    "Symptom only: the newly ordered resource opens a blank page that keeps loading ('la page tourne'); ordered yesterday, so within the activation window.",
    build(("Thomas Grenier", "thomas.grenier@ac-dijon.fr"),
          "Page blanche sur la nouvelle ressource", "2025-05-22 10:55 +0200", """\
Bonjour,

Quand on clique sur la vignette « Le Monde des ados » que nous avons
commandée hier, on tombe sur une page blanche qui tourne sans fin. Les
autres ressources s'ouvrent normalement.

Est-ce que c'est parce qu'elle n'est pas encore activée ?

Thomas Grenier
Collège Bienvenu Martin, Auxerre (0890109K)
""", client="outlook"))

add("subscription_activation", False, "0827303T", "occitanie", "esidoc", False, "fr",
    "A text table of three resources with order dates: two are visible, the one ordered five days ago is not (past 72 hours), so a person checks.",
    build(("Julie Caussade", "julie.caussade@ac-toulouse.fr"),
          "Une ressource sur trois toujours absente", "2025-06-16 14:02 +0200", """\
Bonjour,

Voici l'état de nos commandes de ressources :

  Ressource             Commandée le   Visible sur le portail
  --------------------  -------------  ----------------------
  Europresse            02/06/2025     oui
  Universalis Junior    02/06/2025     oui
  Cafeyn                11/06/2025     non

Cafeyn n'apparaît toujours pas, cinq jours après la commande.

Julie Caussade
Lycée Antoine Bourdelle, Montauban (0827303T)
""", client="zimbra"))

add("subscription_activation", False, "0240573T", "nouvelle-aquitaine", "esidoc", False, "fr",
    "Reply (Gmail French quote) to the 72-hour answer: four days later the subscription is still not available, so a person must look.",
    build(("Patricia Lagarde", "patricia.lagarde@ac-bordeaux.fr"),
          "Re: [#SUP-006798] Abonnement non disponible", "2025-06-13 09:12 +0200", """\
Bonjour,

Cela fait maintenant quatre jours et l'abonnement n'est toujours pas
disponible. Pouvez-vous vérifier la commande ?

Patricia Lagarde
Collège Michel de Montaigne, Périgueux (0240573T)

Le lun. 9 juin 2025 à 10:40, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Les abonnements sont activés dans un délai de 72 heures après la
> validation de la commande. Si la ressource n'est pas visible passé ce
> délai, répondez à ce message.
>
> Cordialement,
> L'équipe d'assistance
""", client="gmail", irt=ticket_id(6798, "2025-06-09 10:40 +0200")))

# =====================================================================
# transfer_incident
# =====================================================================

add("transfer_incident", False, "0293342A", "bretagne", "ecoledirecte", False, "fr",
    "EcoleDirecte transfers stopped three days before the class councils; parents no longer see the latest grades. Private-school domain; region from the UAI.",
    build(("Maryvonne Kerhervé", "vie-scolaire@ensemble-saint-louis-chateaulin.fr"),
          "Transferts EcoleDirecte arrêtés avant les conseils", "2025-06-06 17:20 +0200", """\
Bonjour,

Depuis mardi, les notes saisies dans Charlemagne ne remontent plus sur
EcoleDirecte : le dernier transfert réussi date du 3 juin à 6 h. Les
parents nous appellent car ils ne voient pas les dernières évaluations,
et nos conseils de classe commencent lundi.

Nous n'avons rien modifié sur le serveur. Pouvez-vous regarder ?

Maryvonne Kerhervé
Vie scolaire – Ensemble scolaire Saint-Louis, Châteaulin
UAI 0293342A
""", client="outlook"))

add("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
    "Short request for the daily maintenance password (transfer_incident per the taxonomy). No UAI, private-school sender.",
    build(("Informatique Institution Jeanne d'Arc", "informatique@ija-montbrison.fr"),
          "Mot de passe de maintenance du jour", "2025-06-17 07:52 +0200", """\
Bonjour,

Pourriez-vous me communiquer le mot de passe de maintenance du jour ? Je
dois relancer la réplication avant l'arrivée des professeurs.

Merci,
Service informatique
""", client="thunderbird"))

add("transfer_incident", False, "0781238X", "ile-de-france", "ecoledirecte", False, "fr",
    "The transfer tool says 'licence invalide' since the new server was installed in May: licence to regenerate.",
    build(("Xavier Dumas", "xavier.dumas@lycee-notre-dame-versailles.fr"),
          "Licence à régénérer après changement de serveur", "2025-05-12 09:06 +0200", """\
Bonjour,

Notre prestataire a remplacé le serveur de l'établissement pendant les
vacances de printemps. Depuis, l'outil de transfert vers EcoleDirecte
affiche « Licence invalide pour ce poste » et plus aucun transfert ne part.

Pouvez-vous régénérer la licence pour le nouveau serveur ? Lycée privé
Notre-Dame, Versailles – UAI 0781238X.

Xavier Dumas
Responsable informatique
""", client="outlook"))

add("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
    "Symptom only: the transfer window 'tourne dans le vide' and never finishes since Friday; the word transfer is barely used. A transfer incident, no UAI.",
    build(("Sœur Marie-Noëlle", "secretariat@college-sainte-anne-vannes.fr"),
          "ça tourne dans le vide", "2025-05-26 08:47 +0200", """\
Bonjour,

Depuis vendredi, quand je clique sur le bouton pour envoyer les absences et
les notes sur EcoleDirecte, la petite fenêtre s'ouvre et tourne dans le
vide. Au bout d'une heure elle tourne encore. Avant, ça prenait deux
minutes.

J'ai éteint et rallumé l'ordinateur, cela ne change rien. Les familles ne
voient plus rien depuis vendredi.

Merci de votre aide,
Sœur Marie-Noëlle, secrétariat
""", client="plain", html=True))

add("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
    "Contrast: 'ce n'est pas le mot de passe de mon compte' — the sender needs the daily maintenance password to repair the database. transfer_incident, not password_reset.",
    build(("Patrice Lenoir", "p.lenoir@lycee-saint-paul-angouleme.fr"),
          "Mot de passe – précision importante", "2025-06-24 12:18 +0200", """\
Bonjour,

Je précise d'emblée que ce n'est pas le mot de passe de mon compte
EcoleDirecte que j'ai perdu : celui-là fonctionne.

Il me faut le mot de passe de maintenance pour réparer la base
Charlemagne, qui s'est mal fermée lors de la coupure de courant de ce
matin. Tant que ce n'est pas fait, aucun transfert ne passe, et nous
éditons les bulletins du troisième trimestre demain.

Patrice Lenoir
Directeur adjoint
""", client="outlook"))

add("transfer_incident", False, "0695329T", "auvergne-rhone-alpes", "ecoledirecte", False, "fr",
    "Numbered steps already tried; the diagnostic fails at the connection test, transfers stopped.",
    build(("Karim Belkacem", "k.belkacem@ensemble-scolaire-lasalle-lyon.fr"),
          "Diagnostic transfert en échec", "2025-06-03 10:30 +0200", """\
Bonjour,

Les transferts vers EcoleDirecte ne partent plus depuis hier soir. Voici
ce que j'ai fait :

1. redémarré le serveur et le service de transfert ;
2. lancé le diagnostic depuis Outils : les étapes 1 et 2 sont vertes ;
3. l'étape 3 « Connexion au serveur distant » échoue avec le code
   TRF-0407 ;
4. vérifié que le pare-feu n'a pas changé (aucune modification depuis
   mars).

UAI 0695329T. Je suis disponible toute la journée pour une prise en main
à distance.

Karim Belkacem
Technicien informatique
""", client="thunderbird"))

add("transfer_incident", False, "0137431G", "provence-alpes-cote-d-azur", "ecoledirecte", False, "fr",
    "Outlook forward (TR:) of the vie scolaire's report: third-term report cards do not reach EcoleDirecte.",
    build(("Direction Collège Saint-Joseph", "direction@stjoseph-marseille.fr"),
          "TR: bulletins T3 absents d'EcoleDirecte", "2025-06-25 16:40 +0200", """\
Bonjour,

Je vous transfère le message de notre CPE. Pouvez-vous regarder en
priorité ? Nous envoyons les bulletins aux familles vendredi.

Collège Saint-Joseph – Marseille, UAI 0137431G

________________________________
De : CPE Saint-Joseph <cpe@stjoseph-marseille.fr>
Envoyé : mercredi 25 juin 2025 15:58
À : Direction Collège Saint-Joseph <direction@stjoseph-marseille.fr>
Objet : bulletins T3 absents d'EcoleDirecte

Bonjour,

Les bulletins du 3e trimestre sont bien édités dans Charlemagne, mais ils
n'arrivent pas sur EcoleDirecte : les familles ne voient que ceux du 2e
trimestre. Le transfert se termine sans erreur, c'est incompréhensible.

Isabelle
""", client="outlook"))

add("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
    "Timetable synchronisation to EcoleDirecte fails since the end-of-year timetable change; no UAI, private-school sender.",
    build(("Gaëtan Roux", "edt@institution-sainte-marie-lyon.example.fr"),
          "Synchronisation emploi du temps en erreur", "2025-05-19 13:14 +0200", """\
Bonjour,

Nous avons modifié l'emploi du temps pour la période des examens (salles
et horaires à partir du 2 juin). Depuis, la synchronisation vers
EcoleDirecte échoue chaque nuit avec le message « Échec de la
synchronisation : données incohérentes (salles) ».

Les élèves voient donc toujours l'ancien emploi du temps. Pouvez-vous nous
aider ?

Gaëtan Roux
Responsable des emplois du temps
""", client="outlook"))

# =====================================================================
# contract_documents
# =====================================================================

add("contract_documents", False, "0548664Z", "grand-est", "espace_acheteur", False, "fr",
    "The agent comptable cannot find the administrative certificate needed to close a market's file in 'Mes Marchés'.",
    build(("Fabrice Mangin", "fabrice.mangin@ac-nancy-metz.fr"),
          "Certificat administratif introuvable – marché 2022-037", "2025-06-19 09:40 +0200", """\
Bonjour,

Je clôture le dossier du marché 2022-037 (équipement numérique) qui arrive
à échéance le 30 juin. Il me manque le certificat administratif, que je ne
trouve pas dans « Mes Marchés » : seuls le CCAP et le bordereau de prix
sont affichés.

Pouvez-vous le mettre à disposition ou me l'envoyer ?

Fabrice Mangin
Agent comptable – Lycée Jacques Marquette, Pont-à-Mousson (0548664Z)
""", client="zimbra"))

add("contract_documents", False, "0929841X", "ile-de-france", "espace_acheteur", False, "en",
    "English. A bursar cannot find the framework agreement documents (CCAP, CCTP) for IT equipment on the Espace Acheteur.",
    build(("James Whitmore", "j.whitmore@intl-school-rueil.example.org"),
          "Framework agreement documents missing", "2025-05-28 14:45 +0200", """\
Hello,

We are preparing next year's IT purchases and need to read the framework
agreement for computer equipment before placing orders. On the Espace
Acheteur the agreement is listed, but the documents tab is empty: no CCAP,
no CCTP, no price schedule.

Our school code is 0929841X. Could you make the documents available, or
send them to me?

Best regards,
James Whitmore
Bursar
""", client="outlook", hdrs=["Content-Language: en-GB"]))

add("contract_documents", False, "0044617X", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
    "The price-revision amendment for a supplies market is announced but missing from the contract documents.",
    build(("Nadine Reynaud", "nadine.reynaud@ac-aix-marseille.fr"),
          "Avenant de révision des prix non disponible", "2025-05-16 11:27 +0200", """\
Bonjour,

Le fournisseur du marché « Fournitures de bureau » nous applique depuis mai
de nouveaux prix en invoquant l'avenant n°3 de révision. Je ne trouve pas
cet avenant dans les documents du marché sur l'Espace Acheteur (il s'arrête
à l'avenant n°2).

Pouvez-vous le mettre en ligne ? Je ne peux pas contrôler les factures
sans lui.

Nadine Reynaud
Gestionnaire – Collège Maria Borrély, Digne-les-Bains (0044617X)
""", client="zimbra"))

add("contract_documents", False, "0113649G", "occitanie", "espace_acheteur", False, "fr",
    "'Le lien est mort': the link to the membership convention PDF returns an error page.",
    build(("Serge Alquier", "serge.alquier@ac-montpellier.fr"),
          "Lien mort vers la convention", "2025-06-09 15:10 +0200", """\
Bonjour,

Dans « Mes Marchés », le lien vers la convention d'adhésion 2024-2026 est
mort : « Erreur 404 – document introuvable ». Les autres documents du
marché s'ouvrent.

Je dois la présenter au conseil d'administration du 24 juin.

S. Alquier
Lycée Louise Michel, Narbonne (0113649G)
""", client="zimbra", html=False))

add("contract_documents", False, "0373328S", "centre-val-de-loire", "espace_acheteur", False, "fr",
    "The renewal documents of the membership convention for next school year are not visible.",
    build(("Hélène Brossard", "helene.brossard@ac-orleans-tours.fr"),
          "Convention d'adhésion 2025-2026", "2025-06-02 10:41 +0200", """\
Bonjour,

Notre convention d'adhésion arrive à terme le 31 août. On m'a indiqué que
les documents de renouvellement (nouvelle convention et annexe tarifaire)
étaient disponibles dans l'Espace Acheteur depuis le 15 mai, mais je ne
vois rien dans notre espace documentaire.

Est-ce un problème d'affichage ou de droits ?

Hélène Brossard
Adjointe gestionnaire – Lycée Grandmont, Tours (0373328S)
""", client="zimbra"))

add("contract_documents", False, "0882536D", "grand-est", "espace_acheteur", True, "fr",
    "Reply on an old password ticket: the quoted history is about the password (solved); the new message asks for the market documents (contract_documents).",
    build(("Romain Didier", "romain.didier@ac-nancy-metz.fr"),
          "RE: [#SUP-006640] Mot de passe Espace Acheteur", "2025-05-23 10:22 +0200", """\
Bonjour,

Merci encore pour le mot de passe, tout fonctionne depuis.

Autre chose, maintenant que je suis connecté : je ne vois aucun document
dans le marché « Restauration scolaire – denrées » auquel notre collège a
adhéré en janvier (ni CCAP, ni bordereau de prix, ni convention). Mes
collègues d'autres établissements les voient. Pouvez-vous vérifier ?

Romain Didier
Collège Louis Pergaud, Épinal (0882536D)

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 12 mai 2025 14:05
À : Romain Didier <romain.didier@ac-nancy-metz.fr>
Objet : [#SUP-006640] Mot de passe Espace Acheteur

Bonjour,

Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
enregistrée pour votre compte. Il est valable 12 heures.

Cordialement,
L'équipe d'assistance
""", client="outlook_desktop", charset="utf-8",
          irt=ticket_id(6640, "2025-05-12 14:05 +0200")))

add("contract_documents", False, "0109414D", "grand-est", "espace_acheteur", False, "fr",
    "The notification letter and the signed acte d'engagement of a market are missing from the documents; needed to close the contract file.",
    build(("Lucie Thiébaut", "lucie.thiebaut@ac-reims.fr"),
          "Acte d'engagement et notification manquants", "2025-06-25 11:58 +0200", """\
Bonjour,

Pour le contrôle de fin d'exercice, notre agent comptable me demande
l'acte d'engagement signé et la lettre de notification du marché
« Maintenance informatique 2023-2025 ». Dans l'Espace Acheteur, je ne
trouve que le règlement de consultation et le CCTP.

Où puis-je trouver ces deux pièces ?

Lucie Thiébaut
Gestionnaire – Collège Paul Portier, Bar-sur-Seine (0109414D)
""", client="outlook"))


# =====================================================================
# write the corpus
# =====================================================================

def _check(name, label, raw):
    import email
    from email import policy
    keys = ["file", "category", "auto_reply_ok", "uai", "region", "platform",
            "hard", "lang", "notes"]
    assert list(label) == keys, (name, list(label))
    assert label["category"] in CATEGORIES, name
    assert label["platform"] in PLATFORMS, name
    assert label["lang"] in ("fr", "en"), name
    assert isinstance(label["auto_reply_ok"], bool) and isinstance(label["hard"], bool), name
    if label["category"] in ("automated", "other", "head_of_establishment_request",
                             "order_billing", "contract_documents", "transfer_incident"):
        assert label["auto_reply_ok"] is False, name
    msg = email.message_from_bytes(raw, policy=policy.default)
    sender = msg["From"].addresses[0].addr_spec
    if label["uai"] is not None:
        assert uai_ok(label["uai"]), (name, label["uai"])
        assert label["uai"].lower().encode() in raw.lower() or \
            label["uai"].lower() in _all_text(msg).lower(), (name, "uai not in mail")
    assert label["region"] == region_for(label["uai"], sender), \
        (name, label["region"], region_for(label["uai"], sender))
    return msg


def _all_text(msg):
    out = [str(msg.get("Subject", "")), str(msg.get("From", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                out.append(part.get_content())
            except Exception:
                pass
    return "\n".join(out)


def main():
    order = list(range(len(MAILS)))
    random.Random(2406).shuffle(order)
    for old in os.listdir(HERE):
        if (old.startswith("h") and old.endswith(".eml")) or old == "labels.jsonl":
            os.remove(os.path.join(HERE, old))
    lines = []
    for n, idx in enumerate(order, 1):
        label, raw = MAILS[idx]
        name = "h%03d.eml" % n
        full = {"file": name}
        full.update(label)
        _check(name, full, raw)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        lines.append(json.dumps(full, ensure_ascii=False))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print("wrote %d mails and labels.jsonl to %s" % (len(lines), HERE))


if __name__ == "__main__":
    if len(MAILS) != 150:
        sys.exit("expected 150 mails, have %d" % len(MAILS))
    main()
