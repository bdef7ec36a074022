#!/usr/bin/env python3
"""Generate the holdout61 blind test corpus: h001.eml ... h150.eml + labels.jsonl.

Theme: January-February 2026, Grand Est and Hauts-de-France, mostly technical
senders acting for many schools (DANE / RUPN technicians, académie and
département IT, the Région's lycée IT support, managed-service providers),
plus ordinary school staff for contrast.

Every mail body below was written by hand; the script only wraps the bodies in
headers, MIME structure and transfer encodings. Standard library only,
deterministic (random.Random with a fixed seed). Run:  python3 make_holdout61.py
"""
import base64
import email
import email.policy
import html as htmlmod
import json
import os
import quopri
import random
import re
import uuid
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(610061)
TZ = timezone(timedelta(hours=1))  # CET: the whole corpus is in Jan-Feb 2026

SUPPORT_ADDR = "support@assistance.example.fr"
SUPPORT = ("Assistance", SUPPORT_ADDR)

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
AUTO_CATS = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
             "account_creation", "subscription_activation"}
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
DEPT_REGION = {}
for _reg, _deps in REGION_DEPTS.items():
    for _d in _deps.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _reg
REGION_DOMAINS = {
    "auvergne-rhone-alpes": "ac-clermont.fr ac-grenoble.fr ac-lyon.fr",
    "bourgogne-franche-comte": "ac-besancon.fr ac-dijon.fr",
    "bretagne": "ac-rennes.fr", "centre-val-de-loire": "ac-orleans-tours.fr",
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
DOMAIN_REGION = {dom: reg for reg, doms in REGION_DOMAINS.items()
                 for dom in doms.split()}


def check_letter(d7):
    return LETTERS[int(d7) % 23]


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and check_letter(code[:7]) == code[7]


# --------------------------------------------------------------------------
# small random helpers (all from the seeded R)

def ip():
    net = R.choice(["192.0.2", "198.51.100", "203.0.113"])
    return f"{net}.{R.randint(2, 250)}"


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def when(s):
    """'2026-01-06 09:14' -> aware datetime (CET) with random seconds."""
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    return dt + timedelta(seconds=R.randint(0, 59))


def fmt_date(dt):
    return format_datetime(dt)


def enc_header(s):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8").encode(maxlinelen=76)


def addr(name_addr):
    if isinstance(name_addr, str):
        return name_addr
    name, a = name_addr
    if not name:
        return a
    return formataddr((name, a), charset="utf-8")


def addrs(lst):
    return ", ".join(addr(x) for x in lst)


def domain_of(a):
    return a.rsplit("@", 1)[1].lower()


# --------------------------------------------------------------------------
# text -> html, in the style of the client

def _para_html(text):
    out = []
    for block in text.split("\n\n"):
        lines = [htmlmod.escape(x, quote=False) for x in block.split("\n")]
        out.append("<br>\n".join(lines))
    return out


_HDR_LINE = r"(De|À|A|Objet|Envoyé|Date|Cc|From|To|Sent|Subject|Sujet|Pour)\s?:"


def unwrap(text):
    """Undo the hand wrapping at ~72 columns, as webmail and Outlook send long lines.

    A line is joined to the previous one only when the previous *original* line was
    long and neither line looks like a list item, an indented block or a quote."""
    out = []
    prev_orig = ""
    for line in text.split("\n"):
        if (out and len(prev_orig) >= 55 and line.strip()
                and not prev_orig.startswith((" ", ">", "-", "*", "|", "\t"))
                and not prev_orig.rstrip().endswith(":")
                and not line.startswith((" ", ">", "-", "*", "|", "\t", "•"))
                and not re.match(r"\d+[.)] ", line)
                and not re.match(_HDR_LINE, line) and not re.match(_HDR_LINE, prev_orig)):
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
        prev_orig = line
    return "\n".join(out)


def html_from_text(text, style):
    quote_idx = None
    m = re.search(r"^(-----(Message d'origine|Original Message)-----|_{20,}|----- Mail original -----|De ?: .*\n(Envoy|Date)|From: .*\nSent:|Le .{5,80} a écrit ?:|On .{5,80} wrote:)",
                  text, re.M)
    if m:
        quote_idx = m.start()
    new, old = (text, "") if quote_idx is None else (text[:quote_idx], text[quote_idx:])
    if style == "outlook":
        paras = []
        for block in new.rstrip("\n").split("\n\n"):
            for line in block.split("\n"):
                paras.append(f'<p class="MsoNormal">{htmlmod.escape(line, quote=False) or "&nbsp;"}<o:p></o:p></p>')
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        body = "\n".join(paras)
        if old:
            olds = "\n".join(f'<p class="MsoNormal">{htmlmod.escape(l, quote=False) or "&nbsp;"}<o:p></o:p></p>'
                             for l in old.rstrip("\n").split("\n"))
            body += ('\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                     + olds + "\n</div>")
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                '--></style>\n</head>\n<body lang="FR" link="#0563C1" vlink="#954F72" '
                'style="word-wrap:break-word">\n<div class="WordSection1">\n'
                + body + "\n</div>\n</body>\n</html>\n")
    if style == "gmail":
        parts = _para_html(new.rstrip("\n"))
        body = '<div dir="ltr">' + "<div><br></div>".join(f"<div>{p}</div>" for p in parts) + "</div>"
        if old:
            body += ('<br><div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px '
                     '0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                     + "<br>\n".join(htmlmod.escape(l.lstrip("> "), quote=False) for l in old.split("\n"))
                     + "</blockquote></div>")
        return body + "\n"
    if style == "zimbra":
        parts = _para_html(new.rstrip("\n"))
        body = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; '
                'color: #000000"><div>' + "</div><div><br></div><div>".join(parts) + "</div>")
        if old:
            body += ('<div><br></div><hr id="zwchr"><div style="color:#000;font-weight:normal;font-style:normal;'
                     'text-decoration:none;font-family:Helvetica,Arial,sans-serif;font-size:12pt;">'
                     + "<br>".join(htmlmod.escape(l, quote=False) for l in old.split("\n")) + "</div>")
        return body + "</div></body></html>\n"
    # generic
    parts = _para_html(text.rstrip("\n"))
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body>\n" + "\n".join(f"<p>{p}</p>" for p in parts) + "\n</body></html>\n")


# --------------------------------------------------------------------------
# MIME assembly (bytes)

def encode_body(text, charset, cte, crlf=False):
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    raw = text.encode(charset)
    if cte == "b64":
        return base64.encodebytes(raw), "base64"
    if cte == "qp":
        return quopri.encodestring(raw), "quoted-printable"
    if cte == "7bit":
        raw.decode("ascii")
        return raw, "7bit"
    return raw, "8bit"


def leaf(ctype, text, charset="utf-8", cte="8bit", crlf=False, params="", extra=()):
    body, cte_name = encode_body(text, charset, cte, crlf)
    hdrs = f'Content-Type: {ctype}; charset="{charset}"{params}\nContent-Transfer-Encoding: {cte_name}\n'
    for h in extra:
        hdrs += h + "\n"
    return hdrs.encode("ascii"), body


def binleaf(ctype, data, filename=None, disposition="attachment", extra=()):
    fn = ""
    if filename:
        fn_ascii = all(ord(c) < 128 for c in filename)
        if fn_ascii:
            fn = f'; name="{filename}"'
            disp = f'Content-Disposition: {disposition}; filename="{filename}"\n'
        else:
            from urllib.parse import quote
            fn = f'; name="{enc_header(filename)}"'
            disp = f"Content-Disposition: {disposition};\n filename*=utf-8''{quote(filename)}\n"
    else:
        disp = ""
    hdrs = f"Content-Type: {ctype}{fn}\n{disp}Content-Transfer-Encoding: base64\n"
    for h in extra:
        hdrs += h + "\n"
    return hdrs.encode("utf-8"), base64.encodebytes(data)


def rawleaf(ctype, text, extra=()):
    hdrs = f"Content-Type: {ctype}\n"
    for h in extra:
        hdrs += h + "\n"
    return hdrs.encode("ascii"), text.encode("utf-8")


def multipart(subtype, parts, boundary, params="", preamble=None):
    hdr = f'Content-Type: multipart/{subtype};\n boundary="{boundary}"{params}\n'.encode("ascii")
    out = b""
    if preamble:
        out += preamble.encode("ascii") + b"\n\n"
    for ph, pb in parts:
        out += b"--" + boundary.encode("ascii") + b"\n" + ph + b"\n" + pb
        if not pb.endswith(b"\n"):
            out += b"\n"
        out += b"\n"
    out += b"--" + boundary.encode("ascii") + b"--\n"
    return hdr, out


def fake_pdf(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
            b"3 0 obj\n<< /Title (" + t + b") >>\nendobj\ntrailer\n<< /Root 1 0 R /Info 3 0 R >>\n%%EOF\n")


def fake_png():
    return bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                         "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082")


# --------------------------------------------------------------------------
# client profiles

def msgid(client, dom):
    if client in ("outlook", "outlook_html"):
        return f"<{hexs(12)}${hexs(8)}${hexs(8)}$@{dom}>"
    if client == "gmail":
        return f"<CA{alnum(2)}{alnum(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=-')}@mail.gmail.com>"
    if client == "zimbra":
        return f"<{R.randint(100000000, 999999999)}.{R.randint(10000, 99999)}.{R.randint(1767200000000, 1772300000000)}.JavaMail.zimbra@{dom}>"
    if client == "owa":
        return f"<{alnum(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}PR{R.randint(10, 99)}MB{R.randint(1000, 9999)}{alnum(12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}@{alnum(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}PR{R.randint(10,99)}MB{R.randint(1000,9999)}.eurprd{R.randint(1,9):02d}.prod.outlook.com>"
    if client == "apple":
        return f"<{ruuid().upper()}@{dom}>"
    if client == "android":
        return f"<{alnum(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}@{dom}>"
    if client == "roundcube":
        return f"<{hexs(32)}@{dom}>"
    return f"<{ruuid()}@{dom}>"


def client_headers(client, date):
    if client == "tb":
        return ["User-Agent: Mozilla Thunderbird", "Content-Language: fr"]
    if client == "tb_en":
        return ["User-Agent: Mozilla Thunderbird", "Content-Language: en-GB"]
    if client in ("outlook", "outlook_html"):
        ti = base64.b64encode(bytes(R.getrandbits(8) for _ in range(22))).decode()
        return ["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: {ti}", "Content-Language: fr"]
    if client == "owa":
        ti = base64.b64encode(bytes(R.getrandbits(8) for _ in range(22))).decode()
        return [f"Thread-Index: {ti}", "Accept-Language: fr-FR, en-US", "Content-Language: fr-FR",
                "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
    if client == "zimbra":
        ti = "Z" + alnum(27, "abcdefghijklmnopqrstuvwxyz0123456789")
        return ["X-Mailer: Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF134 (Linux)/9.0.0_GA_4583)",
                f"Thread-Index: {ti}"]
    if client == "roundcube":
        return ["User-Agent: Roundcube Webmail/1.6.9"]
    if client == "apple":
        return ["X-Mailer: iPhone Mail (22C161)"]
    if client == "android":
        return ["X-Mailer: Outlook for Android"]
    return []


def boundary_for(client):
    if client == "gmail":
        return "000000000000" + hexs(16)
    if client in ("outlook", "outlook_html"):
        return f"----=_NextPart_000_{hexs(4).upper()}_01DC{hexs(4).upper()}.{hexs(8).upper()}"
    if client == "owa":
        return f"_000_{alnum(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}_"
    if client == "zimbra":
        return f"=_{ruuid()}"
    if client == "apple":
        return f"Apple-Mail-{ruuid().upper()}"
    return f"------------{alnum(24, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ')}"


AUTH = {
    "pass": "dkim=pass (2048-bit key) header.d={d};\n\tspf=pass smtp.mailfrom={d};\n\tdmarc=pass (p=none dis=none) header.from={d}",
    "pass_q": "dkim=pass (2048-bit key) header.d={d};\n\tspf=pass smtp.mailfrom={d};\n\tdmarc=pass (p=quarantine dis=none) header.from={d}",
    "nodkim": "dkim=none;\n\tspf=pass smtp.mailfrom={d};\n\tdmarc=pass (p=none dis=none) header.from={d}",
    "fail": "dkim=none;\n\tspf=fail smtp.mailfrom={d};\n\tdmarc=fail (p=quarantine dis=none) header.from={d}",
    "softfail": "dkim=fail reason=\"signature verification failed\" header.d={d};\n\tspf=softfail smtp.mailfrom={d};\n\tdmarc=fail (p=none dis=none) header.from={d}",
    "none": "dkim=none;\n\tspf=none smtp.mailfrom={d};\n\tdmarc=none",
    "bounce": "dkim=none;\n\tspf=pass smtp.helo={h};\n\tdmarc=none",
}

RELAYS = {
    "ac-reims.fr": "smtp.ac-reims.fr", "ac-nancy-metz.fr": "smtp3.ac-nancy-metz.fr",
    "ac-strasbourg.fr": "mx-out.ac-strasbourg.fr", "ac-lille.fr": "smtps.ac-lille.fr",
    "ac-amiens.fr": "smtp.ac-amiens.fr", "gmail.com": "mail-ej1-f{n}.google.com",
    "orange.fr": "smtp-{n}.smtp.orange.fr", "laposte.net": "smtp-out.laposte.net",
    "free.fr": "smtp{n}-g21.free.fr", "outlook.fr": "EUR{n}-AM6-obe.outbound.protection.outlook.com",
}


# --------------------------------------------------------------------------
# one message

MAILS = []


def L(category, auto_reply_ok, uai, region, platform, hard, lang, notes):
    return {"category": category, "auto_reply_ok": auto_reply_ok, "uai": uai,
            "region": region, "platform": platform, "hard": hard, "lang": lang,
            "notes": notes}


def mail(frm, subject, text=None, *, date, label, to=None, cc=None, client="tb",
         mode=None, html=None, cte=None, html_cte=None, charset="utf-8", attach=(),
         extra=(), auth="pass", relay=None, return_path=None, submission=True,
         irt=None, refs=None, reply_to=None, custom=None, bad=(), bulk=False,
         crlf=None, raw_subject=False, message_id=None):
    MAILS.append(dict(message_id=message_id, frm=frm, subject=subject, text=text, date=date, label=label,
                      to=to, cc=cc, client=client, mode=mode, html=html, cte=cte,
                      html_cte=html_cte, charset=charset, attach=list(attach),
                      extra=list(extra), auth=auth, relay=relay,
                      return_path=return_path, submission=submission, irt=irt,
                      refs=refs, reply_to=reply_to, custom=custom, bad=list(bad),
                      bulk=bulk, crlf=crlf, raw_subject=raw_subject))


def rfc_received_date(dt):
    return f"{dt:%a}, {dt.day} {dt:%b %Y %H:%M:%S} +0100 (CET)"


def build(spec):
    name, from_addr = spec["frm"]
    dom = domain_of(from_addr)
    client = spec["client"]
    dt = when(spec["date"])
    to = spec["to"] or [SUPPORT]
    mode = spec["mode"]
    if mode is None:
        mode = {"tb": "plain", "tb_en": "plain", "roundcube": "plain", "apple": "plain",
                "outlook": "alt", "owa": "alt", "gmail": "alt", "zimbra": "alt",
                "android": "alt", "outlook_html": "html"}.get(client, "plain")
    style = {"outlook": "outlook", "outlook_html": "outlook", "owa": "outlook",
             "gmail": "gmail", "zimbra": "zimbra"}.get(client, "generic")
    charset = spec["charset"]
    text = spec["text"]
    if text is not None and spec["custom"] is None and client in (
            "outlook", "owa", "gmail", "zimbra", "android", "apple"):
        text = unwrap(text)
    cte = spec["cte"]
    if cte is None:
        if client in ("tb", "tb_en", "roundcube"):
            cte = "8bit"
        elif client == "android":
            cte = "b64"
        else:
            cte = "qp"
        if text is not None and cte == "qp" and all(ord(c) < 128 for c in text) and client != "outlook":
            cte = "7bit"
    html_cte = spec["html_cte"] or ("b64" if cte == "b64" else "qp")
    crlf = spec["crlf"] if spec["crlf"] is not None else (cte == "b64")

    # ---- body
    if spec["custom"] is not None:
        ct_hdr, body = spec["custom"]
    else:
        flowed = '; format=flowed' if client in ("tb", "tb_en", "roundcube") and mode == "plain" and cte != "b64" else ""
        html = spec["html"]
        if mode in ("alt", "html") and html is None:
            html = html_from_text(text, style)
        if mode == "plain":
            part = leaf("text/plain", text, charset, cte, crlf, params=flowed)
        elif mode == "html":
            part = leaf("text/html", html, charset, html_cte, crlf)
        else:
            part = multipart("alternative", [leaf("text/plain", text, charset, cte, crlf),
                                             leaf("text/html", html, charset, html_cte, crlf)],
                             boundary_for(client))
        if spec["attach"]:
            parts = [part]
            for ctype, fn, data in spec["attach"]:
                if isinstance(data, str):
                    parts.append(leaf(ctype, data, "utf-8", "qp", params=f'; name="{fn}"',
                                      extra=[f'Content-Disposition: attachment; filename="{fn}"']))
                else:
                    parts.append(binleaf(ctype, data, fn))
            part = multipart("mixed", parts, boundary_for(client))
        ct_hdr, body = part

    # ---- transport headers
    rp = spec["return_path"]
    if rp is None:
        rp = from_addr
    relay = spec["relay"] or RELAYS.get(dom, f"smtp.{dom}")
    relay = relay.replace("{n}", str(R.randint(10, 99)))
    auth = spec["auth"]
    if auth in AUTH:
        auth_txt = AUTH[auth].format(d=dom, h=relay)
    else:
        auth_txt = auth
    arr = dt + timedelta(seconds=R.randint(2, 40))
    H = [f"Return-Path: <{rp}>",
         f"Delivered-To: {SUPPORT_ADDR}",
         f"Received: from {relay} ({relay} [{ip()}])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id 4{alnum(14)}\n\tfor <{SUPPORT_ADDR}>; {rfc_received_date(arr)}",
         f"Authentication-Results: mx1.assistance.example.fr;\n\t{auth_txt}"]
    if spec["submission"]:
        sub = dt + timedelta(seconds=R.randint(0, 2))
        H.append(f"Received: from [192.168.{R.randint(0, 9)}.{R.randint(2, 250)}] (unknown [{ip()}])\n"
                 f"\tby {relay} with ESMTPSA id {hexs(10).upper()}\n\tfor <{SUPPORT_ADDR}>; "
                 f"{dt:%a, %d %b %Y %H:%M:%S} +0100")
    mid = spec.get("message_id") or msgid(client, dom if client != "gmail" else "gmail.com")
    subj = spec["subject"] if spec["raw_subject"] else enc_header(spec["subject"])
    fromh = addr(spec["frm"])
    core = []
    if client in ("outlook", "outlook_html", "owa", "android"):
        core += [f"From: {fromh}", f"To: {addrs(to)}"]
        if spec["cc"]:
            core.append(f"Cc: {addrs(spec['cc'])}")
        core += [f"Subject: {subj}", f"Date: {fmt_date(dt)}", f"Message-ID: {mid}"]
        if spec["irt"]:
            core.append(f"In-Reply-To: {spec['irt']}")
            core.append(f"References: {' '.join(spec['refs'] or [spec['irt']])}")
        core.append("MIME-Version: 1.0")
        core += client_headers(client, dt)
    elif client == "gmail":
        core.append("MIME-Version: 1.0")
        if spec["irt"]:
            core.append(f"References: {' '.join(spec['refs'] or [spec['irt']])}")
            core.append(f"In-Reply-To: {spec['irt']}")
        core += [f"From: {fromh}", f"Date: {fmt_date(dt)}", f"Message-ID: {mid}",
                 f"Subject: {subj}", f"To: {addrs(to)}"]
        if spec["cc"]:
            core.append(f"Cc: {addrs(spec['cc'])}")
    else:
        core += [f"Message-ID: {mid}", f"Date: {fmt_date(dt)}", "MIME-Version: 1.0"]
        core += client_headers(client, dt)
        if spec["irt"]:
            core.append(f"In-Reply-To: {spec['irt']}")
            core.append(f"References: {' '.join(spec['refs'] or [spec['irt']])}")
        core += [f"To: {addrs(to)}"]
        if spec["cc"]:
            core.append(f"Cc: {addrs(spec['cc'])}")
        core += [f"From: {fromh}", f"Subject: {subj}"]
    if spec["reply_to"]:
        core.append(f"Reply-To: {addr(spec['reply_to'])}")
    core += spec["extra"]
    head = "\n".join(H + core) + "\n"
    return head.encode("utf-8") + ct_hdr + b"\n" + body


def ours(ticket, dt_s):
    """Message-ID of one of our earlier outgoing messages on a ticket."""
    return f"<{ticket}.{R.randint(1767200000, 1772300000)}.{hexs(6)}@assistance.example.fr>"


# ==========================================================================
# THE MAILS
# ==========================================================================

# h001 ---------------------------------------------------------------------
mail(("Thomas Lefèvre-Bauer", "thomas.lefevre-bauer@ac-reims.fr"),
     "Réinitialisation accès admin e-sidoc - 3 collèges (bascule ENT)",
     """Bonjour,

Je vous écris pour le compte de trois collèges de l'académie de Reims que
j'accompagne à la DANE dans la bascule vers le nouvel ENT. Depuis la reprise
du 5 janvier, les professeures documentalistes de ces établissements ne
parviennent plus à entrer dans le back-office e-sidoc : le mot de passe
administrateur est refusé, et dans deux cas plus personne ne sait quelle
adresse est enregistrée comme contact chez vous.

  - Collège Paul Fort, Reims ............... 0511010W
  - Collège Louis Pasteur, Épernay ......... 0514345W
  - Collège Val-de-Dhuis, Bar-sur-Aube ..... 0109923G

Le lien « mot de passe oublié » a été essayé pour chacun. Pour 0511010W il
part apparemment sur la boîte personnelle de l'ancienne documentaliste,
partie à la retraite en juillet.

Pouvez-vous réinitialiser ces trois accès ? Je peux faire l'intermédiaire,
mais je suppose que les liens doivent partir sur les boîtes ce. des
établissements ; dites-moi simplement ce que vous attendez de notre côté.

Bien cordialement,

--
Thomas Lefèvre-Bauer
Chargé de mission numérique éducatif – DANE
Rectorat de l'académie de Reims
""",
     date="2026-01-06 09:42", client="zimbra", bulk=True,
     label=L("password_reset", False, None, "grand-est", "esidoc", True, "fr",
             "Bulk: a DANE technician asks for e-sidoc admin resets for three collèges (0511010W, 0514345W, 0109923G); "
             "no single UAI, region from the three UAIs (all académie de Reims) and the ac-reims.fr sender. "
             "Several establishments and a third party in the middle: a person handles it, no single automatic answer."))

# h002 ---------------------------------------------------------------------
mail(("Sophie Delattre", "sophie.delattre1@ac-lille.fr"),
     "mot de passe e-sidoc",
     """Bonjour,

Je n'arrive plus à me connecter à l'administration de notre portail
e-sidoc depuis ce matin : « identifiant ou mot de passe incorrect ». Je suis
sûre de l'identifiant (c'est notre RNE), beaucoup moins du mot de passe, que
j'ai dû changer juste avant les vacances de Noël...

Pourriez-vous m'envoyer un lien pour le réinitialiser ?

Merci d'avance et bonne année !

Sophie Delattre
Professeure documentaliste
Collège Albert Samain – Roubaix
UAI : 0593245G
""",
     date="2026-01-07 08:17", client="tb",
     label=L("password_reset", True, "0593245G", "hauts-de-france", "esidoc", False, "fr",
             "Plain forgotten e-sidoc admin password; UAI in the signature."))

# h003 ---------------------------------------------------------------------
_dt3 = "Wed, 07 Jan 2026 14:05:12 +0100"
mail(("Mail Delivery System", "MAILER-DAEMON@relay-out1.assistance.example.fr"),
     "Undelivered Mail Returned to Sender", None,
     date="2026-01-07 14:05", client="server", submission=False, return_path="",
     relay="relay-out1.assistance.example.fr", auth="bounce",
     extra=["Auto-Submitted: auto-replied"],
     custom=multipart("report", [
         leaf("text/plain", """This is the mail system at host relay-out1.assistance.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ce.0804309Z@ac-amiens.fr>: host smtp.ac-amiens.fr[192.0.2.61] said: 552
    5.2.2 <ce.0804309Z@ac-amiens.fr>: Mailbox quota exceeded (in reply to
    RCPT TO command)
""", "us-ascii", "7bit", extra=["Content-Description: Notification"]),
         rawleaf("message/delivery-status", """Reporting-MTA: dns; relay-out1.assistance.example.fr
X-Postfix-Queue-ID: 4dRq7M1bZ2z9vKp
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Wed,  7 Jan 2026 14:05:09 +0100 (CET)

Final-Recipient: rfc822; ce.0804309Z@ac-amiens.fr
Original-Recipient: rfc822;ce.0804309Z@ac-amiens.fr
Action: failed
Status: 5.2.2
Remote-MTA: dns; smtp.ac-amiens.fr
Diagnostic-Code: smtp; 552 5.2.2 <ce.0804309Z@ac-amiens.fr>: Mailbox quota
    exceeded
""", extra=["Content-Description: Delivery report"]),
         rawleaf("message/rfc822", """From: Assistance <support@assistance.example.fr>
To: ce.0804309Z@ac-amiens.fr
Subject: [#SUP-020118] =?utf-8?q?R=C3=A9initialisation_de_votre_mot_de_passe_e-sidoc?=
Date: Wed, 07 Jan 2026 14:05:08 +0100
Message-ID: <SUP-020118.1767791108.a41c09@assistance.example.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Vous recevez ce message car une r=C3=A9initialisation du mot de passe a =C3=
=A9t=C3=A9 demand=C3=A9e pour le portail de votre =C3=A9tablissement. Le lien=
 ci-dessous est valable 12 heures.

Cordialement,
L'=C3=A9quipe d'assistance
""", extra=["Content-Description: Undelivered Message"]),
     ], "4dRq7M1bZ2z9vKp.1767791112/relay-out1.assistance.example.fr",
         params="; report-type=delivery-status", preamble="This is a MIME-encapsulated message."),
     label=L("automated", False, "0804309Z", "hauts-de-france", None, True, "en",
             "Our own relay's bounce (null Return-Path, multipart/report): the reset mail to ce.0804309Z@ac-amiens.fr "
             "failed, mailbox over quota. Never answered; the UAI appears only as the failed recipient in the report "
             "body, and it is labelled because the taxonomy reads entities from the body."))

# h004 ---------------------------------------------------------------------
mail(("Julien Marchal - Support Lycées Région Grand Est", "julien.marchal@grandest.example.fr"),
     "Durcissement DMARC sur le relais des lycées : vos IP et sélecteurs DKIM ?",
     """Bonjour,

Au service numérique des lycées de la Région Grand Est, nous basculons le
relais SMTP entrant commun des lycées (environ 350 établissements) vers une
politique plus stricte à partir du 2 février : rejet des messages en échec
SPF strict, et mise en quarantaine des messages sans alignement DMARC.

Plusieurs de vos services écrivent aux lycées (messages no-reply des
portails documentaires, de l'Espace Acheteur, notifications diverses).
Aujourd'hui tout arrive correctement, nous n'avons aucun signalement, mais
nous préférons anticiper.

Pourriez-vous nous indiquer :
 1. les plages IP (v4 et v6) de vos serveurs d'envoi ;
 2. les domaines d'enveloppe (MAIL FROM) utilisés ;
 3. les sélecteurs DKIM et le domaine de signature (d=) ;
 4. si un prestataire tiers (routeur de mails type Sendinblue/Brevo) envoie
    pour votre compte.

Avec ces éléments nous ajouterons une exception propre dans la passerelle.

Merci par avance,

Julien Marchal
Ingénieur systèmes et réseaux – Service numérique éducatif
Direction des Lycées – Région Grand Est
""",
     date="2026-01-07 16:31", client="outlook", cte="qp",
     label=L("other", False, None, None, None, True, "fr",
             "The Région's lycée IT asks, in advance, for our sending IPs, envelope domains and DKIM selectors before "
             "tightening DMARC; it says nothing is missing today, so not missing_noreply_mail: a technical question for a person. "
             "Non-academic sender, no UAI: no region. Several of our products named: no single platform."))

# h005 ---------------------------------------------------------------------
mail(("GIRARD Valérie", "valerie.girard@ac-nancy-metz.fr"),
     "facture non déposée sur Chorus - commande de décembre",
     """Bonjour,

Notre commande de mobilier de CDI passée sur l'Espace Acheteur le
4 décembre (bon de commande n° EA-2025-118472) a bien été livrée le
18 décembre, mais je ne trouve toujours pas la facture correspondante sur
Chorus Pro. L'agent comptable me la réclame pour la clôture de l'exercice.

Pouvez-vous vérifier qu'elle a bien été déposée, et sur quel SIRET ? Le
nôtre est 195 703 214 00019.

Cordialement,

Valérie Girard
Gestionnaire – Adjointe gestionnaire
Collège Jean Mermoz – Yutz
RNE 0572729G
Tél. 03 82 56 14 90
""",
     date="2026-01-08 10:05", client="outlook", cte="b64",
     label=L("order_billing", False, "0572729G", "grand-est", "espace_acheteur", False, "fr",
             "Invoice for a delivered Espace Acheteur order not found on Chorus Pro; UAI written after 'RNE'."))

# h006 ---------------------------------------------------------------------
mail(("Daniel Hughes", "d.hughes@brightwave-it.example.com"),
     "Your password reset emails are rejected by our client's tenant (550 5.7.23)",
     """Hello,

We are the managed IT provider for the English-speaking section of a
secondary school in Strasbourg (Microsoft 365 tenant, inbound through
Exchange Online Protection). Since last week none of the password reset
emails from no-reply@esidoc.example.fr reach the librarian. They are not in
junk and not in the quarantine either: message trace shows them rejected at
the edge with

  550 5.7.23 The message was rejected because of Sender Policy Framework
  violation -> Remote server said: SPF hard fail

The connecting IP in the trace is 198.51.100.77, which I could not find in
the SPF record published for esidoc.example.fr. Could you check whether a
new outbound server was added without updating SPF? Happy to send the full
message trace if that helps.

Kind regards,
Daniel Hughes
Service Desk Engineer | Brightwave Managed IT
""",
     date="2026-01-08 11:48", client="tb_en", auth="pass",
     label=L("missing_noreply_mail", False, None, None, "esidoc", True, "en",
             "English. The e-sidoc no-reply mails never reach the school: rejected on an SPF hard fail, not held by any "
             "anti-spam product. Fits missing_noreply_mail, but the junk-folder template is no answer to an SPF diagnosis: "
             "a person must check our SPF record. No UAI, provider domain: no region."))

# h007 ---------------------------------------------------------------------
mail(("Karima Benali", "karima.benali@ac-nancy-metz.fr"),
     "Réponse automatique : [#SUP-020131] Accès Espace Acheteur - collèges de Meuse", None,
     date="2026-01-08 13:22", client="server",
     relay="smtp3.ac-nancy-metz.fr", irt="<SUP-020131.1767874800.77be10@assistance.example.fr>",
     extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
            "X-MS-Exchange-Inbox-Rules-Loop: karima.benali@ac-nancy-metz.fr", "Content-Language: fr-FR"],
     custom=leaf("text/plain", """Bonjour,

Je suis en formation à Canopé Nancy du 8 au 9 janvier, avec un accès très
limité à ma messagerie.
Pour toute demande urgente concernant l'ENT ou les ressources numériques
des collèges, merci d'écrire à la cellule d'assistance de la DANE.

Cordialement,
Karima Benali
RUPN – Délégation académique au numérique éducatif
""", "utf-8", "qp"),
     label=L("automated", False, None, "grand-est", None, False, "fr",
             "Exchange out-of-office (Auto-Submitted: auto-generated, X-Auto-Response-Suppress) to one of our ticket "
             "mails. Region from the ac-nancy-metz.fr sender."))

