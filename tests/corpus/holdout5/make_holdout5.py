#!/usr/bin/env python3
"""Build the holdout5 corpus: 150 hand-written support mails and their labels.

Stdlib only and deterministic: running it twice gives byte-identical files.

    python3 make_holdout5.py [OUTDIR]      (default: the directory of this script)

The texts below are written by hand for this set; the builder only wraps them in
the headers and MIME structure a given mail client would produce.
"""
from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
import hashlib
import html
import json
import quopri
import random
import sys
import urllib.parse
from email.header import Header
from pathlib import Path

SUPPORT_ADDR = "support@assistance.example.fr"
SUPPORT = f"Assistance <{SUPPORT_ADDR}>"
MX = "mx1.assistance.example.fr"
UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

# --------------------------------------------------------------------------
# small deterministic helpers
# --------------------------------------------------------------------------


def uai_ok(code: str) -> bool:
    return (len(code) == 8 and code[:7].isdigit()
            and UAI_LETTERS[int(code[:7]) % 23] == code[7].upper())


def hx(*parts: object, n: int = 16) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:n]


def hnum(*parts: object, lo: int = 1, hi: int = 254) -> int:
    return lo + int(hx(*parts, n=8), 16) % (hi - lo + 1)


def last_sunday(year: int, month: int) -> dt.date:
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


FIXED_TZ = {"guadeloupe": -4, "martinique": -4, "guyane": -3, "reunion": 4, "mayotte": 3,
            "utc": 0, "london": None, "montreal": None}


def when(stamp: str, tz: str = "paris") -> dt.datetime:
    """'2026-11-03 10:12[:07]' in the given zone -> aware datetime."""
    fmt = "%Y-%m-%d %H:%M:%S" if stamp.count(":") == 2 else "%Y-%m-%d %H:%M"
    naive = dt.datetime.strptime(stamp, fmt)
    if tz in ("paris", "london", "montreal"):
        start = last_sunday(naive.year, 3)
        end = last_sunday(naive.year, 10)
        summer = start <= naive.date() < end
        base = {"paris": 1, "london": 0, "montreal": -5}[tz]
        hours = base + (1 if summer else 0)
    else:
        hours = FIXED_TZ[tz]
    return naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=hours)))


def rfc_date(d: dt.datetime) -> str:
    return email.utils.format_datetime(d)


def to_paris(d: dt.datetime) -> dt.datetime:
    """The desk's MX stamps its Received lines in Paris time."""
    utc = d.astimezone(dt.timezone.utc).replace(tzinfo=None)
    probe = when(utc.strftime("%Y-%m-%d %H:%M:%S"), "paris")
    return d.astimezone(probe.tzinfo)


FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_DAYS_ABBR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
FR_MONTHS_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
                  "sept.", "oct.", "nov.", "déc."]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def _naive(stamp: str) -> dt.datetime:
    fmt = "%Y-%m-%d %H:%M:%S" if stamp.count(":") == 2 else "%Y-%m-%d %H:%M"
    return dt.datetime.strptime(stamp, fmt)


def quoted(text: str) -> str:
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(">" if not line else (">" + line if line.startswith(">") else "> " + line))
    return "\n".join(out)


# --- quote and forward headers in the styles of the usual clients ---------

def q_gmail_fr(stamp: str, name: str, addr: str, text: str) -> str:
    d = _naive(stamp)
    return (f"Le {FR_DAYS_ABBR[d.weekday()]} {d.day} {FR_MONTHS_ABBR[d.month - 1]} {d.year} "
            f"à {d:%H:%M}, {name} <{addr}> a écrit :\n\n" + quoted(text))


def q_gmail_en(stamp: str, name: str, addr: str, text: str) -> str:
    d = _naive(stamp)
    hour = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return (f"On {EN_DAYS[d.weekday()][:3]}, {EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year} at "
            f"{hour}:{d:%M} {ampm} {name} <{addr}> wrote:\n\n" + quoted(text))


def q_apple_fr(stamp: str, name: str, addr: str, text: str) -> str:
    d = _naive(stamp)
    return (f"> Le {d.day} {FR_MONTHS_ABBR[d.month - 1]} {d.year} à {d:%H:%M}, {name} <{addr}> a écrit :\n>\n"
            + quoted(text))


def q_thunderbird_fr(stamp: str, name: str, text: str) -> str:
    d = _naive(stamp)
    return f"Le {d:%d/%m/%Y} à {d:%H:%M}, {name} a écrit :\n" + quoted(text)


def q_outlook_fr(stamp: str, name: str, addr: str, to: str, subject: str, text: str,
                 sep: str = "________________________________", cc: str | None = None) -> str:
    d = _naive(stamp)
    head = (f"{sep}\n" if sep else "") + (
        f"De : {name} <{addr}>\n"
        f"Envoyé : {FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month - 1]} {d.year} {d:%H:%M}\n"
        f"À : {to}\n" + (f"Cc : {cc}\n" if cc else "") + f"Objet : {subject}\n\n")
    return head + text.strip("\n")


def q_outlook_orig(stamp: str, name: str, addr: str, to: str, subject: str, text: str) -> str:
    d = _naive(stamp)
    return ("-----Message d'origine-----\n"
            f"De : {name} <{addr}>\n"
            f"Envoyé : {FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month - 1]} {d.year} {d:%H:%M}\n"
            f"À : {to}\nObjet : {subject}\n\n" + text.strip("\n"))


def q_outlook_en(stamp: str, name: str, addr: str, to: str, subject: str, text: str) -> str:
    d = _naive(stamp)
    hour = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return ("________________________________\n"
            f"From: {name} <{addr}>\n"
            f"Sent: {EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {d.day}, {d.year} {hour}:{d:%M} {ampm}\n"
            f"To: {to}\nSubject: {subject}\n\n" + text.strip("\n"))


def q_zimbra_fr(stamp: str, name: str, addr: str, to: str, subject: str, text: str) -> str:
    d = _naive(stamp)
    return ("----- Mail original -----\n"
            f"De: \"{name}\" <{addr}>\n"
            f"À: {to}\n"
            f"Envoyé: {FR_DAYS[d.weekday()].capitalize()} {d.day} {FR_MONTHS[d.month - 1].capitalize()} "
            f"{d.year} {d:%H:%M:%S}\n"
            f"Objet: {subject}\n\n" + text.strip("\n"))


def fwd_gmail_fr(stamp: str, name: str, addr: str, to: str, subject: str, text: str) -> str:
    d = _naive(stamp)
    return ("---------- Forwarded message ---------\n"
            f"De : {name} <{addr}>\n"
            f"Date: {FR_DAYS_ABBR[d.weekday()]} {d.day} {FR_MONTHS_ABBR[d.month - 1]} {d.year} à {d:%H:%M}\n"
            f"Subject: {subject}\nTo: {to}\n\n\n" + text.strip("\n"))


def fwd_gmail_en(stamp: str, name: str, addr: str, to: str, subject: str, text: str) -> str:
    d = _naive(stamp)
    hour = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return ("---------- Forwarded message ---------\n"
            f"From: {name} <{addr}>\n"
            f"Date: {EN_DAYS[d.weekday()][:3]}, {EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year} at {hour}:{d:%M} {ampm}\n"
            f"Subject: {subject}\nTo: {to}\n\n\n" + text.strip("\n"))


def fwd_apple_fr(stamp: str, name: str, addr: str, to: str, subject: str, text: str) -> str:
    d = _naive(stamp)
    return ("Début du message réexpédié :\n\n"
            f"De: {name} <{addr}>\n"
            f"Date: {d.day} {FR_MONTHS[d.month - 1]} {d.year} à {d:%H:%M:%S} UTC+1\n"
            f"À: {to}\n"
            f"Objet: {subject}\n\n" + text.strip("\n"))


def fwd_thunderbird_fr(stamp: str, name: str, addr: str, to: str, subject: str, text: str,
                       tz: str = "paris") -> str:
    return ("-------- Message transféré --------\n"
            f"Sujet : \t{subject}\n"
            f"Date : \t{rfc_date(when(stamp, tz))}\n"
            f"De : \t{name} <{addr}>\n"
            f"Pour : \t{to}\n\n\n" + text.strip("\n"))


# --------------------------------------------------------------------------
# MIME assembly (by hand, so that every byte is what a client would send)
# --------------------------------------------------------------------------


def enc_header(value: str, charset: str = "utf-8", name: str = "Subject") -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, header_name=name).encode(linesep="\n")


def enc_addr(name: str | None, addr: str, charset: str = "utf-8") -> str:
    if not name:
        return f"<{addr}>" if charset == "bare" else addr
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()@"<>[]'):
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{addr}>"
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode(linesep=chr(10))} <{addr}>"


def encode_body(text: str, charset: str, cte: str) -> bytes:
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw  # 7bit / 8bit


def leaf(ctype: str, text: str, charset: str = "utf-8", cte: str = "quoted-printable",
         extra: list[str] | None = None, params: str = "") -> bytes:
    cs = f'; charset="{charset}"' if charset else ""
    if cte in ("8bit", "7bit"):
        cs = f"; charset={charset}" if charset else ""
    head = [f"Content-Type: {ctype}{cs}{params}", f"Content-Transfer-Encoding: {cte}"]
    head += extra or []
    body = encode_body(text, charset or "ascii", cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return ("\n".join(head) + "\n\n").encode() + body


def binary_part(ctype: str, filename: str, data: bytes, inline: bool = False,
                cid: str | None = None) -> bytes:
    disp = "inline" if inline else "attachment"
    try:
        filename.encode("ascii")
        fn_param = f'filename="{filename}"'
        name_param = f'name="{filename}"'
    except UnicodeEncodeError:  # RFC 2231 for the disposition, RFC 2047 for the legacy name
        fn_param = "filename*=utf-8''" + urllib.parse.quote(filename, safe="")
        name_param = f'name="{Header(filename, "utf-8").encode()}"'
    head = [f"Content-Type: {ctype}; {name_param}",
            f"Content-Disposition: {disp}; {fn_param}",
            "Content-Transfer-Encoding: base64"]
    if cid:
        head.append(f"Content-ID: <{cid}>")
    return ("\n".join(head) + "\n\n").encode() + base64.encodebytes(data)


def raw_part(head: list[str], body: str | bytes) -> bytes:
    b = body.encode("utf-8") if isinstance(body, str) else body
    if not b.endswith(b"\n"):
        b += b"\n"
    return ("\n".join(head) + "\n\n").encode() + b


def multipart(subtype: str, parts: list[bytes], boundary: str, params: str = "",
              preamble: str = "") -> bytes:
    head = f'Content-Type: multipart/{subtype};\n boundary="{boundary}"{params}\n\n'.encode()
    out = head
    if preamble:
        out += preamble.encode() + b"\n"
    for p in parts:
        out += f"\n--{boundary}\n".encode() + p
    out += f"\n--{boundary}--\n".encode()
    return out


# --- text -> HTML in a few client dialects ---------------------------------

def _blocks(text: str) -> list[tuple[int, str]]:
    out = []
    for line in text.split("\n"):
        depth = 0
        while line.startswith(">"):
            depth += 1
            line = line[1:]
            if line.startswith(" "):
                line = line[1:]
        out.append((depth, line))
    return out


def _unwrap(blocks: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Rejoin lines the writer's client hard-wrapped, as the HTML part never wraps."""
    out: list[tuple[int, str]] = []
    glue = False
    for depth, line in blocks:
        if glue and out and out[-1][0] == depth and line.strip():
            out[-1] = (depth, out[-1][1] + " " + line)
        else:
            out.append((depth, line))
        glue = len(out[-1][1].split(" ")[-1]) < 40 and len(line) >= 60
    return out


def html_generic(text: str, line_fmt: str, empty: str, bq_open: str, bq_close: str) -> str:
    parts: list[str] = []
    cur = 0
    for depth, line in _unwrap(_blocks(text)):
        while cur < depth:
            parts.append(bq_open)
            cur += 1
        while cur > depth:
            parts.append(bq_close)
            cur -= 1
        parts.append(line_fmt.format(html.escape(line, quote=False)) if line.strip() else empty)
    parts.extend([bq_close] * cur)
    return "\n".join(parts)


def html_outlook(text: str, charset: str = "utf-8") -> str:
    inner = html_generic(text, '<p class="MsoNormal">{}<o:p></o:p></p>',
                         '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
                         '<blockquote style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt;margin-left:4.8pt">',
                         "</blockquote>")
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
        '\tfont-family:"Calibri",sans-serif;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;}\n'
        'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
        '<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n')


def html_gmail(text: str) -> str:
    inner = html_generic(text, "<div>{}</div>", "<div><br></div>",
                         '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                         'border-left:1px solid rgb(204,204,204);padding-left:1ex">',
                         "</blockquote>")
    return f'<div dir="ltr">\n{inner}\n</div>\n'


def html_zimbra(text: str) -> str:
    inner = html_generic(text, "<div>{}</div>", "<div><br data-mce-bogus=\"1\"></div>",
                         '<blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;">',
                         "</blockquote>")
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; '
            f'color: #000000">\n{inner}\n</div></body></html>\n')


def html_apple(text: str) -> str:
    inner = html_generic(text, "<div>{}</div>", "<div><br></div>",
                         '<blockquote type="cite">', "</blockquote>")
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f'<body dir="auto">\n{inner}\n</body></html>\n')


def html_plain(text: str) -> str:
    inner = html_generic(text, "{}<br>", "<br>", "<blockquote>", "</blockquote>")
    return f"<html>\n<body>\n{inner}\n</body>\n</html>\n"


# --------------------------------------------------------------------------
# the mail record and the client profiles
# --------------------------------------------------------------------------

MAILS: list[dict] = []


def M(cat: str, aro: bool, uai: str | None, region: str | None, platform: str | None,
      hard: bool, lang: str, notes: str, **kw: object) -> None:
    MAILS.append(dict(category=cat, auto_reply_ok=aro, uai=uai, region=region,
                      platform=platform, hard=hard, lang=lang, notes=notes, kw=kw))


def relay_for(addr: str, key: str) -> tuple[str, str]:
    dom = addr.split("@")[1].lower()
    ip = f"{['192.0.2', '198.51.100', '203.0.113'][hnum(key, 'net', lo=0, hi=2)]}.{hnum(key, 'ip')}"
    if dom in ("gmail.com", "googlemail.com"):
        return f"mail-wr1-f{hnum(key, 'g', lo=41, hi=99)}.google.com", ip
    if dom in ("outlook.fr", "hotmail.fr", "hotmail.com", "outlook.com", "live.fr"):
        return f"EUR0{hnum(key, 'o', lo=1, hi=5)}-VI1-obe.outbound.protection.outlook.com", ip
    if dom in ("orange.fr", "wanadoo.fr"):
        return f"smtp{hnum(key, 'or', lo=10, hi=99)}.smtpout.orange.fr", ip
    if dom.startswith("ac-"):
        return f"smtp{hnum(key, 'ac', lo=1, hi=6)}.{dom}", ip
    return f"mail.{dom}", ip


def build(n: int, m: dict) -> bytes:
    kw = dict(m["kw"])
    if "raw" in kw:
        return kw["raw"](n, kw)  # type: ignore[operator]
    client = kw.get("client", "plain")
    name, addr = kw["frm"]  # type: ignore[misc]
    dom = addr.split("@")[1]
    tz = kw.get("tz", "paris")
    d = when(kw["date"], tz)  # type: ignore[arg-type]
    key = f"h5-{n}"
    body = str(kw.get("body", "")).strip("\n") + "\n"
    charset = kw.get("charset", "utf-8")
    subject = kw.get("subject", "")

    # ---- transport headers
    relay, ip = relay_for(addr, key)
    if kw.get("relay"):
        relay = str(kw["relay"])
    recv_time = d + dt.timedelta(seconds=hnum(key, "lag", lo=2, hi=40))
    headers = []
    headers.append(f"Return-Path: <{kw.get('return_path', addr)}>")
    headers.append(f"Delivered-To: {SUPPORT_ADDR}")
    headers.append(f"Received: from {relay} ({relay} [{ip}])\n\tby {MX} (Postfix) with ESMTPS id "
                   f"{hx(key, 'qid', n=15)}\n\tfor <{SUPPORT_ADDR}>; {rfc_date(to_paris(recv_time))}")
    auth = kw.get("auth", "pass")
    adom = kw.get("auth_domain", dom)
    if auth == "pass":
        headers.append(f"Authentication-Results: {MX};\n\tdkim=pass (2048-bit key) header.d={adom};\n"
                       f"\tspf=pass smtp.mailfrom={adom};\n\tdmarc=pass (p=none dis=none) header.from={adom}")
    elif auth == "fail":
        headers.append(f"Authentication-Results: {MX};\n\tdkim=none;\n\tspf=fail smtp.mailfrom={adom};\n"
                       f"\tdmarc=fail (p=quarantine dis=none) header.from={adom}")
    elif auth == "softfail":
        headers.append(f"Authentication-Results: {MX};\n\tdkim=none;\n\tspf=softfail smtp.mailfrom={adom};\n"
                       f"\tdmarc=none header.from={adom}")
    elif auth == "none":
        headers.append(f"Authentication-Results: {MX};\n\tdkim=none;\n\tspf=none smtp.mailfrom={adom};\n"
                       f"\tdmarc=none")

    from_cs = "iso-8859-1" if charset in ("iso-8859-1", "windows-1252") and kw.get("latin_headers") else "utf-8"
    headers.append("From: " + enc_addr(name, addr, from_cs))
    headers.append("To: " + str(kw.get("to", SUPPORT)))
    if kw.get("cc"):
        headers.append("Cc: " + str(kw["cc"]))
    if kw.get("reply_to"):
        headers.append("Reply-To: " + str(kw["reply_to"]))
    headers.append("Subject: " + enc_header(str(subject), from_cs))
    headers.append(f"Date: {rfc_date(d)}")

    # ---- client specific ids and headers
    mid_local = hx(key, "mid", n=24)
    extra: list[str] = []
    if client in ("outlook", "outlook_html", "outlook_en"):
        mid = f"<PR{hnum(key, 'pr', lo=0, hi=3)}P264MB{mid_local[:8].upper()}{hx(key, 'x', n=12).upper()}@PR{hnum(key, 'pr', lo=0, hi=3)}P264MB{hnum(key, 'mb', lo=1000, hi=9999)}.FRAP264.PROD.OUTLOOK.COM>"
        extra += [f"Thread-Topic: {enc_header(str(subject).split(': ', 1)[-1], from_cs)}",
                  f"Thread-Index: {base64.b64encode(bytes.fromhex(hx(key, 'ti', n=44))).decode()}",
                  "Accept-Language: fr-FR, en-US" if client != "outlook_en" else "Accept-Language: en-GB, fr-FR",
                  "Content-Language: fr-FR" if client != "outlook_en" else "Content-Language: en-GB",
                  "X-MS-Has-Attach: " + ("yes" if kw.get("attachments") else ""),
                  "X-MS-TNEF-Correlator: "]
    elif client in ("outlook_desktop", "outlook_desktop_html"):
        mid = f"<{hx(key, 'od', n=12)}${hx(key, 'od2', n=8)}${hx(key, 'od3', n=8)}@{dom}>"
        extra += ["X-Mailer: Microsoft Outlook 16.0",
                  f"Thread-Index: {base64.b64encode(bytes.fromhex(hx(key, 'ti', n=40))).decode()}",
                  "Content-Language: fr"]
    elif client == "zimbra":
        mid = f"<{hnum(key, 'z1', lo=10**8, hi=10**9)}.{hnum(key, 'z2', lo=10**5, hi=10**6)}.{hnum(key, 'z3', lo=10**12, hi=10**13)}.JavaMail.zimbra@{dom}>"
        extra += [f"X-Originating-IP: [10.{hnum(key, 'a')}.{hnum(key, 'b')}.{hnum(key, 'c')}]",
                  "X-Mailer: Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF132\n (Win)/9.0.0_ZEXTRAS_20240927)",
                  f"Thread-Topic: {enc_header(str(subject).split(': ', 1)[-1])}"]
    elif client in ("gmail", "gmail_plain"):
        mid = f"<CA{base64.b64encode(bytes.fromhex(hx(key, 'gm', n=48))).decode().replace('/', '_')}@mail.gmail.com>"
    elif client in ("thunderbird", "thunderbird_latin1"):
        h = hx(key, "tb", n=32)
        mid = f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{dom}>"
        extra += ["User-Agent: Mozilla Thunderbird", "Content-Language: " + ("en-US" if m["lang"] == "en" else "fr")]
    elif client in ("iphone", "iphone_html"):
        h = hx(key, "ip", n=32).upper()
        mid = f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{dom}>"
        extra += ["X-Mailer: iPhone Mail (22B91)"]
    elif client == "applemail":
        h = hx(key, "am", n=32).upper()
        mid = f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{dom}>"
        extra += ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"]
    elif client == "android":
        mid = f"<AM{hnum(key, 'and', lo=0, hi=9)}PR0{hx(key, 'an', n=10).upper()}@AM{hnum(key, 'mb', lo=1000, hi=9999)}.eurprd04.prod.outlook.com>"
        extra += ["X-Mailer: Outlook for Android"] if False else []
    elif client == "roundcube":
        mid = f"<{hx(key, 'rc', n=32)}@{dom}>"
        extra += ["User-Agent: Roundcube Webmail/1.6.9"]
    elif client == "webmail_orange":
        mid = f"<{hnum(key, 'or1', lo=10**8, hi=10**9)}.{hnum(key, 'or2', lo=10**5, hi=10**6)}.{hnum(key, 'or3', lo=10**12, hi=10**13)}.JavaMail.open-xchange@opme11oxm{hnum(key, 'ox', lo=10, hi=40)}nd1>"
        extra += ["X-Mailer: Open-Xchange Mailer v7.10.6-Rev73"]
    else:  # plain webmail / unknown
        mid = f"<{hx(key, 'pl', n=20)}@{dom}>"
    if kw.get("message_id"):
        mid = str(kw["message_id"])
    headers.append(f"Message-ID: {mid}")
    if kw.get("in_reply_to"):
        headers.append(f"In-Reply-To: {kw['in_reply_to']}")
        headers.append(f"References: {kw.get('references', kw['in_reply_to'])}")
    headers.append("MIME-Version: 1.0" if client not in ("iphone", "iphone_html", "applemail") else "Mime-Version: 1.0 (1.0)")
    headers += extra
    for h in kw.get("headers", []):  # type: ignore[union-attr]
        headers.append(str(h))

    # ---- body structure
    if client in ("outlook", "outlook_en", "outlook_desktop"):
        cs = charset if charset != "iso-8859-1" else "iso-8859-1"
        text_part = leaf("text/plain", body, cs, "quoted-printable")
        html_part = leaf("text/html", html_outlook(kw.get("html_src", body), cs), cs, "quoted-printable")  # type: ignore[arg-type]
        content = multipart("alternative", [text_part, html_part], f"_000_{hx(key, 'b', n=28).upper()}_")
    elif client in ("outlook_html", "outlook_desktop_html"):
        cs = kw.get("charset", "windows-1252")
        content = leaf("text/html", html_outlook(body, cs), cs, "quoted-printable")  # type: ignore[arg-type]
    elif client == "zimbra":
        text_part = leaf("text/plain", body, "utf-8", "quoted-printable")
        html_part = leaf("text/html", html_zimbra(body), "utf-8", "quoted-printable")
        content = multipart("alternative", [text_part, html_part], f"=_{hx(key, 'zb', n=8)}-{hx(key, 'zb2', n=4)}-{hx(key, 'zb3', n=4)}-{hx(key, 'zb4', n=12)}")
    elif client == "gmail":
        text_part = leaf("text/plain", body, "UTF-8", "quoted-printable")
        html_part = leaf("text/html", html_gmail(body), "UTF-8", "quoted-printable")
        content = multipart("alternative", [text_part, html_part], f"000000000000{hx(key, 'gb', n=16)}")
    elif client == "gmail_plain":
        content = leaf("text/plain", body, "UTF-8", "quoted-printable")
    elif client == "thunderbird":
        content = leaf("text/plain", body, "UTF-8", "8bit", params="; format=flowed")
    elif client == "thunderbird_latin1":
        content = leaf("text/plain", body, "ISO-8859-1", "8bit", params="; format=flowed")
    elif client == "iphone":
        content = leaf("text/plain", body, "utf-8", "quoted-printable")
    elif client in ("iphone_html", "applemail"):
        text_part = leaf("text/plain", body, "utf-8", "quoted-printable")
        html_part = leaf("text/html", html_apple(body), "utf-8", "quoted-printable")
        content = multipart("alternative", [text_part, html_part], f"Apple-Mail-{hx(key, 'ab', n=8).upper()}-{hx(key, 'ab2', n=4).upper()}")
    elif client == "android":
        text_part = leaf("text/plain", body, "utf-8", "base64")
        html_part = leaf("text/html", html_plain(body), "utf-8", "base64")
        content = multipart("alternative", [text_part, html_part], f"_000_{hx(key, 'an', n=24)}_")
    elif client == "latin1":
        content = leaf("text/plain", body, "iso-8859-1", "8bit")
    elif client == "cp1252_qp":
        content = leaf("text/plain", body, "windows-1252", "quoted-printable")
    elif client == "roundcube":
        content = leaf("text/plain", body, "UTF-8", "8bit", params="; format=flowed")
    elif client == "webmail_orange":
        text_part = leaf("text/plain", body, "UTF-8", "quoted-printable")
        html_part = leaf("text/html", html_plain(body), "UTF-8", "quoted-printable")
        content = multipart("alternative", [text_part, html_part], f"----=_Part_{hnum(key, 'p1', lo=10**5, hi=10**6)}_{hnum(key, 'p2', lo=10**8, hi=10**9)}.{hnum(key, 'p3', lo=10**12, hi=10**13)}")
    elif client == "html_only":
        content = leaf("text/html", kw.get("html") or html_plain(body), "utf-8", "quoted-printable")  # type: ignore[arg-type]
    elif client == "alt_custom":
        text_part = leaf("text/plain", body, "utf-8", "quoted-printable")
        html_part = leaf("text/html", str(kw["html"]), "utf-8", "quoted-printable")
        content = multipart("alternative", [text_part, html_part], f"b1_{hx(key, 'cu', n=30)}")
    else:  # plain
        content = leaf("text/plain", body, charset, kw.get("cte", "quoted-printable"))  # type: ignore[arg-type]

    atts = kw.get("attachments") or []
    if atts:
        parts = [content]
        for a in atts:  # type: ignore[union-attr]
            parts.append(binary_part(*a))
        content = multipart("mixed", parts, f"----=_NextPart_{hx(key, 'mx', n=24).upper()}")

    return ("\n".join(headers) + "\n").encode() + content


