#!/usr/bin/env python3
"""Build the holdout10 corpus: 150 hand-written support mails (h001..h150.eml) and labels.jsonl.

Stdlib only and deterministic: running it twice gives byte-identical files.
Usage: python3 make_holdout10.py [OUTDIR]   (default: the folder of this script)
"""
import base64
import datetime as dt
import email
import email.policy
import hashlib
import html
import json
import os
import quopri
import random
import re
import sys
from email import charset as _cs
from email.header import Header
from email.utils import format_datetime

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
DESK = "support@assistance.example.fr"
MX = "mx1.assistance.example.fr"


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and LETTERS[int(code[:7]) % 23] == code[7]


def h(seed, n=8, alphabet="0123456789abcdef"):
    d = hashlib.sha256(seed.encode()).digest()
    return "".join(alphabet[b % len(alphabet)] for b in d[:n])


# ---------------------------------------------------------------- dates
def _last_sunday(year, month):
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def paris_offset(day):
    start, end = _last_sunday(day.year, 3), _last_sunday(day.year, 10)
    return 2 if start <= day < end else 1


def mkdate(s, tz=None, sec=None):
    """'2024-10-08 09:14' local time -> datetime; tz in hours or None for Paris."""
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    if sec is not None:
        d = d.replace(second=sec)
    off = paris_offset(d.date()) if tz is None else tz
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))


def rfcdate(d):
    return format_datetime(d)


# ---------------------------------------------------------------- headers
_CSQ = {}


def enc(s, charset="utf-8", how="q", name="Subject"):
    """Encode a header value if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    key = (charset, how)
    if key not in _CSQ:
        c = _cs.Charset(charset)
        c.header_encoding = _cs.QP if how == "q" else _cs.BASE64
        _CSQ[key] = c
    return Header(s, _CSQ[key], header_name=name).encode(linesep="\n")


def addr(name, mail, charset="utf-8", how="q"):
    if not name:
        return mail
    try:
        name.encode("ascii")
        if re.search(r'[()<>\[\]:;@\\,."]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), mail)
        return "%s <%s>" % (name, mail)
    except UnicodeEncodeError:
        return "%s <%s>" % (enc(name, charset, how, "From"), mail)


# ---------------------------------------------------------------- MIME parts
def part(ctype, text=b"", cte="8bit", charset="utf-8", extra=(), params=""):
    """One leaf part as (header lines, body bytes)."""
    data = text if isinstance(text, bytes) else text.encode(charset)
    hd = []
    if ctype.startswith("text/"):
        hd.append('Content-Type: %s; charset="%s"%s' % (ctype, charset, params))
    else:
        hd.append("Content-Type: %s%s" % (ctype, params))
    if cte == "quoted-printable":
        body = quopri.encodestring(data.replace(b"\r\n", b"\n"))
    elif cte == "base64":
        body = base64.encodebytes(data)
    else:
        body = data
    if cte:
        hd.append("Content-Transfer-Encoding: %s" % cte)
    hd.extend(extra)
    if not body.endswith(b"\n"):
        body += b"\n"
    return (hd, body)


def attachment(filename, ctype, data, inline=False):
    disp = "inline" if inline else "attachment"
    fn = enc(filename, name="Content-Disposition") if not filename.isascii() else filename
    return part(ctype, data, "base64", params='; name="%s"' % fn,
                extra=('Content-Disposition: %s; filename="%s"' % (disp, fn),))


def multipart(subtype, parts, boundary, params="", preamble=None):
    hd = ['Content-Type: multipart/%s;%s\n boundary="%s"' % (subtype, params, boundary)]
    out = []
    if preamble:
        out.append(preamble.encode() + b"\n\n")
    for phd, pbody in parts:
        out.append(b"--" + boundary.encode() + b"\n")
        out.append(("\n".join(phd) + "\n\n").encode())
        out.append(pbody)
        out.append(b"\n")
    out.append(b"--" + boundary.encode() + b"--\n")
    return (hd, b"".join(out))


def raw_part(ctype, text, extra=()):
    hd = ["Content-Type: %s" % ctype] + list(extra)
    body = text.encode("utf-8")
    if not body.endswith(b"\n"):
        body += b"\n"
    return (hd, body)


# ---------------------------------------------------------------- text -> html
OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
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
span.EmailStyle18
	{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def to_html(text, style="plain", charset="utf-8"):
    """Render a text body as the HTML a given client would send beside it."""
    lines = text.split("\n")
    if style == "outlook":
        out = [OUTLOOK_HEAD % charset]
        for ln in lines:
            if ln.strip() == "":
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            else:
                out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % html.escape(ln, quote=False))
        out.append("</div>\n</body>\n</html>")
        return "\n".join(out)
    # quoted blocks (lines starting with '>') become blockquotes
    blocks, cur, quoted = [], [], False
    for ln in lines:
        q = ln.startswith(">")
        if q != quoted and cur:
            blocks.append((quoted, cur))
            cur = []
        quoted = q
        cur.append(ln[1:].lstrip() if q else ln)
    if cur:
        blocks.append((quoted, cur))
    body = []
    for q, ls in blocks:
        inner = "<br>\n".join(html.escape(x, quote=False) for x in ls)
        if q:
            cls = ' class="gmail_quote"' if style == "gmail" else ""
            body.append('<blockquote%s style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % (cls, inner))
        else:
            body.append(inner)
    joined = "<br>\n".join(body)
    if style == "gmail":
        return '<div dir="ltr">%s</div>\n' % joined
    if style == "zimbra":
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                "%s</div></body></html>\n" % joined)
    if style == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                "%s</body></html>\n" % joined)
    return "<html><body>\n%s\n</body></html>\n" % joined


# ---------------------------------------------------------------- quoting helpers
def quoted(text):
    return "\n".join((">" + (" " + ln if ln else "")) for ln in text.strip("\n").split("\n"))


def q_gmail_fr(attrib_date, who, text):
    return "Le %s, %s a écrit :\n%s" % (attrib_date, who, quoted(text))


def q_gmail_en(attrib_date, who, text):
    return "On %s %s wrote:\n%s" % (attrib_date, who, quoted(text))


def q_tb_fr(attrib_date, who, text):
    return "Le %s, %s a écrit :\n%s" % (attrib_date, who, quoted(text))


def q_apple_fr(attrib_date, who, text):
    return quoted("Le %s, %s a écrit :\n\n%s" % (attrib_date, who, text.strip("\n")))


def q_outlook_fr(frm, sent, to, subj, text, cc=None):
    head = "De : %s\nEnvoyé : %s\nÀ : %s\n" % (frm, sent, to)
    if cc:
        head += "Cc : %s\n" % cc
    return "________________________________\n%sObjet : %s\n\n%s" % (head, subj, text.strip("\n"))


def q_outlook_en(frm, sent, to, subj, text):
    return "________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (frm, sent, to, subj, text.strip("\n"))


def q_msgorig_fr(frm, sent, to, subj, text):
    return "-----Message d'origine-----\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s" % (frm, sent, to, subj, text.strip("\n"))


def q_zimbra(frm, to, sent, subj, text):
    return '----- Mail original -----\nDe: %s\nÀ: %s\nEnvoyé: %s\nObjet: %s\n\n%s' % (frm, to, sent, subj, text.strip("\n"))


def fwd_tb_fr(subj, date, frm, to, text):
    return ("-------- Message transféré --------\nSujet : \t%s\nDate : \t%s\nDe : \t%s\nPour : \t%s\n\n\n%s"
            % (subj, date, frm, to, text.strip("\n")))


def fwd_gmail_fr(frm, date, subj, to, text):
    return ("---------- Forwarded message ---------\nDe : %s\nDate: %s\nSubject: %s\nTo: %s\n\n\n%s"
            % (frm, date, subj, to, text.strip("\n")))


def fwd_apple_fr(frm, subj, date, to, text):
    return "Début du message réexpédié :\n\nDe: %s\nObjet: %s\nDate: %s\nÀ: %s\n\n%s" % (frm, subj, date, to, text.strip("\n"))


def desk_mid(ticket, seed, when="2024-10-01 09:00"):
    """Message-ID of one of the desk's own messages on a ticket, sent at local time `when`."""
    ts = int(mkdate(when).timestamp()) - int(h(seed, 5, "0123456789")) % 90000
    return "<SUP-%s.%s.%s@assistance.example.fr>" % (ticket, ts, h(seed + "x", 6))


# ---------------------------------------------------------------- transport headers
RELAYS = {
    "gmail.com": ("mail-wr1-f%d.google.com", "209.85.221.%d"),
    "orange.fr": ("smtp-%d.smtp.orange.fr", "80.12.242.%d"),
    "wanadoo.fr": ("smtp-%d.smtp.orange.fr", "80.12.242.%d"),
    "free.fr": ("smtp%d-g21.free.fr", "212.27.42.%d"),
    "laposte.net": ("smtp-out-%d.laposte.net", "160.92.124.%d"),
    "sfr.fr": ("smtp%d.sfr.fr", "93.17.128.%d"),
    "yahoo.fr": ("sonic%d.consmr.mail.ir2.yahoo.com", "77.238.176.%d"),
    "icloud.com": ("qs51p00im-qukt01071%d.me.com", "17.57.155.%d"),
    "hotmail.com": ("EUR0%d-VI1-obe.outbound.protection.outlook.com", "52.100.0.%d"),
    "outlook.fr": ("EUR0%d-DB5-obe.outbound.protection.outlook.com", "52.100.1.%d"),
}


