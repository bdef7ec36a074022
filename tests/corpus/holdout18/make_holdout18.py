#!/usr/bin/env python3
"""Write the holdout18 blind test corpus: h001.eml ... h150.eml and labels.jsonl.

Standard library only. Every mail below is hand-written; the helpers only wrap
the text into proper MIME (encoded headers, Message-ID, Date, transport
headers, HTML parts, attachments, delivery / disposition reports, calendar
replies). Output is deterministic: run it again and the files are identical.

Voice of the set: winter, the middle of the school year, and the purchasing
side (gestionnaires, intendance, town halls, communautés de communes,
hospital and university buyers, suppliers, accountants).

Usage: python3 make_holdout18.py   (writes next to this file)
"""

import datetime
import hashlib
import html
import json
import os
import random
import re
import struct
import sys
import zlib
from email import policy
from email.message import EmailMessage, MIMEPart, Message
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
SUPPORT = ("Assistance", "support@assistance.example.fr")
MX = "mx1.assistance.example.fr"

# --------------------------------------------------------------------------
# Reference data from shared/spec (regions.md, taxonomy.md), used to check
# the labels before anything is written.
# --------------------------------------------------------------------------

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

REGION_DEPS = {
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
DEP_REGION = {}
for _reg, _deps in REGION_DEPS.items():
    for _d in _deps.split():
        DEP_REGION[_d if len(_d) == 3 else "0" + _d] = _reg

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
DOMAIN_REGION = {}
for _reg, _doms in REGION_DOMAINS.items():
    for _d in _doms.split():
        DOMAIN_REGION[_d] = _reg

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
# categories whose default action can be an automatic answer
AUTO_OK = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
           "account_creation", "subscription_activation"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte",
             "ticket_portal", "esignature"}

TZ_HOURS = {"paris": 1, "guadeloupe": -4, "martinique": -4, "guyane": -3,
            "reunion": 4, "mayotte": 3, "utc": 0, "london": 0}


def uai_valid(code):
    code = code.upper()
    return (len(code) == 8 and code[:7].isdigit()
            and code[7] == LETTERS[int(code[:7]) % 23])


def region_of_uai(code):
    return DEP_REGION.get(code[:3])


def region_of_address(addr):
    dom = addr.rsplit("@", 1)[-1].lower()
    return DOMAIN_REGION.get(dom)


# --------------------------------------------------------------------------
# Small binary attachments (generated, so the script stays stdlib-only)
# --------------------------------------------------------------------------

def png_bytes(seed, w=64, h=40):
    rnd = random.Random(seed)
    base = [rnd.randrange(180, 256) for _ in range(3)]
    bar = [rnd.randrange(0, 120) for _ in range(3)]
    raw = b""
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            c = bar if (y < 6 or (10 < y < 14 and x < w * 2 // 3)) else base
            row += bytes(c)
        raw += bytes(row)

    def chunk(tag, data):
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


def pdf_bytes(title):
    text = title.encode("latin-1", "replace").replace(b"(", b"[").replace(b")", b"]")
    stream = b"BT /F1 12 Tf 60 760 Td (" + text + b") Tj ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n"
        + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += str(i).encode() + b" 0 obj\n" + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 " + str(len(objs) + 1).encode() + b"\n0000000000 65535 f \n"
    for off in offsets:
        out += ("%010d 00000 n \n" % off).encode()
    out += (b"trailer\n<< /Size " + str(len(objs) + 1).encode()
            + b" /Root 1 0 R >>\nstartxref\n" + str(xref).encode() + b"\n%%EOF\n")
    return out


def attachment_payload(kind, name, seed):
    if kind == "png":
        return png_bytes(seed), "image", "png"
    if kind == "jpg":  # a PNG body is not a JPEG; keep it honest: png
        return png_bytes(seed), "image", "png"
    if kind == "pdf":
        return pdf_bytes(name), "application", "pdf"
    if kind == "xlsx":
        rnd = random.Random(seed)
        return (b"PK\x03\x04" + bytes(rnd.randrange(256) for _ in range(300)),
                "application",
                "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    if kind == "zip":
        rnd = random.Random(seed)
        return (b"PK\x03\x04" + bytes(rnd.randrange(256) for _ in range(200)),
                "application", "zip")
    raise ValueError(kind)


# --------------------------------------------------------------------------
# Clients: Message-ID shapes, X-Mailer / User-Agent, HTML flavour
# --------------------------------------------------------------------------

def _hex(rnd, n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def _alnum(rnd, n):
    return "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                   for _ in range(n))


def message_id(client, domain, rnd):
    if client == "outlook":
        box = "PAXP" + str(rnd.randrange(190, 260)) + "MB" + str(rnd.randrange(1000, 9999))
        return "<%s%s@%s.EURP%d.PROD.OUTLOOK.COM>" % (box, _hex(rnd, 12).upper(), box, rnd.randrange(190, 260))
    if client in ("zimbra",):
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (rnd.randrange(10**8, 10**9), rnd.randrange(10**5, 10**6), rnd.randrange(10**12, 10**13), domain)
    if client == "gmail":
        return "<CA%s@mail.gmail.com>" % _alnum(rnd, 44)
    if client in ("apple", "iphone"):
        u = _hex(rnd, 32).upper()
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], domain)
    if client == "android":
        return "<%s@email.android.com>" % _alnum(rnd, 24)
    u = _hex(rnd, 32)
    return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], domain)


MAILER = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "outlook365": ("X-MS-Has-Attach", ""),
    "zimbra": ("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF133 (Win)/9.0.0_ZEXTRAS_20240927)"),
    "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
    "apple": ("X-Mailer", "Apple Mail (2.3774.300.61.1.2)"),
    "iphone": ("X-Mailer", "iPhone Mail (22C152)"),
    "android": ("X-Mailer", "Android Mail"),
    "roundcube": ("User-Agent", "Roundcube Webmail/1.6.9"),
    "gmail": None,
    "sogo": ("User-Agent", "SOGoMail 5.11.2"),
}


def text_to_html(text, client):
    """A plain rendering of the text as the client would send it."""
    blocks = []
    quote_depth = 0
    for line in text.split("\n"):
        depth = 0
        while line.startswith(">"):
            depth += 1
            line = line[1:].lstrip(" ") if line[1:2] == " " else line[1:]
        while quote_depth < depth:
            blocks.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
            quote_depth += 1
        while quote_depth > depth:
            blocks.append("</blockquote>")
            quote_depth -= 1
        esc = html.escape(line, quote=False) if line.strip() else "<br>"
        if client == "outlook":
            blocks.append('<p class="MsoNormal">%s</p>' % (esc if line.strip() else "&nbsp;"))
        else:
            blocks.append("<div>%s</div>" % esc)
    while quote_depth > 0:
        blocks.append("</blockquote>")
        quote_depth -= 1
    inner = "\n".join(blocks)
    if client == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="FR" link="#0563C1" vlink="#954F72">\n'
                '<div class="WordSection1">\n' + inner + '\n</div>\n</body>\n</html>\n')
    if client == "gmail":
        return '<div dir="ltr">\n' + inner + '\n</div>\n'
    if client == "zimbra":
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; '
                'font-size: 12pt; color: #000000">\n' + inner + '\n</div></body></html>\n')
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head>\n'
            '<body>\n' + inner + '\n</body></html>\n')


# --------------------------------------------------------------------------
# The list of mails. Each entry holds the labels and what is needed to build it.
# --------------------------------------------------------------------------

MAILS = []


def mail(**kw):
    MAILS.append(kw)


def when(stamp, tz="paris"):
    dt = datetime.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S" if stamp.count(":") == 2 else "%Y-%m-%d %H:%M")
    return dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=TZ_HOURS[tz])))

# --------------------------------------------------------------------------
# Building the messages
# --------------------------------------------------------------------------

def _domain(addr):
    return addr.rsplit("@", 1)[-1].lower()


def relay_for(addr, client):
    dom = _domain(addr)
    if dom == "gmail.com":
        return "mail-wr1-f%d.google.com" % (40 + len(addr) % 30), "209.85.221.%d" % (40 + len(addr) % 30)
    if client in ("outlook365",) or dom.endswith(".onmicrosoft.com"):
        return "mail-db8eur05on2%03d.outbound.protection.outlook.com" % (len(addr) * 7 % 999), "40.107.%d.%d" % (len(addr) % 200, len(dom) * 3)
    if dom in ("orange.fr", "wanadoo.fr"):
        return "smtp-out%d.orange.fr" % (len(addr) % 9 + 1), "80.12.242.%d" % (len(addr) * 5 % 250)
    if dom in ("laposte.net",):
        return "smtp.laposte.net", "160.92.124.%d" % (len(addr) % 250)
    return "smtp%d.%s" % (len(addr) % 3 + 1, dom), "198.51.100.%d" % (len(addr) * 11 % 250)


def default_auth(addr):
    dom = _domain(addr)
    return ("dkim=pass (2048-bit key) header.d=%s; spf=pass smtp.mailfrom=%s; "
            "dmarc=pass (p=none dis=none) header.from=%s" % (dom, dom, dom))


def add_trace(msg, spec, rnd, dt):
    name, addr = spec["frm"]
    rp = spec.get("return_path", "<%s>" % addr)
    msg["Return-Path"] = rp
    to_addr = SUPPORT[1]
    msg["Delivered-To"] = to_addr
    host, ip = spec.get("relay") or relay_for(addr, spec.get("client"))
    recv_dt = dt + datetime.timedelta(seconds=rnd.randrange(2, 40))
    msg["Received"] = ("from %s (%s [%s]) by %s (Postfix) with ESMTPS id %s for <%s>; %s"
                       % (host, host, ip, MX, _alnum(rnd, 15), to_addr, format_datetime(recv_dt)))
    auth = spec.get("auth")
    if auth is None:
        auth = default_auth(addr)
    if auth:
        msg["Authentication-Results"] = "%s; %s" % (MX, auth)


def fmt_addr(pair):
    name, addr = pair
    return formataddr((name, addr)) if name else addr


def add_body(part, spec, rnd, idx):
    """Fill `part` with the text / HTML / attachments the spec asks for."""
    fmt = spec.get("fmt", "plain")
    body = spec.get("body", "")
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    client = spec.get("client", "")
    kw = {"charset": charset}
    if cte:
        kw["cte"] = cte
    if fmt == "plain":
        part.set_content(body, **kw)
    elif fmt == "alt":
        part.set_content(body, **kw)
        part.add_alternative(spec.get("html") or text_to_html(body, "outlook" if client.startswith("outlook") else client),
                             subtype="html", charset=charset, **({"cte": cte} if cte else {}))
    elif fmt == "html":
        part.set_content(spec.get("html") or text_to_html(body, "outlook" if client.startswith("outlook") else client),
                         subtype="html", **kw)
    else:
        raise ValueError(fmt)
    for j, (kind, fname) in enumerate(spec.get("att", [])):
        data, maintype, subtype = attachment_payload(kind, fname, idx * 100 + j)
        if maintype == "image" and spec.get("inline_img"):
            part.add_attachment(data, maintype=maintype, subtype=subtype,
                                filename=fname, disposition="inline")
        else:
            part.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)


def simple_message(frm, to, subj, date, msgid, body, extra=()):
    m = EmailMessage()
    m["From"] = fmt_addr(frm)
    m["To"] = fmt_addr(to)
    m["Subject"] = subj
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid
    for k, v in extra:
        m[k] = v
    m.set_content(body)
    return m


def set_report(msg, report_type, boundary):
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = 'multipart/report; report-type=%s; boundary="%s"' % (report_type, boundary)
    msg.preamble = "This is a MIME-encapsulated message.\n"


def build_dsn(msg, spec, rnd, dt):
    d = spec["dsn"]
    set_report(msg, "delivery-status", "%s/%s" % (_alnum(rnd, 14), d["mta"]))
    human = MIMEPart()
    if d.get("html"):
        alt = MIMEPart()
        alt.set_content(d["text"], charset="utf-8")
        alt.add_alternative(d["html"], subtype="html", charset="utf-8")
        human = alt
    else:
        human.set_content(d["text"], charset=d.get("charset", "utf-8"))
        human["Content-Description"] = "Notification"
    msg.attach(human)
    status = MIMEPart()
    status["Content-Description"] = "Delivery report"
    status["Content-Type"] = "message/delivery-status"
    blocks = []
    b = Message()
    b["Reporting-MTA"] = "dns; " + d["mta"]
    if d.get("arrival"):
        b["Arrival-Date"] = format_datetime(d["arrival"])
    blocks.append(b)
    for r in d["recipients"]:
        rb = Message()
        rb["Final-Recipient"] = "rfc822; " + r["rcpt"]
        rb["Action"] = r["action"]
        rb["Status"] = r["status"]
        if r.get("remote"):
            rb["Remote-MTA"] = "dns; " + r["remote"]
        if r.get("diag"):
            rb["Diagnostic-Code"] = r["diag"]
        if r.get("will_retry"):
            rb["Will-Retry-Until"] = format_datetime(r["will_retry"])
        blocks.append(rb)
    status.set_payload(blocks)
    msg.attach(status)
    o = d["original"]
    orig = simple_message(o["frm"], o["to"], o["subj"], o["date"], o["msgid"], o["body"], o.get("extra", ()))
    if d.get("headers_only"):
        hp = MIMEPart()
        hdr_text = "".join("%s: %s\n" % (k, v) for k, v in orig.items() if k not in ("Content-Type", "Content-Transfer-Encoding", "MIME-Version"))
        hp.set_content(hdr_text, subtype="rfc822-headers", charset="us-ascii")
        hp["Content-Description"] = "Undelivered Message Headers"
        msg.attach(hp)
    else:
        op = MIMEPart()
        op.set_content(orig)
        op["Content-Description"] = "Undelivered Message"
        msg.attach(op)


def build_mdn(msg, spec, rnd, dt):
    d = spec["mdn"]
    set_report(msg, "disposition-notification", "----=_NextPart_%s" % _hex(rnd, 20))
    human = MIMEPart()
    human.set_content(d["text"], charset="utf-8")
    msg.attach(human)
    dn = MIMEPart()
    dn["Content-Type"] = "message/disposition-notification"
    lines = ["Reporting-UA: %s" % d["ua"],
             "Final-Recipient: rfc822;%s" % d["rcpt"],
             "Original-Message-ID: %s" % d["orig_id"],
             "Disposition: %s" % d["disposition"], ""]
    dn.set_payload("\n".join(lines))
    msg.attach(dn)
    if d.get("orig_headers"):
        hp = MIMEPart()
        hp.set_content(d["orig_headers"], subtype="rfc822-headers", charset="us-ascii")
        msg.attach(hp)


def build_calendar(msg, spec, rnd, idx):
    msg.set_content(spec["body"], charset="utf-8")
    msg.add_alternative(spec["ics"], subtype="calendar", charset="utf-8",
                        params={"method": "REPLY"})


def build(spec, idx):
    rnd = random.Random(1800 + idx)
    dt = when(spec["date"], spec.get("tz", "paris"))
    msg = EmailMessage()
    add_trace(msg, spec, rnd, dt)
    msg["From"] = fmt_addr(spec["frm"])
    if spec.get("sender"):
        msg["Sender"] = fmt_addr(spec["sender"])
    tos = spec.get("to", [SUPPORT])
    msg["To"] = ", ".join(fmt_addr(t) for t in tos)
    if spec.get("cc"):
        msg["Cc"] = ", ".join(fmt_addr(t) for t in spec["cc"])
    if spec.get("reply_to"):
        msg["Reply-To"] = fmt_addr(spec["reply_to"])
    msg["Subject"] = spec["subj"]
    msg["Date"] = format_datetime(dt)
    client = spec.get("client", "")
    msg["Message-ID"] = spec.get("msgid") or message_id(client, _domain(spec["frm"][1]), rnd)
    if spec.get("irt"):
        msg["In-Reply-To"] = spec["irt"]
        msg["References"] = spec.get("refs", spec["irt"])
    mailer = MAILER.get(client)
    if mailer and mailer[1]:
        msg[mailer[0]] = mailer[1]
    if client.startswith("outlook"):
        msg["Thread-Index"] = "A" + _alnum(rnd, 27) + "=="
        msg["Content-Language"] = "fr-FR" if spec["lang"] == "fr" else "en-US"
    for k, v in spec.get("hdrs", []):
        msg[k] = v
    kind = spec.get("kind", "person")
    if kind == "dsn":
        build_dsn(msg, spec, rnd, dt)
    elif kind == "mdn":
        build_mdn(msg, spec, rnd, dt)
    elif kind == "calendar":
        build_calendar(msg, spec, rnd, idx)
    else:
        add_body(msg, spec, rnd, idx)
    set_boundaries(msg, client, rnd)
    return msg


def set_boundaries(msg, client, rnd):
    """Give every multipart a fixed boundary in the client's style."""
    embedded = set()
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            embedded.update(id(p) for p in part.get_payload())
    for part in msg.walk():
        if part is not msg and id(part) not in embedded and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart() and part.get_boundary() is None:
            if client.startswith("outlook"):
                b = "_%03d_%s%s_" % (rnd.randrange(1000), _alnum(rnd, 22), "PAXP251MB")
            elif client == "zimbra":
                u = _hex(rnd, 32)
                b = "=_%s-%s-%s-%s-%s" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:])
            elif client == "gmail":
                b = "000000000000" + _hex(rnd, 16)
            elif client in ("apple", "iphone"):
                u = _hex(rnd, 32).upper()
                b = "Apple-Mail=_%s-%s-%s-%s-%s" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:])
            elif client == "thunderbird":
                b = "------------" + _alnum(rnd, 24)
            else:
                b = "=_" + _hex(rnd, 28)
            part.set_boundary(b)


# --------------------------------------------------------------------------
# Label checks (run before anything is written)
# --------------------------------------------------------------------------

UAI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])")


def visible_text(spec):
    parts = [spec["subj"], spec["frm"][0] or "", spec["frm"][1], spec.get("body", ""), spec.get("html", "") or ""]
    for t in spec.get("to", []):
        parts.append(t[1])
    return "\n".join(parts)


def check(spec, idx):
    where = "h%03d" % idx
    errs = []
    cat = spec["cat"]
    if cat not in CATEGORIES:
        errs.append("bad category %r" % cat)
    if spec["auto"] and cat not in AUTO_OK:
        errs.append("auto_reply_ok true for %s" % cat)
    if spec["platform"] not in PLATFORMS:
        errs.append("bad platform")
    if spec["lang"] not in ("fr", "en"):
        errs.append("bad lang")
    if not spec.get("notes"):
        errs.append("no notes")
    text = visible_text(spec)
    squeezed = re.sub(r"[\s.\-]", "", text).upper()
    uai = spec["uai"]
    if uai is not None:
        if uai != uai.upper() or not uai_valid(uai):
            errs.append("label UAI %s has a wrong check letter" % uai)
        if region_of_uai(uai) != spec["region"]:
            errs.append("region %s does not match UAI %s (%s)" % (spec["region"], uai, region_of_uai(uai)))
        if uai not in squeezed:
            errs.append("UAI %s not found in the mail" % uai)
    else:
        want = region_of_address(spec["frm"][1])
        if spec["region"] != want:
            errs.append("no UAI: region should come from the sender domain (%s), got %s" % (want, spec["region"]))
    allowed_bad = {u.upper() for u in spec.get("bad_uai", [])}
    allowed_other = {u.upper() for u in spec.get("other_uai", [])}
    for tok in UAI_RE.findall(text):
        t = tok.upper()
        if uai_valid(t):
            if t != uai and t not in allowed_other:
                errs.append("unlabelled valid UAI %s in text" % t)
        else:
            if t not in allowed_bad:
                errs.append("UAI-looking %s has a wrong check letter and is not declared bad_uai" % t)
    for b in allowed_bad:
        if uai_valid(b):
            errs.append("bad_uai %s is in fact valid" % b)
        if b not in squeezed:
            errs.append("bad_uai %s not in text" % b)
    for e in errs:
        print("%s: %s" % (where, e), file=sys.stderr)
    return not errs


def main():
    if len(MAILS) != 150:
        print("expected 150 mails, have %d" % len(MAILS), file=sys.stderr)
    ok = all([check(s, i) for i, s in enumerate(MAILS, 1)])
    if not ok or len(MAILS) != 150:
        sys.exit(1)
    out_pol = policy.default.clone(linesep="\n")
    labels = []
    for i, spec in enumerate(MAILS, 1):
        name = "h%03d.eml" % i
        msg = build(spec, i)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(msg.as_bytes(policy=out_pol))
        labels.append({
            "file": name, "category": spec["cat"], "auto_reply_ok": spec["auto"],
            "uai": spec["uai"], "region": spec["region"], "platform": spec["platform"],
            "hard": bool(spec.get("hard", False)), "lang": spec["lang"], "notes": spec["notes"],
        })
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("wrote %d mails and labels.jsonl in %s" % (len(labels), HERE))


# ==========================================================================
# THE MAILS
# ==========================================================================

# ---- h001
mail(cat="order_billing", auto=False, uai="0382175H", region="auvergne-rhone-alpes", platform="esidoc", lang="fr",
     notes="The October renewal quote expired over the change of financial year; the gestionnaire asks for a new quote dated 2025 to commit it in Op@le. A quote request: order_billing.",
     frm=("Sandrine Coulomb", "sandrine.coulomb@ac-grenoble.fr"), client="outlook", fmt="alt",
     subj="Devis renouvellement e-sidoc périmé - collège Les Mattons", date="2025-01-13 08:47",
     body="""Bonjour,

Le devis de renouvellement que vous nous aviez transmis fin octobre pour l'abonnement e-sidoc du collège était valable 60 jours. Avec la bascule d'exercice je n'ai pas pu l'engager sur 2024, et il est désormais périmé.

Pourriez-vous nous en établir un nouveau, daté de cette année, au nom du collège Les Mattons (UAI 0382175H) ? Notre budget 2025 est exécutoire depuis le 9 janvier ; je saisirai l'engagement dans Op@le dès réception.

Je reste joignable au 04 76 68 12 40 (le matin de préférence).

Bien cordialement,

Sandrine Coulomb
Gestionnaire matérielle
Collège Les Mattons – Vizille
""")

