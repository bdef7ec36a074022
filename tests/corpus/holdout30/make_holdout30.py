#!/usr/bin/env python3
"""Write the holdout30 blind test corpus: h001.eml ... h150.eml and labels.jsonl.

Theme: mid-March 2025, Ile-de-France (academies of Creteil, Versailles, Paris),
big colleges and lycees with international sections; secretaries, gestionnaires
and intendants writing on behalf of others; forwarding chains; English and
mixed-language mail; polite follow-ups.

Every message body below was written by hand.  The helpers only wrap those
bodies in transport headers and MIME structure (encodings, HTML alternative,
attachments).  Standard library only; the only randomness (queue ids, IPs,
Message-ID noise, seconds) comes from a fixed seed, so two runs write the same
bytes.

Usage:  python3 make_holdout30.py      (writes next to this file)
"""
import base64
import collections
import datetime as _dt
import email
import email.policy
import gzip
import html as _html
import json
import os
import quopri
import random
import re
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20250314)

DESK = ("Assistance", "support@assistance.example.fr")
MX = "mx1.assistance.example.fr"

# --------------------------------------------------------------------------
# Reference data, copied from shared/spec/taxonomy.md and regions.md
# --------------------------------------------------------------------------
CHECK_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
# Categories whose default action can be an automatic answer.
AUTO_CAPABLE = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
                "account_creation", "subscription_activation"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte",
             "ticket_portal", "esignature"}

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
DEPT_TO_REGION = {}
for _reg, _ds in REGION_DEPTS.items():
    for _d in _ds.split():
        DEPT_TO_REGION[_d if len(_d) == 3 else "0" + _d] = _reg
DOMAIN_TO_REGION = {d: reg for reg, ds in REGION_DOMAINS.items() for d in ds.split()}


def check_letter(digits7):
    return CHECK_LETTERS[int(digits7) % 23]


def uai_valid(code):
    return (len(code) == 8 and code[:7].isdigit()
            and code[7] == check_letter(code[:7]))


def region_for(uai, sender):
    if uai:
        return DEPT_TO_REGION.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOMAIN_TO_REGION.get(dom)


# --------------------------------------------------------------------------
# Small MIME helpers (structure only; the words are written per message)
# --------------------------------------------------------------------------
def _is_ascii(s):
    return all(ord(c) < 128 for c in s)


def enc_words(s, charset="utf-8", mode="q"):
    """RFC 2047 encoded words, folded so that no word exceeds 75 chars."""
    if _is_ascii(s):
        return s
    # Leading plain-ASCII words ("RE: ", "Fwd: ") stay readable, as clients do.
    first = min(i for i, c in enumerate(s) if ord(c) >= 128)
    cut = s.rfind(" ", 0, first)
    if cut > 0 and all(ord(c) < 128 for c in s[:cut]) and "=?" not in s[:cut]:
        return s[:cut] + " " + enc_words(s[cut + 1:], charset, mode)
    words, cur = [], ""

    def encode(chunk):
        b = chunk.encode(charset)
        if mode == "b":
            return "=?%s?B?%s?=" % (charset, base64.b64encode(b).decode())
        out = []
        for c in b:
            if c == 32:
                out.append("_")
            elif (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122
                  or c in b"!*+-/"):
                out.append(chr(c))
            else:
                out.append("=%02X" % c)
        return "=?%s?%s?%s?=" % (charset, "q", "".join(out))

    for ch in s:
        if len(encode(cur + ch)) > 75:
            words.append(encode(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(encode(cur))
    return "\n ".join(words)


def fmt_addr(name, addr, charset="utf-8", mode="q"):
    if not name:
        return addr
    if _is_ascii(name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
        return "%s <%s>" % (name, addr)
    return "%s\n <%s>" % (enc_words(name, charset, mode), addr) \
        if len(name) > 20 else "%s <%s>" % (enc_words(name, charset, mode), addr)


def fmt_addrs(lst, charset="utf-8"):
    return ",\n ".join(fmt_addr(n, a, charset) for n, a in lst)


def bytes_str(b):
    """Carry raw bytes inside a str (latin-1 trick); written back as bytes."""
    return b.decode("latin-1")


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return bytes_str(quopri.encodestring(raw))
    if cte == "base64":  # clients encode CRLF line ends inside base64
        return base64.encodebytes(text.replace("\n", "\r\n").encode(charset)).decode("ascii")
    if cte in ("8bit", "7bit"):
        if cte == "7bit":
            assert _is_ascii(text), "7bit body with non-ASCII text"
        return bytes_str(raw) if raw.endswith(b"\n") else bytes_str(raw) + "\n"
    raise ValueError(cte)


def leaf(ctype, text, charset, cte, extra_params=""):
    hdr = "Content-Type: %s; charset=\"%s\"%s\nContent-Transfer-Encoding: %s\n" % (
        ctype, charset, extra_params, cte)
    return hdr + "\n" + encode_body(text, charset, cte)


def boundary(style):
    h = "%032x" % R.getrandbits(128)
    if style == "outlook":
        return "----=_NextPart_000_%s_01DB%s.%s" % (h[:4].upper(), h[4:8].upper(), h[8:16].upper())
    if style == "webmail":
        return "000000000000" + h[:16]
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper())
    if style == "android":
        return "--_com.samsung.android.email_%d" % R.randint(10**9, 10**10 - 1)
    if style == "zimbra":
        return "=_%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])
    if style == "thunderbird":
        return "------------%s" % "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24))
    return "=_%s" % h[:24]


def multipart(subtype, parts, style, preamble=None, params=""):
    b = boundary(style)
    out = "Content-Type: multipart/%s;%s\n boundary=\"%s\"\n\n" % (subtype, params, b)
    if preamble:
        out += preamble + "\n\n"
    for p in parts:
        out += "--%s\n%s\n" % (b, p.rstrip("\n") + "\n")
    out += "--%s--\n" % b
    return out


WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def _linkify(escaped):
    return re.sub(r"(https?://[^\s<>&]+)", r'<a href="\1">\1</a>', escaped)


def to_html(text, style, charset):
    lines = text.rstrip("\n").split("\n")
    if style == "outlook":
        out = [WORD_HEAD % charset]
        in_hdr_block = False
        for ln in lines:
            if ln.startswith("_____") or ln.startswith("-----Message d'origine") \
                    or ln.startswith("-----Original Message"):
                out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
                in_hdr_block = True
                continue
            e = _linkify(_html.escape(ln, quote=False))
            if not ln.strip():
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            else:
                m = re.match(r"^(De|Envoy\u00e9|\u00c0|Cc|Objet|From|Sent|To|Subject)\s?:(.*)$", ln)
                if in_hdr_block and m:
                    e = "<b>%s&nbsp;:</b>%s" % (_html.escape(m.group(1)), _linkify(_html.escape(m.group(2), quote=False)))
                out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % e)
        if in_hdr_block:
            out.append("</div>")
        out.append("</div>\n</body>\n</html>\n")
        return "\n".join(out)
    # Simple clients: group '>' lines into blockquotes.
    body, quote = [], []

    def flush():
        if quote:
            inner = to_html("\n".join(q[1:].lstrip(" ") if q.startswith(">") else q for q in quote), "inner", charset)
            body.append('<blockquote style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote>' % inner)
            quote.clear()

    for ln in lines:
        if ln.startswith(">"):
            quote.append(ln)
            continue
        flush()
        e = _linkify(_html.escape(ln, quote=False))
        if style == "zimbra":
            body.append("<div>%s</div>" % (e or "<br data-mce-bogus=\"1\">"))
        else:
            body.append((e or "") + "<br>")
    flush()
    if style == "inner":
        return "\n".join(body)
    if style == "zimbra":
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                + "\n".join(body) + "</div></body></html>\n")
    if style == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                % charset + "\n".join(body) + "</body></html>\n")
    return ('<div dir="ltr">' + "\n".join(body) + "</div>\n")


def flow(text, width=72):
    """format=flowed soft breaks (RFC 3676), as Thunderbird writes them."""
    out = []
    for ln in text.split("\n"):
        if len(ln) <= width + 6 or ln.startswith(">"):
            out.append(ln)
            continue
        words, cur = ln.split(" "), ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(cur)
    return "\n".join(out)


PDF_STUB = (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
            b"%% fictitious test document: %s\ntrailer\n<< /Root 1 0 R >>\n%%%%EOF\n")
PNG_STUB = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def attachment(name, ctype, data):
    if _is_ascii(name):
        disp = 'attachment;\n filename="%s"' % name
        ct = '%s;\n name="%s"' % (ctype, name)
    else:
        q = urllib.parse.quote(name.encode("utf-8"), safe="")
        disp = "attachment;\n filename*=utf-8''%s" % q
        ct = '%s;\n name="%s"' % (ctype, enc_words(name))
    b64 = base64.encodebytes(data).decode("ascii")
    return "Content-Type: %s\nContent-Disposition: %s\nContent-Transfer-Encoding: base64\n\n%s" % (ct, disp, b64)


def pdf(name):
    return (name, "application/pdf", PDF_STUB.replace(b"%s", name.encode("utf-8")))


def png(name):
    return (name, "image/png", PNG_STUB)


# --------------------------------------------------------------------------
# Dates, ids, transport
# --------------------------------------------------------------------------
TZ = _dt.timezone(_dt.timedelta(hours=1))


def when(spec):
    """'12 09:14' -> datetime 2025-03-12 09:14:ss +0100 (ss from the seed)."""
    day, hm = spec.split()
    h, m = hm.split(":")
    return _dt.datetime(2025, 3, int(day), int(h), int(m), R.randint(0, 59), tzinfo=TZ)


def rfc_date(dt):
    return email.utils.format_datetime(dt)


def doc_ip():
    return "%s.%d" % (R.choice(["192.0.2", "198.51.100", "203.0.113"]), R.randint(2, 250))


def qid():
    alphabet = "0123456789ABCDEFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"
    return "4Z" + "".join(R.choice(alphabet) for _ in range(12))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def msgid_for(client, domain, dt):
    if client in ("outlook", "outlook_html"):
        return "<%s$%s$%s$@%s>" % (hexs(12), hexs(8), hexs(8), domain)
    if client == "owa":
        return "<PAWPR%02dMB%d%s@PAWPR%02dMB%d.eurprd%02d.prod.outlook.example.fr>" % (
            R.randint(1, 9), R.randint(1000, 9999), hexs(10).upper(), R.randint(1, 9),
            R.randint(1000, 9999), R.randint(1, 9))
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (R.randint(10**8, 10**9), R.randint(10**5, 10**6), int(dt.timestamp() * 1000), domain)
    if client == "webmail":
        return "<CA+%s@mail.%s>" % ("".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(40)), domain)
    if client in ("iphone", "apple", "thunderbird"):
        return "<%s-%s-%s-%s-%s@%s>" % (hexs(8).upper(), hexs(4).upper(), hexs(4).upper(), hexs(4).upper(), hexs(12).upper(), domain)
    if client == "android":
        return "<%s.%d@email.android.com>" % ("".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24)), int(dt.timestamp() * 1000))
    if client == "roundcube":
        return "<%s@%s>" % (hexs(32), domain)
    return "<%s.%s@%s>" % (dt.strftime("%Y%m%d%H%M%S"), hexs(10), domain)


CLIENT_HEADERS = {
    "outlook": ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: fr"],
    "outlook_html": ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: fr"],
    "owa": ["X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", "msip_labels: ", "Content-Language: fr-FR"],
    "zimbra": ["X-Mailer: Zimbra 10.0.9_GA_4703 (ZimbraWebClient - FF136 (Win)/10.0.9_GA_4703)", "X-Originating-IP: [10.42.%d.%d]"],
    "webmail": [],
    "iphone": ["X-Mailer: iPhone Mail (22D72)"],
    "apple": ["X-Mailer: Apple Mail (2.3826.400.131.1.6)"],
    "android": [],
    "thunderbird": ["User-Agent: Mozilla Thunderbird", "Content-Language: fr"],
    "roundcube": ["User-Agent: Roundcube Webmail/1.6.9"],
}


def transport(addr, dt, auth, return_path, relay, submission=True):
    dom = addr.rsplit("@", 1)[1].lower()
    if relay:
        host = relay
    elif dom.startswith("ac-"):
        host = "smtp%d.%s" % (R.randint(1, 4), dom)
    else:
        host = "mail.%s" % dom
    ip = doc_ip()
    t_mx = dt + _dt.timedelta(seconds=R.randint(2, 40))
    lines = ["Return-Path: %s" % (return_path if return_path is not None else "<%s>" % addr),
             "Delivered-To: support@assistance.example.fr",
             "Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <support@assistance.example.fr>; %s (CET)"
             % (host, host, ip, MX, qid(), rfc_date(t_mx))]
    if auth is None:
        if dom.startswith("ac-") or dom in PERSONAL_DOMAINS:
            auth = "dkim=pass (2048-bit key) header.d={d};\n\tspf=pass smtp.mailfrom={d};\n\tdmarc=pass (p=none dis=none) header.from={d}"
        else:
            auth = "dkim=none;\n\tspf=pass smtp.mailfrom={d};\n\tdmarc=none header.from={d}"
    if auth:
        lines.append("Authentication-Results: %s;\n\t%s" % (MX, auth.format(d=dom)))
    if submission and return_path != "<>":
        lines.append("Received: from [192.168.%d.%d] (unknown [%s])\n\tby %s with ESMTPSA id %s\n\tfor <support@assistance.example.fr>; %s"
                     % (R.randint(0, 3), R.randint(2, 250), doc_ip(), host, hexs(10).upper(), rfc_date(dt)))
    return lines


PERSONAL_DOMAINS = {"messagerie.example.fr", "webmail.example.fr", "courriel.example.fr", "boitemail.example.fr"}

# --------------------------------------------------------------------------
# The message list
# --------------------------------------------------------------------------
MAILS = []


def mail(n, category, ok, uai, region, platform, hard, lang, notes, *,
         frm, subject, date, body=None, to=(DESK,), cc=(), client="outlook",
         reply_to=None, irt=None, refs=None, charset=None, cte=None, html_only=False,
         text_only=None, attach=(), auth=None, extra=(), raw=None, return_path=None,
         relay=None, other_uais=(), subj_charset=None, name_charset=None,
         msgid=None, drop_date=False):
    assert n == len(MAILS) + 1, "mail numbers must follow each other (%d)" % n
    MAILS.append(dict(n=n, label=dict(
        file="h%03d.eml" % n, category=category, auto_reply_ok=ok, uai=uai,
        region=region, platform=platform, hard=hard, lang=lang, notes=notes),
        frm=frm, subject=subject, date=date, body=body, to=to, cc=cc, client=client,
        reply_to=reply_to, irt=irt, refs=refs, charset=charset, cte=cte,
        html_only=html_only, text_only=text_only, attach=attach, auth=auth,
        extra=extra, raw=raw, return_path=return_path, relay=relay,
        other_uais=other_uais, subj_charset=subj_charset, name_charset=name_charset,
        msgid=msgid, drop_date=drop_date))


def build(m):
    name, addr = m["frm"]
    dom = addr.rsplit("@", 1)[1]
    dt = when(m["date"])
    client = m["client"]
    charset = m["charset"] or {"outlook": "windows-1252", "outlook_html": "windows-1252"}.get(client, "utf-8")
    cte = m["cte"] or {"thunderbird": "8bit", "android": "base64", "roundcube": "8bit"}.get(client, "quoted-printable")
    hdr_cs = m["subj_charset"] or charset
    h = transport(addr, dt, m["auth"], m["return_path"], m["relay"], submission=(client != "mta"))
    h.append("From: %s" % fmt_addr(name, addr, m["name_charset"] or hdr_cs))
    h.append("To: %s" % fmt_addrs(m["to"], hdr_cs))
    if m["cc"]:
        h.append("Cc: %s" % fmt_addrs(m["cc"], hdr_cs))
    if m["reply_to"]:
        h.append("Reply-To: %s" % fmt_addr(*m["reply_to"]))
    h.append("Subject: %s" % enc_words(m["subject"], hdr_cs))
    if not m["drop_date"]:
        h.append("Date: %s" % rfc_date(dt))
    h.append("Message-ID: %s" % (m["msgid"] or msgid_for(client, dom, dt)))
    if m["irt"]:
        h.append("In-Reply-To: %s" % m["irt"])
        h.append("References: %s" % (m["refs"] or m["irt"]))
    if m["raw"] is not None:
        for x in m["extra"]:
            h.append(x)
        h.append("MIME-Version: 1.0")
        return "\n".join(h) + "\n" + m["raw"]
    h.append("MIME-Version: 1.0" if client != "iphone" else "Mime-Version: 1.0 (1.0)")
    for x in CLIENT_HEADERS.get(client, []):
        if x.startswith("Content-Language") and m["label"]["lang"] == "en":
            x = "Content-Language: en-GB"
        if "%d" in x:
            x = x % (R.randint(1, 250), R.randint(1, 250))
        h.append(x)
    if client in ("outlook", "outlook_html", "owa"):
        h.append("Thread-Topic: %s" % enc_words(re.sub(r"^((RE|TR|Fwd|FW|Réf)\s?:\s*)+", "", m["subject"], flags=re.I), hdr_cs))
        h.append("Thread-Index: %s" % base64.b64encode(bytes(R.getrandbits(8) for _ in range(22))).decode())
    for x in m["extra"]:
        h.append(x)
    text = m["body"].strip("\n") + "\n"
    if client == "thunderbird":
        text = flow(text)
    style = {"outlook": "outlook", "outlook_html": "outlook", "owa": "outlook", "zimbra": "zimbra",
             "apple": "apple", "iphone": "apple", "android": "android"}.get(client, "webmail")
    text_only = m["text_only"]
    if text_only is None:
        text_only = client in ("thunderbird", "iphone", "roundcube")
    if m["html_only"] or client == "outlook_html":
        content = leaf("text/html", to_html(text, style, charset), charset, cte)
    elif text_only:
        flowed = "; format=flowed" if client == "thunderbird" else ""
        content = leaf("text/plain", text, charset, cte, flowed)
    else:
        content = multipart("alternative", [
            leaf("text/plain", text, charset, cte),
            leaf("text/html", to_html(text, style, charset), charset, cte)], style)
    if m["attach"]:
        content = multipart("mixed", [content] + [attachment(*a) for a in m["attach"]], style)
    return "\n".join(h) + "\n" + content

# ==========================================================================
# h001 - h025
# ==========================================================================
mail(1, "password_reset", True, "0751932T", "ile-de-france", "esidoc", False, "fr",
     "Lost e-sidoc administrator password after the winter holidays; UAI in the body, academic sender.",
     frm=("Sabine Morvan", "sabine.morvan@ac-paris.fr"), client="zimbra", date="10 08:12",
     subject="Mot de passe e-sidoc oublié",
     body="""
Bonjour,

Depuis la rentrée des vacances d'hiver, impossible de me connecter à l'administration de notre portail e-sidoc : le mot de passe que j'avais noté ne passe plus et je ne retrouve pas le bon (j'ai dû le changer avant les vacances et je ne l'ai pas reporté, honte à moi).

Pourriez-vous m'indiquer comment le réinitialiser ?
Collège Georges Duhamel, Paris 15e, UAI 0751932T.

Merci beaucoup,
Sabine Morvan
Professeure documentaliste
""")

mail(2, "automated", False, None, "ile-de-france", None, False, "fr",
     "Zimbra vacation reply from an académie de Créteil address (Auto-Submitted: auto-replied (zimbra; vacation)), answering one of our ticket mails. Region from the sender domain.",
     frm=("Karim Benhadj", "karim.benhadj@ac-creteil.fr"), client="zimbra", date="10 08:31",
     subject="Re: [#SUP-118342] Votre demande a bien été prise en compte",
     irt="<SUP-118342.1741590610.a81c2e@assistance.example.fr>",
     extra=["Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk"],
     raw=leaf("text/plain", """Bonjour,

Je suis en formation du 10 au 14 mars inclus et ne consulte pas ma messagerie.
Pour le CDI, merci de vous adresser à la vie scolaire du collège.

Karim Benhadj
""", "utf-8", "quoted-printable"))

mail(3, "missing_noreply_mail", True, "0772562S", "ile-de-france", "espace_acheteur", False, "fr",
     "Activation link for the Espace Acheteur never arrived; junk folder checked; no anti-spam product named.",
     frm=("Gestion - Lycée Pierre de Coubertin", "gestion.coubertin@ac-creteil.fr"), client="outlook", date="10 09:02",
     subject="Lien d'activation non reçu",
     body="""
Bonjour,

J'ai créé vendredi dernier le compte de notre établissement sur l'Espace Acheteur (lycée Pierre de Coubertin, Meaux, UAI 0772562S).
Le site indique qu'un lien d'activation m'a été envoyé, mais je n'ai toujours rien reçu, ni dans la boîte de réception ni dans les courriers indésirables.

Pouvez-vous me le renvoyer ou m'indiquer la marche à suivre ?

Bien cordialement,

Isabelle Fournier
Adjointe gestionnaire
""")

mail(4, "other", False, None, None, None, False, "fr",
     "A parent asks about admission to a lycée's international section: wrong address, nothing the desk can do.",
     frm=("Hélène Vasseur", "helene.vasseur@messagerie.example.fr"), client="webmail", date="10 09:47",
     subject="Inscription section internationale anglaise - seconde 2025",
     body="""
Madame, Monsieur,

Mon fils est actuellement en 3e dans un collège de Versailles et souhaiterait intégrer la section internationale britannique en seconde à la rentrée prochaine.
Pourriez-vous me dire jusqu'à quelle date le dossier peut être déposé, et si les tests écrits ont lieu en avril comme l'an dernier ?

Je n'ai pas trouvé ces informations sur le site du lycée et votre adresse m'a été donnée par une autre maman.

Avec mes remerciements,
Hélène Vasseur
""")