# --- stub attachments (small, but with the right magic bytes) --------------

def stub_pdf(title: str) -> bytes:
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
            b"% " + title.encode("utf-8") + b"\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")


def stub_png(tag: str) -> bytes:
    return (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
            b"\x90wS\xde" + hashlib.sha256(tag.encode()).digest()[:16] + b"\x00\x00\x00\x00IEND\xaeB`\x82")


def stub_docx(tag: str) -> bytes:
    return b"PK\x03\x04\x14\x00\x06\x00" + hashlib.sha256(tag.encode()).digest() + b"word/document.xml"


def stub_zip(tag: str) -> bytes:
    return b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + hashlib.sha256(tag.encode()).digest() + b"report.xml"


# ==========================================================================
# THE MAILS
# ==========================================================================

# --- texts the desk itself sent earlier (they appear in quoted history) ----

DESK = "Assistance"
DESK_RESET_SENT = """\
Bonjour,

Un lien permettant de choisir un nouveau mot de passe vient d'être envoyé à
l'adresse officielle de votre établissement (c***@ac-*****.fr).
Ce lien ne peut servir qu'une fois et reste valable 12 heures.

Bien cordialement,
L'équipe d'assistance"""

DESK_JUNK = """\
Bonjour,

Les messages automatiques de la plateforme sont envoyés depuis une adresse
no-reply et peuvent être classés dans le dossier « Courrier indésirable ».
Merci de vérifier ce dossier, de déclarer le message comme légitime et
d'ajouter l'expéditeur à vos contacts. Sans retour de votre part, nous
reviendrons vers vous sous 48 heures.

Cordialement,
L'équipe d'assistance"""

DESK_72H = """\
Bonjour,

Un abonnement commandé en ligne est activé dans un délai de 72 heures après
la validation de la commande. Passé ce délai, répondez simplement à ce
message en indiquant le numéro de commande.

Cordialement,
L'équipe d'assistance"""

DESK_WRITTEN = """\
Bonjour,

Pour modifier l'adresse de contact du compte administrateur, nous avons
besoin d'une demande écrite du chef d'établissement, envoyée de préférence
depuis l'adresse officielle de l'établissement.

Bien cordialement,
L'équipe d'assistance"""

DESK_REGION_DOCS = """\
Bonjour,

Le document a été ajouté à la fiche du marché dans « Mes Marchés ».
Il est visible par les utilisateurs de la structure ayant le profil
acheteur. N'hésitez pas à nous écrire si ce n'est pas le cas.

Cordialement,
Support régional"""


def sup(num: int) -> str:
    return f"<SUP-{num:06d}.{1790000000 + num * 7}.{hx('sup', num, n=6)}@assistance.example.fr>"


# ==========================================================================
# password_reset
# ==========================================================================

M("password_reset", True, "0694127L", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "Back from leave, the e-sidoc back-office password no longer works and nobody left it; UAI in the signature: plain reset request.",
  client="outlook", frm=("Sophie Garnier", "sophie.garnier@ac-lyon.fr"),
  subject="Accès portail CDI impossible", date="2026-09-14 08:47",
  body="""\
Bonjour,

Je reprends mon poste au CDI après un congé maternité et impossible de
rentrer dans le back-office du portail e-sidoc : le mot de passe que j'avais
noté ne passe plus, et je ne me souviens pas de l'avoir changé. Ma
remplaçante est partie en juin sans laisser de consigne.

Est-ce que vous pouvez me renvoyer de quoi me reconnecter ? L'identifiant
c'est bien le numéro du collège ?

Merci d'avance,

Sophie Garnier
Professeure documentaliste
Collège Jean-Moulin – Villeurbanne
UAI : 0694127L
04 78 84 12 30
""")

M("password_reset", True, "0332608F", "nouvelle-aquitaine", "esidoc", False, "fr",
  "SMS-style phone message without accents: lost e-sidoc credentials, UAI typed in lower case.",
  client="webmail_orange", frm=("lucie bernard", "lucie.bernard33@orange.fr"),
  subject="mdp", date="2026-09-21 21:13",
  body="""\
bjr jai perdu mes identifiants esidoc pour le cdi, uai 0332608f
vous pouvez me renvoyer un lien svp
merci

Envoyé depuis mon mobile Orange
""")

M("password_reset", True, "0341572Z", "occitanie", "esidoc", True, "fr",
  "The office writes from the official ce.<UAI> address (lower case, the only place the UAI appears) and asks for the reset link on that address: the safe reset path.",
  client="zimbra", frm=("Secrétariat Lycée Jean-Jaurès", "ce.0341572z@ac-montpellier.fr"),
  subject="Demande lien mot de passe portail documentaire", date="2026-10-06 10:31",
  body="""\
Bonjour,

Le secrétariat du lycée vous écrit à la demande de notre professeur
documentaliste, M. Fabre, qui n'arrive plus à se connecter à
l'administration du portail e-sidoc du CDI (mot de passe refusé, il pense
l'avoir oublié pendant les vacances).

Pouvez-vous envoyer le lien de réinitialisation sur cette adresse ? C'est
l'adresse officielle de l'établissement, nous lui transmettrons aussitôt.

Bien cordialement,

Le secrétariat de direction
Lycée Jean-Jaurès
""")

M("password_reset", True, "0672894G", "grand-est", "esidoc", False, "en",
  "English; a teacher minding the library has no e-sidoc admin password and gives the UAI as the login.",
  client="thunderbird", frm=("Mark Ellison", "mark.ellison@ac-strasbourg.fr"),
  subject="Forgotten password - library portal", date="2026-09-29 16:05",
  body="""\
Hello,

I'm the English-section teacher who has been looking after the school
library since our librarian retired in June. I need to update the e-sidoc
portal (opening hours, new arrivals) but I can't log in: I don't have the
password, and the one written on a post-it in the office doesn't work.

Our school code, which I understand is the login, is 0672894G.

Could you help? Happy to go through whatever procedure is needed.

Best,
Mark Ellison
Section internationale britannique
""")

M("password_reset", True, None, None, "espace_acheteur", False, "fr",
  "Town-hall buyer: the service's shared Espace Acheteur account has a password nobody knows since the previous buyer retired; no UAI, no académie domain.",
  client="outlook", frm=("Nathalie Vasseur", "achats@mairie-saint-avertin.fr"),
  subject="identifiants perdus espace acheteur", date="2026-11-17 14:22",
  body="""\
Bonjour,

Je suis la nouvelle responsable des achats de la mairie. Le compte de la
commune sur l'Espace Acheteur est au nom du service (cette adresse, achats@)
mais personne ne connaît le mot de passe depuis le départ en retraite de
M. Petitjean, qui gardait tout dans sa tête...

Je dois passer une commande de fournitures pour les écoles avant la fin du
mois. Comment je fais pour récupérer l'accès ?

Cordialement

Nathalie Vasseur
Service Finances – Commande publique
Mairie de Saint-Avertin
""")

M("password_reset", True, "0593317K", "hauts-de-france", "esidoc", True, "fr",
  "Gmail forward of the reset mail whose link has expired; the UAI is only in the signature, written with spaces (0593 317 K).",
  client="gmail", frm=("Mathilde Vandenberghe", "mathilde.vdb59@gmail.com"),
  subject="Fwd: Réinitialisation de votre mot de passe", date="2026-10-13 07:58",
  body="""\
Re-bonjour,

Je vous transfère le mail reçu hier soir. Quand je clique sur le lien ce
matin ça me met « lien expiré ou déjà utilisé ». Je n'ai pourtant cliqué
qu'une fois. Vous pouvez m'en renvoyer un ? Cette fois je le fais tout de
suite, promis.

Mathilde V.
CDI collège Paul-Éluard – RNE 0593 317 K

""" + fwd_gmail_fr("2026-10-12 18:41", "Portail e-sidoc", "no-reply@esidoc.example.fr",
                   "cdi.eluard@gmail.com", "Réinitialisation de votre mot de passe", """\
Bonjour,

Une demande de réinitialisation du mot de passe a été faite pour votre
compte administrateur.
Pour choisir un nouveau mot de passe, suivez ce lien (valable 12 heures) :
https://portail.esidoc.example.fr/reinit?t=8f3ac2e91b

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message."""))

M("password_reset", True, None, None, "espace_acheteur", False, "fr",
  "Hospital buyer locked out of the Espace Acheteur after wrong attempts, asks for a reset; no UAI and no académie domain.",
  client="outlook", frm=("Karim Benali", "k.benali@ch-valdeloire.fr"),
  subject="Compte bloqué", date="2026-11-24 09:12",
  body="""\
Bonjour,

Après plusieurs essais ce matin mon compte Espace Acheteur est bloqué
(message « compte verrouillé, réessayez plus tard »). J'ai attendu une
heure, toujours pareil. Je pense m'être trompé de mot de passe, il faudrait
le réinitialiser.

Nous avons une consultation qui se termine jeudi, merci de faire vite.

Karim Benali
Acheteur – Direction des achats
Centre hospitalier du Val de Loire
Tél. 02 38 51 44 07
""")

M("password_reset", False, "0382945V", "auvergne-rhone-alpes", "esidoc", True, "fr",
  "Two requests in one mail: forgotten e-sidoc password (first) and a quote for next year's renewal (order_billing); one template would answer only half.",
  client="zimbra", frm=("Camille Roche", "camille.roche@ac-grenoble.fr"),
  subject="mot de passe + devis", date="2026-10-08 12:40",
  body="""\
Bonjour,

Deux choses :
1) je n'arrive plus à me connecter au back-office e-sidoc, mot de passe
oublié (il était enregistré dans le navigateur et le PC a été réinstallé
par la DANE)
2) notre gestionnaire me demande un devis pour le renouvellement de
l'abonnement l'an prochain, pour l'inscrire au budget. Vous pouvez me
l'envoyer ou je dois le demander à quelqu'un d'autre ?

Merci

Camille Roche
Documentaliste, collège Les Allobroges
0382945V
""")

M("password_reset", True, None, "auvergne-rhone-alpes", "esidoc", True, "fr",
  "The code 0631905B has a wrong check letter (the digits give 0631905D), so no UAI; region from the ac-clermont.fr sender; plain forgotten password.",
  client="thunderbird", frm=("Jérôme Delmas", "jerome.delmas@ac-clermont.fr"),
  subject="Perte mot de passe e-sidoc - 0631905B", date="2026-11-02 17:26",
  body="""\
Bonjour,

J'ai oublié le mot de passe administrateur de notre portail e-sidoc.
Le numéro de l'établissement est le 0631905B.

Merci de m'indiquer la marche à suivre.

Cordialement,
J. Delmas
Professeur documentaliste
Lycée professionnel, Thiers
""")

M("password_reset", False, "0441893U", "pays-de-la-loire", "ecoledirecte", True, "fr",
  "Lost EcoleDirecte administrator password, explicitly not the daily maintenance password (transfer_incident); no reset template exists for this product, so a person answers.",
  client="outlook_desktop", frm=("Stéphanie Guérin", "secretariat@ecole-stjoseph-reze.fr"),
  subject="Accès administrateur EcoleDirecte perdu", date="2026-09-08 11:03",
  body="""\
Bonjour,

Nous n'arrivons plus à nous connecter à l'espace établissement
EcoleDirecte avec le compte administrateur (celui qui sert à créer les
comptes des enseignants). Le mot de passe a été changé par l'ancienne
secrétaire et personne ne le connaît.

Attention, je ne parle pas du mot de passe de maintenance qu'on nous donne
au téléphone pour les transferts, ça c'est autre chose : c'est bien notre
accès administrateur qui est perdu.

Pouvez-vous le réinitialiser ?

Merci
Stéphanie Guérin
Secrétariat
École Saint-Joseph – Rezé
UAI 0441893U
""")

M("password_reset", True, None, None, "espace_acheteur", False, "en",
  "English; forgot both the Espace Acheteur username and password; non-academic sender, no UAI.",
  client="outlook_en", frm=("James Harper", "j.harper@campus-numerique.fr"),
  subject="Can't remember my login", date="2026-12-01 15:48",
  body="""\
Hi,

I set up our buyer account on the Espace Acheteur back in March and haven't
used it since. Now I can't remember which username I picked (was it my
email? something else?) and obviously not the password either.

Can you tell me what my login is and send me a reset?

Thanks,
James Harper
Operations manager
""")

M("password_reset", True, "0142783Z", "normandie", "esidoc", True, "fr",
  "Reply on an old subscription ticket (quoted, Gmail French style) that now asks something else: locked out of e-sidoc admin, reset wanted.",
  client="gmail", frm=("Aurélie Lenoir", "aurelie.lenoir14@gmail.com"),
  subject="Re: [#SUP-021447] Abonnement Europresse pas visible", date="2026-11-09 13:05",
  in_reply_to=sup(21447),
  body="""\
Bonjour,

Merci, l'abonnement est bien apparu finalement. Par contre maintenant c'est
autre chose : ma collègue a changé le mot de passe du back-office e-sidoc
pendant que j'étais en formation et elle est en arrêt, impossible de la
joindre. Je suis bloquée dehors. Vous pouvez réinitialiser ? Collège
0142783Z.

Bonne journée
Aurélie

""" + q_gmail_fr("2026-10-21 09:14", DESK, SUPPORT_ADDR, DESK_72H))

M("password_reset", True, "0761398G", "normandie", "esidoc", False, "fr",
  "New librarian who was never given the e-sidoc password nor the address on file; UAI in the body; iPhone.",
  client="iphone", frm=("Élodie Marchand", "elodie.marchand@ac-normandie.fr"),
  subject="Codes d'accès e-sidoc", date="2026-09-17 19:52",
  body="""\
Bonjour, je suis arrivée au lycée à la rentrée (TZR) et personne n'a pu me
donner les codes d'accès au portail e-sidoc, l'ancienne collègue a muté dans
le Sud. Je ne connais ni le mot de passe ni l'adresse mail qui est
rattachée au compte. Le lycée c'est le 0761398G.
Comment on fait dans ce cas ?
Merci beaucoup
Élodie Marchand

Envoyé de mon iPhone
""")

M("password_reset", True, "9740214P", "la-reunion", "esidoc", False, "fr",
  "Expired e-sidoc password and the old one lost; ISO-8859-1 8-bit body from Thunderbird; Réunion time zone.",
  client="thunderbird_latin1", tz="reunion", frm=("Raphaël Payet", "raphael.payet@ac-reunion.fr"),
  subject="mot de passe expiré e-sidoc", date="2026-10-15 07:20",
  body="""\
Bonjour,

Ce matin en voulant me connecter à l'administration e-sidoc, un message
m'a dit que mon mot de passe avait expiré et qu'il fallait en choisir un
nouveau. Problème : il me demande l'ancien, que je ne retrouve plus (il
était dans le carnet que j'ai perdu lors du déménagement du CDI...).

Merci de votre aide, on a 2h de décalage avec vous donc je lirai votre
réponse dans la journée.

Raphaël Payet
Collège de Bois-de-Nèfles, Saint-Paul
9740214P
""")

M("password_reset", False, "0311764Z", "occitanie", "esidoc", True, "fr",
  "Forgotten e-sidoc password, but she asks for the link on her personal Gmail instead of the school's address: an address not on file, so no automatic answer.",
  client="gmail", frm=("Marine Cazals", "marine.cazals.doc@gmail.com"),
  subject="Mot de passe portail", date="2026-11-19 22:34",
  body="""\
Bonjour

Je suis la doc du collège Bellevue (0311764Z). J'ai oublié mon mot de passe
du portail e-sidoc. Je sais que vous envoyez le lien sur la boîte du collège
mais la boîte ce. c'est la principale qui la lit et elle ne transfère jamais
rien... Est-ce que vous pourriez exceptionnellement me l'envoyer directement
sur mon adresse perso, celle-ci ? Ça m'arrangerait vraiment.

Merci !!
Marine
""")