# h008 ---------------------------------------------------------------------
mail(("Dumortier Céline", "celine.dumortier@ac-lille.fr"),
     "Mail d'activation bloqué par Mailinblack",
     """Bonjour,

Le Département a installé Mailinblack sur la messagerie du collège à la
rentrée de janvier. Depuis, je ne reçois plus rien de l'Espace Acheteur :
ce matin encore, le mail d'activation de mon compte est resté dans
« Messages à valider » de Mailinblack et le lien était périmé quand je l'ai
trouvé.

Quelles adresses dois-je autoriser exactement ? Et est-ce que je peux
redemander le mail d'activation une fois que c'est fait ?

Cordialement,

Céline Dumortier
Secrétaire d'intendance
Collège Jean Jaurès – Lens
0622474C
""",
     date="2026-01-08 15:40", client="outlook", cte="b64",
     label=L("mailinblack_spam", True, "0622474C", "hauts-de-france", "espace_acheteur", False, "fr",
             "Mailinblack named; the activation mail sat in its 'messages à valider' area. Allow-list guide fits."))

# h009 ---------------------------------------------------------------------
_glpi9 = """URL : https://assistance.ac-strasbourg.fr/front/ticket.form.php?id=4812

Ticket : Description

Titre : Portail e-sidoc inaccessible depuis le réseau pédagogique
Demandeurs : Collège Hans Arp – Strasbourg (0679022T)
Observateurs : fournisseur-esidoc
Catégorie : Ressources numériques > Portail documentaire
Date d'ouverture : 12-01-2026 16:10
Statut : En cours (Attribué)
Urgence : Moyenne

Description :
Depuis le passage au nouveau proxy filtrant, le portail e-sidoc du collège
s'affiche sans feuille de style et la recherche ne répond pas.

Nombre de suivis : 2

[13-01-2026 09:02] Pierre Schaller
Les requêtes vers le CDN du portail sont bloquées par la catégorie
« Non classé » du proxy. Au fournisseur (en observateur) : pouvez-vous nous
donner la liste complète des domaines à autoriser ?

[12-01-2026 16:25] Pierre Schaller
Ticket pris en compte, analyse en cours.

--
Ce message a été généré automatiquement par GLPI.
Merci de ne pas répondre directement à ce courriel.
"""
mail(("Assistance DANE Strasbourg", "assistance-dane@ac-strasbourg.fr"),
     "[GLPI #0004812] Nouveau suivi Portail e-sidoc inaccessible depuis le réseau pédagogique", None,
     date="2026-01-13 09:02", client="server", relay="glpi.ac-strasbourg.fr", submission=False,
     extra=["X-Mailer: GLPI", "Auto-Submitted: auto-generated",
            "X-Auto-Response-Suppress: OOF, DR, NDR, RN, NRN, AutoReply",
            ],
     message_id="<GLPI_4f8e21a0c3-Ticket-4812/AddFollowup.1768291320.118372944@glpi.ac-strasbourg.fr>",
     irt="<GLPI_4f8e21a0c3-Ticket-4812@glpi.ac-strasbourg.fr>",
     custom=multipart("alternative", [
         leaf("text/plain", _glpi9, "utf-8", "qp"),
         leaf("text/html", "<html><body>" + "<br>\n".join(htmlmod.escape(l, quote=False) for l in _glpi9.split("\n")) + "</body></html>\n", "utf-8", "qp"),
     ], "_=_glpi_" + "5c0e94d7a2b1"),
     label=L("automated", False, "0679022T", "grand-est", "esidoc", True, "fr",
             "GLPI notification (X-Mailer: GLPI, Auto-Submitted: auto-generated) sent because we are an observer on the "
             "académie ticket. It carries a technician's question to us (domains to allow in the proxy), but the mail "
             "itself is tool-generated and says not to reply: automated, like other ticket-tool notifications. "
             "UAI from the requester line."))

# h010 ---------------------------------------------------------------------
mail(("Emma Collins", "emma.collins@ac-strasbourg.fr"),
     "Locked out of the library portal admin",
     """Hello,

Apologies for writing in English, my French is fine for the pupils but not
for technical matters!

I'm the teacher-librarian for the international section at Lycée
international des Pontonniers (UAI 0673310J). I have been locked out of the
e-sidoc admin interface since Monday: after three wrong attempts it told me
the account was blocked. I honestly can't remember whether I changed the
password before Christmas or not.

Could you unlock it or send me a reset link? I'm not sure which email
address you have on file, it may still be my predecessor's.

Many thanks,
Emma Collins
Teacher-librarian, International Section
""",
     date="2026-01-09 12:26", client="tb_en",
     label=L("password_reset", True, "0673310J", "grand-est", "esidoc", False, "en",
             "English; account locked after failed attempts, asks for unlock or reset link. The reset path "
             "(address on file, else the official address) applies."))

# h011 ---------------------------------------------------------------------
mail(("Service Assistance Numérique des Lycées", "assistance.lycees@hautsdefrance.example.fr"),
     "Déploiement Mailinblack dans les lycées au 2 février - adresses à autoriser",
     """Bonjour,

La Région Hauts-de-France généralise la solution anti-spam Mailinblack sur
les messageries administratives des lycées publics à compter du lundi
2 février 2026 (bascule par vagues, fin prévue le 20 février).

Nous savons par expérience que les messages automatiques des éditeurs et
plateformes (activation de compte, mot de passe, notifications) sont les
premiers à se retrouver dans l'espace « à valider ». Afin de préconfigurer
la liste blanche globale, pourriez-vous nous transmettre la liste des
adresses et domaines expéditeurs que nous devons autoriser pour vos
services (portail documentaire, Espace Acheteur) ?

Une réponse avant le 28 janvier nous permettrait de l'intégrer à la
première vague.

Cordialement,

Pour le Service Assistance Numérique des Lycées
Franck Lemaire
Direction des Systèmes d'Information – Région Hauts-de-France
""",
     date="2026-01-09 14:55", client="outlook", cte="qp",
     label=L("mailinblack_spam", True, None, None, None, False, "fr",
             "The Région announces a Mailinblack rollout and asks which senders to allow-list in advance: "
             "the Mailinblack allow-list guide answers it, even though nothing is blocked yet. "
             "Non-academic sender, no UAI: no region; both products named, so no single platform."))

# h012 ---------------------------------------------------------------------
mail(("Secrétariat Lycée Pierre Mendès France", "ce.0885400S@ac-nancy-metz.fr"),
     "Compte Espace Acheteur bloqué",
     """Bonjour,

Notre gestionnaire, M. Thiébaut, a saisi plusieurs fois un mauvais mot de
passe sur l'Espace Acheteur et le compte est maintenant bloqué. Il est en
congé jusqu'à lundi et nous avons une commande à passer avant la fin de la
semaine.

Pouvez-vous envoyer un lien de réinitialisation sur la présente adresse,
qui est l'adresse officielle de l'établissement ?

Merci,
Le secrétariat
Lycée Pierre Mendès France – Épinal
""",
     date="2026-01-09 15:20", client="zimbra",
     label=L("password_reset", True, "0885400S", "grand-est", "espace_acheteur", True, "fr",
             "Locked Espace Acheteur account; the UAI appears only in the ce.<UAI>@ac-nancy-metz.fr sender, and the "
             "secretariat asks for the link on that official address (the safe reset path)."))

# h013 ---------------------------------------------------------------------
_ndr13_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p><b><font color="#000066" size="3" face="Arial">Votre message n'a pas pu être remis au(x) destinataire(s) suivant(s) :</font></b></p>
<p><a href="mailto:karine.vandewalle@lenord.example.fr">karine.vandewalle@lenord.example.fr</a><br>
Le serveur de l'organisation du destinataire a refusé le message.</p>
<p><b>Comment résoudre ce problème</b><br>
L'expéditeur doit contacter l'administrateur de la messagerie du destinataire : le message ne respecte pas la stratégie d'authentification (DMARC) de l'organisation.</p>
<p>Informations de diagnostic pour les administrateurs :<br>
Serveur de génération : EXCH-HUB02.lenord.example.fr<br>
karine.vandewalle@lenord.example.fr<br>
Remote Server returned '550 5.7.509 Access denied, sending domain assistance.example.fr does not pass DMARC verification and has a DMARC policy of reject.'</p>
</body></html>
"""
mail(("Microsoft Outlook", "postmaster@lenord.example.fr"),
     "Non remis : [#SUP-020176] Votre commande de livres - confirmation", None,
     date="2026-01-12 08:11", client="server", submission=False, return_path="",
     relay="mail-gw1.lenord.example.fr", auth="bounce",
     extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:", "Content-Language: fr-FR"],
     custom=multipart("report", [
         multipart("alternative", [
             leaf("text/plain", """Votre message n'a pas pu être remis au(x) destinataire(s) suivant(s) :

karine.vandewalle@lenord.example.fr
Le serveur de l'organisation du destinataire a refusé le message.

Remote Server returned '550 5.7.509 Access denied, sending domain
assistance.example.fr does not pass DMARC verification and has a DMARC
policy of reject.'
""", "utf-8", "qp"),
             leaf("text/html", _ndr13_html, "utf-8", "qp")], "_002_EXCHHUB02ndr13alt_"),
         rawleaf("message/delivery-status", """Reporting-MTA: dns;EXCH-HUB02.lenord.example.fr
Received-From-MTA: dns;relay-out1.assistance.example.fr
Arrival-Date: Mon, 12 Jan 2026 07:11:03 +0000

Final-Recipient: rfc822;karine.vandewalle@lenord.example.fr
Action: failed
Status: 5.7.509
Diagnostic-Code: smtp;550 5.7.509 Access denied, sending domain assistance.example.fr does not pass DMARC verification and has a DMARC policy of reject.
"""),
         rawleaf("text/rfc822-headers", """From: Assistance <support@assistance.example.fr>
To: karine.vandewalle@lenord.example.fr
Subject: [#SUP-020176] Votre commande de livres - confirmation
Date: Mon, 12 Jan 2026 08:10:58 +0100
Message-ID: <SUP-020176.1768201858.c0a1f2@assistance.example.fr>
"""),
     ], "_003_EXCHHUB02ndr13_", params="; report-type=delivery-status"),
     label=L("automated", False, None, None, None, False, "fr",
             "Exchange non-delivery report in French ('Non remis :'): a département's gateway refused one of our ticket "
             "replies on DMARC. Technical, but a machine wrote it; never answered."))

# h014 ---------------------------------------------------------------------
mail(("Cellule Messagerie DSI", "messagerie-dsi@ac-nancy-metz.fr"),
     "Messages no-reply@espace-acheteur : échec DKIM (body hash) depuis le 12/01",
     """Bonjour,

Cellule messagerie de la DSI du rectorat de Nancy-Metz.

Plusieurs gestionnaires de collèges et lycées de l'académie nous signalent
depuis lundi qu'ils ne reçoivent plus les mails d'activation et de
réinitialisation de l'Espace Acheteur. Nous avons regardé de notre côté :
les messages arrivent bien sur nos relais d'entrée mais échouent à la
vérification DKIM, puis sont classés comme suspects et ne sont pas remis
en boîte de réception :

  Authentication-Results: mx-in2.ac-nancy-metz.fr;
    dkim=fail (body hash did not verify) header.d=espace-acheteur.example.fr
      header.s=ea2025 header.b=Kq3v+2Ld;
    spf=pass smtp.mailfrom=bounce.espace-acheteur.example.fr;
    dmarc=fail (p=quarantine) header.from=espace-acheteur.example.fr

Le SPF passe, mais sur le domaine d'enveloppe bounce., donc pas
d'alignement strict. Notre hypothèse : un élément de votre chaîne d'envoi
(pied de page ajouté, antivirus sortant ?) modifie le corps après
signature.

Nous pouvons vous fournir des messages complets en .eml. Merci de nous
tenir au courant, les équipes de gestion sont en pleine préparation des
commandes du 2e trimestre.

Cordialement,

Arnaud Mangin
Cellule messagerie – DSI
Rectorat de la région académique Grand Est – site de Nancy
""",
     date="2026-01-13 10:37", client="zimbra",
     label=L("missing_noreply_mail", False, None, "grand-est", "espace_acheteur", True, "fr",
             "Académie mail team: our Espace Acheteur no-reply mails fail DKIM (body hash) and are not delivered to "
             "inboxes. The automatic mails never arrive and no anti-spam product is named, so missing_noreply_mail; "
             "but it is a diagnosis of our signing chain, not a user's junk folder: a person must answer. "
             "Region from ac-nancy-metz.fr."))

# h015 ---------------------------------------------------------------------
mail(("Service informatique DDEC 59", "informatique@ddec59.example.fr"),
     "Transferts EcoleDirecte en échec sur 4 collèges depuis l'inspection SSL",
     """Bonjour,

Nous assurons le support informatique de plusieurs établissements privés
sous contrat du Nord. Depuis l'activation de l'inspection SSL sur les
pare-feux (FortiGate, déploiement du 8 janvier), les transferts vers
EcoleDirecte échouent dans Charlemagne Outils sur les établissements
suivants :

  Collège Saint-Jean, Douai          0594296Z
  Collège Notre-Dame, Cambrai        0598292T
  Collège Sainte-Marie, Lille        0592773U
  Institution Saint-Pierre, Tourcoing 0597520D

Dans les journaux du module de transfert on trouve à chaque fois :
« Erreur SSL : certificate verify failed (unable to get local issuer
certificate) ». Le certificat d'inspection de notre pare-feu est pourtant
déployé dans le magasin Windows des postes et du serveur.

Questions :
- le module de transfert utilise-t-il son propre magasin de certificats ?
- sinon, quels FQDN devons-nous exclure de l'inspection SSL ?

En attendant, les notes du trimestre ne remontent plus aux familles.

Merci de votre aide,
Vincent Caron
Technicien réseau – DDEC du Nord
""",
     date="2026-01-13 11:02", client="outlook", cte="qp", bulk=True,
     label=L("transfer_incident", False, None, "hauts-de-france", "ecoledirecte", True, "fr",
             "Bulk: transfers failing for four private collèges (0594296Z, 0598292T, 0592773U, 0597520D) after SSL "
             "inspection on the firewall. No single UAI; all four are in the Nord, so the routing region is "
             "hauts-de-france although the sender is not an académie address."))

# h016 ---------------------------------------------------------------------
mail(("Nathalie Brasseur", "nathalie.brasseur08@gmail.com"),
     "Cafeyn pas visible",
     """Bonjour

jai commandé hier matin l abonnement Cafeyn pour le CDI (collège Jean
Macé, Charleville, rne 0082308R) mais il n apparait pas dans les
ressources du portail, ni pour moi ni pour les élèves. est ce qu il faut
faire quelque chose de notre coté ?

merci
Nathalie Brasseur, prof doc
""",
     date="2026-01-13 17:46", client="gmail",
     label=L("subscription_activation", True, "0082308R", "grand-est", "esidoc", False, "fr",
             "Ordered yesterday, not yet visible: within the 72-hour activation window. No accents, personal Gmail; "
             "region from the UAI (Ardennes)."))

# h017 ---------------------------------------------------------------------
mail(("Mailinblack", "noreply@protect.mailinblack.example"),
     "Re: [#SUP-020188] Votre demande concernant votre compte - Message en attente", None,
     date="2026-01-14 08:03", client="server", submission=False, return_path="bounce-ch@protect.mailinblack.example",
     relay="out2.protect.mailinblack.example",
     irt="<SUP-020188.1768373010.5f1d0e@assistance.example.fr>",
     extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Precedence: junk"],
     custom=multipart("alternative", [
         leaf("text/plain", """Bonjour,

Vous avez envoyé un message à intendance@clg-rostand-roubaix.example.fr.

Ce destinataire est protégé par Mailinblack. Afin de vérifier que vous
n'êtes pas un robot, merci de cliquer sur le lien ci-dessous et de suivre
les instructions. Votre message sera alors délivré, ainsi que vos
prochains envois.

https://protect.mailinblack.example/challenge?id=8f3c2a0d91e4

Ce message vous est adressé automatiquement. Merci de ne pas y répondre.
""", "utf-8", "qp"),
         leaf("text/html", """<html><body style="font-family:Arial">
<p>Bonjour,</p>
<p>Vous avez envoyé un message à <b>intendance@clg-rostand-roubaix.example.fr</b>.</p>
<p>Ce destinataire est protégé par <b>Mailinblack</b>. Afin de vérifier que vous n'êtes pas un robot, merci de cliquer sur le bouton ci-dessous.</p>
<p><a href="https://protect.mailinblack.example/challenge?id=8f3c2a0d91e4" style="background:#1a1a1a;color:#fff;padding:8px 16px">Je valide mon message</a></p>
<p style="color:#888;font-size:11px">Ce message vous est adressé automatiquement. Merci de ne pas y répondre.</p>
</body></html>
""", "utf-8", "qp")], "mib-" + "3b7e61c0a9f2"),
     label=L("automated", False, None, None, None, True, "fr",
             "A Mailinblack sender challenge sent to us by a school's filter in reply to our ticket answer "
             "(Auto-Submitted: auto-replied). It names Mailinblack, but no person wrote it: automated, not "
             "mailinblack_spam. Answering it would loop; someone may decide to click the challenge."))

# h018 ---------------------------------------------------------------------
mail(("Principal Collège La Fontaine", "ce.0543612H@ac-nancy-metz.fr"),
     "Europresse - date de mise à disposition ?",
     """Madame, Monsieur,

Notre professeure documentaliste a passé commande de l'abonnement
Europresse lundi dernier, et la ressource n'apparaît pas encore sur le
portail du CDI. Les collègues de lettres souhaitent l'utiliser avec les
3e dès la semaine prochaine pour le travail sur la presse.

Pourriez-vous simplement m'indiquer sous quel délai la ressource sera
accessible ?

Je vous remercie.

Bertrand Collignon
Principal
Collège La Fontaine – Laxou
""",
     date="2026-01-14 09:10", client="zimbra",
     label=L("subscription_activation", True, "0543612H", "grand-est", "esidoc", True, "fr",
             "Written by the principal from the ce.<UAI> address, but he only asks when the ordered subscription "
             "will be available (ordered two days ago): not a head-of-establishment request. UAI from the address."))

# h019 ---------------------------------------------------------------------
mail(("Mathieu Kieffer", "mathieu.kieffer@ac-strasbourg.fr"),
     "CAS ENT -> e-sidoc : « Service non autorisé » depuis la mise à jour",
     """Bonjour,

RUPN du bassin de Sélestat. Depuis la mise à jour de l'ENT du week-end
dernier, les élèves et les enseignants du lycée Schweisguth (0679916P)
n'arrivent plus à ouvrir le portail e-sidoc depuis le connecteur de l'ENT.
Le serveur CAS renvoie :

   « Application non autorisée à utiliser CAS »
   service=https://0679916p.esidoc.example.fr/cas/login

Les identifiants ENT fonctionnent pour tous les autres services, ce n'est
donc pas un problème de mot de passe. J'ai l'impression que l'URL de
service déclarée côté ENT ne correspond plus à celle que vous appelez
(http -> https, ou un chemin qui a changé ?).

Est-ce que vous avez modifié l'URL de retour CAS récemment ? L'éditeur de
l'ENT nous demande la valeur exacte à déclarer dans le registre des
services.

Merci,
Mathieu Kieffer
RUPN – DANE de Strasbourg
""",
     date="2026-01-14 10:48", client="tb",
     label=L("other", False, "0679916P", "grand-est", "esidoc", True, "fr",
             "ENT/CAS single sign-on to e-sidoc broken after an ENT update; explicitly not a password problem and no "
             "category covers an SSO connector: other, for a person. UAI in the body (also lower-case in the portal URL)."))

# h020 ---------------------------------------------------------------------
mail(("Proviseur Lycée Baggio", "ce.0599111H@ac-lille.fr"),
     "Changement de l'administrateur e-sidoc du lycée",
     """Madame, Monsieur,

Je vous informe que Mme Hélène Vasseur, professeure documentaliste, a
rejoint le lycée le 5 janvier en remplacement de M. Patrick Descamps,
muté.

En ma qualité de proviseur, je vous demande :
  - de remplacer l'adresse de contact du compte administrateur de notre
    portail e-sidoc par celle de Mme Vasseur (helene.vasseur@ac-lille.fr) ;
  - de réinitialiser le mot de passe administrateur, M. Descamps ne
    devant plus avoir accès au portail.

Je reste à votre disposition pour toute vérification.

Christophe Lemaire
Proviseur
Lycée Baggio – Lille
""",
     date="2026-01-14 11:30", client="outlook", cte="qp",
     label=L("head_of_establishment_request", False, "0599111H", "hauts-de-france", "esidoc", False, "fr",
             "The proviseur, from the ce.<UAI> address, asks in writing to change the admin contact and reset the "
             "password after a librarian left."))

# h021 ---------------------------------------------------------------------
mail(("Mailinblack Quarantaine", "quarantaine@mailinblack-secure-notify.example.net"),
     "⚠ 4 messages bloqués en quarantaine - action requise sous 24h",
     None, html="""<html><body style="font-family:Verdana;font-size:13px">
<table width="560" style="border:1px solid #ddd"><tr><td style="background:#000;color:#fff;padding:10px"><b>MAILINBLACK</b> Protect</td></tr>
<tr><td style="padding:14px">
<p>Cher utilisateur support@assistance.example.fr,</p>
<p>4 messages entrants ont été retenus en quarantaine et seront <b>supprimés définitivement dans 24 heures</b> :</p>
<ul>
<li>Facture_Janvier_2026.pdf – comptabilite@fournisseur-scolaire.fr</li>
<li>Bon de commande signé – gestion@college-victor-hugo.fr</li>
<li>Relance paiement – recouvrement@tresor-public-avis.fr</li>
<li>Document partagé – noreply@sharepoint-docs.net</li>
</ul>
<p>Pour libérer vos messages, confirmez votre identité avec votre identifiant et votre mot de passe de messagerie :</p>
<p><a href="https://mailinblack-secure-notify.example.net/release?u=support%40assistance.example.fr" style="background:#e30613;color:#fff;padding:8px 18px;text-decoration:none">LIBÉRER MES MESSAGES</a></p>
<p style="font-size:10px;color:#999">Mailinblack SAS – Ce message est généré automatiquement.</p>
</td></tr></table></body></html>
""", mode="html", html_cte="b64",
     date="2026-01-14 03:12", client="generic", submission=False, auth="fail",
     relay="mta7.bulk-sender-pool.example.net",
     label=L("other", False, None, None, None, True, "fr",
             "Phishing dressed as a Mailinblack quarantine digest (look-alike domain, SPF/DMARC fail, asks for the "
             "mailbox password). It names Mailinblack and looks automatic, but it is spam: other, not "
             "mailinblack_spam, not a real notification. HTML-only, base64."))

# h022 ---------------------------------------------------------------------
mail(("Aurélie Wagner", "aurelie.wagner@ac-reims.fr"),
     "Alertes de fin d'abonnement jamais reçues",
     """Bonjour,

Je m'aperçois que nous n'avons reçu aucun des mails d'alerte annoncés
avant l'échéance de nos abonnements (BNF Gallica+, Cafeyn, Universalis) :
une collègue d'un autre lycée me dit qu'elle les a reçus en novembre et en
décembre, de votre adresse no-reply.

J'ai regardé dans les courriers indésirables de ma boîte académique et
dans celle du CDI, rien. Est-ce qu'ils partent bien sur une de nos
adresses ?

Cordialement,
Aurélie Wagner
Professeure documentaliste – Lycée Jean Jaurès, Reims
0516965U
""",
     date="2026-01-14 16:02", client="tb", cte="qp",
     label=L("missing_noreply_mail", True, "0516965U", "grand-est", "esidoc", False, "fr",
             "Subscription-expiry notifications from the no-reply address never arrived; junk checked, no anti-spam "
             "product named. Quoted-printable Thunderbird body."))

# h023 ---------------------------------------------------------------------
mail(("Olivia Grant", "ogrant@kestrel-networks.example.com"),
     "Mailinblack allow-list for 12 schools in Alsace - sender details",
     """Hi there,

Kestrel Networks manages the Mailinblack Protect tenants for twelve
private schools in Alsace (Strasbourg, Colmar and Mulhouse areas). A few of
our librarians and bursars tell us that messages from your platforms land
in the Mailinblack "to validate" area, and every new member of staff has to
click through the challenge again.

Rather than whitelisting per user, we'd like to add a tenant-wide rule.
Could you confirm:
- the From addresses your services send from (library portal, buyer space);
- the envelope sender / Return-Path domain(s), since Mailinblack checks
  those too;
- whether these ever change (e.g. a third-party mailing service)?

Thanks in advance,
Olivia Grant
Messaging & Security Team Lead
Kestrel Networks
""",
     date="2026-01-15 10:19", client="tb_en",
     label=L("mailinblack_spam", True, None, None, None, False, "en",
             "English managed-service provider running Mailinblack for twelve schools asks for our sender addresses to "
             "allow-list tenant-wide: the Mailinblack guide answers it. No UAI, provider domain: no region; both "
             "products named: no single platform."))

# h024 ---------------------------------------------------------------------
mail(("Assistance Numérique des Lycées - Région HdF", "assistance.lycees@hautsdefrance.example.fr"),
     "Création de comptes Espace Acheteur pour 5 lycées",
     """Bonjour,

Dans le cadre du marché régional de fournitures, cinq lycées doivent
pouvoir passer commande sur l'Espace Acheteur dès février. Leurs
gestionnaires n'ont pas encore de compte ; nous vous transmettons la liste
pour création (ou pour nous indiquer la démarche si elle doit être faite
par chaque établissement) :

  Lycée Félix Faure, Beauvais        0601037B   M. Grégory Duval
  Lycée Louis Thuillier, Amiens      0802297M   Mme Laure Petit
  Lycée Paul Claudel, Laon           0023566R   Mme Sandrine Roger
  Lycée Guy Mollet, Arras            0629010G   M. Karim Haddad
  Lycée Gaston Berger, Lille         0592646F   Mme Agnès Leroy

Les adresses professionnelles sont de la forme prenom.nom@ac-amiens.fr ou
@ac-lille.fr selon l'académie.

Merci de nous dire si vous avez besoin d'un document signé par les chefs
d'établissement.

Bien à vous,
Franck Lemaire
Service Assistance Numérique des Lycées – Région Hauts-de-France
""",
     date="2026-01-15 11:44", client="outlook", cte="qp", bulk=True,
     label=L("account_creation", False, None, "hauts-de-france", "espace_acheteur", True, "fr",
             "Bulk account creation for five lycées (0601037B, 0802297M, 0023566R, 0629010G, 0592646F), asked by the "
             "Région's IT on behalf of the gestionnaires: a person must check who may open what. No single UAI; all "
             "five are in Hauts-de-France (académies of Amiens and Lille), hence the region."))

# h025 ---------------------------------------------------------------------
mail(("Fabrice Lecomte", "fabrice.lecomte@ac-lille.fr"),
     "mdp oublié + panier disparu",
     """Bonjour,

Deux choses :

1) je ne me souviens plus de mon mot de passe pour l'Espace Acheteur, la
demande de nouveau mot de passe me dit que l'adresse est inconnue
(peut-être que le compte est au nom de l'ancienne gestionnaire ?)

2) avant les vacances j'avais préparé un panier de fournitures (environ
1 400 € TTC) et je ne sais pas s'il sera encore là quand je pourrai me
reconnecter. Si ce n'est pas le cas, pouvez-vous me renvoyer le devis
correspondant ?