mail(5, "head_of_establishment_request", False, "0782089X", "ile-de-france", "esidoc", False, "fr",
     "The proviseure writes from the ce.<UAI> address to change the e-sidoc administrator to the documentaliste who arrived in March.",
     frm=("Proviseure Lycée international Honoré de Balzac", "ce.0782089X@ac-versailles.fr"), client="zimbra", date="10 10:05",
     subject="Changement d'administrateur du portail e-sidoc - 0782089X",
     body="""
Madame, Monsieur,

Mme Corinne Aubert, professeure documentaliste, a quitté l'établissement le 28 février. Elle était jusqu'ici l'administratrice de notre portail e-sidoc.

Je vous demande de bien vouloir désigner à sa place M. Thomas Lemaire, qui a pris ses fonctions au CDI le 3 mars, et d'associer au compte administrateur son adresse professionnelle : thomas.lemaire@ac-versailles.fr.

Je reste à votre disposition pour tout justificatif.

Véronique Chastel
Proviseure
Lycée international Honoré de Balzac
UAI 0782089X
""")

mail(6, "mailinblack_spam", True, "0933024G", "ile-de-france", "espace_acheteur", False, "fr",
     "MailInBlack holds the Espace Acheteur mails; the gestionnaire asks what to do.",
     frm=("Nadia Ould-Ali", "nadia.ould-ali@ac-creteil.fr"), client="outlook", date="10 10:40",
     subject="Mails de l'Espace Acheteur bloqués",
     body="""
Bonjour,

Depuis que le Département a installé Mailinblack sur les boîtes des collèges, nous ne recevons plus les messages de l'Espace Acheteur (confirmations de commande, notifications). Ils restent coincés dans la quarantaine et je ne sais pas comment les débloquer durablement.

Pouvez-vous m'aider ?

Nadia Ould-Ali
Secrétaire de gestion
Collège Jean Jaurès - Saint-Ouen
RNE : 0933024G
""")

mail(7, "password_reset", True, "0781764U", "ile-de-france", "esidoc", False, "en",
     "English; account locked after too many attempts on the e-sidoc back office; UAI only in the signature.",
     frm=("Rebecca Holloway", "rebecca.holloway@ac-versailles.fr"), client="owa", date="10 11:18", charset="utf-8",
     subject="Locked out of the library portal",
     body="""
Hello,

I look after the library for the British Section and share the e-sidoc admin login with our CDI.
This morning I typed the password wrong a few times and now the site says the account is locked. I honestly am not sure the password I had was still the right one anyway.

Could you send me a reset link, or tell me how to unlock it? We have a reading week starting Monday and I need to put the new books online.

Many thanks,
Rebecca Holloway
Teacher-librarian, British Section
Lycée international de Saint-Germain-en-Laye
UAI 0781764U
""")

mail(8, "order_billing", False, "0912301G", "ile-de-france", "esidoc", False, "fr",
     "The intendant asks for a formal quote (devis) for the e-sidoc renewal, needed before the conseil d'administration.",
     frm=("Intendance Lycée Camille Claudel", "int.0912301g@ac-versailles.fr"), client="outlook", date="10 11:52",
     subject="Demande de devis - renouvellement abonnement e-sidoc",
     body="""
Bonjour,

Notre abonnement e-sidoc arrive à échéance en juin. Afin de pouvoir présenter la dépense au conseil d'administration du 27 mars, j'aurais besoin d'un devis au nom de l'établissement pour le renouvellement (même formule que l'an dernier, avec le module de gestion des manuels).

Le devis doit mentionner le numéro UAI 0912301G et notre adresse de facturation : Lycée Camille Claudel, Service intendance, 12 avenue de la Fontaine, 91300 Massy.

Merci par avance,

Philippe Garnier
Intendant
""")

mail(9, "subscription_activation", True, "0921600P", "ile-de-france", "esidoc", False, "fr",
     "Europresse ordered yesterday, not yet visible on the portal: inside the 72-hour window.",
     frm=("Claire Dumont", "claire.dumont3@ac-versailles.fr"), client="thunderbird", date="10 13:26",
     subject="Europresse pas encore visible",
     body="""
Bonjour,

Nous avons commandé hier après-midi l'abonnement Europresse (commande validée par notre gestionnaire vers 16 h).
Ce matin la ressource n'apparaît toujours pas dans le bloc « Ressources numériques » de notre portail e-sidoc.

Faut-il faire quelque chose de notre côté ou est-ce simplement un délai normal ?

Cordialement,
Claire Dumont
Documentaliste - collège Les Bruyères, Courbevoie (0921600P)
""")

mail(10, "transfer_incident", False, "0753466K", "ile-de-france", "ecoledirecte", False, "fr",
     "Private school: last EcoleDirecte transfer is three days old, parents do not see the new grades.",
     frm=("Secrétariat de direction - Institution Sainte-Clotilde", "secretariat@sainte-clotilde-paris.example.fr"), client="outlook", date="10 14:03",
     subject="Plus de transfert vers EcoleDirecte depuis vendredi",
     body="""
Bonjour,

Les parents nous signalent qu'ils ne voient plus les notes saisies depuis vendredi. Dans Charlemagne, le dernier transfert réussi vers EcoleDirecte date du vendredi 7 mars à 18 h 02, et depuis plus rien, alors que le poste est allumé.

Nous n'avons rien modifié sur le serveur à notre connaissance.

Pouvez-vous regarder ? Notre code établissement : 0753466K.

Merci,
Martine Lecomte
Secrétaire de direction
""")

mail(11, "account_creation", True, "0941045A", "ile-de-france", "espace_acheteur", False, "fr",
     "Sign-up form sent, login refused: the account waits for the structure administrator's validation (FAQ case).",
     frm=("Julien Mercier", "julien.mercier@ac-creteil.fr"), client="zimbra", date="10 15:20",
     subject="Inscription Espace Acheteur - impossible de me connecter",
     body="""
Bonjour,

Je suis le nouvel adjoint gestionnaire du collège Paul Bert à Cachan (0941045A), arrivé le 3 mars.
J'ai rempli jeudi le formulaire d'inscription sur l'Espace Acheteur, j'ai bien validé mon adresse, mais quand j'essaie de me connecter j'ai le message « votre compte est en attente de validation ».

Est-ce que je dois faire autre chose ?

Merci,
Julien Mercier
""")

mail(12, "contract_documents", False, None, None, "espace_acheteur", False, "fr",
     "A town's buyer cannot find the CCAP of a market in 'Mes marchés'. Non-academic sender, no UAI: no region.",
     frm=("Service Achats - Ville de Noisy-le-Sec", "achats@ville-noisylesec.example.fr"), client="owa", date="10 16:44", charset="utf-8",
     subject="CCAP introuvable - marché 2024-077",
     body="""
Bonjour,

Dans l'onglet « Mes marchés » de l'Espace Acheteur, la fiche du marché 2024-077 (mobilier de bibliothèque) ne contient que l'acte d'engagement et le bordereau de prix. Le CCAP et le CCTP n'y figurent pas, alors qu'ils étaient listés dans l'annonce.

Nous en avons besoin pour notre commande d'avril. Pourriez-vous les remettre en ligne ou nous les transmettre ?

Cordialement,
Laurent Pichon
Acheteur - Direction de la commande publique
""")

mail(13, "automated", False, None, None, None, False, "en",
     "Postfix bounce (multipart/report, null Return-Path) of one of our ticket replies: mailbox full at a private school.",
     frm=("Mail Delivery System", "MAILER-DAEMON@mail.lycee-montaigne-bilingue.example.fr"), date="10 17:05",
     subject="Undelivered Mail Returned to Sender", return_path="<>",
     relay="mail.lycee-montaigne-bilingue.example.fr",
     auth="dkim=none;\n\tspf=pass smtp.helo=mail.lycee-montaigne-bilingue.example.fr;\n\tdmarc=none",
     extra=["Auto-Submitted: auto-replied"],
     client="mta", raw=multipart("report", [
         leaf("text/plain", """This is the mail system at host mail.lycee-montaigne-bilingue.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<d.ashworth@lycee-montaigne-bilingue.example.fr>: host
    127.0.0.1[127.0.0.1] said: 552 5.2.2
    <d.ashworth@lycee-montaigne-bilingue.example.fr>: Mailbox full (in reply to RCPT TO
    command)
""", "us-ascii", "7bit"),
         """Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.lycee-montaigne-bilingue.example.fr
X-Postfix-Queue-ID: 4Z7QkPq1Rz3xLm
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Mon, 10 Mar 2025 17:05:11 +0100 (CET)

Final-Recipient: rfc822; d.ashworth@lycee-montaigne-bilingue.example.fr
Original-Recipient: rfc822;d.ashworth@lycee-montaigne-bilingue.example.fr
Action: failed
Status: 5.2.2
Remote-MTA: dns; 127.0.0.1
Diagnostic-Code: smtp; 552 5.2.2 <d.ashworth@lycee-montaigne-bilingue.example.fr>:
    Mailbox full
""",
         """Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: David Ashworth <d.ashworth@lycee-montaigne-bilingue.example.fr>
Subject: [#SUP-118355] Re: Invoice address for the foundation
Date: Mon, 10 Mar 2025 17:05:09 +0100
Message-ID: <SUP-118355.1741622709.f02b1a@assistance.example.fr>
Auto-Submitted: auto-replied
"""], "zz", preamble="This is a MIME-encapsulated message.",
         params=" report-type=delivery-status;"))

mail(14, "password_reset", True, "0932039L", "ile-de-france", "esidoc", True, "fr",
     "The school secretariat writes for the documentaliste and asks for the link on the establishment address; the UAI appears only in the sender address ce.0932039l@ac-creteil.fr, in lower case.",
     frm=("Secrétariat Collège Lucie Aubrac", "ce.0932039l@ac-creteil.fr"), client="zimbra", date="11 08:05",
     subject="Demande de lien pour le portail du CDI",
     body="""
Bonjour,

Je vous écris de la part de Mme Brunet, notre professeure documentaliste, qui n'arrive plus à se connecter à l'administration du portail du CDI (e-sidoc). Elle ne se souvient plus du mot de passe.

Pourriez-vous envoyer le lien de réinitialisation sur la présente adresse, celle du secrétariat ? Je le lui transmettrai.

Merci d'avance,
Fatou Diallo
Secrétariat du principal
""")

mail(15, "missing_noreply_mail", True, None, "ile-de-france", "esidoc", False, "en",
     "English; the confirmation mail for the e-sidoc customer account never arrived; spam folder checked. No UAI; region from the ac-paris.fr sender.",
     frm=("Jennifer Okafor", "jennifer.okafor@ac-paris.fr"), client="zimbra", date="11 08:44",
     subject="No confirmation email received",
     body="""
Hi,

I opened the customer account on the e-sidoc shop yesterday so that we can order the new reading packs for the American Section, but the confirmation email never came through.
I've checked spam and "promotions", nothing there. My colleague says it normally arrives within minutes.

Could you resend it or activate the account on your side?

Best,
Jennifer Okafor
Librarian, American Section - Lycée Victor Duruy
""")

mail(16, "other", False, None, None, None, True, "fr",
     "Phishing: 'quota de messagerie dépassé, confirmez votre mot de passe'. The sender domain ac-creteil.fr.maj-messagerie.example.fr only contains an académie name: no region.",
     frm=("Messagerie académique", "no-reply@ac-creteil.fr.maj-messagerie.example.fr"), client="webmail", date="11 09:12",
     auth="dkim=none;\n\tspf=softfail smtp.mailfrom={d};\n\tdmarc=none header.from={d}",
     subject="Action requise : votre boîte aux lettres a atteint 98 % de son quota",
     body="""
Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de sa capacité. Les nouveaux messages seront rejetés à partir du 12/03/2025.

Pour éviter la suspension de votre compte et conserver vos messages, confirmez votre identifiant et votre mot de passe sur la page de vérification ci-dessous :

https://verification-quota.example.fr/ac-creteil/login

Sans action de votre part sous 24 heures, votre compte sera désactivé.

Le service informatique
""")

mail(17, "password_reset", True, "0951765C", "ile-de-france", "espace_acheteur", False, "fr",
     "Espace Acheteur login and password unknown since the previous gestionnaire left; UAI in the body.",
     frm=("Sandrine Leroux", "sandrine.leroux@ac-versailles.fr"), client="outlook", date="11 09:35",
     subject="Identifiants Espace Acheteur",
     body="""
Bonjour,

Ma collègue gestionnaire est partie en janvier sans nous laisser ses identifiants de l'Espace Acheteur. Je ne connais ni l'identifiant ni le mot de passe du compte de l'établissement, et j'ai une commande de manuels à passer avant la fin du mois.

Collège Pierre et Marie Curie, Cergy - UAI 0951765C

Comment puis-je récupérer l'accès ?

Merci,
Sandrine Leroux
Gestionnaire
""")

mail(18, "head_of_establishment_request", False, "0922787E", "ile-de-france", "espace_acheteur", False, "fr",
     "The principal authorises in writing the adjointe gestionnaire to validate a specific order on the Espace Acheteur.",
     frm=("Principal Collège Henri Barbusse", "ce.0922787E@ac-versailles.fr"), client="outlook", date="11 10:02",
     subject="Autorisation de validation de commande",
     body="""
Madame, Monsieur,

J'autorise Mme Élodie Perret, adjointe gestionnaire, à valider en mon nom la commande n° EA-2025-03-1187 (matériel pour la section européenne) sur l'Espace Acheteur, ainsi que les commandes à venir jusqu'à la fin de l'année scolaire.

Je vous remercie de bien vouloir prendre en compte cette autorisation.

Bernard Couturier
Principal du collège Henri Barbusse, Bagneux
0922787E
""")

mail(19, "mailinblack_spam", True, "0923161L", "ile-de-france", "espace_acheteur", False, "en",
     "English; the school's IT technician says MailInBlack quarantine holds the activation e-mails; UAI in the signature.",
     frm=("Tom Whitfield", "tom.whitfield@ac-versailles.fr"), client="owa", date="11 10:29", charset="utf-8",
     subject="Activation emails stuck in MailInBlack",
     body="""
Hi there,

I run IT at the lycée. Our new gestionnaire tried to register on the Espace Acheteur twice, and both activation emails ended up in our MailInBlack quarantine. She released one but by then the link had expired.

What's the right sender address or domain to whitelist so this stops happening? I'd rather allow the whole domain than play whack-a-mole with each address.

Cheers,
Tom Whitfield
IT technician - Lycée international Alexandre Dumas, Saint-Cloud
UAI 0923161L
""")

mail(20, "automated", False, None, None, None, False, "en",
     "Bilingual Outlook automatic reply (English then French): Auto-Submitted: auto-generated and X-Auto-Response-Suppress.",
     frm=("Margaret Quinn", "m.quinn@ecole-bilingue-neuilly.example.fr"), client="outlook", date="11 10:58",
     subject="Automatic reply: [#SUP-118361] Your request about the buyer account",
     irt="<SUP-118361.1741682270.c4d019@assistance.example.fr>",
     extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: m.quinn@ecole-bilingue-neuilly.example.fr"],
     raw=leaf("text/plain", """Thank you for your email. I am out of the office on a school trip to Edinburgh until Monday 17 March, with limited access to email.
For anything urgent regarding purchasing, please contact our bursar, Mr Ahmed Cherif.

Merci pour votre message. Je suis en voyage scolaire jusqu'au lundi 17 mars et je consulterai mes messages à mon retour.
Pour toute urgence concernant les achats, merci de contacter notre économe, M. Ahmed Cherif.

Margaret Quinn
""", "utf-8", "quoted-printable"))

mail(21, "missing_noreply_mail", True, "0912570Z", "ile-de-france", "espace_acheteur", True, "fr",
     "Negation: MailInBlack is named only to say the school does NOT use it; the no-reply mails simply never arrive.",
     frm=("Stéphanie Royer", "stephanie.royer@ac-versailles.fr"), client="zimbra", date="11 11:40",
     subject="Aucun mail de votre plateforme",
     body="""
Bonjour,

Je ne reçois aucun des messages automatiques de l'Espace Acheteur (confirmation de commande, mot de passe, rien du tout).

Avant que vous me posiez la question : non, nous n'avons pas Mailinblack ni aucun filtre de ce genre, j'ai vérifié avec notre référent numérique. Les indésirables sont vides aussi.

Lycée Jean-Baptiste Corot, Savigny-sur-Orge
UAI 0912570Z

Merci de votre aide,
Stéphanie Royer, secrétaire d'intendance
""")

mail(22, "order_billing", False, "0771914M", "ile-de-france", "espace_acheteur", False, "fr",
     "Order validated in February, the invoice is still not deposited on Chorus Pro.",
     frm=("Agence comptable - Lycée Jacques Amyot", "ac.0771914m@ac-creteil.fr"), client="outlook", date="11 13:10",
     subject="Facture non déposée sur Chorus Pro - commande du 4 février",
     body="""
Bonjour,

La commande passée le 4 février sur l'Espace Acheteur (réf. EA-2025-02-0419, 1 284,60 € TTC) a été livrée, mais nous ne trouvons aucune facture correspondante sur Chorus Pro.
Sans facture, nous ne pouvons pas procéder au mandatement.

Pourriez-vous vérifier et la déposer au nom de l'établissement (SIRET sur le bon de commande) ?

Cordialement,
Agnès Lambert
Fondée de pouvoir
Lycée Jacques Amyot, Melun - 0771914M
""")

mail(23, "password_reset", True, "0752268H", "ile-de-france", "esidoc", True, "fr",
     "Thunderbird forward ('Message transféré') of the reset mail whose link has expired, with a short new line on top; UAI in the signature and in lower case in the quoted portal address.",
     frm=("Anne-Sophie Girard", "anne-sophie.girard@ac-paris.fr"), client="thunderbird", date="11 13:57",
     subject="Fwd: Réinitialisation de votre mot de passe",
     body="""
Bonjour, le lien ci-dessous ne marche plus (« lien expiré »), je ne l'ai ouvert qu'aujourd'hui. Vous pouvez m'en renvoyer un ?
Merci !

Anne-Sophie Girard
CDI - Lycée Claude Monet, 0752268H


-------- Message transféré --------
Sujet : 	Réinitialisation de votre mot de passe
Date : 	Fri, 7 Mar 2025 17:21:40 +0100
De : 	e-sidoc <ne-pas-repondre@esidoc.example.fr>
Pour : 	anne-sophie.girard@ac-paris.fr

Bonjour,

Une demande de réinitialisation du mot de passe administrateur a été faite pour le portail https://0752268h.esidoc.example.fr.
Pour choisir un nouveau mot de passe, suivez ce lien (valable 12 heures) :
https://administration.esidoc.example.fr/motdepasse?jeton=58b0e1c2a9d4

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.
""")

mail(24, "subscription_activation", True, "0782414A", "ile-de-france", "esidoc", False, "en",
     "English; an online press resource for the BFI classes was ordered two days ago and is not visible yet: within 72 hours.",
     frm=("Daniel Kemp", "daniel.kemp@ac-versailles.fr"), client="apple", date="11 14:30",
     subject="New subscription not showing on the portal",
     body="""
Good afternoon,

On Sunday evening I ordered the English-language press package for our BFI classes (order confirmed by email, ref ES-250309-221).
It still doesn't appear on the e-sidoc portal, neither in the resources block nor in the search.

Is there a delay before it goes live, or have I missed a step?

Kind regards,
Daniel Kemp
Lycée Jeanne d'Albret, Saint-Germain-en-Laye
School code 0782414A
""")

mail(25, "other", False, None, None, None, False, "en",
     "English; a parent asks about the OIB admission test dates: wrong address, unrelated to the services.",
     frm=("Kevin Marsh", "kevin.marsh@webmail.example.fr"), client="webmail", date="11 15:02",
     subject="OIB entrance test - dates?",
     body="""
Hello,

We are relocating from Boston to Paris this summer and our daughter (currently in 9th grade) would like to apply for the OIB / American section in 10th grade (seconde).
Could you let us know when the entrance tests take place and whether they can be taken remotely?

Thanks so much,
Kevin Marsh
""")
# ==========================================================================
# h026 - h050
# ==========================================================================
mail(26, "transfer_incident", False, "0922339T", "ile-de-france", "ecoledirecte", True, "fr",
     "Asks for 'le mot de passe de maintenance du jour' to repair the Charlemagne base: a transfer incident per the taxonomy, not password_reset.",
     frm=("Olivier Brun", "informatique@stjean-passy-clamart.example.fr"), client="outlook", date="11 15:48",
     subject="Mot de passe de maintenance pour aujourd'hui",
     body="""
Bonjour,

L'outil de réparation de la base Charlemagne me demande le mot de passe de maintenance du jour avant de lancer la réindexation. Ce n'est pas mon mot de passe personnel (celui-là fonctionne très bien), c'est bien le code que vous délivrez à la journée.

Depuis la coupure électrique de samedi, les transferts vers EcoleDirecte s'arrêtent à 40 % avec une erreur d'index, d'où la réindexation.

Pourriez-vous me le communiquer ? Je suis au 01 46 30 72 18 jusqu'à 17 h.

Olivier Brun
Responsable informatique
Ensemble scolaire Saint-Jean, Clamart
Code établissement 0922339T
""")