M("password_reset", True, "7200183L", "corse", "esidoc", False, "fr",
  "Three-line request: forgotten e-sidoc password for a Haute-Corse lycée (UAI prefix 720).",
  client="outlook", frm=("Pierre-Antoine Santoni", "pierre-antoine.santoni@ac-corse.fr"),
  subject="MDP e-sidoc", date="2026-12-08 10:02",
  body="""\
Bonjour,
Mot de passe e-sidoc oublié pour le lycée 7200183L. Merci de me renvoyer un lien.
Cdlt
P-A. Santoni
""")

M("password_reset", True, "0811427L", "occitanie", "esidoc", False, "en",
  "English one-liner: the reset link says invalid or expired token; asks for another; UAI given.",
  client="gmail_plain", frm=("Priya Natarajan", "priya.natarajan@ac-toulouse.fr"),
  subject="Reset link not working", date="2027-01-12 08:15",
  body="""\
Hi, the password reset link you sent says "invalid or expired token". Can you send another one please? School ID is 0811427L (library portal, e-sidoc).
Thanks, Priya
""")

M("password_reset", False, "0861249R", "nouvelle-aquitaine", "esidoc", False, "fr",
  "Reply (Apple quote) to the automatic reset answer: the link went to the official mailbox nobody can open any more; the template already failed, a person must call back.",
  client="iphone", frm=("Bruno Texier", "bruno.texier@ac-poitiers.fr"),
  subject="Re: [#SUP-018233] Mot de passe e-sidoc", date="2026-10-02 08:09",
  in_reply_to=sup(18233),
  body="""\
Ça ne m'avance à rien, la boîte ce. du lycée personne n'y a accès depuis que
la secrétaire est partie en retraite, le mot de passe de la messagerie est
perdu lui aussi. Il faut que quelqu'un m'appelle, je suis au 05 49 62 18 40
le matin.
Lycée 0861249R

Envoyé de mon iPhone

""" + q_apple_fr("2026-10-01 16:55", DESK, SUPPORT_ADDR, DESK_RESET_SENT))

M("password_reset", True, "0213374D", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
  "Over-polite new gestionnaire: the Espace Acheteur login and password were not handed over; 'mot de passe oublié' says unknown login; RNE in the signature.",
  client="outlook_desktop", frm=("Françoise Lemaire", "francoise.lemaire@ac-dijon.fr"),
  subject="Demande d'identifiants - Espace Acheteur", date="2026-09-10 15:37",
  body="""\
Madame, Monsieur,

Je me permets de vous solliciter car j'ai repris au 1er septembre les
fonctions de gestionnaire du lycée, à la suite de la mutation de ma
prédécesseure. Parmi les nombreux dossiers qu'elle m'a laissés figure
l'accès à l'Espace Acheteur, que nous utilisons pour les commandes de
fournitures et de produits d'entretien. Malheureusement, ses identifiants
ne figurent nulle part dans le dossier de passation.

J'ai essayé la fonction « mot de passe oublié » avec l'adresse du service
intendance, sans succès : le site m'indique que l'identifiant est inconnu.
Je ne sais donc pas quel identifiant saisir.

Auriez-vous l'amabilité de m'indiquer l'identifiant du compte et la
procédure pour obtenir un nouveau mot de passe ?

Je vous remercie par avance et vous prie d'agréer, Madame, Monsieur,
l'expression de mes salutations distinguées.

Françoise Lemaire
Adjointe gestionnaire
Lycée Hippolyte-Fontaine – Dijon
RNE 0213374D
""")

M("password_reset", True, "0133507S", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
  "HTML-only Outlook mail (windows-1252): too many wrong tries, no longer knows the e-sidoc password.",
  client="outlook_html", frm=("Isabelle Ortiz", "isabelle.ortiz@ac-aix-marseille.fr"),
  subject="Mot de passe oublié portail CDI", date="2026-11-05 13:58",
  body="""\
Bonjour,

Je n'arrive plus à accéder à la partie gestion de notre portail e-sidoc,
j'ai dû me tromper trop de fois et maintenant je ne sais plus du tout
quel était le bon mot de passe.

Pourriez-vous me faire parvenir un nouveau lien ?

Cordialement,

Isabelle Ortiz
Professeure documentaliste
Collège Marcel-Pagnol – Marseille 11e
UAI 0133507S
Tél : 04 91 43 27 60
""")

M("password_reset", True, "0450918D", "centre-val-de-loire", "esidoc", True, "fr",
  "Contrast: the reset mail does arrive, so not missing_noreply_mail; the link had expired when opened the next day and a new one is wanted.",
  client="roundcube", frm=("Thomas Girard", "thomas.girard@ac-orleans-tours.fr"),
  subject="lien pour changer le mot de passe", date="2026-12-03 08:32",
  body="""\
Bonjour,

Je précise tout de suite : ce n'est pas un problème de mail qui n'arrive
pas, le message pour changer le mot de passe je le reçois bien (dans la
boîte de réception, pas dans les spams). Mais je ne l'ai ouvert que ce
matin et le lien dit qu'il a expiré.

Du coup je n'ai toujours pas de mot de passe pour le portail e-sidoc.
Vous pouvez relancer l'envoi ? Je guette ma boîte.

Merci
Thomas Girard
CDI – Lycée Voltaire, Orléans
0450918D
""")

M("password_reset", True, "0291386Z", "bretagne", "esidoc", False, "en",
  "English; school IT technician needs the e-sidoc admin password reset while the librarian is on sick leave, accepts the official-mailbox path.",
  client="outlook_en", frm=("Yann Le Gall", "y.legall@lycee-kerichen.fr"),
  subject="e-sidoc admin password", date="2027-01-19 11:20",
  body="""\
Hello,

I work in the IT team of Lycée de Kerichen in Brest (UAI 0291386Z). Our
librarian is on long-term sick leave and the school needs to publish a
notice on the e-sidoc portal. Nobody else has the admin password.

Can you reset it? I understand the link may have to go to the school's
official mailbox, that's fine, the head's office can forward it.

Regards,
Yann Le Gall
IT technician
""")

M("password_reset", True, "0754902W", "ile-de-france", "esidoc", False, "fr",
  "Forgotten e-sidoc admin password; quotes a colleague's advice in Thunderbird style; UAI in the body.",
  client="thunderbird", frm=("Hélène Dufresne", "helene.dufresne@ac-paris.fr"),
  subject="mot de passe e-sidoc ??", date="2026-10-20 14:11",
  body="""\
Bonjour,

Comme me le conseille ma collègue ci-dessous, je vous écris : impossible
de retrouver le mot de passe de l'admin e-sidoc du collège (0754902W).
Pouvez-vous me renvoyer un lien ?

Cordialement
Hélène Dufresne

""" + q_thunderbird_fr("2026-10-20 12:47", "Claire Moreau", """\
Salut Hélène,

Non moi je ne l'ai plus depuis longtemps, le mot de passe. Écris au
support, ils t'enverront un lien sur la boîte du collège normalement.

Bises
Claire"""))

M("password_reset", True, "0573149N", "grand-est", "esidoc", True, "fr",
  "Two UAIs: the old school 0259183W (Besançon) is fine, the request is about the new one 0573149N (Metz), whose region wins over the ac-besancon.fr sender domain.",
  client="zimbra", frm=("Julie Schmitt", "julie.schmitt@ac-besancon.fr"),
  subject="e-sidoc : mot de passe du nouveau collège", date="2026-09-24 18:06",
  body="""\
Bonjour,

J'ai muté cette année du collège Victor-Hugo de Besançon (0259183W) au
collège La Source à Metz-Borny (0573149N). Pour Besançon tout va bien, j'ai
transmis les codes à ma remplaçante. Mais à Metz je ne connais pas le mot
de passe d'administration d'e-sidoc et l'ancienne collègue n'en a aucune
idée.

Pourriez-vous m'aider pour le portail de Metz ? J'écris depuis mon ancienne
adresse, je n'ai pas encore celle de Nancy-Metz.

Merci
Julie Schmitt
""")

# ==========================================================================
# automated (report-type mails are assembled by hand below)
# ==========================================================================


def raw_head(n: int, kw: dict, frm: str, subject: str, extra: list[str],
             return_path: str = "<>", to: str = SUPPORT) -> list[str]:
    d = when(kw["date"], kw.get("tz", "paris"))
    key = f"h5-{n}"
    host = kw["host"]
    ip = f"198.51.100.{hnum(key, 'ip')}"
    heads = [f"Return-Path: {return_path}",
             f"Delivered-To: {SUPPORT_ADDR}",
             f"Received: from {host} ({host} [{ip}])\n\tby {MX} (Postfix) with ESMTPS id "
             f"{hx(key, 'qid', n=15)}\n\tfor <{SUPPORT_ADDR}>; {rfc_date(to_paris(d + dt.timedelta(seconds=3)))}",
             f"Authentication-Results: {MX};\n\tdkim=none;\n\tspf=pass smtp.helo={host};\n\tdmarc=none",
             f"From: {frm}", f"To: {to}", f"Subject: {enc_header(subject)}",
             f"Date: {rfc_date(d)}",
             f"Message-ID: <{hx(key, 'rawmid', n=20)}@{host}>",
             "MIME-Version: 1.0"]
    return heads + extra


ORIG_NOTICE = """\
Bonjour,

Votre demande a bien été enregistrée. Un membre de l'équipe vous répondra
dans les meilleurs délais.

Cordialement,
L'équipe d'assistance"""


def our_original(num: int, to: str, subject: str, stamp: str, text: str = ORIG_NOTICE) -> str:
    return (f"From: Assistance <{SUPPORT_ADDR}>\nTo: {to}\nSubject: {enc_header(f'[#SUP-{num:06d}] ' + subject)}\n"
            f"Date: {rfc_date(when(stamp))}\nMessage-ID: {sup(num)}\nAuto-Submitted: auto-replied\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
            "Content-Transfer-Encoding: quoted-printable\n\n"
            + quopri.encodestring(text.encode()).decode())


def bounce_postfix(n: int, kw: dict) -> bytes:
    host, rcpt, num = kw["host"], kw["rcpt"], kw["num"]
    key = f"h5-{n}"
    qid = hx(key, "pq", n=10).upper()
    b = f"{qid}.{1790000000 + n}/{host}"
    heads = raw_head(n, kw, f"MAILER-DAEMON@{host} (Mail Delivery System)",
                     "Undelivered Mail Returned to Sender", ["Auto-Submitted: auto-replied"])
    human = f"""\
This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host {host}[private/dovecot-lmtp] said: 552 5.2.2
    <{rcpt}> Quota exceeded (mailbox for user is full) (in reply to end
    of DATA command)
"""
    ds = f"""\
Reporting-MTA: dns; {host}
X-Postfix-Queue-ID: {qid}
X-Postfix-Sender: rfc822; {SUPPORT_ADDR}
Arrival-Date: {rfc_date(when(kw['date']))}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 <{rcpt}> Quota exceeded (mailbox for user is
    full)
"""
    parts = [raw_part(["Content-Description: Notification", 'Content-Type: text/plain; charset=us-ascii'], human),
             raw_part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], ds),
             raw_part(["Content-Description: Undelivered Message", "Content-Type: message/rfc822"],
                      our_original(num, rcpt, kw["orig_subject"], kw["orig_date"]))]
    body = multipart("report", parts, b, params="; report-type=delivery-status",
                     preamble="This is a MIME-encapsulated message.\n")
    return ("\n".join(heads) + "\n").encode() + body


def ndr_exchange_fr(n: int, kw: dict) -> bytes:
    host, rcpt, num = kw["host"], kw["rcpt"], kw["num"]
    key = f"h5-{n}"
    b = f"_{hx(key, 'ndr', n=8)}-{hx(key, 'ndr2', n=4)}-{hx(key, 'ndr3', n=4)}-{hx(key, 'ndr4', n=12)}_"
    subj = f"[#SUP-{num:06d}] {kw['orig_subject']}"
    heads = raw_head(n, kw, f"postmaster@{host}", f"Non remis : {subj}",
                     ["Auto-Submitted: auto-replied", "Content-Language: fr-FR",
                      "X-MS-Exchange-Message-Is-Ndr: ", f"In-Reply-To: {sup(num)}",
                      f"References: {sup(num)}"],
                     return_path="<>")
    text = f"""\
Impossible de remettre le message à ces destinataires ou groupes :

{rcpt} ({rcpt})
L'adresse e-mail que vous avez entrée est introuvable. Vérifiez l'adresse
du destinataire et essayez de renvoyer le message. Si le problème persiste,
contactez votre service d'assistance.

Informations de diagnostic pour les administrateurs :

Serveur de génération : {host.upper()}

{rcpt}
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound;
Recipient not found by SMTP address lookup'
"""
    html_t = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
              "<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Impossible de remettre le message "
              f"à ces destinataires ou groupes :</font></b></p><p><a href=\"mailto:{rcpt}\">{rcpt}</a><br>"
              "L'adresse e-mail que vous avez entrée est introuvable.</p></body></html>")
    alt = multipart("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                    leaf("text/html", html_t, "utf-8", "quoted-printable")],
                    b.replace("_", "_alt_", 1))
    ds = f"""\
Reporting-MTA: dns;{host.upper()}
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: {rfc_date(when(kw['date']))}

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
    orig_headers = (f"From: Assistance <{SUPPORT_ADDR}>\nTo: <{rcpt}>\nSubject: {enc_header(subj)}\n"
                    f"Date: {rfc_date(when(kw['orig_date']))}\nMessage-ID: {sup(num)}\n")
    parts = [alt,
             raw_part(["Content-Type: message/delivery-status"], ds),
             raw_part(["Content-Type: text/rfc822-headers"], orig_headers)]
    body = multipart("report", parts, b, params="; report-type=delivery-status")
    return ("\n".join(heads) + "\n").encode() + body


def delay_exchange_fr(n: int, kw: dict) -> bytes:
    host, rcpt, num = kw["host"], kw["rcpt"], kw["num"]
    key = f"h5-{n}"
    b = f"_{hx(key, 'dly', n=24)}_"
    subj = f"[#SUP-{num:06d}] {kw['orig_subject']}"
    heads = raw_head(n, kw, f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{host}>",
                     f"Remise retardée : {subj}", ["Auto-Submitted: auto-generated",
                                                   f"In-Reply-To: {sup(num)}"],
                     return_path="<>")
    text = f"""\
La remise n'est pas encore terminée.

La remise à ces destinataires ou groupes est retardée :

{rcpt}

Objet : {subj}

Ce message n'a pas encore été remis. Le système continuera d'essayer de le
remettre pendant 1 jour, 23 heures et 17 minutes. Vous n'avez rien à faire
pour le moment.
"""
    ds = f"""\
Reporting-MTA: dns;{host}

Final-Recipient: rfc822;{rcpt}
Action: delayed
Status: 4.4.7
Will-Retry-Until: {rfc_date(when(kw['date']) + dt.timedelta(days=2))}
X-Display-Name: {rcpt}
"""
    parts = [leaf("text/plain", text, "utf-8", "quoted-printable"),
             raw_part(["Content-Type: message/delivery-status"], ds),
             raw_part(["Content-Type: text/rfc822-headers"],
                      f"From: Assistance <{SUPPORT_ADDR}>\nTo: {rcpt}\nSubject: {enc_header(subj)}\n"
                      f"Message-ID: {sup(num)}\n")]
    body = multipart("report", parts, b, params="; report-type=delivery-status")
    return ("\n".join(heads) + "\n").encode() + body


def gmail_dsn(n: int, kw: dict) -> bytes:
    rcpt, num = kw["rcpt"], kw["num"]
    key = f"h5-{n}"
    b = f"000000000000{hx(key, 'dsn', n=16)}"
    subj = f"[#SUP-{num:06d}] {kw['orig_subject']}"
    heads = raw_head(n, kw, "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
                     "Delivery Status Notification (Failure)", ["Auto-Submitted: auto-replied",
                                                               f"References: {sup(num)}",
                                                               f"In-Reply-To: {sup(num)}",
                                                               "X-Failed-Recipients: " + rcpt],
                     return_path="<>")
    text = f"""\

** Address not found **

Your message wasn't delivered to {rcpt} because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.
"""
    ds = f"""\