# ---- h002
mail(cat="automated", auto=False, uai=None, region=None, platform=None, lang="en",
     notes="Exchange Online non-delivery report in English (multipart/report, text + HTML explanation, original attached): the hospital buyer's mailbox no longer exists. Never answered.",
     frm=("Microsoft Outlook", "postmaster@chu-valmorin.fr"), return_path="<>", kind="dsn", client="outlook365",
     auth="dkim=pass header.d=chu-valmorin.fr; spf=pass smtp.mailfrom=chu-valmorin.fr; dmarc=pass header.from=chu-valmorin.fr",
     subj="Undeliverable: [#SUP-007412] Your order validation request", date="2025-01-08 10:02:51",
     hdrs=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
     dsn=dict(mta="PA4P264MB3390.FRAP264.PROD.OUTLOOK.COM",
              text="""Your message to m.lefloch@chu-valmorin.fr couldn't be delivered.

m.lefloch wasn't found at chu-valmorin.fr.

Action Required
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If the address is correct, contact the recipient by some other means (in person or by phone, for example) and ask them to check it with their email admin.

Diagnostic information for administrators:
Generating server: PA4P264MB3390.FRAP264.PROD.OUTLOOK.COM
m.lefloch@chu-valmorin.fr
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""",
              html="""<html><body><p style="font-size:17pt;color:#c00000">Your message to <b>m.lefloch@chu-valmorin.fr</b> couldn't be delivered.</p>
<p>m.lefloch wasn't found at chu-valmorin.fr.</p>
<table><tr><td><b>Action Required</b></td></tr><tr><td>Unknown To address</td></tr></table>
<p style="font-family:Consolas,monospace;font-size:9pt">Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
</body></html>
""",
              arrival=when("2025-01-08 10:02:47"),
              recipients=[dict(rcpt="m.lefloch@chu-valmorin.fr", action="failed", status="5.1.10",
                               diag="smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")],
              original=dict(frm=SUPPORT, to=("Mathieu Le Floch", "m.lefloch@chu-valmorin.fr"),
                            subj="[#SUP-007412] Your order validation request", date=when("2025-01-08 10:02:40"),
                            msgid="<SUP-007412.1736326960.a41c07@assistance.example.fr>",
                            extra=[("Auto-Submitted", "auto-replied")],
                            body="Hello,\n\nYour request is now with the regional team, who will come back to you within 48 hours.\n\nKind regards,\nThe support team\n")))

# ---- h003
mail(cat="contract_documents", auto=False, uai=None, region=None, platform="espace_acheteur", lang="fr",
     notes="Indirect opening ('je me permets de revenir vers vous'); the buyer of a communauté de communes cannot find the extension amendment of the cleaning-products market in 'Mes marchés'. No UAI, non-academic sender: no region.",
     frm=("Maëlle Brunet - CC Val de Drôme", "m.brunet@cc-valdedrome.fr"), client="outlook", fmt="alt",
     subj="Avenant de prolongation - marché produits d'entretien", date="2025-01-21 14:18",
     body="""Madame, Monsieur,

Je me permets de revenir vers vous concernant le marché de fourniture de produits d'entretien auquel notre communauté de communes est rattachée via votre centrale.

Lors de notre échange téléphonique de décembre, il m'avait été indiqué qu'un avenant prolongeait ce marché jusqu'au 30 juin 2025, le temps que la nouvelle consultation aboutisse. Or, dans l'Espace Acheteur, rubrique « Mes marchés », la fiche du marché affiche toujours une fin au 31/12/2024 et je ne vois aucun avenant dans l'onglet des documents.

Notre trésorerie me demande cette pièce pour continuer à régler les factures du titulaire. Serait-il possible de la mettre en ligne ou, à défaut, de me l'adresser ?

Avec mes remerciements anticipés,

Maëlle Brunet
Service commande publique
Communauté de communes du Val de Drôme
""")

# ---- h004
mail(cat="password_reset", auto=True, uai="0744341S", region="auvergne-rhone-alpes", platform="espace_acheteur", lang="fr",
     notes="Interim secretary covering a sick leave has no Espace Acheteur credentials; the login (UAI) is given and she asks for the link on the establishment's official mailbox, the safe path.",
     frm=("Justine Mermillod", "justine.mermillod@ac-grenoble.fr"), client="thunderbird",
     subj="Accès Espace Acheteur - remplacement arrêt maladie", date="2025-01-15 09:31",
     body="""Bonjour,

J'assure depuis lundi le remplacement de Mme Favre, secrétaire d'intendance du lycée du Mont-Blanc, en arrêt maladie pour plusieurs semaines.

Elle passait les commandes de fournitures par votre Espace Acheteur mais n'a laissé ni le mot de passe ni de note, et je ne peux pas la joindre. L'identifiant serait le code de l'établissement : 0744341S.

Pouvez-vous envoyer un lien pour définir un nouveau mot de passe sur la boîte officielle du lycée ? J'y ai accès avec l'adjoint gestionnaire.

Merci beaucoup,
Justine Mermillod
Secrétariat d'intendance (remplacement)
Lycée du Mont-Blanc – Passy
""")

# ---- h005
mail(cat="missing_noreply_mail", auto=True, uai=None, region=None, platform="espace_acheteur", lang="fr",
     notes="Hospital purchasing office: the account was created but the activation mail never came, not in junk either; no anti-spam product named.",
     frm=("DUVAL Patrice", "patrice.duval@ch-sarrebourg-lorraine.fr"), client="outlook", fmt="html",
     subj="Pas de lien d'activation", date="2025-02-04 11:06",
     body="""Bonjour,

Nouvel acheteur à la cellule marchés du centre hospitalier, j'ai été inscrit par notre administratrice le 29 janvier. Elle voit mon compte comme créé, mais je n'ai jamais reçu le message contenant le lien d'activation.

J'ai regardé dans les courriers indésirables, dans le dossier « Autres » et même demandé à notre service informatique de chercher dans les journaux de la messagerie : rien.

Pourriez-vous me le renvoyer ou me dire depuis quelle adresse il part ?

Cordialement,

Patrice DUVAL
Acheteur – Cellule des marchés
Centre hospitalier de Sarrebourg
Tél. 03 87 23 24 25
""")

# ---- h006
mail(cat="head_of_establishment_request", auto=False, uai="0215823R", region="bourgogne-franche-comte", platform="espace_acheteur", lang="fr",
     notes="The directeur of an EPLEFPA (agricultural lycée, educagri.fr address) names the secrétaire d'intendance as new structure administrator of the Espace Acheteur and asks to close the departed gestionnaire's access; signed letter attached.",
     frm=("Directeur EPLEFPA Quetigny-Plombières", "direction.legta-quetigny@educagri.fr"), client="outlook", fmt="alt",
     att=[("pdf", "Designation_administrateur_EspaceAcheteur.pdf")],
     subj="Désignation d'un nouvel administrateur de structure", date="2025-01-09 16:52",
     body="""Madame, Monsieur,

En ma qualité de directeur de l'EPLEFPA de Quetigny-Plombières-lès-Dijon (UAI 0215823R), je vous informe que M. Thierry Gauthey, gestionnaire, a quitté l'établissement le 31 décembre dernier.

Je désigne Mme Nadia Belkacem, secrétaire d'intendance, comme administratrice de notre structure sur l'Espace Acheteur, à compter de ce jour. Je vous remercie de bien vouloir fermer les accès de M. Gauthey.

Vous trouverez en pièce jointe le courrier signé.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Bruno Lacroix
Directeur de l'EPLEFPA
""")

# ---- h007
mail(cat="mailinblack_spam", auto=True, uai="0785594G", region="ile-de-france", platform="espace_acheteur", lang="en",
     notes="English; the lycée's IT technician describes MailInBlack's sender challenge and pending messages holding the platform's password mails, and asks what to allow-list.",
     frm=("Owen Gallagher", "owen.gallagher@ac-versailles.fr"), client="apple",
     subj="Your no-reply address vs. our MailInBlack filter", date="2025-01-28 13:40",
     body="""Hi,

I look after IT at the Lycée International de Mareil (0785594G). Since the Christmas break our bursar's office has not received a single password or order e-mail from your buyer platform.

I checked our MailInBlack console: your no-reply address is sitting in "pending" and, as far as I can tell, our gateway sent it one of those "please confirm you are a human" challenges, which an automated sender obviously never answers.

Could you tell me exactly which sender addresses (or domain) I should put on the allow-list so this stops? I'd rather whitelist the right thing once than release messages by hand every morning.

Thanks,
Owen Gallagher
IT support, Lycée International de Mareil
""")

# ---- h008
mail(cat="other", auto=False, uai=None, region=None, platform=None, lang="fr", hard=True,
     notes="A small supplier wants its products listed in the purchasing centre's catalogue: commercial referencing, not an account on the platform nor an order. Mentions 'compte', 'marchés' and 'commande' without being about them.",
     frm=("Atelier Bois & Cie", "contact@atelier-bois-cie.fr"), client="roundcube",
     subj="Référencement de nos produits", date="2025-01-16 10:12",
     body="""Bonjour,

Nous sommes une petite entreprise de l'Ain (8 salariés) qui fabrique du mobilier de CDI : bacs à albums, présentoirs, chauffeuses en bois massif. Plusieurs documentalistes nous disent qu'elles ne peuvent commander que via votre centrale et nous aimerions donc y être référencés.

Faut-il attendre un appel d'offres ? Est-ce que vous publiez vos consultations quelque part ? Nous n'avons jamais répondu à un marché public et avouons être un peu perdus dans la procédure (DUME, compte sur une plateforme, etc.).

Nous serions ravis d'échanger par téléphone si vous avez un interlocuteur à nous indiquer.

Bien à vous,
Romain Vidonne
Atelier Bois & Cie – Oyonnax
06 71 44 20 93
""")

# ---- h009
mail(cat="transfer_incident", auto=False, uai="0845213K", region="provence-alpes-cote-d-azur", platform="ecoledirecte", lang="fr",
     notes="Symptom only: since Thursday parents no longer see the second-term grades in EcoleDirecte while teachers keep entering them. A data transfer that stopped; the cause is not named.",
     frm=("Secrétariat collège Jean-Henri Fabre", "secretariat.fabre@ac-aix-marseille.fr"), client="zimbra", fmt="alt",
     subj="Les parents ne voient plus les notes", date="2025-01-27 08:22",
     body="""Bonjour,

Depuis jeudi dernier, les familles nous appellent : elles ne voient plus aucune note du 2e trimestre dans EcoleDirecte. Les professeurs, eux, continuent à saisir normalement sur le poste de la salle des profs et les notes sont bien là.

Nous n'avons rien changé de notre côté, à part le redémarrage du serveur par la mairie pendant les travaux électriques de mercredi.

Le conseil de classe de 3e approche, c'est assez urgent.

Collège Jean-Henri Fabre
UAI : 0845213K
Secrétariat de direction
""")

# ---- h010
mail(cat="subscription_activation", auto=True, uai="0676268Z", region="grand-est", platform="esidoc", lang="fr",
     notes="Europresse ordered two days ago for a lycée professionnel CDI, not yet visible: inside the 72-hour window.",
     frm=("Hélène Schaeffer", "helene.schaeffer@ac-strasbourg.fr"), client="thunderbird",
     subj="Europresse pas encore visible", date="2025-02-05 15:03",
     body="""Bonjour,

Notre commande d'abonnement Europresse a été validée lundi par la gestionnaire (bon de commande transmis le jour même). Je ne vois toujours pas la ressource dans le portail e-sidoc du CDI.

Est-ce qu'il faut faire quelque chose de notre côté, ou simplement attendre ? Les collègues de lettres voudraient l'utiliser pour une séquence sur la presse qui commence la semaine prochaine.

Merci,
Hélène Schaeffer
Professeure documentaliste
LP Jean Geiler – Strasbourg (0676268Z)
""")

# ---- h011
mail(cat="password_reset", auto=True, uai=None, region=None, platform="espace_acheteur", lang="en",
     notes="English; a university purchasing officer forgot the buyer-space password and asks for a reset. No UAI, university domain: no region.",
     frm=("Dr. Ana Ribeiro", "ana.ribeiro@univ-bourgogne-sud.fr"), client="outlook", fmt="alt",
     subj="Password for the buyer area", date="2025-01-20 17:55",
     body="""Dear support team,

I work in the purchasing department of the university and use your buyer area a few times a year, mostly for lab consumables. I have not logged in since October and my password is gone from my memory, and apparently from my browser too.

Could you send me a reset link? My login should be this e-mail address.

Many thanks,
Ana Ribeiro
Purchasing Department – Direction des achats
Université Bourgogne Sud
""")

# ---- h012
mail(cat="order_billing", auto=False, uai="0621318W", region="hauts-de-france", platform="espace_acheteur", lang="fr",
     hard=True,
     notes="The agent comptable chases an invoice that never reached Chorus Pro for a November order. The UAI appears only in the sender address, in lower case (agence-comptable.0621318w@ac-lille.fr); the label is the upper-case code.",
     frm=("Agence comptable lycée Pasteur", "agence-comptable.0621318w@ac-lille.fr"), client="outlook", fmt="alt",
     subj="Facture absente de Chorus Pro - commande de novembre", date="2025-01-17 10:40",
     body="""Bonjour,

Je suis l'agent comptable du groupement dont fait partie le lycée Pasteur d'Hénin-Beaumont.

La commande passée le 18 novembre sur votre plateforme (mobilier pour la vie scolaire, 3 412,80 € TTC) a été livrée et le service fait constaté début décembre. En revanche je ne trouve toujours aucune facture correspondante dans Chorus Pro, que ce soit sous le SIRET du lycée ou sous celui de l'agence comptable.

Sans facture je ne peux évidemment pas mandater, et je voudrais régler ce dossier pendant la journée complémentaire. Pouvez-vous vérifier si elle a été déposée, et sur quel SIRET / service exécutant ?

Cordialement,

Frédéric Maes
Agent comptable
Lycée Pasteur – Hénin-Beaumont
""")

# ---- h013
mail(cat="automated", auto=False, uai=None, region="hauts-de-france", platform=None, lang="fr",
     notes="Zimbra vacation reply from an academic address (Auto-Submitted: auto-replied (zimbra; vacation)) for the February holidays. Region from the ac-amiens.fr sender domain.",
     frm=("Claire Dufossé", "claire.dufosse@ac-amiens.fr"), client="zimbra",
     subj="Absence : Re: [#SUP-007588] Demande de devis", date="2025-02-17 07:12",
     irt="<SUP-007588.1739772601.c09e1a@assistance.example.fr>",
     hdrs=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")],
     body="""Bonjour,

Je suis absente jusqu'au dimanche 23 février inclus (vacances d'hiver) et ne consulte pas ma messagerie.

Pour toute question urgente relative à l'intendance, merci de contacter le secrétariat au 03 22 45 18 00.

Claire Dufossé
""")

# ---- h014
mail(cat="account_creation", auto=True, uai=None, region=None, platform="espace_acheteur", lang="fr",
     notes="A new town-hall secretary asks how to open a buyer account for the commune on the purchasing platform: the sign-up answer fits.",
     frm=("Mairie de Saint-Julien-sur-Veyle", "mairie.stjulienveyle@wanadoo.fr"), client="thunderbird",
     subj="Création compte commune", date="2025-01-10 14:26",
     body="""Bonjour,

Je viens de prendre le poste de secrétaire de mairie à Saint-Julien-sur-Veyle (450 habitants). Le conseil municipal a délibéré en décembre pour adhérer à votre centrale d'achat, notamment pour le fioul et les fournitures de l'école.

Comment dois-je faire pour ouvrir un compte pour la commune sur votre espace acheteur ? Faut-il un compte par personne ou un seul pour la mairie ?

Merci de votre aide,
Chantal Perret
Secrétaire de mairie
""")

# ---- h015
mail(cat="mailinblack_spam", auto=True, uai="0577913S", region="grand-est", platform="espace_acheteur", lang="fr",
     notes="The rectorat rolled out Mailinblack on the school domains in January; the Espace Acheteur messages sit in its quarantine. Clear MailInBlack case.",
     frm=("Lucas Weber", "lucas.weber@ac-nancy-metz.fr"), client="zimbra", fmt="alt",
     subj="Vos messages en quarantaine Mailinblack", date="2025-01-22 11:48",
     body="""Bonjour,

Depuis que le rectorat a déployé Mailinblack sur les boîtes des établissements (début janvier), tous les messages de l'Espace Acheteur arrivent dans la quarantaine : confirmations de commande, relances de panier, et surtout le lien pour le nouveau mot de passe de notre adjointe.

Je peux les libérer un par un depuis l'interface, mais ce n'est pas tenable. Avez-vous une procédure pour que vos envois soient reconnus une fois pour toutes ?

Lucas Weber
Adjoint gestionnaire
Collège Paul Verlaine – Thionville (0577913S)
""")

# ---- h016
mail(cat="password_reset", auto=True, uai="0519485H", region="grand-est", platform="espace_acheteur", lang="fr", hard=True,
     notes="Subject and quoted Outlook history are about an old invoice ticket, but the new text only says the Espace Acheteur password has expired and asks for a new one. The new request is clearly different, so password_reset.",
     frm=("Gestion Lycée Jean Jaurès", "gestion.jaures@ac-reims.fr"), client="outlook", fmt="alt",
     irt="<SUP-006877.1733240512.5be2d0@assistance.example.fr>",
     subj="RE: [#SUP-006877] Facture 2024-1187", date="2025-01-14 08:05",
     body="""Bonjour,

Je réutilise ce message, c'est le seul où j'avais votre adresse : rien à voir avec la facture, qui a bien été réglée.

Ce matin l'Espace Acheteur m'indique que mon mot de passe a expiré et me demande l'ancien pour le changer. Je ne m'en souviens plus du tout. Pouvez-vous m'envoyer un lien pour en créer un nouveau ? Identifiant : 0519485H (lycée Jean Jaurès, Reims).

Merci d'avance,
Isabelle Marchal

De : Assistance <support@assistance.example.fr>
Envoyé : mardi 3 décembre 2024 16:21
À : Gestion Lycée Jean Jaurès <gestion.jaures@ac-reims.fr>
Objet : [#SUP-006877] Facture 2024-1187

Bonjour,

La facture 2024-1187 a été redéposée sur Chorus Pro avec le bon numéro d'engagement. Vous devriez la voir dans les 48 heures.

Cordialement,
L'équipe d'assistance
""")

# ---- h017
mail(cat="missing_noreply_mail", auto=True, uai=None, region=None, platform="espace_acheteur", lang="en",
     notes="English; a university project office requested a new password three times, the confirmation never arrives from the no-reply sender; no filter product named.",
     frm=("Tomasz Nowak", "tomasz.nowak@univ-loire-ocean.fr"), client="gmail", fmt="alt",
     subj="No email after 'forgot password'", date="2025-02-11 09:20",
     body="""Hello,

I manage purchases for an EU-funded project at the university and need to place an order on your buyer platform this week.

I clicked "forgot password" three times yesterday and once this morning. The page says an email has been sent, but nothing ever reaches my inbox (not in spam, not in the "promotions" folder either). Colleagues in other departments receive your emails without trouble.

Is there anything you can check on your side?

Best regards,
Tomasz Nowak
Project manager – Research Office
""")

# ---- h018
mail(cat="other", auto=False, uai=None, region="occitanie", platform=None, lang="fr",
     notes="Asks whether the desk stays open during the February holidays: a general question with no category. Region from the ac-montpellier.fr sender.",
     frm=("Karine Soulier", "karine.soulier@ac-montpellier.fr"), client="zimbra",
     subj="Ouverture pendant les vacances", date="2025-02-06 12:31",
     body="""Bonjour,

Petite question pratique : le service d'assistance est-il ouvert pendant les vacances d'hiver (zone C) ? Nous aurons peut-être besoin de vous pendant l'inventaire du CDI, et je préfère savoir à l'avance si je dois attendre la rentrée.

Merci et bonne journée,
Karine Soulier
""")

# ---- h019
mail(cat="head_of_establishment_request", auto=False, uai="0944652W", region="ile-de-france", platform="espace_acheteur", lang="fr",
     notes="The principal authorises in writing the validation of an order above the gestionnaire's delegation threshold on the Espace Acheteur: authorisation of an order by the head.",
     frm=("Olivier Ténor", "olivier.tenor@ac-creteil.fr"), client="outlook", fmt="alt",
     cc=[("Gestion collège Elsa Triolet", "gestion.triolet@ac-creteil.fr")],
     subj="Autorisation de commande - collège Elsa Triolet", date="2025-01-30 18:07",
     body="""Bonjour,

Je soussigné Olivier Ténor, principal du collège Elsa Triolet de Champigny-sur-Marne (UAI 0944652W), autorise Mme Aurélie Mendy, gestionnaire, à valider sur l'Espace Acheteur le panier n° 2025-0143 (équipement de la salle de sciences, 7 860,00 € TTC), qui dépasse le seuil de délégation dont elle dispose.

Je reste à votre disposition pour toute vérification.

Olivier Ténor
Principal
Collège Elsa Triolet
""")

# ---- h020
mail(cat="automated", auto=False, uai=None, region=None, platform=None, lang="fr", hard=True,
     notes="Monthly newsletter of a professional association (List-Id, List-Unsubscribe, Precedence: bulk). Its articles talk about Chorus Pro, passwords and purchasing platforms, but it is list mail: never answered.",
     frm=("La Lettre de l'Intendance", "lettre@intendance-eple.org"), client="",
     return_path="<bounce-mc.4411.302@lists.intendance-eple.org>", fmt="alt",
     subj="La Lettre de l'Intendance – février 2025 : clôture, Chorus Pro, sécurité des comptes", date="2025-02-03 06:00",
     hdrs=[("List-Id", "La Lettre de l'Intendance <lettre.intendance-eple.org>"),
           ("List-Unsubscribe", "<https://lists.intendance-eple.org/u?id=4411302>, <mailto:unsubscribe@lists.intendance-eple.org?subject=4411302>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"), ("X-Campaign", "lettre-2025-02")],
     body="""LA LETTRE DE L'INTENDANCE – n° 87 – février 2025

Au sommaire

1. Compte financier 2024 : le calendrier à tenir
La date limite de vote approche. Nos conseils pour boucler les opérations de fin d'exercice sans rejets dans Chorus Pro.

2. Marchés : ce qui change au 1er janvier
Relèvement des seuils, nouvelles clauses de révision des prix, et rappel sur les avenants.

3. Sécurité : vos mots de passe de plateformes d'achat
Un mot de passe par plateforme, jamais partagé par mail. Et si votre collègue part en congé, prévoyez un second administrateur.

4. Agenda
Journée régionale des gestionnaires – 20 mars, Lyon.

Vous recevez cette lettre car vous êtes adhérent de l'association.
Se désinscrire : https://lists.intendance-eple.org/u?id=4411302
""")