Merci d'avance
F. Lecomte
Gestionnaire
Collège Paul Langevin – Avion
0622065H
""",
     date="2026-01-15 13:58", client="tb",
     label=L("password_reset", False, "0622065H", "hauts-de-france", "espace_acheteur", True, "fr",
             "Two topics: lost Espace Acheteur password (first, main) and a saved basket / quote (order_billing). "
             "A single template answers only half."))

# h026 ---------------------------------------------------------------------
mail(("Bruno Hanot", "bruno.hanot@ac-reims.fr"),
     "Re: [#SUP-020204] Passerelle de messagerie : adresses à autoriser", None,
     date="2026-01-15 14:20", client="server", relay="smtp.ac-reims.fr",
     irt="<SUP-020204.1768481100.90ab4d@assistance.example.fr>",
     extra=["Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk"],
     custom=leaf("text/plain", """Bonjour,

Je suis absent jusqu'au lundi 26 janvier inclus.
Pour les demandes urgentes concernant les serveurs des EPLE, merci de
contacter la plateforme d'assistance au 03 26 05 20 20.

Bruno Hanot
Pôle infrastructures – DSI Reims
""", "utf-8", "8bit"),
     label=L("automated", False, None, "grand-est", None, False, "fr",
             "Zimbra vacation reply ('Auto-Submitted: auto-replied (zimbra; vacation)') to one of our ticket mails. "
             "Region from ac-reims.fr."))

# h027 ---------------------------------------------------------------------
mail(("Ludovic Meyer", "ludovic.meyer@ac-strasbourg.fr"),
     "Pas de mail de réinitialisation e-sidoc (et nous n'avons PAS Mailinblack)",
     """Bonjour,

Référent numérique du lycée Scheurer-Kestner de Thann (0683101B). Notre
professeur documentaliste demande depuis jeudi un nouveau mot de passe sur
e-sidoc, l'écran affiche bien « un courriel vous a été envoyé », mais rien
n'arrive.

Je précise tout de suite, puisque c'est souvent la première réponse : nous
n'utilisons PAS Mailinblack. La Région l'avait testé l'an dernier sur
quelques lycées, il a été retiré chez nous fin décembre. Le message n'est
ni dans les indésirables ni dans la quarantaine de la messagerie
académique (j'ai vérifié avec lui).

Avez-vous une trace d'envoi de votre côté ? Une adresse d'expédition à
surveiller ?

Ludovic Meyer
Référent numérique – Lycée Scheurer-Kestner
""",
     date="2026-01-16 08:36", client="tb",
     label=L("missing_noreply_mail", True, "0683101B", "grand-est", "esidoc", True, "fr",
             "Names Mailinblack only to say the school does NOT use it: the reset mail never arrives, so "
             "missing_noreply_mail, not mailinblack_spam (and not password_reset: the reset tool itself works)."))

# h028 ---------------------------------------------------------------------
mail(("Stéphane Duhamel", "stephane.duhamel@ac-amiens.fr"),
     "RE: [#SUP-020159] Mails de l'Espace Acheteur non reçus au collège",
     """C'est réglé : l'IP de votre relais est ajoutée dans la liste blanche de
notre passerelle depuis hier soir, et la gestionnaire a reçu son mail
d'activation ce matin. Vous pouvez clore la demande.

Merci pour la réactivité.

Stéphane Duhamel
Technicien informatique – DSDEN de la Somme

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mercredi 14 janvier 2026 16:12
À : Stéphane Duhamel <stephane.duhamel@ac-amiens.fr>
Objet : [#SUP-020159] Mails de l'Espace Acheteur non reçus au collège

Bonjour,

Nos messages partent du relais relay-out1.assistance.example.fr
(192.0.2.25). Si votre passerelle filtre sur l'adresse IP, merci de
l'ajouter à votre liste d'autorisation.

Cordialement,
L'équipe d'assistance
""",
     date="2026-01-16 09:05", client="outlook", cte="qp",
     irt="<SUP-020159.1768403520.3c7e11@assistance.example.fr>",
     label=L("other", False, None, "hauts-de-france", "espace_acheteur", False, "fr",
             "Thanks and 'you can close it', quoting our answer: nothing asked any more. Region from ac-amiens.fr."))

# h029 ---------------------------------------------------------------------
mail(("Ecole Sainte-Thérèse", "secretariat.ste-therese.bethune@orange.fr"),
     "mot de passe du jour pour la maintenance",
     """Bonjour,

Le logiciel Charlemagne nous demande "le mot de passe de maintenance du
jour" pour lancer la réparation de la base (les transferts vers
EcoleDirecte sont bloqués depuis hier soir). Pouvez-vous nous le
communiquer ?

Ce n'est pas le mot de passe de notre compte, celui-là on l'a.

Merci
Martine, secrétariat
Ecole Sainte-Thérèse - Béthune
""",
     date="2026-01-16 10:12", client="generic", relay="smtp-{n}.smtp.orange.fr",
     label=L("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
             "Asks for the daily maintenance password to repair the base while transfers are blocked: "
             "transfer_incident per the taxonomy, not password_reset. No UAI, orange.fr sender: no region."))

# h030 ---------------------------------------------------------------------
mail(("Hélène Schmitt", "helene.schmitt2@ac-nancy-metz.fr"),
     "Qui est l'administrateur de notre structure ?",
     """Bonjour,

Je viens de prendre le poste de gestionnaire au lycée Louis Vincent de
Metz (0573271W). Je me suis inscrite sur l'Espace Acheteur et on me dit
que mon compte doit être validé par « l'administrateur de la structure ».
Personne ici ne sait qui c'est, mon prédécesseur est parti en retraite.

Pourriez-vous me dire qui est enregistré comme administrateur, ou comment
faire pour le devenir ?

Merci beaucoup,
Hélène Schmitt
""",
     date="2026-01-16 11:27", client="zimbra",
     label=L("account_creation", False, "0573271W", "grand-est", "espace_acheteur", False, "fr",
             "New gestionnaire's account waits for a structure administrator nobody knows: a look-up is needed, "
             "so a person answers."))

# h031 ---------------------------------------------------------------------
mail(("Daniel Hughes", "d.hughes@brightwave-it.example.com"),
     "Automatic reply: [#SUP-020213] Your password reset emails are rejected by our client's tenant (550 5.7.23)", None,
     date="2026-01-16 13:40", client="server", relay="EUR05-DB8-obe.outbound.protection.outlook.com",
     irt="<SUP-020213.1768567200.e2c441@assistance.example.fr>",
     extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
            "X-MS-Exchange-Organization-AutoResponse: OOF", "Content-Language: en-GB"],
     custom=multipart("alternative", [
         leaf("text/plain", """Thank you for your email.

I am out of the office until Wednesday 21 January with no access to email.
For urgent service desk matters please contact servicedesk@brightwave-it.example.com
or call the 24/7 line.

Daniel
""", "utf-8", "7bit"),
         leaf("text/html", """<html><body><p>Thank you for your email.</p><p>I am out of the office until Wednesday 21 January with no access to email.<br>
For urgent service desk matters please contact servicedesk@brightwave-it.example.com or call the 24/7 line.</p><p>Daniel</p></body></html>
""", "utf-8", "7bit")], "_000_AM6PR05MB0031OOF_"),
     label=L("automated", False, None, None, None, False, "en",
             "English Exchange Online out-of-office (Auto-Submitted: auto-replied) to our answer on the SPF ticket."))

# h032 ---------------------------------------------------------------------
mail(("Collège Jean Racine", "gestion.clg-racine@laposte.net"),
     "vos mail sont bloqué",
     """bonjour

depuis que le departement a mis mail in black sur nos boites on ne recoit
plus vos mails pour les commandes, ils sont tous dans la liste "en
attente". ma collegue a cliqué sur je suis un humain mais ca recommence a
chaque fois.
comment on fait pour que vos mails passe direct ?

Mme Poulain, intendance
clg Jean Racine Saint-Quentin 0028742S
""",
     date="2026-01-16 14:55", client="generic", relay="smtp-out.laposte.net",
     label=L("mailinblack_spam", True, "0028742S", "hauts-de-france", "espace_acheteur", False, "fr",
             "'mail in black' in lower case, no accents, typos; order mails held in its pending list. Allow-list guide "
             "fits. Region from the UAI (Aisne) since laposte.net gives none."))

# h033 ---------------------------------------------------------------------
mail(("Julie Carpentier", "julie.carpentier@ac-amiens.fr"),
     "TR: courriers des principaux - changement d'administrateur e-sidoc (2 collèges)",
     """Bonjour,

Je suis l'interlocutrice DANE des collèges de l'Oise et de la Somme pour
e-sidoc. Vous trouverez ci-joint les courriers signés par les principaux
de deux collèges qui demandent le changement de l'administrateur de leur
portail :

  - Collège Jules Michelet, Creil (0601613C) : nouvelle administratrice
    Mme Camille Roussel, camille.roussel@ac-amiens.fr
  - Collège Arthur Rimbaud, Amiens (0808557S) : nouvel administrateur
    M. Yanis Benhamou, yanis.benhamou@ac-amiens.fr

Les deux principaux sont en copie de ce message et pourront confirmer si
besoin.

Bien cordialement,
Julie Carpentier
Chargée de mission DANE – Académie d'Amiens
""",
     date="2026-01-19 09:14", client="owa", bulk=True,
     cc=[("Principal Collège Jules Michelet", "ce.0601613C@ac-amiens.fr"),
         ("Principal Collège Arthur Rimbaud", "ce.0808557S@ac-amiens.fr")],
     attach=[("application/pdf", "Courrier_principal_0601613C.pdf", fake_pdf("Demande changement administrateur 0601613C")),
             ("application/pdf", "Courrier_principal_0808557S.pdf", fake_pdf("Demande changement administrateur 0808557S"))],
     label=L("head_of_establishment_request", False, None, "hauts-de-france", "esidoc", True, "fr",
             "A DANE officer relays two principals' signed letters (PDF) asking to change the e-sidoc administrator, "
             "principals in copy: head-of-establishment requests, relayed. Two establishments (0601613C, 0808557S), "
             "so no single UAI; region from both UAIs and the ac-amiens.fr sender."))

# h034 ---------------------------------------------------------------------
mail(("Rachel Owens", "rachel.owens@brightwave-it.example.com"),
     "Quote request - library portal for three schools",
     """Good morning,

We look after IT for three independent bilingual schools in Lorraine and
Alsace, and their head librarians would like to move to your library
portal for the next school year.

Could you send us a formal quote (devis) covering:
 - three portal subscriptions, 12 months, from September 2026;
 - the data migration from their current catalogue (BCDI);
 - any set-up or training fees.

The schools' bursars need the quote to raise purchase orders before the
end of February, so a PDF we can forward would be ideal. Please tell me
if you need each school's identifier to prepare it.

Best regards,
Rachel Owens
Account Manager, Education
Brightwave Managed IT
""",
     date="2026-01-19 10:02", client="tb_en",
     label=L("order_billing", False, None, None, "esidoc", False, "en",
             "English provider asks for a formal quote for three schools' portal subscriptions; no UAI given, "
             "provider domain: no region."))

# h035 ---------------------------------------------------------------------
mail(("Collège Saint-Exupéry Secrétariat", "stex.metz.secretariat@gmail.com"),
     "Les notes ne passent plus sur EcoleDirecte",
     """Bonjour,

Depuis lundi, les parents nous appellent parce qu'ils ne voient plus les
notes du 2e trimestre sur EcoleDirecte. Dans Charlemagne, l'icône de
transfert reste orange et le dernier transfert réussi date de vendredi
17h.

On n'a rien changé de notre côté, à part une mise à jour Windows sur le
serveur du secrétariat ce week-end.

Pouvez-vous regarder ? Notre code établissement : 0575953L.

Cordialement,
Sylvie Kremer
Secrétariat de direction
Collège privé Saint-Exupéry – Metz
""",
     date="2026-01-20 08:49", client="gmail",
     label=L("transfer_incident", False, "0575953L", "grand-est", "ecoledirecte", False, "fr",
             "EcoleDirecte transfers stopped since a Windows update on the server; ordinary staff, Gmail."))

# h036 ---------------------------------------------------------------------
_glpi36 = """URL : https://assistance.ac-lille.fr/front/ticket.form.php?id=17733

Ticket : Résolution

Titre : Mails Espace Acheteur non reçus – collèges du Douaisis
Statut : Résolu
Date de résolution : 20-01-2026 11:05

Solution :
Ajout des adresses no-reply de l'Espace Acheteur en liste d'autorisation
sur les passerelles académiques (règle ANTISPAM-EXC-0412). Les messages
sont de nouveau distribués depuis le 19-01.

Votre avis nous intéresse : merci de répondre à l'enquête de satisfaction
https://assistance.ac-lille.fr/front/ticketsatisfaction.form.php?id=17733

--
Message généré automatiquement par GLPI – Assistance académique de Lille
"""
mail(("Assistance académique", "glpi-noreply@ac-lille.fr"),
     "[GLPI #0017733] Résolution du ticket Mails Espace Acheteur non reçus – collèges du Douaisis", None,
     date="2026-01-20 11:05", client="server", relay="glpi.ac-lille.fr", submission=False,
     message_id="<GLPI_9ac31f0b72-Ticket-17733/Solved.1768903500.203948811@glpi.ac-lille.fr>",
     irt="<GLPI_9ac31f0b72-Ticket-17733@glpi.ac-lille.fr>",
     extra=["X-Mailer: GLPI", "Auto-Submitted: auto-generated",
            "X-Auto-Response-Suppress: OOF, DR, NDR, RN, NRN, AutoReply"],
     custom=leaf("text/plain", _glpi36, "utf-8", "qp"),
     label=L("automated", False, None, "hauts-de-france", "espace_acheteur", False, "fr",
             "GLPI 'ticket resolved' notification with a satisfaction survey, tool-generated (Auto-Submitted). "
             "Region from ac-lille.fr."))

# h037 ---------------------------------------------------------------------
mail(("Guillaume Pierson", "guillaume.pierson@ac-reims.fr"),
     "Portail de tickets : pas de mail de confirmation d'inscription",
     """Bonjour,

Je viens de créer mon compte sur votre portail de tickets pour suivre les
demandes des établissements de la Haute-Marne (je remplace Bruno Hanot
pour cette mission). Le portail m'indique qu'un mail de confirmation m'a
été envoyé pour définir mon mot de passe, mais je n'ai rien reçu, ni dans
la boîte de réception ni dans les indésirables. Deux essais, à 10 min
d'intervalle.

Pouvez-vous vérifier ?

Cordialement,
Guillaume Pierson
DANE de Reims – antenne de Chaumont
""",
     date="2026-01-20 14:31", client="zimbra",
     label=L("missing_noreply_mail", True, None, "grand-est", "ticket_portal", False, "fr",
             "The ticket portal's confirmation mail (to set a password) never arrived; no product named. "
             "Region from ac-reims.fr."))

# h038 ---------------------------------------------------------------------
mail(("Service Numérique des Collèges - CeA", "numerique.colleges@alsace.example.eu"),
     "Lien de réinitialisation toujours « déjà utilisé » (Safe Links ?)",
     """Bonjour,

Service numérique des collèges de la Collectivité européenne d'Alsace.

Le collège Foch de Strasbourg (UAI 0672630V) n'arrive pas à réinitialiser
le mot de passe d'administration de son portail e-sidoc. Le lien arrive
bien (à 9h12 ce matin), mais quand la documentaliste clique dessus à 9h15
la page affiche « Ce lien a déjà été utilisé ou a expiré ». Trois essais,
trois fois le même résultat.

Je pense savoir pourquoi : nos boîtes sont derrière Microsoft Defender
for Office 365 avec les Liens fiables (Safe Links), qui ouvre chaque URL
à réception pour l'analyser. Votre lien à usage unique est donc consommé
par le robot avant la documentaliste. Nous ne pouvons pas désactiver
l'analyse pour tout le monde.

Deux pistes : pouvez-vous lui fournir un lien qui ne se consomme pas sur
un simple GET (page avec bouton de confirmation) ? ou faire la
réinitialisation d'une autre façon pour ce cas ?

Merci,
Cédric Roth
Technicien support – Service Numérique des Collèges
Collectivité européenne d'Alsace
""",
     date="2026-01-20 16:03", client="owa",
     label=L("password_reset", False, "0672630V", "grand-est", "esidoc", True, "fr",
             "Reset link always 'already used': the département's Safe Links scanner consumes the single-use link. "
             "Still password_reset, but sending another link would fail the same way: a person must handle it. "
             "Non-academic sender; region from the UAI."))

# h039 ---------------------------------------------------------------------
def _dmarc_zip():
    import io
    import zipfile
    xml = """<?xml version="1.0" encoding="UTF-8" ?>
<feedback>
  <report_metadata>
    <org_name>ac-lille.fr</org_name>
    <email>noreply-dmarc@ac-lille.fr</email>
    <report_id>ac-lille.fr-20260119-assistance</report_id>
    <date_range><begin>1768780800</begin><end>1768867199</end></date_range>
  </report_metadata>
  <policy_published>
    <domain>assistance.example.fr</domain><adkim>r</adkim><aspf>r</aspf><p>reject</p><pct>100</pct>
  </policy_published>
  <record>
    <row><source_ip>192.0.2.25</source_ip><count>214</count>
      <policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated></row>
    <identifiers><header_from>assistance.example.fr</header_from></identifiers>
    <auth_results><dkim><domain>assistance.example.fr</domain><result>pass</result></dkim>
      <spf><domain>assistance.example.fr</domain><result>pass</result></spf></auth_results>
  </record>
  <record>
    <row><source_ip>198.51.100.77</source_ip><count>9</count>
      <policy_evaluated><disposition>reject</disposition><dkim>fail</dkim><spf>fail</spf></policy_evaluated></row>
    <identifiers><header_from>assistance.example.fr</header_from></identifiers>
    <auth_results><spf><domain>assistance.example.fr</domain><result>fail</result></spf></auth_results>
  </record>
</feedback>
"""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo("ac-lille.fr!assistance.example.fr!1768780800!1768867199.xml", date_time=(2026, 1, 20, 4, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, xml)
    return buf.getvalue()


mail(("DMARC Reporting", "noreply-dmarc@ac-lille.fr"),
     "Report Domain: assistance.example.fr Submitter: ac-lille.fr Report-ID: <ac-lille.fr-20260119-assistance>", None,
     date="2026-01-20 05:00", client="server", submission=False, relay="mx-out2.ac-lille.fr",
     custom=multipart("mixed", [
         leaf("text/plain", """This is an aggregate report from ac-lille.fr.

Report domain: assistance.example.fr
Submitter: ac-lille.fr
Report ID: ac-lille.fr-20260119-assistance
""", "us-ascii", "7bit"),
         binleaf("application/zip", _dmarc_zip(), "ac-lille.fr!assistance.example.fr!1768780800!1768867199.zip"),
     ], "----=_dmarc_" + "7f10c2aa"),
     label=L("automated", False, None, "hauts-de-france", None, False, "en",
             "DMARC aggregate report (zip attachment) from the académie's mail system. Machine-generated even without "
             "Auto-Submitted; region from the ac-lille.fr sender."))

# h040 ---------------------------------------------------------------------
mail(("Karima Benali", "karima.benali@ac-nancy-metz.fr"),
     "Universalis : commande groupée des collèges de la Meuse non visible",
     """Bonjour,

Les six collèges de la Meuse que j'accompagne ont commandé l'abonnement
Universalis dans le cadre de l'achat groupé départemental ; les bons de
commande ont été validés avant-hier (lundi en fin de matinée). Aucun des
six portails n'affiche encore la ressource :

  0552178U – Collège Émile Zola, Verdun ? non : Collège Buvignier, Verdun
  0558747J – Collège Les Avrils, Saint-Mihiel
  0551577R – Collège Robert Aubry, Ligny-en-Barrois
  0555202F – Collège André Theuriet, Bar-le-Duc
  0554472M – Collège Jean d'Allamont, Montmédy
  0558021V – Collège Louise Michel, Stenay

(pardon pour la première ligne, copier-coller trop rapide.)

Est-ce normal à ce stade ? Les documentalistes voudraient l'annoncer aux
équipes la semaine prochaine.

Karima Benali
RUPN – DANE Nancy-Metz
""",
     date="2026-01-21 09:33", client="zimbra", bulk=True,
     label=L("subscription_activation", True, None, "grand-est", "esidoc", True, "fr",
             "Bulk: one subscription ordered two days ago for six collèges (0552178U, 0558747J, 0551577R, 0555202F, "
             "0554472M, 0558021V), not yet visible: within 72 hours, so the activation-delay answer fits all six. "
             "No single UAI; region from the UAIs (Meuse) and the ac-nancy-metz.fr sender."))

# h041 ---------------------------------------------------------------------
mail(("Jake from RankFast", "jake@rankfast-growth.example.biz"),
     "Quick question about assistance.example.fr",
     """Hi,

I was checking assistance.example.fr and noticed it isn't ranking for
some easy keywords like "school library software" and "buyer portal
France". We helped 120+ education websites triple their organic traffic
in 90 days.

Can I send you a free 5-minute video audit? Just reply "YES".

Cheers,
Jake
RankFast Growth Partners
If you don't want to hear from me again, reply "stop".
""",
     date="2026-01-21 02:17", client="generic", auth="softfail", relay="mta3.rankfast-mail.example.biz",
     submission=False,
     label=L("other", False, None, None, None, False, "en", "English SEO cold pitch: spam."))

# h042 ---------------------------------------------------------------------
mail(("Margaret Hollis", "head@islm.example.org"),
     "New buyer-space administrator for our school",
     """Dear Sir or Madam,

I am writing as Head of School of the International School of Lille
Métropole (private school under contract, UAI 0599585Y).

Our bursar, Mr Antoine Desmet, who has been the administrator of our
structure on the Espace Acheteur since 2021, is leaving us at the end of
January. I hereby ask that Ms Nadia Cherif (n.cherif@islm.example.org),
our new Finance Officer, be made the structure's administrator from
1 February, and that Mr Desmet's access be closed on 31 January.

I am happy to confirm this by phone or to sign any form you require.

Yours faithfully,

Margaret Hollis
Head of School
International School of Lille Métropole
""",
     date="2026-01-21 10:40", client="outlook", cte="qp",
     label=L("head_of_establishment_request", False, "0599585Y", "hauts-de-france", "espace_acheteur", False, "en",
             "English; the head of a private school designates a new structure administrator and asks to close the "
             "former one's access. School domain, not académie: staff must check the evidence."))

# h043 ---------------------------------------------------------------------
mail(("Delphine Masson", "delphine.masson@lenord.example.fr"),
     "Pièces du marché 2025-041 introuvables dans Mes Marchés",
     """Bonjour,

Service de la commande publique du Département du Nord (achats pour les
collèges). Dans « Mes Marchés », le marché 2025-041 (équipements
numériques des CDI) apparaît bien, mais l'onglet Documents est vide : ni
CCAP, ni CCTP, ni bordereau de prix. Jusqu'en décembre je les voyais.

J'ai testé avec deux navigateurs et avec le compte de ma collègue, même
résultat. Les autres marchés affichent leurs documents normalement.

Pouvez-vous vérifier si les pièces ont été retirées ou si c'est un
problème de droits ?

Cordialement,
Delphine Masson
Chargée de la commande publique – Direction de l'Éducation
""",
     date="2026-01-21 11:15", client="outlook", cte="qp",
     label=L("contract_documents", False, None, None, "espace_acheteur", False, "fr",
             "Market documents (CCAP, CCTP, BPU) gone from 'Mes Marchés' for one market. Département sender, "
             "no UAI: no region."))

# h044 ---------------------------------------------------------------------
mail(("Intendance Collège Pablo Neruda", "int.0629283D@ac-lille.fr"),
     "Pas de mail de confirmation de commande",
     None, html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Bonjour,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Depuis début janvier, nous ne recevons plus les mails de confirmation quand nous validons une commande sur l’Espace Acheteur (trois commandes cette semaine, aucun mail). Avant, ils arrivaient tout de suite.<o:p></o:p></p>
<p class="MsoNormal">J’ai regardé dans les courriers indésirables : rien.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Merci de votre aide,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Corinne Lefebvre</b><o:p></o:p></p>
<p class="MsoNormal">Adjointe gestionnaire – Collège Pablo Neruda – Liévin<o:p></o:p></p>
<p class="MsoNormal">Tél. 03 21 44 12 70<o:p></o:p></p>
</div></body></html>
""", mode="html", charset="windows-1252", html_cte="qp",
     date="2026-01-21 14:08", client="outlook_html",
     label=L("missing_noreply_mail", True, "0629283D", "hauts-de-france", "espace_acheteur", True, "fr",
             "HTML-only Outlook (windows-1252, quoted-printable): order confirmation mails stopped arriving, junk "
             "checked. The UAI appears only in the int.<UAI>@ac-lille.fr sender address."))