Reporting-MTA: dns; googlemail.com
Arrival-Date: {rfc_date(when(kw['date']))}

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (2607:f8b0:4864:20::37, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: {rfc_date(when(kw['date']))}
"""
    parts = [leaf("text/plain", text, "UTF-8", "quoted-printable"),
             raw_part(["Content-Type: message/delivery-status"], ds),
             raw_part(["Content-Type: text/rfc822-headers"],
                      f"From: Assistance <{SUPPORT_ADDR}>\nTo: {rcpt}\nSubject: {enc_header(subj)}\n"
                      f"Message-ID: {sup(num)}\nDate: {rfc_date(when(kw['orig_date']))}\n")]
    body = multipart("report", parts, b, params="; report-type=delivery-status")
    return ("\n".join(heads) + "\n").encode() + body


def mdn(n: int, kw: dict) -> bytes:
    key = f"h5-{n}"
    name, addr = kw["frm"]
    num = kw["num"]
    subj = f"[#SUP-{num:06d}] {kw['orig_subject']}"
    b = f"----=_NextPart_{hx(key, 'mdn', n=20).upper()}"
    d = when(kw["date"], kw.get("tz", "paris"))
    od = _naive(kw["orig_date"])
    if kw.get("style") == "thunderbird":
        subject = f"Return Receipt (displayed) - {subj}"
        text = (f"This is a Return Receipt for the mail that you sent to {addr}.\n\n"
                "Note: This Return Receipt only acknowledges that the message was displayed on the "
                "recipient's computer. There is no guarantee that the recipient has read or understood "
                "the message contents.\n")
        ua = "Reporting-UA: " + addr.split("@")[1] + "; Mozilla Thunderbird"
        extra = ["User-Agent: Mozilla Thunderbird"]
    elif kw.get("style") == "deleted":
        subject = f"Non lu : {subj}"
        text = (f"Votre message\n\n  À : {name}\n  Objet : {subj}\n"
                f"  Envoyé : {FR_DAYS[od.weekday()]} {od.day} {FR_MONTHS[od.month - 1]} {od.year} {od:%H:%M}\n\n"
                f"a été supprimé sans avoir été lu le {d:%d/%m/%Y %H:%M}.\n")
        ua = "Reporting-UA: " + addr.split("@")[1] + "; Microsoft Outlook 16.0"
        extra = ["X-Mailer: Microsoft Outlook 16.0"]
    else:
        subject = f"Lu : {subj}"
        text = (f"Votre message\n\n  À : {name}\n  Objet : {subj}\n"
                f"  Envoyé : {FR_DAYS[od.weekday()]} {od.day} {FR_MONTHS[od.month - 1]} {od.year} {od:%H:%M}\n\n"
                f"a été lu le {FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month - 1]} {d.year} {d:%H:%M}.\n")
        ua = "Reporting-UA: " + addr.split("@")[1] + "; Microsoft Outlook 16.0"
        extra = ["X-Mailer: Microsoft Outlook 16.0", "Thread-Topic: " + enc_header(subj)]
    disp = "manual-action/MDN-sent-manually; deleted" if kw.get("style") == "deleted" else "manual-action/MDN-sent-manually; displayed"
    dn = (f"{ua}\nFinal-Recipient: rfc822;{addr}\nOriginal-Message-ID: {sup(num)}\n"
          f"Disposition: {disp}\n")
    kw2 = dict(kw)
    heads = raw_head(n, kw2, enc_addr(name, addr), subject,
                     extra + [f"In-Reply-To: {sup(num)}", f"References: {sup(num)}"],
                     return_path=f"<{addr}>")
    # replace the generic authentication line by a pass for the sender's domain
    dom = addr.split("@")[1]
    heads = [h if not h.startswith("Authentication-Results") else
             f"Authentication-Results: {MX};\n\tdkim=pass (2048-bit key) header.d={dom};\n"
             f"\tspf=pass smtp.mailfrom={dom};\n\tdmarc=pass (p=none dis=none) header.from={dom}"
             for h in heads]
    parts = [leaf("text/plain", text, "utf-8", "quoted-printable"),
             raw_part(["Content-Type: message/disposition-notification"], dn),
             raw_part(["Content-Type: text/rfc822-headers"],
                      f"From: Assistance <{SUPPORT_ADDR}>\nTo: {enc_addr(name, addr)}\nSubject: {enc_header(subj)}\n"
                      f"Date: {rfc_date(when(kw['orig_date']))}\nMessage-ID: {sup(num)}\n"
                      f"Disposition-Notification-To: {SUPPORT_ADDR}\n")]
    body = multipart("report", parts, b, params="; report-type=disposition-notification")
    return ("\n".join(heads) + "\n").encode() + body


M("automated", False, "0620894K", "hauts-de-france", None, False, "fr",
  "Zimbra holiday reply from a collège office (ce.<UAI> address, UAI of Pas-de-Calais 062, not Corsica 620), with Auto-Submitted.",
  client="plain", frm=("Collège Jean-Jaurès - Secrétariat", "ce.0620894K@ac-lille.fr"),
  subject="Re: [#SUP-024410] Commande renouvellement abonnements", date="2026-12-21 09:03",
  in_reply_to=sup(24410),
  headers=["Auto-Submitted: auto-replied (zimbra; vacation)",
           "X-Mailer: Zimbra 9.0.0_ZEXTRAS_20240927 (zclient/9.0.0_ZEXTRAS_20240927)"],
  body="""\
Bonjour,

Le secrétariat du collège est fermé pendant les congés de fin d'année, du
samedi 19 décembre au dimanche 3 janvier inclus.
Votre message sera traité à la rentrée.

Pour une urgence : vie scolaire, 03 21 58 40 12.

Ceci est une réponse automatique, merci de ne pas y répondre.
""")

M("automated", False, None, None, None, False, "en",
  "English Exchange 'Automatic reply:' from a supplier's accounts clerk, with Auto-Submitted and X-Auto-Response-Suppress.",
  client="outlook_en", frm=("Emma Doyle", "emma.doyle@bookwise-distribution.co.uk"),
  subject="Automatic reply: [#SUP-023051] Invoice query", date="2026-11-12 10:44", tz="london",
  in_reply_to=sup(23051),
  headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
           "X-MS-Exchange-Inbox-Rules-Loop: emma.doyle@bookwise-distribution.co.uk"],
  body="""\
Thank you for your email.

I am out of the office until Monday 16 November with limited access to
email. For urgent invoice queries please contact finance@bookwise-distribution.co.uk
or call +44 20 7946 0321.

Kind regards,
Emma Doyle
Accounts Receivable
""")

M("automated", False, None, None, None, True, "fr",
  "Bookshop's hosted autoresponder: only X-Autoreply / X-Autorespond headers, no Auto-Submitted; the wording confirms it is automatic.",
  client="plain", frm=("Librairie La Page", "contact@librairie-lapage.fr"),
  subject="Re: [#SUP-022876] Facture abonnement", date="2027-01-04 08:00",
  in_reply_to=sup(22876),
  headers=["X-Autoreply: yes", "X-Autorespond: Re: [#SUP-022876] Facture abonnement"],
  body="""\
Bonjour,

Nous avons bien reçu votre message. La librairie est fermée pour inventaire
jusqu'au vendredi 8 janvier ; nous vous répondrons dès notre retour.

L'équipe de la librairie La Page
""")

M("automated", False, None, None, None, True, "fr",
  "Client-side out-of-office: no automation header and no In-Reply-To, only the subject 'Absence du bureau' and the wording.",
  client="outlook_desktop", frm=("Marion Lefebvre", "m.lefebvre@ville-montargis.fr"),
  subject="Absence du bureau", date="2026-10-30 17:02",
  body="""\
Bonjour,

Je suis absente jusqu'au lundi 9 novembre inclus.
Pour toute question concernant les marchés publics, merci de contacter
Mme Roux (commande.publique@ville-montargis.fr).

Cordialement,
Marion Lefebvre
""")

M("automated", False, None, "hauts-de-france", None, True, "fr",
  "'Réponse automatique :' subject from an Outlook rule, no Auto-Submitted; mentions passwords but is an absence notice (region from the ac-amiens.fr sender).",
  client="outlook", frm=("Laurence Caron", "laurence.caron@ac-amiens.fr"),
  subject="Réponse automatique : [#SUP-020915] Votre demande de mot de passe", date="2026-11-10 14:31",
  in_reply_to=sup(20915),
  body="""\
Bonjour,

Je suis en stage de formation jusqu'au 14 novembre et ne consulte pas ma
messagerie. Pour les mots de passe et les prêts du CDI, voir avec la vie
scolaire.

Cordialement
L. Caron
""")

M("automated", False, None, None, None, False, "en",
  "Postfix bounce (mailbox full) as multipart/report delivery-status, null Return-Path, MAILER-DAEMON sender.",
  raw=bounce_postfix, host="mx.lycee-saint-exupery.fr", rcpt="cdi@lycee-saint-exupery.fr",
  num=23660, orig_subject="Mot de passe e-sidoc", orig_date="2026-11-18 11:02", date="2026-11-18 11:02:14")

M("automated", False, None, None, None, False, "fr",
  "Exchange Online non-delivery report in French ('Non remis :'), multipart/report with text and HTML explanation.",
  raw=ndr_exchange_fr, host="mairie-plouguerneau.mail.protection.outlook.com",
  rcpt="compta@mairie-plouguerneau.fr", num=22104, orig_subject="Votre facture",
  orig_date="2026-10-07 15:20", date="2026-10-07 15:20:09")

M("automated", False, None, "nouvelle-aquitaine", None, False, "fr",
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from the ac-bordeaux.fr sender.",
  raw=mdn, host="smtp3.ac-bordeaux.fr", frm=("Patrick Lafon", "patrick.lafon@ac-bordeaux.fr"),
  num=21730, orig_subject="Devis renouvellement", orig_date="2026-10-05 09:10",
  date="2026-10-05 11:47")

M("automated", False, None, None, None, False, "en",
  "Thunderbird return receipt in English (displayed), multipart/report disposition-notification.",
  raw=mdn, host="mail-wr1-f52.google.com", frm=("Olivia Grant", "olivia.grant.lib@gmail.com"),
  style="thunderbird", num=24987, orig_subject="Your subscription",
  orig_date="2027-01-07 10:00", date="2027-01-07 16:22")

M("automated", False, None, "nouvelle-aquitaine", "esidoc", True, "fr",
  "A real librarian's question about an e-sidoc resource, but posted to an academic mailing list the desk receives (List-Id, Precedence: list): not written to us (region from the ac-poitiers.fr sender).",
  client="zimbra", frm=("Anne Texier", "anne.texier@ac-poitiers.fr"),
  to="doc-poitiers@listes.ac-poitiers.fr",
  return_path="doc-poitiers-owner@listes.ac-poitiers.fr",
  subject="[doc-poitiers] Cafeyn : ressource invisible pour les élèves ?", date="2026-10-16 12:18",
  headers=["List-Id: <doc-poitiers.listes.ac-poitiers.fr>",
           "List-Unsubscribe: <mailto:sympa@listes.ac-poitiers.fr?subject=unsubscribe%20doc-poitiers>",
           "List-Post: <mailto:doc-poitiers@listes.ac-poitiers.fr>",
           "List-Archive: <https://listes.ac-poitiers.fr/sympa/arc/doc-poitiers>",
           "Precedence: list", "X-Loop: doc-poitiers@listes.ac-poitiers.fr",
           "Sender: doc-poitiers-request@listes.ac-poitiers.fr"],
  body="""\
Bonjour à toutes et tous,

Petite question aux collègues : nous avons l'abonnement Cafeyn depuis la
rentrée, il apparaît bien dans e-sidoc côté administration mais les élèves
ne le voient pas dans le portail. Quelqu'un a déjà eu le souci ? Il y a une
case à cocher quelque part ?

Merci d'avance !
Anne Texier
Professeure documentaliste – collège de Chauvigny
""")

M("automated", False, None, None, None, False, "fr",
  "Publisher's marketing newsletter: Precedence: bulk, List-Id and one-click List-Unsubscribe.",
  client="alt_custom", frm=("Éditions Lirabelle", "newsletter@lirabelle-editions.fr"),
  subject="Nouveautés de novembre pour vos CDI 📚", date="2026-11-04 06:30",
  return_path="bounce-7731-support=assistance.example.fr@mail.lirabelle-editions.fr",
  headers=["List-Id: Lettre CDI <lettre-cdi.lirabelle-editions.fr>",
           "List-Unsubscribe: <https://lirabelle-editions.fr/desabonnement?u=a81c3f>, <mailto:unsub@lirabelle-editions.fr>",
           "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk",
           "X-Mailer: Sendinblue"],
  body="""\
Lettre d'information – novembre

Chers professeurs documentalistes,

Découvrez notre sélection de romans graphiques pour les 11-15 ans, les
nouveaux titres de la collection « Sciences en poche » et notre offre
spéciale de fin d'année : -15 % sur les commandes passées avant le 15
décembre.

Voir le catalogue : https://lirabelle-editions.fr/catalogue-cdi

Vous recevez ce message car vous êtes inscrit à la lettre CDI.
Se désabonner : https://lirabelle-editions.fr/desabonnement?u=a81c3f
""",
  html="""\
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Nouveautés</title></head>
<body style="margin:0;background:#f4f4f4"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff"><tr><td style="padding:24px;font-family:Georgia,serif">
<h1 style="color:#7a2e2e">Lettre d'information – novembre</h1>
<p>Chers professeurs documentalistes,</p>
<p>Découvrez notre sélection de romans graphiques pour les 11-15 ans, les nouveaux titres de la collection
« Sciences en poche » et notre offre spéciale de fin d'année : <b>-15 %</b> sur les commandes passées avant le 15 décembre.</p>
<p><a href="https://lirabelle-editions.fr/catalogue-cdi" style="background:#7a2e2e;color:#fff;padding:10px 18px;text-decoration:none">Voir le catalogue</a></p>
<p style="font-size:11px;color:#888">Vous recevez ce message car vous êtes inscrit à la lettre CDI.
<a href="https://lirabelle-editions.fr/desabonnement?u=a81c3f">Se désabonner</a></p>
<img src="https://t.lirabelle-editions.fr/o/a81c3f.gif" width="1" height="1" alt="">
</td></tr></table></td></tr></table></body></html>
""")

M("automated", False, None, None, "espace_acheteur", False, "fr",
  "No-reply Espace Acheteur alert about a newly published offer, Auto-Submitted: auto-generated.",
  client="alt_custom", frm=("Espace Acheteur", "no-reply@espace-acheteur.example.fr"),
  subject="Nouvelle offre publiée : Fournitures de bureau 2027 (lot 3)", date="2026-12-02 05:15",
  headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
  body="""\
Bonjour,

Une nouvelle offre correspondant à vos alertes vient d'être publiée sur
l'Espace Acheteur :

  Fournitures de bureau 2027 – lot 3 (papier et consommables)
  Date limite de commande : 31/01/2027

Consulter l'offre : https://espace-acheteur.example.fr/offres/2027-FB-03

Ce message est envoyé automatiquement, merci de ne pas y répondre.
Gérer mes alertes : https://espace-acheteur.example.fr/compte/alertes
""",
  html="""\
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Bonjour,</p>
<p>Une nouvelle offre correspondant à vos alertes vient d'être publiée sur l'Espace Acheteur :</p>
<p><b>Fournitures de bureau 2027 – lot 3</b> (papier et consommables)<br>Date limite de commande : 31/01/2027</p>
<p><a href="https://espace-acheteur.example.fr/offres/2027-FB-03">Consulter l'offre</a></p>
<p style="color:#777;font-size:11px">Ce message est envoyé automatiquement, merci de ne pas y répondre.<br>
<a href="https://espace-acheteur.example.fr/compte/alertes">Gérer mes alertes</a></p>
</body></html>
""")

M("automated", False, None, None, "esignature", True, "fr",
  "E-signature 'document signed' notification with no Auto-Submitted or Precedence header: the no-reply sender and the transactional wording show it is automatic.",
  client="alt_custom", frm=("Signature électronique", "no-reply@esignature.example.fr"),
  subject="Document signé : Convention d'adhésion 2027 – Commune de Lamballe-Armor", date="2027-01-21 16:40",
  body="""\
Bonjour,

Tous les signataires ont signé le document « Convention d'adhésion 2027 –
Commune de Lamballe-Armor ».

Signataires :
 - Mme Gaëlle Le Cam, Maire adjointe – signé le 21/01/2027 à 16:38
 - Centrale d'achat – signé le 20/01/2027 à 09:12

Le document signé et son certificat de preuve sont disponibles pendant
30 jours : https://esignature.example.fr/d/7f3e21c0

Cet e-mail a été envoyé automatiquement.
""",
  html="""\
<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2 style="color:#1b5e20">Document signé</h2>
<p>Tous les signataires ont signé le document « Convention d'adhésion 2027 – Commune de Lamballe-Armor ».</p>
<ul><li>Mme Gaëlle Le Cam, Maire adjointe – signé le 21/01/2027 à 16:38</li>
<li>Centrale d'achat – signé le 20/01/2027 à 09:12</li></ul>
<p><a href="https://esignature.example.fr/d/7f3e21c0">Télécharger le document signé</a></p>
<p style="font-size:11px;color:#999">Cet e-mail a été envoyé automatiquement.</p>
</body></html>
""")

M("automated", False, None, None, "ticket_portal", False, "fr",
  "Ticket-portal notification (new comment on a ticket the desk follows), Auto-Submitted: auto-generated.",
  client="plain", frm=("Portail tickets", "notifications@tickets.example.fr"),
  subject="[Ticket #48211] Nouveau commentaire : export des notices impossible", date="2026-11-26 11:09",
  headers=["Auto-Submitted: auto-generated", "X-Ticket-ID: 48211"],
  body="""\
Un nouveau commentaire a été ajouté au ticket #48211.

Auteur : Équipe technique
Statut : En cours

« Le correctif est déployé sur l'environnement de recette, mise en
production prévue jeudi. »

Voir le ticket : https://tickets.example.fr/t/48211

-- 
Notification automatique du portail tickets. Ne pas répondre à ce message.
""")

M("automated", False, None, None, None, False, "en",
  "Gmail 'Delivery Status Notification (Failure)': multipart/report with text/rfc822-headers, X-Failed-Recipients.",
  raw=gmail_dsn, host="mail-sor-f69.google.com", rcpt="cdi.lyceemonge@gmail.com",
  num=22588, orig_subject="Votre demande", orig_date="2026-10-27 09:31", date="2026-10-27 09:31:05")

M("automated", False, None, None, None, False, "en",
  "Gmail vacation responder in English, Auto-Submitted: auto-replied.",
  client="gmail", frm=("Sarah Mitchell", "sarah.mitchell.edu@gmail.com"),
  subject="Away until 4 January", date="2026-12-22 18:02", in_reply_to=sup(24533),
  headers=["Auto-Submitted: auto-replied"],
  body="""\
Hi,

Thanks for your message. I'm away for the holidays and back on Monday 4
January. I'll get back to you then.

Sarah
""")

M("automated", False, "0940381D", "ile-de-france", None, False, "fr",
  "Out-of-office of a school's intendance (ce.<UAI> address) with Auto-Submitted; it mentions passwords and no-reply senders but asks nothing.",
  client="plain", frm=("Intendance Lycée Marcelin-Berthelot", "ce.0940381D@ac-creteil.fr"),
  subject="Re: [#SUP-023377] Espace Acheteur : validation de compte", date="2026-11-25 13:20",
  in_reply_to=sup(23377),
  headers=["Auto-Submitted: auto-replied (zimbra; vacation)"],
  body="""\
Bonjour,

Le service intendance est fermé le mercredi après-midi.
Les messages envoyés depuis une adresse no-reply ne sont pas lus.
Pour une demande de mot de passe ENT, merci de vous adresser au référent
numérique de l'établissement.

Message automatique – merci de ne pas répondre.
""")

M("automated", False, None, None, None, True, "fr",
  "MailInBlack challenge sent to the desk because its reply reached a protected mailbox: machine-generated, not a user's request, so automated even though it names MailInBlack.",
  client="alt_custom", frm=("Mailinblack", "noreply@protect.mailinblack.com"),
  subject="Votre message à s.kerleau@mairie-plabennec.fr est en attente", date="2026-11-16 10:05",
  body="""\
Bonjour,

Vous avez envoyé un message à s.kerleau@mairie-plabennec.fr.
Cette adresse est protégée par Mailinblack. Pour que votre message soit
délivré, merci de confirmer que vous êtes bien un humain en cliquant sur
le lien ci-dessous et en recopiant les caractères affichés :

https://protect.mailinblack.com/auth?id=Q2hhbGxlbmdlLTc3MjE

Cette validation n'est demandée qu'une seule fois.

Objet de votre message : [#SUP-023540] Mot de passe Espace Acheteur
""",
  html="""\
<html><body style="font-family:Arial,sans-serif">
<p>Bonjour,</p>
<p>Vous avez envoyé un message à <b>s.kerleau@mairie-plabennec.fr</b>.<br>
Cette adresse est protégée par Mailinblack. Pour que votre message soit délivré, merci de confirmer
que vous êtes bien un humain :</p>
<p><a href="https://protect.mailinblack.com/auth?id=Q2hhbGxlbmdlLTc3MjE">Je ne suis pas un robot</a></p>
<p style="font-size:11px">Cette validation n'est demandée qu'une seule fois.<br>
Objet de votre message : [#SUP-023540] Mot de passe Espace Acheteur</p>
</body></html>
""")

M("automated", False, None, "grand-est", None, False, "fr",
  "Another help desk's automatic acknowledgement (Auto-Submitted, X-Loop) of a message the desk sent it: answering would start a loop (region from the ac-nancy-metz.fr sender).",
  client="plain", frm=("Assistance académique", "ne-pas-repondre@ac-nancy-metz.fr"),
  subject="[Demande n°2026-118734] Accusé de réception", date="2026-12-09 15:12",
  in_reply_to=sup(24102),
  headers=["Auto-Submitted: auto-replied", "X-Loop: assistance@ac-nancy-metz.fr",
           "X-Auto-Response-Suppress: All"],
  body="""\
Bonjour,

Votre demande a bien été enregistrée sous le numéro 2026-118734.
Elle sera traitée par nos services dans les meilleurs délais.

Merci de rappeler ce numéro dans toute correspondance.

Ceci est un message automatique, merci de ne pas y répondre.
Plateforme d'assistance académique
""")

M("automated", False, None, None, None, False, "fr",
  "Exchange delay notice in French ('Remise retardée', Action: delayed): not a failure, still automatic.",
  raw=delay_exchange_fr, host="ch-annecy-genevois.mail.protection.outlook.com",
  rcpt="achats@ch-annecy-genevois.fr", num=23912, orig_subject="Accès Mes Marchés",
  orig_date="2026-12-01 09:00", date="2026-12-01 13:02")

M("automated", False, None, None, None, False, "fr",
  "Hospital buyer's Exchange out-of-office ('Réponse automatique :'), Auto-Submitted: auto-generated and X-Auto-Response-Suppress.",
  client="outlook", frm=("Véronique Aubert", "veronique.aubert@chu-exemple-nord.fr"),
  subject="Réponse automatique : [#SUP-024218] Documents du marché 2026-044", date="2026-12-14 08:50",
  in_reply_to=sup(24218),
  headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
  body="""\
Bonjour,

Je suis absente du 14 au 18 décembre. Pour toute urgence concernant les
marchés de fournitures, contactez la cellule marchés au 03 20 44 61 00.

Véronique Aubert
Direction des achats
""")

# ==========================================================================
# other
# ==========================================================================

M("other", False, None, None, None, False, "en",
  "English SEO cold pitch: spam, unrelated to the services.",
  client="plain", frm=("Daniel Brooks", "daniel@rankrocket-growth.com"),
  subject="Quick question about assistance.example.fr", date="2026-10-19 04:12", tz="utc",
  auth="softfail",
  body="""\
Hi there,

I was checking assistance.example.fr and noticed you're not ranking for
some high-intent keywords your competitors own. We've helped 300+ SaaS and
education brands hit page 1 on Google within 90 days, guaranteed.

Would you be open to a free 15-minute audit this week? Just reply "YES"
and I'll send over a few time slots.

Cheers,
Daniel Brooks
Growth Lead, RankRocket

If you'd rather not hear from me again, reply "no thanks".
""")

M("other", False, None, None, None, True, "fr",
  "Phishing 'quota de messagerie atteint, confirmez votre mot de passe': mentions a password but is not password_reset; the look-alike ac-creteil-webmail.com is not an académie domain.",
  client="html_only", frm=("Service Messagerie Académique", "support@ac-creteil-webmail.com"),
  subject="Alerte : votre boîte académique a atteint son quota (98%)", date="2026-11-03 03:47",
  auth="fail", reply_to="helpdesk.academie@outlook.com",
  html="""\
<html><body style="font-family:Arial">
<table width="560" style="border:1px solid #003366"><tr><td style="background:#003366;color:#fff;padding:8px">
<b>Messagerie académique – Avis important</b></td></tr>
<tr><td style="padding:12px">
<p>Cher(e) utilisateur(trice),</p>
<p>Votre boîte aux lettres a atteint <b>98 %</b> de son quota. Les nouveaux messages seront rejetés
et les anciens messages supprimés sous <b>24 heures</b>.</p>
<p>Pour conserver vos messages, veuillez confirmer votre identifiant et votre mot de passe
académique en cliquant ci-dessous :</p>
<p><a href="http://ac-creteil-webmail.com/quota/verif.php?u=support">VALIDER MON COMPTE</a></p>
<p>Cordialement,<br>Le service informatique académique</p>
</td></tr></table></body></html>
""")

M("other", False, None, "bretagne", "esidoc", True, "fr",
  "Thanks only, quoting the desk's reset answer (Gmail French style): 'mot de passe' and 'lien' appear but nothing is asked (region from the ac-rennes.fr sender).",
  client="gmail", frm=("Gwenaëlle Tanguy", "gwenaelle.tanguy@ac-rennes.fr"),
  subject="Re: [#SUP-020377] Mot de passe e-sidoc", date="2026-09-30 10:26",
  in_reply_to=sup(20377),
  body="""\
Super, ça a marché du premier coup, le lien est arrivé sur la boîte du
collège et la secrétaire me l'a fait suivre. Merci beaucoup pour la
rapidité !!

Gwen

""" + q_gmail_fr("2026-09-30 08:51", DESK, SUPPORT_ADDR, DESK_RESET_SENT))

M("other", False, None, None, None, False, "fr",
  "A parent asks for a school certificate for his son: wrong address, unrelated to the services.",
  client="webmail_orange", frm=("Didier Fontaine", "didier.fontaine58@orange.fr"),
  subject="certificat de scolarité", date="2026-09-09 20:41",
  body="""\
Bonsoir

J'aurais besoin d'un certificat de scolarité pour mon fils Lucas Fontaine
en classe de 4eB pour la CAF. Pouvez vous me l'envoyer par mail ou le
donner à Lucas.

Cordialement
D. Fontaine
""")

M("other", False, None, None, None, False, "fr",
  "Unsolicited job application for a support technician position, CV attached.",
  client="gmail", frm=("Inès Haddad", "ines.haddad.pro@gmail.com"),
  subject="Candidature spontanée – technicienne support", date="2026-10-22 09:05",
  attachments=[("application/pdf", "CV_Ines_Haddad.pdf", stub_pdf("CV Ines Haddad"))],
  body="""\
Madame, Monsieur,

Titulaire d'un BTS SIO et forte de deux ans d'expérience au support
utilisateurs d'un éditeur de logiciels scolaires, je me permets de vous
adresser ma candidature pour un poste de technicienne support.

Vous trouverez mon CV en pièce jointe. Je suis disponible pour un entretien
à votre convenance.

Bien cordialement,
Inès Haddad
06 12 45 78 90
""")

M("other", False, None, None, None, False, "fr",
  "Cold sales prospecting for RFID equipment for school libraries, written to one person (no list headers): other, not automated.",
  client="outlook", frm=("Guillaume Perrin", "g.perrin@biblio-rfid-solutions.fr"),
  subject="Équipement RFID de vos CDI – proposition", date="2026-11-13 11:15",
  body="""\
Bonjour,

Je me permets de vous contacter car vous accompagnez de nombreux CDI. Nous
proposons des platines de prêt RFID et des portiques antivol compatibles
avec les principaux logiciels documentaires, à des tarifs négociés pour
l'Éducation nationale.

Seriez-vous la bonne personne pour en parler, ou pourriez-vous me
communiquer le contact adéquat ? Je peux vous présenter la solution en
visio en 20 minutes.

Bien à vous,
Guillaume Perrin
Responsable grands comptes
07 81 22 35 94
""")

M("other", False, None, None, None, True, "fr",
  "Hand-written request to stop 'vos mails automatiques' (the newsletter): a person wrote it, so not automated; nothing in the categories.",
  client="iphone", frm=("Bernadette Colin", "bernadette.colin@wanadoo.fr"),
  subject="arrêtez vos mails automatiques", date="2026-12-05 09:48",
  body="""\
Bonjour
Je suis à la retraite depuis 2 ans et je reçois toujours vos mails
automatiques de lettre d'information chaque mois. Merci de me retirer de
votre liste une bonne fois pour toutes, le lien de désinscription en bas ne
marche pas.
B. Colin

Envoyé de mon iPhone
""")

M("other", False, None, "grand-est", None, False, "fr",
  "Angry complaint about unanswered messages that never says what the problem is: no category can be told (region from the ac-reims.fr sender).",
  client="zimbra", frm=("Franck Mathieu", "franck.mathieu@ac-reims.fr"),
  subject="3EME RELANCE !!!", date="2026-10-28 16:54",
  body="""\
Bonjour,

Troisième mail sans aucune réponse. C'est inadmissible pour un service
que nous payons. Je veux être rappelé aujourd'hui par un responsable.

F. Mathieu
""")

M("other", False, None, None, "espace_acheteur", False, "fr",
  "Asks for the replay and slides of an Espace Acheteur training webinar: a how-to/information request with no category of its own.",
  client="outlook", frm=("Sandrine Morel", "s.morel@cc-vallee-du-loir.fr"),
  subject="Replay webinaire Espace Acheteur du 12/11", date="2026-11-16 10:37",
  body="""\
Bonjour,

Je n'ai pas pu assister au webinaire de présentation de l'Espace Acheteur
du 12 novembre (conseil communautaire le même jour). Est-il possible
d'avoir le replay ou au moins le support de présentation ?

Merci,

Sandrine Morel
Communauté de communes de la Vallée du Loir
Service marchés publics
""")

M("other", False, None, None, None, False, "en",
  "English GDPR erasure request from a former user: human review, not account_creation.",
  client="gmail", frm=("Thomas Whitfield", "t.whitfield.uk@gmail.com"),
  subject="Request to delete my personal data (GDPR)", date="2027-01-25 19:20", tz="london",
  body="""\
Hello,

Under Article 17 of the GDPR I am asking you to delete all personal data
you hold about me. I used your services while I was a language assistant
at a French lycée in 2023-2024 and no longer need any account.

Please confirm once this has been done.

Regards,
Thomas Whitfield
""")

M("other", False, None, "occitanie", "esidoc", False, "fr",
  "How-to question about printing overdue-loan reminder letters in e-sidoc: about the product, but none of the categories.",
  client="thunderbird", frm=("Sylvie Roques", "sylvie.roques@ac-montpellier.fr"),
  subject="lettres de rappel retards", date="2027-01-14 12:02",
  body="""\
Bonjour,

Comment fait-on pour imprimer les lettres de rappel pour les prêts en
retard depuis e-sidoc ? Avant je le faisais depuis BCDI mais depuis qu'on
est passés sur le portail je ne trouve plus. Il faudrait au moins pouvoir
exporter la liste des retardataires par classe.

Merci
Sylvie Roques, CDI
""")

M("other", False, None, None, None, False, "fr",
  "Personal message sent to the desk by address autocomplete.",
  client="gmail", frm=("Corinne Blanchard", "corinne.blanchard44@gmail.com"),
  subject="covoit samedi", date="2026-10-09 21:55",
  body="""\
Coucou,

Pour samedi je peux prendre ta fille et la mienne pour le match, je passe
vers 13h15 devant chez toi. Tu me confirmes ?

Bisous
Coco
""")

M("other", False, None, None, None, False, "en",
  "English partnership pitch from an edtech start-up, a follow-up quoting her own first mail (Gmail English quote style).",
  client="gmail", frm=("Hannah Keller", "hannah@readloop.io"),
  subject="Re: Partnership idea – reading analytics for school libraries", date="2026-11-23 15:30", tz="london",
  body="""\
Hi again,

Just floating this back to the top of your inbox. Would love to hear
whether a partnership could make sense on your side.

Best,
Hannah

""" + q_gmail_en("2026-11-10 14:05", "Hannah Keller", "hannah@readloop.io", """\
Hello,

I'm the co-founder of Readloop, a small company building reading
analytics for school libraries. We'd love to explore an integration with
the tools you support, or a co-marketing partnership.

Would you have 20 minutes in the coming weeks?

Hannah"""))

M("other", False, None, "centre-val-de-loire", None, False, "fr",
  "A teacher mistakes the desk for the académie IT help desk (photocopier and ENT printing), which is unrelated, with the region taken from the ac-orleans-tours.fr sender.",
  client="zimbra", frm=("Olivier Brunet", "olivier.brunet@ac-orleans-tours.fr"),
  subject="photocopieuse salle des profs", date="2026-11-30 07:52",
  body="""\
Bonjour,

La photocopieuse de la salle des profs n'imprime plus depuis l'ENT, elle
affiche « erreur 0x51 » et le technicien de la région ne passe que le
jeudi. Pouvez-vous intervenir à distance ? J'ai 3 contrôles à tirer ce
matin.

Olivier Brunet
Professeur de SVT
""")

M("other", False, None, "pays-de-la-loire", "espace_acheteur", True, "fr",
  "Acknowledges the automatic answer and says she will wait: mentions the 'réponse automatique' but asks nothing (region from the ac-nantes.fr sender).",
  client="outlook", frm=("Maëlle Guillou", "maelle.guillou@ac-nantes.fr"),
  subject="RE: [#SUP-023129] Espace Acheteur - mail de validation", date="2026-11-20 11:44",
  in_reply_to=sup(23129),
  body="""\
Bonjour,

Bien reçu votre réponse automatique, merci. Je regarde dans les
indésirables cet après-midi avec notre informaticien et je vous tiens au
courant s'il y a toujours un souci.

Bonne journée,
Maëlle Guillou

""" + q_outlook_fr("2026-11-20 09:02", DESK, SUPPORT_ADDR, "Maëlle Guillou <maelle.guillou@ac-nantes.fr>",
                   "[#SUP-023129] Espace Acheteur - mail de validation", DESK_JUNK))

M("other", False, None, None, None, False, "en",
  "English fake 'overdue invoice' with a link to pay, from an unrelated domain failing SPF/DMARC: phishing, not order_billing.",
  client="alt_custom", frm=("Accounts Department", "billing@invoices-secure-portal.net"),
  subject="Invoice INV-20931 overdue - final notice", date="2026-12-10 02:18", tz="utc",
  auth="fail",
  body="""\
Dear customer,

Our records show that invoice INV-20931 (EUR 2,480.00) is now 30 days
overdue. To avoid suspension of your services, please settle the amount
today using our secure payment portal:

https://invoices-secure-portal.net/pay/INV-20931

If payment has already been made, please disregard this notice.

Accounts Department
""",
  html="""\
<html><body style="font-family:Arial"><p>Dear customer,</p>
<p>Our records show that invoice <b>INV-20931</b> (EUR 2,480.00) is now <b>30 days overdue</b>.
To avoid suspension of your services, please settle the amount today:</p>
<p><a href="https://invoices-secure-portal.net/pay/INV-20931">PAY NOW</a></p>
<p>If payment has already been made, please disregard this notice.</p><p>Accounts Department</p>
</body></html>
""")

M("other", False, None, None, None, False, "fr",
  "A master's student asks the desk to circulate a survey on library portal use: unrelated request.",
  client="gmail", frm=("Léa Fournier", "lea.fournier@etu.univ-exemple.fr"),
  subject="Questionnaire mémoire – usages des portails documentaires", date="2027-02-02 14:10",
  body="""\
Bonjour,

Je suis étudiante en master MEEF documentation et je prépare un mémoire
sur les usages des portails documentaires dans les CDI. Serait-il possible
de diffuser mon questionnaire (10 minutes) auprès des professeurs
documentalistes que vous accompagnez ?

Lien : https://framaforms.org/usages-portails-cdi-2027

Merci beaucoup pour votre aide,
Léa Fournier
""")

M("other", False, None, None, "ticket_portal", False, "fr",
  "How to close a ticket oneself on the ticket portal: a how-to question with no category of its own.",
  client="outlook", frm=("Hervé Collet", "herve.collet@agglo-montlucon.fr"),
  subject="fermer un ticket", date="2026-12-16 16:20",
  body="""\
Bonjour,

Sur le portail de tickets, comment on ferme soi-même une demande qui est
résolue ? J'en ai 4 en « en attente de votre réponse » alors que c'est
réglé depuis longtemps, je ne trouve pas de bouton.

Merci
Hervé Collet
DSI – Agglomération
""")

M("other", False, None, None, None, True, "fr",
  "Sales pitch from an anti-spam vendor that names MailInBlack only to compare itself with it: other, not mailinblack_spam.",
  client="outlook", frm=("Julien Morvan", "julien.morvan@securemail-partenaires.fr"),
  subject="Vous utilisez Mailinblack ? Découvrez une alternative", date="2026-10-14 10:00",
  body="""\
Bonjour,

Beaucoup de collectivités et d'établissements scolaires utilisent
Mailinblack et se plaignent des messages légitimes bloqués par
l'authentification des expéditeurs. Notre filtrage sans challenge règle
ce problème, avec un hébergement 100 % français.

Je vous propose une démonstration de 30 minutes la semaine prochaine.
Quelles sont vos disponibilités ?

Cordialement,
Julien Morvan
Chargé d'affaires secteur public
""")

# ==========================================================================
# missing_noreply_mail
# ==========================================================================

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "Town-hall buyer never received the activation link after signing up on the Espace Acheteur; no anti-spam product named.",
  client="outlook", frm=("Christelle Noël", "c.noel@mairie-lunel.fr"),
  subject="Pas reçu le lien d'activation", date="2026-09-15 10:18",
  body="""\
Bonjour,

Je me suis inscrite hier sur l'Espace Acheteur pour la mairie, le site m'a
dit qu'un mail d'activation allait m'être envoyé. Depuis, rien du tout. J'ai
refait la démarche ce matin, toujours rien.

Pouvez-vous vérifier ?

Christelle Noël
Service achats – Mairie de Lunel
""")

M("missing_noreply_mail", True, "0162285X", "nouvelle-aquitaine", "esidoc", True, "fr",
  "Reads like a password problem, but the 'mot de passe oublié' tool is used and the new-password mail never arrives: missing_noreply_mail.",
  client="gmail", frm=("Nadia Belkacem", "nadia.belkacem@ac-poitiers.fr"),
  subject="je ne reçois rien !!", date="2026-10-05 15:40",
  body="""\
Bonjour,

Ça fait 4 fois que je clique sur « mot de passe oublié » sur le portail
e-sidoc du collège (0162285X) et je ne reçois RIEN. Ni dans la boîte de
réception, ni dans les indésirables. Le site me dit pourtant à chaque fois
« un message vous a été envoyé ».

C'est quoi le problème ?

Nadia Belkacem
Professeure documentaliste
""")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
  "English; Espace Acheteur notifications from the no-reply address stopped arriving; no anti-spam product named.",
  client="outlook_en", frm=("Rachel Owens", "r.owens@ecole-bilingue-nice.org"),
  subject="Not getting any notifications", date="2026-11-18 09:27",
  body="""\
Hello,

Since about two weeks I don't get any of the Espace Acheteur notifications
any more (order confirmations, offer alerts). I checked my junk folder,
nothing there. Colleagues who use the platform say they still get them.

Is there something wrong with my account?

Rachel Owens
Bursar
""")

M("missing_noreply_mail", True, "0910734D", "ile-de-france", "espace_acheteur", True, "fr",
  "Names MailInBlack only to say the lycée does not use it: the validation mail simply never arrives, so missing_noreply_mail, not mailinblack_spam.",
  client="zimbra", frm=("Jean-Marc Lefort", "jean-marc.lefort@ac-versailles.fr"),
  subject="Mail de validation Espace Acheteur jamais reçu", date="2026-10-12 14:03",
  body="""\
Bonjour,

Notre gestionnaire attend depuis vendredi le mail de validation de son
compte Espace Acheteur. On m'a parlé de MailInBlack qui bloquerait ce
genre de mails : ce n'est pas notre cas, nous n'avons pas cet outil, j'ai
vérifié avec la DANE. La boîte de réception et le dossier spam sont vides.

Pouvez-vous regarder de votre côté ?

Jean-Marc Lefort
RUPN – Lycée Jules-Verne, Massy
UAI 0910734D
""")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "One line from a phone: the Espace Acheteur confirmation mail still has not come.",
  client="android", frm=("Alexandre Roy", "alex.roy@sivu-scolaire-pays-fort.fr"),
  subject="confirmation", date="2026-12-07 18:33",
  body="""\
Toujours pas reçu le mail de confirmation pour l'espace acheteur depuis jeudi

Obtenir Outlook pour Android
""")

M("missing_noreply_mail", True, "0512936P", "grand-est", "esidoc", False, "fr",
  "Customer-account activation mail for the e-sidoc order space never arrived; junk ('filtre anti-pub') checked, no product named.",
  client="thunderbird", frm=("Agnès Petit", "agnes.petit@ac-reims.fr"),
  subject="mail d'activation compte client", date="2026-11-04 11:51",
  body="""\
Bonjour,

Je dois faire notre première commande en ligne pour le portail e-sidoc et
j'ai créé le compte client lundi. Le mail pour l'activer n'est jamais
arrivé. J'ai regardé dans le filtre anti-pub de la messagerie académique
et dans la corbeille, rien.

Lycée Jean-Jaurès, Reims – 0512936P

Agnès Petit
Gestionnaire
""")

M("missing_noreply_mail", False, "0250446Z", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
  "Reply (Outlook '-----Message d'origine-----' block) to the junk-folder answer: still nothing three days later; the template was already sent, a person must follow up.",
  client="outlook_desktop", frm=("Delphine Girardot", "delphine.girardot@ac-besancon.fr"),
  subject="RE: [#SUP-022655] Mail de création de mot de passe non reçu", date="2026-10-23 08:14",
  in_reply_to=sup(22655),
  body="""\
Bonjour,

J'ai fait tout ce que vous disiez : indésirables vérifiés, adresse ajoutée
aux contacts. Trois jours après, toujours aucun mail de l'Espace Acheteur. Pouvez-vous faire
remonter à la région ou me proposer autre chose ?

Delphine Girardot
Intendance – Collège Lucie-Aubrac, Besançon
0250446Z

""" + q_outlook_orig("2026-10-20 10:31", DESK, SUPPORT_ADDR, "Delphine Girardot",
                     "[#SUP-022655] Mail de création de mot de passe non reçu", DESK_JUNK))

M("missing_noreply_mail", True, None, None, "ticket_portal", False, "fr",
  "The ticket portal's confirmation mail (to set a password) never came.",
  client="outlook", frm=("Stéphane Hubert", "s.hubert@region-exemple.fr"),
  subject="Inscription portail tickets - aucun mail", date="2027-01-11 09:45",
  body="""\
Bonjour,

Je me suis inscrit sur le portail de tickets pour suivre nos demandes,
mais je n'ai jamais reçu le mail de confirmation qui doit permettre de
définir le mot de passe. Rien dans les spams.

Cordialement,
Stéphane Hubert
Direction du numérique éducatif
""")

M("missing_noreply_mail", True, "0801542S", "hauts-de-france", "espace_acheteur", False, "fr",
  "Apple Mail forward ('Début du message réexpédié') of a colleague who never got the account-validation mail; UAI in her signature.",
  client="applemail", frm=("Vincent Lemoine", "vincent.lemoine@ac-amiens.fr"),
  subject="Fwd: validation compte", date="2026-09-25 12:20",
  body="""\
Bonjour,

Je vous fais suivre le message de ma collègue de l'intendance, qui attend
toujours le mail de validation de son compte sur l'Espace Acheteur.

Vincent Lemoine
Principal adjoint

""" + fwd_apple_fr("2026-09-25 11:02", "Karine Dupont", "karine.dupont@ac-amiens.fr",
                   "Vincent Lemoine <vincent.lemoine@ac-amiens.fr>", "validation compte", """\
Vincent,

Le compte Espace Acheteur a été validé d'après l'administrateur, mais le
mail avec le lien pour la première connexion ne m'est jamais arrivé. Tu
peux relancer le support ? Moi je n'ai pas leur adresse.

Karine Dupont
Adjointe gestionnaire – Collège Jules-Ferry, Amiens
UAI 0801542S"""))

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "HTML-only Outlook (windows-1252): a hospital buyer no longer receives the alerts for new markets; no product named.",
  client="outlook_html", frm=("Laetitia Mercier", "laetitia.mercier@ch-saintonge.fr"),
  subject="Alertes nouveaux marchés non reçues", date="2026-12-11 14:27",
  body="""\
Bonjour,

Depuis début décembre je ne reçois plus les alertes de l'Espace Acheteur
quand un nouveau marché est publié, alors que mes abonnements aux alertes
sont toujours cochés dans mon profil.

Pouvez-vous vérifier ce qui se passe ?

Bien cordialement,

Laetitia Mercier
Cellule achats – Centre hospitalier de Saintonge
""")

M("missing_noreply_mail", True, "0681723D", "grand-est", "espace_acheteur", False, "fr",
  "The office writes from the ce.<UAI> address: the activation mail never reached the inbox; no anti-spam product named.",
  client="zimbra", frm=("Secrétariat Collège Victor-Schoelcher", "ce.0681723D@ac-strasbourg.fr"),
  subject="Activation compte - rien reçu", date="2026-11-27 10:05",
  body="""\
Bonjour,

Notre gestionnaire a créé un compte sur l'Espace Acheteur avec l'adresse
de l'établissement. Le mail d'activation devait arriver sur cette boîte de
réception mais nous n'avons rien reçu, ni hier ni aujourd'hui.

Collège Victor-Schoelcher, Colmar – 0681723D

Le secrétariat
""")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "A supplier never receives the Espace Acheteur notifications about new consultations; no product named.",
  client="outlook", frm=("Mickaël Robin", "m.robin@fournitures-robin.fr"),
  subject="notifications consultation", date="2026-10-29 16:16",
  body="""\
Bonjour,

Nous sommes fournisseur référencé sur l'Espace Acheteur (papeterie et
fournitures scolaires) et nous ne recevons plus aucune notification quand
une nouvelle consultation est publiée. Nos concurrents les reçoivent,
eux. L'adresse de notre compte est commercial@fournitures-robin.fr.

Merci de regarder rapidement, on risque de rater des marchés.

Mickaël Robin
Fournitures Robin SARL
""")

M("missing_noreply_mail", False, "0171046V", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
  "Two topics: the password-creation mail never arrives (main) and a copy of an invoice is requested (order_billing); a single template would answer only half.",
  client="outlook", frm=("Philippe Guillot", "philippe.guillot@ac-poitiers.fr"),
  subject="mail non reçu + copie de facture", date="2026-11-06 09:33",
  body="""\
Bonjour,

1. Je n'ai toujours pas reçu le mail pour créer mon mot de passe sur
l'Espace Acheteur (compte créé le 2 novembre). Rien dans les spams.

2. Par ailleurs, pourriez-vous m'envoyer une copie de la facture de
septembre ? L'agent comptable ne la retrouve pas pour le mandatement.

Merci d'avance
Philippe Guillot
Gestionnaire – Lycée Merleau-Ponty, Rochefort
UAI 0171046V
""")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "IT of a local authority asks which no-reply sender and servers to allow on their own mail server because the platform's mails never arrive; no anti-spam product named.",
  client="outlook", frm=("Service informatique", "informatique@ville-pontivy-exemple.fr"),
  subject="adresse d'envoi no-reply à autoriser", date="2026-12-15 11:02",
  body="""\
Bonjour,

Plusieurs agents de la ville n'ont jamais reçu les mails de l'Espace
Acheteur (validation de compte, mot de passe). Nous n'avons aucun filtrage
particulier à part le filtre de notre hébergeur. Pouvez-vous nous donner
l'adresse exacte d'envoi (no-reply) et si possible les serveurs d'envoi,
pour que nous les ajoutions en liste blanche ?

Cordialement,
Le service informatique
""")

M("missing_noreply_mail", True, None, None, "esignature", False, "fr",
  "The e-signature invitation mail for the membership convention never arrived; no product named.",
  client="outlook", frm=("Gaëlle Le Cam", "g.lecam@ville-lamballe-exemple.fr"),
  subject="Convention à signer : pas de mail reçu", date="2027-01-18 15:12",
  body="""\
Bonjour,

On m'a annoncé que la convention d'adhésion 2027 m'avait été envoyée pour
signature électronique, mais je n'ai reçu aucun mail avec le lien pour
signer. J'ai vérifié les indésirables.

Pouvez-vous me renvoyer l'invitation ?

Gaëlle Le Cam
Maire adjointe
""")

M("missing_noreply_mail", True, "0124589Y", "occitanie", "espace_acheteur", False, "fr",
  "Hearsay: a librarian reports that her intendance colleague never received the mail to create her password; still the no-reply mail that did not arrive.",
  client="gmail", frm=("Céline Bousquet", "celine.bousquet@ac-toulouse.fr"),
  subject="pour ma collègue de l'intendance", date="2026-10-01 13:14",
  body="""\
Bonjour,

Je vous écris pour ma collègue de l'intendance qui n'a pas de temps en ce
moment : elle me dit qu'elle n'a jamais reçu le mail pour créer son mot de
passe sur l'Espace Acheteur, alors que l'administrateur a bien validé son
compte. Elle a regardé dans les indésirables d'après elle.

Son adresse : int.0124589y@ac-toulouse.fr
Lycée Foch, Rodez – 0124589Y

Merci !
Céline Bousquet, professeure documentaliste
""")

M("missing_noreply_mail", True, "0180863R", "centre-val-de-loire", "esidoc", False, "fr",
  "ISO-8859-1 Thunderbird mail: since the académie's webmail migration the e-sidoc password mail no longer arrives; no product named.",
  client="thunderbird_latin1", frm=("Gérard Aubry", "gerard.aubry@ac-orleans-tours.fr"),
  subject="plus de mail depuis la migration", date="2026-11-12 08:41",
  body="""\
Bonjour,

Depuis la migration de la messagerie académique la semaine dernière, je ne
reçois plus le mail de votre plateforme quand je demande un nouveau mot de
passe pour le portail e-sidoc. Avant la migration ça marchait très bien.
J'ai regardé partout dans la nouvelle boîte, rien.

Lycée Alain-Fournier, Bourges - 0180863R

G. Aubry
""")

# ==========================================================================
# head_of_establishment_request
# ==========================================================================

M("head_of_establishment_request", False, "0930417Y", "ile-de-france", "esidoc", False, "fr",
  "The principal, from the official ce.<UAI> address, asks to replace the e-sidoc admin contact address after the librarian left.",
  client="zimbra", frm=("Principal Collège Henri-Wallon", "ce.0930417Y@ac-creteil.fr"),
  subject="Changement d'adresse de contact – portail e-sidoc", date="2026-09-16 17:20",
  body="""\
Madame, Monsieur,

Notre professeure documentaliste, Mme Keita, a quitté l'établissement le
31 août. L'adresse de contact du compte administrateur de notre portail
e-sidoc est toujours la sienne.

Je vous demande de bien vouloir la remplacer par l'adresse du nouveau
documentaliste, M. Hamidi : karim.hamidi@ac-creteil.fr.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Rachid Benyamina
Principal du collège Henri-Wallon, Aubervilliers
UAI 0930417Y
""")

M("head_of_establishment_request", False, "0371522D", "centre-val-de-loire", "esidoc", False, "fr",
  "The proviseur authorises the renewal order in writing and attaches the signed bon de commande (PDF).",
  client="outlook_desktop", frm=("Proviseure Lycée Descartes", "ce.0371522D@ac-orleans-tours.fr"),
  subject="Autorisation commande abonnements 2027", date="2026-12-04 11:40",
  attachments=[("application/pdf", "BC_2026-214_signe.pdf", stub_pdf("bon de commande 2026-214"))],
  body="""\
Bonjour,

J'autorise M. Pelletier, professeur documentaliste, à valider en ligne la
commande de renouvellement des abonnements du CDI (portail e-sidoc et
ressources numériques) pour l'année 2027.

Le bon de commande n° 2026-214 signé par mes soins est joint à ce message.

Cordialement,

La proviseure
Hélène Marchal
Lycée Descartes – Tours
""")

M("head_of_establishment_request", False, None, "auvergne-rhone-alpes", "esidoc", False, "fr",
  "A primary-school head (directrice d'école) asks for the admin password reset with the link sent to the school's address; no UAI, region from ac-grenoble.fr.",
  client="iphone", frm=("Martine Faure", "martine.faure@ac-grenoble.fr"),
  subject="réinitialisation accès BCD", date="2026-10-07 07:12",
  body="""\
Bonjour,

Je suis directrice de l'école élémentaire des Tilleuls à Voiron. Plus
personne ne connaît le mot de passe administrateur de notre portail
e-sidoc (celui de la BCD) depuis le départ de l'enseignante qui s'en
occupait. Je vous demande donc de le réinitialiser et d'envoyer le lien
sur l'adresse de l'école, ce.ecole-tilleuls-voiron@ac-grenoble.fr (c'est
moi qui la consulte).

Merci
Martine Faure
Directrice

Envoyé de mon iPhone
""")

M("head_of_establishment_request", False, "0781266C", "ile-de-france", "espace_acheteur", False, "en",
  "English; the head teacher names a new structure administrator on the Espace Acheteur and asks to close the former one's access.",
  client="outlook_en", frm=("Catherine Moreau-Smith", "ce.0781266C@ac-versailles.fr"),
  subject="New administrator for our buyer account", date="2026-11-02 12:05",
  body="""\
Dear Sir or Madam,

As head of the Lycée international de Saint-Germain-en-Laye (UAI
0781266C), I hereby designate Mr Arnaud Picard, our new bursar
(arnaud.picard@ac-versailles.fr), as administrator of our structure on the
Espace Acheteur.

Please also close the access of Mrs Joëlle Renaud, who retired in August.

Yours faithfully,
Catherine Moreau-Smith
Proviseure
""")

M("head_of_establishment_request", False, "0470955H", "nouvelle-aquitaine", "esidoc", True, "fr",
  "The secrétariat de direction sends, on the principal's behalf, her signed letter (PDF) asking for the e-sidoc admin reset: the head's written request, relayed; staff must check the letter.",
  client="outlook", frm=("Secrétariat de direction", "secretariat.direction.0470955h@ac-bordeaux.fr"),
  subject="TR: courrier de Mme la Principale - accès e-sidoc", date="2026-10-19 10:22",
  cc="Mme la Principale <ce.0470955H@ac-bordeaux.fr>",
  attachments=[("application/pdf", "Courrier_principale_esidoc.pdf", stub_pdf("courrier principale"))],
  body="""\
Bonjour,

Pour le compte de Mme la Principale, qui est en copie, veuillez trouver
ci-joint son courrier signé demandant la réinitialisation du mot de passe
administrateur du portail e-sidoc du collège, ainsi que le remplacement de
l'adresse de contact par celle du CDI (cdi.0470955h@ac-bordeaux.fr).

Restant à votre disposition,

Le secrétariat de direction
Collège Jasmin – Agen
""")

M("head_of_establishment_request", False, "0641173C", "nouvelle-aquitaine", "esidoc", False, "fr",
  "Reply (Outlook quote of the desk's request) in which the proviseur gives the written request to change the admin contact address.",
  client="outlook", frm=("Proviseur Lycée Louis-Barthou", "ce.0641173C@ac-bordeaux.fr"),
  subject="RE: [#SUP-021968] Adresse de contact e-sidoc", date="2026-10-09 16:47",
  in_reply_to=sup(21968),
  body="""\
Bonjour,

Suite à votre message, je confirme par écrit ma demande : merci de
remplacer l'adresse de contact du compte administrateur e-sidoc du lycée
par cdi.barthou@ac-bordeaux.fr, et d'envoyer le lien de réinitialisation
à cette nouvelle adresse.

Cordialement,

Jean-Luc Etcheverry
Proviseur – Lycée Louis-Barthou, Pau
0641173C

""" + q_outlook_fr("2026-10-08 14:10", DESK, SUPPORT_ADDR, "ce.0641173C@ac-bordeaux.fr",
                   "[#SUP-021968] Adresse de contact e-sidoc", DESK_WRITTEN))

M("head_of_establishment_request", False, "0060825P", "provence-alpes-cote-d-azur", "espace_acheteur", True, "fr",
  "Claims to be the principal from the ce.<UAI> address, but SPF/DMARC fail and Reply-To is a free-mail address asking to move the admin account there: a probable spoof, still a head-of-establishment request for staff to refuse.",
  client="plain", frm=("Principal Collège Matisse", "ce.0060825P@ac-nice.fr"),
  auth="fail", auth_domain="ac-nice.fr", reply_to="principal.matisse.nice@gmail.com",
  relay="vps-4f2a91.hosting-discount.example", return_path="bounce@vps-4f2a91.hosting-discount.example",
  subject="URGENT changement administrateur", date="2026-11-21 23:48",
  body="""\
Bonjour,

Je suis le principal du collège Henri-Matisse (0060825P). Suite à un
problème de messagerie académique, je vous demande de remplacer dès ce
soir l'adresse de l'administrateur de notre compte Espace Acheteur par
principal.matisse.nice@gmail.com et de m'envoyer les nouveaux accès sur
cette adresse.

C'est urgent, des commandes doivent partir lundi.

Le principal
""")

M("head_of_establishment_request", False, "0290855X", "bretagne", "espace_acheteur", False, "fr",
  "The principal asks to remove the former gestionnaire's Espace Acheteur access and designates her successor as administrator.",
  client="zimbra", frm=("Direction Collège Pen-ar-Ché", "ce.0290855X@ac-rennes.fr"),
  subject="Espace Acheteur – changement de gestionnaire", date="2027-01-06 09:30",
  body="""\
Bonjour,

M. Quéméner, gestionnaire du collège, a quitté ses fonctions le 31
décembre. Je vous demande de supprimer ses droits sur l'Espace Acheteur et
de désigner à sa place Mme Annaïg Le Floch (annaig.lefloch@ac-rennes.fr)
comme administratrice de notre structure.

Cordialement,

Yannick Riou
Principal du collège Pen-ar-Ché, Quimper
""")

M("head_of_establishment_request", False, "0601483L", "hauts-de-france", "esidoc", False, "fr",
  "The principal confirms from his phone that the e-sidoc reset may go to the official address: written authorisation from the head.",
  client="iphone", frm=("Éric Delattre", "eric.delattre@ac-amiens.fr"),
  subject="Accord réinitialisation", date="2026-11-13 07:05",
  body="""\
Bonjour,
En tant que principal du collège Gérard-Philipe (0601483L), je vous
autorise à réinitialiser le mot de passe administrateur de notre portail
e-sidoc, lien à envoyer sur l'adresse ce. du collège. Notre documentaliste
vous a écrit hier à ce sujet.
E. Delattre

Envoyé de mon iPhone
""")

M("head_of_establishment_request", False, "0220671K", "bretagne", "espace_acheteur", False, "fr",
  "The UAI appears only in the subject, in lower case; the proviseur designates a new structure administrator.",
  client="outlook", frm=("Morgane Le Goff", "morgane.legoff@ac-rennes.fr"),
  subject="Changement administrateur - uai 0220671k", date="2026-09-22 13:55",
  body="""\
Bonjour,

Proviseure du lycée depuis la rentrée, je souhaite que l'administration de
notre structure sur l'Espace Acheteur soit confiée à notre nouvelle
adjointe gestionnaire, Mme Lucas (sandrine.lucas@ac-rennes.fr), à la place
de l'ancien proviseur adjoint qui a muté.

Bien cordialement,

Morgane Le Goff
Proviseure
""")

M("head_of_establishment_request", False, "0492266X", "pays-de-la-loire", "esidoc", False, "fr",
  "The head of a private school authorises the librarian to place the e-sidoc orders; non-academic sender, UAI in the signature.",
  client="outlook", frm=("Bertrand Maillard", "direction@institution-stmartin-angers.fr"),
  subject="Délégation commandes CDI", date="2026-09-28 18:10",
  body="""\
Madame, Monsieur,

Chef d'établissement de l'institution Saint-Martin, j'autorise
Mme Claire Besnard, professeure documentaliste, à passer et valider au
nom de l'établissement les commandes liées au portail e-sidoc et aux
ressources du CDI pour l'année scolaire 2026-2027.

Je reste à votre disposition pour tout complément.

Bertrand Maillard
Chef d'établissement
Institution Saint-Martin – Angers
UAI 0492266X
""")

M("head_of_establishment_request", False, "0951287H", "ile-de-france", "esidoc", False, "fr",
  "HTML-only Outlook letter: the principal designates the new e-sidoc administrator and asks that the former one lose access.",
  client="outlook_html", frm=("Principale Collège Les Touleuses", "ce.0951287H@ac-versailles.fr"),
  subject="Désignation de l'administrateur e-sidoc", date="2026-10-01 15:30",
  body="""\
Objet : désignation de l'administrateur du portail e-sidoc

Madame, Monsieur,

Je vous informe que Mme Aïcha Traoré, professeure documentaliste, est
désormais l'administratrice du portail e-sidoc du collège Les Touleuses
(UAI 0951287H). Je vous demande de lui attribuer les droits
d'administration et de retirer ceux de M. Rivière, qui a quitté
l'établissement.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations
distinguées.

Nathalie Ferrand
Principale
""")

M("head_of_establishment_request", False, "0880642V", "grand-est", "espace_acheteur", True, "fr",
  "Negation: the principal says she does not want a new account created but the existing account's administration transferred: a head-of-establishment request, not account_creation.",
  client="outlook", frm=("Principale Collège Jules-Ferry", "ce.0880642V@ac-nancy-metz.fr"),
  subject="Compte Espace Acheteur de l'établissement", date="2026-12-10 12:25",
  body="""\
Bonjour,

Je ne vous demande pas de créer un nouveau compte pour le collège : il en
existe déjà un sur l'Espace Acheteur. Je vous demande de transférer
l'administration de ce compte existant à Mme Grandjean, notre nouvelle
gestionnaire (claire.grandjean@ac-nancy-metz.fr), l'ancienne gestionnaire
étant partie en retraite.

Vous trouverez mon accord par ce message envoyé depuis l'adresse
officielle de l'établissement.

Cordialement,
Sylvie Marchal
Principale du collège Jules-Ferry, Épinal
0880642V
""")

# ==========================================================================
# mailinblack_spam
# ==========================================================================

M("mailinblack_spam", True, "0300958D", "occitanie", "espace_acheteur", False, "fr",
  "Product spelled 'mail in black', no accents: the activation mail is held in its quarantine.",
  client="webmail_orange", frm=("sebastien vidal", "seb.vidal30@orange.fr"),
  subject="mail bloqué", date="2026-09-18 12:12",
  body="""\
bonjour

le mail d activation de l espace acheteur est bloque par mail in black au
college (0300958D), je le vois dans la liste des messages en attente mais
je ne peux pas le debloquer moi meme. comment on fait ?

seb vidal
gestionnaire college de Bagnols
""")

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "IT of a local authority asks which sender addresses or domains to allow-list in MailInBlack for the Espace Acheteur.",
  client="outlook", frm=("Damien Carpentier", "d.carpentier@agglo-saint-lo-exemple.fr"),
  subject="Liste blanche Mailinblack", date="2026-10-20 09:58",
  body="""\
Bonjour,

Nous utilisons Mailinblack sur l'ensemble des boîtes de l'agglomération.
Nos acheteurs ne reçoivent pas les mails de l'Espace Acheteur. Pouvez-vous
me communiquer la liste des adresses et domaines expéditeurs à autoriser
de notre côté ?

Cordialement,
Damien Carpentier
Administrateur systèmes et réseaux
""")

M("mailinblack_spam", True, "0011946K", "auvergne-rhone-alpes", "espace_acheteur", False, "en",
  "English; MailInBlack quarantine is holding the Espace Acheteur activation e-mails.",
  client="gmail", frm=("Lisa Brennan", "lisa.brennan@ac-lyon.fr"),
  subject="Activation emails stuck in MailInBlack", date="2026-11-09 10:40",
  body="""\
Hello,

Our school (UAI 0011946K) uses MailInBlack and I can see your activation
emails for the Espace Acheteur sitting in the quarantine. I don't have the
rights to release them. What should I tell our IT people?

Thanks,
Lisa Brennan
Bursar's office
""")

M("mailinblack_spam", True, "0740518L", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
  "She sees the platform's message in her daily MailInBlack digest and asks whether it is safe to release it.",
  client="zimbra", frm=("Nathalie Berthier", "nathalie.berthier@ac-grenoble.fr"),
  subject="message en attente dans Mailinblack : c'est bien vous ?", date="2026-11-25 08:36",
  body="""\
Bonjour,

Dans mon récapitulatif Mailinblack de ce matin j'ai un message
« Validation de votre compte » venant de no-reply@espace-acheteur... en
attente. Je n'ose pas cliquer sur « délivrer », c'est bien vous ? Et
comment faire pour que ça ne se reproduise pas ?

Nathalie Berthier
Gestionnaire – Lycée Berthollet, Annecy (0740518L)
""")

M("mailinblack_spam", False, "0831259T", "provence-alpes-cote-d-azur", "espace_acheteur", True, "fr",
  "The sender-authentication challenge is described (senders must click a link and prove they are human) without naming MailInBlack: probably mailinblack_spam, but the product is not confirmed, so a person checks first.",
  client="outlook", frm=("Frédéric Giraud", "frederic.giraud@ac-nice.fr"),
  subject="vos mails n'arrivent pas", date="2026-12-01 14:48",
  body="""\
Bonjour,

Depuis que la collectivité a installé un nouveau filtre sur nos boîtes,
les expéditeurs inconnus reçoivent un message leur demandant de cliquer
sur un lien et de recopier des caractères pour prouver qu'ils ne sont pas
des robots. Je pense que vos mails de l'Espace Acheteur restent bloqués
là, puisque personne ne répond à ce message chez vous (no-reply...).

Que pouvons-nous faire ?

Frédéric Giraud
Gestionnaire – Collège Font-de-Fillol, La Seyne-sur-Mer
0831259T
""")

M("mailinblack_spam", False, "0720683B", "pays-de-la-loire", "espace_acheteur", True, "fr",
  "Two topics: MailInBlack holds the activation mail (main) and a question about a basket that disappeared (order_billing); one template would answer only half.",
  client="thunderbird", frm=("Anthony Leroux", "anthony.leroux@ac-nantes.fr"),
  subject="Mailinblack + panier", date="2026-10-27 11:25",
  body="""\
Bonjour,

Deux soucis :
- le mail d'activation du compte Espace Acheteur de notre nouvelle
  adjointe est bloqué par Mailinblack, je n'ai pas la main pour le débloquer ;
- et mon panier préparé la semaine dernière a disparu, je dois tout
  refaire ? Il y avait 40 lignes...

Merci
A. Leroux
Gestionnaire, collège Berthelot – Le Mans
UAI 0720683B
""")

M("mailinblack_spam", True, None, None, None, False, "fr",
  "One line from a phone: blocked by MailInBlack, asks for the procedure; no platform named.",
  client="iphone", frm=("Patricia Simon", "patricia.simon@ccpaysdeguingamp-exemple.fr"),
  subject="mailinblack", date="2027-01-08 17:02",
  body="""\
Bloqué par mailinblack, vous pouvez m'envoyer la procédure svp ?

Envoyé de mon iPhone
""")

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "HTML-only Outlook mail from a regional council's IT: 'Mailinblack Protect' deployed on all lycées, Espace Acheteur mails now held.",
  client="outlook_html", frm=("DSI Lycées", "dsi-lycees@region-exemple.fr"),
  subject="Déploiement Mailinblack Protect – mails Espace Acheteur retenus", date="2026-09-30 16:05",
  body="""\
Bonjour,

La Région a déployé Mailinblack Protect sur les messageries de l'ensemble
des lycées en septembre. Depuis, plusieurs gestionnaires nous signalent
que les messages de l'Espace Acheteur (création de compte, nouveaux mots
de passe) sont retenus.

Merci de nous indiquer la procédure pour autoriser vos envois afin que
nous puissions la paramétrer de manière centralisée.

Cordialement,

Direction des systèmes d'information – pôle lycées
""")

M("mailinblack_spam", True, "0560917T", "bretagne", "esidoc", False, "fr",
  "Checked the junk folder first, then names MailInBlack in passing as the place the mail was found: mailinblack_spam.",
  client="gmail", frm=("Soizic Le Bihan", "soizic.lebihan@ac-rennes.fr"),
  subject="mail de réinitialisation introuvable... ah si", date="2026-11-03 12:30",
  body="""\
Bonjour,

Je ne trouvais pas le mail pour changer le mot de passe d'e-sidoc, rien
dans les spams. Notre secrétaire a fini par le retrouver dans Mailinblack,
parmi les mails « en attente ». Elle l'a libéré mais le lien avait expiré
entre-temps. Comment éviter ça la prochaine fois ? Il faut vous ajouter
quelque part ?

Lycée Dupuy-de-Lôme, Lorient – 0560917T
Soizic Le Bihan
""")

M("mailinblack_spam", True, "0101775A", "grand-est", "espace_acheteur", False, "fr",
  "Reply quoting the desk's junk-folder answer: their IT now says MailInBlack is blocking; the MailInBlack guide is the right answer.",
  client="outlook", frm=("Jérémy Collin", "jeremy.collin@ac-reims.fr"),
  subject="RE: [#SUP-022994] Aucun mail de validation", date="2026-11-05 10:11",
  in_reply_to=sup(22994),
  body="""\
Bonjour,

Rien dans les indésirables. Notre informaticien a regardé : c'est
Mailinblack qui retient vos messages de l'Espace Acheteur. Que faut-il paramétrer ?

Jérémy Collin
Collège Paul-Langevin, Romilly-sur-Seine – 0101775A

""" + q_outlook_fr("2026-11-04 15:40", DESK, SUPPORT_ADDR, "Jérémy Collin <jeremy.collin@ac-reims.fr>",
                   "[#SUP-022994] Aucun mail de validation", DESK_JUNK))

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "en",
  "English; an IT provider says the no-reply sender gets challenged by MailInBlack and asks for allow-list details.",
  client="outlook_en", frm=("Kevin O'Neill", "kevin.oneill@netcare-services.eu"),
  subject="MailInBlack challenge for your no-reply sender", date="2026-12-03 09:20",
  body="""\
Hi,

We manage email for several French town councils. Your Espace Acheteur
no-reply address is being challenged by MailInBlack, and since nobody
answers the challenge, activation and password e-mails never reach our
users.

Could you tell us the exact sender addresses and domains we should
allow-list in MailInBlack?

Best regards,
Kevin O'Neill
NetCare Services – Messaging team
""")

M("mailinblack_spam", True, "0542168N", "grand-est", "espace_acheteur", False, "fr",
  "MAILINBLACK in capitals, written from the ce.<UAI> address: platform mails retained since its installation.",
  client="zimbra", frm=("Secrétariat Lycée Henri-Poincaré", "ce.0542168N@ac-nancy-metz.fr"),
  subject="MAILINBLACK", date="2026-10-15 15:15",
  body="""\
Bonjour,

DEPUIS L'INSTALLATION DE MAILINBLACK NOUS NE RECEVONS PLUS VOS MESSAGES
(ESPACE ACHETEUR). MERCI DE NOUS DIRE QUOI FAIRE.

LE SECRÉTARIAT
LYCÉE HENRI-POINCARÉ – NANCY
""")

M("mailinblack_spam", True, "0390741U", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
  "Gmail forward of the daily MailInBlack quarantine report: the forwarded part is machine text, the outer message is a real question.",
  client="gmail", frm=("Corinne Jacquet", "corinne.jacquet@ac-besancon.fr"),
  subject="Fwd: [Mailinblack] Vos messages en attente", date="2026-12-08 08:55",
  body="""\
Bonjour,

Je vous transfère le rapport du matin : vos deux mails y sont (création
de compte et mot de passe). Je les débloque à chaque fois mais ça
recommence. Que faut-il faire une fois pour toutes ?

Corinne Jacquet, adjointe gestionnaire
Lycée Victor-Bérard, Morez – 0390741U

""" + fwd_gmail_fr("2026-12-08 07:00", "Mailinblack", "rapport@protect.mailinblack.com",
                   "corinne.jacquet@ac-besancon.fr", "[Mailinblack] Vos messages en attente", """\
Bonjour,

Voici vos messages en attente de ces dernières 24 heures :

  no-reply@espace-acheteur.example.fr   Création de votre compte      07/12 14:02
  no-reply@espace-acheteur.example.fr   Choisissez votre mot de passe 07/12 14:05
  promo@offres-imprimantes.example      -50% sur vos cartouches       07/12 18:40

Délivrer | Autoriser l'expéditeur | Bloquer

Ce rapport est envoyé automatiquement chaque jour à 7h00."""))

# ==========================================================================
# order_billing
# ==========================================================================

M("order_billing", False, "0870296Z", "nouvelle-aquitaine", "esidoc", False, "fr",
  "Asks for a formal quote for the e-sidoc renewal, needed to issue the bon de commande.",
  client="outlook_desktop", frm=("Monique Chastagner", "monique.chastagner@ac-limoges.fr"),
  subject="Demande de devis renouvellement", date="2026-10-26 10:48",
  body="""\
Bonjour,

Pourriez-vous m'adresser un devis pour le renouvellement de notre
abonnement e-sidoc (année civile 2027) ? Notre gestionnaire en a besoin
pour établir le bon de commande avant la clôture de l'exercice.

Merci de le libeller au nom du collège Léonard-Limosin, 0870296Z.

Cordialement,
Monique Chastagner
Professeure documentaliste
""")

M("order_billing", False, "0770549D", "ile-de-france", "esidoc", False, "fr",
  "Order validated a month ago, the invoice still does not appear on Chorus Pro; SIRET given.",
  client="outlook", frm=("Karima Mansouri", "int.0770549d@ac-creteil.fr"),
  subject="Facture non déposée sur Chorus Pro", date="2026-12-02 15:05",
  body="""\
Bonjour,

Notre commande d'abonnement e-sidoc a été validée le 28 octobre mais
aucune facture n'a été déposée sur Chorus Pro à ce jour. Sans facture nous
ne pouvons pas mandater et l'exercice se clôture bientôt.

Pour rappel : SIRET 197 705 490 00018, service exécutant INTENDANCE.

Merci de faire le nécessaire rapidement.

Karima Mansouri
Adjointe gestionnaire – Lycée Henri-Moissan, Meaux
UAI 0770549D
""")

M("order_billing", False, None, None, "esidoc", False, "en",
  "English Outlook reply quoting an internal mail ('From: / Sent:' block): the invoice must be addressed to the finance office.",
  client="outlook_en", frm=("Laura Bennett", "l.bennett@international-school-sophia.fr"),
  subject="RE: e-sidoc invoice", date="2026-11-10 12:30",
  body="""\
Hello,

Please see below from our finance office. Could you re-issue the e-sidoc
invoice to the finance department (address below) rather than to the
library? They cannot process it otherwise.

Finance Office – International School Sophia
120 route des Lucioles, 06560 Valbonne

Thanks,
Laura Bennett
Librarian

""" + q_outlook_en("2026-11-10 10:02", "Marc Dubreuil", "finance@international-school-sophia.fr",
                   "Laura Bennett", "e-sidoc invoice", """\
Laura,

The invoice from the e-sidoc supplier is made out to "CDI / Library".
We can only pay invoices addressed to the Finance Office. Can you ask them
to send a corrected one?

Marc"""))

M("order_billing", False, "9710481W", "guadeloupe", "esidoc", False, "fr",
  "Thunderbird forward of a payment reminder for an invoice already paid by mandat administratif; Guadeloupe time zone.",
  client="thunderbird", tz="guadeloupe", frm=("Josiane Bélénus", "josiane.belenus@ac-guadeloupe.fr"),
  subject="Fwd: Relance facture FA-2026-08813", date="2026-11-16 08:20",
  body="""\
Bonjour,

Nous recevons la relance ci-dessous alors que la facture a été payée par
mandat administratif n° 1487 du 14 octobre. Merci de vérifier de votre côté
et d'arrêter les relances.

Josiane Bélénus
Gestionnaire – Collège Front-de-Mer, Pointe-à-Pitre
9710481W

""" + fwd_thunderbird_fr("2026-11-13 06:00", "Service comptabilité", "compta@assistance.example.fr",
                         "josiane.belenus@ac-guadeloupe.fr", "Relance facture FA-2026-08813", """\
Madame, Monsieur,

Sauf erreur de notre part, la facture FA-2026-08813 (abonnement e-sidoc)
d'un montant de 486,00 € TTC reste impayée à ce jour. Merci de procéder à son règlement.

Le service comptabilité""", tz="paris"))

M("order_billing", False, None, "occitanie", "esidoc", True, "fr",
  "Pricing question from a primary-school head (not a request she authorises) that mentions accounts and passwords in passing: a quote request, so order_billing (region from ac-montpellier.fr).",
  client="gmail", frm=("Valérie Sanchez", "valerie.sanchez@ac-montpellier.fr"),
  subject="tarif e-sidoc école primaire ?", date="2026-09-23 20:05",
  body="""\
Bonjour,

Je dirige une petite école de 5 classes et nous aimerions un portail
e-sidoc pour la BCD. Combien ça coûte par an pour une école comme la
nôtre ? Est-ce que le prix change si chaque enseignant veut son propre
compte avec son mot de passe, ou c'est un seul accès pour l'école ?

Si c'est possible, j'aimerais un devis à présenter à la mairie.

Valérie Sanchez
Directrice, école Jean-Moulin, Lodève
""")

M("order_billing", False, "0020937H", "hauts-de-france", "espace_acheteur", False, "fr",
  "The 'valider la commande' button stays greyed out at order validation on the Espace Acheteur.",
  client="outlook", frm=("Romain Lecomte", "romain.lecomte@ac-amiens.fr"),
  subject="impossible de valider la commande", date="2026-12-09 11:17",
  body="""\
Bonjour,

J'ai un panier prêt sur l'Espace Acheteur (produits d'entretien, 23
lignes) mais le bouton
« Valider la commande » reste grisé. Le montant est bien sous le seuil de
notre bon d'engagement. Qu'est-ce qui bloque ?

Romain Lecomte
Gestionnaire, cité scolaire de Saint-Quentin – 0020937H
""")

M("order_billing", False, None, None, "esidoc", False, "en",
  "English; a private school asks whether it can pay the e-sidoc subscription by card or bank transfer and for bank details.",
  client="gmail", frm=("Michael Turner", "m.turner@british-school-paris-exemple.org"),
  subject="Payment options for our subscription", date="2026-10-06 13:40",
  body="""\
Hello,

We are a private school and do not work with purchase orders or the
public accounting system. Can we pay our e-sidoc subscription by credit
card, or by bank transfer? If by transfer, please send your bank details
(IBAN/BIC) on headed paper.

Kind regards,
Michael Turner
Business Manager
""")

M("order_billing", False, None, None, "espace_acheteur", False, "fr",
  "A supplier asks which engagement number and service code to use to deposit invoices on Chorus Pro for an order placed through the Espace Acheteur.",
  client="outlook", frm=("Elsa Barbier", "facturation@papeterie-barbier.fr"),
  subject="Dépôt facture Chorus – commande Espace Acheteur", date="2026-11-27 09:05",
  body="""\
Bonjour,

Nous avons livré la commande n° EA-2026-55102 passée via l'Espace Acheteur
par un lycée de votre réseau. Chorus Pro rejette notre facture : il manque
le numéro d'engagement et le code service. Où trouver ces informations ?
La commande ne les mentionne pas.

Cordialement,
Elsa Barbier
Service facturation – Papeterie Barbier
""")

M("order_billing", False, "0691388J", "auvergne-rhone-alpes", "esidoc", True, "fr",
  "Reply on an old password ticket (Zimbra 'Mail original' quote) whose new text asks something else: an invoice received twice.",
  client="zimbra", frm=("Fabienne Rey", "fabienne.rey@ac-lyon.fr"),
  subject="Re: [#SUP-019642] Mot de passe e-sidoc", date="2026-11-18 14:44",
  in_reply_to=sup(19642),
  body="""\
Bonjour,

Je me permets de répondre sur ce fil (le mot de passe c'est réglé depuis
longtemps, merci). Nouveau souci : nous avons reçu deux fois la facture
de l'abonnement, même montant, deux numéros différents (FA-2026-09121 et
FA-2026-09188). Pouvez-vous annuler le doublon ?