def transport(key, sender_mail, when, auth="pass", return_path=None, outlook=False, extra_hop=True, relay=None):
    dom = sender_mail.split("@")[1].lower()
    n = int(h(key, 3, "0123456789")) % 200 + 20
    if relay:
        host, ip = relay
    elif dom in RELAYS:
        host, ip = RELAYS[dom]
        host, ip = host % (n % 9 + 1), ip % n
    elif outlook:
        host = "%s.outbound.protection.outlook.com" % h(key + "o", 10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
        ip = "40.107.%d.%d" % (n % 200, n)
    elif dom.startswith("ac-"):
        host, ip = "smtp%d.%s" % (n % 5 + 1, dom), "203.0.113.%d" % n
    else:
        host, ip = "mail.%s" % dom, "198.51.100.%d" % n
    arrive = when + dt.timedelta(seconds=17 + n % 40)
    qid = h(key + "q", 15, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
    rp = sender_mail if return_path is None else return_path
    lines = ["Return-Path: <%s>" % rp, "Delivered-To: %s" % DESK,
             "Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
             % (host, host, ip, MX, qid, DESK, format_datetime(arrive.astimezone(dt.timezone(dt.timedelta(hours=paris_offset(arrive.date()))))))]
    d = dom if dom not in ("hotmail.com", "outlook.fr") else dom
    if auth == "pass":
        lines.append("Authentication-Results: %s;\n\tdkim=pass (2048-bit key) header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s" % (MX, d, (rp.split("@")[1] if "@" in rp else d), d))
    elif auth == "none":
        lines.append("Authentication-Results: %s;\n\tdkim=none;\n\tspf=pass smtp.helo=%s;\n\tdmarc=none" % (MX, host))
    elif auth == "fail":
        lines.append("Authentication-Results: %s;\n\tdkim=none;\n\tspf=fail smtp.mailfrom=%s;\n\tdmarc=fail (p=quarantine dis=none) header.from=%s" % (MX, d, d))
    elif auth == "softfail":
        lines.append("Authentication-Results: %s;\n\tdkim=fail reason=\"signature verification failed\" header.d=%s;\n\tspf=softfail smtp.mailfrom=%s;\n\tdmarc=fail (p=none dis=none) header.from=%s" % (MX, d, d, d))
    if extra_hop and not outlook and dom not in RELAYS:
        lines.append("Received: from [192.168.%d.%d] (unknown [203.0.113.%d])\n\tby %s with ESMTPSA id %s\n\tfor <%s>; %s"
                     % (n % 10, n, (n * 7) % 250 + 2, host, h(key + "r", 10, "0123456789ABCDEF"), DESK, format_datetime(when + dt.timedelta(seconds=3))))
    return lines


# ---------------------------------------------------------------- clients
def client_headers(client, key, dom, subject_enc):
    if client == "thunderbird":
        return ["User-Agent: Mozilla Thunderbird", "Content-Language: fr"]
    if client == "thunderbird_en":
        return ["User-Agent: Mozilla Thunderbird", "Content-Language: en-US"]
    if client in ("outlook", "outlook_en"):
        lang = "fr-FR" if client == "outlook" else "en-GB"
        return ["Thread-Topic: %s" % subject_enc.replace("Subject: ", ""),
                "Thread-Index: %s" % base64.b64encode(hashlib.md5(key.encode()).digest() + b"\x01\x02").decode(),
                "Accept-Language: %s, en-US" % lang, "Content-Language: %s" % lang,
                "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "]
    if client == "apple":
        return ["X-Mailer: Apple Mail (2.3774.500.171.1.1)"]
    if client == "iphone":
        return ["X-Mailer: iPhone Mail (21G93)"]
    if client == "zimbra":
        return ["X-Mailer: Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF133 (Win)/9.0.0_ZEXTRAS_20240927)",
                "X-Originating-IP: [10.%d.%d.%d]" % (int(h(key, 2, "0123456789")), int(h(key + "a", 2, "0123456789")), int(h(key + "b", 2, "0123456789")))]
    if client == "roundcube":
        return ["User-Agent: Roundcube Webmail/1.6.9"]
    if client == "android":
        return ["X-Mailer: Outlook for Android"]
    if client == "samsung":
        return ["X-Mailer: Samsung Mail"]
    if client == "orange":
        return ["X-Mailer: Webmail Orange", "X-WUM-FROM: |~|", "X-WUM-REPLYTO: |~|"]
    return []


def mid_for(client, key, dom):
    if client in ("outlook", "outlook_en", "android"):
        tag = h(key, 16, "0123456789ABCDEF")
        return "<PR3P192MB%s%s@PR3P192MB%s.EURP192.PROD.OUTLOOK.COM>" % (h(key + "m", 4, "0123456789"), tag, h(key + "n", 4, "0123456789"))
    if client == "gmail":
        return "<CA%s@mail.gmail.com>" % h(key, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_")
    if client in ("apple", "iphone"):
        return "<%s-%s-%s@%s>" % (h(key, 8, "0123456789ABCDEF"), h(key + "1", 4, "0123456789ABCDEF"), h(key + "2", 12, "0123456789ABCDEF"), dom)
    if client == "zimbra":
        return "<%s.%s.%s.JavaMail.zimbra@%s>" % (h(key, 9, "0123456789"), h(key + "z", 6, "0123456789"), h(key + "y", 13, "0123456789"), dom)
    return "<%s-%s-4%s-%s-%s@%s>" % (h(key, 8), h(key + "1", 4), h(key + "3", 3), h(key + "4", 4), h(key + "2", 12), dom)


# ---------------------------------------------------------------- registry
MAILS = []


def L(category, auto_reply_ok, uai, region, platform, hard, lang, notes):
    return dict(category=category, auto_reply_ok=auto_reply_ok, uai=uai, region=region,
                platform=platform, hard=hard, lang=lang, notes=notes)


def add(key, label, **kw):
    kw["key"] = key
    kw["label"] = label
    MAILS.append(kw)


def build(m):
    """Turn one mail description into bytes."""
    key = m["key"]
    name, mail = m["frm"]
    dom = mail.split("@")[1]
    when = mkdate(m["date"], m.get("tz"), int(h(key + "s", 2, "0123456789")) % 60)
    client = m.get("client", "thunderbird")
    charset = m.get("charset", "utf-8")
    hdr_how = m.get("hdr_how", "q")
    subj_enc = "Subject: " + enc(m["subj"], charset if charset != "us-ascii" else "utf-8", hdr_how)
    lines = []
    if not m.get("no_transport"):
        lines += transport(key, mail, when, auth=m.get("auth", "pass"), return_path=m.get("return_path"),
                           outlook=client in ("outlook", "outlook_en", "android", "html_outlook"),
                           extra_hop=client is not None, relay=m.get("relay"))
    lines += m.get("pre_headers", [])
    to = m.get("to", ("Assistance", DESK))
    if isinstance(to, tuple):
        to = addr(*to)
    order = m.get("order", "std")
    fromh = "From: " + addr(name, mail, charset if charset != "us-ascii" else "utf-8", hdr_how)
    core = [fromh, "To: " + to]
    if m.get("cc"):
        cc = m["cc"]
        core.append("Cc: " + (", ".join(addr(*c) for c in cc) if isinstance(cc, list) else cc))
    if m.get("reply_to"):
        core.append("Reply-To: " + m["reply_to"])
    core.append(subj_enc)
    core.append("Date: " + rfcdate(when))
    core.append("Message-ID: " + m.get("mid", mid_for(client, key, dom)))
    if m.get("irt"):
        core.append("In-Reply-To: " + m["irt"])
        core.append("References: " + m.get("refs", m["irt"]))
    if order == "tb":
        core = [core[-1]] + core[:-1]
    lines += core
    lines.append(m.get("mime_version", "MIME-Version: 1.0"))
    lines += client_headers(client, key, dom, subj_enc)
    lines += m.get("headers", [])
    # body
    if "mime" in m:
        phd, pbody = m["mime"]
    else:
        body = m["body"].strip("\n") + "\n"
        kind = m.get("kind")
        if kind is None:
            kind = {"thunderbird": "flowed", "thunderbird_en": "flowed", "outlook": "alt_outlook", "outlook_en": "alt_outlook",
                    "gmail": "alt_gmail", "apple": "qp", "iphone": "qp", "zimbra": "alt_zimbra", "roundcube": "flowed_qp",
                    "android": "b64", "samsung": "alt_b64", "orange": "qp"}.get(client, "8bit")
        bnd = m.get("boundary") or ("=_" + h(key + "bd", 32))
        if kind == "8bit":
            phd, pbody = part("text/plain", body, "8bit", charset)
        elif kind == "flowed":
            phd, pbody = part("text/plain", body, "8bit", charset, params="; format=flowed")
        elif kind == "flowed_qp":
            phd, pbody = part("text/plain", body, "quoted-printable", charset, params="; format=flowed")
        elif kind == "qp":
            phd, pbody = part("text/plain", body, "quoted-printable", charset)
        elif kind == "b64":
            phd, pbody = part("text/plain", body, "base64", charset)
        elif kind == "7bit":
            phd, pbody = part("text/plain", body, "7bit", charset)
        elif kind == "html_outlook":
            phd, pbody = part("text/html", m.get("html") or to_html(body, "outlook", charset), "quoted-printable", charset)
        elif kind == "html":
            phd, pbody = part("text/html", m.get("html") or to_html(body, "plain", charset), "quoted-printable", charset)
        elif kind.startswith("alt"):
            style = {"alt_outlook": "outlook", "alt_gmail": "gmail", "alt_zimbra": "zimbra", "alt_apple": "apple"}.get(kind, "plain")
            tcte = "base64" if kind == "alt_b64" else ("quoted-printable" if not charset.startswith("us") else "7bit")
            hcte = "base64" if kind == "alt_b64" else "quoted-printable"
            if style == "gmail":
                bnd = m.get("boundary") or ("0000000000%s" % h(key + "gb", 18))
            alt = multipart("alternative", [part("text/plain", body, tcte, charset),
                                            part("text/html", m.get("html") or to_html(body, style, charset), hcte, charset)], bnd)
            phd, pbody = alt
        else:
            raise ValueError(kind)
        if m.get("attach"):
            bnd2 = ("=_" + h(key + "mx", 32)) if client != "gmail" else ("0000000000%s" % h(key + "gm", 18))
            parts = [(phd, pbody)] + [attachment(*a) for a in m["attach"]]
            phd, pbody = multipart("mixed", parts, bnd2)
    lines += phd
    head = "\n".join(lines) + "\n\n"
    raw_head = head.encode("utf-8") if m.get("raw8_headers") else head.encode("ascii")
    return raw_head + pbody


# ---------------------------------------------------------------- tiny binary payloads
def fake_pdf(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            b"4 0 obj<</Length " + str(len(t) + 30).encode() + b">>stream\nBT /F1 12 Tf 72 770 Td (" + t + b") Tj ET\nendstream endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")


def fake_png(seed):
    import struct
    import zlib
    w, hh = 4, 3
    raw = b"".join(b"\x00" + bytes((int(h(seed + str(y), 2, "0123456789")) * 2 % 256,) * (w * 3)) for y in range(hh))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hh, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# =====================================================================
# password_reset (24)
# =====================================================================
add("pr01", L("password_reset", True, "0311203P", "occitanie", "esidoc", False, "fr",
              "Back from a long leave, the librarian no longer knows the e-sidoc admin password; UAI in the body: the reset path applies."),
    frm=("Sandrine Poujol", "sandrine.poujol@ac-toulouse.fr"), date="2024-11-18 08:41",
    subj="Accès administrateur portail e-sidoc", client="thunderbird",
    body="""Bonjour,

Je reprends mon poste au CDI après un congé de plusieurs mois et je suis
incapable de me souvenir du mot de passe de l'interface d'administration
e-sidoc. J'ai fait trois essais, je préfère ne pas insister pour ne pas
bloquer le compte.

Notre numéro d'établissement est le 0311203P (collège Pierre-Paul Riquet,
Saint-Orens).

Merci de me dire comment récupérer l'accès.

Sandrine Poujol
Professeure documentaliste
""")

add("pr02", L("password_reset", True, "0291877H", "bretagne", "esidoc", True, "fr",
              "Account locked after too many attempts; the UAI is written with a space before its check letter in the signature ('0291877 H')."),
    frm=("Yann Le Goff", "yann.legoff29@gmail.com"), date="2025-01-07 17:52",
    subj="compte bloqué", client="gmail",
    body="""Bonsoir,

en voulant me connecter ce soir depuis chez moi j'ai dû me tromper plusieurs fois et maintenant le site me dit que le compte est bloqué. C'est le compte de gestion du portail du CDI.
Est ce que vous pouvez le débloquer ou m'envoyer de quoi refaire un mot de passe ? Je n'ai pas accès à ma boîte pro ce soir, mais demain matin oui.

Merci d'avance
Yann

--
Yann Le Goff
Documentaliste - Lycée de l'Élorn, Landerneau
RNE : 0291877 H
""")

add("pr03", L("password_reset", True, None, "grand-est", "esidoc", False, "en",
              "English; forgotten e-sidoc password, no UAI; region from the ac-strasbourg.fr sender."),
    frm=("Hannah Whitfield", "hannah.whitfield@ac-strasbourg.fr"), date="2024-09-23 13:05",
    subj="Forgotten password - library portal", client="thunderbird_en",
    body="""Hello,

I am the new teacher-librarian at our international section and I have
been given the job of updating the library portal (e-sidoc). Unfortunately
nobody seems to know the admin password and the person who set it up has
left.

Could you tell me how I can reset it? I'm happy to send any details you
need about the school.

Many thanks,
Hannah Whitfield
""")

add("pr04", L("password_reset", True, "0560932J", "bretagne", "esidoc", False, "fr",
              "The secretariat writes from the ce.<UAI> address and asks for the reset link on that official mailbox: the safe reset path."),
    frm=("Secrétariat Collège Jules Simon", "ce.0560932J@ac-rennes.fr"), date="2025-03-11 10:20",
    subj="Demande de lien de réinitialisation - CDI", client="zimbra",
    body="""Bonjour,

La professeure documentaliste du collège, Mme Jégo, n'arrive plus à se connecter à l'administration du portail e-sidoc (mot de passe oublié).
Pourriez-vous envoyer le lien de réinitialisation sur cette adresse, qui est celle de l'établissement ? Nous le lui transmettrons.

UAI : 0560932J

Bien cordialement,

Le secrétariat
Collège Jules Simon - Vannes
02 97 00 00 00
""")

add("pr05", L("password_reset", True, "0440891E", "pays-de-la-loire", "esidoc", False, "fr",
              "Three-line iPhone message: lost password for the CDI portal, UAI given as the login."),
    frm=("Marion Guilbaud", "marion.guilbaud@ac-nantes.fr"), date="2024-10-02 07:48",
    subj="Mot de passe", client="iphone", kind="b64",
    body="""Bonjour, j'ai perdu le mot de passe du portail CDI. Identifiant 0440891E.
Merci
Marion G.

Envoyé de mon iPhone
""")

add("pr06", L("password_reset", True, "0921544D", "ile-de-france", "esidoc", False, "fr",
              "HTML-only Outlook mail: the reset link received yesterday says it has expired; asks for a new one."),
    frm=("Nathalie Berthier", "nathalie.berthier@ac-versailles.fr"), date="2025-02-04 08:02", tz=0,
    subj="Lien expiré", client="outlook", kind="html_outlook",
    body="""Bonjour,

J'ai bien reçu hier en fin de journée le mail pour changer le mot de passe de notre portail documentaire, mais je n'ai pu l'ouvrir que ce matin et la page m'affiche « ce lien n'est plus valide ».

Pouvez-vous m'en renvoyer un ? Je m'en occupe dans la foulée cette fois.

Identifiant du portail : 0921544D

Cordialement,

Nathalie Berthier
Professeure documentaliste
Lycée Jacques Prévert – Boulogne-Billancourt
""")

add("pr07", L("password_reset", True, None, None, "espace_acheteur", False, "fr",
              "A town-hall buyer no longer remembers her Espace Acheteur login; non-academic sender, no UAI."),
    frm=("Corinne Vautrin", "c.vautrin@mairie-saint-martin-des-landes.fr"), date="2024-12-09 14:33",
    subj="Identifiant oublié Espace Acheteur", client="outlook",
    body="""Bonjour,

Je m'occupe des achats pour la mairie de Saint-Martin-des-Landes. Je dois passer une commande de fournitures avant la fin de l'année mais je ne retrouve plus mon identifiant pour l'Espace Acheteur, et du coup pas non plus le mot de passe.

Pouvez-vous m'aider ?

Merci beaucoup,

Corinne Vautrin
Service Comptabilité – Achats
Mairie de Saint-Martin-des-Landes
""")

add("pr08", L("password_reset", False, "0671422G", "grand-est", "esidoc", True, "fr",
              "Two requests: the admin password (main) and a second administrator account for a colleague (account_creation); one template would answer only half."),
    frm=("Thomas Schaeffer", "thomas.schaeffer@ac-strasbourg.fr"), date="2025-01-20 11:15",
    subj="Mot de passe + accès pour ma collègue", client="thunderbird",
    body="""Bonjour,

Deux choses, si vous le permettez :

1) je ne parviens plus à me connecter à l'administration e-sidoc du lycée,
le mot de passe a dû être changé par quelqu'un pendant les vacances et je
ne l'ai pas ;

2) ma collègue Mme Kieffer, arrivée en janvier sur un demi-poste, aurait
besoin de son propre accès administrateur. Est-ce possible d'avoir deux
comptes ?

Lycée Marc Bloch, Bischheim, UAI 0671422G.

Merci d'avance,
Thomas Schaeffer
""")

t = "007412"
add("pr09", L("password_reset", False, "0130987C", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
              "Reply to the automatic reset answer (Gmail French quote): the link went to a former librarian's personal address; a person must take over."),
    frm=("Audrey Fabre", "audrey.fabre@ac-aix-marseille.fr"), date="2024-10-15 12:27",
    subj="Re: [#SUP-%s] Réinitialisation du mot de passe e-sidoc" % t, client="gmail",
    irt=desk_mid(t, "pr09", "2024-10-15 09:10"),
    body="""Bonjour,

Merci pour la réponse rapide, mais l'adresse masquée que vous indiquez (m***@laposte.net) est celle de mon prédécesseur, qui est parti à la retraite en juin. Je n'ai évidemment pas accès à sa boîte.
Comment fait-on dans ce cas ? Je suis la nouvelle documentaliste du collège (UAI 0130987C).

Audrey Fabre

""" + q_gmail_fr("mar. 15 oct. 2024 à 09:10", "Assistance <support@assistance.example.fr>", """Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse enregistrée pour votre établissement (m***@laposte.net). Il est valable 12 heures.

Cordialement,
L'équipe d'assistance
"""))

add("pr10", L("password_reset", True, None, "hauts-de-france", "esidoc", True, "fr",
              "The UAI is typed 0594471R but the digits give 0594471P, so no UAI; region from the ac-lille.fr sender; plain lost password."),
    frm=("Jérôme Delattre", "jerome.delattre@ac-lille.fr"), date="2025-03-24 16:40",
    subj="Perte mot de passe e-sidoc 0594471R", client="thunderbird",
    body="""Bonjour,

J'ai perdu le mot de passe administrateur de notre e-sidoc. L'identifiant
est notre code UAI, 0594471R il me semble.

Pouvez-vous me renvoyer un mot de passe ou la procédure ?

Bonne fin de journée,
J. Delattre, documentaliste
Collège Albert Camus, Roubaix
""")

add("pr11", L("password_reset", True, "0060231U", "provence-alpes-cote-d-azur", "esidoc", False, "en",
              "English; the password expired and nobody knows the old one the site asks for: the reset path applies."),
    frm=("Giulia Ferraro", "giulia.ferraro@ac-nice.fr"), date="2025-04-02 09:30",
    subj="Expired password, old one unknown", client="outlook_en",
    body="""Good morning,

When I log in to the library portal administration, I get a message that the password has expired and I must choose a new one. The form asks for the current password first, and none of us knows it (our librarian is on leave until June).

Our login is 0060231U. Can you send a reset link?

Kind regards,

Giulia Ferraro
Assistant teacher, EsaBac section
""")

add("pr12", L("password_reset", True, "0380712T", "auvergne-rhone-alpes", "esidoc", True, "fr",
              "Hearsay: the librarian says the principal agreed orally; this is not the head's written request, just a lost password."),
    frm=("Élodie Brunet", "elodie.brunet@ac-grenoble.fr"), date="2024-09-05 15:02",
    subj="Réinitialisation mot de passe portail", client="roundcube",
    body="""Bonjour,

Je viens d'être nommée au collège des Allobroges (0380712T) et je n'ai
aucun mot de passe pour gérer le portail e-sidoc. J'en ai parlé ce matin
au principal, il est tout à fait d'accord pour que je récupère l'accès et
m'a dit de vous écrire directement.

Que dois-je faire ?

Cordialement,
Élodie Brunet
""")

add("pr13", L("password_reset", True, "0932260B", "ile-de-france", "espace_acheteur", False, "fr",
              "Espace Acheteur account locked after failed attempts; the gestionnaire asks for an unlock or a new password."),
    frm=("Karim Benali", "karim.benali@ac-creteil.fr"), date="2025-05-13 10:58", tz=0,
    subj="Compte verrouillé – Espace Acheteur", client="outlook",
    body="""Bonjour,

Suite à plusieurs tentatives infructueuses, mon compte sur l'Espace Acheteur est verrouillé (message « compte temporairement bloqué »).

J'ai un devis à valider avant vendredi. Pouvez-vous débloquer le compte ou m'envoyer un nouveau mot de passe ?

Karim Benali
Adjoint gestionnaire
Collège Paul Éluard – Saint-Denis (0932260B)
01 49 00 00 00
""")

add("pr14", L("password_reset", True, "0541782U", "grand-est", "esidoc", True, "fr",
              "Contrast: the mail did arrive (no junk-folder problem) but was opened too late and the link expired; asks for a new link, not missing_noreply_mail."),
    frm=("Pascale Mougenot", "pascale.mougenot@ac-nancy-metz.fr"), date="2024-11-25 13:47",
    subj="Nouveau lien SVP", client="zimbra",
    body="""Bonjour,

Pour être claire : le mail de réinitialisation m'est bien parvenu, ce n'est pas un problème de courrier indésirable. C'est moi qui l'ai ouvert trop tard (j'étais en sortie scolaire jeudi et vendredi) et le lien est maintenant périmé.

Est-il possible d'en recevoir un nouveau ? Portail e-sidoc du collège Jacques Callot, UAI 0541782U.

Merci,
Pascale Mougenot
""")

add("pr15", L("password_reset", True, "0870211G", "nouvelle-aquitaine", "esidoc", False, "fr",
              "New librarian who never received the password from her retired predecessor; ISO-8859-1 8-bit body."),
    frm=("Fabienne Desroches", "fabienne.desroches@ac-limoges.fr"), date="2024-11-04 09:12",
    subj="Mot de passe du portail documentaire", client="thunderbird", charset="iso-8859-1", kind="8bit",
    body="""Bonjour,

Arrivée au lycée Gay-Lussac à la Toussaint, je ne connais pas le mot de passe
du portail documentaire : ma prédécesseure est partie à la retraite sans le
transmettre et personne ici ne l'a noté.

Identifiant (UAI) : 0870211G

Je vous remercie de votre aide.

Fabienne Desroches
Professeure documentaliste
Lycée Gay-Lussac, Limoges
""")

add("pr16", L("password_reset", False, "0251611R", "bourgogne-franche-comte", "esidoc", True, "fr",
              "Lost password, but she asks for the new one to be sent to her personal Gmail address, which is not on file: no automatic answer."),
    frm=("Léa Cuenot", "lea.cuenot.doc@gmail.com"), date="2025-02-17 21:14",
    subj="urgent mot de passe portail cdi", client="gmail",
    body="""Bonsoir,

je n'ai plus le mot de passe pour administrer le portail du CDI (collège Lucie Aubrac, Besançon, 0251611R).
Est-ce que vous pourriez me l'envoyer directement sur cette adresse gmail ? Ma boîte académique ne fonctionne plus depuis une semaine (problème de migration) et je ne peux rien recevoir dessus.

Merci !!
Léa Cuenot
""")

add("pr17", L("password_reset", True, "7200156G", "corse", "esidoc", False, "fr",
              "Short forgotten-password message; Haute-Corse UAI prefix 720."),
    frm=("Paul-Antoine Santoni", "paul-antoine.santoni@ac-corse.fr"), date="2025-01-13 08:05",
    subj="Oubli mot de passe", client="thunderbird",
    body="""Bonjour,

Mot de passe du portail e-sidoc oublié. Établissement : 7200156G.
Merci de m'indiquer la démarche.

PA Santoni
""")

add("pr18", L("password_reset", True, "9720311F", "martinique", "esidoc", False, "fr",
              "Forgotten admin password with the UAI in the signature; Martinique time zone."),
    frm=("Josiane Larcher", "josiane.larcher@ac-martinique.fr"), date="2024-10-08 07:20", tz=-4,
    subj="Demande de réinitialisation", client="outlook",
    body="""Bonjour à toute l'équipe,

J'ai oublié mon mot de passe pour accéder à la partie gestion du portail e-sidoc. J'ai essayé plusieurs combinaisons, rien ne passe.

Pouvez-vous me faire parvenir un lien pour le réinitialiser ?

Bien à vous,

Josiane Larcher
Documentaliste
Collège Édouard Glissant – Le Lamentin
UAI 9720311F
""")

t = "007655"
add("pr19", L("password_reset", False, "0690512G", "auvergne-rhone-alpes", "esidoc", False, "en",
              "English reply (Outlook 'From: / Sent:' quote) to the reset answer: the link went to the former head's mailbox, so the automatic path has failed."),
    frm=("Rebecca Moreau", "rebecca.moreau@ac-lyon.fr"), date="2024-11-06 10:02", tz=0,
    subj="RE: [#SUP-%s] Password reset" % t, client="outlook_en", irt=desk_mid(t, "pr19", "2024-11-05 16:41"),
    body="""Hello,

Thank you, but the address you sent the link to (p***@ac-lyon.fr) seems to be the personal mailbox of our former headteacher, who retired last summer. Nobody can open it.

Could someone please help us another way? Our school is Cité scolaire internationale, UAI 0690512G.

Best regards,
Rebecca Moreau
Librarian

""" + q_outlook_en("Assistance <support@assistance.example.fr>", "05 November 2024 16:41", "Rebecca Moreau <rebecca.moreau@ac-lyon.fr>",
                   "[#SUP-%s] Password reset" % t, """Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse connue pour votre établissement (p***@ac-lyon.fr). Il est valable 12 heures.

Cordialement,
L'équipe d'assistance
"""))

add("pr20", L("password_reset", True, "0681109L", "grand-est", "esidoc", True, "fr",
              "MailInBlack is named only to rule it out: no reset mail was requested yet, she simply does not know the password."),
    frm=("Sophie Ehrhart", "sophie.ehrhart@ac-strasbourg.fr"), date="2025-04-28 14:10",
    subj="Accès e-sidoc", client="thunderbird",
    body="""Bonjour,

Le collège a installé MailInBlack cet hiver, mais je précise tout de suite
que ce n'est pas mon souci : je n'ai encore rien demandé, je ne connais
simplement pas le mot de passe de notre portail (reprise de poste).

UAI 0681109L. Merci de me dire comment l'obtenir.

Sophie Ehrhart
Documentaliste, collège Victor Schoelcher, Colmar
""")

add("pr21", L("password_reset", False, "0341455X", "occitanie", "espace_acheteur", True, "fr",
              "A password-policy question (can the 90-day expiry be switched off?) rather than a lost password: the reset template does not answer it."),
    frm=("Mireille Azaïs", "mireille.azais@ac-montpellier.fr"), date="2025-06-03 11:36",
    subj="Expiration des mots de passe Espace Acheteur", client="outlook",
    body="""Bonjour,

Nous sommes trois à utiliser l'Espace Acheteur au service intendance du lycée (UAI 0341455X). Le mot de passe expire tous les trois mois et, à chaque fois, l'un de nous l'oublie ou se retrouve bloqué.

Est-il possible de désactiver cette expiration pour notre structure, ou au moins d'allonger la durée ? Sinon, quelle est la règle exacte (longueur, caractères) pour que nous puissions nous organiser ?

Merci,

Mireille Azaïs
Secrétaire d'intendance
""")

add("pr22", L("password_reset", True, None, None, "esidoc", False, "fr",
              "Android one-liner from a personal address: the CDI portal password is lost; no UAI, no academic domain."),
    frm=("Chantal Roux", "chantal.roux64@orange.fr"), date="2024-12-16 18:22",
    subj="mdp", client="android",
    body="""Bonjour j ai oublié le mdp du portail du cdi (esidoc), comment faire pour en avoir un nouveau ? merci. C. Roux

Obtenir Outlook pour Android
""")

add("pr23", L("password_reset", True, "0771904B", "ile-de-france", "esidoc", False, "fr",
              "Apple Mail from a personal iCloud address; asks for the reset link on the establishment's ce.<UAI> mailbox, which carries the UAI."),
    frm=("Claire Ménard", "claire.menard@icloud.com"), date="2025-03-18 19:45",
    subj="Réinitialiser le mot de passe du portail", client="apple",
    body="""Bonsoir,

Je suis professeure documentaliste au collège Les Capucins à Melun. Je n'arrive plus à accéder à l'administration du portail (mot de passe oublié après les vacances).

Pourriez-vous envoyer le lien de réinitialisation sur la boîte de l'établissement, ce.0771904B@ac-creteil.fr ? Le secrétariat me le fera suivre.

Merci et bonne soirée,
Claire Ménard
""")

add("pr24", L("password_reset", True, "0754018K", "ile-de-france", "esidoc", False, "en",
              "English; locked out of the e-sidoc back office, UAI given."),
    frm=("Daniel Okafor", "daniel.okafor@ac-paris.fr"), date="2025-05-21 08:55",
    subj="Locked out of library portal admin", client="thunderbird_en",
    body="""Hi,

I'm locked out of the admin side of our e-sidoc portal. After two wrong
tries the login page now refuses everything. School code is 0754018K
(Lycée Victor Duruy, Paris 7e).

Could you send me a password reset link, please?

Thanks,
Daniel Okafor
Documentation centre
""")


# =====================================================================
# automated (21)
# =====================================================================
def desk_original(ticket, to, subj, body, when, seed, headers_only=False):
    """The desk's own outgoing message, as it comes back inside a report."""
    d = mkdate(when)
    hd = ("From: Assistance <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nAuto-Submitted: auto-replied\n"
          "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n"
          % (DESK, to, enc("[#SUP-%s] %s" % (ticket, subj)), rfcdate(d), desk_mid(ticket, seed, when)))
    return hd if headers_only else hd + "\n" + body.strip("\n") + "\n"


add("au01", L("automated", False, None, "ile-de-france", None, False, "fr",
              "Exchange out-of-office in French (Auto-Submitted: auto-generated, X-Auto-Response-Suppress); region from the ac-versailles.fr sender."),
    frm=("Isabelle Carré", "isabelle.carre@ac-versailles.fr"), date="2024-10-21 09:03", tz=0,
    subj="Réponse automatique : [#SUP-008120] Abonnement Universalis", client="outlook",
    irt=desk_mid("008120", "au01", "2024-10-21 09:02"),
    headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
             "X-MS-Exchange-Inbox-Rules-Loop: isabelle.carre@ac-versailles.fr"],
    body="""Bonjour,

Je suis absente du 21 octobre au 3 novembre inclus et ne consulterai pas ma messagerie.
Pour toute question urgente concernant le CDI, merci de contacter la vie scolaire au 01 30 00 00 00.

Bien cordialement,
Isabelle Carré
""")

add("au02", L("automated", False, None, None, None, False, "en",
              "English Exchange 'Automatic reply:' from a supplier, with Auto-Submitted and X-Auto-Response-Suppress."),
    frm=("Oliver Grant", "o.grant@brightlane-books.co.uk"), date="2025-02-11 10:15", tz=0,
    subj="Automatic reply: Delivery schedule for school orders", client="outlook_en",
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your message.

I am out of the office on annual leave, returning Monday 17 February. For urgent matters regarding orders and deliveries please contact our customer service team at orders@brightlane-books.co.uk or call +44 20 7946 0000.

Best wishes,
Oliver
""")

add("au03", L("automated", False, None, None, None, True, "fr",
              "Holiday notice sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic."),
    frm=("Secrétariat OGEC Saint-Joseph", "secretariat@ogec-saint-joseph-pontivy.fr"), date="2024-12-23 08:00",
    subj="Fermeture du secrétariat", client="thunderbird",
    body="""Bonjour,

Le secrétariat de l'ensemble scolaire est fermé du lundi 23 décembre au
vendredi 3 janvier inclus.

Votre message a bien été reçu et sera traité dès notre retour, le lundi
6 janvier.

Pour les urgences concernant les inscriptions, merci de laisser un message
au 02 97 00 00 00.

Très bonnes fêtes de fin d'année,

Le secrétariat
""")


def _au04():
    bnd = "4YqN1c0hWnz3kPL.1734008122/mail.cc-vallee-aveyre.fr"
    orig = desk_original("008311", addr("Sébastien Marty", "s.marty@cc-vallee-aveyre.fr"), "Compte en attente de validation",
                         """Bonjour,

Votre demande de compte est en attente de validation par l'administrateur de votre structure.
Vous recevrez un message dès qu'elle sera traitée.

Cordialement,
L'équipe d'assistance
""", "2024-12-12 13:55", "au04")
    parts = [
        part("text/plain", """This is the mail system at host mail.cc-vallee-aveyre.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<s.marty@cc-vallee-aveyre.fr>: host 127.0.0.1[127.0.0.1]:10024 said: 550
    5.1.1 <s.marty@cc-vallee-aveyre.fr>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""", "7bit", "us-ascii", extra=("Content-Description: Notification",)),
        raw_part("message/delivery-status", """Reporting-MTA: dns; mail.cc-vallee-aveyre.fr
X-Postfix-Queue-ID: 4YqN1c0hWnz3kPL
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Thu, 12 Dec 2024 13:55:20 +0100 (CET)

Final-Recipient: rfc822; s.marty@cc-vallee-aveyre.fr
Original-Recipient: rfc822;s.marty@cc-vallee-aveyre.fr
Action: failed
Status: 5.1.1
Remote-MTA: dns; 127.0.0.1
Diagnostic-Code: smtp; 550 5.1.1 <s.marty@cc-vallee-aveyre.fr>: Recipient
    address rejected: User unknown in virtual mailbox table
""", extra=("Content-Description: Delivery report",)),
        raw_part("message/rfc822", orig, extra=("Content-Description: Undelivered Message",)),
    ]
    return multipart("report", parts, bnd, params=" report-type=delivery-status;", preamble="This is a MIME-encapsulated message.")


add("au04", L("automated", False, None, None, None, False, "en",
              "Postfix bounce (multipart/report delivery-status, the desk's message attached), null Return-Path, MAILER-DAEMON sender."),
    frm=("Mail Delivery System", "MAILER-DAEMON@mail.cc-vallee-aveyre.fr"), date="2024-12-12 13:55",
    subj="Undelivered Mail Returned to Sender", client=None, return_path="", auth="none",
    headers=["Auto-Submitted: auto-replied"], mime=_au04())


def _au05():
    orig = desk_original("008402", "Comptabilité <compta@institution-sainte-marie-chantonnay.fr>", "Facture n° F-2024-11873",
                         "", "2025-01-08 15:40", "au05", headers_only=True)
    txt = """Votre message n'a pas pu être remis à compta@institution-sainte-marie-chantonnay.fr, car la boîte aux lettres de ce destinataire est pleine et ne peut pas accepter de nouveaux messages pour le moment. Réessayez de renvoyer le message plus tard ou indiquez au destinataire de libérer de l'espace dans sa boîte aux lettres.

Diagnostic pour les administrateurs :

Serveur de génération : PAVP264MB5012.FRAP264.PROD.OUTLOOK.COM

compta@institution-sainte-marie-chantonnay.fr
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'
"""
    alt = multipart("alternative", [part("text/plain", txt, "quoted-printable"),
                                    part("text/html", to_html(txt, "plain"), "quoted-printable")], "_000_PAVP264MB5012ALT_")
    parts = [alt,
             raw_part("message/delivery-status", """Reporting-MTA: dns;PAVP264MB5012.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Wed, 8 Jan 2025 14:40:11 +0000

Final-Recipient: rfc822;compta@institution-sainte-marie-chantonnay.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException
"""),
             raw_part("text/rfc822-headers", orig)]
    return multipart("report", parts, "_002_PAVP264MB5012REP_", params=" report-type=delivery-status;")


add("au05", L("automated", False, None, None, None, False, "fr",
              "Exchange Online non-delivery report in French ('Non remis :', mailbox full), multipart/report with the returned headers."),
    frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@institution-sainte-marie-chantonnay.fr"),
    date="2025-01-08 14:40", tz=0, return_path="", auth="none", client=None,
    subj="Non remis : [#SUP-008402] Facture n° F-2024-11873",
    headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: ", "Content-Language: fr-FR"], mime=_au05())


def _au06():
    orig = desk_original("008566", "<gestion@lp-les-iris-cholet.fr>", "Abonnement activé",
                         "", "2025-01-30 10:12", "au06", headers_only=True)
    parts = [
        part("text/plain", """The original message was received at Thu, 30 Jan 2025 10:12:40 +0100
from mx1.assistance.example.fr [192.0.2.10]

   ----- Transcript of session follows -----
... while talking to mx.lp-les-iris-cholet.fr.:
>>> RCPT To:<gestion@lp-les-iris-cholet.fr>
<<< 451 4.4.0 Temporary lookup failure
<gestion@lp-les-iris-cholet.fr>... Deferred: 451 4.4.0 Temporary lookup failure
Message could not be delivered for 5 days
Message will be deleted from queue
""", "7bit", "us-ascii"),
        raw_part("message/delivery-status", """Reporting-MTA: dns; relay2.mailhost-provider.net
Arrival-Date: Thu, 30 Jan 2025 10:12:40 +0100

Final-Recipient: RFC822; gestion@lp-les-iris-cholet.fr
Action: failed
Status: 4.4.7
Remote-MTA: DNS; mx.lp-les-iris-cholet.fr
Diagnostic-Code: SMTP; 451 4.4.0 Temporary lookup failure
Last-Attempt-Date: Tue, 4 Feb 2025 10:13:02 +0100
"""),
        raw_part("text/rfc822-headers", orig),
    ]
    return multipart("report", parts, "5149DKm2002291.1738660382/relay2.mailhost-provider.net",
                     params=" report-type=delivery-status;", preamble="This is a MIME-encapsulated message")


add("au06", L("automated", False, None, None, None, False, "en",
              "Sendmail 'Returned mail: see transcript for details' after five days of retries (Status 4.4.7), multipart/report, null Return-Path."),
    frm=("Mail Delivery Subsystem", "MAILER-DAEMON@relay2.mailhost-provider.net"), date="2025-02-04 10:13",
    subj="Returned mail: see transcript for details", client=None, return_path="", auth="none",
    headers=["Auto-Submitted: auto-generated (failure)"], mime=_au06())


def _au07():
    parts = [
        part("text/plain", """Votre message

  À : Lucie Gautier
  Objet : [#SUP-008610] Commande de l'abonnement BD numérique
  Envoyé : mardi 4 février 2025 09:31:12 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mardi 4 février 2025 10:02:47 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""", "quoted-printable"),
        raw_part("message/disposition-notification", """Reporting-UA: ac-nantes.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;lucie.gautier@ac-nantes.fr
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % desk_mid("008610", "au07", "2025-02-04 09:31")),
    ]
    return multipart("report", parts, "----=_NextPart_000_0017_01DB76E1.5A3C2F10", params=" report-type=disposition-notification;")


add("au07", L("automated", False, None, "pays-de-la-loire", None, False, "fr",
              "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from the ac-nantes.fr sender."),
    frm=("Lucie Gautier", "lucie.gautier@ac-nantes.fr"), date="2025-02-04 10:02", client=None,
    subj="Lu : [#SUP-008610] Commande de l'abonnement BD numérique",
    headers=["X-Mailer: Microsoft Outlook 16.0", "Thread-Topic: " + enc("[#SUP-008610] Commande de l'abonnement BD numérique")],
    mime=_au07())


def _au08():
    parts = [
        part("text/plain", """This is a Return Receipt for the mail that you sent to mark.ellison.teach@gmail.com.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
""", "7bit", "us-ascii"),
        raw_part("message/disposition-notification", """Reporting-UA: gmail.com; Thunderbird 128.6.0
Final-Recipient: rfc822;mark.ellison.teach@gmail.com
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % desk_mid("008702", "au08", "2025-02-20 14:00")),
        raw_part("text/rfc822-headers", desk_original("008702", "<mark.ellison.teach@gmail.com>", "Your account request",
                                                      "", "2025-02-20 14:00", "au08", headers_only=True)),
    ]
    return multipart("report", parts, "------------9Lq2vW0oT3mD7xB5nRc8Hz1k", params=" report-type=disposition-notification;")


add("au08", L("automated", False, None, None, None, False, "en",
              "Thunderbird 'Return Receipt (displayed)' in English from a Gmail address, multipart/report disposition-notification."),
    frm=("Mark Ellison", "mark.ellison.teach@gmail.com"), date="2025-02-20 18:47", client="thunderbird_en",
    subj="Return Receipt (displayed) - [#SUP-008702] Your account request", mime=_au08())

add("au09", L("automated", False, None, "normandie", "esidoc", True, "fr",
              "A librarian's real question about publishing a resource in e-sidoc, posted to an academic mailing list the desk receives (List-Id, Precedence: list): not written to us."),
    frm=("Morgane Lefebvre", "morgane.lefebvre@ac-normandie.fr"), date="2025-03-06 12:48",
    to=("Professeurs documentalistes de l'académie", "docs-normandie@listes.ac-normandie.fr"),
    return_path="docs-normandie-bounces@listes.ac-normandie.fr",
    subj="[docs-normandie] Europresse invisible pour les élèves ?", client="thunderbird",
    headers=["Sender: \"docs-normandie\" <docs-normandie-bounces@listes.ac-normandie.fr>",
             "List-Id: Professeurs documentalistes de Normandie <docs-normandie.listes.ac-normandie.fr>",
             "List-Post: <mailto:docs-normandie@listes.ac-normandie.fr>",
             "List-Unsubscribe: <https://listes.ac-normandie.fr/sympa/signoff/docs-normandie>",
             "List-Archive: <https://listes.ac-normandie.fr/sympa/arc/docs-normandie>",
             "Precedence: list", "X-Loop: docs-normandie@listes.ac-normandie.fr"],
    body="""Bonjour à toutes et tous,

Question pratique : nous avons renouvelé Europresse en janvier, la ressource
est bien active côté administration, mais les élèves ne la voient pas dans
le portail e-sidoc. Quelqu'un a-t-il déjà eu ce cas ? Faut-il publier
quelque chose à la main dans le bloc ressources ?

Merci d'avance pour vos retours !

Morgane
--
Morgane Lefebvre, professeure documentaliste
Lycée Jean Rostand, Caen

_______________________________________________
docs-normandie mailing list
docs-normandie@listes.ac-normandie.fr
https://listes.ac-normandie.fr/sympa/info/docs-normandie
""")

_au10_txt = """Pour lire cette lettre dans votre navigateur : https://news.editions-pluriel-jeunesse.fr/v/2025-04

LETTRE DES CDI – AVRIL 2025

Nouveautés de printemps : 12 albums et romans pour vos rayonnages

- « La rivière qui ne dormait pas », roman dès 11 ans
- « Cartes du monde secret », documentaire illustré
- Notre sélection « Semaine de la presse »

Offre réservée aux établissements scolaires : -10 % jusqu'au 30 avril avec le code CDI25.

Vous recevez ce message car vous êtes inscrit à la lettre d'information des Éditions Pluriel Jeunesse.
Se désinscrire : https://news.editions-pluriel-jeunesse.fr/u/9f31c0aa
"""
add("au10", L("automated", False, None, None, None, False, "fr",
              "Publisher's marketing newsletter: Precedence: bulk, List-Unsubscribe with one-click, bulk-mail sender."),
    frm=("Éditions Pluriel Jeunesse", "lettre@news.editions-pluriel-jeunesse.fr"), date="2025-04-08 06:30",
    return_path="bounce-7781-support=assistance.example.fr@news.editions-pluriel-jeunesse.fr",
    subj="Nouveautés de printemps : 12 albums pour vos CDI 📚", client=None, kind="alt",
    headers=["Precedence: bulk",
             "List-Unsubscribe: <https://news.editions-pluriel-jeunesse.fr/u/9f31c0aa>, <mailto:unsubscribe@news.editions-pluriel-jeunesse.fr?subject=9f31c0aa>",
             "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Feedback-ID: 7781:campaign-avril:pluriel",
             "X-Mailer: Sendinblue"],
    body=_au10_txt)

add("au11", L("automated", False, None, None, "espace_acheteur", False, "fr",
              "No-reply Espace Acheteur notification that an export is ready (Auto-Submitted: auto-generated)."),
    frm=("Espace Acheteur", "no-reply@espace-acheteur.example.fr"), date="2025-01-27 07:00",
    return_path="bounces+8812@espace-acheteur.example.fr",
    subj="Votre export « Commandes 2024 » est disponible", client=None, kind="alt",
    headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
    body="""Bonjour,

L'export que vous avez demandé le 26/01/2025 à 22:14 est prêt :

Export : Commandes 2024 (toutes structures)
Format : CSV
Taille : 412 Ko

Il reste téléchargeable pendant 7 jours depuis votre espace, rubrique « Mes exports ».

Ce message est envoyé automatiquement, merci de ne pas y répondre.
L'équipe Espace Acheteur
""")

add("au12", L("automated", False, None, None, "esignature", True, "fr",
              "E-signature 'document awaiting your signature' notification without Auto-Submitted or Precedence; the no-reply sender and wording show it is automatic."),
    frm=("Signature électronique", "no-reply@signature.example.fr"), date="2025-03-03 16:22",
    return_path="no-reply@signature.example.fr",
    subj="Document en attente de votre signature : Convention d'adhésion 2025 – Commune de Lussac-les-Églises",
    client=None, kind="alt",
    body="""Bonjour,

Commune de Lussac-les-Églises vous invite à signer le document suivant :

Convention d'adhésion 2025 – Commune de Lussac-les-Églises (3 pages)

Pour consulter et signer le document, cliquez sur le lien ci-dessous :
https://signature.example.fr/s/6c0f2e8b91a4

Ce lien est personnel et expire le 17/03/2025.

Vous recevez cet e-mail parce qu'une demande de signature vous a été adressée.
""")

add("au13", L("automated", False, None, None, "ticket_portal", False, "fr",
              "Ticket-portal notification that a ticket was closed (Auto-Submitted: auto-generated, no-reply sender)."),
    frm=("Portail Tickets", "ne-pas-repondre@tickets.example.fr"), date="2025-05-05 17:31",
    subj="[Portail Tickets] Ticket #48213 clôturé : Problème d'accès au module commandes", client=None, kind="alt",
    headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: OOF, AutoReply"],
    body="""Bonjour,

Le ticket #48213 « Problème d'accès au module commandes » a été clôturé par l'équipe de support.

Résolution : correctif déployé le 05/05/2025.

Si le problème persiste, vous pouvez rouvrir le ticket depuis le portail dans un délai de 15 jours :
https://tickets.example.fr/ticket/48213

Merci de ne pas répondre à ce message.
""")

add("au14", L("automated", False, None, "auvergne-rhone-alpes", None, False, "fr",
              "Zimbra vacation reply (Auto-Submitted: auto-replied) that talks about passwords and e-sidoc; region from the ac-clermont.fr sender."),
    frm=("Véronique Chassagne", "veronique.chassagne@ac-clermont.fr"), date="2025-02-17 09:40",
    subj="Re: [#SUP-008755] Mot de passe e-sidoc", client="zimbra", kind="7bit", charset="utf-8",
    irt=desk_mid("008755", "au14", "2025-02-17 09:39"),
    headers=["Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk"],
    body="""Bonjour,

Je suis en congé jusqu'au lundi 3 mars.

Pour les problèmes de mot de passe sur l'ENT ou sur le portail e-sidoc, merci de vous adresser au secrétariat de direction, qui transmettra.

Cordialement,
V. Chassagne
""")

add("au15", L("automated", False, None, None, None, False, "en",
              "Another help desk's automatic acknowledgement (Auto-Submitted, X-Loop, Precedence): answering it would start a mail loop."),
    frm=("Nordline Service Desk", "servicedesk@nordline-systems.com"), date="2025-03-12 11:02", tz=0,
    subj="[INC0048213] We have received your request - Delayed delivery of notifications", client=None, kind="alt",
    headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply", "X-Loop: servicedesk@nordline-systems.com",
             "X-ServiceNow-Generated: true"],
    body="""Hello,

Thank you for contacting the Nordline Service Desk.

Your request has been logged under reference INC0048213 with priority P3.
Short description: Delayed delivery of notifications

An engineer will contact you within 2 business days. To add information, reply to this email and keep the reference in the subject line.

Kind regards,
Nordline Service Desk
This is an automatically generated message.
""")

add("au16", L("automated", False, "0330154N", "nouvelle-aquitaine", None, True, "fr",
              "Holiday notice of a school office (ce.<UAI> address) with no Auto-Submitted, only X-Autogenerated and Precedence: auto_reply; it mentions orders. UAI from the address."),
    frm=("Collège Montaigne - Secrétariat", "ce.0330154N@ac-bordeaux.fr"), date="2024-10-21 08:12",
    subj="Re: [#SUP-008133] Commande de renouvellement", client="zimbra", kind="8bit",
    irt=desk_mid("008133", "au16", "2024-10-21 08:11"),
    headers=["X-Autogenerated: Reply", "Precedence: auto_reply"],
    body="""Bonjour,

L'établissement est fermé pendant les vacances de la Toussaint, du 19 octobre au 3 novembre.

Les messages concernant les commandes, les factures et les inscriptions seront traités à la rentrée.

Le secrétariat du collège Montaigne
""")


def _au17():
    import gzip
    js = json.dumps({"organization-name": "Google Inc.", "date-range": {"start-datetime": "2025-01-13T00:00:00Z", "end-datetime": "2025-01-13T23:59:59Z"},
                     "contact-info": "smtp-tls-reporting@google.com", "report-id": "2025-01-13T00:00:00Z_assistance.example.fr",
                     "policies": [{"policy": {"policy-type": "sts", "policy-domain": "assistance.example.fr"},
                                   "summary": {"total-successful-session-count": 214, "total-failure-session-count": 0}}]},
                    sort_keys=True).encode()
    gz = gzip.compress(js, mtime=0)
    parts = [part("text/plain", "This is an aggregate TLS report from google.com\n", "7bit", "us-ascii"),
             part("application/tlsrpt+gzip", gz, "base64", params='; name="google.com!assistance.example.fr!1736726400!1736812799!001.json.gz"',
                  extra=('Content-Disposition: attachment; filename="google.com!assistance.example.fr!1736726400!1736812799!001.json.gz"',))]
    return multipart("report", parts, "000000000000b1d7a3062b9f0c44", params=' report-type="tlsrpt";')


add("au17", L("automated", False, None, None, None, False, "en",
              "SMTP TLS aggregate report from Google (multipart/report tlsrpt, gzip attachment) sent to the desk's address."),
    frm=("", "noreply-smtp-tls-reporting@google.com"), date="2025-01-14 03:59", tz=0, client=None,
    subj="Report Domain: assistance.example.fr Submitter: google.com Report-ID: <2025.01.13T00.00.00Z+assistance.example.fr@google.com>",
    headers=["TLS-Report-Domain: assistance.example.fr", "TLS-Report-Submitter: google.com"], mime=_au17())


def _au18():
    orig = desk_original("008877", "<economat@ville-bourg-des-comptes.fr>", "Devis abonnement",
                         """Bonjour,

Votre demande a bien été transmise au service commercial, qui vous adressera le devis.

Cordialement,
L'équipe d'assistance
""", "2025-03-20 11:04", "au18")
    parts = [
        part("text/plain", """Ceci est le logiciel de messagerie de l'hôte mail.ville-bourg-des-comptes.fr.

Nous sommes au regret de vous informer que votre message n'a pas pu être
remis à un ou plusieurs destinataires. Il est joint ci-dessous.

<economat@ville-bourg-des-comptes.fr> : la boîte aux lettres du destinataire
est pleine (quota dépassé).

                   Le logiciel de messagerie
""", "8bit", "utf-8", extra=("Content-Description: Notification",)),
        raw_part("message/delivery-status", """Reporting-MTA: dns; mail.ville-bourg-des-comptes.fr
Arrival-Date: Thu, 20 Mar 2025 11:04:31 +0100 (CET)

Final-Recipient: rfc822; economat@ville-bourg-des-comptes.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: X-Postfix; mailbox full
""", extra=("Content-Description: Delivery report",)),
        raw_part("message/rfc822", orig, extra=("Content-Description: Undelivered Message",)),
    ]
    return multipart("report", parts, "8B21A2C01F.1742465072/mail.ville-bourg-des-comptes.fr",
                     params=" report-type=delivery-status;", preamble="Ceci est un message MIME en plusieurs parties.")


add("au18", L("automated", False, None, None, None, False, "fr",
              "French-localised Postfix bounce (mailbox full), multipart/report with the desk's message attached, null Return-Path."),
    frm=("Système de messagerie", "MAILER-DAEMON@mail.ville-bourg-des-comptes.fr"), date="2025-03-20 11:04",
    subj="Message non remis : retourné à l'expéditeur", client=None, return_path="", auth="none",
    headers=["Auto-Submitted: auto-replied"], mime=_au18())

add("au19", L("automated", False, None, None, None, True, "fr",
              "A MailInBlack sender challenge sent to the desk by a recipient's filter (Auto-Submitted): it names MailInBlack but is a robot's message, not a user's complaint."),
    frm=("Mailinblack", "noreply@mailinblack.com"), date="2025-01-09 14:26",
    subj="Votre message à f.guillot@mairie-plouvenec.fr est en attente", client=None, kind="alt",
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Precedence: bulk"],
    body="""Bonjour,

Vous avez envoyé un message à f.guillot@mairie-plouvenec.fr, protégé par Mailinblack.

Objet : [#SUP-008501] Activation de votre compte

Afin que votre message soit délivré, merci de confirmer que vous êtes bien une personne en cliquant sur le lien ci-dessous puis en recopiant l'image affichée :

https://protect.mailinblack.com/auth/7f3a9e0c2b

Cette opération n'est demandée qu'une seule fois. Sans validation de votre part sous 10 jours, votre message sera supprimé.

Mailinblack – protection de la messagerie
""")

add("au20", L("automated", False, None, None, None, False, "en",
              "English iCloud vacation reply (Auto-Submitted: auto-replied, X-Autoreply)."),
    frm=("Michael Dunn", "m.dunn.teacher@icloud.com"), date="2025-04-14 15:09", client=None, kind="7bit", charset="us-ascii",
    subj="Re: [#SUP-009012] Account activation", irt=desk_mid("009012", "au20", "2025-04-14 15:08"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""Thanks for your email.

I'm travelling with the Year 10 exchange group until 25 April and will have very limited access to email. I'll reply as soon as I can after I'm back.

Michael
""")


def _au21():
    txt = """Votre message a été remis aux destinataires suivants :

Jean-Luc Perrin (jl.perrin@agglo-cote-emeraude.fr)

Objet : [#SUP-009140] Documents du marché 2024-087
"""
    alt = multipart("alternative", [part("text/plain", txt, "quoted-printable"),
                                    part("text/html", to_html(txt, "plain"), "quoted-printable")], "_000_DR4P264MB1901ALT_")
    parts = [alt,
             raw_part("message/delivery-status", """Reporting-MTA: dns;DR4P264MB1901.FRAP264.PROD.OUTLOOK.COM
Arrival-Date: Mon, 28 Apr 2025 08:15:02 +0000

Final-Recipient: rfc822;jl.perrin@agglo-cote-emeraude.fr
Action: delivered
Status: 2.0.0
"""),
             raw_part("text/rfc822-headers", desk_original("009140", "<jl.perrin@agglo-cote-emeraude.fr>", "Documents du marché 2024-087",
                                                         "", "2025-04-28 10:14", "au21", headers_only=True))]
    return multipart("report", parts, "_002_DR4P264MB1901REP_", params=" report-type=delivery-status;")


add("au21", L("automated", False, None, None, None, False, "fr",
              "Exchange delivery receipt in French ('Remis :', Action: delivered): a success report, still never answered."),
    frm=("Microsoft Outlook", "postmaster@agglo-cote-emeraude.fr"), date="2025-04-28 08:15", tz=0, return_path="", auth="none",
    client=None, subj="Remis : [#SUP-009140] Documents du marché 2024-087",
    headers=["Auto-Submitted: auto-replied", "Content-Language: fr-FR"], mime=_au21())


# =====================================================================
# other (19)
# =====================================================================
add("ot01", L("other", False, None, None, None, False, "en",
              "English SEO spam from a free-mail address."),
    frm=("Ryan Mitchell", "ryan.rankingpros@hotmail.com"), date="2024-10-29 04:17", tz=0,
    subj="Your website is losing 70% of its traffic", client="outlook_en",
    body="""Hi there,

I was checking assistance.example.fr and noticed a few issues that keep it off the first page of Google: slow mobile loading, missing meta descriptions and almost no backlinks.

Our team has helped 300+ businesses reach page 1 in less than 90 days. We can send you a FREE audit with a step-by-step plan.

Just reply "YES" and I will share the report and our pricing.

Best,
Ryan Mitchell
Digital Growth Consultant

If you don't want to hear from me again, reply "no thanks".
""")

t = "008590"
add("ot02", L("other", False, None, "bourgogne-franche-comte", "esidoc", True, "fr",
              "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked; region from the ac-besancon.fr sender."),
    frm=("Gaëlle Parrenin", "gaelle.parrenin@ac-besancon.fr"), date="2025-01-14 09:58",
    subj="Re: [#SUP-%s] Mot de passe e-sidoc" % t, client="thunderbird", irt=desk_mid(t, "ot02", "2025-01-14 09:12"),
    body="""Bonjour,

C'est tout bon, j'ai pu changer le mot de passe avec le lien et je suis de
nouveau sur le portail. Merci pour votre réactivité !

Belle journée,
Gaëlle

""" + q_tb_fr("14/01/2025 à 09:12", "Assistance", """Bonjour,

Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
connue pour votre établissement. Il est valable 12 heures.

Cordialement,
L'équipe d'assistance
"""))

add("ot03", L("other", False, None, None, "ecoledirecte", True, "fr",
              "A parent asks for her son's EcoleDirecte family login: the desk serves establishments, family codes come from the school, so other and not password_reset."),
    frm=("Samia Haddad", "samia.haddad82@gmail.com"), date="2024-09-30 20:41",
    subj="identifiants ecole directe", client="gmail",
    body="""Bonjour,

Mon fils est entré en 6ème au collège Saint-Exupéry et je n'ai jamais reçu les identifiants parents pour EcoleDirecte. J'ai trouvé votre adresse sur internet. Je voudrais voir ses notes et le cahier de texte, est ce que vous pouvez m'envoyer un mot de passe ?

Nom de mon fils : Ilyes Haddad, classe 6ème C

Merci d'avance
Mme Haddad
""")

add("ot04", L("other", False, None, None, None, True, "fr",
              "Phishing ('your academic mailbox will be deactivated, confirm your password'); the look-alike domain is not an académie domain and SPF/DMARC fail."),
    frm=("Service Messagerie Académique", "securite@ac-bordeaux-messagerie.com"), date="2025-02-26 02:13",
    subj="ACTION REQUISE : votre boîte sera désactivée sous 24h", client=None, kind="html", auth="fail",
    html="""<html><body style="font-family:Arial">
<table width="600" style="border:1px solid #003366"><tr><td style="background:#003366;color:#fff;padding:10px"><b>Messagerie académique</b></td></tr>
<tr><td style="padding:15px">
<p>Cher utilisateur,</p>
<p>Votre boîte aux lettres a atteint <b>98 %</b> de sa capacité. Pour éviter la désactivation de votre compte et la perte de vos messages, vous devez confirmer votre identifiant et votre mot de passe dans les 24 heures.</p>
<p style="text-align:center"><a href="http://ac-bordeaux-messagerie.com/verif/index.php?u=support" style="background:#c00;color:#fff;padding:8px 20px;text-decoration:none">VÉRIFIER MON COMPTE</a></p>
<p>Sans action de votre part, votre compte sera supprimé définitivement.</p>
<p>Le service informatique</p>
</td></tr></table>
</body></html>
""", body="")

add("ot05", L("other", False, None, None, None, False, "fr",
              "Cold sales prospecting for RFID self-checkout kiosks, written to one address: other."),
    frm=("Julien Marchetti", "j.marchetti@biblio-equipement-pro.fr"), date="2025-03-04 10:26",
    subj="Automates de prêt pour vos CDI – démonstration gratuite", client="outlook", kind="html_outlook",
    body="""Bonjour,

Je me permets de vous contacter car vous accompagnez de nombreux CDI et médiathèques scolaires.

Notre société conçoit des automates de prêt RFID compacts, pensés pour les petits espaces : les élèves empruntent et rendent seuls leurs documents, le professeur documentaliste gagne du temps pour ses projets pédagogiques.

Seriez-vous disponible 20 minutes la semaine prochaine pour une démonstration en visio ? Je peux aussi vous faire parvenir notre brochure et une grille tarifaire « établissements publics ».

Bien cordialement,

Julien Marchetti
Responsable commercial grands comptes
Biblio Équipement Pro
06 00 00 00 00
""")

_ot06_bounce = """This is the mail system at host mx.region-support.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<assistance-dijon@region-support.example.net>: host
    mx.region-support.example.net said: 550 5.1.1 User unknown
"""
add("ot06", L("other", False, None, "bourgogne-franche-comte", None, True, "fr",
              "A person forwards a bounce (subject 'TR: Undelivered Mail...') and only asks for the right regional address: written by a human, and no category applies."),
    frm=("Armelle Bouvier", "armelle.bouvier@ac-dijon.fr"), date="2025-02-10 14:52", tz=0,
    subj="TR: Undelivered Mail Returned to Sender", client="outlook",
    body="""Bonjour,

J'ai voulu écrire au support de notre région à l'adresse qui figure sur un vieux document de l'an dernier, et voici ce que j'ai reçu en retour (ci-dessous).

Pouvez-vous me donner la bonne adresse pour la Bourgogne-Franche-Comté ? Je ne voudrais pas encaisser un autre retour.

Merci,
Armelle Bouvier
Secrétaire de gestion

""" + q_outlook_fr("Mail Delivery System <MAILER-DAEMON@mx.region-support.example.net>", "lundi 10 février 2025 15:31",
                   "Armelle Bouvier <armelle.bouvier@ac-dijon.fr>", "Undelivered Mail Returned to Sender", _ot06_bounce))

add("ot07", L("other", False, None, None, None, False, "en",
              "English call for speakers for a commercial conference: unrelated to the services."),
    frm=("Sofia Lindqvist", "sofia.lindqvist@edprocure-summit.eu"), date="2025-01-22 11:00", tz=1,
    subj="Call for speakers – EdTech Procurement Summit 2025 (Amsterdam, 12–13 June)", client="gmail",
    body="""Dear support team,

We are putting together the programme for the EdTech Procurement Summit 2025 and would love to hear from teams who run help desks for schools and public buyers.

Would someone from your organisation be interested in a 20-minute talk or a panel slot on "supporting end users of public procurement platforms"? Speakers get a free pass and two nights' accommodation.

The deadline for proposals is 28 February. I'm happy to jump on a call if useful.

Warm regards,
Sofia Lindqvist
Programme Manager, EdTech Procurement Summit
""")

add("ot08", L("other", False, None, "centre-val-de-loire", None, False, "fr",
              "A reminder that says nothing about the topic of the earlier request: no category can be told; region from the ac-orleans-tours.fr sender."),
    frm=("Bruno Chevalier", "bruno.chevalier@ac-orleans-tours.fr"), date="2025-03-19 16:05",
    subj="Relance", client="roundcube",
    body="""Bonjour,

Je vous ai écrit le 3 mars et je n'ai toujours aucune nouvelle. Pourriez-vous
au moins m'accuser réception, ou mieux me rappeler au 02 38 00 00 00 ?

Merci.
B. Chevalier
""")

add("ot09", L("other", False, None, None, None, False, "fr",
              "A person asks by hand to be removed from the mailing lists: not automated, no category."),
    frm=("Monique Ferrand", "monique.ferrand@laposte.net"), date="2024-10-10 18:33",
    subj="désinscription", client=None, kind="qp",
    headers=["User-Agent: Open-Xchange Mailer"],
    body="""Bonjour,

Merci de bien vouloir retirer mon adresse de vos envois. Je ne suis plus documentaliste depuis la rentrée (retraite !) et je reçois encore vos messages.

Cordialement,
Monique Ferrand
""")

add("ot10", L("other", False, None, None, None, False, "fr",
              "A parent asks for the school canteen invoice: 'facture' appears but it is unrelated to the desk's orders, so other and not order_billing."),
    frm=("Céline Royer", "celine.royer76@hotmail.com"), date="2025-01-06 21:02", tz=1,
    subj="Facture cantine 1er trimestre", client="outlook",
    body="""Bonjour,

Je n'ai pas reçu la facture de cantine du premier trimestre pour mes deux enfants (Léo en 5e et Manon en 3e). J'en ai besoin pour mon dossier CAF avant la fin du mois.

Pouvez-vous me l'envoyer par mail ?

Merci,
Céline Royer
""")

add("ot11", L("other", False, None, None, None, False, "fr",
              "Only asks for the desk's phone number and opening hours: no category."),
    frm=("Didier Lambert", "didier.lambert5@orange.fr"), date="2025-04-15 08:47",
    subj="Numéro de téléphone ?", client="orange",
    body="""Bonjour

Avez-vous un numéro de téléphone où l'on peut joindre quelqu'un directement ? Et quels sont vos horaires ?
Je préfère expliquer mon problème de vive voix, c'est compliqué à écrire.

Cordialement
D. Lambert
""")

add("ot12", L("other", False, None, None, None, False, "fr",
              "A master's student asks the desk to fill in a survey (PDF attached): unrelated."),
    frm=("Inès Garnier", "ines.garnier@etudiant.univ-exemple.fr"), date="2025-03-27 13:18",
    subj="Questionnaire mémoire M2 – usages des portails documentaires", client="thunderbird",
    attach=[("questionnaire_memoire_Garnier.pdf", "application/pdf", fake_pdf("Questionnaire memoire M2"))],
    body="""Bonjour,

Je suis étudiante en master 2 Métiers de l'enseignement (parcours
documentation) et je prépare un mémoire sur l'usage des portails
documentaires dans les collèges.

Accepteriez-vous de répondre à un court questionnaire (joint en PDF) sur
les demandes que vous recevez le plus souvent ? Quinze minutes suffisent,
et les réponses restent anonymes.

Avec mes remerciements,
Inès Garnier
""")

add("ot13", L("other", False, None, None, None, False, "en",
              "English advance-fee scam ('Dear Beneficiary') from a free-mail address."),
    frm=("Barrister James Okonkwo", "jamesokonkwo.chambers@yahoo.fr"), date="2024-11-11 03:44", tz=1,
    subj="URGENT ATTENTION: UNCLAIMED FUND OF $4,500,000.00", client=None, kind="qp",
    reply_to="claims.office2024@gmail.com",
    body="""Dear Beneficiary,

I am Barrister James Okonkwo, the personal attorney to late Engr. Paul Martin, a national of your country, who died in a car accident in 2019 leaving the sum of US$4,500,000.00 in a security company.

Having searched for his next of kin without success, I contacted you to stand as beneficiary so that the fund can be released to you. All legal documents will be provided. The transaction is 100% risk free.

Kindly send me your full name, phone number and address for more details.

Regards,
Barrister James Okonkwo (Esq.)
""")

t = "008944"
add("ot14", L("other", False, None, "grand-est", None, False, "fr",
              "One-line thanks from a phone on an order ticket: nothing to do; region from the ac-reims.fr sender."),
    frm=("Franck Didier", "franck.didier@ac-reims.fr"), date="2025-03-28 12:10",
    subj="Re: [#SUP-%s] Devis renouvellement" % t, client="iphone", irt=desk_mid(t, "ot14", "2025-03-28 11:20"),
    body="""Bien reçu, merci beaucoup. Bonne journée.

Franck Didier
Envoyé de mon iPhone

""" + q_apple_fr("28 mars 2025 à 11:20", "Assistance <support@assistance.example.fr>", """Bonjour,

Vous trouverez le devis demandé en pièce jointe.

Cordialement,
L'équipe d'assistance"""))

add("ot15", L("other", False, None, None, "espace_acheteur", False, "fr",
              "A town buyer asks whether the desk can train her agents on the Espace Acheteur: a request with no category of its own."),
    frm=("Hélène Tissier", "h.tissier@ville-montfort-le-lac.fr"), date="2025-05-19 10:41", tz=0,
    subj="Formation des agents à l'Espace Acheteur", client="outlook",
    body="""Bonjour,

Nous avons quatre nouveaux agents au service commande publique depuis le printemps. Proposez-vous des sessions de formation (à distance ou sur place) pour la prise en main de l'Espace Acheteur ? Si oui, à quelles conditions ?

À défaut, existe-t-il des tutoriels vidéo que nous pourrions leur transmettre ?

Merci par avance,

Hélène Tissier
Responsable du service commande publique
Ville de Montfort-le-Lac
""")

t = "008702"
add("ot16", L("other", False, None, None, "espace_acheteur", True, "fr",
              "Reply on a MailInBlack ticket that only says the problem is solved and the ticket can be closed: nothing is asked."),
    frm=("Patrice Le Bihan", "p.lebihan@mairie-plouvenec.fr"), date="2025-01-15 09:27", tz=0,
    subj="RE: [#SUP-%s] Messages bloqués par MailInBlack" % t, client="outlook", irt=desk_mid(t, "ot16", "2025-01-13 14:05"),
    body="""Bonjour,

Notre prestataire a ajouté votre adresse d'envoi dans la liste blanche de MailInBlack hier soir : les notifications de l'Espace Acheteur arrivent de nouveau normalement.

Vous pouvez clore la demande. Merci pour le guide, très clair.

Patrice Le Bihan
Mairie de Plouvenec

""" + q_outlook_fr("Assistance <support@assistance.example.fr>", "lundi 13 janvier 2025 14:05", "Patrice Le Bihan <p.lebihan@mairie-plouvenec.fr>",
                   "[#SUP-%s] Messages bloqués par MailInBlack" % t, """Bonjour,

Vous trouverez ci-dessous la procédure pour autoriser nos adresses d'envoi dans MailInBlack. Votre service informatique peut l'appliquer pour l'ensemble de la structure.

Cordialement,
L'équipe d'assistance
"""))

add("ot17", L("other", False, None, None, None, False, "en",
              "English: a visiting student wants to borrow books, mistaking the desk for a library."),
    frm=("Lukas Brenner", "lukas.brenner@posteo.de"), date="2024-10-17 15:20",
    subj="Library membership question", client="thunderbird_en",
    body="""Hello,

I'm an Erasmus student in Rennes until February. I found your address
while searching for school library services. Can I register to borrow
books, and do I need a French ID card for that? Is there an English
section?

Thank you very much,
Lukas
""")

add("ot18", L("other", False, None, "nouvelle-aquitaine", None, False, "fr",
              "An internal message meant for a colleague, sent to the desk by address autocomplete; region from the ac-poitiers.fr sender."),
    frm=("Valérie Texier", "valerie.texier@ac-poitiers.fr"), date="2025-03-31 07:52",
    subj="bulletins 3eB", client="zimbra",
    body="""Marc,

Peux-tu imprimer les bulletins du 2e trimestre des 3eB avant le conseil de ce soir ? J'ai laissé la liste des absents sur ton bureau.

Merci !
Valérie
""")

add("ot19", L("other", False, "0861090T", "nouvelle-aquitaine", "esidoc", True, "fr",
              "A how-to question about adding an RSS feed to the portal's home page; the password is mentioned only to say it was recovered."),
    frm=("Aurélie Bonnin", "aurelie.bonnin@ac-poitiers.fr"), date="2025-04-09 13:33",
    subj="Flux RSS sur la page d'accueil", client="thunderbird",
    body="""Bonjour,

(Je précise que j'ai bien récupéré mon mot de passe la semaine dernière
grâce à vous, merci encore.)

Aujourd'hui ma question est autre : je voudrais afficher sur la page
d'accueil de notre portail e-sidoc le flux RSS du site de la ville
(actualités culturelles). Est-ce possible, et où se trouve le réglage ?

Aurélie Bonnin
Professeure documentaliste
Collège Jean Moulin, Poitiers – 0861090T
""")


# =====================================================================
# missing_noreply_mail (17)
# =====================================================================
add("mn01", L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
              "A town-hall buyer never got the sign-up confirmation mail; no anti-spam product named, non-academic sender."),
    frm=("Nadine Pelletier", "n.pelletier@mairie-val-de-brenne.fr"), date="2024-09-17 11:24", tz=0,
    subj="Pas de mail de confirmation", client="outlook",
    body="""Bonjour,

J'ai rempli hier le formulaire d'inscription à l'Espace Acheteur pour la mairie de Val-de-Brenne. On m'indique qu'un mail de confirmation m'a été envoyé, mais je n'ai rien reçu, même en regardant dans les courriers indésirables.

Pouvez-vous vérifier ?

Cordialement,

Nadine Pelletier
Secrétaire de mairie
""")

add("mn02", L("missing_noreply_mail", True, "0740501T", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
              "The new-password mail never arrives, junk folder checked; no product named."),
    frm=("Arnaud Perrier", "arnaud.perrier@ac-grenoble.fr"), date="2024-10-03 14:06",
    subj="Mail « nouveau mot de passe » jamais reçu", client="thunderbird",
    body="""Bonjour,

Sur l'Espace Acheteur, j'ai cliqué deux fois sur « mot de passe oublié »
ce matin. Le site affiche bien qu'un mail a été envoyé, mais rien n'arrive
dans ma boîte, ni dans le dossier spam.

Lycée du Mont-Blanc René Dayve, Passy – UAI 0740501T.

Arnaud Perrier
Gestionnaire
""")

add("mn03", L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
              "English; the activation e-mail for a new buyer account never came; no anti-spam product named."),
    frm=("Emma Caldwell", "emma.caldwell@campus-formation-atlantique.fr"), date="2025-01-16 16:12",
    subj="No activation email received", client="outlook_en",
    body="""Hello,

I registered on the Espace Acheteur yesterday for our training centre. The confirmation page said an activation email would follow, but nothing has arrived so far (I also checked the junk folder).

Could you resend it, or tell me what to do next?

Thank you,
Emma Caldwell
Purchasing assistant
""")

add("mn04", L("missing_noreply_mail", True, "0420396C", "auvergne-rhone-alpes", "espace_acheteur", True, "fr",
              "Hearsay about MailInBlack from another school, then denied for this one (their IT confirms it is not installed): missing_noreply_mail."),
    frm=("Laurence Vial", "laurence.vial@ac-lyon.fr"), date="2025-02-05 10:48",
    subj="Mails de l'Espace Acheteur non reçus", client="zimbra",
    body="""Bonjour,

Depuis la mi-janvier, je ne reçois plus aucun mail automatique de l'Espace Acheteur (confirmations de commande, alertes).

Une collègue d'un autre lycée m'a dit que chez eux c'était MailInBlack qui bloquait tout ; j'ai donc demandé à notre informaticien, mais nous n'avons pas ce logiciel ici, et il ne voit rien de rejeté sur notre serveur.

Avez-vous une idée ? Lycée Honoré d'Urfé, Saint-Étienne, UAI 0420396C.

Laurence Vial
Adjointe gestionnaire
""")

t = "008215"
add("mn05", L("missing_noreply_mail", False, None, "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
              "Reply (Outlook 'De : / Envoyé :' quote) after the junk-folder answer: still nothing after two days; the template was already sent, a person must follow up."),
    frm=("Sylvie Orsini", "sylvie.orsini@ac-aix-marseille.fr"), date="2024-11-07 08:36", tz=0,
    subj="RE: [#SUP-%s] Mail d'activation non reçu" % t, client="outlook", irt=desk_mid(t, "mn05", "2024-11-05 10:02"),
    body="""Bonjour,

J'ai suivi vos conseils : dossier indésirables vérifié, adresse no-reply ajoutée aux expéditeurs approuvés. Deux jours plus tard, toujours aucun mail d'activation.

Pouvez-vous transmettre à la personne qui s'occupe de notre région ?

Merci,
Sylvie Orsini

""" + q_outlook_fr("Assistance <support@assistance.example.fr>", "mardi 5 novembre 2024 10:02", "Sylvie Orsini <sylvie.orsini@ac-aix-marseille.fr>",
                   "[#SUP-%s] Mail d'activation non reçu" % t, """Bonjour,

Les messages automatiques sont envoyés depuis une adresse no-reply et peuvent être classés en courrier indésirable. Merci de vérifier ce dossier et d'ajouter l'expéditeur à vos contacts. Sans nouvelles de votre part, nous reviendrons vers vous sous 48 heures.

Cordialement,
L'équipe d'assistance
"""))

add("mn06", L("missing_noreply_mail", True, "0390854S", "bourgogne-franche-comte", "esidoc", False, "fr",
              "The activation mail of the customer account (needed for a first online order of e-sidoc resources) never arrived."),
    frm=("Christelle Bourgeois", "christelle.bourgeois@ac-besancon.fr"), date="2024-11-21 15:30",
    subj="compte client - mail d'activation", client="roundcube",
    body="""Bonjour,

Je souhaite commander en ligne des ressources pour notre portail e-sidoc.
J'ai créé le compte client lundi, le site indique que le mail d'activation
arrive « sous 12 heures » ; nous sommes jeudi et toujours rien.

Collège Pasteur, Lons-le-Saunier. UAI 0390854S.

Bien cordialement,
Christelle Bourgeois
""")

add("mn07", L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
              "The structure administrator of a small commune never receives the 'account to validate' notifications."),
    frm=("Gérard Pichon", "mairie.lavaur-sur-cher@wanadoo.fr"), date="2025-01-30 17:55",
    subj="Notifications de validation", client="orange",
    body="""Bonjour,

Je suis l'administrateur de la structure « Mairie de Lavaur-sur-Cher » sur l'Espace Acheteur.
Ma collègue me dit qu'elle a demandé un compte il y a dix jours, mais je n'ai reçu aucun mail m'invitant à valider sa demande.
Est-ce que ces notifications partent bien ?

Merci
Gérard Pichon, maire adjoint
""")

add("mn08", L("missing_noreply_mail", True, "0620077X", "hauts-de-france", "espace_acheteur", True, "fr",
              "Reads like a password problem, but the 'forgotten password' tool works and its mail never arrives: missing_noreply_mail."),
    frm=("Virginie Caron", "virginie.caron@ac-lille.fr"), date="2025-03-05 09:14",
    subj="Mot de passe oublié... mais pas de mail", client="thunderbird",
    body="""Bonjour,

Le souci n'est pas tant le mot de passe que le mail : j'ai utilisé quatre
fois le lien « mot de passe oublié » de l'Espace Acheteur depuis lundi, le
site confirme l'envoi, et je ne reçois strictement rien (boîte de réception
et indésirables vides).

Collège Jean Jaurès, Lens — UAI 0620077X.

Virginie Caron, gestionnaire
""")

add("mn09", L("missing_noreply_mail", True, None, None, "espace_acheteur", True, "fr",
              "HTML-only Outlook mail from a département's IT: another filtering product is named (Vade), not MailInBlack, so missing_noreply_mail."),
    frm=("Stéphane Guérin", "stephane.guerin@departement-haute-vallee.fr"), date="2025-02-18 13:20", tz=0,
    subj="Filtrage des messages de la plateforme Espace Acheteur", client="outlook", kind="html_outlook",
    body="""Bonjour,

Plusieurs agents des collèges de notre département nous signalent qu'ils ne reçoivent pas les mails automatiques de l'Espace Acheteur (activation, réinitialisation).

Notre passerelle de messagerie est protégée par Vade ; je ne vois pas de rejet explicite dans les journaux, mais je voudrais ajouter vos adresses d'envoi et vos serveurs en liste d'autorisation.

Pouvez-vous me communiquer l'adresse d'expédition exacte et, si possible, les IP ou le domaine d'envoi ?

Cordialement,

Stéphane Guérin
Direction du numérique – Pôle infrastructures
Département de la Haute-Vallée
""")

add("mn10", L("missing_noreply_mail", True, None, None, "ticket_portal", False, "fr",
              "The ticket portal's account confirmation mail never arrived."),
    frm=("Olivier Masson", "olivier.masson@cite-scolaire-lamartine.fr"), date="2025-04-22 11:09",
    subj="Portail de tickets : pas de mail de confirmation", client="thunderbird",
    body="""Bonjour,

Je me suis inscrit sur le portail de tickets pour pouvoir suivre nos
demandes. Le portail dit qu'un lien m'a été envoyé pour définir mon mot de
passe, mais je n'ai rien reçu depuis ce matin 8 h.

Merci,
Olivier Masson
Service informatique
""")

add("mn11", L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
              "English; offer-alert notifications from the platform stopped arriving; no product named."),
    frm=("Priya Raman", "priya.raman@syndicat-eaux-vallons.fr"), date="2025-05-06 09:41",
    subj="Offer alerts not arriving anymore", client="gmail",
    body="""Hi,

I set up alerts on the Espace Acheteur for new offers in the "cleaning supplies" category. Until last Tuesday I received them every morning, and since then nothing at all, although the alerts are still ticked in my profile. Spam folder is empty too.

Could you check on your side whether they are still being sent?

Thanks,
Priya Raman
Procurement officer
""")

