#!/usr/bin/env python3
"""Write the holdout25 blind test corpus: h001.eml ... h150.eml and labels.jsonl.

Stdlib only, deterministic (fixed seed).  Run:  python3 make_holdout25.py

Theme of this set: January 2025, back from the winter break.  Expired
passwords, académie mailbox migrations, older administrative staff who
explain every click, a few very technical IT people, purchasing managers of
hospitals and universities, school nurses and social workers who wrote to the
wrong desk, and English mail from international schools.

Every mail body below is written by hand.  The code around them only wraps
the text into realistic MIME (headers, Received chain, encodings, HTML
alternatives, attachments, delivery reports); labels are written next to each
mail, and the region is derived mechanically from the labelled UAI, else from
the académie domain of the From address (shared/spec/regions.md).
"""
import base64
import datetime as dt
import email
import email.policy
import html as htmlmod
import json
import os
import quopri
import random
import re
import sys
from email.header import Header
from email.utils import encode_rfc2231, format_datetime, formataddr

SEED = 20250106
RNG = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
DESK = "support@assistance.example.fr"
DESK_FULL = "Assistance <support@assistance.example.fr>"
MX = "mx1.assistance.example.fr"

# --------------------------------------------------------------------------
# UAI and regions (taxonomy.md, regions.md)
# --------------------------------------------------------------------------
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def U(d7):
    """A valid UAI from its 7 digits (check letter per taxonomy.md)."""
    assert len(d7) == 7 and d7.isdigit(), d7
    return d7 + LETTERS[int(d7) % 23]


def BAD(d7, shift=4):
    """The same digits with a deliberately wrong check letter."""
    assert 0 < shift < 23
    return d7 + LETTERS[(int(d7) + shift) % 23]


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
DEPT_REGION = {}
for _reg, _ds in REGION_DEPTS.items():
    for _d in _ds.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _reg
DOMAIN_REGION = {d: r for r, ds in REGION_DOMAINS.items() for d in ds.split()}


def uai_ok(code):
    code = code.upper()
    return (len(code) == 8 and code[:7].isdigit()
            and LETTERS[int(code[:7]) % 23] == code[7])


def region_of(uai, from_addr):
    if uai:
        return DEPT_REGION[uai[:3]]
    dom = from_addr.rsplit("@", 1)[1].lower()
    return DOMAIN_REGION.get(dom)


# --------------------------------------------------------------------------
# small random helpers (all from the seeded RNG)
# --------------------------------------------------------------------------
def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def rip():
    net = RNG.choice(["192.0.2", "198.51.100", "203.0.113"])
    return f"{net}.{RNG.randint(2, 250)}"


def ruuid(upper=False):
    s = f"{rhex(8)}-{rhex(4)}-4{rhex(3)}-{RNG.choice('89ab')}{rhex(3)}-{rhex(12)}"
    return s.upper() if upper else s


TZ = {
    "fr": 1, "gp": -4, "mq": -4, "gf": -3, "re": 4, "yt": 3, "utc": 0, "uk": 0,
}


def when(s, tz="fr"):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    d = d.replace(second=RNG.randint(0, 59),
                  tzinfo=dt.timezone(dt.timedelta(hours=TZ[tz])))
    return d


def rfcdate(d):
    return format_datetime(d)


def paris(d):
    return d.astimezone(dt.timezone(dt.timedelta(hours=1)))


# --------------------------------------------------------------------------
# headers
# --------------------------------------------------------------------------
def hdr_text(s, name="Subject"):
    if s.isascii():
        return s
    return Header(s, "utf-8", header_name=name).encode(linesep="\n")


def addr(name, a):
    if not name:
        return a
    if name.isascii():
        return formataddr((name, a))
    return formataddr((name, a), charset="utf-8")


def addr_list(items):
    out = []
    for it in items:
        if isinstance(it, tuple):
            out.append(addr(*it))
        else:
            out.append(it)
    return ", ".join(out)


# --------------------------------------------------------------------------
# MIME tree
# --------------------------------------------------------------------------
class Part:
    def __init__(self, ctype, headers=None, body=b"", parts=None,
                 boundary=None, preamble=None):
        self.ctype = ctype
        self.headers = list(headers or [])
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble

    def header_lines(self):
        lines = []
        ct = self.ctype
        if self.parts is not None:
            ct = f'{ct};\n boundary="{self.boundary}"'
        lines.append(("Content-Type", ct))
        lines.extend(self.headers)
        return lines

    def body_bytes(self):
        if self.parts is None:
            b = self.body if isinstance(self.body, bytes) else self.body.encode("utf-8")
            return b if b.endswith(b"\n") else b + b"\n"
        out = []
        if self.preamble:
            out.append(self.preamble.encode("ascii") + b"\n\n")
        for p in self.parts:
            out.append(f"--{self.boundary}\n".encode("ascii"))
            out.append(serialize_headers(p.header_lines()))
            out.append(b"\n")
            out.append(p.body_bytes())
            out.append(b"\n")
        out.append(f"--{self.boundary}--\n".encode("ascii"))
        return b"".join(out)


def serialize_headers(pairs):
    out = []
    for k, v in pairs:
        line = f"{k}: {v}\n"
        out.append(line.encode("utf-8"))
    return b"".join(out)


def boundary(style="generic"):
    if style == "outlook":
        return f"----=_NextPart_000_{rhex(4).upper()}_01DB{rhex(4).upper()}.{rhex(8).upper()}"
    if style == "gmail":
        return f"000000000000{rhex(16)}"
    if style == "apple":
        return f"Apple-Mail={ruuid(True)}"
    if style == "zimbra":
        return f"=_{ruuid()}"
    if style == "tb":
        return f"------------{ralnum(24)}"
    if style == "ms365":
        return f"_000_{ralnum(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}PROD_"
    return f"=_{rhex(24)}"


def flow(text, width=72):
    """format=flowed (RFC 3676): soft-wrap long lines with a trailing space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width + 4 or line.startswith(">") or line == "-- ":
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        out.append(cur)
    return "\n".join(out)


def text_part(text, subtype="plain", charset="utf-8", cte="qp", flowed=False,
              quote_charset=True, extra=()):
    if flowed:
        text = flow(text)
    raw = text.encode(charset)
    if cte == "auto":
        cte = "7bit" if raw.isascii() else "qp"
    if cte == "qp":
        body, name = quopri.encodestring(raw), "quoted-printable"
    elif cte == "b64":
        body, name = base64.encodebytes(raw), "base64"
    elif cte == "8bit":
        body, name = raw, "8bit"
    elif cte == "7bit":
        assert raw.isascii(), text[:300]
        body, name = raw, "7bit"
    else:
        raise ValueError(cte)
    cs = f'"{charset}"' if quote_charset else charset
    ct = f"text/{subtype}; charset={cs}"
    if flowed:
        ct += "; format=flowed"
    return Part(ct, [("Content-Transfer-Encoding", name)] + list(extra), body)


def attachment(filename, ctype, data, inline=False, cid=None):
    disp = "inline" if inline else "attachment"
    if filename.isascii():
        fn_disp = f'{disp}; filename="{filename}"'
        fn_ct = f'{ctype}; name="{filename}"'
    else:
        enc = encode_rfc2231(filename, "utf-8")
        fn_disp = f"{disp}; filename*={enc}"
        fn_ct = f"{ctype}; name*={enc}"
    hdrs = [("Content-Disposition", fn_disp),
            ("Content-Transfer-Encoding", "base64")]
    if cid:
        hdrs.append(("Content-ID", f"<{cid}>"))
    return Part(fn_ct, hdrs, base64.encodebytes(data))


def multipart(kind, parts, style="generic", preamble=None):
    return Part(f"multipart/{kind}", parts=parts, boundary=boundary(style),
                preamble=preamble)


# tiny but valid-looking attachment payloads
def fake_pdf(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
            b"3 0 obj\n<< /Title (" + t + b") >>\nendobj\ntrailer\n<< /Root 1 0 R /Info 3 0 R >>\n%%EOF\n")


def fake_png(seed=0):
    # 1x1 PNG, varied by a text chunk so attachments differ
    sig = b"\x89PNG\r\n\x1a\n"
    ihdr = b"\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    txt = f"capture {seed}".encode()
    import zlib
    chunk = b"tEXt" + b"Comment\x00" + txt
    text = len(chunk[4:]).to_bytes(4, "big") + chunk + zlib.crc32(chunk).to_bytes(4, "big")
    idat = b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
    iend = b"\x00\x00\x00\x00IEND\xaeB`\x82"
    return sig + ihdr + text + idat + iend


# --------------------------------------------------------------------------
# HTML renderings of a hand-written plain text (for multipart/alternative)
# --------------------------------------------------------------------------
def _blocks(text):
    """Split into paragraphs; consecutive '>' lines become a quote block."""
    lines = text.split("\n")
    out, cur, quote = [], [], []

    def flush():
        if cur:
            out.append(("p", list(cur)))
            cur.clear()

    def flushq():
        if quote:
            out.append(("q", list(quote)))
            quote.clear()

    for ln in lines:
        if ln.startswith(">"):
            flush()
            quote.append(ln[1:].lstrip(" ") if not ln.startswith(">>") else ln[1:])
        elif ln.strip() == "":
            flushq()
            flush()
        else:
            flushq()
            cur.append(ln)
    flushq()
    flush()
    return out


def _esc(s):
    return htmlmod.escape(s, quote=False)


def html_of(text, style="generic"):
    blocks = _blocks(text)
    if style == "outlook":
        body = []
        for kind, ls in blocks:
            if kind == "q":
                body.append('<div style="border:none;border-left:solid #E1E1E1 1.5pt;padding:0cm 0cm 0cm 4.0pt">')
                for ln in ls:
                    body.append(f'<p class="MsoNormal">{_esc(ln) or "&nbsp;"}<o:p></o:p></p>')
                body.append("</div>")
            else:
                for ln in ls:
                    body.append(f'<p class="MsoNormal">{_esc(ln)}<o:p></o:p></p>')
                body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
                '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
                "<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
                "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
                "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n"
                "div.WordSection1\n\t{page:WordSection1;}\n--></style></head>"
                '<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
                '<div class="WordSection1">\n' + "\n".join(body) + "\n</div></body></html>")
    if style == "gmail":
        body = []
        for kind, ls in blocks:
            if kind == "q":
                body.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                            'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                            + "<br>".join(_esc(x) for x in ls) + "</blockquote>")
            else:
                body.append("<div>" + "<br>".join(_esc(x) for x in ls) + "</div><div><br></div>")
        return '<div dir="ltr">' + "\n".join(body) + "</div>"
    if style == "zimbra":
        body = []
        for kind, ls in blocks:
            if kind == "q":
                body.append('<blockquote style="border-left:2px solid #1010FF;margin-left:5px;'
                            'padding-left:5px;color:#000;font-weight:normal;font-style:normal;'
                            'text-decoration:none;font-family:Helvetica,Arial,sans-serif;font-size:12pt;">'
                            + "<br>".join(_esc(x) for x in ls) + "</blockquote>")
            else:
                for ln in ls:
                    body.append(f"<div>{_esc(ln)}</div>")
                body.append("<div><br data-mce-bogus=\"1\"></div>")
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                + "\n".join(body) + "</div></body></html>")
    if style == "apple":
        body = []
        for kind, ls in blocks:
            if kind == "q":
                body.append('<blockquote type="cite"><div dir="ltr">' + "<br>".join(_esc(x) for x in ls)
                            + "</div></blockquote>")
            else:
                body.append("<div>" + "<br>".join(_esc(x) for x in ls) + "</div><div><br></div>")
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body dir="auto">' + "\n".join(body) + "</body></html>")
    # generic webmail
    body = []
    for kind, ls in blocks:
        if kind == "q":
            body.append("<blockquote>" + "<br>\n".join(_esc(x) for x in ls) + "</blockquote>")
        else:
            body.append("<p>" + "<br>\n".join(_esc(x) for x in ls) + "</p>")
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Verdana,"
            "sans-serif;font-size:10pt\">\n" + "\n".join(body) + "\n</body></html>")


# --------------------------------------------------------------------------
# mail clients: Message-ID shape, identifying headers, default body layout
# --------------------------------------------------------------------------
def client_profile(client, dom, date):
    ts = int(date.timestamp())
    if client == "tb":
        return dict(mid=f"<{ruuid()}@{dom}>",
                    hdrs=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")],
                    layout="plain", flowed=True, cte="8bit", style="generic", bstyle="tb")
    if client == "tb-en":
        return dict(mid=f"<{ruuid()}@{dom}>",
                    hdrs=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-GB")],
                    layout="plain", flowed=True, cte="8bit", style="generic", bstyle="tb")
    if client == "outlook":
        return dict(mid=f"<00{rhex(2)}01db{rhex(4)}${rhex(8)}${rhex(8)}@{dom}>",
                    hdrs=[("X-Mailer", "Microsoft Outlook 16.0"),
                          ("Thread-Index", "AQH" + ralnum(25) + "=="),
                          ("Content-Language", "fr")],
                    layout="alt", cte="qp", style="outlook", bstyle="outlook")
    if client == "outlook-html":
        p = client_profile("outlook", dom, date)
        p["layout"] = "html"
        return p
    if client == "ms365":
        host = f"PA{RNG.randint(4, 6)}P{RNG.randint(190, 195)}MB{RNG.randint(1000, 9999)}"
        return dict(mid=f"<{host}{ralnum(12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}@{host}.EURP{RNG.randint(190,195)}.PROD.OUTLOOK.COM>",
                    hdrs=[("Thread-Index", "AdtS" + ralnum(24) + "=="),
                          ("Accept-Language", "fr-FR, en-US"),
                          ("Content-Language", "fr-FR"),
                          ("X-MS-Has-Attach", ""),
                          ("X-MS-TNEF-Correlator", "")],
                    layout="alt", cte="qp", style="outlook", bstyle="ms365")
    if client == "ms365-en":
        p = client_profile("ms365", dom, date)
        p["hdrs"] = [h if h[0] != "Content-Language" else ("Content-Language", "en-GB") for h in p["hdrs"]]
        return p
    if client == "zimbra":
        return dict(mid=f"<{RNG.randint(10**8, 10**9)}.{RNG.randint(10**5, 10**6)}.{ts}{RNG.randint(100, 999)}.JavaMail.zimbra@{dom}>",
                    hdrs=[("X-Originating-IP", f"[10.{RNG.randint(1, 250)}.{RNG.randint(1, 250)}.{RNG.randint(1, 250)}]"),
                          ("X-Mailer", "Zimbra 10.0.10_GA_0102 (ZimbraWebClient - FF134 (Win)/10.0.10_GA_0102)"),
                          ("Thread-Index", ralnum(28) + "=")],
                    layout="alt", cte="qp", style="zimbra", bstyle="zimbra")
    if client == "gmail":
        return dict(mid=f"<CA{ralnum(2)}{ralnum(40)}@mail.gmail.com>", hdrs=[],
                    layout="alt", cte="qp", style="gmail", bstyle="gmail")
    if client == "iphone":
        return dict(mid=f"<{ruuid(True)}@{dom}>",
                    hdrs=[("X-Mailer", "iPhone Mail (22C152)")],
                    layout="plain", cte="qp", style="apple", bstyle="apple", mimever="1.0 (1.0)")
    if client == "apple":
        return dict(mid=f"<{ruuid(True)}@{dom}>",
                    hdrs=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
                    layout="alt", cte="qp", style="apple", bstyle="apple", mimever="1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))")
    if client == "android":
        return dict(mid=f"<{ralnum(8)}.{ts}{RNG.randint(100,999)}@email.android.com>",
                    hdrs=[],
                    layout="alt", cte="b64", style="generic", bstyle="generic")
    if client == "outlook-android":
        return dict(mid=f"<AM{RNG.randint(0, 9)}PR{RNG.randint(10, 99)}MB{RNG.randint(1000, 9999)}{ralnum(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}@prod.outlook.com>",
                    hdrs=[("X-Mailer", "Outlook for Android")],
                    layout="alt", cte="b64", style="generic", bstyle="ms365")
    if client == "roundcube":
        return dict(mid=f"<{rhex(32)}@{dom}>",
                    hdrs=[("User-Agent", "Roundcube Webmail/1.6.9")],
                    layout="plain", flowed=True, cte="qp", style="generic", bstyle="generic")
    if client == "sogo":
        return dict(mid=f"<{rhex(4)}-{rhex(8)}-{rhex(2)}-{rhex(8)}@{RNG.randint(10**7, 10**8)}>",
                    hdrs=[("User-Agent", "SOGoMail 5.11.2"), ("X-Forward", f"10.{RNG.randint(1,200)}.0.{RNG.randint(2,250)}")],
                    layout="plain", cte="qp", style="generic", bstyle="generic")
    if client == "orange":
        return dict(mid=f"<{RNG.randint(10**8, 10**9)}.{RNG.randint(10**5, 10**6)}.{ts}{RNG.randint(100,999)}.JavaMail.open-xchange@opme11oxm{RNG.randint(10,99)}nd1.rouen.francetelecom.fr>",
                    hdrs=[("X-Originating-IP", f"[{rip()}]"),
                          ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev61")],
                    layout="alt", cte="qp", style="generic", bstyle="generic")
    if client == "laposte":
        return dict(mid=f"<{RNG.randint(10**8, 10**9)}.{RNG.randint(10**5, 10**6)}.{ts}{RNG.randint(100,999)}.JavaMail.open-xchange@laposte.net>",
                    hdrs=[("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev61")],
                    layout="alt", cte="qp", style="generic", bstyle="generic")
    if client == "raw":  # automatic senders: caller gives everything
        return dict(mid=f"<{ts}.{rhex(10)}@{dom}>", hdrs=[], layout="plain", cte="qp",
                    style="generic", bstyle="generic")
    raise ValueError(client)


def relay_for(dom, client):
    if client == "gmail":
        return f"mail-{RNG.choice(['wm1', 'wr1', 'ej1', 'lf1'])}-f{RNG.randint(41, 199)}.google.com"
    if client in ("ms365", "ms365-en", "outlook-android"):
        return (f"{RNG.choice(['EUR05', 'EUR02', 'EUR03', 'FRA01'])}-{RNG.choice(['AM6', 'DB8', 'VI1', 'PR0'])}-"
                f"obe.outbound.protection.outlook.com")
    if client == "orange":
        return f"smtp{RNG.randint(10, 99)}.smtpout.orange.fr"
    if client == "laposte":
        return f"smtp-out{RNG.randint(1, 9)}.laposte.net"
    if dom.startswith("ac-"):
        return f"{RNG.choice(['smtp', 'smtp-out', 'relais', 'mx-out'])}{RNG.randint(1, 6)}.{dom}"
    return f"{RNG.choice(['mail', 'smtp', 'mx', 'relay'])}.{dom}"


def auth_results(kind, dom, mailfrom_dom=None):
    mf = mailfrom_dom or dom
    if kind == "pass":
        return (f"{MX};\n\tdkim=pass (2048-bit key) header.d={dom};\n"
                f"\tspf=pass smtp.mailfrom={mf};\n\tdmarc=pass (p=none dis=none) header.from={dom}")
    if kind == "nodkim":
        return (f"{MX};\n\tdkim=none;\n\tspf=pass smtp.mailfrom={mf};\n"
                f"\tdmarc=pass (p=none dis=none) header.from={dom}")
    if kind == "softfail":
        return (f"{MX};\n\tdkim=none;\n\tspf=softfail smtp.mailfrom={mf};\n"
                f"\tdmarc=fail (p=quarantine dis=none) header.from={dom}")
    if kind == "fail":
        return (f"{MX};\n\tdkim=fail (signature did not verify) header.d={dom};\n"
                f"\tspf=fail smtp.mailfrom={mf};\n\tdmarc=fail (p=reject dis=none) header.from={dom}")
    if kind == "none":
        return f"{MX};\n\tdkim=none;\n\tspf=none smtp.mailfrom={mf};\n\tdmarc=none"
    if kind == "helo":
        return f"{MX};\n\tdkim=none;\n\tspf=pass smtp.helo={mf};\n\tdmarc=none"
    return kind


# --------------------------------------------------------------------------
# the corpus
# --------------------------------------------------------------------------
MAILS = []
LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform",
              "hard", "lang", "notes"]
CATS = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
        "head_of_establishment_request", "account_creation",
        "subscription_activation", "order_billing", "contract_documents",
        "transfer_incident", "automated", "other"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}


def mail(cat, ok, uai, plat, hard, lang, notes, frm, subj, date, body=None,
         client="tb", **opt):
    assert cat in CATS, cat
    assert plat in PLATFORMS, plat
    assert uai is None or uai_ok(uai), uai
    if cat in ("automated", "other", "head_of_establishment_request", "order_billing",
               "contract_documents", "transfer_incident"):
        assert ok is False, (cat, subj)
    MAILS.append(dict(cat=cat, ok=ok, uai=uai, plat=plat, hard=hard, lang=lang,
                      notes=notes, frm=frm, subj=subj, date=date, body=body,
                      client=client, opt=opt))


def build(m):
    opt = m["opt"]
    name, a = m["frm"]
    dom = a.rsplit("@", 1)[1]
    date = when(m["date"], opt.get("tz", "fr"))
    prof = client_profile(m["client"], dom, date)
    prof.update({k: opt[k] for k in ("layout", "cte", "flowed", "style") if k in opt})

    # ---- content
    if "part" in opt:                      # fully hand-built MIME body
        content = opt["part"]
    else:
        body = m["body"].strip("\n") + "\n"
        charset = opt.get("charset", "utf-8")
        layout = prof["layout"]
        if layout == "plain":
            content = text_part(body, "plain", charset, prof["cte"], prof.get("flowed", False))
        elif layout == "html":
            content = text_part(html_of(body, prof["style"]), "html", charset, prof["cte"])
        else:
            content = multipart("alternative", [
                text_part(body, "plain", charset, prof["cte"]),
                text_part(html_of(body, prof["style"]), "html", charset, prof["cte"])],
                prof["bstyle"])
        if opt.get("attach"):
            content = multipart("mixed", [content] + [attachment(*x) for x in opt["attach"]],
                                prof["bstyle"])

    # ---- headers
    H = []
    rp = opt.get("return_path", a)
    H.append(("Return-Path", f"<{rp}>"))
    H.append(("Delivered-To", DESK))
    rcv = paris(date) + dt.timedelta(seconds=RNG.randint(2, 40))
    relay = opt.get("relay") or relay_for(dom, m["client"])
    H.append(("Received", f"from {relay} ({relay} [{rip()}])\n\tby {MX} (Postfix) with ESMTPS id "
                          f"4{ralnum(12)}\n\tfor <{DESK}>; {rfcdate(rcv)} (CET)"))
    mfdom = rp.rsplit("@", 1)[1] if "@" in rp else dom
    H.append(("Authentication-Results", auth_results(opt.get("auth", "pass"), dom, mfdom)))
    if m["client"] not in ("gmail", "raw") and not opt.get("no_inner_received"):
        H.append(("Received", f"from [{'192.168.' + str(RNG.randint(0, 9)) + '.' + str(RNG.randint(2, 250))}] "
                              f"(unknown [{rip()}])\n\tby {relay} with ESMTPSA id {rhex(10).upper()}\n"
                              f"\tfor <{DESK}>; {rfcdate(date)}"))
    H.append(("From", addr(name, a)))
    to = opt.get("to", DESK_FULL if RNG.random() < 0.5 else DESK)
    H.append(("To", to if isinstance(to, str) else addr_list(to)))
    if opt.get("cc"):
        H.append(("Cc", addr_list(opt["cc"])))
    if opt.get("reply_to"):
        H.append(("Reply-To", addr_list([opt["reply_to"]])))
    H.append(("Subject", hdr_text(m["subj"])))
    H.append(("Date", rfcdate(date)))
    H.append(("Message-ID", opt.get("mid", prof["mid"])))
    if opt.get("irt"):
        H.append(("In-Reply-To", opt["irt"]))
        H.append(("References", opt.get("refs", opt["irt"])))
    H.append(("MIME-Version", prof.get("mimever", "1.0")))
    H.extend(prof["hdrs"])
    H.extend(opt.get("headers", []))
    H.extend(content.header_lines())
    return serialize_headers(H) + b"\n" + content.body_bytes()


# Our own desk's earlier messages, quoted or returned in bounces.
def desk_mid(n):
    return f"<SUP-{n:06d}.{RNG.randint(1735000000, 1738000000)}.{rhex(6)}@assistance.example.fr>"

# ==========================================================================
# password_reset
# ==========================================================================

u = U("0861047")
mail("password_reset", True, u, "esidoc", False, "fr",
     "Older librarian back from the break: the e-sidoc back office says the password has expired and the new one is refused; every click described. UAI in the body.",
     ("Françoise Mériaux", "francoise.meriaux@ac-poitiers.fr"),
     "mot de passe qui ne marche plus depuis les vacances",
     "2025-01-06 08:41", f"""\