mail(27, "automated", False, None, None, None, False, "fr",
     "Publisher newsletter: List-Id, List-Unsubscribe with one-click, Precedence: bulk.",
     frm=("Éditions Lumen Jeunesse", "newsletter@lumen-jeunesse.example.fr"), client="mta", date="11 16:00",
     subject="Printemps des poètes : nos nouveautés pour vos CDI",
     extra=["List-Id: Lettre d'information Lumen Jeunesse <lettre.lumen-jeunesse.example.fr>",
            "List-Unsubscribe: <https://lettre.lumen-jeunesse.example.fr/desinscription?u=ae31f0>, <mailto:desinscription@lumen-jeunesse.example.fr>",
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
            "Precedence: bulk", "X-Campaign: 2025-03-printemps"],
     raw=multipart("alternative", [
         leaf("text/plain", """Lettre d'information - mars 2025

Le Printemps des poètes, c'est ce week-end !
Découvrez notre sélection d'anthologies pour les collégiens, dont « Voix d'ailleurs », recueil bilingue français-anglais pensé pour les sections internationales.

- 20 % de remise sur la collection Poésie Poche jusqu'au 31 mars
- Kit d'exposition gratuit à télécharger pour votre CDI
- Rencontres d'auteurs : inscriptions ouvertes pour mai et juin

Vous recevez ce message car vous êtes inscrit à la lettre d'information des Éditions Lumen Jeunesse.
Se désinscrire : https://lettre.lumen-jeunesse.example.fr/desinscription?u=ae31f0
""", "utf-8", "quoted-printable"),
         leaf("text/html", """<html><body style="font-family:Georgia,serif">
<h1>Le Printemps des poètes, c'est ce week-end !</h1>
<p>Découvrez notre sélection d'anthologies pour les collégiens, dont <i>Voix d'ailleurs</i>, recueil bilingue français-anglais pensé pour les sections internationales.</p>
<ul><li>20 % de remise sur la collection Poésie Poche jusqu'au 31 mars</li>
<li>Kit d'exposition gratuit à télécharger pour votre CDI</li>
<li>Rencontres d'auteurs : inscriptions ouvertes pour mai et juin</li></ul>
<p style="font-size:10px">Vous recevez ce message car vous êtes inscrit à la lettre d'information des Éditions Lumen Jeunesse.
<a href="https://lettre.lumen-jeunesse.example.fr/desinscription?u=ae31f0">Se désinscrire</a></p>
</body></html>
""", "utf-8", "quoted-printable")], "webmail"))

mail(28, "password_reset", True, None, "ile-de-france", "esidoc", True, "fr",
     "The code typed in the body, 0921262Y, has a wrong check letter (the digits give 0921262X): no UAI label. Region from the ac-versailles.fr sender; the plain reset answer still applies.",
     frm=("Mathilde Carpentier", "mathilde.carpentier@ac-versailles.fr"), client="zimbra", date="12 08:03",
     subject="Oubli mot de passe portail documentaire",
     body="""
Bonjour,

J'ai oublié le mot de passe d'administration de notre portail e-sidoc. Je suis documentaliste au collège Jean Moulin de Rueil-Malmaison, UAI 0921262Y.

Pouvez-vous m'envoyer la procédure pour en créer un nouveau ?

Bonne journée,
Mathilde Carpentier
""")

mail(29, "account_creation", True, "0942299N", "ile-de-france", "espace_acheteur", False, "fr",
     "A new gestionnaire wants to create her Espace Acheteur account: the sign-up form answer fits.",
     frm=("Aurélie Texier", "aurelie.texier@ac-creteil.fr"), client="outlook", date="12 08:37",
     subject="Création de compte Espace Acheteur",
     body="""
Bonjour,

Je viens d'être nommée gestionnaire au collège Albert Camus de Créteil (0942299N), en remplacement d'un collègue muté.
Je n'ai jamais utilisé l'Espace Acheteur. Comment dois-je procéder pour avoir mon propre compte ? Faut-il une validation du chef d'établissement ?

Merci pour votre retour,
Aurélie Texier
""")

mail(30, "missing_noreply_mail", True, "0933196U", "ile-de-france", "esidoc", True, "fr",
     "Looks like a password problem, but the forgotten-password tool works; only its mail never arrives: missing_noreply_mail.",
     frm=("Yannick Le Goff", "yannick.le-goff@ac-creteil.fr"), client="thunderbird", date="12 09:10",
     subject="Mot de passe : le mail ne vient jamais",
     body="""
Bonjour,

Je clique sur « Mot de passe oublié » sur la page d'administration du portail e-sidoc, je saisis l'identifiant de l'établissement (0933196U), et le site m'affiche bien « Un message vous a été envoyé ».
Sauf que ce message n'arrive jamais, ni dans ma boîte, ni dans les spams. J'ai essayé trois fois depuis lundi.

Le formulaire marche donc, c'est le mail qui ne suit pas. Une idée ?

Yannick Le Goff
Professeur documentaliste, collège Gabriel Péri, Aubervilliers
""")

mail(31, "head_of_establishment_request", False, "0922246S", "ile-de-france", "espace_acheteur", False, "en",
     "English; the head of a private bilingual school names a new structure administrator on the Espace Acheteur and asks to close the former one's access.",
     frm=("Richard Ellison", "head@ecole-bilingue-neuilly.example.fr"), client="outlook", date="12 09:44",
     subject="Change of structure administrator - Ecole bilingue de Neuilly",
     body="""
Dear Sir or Madam,

As Head of School, I would like to inform you that Ms Margaret Quinn will no longer act as structure administrator for our establishment on the Espace Acheteur from 17 March.

Please appoint our bursar, Mr Ahmed Cherif (a.cherif@ecole-bilingue-neuilly.example.fr), in her place, and close Ms Quinn's administrator rights on the same date.

Our establishment code (UAI) is 0922246S.

Yours faithfully,
Richard Ellison
Head of School
École bilingue de Neuilly
""")

mail(32, "contract_documents", False, "0953301X", "ile-de-france", "espace_acheteur", False, "fr",
     "The membership convention does not appear among the documents of the establishment's space.",
     frm=("Gestion Lycée Galilée", "gestion.galilee@ac-versailles.fr"), client="owa", date="12 10:15", charset="utf-8",
     subject="Convention d'adhésion non visible",
     body="""
Bonjour,

Notre agent comptable me demande une copie de la convention d'adhésion signée l'an dernier pour le contrôle de la chambre régionale des comptes.
Dans l'Espace Acheteur, rubrique « Mes documents contractuels », la liste est vide, alors que je suis bien connectée avec le compte du lycée (0953301X).

Pouvez-vous me dire où la trouver ou me l'envoyer ?

Merci,
Josiane Maréchal
Adjointe gestionnaire - Lycée Galilée, Gennevilliers... pardon, Cergy !
""")

mail(33, "mailinblack_spam", False, "0943817N", "ile-de-france", "espace_acheteur", True, "fr",
     "The sender-authentication challenge is described (each new sender must click to prove it is human) without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person should check before sending the guide.",
     frm=("Frédéric Sanchez", "frederic.sanchez@ac-creteil.fr"), client="zimbra", date="12 10:52",
     subject="Vos messages ne passent pas notre nouveau filtre",
     body="""
Bonjour,

Depuis le changement de messagerie du collège en février, chaque nouvel expéditeur reçoit un message lui demandant de cliquer sur un lien pour prouver qu'il n'est pas un robot. Tant qu'il ne l'a pas fait, son mail reste bloqué chez nous.

Les mails automatiques de l'Espace Acheteur (commande, validation de compte) ne peuvent évidemment pas répondre à ce test, donc ils restent en attente et nous ne les voyons jamais.

Je ne connais pas le nom exact de l'outil, c'est le conseil départemental qui l'a mis en place. Que faut-il faire ?

Frédéric Sanchez
Gestionnaire, collège Louise Michel, Champigny-sur-Marne - 0943817N
""")

mail(34, "other", False, None, "ile-de-france", "esidoc", True, "fr",
     "Thanks only, in a thread (In-Reply-To, 'RE:'), quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. Region from the ac-creteil.fr sender.",
     frm=("Béatrice Langlois", "beatrice.langlois@ac-creteil.fr"), client="outlook", date="12 11:20",
     subject="RE: [#SUP-118301] Mot de passe e-sidoc",
     irt="<SUP-118301.1741703301.7be2d4@assistance.example.fr>",
     body="""
Merci beaucoup, tout fonctionne de nouveau. J'ai pu changer le mot de passe et je l'ai bien noté cette fois !

Bonne fin de semaine,
Béatrice Langlois

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 11 mars 2025 16:35
À : Béatrice Langlois <beatrice.langlois@ac-creteil.fr>
Objet : [#SUP-118301] Mot de passe e-sidoc

Bonjour,

Un lien de réinitialisation du mot de passe a été envoyé à l'adresse connue pour votre établissement (c***@ac-c******.fr). Il est valable 12 heures.
Si vous ne le recevez pas, vérifiez vos courriers indésirables.

Cordialement,
L'équipe d'assistance
""")

mail(35, "password_reset", True, "0752394V", "ile-de-france", "esidoc", False, "en",
     "Mostly English with French openings; the teacher does not know the login or the password of the e-sidoc back office. UAI given hesitantly ('I think') but valid.",
     frm=("Ashley Brennan", "ashley.brennan@ac-paris.fr"), client="zimbra", date="12 11:58",
     subject="Mot de passe / password e-sidoc",
     body="""
Bonjour,

Sorry, my French is not good enough to explain this properly so I'll write in English.
Our documentaliste is on sick leave until April and I have been asked to update the American Section shelf on the e-sidoc portal. When I click on "mot de passe oublié" it asks me for an "identifiant" and I have no idea what it is, and of course I don't have the password either.

The school number is 0752394V I think (it's on our letterhead).

Merci beaucoup !
Ashley Brennan
English teacher, American Section
Lycée Montaigne
""")