add("mn12", L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
              "Short mobile message: activation mail still not received, junk folder checked; no product named."),
    frm=("Kevin Lemaire", "kevin.lemaire@sfr.fr"), date="2025-02-24 12:33",
    subj="activation", client="samsung",
    body="""Bonjour, toujours pas reçu le mail d'activation pour l'espace acheteur, j'ai regardé dans les indésirables. Merci de me le renvoyer.
K. Lemaire

Envoyé depuis mon smartphone Samsung Galaxy.
""")

add("mn13", L("missing_noreply_mail", True, "0450788M", "centre-val-de-loire", "espace_acheteur", False, "fr",
              "Forward (Thunderbird French style) of a colleague's message: the account was validated but the first-login link never came."),
    frm=("Hervé Morin", "herve.morin@ac-orleans-tours.fr"), date="2024-12-02 10:17",
    subj="Tr: Lien de première connexion", client="thunderbird",
    body="""Bonjour,

Je vous transfère le message de ma collègue, qui n'a pas d'accès à sa
boîte académique depuis chez elle. Nous sommes au lycée Voltaire
d'Orléans, UAI 0450788M.

Merci de votre aide,
Hervé Morin, gestionnaire

""" + fwd_tb_fr("Lien de première connexion", "Fri, 29 Nov 2024 17:42:10 +0100", "Anne-Sophie Thibault <annesophie.thibault@ac-orleans-tours.fr>",
                "Hervé Morin <herve.morin@ac-orleans-tours.fr>", """Hervé,

Mon compte Espace Acheteur a été validé mardi (c'est toi qui l'as fait),
mais je n'ai jamais reçu le mail avec le lien sécurisé pour la première
connexion. Ni dans la boîte, ni dans les spams. Tu peux voir avec eux ?

A-S
"""))

