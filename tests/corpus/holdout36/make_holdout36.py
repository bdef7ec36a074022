#!/usr/bin/env python3
"""Write the holdout36 blind test corpus next to this script.

h001.eml ... h150.eml and labels.jsonl (one JSON object per file, same fields
as shared/corpus/dev/labels.jsonl).

Theme: mid-January 2025, back from the winter break; Normandie, Hauts-de-France
(Lille, Amiens) and the Versailles outskirts; a share of plain-English mail from
exchange-programme partners and foreign publishers.

Standard library only, deterministic: every "random" value (queue ids,
Message-IDs, boundaries, IP addresses, file order) comes from one
random.Random seeded with SEED, so running the script twice gives the same
bytes.  Every body below is written by hand; the helpers only wrap them in
transport headers and MIME (quoted-printable, base64, HTML, reports).

At the end the script checks that the labels are consistent (UAI check
letters, UAI really present in the message, region derived as regions.md
says, auto_reply_ok only for auto_reply categories, ...) and fails loudly if
they are not.
"""
import base64
import collections
import datetime as dt
import email
import email.policy
import html
import json
import os
import quopri
import random
import re
import sys
from email.header import Header

SEED = 3620250113
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
DESK = "support@assistance.example.fr"
DESK_NAME = "Assistance"
MX = "mx1.assistance.example.fr"
CHECK = "ABCDEFGHJKLMNPRSTUVWXYZ"
TZ = dt.timezone(dt.timedelta(hours=1))
UTC = dt.timezone.utc

# ---------------------------------------------------------------- regions.md
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
for _reg, _deps in REGION_DEPTS.items():
    for _d in _deps.split():
        DEPT_TO_REGION[("0" + _d) if len(_d) == 2 else _d] = _reg
DOMAIN_TO_REGION = {d: r for r, ds in REGION_DOMAINS.items() for d in ds.split()}

CATEGORIES = {
    "password_reset": "auto_reply", "missing_noreply_mail": "auto_reply",
    "mailinblack_spam": "auto_reply", "head_of_establishment_request": "human_review",
    "account_creation": "auto_reply_or_human", "subscription_activation": "auto_reply",
    "order_billing": "human_review", "contract_documents": "human_review",
    "transfer_incident": "human_review", "automated": "ignore", "other": "human_review",
}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and CHECK[int(code[:7]) % 23] == code[7]


def region_for(uai, sender):
    if uai:
        return DEPT_TO_REGION.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOMAIN_TO_REGION.get(dom)


# ---------------------------------------------------------------- small random helpers
def rid(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexid(n):
    return rid(n, "0123456789abcdef")


def uuid4():
    h = hexid(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:32]}"


def ip():
    return rng.choice(["192.0.2", "198.51.100", "203.0.113"]) + "." + str(rng.randint(2, 250))


def when(s):
    """'2025-01-07 08:42' (Paris time) -> aware datetime with random seconds."""
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    return d + dt.timedelta(seconds=rng.randint(0, 59))


def rfc(d, tz=TZ, pad=True):
    d = d.astimezone(tz)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = d.utcoffset().total_seconds() // 60
    sign = "+" if off >= 0 else "-"
    off = abs(int(off))
    day = f"{d.day:02d}" if pad else str(d.day)
    return (f"{days[d.weekday()]}, {day} {months[d.month - 1]} {d.year} "
            f"{d:%H:%M:%S} {sign}{off // 60:02d}{off % 60:02d}")


def enc_header(value, charset="utf-8"):
    """RFC 2047 only when needed (ASCII stays as is)."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(maxlinelen=76, linesep="\n")


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        if re.search(r"[(),.:;<>@\[\]\"]", name):
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{address}>"
    except UnicodeEncodeError:
        return f"{enc_header(name, charset)} <{address}>"


def qp(text, charset="utf-8"):
    data = text.replace("\r\n", "\n").encode(charset)
    return quopri.encodestring(data).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def fake_pdf(title):
    """A tiny but well-formed one-page PDF whose content is only its title."""
    t = title.encode("latin-1", "replace").replace(b"(", b"[").replace(b")", b"]")
    stream = b"BT /F1 14 Tf 72 760 Td (" + t + b") Tj ET"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += str(i).encode() + b" 0 obj\n" + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % x for x in offs)
    out += b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n" + str(xref).encode() + b"\n%%EOF\n"
    return out


def fake_png():
    """1x1 grey PNG (a 'screenshot' placeholder)."""
    return base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCB3UGI3wAAAABJRU5ErkJggg==")


# ---------------------------------------------------------------- text -> HTML (formatting only)
def html_outlook(text, charset):
    paras = []
    for line in text.split("\n"):
        if line.strip() == "":
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            paras.append('<p class="MsoNormal">' + html.escape(line, quote=False) + "<o:p></o:p></p>")
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
            '\tfont-family:"Calibri",sans-serif;}\nspan.EmailStyle17\n\t{mso-style-type:personal-compose;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + "\n".join(paras) + "\n</div>\n</body>\n</html>\n")


def html_simple(text, wrapper='<div dir="ltr">', close="</div>"):
    out, quote = [], []

    def flush():
        if quote:
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                       + "<br>\n".join(html.escape(q, quote=False) for q in quote) + "</blockquote>")
            quote.clear()
    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(line[1:].lstrip(" "))
            continue
        flush()
        out.append(html.escape(line, quote=False) + "<br>" if line else "<br>")
    flush()
    return wrapper + "\n".join(out) + close + "\n"


# ---------------------------------------------------------------- transport
RELAYS = {
    "ac-normandie.fr": "smtp.ac-normandie.fr", "ac-caen.fr": "smtp.ac-caen.fr",
    "ac-rouen.fr": "smtp.ac-rouen.fr", "ac-lille.fr": "smtps.ac-lille.fr",
    "ac-amiens.fr": "smtp1.ac-amiens.fr", "ac-versailles.fr": "smtp-out.ac-versailles.fr",
}


def outlook_relay():
    return f"{rng.choice(['PAXP', 'PR1P', 'MRZP', 'PA4P', 'DU0P'])}264CU{rng.randint(1, 9):03d}.outbound.protection.outlook.com"


def transport(mail, date):
    """Return-Path, Delivered-To, our MX Received line, Authentication-Results,
    then the sender side Received line(s)."""
    sender = mail["frm"][1]
    dom = sender.rsplit("@", 1)[1].lower()
    style = mail["style"]
    ret = mail.get("return_path", sender)
    relay = mail.get("relay")
    if relay is None:
        if style in ("outlook", "outlook_html") and dom not in RELAYS:
            relay = outlook_relay()
        else:
            relay = RELAYS.get(dom, "smtp." + dom if not dom.startswith("mail.") else dom)
    rip = mail.get("relay_ip") or ip()
    arrive = date + dt.timedelta(seconds=rng.randint(2, 40))
    qid = rid(15, "BCDFGHJKLMNPQRSTVWXZbcdfghjklmnpqrstvwxz0123456789")
    lines = [f"Return-Path: <{ret}>", f"Delivered-To: {DESK}",
             f"Received: from {relay} ({relay} [{rip}])\n"
             f"\tby {MX} (Postfix) with ESMTPS id {qid}\n"
             f"\tfor <{DESK}>; {rfc(arrive, pad=False)} (CET)"]
    dkim, spf, dmarc = mail.get("auth", ("pass", "pass", "pass"))
    adom = mail.get("auth_domain", dom)
    ar = [f"Authentication-Results: {MX};"]
    ar.append("\tdkim=none;" if dkim == "none" else f"\tdkim={dkim} (2048-bit key) header.d={adom};")
    if spf == "helo":
        ar.append(f"\tspf=pass smtp.helo={relay};")
    else:
        ar.append(f"\tspf={spf} smtp.mailfrom={adom if ret else relay};")
    ar.append("\tdmarc=none" if dmarc == "none" else
              f"\tdmarc={dmarc} (p={'quarantine' if dmarc == 'fail' else 'none'} dis={'quarantine' if dmarc == 'fail' else 'none'}) header.from={dom}")
    lines.append("\n".join(ar))
    if mail.get("inner_received", True) and not relay.endswith("outlook.com"):
        inner = date + dt.timedelta(seconds=1)
        lines.append(f"Received: from [192.168.{rng.randint(0, 9)}.{rng.randint(2, 250)}] (unknown [{ip()}])\n"
                     f"\tby {relay} with ESMTPSA id {rid(10, '0123456789ABCDEF')}\n"
                     f"\tfor <{DESK}>; {rfc(inner)}")
    return lines


# ---------------------------------------------------------------- message builders
MAILS = []


def mail(key, at, frm, subject, style, text=None, **kw):
    m = dict(key=key, at=at, frm=frm, subject=subject, style=style, text=text)
    m.update(kw)
    MAILS.append(m)
    return m


def lab(category, auto, uai, region, platform, hard, lang, notes, bad=(), others=()):
    return dict(category=category, auto_reply_ok=auto, uai=uai, region=region,
                platform=platform, hard=hard, lang=lang, notes=notes,
                _bad=list(bad), _others=list(others))


def desk_msgid(ticket, d):
    ts = int(d.timestamp())
    return f"<{ticket}.{ts}.{hexid(6)}@assistance.example.fr>"


def attachment_part(att, boundary_line):
    fname, ctype, data = att
    if isinstance(data, str):
        data = data.encode("utf-8")
    try:
        fname.encode("ascii")
        disp = f'attachment; filename="{fname}"'
        ctn = f'name="{fname}"'
    except UnicodeEncodeError:
        from urllib.parse import quote
        disp = f"attachment;\n filename*=utf-8''{quote(fname)}"
        ctn = f"name*=utf-8''{quote(fname)}"
    return (f"{boundary_line}\nContent-Type: {ctype};\n {ctn}\n"
            f"Content-Disposition: {disp}\nContent-Transfer-Encoding: base64\n\n{b64(data)}\n")


def build(m):
    d = when(m["at"])
    style = m["style"]
    name, sender = m["frm"]
    sdom = sender.rsplit("@", 1)[1]
    cs = m.get("charset", "utf-8")
    to = m.get("to", addr(DESK_NAME, DESK))
    h = transport(m, d)
    if style == "raw":
        # headers and body written by hand in the spec (bounces, reports, lists...)
        h.append(m["raw_headers"].format(date=rfc(d), date_utc=rfc(d, UTC), msgid_hex=hexid(16),
                                         uuid=uuid4(), rid=rid(12)).rstrip("\n"))
        return ("\n".join(h) + "\n\n" + m["raw_body"].lstrip("\n")).encode(m.get("raw_charset", "utf-8"))

    subj = enc_header(m["subject"], cs)
    frm = addr(name, sender, cs)
    extra = list(m.get("headers", []))
    if m.get("irt"):
        extra.append(("In-Reply-To", m["irt"]))
        extra.append(("References", m.get("refs", m["irt"])))
    cc = m.get("cc")
    attachments = m.get("attach", [])
    text = m["text"].strip("\n") + "\n"
    hd = []
    body = ""
    if style == "thunderbird":
        msgid = f"<{uuid4()}@{sdom}>"
        hd += [f"Message-ID: {msgid}", f"Date: {rfc(d)}", "MIME-Version: 1.0",
               f"User-Agent: {m.get('ua', 'Mozilla Thunderbird')}",
               f"Content-Language: {m.get('clang', 'fr')}"]
        hd += [f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + [f"From: {frm}", f"Subject: {subj}"]
        for k, v in extra:
            hd.append(f"{k}: {v}")
        cte = m.get("cte", "8bit")
        part_hdr = f"Content-Type: text/plain; charset={cs.upper() if cs == 'utf-8' else cs}; format=flowed\nContent-Transfer-Encoding: {cte}"
        payload = qp(text, cs) if cte == "quoted-printable" else text
        if attachments:
            bnd = "------------" + rid(24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
            hd.append(f'Content-Type: multipart/mixed; boundary="{bnd}"')
            body = "This is a multi-part message in MIME format.\n--" + bnd + "\n" + part_hdr + "\n\n" + payload + "\n"
            for a in attachments:
                body += attachment_part(a, "--" + bnd)
            body += "--" + bnd + "--\n"
        else:
            hd.append(part_hdr)
            body = payload
    elif style in ("outlook", "outlook_html"):
        local = rid(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + str(rng.randint(1, 9)) + "P264MB" + str(rng.randint(1000, 9999))
        msgid = f"<{local}{rid(26, '0123456789ABCDEF')}@{local}.FRAP264.PROD.OUTLOOK.COM>"
        if m.get("outlook_desktop") or sdom.lower() in RELAYS:
            m["outlook_desktop"] = True
            msgid = f"<{rid(12, '0123456789abcdef')}$0{rid(11, '0123456789abcdef')}${rid(8, '0123456789abcdef')}@{sdom}>"
        hd += [f"From: {frm}", f"To: {to}"] + ([f"Cc: {cc}"] if cc else [])
        hd += [f"Subject: {subj}", f"Thread-Topic: {enc_header(m.get('thread_topic', re.sub(r'^(RE|TR|Re|Fwd?) ?: ?', '', m['subject'])), cs)}",
               f"Thread-Index: {base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode()}",
               f"Date: {rfc(d, UTC) if not m.get('outlook_desktop') else rfc(d)}", f"Message-ID: {msgid}"]
        for k, v in extra:
            hd.append(f"{k}: {v}")
        hd += ["Accept-Language: fr-FR, en-US" if m.get("lang_hdr", "fr") == "fr" else "Accept-Language: en-GB, en-US",
               f"Content-Language: {'fr-FR' if m.get('lang_hdr', 'fr') == 'fr' else 'en-GB'}"]
        if m.get("outlook_desktop"):
            hd.append("X-Mailer: Microsoft Outlook 16.0")
        else:
            hd += ["X-MS-Has-Attach: " + ("yes" if attachments else ""), "X-MS-TNEF-Correlator: "]
        hd.append("MIME-Version: 1.0")
        htm = m.get("html") or html_outlook(text, cs)
        bnd = "_000_" + local + rid(20, "0123456789ABCDEF") + "FRAP_"
        if style == "outlook_html" and not attachments:
            hd.append(f'Content-Type: text/html; charset="{cs}"\nContent-Transfer-Encoding: quoted-printable')
            body = qp(htm, cs)
        else:
            alt = ""
            if style == "outlook_html":
                alt_inner = f'Content-Type: text/html; charset="{cs}"\nContent-Transfer-Encoding: quoted-printable\n\n{qp(htm, cs)}\n'
            else:
                alt_inner = None
            if attachments:
                mix = "_004_" + local + rid(20, "0123456789ABCDEF") + "FRAP_"
                hd.append(f'Content-Type: multipart/mixed;\n\tboundary="{mix}"')
                body = f"--{mix}\n"
                if alt_inner:
                    body += alt_inner
                else:
                    body += (f'Content-Type: multipart/alternative;\n\tboundary="{bnd}"\n\n'
                             f'--{bnd}\nContent-Type: text/plain; charset="{cs}"\nContent-Transfer-Encoding: quoted-printable\n\n{qp(text, cs)}\n'
                             f'--{bnd}\nContent-Type: text/html; charset="{cs}"\nContent-Transfer-Encoding: quoted-printable\n\n{qp(htm, cs)}\n'
                             f'--{bnd}--\n')
                body += "\n"
                for a in attachments:
                    body += attachment_part(a, "--" + mix)
                body += f"--{mix}--\n"
            else:
                hd.append(f'Content-Type: multipart/alternative;\n\tboundary="{bnd}"')
                body = (f'--{bnd}\nContent-Type: text/plain; charset="{cs}"\nContent-Transfer-Encoding: quoted-printable\n\n{qp(text, cs)}\n'
                        f'--{bnd}\nContent-Type: text/html; charset="{cs}"\nContent-Transfer-Encoding: quoted-printable\n\n{qp(htm, cs)}\n'
                        f'--{bnd}--\n')
    elif style == "zimbra":
        msgid = f"<{rng.randint(10**8, 10**9)}.{rng.randint(10**5, 10**6)}.{int(d.timestamp() * 1000)}.JavaMail.zimbra@{sdom}>"
        hd += [f"Date: {rfc(d)}", f"From: {frm}", f"To: {to}"] + ([f"Cc: {cc}"] if cc else [])
        hd += [f"Message-ID: {msgid}"]
        for k, v in extra:
            hd.append(f"{k}: {v}")
        hd += [f"Subject: {subj}", "MIME-Version: 1.0",
               "X-Originating-IP: [10." + f"{rng.randint(1, 250)}.{rng.randint(1, 250)}.{rng.randint(1, 250)}]",
               "X-Mailer: Zimbra 10.0.9_GA_4667 (ZimbraWebClient - FF134 (Win)/10.0.9_GA_4667)",
               f"Thread-Topic: {enc_header(m['subject'], cs)}",
               f"Thread-Index: {rid(20)}"]
        bnd = "=_" + uuid4()
        htm = m.get("html") or html_simple(text, '<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">', "</div></body></html>")
        alt = (f"--{bnd}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{qp(text)}\n"
               f"--{bnd}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{qp(htm)}\n--{bnd}--\n")
        if attachments:
            mix = "=_" + uuid4()
            hd.append(f'Content-Type: multipart/mixed; \n boundary="{mix}"')
            body = f'--{mix}\nContent-Type: multipart/alternative; \n boundary="{bnd}"\n\n{alt}\n'
            for a in attachments:
                body += attachment_part(a, "--" + mix)
            body += f"--{mix}--\n"
        else:
            hd.append(f'Content-Type: multipart/alternative; \n boundary="{bnd}"')
            body = alt
    elif style == "gmail":
        msgid = f"<CA{rid(4)}{rid(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+=')}@mail.gmail.com>"
        hd += ["MIME-Version: 1.0"]
        for k, v in extra:
            hd.append(f"{k}: {v}")
        hd += [f"From: {frm}", f"Date: {rfc(d)}", f"Message-ID: {msgid}", f"Subject: {subj}",
               f"To: {to}"] + ([f"Cc: {cc}"] if cc else [])
        bnd = "0000000000" + hexid(16)
        htm = m.get("html") or html_simple(text)
        alt = (f'--{bnd}\nContent-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: quoted-printable\n\n{qp(text)}\n'
               f'--{bnd}\nContent-Type: text/html; charset="UTF-8"\nContent-Transfer-Encoding: quoted-printable\n\n{qp(htm)}\n--{bnd}--\n')
        if attachments:
            mix = "0000000000" + hexid(16)
            hd.append(f'Content-Type: multipart/mixed; boundary="{mix}"')
            body = f'--{mix}\nContent-Type: multipart/alternative; boundary="{bnd}"\n\n{alt}\n'
            for a in attachments:
                body += attachment_part(a, "--" + mix)
            body += f"--{mix}--\n"
        else:
            hd.append(f'Content-Type: multipart/alternative; boundary="{bnd}"')
            body = alt
    elif style == "iphone":
        msgid = f"<{uuid4().upper()}@{sdom}>"
        hd += ["Content-Type: text/plain;\n\tcharset=utf-8", "Content-Transfer-Encoding: quoted-printable",
               "Mime-Version: 1.0 (1.0)"]
        hd += [f"Date: {rfc(d)}", f"Subject: {subj}", f"Message-Id: {msgid}"]
        for k, v in extra:
            hd.append(f"{k}: {v}")
        hd += [f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + [f"From: {frm}",
               f"X-Mailer: {m.get('ua', 'iPhone Mail (22C152)')}"]
        body = qp(text)
    elif style == "android":
        msgid = f"<{rid(30, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}@{m.get('android_host', 'PAVP264MB5036.FRAP264.PROD.OUTLOOK.COM')}>"
        hd += [f"From: {frm}", f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + [f"Subject: {subj}",
               f"Date: {rfc(d)}", f"Message-ID: {msgid}"]
        for k, v in extra:
            hd.append(f"{k}: {v}")
        hd += ["MIME-Version: 1.0", f"X-Mailer: {m.get('ua', 'Outlook for Android')}"]
        htm = m.get("html") or html_simple(text, "<html><head></head><body><div dir=\"auto\">", "</div></body></html>")
        bnd = "--_com.android.email_" + str(rng.randint(10**14, 10**15))
        if m.get("plain_only"):
            hd.append(f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64")
            body = b64(text)
        else:
            hd.append(f'Content-Type: multipart/alternative; boundary="{bnd}"')
            body = (f"--{bnd}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{b64(text)}\n"
                    f"--{bnd}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{b64(htm)}\n--{bnd}--\n")
    elif style in ("roundcube", "sogo", "plain"):
        if style == "roundcube":
            msgid = f"<{hexid(32)}@{sdom}>"
            ua = "Roundcube Webmail/1.6.9"
        elif style == "sogo":
            msgid = f"<{hexid(4)}-{hexid(8)}-{rng.randint(1, 9)}{hexid(1)}-{hexid(8)}@{sdom}>"
            ua = "SOGoMail 5.11.2"
        else:
            msgid = f"<{rid(14)}.{rng.randint(1000, 9999)}@{sdom}>"
            ua = m.get("ua")
        hd += ["MIME-Version: 1.0", f"Date: {rfc(d)}", f"From: {frm}", f"To: {to}"] + ([f"Cc: {cc}"] if cc else [])
        hd += [f"Subject: {subj}"]
        for k, v in extra:
            hd.append(f"{k}: {v}")
        hd += [f"Message-ID: {msgid}"] + ([f"User-Agent: {ua}"] if ua and style != "sogo" else []) + (
            [f"X-Mailer: {ua}"] if style == "sogo" else [])
        cte = m.get("cte", "8bit")
        if cte == "quoted-printable":
            payload = qp(text, cs)
        elif cte == "base64":
            payload = b64(text.encode(cs))
        else:
            payload = text
        part = f"Content-Type: text/plain; charset={cs.upper() if cs == 'utf-8' else cs}{'; format=flowed' if style == 'roundcube' else ''}\nContent-Transfer-Encoding: {cte}"
        if attachments:
            bnd = "=_" + hexid(32)
            hd.append(f'Content-Type: multipart/mixed;\n boundary="{bnd}"')
            body = f"--{bnd}\n{part}\n\n{payload}\n"
            for a in attachments:
                body += attachment_part(a, "--" + bnd)
            body += f"--{bnd}--\n"
        else:
            hd.append(part)
            body = payload
    else:
        raise ValueError(style)
    raw = "\n".join(h + hd) + "\n\n" + body
    if not raw.endswith("\n"):
        raw += "\n"
    if cs.lower() not in ("utf-8",) and m.get("cte") == "8bit":
        return raw.encode(cs)
    return raw.encode("utf-8")


# =====================================================================
# password_reset
# =====================================================================
mail("P01", "2025-01-06 08:17", ("Solène Marchand", "solene.marchand@ac-normandie.fr"),
     "Mot de passe e-sidoc expiré (évidemment)", "thunderbird", """
Bonjour,

Bon. Premier jour de la rentrée et, évidemment, le mot de passe a expiré.
J'allume le poste du CDI pour remettre les nouveautés de décembre en
vitrine sur le portail, et le back office e-sidoc me répond que mon mot de
passe n'est plus valable.

Il me propose de le changer mais me demande l'ancien, que je n'ai
évidemment plus en tête après quinze jours sans y toucher.

Notre identifiant est 0141326R (collège Les Tilleuls, Caen).

Pourriez-vous me renvoyer un lien de réinitialisation ? Merci d'avance.

Solène Marchand
Professeure documentaliste
Collège Les Tilleuls – Caen
""", label=lab("password_reset", True, "0141326R", "normandie", "esidoc", False, "fr",
               "Weary, ironic opening; e-sidoc password expired over the break and the old one is forgotten; UAI in the body."))

mail("P02", "2025-01-06 09:02", ("Hervé Dujardin", "herve.dujardin@ac-lille.fr"),
     "Identifiant Espace Acheteur", "outlook", """
Bonjour,

De retour ce matin après les congés, je n'arrive plus à me connecter à l'Espace Acheteur. Je ne sais plus si mon identifiant est mon adresse académique ou celle de l'intendance, et le mot de passe que j'avais noté dans mon agenda 2024 ne passe pas non plus.

J'ai deux commandes de fournitures à passer avant vendredi. Pouvez-vous m'aider à récupérer l'accès ?

UAI : 0590190L

Cordialement,