# ---- h021
mail(cat="contract_documents", auto=False, uai="0458449P", region="centre-val-de-loire", platform="espace_acheteur", lang="fr",
     notes="The CCTP and the price schedule of lot 4 (dairy products) of the food market are missing from the market's documents tab.",
     frm=("Marc Ribeiro", "marc.ribeiro@ac-orleans-tours.fr"), client="thunderbird",
     subj="CCTP et BPU lot 4 introuvables", date="2025-01-24 16:45",
     body="""Bonjour,

Pour préparer les commandes de la demi-pension du 2e trimestre, je cherche le CCTP et le bordereau des prix unitaires du lot 4 (produits laitiers) du marché de denrées alimentaires.

Dans l'Espace Acheteur, l'onglet « Documents » du marché ne contient que l'acte d'engagement des lots 1 à 3. Rien pour le lot 4, alors que nous y sommes bien rattachés (le fournisseur nous livre depuis septembre).

Pourriez-vous ajouter les pièces manquantes ?

Cordialement,
Marc Ribeiro
Gestionnaire – Lycée Voltaire, Orléans
UAI 0458449P
""")

# ---- h022
mail(cat="account_creation", auto=True, uai="0172932V", region="nouvelle-aquitaine", platform="espace_acheteur", lang="fr", hard=True,
     notes="Negation: 'je n'ai pas oublié mon mot de passe'. She never had one: her sign-up has been waiting for the structure administrator's validation since 6 January (FAQ case), so account_creation.",
     frm=("Sophie Guérin", "sophie.guerin@ac-poitiers.fr"), client="iphone",
     subj="Mot de passe ?", date="2025-01-13 12:10",
     body="""Bonjour

Je ne vous écris pas pour un oubli de mot de passe : je n'en ai jamais eu. Je suis arrivée comme adjointe gestionnaire au collège Fromentin de La Rochelle (0172932V) et j'ai rempli le formulaire d'inscription de l'Espace Acheteur le 6 janvier.

Depuis, quand j'essaie de me connecter, on me dit que mon compte est en attente. C'est normal ? Combien de temps ça prend ?

Merci

Sophie Guérin

Envoyé de mon iPhone
""")

# ---- h023
mail(cat="password_reset", auto=True, uai="0295636U", region="bretagne", platform="esidoc", lang="fr",
     cte="8bit",
     notes="Librarian of a lycée professionnel lost the e-sidoc back-office password over the Christmas break; UAI given. Plain reset request.",
     frm=("Gwenaëlle Le Goff", "gwenaelle.legoff@ac-rennes.fr"), client="roundcube",
     subj="Mot de passe e-sidoc perdu", date="2025-01-07 10:02",
     body="""Bonjour,

Retour de vacances difficile : le post-it sur lequel j'avais noté le mot de passe administrateur de notre portail e-sidoc a disparu pendant le grand ménage de Noël du CDI.

Pourriez-vous m'aider à en définir un nouveau ? Nous sommes le lycée professionnel de l'Elorn à Landerneau, UAI 0295636U.

Merci et bonne année !
Gwenaëlle Le Goff
Professeure documentaliste
""")

# ---- h024
mail(cat="transfer_incident", auto=False, uai=None, region=None, platform="ecoledirecte", lang="en",
     notes="English; IT contractor of a private school: since a Windows update the Charlemagne-to-EcoleDirecte replication no longer runs. No UAI, non-academic sender.",
     frm=("Kevin O'Brien", "kobrien@netcare-services.eu"), client="outlook", fmt="alt",
     subj="EcoleDirecte sync stopped after Windows update", date="2025-01-09 18:34",
     body="""Hello,

I'm the external IT contractor for Institution Sainte-Marthe (private school under contract). After the January cumulative update on their server (Windows Server 2019), the data transfer from Charlemagne to EcoleDirecte stopped: the transfer tool shows its last successful run on 6 January and nothing since.

The service is running, the server has internet access, and I haven't touched the firewall. I'd rather not start reinstalling components without your advice.

What logs would you like me to send?

Regards,
Kevin O'Brien
NetCare Services
""")

# ---- h025
mail(cat="order_billing", auto=False, uai="0131154J", region="provence-alpes-cote-d-azur", platform="espace_acheteur", lang="fr",
     notes="A supplier's accountant chases payment of an invoice filed on Chorus Pro for an order a lycée placed through the platform; the customer's UAI is given in the mail and sets the region.",
     frm=("Comptabilité Fournitures Provence", "compta@fournitures-provence.fr"), client="outlook", fmt="alt",
     subj="Relance paiement facture FA-24-0912", date="2025-01-29 09:15",
     body="""Madame, Monsieur,

Sauf erreur de notre part, notre facture n° FA-24-0912 du 12 novembre 2024 (1 286,40 € TTC), correspondant à la commande passée via votre plateforme par le lycée Victor Hugo de Marseille (UAI 0131154J), reste impayée à ce jour.

Elle a été déposée sur Chorus Pro le jour même et son statut est « Mise à disposition » depuis le 13 novembre. Le délai global de paiement de 30 jours est largement dépassé.

Pourriez-vous nous indiquer à qui nous adresser, ou relayer auprès de l'établissement ?

Nous vous remercions par avance.

Service comptabilité
Fournitures Provence SAS
""")

# ---- h026
mail(cat="missing_noreply_mail", auto=True, uai="0353440Z", region="bretagne", platform="espace_acheteur", lang="fr",
     notes="The automatic order-summary mails (PDF purchase orders sent after validation) stopped arriving in December; no filter product named.",
     frm=("Yann Tanguy", "yann.tanguy@ac-rennes.fr"), client="thunderbird",
     subj="Plus de bons de commande par mail depuis décembre", date="2025-01-06 15:40",
     body="""Bonjour,

Jusqu'en novembre, chaque validation de commande sur l'Espace Acheteur déclenchait un mail automatique avec le bon de commande en PDF. C'est ce PDF que je classe pour l'agent comptable.

Depuis début décembre, plus rien. Les commandes passent bien (elles apparaissent dans l'historique et les fournisseurs livrent), mais je ne reçois plus aucun de ces messages. Pas dans les indésirables non plus.

Pouvez-vous regarder ? Je suis au lycée Bréquigny à Rennes, 0353440Z.

Cordialement,
Yann Tanguy
Secrétaire d'intendance
""")

# ---- h027
mail(cat="mailinblack_spam", auto=True, uai=None, region=None, platform="espace_acheteur", lang="fr", hard=True,
     notes="Zimbra reply ('----- Mail original -----') quoting the desk's junk-folder answer (missing_noreply_mail): the new text says the town hall's IT found 'Mail In Black' holding the mails, so the MailInBlack guide is now the right answer. Town-hall domain, no UAI: no region.",
     frm=("Jérôme Pelletier", "j.pelletier@mairie-lambesc.fr"), client="zimbra", fmt="alt",
     irt="<SUP-007201.1736842210.9ad31c@assistance.example.fr>",
     subj="Re: [#SUP-007201] Mail d'activation non reçu", date="2025-01-16 10:55",
     body="""Bonjour,

Merci pour votre réponse. Rien dans les indésirables, mais notre prestataire informatique a trouvé l'explication : la mairie est équipée de Mail In Black depuis l'automne et vos mails sont bloqués dans ce logiciel, en attente d'une validation que personne ne fait.

Que faut-il autoriser exactement ?

Jérôme Pelletier
Mairie de Lambesc – service marchés

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Jérôme Pelletier" <j.pelletier@mairie-lambesc.fr>
Envoyé: Mardi 14 Janvier 2025 09:10:10
Objet: [#SUP-007201] Mail d'activation non reçu

Bonjour,

Les messages automatiques de la plateforme partent d'une adresse « no-reply ». Merci de vérifier votre dossier de courriers indésirables et, si vous y trouvez notre message, de le marquer comme légitime. Sans nouvelles de votre part sous 48 heures, nous reviendrons vers vous.

Cordialement,
L'équipe d'assistance
""")

# ---- h028
mail(cat="other", auto=False, uai=None, region=None, platform=None, lang="en", hard=True,
     notes="English phishing posing as Chorus Pro ('account suspended, verify your unpaid invoices and password'), look-alike domain and failing SPF/DMARC. Mentions invoices and passwords but is neither order_billing nor password_reset.",
     frm=("Chorus Pro Billing", "billing@chorus-pro-secure.net"), client="",
     auth="dkim=none; spf=fail smtp.mailfrom=chorus-pro-secure.net; dmarc=fail (p=reject dis=none) header.from=chorus-pro-secure.net",
     fmt="html", subj="Action required: account suspension – 3 unpaid invoices", date="2025-02-12 03:14",
     html="""<html><body style="font-family:Arial">
<table width="600"><tr><td style="background:#003189;color:#fff;padding:12px"><b>CHORUS PRO</b> | Invoice portal</td></tr>
<tr><td style="padding:16px">
<p>Dear customer,</p>
<p>Our system detected <b>3 unpaid invoices</b> linked to your organisation. To avoid the suspension of your account within <b>24 hours</b>, please verify your invoices and confirm your password using the secure link below.</p>
<p style="text-align:center"><a href="http://chorus-pro-secure.net/verify?id=88213" style="background:#e1000f;color:#fff;padding:10px 20px;text-decoration:none">VERIFY NOW</a></p>
<p>Failure to comply will result in the blocking of all payments.</p>
<p>Chorus Pro Billing Department</p>
</td></tr></table></body></html>
""")

# ---- h029
mail(cat="password_reset", auto=False, uai="0632747U", region="auvergne-rhone-alpes", platform="esidoc", lang="fr", hard=True,
     notes="Third message for the same lost e-sidoc password, angry; the earlier requests got no useful answer. Still password_reset, but a person should take it over rather than send the same template a third time.",
     frm=("Nathalie Roux", "nathalie.roux@ac-clermont.fr"), client="zimbra",
     subj="TROISIÈME demande - mot de passe e-sidoc", date="2025-01-23 17:48",
     body="""Bonjour,

C'est la troisième fois que je vous écris pour la même chose (le 8 et le 15 janvier) et je n'ai reçu que des messages automatiques qui ne servent à rien.

JE N'AI PLUS LE MOT DE PASSE de l'administration de notre portail e-sidoc. Le lien que vous dites envoyer arrive sur l'adresse de mon prédécesseur, qui est à la retraite depuis deux ans.

Pendant ce temps le CDI du lycée Blaise Pascal (0632747U) tourne sans pouvoir mettre à jour les nouveautés, les élèves de terminale ne trouvent rien pour leurs exposés, et moi je perds mon temps.

J'aimerais qu'une personne, une vraie, me rappelle : 04 73 31 28 00, poste 214.

Nathalie Roux
Professeure documentaliste
""")

# ---- h030
mail(cat="subscription_activation", auto=True, uai="0490946M", region="pays-de-la-loire", platform="esidoc", lang="fr",
     notes="Librarian of an agricultural lycée (EPLEFPA) asks how to make the delivered Universalis resource appear in the portal's resources block: publication of a resource.",
     frm=("Anne-Sophie Bretaudeau", "anne-sophie.bretaudeau@educagri.fr"), client="outlook", fmt="alt",
     subj="Universalis : comment l'afficher sur le portail ?", date="2025-02-10 13:22",
     body="""Bonjour,

Notre commande Universalis est arrivée (je l'ai dans la liste des ressources de l'administration), mais je ne sais pas comment la faire apparaître dans le bloc « Ressources numériques » de la page d'accueil, là où les élèves ont déjà Cafeyn.

Y a-t-il une manipulation particulière ?

Merci d'avance,
Anne-Sophie Bretaudeau
Documentaliste – EPLEFPA Angers Le Fresne (0490946M)
""")

# ---- h031
mail(cat="automated", auto=False, uai=None, region="nouvelle-aquitaine", platform=None, lang="fr",
     notes="Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from the ac-bordeaux.fr sender.",
     frm=("Bernard Lagarde", "bernard.lagarde@ac-bordeaux.fr"), client="outlook", kind="mdn",
     subj="Lu : [#SUP-007655] Demande de devis - abonnement e-sidoc", date="2025-02-12 14:03",
     mdn=dict(text="""Votre message

  À : Bernard Lagarde
  Objet : [#SUP-007655] Demande de devis - abonnement e-sidoc
  Envoyé : mercredi 12 février 2025 11:37:52 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mercredi 12 février 2025 14:03:40 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""", ua="PAXP251MB0882.EURP251.PROD.OUTLOOK.COM; Microsoft Outlook 16.0",
              rcpt="bernard.lagarde@ac-bordeaux.fr", orig_id="<SUP-007655.1739356672.41be70@assistance.example.fr>",
              disposition="manual-action/MDN-sent-manually; displayed"))

# ---- h032
mail(cat="order_billing", auto=False, uai="0874701M", region="nouvelle-aquitaine", platform="espace_acheteur", lang="fr",
     notes="Symptom only: the basket's 'Valider ma commande' button stays greyed. Order validation problem, so order_billing.",
     frm=("Martine Peyrat", "martine.peyrat@ac-limoges.fr"), client="outlook", fmt="alt",
     att=[("png", "panier_bouton_grise.png")],
     subj="Impossible de valider le panier", date="2025-01-31 10:26",
     body="""Bonjour,

J'ai constitué hier un panier de fournitures pour la rentrée de février (papeterie et consommables d'imprimante). Tout s'affiche correctement, les quantités et le total sont bons, mais le bouton « Valider ma commande » reste grisé, sans aucun message.

J'ai essayé avec Firefox et avec Edge, et en me déconnectant/reconnectant. Même chose. Je joins une capture d'écran.

Collège Maurice Genevoix – Couzeix
UAI 0874701M

Martine Peyrat, gestionnaire
""")

# ---- h033
mail(cat="contract_documents", auto=False, uai=None, region=None, platform="espace_acheteur", lang="fr", hard=True,
     notes="Says first what is NOT the problem (login works, buyer rights present, no browser issue), then the real one: the signed membership convention cannot be found in the buyer space. Hospital sender, no region.",
     frm=("Céline Morvan", "celine.morvan@ght-cotes-armor.fr"), client="outlook", fmt="html",
     subj="Convention d'adhésion signée", date="2025-02-03 15:07",
     body="""Bonjour,

Pour éviter les allers-retours : ce n'est pas un problème de connexion, je me connecte sans difficulté. Ce n'est pas non plus une question de droits, j'ai bien le profil « acheteur » et je vois nos commandes. Et j'ai essayé depuis deux navigateurs.

Ce que je ne trouve pas, c'est la convention d'adhésion de notre GHT à la centrale, signée en octobre. Elle n'apparaît ni dans « Mes marchés » ni dans les documents de la structure. Notre contrôleur de gestion me la réclame pour l'audit des achats.

Pouvez-vous la rendre visible ou me la transmettre ?

Cordialement,
Céline Morvan
Direction des achats – GHT d'Armor
""")

# ---- h034
mail(cat="head_of_establishment_request", auto=False, uai="0922680N", region="ile-de-france", platform="esidoc", lang="en",
     notes="English; the head of the lycée writes from the ce.<UAI> address: the librarian retired, he asks that the e-sidoc administrator contact be changed to the new librarian and the password reset.",
     frm=("Lycée Jean-Pierre Vernant - Direction", "ce.0922680N@ac-versailles.fr"), client="zimbra", fmt="alt",
     subj="e-sidoc administrator – change of contact", date="2025-01-08 08:15",
     body="""Dear Sir or Madam,

I am the head of Lycée Jean-Pierre Vernant in Sèvres (UAI 0922680N). Our teacher-librarian, Mrs Pauline Chevalier, retired at the end of December and the e-sidoc administrator account is still attached to her personal address.

I hereby ask you to reset the administrator password and to replace the contact address with that of her successor, Mr Hugo Lemaire (hugo.lemaire@ac-versailles.fr), who took up his post on 6 January.

Yours faithfully,

Stéphane Morel
Proviseur
""")

# ---- h035
mail(cat="missing_noreply_mail", auto=True, uai=None, region=None, platform="espace_acheteur", lang="fr", hard=True,
     cte="base64",
     notes="A single line with a screenshot of an empty inbox; only the subject says it is the Espace Acheteur activation mail. No filter product named. Free-mail sender: no region.",
     frm=("Loïc B.", "loic.bertrand.achats@gmail.com"), client="android", att=[("png", "Screenshot_20250205-084512.png")],
     subj="Mail d'activation Espace Acheteur", date="2025-02-05 08:46",
     body="""Toujours rien reçu depuis vendredi, voir capture.
""")

# ---- h036
mail(cat="transfer_incident", auto=False, uai="0751766M", region="ile-de-france", platform="ecoledirecte", lang="fr",
     notes="After the server was replaced over the Christmas break, the transfer tool refuses to start ('nombre de postes autorisés dépassé'): the licence must be regenerated.",
     frm=("Rachid Benali", "rachid.benali@ac-paris.fr"), client="outlook", fmt="alt",
     subj="Licence à refaire après changement de serveur", date="2025-01-07 11:12",
     body="""Bonjour,

Le serveur administratif du collège a été remplacé pendant les vacances de Noël. Depuis, l'outil de transfert vers EcoleDirecte refuse de démarrer et affiche : « Nombre de postes autorisés dépassé ». Aucun transfert n'est donc parti depuis le 20 décembre.

J'imagine que la licence est liée à l'ancienne machine. Pourriez-vous la régénérer pour le nouveau serveur ?

Collège Gabriel Fauré – Paris 13e
UAI 0751766M

Rachid Benali
Chef des services administratifs
""")

# ---- h037
mail(cat="password_reset", auto=True, uai="9743016K", region="la-reunion", platform="esidoc", lang="en", tz="reunion",
     notes="English from La Réunion (UTC+4): account locked after too many attempts on the e-sidoc back office; asks for a reset.",
     frm=("Priya Govindin", "priya.govindin@ac-reunion.fr"), client="gmail", fmt="alt",
     subj="Locked out of e-sidoc admin", date="2025-01-21 14:35",
     body="""Hello,

I'm the teacher-librarian at Lycée Roland Garros, Le Tampon (UAI 9743016K). I tried the admin password too many times this morning and now the e-sidoc back office says the account is locked.

Could you unlock it or send a reset link to the school's official address? I have access to that mailbox through the office.

Thank you so much,
Priya Govindin
""")

# ---- h038
mail(cat="account_creation", auto=False, uai=None, region=None, platform="espace_acheteur", lang="fr",
     notes="A university buyer whose colleague left asks who the structure's administrator now is, to get new accounts validated: a look-up a person must do.",
     frm=("Élodie Carré", "elodie.carre@univ-artois-lys.fr"), client="outlook", fmt="alt",
     subj="Qui administre notre structure ?", date="2025-01-27 14:50",
     body="""Bonjour,

M. Fontaine, qui gérait pour le service achats de l'université les comptes de notre structure sur votre plateforme, a quitté l'établissement fin décembre. Deux nouveaux collègues attendent depuis la validation de leur inscription.

Pouvez-vous me dire qui est aujourd'hui déclaré comme administrateur de notre structure, et ce qu'il faut faire pour que ce rôle me soit attribué ?

Merci,
Élodie Carré
Responsable de la cellule achats
""")

# ---- h039
mail(cat="other", auto=False, uai=None, region="centre-val-de-loire", platform="espace_acheteur", lang="fr", hard=True,
     notes="Apple Mail reply: the quoted history is the contract-documents ticket, but the new text only confirms the amendment is now visible and thanks the desk. Nothing asked.",
     frm=("Paul Deschamps", "paul.deschamps@ac-orleans-tours.fr"), client="apple",
     irt="<SUP-007322.1737122110.0f33aa@assistance.example.fr>",
     subj="Re: [#SUP-007322] Avenant n°2 introuvable", date="2025-01-17 16:02",
     body="""Parfait, je retrouve bien l'avenant dans l'onglet documents. Merci pour la rapidité !

Bonne fin de semaine,
Paul

> Le 17 janv. 2025 à 14:48, Assistance <support@assistance.example.fr> a écrit :
>
> Bonjour,
>
> L'avenant n°2 du marché « Matériel informatique 2023-044 » a été ajouté aux documents du marché dans votre Espace Acheteur.
>
> Cordialement,
> L'équipe d'assistance
""")

# ---- h040
mail(cat="automated", auto=False, uai=None, region=None, platform=None, lang="en",
     notes="Another service desk's automatic acknowledgement (a university IT ticketing tool) of a message the desk sent it; Auto-Submitted and X-Auto-Response-Suppress. Answering it would start a loop.",
     frm=("IT Service Desk", "servicedesk@univ-loire-ocean.fr"), client="",
     irt="<SUP-007590.1738311120.77ad01@assistance.example.fr>",
     hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-ServiceDesk-Request", "48213")],
     subj="[Request ID :##48213##] : Re: [#SUP-007590] Activation emails blocked", date="2025-01-31 10:06",
     fmt="alt",
     body="""Dear Requester,

Thank you for contacting the University IT Service Desk.

Your request has been logged with the reference ##48213##. Please keep this reference in the subject line of any further correspondence so that your message is attached to the same request.

Priority: Medium
Expected first response: within 2 business days

You can follow your request at https://servicedesk.univ-loire-ocean.fr/

This is an automated message; please do not reply.
""")

# ---- h041
mail(cat="order_billing", auto=False, uai=None, region=None, platform="espace_acheteur", lang="en",
     notes="English; a Belgian supplier asks whether an order placed by a French school through the platform must be invoiced through Chorus Pro or by PDF e-mail, and with which references. Invoicing question.",
     frm=("Sarah Janssens", "sarah.janssens@didactica-benelux.be"), client="outlook", fmt="alt",
     subj="Invoicing channel for order EA-2025-00317", date="2025-01-15 15:44",
     body="""Good afternoon,

We received purchase order EA-2025-00317 through your platform from a French collège, for science lab equipment. This is our first order from a French public body.

Our accounting team would like to know how the invoice must be sent: is it mandatory to file it on Chorus Pro (we do not have an account yet), or can we send a PDF to the school by e-mail? And which references (SIRET, service code, order number) must appear on it?

Thank you in advance for your guidance.

Kind regards,
Sarah Janssens
Accounts Receivable – Didactica Benelux NV
""")