t = "008301"
add("mn14", L("missing_noreply_mail", False, None, "normandie", "espace_acheteur", False, "fr",
              "Third message on the same ticket (Gmail French quote): the junk-folder advice was followed and nothing came; a person must follow up."),
    frm=("Delphine Lecoq", "delphine.lecoq@ac-normandie.fr"), date="2024-11-29 15:58",
    subj="Re: [#SUP-%s] Toujours pas de mail de validation" % t, client="gmail", irt=desk_mid(t, "mn14", "2024-11-25 09:30"),
    body="""Bonjour,

C'est la troisième fois que je vous écris. J'ai fait tout ce que vous m'aviez indiqué (indésirables, expéditeur autorisé) : toujours rien, et je ne peux toujours pas passer ma commande.
Merci de faire remonter à quelqu'un qui pourra regarder directement.

Delphine Lecoq

""" + q_gmail_fr("lun. 25 nov. 2024 à 09:30", "Assistance <support@assistance.example.fr>", """Bonjour,

Merci de vérifier votre dossier de courrier indésirable et d'autoriser l'adresse d'expédition no-reply. Nous revenons vers vous sous 48 heures si le problème persiste.

Cordialement,
L'équipe d'assistance
"""))

add("mn15", L("missing_noreply_mail", True, "9740777B", "la-reunion", "espace_acheteur", False, "fr",
              "Mails from the no-reply address never reach a Réunion school; Réunion time zone."),
    frm=("Jean-Marc Payet", "jean-marc.payet@ac-reunion.fr"), date="2025-03-10 07:05", tz=4,
    subj="Aucun mail automatique reçu", client="outlook",
    body="""Bonjour depuis La Réunion,

Depuis notre inscription sur l'Espace Acheteur, aucun des mails automatiques annoncés ne nous parvient : ni la confirmation d'inscription, ni la validation du compte de ma collègue. Nous avons regardé dans les indésirables de nos deux boîtes.

Collège Juliette Dodu, Saint-Denis – UAI 9740777B.

Merci d'avance,
Jean-Marc Payet
Gestionnaire
""")