# h045 ---------------------------------------------------------------------
mail(("ludovic dewailly", "ludovic.dewailly@ac-lille.fr"),
     "mot de passe expire esidoc",
     """bonjour
le portail me dit que mon mot de passe a expire et qu il faut le changer,
mais quand je met l ancien il dit quil est faux, alors que je me suis
connecté vendredi. je suis bloqué. identifiant 0593860a
merci de m aider
L Dewailly doc college Jean Zay Lomme

Envoyé de mon iPhone
""",
     date="2026-01-22 07:58", client="apple", extra=[],
     label=L("password_reset", True, "0593860A", "hauts-de-france", "esidoc", True, "fr",
             "Expired password and the old one refused; UAI written in lower case ('0593860a') as the login; "
             "no accents, typos; iPhone quoted-printable."))

# h046 ---------------------------------------------------------------------
mail(("Collège Jean Moulin", "ce.0109559L@ac-reims.fr"),
     "Lu : [#SUP-020251] Votre demande d'accès au portail", None,
     date="2026-01-22 09:21", client="server", relay="smtp.ac-reims.fr",
     irt="<SUP-020251.1769003100.fd3a02@assistance.example.fr>",
     extra=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: fr"],
     custom=multipart("report", [
         leaf("text/plain", """Votre message

  À : ce.0109559L@ac-reims.fr
  Objet : [#SUP-020251] Votre demande d'accès au portail
  Envoyé : mercredi 21 janvier 2026 17:45:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le jeudi 22 janvier 2026 09:21:07 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""", "utf-8", "qp"),
         rawleaf("message/disposition-notification", """Reporting-UA: ce.0109559L@ac-reims.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;ce.0109559L@ac-reims.fr
Original-Message-ID: <SUP-020251.1769003100.fd3a02@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
"""),
     ], f"----=_NextPart_mdn_{'46A1C0'}", params="; report-type=disposition-notification"),
     label=L("automated", False, "0109559L", "grand-est", None, False, "fr",
             "Outlook read receipt ('Lu :'), multipart/report disposition-notification, from a ce.<UAI> address: "
             "UAI from the address."))

# h047 ---------------------------------------------------------------------
mail(("Nadège Colin", "nadege.colin@grandest.example.fr"),
     "Facturation des licences e-sidoc des lycées : à adresser à la Région",
     """Bonjour,

Pôle achats de la Direction des Lycées, Région Grand Est.

Depuis le 1er janvier, les abonnements aux portails documentaires des
lycées publics sont pris en charge par la Région (délibération de
novembre 2025). Or plusieurs lycées ont reçu ces derniers jours des
factures à leur nom, déposées sur Chorus Pro à leur SIRET.

Pourriez-vous :
  - annuler ces factures et les rééditer au nom de la Région Grand Est,
    SIRET 200 052 264 00014, service exécutant DLYC-ACHATS ;
  - nous indiquer la liste des lycées concernés, pour que nous
    prévenions les agents comptables ?

Je peux vous transmettre la délibération si nécessaire.

Cordialement,
Nadège Colin
Acheteuse – Pôle achats, Direction des Lycées
Région Grand Est
""",
     date="2026-01-22 10:30", client="outlook", cte="b64",
     label=L("order_billing", False, None, None, "esidoc", False, "fr",
             "The Région asks to cancel and reissue the lycées' e-sidoc invoices in its own name on Chorus Pro. "
             "No UAI, Région domain: no region."))

# h048 ---------------------------------------------------------------------
mail(("Yasmina Hadj", "yasmina.hadj@ac-lille.fr"),
     "Mailinblack",
     """Bonjour, le mail d'activation de l'Espace Acheteur est encore bloqué par Mailinblack chez nous. Vous pouvez m'envoyer la procédure pour vous mettre en liste blanche ? Merci

Obtenir Outlook pour Android""",
     date="2026-01-22 12:47", client="android",
     label=L("mailinblack_spam", True, None, "hauts-de-france", "espace_acheteur", False, "fr",
             "Two lines from Outlook for Android (base64): activation mail blocked by Mailinblack, asks for the "
             "allow-list procedure. No UAI; region from ac-lille.fr."))

# h049 ---------------------------------------------------------------------
mail(("Anne-Sophie Muller", "anne-sophie.muller@ac-strasbourg.fr"),
     "Demande de webinaire e-sidoc pour les documentalistes de l'académie",
     """Bonjour,

La DANE de Strasbourg organise le 18 mars une demi-journée « Numérique et
CDI » pour les professeurs documentalistes de l'académie (environ 140
inscrits). Nous aimerions proposer un atelier en visio de 45 minutes sur
les nouveautés du portail e-sidoc, en particulier les statistiques et la
gestion des ressources numériques.

Est-ce que quelqu'un de votre équipe pourrait l'animer ? Sinon, avez-vous
des supports que nous pourrions utiliser ?

Bien à vous,
Anne-Sophie Muller
Chargée de mission documentation et numérique – DANE de Strasbourg
""",
     date="2026-01-22 15:10", client="tb",
     label=L("other", False, None, "grand-est", "esidoc", False, "fr",
             "Asks for a training webinar for the académie's librarians: not a support category. "
             "Region from ac-strasbourg.fr."))

# h050 ---------------------------------------------------------------------
mail(("Support Lycées Région Grand Est", "support.lycees@grandest.example.fr"),
     "TR: [Ticket#2026011910000483] Connexion impossible Espace Acheteur - Lycée Georges Brière",
     """Bonjour,

Nous recevons cette demande sur notre outil de support mais elle relève
de votre plateforme. Je vous la transfère telle quelle ; merci de
répondre directement à l'établissement (adresse ci-dessous).

Cordialement,
Support informatique des lycées – Région Grand Est
Niveau 1 – Site de Châlons

-------- Message transféré --------
Ticket : 2026011910000483
Créé : 19/01/2026 08:52
Demandeur : Marc Aubertin <marc.aubertin@ac-reims.fr>
Établissement : Lycée Georges Brière – Reims (0515661B)
File : Applications métier

Bonjour,
je suis proviseur adjoint et je gère les commandes en l'absence du
gestionnaire. Je ne retrouve plus mon mot de passe de l'Espace Acheteur,
et la fonction « mot de passe oublié » m'a envoyé un lien la semaine
dernière que je n'ai pas utilisé à temps. Pouvez-vous m'aider à
retrouver l'accès ?
Marc Aubertin
""",
     date="2026-01-22 16:22", client="outlook", cte="qp",
     label=L("password_reset", True, "0515661B", "grand-est", "espace_acheteur", True, "fr",
             "The Région's level-1 support forwards a helpdesk ticket: a deputy head (not the head) lost his Espace "
             "Acheteur password and let the reset link expire. The reset path applies; the reply goes to the user. "
             "Forwarded by a person, so not automated. Non-academic sender; region from the UAI."))

# h051 ---------------------------------------------------------------------
mail(("Romain Delcourt", "romain.delcourt@ac-lille.fr"),
     "Ressource Europresse visible par les profs mais pas par les élèves",
     """Bonjour,

RUPN du bassin d'Arras. Au collège Marie Curie de Bapaume (0624796B),
l'abonnement Europresse commandé en décembre est bien actif : les
enseignants y accèdent depuis le portail. En revanche, les élèves
connectés via l'ENT ne voient pas la ressource dans le bloc « Ressources
numériques » du portail.

Les profils sont bien remontés (élèves de 6e à 3e) ; je suppose qu'il
manque une étape de publication pour le profil élève, mais je ne la
trouve pas dans l'administration.

Merci de m'indiquer la manip.
Romain Delcourt
""",
     date="2026-01-23 09:07", client="tb",
     label=L("subscription_activation", True, "0624796B", "hauts-de-france", "esidoc", False, "fr",
             "Active subscription not visible to pupils through the ENT: the resource-publication step, "
             "covered by the activation/publication answer."))

# h052 ---------------------------------------------------------------------
mail(("Claire Henry", "claire.henry@ac-nancy-metz.fr"),
     "[doc-ge] Mails e-sidoc bloqués par Mailinblack ?",
     """Bonjour à toutes et à tous,

Question pratique : depuis que le Département a installé Mailinblack sur
la messagerie du collège, les mails de réinitialisation du mot de passe
e-sidoc restent coincés dans la quarantaine. Est-ce que certain(e)s
d'entre vous ont trouvé quelle adresse il fallait autoriser ?

Merci d'avance !
Claire, doc au collège de Frouard

_______________________________________________
doc-ge mailing list
doc-ge@listes.ac-nancy-metz.fr
https://listes.ac-nancy-metz.fr/sympa/info/doc-ge
""",
     to=[("Liste des professeurs documentalistes", "doc-ge@listes.ac-nancy-metz.fr")],
     date="2026-01-23 10:44", client="tb", return_path="doc-ge-owner@listes.ac-nancy-metz.fr",
     relay="listes.ac-nancy-metz.fr", submission=False,
     extra=["List-Id: Professeurs documentalistes Grand Est <doc-ge.listes.ac-nancy-metz.fr>",
            "List-Post: <mailto:doc-ge@listes.ac-nancy-metz.fr>",
            "List-Unsubscribe: <https://listes.ac-nancy-metz.fr/sympa/signoff/doc-ge>",
            "List-Archive: <https://listes.ac-nancy-metz.fr/sympa/arc/doc-ge>",
            "Precedence: list", "Sender: doc-ge-request@listes.ac-nancy-metz.fr",
            "X-Loop: doc-ge@listes.ac-nancy-metz.fr", "X-Sympa-To: doc-ge@listes.ac-nancy-metz.fr"],
     label=L("automated", False, None, "grand-est", "esidoc", True, "fr",
             "A librarian's real Mailinblack question, but posted to an academic mailing list the desk is subscribed "
             "to (List-Id, Precedence: list): not written to us, never answered. Region from the sender's "
             "ac-nancy-metz.fr address."))

# h053 ---------------------------------------------------------------------
mail(("Tom Whitaker", "tom.whitaker@kestrel-networks.example.com"),
     "EcoleDirecte sync task failing after Windows Server 2025 upgrade",
     """Hello,

One of our clients, a private secondary school in Mulhouse (UAI 0686839P),
had its admin server upgraded from Windows Server 2019 to 2025 over the
weekend. Since then the scheduled task that pushes data to EcoleDirecte
fails every night with:

  Transfert interrompu - Licence non valide pour ce poste (code 0x1F)

It looks like the licence is bound to the old machine. We kept the same
hostname and IP but the hardware ID obviously changed. Could you
regenerate the licence for the new server, or tell us what you need from
us (machine ID, screenshot of the licence screen)?

Thanks,
Tom Whitaker
Infrastructure Engineer, Kestrel Networks
""",
     date="2026-01-23 11:30", client="tb_en",
     label=L("transfer_incident", False, "0686839P", "grand-est", "ecoledirecte", False, "en",
             "English provider: licence to regenerate after a server upgrade, nightly transfer failing."))

# h054 ---------------------------------------------------------------------
mail(("Principal Collège Edouard Lucas", "ce.0809072B@ac-amiens.fr"),
     "Autorisation de commande - abonnements CDI 2026",
     """Madame, Monsieur,

J'autorise Mme Florence Bacquet, professeure documentaliste, à valider sur
l'Espace Acheteur la commande des abonnements du CDI pour l'année 2026,
pour un montant de 1 286,40 € TTC, conformément au devis D-2026-00341.

Le bon d'engagement signé est joint.

Jean-Luc Mercier
Principal du collège Édouard Lucas – Amiens
""",
     date="2026-01-23 14:02", client="outlook", cte="qp",
     attach=[("application/pdf", "BE_2026_014_abonnements_CDI.pdf", fake_pdf("Bon d'engagement 2026-014"))],
     label=L("head_of_establishment_request", False, "0809072B", "hauts-de-france", "espace_acheteur", False, "fr",
             "The principal authorises an order in writing from the ce.<UAI> address, signed bon d'engagement attached."))

# h055 ---------------------------------------------------------------------
mail(("Laetitia Boulanger", "laetitia.boulanger@ac-amiens.fr"),
     "Pas de mail d'activation + question facture",
     """Bonjour,

Je suis la nouvelle gestionnaire du collège Gérard Philipe de Clermont
(0606659M).

1. Je me suis inscrite sur l'Espace Acheteur mardi et je n'ai jamais reçu
le mail d'activation (j'ai regardé dans le dossier spam, rien).

2. Par ailleurs, en reprenant les dossiers de mon prédécesseur, je trouve
une facture de novembre (F-2025-11-0872) qui n'a jamais été payée parce
qu'il manquait le numéro d'engagement. Pouvez-vous la redéposer sur
Chorus avec le n° EJ 2025-0413 ?

Merci et bonne journée,
Laetitia Boulanger
""",
     date="2026-01-26 08:55", client="zimbra",
     label=L("missing_noreply_mail", False, "0606659M", "hauts-de-france", "espace_acheteur", True, "fr",
             "Two topics: activation mail never received (first, main) and an unpaid invoice to redeposit on Chorus "
             "(order_billing). The junk-folder template would answer only half."))

# h056 ---------------------------------------------------------------------
mail(("Pauline Grosjean", "pauline.grosjean@ac-reims.fr"),
     "Accès administrateur e-sidoc pour une stagiaire",
     """Bonjour,

Je suis professeure documentaliste stagiaire au collège Louise Michel de
Saint-Dizier (0528254P) depuis janvier. Je n'ai pas perdu mon mot de
passe : je n'ai tout simplement jamais eu de compte sur le portail,
et ma tutrice (qui est dans un autre établissement) me dit qu'il faut en
créer un pour moi.

Comment dois-je procéder ?

Merci,
Pauline Grosjean
""",
     date="2026-01-26 09:40", client="tb",
     label=L("account_creation", True, "0528254P", "grand-est", "esidoc", True, "fr",
             "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account: account_creation, not "
             "password_reset."))

# h057 ---------------------------------------------------------------------
mail(("Service Informatique Rectorat", "securite@ac-nancy-metz-securite.example.com"),
     "Votre mot de passe académique expire aujourd'hui",
     """Cher(e) utilisateur(trice),

Conformément à la nouvelle politique de sécurité du rectorat, le mot de
passe de votre compte de messagerie support@assistance.example.fr expire
aujourd'hui à 23h59.

Pour conserver l'accès à vos messages, validez votre mot de passe actuel
sur le portail sécurisé :

  https://ac-nancy-metz-securite.example.com/validation

Sans action de votre part, votre boîte sera désactivée.

Service Informatique
Rectorat de l'académie de Nancy-Metz
""",
     date="2026-01-26 06:31", client="generic", auth="fail", relay="vps-73551.cheap-vps.example.net",
     submission=False,
     label=L("other", False, None, None, None, True, "fr",
             "Phishing: 'your password expires, validate it'. Mentions a password but is not password_reset; the "
             "look-alike domain ac-nancy-metz-securite.example.com is not an académie domain, so no region."))

# h058 ---------------------------------------------------------------------
mail(("Mickaël Ledoux", "mickael.ledoux@ac-amiens.fr"),
     "Mailinblack + convention introuvable",
     """Bonjour,

Gestionnaire au collège Jean Fernel de Clermont (0604934M).

Le Département a mis Mailinblack sur les boîtes des collèges et tous vos
messages (activation, nouveau mot de passe) atterrissent dans les
messages à valider ; je les libère un par un. Comment faire pour que ça
s'arrête ?

Et tant que je vous tiens : je ne trouve plus la convention d'adhésion
2025-2027 dans l'espace documents, alors que l'agent comptable me la
demande pour le contrôle de fin d'année. Elle a été déplacée ?

Cordialement,
M. Ledoux
""",
     date="2026-01-26 11:12", client="zimbra",
     label=L("mailinblack_spam", False, "0604934M", "hauts-de-france", "espace_acheteur", True, "fr",
             "Two topics: Mailinblack holding our mails (first, main) and a membership convention missing "
             "(contract_documents). The Mailinblack guide answers only half."))

# h059 ---------------------------------------------------------------------
mail(("Tom Whitaker", "tom.whitaker@kestrel-networks.example.com"),
     "Admin password for Lycée Kastler library portal",
     """Hi,

We have just taken over IT support for Lycée Alfred Kastler in
Guebwiller (UAI 0686056N). Their librarian left without handing over the
admin password of the library portal, and nobody at the school knows
which email address is registered.

Could you reset the admin password and send the new one directly to me
(tom.whitaker@kestrel-networks.example.com)? We will then hand it over to
the new librarian when she starts in February.

Regards,
Tom Whitaker
Kestrel Networks
""",
     date="2026-01-26 15:48", client="tb_en",
     label=L("password_reset", False, "0686056N", "grand-est", "esidoc", True, "en",
             "English provider asks for the admin password to be reset and sent to his own (non-school) address: "
             "a lost password, but that delivery is never allowed; the official-address / head-of-establishment "
             "path applies, so a person answers."))

# h060 ---------------------------------------------------------------------
def _tlsrpt_gz():
    import gzip
    js = json.dumps({
        "organization-name": "Region Grand Est - passerelle lycees",
        "date-range": {"start-datetime": "2026-01-25T00:00:00Z", "end-datetime": "2026-01-25T23:59:59Z"},
        "contact-info": "tlsrpt@grandest.example.fr",
        "report-id": "2026-01-25T00:00:00Z_assistance.example.fr",
        "policies": [{"policy": {"policy-type": "no-policy-found", "policy-domain": "assistance.example.fr"},
                      "summary": {"total-successful-session-count": 57, "total-failure-session-count": 3},
                      "failure-details": [{"result-type": "certificate-expired",
                                           "sending-mta-ip": "203.0.113.40",
                                           "receiving-mx-hostname": "mx2.assistance.example.fr",
                                           "failed-session-count": 3}]}]}, indent=1)
    return gzip.compress(js.encode("utf-8"), mtime=0)


mail(("TLS Reporting", "tlsrpt-noreply@grandest.example.fr"),
     "Report Domain: assistance.example.fr Submitter: grandest.example.fr Report-ID: <2026-01-25T00:00:00Z_assistance.example.fr>",
     None, date="2026-01-26 03:05", client="server", submission=False, relay="mx-out.grandest.example.fr",
     extra=["TLS-Report-Domain: assistance.example.fr", "TLS-Report-Submitter: grandest.example.fr"],
     custom=multipart("report", [
         leaf("text/plain", """This is an aggregate TLS report from grandest.example.fr
for the domain assistance.example.fr (2026-01-25).
""", "us-ascii", "7bit"),
         binleaf("application/tlsrpt+gzip", _tlsrpt_gz(),
                 "grandest.example.fr!assistance.example.fr!1769299200!1769385599.json.gz"),
     ], "----=_tlsrpt_" + "0c7d55e1", params="; report-type=tlsrpt"),
     label=L("automated", False, None, None, None, False, "en",
             "SMTP TLS report (RFC 8460, multipart/report tlsrpt, gzip JSON) from the Région's gateway: it reports an "
             "expired certificate on one of our MX, but it is machine-generated. Non-academic sender: no region."))