Bonjour Madame, Monsieur,

Je vous prie de m'excuser de vous déranger dès la rentrée, je ne suis pas très à l'aise avec l'informatique et je préfère vous expliquer tout ce que j'ai fait, pour que vous puissiez comprendre où je me suis trompée.

Ce matin je suis arrivée au CDI vers 8 heures, j'ai allumé l'ordinateur (celui du bureau, pas celui des élèves), j'ai ouvert Firefox et je suis allée sur notre portail comme d'habitude. En haut à droite il y a le petit bouton « Connexion », j'ai cliqué dessus. Une petite fenêtre s'est ouverte avec deux cases. Dans la première j'ai mis l'identifiant qui est noté sur le post-it collé sous l'écran : {u}. Dans la seconde j'ai mis le mot de passe que j'utilise depuis septembre.

Là, un message est apparu en rouge, je le recopie mot pour mot : « Votre mot de passe a expiré. Veuillez en choisir un nouveau. » Alors j'en ai choisi un nouveau, je l'ai tapé deux fois comme on me le demandait, et j'ai appuyé sur « Valider ». La page a tourné un moment puis elle est revenue au début, et maintenant ni l'ancien ni le nouveau ne fonctionnent. J'ai essayé trois ou quatre fois, peut-être cinq, je ne sais plus.

Ma collègue de l'an dernier s'occupait de tout cela et elle est partie à la retraite, je n'ai donc personne à qui demander ici.

Pourriez-vous m'aider à retrouver l'accès ? Je dois préparer le prix des lecteurs et les élèves de 6e viennent jeudi.

Avec mes remerciements et toutes mes excuses pour ce long message,

Françoise Mériaux
Professeure documentaliste
Collège Georges-Sand – Châtellerault
""")

u = U("0623318")
mail("password_reset", True, u, "esidoc", False, "fr",
     "Written entirely in capitals by an intendance agent: the e-sidoc password expired during the holidays. UAI in the body.",
     ("BOULANGER Gérard", "gerard.boulanger@ac-lille.fr"),
     "MOT DE PASSE ESIDOC EXPIRE",
     "2025-01-06 10:03", f"""\
BONJOUR

LE MOT DE PASSE DU PORTAIL ESIDOC DU LYCEE NE FONCTIONNE PLUS DEPUIS LA RENTREE, IL EST MARQUE QU IL EST EXPIRE.
LA DOCUMENTALISTE EST EN ARRET JUSQU A FIN JANVIER ET LE PROVISEUR M A DEMANDE DE M EN OCCUPER.
NOTRE NUMERO D ETABLISSEMENT EST LE {u}.
MERCI DE NOUS ENVOYER UN NOUVEAU MOT DE PASSE OU DE NOUS DIRE COMMENT FAIRE.

CORDIALEMENT

G. BOULANGER
SERVICE INTENDANCE
LYCEE PROFESSIONNEL AUGUSTE-BEHAL LENS
""", client="outlook")

u = U("0301872")
mail("password_reset", True, u, "esidoc", False, "fr",
     "No punctuation at all, sent from a phone: e-sidoc account locked after several attempts this morning. UAI in the body, personal Gmail.",
     ("nadia benhamou", "nadia.benhamou30@gmail.com"),
     "esidoc bloqué",
     "2025-01-07 07:52", f"""\
bonjour je suis la documentaliste du college jules verne a nimes uai {u} depuis ce matin impossible de me connecter a esidoc j ai du me tromper plusieurs fois et maintenant il dit que le compte est bloque pendant je ne sais combien de temps je dois faire une formation avec les 5e a 10h est ce que vous pouvez le debloquer ou m envoyer un lien merci d avance nadia benhamou
""", client="gmail", layout="plain")

u = U("0781911")
mail("password_reset", True, u, "esidoc", False, "en",
     "English, librarian at an international school: forgot the e-sidoc password over the winter break; gives the school code as 'school ID'.",
     ("Rachel Whitmore", "r.whitmore@lycee-international-sgl.fr"),
     "Forgotten password - e-sidoc library portal",
     "2025-01-06 13:17", f"""\
Dear Support Team,

Happy New Year! I am the librarian of the English section at the Lycée International in Saint-Germain-en-Laye. I'm afraid I have come back from the winter break with no memory whatsoever of my e-sidoc administrator password - I changed it in December following the reminder and clearly did not write the new one down anywhere sensible.

Our school ID is {u}. I tried the "forgotten password" link but I am not sure which address the account is registered under: it may still be the address of my predecessor, who left in the summer.

Could you please let me know how to get back in? We are meant to launch a reading challenge with Year 7 next week and I need to publish the selection on the portal.

Many thanks and best wishes,

Rachel Whitmore
Librarian, British Section
Lycée International de Saint-Germain-en-Laye
""", client="tb-en")

u = U("0511468")
mail("password_reset", True, u, "esidoc", False, "fr",
     "Phrased as 'est-il normal que…': the site asks to change a password that was changed in September, then the new one is refused and the account is locked.",
     ("Sylvie Charlier", "sylvie.charlier1@ac-reims.fr"),
     "Question : est-il normal de devoir changer le mot de passe ?",
     "2025-01-07 14:25", f"""\
Bonjour,

Est-il normal que le portail e-sidoc me demande de changer mon mot de passe alors que je l'ai déjà changé en septembre ? Je pensais que c'était valable pour l'année scolaire.

Je l'ai changé quand même (l'écran ne me laissait pas le choix), mais au moment de me reconnecter le nouveau n'est pas accepté. Après trois essais j'ai eu un message disant que le compte était verrouillé.

Je voudrais donc savoir si c'est une procédure normale après les vacances, et surtout comment récupérer l'accès. Le collège Paul-Fort de Reims a pour code {u}.

Merci beaucoup,
Sylvie Charlier
CDI collège Paul-Fort
""", client="zimbra")

u = U("0290873")
mail("password_reset", True, u, "esidoc", False, "fr",
     "First tells at length about a printer problem already solved by a colleague, then the real request: forgotten e-sidoc password. UAI in the signature.",
     ("Jean-Yves Le Goff", "jean-yves.le-goff@ac-rennes.fr"),
     "Petit souci de connexion",
     "2025-01-08 09:12", f"""\
Bonjour,

Je commence par vous raconter ma matinée d'hier, vous allez comprendre. En rentrant des vacances, l'imprimante du CDI ne voulait plus rien savoir : voyant orange, bourrage, puis plus rien du tout. J'ai passé une heure à l'ouvrir dans tous les sens avant que notre agent de maintenance, M. Kerhervé, ne s'aperçoive qu'elle avait tout simplement été débranchée pendant le ménage des vacances. Tout fonctionne de nouveau, je vous rassure, ce n'est pas pour cela que je vous écris !

En revanche, je n'arrive plus à me connecter à l'administration d'e-sidoc. J'ai dû changer le mot de passe avant Noël, je pense, et je ne le retrouve plus dans mon carnet. Pourriez-vous me dire comment en obtenir un nouveau ?

Je vous remercie,

Jean-Yves Le Goff
Professeur documentaliste
Collège Pierre-Loti – Morlaix
RNE : {u}
""", client="outlook")

u = U("0312274")
mail("password_reset", True, u, "esidoc", False, "fr",
     "The reset mail arrived on 23 December; clicked on 6 January, the link says it has expired. Asks for a new link. Personal address, region from the UAI.",
     ("Marie-Hélène Sabatier", "mh.sabatier@gmail.com"),
     "Lien expiré",
     "2025-01-06 16:48", f"""\
Bonjour,

Juste avant les vacances j'avais demandé un nouveau mot de passe pour le portail du CDI (lycée Déodat-de-Séverac, Toulouse, {u}). Le mail est bien arrivé le 23 décembre, mais j'étais déjà partie et je ne l'ai ouvert que ce matin.

Quand je clique sur le lien, une page me dit : « Ce lien n'est plus valide ou a expiré ». Je suppose qu'il ne fallait pas attendre deux semaines…

Est-ce que vous pouvez m'en renvoyer un ? Cette fois je promets de cliquer tout de suite.

Bonne année à toute l'équipe,
Marie-Hélène Sabatier
""", client="gmail")

u = U("0941386")
mail("password_reset", True, u, "esidoc", False, "fr",
     "Outlook forward (TR:) of the reset mail with a short note: the link does not work any more. UAI in the forwarded text.",
     ("GAUTHIER Brigitte", "brigitte.gauthier@ac-creteil.fr"),
     "TR: Réinitialisation de votre mot de passe e-sidoc",
     "2025-01-09 11:30", f"""\
Bonjour,

Je vous transfère le message reçu, le lien ne marche pas, il m'affiche une page d'erreur. Pouvez-vous m'en envoyer un autre s'il vous plaît ?

Merci
B. Gauthier
Secrétariat de direction

-----Message d'origine-----
De : e-sidoc <ne-pas-repondre@esidoc.example.fr>
Envoyé : vendredi 20 décembre 2024 17:02
À : GAUTHIER Brigitte <brigitte.gauthier@ac-creteil.fr>
Objet : Réinitialisation de votre mot de passe e-sidoc

Bonjour,

Une demande de réinitialisation du mot de passe a été faite pour le compte administrateur du portail {u} (Collège Jean-Macé, Vitry-sur-Seine).

Pour choisir un nouveau mot de passe, cliquez sur le lien ci-dessous. Ce lien est valable 12 heures.

https://{u.lower()}.esidoc.example.fr/reinitialisation?jeton=8f2c91ab07d4e6

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.
""", client="outlook")

u = U("0442519")
mail("password_reset", True, u, "esidoc", True, "fr",
     "Says the reset mail did arrive ('pas de problème de courrier indésirable cette fois'): the problem is the unknown identifier. password_reset, not missing_noreply_mail.",
     ("Anne Guérin", "anne.guerin@ac-nantes.fr"),
     "Identifiant e-sidoc ?",
     "2025-01-08 15:05", f"""\
Bonjour,

Je précise tout de suite : j'ai bien reçu votre mail de réinitialisation, il n'était pas dans les indésirables cette fois, aucun problème de ce côté-là.

Le souci, c'est qu'une fois sur la page de connexion on me demande un « identifiant » et je ne sais pas ce qu'il faut mettre. J'ai essayé mon adresse mail, mon nom, « cdi », rien ne passe et le nouveau mot de passe n'est donc jamais accepté.

Le collège s'appelle Le Grand-Beauregard, à La Chapelle-sur-Erdre ({u}).

Merci de votre aide,
Anne Guérin
""")

b = BAD("0342716", 6)
mail("password_reset", True, None, "esidoc", True, "fr",
     f"The code written, {b}, has a wrong check letter (the digits give {U('0342716')}): no UAI. Region from the ac-montpellier.fr sender. Expired e-sidoc password.",
     ("Thierry Vidal", "thierry.vidal@ac-montpellier.fr"),
     f"Mot de passe portail CDI - {b}",
     "2025-01-09 08:20", f"""\
Bonjour,

Notre mot de passe pour l'administration du portail e-sidoc a expiré pendant les congés et je n'arrive pas à en définir un nouveau : la page reste blanche après validation.

Identifiant de l'établissement : {b}
Collège Les Garrigues, Montpellier.

Pouvez-vous me renvoyer un lien de réinitialisation ?

Cordialement,
Thierry Vidal
Professeur documentaliste
""", client="roundcube")

mail("password_reset", True, None, "espace_acheteur", False, "fr",
     "Hospital purchasing manager: Espace Acheteur password expired; no UAI, non-academic sender, so no region.",
     ("Pascale Ribeiro", "pascale.ribeiro@chu-littoral-atlantique.fr"),
     "Mot de passe expiré Espace Acheteur",
     "2025-01-07 09:36", """\
Bonjour,

Responsable des achats hôteliers au CHU, j'utilise l'Espace Acheteur pour suivre nos marchés de fournitures. Depuis ce matin, un message m'indique que mon mot de passe a expiré et qu'il faut le renouveler, mais le lien « Renouveler » me renvoie sur la page de connexion, en boucle.

Mon identifiant est mon adresse professionnelle ci-dessous. Pouvez-vous réinitialiser mon accès ? Je dois consulter les pièces d'un marché avant une commission jeudi.

Bien cordialement,

Pascale Ribeiro
Responsable achats hôteliers et logistiques
Direction des achats – CHU Littoral Atlantique
Tél. 05 46 00 00 00
""", client="ms365")

mail("password_reset", False, None, "espace_acheteur", False, "fr",
     "University buyer: the Espace Acheteur login is the old address deleted in the January mailbox migration; asks to change the account's address, which a person must handle.",
     ("Olivier Matthieu", "olivier.matthieu@univ-loire-ocean.fr"),
     "Changement d'adresse suite migration messagerie - accès Espace Acheteur",
     "2025-01-13 10:55", """\
Bonjour,

L'université a basculé le 2 janvier sur une nouvelle messagerie et nos anciennes adresses en @etu-adm.univ-loire-ocean.fr ont été supprimées le même jour.

Mon compte sur l'Espace Acheteur était justement rattaché à olivier.matthieu@etu-adm.univ-loire-ocean.fr. Le mot de passe ayant expiré, je fais « mot de passe oublié », mais le lien part évidemment vers une boîte qui n'existe plus.

Serait-il possible de remplacer l'adresse de mon compte par celle-ci (olivier.matthieu@univ-loire-ocean.fr) puis de me renvoyer un lien ? Je peux vous faire confirmer la demande par notre directeur des achats si nécessaire.

Merci d'avance,
Olivier Matthieu
Service des achats et marchés publics
Université Loire-Océan
""", client="ms365")

u = U("0382093")
mail("password_reset", False, u, "esidoc", True, "fr",
     "Two topics: expired e-sidoc password (first, main) and a request for a copy of the 2024 invoice; one template answers only half.",
     ("Dominique Ferrand", "dominique.ferrand@ac-grenoble.fr"),
     "mot de passe + facture",
     "2025-01-10 13:42", f"""\
Bonjour,

Deux choses, désolée de tout mettre dans le même message.

1) Le mot de passe d'administration du portail documentaire a expiré, je n'arrive pas à le renouveler (le bouton « Enregistrer » reste grisé). Établissement : cité scolaire Vaucanson, Grenoble, {u}.

2) Notre gestionnaire me demande une copie de la facture de l'abonnement 2024, elle ne la retrouve pas dans ses papiers et l'agent comptable la réclame pour la clôture.

Merci pour les deux !
Dominique Ferrand
""")

ua, ub = U("0801625"), U("0020931")
mail("password_reset", True, ua, "esidoc", True, "fr",
     f"Two UAIs: a substitute librarian covering two collèges; the portal of {ub} (Aisne) works, the one of {ua} (Somme) is locked. The request is about {ua}; both are in hauts-de-france.",
     ("Camille Dufour", "camille.dufour2@ac-amiens.fr"),
     "Accès portail documentaire collège Jules-Ferry",
     "2025-01-07 17:05", f"""\
Bonjour,

Je suis professeure documentaliste contractuelle et je partage mon service entre deux collèges depuis la rentrée de janvier : le collège Gérard-Philipe de Chauny ({ub}) et le collège Jules-Ferry d'Abbeville ({ua}).

Pour Chauny, aucun souci, la collègue m'a transmis les codes et je me connecte sans difficulté.

Pour Abbeville en revanche, personne ne connaît le mot de passe du portail : la documentaliste précédente est partie en décembre sans le laisser, et les essais de la secrétaire ont fini par bloquer le compte.

Comment faire pour récupérer un accès administrateur pour le collège Jules-Ferry ?

Merci,
Camille Dufour
""", client="zimbra")

u = U("0691733")
mail("password_reset", False, u, "ecoledirecte", True, "fr",
     "Expired password of the EcoleDirecte establishment space, explicitly not the daily maintenance password (which would be transfer_incident). No reset template for this product.",
     ("Secrétariat Saint-Just", "secretariat@ensemble-saint-just-lyon.fr"),
     "Mot de passe Ecole Directe",
     "2025-01-06 08:05", f"""\
Bonjour,

Au retour des vacances, le mot de passe de notre espace établissement EcoleDirecte (connexion administrateur du secrétariat) est refusé avec le message « mot de passe expiré ». Je précise qu'il ne s'agit pas du mot de passe de maintenance du jour, les transferts depuis Charlemagne fonctionnent très bien, c'est vraiment la connexion au site qui pose problème.

Nous sommes l'ensemble scolaire Saint-Just, Lyon 5e, UAI {u}.

Pourriez-vous réinitialiser ce mot de passe ? Les parents attendent les bulletins du premier trimestre.

Merci,
Martine Clavel
Secrétaire de direction
""", client="outlook")

u = U("9710643")
mail("password_reset", True, u, "esidoc", False, "fr",
     "Guadeloupe: expired e-sidoc password after the holidays; Guadeloupe time zone.",
     ("Josiane Bélair", "josiane.belair@ac-guadeloupe.fr"),
     "Demande de réinitialisation mot de passe e-sidoc",
     "2025-01-06 07:15", f"""\
Bonjour,

Je reviens vers vous car je ne peux plus accéder au portail e-sidoc du lycée Baimbridge (code {u}). Le message indique que le mot de passe est expiré. J'ai cliqué sur « mot de passe oublié » mais je n'ai rien reçu pour l'instant (il est tôt chez nous, je patiente un peu).

Pouvez-vous me réinitialiser l'accès ?

Merci et très bonne année,

Josiane Bélair
Professeure documentaliste
Lycée Baimbridge – Les Abymes
""", client="zimbra", tz="gp")

mail("password_reset", True, None, "ticket_portal", False, "fr",
     "Ticket portal password expired, cannot follow an open ticket; no UAI, region from the ac-dijon.fr sender.",
     ("Hervé Perrot", "herve.perrot@ac-dijon.fr"),
     "Portail tickets : mot de passe expiré",
     "2025-01-14 11:20", """\
Bonjour,

J'ai ouvert en décembre un ticket sur votre portail d'assistance et je voulais voir s'il avait avancé. En me connectant, le portail m'annonce que mon mot de passe a expiré et me propose d'en recevoir un nouveau par mail… que je n'ai pas encore reçu, mais ce n'est que depuis dix minutes.

Comme je ne sais plus du tout lequel était l'ancien, pouvez-vous réinitialiser mon compte sur le portail de tickets ?

Cordialement,
Hervé Perrot
Gestionnaire, collège Marcelle-Pardé, Dijon
""", client="zimbra")

u = U("0451187")
mail("password_reset", False, u, "esidoc", False, "fr",
     "Reply (Gmail French quote) to the desk's automatic answer: the link went to the ce. address, which nobody can open since the académie migration. A person must take over.",
     ("Isabelle Moreau", "isabelle.moreau@ac-orleans-tours.fr"),
     "Re: [#SUP-012784] Mot de passe e-sidoc",
     "2025-01-15 10:02", f"""\
Bonjour,

Merci pour la réponse rapide, mais nous voilà bien embêtés : l'adresse ce.{u}@ac-orleans-tours.fr a migré vers la nouvelle messagerie académique et personne au collège n'a encore reçu les nouveaux identifiants pour l'ouvrir (le rectorat parle de fin janvier). Le lien ne nous est donc jamais parvenu, ou alors il dort dans une boîte que nous ne pouvons pas lire.

Est-ce qu'une personne pourrait prendre le relais ? Je peux demander au principal de vous écrire si c'est ce qu'il faut.

Isabelle Moreau
Documentaliste, collège Montesquieu, Orléans

Le lun. 13 janv. 2025 à 14:31, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse officielle de votre établissement (c***@ac-orleans-****.fr). Il est valable 12 heures.
>
> Si le message n'apparaît pas, vérifiez le dossier des courriers indésirables.
>
> Cordialement,
> L'équipe d'assistance
""", client="gmail", irt=desk_mid(12784))

u = U("0672849")
mail("password_reset", True, u, "esidoc", False, "en",
     "English, IT coordinator of an international school: the library account was locked after repeated failed logins by a pupil; asks to unlock or reset.",
     ("Markus Lindqvist", "m.lindqvist@lycee-pontonniers-intl.eu"),
     "Locked administrator account (school code " + u + ")",
     "2025-01-08 12:10", f"""\
Hello,

Our library management account on e-sidoc has been locked since this morning. From the logs on our side it looks like a pupil tried to guess the password from the library PC several times during the lunch break (we are dealing with that separately...).

School: Lycée International des Pontonniers, Strasbourg - code {u}.

Could you unlock the account or send a reset link to the address on file? Our librarian, Ms. Keller, is copied.