Fabienne Rey
Gestionnaire – Lycée Ampère, Lyon – 0691388J

""" + q_zimbra_fr("2026-09-03 10:20", DESK, SUPPORT_ADDR, "\"Fabienne Rey\" <fabienne.rey@ac-lyon.fr>",
                  "[#SUP-019642] Mot de passe e-sidoc", DESK_RESET_SENT))

# ==========================================================================
# account_creation
# ==========================================================================

M("account_creation", True, None, None, "espace_acheteur", False, "fr",
  "New town-hall buyer asks how to create an account on the Espace Acheteur: the sign-up answer fits.",
  client="outlook", frm=("Amandine Renard", "a.renard@mairie-saint-jean-de-braye-exemple.fr"),
  subject="création compte", date="2026-09-11 14:15",
  body="""\
Bonjour,

La mairie vient d'adhérer à la centrale d'achat et je dois passer les
commandes pour les écoles. Comment je crée mon compte sur l'Espace
Acheteur ? Je ne trouve pas le formulaire.

Merci
Amandine Renard
Service scolaire
""")

M("account_creation", True, "0840331D", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
  "Filled the sign-up form, cannot log in: the account waits for the structure administrator's validation (FAQ case).",
  client="android", frm=("Lionel Fabre", "lionel.fabre@ac-aix-marseille.fr"),
  subject="compte en attente", date="2026-10-13 12:50",
  body="""\