# ---- h042
mail(cat="mailinblack_spam", auto=True, uai="0141094N", region="normandie", platform="espace_acheteur", lang="fr",
     notes="The morning Mailinblack digest lists the platform's messages as waiting; the secrétaire asks whether to release them one by one. Named product, clear case.",
     frm=("Élise Marie", "elise.marie@ac-normandie.fr"), client="zimbra",
     subj="Messages en attente dans le récapitulatif Mailinblack", date="2025-02-13 09:04",
     body="""Bonjour,

Chaque matin je reçois le récapitulatif Mailinblack de la boîte de l'intendance, et depuis une semaine il contient trois ou quatre messages de votre plateforme classés « en attente » (confirmations de commande, je pense).

Dois-je les libérer un par un ? Ou y a-t-il un moyen pour qu'ils arrivent directement ?

Merci,
Élise Marie
Secrétariat d'intendance
Lycée Malherbe – Caen (0141094N)
""")

# ---- h043
mail(cat="password_reset", auto=True, uai="0766679X", region="normandie", platform="esidoc", lang="fr", hard=True,
     charset="iso-8859-1", cte="8bit",
     notes="UAI written with spaces and a lower-case letter ('076 6679 x'); clear lost e-sidoc password. The label is the normalised code.",
     frm=("sylvie duhamel", "sylvie.duhamel76@orange.fr"), client="", auth="dkim=pass header.d=orange.fr; spf=pass smtp.mailfrom=orange.fr; dmarc=pass header.from=orange.fr",
     subj="esidoc", date="2025-01-19 21:37",
     body="""bonsoir
je suis la documentaliste du college Andre Maurois a Elbeuf, je n'arrive plus a me connecter a la partie gestion de esidoc, j'ai du me tromper en changeant le mot de passe avant les vacances et je ne sais plus lequel j'ai mis
notre numero rne c'est 076 6679 x
merci de me dire comment faire
sylvie duhamel
""")

# ---- h044
mail(cat="missing_noreply_mail", auto=True, uai=None, region=None, platform="espace_acheteur", lang="fr",
     notes="After changing her e-mail address in her buyer profile, the confirmation link to validate the new address never arrived; no filter product named. Communauté de communes, no region.",
     frm=("Valérie Chauvin", "v.chauvin@cc-pays-mornantais.fr"), client="outlook", fmt="alt",
     subj="Changement d'adresse mail - pas de lien de confirmation", date="2025-01-29 11:37",
     body="""Bonjour,

Suite au changement de nom de domaine de la communauté de communes au 1er janvier, j'ai modifié mon adresse dans mon profil acheteur (ancienne adresse en @copamo.fr, nouvelle en @cc-pays-mornantais.fr).

Le site m'a indiqué qu'un lien de confirmation était envoyé à la nouvelle adresse. Rien reçu depuis lundi, ni dans la boîte ni dans le dossier spam. L'ancienne adresse est désactivée depuis.

Pourriez-vous vérifier ?

Valérie Chauvin
Commande publique – Communauté de communes du Pays Mornantais
""")

# ---- h045
mail(cat="subscription_activation", auto=True, uai="0314195S", region="occitanie", platform="esidoc", lang="en",
     notes="English; Cafeyn ordered on Tuesday, still greyed out on Thursday morning: about 40 hours, inside the 72-hour window.",
     frm=("Rebecca Moore", "rebecca.moore@ac-toulouse.fr"), client="gmail", fmt="alt",
     subj="Cafeyn still greyed out", date="2025-02-06 08:12",
     body="""Hi there,

Our bursar validated the Cafeyn subscription on Tuesday afternoon, but on the CDI portal the Cafeyn tile is still greyed out and says "resource not available".

Is that just a matter of waiting, or is there a setting I need to change? (I'm the English-section teacher-librarian at Lycée Saint-Sernin, 0314195S.)

Cheers,
Rebecca
""")

# ---- h046
mail(cat="head_of_establishment_request", auto=False, uai="0693377W", region="auvergne-rhone-alpes", platform="espace_acheteur", lang="fr",
     notes="The principal writes from the ce.<UAI> address (Zimbra): the gestionnaire left on mutation in January; she asks to replace the administrator contact address of the Espace Acheteur account by her successor's.",
     frm=("Principale collège Jean Moulin", "ce.0693377W@ac-lyon.fr"), client="zimbra", fmt="alt",
     subj="Changement d'adresse de l'administrateur - Espace Acheteur", date="2025-01-20 12:02",
     body="""Madame, Monsieur,

M. Denis Achard, gestionnaire du collège Jean Moulin (UAI 0693377W), a rejoint un autre établissement le 1er janvier. Le compte administrateur de notre structure sur l'Espace Acheteur est toujours rattaché à son adresse.

Je vous demande de bien vouloir remplacer cette adresse par celle de Mme Camille Ferrand, qui lui succède : camille.ferrand@ac-lyon.fr.

Je vous prie d'agréer l'expression de mes salutations distinguées.

Hélène Vasseur
Principale
""")

# ---- h047
mail(cat="order_billing", auto=False, uai=None, region=None, platform="espace_acheteur", lang="fr",
     cte="8bit",
     notes="A small town hall has no bon d'engagement, only a purchase order signed by the mayor, and asks whether that is accepted to validate an order.",
     frm=("Mairie de Vinsobres", "accueil@mairie-vinsobres.fr"), client="thunderbird",
     subj="Question bon d'engagement", date="2025-01-14 16:20",
     body="""Bonjour,

Au moment de valider notre première commande (mobilier pour la cantine), la plateforme nous demande de téléverser un « bon d'engagement ».

Nous sommes une petite commune : nous n'avons pas de logiciel qui édite ce genre de document. Nous faisons un bon de commande papier signé par le maire. Est-ce que ce document peut convenir ? Sinon, quel modèle devons-nous utiliser ?

Merci de votre réponse,
Corinne Abel
Secrétaire de mairie, Vinsobres
""")

# ---- h048
mail(cat="automated", auto=False, uai=None, region=None, platform=None, lang="fr", hard=True,
     notes="Chorus Pro transactional notification sent to the desk's address (an invoice made available to the centrale's structure); no-reply sender, no Auto-Submitted. Full of invoice vocabulary but machine-generated.",
     frm=("Chorus Pro", "ne-pas-repondre@chorus-pro.gouv.fr"), client="", fmt="alt",
     subj="[Chorus Pro] Nouvelle facture mise à disposition - n° 2025-FA-00871", date="2025-02-07 04:31",
     body="""Bonjour,

Une nouvelle facture a été mise à disposition de votre structure.

Numéro de facture : 2025-FA-00871
Fournisseur : LIBRAIRIE DES ÉCOLES SARL
Montant TTC : 642,18 EUR
Date de dépôt : 07/02/2025
Statut : MISE_A_DISPOSITION

Pour consulter cette facture, connectez-vous à votre espace Chorus Pro.

Ce courriel est généré automatiquement, merci de ne pas y répondre.
""")

# ---- h049
mail(cat="contract_documents", auto=False, uai="0548717G", region="grand-est", platform="espace_acheteur", lang="fr",
     notes="The market documents of 2024-031 (school supplies) return a 404 error on download: cannot see market documents.",
     frm=("Stéphanie Klein", "stephanie.klein@ac-nancy-metz.fr"), client="outlook", fmt="alt",
     att=[("png", "erreur_404_documents.png")],
     subj="Erreur 404 sur les pièces du marché 2024-031", date="2025-02-18 10:48",
     body="""Bonjour,

Dans l'Espace Acheteur, quand je clique sur « Télécharger » pour n'importe quelle pièce du marché 2024-031 (fournitures scolaires), j'obtiens une page « Erreur 404 – document introuvable ». Les autres marchés fonctionnent.

J'ai besoin du bordereau de prix pour vérifier une facture. Capture en pièce jointe.

Cordialement,
Stéphanie Klein
Gestionnaire – Collège La Fontaine, Laxou (0548717G)
""")

# ---- h050
mail(cat="transfer_incident", auto=False, uai="0309452L", region="occitanie", platform="ecoledirecte", lang="fr", hard=True,
     notes="Asks for the day's maintenance password to repair the Charlemagne base after a power cut: transfer_incident per the taxonomy, although it says 'mot de passe'. The UAI appears only in the ce.<UAI>@ac-montpellier.fr sender.",
     frm=("Collège Condorcet Nîmes", "ce.0309452L@ac-montpellier.fr"), client="zimbra",
     subj="Mot de passe du jour svp", date="2025-02-20 08:03",
     body="""Bonjour,

Suite à la coupure de courant d'hier soir, le logiciel indique que la base doit être réparée avant toute utilisation et les transferts EcoleDirecte sont bloqués.

Pouvez-vous nous communiquer le mot de passe de maintenance du jour pour lancer la réparation ?

Merci,
Le secrétariat
""")

# ---- h051
mail(cat="password_reset", auto=True, uai="0374814G", region="centre-val-de-loire", platform="espace_acheteur", lang="fr",
     notes="Very short message from an iPhone: Espace Acheteur password forgotten, UAI given.",
     frm=("Franck Moreau", "franck.moreau@ac-orleans-tours.fr"), client="iphone",
     subj="Mdp espace acheteur", date="2025-02-03 07:41",
     body="""Bonjour,
Mot de passe de l'espace acheteur oublié, pouvez-vous me renvoyer un lien ? Lycée Descartes Tours, 0374814G.
Merci
Franck Moreau

Envoyé de mon iPhone
""")

# ---- h052
mail(cat="automated", auto=False, uai=None, region=None, platform=None, lang="fr", hard=True,
     notes="Out-of-office produced by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording and the 'Absence' subject show it is automatic.",
     frm=("Sylvain Texier", "s.texier@mairie-pornichet.fr"), client="outlook", fmt="alt",
     subj="Absence - Sylvain Texier", date="2025-02-14 08:30",
     body="""Bonjour,

Je suis en congés jusqu'au lundi 24 février inclus.

Pour toute urgence concernant les commandes et les marchés de la ville, vous pouvez joindre Mme Audrey Gicquel au 02 40 61 33 33 ou à l'adresse commande.publique@mairie-pornichet.fr.

Je traiterai votre message à mon retour.

Sylvain Texier
Service de la commande publique
""")

# ---- h053
mail(cat="other", auto=False, uai=None, region=None, platform=None, lang="fr", hard=True,
     notes="A supplier preparing its bid asks a question about the consultation file (estimated quantities of lot 2) by mail to the desk. It can read the DCE; the question belongs to the buyer's Q&A, not to a support category. Market vocabulary without contract_documents.",
     frm=("Julie Fabre - Imprimerie du Lauragais", "julie.fabre@imprimerie-lauragais.fr"), client="thunderbird",
     subj="Question sur la consultation 2025-007 lot 2", date="2025-01-22 17:12",
     body="""Bonjour,

Nous préparons notre réponse à la consultation 2025-007 (impression de supports de communication), lot 2 « documents administratifs ».

Dans le bordereau, les quantités indiquées pour les enveloppes à fenêtre sont-elles annuelles ou pour la durée totale de l'accord-cadre (4 ans) ? Le CCTP n'est pas clair sur ce point et cela change beaucoup notre prix.

La date limite de remise des offres étant le 7 février, une réponse rapide nous aiderait beaucoup.

Cordialement,
Julie Fabre
Chargée d'affaires
""")

# ---- h054
mail(cat="missing_noreply_mail", auto=True, uai=None, region=None, platform="espace_acheteur", lang="en",
     notes="English; a hospital buyer no longer receives the platform's automatic delivery-confirmation notifications; nothing in junk, no anti-spam product named.",
     frm=("Laura Bennett", "laura.bennett@ch-annecy-genevois.fr"), client="outlook", fmt="alt",
     subj="Delivery notifications not coming through", date="2025-02-19 11:25",
     body="""Hello,

Since about mid-January I no longer get the automatic notifications from your platform when a supplier marks one of our orders as shipped or delivered. Until then they arrived without any problem.

Nothing in Junk, nothing in quarantine as far as our IT can see, and my notification settings in the buyer profile are unchanged (all boxes ticked).

Could you check whether the messages are actually sent to my address?

Best regards,
Laura Bennett
Biomedical purchasing – Centre hospitalier Annecy Genevois
""")

# ---- h055
mail(cat="order_billing", auto=False, uai="0958878J", region="ile-de-france", platform="espace_acheteur", lang="fr", hard=True,
     notes="Two topics: the same basket was validated twice and one order must be cancelled (main request, order_billing); at the end she also asks where the membership convention is (contract_documents).",
     frm=("Nadège Sylla", "nadege.sylla@ac-versailles.fr"), client="outlook", fmt="alt",
     subj="Commande en double à annuler", date="2025-02-11 14:02",
     body="""Bonjour,

Suite à une erreur de manipulation (double clic, je pense), notre panier de produits d'entretien a été validé deux fois ce matin : commandes n° EA-2025-01822 et EA-2025-01823, identiques, 1 148,60 € TTC chacune.

Pouvez-vous annuler la seconde avant qu'elle ne parte chez le fournisseur ? Nous n'avons qu'un seul bon d'engagement.

Par ailleurs, et ce n'est pas urgent : où puis-je retrouver notre convention d'adhésion ? Je ne la vois pas dans l'espace.

Merci,
Nadège Sylla
Gestionnaire – Collège Jules Ferry, Cergy (0958878J)
""")

# ---- h056
mail(cat="head_of_establishment_request", auto=False, uai="0592727U", region="hauts-de-france", platform="esidoc", lang="fr", hard=True,
     notes="The secretariat writes from the ce.<UAI> address and attaches the proviseur's signed letter asking for an e-sidoc administrator reset: the head's written request, relayed. Staff must check the letter.",
     frm=("Secrétariat de direction - Lycée Baggio", "ce.0592727U@ac-lille.fr"), client="outlook", fmt="alt",
     att=[("pdf", "courrier_proviseur_esidoc.pdf")],
     subj="Courrier du proviseur - accès administrateur e-sidoc", date="2025-01-10 10:20",
     body="""Bonjour,

À la demande de M. le Proviseur, je vous transmets en pièce jointe son courrier signé concernant l'accès administrateur de notre portail e-sidoc.

Pour résumer : notre documentaliste, Mme Delattre, a été nommée sur un autre poste au 1er janvier et personne n'a le mot de passe. M. le Proviseur demande la réinitialisation du compte administrateur, avec envoi du lien sur l'adresse de l'établissement, et l'enregistrement de M. Nicolas Caron (nicolas.caron@ac-lille.fr) comme nouveau contact.

Pour le proviseur, et par délégation,
Marie-Pierre Dewaele
Secrétaire de direction
Lycée Baggio – Lille (0592727U)
""")

# ---- h057
mail(cat="mailinblack_spam", auto=True, uai=None, region=None, platform="espace_acheteur", lang="fr", hard=True,
     notes="The password link is already 'used' on the first click: the town hall's Mailinblack protection opens the links it rewrites. Reads like an expired-link password case, but the named product is the cause: mailinblack_spam. No UAI, town-hall domain.",
     frm=("Damien Fournier", "damien.fournier@ville-montbrison.fr"), client="outlook", fmt="alt",
     subj="Lien « déjà utilisé » dès le premier clic", date="2025-02-04 16:33",
     body="""Bonjour,

Depuis trois jours j'essaie de définir un nouveau mot de passe pour l'Espace Acheteur. Je reçois bien votre mail, mais au premier clic le site m'affiche « ce lien a déjà été utilisé ou a expiré ».

Notre DSI pense que c'est Mailinblack : depuis décembre, tous les liens des mails entrants sont réécrits et « analysés » par leur module de protection avant que nous les ouvrions. L'analyse consommerait donc le lien à usage unique.

Avez-vous une consigne à donner à notre DSI pour exclure vos messages de cette analyse ?

Damien Fournier
Direction des finances et de la commande publique
Ville de Montbrison
""")

# ---- h058
mail(cat="account_creation", auto=True, uai="0014338K", region="auvergne-rhone-alpes", platform="esidoc", lang="fr",
     notes="Librarian of an agricultural lycée wants to open the customer account needed before a first online order: the account-creation answer fits.",
     frm=("Mathilde Girod", "mathilde.girod@educagri.fr"), client="thunderbird",
     subj="Ouvrir un compte client pour commander", date="2025-01-28 13:55",
     body="""Bonjour,

Le lycée agricole de Cibeins (0014338K) utilise e-sidoc depuis des années, mais les abonnements étaient jusqu'ici commandés par le lycée de Bourg pour tout l'EPLEFPA. Nous devons désormais commander nous-mêmes.

Je crois comprendre qu'il faut d'abord ouvrir un compte client. Comment fait-on ?

Bien à vous,
Mathilde Girod
Documentaliste
""")

# ---- h059
mail(cat="password_reset", auto=True, uai="0805369B", region="hauts-de-france", platform="esidoc", lang="fr",
     notes="Gmail-style French quote ('Le mar. 14 janv. 2025 à 08:02, ... a écrit :'): the reset link expired while she sat in class councils; asks for a new one.",
     frm=("Aurore Lefèvre", "aurore.lefevre@ac-amiens.fr"), client="gmail", fmt="alt",
     irt="<SUP-007244.1736838120.3f01ac@assistance.example.fr>",
     subj="Re: [#SUP-007244] Réinitialisation du mot de passe e-sidoc", date="2025-01-14 21:16",
     body="""Bonsoir,

J'étais en conseils de classe toute la journée et le lien a expiré avant que j'aie pu cliquer dessus. Pourriez-vous m'en renvoyer un ? Je le guetterai demain matin.

Merci beaucoup,
Aurore Lefèvre
CDI – Collège Jean Racine, Montdidier (0805369B)

Le mar. 14 janv. 2025 à 08:02, Assistance <support@assistance.example.fr> a écrit :

> Bonjour,
>
> Un lien de réinitialisation a été envoyé à l'adresse connue pour votre établissement (c***@ac-*****.fr). Il est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance
""")

# ---- h060
mail(cat="contract_documents", auto=False, uai=None, region=None, platform="espace_acheteur", lang="en",
     notes="English; a university buyer cannot see amendment no. 3 of the IT equipment framework agreement in the buyer space.",
     frm=("Mark Delaney", "mark.delaney@univ-lyon-rhone.fr"), client="outlook", fmt="alt",
     subj="Amendment 3 – IT equipment framework not visible", date="2025-01-23 10:18",
     body="""Dear support,

The supplier of the IT equipment framework agreement tells us that amendment no. 3 (new laptop models and the 2025 price list) was signed in December. In the buyer area, under "My contracts", I only see the initial agreement and amendments 1 and 2.

Without the amendment our finance office will not accept the new prices on the quotes. Could you make it available, or tell me whether it is still pending?

Regards,
Mark Delaney
Procurement Officer
""")

# ---- h061
mail(cat="automated", auto=False, uai=None, region=None, platform=None, lang="en",
     notes="Gmail 'Delivery Status Notification (Failure)' from mailer-daemon@googlemail.com: address not found, multipart/report with the original attached. Null Return-Path.",
     frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), return_path="<>", kind="dsn", client="",
     auth="dkim=pass header.d=googlemail.com; spf=pass smtp.helo=mail-sor-f69.google.com; dmarc=pass header.from=googlemail.com",
     relay=("mail-sor-f69.google.com", "209.85.220.69"),
     subj="Delivery Status Notification (Failure)", date="2025-02-10 15:22:04",
     hdrs=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "gestion.college.vallon@gmail.com")],
     dsn=dict(mta="googlemail.com",
              text="""** Address not found **

Your message wasn't delivered to gestion.college.vallon@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser
""",
              recipients=[dict(rcpt="gestion.college.vallon@gmail.com", action="failed", status="5.1.1",
                               remote="gmail-smtp-in.l.google.com. 142.250.102.27",
                               diag="smtp; 550-5.1.1 The email account that you tried to reach does not exist.")],
              original=dict(frm=SUPPORT, to=("", "gestion.college.vallon@gmail.com"),
                            subj="[#SUP-007719] Votre demande de devis", date=when("2025-02-10 15:21:58"),
                            msgid="<SUP-007719.1739197318.8c2b11@assistance.example.fr>",
                            extra=[("Auto-Submitted", "auto-replied")],
                            body="Bonjour,\n\nVotre demande a bien été transmise à l'équipe régionale, qui vous répondra sous 48 heures.\n\nCordialement,\nL'équipe d'assistance\n")))

# ---- h062
mail(cat="transfer_incident", auto=False, uai="9715878M", region="guadeloupe", platform="ecoledirecte", lang="fr", tz="guadeloupe",
     notes="Symptom only: since the January restart the EcoleDirecte timetable is still December's and changes made in the school software no longer reach it. Guadeloupe time zone.",
     frm=("Joëlle Bélair", "joelle.belair@ac-guadeloupe.fr"), client="outlook", fmt="alt",
     subj="Emploi du temps bloqué sur décembre", date="2025-01-15 07:52",
     body="""Bonjour,

Depuis la rentrée du 6 janvier, l'emploi du temps affiché dans EcoleDirecte pour les élèves et les parents est resté celui de décembre. Les changements que nous avons faits pendant les vacances (nouveaux groupes de langues, salle de physique en travaux) n'y apparaissent pas, alors qu'ils sont bien saisis dans notre logiciel.

Les absences du matin, elles, apparaissent parfois avec une journée de retard.

Pouvez-vous nous aider ? Collège Courbaril, Pointe-à-Pitre, UAI 9715878M.

Joëlle Bélair
Principale adjointe
""")

# ---- h063
mail(cat="other", auto=False, uai=None, region="bourgogne-franche-comte", platform="espace_acheteur", lang="fr",
     notes="Asks whether the centre runs a training session on the Espace Acheteur for new gestionnaires: no category fits. Region from the ac-dijon.fr sender.",
     frm=("Antoine Perreau", "antoine.perreau@ac-dijon.fr"), client="zimbra",
     subj="Formation à l'Espace Acheteur ?", date="2025-02-12 16:40",
     body="""Bonjour,

Nous accueillons au bassin de Mâcon trois gestionnaires nouvellement nommés, qui découvrent l'Espace Acheteur. Proposez-vous des sessions de prise en main (en visio ou sur place), ou un tutoriel un peu complet ? Nous pourrions regrouper les collègues sur une demi-journée en mars.

Bien cordialement,
Antoine Perreau
Gestionnaire, référent formation du bassin
""")

