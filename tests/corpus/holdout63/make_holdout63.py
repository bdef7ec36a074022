#!/usr/bin/env python3
"""Build the holdout63 blind test corpus (150 hand-written support mails + labels).

Theme: April 2026, Bretagne, Pays de la Loire, Normandie and Centre-Val de Loire,
structures at the edge of the usual public collège/lycée: lycées agricoles and
maritimes, EREA, private schools under contract (heads and OGEC bursars), CFA and
GRETA, médiathèques intercommunales partnered with schools, IME and hospital
schools, a prison teaching unit.

Standard library only, deterministic (random.Random with a fixed seed).  Writes
h001.eml ... h150.eml and labels.jsonl next to this file, then checks its own
output with assertions.  Every message text below was written by hand; the
random generator only supplies Message-IDs, MIME boundaries, relay names, IP
addresses (documentation ranges), seconds and the final file order.

Run:  python3 make_holdout63.py
"""

import base64
import datetime
import html as htmlmod
import json
import os
import quopri
import random
import re
import struct
import zlib
from email import policy
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.parser import BytesParser
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20260463
R = random.Random(SEED)

UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
PARIS = datetime.timezone(datetime.timedelta(hours=2))
UTC = datetime.timezone.utc
DESK = "support@assistance.example.fr"
DESK_TO = "Assistance <support@assistance.example.fr>"
MX = "mx1.assistance.example.fr"

CATEGORIES = {
    "password_reset": "auto_reply",
    "missing_noreply_mail": "auto_reply",
    "mailinblack_spam": "auto_reply",
    "head_of_establishment_request": "human_review",
    "account_creation": "either",
    "subscription_activation": "auto_reply",
    "order_billing": "human_review",
    "contract_documents": "human_review",
    "transfer_incident": "human_review",
    "automated": "ignore",
    "other": "human_review",
}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}

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
DEPT_REGION = {}
for _reg, _ds in REGION_DEPTS.items():
    for _d in _ds.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _reg
DOMAIN_REGION = {
    "ac-clermont.fr": "auvergne-rhone-alpes", "ac-grenoble.fr": "auvergne-rhone-alpes",
    "ac-lyon.fr": "auvergne-rhone-alpes", "ac-besancon.fr": "bourgogne-franche-comte",
    "ac-dijon.fr": "bourgogne-franche-comte", "ac-rennes.fr": "bretagne",
    "ac-orleans-tours.fr": "centre-val-de-loire", "ac-corse.fr": "corse",
    "ac-nancy-metz.fr": "grand-est", "ac-reims.fr": "grand-est", "ac-strasbourg.fr": "grand-est",
    "ac-amiens.fr": "hauts-de-france", "ac-lille.fr": "hauts-de-france",
    "ac-creteil.fr": "ile-de-france", "ac-paris.fr": "ile-de-france", "ac-versailles.fr": "ile-de-france",
    "ac-normandie.fr": "normandie", "ac-caen.fr": "normandie", "ac-rouen.fr": "normandie",
    "ac-bordeaux.fr": "nouvelle-aquitaine", "ac-limoges.fr": "nouvelle-aquitaine",
    "ac-poitiers.fr": "nouvelle-aquitaine", "ac-montpellier.fr": "occitanie",
    "ac-toulouse.fr": "occitanie", "ac-nantes.fr": "pays-de-la-loire",
    "ac-aix-marseille.fr": "provence-alpes-cote-d-azur", "ac-nice.fr": "provence-alpes-cote-d-azur",
    "ac-guadeloupe.fr": "guadeloupe", "ac-martinique.fr": "martinique", "ac-guyane.fr": "guyane",
    "ac-reunion.fr": "la-reunion", "ac-mayotte.fr": "mayotte",
}


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and UAI_LETTERS[int(code[:7]) % 23] == code[7]


def uai_fix(code):
    return code[:7] + UAI_LETTERS[int(code[:7]) % 23]


# ---------------------------------------------------------------- random bits

def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rup(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))


def ralnum(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def ruuid(upper=False):
    s = "%s-%s-%s-%s-%s" % (rhex(8), rhex(4), "4" + rhex(3), R.choice("89ab") + rhex(3), rhex(12))
    return s.upper() if upper else s


def rip():
    return "%s.%d" % (R.choice(["192.0.2", "198.51.100", "203.0.113"]), R.randint(2, 250))


def qid():
    return "4" + ralnum(14)


def boundary(style):
    if style.startswith("outlook") or style == "android_outlook":
        return "_000_%s%s_" % (rup(28), "FRAP")
    if style == "gmail":
        return "000000000000" + rhex(16)
    if style in ("apple", "iphone"):
        return "Apple-Mail=_" + ruuid(upper=True)
    if style == "thunderbird":
        return "------------" + ralnum(24)
    if style == "zimbra":
        return "=_" + ruuid()
    if style == "samsung":
        return "--_com.samsung.android.email_" + str(R.randint(10 ** 14, 10 ** 15))
    return "=_" + rhex(32)


def when(s):
    """'04-07 09:12' -> aware datetime in April 2026, Paris summer time."""
    m = re.fullmatch(r"(\d\d)-(\d\d) (\d\d):(\d\d)", s)
    mo, d, h, mi = (int(x) for x in m.groups())
    return datetime.datetime(2026, mo, d, h, mi, R.randint(0, 59), tzinfo=PARIS)


def fdate(dt, utc=False):
    return format_datetime(dt.astimezone(UTC) if utc else dt)


# ---------------------------------------------------------------- headers

def ew(text, charset="utf-8", enc="q", name="Subject"):
    """Encoded words when needed (RFC 2047)."""
    if all(32 <= ord(c) < 127 for c in text):
        return text
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    cs.output_charset = charset
    return Header(text, cs, header_name=name).encode(linesep="\n")


def addr(name, email, charset="utf-8", enc="q"):
    if not name:
        return "<%s>" % email
    if all(32 <= ord(c) < 127 for c in name):
        if re.search(r'[(),.:;<>@\[\]"\\]', name):
            name = '"%s"' % name.replace("\\", "\\\\").replace('"', '\\"')
        return "%s <%s>" % (name, email)
    word = ew(name, charset, enc, "From")
    # one encoded word only: some parsers add a space between adjacent
    # encoded words inside a display name, so long names are avoided.
    assert "\n" not in word, "display name too long to encode in one word: %r" % name
    return "%s <%s>" % (word, email)


def relay_host(style, dom):
    if dom.startswith("ac-"):
        return "smtp%d.%s" % (R.randint(1, 6), dom)
    if style in ("outlook365", "outlook_html", "android_outlook"):
        return "%s%03d.outbound.protection.outlook.com" % (
            R.choice(["PAUP264CU", "MRZP264CU", "PR0P264CU", "PA4P264CU", "MRWPR03CU"]), R.randint(1, 30))
    if style == "gmail" or dom == "gmail.com":
        return "mail-%s-f%d.google.com" % (R.choice(["wm1", "ej1", "wr1", "lf1", "ed1"]), R.randint(40, 200))
    if dom in ("orange.fr", "wanadoo.fr"):
        return "smtp-%d.smtpout.orange.fr" % R.randint(10, 30)
    if dom == "laposte.net":
        return "smtp%d.laposte.net" % R.randint(1, 4)
    if dom == "free.fr":
        return "smtp%d-g21.free.fr" % R.randint(1, 9)
    if dom == "educagri.fr":
        return "relais%d.educagri.fr" % R.randint(1, 3)
    return "mail.%s" % dom


def received(host, dt, ip=None):
    ip = ip or rip()
    d = fdate(dt + datetime.timedelta(seconds=R.randint(1, 9)))
    return ("from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
            % (host, host, ip, MX, qid(), DESK, d))


def auth_results(dom, mode="pass", mailfrom_dom=None):
    mf = mailfrom_dom or dom
    if mode == "pass":
        return ("%s;\n\tdkim=pass (2048-bit key) header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n"
                "\tdmarc=pass (p=none dis=none) header.from=%s" % (MX, dom, mf, dom))
    if mode == "nodkim":
        return ("%s;\n\tdkim=none;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s"
                % (MX, mf, dom))
    if mode == "none":
        return "%s;\n\tdkim=none;\n\tspf=none smtp.mailfrom=%s;\n\tdmarc=none header.from=%s" % (MX, mf, dom)
    if mode == "softfail":
        return ("%s;\n\tdkim=none;\n\tspf=softfail smtp.mailfrom=%s;\n\tdmarc=fail (p=quarantine dis=none) header.from=%s"
                % (MX, mf, dom))
    if mode == "fail":
        return ("%s;\n\tdkim=fail (signature did not verify) header.d=%s;\n\tspf=fail smtp.mailfrom=%s;\n"
                "\tdmarc=fail (p=reject dis=none) header.from=%s" % (MX, dom, mf, dom))
    raise ValueError(mode)


def msgid(style, dom):
    if style in ("outlook365", "outlook_html", "android_outlook"):
        box = R.choice(["PR1P264MB", "MR1P264MB", "PAZP264MB", "MRZP264MB", "PA4P264MB"]) + str(R.randint(1000, 9999))
        return "<%s%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (box, rup(28), box)
    if style == "outlook_desktop":
        return "<000%s01dcc%s$%s$%s@%s>" % (R.randint(0, 9), rhex(3), rhex(8), rhex(8), dom)
    if style == "gmail":
        return "<CA%s@mail.gmail.com>" % ralnum(R.randint(40, 52))
    if style in ("apple", "iphone"):
        return "<%s@%s>" % (ruuid(upper=True), dom)
    if style == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (R.randint(10 ** 8, 10 ** 10), R.randint(10 ** 5, 10 ** 7),
                                                  R.randint(1775000000000, 1777500000000), dom)
    if style == "samsung":
        return "<%s@email.android.com>" % rhex(24)
    return "<%s@%s>" % (ruuid(), dom)


# ---------------------------------------------------------------- MIME parts

class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body if isinstance(body, bytes) else body.encode("ascii")


def b64lines(data):
    return base64.encodebytes(data)


def leaf(ctype, data, cte, extra=()):
    if cte == "quoted-printable":
        body = quopri.encodestring(data)
    elif cte == "base64":
        body = b64lines(data)
    else:
        body = data
    if not body.endswith(b"\n"):
        body += b"\n"
    return Part([("Content-Type", ctype), ("Content-Transfer-Encoding", cte)] + list(extra), body)


def text_part(text, subtype="plain", cs="utf-8", cte="quoted-printable", ctype=None, extra=()):
    data = text.encode(cs)
    if cte in ("7bit",):
        assert all(b < 128 for b in data), text[:60]
    ctype = ctype or 'text/%s; charset="%s"' % (subtype, cs)
    return leaf(ctype, data, cte, extra)


def multipart(subtype, parts, bnd=None, params="", preamble=None, extra=()):
    bnd = bnd or "=_" + rhex(32)
    out = b""
    if preamble:
        out += preamble.encode() + b"\n"
    for p in parts:
        out += b"\n--" + bnd.encode() + b"\n"
        for k, v in p.headers:
            out += ("%s: %s\n" % (k, v)).encode()
        out += b"\n" + p.body
    out += b"\n--" + bnd.encode() + b"--\n"
    if out.startswith(b"\n"):
        out = out[1:]
    return Part([("Content-Type", 'multipart/%s;\n\tboundary="%s"%s' % (subtype, bnd, params))] + list(extra), out)


def attach(filename, ctype, data, inline=False, rfc2231=False, cid=None):
    disp = "inline" if inline else "attachment"
    if rfc2231 or any(ord(c) > 126 for c in filename):
        from urllib.parse import quote
        fn = quote(filename.encode("utf-8"))
        ct = '%s; name="%s"' % (ctype, ew(filename, "utf-8", "q", "Content-Type"))
        cd = "%s;\n\tfilename*=utf-8''%s;\n\tsize=%d" % (disp, fn, len(data))
    else:
        ct = '%s; name="%s"' % (ctype, filename)
        cd = '%s; filename="%s";\n\tsize=%d' % (disp, filename, len(data))
    extra = [("Content-Disposition", cd)]
    if cid:
        extra.append(("Content-ID", "<%s>" % cid))
    return leaf(ct, data, "base64", extra)


def render(headers, part, mime_version="1.0"):
    out = []
    for k, v in headers:
        if v is None:
            continue
        out.append("%s: %s" % (k, v))
    if mime_version:
        out.append("MIME-Version: %s" % mime_version)
    for k, v in part.headers:
        out.append("%s: %s" % (k, v))
    raw = ("\n".join(out) + "\n\n").encode("utf-8") + part.body
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


# ---------------------------------------------------------------- tiny PDF / PNG

def pdf(lines, title="Courrier"):
    """A real one-page PDF; lines are str (regular) or ('B', str) (bold)."""
    def esc(s):
        return s.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    cs = b"BT\n/F1 11 Tf\n56 790 Td\n15 TL\n"
    for ln in lines:
        if isinstance(ln, tuple):
            cs += b"/F2 11 Tf\n(" + esc(ln[1]) + b") '\n/F1 11 Tf\n"
        else:
            cs += b"(" + esc(ln) + b") '\n"
    cs += b"ET\n"
    stream = zlib.compress(cs)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Title (" + esc(title) + b") /Producer (Microsoft\\256 Word 2019) /CreationDate (D:20260401090000+02'00') >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, len(objs), xref)
    return out


def png(w=320, h=180, seed=0):
    """A small grey 'screenshot' PNG with a title bar and a few text-like stripes."""
    rr = random.Random(seed)
    rows = []
    stripes = {rr.randint(40, h - 10) for _ in range(9)}
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if y < 22:
                c = (0, 84, 166)
            elif y in stripes and 20 < x < rr.randint(120, w - 20):
                c = (60, 60, 60)
            else:
                c = (244, 244, 244)
            row += bytes(c)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


# ---------------------------------------------------------------- HTML from text

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
\t{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:12.0pt;
\tfont-family:"Aptos",sans-serif;
\tmso-ligatures:standardcontextual;
\tmso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#467886;
\ttext-decoration:underline;}
span.EmailStyle17
\t{mso-style-type:personal-compose;
\tfont-family:"Aptos",sans-serif;
\tcolor:windowtext;}
@page WordSection1
\t{size:612.0pt 792.0pt;
\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
\t{page:WordSection1;}
--></style>
</head>
"""


def _blocks(text):
    """Split into (quoted, lines) runs; quoted runs have one '>' level removed."""
    runs = []
    for ln in text.rstrip("\n").split("\n"):
        q = ln.startswith(">")
        if q:
            ln = ln[1:]
            if ln.startswith(" "):
                ln = ln[1:]
        if runs and runs[-1][0] == q:
            runs[-1][1].append(ln)
        else:
            runs.append((q, [ln]))
    return runs


def to_html(text, flavor, charset="utf-8"):
    e = lambda s: htmlmod.escape(s, quote=False)
    if flavor == "outlook":
        ps = []
        for q, lines in _blocks(text):
            for ln in lines:
                cell = e(ln) if ln.strip() else "&nbsp;"
                if q:
                    ps.append('<p class="MsoNormal" style="margin-left:36.0pt">%s<o:p></o:p></p>' % cell)
                else:
                    ps.append('<p class="MsoNormal">%s<o:p></o:p></p>' % cell)
        return (OUTLOOK_HEAD % charset + '<body lang="FR" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n' + "\n".join(ps) + "\n</div>\n</body>\n</html>\n")
    out = []
    for q, lines in _blocks(text):
        inner = "<br>\n".join(e(ln) for ln in lines)
        if q:
            if flavor == "gmail":
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote>' % inner)
            elif flavor == "apple":
                out.append('<blockquote type="cite">%s</blockquote>' % inner)
            else:
                out.append('<blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;">%s</blockquote>' % inner)
        else:
            out.append(inner)
    body = "<br>\n".join(out)
    if flavor == "gmail":
        return '<div dir="ltr">%s</div>\n' % body
    if flavor == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                '<div>%s</div></body></html>\n' % body)
    if flavor == "zimbra":
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                '<div>%s</div></div></body></html>\n' % body)
    if flavor == "samsung":
        return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div dir="auto">%s</div></body></html>\n' % body
    return ('<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=%s">\n  </head>\n'
            '  <body>\n    <p>%s</p>\n  </body>\n</html>\n' % (charset, body))


# ---------------------------------------------------------------- the corpus

MAILS = []   # (raw bytes, label dict without "file")


def label(lab):
    cat, ok, uai, region, platform, hard, lang, notes = lab
    return {"category": cat, "auto_reply_ok": ok, "uai": uai, "region": region,
            "platform": platform, "hard": hard, "lang": lang, "notes": notes}


def pick_cs(text, style):
    if style.startswith("outlook"):
        for cs in ("iso-8859-1", "Windows-1252"):
            try:
                text.encode(cs)
                return cs
            except UnicodeEncodeError:
                pass
    return "utf-8"


def H(style, frm, subj, date, body, lab, html=None, only_html=False, cs=None, cte=None,
      att=(), to=DESK_TO, cc=None, extra=(), auth="pass", reply_to=None, irt=None, refs=None,
      hdr_cs=None, hdr_enc=None, mailfrom=None, ip=None, relay=None):
    """A message written by a person, dressed as the given mail client sends it."""
    name, email = frm
    want_html = html is not None
    if html == "auto":
        html = None
    dom = email.split("@")[1].lower()
    dt = when(date)
    utc = style in ("outlook365", "outlook_html", "android_outlook")
    cs = cs or pick_cs(body if html is None else html, style)
    hcs = hdr_cs or ("utf-8" if cs.lower() == "utf-8" else cs)
    henc = hdr_enc or ("b" if style in ("android_outlook", "samsung") else "q")
    host = relay or relay_host(style, dom)
    hdrs = [
        ("Return-Path", "<%s>" % (mailfrom or email)),
        ("Delivered-To", DESK),
        ("Received", received(host, dt, ip)),
        ("Authentication-Results", auth_results(dom, auth, (mailfrom or email).split("@")[1])),
    ]
    if dom.startswith("ac-") and relay is None:
        hdrs.append(("Received", "from [%s] (unknown [%s])\n\tby %s with ESMTPSA id %s\n\tfor <%s>; %s"
                     % ("192.168.%d.%d" % (R.randint(0, 9), R.randint(2, 250)), rip(), host, rup(10), DESK, fdate(dt))))
    hdrs += [("From", addr(name, email, hcs, henc)), ("To", to)]
    if cc:
        hdrs.append(("Cc", cc))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs += [("Subject", ew(subj, hcs, henc)), ("Date", fdate(dt, utc)), ("Message-ID", msgid(style, dom))]
    if irt:
        hdrs.append(("In-Reply-To", irt))
        hdrs.append(("References", refs or irt))
    mime_version = "1.0"
    bnd = boundary(style)
    if style in ("outlook365", "outlook_html", "outlook_desktop", "android_outlook"):
        hdrs += [("Thread-Topic", ew(re.sub(r"^(RE|TR|Re|Fwd|AW) ?: ?", "", subj), hcs, henc, "Thread-Topic")),
                 ("Thread-Index", base64.b64encode(bytes(R.getrandbits(8) for _ in range(22))).decode())]
        if style == "outlook_desktop":
            hdrs.append(("X-Mailer", "Microsoft Outlook 16.0"))
            hdrs.append(("Content-Language", "fr"))
        else:
            hdrs += [("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"),
                     ("X-MS-Has-Attach", "yes" if att else ""), ("X-MS-TNEF-Correlator", "")]
        cte = cte or ("base64" if style == "android_outlook" else "quoted-printable")
        htm = html or to_html(body, "outlook", cs)
        if style == "outlook_html" or only_html:
            part = text_part(htm, "html", cs, cte)
        else:
            part = multipart("alternative", [text_part(body, "plain", cs, cte), text_part(htm, "html", cs, cte)], bnd)
    elif style == "gmail":
        cte = cte or ("quoted-printable" if any(ord(c) > 127 for c in body) else "7bit")
        part = multipart("alternative", [
            text_part(body, "plain", "UTF-8", cte),
            text_part(html or to_html(body, "gmail"), "html", "UTF-8", cte)], bnd)
    elif style in ("apple", "iphone"):
        cte = cte or "quoted-printable"
        ctp = "text/plain;\n\tcharset=%s" % cs
        hdrs.append(("X-Mailer", "Apple Mail (2.3826.500.181.1.5)" if style == "apple" else "iPhone Mail (22E252)"))
        mime_version = "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))" if style == "apple" else "1.0 (1.0)"
        if only_html or want_html:
            part = multipart("alternative", [text_part(body, "plain", cs, cte, ctype=ctp),
                                             text_part(html or to_html(body, "apple"), "html", cs, cte,
                                                       ctype="text/html;\n\tcharset=%s" % cs)], bnd)
        else:
            part = text_part(body, "plain", cs, cte, ctype=ctp)
    elif style == "thunderbird":
        hdrs.append(("User-Agent", "Mozilla Thunderbird"))
        hdrs.append(("Content-Language", "fr"))
        cte = cte or ("8bit" if any(ord(c) > 127 for c in body) else "7bit")
        ctp = "text/plain; charset=%s; format=flowed" % (cs.upper() if cs.lower() == "utf-8" else cs)
        if want_html or only_html:
            part = multipart("alternative", [text_part(body, "plain", cs, cte, ctype=ctp),
                                             text_part(html or to_html(body, "tb", cs), "html", cs, cte)], bnd)
        else:
            part = text_part(body, "plain", cs, cte, ctype=ctp)
    elif style == "zimbra":
        hdrs += [("X-Originating-IP", "[10.%d.%d.%d]" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250))),
                 ("X-Mailer", "Zimbra 10.1.2_GA_4650 (ZimbraWebClient - FF137 (Linux)/10.1.2_GA_4650)"),
                 ("Thread-Topic", ew(re.sub(r"^(RE|TR|Re|Fwd) ?: ?", "", subj), "utf-8", "q", "Thread-Topic")),
                 ("Thread-Index", ralnum(28))]
        cte = cte or "quoted-printable"
        if only_html:
            part = text_part(html or to_html(body, "zimbra"), "html", "utf-8", cte)
        else:
            part = multipart("alternative", [text_part(body, "plain", "utf-8", cte),
                                             text_part(html or to_html(body, "zimbra"), "html", "utf-8", cte)], bnd)
    elif style == "samsung":
        cte = cte or "base64"
        part = multipart("alternative", [text_part(body, "plain", "UTF-8", cte),
                                         text_part(html or to_html(body, "samsung"), "html", "UTF-8", cte)], bnd)
    elif style == "roundcube":
        hdrs.append(("User-Agent", "Roundcube Webmail/1.6.10"))
        cte = cte or ("8bit" if any(ord(c) > 127 for c in body) else "7bit")
        ctp = "text/plain; charset=%s; format=flowed" % ("UTF-8" if cs == "utf-8" else cs)
        part = text_part(body, "plain", cs, cte, ctype=ctp)
    elif style == "plain":
        cte = cte or ("8bit" if any(ord(c) > 127 for c in body) else "7bit")
        if only_html:
            part = text_part(html or to_html(body, "tb", cs), "html", cs, cte)
        else:
            part = text_part(body, "plain", cs, cte)
    else:
        raise ValueError(style)
    hdrs += list(extra)
    if att:
        ab = boundary(style)
        part = multipart("mixed", [part] + list(att), ab)
    MAILS.append((render(hdrs, part, mime_version), label(lab)))


def A(headers, part, lab, date, host, ip=None, auth=None, mime_version="1.0"):
    """An automated message built from explicit headers; adds transport headers."""
    dt = when(date)
    dom = host.split(".", 1)[1] if host.count(".") > 1 else host
    pre = [("Delivered-To", DESK), ("Received", received(host, dt, ip))]
    if auth:
        pre.append(("Authentication-Results", auth))
    hdrs = []
    for k, v in headers:
        if v == "@DATE":
            v = fdate(dt)
        elif v == "@DATEUTC":
            v = fdate(dt, True)
        hdrs.append((k, v))
    rp = [h for h in hdrs if h[0] == "Return-Path"]
    rest = [h for h in hdrs if h[0] != "Return-Path"]
    MAILS.append((render(rp + pre + rest, part, mime_version), label(lab)))


def pdf_att(name, lines, title="Courrier"):
    return attach(name, "application/pdf", pdf(lines, title))


def png_att(name, seed, inline=False):
    return attach(name, "image/png", png(seed=seed), inline=inline)


# =====================================================================
# password_reset (22)
# =====================================================================

H("outlook_desktop", ("Maëlle Quéméner", "maelle.quemener@ac-rennes.fr"),
  "Mot de passe e-sidoc - CDI du lycée maritime", "04-08 10:14",
  """Bonjour,

Depuis le changement de mot de passe qu'on nous a imposé en mars, impossible de me reconnecter au back-office e-sidoc : « identifiant ou mot de passe incorrect ». J'ai dû mal recopier le nouveau quelque part...

Pourriez-vous me renvoyer un lien de réinitialisation ? L'identifiant est bien notre code UAI.

Merci d'avance et bonne journée,

Maëlle Quéméner
Professeure documentaliste – CDI
Lycée professionnel maritime du Guilvinec
UAI 0291515P
02 98 00 41 17
""",
  ("password_reset", True, "0291515P", "bretagne", "esidoc", False, "fr",
   "Lost e-sidoc back-office password after a forced change; UAI in the signature of a maritime vocational lycée."))

H("gmail", ("Fanch Morvan", "fanch.morvan56@gmail.com"),
  "mot de passe oublie portail cdi", "04-02 21:47",
  """bonjour

je travaille a l'EREA de Ploermel (0560504u) et je n'arrive plus a me connecter au portail esidoc du cdi, j'ai oublie le mot de passe et la collegue qui l'avait note est en arret depuis 15 jours. c'est possible d'avoir un nouveau lien ?

merci
fanch
""",
  ("password_reset", True, "0560504U", "bretagne", "esidoc", True, "fr",
   "No accents, UAI written in lower case (0560504u) in the body; personal Gmail, so the link goes to the address on file or the official one. Plain forgotten password at an EREA."))

H("outlook365", ("Siobhán Kearney", "s.kearney@stgildas-vannes.fr"),
  "e-sidoc password - school library", "04-09 13:26",
  """Hello,

I'm covering the school library (CDI) at Ensemble scolaire Saint-Gildas in Vannes until the summer while our documentaliste is on leave. I was given the e-sidoc login (our UAI, 0561113F) but the password I was handed doesn't work, and after three tries the site told me to wait before trying again.

Could you send me a reset link? I understand it may have to go to the school's official address; that's fine, the office will forward it to me.

Many thanks,
Siobhán

Siobhán Kearney
English teacher – acting librarian
Ensemble scolaire Saint-Gildas, Vannes
""",
  ("password_reset", True, "0561113F", "bretagne", "esidoc", False, "en",
   "English; private school under contract; the password handed over does not work and the account is throttled. She accepts the link going to the official address: the reset path fits."))

H("thunderbird", ("Hervé Le Bihan", "h.lebihan@cma22-cfa.fr"),
  "Compte bloqué e-sidoc CFA", "04-14 09:03",
  """Bonjour,

Suite à plusieurs tentatives infructueuses ce matin (le clavier du poste était resté en QWERTY, c'est un poste de la salle informatique...), notre compte e-sidoc est verrouillé.

Pouvez-vous le débloquer, ou nous envoyer un lien pour définir un nouveau mot de passe ?

Identifiant = code UAI du CFA : 0221519G

Bien cordialement,

-- 
Hervé Le Bihan
Centre de ressources
CFA de la Chambre de métiers et de l'artisanat des Côtes-d'Armor
Ploufragan
""",
  ("password_reset", True, "0221519G", "bretagne", "esidoc", False, "fr",
   "Account locked after failed attempts at a CFA; asks to unlock or for a reset link."))

H("outlook_desktop", ("Claire Besnier", "cdi.legta.haut-anjou@educagri.fr"),
  "TR: Réinitialisation de votre mot de passe e-sidoc", "04-07 08:22",
  """Bonjour,

Le lien ci-dessous ne fonctionne plus (« Ce lien n'est plus valide »). Je l'ai reçu vendredi en fin de journée mais je n'ai pu m'en occuper que ce matin, lundi étant férié.
Est-il possible d'en recevoir un nouveau ?

Merci,
Claire Besnier
Documentaliste – LEGTA du Haut-Anjou
53200 Château-Gontier-sur-Mayenne
UAI : 0530911C

De : e-sidoc <no-reply@esidoc.example.fr>
Envoyé : vendredi 3 avril 2026 16:48
À : CDI LEGTA Haut-Anjou <cdi.legta.haut-anjou@educagri.fr>
Objet : Réinitialisation de votre mot de passe e-sidoc

Bonjour,

Une demande de réinitialisation du mot de passe a été faite pour le compte 0530911C.
Cliquez sur le lien suivant pour choisir un nouveau mot de passe (valable 12 heures) :
https://0530911c.esidoc.example.fr/admin/reset?token=8f2c61d0a9e74b1c

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.
""",
  ("password_reset", True, "0530911C", "pays-de-la-loire", "esidoc", False, "fr",
   "Outlook 'TR:' forward of the reset mail whose 12-hour link expired over the Easter weekend; asks for a new link. Lycée agricole (educagri.fr sender, not an académie domain): region from the UAI."))

H("gmail", ("Bertrand Gasnier", "econome@saint-aubin-angers.fr"),
  "Accès Espace Acheteur + facture mars", "04-15 11:52",
  """Bonjour,

Deux choses, si vous le permettez.

1) Je n'arrive plus à me connecter à l'Espace Acheteur : mot de passe refusé, et le lien « mot de passe oublié » envoie le mail sur une adresse qui n'existe plus (celle de mon prédécesseur, parti en janvier).

2) Par ailleurs, la facture de mars pour les fournitures de l'atelier a été établie au nom du lycée et non de l'OGEC, qui est pourtant l'entité qui paie. Notre commissaire aux comptes va tiquer... Pouvez-vous la rééditer au nom de l'OGEC Saint-Aubin ?

Merci !

Bertrand Gasnier
Économe – OGEC Institution Saint-Aubin
49000 Angers – UAI 0491568N
""",
  ("password_reset", False, "0491568N", "pays-de-la-loire", "espace_acheteur", True, "fr",
   "Two topics: Espace Acheteur login lost with the address on file obsolete (main, first) and an invoice to re-issue to the OGEC (order_billing). One template answers only half, so a person replies."))

H("zimbra", ("Delphine Auvray", "delphine.auvray@ac-normandie.fr"),
  "identifiant portail documentaire unité d'enseignement", "04-01 14:10",
  """Bonjour,

Je suis enseignante spécialisée, nommée en mars à l'unité d'enseignement de l'IME Les Tilleuls. On m'a dit qu'il existait un portail e-sidoc pour notre petit centre de documentation, mais personne ici ne connaît ni l'identifiant ni le mot de passe (ma collègue est partie en retraite en février sans laisser de consignes).

Comment puis-je récupérer l'accès ?

Merci beaucoup,

Delphine Auvray
Enseignante coordonnatrice – UE de l'IME Les Tilleuls
""",
  ("password_reset", True, None, "normandie", "esidoc", False, "fr",
   "New teacher at an IME teaching unit knows neither the identifier nor the password; no UAI given, region from the ac-normandie.fr sender."))

H("gmail", ("Nathalie Guesdon", "nathalie.guesdon.prof@gmail.com"),
  "Mot de passe esidoc à envoyer sur mon adresse perso svp", "04-16 19:33",
  """Bonjour,

J'enseigne au pôle scolaire du CHU de Caen (école à l'hôpital, UAI 0141414L). Nous avons perdu le mot de passe du portail e-sidoc.