Bonjour, j'ai rempli le formulaire d'inscription sur l'espace acheteur
lundi, et quand j'essaie de me connecter j'ai « compte en attente de
validation ». C'est normal ? Je dois attendre combien de temps ?
Collège Anselme-Mathieu, Avignon 0840331D
L. Fabre

Obtenir Outlook pour Android
""")

M("account_creation", False, "0260713J", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
  "Asks who the structure's administrator is: a look-up in the accounts, so a person answers.",
  client="thunderbird", frm=("Cyril Perret", "cyril.perret@ac-grenoble.fr"),
  subject="Qui est notre administrateur ?", date="2026-11-23 16:32",
  body="""\
Bonjour,

On me dit que pour avoir accès aux commandes sur l'Espace Acheteur je dois
demander à « l'administrateur de la structure ». Sauf que personne ici ne sait qui
c'est. Pouvez-vous me dire qui est administrateur pour le lycée Émile-Loubet
de Valence (0260713J) ?

Merci,
Cyril Perret
""")

M("account_creation", True, "0660417V", "occitanie", "esidoc", True, "fr",
  "Negation: she has not forgotten a password, she never had an account; a new gestionnaire wants to open the customer account: account_creation, not password_reset.",
  client="outlook", frm=("Mireille Pujol", "mireille.pujol@ac-montpellier.fr"),
  subject="compte client", date="2026-09-29 09:58",
  body="""\