add("mn16", L("missing_noreply_mail", True, "0851436Z", "pays-de-la-loire", "espace_acheteur", False, "fr",
              "The activation link reached a colleague but not this user; no product named."),
    frm=("Noémie Gaborit", "noemie.gaborit@ac-nantes.fr"), date="2025-04-03 14:44",
    subj="Lien d'activation reçu par ma collègue mais pas par moi", client="thunderbird",
    body="""Bonjour,

Nous nous sommes inscrites le même jour sur l'Espace Acheteur, ma collègue
et moi. Elle a reçu le lien d'activation dans l'heure ; moi, rien, alors
que nous avons la même messagerie académique.

J'ai vérifié les indésirables et le filtre de ma boîte. Pourriez-vous me
le renvoyer ? Collège Les Sicardières, UAI 0851436Z.

Noémie Gaborit
""")

t = "008660"
add("mn17", L("missing_noreply_mail", True, "0100734U", "grand-est", "espace_acheteur", True, "fr",
              "Reply whose subject names an old invoice ticket, but the new text asks only about notifications that no longer arrive: missing_noreply_mail."),
    frm=("Sabrina Collin", "sabrina.collin@ac-reims.fr"), date="2025-02-12 11:26",
    subj="Re: [#SUP-%s] Facture en double" % t, client="zimbra", irt=desk_mid(t, "mn17", "2025-02-03 15:00"),
    body="""Bonjour,

Merci, l'avoir est bien arrivé, la question de la facture est réglée.

En revanche, nouveau problème : depuis la semaine dernière, je ne reçois plus les notifications de l'Espace Acheteur (commandes validées, livraisons). Rien dans les indésirables non plus. Pouvez-vous regarder ?

Sabrina Collin
Lycée Chrestien de Troyes – 0100734U

""" + q_zimbra('"Assistance" <support@assistance.example.fr>', '"Sabrina Collin" <sabrina.collin@ac-reims.fr>', "Lundi 3 Février 2025 15:00:12",
                "[#SUP-%s] Facture en double" % t, """Bonjour,

Nous avons annulé la facture en double ; un avoir vous sera adressé dans les prochains jours.

Cordialement,
L'équipe d'assistance
"""))


# =====================================================================
# head_of_establishment_request (13)
# =====================================================================
add("he01", L("head_of_establishment_request", False, "0941033M", "ile-de-france", "esidoc", False, "fr",
              "The principal writes from the ce.<UAI> address to ask for a reset of the e-sidoc admin password, link to the establishment's mailbox."),
    frm=("Principal Collège Jean Macé", "ce.0941033M@ac-creteil.fr"), date="2024-09-12 12:04",
    subj="Demande de réinitialisation du compte administrateur e-sidoc", client="zimbra",
    body="""Madame, Monsieur,

En ma qualité de principal du collège Jean Macé de Vitry-sur-Seine (UAI 0941033M), je vous demande de bien vouloir réinitialiser le mot de passe du compte administrateur de notre portail e-sidoc.

Notre professeure documentaliste a changé à la rentrée et l'ancien mot de passe n'a pas été transmis. Je vous remercie d'envoyer le lien de réinitialisation à l'adresse de l'établissement, depuis laquelle je vous écris.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Michel Aubertin
Principal
""")

add("he02", L("head_of_establishment_request", False, "0641290E", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
              "The proviseure designates the new gestionnaire as structure administrator on the Espace Acheteur and asks to close the former one's access."),
    frm=("Marie-Hélène Etcheverry", "marie-helene.etcheverry@ac-bordeaux.fr"), date="2024-09-09 17:20", tz=0,
    subj="Changement d'administrateur – Espace Acheteur – Lycée Ramiro Arrue", client="outlook",
    cc=[("Jon Irigoyen", "jon.irigoyen@ac-bordeaux.fr")],
    body="""Bonjour,

Je vous informe que M. Jon Irigoyen, gestionnaire, a pris ses fonctions le 1er septembre au lycée Ramiro Arrue de Saint-Jean-de-Luz (UAI 0641290E).

En tant que proviseure, je vous demande de le désigner administrateur de notre structure sur l'Espace Acheteur, en remplacement de Mme Darrigrand, qui a quitté l'établissement. Merci de fermer les accès de cette dernière.

M. Irigoyen est en copie de ce message.

Bien cordialement,

Marie-Hélène Etcheverry
Proviseure
Lycée Ramiro Arrue
05 59 00 00 00
""")