mail(36, "automated", False, None, None, None, False, "fr",
     "Exchange non-delivery report in French ('Non remis :'), multipart/report with delivery-status and the returned headers.",
     frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@college-sainte-marie-antony.example.fr"), client="mta", date="12 12:07",
     subject="Non remis : [#SUP-118392] Votre commande en attente de validation",
     return_path="<>", relay="mail.college-sainte-marie-antony.example.fr",
     auth="dkim=none;\n\tspf=none smtp.helo=mail.college-sainte-marie-antony.example.fr;\n\tdmarc=none",
     extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: ", "Content-Language: fr-FR"],
     raw=multipart("report", [
         leaf("text/plain", """Impossible de remettre le message à ces destinataires ou groupes :

economat@college-sainte-marie-antony.example.fr
L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse du destinataire, puis renvoyez le message. Si le problème persiste, contactez votre support technique.

Informations de diagnostic pour les administrateurs :

Serveur de génération : mail.college-sainte-marie-antony.example.fr

economat@college-sainte-marie-antony.example.fr
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", "utf-8", "quoted-printable"),
         """Content-Type: message/delivery-status

Reporting-MTA: dns;mail.college-sainte-marie-antony.example.fr
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Wed, 12 Mar 2025 12:07:02 +0100

Final-Recipient: rfc822;economat@college-sainte-marie-antony.example.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""",
         """Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: <economat@college-sainte-marie-antony.example.fr>
Subject: [#SUP-118392] Votre commande en attente de validation
Date: Wed, 12 Mar 2025 12:06:58 +0100
Message-ID: <SUP-118392.1741777618.0a9e3c@assistance.example.fr>
Auto-Submitted: auto-replied
"""], "outlook", params=" report-type=delivery-status;"))

mail(37, "missing_noreply_mail", True, "0781819D", "ile-de-france", "espace_acheteur", True, "fr",
     "Outlook forward ('TR :') by the secretariat of the documentaliste's message: her sign-up confirmation never came. The UAI appears only in the ce.<UAI> sender address.",
     frm=("Secrétariat Collège Claude Debussy", "ce.0781819D@ac-versailles.fr"), client="outlook", date="12 13:34",
     subject="TR: Pas de mail de confirmation",
     body="""
Bonjour,

Je vous transfère le message de Mme Roux, qui n'arrive pas à vous joindre depuis sa messagerie.

Cordialement,
Le secrétariat

________________________________
De : Roux Emmanuelle <emmanuelle.roux@ac-versailles.fr>
Envoyé : mardi 11 mars 2025 17:48
À : Secrétariat Collège Claude Debussy <ce.0781819D@ac-versailles.fr>
Objet : Pas de mail de confirmation

Bonsoir,

Pouvez-vous transmettre à l'assistance de l'Espace Acheteur ? Je me suis inscrite lundi pour pouvoir commander les livres du prix littéraire, et je n'ai jamais reçu le mail de confirmation qui permet d'activer le compte. J'ai regardé dans tous les dossiers.

Merci,
Emmanuelle Roux
""")

mail(38, "order_billing", False, None, None, "esidoc", False, "en",
     "English; the bursar of a private school asks that invoices be addressed to the school's foundation with its VAT number.",
     frm=("Ahmed Cherif", "a.cherif@ecole-bilingue-neuilly.example.fr"), client="outlook", date="12 14:10",
     subject="Invoices - new billing entity",
     body="""
Hello,

From this month on, all invoices for our library subscriptions (e-sidoc portal and the digital resources) must be made out to the foundation that runs the school, not to the school itself:

Fondation Éducative Franco-Britannique
Service comptabilité
18 rue Edouard Nortier, 92200 Neuilly-sur-Seine
VAT FR 27 512 348 961

Could you update our customer record and reissue the February invoice (FA-2502-00871) to this entity?

Many thanks,
Ahmed Cherif
Bursar
""")

mail(39, "password_reset", False, "0751107W", "ile-de-france", "esidoc", True, "fr",
     "Reply in the thread (In-Reply-To, 'RE:') to the automatic reset answer: the link went to an old CDI address nobody can read any more. The automatic path has failed; a person must take over (head-of-establishment procedure).",
     frm=("Gaëlle Perrin", "gaelle.perrin@ac-paris.fr"), client="zimbra", date="12 14:41",
     subject="RE: [#SUP-118318] Mot de passe e-sidoc",
     irt="<SUP-118318.1741710218.55e0af@assistance.example.fr>",
     body="""
Bonjour,

Merci pour votre réponse rapide, mais l'adresse indiquée (c***@ac-p****.fr) doit être celle de l'ancienne boîte du CDI, qui a été supprimée quand ma prédécesseure est partie à la retraite. Personne ne peut la consulter et le secrétariat n'a rien reçu sur l'adresse du collège.

Comment faire dans ce cas ? Je suis bloquée depuis deux semaines.

Gaëlle Perrin
Collège Jean-Baptiste Say, 0751107W

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Gaëlle Perrin" <gaelle.perrin@ac-paris.fr>
Envoyé: Mercredi 12 Mars 2025 09:02:11
Objet: [#SUP-118318] Mot de passe e-sidoc

Bonjour,

Un lien de réinitialisation du mot de passe a été envoyé à l'adresse connue pour votre établissement (c***@ac-p****.fr). Il est valable 12 heures.

Cordialement,
L'équipe d'assistance
""")

mail(40, "head_of_establishment_request", False, "0931916C", "ile-de-france", "esidoc", True, "fr",
     "The secretary writes from the ce.<UAI> address and relays the principal's signed letter (PDF): reset of the administrator password and new contact address. It is the head's written request, relayed; staff must check the letter.",
     frm=("Secrétariat de direction - Collège Victor Hugo", "ce.0931916C@ac-creteil.fr"), client="outlook", date="12 15:15",
     subject="Courrier de Mme la Principale - accès administrateur e-sidoc",
     attach=[pdf("Courrier_principale_esidoc_0931916C.pdf")],
     body="""
Bonjour,

Madame la Principale me charge de vous transmettre le courrier ci-joint, signé de sa main.
Elle demande la réinitialisation du mot de passe administrateur de notre portail e-sidoc et le remplacement de l'adresse de contact par celle de l'établissement (la présente adresse), suite au départ de notre documentaliste.

Je reste à votre disposition,

Christelle Baptiste
Secrétaire de direction
Collège Victor Hugo - Noisy-le-Grand
""")

mail(41, "subscription_activation", False, "0772306N", "ile-de-france", "esidoc", False, "fr",
     "Subscription ordered on 4 March, still not active on the 13th: well past the 72-hour rule, a person must look at the order.",
     frm=("Pascale Renaud", "pascale.renaud@ac-creteil.fr"), client="roundcube", date="13 08:22",
     subject="Abonnement Universalis toujours inactif",
     body="""
Bonjour,

Nous avons commandé l'abonnement Universalis le 4 mars (commande validée le jour même par l'intendance). Neuf jours plus tard, la ressource n'est toujours pas accessible depuis notre portail e-sidoc : le lien affiche « abonnement non reconnu ».

Pouvez-vous vérifier ce qui bloque ?

Pascale Renaud
Documentaliste - Cité scolaire Uruguay-France, Avon (0772306N)
""")

mail(42, "transfer_incident", False, "0781246F", "ile-de-france", "ecoledirecte", False, "fr",
     "New server installed during the holidays: the Charlemagne licence must be regenerated, transfers have stopped.",
     frm=("Comptabilité Institution Notre-Dame", "compta@notredame-versailles.example.fr"), client="outlook", date="13 09:05",
     subject="Licence Charlemagne à régénérer après changement de serveur",
     body="""
Bonjour,

Notre prestataire a remplacé le serveur pendant les vacances. Depuis, Charlemagne démarre mais affiche « Licence invalide pour ce poste » et aucun transfert vers EcoleDirecte ne part.

Il semble qu'il faille régénérer la licence pour le nouveau serveur. Pouvez-vous nous indiquer la procédure ou le faire de votre côté ?

Établissement : Institution Notre-Dame, Versailles - 0781246F

Merci,
Corinne Vallet
Service comptabilité
""")

mail(43, "other", False, None, None, None, False, "en",
     "English SEO / link-building spam.",
     frm=("Ryan Cooper", "ryan@rankboost-agency.example.fr"), client="webmail", date="13 09:31",
     subject="Quick question about assistance.example.fr",
     body="""
Hi there,

I was browsing assistance.example.fr and noticed it isn't ranking for some very valuable keywords in your niche.
We've helped 300+ education businesses reach page 1 on Google within 90 days, guaranteed.

Would you be open to a free audit? Just reply "YES" and I'll send it over.

Best regards,
Ryan Cooper
Growth Specialist
""")

mail(44, "automated", False, None, None, None, True, "en",
     "Exim bounce in plain text: no multipart/report and no Auto-Submitted; only the null Return-Path, the Mailer-Daemon sender and the wording show it is automatic.",
     frm=("Mail Delivery System", "Mailer-Daemon@mx.college-saint-exupery.example.fr"), client="mta", date="13 09:50",
     subject="Mail delivery failed: returning message to sender",
     return_path="<>", relay="mx.college-saint-exupery.example.fr", auth="",
     raw=leaf("text/plain", """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  cdi@college-saint-exupery.example.fr
    host mx.college-saint-exupery.example.fr [203.0.113.44]
    SMTP error from remote mail server after RCPT TO:<cdi@college-saint-exupery.example.fr>:
    550 5.1.1 User unknown

------ This is a copy of the message, including all the headers. ------

From: Assistance <support@assistance.example.fr>
To: cdi@college-saint-exupery.example.fr
Subject: [#SUP-118405] Votre abonnement est actif
Date: Thu, 13 Mar 2025 09:50:14 +0100
Message-ID: <SUP-118405.1741855814.31c7aa@assistance.example.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Votre abonnement est maintenant actif sur votre portail.

Cordialement,
L'=C3=A9quipe d'assistance
""", "us-ascii", "7bit"))

mail(45, "password_reset", False, "0911682J", "ile-de-france", "esidoc", True, "fr",
     "Two topics: lost e-sidoc password (first, main) and a duplicate invoice to cancel (order_billing); a single template would answer only half.",
     frm=("Laurence Besnard", "laurence.besnard@ac-versailles.fr"), client="outlook", date="13 10:17",
     subject="Mot de passe + facture en double",
     body="""
Bonjour,

Deux choses, désolée de tout mettre dans le même message :

1) Je n'arrive plus à me connecter à l'administration e-sidoc, mot de passe refusé, et je ne me souviens plus si je l'ai changé en janvier. Pouvez-vous me renvoyer un lien ?

2) Notre intendante a reçu deux fois la facture FA-2502-01133 (même montant, même date). Pouvez-vous annuler le doublon pour éviter un double paiement ?

Merci d'avance,
Laurence Besnard
Lycée Parc de Vilgénis, Massy - UAI 0911682J
""")

mail(46, "mailinblack_spam", True, "0941249X", "ile-de-france", "espace_acheteur", True, "fr",
     "Forward of the daily MailInBlack quarantine report with a real question on top; the forwarded part is machine text.",
     frm=("Hervé Lamotte", "herve.lamotte@ac-creteil.fr"), client="outlook", date="13 10:48",
     subject="TR: Mailinblack - Votre rapport quotidien de messages en attente",
     body="""
Bonjour,

Ci-dessous le rapport que je reçois chaque matin. Je vois plusieurs messages de chez vous (validation de commande, notification). Dois-je les autoriser un par un ou y a-t-il une adresse à mettre en liste blanche une fois pour toutes ?

Hervé Lamotte
Intendant - Collège Jules Ferry, Villeneuve-Saint-Georges (0941249X)

________________________________
De : Mailinblack <noreply@protect.mailinblack.example.fr>
Envoyé : jeudi 13 mars 2025 07:00
À : Lamotte Hervé <herve.lamotte@ac-creteil.fr>
Objet : Mailinblack - Votre rapport quotidien de messages en attente

Vous avez 4 message(s) en attente de validation.

no-reply@espace-acheteur.example.fr - Votre commande EA-2025-03-1302 a été validée - 12/03 16:41
no-reply@espace-acheteur.example.fr - Nouvelle offre disponible dans votre marché - 12/03 11:05
promo@fournitures-discount.example.fr - -40% sur les cartouches - 12/03 09:12
no-reply@espace-acheteur.example.fr - Compte à valider : un utilisateur attend votre validation - 11/03 18:20

Pour délivrer ou bloquer ces messages, connectez-vous à votre espace Mailinblack.
""")

mail(47, "missing_noreply_mail", False, None, "ile-de-france", "espace_acheteur", True, "fr",
     "Reply in the thread (quoted Outlook '-----Message d'origine-----') after the junk-folder answer: sender allowed, still nothing after three days, asks for escalation. The template was already sent: a person must follow up. No UAI; region from ac-versailles.fr.",
     frm=("Noémie Chevalier", "noemie.chevalier@ac-versailles.fr"), client="outlook", date="13 11:26",
     subject="RE: [#SUP-118276] Mail d'activation non reçu",
     irt="<SUP-118276.1741604512.e91b0c@assistance.example.fr>",
     body="""
Bonjour,

Je reviens vers vous comme convenu : j'ai bien ajouté no-reply@espace-acheteur.example.fr aux expéditeurs approuvés lundi, j'ai redemandé le lien deux fois depuis, et toujours rien au bout de trois jours. Les indésirables sont vides.

Pouvez-vous transmettre à quelqu'un qui pourra regarder de plus près, ou activer le compte manuellement ?

Merci,
Noémie Chevalier

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 10 mars 2025 12:01
À : Noémie Chevalier <noemie.chevalier@ac-versailles.fr>
Objet : [#SUP-118276] Mail d'activation non reçu

Bonjour,

Les messages automatiques de la plateforme partent d'une adresse « no-reply ». Vérifiez votre dossier de courriers indésirables, marquez le message comme légitime et ajoutez l'expéditeur à vos contacts.
Sans nouvelles de votre part sous 48 heures, nous reviendrons vers vous.

L'équipe d'assistance
""")

mail(48, "account_creation", False, "0913020N", "ile-de-france", "espace_acheteur", False, "fr",
     "Asks who the structure's administrator is: needs a look-up, so a person answers.",
     frm=("Sylvie Hamon", "sylvie.hamon@ac-versailles.fr"), client="zimbra", date="13 12:02",
     subject="Qui est l'administrateur de notre structure ?",
     body="""
Bonjour,

Mon compte sur l'Espace Acheteur attend la validation de « l'administrateur de la structure ». Personne ici ne sait qui c'est : ni le principal, ni l'ancienne gestionnaire que j'ai pu joindre par téléphone.

Pourriez-vous me dire qui est enregistré comme administrateur pour le collège des Gâtines, à Savigny-sur-Orge (UAI 0913020N) ?

Merci,
Sylvie Hamon
""")

mail(49, "automated", False, None, None, "espace_acheteur", False, "fr",
     "No-reply Espace Acheteur notification to the desk (administrator of structures without one): an account awaits validation. Auto-Submitted: auto-generated.",
     frm=("Espace Acheteur", "no-reply@espace-acheteur.example.fr"), client="mta", date="13 12:15",
     subject="Un utilisateur attend votre validation",
     extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
     raw=leaf("text/html", """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Bonjour,</p>
<p>Un nouvel utilisateur s'est inscrit sur l'Espace Acheteur et attend la validation de l'administrateur de sa structure :</p>
<table cellpadding="4">
<tr><td><b>Utilisateur</b></td><td>Sylvie Hamon</td></tr>
<tr><td><b>Structure</b></td><td>Collège des Gâtines - Savigny-sur-Orge</td></tr>
<tr><td><b>Date de la demande</b></td><td>07/03/2025</td></tr>
</table>
<p>Cette structure n'ayant pas d'administrateur désigné, la demande vous est adressée.</p>
<p><a href="https://espace-acheteur.example.fr/admin/validations">Valider ou refuser la demande</a></p>
<p style="color:#888;font-size:11px">Ce message est envoyé automatiquement, merci de ne pas y répondre.</p>
</body></html>
""", "utf-8", "quoted-printable"))

mail(50, "password_reset", False, "0952397P", "ile-de-france", "ecoledirecte", True, "fr",
     "The intendant's EcoleDirecte administration account is locked after failed attempts; explicitly NOT the daily maintenance password (which would be transfer_incident). No reset template for this product: a person answers.",
     frm=("Marc Duval", "intendance@saint-martin-pontoise.example.fr"), client="outlook", date="13 13:40",
     subject="Compte EcoleDirecte bloqué",
     body="""
Bonjour,

Mon compte d'accès à l'espace administration d'EcoleDirecte est bloqué depuis ce matin (« trop de tentatives, compte verrouillé »). Je pense avoir mélangé avec l'ancien mot de passe.

Je précise qu'il ne s'agit pas du mot de passe de maintenance du jour pour Charlemagne, que j'ai déjà : c'est bien mon mot de passe personnel qui est en cause.

Pouvez-vous débloquer le compte ou me dire comment le réinitialiser ?

Marc Duval
Intendant - Lycée Saint-Martin de France, Pontoise
0952397P
""")
# ==========================================================================
# h051 - h075
# ==========================================================================
mail(51, "other", False, None, None, None, False, "fr",
     "Cold sales prospecting (tablet-lending lockers for CDIs) written to one person, no list headers: other, not automated.",
     frm=("Lucas Ferrand", "lucas.ferrand@casiers-connectes.example.fr"), client="webmail", date="13 14:05",
     subject="Vos CDI et le prêt de tablettes",
     body="""
Bonjour,

Je me permets de vous contacter car vous accompagnez de nombreux CDI en Île-de-France.
Nous avons conçu des casiers connectés qui permettent aux élèves d'emprunter une tablette en autonomie avec leur carte de cantine, sans mobiliser la documentaliste. Une vingtaine de lycées les utilisent déjà, dont deux lycées internationaux.

Auriez-vous quinze minutes la semaine prochaine pour que je vous présente la solution ? Je peux aussi vous envoyer une documentation.

Bien à vous,
Lucas Ferrand
Responsable grands comptes
""")

mail(52, "head_of_establishment_request", False, "0932734S", "ile-de-france", "esidoc", True, "fr",
     "The principal forwards his librarian's request ('TR :') with a one-line written authorisation on top, from his personal academic address: a head-of-establishment request whose details are in the forwarded part.",
     frm=("Jean-Michel Arnaud", "jean-michel.arnaud@ac-creteil.fr"), client="outlook", date="13 14:38",
     subject="TR: Changement d'adresse de contact e-sidoc",
     body="""
Bonjour,
Je confirme et j'autorise la demande de Mme Koné ci-dessous.
J.-M. Arnaud, principal

________________________________
De : Koné Awa <awa.kone@ac-creteil.fr>
Envoyé : jeudi 13 mars 2025 11:02
À : Arnaud Jean-Michel <jean-michel.arnaud@ac-creteil.fr>
Objet : Changement d'adresse de contact e-sidoc

Monsieur le Principal,

Comme évoqué ce matin, l'assistance e-sidoc demande votre accord écrit pour remplacer l'adresse de contact du compte administrateur (toujours celle de M. Petit, parti en 2023) par la mienne : awa.kone@ac-creteil.fr.

Pouvez-vous leur transférer ce message avec votre accord ? Notre UAI : 0932734S.

Merci,
Awa Koné
Professeure documentaliste, collège Romain Rolland, Clichy-sous-Bois
""")

mail(53, "contract_documents", False, "0943955N", "ile-de-france", "espace_acheteur", False, "fr",
     "Amendment no. 3 of a market is missing from the contract documents.",
     frm=("Intendance Lycée Langevin-Wallon", "intendance.langevin@ac-creteil.fr"), client="zimbra", date="13 15:12",
     subject="Avenant n°3 absent - marché papeterie",
     body="""
Bonjour,

Le titulaire du marché de papeterie nous annonce des prix révisés « conformément à l'avenant n° 3 ». Or dans l'Espace Acheteur, pour ce marché, je ne vois que les avenants 1 et 2.

Avant d'accepter les nouveaux prix, j'ai besoin de consulter cet avenant. Pouvez-vous le mettre à disposition ?

Lycée Langevin-Wallon, Champigny - 0943955N

Merci,
Rachid Meziane, intendant
""")

mail(54, "missing_noreply_mail", True, "0782543R", "ile-de-france", "espace_acheteur", False, "fr",
     "Order-validation notifications stopped arriving after the académie's webmail migration; no anti-spam product named.",
     frm=("Corinne Masson", "corinne.masson@ac-versailles.fr"), client="zimbra", date="13 16:02",
     subject="Plus aucune notification depuis la migration",
     body="""
Bonjour,

Depuis la migration de la messagerie académique il y a quinze jours, je ne reçois plus les notifications de l'Espace Acheteur : ni les validations de commande, ni les alertes sur les nouvelles offres. Avant, tout arrivait normalement.

Mes collègues reçoivent bien le reste de leurs mails. Y a-t-il une adresse d'expédition à ajouter quelque part ?

Corinne Masson
Gestionnaire - Collège Jean Racine, Viroflay (UAI 0782543R)
""")

mail(55, "password_reset", False, "0911776L", "ile-de-france", "esidoc", True, "fr",
     "Lost password, but asks that the reset link be sent to her personal address, which is not on file: no automatic answer.",
     frm=("Claire Vidal", "claire.vidal@boitemail.example.fr"), client="webmail", date="14 07:52",
     subject="Réinitialisation mot de passe e-sidoc sur mon adresse perso",
     body="""
Bonjour,

Je suis documentaliste au lycée Rosa Parks de Montgeron (UAI 0911776L). J'ai perdu le mot de passe administrateur du portail.

Le problème est que je n'ai pas accès à la boîte académique du CDI depuis chez moi, et je suis en arrêt jusqu'à la semaine prochaine. Pourriez-vous envoyer le lien de réinitialisation sur cette adresse personnelle (claire.vidal@boitemail.example.fr) ? Je dois absolument mettre en ligne la sélection pour la semaine de la presse.

Merci infiniment,
Claire Vidal
""")

mail(56, "subscription_activation", True, "0921819C", "ile-de-france", "esidoc", True, "fr",
     "Negation: 'je n'ai pas oublié mon mot de passe', the login works; the new resource is not published for pupils (publication step).",
     frm=("Florence Barbier", "florence.barbier@ac-versailles.fr"), client="apple", date="14 08:30",
     subject="Ressource invisible pour les élèves",
     body="""
Bonjour,

Je précise tout de suite : je n'ai pas oublié mon mot de passe et je me connecte sans problème à l'administration !

Ma question porte sur la ressource « Le Monde des ados » que nous avons commandée mercredi : je la vois dans mon espace administrateur, mais les élèves ne la voient pas sur le portail e-sidoc, ni depuis l'ENT. Y a-t-il une manipulation pour la publier ?

Merci,
Florence Barbier
Collège Pasteur, Neuilly-sur-Seine - 0921819C
""")

mail(57, "automated", False, "0781800H", "ile-de-france", None, True, "fr",
     "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic. It mentions orders and invoices. The UAI appears only inside the intendance address int.<UAI>@ac-versailles.fr given in the body.",
     frm=("Véronique Lemoine", "veronique.lemoine@ac-versailles.fr"), client="outlook", date="14 09:01",
     subject="Absence du 14 au 21 mars",
     body="""
Bonjour,

Je suis absente du vendredi 14 au vendredi 21 mars inclus, sans accès à ma messagerie.
Pour les commandes et les factures en cours, merci de vous adresser à l'intendance du lycée (int.0781800H@ac-versailles.fr ou 01 30 61 44 20).

Cordialement,
Véronique Lemoine
""")

mail(58, "order_billing", False, "0932575U", "ile-de-france", "espace_acheteur", True, "fr",
     "Forward ('TR :') of a payment reminder for an invoice already paid by mandat administratif; the forwarded reminder reads like an automatic mail, the new line on top is a real request.",
     frm=("Agence comptable Lycée Eugène Delacroix", "ac.delacroix@ac-creteil.fr"), client="outlook", date="14 09:47",
     subject="TR: Relance - facture FA-2501-00412 impayée",
     attach=[pdf("Mandat_2025-00187.pdf")],
     body="""
Bonjour,

Nous recevons la relance ci-dessous alors que cette facture a été payée par mandat administratif le 12 février (mandat n° 2025-00187, copie jointe). Merci de faire le nécessaire pour que les relances s'arrêtent.

Cordialement,
Patricia Nguyen
Agent comptable - Lycée Eugène Delacroix, Drancy (0932575U)

________________________________
De : Service facturation <facturation@espace-acheteur.example.fr>
Envoyé : mercredi 12 mars 2025 06:00
À : Agence comptable Lycée Eugène Delacroix <ac.delacroix@ac-creteil.fr>
Objet : Relance - facture FA-2501-00412 impayée

Madame, Monsieur,

Sauf erreur de notre part, la facture FA-2501-00412 du 15 janvier 2025, d'un montant de 2 316,00 € TTC, reste impayée à ce jour.
Nous vous remercions de bien vouloir procéder à son règlement dans les meilleurs délais.

Ce message est généré automatiquement.
""")

mail(59, "mailinblack_spam", False, "0933453Y", "ile-de-france", "espace_acheteur", True, "fr",
     "Reply in the thread after the MailInBlack allow-list guide: the domain was allowed and mails are still held. The guide was already sent; a person must follow up (route to the region).",
     frm=("Sébastien Marchal", "sebastien.marchal@ac-creteil.fr"), client="zimbra", date="14 10:20",
     subject="Re: [#SUP-118289] Messages bloqués par Mailinblack",
     irt="<SUP-118289.1741689910.c07a66@assistance.example.fr>",
     body="""
Bonjour,

J'ai suivi votre guide à la lettre mardi : le domaine espace-acheteur.example.fr est dans la liste des expéditeurs autorisés de Mailinblack (capture faite avec notre référent). Pourtant les messages de validation de commande d'hier et de ce matin sont encore partis en quarantaine.

Je ne sais plus quoi faire de mon côté.

Sébastien Marchal
Collège Jean Moulin, Aulnay-sous-Bois - 0933453Y

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Sébastien Marchal" <sebastien.marchal@ac-creteil.fr>
Envoyé: Mardi 11 Mars 2025 11:45:10
Objet: [#SUP-118289] Messages bloqués par Mailinblack

Bonjour,

Votre établissement utilise Mailinblack. Pour recevoir nos messages, ajoutez nos adresses d'envoi à la liste des expéditeurs autorisés en suivant le guide ci-joint.

L'équipe d'assistance
""")

mail(60, "transfer_incident", False, "0941134X", "ile-de-france", "ecoledirecte", False, "fr",
     "The new antivirus quarantines the Charlemagne transfer tool; transfers no longer run.",
     frm=("Direction - Collège Saint-André", "direction@saint-andre-vincennes.example.fr"), client="owa", date="14 10:55", charset="utf-8",
     subject="Antivirus et transferts EcoleDirecte",
     body="""
Bonjour,

Depuis l'installation du nouvel antivirus lundi, le programme de transfert de Charlemagne est mis en quarantaine à chaque démarrage. Résultat : plus aucun transfert vers EcoleDirecte depuis trois jours (absences, notes, cahier de textes).

Notre prestataire demande la liste exacte des exécutables et dossiers à exclure de l'analyse. Pouvez-vous nous la fournir ?

Collège Saint-André, Vincennes - 0941134X

Catherine Morel
Directrice adjointe
""")

mail(61, "password_reset", True, "0931930T", "ile-de-france", "esidoc", False, "fr",
     "Very short message from an iPhone, base64-encoded body; lost e-sidoc password, UAI given.",
     frm=("Lina Haddouche", "lina.haddouche@ac-creteil.fr"), client="iphone", date="14 11:31", cte="base64",
     subject="Mdp esidoc",
     body="""
Bjr
Mot de passe e-sidoc perdu, college Jean Vilar 0931930T
Vous pouvez m'envoyer un lien svp ?
Merci

Envoyé de mon iPhone
""")

mail(62, "other", False, None, None, None, False, "fr",
     "A master's student asks staff to answer a survey on school libraries: unrelated to the services.",
     frm=("Inès Boucher", "ines.boucher@etu.univ-exemple.example.fr"), client="webmail", date="14 12:04",
     subject="Questionnaire mémoire - usages des portails documentaires",
     body="""
Bonjour,

Je suis étudiante en master 2 Métiers du livre et je prépare un mémoire sur l'usage des portails documentaires dans les lycées à sections internationales.

Serait-il possible de diffuser mon questionnaire (10 minutes, anonyme) auprès des documentalistes que vous accompagnez ? Voici le lien : https://enquete.univ-exemple.example.fr/portails-cdi

Je vous remercie par avance pour votre aide, et reste disponible pour toute question.

Inès Boucher
""")

mail(63, "missing_noreply_mail", True, "0953473J", "ile-de-france", "espace_acheteur", False, "fr",
     "HTML-only Outlook message (windows-1252): the first-login link of the new Espace Acheteur account never came; no product named.",
     frm=("Murielle Fabre", "murielle.fabre@ac-versailles.fr"), client="outlook_html", date="14 13:15",
     subject="Lien de première connexion jamais reçu",
     body="""
Bonjour,

Notre compte Espace Acheteur vient d'être validé par l'administrateur de la structure (je l'ai eu au téléphone), mais le message contenant le lien de première connexion ne m'est jamais parvenu. J'ai regardé partout, y compris dans « Autres » et dans les indésirables.

Pourriez-vous le renvoyer ?

Murielle Fabre
Secrétaire d'intendance – Lycée Jean Jaurès, Argenteuil
UAI 0953473J
""")

mail(64, "head_of_establishment_request", False, "0942587B", "ile-de-france", "esidoc", True, "fr",
     "Reply in the thread from the ce.<UAI> address: the proviseur gives the written request the desk asked for (the quoted message is about the password procedure).",
     frm=("Proviseur Lycée Marcelin Berthelot", "ce.0942587B@ac-creteil.fr"), client="zimbra", date="14 14:02",
     subject="Re: [#SUP-118330] Accès administrateur e-sidoc",
     irt="<SUP-118330.1741772001.b38e91@assistance.example.fr>",
     body="""
Madame, Monsieur,

Comme suite à votre message, je vous demande par la présente de réinitialiser le mot de passe du compte administrateur e-sidoc du lycée et d'envoyer le lien à l'adresse de l'établissement.

Mme Laure Simonet, professeure documentaliste, en sera l'unique administratrice.

Pascal Vernier
Proviseur

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Laure Simonet" <laure.simonet@ac-creteil.fr>
Cc: ce.0942587B@ac-creteil.fr
Envoyé: Mercredi 12 Mars 2025 10:33:21
Objet: [#SUP-118330] Accès administrateur e-sidoc

Bonjour,

L'adresse de contact du compte n'étant plus valide, la réinitialisation du mot de passe doit être demandée par écrit par le chef d'établissement, depuis l'adresse officielle de l'établissement.

L'équipe d'assistance
""")

mail(65, "automated", False, None, None, None, True, "fr",
     "Chorus Pro-style notification (no-reply, Auto-Submitted) about an invoice status: billing vocabulary, but not written by a person.",
     frm=("Portail de facturation", "ne-pas-repondre@facturation-publique.example.fr"), client="mta", date="14 14:30",
     subject="Notification : facture FA-2502-00871 mise en paiement",
     extra=["Auto-Submitted: auto-generated", "Precedence: bulk"],
     raw=leaf("text/plain", """Bonjour,

Le statut de la facture suivante a changé :

Numéro de facture : FA-2502-00871
Fournisseur : ASSISTANCE EXEMPLE SAS
Destinataire : Fondation Éducative Franco-Britannique
Montant TTC : 1 980,00 EUR
Nouveau statut : MISE EN PAIEMENT

Vous pouvez consulter le détail de la facture dans votre espace.

Ceci est un message automatique, merci de ne pas y répondre.
""", "iso-8859-1", "quoted-printable"))

mail(66, "account_creation", False, "0773551S", "ile-de-france", "espace_acheteur", False, "fr",
     "Account works; the librarian asks for order-validation rights to be opened: a person answers.",
     frm=("Delphine Morin", "delphine.morin@ac-creteil.fr"), client="thunderbird", date="14 15:08",
     subject="Droits de validation des commandes",
     body="""
Bonjour,

J'ai un compte sur l'Espace Acheteur qui fonctionne, mais je peux seulement préparer des paniers. Notre intendant souhaiterait que je puisse aussi valider les commandes du CDI (dans la limite du budget voté) pour éviter les allers-retours.

Est-il possible d'ouvrir ce droit sur mon compte ? Collège Jacques Prévert, Noisiel - 0773551S.

Bien cordialement,
Delphine Morin
""")

mail(67, "password_reset", True, "0953572S", "ile-de-france", "esidoc", False, "fr",
     "A contract librarian replacing a colleague on leave knows neither the login nor the password ('je ne connais pas le mot de passe').",
     frm=("Océane Bertin", "oceane.bertin@ac-versailles.fr"), client="zimbra", date="14 15:44",
     subject="Accès au portail du CDI - remplacement",
     body="""
Bonjour,

Je remplace depuis lundi la professeure documentaliste du collège Les Touleuses à Cergy, en congé maternité. Personne ne m'a transmis les accès à l'administration du portail e-sidoc : je ne connais ni l'identifiant ni le mot de passe.

Le collège : UAI 0953572S.

Pourriez-vous m'aider à obtenir un accès ?

Océane Bertin, documentaliste contractuelle
""")

mail(68, "automated", False, None, None, None, True, "en",
     "qmail-send bounce in plain text (no multipart/report, no Auto-Submitted), null Return-Path.",
     frm=("MAILER-DAEMON", "MAILER-DAEMON@mail.lycee-hoche-prepa.example.fr"), client="mta", date="14 16:12",
     subject="failure notice", return_path="<>", relay="mail.lycee-hoche-prepa.example.fr", auth="",
     raw=leaf("text/plain", """Hi. This is the qmail-send program at mail.lycee-hoche-prepa.example.fr.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<b.roussel@lycee-hoche-prepa.example.fr>:
This address no longer accepts mail.

--- Below this line is a copy of the message.

Return-Path: <support@assistance.example.fr>
Received: from mx1.assistance.example.fr (198.51.100.9)
  by mail.lycee-hoche-prepa.example.fr with SMTP; 14 Mar 2025 15:12:40 -0000
From: Assistance <support@assistance.example.fr>
To: b.roussel@lycee-hoche-prepa.example.fr
Subject: [#SUP-118433] Suivi de votre demande
Date: Fri, 14 Mar 2025 16:12:38 +0100
Message-ID: <SUP-118433.1741965158.9d2e47@assistance.example.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Votre demande est-elle r=C3=A9solue ? Sans r=C3=A9ponse de votre part, nous =
la cl=C3=B4turerons dans quelques jours.

L'=C3=A9quipe d'assistance
""", "us-ascii", "7bit"))

mail(69, "missing_noreply_mail", True, None, "ile-de-france", "espace_acheteur", False, "fr",
     "Short message from a Samsung phone (base64 text and HTML); the activation mail has not arrived since yesterday. No UAI; region from the ac-paris.fr sender.",
     frm=("Thierry Lacroix", "thierry.lacroix@ac-paris.fr"), client="android", date="14 17:26",
     subject="Activation compte",
     body="""
Bonsoir
Toujours pas reçu le mail pour activer mon compte Espace Acheteur, inscription faite hier midi. Rien dans les spams.
Cdlt
T. Lacroix, gestionnaire lycée Buffon

Envoyé depuis mon smartphone Samsung Galaxy.
""")

mail(70, "order_billing", False, "0923737M", "ile-de-france", "espace_acheteur", False, "fr",
     "The saved basket disappeared before validation.",
     frm=("Nathalie Bonnet", "nathalie.bonnet@ac-versailles.fr"), client="outlook", date="17 08:15",
     subject="Panier disparu",
     body="""
Bonjour,

J'avais préparé fin février un panier de 46 lignes (romans en anglais pour la section internationale) sur l'Espace Acheteur, en attendant le vote du budget. Ce matin, le panier est vide.

Est-il possible de le récupérer ? Sinon, combien de temps les paniers sont-ils conservés, pour que je ne refasse pas la même erreur ?

Nathalie Bonnet
Lycée de Sèvres - 0923737M
""")

mail(71, "mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
     "Product spelled 'mail in black', no accents; no UAI, non-academic sender: no region.",
     frm=("accueil college st exupery", "accueil@college-saint-exupery.example.fr"), client="webmail", date="17 08:49",
     subject="mails bloques",
     body="""
bonjour
vos mails espace acheteur sont bloques par mail in black chez nous, on recoit juste un avis de blocage
comment on fait pour les debloquer ?
merci
l'accueil
""")

mail(72, "other", False, None, "ile-de-france", "esidoc", False, "fr",
     "'Bien reçu, merci' from a phone in a thread about the e-sidoc administrator (subject): nothing to do. Region from the ac-versailles.fr sender.",
     frm=("Thomas Lemaire", "thomas.lemaire@ac-versailles.fr"), client="iphone", date="17 09:20",
     subject="Re: [#SUP-118311] Changement d'administrateur du portail e-sidoc",
     irt="<SUP-118311.1741601203.2c9a0e@assistance.example.fr>",
     body="""
Bien reçu, merci !

Envoyé de mon iPhone
""")

mail(73, "password_reset", True, "0752162T", "ile-de-france", "esidoc", True, "fr",
     "Contrast: 'ce n'est pas un problème de mail non reçu ni de spam'; the password has expired and the old one, needed to change it, is forgotten: password_reset.",
     frm=("Hugo Lefèvre", "hugo.lefevre@ac-paris.fr"), client="zimbra", date="17 09:52",
     subject="Mot de passe expiré",
     body="""
Bonjour,

Ce n'est pas un problème de mail non reçu ni de spam, je préfère le préciser car j'ai lu votre FAQ : quand je me connecte à l'administration du portail e-sidoc, un message m'indique que mon mot de passe a expiré et qu'il faut le changer. Mais pour le changer il faut saisir l'ancien, et je ne m'en souviens plus du tout.

Comment puis-je en obtenir un nouveau ?

Hugo Lefèvre
Documentaliste, lycée Henri Bergson (0752162T)
""")

mail(74, "transfer_incident", False, "0782829B", "ile-de-france", "ecoledirecte", False, "en",
     "English; the IT contractor of an international school reports that the EcoleDirecte synchronisation fails with a connection error since a network change.",
     frm=("Mark Delaney", "m.delaney@itservices-westparis.example.fr"), client="outlook", date="17 10:30",
     subject="EcoleDirecte sync failing - International School of Le Vésinet",
     body="""
Hello,

I'm the external IT provider for the International School of Le Vésinet (establishment code 0782829B).
Since we moved the school onto a new firewall last Thursday, the Charlemagne to EcoleDirecte synchronisation fails every time with "Erreur de connexion au serveur de transfert (code 12029)".

Outbound HTTPS is open. Could you tell me which hosts and ports the transfer tool needs, or whether a proxy setting has to be entered somewhere?

Thanks,
Mark Delaney
West Paris IT Services
""")

mail(75, "head_of_establishment_request", False, "0932440X", "ile-de-france", "esidoc", False, "fr",
     "A primary-school head (directrice d'école) asks to replace the contact address of the school's e-sidoc account with the school's address.",
     frm=("Directrice école élémentaire Jean Macé", "ce.0932440X@ac-creteil.fr"), client="zimbra", date="17 11:05",
     subject="Modification de l'adresse de contact - BCD école Jean Macé",
     body="""
Bonjour,

Je suis la directrice de l'école élémentaire Jean Macé à Montreuil (0932440X). Notre BCD dispose d'un portail e-sidoc dont l'adresse de contact est encore celle de l'ancienne enseignante chargée de la bibliothèque, partie à la retraite.

Je vous demande de la remplacer par l'adresse de l'école, celle d'où je vous écris.

Merci d'avance,
Sophie Garnier
Directrice
""")
# ==========================================================================
# h076 - h100
# ==========================================================================
mail(76, "subscription_activation", True, "0912863T", "ile-de-france", "esidoc", False, "fr",
     "How to publish a newly activated resource on the portal for pupils (activation and publication of a resource).",
     frm=("Emilie Caron", "emilie.caron@ac-versailles.fr"), client="outlook", date="17 11:40",
     subject="Mettre en ligne Cafeyn sur le portail",
     body="""
Bonjour,

Notre abonnement Cafeyn est actif depuis ce matin (je vois la ligne dans « Mes abonnements »). En revanche je ne trouve pas comment le faire apparaître sur la page d'accueil du portail e-sidoc pour que les élèves de la section européenne puissent y accéder.

Pouvez-vous m'indiquer les étapes ?

Emilie Caron
Professeure documentaliste
Lycée Jean-Pierre Timbaud, Brétigny-sur-Orge
0912863T
""")

mail(77, "automated", False, None, None, None, True, "fr",
     "MailInBlack challenge sent TO the desk (our reply to a protected school must be authenticated): auto-generated, never answered. MailInBlack is named, but this is not a request from a school, so not mailinblack_spam.",
     frm=("Mailinblack pour sebastien.marchal@ac-creteil.fr", "challenge@protect.mailinblack.example.fr"), client="mta", date="17 12:02",
     subject="Veuillez confirmer l'envoi de votre message à sebastien.marchal@ac-creteil.fr",
     extra=["Auto-Submitted: auto-replied", "X-Mailinblack-Challenge: 1", "Precedence: junk"],
     raw=multipart("alternative", [
         leaf("text/plain", """Bonjour,

Vous avez envoyé un message à sebastien.marchal@ac-creteil.fr, qui est protégé par Mailinblack.
Pour que votre message soit délivré, merci de confirmer que vous êtes bien un expéditeur humain en cliquant sur le lien ci-dessous :

https://protect.mailinblack.example.fr/challenge/7f3c0a91e2

Objet de votre message : [#SUP-118289] Messages bloqués par Mailinblack
Date : 17/03/2025 11:58

Cette vérification n'est demandée qu'une seule fois.
""", "utf-8", "quoted-printable"),
         leaf("text/html", """<html><body style="font-family:Arial">
<p>Bonjour,</p>
<p>Vous avez envoyé un message à <b>sebastien.marchal@ac-creteil.fr</b>, qui est protégé par Mailinblack.</p>
<p>Pour que votre message soit délivré, merci de confirmer que vous êtes bien un expéditeur humain :</p>
<p><a href="https://protect.mailinblack.example.fr/challenge/7f3c0a91e2" style="background:#1d3c6e;color:#fff;padding:8px 14px">Je confirme mon envoi</a></p>
<p>Objet de votre message : [#SUP-118289] Messages bloqués par Mailinblack<br>Date : 17/03/2025 11:58</p>
<p style="font-size:11px;color:#777">Cette vérification n'est demandée qu'une seule fois.</p>
</body></html>
""", "utf-8", "quoted-printable")], "zimbra"))

mail(78, "missing_noreply_mail", True, "0941869W", "ile-de-france", "espace_acheteur", False, "fr",
     "The structure administrator never receives the 'account to validate' notifications.",
     frm=("Gérard Pasquier", "gerard.pasquier@ac-creteil.fr"), client="outlook", date="17 13:30",
     subject="Je ne reçois pas les demandes de validation",
     body="""
Bonjour,

Je suis l'administrateur de la structure pour le lycée Guillaume Budé de Limeil-Brévannes (0941869W) sur l'Espace Acheteur.
Deux collègues me disent s'être inscrits la semaine dernière et attendre ma validation, mais je n'ai reçu aucun mail de notification. Je n'ai trouvé leurs demandes qu'en allant fouiller dans le menu.

Pourquoi ces notifications ne m'arrivent-elles pas ?

Gérard Pasquier
Adjoint gestionnaire
""")

mail(79, "contract_documents", False, "0951253W", "ile-de-france", "espace_acheteur", False, "en",
     "English; the buyer of a private international school cannot open the framework agreement's technical specifications.",
     frm=("Priya Raman", "procurement@intl-school-saint-leu.example.fr"), client="owa", date="17 14:07", charset="utf-8",
     subject="Framework agreement documents not available",
     body="""
Dear support team,

We joined the library supplies framework agreement in January. On the Espace Acheteur, under "My contracts", I can see the agreement itself, but the technical specifications (CCTP) and the price schedule both show "document unavailable" when I click them.

Our finance committee meets on 24 March and needs to review the price schedule beforehand. Could you make these documents available or send them to me?

Establishment code: 0951253W

Kind regards,
Priya Raman
Procurement Officer
International School of Saint-Leu
""")

mail(80, "password_reset", True, "0921176D", "ile-de-france", "esidoc", True, "fr",
     "Reply in an older thread about a subscription (quoted, January): the new text says it is unrelated and asks for a password reset. The new request is clear, so password_reset.",
     frm=("Agathe Renard", "agathe.renard@ac-versailles.fr"), client="zimbra", date="17 14:45",
     subject="Re: [#SUP-116902] Abonnement BNF Gallica - publication",
     irt="<SUP-116902.1737367812.4f9d21@assistance.example.fr>",
     body="""
Bonjour,

Je réponds à ce vieux message faute d'avoir noté votre adresse, mais ma question n'a rien à voir : l'abonnement fonctionne très bien depuis janvier.

En revanche, j'ai perdu le mot de passe de l'administration du portail e-sidoc. Pouvez-vous m'envoyer un lien de réinitialisation ? Collège André Malraux, Asnières, UAI 0921176D.

Merci,
Agathe Renard

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Agathe Renard" <agathe.renard@ac-versailles.fr>
Envoyé: Lundi 20 Janvier 2025 11:10:12
Objet: [#SUP-116902] Abonnement BNF Gallica - publication

Bonjour,

Votre ressource est désormais activée. Pour la publier sur le portail, rendez-vous dans l'administration, menu « Ressources numériques », puis cochez « Afficher sur la page d'accueil ».

L'équipe d'assistance
""")

mail(81, "other", False, None, "ile-de-france", None, False, "fr",
     "Asks only for the desk's phone number to explain a problem orally; no topic given. Region from the ac-creteil.fr sender.",
     frm=("Jacqueline Thomas", "jacqueline.thomas@ac-creteil.fr"), client="zimbra", date="17 15:20",
     subject="Numéro de téléphone ?",
     body="""
Bonjour,

Est-il possible de vous joindre par téléphone ? J'ai un souci un peu long à expliquer par écrit et je serais plus à l'aise de vive voix.

Je suis joignable au CDI le mardi et le jeudi toute la journée.

Cordialement,
Jacqueline Thomas
""")

mail(82, "account_creation", False, "0922824V", "ile-de-france", "esidoc", False, "en",
     "English; a section teacher asks for her own e-sidoc back-office account with administrator rights besides the librarian's: rights question, a person answers.",
     frm=("Sarah Whitmore", "sarah.whitmore@ac-versailles.fr"), client="webmail", date="17 16:02",
     subject="Second admin account for the British Section?",
     body="""
Hello,

I coordinate the British Section at the Lycée international de Châtillon. Our librarian manages the e-sidoc portal, but we would like me to have my own back-office login too, with rights to create and edit the British Section pages and reading lists.

Is it possible to have a second administrator account for the same school, or do we have to share one login? Our school code is 0922824V.

Thank you,
Sarah Whitmore
""")

mail(83, "automated", False, None, None, None, False, "en",
     "Sendmail 'Returned mail: see transcript for details' (multipart/report, null Return-Path) for one of our replies.",
     frm=("Mail Delivery Subsystem", "MAILER-DAEMON@relais.ville-noisylesec.example.fr"), client="mta", date="17 16:31",
     subject="Returned mail: see transcript for details", return_path="<>",
     relay="relais.ville-noisylesec.example.fr",
     auth="dkim=none;\n\tspf=pass smtp.helo=relais.ville-noisylesec.example.fr;\n\tdmarc=none",
     extra=["Auto-Submitted: auto-generated (failure)"],
     raw=multipart("report", [
         leaf("text/plain", """The original message was received at Mon, 17 Mar 2025 16:31:02 +0100
from mx1.assistance.example.fr [198.51.100.9]

   ----- The following addresses had permanent fatal errors -----
<l.pichon@ville-noisylesec.example.fr>
    (reason: 550 5.7.1 <l.pichon@ville-noisylesec.example.fr>... Relaying denied)

   ----- Transcript of session follows -----
... while talking to interne.ville-noisylesec.example.fr.:
>>> RCPT To:<l.pichon@ville-noisylesec.example.fr>
<<< 550 5.7.1 <l.pichon@ville-noisylesec.example.fr>... Relaying denied
550 5.1.1 <l.pichon@ville-noisylesec.example.fr>... User unknown
""", "us-ascii", "7bit"),
         """Content-Type: message/delivery-status

Reporting-MTA: dns; relais.ville-noisylesec.example.fr
Received-From-MTA: DNS; mx1.assistance.example.fr
Arrival-Date: Mon, 17 Mar 2025 16:31:02 +0100

Final-Recipient: RFC822; l.pichon@ville-noisylesec.example.fr
Action: failed
Status: 5.7.1
Remote-MTA: DNS; interne.ville-noisylesec.example.fr
Diagnostic-Code: SMTP; 550 5.7.1 <l.pichon@ville-noisylesec.example.fr>... Relaying denied
Last-Attempt-Date: Mon, 17 Mar 2025 16:31:04 +0100
""",
         """Content-Type: message/rfc822

From: Assistance <support@assistance.example.fr>
To: Laurent Pichon <l.pichon@ville-noisylesec.example.fr>
Subject: [#SUP-118299] CCAP introuvable - marché 2024-077
Date: Mon, 17 Mar 2025 16:31:00 +0100
Message-ID: <SUP-118299.1742225460.77ab30@assistance.example.fr>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Les documents du march=C3=A9 2024-077 sont de nouveau disponibles dans l'onglet =
=C2=AB Mes march=C3=A9s =C2=BB.

L'=C3=A9quipe d'assistance
"""], "zz", params=" report-type=delivery-status;"))

mail(84, "mailinblack_spam", True, "0771303Y", "ile-de-france", "espace_acheteur", False, "fr",
     "The département rolled out MailInBlack on every collège; the intendant asks which addresses to allow.",
     frm=("Bruno Giraud", "bruno.giraud@ac-creteil.fr"), client="thunderbird", date="18 08:10",
     subject="Mailinblack : quelles adresses autoriser ?",
     body="""
Bonjour,

Le conseil départemental de Seine-et-Marne vient d'équiper tous les collèges de Mailinblack. Depuis, une partie des messages de l'Espace Acheteur (commandes, comptes) reste en attente dans l'interface et je dois les libérer à la main.

Pouvez-vous me donner la liste des adresses ou domaines d'envoi à déclarer comme expéditeurs de confiance ?

Merci,
Bruno Giraud
Intendant, collège La Pyramide, Lieusaint - 0771303Y
""")

mail(85, "order_billing", False, "0931143M", "ile-de-france", "espace_acheteur", False, "fr",
     "The bon d'engagement upload fails at order validation (file refused); the scanned PDF is attached.",
     frm=("Samia Belkacem", "samia.belkacem@ac-creteil.fr"), client="outlook", date="18 08:47",
     subject="Bon d'engagement refusé à la validation de la commande",
     attach=[pdf("BE_2025_031_scan.pdf")],
     body="""
Bonjour,

Au moment de valider notre commande sur l'Espace Acheteur, je dois joindre le bon d'engagement. Le site me répond « Fichier non valide » à chaque tentative. C'est un PDF scanné de 6 Mo, je vous le joins.

Y a-t-il une taille maximum ou un format particulier attendu ? La commande doit partir cette semaine.

Merci,
Samia Belkacem
Collège Jean Jaurès, Pantin - 0931143M
""")

mail(86, "password_reset", False, "0913463V", "ile-de-france", "esidoc", True, "fr",
     "The intendant writes on behalf of the absent librarian and asks that the reset link go to the substitute's personal address, which is not on file: no automatic answer.",
     frm=("Intendance Lycée Marie Laurencin", "int.0913463v@ac-versailles.fr"), client="outlook", date="18 09:25",
     subject="Mot de passe du portail - pour la remplaçante de Mme Leclerc",
     body="""
Bonjour,

Notre documentaliste, Mme Leclerc, est en congé longue maladie. Sa remplaçante, Mme Bouvier, arrive lundi mais n'a pas encore d'adresse académique.

Pourriez-vous réinitialiser le mot de passe administrateur du portail e-sidoc et envoyer le lien directement sur l'adresse personnelle de Mme Bouvier : a.bouvier91@courriel.example.fr ?

Merci de votre compréhension,
Didier Fontaine
Intendant - Lycée Marie Laurencin, Mennecy
""")

mail(87, "missing_noreply_mail", False, "0783735L", "ile-de-france", "espace_acheteur", True, "fr",
     "Two topics: the activation mail never arrived (first, main) and a quote is requested for a renewal (order_billing); a single template would answer only half.",
     frm=("Valérie Gauthier", "valerie.gauthier@ac-versailles.fr"), client="zimbra", date="18 10:02",
     subject="Activation + devis",
     body="""
Bonjour,

Je n'ai jamais reçu le mail d'activation de mon compte Espace Acheteur (inscription le 12 mars, rien dans les indésirables).

Par ailleurs, dès que j'aurai accès, nous voudrions passer commande pour le renouvellement des abonnements presse : pouvez-vous m'adresser un devis au nom du collège ? Notre intendante en a besoin pour engager la dépense.

Collège Les Hauts-Grillets, Saint-Germain-en-Laye
UAI 0783735L

Valérie Gauthier
""")

mail(88, "head_of_establishment_request", False, "0911161T", "ile-de-france", None, True, "fr",
     "Claims to be the proviseur from the ce.<UAI> address, but SPF and DMARC fail and Reply-To is a free-mail address; asks to move both admin accounts to that address. A probable spoof, still a head-of-establishment request for the queue (staff should refuse). Mentions e-sidoc and the Espace Acheteur, so no single platform.",
     frm=("Proviseur Lycée Georges Brassens", "ce.0911161T@ac-versailles.fr"), client="webmail", date="18 10:40",
     reply_to=("Proviseur", "proviseur.brassens91@boitemail.example.fr"),
     relay="smtp-out.bulkrelay.example.fr",
     auth="dkim=none;\n\tspf=fail (sender IP is not authorized) smtp.mailfrom={d};\n\tdmarc=fail (p=quarantine dis=none) header.from={d}",
     subject="URGENT - modification des accès administrateur",
     body="""
Bonjour,

En tant que proviseur du lycée Georges Brassens de Courcouronnes, je vous demande de modifier en urgence l'adresse de contact des comptes administrateurs e-sidoc et Espace Acheteur de l'établissement, suite à un problème sur notre messagerie officielle.

Merci d'indiquer désormais l'adresse suivante : proviseur.brassens91@boitemail.example.fr, et de m'y envoyer les nouveaux identifiants aujourd'hui.

Je compte sur votre diligence.

Le proviseur
""")

mail(89, "other", False, None, "ile-de-france", None, True, "fr",
     "Angry third follow-up that never says what the original request was: no category can be told. Region from the ac-paris.fr sender.",
     frm=("Danielle Roche", "danielle.roche@ac-paris.fr"), client="zimbra", date="18 11:15",
     subject="TROISIEME RELANCE",
     body="""
Bonjour,

Troisième relance. J'ai écrit le 3 mars, puis le 10, et toujours aucune réponse de votre part, pas même un accusé de réception.

Est-ce que quelqu'un lit ces messages ? Je trouve ce silence franchement inadmissible pour un service payé par l'établissement.

D. Roche
""")

mail(90, "automated", False, None, None, "ticket_portal", False, "fr",
     "Ticket-portal notification: a ticket the desk opened with a supplier was updated. Auto-Submitted: auto-generated.",
     frm=("Portail de tickets", "notifications@tickets.example.fr"), client="mta", date="18 11:30",
     subject="[Ticket #48213] Mise à jour : Export des notices en erreur",
     extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: OOF, AutoReply", "X-Ticket-ID: 48213"],
     raw=leaf("text/plain", """Bonjour,

Le ticket #48213 « Export des notices en erreur » a été mis à jour par Support éditeur.

Nouveau statut : En attente de votre retour
Commentaire : Le correctif sera déployé dans la version du 25 mars. Merci de nous confirmer après cette date que l'export fonctionne.

Consulter le ticket : https://tickets.example.fr/t/48213

--
Vous recevez ce message car vous suivez ce ticket. Ne répondez pas à ce message.
""", "utf-8", "quoted-printable"))

mail(91, "subscription_activation", True, "0952158E", "ile-de-france", "esidoc", True, "fr",
     "Written by the proviseur from the ce.<UAI> address, but he only asks when yesterday's subscription will be available: not a head-of-establishment request.",
     frm=("Proviseur - Lycée Camille Pissarro", "ce.0952158E@ac-versailles.fr"), client="outlook", date="18 12:05",
     subject="Disponibilité de l'abonnement commandé hier",
     body="""
Bonjour,

Nous avons validé hier l'abonnement à la base de presse internationale pour nos élèves de section internationale.
Les collègues souhaitent l'utiliser en classe dès jeudi : pouvez-vous m'indiquer quand il sera accessible depuis notre portail e-sidoc ?

Bien cordialement,

Arnaud Delmas
Proviseur
Lycée Camille Pissarro, Pontoise
""")

mail(92, "transfer_incident", False, "0933128V", "ile-de-france", "ecoledirecte", True, "fr",
     "Forward ('TR :') of the transfer tool's failure report with a short new line on top; the forwarded part is machine text.",
     frm=("Jérôme Faure", "jerome.faure@ensemble-saint-louis-93.example.fr"), client="outlook", date="18 13:20",
     subject="TR: [Charlemagne] Rapport de transfert - ECHEC",
     body="""
Bonjour, ça recommence depuis ce matin, voir ci-dessous. Rien n'a changé chez nous depuis la dernière fois.
Jérôme Faure, gestionnaire - Ensemble scolaire Saint-Louis, Bobigny (0933128V)

________________________________
De : Charlemagne Transfert <transfert@charlemagne-outils.example.fr>
Envoyé : mardi 18 mars 2025 07:05
À : Faure Jérôme <jerome.faure@ensemble-saint-louis-93.example.fr>
Objet : [Charlemagne] Rapport de transfert - ECHEC

Transfert automatique du 18/03/2025 07:00
Destination : EcoleDirecte
Résultat : ECHEC
Étape : envoi des évaluations (3/7)
Message : Délai d'attente dépassé lors de la connexion au serveur de réception.
Prochain essai : 18/03/2025 19:00
""")

mail(93, "password_reset", True, "0932109M", "ile-de-france", "esidoc", False, "en",
     "English; new librarian, the password handed over by her predecessor no longer works.",
     frm=("Hannah Fischer", "hannah.fischer@ac-creteil.fr"), client="apple", date="18 14:02",
     subject="Password handed over doesn't work",
     body="""
Hello,

I started as librarian at the Lycée international de l'Est parisien in Noisy-le-Grand last week. My predecessor left me the e-sidoc admin login on a sticky note, but the password is rejected ("identifiant ou mot de passe incorrect").
I assume it was changed at some point. How can I get a new one?

School code: 0932109M

Thank you very much,
Hannah Fischer
""")

mail(94, "contract_documents", False, "0953301X", "ile-de-france", "espace_acheteur", False, "fr",
     "Follow-up reply in the thread (Outlook quote): the membership convention is still missing after the region's answer.",
     frm=("Gestion Lycée Galilée", "gestion.galilee@ac-versailles.fr"), client="owa", date="18 14:40", charset="utf-8",
     subject="RE: [#SUP-118371] Convention d'adhésion non visible",
     irt="<SUP-118371.1741946102.d51a3e@assistance.example.fr>",
     body="""
Bonjour,

Merci pour votre retour de vendredi. J'ai bien vérifié mes droits avec l'administrateur de la structure comme vous me l'aviez conseillé : j'ai le profil « gestionnaire » complet. La rubrique « Mes documents contractuels » de l'Espace Acheteur reste pourtant vide.

Le contrôle a lieu le 26 mars, je me permets donc d'insister un peu.

Bien cordialement,
Josiane Maréchal
Lycée Galilée - 0953301X

________________________________
De : Assistance <support@assistance.example.fr>
Envoyé : vendredi 14 mars 2025 10:55
À : Gestion Lycée Galilée <gestion.galilee@ac-versailles.fr>
Objet : [#SUP-118371] Convention d'adhésion non visible

Bonjour,

Les documents contractuels ne sont visibles que pour les utilisateurs disposant des droits de gestion. Vérifiez auprès de l'administrateur de votre structure que ce droit vous est attribué.

Cordialement,
Support régional Île-de-France
""")

mail(95, "mailinblack_spam", False, "0932758T", "ile-de-france", "espace_acheteur", True, "fr",
     "Two topics: mails held by MailInBlack (first, main) and a question about an invoice's VAT (order_billing); a single template would answer only half.",
     frm=("Isabelle Henry", "isabelle.henry@ac-creteil.fr"), client="outlook", date="18 15:10",
     subject="Mailinblack et question facture",
     body="""
Bonjour,

1. Nos messages de l'Espace Acheteur sont retenus par Mailinblack depuis la rentrée de février ; je dois aller les chercher un par un dans la quarantaine.

2. Sans rapport : sur la facture FA-2503-00092, la TVA est à 20 % sur des livres papier. Ne devrait-elle pas être à 5,5 % ? Notre agent comptable bloque le paiement tant que ce n'est pas éclairci.

Merci pour votre aide sur ces deux points,
Isabelle Henry
Collège Henri Wallon, Aubervilliers - 0932758T
""")

mail(96, "missing_noreply_mail", True, None, "ile-de-france", "ticket_portal", False, "fr",
     "The ticket portal's update notifications never arrive; no product named. No UAI; region from the ac-versailles.fr sender.",
     frm=("Cédric Poulain", "cedric.poulain@ac-versailles.fr"), client="zimbra", date="18 16:00",
     subject="Notifications du portail de tickets",
     body="""
Bonjour,

J'ai ouvert deux tickets sur votre portail la semaine dernière. En me connectant ce matin, j'ai vu que l'un des deux avait reçu une réponse le 12 mars, mais je n'ai jamais reçu la notification par mail qui est censée prévenir.

Ce n'est pas très pratique de devoir aller vérifier tous les jours. Pouvez-vous regarder pourquoi ces messages ne m'arrivent pas ?

Cédric Poulain
Collège Les Amandiers, Carrières-sur-Seine
""")

mail(97, "other", False, None, None, "espace_acheteur", False, "fr",
     "GDPR erasure request from a former gestionnaire about her Espace Acheteur account: other (human review), not account_creation.",
     frm=("Monique Charpentier", "monique.charpentier@messagerie.example.fr"), client="webmail", date="19 08:05",
     subject="Suppression de mes données personnelles",
     body="""
Madame, Monsieur,

J'ai été gestionnaire dans un collège de l'Essonne jusqu'en juin dernier et j'avais un compte à mon nom sur l'Espace Acheteur. Je suis désormais retraitée.

Conformément au RGPD, je vous demande la suppression de mon compte et de l'ensemble des données personnelles me concernant, et de m'en donner confirmation.

Avec mes remerciements,
Monique Charpentier
""")

mail(98, "automated", False, None, None, None, False, "en",
     "Delay warning ('Delivery Status Notification (Delay)', Action: delayed) from a webmail provider's relay: not a failure, still automatic.",
     frm=("Mail Delivery Subsystem", "mailer-daemon@relay.messagerie.example.fr"), client="mta", date="19 08:40",
     subject="Delivery Status Notification (Delay)", return_path="<>",
     relay="relay.messagerie.example.fr",
     auth="dkim=pass (2048-bit key) header.d=messagerie.example.fr;\n\tspf=pass smtp.helo=relay.messagerie.example.fr;\n\tdmarc=none",
     extra=["Auto-Submitted: auto-replied"],
     raw=multipart("report", [
         leaf("text/plain", """** Delivery incomplete **

There was a temporary problem delivering your message to kevin.marsh@webmail.example.fr. The system will retry for up to 47 hours. You'll be notified if the delivery fails permanently.

The response was:

The recipient server did not accept our requests to connect. Learn more at https://support.messagerie.example.fr/mail/answer/7720
[webmail.example.fr 203.0.113.87: timed out]
""", "utf-8", "quoted-printable"),
         """Content-Type: message/delivery-status

Reporting-MTA: dns; relay.messagerie.example.fr
Received-From-MTA: dns; mx1.assistance.example.fr
Arrival-Date: Wed, 19 Mar 2025 06:38:11 +0100

Final-Recipient: rfc822; kevin.marsh@webmail.example.fr
Action: delayed
Status: 4.4.1
Diagnostic-Code: smtp; The recipient server did not accept our requests to connect.
Last-Attempt-Date: Wed, 19 Mar 2025 08:40:02 +0100
Will-Retry-Until: Fri, 21 Mar 2025 07:38:11 +0100
""",
         """Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: kevin.marsh@webmail.example.fr
Subject: [#SUP-118358] Re: OIB entrance test - dates?
Date: Wed, 19 Mar 2025 06:38:09 +0100
Message-ID: <SUP-118358.1742362689.e3b8c2@assistance.example.fr>
"""], "webmail", params=" report-type=delivery-status;"))

mail(99, "head_of_establishment_request", False, "0771034F", "ile-de-france", "espace_acheteur", False, "fr",
     "HTML-only Outlook letter (windows-1252) from the ce.<UAI> address: the principal closes the former gestionnaire's access and names the new one as structure administrator.",
     frm=("Principal Collège Nicolas Fouquet", "ce.0771034F@ac-creteil.fr"), client="outlook_html", date="19 09:12",
     subject="Espace Acheteur – changement d'administrateur de la structure",
     body="""
Madame, Monsieur,

Mme Régine Collet, gestionnaire, a été mutée au 1er mars et n'exerce plus dans l'établissement. Je vous demande de clôturer ses accès à l'Espace Acheteur.

Je désigne en qualité d'administrateur de la structure M. Karim Saïdi, gestionnaire arrivé le 3 mars (karim.saidi@ac-creteil.fr).

Veuillez agréer, Madame, Monsieur, l’expression de mes salutations distinguées.

Le Principal
Collège Nicolas Fouquet – Mormant
UAI 0771034F
""")

mail(100, "order_billing", False, "0942693S", "ile-de-france", "espace_acheteur", True, "fr",
     "Two topics: the invoice amount differs from the quote (first, main) and the membership convention is missing (contract_documents).",
     frm=("Anne Guillot", "anne.guillot@ac-creteil.fr"), client="outlook", date="19 09:48",
     subject="Écart devis / facture et convention",
     body="""
Bonjour,

La facture FA-2503-00140 reçue hier s'élève à 3 412,80 € TTC alors que le devis accepté (DV-2502-0311) était de 3 118,80 € TTC. Je ne vois pas d'où vient la différence de 294 €. Pouvez-vous nous envoyer une facture rectifiée ou nous expliquer l'écart ?

Au passage, je ne trouve pas non plus la convention d'adhésion dans nos documents sur l'Espace Acheteur, mais c'est moins urgent.

Anne Guillot
Secrétaire d'intendance - Lycée Romain Rolland, Ivry-sur-Seine
0942693S
""")
# ==========================================================================
# h101 - h125
# ==========================================================================
mail(101, "password_reset", True, "0781192X", "ile-de-france", "espace_acheteur", False, "fr",
     "HTML-only Outlook message (windows-1252): forgotten Espace Acheteur password; UAI in the signature.",
     frm=("Laetitia Prévost", "laetitia.prevost@ac-versailles.fr"), client="outlook_html", date="19 10:22",
     subject="Mot de passe oublié – Espace Acheteur",
     body="""
Bonjour,

Je n’arrive plus à me connecter à l’Espace Acheteur : j’ai dû me tromper en changeant mon mot de passe le mois dernier et je ne le retrouve pas. L’identifiant est bien reconnu, c’est le mot de passe qui bloque.

Pouvez-vous me permettre d’en définir un nouveau ?

Bien à vous,

Laetitia Prévost
Gestionnaire matérielle
Lycée François Villon – Les Mureaux
UAI : 0781192X
""")

mail(102, "account_creation", True, "0911439V", "ile-de-france", "espace_acheteur", True, "fr",
     "Negation: 'je n'ai pas perdu mon mot de passe', she has never had an account and wants to create one: account_creation, not password_reset.",
     frm=("Maryse Lebon", "maryse.lebon@ac-versailles.fr"), client="zimbra", date="19 10:58",
     subject="Pas de mot de passe perdu : je n'ai jamais eu de compte",
     body="""
Bonjour,

Votre collègue au téléphone m'a orientée vers la procédure « mot de passe oublié », mais je n'ai pas perdu mon mot de passe : je n'ai tout simplement jamais eu de compte sur l'Espace Acheteur.

Je suis la nouvelle secrétaire d'intendance du collège Blaise Pascal de Massy (UAI 0911439V) et je voudrais m'inscrire pour préparer les commandes. Par où dois-je passer ?

Merci,
Maryse Lebon
""")

mail(103, "missing_noreply_mail", True, "0953618S", "ile-de-france", "espace_acheteur", False, "fr",
     "The IT manager of a cité scolaire: no automatic mail from the no-reply address since the mail migration; asks which sender to allow in their own (unnamed) filter.",
     frm=("Romain Keller", "romain.keller@ac-versailles.fr"), client="thunderbird", date="19 11:30",
     subject="Adresse d'expédition de vos mails automatiques ?",
     body="""
Bonjour,

Je suis le référent informatique de la cité scolaire Gérard de Nerval à Luzarches (0953618S). Depuis notre bascule vers le nouveau serveur de messagerie fin février, plus aucun des mails automatiques de l'Espace Acheteur n'arrive chez nos gestionnaires : inscription, mot de passe, validation de commande.

Le reste du courrier externe passe normalement. Pour que je puisse ajouter une règle sur notre filtrage, pouvez-vous me donner l'adresse exacte (ou les serveurs) d'où partent ces messages ?

Romain Keller
""")

mail(104, "automated", False, None, None, "esignature", True, "fr",
     "E-signature 'document awaiting your signature' notification for a convention: transactional mail without Auto-Submitted or Precedence; only the no-reply sender and the wording show it is automatic.",
     frm=("Signature électronique", "no-reply@signature.example.fr"), client="mta", date="19 11:45",
     subject="Document en attente de votre signature : Convention de partenariat 2025",
     raw=multipart("alternative", [
         leaf("text/plain", """Bonjour,

Marie-Hélène Rivière (Lycée international Honoré de Balzac) vous invite à signer le document suivant :

Convention de partenariat 2025 - Ressources numériques des sections internationales

Pour consulter et signer le document, cliquez sur le lien ci-dessous :
https://signature.example.fr/s/8c1e5b2d

Ce lien expire le 02/04/2025.

Ce message vous a été envoyé par la plateforme de signature électronique. Merci de ne pas y répondre.
""", "utf-8", "quoted-printable"),
         leaf("text/html", """<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Bonjour,</p>
<p><b>Marie-Hélène Rivière</b> (Lycée international Honoré de Balzac) vous invite à signer le document suivant :</p>
<p style="font-size:16px">Convention de partenariat 2025 - Ressources numériques des sections internationales</p>
<p><a href="https://signature.example.fr/s/8c1e5b2d" style="background:#0b6bcb;color:#fff;padding:10px 18px;text-decoration:none">Consulter et signer</a></p>
<p style="color:#666;font-size:12px">Ce lien expire le 02/04/2025. Ce message vous a été envoyé par la plateforme de signature électronique. Merci de ne pas y répondre.</p>
</body></html>
""", "utf-8", "quoted-printable")], "webmail"))

mail(105, "other", False, None, "ile-de-france", "esidoc", False, "fr",
     "Wants to register for an online training session and the registration link fails: other. Region from the ac-paris.fr sender.",
     frm=("Paul Mercadier", "paul.mercadier@ac-paris.fr"), client="zimbra", date="19 12:10",
     subject="Inscription à la formation en ligne du 25 mars",
     body="""
Bonjour,

Dans votre dernière lettre d'information, vous annonciez une formation en ligne « Valoriser les fonds en langues étrangères sur e-sidoc » le 25 mars à 14 h.
Le lien d'inscription aboutit à une page « 404 - page introuvable ». Est-il encore possible de s'inscrire, et si oui comment ?

Merci,
Paul Mercadier
Documentaliste, lycée Lamartine
""")

mail(106, "mailinblack_spam", True, "0932539E", "ile-de-france", "espace_acheteur", False, "fr",
     "HTML-only Outlook message: 'Mailinblack Protect' held the new-password mail.",
     frm=("Karine Dupuis", "karine.dupuis@ac-creteil.fr"), client="outlook_html", date="19 13:40",
     subject="Mail de mot de passe retenu par Mailinblack Protect",
     body="""
Bonjour,

J’ai demandé un nouveau mot de passe pour l’Espace Acheteur ce matin. Le message est bien parti mais il a été retenu par Mailinblack Protect : je reçois seulement l’alerte « 1 message en attente », et quand je clique sur « Délivrer », le lien est déjà périmé.

Comment éviter que cela se reproduise ?

Karine Dupuis
Secrétaire de gestion
Collège Travail Langevin – Bagnolet
0932539E
""")

mail(107, "transfer_incident", False, "0752909E", "ile-de-france", "ecoledirecte", False, "fr",
     "HTML-only Outlook message: several transfer processes stay stuck in the task manager and transfers hang.",
     frm=("Vie scolaire - Lycée privé Saint-Michel", "viescolaire@saint-michel-paris.example.fr"), client="outlook_html", date="19 14:15",
     subject="Transferts bloqués - plusieurs Outils.exe ouverts",
     body="""
Bonjour,

Depuis hier, les transferts vers EcoleDirecte ne se terminent plus. Dans le gestionnaire des tâches du serveur, je vois quatre processus « Outils.exe » ouverts en même temps, qui ne consomment rien et ne se ferment jamais. Même après un redémarrage, le problème revient au premier transfert.

Les absences de ce matin ne sont donc pas visibles par les familles.

Pouvez-vous nous aider ? Code établissement : 0752909E.

Henri Masson
CPE
""")

mail(108, "password_reset", True, "0753704U", "ile-de-france", "esidoc", False, "fr",
     "Account locked after failed attempts; the UAI appears only in the subject line.",
     frm=("Bérénice Adam", "berenice.adam@ac-paris.fr"), client="zimbra", date="19 15:02",
     subject="Compte administrateur verrouillé - UAI 0753704U",
     body="""
Bonjour,

Après plusieurs essais infructueux, le compte administrateur de notre portail documentaire e-sidoc est verrouillé. Je ne suis plus certaine du mot de passe de toute façon.

Pouvez-vous le déverrouiller ou m'envoyer un lien pour en choisir un nouveau ?

Bérénice Adam
Documentaliste, collège Octave Gréard
""")

mail(109, "subscription_activation", False, "0921648S", "ile-de-france", "esidoc", True, "fr",
     "Polite second follow-up: the subscription ordered on 5 March is still not available on the 19th; the first message got no answer. Far past the 72-hour window, so a person must check.",
     frm=("Christine Vautrin", "christine.vautrin@ac-versailles.fr"), client="outlook", date="19 15:40",
     subject="Relance - abonnement Europresse commandé le 5 mars",
     body="""
Bonjour,

Je me permets de vous relancer au sujet de mon message du 7 mars, resté sans réponse.

Notre commande d'abonnement Europresse a été validée le 5 mars (réf. ES-250305-118). À ce jour, la ressource n'est toujours pas disponible sur notre portail e-sidoc : elle n'apparaît ni dans les ressources ni dans « Mes abonnements ».

Je vous remercie par avance de bien vouloir vérifier ce qu'il en est.

Bien cordialement,
Christine Vautrin
Professeure documentaliste
Collège Maurice Ravel, Boulogne-Billancourt - 0921648S
""")

mail(110, "head_of_establishment_request", False, "0781118S", "ile-de-france", "esidoc", False, "en",
     "English; the head of an international lycée writes from the ce.<UAI> address to authorise a reset of the e-sidoc administrator password, with the link sent to the school's address.",
     frm=("Proviseur Lycée international", "ce.0781118S@ac-versailles.fr"), client="zimbra", date="19 16:20",
     subject="Authorisation - reset of the library portal administrator password",
     body="""
Dear colleagues,

I am the headteacher (proviseur) of the Lycée international de Buc. Our librarian, Mr Julien Ferré, can no longer access the administrator account of our e-sidoc portal.

I hereby ask you to reset the administrator password and to send the reset link to the school's official address, from which I am writing. Mr Ferré will remain the sole administrator.

Establishment code (UAI): 0781118S

Kind regards,
Catherine Llewellyn
Proviseure
""")

mail(111, "automated", False, None, "ile-de-france", "esidoc", True, "fr",
     "A librarian's real question about an e-sidoc password, but posted to an academic librarians' mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered. Region from the ac-versailles.fr sender.",
     frm=("Pauline Drouet", "pauline.drouet@ac-versailles.fr"), client="zimbra", date="20 08:05",
     return_path="<doc78-owner@listes.ac-versailles.fr>", relay="listes.ac-versailles.fr",
     to=(("Liste documentalistes 78", "doc78@listes.ac-versailles.fr"),),
     extra=["List-Id: Documentalistes des Yvelines <doc78.listes.ac-versailles.fr>",
            "List-Post: <mailto:doc78@listes.ac-versailles.fr>",
            "List-Unsubscribe: <mailto:doc78-unsubscribe@listes.ac-versailles.fr>",
            "Precedence: list", "Sender: doc78-owner@listes.ac-versailles.fr"],
     subject="[doc78] Mot de passe e-sidoc après changement de poste",
     body="""
Bonjour à toutes et à tous,

Je viens d'arriver sur un nouveau poste et l'ancien collègue n'a pas laissé le mot de passe de l'administration e-sidoc. Quelqu'un sait-il si l'assistance envoie le lien sur l'adresse du CDI ou sur celle du secrétariat ? Je préfère savoir avant de les solliciter.

Merci pour vos retours !
Pauline
""")

mail(112, "missing_noreply_mail", True, None, "ile-de-france", "espace_acheteur", False, "en",
     "Mostly English with French fragments; the activation link never arrived, spam checked. No UAI; region from the ac-creteil.fr sender.",
     frm=("Olivia Grant", "olivia.grant@ac-creteil.fr"), client="webmail", date="20 08:44",
     subject="Lien d'activation - never arrived",
     body="""
Hi / Bonjour,

I signed up on the Espace Acheteur on Tuesday to order books for our section internationale, but le lien d'activation never arrived. I checked the spam folder and the "courrier indésirable" one, nothing.

Could you resend it please? Merci !

Olivia Grant
Lycée Edouard Branly, Nogent-sur-Marne
""")

mail(113, "contract_documents", False, "0941199T", "ile-de-france", "espace_acheteur", True, "fr",
     "Could see the conventions on the old platform, not on the new one: contract_documents, although the fix may be access rights (close to account_creation).",
     frm=("Stéphane Colin", "stephane.colin@ac-creteil.fr"), client="outlook", date="20 09:30",
     subject="Conventions invisibles depuis la nouvelle plateforme",
     body="""
Bonjour,

Sur l'ancienne version du site, je retrouvais sans problème nos conventions et les pièces des marchés auxquels nous adhérons. Depuis le passage au nouvel Espace Acheteur en janvier, l'onglet « Documents » affiche « Aucun document disponible ».

Mon compte fonctionne par ailleurs (je peux passer commande). Les documents ont-ils été déplacés, ou est-ce une question de droits ?

Stéphane Colin
Adjoint gestionnaire - Lycée Maximilien Perret, Alfortville
UAI 0941199T
""")

mail(114, "other", False, None, "ile-de-france", None, False, "fr",
     "Personal message sent to the desk by address autocomplete (car-sharing to a training day). Region from the ac-versailles.fr sender.",
     frm=("Sandrine Roy", "sandrine.roy@ac-versailles.fr"), client="iphone", date="20 10:02",
     subject="Covoiturage jeudi",
     body="""
Coucou,

Pour la journée de formation de jeudi à Guyancourt, je peux te prendre devant le lycée à 8 h 10. On partage l'essence comme d'habitude ?

Bises,
Sandrine

Envoyé de mon iPhone
""")

mail(115, "order_billing", False, "0931185H", "ile-de-france", "espace_acheteur", False, "fr",
     "Asks which payment means are accepted (transfer, purchasing card) and for bank details.",
     frm=("Gilles Martineau", "gilles.martineau@ac-creteil.fr"), client="zimbra", date="20 10:35",
     subject="Moyens de paiement acceptés",
     body="""
Bonjour,

Nous allons régler notre première commande passée via l'Espace Acheteur. Notre agence comptable souhaite savoir si le paiement peut se faire par virement après réception de la facture, ou s'il faut utiliser la carte d'achat de l'établissement.

Dans le premier cas, pouvez-vous nous transmettre un RIB ?

Merci,
Gilles Martineau
Gestionnaire, collège Jean Zay, Bondy (0931185H)
""")

mail(116, "password_reset", True, None, "ile-de-france", "ticket_portal", False, "fr",
     "Forgotten password on the ticket portal. No UAI; region from the ac-paris.fr sender.",
     frm=("Elsa Marchetti", "elsa.marchetti@ac-paris.fr"), client="zimbra", date="20 11:08",
     subject="Mot de passe portail de tickets",
     body="""
Bonjour,

Je voulais suivre la demande que j'ai ouverte la semaine dernière sur votre portail de tickets, mais je ne me souviens plus du mot de passe que j'avais choisi en créant mon compte.

Comment puis-je le réinitialiser ?

Merci,
Elsa Marchetti
""")

mail(117, "account_creation", False, "0772280K", "ile-de-france", "espace_acheteur", False, "fr",
     "Account waiting for validation for three weeks; the structure administrator is on long leave: the region must step in.",
     frm=("Ludovic Perrot", "ludovic.perrot@ac-creteil.fr"), client="outlook", date="20 11:50",
     subject="Compte en attente de validation depuis 3 semaines",
     body="""
Bonjour,

Mon inscription sur l'Espace Acheteur est « en attente de validation par l'administrateur de la structure » depuis le 26 février.
Renseignement pris, l'administratrice désignée est notre ancienne principale adjointe, en congé longue durée, et personne d'autre n'a ce rôle.

Comment débloquer la situation ? Nous avons des commandes à passer avant avril.

Ludovic Perrot
Gestionnaire - Collège Les Tilleuls, Chelles - 0772280K
""")

mail(118, "automated", False, None, "ile-de-france", None, False, "fr",
     "Another help desk's acknowledgement (Auto-Submitted, X-Loop) of a message the desk sent it: answering would start a mail loop. Region from the ac-paris.fr sender.",
     frm=("Assistance informatique - Rectorat de Paris", "assistance@ac-paris.fr"), client="mta", date="20 12:15",
     subject="[Ticket ASI-2025-031877] Accusé de réception : Messages bloqués vers les établissements",
     irt="<SUP-118447.1742468402.e1d2c3@assistance.example.fr>",
     extra=["Auto-Submitted: auto-replied", "X-Loop: assistance@ac-paris.fr", "X-Auto-Response-Suppress: All"],
     raw=leaf("text/plain", """Bonjour,

Votre demande a bien été enregistrée sous le numéro ASI-2025-031877.
Elle sera traitée par nos services dans les meilleurs délais.

Merci de rappeler ce numéro dans toute correspondance. Ne répondez pas à ce message : pour compléter votre demande, utilisez le portail d'assistance.

Le service d'assistance informatique
Rectorat de l'académie de Paris
""", "utf-8", "quoted-printable"))

mail(119, "mailinblack_spam", True, "0933960Z", "ile-de-france", "espace_acheteur", False, "fr",
     "Checked the junk folder too, but MailInBlack is named as the blocker: mailinblack_spam.",
     frm=("Marie-Claude Benoit", "marie-claude.benoit@ac-creteil.fr"), client="outlook", date="20 13:20",
     subject="Confirmation de commande introuvable",
     body="""
Bonjour,

Je n'ai pas reçu la confirmation de notre commande d'hier. Rien dans les courriers indésirables. En revanche notre interface MailInBlack indique un message de l'Espace Acheteur « en attente d'authentification ». Je suppose que c'est lui.

Que dois-je faire pour que vos messages arrivent directement ?

Marie-Claude Benoit
Collège Politzer, Bagnolet - 0933960Z
""")

mail(120, "head_of_establishment_request", False, "0752858Z", "ile-de-france", "espace_acheteur", False, "fr",
     "Written delegation from the proviseure's personal academic address: the intendant may validate orders for the establishment.",
     frm=("Martine Hubert", "martine.hubert@ac-paris.fr"), client="outlook", date="20 14:05",
     subject="Délégation de validation des commandes - Lycée Jules Ferry",
     body="""
Madame, Monsieur,

Par la présente, je donne délégation à M. François Legrand, intendant du lycée, pour valider en mon nom les commandes passées sur l'Espace Acheteur, à compter de ce jour et jusqu'au 31 août 2025.

Je vous remercie de bien vouloir paramétrer son compte en conséquence.

Martine Hubert
Proviseure du lycée Jules Ferry, Paris 9e
UAI 0752858Z
""")

mail(121, "missing_noreply_mail", True, "0911232V", "ile-de-france", "espace_acheteur", False, "fr",
     "The secretary writes for the intendant: the first-login link never reached his mailbox; no product named.",
     frm=("Aurore Lemaître", "aurore.lemaitre@ac-versailles.fr"), client="zimbra", date="20 14:48",
     subject="Lien de connexion non reçu pour M. Besson",
     body="""
Bonjour,

J'écris pour M. Besson, notre intendant, qui est en réunion toute la journée. Son compte Espace Acheteur a été créé lundi, mais le mail avec le lien de première connexion n'est jamais arrivé dans sa boîte (philippe.besson@ac-versailles.fr). Nous avons regardé ensemble les indésirables ce matin : rien.

Pouvez-vous le renvoyer ?

Aurore Lemaître
Secrétariat d'intendance
Lycée Parc des Loges, Évry - RNE 0911232V
""")

mail(122, "transfer_incident", False, "0781246F", "ile-de-france", "ecoledirecte", False, "fr",
     "Follow-up in the thread (Outlook quote): the licence was regenerated but the transfers still fail.",
     frm=("Comptabilité Institution Notre-Dame", "compta@notredame-versailles.example.fr"), client="outlook", date="20 15:30",
     subject="RE: [#SUP-118409] Licence Charlemagne à régénérer après changement de serveur",
     irt="<SUP-118409.1741856702.fe2a81@assistance.example.fr>",
     body="""
Bonjour,

Merci, la licence a bien été régénérée et Charlemagne ne signale plus d'erreur au démarrage. En revanche, les transferts vers EcoleDirecte échouent toujours : le journal indique « connexion refusée » à l'étape d'envoi.

Faut-il aussi reconfigurer quelque chose dans l'outil de transfert ?

Corinne Vallet
Institution Notre-Dame - 0781246F

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : vendredi 14 mars 2025 10:12
À : Comptabilité Institution Notre-Dame <compta@notredame-versailles.example.fr>
Objet : [#SUP-118409] Licence Charlemagne à régénérer après changement de serveur

Bonjour,

La licence de votre établissement a été régénérée pour le nouveau serveur. Relancez Charlemagne pour la prendre en compte.

Cordialement,
L'équipe d'assistance
""")

mail(123, "other", False, None, None, None, True, "fr",
     "Fake 'unpaid invoice' with an HTML attachment from an unknown sender: phishing, not order_billing.",
     frm=("Service Comptabilité", "comptabilite@factures-relance.example.fr"), client="webmail", date="20 16:02",
     auth="dkim=none;\n\tspf=fail smtp.mailfrom={d};\n\tdmarc=fail (p=none dis=none) header.from={d}",
     subject="Facture impayée N° 2025-8841 - dernier rappel avant pénalités",
     attach=[("Facture_2025-8841.html", "text/html", b"<html><body><script>document.location='https://factures-relance.example.fr/login'</script></body></html>\n")],
     body="""
Bonjour,

Malgré nos précédents rappels, la facture N° 2025-8841 d'un montant de 4 870,00 € reste impayée.
Vous trouverez la facture en pièce jointe. Merci de l'ouvrir et de vous identifier pour procéder au règlement sous 48 heures afin d'éviter des pénalités de retard.

Cordialement,
Service Comptabilité
""")

mail(124, "password_reset", True, "0912039X", "ile-de-france", "esidoc", True, "fr",
     "The body gives 0912039K (wrong check letter), but the sender address ce.0912039X@ac-versailles.fr carries the valid UAI, which is the label. The secretariat asks for the link on that official address.",
     frm=("Secrétariat Collège Jean Lurçat", "ce.0912039X@ac-versailles.fr"), client="outlook", date="21 08:20",
     subject="Réinitialisation du mot de passe du portail du CDI",
     body="""
Bonjour,

Notre documentaliste a oublié le mot de passe d'administration du portail du CDI (e-sidoc). Pourriez-vous envoyer un lien de réinitialisation à l'adresse du collège (celle-ci) ?

Collège Jean Lurçat, Juvisy-sur-Orge
Numéro d'établissement : 0912039K

Merci beaucoup,
Le secrétariat
""")

mail(125, "automated", False, None, "ile-de-france", None, False, "fr",
     "Read receipt in French ('Lu :'), multipart/report disposition-notification. Region from the ac-creteil.fr sender.",
     frm=("Hervé Lamotte", "herve.lamotte@ac-creteil.fr"), client="outlook", date="21 08:55",
     subject="Lu : [#SUP-118421] Mailinblack : adresses à autoriser",
     raw=multipart("report", [
         leaf("text/plain", """Votre message

  À : Lamotte Hervé
  Objet : [#SUP-118421] Mailinblack : adresses à autoriser
  Envoyé : jeudi 13 mars 2025 15:02:11 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le vendredi 21 mars 2025 08:55:03 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""", "windows-1252", "quoted-printable"),
         """Content-Type: message/disposition-notification

Reporting-UA: ac-creteil.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;herve.lamotte@ac-creteil.fr
Original-Message-ID: <SUP-118421.1741874531.9b0f17@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
"""], "outlook", params=" report-type=disposition-notification;"))
# ==========================================================================
# h126 - h150
# ==========================================================================
mail(126, "subscription_activation", True, "0782363V", "ile-de-france", "esidoc", False, "fr",
     "Subscription renewed yesterday still shown as expired in 'Mes abonnements': inside the 72-hour window.",
     frm=("Agnès Poirier", "agnes.poirier@ac-versailles.fr"), client="thunderbird", date="21 09:30",
     subject="Renouvellement fait mais abonnement toujours « expiré »",
     body="""
Bonjour,

Notre intendante a validé hier matin le renouvellement de l'abonnement aux revues en ligne (il avait expiré le 15 mars). Pourtant, dans « Mes abonnements » de l'administration e-sidoc, la ligne est toujours marquée « expiré » en rouge et les élèves tombent sur une page d'erreur.

Est-ce une question de délai ?

Agnès Poirier
Collège Jean Monnet, Poissy - 0782363V
""")

mail(127, "order_billing", False, "0912301G", "ile-de-france", "esidoc", False, "fr",
     "Reply in the quote thread (Outlook quote): the intendant asks to modify the quote by adding two resources.",
     frm=("Intendance Lycée Camille Claudel", "int.0912301g@ac-versailles.fr"), client="outlook", date="21 10:05",
     subject="RE: [#SUP-118286] Demande de devis - renouvellement abonnement e-sidoc",
     irt="<SUP-118286.1741603920.3ad4c7@assistance.example.fr>",
     body="""
Bonjour,

Merci pour le devis DV-2503-0244. Après discussion avec l'équipe du CDI, pourriez-vous y ajouter deux lignes avant le conseil d'administration :
- l'abonnement Cafeyn (formule établissement) ;
- le module « Sections internationales » pour le portail.

Le reste est inchangé.

Philippe Garnier
Intendant - Lycée Camille Claudel, Massy

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 13 mars 2025 14:20
À : Intendance Lycée Camille Claudel <int.0912301g@ac-versailles.fr>
Objet : [#SUP-118286] Demande de devis - renouvellement abonnement e-sidoc

Bonjour,

Veuillez trouver ci-joint le devis DV-2503-0244 pour le renouvellement de votre abonnement.

Cordialement,
Le service commercial
""")

mail(128, "missing_noreply_mail", True, "0923566B", "ile-de-france", "espace_acheteur", True, "fr",
     "Reply in an old quote thread (February, order_billing, quoted): the new text is about something else, a colleague's activation mail that never came. The new request is clear and single.",
     frm=("Jacques Roussel", "jacques.roussel@ac-versailles.fr"), client="outlook", date="21 10:40",
     subject="RE: [#SUP-117655] Devis fournitures CDI",
     irt="<SUP-117655.1739798410.71bc0e@assistance.example.fr>",
     body="""
Bonjour,

Autre sujet que le devis (réglé depuis, merci) : notre nouvelle adjointe, Mme Sarah Benali, s'est inscrite mercredi sur l'Espace Acheteur et n'a jamais reçu le mail d'activation. Elle a vérifié ses indésirables.

Pouvez-vous le lui renvoyer ? Son adresse : sarah.benali@ac-versailles.fr.

Jacques Roussel
Gestionnaire - Collège Les Champs-Philippe, La Garenne-Colombes - 0923566B

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 17 février 2025 14:20
À : Jacques Roussel <jacques.roussel@ac-versailles.fr>
Objet : [#SUP-117655] Devis fournitures CDI

Bonjour,

Vous trouverez ci-joint le devis demandé pour les fournitures du CDI. Il est valable trois mois.

Cordialement,
Le service commercial
""")

mail(129, "contract_documents", False, "0913827R", "ile-de-france", "espace_acheteur", True, "fr",
     "Contrast: 'ce n'est pas une question de facture'; the signed acte d'engagement of a market cannot be downloaded: contract_documents.",
     frm=("Evelyne Marchand", "evelyne.marchand@ac-versailles.fr"), client="zimbra", date="21 11:12",
     subject="Acte d'engagement signé impossible à télécharger",
     body="""
Bonjour,

Ce n'est pas une question de facture, notre agent comptable a déjà tout ce qu'il lui faut de ce côté.

Ce qu'il nous manque, c'est l'acte d'engagement signé du marché « manuels scolaires 2024-2027 » : dans l'Espace Acheteur, le lien de téléchargement de ce document tourne dans le vide puis affiche « erreur serveur ». Les autres pièces du marché se téléchargent normalement.

Lycée Robert Doisneau, Corbeil-Essonnes - 0913827R

Merci,
Evelyne Marchand
""")

mail(130, "head_of_establishment_request", False, "0953354E", "ile-de-france", "esidoc", True, "fr",
     "Two topics from the proviseure (ce.<UAI> address): change of the e-sidoc administrator (first, main) and when a subscription will be active (subscription_activation).",
     frm=("Proviseure - Lycée Alfred Kastler", "ce.0953354E@ac-versailles.fr"), client="outlook", date="21 11:50",
     subject="Administrateur e-sidoc et abonnement",
     body="""
Madame, Monsieur,

Je vous demande de bien vouloir remplacer l'administrateur de notre portail e-sidoc : M. Gilles Faivre quitte l'établissement le 28 mars, Mme Yasmina Cherki (yasmina.cherki@ac-versailles.fr) lui succède.

Par ailleurs, pourriez-vous m'indiquer quand l'abonnement commandé mardi pour la section orientale sera accessible ?

Cordialement,
Hélène Mathieu
Proviseure
Lycée Alfred Kastler, Cergy
""")

mail(131, "automated", False, None, None, None, False, "en",
     "SMTP TLS report (TLSRPT, application/tlsrpt+gzip attachment) sent to the desk's address by a mail provider.",
     frm=("TLS Reporting", "noreply-smtp-tls-reporting@messagerie.example.fr"), client="mta", date="21 12:00",
     subject="Report Domain: assistance.example.fr Submitter: messagerie.example.fr Report-ID: <2025.03.20T00.00.00Z+assistance.example.fr@messagerie.example.fr>",
     extra=["TLS-Report-Domain: assistance.example.fr", "TLS-Report-Submitter: messagerie.example.fr", "Auto-Submitted: auto-generated"],
     raw=multipart("report", [
         leaf("text/plain", """This is an aggregate TLS report from messagerie.example.fr
""", "us-ascii", "7bit"),
         attachment("messagerie.example.fr!assistance.example.fr!1742428800!1742515199.json.gz",
                    "application/tlsrpt+gzip",
                    gzip.compress(json.dumps({
                        "organization-name": "messagerie.example.fr",
                        "date-range": {"start-datetime": "2025-03-20T00:00:00Z", "end-datetime": "2025-03-20T23:59:59Z"},
                        "contact-info": "smtp-tls-reporting@messagerie.example.fr",
                        "report-id": "2025.03.20T00.00.00Z+assistance.example.fr@messagerie.example.fr",
                        "policies": [{"policy": {"policy-type": "no-policy-found", "policy-domain": "assistance.example.fr"},
                                      "summary": {"total-successful-session-count": 214, "total-failure-session-count": 0}}],
                    }, indent=1).encode(), mtime=0)),
     ], "webmail", params=" report-type=tlsrpt;"))

mail(132, "password_reset", True, "0781748B", "ile-de-france", "esidoc", False, "en",
     "Mostly English with French phrases; forgotten e-sidoc administrator password, UAI in the body.",
     frm=("Gareth Evans", "gareth.evans@ac-versailles.fr"), client="apple", date="21 12:35",
     subject="Forgot my password - mot de passe oublié",
     body="""
Bonjour,

I'm afraid I forgot my password for the e-sidoc admin (portail du CDI), and I've been using the same browser for months so it was saved... until the IT people wiped the computers last week.

Pouvez-vous m'aider ? Our UAI is 0781748B (Collège Marcel Roby, Saint-Germain-en-Laye).

Cheers / merci,
Gareth Evans
""")

mail(133, "mailinblack_spam", True, "0943239K", "ile-de-france", "ticket_portal", False, "fr",
     "The ticket portal's mails are held by MailInBlack; quoted-printable body.",
     frm=("Benoît Carré", "benoit.carre@ac-creteil.fr"), client="zimbra", date="21 13:10",
     subject="Réponses du portail de tickets bloquées par Mailinblack",
     body="""
Bonjour,

Je ne reçois jamais les réponses à mes tickets : elles arrivent toutes dans Mailinblack, dans « Messages en attente », et je ne les vois que quand je pense à aller y jeter un œil.

Comment faire pour que les messages du portail de tickets passent directement ?

Benoît Carré
Collège Pierre Brossolette, Le Perreux-sur-Marne - 0943239K
""")

mail(134, "other", False, "0943193K", "ile-de-france", "esidoc", True, "fr",
     "The proviseur writes from the ce.<UAI> address in a thread, but only to thank for the activation: no request, so not head_of_establishment_request.",
     frm=("Proviseur Lycée Gutenberg", "ce.0943193K@ac-creteil.fr"), client="zimbra", date="21 13:44",
     subject="Re: [#SUP-118402] Votre abonnement est actif",
     irt="<SUP-118402.1741855002.6f0c2b@assistance.example.fr>",
     body="""
Bonjour,

Je tenais simplement à vous remercier pour la rapidité de la mise en service : nos élèves de section internationale ont pu utiliser les ressources du portail e-sidoc dès ce matin, et l'équipe en est ravie.

Bien cordialement,

Yves Lambert
Proviseur, lycée Gutenberg, Créteil

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: ce.0943193K@ac-creteil.fr
Envoyé: Jeudi 13 Mars 2025 09:43:22
Objet: [#SUP-118402] Votre abonnement est actif

Bonjour,

Votre abonnement est maintenant actif sur votre portail.

Cordialement,
L'équipe d'assistance
""")

mail(135, "account_creation", False, "0063850C", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
     "A lycée opened in September is not in the establishment list when opening the customer account: the FAQ sends these to the sales team. Outside Île-de-France.",
     frm=("Céline Orsini", "celine.orsini@ac-nice.fr"), client="thunderbird", date="21 14:20",
     subject="Notre établissement n'existe pas dans la liste",
     body="""
Bonjour,

Je souhaite ouvrir le compte client e-sidoc de notre lycée pour une première commande, mais notre UAI (0063850C) n'apparaît pas dans la liste déroulante du formulaire. L'établissement a ouvert en septembre 2024, c'est peut-être la raison.

Pouvez-vous l'ajouter ou me dire comment procéder ?

Céline Orsini
Professeure documentaliste - Lycée international de Valbonne Est
""")

mail(136, "transfer_incident", False, "0952940E", "ile-de-france", "ecoledirecte", True, "fr",
     "Reply in an older thread about an EcoleDirecte password (quoted, solved): the new text is a transfer failure. The new message clearly asks something else, so transfer_incident.",
     frm=("Nicolas Bertrand", "n.bertrand@college-sainte-genevieve-95.example.fr"), client="outlook", date="21 14:55",
     subject="RE: [#SUP-117980] Mot de passe administration EcoleDirecte",
     irt="<SUP-117980.1740647210.a0e6d3@assistance.example.fr>",
     body="""
Bonjour,

Je reprends ce fil car c'est le seul contact que j'ai. Le mot de passe fonctionne depuis février, aucun souci de ce côté.

Nouveau problème : les transferts de Charlemagne vers EcoleDirecte s'arrêtent depuis lundi avec « Le fichier de transfert est vide ». Les notes du deuxième trimestre ne sont donc pas visibles par les familles, à deux semaines des conseils de classe.

Nicolas Bertrand
Collège Sainte-Geneviève, Argenteuil (0952940E)

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 27 février 2025 10:06
À : Nicolas Bertrand <n.bertrand@college-sainte-genevieve-95.example.fr>
Objet : [#SUP-117980] Mot de passe administration EcoleDirecte

Bonjour,

Votre mot de passe d'administration a été réinitialisé. Vous recevrez vos nouveaux identifiants par courrier séparé.

L'équipe d'assistance
""")

mail(137, "missing_noreply_mail", True, None, "ile-de-france", "espace_acheteur", True, "fr",
     "The code in the body, 0752338K, has a wrong check letter (the digits give 0752338J): no UAI label. Region from the ac-paris.fr sender. The sign-up confirmation never came.",
     frm=("Roselyne Giraudeau", "roselyne.giraudeau@ac-paris.fr"), client="outlook", date="21 15:30",
     subject="Confirmation d'inscription jamais reçue",
     body="""
Bonjour,

Je me suis inscrite lundi sur l'Espace Acheteur pour le lycée Paul Valéry (UAI 0752338K). Le site m'annonce un mail de confirmation que je n'ai jamais reçu, ni dans la boîte principale ni dans les indésirables.

Pourriez-vous le renvoyer ou valider l'inscription ?

Roselyne Giraudeau
Secrétaire de gestion
""")

mail(138, "automated", False, "0941121H", "ile-de-france", None, False, "fr",
     "Out-of-office of a school office (ce.<UAI> address) that mentions passwords; Auto-Submitted is present. The UAI comes from the address.",
     frm=("Secrétariat Lycée Saint-Exupéry", "ce.0941121H@ac-creteil.fr"), client="zimbra", date="21 16:05",
     subject="Réponse automatique : [#SUP-118462] Lien de réinitialisation",
     irt="<SUP-118462.1742569502.4ea1d9@assistance.example.fr>",
     extra=["Auto-Submitted: auto-replied (zimbra; vacation)"],
     raw=leaf("text/plain", """Bonjour,

Le secrétariat est fermé le vendredi après-midi. Votre message sera traité lundi matin.

Pour les demandes de réinitialisation de mot de passe de l'ENT, les élèves et les familles doivent s'adresser à leur professeur principal.

Le secrétariat du lycée Saint-Exupéry
""", "utf-8", "quoted-printable"))

mail(139, "order_billing", False, "0932128H", "ile-de-france", "espace_acheteur", False, "fr",
     "HTML-only Outlook message (windows-1252, euro sign): the invoice carries the collège's former name; asks for a corrected invoice.",
     frm=("Gestion Collège Simone Veil", "gestion.veil@ac-creteil.fr"), client="outlook_html", date="21 16:40",
     subject="Facture au nom de l’ancien collège",
     body="""
Bonjour,

Notre collège a changé de nom en janvier (anciennement collège Les Sablons, désormais collège Simone Veil). La facture FA-2503-00215 de 642,00 € TTC (commande passée sur l’Espace Acheteur) est encore établie au nom de l’ancien collège, et notre agent comptable la refuse.

Pouvez-vous nous adresser une facture rectifiée et mettre à jour notre fiche ?

Merci d’avance,
Chantal Delorme
Gestionnaire – Collège Simone Veil, Sevran
0932128H
""")

mail(140, "head_of_establishment_request", False, "0921888C", "ile-de-france", "esidoc", True, "fr",
     "The signature gives 0921888D (wrong check letter) but the sender address ce.0921888C@ac-versailles.fr carries the valid UAI, which is the label. The principal designates a new e-sidoc administrator.",
     frm=("Principale Collège Evariste Galois", "ce.0921888C@ac-versailles.fr"), client="outlook", date="21 17:10",
     subject="Désignation d'un nouvel administrateur e-sidoc",
     body="""
Madame, Monsieur,

Je vous informe que M. Antoine Mallet, professeur documentaliste, devient à compter de ce jour l'administrateur de notre portail e-sidoc, en remplacement de Mme Odile Perrin, partie à la retraite.

Je vous remercie de bien vouloir associer son adresse (antoine.mallet@ac-versailles.fr) au compte administrateur.

Françoise Delacroix
Principale
Collège Evariste Galois, Nanterre
UAI 0921888D
""")

mail(141, "password_reset", True, None, None, "espace_acheteur", False, "fr",
     "A town's buyer does not know her Espace Acheteur password ('je ne connais pas mon mot de passe'). No UAI, non-academic sender: no region.",
     frm=("Maud Lacombe", "m.lacombe@mairie-vitry.example.fr"), client="owa", date="17 17:15", charset="utf-8",
     subject="Accès Espace Acheteur - mot de passe",
     body="""
Bonjour,

Je reprends le poste d'acheteuse au service des affaires scolaires de la mairie. On m'a transmis l'identifiant du compte de la ville sur l'Espace Acheteur, mais je ne connais pas le mot de passe et mon prédécesseur est injoignable.

Comment puis-je en obtenir un nouveau ?

Cordialement,
Maud Lacombe
Direction de l'éducation - Ville de Vitry
""")

mail(142, "other", False, None, None, None, False, "en",
     "English; a UK teacher looks for a partner school library for a reading exchange: unrelated to the services.",
     frm=("Emma Thornton", "e.thornton@stmarys-school.example.fr"), client="webmail", date="18 17:40",
     subject="Looking for a partner school library in the Paris area",
     body="""
Dear colleagues,

I'm Head of English at a secondary school in Kent and we are hoping to set up a reading exchange with a French school that has an English international section: pupils swap reading journals and book reviews over the year.

I found your address on a page about school library portals. Would you be able to put me in touch with one of the librarians you work with in the Paris area?

With best wishes,
Emma Thornton
""")

mail(143, "subscription_activation", True, "0952499A", "ile-de-france", "esidoc", True, "fr",
     "The UAI appears only inside the portal URL, in lower case (0952499a.esidoc.example.fr); the label is the upper-case code. Ordered yesterday: within 72 hours.",
     frm=("Virginie Klein", "virginie.klein@ac-versailles.fr"), client="zimbra", date="18 18:02",
     subject="Ressource commandée hier pas encore en ligne",
     body="""
Bonsoir,

Nous avons commandé hier l'encyclopédie en ligne pour le CDI. Sur notre portail https://0952499a.esidoc.example.fr, rien n'apparaît encore dans les ressources numériques.

Est-ce normal à ce stade ?

Virginie Klein
Documentaliste
""")

mail(144, "mailinblack_spam", True, "0311076B", "occitanie", "espace_acheteur", False, "fr",
     "A lycée outside Île-de-France: MailInBlack quarantines the Espace Acheteur mails.",
     frm=("Jean-Luc Barthe", "jean-luc.barthe@ac-toulouse.fr"), client="roundcube", date="19 17:25",
     subject="Quarantaine Mailinblack",
     body="""
Bonjour,

Tous les messages de l'Espace Acheteur partent dans la quarantaine Mailinblack du lycée, y compris les liens de validation. Le rectorat nous dit de voir avec vous pour connaître les expéditeurs à autoriser.

Merci de votre retour,
Jean-Luc Barthe
Gestionnaire - Lycée international Victor Hugo, Colomiers - 0311076B
""")

mail(145, "contract_documents", False, "0953578Y", "ile-de-france", "espace_acheteur", False, "fr",
     "The intendant writes on behalf of the principal: the signed membership convention cannot be downloaded before the conseil d'administration.",
     frm=("Intendance Collège Jacques-Yves Cousteau", "int.cousteau@ac-versailles.fr"), client="outlook", date="20 17:05",
     subject="Convention signée - téléchargement impossible",
     body="""
Bonjour,

Monsieur le Principal doit présenter au conseil d'administration du 25 mars la convention d'adhésion signée l'an dernier. Je suis chargé de la lui fournir, mais dans l'Espace Acheteur le fichier « Convention_signee.pdf » s'ouvre sur une page blanche, et le téléchargement donne un fichier de 0 Ko.

Pourriez-vous nous en adresser une copie ?

Cordialement,
Alain Rivet
Intendant - Collège Jacques-Yves Cousteau, Bessancourt - 0953578Y
""")

mail(146, "order_billing", False, "0931492S", "ile-de-france", "esidoc", True, "fr",
     "Contrast: 'ce n'est pas un problème d'activation', the resource works; the establishment was invoiced twice for it: order_billing, not subscription_activation.",
     frm=("Fabienne Garcia", "fabienne.garcia@ac-creteil.fr"), client="zimbra", date="20 17:30",
     subject="Abonnement facturé deux fois",
     body="""
Bonjour,

Ce n'est pas un problème d'activation : l'abonnement Universalis fonctionne parfaitement sur notre portail e-sidoc depuis février.

En revanche, nous avons reçu deux factures pour ce même abonnement (FA-2502-00931 et FA-2503-00077), avec le même montant et la même période. Pouvez-vous annuler la seconde par un avoir ?

Fabienne Garcia
Secrétaire d'intendance
Lycée Jean Renoir, Bondy - 0931492S
""")

mail(147, "head_of_establishment_request", False, "0692531B", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
     "Outside Île-de-France: the proviseure of a cité scolaire internationale, from the ce.<UAI> address, authorises an order above her gestionnaire's limit.",
     frm=("Proviseure Cité scolaire internationale", "ce.0692531B@ac-lyon.fr"), client="zimbra", date="19 17:45",
     subject="Autorisation de commande - Cité scolaire internationale",
     body="""
Madame, Monsieur,

J'autorise la validation de la commande EA-2025-03-1420 (fonds documentaire en six langues pour les sections internationales, 7 860 € TTC), préparée par notre gestionnaire Mme Odile Ferrand sur l'Espace Acheteur, qui dépasse le seuil de validation attaché à son compte.

Cité scolaire internationale de Lyon - UAI 0692531B

Marianne Gerbaud
Proviseure
""")

mail(148, "account_creation", True, "0772097L", "ile-de-france", "espace_acheteur", False, "fr",
     "The principal's secretary forwards ('TR :') a teacher's wish to create an Espace Acheteur account: the sign-up form answer fits.",
     frm=("Secrétariat Collège Gérard Philipe", "ce.0772097L@ac-creteil.fr"), client="outlook", date="20 17:50",
     subject="TR: Compte pour commander les livres de la section",
     body="""
Bonjour,

Pour suite à donner, de la part de M. le Principal.
Collège Gérard Philipe, Melun - 0772097L

Le secrétariat

________________________________
De : Lopez Miguel <miguel.lopez@ac-creteil.fr>
Envoyé : jeudi 20 mars 2025 12:31
À : Secrétariat Collège Gérard Philipe <ce.0772097L@ac-creteil.fr>
Objet : Compte pour commander les livres de la section

Bonjour,

Je coordonne la section internationale espagnole et je voudrais pouvoir préparer moi-même les commandes de livres sur l'Espace Acheteur. Comment est-ce que je peux créer un compte ?

Miguel Lopez
""")

mail(149, "other", False, None, "ile-de-france", "esidoc", False, "fr",
     "How-to question about changing the portal's banner and colours: no category of its own. Region from the ac-paris.fr sender.",
     frm=("Lucie Fabre", "lucie.fabre@ac-paris.fr"), client="zimbra", date="21 17:20",
     subject="Changer le bandeau du portail",
     body="""
Bonjour,

Pour la semaine des langues, j'aimerais remplacer le bandeau de notre portail par une image réalisée par les élèves de section internationale, et changer la couleur des titres.

Je ne trouve pas où se règle l'apparence dans l'administration d'e-sidoc. Pouvez-vous m'indiquer le menu ?

Merci,
Lucie Fabre
""")

mail(150, "other", False, None, "ile-de-france", None, True, "fr",
     "About another vendor's product (Pronote / ENT timetable sync), which the sender himself says is not the desk's software: synchronisation vocabulary but not transfer_incident. Region from the ac-creteil.fr sender.",
     frm=("Farid Mansouri", "farid.mansouri@ac-creteil.fr"), client="outlook", date="21 17:45",
     subject="Synchronisation Pronote / ENT en panne",
     body="""
Bonjour,

Je sais bien que Pronote n'est pas votre logiciel, mais notre prestataire habituel ne répond pas et un collègue m'a dit que vous connaissiez bien ces questions de synchronisation.

Depuis mardi, les emplois du temps ne se synchronisent plus entre Pronote et l'ENT : les élèves voient encore les cours d'avant les vacances. L'export planifié tourne mais rien n'arrive côté ENT. Nous avons déjà relancé le service sur le serveur, sans effet.

Auriez-vous une piste ?

Farid Mansouri
Principal adjoint, collège Elsa Triolet, Champigny-sur-Marne
""")

# ==========================================================================
# Checks and output
# ==========================================================================
TARGET = {
    "password_reset": 23, "automated": 20, "other": 18, "missing_noreply_mail": 17,
    "head_of_establishment_request": 14, "mailinblack_spam": 12, "order_billing": 11,
    "account_creation": 9, "subscription_activation": 9, "transfer_incident": 9,
    "contract_documents": 8,
}
CODE_RE = re.compile(r"(?<![0-9A-Za-z])(\d{3})[ \u00a0]?(\d{4})[ \u00a0]?([A-Za-z])(?![0-9A-Za-z])")


def visible_text(msg):
    """Subject, From, To, Cc and every text part, decoded, HTML tags removed."""
    out = [str(msg.get("Subject", "")), str(msg.get("From", "")),
           str(msg.get("To", "")), str(msg.get("Cc", ""))]
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        if part.get_content_disposition() == "attachment":
            continue
        try:
            t = part.get_content()
        except Exception:  # undeclared or wrong charsets
            t = (part.get_payload(decode=True) or b"").decode("latin-1")
        if part.get_content_subtype() == "html":
            t = _html.unescape(re.sub(r"<[^>]+>", " ", t))
        out.append(t)
    return "\n".join(out)


def check(m, data):
    lab = m["label"]
    f = lab["file"]
    assert list(lab) == ["file", "category", "auto_reply_ok", "uai", "region",
                         "platform", "hard", "lang", "notes"], f
    assert lab["category"] in CATEGORIES, f
    assert lab["platform"] in PLATFORMS, f
    assert lab["lang"] in ("fr", "en"), f
    assert isinstance(lab["hard"], bool) and isinstance(lab["auto_reply_ok"], bool), f
    assert lab["notes"] and len(lab["notes"]) > 20, f
    if lab["auto_reply_ok"]:
        assert lab["category"] in AUTO_CAPABLE, "%s: auto_reply_ok on %s" % (f, lab["category"])
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, "%s: parse defects %r" % (f, part.defects)
    assert msg["Message-ID"] and msg["From"] and msg["Subject"] is not None, f
    sender = msg["From"].addresses[0].addr_spec
    text = visible_text(msg)
    squeezed = re.sub(r"\s+", "", text).upper()
    uai = lab["uai"]
    if uai is not None:
        assert uai_valid(uai), "%s: labelled UAI %s has a wrong check letter" % (f, uai)
        assert uai in squeezed, "%s: labelled UAI %s does not occur in the message" % (f, uai)
    # Every code-shaped token is either the label, a declared other UAI,
    # or a wrong-check-letter code that the notes mention.
    for a, b, c in CODE_RE.findall(text):
        code = (a + b + c).upper()
        if uai_valid(code):
            assert code == uai or code in m["other_uais"], "%s: undeclared valid UAI %s" % (f, code)
        else:
            assert code != uai and code in lab["notes"], \
                "%s: wrong-letter code %s must be mentioned in the notes" % (f, code)
    for o in m["other_uais"]:
        assert uai_valid(o) and o in lab["notes"] and o in squeezed, f
    assert lab["region"] == region_for(uai, sender), \
        "%s: region %r, expected %r" % (f, lab["region"], region_for(uai, sender))
    if m["irt"]:
        assert msg["In-Reply-To"], f
    return text


def main():
    assert len(MAILS) == 150, len(MAILS)
    counts = collections.Counter(m["label"]["category"] for m in MAILS)
    assert dict(counts) == TARGET, counts
    seen_bodies = set()
    lines = []
    for m in MAILS:
        data = build(m).replace("\r\n", "\n").replace("\n", "\r\n").encode("latin-1")
        check(m, data)
        key = (m["body"] or m["raw"]).strip()
        assert key not in seen_bodies, "duplicate body in %s" % m["label"]["file"]
        seen_bodies.add(key)
        with open(os.path.join(HERE, m["label"]["file"]), "wb") as fh:
            fh.write(data)
        lines.append(json.dumps(m["label"], ensure_ascii=False))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    ok = sum(m["label"]["auto_reply_ok"] for m in MAILS)
    hard = sum(m["label"]["hard"] for m in MAILS)
    langs = collections.Counter(m["label"]["lang"] for m in MAILS)
    print("wrote %d mails; auto_reply_ok true: %d; hard: %d; langs: %s" % (len(MAILS), ok, hard, dict(langs)))
    for cat, k in sorted(counts.items(), key=lambda x: -x[1]):
        print("  %-32s %d" % (cat, k))


if __name__ == "__main__":
    main()