Bonjour,

Je n'ai pas oublié mon mot de passe : je n'en ai jamais eu ! Je suis la
nouvelle gestionnaire et je dois ouvrir le compte client du collège pour
commander les abonnements e-sidoc du CDI. Par où faut-il commencer ?

Mireille Pujol
Collège Jean-Moulin, Perpignan – 0660417V
""")

M("account_creation", False, "9730127A", "guyane", "esidoc", False, "fr",
  "The school's UAI is not in the list when opening the customer account: the FAQ sends this to the sales team, so a person answers (Guyane time zone).",
  client="gmail", tz="guyane", frm=("Judith Lony", "judith.lony@ac-guyane.fr"),
  subject="établissement introuvable dans la liste", date="2026-10-21 09:10",
  body="""\
Bonjour,

En voulant créer le compte client pour commander e-sidoc, notre collège
n'apparaît pas dans la liste des établissements quand je tape le numéro
UAI 9730127A ni quand je tape le nom (collège Eugénie-Tell-Éboué,
Cayenne). Nous avons ouvert il y a deux ans.

Comment faire ?

Judith Lony
Professeure documentaliste
""")

M("account_creation", False, "0922744H", "ile-de-france", "espace_acheteur", False, "fr",
  "The account works but the order pages are missing: rights to open by the structure administrator, a person answers.",
  client="outlook", frm=("Bruno Gaillard", "bruno.gaillard@ac-versailles.fr"),
  subject="droits commandes", date="2026-12-14 10:20",
  body="""\
Bonjour,

Je me connecte sans problème à l'Espace Acheteur mais je n'ai pas le menu
« Commandes » : je vois les offres et c'est tout. Ma collègue, elle, peut
commander. Pouvez-vous m'ouvrir les mêmes droits ?

Bruno Gaillard
Adjoint gestionnaire – Lycée Michelet, Vanves
0922744H
""")

M("account_creation", False, None, None, "espace_acheteur", True, "en",
  "English eligibility question from a newly opened private school that mentions logins and passwords in passing: a person must check whether it may have a buyer account.",
  client="gmail", frm=("Sophie Langley", "admin@ecole-montessori-horizon-exemple.fr"),
  subject="Can we get an account?", date="2026-09-07 17:45",
  body="""\
Hello,

We opened a small bilingual private primary school this September (not
under contract with the State yet). Are we allowed to use the Espace
Acheteur to buy supplies, or is it only for public schools and local
authorities?

If we are eligible, would each teacher get their own login and password,
or is there one account per school?

Many thanks,
Sophie Langley
Head of administration
""")

M("account_creation", False, None, "normandie", "espace_acheteur", False, "fr",
  "Account waiting for validation for three weeks because the structure's administrator retired: the region must step in (no UAI, region from ac-normandie.fr).",
  client="zimbra", frm=("Claire Hébert", "claire.hebert@ac-normandie.fr"),
  subject="Compte toujours pas validé (3 semaines)", date="2026-10-30 11:03",
  body="""\
Bonjour,

Mon compte Espace Acheteur est « en attente de validation » depuis trois
semaines. J'ai appris que l'administrateur de notre structure, M. Leblond,
est parti à la retraite en juillet, donc personne ne validera jamais.

Qui peut valider à sa place ?

Claire Hébert
Adjointe gestionnaire, lycée de Vire
""")

M("account_creation", True, "9760092W", "mayotte", "esidoc", False, "fr",
  "HTML-only Outlook mail: a new librarian wants to open the customer account before a first e-sidoc order (Mayotte time zone).",
  client="outlook_html", tz="mayotte", frm=("Anrifa Soilihi", "anrifa.soilihi@ac-mayotte.fr"),
  subject="Ouverture compte client pour commande", date="2026-11-30 09:15",
  body="""\
Bonjour,

Nouvelle professeure documentaliste au collège de Dembéni (9760092W), je
souhaite ouvrir un compte client afin de passer notre première commande
pour le portail e-sidoc. Pouvez-vous m'indiquer la démarche ?

Cordialement,

Anrifa Soilihi
CDI – Collège de Dembéni
""")

# ==========================================================================
# subscription_activation
# ==========================================================================

M("subscription_activation", True, "0350862X", "bretagne", "esidoc", False, "fr",
  "Europresse ordered yesterday, not visible yet: within the 72-hour window.",
  client="zimbra", frm=("Erwan Le Roux", "erwan.leroux@ac-rennes.fr"),
  subject="Europresse pas encore là", date="2026-10-14 09:30",
  body="""\
Bonjour,

La commande Europresse a été validée hier après-midi mais la ressource
n'apparaît pas dans notre portail e-sidoc. Il faut faire quelque chose de
notre côté ?

Erwan Le Roux
Lycée Chateaubriand, Rennes – 0350862X
""")

M("subscription_activation", True, "0851064V", "pays-de-la-loire", "esidoc", False, "fr",
  "Renewed Universalis subscription still shown as expired the day after the order.",
  client="outlook", frm=("Brigitte Renaudin", "brigitte.renaudin@ac-nantes.fr"),
  subject="Universalis toujours expiré", date="2027-01-05 14:12",
  body="""\
Bonjour,

Nous avons renouvelé Universalis hier (commande n° 2027-0031) mais dans
« Mes abonnements » du portail e-sidoc il est toujours marqué « expiré »
et les élèves ont un message d'erreur.

Merci de faire le nécessaire.

B. Renaudin
CDI – Lycée Pierre-Mendès-France, La Roche-sur-Yon
0851064V
""")

M("subscription_activation", True, "9720355D", "martinique", "esidoc", False, "fr",
  "How to publish an active resource so pupils see it on the portal, the publication step of subscription_activation (Martinique time zone).",
  client="gmail", tz="martinique", frm=("Rose-Aimée Jean-Louis", "rose-aimee.jean-louis@ac-martinique.fr"),
  subject="rendre visible la ressource aux élèves", date="2026-11-12 07:45",
  body="""\
Bonjour,

L'abonnement au dictionnaire en ligne est bien actif côté administration,
mais comment je fais pour le publier sur le portail e-sidoc pour que les
élèves le voient ? Je n'ai pas trouvé l'option.