Le problème : la boîte officielle de l'école n'est relevée que par la directrice, en arrêt jusqu'à fin avril, et ma boîte académique sature sans arrêt. Pourriez-vous exceptionnellement m'envoyer le nouveau mot de passe directement ici, sur cette adresse gmail ? Les élèves hospitalisés ont un exposé à rendre et la base documentaire est notre seul outil.

Merci de votre compréhension,

Nathalie Guesdon
Professeure des écoles – Pôle enseignement, CHU de Caen
""",
  ("password_reset", False, "0141414L", "normandie", "esidoc", True, "fr",
   "Lost password at a hospital school, but she asks for it to be sent to her personal Gmail, which is not on file: no automatic answer; the head's written request is the way, a person explains."))

H("zimbra", ("Secrétariat EREA", "ce.0720428Z@ac-nantes.fr"),
  "Demande de lien de réinitialisation - portail documentaire", "04-10 10:41",
  """Bonjour,

Le secrétariat de l'EREA vous écrit pour le compte de M. Rigault, professeur documentaliste, qui ne parvient plus à se connecter au portail e-sidoc de l'établissement (mot de passe oublié).

Pourriez-vous envoyer le lien de réinitialisation sur l'adresse officielle de l'établissement, c'est-à-dire celle-ci ? Nous le lui transmettrons.

Cordialement,

Le secrétariat
EREA Les Hauts de Sarthe – Le Mans
""",
  ("password_reset", True, "0720428Z", "pays-de-la-loire", "esidoc", True, "fr",
   "UAI only in the ce.<UAI>@ac-nantes.fr sender; the secretariat (not the head) asks for the link on the official address, which is the safe reset path."))

H("thunderbird", ("Agnès Pellerin", "agnes.pellerin@ac-orleans-tours.fr"),
  "Re: [#SUP-071346] Mot de passe portail documentaire ULE Saran", "04-09 21:05",
  """Bonjour,

Merci pour la réponse rapide, mais cela ne règle rien : le lien est parti sur l'adresse d'établissement enregistrée, qui est celle de l'unité pédagogique régionale à Dijon. Personne à l'ULE n'a accès à cette boîte, et nous n'avons pas internet en détention : je vous écris de chez moi, le soir.

Le responsable local d'enseignement est d'accord pour faire une demande écrite si c'est ce qu'il faut ; dites-nous simplement à qui l'adresser et sous quelle forme.

Agnès Pellerin
Enseignante – Unité locale d'enseignement
Centre pénitentiaire d'Orléans-Saran
UAI 0451207T

Le 08/04/2026 à 17:21, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
> connue pour votre établissement (u***@ac-****.fr). Il est valable
> 12 heures.
>
> Cordialement,
> L'équipe d'assistance
""",
  ("password_reset", False, "0451207T", "centre-val-de-loire", "esidoc", False, "fr",
   "Reply to the automatic reset answer (Thunderbird quote): the link went to the regional prison-education unit's mailbox nobody at the prison teaching unit can read; the head's written-request procedure now needs a person. Region from the UAI (Loiret), not from the Dijon unit."),
  irt="<SUP-071346.1775661660.a3e1@assistance.example.fr>")

H("zimbra", ("Sylvie Ledanois", "sylvie.ledanois@ac-normandie.fr"),
  "Mot de passe expiré Espace Acheteur - GRETA Rouen Métropole 0760626T", "04-13 08:51",
  """Bonjour,

Mon mot de passe de l'Espace Acheteur a expiré (message « votre mot de passe a expiré, veuillez le renouveler ») et je ne me souviens plus de l'ancien, que le formulaire me demande pour en choisir un nouveau.

Je dois passer une commande de matériel pour la formation CAP cuisine avant le 15. Pouvez-vous m'envoyer un lien de réinitialisation ?

Merci,

Sylvie Ledanois
Assistante de gestion – GRETA Rouen Métropole
""",
  ("password_reset", True, "0760626T", "normandie", "espace_acheteur", False, "fr",
   "Expired Espace Acheteur password, old one forgotten; GRETA UAI only in the subject line."))

H("iphone", ("Benoît Royer", "b.royer@stgatien-tours.fr"),
  "Mdp", "04-20 07:38",
  """Bonjour mdp esidoc bloqué depuis ce matin, uai 0370402L. Vous pouvez m'envoyer un lien ? Merci

Benoît Royer
Lycée privé Saint-Gatien-des-Prés

Envoyé de mon iPhone
""",
  ("password_reset", True, "0370402L", "centre-val-de-loire", "esidoc", False, "fr",
   "Two-line iPhone message: e-sidoc account blocked, asks for a link; private lycée, UAI in the body."))

H("thunderbird", ("Gaëlle Pichon", "cdi.legta-sees@educagri.fr"),
  "Lien de réinitialisation refusé", "04-08 15:17",
  """Bonjour,

Je précise tout de suite que ce n'est pas un souci de mail qui n'arrive pas : j'ai bien reçu vos messages de réinitialisation, trois fois même, dans la boîte de réception et pas dans les indésirables.

Le problème, c'est qu'en cliquant, la page affiche « Ce lien a déjà été utilisé ou a expiré », même quand je clique dans la minute qui suit la réception. (Je me demande si notre messagerie ne "visite" pas les liens avant moi pour les analyser ?)

Pouvez-vous débloquer la situation ? UAI : 0611220V.

Merci,

-- 
Gaëlle Pichon
Professeure documentaliste
Lycée d'enseignement général et technologique agricole de Sées
""",
  ("password_reset", False, "0611220V", "normandie", "esidoc", True, "fr",
   "Contrast: explicitly NOT a missing mail; every reset link is already 'used' when clicked (probably a link-scanning gateway). password_reset, but sending one more link would fail the same way: a person must look."))

H("apple", ("Anne-Sophie Kerhervé", "as.kerherve@ac-nantes.fr"),
  "Mot de passe portail e-sidoc - école du CHU", "04-03 16:09",
  """Bonjour,

Je n'ai plus le mot de passe du portail de l'école de l'hôpital Morvan : je l'avais noté dans un carnet que je ne retrouve plus depuis le déménagement de nos salles au 3e étage…

Pourriez-vous m'indiquer la marche à suivre pour en obtenir un nouveau ?
(Je vous écris de mon ancienne adresse académique, j'étais dans l'académie de Nantes jusqu'en février.)

Bien à vous,

Anne-Sophie Kerhervé
Enseignante – École à l'hôpital, CHU de Brest
RNE : 029 1335 U
""",
  ("password_reset", True, "0291335U", "bretagne", "esidoc", True, "fr",
   "UAI written with spaces ('029 1335 U') in the signature; sent from an ac-nantes.fr address, but the UAI's département (Finistère) wins: bretagne."))

H("zimbra", ("Yannick Guillou", "yannick.guillou@ac-rennes.fr"),
  "Mot de passe oublié (GRETA Est-Bretagne)", "04-15 14:28",
  """Bonjour,

Je gère le centre de ressources du GRETA Est-Bretagne (agence de Rennes). J'ai oublié le mot de passe de notre portail documentaire e-sidoc depuis les vacances d'hiver…

Notre identifiant devrait être 0350510R.

Pouvez-vous m'envoyer un lien de réinitialisation ?

Merci,

Yannick Guillou
Centre de ressources – GRETA Est-Bretagne
""",
  ("password_reset", False, None, "bretagne", "esidoc", True, "fr",
   "Identifier typed 0350510R: wrong check letter (the digits give 0350510P), so no UAI; region from the ac-rennes.fr sender. Without a valid code the reset cannot be tied to an establishment: a person checks it."))

H("outlook365", ("Florence Audrain", "secretariat@college-ste-therese-clisson.fr"),
  "Mot de passe administrateur EcoleDirecte perdu", "04-14 16:44",
  """Bonjour,

Notre ancienne secrétaire de direction était la seule à connaître le mot de passe du compte administrateur EcoleDirecte (accès « Établissement »). Elle est partie fin mars, et nous ne pouvons plus créer les comptes des élèves arrivés depuis.

Attention, je ne parle pas du mot de passe de maintenance qu'on demande pour Charlemagne : celui-là, on sait l'obtenir. Il s'agit bien du mot de passe de connexion au site.

Comment le réinitialiser ?

Cordialement,

Florence Audrain
Secrétariat – Collège privé Sainte-Thérèse, Clisson
UAI 0440443T – OGEC Sainte-Thérèse
""",
  ("password_reset", False, "0440443T", "pays-de-la-loire", "ecoledirecte", True, "fr",
   "Lost EcoleDirecte administration password; explicitly NOT the daily maintenance password (which would be transfer_incident). No reset template exists for this product, so a person answers."))

H("gmail", ("Tomasz Nowak", "tomasz.nowak.cfa@gmail.com"),
  "Forgotten password - Espace Acheteur", "04-21 10:02",
  """Hi,

I'm the Erasmus+ and international mobility coordinator at a CFA (apprentice training centre) near Laval. I have an Espace Acheteur buyer account that I use maybe twice a year, and of course I've forgotten the password.

The 'forgot password' page says an email has been sent, but honestly I'm not sure which address the account was created with (possibly my old work one, which no longer exists).

Could you help me get back in?

Best regards,
Tomasz Nowak
""",
  ("password_reset", True, None, None, "espace_acheteur", False, "en",
   "English; forgotten Espace Acheteur password and unsure which address the account uses (FAQ case). No UAI, Gmail sender: no region."))

H("outlook_html", ("Pascale Vittecoq", "gestion@lpm-fecamp.fr"),
  "Mot de passe expiré", "04-02 11:20",
  """Bonjour,

Le mot de passe de mon compte sur l'Espace Acheteur a expiré et je ne me souviens plus de l'ancien, qu'on me demande pour en saisir un nouveau.

Pouvez-vous me renvoyer un lien de réinitialisation ?

Je vous remercie,

Pascale Vittecoq
Gestionnaire – Lycée professionnel maritime de Fécamp
UAI 0760984G
Tél. 02 35 00 28 14
""",
  ("password_reset", True, "0760984G", "normandie", "espace_acheteur", False, "fr",
   "HTML-only Outlook message: expired Espace Acheteur password at a maritime lycée; UAI in the signature."))

H("android_outlook", ("Mathieu Fontaine", "mathieu.fontaine@ac-normandie.fr"),
  "Mot de passe esidoc oublié", "04-06 18:12",
  """Bonjour, j'ai oublié le mot de passe du portail e-sidoc de l'EREA d'Évreux (0270044B). Pouvez-vous m'envoyer un lien sur l'adresse de l'établissement ? Merci.
M. Fontaine

Obtenir Outlook pour Android<https://aka.ms/AAb9ysg>
""",
  ("password_reset", True, "0270044B", "normandie", "esidoc", False, "fr",
   "Outlook for Android, base64 text and HTML parts; short forgotten-password request, sent on Easter Monday."))

H("gmail", ("Karine Lemonnier", "karine.lemonnier76@gmail.com"),
  "Re: [#SUP-069877] Cafeyn pas visible sur le portail", "04-22 09:15",
  """Bonjour,

Je me permets de répondre sur ce fil car c'est le seul mail que j'ai de vous. L'abonnement est bien visible maintenant, merci.

Autre souci cette fois : j'ai changé d'ordinateur et je n'ai plus le mot de passe du compte administrateur e-sidoc (il était enregistré dans le navigateur de l'ancien PC). Pouvez-vous me renvoyer un lien ?

UAI de l'unité d'enseignement : 0760646P

Merci,
Karine Lemonnier
UE de l'IME du Grand-Hameau, Le Havre

Le jeu. 26 mars 2026 à 10:12, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Votre abonnement Cafeyn a été commandé le 24 mars ; l'activation peut
> prendre jusqu'à 72 heures. Passé ce délai, répondez à ce message.
>
> Cordialement,
> L'équipe d'assistance
""",
  ("password_reset", True, "0760646P", "normandie", "esidoc", True, "fr",
   "Reply on an old subscription ticket (quoted, now solved) that clearly asks something else: a lost e-sidoc admin password. The new question sets the category."),
  irt="<SUP-069877.1774516320.77c0@assistance.example.fr>")

H("outlook_desktop", ("Jérôme Tessier", "directeur-adjoint.legta-bourges@educagri.fr"),
  "Réinitialisation du mot de passe du compte e-sidoc - LEGTA", "04-10 09:30",
  """Madame, Monsieur,

En l'absence du directeur de l'établissement, en déplacement jusqu'au 17 avril, je vous sollicite pour la réinitialisation du mot de passe de notre portail documentaire e-sidoc (UAI 0180524X), notre documentaliste ne parvenant plus à se connecter.

Le lien peut être envoyé sur l'adresse habituelle du CDI, qui n'a pas changé.

Avec mes remerciements,

Jérôme Tessier
Directeur adjoint, chargé de la formation initiale scolaire
EPLEFPA du Cher – LEGTA de Bourges
""",
  ("password_reset", True, "0180524X", "centre-val-de-loire", "esidoc", True, "fr",
   "Formal tone from a deputy head (directeur adjoint), not the head, asking only for the standard link to the address on file: password_reset, not a head-of-establishment request."))

H("thunderbird", ("Odile Chéramy", "cdi@stlaumer-blois.fr"),
  "mot de passe expiré portail", "04-13 13:58",
  """Bonjour,

Depuis ce matin, le portail e-sidoc m'indique que mon mot de passe a expiré et me demande l'ancien pour le changer... que je n'ai plus, évidemment.

Pouvez-vous le réinitialiser ?

Bien cordialement,
Odile Chéramy
Documentaliste
Lycée privé Saint-Laumer-en-Loire - Blois
UAI 0411049T
""",
  ("password_reset", True, "0411049T", "centre-val-de-loire", "esidoc", False, "fr",
   "Expired password, old one unknown; ISO-8859-1 8-bit body from Thunderbird."),
  cs="iso-8859-1", cte="8bit")


# =====================================================================
# missing_noreply_mail (16)
# =====================================================================

H("outlook365", ("Morgane Kervella", "m.kervella@cc-aulne-porzay.bzh"),
  "Pas reçu le lien d'activation", "04-08 16:02",
  """Bonjour,

La médiathèque intercommunale « L'Escale » travaille avec les deux collèges du territoire sur un fonds commun de documentaires. Notre service de la commande publique m'a demandé de créer un compte sur l'Espace Acheteur pour que je puisse suivre les commandes groupées.

J'ai rempli le formulaire lundi. Depuis : rien, aucun mail d'activation. J'ai regardé dans le dossier Courrier indésirable et dans l'onglet « Autres », sans résultat.

Pouvez-vous me le renvoyer ?

Cordialement,

Morgane Kervella
Responsable jeunesse
Réseau des médiathèques – Communauté de communes Aulne-Porzay
""",
  ("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
   "Activation mail for a new Espace Acheteur account never arrived; junk folder checked; no anti-spam product named. Intercommunal library, no UAI, non-academic sender: no region."))

H("zimbra", ("Jean-Marc Bouvet", "jean-marc.bouvet@ac-nantes.fr"),
  "Mail de nouveau mot de passe jamais reçu", "04-16 08:34",
  """Bonjour,