Hervé Dujardin
Gestionnaire
Lycée du Val de Marque - Hem
""", charset="iso-8859-1", outlook_desktop=True,
     label=lab("password_reset", True, "0590190L", "hauts-de-france", "espace_acheteur", False, "fr",
               "Espace Acheteur: unsure which address is the login and the noted password fails after the holidays; UAI given. Outlook desktop, ISO-8859-1 quoted-printable."))

mail("P03", "2025-01-07 10:41", ("Nadia Belkacem", "nadia.belkacem@ac-lille.fr"),
     "compte bloqué", "roundcube", """
Bonjour,

J'ai voulu me connecter à notre portail e-sidoc ce matin et au bout de
trois tentatives le compte s'est bloqué. Je pense que j'ai tapé l'ancien
mot de passe, celui d'avant le changement de novembre, mais je ne me
souviens pas du nouveau non plus, honnêtement.

Est-il possible de débloquer le compte ou de m'envoyer de quoi en
définir un nouveau ?

Merci,

--
Nadia Belkacem
Documentaliste – Collège Verlaine, Arras
RNE 0622338E
Tél. 03 53 01 40 12
""", label=lab("password_reset", True, "0622338E", "hauts-de-france", "esidoc", True, "fr",
               "The UAI appears only in the signature, labelled 'RNE'; account locked after three attempts and the new password forgotten too."))

mail("P04", "2025-01-07 14:26", ("Grégoire Lemaire", "gregoire.lemaire@ac-amiens.fr"),
     "Réinitialisation mot de passe - 0801751R", "thunderbird", """
Bonjour,

Je reprends le poste de documentaliste au collège Jules Verne
d'Abbeville (remplacement de Mme Caron depuis le 6 janvier). Personne n'a
pu me transmettre le mot de passe administrateur de notre e-sidoc, ma
collègue étant injoignable.

L'identifiant du portail serait le code de l'établissement : 0801751R.

Pourriez-vous envoyer un lien de réinitialisation ? Je vous laisse voir
à quelle adresse, je n'ai pas accès à la boîte de ma collègue.

Bien à vous,

Grégoire Lemaire
""", label=lab("password_reset", False, None, "hauts-de-france", "esidoc", True, "fr",
               "Code 0801751R has a wrong check letter (the digits give 0801751U), so no UAI; region from the ac-amiens.fr sender. Replacement librarian without the password: a person should confirm the establishment code before any link goes out.",
               bad=["0801751R"]))

mail("P05", "2025-01-08 16:55", ("Emily Hargreaves", "emily.hargreaves@ac-versailles.fr"),
     "Password for the library portal (e-sidoc)", "gmail", """
Hello,

I teach in the British section at the Lycée international de l'Ouest
parisien and, while our librarian is on sick leave until February, the head
asked me to keep the English-language shelf on our e-sidoc portal up to
date.

Problem: nobody seems to know the administrator password. The login is
apparently our school code, 0781017G. I clicked "forgotten password" but I
have no idea where the email went - certainly not to me.

Could you please tell me how to get back in? Happy to go through the
head's office if that is the proper route.

Many thanks and happy new year,
Emily Hargreaves
British Section - English Department
""", label=lab("password_reset", True, "0781017G", "ile-de-france", "esidoc", False, "en",
               "English; a teacher standing in for a librarian on sick leave, nobody knows the admin password; the reset path (address on file, official address, else head's request) is the standard answer."))

mail("P06", "2025-01-08 08:34", ("Patrice Vandamme", "p.vandamme@ac-normandie.fr"),
     "lien expiré...", "sogo", """
Bonjour,

Génial : j'ai demandé un lien de réinitialisation hier à 16 h, je l'ouvre
ce matin à 8 h 30 et il est « expiré ». Douze heures, c'est court quand on
a cours toute la journée et un conseil de classe le soir.

Vous pouvez m'en renvoyer un pour le back office e-sidoc ? Je promets de
cliquer dans l'heure cette fois.

Identifiant : 0271497F (collège Pablo Neruda, Évreux)

Patrice Vandamme
""", label=lab("password_reset", True, "0271497F", "normandie", "esidoc", False, "fr",
               "Ironic ('Génial'); the reset link expired overnight, asks for a new one."))

_d = when("2024-12-12 14:03")
_m = desk_msgid("SUP-011204", _d)
mail("P07", "2025-01-08 11:12", ("Agnès Desreumaux", "agnes.desreumaux@ac-lille.fr"),
     "RE: [#SUP-011204] Abonnement Europresse non visible", "outlook", """
Bonjour,

Je me permets de répondre sur ce fil, c'est le seul que j'ai retrouvé : l'abonnement Europresse fonctionne parfaitement depuis décembre, merci encore.

En revanche, autre souci, rien à voir : depuis la rentrée mon mot de passe e-sidoc est refusé et le lien « mot de passe oublié » m'indique que l'adresse n'est pas reconnue. Je crois que l'adresse enregistrée est encore celle de ma prédécesseure.

Pouvez-vous m'aider ? Notre UAI : 0592280H.

Agnès Desreumaux
Professeure documentaliste – collège Anne Frank, Tourcoing

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 12 décembre 2024 14:03
À : Agnès Desreumaux <agnes.desreumaux@ac-lille.fr>
Objet : [#SUP-011204] Abonnement Europresse non visible

Bonjour,

L'activation d'un abonnement commandé peut prendre jusqu'à 72 heures. Passé ce délai, pensez à publier la ressource depuis l'administration de votre portail (Ressources > Publier).

Cordialement,
L'équipe d'assistance
""", irt=_m, outlook_desktop=True, charset="windows-1252",
     label=lab("password_reset", True, "0592280H", "hauts-de-france", "esidoc", True, "fr",
               "Reply on an old, resolved subscription ticket (quoted Outlook block about activation) that clearly asks something new: the reset address on file is the predecessor's. The new question decides the category."))

mail("P08", "2025-01-09 13:48", ("Jérôme Pruvost", "jerome.pruvost@ac-amiens.fr"),
     "Identifiant oublié e-sidoc", "zimbra", """
Bonjour,

Pour une fois ce n'est pas un mail qui n'arrive pas : le courriel de réinitialisation, je l'ai bien reçu, et le lien fonctionne. Le problème, c'est qu'on me demande ensuite mon identifiant, et je ne l'ai plus. Deux semaines sans toucher au portail et j'ai tout oublié.

Est-ce que vous pouvez me rappeler comment il se présente, ou me dire où le retrouver ?

Cordialement,
Jérôme Pruvost
CDI – Lycée du Thérain, Beauvais
0600257D
""", label=lab("password_reset", True, "0600257D", "hauts-de-france", "esidoc", True, "fr",
               "Contrast: the reset mail did arrive (so not missing_noreply_mail); he has forgotten the login, which is the UAI. UAI alone on the last signature line."))

mail("P09", "2025-01-09 07:21", ("Karine Le Goff", "karine.legoff@ac-normandie.fr"),
     "Mdp", "android", """
Bonjour, mdp esidoc oublie, impossible de me connecter depuis le retour des vacances. College Le Bocage St Lo 0500352L. Merci de m envoyer un lien

Obtenir Outlook pour Android
""", label=lab("password_reset", True, "0500352L", "normandie", "esidoc", False, "fr",
               "Short mobile message (Outlook for Android, base64 text and HTML), no accents."))

mail("P10", "2025-01-09 10:05", ("Secrétariat - Lycée Les Falaises", "ce.0762387G@ac-normandie.fr"),
     "Demande de lien - compte e-sidoc du CDI - 0762387G", "zimbra", """
Bonjour,

Le secrétariat du lycée Les Falaises (Fécamp) vous écrit pour M. Thibault Roussel, notre professeur documentaliste : il ne parvient plus à accéder au compte administrateur e-sidoc depuis la rentrée, son mot de passe a expiré pendant les vacances.

Pourriez-vous adresser le lien de réinitialisation à la boîte officielle de l'établissement, d'où nous vous écrivons ? Nous le lui transmettrons aussitôt.

UAI : 0762387G

Avec nos remerciements,
Le secrétariat de direction
""", label=lab("password_reset", True, "0762387G", "normandie", "esidoc", False, "fr",
               "The secretariat writes from the ce.<UAI> address and asks for the link on that official address (the safe path); UAI also in the subject and body."))

mail("P11", "2025-01-10 12:37", ("CDI", "ce.0920483a@ac-versailles.fr"),
     "mot de passe du compte du CDI", "roundcube", """
Bonjour,

Nous ne retrouvons plus le mot de passe du compte e-sidoc du CDI : la
collègue qui le gérait a obtenu sa mutation au 1er janvier et ne l'a
laissé nulle part. Je suis la nouvelle documentaliste depuis lundi.

Est-il possible de recevoir un lien sur cette adresse ? C'est la boîte de
l'établissement, le principal m'y a donné accès.

Merci beaucoup,
Lucie Fontaine
Collège Romain Rolland – Clamart
""", label=lab("password_reset", True, "0920483A", "ile-de-france", "esidoc", True, "fr",
               "The UAI occurs only in the lower-case ce.<UAI>@ac-versailles.fr sender address; new librarian after a transfer asks for the link on the official address."))

mail("P12", "2025-01-10 15:20", ("Sandrine Vermeulen", "sandrine.vermeulen@ac-lille.fr"),
     "Connexion Espace Acheteur impossible", "outlook", """
Bonjour,

À l'intendance nous sommes trois à utiliser la même boîte mail pour l'Espace Acheteur, et depuis la rentrée personne ne se souvient de l'identifiant qui avait été créé : c'est ma collègue, partie en retraite le 31 décembre, qui s'en occupait.

Quand je fais « mot de passe oublié » avec l'adresse de l'intendance, on me répond que le compte n'existe pas. Comment retrouver l'identifiant ?

Bien cordialement,

Sandrine Vermeulen
Adjointe gestionnaire
""", outlook_desktop=True,
     label=lab("password_reset", True, None, "hauts-de-france", "espace_acheteur", False, "fr",
               "Shared mailbox and a login nobody remembers after a retirement (Espace Acheteur FAQ case); no UAI, region from ac-lille.fr."))

mail("P13", "2025-01-13 09:30", ("Thomas Carpentier", "thomas.carpentier@ac-amiens.fr"),
     "Mot de passe + facture", "thunderbird", """
Bonjour,

Deux choses, désolé de tout mettre dans le même message.

1) Mon mot de passe e-sidoc a expiré pendant les vacances et je n'arrive
pas à en définir un nouveau : le formulaire me renvoie à la page d'accueil
sans rien dire. Pouvez-vous me faire parvenir un lien de réinitialisation ?
Identifiant 0021525X.

2) L'agent comptable me réclame la facture de l'abonnement commandé fin
novembre : elle n'apparaît pas sur Chorus Pro, alors qu'il doit clôturer
l'exercice 2024 avant le 20.

Merci d'avance,

Thomas Carpentier
Documentaliste, collège de la Cité – Laon
""", label=lab("password_reset", False, "0021525X", "hauts-de-france", "esidoc", True, "fr",
               "Two topics: expired password (first, main) and an invoice missing from Chorus Pro for the year-end closing; the reset answer would settle only half."))

mail("P14", "2025-01-06 14:10", ("Inès Haddouche", "ines.haddouche@ac-versailles.fr"),
     "Accès e-sidoc - nouvelle documentaliste", "gmail", """
Bonjour,

Je remplace depuis ce lundi 6 janvier la documentaliste du collège du Parc
(Évry-Courcouronnes), en congé jusqu'à la fin de l'année scolaire.

Je ne connais pas le mot de passe du portail e-sidoc et personne ici ne le
connaît. L'identifiant, d'après la fiche scotchée sous l'écran du CDI, est
0912352M.

Comment puis-je obtenir un accès ?

Merci de votre aide,
Inès Haddouche
""", label=lab("password_reset", True, "0912352M", "ile-de-france", "esidoc", False, "fr",
               "Replacement librarian who never had the password ('je ne connais pas le mot de passe'); UAI from a note left at the CDI."))

mail("P15", "2025-01-14 07:52", ("Bruno Delattre", "bruno.delattre@webmail.example.fr"),
     "Compte bloqué, bravo", "iphone", """
Bonjour,

Bravo pour la sécurité : trois essais et c'est bloqué pour 24 heures. Je suis gestionnaire au lycée de l'Hautil (Jouy-le-Moutier), UAI 0951401G, et j'ai des bons de commande à valider aujourd'hui sur l'Espace Acheteur pour clôturer l'année.

Je n'ai pas accès à ma boîte académique depuis chez moi, alors merci de m'envoyer le nouveau mot de passe par SMS au 06 39 98 45 78 ou sur cette adresse, ce sera plus simple pour tout le monde.

B. Delattre

Envoyé de mon iPhone
""", label=lab("password_reset", False, "0951401G", "ile-de-france", "espace_acheteur", True, "fr",
               "Sarcastic ('Bravo pour la sécurité'); a locked account, but he asks for the new password by SMS or at a personal address: never an automatic answer."))

mail("P16", "2025-01-07 08:05", ("Claire Dumortier", "claire.dumortier@ac-lille.fr"),
     "Fwd: e-sidoc : impossible de me connecter", "gmail", """
Bonjour,

Je vous transfère le message de ma collègue de lettres qui m'aide pour le
club lecture. Moi-même je n'ai plus le bon mot de passe non plus,
visiblement il a sauté avec la mise à jour du mois dernier. Pourriez-vous
nous envoyer un lien de réinitialisation pour le compte de l'établissement ?
Identifiant 0622793Z.

Merci !
Claire

---------- Forwarded message ---------
De : Maëlle Boucher <maelle.boucher@ac-lille.fr>
Date: lun. 6 janv. 2025 à 17:48
Subject: e-sidoc : impossible de me connecter
To: Claire Dumortier <claire.dumortier@ac-lille.fr>


Coucou Claire,
j'ai voulu ajouter les coups de coeur du club sur le portail mais il refuse
le mot de passe que tu m'avais donné en décembre. Tu l'as changé ?
Bises, Maëlle
""", label=lab("password_reset", True, "0622793Z", "hauts-de-france", "esidoc", True, "fr",
               "Gmail forward of a colleague's message; the forwarding librarian herself asks for a reset link for the establishment account."))

mail("P17", "2025-01-13 11:44", ("Frédéric Lamotte", "f.lamotte@ac-normandie.fr"),
     "Mot de passe Espace Acheteur expiré", "outlook_html", """
Bonjour,

Comme chaque année en janvier, tout est à refaire : le mot de passe de l'Espace Acheteur a expiré pendant les congés, et je ne retrouve plus le mail de l'an dernier où figurait mon identifiant.

Pouvez-vous m'envoyer un lien de réinitialisation ? Lycée des Docks, Le Havre – UAI 0760253M.

Cordialement,

Frédéric Lamotte
Adjoint gestionnaire
""", charset="windows-1252", relay="smtp.ac-normandie.fr",
     label=lab("password_reset", True, "0760253M", "normandie", "espace_acheteur", False, "fr",
               "HTML-only Outlook message (windows-1252): expired Espace Acheteur password and forgotten login."))

_d = when("2024-11-26 09:41")
_m = desk_msgid("SUP-010877", _d)
mail("P18", "2025-01-14 10:19", ("Valérie Hamel", "valerie.hamel@ac-normandie.fr"),
     "RE: [#SUP-010877] Messages bloqués par MailInBlack", "outlook", """
Bonjour,

Pour le blocage MailInBlack, c'est réglé : notre service informatique a ajouté votre domaine à la liste blanche, les mails arrivent. Merci pour le guide.

Par contre je profite de ce fil : depuis le 6 janvier, impossible d'ouvrir une session sur e-sidoc, « identifiant ou mot de passe incorrect ». Je n'ai rien changé de mon côté. Pouvez-vous m'envoyer un lien de réinitialisation ? UAI 0611738H.

