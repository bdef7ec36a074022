#!/usr/bin/env python3
"""Write the holdout29 blind test corpus next to this script.

150 hand-written mails (h001.eml ... h150.eml) and labels.jsonl, in the
format of shared/corpus/dev/labels.jsonl.  Theme: February (winter
holidays) in the south -- académies of Aix-Marseille, Nice, Corse,
Montpellier and Toulouse; collèges and lycées professionnels; many short
messages typed on a phone, a few long ones, some English-speaking
assistants.

Standard library only and deterministic: every random token (Message-IDs,
MIME boundaries, queue ids, addresses of relays) comes from one
random.Random with a fixed seed, and the file numbers are given by a
shuffle with that same generator.  Running it twice writes the same bytes.

The mail bodies are written out one by one below; the helpers only add the
transport headers (Received, Authentication-Results) and the MIME framing
each mail client would add.  At the end the script re-reads every file it
wrote and asserts that the labels are consistent with it: UAI present in the
message and with a correct check letter, codes with a wrong check letter
mentioned in the notes and never labelled, region derived as regions.md
says (UAI, else ac-*.fr sender domain, else null), auto_reply_ok only on
categories whose default action is an automatic answer, and so on.

Usage:  python3 make_holdout29.py
"""

import base64
import datetime as _dt
import email
import email.policy
import json
import os
import quopri
import random
import re
import uuid
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(20250229)

DESK = "support@assistance.example.fr"
DESK_T = "Assistance <support@assistance.example.fr>"
MX = "mx1.assistance.example.fr"

CHECK_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
# Categories whose default action (taxonomy.md) may be an automatic answer.
AUTO_REPLY_CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "account_creation", "subscription_activation",
}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte",
             "ticket_portal", "esignature"}

# regions.md, whole table (the check must not depend on the theme).
REGIONS = {
    "auvergne-rhone-alpes": ("01 03 07 15 26 38 42 43 63 69 73 74",
                             "ac-clermont.fr ac-grenoble.fr ac-lyon.fr"),
    "bourgogne-franche-comte": ("21 25 39 58 70 71 89 90",
                                "ac-besancon.fr ac-dijon.fr"),
    "bretagne": ("22 29 35 56", "ac-rennes.fr"),
    "centre-val-de-loire": ("18 28 36 37 41 45", "ac-orleans-tours.fr"),
    "corse": ("620 720", "ac-corse.fr"),
    "grand-est": ("08 10 51 52 54 55 57 67 68 88",
                  "ac-nancy-metz.fr ac-reims.fr ac-strasbourg.fr"),
    "hauts-de-france": ("02 59 60 62 80", "ac-amiens.fr ac-lille.fr"),
    "ile-de-france": ("75 77 78 91 92 93 94 95",
                      "ac-creteil.fr ac-paris.fr ac-versailles.fr"),
    "normandie": ("14 27 50 61 76", "ac-normandie.fr ac-caen.fr ac-rouen.fr"),
    "nouvelle-aquitaine": ("16 17 19 23 24 33 40 47 64 79 86 87",
                           "ac-bordeaux.fr ac-limoges.fr ac-poitiers.fr"),
    "occitanie": ("09 11 12 30 31 32 34 46 48 65 66 81 82",
                  "ac-montpellier.fr ac-toulouse.fr"),
    "pays-de-la-loire": ("44 49 53 72 85", "ac-nantes.fr"),
    "provence-alpes-cote-d-azur": ("04 05 06 13 83 84",
                                   "ac-aix-marseille.fr ac-nice.fr"),
    "guadeloupe": ("971", "ac-guadeloupe.fr"),
    "martinique": ("972", "ac-martinique.fr"),
    "guyane": ("973", "ac-guyane.fr"),
    "la-reunion": ("974", "ac-reunion.fr"),
    "mayotte": ("976", "ac-mayotte.fr"),
}
DEPT_REGION = {}
DOMAIN_REGION = {}
for _slug, (_depts, _domains) in REGIONS.items():
    for _d in _depts.split():
        DEPT_REGION["0" + _d if len(_d) == 2 else _d] = _slug
    for _dom in _domains.split():
        DOMAIN_REGION[_dom] = _slug


def uai_ok(code):
    """True when code is 7 digits + the right check letter."""
    code = code.upper()
    return (len(code) == 8 and code[:7].isdigit()
            and CHECK_LETTERS[int(code[:7]) % 23] == code[7])


def region_of_uai(code):
    return DEPT_REGION.get(code[:3])


# A UAI-looking code: 7 digits (spaces or dots allowed between them) and a
# letter, not glued to other letters or digits.
UAI_PATTERN = re.compile(
    r"(?<![0-9A-Za-z])(\d(?:[ .]?\d){6}) ?([A-Za-z])(?![A-Za-z0-9])")


def find_codes(text):
    out = set()
    for m in UAI_PATTERN.finditer(text):
        out.add(re.sub(r"[ .]", "", m.group(1)) + m.group(2).upper())
    return out


# ---------------------------------------------------------------- tokens

def _clean(make):
    """Draw random tokens until one holds nothing that looks like a UAI."""
    while True:
        s = make()
        if not UAI_PATTERN.search(s):
            return s


def tok(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return _clean(lambda: "".join(RNG.choice(alphabet) for _ in range(n)))


def hexs(n):
    return tok(n, "0123456789abcdef")


def uid():
    return _clean(lambda: str(uuid.UUID(int=RNG.getrandbits(128), version=4)))


def ip():
    net = RNG.choice(["192.0.2", "198.51.100", "203.0.113"])
    return "%s.%d" % (net, RNG.randint(2, 250))


# ---------------------------------------------------------------- dates

def D(stamp, tz="+0100"):
    """'2025-02-03 08:12:40' (local time in tz) -> RFC 5322 date."""
    t = _dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
    sign = 1 if tz[0] == "+" else -1
    off = _dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    t = t.replace(tzinfo=_dt.timezone(off))
    return t.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def D_utc(stamp):
    """Local Paris time (CET in February) written in UTC, as Exchange does."""
    t = _dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S") - _dt.timedelta(hours=1)
    return t.strftime("%a, %-d %b %Y %H:%M:%S +0000")


def _parse(date):
    return email.utils.parsedate_to_datetime(date)


def rdate(date, plus):
    """Our MX's Received date: some seconds after the Date header, in CET."""
    t = _parse(date).astimezone(_dt.timezone(_dt.timedelta(hours=1))) \
        + _dt.timedelta(seconds=plus)
    return t.strftime("%a, %-d %b %Y %H:%M:%S +0100 (CET)")


# ---------------------------------------------------------------- headers

def H(s):
    """RFC 2047 encoding of a header text when it is not plain ASCII."""
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8").encode(maxlinelen=76)


def A(name, addr):
    if not name:
        return addr
    if any(ord(c) > 127 for c in name):
        return "%s <%s>" % (H(name), addr)
    if re.search(r'[,.;:@()<>"\[\]]', name):
        return '"%s" <%s>' % (name.replace('"', ''), addr)
    return "%s <%s>" % (name, addr)


def addr_of(frm):
    m = re.search(r"<([^>]+)>", frm)
    return m.group(1) if m else frm.strip()


# Relays of the senders' providers, by the part of the domain after '@'.
def _relay(domain, via):
    if via == "ac":
        return "smtp%d.%s" % (RNG.randint(1, 5), domain)
    if via == "o365":
        return "%s.outbound.protection.outlook.com" % (
            RNG.choice(["PA4P190CU", "MRZP264CU", "PR0P264CU", "AM0PR83CU",
                        "DUZPR83CU"]) + "%03d" % RNG.randint(1, 30))
    if via == "gmail":
        return "mail-%s-f%d.%s" % (RNG.choice(["wm1", "wr1", "ej1", "lf1", "qt1"]),
                                   RNG.randint(41, 199), domain)
    if via == "esp":
        return "o%d.mta.%s" % (RNG.randint(1, 40), domain)
    return RNG.choice(["mail", "smtp", "mx-out", "relay"]) + "." + domain


def transport(frm, date, via="school", auth=None, return_path=None,
              inner=True):
    """Return-Path, Delivered-To, Received lines and Authentication-Results."""
    sender = addr_of(frm)
    domain = sender.split("@")[1].lower()
    rp = sender if return_path is None else return_path
    rp_dom = rp.split("@")[1].lower() if "@" in rp else None
    host = _relay(domain if rp_dom is None else rp_dom, via)
    res = {"dkim": "pass", "spf": "pass", "dmarc": "pass"}
    res.update(auth or {})
    lines = ["Return-Path: <%s>" % rp,
             "Delivered-To: " + DESK]
    lines.append(
        "Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n"
        "\tfor <%s>; %s" % (host, host, ip(), MX, tok(15), DESK,
                             rdate(date, RNG.randint(2, 40))))
    ar = ["Authentication-Results: %s;" % MX]
    if res["dkim"] == "none":
        ar.append("\tdkim=none;")
    else:
        ar.append("\tdkim=%s (2048-bit key) header.d=%s;" % (res["dkim"], domain))
    if rp_dom is None:
        ar.append("\tspf=%s smtp.helo=%s;" % (res["spf"], host))
    else:
        ar.append("\tspf=%s smtp.mailfrom=%s;" % (res["spf"], rp_dom))
    if res["dmarc"] == "none":
        ar.append("\tdmarc=none")
    else:
        pol = "p=none dis=none" if res["dmarc"] == "pass" else "p=quarantine dis=quarantine"
        ar.append("\tdmarc=%s (%s) header.from=%s" % (res["dmarc"], pol, domain))
    lines.append("\n".join(ar))
    if inner and via in ("ac", "school"):
        lines.append(
            "Received: from [192.168.%d.%d] (unknown [%s])\n\tby %s with ESMTPSA id %s\n"
            "\tfor <%s>; %s" % (RNG.randint(0, 9), RNG.randint(2, 250), ip(), host,
                                 hexs(10).upper(), DESK, date))
    return lines


# ---------------------------------------------------------------- MIME parts

def _cte(data, cte):
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    return data.decode("utf-8" if cte in ("8bit", "7bit") else "latin-1")


def part(ctype, text, charset="utf-8", cte="quoted-printable", params="",
         extra=(), quoted=True):
    """One leaf part: (header lines, payload)."""
    data = text.encode(charset)
    if cte == "7bit" and any(b > 127 for b in data):
        cte = "quoted-printable"
    if cte == "8bit" and charset.lower() != "utf-8":
        # raw 8-bit bytes of another charset survive as surrogates and are
        # written back unchanged (see write_all)
        payload = data.decode("utf-8", "surrogateescape")
    else:
        payload = _cte(data, cte)
    q = '"%s"' if quoted else "%s"
    hdrs = ["Content-Type: %s; charset=%s%s" % (ctype, q % charset, params),
            "Content-Transfer-Encoding: " + cte]
    hdrs.extend(extra)
    return hdrs, payload


def attachment(filename, ctype, data, inline=False):
    disp = "inline" if inline else "attachment"
    fn = H(filename)
    return (["Content-Type: %s; name=\"%s\"" % (ctype, fn),
             "Content-Disposition: %s; filename=\"%s\"" % (disp, fn),
             "Content-Transfer-Encoding: base64"],
            base64.encodebytes(data).decode("ascii"))


def multipart(subtype, parts, boundary, preamble=None):
    out = []
    if preamble:
        out.append(preamble)
        out.append("")
    for hdrs, payload in parts:
        out.append("--" + boundary)
        out.extend(hdrs)
        out.append("")
        out.append(payload.rstrip("\n"))
    out.append("--" + boundary + "--")
    out.append("")
    hdr = 'Content-Type: multipart/%s;\n boundary="%s"' % (subtype, boundary)
    return [hdr], "\n".join(out)


def fake_pdf(title):
    body = ("%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            "%% %s\ntrailer<</Root 1 0 R>>\n%%%%EOF\n" % title)
    return body.encode("latin-1")


def fake_png():
    return base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQ"
        "DwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html(text, shell="plain"):
    """Wrap a hand-written text the way the given client renders it."""
    lines = text.rstrip("\n").split("\n")
    if shell == "gmail":
        inner = "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in lines)
        return '<div dir="ltr">%s</div>\n' % inner
    if shell == "outlook":
        ps = "\n".join(
            '<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(l) if l else "<o:p>&nbsp;</o:p>")
            for l in lines)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
                '--></style>\n</head>\n<body lang="FR" link="#0563C1" vlink="#954F72" '
                'style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n'
                '</body>\n</html>\n' % ps)
    if shell == "zimbra":
        inner = "".join("<div>%s</div>" % (esc(l) if l else "<br data-mce-bogus=\"1\">")
                        for l in lines)
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; '
                'font-size: 12pt; color: #000000">%s</div></body></html>' % inner)
    inner = "<br>\n".join(esc(l) for l in lines)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=UTF-8"></head><body dir="auto">%s</body></html>\n' % inner)


# ---------------------------------------------------------------- clients
#
# Each client function returns the full message text (LF line ends; they
# become CRLF on writing).  `body` is the hand-written text.  `extra` holds
# additional header lines (Cc, Reply-To, In-Reply-To, References, ...).

def _assemble(transport_lines, header_lines, body_hdrs, payload):
    return "\n".join(transport_lines + header_lines + body_hdrs) + "\n\n" + payload


def _with_attachments(body_part, attachments, boundary):
    if not attachments:
        return body_part
    parts = [body_part] + [attachment(*a) for a in attachments]
    return multipart("mixed", parts, boundary,
                     preamble="This is a multi-part message in MIME format.")


def thunderbird(frm, subject, date, body, to=DESK_T, extra=(), via="ac",
                auth=None, attachments=(), lang="fr", ua=None):
    dom = addr_of(frm).split("@")[1]
    hdrs = ["Message-ID: <%s@%s>" % (uid(), dom), "Date: " + date,
            "MIME-Version: 1.0",
            "User-Agent: " + (ua or "Mozilla Thunderbird"),
            "Content-Language: " + ("fr" if lang == "fr" else "en-GB"),
            "To: " + to, "From: " + frm] + list(extra) + ["Subject: " + H(subject)]
    bp = part("text/plain", body, charset="UTF-8", cte="8bit", params="; format=flowed",
              quoted=False)
    bh, pl = _with_attachments(bp, attachments, "------------" + tok(24))
    return _assemble(transport(frm, date, via, auth), hdrs, bh, pl)


def iphone(frm, subject, date, body, to=DESK_T, extra=(), via="ac", auth=None,
           attachments=(), xmailer="iPhone Mail (22C152)"):
    dom = addr_of(frm).split("@")[1]
    bp = part("text/plain", body, cte="quoted-printable", quoted=False)
    if attachments:
        bh, pl = _with_attachments(bp, attachments, "Apple-Mail-" + uid().upper())
    else:
        bh, pl = bp
    hdrs = bh + ["From: " + frm, "Mime-Version: 1.0 (1.0)", "Date: " + date,
                 "Subject: " + H(subject)] + list(extra) + [
        "Message-Id: <%s@%s>" % (uid().upper(), dom), "To: " + to,
        "X-Mailer: " + xmailer]
    return _assemble(transport(frm, date, via, auth), hdrs, [], pl)