# h061 ---------------------------------------------------------------------
mail(("Franck Lemaire", "franck.lemaire@hautsdefrance.example.fr"),
     "Mails d'activation non reçus après migration du relais - adresse d'expédition ?",
     """Bonjour,

Suite à la migration du relais de messagerie des lycées du Valenciennois
(week-end du 24 janvier), trois gestionnaires nous signalent ne plus
recevoir aucun mail automatique de l'Espace Acheteur : ni activation de
compte, ni nouveau mot de passe. Les messages des autres expéditeurs
arrivent normalement. Aucun anti-spam tiers n'est en place sur ce relais,
seulement le filtrage natif.

Pour vérifier dans les journaux, pouvez-vous nous donner l'adresse
d'expédition exacte utilisée par ces messages (From et enveloppe) ?

Merci,
Franck Lemaire
DSI – Région Hauts-de-France
""",
     date="2026-01-27 09:26", client="outlook", cte="qp",
     label=L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
             "Région IT: no automatic Espace Acheteur mail reaches three gestionnaires since a relay migration; asks "
             "for the exact sender address, which the missing-mail answer gives. No UAI, Région domain: no region."))

# h062 ---------------------------------------------------------------------
mail(("Lycée Blaise Pascal - Direction", "ce.0684297B@ac-strasbourg.fr"),
     "Changement d'administrateur Espace Acheteur - par délégation",
     """Madame, Monsieur,

Par délégation de M. le Proviseur, actuellement en déplacement, je vous
demande de bien vouloir désigner Mme Estelle Wolff, nouvelle adjointe
gestionnaire, comme administratrice de la structure « Lycée Blaise
Pascal – Colmar » sur l'Espace Acheteur, et de retirer ce rôle à
M. Jérôme Klein, qui a quitté l'établissement le 16 janvier.

Le Proviseur confirmera à son retour si nécessaire.

Pour le Proviseur et par délégation,
Sabine Ehrhart
Proviseure adjointe
Lycée Blaise Pascal – Colmar
""",
     date="2026-01-27 10:50", client="zimbra",
     label=L("head_of_establishment_request", False, "0684297B", "grand-est", "espace_acheteur", True, "fr",
             "Written 'par délégation du proviseur' by the deputy head, from the ce.<UAI> address: a change of "
             "structure administrator, which only the head may ask. Queue it as a head-of-establishment request; "
             "staff decide whether the delegation is enough."))

# h063 ---------------------------------------------------------------------
mail(("Marion Didier", "marion.didier@ac-nancy-metz.fr"),
     "Compte en attente de validation",
     """Bonjour,

Je me suis inscrite avant-hier sur l'Espace Acheteur (adjointe
gestionnaire, collège Louis Armand de Golbey, 0884943V). J'ai bien reçu
le mail de confirmation, mais quand je me connecte on me dit que mon
compte est « en attente de validation ». Combien de temps faut-il
attendre ?

Merci,
Marion Didier
""",
     date="2026-01-27 13:33", client="zimbra",
     label=L("account_creation", True, "0884943V", "grand-est", "espace_acheteur", False, "fr",
             "Account waiting for the structure administrator's validation: the FAQ answer fits."))

# h064 ---------------------------------------------------------------------
mail(("Pascale Lebrun", "pascale.lebrun@ac-lille.fr"),
     "Horaires de l'assistance pendant les vacances d'hiver ?",
     """Bonjour,

À la DANE de Lille, nous préparons la communication aux établissements
avant les vacances d'hiver. Pouvez-vous nous confirmer si votre
assistance reste joignable pendant ces deux semaines (horaires, délai de
réponse, éventuelle permanence téléphonique) ?

Merci,
Pascale Lebrun
Cellule assistance – DANE de Lille
""",
     date="2026-01-27 15:02", client="tb",
     label=L("other", False, None, "hauts-de-france", None, False, "fr",
             "Asks for the desk's opening hours during the holidays: no category. Region from ac-lille.fr."))

# h065 ---------------------------------------------------------------------
mail(("Éric Vandenbussche", "eric.vandenbussche@ac-lille.fr"),
     "Accès BCD e-sidoc école Jules Ferry - mot de passe perdu",
     """Bonjour,

Je suis ERUN (enseignant référent pour les usages du numérique) sur la
circonscription de Dunkerque. La directrice de l'école élémentaire Jules
Ferry de Coudekerque-Branche (0598923D) m'a sollicité : personne à
l'école ne connaît plus le mot de passe du portail e-sidoc de la BCD,
l'ancien directeur étant parti en juin.

Pouvez-vous lui envoyer un lien de réinitialisation sur la boîte de
l'école ? Elle la consulte tous les jours.

Cordialement,
Éric Vandenbussche
ERUN – Circonscription de Dunkerque
""",
     date="2026-01-28 08:40", client="zimbra",
     label=L("password_reset", True, "0598923D", "hauts-de-france", "esidoc", False, "fr",
             "A circonscription's digital referent relays a primary school's lost e-sidoc password and asks for the "
             "link on the school's own mailbox: the safe reset path."))

# h066 ---------------------------------------------------------------------
mail(("Nadia Benyahia", "nadia.benyahia@ac-amiens.fr"),
     "Absente : [#SUP-020297] Votre commande D-2026-00412",
     """Bonjour,

Je suis absente du lundi 26 au vendredi 30 janvier inclus (stage
Chorus).
Pour toute question urgente relative à l'intendance, merci de contacter
Mme Leclercq au secrétariat.

Cordialement,
Nadia Benyahia
Gestionnaire
""",
     date="2026-01-28 09:12", client="outlook", cte="qp",
     irt="<SUP-020297.1769530200.aa71c3@assistance.example.fr>",
     label=L("automated", False, None, "hauts-de-france", None, True, "fr",
             "Out-of-office sent by a client-side Outlook rule: no Auto-Submitted, no Precedence; only the wording "
             "and the 'Absente :' subject show it is automatic. Region from ac-amiens.fr."))

# h067 ---------------------------------------------------------------------
mail(("DSI Collèges - Département de la Moselle", "dsi-colleges@moselle.example.fr"),
     "Collèges de Moselle sous Mailinblack : expéditeurs à autoriser",
     None, html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Bonjour,</p>
<p>Depuis le 19 janvier, les 110 collèges publics de la Moselle sont protégés par <b>MIB</b> (Mailinblack) sur leurs boîtes administratives (intendance, secrétariat, CDI).</p>
<p>Nous recevons beaucoup d'appels de gestionnaires et de documentalistes dont les messages de vos plateformes (activation de compte, réinitialisation de mot de passe) sont <b>bloqués dans l'espace « à valider »</b>.</p>
<p>Pouvez-vous nous transmettre :</p>
<ul>
<li>les adresses d'expédition à ajouter à la liste blanche globale du tenant ;</li>
<li>si possible, un guide que nous pourrions diffuser aux établissements.</li>
</ul>
<p>Merci d'avance,</p>
<p>--<br>
<b>Sébastien Weber</b><br>
Administrateur messagerie – DSI, pôle Collèges<br>
Département de la Moselle</p>
</body></html>
""", mode="html", html_cte="qp",
     date="2026-01-28 10:18", client="outlook_html",
     label=L("mailinblack_spam", True, None, None, None, False, "fr",
             "HTML-only: the département's IT says all Moselle collèges are under 'MIB (Mailinblack)' and asks for "
             "the senders to allow-list and a guide to pass on. Non-academic sender, no UAI: no region; both kinds "
             "of mail named, no single platform."))

# h068 ---------------------------------------------------------------------
_csv68 = """UAI;Etablissement;Commune;Nb licences
0025140B;Collège Jean Mermoz;Saint-Quentin;1
0026339E;Collège Jean Racine;Château-Thierry;1
0024232P;Collège Anne Frank;Soissons;1
0024940J;Collège Jean de la Fontaine;Château-Thierry;1
0024164R;Collège Condorcet;Laon;1
0022885A;Collège Paul Éluard;Chauny;1
0025789G;Collège Jean Macé;Villers-Cotterêts;1
0028802G;Collège Gabriel Hanotaux;Saint-Quentin;1
0024896L;Collège Frédéric Joliot-Curie;Hirson;1
0023383S;Collège Jules Ferry;Guise;1
0029202S;Collège Marie de Luxembourg;La Fère;1
0021039U;Collège Gérard Philipe;Tergnier;1
"""
mail(("Service Achats - Département de l'Aisne", "achats.colleges@aisne.example.fr"),
     "Demande de devis groupé - portail documentaire pour 12 collèges",
     """Bonjour,

Le Département de l'Aisne souhaite équiper douze collèges publics d'un
portail documentaire à compter de la rentrée 2026, dans le cadre d'un
achat groupé porté par le Département.

Vous trouverez en pièce jointe la liste des établissements (UAI, nom,
commune). Pourriez-vous nous adresser un devis global, avec le détail par
établissement, ainsi que les conditions de facturation (facture unique au
Département ou par collège) ?

Le devis nous est nécessaire pour la commission permanente du 16 mars.

Cordialement,
Hugo Tassin
Service des achats – Direction de l'Éducation
Département de l'Aisne
""",
     date="2026-01-28 11:45", client="outlook", cte="qp", bulk=True,
     attach=[("text/csv", "liste_colleges_aisne_portail_2026.csv", _csv68)],
     label=L("order_billing", False, None, "hauts-de-france", "esidoc", True, "fr",
             "Grouped quote request from the Aisne département for twelve collèges; the UAIs are only in the attached "
             "CSV. No single UAI; all twelve are in the Aisne, so the routing region is hauts-de-france although the "
             "sender is not an académie address."))

# h069 ---------------------------------------------------------------------
mail(("Ecole Notre-Dame de Lourdes", "ogec.nd-lourdes@wanadoo.example.fr"),
     "transferts bloqués",
     None, html="""<html><body style="font-family:Arial;font-size:10pt">
<div>Bonjour,</div><div><br></div>
<div>Depuis ce matin les transferts ne partent plus. Dans le gestionnaire des tâches il y a cinq fois &laquo;&nbsp;Outils.exe&nbsp;&raquo; qui tournent et Charlemagne dit qu'un transfert est déjà en cours. J'ai redémarré le poste, c'est pareil.</div>
<div><br></div>
<div>Les parents ne voient pas les absences d'hier sur EcoleDirecte.</div>
<div><br></div>
<div>Merci de nous rappeler si possible au 03 29 82 14 60.</div>
<div><br></div>
<div>Françoise Thomas<br>Secrétaire – Ecole Notre-Dame de Lourdes, Remiremont</div>
</body></html>
""", mode="html", html_cte="qp",
     date="2026-01-29 08:22", client="outlook_html", relay="smtp.wanadoo.example.fr",
     label=L("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
             "HTML-only: several Outils.exe processes stuck, transfers no longer leave. No UAI, non-academic "
             "sender: no region."))

# h070 ---------------------------------------------------------------------
mail(("Coralie Jacquemin", "coralie.jacquemin@ac-reims.fr"),
     "je ne connais pas le mot de passe",
     """Bonjour,

Je remplace la professeure documentaliste du collège depuis lundi (congé
maternité) et on m'a demandé de mettre à jour le portail du CDI. Le
problème, c'est que je ne connais pas le mot de passe, et personne ici
ne le connaît non plus. L'identifiant serait le numéro de
l'établissement, mais je ne l'ai pas sous la main.

Comment faire ?

Coralie Jacquemin
Collège Pierre Brossolette, Reims
""",
     date="2026-01-29 10:05", client="zimbra",
     label=L("password_reset", True, None, "grand-est", "esidoc", False, "fr",
             "'Je ne connais pas le mot de passe': replacement librarian; no UAI given, region from ac-reims.fr. The "
             "reset answer (official address or head's written request) applies."))

# h071 ---------------------------------------------------------------------
mail(("Mailinblack", "newsletter@news.mailinblack.example"),
     "📢 Webinaire 12 février : sécuriser les messageries des établissements scolaires",
     None, html="""<html><body style="margin:0;background:#f4f4f4">
<table width="600" align="center" style="background:#fff;font-family:Arial">
<tr><td style="padding:20px"><img src="https://news.mailinblack.example/img/logo.png" alt="Mailinblack" width="160"></td></tr>
<tr><td style="padding:0 20px"><h2>Collectivités, établissements scolaires : protégez vos messageries</h2>
<p>Rejoignez-nous le <b>jeudi 12 février à 11h</b> pour un webinaire de 45 minutes : phishing, usurpation d'identité, et comment gérer les expéditeurs légitimes (plateformes, éditeurs, services de l'État) dans votre liste blanche.</p>
<p><a href="https://news.mailinblack.example/t/c/webinaire-education-2026">Je m'inscris</a></p></td></tr>
<tr><td style="padding:20px;font-size:10px;color:#888">Vous recevez cet e-mail car vous êtes inscrit à nos communications.
<a href="https://news.mailinblack.example/t/u/unsub">Se désinscrire</a></td></tr>
</table></body></html>
""", mode="html", html_cte="qp",
     date="2026-01-29 10:30", client="generic", submission=False, relay="mta12.news.mailinblack.example",
     return_path="bounce-7731-support=assistance.example.fr@news.mailinblack.example",
     extra=["List-Id: <newsletter.news.mailinblack.example>",
            "List-Unsubscribe: <https://news.mailinblack.example/t/u/unsub>, <mailto:unsubscribe@news.mailinblack.example>",
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk",
            "Feedback-ID: 7731:newsletter:mailinblack"],
     label=L("automated", False, None, None, None, True, "fr",
             "Marketing newsletter from the anti-spam vendor itself (List-Id, List-Unsubscribe, Precedence: bulk). "
             "It names Mailinblack and talks about allow-lists, but it is a bulk mailing: automated, not "
             "mailinblack_spam."))

# h072 ---------------------------------------------------------------------
mail(("Véronique Garnier", "veronique.garnier@ac-reims.fr"),
     "Abonnement commandé le 12 janvier toujours inactif",
     """Bonjour,

Nous avons commandé le 12 janvier l'abonnement « Le Monde des ados +
archives » pour le CDI (commande validée le jour même par la
gestionnaire). Plus de deux semaines plus tard, la ressource n'apparaît
toujours pas dans le portail et le lien renvoie « accès non autorisé ».

J'ai déjà patienté en pensant à un délai d'activation, mais là cela me
paraît long. Pourriez-vous vérifier la commande ?

Merci,
Véronique Garnier
Professeure documentaliste – Collège Camille Saint-Saëns, Langres
UAI 0527574A
""",
     date="2026-01-29 13:15", client="zimbra",
     label=L("subscription_activation", False, "0527574A", "grand-est", "esidoc", False, "fr",
             "Ordered 17 days ago, still not active: well past the 72-hour rule, a person must check the order."))

# h073 ---------------------------------------------------------------------
mail(("Thierry Dufour", "thierry.dufour@ac-amiens.fr"),
     "Je ne reçois pas les demandes de validation de comptes",
     """Bonjour,

Je suis administrateur de la structure « Lycée de la Hotoie – Amiens »
(0808749A) sur l'Espace Acheteur. Deux collègues se sont inscrites la
semaine dernière et attendent que je valide leur compte, mais je n'ai
reçu aucune notification. Je vois bien les deux comptes en attente quand
je vais voir dans l'administration.

Les notifications sont-elles bien envoyées ? Je n'ai rien dans les
indésirables.

Thierry Dufour
Gestionnaire
""",
     date="2026-01-29 16:20", client="owa",
     label=L("missing_noreply_mail", True, "0808749A", "hauts-de-france", "espace_acheteur", False, "fr",
             "The structure administrator never gets the 'account to validate' notifications; junk checked, no "
             "product named."))

# h074 ---------------------------------------------------------------------
mail(("DPO Région Grand Est", "dpo@grandest.example.fr"),
     "RGPD - liste des sous-traitants ultérieurs et localisation des données",
     """Bonjour,

Dans le cadre de la mise à jour du registre des traitements de la Région
pour les lycées (portails documentaires et plateforme d'achat), je vous
remercie de bien vouloir me communiquer :

  - la liste à jour de vos sous-traitants ultérieurs (hébergement,
    routage des courriels, support) ;
  - la localisation des données (hébergement en UE ?) ;
  - votre dernière analyse d'impact si elle existe ;
  - le contact de votre délégué à la protection des données.

Une réponse d'ici au 20 février serait appréciée.

Bien cordialement,
Le délégué à la protection des données
Région Grand Est
""",
     date="2026-01-30 09:45", client="outlook", cte="qp",
     label=L("other", False, None, None, None, False, "fr",
             "GDPR questionnaire from the Région's DPO (sub-processors, data location): other, for a person. "
             "No UAI, Région domain."))

# h075 ---------------------------------------------------------------------
mail(("Jérémy Collard", "jeremy.collard@grandest.example.fr"),
     "CCTP du marché 2025-072 : 403 Forbidden depuis le réseau du lycée",
     """Bonjour,

Technicien de proximité de la Région au lycée François Bazin de
Charleville-Mézières (0089192Y).

La gestionnaire ne parvient pas à ouvrir les pièces du marché 2025-072
(fournitures de CDI) dans l'Espace Acheteur : le CCTP et l'acte
d'engagement renvoient une page « 403 Forbidden ». Les autres pages de la
plateforme s'affichent normalement, et les autres marchés aussi.

J'ai fait le test depuis mon téléphone en 4G avec son compte : même
erreur. Donc ce n'est a priori pas notre proxy. Est-ce que les documents
de ce marché sont bien en ligne, et accessibles à son profil ?

Cordialement,
Jérémy Collard
Support de proximité – Lycées des Ardennes
Région Grand Est
""",
     date="2026-01-30 11:02", client="outlook", cte="qp",
     label=L("contract_documents", False, "0089192Y", "grand-est", "espace_acheteur", True, "fr",
             "Market documents return 403 Forbidden; the technician ruled out the school proxy (same on 4G). "
             "Cannot see market documents: contract_documents, not a network question. Région sender; region "
             "from the UAI."))

# h076 ---------------------------------------------------------------------
mail(("Sarah Lindqvist", "sarah.lindqvist@ac-strasbourg.fr"),
     "Reset emails stuck in Mailinblack",
     """Hello,

I'm the English-section teacher who also runs the library at Collège
Molière in Colmar (0688925G) while our librarian is on leave.

I requested a new password for the library portal three times today and
each time the email ended up in "Mailinblack Protect - messages to
validate". By the time I released it, the link had expired. Is there a
way to whitelist you permanently so this doesn't happen again?

Thanks,
Sarah Lindqvist
""",
     date="2026-01-30 13:40", client="tb_en",
     label=L("mailinblack_spam", True, "0688925G", "grand-est", "esidoc", False, "en",
             "English; reset mails held by Mailinblack Protect until the link expired; asks how to allow-list us."))

# h077 ---------------------------------------------------------------------
mail(("Olivia Grant", "ogrant@kestrel-networks.example.com"),
     "Technical account to manage several schools' portals",
     """Hello again,

Following our exchange about Mailinblack: several of the twelve schools
we support would like us to handle the technical side of their library
portals (user imports at the start of term, SSO settings), while their
librarians keep editorial control.

Is it possible to create a single technical account for Kestrel Networks
with administrator rights on several schools' portals? If not, what is
the recommended way for a contractor to get access - one account per
school, created by each school's administrator?

Kind regards,
Olivia Grant
Kestrel Networks
""",
     date="2026-01-30 15:11", client="tb_en",
     label=L("account_creation", False, None, None, "esidoc", True, "en",
             "English provider wants one technical account with admin rights over several schools' portals: an "
             "account/rights question with a security side, so a person answers. No UAI, provider domain."))

# h078 ---------------------------------------------------------------------
mail(("Kevin Dubois", "kevin.dubois@ac-amiens.fr"),
     "Mot de passe expiré sur le portail de tickets",
     """Bonjour,

En voulant suivre les demandes que j'ai ouvertes pour les collèges de
l'Oise, le portail de tickets m'indique que mon mot de passe a expiré et
me demande l'ancien... que je n'ai évidemment plus (gestionnaire de mots
de passe réinitialisé entre-temps).

Pouvez-vous me renvoyer un lien pour en définir un nouveau ?

Merci,
Kevin Dubois
Assistance de proximité – DSDEN de l'Oise
""",
     date="2026-02-02 08:34", client="zimbra",
     label=L("password_reset", True, None, "hauts-de-france", "ticket_portal", False, "fr",
             "Expired password on the ticket portal, old one lost; asks for a new link. Region from ac-amiens.fr."))

# h079 ---------------------------------------------------------------------
mail(("Plateforme d'assistance - Rectorat d'Amiens", "assistance@ac-amiens.fr"),
     "[AMIENS-ASSIST #2026-004417] Accusé de réception de votre demande", None,
     date="2026-02-02 09:01", client="server", submission=False, relay="glpi.ac-amiens.fr",
     extra=["Auto-Submitted: auto-replied", "X-Loop: assistance@ac-amiens.fr",
            "X-Auto-Response-Suppress: All", "Precedence: bulk"],
     irt="<SUP-020338.1770017700.41e0d9@assistance.example.fr>",
     custom=leaf("text/plain", """Bonjour,

Votre message a bien été reçu par la plateforme d'assistance du rectorat
d'Amiens. Il a été enregistré sous la référence 2026-004417.

Objet : [#SUP-020338] Demande d'information sur la configuration de la
passerelle

Un technicien prendra en charge votre demande dans les meilleurs délais.
Vous pouvez suivre son avancement sur https://assistance.ac-amiens.fr.

Merci de ne pas répondre à ce message automatique.

La plateforme d'assistance
""", "utf-8", "qp"),
     label=L("automated", False, None, "hauts-de-france", None, False, "fr",
             "Another help desk's acknowledgement of a message we sent (Auto-Submitted: auto-replied, X-Loop): "
             "answering it would start a loop. Region from ac-amiens.fr."))

# h080 ---------------------------------------------------------------------
mail(("Olivier Thomas", "olivier.thomas@ac-nancy-metz.fr"),
     "Erreur de certificat sur le portail e-sidoc du collège",
     """Bonjour,

Depuis ce matin, les postes du CDI du collège Jacques Callot de
Vandœuvre affichent une erreur de certificat en ouvrant le portail :

   https://0548083t.esidoc.example.fr
   NET::ERR_CERT_DATE_INVALID
   Le certificat du serveur a expiré le 1 févr. 2026

Même résultat en dehors du réseau académique (testé en partage de
connexion), donc ce n'est pas notre proxy ni l'inspection TLS. Les élèves
ne peuvent plus faire de recherches documentaires.

Pouvez-vous renouveler le certificat ?

Olivier Thomas
Technicien informatique – assistance de proximité EPLE
""",
     date="2026-02-02 09:28", client="zimbra",
     label=L("other", False, "0548083T", "grand-est", "esidoc", True, "fr",
             "Expired TLS certificate on the school's portal host, reported by a technician: a service incident with "
             "no category of its own. The UAI appears only in lower case inside the portal host name."))

# h081 ---------------------------------------------------------------------
mail(("Pôle Messagerie - Département du Pas-de-Calais", "messagerie@pasdecalais.example.fr"),
     "Vos messages automatiques bloqués par Vade (score phishing)",
     """Bonjour,

Notre passerelle Vade Secure (filtrage des messageries des collèges du
Pas-de-Calais) place en quarantaine depuis le 29 janvier les messages de
no-reply@espace-acheteur.example.fr, avec la classification « Phishing –
lien suspect ». Il s'agit visiblement des mails de réinitialisation de mot
de passe : l'analyse de réputation des URL semble déclencher sur votre
nouveau domaine de suivi des clics.

Nous pouvons libérer les messages au cas par cas, mais nous préférerions
que vous nous indiquiez :
  - si vous avez changé de domaine pour les liens (tracking) ;
  - quelles URL et quels expéditeurs nous pouvons autoriser sans risque.

Nous ne sommes pas sous Mailinblack, inutile de nous envoyer ce guide.

Cordialement,
Lionel Lecocq
Pôle Messagerie – DSI
Département du Pas-de-Calais
""",
     date="2026-02-02 14:37", client="outlook", cte="qp",
     label=L("missing_noreply_mail", False, None, None, "espace_acheteur", True, "fr",
             "Our automatic mails are quarantined by another product (Vade), and the sender says explicitly it is "
             "not Mailinblack: not mailinblack_spam. Closest is missing_noreply_mail, but an anti-spam product is "
             "named and the question is about our link domain: no template fits, a person answers. "
             "Département sender, no UAI: no region."))

# h082 ---------------------------------------------------------------------
mail(("Principale Collège Montaigne", "ce.0549207P@ac-nancy-metz.fr"),
     "Réinitialisation du mot de passe administrateur du portail CDI",
     """Madame, Monsieur,

Notre professeure documentaliste est en congé de maladie pour une durée
indéterminée et personne dans l'établissement ne dispose du mot de passe
d'administration du portail e-sidoc. Un collègue contractuel doit
prendre le relais la semaine prochaine.

En tant que cheffe d'établissement, je vous demande de bien vouloir
réinitialiser ce mot de passe et d'adresser le lien à l'adresse
officielle du collège (la présente adresse).

Avec mes remerciements,

Isabelle Mathieu
Principale
Collège Montaigne – Nancy
""",
     date="2026-02-03 08:15", client="zimbra",
     label=L("head_of_establishment_request", False, "0549207P", "grand-est", "esidoc", True, "fr",
             "The principal herself asks in writing, from the ce.<UAI> address, for the admin password reset: a "
             "head-of-establishment request, not password_reset."))

# h083 ---------------------------------------------------------------------
mail(("Sébastien Grimm", "sebastien.grimm@ac-strasbourg.fr"),
     "Re: migration Zimbra jeudi",
     """Salut Seb,

OK pour jeudi 14h, je passe au lycée avec les scripts. Prévois un accès
admin sur le vieux serveur, et si possible un café.

Pour la bascule des alias ce.*, on fait ça après 18h pour ne pas couper
le secrétariat.

À jeudi,
Seb G.
""",
     date="2026-02-03 09:50", client="tb",
     to=[("Assistance", "support@assistance.example.fr")],
     irt="<a51c2e37-6b0a-4d1c-9f0e-2f1c66b0a0f3@ac-strasbourg.fr>",
     label=L("other", False, None, "grand-est", None, False, "fr",
             "Message between two académie technicians sent to the desk by address autocomplete; nothing for us. "
             "Region from ac-strasbourg.fr."))

# h084 ---------------------------------------------------------------------
mail(("Ophélie Vasseur", "ophelie.vasseur@ac-amiens.fr"),
     "Bon d'engagement refusé à la validation de la commande",
     """Bonjour,

Au moment de valider notre commande sur l'Espace Acheteur, le
téléversement du bon d'engagement échoue avec le message « Format de
fichier non accepté ». C'est pourtant un PDF, exporté depuis Op@le. Je
l'ai refait deux fois.

Est-ce qu'il faut un format particulier (PDF/A ?) ou une taille maximale ?
La commande doit partir cette semaine.

Merci,
Ophélie Vasseur
Gestionnaire – Collège Jules Verne, Nogent-sur-Oise
0609892B
""",
     date="2026-02-03 11:23", client="zimbra",
     attach=[("application/pdf", "BE_2026-0027.pdf", fake_pdf("Bon d'engagement 2026-0027"))],
     label=L("order_billing", False, "0609892B", "hauts-de-france", "espace_acheteur", False, "fr",
             "Bon d'engagement upload refused at order validation; PDF attached."))

# h085 ---------------------------------------------------------------------
mail(("Anthony Becker", "a.becker@ec-metz.example.fr"),
     "Fwd: [Ticket #88214] Charlemagne : licence expirée au démarrage",
     """Bonjour,

Je vous transfère un ticket d'une école que nous suivons (Ecole
Saint-Joseph, Thionville, 0578777F). Le message « Licence expirée » est
apparu lundi au lancement de Charlemagne ; depuis, plus aucun transfert.
Pouvez-vous régénérer la licence ? Je suis sur place jeudi si une
manipulation est nécessaire.

Anthony Becker
Service informatique – Enseignement catholique de Moselle

---------- Forwarded message ---------
De : Ecole Saint-Joseph <direction.stjoseph-thionville@ec-metz.example.fr>
Date : lun. 2 févr. 2026 à 08:47
Objet : [Ticket #88214] Charlemagne : licence expirée au démarrage
À : <support-informatique@ec-metz.example.fr>

Bonjour, ce matin Charlemagne affiche "Licence expirée" et on ne peut
plus rien transférer vers EcoleDirecte. Pouvez-vous voir ? Merci.

Mme Hoffmann, directrice
""",
     date="2026-02-03 14:02", client="gmail", relay="mail-ej1-f{n}.google.com",
     label=L("transfer_incident", False, "0578777F", "grand-est", "ecoledirecte", False, "fr",
             "A diocesan IT technician forwards (Gmail 'Forwarded message') a school's ticket: licence expired, "
             "transfers stopped, licence to regenerate. The school head wrote the inner mail but asks nothing "
             "a head must authorise."))

# h086 ---------------------------------------------------------------------
mail(("Aline Fontaine", "aline.fontaine@ac-amiens.fr"),
     "Re: [#SUP-020301] Mailinblack - procédure de liste blanche",
     """Bonjour,

J'ai suivi la procédure (ajout de no-reply@espace-acheteur.example.fr
dans « Mes expéditeurs autorisés ») lundi, mais le mail de nouveau mot de
passe que j'ai demandé ce matin est encore arrivé dans les messages à
valider de Mailinblack. Je ne sais plus quoi faire.

Aline Fontaine
Collège Condorcet – Méru (0607203D)

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "aline fontaine" <aline.fontaine@ac-amiens.fr>
Envoyé: Vendredi 30 Janvier 2026 10:12:44
Objet: [#SUP-020301] Mailinblack - procédure de liste blanche

Bonjour,

Pour ne plus bloquer nos messages, ajoutez nos adresses d'expédition
dans la liste des expéditeurs autorisés de Mailinblack (guide joint).

Cordialement,
L'équipe d'assistance
""",
     date="2026-02-04 09:17", client="zimbra",
     irt="<SUP-020301.1769764364.2b91e4@assistance.example.fr>",
     label=L("mailinblack_spam", False, "0607203D", "hauts-de-france", "espace_acheteur", False, "fr",
             "Reply on the Mailinblack ticket (Zimbra 'Mail original' quote): she followed the guide and mails are "
             "still held. The template was already sent: a person must follow up or route to the region."))

# h087 ---------------------------------------------------------------------
mail(("Morgane Klein", "morgane.klein@ac-nancy-metz.fr"),
     "Mdp esidoc",
     """Bonjour, j'ai oublié le mot de passe admin d'esidoc, UAI 0549566E. Pouvez-vous m'envoyer le lien ? Merci !
Morgane, doc au collège Guynemer

Obtenir Outlook pour Android""",
     date="2026-02-04 12:51", client="android",
     label=L("password_reset", True, "0549566E", "grand-est", "esidoc", False, "fr",
             "Short forgotten-password request from Outlook for Android (base64 text and HTML)."))

# h088 ---------------------------------------------------------------------
mail(("Espace Acheteur", "no-reply@espace-acheteur.example.fr"),
     "[Espace Acheteur] Nouveau compte en attente de validation - structure sans administrateur", None,
     date="2026-02-04 15:06", client="server", submission=False, relay="relay-out1.assistance.example.fr",
     extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
            "X-EA-Notification: account-pending"],
     custom=multipart("alternative", [
         leaf("text/plain", """Bonjour,

Un nouveau compte a été créé et attend une validation. La structure
concernée n'a pas d'administrateur actif ; cette notification est donc
adressée à l'assistance.

Structure : Collège Victor Hugo – Sedan
Utilisateur : Bastien Hubert (bastien.hubert@ac-reims.fr)
Profil demandé : Acheteur
Date de la demande : 04/02/2026 15:05

Valider ou refuser : https://espace-acheteur.example.fr/admin/comptes/en-attente

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", "utf-8", "qp"),
         leaf("text/html", """<html><body><p>Bonjour,</p>
<p>Un nouveau compte a été créé et attend une validation. La structure concernée n'a pas d'administrateur actif ; cette notification est donc adressée à l'assistance.</p>
<table><tr><td>Structure</td><td>Collège Victor Hugo – Sedan</td></tr>
<tr><td>Utilisateur</td><td>Bastien Hubert (bastien.hubert@ac-reims.fr)</td></tr>
<tr><td>Profil demandé</td><td>Acheteur</td></tr></table>
<p><a href="https://espace-acheteur.example.fr/admin/comptes/en-attente">Valider ou refuser</a></p>
<p><i>Ce message est envoyé automatiquement, merci de ne pas y répondre.</i></p></body></html>
""", "utf-8", "qp")], "=_ea_notif_" + "d1e07a"),
     label=L("automated", False, None, None, "espace_acheteur", False, "fr",
             "Our own no-reply notification to the desk: an account awaits validation for a structure without an "
             "administrator (Auto-Submitted: auto-generated). The ac-reims.fr address is the user's, inside the "
             "body, not the sender: no region."))