add("he03", L("head_of_establishment_request", False, "0261044U", "auvergne-rhone-alpes", "esidoc", False, "fr",
              "A primary-school director, from the school's ce.<UAI> address, asks to replace the contact address on the e-sidoc admin account."),
    frm=("Ecole élémentaire Les Tilleuls", "ce.0261044U@ac-grenoble.fr"), date="2024-11-12 16:47",
    subj="Changement d'adresse de contact du compte e-sidoc", client="roundcube",
    body="""Bonjour,

Je suis la directrice de l'école élémentaire Les Tilleuls à Valence
(0261044U). Le compte administrateur de notre portail e-sidoc est encore
rattaché à l'adresse personnelle d'une enseignante partie en mutation.

Je vous demande de remplacer cette adresse de contact par celle de l'école,
ce.0261044U@ac-grenoble.fr.

Merci par avance,
Françoise Reynaud
Directrice
""")

add("he04", L("head_of_establishment_request", False, "0593355B", "hauts-de-france", "esidoc", True, "fr",
              "Claims to be the principal from the ce.<UAI> address, but SPF/DMARC fail and Reply-To is a Gmail address where he wants the access sent: a probable spoof, still a head's request for staff to refuse."),
    frm=("Principal - Collège Anatole France", "ce.0593355B@ac-lille.fr"), date="2025-01-28 23:16", auth="fail",
    relay=("vps-38211.hosting-lowcost.example", "192.0.2.77"),
    reply_to="principal.clg.anatolefrance@gmail.com", client=None, kind="qp",
    subj="URGENT - accès administrateur portail",
    body="""Bonjour,

Je suis le principal du collège Anatole France (0593355B). Suite à un problème de messagerie académique, merci de transmettre dès que possible le nouveau mot de passe administrateur du portail e-sidoc à mon adresse de secours : principal.clg.anatolefrance@gmail.com

Merci de traiter cette demande en priorité, nous avons une inspection demain.

Le principal
""")

t = "009188"
add("he05", L("head_of_establishment_request", False, "0721455R", "pays-de-la-loire", "esidoc", False, "fr",
              "Reply (Gmail French quote) in which the principal gives the written request the desk asked for."),
    frm=("Philippe Brossard", "philippe.brossard@ac-nantes.fr"), date="2025-03-03 11:45",
    subj="Re: [#SUP-%s] Accès administrateur du portail" % t, client="gmail", irt=desk_mid(t, "he05", "2025-03-03 10:02"),
    body="""Bonjour,

Suite à votre message, je confirme en tant que principal du collège Berthelot (UAI 0721455R) que je demande la réinitialisation du mot de passe administrateur e-sidoc. Vous pouvez envoyer le lien sur l'adresse de l'établissement.

Cordialement,
Philippe Brossard
Principal du collège Berthelot, Le Mans

""" + q_gmail_fr("lun. 3 mars 2025 à 10:02", "Assistance <support@assistance.example.fr>", """Bonjour,

L'adresse depuis laquelle vous écrivez ne correspond pas à celle connue pour l'établissement. Pour réinitialiser le mot de passe, le chef d'établissement doit nous en faire la demande par écrit.

Cordialement,
L'équipe d'assistance
"""))

add("he06", L("head_of_establishment_request", False, "0831466T", "provence-alpes-cote-d-azur", "esidoc", False, "en",
              "English; the head of school authorises the librarian in writing to validate the renewal order."),
    frm=("Catherine Holloway", "catherine.holloway@ac-nice.fr"), date="2025-05-27 15:12",
    subj="Authorisation – renewal order for the library portal", client="thunderbird_en",
    body="""Dear Sir or Madam,

As head of the Lycée international de Valbonne-Sophia section (school code
0831466T), I hereby authorise our teacher-librarian, Mr Julien Arnaud, to
validate on behalf of the school the renewal order for our library portal
subscriptions for 2025-2026.

Please let me know if you need this authorisation in another form.

Yours faithfully,
Catherine Holloway
Head of School
""")

add("he07", L("head_of_establishment_request", False, "0210477E", "bourgogne-franche-comte", "esidoc", True, "fr",
              "The librarian forwards the principal's signed letter (PDF) with the principal in copy: it is the head's written request, relayed; staff must check the letter and the sender."),
    frm=("Agnès Monnot", "agnes.monnot@ac-dijon.fr"), date="2025-01-09 10:31", tz=0,
    subj="Courrier de M. le Principal – compte administrateur e-sidoc", client="outlook",
    cc=[("Principal Collège Les Lentillères", "ce.0210477E@ac-dijon.fr")],
    attach=[("Courrier_principal_e-sidoc.pdf", "application/pdf", fake_pdf("Demande du principal - compte administrateur e-sidoc"))],
    body="""Bonjour,

Vous trouverez ci-joint le courrier signé de M. le Principal du collège Les Lentillères (Dijon, UAI 0210477E), qui demande que le compte administrateur de notre portail e-sidoc me soit attribué, avec mon adresse académique comme adresse de contact.

M. le Principal est en copie de ce message.

Bien cordialement,

Agnès Monnot
Professeure documentaliste
""")

add("he08", L("head_of_establishment_request", False, "0572003T", "grand-est", "espace_acheteur", False, "fr",
              "Written delegation: the proviseure authorises the gestionnaire to validate orders for the establishment on the Espace Acheteur."),
    frm=("Nadia Ferhat", "nadia.ferhat@ac-nancy-metz.fr"), date="2024-10-01 08:58", tz=0,
    subj="Délégation pour la validation des commandes", client="outlook", kind="html_outlook",
    body="""Madame, Monsieur,

Je soussignée Nadia Ferhat, proviseure du lycée professionnel Alain-Fournier de Metz (UAI 0572003T), autorise M. Rémi Thiriet, gestionnaire, à valider en mon nom les commandes de l'établissement sur l'Espace Acheteur.

Cette délégation vaut jusqu'à nouvel ordre.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Nadia Ferhat
Proviseure
""")

add("he09", L("head_of_establishment_request", False, None, "normandie", "esidoc", True, "fr",
              "The principal's UAI is typed 0501133L but the digits give 0501133K, so no UAI; region from the ac-normandie.fr sender."),
    frm=("Bertrand Lemonnier", "bertrand.lemonnier@ac-normandie.fr"), date="2024-12-05 18:02",
    subj="Réinitialisation mot de passe administrateur – demande du chef d'établissement", client="thunderbird",
    body="""Bonjour,

Je suis le principal du collège Le Castel, à Coutances (UAI 0501133L).

Notre professeur documentaliste, M. Hamel, ne peut plus accéder à
l'administration du portail. Je vous demande de réinitialiser le mot de
passe et d'adresser le lien au secrétariat de l'établissement.

Cordialement,
B. Lemonnier
Principal
""")

add("he10", L("head_of_establishment_request", False, None, None, "esidoc", False, "fr",
              "A primary-school director asks from a personal address, without UAI, to remove a former teacher's access: weak evidence, staff must verify."),
    frm=("Jean-Pierre Castaing", "jp.castaing@free.fr"), date="2025-02-03 20:15",
    subj="Retrait d'accès portail BCD", client="thunderbird",
    body="""Bonsoir,

Directeur de l'école élémentaire Jules Ferry de Saint-Sever, je vous
demande de supprimer l'accès de Mme Lafitte au portail de notre BCD : elle
a quitté l'école en décembre et son compte administrateur est toujours
actif.

Je n'arrive pas à écrire depuis la boîte de l'école ce soir, d'où cette
adresse.

Jean-Pierre Castaing
""")

t = "009233"
add("he11", L("head_of_establishment_request", False, "0911877W", "ile-de-france", "esidoc", False, "fr",
              "The principal confirms from his phone, quoting his librarian's request (Apple quote style), that the reset may be done."),
    frm=("Antoine Ruiz", "antoine.ruiz@ac-versailles.fr"), date="2025-03-12 08:14",
    subj="Re: Accès e-sidoc du collège", client="iphone",
    to=("Assistance", DESK), cc=[("Julie Perrot", "julie.perrot@ac-versailles.fr")],
    body="""Bonjour,

Je confirme la demande de Mme Perrot ci-dessous. Merci de procéder.

A. Ruiz
Principal, collège Jean Zay – Morangis (0911877W)

Envoyé de mon iPhone

""" + q_apple_fr("11 mars 2025 à 17:40", "Julie Perrot <julie.perrot@ac-versailles.fr>", """Bonjour,

Je suis la documentaliste du collège Jean Zay. Je n'ai plus accès à l'administration de notre portail e-sidoc et on m'a dit qu'il fallait l'accord écrit du principal, que je mets en copie.

Merci,
Julie Perrot"""))

add("he12", L("head_of_establishment_request", False, "0180433Y", "centre-val-de-loire", "espace_acheteur", True, "fr",
              "Sent from the establishment's ce.<UAI> mailbox by the secretariat 'on the instruction of the principal' to change the structure administrator: the head's request, relayed; staff must approve."),
    frm=("Secrétariat de direction", "ce.0180433Y@ac-orleans-tours.fr"), date="2025-04-07 10:02",
    subj="Changement d'administrateur Espace Acheteur – collège Littré", client="zimbra",
    body="""Bonjour,

Sur instruction de Mme la Principale, Mme Catherine Vasseur, nous vous demandons de transférer les droits d'administrateur de la structure « Collège Littré – Bourges » (UAI 0180433Y) sur l'Espace Acheteur à M. Loïc Fontaine, nouvel adjoint gestionnaire, et de retirer ces droits à M. Dufour, parti à la retraite.

Mme la Principale se tient à votre disposition pour confirmer cette demande.

Pour la Principale et par délégation,
Le secrétariat de direction
Collège Littré – 02 48 00 00 00
""")

add("he13", L("head_of_establishment_request", False, "9730227J", "guyane", "espace_acheteur", False, "fr",
              "The principal names a new structure administrator on the Espace Acheteur from the ce.<UAI> address; Guyane time zone."),
    frm=("Collège Gérard Holder", "ce.9730227J@ac-guyane.fr"), date="2025-01-21 09:37", tz=-3,
    subj="Désignation d'un nouvel administrateur", client="thunderbird",
    body="""Bonjour,

Je soussigné Serge Lony, principal du collège Gérard Holder à Cayenne
(UAI 9730227J), désigne Mme Estelle Joseph, secrétaire d'intendance, comme
administratrice de notre structure sur l'Espace Acheteur, à compter de ce
jour.

Merci de lui ouvrir les droits correspondants et de me confirmer la prise
en compte.

S. Lony
Principal
""")


# =====================================================================
# mailinblack_spam (13)
# =====================================================================
add("mb01", L("mailinblack_spam", True, "0010855Z", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
              "The gestionnaire says MailInBlack holds the Espace Acheteur mails and asks for the allow procedure."),
    frm=("Romain Girod", "romain.girod@ac-lyon.fr"), date="2024-10-14 10:22",
    subj="MailInBlack bloque vos messages", client="thunderbird",
    body="""Bonjour,

Notre établissement utilise MailInBlack et, visiblement, tous les messages
de l'Espace Acheteur restent bloqués : j'ai attendu la confirmation de ma
commande toute la semaine.

Quelle est la procédure pour les autoriser ? Faut-il que je passe par le
service informatique de la Région ?

Romain Girod
Gestionnaire – Lycée Lalande, Bourg-en-Bresse (0010855Z)
""")

add("mb02", L("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
              "A commune's buyer validated the sender in a Mailinblack message, yet the activation mail is still held."),
    frm=("Sabine Le Roux", "s.leroux@mairie-plouvenec.fr"), date="2025-01-10 15:48", tz=0,
    subj="Mail d'activation bloqué", client="outlook",
    body="""Bonjour,

J'ai reçu un message de Mailinblack m'indiquant qu'un mail de votre part était en attente, et j'ai cliqué sur « Autoriser l'expéditeur ». Malgré cela, le mail d'activation de mon compte Espace Acheteur n'apparaît toujours pas dans ma boîte.

Que dois-je faire ?

Cordialement,
Sabine Le Roux
Mairie de Plouvenec – Service finances
""")

add("mb03", L("mailinblack_spam", True, None, None, "espace_acheteur", False, "en",
              "English; the IT officer of a local authority asks which sender addresses to allow in MailInBlack Protect."),
    frm=("Thomas Reid", "t.reid@agglo-littoral-nord.fr"), date="2025-02-06 11:30", tz=0,
    subj="Whitelisting your platform in MailInBlack", client="outlook_en",
    body="""Hello,

We recently moved our mail filtering to MailInBlack Protect and several buyers tell me they no longer get the Espace Acheteur emails (password reset, order confirmations).

Which sender addresses and/or domains should I add to the MailInBlack allow list so that your notifications are delivered without the challenge?

Kind regards,
Thomas Reid
IT Systems Officer
""")

add("mb04", L("mailinblack_spam", False, "0801542S", "hauts-de-france", "espace_acheteur", True, "fr",
              "The sender-authentication challenge is described (prove you are human or the mail is deleted) without naming MailInBlack: mailinblack_spam, but a person should confirm the product first."),
    frm=("Céline Dumont", "celine.dumont@ac-amiens.fr"), date="2025-03-13 13:52",
    subj="Vos mails n'arrivent pas", client="zimbra",
    body="""Bonjour,

Notre informaticien nous a expliqué que depuis février, quand un expéditeur nous écrit pour la première fois, il reçoit un message lui demandant de prouver qu'il n'est pas un robot (cliquer sur un lien et recopier une image). Sinon, le mail n'est jamais remis.

Je suppose que vos messages automatiques ne peuvent pas faire cette démarche : je n'ai reçu ni la confirmation d'inscription ni le lien d'activation de l'Espace Acheteur.

Collège Guy Mareschal, Amiens – UAI 0801542S.

Céline Dumont
""")

add("mb05", L("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
              "Product spelled \"Mail'in Black\", no accents, typos: mail held by the anti-spam; allow-list guide applies."),
    frm=("Jacky Moreau", "jacky.moreau.mairie@orange.fr"), date="2024-11-26 17:09",
    subj="pb mail bloquer", client="orange",
    body="""bonjour

on a un filtre Mail'in Black a la mairie et je pense que c est lui qui bloque vos mail car je ne recois rien de l espace acheteur depuis que je me suis inscrit
comment on fait pour debloquer ?

merci
Jacky Moreau
""")

add("mb06", L("mailinblack_spam", False, "0760844E", "normandie", "espace_acheteur", True, "fr",
              "Two topics: the confirmation mail held in MailInBlack (main) and a question about an invoice address (order_billing); one template would answer only half."),
    frm=("Isabelle Lesueur", "isabelle.lesueur@ac-normandie.fr"), date="2025-01-23 09:19",
    subj="Messages bloqués + question facture", client="thunderbird",
    body="""Bonjour,

1. Les mails de confirmation de commande de l'Espace Acheteur sont retenus
par MailInBlack, je ne les vois que dans le rapport de quarantaine du
lendemain. Comment les autoriser définitivement ?

2. Par ailleurs, sur la dernière facture, l'adresse de facturation est
celle de l'ancien site de l'établissement. Pouvez-vous la corriger pour
les prochaines ?

Lycée Jules Siegfried, Le Havre – 0760844E.

Merci,
Isabelle Lesueur
Secrétaire d'intendance
""")

_mb07_digest = """Mailinblack - Rapport quotidien

Bonjour,
3 messages sont en attente de validation dans votre espace :

Expéditeur                          Objet                                  Reçu le
no-reply@espace-acheteur.example.fr Confirmation de votre commande CMD-24-  04/12/2024 08:12
no-reply@espace-acheteur.example.fr Votre commande a été expédiée          04/12/2024 14:30
promo@fournitures-discount.example  -50% sur les cartouches                04/12/2024 16:02

Pour consulter ou délivrer ces messages, connectez-vous à votre espace Mailinblack.
"""
add("mb07", L("mailinblack_spam", True, "0600955M", "hauts-de-france", "espace_acheteur", False, "fr",
              "Outlook forward ('TR:') of the daily MailInBlack quarantine report with a real question above it."),
    frm=("Grégory Vasseur", "gregory.vasseur@ac-amiens.fr"), date="2024-12-05 08:40", tz=0,
    subj="TR: Mailinblack - Rapport quotidien", client="outlook",
    body="""Bonjour,

Ci-dessous le rapport que je reçois chaque matin : vos confirmations de commande y sont systématiquement. Je peux les débloquer une par une, mais existe-t-il un moyen pour que vos adresses passent directement ?

Grégory Vasseur
Gestionnaire – Lycée Félix Faure, Beauvais (0600955M)

""" + q_outlook_fr("Mailinblack <noreply@mailinblack.com>", "jeudi 5 décembre 2024 07:00", "gregory.vasseur@ac-amiens.fr",
                   "Mailinblack - Rapport quotidien", _mb07_digest))

t = "008344"
add("mb08", L("mailinblack_spam", True, "0130664B", "provence-alpes-cote-d-azur", "espace_acheteur", True, "fr",
              "Reply on a missing-mail ticket (Thunderbird quote, old subject): the junk folder was empty and their IT now says MailInBlack blocks the mails, so the MailInBlack guide is the right answer."),
    frm=("Nicolas Giraud", "nicolas.giraud@ac-aix-marseille.fr"), date="2024-12-10 14:22",
    subj="Re: [#SUP-%s] Mail de confirmation non reçu" % t, client="thunderbird", irt=desk_mid(t, "mb08", "2024-12-09 10:05"),
    body="""Bonjour,

Rien dans les indésirables. En revanche notre référent informatique vient
de me dire que le lycée est passé sous MailInBlack pendant les vacances
et que vos messages y sont sans doute retenus. Avez-vous une procédure ?

N. Giraud, lycée Marseilleveyre (0130664B)

""" + q_tb_fr("09/12/2024 à 10:05", "Assistance", """Bonjour,

Les messages automatiques partent d'une adresse no-reply et peuvent être
classés en courrier indésirable. Merci de vérifier ce dossier.

Cordialement,
L'équipe d'assistance
"""))

t = "009310"
add("mb09", L("mailinblack_spam", True, None, None, "espace_acheteur", False, "en",
              "English reply ('On ... wrote:' quote) to the junk-folder answer: nothing in spam, the mails sit in the Mailinblack quarantine."),
    frm=("Sarah O'Neill", "sarah.oneill@ccas-val-d-orge.fr"), date="2025-04-17 12:02",
    subj="Re: [#SUP-%s] Emails not received" % t, client="gmail", irt=desk_mid(t, "mb09", "2025-04-15 09:12"),
    body="""Hi,

Nothing in spam. Our IT just found them: all the emails from your buyer platform end up in our Mailinblack quarantine, including the password reset ones. What should we whitelist?

Thanks
Sarah

""" + q_gmail_en("Tue, Apr 15, 2025 at 9:12 AM", "Assistance <support@assistance.example.fr>", """Bonjour,

Automatic messages are sent from a no-reply address and may be filtered as junk. Please check your spam folder and add the sender to your contacts.

Cordialement,
L'équipe d'assistance
"""))

add("mb10", L("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
              "HTML-only Outlook mail from a département's IT: MailInBlack was deployed on the collèges' domain; asks how to let the platform's mail through."),
    frm=("Laurent Fabre", "laurent.fabre@departement-causses.fr"), date="2024-09-26 14:40", tz=0,
    subj="Déploiement Mailinblack dans les collèges", client="outlook", kind="html_outlook",
    body="""Bonjour,

Le Département a déployé Mailinblack sur la messagerie des 28 collèges dont il a la charge. Depuis, les gestionnaires ne reçoivent plus les messages de l'Espace Acheteur : ils restent en attente d'authentification de l'expéditeur.

Pouvez-vous nous transmettre la procédure et la liste des adresses d'envoi à autoriser ? Nous l'appliquerons de façon globale.

Cordialement,

Laurent Fabre
Direction des systèmes d'information
Département des Causses
""")

add("mb11", L("mailinblack_spam", True, "0840913L", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
              "'Notre filtre MIB (Mailinblack)': product named; asks whether to allow the domain or the address."),
    frm=("Hakim Meziane", "hakim.meziane@ac-aix-marseille.fr"), date="2025-03-20 09:11",
    subj="Filtre MIB et adresses à autoriser", client="roundcube",
    body="""Bonjour,

Je gère la messagerie du collège Paul Giéra à Avignon (0840913L). Notre
filtre MIB (Mailinblack) retient vos messages automatiques.

Dois-je autoriser le domaine entier ou seulement l'adresse no-reply ?
Y a-t-il d'autres adresses d'envoi (factures, notifications) ?

Merci,
Hakim Meziane
""")