# ---- h064
mail(cat="missing_noreply_mail", auto=True, uai="0252335C", region="bourgogne-franche-comte", platform="espace_acheteur", lang="fr", hard=True,
     notes="Subject asks 'MailInBlack ?' but the body says MailInBlack was removed in December (replaced by another filter) and nothing is quarantined: no MailInBlack involvement, so missing_noreply_mail.",
     frm=("Benoît Cuenot", "benoit.cuenot@ac-besancon.fr"), client="thunderbird",
     subj="MailInBlack ?", date="2025-01-09 10:27",
     body="""Bonjour,

Je pose la question en objet parce que votre FAQ parle beaucoup de MailInBlack, mais ce n'est pas notre cas : la Région a retiré MailInBlack des lycées en décembre et nos messages passent maintenant par le filtre de la messagerie académique, sans quarantaine.

Le problème : je ne reçois pas le mail d'activation de mon compte acheteur, créé par l'administratrice le 7 janvier. Rien dans les indésirables non plus.

Lycée Jules Haag, Besançon (0252335C)
Benoît Cuenot, adjoint gestionnaire
""")

# ---- h065
mail(cat="subscription_activation", auto=False, uai="0666686J", region="occitanie", platform="esidoc", lang="fr",
     notes="Subscription ordered on 12 December, still not active on 14 January: far beyond the 72-hour rule, a person must look at the order.",
     frm=("Montserrat Puig", "montserrat.puig@ac-montpellier.fr"), client="zimbra", fmt="alt",
     subj="Abonnement commandé le 12 décembre toujours inactif", date="2025-01-14 13:30",
     body="""Bonjour,

Nous avons commandé le 12 décembre l'abonnement à Europresse pour le CDI du lycée Arago (Perpignan, 0666686J). La commande apparaît bien comme validée dans notre compte client.

Un mois plus tard, la ressource n'est toujours pas active dans e-sidoc. J'ai laissé passer les vacances en pensant que c'était lié, mais là les élèves de BTS en ont besoin.

Merci de regarder ce qui bloque.

Montserrat Puig
Professeure documentaliste
""")

# ---- h066
mail(cat="order_billing", auto=False, uai=None, region=None, platform="espace_acheteur", lang="fr",
     notes="A hospital buyer asks whether the purchasing card (carte achat) is accepted as a payment means for small orders.",
     frm=("Hugues Marchand", "hugues.marchand@ch-vierzon.fr"), client="outlook", fmt="alt",
     subj="Paiement par carte achat", date="2025-02-06 09:48",
     body="""Bonjour,

Notre établissement vient de mettre en place la carte achat pour les petites dépenses (moins de 1 000 €). Est-il possible de l'utiliser pour régler les commandes passées sur votre plateforme, ou le paiement se fait-il uniquement sur facture et mandat ?

Si c'est possible, à quelle étape du panier la choisit-on ?

Cordialement,
Hugues Marchand
Service économique – Centre hospitalier de Vierzon
""")

# ---- h067
mail(cat="password_reset", auto=True, uai="0854134G", region="pays-de-la-loire", platform="espace_acheteur", lang="fr",
     notes="Espace Acheteur account locked after several failed attempts; asks for an unlock or a reset link. UAI given.",
     frm=("Laëtitia Rambaud", "laetitia.rambaud@ac-nantes.fr"), client="outlook", fmt="alt",
     subj="Compte bloqué Espace Acheteur", date="2025-01-24 11:02",
     body="""Bonjour,

Mon compte Espace Acheteur est bloqué : « trop de tentatives, réessayez plus tard ». J'ai réessayé ce matin, même message.

Je crois que mon navigateur avait enregistré l'ancien mot de passe et l'a proposé plusieurs fois. Pouvez-vous me débloquer ou m'envoyer un lien de réinitialisation ?

Collège Pierre Mauger, Les Herbiers – 0854134G

Laëtitia Rambaud
Adjointe gestionnaire
""")

# ---- h068
mail(cat="head_of_establishment_request", auto=False, uai="0722527F", region="pays-de-la-loire", platform="espace_acheteur", lang="fr",
     notes="The proviseur asks in writing, urgently, to deactivate the Espace Acheteur access of a gestionnaire who has left the lycée: a head's request about administrator access.",
     frm=("Proviseur Lycée Touchard", "proviseur.touchard@ac-nantes.fr"), client="outlook", fmt="alt",
     subj="URGENT - désactivation d'un accès", date="2025-02-07 19:22",
     body="""Madame, Monsieur,

Je vous demande de désactiver sans délai l'accès à l'Espace Acheteur de M. Frédéric Lemoine, qui a cessé ses fonctions de gestionnaire au lycée Washington-Touchard (UAI 0722527F) le 5 février.

Jusqu'à la nomination de son successeur, seule Mme Karima Haddou, secrétaire d'intendance, doit pouvoir passer commande pour l'établissement.

Merci de me confirmer la prise en compte.

Jean-Luc Barbier
Proviseur
""")

# ---- h069
mail(cat="automated", auto=False, uai=None, region=None, platform=None, lang="fr",
     notes="Calendar answer generated by Outlook ('Accepté :'), multipart/alternative with text/calendar METHOD=REPLY. No human text; never answered.",
     frm=("Gilles Poirier", "g.poirier@agglo-saintlo.fr"), client="outlook", kind="calendar",
     subj="Accepté: Point téléphonique - migration Espace Acheteur", date="2025-01-30 09:14",
     body="""Gilles Poirier a accepté cette réunion.

Point téléphonique - migration Espace Acheteur
Quand : mardi 4 février 2025 10:00-10:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
Où : Téléphone
""",
     ics="""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Gilles Poirier:mailto:g.poirier@agglo-saintlo.fr
SUMMARY;LANGUAGE=fr-FR:Accepté: Point téléphonique - migration Espace Acheteur
DTSTART;TZID=Romance Standard Time:20250204T100000
DTEND;TZID=Romance Standard Time:20250204T103000
UID:040000008200E00074C5B7101A82E00800000000A0C3F1BD2972DB01000000000000000010000000
ORGANIZER:mailto:support@assistance.example.fr
DTSTAMP:20250130T081400Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")

# ---- h070
mail(cat="account_creation", auto=False, uai=None, region=None, platform="espace_acheteur", lang="en",
     notes="English; asks whether each campus of the university needs its own buyer account and administrator: an account-structure question a person must answer.",
     frm=("Julia Hoffmann", "julia.hoffmann@univ-grand-est-rhin.fr"), client="outlook", fmt="alt",
     subj="One account per campus?", date="2025-02-04 14:27",
     body="""Hello,

Our university has three campuses (Colmar, Mulhouse, Saint-Louis), each with its own small purchasing team. We would like to start using your buyer platform from March.

Should we create a single structure with one administrator and several users, or one structure per campus? Orders are paid centrally but delivered to each campus.

Thanks for your advice,
Julia Hoffmann
Head of Procurement
""")

# ---- h071
mail(cat="mailinblack_spam", auto=True, uai="0333225B", region="nouvelle-aquitaine", platform="espace_acheteur", lang="en", hard=True,
     notes="English; Mailinblack's daily report files the platform's messages under 'spam' even after allow-listing. The UAI appears only in the ce.<UAI> sender, in lower case (ce.0333225b@ac-bordeaux.fr).",
     frm=("Lycée Montesquieu - Intendance", "ce.0333225b@ac-bordeaux.fr"), client="outlook", fmt="alt",
     subj="Mailinblack keeps flagging your messages as spam", date="2025-02-18 08:58",
     body="""Hello,

Following your guide last term we added your platform to the Mailinblack allow-list. It worked for a few weeks, but since the start of February the Mailinblack daily report shows your messages again, this time in the "Spam" column rather than "Pending", and they never reach the bursar's inbox.

Do you send from a new address or domain now? We'd like to update the allow-list accordingly.

Best regards,
Bursar's office
""")

# ---- h072
mail(cat="other", auto=False, uai=None, region=None, platform=None, lang="fr",
     notes="An exhibitor invites the desk to a trade show for public buyers, written to one person (no list headers): commercial mail, other.",
     frm=("Laure Bonnet - Salon Achats & Collectivités", "laure.bonnet@salon-achats-collectivites.fr"), client="outlook", fmt="html",
     subj="Invitation – Salon Achats & Collectivités, Lyon, 25-26 mars", date="2025-01-15 11:30",
     html="""<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Bonjour,</p>
<p>J'ai le plaisir de vous inviter à la 9<sup>e</sup> édition du <b>Salon Achats &amp; Collectivités</b>, les 25 et 26 mars à Lyon Eurexpo.</p>
<p>Au programme cette année : la dématérialisation de la chaîne de la dépense, les achats responsables dans les établissements scolaires, et un village dédié aux centrales d'achat. Un espace exposant est encore disponible à un tarif préférentiel pour les structures publiques.</p>
<p>Votre badge gratuit : <a href="https://salon-achats-collectivites.fr/badge?c=INV25">salon-achats-collectivites.fr/badge</a></p>
<p>Au plaisir de vous y retrouver,</p>
<p>Laure Bonnet<br>Responsable partenariats<br>06 12 48 90 33</p>
</body></html>
""")

# ---- h073
mail(cat="order_billing", auto=False, uai="0188682P", region="centre-val-de-loire", platform="esidoc", lang="fr",
     notes="The agent comptable requires a pro forma invoice before paying in advance; the gestionnaire asks for one for the e-sidoc renewal.",
     frm=("Frédérique Aubry", "frederique.aubry@ac-orleans-tours.fr"), client="zimbra",
     subj="Facture proforma abonnement e-sidoc", date="2025-01-21 15:15",
     body="""Bonjour,

Notre agent comptable, nouvellement arrivé, ne souhaite plus régler l'abonnement e-sidoc sur simple devis : il demande une facture pro forma pour pouvoir payer avant le service fait, comme le prévoit la réglementation pour les abonnements.

Pourriez-vous nous en établir une pour le renouvellement 2025 du lycée Jacques Cœur de Bourges (0188682P), au même montant que le devis de novembre ?

Merci par avance,
Frédérique Aubry
Gestionnaire
""")

# ---- h074
mail(cat="contract_documents", auto=False, uai=None, region=None, platform="espace_acheteur", lang="fr",
     notes="A commune that joined the centre in November sees 'aucun marché' in 'Mes marchés': the market documents it should access are not visible.",
     frm=("Service Achats - Mairie de Guérande", "achats@ville-guerande.fr"), client="outlook", fmt="alt",
     subj="Aucun marché affiché", date="2025-01-08 14:03",
     body="""Bonjour,

La ville de Guérande a adhéré à votre centrale par délibération du 18 novembre, et la convention signée vous a été retournée fin novembre.

Pourtant, dans l'Espace Acheteur, la rubrique « Mes marchés » affiche « Aucun marché n'est associé à votre structure ». Nous devions pourtant avoir accès aux marchés de fournitures de bureau et de papier.

Est-ce un délai normal de mise en place, ou manque-t-il quelque chose de notre côté ?

Cordialement,
Mathias Le Bihan
Responsable du service achats
""")

# ---- h075
mail(cat="password_reset", auto=True, uai=None, region="grand-est", platform="esidoc", lang="fr", hard=True,
     bad_uai=["0884627C"],
     notes="UAI typed as 0884627C: wrong check letter (the digits give 0884627B), so no UAI; region from the ac-nancy-metz.fr sender. The request itself is a plain lost password, answerable by the reset procedure.",
     frm=("Christelle Vautrin", "christelle.vautrin@ac-nancy-metz.fr"), client="zimbra",
     subj="Réinitialisation mot de passe portail CDI", date="2025-02-17 13:47",
     body="""Bonjour,

J'ai repris le CDI du collège Louis Pergaud de Vittel à la rentrée de janvier (remplacement d'un congé long) et je n'ai pas le mot de passe d'administration du portail e-sidoc.

Notre numéro d'établissement est le 0884627C.

Merci de m'indiquer la marche à suivre.
Christelle Vautrin
""")

# ---- h076
mail(cat="missing_noreply_mail", auto=True, uai="0226756Z", region="bretagne", platform="espace_acheteur", lang="fr",
     notes="The structure administrator created two user accounts; the invitation mails never reach the users even after two resends. No filter product named.",
     frm=("Soizic Le Meur", "soizic.lemeur@ac-rennes.fr"), client="thunderbird",
     subj="Invitations non reçues par mes collègues", date="2025-01-31 14:12",
     body="""Bonjour,

Je suis administratrice de la structure du lycée Ernest Renan (Saint-Brieuc, 0226756Z) sur l'Espace Acheteur.

Le 27 janvier j'ai créé deux comptes utilisateurs, pour notre nouvelle secrétaire d'intendance et pour le chef de cuisine. Ni l'un ni l'autre n'a reçu le message d'invitation, alors que j'ai cliqué deux fois sur « Renvoyer l'invitation ». Les adresses sont correctes (je les ai vérifiées avec eux), et ils ont regardé dans leurs indésirables.

Est-ce que ces mails partent vraiment ?

Soizic Le Meur
Gestionnaire
""")

# ---- h077
mail(cat="automated", auto=False, uai=None, region="provence-alpes-cote-d-azur", platform=None, lang="fr",
     notes="Thunderbird return receipt in French ('Accusé de réception (affiché)'), multipart/report disposition-notification. Region from the ac-nice.fr sender.",
     frm=("Marc-Antoine Rossi", "marc-antoine.rossi@ac-nice.fr"), client="thunderbird", kind="mdn",
     subj="Accusé de réception (affiché) - [#SUP-007534] Convention d'adhésion", date="2025-02-05 08:31",
     mdn=dict(text="""Ceci est un accusé de réception pour le courrier électronique envoyé à marc-antoine.rossi@ac-nice.fr.

Note : Cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.
""", ua="Mozilla Thunderbird; Thunderbird 128.6.0",
              rcpt="marc-antoine.rossi@ac-nice.fr", orig_id="<SUP-007534.1738679422.9e2d4f@assistance.example.fr>",
              disposition="manual-action/MDN-sent-manually; displayed",
              orig_headers="From: Assistance <support@assistance.example.fr>\nTo: marc-antoine.rossi@ac-nice.fr\nSubject: [#SUP-007534] Convention d'adhesion\nDate: Tue, 04 Feb 2025 15:30:22 +0100\nMessage-ID: <SUP-007534.1738679422.9e2d4f@assistance.example.fr>\nDisposition-Notification-To: support@assistance.example.fr\n"))

# ---- h078
mail(cat="other", auto=False, uai="0608802S", region="hauts-de-france", platform="espace_acheteur", lang="fr", hard=True,
     notes="Asks whether a message demanding she 'confirm her Espace Acheteur password' is genuine: a phishing report, not a lost password. The UAI appears only in the signature.",
     frm=("Aline Caron", "aline.caron@ac-amiens.fr"), client="outlook", fmt="alt",
     att=[("png", "mail_suspect.png")],
     subj="Mail suspect ? confirmation de mot de passe", date="2025-02-10 08:55",
     body="""Bonjour,

Ce matin, deux collègues de l'intendance et moi-même avons reçu un message signé « Service Espace Acheteur » nous demandant de confirmer notre mot de passe sous 24 heures « pour éviter la suspension du compte ». Le lien pointe vers une adresse qui ne ressemble pas à la vôtre.

Je n'ai pas cliqué. Pouvez-vous me confirmer qu'il ne vient pas de vous ? Si c'est une tentative d'hameçonnage, je préviens aussi le rectorat. Capture jointe.

Merci,
Aline Caron
Gestionnaire
Lycée Jean Calvin – Noyon
UAI 0608802S
""")

# ---- h079
mail(cat="password_reset", auto=True, uai="0779608A", region="ile-de-france", platform="esidoc", lang="en",
     notes="English 'Fwd:' of the reset mail whose link is reported as expired; asks for a new link. UAI in the body.",
     frm=("Daniel Ashworth", "daniel.ashworth@ac-creteil.fr"), client="gmail", fmt="alt",
     subj="Fwd: Réinitialisation de votre mot de passe e-sidoc", date="2025-02-13 17:02",
     body="""Hi,

Sorry, my French is not great. I received the message below but when I click the link it says "lien expiré". Can you send a new one please? School: Collège Jacques Prévert, Meaux, UAI 0779608A. I am the librarian (maternity cover until June).

Thanks,
Daniel

---------- Forwarded message ---------
From: Assistance <support@assistance.example.fr>
Date: Wed, 12 Feb 2025 at 08:14
Subject: Réinitialisation de votre mot de passe e-sidoc
To: <daniel.ashworth@ac-creteil.fr>


Bonjour,

Voici votre lien pour définir un nouveau mot de passe. Il est valable 12 heures et ne peut être utilisé qu'une fois.

Cordialement,
L'équipe d'assistance
""")

# ---- h080
mail(cat="head_of_establishment_request", auto=False, uai="0422502S", region="auvergne-rhone-alpes", platform="espace_acheteur", lang="fr",
     notes="The proviseure of a cité scolaire, from the ce.<UAI> address, asks for a reset of the Espace Acheteur administrator password because the gestionnaire left without handing over; link to the official address.",
     frm=("Direction cité scolaire Honoré d'Urfé", "ce.0422502S@ac-lyon.fr"), client="zimbra", fmt="alt",
     subj="Demande de réinitialisation - compte administrateur Espace Acheteur", date="2025-01-16 09:45",
     body="""Madame, Monsieur,

Notre gestionnaire a quitté la cité scolaire Honoré d'Urfé (Saint-Étienne, UAI 0422502S) en décembre sans transmettre les accès au compte administrateur de notre structure sur l'Espace Acheteur.

En qualité de cheffe d'établissement, je vous demande de réinitialiser le mot de passe de ce compte et d'envoyer le lien à la présente adresse. La gestionnaire par intérim, Mme Sabrina Giraud, reprendra ensuite l'administration.

Avec mes remerciements,
Françoise Dumas
Proviseure
""")

# ---- h081
mail(cat="mailinblack_spam", auto=True, uai="0893740G", region="bourgogne-franche-comte", platform="espace_acheteur", lang="fr",
     notes="HTML-only Outlook mail; product written 'mail inblack'; the order confirmations are held for validation. Clear MailInBlack case.",
     frm=("Corinne Lamotte", "corinne.lamotte@ac-dijon.fr"), client="outlook", fmt="html",
     subj="Confirmations de commande bloquées", date="2025-01-27 15:36",
     body="""Bonjour,

Nos confirmations de commande ne nous parviennent plus : notre informaticien dit qu'elles sont retenues par « mail inblack » qui attend qu'on confirme l'expéditeur.

Il faudrait que vous nous indiquiez quoi mettre en liste blanche, il est prêt à le faire.

Merci,
Corinne Lamotte
Collège Restif de la Bretonne – Sens (0893740G)
""")

# ---- h082
mail(cat="order_billing", auto=False, uai="0109394G", region="grand-est", platform="espace_acheteur", lang="fr", hard=True,
     notes="The subject says 'Mot de passe' (a reused old subject) but the body only asks to change the invoicing address to the new agence comptable: order_billing, not password_reset.",
     frm=("Véronique Collin", "veronique.collin@ac-reims.fr"), client="outlook", fmt="alt",
     subj="Mot de passe", date="2025-01-06 10:14",
     body="""Bonjour,

Pardon pour l'objet, j'ai répondu à un ancien message. Ma question n'a rien à voir :

Depuis le 1er janvier, le lycée Chrestien de Troyes (0109394G) est rattaché à une nouvelle agence comptable, celle du lycée Édouard Herriot. Les factures de vos fournisseurs doivent désormais porter l'adresse de facturation et le SIRET de cette agence, sinon elles sont rejetées.

Comment modifier l'adresse de facturation sur notre compte, pour que les prochaines commandes partent avec les bonnes informations ?

Merci,
Véronique Collin
Gestionnaire
""")

# ---- h083
mail(cat="account_creation", auto=True, uai=None, region="occitanie", platform="ticket_portal", lang="fr",
     notes="Asks how to create an account on the ticket portal to follow her requests: account creation (sign-up answer). Region from the ac-toulouse.fr sender.",
     frm=("Ghislaine Bories", "ghislaine.bories@ac-toulouse.fr"), client="zimbra",
     subj="Compte sur le portail de suivi des demandes", date="2025-02-19 11:09",
     body="""Bonjour,

Une collègue m'a dit qu'on pouvait suivre l'avancement de nos demandes sur un portail, plutôt que par mail. Comment est-ce que je crée un compte sur ce portail de tickets ? Je n'ai jamais reçu d'identifiant.

Merci,
Ghislaine Bories
Secrétaire d'intendance, collège de Lavaur
""")

# ---- h084
mail(cat="transfer_incident", auto=False, uai=None, region=None, platform="ecoledirecte", lang="en",
     notes="English; symptom only: yesterday's absences are missing in the parents' app and the sync icon is red. A transfer that fails. No UAI, non-academic sender.",
     frm=("Isabel Cruz", "i.cruz@ecole-bilingue-riviera.fr"), client="gmail", fmt="alt",
     att=[("png", "sync_icon_red.png")],
     subj="Absences missing for parents", date="2025-02-18 09:40",
     body="""Good morning,

Several parents have emailed us: the absences our vie scolaire entered yesterday do not show in EcoleDirecte. On the office PC the little sync icon in the corner is red (screenshot attached); it was green last week.

We haven't changed anything that I know of. What should we check?

Isabel Cruz
School office – École bilingue Riviera
""")

# ---- h085
mail(cat="other", auto=False, uai=None, region=None, platform="espace_acheteur", lang="fr", hard=True,
     notes="A delivery dispute: four chairs missing from an order placed through the platform. It talks about an order, but none of quote, basket, validation, invoice or payment is at stake, so it is not order_billing; a person must relay to the supplier.",
     frm=("Services techniques - Mairie de Carhaix", "st@ville-carhaix.bzh"), client="outlook", fmt="alt",
     att=[("pdf", "BL_2025-0211.pdf")],
     subj="Livraison incomplète commande EA-2025-00644", date="2025-02-12 11:57",
     body="""Bonjour,

Nous avons reçu ce matin la livraison de la commande EA-2025-00644 (mobilier pour la nouvelle salle du conseil) : 20 chaises étaient commandées, 16 ont été livrées. Le bon de livraison, que le chauffeur nous a fait signer en vitesse, mentionne pourtant 20.

Le transporteur ne répond pas et le fournisseur nous renvoie vers vous. Qui doit s'occuper de ça ? Nous avons des réserves écrites sur le BL (joint).