def gmail(frm, subject, date, body, to=DESK_T, extra=(), via="gmail", auth=None,
          attachments=(), html=None):
    b = "000000000000" + hexs(14)
    alt = multipart("alternative", [
        part("text/plain", body, charset="UTF-8", cte="quoted-printable"),
        part("text/html", html or text_to_html(body, "gmail"), charset="UTF-8",
             cte="quoted-printable")], b)
    if attachments:
        bh, pl = multipart("mixed", [alt] + [attachment(*a) for a in attachments],
                           "000000000000" + hexs(14))
    else:
        bh, pl = alt
    hdrs = ["MIME-Version: 1.0", "From: " + frm, "Date: " + date] + list(extra) + [
        "Message-ID: <CA%s@mail.gmail.com>" % tok(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-"),
        "Subject: " + H(subject), "To: " + to]
    return _assemble(transport(frm, date, via, auth), hdrs, bh, pl)


def _outlook_mid():
    box = "%s%dMB%04d" % (RNG.choice(["PR3P", "PAXP", "MR1P", "DB9P", "AS8P"]),
                          RNG.choice([190, 192, 264]), RNG.randint(1000, 9999))
    return "<%s@%s.%s.PROD.OUTLOOK.COM>" % (box + hexs(28).upper(), box,
                                           RNG.choice(["EURP190", "EURP192", "FRAP264"]))


def outlook(frm, subject, date, body, to=DESK_T, extra=(), via="o365", auth=None,
            attachments=(), html=None, html_only=False, charset="utf-8",
            lang="fr-FR", thread_topic=None):
    b = "_000_" + hexs(32).upper() + "_"
    h = html or text_to_html(body, "outlook")
    if html_only:
        bp = part("text/html", h, charset=charset, cte="quoted-printable")
    else:
        bp = multipart("alternative", [
            part("text/plain", body, charset=charset, cte="quoted-printable"),
            part("text/html", h, charset=charset, cte="quoted-printable")], b)
    if attachments:
        bh, pl = multipart("mixed", [bp] + [attachment(*a) for a in attachments],
                           "_004_" + hexs(32).upper() + "_")
    else:
        bh, pl = bp
    topic = thread_topic if thread_topic is not None else re.sub(
        r"^((RE|TR|Re|Fw|FW|AW|Fwd) ?: ?)+", "", subject)
    if via != "o365":
        # desktop Outlook sending through the académie / school SMTP server
        dom = addr_of(frm).split("@")[1]
        mid = _clean(lambda: "<%s$%s$%s$@%s>" % (
            "0000" + hexs(8), hexs(8), hexs(8), dom))
        hdrs = ["From: " + frm, "To: " + to] + list(extra) + [
            "Subject: " + H(subject), "Date: " + date, "Message-ID: " + mid,
            "MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 16.0",
            "Thread-Index: " + base64.b64encode(
                RNG.getrandbits(176).to_bytes(22, "big")).decode(),
            "Content-Language: fr"]
        return _assemble(transport(frm, date, via, auth), hdrs, bh, pl)
    hdrs = ["From: " + frm, "To: " + to] + list(extra) + [
        "Subject: " + H(subject), "Thread-Topic: " + H(topic),
        "Thread-Index: " + base64.b64encode(RNG.getrandbits(176).to_bytes(22, "big")).decode(),
        "Date: " + date, "Message-ID: " + _outlook_mid(),
        "Accept-Language: " + lang, "Content-Language: " + lang,
        "X-MS-Has-Attach: " + ("yes" if attachments else ""),
        "X-MS-TNEF-Correlator: ", "MIME-Version: 1.0"]
    return _assemble(transport(frm, date, via, auth), hdrs, bh, pl)


def samsung(frm, subject, date, body, to=DESK, extra=(), via="ac", auth=None):
    b = "--_com.samsung.android.email_%d" % RNG.randint(10**11, 10**12 - 1)
    bh, pl = multipart("alternative", [
        part("text/plain", body, charset="UTF-8", cte="base64"),
        part("text/html", text_to_html(body), charset="UTF-8", cte="base64")], b)
    hdrs = ["From: " + frm, "To: " + to] + list(extra) + [
        "Subject: " + H(subject), "Date: " + date,
        "Message-ID: <%s.%d@email.android.com>" % (tok(24, "abcdefghijklmnopqrstuvwxyz0123456789"),
                                                  RNG.randint(10**12, 10**13 - 1)),
        "MIME-Version: 1.0"]
    return _assemble(transport(frm, date, via, auth), hdrs, bh, pl)


def outlook_mobile(frm, subject, date, body, to=DESK_T, extra=(), via="o365",
                   auth=None, platform="Android"):
    b = "_000_" + hexs(32).upper() + "_"
    sig = ""  # the client signature, when any, is part of the hand-written body
    bh, pl = multipart("alternative", [
        part("text/plain", body + sig, charset="utf-8", cte="base64"),
        part("text/html", text_to_html(body), charset="utf-8", cte="base64")], b)
    hdrs = ["From: " + frm, "To: " + to] + list(extra) + [
        "Subject: " + H(subject),
        "Thread-Topic: " + H(re.sub(r"^((RE|TR|Re|Fw|FW) ?: ?)+", "", subject)),
        "Date: " + date, "Message-ID: " + _outlook_mid(),
        "Accept-Language: fr-FR", "Content-Language: fr-FR",
        "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", "MIME-Version: 1.0"]
    return _assemble(transport(frm, date, via, auth), hdrs, bh, pl)


def zimbra(frm, subject, date, body, to=DESK, extra=(), via="ac", auth=None,
           attachments=(), plain_only=False):
    dom = addr_of(frm).split("@")[1]
    if plain_only:
        bp = part("text/plain", body, charset="utf-8", cte="quoted-printable")
    else:
        bp = multipart("alternative", [
            part("text/plain", body, charset="utf-8", cte="quoted-printable"),
            part("text/html", text_to_html(body, "zimbra"), charset="utf-8",
                 cte="quoted-printable")], "=_" + uid())
    if attachments:
        bh, pl = multipart("mixed", [bp] + [attachment(*a) for a in attachments],
                           "=_" + uid())
    else:
        bh, pl = bp
    t = int(_parse(date).timestamp() * 1000)
    zdate = _parse(date).strftime("%a, %-d %b %Y %H:%M:%S %z") + " (CET)"
    hdrs = ["Date: " + zdate, "From: " + frm, "To: " + to] + list(extra) + [
        "Message-ID: <%d.%d.%d.JavaMail.zimbra@%s>" % (
            RNG.randint(10**8, 10**9), RNG.randint(10**7, 10**8), t, dom),
        "Subject: " + H(subject), "MIME-Version: 1.0",
        "X-Originating-IP: [%s]" % ip(),
        "X-Mailer: Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF135 (Win)/9.0.0_ZEXTRAS_20240927)",
        "Thread-Index: " + tok(28),
        "Thread-Topic: " + H(re.sub(r"^((RE|TR|Re|Fwd|Fw) ?: ?)+", "", subject))]
    return _assemble(transport(frm, date, via, auth), hdrs, bh, pl)


def roundcube(frm, subject, date, body, to=DESK, extra=(), via="school",
              auth=None, attachments=()):
    dom = addr_of(frm).split("@")[1]
    bp = part("text/plain", body, charset="UTF-8", cte="quoted-printable",
              params="; format=flowed", quoted=False)
    bh, pl = _with_attachments(bp, attachments, "=_" + hexs(32))
    hdrs = ["MIME-Version: 1.0", "Date: " + date, "From: " + frm, "To: " + to] + \
        list(extra) + ["Subject: " + H(subject),
                       "Message-ID: <%s@%s>" % (hexs(32), dom),
                       "User-Agent: Roundcube Webmail/1.6.9"]
    return _assemble(transport(frm, date, via, auth), hdrs, bh, pl)


def applemail(frm, subject, date, body, to=DESK_T, extra=(), via="school",
              auth=None):
    dom = addr_of(frm).split("@")[1]
    bh, pl = part("text/plain", body, charset="utf-8", cte="quoted-printable",
                  quoted=False)
    hdrs = bh + ["Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))",
                 "Subject: " + H(subject), "From: " + frm] + list(extra) + [
        "Date: " + date, "Message-Id: <%s@%s>" % (uid().upper(), dom), "To: " + to,
        "X-Mailer: Apple Mail (2.3826.400.131.1.6)"]
    return _assemble(transport(frm, date, via, auth), hdrs, [], pl)


def webmail(frm, subject, date, body, to=DESK, extra=(), via="school", auth=None,
            mailer="Open-Xchange Mailer v7.10.6-Rev61", charset="UTF-8",
            cte="quoted-printable", return_path=None):
    """Provider webmails (Orange, Free, La Poste...): plain text only."""
    dom = addr_of(frm).split("@")[1]
    bh, pl = part("text/plain", body, charset=charset, cte=cte)
    hdrs = ["Date: " + date, "From: " + frm, "To: " + to] + list(extra) + [
        "Message-ID: <%d.%d.%d@%s>" % (RNG.randint(10**8, 10**9),
                                        RNG.randint(10**5, 10**6),
                                        RNG.randint(10**12, 10**13), dom),
        "Subject: " + H(subject), "MIME-Version: 1.0"] + bh + ["X-Mailer: " + mailer]
    return _assemble(transport(frm, date, via, auth, return_path), hdrs, [], pl)


def raw(frm, date, headers, body, via="school", auth=None, return_path=None,
        inner=False):
    """A message whose headers and body are given verbatim (machines)."""
    return _assemble(transport(frm, date, via, auth, return_path, inner),
                     list(headers), [], body)


# ---------------------------------------------------------------- the mails

MAILS = []


def M(category, auto_reply_ok, uai, region, platform, hard, lang, notes, text,
      typos=(), other_uais=()):
    """Record one mail and its label.

    typos: codes in the message whose check letter is wrong (must be in the
    notes); other_uais: valid codes in the message that are not the label
    (e.g. a former school), also named in the notes."""
    MAILS.append(dict(category=category, auto_reply_ok=auto_reply_ok, uai=uai,
                      region=region, platform=platform, hard=hard, lang=lang,
                      notes=notes, text=text, typos=tuple(typos),
                      other_uais=tuple(other_uais)))


PACA, OCC, CORSE = "provence-alpes-cote-d-azur", "occitanie", "corse"

# ================================================================ password_reset

M("password_reset", True, "0131573P", PACA, "esidoc", False, "fr",
  "Back from the winter holidays, e-sidoc password refused; typed on an iPhone without accents; UAI in the body.",
  iphone(A("Sabrina Ouali", "sabrina.ouali@ac-aix-marseille.fr"),
         "mdp esidoc", D("2025-02-24 07:52:11"), """\
Bjr
Impossible de me co a esidoc depuis ce matin, mdp refusé. Jai du le changer juste avant les vacances et bien sur je m en souviens plus...
College Edmond Rostand 0131573P
Vous pouvez me renvoyer un lien svp ? Merci d'avance
Sabrina

Envoyé de mon iPhone
"""))

M("password_reset", True, "0831306U", PACA, "esidoc", False, "fr",
  "Long message written on the first Saturday of the holidays from a personal mailbox; forgotten administrator password; UAI given as 'RNE' in the signature only.",
  gmail(A("Hélène Castellani", "helene.castellani83@gmail.example.fr"),
        "Accès administrateur du portail documentaire", D("2025-02-08 16:40:27"), """\
Bonjour,

Je profite du calme des vacances pour avancer sur la refonte de la page
d'accueil de notre portail e-sidoc (nous voulions mettre en avant la
semaine de la presse en mars), mais je bute sur un problème bête : je ne
retrouve plus le mot de passe du compte administrateur.

Je l'avais noté dans un carnet resté au CDI, et évidemment le lycée est
fermé jusqu'au 24. J'ai tenté deux ou trois combinaisons, sans succès, et
je préfère ne pas insister pour ne pas bloquer le compte.

Je vous écris depuis ma messagerie personnelle car je n'ai pas mon
ordinateur professionnel avec moi ; je comprends tout à fait que le lien
doive partir sur l'adresse enregistrée chez vous, ce n'est pas urgent à
la journée près.

Merci par avance et bonne fin de semaine,

Hélène Castellani
Professeure documentaliste
Lycée professionnel Claret – Toulon
RNE : 0831306U
"""))

M("password_reset", True, "0660547L", OCC, "esidoc", False, "en",
  "English: the English language assistant writes for the librarian who is away; the e-sidoc admin password no longer works. Region from the UAI (66).",
  gmail(A("Bethany Cole", "bethany.cole.ela@gmail.example.fr"),
        "Library portal - password not working", D("2025-02-12 11:03:55"), """\
Hello,

I'm the English language assistant at Collège Jean Jaurès in Perpignan. I
help out in the school library (the CDI) on Wednesdays, and this week the
librarian, Mme Ferrer, is away on a training course.

We tried to log into the e-sidoc admin area to add the new books and the
password doesn't work anymore. We don't know whether someone changed it.
The school code (UAI) is 0660547L.

Could you please send a reset link to whatever address you have for the
school? I'll let the office know to look out for it.

Many thanks,
Bethany Cole
English Language Assistant
"""))

M("password_reset", True, "0341627J", OCC, "esidoc", True, "fr",
  "Negation: she does receive the desk's mails ('ce n'est pas un problème de réception'); she simply forgot the password. Not missing_noreply_mail.",
  thunderbird(A("Laure Vidal-Bonnet", "laure.vidal-bonnet@ac-montpellier.fr"),
              "Oubli du mot de passe e-sidoc - LP Paul Valéry Sète",
              D("2025-02-04 13:21:09"), """\
Bonjour,

Petite précision avant tout : je reçois bien vos messages (la lettre
d'information, les mails de la plateforme), donc ce n'est pas un problème
de réception ni de courriers indésirables.

C'est plus simple et plus gênant : j'ai oublié le mot de passe du compte
d'administration e-sidoc du lycée. Notre identifiant est le 0341627J.

Merci de m'indiquer comment le réinitialiser.

Laure Vidal-Bonnet
Professeure documentaliste, LP Paul Valéry, Sète
"""))

M("password_reset", True, None, OCC, "esidoc", True, "fr",
  "The RNE is written 0301984K: wrong check letter (the digits give 0301984U), so no UAI; region from the ac-montpellier.fr sender. Otherwise a plain lost password.",
  roundcube(A("Thierry Combes", "thierry.combes@ac-montpellier.fr"),
            "mot de passe portail cdi", D("2025-02-05 17:48:33"), """\
bonjour

je ne parviens plus a me connecter a l'administration du portail e-sidoc
du college, le mot de passe ne passe plus. RNE 0301984K

pouvez vous me dire quoi faire

T. Combes
doc, college Feuchères, Nîmes
""", via="ac", auth=None), typos=("0301984K",))

M("password_reset", True, "0133119V", PACA, "espace_acheteur", True, "fr",
  "Outlook for Android, base64 text and HTML; Espace Acheteur password forgotten; the UAI appears only in the signature block.",
  outlook_mobile(A("Karima Benali", "karima.benali@ac-aix-marseille.fr"),
                 "Connexion espace acheteur", D("2025-02-18 08:14:02"), """\
Bonjour,
Je n arrive plus à me connecter à l'espace acheteur, j'ai oublié mon mot de passe et le bouton "mot de passe oublié" me demande un identifiant que je n'ai pas sous la main.
Merci de votre aide.

Karima Benali
Service intendance
LP Pierre Mendès France - Vitrolles
0133119V

Obtenir Outlook pour Android
""", via="ac"))

M("password_reset", True, "0061418J", PACA, "esidoc", True, "fr",
  "Reply (Gmail French quote) in an old ticket about a subscription that was solved in January; the new text clearly asks something else: the e-sidoc password is lost. The UAI is only in the quoted part.",
  gmail(A("Marc Giordano", "marc.giordano@ac-nice.fr"),
        "Re: [#SUP-018842] Abonnement Europresse non visible",
        D("2025-02-10 09:37:45"), """\
Bonjour,

Je me permets de répondre sur ce vieux fil, c'est le seul mail de chez
vous que je retrouve. Rien à voir avec Europresse (ça marche très bien
depuis janvier, merci) : j'ai perdu le mot de passe de l'admin e-sidoc.
Pouvez-vous me renvoyer un lien de réinitialisation ?

Cordialement
Marc Giordano

Le mer. 15 janv. 2025 à 14:02, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Votre abonnement Europresse est désormais actif pour l'établissement
> 0061418J (Collège Roland Garros, Nice). Il peut falloir vider le cache du
> navigateur pour voir la ressource sur le portail.
>
> Cordialement,
> L'équipe d'assistance
""", via="ac", extra=["In-Reply-To: <SUP-018842.1736946120.a81f2c@assistance.example.fr>",
                      "References: <SUP-018842.1736946120.a81f2c@assistance.example.fr>"]))

M("password_reset", True, "7200311A", CORSE, "esidoc", False, "fr",
  "Account locked after several wrong passwords; Haute-Corse UAI prefix 720, academic webmail.",
  zimbra(A("Pascale Santoni", "pascale.santoni@ac-corse.fr"),
         "Compte bloqué e-sidoc", D("2025-02-03 10:05:51"), """\
Bonjour,

À force d'essayer, notre compte administrateur e-sidoc est bloqué (message
« compte temporairement verrouillé »). Je ne suis plus sûre du mot de
passe de toute façon.

Pouvez-vous le débloquer ou nous envoyer un lien pour en définir un
nouveau ?

Lycée professionnel Jean-Félix Paoli - Bastia
UAI 7200311A

Pascale Santoni, documentaliste
"""))

M("password_reset", True, None, None, "espace_acheteur", False, "en",
  "English: office manager of a private international school near Sophia Antipolis, forgotten Espace Acheteur password; no UAI, non-academic sender, so no region.",
  outlook(A("Rachel Hammond", "r.hammond@ecole-internationale-valbonne.example.fr"),
          "Forgotten password - buyer space", D_utc("2025-02-06 15:22:18"), """\
Good afternoon,

I look after purchasing at our school and I can no longer sign in to the
buyer space (Espace Acheteur). I have forgotten my password and the reset
page says it will send an email, but I'm not sure which address our
account was created with - possibly my predecessor's.

What is the best way to get back in?

Kind regards,

Rachel Hammond
Office Manager
École Internationale de Valbonne
""", lang="en-GB"))

M("password_reset", False, "0840417X", PACA, "esidoc", True, "fr",
  "Two topics: lost e-sidoc password (first) and a question on the amount of the January invoice (order_billing); one template would answer only half.",
  outlook(A("Nathalie Roux", "nathalie.roux@ac-aix-marseille.fr"),
          "Mot de passe + facture", D("2025-02-07 11:46:03"), """\
Bonjour,

Deux choses, désolée de tout mettre dans le même message :

1) Je n'ai plus le mot de passe de l'administration e-sidoc (changement de
poste de la collègue qui le gérait). Établissement : Lycée professionnel
Robert Schuman, Avignon, UAI 0840417X.

2) La facture reçue en janvier pour le renouvellement indique 1 140 € alors
que le devis signé était de 980 €. Pouvez-vous vérifier ? L'agent comptable
me la réclame avant la clôture.

Merci,
Nathalie Roux
Secrétariat d'intendance
""", via="ac"))

M("password_reset", True, "0062071U", PACA, "esidoc", False, "fr",
  "Reset link expired before she could use it; UAI in the subject line; short iPhone message.",
  iphone(A("Emma Lefebvre", "emma.lefebvre1@ac-nice.fr"),
         "lien reinit expiré 0062071U", D("2025-02-13 21:18:40"), """\
Bonsoir, le lien pour changer le mdp a expiré avant que je puisse cliquer (recu ce matin, ouvert ce soir). Possible d'en avoir un nouveau ? merci

Emma
"""))

M("password_reset", True, "0312075M", OCC, "esidoc", True, "fr",
  "Desktop Outlook forward ('TR:') of the reset mail whose link says it is no longer valid; asks for a new one. Quoted-printable; UAI inside the forwarded part.",
  outlook(A("Jérôme Fabre", "jerome.fabre@ac-toulouse.fr"),
          "TR: [#SUP-019355] Réinitialisation de votre mot de passe",
          D("2025-02-11 08:31:26"), """\
Bonjour,

Le lien ci-dessous m'affiche « ce lien n'est plus valide ». Je ne l'ai
pourtant utilisé qu'une fois (sans aller au bout, la page a planté).
Pouvez-vous m'en renvoyer un ?

Merci
J. Fabre

De : Assistance <support@assistance.example.fr>
Envoyé : lundi 10 février 2025 16:12
À : Jérôme Fabre <jerome.fabre@ac-toulouse.fr>
Objet : [#SUP-019355] Réinitialisation de votre mot de passe

Bonjour,

Un lien de réinitialisation du mot de passe du compte 0312075M a été
envoyé. Il est valable 12 heures et ne peut servir qu'une fois.

Cordialement,
L'équipe d'assistance
""", via="ac"))

M("password_reset", True, "0840938N", PACA, "esidoc", False, "fr",
  "HTML-only desktop Outlook mail: a librarian arrived on 3 February does not know the identifier nor the password. The identifier is the UAI she gives.",
  outlook(A("Agnès Morel", "agnes.morel@ac-aix-marseille.fr"),
          "Prise de poste - accès e-sidoc", D("2025-02-04 09:12:44"), "",
          via="ac", html_only=True, charset="windows-1252", html="""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
<body lang="FR" style="word-wrap:break-word"><div class="WordSection1">
<p class="MsoNormal">Bonjour,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">J’ai pris mes fonctions de professeure documentaliste au coll&egrave;ge Joseph d’Arbaud (Carpentras) ce lundi 3 f&eacute;vrier, en remplacement d’une coll&egrave;gue partie en cong&eacute;.</p>
<p class="MsoNormal">Personne ici ne conna&icirc;t l’identifiant ni le mot de passe du portail e-sidoc, et aucune note n’a &eacute;t&eacute; laiss&eacute;e.</p>
<p class="MsoNormal">Le code de l’&eacute;tablissement est <b>0840938N</b>.</p>
<p class="MsoNormal">Comment puis-je obtenir un acc&egrave;s&nbsp;?</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Bien cordialement,</p>
<p class="MsoNormal">Agn&egrave;s Morel</p>
<p class="MsoNormal"><span style="color:#7F7F7F">Professeure documentaliste &ndash; Coll&egrave;ge Joseph d’Arbaud</span></p>
</div></body></html>
"""))

M("password_reset", True, "0300672T", OCC, "esidoc", False, "fr",
  "Samsung phone (base64 text and HTML), one SMS-style line; UAI in the body.",
  samsung(A("Sandrine Pujol", "sandrine.pujol@ac-montpellier.fr"),
          "Mdp", D("2025-02-19 19:02:37"), """\
Bonsoir mdp oublie esidoc clg 0300672T Beaucaire, svp comment on fait ?? Merci

Envoyé depuis mon smartphone Samsung Galaxy.
"""))

M("password_reset", False, "0312690F", OCC, "ecoledirecte", True, "fr",
  "Lost EcoleDirecte administration password; he insists it is NOT the daily maintenance password (transfer_incident). No reset template for this product, so a person answers.",
  outlook(A("Olivier Sarda", "o.sarda@ensemble-saint-joseph-toulouse.example.fr"),
          "Mot de passe administrateur EcoleDirecte", D_utc("2025-02-17 14:09:12"), """\
Bonjour,

Je ne parle pas du mot de passe de maintenance du jour (celui-là je sais
le demander par le bouton d'assistance). Mon problème : j'ai perdu le mot
de passe du compte administrateur EcoleDirecte de l'établissement, celui
qui sert à gérer les comptes des enseignants. Impossible de préparer les
conseils de classe du 2e trimestre.

Collège Saint-Joseph, Toulouse, UAI 0312690F.

Olivier Sarda
Responsable informatique
"""))

M("password_reset", False, "0810457G", OCC, "esidoc", True, "fr",
  "Asks for the new password to be sent to her personal address because she cannot open the academic mailbox during the holidays: a reset may only go to the address on file, so no automatic answer.",
  gmail(A("Céline Bru", "celine.bru81@gmail.example.fr"),
        "urgent mdp esidoc", D("2025-02-20 22:47:05"), """\
Bonsoir

J ai perdu le mdp du portail esidoc (college Bellevue Albi 0810457G). Je
suis en vacances et je n'arrive pas a ouvrir ma boite academique depuis
mon tel, donc svp envoyez moi directement le nouveau mot de passe sur
cette adresse gmail, c'est plus simple.

Merci d'avance
Céline Bru
"""))

M("password_reset", True, "0301355K", OCC, "esidoc", True, "fr",
  "The secretariat writes from the establishment's official address (lower-case ce.<UAI>, the only place the UAI appears) and asks for the link on that address for the librarian.",
  thunderbird(A("Secrétariat Collège Jules Verne", "ce.0301355k@ac-montpellier.fr"),
              "Demande lien mot de passe pour le CDI", D("2025-02-06 10:27:13"), """\
Bonjour,

Notre professeur documentaliste, M. Arnaud, a oublié le mot de passe du
portail du CDI (e-sidoc). Pourriez-vous envoyer le lien de
réinitialisation à cette adresse ? Nous le lui transmettrons.

Bonne journée,

Le secrétariat
Collège Jules Verne - Nîmes
"""))

M("password_reset", True, "0480219C", OCC, "esidoc", False, "fr",
  "Long, detailed message from a contract librarian who started in February in Lozère; nobody has ever had the password; UAI in the body.",
  zimbra(A("Anaïs Rouvière", "anais.rouviere@ac-montpellier.fr"),
         "Aucun accès au portail e-sidoc du collège", D("2025-02-14 15:55:09"), """\
Madame, Monsieur,

Je suis professeure documentaliste contractuelle et j'ai été affectée le
1er février au collège Henri Bourrillon de Mende (UAI 0480219C), sur un
poste resté vacant depuis la rentrée.

En arrivant, j'ai découvert que personne dans l'établissement ne dispose
des codes d'administration du portail e-sidoc. La principale adjointe
pense que ma prédécesseure les avait, mais elle a quitté l'académie et
nous n'arrivons pas à la joindre. Le gestionnaire n'a rien trouvé dans
les dossiers.

J'ai bien vu le lien « mot de passe oublié », mais je ne sais pas à
quelle adresse le message partirait, et je crains qu'il n'arrive dans une
boîte que plus personne ne consulte. Je voudrais simplement pouvoir
remettre le catalogue à jour avant le retour des élèves le 3 mars.

Pourriez-vous m'indiquer la procédure à suivre ? Je peux bien entendu
faire appel à la principale si une demande écrite est nécessaire.

Je vous remercie par avance de votre aide.

Anaïs Rouvière
Professeure documentaliste
Collège Henri Bourrillon – Mende
"""))

M("password_reset", True, "0832140A", PACA, "esidoc", True, "fr",
  "Contrast: MailInBlack is named only to say it is NOT the problem ('vos mails passent bien'); the password is lost. password_reset, not mailinblack_spam.",
  zimbra(A("Franck Audibert", "franck.audibert@ac-nice.fr"),
         "Mot de passe CDI", D("2025-02-25 12:18:30"), """\
Bonjour,

On a bien Mailinblack au lycée mais ce n'est pas le sujet, vos mails
passent sans problème (j'ai reçu la newsletter hier). Mon souci c'est que
j'ai tout simplement perdu le mot de passe de l'admin e-sidoc.

LP Léon Blum, Draguignan - 0832140A

Merci
F. Audibert
"""))

M("password_reset", True, "0090174R", OCC, "esidoc", False, "fr",
  "Account locked after three attempts; phone typing, typos, no accents; Ariège UAI.",
  gmail(A("Manon Esteve", "manon.esteve09@gmail.example.fr"),
        "compte bloquer", D("2025-02-26 07:33:19"), """\
bonjour
mon compte esidoc est bloquer apres 3 essaies, je pense que je me trompe
de mot de passe. c est pour le clg de Lavelanet 0090174R
pouvez vous me le debloquer ou me dire comment faire, merci davance
Manon
"""))

M("password_reset", False, "0311488Z", OCC, "esidoc", True, "fr",
  "Reply in a thread (RE:, In-Reply-To) to the automatic reset answer: the link went to the former secretary's address, which nobody reads any more. The automatic path has failed; a person must take over (head-of-establishment procedure).",
  outlook(A("Isabelle Marty", "isabelle.marty@ac-toulouse.fr"),
          "RE: [#SUP-019207] Mot de passe e-sidoc", D("2025-02-12 14:02:56"), """\
Bonjour,

Merci pour la réponse rapide, mais l'adresse indiquée (m***@ac-****.fr)
est celle de l'ancienne secrétaire de direction, partie à la retraite en
décembre. Sa boîte a été fermée. Nous ne pouvons donc pas recevoir le lien.

Comment faire dans ce cas ?

Isabelle Marty
Documentaliste – Collège Jean Moulin, Muret (0311488Z)

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 11 février 2025 17:40
À : Isabelle Marty <isabelle.marty@ac-toulouse.fr>
Objet : [#SUP-019207] Mot de passe e-sidoc

Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse enregistrée pour
votre établissement (m***@ac-****.fr). Il est valable 12 heures.

Cordialement,
L'équipe d'assistance
""", via="ac", extra=["In-Reply-To: <SUP-019207.1739292000.5c03e1@assistance.example.fr>",
                      "References: <SUP-019207.1739292000.5c03e1@assistance.example.fr>"]))

M("password_reset", True, "0313264E", OCC, "espace_acheteur", False, "fr",
  "The gestionnaire forgot the Espace Acheteur identifier (login), not only the password; UAI in the body.",
  zimbra(A("Didier Lacaze", "didier.lacaze@ac-toulouse.fr"),
         "Identifiant espace acheteur oublié", D("2025-02-03 14:41:22"), """\
Bonjour,

Je dois passer une commande de fournitures avant le 15 et je ne me
souviens plus de mon identifiant de connexion à l'espace acheteur (ni du
mot de passe d'ailleurs, je ne m'y connecte que deux fois par an).

Lycée professionnel Roland Garros, Toulouse – UAI 0313264E

Merci de votre aide,
D. Lacaze, gestionnaire
"""))

M("password_reset", True, "0134407V", PACA, "esidoc", True, "fr",
  "UAI typed with spaces and a lower-case letter ('013 4407 v'); the label is the upper-case code. Lost password, iPhone.",
  iphone(A("Rémi Ferracci", "remi.ferracci@ac-aix-marseille.fr"),
         "Esidoc", D("2025-02-17 08:05:48"), """\
Bonjour je suis le nouveau doc du college Vieux Port, code etablissement 013 4407 v. Je n ai pas le mot de passe de l admin du portail. Comment je peux l avoir ? Merci
Rémi F.
"""))

M("password_reset", True, "0651128Y", OCC, "esidoc", True, "fr",
  "Gmail forward ('Forwarded message') by the CPE of the librarian's request, who cannot reach her own mailbox; the forwarded request is a plain lost password. UAI in the forwarded signature.",
  gmail(A("Bruno Laffont", "bruno.laffont@ac-toulouse.fr"),
        "Fwd: mot de passe du portail", D("2025-02-27 10:16:38"), """\
Bonjour,
Je vous transfère la demande de notre documentaliste, qui n'arrive pas à
vous écrire depuis sa messagerie. Merci de lui répondre (ou à moi).
Bruno Laffont, CPE

---------- Forwarded message ---------
De : Christine Abadie <christine.abadie@ac-toulouse.fr>
Date: mer. 26 févr. 2025 à 17:52
Subject: mot de passe du portail
To: Bruno Laffont <bruno.laffont@ac-toulouse.fr>

Bruno, peux-tu transmettre à l'assistance e-sidoc ? Je ne retrouve plus
le mot de passe de l'administration du portail et le lien « oublié » ne
donne rien chez moi. Ma messagerie refuse d'envoyer vers l'extérieur
depuis ce matin.

Christine Abadie
Documentaliste, collège Victor Hugo, Tarbes
0651128Y
""", via="ac"))

# ================================================================ automated

_d = D("2025-02-10 09:14:03")
M("automated", False, None, PACA, None, False, "fr",
  "Academic webmail vacation reply for the winter holidays ('Auto-Submitted: auto-replied (zimbra; vacation)'); region from the ac-aix-marseille.fr sender.",
  raw(A("Valérie Chabert", "valerie.chabert@ac-aix-marseille.fr"), _d, [
      "Date: Mon, 10 Feb 2025 09:14:03 +0100 (CET)",
      "From: " + A("Valérie Chabert", "valerie.chabert@ac-aix-marseille.fr"),
      "To: " + DESK_T,
      "Message-ID: <%d.%d.1739175243120.JavaMail.zimbra@ac-aix-marseille.fr>" % (
          RNG.randint(10**8, 10**9), RNG.randint(10**7, 10**8)),
      "In-Reply-To: <SUP-019288.1739174400.e40b17@assistance.example.fr>",
      "Subject: " + H("Absence : [#SUP-019288] Votre abonnement Cafeyn"),
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: quoted-printable",
      "Auto-Submitted: auto-replied (zimbra; vacation)",
      "Precedence: bulk",
      "X-Mailer: Zimbra 9.0.0_ZEXTRAS_20240927 (zclient/9.0.0_ZEXTRAS_20240927)"],
      quopri.encodestring("""\
Bonjour,

Je suis en congés pour les vacances d'hiver et ne consulterai pas ma
messagerie avant le lundi 24 février.
Pour toute demande urgente concernant le CDI, merci de vous adresser au
secrétariat du collège.

Valérie Chabert
""".encode("utf-8")).decode("ascii"), via="ac", inner=False))

_d = D_utc("2025-02-13 10:02:41")
_b = "_000_" + hexs(32).upper() + "_"
M("automated", False, None, None, None, False, "en",
  "English Exchange Online 'Automatic reply:' from a language assistant (Auto-Submitted: auto-generated, X-Auto-Response-Suppress).",
  raw(A("Siobhan Kelly", "s.kelly@lycee-hotelier-nice.example.fr"), _d, [
      "From: " + A("Siobhan Kelly", "s.kelly@lycee-hotelier-nice.example.fr"),
      "To: " + DESK_T,
      "Subject: Automatic reply: [#SUP-019402] Your request about the library portal",
      "Thread-Topic: [#SUP-019402] Your request about the library portal",
      "Thread-Index: " + base64.b64encode(RNG.getrandbits(144).to_bytes(18, "big")).decode(),
      "Date: " + _d,
      "Message-ID: " + _outlook_mid(),
      "References: <SUP-019402.1739440800.2b9d44@assistance.example.fr>",
      "In-Reply-To: <SUP-019402.1739440800.2b9d44@assistance.example.fr>",
      "Accept-Language: en-GB, fr-FR",
      "Content-Language: en-GB",
      "X-MS-Has-Attach: ",
      "X-MS-TNEF-Correlator: ",
      "auto-submitted: auto-generated",
      "x-auto-response-suppress: All",
      "MIME-Version: 1.0",
      'Content-Type: multipart/alternative;\n boundary="%s"' % _b], """\
--%(b)s
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Hello,

Thank you for your email. I am away for the February school holidays and wi=
ll be back on Monday 24th February. I will have limited access to my emails=
 until then.

For anything concerning the school library, please contact the main office.

Best wishes,
Siobhan

--%(b)s
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dus-ascii"></head><body><div style=3D"font-family:Aptos,sans-serif;font-s=
ize:12pt"><p>Hello,</p><p>Thank you for your email. I am away for the Febru=
ary school holidays and will be back on Monday 24th February. I will have l=
imited access to my emails until then.</p><p>For anything concerning the sc=
hool library, please contact the main office.</p><p>Best wishes,<br>Siobhan=
</p></div></body></html>

--%(b)s--
""" % {"b": _b}, via="o365"))

_d = D("2025-02-18 11:40:09")
_b = "%s.1739875209/mail.college-saint-charles-marseille.example.fr" % tok(12)
M("automated", False, None, None, None, False, "en",
  "Postfix bounce (multipart/report delivery-status): mailbox full (552 5.2.2), null Return-Path, the desk's answer attached.",
  raw("Mail Delivery System <MAILER-DAEMON@mail.college-saint-charles-marseille.example.fr>", _d, [
      "From: Mail Delivery System <MAILER-DAEMON@mail.college-saint-charles-marseille.example.fr>",
      "To: " + DESK_T,
      "Subject: Undelivered Mail Returned to Sender",
      "Date: " + _d,
      "Message-ID: <20250218104009.%s@mail.college-saint-charles-marseille.example.fr>" % tok(12),
      "MIME-Version: 1.0",
      "Auto-Submitted: auto-replied",
      'Content-Type: multipart/report; report-type=delivery-status;\n boundary="%s"' % _b], """\
This is a MIME-encapsulated message.

--%(b)s
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.college-saint-charles-marseille.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<cdi@college-saint-charles-marseille.example.fr>: host
    127.0.0.1[127.0.0.1] said: 552 5.2.2 <cdi@college-saint-charles-marseille.example.fr>:
    Mailbox full (in reply to RCPT TO command)

--%(b)s
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.college-saint-charles-marseille.example.fr
X-Postfix-Queue-ID: 4Yx2Lq0TzFz9sQ
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Tue, 18 Feb 2025 11:40:07 +0100 (CET)

Final-Recipient: rfc822; cdi@college-saint-charles-marseille.example.fr
Original-Recipient: rfc822;cdi@college-saint-charles-marseille.example.fr
Action: failed
Status: 5.2.2
Remote-MTA: dns; 127.0.0.1
Diagnostic-Code: smtp; 552 5.2.2 <cdi@college-saint-charles-marseille.example.fr>:
    Mailbox full

--%(b)s
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: Assistance <support@assistance.example.fr>
To: cdi@college-saint-charles-marseille.example.fr
Subject: [#SUP-019488] Votre demande d'ouverture de compte
Date: Tue, 18 Feb 2025 11:40:00 +0100
Message-ID: <SUP-019488.1739875200.90c1aa@assistance.example.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Votre demande a bien =C3=A9t=C3=A9 enregistr=C3=A9e. Un membre de l'=C3=A9q=
uipe vous r=C3=A9pondra sous 48 heures ouvr=C3=A9es.

Cordialement,
L'=C3=A9quipe d'assistance

--%(b)s--
""" % {"b": _b}, return_path="", auth={"dkim": "none", "dmarc": "none"}))

_d = D("2025-02-05 16:22:50")
M("automated", False, None, None, None, False, "en",
  "Exim bounce ('Mail delivery failed: returning message to sender') as plain text with X-Failed-Recipients and a copy of the desk's message.",
  raw("Mail Delivery System <Mailer-Daemon@mx2.mairie-porto-vecchio.example.fr>", _d, [
      "Received: from Debian-exim by mx2.mairie-porto-vecchio.example.fr with local (Exim 4.96)\n"
      "\tid 1tfjK2-000Q4x-1a\n\tfor support@assistance.example.fr; Wed, 05 Feb 2025 16:22:50 +0100",
      "X-Failed-Recipients: bibliotheque@mairie-porto-vecchio.example.fr",
      "Auto-Submitted: auto-replied",
      "From: Mail Delivery System <Mailer-Daemon@mx2.mairie-porto-vecchio.example.fr>",
      "To: support@assistance.example.fr",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: 8bit",
      "Subject: Mail delivery failed: returning message to sender",
      "Message-Id: <E1tfjK2-000Q4x-1a@mx2.mairie-porto-vecchio.example.fr>",
      "Date: Wed, 05 Feb 2025 16:22:50 +0100"], """\
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  bibliotheque@mairie-porto-vecchio.example.fr
    host mail.mairie-porto-vecchio.example.fr [198.51.100.61]
    SMTP error from remote mail server after RCPT TO:<bibliotheque@mairie-porto-vecchio.example.fr>:
    550 5.1.1 User unknown

------ This is a copy of the message, including all the headers. ------

Return-path: <support@assistance.example.fr>
Received: from mx1.assistance.example.fr ([203.0.113.10])
	by mx2.mairie-porto-vecchio.example.fr with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.96)
	(envelope-from <support@assistance.example.fr>)
	id 1tfjK1-000Q4s-2c
	for bibliotheque@mairie-porto-vecchio.example.fr;
	Wed, 05 Feb 2025 16:22:49 +0100
From: Assistance <support@assistance.example.fr>
To: bibliotheque@mairie-porto-vecchio.example.fr
Subject: [#SUP-019140] Votre message
Date: Wed, 05 Feb 2025 16:22:46 +0100
Message-ID: <SUP-019140.1738768966.77a0b2@assistance.example.fr>
Auto-Submitted: auto-replied
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bonjour,

Nous avons bien reçu votre message. Notre service s'adresse aux
établissements scolaires ; pour une bibliothèque municipale, merci de
contacter directement votre fournisseur.

L'équipe d'assistance
""", return_path="", auth={"dkim": "none", "dmarc": "none"}))

_d = D_utc("2025-02-11 13:05:31")
_b = "_%s_" % uid()
M("automated", False, None, None, None, False, "fr",
  "Exchange Online non-delivery report in French ('Non remis :'), multipart/report with an HTML explanation and the original headers.",
  raw("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@departement13.example.fr>", _d, [
      "From: Microsoft Outlook\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@departement13.example.fr>",
      "To: <support@assistance.example.fr>",
      "Date: " + _d,
      'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"' % _b,
      "X-MS-Exchange-Message-Is-Ndr: ",
      "Content-Language: fr-FR",
      "Message-ID: " + _outlook_mid(),
      "In-Reply-To: <SUP-019311.1739279100.c4d0e2@assistance.example.fr>",
      "References: <SUP-019311.1739279100.c4d0e2@assistance.example.fr>",
      "Subject: " + H("Non remis : [#SUP-019311] Bons d'engagement - rappel"),
      "Auto-Submitted: auto-replied",
      "MIME-Version: 1.0"], """\
--%(b)s
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="b2_%(b)s"

--b2_%(b)s
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Votre message n'a pas pu =C3=AAtre remis =C3=A0 daniel.peyre@departement13=
.example.fr, car l'adresse de messagerie est introuvable ou n'existe plus.

Corrigez l'adresse et renvoyez le message. Si le probl=C3=A8me persiste, co=
ntactez le support technique de l'organisation du destinataire.

Informations de diagnostic pour les administrateurs :
Serveur de g=C3=A9n=C3=A9ration : PR0P264MB3320.FRAP264.PROD.OUTLOOK.COM
daniel.peyre@departement13.example.fr
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t not found by SMTP address lookup'

--b2_%(b)s
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><div style=3D"font-family:'Segoe UI',Frutiger,Arial;=
font-size:16px"><p style=3D"color:#c00000;font-weight:600">Votre message n'=
a pas pu =C3=AAtre remis</p><p>Le message n'a pas pu =C3=AAtre remis =C3=A0=
 <b>daniel.peyre@departement13.example.fr</b> car l'adresse est introuvable=
 ou n'existe plus.</p><p>Corrigez l'adresse et renvoyez le message.</p></di=
v></body></html>

--b2_%(b)s--

--%(b)s
Content-Type: message/delivery-status

Reporting-MTA: dns;PR0P264MB3320.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Tue, 11 Feb 2025 12:05:29 +0000

Final-Recipient: rfc822;daniel.peyre@departement13.example.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--%(b)s
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: daniel.peyre@departement13.example.fr
Subject: =?utf-8?q?=5B=23SUP-019311=5D_Bons_d=27engagement_-_rappel?=
Date: Tue, 11 Feb 2025 13:05:00 +0100
Message-ID: <SUP-019311.1739279100.c4d0e2@assistance.example.fr>
Auto-Submitted: auto-replied

--%(b)s--
""" % {"b": _b}, via="o365", return_path="", auth={"dkim": "none", "dmarc": "none"}))

_d = "Thu, 20 Feb 2025 08:47:12 +0100"
M("automated", False, None, None, None, False, "en",
  "Old sendmail relay: 'Returned mail: see transcript for details' with the SMTP transcript, a delivery-status part and the returned headers.",
  raw("Mail Delivery Subsystem <MAILER-DAEMON@relais.cfa-btp-avignon.example.fr>", _d, [
      "Received: from localhost (localhost)\n\tby relais.cfa-btp-avignon.example.fr (8.15.2/8.15.2) id 51K7lC7q004112;"
      "\n\tThu, 20 Feb 2025 08:47:12 +0100",
      "Date: Thu, 20 Feb 2025 08:47:12 +0100",
      "From: Mail Delivery Subsystem <MAILER-DAEMON@relais.cfa-btp-avignon.example.fr>",
      "Message-Id: <202502200747.51K7lC7q004112@relais.cfa-btp-avignon.example.fr>",
      "To: <support@assistance.example.fr>",
      "MIME-Version: 1.0",
      'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="51K7lC7q004112.1740037632/relais.cfa-btp-avignon.example.fr"',
      "Subject: Returned mail: see transcript for details",
      "Auto-Submitted: auto-generated (failure)"], """\
This is a MIME-encapsulated message

--51K7lC7q004112.1740037632/relais.cfa-btp-avignon.example.fr

The original message was received at Thu, 20 Feb 2025 08:47:10 +0100
from mx1.assistance.example.fr [203.0.113.10]

   ----- The following addresses had permanent fatal errors -----
<secretariat@cfa-btp-avignon.example.fr>
    (reason: 554 5.7.1 Message rejected: relay access denied)

   ----- Transcript of session follows -----
... while talking to mail.cfa-btp-avignon.example.fr.:
>>> DATA
<<< 554 5.7.1 Message rejected: relay access denied
554 5.0.0 Service unavailable

--51K7lC7q004112.1740037632/relais.cfa-btp-avignon.example.fr
Content-Type: message/delivery-status

Reporting-MTA: dns; relais.cfa-btp-avignon.example.fr
Received-From-MTA: DNS; mx1.assistance.example.fr
Arrival-Date: Thu, 20 Feb 2025 08:47:10 +0100

Final-Recipient: RFC822; secretariat@cfa-btp-avignon.example.fr
Action: failed
Status: 5.7.1
Remote-MTA: DNS; mail.cfa-btp-avignon.example.fr
Diagnostic-Code: SMTP; 554 5.7.1 Message rejected: relay access denied
Last-Attempt-Date: Thu, 20 Feb 2025 08:47:12 +0100

--51K7lC7q004112.1740037632/relais.cfa-btp-avignon.example.fr
Content-Type: text/rfc822-headers

Return-Path: <support@assistance.example.fr>
From: Assistance <support@assistance.example.fr>
To: secretariat@cfa-btp-avignon.example.fr
Subject: [#SUP-019590] Devis demande
Date: Thu, 20 Feb 2025 08:47:05 +0100
Message-ID: <SUP-019590.1740037625.0f5e91@assistance.example.fr>

--51K7lC7q004112.1740037632/relais.cfa-btp-avignon.example.fr--
""", return_path="", auth={"dkim": "none", "dmarc": "none"}))

_d = "Mon, 3 Feb 2025 13:58:27 +0100"
M("automated", False, None, None, None, True, "en",
  "qmail 'failure notice' in plain text: no Auto-Submitted, no multipart/report; only the null Return-Path, the MAILER-DAEMON sender and the wording show it is automatic.",
  raw("MAILER-DAEMON@mail.ogec-ales.example.fr", _d, [
      "Date: 3 Feb 2025 12:58:27 -0000",
      "From: MAILER-DAEMON@mail.ogec-ales.example.fr",
      "To: support@assistance.example.fr",
      "Subject: failure notice",
      "Message-ID: <20250203125827.31022.qmail@mail.ogec-ales.example.fr>"], """\
Hi. This is the qmail-send program at mail.ogec-ales.example.fr.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<comptabilite@ogec-ales.example.fr>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <support@assistance.example.fr>
Received: (qmail 31020 invoked from network); 3 Feb 2025 12:58:26 -0000
Received: from mx1.assistance.example.fr (203.0.113.10)
  by mail.ogec-ales.example.fr with SMTP; 3 Feb 2025 12:58:26 -0000
From: Assistance <support@assistance.example.fr>
To: comptabilite@ogec-ales.example.fr
Subject: [#SUP-018977] Facture
Date: Mon, 03 Feb 2025 13:58:20 +0100
Message-ID: <SUP-018977.1738587500.3b2a6e@assistance.example.fr>

Bonjour,

Vous trouverez ci-joint la facture demandée.

L'équipe d'assistance
""", return_path="", auth={"dkim": "none", "spf": "none", "dmarc": "none"}))

_d = D_utc("2025-02-21 09:10:02")
_b = "_%s_" % uid()
M("automated", False, None, None, None, False, "fr",
  "Microsoft 365 delay notification in French ('Remise différée'): Action: delayed, the message is still being retried; not a failure, still automatic.",
  raw("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@laregion-occitanie.example.fr>", _d, [
      "From: Microsoft Outlook\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@laregion-occitanie.example.fr>",
      "To: <support@assistance.example.fr>",
      "Date: " + _d,
      'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"' % _b,
      "X-MS-Exchange-Message-Is-Ndr: ",
      "Content-Language: fr-FR",
      "Message-ID: " + _outlook_mid(),
      "Subject: " + H("Remise différée : [#SUP-019611] Transfert de données"),
      "Auto-Submitted: auto-generated",
      "MIME-Version: 1.0"], """\
--%(b)s
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

La remise de votre message est retard=C3=A9e.

Nous continuerons d'essayer de remettre ce message jusqu'au 23/02/2025 09:0=
9:51. Vous n'avez rien =C3=A0 faire pour l'instant.

Destinataires : dsi-lycees@laregion-occitanie.example.fr

Informations de diagnostic : 451 4.4.0 Message failed to be made redundant =
due to A shadow copy was required but failed to be made with an AckStatus o=
f Fail

--%(b)s
Content-Type: message/delivery-status

Reporting-MTA: dns;MR1P264MB2184.FRAP264.PROD.OUTLOOK.COM
Arrival-Date: Fri, 21 Feb 2025 07:09:51 +0000

Final-Recipient: rfc822;dsi-lycees@laregion-occitanie.example.fr
Action: delayed
Status: 4.4.0
Will-Retry-Until: Sun, 23 Feb 2025 08:09:51 +0000

--%(b)s
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: dsi-lycees@laregion-occitanie.example.fr
Subject: [#SUP-019611] =?utf-8?q?Transfert_de_donn=C3=A9es?=
Date: Fri, 21 Feb 2025 08:09:48 +0100
Message-ID: <SUP-019611.1740121788.d2c6a0@assistance.example.fr>

--%(b)s--
""" % {"b": _b}, via="o365", return_path="", auth={"dkim": "none", "dmarc": "none"}))

_d = D("2025-02-14 11:26:40")
_b = "------------" + tok(24)
M("automated", False, None, OCC, None, False, "fr",
  "Thunderbird read receipt in French ('Accusé de réception (affiché)'), multipart/report disposition-notification; region from the ac-toulouse.fr sender.",
  raw(A("Sylvie Cazals", "sylvie.cazals@ac-toulouse.fr"), _d, [
      "Message-ID: <%s@ac-toulouse.fr>" % uid(),
      "Date: " + _d,
      "MIME-Version: 1.0",
      "User-Agent: Mozilla Thunderbird",
      "From: " + A("Sylvie Cazals", "sylvie.cazals@ac-toulouse.fr"),
      "To: " + DESK_T,
      "Subject: " + H("Accusé de réception (affiché) - [#SUP-019377] Activation de votre ressource"),
      'Content-Type: multipart/report; report-type=disposition-notification;\n boundary="%s"' % _b], """\
This is a multi-part message in MIME format.
--%(b)s
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Ceci est un accusé de réception pour le courrier électronique envoyé à
<sylvie.cazals@ac-toulouse.fr>.

Note : cet accusé de réception indique seulement que le message a été
affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le
destinataire ait lu ou compris le contenu du message.

--%(b)s
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: ac-toulouse.fr; Mozilla Thunderbird
Final-Recipient: rfc822;sylvie.cazals@ac-toulouse.fr
Original-Message-ID: <SUP-019377.1739521200.7d11f0@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

--%(b)s
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Transfer-Encoding: 7bit
Content-Disposition: inline

From: Assistance <support@assistance.example.fr>
To: sylvie.cazals@ac-toulouse.fr
Subject: [#SUP-019377] Activation de votre ressource
Date: Fri, 14 Feb 2025 09:20:00 +0100
Message-ID: <SUP-019377.1739521200.7d11f0@assistance.example.fr>

--%(b)s--
""" % {"b": _b}, via="ac"))

_d = D("2025-02-04 10:00:12")
_b = "----=_Part_%d_%d.%d" % (RNG.randint(10**6, 10**7), RNG.randint(10**8, 10**9), 1738659612000)
_txt = """\
Lettre d'information - Février 2025

Bonjour,

Les vacances approchent : c'est le bon moment pour préparer le Printemps
des poètes avec vos élèves !

- Nouveauté : la collection « Premières lectures » en version numérique,
  consultable sur tablette au CDI.
- Webinaire du 12 mars : « Animer un club lecture en lycée professionnel ».
- Offre de fin d'exercice : -10 % sur les abonnements souscrits avant le 28/02.

Bonne lecture,
L'équipe des Éditions du Mistral

Vous recevez ce message car vous êtes inscrit(e) à notre lettre d'information.
Se désinscrire : https://r.news.editions-du-mistral.example.fr/unsub/9sK2pQ
"""
M("automated", False, None, None, None, False, "fr",
  "Publisher newsletter sent through an e-mailing provider: List-Unsubscribe (one-click), Precedence: bulk, Feedback-ID.",
  raw("=?utf-8?q?=C3=89ditions_du_Mistral?= <newsletter@editions-du-mistral.example.fr>", _d, [
      "Date: " + _d,
      "From: =?utf-8?q?=C3=89ditions_du_Mistral?= <newsletter@editions-du-mistral.example.fr>",
      "Reply-To: contact@editions-du-mistral.example.fr",
      "To: support@assistance.example.fr",
      "Message-ID: <%s@smtp-relay.mailin.example.fr>" % uid(),
      "Subject: " + H("📚 Février au CDI : nouveautés, webinaire et offre de fin d'exercice"),
      "MIME-Version: 1.0",
      'Content-Type: multipart/alternative;\n boundary="%s"' % _b,
      "List-Unsubscribe: <https://r.news.editions-du-mistral.example.fr/unsub/9sK2pQ>,\n <mailto:unsubscribe@news.editions-du-mistral.example.fr>",
      "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
      "Precedence: bulk",
      "Feedback-ID: 41:7734:campaign:brevo",
      "X-Mailer: Sendinblue",
      "X-Mailin-Campaign: 412"], """\
--%(b)s
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

%(t)s
--%(b)s
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

%(h)s
--%(b)s--
""" % {"b": _b, "t": quopri.encodestring(_txt.encode()).decode(),
       "h": quopri.encodestring(text_to_html(_txt).encode()).decode()},
      via="esp", return_path="bounces-41-7734@news.editions-du-mistral.example.fr"))

_d = D("2025-02-19 07:30:05")
_b = "_----------=_MCPart_%d" % RNG.randint(10**9, 10**10)
_txt = """\
** Salon Éducation & Numérique Méditerranée - Montpellier, 26-27 mars **

Inscriptions ouvertes !

Deux jours de conférences, d'ateliers et de démonstrations pour les
équipes des collèges et lycées professionnels d'Occitanie et de la région
Sud : ENT, robotique, CDI et lieux de savoir, cybersécurité des
établissements.

Entrée gratuite pour les personnels de l'Éducation nationale sur
inscription.

S'inscrire : https://salon-edunum-med.example.fr/inscription?mc_cid=a81c0b

============================================================
Vous recevez ce courriel parce que vous avez visité notre stand en 2024.
Se désabonner : https://salon-edunum-med.us21.list-manage.example.fr/unsubscribe?u=a2c9&id=f10e
Mettre à jour vos préférences : https://salon-edunum-med.us21.list-manage.example.fr/profile?u=a2c9
"""
M("automated", False, None, None, None, False, "fr",
  "Trade-show mailing from a list manager (List-ID, List-Unsubscribe, X-Mailer MailChimp); marketing, nothing to answer.",
  raw("=?utf-8?q?Salon_=C3=89ducation_&_Num=C3=A9rique?= <contact@salon-edunum-med.example.fr>", _d, [
      "Subject: " + H("Dernières places : Salon Éducation & Numérique Méditerranée"),
      "From: =?utf-8?q?Salon_=C3=89ducation_&_Num=C3=A9rique?= <contact@salon-edunum-med.example.fr>",
      "Reply-To: =?utf-8?q?Salon_=C3=89ducation_&_Num=C3=A9rique?= <contact@salon-edunum-med.example.fr>",
      "To: <support@assistance.example.fr>",
      "Date: " + _d,
      "Message-ID: <%s@us21.mcsv.example.fr>" % hexs(40),
      "X-Mailer: MailChimp Mailer - **CIDa81c0b%s**" % hexs(6),
      "X-Campaign: mailchimpa2c9.a81c0b",
      "List-ID: a2c9f10e mc list <a2c9f10e.list-id.mcsv.example.fr>",
      "List-Unsubscribe: <https://salon-edunum-med.us21.list-manage.example.fr/unsubscribe?u=a2c9&id=f10e>",
      "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
      "Precedence: bulk",
      "MIME-Version: 1.0",
      'Content-Type: multipart/alternative; boundary="%s"' % _b], """\
This is a multi-part message in MIME format

--%(b)s
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

%(t)s
--%(b)s
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

%(h)s
--%(b)s--
""" % {"b": _b, "t": quopri.encodestring(_txt.encode()).decode(),
       "h": quopri.encodestring(text_to_html(_txt).encode()).decode()},
      via="esp", return_path="bounce-mc.us21_a2c9.f10e-support=assistance.example.fr@mail%d.suw.mcsv.example.fr" % RNG.randint(10, 99)))

_d = D("2025-02-12 15:33:48")
M("automated", False, None, None, "ticket_portal", False, "fr",
  "Ticket-portal notification (Auto-Submitted: auto-generated): a supplier updated a ticket the desk had opened.",
  raw("Portail tickets <no-reply@tickets.portail-fournisseurs.example.fr>", _d, [
      "From: Portail tickets <no-reply@tickets.portail-fournisseurs.example.fr>",
      "To: support@assistance.example.fr",
      "Subject: " + H("[Ticket FRN-20931] Mise à jour : export des notices impossible"),
      "Date: " + _d,
      "Message-ID: <ticket-FRN-20931-upd-6.%s@tickets.portail-fournisseurs.example.fr>" % hexs(10),
      "Auto-Submitted: auto-generated",
      "X-Auto-Response-Suppress: All",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: quoted-printable"],
      quopri.encodestring("""\
Bonjour,

Le ticket FRN-20931 « export des notices impossible » a été mis à jour par
Lucas Meunier (support éditeur).

Nouveau statut : En attente de votre retour

Dernier commentaire :
« Le correctif est déployé sur l'environnement de recette. Pouvez-vous
confirmer que l'export fonctionne de votre côté ? »

Consulter le ticket : https://tickets.portail-fournisseurs.example.fr/t/FRN-20931

Ceci est un message automatique, merci de ne pas y répondre.
""".encode()).decode(), via="esp"))

_d = D("2025-02-26 06:00:14")
M("automated", False, None, None, "esignature", True, "fr",
  "E-signature reminder ('un document attend votre signature') sent to the desk as signer: transactional mail without Auto-Submitted or Precedence; the no-reply sender and the wording show it is automatic. Mentions a convention but is not a person's request.",
  raw("Signature en ligne <ne-pas-repondre@signature.example.fr>", _d, [
      "Date: " + _d,
      "From: Signature en ligne <ne-pas-repondre@signature.example.fr>",
      "To: support@assistance.example.fr",
      "Message-ID: <%s@signature.example.fr>" % uid(),
      "Subject: " + H("Rappel : « Convention d'adhésion 2025 - LP Marcel Pagnol » attend votre signature"),
      "MIME-Version: 1.0",
      "Content-Type: text/html; charset=UTF-8",
      "Content-Transfer-Encoding: quoted-printable",
      "X-Entity-Ref-ID: " + uid()],
      quopri.encodestring("""\
<!DOCTYPE html><html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f5f7">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#ffffff;padding:24px">
<tr><td><p>Bonjour,</p>
<p>Le document <strong>Convention d'adhésion 2025 - LP Marcel Pagnol</strong> vous a été envoyé par
<strong>Centrale d'achat - service conventions</strong> le 19 février 2025 et attend toujours votre signature.</p>
<p style="text-align:center"><a href="https://signature.example.fr/s/7Hq2kP" style="background:#1a73e8;color:#fff;padding:12px 20px;text-decoration:none">Consulter et signer</a></p>
<p style="color:#777;font-size:12px">Ce rappel est envoyé automatiquement tous les 7 jours jusqu'à la signature ou l'expiration du document (21 mars 2025).
Ne répondez pas à ce message.</p></td></tr></table></td></tr></table>
</body></html>
""".encode()).decode(), via="esp"))

_d = D("2025-02-11 08:02:39")
M("automated", False, None, None, None, True, "fr",
  "Out-of-office sent by a client-side rule (no Auto-Submitted, no Precedence, no In-Reply-To): only the wording shows it is automatic. Mentions orders and the CDI.",
  thunderbird(A("Martine Giacomoni", "m.giacomoni@institution-sainte-marie-toulon.example.fr"),
              "Absente jusqu'au lundi 24 février", _d, """\
Bonjour,

Je suis absente pendant les vacances scolaires, du 8 au 23 février
inclus, et ne lirai pas mes messages avant mon retour.

Pour les commandes du CDI et toute question urgente, vous pouvez joindre
l'accueil de l'établissement au 04 94 00 00 00.

Martine Giacomoni
Documentaliste – Institution Sainte-Marie, Toulon
""", via="school"))

_d = D("2025-02-17 18:44:10")
M("automated", False, None, None, None, False, "en",
  "English Gmail vacation responder (Auto-Submitted: auto-replied) from a language assistant's personal address, with its own subject.",
  raw(A("Daniel O'Brien", "dan.obrien.teach@gmail.example.fr"), _d, [
      "MIME-Version: 1.0",
      "From: " + A("Daniel O'Brien", "dan.obrien.teach@gmail.example.fr"),
      "Date: " + _d,
      "Auto-Submitted: auto-replied",
      "Message-ID: <CA%s@mail.gmail.com>" % tok(40),
      "In-Reply-To: <SUP-019520.1739814000.a0f417@assistance.example.fr>",
      "References: <SUP-019520.1739814000.a0f417@assistance.example.fr>",
      "Subject: Away until 3 March",
      "To: Assistance <support@assistance.example.fr>",
      'Content-Type: text/plain; charset="UTF-8"'], """\
Hi there,

I'm travelling during the winter break and won't be checking emails
regularly until Monday 3 March. If it's about the English club at Lycée
Jean Mermoz, please get in touch with Mme Delmas at the school.

Cheers,
Dan
""", via="gmail"))

_d = D("2025-02-06 13:17:26")
M("automated", False, None, PACA, "esidoc", True, "fr",
  "A librarian's real question about e-sidoc reset mails, but posted to the académie's librarians' mailing list the desk is subscribed to (List-Id, Precedence: list, Sympa footer): not written to us. Region from the ac-nice.fr sender.",
  raw(A("Julie Mercadal", "julie.mercadal@ac-nice.fr"), _d, [
      "Date: Thu, 6 Feb 2025 13:17:26 +0100 (CET)",
      "From: " + A("Julie Mercadal", "julie.mercadal@ac-nice.fr"),
      "To: docs06@listes.ac-nice.fr",
      "Message-ID: <%d.%d.1738844246001.JavaMail.zimbra@ac-nice.fr>" % (
          RNG.randint(10**8, 10**9), RNG.randint(10**7, 10**8)),
      "Subject: [docs06] mail de reinitialisation esidoc ?",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: 8bit",
      "List-Id: <docs06.listes.ac-nice.fr>",
      "List-Post: <mailto:docs06@listes.ac-nice.fr>",
      "List-Unsubscribe: <mailto:sympa@listes.ac-nice.fr?subject=unsubscribe%20docs06>",
      "List-Archive: <https://listes.ac-nice.fr/sympa/arc/docs06>",
      "Precedence: list",
      "X-Loop: docs06@listes.ac-nice.fr",
      "X-Sympa-To: docs06@listes.ac-nice.fr"], """\
Bonjour à toutes et à tous,

Est-ce que certain(e)s d'entre vous ont des soucis pour recevoir le mail
de réinitialisation du mot de passe e-sidoc ? Je l'ai demandé trois fois
depuis lundi, rien dans la boîte ni dans les indésirables.

Bonne fin de semaine avant les vacances !
Julie, collège de Vence

--
Liste de diffusion des professeurs documentalistes des Alpes-Maritimes
Pour se désabonner : https://listes.ac-nice.fr/sympa/sigrequest/docs06
""", via="ac", return_path="docs06-owner@listes.ac-nice.fr"))

_d = D("2025-02-17 02:11:30")
_b = "%s" % tok(28)
M("automated", False, None, None, None, False, "en",
  "SMTP TLS report (RFC 8460, multipart/report; report-type=tlsrpt, gzip attachment) about the desk's domain.",
  raw("noreply-smtp-tls-reporting@reports.mailprovider.example.fr", _d, [
      "MIME-Version: 1.0",
      "From: noreply-smtp-tls-reporting@reports.mailprovider.example.fr",
      "Date: " + _d,
      "Message-ID: <%s@reports.mailprovider.example.fr>" % hexs(32),
      "Subject: Report Domain: assistance.example.fr Submitter: mailprovider.example.fr Report-ID: <2025.02.16T00.00.00Z+assistance.example.fr@mailprovider.example.fr>",
      "TLS-Report-Domain: assistance.example.fr",
      "TLS-Report-Submitter: mailprovider.example.fr",
      "To: support@assistance.example.fr",
      'Content-Type: multipart/report; boundary="%s"; report-type=tlsrpt' % _b], """\
--%(b)s
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes

This is an aggregate TLS report from mailprovider.example.fr

--%(b)s
Content-Type: application/tlsrpt+gzip;
	name="mailprovider.example.fr!assistance.example.fr!1739664000!1739750399.json.gz"
Content-Disposition: attachment;
	filename="mailprovider.example.fr!assistance.example.fr!1739664000!1739750399.json.gz"
Content-Transfer-Encoding: base64

%(gz)s
--%(b)s--
""" % {"b": _b, "gz": base64.encodebytes(
          b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + bytes(RNG.getrandbits(8) for _ in range(180))
      ).decode()}, via="esp"))

_d = D("2025-02-12 10:44:52")
M("automated", False, None, None, None, False, "fr",
  "Acknowledgement from a regional IT help desk (GLPI) for a message the desk sent it: Auto-Submitted, X-Loop; answering would start a mail loop.",
  raw("Assistance DSI Lycées <glpi@assistance-dsi.laregion-sud.example.fr>", _d, [
      "Date: " + _d,
      "From: Assistance DSI Lycées <glpi@assistance-dsi.laregion-sud.example.fr>".replace(
          "Assistance DSI Lycées", H("Assistance DSI Lycées")),
      "To: support@assistance.example.fr",
      "Subject: " + H("[GLPI #0048213] Nouveau ticket - Pare-feu : flux sortants vers la plateforme"),
      "Message-ID: <GLPI_%s-Ticket-48213.1739353492@assistance-dsi.laregion-sud.example.fr>" % hexs(13),
      "Auto-Submitted: auto-generated",
      "X-Auto-Response-Suppress: OOF, DR, RN, NRN, AutoReply",
      "X-Loop: glpi@assistance-dsi.laregion-sud.example.fr",
      "X-Mailer: GLPI",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=UTF-8",
      "Content-Transfer-Encoding: 8bit"], """\
Bonjour,

Votre demande a bien été enregistrée sous le numéro 48213.
Titre : Pare-feu : flux sortants vers la plateforme
Catégorie : Réseau > Filtrage
Priorité : Moyenne

Un technicien prendra en charge votre demande dans les meilleurs délais.
Pour tout complément, répondez à ce message en conservant le numéro du
ticket dans l'objet.

--
Message généré automatiquement par GLPI
""", via="school"))

_d = D("2025-02-18 14:09:31")
M("automated", False, "7200819C", CORSE, None, False, "fr",
  "Vacation reply of a lycée professionnel's office mailbox (ce.<UAI>@ac-corse.fr, the only place the UAI appears) for the winter holidays; Auto-Submitted present. UAI from the address.",
  raw(A("LP Fred Scamaroni - Secrétariat", "ce.7200819C@ac-corse.fr"), _d, [
      "Date: Tue, 18 Feb 2025 14:09:31 +0100 (CET)",
      "From: " + A("LP Fred Scamaroni - Secrétariat", "ce.7200819C@ac-corse.fr"),
      "To: " + DESK_T,
      "Message-ID: <%d.%d.1739884171554.JavaMail.zimbra@ac-corse.fr>" % (
          RNG.randint(10**8, 10**9), RNG.randint(10**7, 10**8)),
      "In-Reply-To: <SUP-019551.1739884100.f3a9c2@assistance.example.fr>",
      "Subject: " + H("Réponse automatique : [#SUP-019551] Réinitialisation du mot de passe"),
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: quoted-printable",
      "Auto-Submitted: auto-replied (zimbra; vacation)",
      "Precedence: bulk"],
      quopri.encodestring("""\
Bonjour,

L'établissement est fermé pendant les vacances d'hiver, du samedi 15
février au dimanche 2 mars inclus. Votre message sera traité à la
réouverture.

Bona ghjurnata,
Le secrétariat du lycée professionnel
""".encode()).decode(), via="ac", inner=False))

_d = D_utc("2025-02-24 07:58:20")
_b = "_000_" + hexs(32).upper() + "_"
M("automated", False, None, None, None, False, "fr",
  "Exchange out-of-office of a gestionnaire (Auto-Submitted: auto-generated) whose text talks about orders, invoices and passwords: keywords of other categories, but never answered.",
  raw(A("Corinne Delpech", "corinne.delpech@cite-scolaire-gaillac.example.fr"), _d, [
      "From: " + A("Corinne Delpech", "corinne.delpech@cite-scolaire-gaillac.example.fr"),
      "To: " + DESK_T,
      "Subject: " + H("Réponse automatique : [#SUP-019702] Votre facture 2025-0117"),
      "Thread-Topic: [#SUP-019702] Votre facture 2025-0117",
      "Thread-Index: " + base64.b64encode(RNG.getrandbits(144).to_bytes(18, "big")).decode(),
      "Date: " + _d,
      "Message-ID: " + _outlook_mid(),
      "References: <SUP-019702.1740383800.55e0b9@assistance.example.fr>",
      "In-Reply-To: <SUP-019702.1740383800.55e0b9@assistance.example.fr>",
      "Accept-Language: fr-FR",
      "Content-Language: fr-FR",
      "X-MS-Has-Attach: ",
      "X-MS-TNEF-Correlator: ",
      "Auto-Submitted: auto-generated",
      "X-Auto-Response-Suppress: All",
      "MIME-Version: 1.0",
      'Content-Type: multipart/alternative;\n boundary="%s"' % _b], """\
--%(b)s
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je suis en arr=EAt jusqu'au vendredi 7 mars.
Pour les commandes, devis et factures : intendance@cite-scolaire-gaillac.ex=
ample.fr
Pour les mots de passe et acc=E8s informatiques : contactez le r=E9f=E9rent=
 num=E9rique de l'=E9tablissement.

Cordialement,
C. Delpech

--%(b)s
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Diso-8859-1"></head><body><div>Bonjour,<br><br>Je suis en arr=EAt jusqu'a=
u vendredi 7 mars.<br>Pour les commandes, devis et factures : intendance@ci=
te-scolaire-gaillac.example.fr<br>Pour les mots de passe et acc=E8s informa=
tiques : contactez le r=E9f=E9rent num=E9rique de l'=E9tablissement.<br><br=
>Cordialement,<br>C. Delpech</div></body></html>

--%(b)s--
""" % {"b": _b}, via="o365"))

# ================================================================ other

M("other", False, None, None, None, False, "fr",
  "A parent asks how to get the ski-trip deposit refunded: wrong address, unrelated to the services.",
  gmail(A("Stéphanie Ricard", "steph.ricard13@gmail.example.fr"),
        "Remboursement voyage ski", D("2025-02-09 20:31:12"), """\
Bonsoir,

Mon fils Lucas (5e B) était inscrit au séjour au ski du collège la semaine
dernière mais il a eu la grippe et n'a pas pu partir. On m'a dit que je
pouvais être remboursée de l'acompte de 150 €, à qui dois-je envoyer le
certificat médical ?

J'ai trouvé votre adresse sur un papier du collège, j'espère que c'est la
bonne.

Merci,
Stéphanie Ricard
"""))

M("other", False, None, None, None, True, "fr",
  "Phishing: 'your academic mailbox is full, confirm your password'; look-alike sender domain messagerie-ac-montpellier.example.fr is not an académie domain, SPF/DMARC fail. Mentions a password but is not password_reset.",
  raw("Service Messagerie <alerte@messagerie-ac-montpellier.example.fr>", D("2025-02-15 03:12:44"), [
      "From: Service Messagerie <alerte@messagerie-ac-montpellier.example.fr>",
      "To: support@assistance.example.fr",
      "Subject: " + H("⚠ Action requise : votre boîte aux lettres a atteint 98 % de son quota"),
      "Date: " + D("2025-02-15 03:12:44"),
      "Message-ID: <%s@messagerie-ac-montpellier.example.fr>" % hexs(24),
      "MIME-Version: 1.0",
      "Content-Type: text/html; charset=utf-8",
      "Content-Transfer-Encoding: base64"],
      base64.encodebytes("""\
<html><body style="font-family:Arial">
<p>Cher(e) utilisateur(trice),</p>
<p>Votre boîte aux lettres académique a atteint <b>98 %</b> de son espace de stockage.
Les nouveaux messages seront <b>rejetés</b> sous 24 heures.</p>
<p>Pour éviter la suspension de votre compte, confirmez votre identifiant et votre mot de passe
en cliquant ci-dessous :</p>
<p><a href="http://quota-messagerie.example.fr/ac-montpellier/login.php">Augmenter mon quota</a></p>
<p>Service Messagerie - Rectorat</p>
</body></html>
""".encode()).decode(), auth={"dkim": "none", "spf": "fail", "dmarc": "fail"}))

M("other", False, None, PACA, "esidoc", True, "fr",
  "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear in the quote but nothing is asked. Region from the ac-nice.fr sender.",
  iphone(A("Laetitia Marro", "laetitia.marro@ac-nice.fr"),
         "Re: [#SUP-019266] Mot de passe e-sidoc", D("2025-02-07 12:04:17"), """\
Merci beaucoup c'est bon ça marche !! Bonnes vacances à vous

Envoyé de mon iPhone

> Le 7 févr. 2025 à 11:40, Assistance <support@assistance.example.fr> a écrit :
>
> Bonjour,
>
> Un lien de réinitialisation du mot de passe e-sidoc vient d'être envoyé à
> l'adresse enregistrée pour votre établissement. Il est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance
""", extra=["In-Reply-To: <SUP-019266.1738924800.bb41c7@assistance.example.fr>",
            "References: <SUP-019266.1738924800.bb41c7@assistance.example.fr>"]))

M("other", False, None, None, None, False, "en",
  "English: a language assistant asks how to get on the school Wi-Fi and the ENT; wrong desk, unrelated to the services.",
  gmail(A("Hannah Whitfield", "hannah.whitfield.fr@gmail.example.fr"),
        "Wi-Fi and ENT access?", D("2025-02-04 17:55:02"), """\
Hi,

Sorry if this is the wrong address - a teacher at Collège Frédéric Mistral
gave it to me and said "that's for IT problems". I'm the English assistant
there since October and I still can't connect to the school Wi-Fi or the
ENT (I don't have a login at all). Who should I ask?

Thanks a lot,
Hannah
"""))

M("other", False, None, None, None, False, "fr",
  "Cold sales prospecting for library furniture, written to one person (no list headers): other, not automated.",
  outlook(A("Grégory Passet", "g.passet@mobilier-scolaire-sud.example.fr"),
          "Aménagement de votre CDI - catalogue 2025", D_utc("2025-02-05 10:14:36"), """\
Bonjour,

Je me permets de vous contacter au sujet de l'aménagement des CDI et des
espaces de lecture des collèges et lycées professionnels de la région.

Notre gamme 2025 (assises modulables, bacs à albums, rayonnages mobiles)
est fabriquée dans le Var et disponible via les principaux marchés
publics. Je serais ravi de vous présenter nos solutions lors d'un rendez-
vous téléphonique de 15 minutes.

Quelles sont vos disponibilités la semaine prochaine ?

Bien à vous,

Grégory Passet
Responsable grands comptes – Mobilier Scolaire Sud
06 00 00 00 00
"""))

M("other", False, None, None, None, False, "en",
  "English SEO spam.",
  webmail(A("Ryan Mitchell", "ryan.seo.growth@seo-rank-agency.example.fr"),
          "Quick question about assistance.example.fr", D("2025-02-22 04:48:13"), """\
Hi there,

I was checking assistance.example.fr and noticed it isn't ranking on the
first page of Google for several important keywords in your niche.

We are a team of 40+ SEO experts and can get you to the top 3 positions
within 90 days, guaranteed. Our prices start from only $199/month.

Would you like me to send you a free audit and a quote?

Best regards,
Ryan Mitchell
Senior SEO Consultant

If you don't want to hear from me again, just reply "no".
""", mailer="PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)",
          auth={"dkim": "none", "spf": "softfail", "dmarc": "none"}))

M("other", False, None, OCC, None, False, "fr",
  "Asks by hand to be removed from the newsletter (no longer a librarian since January): written by a person, so not automated. Region from the ac-montpellier.fr sender.",
  zimbra(A("Jean-Luc Brunel", "jean-luc.brunel@ac-montpellier.fr"),
         "désinscription", D("2025-02-10 16:20:55"), """\
Bonjour,

Je ne suis plus professeur documentaliste depuis janvier (j'ai rejoint la
DANE). Merci de me retirer de votre lettre d'information.

Cordialement,
J.-L. Brunel
"""))

M("other", False, None, OCC, None, False, "fr",
  "Angry third reminder about an unanswered request that says nothing about the topic: no category can be told. Region from the ac-toulouse.fr sender.",
  iphone(A("Francis Azéma", "francis.azema@ac-toulouse.fr"),
         "3EME RELANCE", D("2025-02-27 08:41:33"), """\
Bonjour
3e relance !!! Toujours aucune réponse à ma demande de la semaine dernière. C'est inadmissible, on a payé pour un service. Merci de me rappeler au plus vite.
F. Azéma

Envoyé de mon iPhone
"""))

M("other", False, None, None, None, True, "fr",
  "A pupil asks for his Pronote password from a personal address: mentions a forgotten password, but about a product the desk does not serve; other, not password_reset.",
  samsung(A("Enzo", "enzo.b.2011@gmail.example.fr"), "mot de passe", D("2025-02-16 14:06:29"), """\
bonjour jai oublier mon mot de passe pronote et ma mere peut pas voir mes
notes, je suis en 4eme au college de castelnaudary, vous pouvez me le
redonner svp
merci
"""))

M("other", False, None, PACA, "esidoc", False, "fr",
  "Asks whether the desk runs remote training sessions on e-sidoc for new librarians: no category of its own. Region from the ac-aix-marseille.fr sender.",
  thunderbird(A("Cécile Imbert", "cecile.imbert@ac-aix-marseille.fr"),
              "Formation prise en main e-sidoc", D("2025-02-25 14:33:08"), """\
Bonjour,

Nous sommes trois documentalistes nouvellement arrivés dans le bassin de
Gap-Briançon et aucun de nous n'a jamais utilisé e-sidoc. Proposez-vous
des sessions de formation à distance (visio) au mois de mars ? Si oui,
comment s'inscrire ?

Merci d'avance,

Cécile Imbert
Collège de Briançon
"""))

M("other", False, None, None, None, False, "fr",
  "Unsolicited application for a 'service civique' in a school library, CV attached.",
  gmail(A("Yanis Moulay", "yanis.moulay.pro@gmail.example.fr"),
        "Candidature service civique - CDI", D("2025-02-13 09:50:21"), """\
Madame, Monsieur,

Titulaire d'une licence de lettres modernes, je souhaiterais effectuer une
mission de service civique dans un CDI de collège ou de lycée
professionnel de la région de Montpellier à partir d'avril.

Vous trouverez ci-joint mon CV. Je reste à votre disposition pour tout
entretien.

Cordialement,
Yanis Moulay
""", attachments=[("CV_Yanis_Moulay.pdf", "application/pdf", fake_pdf("CV"))]))

M("other", False, None, None, None, True, "fr",
  "Fake 'unpaid invoice' with a link to a look-alike payment page from an unknown supplier domain: phishing, not order_billing.",
  webmail(A("Service Recouvrement", "recouvrement@factures-fournisseurs-publics.example.fr"),
          "Facture N° 2025-00871 impayée - relance avant pénalités",
          D("2025-02-20 06:12:55"), """\
Madame, Monsieur,

Sauf erreur de notre part, la facture N° 2025-00871 d'un montant de
2 486,40 € TTC reste impayée à ce jour.

Afin d'éviter l'application de pénalités de retard (art. L441-10 du Code
de commerce), nous vous invitons à procéder au règlement sous 48 heures
via notre espace sécurisé :

https://paiement-securise-fournisseurs.example.fr/facture/2025-00871

Le service recouvrement
""", mailer="Microsoft CDO for Windows 2000",
          auth={"dkim": "none", "spf": "fail", "dmarc": "fail"}))

M("other", False, "6200593A", CORSE, "esidoc", False, "fr",
  "How-to question: how to export the loan statistics from e-sidoc for the annual report; no category of its own. UAI in the signature (Corse-du-Sud, 620).",
  zimbra(A("Ghjulia Pietri", "ghjulia.pietri@ac-corse.fr"),
         "Statistiques de prêts", D("2025-02-05 11:12:09"), """\
Bonjour,

Pour le conseil pédagogique de mars je dois présenter les statistiques de
prêt du CDI (nombre de prêts par niveau, documents les plus empruntés).
Existe-t-il un export depuis e-sidoc, ou faut-il passer par le logiciel de
gestion ? Je ne trouve pas le menu.

Merci,

Ghjulia Pietri
Professeure documentaliste
Collège Laetitia – Ajaccio
UAI 6200593A
"""))

M("other", False, None, PACA, None, False, "fr",
  "'Bien reçu, merci' from a phone: nothing to do. Region from the ac-nice.fr sender.",
  iphone(A("Patrick Revel", "patrick.revel@ac-nice.fr"), "Re: [#SUP-019430] Votre devis",
         D("2025-02-14 17:02:44"), """\
Bien reçu merci bonne journée

Envoyé de mon iPhone
""", extra=["In-Reply-To: <SUP-019430.1739545000.0e27da@assistance.example.fr>",
            "References: <SUP-019430.1739545000.0e27da@assistance.example.fr>"]))

M("other", False, None, None, None, False, "fr",
  "A parent asks that her daughter's data be erased from the school library portal (GDPR): human review, no category of its own.",
  webmail(A("Nadia Chérif", "nadia.cherif@laposte.example.fr"),
          "Suppression des données de ma fille", D("2025-02-11 21:37:18"), """\
Bonjour,

Ma fille a quitté le collège Jean Rostand de Perpignan en décembre. Je
souhaite que ses données (nom, historique des emprunts) soient supprimées
du portail du CDI, conformément au RGPD.

Merci de me confirmer la suppression.

Nadia Chérif
""", mailer="Webmail La Poste"))

M("other", False, None, PACA, None, False, "fr",
  "A teacher asks for printed posters for the press and media week in March: unrelated to the services. Region from the ac-aix-marseille.fr sender.",
  roundcube(A("Loïc Barthélémy", "loic.barthelemy@ac-aix-marseille.fr"),
            "Affiches semaine de la presse", D("2025-02-06 12:26:40"), """\
Bonjour,

Est-ce que vous envoyez encore les affiches et le dossier pédagogique pour
la Semaine de la presse et des médias ? L'an dernier on les avait reçus
au lycée fin février. Je suis prof de lettres-histoire en LP à Manosque.

Merci
Loïc Barthélémy
""", via="ac"))

M("other", False, None, None, None, False, "en",
  "English: a teacher in an English school looks for a partner class for a pen-pal project; misdirected.",
  outlook(A("Claire Pemberton", "c.pemberton@st-aidans-academy.example.fr"),
          "Pen-pal project with a French school", D_utc("2025-02-18 16:40:00"), """\
Dear colleagues,

I teach French at a secondary school in Yorkshire and I'm looking for a
collège or lycée professionnel in the south of France for a pen-pal
exchange with my Year 9 class (13-14 year olds). I found this address on a
French education website.

Could you forward my message to a school that might be interested, or
tell me who to contact?

With best wishes,
Claire Pemberton
Head of Modern Languages
""", lang="en-GB"))

M("other", False, "0110823K", OCC, "esidoc", False, "fr",
  "Feature request: a dyslexia-friendly font and a dark mode for the e-sidoc pupils' portal; nothing to fix. UAI in the signature.",
  thunderbird(A("Aurélie Sabatier", "aurelie.sabatier@ac-montpellier.fr"),
              "Suggestion : police adaptée dys sur le portail", D("2025-02-19 10:08:51"), """\
Bonjour,

Une suggestion plutôt qu'un problème : plusieurs de nos élèves de SEGPA
sont dyslexiques et trouvent la lecture du portail difficile. Serait-il
envisageable de proposer une police adaptée (type OpenDyslexic) et un
mode sombre sur l'interface élèves d'e-sidoc ?

Merci de transmettre à l'équipe concernée.

Aurélie Sabatier
Documentaliste, collège Antoine Courrière, Cuxac-Cabardès
0110823K
"""))

# ================================================================ missing_noreply_mail

M("missing_noreply_mail", True, "0135026T", PACA, "espace_acheteur", False, "fr",
  "Activation mail of the new Espace Acheteur account never arrived; no anti-spam product named; UAI in the body.",
  thunderbird(A("Fabienne Olivieri", "fabienne.olivieri@ac-aix-marseille.fr"),
              "Mail d'activation non reçu", D("2025-02-03 11:38:20"), """\
Bonjour,

J'ai créé vendredi le compte de l'espace acheteur pour le lycée
professionnel Brochier (Marseille, UAI 0135026T). Le site indiquait qu'un
mail d'activation allait m'être envoyé, mais je n'ai toujours rien reçu.

Pouvez-vous me le renvoyer ou m'indiquer la marche à suivre ?

Cordialement,
Fabienne Olivieri
Gestionnaire
"""))

M("missing_noreply_mail", True, "0841192P", PACA, "esidoc", True, "fr",
  "Contrast: 'ce n'est pas le mot de passe le problème' -- the forgotten-password tool says the mail was sent, but it never arrives. missing_noreply_mail, not password_reset.",
  gmail(A("Yohann Blanc", "yohann.blanc@ac-aix-marseille.fr"),
        "Re: mot de passe ?", D("2025-02-05 15:09:42"), """\
Bonjour,

En fait ce n'est pas le mot de passe le problème : l'outil « mot de passe
oublié » fonctionne, il m'affiche « un message vous a été envoyé », mais
le message n'arrive jamais. J'ai fait l'essai quatre fois depuis lundi.

Collège Paul Éluard, Cavaillon – 0841192P

Yohann Blanc
""", via="ac"))

M("missing_noreply_mail", True, None, None, None, False, "fr",
  "Very short phone message: the confirmation mail has not come since Monday; personal address, no UAI, no product named.",
  samsung(A("Lola", "lola.guidicelli@orange.example.fr"), "pas recu", D("2025-02-12 12:48:03"), """\
Bonjour tjrs pas recu le mail de confirmation depuis lundi svp

Envoyé depuis mon smartphone Samsung Galaxy.
""", via="school"))

M("missing_noreply_mail", True, None, None, "ticket_portal", False, "en",
  "English: the ticket portal's account-activation mail never arrived; no anti-spam product named; personal address.",
  gmail(A("Megan Doyle", "megan.doyle.assistant@gmail.example.fr"),
        "No activation email for the ticket portal", D("2025-02-06 10:21:30"), """\
Hello,

I registered on the ticket portal yesterday morning so I can follow the
requests for our school library (I'm the English assistant and I help the
librarian). The page said I would get an email to activate my account,
but nothing has arrived - I checked spam as well.

Could you resend it?

Thank you,
Megan Doyle
"""))

M("missing_noreply_mail", True, "0040533H", PACA, "espace_acheteur", True, "fr",
  "Names MailInBlack only to say the school does NOT use it ('on n'a pas Mailinblack'); the new-password mail never arrives: missing_noreply_mail, not mailinblack_spam.",
  zimbra(A("Sébastien Arnaud", "sebastien.arnaud@ac-aix-marseille.fr"),
         "Mail nouveau mot de passe", D("2025-02-07 09:26:15"), """\
Bonjour,

Je ne reçois pas le mail de nouveau mot de passe de l'espace acheteur. Le
collègue du lycée voisin m'a parlé de Mailinblack, mais chez nous il n'y a
pas Mailinblack, c'est la messagerie académique standard.

Collège Marcel Massot, Digne-les-Bains
0040533H

S. Arnaud, adjoint gestionnaire
"""))

M("missing_noreply_mail", False, "0342385H", OCC, "espace_acheteur", True, "fr",
  "Reply (RE:, In-Reply-To) after the junk-folder answer: checked, sender allowed, still nothing after 48 h; asks to escalate. The template was already sent: a person must follow up.",
  outlook(A("Magali Estève", "magali.esteve@ac-montpellier.fr"),
          "RE: [#SUP-019175] Mail de confirmation non reçu", D("2025-02-10 08:55:47"), """\
Bonjour,

J'ai suivi vos conseils : rien dans les indésirables, j'ai ajouté
l'adresse no-reply aux expéditeurs autorisés et relancé l'envoi vendredi.
Nous sommes lundi et toujours rien. Pouvez-vous transmettre à qui de droit ?

Magali Estève
Lycée professionnel Jean Mermoz, Béziers – 0342385H

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 6 février 2025 14:20
À : Magali Estève <magali.esteve@ac-montpellier.fr>
Objet : [#SUP-019175] Mail de confirmation non reçu

Bonjour,

Vérifiez votre dossier de courriers indésirables et ajoutez l'adresse
d'envoi automatique à vos expéditeurs autorisés. Sans nouvelles de votre
part sous 48 heures, nous reviendrons vers vous.

L'équipe d'assistance
""", via="ac", extra=["In-Reply-To: <SUP-019175.1738848000.61d2a0@assistance.example.fr>",
                      "References: <SUP-019175.1738848000.61d2a0@assistance.example.fr>"]))

M("missing_noreply_mail", True, "0301128N", OCC, "esidoc", False, "fr",
  "The e-sidoc reservation notifications sent from the no-reply address no longer reach the pupils' or the librarian's mailbox.",
  thunderbird(A("Noémie Roussel", "noemie.roussel@ac-montpellier.fr"),
              "Notifications de réservation e-sidoc", D("2025-02-13 13:44:06"), """\
Bonjour,

Depuis le début du mois, les mails automatiques d'e-sidoc (« votre
réservation est disponible ») n'arrivent plus, ni chez les élèves ni sur
ma propre adresse quand je fais le test. Avant, tout fonctionnait.

Collège Diderot, Alès (0301128N)

Merci de regarder,
Noémie Roussel
"""))

M("missing_noreply_mail", True, "0820638Y", OCC, "espace_acheteur", False, "fr",
  "HTML-only desktop Outlook: the structure administrator never receives the 'account to validate' notifications for her colleagues.",
  outlook(A("Véronique Lagarde", "veronique.lagarde@ac-toulouse.fr"),
          "Notifications de validation de comptes", D("2025-02-18 10:30:12"), "",
          via="ac", html_only=True, html="""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Bonjour,</p>
<p class="MsoNormal">Je suis administratrice de la structure sur l’espace acheteur pour le lycée professionnel Jean de Prades (Castelsarrasin, 0820638Y).</p>
<p class="MsoNormal">Deux collègues m’ont dit avoir demandé un compte il y a plus d’une semaine, mais je n’ai <u>jamais</u> reçu le mail automatique qui me demande de valider leur inscription.</p>
<p class="MsoNormal">Est-il possible de vérifier l’envoi&nbsp;?</p>
<p class="MsoNormal">Merci,</p>
<p class="MsoNormal">V. Lagarde – Adjointe gestionnaire</p>
</div></body></html>
"""))

M("missing_noreply_mail", True, "0460531C", OCC, "espace_acheteur", False, "fr",
  "Samsung phone (base64 text and HTML): the new-password mail for the Espace Acheteur never arrives; UAI in the body.",
  samsung(A("Hervé Lacombe", "herve.lacombe@ac-toulouse.fr"),
          "Mail mot de passe jamais arrivé", D("2025-02-20 07:18:55"), """\
Bonjour, j'ai demandé un nouveau mot de passe pour l'espace acheteur hier soir et ce matin, rien reçu. Rien dans les spams non plus. Collège Olivier de Magny Cahors 0460531C. Merci

Envoyé depuis mon smartphone Samsung Galaxy.
"""))

M("missing_noreply_mail", True, None, OCC, "espace_acheteur", False, "fr",
  "Outlook forward ('TR:') of a colleague's message: her Espace Acheteur account was validated but the first-login mail never came. No UAI; region from the ac-toulouse.fr sender.",
  outlook(A("Philippe Rouquette", "philippe.rouquette@ac-toulouse.fr"),
          "TR: compte validé mais pas de mail", D("2025-02-24 09:03:27"), """\
Bonjour,

Je vous transfère le message de ma collègue, arrivée au service
d'intendance pendant les vacances. Son compte apparaît bien comme validé
dans l'espace acheteur (c'est moi qui l'ai validé) mais elle n'a jamais
reçu le mail pour définir son mot de passe.

Philippe Rouquette, gestionnaire

De : Inès Falcou <ines.falcou@ac-toulouse.fr>
Envoyé : vendredi 21 février 2025 16:47
À : Philippe Rouquette <philippe.rouquette@ac-toulouse.fr>
Objet : compte validé mais pas de mail

Philippe, tu m'as bien validée ? je n'ai toujours rien reçu pour me
connecter, ni dans la boîte ni dans les indésirables. Bon week-end, Inès
""", via="ac"))

M("missing_noreply_mail", True, "6200128V", CORSE, "espace_acheteur", False, "fr",
  "Sign-up confirmation for the Espace Acheteur never received, junk folder checked; Corse-du-Sud UAI.",
  zimbra(A("Dominique Ceccaldi", "dominique.ceccaldi@ac-corse.fr"),
         "Inscription espace acheteur - pas de mail de confirmation",
         D("2025-02-11 15:16:34"), """\
Bonjour,

Je me suis inscrit hier sur l'espace acheteur pour le collège de
Porto-Vecchio (UAI 6200128V). Aucun mail de confirmation n'est arrivé, et
j'ai regardé dans le dossier spam.

Merci de votre aide.

D. Ceccaldi
Gestionnaire
"""))

M("missing_noreply_mail", False, "0310917D", OCC, "espace_acheteur", True, "fr",
  "Two topics: the activation mail never came (main) and who is the structure's administrator (account_creation, needs a look-up); one template would answer only half.",
  thunderbird(A("Elodie Ginestet", "elodie.ginestet@ac-toulouse.fr"),
              "Pas de mail d'activation + administrateur ?", D("2025-02-04 16:02:19"), """\
Bonjour,

Je n'ai jamais reçu le mail d'activation de mon compte espace acheteur
(demande faite il y a 10 jours).

Au passage, pouvez-vous me dire qui est l'administrateur de notre
structure ? Personne ici ne le sait et il faudrait qu'il valide aussi le
compte de ma collègue.

Lycée professionnel Gallieni, Toulouse – 0310917D

Elodie Ginestet
"""))

M("missing_noreply_mail", True, "0312914Z", OCC, "espace_acheteur", False, "fr",
  "Asked three times for the new-password mail of the Espace Acheteur; nothing arrives. UAI in the body.",
  zimbra(A("Gilles Pradel", "gilles.pradel@ac-toulouse.fr"),
         "Aucun mail reçu après 3 demandes", D("2025-02-26 11:49:58"), """\
Bonjour,

Trois demandes de réinitialisation depuis ce matin sur l'espace acheteur,
zéro mail reçu. Le site me dit pourtant que c'est envoyé.
Lycée professionnel de Saint-Gaudens, 0312914Z.

Cordialement,
G. Pradel
"""))

M("missing_noreply_mail", True, "0341952M", OCC, "espace_acheteur", True, "fr",
  "Suspects the académie's mail filter ('un filtre du rectorat ?') without naming any product: missing_noreply_mail, not mailinblack_spam.",
  roundcube(A("Fanny Roque", "fanny.roque@ac-montpellier.fr"),
            "Vos mails automatiques bloqués ?", D("2025-02-12 10:11:40"), """\
Bonjour,

Aucun des mails automatiques de l'espace acheteur (confirmation, mot de
passe) n'arrive sur nos adresses académiques, alors que ma collègue les
reçoit sur son adresse perso. Y a-t-il un filtre du rectorat qui les
bloque ? Je ne sais pas quel anti-spam est utilisé chez nous.

Collège Les Escholiers de la Mosson, Montpellier – UAI 0341952M

Fanny Roque
""", via="ac"))

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
  "English: bursar's assistant at a private school never received the mail to confirm the buyer-space account; no UAI, non-academic sender.",
  outlook(A("Tom Fairbairn", "t.fairbairn@cours-bastide-aix.example.fr"),
          "Confirmation email not received", D_utc("2025-02-19 09:45:10"), """\
Hello,

We signed up for the buyer space (Espace Acheteur) on Monday for the Cours
Bastide in Aix-en-Provence. We were told a confirmation email would
follow, but nothing has reached us so far, in the inbox or in junk.

Could you check and resend it please?

Best regards,
Tom Fairbairn
Bursar's Assistant
""", lang="en-GB"))

M("missing_noreply_mail", True, None, OCC, "espace_acheteur", True, "fr",
  "Desktop Outlook, quoted-printable: the new-password mail never arrives. The signature gives 0661213B: wrong check letter (the digits give 0661213K), so no UAI; region from the ac-montpellier.fr sender.",
  outlook(A("Rosa Martínez", "rosa.martinez@ac-montpellier.fr"),
          "Mail de réinitialisation", D("2025-02-17 14:27:36"), """\
Bonjour,

Depuis vendredi je demande un nouveau mot de passe pour l'espace acheteur
et le message annoncé n'arrive jamais (ni en réception ni en
indésirables). Merci de vérifier de votre côté.

Rosa Martínez
Secrétariat d'intendance
Lycée professionnel Rosa Luxemburg – Canet-en-Roussillon
RNE 0661213B
""", via="ac"), typos=("0661213B",))

M("missing_noreply_mail", True, "0050391Y", PACA, "esignature", True, "fr",
  "The e-signature service's mail (from its no-reply address) with the convention to sign never arrived: an automatic mail missing. About a convention, but not access to contract documents.",
  thunderbird(A("Jacques Ollivier", "ce.0050391Y@ac-aix-marseille.fr"),
              "Convention à signer - mail non reçu", D("2025-02-06 11:57:03"), """\
Bonjour,

On nous annonce par téléphone que la convention d'adhésion 2025 nous a été
envoyée pour signature électronique le 3 février. Aucun mail du service de
signature n'est arrivé sur cette adresse (ni dans les indésirables).

Pourriez-vous faire renvoyer la notification ?

J. Ollivier
Secrétaire général
Lycée professionnel Alpes et Durance – Embrun
"""))

# ================================================================ head_of_establishment_request

M("head_of_establishment_request", False, "6200047G", CORSE, "esidoc", False, "fr",
  "The principal writes from the establishment's ce.<UAI> address and asks to replace the contact address of the e-sidoc administrator account.",
  zimbra(A("Principal Collège Fesch", "ce.6200047G@ac-corse.fr"),
         "Changement de l'adresse de contact du compte e-sidoc", D("2025-02-04 10:44:21"), """\
Madame, Monsieur,

En ma qualité de principal du collège Fesch d'Ajaccio (UAI 6200047G), je
vous demande de bien vouloir remplacer l'adresse de contact associée au
compte administrateur e-sidoc de l'établissement.

L'adresse actuelle est celle de Mme Leca, professeure documentaliste
mutée en janvier. La nouvelle adresse à enregistrer est celle de
l'établissement : ce.6200047G@ac-corse.fr.

Je vous remercie de votre diligence.

Antoine Mariani
Principal
"""))

M("head_of_establishment_request", False, "0061739H", PACA, "espace_acheteur", False, "fr",
  "The proviseur names a new structure administrator on the Espace Acheteur (the gestionnaire left) and asks to close the former one's access.",
  thunderbird(A("Proviseur LP Les Palmiers", "ce.0061739H@ac-nice.fr"),
              "Désignation d'un nouvel administrateur - espace acheteur",
              D("2025-02-03 08:49:15"), """\
Bonjour,

Mme Sandrine Ferri, gestionnaire du lycée, a quitté l'établissement le
31 janvier. Je désigne M. Kevin Tosello, adjoint gestionnaire
(kevin.tosello@ac-nice.fr), comme nouvel administrateur de notre
structure sur l'espace acheteur, et vous demande de fermer les accès de
Mme Ferri.

Lycée professionnel Les Palmiers – Nice – UAI 0061739H

Christian Baldacci
Proviseur
"""))

M("head_of_establishment_request", False, "0133586C", PACA, "esidoc", False, "fr",
  "The principal authorises the e-sidoc renewal order in writing and attaches the signed bon d'engagement (PDF).",
  outlook(A("Principale Collège Longchamp", "ce.0133586C@ac-aix-marseille.fr"),
          "Autorisation de commande - renouvellement e-sidoc", D("2025-02-05 15:31:48"), """\
Bonjour,

Je vous confirme mon accord pour le renouvellement de l'abonnement e-sidoc
du collège Longchamp (Marseille, UAI 0133586C) pour 2025, selon le devis
transmis par notre professeure documentaliste.

Vous trouverez ci-joint le bon d'engagement signé.

Bien cordialement,

Mme Hélène Sauvaire
Principale
""", via="ac", attachments=[("BE_2025-014_signe.pdf", "application/pdf", fake_pdf("BE 2025-014"))]))

M("head_of_establishment_request", False, "0831955Z", PACA, "esidoc", False, "fr",
  "The principal confirms from his iPhone (personal academic address, not the ce. one), above the quoted request of his librarian, that the reset may be done. Apple quote style.",
  iphone(A("Jean-Marc Ravel", "jean-marc.ravel@ac-nice.fr"),
         "Re: Demande de réinitialisation e-sidoc", D("2025-02-07 18:22:10"), """\
Bonjour,
Je confirme, vous pouvez réinitialiser le mot de passe comme demandé par Mme Bonifay.
JM Ravel
Principal du collège Jean Giono, Le Beausset

Envoyé de mon iPhone

> Le 7 févr. 2025 à 16:05, Nathalie Bonifay <nathalie.bonifay@ac-nice.fr> a écrit :
>
> Bonjour,
> L'assistance demande que le chef d'établissement confirme par écrit. Pouvez-vous répondre à ce message en confirmant la réinitialisation du mot de passe administrateur e-sidoc du collège (UAI 0831955Z) ? Merci !
> Nathalie
""", extra=["Cc: " + A("Nathalie Bonifay", "nathalie.bonifay@ac-nice.fr")]))

M("head_of_establishment_request", False, "0111046C", OCC, "esidoc", True, "fr",
  "Claims to be the proviseure, from the ce.<UAI> address, but SPF and DMARC fail, Reply-To is a free-mail address, and she asks to move the e-sidoc admin address to that address: a probable spoof. Still a head-of-establishment request for the queue, where staff should refuse it.",
  webmail(A("Proviseure LP Charles Cros", "ce.0111046C@ac-montpellier.fr"),
          "URGENT - changement adresse administrateur", D("2025-02-16 23:14:09"), """\
Bonjour,

Je suis la proviseure du lycée professionnel Charles Cros de Carcassonne
(0111046C). Suite à un piratage de notre messagerie, merci de remplacer
immédiatement l'adresse de l'administrateur e-sidoc par :
direction.lpcros@gmail.example.fr
et de m'envoyer le nouveau mot de passe à cette adresse.

C'est urgent, merci de traiter ce soir.

La Proviseure
""", extra=["Reply-To: direction.lpcros@gmail.example.fr"], via="school",
          mailer="Mail for Windows", return_path="bounce-7731@bulk-relay.example.fr",
          auth={"dkim": "none", "spf": "fail", "dmarc": "fail"}))

M("head_of_establishment_request", False, "0130428V", PACA, "esidoc", True, "fr",
  "The body gives 0130428B (wrong check letter) but the sender address ce.0130428V@ac-aix-marseille.fr carries the valid UAI, which is the label. The principal asks to change the administrator's address.",
  zimbra(A("Direction Collège Château-Forbin", "ce.0130428V@ac-aix-marseille.fr"),
         "Compte administrateur portail documentaire", D("2025-02-25 09:17:33"), """\
Bonjour,

Je vous prie de bien vouloir remplacer l'adresse de l'administrateur du
portail e-sidoc du collège Château-Forbin (UAI 0130428B) par celle de
notre nouvelle documentaliste, Mme Pauline Nicolaï
(pauline.nicolai@ac-aix-marseille.fr), arrivée ce lundi.

Cordialement,

Le principal,
Raphaël Gasquet
"""), typos=("0130428B",))

M("head_of_establishment_request", False, "0831062D", PACA, "esidoc", False, "fr",
  "HTML-only Outlook letter: the principal asks for a password reset so that the librarian who left in anger loses access, the link to go to the school's address.",
  outlook(A("Principal Collège Font-Pré", "ce.0831062D@ac-nice.fr"),
          "Demande de réinitialisation - accès CDI", D("2025-02-12 11:40:05"), "",
          via="ac", html_only=True, html="""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Madame, Monsieur,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Un professeur documentaliste contractuel a quitté le collège Font-Pré (Toulon) le 7 février dans des conditions difficiles. Il conserve à ce jour les codes d’administration du portail e-sidoc.</p>
<p class="MsoNormal">En tant que chef d’établissement, je vous demande de réinitialiser dès que possible le mot de passe administrateur et d’envoyer le lien à l’adresse officielle de l’établissement, <a href="mailto:ce.0831062D@ac-nice.fr">ce.0831062D@ac-nice.fr</a>.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Je vous remercie de votre réactivité.</p>
<p class="MsoNormal"><b>Frédéric Lantéri</b><br>Principal – Collège Font-Pré</p>
</div></body></html>
"""))

M("head_of_establishment_request", False, "0061205C", PACA, "espace_acheteur", False, "en",
  "English: the head of a private international school under contract names a new buyer-space administrator and asks to remove the former one's rights.",
  outlook(A("Dr Eleanor Grant", "head@international-school-riviera.example.fr"),
          "Change of administrator - buyer space", D_utc("2025-02-10 13:12:50"), """\
Dear Sir or Madam,

As Head of School at the International School of the Riviera (UAI
0061205C), I am writing to appoint Mr Julien Amar, our new bursar
(j.amar@international-school-riviera.example.fr), as the administrator of
our account on the buyer space.

Please remove the administrator rights of Mrs Paola Rinaldi, who left the
school at the end of January.

Yours faithfully,

Dr Eleanor Grant
Head of School
""", lang="en-GB"))

M("head_of_establishment_request", False, "0342716T", OCC, "esidoc", False, "fr",
  "Reply (Zimbra 'Mail original' quote, RE:, In-Reply-To) in which the proviseur gives the written request the desk asked for: reset and new contact address for the e-sidoc admin account.",
  zimbra(A("Proviseur LP Jules Ferry", "ce.0342716T@ac-montpellier.fr"),
         "RE: [#SUP-019240] Accès administrateur e-sidoc", D("2025-02-11 17:05:26"), """\
Bonjour,

Comme demandé, je confirme par la présente ma demande de réinitialisation
du mot de passe administrateur e-sidoc du lycée professionnel Jules Ferry
de Montpellier, et le remplacement de l'adresse de contact par celle de
l'établissement (ce.0342716T@ac-montpellier.fr).

Éric Valette, proviseur

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "pauline marchal" <pauline.marchal@ac-montpellier.fr>
Envoyé: Lundi 10 Février 2025 15:32:18
Objet: [#SUP-019240] Accès administrateur e-sidoc

Bonjour,

L'adresse enregistrée pour votre établissement n'est plus valide. Pour
des raisons de sécurité, le chef d'établissement doit nous adresser la
demande par écrit, depuis l'adresse officielle de l'établissement.

Cordialement,
L'équipe d'assistance
""", extra=["Cc: " + A("Pauline Marchal", "pauline.marchal@ac-montpellier.fr"),
            "In-Reply-To: <SUP-019240.1739197938.1f8e3b@assistance.example.fr>",
            "References: <SUP-019240.1739197938.1f8e3b@assistance.example.fr>"]))

M("head_of_establishment_request", False, "0340517C", OCC, "esidoc", False, "fr",
  "A primary-school head (directrice d'école) asks, from the school's ce. address, to replace the contact address of the e-sidoc admin account with the school's address.",
  webmail(A("Ecole élémentaire Jean Macé", "ce.0340517C@ac-montpellier.fr"),
          "Modification adresse compte BCD", D("2025-02-14 12:31:17"), """\
Bonjour,

Je suis directrice de l'école élémentaire Jean Macé à Lunel (0340517C).
Le compte administrateur du portail de notre BCD est encore rattaché à
l'adresse personnelle de l'ancienne directrice. Je vous demande de le
rattacher à l'adresse de l'école (celle d'où j'écris).

Merci,
Sophie Carrière, directrice
""", via="ac", mailer="Horde Application Framework 5"))

M("head_of_establishment_request", False, "0311702G", OCC, "esidoc", False, "fr",
  "Long formal letter from the principal: closes the access of the librarian who left in January and designates the new one as e-sidoc administrator.",
  thunderbird(A("Principal Collège Pierre-Paul Riquet", "ce.0311702G@ac-toulouse.fr"),
              "Changement d'administrateur du portail e-sidoc", D("2025-02-03 16:52:40"), """\
Madame, Monsieur,

Mme Claire Dumas, professeure documentaliste du collège Pierre-Paul
Riquet de Saint-Orens-de-Gameville (UAI 0311702G), a été placée en congé
longue durée à compter du 20 janvier 2025. Elle était jusqu'ici la seule
administratrice de notre portail e-sidoc.

M. Thomas Alquier, professeur documentaliste qui assure son remplacement
depuis le 3 février, doit pouvoir administrer le portail dans les
meilleurs délais, en particulier pour préparer les actions du Printemps
des poètes avec les classes de 6e.

En conséquence, je vous demande :
- de désactiver les accès administrateur de Mme Dumas ;
- de désigner M. Alquier (thomas.alquier@ac-toulouse.fr) comme
  administrateur du portail.

Je reste à votre disposition pour toute pièce complémentaire.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations
distinguées.

Laurent Ségura
Principal
"""))

M("head_of_establishment_request", False, "0810932Y", OCC, "esidoc", True, "fr",
  "The principal asks for the e-sidoc admin reset and a new contact address (main request), with a PS about when the last invoice will arrive: still a head-of-establishment request.",
  zimbra(A("Principale Collège Jean Jaurès", "ce.0810932Y@ac-toulouse.fr"),
         "Demande de la principale - compte e-sidoc", D("2025-02-26 10:03:55"), """\
Bonjour,

En tant que principale du collège Jean Jaurès de Castres (0810932Y), je
vous demande de réinitialiser le mot de passe administrateur de notre
portail e-sidoc et d'enregistrer désormais l'adresse de l'établissement
comme adresse de contact.

PS : notre gestionnaire me signale aussi que la facture du dernier
renouvellement n'est toujours pas arrivée, mais elle vous écrira à part.

Cordialement,
Marie-Pierre Alibert
Principale
"""))

M("head_of_establishment_request", False, "0820638Y", OCC, "espace_acheteur", False, "fr",
  "Outlook for Android (base64): the proviseur delegates the validation of Espace Acheteur orders to the gestionnaire in writing.",
  outlook_mobile(A("Proviseur LP Jean de Prades", "ce.0820638Y@ac-toulouse.fr"),
                 "Délégation validation des commandes", D("2025-02-13 07:41:12"), """\
Bonjour,

Je délègue à Mme Véronique Lagarde, adjointe gestionnaire, la validation
des commandes de l'établissement sur l'espace acheteur, à compter de ce
jour et jusqu'à la fin de l'année scolaire.

Lycée professionnel Jean de Prades, Castelsarrasin – UAI 0820638Y

Alain Bousquet, proviseur

Obtenir Outlook pour Android
""", via="ac"))

# ================================================================ mailinblack_spam

M("mailinblack_spam", True, None, OCC, None, False, "fr",
  "Two lines from a phone: the desk's mails are blocked by Mailinblack; no UAI, no platform named. Region from the ac-montpellier.fr sender.",
  iphone(A("Cyril Bouzigues", "cyril.bouzigues@ac-montpellier.fr"), "Mailinblack",
         D("2025-02-05 07:58:44"), """\
Bjr vos mails sont bloqués par mailinblack chez nous, on fait comment ? Merci

Envoyé de mon iPhone
"""))

M("mailinblack_spam", True, "0132741J", PACA, "espace_acheteur", False, "fr",
  "The Région's IT technician asks which sender addresses and domains to allow-list in MailInBlack for the Espace Acheteur mails of a collège.",
  outlook(A("Mehdi Saïdi", "m.saidi@maregionsud.example.fr"),
          "Liste blanche MailInBlack - collège Rosa Parks", D_utc("2025-02-11 10:26:08"), """\
Bonjour,

Je suis technicien de proximité pour la Région sur le secteur de
Marseille nord. Le collège Rosa Parks (UAI 0132741J) utilise MailInBlack
et les gestionnaires ne reçoivent pas les mails de l'espace acheteur.

Pouvez-vous me communiquer la liste exacte des adresses d'expédition
(et si possible les domaines / IP) à ajouter en liste blanche ?

Cordialement,

Mehdi Saïdi
Technicien informatique – Direction des lycées et collèges numériques
"""))

M("mailinblack_spam", False, "0062418W", PACA, "espace_acheteur", True, "fr",
  "Describes a sender-authentication challenge ('l'expéditeur doit cliquer pour prouver qu'il est humain') without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person should check before sending the guide.",
  zimbra(A("Aurore Cavallo", "aurore.cavallo@ac-nice.fr"), "Nouveau filtre de messagerie",
         D("2025-02-24 14:12:37"), """\
Bonjour,

Depuis les vacances, notre établissement a un nouveau système de filtrage :
quand un expéditeur inconnu nous écrit, il reçoit un message lui demandant
de cliquer sur un lien pour prouver qu'il est un humain, sinon son mail
reste bloqué. Je suppose que votre adresse no-reply ne peut pas le faire,
parce que je ne reçois plus rien de l'espace acheteur.

Que faut-il faire ?

Collège Port Lympia, Nice – 0062418W
Aurore Cavallo, gestionnaire
"""))

M("mailinblack_spam", True, "0831487R", PACA, "espace_acheteur", False, "en",
  "English: the school's Mailinblack quarantine holds the buyer-space mails from the no-reply address; asks how to allow them permanently.",
  gmail(A("Olivia Brennan", "olivia.brennan@ac-nice.fr"),
        "Emails held in Mailinblack quarantine", D("2025-02-12 09:14:30"), """\
Hello,

I'm an assistant at Collège Les Eucalyptus in Hyères (UAI 0831487R) and I
help the bursar with the buyer space. Our school uses Mailinblack, and
every message from your no-reply address ends up in the Mailinblack
quarantine. I can release them one by one, but is there a way to allow
them for good?

Thanks,
Olivia
""", via="ac"))

M("mailinblack_spam", False, "0120954X", OCC, "espace_acheteur", True, "fr",
  "Two topics: activation mail held by MailInBlack (main) and a missing invoice for the December order (order_billing); one template would answer only half.",
  thunderbird(A("Nicolas Bessière", "nicolas.bessiere@ac-toulouse.fr"),
              "MailInBlack + facture décembre", D("2025-02-19 11:33:02"), """\
Bonjour,

1. Le mail d'activation de mon compte espace acheteur est retenu par
MailInBlack (je vois « en attente » dans l'interface mais je n'ai pas les
droits pour le libérer).

2. Sans rapport : nous n'avons jamais reçu la facture de la commande du
12 décembre, l'agent comptable la réclame.

Lycée professionnel La Roque, Rodez – 0120954X

N. Bessière
"""))

M("mailinblack_spam", True, "0320426P", OCC, "espace_acheteur", True, "fr",
  "Reply (Gmail quote) to the desk's junk-folder answer: their IT now says MailInBlack is blocking; the MailInBlack guide is now the right answer.",
  gmail(A("Sabine Dupuy", "sabine.dupuy@ac-toulouse.fr"),
        "Re: [#SUP-019096] Mail d'activation non reçu", D("2025-02-04 10:58:21"), """\
Bonjour,

Rien dans les indésirables, mais notre informaticien a trouvé : c'est
MailInBlack qui bloque vos messages. Il me dit de vous demander la
procédure pour vous autoriser.

Sabine Dupuy
Collège Salvandy, Auch – 0320426P

Le ven. 31 janv. 2025 à 16:20, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Merci de vérifier votre dossier de courriers indésirables et d'ajouter
> l'adresse no-reply de la plateforme à vos expéditeurs autorisés.
>
> L'équipe d'assistance
""", via="ac", extra=["In-Reply-To: <SUP-019096.1738336800.4ea7b1@assistance.example.fr>",
                      "References: <SUP-019096.1738336800.4ea7b1@assistance.example.fr>"]))

M("mailinblack_spam", True, "0050127L", PACA, None, False, "fr",
  "Product spelled 'mail in black', no accents, typos, typed on a phone.",
  samsung(A("Kevin Roux", "kevin.roux2@ac-aix-marseille.fr"), "vos mail bloquer",
          D("2025-02-27 13:40:51"), """\
bonjour vos mail sont bloquer par mail in black au lycee, jai demander a
liberer mais ca revient a chaque fois. lp Sevigne Gap 0050127L
merci de me dire quoi faire

Envoyé depuis mon smartphone Samsung Galaxy.
"""))

M("mailinblack_spam", True, "0840265G", PACA, "espace_acheteur", False, "fr",
  "A person forwards the daily MailInBlack quarantine report (machine text) and asks whether the held no-reply messages can be released safely; the outer message is a real question.",
  outlook(A("Laurence Bonnefoy", "laurence.bonnefoy@ac-aix-marseille.fr"),
          "TR: Rapport quotidien - messages en attente", D("2025-02-10 08:21:47"), """\
Bonjour,

Je reçois ce rapport tous les matins. Les messages de l'espace acheteur y
sont tous. Est-ce que je peux les libérer sans risque et comment éviter
qu'ils soient bloqués à l'avenir ?

Laurence Bonnefoy
Intendance – Collège Anne Frank, Morières-lès-Avignon (0840265G)

De : Mailinblack <no-reply@protect.mailinblack.example.fr>
Envoyé : lundi 10 février 2025 07:00
À : laurence.bonnefoy@ac-aix-marseille.fr
Objet : Rapport quotidien - 3 messages en attente

Mailinblack Protect – Vos messages en attente

Les expéditeurs suivants n'ont pas encore été authentifiés :

  no-reply@plateforme.assistance.example.fr  Activation de votre compte   09/02 18:02
  no-reply@plateforme.assistance.example.fr  Nouveau mot de passe        09/02 18:15
  newsletter@editions-du-mistral.example.fr  Février au CDI              04/02 10:00

Pour délivrer un message, cliquez sur « Délivrer » dans votre espace
Mailinblack.
""", via="ac"))

M("mailinblack_spam", True, "0310385A", OCC, "espace_acheteur", False, "fr",
  "HTML-only Outlook message: the Département installed Mailinblack Protect during the holidays and the buyer-space mails are now held.",
  outlook(A("Christelle Rivière", "christelle.riviere@ac-toulouse.fr"),
          "Mailinblack Protect et vos mails", D("2025-02-24 16:05:30"), "",
          via="ac", html_only=True, html="""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Bonjour,</p>
<p class="MsoNormal">Le Département a profité de la première semaine des vacances pour installer <b>Mailinblack Protect</b> sur la messagerie du collège. En passant ce matin, j’ai constaté que plus aucun mail de l’espace acheteur ne nous parvient directement&nbsp;: ils restent en attente.</p>
<p class="MsoNormal">Auriez-vous une procédure à transmettre au service informatique du Département&nbsp;?</p>
<p class="MsoNormal">Collège Bellevue, Toulouse – UAI 0310385A</p>
<p class="MsoNormal">Merci,<br>Christelle Rivière, gestionnaire</p>
</div></body></html>
"""))

M("mailinblack_spam", True, "7200457J", CORSE, "espace_acheteur", True, "fr",
  "Contrast: 'ce n'est pas dans les indésirables, c'est MailInBlack qui les garde' -- not the junk-folder case; Haute-Corse UAI.",
  zimbra(A("Joseph Albertini", "joseph.albertini@ac-corse.fr"),
         "Mails de la plateforme retenus", D("2025-02-13 10:37:19"), """\
Bonjour,

J'ai lu votre FAQ : ce n'est pas dans les indésirables, j'ai vérifié.
C'est MailInBlack qui garde vos messages (activation et mot de passe) dans
sa quarantaine et je n'ai pas la main pour les libérer.

Lycée professionnel de Montesoro, Bastia – 7200457J

Joseph Albertini
"""))

M("mailinblack_spam", True, "0660891K", OCC, "espace_acheteur", False, "fr",
  "Activation mails wait in MailInBlack; the Région administers the filter and the gestionnaire cannot release them herself.",
  roundcube(A("Mireille Sagols", "mireille.sagols@ac-montpellier.fr"),
            "Mails d'activation bloqués (MailInBlack)", D("2025-02-06 14:50:06"), """\
Bonjour,

Les mails d'activation de l'espace acheteur sont en attente dans
MailInBlack. C'est la Région qui administre le filtre, je ne peux pas les
débloquer moi-même. Que dois-je leur demander exactement ?

Lycée professionnel Le Bosquet, Prades – 0660891K

Mireille Sagols
""", via="ac"))

M("mailinblack_spam", True, None, None, "espace_acheteur", True, "fr",
  "UAI in the subject typed 0310385B: wrong check letter (the digits give 0310385A), so no UAI; personal address, so no region. Mails held by Mailinblack.",
  gmail(A("Anthony Mas", "anthony.mas31@gmail.example.fr"),
        "Mailinblack bloque vos mails - clg 0310385B", D("2025-02-25 19:22:48"), """\
Bonsoir,

Je vous écris de ma boîte perso car au collège Mailinblack bloque tous les
mails de l'espace acheteur (activation, mot de passe). Vous avez une
procédure pour le faire autoriser ?

Anthony Mas, AED intendance
"""), typos=("0310385B",))

# ================================================================ order_billing

M("order_billing", False, "0131809W", PACA, "esidoc", False, "fr",
  "Asks for a formal quote (devis) for the e-sidoc renewal, needed before the bon d'engagement.",
  zimbra(A("Régine Fabre", "regine.fabre@ac-aix-marseille.fr"), "Demande de devis renouvellement",
         D("2025-02-04 14:05:17"), """\
Bonjour,

Pourriez-vous nous adresser un devis pour le renouvellement de
l'abonnement e-sidoc du lycée professionnel La Calade (Marseille, UAI
0131809W) pour l'année 2025 ? Il nous faut le devis pour établir le bon
d'engagement avant le vote du budget rectificatif.

Merci,
Régine Fabre
Secrétariat d'intendance
"""))

M("order_billing", False, "0340941N", OCC, "esidoc", False, "fr",
  "Invoice not yet deposited on Chorus Pro; the accounting officer needs it before closing the financial account at the end of February.",
  thunderbird(A("Laurent Maurel", "laurent.maurel@ac-montpellier.fr"), "Facture Chorus Pro",
              D("2025-02-17 09:12:40"), """\
Bonjour,

La facture du renouvellement e-sidoc (commande de novembre) n'a toujours
pas été déposée sur Chorus Pro. Notre agent comptable doit arrêter le
compte financier d'ici la fin du mois et me la réclame.

Collège Louis Feuillade, Lunel – UAI 0340941N
SIRET sur demande.

Pouvez-vous faire le nécessaire ?

Laurent Maurel, gestionnaire
"""))

M("order_billing", False, "7200062E", CORSE, "esidoc", False, "fr",
  "Asks whether the invoice can be paid by mandat administratif and for the bank details (RIB).",
  webmail(A("Agent comptable LP Finosello", "ce.7200062E@ac-corse.fr"), "Règlement facture - RIB",
          D("2025-02-10 11:48:06"), """\
Bonjour,

Nous allons régler par mandat administratif la facture de l'abonnement
e-sidoc du lycée. Pouvez-vous nous transmettre votre RIB (au format PDF,
à l'en-tête de la société) pour la création du tiers ?

Cordialement,
L'agence comptable
""", via="ac", mailer="Horde Application Framework 5"))

M("order_billing", False, "0061957V", PACA, "espace_acheteur", False, "fr",
  "The saved basket disappeared during the holidays; asks whether it can be restored before ordering.",
  iphone(A("Jessica Moreau", "jessica.moreau@ac-nice.fr"), "Panier disparu",
         D("2025-02-24 10:33:52"), """\
Bonjour

J'avais préparé un panier sur l'espace acheteur avant les vacances (une trentaine de lignes de fournitures), je l'avais enregistré. Ce matin il n'y a plus rien. Est-ce qu'on peut le récupérer ?

Collège Jules Romains Nice 0061957V
Jessica Moreau

Envoyé de mon iPhone
"""))

M("order_billing", False, "0811093Y", OCC, "espace_acheteur", True, "fr",
  "Two topics: the invoice for the January order carries the wrong amount (main) and a convention is missing from 'Mes marchés' (contract_documents).",
  outlook(A("Thomas Vergnes", "thomas.vergnes@ac-toulouse.fr"), "Facture erronée + convention",
          D("2025-02-06 15:40:21"), """\
Bonjour,

La facture de notre commande du 14 janvier (fournitures de bureau) fait
apparaître 2 cartons de papier en trop : 412,80 € au lieu de 338,40 €.
Merci de nous envoyer un avoir ou une facture rectifiée.

Par ailleurs, la convention d'adhésion 2025 n'apparaît pas dans « Mes
marchés ». Est-ce normal ?

Lycée professionnel Toulouse-Lautrec, Albi – UAI 0811093Y

Thomas Vergnes
""", via="ac"))

M("order_billing", False, None, None, "esidoc", False, "en",
  "English: the bursar's assistant of an international school asks to address the invoices to the accounting department from now on; no UAI, non-academic sender.",
  outlook(A("Grace Mulligan", "g.mulligan@montpellier-international-school.example.fr"),
          "Invoice address", D_utc("2025-02-05 11:02:38"), """\
Good morning,

Could you please send all future invoices for our library portal
subscription to our accounting department (accounts@montpellier-
international-school.example.fr) rather than to the librarian? The last
invoice sat in her inbox during the holidays and we nearly paid it late.

Many thanks,
Grace Mulligan
Bursar's Office
""", lang="en-GB"))

M("order_billing", False, "0300945P", OCC, "espace_acheteur", False, "fr",
  "The bon d'engagement upload fails at order validation ('fichier trop volumineux'); PDF attached.",
  thunderbird(A("Pierre-Yves Gleize", "pierre-yves.gleize@ac-montpellier.fr"),
              "Impossible de joindre le bon d'engagement", D("2025-02-12 16:17:04"), """\
Bonjour,

Au moment de valider la commande sur l'espace acheteur, le dépôt du bon
d'engagement échoue avec le message « fichier trop volumineux » alors que
le PDF fait 1,2 Mo. Je vous le joins : pouvez-vous le rattacher à la
commande ou me dire la taille maximale ?

Collège Jean Rostand, Bagnols-sur-Cèze (0300945P)

P.-Y. Gleize
""", attachments=[("BE_2025_0031.pdf", "application/pdf", fake_pdf("BE 2025 0031"))]))

M("order_billing", False, "0040871A", PACA, "esidoc", True, "fr",
  "HTML-only Outlook (windows-1252 with the euro sign): the invoice amount differs from the signed quote.",
  outlook(A("Marie-Claude Reynaud", "marie-claude.reynaud@ac-aix-marseille.fr"),
          "Écart devis / facture", D("2025-02-20 10:26:45"), "", via="ac",
          html_only=True, charset="windows-1252", html="""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Bonjour,</p>
<p class="MsoNormal">Notre devis du 2 décembre pour le renouvellement e-sidoc s’élevait à <b>865,00 € TTC</b>. La facture reçue hier indique <b>945,00 € TTC</b>.</p>
<p class="MsoNormal">Pouvez-vous nous expliquer cet écart ou nous adresser une facture conforme au devis&nbsp;?</p>
<p class="MsoNormal">Collège Camille Reymond – Château-Arnoux-Saint-Auban – UAI 0040871A</p>
<p class="MsoNormal">Cordialement,</p>
<p class="MsoNormal">Marie-Claude Reynaud<br>Gestionnaire</p>
</div></body></html>
"""))

M("order_billing", False, "0130295A", PACA, "esidoc", True, "fr",
  "Reply (Gmail quote) on an old password thread from November; the new text asks something else: the invoice was received twice, cancel the duplicate.",
  gmail(A("Farid Haddad", "farid.haddad@ac-aix-marseille.fr"),
        "Re: [#SUP-017733] Mot de passe e-sidoc", D("2025-02-13 14:44:09"), """\
Bonjour,

Je reprends ce fil (le mot de passe marche toujours, merci). Nouveau
sujet : nous avons reçu deux fois la même facture (n° FA-25-0412), une
par courrier et une par mail avec un autre numéro (FA-25-0448). Pouvez-
vous annuler le doublon ?

Farid Haddad
Collège Henri Wallon, Marseille – 0130295A

Le jeu. 21 nov. 2024 à 10:12, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
> enregistrée pour votre établissement. Il est valable 12 heures.
>
> L'équipe d'assistance
""", via="ac", extra=["In-Reply-To: <SUP-017733.1732180320.99be01@assistance.example.fr>",
                      "References: <SUP-017733.1732180320.99be01@assistance.example.fr>"]))

M("order_billing", False, "0341433Y", OCC, "espace_acheteur", False, "fr",
  "An order has been stuck in 'en attente de validation' for ten days on the Espace Acheteur; asks who must validate it.",
  zimbra(A("Hélène Granier", "helene.granier@ac-montpellier.fr"), "Commande bloquée en attente de validation",
         D("2025-02-14 09:55:11"), """\
Bonjour,

Notre commande CMD-2025-0217 reste au statut « en attente de validation »
depuis le 4 février. Le fournisseur nous dit qu'il ne l'a pas reçue.
Qui doit la valider, et est-ce qu'elle peut partir avant les vacances ?

Lycée professionnel Charles Alliès, Pézenas – 0341433Y

Hélène Granier
"""))

M("order_billing", False, "0831640G", PACA, "esidoc", True, "fr",
  "Negation: 'ce n'est pas un problème d'abonnement (il est bien actif)'; the invoice is made out to the wrong establishment. order_billing, not subscription_activation.",
  roundcube(A("Christophe Barral", "christophe.barral@ac-nice.fr"), "Facture au mauvais nom",
            D("2025-02-26 15:21:37"), """\
Bonjour,

Ce n'est pas un problème d'abonnement, il est bien actif et les élèves y
accèdent. C'est la facture : elle est libellée au nom du lycée voisin
(LP Golf-Hôtel) au lieu du nôtre. Notre comptable ne peut pas la payer
en l'état.

Merci de la refaire au nom du lycée professionnel Costebelle, Hyères,
UAI 0831640G.

Christophe Barral
""", via="ac"))

# ================================================================ account_creation

M("account_creation", True, "0841735E", PACA, "espace_acheteur", False, "fr",
  "New gestionnaire asks how to create her Espace Acheteur account: the sign-up answer fits.",
  zimbra(A("Amandine Chauvet", "amandine.chauvet@ac-aix-marseille.fr"),
         "Création de compte espace acheteur", D("2025-02-03 13:26:58"), """\
Bonjour,

Je viens d'arriver comme gestionnaire au collège Lou Vignarès du Pontet
(UAI 0841735E). Comment dois-je faire pour créer mon compte sur l'espace
acheteur ?

Merci,
Amandine Chauvet
"""))

M("account_creation", True, "6200371J", CORSE, "espace_acheteur", False, "fr",
  "Filled in the sign-up form, cannot log in: the account is waiting for the structure administrator's validation (FAQ case).",
  samsung(A("Marie-Ange Poli", "marie-ange.poli@ac-corse.fr"), "compte en attente",
          D("2025-02-12 08:10:05"), """\
Bonjour, j'ai rempli le formulaire d'inscription à l'espace acheteur lundi et quand je veux me connecter il me dit "compte en attente de validation". C'est normal ? Collège de Propriano 6200371J. Merci

Envoyé depuis mon smartphone Samsung Galaxy.
"""))

M("account_creation", False, "0134973K", PACA, "espace_acheteur", False, "fr",
  "Asks who the structure's administrator is: needs a look-up, so a person answers.",
  thunderbird(A("Bernard Lopez", "bernard.lopez@ac-aix-marseille.fr"),
              "Qui est l'administrateur de notre structure ?", D("2025-02-05 10:48:30"), """\
Bonjour,

Pour valider mon compte sur l'espace acheteur, le site me dit de
contacter l'administrateur de ma structure. Personne au lycée ne sait qui
c'est (peut-être l'ancien gestionnaire ?). Pouvez-vous me dire qui est
enregistré comme administrateur pour le lycée professionnel Gustave
Eiffel d'Aubagne, UAI 0134973K ?

Bernard Lopez
"""))

M("account_creation", True, "0062839D", PACA, "espace_acheteur", True, "fr",
  "Negation: 'je n'ai pas oublié mon mot de passe, je n'ai jamais eu de compte'. account_creation, not password_reset.",
  gmail(A("Lucie Fabbri", "lucie.fabbri@ac-nice.fr"), "Pas de compte", D("2025-02-18 11:15:43"), """\
Bonjour,

Votre réponse automatique m'explique comment réinitialiser mon mot de
passe, mais je n'ai pas oublié mon mot de passe : je n'ai jamais eu de
compte sur l'espace acheteur ! Je voudrais en créer un.

Collège Maurice Jaubert, Nice – 0062839D
Lucie Fabbri
""", via="ac"))

M("account_creation", False, "0830513G", PACA, "espace_acheteur", False, "fr",
  "The account works; asks for order-management rights to be opened for a new colleague.",
  outlook(A("Sylvain Coste", "sylvain.coste@ac-nice.fr"), "Droits de commande pour une collègue",
          D("2025-02-07 14:59:12"), """\
Bonjour,

Ma collègue Mme Océane Brun (oceane.brun@ac-nice.fr) a un compte sur
l'espace acheteur, mais elle ne voit pas le bouton « commander ».
Pouvez-vous lui ouvrir les droits de gestion des commandes ?

Lycée professionnel Le Beausset – 0830513G

Sylvain Coste, gestionnaire
""", via="ac"))

M("account_creation", False, "0342904X", OCC, "esidoc", False, "fr",
  "The lycée professionnel opened in September and its UAI is not in the list when opening the customer account: the FAQ sends these to the sales team.",
  zimbra(A("Estelle Bonnafous", "estelle.bonnafous@ac-montpellier.fr"),
         "Établissement introuvable à l'inscription", D("2025-02-11 10:09:26"), """\
Bonjour,

Notre lycée professionnel a ouvert à la rentrée de septembre. Quand
j'essaie de créer le compte client pour commander e-sidoc, notre UAI
(0342904X) n'apparaît pas dans la liste des établissements.

Comment pouvons-nous être ajoutés ?

Estelle Bonnafous
Professeure documentaliste
Lycée professionnel de Castelnau-le-Lez
"""))

M("account_creation", True, None, None, "ticket_portal", False, "en",
  "English: a language assistant asks how to create an account on the ticket portal to follow the school's requests; the sign-up answer fits.",
  gmail(A("Liam Forsyth", "liam.forsyth.ela@gmail.example.fr"), "How to create an account?",
        D("2025-02-20 13:38:17"), """\
Hi,

The librarian at my school asked me to follow up our support requests
while she is on leave. How do I create my own account on the ticket
portal? I couldn't find a "sign up" link.

Thanks in advance,
Liam
"""))

M("account_creation", False, None, OCC, "espace_acheteur", True, "fr",
  "Account waiting for validation for three weeks; the only structure administrator is on sick leave: the region must step in. No UAI; region from the ac-toulouse.fr sender.",
  thunderbird(A("Alexandre Rigal", "alexandre.rigal@ac-toulouse.fr"),
              "Compte en attente depuis 3 semaines", D("2025-02-21 15:04:48"), """\
Bonjour,

Mon compte sur l'espace acheteur est « en attente de validation » depuis
le 30 janvier. J'ai compris que c'est l'administrateur de la structure
qui doit valider, mais c'est notre gestionnaire, en arrêt maladie jusqu'à
fin mars, et personne d'autre n'a les droits.

Il faut pourtant que je puisse commander avant la fin du trimestre.
Pouvez-vous valider le compte ou désigner quelqu'un d'autre ?

Alexandre Rigal
Adjoint gestionnaire – collège de Villefranche-de-Lauragais
"""))

M("account_creation", True, "0841078R", PACA, "esidoc", False, "fr",
  "HTML-only Outlook message: a new gestionnaire wants to open the customer account before a first e-sidoc order.",
  outlook(A("Nadège Imbert", "nadege.imbert@ac-aix-marseille.fr"), "Ouverture d'un compte client",
          D("2025-02-26 09:41:02"), "", via="ac", html_only=True, html="""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Bonjour,</p>
<p class="MsoNormal">Nous souhaitons passer notre première commande d’abonnement e-sidoc pour le CDI. Faut-il d’abord ouvrir un compte client, et si oui, où&nbsp;?</p>
<p class="MsoNormal">Collège Voltaire, Sorgues – 0841078R</p>
<p class="MsoNormal">Cordialement,<br>Nadège Imbert, gestionnaire</p>
</div></body></html>
"""))

# ================================================================ subscription_activation

M("subscription_activation", True, "0040194P", PACA, "esidoc", False, "fr",
  "Europresse ordered yesterday, not visible on the portal yet: within the 72-hour window.",
  zimbra(A("Vincent Bertrand", "vincent.bertrand@ac-aix-marseille.fr"), "Europresse pas visible",
         D("2025-02-05 09:20:37"), """\
Bonjour,

Nous avons commandé hier l'abonnement Europresse pour le CDI du collège
Pierre Girardot de Sainte-Tulle (0040194P). La ressource n'apparaît pas
encore sur notre portail. Faut-il faire quelque chose de notre côté ?

Vincent Bertrand
"""))

M("subscription_activation", False, "0301610M", OCC, "esidoc", False, "fr",
  "Ordered three weeks ago, still not active: past the 72-hour rule, a person must look at the order.",
  thunderbird(A("Delphine Aubanel", "delphine.aubanel@ac-montpellier.fr"),
              "Abonnement commandé le 20 janvier toujours inactif", D("2025-02-10 14:02:59"), """\
Bonjour,

Notre abonnement Universalis Junior a été commandé et validé le 20
janvier. Trois semaines plus tard, il est toujours indiqué « inactif »
dans « Mes abonnements » et les élèves n'y ont pas accès.

Collège Jean-Baptiste Dumas, Alès – UAI 0301610M

Pouvez-vous vérifier ?
Delphine Aubanel
"""))

M("subscription_activation", True, "0660224K", OCC, "esidoc", True, "fr",
  "Written by the principal, but he only asks when the ordered subscription will be available: not a head-of-establishment request. Ordered yesterday.",
  zimbra(A("Principal Collège Pierre Moreto", "ce.0660224K@ac-montpellier.fr"),
         "Mise à disposition de l'abonnement", D("2025-02-13 16:30:14"), """\
Bonjour,

J'ai validé hier la commande de l'abonnement Cafeyn pour le CDI du
collège. Pouvez-vous me dire sous quel délai il sera accessible aux
élèves ? Nous voulions l'utiliser dès la rentrée du 3 mars.

Bien cordialement,

Yves Sanchez
Principal du collège Pierre Moreto, Thuir
"""))

M("subscription_activation", True, "0312448T", OCC, "esidoc", False, "fr",
  "How to publish the Universalis resource on the portal so that pupils see it (activation and publication of a resource).",
  roundcube(A("Sarah Benhamou", "sarah.benhamou@ac-toulouse.fr"), "Publier Universalis sur le portail",
            D("2025-02-07 11:53:26"), """\
Bonjour,

Notre abonnement Universalis est actif, je le vois dans « Mes
abonnements », mais je ne sais pas comment le faire apparaître sur la page
d'accueil du portail pour les élèves. Il y a une manipulation à faire ?

Collège Anatole France, Toulouse – 0312448T
Sarah Benhamou
""", via="ac"))

M("subscription_activation", True, "0311039L", OCC, "esidoc", True, "fr",
  "Negation: 'je n'ai pas oublié mon mot de passe, je me connecte très bien'; the resource ordered two days ago is not visible. subscription_activation, not password_reset.",
  gmail(A("Mathieu Cabrol", "mathieu.cabrol@ac-toulouse.fr"), "Ressource invisible (pas un pb de mdp)",
        D("2025-02-19 10:47:11"), """\
Bonjour,

Avant qu'on me renvoie vers la procédure de mot de passe : je n'ai pas
oublié mon mot de passe, je me connecte très bien à l'administration.
Le problème c'est que l'abonnement Lire l'actu commandé lundi n'apparaît
nulle part.

Collège Jean Jaurès, Colomiers – 0311039L
Mathieu
""", via="ac"))

M("subscription_activation", True, "0810781J", OCC, "esidoc", False, "en",
  "English: a language assistant reports that the Cafeyn subscription ordered on Monday is not showing yet (Wednesday): within 72 hours.",
  gmail(A("Chloe Atkinson", "chloe.atkinson@ac-toulouse.fr"), "Cafeyn subscription not showing",
        D("2025-02-12 15:05:50"), """\
Hello,

I'm the English language assistant at Lycée professionnel Le Sidobre in
Castres (0810781J). The librarian ordered a Cafeyn subscription on Monday
so that my students can read English magazines, but it isn't showing on
the school portal yet. Is there anything we need to do?

Thank you!
Chloe
""", via="ac"))

M("subscription_activation", True, "0820091D", OCC, "esidoc", False, "fr",
  "Renewed subscription still shown as expired in 'Mes abonnements'; renewal order validated yesterday.",
  outlook(A("Patricia Delmas", "patricia.delmas@ac-toulouse.fr"), "Abonnement affiché expiré",
          D("2025-02-25 08:37:04"), """\
Bonjour,

Nous avons renouvelé hier notre abonnement e-sidoc (commande validée en
fin de matinée), mais il apparaît toujours comme « expiré » dans « Mes
abonnements ».

Collège Jean Moulin, Montauban – UAI 0820091D

Cordialement,
Patricia Delmas
""", via="ac"))

M("subscription_activation", False, "0121165B", OCC, "esidoc", True, "fr",
  "Two topics: a resource ordered two days ago not visible (main) and a request for a quote for next year (order_billing); one template would answer only half.",
  thunderbird(A("Julien Marty", "julien.marty@ac-toulouse.fr"), "Abonnement + devis",
              D("2025-02-06 13:11:39"), """\
Bonjour,

L'abonnement BDnF commandé mardi n'est pas encore visible sur le portail.

Et pendant que j'y suis : pourriez-vous nous envoyer un devis pour un
abonnement Europresse à partir de septembre ? Le conseil d'administration
vote le budget en mars.

Collège Francis Carco, Villefranche-de-Rouergue – 0121165B

Julien Marty
"""))

M("subscription_activation", True, "0090312R", OCC, "esidoc", False, "fr",
  "One-line phone message: subscription not active yet, order placed this morning.",
  iphone(A("Lise Rumeau", "lise.rumeau@ac-toulouse.fr"), "abonnement", D("2025-02-04 14:22:19"), """\
Bonjour abonnement pas encore actif, commande faite ce matin. Clg Saint-Girons 0090312R. Normal ?
Merci

Envoyé de mon iPhone
"""))

# ================================================================ transfer_incident

M("transfer_incident", False, "0650487B", OCC, "ecoledirecte", False, "fr",
  "Last EcoleDirecte transfer is five days old; parents no longer see grades before the class councils.",
  outlook(A("Sandrine Abadie", "s.abadie@ensemble-jeanne-darc-tarbes.example.fr"),
          "Transferts EcoleDirecte arrêtés", D_utc("2025-02-07 10:31:08"), """\
Bonjour,

Le dernier transfert vers EcoleDirecte date de dimanche. Depuis, les
notes saisies ne remontent plus et les parents ne voient rien, alors que
nos conseils de classe commencent lundi.

Collège Jeanne d'Arc, Tarbes – UAI 0650487B

Merci de votre aide rapide,
Sandrine Abadie
Secrétariat de direction
"""))

M("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "Licence to regenerate after the server was replaced during the winter holidays; transfers stopped.",
  thunderbird(A("Kévin Lopez", "informatique@institution-notre-dame-nimes.example.fr"),
              "Licence à régénérer après changement de serveur", D("2025-02-24 08:16:44"), """\
Bonjour,

Nous avons remplacé le serveur la semaine dernière, en profitant des
vacances. Au redémarrage de
Charlemagne, les transferts vers EcoleDirecte sont refusés avec le
message « licence non valide pour ce poste ». Pouvez-vous régénérer la
licence ?

Kévin Lopez
Informatique – Institution Notre-Dame, Nîmes
""", via="school"))

M("transfer_incident", False, "0131146A", PACA, "ecoledirecte", True, "fr",
  "Asks for 'le mot de passe de maintenance du jour' to run a repair: transfer_incident per the taxonomy, not password_reset.",
  webmail(A("Informatique Lycée Sainte-Marie", "info@lycee-sainte-marie-marseille.example.fr"),
          "Mot de passe du jour", D("2025-02-14 17:48:12"), """\
Bonjour,

Pouvez-vous me communiquer le mot de passe de maintenance du jour ? Je
dois lancer la réparation de la base avant le transfert EcoleDirecte de
ce soir (erreur d'index sur la table des notes).

Lycée professionnel Sainte-Marie, Marseille – 0131146A
""", mailer="Microsoft Outlook 16.0"))

M("transfer_incident", False, "0831199C", PACA, "ecoledirecte", False, "fr",
  "New firewall rules applied during the holidays block the HTTP transfers; the connection test of the diagnostic fails.",
  outlook(A("Fabrice Gaudin", "f.gaudin@ogec-saint-joseph-var.example.fr"),
          "Transferts bloqués par le pare-feu", D_utc("2025-02-24 14:05:30"), """\
Bonjour,

Le prestataire a changé le pare-feu de l'établissement pendant les
vacances. Depuis, le test de connexion de l'outil de diagnostic échoue
(« hôte injoignable ») et les transferts vers EcoleDirecte ne partent
plus. Quels ports et quelles adresses faut-il ouvrir ?

Fabrice Gaudin
Responsable informatique
Institution Saint-Joseph (site de La Seyne, UAI 0831199C)
"""))

M("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "The antivirus quarantines the Charlemagne tools after an update, so transfers no longer run.",
  webmail(A("Nathalie Ginoux", "secretariat@college-saint-francois-ajaccio.example.fr"),
          "Antivirus et Outils Charlemagne", D("2025-02-04 11:04:27"), """\
Bonjour,

Depuis la mise à jour de l'antivirus hier, le programme Outils de
Charlemagne est mis en quarantaine dès qu'on le lance, et le transfert
vers EcoleDirecte ne se fait plus. Faut-il ajouter une exclusion ? Si oui
quel dossier ?

Nathalie Ginoux
Secrétariat – Collège Saint-François, Ajaccio
""", mailer="Webmail Orange"))

M("transfer_incident", False, "0300218Z", OCC, "ecoledirecte", False, "fr",
  "HTML-only Outlook: the synchronisation fails with an error code shown in a table; transfers stopped since Friday.",
  outlook(A("Arnaud Pellet", "a.pellet@lycee-emmanuel-dalzon.example.fr"),
          "Échec de la synchronisation", D_utc("2025-02-17 09:22:56"), "",
          html_only=True, html="""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Bonjour,</p>
<p class="MsoNormal">Depuis vendredi, chaque transfert vers EcoleDirecte s’arrête avec l’erreur suivante&nbsp;:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Étape</b></td><td><b>Résultat</b></td></tr>
<tr><td>Préparation des données</td><td>OK</td></tr>
<tr><td>Envoi</td><td style="color:red">Échec de la synchronisation (code S-412)</td></tr>
</table>
<p class="MsoNormal">Lycée professionnel Emmanuel d’Alzon, Nîmes – UAI 0300218Z</p>
<p class="MsoNormal">Merci,<br>Arnaud Pellet, référent numérique</p>
</div></body></html>
"""))

M("transfer_incident", False, None, None, "ecoledirecte", False, "en",
  "English: the school's external IT contractor reports that the sync between Charlemagne and EcoleDirecte has failed since 10 February.",
  outlook(A("Owen Price", "owen.price@itcare-services.example.fr"),
          "EcoleDirecte sync failing since 10 Feb", D_utc("2025-02-13 16:44:18"), """\
Hello,

I'm the IT contractor for Collège Sainte-Thérèse in Perpignan. Since
Monday 10 February the nightly sync from Charlemagne to EcoleDirecte
fails: the log says "transfer aborted - authentication refused by the
remote server". Nothing changed on our side as far as I know.

Could you look into it? I can give you remote access to the server.

Best regards,
Owen Price
ITCare Services
""", lang="en-GB"))

M("transfer_incident", False, "0062263C", PACA, "ecoledirecte", True, "fr",
  "Apple Mail forward by the head of a private collège of a parent's complaint: grades no longer reach EcoleDirecte. Written by a head, but not a head-of-establishment request.",
  applemail(A("Bernard Giraud", "direction@college-stella-maris-nice.example.fr"),
            "Fwd: notes invisibles sur EcoleDirecte", D("2025-02-21 18:10:33"), """\
Bonjour,

Je vous transmets le message d'un parent. Après vérification, aucune note
n'est remontée sur EcoleDirecte depuis le 14 février. Merci de regarder
au plus vite, nous sommes en vacances mais je reste joignable.

Bernard Giraud
Chef d'établissement – Collège Stella Maris, Nice (0062263C)

Début du message réexpédié :

De: Caroline Vial <caroline.vial@free.example.fr>
Objet: notes invisibles sur EcoleDirecte
Date: 21 février 2025 à 12:04:51 UTC+1
À: direction@college-stella-maris-nice.example.fr

Monsieur le directeur,
Mon fils est en 3e et nous ne voyons plus aucune note depuis une semaine
alors qu'il a eu deux contrôles. Est-ce normal ?
Cordialement,
C. Vial
"""))

M("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "Samsung phone (base64): replication must be re-initialised after the server was restored from a backup.",
  samsung(A("Romain Castel", "romain.castel@ecole-saint-vincent-beziers.example.fr"),
          "Replication a reinitialiser", D("2025-02-03 07:55:14"), """\
Bonjour, suite a une restauration du serveur (sauvegarde de jeudi) la replication vers EcoleDirecte est en erreur "base desynchronisee". Il faut la reinitialiser de votre cote ? Merci
Romain Castel, école Saint-Vincent Béziers

Envoyé depuis mon smartphone Samsung Galaxy.
""", via="school"))

# ================================================================ contract_documents

M("contract_documents", False, "0133704F", PACA, "espace_acheteur", False, "fr",
  "The documents of the cleaning-products market no longer appear in 'Mes marchés'.",
  zimbra(A("Olivia Santini", "olivia.santini@ac-aix-marseille.fr"), "Documents du marché introuvables",
         D("2025-02-05 10:02:46"), """\
Bonjour,

Je ne retrouve plus dans « Mes marchés » les pièces du marché
« produits d'entretien » (CCAP, bordereau de prix) que je consultais
encore en décembre. Le marché apparaît mais la liste des documents est
vide.

Collège Arthur Rimbaud, Marseille – 0133704F

Olivia Santini, gestionnaire
"""))

M("contract_documents", False, "0341785F", OCC, "espace_acheteur", False, "fr",
  "The membership convention opens as an empty file.",
  thunderbird(A("Hugo Carrière", "hugo.carriere@ac-montpellier.fr"), "Convention d'adhésion vide",
              D("2025-02-12 11:27:15"), """\
Bonjour,

Quand j'ouvre la convention d'adhésion 2025 depuis l'espace acheteur, le
PDF s'ouvre mais toutes les pages sont blanches (testé sous Firefox et
Edge). Pouvez-vous vérifier le document ?

Lycée professionnel Mendès France, Montpellier – UAI 0341785F
H. Carrière
"""))

M("contract_documents", False, "0131922U", PACA, "espace_acheteur", False, "fr",
  "Amendment no. 3 of the furniture market is missing from the contract documents.",
  outlook(A("Annie Lombard", "annie.lombard@ac-aix-marseille.fr"), "Avenant n°3 manquant",
          D("2025-02-18 15:12:22"), """\
Bonjour,

Le fournisseur du marché mobilier 2023-074 nous parle d'un avenant n°3
(révision des prix) mais nous ne le voyons pas dans les documents du
marché, nous n'avons que les avenants 1 et 2.

Collège Marcel Pagnol, Aubagne – UAI 0131922U

Annie Lombard
""", via="ac"))

M("contract_documents", False, "0061066B", PACA, "espace_acheteur", True, "fr",
  "Follow-up reply (Gmail quote, RE:, In-Reply-To): the CCTP is still missing after the region's answer.",
  gmail(A("Maxime Fiorucci", "maxime.fiorucci@ac-nice.fr"),
        "Re: [#SUP-019150] CCTP introuvable", D("2025-02-13 09:18:08"), """\
Bonjour,

Je reviens vers vous : malgré votre réponse de la semaine dernière, le
CCTP du marché « papeterie » n'est toujours pas visible pour notre
établissement (collège Henri Matisse, Nice – 0061066B). Mes collègues des
autres collèges le voient.

Maxime Fiorucci

Le mer. 5 févr. 2025 à 17:40, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Votre demande a été transmise au support régional, qui reviendra vers
> vous.
>
> Cordialement,
> L'équipe d'assistance
""", via="ac", extra=["In-Reply-To: <SUP-019150.1738773600.6f0c3d@assistance.example.fr>",
                      "References: <SUP-019150.1738773600.6f0c3d@assistance.example.fr>"]))

M("contract_documents", False, "0832297W", PACA, "espace_acheteur", False, "fr",
  "CCTP of the office-supplies market 2024-031 not found in the market documents.",
  roundcube(A("Gaëlle Martinez", "gaelle.martinez@ac-nice.fr"), "CCTP marché 2024-031",
            D("2025-02-27 14:36:50"), """\
Bonjour,

Je cherche le CCTP du marché fournitures de bureau n° 2024-031 pour
vérifier les références autorisées, mais il n'est pas dans les pièces du
marché sur l'espace acheteur.

Merci de me l'indiquer,
Gaëlle Martinez
Lycée professionnel Pierre-Martin Guérin, Saint-Raphaël (0832297W)
""", via="ac"))

M("contract_documents", False, None, None, "espace_acheteur", False, "en",
  "English: the finance officer of a private school cannot find the framework-agreement documents attached to the market they joined; no UAI, non-academic sender.",
  outlook(A("Priya Raman", "p.raman@riviera-bilingual-school.example.fr"),
          "Framework agreement documents", D_utc("2025-02-11 12:20:14"), """\
Hello,

We joined the stationery framework agreement in January, but I cannot
find the agreement documents (terms, price list) anywhere in the buyer
space. The market is listed under "My markets" with no documents.

Where should I look?

Kind regards,
Priya Raman
Finance Officer, Riviera Bilingual School
""", lang="en-GB"))

M("contract_documents", False, "0133447B", PACA, "espace_acheteur", True, "fr",
  "Two topics: the acte d'engagement of a market is missing (main) and a forgotten password for a colleague (password_reset).",
  thunderbird(A("Serge Pellegrino", "serge.pellegrino@ac-aix-marseille.fr"),
              "Acte d'engagement + mot de passe collègue", D("2025-02-20 09:49:31"), """\
Bonjour,

Dans les documents du marché « restauration - petits équipements », il
manque l'acte d'engagement, seule pièce que notre agent comptable exige
pour payer la première facture.

Autre chose : mon adjointe a oublié son mot de passe de l'espace acheteur,
peut-elle le réinitialiser elle-même ?

Lycée professionnel Jean Moulin, Port-de-Bouc – 0133447B

Serge Pellegrino
"""))

M("contract_documents", False, "0310656V", OCC, "espace_acheteur", True, "fr",
  "Desktop Outlook, quoted-printable: the conventions were visible on the old platform, not on the new one. contract_documents, although the fix may be access rights (close to account_creation).",
  outlook(A("Monique Fourcade", "monique.fourcade@ac-toulouse.fr"),
          "Conventions non visibles sur la nouvelle plateforme", D("2025-02-10 11:35:09"), """\
Bonjour,

Sur l'ancienne plateforme je voyais toutes nos conventions (adhésion,
avenants de 2023 et 2024). Depuis la bascule sur le nouvel espace
acheteur, la rubrique « Conventions » est vide pour notre collège.

Collège Jules Ferry, Villemur-sur-Tarn – UAI 0310656V

Monique Fourcade
Adjointe gestionnaire
""", via="ac"))


# ================================================================ write and check

FIELDS = ("file", "category", "auto_reply_ok", "uai", "region", "platform",
          "hard", "lang", "notes")


def message_text(msg):
    """Every header value and every decoded text part of a parsed message."""
    out = []
    for p in msg.walk():
        for k, v in p.items():
            out.append("%s: %s" % (k, v))
        if p.is_multipart():
            continue
        ctype = p.get_content_type()
        if p.get_content_maintype() == "text" or ctype.startswith("message/"):
            data = p.get_payload(decode=True)
            if isinstance(data, bytes):
                out.append(data.decode(p.get_content_charset() or "utf-8", "replace"))
    return "\n".join(out)


def check(name, m, raw_bytes):
    msg = email.message_from_bytes(raw_bytes, policy=email.policy.default)
    for p in msg.walk():
        assert not p.defects, (name, p.defects)
    assert msg["Message-ID"] and msg["From"] and msg["Date"], name
    d = email.utils.parsedate_to_datetime(str(msg["Date"]))
    assert (d.year, d.month) == (2025, 2), (name, d)
    assert raw_bytes.count(b"\r\n") == raw_bytes.count(b"\n"), name
    assert DESK.encode() in raw_bytes, name

    assert m["category"] in CATEGORIES, name
    assert isinstance(m["auto_reply_ok"], bool) and isinstance(m["hard"], bool), name
    if m["auto_reply_ok"]:
        assert m["category"] in AUTO_REPLY_CATEGORIES, (name, m["category"])
    assert m["platform"] in PLATFORMS, name
    assert m["lang"] in ("fr", "en"), name
    assert m["notes"].strip() and len(m["notes"]) < 600, name

    # UAI: labelled code present with a correct check letter; codes with a
    # wrong letter declared as typos, named in the notes, never labelled.
    codes = find_codes(message_text(msg))
    valid = {c for c in codes if uai_ok(c)}
    invalid = codes - valid
    assert invalid == set(m["typos"]), (name, invalid, m["typos"])
    for t in m["typos"]:
        assert not uai_ok(t) and t in m["notes"], (name, t)
        assert "check letter" in m["notes"], name
    for o in m["other_uais"]:
        assert uai_ok(o) and o in m["notes"], (name, o)
    if m["uai"] is None:
        assert valid == set(m["other_uais"]) == set(), (name, valid)
    else:
        assert m["uai"] == m["uai"].upper() and uai_ok(m["uai"]), name
        assert m["uai"] in valid, (name, m["uai"], codes)
        assert valid - {m["uai"]} == set(m["other_uais"]), (name, valid)

    # Region: UAI first, else the ac-*.fr sender domain, else null.
    sender = msg["From"].addresses[0].addr_spec.lower()
    domain = sender.rsplit("@", 1)[1]
    if m["uai"]:
        expected = region_of_uai(m["uai"])
        assert expected, (name, m["uai"])
    else:
        expected = DOMAIN_REGION.get(domain) if re.fullmatch(r"ac-[a-z-]+\.fr", domain) else None
    assert m["region"] == expected, (name, m["region"], expected)
    if m["category"] == "automated":
        assert not m["auto_reply_ok"], name


def main():
    assert len(MAILS) == 150, len(MAILS)
    order = list(range(len(MAILS)))
    random.Random(29).shuffle(order)
    labels = []
    for i, idx in enumerate(order, 1):
        m = MAILS[idx]
        name = "h%03d.eml" % i
        text = m["text"]
        if not text.endswith("\n"):
            text += "\n"
        data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8", "surrogateescape")
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        check(name, m, data)
        labels.append({"file": name, "category": m["category"],
                       "auto_reply_ok": m["auto_reply_ok"], "uai": m["uai"],
                       "region": m["region"], "platform": m["platform"],
                       "hard": m["hard"], "lang": m["lang"], "notes": m["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps({k: lab[k] for k in FIELDS}, ensure_ascii=False) + "\n")

    # re-read what was written: one label per file, same names
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    assert [b["file"] for b in back] == ["h%03d.eml" % i for i in range(1, 151)]
    assert all(os.path.exists(os.path.join(HERE, b["file"])) for b in back)
    notes = [b["notes"] for b in back]
    assert len(set(notes)) == len(notes), "two mails share the same notes"

    counts = {}
    for b in back:
        counts[b["category"]] = counts.get(b["category"], 0) + 1
    print("wrote %d mails to %s" % (len(back), HERE))
    for cat in sorted(counts, key=lambda c: (-counts[c], c)):
        print("  %-32s %3d" % (cat, counts[cat]))
    print("  auto_reply_ok true: %d, hard: %d, en: %d" % (
        sum(b["auto_reply_ok"] for b in back), sum(b["hard"] for b in back),
        sum(b["lang"] == "en" for b in back)))


if __name__ == "__main__":
    main()