J'ai demandé trois fois un nouveau mot de passe sur l'Espace Acheteur (hier à 16 h, hier à 18 h et ce matin). Le site confirme à chaque fois « un e-mail vous a été envoyé », mais rien n'arrive : ni en boîte de réception, ni dans les spams, ni dans la corbeille.

Compte : GRETA Sarthe, UAI 0720441N.

Merci pour votre aide,

Jean-Marc Bouvet
GRETA Sarthe – Service achats
""",
  ("missing_noreply_mail", True, "0720441N", "pays-de-la-loire", "espace_acheteur", False, "fr",
   "The new-password mail never arrives after three requests, not in spam either; no product named: missing_noreply_mail per the taxonomy, not password_reset."))

H("thunderbird", ("Loïc Jégou", "gestion.lycee-agricole-mene@educagri.fr"),
  "Mail de confirmation d'inscription", "04-09 10:47",
  """Bonjour,

Je ne reçois pas le mail de confirmation d'inscription à l'Espace Acheteur.

J'ai lu dans votre FAQ qu'il fallait ajouter vos adresses dans Mailinblack, mais nous n'avons pas Mailinblack ici : notre messagerie est celle du ministère de l'Agriculture, sans filtre particulier à ma connaissance. Rien dans les indésirables non plus.

Que faire ?

Loïc Jégou
Gestionnaire adjoint – Lycée agricole du Mené
UAI 0221414T
""",
  ("missing_noreply_mail", True, "0221414T", "bretagne", "espace_acheteur", True, "fr",
   "Names MailInBlack only to say the school does NOT use it: missing_noreply_mail, not mailinblack_spam."))

H("gmail", ("Rachel Whitfield", "rachel.whitfield.nantes@gmail.com"),
  "Library portal alerts never arrive", "04-14 20:26",
  """Hi there,

I teach in the British international section of a private lycée in Nantes, and I subscribed to the "new arrivals" email alerts on our school library portal (e-sidoc) so I'd know when the English novels we ordered come in.

Three weeks on, not a single alert has arrived, and my spam folder is empty too. Colleagues who signed up with their school addresses say they get them.

Is there a sender address I should whitelist?

Thanks,
Rachel Whitfield
""",
  ("missing_noreply_mail", True, None, None, "esidoc", False, "en",
   "English; e-sidoc alert notifications never received on a Gmail address; no anti-spam product. No UAI, non-academic sender."))

H("thunderbird", ("Isabelle Chauvière", "i.chauviere@cfa-agricole53.fr"),
  "Notifications de comptes à valider", "04-02 14:21",
  """Bonjour,

Je suis administratrice de la structure « CFA agricole de la Mayenne » sur l'Espace Acheteur. Deux formateurs me disent avoir créé leur compte il y a plus d'une semaine et attendre ma validation ; or je n'ai jamais reçu la moindre notification de demande de compte.

Leurs comptes apparaissent bien dans « Gestion des utilisateurs » et je vais les valider, mais je voudrais comprendre pourquoi ces mails ne m'arrivent pas.

UAI : 0530259U

Merci,

-- 
Isabelle Chauvière
Responsable administrative – CFA agricole de la Mayenne
""",
  ("missing_noreply_mail", True, "0530259U", "pays-de-la-loire", "espace_acheteur", False, "fr",
   "The structure administrator never receives the 'account to validate' notifications; she can validate by hand, the question is the missing mail."))

H("outlook_desktop", ("Thierry Pasquier", "thierry.pasquier@ac-orleans-tours.fr"),
  "RE: [#SUP-070512] Mail d'activation non reçu", "04-16 11:18",
  """Bonjour,

J'ai fait tout ce que vous indiquiez : indésirables vérifiés, adresse no-reply ajoutée aux expéditeurs approuvés, nouvelle demande envoyée mardi. Nous sommes jeudi et toujours rien.

Pouvez-vous transmettre à l'équipe régionale comme prévu ?

Cordialement,