Cordialement,
Erwan Guillou
Services techniques
""")

# ---- h086
mail(cat="missing_noreply_mail", auto=True, uai=None, region="ile-de-france", platform="espace_acheteur", lang="fr",
     notes="Outlook forward ('TR :') of a colleague's message: her account was validated but the first-login link never came. No product named; region from the ac-creteil.fr sender.",
     frm=("Karim Haddad", "karim.haddad@ac-creteil.fr"), client="outlook", fmt="alt",
     subj="TR: lien de première connexion", date="2025-01-22 14:44",
     body="""Bonjour,

Je vous transfère le message de ma collègue, qui n'a toujours pas son lien. Pouvez-vous regarder ?

Karim Haddad
Adjoint gestionnaire – Collège Louise Michel, Clichy-sous-Bois

De : Fatoumata Diallo <fatoumata.diallo@ac-creteil.fr>
Envoyé : mercredi 22 janvier 2025 13:58
À : Karim Haddad <karim.haddad@ac-creteil.fr>
Objet : lien de première connexion

Karim,

Tu m'as validée lundi sur l'Espace Acheteur mais je n'ai jamais reçu le mail avec le lien pour ma première connexion. J'ai regardé partout, même dans les courriers indésirables. Tu peux voir avec eux ?

Merci,
Fatoumata
""")

# ---- h087
mail(cat="password_reset", auto=True, uai="0448046G", region="pays-de-la-loire", platform="esidoc", lang="fr", hard=True,
     charset="iso-8859-1", cte="quoted-printable",
     notes="UAI written in lower case in the body (0448046g); typed without accents; clear lost e-sidoc password. The label is the upper-case code.",
     frm=("cdi lycee la coliniere", "cdi.coliniere@gmail.com"), client="gmail",
     subj="mot de passe oublie", date="2025-01-08 13:20",
     body="""bonjour
j ai oublie le mot de passe de l admin esidoc, on est le lycee la coliniere a nantes 0448046g
est ce que vous pouvez me le renvoyer sur l adresse du lycee
merci
""")

# ---- h088
mail(cat="subscription_activation", auto=True, uai="0831317F", region="provence-alpes-cote-d-azur", platform="esidoc", lang="fr",
     notes="The renewed Europresse subscription works in the back office; she asks how to put the resource on the portal's home page for pupils: publication of a resource.",
     frm=("Sabine Orsini", "sabine.orsini@ac-nice.fr"), client="apple",
     subj="Publier Europresse sur la page d'accueil", date="2025-01-29 12:47",
     body="""Bonjour,

L'abonnement Europresse du collège (0831317F, Fréjus) a été renouvelé et je peux y accéder depuis l'administration du portail. En revanche, depuis la mise à jour de janvier, la vignette a disparu de la page d'accueil et je ne retrouve pas où la republier.

Pouvez-vous me guider ?

Merci !
Sabine Orsini
Documentaliste
""")

# ---- h089
mail(cat="automated", auto=False, uai=None, region=None, platform=None, lang="en",
     notes="English mailing-list digest (List-Id, List-Post, Precedence: list) of a public-procurement professionals' list the desk subscribes to; some posts mention password resets and invoices. Not written to us.",
     frm=("EDU-PROCUREMENT list", "edu-procurement@lists.eduprocure.eu"), client="",
     return_path="<edu-procurement-bounces@lists.eduprocure.eu>",
     hdrs=[("List-Id", "Education procurement practitioners <edu-procurement.lists.eduprocure.eu>"),
           ("List-Post", "<mailto:edu-procurement@lists.eduprocure.eu>"),
           ("List-Unsubscribe", "<https://lists.eduprocure.eu/mailman/options/edu-procurement>"),
           ("Precedence", "list"), ("X-Mailman-Version", "2.1.39")],
     subj="EDU-PROCUREMENT Digest, Vol 54, Issue 6", date="2025-02-08 12:00",
     body="""Send EDU-PROCUREMENT mailing list submissions to
	edu-procurement@lists.eduprocure.eu

Today's Topics:

   1. Re: E-invoicing mandate timeline (Pieter de Vries)
   2. Password reset links eaten by link scanners? (M. Kowalski)
   3. Framework agreements and price revision clauses (Anne Rooney)

----------------------------------------------------------------------

Message: 1
Date: Fri, 7 Feb 2025 14:02:11 +0100
From: Pieter de Vries
Subject: Re: E-invoicing mandate timeline

As far as I know the French mandate for receiving e-invoices applies to all companies from September 2026; public buyers have required Chorus Pro for years already.

------------------------------

Message: 2
Date: Fri, 7 Feb 2025 16:40:55 +0100
From: M. Kowalski
Subject: Password reset links eaten by link scanners?

Has anyone seen single-use reset links fail because the recipient's security gateway clicks them first? Our suppliers' portal gets complaints every week.

------------------------------

End of EDU-PROCUREMENT Digest, Vol 54, Issue 6
**********************************************
""")

# ---- h090
mail(cat="contract_documents", auto=False, uai="0262588X", region="auvergne-rhone-alpes", platform="espace_acheteur", lang="fr",
     notes="'Fwd:' of the principal's question: the signed group-purchasing convention (convention de groupement de commandes) cannot be found; the gestionnaire adds she cannot find it in the Espace Acheteur either.",
     frm=("Laure Chabert", "laure.chabert@ac-grenoble.fr"), client="thunderbird",
     subj="Fwd: convention de groupement de commandes", date="2025-02-05 10:33",
     body="""Bonjour,

Je vous fais suivre la question de notre principal. De mon côté, je ne trouve cette convention ni dans « Mes marchés » ni dans les documents de la structure sur l'Espace Acheteur. Pouvez-vous la mettre à disposition ?

Laure Chabert
Gestionnaire – Collège Marcel Pagnol, Montélimar (0262588X)


-------- Message transféré --------
Sujet : 	convention de groupement de commandes
Date : 	Tue, 4 Feb 2025 17:20:41 +0100
De : 	Principal Collège Marcel Pagnol <principal.pagnol@ac-grenoble.fr>
Pour : 	Laure Chabert <laure.chabert@ac-grenoble.fr>

Laure,

Pour le CA de mars, j'ai besoin de la convention de groupement de commandes signée l'an dernier pour les denrées. Pouvez-vous me la sortir ?

Merci,
P. Garnier
""")

# ---- h091
mail(cat="password_reset", auto=True, uai="0568599T", region="bretagne", platform="esidoc", lang="fr",
     notes="Very indirect wording ('je me permets de revenir vers vous', 'je crains d'avoir égaré'); once unwrapped, a lost e-sidoc password with the UAI.",
     frm=("Armelle Jégo", "armelle.jego@ac-rennes.fr"), client="outlook", fmt="alt",
     subj="Accès à notre portail documentaire", date="2025-02-06 16:18",
     body="""Madame, Monsieur,

Je me permets de revenir vers vous concernant l'accès à la partie administration de notre portail documentaire, lequel ne semble plus vouloir m'accueillir depuis quelques jours.

Après plusieurs essais infructueux, je crains d'avoir tout simplement égaré le mot de passe, que je n'utilise qu'en de rares occasions. Sans doute existe-t-il une procédure permettant d'en obtenir un nouveau ; je vous serais reconnaissante de bien vouloir me l'indiquer.

Pour mémoire, il s'agit du portail e-sidoc du collège Jules Simon de Vannes (UAI 0568599T).

Je vous prie d'agréer, Madame, Monsieur, mes salutations respectueuses.

Armelle Jégo
Professeure documentaliste
""")

# ---- h092
mail(cat="other", auto=False, uai="0733232S", region="auvergne-rhone-alpes", platform="esidoc", lang="fr", hard=True,
     other_uai=["0730518S", "0730946G"],
     notes="Two collèges merged on 1 January under a new UAI (0733232S); the librarian asks to merge the two e-sidoc portals and move the subscriptions. Three UAIs in the mail; the new one is the establishment now. No category covers a merger: other.",
     frm=("Delphine Vial", "delphine.vial@ac-grenoble.fr"), client="zimbra", fmt="alt",
     subj="Fusion de deux collèges au 1er janvier - portails e-sidoc", date="2025-01-10 14:55",
     body="""Bonjour,

Les collèges de la Combe (0730518S) et du Grand Arc (0730946G) à Albertville ont fusionné au 1er janvier 2025. Le nouvel établissement, collège du Val d'Arly, a reçu le numéro UAI 0733232S.

Nous avons donc aujourd'hui deux portails e-sidoc, deux catalogues et deux abonnements Cafeyn qui se chevauchent. Est-il possible de regrouper les deux portails sous le nouveau numéro et de transférer les abonnements ? Si c'est une prestation, merci de nous dire comment la commander.

Delphine Vial
Professeure documentaliste
""")

# ---- h093
mail(cat="mailinblack_spam", auto=False, uai="0680382W", region="grand-est", platform="espace_acheteur", lang="fr", hard=True,
     notes="Outlook reply quoting the desk's MailInBlack guide: they followed it but the Mailinblack console refuses to add the domain. The guide has already been sent, so a person (the region) must follow up. UAI in the signature.",
     frm=("Thomas Muller", "thomas.muller@ac-strasbourg.fr"), client="outlook", fmt="alt",
     irt="<SUP-007480.1738230600.b8e1f2@assistance.example.fr>",
     subj="RE: [#SUP-007480] Messages bloqués par MailInBlack", date="2025-02-03 09:12",
     body="""Bonjour,

Nous avons suivi votre guide à la lettre, mais la console Mailinblack refuse l'ajout : « Ce domaine ne peut pas être ajouté à la liste blanche car il est partagé par plusieurs expéditeurs ». Seule l'adresse exacte pourrait l'être, mais vous semblez en utiliser plusieurs.

Pouvez-vous voir avec le service informatique de la Région ou nous donner la liste complète des adresses ?

Thomas Muller
Gestionnaire – Lycée Schweitzer, Mulhouse
UAI 0680382W

De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 30 janvier 2025 10:50
À : Thomas Muller <thomas.muller@ac-strasbourg.fr>
Objet : [#SUP-007480] Messages bloqués par MailInBlack

Bonjour,

Vos messages sont retenus par MailInBlack. Vous trouverez ci-dessous la marche à suivre pour autoriser nos expéditeurs dans la console MailInBlack. Nous transmettons également votre demande à votre région.

Cordialement,
L'équipe d'assistance
""")

# ---- h094
mail(cat="missing_noreply_mail", auto=True, uai=None, region=None, platform="esignature", lang="en",
     notes="English; the e-signature invitation for a membership convention never arrived from the no-reply sender; no filter product named. University domain, no region.",
     frm=("Helen Carter", "helen.carter@univ-cote-opale.fr"), client="outlook", fmt="alt",
     subj="E-signature invitation never received", date="2025-01-17 11:51",
     body="""Hello,

Your colleague told me on the phone on Tuesday that the membership convention had been sent to me for electronic signature. I am the authorised signatory for the university's purchasing department.

I have not received any invitation to sign, neither in my inbox nor in junk. Could you check that it was sent to the right address, or send it again?

Kind regards,
Helen Carter
Director of Procurement
""")

# ---- h095
mail(cat="order_billing", auto=False, uai="0247449S", region="nouvelle-aquitaine", platform="espace_acheteur", lang="fr",
     notes="Wants the saved basket turned into a formal quote to have it signed by the ordonnateur before ordering: quote / basket question.",
     frm=("Patricia Lafon", "patricia.lafon@ac-bordeaux.fr"), client="zimbra",
     subj="Transformer un panier en devis", date="2025-02-14 10:05",
     body="""Bonjour,

J'ai préparé sur l'Espace Acheteur un panier pour le renouvellement du matériel de la cuisine (2 armoires froides et un four mixte). Avant de valider, notre principal, ordonnateur, souhaite signer un devis en bonne et due forme.

Est-il possible d'éditer le panier sous forme de devis à en-tête, avec une durée de validité ? Je ne trouve que l'export « récapitulatif ».

Patricia Lafon
Gestionnaire – Collège Jean Moulin, Bergerac (0247449S)
""")

# ---- h096
mail(cat="automated", auto=False, uai=None, region=None, platform=None, lang="fr",
     notes="French Postfix bounce (multipart/report, original attached): the town-hall recipient's mailbox is over quota. Null Return-Path.",
     frm=("Système de messagerie", "MAILER-DAEMON@mail.mairie-riom.fr"), return_path="<>", kind="dsn", client="",
     auth="dkim=none; spf=pass smtp.helo=mail.mairie-riom.fr; dmarc=none",
     relay=("mail.mairie-riom.fr", "203.0.113.58"),
     subj="Message non remis : [#SUP-007801] Votre bon de commande", date="2025-02-21 11:40:12",
     hdrs=[("Auto-Submitted", "auto-replied")],
     dsn=dict(mta="mail.mairie-riom.fr",
              text="""Ceci est le système de messagerie de mail.mairie-riom.fr.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.
Il est joint ci-dessous.

Pour toute question, écrivez à postmaster@mairie-riom.fr en joignant ce rapport.

                   Le système de messagerie

<compta@mairie-riom.fr> : la boîte aux lettres du destinataire est pleine
(552 5.2.2 Mailbox full: quota exceeded)
""",
              arrival=when("2025-02-21 11:40:09"),
              recipients=[dict(rcpt="compta@mairie-riom.fr", action="failed", status="5.2.2",
                               diag="X-Postfix; mailbox full: quota exceeded")],
              original=dict(frm=SUPPORT, to=("Comptabilité", "compta@mairie-riom.fr"),
                            subj="[#SUP-007801] Votre bon de commande", date=when("2025-02-21 11:40:05"),
                            msgid="<SUP-007801.1740134405.27c4d9@assistance.example.fr>",
                            body="Bonjour,\n\nVotre demande concernant le bon de commande a été transmise à un conseiller, qui reviendra vers vous sous 48 heures.\n\nCordialement,\nL'équipe d'assistance\n")))

# ---- h097
mail(cat="head_of_establishment_request", auto=False, uai="0068789W", region="provence-alpes-cote-d-azur", platform="espace_acheteur", lang="en",
     notes="English; the head of an international lycée authorises in writing the bursar to validate a specific order on the buyer platform: authorisation of an order.",
     frm=("Dr. Catherine Wells", "catherine.wells@ac-nice.fr"), client="outlook", fmt="alt",
     cc=[("Bursar", "intendance.civ@ac-nice.fr")],
     subj="Authorisation – order for the language lab", date="2025-01-24 17:30",
     body="""Dear Sir or Madam,

As head of the Lycée International de Sophia (UAI 0068789W), I confirm that Mr Julien Arnaud, our bursar, is authorised to validate on your platform the order for the language laboratory equipment (basket reference 2025-0087, EUR 12,480.00 incl. VAT), which exceeds his delegated limit.

Please treat this e-mail as my written authorisation.

Yours faithfully,
Catherine Wells
Proviseure
""")

# ---- h098
mail(cat="other", auto=False, uai=None, region=None, platform=None, lang="en",
     notes="English; a parent living abroad writes to the wrong address about her son's school-library login: unrelated to the desk.",
     frm=("Megan Hughes", "megan.hughes1979@gmail.com"), client="gmail", fmt="alt",
     subj="My son can't log into the library", date="2025-02-09 20:14",
     body="""Hello,

My son started at a French collège in January (we moved from Cardiff) and he says he cannot log into the school library website to reserve books. The teachers told him to ask his parents to contact "the platform".

I found this address online. Could you please give him a login? His name is Rhys Hughes, year 5e.

Many thanks,
Megan Hughes
""")

# ---- h099
mail(cat="password_reset", auto=True, uai="0417508N", region="centre-val-de-loire", platform="esidoc", lang="fr", hard=True,
     notes="Apple Mail reply whose quoted history is a subscription-activation ticket (now solved); the new text asks something else: the shared e-sidoc admin password no longer works for her colleague and nobody knows it. New request: password_reset.",
     frm=("Isabelle Pichon", "isabelle.pichon@ac-orleans-tours.fr"), client="apple",
     irt="<SUP-007611.1738830840.e1b7c2@assistance.example.fr>",
     subj="Re: [#SUP-007611] Cafeyn non visible", date="2025-02-06 10:21",
     body="""Bonjour,

Merci, Cafeyn est bien visible maintenant.

En revanche, autre souci : ma collègue, qui partage le CDI avec moi, ne peut plus se connecter à l'administration du portail. Le mot de passe que nous utilisions toutes les deux est refusé, et aucune de nous ne sait s'il a été changé. Pouvez-vous nous envoyer un lien de réinitialisation ? Lycée Augustin Thierry, Blois – 0417508N.

Isabelle Pichon

> Le 6 févr. 2025 à 09:14, Assistance <support@assistance.example.fr> a écrit :
>
> Bonjour,
>
> La ressource Cafeyn commandée le 4 février est désormais activée sur votre portail. Elle peut mettre quelques minutes à apparaître.
>
> Cordialement,
> L'équipe d'assistance
""")

# ---- h100
mail(cat="transfer_incident", auto=False, uai="0125809Z", region="occitanie", platform="ecoledirecte", lang="fr",
     notes="Zimbra reply quoting her own earlier message: the first-term report cards still do not reach EcoleDirecte a week later. A follow-up on a transfer problem.",
     frm=("Muriel Calmels", "muriel.calmels@ac-toulouse.fr"), client="zimbra", fmt="alt",
     subj="Re: Bulletins du 1er trimestre non transférés", date="2025-01-13 14:36",
     body="""Bonjour,

Je me permets de vous relancer : une semaine après mon premier message, les bulletins du premier trimestre n'apparaissent toujours pas dans EcoleDirecte. Les parents commencent à appeler la vie scolaire.

Muriel Calmels
Secrétariat de direction – Collège Jean Moulin, Rodez (0125809Z)

----- Mail original -----
De: "Muriel Calmels" <muriel.calmels@ac-toulouse.fr>
À: "Assistance" <support@assistance.example.fr>
Envoyé: Lundi 6 Janvier 2025 11:02:14
Objet: Bulletins du 1er trimestre non transférés

Bonjour,

Les bulletins du premier trimestre ont été édités et validés avant les vacances, mais ils ne sont jamais arrivés dans EcoleDirecte. Les notes, elles, sont bien transférées. L'outil de transfert indique « terminé » sans erreur.

Cordialement,
Muriel Calmels
""")

# ---- h101
mail(cat="contract_documents", auto=False, uai=None, region=None, platform="espace_acheteur", lang="fr",
     notes="Third, angry reminder for the same missing document: the 2025 price-revision amendment of a market is still not in the buyer space. Hospital sender, no region.",
     frm=("Jean-Marc Guillot", "jm.guillot@chu-poitou.fr"), client="outlook", fmt="alt",
     subj="3e RELANCE - avenant de revalorisation 2025 toujours absent", date="2025-02-20 16:58",
     body="""Bonjour,

Troisième relance (après mes messages des 28 janvier et 10 février, restés sans autre réponse qu'un accusé de réception).

L'avenant de revalorisation des prix 2025 du marché de linge hôtelier n'est TOUJOURS PAS disponible dans notre espace. Le titulaire nous facture depuis janvier aux nouveaux prix, notre trésorerie rejette ses factures faute de pièce justificative, et c'est nous qui recevons ses réclamations.

Je ne comprends pas qu'un simple PDF demande un mois. Merci de le mettre en ligne cette semaine, ou de me dire clairement qui peut le faire.

Jean-Marc Guillot
Responsable des achats hôteliers
CHU de Poitou
""")

# ---- h102
mail(cat="automated", auto=False, uai=None, region=None, platform=None, lang="fr",
     notes="Exchange out-of-office in French ('Réponse automatique :') with Auto-Submitted: auto-generated and X-Auto-Response-Suppress. Mentions orders and a deputy's address; never answered.",
     frm=("Nadia Chérif", "nadia.cherif@ch-mantes.fr"), client="outlook", fmt="alt",
     irt="<SUP-007702.1739180710.6b3e0a@assistance.example.fr>",
     hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
     subj="Réponse automatique : [#SUP-007702] Validation de votre compte", date="2025-02-10 10:45",
     body="""Bonjour,

Je suis absente du 10 au 21 février. Pendant cette période, les demandes relatives aux commandes et aux marchés sont traitées par M. Olivier Benoît (olivier.benoit@ch-mantes.fr).

Cordialement,
Nadia Chérif
Cellule achats – Centre hospitalier de Mantes
""")

# ---- h103
mail(cat="password_reset", auto=True, uai="0398915D", region="bourgogne-franche-comte", platform="espace_acheteur", lang="fr", hard=True,
     notes="Mixes up the platforms' names: she says 'e-sidoc' but describes the purchasing centre's ordering space (baskets, orders for the canteen), i.e. the Espace Acheteur. A plain forgotten password.",
     frm=("Odile Bourgeois", "odile.bourgeois@ac-besancon.fr"), client="zimbra",
     subj="Mot de passe e-sidoc", date="2025-01-20 10:34",
     body="""Bonjour,

Je n'arrive plus à me connecter à e-sidoc… enfin, je crois que c'est comme ça qu'il s'appelle : le site de la centrale où je fais les paniers de commande pour la cantine et les produits d'entretien (pas celui du CDI, ça c'est ma collègue).

J'ai oublié mon mot de passe pendant les vacances. Comment en refaire un ?

Merci,
Odile Bourgeois
Secrétaire d'intendance – Collège Pasteur, Lons-le-Saunier (0398915D)
""")

# ---- h104
mail(cat="other", auto=False, uai=None, region="auvergne-rhone-alpes", platform=None, lang="fr", hard=True,
     notes="One line and a screenshot, no subject, no product or problem named: nothing tells what is asked, a person must look. Region from the ac-clermont.fr sender.",
     frm=("Gérard Chassaing", "gerard.chassaing@ac-clermont.fr"), client="iphone", att=[("png", "IMG_4127.png")],
     subj="", date="2025-02-11 07:58",
     body="""Vous pouvez regarder svp ?

Envoyé de mon iPhone
""")

# ---- h105
mail(cat="missing_noreply_mail", auto=True, uai="0400389F", region="nouvelle-aquitaine", platform="esidoc", lang="fr", hard=True,
     notes="After an online e-sidoc order, the automatic order-confirmation mail never arrived. About an order, but what is missing is a no-reply notification, so missing_noreply_mail rather than order_billing. No filter named.",
     frm=("Cécile Dupouy", "cecile.dupouy@ac-bordeaux.fr"), client="thunderbird",
     subj="Pas de confirmation de commande", date="2025-01-30 15:26",
     body="""Bonjour,

Hier j'ai commandé en ligne le renouvellement de notre abonnement Universalis pour le CDI du lycée Haroun Tazieff (Saint-Paul-lès-Dax, 0400389F). Le site a affiché « Commande enregistrée, un mail de confirmation vous a été envoyé ».

Je n'ai rien reçu, ni dans ma boîte ni dans les indésirables, et ma gestionnaire a besoin de ce récapitulatif pour engager la dépense. Pouvez-vous me le renvoyer ?

Cécile Dupouy
Documentaliste
""")

# ---- h106
mail(cat="account_creation", auto=False, uai=None, region=None, platform="espace_acheteur", lang="fr",
     notes="A communauté de communes born from a merger on 1 January (new SIRET) asks for an account for the new structure and what becomes of the two former ones: creation needing a person's check.",
     frm=("Bertrand Lemaire", "b.lemaire@cc-terres-de-loire.fr"), client="outlook", fmt="alt",
     subj="Nouvelle communauté de communes - création de structure", date="2025-01-13 11:20",
     body="""Bonjour,

La communauté de communes Terres de Loire est née le 1er janvier 2025 de la fusion des communautés de communes du Val de Sully et des Portes de Sologne, qui avaient chacune un compte acheteur chez vous.

Nous avons un nouveau SIRET. Faut-il créer une nouvelle structure sur votre plateforme, et que deviennent les deux anciennes (commandes en cours, historique) ? Je serai l'administrateur de la nouvelle structure.

Cordialement,
Bertrand Lemaire
Responsable de la commande publique
""")

# ---- h107
mail(cat="subscription_activation", auto=True, uai="0817089R", region="occitanie", platform="esidoc", lang="fr",
     notes="Agricultural lycée: the resource ordered yesterday shows 'accès non autorisé' in the portal widget; within 72 hours.",
     frm=("Magali Fabre", "magali.fabre@educagri.fr"), client="outlook", fmt="alt",
     subj="Ressource commandée hier : accès non autorisé", date="2025-02-12 09:17",
     body="""Bonjour,

Nous avons commandé hier matin l'abonnement Cafeyn pour le CDI du lycée agricole d'Albi (0817089R). Aujourd'hui, la vignette est bien là sur le portail, mais en cliquant on tombe sur « Accès non autorisé ».

Faut-il attendre ou ai-je oublié un paramétrage ?

Merci,
Magali Fabre
Professeure documentaliste – EPLEFPA d'Albi-Fonlabour
""")

# ---- h108
mail(cat="automated", auto=False, uai=None, region=None, platform=None, lang="en", hard=True,
     notes="English out-of-office sent by a client rule: no Auto-Submitted, no Precedence; only the 'Out of Office' subject and the wording show it is automatic.",
     frm=("James Whitfield", "j.whitfield@univ-paris-ouest-sciences.fr"), client="outlook", fmt="alt",
     subj="Out of Office: [#SUP-007770] Invoice query", date="2025-02-17 09:03",
     body="""Thank you for your message.

I am away from the office until 3 March with limited access to e-mail. For urgent purchasing matters please contact purchasing@univ-paris-ouest-sciences.fr.

Best wishes,
James Whitfield
""")

# ---- h109
mail(cat="head_of_establishment_request", auto=False, uai="0719837G", region="bourgogne-franche-comte", platform="esidoc", lang="fr",
     notes="Reply in Gmail style, quoting the desk's answer that asked for a written request: the proviseure now writes it (e-sidoc admin reset, link to the official address, new contact).",
     frm=("Sylvie Bonnot", "sylvie.bonnot@ac-dijon.fr"), client="gmail", fmt="alt",
     irt="<SUP-007392.1737363501.ac01be@assistance.example.fr>",
     subj="Re: [#SUP-007392] Accès administrateur e-sidoc", date="2025-01-21 08:12",
     body="""Bonjour,

Comme vous me l'avez demandé, je confirme par écrit, en tant que proviseure du lycée Henri Parriat de Montceau-les-Mines (UAI 0719837G), la demande de réinitialisation du mot de passe administrateur de notre portail e-sidoc. Le lien peut être envoyé sur la boîte de l'établissement ; le nouveau contact sera Mme Justine Aubert, professeure documentaliste.

Cordialement,
Sylvie Bonnot
Proviseure

Le lun. 20 janv. 2025 à 09:58, Assistance <support@assistance.example.fr> a écrit :

> Bonjour,
>
> Pour des raisons de sécurité, la réinitialisation du compte administrateur doit être demandée par écrit par le chef d'établissement.
>
> Cordialement,
> L'équipe d'assistance
""")

# ---- h110
mail(cat="order_billing", auto=False, uai=None, region=None, platform="espace_acheteur", lang="en",
     notes="English; the university's finance office needs an invoice reissued with its purchase-order number, otherwise Chorus Pro rejects it.",
     frm=("Olivia Grant", "olivia.grant@univ-bretagne-atlantique.fr"), client="outlook", fmt="alt",
     subj="Invoice to be reissued with PO number", date="2025-01-28 10:09",
     body="""Hello,

Invoice no. 2025-0142 for our order of lab glassware was issued without our purchase-order number (4500128871). Our finance system matches invoices on that number, so Chorus Pro will reject it as it stands.

Could the invoice be cancelled and reissued with the PO number and the service code "ACHATS-SCI"? The amount itself is correct.

Thank you,
Olivia Grant
Finance & Procurement Office
""")

# ---- h111
mail(cat="password_reset", auto=True, uai="0932662N", region="ile-de-france", platform="espace_acheteur", lang="fr",
     notes="Outlook forward ('TR :') of the note left by the gestionnaire now on sick leave: the login is the UAI but the password is unknown; the adjoint asks for a reset on the establishment's address.",
     frm=("Moussa Koné", "moussa.kone@ac-creteil.fr"), client="outlook", fmt="alt",
     subj="TR: passation Espace Acheteur", date="2025-01-16 13:25",
     body="""Bonjour,

Notre gestionnaire est en arrêt depuis lundi. Elle m'avait laissé le message ci-dessous, mais le mot de passe qu'elle indique n'est plus valable (elle l'a changé depuis, apparemment). Pouvez-vous envoyer un lien de réinitialisation sur la boîte du collège ?