(On a 5 heures de moins que vous, je lirai votre réponse ce midi.)

Rose-Aimée Jean-Louis
Collège Édouard-Glissant, Le Lamentin – 9720355D
""")

M("subscription_activation", False, "0421736J", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "Ordered two weeks ago, still not active: well past the 72-hour rule, a person must look at the order.",
  client="outlook", frm=("Gilles Chapuis", "gilles.chapuis@ac-lyon.fr"),
  subject="Abonnement non activé depuis 15 jours", date="2026-11-26 15:22",
  body="""\
Bonjour,

Nous avons commandé l'abonnement Le Robert Collège le 10 novembre (commande
validée le jour même par la gestionnaire). Quinze jours plus tard il n'est
toujours pas activé dans e-sidoc. Ce n'est pas sérieux, les collègues de français
l'attendent.

Gilles Chapuis
CDI collège Honoré-d'Urfé, Saint-Étienne – 0421736J
""")

M("subscription_activation", True, "0270453W", "normandie", "esidoc", True, "fr",
  "Negation: 'ce n'est pas un problème de mot de passe', login works; the newly ordered resource does not appear: subscription_activation.",
  client="thunderbird", frm=("Laurent Vasseur", "laurent.vasseur@ac-normandie.fr"),
  subject="ressource absente", date="2026-12-16 10:05",
  body="""\
Bonjour,

Je précise que ce n'est pas un problème de mot de passe : je me connecte
très bien au back-office e-sidoc. Mais la ressource Lumni Pro commandée
avant-hier n'apparaît nulle part, ni dans les abonnements ni dans les
ressources à publier.

Merci de vérifier
L. Vasseur
Lycée Aristide-Briand, Évreux – 0270453W
""")

M("subscription_activation", True, "0790342T", "nouvelle-aquitaine", "esidoc", False, "en",
  "English; subscription ordered on Monday, not visible on Wednesday: within the 72-hour window.",
  client="outlook_en", frm=("Grace Whitaker", "grace.whitaker@ac-poitiers.fr"),
  subject="New subscription not showing", date="2026-10-21 11:35",
  body="""\
Hello,

We ordered the Cafeyn subscription on Monday for our e-sidoc portal and it
isn't showing yet. Is there anything I need to do, or should I just wait?

Thanks,
Grace Whitaker
Lycée international, Niort (0790342T)
""")

M("subscription_activation", True, "9711942J", "guadeloupe", "esidoc", False, "fr",
  "Short: subscription ordered the day before yesterday not visible in 'Mes abonnements'; Guadeloupe time zone.",
  client="iphone", tz="guadeloupe", frm=("Sandra Cornélie", "sandra.cornelie@ac-guadeloupe.fr"),
  subject="abonnement", date="2027-01-13 07:30",
  body="""\
Abonnement commandé avant-hier, pas visible dans Mes abonnements sur
e-sidoc, c'est normal ? 9711942J
Merci

Envoyé de mon iPhone
""")

M("subscription_activation", True, "0280719E", "centre-val-de-loire", "esidoc", True, "fr",
  "Reply on an old password ticket (Gmail French quote of the reset answer); the new text asks about a resource ordered yesterday and not visible.",
  client="gmail", frm=("Nicolas Perrot", "nicolas.perrot@ac-orleans-tours.fr"),
  subject="Re: [#SUP-020051] Mot de passe e-sidoc", date="2026-12-02 16:50",
  in_reply_to=sup(20051),
  body="""\
Bonjour,

Rien à voir avec le mot de passe (qui marche, merci encore) mais je
réponds ici, c'est plus simple : l'abonnement Europresse commandé hier
n'apparaît pas dans le portail. Faut-il attendre ?

Nicolas Perrot
Lycée Marceau, Chartres – 0280719E

""" + q_gmail_fr("2026-09-08 11:20", DESK, SUPPORT_ADDR, DESK_RESET_SENT))

M("subscription_activation", False, "0710938J", "bourgogne-franche-comte", "esidoc", True, "fr",
  "Order validated on 6 January, mail sent on the 12th: six days, past the 72-hour rule although the writer thinks it is recent, so a person must check.",
  client="outlook", frm=("Hélène Bouchard", "helene.bouchard@ac-dijon.fr"),
  subject="abonnement pas encore visible", date="2027-01-12 13:40",
  body="""\
Bonjour,

Je ne veux pas vous presser, mais l'abonnement Universalis Junior dont la
commande a été validée le 6 janvier n'est pas encore visible dans notre
portail e-sidoc. Je suppose que c'est en cours ?

Bonne journée,
Hélène Bouchard
Collège Jean-Vilar, Chalon-sur-Saône – 0710938J
""")

# ==========================================================================
# transfer_incident
# ==========================================================================

M("transfer_incident", False, "0690511F", "auvergne-rhone-alpes", "ecoledirecte", False, "fr",
  "EcoleDirecte transfer stuck since Monday; parents no longer see absences.",
  client="outlook", frm=("Olivier Marchetti", "vie-scolaire@ensemble-scolaire-lasalle-lyon-exemple.fr"),
  subject="Transferts EcoleDirecte bloqués depuis lundi", date="2026-10-08 09:02",
  body="""\
Bonjour,

Les transferts vers EcoleDirecte ne passent plus depuis lundi matin : la
dernière synchronisation affichée date du 5 octobre à 7h. Les parents
nous appellent car ils ne voient plus les absences ni les retards.

Pouvez-vous regarder en urgence ?

Olivier Marchetti
CPE – Ensemble scolaire La Salle, Lyon
UAI 0690511F
""")

M("transfer_incident", False, "0595012C", "hauts-de-france", "ecoledirecte", True, "fr",
  "Asks for 'le mot de passe de maintenance du jour' to run a repair on the school-management base: transfer_incident per the taxonomy, not password_reset.",
  client="plain", frm=("Frédéric Deschamps", "f.deschamps@institution-sainte-marie-exemple.fr"),
  subject="mot de passe du jour", date="2026-11-17 08:05",
  body="""\
Bonjour,

Le logiciel me demande le mot de passe de maintenance du jour pour lancer
la réparation de la base avant le transfert vers EcoleDirecte. Pouvez-vous
me le communiquer ? Je suis devant le serveur.

Frédéric Deschamps
Responsable informatique – Institution Sainte-Marie, Roubaix
0595012C
""")

M("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
  "'Licence expirée' after a new server is a licence to regenerate, and the code 0530816Y has a wrong check letter (the digits give 0530816Z), so no UAI and, with a non-academic sender, no region.",
  client="outlook", frm=("Annick Guérin", "secretariat@college-stjoseph-laval-exemple.fr"),
  subject="Licence expirée après changement de PC", date="2026-09-02 10:40",
  body="""\
Bonjour,

Nous avons changé le PC qui sert de serveur pendant l'été. Au démarrage du
logiciel, message « licence expirée, veuillez contacter votre
fournisseur », et plus aucun transfert vers EcoleDirecte depuis la
rentrée.

Pouvez-vous nous régénérer la licence ?

Annick Guérin
Secrétariat – Collège Saint-Joseph, Laval
UAI 0530816Y
""")

M("transfer_incident", False, "0400581P", "nouvelle-aquitaine", "ecoledirecte", False, "fr",
  "New regional firewall/proxy: the EcoleDirecte transfers fail at the connection test.",
  client="outlook_desktop", frm=("Xavier Lacoste", "informatique@lycee-saint-jacques-dax-exemple.fr"),
  subject="Transferts en échec depuis le nouveau pare-feu", date="2026-11-03 14:55",
  body="""\
Bonjour,

La Région a installé un nouveau pare-feu avec proxy authentifié la
semaine dernière. Depuis, le diagnostic de transfert échoue à l'étape
« test de connexion au serveur EcoleDirecte ». Quels ports et adresses
faut-il ouvrir ? Faut-il renseigner le proxy dans le logiciel ?

Xavier Lacoste
Informatique – Lycée Saint-Jacques, Dax
0400581P
""")

M("transfer_incident", False, None, None, "ecoledirecte", False, "en",
  "English; an IT contractor reports the EcoleDirecte synchronisation failing with an error since a Windows update.",
  client="outlook_en", frm=("Ben Carter", "ben.carter@edu-it-partners.eu"),
  subject="EcoleDirecte sync failing - error 0x80072EFD", date="2026-12-07 16:10",
  body="""\
Hi,

I look after IT for a private secondary school near Toulouse. Since last
week's Windows update, the EcoleDirecte transfer service fails every
night with "error 0x80072EFD - cannot reach server". Nothing changed on
the firewall as far as I know.

Log extract attached in the ticket portal. Could someone from your side
have a look?

Regards,
Ben Carter
EDU IT Partners
""")

M("transfer_incident", False, "0650218J", "occitanie", "ecoledirecte", True, "fr",
  "Reply on an old password ticket (Apple quote) whose new text is a transfer failure: grades no longer reach EcoleDirecte.",
  client="iphone", frm=("Marie-Pierre Dupuy", "mp.dupuy@college-jeanne-darc-tarbes-exemple.fr"),
  subject="Re: [#SUP-017704] mot de passe", date="2026-10-22 18:15",
  in_reply_to=sup(17704),
  body="""\
Bonsoir, je reprends ce vieux message car je n'ai plus votre adresse. Le
mot de passe c'était réglé. Là c'est autre chose : depuis hier les notes
ne partent plus sur EcoleDirecte, le transfert reste « en cours » toute la
nuit. Collège Jeanne-d'Arc Tarbes 0650218J.
MP Dupuy

Envoyé de mon iPhone

""" + q_apple_fr("2026-05-12 10:02", DESK, SUPPORT_ADDR, DESK_RESET_SENT))

M("transfer_incident", False, "0040659V", "provence-alpes-cote-d-azur", "ecoledirecte", False, "fr",
  "HTML-only Outlook mail with a screenshot (RFC 2231 file name) from a deputy head: grades no longer reach EcoleDirecte after the last transfer.",
  client="outlook_html", frm=("Agnès Roux", "direction@lycee-st-charles-manosque-exemple.fr"),
  subject="Les notes ne remontent plus", date="2026-12-15 17:35",
  attachments=[("image/png", "Capture_écran_transfert.png", stub_png("transfert termine"))],
  body="""\
Bonjour,

Depuis vendredi, les notes saisies par les professeurs ne remontent plus
sur EcoleDirecte. Les transferts indiquent « terminé » mais rien de
nouveau côté familles (capture d'écran du dernier transfert jointe). Les
bulletins partent la semaine prochaine...

Merci de votre aide rapide.

Agnès Roux
Directrice adjointe – Lycée Saint-Charles, Manosque
UAI 0040659V
""")

M("transfer_incident", False, "0521147P", "grand-est", "ecoledirecte", True, "fr",
  "The deputy head forwards (Apple Mail) the CPE's report that absences no longer appear in EcoleDirecte: a transfer incident, not a head-of-establishment request.",
  client="applemail", frm=("Pascal Thiriet", "pascal.thiriet@ecole-privee-chaumont-exemple.fr"),
  subject="Fwd: absences invisibles sur ED", date="2026-11-24 12:40",
  body="""\
Bonjour,

Principal adjoint, je vous transfère le message de notre CPE. Pouvez-vous
voir ce qui se passe ?

P. Thiriet

""" + fwd_apple_fr("2026-11-24 10:15", "Sabrina Collignon", "cpe@ecole-privee-chaumont-exemple.fr",
                   "Pascal Thiriet <pascal.thiriet@ecole-privee-chaumont-exemple.fr>", "absences invisibles sur ED", """\
Pascal,

Les absences saisies depuis lundi n'apparaissent pas sur EcoleDirecte,
les familles ne reçoivent plus les alertes. Le transfert du matin affiche
une erreur « échec de l'envoi des données ». Peux-tu faire remonter ?

Sabrina
CPE – Collège Sainte-Marie, Chaumont (0521147P)"""))

M("transfer_incident", False, "9741135R", "la-reunion", "ecoledirecte", False, "fr",
  "Short phone message: the EcoleDirecte transfer is blocked with an error since the morning; Réunion time zone.",
  client="android", tz="reunion", frm=("Jean-Hugues Hoarau", "jh.hoarau@lycee-levavasseur-exemple.re"),
  subject="URGENT transfert", date="2027-01-26 07:50",
  body="""\
transfert ED bloqué erreur 500 depuis ce matin 6h, urgent conseil de
classe ce soir. 9741135R

Obtenir Outlook pour Android
""")

# ==========================================================================
# contract_documents
# ==========================================================================

M("contract_documents", False, None, None, "espace_acheteur", False, "fr",
  "Hospital buyer cannot find the documents of a market in 'Mes Marchés'.",
  client="outlook", frm=("Isabelle Grondin", "isabelle.grondin@ch-cornouaille-exemple.fr"),
  subject="Documents du marché 2026-031 introuvables", date="2026-10-16 11:11",
  body="""\
Bonjour,

Dans « Mes Marchés », le marché 2026-031 (fournitures médicales non
stériles) apparaît bien mais la rubrique documents est vide : pas de
CCAP, pas de BPU. Nous en avons besoin pour passer nos commandes.

Cordialement,
Isabelle Grondin
Acheteuse – Centre hospitalier de Cornouaille
""")

M("contract_documents", False, "0580264X", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
  "Amendment number 3 of a market is missing from the contract documents; the announcement letter is attached.",
  client="outlook_desktop", frm=("Thierry Blondeau", "thierry.blondeau@ac-dijon.fr"),
  subject="Avenant n°3 non disponible", date="2026-11-19 15:48",
  attachments=[("application/pdf", "Courrier_avenant_3.pdf", stub_pdf("avenant 3"))],
  body="""\
Bonjour,

Nous avons reçu le courrier ci-joint annonçant l'avenant n° 3 au marché de
produits d'entretien, mais l'avenant lui-même n'est pas dans les documents
du marché sur l'Espace Acheteur (seuls les avenants 1 et 2 y sont).

Merci de l'ajouter.

Thierry Blondeau
Gestionnaire – Lycée Raoul-Follereau, Nevers
0580264X
""")

M("contract_documents", False, None, None, "espace_acheteur", False, "en",
  "English; the membership convention cannot be downloaded from the buyer space (error).",
  client="gmail", frm=("Alice Morgan", "alice.morgan@communaute-agglo-exemple.fr"),
  subject="Cannot download our membership agreement", date="2027-01-20 10:02",
  body="""\
Hello,

When I click on our membership convention in the Espace Acheteur
(Documents > Conventions), I get "file not found". We need a copy for our
council's audit next week.

Could you send it or fix the link?

Alice Morgan
Procurement officer
""")

M("contract_documents", False, None, None, "espace_acheteur", False, "fr",
  "A regional council buyer cannot see the CCTP among the market documents.",
  client="outlook", frm=("Marc Tessier", "marc.tessier@region-exemple.fr"),
  subject="CCTP marché mobilier scolaire", date="2026-09-21 16:25",
  body="""\
Bonjour,

Sur l'Espace Acheteur, pour le marché 2025-118 (mobilier scolaire), je ne
vois que l'acte d'engagement et le BPU. Le CCTP n'est pas consultable alors qu'il est cité
dans le CCAP. Pouvez-vous le mettre en ligne ?

Marc Tessier
Direction des lycées – service achats
""")

M("contract_documents", False, "0501382F", "normandie", "espace_acheteur", False, "fr",
  "Follow-up reply (Gmail quote) after the region's answer: the market document is still missing.",
  client="gmail", frm=("Pauline Lemarié", "pauline.lemarie@ac-normandie.fr"),
  subject="Re: [#SUP-023301] Convention marché papier", date="2026-11-30 10:40",
  in_reply_to=sup(23301),
  body="""\
Bonjour,

Désolée mais je ne vois toujours rien, même après déconnexion /
reconnexion à l'Espace Acheteur. J'ai bien le profil acheteur pourtant.
La convention du marché papier n'est pas dans la liste.

Pauline Lemarié
Collège Jean-Zay, Cherbourg – 0501382F

""" + q_gmail_fr("2026-11-27 17:05", "Support régional", "support-normandie@assistance.example.fr", DESK_REGION_DOCS))

M("contract_documents", False, "0320486E", "occitanie", "espace_acheteur", True, "fr",
  "Mentions the login and password only to say they work; the real issue is that the market's contract documents are not visible: contract_documents.",
  client="zimbra", frm=("Stéphane Dubarry", "stephane.dubarry@ac-toulouse.fr"),
  subject="rubrique marchés vide", date="2026-12-04 09:12",
  body="""\
Bonjour,

Mon identifiant et mon mot de passe fonctionnent, je suis bien connecté à
l'Espace Acheteur. Mais dans la partie « Mes Marchés », le marché de
fournitures scolaires n'a aucun document : ni la convention, ni les
pièces du marché. L'an dernier tout y était.

Stéphane Dubarry
Gestionnaire – Lycée Maréchal-Lannes, Lectoure
0320486E
""")

M("contract_documents", False, "6200417J", "corse", "espace_acheteur", False, "fr",
  "The acte d'engagement of a market is not among the documents; Corse-du-Sud UAI (prefix 620).",
  client="outlook", frm=("Antoine Casanova", "antoine.casanova@ac-corse.fr"),
  subject="acte d'engagement manquant", date="2027-01-27 11:30",
  body="""\
Bonjour,

Dans « Mes Marchés » sur l'Espace Acheteur, documents du marché de
restauration scolaire : l'acte d'engagement du titulaire n'apparaît pas. Le comptable me le réclame pour
les premiers paiements.

Antoine Casanova
Gestionnaire – Collège Laetitia-Bonaparte, Ajaccio (6200417J)
""")

# ==========================================================================
# writing the corpus, with the checks a careful labeller would make
# ==========================================================================

REGION_BY_DEPT = {
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
    "guadeloupe": "971", "martinique": "972", "guyane": "973", "la-reunion": "974", "mayotte": "976",
}
REGION_BY_DOMAIN = {
    "auvergne-rhone-alpes": "ac-clermont.fr ac-grenoble.fr ac-lyon.fr",
    "bourgogne-franche-comte": "ac-besancon.fr ac-dijon.fr",
    "bretagne": "ac-rennes.fr", "centre-val-de-loire": "ac-orleans-tours.fr", "corse": "ac-corse.fr",
    "grand-est": "ac-nancy-metz.fr ac-reims.fr ac-strasbourg.fr",
    "hauts-de-france": "ac-amiens.fr ac-lille.fr",
    "ile-de-france": "ac-creteil.fr ac-paris.fr ac-versailles.fr",
    "normandie": "ac-normandie.fr ac-caen.fr ac-rouen.fr",
    "nouvelle-aquitaine": "ac-bordeaux.fr ac-limoges.fr ac-poitiers.fr",
    "occitanie": "ac-montpellier.fr ac-toulouse.fr", "pays-de-la-loire": "ac-nantes.fr",
    "provence-alpes-cote-d-azur": "ac-aix-marseille.fr ac-nice.fr",
    "guadeloupe": "ac-guadeloupe.fr", "martinique": "ac-martinique.fr", "guyane": "ac-guyane.fr",
    "la-reunion": "ac-reunion.fr", "mayotte": "ac-mayotte.fr",
}


def region_of_uai(uai: str) -> str | None:
    for region, depts in REGION_BY_DEPT.items():
        for d in depts.split():
            prefix = d if len(d) == 3 else "0" + d
            if uai.startswith(prefix):
                return region
    return None


def region_of_sender(addr: str) -> str | None:
    dom = addr.rsplit("@", 1)[-1].lower().strip(">")
    for region, doms in REGION_BY_DOMAIN.items():
        if dom in doms.split():
            return region
    return None


AUTO_REPLY_CATEGORIES = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
                         "account_creation", "subscription_activation"}
FIELDS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def check(name: str, raw: bytes, label: dict) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, (name, part.defects)
        if part.get_content_maintype() == "text":
            part.get_content()
    sender = email.utils.parseaddr(str(msg["From"]))[1]
    if label["uai"]:
        assert uai_ok(label["uai"]), (name, label["uai"])
        flat = raw.decode("utf-8", "replace").upper()
        text = "\n".join(p.get_content() for p in msg.walk() if p.get_content_maintype() == "text").upper()
        hay = flat + text + str(msg["Subject"]).upper()
        squeezed = hay.replace(" ", "")
        assert label["uai"] in hay or label["uai"] in squeezed, (name, "uai not in mail")
        assert label["region"] == region_of_uai(label["uai"]), (name, "region vs uai")
    else:
        assert label["region"] == region_of_sender(sender), (name, "region vs sender", sender)
    if label["category"] not in AUTO_REPLY_CATEGORIES:
        assert label["auto_reply_ok"] is False, name
    assert label["lang"] in ("fr", "en") and isinstance(label["hard"], bool)
    assert label["notes"].endswith(".") and label["notes"].count("\n") == 0


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    order = list(range(len(MAILS)))
    random.Random(20261103).shuffle(order)
    lines = []
    for i, idx in enumerate(order, 1):
        m = MAILS[idx]
        name = f"h{i:03d}.eml"
        raw = build(i, m)
        label = {"file": name, **{k: m[k] for k in FIELDS[1:]}}
        check(name, raw, label)
        (out / name).write_bytes(raw)
        lines.append(json.dumps(label, ensure_ascii=False))
    (out / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