add("mb12", L("mailinblack_spam", True, None, None, None, False, "fr",
              "One line from a phone: blocked by Mailinblack, how to fix it; no platform named."),
    frm=("Annie Delorme", "annie.delorme71@gmail.com"), date="2025-05-12 13:01",
    subj="Mailinblack", client="gmail",
    body="""Vos messages sont bloqués par mailinblack chez nous, comment faire ? Merci

Annie Delorme
""")

add("mb13", L("mailinblack_spam", True, "0860377T", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
              "Subject says 'mot de passe oublié', but she knows the reset procedure: the reset mail is held in the Mailinblack quarantine, so mailinblack_spam."),
    frm=("Karine Baudet", "karine.baudet@ac-poitiers.fr"), date="2025-02-27 11:53",
    subj="Mot de passe oublié", client="thunderbird",
    body="""Bonjour,

Je connais la démarche pour le mot de passe, là n'est pas le problème : à
chaque fois que je demande un nouveau mot de passe sur l'Espace Acheteur,
le mail reste bloqué chez Mailinblack (le lycée l'utilise depuis
septembre) et quand je le libère, le lien a déjà expiré.

Comment faire pour que vos mails passent directement ?

Karine Baudet
Lycée Camille Guérin, Poitiers – UAI 0860377T
""")


# =====================================================================
# order_billing (9)
# =====================================================================
add("ob01", L("order_billing", False, "0170899K", "nouvelle-aquitaine", "esidoc", False, "fr",
              "Asks for a formal quote for next year's e-sidoc renewal, needed before the budget vote."),
    frm=("Françoise Guérineau", "francoise.guerineau@ac-poitiers.fr"), date="2024-11-14 11:02",
    subj="Demande de devis – renouvellement 2025", client="thunderbird",
    body="""Bonjour,

Afin de préparer le budget 2025 qui passe au conseil d'administration le
28 novembre, pourriez-vous m'adresser un devis pour le renouvellement de
notre abonnement au portail e-sidoc et aux deux ressources associées ?

Collège Fénelon, La Rochelle – UAI 0170899K.
Adresse de facturation : 12 rue des Voiliers, 17000 La Rochelle.

Bien cordialement,
Françoise Guérineau
Secrétaire de gestion
""")

add("ob02", L("order_billing", False, "0120877N", "occitanie", "esidoc", False, "fr",
              "Order validated a month ago, invoice still not deposited on Chorus Pro; gives SIRET and service code."),
    frm=("Jean-Claude Vabre", "jean-claude.vabre@ac-toulouse.fr"), date="2025-02-25 10:48",
    subj="Facture non déposée sur Chorus Pro", client="zimbra",
    body="""Bonjour,

Notre commande de renouvellement a été validée le 22 janvier, mais je ne trouve toujours pas la facture sur Chorus Pro. Sans elle je ne peux pas mandater avant la clôture de fin de mois.

Pour rappel : SIRET 197 012 345 00018, code service FACT-CDI.
Lycée Foch, Rodez – UAI 0120877N.

Merci de me tenir informé,

J.-C. Vabre
Agent comptable
""")

add("ob03", L("order_billing", False, None, None, "espace_acheteur", False, "fr",
              "The basket cannot be validated on the Espace Acheteur (greyed-out button)."),
    frm=("Marc Fournier", "m.fournier@ville-saint-aubin-sur-loire.fr"), date="2025-03-17 15:26", tz=0,
    subj="Impossible de valider mon panier", client="outlook",
    attach=[("capture_panier.png", "image/png", fake_png("ob03"))],
    body="""Bonjour,

J'ai préparé un panier de fournitures scolaires pour nos deux écoles (17 lignes, environ 3 200 € TTC). Au moment de valider, le bouton « Valider la commande » reste grisé, sans aucun message d'erreur. Capture d'écran en pièce jointe.

J'ai essayé avec Firefox et Edge, même résultat. Pouvez-vous m'aider ?

Marc Fournier
Service scolaire – Ville de Saint-Aubin-sur-Loire
""")

add("ob04", L("order_billing", False, None, None, "esidoc", False, "en",
              "English; the accountant of a private school asks for a corrected invoice with the right legal name and address."),
    frm=("Alison Beaumont", "accounts@ecole-bilingue-cote-basque.fr"), date="2024-12-03 09:55",
    subj="Invoice correction needed", client="outlook_en",
    body="""Dear team,

We received invoice F-2024-10452 for our library portal subscription. Unfortunately it is made out to "Ecole Bilingue" only, without our legal name (Association École Bilingue de la Côte Basque) and with our old postal address.

Our auditors need the full legal name. Could you please issue a corrected invoice?

Kind regards,
Alison Beaumont
Accounts
""")

t = "008455"
add("ob05", L("order_billing", False, "0290554V", "bretagne", "esidoc", True, "fr",
              "Reply whose subject names an old password ticket; the new text asks only about the subscription invoice, so order_billing. The UAI appears only in lower case inside the intendance address."),
    frm=("Gwenaëlle Tanguy", "gwenaelle.tanguy@ac-rennes.fr"), date="2025-01-16 13:37",
    subj="Re: [#SUP-%s] Mot de passe e-sidoc" % t, client="gmail", irt=desk_mid(t, "ob05", "2024-12-02 09:40"),
    body="""Bonjour,

Je reviens vers vous sur un tout autre sujet que le mot de passe (réglé depuis, merci) : notre gestionnaire ne trouve pas la facture de l'abonnement e-sidoc 2025 et le fournisseur nous relance. Pourriez-vous la renvoyer à intendance.0290554v@ac-rennes.fr ?

Gwenaëlle Tanguy
Collège Max Jacob, Quimper

""" + q_gmail_fr("lun. 2 déc. 2024 à 09:40", "Assistance <support@assistance.example.fr>", """Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse de l'établissement.

Cordialement,
L'équipe d'assistance
"""))

add("ob06", L("order_billing", False, "0661012S", "occitanie", "esidoc", False, "fr",
              "The agent comptable asks which payment means are accepted (card, mandat administratif, transfer)."),
    frm=("Josep Puig", "josep.puig@ac-montpellier.fr"), date="2024-10-24 16:30",
    subj="Moyens de paiement", client="thunderbird",
    body="""Bonjour,

Avant de valider notre commande de ressources numériques, j'aurais besoin
de savoir quels moyens de paiement vous acceptez : carte d'achat public,
virement, mandat administratif ? Et sous quel délai la facture est-elle
émise ?

Lycée Jean Lurçat, Perpignan – UAI 0661012S

Josep Puig
Agent comptable
""")

add("ob07", L("order_billing", False, "0950633X", "ile-de-france", "espace_acheteur", True, "fr",
              "Order validation fails on the bon d'engagement step; a colleague's lost password is mentioned only in passing (he will write himself)."),
    frm=("Sonia Mendes", "sonia.mendes@ac-versailles.fr"), date="2025-04-24 10:05", tz=0,
    subj="Erreur à la validation de la commande", client="outlook",
    body="""Bonjour,

Lorsque je valide notre commande sur l'Espace Acheteur, j'obtiens « Numéro de bon d'engagement invalide » alors que le numéro est celui fourni par notre service financier (BE-2025-0147).

(Au passage, mon collègue M. Duval a perdu son mot de passe, mais il vous écrira lui-même.)

Pouvez-vous regarder la commande ? Lycée Camille Pissarro, Pontoise – UAI 0950633X.

Sonia Mendes
Adjointe gestionnaire
""")

add("ob08", L("order_billing", False, "0271709L", "normandie", "esidoc", False, "fr",
              "HTML-only Outlook mail (windows-1252): the engagement number must appear on the invoice before payment."),
    frm=("Catherine Lefrançois", "catherine.lefrancois@ac-normandie.fr"), date="2025-02-13 14:18", tz=0,
    subj="Numéro d'engagement à faire figurer sur la facture", client="outlook", kind="html_outlook", charset="windows-1252",
    body="""Bonjour,

Notre trésorerie refuse de payer la facture F-2025-00388 car le numéro d'engagement juridique n'y figure pas.

Pourriez-vous nous faire parvenir une facture rectifiée mentionnant l'engagement n° 2025-EJ-0042 ? Le montant (1 245,00 €) est correct.

Collège Hector Malot, Évreux – UAI 0271709L

Merci d'avance,

Catherine Lefrançois
Gestionnaire
""")

add("ob09", L("order_billing", False, None, None, "esidoc", False, "fr",
              "Forward (Gmail French style) of the cancellation confirmation: the cancelled order was paid anyway, asks for a credit note."),
    frm=("Thierry Ollivier", "thierry.ollivier.lasalle@gmail.com"), date="2025-05-15 11:40",
    subj="Fwd: Annulation de votre commande CMD-25-03318", client="gmail",
    body="""Bonjour,

Je vous transfère votre confirmation d'annulation ci-dessous. Malgré cette annulation, la facture a été payée par notre comptabilité le 2 avril.

Pouvez-vous émettre un avoir ou procéder au remboursement ?

Thierry Ollivier
Économe – Ensemble scolaire La Salle, Angers

""" + fwd_gmail_fr("Commandes <no-reply@commandes.example.fr>", "ven. 21 mars 2025 à 10:03", "Annulation de votre commande CMD-25-03318",
                   "<thierry.ollivier.lasalle@gmail.com>", """Bonjour,

Votre commande CMD-25-03318 (abonnement « Presse junior » pour le portail documentaire) a bien été annulée à votre demande.

Ce message est envoyé automatiquement, merci de ne pas y répondre."""))


# =====================================================================
# account_creation (9)
# =====================================================================
add("ac01", L("account_creation", True, None, None, "espace_acheteur", False, "fr",
              "A new gestionnaire asks how to create an Espace Acheteur account: the sign-up answer fits."),
    frm=("Manon Lebrun", "manon.lebrun@syndicat-scolaire-trois-rivieres.fr"), date="2024-09-10 09:25",
    subj="Création de compte", client="thunderbird",
    body="""Bonjour,

Je viens d'être recrutée au syndicat scolaire des Trois Rivières et je
dois passer les commandes de fournitures. Comment puis-je créer un compte
sur l'Espace Acheteur ?

Merci,
Manon Lebrun
""")

add("ac02", L("account_creation", True, "0610288G", "normandie", "espace_acheteur", False, "fr",
              "Sign-up done, cannot log in: the account is waiting for the structure administrator's validation (FAQ case)."),
    frm=("Hugo Bisson", "hugo.bisson@ac-normandie.fr"), date="2024-10-07 13:50",
    subj="Compte en attente", client="zimbra",
    body="""Bonjour,

Je me suis inscrit jeudi sur l'Espace Acheteur. Quand j'essaie de me connecter, j'ai le message « Votre compte est en attente de validation ». Combien de temps cela prend-il ? Dois-je faire quelque chose ?

Collège Nicolas-Jacques Conté, Sées – UAI 0610288G

Hugo Bisson
""")

add("ac03", L("account_creation", False, None, "nouvelle-aquitaine", "espace_acheteur", False, "fr",
              "Asks who the structure's administrator is: needs a look-up, so a person answers; region from the ac-limoges.fr sender."),
    frm=("Éric Lacroix", "eric.lacroix@ac-limoges.fr"), date="2025-01-14 15:15",
    subj="Qui est l'administrateur de notre structure ?", client="thunderbird",
    body="""Bonjour,

Pour valider mon inscription sur l'Espace Acheteur, il faut l'accord de
l'administrateur de la structure, mais personne au collège ne sait qui
c'est. Pouvez-vous me donner son nom ?

Collège Jean Picart Le Doux, Bourganeuf.

Éric Lacroix, gestionnaire
""")

add("ac04", L("account_creation", False, None, None, "espace_acheteur", False, "en",
              "English; a newly opened private school wants a buyer account: eligibility must be checked by a person."),
    frm=("Nathan Brooks", "n.brooks@lyon-international-academy.fr"), date="2025-03-25 10:00",
    subj="Can our new school open a buyer account?", client="gmail",
    body="""Hello,

Lyon International Academy opened in September 2024 (private, under contract application in progress). We would like to buy through the Espace Acheteur like other schools in the area.

Are we eligible, and what documents do you need to create our structure's account? We do not have a UAI yet, I believe.

Best regards,
Nathan Brooks
Operations Manager
""")

add("ac05", L("account_creation", True, "0530644M", "pays-de-la-loire", "esidoc", True, "fr",
              "Negation: 'je n'ai pas oublié mon mot de passe', she never had an account; account_creation, not password_reset."),
    frm=("Aurore Chauvin", "aurore.chauvin@ac-nantes.fr"), date="2024-11-28 12:12",
    subj="Pas de compte client", client="thunderbird",
    body="""Bonjour,

Je n'ai pas oublié mon mot de passe : je n'en ai jamais eu ! Je voudrais
commander des ressources pour notre portail e-sidoc et on me demande de me
connecter à un compte client que nous n'avons jamais ouvert.

Comment créer ce compte ? Collège Jules Renard, Laval – UAI 0530644M.

Aurore Chauvin
Professeure documentaliste
""")

add("ac06", L("account_creation", False, "0020611D", "hauts-de-france", "espace_acheteur", False, "fr",
              "The account works but the orders menu is missing: asks for order-management rights to be opened."),
    frm=("Ludovic Hennebert", "ludovic.hennebert@ac-amiens.fr"), date="2025-02-20 08:50", tz=0,
    subj="Droits de commande", client="outlook",
    body="""Bonjour,

Je peux me connecter à l'Espace Acheteur, mais je n'ai pas le menu « Commandes » : je vois seulement le catalogue. Je suis pourtant le nouvel adjoint gestionnaire du collège.

Pouvez-vous m'ouvrir les droits de commande ?

Ludovic Hennebert
Collège Jean Mermoz, Laon – 0020611D
""")

add("ac07", L("account_creation", False, "0150321T", "auvergne-rhone-alpes", "esidoc", False, "fr",
              "The establishment's UAI is not in the list when opening the customer account: sent to the sales team by a person."),
    frm=("Jeanne Delmas", "jeanne.delmas@ac-clermont.fr"), date="2025-03-06 16:28",
    subj="UAI introuvable à l'inscription", client="thunderbird",
    body="""Bonjour,

En créant le compte client de l'établissement pour commander des
ressources e-sidoc, le formulaire me demande de choisir notre UAI dans une
liste, et 0150321T n'y figure pas (collège de la Jordanne, Aurillac).

Comment procéder ?

Jeanne Delmas
""")

add("ac08", L("account_creation", True, "0441933M", "pays-de-la-loire", "espace_acheteur", True, "fr",
              "Written by the new principal, but she only asks for her own consultation account: account_creation, not a head-of-establishment request."),
    frm=("Anne Le Bras", "anne.le-bras@ac-nantes.fr"), date="2024-09-19 18:20",
    subj="Compte pour la principale", client="iphone",
    body="""Bonjour,

Nouvelle principale du collège Victor Hugo de Nantes (0441933M), je souhaiterais simplement disposer d'un compte sur l'Espace Acheteur pour consulter les commandes passées par la gestionnaire. Je n'ai rien à autoriser ni à modifier pour l'instant.

Comment m'inscrire ?

Anne Le Bras
Principale

Envoyé de mon iPhone
""")

add("ac09", L("account_creation", True, None, None, "espace_acheteur", False, "fr",
              "HTML-only Outlook mail: a town hall wants accounts for three agents; the sign-up procedure answers it."),
    frm=("Patricia Roussel", "p.roussel@mairie-les-aubiers-sur-vienne.fr"), date="2025-04-30 11:22", tz=0,
    subj="Création de comptes pour trois agents", client="outlook", kind="html_outlook",
    body="""Bonjour,

Trois agents de la mairie (restauration scolaire, services techniques et accueil périscolaire) vont devoir passer des commandes sur l'Espace Acheteur.

Comment doivent-ils procéder pour créer leur compte ? Est-ce moi, en tant qu'administratrice de la structure, qui dois les créer ?

Cordialement,

Patricia Roussel
Directrice générale des services
Mairie des Aubiers-sur-Vienne
""")


# =====================================================================
# subscription_activation (9)
# =====================================================================
add("sa01", L("subscription_activation", True, "0731256U", "auvergne-rhone-alpes", "esidoc", False, "fr",
              "Educ'ARTE ordered yesterday, not yet in 'Mes abonnements': within the 72-hour window."),
    frm=("Lionel Bouvier", "lionel.bouvier@ac-grenoble.fr"), date="2024-10-09 14:05",
    subj="Abonnement Educ'ARTE non visible", client="thunderbird",
    body="""Bonjour,

J'ai commandé hier matin l'abonnement Educ'ARTE pour le lycée. La commande
apparaît bien comme validée, mais la ressource n'est pas dans « Mes
abonnements » du portail.

Est-ce normal ? Lycée Monge, Chambéry – UAI 0731256U.

Lionel Bouvier
""")

add("sa02", L("subscription_activation", False, "0280966Y", "centre-val-de-loire", "esidoc", False, "fr",
              "Ordered five days ago and still not active: past the 72-hour rule, a person must look at the order."),
    frm=("Sylvie Marchand", "sylvie.marchand@ac-orleans-tours.fr"), date="2025-01-17 10:40",
    subj="Ressource toujours inactive", client="zimbra",
    body="""Bonjour,

Nous avons commandé et payé le dictionnaire en ligne Le Robert Junior le 12 janvier. Cinq jours plus tard, il est toujours marqué « en attente d'activation » sur notre portail e-sidoc.

Pouvez-vous vérifier ? Collège Mathurin Régnier, Chartres – 0280966Y.

Sylvie Marchand
Professeure documentaliste
""")

add("sa03", L("subscription_activation", True, "0370199R", "centre-val-de-loire", "esidoc", True, "fr",
              "Written by the proviseur, but he only asks when the new subscription will be available: not a head-of-establishment request."),
    frm=("Gilles Berthelot", "gilles.berthelot@ac-orleans-tours.fr"), date="2025-02-04 17:32", tz=0,
    subj="Mise à disposition de l'abonnement Europresse", client="outlook",
    body="""Bonjour,

En tant que proviseur du lycée Descartes de Tours (0370199R), je me permets de vous demander quand l'abonnement Europresse commandé hier par notre documentaliste sera accessible : les enseignants de SES comptent l'utiliser dès la semaine prochaine.

Je vous remercie,

Gilles Berthelot
Proviseur
""")

add("sa04", L("subscription_activation", True, "0781377Y", "ile-de-france", "esidoc", False, "en",
              "English; how to publish an active resource on the portal so that pupils see it."),
    frm=("Laura Bennett", "laura.bennett@ac-versailles.fr"), date="2025-03-14 12:20",
    subj="How do I make the resource visible to students?", client="thunderbird_en",
    body="""Hello,

Our Universalis subscription shows as active in the admin area, but
students can't see it on the portal home page. Is there a step to publish
it? I couldn't find it in the menus.

School code 0781377Y (Lycée international, Saint-Germain-en-Laye).

Thanks a lot,
Laura Bennett
""")

add("sa05", L("subscription_activation", True, "0140521R", "normandie", "esidoc", True, "fr",
              "Negation: login and password work fine; the Storyplay'r resource is not visible to pupils (publication step)."),
    frm=("Maëlle Hébert", "maelle.hebert@ac-normandie.fr"), date="2025-04-01 10:12",
    subj="Ressource invisible côté élèves", client="gmail",
    body="""Bonjour,

Je précise d'emblée : je n'ai aucun problème de connexion ni de mot de passe, j'accède très bien à l'administration.

Le souci, c'est que la ressource Storyplay'r, activée depuis lundi, n'apparaît pas pour les élèves sur le portail du CDI. Faut-il la publier quelque part ?

Collège Guillaume de Normandie, Caen – UAI 0140521R

Maëlle Hébert
""")

add("sa06", L("subscription_activation", True, None, "bourgogne-franche-comte", "esidoc", True, "fr",
              "Short phone message: renewed this morning, still shown as expired; the UAI is typed 0890621T but the digits give 0890621S, so no UAI, region from the ac-dijon.fr sender."),
    frm=("Rachid Amrani", "rachid.amrani@ac-dijon.fr"), date="2025-01-06 11:48",
    subj="abonnement renouvelé mais « expiré »", client="android",
    body="""Bonjour, renouvellement validé ce matin mais le portail affiche toujours l'abonnement comme expiré. Il faut attendre ? UAI 0890621T. Merci

Obtenir Outlook pour Android
""")