Moussa Koné
Adjoint gestionnaire par intérim

De : Nathalie Perrin <nathalie.perrin@ac-creteil.fr>
Envoyé : vendredi 10 janvier 2025 17:42
À : Moussa Koné <moussa.kone@ac-creteil.fr>
Objet : passation Espace Acheteur

Moussa,

Au cas où je serais absente la semaine prochaine : pour l'Espace Acheteur, l'identifiant est le numéro du collège (0932662N), le mot de passe est dans le classeur rouge de mon bureau. Les paniers en cours sont ceux de la vie scolaire et du CDI.

Nathalie
""")

# ---- h112
mail(cat="other", auto=False, uai="0021810G", region="hauts-de-france", platform=None, lang="fr", hard=True,
     notes="The secretariat informs the desk that a new principal took office on 1 January and asks to 'update the records'. Mentions the chef d'établissement, administrator and passwords, but the head is not writing and nothing precise is requested: other.",
     frm=("Secrétariat collège Jean Mermoz", "secretariat.mermoz@ac-amiens.fr"), client="zimbra",
     subj="Changement de chef d'établissement", date="2025-01-07 09:05",
     body="""Bonjour,

Pour information, M. Philippe Royer a pris ses fonctions de principal du collège Jean Mermoz de Laon (UAI 0021810G) le 1er janvier, en remplacement de Mme Anne Vasseur.

Merci de mettre vos fichiers à jour. Nous ne changeons rien pour le moment concernant les administrateurs et les mots de passe de vos différents services ; M. Royer reviendra vers vous si nécessaire.

Cordialement,
Le secrétariat de direction
""")

# ---- h113
mail(cat="mailinblack_spam", auto=True, uai=None, region=None, platform="espace_acheteur", lang="fr",
     notes="The IT manager of a communauté de communes: agents receive Mailinblack 'messages en attente' digests containing the platform's mails; wants one global allow-list setting. Named product.",
     frm=("Fabien Roche - DSI", "dsi@cc-haut-bugey.fr"), client="thunderbird",
     subj="Mailinblack - autorisation globale de vos envois", date="2025-01-23 08:40",
     body="""Bonjour,

Je suis responsable informatique de la communauté de communes du Haut-Bugey. Une dizaine d'agents (services techniques, petite enfance, finances) utilisent votre plateforme d'achat.

Chacun reçoit dans son récapitulatif Mailinblack vos messages « en attente » et doit les libérer lui-même, ce qu'ils ne font pas toujours. Je voudrais autoriser vos envois une bonne fois au niveau de l'organisation : pouvez-vous me communiquer les adresses d'expédition, et idéalement les serveurs d'envoi ?

Fabien Roche
DSI – CC du Haut-Bugey
""")

# ---- h114
mail(cat="missing_noreply_mail", auto=True, uai=None, region="nouvelle-aquitaine", platform="ticket_portal", lang="fr",
     notes="No notification arrives any more when the desk answers on the ticket portal; she only sees the answers by logging in. Missing no-reply notifications; region from the ac-poitiers.fr sender.",
     frm=("Murielle Texier", "murielle.texier@ac-poitiers.fr"), client="zimbra",
     subj="Plus de notification du portail de tickets", date="2025-02-04 13:13",
     body="""Bonjour,

Avant, je recevais un mail à chaque réponse de votre part sur le portail des tickets. Depuis décembre, plus rien : je découvre vos réponses seulement quand je vais sur le portail, parfois plusieurs jours après.

Rien dans les indésirables. Mes préférences de notification sont cochées.

Cordialement,
Murielle Texier
Gestionnaire, collège de Melle
""")

# ---- h115
mail(cat="automated", auto=False, uai="0536719R", region="pays-de-la-loire", platform=None, lang="fr",
     notes="Zimbra vacation reply (Auto-Submitted: auto-replied (zimbra; vacation)) from a school's ce.<UAI> address during the February holidays: the UAI comes from the address.",
     frm=("Collège Victor Hugo - Château-Gontier", "ce.0536719R@ac-nantes.fr"), client="zimbra",
     irt="<SUP-007733.1739431320.d2f7a8@assistance.example.fr>",
     hdrs=[("Auto-Submitted", "auto-replied (zimbra; vacation)")],
     subj="Re: [#SUP-007733] Réinitialisation du compte administrateur", date="2025-02-13 08:22",
     body="""Bonjour,

Le collège est fermé pendant les vacances d'hiver, du samedi 8 au dimanche 23 février.

Votre message sera traité à la réouverture du secrétariat, le lundi 24 février.

Le secrétariat
""")

# ---- h116
mail(cat="password_reset", auto=True, uai=None, region=None, platform="esidoc", lang="en", hard=True,
     bad_uai=["0190247P"],
     notes="English; account locked. The UAI is given as 0190247P, a wrong check letter (the digits give 0190247R), so no UAI; the school's own domain is not an académie domain, so no region. Still a plain reset request.",
     frm=("Nina Petrovic", "n.petrovic@lycee-cabanis.fr"), client="outlook", fmt="alt",
     subj="Account locked – e-sidoc", date="2025-01-27 12:06",
     body="""Hello,

I'm covering the school library at Lycée Cabanis (Brive) while the librarian is on sick leave. After a few wrong guesses the e-sidoc back office now says the account is locked.

Our establishment number is 0190247P. Could you unlock the account or send a password reset link to the school?

Thanks in advance,
Nina Petrovic
""")

# ---- h117
mail(cat="contract_documents", auto=False, uai="0653648M", region="occitanie", platform="espace_acheteur", lang="fr",
     notes="The catering market's documents (meat lot) are visible to her deputy but not to her: cannot see market documents (possibly a rights question, but the request is to see the documents).",
     frm=("Christine Abadie", "christine.abadie@ac-toulouse.fr"), client="outlook", fmt="alt",
     subj="Pièces du marché restauration visibles pour mon adjointe seulement", date="2025-02-18 14:21",
     body="""Bonjour,

Curieux problème : les pièces du marché de restauration (lot 2, viandes) s'affichent quand mon adjointe se connecte, mais pas avec mon compte. Chez moi, la fiche du marché est vide, onglet « Documents » compris. Nous sommes pourtant dans la même structure.

Pouvez-vous regarder ? Je suis la gestionnaire du lycée Marie Curie de Tarbes (0653648M).

Christine Abadie
""")

# ---- h118
mail(cat="other", auto=False, uai=None, region=None, platform=None, lang="fr",
     charset="windows-1252", cte="8bit",
     notes="A town-hall buyer asks a general legal question (2025 procedure thresholds and whether the centre covers them). Not about the platform: other.",
     frm=("Amandine Rey", "a.rey@mairie-sisteron.fr"), client="thunderbird",
     subj="Seuils 2025 et centrale d'achat", date="2025-01-09 15:02",
     body="""Bonjour,

Question peut-être naïve : avec les nouveaux seuils de procédure applicables au 1er janvier, une commune qui commande via une centrale d'achat doit-elle encore faire sa propre publicité au-delà de 40 000 € HT ? Notre receveur municipal et notre élu aux finances ne sont pas d'accord.

Si vous avez une note de synthèse sur le sujet, elle m'intéresse.

Merci,
Amandine Rey
Responsable administrative et financière
Mairie de Sisteron
""")

# ---- h119
mail(cat="account_creation", auto=False, uai="0471404W", region="nouvelle-aquitaine", platform="esidoc", lang="fr",
     notes="Wants an e-sidoc back-office access opened for a trainee librarian until June, with limited rights: rights to open, a person decides.",
     frm=("Marion Castaing", "marion.castaing@ac-bordeaux.fr"), client="zimbra",
     subj="Accès pour une stagiaire", date="2025-01-15 12:48",
     body="""Bonjour,

J'accueille jusqu'en juin une professeure documentaliste stagiaire (M2 MEEF). Je voudrais qu'elle puisse cataloguer et rédiger des articles sur le portail e-sidoc du collège, sans avoir accès aux paramètres ni aux abonnements.

Est-il possible de lui ouvrir un compte avec des droits limités ? Collège Jasmin, Agen, 0471404W.

Marion Castaing
""")

# ---- h120
mail(cat="head_of_establishment_request", auto=False, uai="0821425D", region="occitanie", platform="espace_acheteur", lang="fr", hard=True,
     notes="The deputy head (principal adjoint) writes 'en l'absence du principal' to change the Espace Acheteur administrator. A change of administrator asked in the head's name; staff must check the deputy's authority before acting.",
     frm=("Principal adjoint collège Olympe de Gouges", "adjoint.olympe@ac-toulouse.fr"), client="outlook", fmt="alt",
     subj="Changement d'administrateur - Espace Acheteur", date="2025-02-05 17:26",
     body="""Madame, Monsieur,

En l'absence du principal, en congé jusqu'au 24 février, et compte tenu de l'urgence (commandes de la demi-pension bloquées), je vous demande de désigner Mme Lucie Fabre, secrétaire d'intendance, comme administratrice de la structure du collège Olympe de Gouges de Montauban (UAI 0821425D) sur l'Espace Acheteur, en remplacement de M. Serge Delmas, parti en retraite.

Le principal confirmera à son retour si nécessaire.

Cordialement,
Rémi Escande
Principal adjoint
""")

# ---- h121
mail(cat="order_billing", auto=False, uai="0341551B", region="occitanie", platform="espace_acheteur", lang="fr",
     notes="Chorus Pro rejected the supplier's invoice with 'service exécutant inconnu'; asks which service code should be on the invoices of orders placed through the platform.",
     frm=("Fabienne Roques", "fabienne.roques@ac-montpellier.fr"), client="outlook", fmt="alt",
     att=[("pdf", "rejet_chorus_FA2025-0077.pdf")],
     subj="Facture rejetée Chorus - service exécutant inconnu", date="2025-02-07 11:40",
     body="""Bonjour,

Le fournisseur de la commande EA-2025-00412 (papier reprographie) nous signale que sa facture a été rejetée par Chorus Pro avec le motif « Service exécutant inconnu ». Il avait repris le code indiqué sur le bon de commande généré par votre plateforme : « SE-INTENDANCE ».

Or nous n'avons pas de service exécutant sous ce code : notre structure dans Chorus n'utilise pas de code service. Pourriez-vous corriger l'information sur le bon de commande, ou dire au fournisseur de redéposer sans code ?

Rejet joint.

Fabienne Roques
Gestionnaire – Lycée Joffre, Montpellier (0341551B)
""")

# ---- h122
mail(cat="transfer_incident", auto=False, uai="0272555F", region="normandie", platform="ecoledirecte", lang="fr",
     notes="Since the Windows password of the server's service account was changed (a rectorat security campaign), the scheduled transfer task to EcoleDirecte fails every night.",
     frm=("Olivier Lebas", "olivier.lebas@ac-normandie.fr"), client="thunderbird",
     subj="Tâche planifiée de transfert en échec", date="2025-01-29 08:14",
     body="""Bonjour,

Suite à la campagne de sécurité du rectorat, nous avons dû changer la semaine dernière le mot de passe du compte Windows qui fait tourner les services sur notre serveur administratif. Depuis, la tâche planifiée qui lance le transfert de nuit vers EcoleDirecte se termine en « Échec – 0x1 » et les données ne sont plus à jour le matin.

Un transfert lancé à la main depuis le poste fonctionne. J'imagine qu'il faut renseigner le nouveau mot de passe quelque part, mais je ne veux pas casser la configuration.

Olivier Lebas
Référent numérique – Collège Jean Jaurès, Vernon (0272555F)
""")

# ---- h123
mail(cat="password_reset", auto=False, uai="0611022E", region="normandie", platform="esidoc", lang="fr", hard=True,
     notes="Two topics: a lost e-sidoc password (first, main) and a request to add a Europresse subscription (an order / quote). The reset template would answer only half, so no automatic answer.",
     frm=("Hervé Lemonnier", "herve.lemonnier@ac-normandie.fr"), client="zimbra", fmt="alt",
     subj="Mot de passe + abonnement", date="2025-02-18 16:02",
     body="""Bonjour,

Deux choses :

1) Je n'ai plus le mot de passe administrateur du portail e-sidoc du lycée Alain (Alençon, 0611022E). J'ai changé de poste informatique et il n'était pas enregistré. Pouvez-vous m'envoyer un lien de réinitialisation ?

2) Nous voudrions ajouter Europresse à nos ressources à partir de mars. Que faut-il faire : passer commande directement, ou demander d'abord un devis pour la gestionnaire ?

Merci,
Hervé Lemonnier
Professeur documentaliste
""")

# ---- h124
mail(cat="automated", auto=False, uai=None, region=None, platform="espace_acheteur", lang="fr",
     notes="Daily digest from the Espace Acheteur's own no-reply address (Auto-Submitted: auto-generated) to the desk, listing orders waiting for validation. Machine-generated: never answered.",
     frm=("Espace Acheteur", "no-reply@espace-acheteur.example.fr"), client="",
     hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "bulk")],
     fmt="alt", subj="[Espace Acheteur] Récapitulatif quotidien - 7 commandes en attente de validation", date="2025-02-19 06:00",
     body="""Bonjour,

Voici le récapitulatif des commandes en attente de validation au 19/02/2025 à 06:00 pour les structures dont vous êtes administrateur de secours.

- EA-2025-01904 – Commune de Saint-Paul-de-Varax – 418,20 € TTC – en attente depuis 3 jours
- EA-2025-01911 – Collège Les Saules – 2 904,00 € TTC – en attente depuis 2 jours
- EA-2025-01915 – CC Bresse et Saône – 96,00 € TTC – en attente depuis 2 jours
- EA-2025-01920 – Lycée du Bugey – 1 310,40 € TTC – en attente depuis 1 jour
- 3 autres commandes de moins de 24 heures

Pour valider ou refuser ces commandes, connectez-vous à l'Espace Acheteur.

Ce message est envoyé automatiquement. Merci de ne pas y répondre.
""")

# ---- h125
mail(cat="missing_noreply_mail", auto=True, uai="0794142Y", region="nouvelle-aquitaine", platform="espace_acheteur", lang="fr",
     notes="An interim gestionnaire: the administrator had the activation mail sent twice, it never came; no product named. The UAI appears only in the signature.",
     frm=("Romain Guérineau", "romain.guerineau@ac-poitiers.fr"), client="outlook", fmt="alt",
     subj="Activation de compte", date="2025-01-20 15:51",
     body="""Bonjour,

J'assure l'intérim de la gestion du collège depuis le 13 janvier. L'administratrice de notre structure m'a créé un compte sur l'Espace Acheteur et a fait renvoyer deux fois le mail d'activation. Je n'ai reçu ni l'un ni l'autre (boîte de réception, indésirables, rien).

Merci de votre aide,

Romain Guérineau
Gestionnaire par intérim
Collège Jean Rostand – Niort
RNE 0794142Y
""")

# ---- h126
mail(cat="mailinblack_spam", auto=True, uai="7207233Z", region="corse", platform="esidoc", lang="fr",
     hard=True,
     notes="Corse (Haute-Corse prefix 720): the reset mail was held in Mailinblack's quarantine and the link expired before it was released. Reads like an expired-link password case, but the cause is the named anti-spam product, so mailinblack_spam; the guide plus routing to the region answers it (she also wants a fresh link).",
     frm=("Marie-Dominique Santoni", "marie-dominique.santoni@ac-corse.fr"), client="zimbra",
     subj="Lien bloqué par Mailinblack", date="2025-01-22 10:37",
     body="""Bonjour,

J'avais demandé lundi un nouveau mot de passe pour l'administration e-sidoc du lycée de Bastia (7207233Z). Le message est resté bloqué dans la quarantaine Mailinblack de l'établissement, et le temps que le secrétariat le libère, le lien avait expiré.

Comment faire pour que vos messages ne soient plus retenus ? Et pouvez-vous m'en renvoyer un ?

Merci,
Marie-Dominique Santoni
Documentaliste
""")

# ---- h127
mail(cat="other", auto=False, uai=None, region=None, platform=None, lang="fr",
     notes="French scam: fake domain-name renewal invoice with a payment link. Spam, other.",
     frm=("Service Renouvellement Domaines", "renouvellement@registre-domaines-fr.com"), client="",
     auth="dkim=none; spf=softfail smtp.mailfrom=registre-domaines-fr.com; dmarc=none",
     fmt="html", subj="Dernier avis : expiration de votre nom de domaine assistance.example.fr", date="2025-01-26 02:47",
     html="""<html><body style="font-family:Verdana;font-size:12px">