Thanks a lot,
Markus Lindqvist
IT coordinator
""", client="ms365-en", cc=[("Hannah Keller", "h.keller@lycee-pontonniers-intl.eu")])

u = U("0871134")
mail("password_reset", True, u, "esidoc", False, "fr",
     "Very long message from an older librarian describing the screens in words (red frame, the little button at the top right); 'je ne connais plus mon mot de passe'. UAI given as RNE in the signature.",
     ("Christiane Lavaud", "christiane.lavaud@ac-limoges.fr"),
     "Je n'arrive plus à entrer dans le logiciel du CDI",
     "2025-01-09 16:58", f"""\
Madame, Monsieur,

Je me permets de vous écrire car je suis vraiment bloquée et je n'ose plus toucher à rien.

Je vais essayer de vous décrire ce que je vois à l'écran, puisque je ne sais pas faire de « capture » (mon fils m'a expliqué mais je n'ai pas retenu).

Quand j'ouvre la page du portail, tout en haut il y a une bande bleue avec le nom du collège, et à droite de cette bande un petit bonhomme avec écrit « Se connecter ». Je clique sur le petit bonhomme. Un cadre blanc apparaît au milieu de l'écran. Je remplis les deux lignes, puis je clique sur le gros bouton vert en dessous.

Et là, le cadre devient rouge tout autour et il est écrit : « Identifiant ou mot de passe incorrect ». En dessous, en tout petit, il y a « Mot de passe oublié ? » mais j'ai peur de cliquer dessus et de tout casser, parce que l'année dernière une collègue a fait ça et plus personne n'a pu se connecter pendant une semaine.

Pour être honnête, je ne connais plus mon mot de passe. Je l'avais écrit sur la première page de mon agenda 2024 et, évidemment, j'ai commencé un agenda 2025 et l'ancien est resté chez moi à la campagne.

Est-ce que vous pourriez me dire ce que je dois faire, étape par étape si possible ? Je vous en serais très reconnaissante.

Je vous prie d'agréer, Madame, Monsieur, mes salutations respectueuses.

Christiane Lavaud
Professeure documentaliste
Collège Anatole-France – Limoges
RNE {u}
""", client="tb")

u = U("0596241")
mail("password_reset", True, u, "esidoc", True, "fr",
     "The UAI appears only in the ce.<uai> sender address, written in lower case; the secretariat (not the head) asks for the reset link on that official address.",
     ("Secrétariat collège Verlaine", f"ce.{u.lower()}@ac-lille.fr"),
     "Demande de lien e-sidoc",
     "2025-01-10 09:47", """\
Bonjour,

La documentaliste du collège est en congé maladie et le principal adjoint souhaite pouvoir accéder au portail documentaire pour préparer une exposition.

Le mot de passe d'administration a expiré pendant les vacances. Pouvez-vous envoyer le lien de réinitialisation sur cette adresse, qui est l'adresse officielle de l'établissement ? Nous transmettrons.

Merci par avance,

Le secrétariat
Collège Paul-Verlaine – Tourcoing
""", client="zimbra")

u = U("0061208")
mail("password_reset", True, u, "esidoc", True, "fr",
     "Negation: 'ce n'est pas un problème de MailInBlack, le mail arrive'; the reset link reports 'expiré' when the new password is submitted. password_reset, not mailinblack_spam.",
     ("Laurent Giordano", "laurent.giordano@ac-nice.fr"),
     "Lien de réinitialisation refusé",
     "2025-01-13 14:14", f"""\
Bonjour,

Avant que vous ne me renvoyiez vers la procédure MailInBlack : ce n'est pas ça. Notre établissement a bien MailInBlack, mais votre mail de réinitialisation arrive directement dans ma boîte, je l'ai reçu trois fois.

Le problème arrive après : je clique sur le lien dans la minute, je saisis un nouveau mot de passe deux fois, et au moment de valider la page répond « lien expiré ». Trois fois de suite, avec Firefox puis avec Edge.

Portail du lycée Masséna, Nice – {u}.

Une idée ? Sinon, pouvez-vous réinitialiser le mot de passe de votre côté ?

Laurent Giordano
Professeur documentaliste
""", client="tb")

u = U("7200418")
mail("password_reset", True, u, "esidoc", False, "fr",
     "Three lines from Outlook for Android: expired password, Haute-Corse UAI (prefix 720).",
     ("Paule Santoni", "paule.santoni@ac-corse.fr"),
     "Mdp expiré",
     "2025-01-07 12:31", f"""\
Bonjour mot de passe e-sidoc expiré, collège de Corte, {u}. Merci de me renvoyer un lien.
Paule Santoni

Obtenir Outlook pour Android
""", client="outlook-android")

mail("password_reset", True, None, "esidoc", False, "fr",
     "'Est-ce normal que…': does not understand that the identifier is the establishment code and cannot log in; no UAI given, region from the ac-besancon.fr sender.",
     ("Jacqueline Mougin", "jacqueline.mougin@ac-besancon.fr"),
     "identifiant bizarre",
     "2025-01-14 15:40", """\
Bonjour,

Est-ce normal que l'identifiant pour entrer dans le portail du CDI soit un code avec des chiffres et une lettre à la fin ? Ma collègue, qui est partie en décembre, m'a laissé un papier avec ce code mais sans le mot de passe, et je ne sais pas si c'est vraiment l'identifiant ou autre chose.

Quand j'essaie avec ce code et les mots de passe qui me passent par la tête, cela ne marche pas.

Je ne vous mets pas le code car je ne sais pas si j'ai le droit de le donner par mail.

Comment dois-je faire pour avoir un mot de passe ?

Merci et bonne journée,
Jacqueline Mougin
Collège Lumière, Besançon
""", client="zimbra")

u = U("0331506")
mail("password_reset", True, u, "esidoc", True, "fr",
     "Reply on an old invoicing ticket (the quoted history is about an invoice address), but the new message asks only for a new password: the new request wins.",
     ("Sandrine Lafargue", "sandrine.lafargue@ac-bordeaux.fr"),
     "RE: [#SUP-011902] Adresse de facturation",
     "2025-01-16 09:08", f"""\
Bonjour,

Rien à voir avec la facture (tout est rentré dans l'ordre, merci), mais je reprends ce fil parce que c'est le seul mail de chez vous que j'ai gardé.

Depuis la rentrée je ne peux plus me connecter au portail e-sidoc : mot de passe expiré. Pouvez-vous m'envoyer un lien pour le renouveler ? Lycée Camille-Jullian, Bordeaux, {u}.

Merci,
Sandrine Lafargue

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 28 novembre 2024 10:14
À : Sandrine Lafargue <sandrine.lafargue@ac-bordeaux.fr>
Objet : [#SUP-011902] Adresse de facturation

Bonjour,

L'adresse de facturation de votre établissement a été corrigée ; la facture rectifiée sera déposée sur Chorus Pro sous 5 jours ouvrés.

Cordialement,
L'équipe d'assistance
""", client="outlook", irt=desk_mid(11902))

# ==========================================================================
# automated
# ==========================================================================

def desk_original(to, subj, text, date, ticket):
    """Bytes of a message our desk sent, as returned inside a bounce."""
    body = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return (f"From: Assistance <{DESK}>\n"
            f"To: {to}\n"
            f"Subject: {hdr_text(subj)}\n"
            f"Date: {date}\n"
            f"Message-ID: {desk_mid(ticket)}\n"
            f"Auto-Submitted: auto-replied\n"
            f"MIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=\"utf-8\"\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n{body}")


# A1 Zimbra vacation reply, académie de Normandie
mail("automated", False, None, None, False, "fr",
     "Zimbra vacation reply from an académie address: Auto-Submitted: auto-replied (zimbra; vacation). Region from the ac-normandie.fr sender.",
     ("Véronique Lemarchand", "veronique.lemarchand@ac-normandie.fr"),
     "Absente jusqu'au 6 janvier",
     "2025-01-03 11:02", """\
Bonjour,

Je suis absente du CDI jusqu'au lundi 6 janvier inclus et je ne consulte pas ma messagerie pendant les congés.

Pour toute demande urgente, vous pouvez contacter le secrétariat du lycée au 02 35 00 00 00.

Bonnes fêtes de fin d'année,
Véronique Lemarchand
""", client="raw", layout="plain", cte="8bit",
     return_path="", irt=desk_mid(12688),
     headers=[("Auto-Submitted", "auto-replied (zimbra; vacation)"),
              ("X-Mailer", "Zimbra 10.0.10_GA_0102")])

# A2 Exchange Online automatic reply in English
mail("automated", False, None, None, False, "en",
     "Exchange Online 'Automatic reply:' in English from an international school: Auto-Submitted: auto-generated and X-Auto-Response-Suppress.",
     ("Daniel O'Connor", "d.oconnor@cirn-international.org"),
     "Automatic reply: [#SUP-012741] Your subscription request",
     "2025-01-02 09:14", """\
Thank you for your email. The school is closed for the winter break until Monday 6 January 2025.

I will reply to your message as soon as possible after my return. For urgent safeguarding matters please call the school's emergency line.

Kind regards,
Daniel O'Connor
Business Manager
""", client="ms365-en", auth="pass", irt=desk_mid(12741),
     headers=[("Auto-Submitted", "auto-generated"),
              ("X-Auto-Response-Suppress", "All"),
              ("X-MS-Exchange-Inbox-Rules-Loop", "d.oconnor@cirn-international.org")])

# A3 Postfix bounce: mailbox removed during a school-domain migration
orig = desk_original("Jacques Perrin <j.perrin@college-les-tilleuls-vitre.fr>",
                     "[#SUP-012815] Activation de votre abonnement",
                     "Bonjour,\n\nVotre abonnement est activé et sera visible sur votre portail dans un délai de 72 heures au plus.\n\nCordialement,\nL'équipe d'assistance\n",
                     "Tue, 07 Jan 2025 14:20:11 +0100", 12815)
part = multipart("report; report-type=delivery-status", [
    text_part("""This is the mail system at host mail.college-les-tilleuls-vitre.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.perrin@college-les-tilleuls-vitre.fr>: host
    mail.college-les-tilleuls-vitre.fr[private/dovecot-lmtp] said: 550 5.1.1
    <j.perrin@college-les-tilleuls-vitre.fr> User doesn't exist:
    j.perrin@college-les-tilleuls-vitre.fr (in reply to RCPT TO command)
""", cte="7bit", quote_charset=False, extra=[("Content-Description", "Notification")]),
    Part("message/delivery-status", [("Content-Description", "Delivery report")], """\
Reporting-MTA: dns; mail.college-les-tilleuls-vitre.fr
X-Postfix-Queue-ID: 4YSk7n2Lw9z1xQv
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Tue,  7 Jan 2025 14:20:13 +0100 (CET)

Final-Recipient: rfc822; j.perrin@college-les-tilleuls-vitre.fr
Original-Recipient: rfc822;j.perrin@college-les-tilleuls-vitre.fr
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.college-les-tilleuls-vitre.fr
Diagnostic-Code: x-unix; User doesn't exist:
    j.perrin@college-les-tilleuls-vitre.fr
"""),
    Part("message/rfc822", [("Content-Description", "Undelivered Message")], orig),
])
part.boundary = "4YSk7n2Lw9z1xQv.1736256013/mail.college-les-tilleuls-vitre.fr"
part.preamble = "This is a MIME-encapsulated message."
mail("automated", False, None, None, False, "en",
     "Postfix bounce (multipart/report delivery-status, original attached, null Return-Path): the school's mailbox was removed in its January migration.",
     ("Mail Delivery System", "MAILER-DAEMON@mail.college-les-tilleuls-vitre.fr"),
     "Undelivered Mail Returned to Sender",
     "2025-01-07 14:20", client="raw", part=part, return_path="",
     relay="mail.college-les-tilleuls-vitre.fr",
     auth="helo", mid="<20250107132013.4YSk7n2Lw9z1xQv@mail.college-les-tilleuls-vitre.fr>",
     headers=[("Auto-Submitted", "auto-replied")])

# A4 Exchange non-delivery report in French from an académie
ndr_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p style="font-family:Segoe UI;font-size:17pt;color:#C00000">Votre message n'a pas pu être remis à
<a href="mailto:patrick.hoffmann@ac-strasbourg.fr">patrick.hoffmann@ac-strasbourg.fr</a>, car l'adresse de courrier est introuvable ou n'existe plus.</p>
<p style="font-family:Segoe UI;font-size:11pt">Depuis la migration de la messagerie académique, cette adresse n'est plus active.
Vérifiez l'adresse du destinataire et renvoyez le message. Si le problème persiste, contactez l'administrateur de messagerie du destinataire.</p>
<p style="font-family:Segoe UI;font-size:10pt;color:#666">Serveur ayant généré l'erreur : PR0P264MB2871.FRAP264.PROD.OUTLOOK.COM<br>
Erreur distante : 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup</p>
</body></html>
"""
ndr_text = """Votre message n'a pas pu être remis à patrick.hoffmann@ac-strasbourg.fr, car l'adresse de courrier est introuvable ou n'existe plus.

Depuis la migration de la messagerie académique, cette adresse n'est plus active. Vérifiez l'adresse du destinataire et renvoyez le message.

Serveur ayant généré l'erreur : PR0P264MB2871.FRAP264.PROD.OUTLOOK.COM
Erreur distante : 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
part = multipart("report; report-type=delivery-status", [
    multipart("alternative", [text_part(ndr_text, cte="qp"), text_part(ndr_html, "html", cte="qp")], "ms365"),
    Part("message/delivery-status", [], """\
Reporting-MTA: dns;PR0P264MB2871.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Wed, 8 Jan 2025 08:31:44 +0000

Original-Recipient: rfc822;patrick.hoffmann@ac-strasbourg.fr
Final-Recipient: rfc822;patrick.hoffmann@ac-strasbourg.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""),
    Part("text/rfc822-headers", [], """\
From: Assistance <support@assistance.example.fr>
To: Patrick Hoffmann <patrick.hoffmann@ac-strasbourg.fr>
Subject: [#SUP-012798] Transferts EcoleDirecte
Date: Wed, 08 Jan 2025 09:31:40 +0100
Message-ID: <SUP-012798.1736325100.4be1f0@assistance.example.fr>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
"""),
], "ms365")
mail("automated", False, None, None, False, "fr",
     "Exchange Online non-delivery report in French ('Non remis :'), multipart/report: the recipient address disappeared in the académie migration. Region from the ac-strasbourg.fr postmaster address.",
     ("Microsoft Outlook", "postmaster@ac-strasbourg.fr"),
     "Non remis : [#SUP-012798] Transferts EcoleDirecte",
     "2025-01-08 09:31", client="raw", part=part, return_path="",
     headers=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
              ("Content-Language", "fr-FR")])

# A5 Gmail DSN with text/rfc822-headers only
part = multipart("report; report-type=delivery-status", [
    multipart("related", [multipart("alternative", [
        text_part("""
** Address not found **

Your message wasn't delivered to amelie.ronsard.cdi@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser
""", cte="7bit"),
        text_part("""<html><head></head><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;max-width:600px">
<h2 style="font-size:20px;color:#202124">Address not found</h2>
<p>Your message wasn't delivered to <b>amelie.ronsard.cdi@gmail.com</b> because the address couldn't be found, or is unable to receive mail.</p>
<p><a href="https://support.google.com/mail/?p=NoSuchUser">LEARN MORE</a></p>
<p style="color:#70757a">The response was:<br>550 5.1.1 The email account that you tried to reach does not exist.</p>
</div></body></html>
""", "html", cte="7bit")], "gmail")], "gmail"),
    Part("message/delivery-status", [], """\
Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 10 Jan 2025 07:44:02 -0800 (PST)
X-Original-Message-ID: <SUP-012834.1736523840.77ad10@assistance.example.fr>

Final-Recipient: rfc822; amelie.ronsard.cdi@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Fri, 10 Jan 2025 07:44:03 -0800 (PST)
"""),
    Part("text/rfc822-headers", [], """\
From: Assistance <support@assistance.example.fr>
To: amelie.ronsard.cdi@gmail.com
Subject: [#SUP-012834] Votre demande de mot de passe
Date: Fri, 10 Jan 2025 16:44:00 +0100
Message-ID: <SUP-012834.1736523840.77ad10@assistance.example.fr>
Auto-Submitted: auto-replied
"""),
], "gmail")
mail("automated", False, None, None, False, "en",
     "Gmail 'Delivery Status Notification (Failure)': multipart/report with text/rfc822-headers only; the subject of the returned message mentions a password.",
     ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
     "Delivery Status Notification (Failure)",
     "2025-01-10 16:44", client="raw", part=part, return_path="", relay="mail-sor-f69.google.com",
     auth="helo", headers=[("Auto-Submitted", "auto-replied")])