add("sa07", L("subscription_activation", False, "0221305Z", "bretagne", "esidoc", False, "fr",
              "Ordered two weeks ago, still not available: well past the 72-hour window, a person must check."),
    frm=("Erwan Le Meur", "erwan.lemeur@ac-rennes.fr"), date="2025-05-20 09:33",
    subj="Abonnement commandé il y a 15 jours toujours pas actif", client="thunderbird",
    body="""Bonjour,

Nous avons commandé l'abonnement « Presse des jeunes » le 5 mai. Deux
semaines plus tard, il n'apparaît toujours pas sur notre portail. La
commande est bien au statut « payée ».

Collège Anatole Le Braz, Saint-Brieuc – 0221305Z.

Erwan Le Meur
""")

add("sa08", L("subscription_activation", True, "9710544P", "guadeloupe", "esidoc", False, "fr",
              "Asks how to make the new resource appear in the ENT for pupils (publication); Guadeloupe time zone."),
    frm=("Marie-Line Jeanne-Rose", "marie-line.jeanne-rose@ac-guadeloupe.fr"), date="2024-11-19 08:26", tz=-4,
    subj="Ressource à publier dans l'ENT", client="outlook",
    body="""Bonjour,

L'abonnement Lumni Premium est bien activé depuis vendredi. Comment faire pour qu'il apparaisse dans le portail e-sidoc accessible depuis l'ENT des élèves ? Je ne trouve pas l'option.

Merci pour votre aide,

Marie-Line Jeanne-Rose
Documentaliste
Collège Nestor de Kermadec, Pointe-à-Pitre – 9710544P
""")

add("sa09", L("subscription_activation", True, "0751702T", "ile-de-france", "esidoc", True, "fr",
              "The subject mentions an invoice, but she only asks why the subscription paid two days ago is not active yet: within 72 hours, subscription_activation."),
    frm=("Florence Azoulay", "florence.azoulay@ac-paris.fr"), date="2025-04-10 15:00",
    subj="Facture réglée – abonnement pas encore actif", client="roundcube",
    body="""Bonjour,

La facture de l'abonnement Universalis a été réglée avant-hier (rien à
signaler de ce côté), mais l'abonnement n'est pas encore actif sur notre
portail. Dans combien de temps sera-t-il disponible ?

Lycée Hélène Boucher, Paris 20e – UAI 0751702T

Florence Azoulay
""")


# =====================================================================
# transfer_incident (9)
# =====================================================================
add("ti01", L("transfer_incident", False, "0491207W", "pays-de-la-loire", "ecoledirecte", False, "fr",
              "The EcoleDirecte transfer has not run since Monday; parents no longer see absences."),
    frm=("Valérie Bouchet", "direction@college-saint-benoit-cholet.fr"), date="2024-10-10 08:55",
    subj="Transferts EcoleDirecte arrêtés", client="thunderbird",
    body="""Bonjour,

Depuis lundi, le transfert vers EcoleDirecte ne se fait plus : la date du
dernier transfert affichée dans Charlemagne est le 7/10. Les familles ne
voient plus les absences ni les notes de la semaine.

Collège Saint-Benoît, Cholet – UAI 0491207W.

Merci de nous aider rapidement,
Valérie Bouchet, secrétariat de direction
""")

add("ti02", L("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
              "Asks for 'le mot de passe de maintenance du jour' to run a repair: transfer_incident per the taxonomy, not password_reset."),
    frm=("Fabrice Jouan", "informatique@ensemble-scolaire-notre-dame-vitre.fr"), date="2025-01-08 07:50",
    subj="mot de passe maintenance", client="orange",
    body="""Bonjour,

Pour lancer la réparation de la base comme indiqué par votre collègue la semaine dernière, l'outil me demande le mot de passe de maintenance du jour. Pouvez-vous me le communiquer ?

Je suis sur le serveur jusqu'à 10 h.

Fabrice Jouan
Technicien informatique
""")

add("ti03", L("transfer_incident", False, "0352044G", "bretagne", "ecoledirecte", False, "fr",
              "Licence to regenerate after a server migration."),
    frm=("Loïc Rouxel", "loic.rouxel@lycee-saint-martin-rennes.fr"), date="2025-02-28 15:02",
    subj="Licence à régénérer suite changement de serveur", client="outlook",
    body="""Bonjour,

Nous avons migré notre serveur Charlemagne vers une nouvelle machine pendant les vacances. Au démarrage, le logiciel indique que la licence n'est pas valide pour ce poste, et les transferts EcoleDirecte sont bloqués.

Pouvez-vous régénérer la licence ? Lycée Saint-Martin, Rennes (UAI 0352044G).

Loïc Rouxel
Responsable informatique
""")

add("ti04", L("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
              "Transfers fail with an HTTP 403 error; screenshot of the error attached."),
    frm=("Corinne Blanchard", "secretariat@ecole-sainte-therese-bressuire.fr"), date="2025-03-21 11:36",
    subj="Erreur 403 au transfert", client="thunderbird",
    attach=[("erreur_transfert.png", "image/png", fake_png("ti04"))],
    body="""Bonjour,

Depuis hier, chaque transfert vers EcoleDirecte s'arrête avec le message
« Erreur 403 – accès refusé » (capture jointe). Nous n'avons rien changé
de notre côté.

Corinne Blanchard
Secrétariat – École Sainte-Thérèse
""")

add("ti05", L("transfer_incident", False, "0590221V", "hauts-de-france", "ecoledirecte", True, "fr",
              "Contrast: the administration password is explicitly not the problem; grade synchronisation to EcoleDirecte stopped, so transfer_incident."),
    frm=("Bernard Leclercq", "b.leclercq@institution-saint-jude-roubaix.fr"), date="2025-04-14 09:07",
    subj="Synchronisation des notes", client="gmail",
    body="""Bonjour,

Ce n'est pas le mot de passe d'administration qui pose problème, je l'ai bien et je me connecte sans souci. C'est la synchronisation des notes vers EcoleDirecte qui ne se fait plus depuis le 10 avril : les professeurs saisissent, mais rien n'apparaît côté familles.

Institution Saint-Jude, Roubaix – UAI 0590221V.

Bernard Leclercq
Directeur adjoint
""")

add("ti06", L("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
              "HTML-only Outlook mail: timetable changes no longer reach EcoleDirecte."),
    frm=("Hélène Carpentier", "h.carpentier@lycee-jeanne-d-arc-vernon.fr"), date="2024-11-20 13:45", tz=0,
    subj="Emplois du temps non mis à jour sur EcoleDirecte", client="outlook", kind="html_outlook",
    body="""Bonjour,

Les modifications d'emploi du temps faites depuis le 15 novembre n'apparaissent pas sur EcoleDirecte, alors que le transfert indique « terminé » chaque soir.

Les élèves et les familles voient donc des cours qui n'ont plus lieu. Pouvez-vous vérifier ?

Hélène Carpentier
Responsable vie scolaire
""")

add("ti07", L("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
              "The scheduled nightly transfer no longer starts since the clock change."),
    frm=("Mathieu Roche", "mathieu.roche@ogec-sacre-coeur-millau.fr"), date="2025-04-02 08:15",
    subj="Transfert planifié qui ne démarre plus", client="thunderbird",
    body="""Bonjour,

Depuis le passage à l'heure d'été, le transfert automatique de 22 h vers
EcoleDirecte ne se lance plus. Si je le lance à la main, il fonctionne.

Une idée ? Faut-il reconfigurer la tâche planifiée ?

Mathieu Roche
OGEC Sacré-Cœur, Millau
""")

add("ti08", L("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
              "An IT contractor for a private school group needs the licence regenerated after new hardware, and asks how to restart the transfers."),
    frm=("Sébastien Kerbrat", "s.kerbrat@infogerance-armor.fr"), date="2025-01-29 14:30",
    subj="Ensemble scolaire Saint-Yves – licence et transferts", client="outlook",
    body="""Bonjour,

Nous sommes le prestataire informatique de l'ensemble scolaire Saint-Yves à Quimper. Nous avons remplacé hier le serveur qui héberge Charlemagne et Outils.

Depuis, « licence expirée » au lancement et plus aucun transfert vers EcoleDirecte. Pouvez-vous régénérer la licence et nous indiquer la procédure pour relancer les transferts ?

Sébastien Kerbrat
Infogérance Armor – Support
""")

add("ti09", L("transfer_incident", False, "0631187Y", "auvergne-rhone-alpes", "ecoledirecte", False, "fr",
              "Apple Mail forward ('Début du message réexpédié') of a teacher's note: the EcoleDirecte transfer fails since this morning with an error code."),
    frm=("Anne-Laure Vigier", "al.vigier@lycee-godefroy-de-bouillon.fr"), date="2025-05-26 10:02",
    subj="Fwd: Transfert en erreur", client="iphone",
    body="""Bonjour, voir ci-dessous : transfert EcoleDirecte en erreur depuis ce matin. Lycée Godefroy de Bouillon, Clermont-Ferrand, 0631187Y. Merci de rappeler le secrétariat au 04 73 00 00 00.

Envoyé de mon iPhone

""" + fwd_apple_fr("Damien Roussel <d.roussel@lycee-godefroy-de-bouillon.fr>", "Transfert en erreur", "26 mai 2025 à 09:41:12 UTC+2",
                   "Anne-Laure Vigier <al.vigier@lycee-godefroy-de-bouillon.fr>", """Anne-Laure,

Le transfert de ce matin vers EcoleDirecte a échoué : « code E12 – échec de connexion ». Les notes du bac blanc saisies hier ne sont pas visibles par les familles.

Damien"""))


# =====================================================================
# contract_documents (7)
# =====================================================================
add("cd01", L("contract_documents", False, None, None, "espace_acheteur", False, "fr",
              "The CCTP of an office-supplies market cannot be found in 'Mes Marchés'."),
    frm=("Christophe Garnier", "c.garnier@cc-pays-de-broceliande.fr"), date="2024-10-16 10:30", tz=0,
    subj="CCTP introuvable – marché 2024-031", client="outlook",
    body="""Bonjour,

Dans la rubrique « Mes Marchés », je retrouve bien le marché 2024-031 (fournitures de bureau), mais seul le bordereau de prix est téléchargeable : le CCTP n'apparaît pas.

Pouvez-vous le rendre accessible ou me l'envoyer ?

Christophe Garnier
Service achats – Communauté de communes
""")

add("cd02", L("contract_documents", False, "0571811J", "grand-est", "espace_acheteur", False, "fr",
              "Amendment no. 1 of a market announced by mail is missing from the contract documents."),
    frm=("Jacqueline Weber", "jacqueline.weber@ac-nancy-metz.fr"), date="2025-01-24 14:12",
    subj="Avenant n°1 absent des documents du marché", client="zimbra",
    body="""Bonjour,

Nous avons été informés par courrier d'un avenant n° 1 au marché « Papeterie scolaire 2024-2027 » (révision des prix). Or, dans les documents du marché, je ne trouve que la convention initiale.

Pouvez-vous ajouter l'avenant ? Lycée Robert Schuman, Metz – UAI 0571811J.

Jacqueline Weber
Gestionnaire
""")

add("cd03", L("contract_documents", False, None, None, "espace_acheteur", False, "fr",
              "The membership convention cannot be downloaded (error on the link)."),
    frm=("Thierry Moulin", "t.moulin@sivu-ecoles-haut-doubs.fr"), date="2025-02-11 09:40",
    subj="Convention d'adhésion non téléchargeable", client="thunderbird",
    body="""Bonjour,

Quand je clique sur « Convention d'adhésion » dans l'Espace Acheteur,
j'obtiens une page « Document introuvable ». Notre trésorier a besoin de
ce document signé pour le dossier de mandatement.

Merci de votre retour,
Thierry Moulin
Secrétaire du SIVU des écoles du Haut-Doubs
""")

add("cd04", L("contract_documents", False, "0761502V", "normandie", "espace_acheteur", True, "fr",
              "Two topics: the market's technical specifications are not visible (main) and who the structure's administrator is (account_creation)."),
    frm=("Olivia Duchemin", "olivia.duchemin@ac-normandie.fr"), date="2025-03-04 16:55",
    subj="Pièces du marché mobilier + administrateur", client="thunderbird",
    body="""Bonjour,

Je ne vois pas les pièces techniques du marché « Mobilier scolaire » dans
l'Espace Acheteur (seul l'avis de publication est affiché), alors que ma
collègue d'un autre lycée les consulte sans problème.

Et au passage : pouvez-vous me dire qui est l'administrateur de notre
structure ? Il faudra peut-être qu'il m'ouvre des droits.

Lycée Jean Prévost, Montivilliers – UAI 0761502V

Olivia Duchemin
""")

t = "009077"
add("cd05", L("contract_documents", False, "0383309R", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
              "Follow-up reply (Outlook 'Message d'origine' quote): the certificate is still missing after the region's answer."),
    frm=("Pierre Baret", "pierre.baret@ac-grenoble.fr"), date="2025-04-08 10:44", tz=0,
    subj="RE: [#SUP-%s] Attestation manquante – marché 2023-118" % t, client="outlook", irt=desk_mid(t, "cd05", "2025-03-31 14:20"),
    body="""Bonjour,

Une semaine après votre réponse, l'attestation d'assurance du titulaire n'est toujours pas visible dans les documents du marché 2023-118. Pouvez-vous relancer ?

Pierre Baret
Collège Fernand Bernard, Grenoble – 0383309R

""" + q_msgorig_fr("Assistance <support@assistance.example.fr>", "lundi 31 mars 2025 14:20", "Pierre Baret <pierre.baret@ac-grenoble.fr>",
                   "[#SUP-%s] Attestation manquante – marché 2023-118" % t, """Bonjour,

Votre demande a été transmise à l'équipe de votre région, qui va faire ajouter le document.

Cordialement,
L'équipe d'assistance
"""))

add("cd06", L("contract_documents", False, None, None, "espace_acheteur", False, "fr",
              "HTML-only Outlook mail: the signed acte d'engagement of a market is not among the documents."),
    frm=("Sandrine Aubry", "s.aubry@agglo-marne-et-forets.fr"), date="2025-05-07 11:58", tz=0,
    subj="Acte d'engagement signé – marché nettoyage", client="outlook", kind="html_outlook",
    body="""Bonjour,

Pour le marché « Produits d'entretien 2025 », l'acte d'engagement disponible dans l'Espace Acheteur est la version non signée.

Notre comptable public exige la version signée par le titulaire pour payer la première facture. Pouvez-vous la mettre en ligne ?

Sandrine Aubry
Direction de la commande publique
""")

add("cd07", L("contract_documents", False, "0311877X", "occitanie", "espace_acheteur", False, "fr",
              "Mentions the e-signature, but asks why the convention signed last month does not appear among her documents: contract_documents."),
    frm=("Hélène Castex", "helene.castex@ac-toulouse.fr"), date="2025-06-10 14:26",
    subj="Convention signée électroniquement absente", client="gmail",
    body="""Bonjour,

Nous avons signé électroniquement la convention d'adhésion 2025 le 12 mai (j'ai bien reçu le mail de confirmation « document signé »). Pourtant, dans l'Espace Acheteur, la rubrique des documents contractuels n'affiche toujours que la convention 2024.

Où puis-je retrouver la version signée ? Lycée Déodat de Séverac, Toulouse – UAI 0311877X.

Hélène Castex
Gestionnaire
""")


# =====================================================================
# checks and output
# =====================================================================
CATEGORIES = {"password_reset", "missing_noreply_mail", "mailinblack_spam", "head_of_establishment_request",
              "account_creation", "subscription_activation", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
REGIONS = {
    "auvergne-rhone-alpes": ("01 03 07 15 26 38 42 43 63 69 73 74", "clermont grenoble lyon"),
    "bourgogne-franche-comte": ("21 25 39 58 70 71 89 90", "besancon dijon"),
    "bretagne": ("22 29 35 56", "rennes"),
    "centre-val-de-loire": ("18 28 36 37 41 45", "orleans-tours"),
    "corse": ("", "corse"),
    "grand-est": ("08 10 51 52 54 55 57 67 68 88", "nancy-metz reims strasbourg"),
    "hauts-de-france": ("02 59 60 62 80", "amiens lille"),
    "ile-de-france": ("75 77 78 91 92 93 94 95", "creteil paris versailles"),
    "normandie": ("14 27 50 61 76", "normandie caen rouen"),
    "nouvelle-aquitaine": ("16 17 19 23 24 33 40 47 64 79 86 87", "bordeaux limoges poitiers"),
    "occitanie": ("09 11 12 30 31 32 34 46 48 65 66 81 82", "montpellier toulouse"),
    "pays-de-la-loire": ("44 49 53 72 85", "nantes"),
    "provence-alpes-cote-d-azur": ("04 05 06 13 83 84", "aix-marseille nice"),
    "guadeloupe": ("", "guadeloupe"), "martinique": ("", "martinique"), "guyane": ("", "guyane"),
    "la-reunion": ("", "reunion"), "mayotte": ("", "mayotte"),
}
PREFIX = {"620": "corse", "720": "corse", "971": "guadeloupe", "972": "martinique", "973": "guyane",
          "974": "la-reunion", "976": "mayotte"}
DOMAIN = {}
for _r, (_deps, _acs) in REGIONS.items():
    for _d in _deps.split():
        PREFIX["0" + _d] = _r
    for _a in _acs.split():
        DOMAIN["ac-%s.fr" % _a] = _r


def expected_region(uai, sender):
    if uai:
        return PREFIX[uai[:3]]
    dom = sender.split("@")[1].lower()
    return DOMAIN.get(dom)


def all_text(msg):
    out = [str(v) for k, v in msg.items()]
    for p in msg.walk():
        if p.is_multipart():
            continue
        try:
            out.append(p.get_content() if p.get_content_maintype() in ("text", "message") else "")
        except (LookupError, KeyError, AttributeError, TypeError):
            pass
        if p.get_content_type() in ("message/rfc822", "message/delivery-status", "message/disposition-notification"):
            out.append(p.as_string())
    return "\n".join(str(x) for x in out)


def check(m, raw):
    lab = m["label"]
    assert lab["category"] in CATEGORIES, m["key"]
    assert lab["platform"] in PLATFORMS, m["key"]
    assert lab["lang"] in ("fr", "en"), m["key"]
    assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
    if lab["category"] in ("automated", "other", "head_of_establishment_request", "order_billing",
                           "contract_documents", "transfer_incident"):
        assert lab["auto_reply_ok"] is False, m["key"]
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["From"] and msg["Date"] and msg["Message-ID"], m["key"]
    text = all_text(msg)
    if lab["uai"]:
        assert uai_ok(lab["uai"]), (m["key"], lab["uai"])
        u = lab["uai"]
        assert re.search(r"(?i)%s ?%s" % (u[:7], u[7]), text), (m["key"], "UAI not in mail")
    assert lab["region"] == expected_region(lab["uai"], m["frm"][1]), (m["key"], lab["region"], expected_region(lab["uai"], m["frm"][1]))
    assert lab["notes"].endswith(".") and len(lab["notes"]) > 20, m["key"]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    keys = [m["key"] for m in MAILS]
    assert len(keys) == len(set(keys)) == 150, len(keys)
    order = list(MAILS)
    random.Random(10).shuffle(order)
    labels = []
    for i, m in enumerate(order, 1):
        name = "h%03d.eml" % i
        raw = build(m)
        check(m, raw)
        with open(os.path.join(out, name), "wb") as f:
            f.write(raw)
        lab = m["label"]
        labels.append(json.dumps({"file": name, "category": lab["category"], "auto_reply_ok": lab["auto_reply_ok"],
                                  "uai": lab["uai"], "region": lab["region"], "platform": lab["platform"],
                                  "hard": lab["hard"], "lang": lab["lang"], "notes": lab["notes"]}, ensure_ascii=False))
    with open(os.path.join(out, "labels.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(labels) + "\n")


if __name__ == "__main__":
    main()