<p><b>DERNIER AVIS AVANT SUPPRESSION</b></p>
<p>Madame, Monsieur,</p>
<p>Le nom de domaine <b>assistance.example.fr</b> arrive à expiration le <b>31/01/2025</b>. Sans renouvellement, votre site et vos adresses e-mail cesseront de fonctionner et le nom pourra être acquis par un tiers.</p>
<p>Montant du renouvellement (5 ans) : <b>389,00 € TTC</b></p>
<p><a href="http://registre-domaines-fr.com/paiement?ref=AX5519">Régler maintenant par carte bancaire</a></p>
<p>Registre Domaines FR – Service clients</p>
<p style="font-size:9px;color:#888">Ce courrier est une offre de service et non une facture.</p>
</body></html>
""")

# ---- h128
mail(cat="password_reset", auto=True, uai="9765190M", region="mayotte", platform="esidoc", lang="fr", tz="mayotte",
     cte="base64",
     notes="Mayotte (UTC+3): the secretariat asks for the e-sidoc administrator password to be reset, on the establishment's address; UAI in the body.",
     frm=("Secrétariat collège de Kani-Kéli", "secretariat.kanikeli@ac-mayotte.fr"), client="outlook", fmt="alt",
     subj="Mot de passe administrateur e-sidoc", date="2025-02-03 08:48",
     body="""Bonjour,

Le professeur documentaliste du collège de Kani-Kéli (UAI 9765190M) ne retrouve plus le mot de passe d'administration du portail e-sidoc. Il a été muté en cours d'année et son successeur arrive la semaine prochaine.

Pouvez-vous envoyer un lien de réinitialisation sur l'adresse officielle du collège, que nous consultons tous les jours ?

Avec nos remerciements,
Le secrétariat
""")

# ---- h129
mail(cat="contract_documents", auto=False, uai=None, region=None, platform="espace_acheteur", lang="en", hard=True,
     notes="English; a UK supplier answering a tender cannot download the consultation documents (DCE) from the platform ('Access denied'). Not a buyer, but the request is access to market documents.",
     frm=("Graham Porter", "graham.porter@brightbooks-edu.co.uk"), client="outlook", fmt="alt",
     tz="london", subj="Tender 2025-012 – cannot download the documents", date="2025-02-04 15:22",
     body="""Dear Sir or Madam,

We intend to submit a bid for tender 2025-012 (English-language readers for secondary schools). On the tender page, every link to the consultation documents (regulations, technical specifications, price schedule) returns "Access denied – you do not have permission to view this document".

We registered on the platform last week and can see the tender notice itself. Is there an additional step to get access to the documents? The deadline is 28 February, so we are rather concerned.

Kind regards,
Graham Porter
Bid Manager, BrightBooks Education Ltd
""")

# ---- h130
mail(cat="account_creation", auto=True, uai=None, region=None, platform="espace_acheteur", lang="fr",
     notes="A hospital buyer asks how to create an account for a newly recruited colleague: the account-creation answer fits.",
     frm=("Pascale Morin", "pascale.morin@ch-saintlo.fr"), client="outlook", fmt="alt",
     subj="Création d'un compte pour un nouvel acheteur", date="2025-02-10 14:30",
     body="""Bonjour,

Un nouvel acheteur, M. Kévin Lefranc, rejoint notre cellule des marchés le 17 février. Quelle est la démarche pour lui créer un accès à votre plateforme ? Doit-il s'inscrire lui-même, ou est-ce à moi de le faire ?

Cordialement,
Pascale Morin
Cellule des marchés – Centre hospitalier Mémorial de Saint-Lô
""")

# ---- h131
mail(cat="missing_noreply_mail", auto=True, uai="9737083L", region="guyane", platform="espace_acheteur", lang="fr", tz="guyane",
     notes="Guyane (UTC-3): no automatic mail from the platform's no-reply address reaches the intendance since January; no filter product named.",
     frm=("Ruth Joseph", "ruth.joseph@ac-guyane.fr"), client="outlook", fmt="alt",
     subj="Aucun mail automatique de la plateforme", date="2025-01-28 07:35",
     body="""Bonjour,

Depuis le début de l'année, nous ne recevons plus aucun des messages automatiques de l'Espace Acheteur : ni les confirmations de commande, ni les alertes quand un fournisseur répond, ni le mail de mot de passe que ma collègue a demandé hier.

Nous avons regardé dans les courriers indésirables sans rien trouver. Les autres mails extérieurs arrivent normalement.

Ruth Joseph
Secrétaire d'intendance
Lycée Melkior-Garré, Cayenne (9737083L)
""")

# ---- h132
mail(cat="automated", auto=False, uai=None, region="nouvelle-aquitaine", platform=None, lang="fr",
     notes="The académie IT ticketing system acknowledges a message the desk sent it (Auto-Submitted: auto-replied, X-Loop). Answering would start a loop. Region from the ac-poitiers.fr sender.",
     frm=("Assistance DSI - Académie de Poitiers", "assistance-dsi@ac-poitiers.fr"), client="",
     irt="<SUP-007688.1739112080.e0a9c4@assistance.example.fr>",
     hdrs=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance-dsi@ac-poitiers.fr"), ("X-Ticket-Id", "INC0045671")],
     subj="[INC0045671] Votre demande a bien été enregistrée", date="2025-02-09 15:41",
     body="""Bonjour,

Votre demande a été enregistrée sous le numéro INC0045671 et transmise au groupe « Messagerie établissements ».

Résumé : Re: [#SUP-007688] Messages retenus par le filtre anti-spam
Priorité : 3 - Modérée

Vous serez informé par courriel de chaque évolution. Pour compléter votre demande, répondez à ce message en conservant le numéro entre crochets dans l'objet.

Ceci est un message automatique.
Plateforme d'assistance de la DSI – Académie de Poitiers
""")

# ---- h133
mail(cat="other", auto=False, uai=None, region="auvergne-rhone-alpes", platform="esidoc", lang="en",
     notes="English; an English teacher asks whether the library portal could host an Erasmus+ project blog. A usage question outside the categories. Region from the ac-lyon.fr sender.",
     frm=("Siobhan Kelly", "siobhan.kelly@ac-lyon.fr"), client="gmail", fmt="alt",
     subj="Erasmus+ blog on the library portal?", date="2025-01-31 18:22",
     body="""Hello,

I teach English at a collège near Villefranche and we have just been granted an Erasmus+ partnership with a school in Cork. Our librarian suggested we might publish the project diary (articles, photos, pupils' podcasts) on the school's e-sidoc portal rather than creating a separate website.

Is that something the portal is designed for? Are there limits on file size or on publishing photos of pupils?

Thanks a lot,
Siobhan Kelly
""")

# ---- h134
mail(cat="subscription_activation", auto=True, uai="6207982G", region="corse", platform="esidoc", lang="fr",
     notes="Corse-du-Sud (prefix 620): Universalis Junior ordered the day before yesterday does not yet appear in the list of resources to publish; inside 72 hours.",
     frm=("Paul-Antoine Filippi", "paul-antoine.filippi@ac-corse.fr"), client="thunderbird",
     subj="Universalis Junior absent de la liste", date="2025-02-12 11:03",
     body="""Bonjour,

Avant-hier (lundi) nous avons commandé Universalis Junior pour les 6e du collège (Ajaccio, 6207982G). Dans l'administration du portail, je ne la vois pas encore dans la liste des ressources que l'on peut publier.

Est-ce que c'est une question de délai ? Je voudrais la présenter aux élèves la semaine prochaine.

Paul-Antoine Filippi
Professeur documentaliste
""")

# ---- h135
mail(cat="head_of_establishment_request", auto=False, uai="0585650B", region="bourgogne-franche-comte", platform="esidoc", lang="fr",
     notes="HTML-only Outlook letter: the proviseur of a lycée professionnel designates the new librarian as e-sidoc administrator and asks to close the previous one's access.",
     frm=("Proviseur LP Pierre Bérégovoy", "ce.0585650B@ac-dijon.fr"), client="outlook", fmt="html",
     subj="Administrateur du portail e-sidoc", date="2025-01-09 11:58",
     body="""Madame, Monsieur,

Par la présente, je désigne Mme Élodie Ravier, professeure documentaliste arrivée au 1er janvier, comme administratrice du portail e-sidoc du lycée professionnel Pierre Bérégovoy de Nevers (UAI 0585650B).

Je vous demande de supprimer les accès de son prédécesseur, M. Alain Guyot, et de lui envoyer les informations de connexion sur l'adresse de l'établissement.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Le proviseur,
Michel Raffin
""")

# ---- h136
mail(cat="password_reset", auto=True, uai=None, region="nouvelle-aquitaine", platform="ticket_portal", lang="fr",
     notes="Forgot the password of the ticket portal used to follow requests; asks for a reset. No UAI; region from the ac-limoges.fr sender.",
     frm=("Jacqueline Faure", "jacqueline.faure@ac-limoges.fr"), client="thunderbird",
     subj="Mot de passe du portail de suivi", date="2025-02-20 14:09",
     body="""Bonjour,

Je voulais suivre ma demande sur le portail des tickets, mais je ne me souviens plus du mot de passe que j'avais choisi à l'automne. Le bouton « mot de passe oublié » me renvoie sur la même page sans rien dire.

Pouvez-vous me réinitialiser l'accès ? Mon identifiant est mon adresse académique.

Merci,
Jacqueline Faure
Adjointe gestionnaire, lycée Gay-Lussac
""")

# ---- h137
mail(cat="other", auto=False, uai=None, region="grand-est", platform=None, lang="fr", hard=True,
     notes="Reply quoting the desk's reset answer (Thunderbird quote): the password topic is closed ('ça a marché'); the new text only asks when the next members' meeting will be held. Nothing for a category.",
     frm=("Gilbert Hoffmann", "gilbert.hoffmann@ac-strasbourg.fr"), client="thunderbird",
     irt="<SUP-007560.1738921000.44ab0e@assistance.example.fr>",
     subj="Re: [#SUP-007560] Réinitialisation de votre mot de passe", date="2025-02-07 12:15",
     body="""Bonjour,

Ça a marché, merci.

Tant que je vous tiens : quand aura lieu la prochaine réunion des adhérents de la centrale ? L'an dernier elle s'était tenue en mars à Strasbourg et j'aimerais bloquer la date.

Gilbert Hoffmann

Le 07/02/2025 à 10:30, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation a été envoyé à l'adresse connue pour votre établissement. Il est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance
""")

# ---- h138
mail(cat="mailinblack_spam", auto=True, uai=None, region=None, platform="espace_acheteur", lang="en",
     notes="English; a hospital buyer finds the platform's mails in the Mailinblack quarantine and asks for the allow-list procedure. Named product.",
     frm=("Rachel Adams", "rachel.adams@ch-aix-pertuis.fr"), client="outlook", fmt="alt",
     subj="Your emails end up in Mailinblack quarantine", date="2025-02-13 10:11",
     body="""Hello,

Our hospital switched to Mailinblack in January. Since then every email from your platform (order confirmations, supplier messages) lands in the Mailinblack quarantine and I only find them when I think of checking it.

Is there a recommended way to allow-list your platform? Our IT team will apply it if you send me the details.

Best,
Rachel Adams
Purchasing – Centre hospitalier du Pays d'Aix
""")

# ---- h139
mail(cat="missing_noreply_mail", auto=True, uai=None, region="hauts-de-france", platform="espace_acheteur", lang="fr", hard=True,
     notes="Starts with what is NOT the problem ('ce n'est pas un problème de mot de passe, je le connais'); the real issue: the verification code sent by mail at each login never arrives. A missing automatic mail. Region from the ac-lille.fr sender.",
     frm=("Benjamin Vandamme", "benjamin.vandamme@ac-lille.fr"), client="outlook", fmt="alt",
     subj="Code de vérification jamais reçu", date="2025-01-09 08:51",
     body="""Bonjour,

Ce n'est pas un problème de mot de passe : je le connais et le site l'accepte. Ce n'est pas non plus mon compte qui serait bloqué.

Depuis la mise en place de la double authentification, à chaque connexion à l'Espace Acheteur le site m'annonce qu'un code de vérification vient de m'être envoyé par mail. Ce code n'arrive jamais, ni dans la boîte de réception ni dans les indésirables, même au bout d'une heure. Je ne peux donc plus rien commander.

Benjamin Vandamme
Gestionnaire, collège Verlaine – Lens
""")

# ---- h140
mail(cat="order_billing", auto=False, uai=None, region=None, platform="espace_acheteur", lang="fr",
     charset="windows-1252", cte="quoted-printable",
     notes="A supplier's accountant, third reminder, chases payment of an invoice for a town-hall order placed through the platform and mentions late-payment interest.",
     frm=("Comptabilité - Quincaillerie Morvan", "compta@quincaillerie-morvan.fr"), client="",
     subj="3ème relance - facture F2024-1203 impayée", date="2025-02-21 09:30",
     body="""Madame, Monsieur,

Malgré nos relances des 10 janvier et 4 février, notre facture F2024-1203 du 3 décembre 2024 (2 118,00 € TTC), émise pour la commande EA-2024-09881 passée via votre plateforme par la commune de Plouay, n'est toujours pas réglée.

La facture a été déposée sur Chorus Pro et acceptée par la commune le 9 décembre. Au-delà de 30 jours, des intérêts moratoires et l'indemnité forfaitaire de 40 € sont dus de plein droit.

Nous vous remercions de bien vouloir nous indiquer la date prévisionnelle de paiement ou l'interlocuteur à contacter.

Service comptabilité
Quincaillerie Morvan SARL
""")

# ---- h141
mail(cat="mailinblack_spam", auto=True, uai=None, region=None, platform=None, lang="fr",
     cte="base64",
     notes="One line from a phone, town-hall address: mails blocked by Mailinblack, what to do. Named product; no platform named.",
     frm=("Sandrine", "accueil@mairie-saint-amand-montrond.fr"), client="android",
     subj="mailinblack", date="2025-02-06 17:44",
     body="""Vos mails sont bloqués par mailinblack chez nous, on fait comment ?
""")

# ---- h142
mail(cat="account_creation", auto=False, uai=None, region=None, platform="espace_acheteur", lang="en",
     notes="English; asks who the organisation's structure administrator is so her pending account can be validated: a look-up a person must do.",
     frm=("Chloé Martin-Evans", "chloe.martin-evans@inrae-campus-avignon.fr"), client="outlook", fmt="alt",
     subj="Who is our administrator?", date="2025-01-30 16:05",
     body="""Hello,

I registered on your buyer platform last week for our research unit. The page says my account is waiting for validation by the "structure administrator", but nobody in our unit knows who that is.

Could you tell me who is registered as administrator for our organisation, so I can ask them to validate me?

Thank you,
Chloé Martin-Evans
Administrative manager
""")

# ---- h143
mail(cat="other", auto=False, uai=None, region="normandie", platform=None, lang="fr",
     notes="Wrong desk: asks for help with another vendor's school-life software (timetable export). Not one of the desk's products. Region from the ac-normandie.fr sender.",
     frm=("Vincent Guérin", "vincent.guerin@ac-normandie.fr"), client="zimbra",
     subj="Export des emplois du temps vers Pronote", date="2025-01-14 10:58",
     body="""Bonjour,

Je n'arrive pas à exporter les emplois du temps du second semestre vers Pronote : le logiciel d'emploi du temps me dit que le fichier de correspondance des salles est invalide.

Pouvez-vous m'indiquer la marche à suivre ? C'est urgent, les nouveaux emplois du temps doivent être en ligne lundi.

Vincent Guérin
Principal adjoint, collège Guy de Maupassant – Fécamp
""")

# ---- h144
mail(cat="contract_documents", auto=False, uai="0283571E", region="centre-val-de-loire", platform="espace_acheteur", lang="fr",
     notes="The market holder was bought by another company; the transfer amendment (avenant de transfert) is not among the market documents, and the agent comptable needs it to pay the new company.",
     frm=("Aurélie Chevallier", "aurelie.chevallier@ac-orleans-tours.fr"), client="outlook", fmt="alt",
     subj="Avenant de transfert - changement de titulaire", date="2025-02-11 11:22",
     body="""Bonjour,

Le titulaire du marché de fournitures de bureau a été racheté en décembre : les factures arrivent désormais au nom de la nouvelle société, avec un autre SIRET. Notre agent comptable refuse de payer tant qu'il n'a pas l'avenant de transfert.

Je ne trouve aucun avenant dans les documents du marché sur l'Espace Acheteur. A-t-il été signé ? Pouvez-vous le mettre en ligne ?

Aurélie Chevallier
Gestionnaire – Lycée Marceau, Chartres (0283571E)
""")

# ---- h145
mail(cat="subscription_activation", auto=True, uai="0751703U", region="ile-de-france", platform="esidoc", lang="en",
     notes="English; Europresse is published on the portal but pupils get a login page instead of the articles: the access / publication step of an active subscription.",
     frm=("Thomas Reid", "thomas.reid@ac-paris.fr"), client="apple",
     subj="Europresse asks students to log in", date="2025-01-23 13:19",
     body="""Hi,

We added Europresse to the resources of our portal last week (Lycée Montaigne, Paris, 0751703U). When students click it from the portal, they land on a Europresse login page asking for a username and password, which nobody has.

From my admin account it opens straight away. Is there a setting to make it work for students too?

Thanks,
Thomas Reid
Teacher-librarian
""")

# ---- h146
mail(cat="password_reset", auto=True, uai="0360426T", region="centre-val-de-loire", platform="esidoc", lang="en",
     notes="English one-liner: forgot the e-sidoc password again; UAI given.",
     frm=("Agnès Dubreuil", "agnes.dubreuil@ac-orleans-tours.fr"), client="iphone",
     subj="Password again…", date="2025-02-04 07:55",
     body="""Forgot my e-sidoc admin password again, sorry! School UAI 0360426T. Could you send a reset link?
Agnès

Sent from my iPhone
""")

# ---- h147
mail(cat="other", auto=False, uai=None, region=None, platform=None, lang="fr", hard=True,
     notes="CEO fraud: someone posing as a proviseur, from a free-mail address with a Reply-To on another free-mail address, no name, no school, no UAI, urgently asks the desk to buy gift cards. Looks like a head's request, but it is a scam: other.",
     frm=("Proviseur", "proviseur.lycee.direction@outlook.fr"), client="outlook365",
     auth="dkim=pass header.d=outlook.fr; spf=pass smtp.mailfrom=outlook.fr; dmarc=pass header.from=outlook.fr",
     reply_to=("Proviseur", "proviseur.direction.confidentiel@gmail.com"),
     subj="Demande urgente et confidentielle", date="2025-02-13 07:12",
     body="""Bonjour,

Êtes-vous disponible ? J'ai besoin que vous me rendiez un service rapidement et en toute discrétion.

Je suis en réunion au rectorat toute la matinée et je ne peux pas téléphoner. Il faut acheter 8 cartes cadeaux de 150 € pour récompenser des agents, et m'envoyer les codes par mail avant midi. Vous serez remboursé sur le budget de l'établissement.

Merci de me confirmer que vous vous en occupez.

Le Proviseur
""")

# ---- h148
mail(cat="missing_noreply_mail", auto=True, uai=None, region=None, platform="espace_acheteur", lang="en",
     notes="English; after validation by the administrator, the account-activation mail never arrived; not in junk; no filter product named. Research-institute domain, no region.",
     frm=("Lukas Brenner", "lukas.brenner@inrae-campus-avignon.fr"), client="gmail", fmt="alt",
     subj="Activation email not received", date="2025-02-14 09:37",
     body="""Dear support team,

Our administrator confirmed yesterday that she validated my account on the buyer platform, and that I should receive an activation email with a link to set my password.

Nothing has arrived so far, neither in the inbox nor in the spam folder. Could you resend it, or check whether it bounced?

Best regards,
Lukas Brenner
""")

# ---- h149
mail(cat="head_of_establishment_request", auto=False, uai="0431757B", region="auvergne-rhone-alpes", platform="espace_acheteur", lang="fr",
     notes="The principal asks in writing for a temporary Espace Acheteur access for the interim gestionnaire covering a sick leave, and that orders be validated by her until the holder returns.",
     frm=("Principal collège Lafayette", "principal.lafayette@ac-clermont.fr"), client="zimbra", fmt="alt",
     subj="Accès temporaire pour la gestionnaire intérimaire", date="2025-01-17 17:03",
     body="""Madame, Monsieur,

Notre gestionnaire, Mme Dubois, est en arrêt maladie jusqu'au 28 février au moins. Le rectorat a nommé Mme Inès Barthélemy pour assurer l'intérim.

En ma qualité de principal du collège Lafayette du Puy-en-Velay (UAI 0431757B), je vous demande d'ouvrir à Mme Barthélemy (ines.barthelemy@ac-clermont.fr) un accès à l'Espace Acheteur avec les droits de validation des commandes, pour la durée de l'intérim, sans supprimer le compte de Mme Dubois.

Bien cordialement,
Laurent Chabrier
Principal
""")

# ---- h150
mail(cat="automated", auto=False, uai=None, region=None, platform=None, lang="en",
     notes="English calendar answer generated by Google Calendar ('Declined:'), text/calendar METHOD=REPLY. No human text to answer.",
     frm=("Hannah Lee", "hannah.lee.procurement@gmail.com"), client="gmail", kind="calendar",
     subj="Declined: Demo – new buyer dashboard @ Tue 25 Feb 2025 14:00 - 15:00 (CET) (hannah.lee.procurement@gmail.com)",
     date="2025-02-19 22:41",
     body="""Hannah Lee has declined this invitation.

Demo – new buyer dashboard
When: Tuesday 25 Feb 2025 14:00 – 15:00 (Central European Time - Paris)

Invitation from Google Calendar
""",
     ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250225T130000Z
DTEND:20250225T140000Z
DTSTAMP:20250219T214100Z
ORGANIZER;CN=Assistance:mailto:support@assistance.example.fr
UID:demo-buyer-dashboard-20250225@assistance.example.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=Hannah Lee;X-NUM-GUESTS=0:mailto:hannah.lee.procurement@gmail.com
SUMMARY:Demo – new buyer dashboard
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")


if __name__ == "__main__":
    main()