Thierry Pasquier
Adjoint gestionnaire – EREA de Bourges
0180116D

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 13 avril 2026 09:41
À : Pasquier Thierry <thierry.pasquier@ac-orleans-tours.fr>
Objet : [#SUP-070512] Mail d'activation non reçu

Bonjour,

Les messages automatiques de la plateforme partent de l'adresse no-reply@espace-acheteur.example.fr. Vérifiez votre dossier de courrier indésirable et ajoutez cette adresse à vos expéditeurs approuvés. Sans nouvelles de votre part sous 48 heures, nous reviendrons vers vous.

Cordialement,
L'équipe d'assistance
""",
  ("missing_noreply_mail", False, "0180116D", "centre-val-de-loire", "espace_acheteur", False, "fr",
   "Reply ('-----Message d'origine-----') after the junk-folder answer: still nothing after the steps, asks to go to the region. The template was already sent; a person follows up."),
  irt="<SUP-070512.1776066060.5d20@assistance.example.fr>")

H("outlook_html", ("Émilie Barbier", "emilie.barbier@ac-orleans-tours.fr"),
  "Mail d'activation e-sidoc", "04-07 17:55",
  """Bonjour,

Je devais recevoir un mail pour activer mon compte professionnel sur le portail e-sidoc de l'unité d'enseignement de l'IME de Lucé. Il n'est jamais arrivé.

Je soupçonne le filtrage de la messagerie académique, assez sévère depuis quelques semaines (plusieurs collègues perdent des mails venant de l'extérieur).

Pouvez-vous me dire de quelle adresse il part, pour que je demande qu'elle soit autorisée ?

Merci d'avance,

Émilie Barbier
Enseignante spécialisée – IME de Lucé
""",
  ("missing_noreply_mail", True, None, "centre-val-de-loire", "esidoc", False, "fr",
   "HTML-only Outlook message; suspects the academic mail filtering but names no product. No UAI; region from ac-orleans-tours.fr."))

H("iphone", ("Gilles Hamon", "gilles.hamon@ac-nantes.fr"),
  "Inscription portail d'assistance", "04-21 18:40",
  """Bonjour

Je me suis inscrit sur votre portail de tickets pour suivre les demandes du centre de ressources de l'unité locale d'enseignement (maison d'arrêt de Nantes). Le mail de confirmation qui doit me permettre de choisir mon mot de passe n'arrive pas. Spams vérifiés.

Merci
Gilles Hamon

Envoyé de mon iPhone
""",
  ("missing_noreply_mail", True, None, "pays-de-la-loire", "ticket_portal", False, "fr",
   "Prison teaching unit teacher: the ticket portal's confirmation mail (to set a password) never arrived. Region from ac-nantes.fr."))

H("samsung", ("S. Baudry", "sbaudry72@orange.fr"),
  "confirmation", "04-20 12:03",
  """Bonjour toujours rien reçu pour le mail de confirmation depuis vendredi, j'ai regardé dans les spams.
Cordialement S. Baudry

Envoyé depuis mon appareil Galaxy
""",
  ("missing_noreply_mail", True, None, None, None, False, "fr",
   "Very short phone message (Samsung, base64 parts): confirmation mail not received since Friday. No platform, UAI or academic domain."))

H("outlook365", ("Annick Rousseau", "a.rousseau@ste-melaine-laval.fr"),
  "Problème de mot de passe ?", "04-15 10:06",
  """Bonjour,

Je ne sais pas trop comment qualifier mon problème.

Je clique sur « Mot de passe oublié » sur le portail e-sidoc, je saisis l'identifiant (0530003R), le site me répond bien que le mail de réinitialisation est parti… mais il n'arrive jamais. J'ai essayé de chez moi et du lycée, même résultat.

Le mot de passe, je le changerais volontiers, encore faudrait-il recevoir le mail !

Merci de votre aide,

Annick Rousseau
Professeure documentaliste
Lycée privé Sainte-Mélaine, Laval
""",
  ("missing_noreply_mail", True, "0530003R", "pays-de-la-loire", "esidoc", True, "fr",
   "Reads like a password problem, but the reset tool works: the reset mail never arrives. The taxonomy puts that under missing_noreply_mail."))

H("outlook365", ("Romain Deschamps", "informatique@cc-boischaut-brenne.fr"),
  "Adresses d'expédition de vos notifications", "04-03 09:12",
  """Bonjour,

Je suis technicien au service informatique mutualisé de la communauté de communes. Les agents de notre réseau de médiathèques, qui commandent via l'Espace Acheteur pour les projets menés avec les écoles et le collège, ne reçoivent plus aucun mail automatique de votre plateforme depuis la bascule de notre messagerie, le 30 mars.

Pouvez-vous me communiquer :
- l'adresse d'expédition exacte de ces messages,
- et si possible les serveurs ou adresses IP d'envoi,
que je puisse les ajouter en liste blanche sur notre passerelle ?

Cordialement,

Romain Deschamps
Service informatique mutualisé
Communauté de communes Boischaut-Brenne
""",
  ("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
   "IT technician of a communauté de communes: no automatic mail since a mail migration; asks for the sender address to allow-list, no product named. No UAI or academic domain."))

H("outlook365", ("Hélène Dubreuil", "h.dubreuil@chu-tours.fr"),
  "Lien de première connexion e-sidoc", "04-22 14:37",
  """Bonjour,

Notre demande d'accès au portail e-sidoc pour le pôle scolaire du CHRU a été validée (c'est ce qu'indique l'écran), mais le mail contenant le lien de première connexion n'est jamais arrivé sur ma boîte professionnelle.

Notre messagerie hospitalière est très filtrée ; peut-être faut-il autoriser une adresse ?

UAI de l'école : 0371547F

Bien cordialement,

Hélène Dubreuil
Enseignante, école à l'hôpital – CHRU de Tours
""",
  ("missing_noreply_mail", True, "0371547F", "centre-val-de-loire", "esidoc", False, "fr",
   "Hospital school: access validated but the first-login link never came; the hospital's filtering is suspected, no product named."))

H("gmail", ("Laurence Gohier", "compta@ogec-stjoseph-vitre.fr"),
  "Confirmation d'inscription non reçue", "04-09 11:48",
  """Bonjour,

Je me suis inscrite lundi sur l'Espace Acheteur pour l'OGEC du collège Saint-Joseph de Vitré (UAI 0350321J). Le mail de confirmation n'est toujours pas arrivé, et je l'ai cherché partout (spam, promotions, réseaux sociaux…).

Pouvez-vous le renvoyer ?

Merci !
Laurence Gohier
Comptable OGEC
""",
  ("missing_noreply_mail", True, "0350321J", "bretagne", "espace_acheteur", False, "fr",
   "OGEC bursar of a private collège: sign-up confirmation never arrived, spam and Gmail tabs checked."))

H("outlook365", ("Cédric Marchais", "c.marchais@btpcfa-loiret.fr"),
  "Activation compte + demande de devis", "04-08 12:15",
  """Bonjour,

1. Je n'ai jamais reçu le mail d'activation de mon compte Espace Acheteur (inscription faite le 2 avril, rien dans les indésirables).

2. En attendant, pourriez-vous m'envoyer un devis pour 12 licences du logiciel de métré que nous voulons commander via votre centrale ? Notre conseil d'administration se réunit le 28 et il me faut un devis chiffré pour la délibération.

Cordialement,

Cédric Marchais
Responsable administratif et financier
BTP CFA Loiret
UAI 0450947K
""",
  ("missing_noreply_mail", False, "0450947K", "centre-val-de-loire", "espace_acheteur", True, "fr",
   "Two topics: activation mail never received (main, first) and a quote (devis) request for the board (order_billing). A single template would answer only half."))

H("outlook_desktop", ("Stéphane Lepetit", "stephane.lepetit@ac-normandie.fr"),
  "Mails no-reply reçus par mon collègue mais pas par moi", "04-01 15:29",
  """Bonjour,

Curieux phénomène : les mails de no-reply@esidoc.example.fr (alertes, confirmations de réservation) arrivent bien chez mon collègue de l'atelier, mais jamais chez moi, alors que nous sommes sur la même messagerie académique. Rien dans mes indésirables, aucune règle de tri.

Mon adresse a-t-elle été mal saisie de votre côté ?

Merci,

Stéphane Lepetit
Professeur documentaliste
Lycée professionnel maritime et aquacole de Cherbourg
UAI : 0500617Z
""",
  ("missing_noreply_mail", True, "0500617Z", "normandie", "esidoc", False, "fr",
   "No-reply notifications reach a colleague on the same academic mail system but not him; no product named."))

H("zimbra", ("Aoife Brennan", "aoife.brennan@ac-normandie.fr"),
  "email pour activer pas recu", "04-10 13:13",
  """Bonjour,

Je suis l'assistante d'anglais à l'EREA, je m'excuse pour mon français. Je avais créé un compte sur le portail de la bibliothèque (e-sidoc) pour préparer des lectures avec les élèves mais je ne reçois jamais le email pour activer. J'ai regardé dans le spam.
Peut-être mon adresse académique est trop nouvelle ?

Merci beaucoup pour votre aide
Aoife Brennan
""",
  ("missing_noreply_mail", True, None, "normandie", "esidoc", False, "fr",
   "French written by an English-speaking language assistant (mistakes, missing accents): activation email never received. lang is fr. Region from ac-normandie.fr."))


# =====================================================================
# mailinblack_spam (11)
# =====================================================================

H("outlook365", ("Valérie Hardy", "intendance@lycee-agricole-pays-auge.fr"),
  "Liens d'activation bloqués par MailInBlack", "04-07 10:33",
  """Bonjour,

Depuis que le lycée a mis en place MailInBlack (solution choisie par notre nouveau prestataire informatique), les liens d'activation de l'Espace Acheteur n'arrivent plus : ils restent bloqués en attente d'authentification de l'expéditeur, et bien sûr votre adresse no-reply ne répond jamais au défi.

Pouvez-vous nous indiquer la procédure à suivre ?

Cordialement,

Valérie Hardy
Secrétaire d'intendance – Lycée agricole du Pays d'Auge
UAI 0141983E
""",
  ("mailinblack_spam", True, "0141983E", "normandie", "espace_acheteur", False, "fr",
   "MailInBlack named; the sender-authentication challenge holds the activation links."))

H("gmail", ("Steven Crand", "steven.crand.stbenoit@gmail.com"),
  "mail in black ???", "04-14 17:51",
  """bonjour, depuis la mise en place du mailin black par notre prestataire on ne recoit plus les mails de l'espace acheteur. Jai un message qui me dit que l'expediteur doit "valider" qu'il n'est pas un robot, mais vu que c'est vous c'est un robot lol. comment on fait ? merci

Steven Crand, lycee prive St Benoit Angers 0490326N
""",
  ("mailinblack_spam", True, "0490326N", "pays-de-la-loire", "espace_acheteur", False, "fr",
   "Product spelled 'mailin black', no accents, casual; the sender-validation challenge is described. Private lycée UAI in the one-line signature."))

H("outlook365", ("Nadia Ferrand", "n.ferrand@greta-eureetloir.fr"),
  "Notifications bloquées ?", "04-13 15:40",
  """Bonjour,

Vos notifications de l'Espace Acheteur ne nous arrivent plus. Un collègue a reçu à la place un message de notre système lui demandant de confirmer que l'expéditeur « no-reply@espace-acheteur... » était bien légitime, avec un bouton pour l'autoriser et un autre pour le bloquer. Il n'a rien fait, pensant à du hameçonnage !

Les messages sont-ils perdus ? Que devons-nous autoriser exactement ?

Merci,

Nadia Ferrand
Assistante administrative – GRETA Eure-et-Loir
UAI : 0280732U
""",
  ("mailinblack_spam", False, "0280732U", "centre-val-de-loire", "espace_acheteur", True, "fr",
   "A quarantine/approval notice is described (authorise or block the no-reply sender) without naming MailInBlack: mailinblack_spam by the taxonomy, but the product is not confirmed, so a person should check before sending the guide."))

H("outlook365", ("Dylan Mercier", "it@cfa-batiment-rennes.fr"),
  "MailinBlack quarantine - which senders to allow?", "04-02 09:58",
  """Hello,

I'm the IT manager for the CFA (UAI 0351845R). Since we switched our inbound filtering to MailinBlack in March, the Espace Acheteur activation and password emails sit in the MailinBlack quarantine and our staff never see them.

I can release them by hand, but I'd rather allow-list the right senders once and for all. Which addresses / domains do your platforms send from?

Thanks,
Dylan Mercier
IT Manager – CFA du Bâtiment, Rennes
""",
  ("mailinblack_spam", True, "0351845R", "bretagne", "espace_acheteur", False, "en",
   "English; MailinBlack quarantine holds activation and password mails; asks which senders to allow-list."))

H("thunderbird", ("Jacqueline Ménard", "secretariat@steanne-desmarais.fr"),
  "Fwd: Rapport quotidien Mailinblack - 4 messages en attente", "04-21 08:12",
  """Bonjour,

Je vous transfère le rapport que je reçois chaque matin. Vos messages (les trois du bas) y sont systématiquement. Je clique sur « Délivrer », mais le lendemain ça recommence. Comment faire pour que ce soit définitif ?

Jacqueline Ménard
Secrétariat – Collège privé Sainte-Anne-des-Marais, Saint-Herblain (0440835U)


-------- Message transféré --------
Sujet : 	Rapport quotidien Mailinblack - 4 messages en attente
Date : 	Tue, 21 Apr 2026 07:00:04 +0200
De : 	Mailinblack <no-reply@notifications.mailinblack.example.com>
Pour : 	secretariat@steanne-desmarais.fr

Bonjour,

Voici les messages en attente de validation pour secretariat@steanne-desmarais.fr :

Expéditeur                            Objet                              Reçu le
newsletter@fournitures-pro.example    -30 % sur les cartouches           20/04 18:02
no-reply@espace-acheteur.example.fr   Votre compte a été validé          20/04 14:37
no-reply@espace-acheteur.example.fr   Nouvelle offre disponible          20/04 15:10
no-reply@espace-acheteur.example.fr   Rappel : commande en attente       20/04 16:44

[Délivrer]  [Autoriser l'expéditeur]  [Bloquer]

Ce rapport est envoyé automatiquement chaque jour à 7 h.
""",
  ("mailinblack_spam", True, "0440835U", "pays-de-la-loire", "espace_acheteur", False, "fr",
   "A person forwards the daily Mailinblack quarantine report (machine text inside) and asks how to make the release permanent: a real question, not automated."))

H("outlook365", ("Sandrine Pottier", "s.pottier@ime-lesmarronniers.fr"),
  "Mailinblack + administrateur de notre structure", "04-09 16:25",
  """Bonjour,

Deux questions pour l'unité d'enseignement de l'IME Les Marronniers (UAI 0720339C) :

– l'association gestionnaire a installé Mailinblack sur toutes les boîtes en février, et depuis les mails d'activation de l'Espace Acheteur sont bloqués ; quelle procédure suivre ?

– et surtout, qui est l'administrateur de notre structure ? J'ai cru comprendre que c'est lui qui doit valider mon compte, mais personne ici ne sait qui c'est.

Merci,

Sandrine Pottier
Enseignante coordonnatrice
""",
  ("mailinblack_spam", False, "0720339C", "pays-de-la-loire", "espace_acheteur", True, "fr",
   "Two topics: activation mail blocked by Mailinblack (first) and who the structure's administrator is (account_creation, needs a look-up). No single template answers both."))

H("outlook365", ("Julie Marais", "julie.marais@chu-rouen.fr"),
  "RE: [#SUP-072088] Pas de mail de confirmation", "04-08 14:46",
  """Bonjour,

Après vérification avec la DSI du CHU : vos messages sont bloqués par Mailinblack, qui a été déployé sur la messagerie de l'hôpital cet hiver. Ils ne sont ni dans les indésirables ni nulle part dans Outlook, d'où ma première demande.

Que faut-il leur indiquer pour qu'ils autorisent vos envois ?

Merci,

Julie Marais
Enseignante – Unité d'enseignement du CHU de Rouen (école à l'hôpital)
UAI 0761426M

________________________________
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 7 avril 2026 11:05
À : Marais Julie <julie.marais@chu-rouen.fr>
Objet : [#SUP-072088] Pas de mail de confirmation

Bonjour,

Les messages automatiques de l'Espace Acheteur partent de no-reply@espace-acheteur.example.fr. Vérifiez votre dossier de courrier indésirable et marquez le message comme légitime. Sans nouvelles de votre part sous 48 heures, nous reviendrons vers vous.

Cordialement,
L'équipe d'assistance
""",
  ("mailinblack_spam", True, "0761426M", "normandie", "espace_acheteur", False, "fr",
   "Reply quoting the junk-folder answer: the hospital's IT says Mailinblack blocks the mails; the MailInBlack guide is now the right answer."),
  irt="<SUP-072088.1775552700.c1b9@assistance.example.fr>")

H("outlook_html", ("Corinne Guérin", "c.guerin@terresderetz.fr"),
  "Plus rien depuis Mailinblack", "04-16 11:04",
  """Bonjour,

La communauté de communes a déployé Mailinblack sur toutes les adresses des agents le mois dernier. Depuis, je ne reçois plus rien de l'Espace Acheteur : ni les notifications de commandes, ni les réponses à mes demandes de devis.

Ma collègue du collège voisin, avec qui nous montons le projet « Lire en Pays de Retz », reçoit tout normalement de son côté.

Merci de m'indiquer comment régler ce souci.

Corinne Guérin
Médiathèque intercommunale Terres de Retz
""",
  ("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
   "HTML-only Outlook message from an intercommunal library; the local authority installed Mailinblack. No UAI, non-academic sender."))

H("outlook365", ("Christelle Giraudeau", "gestion@lpm-lessables.fr"),
  "Toujours en quarantaine malgré l'autorisation", "04-17 09:21",
  """Bonjour,

J'ai bien reçu l'avis Mailinblack et j'ai cliqué sur « Autoriser cet expéditeur » pour no-reply@espace-acheteur… mais les messages suivants (confirmations de commande du 14 et du 15) sont quand même partis en quarantaine.

Y a-t-il plusieurs adresses d'envoi ?

Merci,

Christelle Giraudeau
Gestionnaire – Lycée professionnel maritime des Sables-d'Olonne, 0850642L
""",
  ("mailinblack_spam", True, "0850642L", "pays-de-la-loire", "espace_acheteur", False, "fr",
   "Clicked 'authorise' in a Mailinblack notice but later mails are still quarantined."))

H("samsung", ("P. Alves", "p.alves@ac-orleans-tours.fr"),
  "mailinblack", "04-23 07:55",
  """Bonjour, vos mails sont bloqués par mailinblack chez nous, vous pouvez m'envoyer la procédure ? Merci. P. Alves

Envoyé depuis mon appareil Galaxy
""",
  ("mailinblack_spam", True, None, "centre-val-de-loire", None, False, "fr",
   "One line from a phone (base64 parts): blocked by Mailinblack, send the guide. No platform named; region from ac-orleans-tours.fr."))

H("outlook_desktop", ("Erwan Tanguy", "informatique@ndclarte-lorient.fr"),
  "Liste blanche avant déploiement Mailinblack Protect", "04-22 10:40",
  """Bonjour,

Nous installons Mailinblack Protect sur les boîtes de l'ensemble scolaire à partir du 27 avril. Pour éviter les mauvaises surprises, quelles adresses et quels domaines d'expédition de vos services (Espace Acheteur, e-sidoc) faut-il déclarer en liste blanche ?

Établissement : Ensemble scolaire Notre-Dame-de-la-Clarté – RNE 056 1778 D

Cordialement,

Erwan Tanguy
Responsable informatique
""",
  ("mailinblack_spam", True, "0561778D", "bretagne", None, True, "fr",
   "Preventive allow-list question before a Mailinblack Protect roll-out; UAI written with spaces ('056 1778 D'); both e-sidoc and the Espace Acheteur are named, so no single platform."))


# =====================================================================
# head_of_establishment_request (15)
# =====================================================================

def letterhead(org_lines, place_date, body_lines, sig_lines):
    out = [("B", l) for l in org_lines] + ["", place_date, ""] + body_lines + [""] + sig_lines
    return out


H("outlook_desktop", ("Direction EPLEFPA du Morbihan", "direction.epl-morbihan@educagri.fr"),
  "Changement d'administrateur du portail e-sidoc - LEGTA de Pontivy", "04-02 11:07",
  """Madame, Monsieur,

Vous trouverez ci-joint le courrier par lequel je désigne Mme Soazig Le Roux, professeure documentaliste arrivée le 1er avril, comme administratrice du portail e-sidoc de l'établissement, en remplacement de M. Daniel Hénaff, muté.

Je vous remercie de bien vouloir procéder à la modification et de désactiver les accès de M. Hénaff.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Marie-Christine Allanic
Directrice de l'EPLEFPA du Morbihan
LEGTA de Pontivy – UAI 0560779T
""",
  ("head_of_establishment_request", False, "0560779T", "bretagne", "esidoc", False, "fr",
   "The director of an agricultural EPLEFPA (the head) designates a new e-sidoc administrator and asks to close the former one's access; signed letter on letterhead attached (PDF)."),
  att=[pdf_att("courrier_changement_administrateur_esidoc.pdf", letterhead(
      ["MINISTÈRE DE L'AGRICULTURE ET DE LA SOUVERAINETÉ ALIMENTAIRE",
       "EPLEFPA du Morbihan – Lycée d'enseignement général et technologique agricole de Pontivy",
       "UAI 0560779T"],
      "Pontivy, le 2 avril 2026",
      ["Objet : désignation de l'administratrice du portail e-sidoc", "",
       "Madame, Monsieur,", "",
       "Je désigne Mme Soazig Le Roux, professeure documentaliste, comme administratrice",
       "du portail e-sidoc de l'établissement à compter du 1er avril 2026, en remplacement",
       "de M. Daniel Hénaff. Je vous demande de désactiver les accès de ce dernier.", "",
       "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées."],
      ["La directrice de l'EPLEFPA,", "Marie-Christine Allanic", "[signature]"]),
      "Désignation administratrice e-sidoc")])

H("outlook365", ("Pierre-Yves Gourdon", "direction@ensemble-stmaurille.fr"),
  "Autorisation de validation des commandes - Ensemble scolaire Saint-Maurille", "04-13 17:20",
  """Bonjour,

Je vous prie de trouver en pièce jointe l'autorisation, signée de ma main, permettant à Mme Aurélie Bossard, comptable de l'OGEC, de valider les commandes de l'établissement sur l'Espace Acheteur, dans la limite de 5 000 € HT par commande.

Restant à votre disposition,

Pierre-Yves Gourdon
Chef d'établissement
Ensemble scolaire Saint-Maurille – Cholet
UAI 0491265J
""",
  ("head_of_establishment_request", False, "0491265J", "pays-de-la-loire", "espace_acheteur", False, "fr",
   "Head of a private school under contract authorises the OGEC accountant to validate orders, with a ceiling; signed authorisation attached (PDF)."),
  att=[pdf_att("Autorisation_validation_commandes_StMaurille.pdf", letterhead(
      ["ENSEMBLE SCOLAIRE SAINT-MAURILLE", "Établissement catholique d'enseignement associé à l'État par contrat",
       "Cholet – UAI 0491265J"],
      "Cholet, le 13 avril 2026",
      ["Objet : délégation pour la validation des commandes sur l'Espace Acheteur", "",
       "Je soussigné Pierre-Yves Gourdon, chef d'établissement, autorise Mme Aurélie Bossard,",
       "comptable de l'OGEC Saint-Maurille, à valider les commandes passées au nom de",
       "l'établissement sur l'Espace Acheteur, dans la limite de 5 000 euros HT par commande."],
      ["Le chef d'établissement,", "Pierre-Yves Gourdon", "[signature et cachet]"]),
      "Délégation validation commandes")])

H("zimbra", ("Direction EREA de Vierzon", "ce.0181923T@ac-orleans-tours.fr"),
  "Demande de réinitialisation du compte administrateur e-sidoc", "04-03 15:42",
  """Madame, Monsieur,

Je soussigné, Fabrice Moreau, directeur de l'EREA de Vierzon (UAI 0181923T), vous demande de bien vouloir réinitialiser le mot de passe du compte administrateur de notre portail e-sidoc et de remplacer l'adresse de contact associée par celle du CDI : cdi.erea-vierzon@ac-orleans-tours.fr.

L'ancienne adresse était celle de Mme Janvier, partie en retraite au 31 mars.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Fabrice Moreau
Directeur
""",
  ("head_of_establishment_request", False, "0181923T", "centre-val-de-loire", "esidoc", True, "fr",
   "The EREA director himself asks, in writing from the ce.<UAI> address, for an admin password reset and a new contact address: a head-of-establishment request, not password_reset."))

H("thunderbird", ("École du CRP Ouistreham", "ce.0141976X@ac-normandie.fr"),
  "Adresse de contact du compte e-sidoc de l'école", "04-07 12:02",
  """Madame, Monsieur,

En ma qualité de directrice de l'école du centre de rééducation pédiatrique de Ouistreham (école à l'hôpital), je vous demande de remplacer l'adresse de contact du compte administrateur e-sidoc de l'école : l'adresse actuelle est celle d'une enseignante en congé de longue durée et doit être remplacée par l'adresse officielle de l'école, ce.0141976X@ac-normandie.fr, depuis laquelle je vous écris.

Avec mes remerciements,

Gwénaëlle Hue
Directrice d'école
""",
  ("head_of_establishment_request", False, "0141976X", "normandie", "esidoc", False, "fr",
   "A hospital school's directrice d'école asks, from the official address, to change the admin account's contact address."))

H("outlook_desktop", ("Olivier Lagadec", "olivier.lagadec@ac-rennes.fr"),
  "Désignation de l'administrateur du portail documentaire - ULE Rennes-Vezin", "04-14 08:47",
  """Bonjour,

Responsable local de l'enseignement au centre pénitentiaire de Rennes-Vezin, je vous adresse ci-joint un courrier désignant M. Antoine Briand comme administrateur de notre portail documentaire e-sidoc (UAI de l'unité locale d'enseignement : 0351329E), en remplacement de Mme Kerjean.

Les enseignants n'ayant pas d'accès à internet en détention, merci d'utiliser pour toute réponse mon adresse, que je consulte depuis les bureaux de l'unité pédagogique régionale.

Cordialement,

Olivier Lagadec
Responsable local de l'enseignement (RLE)
Unité locale d'enseignement – CP Rennes-Vezin
""",
  ("head_of_establishment_request", False, "0351329E", "bretagne", "esidoc", True, "fr",
   "The RLE, who heads a prison teaching unit, designates a new e-sidoc administrator by signed letter (PDF). Treated as the head's written request; staff verify that the RLE is the unit's authority and check the letter."),
  att=[pdf_att("designation_administrateur_esidoc_ULE.pdf", letterhead(
      ["ACADÉMIE DE RENNES – UNITÉ PÉDAGOGIQUE RÉGIONALE",
       "Unité locale d'enseignement du centre pénitentiaire de Rennes-Vezin", "UAI 0351329E"],
      "Rennes, le 14 avril 2026",
      ["Objet : administrateur du portail documentaire e-sidoc", "",
       "Je désigne M. Antoine Briand, professeur des écoles, comme administrateur du",
       "portail e-sidoc de l'unité locale d'enseignement, en remplacement de Mme Kerjean.",
       "Merci de clore les accès de Mme Kerjean."],
      ["Le responsable local de l'enseignement,", "Olivier Lagadec", "[signature]"]),
      "Désignation administrateur")])

H("iphone", ("Jean-Pierre Abalain", "jean-pierre.abalain@ac-rennes.fr"),
  "Re: Demande de réinitialisation e-sidoc", "04-09 12:31",
  """Bonjour,

Je confirme la demande de Mme Caradec ci-dessous : vous pouvez réinitialiser le mot de passe et envoyer le lien sur l'adresse du CDI.

Cordialement
J.-P. Abalain
Proviseur

Envoyé de mon iPhone

> Le 9 avr. 2026 à 08:47, Marion Caradec <marion.caradec@ac-rennes.fr> a écrit :
> 
> Bonjour,
> 
> Je suis la nouvelle documentaliste du lycée professionnel maritime de l'Aber-Wrac'h (UAI 0291888V) et je n'ai pas le mot de passe du portail e-sidoc. Votre FAQ indique que le chef d'établissement doit faire la demande par écrit : je mets donc M. le proviseur en copie.
> 
> Merci,
> Marion Caradec
> Professeure documentaliste
""",
  ("head_of_establishment_request", False, "0291888V", "bretagne", "esidoc", False, "fr",
   "The proviseur confirms from his phone, quoting his librarian's request (Apple quote style), that the reset may be done. Personal academic address, not the ce. one: staff weigh the evidence."),
  cc="Marion Caradec <marion.caradec@ac-rennes.fr>")

H("outlook365", ("Margaret O'Sullivan", "head@annedebretagne-nantes.fr"),
  "Appointment of a new structure administrator - Espace Acheteur", "04-15 16:05",
  """Dear Sir or Madam,

As Head of School of the Lycée privé bilingue Anne-de-Bretagne, Nantes (UAI 0440572H), I hereby appoint Mr Julien Praud, our new bursar, as administrator of our structure on the Espace Acheteur, with immediate effect.

Please also close the access of Ms Hélène Gautier, who left the school on 31 March.

A signed letter on school letterhead is attached.

Yours faithfully,

Margaret O'Sullivan
Head of School / Cheffe d'établissement
Lycée privé bilingue Anne-de-Bretagne – Nantes
""",
  ("head_of_establishment_request", False, "0440572H", "pays-de-la-loire", "espace_acheteur", False, "en",
   "English; the head of a private bilingual school names a new structure administrator and asks to close the former one's access; signed letter attached (PDF)."),
  att=[pdf_att("Letter_new_administrator.pdf", letterhead(
      ["LYCÉE PRIVÉ BILINGUE ANNE-DE-BRETAGNE", "Nantes – UAI 0440572H"],
      "Nantes, 15 April 2026",
      ["Re: administrator of our structure on the Espace Acheteur", "",
       "I appoint Mr Julien Praud, bursar, as administrator of our structure on the",
       "Espace Acheteur and ask you to close the access of Ms Hélène Gautier."],
      ["Margaret O'Sullivan", "Head of School", "[signature]"]),
      "Appointment letter")])

H("outlook365", ("Sabrina Naud", "secretariat.direction@cfa-hotellerie-orleans.fr"),
  "Courrier du directeur - changement d'administrateur Espace Acheteur", "04-08 10:55",
  """Bonjour,

À la demande de M. Lemaire, directeur du CFA (en copie), je vous transmets son courrier signé concernant le changement d'administrateur de notre structure sur l'Espace Acheteur.

Bien cordialement,

Sabrina Naud
Assistante de direction
CFA régional des métiers de l'hôtellerie et de la restauration – Orléans
UAI 0450221W
""",
  ("head_of_establishment_request", False, "0450221W", "centre-val-de-loire", "espace_acheteur", True, "fr",
   "The director's assistant sends his signed letter (PDF) with the director in copy: it is the head's written request, relayed; staff check the letter and the sender."),
  cc="Laurent Lemaire <direction@cfa-hotellerie-orleans.fr>",
  att=[pdf_att("Courrier_direction_administrateur_EspaceAcheteur.pdf", letterhead(
      ["CFA RÉGIONAL DES MÉTIERS DE L'HÔTELLERIE ET DE LA RESTAURATION",
       "Orléans – UAI 0450221W"],
      "Orléans, le 7 avril 2026",
      ["Objet : administrateur de la structure sur l'Espace Acheteur", "",
       "Je soussigné Laurent Lemaire, directeur du CFA, désigne Mme Sabrina Naud comme",
       "administratrice de notre structure sur l'Espace Acheteur, en remplacement de",
       "M. Fabien Carré, qui a quitté l'établissement. Merci de clore ses accès."],
      ["Le directeur,", "Laurent Lemaire", "[signature]"]),
      "Courrier direction")])

H("plain", ("Proviseur EREA", "ce.0350106A@ac-rennes.fr"),
  "URGENT - transfert des comptes administrateurs", "04-19 23:14",
  """Bonjour,

Suite à une réorganisation de nos services, je vous demande de transférer dès aujourd'hui les comptes administrateurs de notre établissement (portail e-sidoc et Espace Acheteur) vers l'adresse direction.erea.redon@gmail.com.

Notre messagerie académique connaît des dysfonctionnements, merci de ne répondre qu'à cette adresse.

C'est urgent, merci de me confirmer dès que c'est fait.

Le directeur
EREA Les Bruyères – Redon
""",
  ("head_of_establishment_request", False, "0350106A", "bretagne", None, True, "fr",
   "Claims to be the head, from the ce.<UAI> address, but SPF, DKIM and DMARC fail, it was relayed by an unrelated host, Reply-To is a Gmail address and it asks to move both admin accounts there: a probable spoof. Still a head-of-establishment request for the queue, where staff should refuse it. Both e-sidoc and the Espace Acheteur are named: no single platform."),
  auth="fail", reply_to="direction.erea.redon@gmail.com", mailfrom="ce.0350106A@ac-rennes.fr",
  relay="vps-4471.hosting-cheap.example.net")

H("zimbra", ("Direction EREA de Louviers", "ce.0270739G@ac-normandie.fr"),
  "Autorisation renouvellement abonnements e-sidoc", "04-16 14:19",
  """Madame, Monsieur,

J'autorise Mme Nathalie Soudé, professeure documentaliste, à valider le renouvellement de nos abonnements numériques sur e-sidoc pour l'année 2026-2027, pour un montant de 1 186,00 € TTC (devis D-26-0418 ci-joint).

Établissement : EREA de Louviers – UAI 0270739F

Le directeur,
Hugues Delacroix
""",
  ("head_of_establishment_request", False, "0270739G", "normandie", "esidoc", True, "fr",
   "The head authorises the renewal order. The body gives 0270739F (wrong check letter: the digits give 0270739G), but the sender address ce.0270739G@ac-normandie.fr carries the valid UAI, which is the label."),
  att=[pdf_att("Devis_D-26-0418.pdf", [
      ("B", "DEVIS D-26-0418"), "", "Client : EREA de Louviers", "Date : 9 avril 2026", "",
      "Renouvellement abonnement portail e-sidoc 2026-2027 ........ 612,00 EUR HT",
      "Bouquet ressources numériques (3 titres) .................... 376,33 EUR HT",
      "Total HT : 988,33 EUR   TVA 20 % : 197,67 EUR   Total TTC : 1 186,00 EUR", "",
      "Devis valable 60 jours."], "Devis")])

H("outlook_html", ("Catherine Lesueur", "catherine.lesueur@ac-normandie.fr"),
  "GRETA Pays de Caux - réinitialisation du compte Espace Acheteur", "04-20 09:02",
  """Madame, Monsieur,

En qualité de proviseure du lycée Guy-de-Maupassant, établissement support du GRETA Pays de Caux, je vous demande de réinitialiser le mot de passe du compte Espace Acheteur du GRETA (UAI 0760378Y) et d'en adresser le lien à l'adresse du GRETA : greta.paysdecaux@ac-normandie.fr.

Mme Bénédicte Hauchecorne, conseillère en formation continue qui gérait ce compte, a quitté le GRETA le 10 avril ; elle ne doit plus pouvoir s'y connecter.

Pour mémoire, l'UAI du lycée support est 0760967N ; la demande concerne bien le compte du GRETA.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Catherine Lesueur
Proviseure – Lycée Guy-de-Maupassant, Fécamp
Ordonnatrice du GRETA Pays de Caux
""",
  ("head_of_establishment_request", False, "0760378Y", "normandie", "espace_acheteur", True, "fr",
   "HTML-only Outlook letter: the head of the GRETA's support lycée (its ordonnatrice) asks for a reset so a departed adviser loses access, link to the GRETA's address. Two valid UAIs: the GRETA's (0760378Y, the account concerned, the label) and the support lycée's (0760967N)."))

H("zimbra", ("École publique Les Korrigans", "ce.0221628A@ac-rennes.fr"),
  "Re: [#SUP-071902] Administration du portail e-sidoc de l'école", "04-13 18:26",
  """Bonjour,

Comme demandé, je confirme par écrit, en tant que directrice de l'école publique Les Korrigans de Saint-Gilles-du-Mené, que l'administration de notre portail e-sidoc doit être confiée à Mme Lucie Rault, enseignante référente de la BCD, et que l'adresse de contact doit devenir l'adresse de l'école (celle-ci).

La médiathèque intercommunale, qui nous aide pour le catalogage, n'a pas besoin de compte administrateur.

Cordialement,

Annaïg Le Cornec
Directrice

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Lucie Rault" <lucie.rault@ac-rennes.fr>
Envoyé: Vendredi 10 Avril 2026 15:20:44
Objet: [#SUP-071902] Administration du portail e-sidoc de l'école

Bonjour,

Le changement d'administrateur d'un portail doit être demandé par écrit par le directeur ou la directrice de l'école, depuis l'adresse officielle de l'établissement. Dès réception de cette demande, nous procéderons à la modification.

Cordialement,
L'équipe d'assistance
""",
  ("head_of_establishment_request", False, "0221628A", "bretagne", "esidoc", False, "fr",
   "Reply (Zimbra 'Mail original' quote) in which the school's directrice gives, from the ce.<UAI> address, the written request the desk asked for. UAI only in the sender address."),
  irt="<SUP-071902.1775827244.09be@assistance.example.fr>")

H("gmail", ("Hélène Brault", "helene.brault49@gmail.com"),
  "Accord pour la réinitialisation du portail de l'école", "04-21 20:11",
  """Bonjour,

Je suis la directrice de l'école maternelle privée Sainte-Jeanne de Segré (Maine-et-Loire). Notre enseignante référente BCD vous a écrit la semaine dernière au sujet de la réinitialisation du mot de passe du portail e-sidoc de l'école.

Je vous confirme mon accord. Je vous écris de ma boîte personnelle car celle de l'école ne fonctionne plus depuis la panne de notre box.

Cordialement,
Hélène Brault
""",
  ("head_of_establishment_request", False, None, None, "esidoc", False, "fr",
   "A private nursery-school head gives her agreement from a personal Gmail address, no UAI: weak evidence, staff must verify. No region."))

H("outlook365", ("Bernard Pichard", "direction@providence-vendome.fr"),
  "Désignation d'une nouvelle administratrice - Espace Acheteur", "04-09 09:48",
  """Madame, Monsieur,

Par la présente, je désigne Mme Claire Thibault, nouvelle responsable administrative et financière, comme administratrice de l'établissement sur l'Espace Acheteur, en remplacement de M. Gilles Rabier, parti en retraite. Je vous remercie de clôturer les accès de M. Rabier.

Par ailleurs, pourriez-vous nous dire pourquoi la facture FA-2026-03117 nous est parvenue en double ? Mme Thibault n'ose pas la régler avant votre réponse.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Bernard Pichard
Chef d'établissement
Lycée privé La Providence – Vendôme
UAI 0410705U
""",
  ("head_of_establishment_request", False, "0410705U", "centre-val-de-loire", "espace_acheteur", True, "fr",
   "Two topics: the head designates a new administrator (main) and asks about a duplicate invoice (order_billing). Either way a person handles it."))

H("outlook_desktop", ("Jean-Luc Hodebourg", "direction@cfa-horticole-laval.fr"),
  "Autorisation d'engagement - commande matériel espaces verts", "04-22 16:30",
  """Madame, Monsieur,

Vous trouverez en pièce jointe mon autorisation d'engagement pour la commande de matériel pédagogique (kit de taille et d'entretien des espaces verts) passée sur l'Espace Acheteur par M. Corbineau, formateur, pour un montant de 6 480 € HT, au-delà de son plafond de délégation.

Merci de bien vouloir débloquer la validation de cette commande.

Cordialement,

Jean-Luc Hodebourg
Directeur du CFA agricole et horticole de Laval
UAI 0530270F
""",
  ("head_of_establishment_request", False, "0530270F", "pays-de-la-loire", "espace_acheteur", False, "fr",
   "The CFA director authorises, by signed PDF, an order above a trainer's delegation ceiling: a head's written authorisation of an order."),
  att=[pdf_att("Autorisation_engagement_CFA_Laval.pdf", letterhead(
      ["CFA AGRICOLE ET HORTICOLE DE LAVAL", "UAI 0530270F"],
      "Laval, le 22 avril 2026",
      ["Objet : autorisation d'engagement de dépense", "",
       "J'autorise la validation de la commande passée sur l'Espace Acheteur par",
       "M. Corbineau, formateur, pour un montant de 6 480 euros HT (kit de taille et",
       "d'entretien des espaces verts)."],
      ["Le directeur,", "Jean-Luc Hodebourg", "[signature]"]),
      "Autorisation d'engagement")])


# =====================================================================
# account_creation (15)
# =====================================================================

H("outlook365", ("François Lehodey", "direction.mediatheque@villedieu-intercom.fr"),
  "Une médiathèque peut-elle avoir un compte e-sidoc ?", "04-02 10:26",
  """Bonjour,

Je dirige la médiathèque intercommunale de Villedieu Intercom. Nous avons signé en janvier une convention de partenariat avec le collège du territoire pour la mise en commun de nos ressources jeunesse.

Une question toute simple, mais à laquelle personne ne sait répondre ici : une médiathèque publique peut-elle avoir son propre compte e-sidoc, ou doit-elle passer par le portail du collège ? Et si c'est possible, qui valide la demande ?

Je vous remercie par avance,

François Lehodey
Directeur de la médiathèque intercommunale
Villedieu Intercom
""",
  ("account_creation", False, None, None, "esidoc", False, "fr",
   "An intercommunal library asks whether it may have its own e-sidoc account and who validates it: eligibility, a person answers. No UAI, non-academic sender."))

H("zimbra", ("Mathilde Le Gall", "mathilde.le-gall@ac-rennes.fr"),
  "Compte acheteur pour une unité locale d'enseignement ?", "04-08 19:02",
  """Bonjour,

J'enseigne à l'unité locale d'enseignement de la maison d'arrêt de Saint-Brieuc. Jusqu'ici, nos achats (manuels, fournitures) passaient par l'unité pédagogique régionale, avec des délais très longs.

Notre RLE m'a suggéré de vous demander si l'ULE peut disposer de son propre compte acheteur sur l'Espace Acheteur, ou si seule l'UPR peut en avoir un. Je précise que nous n'avons pas de numéro UAI propre, à ma connaissance.

Bien à vous,

Mathilde Le Gall
""",
  ("account_creation", False, None, "bretagne", "espace_acheteur", False, "fr",
   "Prison teaching unit asks whether it may have its own buyer account: eligibility question for a person. No UAI; region from ac-rennes.fr."))

H("gmail", ("Ronan Caroff", "ue.ime.kerfeunteun@gmail.com"),
  "Compte en attente de validation", "04-10 11:30",
  """Bonjour,

J'ai rempli le formulaire d'inscription à l'Espace Acheteur il y a trois jours pour l'unité d'enseignement de l'IME de Kerfeunteun (UAI 0291721N).

Quand j'essaie de me connecter, j'ai le message « compte en attente de validation ». C'est normal ? Combien de temps faut-il attendre ?

Merci,
Ronan Caroff
""",
  ("account_creation", True, "0291721N", "bretagne", "espace_acheteur", False, "fr",
   "Sign-up done, login says 'waiting for validation': the FAQ answer (the structure administrator validates) fits."))

H("gmail", ("Élodie Raoul", "compta@ogec-stpierre-plerin.fr"),
  "Administrateur de notre structure ? (UAI 0220734B)", "04-15 14:03",
  """Bonjour,

Qui est l'administrateur de notre structure sur l'Espace Acheteur ? Je suis la nouvelle comptable de l'OGEC du collège privé Saint-Pierre de Plérin et on me dit qu'il doit valider mon inscription. Aucune des personnes présentes dans l'établissement ne se reconnaît dans ce rôle !

Merci d'avance,

Élodie Raoul
OGEC Collège privé Saint-Pierre – Plérin
UAI 0220734D
""",
  ("account_creation", False, "0220734D", "bretagne", "espace_acheteur", True, "fr",
   "Asks who the structure's administrator is (a look-up, so a person answers). The subject gives 0220734B (wrong check letter: the digits give 0220734D); the signature has the valid 0220734D, which is the label."))

H("zimbra", ("Liam Kavanagh", "liam.kavanagh@ac-nantes.fr"),
  "How do I get an Espace Acheteur account?", "04-07 14:50",
  """Hello,

I've just joined the purchasing team of GRETA Loire-Atlantique (my French is still a work in progress, sorry for writing in English). My manager asked me to get an account on the Espace Acheteur so I can place orders for our training sites.

How do I create one? Is there a form somewhere?

Kind regards,
Liam Kavanagh
Purchasing assistant, GRETA Loire-Atlantique
""",
  ("account_creation", True, None, "pays-de-la-loire", "espace_acheteur", False, "en",
   "English; a new GRETA buyer asks how to create an account: the sign-up form answer fits. Region from ac-nantes.fr."))

H("apple", ("Pauline Jaffré", "pauline.jaffre@lpm-etel.fr"),
  "Ouverture compte client", "04-01 09:44",
  """Bonjour,

Je n'ai pas perdu mon mot de passe : je n'en ai jamais eu ! Je suis arrivée en mars au CDI du lycée professionnel maritime d'Étel et je voudrais ouvrir le compte client pour commander nos abonnements en ligne. Où se trouve le formulaire ?

UAI : 0560960P

Bonne journée,
Pauline Jaffré
""",
  ("account_creation", True, "0560960P", "bretagne", "esidoc", True, "fr",
   "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account and wants to open the customer account. account_creation, not password_reset."))

H("thunderbird", ("Maxime Brochard", "administration@stemarie-bocage.fr"),
  "UAI absent de la liste - ouverture compte client", "04-14 10:12",
  """Bonjour,

Notre établissement (lycée professionnel privé Sainte-Marie-du-Bocage, à Montaigu, ouvert à la rentrée 2025 et sous contrat depuis janvier) souhaite ouvrir un compte client pour commander des ressources e-sidoc.

Problème : notre code UAI, 0851969D, n'apparaît pas dans la liste déroulante du formulaire. Nous ne pouvons donc pas aller plus loin.

Merci de votre aide,

-- 
Maxime Brochard
Responsable administratif
""",
  ("account_creation", False, "0851969D", "pays-de-la-loire", "esidoc", False, "fr",
   "A newly opened private school's UAI is not in the customer-account list: the FAQ sends these to a person (sales team)."))

H("outlook_desktop", ("Kévin Lemarié", "kevin.lemarie@ac-normandie.fr"),
  "Compte en attente depuis le 27 mars", "04-13 11:36",
  """Bonjour,

Mon compte sur l'Espace Acheteur est « en attente de validation » depuis le 27 mars. Renseignement pris, l'administratrice de notre structure est en congé maladie jusqu'en juin et personne d'autre n'a les droits. Je ne peux donc passer aucune commande pour l'atelier.

Pouvez-vous valider mon compte, ou nous dire qui peut le faire ?

Merci,

Kévin Lemarié
Adjoint gestionnaire – EREA d'Alençon
0611388C
""",
  ("account_creation", False, "0611388C", "normandie", "espace_acheteur", False, "fr",
   "Account waiting for validation for over two weeks; the administrator is on long leave: the region must step in."))

H("roundcube", ("Amandine Brunet", "intendance.lpa-saint-amand@educagri.fr"),
  "Droits de commande", "04-02 15:15",
  """Bonjour,

J'ai bien un compte sur l'Espace Acheteur et je peux me connecter, mais je ne vois que le catalogue : pas de bouton pour créer un panier ou passer commande. Mon chef de service me dit qu'il faut que des droits de gestion des commandes me soient ouverts.

Pouvez-vous le faire ?

Merci,
Amandine Brunet
Secrétaire-comptable – Lycée professionnel agricole de Saint-Amand-Montrond
UAI : 0181944R
""",
  ("account_creation", False, "0181944R", "centre-val-de-loire", "espace_acheteur", False, "fr",
   "Account works; asks for order-management rights to be opened (rights to open), which a person handles."))

H("outlook_html", ("Mélanie Osmont", "m.osmont@cfa-agri-normandie.fr"),
  "Ouverture d'un compte client", "04-09 14:55",
  """Bonjour,

Je viens de prendre mes fonctions de gestionnaire au CFA de la Chambre d'agriculture, site de Coutances. Nous souhaitons commander pour la première fois des abonnements pour notre centre de ressources.

Comment ouvrir notre compte client ? Faut-il remplir un formulaire en ligne ou vous envoyer un document ?

Cordialement,

Mélanie Osmont
Gestionnaire – CFA de la Chambre d'agriculture, site de Coutances
""",
  ("account_creation", True, None, None, "esidoc", False, "fr",
   "HTML-only Outlook message: a new gestionnaire wants to open the customer account before a first order; the sign-up answer fits. No UAI, non-academic sender."))

H("zimbra", ("Laurent Bigot", "laurent.bigot@ac-orleans-tours.fr"),
  "Portail e-sidoc pour un service d'enseignement à l'hôpital", "04-16 12:44",
  """Bonjour,

Nous sommes deux enseignants détachés au service de pédiatrie du centre hospitalier de Châteauroux (nous dépendons administrativement d'un collège de la ville). Nous aimerions disposer d'un accès au portail e-sidoc pour les jeunes hospitalisés, distinct de celui du collège.

Est-ce envisageable ? Et qui devrait valider la demande : le principal du collège de rattachement, l'hôpital, l'inspection ?

Merci pour vos lumières,

Laurent Bigot
""",
  ("account_creation", False, None, "centre-val-de-loire", "esidoc", False, "fr",
   "Hospital teaching service asks whether it may have its own portal and who validates: eligibility, a person answers. Region from ac-orleans-tours.fr."))

H("outlook365", ("Corinne Marie", "raf@stjoseph-bessin.fr"),
  "Reprise du rôle d'administrateur - OGEC", "04-21 15:22",
  """Bonjour,

L'administrateur de notre structure sur l'Espace Acheteur, M. Lecoq, a quitté l'établissement en février. Je suis la nouvelle responsable financière de l'OGEC et je souhaiterais reprendre ce rôle.

Le chef d'établissement est d'accord (il me l'a confirmé de vive voix), mais il est en déplacement jusqu'à la fin du mois.

Pouvez-vous me donner les droits d'administrateur dès maintenant ? Nous avons trois comptes en attente.

Merci,

Corinne Marie
Responsable administrative et financière
OGEC Institution Saint-Joseph-du-Bessin, Bayeux (UAI 0141979A)
""",
  ("account_creation", False, "0141979A", "normandie", "espace_acheteur", True, "fr",
   "The OGEC finance manager asks to become structure administrator; the head's agreement is only oral. Not written by the head, so not a head-of-establishment request; a change of administrator needs the head's written request, so a person answers."))

H("zimbra", ("Fabienne Delorme", "fabienne.delorme@ac-orleans-tours.fr"),
  "Un compte par conseiller au GRETA ?", "04-03 11:11",
  """Bonjour,

Au GRETA du Loiret, nous sommes six conseillers en formation continue à passer des commandes pour nos plateaux techniques. Aujourd'hui nous utilisons tous le même compte, ce qui pose problème pour savoir qui a commandé quoi.

Chacun peut-il avoir son propre compte rattaché à la structure GRETA (UAI 0450513N) ? Et dans ce cas, qui doit valider : notre agent comptable, le chef de l'établissement support ?

Merci,

Fabienne Delorme
Conseillère en formation continue
""",
  ("account_creation", False, "0450513N", "centre-val-de-loire", "espace_acheteur", False, "fr",
   "Asks whether each GRETA adviser can have an account under the structure and who validates: a person answers."))

H("outlook365", ("Thomas Bouchet", "t.bouchet@touraine-vienne-mediatheques.fr"),
  "Accès partenaire au portail e-sidoc du collège", "04-09 10:18",
  """Bonjour,

Dans le cadre du contrat territoire-lecture, la médiathèque intercommunale accueille chaque semaine les classes de 6e du collège Les Bruyères de Richelieu (UAI 0371956A). La professeure documentaliste propose que nos bibliothécaires aient un accès « invité » ou « partenaire » à son portail e-sidoc, pour réserver des documents et y publier nos animations.

Est-ce possible ? La documentaliste est d'accord, mais nous ne savons pas qui doit ouvrir ces droits.

Cordialement,

Thomas Bouchet
Bibliothécaire – Médiathèque intercommunale Touraine-Vienne
""",
  ("account_creation", False, "0371956A", "centre-val-de-loire", "esidoc", True, "fr",
   "A library asks for partner access rights on a collège's portal. The only UAI is the partner collège's, whose portal the request is about: it is the label and gives the region, though the sender is not academic. Rights to open, a person decides."))

H("roundcube", ("Sophie Chartier", "gestion.legta-nogent@educagri.fr"),
  "creation compte", "04-20 08:05",
  """Bonjour, comment créer un compte sur l'Espace Acheteur ? Je suis la nouvelle adjointe gestionnaire du lycée agricole de Nogent-le-Rotrou (0280827X). Merci. Sophie Chartier
""",
  ("account_creation", True, "0280827X", "centre-val-de-loire", "espace_acheteur", False, "fr",
   "One-line question: how to create an Espace Acheteur account; the sign-up answer fits."))


# =====================================================================
# subscription_activation (10)
# =====================================================================

H("thunderbird", ("Goulven Le Floc'h", "goulven.lefloch@ac-rennes.fr"),
  "Cafeyn commandé mardi, toujours pas visible", "04-09 10:58",
  """Bonjour,

Nous avons commandé mardi l'abonnement Cafeyn pour le CDI. La commande apparaît bien comme validée, mais la ressource n'est toujours pas visible dans le portail. Faut-il faire quelque chose de notre côté ?

UAI 0560208X

Merci,

-- 
Goulven Le Floc'h
Professeur documentaliste – EREA Le Ter, Lorient
""",
  ("subscription_activation", True, "0560208X", "bretagne", "esidoc", False, "fr",
   "Cafeyn ordered two days earlier, not visible yet: within the 72-hour window."))

H("outlook_desktop", ("Hugo Pineau", "cdi.legta-bocage@educagri.fr"),
  "Abonnement Universalis Junior toujours inactif", "04-14 13:37",
  """Bonjour,

Notre commande d'abonnement à Universalis Junior, validée le 3 avril, n'est toujours pas active. Nous sommes le 14 avril et les élèves de seconde en ont besoin pour leurs exposés.

Pouvez-vous vérifier ?
N° de commande : CMD-2026-04-00873

Cordialement,

Hugo Pineau
Documentaliste – LEGTA du Bocage vendéen
UAI 0850407F
""",
  ("subscription_activation", False, "0850407F", "pays-de-la-loire", "esidoc", False, "fr",
   "Ordered eleven days ago, still not active: past the 72-hour rule, a person must look at the order."))

H("zimbra", ("Christian Lebrec", "ce.0500133y@ac-normandie.fr"),
  "Abonnement Europresse - date de mise à disposition", "04-10 08:16",
  """Madame, Monsieur,

Proviseur du lycée professionnel maritime de Granville, je me permets de vous écrire au sujet de l'abonnement à Europresse que notre professeur documentaliste a commandé hier.

Nos élèves de terminale en ont besoin pour un dossier à rendre le 24 avril. Pouvez-vous m'indiquer à quelle date la ressource sera accessible ?

Je vous remercie de votre diligence.

Christian Lebrec
Proviseur
""",
  ("subscription_activation", True, "0500133Y", "normandie", "esidoc", True, "fr",
   "Written by the proviseur from the official address, but he only asks when a subscription ordered yesterday will be available: not a head-of-establishment request. UAI only in the sender address, in lower case (ce.0500133y@)."))

H("gmail", ("Marie-Laure Boisseau", "ml.boisseau.ecolechu@gmail.com"),
  "Publier Europresse sur le portail ?", "04-03 13:05",
  """Bonjour,

L'abonnement Europresse de l'école du CHU de Nantes (UAI 0440026P) est actif, on le voit bien dans « Mes abonnements ». En revanche je ne trouve pas comment le faire apparaître sur la page d'accueil du portail pour les élèves hospitalisés.

Il y a une manipulation à faire ?

Merci !
Marie-Laure Boisseau, enseignante
""",
  ("subscription_activation", True, "0440026P", "pays-de-la-loire", "esidoc", False, "fr",
   "Hospital school: an active resource to publish on the portal (publication step)."))

H("outlook365", ("Rozenn Le Meur", "cdr@cfa-btp22.fr"),
  "Ressource invisible côté apprentis", "04-08 15:49",
  """Bonjour,

Je préfère préciser d'emblée : je n'ai pas oublié mon mot de passe et je me connecte sans problème à l'administration du portail.

Ce qui ne marche pas, c'est l'affichage : la ressource Cafeyn que nous avons achetée le 31 mars est « active » dans mon back-office, mais elle n'apparaît pas côté apprentis, ni sur la page d'accueil ni dans la recherche.

Qu'est-ce que j'ai raté ?

Merci,

Rozenn Le Meur
Documentaliste – CFA du BTP des Côtes-d'Armor
UAI 0221275S
""",
  ("subscription_activation", True, "0221275S", "bretagne", "esidoc", True, "fr",
   "Negation: 'je n'ai pas oublié mon mot de passe', login works; the active resource is not published for the apprentices: the publication answer applies."))

H("outlook365", ("Emily Durand-Hughes", "library@ste-agnes-angers.fr"),
  "Universalis pas encore visible", "04-16 11:27",
  """Bonjour,

Nous avons commandé Universalis hier pour le CDI (Lycée privé bilingue Sainte-Agnès, Angers – UAI 0490797A). La commande apparaît comme confirmée, mais les élèves ne voient pas encore la ressource sur le portail e-sidoc.

Y a-t-il un délai d'activation, ou devons-nous faire quelque chose de notre côté ?

Merci / Thank you,
Emily Durand-Hughes
Professeure documentaliste – Teacher-librarian
""",
  ("subscription_activation", True, "0490797A", "pays-de-la-loire", "esidoc", False, "fr",
   "Resource ordered yesterday, not yet visible: within the 72-hour window. Bilingual sign-off, French body."))

H("apple", ("Chloé Vasseur", "chloe.vasseur@ime-presfleuris.fr"),
  "Abonnement renouvelé mais toujours expiré", "04-01 16:52",
  """Bonjour,

Nous avons renouvelé hier notre abonnement (commande validée en fin de matinée), mais « Mes abonnements » affiche toujours « expiré depuis le 31/03 ». Les élèves de l'unité d'enseignement ne peuvent plus y accéder.

Faut-il patienter ?

Merci,
Chloé Vasseur
Enseignante spécialisée, UE de l'IME Les Prés-Fleuris (Dreux) — 0281124V
""",
  ("subscription_activation", True, "0281124V", "centre-val-de-loire", "esidoc", False, "fr",
   "Renewed subscription still shown as expired, order from yesterday: the 72-hour answer fits."))

H("samsung", ("D. Marchand", "d.marchand@ac-orleans-tours.fr"),
  "abonnement", "04-15 17:35",
  """Bonjour, merci d'activer notre abonnement numérique, la commande a été validée hier par l'UPR. ULE du centre pénitentiaire de Châteauroux, 0361184S. Cordialement, D. Marchand

Envoyé depuis mon appareil Galaxy
""",
  ("subscription_activation", True, "0361184S", "centre-val-de-loire", "esidoc", False, "fr",
   "Short phone message from a prison teaching unit: please activate the subscription validated yesterday."))

H("outlook365", ("Nadège Leroux", "nadege.leroux@greta-calvados.fr"),
  "RE: [#SUP-068420] Facture en double", "04-21 10:09",
  """Bonjour,

Merci encore pour l'avoir sur la facture en double, c'est réglé.

Nouvelle question, sans rapport : l'abonnement à Cairn commandé hier n'apparaît pas encore dans notre portail e-sidoc. Est-ce le délai normal ?

Nadège Leroux
GRETA Calvados – Centre de ressources
UAI 0141830N

________________________________
De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 19 mars 2026 10:02
À : Leroux Nadège <nadege.leroux@greta-calvados.fr>
Objet : [#SUP-068420] Facture en double

Bonjour,

Nous avons annulé la facture FA-2026-02231, émise en double, et vous adressons ci-joint l'avoir correspondant. Aucun règlement n'est attendu pour cette facture.

Cordialement,
L'équipe d'assistance
""",
  ("subscription_activation", True, "0141830N", "normandie", "esidoc", True, "fr",
   "Reply on a closed invoice ticket (quoted history about a duplicate invoice) that clearly asks something else: a subscription ordered yesterday is not visible yet. The new question sets the category."),
  irt="<SUP-068420.1773910920.f00d@assistance.example.fr>")

H("thunderbird", ("Xavier Loiseau", "x.loiseau@stjulien-sablons.fr"),
  "Cafeyn", "04-15 09:06",
  """Bonjour,

Commandé lundi matin, toujours rien ce mercredi : l'abonnement Cafeyn du lycée Saint-Julien-des-Sablons (UAI 0720592C) n'est pas encore disponible dans le portail.

Je sais qu'il y a un délai, mais les élèves attendent avec impatience les magazines de foot…

Bonne journée,
Xavier Loiseau
""",
  ("subscription_activation", True, "0720592C", "pays-de-la-loire", "esidoc", False, "fr",
   "Ordered Monday, written Wednesday morning: within 72 hours."))


# =====================================================================
# order_billing (11)
# =====================================================================

H("gmail", ("Annie Le Bras", "compta@ogec-ndkerlann.fr"),
  "Facture FA-2026-03342 à rééditer au nom de l'OGEC", "04-07 14:12",
  """Bonjour,

La facture n° FA-2026-03342 (abonnements du CDI) est libellée au nom du « Lycée Notre-Dame-de-Kerlann ». Or, comme pour tout établissement privé sous contrat, c'est l'OGEC qui est notre entité juridique et qui paie : notre expert-comptable exige une facture à son nom, avec l'adresse du siège.

Pourriez-vous la rééditer au nom de :
OGEC Notre-Dame-de-Kerlann
12 rue des Ursulines
22200 Guingamp

Cordialement,
Annie Le Bras
Comptable OGEC – UAI 0221930D
""",
  ("order_billing", False, "0221930D", "bretagne", "esidoc", False, "fr",
   "Invoice to re-issue in the name of the OGEC (the private school's legal entity)."))

H("outlook365", ("Gérard Fouquet", "tresorier@ndcoevrons.fr"),
  "Facture via Chorus Pro impossible pour un établissement privé", "04-09 18:21",
  """Bonjour,

Pour notre commande du 2 avril sur l'Espace Acheteur, le fournisseur nous indique que la facture « sera déposée sur Chorus Pro ». Or nous sommes un établissement privé sous contrat géré par une association (OGEC) : nous n'avons pas de compte Chorus Pro et notre comptabilité ne le consulte pas.

Pouvez-vous faire en sorte que la facture nous soit envoyée en PDF, par mail, à compta@ndcoevrons.fr ?

Merci,

Gérard Fouquet
Trésorier bénévole de l'OGEC – Collège privé Notre-Dame-des-Coëvrons, Évron
UAI 0531264L
""",
  ("order_billing", False, "0531264L", "pays-de-la-loire", "espace_acheteur", False, "fr",
   "Invoice delivery: a private school's OGEC cannot receive invoices through Chorus Pro and asks for a PDF by mail."))

H("zimbra", ("Patrick Delamare", "patrick.delamare@ac-normandie.fr"),
  "Demande de devis abonnement e-sidoc - GRETA Côte d'Albâtre", "04-02 09:40",
  """Bonjour,

Afin d'établir le bon de commande (notre agence comptable ne valide rien sans devis), pourriez-vous nous adresser un devis pour l'abonnement annuel à e-sidoc de notre centre de ressources, avec l'option « ressources numériques » ?

Structure : GRETA Côte d'Albâtre – UAI 0760985H
Facturation : lycée support, service du GRETA, à l'attention de l'agent comptable

Merci,

Patrick Delamare
""",
  ("order_billing", False, "0760985H", "normandie", "esidoc", False, "fr",
   "Quote (devis) needed before the bon de commande."))

H("outlook_desktop", ("Armelle Poirier", "intendance.lpa-perche@educagri.fr"),
  "Bon d'engagement refusé : format non accepté", "04-16 10:51",
  """Bonjour,

Au moment de valider ma commande sur l'Espace Acheteur, je dois joindre le bon d'engagement signé. Je l'ai scanné en PDF (ci-joint), mais le site répond « format non accepté ». J'ai essayé avec Firefox et avec Edge.

Que faire ?

Cordialement,

Armelle Poirier
Secrétariat d'intendance – LPA du Perche, Mortagne-au-Perche
UAI 0610692W
""",
  ("order_billing", False, "0610692W", "normandie", "espace_acheteur", False, "fr",
   "Bon d'engagement upload refused at order validation ('format non accepté'); the scanned PDF is attached."),
  att=[pdf_att("bon_engagement_2026-041.pdf", [
      ("B", "LYCÉE PROFESSIONNEL AGRICOLE DU PERCHE"), ("B", "BON D'ENGAGEMENT N° 2026-041"), "",
      "Fournisseur : centrale d'achat – Espace Acheteur",
      "Objet : petit matériel d'atelier (section aménagements paysagers)",
      "Montant : 1 742,50 EUR TTC", "Imputation : service AP – compte 6068", "",
      "L'ordonnateur,", "[signature]"], "Bon d'engagement")])

H("outlook365", ("Rhys Morgan", "r.morgan@cfa-metiersdelamer.fr"),
  "RE: Your order on Espace Acheteur", "04-09 08:44",
  """Hi,

Thanks for confirming the order. One thing though: the invoice must be addressed to our accounts department, not to me personally, otherwise it sits in my pigeonhole for weeks. Could you please issue it to:

CFA des Métiers de la Mer – Service comptabilité
4 quai Guiné, 85100 Les Sables-d'Olonne

Best,
Rhys Morgan
Training coordinator

From: Assistance <support@assistance.example.fr>
Sent: Wednesday, April 8, 2026 3:12 PM
To: Rhys Morgan <r.morgan@cfa-metiersdelamer.fr>
Subject: Your order on Espace Acheteur

Hello,

Your order has been validated and passed on to the supplier. The invoice will be sent to you once the goods have been delivered.

Regards,
Support team
""",
  ("order_billing", False, None, None, "espace_acheteur", False, "en",
   "English Outlook reply ('From: / Sent:' block) asking to address the invoice to the accounting department. No UAI, non-academic sender."))

H("zimbra", ("Guillaume Charbonnier", "guillaume.charbonnier@ac-orleans-tours.fr"),
  "Panier disparu", "04-15 13:20",
  """Bonjour,

J'avais préparé le 20 mars un panier de 23 articles (matériel pour l'atelier de menuiserie) sur l'Espace Acheteur, en attendant la signature du bon de commande. Je reviens aujourd'hui : le panier est vide !

Est-il possible de le récupérer ? Sinon je dois tout refaire...

Merci,

Guillaume Charbonnier
Professeur de menuiserie – EREA de Joué-lès-Tours (0371954Y)
""",
  ("order_billing", False, "0371954Y", "centre-val-de-loire", "espace_acheteur", False, "fr",
   "Saved basket disappeared after almost four weeks (baskets are kept for a limited time)."))

H("thunderbird", ("Service comptable CFA du Cher", "comptabilite@cfai-cher.fr"),
  "Facture reçue en double", "04-10 15:33",
  """Bonjour,

Nous avons reçu deux fois la même facture (FA-2026-03877, 418,20 € TTC), le 2 et le 9 avril, pour une seule commande. Merci d'annuler le doublon et de nous le confirmer par écrit pour notre agent comptable.

Cordialement,

-- 
Service comptable
CFA interprofessionnel du Cher – Bourges
UAI 0180360V
""",
  ("order_billing", False, None, None, "espace_acheteur", True, "fr",
   "Duplicate invoice to cancel. The signature's 0180360V has a wrong check letter (the digits give 0180360U), so no UAI; the sender domain is not academic, so no region either."))

H("outlook365", ("Service administratif IME La Clairière", "administration@ime-laclairiere.fr"),
  "Moyens de paiement pour une association", "04-20 14:02",
  """Bonjour,

L'IME La Clairière (association Horizons 44) souhaite commander un abonnement e-sidoc pour son unité d'enseignement.

Notre association ne fonctionne pas avec des bons de commande publics : pouvons-nous payer par carte bancaire ou par virement à la commande ? Si oui, pouvez-vous nous envoyer vos coordonnées bancaires ?

Cordialement,

Service administratif
IME La Clairière
""",
  ("order_billing", False, None, None, "esidoc", False, "fr",
   "Payment means for an association-run IME (card or transfer, bank details): order_billing. No UAI, non-academic sender."))

H("thunderbird", ("Lydie Bonnaud", "compta@lpm-noirmoutier.fr"),
  "Fwd: 2e relance – facture FA-2026-02764", "04-13 09:27",
  """Bonjour,

Nous recevons la relance ci-dessous pour la facture FA-2026-02764, alors qu'elle a été réglée par mandat administratif le 20 mars (mandat n° 412, je peux vous en envoyer la copie). Pouvez-vous vérifier de votre côté et stopper les relances ?

Merci,

Lydie Bonnaud
Agent comptable
Lycée professionnel maritime de Noirmoutier – UAI 0851104N


-------- Message transféré --------
Sujet : 	2e relance – facture FA-2026-02764
Date : 	Mon, 13 Apr 2026 06:00:12 +0200
De : 	Comptabilité clients <no-reply-factures@espace-acheteur.example.fr>
Pour : 	compta@lpm-noirmoutier.fr

Madame, Monsieur,

Sauf erreur de notre part, la facture FA-2026-02764 d'un montant de 1 260,00 € TTC, échue le 15/03/2026, reste impayée à ce jour.

Nous vous remercions de bien vouloir procéder à son règlement dans les meilleurs délais. Si votre paiement a été effectué entre-temps, veuillez ne pas tenir compte de ce message.

Le service comptabilité clients
""",
  ("order_billing", False, "0851104N", "pays-de-la-loire", "espace_acheteur", False, "fr",
   "Thunderbird forward of an automatic payment reminder for an invoice already paid by mandat administratif; the outer message is a person's request."))

H("outlook_html", ("Marine Duval", "gestion@ogec-stcharles-orleans.fr"),
  "Facture FA-2026-03912 - écart avec le devis", "04-17 11:46",
  """Bonjour,

La facture FA-2026-03912 reçue ce matin s'élève à 2 148,00 € TTC, alors que le devis accepté (D-2026-0211) était de 1 932,00 € TTC. L'écart correspond visiblement aux frais de livraison, qui devaient être offerts au-delà de 1 500 €.

Merci de nous adresser une facture rectificative.

Cordialement,

Marine Duval
Gestionnaire – OGEC Saint-Charles, Orléans
UAI 0451532W
""",
  ("order_billing", False, "0451532W", "centre-val-de-loire", "espace_acheteur", False, "fr",
   "HTML-only Outlook message (windows-1252, euro sign): invoice amount differs from the accepted quote."))

H("outlook365", ("Yves Lebarbier", "econome@ste-ursule-saintlo.fr"),
  "Bouton de validation de commande grisé", "04-22 11:13",
  """Bonjour,

Impossible de valider ma commande sur l'Espace Acheteur : le bouton « Valider la commande » reste grisé, alors que le panier est complet et que j'ai joint le bon de commande signé par le président de l'OGEC.

Y a-t-il une étape que j'oublie ?

Merci,

Yves Lebarbier
Économe – Institution Sainte-Ursule, Saint-Lô
UAI 0500540R
""",
  ("order_billing", False, "0500540R", "normandie", "espace_acheteur", False, "fr",
   "Order validation blocked (button greyed out) although the signed purchase order is attached."))


# =====================================================================
# contract_documents (5)
# =====================================================================

H("zimbra", ("Dominique Raffin", "dominique.raffin@ac-nantes.fr"),
  "Documents du marché 2025-047 introuvables", "04-08 11:39",
  """Bonjour,

Dans l'Espace Acheteur, rubrique « Mes Marchés », je vois bien le marché 2025-047 (consommables informatiques) auquel le GRETA Vendée a adhéré, mais aucun document n'est téléchargeable : ni le CCTP, ni le bordereau de prix. L'onglet « Documents » est vide.

UAI 0850419U

Merci,

Dominique Raffin
GRETA Vendée – Achats
""",
  ("contract_documents", False, "0850419U", "pays-de-la-loire", "espace_acheteur", False, "fr",
   "Market documents (CCTP, price schedule) not visible in 'Mes Marchés'."))

H("outlook365", ("Yann Provost", "culture@coeurdeperche.fr"),
  "Convention d'adhésion introuvable", "04-14 14:57",
  """Bonjour,

La communauté de communes a signé en février la convention d'adhésion à votre centrale d'achat pour le réseau des médiathèques (projet commun avec les collèges du territoire).

Je n'arrive pas à retrouver cette convention sur l'Espace Acheteur : la rubrique « Mes conventions » indique « aucun document ». Notre trésorerie nous la réclame.

Pouvez-vous la rendre visible ou nous l'envoyer ?

Cordialement,

Yann Provost
Service culture – Communauté de communes Cœur de Perche
""",
  ("contract_documents", False, None, None, "espace_acheteur", False, "fr",
   "Membership convention not visible on the Espace Acheteur for a communauté de communes. No UAI, non-academic sender."))

H("outlook_desktop", ("Philippe Vimont", "gestion.legta-neubourg@educagri.fr"),
  "Avenant n°1 marché 2024-112 absent", "04-02 16:03",
  """Bonjour,

Nous avons reçu le courrier ci-joint annonçant l'avenant n° 1 au marché 2024-112 (restauration scolaire – denrées), qui modifie les prix au 1er avril. Or l'avenant n'apparaît pas dans les documents du marché sur l'Espace Acheteur. Notre chef de cuisine ne peut pas passer commande sans connaître les nouveaux tarifs.

Merci de le mettre en ligne.

Philippe Vimont
Gestionnaire – LEGTA du Neubourg
UAI 0270611T
""",
  ("contract_documents", False, "0270611T", "normandie", "espace_acheteur", False, "fr",
   "Amendment no. 1 of a market missing from the contract documents; the announcement letter is attached (RFC 2231 file name with non-ASCII characters)."),
  att=[attach("Courrier_avenant_n°1_marché.pdf", "application/pdf", pdf([
      ("B", "CENTRALE D'ACHAT – SERVICE DES MARCHÉS"), "", "Objet : avenant n° 1 au marché 2024-112",
      "Restauration scolaire – denrées", "",
      "Madame, Monsieur, nous vous informons de la passation de l'avenant n° 1,",
      "qui révise les prix unitaires à compter du 1er avril 2026.",
      "L'avenant sera consultable dans l'Espace Acheteur, rubrique Mes Marchés."],
      "Avenant n°1"), rfc2231=True)])

H("outlook365", ("Jessica Morin", "achats@cfa-metiersdebouche-angers.fr"),
  "CCAP du marché 2025-019", "04-21 09:34",
  """Bonjour,

Pour le marché 2025-019 « Équipements de cuisine professionnelle », je trouve le bordereau de prix mais pas le CCAP. Notre directeur veut relire les conditions de garantie avant de commander un four mixte pour le plateau technique.

Où puis-je le trouver ?

Merci,

Jessica Morin
Assistante achats – CFA des métiers de bouche d'Angers
UAI 0491632H
""",
  ("contract_documents", False, "0491632H", "pays-de-la-loire", "espace_acheteur", False, "fr",
   "CCAP not found for a market; only the price schedule is visible."))

H("gmail", ("Agnès Lemercier", "ogec.stmartin.honfleur@gmail.com"),
  "Re: [#SUP-070877] Convention de groupement introuvable", "04-15 16:48",
  """Bonjour,

Désolée d'insister, mais la convention constitutive du groupement de commandes n'est toujours pas visible dans notre espace, malgré votre réponse de la semaine dernière (j'ai bien vidé le cache et réessayé avec un autre navigateur).

Merci de regarder à nouveau.

Agnès Lemercier
OGEC Collège Saint-Martin, Honfleur – UAI 0140403M

Le mer. 8 avr. 2026 à 14:35, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> La convention a été ajoutée aux documents de votre structure. Si elle
> n'apparaît pas, videz le cache de votre navigateur.
>
> Cordialement,
> L'équipe d'assistance régionale
""",
  ("contract_documents", False, "0140403M", "normandie", "espace_acheteur", False, "fr",
   "Follow-up reply (Gmail quote): the convention is still missing after the region's answer."),
  irt="<SUP-070877.1775651700.2bb4@assistance.example.fr>")


# =====================================================================
# transfer_incident (7)
# =====================================================================

H("outlook365", ("Nicolas Hamonic", "vie-scolaire@styves-loudeac.fr"),
  "Transferts EcoleDirecte arrêtés depuis vendredi", "04-13 08:29",
  """Bonjour,

Le dernier transfert vers EcoleDirecte date de vendredi 14 h. Depuis, les notes saisies dans Charlemagne n'apparaissent plus côté familles, et deux parents m'ont déjà appelé ce matin.

Le poste qui fait les transferts est allumé et Charlemagne Outils semble tourner.

Pouvez-vous regarder ?

Nicolas Hamonic
Responsable vie scolaire
Collège privé Saint-Yves-des-Landes, Loudéac – UAI 0221723D
""",
  ("transfer_incident", False, "0221723D", "bretagne", "ecoledirecte", False, "fr",
   "Last EcoleDirecte transfer three days old; families no longer see grades."))

H("thunderbird", ("Jérémy Cadiou", "informatique@ste-therese-kerbernez.fr"),
  "Licence Charlemagne après changement de serveur", "04-08 09:02",
  """Bonjour,

Nous avons remplacé ce week-end le serveur qui héberge Charlemagne. Depuis la réinstallation, Charlemagne affiche que la licence n'est pas valide sur ce poste, et les transferts vers EcoleDirecte sont arrêtés. Il faut donc, je crois, régénérer la licence.

Pouvez-vous le faire ? Numéro d'établissement (UAI) : 0290059G.

Merci,

-- 
Jérémy Cadiou
Technicien informatique
Lycée privé Sainte-Thérèse-de-Kerbernez, Quimper
""",
  ("transfer_incident", False, "0290059G", "bretagne", "ecoledirecte", False, "fr",
   "Licence to regenerate after a server change; transfers stopped."))

H("gmail", ("Caroline Hubert", "secretariat.direction@ste-croix-sablons.fr"),
  "mot de passe de maintenance du jour", "04-16 08:12",
  """Bonjour,

Charlemagne me demande le « mot de passe de maintenance du jour » pour lancer la réindexation de la base (l'éditeur de bulletins plante depuis hier). Pourriez-vous me le communiquer ?

Je ne parle pas de mon mot de passe EcoleDirecte, qui fonctionne très bien.

Merci,
Caroline Hubert – secrétariat de direction
Institution Sainte-Croix-des-Sablons, Le Mans – 0720340D
""",
  ("transfer_incident", False, "0720340D", "pays-de-la-loire", "ecoledirecte", True, "fr",
   "Asks for the daily maintenance password to reindex the Charlemagne base: transfer_incident per the taxonomy, not password_reset (she says her own password works)."))

H("outlook_desktop", ("Freddy Guilbaud", "numerique@lap-stgabriel-marais.fr"),
  "Charlemagne Outils mis en quarantaine par l'antivirus", "04-09 14:06",
  """Bonjour,

Depuis la mise à jour de notre antivirus lundi, le programme Charlemagne Outils est mis en quarantaine dès son lancement. Résultat : plus aucun transfert vers EcoleDirecte depuis trois jours.

Notre prestataire veut savoir quels exécutables et quels dossiers exclure de l'analyse. Pouvez-vous nous transmettre la liste ?

Cordialement,

Freddy Guilbaud
Référent numérique – Lycée agricole privé Saint-Gabriel-des-Marais (CNEAP)
UAI 0851794N
""",
  ("transfer_incident", False, "0851794N", "pays-de-la-loire", "ecoledirecte", False, "fr",
   "The antivirus quarantines Charlemagne Outils, so transfers no longer run (private agricultural lycée)."))

H("outlook_html", ("Benjamin Roussel", "b.roussel@nd-flers.fr"),
  "Processus Outils.exe bloqués - transferts EcoleDirecte", "04-22 10:03",
  """Bonjour,

Les transferts vers EcoleDirecte ne partent plus depuis ce matin. Dans le gestionnaire des tâches du serveur, je vois quatre processus « Outils.exe » qui ne se terminent jamais, et le diagnostic de Charlemagne reste bloqué sur « Transfert en cours ».

Faut-il les arrêter ? Je n'ose pas le faire sans votre avis.

Merci,

Benjamin Roussel
Collège privé Notre-Dame, Flers
UAI : 0611449U
""",
  ("transfer_incident", False, "0611449U", "normandie", "ecoledirecte", False, "fr",
   "HTML-only Outlook message: several Outils.exe processes stuck; transfers hang."))

H("apple", ("Vincent Lecarpentier", "direction@stegenevieve-bessin.fr"),
  "Fwd: notes pas visibles sur EcoleDirecte", "04-15 08:03",
  """Bonjour,

Je vous transfère le message d'une de nos enseignantes. Depuis le 2 avril, les notes saisies dans Charlemagne ne remontent plus sur EcoleDirecte. Pouvez-vous regarder ce qui bloque ?

Bien cordialement,

Vincent Lecarpentier
Chef d'établissement
Lycée privé Sainte-Geneviève-du-Bessin – UAI 0141927U

Début du message réexpédié :

> De: Sophie Jamet <s.jamet@stegenevieve-bessin.fr>
> Objet: notes pas visibles sur EcoleDirecte
> Date: 14 avril 2026 à 18:32:10 UTC+2
> À: Direction <direction@stegenevieve-bessin.fr>
> 
> Bonjour Monsieur Lecarpentier,
> 
> Plusieurs parents de 1re me signalent qu'ils ne voient pas les notes du contrôle de SES du 3 avril sur EcoleDirecte. Je les ai pourtant saisies dans Charlemagne le jour même…
> 
> Sophie Jamet
""",
  ("transfer_incident", False, "0141927U", "normandie", "ecoledirecte", True, "fr",
   "Apple Mail forward ('Début du message réexpédié') of a teacher's message: grades no longer reach EcoleDirecte. Written by the head of a private school, but it asks for a technical fix, not a head-of-establishment request."),
  html="auto")

H("outlook_desktop", ("Thibault Chevrier", "informatique@stjean-brenne.fr"),
  "Nouveau pare-feu : diagnostic Charlemagne en échec", "04-07 15:20",
  """Bonjour,

Notre prestataire réseau a installé vendredi un nouveau pare-feu avec proxy filtrant. Depuis, le diagnostic de Charlemagne échoue à l'étape « Test de connexion au serveur EcoleDirecte » et aucun transfert ne passe.

Quels paramètres (adresses, ports, proxy HTTP) faut-il renseigner dans Charlemagne Outils ? Et quels domaines faut-il autoriser sur le pare-feu ?

Merci,

Thibault Chevrier
Responsable informatique – Lycée privé Saint-Jean-de-Brenne, Le Blanc
UAI 0360770S
""",
  ("transfer_incident", False, "0360770S", "centre-val-de-loire", "ecoledirecte", False, "fr",
   "New firewall/proxy: the Charlemagne diagnostic fails on the connection test; asks which settings and domains to allow."))


# =====================================================================
# automated (20)
# =====================================================================

def desk_msg(to_addr, subj, body, date, ref):
    """Our own outgoing message, as carried inside bounces and receipts."""
    dt = when(date)
    return ("From: Assistance <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <%s@assistance.example.fr>\n"
            "Auto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" % (DESK, to_addr, ew(subj), fdate(dt), ref)
            ).encode() + quopri.encodestring(body.encode("utf-8"))


def desk_headers(to_addr, subj, date, ref):
    dt = when(date)
    return ("From: Assistance <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <%s@assistance.example.fr>\n"
            "Auto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
            % (DESK, to_addr, ew(subj), fdate(dt), ref))


# Exchange Online out-of-office, French
H("outlook365", ("Isabelle Cornu", "compta@stjulien-sablons.fr"),
  "Réponse automatique : [#SUP-072455] Votre demande de devis", "04-20 10:41",
  """Bonjour,

Je suis absente du samedi 18 avril au lundi 4 mai inclus et ne consulte pas ma messagerie.

Pour toute question urgente concernant la comptabilité de l'OGEC, merci de contacter l'accueil au 02 43 00 51 20.

Cordialement,
Isabelle Cornu
""",
  ("automated", False, None, None, None, False, "fr",
   "Exchange Online out-of-office in French (Auto-Submitted: auto-generated, X-Auto-Response-Suppress), during the spring holidays."),
  irt="<SUP-072455.1776674400.8e12@assistance.example.fr>",
  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
         ("X-MS-Exchange-Inbox-Rules-Loop", "compta@stjulien-sablons.fr")])

# Zimbra vacation reply, academic mailbox
H("plain", ("Soizic Le Goff", "soizic.le-goff@ac-rennes.fr"),
  "Absence - CDI fermé pendant les vacances", "04-21 14:02",
  """Bonjour,

Je suis absente jusqu'au lundi 4 mai. Le CDI du lycée est fermé pendant les vacances de printemps.

Bonnes vacances !
Soizic Le Goff
""",
  ("automated", False, None, "bretagne", None, False, "fr",
   "Academic webmail vacation reply: 'Auto-Submitted: auto-replied (zimbra; vacation)'. Region from the ac-rennes.fr sender."),
  irt="<SUP-072503.1776772800.4a0e@assistance.example.fr>",
  extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("X-Mailer", "Zimbra 10.1.2_GA_4650")])

# Gmail vacation responder, English
H("gmail", ("Rachel Whitfield", "rachel.whitfield.nantes@gmail.com"),
  "Away until 4 May", "04-18 09:27",
  """Hi,

Thanks for your message. I'm away for the Easter holidays until Monday 4 May, with very limited access to email. I'll get back to you when I'm back.

Rachel
""",
  ("automated", False, None, None, None, False, "en",
   "English Gmail vacation responder (Auto-Submitted: auto-replied)."),
  irt="<SUP-071955.1776497220.aa03@assistance.example.fr>",
  extra=[("Auto-Submitted", "auto-replied")])

# Postfix bounce, user unknown
_orig = desk_msg("CDI LPA Montoire <cdi.lpa-montoire@educagri.fr>", "[#SUP-072731] Votre demande d'ouverture de compte",
                 "Bonjour,\n\nPour ouvrir le compte client de votre établissement, remplissez le formulaire\nd'inscription en ligne ; "
                 "votre demande sera validée sous 48 heures.\n\nCordialement,\nL'équipe d'assistance\n",
                 "04-22 10:15", "SUP-072731.1776845700.11f0")
A([("Return-Path", "<>"),
   ("From", "Mail Delivery System <MAILER-DAEMON@relais2.educagri.fr>"),
   ("To", DESK_TO),
   ("Subject", "Undelivered Mail Returned to Sender"),
   ("Date", "@DATE"),
   ("Message-ID", "<20260422081537.7C1F2A0012@relais2.educagri.fr>"),
   ("Auto-Submitted", "auto-replied")],
  multipart("report", [
      text_part("""This is the mail system at host relais2.educagri.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<cdi.lpa-montoire@educagri.fr>: host mbx3.educagri.fr[198.51.100.61] said:
    550 5.1.1 <cdi.lpa-montoire@educagri.fr>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
""", cs="us-ascii", cte="7bit", extra=[("Content-Description", "Notification")]),
      Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
           b"""Reporting-MTA: dns; relais2.educagri.fr
X-Postfix-Queue-ID: 7C1F2A0012
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Wed, 22 Apr 2026 10:15:36 +0200 (CEST)

Final-Recipient: rfc822; cdi.lpa-montoire@educagri.fr
Original-Recipient: rfc822;cdi.lpa-montoire@educagri.fr
Action: failed
Status: 5.1.1
Remote-MTA: dns; mbx3.educagri.fr
Diagnostic-Code: smtp; 550 5.1.1 <cdi.lpa-montoire@educagri.fr>: Recipient
    address rejected: User unknown in virtual mailbox table
"""),
      Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], _orig)],
      bnd="7C1F2A0012.1776845737/relais2.educagri.fr", params="; report-type=delivery-status",
      preamble="This is a MIME-encapsulated message."),
  ("automated", False, None, None, None, False, "en",
   "Postfix bounce (multipart/report delivery-status, original attached), null Return-Path: user unknown at a lycée agricole address."),
  "04-22 10:15", "relais2.educagri.fr", auth=auth_results("relais2.educagri.fr", "none"))

# Exchange Online NDR in French
_ndr_html = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="font-family:'Segoe UI',Frutiger,Arial,sans-serif">
<p style="font-size:16pt;color:#C00000">Votre message à f.carre@cfa-hotellerie-orleans.fr n'a pas pu être remis.</p>
<p>f.carre n'a pas été trouvé dans cfa-hotellerie-orleans.fr.</p>
<table><tr><td>support@assistance.example.fr<br>Expéditeur</td><td>Action requise</td>
<td>cfa-hotellerie-orleans.fr<br>Destinataire</td></tr></table>
<p><b>Adresse e-mail inconnue</b></p>
<p><b>Comment résoudre le problème</b><br>L'adresse est peut-être mal orthographiée ou n'existe pas.
Essayez de corriger l'adresse du destinataire, puis renvoyez le message.</p>
<p style="color:#666">Serveur ayant généré le message : PR1P264MB2047.FRAP264.PROD.OUTLOOK.COM<br>
Code d'erreur : 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup</p>
</div>
</body>
</html>
"""
A([("Return-Path", "<>"),
   ("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@cfa-hotellerie-orleans.fr>"),
   ("To", DESK),
   ("Subject", ew("Non remis : [#SUP-072218] Changement d'administrateur de votre structure")),
   ("Date", "@DATEUTC"),
   ("Message-ID", "<c6a1b0e2-71d4-4f0b-9a55-1d0c2e9f7b31@PR1P264MB2047.FRAP264.PROD.OUTLOOK.COM>"),
   ("In-Reply-To", "<SUP-072218.1775642400.b7e4@assistance.example.fr>"),
   ("References", "<SUP-072218.1775642400.b7e4@assistance.example.fr>"),
   ("Thread-Topic", ew("[#SUP-072218] Changement d'administrateur de votre structure", name="Thread-Topic")),
   ("Auto-Submitted", "auto-replied"),
   ("X-MS-Exchange-Message-Is-Ndr", ""),
   ("Content-Language", "fr-FR")],
  multipart("report", [
      multipart("alternative", [
          text_part("""Votre message à f.carre@cfa-hotellerie-orleans.fr n'a pas pu être remis.

f.carre n'a pas été trouvé dans cfa-hotellerie-orleans.fr.

Adresse e-mail inconnue

Comment résoudre le problème
L'adresse est peut-être mal orthographiée ou n'existe pas. Essayez de corriger l'adresse du destinataire, puis renvoyez le message.
""", cte="quoted-printable"),
          text_part(_ndr_html, "html", cte="quoted-printable")], bnd="_000_" + rup(24) + "_"),
      Part([("Content-Type", "message/delivery-status")],
           b"""Reporting-MTA: dns;PR1P264MB2047.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Wed, 8 Apr 2026 08:40:12 +0000

Final-Recipient: rfc822;f.carre@cfa-hotellerie-orleans.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""),
      Part([("Content-Type", "text/rfc822-headers")],
           desk_headers("f.carre@cfa-hotellerie-orleans.fr", "[#SUP-072218] Changement d'administrateur de votre structure",
                        "04-08 10:40", "SUP-072218.1775642400.b7e4").encode())],
      bnd="_004_" + rup(24) + "_", params="; report-type=delivery-status"),
  ("automated", False, None, None, None, False, "fr",
   "Exchange Online non-delivery report in French ('Non remis :'), multipart/report with an HTML explanation: the former administrator's mailbox no longer exists."),
  "04-08 10:40", "PR0P264CU004.outbound.protection.outlook.com",
  auth=auth_results("cfa-hotellerie-orleans.fr", "nodkim"))

# Outlook read receipt in French, academic sender
A([("Return-Path", "<jean-marc.bouvet@ac-nantes.fr>"),
   ("From", "Jean-Marc Bouvet <jean-marc.bouvet@ac-nantes.fr>"),
   ("To", DESK_TO),
   ("Subject", ew("Lu : [#SUP-072602] Mail de nouveau mot de passe jamais reçu")),
   ("Date", "@DATE"),
   ("Message-ID", "<000101dcce71$5a1c2f40$0e548dc0$@ac-nantes.fr>"),
   ("X-Mailer", "Microsoft Outlook 16.0"),
   ("Thread-Index", "AdzOcVoJ0eWm7XmqQzKjZ2L8bVq1Ww=="),
   ("Content-Language", "fr")],
  multipart("report", [
      text_part("""Votre message

  À : Jean-Marc Bouvet
  Objet : [#SUP-072602] Mail de nouveau mot de passe jamais reçu
  Envoyé : jeudi 16 avril 2026 10:02:33 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le jeudi 16 avril 2026 10:47:05 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""", cs="iso-8859-1", cte="quoted-printable"),
      Part([("Content-Type", "message/disposition-notification")],
           b"""Reporting-UA: ac-nantes.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;jean-marc.bouvet@ac-nantes.fr
Original-Message-ID: <SUP-072602.1776326553.d45c@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
""")], bnd="----=_NextPart_000_0013_01DCCE71.5A1C2F40", params="; report-type=disposition-notification"),
  ("automated", False, None, "pays-de-la-loire", None, False, "fr",
   "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from the ac-nantes.fr sender."),
  "04-16 10:47", "smtp3.ac-nantes.fr", auth=auth_results("ac-nantes.fr"))

# Thunderbird return receipt in French
A([("Return-Path", "<stephane.lepetit@ac-normandie.fr>"),
   ("From", "=?UTF-8?Q?St=C3=A9phane_Lepetit?= <stephane.lepetit@ac-normandie.fr>"),
   ("To", DESK_TO),
   ("Subject", ew("Accusé de réception (affiché) - [#SUP-071508] Mails no-reply reçus par mon collègue mais pas par moi", "UTF-8")),
   ("Date", "@DATE"),
   ("Message-ID", "<%s@ac-normandie.fr>" % ruuid()),
   ("User-Agent", "Mozilla Thunderbird")],
  multipart("report", [
      text_part("""Ceci est un accusé de réception pour le courriel que vous avez envoyé à stephane.lepetit@ac-normandie.fr.

Note : cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le destinataire a lu ou compris le contenu du message.
""", cs="UTF-8", cte="8bit"),
      Part([("Content-Type", "message/disposition-notification; name=\"MDNPart2.txt\""),
            ("Content-Disposition", "inline"), ("Content-Transfer-Encoding", "7bit")],
           b"""Reporting-UA: Mozilla Thunderbird
Final-Recipient: rfc822;stephane.lepetit@ac-normandie.fr
Original-Message-ID: <SUP-071508.1775052540.0c9a@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
"""),
      Part([("Content-Type", "text/rfc822-headers; name=\"MDNPart3.txt\""),
            ("Content-Transfer-Encoding", "7bit"), ("Content-Disposition", "inline")],
           desk_headers("stephane.lepetit@ac-normandie.fr",
                        "[#SUP-071508] Mails no-reply reçus par mon collègue mais pas par moi",
                        "04-01 16:09", "SUP-071508.1775052540.0c9a").encode())],
      bnd="------------" + ralnum(24), params="; report-type=disposition-notification"),
  ("automated", False, None, "normandie", None, False, "fr",
   "Thunderbird return receipt in French, multipart/report disposition-notification. Region from the ac-normandie.fr sender."),
  "04-02 08:31", "smtp2.ac-normandie.fr", auth=auth_results("ac-normandie.fr"))

# Newsletter
_nl_text = """LA LETTRE – Livre et lecture en Bretagne – avril 2026

À la une
- Prix des lecteurs des collèges bretons : les 6 titres de la sélection 2026-2027 sont connus.
- Journée professionnelle « Bibliothèques et établissements scolaires : construire des partenariats », Saint-Brieuc, 28 mai.
- Appel à projets « Lire en détention » : dépôt des dossiers jusqu'au 15 juin.

Agenda
- 25 avril : rencontre avec l'illustratrice Léa Morvan, médiathèque de Morlaix.
- 6 mai : atelier « Fonds documentaires et jeunes en situation de handicap », Rennes.

Vous recevez cette lettre car vous êtes inscrit(e) à notre liste d'information.
Se désinscrire : https://lettres.livrelecture-bzh.example.org/unsubscribe?u=8f31c2&l=avril26
"""
A([("Return-Path", "<bounce-8f31c2-avril26@lettres.livrelecture-bzh.example.org>"),
   ("From", "Livre et lecture en Bretagne <lettre@lettres.livrelecture-bzh.example.org>"),
   ("To", DESK),
   ("Subject", ew("La Lettre d'avril : prix des lecteurs, journée pro, appel à projets")),
   ("Date", "@DATE"),
   ("Message-ID", "<avril26.8f31c2.%s@lettres.livrelecture-bzh.example.org>" % rhex(10)),
   ("List-Id", "La Lettre Livre et lecture en Bretagne <lettre.livrelecture-bzh.example.org>"),
   ("List-Unsubscribe", "<https://lettres.livrelecture-bzh.example.org/unsubscribe?u=8f31c2&l=avril26>,\n <mailto:unsubscribe-8f31c2@lettres.livrelecture-bzh.example.org>"),
   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
   ("Precedence", "bulk"),
   ("X-Mailer", "Brevo")],
  multipart("alternative", [
      text_part(_nl_text, cte="quoted-printable"),
      text_part("<html><body style=\"font-family:Arial\">" + "".join(
          "<p>%s</p>" % htmlmod.escape(l) for l in _nl_text.split("\n") if l.strip()) + "</body></html>\n",
          "html", cte="quoted-printable")]),
  ("automated", False, None, None, None, False, "fr",
   "Regional book-network newsletter: List-Id, one-click List-Unsubscribe, Precedence: bulk."),
  "04-03 07:00", "smtp-relay.brevo.example.net",
  auth=auth_results("lettres.livrelecture-bzh.example.org"))

# Espace Acheteur notification to the desk
A([("Return-Path", "<bounces+8812@espace-acheteur.example.fr>"),
   ("From", "Espace Acheteur <no-reply@espace-acheteur.example.fr>"),
   ("To", DESK_TO),
   ("Subject", "Nouvelle demande de compte en attente de validation"),
   ("Date", "@DATE"),
   ("Message-ID", "<notif.20260410.%s@espace-acheteur.example.fr>" % rhex(6)),
   ("Auto-Submitted", "auto-generated"),
   ("X-Auto-Response-Suppress", "All")],
  multipart("alternative", [
      text_part("""Bonjour,

Une nouvelle demande de compte est en attente de validation pour la structure « CFA des Métiers de la Mer – Les Sables-d'Olonne », qui n'a pas d'administrateur désigné :

Demandeur : Rhys Morgan
Adresse : r.morgan@cfa-metiersdelamer.fr
Date de la demande : 10/04/2026 16:22

Pour valider ou refuser cette demande, connectez-vous à l'Espace Acheteur, rubrique « Gestion des utilisateurs ».

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", cte="8bit"),
      text_part("""<html><body>
<p>Bonjour,</p>
<p>Une nouvelle demande de compte est en attente de validation pour la structure « CFA des Métiers de la Mer – Les Sables-d'Olonne », qui n'a pas d'administrateur désigné :</p>
<p>Demandeur : Rhys Morgan<br>Adresse : r.morgan@cfa-metiersdelamer.fr<br>Date de la demande : 10/04/2026 16:22</p>
<p>Pour valider ou refuser cette demande, connectez-vous à l'Espace Acheteur, rubrique « Gestion des utilisateurs ».</p>
<p><i>Ce message est envoyé automatiquement, merci de ne pas y répondre.</i></p>
</body></html>
""", "html", cte="quoted-printable")]),
  ("automated", False, None, None, "espace_acheteur", False, "fr",
   "No-reply notification sent to the desk (administrator of structures without one): an account awaits validation. Auto-Submitted: auto-generated."),
  "04-10 16:22", "mail.espace-acheteur.example.fr", auth=auth_results("espace-acheteur.example.fr"))

# Ticket portal notification
A([("Return-Path", "<notifications@tickets.assistance.example.fr>"),
   ("From", "Portail d'assistance <notifications@tickets.assistance.example.fr>"),
   ("To", DESK_TO),
   ("Subject", ew("[Portail d'assistance] Ticket #48213 mis à jour : Licence Charlemagne après changement de serveur")),
   ("Date", "@DATE"),
   ("Message-ID", "<ticket-48213-update-6@tickets.assistance.example.fr>"),
   ("Auto-Submitted", "auto-generated"),
   ("X-Auto-Response-Suppress", "All"),
   ("Precedence", "bulk")],
  text_part("""Le ticket #48213 a été mis à jour par l'éditeur.

Statut : En attente de votre retour
Dernier message (éditeur, 09/04/2026 11:52) :
« La licence a été régénérée. Merci de relancer Charlemagne Outils et de nous confirmer la reprise des transferts. »

Voir le ticket : https://tickets.assistance.example.fr/tickets/48213

Vous recevez cette notification car vous suivez ce ticket.
""", cte="quoted-printable"),
  ("automated", False, None, None, "ticket_portal", False, "fr",
   "Ticket-portal notification: a ticket the desk opened with the software vendor was updated. Auto-Submitted: auto-generated."),
  "04-09 11:53", "mail.tickets.assistance.example.fr", auth=auth_results("tickets.assistance.example.fr"))

# E-signature completed, no automation header
A([("Return-Path", "<bounce+c41e7@esignature.example.fr>"),
   ("From", "Signature électronique <no-reply@esignature.example.fr>".replace("Signature électronique", ew("Signature électronique", name="From"))),
   ("To", DESK_TO),
   ("Subject", ew("Document signé : Convention de partenariat médiathèque – collège 2026")),
   ("Date", "@DATE"),
   ("Message-ID", "<env-2026-04-c41e7-completed@esignature.example.fr>")],
  multipart("alternative", [
      text_part("""Bonjour,

Toutes les parties ont signé le document « Convention de partenariat Médiathèque Terres de Retz – Collège Jules-Verne 2026 ».

Signataires :
- Corinne Guérin (Médiathèque intercommunale Terres de Retz) – signé le 22/04/2026 à 10:14
- Principal du collège Jules-Verne – signé le 23/04/2026 à 08:37
- Assistance (copie) – destinataire en copie

Le document signé et son certificat de preuve sont disponibles pendant 30 jours :
https://esignature.example.fr/e/c41e7/download

Ce courriel a été envoyé par la plateforme de signature électronique. Merci de ne pas y répondre.
""", cte="quoted-printable"),
      text_part("""<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2 style="color:#1b5e20">Document signé</h2>
<p>Toutes les parties ont signé le document <b>« Convention de partenariat Médiathèque Terres de Retz – Collège Jules-Verne 2026 »</b>.</p>
<p><a href="https://esignature.example.fr/e/c41e7/download">Télécharger le document signé</a></p>
<p style="font-size:11px;color:#777">Ce courriel a été envoyé par la plateforme de signature électronique. Merci de ne pas y répondre.</p>
</body></html>
""", "html", cte="quoted-printable")]),
  ("automated", False, None, None, "esignature", True, "fr",
   "E-signature 'completed' notification for a partnership convention: transactional mail without Auto-Submitted or Precedence; the no-reply sender and the wording show it is automatic."),
  "04-23 08:38", "out2.esignature.example.fr", auth=auth_results("esignature.example.fr"))

# Client-side out-of-office, no automation header at all
H("thunderbird", ("Armelle Poirier", "intendance.lpa-perche@educagri.fr"),
  "Absente jusqu'au 4 mai", "04-20 11:03",
  """Bonjour,

Ceci est une réponse automatique : je suis en congés jusqu'au lundi 4 mai inclus.

Pour toute urgence relative à l'intendance du LPA du Perche, merci d'appeler le standard du lycée.

Armelle Poirier
""",
  ("automated", False, None, None, None, True, "fr",
   "Out-of-office sent by a client-side filter: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording ('réponse automatique') shows it is automatic."))

# A mailing-list post the desk receives as a subscriber
H("thunderbird", ("Isabelle Marguerite", "isabelle.marguerite@ac-normandie.fr"),
  "[doc-normandie] Mot de passe e-sidoc : comment faites-vous ?", "04-08 17:44",
  """Bonjour à toutes et à tous,

Petite question pratique : dans vos établissements, qui garde le mot de passe administrateur du portail e-sidoc quand le ou la documentaliste change ? Chez nous (lycée agricole et EREA réunis sur le même site), personne ne l'avait et il a fallu passer par une demande écrite du chef d'établissement.

Vos astuces m'intéressent !

Isabelle Marguerite
Professeure documentaliste

_______________________________________________
doc-normandie mailing list
doc-normandie@listes.ac-normandie.fr
https://listes.ac-normandie.fr/sympa/info/doc-normandie
""",
  ("automated", False, None, "normandie", "esidoc", True, "fr",
   "A librarian's real question about e-sidoc passwords, but posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered. Region from the sender's ac-normandie.fr address."),
  to="doc-normandie@listes.ac-normandie.fr", mailfrom="doc-normandie-owner@listes.ac-normandie.fr",
  relay="listes.ac-normandie.fr",
  extra=[("Sender", "doc-normandie-request@listes.ac-normandie.fr"),
         ("List-Id", "<doc-normandie.listes.ac-normandie.fr>"),
         ("List-Post", "<mailto:doc-normandie@listes.ac-normandie.fr>"),
         ("List-Unsubscribe", "<mailto:sympa@listes.ac-normandie.fr?subject=unsubscribe%20doc-normandie>"),
         ("List-Archive", "<https://listes.ac-normandie.fr/sympa/arc/doc-normandie>"),
         ("Precedence", "list"),
         ("X-Loop", "doc-normandie@listes.ac-normandie.fr")])

# Another help desk's acknowledgement (loop risk)
A([("Return-Path", "<>"),
   ("From", ew("Assistance académique Orléans-Tours", name="From") + " <assistance@ac-orleans-tours.fr>"),
   ("To", DESK_TO),
   ("Subject", ew("[Ticket#2026041610000417] Accusé de réception : RE: [#SUP-072640] Mail d'activation e-sidoc")),
   ("Date", "@DATE"),
   ("Message-ID", "<1776330412.418227.2026041610000417@assistance.ac-orleans-tours.fr>"),
   ("In-Reply-To", "<SUP-072640.1776330300.e8a2@assistance.example.fr>"),
   ("Auto-Submitted", "auto-replied"),
   ("X-Loop", "assistance@ac-orleans-tours.fr"),
   ("Precedence", "bulk"),
   ("X-OTRS-Loop", "yes")],
  text_part("""Bonjour,

Votre message a bien été reçu par l'assistance académique et enregistré sous la référence [Ticket#2026041610000417].

Un technicien le prendra en charge dans les meilleurs délais. Pour compléter votre demande, répondez à ce message en conservant la référence dans l'objet.

Ceci est un message automatique, merci de ne pas y répondre directement.

Assistance académique – Rectorat de la région académique Centre-Val de Loire
""", cte="quoted-printable"),
  ("automated", False, None, "centre-val-de-loire", None, False, "fr",
   "Another help desk's automatic acknowledgement of a message the desk forwarded to it (Auto-Submitted, X-Loop, null Return-Path): answering it would start a mail loop. Region from the ac-orleans-tours.fr sender."),
  "04-16 11:06", "smtp5.ac-orleans-tours.fr", auth=auth_results("ac-orleans-tours.fr", "nodkim", "ac-orleans-tours.fr"))

# Delay warning from our own relay
_orig2 = desk_headers("compta@lpm-noirmoutier.fr", "[#SUP-072688] Relance facture FA-2026-02764", "04-13 11:20",
                      "SUP-072688.1776072000.5b3d")
A([("Return-Path", "<>"),
   ("From", "Mail Delivery System <MAILER-DAEMON@relay.assistance.example.fr>"),
   ("To", DESK),
   ("Subject", "Delayed Mail (still being retried)"),
   ("Date", "@DATE"),
   ("Message-ID", "<20260417112016.4F8B21C0456@relay.assistance.example.fr>"),
   ("Auto-Submitted", "auto-replied")],
  multipart("report", [
      text_part("""This is the mail system at host relay.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<compta@lpm-noirmoutier.fr>: connect to mx.lpm-noirmoutier.fr[203.0.113.87]:25:
    Connection timed out
""", cs="us-ascii", cte="7bit", extra=[("Content-Description", "Notification")]),
      Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
           b"""Reporting-MTA: dns; relay.assistance.example.fr
X-Postfix-Queue-ID: 4F8B21C0456
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Mon, 13 Apr 2026 11:20:02 +0200 (CEST)

Final-Recipient: rfc822; compta@lpm-noirmoutier.fr
Original-Recipient: rfc822;compta@lpm-noirmoutier.fr
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.lpm-noirmoutier.fr[203.0.113.87]:25:
    Connection timed out
Will-Retry-Until: Sat, 18 Apr 2026 11:20:02 +0200 (CEST)
"""),
      Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
           _orig2.encode())],
      bnd="4F8B21C0456.1776417616/relay.assistance.example.fr", params="; report-type=delivery-status",
      preamble="This is a MIME-encapsulated message."),
  ("automated", False, None, None, None, False, "en",
   "Delay warning from our own relay ('Delayed Mail (still being retried)', Action: delayed): not a failure, still automatic."),
  "04-13 15:20", "relay.assistance.example.fr")

# School-office vacation reply from the ce.<UAI> mailbox
H("plain", ("Secrétariat EREA de Saint-Malo", "ce.0350761M@ac-rennes.fr"),
  "Secrétariat fermé du 18 avril au 3 mai", "04-22 09:58",
  """Bonjour,

Le secrétariat de l'EREA est fermé pendant les vacances de printemps, du 18 avril au 3 mai inclus. Votre message sera traité à la rentrée.

Pour les mots de passe e-sidoc et ENT des élèves, merci de vous adresser au CDI à la reprise.

Le secrétariat
""",
  ("automated", False, "0350761M", "bretagne", None, False, "fr",
   "Out-of-office of a school office (ce.<UAI> address, Zimbra vacation header) that mentions passwords and e-sidoc; the UAI comes from the address."),
  irt="<SUP-072777.1776844500.0f3d@assistance.example.fr>",
  extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")])

# Host-provided autoresponder without Auto-Submitted
H("plain", ("CFA des Métiers de la Mer", "contact@cfa-metiersdelamer.fr"),
  "Accusé de réception automatique", "04-24 16:12",
  """Bonjour,

Merci pour votre message. Le secrétariat du CFA des Métiers de la Mer est fermé jusqu'au 3 mai inclus. Votre courriel sera traité à notre retour.

Cordialement,
Le secrétariat
""",
  ("automated", False, None, None, None, False, "fr",
   "Host-provided autoresponder: only 'X-Autoreply: yes' and 'X-Autorespond', no Auto-Submitted."),
  mailfrom="contact@cfa-metiersdelamer.fr", relay="mo4521.mail-out.hosting-provider.example.net",
  extra=[("X-Autoreply", "yes"), ("X-Autorespond", "Accusé de réception automatique".replace("é", "e")),
         ("X-Mailer", "Autoresponder")])

# Bounce for a ce.<UAI> mailbox that is over quota
A([("Return-Path", "<>"),
   ("From", "MAILER-DAEMON@ac-nantes.fr (Mail Delivery System)"),
   ("To", DESK),
   ("Subject", "Undelivered Mail Returned to Sender"),
   ("Date", "@DATE"),
   ("Message-ID", "<20260407132206.A41E53E0B7@smtp2.ac-nantes.fr>"),
   ("Auto-Submitted", "auto-replied")],
  multipart("report", [
      text_part("""This is the mail system at host smtp2.ac-nantes.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<ce.0441876A@ac-nantes.fr>: host mbox4.ac-nantes.fr[192.0.2.44] said: 552
    5.2.2 <ce.0441876A@ac-nantes.fr>: Mailbox full / Boite aux lettres pleine
    (in reply to RCPT TO command)
""", cs="us-ascii", cte="7bit", extra=[("Content-Description", "Notification")]),
      Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
           b"""Reporting-MTA: dns; smtp2.ac-nantes.fr
X-Postfix-Queue-ID: A41E53E0B7
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Tue,  7 Apr 2026 15:22:05 +0200 (CEST)

Final-Recipient: rfc822; ce.0441876A@ac-nantes.fr
Original-Recipient: rfc822;ce.0441876A@ac-nantes.fr
Action: failed
Status: 5.2.2
Remote-MTA: dns; mbox4.ac-nantes.fr
Diagnostic-Code: smtp; 552 5.2.2 <ce.0441876A@ac-nantes.fr>: Mailbox full
"""),
      Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")],
           desk_msg("ce.0441876A@ac-nantes.fr", "[#SUP-072350] Lien de réinitialisation e-sidoc",
                    "Bonjour,\n\nUn lien de réinitialisation du mot de passe a été envoyé à l'adresse officielle\n"
                    "de votre établissement. Il est valable 12 heures.\n\nCordialement,\nL'équipe d'assistance\n",
                    "04-07 15:22", "SUP-072350.1775568120.93aa"))],
      bnd="A41E53E0B7.1775568126/smtp2.ac-nantes.fr", params="; report-type=delivery-status",
      preamble="This is a MIME-encapsulated message."),
  ("automated", False, "0441876A", "pays-de-la-loire", None, True, "en",
   "Postfix bounce (null Return-Path, multipart/report, English notification; the returned message is ours, in French): the establishment's official mailbox ce.0441876A@ac-nantes.fr is full. Automated, never answered; the UAI appears in the failed address, so it is labelled; region from it (and the ac-nantes.fr sender agrees)."),
  "04-07 15:22", "smtp2.ac-nantes.fr", auth=auth_results("ac-nantes.fr", "none"))

# Bilingual Exchange out-of-office
H("outlook365", ("Margaret O'Sullivan", "head@annedebretagne-nantes.fr"),
  "Réponse automatique : Appointment of a new structure administrator - Espace Acheteur", "04-17 16:20",
  """Bonjour,

Je suis en déplacement avec les élèves de la section internationale du 17 au 24 avril, avec un accès limité à ma messagerie. Pour toute question urgente, merci de contacter le secrétariat de direction.

Hello,

I am travelling with our international section students from 17 to 24 April, with limited access to email. For anything urgent, please contact the school office.

Margaret O'Sullivan
""",
  ("automated", False, None, None, None, False, "fr",
   "Bilingual (French first, then English) Exchange out-of-office: Auto-Submitted: auto-generated, X-Auto-Response-Suppress. lang fr as the French part comes first."),
  irt="<SUP-072590.1776416400.3c71@assistance.example.fr>",
  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

# e-sidoc weekly statistics
A([("Return-Path", "<bounces@esidoc.example.fr>"),
   ("From", "e-sidoc <no-reply@esidoc.example.fr>"),
   ("To", DESK_TO),
   ("Subject", ew("Statistiques hebdomadaires de votre portail – semaine 16")),
   ("Date", "@DATE"),
   ("Message-ID", "<stats-w16-demo-assistance.%s@esidoc.example.fr>" % rhex(8)),
   ("Auto-Submitted", "auto-generated"),
   ("Precedence", "bulk")],
  text_part("""Portail : Démonstration – équipe d'assistance
Période : du 13 au 19 avril 2026

Visites : 38 (semaine précédente : 52)
Recherches : 117
Notices consultées : 264
Ressources numériques ouvertes : 9
Réservations : 0

Consultez le détail dans votre back-office, rubrique « Statistiques ».

Ce message vous est envoyé automatiquement chaque lundi. Pour ne plus le recevoir, modifiez vos préférences de notification.
""", cte="quoted-printable"),
  ("automated", False, None, None, "esidoc", False, "fr",
   "Weekly e-sidoc statistics for the desk's demonstration portal: Auto-Submitted: auto-generated, Precedence: bulk."),
  "04-20 06:00", "mail.esidoc.example.fr", auth=auth_results("esidoc.example.fr"))


# =====================================================================
# other (18)
# =====================================================================

H("plain", ("Daniel Brooks", "daniel@rankrise-digital.com"),
  "Quick question about assistance.example.fr", "04-06 03:14",
  """Hi there,

I was checking assistance.example.fr and noticed it isn't ranking on page 1 for some very valuable keywords in your niche ("school library software", "education purchasing platform" and 40+ more).

We've helped 300+ businesses triple their organic traffic in 90 days with white-hat link building and technical SEO. Would you be open to a free audit? Just reply "YES" and I'll send it over within 24 hours.

Cheers,
Daniel Brooks
Growth Consultant | RankRise Digital

If you don't want to hear from me again, just reply "no thanks".
""",
  ("other", False, None, None, None, False, "en", "English SEO spam sent to the desk."),
  auth="none")

H("outlook_html", ("Messagerie académique", "securite@ac-normandie-webmail.com"),
  "Votre boîte aux lettres a atteint 98 % de son quota", "04-14 06:47",
  """Cher utilisateur,

Votre boîte aux lettres académique a atteint 98 % de son quota de stockage. Les nouveaux messages seront rejetés et votre compte sera suspendu sous 24 heures.

Pour conserver l'accès à votre messagerie, veuillez confirmer votre identifiant et votre mot de passe en cliquant sur le lien ci-dessous :

https://ac-normandie-webmail.com/quota/verification?id=support

Merci de votre compréhension.
Service informatique – Région académique
""",
  ("other", False, None, None, None, True, "fr",
   "Phishing ('mailbox full, confirm your password'). Mentions a password but is not password_reset; the look-alike domain ac-normandie-webmail.com is not an académie domain, so no region."),
  auth="nodkim")

H("zimbra", ("Maëlle Quéméner", "maelle.quemener@ac-rennes.fr"),
  "Re: [#SUP-072144] Mot de passe e-sidoc - CDI du lycée maritime", "04-08 11:02",
  """Merci beaucoup, ça a marché du premier coup ! Bonne fin de journée.
Maëlle

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Maëlle Quéméner" <maelle.quemener@ac-rennes.fr>
Envoyé: Mercredi 8 Avril 2026 10:21:07
Objet: [#SUP-072144] Mot de passe e-sidoc - CDI du lycée maritime

Bonjour,

Un lien de réinitialisation du mot de passe a été envoyé à l'adresse connue pour votre établissement. Il est valable 12 heures. Si le lien a expiré, faites une nouvelle demande.

Cordialement,
L'équipe d'assistance
""",
  ("other", False, None, "bretagne", "esidoc", True, "fr",
   "Thanks only, quoting the reset answer: the words 'mot de passe' and 'lien' appear but nothing is asked. Region from ac-rennes.fr."),
  irt="<SUP-072144.1775636467.6d0b@assistance.example.fr>")

H("iphone", ("Fabrice Moreau", "fabrice.moreau@ac-orleans-tours.fr"),
  "Re: [#SUP-071377] Votre demande", "04-06 19:26",
  """Bien reçu, merci.

Envoyé de mon iPhone
""",
  ("other", False, None, "centre-val-de-loire", None, False, "fr",
   "'Bien reçu, merci.' from a phone: nothing to do. Region from ac-orleans-tours.fr."),
  irt="<SUP-071377.1775491200.e310@assistance.example.fr>")

H("gmail", ("Sabrina Le Borgne", "sabrina.leborgne29@gmail.com"),
  "taxi IME", "04-13 07:51",
  """Bonjour

mon fils Enzo est a l'IME de Kerfeunteun, le taxi n'est pas passé ce matin ni vendredi. Personne ne répond au standard. Pouvez vous me dire qui appeler pour le transport svp ?

Merci
Sabrina Le Borgne
""",
  ("other", False, None, None, None, False, "fr",
   "A parent asks about her child's transport to the IME: wrong address, unrelated to the services."))

H("plain", ("Josiane Guillemot", "josiane.guillemot@laposte.net"),
  "livres pour la bibliothèque de la prison", "04-11 15:30",
  """Bonjour Madame, Monsieur,

Mon frère est détenu à la maison d'arrêt de Saint-Brieuc. Il me dit que la bibliothèque de la prison manque beaucoup de livres, surtout des romans policiers et des livres en grands caractères.

J'ai trois cartons de livres en bon état à donner. Est-ce que je peux vous les envoyer ? Ou à qui faut-il s'adresser ?

Merci de votre réponse.
Josiane Guillemot
""",
  ("other", False, None, None, None, False, "fr",
   "A detainee's relative offers books for the prison library: unrelated to the desk's services."),
  cs="utf-8", cte="8bit", auth="nodkim")

H("gmail", ("Noah Pellen", "noah.pellen.bts@gmail.com"),
  "Candidature stage - BTS Aquaculture", "04-02 22:18",
  """Madame, Monsieur,

Actuellement en première année de BTS Aquaculture au lycée maritime et aquacole, je recherche un stage de six semaines à partir du 1er juin dans le domaine de la gestion de données ou de l'informatique.

Votre structure m'intéresse beaucoup et je serais heureux de contribuer à vos projets. Vous trouverez mon CV en pièce jointe.

Je reste à votre disposition pour un entretien.

Cordialement,
Noah Pellen
06 00 00 47 21
""",
  ("other", False, None, None, None, False, "fr",
   "Unsolicited internship application from a BTS student, CV attached: other."),
  att=[pdf_att("CV_Noah_Pellen.pdf", [("B", "Noah PELLEN"), "BTS Aquaculture – 1re année", "",
                                      ("B", "Formation"), "2025-2027 : BTS Aquaculture", "2025 : Bac STAV", "",
                                      ("B", "Compétences"), "Tableur, bases de données, Python (débutant)"], "CV")])

H("plain", ("Service Facturation", "facturation@espace-achteur-paiement.com"),
  "Facture impayée N° 2026-88412 - dernier rappel avant pénalités", "04-15 05:02",
  """Madame, Monsieur,

Malgré nos précédentes relances, la facture N° 2026-88412 d'un montant de 3 874,20 € reste impayée.

Sans règlement sous 48 heures, des pénalités de retard et des frais de recouvrement seront appliqués, et l'accès à votre espace sera suspendu.

Vous trouverez la facture en pièce jointe. Le règlement s'effectue exclusivement par virement sur le nouveau compte indiqué dans le document.

Service Facturation
""",
  ("other", False, None, None, None, True, "fr",
   "Fake 'unpaid invoice' from a look-alike domain (espace-achteur-paiement.com), failing DMARC, asking for a transfer to a 'new account': phishing, not order_billing, and no platform since it is not the real product."),
  auth="softfail",
  att=[pdf_att("Facture_2026-88412.pdf", [("B", "FACTURE N° 2026-88412"), "", "Montant dû : 3 874,20 EUR",
                                          "Nouveau compte bancaire : voir lien de paiement sécurisé",
                                          "https://paiement-espace-achteur.example.com/regler"], "Facture")])

H("outlook365", ("Julien Marec", "j.marec@nautisim.fr"),
  "Simulateurs de navigation pour vos lycées maritimes", "04-07 10:05",
  """Bonjour,

Nautisim conçoit des simulateurs de passerelle et de pêche destinés aux formations maritimes (CAP, bac pro CGEM, BTS). Nous équipons déjà plusieurs lycées maritimes en France et outre-mer.

Je serais ravi de vous présenter notre nouvelle gamme lors d'une démonstration en visio de 30 minutes, ou sur site si vous le souhaitez. Seriez-vous disponible la semaine du 4 mai ?

Bien cordialement,

Julien Marec
Responsable commercial Grand Ouest – Nautisim
""",
  ("other", False, None, None, None, False, "fr",
   "Cold sales prospecting (ship simulators) written to the desk by one person, no list headers: other, not automated."))

H("outlook365", ("Nathalie Corbel", "n.corbel@mediatheques-paysderedon.fr"),
  "Désinscription", "04-17 14:44",
  """Bonjour,

Merci de me retirer de votre liste de diffusion : je ne m'occupe plus des achats du réseau des médiathèques depuis janvier.

Cordialement,
Nathalie Corbel
""",
  ("other", False, None, None, None, False, "fr",
   "A person asks to be removed from the newsletter: written by hand, so not automated."))

H("gmail", ("Hervé Tardif", "herve.tardif.formateur@gmail.com"),
  "Demande de suppression de mes données personnelles (RGPD)", "04-09 09:37",
  """Bonjour,

J'ai été formateur vacataire au GRETA jusqu'en décembre 2025 et j'avais à ce titre un compte sur votre plateforme.

Conformément à l'article 17 du RGPD, je vous demande de supprimer l'ensemble des données personnelles me concernant (nom, adresse électronique, historique) et de me confirmer cette suppression par écrit.

Cordialement,
Hervé Tardif
""",
  ("other", False, None, None, None, False, "fr",
   "GDPR erasure request from a former GRETA trainer: other (human review), not account_creation."))

H("zimbra", ("Gilles Hamon", "gilles.hamon@ac-nantes.fr"),
  "Partager un ticket avec une collègue ?", "04-23 17:15",
  """Bonjour,

Le portail de tickets fonctionne bien maintenant, merci. Petite question : comment puis-je partager un ticket avec ma collègue de l'unité locale d'enseignement, pour qu'elle puisse suivre les réponses quand je ne suis pas là ? Je ne trouve pas d'option « ajouter un participant ».

Merci,
Gilles Hamon
""",
  ("other", False, None, "pays-de-la-loire", "ticket_portal", False, "fr",
   "How to share a ticket with a colleague on the ticket portal: a how-to question with no category of its own. Region from ac-nantes.fr."))

H("outlook365", ("Gwenola Thépaut", "direction@nd-kreisker-brest.fr"),
  "Convention à signer : mauvais nom d'établissement", "04-10 12:28",
  """Bonjour,

Nous avons reçu pour signature électronique la convention de partenariat avec la médiathèque intercommunale. Le document indique comme établissement « Collège public Notre-Dame », alors que nous sommes un établissement privé sous contrat et que le cocontractant doit être l'OGEC Notre-Dame (UAI 0290953D).

Je ne veux pas signer un document erroné. Pouvez-vous faire corriger la convention ?

Cordialement,
Gwenola Thépaut
Cheffe d'établissement – Collège privé Notre-Dame, Brest
""",
  ("other", False, "0290953D", "bretagne", "esignature", True, "fr",
   "A convention sent for e-signature carries the wrong establishment name; only the document's sender (the library) can fix it. About a convention, but not access to contract documents, and written by a head but not a head-of-establishment request: other."))

H("gmail", ("Priya Raman", "priya@classbloom.io"),
  "Re: Partnership idea - AI reading assistant for school libraries", "04-16 15:02",
  """Hi again,

Just bumping this up in case it got buried. We'd love 20 minutes with your team: our pilots in three UK academies saw library loans go up 27% in one term.

Would next Tuesday or Wednesday work?

Best,
Priya

On Wed, Apr 8, 2026 at 4:11 PM Priya Raman <priya@classbloom.io> wrote:
> Hi,
>
> I'm the co-founder of ClassBloom, an AI reading assistant that plugs into
> school library catalogues and recommends books to each pupil. We're
> expanding to France and would love to explore a partnership with your
> platform.
>
> Are you the right person to talk to?
>
> Priya Raman
> Co-founder, ClassBloom
""",
  ("other", False, None, None, None, False, "en",
   "English partnership pitch from an edtech start-up, sent as a follow-up quoting her own first mail (Gmail English quote style)."))

H("zimbra", ("Bruno Lefranc", "bruno.lefranc@ac-normandie.fr"),
  "TROISIÈME RELANCE", "04-23 16:58",
  """Troisième relance. Toujours aucune réponse à ma demande, ni par mail ni par téléphone.

C'est inadmissible pour un service public. Si je n'ai rien d'ici vendredi, j'en parlerai à l'inspection.

B. Lefranc
""",
  ("other", False, None, "normandie", None, False, "fr",
   "Angry complaint about an unanswered request that says nothing about the topic: no category can be told. Region from ac-normandie.fr."))

H("outlook365", ("Thierry Jouanneau", "informatique@stmichel-argenton.fr"),
  "Transferts repartis - merci", "04-24 09:12",
  """Bonjour,

Juste pour vous dire que les transferts vers EcoleDirecte sont repartis ce matin après la régénération de la licence, et que les parents voient de nouveau les notes. Vous pouvez clore la demande.

Merci pour votre réactivité !

Thierry Jouanneau
Lycée privé Saint-Michel, Argenton-sur-Creuse
UAI 0360927M
""",
  ("other", False, "0360927M", "centre-val-de-loire", "ecoledirecte", False, "fr",
   "Thanks for fixing the transfers: mentions EcoleDirecte transfers but asks nothing (not transfer_incident)."))

H("thunderbird", ("Claire Duhamel", "claire.duhamel@ac-normandie.fr"),
  "Police adaptée aux élèves dyslexiques sur le portail ?", "04-03 12:37",
  """Bonjour,

J'enseigne dans l'unité d'enseignement d'un IME près de Lisieux. Beaucoup de nos élèves sont dyslexiques ou lisent difficilement.

Le portail e-sidoc permet-il d'afficher les notices avec une police adaptée (type OpenDyslexic), un interligne plus grand, ou une version en FALC ? Si oui, où se règle cette option ?

Merci d'avance,
Claire Duhamel
""",
  ("other", False, None, "normandie", "esidoc", False, "fr",
   "Feature question about accessibility settings on the e-sidoc portal: a how-to with no category of its own. Region from ac-normandie.fr."))

H("outlook365", ("Élise Rouxel", "e.rouxel@reseau-mediatheques-mayenne.fr"),
  "Intervention lors de notre journée professionnelle ?", "04-21 13:40",
  """Bonjour,

Le réseau des médiathèques organise le 11 juin une journée professionnelle « Médiathèques et établissements scolaires : travailler ensemble », avec les professeurs documentalistes du département.

Serait-il possible qu'une personne de votre équipe vienne présenter en 30 minutes les outils que vous proposez aux établissements ? Nous prenons en charge le déplacement et le repas.

Dans l'attente de votre retour,

Élise Rouxel
Coordinatrice du réseau des médiathèques
""",
  ("other", False, None, None, None, False, "fr",
   "Invitation to speak at a library network's professional day: unrelated to any support category."))


# =====================================================================
# output and self-checks
# =====================================================================

LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
UAI_LIKE = re.compile(r"(?<![0-9A-Za-z])(\d{3}) ?(\d{4}) ?([A-Za-z])(?![0-9A-Za-z])")


def write_all():
    assert len(MAILS) == 150, len(MAILS)
    order = list(range(len(MAILS)))
    random.Random(SEED + 1).shuffle(order)
    for old in os.listdir(HERE):
        if re.fullmatch(r"h\d{3}\.eml", old):
            os.remove(os.path.join(HERE, old))
    lines = []
    for n, idx in enumerate(order, 1):
        raw, lab = MAILS[idx]
        name = "h%03d.eml" % n
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(raw)
        row = {"file": name}
        row.update(lab)
        lines.append(json.dumps({k: row[k] for k in LABEL_KEYS}, ensure_ascii=False))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def scan_text(msg):
    """Decoded text a reader (or a classifier) sees: headers and every non-binary part."""
    out = []
    for h in ("From", "To", "Cc", "Reply-To", "Subject"):
        for v in msg.get_all(h, []):
            out.append(str(v))
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/"):
            out.append(part.get_content())
        elif ct.startswith("message/"):
            out.append(part.as_string())
    return "\n".join(out)


def check():
    names = sorted(n for n in os.listdir(HERE) if n.endswith(".eml"))
    assert names == ["h%03d.eml" % i for i in range(1, 151)], "expected exactly h001..h150.eml"
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    assert len(rows) == 150
    assert [r["file"] for r in rows] == names
    counts = {}
    langs = {}
    parser = BytesParser(policy=policy.default)
    for r in rows:
        fn = r["file"]
        assert list(r) == LABEL_KEYS, (fn, list(r))
        cat = r["category"]
        assert cat in CATEGORIES, (fn, cat)
        counts[cat] = counts.get(cat, 0) + 1
        langs[r["lang"]] = langs.get(r["lang"], 0) + 1
        assert isinstance(r["auto_reply_ok"], bool) and isinstance(r["hard"], bool), fn
        if CATEGORIES[cat] in ("human_review", "ignore"):
            assert r["auto_reply_ok"] is False, (fn, "auto_reply_ok must be false for " + cat)
        assert r["platform"] is None or r["platform"] in PLATFORMS, (fn, r["platform"])
        assert r["lang"] in ("fr", "en"), fn
        assert r["region"] is None or r["region"] in REGION_DEPTS, (fn, r["region"])
        assert isinstance(r["notes"], str) and len(r["notes"]) > 20, fn

        # every .eml parses cleanly with the standard library
        with open(os.path.join(HERE, fn), "rb") as f:
            raw = f.read()
        assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), (fn, "CRLF line endings")
        msg = parser.parsebytes(raw)
        for part in msg.walk():
            assert not part.defects, (fn, part.get_content_type(), part.defects)
        for h in ("From", "Date", "Message-ID", "Subject"):
            assert msg[h] is not None, (fn, h)
        dt = msg["Date"].datetime
        assert (dt.year, dt.month) == (2026, 4), (fn, dt)
        texts = [p for p in msg.walk() if p.get_content_type().startswith("text/")]
        assert texts, (fn, "no text part")
        for p in msg.walk():
            if p.get_content_type() == "application/pdf":
                data = p.get_content()
                assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF"), fn
        sender = parseaddr(str(msg["From"]))[1].lower()
        sender_dom = sender.rsplit("@", 1)[-1]

        # automation headers imply the automated category
        asub = (msg.get("Auto-Submitted") or "").strip().lower()
        if (asub and asub != "no") or msg.get("List-Id") or (msg.get("Return-Path") or "").strip() == "<>":
            assert cat == "automated", (fn, "automation headers but category " + cat)

        # UAI codes: check letters, labels, notes
        text = scan_text(msg)
        valid, wrong = set(), set()
        for m in UAI_LIKE.finditer(text):
            code = (m.group(1) + m.group(2) + m.group(3)).upper()
            (valid if uai_ok(code) else wrong).add(code)
        for code in wrong:
            assert code in r["notes"] and "wrong check letter" in r["notes"], \
                (fn, "UAI-like %s has a wrong check letter; the notes must say it is deliberate" % code)
            assert uai_fix(code) in r["notes"], (fn, "notes should give the right letter", code)
        if r["uai"] is None:
            assert not valid, (fn, "valid UAI in the mail but label uai is null", valid)
        else:
            assert uai_ok(r["uai"]), (fn, "label uai has a wrong check letter", r["uai"])
            assert r["uai"] in valid, (fn, "label uai not found in the mail", r["uai"], valid)
            if len(valid) > 1:
                assert all(v in r["notes"] for v in valid), (fn, "several UAIs: notes must name them", valid)
            assert r["uai"] not in wrong

        # region: from the UAI's département, else the académie domain of the sender, else null
        if r["uai"]:
            expected = DEPT_REGION[r["uai"][:3]]
        else:
            expected = DOMAIN_REGION.get(sender_dom)
        assert r["region"] == expected, (fn, r["region"], expected)
        if r["uai"] and sender_dom in DOMAIN_REGION and DOMAIN_REGION[sender_dom] != expected:
            assert "wins" in r["notes"], (fn, "UAI region differs from the sender's académie; say so")

    assert set(counts) == set(CATEGORIES), counts
    assert 0.06 <= langs.get("en", 0) / 150 <= 0.11, langs
    return counts, langs


if __name__ == "__main__":
    write_all()
    counts, langs = check()
    for c in CATEGORIES:
        print("%-32s %3d" % (c, counts[c]))
    print("languages:", langs)
    print("ok: 150 mails and labels.jsonl written to", HERE)