Valérie Hamel
Collège Saint-Exupéry, Alençon

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 26 novembre 2024 09:41
À : Valérie Hamel <valerie.hamel@ac-normandie.fr>
Objet : [#SUP-010877] Messages bloqués par MailInBlack

Bonjour,

Votre établissement utilise MailInBlack : demandez à votre service informatique d'autoriser l'adresse no-reply@assistance.example.fr (guide joint). Nous transmettons votre demande à votre région académique.

Cordialement,
L'équipe d'assistance
""", irt=_m, outlook_desktop=True,
     label=lab("password_reset", True, "0611738H", "normandie", "esidoc", True, "fr",
               "Reply on a closed MailInBlack ticket; MailInBlack is named in both the new text and the quote, but that problem is solved: the new question is a password reset."))

mail("P19", "2025-01-15 08:40", ("Daniel O'Connor", "daniel.oconnor@ac-versailles.fr"),
     "Locked out of the buyer space - 0781227K", "thunderbird", """
Hi,

I coordinate the purchases for the international section and I've been
locked out of the Espace Acheteur since this morning ("too many
attempts"). I genuinely don't remember which password I set in December.

Could you send me a reset link, or tell me what I need to do? The school
code is in the subject line.

Thanks a lot,
Daniel O'Connor
International Section coordinator
""", clang="en-GB",
     label=lab("password_reset", True, "0781227K", "ile-de-france", "espace_acheteur", False, "en",
               "English; locked out of the Espace Acheteur after failed attempts; the UAI is only in the subject."))

mail("P20", "2025-01-15 12:03", ("J-F Bricout", "jf.bricout@ac-lille.fr"),
     "identifiant", "roundcube", """
Identifiant perdu pour le portail e-sidoc.
Collège Fénelon, Cambrai. 0591186U.
Merci.
J-F Bricout
""", label=lab("password_reset", True, "0591186U", "hauts-de-france", "esidoc", False, "fr",
               "Four-line message: login lost, UAI given."))

mail("P21", "2025-01-16 09:15", ("Aurélie Guérin", "aurelie.guerin@ac-normandie.fr"),
     "Pas un problème d'abonnement !", "zimbra", """
Bonjour,

J'ai bien reçu votre mail de décembre sur le renouvellement des abonnements, mais je ne vous écris pas pour ça : je n'ai PAS besoin d'un nouvel abonnement, les ressources sont très bien comme elles sont.

Je veux juste pouvoir me connecter. Depuis que l'administrateur du compte a changé (le principal a désigné ma collègue en novembre), mon mot de passe e-sidoc ne marche plus et le lien « mot de passe oublié » part sûrement chez elle. Elle est en arrêt jusqu'en mars.

Merci de me dire comment faire. UAI : 0140617V

Aurélie Guérin – CDI, collège du Bessin, Bayeux
""", label=lab("password_reset", True, "0140617V", "normandie", "esidoc", True, "fr",
               "Negation: explicitly not about a subscription; cannot log in since the administrator changed and the reset goes to a colleague on leave: the reset path (official address, else head's request) applies."))

mail("P22", "2025-01-16 14:02", ("Collège Guillaume de Conches", "ce.0270237L@ac-normandie.fr"),
     "code établissement 0270237K - mot de passe documentation", "outlook", """
Madame, Monsieur,

Notre professeur documentaliste, M. Lecerf, est de retour de congé maladie et ne peut plus se connecter à e-sidoc : son mot de passe a expiré pendant son absence. Pouvez-vous envoyer un lien de réinitialisation sur l'adresse du collège (celle-ci) ? Notre code établissement est le 0270237K.

Cordialement,

Martine Leprince
Secrétariat de direction
Collège Guillaume de Conches - Conches-en-Ouche
""", outlook_desktop=True, charset="iso-8859-1",
     label=lab("password_reset", True, "0270237L", "normandie", "esidoc", True, "fr",
               "The subject and body give 0270237K (wrong check letter) but the ce.0270237L@ac-normandie.fr sender carries the valid UAI, which is the label; the link is asked on the official address.",
               bad=["0270237K"]))

mail("P23", "2025-01-17 08:11", ("Olivier Caron", "olivier.caron@ac-amiens.fr"),
     "Super, encore un mot de passe qui expire", "outlook", """
Bonjour,

Super, encore un mot de passe qui expire. C'est la troisième fois depuis septembre que l'Espace Acheteur me demande d'en changer, et cette fois je ne me souviens même plus de celui de novembre.

Je voudrais simplement un lien de réinitialisation pour pouvoir saisir les commandes de janvier. Établissement : lycée de l'Oise, Compiègne (0602311L).

Olivier Caron, gestionnaire
""", outlook_desktop=True,
     label=lab("password_reset", True, "0602311L", "hauts-de-france", "espace_acheteur", False, "fr",
               "Sarcastic subject and opening; expired Espace Acheteur password, previous one forgotten, asks for a reset link."))

# =====================================================================
# automated (headers and MIME written by hand: every MTA has its habits)
# =====================================================================
_d = when("2025-01-13 10:02")
_m = desk_msgid("SUP-011958", _d)
mail("A01", "2025-01-13 10:02", ("Hélène Vasseur", "h.vasseur@ensemble-sainte-marie.example.fr"), "", "raw",
     relay=outlook_relay(), inner_received=False,
     raw_headers="From: =?iso-8859-1?Q?H=E9l=E8ne_Vasseur?= <h.vasseur@ensemble-sainte-marie.example.fr>\n"
     "To: Assistance <support@assistance.example.fr>\n"
     "Subject: =?iso-8859-1?Q?R=E9ponse_automatique=A0=3A_=5B=23SUP-011958=5D_Votr?=\n"
     " =?iso-8859-1?Q?e_demande_de_devis?=\n"
     "Thread-Topic: [#SUP-011958] Votre demande de devis\n"
     "Thread-Index: AQHbZbL1m3Qx0n7WVkqkW2Wc2n0yNw==\n"
     "Date: {date_utc}\n"
     "Message-ID: <PR1P264MB3920{msgid_hex}@PR1P264MB3920.FRAP264.PROD.OUTLOOK.COM>\n"
     "References: " + _m + "\nIn-Reply-To: " + _m + "\n"
     "Accept-Language: fr-FR, en-US\nContent-Language: fr-FR\n"
     "X-MS-Has-Attach: \nX-MS-TNEF-Correlator: \n"
     "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\n"
     "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent\n"
     "MIME-Version: 1.0\n"
     "Content-Type: multipart/alternative;\n\tboundary=\"_000_PR1P264MB3920A1B2C3D4E5F60718FRAP_\"\n",
     raw_charset="ascii", raw_body="""
--_000_PR1P264MB3920A1B2C3D4E5F60718FRAP_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je suis absente du 13 au 24 janvier inclus (stage des personnels de gestio=
n). Vos messages ne seront pas transf=E9r=E9s.
Pour toute question relative aux commandes ou aux factures, merci de contac=
ter Mme Poulain au secr=E9tariat d'intendance : 03 53 01 08 45.

H=E9l=E8ne Vasseur
Intendante =96 Ensemble scolaire Sainte-Marie

--_000_PR1P264MB3920A1B2C3D4E5F60718FRAP_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Diso-8859-1"></head><body><div style=3D"font-family:Calibri,Arial,Helveti=
ca,sans-serif; font-size:11pt">
<p>Bonjour,</p>
<p>Je suis absente du 13 au 24 janvier inclus (stage des personnels de gest=
ion). Vos messages ne seront pas transf=E9r=E9s.<br>
Pour toute question relative aux commandes ou aux factures, merci de contac=
ter Mme Poulain au secr=E9tariat d'intendance : 03 53 01 08 45.</p>
<p>H=E9l=E8ne Vasseur<br>Intendante =96 Ensemble scolaire Sainte-Marie</p>
</div></body></html>

--_000_PR1P264MB3920A1B2C3D4E5F60718FRAP_--
""", label=lab("automated", False, None, None, None, False, "fr",
               "Exchange Online out-of-office in French (Auto-Submitted: auto-generated, X-Auto-Response-Suppress), in reply to one of our tickets; mentions orders and invoices."))

_d = when("2025-01-10 16:20")
_m = desk_msgid("SUP-011931", _d)
mail("A02", "2025-01-13 07:31", ("Gareth Pryce", "g.pryce@stdavids-college.example.org"), "", "raw",
     relay=outlook_relay(), inner_received=False,
     raw_headers="From: Gareth Pryce <g.pryce@stdavids-college.example.org>\n"
     "To: Assistance <support@assistance.example.fr>\n"
     "Subject: Automatic reply: [#SUP-011931] Re: Exchange visit - who should we\n contact?\n"
     "Thread-Topic: [#SUP-011931] Re: Exchange visit - who should we contact?\n"
     "Thread-Index: AQHbZcR0q8Kf2bN1TUi0p2w0c3u7Ag==\n"
     "Date: {date_utc}\n"
     "Message-ID: <CWLP123MB5521{msgid_hex}@CWLP123MB5521.GBRP123.PROD.OUTLOOK.COM>\n"
     "References: " + _m + "\nIn-Reply-To: " + _m + "\n"
     "Accept-Language: en-GB, en-US\nContent-Language: en-GB\n"
     "X-MS-Has-Attach: \nX-MS-TNEF-Correlator: \n"
     "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\n"
     "X-MS-Exchange-Inbox-Rules-Loop: g.pryce@stdavids-college.example.org\n"
     "MIME-Version: 1.0\n"
     "Content-Type: text/plain; charset=\"us-ascii\"\nContent-Transfer-Encoding: 7bit\n",
     raw_charset="ascii", raw_body="""
Thank you for your email.

School is closed to pupils on Monday 13 January (staff training day) and I am
then leading the Year 10 visit to Rouen until Friday 17 January, with very
limited access to email.

For anything urgent about the exchange, please contact the school office on
01632 960 418 or office@stdavids-college.example.org.

Kind regards,
Gareth Pryce
Head of Modern Languages
""", label=lab("automated", False, None, None, None, False, "en",
               "English Exchange 'Automatic reply:' from a UK partner school (Auto-Submitted, X-Auto-Response-Suppress), answering one of our tickets."))

_d = when("2025-01-07 09:12")
mail("A03", "2025-01-07 09:12", ("Mail Delivery System", "MAILER-DAEMON@mail.lycee-val-de-seine.example.fr"), "", "raw",
     return_path="", auth=("none", "helo", "none"), relay="mail.lycee-val-de-seine.example.fr", inner_received=False,
     raw_headers="From: Mail Delivery System <MAILER-DAEMON@mail.lycee-val-de-seine.example.fr>\n"
     "To: Assistance <support@assistance.example.fr>\n"
     "Subject: Undelivered Mail Returned to Sender\n"
     "Date: {date}\n"
     "Message-ID: <20250107081204.6F2C1A0391@mail.lycee-val-de-seine.example.fr>\n"
     "MIME-Version: 1.0\n"
     "Auto-Submitted: auto-replied\n"
     "Content-Type: multipart/report; report-type=delivery-status;\n"
     " boundary=\"6F2C1A0391.1736237524/mail.lycee-val-de-seine.example.fr\"\n",
     raw_body="""
This is a MIME-encapsulated message.

--6F2C1A0391.1736237524/mail.lycee-val-de-seine.example.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.lycee-val-de-seine.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<cdi@lycee-val-de-seine.example.fr>: host 127.0.0.1[127.0.0.1] said: 552 5.2.2
    <cdi@lycee-val-de-seine.example.fr> Quota exceeded (mailbox for user is
    full) (in reply to end of DATA command)

--6F2C1A0391.1736237524/mail.lycee-val-de-seine.example.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.lycee-val-de-seine.example.fr
X-Postfix-Queue-ID: 6F2C1A0391
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Tue,  7 Jan 2025 09:11:58 +0100 (CET)

Final-Recipient: rfc822; cdi@lycee-val-de-seine.example.fr
Original-Recipient: rfc822;cdi@lycee-val-de-seine.example.fr
Action: failed
Status: 5.2.2
Remote-MTA: dns; 127.0.0.1
Diagnostic-Code: smtp; 552 5.2.2 <cdi@lycee-val-de-seine.example.fr> Quota
    exceeded (mailbox for user is full)

--6F2C1A0391.1736237524/mail.lycee-val-de-seine.example.fr
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: Assistance <support@assistance.example.fr>
To: cdi@lycee-val-de-seine.example.fr
Subject: [#SUP-011917] Votre demande de lien
Date: Tue, 07 Jan 2025 09:11:57 +0100
Message-ID: <SUP-011917.1736237517.0c4e9a@assistance.example.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Un lien de r=C3=A9initialisation a =C3=A9t=C3=A9 envoy=C3=A9 =C3=A0 l'adres=
se enregistr=C3=A9e pour votre =C3=A9tablissement. Il est valable 12 heures.

Cordialement,
L'=C3=A9quipe d'assistance

--6F2C1A0391.1736237524/mail.lycee-val-de-seine.example.fr--
""", label=lab("automated", False, None, None, None, False, "en",
               "Postfix bounce (multipart/report, null Return-Path): the CDI mailbox is over quota after the holidays (552 5.2.2); the returned message is our reset answer."))

mail("A04", "2025-01-08 13:47", ("Microsoft Outlook", "postmaster@cfa-batiment-somme.example.fr"), "", "raw",
     return_path="", auth=("none", "helo", "none"), relay=outlook_relay(), inner_received=False,
     raw_headers="From: Microsoft Outlook <postmaster@cfa-batiment-somme.example.fr>\n"
     "To: <support@assistance.example.fr>\n"
     "Date: {date_utc}\n"
     "Content-Language: fr-FR\n"
     "Message-ID: <4c0e7d9a-{msgid_hex}@PAXP264MB4718.FRAP264.PROD.OUTLOOK.COM>\n"
     "In-Reply-To: <SUP-011939.1736340423.71be02@assistance.example.fr>\n"
     "References: <SUP-011939.1736340423.71be02@assistance.example.fr>\n"
     "Subject: =?utf-8?Q?Non_remis=C2=A0=3A_=5B=23SUP-011939=5D_Compte_en_attente?=\n"
     " =?utf-8?Q?_de_validation?=\n"
     "Auto-Submitted: auto-replied\n"
     "X-MS-Exchange-Message-Is-Ndr: \n"
     "MIME-Version: 1.0\n"
     "Content-Type: multipart/report; report-type=delivery-status;\n"
     "\tboundary=\"2a1d7b0c-5b4e-4f0a-9e33-8c6d0f1e2a77\"\n",
     raw_body="""
--2a1d7b0c-5b4e-4f0a-9e33-8c6d0f1e2a77
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="b8e3f1a2-0c9d-4e6f-a1b2-3c4d5e6f7a80"

--b8e3f1a2-0c9d-4e6f-a1b2-3c4d5e6f7a80
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Votre message =C3=A0 m.thuillier@cfa-batiment-somme.example.fr n'a pas pu =
=C3=AAtre remis.

La bo=C3=AEte aux lettres de m.thuillier est pleine.

Action requise
Le destinataire doit faire de la place dans sa bo=C3=AEte aux lettres. Ess=
ayez de renvoyer votre message plus tard.

Serveur ayant retourn=C3=A9 l'erreur :
PAXP264MB4718.FRAP264.PROD.OUTLOOK.COM
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception=
:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

--b8e3f1a2-0c9d-4e6f-a1b2-3c4d5e6f7a80
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charse=
t=3Dutf-8"></head><body>
<table width=3D"100%" cellpadding=3D"0" cellspacing=3D"0" style=3D"font-fa=
mily:'Segoe UI',Frutiger,Arial,sans-serif"><tr><td style=3D"font-size:16px=
;font-weight:600;color:#c00000">Votre message =C3=A0 m.thuillier@cfa-batim=
ent-somme.example.fr n'a pas pu =C3=AAtre remis.</td></tr>
<tr><td>La bo=C3=AEte aux lettres de <b>m.thuillier</b> est pleine.</td></tr>
<tr><td style=3D"padding-top:12px;font-weight:600">Action requise</td></tr>
<tr><td>Le destinataire doit faire de la place dans sa bo=C3=AEte aux lett=
res. Essayez de renvoyer votre message plus tard.</td></tr></table>
</body></html>

--b8e3f1a2-0c9d-4e6f-a1b2-3c4d5e6f7a80--

--2a1d7b0c-5b4e-4f0a-9e33-8c6d0f1e2a77
Content-Type: message/delivery-status

Reporting-MTA: dns;PAXP264MB4718.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Wed, 8 Jan 2025 12:47:03 +0000

Final-Recipient: rfc822;m.thuillier@cfa-batiment-somme.example.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
X-Display-Name: Thuillier Marc

--2a1d7b0c-5b4e-4f0a-9e33-8c6d0f1e2a77
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: Marc Thuillier <m.thuillier@cfa-batiment-somme.example.fr>
Subject: [#SUP-011939] Compte en attente de validation
Date: Wed, 08 Jan 2025 13:47:03 +0100
Message-ID: <SUP-011939.1736340423.71be02@assistance.example.fr>
Auto-Submitted: auto-replied

--2a1d7b0c-5b4e-4f0a-9e33-8c6d0f1e2a77--
""", label=lab("automated", False, None, None, None, False, "fr",
               "Exchange Online non-delivery report in French ('Non remis :'): recipient mailbox full (554 5.2.2), multipart/report with an HTML explanation and text/rfc822-headers."))

mail("A05", "2025-01-09 03:14", ("Mail Delivery System", "Mailer-Daemon@mx.college-des-dunes.example.fr"), "", "raw",
     return_path="", auth=("none", "helo", "none"), relay="mx.college-des-dunes.example.fr", inner_received=False,
     raw_headers="Received: from Debian-exim by mx.college-des-dunes.example.fr with local (Exim 4.96)\n"
     "\tid 1tVhZ2-0004Qe-1K\n\tfor support@assistance.example.fr;\n\tThu, 09 Jan 2025 03:14:04 +0100\n"
     "X-Failed-Recipients: cdi@college-des-dunes.example.fr\n"
     "Auto-Submitted: auto-replied\n"
     "From: Mail Delivery System <Mailer-Daemon@mx.college-des-dunes.example.fr>\n"
     "To: support@assistance.example.fr\n"
     "Content-Type: text/plain; charset=us-ascii\n"
     "Subject: Mail delivery failed: returning message to sender\n"
     "Message-Id: <E1tVhZ2-0004Qe-1K@mx.college-des-dunes.example.fr>\n"
     "Date: {date}\n",
     raw_body="""
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  cdi@college-des-dunes.example.fr
    retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <support@assistance.example.fr>
Received: from mx1.assistance.example.fr ([198.51.100.20])
	by mx.college-des-dunes.example.fr with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.96)
	(envelope-from <support@assistance.example.fr>)
	id 1tTq8k-0002Gd-0v
	for cdi@college-des-dunes.example.fr;
	Sat, 04 Jan 2025 11:02:46 +0100
From: Assistance <support@assistance.example.fr>
To: cdi@college-des-dunes.example.fr
Subject: [#SUP-011902] Activation de votre abonnement
Date: Sat, 04 Jan 2025 11:02:44 +0100
Message-ID: <SUP-011902.1735984964.9a31d7@assistance.example.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Bonjour,

Votre abonnement a bien ete commande. Son activation peut prendre jusqu'a
72 heures ; il faudra ensuite le publier sur votre portail.

Cordialement,
L'equipe d'assistance
""", label=lab("automated", False, None, None, None, False, "en",
               "Exim bounce as plain text with X-Failed-Recipients and Auto-Submitted (retry timeout exceeded after the holiday shutdown of the school's server)."))

mail("A06", "2025-01-14 11:29", ("Mail Delivery Subsystem", "MAILER-DAEMON@relay.mairie-montivilliers.example.fr"), "", "raw",
     return_path="", auth=("none", "helo", "none"), relay="relay.mairie-montivilliers.example.fr", inner_received=False,
     raw_headers="From: Mail Delivery Subsystem <MAILER-DAEMON@relay.mairie-montivilliers.example.fr>\n"
     "Message-Id: <202501141029.50EATb3D019884@relay.mairie-montivilliers.example.fr>\n"
     "To: <support@assistance.example.fr>\n"
     "MIME-Version: 1.0\n"
     "Content-Type: multipart/report; report-type=delivery-status;\n"
     "\tboundary=\"50EATb3D019884.1736850569/relay.mairie-montivilliers.example.fr\"\n"
     "Subject: Returned mail: see transcript for details\n"
     "Auto-Submitted: auto-generated (failure)\n"
     "Date: {date}\n",
     raw_body="""
This is a MIME-encapsulated message

--50EATb3D019884.1736850569/relay.mairie-montivilliers.example.fr

The original message was received at Tue, 14 Jan 2025 11:29:27 +0100
from mx1.assistance.example.fr [198.51.100.20]

   ----- The following addresses had permanent fatal errors -----
<r.duhamel@mairie-montivilliers.example.fr>
    (reason: 550 5.1.1 <r.duhamel@mairie-montivilliers.example.fr>... User unknown)

   ----- Transcript of session follows -----
... while talking to mail.mairie-montivilliers.example.fr.:
>>> DATA
<<< 550 5.1.1 <r.duhamel@mairie-montivilliers.example.fr>... User unknown
550 5.1.1 <r.duhamel@mairie-montivilliers.example.fr>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)

--50EATb3D019884.1736850569/relay.mairie-montivilliers.example.fr
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.mairie-montivilliers.example.fr
Received-From-MTA: DNS; mx1.assistance.example.fr
Arrival-Date: Tue, 14 Jan 2025 11:29:27 +0100

Final-Recipient: RFC822; r.duhamel@mairie-montivilliers.example.fr
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mail.mairie-montivilliers.example.fr
Diagnostic-Code: SMTP; 550 5.1.1 <r.duhamel@mairie-montivilliers.example.fr>... User unknown
Last-Attempt-Date: Tue, 14 Jan 2025 11:29:29 +0100

--50EATb3D019884.1736850569/relay.mairie-montivilliers.example.fr
Content-Type: text/rfc822-headers

Return-Path: <support@assistance.example.fr>
From: Assistance <support@assistance.example.fr>
To: =?utf-8?q?R=C3=A9mi_Duhamel?= <r.duhamel@mairie-montivilliers.example.fr>
Subject: [#SUP-011962] Espace Acheteur : votre compte
Date: Tue, 14 Jan 2025 11:29:25 +0100
Message-ID: <SUP-011962.1736850565.ee0b43@assistance.example.fr>

--50EATb3D019884.1736850569/relay.mairie-montivilliers.example.fr--
""", label=lab("automated", False, None, None, None, False, "en",
               "Sendmail 'Returned mail: see transcript for details' (User unknown), multipart/report with text/rfc822-headers."))

_d = when("2025-01-15 09:00")
_m = desk_msgid("SUP-011977", _d)
mail("A07", "2025-01-15 09:01", ("Christine Aubry", "christine.aubry@ac-normandie.fr"), "", "raw",
     raw_headers="Date: {date}\n"
     "From: Christine Aubry <christine.aubry@ac-normandie.fr>\n"
     "To: Assistance <support@assistance.example.fr>\n"
     "Message-ID: <1180446629.2219874.1736928061553.JavaMail.zimbra@ac-normandie.fr>\n"
     "In-Reply-To: " + _m + "\nReferences: " + _m + "\n"
     "Subject: =?utf-8?Q?Absence_=E2=80=94_Re:_[#SUP-011977]_Compte_en_attente_de_v?=\n"
     " =?utf-8?Q?alidation?=\n"
     "MIME-Version: 1.0\n"
     "Content-Type: text/plain; charset=utf-8\n"
     "Content-Transfer-Encoding: 8bit\n"
     "Auto-Submitted: auto-replied (zimbra; vacation)\n"
     "Precedence: bulk\n"
     "X-Mailer: Zimbra 10.0.9_GA_4667\n",
     raw_body="""
Bonjour,

Je suis en congé jusqu'au lundi 27 janvier et ne consulte pas ma messagerie.
Pour le CDI, vous pouvez joindre la vie scolaire du collège au 02 61 91 60 17.

Christine Aubry
Professeure documentaliste
""", label=lab("automated", False, None, "normandie", None, False, "fr",
               "Academic webmail vacation reply: 'Auto-Submitted: auto-replied (zimbra; vacation)', Precedence: bulk. Region from the ac-normandie.fr sender."))

_d = when("2025-01-14 15:30")
_m = desk_msgid("SUP-011966", _d)
mail("A08", "2025-01-14 15:31", ("Katrin Vogel", "k.vogel@gymnasium-am-see.example.com"), "", "raw",
     relay="mail-sor-f41.example.com", inner_received=False, auth=("pass", "pass", "pass"),
     raw_headers="MIME-Version: 1.0\n"
     "References: " + _m + "\nIn-Reply-To: " + _m + "\n"
     "Auto-Submitted: auto-replied\n"
     "From: Katrin Vogel <k.vogel@gymnasium-am-see.example.com>\n"
     "Date: {date}\n"
     "Message-ID: <CAHx7vacation{msgid_hex}@mail.gmail.com>\n"
     "Subject: Re: [#SUP-011966] Contact for the Caen exchange\n"
     "To: Assistance <support@assistance.example.fr>\n"
     "Content-Type: text/plain; charset=\"UTF-8\"\n",
     raw_body="""
Thank you for your message. I am on parental leave until 3 March 2025 and
will not be reading my emails.

For anything concerning our exchange with the Lycée Malherbe-des-Prés in
Caen, please write to my colleague Jens Albrecht
(j.albrecht@gymnasium-am-see.example.com).

Best wishes,
Katrin Vogel
""", label=lab("automated", False, None, None, None, False, "en",
               "Gmail vacation responder in English from a German partner school (Auto-Submitted: auto-replied); mentions the exchange with a Caen lycée."))

mail("A09", "2025-01-07 06:30", ("Éditions Lumière Jeunesse", "lettre@news.lumiere-jeunesse.example.fr"), "", "raw",
     relay="mta12.news.lumiere-jeunesse.example.fr", inner_received=False,
     return_path="bounce-7731-support=assistance.example.fr@news.lumiere-jeunesse.example.fr",
     auth=("pass", "pass", "pass"), auth_domain="news.lumiere-jeunesse.example.fr",
     raw_headers="From: =?utf-8?q?=C3=89ditions_Lumi=C3=A8re_Jeunesse?= <lettre@news.lumiere-jeunesse.example.fr>\n"
     "Reply-To: contact@lumiere-jeunesse.example.fr\n"
     "To: support@assistance.example.fr\n"
     "Subject: =?utf-8?q?Nos_v=C5=93ux_pour_2025_=E2=80=93_et_12_nouveaut=C3=A9s_p?=\n"
     " =?utf-8?q?our_vos_CDI_=F0=9F=93=9A?=\n"
     "Date: {date}\n"
     "Message-ID: <20250107053000.7731.{msgid_hex}@news.lumiere-jeunesse.example.fr>\n"
     "List-Id: La lettre des CDI <lettre-cdi.news.lumiere-jeunesse.example.fr>\n"
     "List-Unsubscribe: <https://news.lumiere-jeunesse.example.fr/u/7731/c2d7e1>,\n"
     " <mailto:unsubscribe-7731@news.lumiere-jeunesse.example.fr>\n"
     "List-Unsubscribe-Post: List-Unsubscribe=One-Click\n"
     "Precedence: bulk\n"
     "Feedback-ID: 7731:lettre-cdi:lumiere\n"
     "MIME-Version: 1.0\n"
     "Content-Type: multipart/alternative; boundary=\"=-lumiere-7731-b1\"\n",
     raw_body="""
--=-lumiere-7731-b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Toute l'=C3=A9quipe des =C3=89ditions Lumi=C3=A8re Jeunesse vous souhaite =
une belle ann=C3=A9e 2025 !

Au programme de janvier pour vos CDI :
- 12 nouveaut=C3=A9s romans ado, dont la suite tr=C3=A8s attendue de =C2=AB=
 La Ligue des Marais =C2=BB
- un dossier p=C3=A9dagogique gratuit pour la Semaine de la presse
- -15 % sur les coffrets jusqu'au 31 janvier

D=C3=A9couvrir le catalogue : https://news.lumiere-jeunesse.example.fr/c/77=
31/cat

Vous recevez ce message car vous =C3=AAtes inscrit =C3=A0 La lettre des CDI=
.
Se d=C3=A9sinscrire : https://news.lumiere-jeunesse.example.fr/u/7731/c2d7=
e1

--=-lumiere-7731-b1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html><head><meta charset=3D"utf-8"><title>La lettre des CD=
I</title></head><body style=3D"margin:0;background:#f4efe6">
<table role=3D"presentation" width=3D"600" align=3D"center" style=3D"backg=
round:#ffffff;font-family:Georgia,serif">
<tr><td style=3D"padding:24px;font-size:22px;color:#7a3e00">Belle ann=C3=
=A9e 2025 !</td></tr>
<tr><td style=3D"padding:0 24px">12 nouveaut=C3=A9s romans ado, un dossier=
 p=C3=A9dagogique gratuit pour la Semaine de la presse, et -15 % sur les c=
offrets jusqu'au 31 janvier.</td></tr>
<tr><td style=3D"padding:24px"><a href=3D"https://news.lumiere-jeunesse.ex=
ample.fr/c/7731/cat" style=3D"background:#7a3e00;color:#fff;padding:10px 1=
8px;text-decoration:none">D=C3=A9couvrir le catalogue</a></td></tr>
<tr><td style=3D"padding:24px;font-size:11px;color:#888">Vous recevez ce m=
essage car vous =C3=AAtes inscrit =C3=A0 La lettre des CDI. <a href=3D"htt=
ps://news.lumiere-jeunesse.example.fr/u/7731/c2d7e1">Se d=C3=A9sinscrire</=
a></td></tr>
</table><img src=3D"https://news.lumiere-jeunesse.example.fr/o/7731.gif" w=
idth=3D"1" height=3D"1" alt=3D""></body></html>

--=-lumiere-7731-b1--
""", label=lab("automated", False, None, None, None, False, "fr",
               "Publisher's New Year newsletter: List-Id, one-click List-Unsubscribe, Precedence: bulk, tracking pixel."))

mail("A10", "2025-01-16 14:00", ("Harbour Lane Publishing", "news@send.harbourlane.example.com"), "", "raw",
     relay="o17.send.harbourlane.example.com", inner_received=False,
     return_path="bounces+4417-ab19-support=assistance.example.fr@send.harbourlane.example.com",
     auth_domain="send.harbourlane.example.com",
     raw_headers="From: Harbour Lane Publishing <news@send.harbourlane.example.com>\n"
     "To: support@assistance.example.fr\n"
     "Subject: January picks for your library: 9 new graded readers\n"
     "Date: {date}\n"
     "Message-ID: <{uuid}@send.harbourlane.example.com>\n"
     "List-Unsubscribe: <https://send.harbourlane.example.com/unsub/4417/ab19>\n"
     "List-Unsubscribe-Post: List-Unsubscribe=One-Click\n"
     "Precedence: bulk\n"
     "X-Campaign: jan25-schools-eu\n"
     "MIME-Version: 1.0\n"
     "Content-Type: text/html; charset=\"utf-8\"\n"
     "Content-Transfer-Encoding: base64\n",
     raw_body=b64("""<html><body style="font-family:Helvetica,Arial,sans-serif">
<h1 style="color:#12406b">New year, new readers</h1>
<p>Dear librarian,</p>
<p>Our January selection is out: nine graded readers from A2 to B2, each with
free audio and a printable teacher's guide - ideal for your European sections
and exchange classes.</p>
<p><a href="https://send.harbourlane.example.com/c/4417/jan25">Browse the January picks</a></p>
<p style="font-size:11px;color:#777">You are receiving this email because you
subscribed to Harbour Lane school news. <a href="https://send.harbourlane.example.com/unsub/4417/ab19">Unsubscribe</a></p>
</body></html>
"""), label=lab("automated", False, None, None, None, False, "en",
                "English publisher newsletter, HTML only in base64, with List-Unsubscribe and Precedence: bulk."))

mail("A11", "2025-01-09 17:42", ("Portail d'assistance", "no-reply@portail.assistance.example.fr"), "", "raw",
     relay="portail.assistance.example.fr", inner_received=False,
     raw_headers="From: Portail d'assistance <no-reply@portail.assistance.example.fr>\n"
     "To: support@assistance.example.fr\n"
     "Subject: =?utf-8?q?=5BTicket_=2348213=5D_Mise_=C3=A0_jour_=3A_export_des_noti?=\n"
     " =?utf-8?q?ces_en_erreur?=\n"
     "Date: {date}\n"
     "Message-ID: <ticket-48213-upd-7.{msgid_hex}@portail.assistance.example.fr>\n"
     "Auto-Submitted: auto-generated\n"
     "X-Auto-Response-Suppress: All\n"
     "MIME-Version: 1.0\n"
     "Content-Type: text/plain; charset=utf-8\n"
     "Content-Transfer-Encoding: 8bit\n",
     raw_body="""
Bonjour,

Le ticket #48213 « Export des notices en erreur » que vous suivez a été mis à jour.

Nouveau statut : En attente de votre réponse
Mis à jour par : Support éditeur (niveau 2)

Dernier commentaire :
« Le correctif est déployé sur l'environnement de recette depuis ce matin. Pouvez-vous confirmer que l'export fonctionne pour l'établissement signalé ? »

Pour répondre, connectez-vous au portail : https://portail.assistance.example.fr/tickets/48213

Ceci est un message automatique, merci de ne pas y répondre.
""", label=lab("automated", False, None, None, "ticket_portal", False, "fr",
               "Ticket-portal notification (Auto-Submitted: auto-generated) about a ticket the desk follows with the vendor."))

mail("A12", "2025-01-15 08:00", ("Signature électronique", "noreply@sign.docusphere.example.fr"), "", "raw",
     relay="out2.sign.docusphere.example.fr", inner_received=False, auth_domain="sign.docusphere.example.fr",
     raw_headers="From: =?utf-8?q?Signature_=C3=A9lectronique?= <noreply@sign.docusphere.example.fr>\n"
     "To: support@assistance.example.fr\n"
     "Subject: =?utf-8?q?Rappel_=3A_=C2=AB_Convention_de_partenariat_2025_=C2=BB_att?=\n"
     " =?utf-8?q?end_votre_signature?=\n"
     "Date: {date}\n"
     "Message-ID: <rem-{uuid}@sign.docusphere.example.fr>\n"
     "MIME-Version: 1.0\n"
     "Content-Type: multipart/alternative; boundary=\"ds-alt-5e21c0\"\n",
     raw_body="""
--ds-alt-5e21c0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Le document =C2=AB Convention de partenariat 2025 =C2=BB vous a =C3=A9t=C3=
=A9 envoy=C3=A9 le 8 janvier 2025 par Camille Renaud (R=C3=A9seau des CDI =
normands) et attend toujours votre signature.

Il expirera le 22 janvier 2025.

Consulter et signer le document :
https://sign.docusphere.example.fr/s/9QfK2mXv7a

Vous recevez cet e-mail car vous =C3=AAtes signataire de ce document.

--ds-alt-5e21c0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;color:#222">
<div style=3D"max-width:560px;margin:auto;border:1px solid #ddd;padding:2=
4px">
<p>Bonjour,</p>
<p>Le document <b>=C2=AB Convention de partenariat 2025 =C2=BB</b> vous a =
=C3=A9t=C3=A9 envoy=C3=A9 le 8 janvier 2025 par Camille Renaud (R=C3=A9sea=
u des CDI normands) et attend toujours votre signature.</p>
<p>Il expirera le 22 janvier 2025.</p>
<p><a href=3D"https://sign.docusphere.example.fr/s/9QfK2mXv7a" style=3D"b=
ackground:#0b6e4f;color:#fff;padding:10px 16px;text-decoration:none">Consu=
lter et signer</a></p>
<p style=3D"font-size:11px;color:#888">Vous recevez cet e-mail car vous =
=C3=AAtes signataire de ce document.</p>
</div></body></html>

--ds-alt-5e21c0--
""", label=lab("automated", False, None, None, "esignature", True, "fr",
               "E-signature reminder for a convention, without Auto-Submitted or Precedence: the no-reply sender and the wording show it is machine-made; mentions a convention but is not a contract_documents request."))

mail("A13", "2025-01-10 11:06", ("Mailinblack", "no-reply@challenge.mib-protect.example.fr"), "", "raw",
     relay="out-3.challenge.mib-protect.example.fr", inner_received=False,
     auth_domain="challenge.mib-protect.example.fr",
     raw_headers="From: Mailinblack <no-reply@challenge.mib-protect.example.fr>\n"
     "To: support@assistance.example.fr\n"
     "Subject: =?utf-8?q?Votre_message_=C3=A0_ce=2E0592214L=40ac-lille=2Efr_est_en_at?=\n"
     " =?utf-8?q?tente?=\n"
     "Date: {date}\n"
     "Message-ID: <auth-{uuid}@challenge.mib-protect.example.fr>\n"
     "Auto-Submitted: auto-replied\n"
     "X-Auto-Response-Suppress: All\n"
     "MIME-Version: 1.0\n"
     "Content-Type: multipart/alternative; boundary=\"mib-b-0f3a9c\"\n",
     raw_body="""
--mib-b-0f3a9c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Vous avez envoyé un message à ce.0592214L@ac-lille.fr.
Cette adresse est protégée par Mailinblack.

Afin de vérifier que vous êtes bien un humain, merci de cliquer sur le lien ci-dessous. Votre message sera délivré dès votre authentification ; vous n'aurez à le faire qu'une seule fois.

https://challenge.mib-protect.example.fr/auth/7c1e55b2e08d

Objet du message en attente : [#SUP-011951] Votre demande d'abonnement
Date : 10/01/2025 11:05

Mailinblack – Protection de messagerie

--mib-b-0f3a9c
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif">
<p>Bonjour,</p>
<p>Vous avez envoyé un message à <b>ce.0592214L@ac-lille.fr</b>.<br>Cette adresse est protégée par Mailinblack.</p>
<p>Afin de vérifier que vous êtes bien un humain, merci de cliquer sur le bouton ci-dessous. Votre message sera délivré dès votre authentification ; vous n'aurez à le faire qu'une seule fois.</p>
<p><a href="https://challenge.mib-protect.example.fr/auth/7c1e55b2e08d" style="background:#111;color:#fff;padding:10px 18px;text-decoration:none">Je ne suis pas un robot</a></p>
<p style="color:#666;font-size:12px">Objet du message en attente : [#SUP-011951] Votre demande d'abonnement<br>Date : 10/01/2025 11:05</p>
</body></html>

--mib-b-0f3a9c--
""", label=lab("automated", False, "0592214L", "hauts-de-france", None, True, "fr",
               "MailInBlack's sender-authentication challenge, sent back to the desk after it answered a school: the product is named and it asks to click, but it is machine-made (Auto-Submitted) and never answered. UAI from the protected ce.<UAI> address in the text; region from it."))

_d = when("2025-01-09 15:10")
mail("A14", "2025-01-10 08:22", ("Nathalie Quennehen", "nathalie.quennehen@ac-amiens.fr"), "", "raw",
     raw_headers="From: =?iso-8859-1?Q?Nathalie_Quennehen?= <nathalie.quennehen@ac-amiens.fr>\n"
     "To: Assistance <support@assistance.example.fr>\n"
     "Subject: Lu : RE: [#SUP-011948] Commande 2025 - bon d'engagement\n"
     "Date: {date}\n"
     "Message-ID: <000a01db6333$8e2f1c40${msgid_hex}@ac-amiens.fr>\n"
     "MIME-Version: 1.0\n"
     "Content-Type: multipart/report; report-type=disposition-notification;\n"
     "\tboundary=\"----=_NextPart_000_000B_01DB633B.EFF1A440\"\n"
     "X-Mailer: Microsoft Outlook 16.0\n"
     "Thread-Index: AdtjM45H9wq3XhQkRuG0Qpo5RkG6Ag==\n"
     "Content-Language: fr\n",
     raw_charset="iso-8859-1", raw_body="""
This is a multipart message in MIME format.

------=_NextPart_000_000B_01DB633B.EFF1A440
Content-Type: text/plain;
	charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Votre message

  =C0 : Nathalie Quennehen
  Objet : RE: [#SUP-011948] Commande 2025 - bon d'engagement
  Date d'envoi : 09/01/2025 15:10

a =E9t=E9 lu le 10/01/2025 08:22.

------=_NextPart_000_000B_01DB633B.EFF1A440
Content-Type: message/disposition-notification

Reporting-UA: ac-amiens.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;nathalie.quennehen@ac-amiens.fr
Original-Message-ID: <SUP-011948.1736431800.3c0d1e@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_000B_01DB633B.EFF1A440--
""", label=lab("automated", False, None, "hauts-de-france", None, False, "fr",
               "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; the quoted subject talks about an order. Region from the ac-amiens.fr sender."))

mail("A15", "2025-01-13 16:58", ("Microsoft Outlook", "postmaster@stbrendans.example.org"), "", "raw",
     return_path="", auth=("none", "helo", "none"), relay=outlook_relay(), inner_received=False,
     raw_headers="From: Microsoft Outlook <postmaster@stbrendans.example.org>\n"
     "To: <support@assistance.example.fr>\n"
     "Date: {date_utc}\n"
     "Content-Language: en-GB\n"
     "Message-ID: <9be1c3f2-{msgid_hex}@DB9PR01MB7354.eurprd01.prod.exchangelabs.com>\n"
     "In-Reply-To: <SUP-011944.1736783880.52d6aa@assistance.example.fr>\n"
     "References: <SUP-011944.1736783880.52d6aa@assistance.example.fr>\n"
     "Subject: Undeliverable: [#SUP-011944] Re: Erasmus+ partnership - contact at the\n lycee\n"
     "Auto-Submitted: auto-replied\n"
     "X-MS-Exchange-Message-Is-Ndr: \n"
     "MIME-Version: 1.0\n"
     "Content-Type: multipart/report; report-type=delivery-status;\n"
     "\tboundary=\"e7c0a1d4-93b2-4c8e-a0f6-1b2c3d4e5f60\"\n",
     raw_body="""
--e7c0a1d4-93b2-4c8e-a0f6-1b2c3d4e5f60
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a"

--0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message to s.brennan@stbrendans.example.org couldn't be delivered.

s.brennan wasn't found at stbrendans.example.org.

Action Required
Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If the address is correct, contact the recipient by some other means.

Original Message Details
Created Date: 1/13/2025 3:58:00 PM
Sender Address: support@assistance.example.fr
Recipient Address: s.brennan@stbrendans.example.org
Subject: [#SUP-011944] Re: Erasmus+ partnership - contact at the lycee

Error Details
Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
DSN generated by: DB9PR01MB7354.eurprd01.prod.exchangelabs.com

--0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: 7bit

<html><head></head><body><table style="font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:14px">
<tr><td style="font-size:21px;color:#c00000">Your message to s.brennan@stbrendans.example.org couldn't be delivered.</td></tr>
<tr><td><b>s.brennan</b> wasn't found at <b>stbrendans.example.org</b>.</td></tr>
<tr><td style="padding-top:10px"><b>Action Required</b>: Unknown To address</td></tr>
</table></body></html>

--0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a--

--e7c0a1d4-93b2-4c8e-a0f6-1b2c3d4e5f60
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9PR01MB7354.eurprd01.prod.exchangelabs.com
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Mon, 13 Jan 2025 15:58:02 +0000

Original-Recipient: rfc822;s.brennan@stbrendans.example.org
Final-Recipient: rfc822;s.brennan@stbrendans.example.org
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--e7c0a1d4-93b2-4c8e-a0f6-1b2c3d4e5f60
Content-Type: message/rfc822

From: Assistance <support@assistance.example.fr>
To: Sinead Brennan <s.brennan@stbrendans.example.org>
Subject: [#SUP-011944] Re: Erasmus+ partnership - contact at the lycee
Date: Mon, 13 Jan 2025 16:58:00 +0100
Message-ID: <SUP-011944.1736783880.52d6aa@assistance.example.fr>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Dear Ms Brennan,

We are the help desk of a library and purchasing platform and cannot pass
messages on to schools. Please contact the lycee directly through its
official address.

Kind regards,
The support team

--e7c0a1d4-93b2-4c8e-a0f6-1b2c3d4e5f60--
""", label=lab("automated", False, None, None, None, False, "en",
               "Exchange Online 'Undeliverable:' report in English (550 5.1.10 RecipientNotFound) with the returned message attached as message/rfc822."))

mail("A16", "2025-01-14 09:47", ("Assistance académique - DSI", "assistance@ac-versailles.fr"), "", "raw",
     raw_headers="From: =?utf-8?q?Assistance_acad=C3=A9mique_-_DSI?= <assistance@ac-versailles.fr>\n"
     "To: Assistance <support@assistance.example.fr>\n"
     "Subject: =?utf-8?q?=5BDSI-2025-004127=5D_Accus=C3=A9_de_r=C3=A9ception_=3A_R?=\n"
     " =?utf-8?q?outage_des_demandes_de_l'acad=C3=A9mie?=\n"
     "Date: {date}\n"
     "Message-ID: <dsi-2025-004127-ack.{msgid_hex}@ac-versailles.fr>\n"
     "In-Reply-To: <SUP-011963.1736844300.f1a2b3@assistance.example.fr>\n"
     "References: <SUP-011963.1736844300.f1a2b3@assistance.example.fr>\n"
     "Auto-Submitted: auto-replied\n"
     "X-Loop: assistance@ac-versailles.fr\n"
     "Precedence: auto_reply\n"
     "MIME-Version: 1.0\n"
     "Content-Type: text/plain; charset=utf-8\n"
     "Content-Transfer-Encoding: quoted-printable\n",
     raw_body=qp("""Bonjour,

Votre demande a bien été enregistrée sous le numéro DSI-2025-004127.
Elle sera traitée par le pôle Messagerie et Applications dans les meilleurs délais.

En raison de la reprise de janvier, le délai moyen de prise en charge est actuellement de 5 jours ouvrés.

Pour compléter votre demande, répondez à ce message sans modifier l'objet.
Merci de ne pas ouvrir de nouvelle demande pour le même sujet.

La plateforme d'assistance de l'académie de Versailles
"""), label=lab("automated", False, None, "ile-de-france", None, False, "fr",
                  "Another help desk's acknowledgement (Auto-Submitted, X-Loop, Precedence: auto_reply) of a message the desk sent it: answering would start a mail loop. Region from the ac-versailles.fr sender."))

mail("A17", "2025-01-13 08:03", ("Marc Lefebvre", "marc.lefebvre@ac-rouen.fr"),
     "Absence du 13 au 24 janvier", "outlook", """
Bonjour,

Je suis absent du lundi 13 au vendredi 24 janvier inclus et ne lirai pas mes messages pendant cette période.

Pour les factures, les mandats et la clôture de l'exercice 2024, merci de vous adresser à Mme Sophie Renard, fondée de pouvoir, au 02 61 91 19 80.

Marc Lefebvre
Agent comptable – Lycée du Pays de Caux, Yvetot
""", outlook_desktop=True, irt="<SUP-011955.1736751600.aa09c4@assistance.example.fr>",
     label=lab("automated", False, None, "normandie", None, True, "fr",
               "Out-of-office sent by a client-side Outlook rule: no Auto-Submitted, no Precedence; only the wording (and the reply to our ticket) shows it is automatic. Talks about invoices. Region from the ac-rouen.fr sender."))

mail("A18", "2025-01-15 12:58", ("Élodie Marchal", "elodie.marchal@ac-amiens.fr"), "", "raw",
     relay="listes.ac-amiens.fr", inner_received=False,
     return_path="doc-picardie-owner@listes.ac-amiens.fr", auth_domain="ac-amiens.fr",
     raw_headers="From: =?utf-8?q?=C3=89lodie_Marchal?= <elodie.marchal@ac-amiens.fr>\n"
     "To: doc-picardie@listes.ac-amiens.fr\n"
     "Subject: [doc-picardie] Mailinblack et les mails de l'Espace Acheteur ?\n"
     "Date: {date}\n"
     "Message-ID: <{uuid}@ac-amiens.fr>\n"
     "MIME-Version: 1.0\n"
     "Content-Type: text/plain; charset=UTF-8; format=flowed\n"
     "Content-Transfer-Encoding: 8bit\n"
     "User-Agent: Mozilla Thunderbird\n"
     "Sender: doc-picardie-owner@listes.ac-amiens.fr\n"
     "List-Id: <doc-picardie.listes.ac-amiens.fr>\n"
     "List-Post: <mailto:doc-picardie@listes.ac-amiens.fr>\n"
     "List-Unsubscribe: <mailto:sympa@listes.ac-amiens.fr?subject=unsubscribe%20doc-picardie>\n"
     "List-Archive: <https://listes.ac-amiens.fr/sympa/arc/doc-picardie>\n"
     "Precedence: list\n"
     "X-Loop: doc-picardie@listes.ac-amiens.fr\n"
     "X-Sequence: 2291\n",
     raw_body="""
Bonjour à toutes et à tous,

Est-ce que vous aussi, depuis la rentrée de janvier, vous ne recevez plus
aucun mail de l'Espace Acheteur (validations, nouveaux mots de passe) ?
Chez nous la Région a installé Mailinblack pendant les vacances et je
soupçonne que tout part en quarantaine.

Si quelqu'un a déjà obtenu la liste des expéditeurs à autoriser, je suis
preneuse !

Élodie
Collège Jean Racine, Montdidier
""", label=lab("automated", False, None, "hauts-de-france", "espace_acheteur", True, "fr",
               "A librarian's real MailInBlack question, but posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list, Sympa headers): not written to us, never answered. Region from the ac-amiens.fr sender."))

mail("A19", "2025-01-16 22:40", ("MAILER-DAEMON", "MAILER-DAEMON@mail.ecole-arts-graphiques.example.fr"), "", "raw",
     return_path="", auth=("none", "helo", "none"), relay="mail.ecole-arts-graphiques.example.fr", inner_received=False,
     raw_headers="Date: {date}\n"
     "From: MAILER-DAEMON@mail.ecole-arts-graphiques.example.fr\n"
     "To: support@assistance.example.fr\n"
     "Subject: failure notice\n"
     "Message-ID: <20250116214008.{msgid_hex}.qmail@mail.ecole-arts-graphiques.example.fr>\n",
     raw_body="""
Hi. This is the qmail-send program at mail.ecole-arts-graphiques.example.fr.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<secretariat@ecole-arts-graphiques.example.fr>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <support@assistance.example.fr>
Received: (qmail 20931 invoked from network); 16 Jan 2025 21:40:07 -0000
Received: from mx1.assistance.example.fr (198.51.100.20)
  by mail.ecole-arts-graphiques.example.fr with SMTP; 16 Jan 2025 21:40:07 -0000
From: Assistance <support@assistance.example.fr>
To: secretariat@ecole-arts-graphiques.example.fr
Subject: [#SUP-011990] Votre demande de compte
Date: Thu, 16 Jan 2025 22:40:05 +0100
Message-ID: <SUP-011990.1737063605.be44f0@assistance.example.fr>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Bonjour,

Pour creer votre compte, remplissez le formulaire d'inscription ; votre
administrateur de structure validera ensuite votre acces.

Cordialement,
L'equipe d'assistance
""", label=lab("automated", False, None, None, None, True, "en",
               "qmail 'failure notice': plain text, no Auto-Submitted, no multipart/report; only the null Return-Path and the MAILER-DAEMON sender show it is a bounce."))

mail("A20", "2025-01-17 06:12", ("Chorus Pro - Ne pas répondre", "ne-pas-repondre@notifications.chorus.example.fr"), "", "raw",
     relay="smtp-notif.chorus.example.fr", inner_received=False, auth_domain="notifications.chorus.example.fr",
     raw_headers="From: =?utf-8?q?Chorus_Pro_-_Ne_pas_r=C3=A9pondre?= <ne-pas-repondre@notifications.chorus.example.fr>\n"
     "To: support@assistance.example.fr\n"
     "Subject: =?utf-8?q?Chorus_Pro_-_Facture_FA-2024-12-0457_=3A_mise_=C3=A0_jour_d?=\n"
     " =?utf-8?q?u_statut?=\n"
     "Date: {date}\n"
     "Message-ID: <notif.{msgid_hex}@notifications.chorus.example.fr>\n"
     "Auto-Submitted: auto-generated\n"
     "MIME-Version: 1.0\n"
     "Content-Type: text/html; charset=utf-8\n"
     "Content-Transfer-Encoding: quoted-printable\n",
     raw_body=qp("""<html><body style="font-family:Marianne,Arial,sans-serif;font-size:14px">
<p>Bonjour,</p>
<p>Le statut de la facture <b>FA-2024-12-0457</b> déposée le 19/12/2024, destinataire <b>COLLEGE CLAUDE MONET</b>, est passé à : <b>Mise en paiement</b>.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Montant TTC</td><td>1 284,00 €</td></tr>
<tr><td>Engagement juridique</td><td>BE-2024-0311</td></tr>
<tr><td>Date de mise à jour</td><td>17/01/2025</td></tr>
</table>
<p>Ce message est généré automatiquement, merci de ne pas y répondre. Pour suivre vos factures, connectez-vous à votre espace.</p>
</body></html>
"""), label=lab("automated", False, None, None, None, True, "fr",
                  "Invoicing-portal status notification (HTML only, Auto-Submitted: auto-generated): full of invoice vocabulary, but machine-made, not an order_billing request."))

# =====================================================================
# other
# =====================================================================
mail("O01", "2025-01-07 19:22", ("Lucía Ferrer", "lferrer@ies-costa-daurada.example.com"),
     "Message for the exchange coordinator - Lycée Flaubert-Jeanne d'Arc", "gmail", """
Dear colleagues,

I am the Erasmus+ coordinator at IES Costa Daurada in Tarragona. Our pupils
are supposed to visit the Lycée Flaubert-Jeanne d'Arc in Rouen from 10 to
17 March, but since mid-December every email I send to their coordinator,
Mrs Leroux, comes back.

I found your address at the bottom of a page about the school's library
portal. Could you please pass this message on to her, or give me another
way to reach the school? We need to confirm the host families before the
end of January.

Thank you very much and happy new year,

Lucía Ferrer
Erasmus+ coordinator - IES Costa Daurada
""", clang="en", label=lab("other", False, None, None, None, False, "en",
                           "English; a Spanish Erasmus+ partner asks the desk to pass a message to a French school's exchange coordinator: wrong address, nothing the desk handles."))

mail("O02", "2025-01-09 11:15", ("Tom Whitfield", "tom.whitfield@northgate-learning.example.com"),
     "Partnership: English graded readers for French secondary schools", "outlook", """
Hi there,

I hope the new term has started well.

I'm the partnerships manager at Northgate Digital Learning, a UK publisher of online graded readers (A1 to C1) used in more than 2,000 schools across Europe. We are keen to reach French collèges and lycées, especially those with European sections, and I understand your platform is where many school librarians and buyers find their digital resources.

Would you have 20 minutes in the next fortnight for a quick video call? I'd love to understand how publishers get listed and what the commercial terms look like.

Best regards,

Tom Whitfield
Partnerships Manager
Northgate Digital Learning
+44 1632 960 731
""", lang_hdr="en", label=lab("other", False, None, None, None, False, "en",
                               "English cold pitch from a UK publisher asking how to get listed: a sales enquiry, no category of its own."))

mail("O03", "2025-01-06 07:05", ("Service Messagerie Académique", "securite@ac-lille.messagerie-maj.example.com"),
     "Action requise : votre mot de passe expire aujourd'hui", "outlook_html", """
Cher(e) utilisateur(trice),

Suite à la mise à jour de sécurité de janvier, le mot de passe de votre messagerie académique expire aujourd'hui à 23h59.

Pour conserver l'accès à vos messages et éviter la suppression de votre boîte (actuellement pleine à 98 %), veuillez confirmer vos identifiants en cliquant sur le lien ci-dessous :

https://ac-lille.messagerie-maj.example.com/confirmer?id=support

Sans action de votre part, votre compte sera désactivé sous 24 heures.

L'équipe Messagerie
Académie de Lille
""", charset="utf-8", auth=("fail", "fail", "fail"), relay="vps-41-22.hosting.example.net",
     label=lab("other", False, None, None, None, True, "fr",
               "Phishing in French ('votre mot de passe expire aujourd'hui', 'boîte pleine à 98 %'): mentions passwords and the mailbox but is not password_reset; SPF/DKIM/DMARC fail and the look-alike domain is not an académie domain, so no region."))

_d = when("2025-01-08 09:12")
_m = desk_msgid("SUP-011921", _d)
mail("O04", "2025-01-08 09:58", ("Gaëlle Hébert", "gaelle.hebert@ac-caen.fr"),
     "Re: [#SUP-011921] Votre demande de lien de réinitialisation", "thunderbird", """
Ça remarche, merci pour la rapidité ! Et bonne année à toute l'équipe.

Gaëlle

Le 08/01/2025 à 09:12, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation du mot de passe e-sidoc a été envoyé à
> l'adresse enregistrée pour votre établissement (c***@ac-****.fr). Il
> est valable 12 heures. Si vous ne le recevez pas, vérifiez vos
> courriers indésirables.
>
> Cordialement,
> L'équipe d'assistance
""", irt=_m, label=lab("other", False, None, "normandie", "esidoc", True, "fr",
                       "Thanks only, quoting our reset answer: 'mot de passe', 'lien' and 'courriers indésirables' appear but nothing is asked. Region from the legacy ac-caen.fr sender."))

mail("O05", "2025-01-08 21:47", ("Sébastien Moreau", "seb.moreau59@webmail.example.fr"),
     "cantine jeudi ?", "iphone", """
Bonjour,

Mon fils est en 5e au collège Van Gogh de Wattrelos. Avec la grève annoncée jeudi, est-ce que la cantine sera assurée ? Je n'ai rien vu passer sur l'ENT.

Merci de votre réponse
S. Moreau

Envoyé de mon iPhone
""", label=lab("other", False, None, None, None, False, "fr",
               "A parent asks whether the canteen will run during a strike: wrong address, unrelated."))

mail("O06", "2025-01-06 12:30", ("Florence Delmotte", "florence.delmotte@ac-amiens.fr"),
     "Meilleurs vœux !", "zimbra", """
Bonjour à toute l'équipe,

Juste un petit mot pour vous souhaiter une très belle année 2025, et vous remercier pour votre patience l'an dernier, quand je vous ai bombardés de questions pendant la migration du portail.

Pas de question aujourd'hui, promis !

Florence Delmotte
Documentaliste – lycée de la Hotoie, Amiens
""", label=lab("other", False, None, "hauts-de-france", None, False, "fr",
               "New Year greetings from a librarian, explicitly no question. Region from the ac-amiens.fr sender."))

mail("O07", "2025-01-10 10:02", ("Julien Tessier", "julien.tessier@ac-versailles.fr"),
     "Désinscription", "roundcube", """
Bonjour,

J'ai changé de poste au 1er janvier (je ne suis plus gestionnaire mais
professeur d'économie-gestion). Merci de ne plus m'envoyer la lettre
d'information ni les annonces de webinaires.

Cordialement,
J. Tessier
""", label=lab("other", False, None, "ile-de-france", None, False, "fr",
               "A person asks, by hand, to stop receiving the newsletter: written to us, so other, not automated. Region from ac-versailles.fr."))

mail("O08", "2025-01-11 03:33", ("Ryan | GrowthLab", "ryan@growthlab-seo.example.net"),
     "Your website is losing 70% of its traffic", "plain", """
Hi,

I was checking assistance.example.fr and noticed it is not ranking for some
very profitable keywords. Our team can fix that in 30 days, guaranteed.

- Page 1 Google rankings
- 250+ high authority backlinks
- Monthly reporting

Reply "YES" and I will send you a FREE audit and our January price list.

Regards,
Ryan
Senior SEO Consultant

If you don't want to hear from me again, just reply "NO".
""", ua="Mailer 2.1", auth=("none", "softfail", "none"),
     label=lab("other", False, None, None, None, False, "en", "English SEO spam sent to one address (no list headers)."))

mail("O09", "2025-01-13 15:36", ("Hugo Lambert", "hugo.lambert@ac-lille.fr"),
     "Impression des étiquettes de cote", "thunderbird", """
Bonjour,

Petite question pratique : après le désherbage des vacances, j'ai une
centaine de livres à ré-étiqueter. Est-il possible d'imprimer les
étiquettes de cote directement depuis e-sidoc, par lot, sur des planches
A4 (3 x 8) ? Je ne trouve pas l'option dans le menu.

Merci d'avance,

Hugo Lambert
Documentaliste, collège Jean Macé, Lens
""", label=lab("other", False, None, "hauts-de-france", "esidoc", False, "fr",
               "A how-to question about printing spine labels in e-sidoc: no category of its own. Region from ac-lille.fr."))

mail("O10", "2025-01-14 18:05", ("Maria Costa", "maria.costa@edtech-summit.example.org"),
     "Speaker invitation - EdTech Europe Summit, Lisbon, 22-23 May 2025", "gmail", """
Dear Support Team,

On behalf of the programme committee, I am delighted to invite a member of
your team to speak at the EdTech Europe Summit in Lisbon on 22-23 May 2025.

This year's strand "Supporting schools at scale" looks at how national
help desks handle thousands of requests from teachers and school managers,
and we would love a French perspective. Sessions are 25 minutes; travel and
two nights' accommodation are covered.

Could you let me know by 7 February whether someone would be available?

Warm regards,
Maria Costa
Programme Coordinator, EdTech Europe Summit
""", label=lab("other", False, None, None, None, False, "en",
               "English conference speaker invitation addressed to the team: other."))

mail("O11", "2025-01-15 17:20", ("Pascale Rigaud", "pascale.rigaud@ac-versailles.fr"),
     "Toujours rien...", "sogo", """
Génial, rien reçu comme d'habitude.

J'ai écrit le 18 décembre, j'ai relancé le 3 janvier, et toujours aucune
réponse de votre part, ni même un accusé de réception. Je ne vais pas
réexpliquer mon problème une troisième fois : vous avez tout dans mes
messages précédents.

Merci de me rappeler au 01 99 00 74 10, c'est plus efficace.

P. Rigaud
""", label=lab("other", False, None, "ile-de-france", None, True, "fr",
               "Sarcastic complaint ('Génial, rien reçu comme d'habitude') about unanswered messages: 'rien reçu' means no reply from us, not a missing automatic mail, and the actual problem is never said. Region from ac-versailles.fr."))

mail("O12", "2025-01-09 20:14", ("Camille Roussel", "camille.roussel@webmail.example.fr"),
     "Candidature spontanée - technicienne support", "gmail", """
Madame, Monsieur,

Titulaire d'un BTS SIO option SISR et après deux ans comme technicienne de
proximité dans un lycée de Seine-Maritime, je souhaite rejoindre une
équipe d'assistance aux établissements scolaires.

Vous trouverez mon CV en pièce jointe. Je suis disponible dès le mois de
février et mobile sur la Normandie et l'Île-de-France.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Camille Roussel
""", attach=[("CV_Camille_Roussel_2025.pdf", "application/pdf", fake_pdf("CV Camille Roussel"))],
     label=lab("other", False, None, None, None, False, "fr", "Unsolicited job application with a CV (PDF)."))

mail("O13", "2025-01-10 13:40", ("Rachel Dunmore", "r.dunmore@kingsbridge-academy.example.org"),
     "Invoice for the coach - I think it was sent to the wrong school", "outlook", """
Hello,

I'm the trips coordinator at Kingsbridge Academy. We hosted pupils from a lycée in Beauvais in November, and this morning we received an invoice (FR-2024-118, 640 EUR) for the coach that took both groups to Canterbury. As far as I know, the French school had agreed to pay for the coach, so I think the invoice was meant for them, not us.

I found this address in the footer of an email the lycée sent us. Could you forward this to whoever deals with their accounts, or tell me who to contact?

Kind regards,

Rachel Dunmore
Trips & Visits Coordinator
Kingsbridge Academy
""", lang_hdr="en", label=lab("other", False, None, None, None, True, "en",
                               "English; a UK exchange partner received a coach invoice meant for a French lycée and writes to the desk by mistake: invoice vocabulary, but not order_billing for our services."))

mail("O14", "2025-01-16 10:48", ("Manon Giraud", "manon.giraud@etu.univ-rouen.example.fr"),
     "Questionnaire mémoire MEEF documentation", "thunderbird", """
Bonjour,

Je suis étudiante en master MEEF parcours documentation à Rouen et je
prépare un mémoire sur l'accompagnement des professeurs documentalistes
dans l'usage des portails documentaires.

Accepteriez-vous de répondre à un court questionnaire (10 minutes), ou de
le faire suivre à la personne de votre service la plus indiquée ? Les
réponses sont anonymes.

Lien : https://enquetes.univ-rouen.example.fr/meef-doc-2025

Un grand merci d'avance,
Manon Giraud
""", label=lab("other", False, None, None, None, False, "fr",
               "A master's student asks the team to answer a survey: other."))

mail("O15", "2025-01-13 08:27", ("Romain Chevalier", "romain.chevalier@ac-versailles.fr"),
     "Mail de réinitialisation reçu sans demande - normal ?", "zimbra", """
Bonjour,

Ce matin, la boîte du CDI a reçu un message « Réinitialisation de votre mot de passe e-sidoc » alors que personne ici n'a rien demandé : ni moi, ni ma collègue, et nous n'avons aucun souci de connexion.

Je n'ai pas cliqué. Est-ce un message légitime envoyé par erreur, ou quelqu'un essaie-t-il d'accéder à notre compte ? Faut-il faire quelque chose ?

Merci,
Romain Chevalier
Professeur documentaliste – Collège Louise Michel, Sarcelles (0950622K)
""", label=lab("other", False, "0950622K", "ile-de-france", "esidoc", True, "fr",
               "Negation: nobody asked for a reset and login works; a security question about an unexpected reset mail. Mentions password and reset but is not password_reset: a person must look."))

mail("O16", "2025-01-14 13:13", ("Anne-Sophie Bazin", "annesophie.bazin@ac-normandie.fr"),
     "Formation e-sidoc au printemps ?", "roundcube", """
Bonjour,

Notre bassin (Vire – Condé) accueille trois collègues débutants cette
année. Y a-t-il une session de formation e-sidoc prévue en Normandie ce
printemps, en présentiel ou à distance ? Si oui, comment s'inscrit-on ?

Bonne journée,
Anne-Sophie Bazin
Coordinatrice du réseau des documentalistes du bassin
""", label=lab("other", False, None, "normandie", "esidoc", False, "fr",
               "Asks whether an e-sidoc training session is planned: other. Region from ac-normandie.fr."))

mail("O17", "2025-01-15 19:02", ("Sarah Whitaker", "sarah.whitaker@homemail.example.com"),
     "Pick-up time on Friday?", "iphone", """
Hi,

Our daughter Grace is staying with a host family in Vernon this week as part of the school exchange, and the itinerary we were given doesn't say what time the coach leaves the lycée on Friday. The host family's email address isn't working for us.

Could someone let us know? Sorry if this is the wrong address, it was the only one we could find.

Thanks,
Sarah Whitaker

Sent from my iPhone
""", ua="iPhone Mail (22C152)",
     label=lab("other", False, None, None, None, False, "en",
               "English; the parent of an exchange pupil asks about a coach time: wrong address, unrelated."))

mail("O18", "2025-01-07 10:09", ("Yannick Dewez", "yannick.dewez@ac-lille.fr"),
     "ENT en panne ?", "roundcube", """
Bonjour,

L'ENT ne répond plus depuis 8 h ce matin (page blanche après
l'authentification), ni au collège ni depuis chez moi. Vous savez si
c'est général et quand ça doit revenir ? Les collègues ne peuvent pas
faire l'appel.

Y. Dewez, CPE
""", label=lab("other", False, None, "hauts-de-france", None, False, "fr",
               "Asks about an ENT outage: not one of the desk's products. Region from ac-lille.fr."))

# =====================================================================
# missing_noreply_mail
# =====================================================================
mail("M01", "2025-01-06 10:48", ("Christophe Wattebled", "christophe.wattebled@ac-lille.fr"),
     "Lien d'activation Espace Acheteur non reçu", "outlook", """
Bonjour,

Je me suis inscrit sur l'Espace Acheteur le 19 décembre, juste avant les congés, et je n'ai jamais reçu le lien d'activation. J'ai regardé ce matin dans les courriers indésirables et dans tous les dossiers de la messagerie : rien.

Pouvez-vous me dire ce qu'il faut faire ? Je dois reprendre les commandes de l'établissement dès cette semaine.

Christophe Wattebled
Secrétaire d'intendance – Lycée du Hainaut, Valenciennes
UAI 0590545X
""", outlook_desktop=True,
     label=lab("missing_noreply_mail", True, "0590545X", "hauts-de-france", "espace_acheteur", False, "fr",
               "Espace Acheteur activation link never received since mid-December; junk folder checked; no anti-spam product named."))

mail("M02", "2025-01-07 16:33", ("Laure Bachelet", "laure.bachelet@ac-normandie.fr"),
     "nouveau mot de passe : génial, rien reçu", "thunderbird", """
Bonjour,

Génial, rien reçu comme d'habitude. J'ai demandé trois fois un nouveau
mot de passe pour l'Espace Acheteur depuis hier, la page me dit à chaque
fois « un e-mail vous a été envoyé », et ma boîte reste désespérément vide.
Indésirables compris.

Lycée des Bruyères, Le Grand-Quevilly — 0762363F.

Merci de regarder ce qui se passe.

Laure Bachelet
Gestionnaire
""", label=lab("missing_noreply_mail", True, "0762363F", "normandie", "espace_acheteur", False, "fr",
               "Sarcastic ('Génial, rien reçu comme d'habitude'); the new-password mail from the no-reply address never arrives, junk folder checked; no product named."))

mail("M03", "2025-01-08 09:26", ("Jean-Marc Tallec", "jean-marc.tallec@ac-versailles.fr"),
     "Plus de notifications depuis décembre", "roundcube", """
Bonjour,

Depuis début décembre je ne reçois plus aucune notification de l'Espace
Acheteur : ni les confirmations de validation de commande, ni les
messages quand un collègue ajoute un panier. Avant, ça arrivait
systématiquement (expéditeur no-reply).

Rien dans les indésirables. Je n'ai touché à aucun réglage.

Merci de votre aide,
Jean-Marc Tallec
Intendant
""", label=lab("missing_noreply_mail", True, None, "ile-de-france", "espace_acheteur", False, "fr",
               "No-reply notifications stopped since December, junk folder empty, no product named; no UAI, region from ac-versailles.fr."))

mail("M04", "2025-01-08 17:05", ("Fiona McAllister", "fiona.mcallister@ac-lille.fr"),
     "No confirmation email from the ticket portal", "gmail", """
Hello,

I'm an English teacher in the international section and I've just created
an account on your ticket portal to follow a request about our library
resources. The page said a confirmation email would be sent so I could
set my password, but nothing has arrived - not in my inbox, not in spam,
and it's been over two hours.

Could you check whether it was sent, or send it again?

Thank you,
Fiona McAllister
""", label=lab("missing_noreply_mail", True, None, "hauts-de-france", "ticket_portal", False, "en",
               "English; the ticket portal's confirmation mail (to set a password) never arrived, spam checked. Region from ac-lille.fr."))

mail("M05", "2025-01-09 11:50", ("Gilles Lecomte", "gilles.lecomte@ac-lille.fr"),
     "Mails de validation introuvables (et ce n'est pas MailInBlack)", "zimbra", """
Bonjour,

Avant que vous me renvoyiez la fiche MailInBlack : nous ne l'utilisons plus depuis la rentrée de janvier, le département l'a retiré pendant les vacances. Ce n'est donc pas ça.

Le problème : ma collègue s'est inscrite sur l'Espace Acheteur et le mail de validation de son compte n'arrive pas, ni chez elle ni chez moi (je suis administrateur de la structure). Indésirables vérifiés des deux côtés.

Gilles Lecomte
Adjoint gestionnaire, collège Paul Verlaine, Béthune – UAI 0620482M
""", label=lab("missing_noreply_mail", True, "0620482M", "hauts-de-france", "espace_acheteur", True, "fr",
               "MailInBlack is named only to say the school no longer uses it: missing_noreply_mail, not mailinblack_spam."))

mail("M06", "2025-01-09 14:14", ("Sophie Ramaekers", "sophie.ramaekers@ac-amiens.fr"),
     "Problème de mot de passe ?", "thunderbird", """
Bonjour,

Je ne sais pas si c'est un problème de mot de passe ou de messagerie. Le
mot de passe, je l'ai oublié, d'accord, mais ça ce n'est pas grave : j'ai
cliqué sur « mot de passe oublié » au moins dix fois depuis lundi, le site
me confirme l'envoi, et le mail ne vient jamais. Ni dans la boîte de
réception, ni dans les indésirables.

C'est pour l'Espace Acheteur, collège Camille Claudel d'Amiens,
UAI 0801286N.

Sophie Ramaekers
""", label=lab("missing_noreply_mail", True, "0801286N", "hauts-de-france", "espace_acheteur", True, "fr",
               "Reads like a password problem, but the forgotten-password tool works and its mail never arrives: the taxonomy puts that under missing_noreply_mail."))

mail("M07", "2025-01-06 15:22", ("Mathilde Onfroy", "mathilde.onfroy@ac-normandie.fr"),
     "Boîte pleine pendant les vacances - mail d'activation perdu ?", "zimbra", """
Bonjour,

En rentrant ce matin j'ai découvert que ma boîte académique était pleine depuis le 26 décembre (quota atteint, merci les pièces jointes des conseils de classe...). Or c'est justement pendant les vacances que je devais recevoir le mail d'activation de mon compte sur l'Espace Acheteur, créé le 20 décembre.

Évidemment il n'y est pas. J'ai fait de la place, vidé la corbeille et regardé les indésirables.

Pouvez-vous me dire comment le recevoir à nouveau ?

Mathilde Onfroy
Gestionnaire – Collège Jacques Prévert, Lisieux (0141617G)
""", label=lab("missing_noreply_mail", True, "0141617G", "normandie", "espace_acheteur", False, "fr",
               "Mailbox over quota during the holidays, so the activation mail from the no-reply address never arrived; asks how to get it again."))

_d = when("2025-01-09 10:31")
_m = desk_msgid("SUP-011945", _d)
mail("M08", "2025-01-13 09:40", ("Isabelle Ngo", "isabelle.ngo@ac-versailles.fr"),
     "Re: [#SUP-011945] Mail de confirmation non reçu", "gmail", """
Bonjour,

J'ai suivi vos consignes à la lettre : vérification des indésirables,
ajout de l'adresse no-reply dans les contacts, et même une demande au
référent numérique du collège. Quatre jours plus tard, toujours rien.

Comme vous l'indiquiez, pouvez-vous maintenant transmettre à la région ?
Nous sommes bloqués pour toutes les commandes du trimestre.

Isabelle Ngo
Collège Jean Jaurès, Levallois-Perret – 0921179G

Le jeu. 9 janv. 2025 à 10:31, Assistance <support@assistance.example.fr> a
écrit :

> Bonjour,
>
> Le message automatique a été envoyé depuis une adresse no-reply.
> Vérifiez votre dossier de courriers indésirables, marquez le message
> comme légitime et ajoutez l'expéditeur à vos contacts. Sans nouvelle de
> votre part sous 48 heures, nous reviendrons vers vous ; si le problème
> persiste, votre demande sera transmise à votre région académique.
>
> Cordialement,
> L'équipe d'assistance
""", irt=_m, label=lab("missing_noreply_mail", False, "0921179G", "ile-de-france", "espace_acheteur", True, "fr",
                       "Reply (Gmail French quote) after our junk-folder answer: still nothing after four days, asks to go to the region. The template was already sent: a person must follow up."))

mail("M09", "2025-01-10 08:57", ("Bérénice Lannoy", "berenice.lannoy@ac-amiens.fr"),
     "Confirmation d'inscription", "outlook_html", """
Bonjour,

Je viens de prendre mes fonctions d'adjointe gestionnaire et j'ai rempli le formulaire d'inscription de l'Espace Acheteur lundi. Le site annonçait un mail de confirmation « dans quelques minutes ». Quatre jours plus tard, je l'attends encore, et il n'est ni dans les courriers indésirables ni dans le dossier « Autres ».

Merci de m'indiquer la marche à suivre.

Bérénice Lannoy
""", charset="windows-1252", relay="smtp1.ac-amiens.fr",
     label=lab("missing_noreply_mail", True, None, "hauts-de-france", "espace_acheteur", False, "fr",
               "HTML-only Outlook mail (windows-1252): sign-up confirmation never received; no UAI, region from ac-amiens.fr."))

mail("M10", "2025-01-10 18:41", ("nathalie", "nath.deschamps@webmail.example.fr"),
     "mail", "android", """
toujours pas reçu le mail de confirmation de l'espace acheteur depuis lundi.. j'ai regardé dans les spams
""", plain_only=True, ua="Samsung Email", android_host="webmail.example.fr",
     label=lab("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
               "One line from a phone (Samsung Email, base64 text only): confirmation mail still missing; personal address, no region."))

mail("M11", "2025-01-13 13:25", ("Philippe Marie", "philippe.marie@ac-normandie.fr"),
     "Pas de mail après inscription", "thunderbird", """
Bonjour,

Nouvel adjoint gestionnaire depuis le 2 janvier, j'ai créé mon compte
sur l'Espace Acheteur vendredi. Aucun mail depuis, ni confirmation ni
quoi que ce soit. Je me demande si notre filtre anti-spam académique ne
retient pas vos messages : il a déjà mangé des convocations l'an dernier.
Je n'ai pas accès à sa console, je ne sais même pas lequel c'est.

Merci,

--
Philippe Marie
Adjoint gestionnaire
Collège Gustave Flaubert – Cherbourg-en-Cotentin
UAI 0500985Z
""", label=lab("missing_noreply_mail", True, "0500985Z", "normandie", "espace_acheteur", True, "fr",
               "UAI only in the signature; suspects an academic anti-spam filter but names no product: missing_noreply_mail, not mailinblack_spam."))

mail("M12", "2025-01-14 11:11", ("Aline Boucher", "aline.boucher@ac-amiens.fr"),
     "Notifications « compte à valider »", "zimbra", """
Bonjour,

Je suis administratrice de la structure sur l'Espace Acheteur pour le lycée Jean Calvin de Noyon (UAI 0600843R). Deux collègues m'ont dit hier qu'ils attendaient ma validation depuis le 6 janvier, mais je n'ai jamais reçu les notifications « un compte est en attente de validation ».

J'ai fouillé les indésirables, la corbeille, les règles de tri : rien. Est-ce que ces mails partent bien ?

Aline Boucher
""", label=lab("missing_noreply_mail", True, "0600843R", "hauts-de-france", "espace_acheteur", False, "fr",
               "The structure administrator never receives the 'account to validate' notifications."))

mail("M13", "2025-01-14 16:02", ("Yasmina Djebbar", "yasmina.djebbar@ac-versailles.fr"),
     "Fwd: pas reçu le mail pour activer mon compte", "thunderbird", """
Bonjour,

Je vous fais suivre le message de mon collègue de SVT, qui n'a toujours
rien reçu. Je suis la gestionnaire et je confirme qu'il a bien rempli le
formulaire devant moi vendredi.

Merci de votre aide,
Yasmina Djebbar


-------- Message transféré --------
Sujet : pas reçu le mail pour activer mon compte
Date : Mon, 13 Jan 2025 18:20:44 +0100
De : Antoine Perrin <antoine.perrin@ac-versailles.fr>
Pour : Yasmina Djebbar <yasmina.djebbar@ac-versailles.fr>

Bonsoir Yasmina,

Comme convenu je me suis inscrit sur l'Espace Acheteur vendredi pour les
commandes du labo (collège Marcel Pagnol, UAI 0951727L), mais le mail
d'activation n'est jamais arrivé. J'ai regardé dans les spams, rien.
Tu peux voir avec eux ?

Antoine
""", label=lab("missing_noreply_mail", True, "0951727L", "ile-de-france", "espace_acheteur", True, "fr",
               "Thunderbird forward ('Message transféré'); the UAI and the missing activation mail are only in the forwarded part."))

mail("M14", "2025-01-15 07:48", ("Kevin Lemoine", "kevin.lemoine@ac-lille.fr"),
     "Mail pour définir le mot de passe", "iphone", """
Bonjour,

Le mail pour définir mon mot de passe sur l'Espace Acheteur n'est jamais arrivé. Compte validé par notre administratrice mardi, elle me l'a confirmé. Spams vérifiés.

Cordialement
Kevin Lemoine

Envoyé de mon iPhone
""", label=lab("missing_noreply_mail", True, None, "hauts-de-france", "espace_acheteur", False, "fr",
               "iPhone, quoted-printable: account validated but the set-password mail never arrived; no UAI, region from ac-lille.fr."))

mail("M15", "2025-01-15 10:34", ("Noémie Castel", "noemie.castel@ac-versailles.fr"),
     "Activation + devis 2025", "outlook", """
Bonjour,

Deux demandes :

- je me suis inscrite sur l'Espace Acheteur le 8 janvier et je n'ai jamais reçu le mail d'activation (indésirables vérifiés) ;
- l'agent comptable voudrait un devis pour les abonnements 2025, afin d'établir le bon d'engagement avant le 31 janvier. À qui dois-je le demander ?

Merci,

Noémie Castel
Gestionnaire – Lycée Jeanne d'Albret, Saint-Germain-en-Laye (0781481L)
""", outlook_desktop=True,
     label=lab("missing_noreply_mail", False, "0781481L", "ile-de-france", "espace_acheteur", True, "fr",
               "Two topics: missing activation mail (first, main) and a request for a 2025 quote for the bon d'engagement (order_billing); a single template would answer only half."))

mail("M16", "2025-01-16 12:22", ("Estelle Dumont", "estelle.dumont@ac-amiens.fr"),
     "Mail d'activation du compte client - renouvellement", "zimbra", """
Bonjour,

Pour renouveler en ligne notre abonnement e-sidoc, j'ai créé hier matin le compte client de l'établissement. La page indiquait qu'un mail d'activation arriverait dans les 12 heures. Vingt-six heures plus tard, toujours rien, indésirables compris.

Collège La Fontaine, Château-Thierry – UAI 0022339G

Estelle Dumont, documentaliste
""", label=lab("missing_noreply_mail", True, "0022339G", "hauts-de-france", "esidoc", False, "fr",
               "The 12-hour activation mail for the e-sidoc customer account (online renewal) never came."))

mail("M17", "2025-01-17 09:58", ("Service informatique - Lycée de l'Essonne", "dsi.lycee@ac-versailles.fr"),
     "Adresse d'expédition des alertes - migration messagerie", "roundcube", """
Bonjour,

Nous avons migré la messagerie interne du lycée pendant les vacances de
Noël. Depuis, quatre collègues de l'intendance ne reçoivent plus les
alertes sur les offres de l'Espace Acheteur, alors qu'elles sont bien
abonnées.

Pour que nous puissions vérifier nos règles de filtrage, pourriez-vous
nous indiquer l'adresse exacte (et le domaine) d'où partent ces alertes ?

Établissement : 0912027J

Cordialement,
Le service informatique
""", label=lab("missing_noreply_mail", True, "0912027J", "ile-de-france", "espace_acheteur", False, "fr",
               "Offer alerts no longer received since the school's mail migration; IT asks for the exact sender address; no product named."))

# =====================================================================
# head_of_establishment_request
# =====================================================================
mail("H01", "2025-01-06 11:30", ("Proviseure - Lycée Jean Bart", "ce.0590590W@ac-lille.fr"),
     "Désignation de l'administrateur Espace Acheteur - 0590590W", "zimbra", """
Madame, Monsieur,

M. Didier Becquart, gestionnaire de l'établissement et administrateur de notre structure sur l'Espace Acheteur, a fait valoir ses droits à la retraite au 31 décembre 2024.

Je désigne à compter de ce jour Mme Laetitia Vanhoutte, nouvelle gestionnaire (laetitia.vanhoutte@ac-lille.fr), comme administratrice de la structure, et vous demande de bien vouloir fermer les accès de M. Becquart.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Françoise Deleplanque
Proviseure
Lycée Jean Bart – Dunkerque
""", label=lab("head_of_establishment_request", False, "0590590W", "hauts-de-france", "espace_acheteur", False, "fr",
               "The proviseure writes from the ce.<UAI> address to name a new structure administrator after a retirement and close the former one's access."))

mail("H02", "2025-01-07 15:12", ("Damien Leroy", "damien.leroy@ac-normandie.fr"),
     "Courrier de Mme la Principale - compte administrateur e-sidoc", "thunderbird", """
Bonjour,

Comme vous me l'aviez indiqué en décembre, je vous transmets le courrier
signé de Mme Pellerin, principale du collège, qui demande la
réinitialisation du mot de passe administrateur de notre portail e-sidoc
et le remplacement de l'adresse de contact (l'ancienne est celle de ma
prédécesseure, partie à la retraite).

Mme Pellerin est en copie de ce message.

Bien cordialement,

Damien Leroy
Professeur documentaliste
Collège Georges Braque, Dieppe – 0762398U
""", cc=addr("Principale - Collège Georges Braque", "ce.0762398U@ac-normandie.fr"),
     attach=[("Courrier_principale_reinitialisation_esidoc.pdf", "application/pdf",
              fake_pdf("Courrier de la principale - reinitialisation e-sidoc 0762398U"))],
     label=lab("head_of_establishment_request", False, "0762398U", "normandie", "esidoc", True, "fr",
               "The librarian sends the principal's signed letter (PDF) with the principal in copy from the ce.<UAI> address: the head's written request, relayed; staff must check the letter and the sender."))

mail("H03", "2025-01-08 10:03", ("Head of School - Lycée international des Coteaux", "ce.0780736B@ac-versailles.fr"),
     "New structure administrator - buyer space", "outlook", """
Dear Sir or Madam,

As head of the Lycée international des Coteaux (school code 0780736B), I am writing to inform you that our bursar, Mr Philippe Arnaud, left the school on 31 December.

I hereby appoint Ms Harriet Lowe, our new bursar (harriet.lowe@ac-versailles.fr), as administrator of our structure on the Espace Acheteur, with effect from today. Please close Mr Arnaud's access.

I apologise for writing in English; our school's working language with the international sections is often English and I am more comfortable in it.

Yours faithfully,

Margaret Chen-Dubois
Head of School (Proviseure)
""", outlook_desktop=True, lang_hdr="en",
     label=lab("head_of_establishment_request", False, "0780736B", "ile-de-france", "espace_acheteur", False, "en",
               "English; the head of school, from the ce.<UAI> address, appoints a new structure administrator and asks to close the former one's access."))

mail("H04", "2025-01-08 14:44", ("Principal - Collège Hector Malot", "ce.0272078M@ac-normandie.fr"),
     "Délégation 2025 - validation des commandes", "outlook", """
Madame, Monsieur,

Comme chaque année, je vous adresse la délégation autorisant Mme Corinne Prieur, adjointe gestionnaire, à valider en mon nom les commandes de l'établissement sur l'Espace Acheteur pour l'année civile 2025, dans la limite de 15 000 € TTC par commande.

Le document signé est joint.

Cordialement,

Stéphane Gosselin
Principal
Collège Hector Malot – Vernon (0272078M)
""", outlook_desktop=True, charset="windows-1252",
     attach=[("Delegation_validation_commandes_2025.pdf", "application/pdf",
              fake_pdf("Delegation 2025 - validation des commandes - 0272078M"))],
     label=lab("head_of_establishment_request", False, "0272078M", "normandie", "espace_acheteur", False, "fr",
               "Annual written delegation: the principal authorises his deputy bursar to validate orders in 2025 (signed PDF attached)."))

mail("H05", "2025-01-09 22:17", ("Proviseur Lycée Robespierre", "ce.0621263L@ac-lille.fr"),
     "URGENT - transfert des accès administrateur", "plain", """
Bonjour,

Je suis le proviseur du lycée Robespierre d'Arras (UAI 0621263L).

Je suis en déplacement toute la semaine et je n'ai pas accès à la
messagerie de l'établissement. Merci de transférer immédiatement les deux
comptes administrateurs (e-sidoc et Espace Acheteur) sur mon adresse
personnelle : proviseur.robespierre@webmail.example.net, et de m'envoyer
les nouveaux mots de passe à cette même adresse.

C'est urgent, des commandes sont bloquées.

Le Proviseur
""", auth=("none", "fail", "fail"), relay="mail.bulk-sender.example.net",
     headers=[("Reply-To", "proviseur.robespierre@webmail.example.net")], ua="Microsoft Outlook Express 6.00.2900.5512",
     label=lab("head_of_establishment_request", False, "0621263L", "hauts-de-france", None, True, "fr",
               "Claims to be the proviseur from the ce.<UAI> address, but SPF and DMARC fail, Reply-To is a free-mail address and it asks to move both admin accounts there: a probable spoof, still a head-of-establishment request for the queue, where staff should refuse it. Names e-sidoc and the Espace Acheteur, so no single platform."))

mail("H06", "2025-01-10 17:35", ("École élémentaire Les Hortensias", "ce.0802177G@ac-amiens.fr"),
     "Changement d'adresse de contact - portail de la BCD", "roundcube", """
Bonjour,

Je suis la directrice de l'école élémentaire Les Hortensias, à Albert
(0802177G).

L'adresse de contact de notre compte administrateur e-sidoc est encore
celle de l'ancienne directrice, partie en retraite. Je vous demande de la
remplacer par l'adresse de l'école, celle d'où je vous écris.

Merci par avance,

Hélène Caudron
Directrice
""", label=lab("head_of_establishment_request", False, "0802177G", "hauts-de-france", "esidoc", False, "fr",
               "A primary-school head (directrice d'école), from the ce.<UAI> address, asks to replace the contact address of the e-sidoc admin account with the school's."))

_d = when("2025-01-09 16:02")
_m = desk_msgid("SUP-011947", _d)
mail("H07", "2025-01-13 08:52", ("Olivier Bensaïd", "ce.0912151U@ac-versailles.fr"),
     "RE: [#SUP-011947] Réinitialisation du compte e-sidoc - demande du chef d'établissement", "outlook", """
Bonjour,

Suite à votre message, je vous confirme par écrit, en ma qualité de principal du collège Les Aunettes (Sainte-Geneviève-des-Bois), ma demande de réinitialisation du mot de passe administrateur e-sidoc. Le lien pourra être adressé à la présente adresse de l'établissement.

Cordialement,

Olivier Bensaïd
Principal

De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 9 janvier 2025 16:02
À : Marion Gilet <marion.gilet@ac-versailles.fr>
Cc : ce.0912151U@ac-versailles.fr
Objet : [#SUP-011947] Réinitialisation du compte e-sidoc - demande du chef d'établissement

Bonjour,

L'adresse enregistrée pour votre établissement n'est plus valide. Pour des raisons de sécurité, la réinitialisation doit être demandée par écrit par le chef d'établissement, idéalement depuis l'adresse officielle de l'établissement.

Cordialement,
L'équipe d'assistance
""", irt=_m, outlook_desktop=True,
     label=lab("head_of_establishment_request", False, "0912151U", "ile-de-france", "esidoc", True, "fr",
               "Reply in a thread (RE:, In-Reply-To) quoting our answer: the principal gives, from the ce.<UAI> address, the written request we asked for."))

mail("H08", "2025-01-13 12:06", ("Principale - Collège Pierre Mendès France", "ce.0950160H@ac-versailles.fr"),
     "Demande de réinitialisation - compte administrateur Espace Acheteur", "outlook_html", """
Madame, Monsieur,

L'ancien gestionnaire du collège, muté au 1er janvier, disposait encore des accès administrateur de notre structure sur l'Espace Acheteur.

Afin qu'il n'y ait plus accès, je vous demande de bien vouloir réinitialiser le mot de passe de ce compte et d'adresser le lien à l'adresse officielle de l'établissement (ce.0950160H@ac-versailles.fr).

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Nadège Fournier
Principale du collège Pierre Mendès France – Argenteuil
""", charset="windows-1252", relay="smtp-out.ac-versailles.fr",
     label=lab("head_of_establishment_request", False, "0950160H", "ile-de-france", "espace_acheteur", False, "fr",
               "HTML-only Outlook letter: the principal asks for a reset so that a departed bursar loses access, link to the official address."))

mail("H09", "2025-01-14 09:20", ("Xavier Loisel", "xavier.loisel@ac-normandie.fr"),
     "Autorisation de commande - renouvellement e-sidoc", "thunderbird", """
Madame, Monsieur,

En ma qualité de proviseur du lycée Marguerite de Navarre à Alençon
(établissement 0612316M), j'autorise Mme Justine Hue, professeure
documentaliste, à valider la commande de renouvellement de notre
abonnement e-sidoc pour 2025.

Je vous prie d'agréer mes salutations distinguées.

Xavier Loisel
Proviseur
""", label=lab("head_of_establishment_request", False, None, "normandie", "esidoc", True, "fr",
               "The proviseur authorises the librarian to validate the renewal order, but the code 0612316M has a wrong check letter (the digits give 0612316L): no UAI, so staff must identify the school; region from the ac-normandie.fr sender.",
               bad=["0612316M"]))

mail("H10", "2025-01-14 16:40", ("Principal - Collège Marcel Gambier", "ce.0142666X@ac-normandie.fr"),
     "Accord pour la commande Europresse", "zimbra", """
Bonjour,

Je donne mon accord pour que Mme Anaïs Girard, professeure documentaliste, passe et valide la commande de l'abonnement Europresse 2025 sur le portail e-sidoc du collège.

Cordialement,

Jean-Philippe Lemarchand
Principal du collège Marcel Gambier, Lisieux
UAI 0142666X
""", label=lab("head_of_establishment_request", False, "0142666X", "normandie", "esidoc", False, "fr",
               "The principal authorises the librarian to place and validate a subscription order."))

mail("H11", "2025-01-15 07:12", ("Benoît Rault", "benoit.rault@ac-normandie.fr"),
     "Re: Accès e-sidoc – demande de réinitialisation", "iphone", """
Bonjour,

Je confirme la demande de Mme Morel ci-dessous. Vous pouvez procéder.

B. Rault
Principal

Envoyé de mon iPhone

> Le 14 janv. 2025 à 17:58, Élise Morel <elise.morel@ac-normandie.fr> a écrit :
>
> Bonjour,
>
> Je suis la nouvelle documentaliste du collège Les Embruns à Granville
> (0502257G). Je n'ai pas le mot de passe administrateur du portail
> e-sidoc et l'adresse enregistrée est celle de ma prédécesseure.
> Monsieur le Principal, que je mets en copie, peut confirmer ma demande
> de réinitialisation.
>
> Cordialement,
> Élise Morel
""", to=addr(DESK_NAME, DESK) + ",\n " + addr("Élise Morel", "elise.morel@ac-normandie.fr"),
     irt="<8E20F1C4-7D3B-4B2A-9F61-2C0A5D7E9B13@ac-normandie.fr>",
     label=lab("head_of_establishment_request", False, "0502257G", "normandie", "esidoc", True, "fr",
               "The principal confirms from his phone, quoting his librarian's request (Apple quote style, UAI only in the quote), that the reset may be done. Personal academic address, not the ce. one."))

mail("H12", "2025-01-16 11:00", ("Proviseur - Lycée Alexandre Ribot", "ce.0620740T@ac-lille.fr"),
     "Changement d'administrateur de structure", "outlook", """
Madame, Monsieur,

Veuillez trouver ci-joint l'attestation signée relative au changement d'administrateur de notre structure sur l'Espace Acheteur : Mme Gisèle Vasseur, partie à la retraite le 31 décembre, est remplacée par M. Aurélien Flament, nouveau gestionnaire.

Je vous remercie de clôturer les accès de Mme Vasseur.

Cordialement,

Thierry Dambrine
Proviseur – Lycée Alexandre Ribot, Saint-Omer
""", outlook_desktop=True,
     attach=[("Courrier_changement_administrateur.pdf", "application/pdf",
              fake_pdf("Changement d'administrateur - Lycee Alexandre Ribot 0620740T"))],
     label=lab("head_of_establishment_request", False, "0620740T", "hauts-de-france", "espace_acheteur", True, "fr",
               "The proviseur names a new structure administrator in a signed letter (PDF); the UAI appears only in the ce.<UAI> sender address."))

mail("H13", "2025-01-16 15:27", ("Principale - Collège Jean Mermoz", "ce.0020399Y@ac-amiens.fr"),
     "Nouvel administrateur + facture", "zimbra", """
Bonjour,

Je vous informe que Mme Sarah Diallo, arrivée le 6 janvier comme gestionnaire, devient l'administratrice de notre structure sur l'Espace Acheteur, en remplacement de M. Gauthier. Merci de faire le nécessaire.

Par ailleurs, l'agent comptable ne retrouve pas la facture de la commande de mobilier de novembre ; pouvez-vous nous la renvoyer ?

Cordialement,

Carole Mention
Principale, collège Jean Mermoz – Saint-Quentin
""", label=lab("head_of_establishment_request", False, "0020399Y", "hauts-de-france", "espace_acheteur", True, "fr",
               "Two topics from the principal: a change of structure administrator (first, main) and a missing invoice (order_billing). UAI only in the ce.<UAI> sender."))

mail("H14", "2025-01-17 10:15", ("Principal - Collège Les Andelys", "ce.0270879J@ac-normandie.fr"),
     "Nouvelle documentaliste - compte e-sidoc", "outlook", """
Madame, Monsieur,

Mme Clémence Vauquelin a rejoint le collège le 6 janvier en qualité de professeure documentaliste.

Je vous demande de bien vouloir la désigner comme contact du compte administrateur de notre portail e-sidoc (clemence.vauquelin@ac-normandie.fr) et de lui adresser un lien de réinitialisation du mot de passe.

UAI : 0270879J

Avec mes remerciements,

Rémi Féron
Principal
""", outlook_desktop=True, charset="iso-8859-1",
     label=lab("head_of_establishment_request", False, "0270879J", "normandie", "esidoc", False, "fr",
               "The principal, from the ce.<UAI> address, designates the new librarian as the e-sidoc admin contact and asks for a reset link to her (ISO-8859-1 quoted-printable)."))

# =====================================================================
# mailinblack_spam
# =====================================================================
mail("B01", "2025-01-06 13:55", ("Guillaume Decroix", "guillaume.decroix@ac-lille.fr"),
     "Mails retenus par MailInBlack", "thunderbird", """
Bonjour,

Notre collège est passé sous MailInBlack en décembre. Résultat : à la
rentrée, le lien d'activation de l'Espace Acheteur et deux notifications
de commande étaient dans la quarantaine, et je ne les ai vus que ce
matin, trop tard pour le lien.

Que faut-il autoriser exactement pour que ça ne se reproduise pas ?

Guillaume Decroix
Gestionnaire, collège Roger Salengro, Roubaix – 0591716V
""", label=lab("mailinblack_spam", True, "0591716V", "hauts-de-france", "espace_acheteur", False, "fr",
               "MailInBlack named; activation link and notifications held in quarantine over the holidays; asks what to allow."))

mail("B02", "2025-01-07 09:38", ("Manuel Dos Santos", "manuel.dossantos@ac-lille.fr"),
     "Merci MailInBlack...", "roundcube", """
Bonjour,

Merci MailInBlack, qui a décidé pendant nos deux semaines de vacances
que vos messages étaient des pourriels. Quarante-trois mails en
quarantaine à mon retour, dont tous les vôtres, y compris celui qui
contenait mon lien pour le nouveau mot de passe.

Vous avez sûrement une procédure pour que notre filtre vous laisse
tranquilles ? Je la transmettrai à la DSI de la Région.

Manuel Dos Santos
Lycée Carnot, Bruay-la-Buissière (0622294G)
""", label=lab("mailinblack_spam", True, "0622294G", "hauts-de-france", "espace_acheteur", False, "fr",
               "Sarcastic ('Merci MailInBlack'); the quarantine held all our mails, including a reset link: the allow-list guide is the answer. The password mention is incidental."))

mail("B03", "2025-01-08 12:20", ("Peter Lindqvist", "it-support@ac-versailles.fr"),
     "Mailinblack allow-list - which senders?", "gmail", """
Hello,

I look after IT for the Lycée international de Sèvres (0920299A). Since we
switched our staff mailboxes to Mailinblack last month, several colleagues
say that messages from your platform (activation links, order
notifications) are stuck in their Mailinblack quarantine.

Which sender addresses or domains should I put on the allow-list? If you
have a guide for administrators, that would be perfect.

Regards,
Peter Lindqvist
IT manager
""", label=lab("mailinblack_spam", True, "0920299A", "ile-de-france", "espace_acheteur", False, "en",
               "English; an IT manager asks which senders to allow-list in Mailinblack."))

mail("B04", "2025-01-08 15:47", ("Carine Lebrun", "carine.lebrun@ac-normandie.fr"),
     "Message bizarre en réponse à vos mails ?", "zimbra", """
Bonjour,

Depuis la rentrée, une collègue qui vous a écrit reçoit en retour un message lui demandant de « cliquer pour prouver qu'elle n'est pas un robot » avant que son mail soit distribué. Et de notre côté, les mails de réinitialisation de l'Espace Acheteur semblent « en attente » quelque part : on voit passer une notification disant qu'un message de no-reply est retenu, mais on ne sait pas où le libérer.

Le service informatique du conseil départemental a changé quelque chose pendant les vacances, mais je ne sais pas quoi.

Carine Lebrun
Collège Marie Curie, Ifs – 0140197N
""", label=lab("mailinblack_spam", False, "0140197N", "normandie", "espace_acheteur", True, "fr",
               "The sender-authentication challenge and a held-message notice are described without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person should check before sending the guide."))

mail("B05", "2025-01-09 19:03", ("Dominique", "dominique.vaillant@webmail.example.fr"),
     "mail in black", "plain", """
bonsoir

depuis que le lycee est passé a mail in black je recois plus rien de
votre part. j ai vu dans le rapport de quarantaine du matin qu il y a
vos messages de l espace acheteur mais je sais pas si je dois les
liberer un par un ou s il y a un moyen plus simple

merci
D. Vaillant
""", ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0",
     label=lab("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
               "Product spelled 'mail in black', no accents or capitals; our mails are in the daily quarantine report. Personal address, no region."))

_d = when("2025-01-09 11:20")
_m = desk_msgid("SUP-011946", _d)
mail("B06", "2025-01-10 14:09", ("Fabienne Osmont", "fabienne.osmont@ac-normandie.fr"),
     "RE: [#SUP-011946] Mail de validation non reçu", "outlook", """
Bonjour,

Merci pour votre réponse. Je n'avais rien dans les indésirables, mais notre informaticien vient de regarder : c'est MailInBlack qui bloquait vos messages, il y en avait quatre en attente dans la quarantaine. Il aimerait avoir votre guide pour autoriser définitivement vos adresses.

Bien cordialement,

Fabienne Osmont
Lycée Guy de Maupassant, Rouen – UAI 0760203H

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 9 janvier 2025 11:20
À : Fabienne Osmont <fabienne.osmont@ac-normandie.fr>
Objet : [#SUP-011946] Mail de validation non reçu

Bonjour,

Le message automatique a été envoyé depuis une adresse no-reply. Vérifiez votre dossier de courriers indésirables et ajoutez l'expéditeur à vos contacts. Sans nouvelle de votre part sous 48 heures, nous reviendrons vers vous.

Cordialement,
L'équipe d'assistance
""", irt=_m, outlook_desktop=True,
     label=lab("mailinblack_spam", True, "0760203H", "normandie", "espace_acheteur", True, "fr",
               "Reply quoting our junk-folder answer (ticket opened as missing mail): their IT found MailInBlack blocking, so the MailInBlack guide is now the right answer."))

mail("B07", "2025-01-13 10:27", ("Jonathan Pieters", "jonathan.pieters@ac-amiens.fr"),
     "Mailinblack + compte pour une collègue", "thunderbird", """
Bonjour,

Deux sujets, pardon :

1. Mailinblack bloque vos notifications depuis la rentrée (elles
   arrivent dans la quarantaine), il nous faudrait la liste des
   expéditeurs à autoriser.

2. Une collègue arrivée lundi doit passer des commandes : comment lui
   créer un compte sur l'Espace Acheteur, et qui doit le valider chez
   nous ?

Merci,
Jonathan Pieters
Adjoint gestionnaire, lycée Pierre Méchain, Laon – 0022616H
""", label=lab("mailinblack_spam", False, "0022616H", "hauts-de-france", "espace_acheteur", True, "fr",
               "Two topics: notifications held by Mailinblack (first, main) and an account for a new colleague with a question about who validates it (account_creation)."))

mail("B08", "2025-01-13 16:40", ("Samia Kaci", "s.kaci@lycees.region-hdf.example.fr"),
     "Déploiement Mailinblack dans les lycées - messages de votre plateforme", "outlook_html", """
Bonjour,

La Région a déployé Mailinblack sur les messageries administratives des lycées pendant les congés de fin d'année. Plusieurs intendances nous signalent que les messages de votre plateforme (liens d'activation, mots de passe, notifications de commandes) sont retenus.

Pourriez-vous nous transmettre la procédure ou la liste des adresses à autoriser, afin que nous l'appliquions de façon centralisée ?

Cordialement,

Samia Kaci
Direction des systèmes d'information – Pôle lycées
""", charset="windows-1252",
     label=lab("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
               "HTML-only Outlook message from the regional council's IT: Mailinblack rolled out over the holidays; asks for the allow-list procedure. Not an académie domain: no region."))

mail("B09", "2025-01-14 08:31", ("Cédric Vasseur", "cedric.vasseur@ac-amiens.fr"),
     "TR: Rapport de quarantaine Mailinblack", "outlook", """
Bonjour,

Ci-dessous le rapport quotidien de Mailinblack : vos messages y sont tous les jours depuis le 6 janvier. Je les libère à la main mais je ne vais pas faire ça toute l'année. Comment les autoriser une fois pour toutes ?

Cédric Vasseur
Intendant – Lycée Jules Uhry, Creil (0602535E)

-----Message d'origine-----
De : Mailinblack <rapport@mib-protect.example.fr>
Envoyé : mardi 14 janvier 2025 07:00
À : cedric.vasseur@ac-amiens.fr
Objet : Rapport de quarantaine Mailinblack

Vos messages en attente (3) :

no-reply@assistance.example.fr      Espace Acheteur : commande validée      13/01 16:22
no-reply@assistance.example.fr      Espace Acheteur : nouveau panier partagé 13/01 17:05
newsletter@promo-bureau.example.com  -50% sur les toners                      13/01 19:40

[Autoriser]  [Bloquer]  [Voir tous mes messages]
""", outlook_desktop=True,
     label=lab("mailinblack_spam", True, "0602535E", "hauts-de-france", "espace_acheteur", True, "fr",
               "A person forwards (Outlook 'TR:') the daily Mailinblack quarantine report: the forwarded part is machine text, the outer message is a real question."))

mail("B10", "2025-01-14 12:12", ("Lina Rahmani", "lina.rahmani@ac-versailles.fr"),
     "Bloqué par Mailinblack", "iphone", """
Bloqué par Mailinblack. Le guide svp.

Lina Rahmani
""", label=lab("mailinblack_spam", True, None, "ile-de-france", None, False, "fr",
               "Two lines from a phone: blocked by Mailinblack, send the guide. No UAI, no platform; region from ac-versailles.fr."))

mail("B11", "2025-01-15 14:50", ("Yves Le Bihan", "yves.lebihan@ac-normandie.fr"),
     "Messages en quarantaine MailInBlack", "thunderbird", """
Bonjour,

Depuis l'installation de MailInBlack sur la messagerie du collège, vos
mails (confirmation de commande, alertes) sont systématiquement placés en
quarantaine. Je reçois bien le rapport, mais les collègues qui ne le
lisent pas ratent tout.

Pouvez-vous nous envoyer la procédure pour déclarer vos adresses comme
sûres ?

Yves Le Bihan
Gestionnaire, collège Louis Pergaud, Flers - UAI 0610914M
""", charset="iso-8859-1", cte="8bit",
     label=lab("mailinblack_spam", True, "0610914M", "normandie", "espace_acheteur", False, "fr",
               "ISO-8859-1 8-bit body; MailInBlack quarantines our mails since it was installed; asks for the procedure."))

mail("B12", "2025-01-16 09:05", ("Aurore Michaud", "aurore.michaud@ac-versailles.fr"),
     "Mailinblack : domaine ou adresse ?", "zimbra", """
Bonjour,

Nous venons de passer sous Mailinblack à la rentrée de janvier. Pour ne plus perdre vos messages (liens d'activation, notifications de l'Espace Acheteur), faut-il autoriser votre domaine entier ou seulement l'adresse no-reply ?

Merci d'avance,
Aurore Michaud
Secrétaire de gestion – Lycée Camille Pissarro, Pontoise
0952002K
""", label=lab("mailinblack_spam", True, "0952002K", "ile-de-france", "espace_acheteur", False, "fr",
               "Asks whether to allow the domain or the no-reply address in Mailinblack; UAI alone on the last line."))

# =====================================================================
# order_billing
# =====================================================================
mail("F01", "2025-01-07 11:18", ("Agence comptable - Lycée Le Verrier", "agence.comptable.leverrier@ac-normandie.fr"),
     "Facture manquante sur Chorus Pro - clôture 2024", "zimbra", """
Bonjour,

Nous procédons à la clôture de l'exercice 2024. La commande de renouvellement de l'abonnement e-sidoc du collège rattaché Les Hauts-Vents (UAI 0500371G), validée le 14 novembre, n'a donné lieu à aucune facture déposée sur Chorus Pro.

Sans facture avant le 24 janvier, nous devrons reporter la dépense sur 2025, ce qui complique les choses pour tout le monde. Pourriez-vous vérifier et déposer la facture ?

Cordialement,

Martine Guesdon
Fondée de pouvoir – Agence comptable du lycée Le Verrier, Saint-Lô
""", label=lab("order_billing", False, "0500371G", "normandie", "esidoc", False, "fr",
               "Accountant closing 2024: invoice for a November renewal order missing from Chorus Pro."))

mail("F02", "2025-01-08 10:44", ("Léa Vautier", "lea.vautier@ac-normandie.fr"),
     "Demande de devis 2025", "thunderbird", """
Bonjour,

Pour que le lycée puisse établir le bon d'engagement de 2025, j'aurais
besoin d'un devis pour le renouvellement de notre abonnement e-sidoc
(formule établissement, 1 200 élèves).

Lycée Raymond Queneau, Yvetot – UAI 0760905W.

Merci beaucoup,
Léa Vautier
Professeure documentaliste
""", label=lab("order_billing", False, "0760905W", "normandie", "esidoc", False, "fr",
               "Asks for a formal quote for the 2025 renewal, needed for the bon d'engagement."))

mail("F03", "2025-01-09 12:30", ("Credit Control - Brookfield Educational", "creditcontrol@brookfield-edu.example.com"),
     "Outstanding invoice BE-20417 - Lycée Marie Curie, Nogent-sur-Oise", "outlook", """
Dear Sir/Madam,

Our records show that invoice BE-20417 (28 November 2024, EUR 1,860.00), issued for 30 digital licences ordered through your purchasing platform by the Lycée Marie Curie in Nogent-sur-Oise, remains unpaid.

Could you please confirm whether the invoice has been received and approved, and when we can expect payment? If a purchase order number or a specific reference is required for French public bodies, please let us know and we will reissue the invoice.

Kind regards,

Janet Morley
Credit Control
Brookfield Educational Publishing Ltd
""", lang_hdr="en",
     label=lab("order_billing", False, None, None, "espace_acheteur", False, "en",
               "English; a UK publisher chases an unpaid invoice for licences ordered through the purchasing platform and asks which reference French public bodies need. No UAI, non-academic sender."))

mail("F04", "2025-01-10 09:12", ("Jonas Becker", "j.becker@lernwelt-verlag.example.com"),
     "Chorus Pro: which service code and PO number for the invoice?", "thunderbird", """
Good morning,

We are a German publisher of language-learning software. On 16 December
the Lycée Fernand Léger in Argenteuil (0952737J) ordered 25 licences from
us through your platform.

To submit our invoice on Chorus Pro we are being asked for the buyer's
SIRET, a "code service" and an "engagement juridique" number, none of
which appear on the order confirmation. Where can we find them, or who
should we ask?

Thank you for your help,
Jonas Becker
Accounts, Lernwelt Verlag GmbH
""", clang="en",
     label=lab("order_billing", False, "0952737J", "ile-de-france", "espace_acheteur", False, "en",
               "English; a German publisher needs the SIRET, service code and engagement number to file its invoice on Chorus Pro for a lycée's order placed through the platform."))

mail("F05", "2025-01-10 11:37", ("Sylvie Mallet", "sylvie.mallet@ac-versailles.fr"),
     "Écart entre devis et facture", "outlook_html", """
Bonjour,

Nous avons reçu la facture FA-2024-12-0933 pour l'abonnement e-sidoc du collège. Le montant facturé (2 140,00 € TTC) ne correspond pas au devis signé (1 890,00 € TTC) qui a servi de base au bon d'engagement.

L'agent comptable refuse de la mettre en paiement en l'état. Pouvez-vous nous adresser une facture rectificative ou un avoir ?

Cordialement,

Sylvie Mallet
Gestionnaire – Collège Évariste Galois, Bourg-la-Reine (0922494L)
""", charset="windows-1252", relay="smtp-out.ac-versailles.fr",
     label=lab("order_billing", False, "0922494L", "ile-de-france", "esidoc", False, "fr",
               "HTML-only Outlook (windows-1252, euro sign): invoice amount differs from the signed quote; asks for a corrected invoice or credit note."))

_d = when("2024-12-03 10:15")
_m = desk_msgid("SUP-011102", _d)
mail("F06", "2025-01-13 14:18", ("Mehdi Aït-Ouarab", "mehdi.ait-ouarab@ac-versailles.fr"),
     "Re: [#SUP-011102] Lien de réinitialisation expiré", "gmail", """
Bonjour,

Je rebondis sur ce vieux fil de décembre (le mot de passe, c'est réglé
depuis longtemps, merci).

Aujourd'hui c'est autre chose : nous avons reçu deux fois la même facture
pour la commande de décembre, une fois par courrier et une fois sur Chorus
Pro, avec deux numéros différents (FA-2024-12-1120 et FA-2024-12-1187).
Pouvez-vous annuler le doublon pour qu'on ne paie pas deux fois ?

Merci,
Mehdi Aït-Ouarab
Gestionnaire, lycée Henri Poincaré, Palaiseau – 0911229S

Le mar. 3 déc. 2024 à 10:15, Assistance <support@assistance.example.fr> a
écrit :

> Bonjour,
>
> Un nouveau lien de réinitialisation a été envoyé à l'adresse
> enregistrée pour votre établissement. Il est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance
""", irt=_m, label=lab("order_billing", False, "0911229S", "ile-de-france", "esidoc", True, "fr",
                       "Reply on an old password-reset thread (quoted) that clearly asks something else: a duplicate invoice to cancel. The new question decides the category."))

mail("F07", "2025-01-14 09:09", ("Guillemette Poisson", "guillemette.poisson@ac-normandie.fr"),
     "Panier disparu", "sogo", """
Bonjour,

Magnifique : j'avais soigneusement préparé avant les vacances un panier
de 48 titres pour le fonds du CDI, je reviens, il a disparu. Trois heures
de travail.

Y a-t-il un moyen de le récupérer ? Sinon, je suppose qu'il faut tout
refaire...

Guillemette Poisson
Collège Le Castel, Caen – 0140296W
""", label=lab("order_billing", False, "0140296W", "normandie", "esidoc", False, "fr",
               "Ironic ('Magnifique'); a basket saved before the holidays has disappeared (baskets are kept 15 days)."))

mail("F08", "2025-01-15 11:55", ("Thierry Lemonnier", "thierry.lemonnier@ac-normandie.fr"),
     "Règlement par mandat administratif - RIB", "outlook", """
Bonjour,

Pour régler la facture de l'abonnement e-sidoc 2025 du lycée (UAI 0612583B) par mandat administratif, notre agent comptable a besoin de votre RIB à jour et de confirmer que ce mode de paiement est bien accepté.

Pouvez-vous nous les faire parvenir ?

Thierry Lemonnier
Adjoint gestionnaire – Lycée Jean Guéhenno, Flers
""", outlook_desktop=True,
     label=lab("order_billing", False, "0612583B", "normandie", "esidoc", False, "fr",
               "Asks for bank details and whether payment by mandat administratif is accepted."))

mail("F09", "2025-01-15 15:42", ("Agathe Leclercq", "agathe.leclercq@ac-amiens.fr"),
     "TR: Relance - facture impayée FA-2024-11-0782", "outlook", """
Bonjour,

Je reçois cette relance alors que la facture a été payée par mandat le 17 décembre (mandat n° 2024-1432, je peux vous envoyer l'avis de paiement). Pouvez-vous vérifier de votre côté et faire cesser les relances ?

Merci,

Agathe Leclercq
Service intendance
Collège Gérard Philipe, Amiens
RNE : 0801856H

-----Message d'origine-----
De : Service Facturation <facturation@assistance.example.fr>
Envoyé : mercredi 15 janvier 2025 06:00
À : Agathe Leclercq <agathe.leclercq@ac-amiens.fr>
Objet : Relance - facture impayée FA-2024-11-0782

Madame, Monsieur,

Sauf erreur de notre part, la facture FA-2024-11-0782 du 21/11/2024, d'un montant de 468,00 € TTC, reste impayée à ce jour. Nous vous remercions de bien vouloir procéder à son règlement.

Le service facturation
""", outlook_desktop=True,
     label=lab("order_billing", False, "0801856H", "hauts-de-france", "esidoc", True, "fr",
               "Forward (Outlook 'TR:') of a payment reminder for an invoice already paid by mandat administratif in December; the UAI is only in the signature, as 'RNE'."))

mail("F10", "2025-01-16 13:27", ("Pieter Janssens", "p.janssens@atlas-scholar.example.com"),
     "Duplicate order from Lycée Saint-Vincent - request for cancellation", "gmail", """
Hello,

On 7 January we received two identical orders from the Lycée Saint-Vincent
in Senlis through your platform (order refs CMD-250107-0412 and
CMD-250107-0419, 12 e-book licences each). The school has confirmed by
phone that only one was intended.

Could you cancel the second order on your side, or tell us how we should
issue the credit note so that the school's accounts stay correct?

Many thanks,
Pieter Janssens
Order Management, Atlas Scholar (Antwerp)
""", label=lab("order_billing", False, None, None, "espace_acheteur", False, "en",
               "English; a Belgian publisher asks to cancel a duplicate order placed through the platform and how to issue the credit note."))

mail("F11", "2025-01-17 11:30", ("Clément Dubuisson", "clement.dubuisson@ac-versailles.fr"),
     "Dépôt du bon d'engagement impossible", "thunderbird", """
Bonjour,

Au moment de valider notre commande de fournitures sur l'Espace Acheteur,
le dépôt du bon d'engagement échoue avec le message « Fichier refusé ».
C'est un PDF de 380 Ko, scanné par le copieur de l'intendance. Je l'ai
essayé deux fois, même résultat. Je le joins au cas où.

Lycée Paul Éluard, Montmorency – 0950317D

Clément Dubuisson
""", attach=[("BE_2025-0007.pdf", "application/pdf", fake_pdf("Bon d'engagement 2025-0007 - 0950317D"))],
     label=lab("order_billing", False, "0950317D", "ile-de-france", "espace_acheteur", False, "fr",
               "The bon d'engagement upload fails at order validation ('Fichier refusé'); PDF attached."))

# =====================================================================
# account_creation
# =====================================================================
mail("C01", "2025-01-06 16:12", ("Nicolas Fauquembergue", "nicolas.fauquembergue@ac-amiens.fr"),
     "Création de compte Espace Acheteur", "zimbra", """
Bonjour,

J'ai pris mes fonctions de gestionnaire ce matin dans un collège de la Somme. Mon prédécesseur passait les commandes sur l'Espace Acheteur ; comment dois-je faire pour me créer un compte à mon nom ?

Merci d'avance,
Nicolas Fauquembergue
""", label=lab("account_creation", True, None, "hauts-de-france", "espace_acheteur", False, "fr",
               "A new bursar asks how to create an Espace Acheteur account: the sign-up form answer fits. No UAI, region from ac-amiens.fr."))

mail("C02", "2025-01-07 13:33", ("Vincent Godefroy", "vincent.godefroy@ac-normandie.fr"),
     "Compte en attente de validation", "roundcube", """
Bonjour,

J'ai rempli le formulaire d'inscription de l'Espace Acheteur jeudi
dernier. Quand j'essaie de me connecter, on me répond que mon compte est
« en attente de validation ». Est-ce normal, et qui doit le valider ?

Vincent Godefroy
Collège Pierre et Marie Curie, Pont-Audemer (0270153V)
""", label=lab("account_creation", True, "0270153V", "normandie", "espace_acheteur", False, "fr",
               "Filled the sign-up form, account 'en attente de validation': waiting for the structure administrator (FAQ case)."))

mail("C03", "2025-01-08 11:51", ("Marie-Pierre Lepetit", "mp.lepetit@ac-normandie.fr"),
     "Qui est notre administrateur ?", "thunderbird", """
Bonjour,

On me dit que mon compte doit être validé par « l'administrateur de la
structure ». Personne au lycée ne sait qui c'est : l'intendante actuelle
est arrivée en septembre et pense que c'était son prédécesseur.

Pouvez-vous nous dire qui est enregistré comme administrateur pour le
lycée Les Rives de l'Orne, à Argentan (UAI 0612569L) ?

Merci,
Marie-Pierre Lepetit
""", label=lab("account_creation", False, "0612569L", "normandie", "espace_acheteur", False, "fr",
               "Asks who the structure's administrator is: needs a look-up, so a person answers."))

mail("C04", "2025-01-09 16:26", ("Rebecca Holloway", "rebecca.holloway@ac-versailles.fr"),
     "Separate account for the international section?", "gmail", """
Hello,

I coordinate the American section at the Lycée de la Vallée de Chevreuse in
Gif-sur-Yvette (school code 0911838D). We order our own books and digital
resources with a separate budget line, and at the moment everything goes
through the bursar's account on the Espace Acheteur.

Would it be possible for me to have my own buyer account for the section,
attached to the school, with rights to prepare and submit orders? If so,
what do I need to do?

Best regards,
Rebecca Holloway
""", label=lab("account_creation", False, "0911838D", "ile-de-france", "espace_acheteur", False, "en",
               "English; a section coordinator asks for her own buyer account with order rights: a person must check what the structure allows."))

mail("C05", "2025-01-10 10:30", ("Céline Hamon", "celine.hamon@ac-normandie.fr"),
     "Pas de mot de passe perdu : pas de compte du tout", "zimbra", """
Bonjour,

Votre réponse automatique de ce matin me propose de réinitialiser mon mot de passe, mais je n'ai pas perdu mon mot de passe : je n'ai jamais eu de compte sur l'Espace Acheteur. Je suis arrivée comme adjointe gestionnaire le 6 janvier.

Comment est-ce que je crée mon compte ?

Céline Hamon
Collège Jean Monnet, Coutances – 0500286P
""", label=lab("account_creation", True, "0500286P", "normandie", "espace_acheteur", True, "fr",
               "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account and mentions an earlier reset answer: account_creation, not password_reset."))

mail("C06", "2025-01-13 15:05", ("Gaëtan Morvan", "gaetan.morvan@ac-versailles.fr"),
     "Établissement introuvable à la création du compte client", "thunderbird", """
Bonjour,

Je souhaite ouvrir le compte client de l'établissement pour commander en
ligne nos ressources e-sidoc, mais notre UAI (0911406J) ne figure pas dans
la liste proposée par le formulaire : la recherche ne renvoie rien, ni par
code ni par nom (lycée professionnel des Métiers de l'Essonne, Étampes).

Comment faire ?

Gaëtan Morvan
Documentaliste
""", label=lab("account_creation", False, "0911406J", "ile-de-france", "esidoc", False, "fr",
               "The establishment's UAI is not in the list when opening the customer account: the FAQ sends these to the sales team."))

mail("C07", "2025-01-14 10:43", ("Ophélie Carré", "ophelie.carre@ac-amiens.fr"),
     "Droits de commande", "outlook", """
Bonjour,

Mon compte sur l'Espace Acheteur fonctionne, je peux consulter le catalogue et les marchés, mais le bouton « Commander » est grisé. Il me faudrait les droits de gestion des commandes pour le collège.

Ophélie Carré
Secrétariat d'intendance
Collège du Val de Selle, Poix-de-Picardie
UAI 0801907N
""", outlook_desktop=True,
     label=lab("account_creation", False, "0801907N", "hauts-de-france", "espace_acheteur", False, "fr",
               "Account works; asks for order-management rights to be opened."))

mail("C08", "2025-01-15 13:58", ("Hugues Deschamps", "hugues.deschamps@ac-normandie.fr"),
     "Compte bloqué en attente - plus d'administrateur", "thunderbird", """
Bonjour,

Je me suis inscrit sur l'Espace Acheteur le 2 janvier. Depuis, mon compte
est « en attente de validation par l'administrateur de votre structure ».

Le problème, c'est que notre administratrice était la gestionnaire partie
à la retraite le 31 décembre, et que son compte a dû être fermé avec sa
messagerie. Il n'y a donc plus personne pour valider quoi que ce soit, et
nous avons des commandes de janvier en retard.

Pouvez-vous débloquer la situation ?

Hugues Deschamps
Gestionnaire – Lycée Thomas Corneille, Barentin
UAI 0761624C
""", label=lab("account_creation", False, "0761624C", "normandie", "espace_acheteur", True, "fr",
               "Account waiting for validation for two weeks, but the structure administrator retired and her access is gone: the FAQ answer (ask your administrator) cannot work, the region must step in."))

mail("C09", "2025-01-16 16:20", ("Bastien Royer", "bastien.royer@ac-versailles.fr"),
     "Ouverture du compte client avant une première commande", "outlook_html", """
Bonjour,

Je suis professeur documentaliste depuis la rentrée de janvier au collège de la Plaine, à Nanterre. Nous n'avons jamais commandé en ligne chez vous : tout passait jusqu'ici par bon de commande papier.

Je voudrais ouvrir le compte client de l'établissement pour commander nos ressources e-sidoc. Quelle est la démarche ?

Merci beaucoup,

Bastien Royer
""", charset="windows-1252", relay="smtp-out.ac-versailles.fr",
     label=lab("account_creation", True, None, "ile-de-france", "esidoc", False, "fr",
               "HTML-only Outlook message: a new librarian wants to open the customer account before a first online order. No UAI, region from ac-versailles.fr."))

# =====================================================================
# subscription_activation
# =====================================================================
mail("S01", "2025-01-07 10:24", ("Amandine Ledoux", "amandine.ledoux@ac-amiens.fr"),
     "Europresse commandé hier, pas visible", "zimbra", """
Bonjour,

J'ai commandé et validé hier après-midi l'abonnement Europresse pour le collège (UAI 0602916U). Ce matin, la ressource n'apparaît ni dans « Mes abonnements » ni sur le portail.

Faut-il faire quelque chose de mon côté ?

Merci,
Amandine Ledoux
Documentaliste, collège Anatole France, Montataire
""", label=lab("subscription_activation", True, "0602916U", "hauts-de-france", "esidoc", False, "fr",
               "Europresse ordered yesterday, not visible yet: within the 72-hour window."))

mail("S02", "2025-01-08 08:46", ("Benjamin Huet", "benjamin.huet@ac-amiens.fr"),
     "Abonnement toujours pas actif (commande du 18 décembre)", "roundcube", """
Bonjour,

Bravo : commande validée le 18 décembre, on est le 8 janvier, et
l'abonnement Universalis n'est toujours pas actif. Trois semaines. Je
veux bien croire que les vacances ralentissent tout, mais là les élèves
de première en ont besoin pour leurs exposés dès cette semaine.

Merci de regarder ce qui bloque.

Benjamin Huet
Lycée de l'Ailette, Chauny – 0022382D
""", label=lab("subscription_activation", False, "0022382D", "hauts-de-france", "esidoc", False, "fr",
               "Sarcastic ('Bravo'); ordered on 18 December, still not active three weeks later: past the 72-hour rule, a person must look at the order."))

mail("S03", "2025-01-09 12:57", ("Olivia Grant", "olivia.grant@ac-versailles.fr"),
     "Digital magazine subscription not showing yet", "thunderbird", """
Hello,

On Tuesday our librarian and I ordered a one-year subscription to an
English-language news magazine for teens through the e-sidoc resources
catalogue (order validated on 7 January). Today it still doesn't appear on
our portal, so my Year 11 equivalent class can't use it.

Is there something we need to switch on, or is it just a matter of time?
School code: 0782863N (Lycée des Sept-Mares, Maurepas).

Thanks,
Olivia Grant
English teacher, European section
""", clang="en-GB",
     label=lab("subscription_activation", True, "0782863N", "ile-de-france", "esidoc", False, "en",
               "English; a subscription ordered two days ago is not visible on the portal yet: within the 72-hour window."))

mail("S04", "2025-01-10 15:31", ("Armelle Quesnel", "armelle.quesnel@ac-normandie.fr"),
     "Ressource invisible pour les élèves", "thunderbird", """
Bonjour,

Précision d'emblée : mon mot de passe fonctionne très bien, merci, je
suis connectée à l'administration du portail sans problème.

Ce qui ne va pas : l'abonnement Lumni Plus que nous avons pris en
décembre est bien actif dans « Mes abonnements », mais les élèves ne le
voient pas sur le portail, ni depuis l'ENT. Il doit me manquer une étape
pour le rendre visible.

Armelle Quesnel
Collège Boris Vian, Mondeville – 0142194J
""", label=lab("subscription_activation", True, "0142194J", "normandie", "esidoc", True, "fr",
               "Negation: 'mon mot de passe fonctionne très bien', she is logged in; an active resource is not published for pupils (publication step)."))

mail("S05", "2025-01-13 11:02", ("Corentin Dufresne", "corentin.dufresne@ac-lille.fr"),
     "Publier Universalis sur le portail", "sogo", """
Bonjour,

L'abonnement Universalis Junior est activé depuis vendredi (je le vois
dans l'administration). Comment est-ce que je le publie sur la page
d'accueil du portail pour que les élèves de 6e y accèdent directement ?

Collège Jean Moulin, Calais – 0620422X

Merci !
Corentin Dufresne
""", label=lab("subscription_activation", True, "0620422X", "hauts-de-france", "esidoc", False, "fr",
               "How to publish an activated resource on the portal home page (publication of a resource)."))

mail("S06", "2025-01-13 17:48", ("Principal - Collège Victor Hugo", "ce.0922096D@ac-versailles.fr"),
     "Disponibilité de l'abonnement commandé", "outlook", """
Bonjour,

Notre documentaliste a validé samedi la commande de l'abonnement numérique au dictionnaire Le Robert pour le collège. Je souhaiterais simplement savoir à partir de quand il sera accessible aux élèves, afin de l'annoncer au conseil pédagogique de jeudi.

Cordialement,

Laurent Amsellem
Principal – Collège Victor Hugo, Issy-les-Moulineaux
""", outlook_desktop=True,
     label=lab("subscription_activation", True, "0922096D", "ile-de-france", "esidoc", True, "fr",
               "Written by the principal from the ce.<UAI> address, but he only asks when the subscription ordered two days ago will be available: not a head-of-establishment request. UAI only in the sender address."))

mail("S07", "2025-01-14 10:06", ("Alessandra Rinaldi", "a.rinaldi@lumen-databases.example.com"),
     "Subscription of Lycée Jules Verne (0602033J) - not yet visible", "gmail", """
Dear support team,

I am the account manager for French schools at Lumen Databases. The Lycée
Jules Verne in Crépy-en-Valois (0602033J) subscribed to our science
database yesterday through your catalogue, and their librarian tells me
she cannot see it on the school's e-sidoc portal yet.

Could you let us know when the resource will be activated on your side,
and whether the school needs to do anything else to make it visible to
pupils?

Best regards,
Alessandra Rinaldi
Lumen Databases - Education Europe
""", label=lab("subscription_activation", True, "0602033J", "hauts-de-france", "esidoc", True, "en",
               "English; a foreign publisher writes on the school's behalf: a subscription ordered yesterday is not visible yet. Within 72 hours, so the activation-and-publication answer settles it."))

mail("S08", "2025-01-09 14:36", ("Karima Benali", "karima.benali@ac-normandie.fr"),
     "Abonnement renouvelé mais affiché « expiré »", "outlook", """
Bonjour,

Nous avons renouvelé hier matin notre abonnement à Cafeyn pour 2025 (commande validée le 8 janvier). Dans « Mes abonnements », la ressource apparaît toujours comme « expirée au 31/12/2024 » et les élèves tombent sur un message d'erreur.

Est-ce que ça va se mettre à jour tout seul ?

Karima Benali
Professeure documentaliste - Collège Les Fontaines, Évreux (0272387Y)
""", outlook_desktop=True, charset="iso-8859-1",
     label=lab("subscription_activation", True, "0272387Y", "normandie", "esidoc", False, "fr",
               "Renewal ordered yesterday still shown as expired: within the 72-hour window (Outlook, ISO-8859-1 quoted-printable)."))

_d = when("2025-01-08 09:03")
_m = desk_msgid("SUP-011933", _d)
mail("S09", "2025-01-14 09:15", ("Lucas Devillers", "lucas.devillers@ac-amiens.fr"),
     "RE: [#SUP-011933] Activation de votre abonnement", "outlook", """
Bonjour,

Vous m'aviez répondu le 8 janvier que l'activation prenait jusqu'à 72 heures. Nous sommes le 14, six jours plus tard, et l'abonnement BNF Gallica Junior n'est toujours pas actif ; je ne peux donc pas le publier.

Merci de vérifier la commande (validée le 7 janvier).

Lucas Devillers
Collège Jean Rostand, Péronne – 0802786U

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mercredi 8 janvier 2025 09:03
À : Lucas Devillers <lucas.devillers@ac-amiens.fr>
Objet : [#SUP-011933] Activation de votre abonnement

Bonjour,

L'activation d'un abonnement commandé peut prendre jusqu'à 72 heures. Une fois l'abonnement actif, publiez la ressource depuis l'administration de votre portail.

Cordialement,
L'équipe d'assistance
""", irt=_m, outlook_desktop=True,
     label=lab("subscription_activation", False, "0802786U", "hauts-de-france", "esidoc", True, "fr",
               "Reply quoting our 72-hour answer: six days later still not active. Past the 72-hour rule and the template was already sent: a person must check the order."))

# =====================================================================
# transfer_incident (school-management data transfers, EcoleDirecte)
# =====================================================================
mail("T01", "2025-01-06 09:40", ("Jean-Luc Hébert", "jl.hebert@institution-sainte-anne.example.fr"),
     "Transferts EcoleDirecte en échec depuis ce matin", "outlook", """
Bonjour,

Le serveur de l'établissement a été éteint pendant les deux semaines de vacances (coupure électrique programmée dans le bâtiment). Depuis son redémarrage ce matin, les transferts vers EcoleDirecte échouent tous : le journal indique « échec de la connexion au serveur distant » à chaque tentative.

Le dernier transfert réussi date du 20 décembre. Les parents ne voient donc ni les absences ni les notes de la rentrée.

Institution Sainte-Anne, Avranches – UAI 0501776J

Jean-Luc Hébert
Responsable informatique
""", outlook_desktop=True,
     label=lab("transfer_incident", False, "0501776J", "normandie", "ecoledirecte", False, "fr",
               "EcoleDirecte transfers fail since the server was restarted after the holidays; last success on 20 December."))

mail("T02", "2025-01-07 17:02", ("Patricia Goupil", "secretariat@college-saint-michel-alencon.example.fr"),
     "Mot de passe du jour - maintenance", "thunderbird", """
Bonjour,

Pour lancer la réindexation de la base Charlemagne (demandée par votre
technicien avant les vacances), l'outil de maintenance me réclame « le
mot de passe du jour ». Ce n'est pas mon mot de passe personnel, que je
connais très bien : c'est celui que vous communiquez le jour même.

Pouvez-vous me le donner pour aujourd'hui, mardi 7 janvier ?

Collège Saint-Michel, Alençon (0610242G)

Patricia Goupil
Secrétaire de direction
""", label=lab("transfer_incident", False, "0610242G", "normandie", "ecoledirecte", True, "fr",
               "Asks for the daily maintenance password ('mot de passe du jour') to reindex the base; explicitly not her personal password: transfer_incident per the taxonomy, not password_reset."))

mail("T03", "2025-01-08 13:15", ("Franck Wallon", "f.wallon@ensemble-notre-dame-yvelines.example.fr"),
     "Licence à régénérer après changement de serveur", "zimbra", """
Bonjour,

Nous avons remplacé le serveur pendant les vacances de Noël. Depuis la réinstallation, le module de transfert affiche « Licence non valide pour ce poste » et refuse de démarrer les transferts vers EcoleDirecte.

Pouvez-vous régénérer la licence pour le nouveau serveur ? Je peux vous communiquer son identifiant matériel.

Ensemble scolaire Notre-Dame, Le Chesnay-Rocquencourt – 0780999M

Franck Wallon
Technicien informatique
""", label=lab("transfer_incident", False, "0780999M", "ile-de-france", "ecoledirecte", False, "fr",
               "Licence to regenerate after a server replacement over the holidays; transfers stopped."))

mail("T04", "2025-01-09 08:20", ("Sébastien Caudron", "sebastien.caudron@ac-lille.fr"),
     "Outils ne démarre plus après mise à jour Windows", "roundcube", """
Bonjour,

Le poste de la vie scolaire a fait une grosse mise à jour Windows pendant
les vacances. Depuis, Charlemagne Outils ne démarre plus : l'icône
apparaît une seconde puis plus rien, et aucun transfert vers EcoleDirecte
n'est parti depuis lundi. Redémarrage fait deux fois.

Je suis au lycée jusqu'à 17 h si vous voulez prendre la main à distance.

S. Caudron
Référent numérique
""", label=lab("transfer_incident", False, None, "hauts-de-france", "ecoledirecte", False, "fr",
               "After a Windows update over the holidays the transfer tool no longer starts; no transfer since Monday. No UAI, region from ac-lille.fr."))

mail("T05", "2025-01-06 11:07", ("Delphine Carlier", "d.carlier@lycee-saint-jean-soissons.example.fr"),
     "Comme chaque 1er janvier...", "gmail", """
Bonjour,

Comme chaque 1er janvier, magnifique tradition : la licence a expiré, le
logiciel affiche « Licence expirée » au démarrage et plus aucun transfert
ne part vers EcoleDirecte. Et comme chaque année je découvre ça le jour
de la rentrée, avec les parents qui appellent pour les bulletins.

Merci de nous régénérer la licence pour 2025.

Lycée Saint-Jean, Soissons – 0020769A

Delphine Carlier
Secrétariat de direction
""", label=lab("transfer_incident", False, "0020769A", "hauts-de-france", "ecoledirecte", False, "fr",
               "Ironic ('magnifique tradition'); licence expired on 1 January, transfers stopped: licence to regenerate."))

mail("T06", "2025-01-10 10:35", ("Direction - Collège Sainte-Geneviève", "direction@college-sainte-genevieve-asnieres.example.fr"),
     "Notes invisibles pour les parents depuis la rentrée", "outlook_html", """
Bonjour,

Depuis la rentrée du 6 janvier, les parents ne voient plus aucune note ni absence sur EcoleDirecte. Les professeurs ont pourtant saisi normalement.

D'après notre secrétaire, le dernier transfert réussi date du 20 décembre ; depuis, le module indique « En attente » sans jamais aboutir.

Pouvez-vous regarder ce qui se passe ? Établissement : 0921712L.

Cordialement,

Hélène Marchetti
Cheffe d'établissement
""", charset="windows-1252",
     label=lab("transfer_incident", False, "0921712L", "ile-de-france", "ecoledirecte", False, "fr",
               "HTML-only Outlook: transfers stuck 'En attente' since 20 December; parents see no grades. Written by the head, but not a head-of-establishment request."))

mail("T07", "2025-01-14 11:44", ("Anthony Bertin", "a.bertin@institution-saint-lucien.example.fr"),
     "Transferts + facture de la licence", "thunderbird", """
Bonjour,

1) Depuis vendredi, les transferts vers EcoleDirecte s'arrêtent à 40 %
avec l'erreur « délai dépassé ». Nous n'avons rien changé sur le réseau.
C'est le plus urgent : les bulletins du premier semestre partent la
semaine prochaine.

2) Accessoirement, notre comptable cherche la facture de la licence
annuelle 2025, elle ne l'a pas reçue.

Institution Saint-Lucien, Beauvais – 0600244P

Anthony Bertin
""", label=lab("transfer_incident", False, "0600244P", "hauts-de-france", "ecoledirecte", True, "fr",
               "Two topics: transfers stopping at 40 % with a timeout (first, urgent, main) and a missing licence invoice (order_billing)."))

mail("T08", "2025-01-15 16:18", ("Pierre-Yves Renaud", "py.renaud@ensemble-saint-charles-evry.example.fr"),
     "TR: Diagnostic transferts - connexion refusée", "outlook", """
Bonjour,

Je vous transfère le message de notre intendant. Pour info, le prestataire a installé un nouveau pare-feu avec proxy pendant les vacances ; je suppose que c'est lié, mais je ne sais pas quels paramètres saisir dans l'outil de transfert.

Pierre-Yves Renaud
Ensemble scolaire Saint-Charles, Évry – 0912987C

-----Message d'origine-----
De : Gérard Noël <g.noel@ensemble-saint-charles-evry.example.fr>
Envoyé : mercredi 15 janvier 2025 15:50
À : Pierre-Yves Renaud <py.renaud@ensemble-saint-charles-evry.example.fr>
Objet : Diagnostic transferts - connexion refusée

Pierre-Yves,

J'ai lancé le diagnostic comme la dernière fois : tout est vert sauf la ligne « Test de connexion HTTP », qui affiche « Connexion refusée ». Et toujours aucun transfert vers EcoleDirecte depuis la rentrée.

Gérard
""", outlook_desktop=True,
     label=lab("transfer_incident", False, "0912987C", "ile-de-france", "ecoledirecte", True, "fr",
               "Forward (Outlook 'TR:') of the bursar's diagnostic: the HTTP connection test is refused after a new firewall/proxy; no transfers since the holidays."))

mail("T09", "2025-01-16 07:55", ("Marion L.", "marion.l76@webmail.example.fr"),
     "Transferts", "android", """
Bonjour, les transferts ecoledirecte sont bloqués depuis la rentrée, message licence expirée. Faut il la régénérer ? Je suis au lycée à partir de 8h30. Marion, secrétariat lycée privé du Havre
""", plain_only=True, ua="Outlook for Android",
     label=lab("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
               "Short mobile message (base64 body): transfers blocked since the holidays with 'licence expirée'. Personal address, no UAI, no region."))

# =====================================================================
# contract_documents
# =====================================================================
mail("K01", "2025-01-07 14:50", ("Rose-Marie Lefrançois", "rosemarie.lefrancois@ac-normandie.fr"),
     "Marché 2024-087 introuvable dans Mes Marchés", "zimbra", """
Bonjour,

Je prépare les commandes de janvier et je ne retrouve plus le marché 2024-087 (fournitures scolaires) dans « Mes Marchés » : ni le CCAP, ni le bordereau de prix, ni l'acte d'engagement. En décembre tout y était.

Est-ce lié au changement d'année ? Nous sommes toujours adhérents.

Rose-Marie Lefrançois
Gestionnaire, collège Guy de Maupassant, Louviers – 0270385X
""", label=lab("contract_documents", False, "0270385X", "normandie", "espace_acheteur", False, "fr",
               "Market 2024-087's documents no longer shown in 'Mes Marchés' since the new year."))

mail("K02", "2025-01-09 09:33", ("Stéphanie Boulanger", "stephanie.boulanger@ac-amiens.fr"),
     "Avenant n°1 - marché papier reprographie", "outlook", """
Bonjour,

Le fournisseur du marché « papier de reprographie » nous applique depuis le 1er janvier les nouveaux tarifs de l'avenant n°1. Or cet avenant n'apparaît pas dans les documents du marché sur l'Espace Acheteur : je ne vois que le contrat initial.

Pouvez-vous le mettre en ligne ou me l'adresser ? L'agent comptable en a besoin pour payer la première facture.

Stéphanie Boulanger
Adjointe gestionnaire – Collège Millevoye, Abbeville (0802398X)
""", outlook_desktop=True,
     label=lab("contract_documents", False, "0802398X", "hauts-de-france", "espace_acheteur", False, "fr",
               "Amendment no. 1 of a market is missing from the documents while its new prices already apply."))

mail("K03", "2025-01-10 15:12", ("Hannah Keller", "h.keller@bluewater-media.example.com"),
     "Contract documents for framework 2024-112 not visible in our supplier area", "gmail", """
Dear colleagues,

We were awarded lot 3 (digital press for schools) of framework agreement
2024-112 in November. The signed amendment extending the list of titles
was sent to us on 20 December, but in our supplier area we can still only
see the original contract documents, not the amendment, and French schools
are asking us for it.

Could you make it available, or tell us where we should be looking?

Kind regards,
Hannah Keller
Contracts & Tenders, Bluewater Media GmbH
""", label=lab("contract_documents", False, None, None, "espace_acheteur", False, "en",
               "English; a foreign market holder cannot see the signed amendment among the contract documents. Non-academic sender, no UAI."))

mail("K04", "2025-01-13 10:10", ("Arnaud Leterrier", "arnaud.leterrier@ac-normandie.fr"),
     "Convention d'adhésion 2025 absente", "thunderbird", """
Bonjour,

Je précise tout de suite que je n'ai aucun souci de connexion ni de mot
de passe : je suis bien sur l'Espace Acheteur, avec mes droits habituels.

En revanche, dans les documents de l'établissement, seule la convention
d'adhésion 2024 apparaît. La convention 2025, que le proviseur a signée
en décembre, n'est nulle part, et notre agent comptable la réclame pour
payer la cotisation.

Arnaud Leterrier
Lycée Alexis de Tocqueville, Cherbourg-en-Cotentin – UAI 0501712P
""", label=lab("contract_documents", False, "0501712P", "normandie", "espace_acheteur", True, "fr",
               "Negation: no login or password problem; the 2025 membership convention is not among the documents (only 2024's)."))

mail("K05", "2025-01-14 14:02", ("Ludovic Pottier", "ludovic.pottier@ac-amiens.fr"),
     "CCTP marché fournitures de bureau", "roundcube", """
Bonjour,

Où peut-on trouver le CCTP du marché « fournitures de bureau » 2025 ?
Je ne le vois pas dans les pièces du marché, seulement le bordereau de
prix. J'en ai besoin pour vérifier les références avant de commander.

Cité scolaire Henri Martin, Saint-Quentin – 0022243C
L. Pottier
""", label=lab("contract_documents", False, "0022243C", "hauts-de-france", "espace_acheteur", False, "fr",
               "The CCTP of the office-supplies market is not among the market documents."))

mail("K06", "2025-01-15 09:27", ("Danièle Roger", "daniele.roger@ac-normandie.fr"),
     "Convention introuvable (et un mot de passe)", "zimbra", """
Bonjour,

La convention de groupement de commandes pour le marché de restauration n'apparaît plus dans nos documents depuis début janvier. C'est ce qui m'amène : le chef de cuisine en a besoin pour la commission des menus de la semaine prochaine.

Au passage, une collègue de l'intendance a oublié son mot de passe, mais je crois qu'elle vous a déjà écrit de son côté.

Danièle Roger
Gestionnaire – Lycée Marcel Mézen, Alençon
0610507V
""", label=lab("contract_documents", False, "0610507V", "normandie", "espace_acheteur", True, "fr",
               "Main topic: a group-purchasing convention missing from the documents; a colleague's forgotten password is mentioned in passing and already handled separately."))

mail("K07", "2025-01-16 11:11", ("Morgane Tanguy", "morgane.tanguy@ac-versailles.fr"),
     "Certificat administratif manquant", "outlook_html", """
Bonjour,

Pour le marché de maintenance des photocopieurs, notre agent comptable a besoin du certificat administratif pour mettre en paiement la première facture de 2025. Il n'apparaît pas dans les pièces du marché sur l'Espace Acheteur.

Pouvez-vous le déposer ou nous l'envoyer ?

Merci,

Morgane Tanguy
Lycée Jules Ferry, Versailles – UAI 0780335R
""", charset="windows-1252", relay="smtp-out.ac-versailles.fr",
     label=lab("contract_documents", False, "0780335R", "ile-de-france", "espace_acheteur", False, "fr",
               "HTML-only Outlook: the administrative certificate of a market is missing from its documents."))

_d = when("2025-01-10 14:25")
mail("K08", "2025-01-17 14:40", ("Christelle Bonnard", "christelle.bonnard@ac-versailles.fr"),
     "Re: [#SUP-011952] Documents du marché 2024-069", "gmail", """
Bonjour,

Une semaine après la réponse de la région, je ne vois toujours pas
l'acte d'engagement ni l'avenant du marché 2024-069 dans « Mes Marchés ».
Je me suis déconnectée, reconnectée, j'ai essayé un autre navigateur.

Pouvez-vous relancer ?

Christelle Bonnard
Collège Paul Bert, Malakoff – 0920675J

Le ven. 10 janv. 2025 à 14:25, Support région Île-de-France <
support-idf@assistance.example.fr> a écrit :

> Bonjour,
>
> Les documents du marché 2024-069 ont été republiés. Ils devraient
> apparaître dans « Mes Marchés » à votre prochaine connexion.
>
> Cordialement,
> Le support régional Île-de-France
""", irt=desk_msgid("SUP-011952", _d),
     label=lab("contract_documents", False, "0920675J", "ile-de-france", "espace_acheteur", True, "fr",
               "Follow-up reply (Gmail French quote of the regional team's answer): the market documents are still missing a week later."))


# =====================================================================
# consistency checks and output
# =====================================================================
UAI_TOKEN = re.compile(r"(?<![0-9A-Za-z])(\d{3}\s?\d{4}\s?[A-Za-z])(?![0-9A-Za-z])")


def message_text(raw):
    """Decoded From/To/Cc/Reply-To/Subject plus every text part (HTML stripped),
    including parts of attached messages."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    chunks = []
    for h in ("From", "To", "Cc", "Reply-To", "Subject"):
        for v in msg.get_all(h, []):
            chunks.append(str(v))
    defects = list(msg.defects)
    for part in msg.walk():
        defects += list(part.defects)
        if part.get_content_maintype() == "text":
            body = part.get_content()
            if part.get_content_subtype() == "html":
                body = html.unescape(re.sub(r"<[^>]+>", " ", body))
            chunks.append(body)
    return msg, "\n".join(chunks), defects


def check(name, m, raw):
    lb = m["label"]
    assert lb is not None, f"{m['key']}: no label"
    cat = lb["category"]
    assert cat in CATEGORIES, (m["key"], cat)
    assert isinstance(lb["auto_reply_ok"], bool) and isinstance(lb["hard"], bool), m["key"]
    if lb["auto_reply_ok"]:
        assert CATEGORIES[cat] in ("auto_reply", "auto_reply_or_human"), \
            f"{m['key']}: auto_reply_ok true for a {cat} mail"
    assert lb["platform"] in PLATFORMS, (m["key"], lb["platform"])
    assert lb["lang"] in ("fr", "en"), m["key"]
    assert lb["notes"] and lb["notes"].strip() == lb["notes"], m["key"]
    msg, text, defects = message_text(raw)
    assert not defects, f"{m['key']}: MIME defects {defects}"
    sender = msg["From"].addresses[0].addr_spec
    assert sender.lower() == m["frm"][1].lower(), (m["key"], sender)
    squeezed = re.sub(r"\s+", "", text).upper()
    uai = lb["uai"]
    if uai is not None:
        assert uai_ok(uai), f"{m['key']}: labelled UAI {uai} has a wrong check letter"
        assert uai in squeezed, f"{m['key']}: labelled UAI {uai} does not occur in the message"
    for bad in lb["_bad"]:
        assert re.fullmatch(r"\d{7}[A-Z]", bad) and not uai_ok(bad), f"{m['key']}: {bad} is not a wrong-letter code"
        assert bad in squeezed, f"{m['key']}: wrong-letter code {bad} not in the message"
        assert bad in lb["notes"] and "check letter" in lb["notes"], f"{m['key']}: notes must mention {bad}"
        if uai is None:
            assert CHECK[int(bad[:7]) % 23] != bad[7]
    found = {re.sub(r"\s", "", t).upper() for t in UAI_TOKEN.findall(text)}
    allowed = ({uai} if uai else set()) | set(lb["_bad"]) | set(lb["_others"])
    stray = found - allowed
    assert not stray, f"{m['key']}: unlabelled UAI-like codes {stray}"
    for o in lb["_others"]:
        assert uai_ok(o) and o in squeezed, (m["key"], o)
    expect_region = region_for(uai, sender)
    assert lb["region"] == expect_region, \
        f"{m['key']}: region {lb['region']} but regions.md gives {expect_region}"
    if cat == "automated":
        assert lb["auto_reply_ok"] is False
    if m["style"] != "raw":
        assert msg["Subject"] is not None and str(msg["Subject"]) == m["subject"], (m["key"], str(msg["Subject"]))


def main():
    assert len(MAILS) == 150, len(MAILS)
    keys = [m["key"] for m in MAILS]
    assert len(set(keys)) == len(keys), "duplicate keys"
    order = list(range(len(MAILS)))
    random.Random(SEED + 1).shuffle(order)
    rows = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        name = f"h{n:03d}.eml"
        raw = build(m)
        check(name, m, raw)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        lb = m["label"]
        rows.append({"file": name, "category": lb["category"], "auto_reply_ok": lb["auto_reply_ok"],
                     "uai": lb["uai"], "region": lb["region"], "platform": lb["platform"],
                     "hard": lb["hard"], "lang": lb["lang"], "notes": lb["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # the written label file must read back identical and be one line per .eml
    back = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    assert back == rows and [r["file"] for r in back] == [f"h{i:03d}.eml" for i in range(1, 151)]
    cats = collections.Counter(r["category"] for r in rows)
    print("files:", len(rows))
    for c, k in cats.most_common():
        print(f"  {c:32s} {k:3d}")
    print("auto_reply_ok true:", sum(r["auto_reply_ok"] for r in rows))
    print("hard:", sum(r["hard"] for r in rows), " english:", sum(r["lang"] == "en" for r in rows),
          " with uai:", sum(r["uai"] is not None for r in rows))


if __name__ == "__main__":
    main()