# h089 ---------------------------------------------------------------------
mail(("Hannah Price", "hannah.price@ac-strasbourg.fr"),
     "Universalis renewed but still shown as expired",
     """Hi,

We renewed our Universalis subscription on Monday (order confirmed the
same day) but the portal still lists it as "expired" and pupils get the
"subscription ended" page. School is Collège Lezay-Marnésia, Strasbourg,
UAI 0672059Z.

Is there anything we need to do on our side, or does it just take a few
days?

Best wishes,
Hannah Price
Assistant librarian
""",
     date="2026-02-05 10:10", client="tb_en",
     label=L("subscription_activation", True, "0672059Z", "grand-est", "esidoc", False, "en",
             "English; renewal ordered three days ago still shown as expired: within the activation window."))

# h090 ---------------------------------------------------------------------
mail(("Léa Caron", "lea.caron@ac-amiens.fr"),
     "Deuxième compte administrateur pour le CDI",
     None, html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial;font-size:11pt">
<p>Bonjour,</p>
<p>Nous sommes deux professeures documentalistes au lycée Jean-Baptiste Delambre d'Amiens (0805275Z) depuis la rentrée de janvier, avec un temps partagé.</p>
<p>Est-il possible d'avoir <u>chacune</u> un compte administrateur sur le portail, plutôt que de partager le même identifiant ? Si oui, que faut-il faire ?</p>
<p>Bien cordialement,<br>Léa Caron</p>
</div></body></html>
""", mode="html", html_cte="b64",
     date="2026-02-05 11:48", client="outlook_html",
     label=L("account_creation", False, "0805275Z", "hauts-de-france", "esidoc", False, "fr",
             "HTML-only (base64): asks whether each of the two librarians can have an administrator account; a "
             "person answers."))

# h091 ---------------------------------------------------------------------
mail(("Megan O'Connor", "megan.oconnor@ac-lille.fr"),
     "Activation email never arrived",
     """Hello,

I signed up for an account on the school library portal on Tuesday (I'm
the new language assistant helping in the library at Lycée Faidherbe).
The page said an activation email had been sent, but nothing has come
through - I've checked junk and "other" folders in the académie webmail.

Could you resend it, or activate the account for me?

Thank you!
Megan O'Connor
""",
     date="2026-02-05 14:22", client="tb_en",
     label=L("missing_noreply_mail", True, None, "hauts-de-france", "esidoc", False, "en",
             "English; the activation mail never arrived, junk checked, no anti-spam product named. No UAI; region "
             "from ac-lille.fr."))

# h092 ---------------------------------------------------------------------
mail(("Nicolas Ott", "nicolas.ott@ac-strasbourg.fr"),
     "Réinitialisation mot de passe portail CDI",
     """Bonjour,

Je suis le nouveau professeur documentaliste du collège Erckmann-Chatrian
de Phalsbourg... pardon, de Saverne, j'ai deux postes en janvier et je
mélange. Je n'ai pas le mot de passe d'administration du portail e-sidoc
et mon prédécesseur ne répond pas.

RNE : 0679148F

Pouvez-vous me dire comment obtenir un nouveau mot de passe ?

Bien cordialement,
Nicolas Ott
""",
     date="2026-02-06 08:51", client="tb", bad=["0679148F"],
     label=L("password_reset", True, None, "grand-est", "esidoc", True, "fr",
             "RNE typed as 0679148F: wrong check letter (the digits give 0679148E), so no UAI; report it as a "
             "probable typo. Region from the ac-strasbourg.fr sender. Otherwise a plain 'je n'ai pas le mot de passe' "
             "case, which the reset answer covers (official address or head's written request)."))

# h093 ---------------------------------------------------------------------
mail(("Zabbix Kestrel", "zabbix@mon.kestrel-networks.example.com"),
     "PROBLEM: SMTP relay queue length > 500 on relay-alsace-02",
     """Problem started at 03:14:07 on 2026.02.06
Problem name: SMTP relay queue length > 500 on relay-alsace-02
Host: relay-alsace-02
Severity: High
Operational data: 812
Original problem ID: 44871921

Deferred destinations (top 3):
  assistance.example.fr    412
  ac-strasbourg.fr          96
  gmail.com                 41

--
Zabbix 7.0 - Kestrel Networks monitoring
This notification was generated automatically.
""",
     date="2026-02-06 03:14", client="server", submission=False, relay="mon.kestrel-networks.example.com",
     extra=["Auto-Submitted: auto-generated", "X-Zabbix-Event: 44871921", "Precedence: bulk"],
     label=L("automated", False, None, None, None, False, "en",
             "English monitoring alert (Zabbix, Auto-Submitted: auto-generated) that a provider's system sent to our "
             "address by misconfiguration. It mentions our domain, but nobody wrote it."))

# h094 ---------------------------------------------------------------------
mail(("Proviseur - Lycée Charlemagne", "ce.0571209E@ac-nancy-metz.fr"),
     "Fermeture de l'accès de l'ancienne gestionnaire - Espace Acheteur",
     """Madame, Monsieur,

Mme Corinne Muller, gestionnaire du lycée, a été mutée au 1er février.
Je vous demande de bien vouloir désactiver son compte sur l'Espace
Acheteur et de transférer le rôle d'administrateur de la structure à
M. Julien Schneider, qui lui succède (julien.schneider@ac-nancy-metz.fr).

Lycée Charlemagne – Thionville
RNE 0571209F

Le Proviseur,
Patrick Gérard
""",
     date="2026-02-06 10:12", client="zimbra", bad=["0571209F"],
     label=L("head_of_establishment_request", False, "0571209E", "grand-est", "espace_acheteur", True, "fr",
             "The body gives 0571209F (wrong check letter) but the sender address ce.0571209E@ac-nancy-metz.fr "
             "carries the valid UAI, which is the label. The proviseur closes a departed gestionnaire's access and "
             "names a new structure administrator."))

# h095 ---------------------------------------------------------------------
mail(("Support Lycées Région Grand Est", "support.lycees@grandest.example.fr"),
     "TR: Rapport quotidien Mailinblack - Lycée Marie Curie Strasbourg",
     """Bonjour,

Le lycée Marie Curie de Strasbourg (0671646A) nous transmet chaque matin
ce rapport, où vos messages apparaissent systématiquement. La gestionnaire
clique sur « Autoriser » mais cela ne semble pas tenir d'un jour à
l'autre. Pouvez-vous nous donner la liste des expéditeurs à autoriser
durablement ?

Support informatique des lycées – Niveau 2
Région Grand Est

________________________________
De : Mailinblack <rapport@protect.mailinblack.example>
Envoyé : vendredi 6 février 2026 07:00
À : Gestion Lycée Marie Curie <gestion.0671646a@lycee-curie-strasbourg.example.fr>
Objet : Vos messages en attente de validation

Bonjour,

4 messages sont en attente dans votre espace « À valider » :

  no-reply@espace-acheteur.example.fr - Nouveau mot de passe - 05/02/2026 17:31   [Autoriser] [Bloquer]
  no-reply@espace-acheteur.example.fr - Commande validée - 05/02/2026 17:44   [Autoriser] [Bloquer]
  no-reply@esidoc.example.fr - Alerte fin d'abonnement - 05/02/2026 22:00   [Autoriser] [Bloquer]
  info@salon-education.example.com - Invitation - 05/02/2026 23:12   [Autoriser] [Bloquer]

Ce message est généré automatiquement, merci de ne pas y répondre.
""",
     date="2026-02-06 10:40", client="outlook", cte="b64",
     label=L("mailinblack_spam", True, "0671646A", "grand-est", None, False, "fr",
             "The Région's support forwards a lycée's daily Mailinblack digest: the forwarded part is machine text, the "
             "outer message is a person's question (which senders to allow durably). Both of our products appear "
             "in the digest: no single platform. Region from the UAI (also in lower case in the digest address)."))

# h096 ---------------------------------------------------------------------
mail(("Romain Delcourt", "romain.delcourt@ac-lille.fr"),
     "Re: [#SUP-020309] Ressource Europresse visible par les profs mais pas par les élèves",
     """Bien reçu, merci.

Envoyé de mon iPhone

> Le 5 févr. 2026 à 17:02, Assistance <support@assistance.example.fr> a écrit :
>
> Bonjour,
> La publication pour le profil élève se fait dans Administration >
> Ressources > Visibilité. Cordialement, l'équipe d'assistance
""",
     date="2026-02-06 12:05", client="apple",
     irt="<SUP-020309.1770307320.8c6a15@assistance.example.fr>",
     label=L("other", False, None, "hauts-de-france", "esidoc", False, "fr",
             "'Bien reçu, merci' from an iPhone, quoting our answer: nothing asked. Region from ac-lille.fr."))

# h097 ---------------------------------------------------------------------
mail(("Mathilde Caron", "mathilde.caron@ac-lille.fr"),
     "Fwd: Relance - facture F-2025-12-1044 impayée",
     """Bonjour,

Je reçois cette relance alors que la facture a été payée par mandat
administratif le 20 janvier (mandat n° 2026-000187, visible sur Chorus
Pro). Pouvez-vous vérifier et faire annuler la relance ?

Mathilde Caron
Gestionnaire – Collège Roger Salengro, Bruay-la-Buissière
UAI : 062 2921 N


-------- Message transféré --------
Sujet : 	Relance - facture F-2025-12-1044 impayée
Date : 	Mon, 09 Feb 2026 06:00:12 +0100
De : 	Service comptabilité <comptabilite@assistance.example.fr>
Pour : 	mathilde.caron@ac-lille.fr

Madame, Monsieur,

Sauf erreur de notre part, la facture F-2025-12-1044 d'un montant de
642,00 € TTC reste impayée à ce jour. Merci de procéder à son règlement
sous 15 jours.
""",
     date="2026-02-09 09:33", client="tb",
     label=L("order_billing", False, "0622921N", "hauts-de-france", None, True, "fr",
             "Thunderbird forward ('Message transféré') of a payment reminder for an invoice already paid by mandat "
             "administratif. The UAI is written with spaces ('062 2921 N'); the label is the compact code. "
             "No product named."))

# h098 ---------------------------------------------------------------------
mail(("Élise Roussel", "elise.roussel@ac-reims.fr"),
     "Cafeyn pas encore visible + facture à corriger",
     """Bonjour,

Deux questions pour le lycée Clemenceau de Reims (0512299X) :

- nous avons commandé Cafeyn hier après-midi, la ressource n'apparaît
  pas encore sur le portail : est-ce normal ?
- la facture de l'abonnement Europresse de décembre porte l'adresse de
  l'ancien lycée (avant la fusion) ; l'agent comptable ne peut pas la
  mandater. Pouvez-vous la rééditer avec la bonne adresse ?

Merci,
Élise Roussel, professeure documentaliste
""",
     date="2026-02-09 10:20", client="zimbra",
     label=L("subscription_activation", False, "0512299X", "grand-est", "esidoc", True, "fr",
             "Two topics: subscription ordered yesterday not yet visible (first) and an invoice to reissue "
             "(order_billing). The 72-hour answer would cover only half."))

# h099 ---------------------------------------------------------------------
mail(("Stéphanie Leroux", "stephanie.leroux@ac-lille.fr"),
     "Collège ouvert en septembre : UAI absent de la liste",
     """Bonjour,

Je suis gestionnaire du nouveau collège de Lomme (ouverture en septembre
2025, UAI 0596431V). En voulant créer le compte de l'établissement pour
le portail documentaire, notre UAI n'apparaît pas dans la liste
déroulante, et je ne peux pas aller plus loin.

Comment pouvons-nous ouvrir le compte ?

Cordialement,
Stéphanie Leroux
""",
     date="2026-02-09 14:45", client="zimbra",
     label=L("account_creation", False, "0596431V", "hauts-de-france", "esidoc", False, "fr",
             "New collège's UAI missing from the list when opening the customer account: a person (sales) must act."))

# h100 ---------------------------------------------------------------------
mail(("Gestion Lycée Jean Calvin", "gestion.lyc-calvin@ac-amiens.fr"),
     "Identifiant Espace Acheteur oublié",
     None, html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Bonjour,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Je n’arrive plus à retrouver mon <b>identifiant</b> pour me connecter à l’Espace Acheteur (et donc pas non plus mon mot de passe…). Pouvez-vous m’aider&nbsp;?</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Lycée Jean Calvin – Noyon – 0602177R</p>
<p class="MsoNormal">Service gestion</p>
</div></body></html>
""", mode="html", html_cte="qp",
     date="2026-02-10 08:12", client="outlook_html",
     label=L("password_reset", True, "0602177R", "hauts-de-france", "espace_acheteur", False, "fr",
             "HTML-only Outlook (quoted-printable): forgotten Espace Acheteur login and password."))