# A6 Outlook read receipt in French
part = multipart("report; report-type=disposition-notification", [
    multipart("alternative", [
        text_part("""Votre message

À : MAURY Catherine
Objet : [#SUP-012733] Votre bon de commande
Envoyé : jeudi 9 janvier 2025 10:02:15 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le jeudi 9 janvier 2025 10:26:48 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""", cte="qp"),
        text_part("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<font size="2"><span style="font-size:11pt"><div>Votre message<br><br>&nbsp;&nbsp;À : MAURY Catherine<br>
&nbsp;&nbsp;Objet : [#SUP-012733] Votre bon de commande<br>&nbsp;&nbsp;Envoyé : jeudi 9 janvier 2025 10:02:15 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris<br><br>
a été lu le jeudi 9 janvier 2025 10:26:48 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.</div></span></font></body></html>
""", "html", cte="qp")], "outlook"),
    Part("message/disposition-notification", [], """\
Reporting-UA: PR1P264MB3920.FRAP264.PROD.OUTLOOK.COM; Microsoft Outlook 16.0
Final-Recipient: rfc822;catherine.maury@ac-toulouse.fr
Original-Message-ID: <SUP-012733.1736413335.a91c3e@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
"""),
], "outlook")
mail("automated", False, None, None, False, "fr",
     "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from the ac-toulouse.fr sender.",
     ("MAURY Catherine", "catherine.maury@ac-toulouse.fr"),
     "Lu : [#SUP-012733] Votre bon de commande",
     "2025-01-09 10:26", client="raw", part=part,
     headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")])

# A7 mailing-list post: a real question, but not written to us
mail("automated", False, None, "esidoc", True, "fr",
     "A librarian's genuine question about an expired e-sidoc password, but posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered. Region from the ac-clermont.fr sender.",
     ("Gilles Bonnefoy", "gilles.bonnefoy@ac-clermont.fr"),
     "[doc-auvergne] mot de passe e-sidoc expiré, vous aussi ?",
     "2025-01-07 18:22", """\
Bonsoir à toutes et à tous,

Petite question à la liste : est-ce que vous avez aussi eu le message « mot de passe expiré » en vous connectant à l'administration d'e-sidoc à la rentrée ? J'ai l'impression que cela touche plusieurs collègues du bassin.

Pour ceux à qui c'est arrivé : avez-vous simplement refait « mot de passe oublié », ou avez-vous dû passer par le chef d'établissement ?

Merci d'avance pour vos retours, et bonne année à toutes et à tous !

Gilles
CDI du collège Blaise-Pascal, Ambert
""", client="tb", return_path="doc-auvergne-bounces@listes.ac-clermont.fr",
     to="doc-auvergne@listes.ac-clermont.fr",
     headers=[("List-Id", "Professeurs documentalistes de l'académie <doc-auvergne.listes.ac-clermont.fr>"),
              ("List-Post", "<mailto:doc-auvergne@listes.ac-clermont.fr>"),
              ("List-Unsubscribe", "<https://listes.ac-clermont.fr/sympa/signoff/doc-auvergne>"),
              ("List-Archive", "<https://listes.ac-clermont.fr/sympa/arc/doc-auvergne>"),
              ("Precedence", "list"),
              ("Sender", "doc-auvergne-request@listes.ac-clermont.fr"),
              ("X-Loop", "doc-auvergne@listes.ac-clermont.fr")])

# A8 Espace Acheteur notification: our desk account's password will expire
mail("automated", False, None, "espace_acheteur", False, "fr",
     "No-reply notification from the Espace Acheteur to the desk's own account: its password expires in 7 days. Auto-Submitted: auto-generated.",
     ("Espace Acheteur", "no-reply@espace-acheteur.example.fr"),
     "Votre mot de passe expire dans 7 jours",
     "2025-01-13 06:00", """\
Bonjour,

Le mot de passe de votre compte Espace Acheteur (support@assistance.example.fr) expirera le 20/01/2025.

Pour le modifier dès maintenant, connectez-vous puis rendez-vous dans « Mon profil > Sécurité ».

Passé cette date, il vous sera demandé d'en choisir un nouveau lors de votre prochaine connexion.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", client="raw", layout="alt", cte="qp", style="generic",
     return_path="bounces+7731@espace-acheteur.example.fr",
     mid="<notif.20250113.e2f51a@espace-acheteur.example.fr>",
     headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

# A9 ticket portal: ticket closed automatically
mail("automated", False, None, "ticket_portal", False, "fr",
     "Ticket-portal notification: a ticket the desk had opened is closed automatically after 15 days without activity. Auto-Submitted: auto-generated.",
     ("Portail d'assistance", "ne-pas-repondre@tickets.example.fr"),
     "[Ticket #48213] Clôture automatique de votre demande",
     "2025-01-08 02:00", """\
Bonjour,

Votre demande #48213 « Synchronisation des comptes enseignants » est restée sans activité depuis 15 jours. Elle a été clôturée automatiquement.

Si le problème n'est pas résolu, vous pouvez la rouvrir depuis le portail dans un délai de 30 jours :
https://tickets.example.fr/demandes/48213

Ceci est un message automatique. Les réponses à cette adresse ne sont pas lues.
""", client="raw", layout="plain", cte="qp",
     return_path="bounce@tickets.example.fr",
     mid="<ticket-48213-close-20250108020000@tickets.example.fr>",
     headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
              ("X-Auto-Response-Suppress", "OOF, AutoReply")])

# A10 e-signature reminder
mail("automated", False, None, "esignature", False, "fr",
     "E-signature reminder: a convention awaits the desk manager's signature. Auto-Submitted: auto-generated, no-reply sender.",
     ("Signature électronique", "notifications@esignature.example.fr"),
     "Rappel : un document attend votre signature",
     "2025-01-15 08:00", """\
Bonjour,

Le document « Convention de partenariat 2025 – Réseau des CDI de Bretagne » vous a été envoyé le 08/01/2025 et attend toujours votre signature.

Date limite de signature : 31/01/2025

Signer le document : https://esignature.example.fr/s/7Hq2Lm9XzP

Vous recevez ce rappel automatique tous les 7 jours jusqu'à la signature ou l'expiration du document.
""", client="raw", layout="alt", cte="qp", style="generic",
     return_path="bounces@esignature.example.fr",
     mid="<rappel.7Hq2Lm9XzP.20250115@esignature.example.fr>",
     headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

# A11 publisher newsletter
mail("automated", False, None, None, False, "fr",
     "Publisher's January newsletter: List-Id, one-click List-Unsubscribe, Precedence: bulk.",
     ("Éditions Plume & Cartable", "lettre@plume-cartable-editions.fr"),
     "Nos nouveautés de janvier pour vos CDI",
     "2025-01-09 07:30", """\
Lettre d'information – janvier 2025

Meilleurs vœux ! Pour bien commencer l'année, découvrez nos nouveautés pour les CDI de collège et de lycée :

- « Les mots du climat », documentaire illustré, 11-14 ans
- « Enquête au lycée Hugo », roman policier, 12 ans et +
- La collection « Petits philosophes » s'agrandit : trois nouveaux titres

Spécimens gratuits sur demande pour les professeurs documentalistes.

Vous recevez ce message car vous êtes inscrit à notre lettre d'information.
Se désinscrire : https://plume-cartable-editions.fr/desinscription?u=88c1f0
""", client="raw", layout="alt", cte="qp", style="generic",
     return_path="bounce-2025-01-88c1f0@news.plume-cartable-editions.fr",
     mid="<20250109063000.88c1f0.news@plume-cartable-editions.fr>",
     headers=[("List-Id", "Lettre Plume & Cartable <lettre.plume-cartable-editions.fr>"),
              ("List-Unsubscribe", "<https://plume-cartable-editions.fr/desinscription?u=88c1f0>, <mailto:desinscription@plume-cartable-editions.fr?subject=88c1f0>"),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
              ("Precedence", "bulk")])

# A12 an anti-spam challenge sent back to the desk by a school's filter
mail("automated", False, None, None, True, "fr",
     "The desk wrote to a school protected by MailInBlack and got the sender-authentication challenge back: automatic mail (Auto-Submitted), not a mailinblack_spam request from a user.",
     ("Secrétariat lycée hôtelier (via Mailinblack)", "secretariat@lycee-hotelier-beaune.fr"),
     "Message en attente : confirmez votre envoi",
     "2025-01-10 15:03", """\
Bonjour,

Vous avez envoyé un message à secretariat@lycee-hotelier-beaune.fr le 10/01/2025 à 15:02, objet : « [#SUP-012840] Votre demande d'accès ».

Ce destinataire est protégé par Mailinblack. Pour que votre message lui soit remis, merci de confirmer que vous êtes bien un humain en cliquant sur le lien ci-dessous :

https://challenge.mailinblack.example.com/c/Tq81ZxA0

Cette opération n'est à faire qu'une seule fois : vos prochains messages seront remis directement.

Ce message vous a été envoyé automatiquement.
""", client="raw", layout="alt", cte="qp", style="generic",
     return_path="", auth="nodkim",
     mid="<challenge.Tq81ZxA0@protect.lycee-hotelier-beaune.fr>",
     headers=[("Auto-Submitted", "auto-replied"), ("X-Mailinblack", "challenge"),
              ("X-Auto-Response-Suppress", "All")])

# A13 DMARC aggregate report
part = multipart("mixed", [
    text_part("""This is an aggregate report from protection.outlook.com.

Report domain: assistance.example.fr
Submitter: protection.outlook.com
Report-ID: 7a0d3c55e41f4d3b9b2c0c1f2d7e9a11
""", cte="7bit"),
    attachment("protection.outlook.com!assistance.example.fr!1736467200!1736553600.xml.gz",
               "application/gzip",
               b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + bytes(RNG.randrange(256) for _ in range(180))),
])
mail("automated", False, None, None, False, "en",
     "DMARC aggregate report (gzip attachment) about the desk's domain.",
     ("DMARC Aggregate Report", "dmarcreport@microsoft.com"),
     "Report Domain: assistance.example.fr Submitter: protection.outlook.com Report-ID: 7a0d3c55e41f4d3b9b2c0c1f2d7e9a11",
     "2025-01-11 03:12", client="raw", part=part, return_path="dmarcreport@microsoft.com",
     relay="mail-db8eur05on2080.outbound.protection.outlook.com")

# A14 out-of-office from a client-side rule: no automation header at all
mail("automated", False, None, None, True, "fr",
     "Out-of-office sent by a client-side rule of a hospital buyer: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic.",
     ("Nathalie Garnier", "nathalie.garnier@ch-vallee-du-lot.fr"),
     "Absente jusqu'au 13/01 - RE: [#SUP-012760] Devis fournitures",
     "2025-01-08 14:47", """\
Bonjour,

Je suis absente jusqu'au lundi 13 janvier inclus.

Pour toute question urgente concernant les commandes ou les factures, merci de contacter le secrétariat de la direction des achats au 05 65 00 00 00 ou achats@ch-vallee-du-lot.fr.

Votre message ne sera pas transféré.

Cordialement,
Nathalie Garnier
Acheteuse – Direction des achats et de la logistique
Centre hospitalier de la Vallée du Lot
""", client="outlook")

# A15 delay warning from our own relay
u = U("0352604")
orig_headers = f"""\
From: Assistance <support@assistance.example.fr>
To: ce.{u}@ac-rennes.fr
Subject: [#SUP-012851] Lien de connexion
Date: Mon, 13 Jan 2025 08:05:02 +0100
Message-ID: <SUP-012851.1736751902.0c7f2e@assistance.example.fr>
"""
part = multipart("report; report-type=delivery-status", [
    text_part(f"""This is the mail system at host relay.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<ce.{u}@ac-rennes.fr>: host smtp-in.ac-rennes.fr[192.0.2.41] said: 451
    4.7.1 Greylisting in action, please come back later (in reply to RCPT TO
    command)
""", cte="7bit", quote_charset=False, extra=[("Content-Description", "Notification")]),
    Part("message/delivery-status", [("Content-Description", "Delivery report")], f"""\
Reporting-MTA: dns; relay.assistance.example.fr
X-Postfix-Queue-ID: 4YWq0B3kRtz9Lmn
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Mon, 13 Jan 2025 08:05:03 +0100 (CET)

Final-Recipient: rfc822; ce.{u}@ac-rennes.fr
Original-Recipient: rfc822;ce.{u}@ac-rennes.fr
Action: delayed
Status: 4.7.1
Remote-MTA: dns; smtp-in.ac-rennes.fr
Diagnostic-Code: smtp; 451 4.7.1 Greylisting in action, please come back later
Will-Retry-Until: Sat, 18 Jan 2025 08:05:03 +0100 (CET)
"""),
    Part("text/rfc822-headers", [("Content-Description", "Undelivered Message Headers")], orig_headers),
])
mail("automated", False, u, None, False, "en",
     "Delay warning from the desk's own relay ('Delayed Mail (still being retried)', Action: delayed) for a message to a school's ce. address; the UAI appears in that recipient address.",
     ("Mail Delivery System", "MAILER-DAEMON@relay.assistance.example.fr"),
     "Delayed Mail (still being retried)",
     "2025-01-13 12:05", client="raw", part=part, return_path="", auth="helo",
     relay="relay.assistance.example.fr",
     headers=[("Auto-Submitted", "auto-replied")])

# A16 acknowledgement from another help desk
mail("automated", False, None, None, False, "fr",
     "Acknowledgement from an académie help desk for a message the desk sent to it (Auto-Submitted, X-Loop): answering would start a mail loop. Region from the ac-versailles.fr sender.",
     ("Assistance DSI - Académie de Versailles", "assistance-dsi@ac-versailles.fr"),
     "[DSI-2025-00341] Accusé de réception de votre demande",
     "2025-01-09 10:12", """\
Bonjour,

Votre demande a bien été enregistrée sous le numéro DSI-2025-00341.

Objet : Adresses ce. non joignables depuis la migration
Priorité : normale
File : Messagerie

Un technicien la prendra en charge dans les meilleurs délais. Pour compléter votre demande, répondez à ce message sans modifier l'objet.

Ceci est un message automatique.
--
Plateforme d'assistance – Direction des systèmes d'information
""", client="raw", layout="plain", cte="qp",
     return_path="assistance-dsi@ac-versailles.fr", irt=desk_mid(12846),
     mid="<ack.DSI-2025-00341@assistance.ac-versailles.fr>",
     headers=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance-dsi@ac-versailles.fr"),
              ("Precedence", "auto_reply")])

# A17 school office's out-of-office from its ce. address
u = U("0631095")
mail("automated", False, u, None, False, "fr",
     "Out-of-office of a school office written from its ce.<UAI> address (Auto-Submitted present); it mentions orders and the CDI. The UAI comes from the address.",
     ("Secrétariat - Lycée Jean-Zay", f"ce.{u}@ac-clermont.fr"),
     "Réponse automatique : [#SUP-012702] Renouvellement abonnement",
     "2025-01-02 16:40", """\
Bonjour,

Le lycée est fermé pendant les vacances de Noël, du samedi 21 décembre au dimanche 5 janvier inclus.

Les demandes concernant les commandes, les abonnements du CDI ou la facturation seront traitées à partir du lundi 6 janvier.

En cas d'urgence : 04 73 00 00 00.

Le secrétariat
Lycée Jean-Zay – Thiers
""", client="outlook", irt=desk_mid(12702),
     headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

# A18 Exim bounce as plain text: no report, no Auto-Submitted
mail("automated", False, None, None, True, "en",
     "Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path, the Mailer-Daemon sender and the wording show it is automatic.",
     ("Mail Delivery System", "Mailer-Daemon@mx1.mairie-plouzane.fr"),
     "Mail delivery failed: returning message to sender",
     "2025-01-14 09:33", """\
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ecole.primaire@mairie-plouzane.fr
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <support@assistance.example.fr>
Received: from relay.assistance.example.fr ([198.51.100.23])
	by mx1.mairie-plouzane.fr with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.96)
	(envelope-from <support@assistance.example.fr>)
	id 1tXa0c-0004Qe-2K
	for ecole.primaire@mairie-plouzane.fr; Mon, 13 Jan 2025 09:31:58 +0100
From: Assistance <support@assistance.example.fr>
To: ecole.primaire@mairie-plouzane.fr
Subject: [#SUP-012849] Ouverture de votre compte client
Date: Mon, 13 Jan 2025 09:31:55 +0100

Bonjour,

Votre compte client a été créé. Vous recevrez sous 12 heures un courriel
d'activation.

L'équipe d'assistance
""", client="raw", layout="plain", cte="8bit", return_path="", auth="helo",
     relay="mx1.mairie-plouzane.fr",
     mid="<E1tXbq4-0007Lx-9a@mx1.mairie-plouzane.fr>")

# A19 Google Workspace vacation responder, English
mail("automated", False, None, None, False, "en",
     "Google Workspace vacation responder (Auto-Submitted: auto-replied) from the bursar of an international school, in English.",
     ("Priya Raman", "bursar@international-school-sophia.org"),
     "Re: [#SUP-012810] Quote for the 2025 subscription",
     "2025-01-04 19:20", """\
Hello,

I am out of the office until Wednesday 8 January with limited access to email. Invoices and payment queries will be handled on my return.

For anything urgent, please contact the main office at office@international-school-sophia.org.

Best regards,
Priya Raman
Bursar
""", client="gmail", irt=desk_mid(12810),
     headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")])

# A20 Espace Acheteur: new offer alert
mail("automated", False, None, "espace_acheteur", False, "fr",
     "Espace Acheteur no-reply alert about a newly published offer, received by the desk's subscription. Auto-Submitted: auto-generated.",
     ("Espace Acheteur - Alertes", "no-reply@espace-acheteur.example.fr"),
     "Alerte : nouvelle offre publiée dans vos catégories suivies",
     "2025-01-16 07:00", """\
Bonjour,

Une nouvelle offre correspond à vos alertes :

Marché 2025-004 – Fournitures de bureau et papeterie scolaire
Lot 2 : papier recyclé
Publication : 16/01/2025
Date limite d'adhésion : 14/02/2025

Consulter l'offre : https://espace-acheteur.example.fr/offres/2025-004

Pour modifier vos alertes : Mon profil > Alertes.
Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", client="raw", layout="alt", cte="qp", style="generic",
     return_path="bounces+7731@espace-acheteur.example.fr",
     mid="<alerte.20250116.2025-004.77@espace-acheteur.example.fr>",
     headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

# A21 académie-wide migration notice sent in bulk
mail("automated", False, None, None, False, "fr",
     "Académie-wide bulk notice about the mailbox migration (List-Id, Precedence: bulk, ne-pas-repondre sender); it mentions passwords and mailboxes but asks nothing of the desk. Region from the ac-montpellier.fr sender.",
     ("Rectorat - DSI", "ne-pas-repondre@ac-montpellier.fr"),
     "Migration de votre messagerie académique : ce qui change le 20 janvier",
     "2025-01-10 17:00", """\
Madame, Monsieur,

Le lundi 20 janvier 2025, votre messagerie académique migre vers la nouvelle plateforme.

Ce qui change pour vous :
- votre adresse électronique reste la même ;
- lors de votre première connexion, vous devrez choisir un nouveau mot de passe ;
- les règles de tri et les réponses automatiques devront être recréées ;
- les adresses fonctionnelles (ce., int., gestion.) seront migrées dans la semaine du 27 janvier.

Un tutoriel pas à pas est disponible sur le portail académique, rubrique « Messagerie ».

Merci de ne pas répondre à ce message.

La Direction des systèmes d'information
""", client="raw", layout="alt", cte="qp", style="generic",
     return_path="bounce-diffusion@ac-montpellier.fr",
     mid="<diffusion.20250110.migration@ac-montpellier.fr>",
     headers=[("List-Id", "Diffusion DSI <diffusion-dsi.ac-montpellier.fr>"),
              ("Precedence", "bulk"),
              ("List-Unsubscribe", "<mailto:diffusion-dsi-unsubscribe@ac-montpellier.fr>")])

# ==========================================================================
# other
# ==========================================================================

mail("other", False, None, None, True, "fr",
     "A school nurse writes to the wrong desk about the password of the infirmary software (not one of the desk's products): mentions a forgotten password but is not password_reset. Region from the ac-normandie.fr sender.",
     ("Infirmerie Lycée Flaubert", "infirmerie.flaubert@ac-normandie.fr"),
     "mot de passe logiciel infirmerie",
     "2025-01-07 10:25", """\
Bonjour,

Je suis infirmière scolaire au lycée Gustave-Flaubert de Rouen. Une collègue m'a donné votre adresse en me disant que vous vous occupiez « des mots de passe de l'académie ».

Depuis la rentrée, je n'arrive plus à ouvrir le logiciel de suivi de l'infirmerie (celui où l'on enregistre les passages des élèves et les traitements). L'écran me demande un code à six chiffres que je n'ai jamais eu, je pense que c'est lié au changement d'ordinateur fait pendant les vacances.

J'ai plusieurs élèves avec un protocole à suivre cette semaine et je note tout sur papier en attendant.

Pouvez-vous me débloquer, ou me dire à qui m'adresser si ce n'est pas vous ?

Merci beaucoup,
Hélène Capron
Infirmière scolaire
""", client="zimbra")

mail("other", False, None, None, False, "fr",
     "A school social worker asks for the forms of the lycée social fund: wrong desk. Region from the ac-aix-marseille.fr sender.",
     ("Karima Oulmi", "karima.oulmi@ac-aix-marseille.fr"),
     "Dossiers fonds social lycéen",
     "2025-01-09 13:50", """\
Bonjour,

Assistante sociale scolaire sur trois établissements du secteur d'Aubagne, je cherche la version 2025 du dossier de demande d'aide au titre du fonds social lycéen et du fonds social pour les cantines.

L'ancien lien que j'avais enregistré sur votre site ne fonctionne plus. Pourriez-vous me transmettre les formulaires à jour, ou m'indiquer où les trouver ?

La commission se réunit le 23 janvier et plusieurs familles sont en grande difficulté depuis les fêtes.

Bien cordialement,
Karima Oulmi
Assistante de service social en faveur des élèves
""", client="outlook")

mail("other", False, None, None, False, "fr",
     "A school nurse asks, from a personal address, how to get a pupil's PAI signed by the doctor: unrelated to the services.",
     ("Sophie Marchal", "sophie.marchal57@laposte.net"),
     "PAI élève allergique",
     "2025-01-13 19:32", """\
Bonsoir,

Excusez-moi si je me trompe d'adresse, j'ai trouvé celle-ci en bas d'un document du collège.

Je suis infirmière scolaire depuis peu (remplacement jusqu'en juin) et j'ai une élève de 5e avec une allergie sévère à l'arachide dont le PAI n'a jamais été signé par le médecin scolaire. Le poste de médecin est vacant depuis septembre.

Savez-vous qui peut signer le PAI dans ce cas, et si je peux utiliser le modèle de l'an dernier en attendant ?

Je vous remercie par avance,
Sophie Marchal
""", client="laposte")

mail("other", False, None, None, True, "en",
     "English phishing exploiting the mailbox-migration theme ('validate your credentials before migration'): mentions passwords and mailboxes but is not password_reset; the look-alike domain is not an académie domain, so no region. SPF/DKIM fail.",
     ("Academic IT Service Desk", "it-servicedesk@ac-nice-migration.com"),
     "ACTION REQUIRED: mailbox migration - validate your credentials",
     "2025-01-14 04:17", """\
Dear user,

As part of the migration of academic mailboxes scheduled this month, all accounts must be validated before 17 January 2025. Accounts not validated will be permanently deactivated and all stored messages will be lost.

Validate your account now:
https://ac-nice-migration.com/owa/validate?id=8832

You will be asked to confirm your current username and password. This takes less than one minute.

Thank you for your cooperation,
IT Service Desk
This is an automated security notice. Do not reply.
""", client="raw", layout="html", cte="qp", style="generic",
     auth="fail", return_path="bounce@mailer-srv77.example.net",
     relay="mailer-srv77.example.net")

mail("other", False, None, None, False, "fr",
     "New Year greetings from a regional colleague in La Réunion: nothing to do. Region from the ac-reunion.fr sender; Réunion time zone.",
     ("Jean-Marc Payet", "jean-marc.payet@ac-reunion.fr"),
     "Meilleurs vœux 2025",
     "2025-01-06 15:05", """\
Bonjour à toute l'équipe,

Depuis l'île, je vous adresse tous mes vœux pour cette nouvelle année : santé, sérénité, et des tickets un peu moins nombreux qu'en 2024 !

Merci encore pour votre disponibilité pendant la rentrée d'août, avec le décalage horaire ce n'était pas simple pour vous non plus.

Bien amicalement,
Jean-Marc Payet
Référent ressources numériques – Saint-Denis
""", client="zimbra", tz="re")

mail("other", False, None, "esidoc", True, "fr",
     "Thanks only, replying to the desk's reset answer (quoted): 'mot de passe' and 'lien' appear, but nothing is asked. Region from the ac-caen.fr sender.",
     ("Bernadette Hue", "bernadette.hue@ac-caen.fr"),
     "Re: [#SUP-012776] Mot de passe e-sidoc",
     "2025-01-08 11:46", """\
Bonjour,

Ça y est, ça marche ! J'ai cliqué sur le lien tout de suite comme vous me l'aviez dit et j'ai pu choisir un nouveau mot de passe. Je l'ai noté dans mon carnet ET dans mon téléphone cette fois.

Merci infiniment pour votre patience avec moi.

Bernadette Hue

Le 08/01/2025 à 10:58, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation vient de vous être envoyé. Il est valable 12 heures ; pensez à l'utiliser rapidement.
>
> Cordialement,
> L'équipe d'assistance
""", client="tb", irt=desk_mid(12776))

mail("other", False, None, "espace_acheteur", False, "fr",
     "Hospital purchasing director asks for a presentation of the Espace Acheteur to her team after a merger of establishments: a request with no category of its own.",
     ("Valérie Dumont-Astier", "v.dumont-astier@ght-cotes-armor.fr"),
     "Demande de présentation de la plateforme à notre équipe achats",
     "2025-01-15 16:20", """\
Madame, Monsieur,

Le groupement hospitalier de territoire réunit depuis le 1er janvier les achats de quatre établissements, et notre équipe passe de 6 à 14 acheteurs, dont plusieurs n'ont jamais utilisé l'Espace Acheteur.

Serait-il possible d'organiser une présentation d'une heure environ, en visioconférence, pour l'ensemble de l'équipe ? Les mardis et jeudis après-midi de février nous conviendraient le mieux.

Vous remerciant par avance,

Valérie Dumont-Astier
Directrice des achats
GHT des Côtes-d'Armor
""", client="ms365")

mail("other", False, None, None, False, "en",
     "English: a parent asks about admission to an international school's English section: wrong address.",
     ("Tom Hargreaves", "tom.hargreaves.family@gmail.com"),
     "Admission to the British section for September",
     "2025-01-12 21:08", """\
Hello,

We are relocating to Lyon this summer for my wife's work and would like our daughter (currently Year 8 in Manchester) to join the British section of a lycée international in September.

Could you tell us what the admission process is, whether there is an entrance test, and by when we need to apply? I found this address on a page about school libraries, so apologies if this is not the right place to ask.

Thank you very much,
Tom Hargreaves
""", client="gmail")

mail("other", False, None, None, False, "fr",
     "All in capitals: an angry complaint about unanswered mails that does not say what they were about; no category can be told. Region from the ac-nancy-metz.fr sender.",
     ("LAMBERT Roger", "roger.lambert@ac-nancy-metz.fr"),
     "TROISIEME RELANCE !!!",
     "2025-01-17 08:02", """\
BONJOUR,

C EST LE TROISIEME MESSAGE QUE J ENVOIE DEPUIS LE 6 JANVIER ET TOUJOURS AUCUNE REPONSE.
JE TROUVE CELA INADMISSIBLE POUR UN SERVICE D ASSISTANCE.
MERCI DE ME RAPPELER AU PLUS VITE AU 03 87 00 00 00 OU DE ME REPONDRE PAR ECRIT.

R. LAMBERT
""", client="outlook")

mail("other", False, None, None, False, "fr",
     "Cold sales pitch for an e-mail deliverability audit (SPF, DKIM, DMARC) written to one person: other, not automated.",
     ("Julien Carrel", "julien.carrel@delivrabilite-conseil.fr"),
     "Vos e-mails arrivent-ils vraiment à destination ?",
     "2025-01-08 10:10", """\
Bonjour,

En ce début d'année, de nombreuses académies migrent leur messagerie et durcissent leurs filtres : les messages sans alignement DMARC ou avec une signature DKIM fragile finissent en quarantaine.

Nous avons analysé gratuitement les enregistrements DNS de assistance.example.fr : votre politique DMARC est encore en p=none et nous relevons deux points d'amélioration sur votre SPF.

Je vous propose un audit de délivrabilité complet (2 jours, rapport et plan d'action). Seriez-vous disponible 20 minutes la semaine prochaine pour en parler ?

Bien à vous,
Julien Carrel
Délivrabilité Conseil
06 00 00 00 00
""", client="gmail", auth="pass")

mail("other", False, None, "esidoc", False, "fr",
     "A librarian retiring at the end of January asks for her account and personal data to be deleted: other (human review), not account_creation. Region from the ac-rouen.fr sender.",
     ("Monique Delahaye", "monique.delahaye@ac-rouen.fr"),
     "Départ en retraite - suppression de mon compte",
     "2025-01-20 14:03", """\
Bonjour,

Je pars à la retraite le 31 janvier après 38 ans au service des CDI.

Je souhaiterais qu'à cette date mon compte personnel sur e-sidoc soit supprimé, ainsi que mes coordonnées (adresse, téléphone portable) de vos fichiers, conformément au RGPD. Ma remplaçante n'est pas encore nommée ; le principal se chargera de vous communiquer son nom.

Merci pour toutes ces années d'aide, toujours aimable, même quand j'étais perdue.

Monique Delahaye
Collège Jean-Lecanuet, Rouen
""", client="zimbra")

mail("other", False, None, None, True, "fr",
     "A Région's IT security engineer reports that the desk's own replies fail DKIM (body hash) and land in quarantine at their gateway, and asks the desk to fix its signing: technical, but not a missing no-reply mail nor MailInBlack.",
     ("Cédric Vannier", "cedric.vannier@si-lycees-grandest.fr"),
     "DKIM body hash did not verify sur vos réponses d'assistance",
     "2025-01-15 11:37", """\
Bonjour,

Ingénieur sécurité à la DSI lycées, je gère la passerelle de messagerie des 240 lycées de la région.

Depuis le 9 janvier, les réponses envoyées par votre assistance (From: support@assistance.example.fr) arrivent chez nous avec :

  dkim=fail (body hash did not verify) header.d=assistance.example.fr header.s=sel2024
  spf=pass smtp.mailfrom=assistance.example.fr
  dmarc=pass (alignement SPF)

DMARC passe grâce au SPF, donc rien n'est rejeté, mais notre moteur pondère fortement l'échec DKIM et une partie de vos messages part en quarantaine. Vu le motif, je soupçonne un équipement intermédiaire chez vous qui réécrit le corps après signature (ajout d'un pied de page, conversion de l'encodage…).

Pouvez-vous transmettre à votre équipe technique ? Je peux fournir des en-têtes complets. Je préfère ne pas mettre votre domaine en liste d'autorisation globale.

Cordialement,
Cédric Vannier
Ingénieur sécurité des systèmes d'information
""", client="tb")

mail("other", False, None, None, False, "fr",
     "A school social worker describes a pupil's confidential situation and asks for an appointment: meant for the sector's social service, wrong desk. Region from the ac-orleans-tours.fr sender.",
     ("Élodie Renard", "elodie.renard@ac-orleans-tours.fr"),
     "Situation d'un élève - demande de rendez-vous",
     "2025-01-10 12:15", """\
Bonjour,

Je me permets de vous solliciter au sujet d'un élève de 4e du collège Ronsard, dont la famille a été relogée en urgence pendant les vacances après un incendie.

Le jeune ne peut plus venir en car scolaire depuis sa nouvelle adresse et il a déjà manqué quatre jours. J'aurais besoin d'un rendez-vous avec vous pour étudier une prise en charge du transport et une aide exceptionnelle.

Je reste disponible au 02 47 00 00 00 les lundis et jeudis.

Bien cordialement,
Élodie Renard
Assistante sociale scolaire
""", client="zimbra")

mail("other", False, None, None, False, "fr",
     "'Bien reçu, merci' from an iPhone: nothing to do. Region from the ac-lyon.fr sender.",
     ("Yvette Chassagne", "yvette.chassagne@ac-lyon.fr"),
     "Re: [#SUP-012820] Votre commande",
     "2025-01-09 18:41", """\
Bien reçu, merci beaucoup.

Envoyé de mon iPhone
""", client="iphone", irt=desk_mid(12820))

mail("other", False, None, None, False, "fr",
     "Asks for the desk's telephone number and opening hours during January: no request about a service.",
     ("Gisèle Rouquette", "gisele.rouquette@orange.fr"),
     "numéro de téléphone ?",
     "2025-01-08 09:58", """\
Bonjour,

Je préférerais vous appeler plutôt que d'écrire, car j'ai beaucoup de mal à expliquer mes problèmes par écrit.

Pourriez-vous me donner votre numéro de téléphone et vos horaires ? Est-ce que vous êtes ouverts le mercredi après-midi ?

Merci,
Gisèle Rouquette
Secrétaire, école Jean-Jaurès
""", client="orange")

mail("other", False, None, "espace_acheteur", False, "fr",
     "University buyer asks how to export the list of markets to a spreadsheet: a how-to question with no category of its own.",
     ("Aurélien Bastien", "aurelien.bastien@univ-cote-opale.fr"),
     "Export Excel de la liste des marchés ?",
     "2025-01-21 10:44", """\
Bonjour,

Dans le cadre de la préparation de notre programmation achats 2025, j'aurais besoin d'extraire la liste des marchés auxquels l'université a adhéré (intitulé, titulaire, date de fin).

Existe-t-il un export Excel ou CSV depuis l'Espace Acheteur ? Je n'ai trouvé qu'une impression page par page.

Merci,
Aurélien Bastien
Cellule marchés – Direction des affaires financières
Université de la Côte d'Opale
""", client="ms365")

mail("other", False, None, None, False, "fr",
     "Asks by hand to be removed from the desk's information mailings: written by a person, so not automated. Region from the ac-bordeaux.fr sender.",
     ("Roland Estève", "roland.esteve@ac-bordeaux.fr"),
     "désinscription",
     "2025-01-22 17:12", """\
Bonjour,

Je reçois toujours vos lettres d'information alors que je ne suis plus gestionnaire depuis septembre (je suis passé à la DSDEN).

Merci de retirer mon adresse de votre liste de diffusion.

Roland Estève
""", client="zimbra")

mail("other", False, None, "esidoc", False, "en",
     "English: an international school's IT lead asks whether e-sidoc supports single sign-on with Google Workspace: a feature question.",
     ("Sebastian Moreau-Kim", "s.moreaukim@ecole-internationale-manosque.org"),
     "SSO with Google Workspace?",
     "2025-01-16 14:02", """\
Hi,

We are moving all staff and student accounts to Google Workspace this term. Does the e-sidoc portal support SAML or OpenID Connect single sign-on, so that students could log in to the library catalogue with their school Google account?

If so, is there any documentation on the attributes you expect (we would map the student ID and class)?

Thanks,
Sebastian Moreau-Kim
Head of Digital, École Internationale de Manosque
""", client="gmail")

mail("other", False, None, None, False, "fr",
     "A test message sent after the mailbox migration, 'merci de ne pas en tenir compte': nothing to do. Region from the ac-guyane.fr sender; Guyane time zone.",
     ("Informatique collège Eboué", "informatique.eboue@ac-guyane.fr"),
     "test envoi nouvelle messagerie",
     "2025-01-21 08:15", """\
Bonjour,

Message de test envoyé depuis la nouvelle messagerie après la migration, pour vérifier que les envois vers l'extérieur fonctionnent. Merci de ne pas en tenir compte.

Cordialement,
Service informatique
""", client="ms365", tz="gf")

# ==========================================================================
# missing_noreply_mail
# ==========================================================================

u = U("0170392")
mail("missing_noreply_mail", True, u, "espace_acheteur", True, "fr",
     "Reads like a password problem, but the 'mot de passe oublié' tool works: the new-password mail never arrives, not in the junk folder either. The taxonomy puts that under missing_noreply_mail. Every click described.",
     ("Michèle Boutet", "michele.boutet@ac-poitiers.fr"),
     "je ne reçois pas le mail pour le mot de passe",
     "2025-01-07 11:18", f"""\
Bonjour,

Excusez-moi de vous écrire pour quelque chose qui va sûrement vous paraître tout simple, mais je tourne en rond depuis hier.

Je suis gestionnaire au collège Fromentin de La Rochelle (numéro {u}). À la rentrée, l'Espace Acheteur m'a dit que mon mot de passe n'était plus valable. Je suis donc allée sur la page de connexion et, sous le cadre où l'on tape le mot de passe, j'ai cliqué sur le petit lien bleu « Mot de passe oublié ? ». J'ai tapé mon adresse (celle d'où je vous écris) et j'ai cliqué sur « Envoyer ». Une bande verte est apparue en haut de la page avec marqué « Un e-mail vous a été envoyé ».

Sauf que je n'ai rien reçu. J'ai attendu une heure, puis j'ai recommencé, trois fois en tout. J'ai regardé dans le dossier « Courrier indésirable » (mon fils m'a montré où il se trouve, dans la colonne de gauche), il n'y a rien non plus, ni dans la corbeille.

Je ne sais pas si c'est de mon côté ou du vôtre. Pouvez-vous regarder ?

Avec mes remerciements,
Michèle Boutet
Adjointe gestionnaire
""", client="zimbra")

mail("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
     "Since the académie mailbox migration on 6 January, no notification from the Espace Acheteur no-reply address arrives; no anti-spam product named. Region from the ac-lille.fr sender.",
     ("Frédéric Delattre", "frederic.delattre@ac-lille.fr"),
     "Plus aucune notification depuis la nouvelle messagerie",
     "2025-01-10 08:34", """\
Bonjour,

Notre messagerie académique a été migrée le lundi 6 janvier. Depuis, je ne reçois plus aucun mail automatique de l'Espace Acheteur : ni les confirmations de commande, ni les notifications de validation, alors que tout arrivait normalement en décembre.

Les autres mails (collègues, fournisseurs) arrivent bien. J'ai regardé dans les indésirables et dans le dossier « Autres » de la nouvelle boîte, rien.

Faut-il déclarer votre adresse d'envoi quelque part ? Si oui, laquelle ?

Merci,
Frédéric Delattre
Gestionnaire, lycée Gaston-Berger, Lille
""", client="ms365")

mail("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
     "A Région's messaging engineer asks for the sending IPs, SPF include and DKIM selector of the no-reply address to allow-list them on the lycées' relay; no anti-spam product named.",
     ("Benoît Aubertin", "benoit.aubertin@numerique-lycees-occitanie.fr"),
     "IP d'émission et sélecteur DKIM de no-reply@espace-acheteur",
     "2025-01-09 15:26", """\
Bonjour,

Nous avons remplacé pendant les vacances le relais SMTP entrant qui dessert les lycées de la région. Plusieurs gestionnaires signalent depuis qu'ils ne reçoivent plus les mails d'activation et de réinitialisation envoyés par no-reply@espace-acheteur.example.fr.

Côté journaux, je vois bien des tentatives de connexion, mais une partie est refusée par nos contrôles de réputation avant même la phase DATA.

Pour ajouter une exception propre, pouvez-vous me communiquer :
- les plages d'adresses IP d'émission (v4 et v6 si vous en avez) ;
- l'include SPF à utiliser, si vous passez par un prestataire d'envoi ;
- le domaine et le sélecteur DKIM utilisés pour signer ces messages.

Merci d'avance,
Benoît Aubertin
Ingénieur messagerie – Numérique des lycées
""", client="tb")

u = U("0580761")
mail("missing_noreply_mail", False, u, "espace_acheteur", True, "fr",
     "The IT person names another anti-spam product (not MailInBlack) whose quarantine holds the activation mails: neither category fits exactly (missing_noreply_mail says 'no anti-spam product named'); labelled missing_noreply_mail, and a person should answer since the MailInBlack guide does not apply.",
     ("Stéphane Ravet", "stephane.ravet@college-nevers-centre.fr"),
     "Vos mails d'activation en quarantaine Altospam",
     "2025-01-14 10:05", f"""\
Bonjour,

Technicien informatique pour le collège ({u}), je constate que les mails d'activation de l'Espace Acheteur adressés à notre gestionnaire sont retenus dans la quarantaine Altospam, notre filtre antispam, avec un score de 7,2 (motifs : « URL raccourcie » et « expéditeur sans historique »).

Je peux les libérer à la main, mais les liens ont une durée de validité et la gestionnaire n'est pas toujours prévenue à temps.

Avant d'ajouter une règle d'autorisation, pouvez-vous me confirmer l'adresse exacte d'expédition et le domaine du chemin de retour (Return-Path) que vous utilisez ? Je ne veux pas autoriser tout votre domaine.

Cordialement,
Stéphane Ravet
""", client="outlook")

mail("missing_noreply_mail", True, None, "espace_acheteur", False, "en",
     "English, international school bursar: the Espace Acheteur activation link never arrived; checked spam; no product named.",
     ("Emily Carter", "e.carter@bilingual-school-bordeaux.org"),
     "Activation email not received",
     "2025-01-08 10:40", """\
Good morning,

I registered our school on the Espace Acheteur on Monday so that we can join the school-supplies agreement. The confirmation page said an activation email would follow within a few minutes, but nothing has arrived after two days. I have checked the spam and "promotions" folders.

Could you resend it, or let me know which sender address I should be looking for?

Kind regards,
Emily Carter
Bursar
Bilingual School of Bordeaux
""", client="gmail")

mail("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
     "'Est-ce normal que…': offer alerts have stopped arriving since 6 January; no product named. Region from the ac-nantes.fr sender.",
     ("Pierre-Yves Lebreton", "pierre-yves.lebreton@ac-nantes.fr"),
     "Alertes nouvelles offres",
     "2025-01-15 13:28", """\
Bonjour,

Est-ce normal que je ne reçoive plus aucune alerte « nouvelle offre » depuis le 6 janvier ? J'en recevais deux ou trois par semaine avant les vacances et mes catégories suivies n'ont pas changé (je viens de vérifier dans mon profil).

Rien dans les spams non plus.

Cordialement,
Pierre-Yves Lebreton
Gestionnaire – Lycée Nelson-Mandela, Nantes
""", client="roundcube")

u = U("0133458")
mail("missing_noreply_mail", True, u, "espace_acheteur", True, "fr",
     "Names MailInBlack only to say the school does NOT use it: the activation mail never came. missing_noreply_mail, not mailinblack_spam.",
     ("Carole Santini", "carole.santini@ac-aix-marseille.fr"),
     "mail d'activation jamais arrivé",
     "2025-01-09 09:15", f"""\
Bonjour,

J'ai créé mon compte sur l'Espace Acheteur lundi pour le collège Château-Forbin ({u}), mais je n'ai jamais reçu le mail d'activation.

Avant de vous écrire, j'ai demandé au rectorat si nous avions MailInBlack, puisque votre FAQ en parle : la réponse est non, nous n'avons aucun système de ce genre au collège. Ce n'est pas non plus dans les indésirables.

Pourriez-vous me le renvoyer ?

Merci,
Carole Santini
Secrétaire d'intendance
""", client="zimbra")

mail("missing_noreply_mail", False, None, "espace_acheteur", False, "fr",
     "Reply (Zimbra 'Mail original' quote) after the junk-folder answer: still nothing after 48 hours, asks for the region to step in. The template was already sent: a person must follow up. Region from the ac-versailles.fr sender.",
     ("Martine Lecomte", "martine.lecomte@ac-versailles.fr"),
     "Re: [#SUP-012790] Mail de confirmation non reçu",
     "2025-01-13 16:52", """\
Bonjour,

J'ai suivi vos indications à la lettre : dossier indésirable vérifié, adresse no-reply ajoutée aux contacts, et même demandé à la collègue d'à côté de regarder avec moi. Toujours rien depuis jeudi.

Pouvez-vous transmettre à la personne de la région comme c'est indiqué dans votre message ? Nous devons passer la commande de manuels avant la fin du mois.

Martine Lecomte

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Martine Lecomte" <martine.lecomte@ac-versailles.fr>
Envoyé: Jeudi 9 Janvier 2025 14:05:33
Objet: [#SUP-012790] Mail de confirmation non reçu

> Bonjour,
>
> Les messages automatiques sont envoyés par no-reply@espace-acheteur.example.fr. Vérifiez votre dossier des courriers indésirables et déclarez cette adresse comme expéditeur sûr.
>
> Sans nouvelles de votre part dans 48 heures, nous reviendrons vers vous.
>
> L'équipe d'assistance
""", client="zimbra", irt=desk_mid(12790))

mail("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
     "Very short phone message without punctuation: the activation mail still has not arrived.",
     ("kevin morel", "kevin.morel.intendance@gmail.com"),
     "mail activation",
     "2025-01-11 12:03", """\
bonjour toujours pas recu le mail d activation pour l espace acheteur depuis mercredi j ai regarde partout merci de le renvoyer
kevin morel lycee agricole de saint pouange
""", client="android")

mail("missing_noreply_mail", True, None, "ticket_portal", False, "fr",
     "The ticket portal's mail to set a new password never arrives; no product named. Region from the ac-strasbourg.fr sender.",
     ("Nicole Schaller", "nicole.schaller@ac-strasbourg.fr"),
     "Portail de tickets : aucun mail reçu",
     "2025-01-16 10:30", """\
Bonjour,

Le portail de tickets m'a demandé de renouveler mon mot de passe. J'ai cliqué sur « recevoir un lien », le portail affiche « message envoyé », mais rien n'arrive dans ma boîte académique, ni dans les indésirables, et ce depuis mardi.

Pourriez-vous vérifier que l'adresse enregistrée est bien nicole.schaller@ac-strasbourg.fr et me renvoyer le message ?

Merci,
Nicole Schaller
""", client="zimbra")

u = U("9720512")
mail("missing_noreply_mail", True, u, "esidoc", False, "fr",
     "Martinique: the automatic e-sidoc new-password mail never arrives; junk folder checked; no product named. Martinique time zone.",
     ("Rose-Aimée Jean-Louis", "rose-aimee.jean-louis@ac-martinique.fr"),
     "Mail automatique e-sidoc non reçu",
     "2025-01-08 07:40", f"""\
Bonjour,

J'ai demandé à deux reprises le mail automatique de changement de mot de passe pour le portail e-sidoc du collège (code {u}), hier après-midi et ce matin. Je n'ai rien reçu, même pas dans le courrier indésirable.

Est-ce que les messages partent bien de chez vous ?

Bien cordialement,
Rose-Aimée Jean-Louis
Professeure documentaliste, collège de Rivière-Pilote
""", client="zimbra", tz="mq")

mail("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
     "University purchasing: as structure administrator, no longer receives the 'account to validate' notifications since the university's new mail system; no product named.",
     ("Hélène Marquet", "helene.marquet@univ-champagne-ardenne.fr"),
     "Notifications de comptes à valider",
     "2025-01-17 09:03", """\
Bonjour,

Je suis administratrice de la structure « Université de Champagne-Ardenne » sur l'Espace Acheteur. Deux collègues du service achats m'ont dit avoir créé leur compte la semaine dernière, mais je n'ai reçu aucune notification de demande à valider.

Depuis le 1er janvier l'université utilise une nouvelle messagerie ; je me demande si vos notifications n'y sont pas filtrées. Mes collègues non plus ne reçoivent rien de l'adresse no-reply.

Pouvez-vous vérifier de votre côté que les messages partent bien ?

Merci,
Hélène Marquet
Responsable du pôle achats
""", client="ms365")

u = U("0561207")
mail("missing_noreply_mail", True, u, "espace_acheteur", True, "fr",
     "Starts with a Chorus invoice problem already solved by a colleague (thanks), then the real request: order notifications from the no-reply address no longer arrive.",
     ("Gaëlle Le Floch", "gaelle.le-floch@ac-rennes.fr"),
     "Merci + autre petite question",
     "2025-01-14 14:44", f"""\
Bonjour,

D'abord un grand merci à votre collègue Mme Tanguy : la facture qui n'apparaissait pas sur Chorus Pro y est enfin, l'agent comptable a pu la mandater vendredi. Affaire classée de ce côté !

Du coup, j'en profite pour une autre question : depuis la rentrée, je ne reçois plus les mails automatiques de l'Espace Acheteur quand une commande change de statut. Avant, j'avais un mail à chaque étape. J'ai vérifié les courriers indésirables, rien. Il n'y a pas d'antispam particulier chez nous à ma connaissance.

Collège Jules-Simon, Vannes – {u}.

Bonne journée,
Gaëlle Le Floch
Gestionnaire
""", client="zimbra")

mail("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
     "Hospital buyer: order confirmation mails from the no-reply address stopped arriving; no product named; non-academic sender.",
     ("Laurence Picard", "laurence.picard@ch-pays-de-morlaix.fr"),
     "Confirmations de commande non reçues",
     "2025-01-20 11:11", """\
Bonjour,

Nous avons passé trois commandes sur l'Espace Acheteur la semaine dernière (marché de consommables d'entretien). Aucune confirmation automatique ne nous est parvenue, alors que les commandes apparaissent bien comme « transmises » dans l'espace.

Notre service informatique indique qu'aucun message venant de votre domaine n'a été bloqué chez eux. Pouvez-vous vérifier l'envoi ?

Cordialement,
Laurence Picard
Cellule approvisionnement
Centre hospitalier du Pays de Morlaix
""", client="outlook")

mail("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
     "All in capitals: the account activation mail never arrived. Region from the ac-toulouse.fr sender.",
     ("CASTEX Jean-Pierre", "jean-pierre.castex@ac-toulouse.fr"),
     "PAS RECU LE MAIL POUR ACTIVER LE COMPTE",
     "2025-01-09 15:57", """\
BONJOUR

JE NE RECOIS PAS LE MAIL POUR ACTIVER MON COMPTE SUR L ESPACE ACHETEUR.
J AI FAIT L INSCRIPTION DEUX FOIS, LUNDI ET CE MATIN.
RIEN DANS LES SPAMS.

MERCI DE FAIRE LE NECESSAIRE.

JP CASTEX
GESTIONNAIRE LP LES ARENES TOULOUSE
""", client="outlook")

mail("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
     "A collectivité's IT explains that their new relay's greylisting delays the platform's mails so long that the activation links arrive almost expired; asks for the sending range. No anti-spam product named.",
     ("Yannick Prigent", "y.prigent@numerique.cotes-darmor.example.fr"),
     "Greylisting et liens d'activation",
     "2025-01-21 16:30", """\
Bonjour,

Le département héberge la messagerie de ses 48 collèges. Depuis la bascule du 6 janvier sur un nouveau relais, nous appliquons du greylisting aux expéditeurs inconnus.

D'après nos journaux, votre serveur d'envoi ne réessaie qu'au bout de plusieurs heures après le premier refus temporaire (451 4.7.1). Les liens d'activation de l'Espace Acheteur arrivent donc chez nos gestionnaires avec des heures de retard, parfois peu avant leur expiration.

Pouvez-vous me donner les adresses IP ou le réseau d'émission de no-reply@espace-acheteur.example.fr, afin que je les exempte du greylisting ?

Merci,
Yannick Prigent
Administrateur systèmes et réseaux
""", client="tb")

mail("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
     "Apple Mail forward ('Début du message réexpédié') of a colleague's message: her account was validated but the first-login mail never came. Region from the ac-clermont.fr sender.",
     ("Dominique Vialatte", "dominique.vialatte@ac-clermont.fr"),
     "Tr : compte validé mais pas de mail",
     "2025-01-22 12:25", """\
Bonjour,

Je vous fais suivre le message de ma nouvelle collègue, qui n'a pas encore d'adresse académique qui fonctionne. Son compte a été validé hier (c'est moi qui l'ai fait), mais elle n'a jamais reçu le mail de première connexion.

Merci de votre aide,
Dominique Vialatte
Gestionnaire, collège Lucie-Aubrac, Clermont-Ferrand

Début du message réexpédié :

> De: Inès Bouchard <ines.bouchard.63@gmail.com>
> Objet: compte espace acheteur
> Date: 22 janvier 2025 à 11:58:12 UTC+1
> À: Dominique Vialatte <dominique.vialatte@ac-clermont.fr>
>
> Bonjour Dominique,
> Je n'ai toujours pas reçu le mail pour me connecter à l'Espace Acheteur, même dans les spams. Tu peux voir avec eux ?
> Merci !
> Inès
""", client="apple")

# ==========================================================================
# head_of_establishment_request
# ==========================================================================

u = U("0370884")
mail("head_of_establishment_request", False, u, "espace_acheteur", False, "fr",
     "The proviseur, from the ce.<UAI> address, names a new structure administrator after the gestionnaire's retirement on 31 December and asks to close the former one's access.",
     ("Proviseur - Lycée Descartes", f"ce.{u}@ac-orleans-tours.fr"),
     f"Changement d'administrateur Espace Acheteur - {u}",
     "2025-01-06 14:30", f"""\
Madame, Monsieur,

Mme Josette Barrault, gestionnaire du lycée Descartes de Tours et administratrice de notre structure sur l'Espace Acheteur, a fait valoir ses droits à la retraite au 31 décembre 2024.

Je vous demande de bien vouloir désigner en qualité d'administrateur de la structure son successeur, M. Karim Belkacem (karim.belkacem@ac-orleans-tours.fr), en poste depuis ce jour, et de désactiver le compte de Mme Barrault.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Philippe Arnoult
Proviseur
Lycée Descartes – UAI {u}
""", client="zimbra")

u = U("0932270")
mail("head_of_establishment_request", False, u, "esidoc", True, "fr",
     "The principal herself, from the ce.<UAI> address, asks for an e-sidoc administrator password reset and a new contact address because the former librarian's mailbox disappeared in the migration: a head-of-establishment request, not password_reset.",
     ("Principale Collège Romain-Rolland", f"ce.{u}@ac-creteil.fr"),
     "Portail e-sidoc : réinitialisation et nouvelle adresse de contact",
     "2025-01-08 17:45", f"""\
Madame, Monsieur,

En ma qualité de principale du collège Romain-Rolland de Clichy-sous-Bois (UAI {u}), je sollicite la réinitialisation du mot de passe administrateur de notre portail e-sidoc.

L'adresse de contact actuellement associée au compte est celle de notre ancienne professeure documentaliste, mutée en septembre ; sa boîte a été supprimée lors de la migration de la messagerie académique et le lien de réinitialisation ne peut donc plus nous parvenir.

Je vous demande de remplacer cette adresse par celle de M. Adrien Toussaint, professeur documentaliste du collège : adrien.toussaint@ac-creteil.fr.

Avec mes remerciements,

Nadia Haddou
Principale
""", client="outlook")

u = U("0261348")
mail("head_of_establishment_request", False, u, "esidoc", False, "fr",
     "A primary-school head (directrice d'école), from her personal académie address, authorises the renewal order of the school library's e-sidoc subscription and names who places it.",
     ("Agnès Brunel", "agnes.brunel@ac-grenoble.fr"),
     "Autorisation commande abonnement BCD",
     "2025-01-10 12:40", f"""\
Bonjour,

Je suis directrice de l'école élémentaire Les Tilleuls à Montélimar ({u}).

Par la présente, j'autorise Mme Laetitia Roche, enseignante coordinatrice de la BCD, à passer et valider la commande de renouvellement de notre abonnement e-sidoc pour 2025. Le financement est assuré par la coopérative scolaire, comme l'an dernier.

Je reste joignable pour toute vérification.

Cordialement,
Agnès Brunel
Directrice
""", client="zimbra")

u = U("0060913")
mail("head_of_establishment_request", False, u, "esidoc", False, "en",
     "English: the head of an international school asks in writing for the e-sidoc administrator password to be reset and the contact address changed to the new librarian.",
     ("Dr. Caroline Ashworth", "head@civ-sophia-international.org"),
     "Request from the Head of School - e-sidoc administrator account",
     "2025-01-07 09:55", f"""\
Dear Sir or Madam,

I am writing as Head of the Centre International de Valbonne (school code {u}).

Our librarian, Mr. James Fielding, left the school at the end of December. I would be grateful if you could reset the administrator password of our e-sidoc portal and replace the contact address on the account with that of his successor, Ms. Ana Lopes (a.lopes@civ-sophia-international.org), who started on 6 January.

Please do not send the new credentials to Mr. Fielding's former address, which has now been closed.

Yours faithfully,

Dr. Caroline Ashworth
Head of School
""", client="ms365-en")

u = U("0400722")
mail("head_of_establishment_request", False, u, None, True, "fr",
     "Claims to be the proviseur, from the ce.<UAI> address, but SPF, DKIM and DMARC fail, Reply-To is a free-mail address, and it asks for every administrator password to be sent there: a probable spoof. Still a head-of-establishment request for the queue, where staff should refuse it. Mentions both e-sidoc and the Espace Acheteur, so no single platform.",
     ("Proviseur Lycée Borda", f"ce.{u}@ac-bordeaux.fr"),
     "URGENT - accès administrateur",
     "2025-01-11 23:48", f"""\
Bonjour,

Je suis le proviseur du lycée Borda à Dax ({u}).

Suite à la migration de notre messagerie, nous n'avons plus accès à nos comptes. Merci de m'envoyer en urgence les identifiants et mots de passe administrateur du portail e-sidoc et de l'Espace Acheteur à mon adresse personnelle : proviseur.borda.dax@gmail.com

C'est très urgent, le rectorat attend un rapport lundi matin.

Cordialement
Le proviseur
""", client="roundcube", auth="fail", return_path="mailer@srv-4412.example.net",
     relay="srv-4412.example.net",
     reply_to=("Proviseur Lycée Borda", "proviseur.borda.dax@gmail.com"))

u = U("0542179")
mail("head_of_establishment_request", False, u, "esidoc", False, "fr",
     "Reply (Zimbra 'Mail original' quote) in which the principal gives the written request the desk asked for: reset of the e-sidoc administrator password, link to the school's address.",
     ("Marc Schneider", "marc.schneider@ac-nancy-metz.fr"),
     "Re: [#SUP-012807] Accès administrateur e-sidoc",
     "2025-01-09 08:12", f"""\
Bonjour,

Comme demandé, je vous confirme par écrit, en ma qualité de principal du collège La Fontaine de Laxou ({u}), ma demande de réinitialisation du mot de passe administrateur de notre portail e-sidoc. Merci d'envoyer le lien à l'adresse officielle du collège, ce.{u}@ac-nancy-metz.fr, que je consulte chaque jour.

Bien cordialement,
Marc Schneider
Principal

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Marc Schneider" <marc.schneider@ac-nancy-metz.fr>
Envoyé: Mercredi 8 Janvier 2025 16:20:02
Objet: [#SUP-012807] Accès administrateur e-sidoc

Bonjour,

Pour des raisons de sécurité, la réinitialisation demandée par votre professeure documentaliste nécessite une demande écrite du chef d'établissement. Pouvez-vous nous la faire parvenir en réponse à ce message ?

L'équipe d'assistance
""", client="zimbra", irt=desk_mid(12807))

u = U("0271063")
mail("head_of_establishment_request", False, u, "espace_acheteur", True, "fr",
     "The secretary sends the head's signed letter (PDF) with the head in copy: it is the head's written request (change of structure administrator), relayed; staff must check the letter and the sender.",
     ("Secrétariat de direction", "secretariat.malraux@ac-normandie.fr"),
     "Courrier de M. le Proviseur - administrateur Espace Acheteur",
     "2025-01-13 11:05", f"""\
Bonjour,

Veuillez trouver ci-joint le courrier signé de M. le Proviseur concernant le changement d'administrateur de la structure « Lycée André-Malraux – Gaillon » ({u}) sur l'Espace Acheteur.

M. le Proviseur est en copie de ce message.

Bien cordialement,

Le secrétariat de direction
Lycée André-Malraux
""", client="outlook",
     cc=[("Xavier Leprince", "xavier.leprince@ac-normandie.fr")],
     attach=[("Courrier_changement_administrateur_signé.pdf", "application/pdf",
              fake_pdf("Changement administrateur Espace Acheteur"))])

u = U("0754401")
mail("head_of_establishment_request", False, u, "espace_acheteur", False, "fr",
     "Written delegation: the proviseure declares which two staff members may validate orders for the establishment on the Espace Acheteur in 2025.",
     ("Hélène Dufresne-Coll", "helene.dufresne-coll@ac-paris.fr"),
     "Délégation de validation des commandes 2025",
     "2025-01-15 10:20", f"""\
Madame, Monsieur,

Je soussignée Hélène Dufresne-Coll, proviseure du lycée Paul-Valéry (Paris 12e, UAI {u}), donne délégation pour l'année civile 2025 à :

– M. Thomas Ngo, adjoint gestionnaire, thomas.ngo@ac-paris.fr ;
– Mme Rachida Meziane, secrétaire d'intendance, rachida.meziane@ac-paris.fr,

pour valider en mon nom les commandes passées sur l'Espace Acheteur, dans la limite des crédits ouverts au budget.

La délégation accordée l'an dernier à Mme Carpentier, qui a quitté l'établissement, est révoquée.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

H. Dufresne-Coll
""", client="outlook-html")

u = U("0460421")
mail("head_of_establishment_request", False, u, "esidoc", False, "fr",
     "Long, apologetic message from an older principal: asks to close the access of the librarian who left in December and to reset the administrator password for the new one.",
     ("Bernard Combes", "bernard.combes@ac-toulouse.fr"),
     "Demande du principal concernant le portail du CDI",
     "2025-01-07 18:30", f"""\
Madame, Monsieur,

Je vous prie de bien vouloir excuser la forme peut-être maladroite de ce courrier ; je ne suis guère familier de ces outils et c'est notre secrétaire qui m'a indiqué votre adresse.

Notre professeure documentaliste, Mme Vergnes, a quitté le collège Olivier-de-Magny de Cahors (code {u}) le 20 décembre pour rejoindre un établissement de l'académie de Bordeaux. Elle était, si j'ai bien compris, la seule à détenir le mot de passe permettant d'administrer le portail du CDI.

Sa remplaçante, Mme Justine Farge (justine.farge@ac-toulouse.fr), est arrivée hier. Je souhaiterais donc :
1. que l'accès de Mme Vergnes soit fermé ;
2. que le mot de passe soit réinitialisé et que Mme Farge puisse en choisir un nouveau.

Je me tiens à votre disposition si vous avez besoin d'une pièce justificative, et vous remercie par avance de votre aide.

Bernard Combes
Principal du collège Olivier-de-Magny
""", client="outlook")

b = BAD("0741352", 9)
u = U("0741352")
mail("head_of_establishment_request", False, u, "esidoc", True, "fr",
     f"The body gives {b} (wrong check letter) but the sender address ce.{u}@ac-grenoble.fr carries the valid UAI, which is the label. The principal asks to change the e-sidoc administrator contact address.",
     ("Principal - Collège Les Aravis", f"ce.{u}@ac-grenoble.fr"),
     "Changement d'adresse de contact e-sidoc",
     "2025-01-16 08:50", f"""\
Bonjour,

Je vous demande, en tant que principal du collège Les Aravis de Thônes ({b}), de bien vouloir remplacer l'adresse de contact de notre compte administrateur e-sidoc par l'adresse officielle du collège (celle-ci), l'ancienne adresse du CDI ayant été supprimée lors de la migration.

Merci par avance,
Loïc Perrier
Principal
""", client="zimbra")

u = U("0492217")
mail("head_of_establishment_request", False, u, "ecoledirecte", False, "fr",
     "The head of a private school asks in writing to change the EcoleDirecte establishment administrator after a staff change.",
     ("Direction Institution Saint-Maurille", "direction@saint-maurille-angers.fr"),
     "Changement d'administrateur EcoleDirecte",
     "2025-01-09 16:05", f"""\
Madame, Monsieur,

En tant que chef d'établissement de l'Institution Saint-Maurille à Angers (UAI {u}), je vous informe que Mme Florence Tessier, jusqu'ici administratrice de notre espace EcoleDirecte, a quitté ses fonctions le 31 décembre.

Je vous demande de transférer les droits d'administrateur à M. Guillaume Richou, responsable de la vie scolaire (g.richou@saint-maurille-angers.fr), et de supprimer les accès de Mme Tessier.

Je vous remercie de bien vouloir me confirmer la prise en compte de cette demande.

Bertrand Ollivier
Chef d'établissement
""", client="outlook")

u = U("0251609")
mail("head_of_establishment_request", False, u, "esidoc", False, "fr",
     "The principal confirms from his phone, quoting his librarian's request (Apple quote style), that the reset may be done. Personal academic address, not the ce. one; the UAI is in the quoted part.",
     ("Fabrice Grandjean", "fabrice.grandjean@ac-besancon.fr"),
     "Re: Demande de réinitialisation e-sidoc",
     "2025-01-14 07:22", f"""\
Bonjour,
Je confirme la demande de Mme Cuenot ci-dessous. Vous pouvez procéder.
F. Grandjean, principal

Envoyé de mon iPhone

> Le 13 janv. 2025 à 17:40, Sophie Cuenot <sophie.cuenot@ac-besancon.fr> a écrit :
>
> Bonjour,
> Le mot de passe administrateur de notre portail e-sidoc (collège Victor-Hugo, Besançon, {u}) a expiré et l'adresse de contact enregistrée est celle de mon prédécesseur. Je vous mets en copie M. Grandjean, principal, qui confirmera la demande.
> Sophie Cuenot
> Professeure documentaliste
""", client="iphone", cc=[("Sophie Cuenot", "sophie.cuenot@ac-besancon.fr")])

u = U("9760318")
mail("head_of_establishment_request", False, u, "espace_acheteur", False, "fr",
     "The principal of a collège in Mayotte asks to replace the Espace Acheteur structure's contact address, lost in the académie mail migration, with the school's official address. Mayotte time zone.",
     ("Ahamadi Soilihi", "ahamadi.soilihi@ac-mayotte.fr"),
     "Demande du principal - adresse de contact de la structure",
     "2025-01-20 10:35", f"""\
Madame, Monsieur,

Principal du collège de Kani-Kéli ({u}), je vous demande de modifier l'adresse de contact de notre structure sur l'Espace Acheteur.

L'adresse actuelle (intendance-kanikeli@ac-mayotte.fr) a été supprimée lors de la migration de la messagerie académique. Merci de la remplacer par l'adresse officielle du collège : ce.{u}@ac-mayotte.fr.

Je vous remercie par avance.

Ahamadi Soilihi
Principal
""", client="zimbra", tz="yt")

# ==========================================================================
# mailinblack_spam
# ==========================================================================

u = U("0160318")
mail("mailinblack_spam", True, u, "espace_acheteur", False, "fr",
     "Older secretary describes in words the daily MailInBlack report where the Espace Acheteur mails wait ('le logo noir Mailinblack'); asks what to click.",
     ("Jocelyne Ribardière", "jocelyne.ribardiere@ac-poitiers.fr"),
     "mails bloqués dans une liste bizarre",
     "2025-01-08 14:02", f"""\
Bonjour,

Je suis secrétaire d'intendance au collège Jean-Rostand d'Angoulême ({u}) et j'ai besoin de votre aide, mais je vais essayer d'être claire.

Depuis la rentrée, je reçois chaque matin un mail avec un grand logo noir où il est écrit « Mailinblack ». Dedans, il y a un tableau avec des lignes : sur chaque ligne, un expéditeur, un objet et, tout à droite, un petit bouton vert avec une coche et un petit bouton rouge avec une croix. Dans ce tableau il y a tous les messages de l'Espace Acheteur (no-reply@…) depuis le 6 janvier, y compris celui pour valider notre commande de papier.

Je n'ose pas cliquer sur les boutons, j'ai peur d'accepter n'importe quoi ou au contraire de tout supprimer. Notre informaticien ne vient que le jeudi.

Pouvez-vous me dire sur quoi je dois cliquer pour que vos messages arrivent normalement ?

Merci beaucoup, et pardon pour ces questions de débutante,
Jocelyne Ribardière
""", client="zimbra")

mail("mailinblack_spam", True, None, "espace_acheteur", False, "fr",
     "IT technician: after the January mail migration the collectivité deployed MailInBlack; asks which sender domains and addresses to allow-list. Region from the ac-amiens.fr sender.",
     ("Mathieu Caron", "mathieu.caron@ac-amiens.fr"),
     "Liste blanche MailInBlack pour vos envois",
     "2025-01-09 10:50", """\
Bonjour,

Technicien de proximité pour sept collèges de l'Oise, je prépare la liste blanche de notre nouvelle solution MailInBlack, déployée par le département en même temps que la migration des boîtes le 6 janvier.

Plusieurs gestionnaires ne reçoivent plus vos mails d'activation et de réinitialisation. Pouvez-vous me confirmer les adresses et domaines à autoriser ? J'ai pour l'instant :
- no-reply@espace-acheteur.example.fr
- support@assistance.example.fr

Y a-t-il d'autres expéditeurs (prestataire d'envoi, domaine de rebond) à prévoir ?

Merci,
Mathieu Caron
""", client="tb")

u = U("0141522")
mail("mailinblack_spam", False, u, "espace_acheteur", True, "fr",
     "The sender-authentication challenge is described (correspondents must click to prove they are human; the platform cannot, so its mails stay 'en attente') without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person should check before sending the guide.",
     ("Annick Lemonnier", "annick.lemonnier@ac-normandie.fr"),
     "Nouveau filtre : vos messages restent en attente",
     "2025-01-10 15:31", f"""\
Bonjour,

Depuis la rentrée, le collège ({u}, Lisieux) a un nouveau système contre les courriels indésirables. Quand quelqu'un nous écrit pour la première fois, il reçoit un message lui demandant de cliquer sur un lien pour prouver qu'il n'est pas un robot, et tant qu'il ne l'a pas fait, son mail reste « en attente » chez nous.

Pour les fournisseurs, ça va, ils cliquent. Mais les mails de l'Espace Acheteur, eux, restent bloqués en attente : j'imagine que votre adresse automatique ne peut pas cliquer !

Comment faire pour que vos messages passent ?

Merci,
Annick Lemonnier
Gestionnaire
""", client="zimbra")

u = U("0693758")
mail("mailinblack_spam", True, u, "espace_acheteur", False, "en",
     "English, international school: MailInBlack quarantines the Espace Acheteur activation e-mails.",
     ("Sarah Bennett", "s.bennett@cite-scolaire-internationale-lyon.org"),
     "Your emails are stuck in MailInBlack quarantine",
     "2025-01-13 09:20", f"""\
Hello,

Since our school moved to a new email system during the holidays, messages from your platform (activation links, password emails) end up in the MailInBlack quarantine and our staff never see them. I only found them today by logging in to the MailInBlack web interface.

School code: {u} (Cité Scolaire Internationale de Lyon).

Is there a recommended way to allow your emails through MailInBlack permanently?

Thank you,
Sarah Bennett
Finance Office
""", client="ms365-en")

u = U("0840236")
mail("mailinblack_spam", False, u, "espace_acheteur", True, "fr",
     "Two topics: Espace Acheteur mails held by MailInBlack (main) and a question about an invoice sent to the wrong service on Chorus; a single template would answer only half.",
     ("Rémi Castagné", "remi.castagne@ac-aix-marseille.fr"),
     "Mailinblack + facture",
     "2025-01-14 11:12", f"""\
Bonjour,

1. Depuis le 6 janvier, Mailinblack bloque tous les mails de l'Espace Acheteur : confirmations de commande, notifications… Je les retrouve dans les « messages en attente » mais je ne sais pas s'il faut autoriser l'adresse ou le domaine.

2. Par ailleurs, la facture de décembre a été déposée sur Chorus avec un mauvais code service, elle a été rejetée par l'agent comptable. Pouvez-vous la redéposer ?

Lycée Frédéric-Mistral, Avignon – {u}.

Merci,
Rémi Castagné
Adjoint gestionnaire
""", client="roundcube")

u = U("0220917")
mail("mailinblack_spam", True, u, "espace_acheteur", False, "fr",
     "'Est-il normal que…': the platform's mails land in the MailInBlack quarantine since the migration.",
     ("Armelle Le Bihan", "armelle.le-bihan@ac-rennes.fr"),
     "Est-ce normal ? (Mailinblack)",
     "2025-01-15 12:47", f"""\
Bonjour,

Est-il normal que tous vos mails arrivent dans la quarantaine Mailinblack depuis que notre messagerie a été migrée ? Avant les vacances ils arrivaient directement dans ma boîte de réception.

Je voudrais savoir si c'est un réglage à faire chez nous ou si quelque chose a changé chez vous.

Collège Jean-Macé, Lannion – {u}

Merci,
Armelle Le Bihan
""", client="tb")

mail("mailinblack_spam", True, None, "espace_acheteur", False, "fr",
     "Product spelled 'mail in black', no punctuation, typos. Region from the ac-reunion.fr sender; Réunion time zone.",
     ("thierry hoarau", "thierry.hoarau@ac-reunion.fr"),
     "bloquer par mail in black",
     "2025-01-16 06:48", """\
bjr vos mail pour l espace acheteur sont bloquer par mail in black depuis la rentrer je ne recoi plus rien comment on fait pour les debloquer merci
thierry hoarau intendance lycée de saint paul
""", client="android", tz="re")

u = U("0952031")
part = multipart("mixed", [
    text_part(f"""Bonjour,

Je vous transfère le rapport quotidien que je reçois. Vos deux messages d'hier y sont (les lignes « no-reply@espace-acheteur.example.fr »). Faut-il que je clique sur « Autoriser » pour chacun, ou y a-t-il un moyen de tout autoriser d'un coup ?

Lycée Camille-Pissarro, Pontoise – {u}

Merci,
Laure Maillard
Secrétaire d'intendance
""", cte="qp"),
    Part("message/rfc822", [("Content-Transfer-Encoding", "8bit"),
                            ("Content-Disposition", 'inline; filename="Rapport Mailinblack.eml"')], """\
From: Mailinblack <rapport@protect.mailinblack.example.com>
To: laure.maillard@ac-versailles.fr
Subject: Votre rapport quotidien : 4 messages en attente
Date: Tue, 21 Jan 2025 07:00:02 +0100
Message-ID: <rapport.20250121.b71e@protect.mailinblack.example.com>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre rapport quotidien Mailinblack

Messages en attente d'authentification :

  20/01/2025 16:41  no-reply@espace-acheteur.example.fr  Validation de votre commande n° 2025-00187
  20/01/2025 16:43  no-reply@espace-acheteur.example.fr  Commande n° 2025-00187 transmise au fournisseur
  20/01/2025 18:02  promo@bureau-discount.example.com     -40 % sur les cartouches
  21/01/2025 02:15  info@newsletter-loisirs.example.net   Votre cadeau vous attend

Pour chaque message : Autoriser | Bloquer | Voir
"""),
])
mail("mailinblack_spam", True, u, "espace_acheteur", False, "fr",
     "Forwards the daily MailInBlack quarantine report as an attached message: the forwarded part is machine text, the outer message is a real question.",
     ("Laure Maillard", "laure.maillard@ac-versailles.fr"),
     "TR: Votre rapport quotidien : 4 messages en attente",
     "2025-01-21 08:14", client="tb", part=part)

mail("mailinblack_spam", True, None, "espace_acheteur", False, "fr",
     "Reply quoting the desk's junk-folder answer: the school's IT now says MailInBlack is blocking, so the MailInBlack guide is the right answer. Region from the ac-limoges.fr sender.",
     ("Pascal Faucher", "pascal.faucher@ac-limoges.fr"),
     "RE: [#SUP-012823] Mail d'activation",
     "2025-01-15 09:40", """\
Bonjour,

Merci pour votre réponse. Pas de trace dans les indésirables, mais notre informaticien est passé hier : d'après lui, c'est MailInBlack qui retient vos messages, il les a vus dans la console d'administration.

Que devons-nous faire exactement pour que ce soit réglé une bonne fois pour toutes ?

Pascal Faucher
Gestionnaire, collège Maurice-Rollinat, Brive

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 13 janvier 2025 11:20
À : Pascal Faucher <pascal.faucher@ac-limoges.fr>
Objet : [#SUP-012823] Mail d'activation

Bonjour,

Le mail d'activation est envoyé par no-reply@espace-acheteur.example.fr. Vérifiez le dossier des courriers indésirables et déclarez l'expéditeur comme fiable. Sans nouvelles dans 48 heures, nous reviendrons vers vous.

L'équipe d'assistance
""", client="outlook", irt=desk_mid(12823))

u = U("9711205")
mail("mailinblack_spam", True, u, "espace_acheteur", False, "fr",
     "All in capitals: MAILINBLACK blocks the platform's mails. Guadeloupe time zone.",
     ("INTENDANCE LYCEE GERVILLE-REACHE", "intendance.gerville@ac-guadeloupe.fr"),
     "MAILINBLACK BLOQUE VOS MAILS",
     "2025-01-17 08:30", f"""\
BONJOUR

DEPUIS LE CHANGEMENT DE MESSAGERIE TOUS LES MAILS DE L ESPACE ACHETEUR SONT BLOQUES PAR MAILINBLACK.
NOUS NE POUVONS PAS VALIDER NOS COMMANDES.
UAI {u}
MERCI DE NOUS DIRE QUOI FAIRE.

L INTENDANCE
""", client="outlook", tz="gp")

mail("mailinblack_spam", True, None, "espace_acheteur", False, "fr",
     "Older administrative agent: clicked the little green button in MailInBlack to allow the sender, but the next mails are still held. Region from the ac-montpellier.fr sender.",
     ("Andrée Fabre", "andree.fabre@ac-montpellier.fr"),
     "j'ai cliqué sur le bouton vert mais ça bloque toujours",
     "2025-01-17 14:22", """\
Bonjour,

On m'a expliqué la semaine dernière qu'il fallait « autoriser » vos messages dans Mailinblack. Je l'ai fait : dans la page Mailinblack, sur la ligne de votre mail, j'ai cliqué sur le petit bouton vert à droite, celui avec la coche. Un message en haut a dit « Expéditeur autorisé ».

Mais ce matin, le nouveau mail de l'Espace Acheteur était de nouveau dans la liste d'attente, avec un autre expéditeur qui ressemble au vôtre mais pas tout à fait (il y a des chiffres avant le @).

Est-ce que j'ai mal fait quelque chose ? Faut-il cliquer ailleurs ?

Je vous remercie de votre patience,
Andrée Fabre
Agent administratif, collège Les Escholiers de la Mosson
""", client="zimbra")

u = U("6200652")
mail("mailinblack_spam", True, u, "espace_acheteur", False, "fr",
     "IT person with SPF/DKIM details: MailInBlack Protect holds the platform's mails; asks whether they are DKIM-signed so the allow-list can rely on the signature rather than the envelope sender. Corse-du-Sud UAI (prefix 620).",
     ("Antoine Leca", "antoine.leca@ac-corse.fr"),
     "Mailinblack Protect : autorisation par signature DKIM ?",
     "2025-01-20 16:05", f"""\
Bonjour,

Je gère le réseau du lycée Fesch (Ajaccio, {u}). Nous sommes passés à Mailinblack Protect lors de la migration de janvier, et vos messages d'activation partent en « à authentifier ».

En regardant les en-têtes, je vois que le Return-Path varie (bounces+NNNN@espace-acheteur.example.fr), ce qui explique qu'une autorisation par adresse ne tienne pas. Mailinblack permet d'autoriser sur un domaine aligné DKIM : pouvez-vous me confirmer que tous vos envois sont signés avec d=espace-acheteur.example.fr, et me donner le sélecteur ?

Merci,
Antoine Leca
Technicien réseau
""", client="tb")

u = U("0891122")
mail("mailinblack_spam", True, u, "esidoc", True, "fr",
     "Begins by saying the password problem of last week is solved (thanks), then the real request: MailInBlack holds the e-sidoc notification mails (pupils' reservations and suggestions).",
     ("Odile Chevillard", "odile.chevillard@ac-dijon.fr"),
     "Suite et autre sujet",
     "2025-01-22 10:18", f"""\
Bonjour,

Merci pour votre aide la semaine dernière, le mot de passe fonctionne de nouveau et je peux administrer le portail. Ce point-là est réglé.

Autre chose maintenant : les notifications automatiques d'e-sidoc (réservations et suggestions d'achat des élèves) ne m'arrivent plus. Notre informatique me dit qu'elles sont retenues par Mailinblack, installé à la rentrée. Avez-vous une procédure pour les autoriser ?

Collège Paul-Bert, Auxerre – {u}

Bien cordialement,
Odile Chevillard
Professeure documentaliste
""", client="zimbra")

# ==========================================================================
# order_billing
# ==========================================================================

mail("order_billing", False, None, "espace_acheteur", False, "fr",
     "Hospital purchasing manager: the invoice lacks the legal commitment number required on Chorus Pro and was rejected; asks for a corrected invoice.",
     ("Sébastien Royer", "sebastien.royer@chu-bourgogne-sud.fr"),
     "Facture rejetée Chorus - numéro d'engagement manquant",
     "2025-01-09 11:05", """\
Bonjour,

La facture FA-2024-118732 relative à notre commande de décembre (marché de papeterie, lot 1) a été rejetée sur Chorus Pro par notre trésorerie : le numéro d'engagement juridique n'y figure pas, alors qu'il est obligatoire pour notre établissement.

Le numéro à faire apparaître est : EJ 4500187263.

Pourriez-vous émettre une facture rectifiée et la redéposer sur Chorus ? Notre clôture comptable 2024 est fixée au 24 janvier.

Cordialement,

Sébastien Royer
Acheteur – Direction des achats
CHU Bourgogne-Sud
""", client="ms365")

mail("order_billing", False, None, "espace_acheteur", False, "fr",
     "University purchasing: the agency accountant requires a formal quote (devis) before committing the expense of an order through the Espace Acheteur.",
     ("Claire Fontanel", "claire.fontanel@univ-pyrenees-adour.example.fr"),
     "Demande de devis avant engagement",
     "2025-01-14 14:50", """\
Bonjour,

Nous souhaitons commander via l'Espace Acheteur 40 postes de travail au titre du marché informatique 2024-051. Notre agence comptable exige, depuis le 1er janvier, un devis nominatif joint à chaque bon de commande de plus de 10 000 € HT.

Le panier est enregistré sous le nom « BU Pau – renouvellement postes ». Pouvez-vous nous adresser le devis correspondant, au nom de l'université, service de la documentation ?

Merci d'avance,
Claire Fontanel
Gestionnaire financière – Service commun de la documentation
""", client="ms365")

u = U("0190561")
mail("order_billing", False, u, "esidoc", False, "fr",
     "Older gestionnaire: the saved basket has emptied during the holidays (baskets are kept 15 days); long description of the screens.",
     ("Gilberte Mazaud", "gilberte.mazaud@ac-limoges.fr"),
     "Mon panier a disparu",
     "2025-01-07 10:37", f"""\
Bonjour,

Avant les vacances, le 18 décembre exactement, j'avais préparé la commande de renouvellement des abonnements du CDI. Je m'en souviens bien parce que j'avais passé toute la matinée à tout mettre dans le panier : en haut à droite de l'écran il y avait le petit chariot avec un chiffre rouge, « 6 ». J'avais cliqué sur « Enregistrer le panier » pour le terminer à la rentrée, quand le proviseur aurait signé le bon d'engagement.

Ce matin, le bon d'engagement est signé, je me connecte, et le petit chariot est vide. Plus de chiffre rouge. J'ai cherché dans « Mon compte », dans « Mes commandes », rien.

Est-ce que j'ai fait une erreur ? Est-il possible de récupérer ce panier, ou faut-il tout recommencer ?

Lycée d'Arsonval, Brive – {u}

Je vous remercie beaucoup,
Gilberte Mazaud
Adjointe gestionnaire
""", client="outlook")

u = U("0770934")
mail("order_billing", False, u, "esidoc", False, "fr",
     "The bon d'engagement upload fails at order validation; each click described and a screenshot attached.",
     ("Pierre Lhermitte", "pierre.lhermitte@ac-creteil.fr"),
     "Impossible de joindre le bon d'engagement",
     "2025-01-10 16:12", f"""\
Bonjour,

Je n'arrive pas à valider notre commande de renouvellement e-sidoc : à la dernière étape, on me demande de joindre le bon d'engagement. Je clique sur « Parcourir », je choisis le fichier PDF (scanné hier, 2,4 Mo), il apparaît bien en dessous, puis je clique sur « Valider ma commande ».

La page remonte tout en haut et un bandeau rouge indique « Le fichier transmis n'a pas pu être enregistré ». Je joins une capture d'écran du message.

J'ai essayé avec Chrome et avec Firefox, même résultat.

Collège Nicolas-Fouquet, Mormant – {u}

Merci,
Pierre Lhermitte
Gestionnaire
""", client="outlook",
     attach=[("capture_erreur_bon_engagement.png", "image/png", fake_png(4))])

mail("order_billing", False, None, "esidoc", False, "en",
     "English, international school bursar: asks whether the subscription can be paid by international bank transfer and for IBAN/SWIFT details.",
     ("Hiroshi Tanaka", "bursar@international-school-grenoble.org"),
     "Payment by international bank transfer",
     "2025-01-13 08:58", """\
Dear Sir or Madam,

We have just renewed our library subscription for 2025. As a private international school, our payments are processed by our parent foundation's bank in Switzerland, and we cannot use Chorus Pro.

Could you confirm that payment by international wire transfer is accepted, and send us your IBAN and SWIFT/BIC details on company letterhead, together with the invoice number to quote as a reference?

With thanks,
Hiroshi Tanaka
Bursar
International School of Grenoble
""", client="gmail")

u = U("0450841")
mail("order_billing", False, u, "esidoc", False, "fr",
     "'Est-il normal que…': the invoice shows the 2024 price although the order was placed in January 2025.",
     ("Évelyne Marchand", "evelyne.marchand@ac-orleans-tours.fr"),
     "Tarif sur la facture",
     "2025-01-17 11:25", f"""\
Bonjour,

Est-il normal que la facture reçue ce matin pour notre renouvellement applique le tarif 2024 (420 € TTC) alors que la commande a été passée le 8 janvier et que votre grille 2025 annonce 445 € TTC ?

Je préfère vous poser la question avant de la mandater, pour ne pas avoir à faire une annulation ensuite.

Collège Jeanne-d'Arc, Orléans – {u}

Cordialement,
Évelyne Marchand
Secrétaire d'intendance
""", client="zimbra")

u = U("0332960")
mail("order_billing", False, u, "espace_acheteur", True, "fr",
     "Two topics: an invoice received twice, asks to cancel the duplicate (main); in passing, the membership convention is not visible in the documents (contract_documents).",
     ("Jérôme Duprat", "jerome.duprat@ac-bordeaux.fr"),
     "Facture en double (et convention)",
     "2025-01-20 15:02", f"""\
Bonjour,

Nous avons reçu deux fois la même facture pour la commande n° 2024-06611 (fournitures de bureau) : une fois par courrier le 23 décembre et une fois sur Chorus Pro le 6 janvier, mais avec deux numéros différents (F-24-9981 et F-25-0012). Pouvez-vous annuler la seconde par un avoir ?

Et pendant que je vous tiens : je ne vois plus notre convention d'adhésion dans la rubrique des documents depuis la nouvelle version du site. Est-ce normal ?

Lycée Gustave-Eiffel, Bordeaux – {u}

Merci,
Jérôme Duprat
""", client="zimbra")

u = U("0690481")
mail("order_billing", False, u, "esidoc", False, "fr",
     "The invoice was filed on Chorus with the wrong service code; asks for it to be re-issued to the right service.",
     ("Agence comptable - Lycée Ampère", "agence-comptable.ampere@ac-lyon.fr"),
     "Facture Chorus : code service erroné",
     "2025-01-21 09:30", f"""\
Bonjour,

La facture n° 2025-FE-00318 (abonnement e-sidoc 2025) a été déposée sur Chorus Pro avec le code service « INTENDANCE ». Or, depuis le 1er janvier, notre établissement ({u}) a rejoint le groupement comptable et les factures doivent porter le code service « AC-AMPERE-CDI ».

La facture a été rejetée automatiquement. Pourriez-vous la déposer de nouveau avec le bon code ?

Cordialement,
L'agence comptable
Lycée Ampère – Lyon 2e
""", client="outlook")

u = U("0830412")
mail("order_billing", False, u, "esidoc", False, "fr",
     "No punctuation at all: asks whether the renewal can be paid by mandat administratif and when the invoice is sent.",
     ("Serge Pellegrino", "serge.pellegrino@ac-nice.fr"),
     "paiement abonnement",
     "2025-01-23 13:14", f"""\
bonjour je voudrais savoir si on peut payer le renouvellement par mandat administratif comme d habitude ou si c est obligatoirement par carte maintenant parce que le site ne propose que la carte et l agent comptable refuse on a besoin de la facture pour faire le mandat college font de fillol la seyne {u} merci serge pellegrino
""", client="roundcube", layout="plain")

# ==========================================================================
# account_creation
# ==========================================================================

mail("account_creation", True, None, "espace_acheteur", False, "fr",
     "New gestionnaire who took office on 6 January asks how to create her Espace Acheteur account: the sign-up answer fits. Region from the ac-rennes.fr sender.",
     ("Soizic Tanguy", "soizic.tanguy@ac-rennes.fr"),
     "Création de compte",
     "2025-01-06 15:20", """\
Bonjour,

Je viens de prendre mes fonctions de gestionnaire au collège Anita-Conti de Saint-Malo (arrivée ce matin même !). Mon prédécesseur m'a laissé une note disant que les commandes de fournitures se font sur l'Espace Acheteur.

Comment dois-je faire pour créer mon compte ? Faut-il une invitation ?

Merci,
Soizic Tanguy
""", client="zimbra")

u = U("0730027")
mail("account_creation", False, u, "espace_acheteur", False, "fr",
     "Account waiting for validation since before Christmas and nobody knows who the structure administrator is: needs a look-up, so a person answers.",
     ("Lucas Bérard", "lucas.berard@ac-grenoble.fr"),
     "Compte en attente depuis le 17 décembre",
     "2025-01-08 11:50", f"""\
Bonjour,

J'ai créé mon compte sur l'Espace Acheteur le 17 décembre. Depuis, il est « en attente de validation par l'administrateur de la structure ».

Le problème : personne au lycée ne sait qui est cet administrateur. L'ancienne gestionnaire est partie et le proviseur ne se souvient pas d'avoir désigné quelqu'un.

Pouvez-vous me dire qui est l'administrateur de notre structure (lycée Monge, Chambéry, {u}) ?

Merci,
Lucas Bérard
Adjoint gestionnaire
""", client="zimbra")

u = U("0590212")
mail("account_creation", True, u, "espace_acheteur", True, "fr",
     "Negation: 'je n'ai pas oublié mon mot de passe, je n'en ai jamais eu': she never had an account. account_creation, not password_reset.",
     ("Fatima Bouzid", "fatima.bouzid@ac-lille.fr"),
     "Pas de mot de passe",
     "2025-01-13 13:33", f"""\
Bonjour,

Votre page de connexion me propose « mot de passe oublié », mais je n'ai pas oublié mon mot de passe : je n'en ai jamais eu ! Je suis arrivée au collège Carnot de Lille ({u}) en janvier comme secrétaire d'intendance et je n'ai pas de compte sur l'Espace Acheteur.

Comment puis-je en obtenir un ?

Merci,
Fatima Bouzid
""", client="zimbra")

mail("account_creation", False, None, "espace_acheteur", False, "fr",
     "University purchasing: accounts exist, asks to open order-validation rights for three buyers: a person answers.",
     ("Thibault Vasseur", "thibault.vasseur@univ-hauts-de-seine.example.fr"),
     "Ouverture de droits de validation pour trois acheteurs",
     "2025-01-15 10:05", """\
Bonjour,

Suite à la réorganisation de notre direction des achats au 1er janvier, trois collègues déjà inscrits sur l'Espace Acheteur doivent pouvoir valider les commandes de leur composante :

- Mme Julie Perret (julie.perret@univ-hauts-de-seine.example.fr) – UFR Sciences
- M. Omar Tazi (omar.tazi@univ-hauts-de-seine.example.fr) – IUT
- Mme Léa Dorgère (lea.dorgere@univ-hauts-de-seine.example.fr) – Bibliothèques

Leurs comptes n'ont actuellement que le droit de consultation. Pouvez-vous ouvrir les droits de validation, ou m'indiquer la marche à suivre ?

Cordialement,
Thibault Vasseur
Responsable du pôle marchés
""", client="ms365")

u = U("0312876")
mail("account_creation", True, u, "esidoc", False, "en",
     "English, international school: a new finance officer wants to open the customer account before placing a first order.",
     ("Grace Mbeki", "finance@international-school-toulouse.org"),
     "Opening a customer account",
     "2025-01-09 15:45", f"""\
Hello,

I joined the International School of Toulouse as finance officer this month. We would like to order an e-sidoc subscription for our secondary library, and I understand we first need a customer account.

Could you tell me how to open one? Our school code is {u}.

Best wishes,
Grace Mbeki
""", client="gmail")

mail("account_creation", False, None, "espace_acheteur", False, "fr",
     "Hospital: the new structure created by a merger on 1 January is not in the list of structures on the sign-up form: a person must check.",
     ("Isabelle Carrère", "isabelle.carrere@gh-sud-gironde.fr"),
     "Structure introuvable lors de l'inscription",
     "2025-01-10 09:20", """\
Bonjour,

Depuis le 1er janvier, les centres hospitaliers de Langon et de La Réole ont fusionné en « Groupe hospitalier Sud-Gironde », avec un nouveau SIRET.

Lorsque je remplis le formulaire d'inscription de l'Espace Acheteur, la nouvelle structure n'apparaît pas dans la liste déroulante, seulement les deux anciens établissements.

Dois-je m'inscrire sous l'un des deux anciens noms en attendant, ou pouvez-vous créer la nouvelle structure ?

Cordialement,
Isabelle Carrère
Responsable achats
""", client="outlook")

mail("account_creation", True, None, "espace_acheteur", False, "fr",
     "Filled the sign-up form and gets 'compte en attente de validation' when logging in: FAQ case (the structure administrator validates). Region from the ac-caen.fr sender.",
     ("Nathalie Lemaître", "nathalie.lemaitre@ac-caen.fr"),
     "message « compte en attente »",
     "2025-01-16 11:40", """\
Bonjour,

J'ai rempli hier le formulaire d'inscription à l'Espace Acheteur. Quand j'essaie de me connecter, j'ai le message « Votre compte est en attente de validation ».

Dois-je faire quelque chose de mon côté, ou simplement attendre ? Et combien de temps, environ ?

Merci,
Nathalie Lemaître
Collège Guillaume-de-Normandie, Caen
""", client="tb")

u = U("0572391")
mail("account_creation", False, u, "esidoc", False, "fr",
     "Asks whether a second librarian, arrived in January, can have her own administrator account on e-sidoc: a person answers.",
     ("Céline Weber", "celine.weber@ac-nancy-metz.fr"),
     "Deuxième compte administrateur",
     "2025-01-21 13:06", f"""\
Bonjour,

Depuis janvier, nous sommes deux professeures documentalistes au lycée Robert-Schuman de Metz ({u}) : ma collègue Mme Laura Klein a été nommée sur un demi-poste.

Est-il possible de lui créer son propre compte administrateur sur le portail, plutôt que de partager le mien ? Si oui, que faut-il vous fournir ?

Cordialement,
Céline Weber
""", client="zimbra")

u = U("0180764")
mail("account_creation", False, u, "espace_acheteur", False, "fr",
     "Older secretary describes the sign-up form field by field ('le petit bouton Créer un compte en haut à droite') and does not know what to put in the SIRET field: a specific question a person answers.",
     ("Marie-Claude Aubry", "marie-claude.aubry@ac-orleans-tours.fr"),
     "inscription : je bloque sur une case",
     "2025-01-22 16:15", f"""\
Bonjour,

Je voudrais m'inscrire sur l'Espace Acheteur pour commander le papier du collège (collège Littré, Bourges, {u}).

J'ai bien trouvé le petit bouton « Créer un compte » en haut à droite de la page. Une page avec beaucoup de cases s'ouvre. J'ai rempli mon nom, mon prénom, mon adresse mail, le nom du collège. Mais ensuite il y a une case « SIRET de la structure » avec une petite étoile rouge, et je ne sais pas du tout ce que c'est. J'ai essayé de mettre le numéro du collège (celui ci-dessus) mais la case devient rouge et le bouton « Suivant » ne fait rien.

Où puis-je trouver ce numéro ? Faut-il le demander à quelqu'un ?

Je vous remercie de votre aide et vous prie d'excuser mon ignorance,
Marie-Claude Aubry
Secrétaire
""", client="zimbra")

# ==========================================================================
# subscription_activation
# ==========================================================================

u = U("0351789")
mail("subscription_activation", True, u, "esidoc", False, "fr",
     "Europresse ordered yesterday, not visible on the portal today: within the 72-hour window.",
     ("Gwenaëlle Morvan", "gwenaelle.morvan@ac-rennes.fr"),
     "Europresse pas encore visible",
     "2025-01-09 10:10", f"""\
Bonjour,

Nous avons commandé hier matin l'abonnement Europresse pour le lycée Bréquigny (Rennes, {u}). La commande apparaît comme validée, mais la ressource n'est pas encore visible sur notre portail.

Je voulais savoir dans quel délai elle sera disponible : les élèves de terminale en ont besoin pour leur grand oral.

Merci,
Gwenaëlle Morvan
Professeure documentaliste
""", client="zimbra")

u = U("0420193")
mail("subscription_activation", True, u, "esidoc", False, "fr",
     "Older librarian: the new subscription is active in the back office but pupils do not see it on the portal; asks, click by click, how to publish the resource.",
     ("Josette Bréchard", "josette.brechard@ac-lyon.fr"),
     "Les élèves ne voient pas la nouvelle ressource",
     "2025-01-10 14:55", f"""\
Bonjour,

Pardonnez-moi d'avance, je suis certainement passée à côté de quelque chose d'évident.

Notre nouvel abonnement (Le Petit Quotidien, pour les 6e) a bien été activé : quand je vais dans l'administration, menu « Ressources », je le vois dans la liste avec une petite pastille verte. Mais quand je vais sur le portail comme un élève (je me déconnecte et je regarde la page d'accueil), il n'apparaît nulle part, ni dans le bandeau « Ressources numériques » ni dans la recherche.

J'ai cliqué sur le nom de la ressource, puis sur le petit crayon à droite, il y a une case « Publier » que je n'ose pas cocher sans être sûre.

Est-ce bien là qu'il faut faire quelque chose ?

Collège Jean-Dasté, Saint-Étienne – {u}

Merci de votre patience,
Josette Bréchard
""", client="outlook")

u = U("0640312")
mail("subscription_activation", False, u, "esidoc", False, "fr",
     "Ordered on 16 December, still not active on 7 January: well past the 72-hour rule, a person must look at the order.",
     ("Maialen Etcheverry", "maialen.etcheverry@ac-bordeaux.fr"),
     "Abonnement commandé le 16/12 toujours inactif",
     "2025-01-07 09:02", f"""\
Bonjour,

Nous avons commandé et payé le 16 décembre l'abonnement Universalis Junior pour le collège Marracq (Bayonne, {u}). Trois semaines plus tard, il est toujours indiqué « en cours d'activation » dans notre espace et la ressource n'est pas accessible.

Je sais qu'il y avait les vacances, mais pourriez-vous vérifier ce qui bloque ?

Merci,
Maialen Etcheverry
""", client="zimbra")

u = U("0880623")
mail("subscription_activation", True, u, "esidoc", True, "fr",
     "Negation: 'je n'ai pas de problème de mot de passe, je me connecte très bien'; the renewed subscription is not visible in 'Mes abonnements'.",
     ("Julien Thiriet", "julien.thiriet@ac-nancy-metz.fr"),
     "Renouvellement non visible",
     "2025-01-13 12:00", f"""\
Bonjour,

Pour commencer : je n'ai aucun problème de mot de passe, je me connecte très bien à l'administration, c'est important parce que la dernière fois on m'a envoyé un lien de réinitialisation dont je n'avais pas besoin.

Mon souci : le renouvellement de notre abonnement, commandé samedi, n'apparaît pas dans « Mes abonnements », qui affiche toujours la date de fin au 31/12/2024.

Collège Louis-Armand, Golbey – {u}

Julien Thiriet
""", client="tb")

u = U("0922184")
mail("subscription_activation", True, u, "esidoc", False, "en",
     "English, international section: Universalis ordered two days ago, not active yet: within the 72-hour window.",
     ("Olivia Grant", "o.grant@lycee-intl-rueil.fr"),
     "Universalis subscription not active yet",
     "2025-01-15 11:11", f"""\
Hello,

We ordered the Universalis subscription on Monday (order confirmed the same day), but the resource is not yet available to our students on the library portal.

School code {u}, Lycée International de Rueil.

Is there a delay before activation, or is there something we need to do on our side?

Thanks in advance,
Olivia Grant
Teacher-librarian, American Section
""", client="tb-en")

u = U("0210734")
mail("subscription_activation", True, u, "esidoc", False, "fr",
     "'Est-il normal que…': the subscription still shows 'expiré' the day after renewal.",
     ("Anne-Sophie Mercier", "anne-sophie.mercier@ac-dijon.fr"),
     "Abonnement toujours « expiré »",
     "2025-01-16 08:47", f"""\
Bonjour,

Est-il normal que notre abonnement soit toujours affiché comme « expiré » sur le portail alors que nous l'avons renouvelé hier en fin de matinée ? La commande est bien marquée « validée ».

Faut-il simplement attendre un peu ?

Lycée Carnot, Dijon – {u}

Merci,
Anne-Sophie Mercier
""", client="zimbra")

u = U("0593876")
mail("subscription_activation", True, u, "esidoc", True, "fr",
     "Written by the principal, but he only asks when the ordered subscription will be available: not a head-of-establishment request.",
     ("Principal - Collège Van-der-Meersch", f"ce.{u}@ac-lille.fr"),
     "Disponibilité de l'abonnement commandé",
     "2025-01-14 17:20", f"""\
Madame, Monsieur,

En tant que principal du collège Maxence-Van-der-Meersch de Roubaix ({u}), j'ai validé hier la commande de l'abonnement à la presse en ligne pour notre CDI.

Pourriez-vous m'indiquer à quelle date la ressource sera accessible aux élèves ? Nous souhaitons l'utiliser lors de la semaine de la presse que nous préparons.

Je vous remercie.

Didier Vandamme
Principal
""", client="zimbra")

u = U("9740812")
mail("subscription_activation", True, u, "esidoc", False, "fr",
     "No punctuation, from a phone: the subscription ordered Monday is not active yet (within 72 hours). Réunion time zone.",
     ("Laurence Grondin", "laurence.grondin@ac-reunion.fr"),
     "abonnement pas actif",
     "2025-01-15 10:05", f"""\
bonjour l abonnement commande lundi n est toujours pas actif sur le portail du college {u} saint pierre est ce que c est normal ou il faut faire quelque chose de notre cote merci laurence grondin
""", client="android", tz="re")

u = U("0100483")
mail("subscription_activation", True, u, "esidoc", False, "fr",
     "After the move to the new ENT in January, the active resource no longer shows for pupils in the ENT: publication step.",
     ("Baptiste Guillot", "baptiste.guillot@ac-reims.fr"),
     "Ressource invisible dans le nouvel ENT",
     "2025-01-20 13:30", f"""\
Bonjour,

Notre département a changé d'ENT pendant les vacances de Noël. Depuis, nos élèves ne voient plus la ressource Europresse dans le nouvel ENT, alors que l'abonnement est bien actif (je la vois dans l'administration du portail, avec les bonnes dates).

Y a-t-il une manipulation à refaire pour publier la ressource dans le nouvel ENT ?

Lycée Chrestien-de-Troyes, Troyes – {u}

Baptiste Guillot
Professeur documentaliste
""", client="tb")

# ==========================================================================
# transfer_incident
# ==========================================================================

u = U("0441893")
mail("transfer_incident", False, u, "ecoledirecte", False, "fr",
     "EcoleDirecte transfers stopped since the holidays, the server having been switched off; parents do not see the grades.",
     ("Vie scolaire Saint-Félix", "viescolaire@saint-felix-nantes.fr"),
     "Transferts EcoleDirecte arrêtés depuis les vacances",
     "2025-01-07 09:40", f"""\
Bonjour,

Depuis la rentrée, les notes et absences saisies dans Charlemagne ne remontent plus sur EcoleDirecte. Le dernier transfert réussi date du 20 décembre.

Le serveur de l'établissement a été éteint pendant les vacances pour des travaux électriques ; il a été redémarré lundi matin, mais le transfert automatique ne repart pas.

Établissement Saint-Félix, Nantes – {u}

Pouvez-vous nous aider ? Les parents commencent à appeler.

Cordialement,
Le responsable de vie scolaire
""", client="outlook")

mail("transfer_incident", False, None, "ecoledirecte", True, "fr",
     "Asks for 'le mot de passe de maintenance du jour' to run a base reindexation after a crash: transfer_incident per the taxonomy, not password_reset.",
     ("Informatique Institution Notre-Dame", "informatique@nd-chateaubriant.fr"),
     "Mot de passe de maintenance",
     "2025-01-08 07:58", """\
Bonjour,

Suite à une coupure de courant cette nuit, la base Charlemagne ne s'ouvre plus correctement et les transferts vers EcoleDirecte sont en échec.

L'outil de maintenance me demande le mot de passe de maintenance du jour pour lancer la réindexation. Pouvez-vous me le communiquer ?

Merci,
Gaël Rouxel
Responsable informatique
""", client="tb")

u = U("0351456")
mail("transfer_incident", False, u, "ecoledirecte", False, "fr",
     "'Licence expirée' since 1 January: licence to regenerate, transfers stopped.",
     ("Secrétariat Sainte-Geneviève", "secretariat@stegenevieve-rennes.fr"),
     "Licence expirée au 01/01/2025",
     "2025-01-06 08:25", f"""\
Bonjour,

Ce matin, au lancement de Charlemagne, un message indique : « Licence expirée le 01/01/2025 ». Depuis, plus aucun transfert vers EcoleDirecte.

Nous avons pourtant bien réglé le renouvellement en novembre.

Pouvez-vous régénérer notre licence ? Établissement Sainte-Geneviève, Rennes, {u}.

Merci,
Annie Gicquel
Secrétaire de direction
""", client="outlook")

u = U("0596874")
mail("transfer_incident", False, u, "ecoledirecte", False, "fr",
     "IT: the new firewall and authenticating proxy installed during the break block the transfer tool; asks for the hosts and ports to open.",
     ("Vincent Debruyne", "v.debruyne@institution-st-jude-armentieres.fr"),
     "Transferts bloqués par le nouveau pare-feu",
     "2025-01-09 17:35", f"""\
Bonjour,

Nous avons remplacé notre pare-feu pendant les vacances (nouveau proxy authentifiant, filtrage TLS). Depuis, le module de transfert de Charlemagne vers EcoleDirecte échoue au test de connexion (« Impossible de joindre le serveur distant »).

J'ai ajouté une exception pour le poste serveur dans le proxy, sans effet. Pourriez-vous me fournir la liste des noms d'hôtes et ports utilisés par les transferts, et me dire si le flux supporte l'inspection TLS ou s'il faut l'exclure ?

Institution Saint-Jude, Armentières – {u}

Vincent Debruyne
Administrateur réseau
""", client="tb")

mail("transfer_incident", False, None, "ecoledirecte", False, "fr",
     "Older secretary, long: the little icon near the clock is red and the transfer shows an error; describes the windows in words.",
     ("Secrétariat école Sainte-Thérèse", "secretariat.ste-therese@orange.fr"),
     "petite icône rouge en bas de l'écran",
     "2025-01-13 15:10", """\
Bonjour,

Je me permets de vous écrire car depuis ce matin il y a un souci avec le logiciel des notes.

En bas à droite de l'écran, à côté de l'horloge, il y a habituellement une petite icône verte (un petit rond avec deux flèches). Aujourd'hui elle est rouge. Quand je passe la souris dessus, il est écrit « Dernier transfert : échec ». J'ai double-cliqué dessus, une fenêtre grise s'est ouverte avec beaucoup de lignes, et la dernière dit « Erreur 12 – connexion refusée ».

Les parents m'ont appelée pour dire qu'ils ne voyaient pas les absences de la semaine dernière sur EcoleDirecte.

Je n'ai touché à rien d'autre, promis. Pouvez-vous regarder ?

Merci beaucoup,
Monique Lebas
Secrétaire
Ensemble scolaire Sainte-Thérèse
""", client="orange")

u = U("0691502")
mail("transfer_incident", False, u, "ecoledirecte", True, "fr",
     "Reply on an old invoicing ticket whose quoted history is about an invoice; the new message is about grades no longer reaching EcoleDirecte.",
     ("Christophe Marin", "c.marin@lycee-prive-chevreul-lyon.fr"),
     "RE: [#SUP-011488] Facture licence 2024-2025",
     "2025-01-14 10:45", f"""\
Bonjour,

Je réponds sur cet ancien fil, faute d'avoir une autre adresse sous la main, mais c'est un autre sujet : depuis vendredi, les notes saisies par les professeurs n'apparaissent plus sur EcoleDirecte. Les absences, elles, passent. Le journal des transferts indique « rejet partiel – module notes ».

Lycée privé Chevreul, Lyon – {u}

Merci,
Christophe Marin
Directeur adjoint

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 15 octobre 2024 09:12
À : Christophe Marin <c.marin@lycee-prive-chevreul-lyon.fr>
Objet : [#SUP-011488] Facture licence 2024-2025

Bonjour,

Vous trouverez ci-joint la facture de la licence 2024-2025, payable à 30 jours par virement ou mandat administratif.

L'équipe d'assistance
""", client="outlook", irt=desk_mid(11488))

mail("transfer_incident", False, None, "ecoledirecte", False, "en",
     "English, international private school: grades have not synchronised to EcoleDirecte since 6 January.",
     ("Andrew Phillips", "a.phillips@ecole-bilingue-lille.org"),
     "Grades not syncing to EcoleDirecte",
     "2025-01-10 12:20", """\
Hello,

Since we came back on 6 January, marks entered by teachers in the school management software have not appeared in EcoleDirecte. Attendance data seems to go through, but the grades transfer stays "pending" and then fails overnight.

Nothing has changed on our side as far as I know, apart from Windows updates on the server during the break.

Could you have a look? Parents' evening is on 23 January.

Kind regards,
Andrew Phillips
Deputy Head (Academic)
École Bilingue de Lille
""", client="gmail")

mail("transfer_incident", False, None, "ecoledirecte", False, "fr",
     "No punctuation: absences no longer show on EcoleDirecte since Monday.",
     ("cpe saint-joseph", "cpe@saintjoseph-lavaur.fr"),
     "absences ecole directe",
     "2025-01-16 16:40", """\
bonjour les absences ne remontent plus sur ecole directe depuis lundi les parents ne voient rien et nous on a rien change le transfert affiche en attente tout le temps pouvez vous regarder c est urgent merci
le cpe college saint joseph lavaur
""", client="sogo")

# ==========================================================================
# contract_documents
# ==========================================================================

mail("contract_documents", False, None, "espace_acheteur", False, "fr",
     "Hospital purchasing manager cannot find the CCTP of a market in 'Mes Marchés'.",
     ("Hugues Delmas", "hugues.delmas@chu-massif-central.fr"),
     "CCTP introuvable - marché 2024-087",
     "2025-01-08 16:35", """\
Bonjour,

Dans « Mes Marchés », la fiche du marché 2024-087 (produits d'entretien, lot 3) ne contient que l'acte d'engagement et le bordereau de prix. Le CCTP, que nous consultions en novembre, n'y figure plus.

Nous en avons besoin pour vérifier les spécifications avant une commande importante. Pouvez-vous le remettre en ligne ou nous l'adresser ?

Cordialement,
Hugues Delmas
Responsable des achats généraux
CHU Massif Central
""", client="ms365")

mail("contract_documents", False, None, "espace_acheteur", False, "fr",
     "University: the amendment introducing the 1 January price revision is not among the market documents.",
     ("Nathalie Kervella", "nathalie.kervella@univ-bretagne-occidentale.example.fr"),
     "Avenant n°3 révision des prix non disponible",
     "2025-01-13 09:50", """\
Bonjour,

Le titulaire du marché 2023-112 (fournitures de bureau) applique depuis le 1er janvier une révision de prix de 3,2 %, en s'appuyant sur un avenant n° 3.

Cet avenant n'apparaît pas dans les documents du marché sur l'Espace Acheteur (nous ne voyons que les avenants 1 et 2). Notre agence comptable refuse de payer le nouveau tarif sans ce document.

Pourriez-vous le mettre à disposition ?

Cordialement,
Nathalie Kervella
Service achats – Université de Bretagne occidentale
""", client="ms365")

u = U("0801130")
mail("contract_documents", False, u, "espace_acheteur", False, "fr",
     "Older gestionnaire: the membership convention, visible before, cannot be found since the new version of the Espace Acheteur; every menu tried is described.",
     ("Danielle Vasseur", "danielle.vasseur@ac-amiens.fr"),
     "je ne trouve plus notre convention",
     "2025-01-09 14:28", f"""\
Bonjour,

L'agent comptable me demande une copie de notre convention d'adhésion pour son dossier de fin d'année.

Avant, je la trouvais facilement : on cliquait sur « Mon établissement » dans le menu de gauche puis sur « Documents ». Depuis la nouvelle présentation du site, le menu de gauche n'existe plus. J'ai cliqué sur toutes les petites icônes en haut (la maison, la cloche, le bonhomme), j'ai regardé dans « Mes Marchés », dans « Mon profil »… je ne la trouve nulle part.

Est-ce qu'elle a été déplacée, ou est-ce que je n'ai plus le droit de la voir ?

Collège Jean-Racine, Montdidier – {u}

Merci beaucoup,
Danielle Vasseur
""", client="outlook")

mail("contract_documents", False, None, "espace_acheteur", False, "fr",
     "'Est-il normal que…': the market documents open as a blank page. Region from the ac-nantes.fr sender.",
     ("Yves Gaborit", "yves.gaborit@ac-nantes.fr"),
     "Documents du marché : page blanche",
     "2025-01-17 10:02", """\
Bonjour,

Est-il normal que les documents du marché « Manuels scolaires 2024-2027 » s'affichent en page blanche quand je clique dessus ? Le nom du fichier apparaît, l'onglet s'ouvre, puis plus rien. Les documents des autres marchés s'ouvrent correctement.

Cordialement,
Yves Gaborit
Gestionnaire, lycée Jean-Moulin, Angers
""", client="roundcube")

mail("contract_documents", False, None, "espace_acheteur", False, "en",
     "English, international school: the signed membership agreement is not visible in the documents area.",
     ("Maria Rossi", "m.rossi@international-school-nice.org"),
     "Membership agreement not visible",
     "2025-01-20 15:25", """\
Dear support,

Our membership agreement with the purchasing centre was signed electronically in December. Our auditors ask for a copy, but the documents area of our account shows "No document available".

Could you check whether it has been filed, or send us a copy?

Many thanks,
Maria Rossi
Operations Manager
International School of Nice
""", client="ms365-en")

u = U("0681344")
mail("contract_documents", False, u, "espace_acheteur", True, "fr",
     "Reply on a closed password ticket (quoted history about a reset link), but the new message asks for missing market documents.",
     ("Sabine Wolff", "sabine.wolff@ac-strasbourg.fr"),
     "Re: [#SUP-012745] Réinitialisation du mot de passe",
     "2025-01-15 14:18", f"""\
Bonjour,

Merci, le mot de passe est réglé depuis la semaine dernière. En revanche, maintenant que j'ai de nouveau accès, je constate que les pièces du marché « Restauration – denrées sèches » ont disparu de notre espace : plus de CCAP ni de BPU, seulement l'avis d'attribution.

Pouvez-vous les remettre à disposition ? Lycée Bartholdi, Colmar, {u}.

Sabine Wolff

Le 07/01/2025 à 09:41, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse connue pour votre établissement. Il est valable 12 heures.
>
> L'équipe d'assistance
""", client="tb", irt=desk_mid(12745))

mail("contract_documents", False, None, "espace_acheteur", False, "fr",
     "Buyer of a student-services body cannot download the signed acte d'engagement of a market (error 403).",
     ("Régis Lagarde", "regis.lagarde@crous-auvergne.example.fr"),
     "Erreur 403 sur l'acte d'engagement",
     "2025-01-23 11:48", """\
Bonjour,

Lorsque je tente de télécharger l'acte d'engagement signé du marché 2024-033 (équipement des résidences), le navigateur affiche « 403 – Accès refusé ». Les autres pièces du même marché se téléchargent sans problème.

Notre commission d'appel d'offres se réunit le 30 janvier et nous avons besoin de cette pièce.

Merci de votre aide,
Régis Lagarde
Acheteur public
""", client="outlook")

# ==========================================================================
# write the files, then check them
# ==========================================================================
UAI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])")


def visible_text(msg):
    """Subject, addresses and every text part (decoded), for the UAI check."""
    out = [str(msg.get(h, "")) for h in ("Subject", "From", "To", "Cc", "Reply-To")]
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            out.append(p.get_content())
        elif p.get_content_type() == "message/rfc822":
            inner = p.get_payload(0)
            out.extend(str(inner.get(h, "")) for h in ("Subject", "From", "To", "Cc"))
    return "\n".join(out)


def check(path, label):
    raw = open(path, "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    problems = []
    for p in msg.walk():
        if p.defects:
            problems.append(f"defects {p.defects}")
    if not msg["From"] or not msg["Subject"] or not msg["Date"] or not msg["Message-ID"]:
        problems.append("missing basic header")
    text = visible_text(msg)
    found = {c.upper() for c in UAI_RE.findall(text) if uai_ok(c)}
    if label["uai"] is None and found:
        problems.append(f"valid UAI written but label is null: {found}")
    if label["uai"] is not None and label["uai"] not in found:
        problems.append(f"labelled UAI {label['uai']} not found in the mail")
    return problems


def main():
    order = list(range(len(MAILS)))
    random.Random(SEED + 1).shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        name = f"h{n:03d}.eml"
        data = build(m)
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        labels.append({
            "file": name,
            "category": m["cat"],
            "auto_reply_ok": m["ok"],
            "uai": m["uai"],
            "region": region_of(m["uai"], m["frm"][1]),
            "platform": m["plat"],
            "hard": m["hard"],
            "lang": m["lang"],
            "notes": m["notes"],
        })
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            assert list(lab) == LABEL_KEYS
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")

    bad = 0
    for lab in labels:
        for prob in check(os.path.join(HERE, lab["file"]), lab):
            bad += 1
            print(f"{lab['file']}: {prob}", file=sys.stderr)

    from collections import Counter
    cats = Counter(l["category"] for l in labels)
    print(f"{len(labels)} mails written to {HERE}")
    for c, k in cats.most_common():
        print(f"  {c:32s} {k}")
    print(f"  hard: {sum(l['hard'] for l in labels)}   "
          f"en: {sum(l['lang'] == 'en' for l in labels)}   "
          f"with uai: {sum(l['uai'] is not None for l in labels)}   "
          f"with region: {sum(l['region'] is not None for l in labels)}")
    if bad:
        print(f"{bad} problem(s)", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