# h101 ---------------------------------------------------------------------
mail(("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
     "Delivery Status Notification (Failure)", None,
     date="2026-02-10 09:31", client="server", submission=False, return_path="",
     relay="mail-sor-f69.google.com", auth="none",
     extra=["Auto-Submitted: auto-replied"],
     custom=multipart("report", [
         multipart("related", [leaf("text/html", """<html><body>
<h2>Address not found</h2>
<p>Your message wasn't delivered to <b>cdi.clg-verlaine.doc@gmail.com</b> because the address couldn't be found, or is unable to receive mail.</p>
<p>The response from the remote server was:</p>
<p>550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.</p>
</body></html>
""", "utf-8", "qp")], "0000000000005b1d0a064a7b1c20"),
         rawleaf("message/delivery-status", """Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 10 Feb 2026 00:31:02 -0800 (PST)
X-Original-Message-ID: <SUP-020366.1770712260.7d4e02@assistance.example.fr>

Final-Recipient: rfc822; cdi.clg-verlaine.doc@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (192.0.2.27, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Tue, 10 Feb 2026 00:31:03 -0800 (PST)
"""),
         rawleaf("text/rfc822-headers", """From: Assistance <support@assistance.example.fr>
To: cdi.clg-verlaine.doc@gmail.com
Subject: [#SUP-020366] Votre demande de mot de passe
Date: Tue, 10 Feb 2026 09:31:00 +0100
Message-ID: <SUP-020366.1770712260.7d4e02@assistance.example.fr>
"""),
     ], "0000000000005b1c9b064a7b1c1f", params="; report-type=delivery-status"),
     label=L("automated", False, None, None, None, False, "en",
             "Gmail 'Delivery Status Notification (Failure)', address not found: multipart/report, null Return-Path."))

# h102 ---------------------------------------------------------------------
mail(("Assistance Alsace Réseaux Éducation", "support@are-it.example.fr"),
     "Mails de confirmation de commande non reçus - lycée privé Saint-Joseph Rouffach",
     """Bonjour,

Prestataire informatique du lycée privé Saint-Joseph de Rouffach
(UAI 0683415U). Depuis le changement d'hébergeur de messagerie la
semaine dernière (passage chez OVH), la comptable ne reçoit plus vos
mails de confirmation de commande ni les factures envoyées par la
plateforme. Rien dans les indésirables, pas d'anti-spam supplémentaire
de notre côté (filtrage OVH par défaut).

Pouvez-vous nous donner l'adresse d'expédition pour que nous fassions une
règle d'autorisation, et renvoyer les trois derniers mails ?

Cordialement,
Rémi Hartmann
Alsace Réseaux Éducation
""",
     date="2026-02-10 11:05", client="tb", bad=["0683415U"],
     label=L("missing_noreply_mail", True, None, None, "espace_acheteur", True, "fr",
             "The provider writes UAI 0683415U: wrong check letter (the digits give 0683415T), so no UAI; report it "
             "as a probable typo. Non-academic sender, so no region either. Automatic order mails no longer "
             "arrive since a hosting change, no anti-spam product named; asks for the sender address."))

# h103 ---------------------------------------------------------------------
mail(("Security Researcher", "h4ckbounty.reports@proton.example.me"),
     "Security vulnerability report - assistance.example.fr (DMARC policy)",
     """Dear Security Team,

I am an independent security researcher. While testing your domain
assistance.example.fr I found the following critical issues:

 1. Your DMARC record uses "p=none" on a subdomain, allowing email
    spoofing.
 2. Your SPF record ends with "~all" instead of "-all".
 3. Missing BIMI record.

These issues can allow attackers to send emails on behalf of your
organisation. I have a detailed proof of concept.

As per responsible disclosure I would appreciate a bounty for this
report. Please let me know your bug bounty amount before I share the
full details.

Regards,
Security Researcher
""",
     date="2026-02-10 16:44", client="generic", auth="pass", relay="mail.proton.example.me",
     submission=False,
     label=L("other", False, None, None, None, False, "en",
             "English 'beg bounty' security report about our SPF/DMARC: unsolicited, other."))

# h104 ---------------------------------------------------------------------
mail(("Informatique Lycée Saint-Paul", "informatique@lycee-stpaul-lens.example.fr"),
     "Nouveau pare-feu : quels flux ouvrir pour les transferts ?",
     """Bonjour,

Nous avons remplacé le pare-feu du lycée Saint-Paul de Lens (0625265L)
pendant les vacances. Depuis, le diagnostic de transfert de Charlemagne
échoue à l'étape « Test de connexion au serveur » et plus aucun transfert
vers EcoleDirecte ne passe. Tout le trafic sortant est désormais filtré
par liste blanche.

Quels noms de domaine / adresses IP et quels ports devons-nous autoriser
en sortie pour le module de transfert ? Un proxy HTTP authentifié est
aussi en place : le module sait-il l'utiliser ?

Merci,
Grégory Lefort
Administrateur réseau
""",
     date="2026-02-11 08:30", client="tb",
     label=L("transfer_incident", False, "0625265L", "hauts-de-france", "ecoledirecte", False, "fr",
             "New firewall with an outbound allow-list: the transfer diagnostic fails on the connection test. "
             "Asks which flows to open: transfer_incident."))

# h105 ---------------------------------------------------------------------
mail(("Secrétariat Collège Jules Verne", "ce.0887807h@ac-nancy-metz.fr"),
     "Ce n'est pas dans les spams !",
     """Bonjour,

Vous nous avez répondu de regarder dans les courriers indésirables, mais
le message n'y est pas : c'est Mailinblack qui le bloque, je le vois dans
la liste des messages en attente avec votre adresse no-reply de l'Espace
Acheteur. Je ne peux
pas le libérer moi-même, il faut passer par l'administrateur du
Département.

Comment fait-on pour que vos messages ne soient plus bloqués ?

Le secrétariat
Collège Jules Verne – Rambervillers
""",
     date="2026-02-11 09:02", client="zimbra",
     label=L("mailinblack_spam", True, "0887807H", "grand-est", "espace_acheteur", True, "fr",
             "Contrast: 'not in the junk folder, it is Mailinblack that blocks it': the Mailinblack guide is now the "
             "right answer. The UAI is only in the lower-case ce.<uai>@ac-nancy-metz.fr sender (label upper case)."))

# h106 ---------------------------------------------------------------------
mail(("Bernadette Lamotte", "bernadette.lamotte@ac-lille.fr"),
     "Accusé de réception (affiché) : [#SUP-020371] Votre devis D-2026-00455", None,
     date="2026-02-11 10:15", client="tb",
     irt="<SUP-020371.1770799800.6b0e3f@assistance.example.fr>",
     custom=multipart("report", [
         leaf("text/plain", """Ceci est un accusé de réception pour le courriel que vous avez envoyé à
bernadette.lamotte@ac-lille.fr.

Note : cet accusé de réception indique seulement que le message a été
affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le
destinataire ait lu ou compris le contenu du message.
""", "utf-8", "8bit"),
         rawleaf("message/disposition-notification", """Reporting-UA: ac-lille.fr; Thunderbird 128.6.0
Final-Recipient: rfc822;bernadette.lamotte@ac-lille.fr
Original-Message-ID: <SUP-020371.1770799800.6b0e3f@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
"""),
         rawleaf("text/rfc822-headers", """Subject: [#SUP-020371] Votre devis D-2026-00455
From: Assistance <support@assistance.example.fr>
To: bernadette.lamotte@ac-lille.fr
Date: Wed, 11 Feb 2026 09:50:00 +0100
Message-ID: <SUP-020371.1770799800.6b0e3f@assistance.example.fr>
"""),
     ], "------------mdn" + "X7K2P9QW4RT1", params="; report-type=disposition-notification"),
     label=L("automated", False, None, "hauts-de-france", None, False, "fr",
             "Thunderbird read receipt in French ('Accusé de réception (affiché)'), multipart/report "
             "disposition-notification. Region from ac-lille.fr."))

# h107 ---------------------------------------------------------------------
mail(("Nadia Cherif", "n.cherif@islm.example.org"),
     "Can't see our membership agreement and contract documents",
     """Hello,

I became the administrator of our structure on the Espace Acheteur on
1 February (International School of Lille Métropole, UAI 0599585Y).

Our auditor has asked for the membership agreement (convention
d'adhésion) and the documents of the stationery contract we use, but the
"Documents" section shows nothing for our structure - not even the
agreement my predecessor signed in 2023. Are they somewhere else, or do I
need specific rights to see them?

Many thanks,
Nadia Cherif
Finance Officer
""",
     date="2026-02-11 11:40", client="outlook", cte="qp",
     label=L("contract_documents", False, "0599585Y", "hauts-de-france", "espace_acheteur", False, "en",
             "English; the new structure administrator cannot see the membership convention or market documents."))

# h108 ---------------------------------------------------------------------
mail(("Christine Lemoine", "christine.lemoine02@gmail.com"),
     "Adresse de contact du portail de la BCD",
     """Bonjour,

Je suis la directrice de l'école élémentaire Victor Hugo de Soissons
(0025586L). L'adresse de contact du compte administrateur de notre
portail e-sidoc est encore celle de mon prédécesseur, parti à la
retraite. Je vous demande de la remplacer par l'adresse de l'école,
ce.0025586L@ac-amiens.fr.

Je vous écris depuis ma messagerie personnelle car la boîte de l'école
est saturée en ce moment ; je peux vous confirmer depuis l'adresse de
l'école dès qu'elle sera réparée.

Cordialement,
Christine Lemoine
Directrice
""",
     date="2026-02-11 20:14", client="gmail",
     label=L("head_of_establishment_request", False, "0025586L", "hauts-de-france", "esidoc", False, "fr",
             "A primary-school head asks to replace the e-sidoc admin contact address with the school's ce. address, "
             "writing from a personal Gmail address: weak evidence, staff must verify."))

# h109 ---------------------------------------------------------------------
mail(("Claude Perrin", "claude.perrin88@gmail.com"),
     "Re: [#SUP-020352] Réinitialisation de votre mot de passe e-sidoc",
     """Bonjour,

Merci, mais le lien est parti sur l'adresse du collège (c***@ac-nancy-metz.fr),
et le secrétariat qui la relève est fermé pendant les vacances d'hiver
jusqu'au 23 février. Je n'ai pas accès à cette boîte. Je dois pourtant
préparer le portail pour la rentrée des vacances...

Y a-t-il une autre solution ?

Claude Perrin
Professeur documentaliste, collège Gambetta, Raon-l'Étape (0882504U)

Le mer. 11 févr. 2026 à 16:40, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Un lien de réinitialisation a été envoyé à l'adresse officielle de votre
> établissement (c***@ac-nancy-metz.fr). Il est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance
""",
     date="2026-02-12 08:25", client="gmail",
     irt="<SUP-020352.1770824400.0c4e9a@assistance.example.fr>",
     label=L("password_reset", False, "0882504U", "grand-est", "esidoc", False, "fr",
             "Reply (Gmail French quote) to our automatic reset answer: the link went to the official address, which "
             "nobody can read during the holidays. The automatic path is exhausted; a person must take over "
             "(head-of-establishment procedure)."))

# h110 ---------------------------------------------------------------------
mail(("Équipe Réseaux Lycées - Région HdF", "reseaux.lycees@hautsdefrance.example.fr"),
     "Liste des domaines à autoriser dans le filtrage web des lycées",
     """Bonjour,

Nous migrons le filtrage web des lycées vers une nouvelle solution (proxy
explicite, catégorisation stricte, domaines non classés bloqués par
défaut). Lors de la phase pilote, le portail documentaire s'affiche
partiellement : images de couverture absentes, recherche fédérée qui ne
répond pas.

Pourriez-vous nous communiquer la liste exhaustive des domaines (y
compris CDN, polices, API de couvertures, statistiques) à autoriser pour
que le portail fonctionne entièrement ?

Merci,
Équipe Réseaux – Direction du Numérique des Lycées
Région Hauts-de-France
""",
     date="2026-02-12 10:03", client="outlook", cte="qp",
     label=L("other", False, None, None, "esidoc", False, "fr",
             "The Région asks which domains the lycées' web filter must allow for the portal: a technical "
             "question with no category. Région domain, no UAI: no region."))

# h111 ---------------------------------------------------------------------
mail(("Isabelle Noël", "isabelle.noel@ac-reims.fr"),
     "Aucun mail du portail ne m'arrive",
     """Bonjour,

Depuis une quinzaine de jours je ne reçois plus aucun mail venant du
portail e-sidoc : ni les alertes, ni le mail de test que j'ai demandé
hier depuis l'administration. Je ne les trouve pas non plus dans les
indésirables de ma messagerie académique.

Est-ce qu'il y a un souci d'envoi chez vous ?

Bien cordialement,
Isabelle Noël
Professeure documentaliste
Lycée Pierre Bayen, Châlons-en-Champagne – 0519814R
""",
     date="2026-02-12 11:12", client="zimbra",
     label=L("missing_noreply_mail", True, "0519814R", "grand-est", "esidoc", False, "fr",
             "No automatic mail from the portal for two weeks, not in junk, no product named."))

# h112 ---------------------------------------------------------------------
mail(("Amandine Colson", "amandine.colson@ac-nancy-metz.fr"),
     "Ressource absente du médiacentre de l'ENT",
     """Bonjour,

Au collège Jean Lurçat de Villerupt (0546757B), la ressource Universalis
commandée en début d'année scolaire apparaît bien dans le portail du CDI
mais pas dans le médiacentre de l'ENT, où les élèves vont la chercher en
priorité. Les autres ressources du portail y sont.

Y a-t-il une case à cocher pour la publier aussi vers l'ENT ?

Amandine Colson
RUPN – Pays-Haut
""",
     date="2026-02-12 14:30", client="zimbra",
     label=L("subscription_activation", True, "0546757B", "grand-est", "esidoc", False, "fr",
             "An active resource not published to the ENT's media centre: the publication step of "
             "subscription_activation."))

# h113 ---------------------------------------------------------------------
mail(("Liam Foster", "liam.foster@brightwave-it.example.com"),
     "Automatic reply: Re: [#SUP-020380] Library portal domains for the web filter", None,
     date="2026-02-12 15:02", client="server", relay="EUR05-DB8-obe.outbound.protection.outlook.com",
     irt="<SUP-020380.1770904800.19fd0c@assistance.example.fr>",
     extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     custom=leaf("text/plain", """Hi,

I'm on annual leave and back on Monday 23 February. Your message has
not been forwarded. For anything urgent, please raise a ticket with our
service desk.

Liam
""", "us-ascii", "7bit"),
     label=L("automated", False, None, None, None, False, "en",
             "English out-of-office (Auto-Submitted: auto-replied) from a provider's engineer."))

# h114 ---------------------------------------------------------------------
mail(("Comptabilité OGEC Sainte-Ursule", "compta.ogec-ste-ursule@free.fr"),
     "Paiement par carte bancaire possible ?",
     """Bonjour,

Nous sommes un établissement privé (OGEC) et nous n'avons pas de
mandat administratif. Pour le renouvellement de l'abonnement du CDI,
pouvons-nous régler par carte bancaire, ou faut-il un virement ? Dans ce
cas, merci de nous envoyer votre RIB.

Cordialement,
Sandrine Petitjean
Comptable – OGEC Sainte-Ursule, Épinal
""",
     date="2026-02-13 09:20", client="generic", relay="smtp{n}-g21.free.fr",
     label=L("order_billing", False, None, None, "esidoc", False, "fr",
             "Private school asks about payment means (card, transfer, bank details). free.fr sender, no UAI: "
             "no region."))

# h115 ---------------------------------------------------------------------
mail(("Pôle Assistance DANE Nancy-Metz", "assistance-dane@ac-nancy-metz.fr"),
     "Création de comptes sur votre portail de tickets pour l'équipe DANE",
     """Bonjour,

Notre pôle assistance (5 techniciens) centralise désormais les demandes
des établissements de l'académie vers vos services. Pour éviter de tout
faire passer par une seule personne, nous souhaiterions que chacun
dispose d'un compte sur votre portail de tickets, rattaché à une même
organisation « DANE Nancy-Metz » afin de voir les tickets des collègues :

  - Karima Benali
  - Olivier Thomas
  - Amandine Colson
  - Yannick Hoffmann
  - Lucie Marchetti

(adresses prenom.nom@ac-nancy-metz.fr)

Est-ce possible, et faut-il une validation particulière ?

Cordialement,
Pôle assistance – DANE Nancy-Metz
""",
     date="2026-02-13 10:45", client="zimbra",
     label=L("account_creation", False, None, "grand-est", "ticket_portal", False, "fr",
             "Asks for five ticket-portal accounts grouped in one organisation: account creation needing a "
             "person. Region from ac-nancy-metz.fr."))

# h116 ---------------------------------------------------------------------
mail(("Jonathan Marie", "jonathan.marie@ac-amiens.fr"),
     "mot de passe oublié qui ne fonctionne pas",
     """Bonjour,

Le « mot de passe oublié » de l'Espace Acheteur ne fonctionne pas chez
moi. Je précise : je saisis mon adresse, la page me confirme qu'un mail
de réinitialisation a été envoyé, il n'y a pas d'erreur. Mais le mail
n'arrive jamais, ni en boîte de réception ni en spam, même au bout d'une
journée. J'ai refait la demande trois fois.

Merci de votre aide.
Jonathan Marie
""",
     date="2026-02-13 14:05", client="zimbra",
     label=L("missing_noreply_mail", True, None, "hauts-de-france", "espace_acheteur", True, "fr",
             "Reads like a password problem, but the reset tool works: the new-password mail never arrives. The "
             "taxonomy puts that under missing_noreply_mail. Region from ac-amiens.fr."))

# h117 ---------------------------------------------------------------------
mail(("Gilles Antoine", "gilles.antoine@ac-nancy-metz.fr"),
     "TROISIÈME RELANCE",
     """Bonjour,

Troisième relance. Toujours aucune réponse à ma demande, ni par mail ni
par téléphone (personne ne décroche). C'est inadmissible pour un service
que nous payons.

Je demande à être rappelé par un responsable.

G. Antoine
""",
     date="2026-02-13 16:51", client="zimbra",
     label=L("other", False, None, "grand-est", None, False, "fr",
             "Angry follow-up that never says what the original request was (no ticket reference): no category can "
             "be told. Region from ac-nancy-metz.fr."))

# h118 ---------------------------------------------------------------------
mail(("Karine Deldicque", "karine.deldicque@ac-lille.fr"),
     "MAILINBLACK : domaine ou adresse ?",
     """Bonjour,

Le collège vient de passer sous MAILINBLACK et vos mails de l'Espace
Acheteur sont bloqués. Le technicien du Département me demande s'il faut
autoriser votre domaine entier ou seulement l'adresse no-reply. Que
faut-il lui répondre ?

Cordialement,
Karine Deldicque
Adjointe gestionnaire
Collège Gambetta – Arras
0626637C
""",
     date="2026-02-16 09:22", client="outlook", cte="b64",
     label=L("mailinblack_spam", True, "0626637C", "hauts-de-france", "espace_acheteur", False, "fr",
             "MAILINBLACK in capitals; asks whether to allow the domain or the address. Outlook, base64 parts."))

# h119 ---------------------------------------------------------------------
mail(("Proviseur Lycée Gaston Berger", "ce.0593829S@ac-lille.fr"),
     "URGENT changement administrateur",
     """Bonjour,

Je suis le proviseur. Merci de changer immédiatement l'adresse du compte
administrateur de l'Espace Acheteur du lycée pour
proviseur.berger.lille@gmail.com et de m'y envoyer les nouveaux
identifiants. La messagerie académique est en maintenance.

Je compte sur votre réactivité, des commandes urgentes sont en attente.

Le Proviseur
""",
     date="2026-02-16 06:12", client="roundcube", auth="fail", relay="vps-20931.hosting-cheap.example.net",
     reply_to=("Proviseur", "proviseur.berger.lille@gmail.com"),
     extra=["X-Sender: ce.0593829S@ac-lille.fr"],
     label=L("head_of_establishment_request", False, "0593829S", "hauts-de-france", "espace_acheteur", True, "fr",
             "Claims to be the proviseur from the ce.<UAI> address, but SPF and DMARC fail, it came through a cheap "
             "VPS, Reply-To is a Gmail address, and it asks to move the admin account and send credentials there: "
             "a probable spoof. Still a head-of-establishment request for the queue, where staff should refuse it."))

# h120 ---------------------------------------------------------------------
mail(("NordInfo Services - Support", "support@nordinfo-services.example.fr"),
     "Réinitialisation de la réplication après restauration - Lycée privé Notre-Dame de Grâce",
     """Bonjour,

Suite à un incident disque sur le serveur du lycée privé Notre-Dame de
Grâce de Maubeuge (UAI 0599145V), nous avons restauré la base
Charlemagne à partir de la sauvegarde du 13 février au soir. Depuis, le
module de transfert signale « Numéro de séquence incohérent avec le
serveur distant, réinitialisation de la réplication requise ».

Pouvez-vous lancer la réinitialisation de votre côté, ou nous indiquer la
procédure ? Nous joignons la capture du détail de l'erreur.

Cordialement,
Mehdi Bensaïd
Technicien – NordInfo Services
""",
     date="2026-02-16 10:48", client="outlook", cte="qp",
     attach=[("image/png", "erreur_replication.png", fake_png())],
     label=L("transfer_incident", False, "0599145V", "hauts-de-france", "ecoledirecte", False, "fr",
             "Provider: replication must be re-initialised after a database restore; screenshot attached."))

# h121 ---------------------------------------------------------------------
mail(("Anthony Delval", "anthony.delval@lenord.example.fr"),
     "Compte verrouillé - Espace Acheteur (Département du Nord)",
     """Bonjour,

Mon compte acheteur du Département du Nord (direction de l'éducation,
achats pour les collèges) est verrouillé après trop de tentatives, ce
matin, suite au changement de mot de passe imposé par notre DSI. Je dois
valider deux commandes aujourd'hui.

Pouvez-vous le débloquer ou m'envoyer un lien de réinitialisation ?

Merci,
Anthony Delval
Acheteur – Direction de l'Éducation
""",
     date="2026-02-16 11:30", client="outlook", cte="qp",
     label=L("password_reset", True, None, None, "espace_acheteur", False, "fr",
             "A département buyer's Espace Acheteur account is locked: unlock or reset link. No UAI, non-academic "
             "sender: no region."))

# h122 ---------------------------------------------------------------------
mail(("Mail Delivery System", "MAILER-DAEMON@mx-out.grandest.example.fr"),
     "Delayed Mail (still being retried)", None,
     date="2026-02-16 13:10", client="server", submission=False, return_path="", auth="bounce",
     relay="mx-out.grandest.example.fr",
     extra=["Auto-Submitted: auto-replied"],
     custom=multipart("report", [
         leaf("text/plain", """This is the mail system at host mx-out.grandest.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<support@assistance.example.fr>: host mx2.assistance.example.fr[192.0.2.26]
    said: 451 4.7.1 Service unavailable - try again later (in reply to RCPT TO
    command)
""", "us-ascii", "7bit", extra=["Content-Description: Notification"]),
         rawleaf("message/delivery-status", """Reporting-MTA: dns; mx-out.grandest.example.fr
X-Postfix-Queue-ID: 4fZk2R0Wq9z1yTb
X-Postfix-Sender: rfc822; jeremy.collard@grandest.example.fr
Arrival-Date: Mon, 16 Feb 2026 09:02:11 +0100 (CET)

Final-Recipient: rfc822; support@assistance.example.fr
Action: delayed
Status: 4.7.1
Diagnostic-Code: smtp; 451 4.7.1 Service unavailable - try again later
Will-Retry-Until: Sat, 21 Feb 2026 09:02:11 +0100 (CET)
""", extra=["Content-Description: Delivery report"]),
         rawleaf("text/rfc822-headers", """From: =?utf-8?q?J=C3=A9r=C3=A9my_Collard?= <jeremy.collard@grandest.example.fr>
To: support@assistance.example.fr
Subject: RE: [#SUP-020344] CCTP du marche 2025-072
Date: Mon, 16 Feb 2026 09:02:09 +0100
""", extra=["Content-Description: Undelivered Message Headers"]),
     ], "4fZk2R0Wq9z1yTb.1771243800/mx-out.grandest.example.fr", params="; report-type=delivery-status",
         preamble="This is a MIME-encapsulated message."),
     label=L("automated", False, None, None, None, False, "en",
             "Delay warning ('Delayed Mail (still being retried)', Action: delayed) from the Région's relay about a "
             "message to us: not a failure, still automatic. Non-academic sender: no region."))

# h123 ---------------------------------------------------------------------
mail(("Yannick Hoffmann", "yannick.hoffmann@ac-nancy-metz.fr"),
     "Accessibilité de l'Espace Acheteur avec un lecteur d'écran",
     """Bonjour,

J'accompagne une gestionnaire non-voyante au collège de Saint-Avold. Avec
le lecteur d'écran NVDA, le formulaire de validation du panier de
l'Espace Acheteur est inutilisable : les champs n'ont pas d'étiquette
(« modifier édition » partout), et le bouton « Valider » n'est pas
atteignable au clavier (il faut la souris).

Est-ce connu ? Une déclaration d'accessibilité RGAA est-elle disponible,
et une correction prévue ? En attendant, elle doit demander à un collègue
de valider à sa place.

Yannick Hoffmann
RUPN – DANE Nancy-Metz
""",
     date="2026-02-17 09:40", client="zimbra",
     label=L("other", False, None, "grand-est", "espace_acheteur", True, "fr",
             "Accessibility defect report (screen reader, basket validation). It mentions the basket but asks "
             "nothing about an order or invoice: other. Region from ac-nancy-metz.fr."))

# h124 ---------------------------------------------------------------------
mail(("Sabrina Lecointe", "sabrina.lecointe@hautsdefrance.example.fr"),
     "Invitation à signer la convention : jamais reçue",
     """Bonjour,

On m'annonce que la convention de groupement 2026 pour les lycées m'a
été envoyée pour signature électronique lundi, mais je n'ai reçu aucun
mail de la plateforme de signature (j'ai vérifié les indésirables et la
quarantaine de notre messagerie, où il n'y a rien à ce nom). Pouvez-vous
me renvoyer l'invitation ?

Sabrina Lecointe
Direction des Lycées – Région Hauts-de-France
""",
     date="2026-02-17 11:05", client="outlook", cte="qp",
     label=L("missing_noreply_mail", True, None, None, "esignature", True, "fr",
             "The e-signature platform's invitation mail never arrived; junk and quarantine checked, no product "
             "named. About a convention, but the question is the missing automatic mail, not access to contract "
             "documents. Région domain: no region."))

# h125 ---------------------------------------------------------------------
mail(("Cécile Hanus", "cecile.hanus@marne.example.fr"),
     "Avenant n°3 du marché 2024-118 absent",
     """Bonjour,

Le Département de la Marne a signé en décembre l'avenant n° 3 au marché
2024-118 (restauration des collèges). Dans l'Espace Acheteur, les pièces
du marché s'arrêtent à l'avenant n° 2. Le service financier a besoin de
l'avenant n° 3 pour les nouveaux prix applicables au 1er janvier.

Pouvez-vous le mettre en ligne ou nous l'envoyer ?

Cécile Hanus
Service des marchés – Département de la Marne
""",
     date="2026-02-17 14:16", client="outlook", cte="qp",
     label=L("contract_documents", False, None, None, "espace_acheteur", False, "fr",
             "Amendment no. 3 of a market missing from the market documents. Département sender: no region."))

# h126 ---------------------------------------------------------------------
mail(("Manon Lefort", "manon.lefort@ac-reims.fr"),
     "Cafeyn",
     """Bonjour,

Je n'ai pas de souci de mot de passe, je me connecte très bien à
l'administration du portail. Mais l'abonnement Cafeyn que la gestionnaire
a validé hier matin n'apparaît nulle part, ni dans « Mes abonnements »,
ni dans les ressources.

Collège Bayard, Charleville-Mézières – 0081437U

Merci,
Manon Lefort
""",
     date="2026-02-17 16:02", client="zimbra",
     label=L("subscription_activation", True, "0081437U", "grand-est", "esidoc", True, "fr",
             "Negation: 'je n'ai pas de souci de mot de passe'; the subscription validated yesterday is not yet "
             "visible: within the 72-hour window."))

# h127 ---------------------------------------------------------------------
mail(("Olivia Grant", "ogrant@kestrel-networks.example.com"),
     "Mailinblack marks your mail as unauthenticated - DKIM alignment",
     """Hello,

Follow-up on the twelve Alsace schools. Even after adding your no-reply
addresses to the tenant-wide allow-list, Mailinblack still puts part of
your messages in quarantine with the reason "Expéditeur non authentifié".
Looking at the headers, those messages are DKIM-signed with
d=mailer-relay.example.net, not with your own domain, so DMARC alignment
fails and Mailinblack ignores the allow-list for unauthenticated senders.

Could you have your mail provider sign with your domain (or publish
aligned DKIM keys)? There is nothing more we can do on the Mailinblack
side without weakening protection for everyone.

Best,
Olivia
""",
     date="2026-02-18 09:12", client="tb_en",
     label=L("mailinblack_spam", False, None, None, None, True, "en",
             "English provider: Mailinblack still quarantines part of our mail because our DKIM is not aligned; the "
             "allow-list guide was already applied. Still mailinblack_spam, but the fix is on our side: a person "
             "answers. No UAI, provider domain."))

# h128 ---------------------------------------------------------------------
mail(("Thomas Lefèvre-Bauer", "thomas.lefevre-bauer@ac-reims.fr"),
     "Désinscription de la lettre d'information",
     """Bonjour,

Merci de retirer mon adresse de votre lettre d'information mensuelle :
je la reçois en double (adresse personnelle et adresse DANE) et le lien
de désinscription en bas de page renvoie une erreur 404.

Cordialement,
Thomas Lefèvre-Bauer
""",
     date="2026-02-18 10:30", client="zimbra",
     label=L("other", False, None, "grand-est", None, False, "fr",
             "A person asks by hand to be removed from the newsletter: other, not automated. Region from ac-reims.fr."))

# h129 ---------------------------------------------------------------------
mail(("Principal Collège Jacques Marquette", "ce.0545060G@ac-nancy-metz.fr"),
     "RE: [#SUP-020388] Clôture de l'accès d'un ancien agent - confirmation écrite",
     """Bonjour,

Comme demandé, je vous confirme par écrit, depuis l'adresse officielle de
l'établissement, ma demande de clôture du compte Espace Acheteur de
M. Denis Royer, ancien gestionnaire, et de transfert du rôle
d'administrateur à Mme Aurélie Chapuis.

Cordialement,

Frédéric Pierrat
Principal
Collège Jacques Marquette – Pont-à-Mousson

De : Assistance <support@assistance.example.fr>
Envoyé : mardi 17 février 2026 15:20
À : Frédéric Pierrat <frederic.pierrat@ac-nancy-metz.fr>
Objet : [#SUP-020388] Clôture de l'accès d'un ancien agent

Bonjour,

Pour des raisons de sécurité, nous avons besoin que la demande soit
confirmée depuis l'adresse officielle de l'établissement
(ce.<UAI>@ac-nancy-metz.fr).

Cordialement,
L'équipe d'assistance
""",
     date="2026-02-18 11:47", client="outlook", cte="qp",
     irt="<SUP-020388.1771338000.f0a4e7@assistance.example.fr>",
     label=L("head_of_establishment_request", False, "0545060G", "grand-est", "espace_acheteur", False, "fr",
             "Reply (Outlook 'De : / Envoyé :' quote) in which the principal gives, from the ce.<UAI> address, the "
             "written confirmation the desk asked for."))

# h130 ---------------------------------------------------------------------
mail(("Julie Wendling", "julie.wendling@ac-strasbourg.fr"),
     "[0679257Y] compte bloqué",
     """Bonjour,

Après plusieurs essais ce matin mon accès à l'administration du portail
est bloqué (« trop de tentatives »). Pouvez-vous le débloquer ou
m'envoyer de quoi refaire un mot de passe ?

Merci
Julie Wendling, documentaliste
""",
     date="2026-02-18 13:20", client="zimbra",
     label=L("password_reset", True, "0679257Y", "grand-est", "esidoc", True, "fr",
             "Account locked after failed attempts; the UAI appears only in the subject line."))

# h131 ---------------------------------------------------------------------
mail(("Signature électronique", "no-reply@esign.example.com"),
     "Document signé : Convention de groupement lycées 2026 - Région Hauts-de-France",
     None, html="""<html><body style="font-family:Helvetica,Arial;font-size:14px;color:#222">
<p>Bonjour,</p>
<p>Le document <b>« Convention de groupement lycées 2026 – Région Hauts-de-France »</b> a été signé par toutes les parties.</p>
<table style="font-size:13px"><tr><td>Signataire 1</td><td>Sabrina Lecointe – signé le 18/02/2026 14:02</td></tr>
<tr><td>Signataire 2</td><td>Assistance – signé le 18/02/2026 14:31</td></tr></table>
<p>Vous pouvez télécharger le document signé et son certificat de preuve :</p>
<p><a href="https://esign.example.com/d/7c2e9f0a/download">Télécharger le document</a></p>
<p style="color:#888;font-size:11px">Cet e-mail a été envoyé automatiquement par la plateforme de signature. Ne répondez pas à ce message.</p>
</body></html>
""", mode="html", html_cte="qp",
     date="2026-02-18 14:31", client="generic", submission=False, relay="mta-eu2.esign.example.com",
     return_path="bounces+4417@mail.esign.example.com",
     label=L("automated", False, None, None, "esignature", True, "fr",
             "E-signature 'document signed by all parties' notification: transactional HTML-only mail without "
             "Auto-Submitted or Precedence; the no-reply sender and the wording show it is automatic."))

# h132 ---------------------------------------------------------------------
mail(("Assistance Collèges - Département de la Moselle", "assistance.colleges@moselle.example.fr"),
     "TR: [GLPI #0031877] Imprimante du CDI hors service",
     """Bonjour,

Pour attribution.

Cordialement,
Assistance collèges – DSI
Département de la Moselle

-----Message d'origine-----
De : GLPI Assistance Collèges <glpi@moselle.example.fr>
Envoyé : mercredi 18 février 2026 14:55
Objet : [GLPI #0031877] Nouveau ticket Imprimante du CDI hors service

Demandeur : Collège Paul Verlaine – Metz (0574590E)
Catégorie : Matériel > Impression
Description : L'imprimante laser du CDI affiche « erreur 50.4 » et ne
s'allume plus qu'une minute. Les élèves ne peuvent plus imprimer leurs
exposés.
""",
     date="2026-02-18 15:20", client="outlook", cte="qp",
     label=L("other", False, "0574590E", "grand-est", None, False, "fr",
             "A département helpdesk agent forwards ('pour attribution') a GLPI ticket about a broken CDI printer, "
             "mis-routed to us: a person wrote the outer message, nothing for our services, so other. The UAI from "
             "the quoted ticket gives the region."))

# h133 ---------------------------------------------------------------------
mail(("Bruno Hanot", "bruno.hanot@ac-reims.fr"),
     "Greylisting : votre relais ne retente pas les envois différés",
     """Bonjour,

DSI de Reims, pôle infrastructures. Les collèges de l'Aube sont derrière
un relais avec greylisting (réponse 450 4.7.1 au premier contact, un
nouvel essai est accepté après 5 minutes). Depuis le 10 février, nous ne
voyons AUCUN second essai de la part de vos serveurs pour les messages
no-reply (activation, mot de passe) : le premier envoi est différé puis
plus rien, et les utilisateurs ne reçoivent jamais leur mail.

Les autres expéditeurs retentent normalement. Pouvez-vous vérifier la
file d'attente / la politique de réessai de votre relais sortant ?

Extrait de nos journaux :
  Feb 17 10:02:44 relais-aube postgrey[1187]: action=greylist,
    reason=new, client_address=192.0.2.25,
    sender=no-reply@esidoc.example.fr, recipient=doc.clg-eurville@...

Bruno Hanot
Pôle infrastructures – DSI Reims
""",
     date="2026-02-18 16:40", client="zimbra",
     label=L("missing_noreply_mail", False, None, "grand-est", "esidoc", True, "fr",
             "Our no-reply mails never arrive because our relay does not retry after greylisting: "
             "missing_noreply_mail (no anti-spam product named), but the diagnosis points at our outbound relay, so "
             "the junk-folder template is useless; a person must check. Region from ac-reims.fr."))

# h134 ---------------------------------------------------------------------
mail(("Damien Roux", "damien.roux@ac-nancy-metz.fr"),
     "Pas les droits pour valider les commandes",
     """Bonjour,

J'ai un compte sur l'Espace Acheteur pour le lycée Georges de La Tour de
Metz (0573266R) depuis janvier, je peux créer des paniers mais le bouton
« Valider la commande » est grisé, avec le message « Vous n'avez pas les
droits suffisants ». Je suis pourtant le gestionnaire titulaire.

Qui peut m'ouvrir ce droit ?

Damien Roux
""",
     date="2026-02-19 08:50", client="zimbra",
     label=L("account_creation", False, "0573266R", "grand-est", "espace_acheteur", False, "fr",
             "Account works but lacks the order-validation right: rights to open, a person answers. Mentions the "
             "basket and validation, but the question is about rights, not an order."))

# h135 ---------------------------------------------------------------------
mail(("Audrey Pierre", "audrey.pierre@ac-nancy-metz.fr"),
     "Devis pour le renouvellement du portail",
     """Bonjour,

Notre abonnement au portail documentaire arrive à échéance le 31 mars.
Pour que la gestionnaire puisse établir le bon d'engagement, pourriez-vous
m'adresser un devis de renouvellement pour un an ?

Collège Jules Ferry, Saint-Dié-des-Vosges – 0886782U

Merci d'avance,
Audrey Pierre
Professeure documentaliste
""",
     date="2026-02-19 09:35", client="zimbra",
     label=L("order_billing", False, "0886782U", "grand-est", "esidoc", False, "fr",
             "Asks for a renewal quote (devis) needed for the bon d'engagement."))

# h136 ---------------------------------------------------------------------
mail(("Sandrine Millot", "sandrine.millot@ac-reims.fr"),
     "TR: Message en attente - c'est vous ?",
     """Bonjour,

Je reçois ceci de Mailinblack (installé sur la boîte du CDI par le
Département la semaine dernière). C'est bien votre mail d'activation
pour le portail ? Est-ce que je peux cliquer sur « Autoriser » sans
risque, et comment éviter que ça recommence à chaque fois ?

Sandrine Millot
Documentaliste – Collège Paul Portier, Bar-sur-Seine (0101134D)

-------- Message transféré --------
Sujet : 	Message en attente de validation
Date : 	Thu, 19 Feb 2026 07:00:03 +0100
De : 	Mailinblack <notification@protect.mailinblack.example>
Pour : 	cdi.clg-portier@aube-colleges.example.fr

1 message est en attente dans votre espace « À valider » :
  no-reply@esidoc.example.fr - Activez votre compte - 18/02/2026 18:12
  [Autoriser] [Bloquer]
""",
     date="2026-02-19 10:12", client="tb",
     label=L("mailinblack_spam", True, "0101134D", "grand-est", "esidoc", False, "fr",
             "Forwards a Mailinblack notice (Thunderbird 'Message transféré') and asks whether to allow our sender "
             "and how to stop it recurring: the allow-list guide fits."))

# h137 ---------------------------------------------------------------------
mail(("Paul Harding", "bursar@bilingual-school-metz.example.org"),
     "Forgotten username for the buyer space",
     """Hello,

I'm the bursar of a small bilingual school in Metz. I need to log in to
the Espace Acheteur to place an order, but I don't know our username:
the account was set up years ago, and the email address on it is a
shared one (office@...) that several of us use. The "forgotten password"
page asks for the username first.

How can I recover it?

Kind regards,
Paul Harding
Bursar
""",
     date="2026-02-19 14:00", client="outlook", cte="qp",
     label=L("password_reset", True, None, None, "espace_acheteur", False, "en",
             "English; Espace Acheteur login unknown, shared mailbox on the account (FAQ case). No UAI, school "
             "domain: no region."))

# h138 ---------------------------------------------------------------------
mail(("Benoît Carlier", "b.carlier@nordinfo-services.example.fr"),
     "Proposition de partenariat - revente et intégration",
     """Bonjour,

NordInfo Services accompagne une soixantaine d'établissements privés
des Hauts-de-France (infogérance, réseaux, messagerie). Nous
travaillons déjà régulièrement avec votre support pour nos clients.

Nous aimerions aller plus loin : devenir revendeur agréé de vos
solutions et proposer à nos clients un pack « installation +
formation ». Pourriez-vous nous mettre en relation avec la personne en
charge des partenariats ?

Bien cordialement,
Benoît Carlier
Directeur commercial – NordInfo Services
""",
     date="2026-02-19 15:45", client="outlook", cte="qp",
     label=L("other", False, None, None, None, False, "fr",
             "A provider's reseller-partnership proposal: not a support request."))

# h139 ---------------------------------------------------------------------
mail(("Ecole Saint-Nicolas", "ecole.stnicolas.vouziers@gmail.com"),
     "Antivirus et Charlemagne",
     """Bonjour,

Depuis la mise à jour de notre antivirus (Bitdefender) hier, le fichier
Outils.exe de Charlemagne est mis en quarantaine au démarrage du poste.
Résultat : plus de transferts vers EcoleDirecte, les parents ne voient
plus les cahiers de texte.

Faut-il déclarer une exclusion ? Laquelle exactement ?

Merci,
Agnès Colas, secrétaire
""",
     date="2026-02-20 08:40", client="gmail",
     label=L("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
             "The antivirus quarantines Charlemagne's Outils.exe, so transfers stopped. Gmail, no UAI: no region."))

# h140 ---------------------------------------------------------------------
mail(("Alexandre Collin", "alexandre.collin@ac-reims.fr"),
     "Création de compte acheteur",
     """Bonjour,

Adjoint gestionnaire depuis le 1er février au collège Diderot de Langres
(0522858Z), je dois pouvoir passer des commandes sur l'Espace Acheteur.
Comment créer mon compte ?

Merci,
A. Collin
""",
     date="2026-02-20 09:55", client="zimbra",
     label=L("account_creation", True, "0522858Z", "grand-est", "espace_acheteur", False, "fr",
             "New deputy gestionnaire asks how to create an Espace Acheteur account: the sign-up answer fits."))

# h141 ---------------------------------------------------------------------
mail(("Amélie", "amelie.durand59@orange.fr"),
     "activation",
     """Toujours rien reçu pour l'activation de mon compte depuis vendredi, même dans les spams. Vous pouvez renvoyer ?

Envoyé de mon iPhone
""",
     date="2026-02-23 07:45", client="apple", relay="smtp-{n}.smtp.orange.fr",
     label=L("missing_noreply_mail", True, None, None, None, False, "fr",
             "One-line mobile message: activation mail not received since Friday, spam checked. No product, no UAI, "
             "orange.fr: no platform and no region."))

# h142 ---------------------------------------------------------------------
mail(("Ecole élémentaire Les Tilleuls", "ce.0571575C@ac-nancy-metz.fr"),
     "Modification de l'adresse de contact du portail BCD",
     """Bonjour,

En tant que directrice de l'école, je souhaite que l'adresse de contact
du compte administrateur de notre portail e-sidoc soit désormais
l'adresse officielle de l'école (la présente adresse), et non plus
l'adresse personnelle de l'enseignante qui a créé le portail en 2022 et
qui a changé d'école.

Merci de me confirmer la modification.

Véronique Schaeffer
Directrice de l'école élémentaire Les Tilleuls – Forbach
""",
     date="2026-02-23 11:20", client="zimbra",
     label=L("head_of_establishment_request", False, "0571575C", "grand-est", "esidoc", False, "fr",
             "A primary-school head, from the school's ce.<UAI> address, asks to change the e-sidoc admin contact "
             "address. UAI only in the sender address."))

# h143 ---------------------------------------------------------------------
mail(("Hugo Lemaire", "hugo.lemaire@ac-lille.fr"),
     "Publier Cafeyn sur le portail ?",
     """Bonjour,

L'abonnement Cafeyn est actif depuis la semaine dernière (je le vois
dans « Mes abonnements »), mais je ne sais pas comment le faire
apparaître sur la page d'accueil du portail pour les élèves. Y a-t-il
une procédure ?

Hugo Lemaire
Professeur documentaliste – Collège Lamartine, Tourcoing
0593996Y
""",
     date="2026-02-23 14:05", client="tb",
     label=L("subscription_activation", True, "0593996Y", "hauts-de-france", "esidoc", False, "fr",
             "How to publish an active resource on the portal: the activation/publication answer."))

# h144 ---------------------------------------------------------------------
mail(("Grégoire Fleury", "gregoire.fleury@ac-amiens.fr"),
     "Vos mails dans une « quarantaine » avec un bouton Autoriser",
     """Bonjour,

Depuis la rentrée de février, nos mails sont filtrés par un nouveau
système installé par le Département. Vos messages (nouveau mot de passe
de l'Espace Acheteur, confirmations de commande) n'arrivent plus
directement : je reçois chaque matin à 7h un rapport « messages en
attente » avec pour chacun un bouton « Autoriser l'expéditeur » et un
bouton « Bloquer ». Quand je clique sur Autoriser, le message arrive.

Je ne connais pas le nom du produit. Que dois-je faire pour ne plus avoir
à valider vos messages un par un ?

Grégoire Fleury
Gestionnaire – Collège Abel Didelet, Estrées-Saint-Denis (0602326C)
""",
     date="2026-02-23 15:30", client="zimbra",
     label=L("mailinblack_spam", False, "0602326C", "hauts-de-france", "espace_acheteur", True, "fr",
             "The Mailinblack quarantine and its daily 'messages en attente' report with Autoriser/Bloquer buttons are "
             "described without naming the product: mailinblack_spam, but the product is not confirmed, so a person "
             "should check before sending the Mailinblack guide."))

# h145 ---------------------------------------------------------------------
mail(("Karim B.", "karim.b62@free.fr"),
     "mot de passe ENT de mon fils",
     """Bonjour,

Mon fils est en 5e au collège Jean Jaurès de Lens et il a perdu son mot
de passe pour l'ENT, il ne peut plus voir ses devoirs. Pouvez-vous lui
en donner un nouveau ? Il s'appelle Yanis B., classe 5e2.

Merci
""",
     date="2026-02-23 19:48", client="generic", relay="smtp{n}-g21.free.fr",
     label=L("other", False, None, None, None, True, "fr",
             "A parent asks for his child's ENT password: not one of our services and not an account we hold, so "
             "other (a person redirects him to the school), although it reads like password_reset."))

# h146 ---------------------------------------------------------------------
mail(("Régine Boulard", "regine.boulard@ac-reims.fr"),
     "Facture rejetée par Chorus : engagement juridique manquant",
     """Bonjour,

Votre facture FA-2026-01-0391 (abonnements du CDI) a été rejetée par
Chorus Pro avec le motif « Numéro d'engagement juridique absent ou
invalide ». Le numéro à indiquer est 1300214587.

Pouvez-vous la redéposer avec ce numéro ?

Régine Boulard
Gestionnaire – Lycée Jean Talon, Châlons-en-Champagne
UAI 0512744F
""",
     date="2026-02-24 10:02", client="zimbra",
     label=L("order_billing", False, "0512744F", "grand-est", "esidoc", False, "fr",
             "Invoice rejected by Chorus Pro for a missing legal-commitment number; asks for redeposit."))

# h147 ---------------------------------------------------------------------
mail(("Kevin Marchand", "kevin.marchand@grandest.example.fr"),
     "Alertes e-sidoc non reçues au lycée Oehmichen",
     """Bonjour,

Technicien de proximité Région au lycée Oehmichen de Châlons
(0518286E). La documentaliste ne reçoit plus les alertes du portail
(nouveautés, retards de prêt) depuis début février. J'ai vérifié avec
elle les indésirables et la quarantaine de la passerelle des lycées :
rien de votre part depuis le 2 février.

Pouvez-vous vérifier que les envois partent bien vers son adresse ?

Kevin Marchand
Support de proximité – Région Grand Est
""",
     date="2026-02-24 11:40", client="outlook", cte="qp",
     label=L("missing_noreply_mail", True, "0518286E", "grand-est", "esidoc", False, "fr",
             "Portal alert mails no longer arrive; junk and the Région gateway checked, no product named. Région "
             "technician; region from the UAI."))

# h148 ---------------------------------------------------------------------
mail(("Pascale Lebrun", "pascale.lebrun@ac-lille.fr"),
     "Réinitialisation e-sidoc pour 3 collèges du Pas-de-Calais",
     """Bonjour,

Suite aux mouvements de personnels de février, trois collèges du
Pas-de-Calais nous demandent une réinitialisation du mot de passe
administrateur de leur portail :

  - Collège Jean Moulin, Berck ............. 0624358A
  - Collège Les Trois Pays, Guînes ......... 0624696T
  - Collège Boris Vian, Coulogne ........... 0628694P

Pour chacun, l'ancienne documentaliste était la seule à avoir le mot de
passe. Pouvez-vous faire le nécessaire, en envoyant les liens aux
adresses officielles des collèges ?

Merci,
Pascale Lebrun
Cellule assistance – DANE de Lille
""",
     date="2026-02-24 14:15", client="tb", bulk=True, bad=["0628694P"],
     label=L("password_reset", False, None, "hauts-de-france", "esidoc", True, "fr",
             "Bulk: resets for three collèges. 0628694P has a wrong check letter (the digits give 0628694N), a "
             "probable typo to report; the other two (0624358A, 0624696T) are valid. No single UAI; region from the "
             "UAIs and the ac-lille.fr sender. Several establishments via the DANE: a person handles it."))

# h149 ---------------------------------------------------------------------
mail(("Gaëlle Dumont", "gaelle.dumont@ac-amiens.fr"),
     "Conventions invisibles depuis la migration",
     """Bonjour,

Sur l'ancienne plateforme, je voyais dans l'espace documents les
conventions signées par le lycée (adhésion, groupement). Depuis la
migration, la rubrique est vide pour notre structure, alors que mes
collègues d'autres lycées voient les leurs.

Lycée Boucher de Perthes, Abbeville – 0802635E

Pouvez-vous vérifier ?
Gaëlle Dumont, gestionnaire
""",
     date="2026-02-25 09:05", client="zimbra",
     label=L("contract_documents", False, "0802635E", "hauts-de-france", "espace_acheteur", False, "fr",
             "Conventions no longer visible for the structure after the migration."))

# h150 ---------------------------------------------------------------------
mail(("Laure Vidal", "laure.vidal.doc@gmail.com"),
     "Mailinblack bloque tout : envoyez sur mon gmail",
     """Bonjour,

La boîte du CDI du collège (Sedan, 0083399B) est derrière Mailinblack et
je ne vois jamais vos mails d'activation ou de mot de passe à temps. Le
plus simple serait que vous changiez l'adresse du compte administrateur
du portail pour celle-ci (laure.vidal.doc@gmail.com) : je la consulte
tous les jours.

Merci !
Laure Vidal, professeure documentaliste
""",
     date="2026-02-26 21:10", client="gmail",
     label=L("mailinblack_spam", False, "0083399B", "grand-est", "esidoc", True, "fr",
             "Mailinblack named as the cause, but she asks to move the admin contact address to her personal Gmail: "
             "that change needs the head's written request, so no automatic answer. Personal sender; region from "
             "the UAI."))


# ==========================================================================
# write + self-checks
# ==========================================================================

UAI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{3}) ?(\d{4}) ?([A-Za-z])(?![0-9A-Za-z])")
LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def build_all():
    R.seed(610061)
    return [build(spec) for spec in MAILS]


def visible_text(msg):
    """Subject, addresses and every decoded text part (recursing into attached messages)."""
    out = []
    for h in ("From", "To", "Cc", "Reply-To", "Subject"):
        for v in msg.get_all(h, []):
            out.append(str(v))
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "message/rfc822":
            continue
        if ct == "message/delivery-status":
            out.append(part.as_string())
            continue
        if part.is_multipart():
            continue
        if ct.startswith("text/"):
            out.append(part.get_content())
    return "\n".join(out)


def candidates(text):
    return {(a + b + c).upper() for a, b, c in UAI_RE.findall(text)}


def main():
    blobs = build_all()
    assert blobs == build_all(), "generation is not deterministic"
    # remove earlier output, then write
    for fn in os.listdir(HERE):
        if re.fullmatch(r"h\d{3}\.eml", fn):
            os.remove(os.path.join(HERE, fn))
    labels = []
    for i, (spec, blob) in enumerate(zip(MAILS, blobs), 1):
        fn = f"h{i:03d}.eml"
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(blob)
        lab = {"file": fn}
        lab.update(spec["label"])
        labels.append(lab)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    selfcheck()


def selfcheck():
    files = sorted(fn for fn in os.listdir(HERE) if fn.endswith(".eml"))
    assert files == [f"h{i:03d}.eml" for i in range(1, 151)], f"expected h001..h150, got {len(files)} files"
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(line) for line in f]
    assert [lab["file"] for lab in labels] == files
    regions = set(REGION_DEPTS)
    for lab, spec in zip(labels, MAILS):
        fn = lab["file"]
        assert list(lab) == LABEL_KEYS, (fn, list(lab))
        assert lab["category"] in CATEGORIES, fn
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), fn
        if lab["category"] not in AUTO_CATS:
            assert lab["auto_reply_ok"] is False, f"{fn}: {lab['category']} is never answered automatically"
        assert lab["platform"] in PLATFORMS, fn
        assert lab["region"] is None or lab["region"] in regions, fn
        assert lab["lang"] in ("fr", "en"), fn
        assert lab["notes"].strip(), fn

        with open(os.path.join(HERE, fn), "rb") as f:
            raw = f.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            assert not part.defects, (fn, part.get_content_type(), part.defects)
        assert msg["From"] and msg["Date"] and msg["Message-ID"] is not None and msg["Subject"] is not None, fn
        assert msg.get_body(preferencelist=("plain", "html")) is not None or msg.get_content_type().startswith("multipart/report"), fn
        text = visible_text(msg)

        # every 7-digit + letter code is a right UAI unless deliberately wrong (and said so)
        cands = candidates(text)
        bad = {b.upper() for b in spec["bad"]}
        for code in cands:
            if not uai_ok(code):
                assert code in bad, f"{fn}: {code} has a wrong check letter but is not declared"
        for code in bad:
            assert code in cands, f"{fn}: declared wrong code {code} not in the mail"
            assert not uai_ok(code), f"{fn}: declared wrong code {code} is in fact right"
            assert code in lab["notes"] and "wrong check letter" in lab["notes"], f"{fn}: notes must flag {code}"
        good = {c for c in cands if uai_ok(c)}

        # uai label: right letter and present in the mail
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), f"{fn}: label uai {lab['uai']} has a wrong check letter"
            assert lab["uai"] in good, f"{fn}: label uai {lab['uai']} not found in the mail"
        elif good and not spec["bulk"]:
            for c in good:
                assert c in lab["notes"], f"{fn}: UAI {c} in the mail but unlabelled and unexplained"

        # region: UAI département, else académie sender domain, else (bulk) the listed UAIs' region, else null
        sender_dom = domain_of(parseaddr(str(msg["From"]))[1])
        if lab["uai"] is not None:
            want = DEPT_REGION[lab["uai"][:3]]
        elif sender_dom in DOMAIN_REGION:
            want = DOMAIN_REGION[sender_dom]
        elif spec["bulk"]:
            regs = {DEPT_REGION[c[:3]] for c in good}
            assert len(regs) == 1, f"{fn}: bulk mail spans several regions {regs}"
            want = regs.pop()
        else:
            want = None
        assert lab["region"] == want, f"{fn}: region {lab['region']} != {want}"
        if spec["bulk"]:
            assert lab["uai"] is None and len(good) >= 2, f"{fn}: bulk mail needs several UAIs and no single label"
            if sender_dom in DOMAIN_REGION:
                assert {DEPT_REGION[c[:3]] for c in good} == {want}, f"{fn}: bulk UAIs outside the sender's region"

    cats = {}
    for lab in labels:
        cats[lab["category"]] = cats.get(lab["category"], 0) + 1
    assert set(cats) == CATEGORIES, f"missing categories: {CATEGORIES - set(cats)}"
    en = sum(lab["lang"] == "en" for lab in labels)
    assert 15 <= en <= 30, f"{en} English mails"
    print(f"wrote {len(labels)} mails to {HERE}")
    for c in sorted(cats, key=lambda k: -cats[k]):
        print(f"  {c:32s}{cats[c]:4d}")
    print(f"  English: {en}; hard: {sum(l['hard'] for l in labels)}; auto_reply_ok: {sum(l['auto_reply_ok'] for l in labels)}")


if __name__ == "__main__":
    main()
