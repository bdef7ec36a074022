#!/usr/bin/env python3
"""Write the holdout23 blind test corpus: h001.eml ... h150.eml and labels.jsonl.

Theme of this set: February winter holidays and March 2026.  Documentalistes
and their e-sidoc portals, school secretaries handling EcoleDirecte, buyers in
regional councils and hospital purchasing groups on the Espace Acheteur, a few
suppliers.  Short mails, requests written only in the subject, personal
addresses, replies quoting our own automatic answers, pasted quarantine
notices, regional greetings and turns of phrase, some English.

Every body below is written by hand.  The code around them only takes care of
the transport: headers, MIME structure, transfer encodings.  Nothing here reads
the classifier's configuration or code.

Stdlib only, deterministic (fixed seed).  Run:  python3 make_holdout23.py
It rewrites the .eml files and labels.jsonl next to itself, then re-reads them
with the email package and checks the labels against the spec's rules
(UAI check letter, region from UAI département or académie domain).
"""

import base64
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
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(20260223)

SUPPORT = "support@assistance.example.fr"
SUPPORT_TO = SUPPORT
MX = "mx1.assistance.example.fr"
DESK = "Assistance <support@assistance.example.fr>"

# ---------------------------------------------------------------- spec tables

CHECK = "ABCDEFGHJKLMNPRSTUVWXYZ"


def uai_valid(code):
    code = code.upper()
    if not re.fullmatch(r"\d{7}[A-Z]", code):
        return False
    return CHECK[int(code[:7]) % 23] == code[7]


_REGIONS = {
    "auvergne-rhone-alpes": ("01 03 07 15 26 38 42 43 63 69 73 74",
                             "ac-clermont.fr ac-grenoble.fr ac-lyon.fr"),
    "bourgogne-franche-comte": ("21 25 39 58 70 71 89 90", "ac-besancon.fr ac-dijon.fr"),
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
    "provence-alpes-cote-d-azur": ("04 05 06 13 83 84", "ac-aix-marseille.fr ac-nice.fr"),
    "guadeloupe": ("971", "ac-guadeloupe.fr"),
    "martinique": ("972", "ac-martinique.fr"),
    "guyane": ("973", "ac-guyane.fr"),
    "la-reunion": ("974", "ac-reunion.fr"),
    "mayotte": ("976", "ac-mayotte.fr"),
}
DEPT = {}
ACAD = {}
for _slug, (_deps, _doms) in _REGIONS.items():
    for _d in _deps.split():
        DEPT[_d if len(_d) == 3 else "0" + _d] = _slug
    for _m in _doms.split():
        ACAD[_m] = _slug

CATEGORIES = ["password_reset", "missing_noreply_mail", "mailinblack_spam",
              "head_of_establishment_request", "account_creation",
              "subscription_activation", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"]
PLATFORMS = [None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"]

# ---------------------------------------------------------------- small helpers


def when(stamp, tz=1):
    """'2026-02-09 08:14:05' in a fixed UTC offset (hours)."""
    t = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
    return t.replace(tzinfo=dt.timezone(dt.timedelta(hours=tz)))


def rfc_date(t):
    return format_datetime(t)


def paris(t):
    return t.astimezone(dt.timezone(dt.timedelta(hours=1)))


def received_date(t):
    p = paris(t)
    return p.strftime("%a, ") + str(p.day) + p.strftime(" %b %Y %H:%M:%S +0100 (CET)")


def hexid(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def alnum(n):
    return "".join(RNG.choice("0123456789ABCDEFGHJKLMNPQRSTVWXYZbcdfghjkmnpqrstvwxz") for _ in range(n))


def uuid():
    return "%s-%s-4%s-%s%s-%s" % (hexid(8), hexid(4), hexid(3), RNG.choice("89ab"), hexid(3), hexid(12))


def ip(net=None):
    net = net or RNG.choice(["192.0.2", "198.51.100", "203.0.113"])
    return "%s.%d" % (net, RNG.randint(2, 250))


def enc(value):
    """Encode a header value if it is not plain ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def addr(who):
    if isinstance(who, tuple):
        return formataddr(who, charset="utf-8")
    return who


def bare(who):
    return who[1] if isinstance(who, tuple) else re.sub(r".*<|>.*", "", who)


def domain_of(address):
    return address.rsplit("@", 1)[1].lower()


def encode_body(text, charset="utf-8", cte="8bit", crlf=False):
    if crlf:
        text = text.replace("\n", "\r\n")
    raw = text.encode(charset)
    if cte in ("8bit", "7bit"):
        return raw if raw.endswith(b"\n") else raw + b"\n"
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


class Part:
    def __init__(self, headers, payload):
        self.headers = list(headers)
        self.payload = payload


def text_part(text, charset="utf-8", cte="8bit", flowed=False, crlf=False, extra=()):
    ct = 'text/plain; charset=%s' % (charset.upper() if charset == "utf-8" and flowed else '"%s"' % charset)
    if flowed:
        ct += "; format=flowed"
    h = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte] + list(extra)
    return Part(h, encode_body(text, charset, cte, crlf))


def html_part(markup, charset="utf-8", cte="quoted-printable", crlf=False):
    h = ['Content-Type: text/html; charset="%s"' % charset, "Content-Transfer-Encoding: " + cte]
    return Part(h, encode_body(markup, charset, cte, crlf))


def multipart(subtype, parts, boundary, extra_ct="", preamble=None):
    h = ['Content-Type: multipart/%s;%s\n boundary="%s"' % (subtype, extra_ct, boundary)]
    out = []
    if preamble:
        out.append(preamble.encode() + b"\n")
    for p in parts:
        out.append(("--%s\n" % boundary).encode())
        out.append(("\n".join(p.headers) + "\n\n").encode())
        out.append(p.payload if p.payload.endswith(b"\n") else p.payload + b"\n")
        out.append(b"\n")
    out.append(("--%s--\n" % boundary).encode())
    return Part(h, b"".join(out))


# Minimal but well-formed attachment payloads.
FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")
FAKE_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def attachment(filename, kind="pdf"):
    data = FAKE_PDF if kind == "pdf" else FAKE_PNG
    mime = "application/pdf" if kind == "pdf" else "image/png"
    try:
        filename.encode("ascii")
        disp = 'attachment; filename="%s"' % filename
        ctn = '; name="%s"' % filename
    except UnicodeEncodeError:
        from urllib.parse import quote
        disp = "attachment; filename*=utf-8''%s" % quote(filename)
        ctn = ""
    h = ["Content-Type: %s%s" % (mime, ctn), "Content-Disposition: " + disp,
         "Content-Transfer-Encoding: base64"]
    return Part(h, base64.encodebytes(data))


# ---------------------------------------------------------------- HTML renderings of a text body


def _blocks(text):
    """Split text into (quoted?, lines) runs on leading '>'."""
    runs = []
    for line in text.split("\n"):
        q = line.startswith(">")
        if q:
            line = line[1:]
            if line.startswith(" "):
                line = line[1:]
        if runs and runs[-1][0] == q:
            runs[-1][1].append(line)
        else:
            runs.append((q, [line]))
    return runs


def html_gmail(text):
    def render(t):
        out = []
        for q, lines in _blocks(t):
            if q:
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                           + render("\n".join(lines)) + "</blockquote>")
            else:
                for ln in lines:
                    out.append("<div>%s</div>" % (html.escape(ln) if ln.strip() else "<br>"))
        return "\n".join(out)
    return '<div dir="ltr">' + render(text) + "</div>\n"


def html_outlook(text, font="Calibri"):
    head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n'
            '\tfont-size:11.0pt;\n\tfont-family:"%s",sans-serif;}\n--></style>\n</head>\n'
            '<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' % font)
    out = []
    for q, lines in _blocks(text):
        if q:
            out.append('<div style="border:none;border-left:solid #E1E1E1 1.0pt;padding:0cm 0cm 0cm 4.0pt">')
        for ln in lines:
            if ln.strip():
                out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % html.escape(ln))
            else:
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        if q:
            out.append("</div>")
    return head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def html_plain(text, font="arial, helvetica, sans-serif; font-size: 12pt; color: #000000"):
    out = []
    for q, lines in _blocks(text):
        if q:
            out.append('<blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;">')
        para = []
        for ln in lines:
            if ln.strip():
                para.append(html.escape(ln))
            else:
                if para:
                    out.append("<p>" + "<br>\n".join(para) + "</p>")
                    para = []
        if para:
            out.append("<p>" + "<br>\n".join(para) + "</p>")
        if q:
            out.append("</blockquote>")
    return ('<html><body><div style="font-family: %s">' % font) + "\n".join(out) + "</div></body></html>\n"


# ---------------------------------------------------------------- transport headers

RELAYS = {
    "gmail.com": ("mail-%s-f%d.google.com" % (RNG.choice(["wr1", "ej1", "lf1", "qk1"]), RNG.randint(40, 80)), "209.85.128"),
    "orange.fr": ("smtp-%d.smtpout.orange.fr" % RNG.randint(10, 30), "80.12.242"),
    "wanadoo.fr": ("smtp-%d.smtpout.orange.fr" % RNG.randint(10, 30), "80.12.242"),
    "hotmail.fr": ("EUR05-DB8-obe.outbound.protection.outlook.com", "40.107.20"),
    "hotmail.com": ("EUR02-AM0-obe.outbound.protection.outlook.com", "40.107.21"),
    "outlook.fr": ("EUR03-VI1-obe.outbound.protection.outlook.com", "40.107.22"),
    "live.fr": ("EUR01-HE1-obe.outbound.protection.outlook.com", "40.107.23"),
    "free.fr": ("smtp%d-g21.free.fr" % RNG.randint(1, 6), "212.27.42"),
    "laposte.net": ("smtp-out.laposte.net", "160.92.124"),
    "sfr.fr": ("smtp-out.sfr.fr", "93.17.128"),
    "yahoo.fr": ("sonic%d.consmr.mail.ir2.yahoo.com" % RNG.randint(300, 330), "87.248.110"),
    "icloud.com": ("qs51p00im-qukt01080501.me.com", "17.57.155"),
}


def relay_for(dom):
    if dom in RELAYS:
        host, net = RELAYS[dom]
        return host, ip(net)
    if dom.startswith("ac-"):
        return "smtp%d.%s" % (RNG.randint(1, 6), dom), ip()
    return "mail.%s" % dom, ip()


def auth_results(dom, mode="pass", from_dom=None):
    from_dom = from_dom or dom
    if mode == "pass":
        return ("Authentication-Results: %s;\n\tdkim=pass (2048-bit key) header.d=%s;\n"
                "\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s" % (MX, dom, dom, from_dom))
    if mode == "nodkim":
        return ("Authentication-Results: %s;\n\tdkim=none;\n\tspf=pass smtp.mailfrom=%s;\n"
                "\tdmarc=none" % (MX, dom))
    if mode == "fail":
        return ("Authentication-Results: %s;\n\tdkim=none;\n\tspf=fail smtp.mailfrom=%s;\n"
                "\tdmarc=fail (p=quarantine dis=none) header.from=%s" % (MX, dom, from_dom))
    if mode == "softfail":
        return ("Authentication-Results: %s;\n\tdkim=fail (signature did not verify) header.d=%s;\n"
                "\tspf=softfail smtp.mailfrom=%s;\n\tdmarc=fail (p=none dis=none) header.from=%s" % (MX, dom, dom, dom))
    raise ValueError(mode)


def transport(t, sender, mode="pass", return_path=None, relay=None, client_hop=True):
    """Return-Path, Delivered-To, Received chain and Authentication-Results."""
    dom = domain_of(return_path or sender) if (return_path or sender) else "localhost"
    host, hip = relay or relay_for(dom)
    arrive = t + dt.timedelta(seconds=RNG.randint(3, 40))
    lines = ["Return-Path: <%s>" % (return_path if return_path is not None else sender),
             "Delivered-To: " + SUPPORT,
             "Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
             % (host, host, hip, MX, alnum(15), SUPPORT, received_date(arrive)),
             auth_results(dom, mode, domain_of(sender) if sender else None)]
    if client_hop:
        lines.append("Received: from [192.168.%d.%d] (unknown [%s])\n\tby %s with ESMTPSA id %s\n\tfor <%s>; %s"
                     % (RNG.randint(0, 3), RNG.randint(2, 250), ip(), host, hexid(10).upper(), SUPPORT,
                        rfc_date(t + dt.timedelta(seconds=1))))
    return lines


# ---------------------------------------------------------------- clients


def mid_for(client, dom, t):
    if client == "gmail":
        return "<CA%s@mail.gmail.com>" % "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-_") for _ in range(46))
    if client in ("outlook", "outlook_html"):
        return "<%s$%s$%s$@%s>" % (hexid(12), hexid(8), hexid(8), dom)
    if client in ("outlookcom", "android"):
        return "<%s@%s.eurprd%02d.prod.outlook.com>" % (alnum(36), "PA" + alnum(12).upper(), RNG.randint(1, 9))
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randint(100000, 999999999), RNG.randint(1000, 99999),
                                                   int(t.timestamp() * 1000), dom)
    if client == "orange":
        return "<%d.%d.%d.JavaMail.www@wwinf%d>" % (RNG.randint(1000000, 9999999), RNG.randint(1000, 99999),
                                                     int(t.timestamp() * 1000), RNG.randint(1000, 2000))
    if client == "roundcube":
        return "<%s@%s>" % (hexid(32), dom)
    if client in ("iphone", "apple"):
        return "<%s@%s>" % (uuid().upper(), dom)
    return "<%s@%s>" % (uuid(), dom)


def thread_headers(reply):
    if not reply:
        return []
    if isinstance(reply, str):
        reply = [reply]
    return ["References: " + "\n ".join(reply), "In-Reply-To: " + reply[-1]]


def person(frm, subject, date, body, client="tb", to=SUPPORT_TO, cc=None, reply=None,
           attach=(), extra=(), auth="pass", charset="utf-8", cte=None, return_path=None,
           html_only=False, tz=None):
    """Build a mail written by a person, with the headers its client would add."""
    sender = bare(frm)
    dom = domain_of(sender)
    t = date
    mid = mid_for(client, dom, t)
    boundary_alt = {"gmail": "0000000000%s" % hexid(16),
                    "outlook": "----=_NextPart_000_%s_%s.%s" % (hexid(4).upper(), hexid(8).upper(), hexid(8).upper()),
                    "outlookcom": "_000_%s_" % alnum(40),
                    "zimbra": "=_%s" % uuid(),
                    "orange": "----=_Part_%d_%d.%d" % (RNG.randint(100000, 999999), RNG.randint(10000, 999999), int(t.timestamp() * 1000)),
                    "apple": "Apple-Mail=_%s" % uuid().upper()}.get(client, "------------%s" % alnum(24))

    # --- the body part(s)
    if client == "gmail":
        body_part = multipart("alternative", [text_part(body, cte=cte or "quoted-printable"),
                                              html_part(html_gmail(body))], boundary_alt)
    elif client == "outlook":
        c = cte or "base64"
        if html_only:
            body_part = html_part(html_outlook(body), charset=charset, cte=c, crlf=True)
        else:
            body_part = multipart("alternative", [text_part(body, charset=charset, cte=c, crlf=True),
                                                  html_part(html_outlook(body), charset=charset, cte=c, crlf=True)],
                                  boundary_alt)
    elif client == "outlookcom":
        body_part = multipart("alternative", [text_part(body, cte=cte or "quoted-printable"),
                                              html_part(html_outlook(body, font="Aptos"))], boundary_alt)
    elif client == "zimbra":
        body_part = multipart("alternative", [text_part(body, cte=cte or "quoted-printable"),
                                              html_part(html_plain(body))], boundary_alt)
    elif client == "orange":
        body_part = multipart("alternative", [text_part(body, cte=cte or "quoted-printable"),
                                              html_part(html_plain(body, font="Verdana; font-size: 10pt"))],
                              boundary_alt)
    elif client == "apple":
        body_part = multipart("alternative", [text_part(body, cte=cte or "quoted-printable"),
                                              html_part(html_plain(body, font="-apple-system, Helvetica"))],
                              boundary_alt)
    elif client == "iphone":
        body_part = text_part(body, cte=cte or "quoted-printable")
    elif client == "android":
        body_part = text_part(body, cte=cte or "base64", crlf=True)
    elif client == "roundcube":
        body_part = text_part(body, cte=cte or "quoted-printable", flowed=True)
    elif client == "legacy":
        body_part = text_part(body, charset=charset, cte=cte or "8bit")
    else:  # thunderbird
        body_part = text_part(body, charset=charset, cte=cte or "8bit", flowed=True)

    if attach:
        body_part = multipart("mixed", [body_part] + list(attach), "------------%s" % alnum(24))

    # --- the message headers, in the order the client writes them
    h = transport(t, sender, auth, return_path=return_path,
                  client_hop=client not in ("gmail", "outlookcom", "orange", "iphone", "android"))
    if client == "gmail":
        h.append("Received: by %s with SMTP id %s\n\tfor <%s>; %s"
                 % (relay_for("gmail.com")[0], alnum(20).lower(), SUPPORT,
                    format_datetime(t.astimezone(dt.timezone(dt.timedelta(hours=-8))))))
    fr, to_s, subj = addr(frm), to, enc(subject)
    cc_l = ["Cc: " + cc] if cc else []
    th = thread_headers(reply)
    ex = list(extra)
    if client == "tb":
        h += ["Message-ID: " + mid, "Date: " + rfc_date(t), "MIME-Version: 1.0",
              "User-Agent: Mozilla Thunderbird", "Content-Language: fr-FR"] + th + \
             ["To: " + to_s] + cc_l + ["From: " + fr, "Subject: " + subj] + ex
    elif client == "gmail":
        h += ["MIME-Version: 1.0"] + th + ["From: " + fr, "Date: " + rfc_date(t), "Message-ID: " + mid,
                                           "Subject: " + subj, "To: " + to_s] + cc_l + ex
    elif client in ("outlook", "outlook_html"):
        h += ["From: " + fr, "To: " + to_s] + cc_l + ["Subject: " + subj] + th + \
             ["Date: " + rfc_date(t), "Message-ID: " + mid, "MIME-Version: 1.0",
              "X-Mailer: Microsoft Outlook 16.0",
              "Thread-Index: " + base64.b64encode(bytes(RNG.randrange(256) for _ in range(22))).decode(),
              "Content-Language: fr"] + ex
    elif client in ("outlookcom", "android"):
        h += ["From: " + fr, "To: " + to_s] + cc_l + ["Subject: " + subj, "Thread-Topic: " + subj,
                                                      "Date: " + rfc_date(t), "Message-ID: " + mid] + th + \
             ["Accept-Language: fr-FR, en-US", "Content-Language: fr-FR",
              "X-MS-Has-Attach: " + ("yes" if attach else ""), "MIME-Version: 1.0"] + ex
    elif client == "zimbra":
        h += ["Date: " + rfc_date(t), "From: " + fr, "To: " + to_s] + cc_l + ["Message-ID: " + mid] + th + \
             ["Subject: " + subj, "MIME-Version: 1.0",
              "X-Originating-IP: [%s]" % ip(),
              "X-Mailer: Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF122 (Win)/9.0.0_GA_4583)",
              "Thread-Index: " + alnum(28)] + ex
    elif client == "orange":
        h += ["Date: " + rfc_date(t), "From: " + fr, "To: " + to_s] + cc_l + ["Message-ID: " + mid] + th + \
             ["Subject: " + subj, "MIME-Version: 1.0", "X-Originating-IP: [%s]" % ip(),
              "X-WUM-FROM: |~|", "X-WUM-TO: |~|", "X-WUM-REPLYTO: |~|"] + ex
    elif client in ("iphone", "apple"):
        h += ["From: " + fr] + (["Mime-Version: 1.0 (1.0)"] if client == "iphone" else ["Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"]) + \
             ["Date: " + rfc_date(t), "Subject: " + subj, "Message-Id: " + mid] + th + \
             ["To: " + to_s] + cc_l + \
             (["X-Mailer: iPhone Mail (21D61)"] if client == "iphone" else ["X-Mailer: Apple Mail (2.3826.400.131.1.6)"]) + ex
    elif client == "roundcube":
        h += ["MIME-Version: 1.0", "Date: " + rfc_date(t), "From: " + fr, "To: " + to_s] + cc_l + \
             ["Subject: " + subj] + th + ["Message-ID: " + mid,
                                          "User-Agent: Roundcube Webmail/1.6.6"] + ex
    else:  # legacy
        h += ["From: " + fr, "To: " + to_s] + cc_l + ["Subject: " + subj] + th + \
             ["Date: " + rfc_date(t), "Message-ID: " + mid, "MIME-Version: 1.0",
              "X-Priority: 3", "X-Mailer: Microsoft Outlook Express 6.00.2900.5931"] + ex
    return ("\n".join(h) + "\n" + "\n".join(body_part.headers) + "\n\n").encode() + body_part.payload


def automated(top, headers, part):
    """A machine-written mail: `top` is the transport block, `headers` the rest, `part` the body Part."""
    return ("\n".join(top + headers) + "\n" + "\n".join(part.headers) + "\n\n").encode() + part.payload


# ---------------------------------------------------------------- the corpus

MAILS = []          # (raw bytes, label dict without "file", ignore_codes)


def add(raw, category, auto, uai, region, platform, hard, lang, notes, ignore_codes=()):
    MAILS.append((raw, dict(category=category, auto_reply_ok=auto, uai=uai, region=region,
                            platform=platform, hard=hard, lang=lang, notes=notes), tuple(ignore_codes)))


def T(stamp, tz=1):
    return when(stamp, tz)


# ============================================================== password_reset

add(person(("Sandrine Morel-Duclos", "sandrine.morel-duclos@ac-grenoble.fr"),
           "Accès back-office e-sidoc après les vacances", T("2026-02-24 08:47:12"), """\
Bonjour,

Retour de vacances un peu rude : le back-office de notre e-sidoc me refuse
l'entrée. J'ai tapé trois ou quatre variantes du mot de passe, aucune ne
passe, et je crains d'avoir fini par bloquer le compte.

Pour mémoire, notre établissement : lycée Louise Michel, Grenoble, UAI
0382841G. Le portail public s'affiche normalement, c'est seulement la partie
gestion qui coince.

Pouvez-vous me renvoyer un moyen de réinitialiser ?

Merci d'avance,

--
Sandrine Morel-Duclos
Professeure documentaliste – CDI
"""), "password_reset", True, "0382841G", "auvergne-rhone-alpes", "esidoc", False, "fr",
    "Back from the February holidays, back-office password no longer accepted, maybe locked; UAI in the body.")

add(person(("Bruno Vanhoutte", "bruno.vanhoutte@ac-lille.fr"),
           "Mot de passe oublié e-sidoc 0590650L", T("2026-03-02 07:58:40"), """\


Obtenir Outlook pour Android
""", client="android"), "password_reset", True, "0590650L", "hauts-de-france", "esidoc", False, "fr",
    "The whole request is in the subject line (with the UAI); the body holds only the Outlook for Android signature (base64).")

add(person(("jp.ferrand", "jp.ferrand@orange.fr"), "esidoc", T("2026-02-17 21:32:05"), """\
bonjour j'ai oublié le mot de passe admin d'esidoc du collège de Riom (0631359K), je vous écris de chez moi. JP Ferrand, doc
""", client="orange"), "password_reset", True, "0631359K", "auvergne-rhone-alpes", "esidoc", False, "fr",
    "One line from a personal Orange address, evening during the holidays; region from the UAI, not the sender.")

add(person(("Maiwenn Kerhervé", "maiwenn.kerherve@ac-rennes.fr"), "Compte admin e-sidoc verrouillé",
           T("2026-03-03 11:20:31"), """\
Demat deoc'h,

Le compte d'administration de notre e-sidoc est verrouillé depuis ce matin :
« trop de tentatives, réessayez plus tard ». J'ai attendu une bonne heure,
rien à faire, toujours le même message.

Il faudrait soit le déverrouiller, soit m'envoyer de quoi refaire un mot de
passe.

Collège Penn ar Roz, Châteaulin — RNE 0290646V

Trugarez bras,
Maiwenn Kerhervé
Documentaliste
""", client="zimbra"), "password_reset", True, "0290646V", "bretagne", "esidoc", False, "fr",
    "Breton greeting and thanks; account locked after too many attempts; UAI given as RNE.")

add(person(("OUELHADJ Nadia", "nadia.ouelhadj@hautsdefrance.fr"), "Identifiant Espace Acheteur",
           T("2026-02-10 14:06:55"), """\
Bonjour,

Je suis acheteuse à la direction de la commande publique (pôle lycées) et je
n'arrive plus à retrouver mon identifiant de connexion à l'Espace Acheteur.
Ma collègue qui avait créé nos accès est partie à la retraite fin janvier, et
je ne sais même pas si le compte est à mon nom ou au sien.

Pourriez-vous me dire comment récupérer l'identifiant et refaire le mot de
passe ?

Bien à vous,

Nadia Ouelhadj
Chargée d'achats – Direction de la commande publique
Région Hauts-de-France
""", client="outlook"), "password_reset", True, None, None, "espace_acheteur", False, "fr",
    "Regional-council buyer who no longer knows her Espace Acheteur login. The signature names a region but the sender domain is not an académie one and there is no UAI: region null.")

add(person(("Pierre-Yves Garnier", "py.garnier@gcs-achats-sante.fr"), "mot de passe expiré ?",
           T("2026-03-09 09:02:18"), """\
Bonjour,

Le site m'indique que mon mot de passe a expiré et me demande l'ancien pour
en créer un nouveau. Je ne m'en souviens pas, c'était celui de septembre.
Comment fait-on dans ce cas ?

Cordialement

PY Garnier
Acheteur – GCS Achats Santé Centre
""", client="outlook", cte="quoted-printable"), "password_reset", True, None, None, "espace_acheteur", False, "fr",
    "Hospital purchasing group buyer: expired password, old one forgotten. 'Le site' is the buyer platform (GCS Achats, acheteur).")

add(person(("Élodie Sanchez", "elodie.sanchez1@ac-montpellier.fr"), "Re: [#SUP-007412] Mot de passe e-sidoc",
           T("2026-03-04 08:12:44"), """\
Bonjour,

Le lien est bien arrivé, merci, mais je ne l'ai ouvert que ce matin et la
page dit qu'il n'est plus valide. Vous pouvez m'en renvoyer un ? Je le
ferai tout de suite cette fois.

Élodie Sanchez
CDI lycée Jean Moulin, Béziers — 0341190J

Le 03/03/2026 à 17:41, Assistance a écrit :
> Bonjour,
>
> Nous avons bien reçu votre demande. Un lien de réinitialisation du mot
> de passe d'administration e-sidoc a été envoyé à l'adresse connue pour
> votre établissement (e***@ac-********.fr). Ce lien est valable 12 heures
> et ne peut servir qu'une fois.
>
> Si vous ne le recevez pas, pensez à vérifier votre dossier de courrier
> indésirable.
>
> Cordialement,
> L'équipe d'assistance
""", reply="<SUP-007412.1772556060.4be1c2@assistance.example.fr>"),
    "password_reset", True, "0341190J", "occitanie", "esidoc", False, "fr",
    "Reply quoting our automatic reset answer: the link worked as sent but expired before use (12 h); asks for a new one, which the reset path gives.")

add(person(("Hugo Lemaire", "hugo.lemaire@ac-versailles.fr"), "RE: [#SUP-007288] Réinitialisation e-sidoc",
           T("2026-02-25 10:31:09"), """\
Bonjour,

Merci, mais le lien est parti sur la boîte ce.0782600C@ac-versailles.fr, que
seuls la secrétaire de direction et le principal consultent. Nous sommes en
vacances jusqu'au 9 mars et le collège est fermé : personne ne pourra
l'ouvrir avant.

J'ai besoin d'accéder au back-office d'ici là pour préparer l'exposition de
la Semaine de la presse. Y a-t-il une autre solution ?

Cordialement,
Hugo Lemaire
Professeur documentaliste, collège Les Tilleuls

De : Assistance <support@assistance.example.fr>
Envoyé : lundi 23 février 2026 16:05
À : Hugo Lemaire <hugo.lemaire@ac-versailles.fr>
Objet : [#SUP-007288] Réinitialisation e-sidoc

Bonjour,

L'adresse depuis laquelle vous écrivez n'est pas celle enregistrée pour
votre établissement. Le lien de réinitialisation a donc été envoyé à
l'adresse officielle de l'établissement (ce.078****C@ac-versailles.fr). Il
est valable 12 heures.

Cordialement,
L'équipe d'assistance
""", client="outlook", reply="<SUP-007288.1771859100.a03f77@assistance.example.fr>"),
    "password_reset", False, "0782600C", "ile-de-france", "esidoc", False, "fr",
    "Reply (Outlook quote) to our automatic answer: the link went to the school's official mailbox, which nobody can open during the holidays. The automatic path is exhausted; a person must take over.")

add(person(("Régine Jeanneret", "regine.jeanneret@ac-besancon.fr"), "Mot de passe e-sidoc – merci de votre aide",
           T("2026-02-23 13:44:27"), """\
Bonjour,

Je me permets de vous écrire car je n'arrive plus à me connecter à
l'administration de notre portail e-sidoc. J'ai changé de natel pendant les
vacances et le mot de passe était enregistré dedans ; je ne l'ai noté nulle
part ailleurs, je sais, ce n'est pas malin.

L'identifiant, c'est bien le numéro de l'établissement, 0250952Z ? Et pour
recevoir un nouveau mot de passe, je fais comment, déjà ?

Avec mes meilleures salutations,

Régine Jeanneret
Documentaliste, collège du Val de Morteau
"""), "password_reset", True, "0250952Z", "bourgogne-franche-comte", "esidoc", False, "fr",
    "Swiss turns of phrase (natel, 'déjà', meilleures salutations); password lost with a phone; UAI in the body.")

add(person(("Marie-Ève Tremblay", "marie-eve.tremblay@ac-lyon.fr"), "Accès e-sidoc - nouvelle documentaliste",
           T("2026-02-27 15:12:03"), """\
Bonjour!

Je suis la nouvelle documentaliste au collège Jean-Jaurès de Villefranche
(0690348D), arrivée au retour des vacances en remplacement. Présentement, je
ne peux pas accéder au portail e-sidoc côté gestion : personne ici ne
connaît le mot de passe, pis le courriel associé au compte, c'est celui de
ma prédécesseure, qui n'est plus joignable.

C'est pas mal plate parce que je voulais préparer la Semaine de la presse
avec les élèves. Pouvez-vous m'aider?

Merci beaucoup et bonne fin de semaine!

Marie-Ève Tremblay
Enseignante documentaliste (remplaçante)
""", client="gmail"), "password_reset", True, "0690348D", "auvergne-rhone-alpes", "esidoc", False, "fr",
    "Québec French (présentement, courriel, pis, plate, fin de semaine); replacement librarian who never had the password, address on file is the predecessor's.")

add(person(("Sarah Whitfield", "sarah.whitfield@ac-versailles.fr"), "Lost password – e-sidoc back office (CDI)",
           T("2026-03-10 12:25:50"), """\
Hello,

I work at the CDI of the lycée (British section) and I have lost the mot de
passe for the e-sidoc back office. The identifiant is our UAI, 0922021X,
that much I know. My French colleague who usually handles it is en arrêt
maladie until the end of March.

Could you send a reset link? If it has to go to the school's official
address, that's fine, the secrétariat will forward it to me.

Many thanks,
Sarah Whitfield
Teacher-librarian
""", client="outlookcom"), "password_reset", True, "0922021X", "ile-de-france", "esidoc", False, "en",
    "English with French words (CDI, mot de passe, identifiant, arrêt maladie); accepts the link on the official address.")

add(person(("Laure Castellani", "laure.castellani@ac-nice.fr"), "mot de passe e-sidoc (rien à voir avec Mailinblack)",
           T("2026-03-05 16:40:12"), """\
Bonjour,

Avant toute chose : je ne vous écris PAS pour un problème de MailInBlack ou
de courrier bloqué, j'ai vu passer les messages à ce sujet sur la liste des
docs. Chez nous les mails arrivent très bien.

Mon souci est plus bête : j'ai oublié mon mot de passe e-sidoc pendant les
vacances. Identifiant : 0060596R.

Merci de m'indiquer la marche à suivre.

Cordialement
Laure Castellani
Professeure documentaliste, lycée des Orangers, Nice
""", client="zimbra"), "password_reset", True, "0060596R", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
    "Negation: MailInBlack is named (subject and body) only to say it is not the problem; a plain forgotten password.")

add(person(("Anne-Claire Royer", "anne-claire.royer@ac-orleans-tours.fr"), "e-sidoc : deux soucis",
           T("2026-03-04 10:03:36"), """\
Bonjour,

Deux choses, désolée de tout mettre dans le même mail :

1) je n'ai plus le mot de passe du compte admin e-sidoc (collège Jean
Rostand, 0452432Z) ; j'ai tenté la procédure en ligne mais je ne sais pas
quelle adresse est enregistrée chez vous ;

2) l'abonnement Europresse commandé mi-janvier n'apparaît toujours pas dans
nos ressources.

Pour le 2, je crois qu'il faut que je puisse me connecter pour vérifier,
donc le 1 d'abord !

Merci,
Anne-Claire Royer
"""), "password_reset", False, "0452432Z", "centre-val-de-loire", "esidoc", True, "fr",
    "Two topics: lost password (main, first) and a subscription ordered weeks ago still missing; one template would answer only half.")

add(person(("Jérôme Lacoste", "jerome.lacoste@ac-bordeaux.fr"), "identifiant 0332259G mot de passe",
           T("2026-02-26 18:22:14"), """\
bonjour,

je n arrive plus a me connecter a l admin du portail, mot de passe refuse.
notre identifiant est 0332259G (college des Chartrons). pouvez vous
reinitialiser ?

merci
J. Lacoste
""", client="roundcube"), "password_reset", True, None, "nouvelle-aquitaine", "esidoc", True, "fr",
    "UAI typed as 0332259G: the check letter is wrong (the digits give 0332259B), so no UAI; region from the ac-bordeaux.fr sender. No accents. 'Portail' + admin + identifiant = e-sidoc back office.",
    ignore_codes=["0332259G"])

add(person(("Secrétariat Saint-Joseph", "secretariat@ensemble-stjoseph-ancenis.fr"),
           "Parent bloqué sur EcoleDirecte", T("2026-03-11 09:15:48"), """\
Bonjour,

Une maman d'élève de 5e n'arrive plus à se connecter à EcoleDirecte : elle
a perdu son identifiant et son mot de passe, et le lien « mot de passe
oublié » lui demande une adresse mail qu'elle ne reconnaît pas (sans doute
celle de son ex-conjoint).

Pouvez-vous réinitialiser son accès, ou me dire comment le faire de notre
côté ? Je vous donne ses nom et prénom si besoin.

Bien cordialement,

Véronique Hardy
Secrétariat – Ensemble scolaire Saint-Joseph, Ancenis
UAI 0440554N
""", client="outlook"), "password_reset", False, "0440554N", "pays-de-la-loire", "ecoledirecte", True, "fr",
    "A secretary relays a parent's lost EcoleDirecte login: a lost identifier/password, but for a parent account the school itself manages, and no reset template exists for this product.")

add(person(("Karim Benali", "karim.benali59@hotmail.fr"), "Espace acheteur - mot de passe oublié (CH de Valmont)",
           T("2026-03-12 07:49:30"), """\
Bonjour,

Je vous écris depuis mon adresse personnelle car notre messagerie
hospitalière est coupée depuis hier soir (incident de sécurité, tout est
arrêté).

J'ai besoin de me connecter à l'Espace Acheteur pour une commande urgente de
consommables mais j'ai oublié mon mot de passe. Mon identifiant est
k.benali@ch-valmont.fr.

Merci de votre aide,

Karim Benali
Acheteur – Centre hospitalier de Valmont / GHT Littoral
""", client="outlookcom"), "password_reset", True, None, None, "espace_acheteur", False, "fr",
    "Hospital buyer writing from a personal Hotmail because the work mail is down; forgotten Espace Acheteur password. He does not ask for the link at the personal address.")

add(person(("Yann Le Floch", "yann.le-floch@ac-rennes.fr"), "Compte bloqué", T("2026-03-16 08:05:02"), """\
Bonjour, compte e-sidoc bloqué après 3 essais. UAI 0561112E. Merci.
Y. Le Floch

Envoyé de mon iPhone
""", client="iphone"), "password_reset", True, "0561112E", "bretagne", "esidoc", False, "fr",
    "Three-line iPhone message: account locked after three attempts.")

add(person(("Claire Dumont", "claire.dumont.cdi@gmail.com"), "Fwd: Réinitialisation de votre mot de passe",
           T("2026-03-06 07:35:21"), """\
Bonjour,
je l'ai reçu hier soir, cliqué ce matin : « lien expiré ». Vous pouvez me
renvoyer un lien ?
Claire

---------- Forwarded message ---------
De : e-sidoc <no-reply@esidoc.example.fr>
Date: jeu. 5 mars 2026 à 19:02
Subject: Réinitialisation de votre mot de passe
To: <cdi.lycee.flaubert@ac-normandie.fr>


Bonjour,

Une demande de réinitialisation du mot de passe a été faite pour le compte
d'administration du portail 0762592E.esidoc.example.fr.

Pour choisir un nouveau mot de passe, cliquez sur le lien ci-dessous :
https://0762592e.esidoc.example.fr/admin/reset?token=8f3a0c1d9e

Ce lien expire 12 heures après l'envoi de ce message.

Ceci est un message automatique, merci de ne pas y répondre.
""", client="gmail"), "password_reset", True, "0762592E", "normandie", "esidoc", False, "fr",
    "Forward (Gmail, French labels mixed with English) of the reset mail whose link has expired; personal Gmail, UAI only inside the forwarded portal name/URL.")

add(person(("Anli Soilihi", "anli.soilihi@ac-mayotte.fr"), "mot de passe e-sidoc", T("2026-03-18 10:48:33", 3), """\
Bonjour,

Mot de passe e-sidoc oublié. Envoyez le lien sur l'adresse du collège svp
(ce.9761445S@ac-mayotte.fr), je la consulte avec le secrétariat.

Merci
A. Soilihi, documentaliste, collège de Dembéni
""", client="zimbra"), "password_reset", True, "9761445S", "mayotte", "esidoc", False, "fr",
    "Short request from Mayotte (UTC+3), asks for the link on the official address, which is the safe path.")

add(person(("Christiane Muller", "christiane.muller@ac-strasbourg.fr"), "Passwort... euh, mot de passe e-sidoc",
           T("2026-03-09 14:33:10"), """\
Salü binander,

Petit souci avec l'administration de notre e-sidoc : le portail m'a demandé
de changer le mot de passe la semaine dernière, je l'ai fait, et depuis ni
l'ancien ni le nouveau ne fonctionnent. J'ai dû me tromper en le tapant deux
fois pareil (!).

Est-ce que vous pouvez me le réinitialiser ? Notre numéro : 0672503G, lycée
Haute-Bruche à Molsheim.

Merci vielmols et bonne journée,
Christiane Muller
CDI
"""), "password_reset", True, "0672503G", "grand-est", "esidoc", False, "fr",
    "Alsatian greeting and thanks, German word in the subject; new password set wrongly, neither works.")

add(person(("Maïté Laborde", "maite.laborde@ac-bordeaux.fr"), "Adishatz – mot de passe admin",
           T("2026-02-25 09:27:58"), """\
Adishatz,

Pas moyen d'entrer dans l'admin e-sidoc du lycée depuis la rentrée des
vacances. Le mot de passe était noté sur un post-it qui a disparu avec le
grand ménage de février au CDI...

Lycée du Gave, Pau. UAI 0642594X.

Mercés plan,
Maïté Laborde
""", client="zimbra"), "password_reset", True, "0642594X", "nouvelle-aquitaine", "esidoc", False, "fr",
    "Gascon (Occitan) greeting and thanks; lost the written-down password.")

add(person(("Olivier Caron", "olivier.caron.80@gmail.com"), "Nouveau mot de passe à envoyer sur ma boîte perso",
           T("2026-02-19 20:14:46"), """\
Bonsoir,

Je suis documentaliste au collège Alfred Manessier (0800501K) et j'ai perdu
le mot de passe d'administration d'e-sidoc.

Pourriez-vous m'envoyer directement le nouveau mot de passe sur cette
adresse-ci (olivier.caron.80@gmail.com) ? Je n'ai pas accès à ma messagerie
académique depuis chez moi et je voudrais avancer pendant les vacances.

Merci beaucoup,
Olivier Caron
""", client="gmail"), "password_reset", False, "0800501K", "hauts-de-france", "esidoc", True, "fr",
    "Lost password, but asks for the new password to be sent to his personal Gmail, which is not on file: the safe rule forbids it, so no automatic answer.")

add(person(("Secrétariat de direction", "ce.0081234Y@ac-reims.fr"), "Portail e-sidoc de l'école",
           T("2026-03-03 13:56:22"), """\
Bonjour Madame, Monsieur,

Je vous écris pour la bibliothécaire de chez nous — enfin, la documentaliste,
pardon — qui ne sait plus entrer dans le portail e-sidoc : le mot de passe
ne passe plus depuis le congé de carnaval.

Est-ce que vous savez envoyer un lien pour le refaire sur cette adresse-ci ?
C'est l'adresse du secrétariat, je lui transmettrai, s'il vous plaît.

Merci déjà et à tantôt,

Nathalie Deprez
Secrétariat de direction
""", client="outlook"), "password_reset", True, "0081234Y", "grand-est", "esidoc", True, "fr",
    "Belgian turns (savoir for pouvoir, congé de carnaval, à tantôt, merci déjà); the UAI appears only in the ce.<UAI>@ac-reims.fr sender address, from which the link may go.")

# ============================================================== missing_noreply_mail

add(person(("Service achats lycées", "achats.lycees@laregion.fr"), "Comptes Espace Acheteur : aucun mail d'activation",
           T("2026-02-04 11:18:40"), """\
Bonjour,

Nous avons créé lundi trois comptes pour l'équipe achats du service des
lycées sur l'Espace Acheteur (Mmes Baylac et Roux, M. Ferrer). Aucun des
trois n'a reçu le mail d'activation : ni dans la boîte de réception, ni dans
les indésirables, ni dans les « autres ».

Côté filtrage, rien de particulier d'après notre DSI.

Pouvez-vous relancer l'envoi, ou nous dire de quelle adresse il doit
partir ?

Cordialement,

Service achats – Direction de l'éducation et des lycées
""", client="outlook"), "missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
    "Regional council: three new buyer accounts, no activation mail anywhere; no anti-spam product named. Non-academic domain: region null.")

add(person(("Delphine Arnaud", "delphine.arnaud@ch-bellerive.fr"), "Alertes nouvelles offres",
           T("2026-02-12 15:40:09"), """\
Bonjour,

Depuis début février je ne reçois plus aucune alerte « nouvelle offre
publiée », alors que l'abonnement aux alertes est bien coché dans mon
profil (catégories fournitures de bureau et consommables médicaux). Avant,
j'en avais deux ou trois par semaine.

J'ai fouillé les courriers indésirables, rien.

Merci de regarder,
Delphine Arnaud
Cellule des marchés – Centre hospitalier de Bellerive
""", client="outlook", cte="quoted-printable"), "missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
    "Hospital buyer no longer receives the offer-alert notifications from the platform.")

add(person(("lucie.perrot", "lucie.perrot71@gmail.com"), "Espace acheteur : mail de confirmation",
           T("2026-03-09 08:31:12"), """\
toujours rien reçu depuis vendredi, j'ai regardé partout
""", client="gmail"), "missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
    "One line, no greeting: the subject says which mail is missing.")

add(person(("Lydie Fournier", "lydie.fournier@ac-normandie.fr"),
           "Pas reçu le mail d'activation de mon compte client e-sidoc", T("2026-03-17 10:02:51"), """\
--
Lydie Fournier
Professeure documentaliste
Lycée Pablo Neruda – Dieppe
"""), "missing_noreply_mail", True, None, "normandie", "esidoc", False, "fr",
    "Request only in the subject; the body is the signature. No UAI, region from ac-normandie.fr.")

add(person(("Farid Hamidi", "farid.hamidi@ac-creteil.fr"), "Notifications de réservation e-sidoc",
           T("2026-03-10 13:27:36"), """\
Bonjour,

Depuis le retour des vacances d'hiver, je ne reçois plus les notifications
de réservation : quand un élève réserve un livre sur le portail, j'avais
toujours un mail automatique, et là plus rien (j'ai pourtant six
réservations en attente dans le back-office).

J'ai vérifié le dossier Spam de la messagerie académique et l'adresse de
notification dans les paramètres, elle est correcte.

Collège Romain Rolland, Ivry — 0942827M

Merci d'avance,
Farid Hamidi
"""), "missing_noreply_mail", True, "0942827M", "ile-de-france", "esidoc", False, "fr",
    "e-sidoc reservation notifications from the no-reply sender no longer arrive; junk folder checked; no anti-spam product named.")

add(person(("Isabelle Thiriet", "isabelle.thiriet@ac-nancy-metz.fr"), "Re: [#SUP-007530] Pas de mail de validation",
           T("2026-03-13 09:10:44"), """\
Bonjour,

J'ai fait tout ce qui était indiqué : dossier indésirables vérifié, adresse
no-reply ajoutée aux contacts, message marqué comme légitime... et toujours
rien, trois jours après. J'ai redemandé l'envoi deux fois.

Je crois qu'il faut que quelqu'un regarde de votre côté ou avec la région.

Isabelle Thiriet
Gestionnaire – lycée Henri Loritz, Nancy (0540304M)

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Isabelle Thiriet" <isabelle.thiriet@ac-nancy-metz.fr>
Envoyé: Mardi 10 Mars 2026 11:52:08
Objet: [#SUP-007530] Pas de mail de validation

Bonjour,

Les messages automatiques de l'Espace Acheteur partent de l'adresse
no-reply@espace-acheteur.example.fr. Merci de vérifier votre dossier de
courrier indésirable, de marquer le message comme légitime et d'ajouter
cette adresse à vos contacts.

Sans nouvelles de votre part sous 48 heures, nous reviendrons vers vous.

Cordialement,
L'équipe d'assistance
""", client="zimbra", reply="<SUP-007530.1773139928.77c0de@assistance.example.fr>"),
    "missing_noreply_mail", False, "0540304M", "grand-est", "espace_acheteur", False, "fr",
    "Reply (Zimbra 'Mail original' quote) after the junk-folder answer: done everything, still nothing after three days. The template was already sent: a person must follow up.")

add(person(("Hannah Becker", "h.becker@ght-rhin-vosges.fr"), "Activation email never received",
           T("2026-02-16 10:55:17"), """\
Hello,

I registered on the Espace Acheteur last Thursday for the pharmacy
purchasing team and I never received the activation e-mail. Nothing in the
spam folder either. Could you resend it, or activate the account manually?

My login is h.becker@ght-rhin-vosges.fr.

Kind regards,
Hannah Becker
Pharmacy purchasing – GHT Rhin-Vosges
""", client="outlook"), "missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
    "English; hospital group buyer, activation mail not received, spam checked, no product named.")

add(person(("Marc Dupuis-Rey", "marc.dupuis-rey@ac-grenoble.fr"), "Mails de l'Espace Acheteur : pas MailInBlack",
           T("2026-03-02 14:12:29"), """\
Bonjour,

Je précise tout de suite, parce que vous allez me poser la question : non,
ce n'est pas MailInBlack. L'établissement l'a retiré en janvier et plus
aucun message n'est mis en attente depuis.

Le problème : le mail pour définir mon mot de passe après la création de
mon compte ne m'arrive pas. Pas dans les indésirables non plus.

Marc Dupuis-Rey
Adjoint gestionnaire, cité scolaire du Chablais — 0741622L
"""), "missing_noreply_mail", True, "0741622L", "auvergne-rhone-alpes", "espace_acheteur", True, "fr",
    "Names MailInBlack only to say it was removed and is not the cause: missing_noreply_mail, not mailinblack_spam.")

add(person(("Benoît Lesage", "benoit.lesage@normandie.fr"), "Mot de passe oublié ne fonctionne pas",
           T("2026-03-19 16:44:03"), """\
Bonjour,

Le bouton « mot de passe oublié » de l'Espace Acheteur ne fonctionne pas :
je saisis mon adresse, le site affiche bien « Un e-mail vous a été envoyé »,
mais je ne reçois jamais rien. J'ai recommencé hier et aujourd'hui.

Je connais mon identifiant, c'est juste ce mail qui n'arrive pas.

Benoît Lesage
Direction des lycées – Région Normandie
""", client="outlook"), "missing_noreply_mail", True, None, None, "espace_acheteur", True, "fr",
    "Subject reads like a password reset, but the password tool works: the new-password mail never arrives. Regional-council domain, no region.")

add(person(("Nicolas Faure", "nicolas.faure@auvergnerhonealpes.fr"), "Portail de tickets : lien de création de mot de passe",
           T("2026-02-05 09:36:48"), """\
Bonjour,

Votre collègue m'a créé un accès au portail de tickets mardi pour que je
puisse suivre nos demandes (je suis le référent numérique des lycées pour la
région). Je devais recevoir un lien pour définir mon mot de passe : rien
reçu à ce jour.

Pourriez-vous le renvoyer ?

Nicolas Faure
""", client="outlook"), "missing_noreply_mail", True, None, None, "ticket_portal", False, "fr",
    "The ticket portal's set-your-password mail never came.")

add(person(("Agnès Bodin", "agnes.bodin@ac-poitiers.fr"), "Activation compte client",
           T("2026-03-11 17:02:33"), """\
Bonjour,

J'ai ouvert hier matin le compte client de l'établissement pour passer notre
première commande en ligne (il faut que la commande parte avant la clôture
budgétaire de fin mars). Le site indiquait qu'un mail d'activation
arriverait sous 12 heures : plus de 24 heures après, toujours rien.

Lycée Camille Guérin, Poitiers – UAI 0861955H

Cordialement,
Agnès Bodin, professeure documentaliste
""", client="zimbra"), "missing_noreply_mail", True, "0861955H", "nouvelle-aquitaine", "esidoc", False, "fr",
    "The 12-hour customer-account activation mail (first online order) did not come after 24 h.")

add(person(("Gestion lycée Carnot", "int.0212285V@ac-dijon.fr"), "Convention à signer : aucun mail reçu",
           T("2026-03-16 11:24:57"), """\
Bonjour,

La Région nous indique que la convention d'adhésion nous a été envoyée pour
signature électronique le 10 mars. Nous n'avons reçu aucun message de la
plateforme de signature : ni le proviseur, ni moi, ni sur la boîte de
l'intendance.

Pouvez-vous vérifier à quelle adresse l'invitation est partie et la
relancer ?

Merci,
Stéphanie Gauthier
Adjointe gestionnaire
""", client="outlook"), "missing_noreply_mail", True, "0212285V", "bourgogne-franche-comte", "esignature", False, "fr",
    "The e-signature invitation for a convention never arrived. UAI only in the int.<UAI>@ac-dijon.fr sender address.")

add(person(("Francis Gilles", "francis.gilles@orange.fr"), "inscription espace acheteur",
           T("2026-02-20 18:09:41"), """\
Bonjour,

Je suis adjoint aux affaires scolaires de la commune de Saint-Aubin et je
me suis inscrit sur l'Espace Acheteur pour nos deux écoles, avec mon adresse
Orange (la mairie n'a pas de messagerie nominative, je sais que ce n'est pas
l'idéal).

Je n'ai jamais eu le message de confirmation. Est-ce qu'Orange bloque ce
genre d'envoi ?

Cordialement
Francis Gilles
""", client="orange"), "missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
    "Town-hall buyer registered with a personal Orange address; confirmation mail missing; no anti-spam product named (asks whether the provider blocks it).")

add(person(("Céline Martinez", "celine.martinez3@ac-aix-marseille.fr"), "Re: [#SUP-006981] Facture en double",
           T("2026-03-12 14:51:26"), """\
Bonjour,

Rien à voir avec la facture (c'est réglé, merci !), mais je réponds sur ce
fil, c'est plus simple : je n'arrive pas à recevoir le mail « nouveau mot de
passe » d'e-sidoc. J'ai demandé la réinitialisation trois fois depuis lundi,
le message n'arrive ni en réception ni en indésirables.

Bonne fin de journée,
Céline Martinez
CDI collège Marcel Pagnol — 0131981H

Le ven. 23 janv. 2026 à 10:17, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Nous avons bien noté que la facture F-2026-00412 vous a été adressée deux
> fois. Le doublon sera annulé par un avoir que vous recevrez sous huit
> jours ; vous n'avez rien à payer en plus.
>
> Cordialement,
> Mathilde, équipe d'assistance
""", client="gmail", reply="<SUP-006981.1769159820.51ab09@assistance.example.fr>"),
    "missing_noreply_mail", True, "0131981H", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
    "Reply on an old invoice ticket whose quoted history is about billing; the new text says that topic is closed and asks something else: the new-password mail never arrives.")

add(person(("DSI – Messagerie", "dsi.messagerie@maregionsud.fr"), "Adresses et IP d'envoi de vos notifications",
           T("2026-02-09 10:14:55"), """\
Bonjour,

Plusieurs acheteurs de nos lycées ne reçoivent pas les messages automatiques
de l'Espace Acheteur (création de compte, mot de passe). Pourriez-vous nous
communiquer l'adresse d'expédition exacte et, si possible, les adresses IP
ou le domaine d'envoi, pour que nous les ajoutions à la liste blanche de
notre passerelle ?

Merci,
Équipe messagerie – Direction du numérique
""", client="outlook"), "missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
    "Regional IT asks which sender to allow-list on their gateway; no product named, so the no-reply answer (with the sender address) fits.")

add(person(("Jean-Luc Peyrot", "jean-luc.peyrot@ac-toulouse.fr"), "Comptes à valider : aucune notification",
           T("2026-03-20 08:39:14"), """\
Bonjour,

Je suis administrateur de structure pour le lycée sur l'Espace Acheteur.
Deux collègues m'ont dit s'être inscrits la semaine dernière et attendre ma
validation, mais je n'ai jamais reçu les mails « compte à valider ». Je les
ai validés à la main en allant voir dans l'espace, mais je voudrais
comprendre pourquoi je ne suis pas prévenu.

Lycée Déodat de Séverac – 0311639N

Jean-Luc Peyrot
"""), "missing_noreply_mail", True, "0311639N", "occitanie", "espace_acheteur", False, "fr",
    "Structure administrator never receives the 'account to validate' notifications.")

add(person(("Sophie Marchal", "sophie.marchal@chu-lorient-exemple.fr"), "Vos mails en quarantaine chez nous",
           T("2026-02-18 12:06:38"), """\
Bonjour,

Voici ce que je reçois chaque matin depuis une semaine, copié tel quel :

Messages en quarantaine
Microsoft 365 a placé en quarantaine 2 messages qui vous étaient destinés.
Vous pouvez les consulter dans le portail de quarantaine.

  Expéditeur : no-reply@espace-acheteur.example.fr
  Objet : Activez votre compte
  Date : 17/02/2026 16:21
  Raison : Courrier indésirable à niveau de confiance élevé
  [Vérifier]  [Libérer]

  Expéditeur : no-reply@espace-acheteur.example.fr
  Objet : Activez votre compte
  Date : 17/02/2026 16:40
  Raison : Courrier indésirable à niveau de confiance élevé
  [Vérifier]  [Libérer]

Je n'ai pas les droits pour « libérer », le bouton est grisé. Qui doit faire
quoi ?

Sophie Marchal
Acheteuse, service des achats
""", client="outlook"), "missing_noreply_mail", False, None, None, "espace_acheteur", True, "fr",
    "Pastes a Microsoft 365 quarantine notice: an anti-spam product is named, but it is not MailInBlack. Closest category is missing_noreply_mail; the junk-folder template does not fit (she cannot release the mail), so a person answers.")

# ============================================================== mailinblack_spam

add(person(("Valérie Dhainaut", "valerie.dhainaut@ac-lille.fr"), "Vos mails sont dans Mailinblack ?!",
           T("2026-03-05 08:20:47"), """\
Bonjour,

Voici ce que j'ai reçu ce matin, je le copie-colle tel quel :

-------------------------------------------------
Mailinblack
Vos messages en attente – jeudi 5 mars 2026

Bonjour Valérie Dhainaut,

Les messages suivants n'ont pas été distribués dans votre boîte de
réception. Ils sont conservés 30 jours dans votre espace Mailinblack.

  no-reply@esidoc.example.fr
  Réinitialisation de votre mot de passe      04/03/2026 17:58
  [Autoriser]  [Bloquer]  [Voir]

  no-reply@esidoc.example.fr
  Réinitialisation de votre mot de passe      04/03/2026 18:12
  [Autoriser]  [Bloquer]  [Voir]

  promo@fournitures-scolaires.example.com
  -30 % sur les classeurs !                   04/03/2026 21:40
  [Autoriser]  [Bloquer]  [Voir]

Ce message est généré automatiquement, merci de ne pas y répondre.
-------------------------------------------------

C'est normal que vos messages atterrissent là-dedans ? Je dois cliquer sur
« Autoriser » ou ça risque quelque chose ?

Valérie Dhainaut
Documentaliste, collège Jules Ferry, Hénin-Beaumont (0622219A)
""", client="zimbra"), "mailinblack_spam", True, "0622219A", "hauts-de-france", "esidoc", False, "fr",
    "Pastes a whole MailInBlack quarantine report (not forwarded) listing our e-sidoc reset mails; asks whether to allow them.")

add(person(("Gestionnaire Lycée Raynouard", "gestionnaire.raynouard@ac-nice.fr"),
           "TR: [Mailinblack] Message bloqué : Validation de votre compte", T("2026-02-11 10:42:06"), """\
Bonjour,

Nos mails de validation sont bloqués, voir ci-dessous. Que faut-il régler
côté Mailinblack pour que cela passe ?

Merci
Michèle Roux – gestionnaire – lycée Raynouard, Brignoles (0831935C)

De : Mailinblack <notification@protect.mailinblack.example>
Envoyé : mercredi 11 février 2026 07:00
À : gestionnaire.raynouard@ac-nice.fr
Objet : [Mailinblack] Message bloqué : Validation de votre compte

Un message qui vous était adressé a été bloqué car son expéditeur n'a pas
validé sa demande d'authentification.

Expéditeur : no-reply@espace-acheteur.example.fr
Objet : Validation de votre compte
Reçu le : 10/02/2026 16:33

Pour recevoir ce message, cliquez sur « Autoriser l'expéditeur ».
""", client="outlook"), "mailinblack_spam", True, "0831935C", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
    "Outlook forward (TR:) of a MailInBlack 'message bloqué' notice for the Espace Acheteur validation mail.")

add(person(("Thierry Lenormand", "thierry.lenormand@ac-normandie.fr"), "Mailinblack", T("2026-03-18 12:31:40"), """\
Mailinblack bloque tous vos mails. Vous avez une procédure ?

Envoyé de mon iPhone
""", client="iphone"), "mailinblack_spam", True, None, "normandie", None, False, "fr",
    "One line from an iPhone; no platform named; region from the ac-normandie.fr sender.")

add(person(("Julien Moreau", "julien.moreau@iledefrance.fr"), "Messages Espace Acheteur retenus par MailInBlack",
           T("2026-02-03 09:58:21"), """\
Julien Moreau
Acheteur – Pôle lycées
Direction de la commande publique
""", client="outlook"), "mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
    "Request only in the subject; body is the signature. Regional council domain: no region.")

add(person(("Pôle infrastructures – DNUM", "infra.dnum@grandest.fr"), "Déploiement MailInBlack dans les lycées : quoi autoriser ?",
           T("2026-02-06 15:20:34"), """\
Bonjour,

La Région déploie MailInBlack sur les boîtes des lycées depuis janvier.
Les établissements nous remontent que vos messages automatiques (e-sidoc
comme Espace Acheteur) restent en attente d'authentification.

Pour éviter que chaque lycée le fasse à la main : vaut-il mieux autoriser
vos domaines d'envoi entiers, ou seulement les adresses no-reply ? Si vous
avez un guide à destination des administrateurs MailInBlack, nous sommes
preneurs.

Cordialement,
Xavier Klein
Pôle infrastructures – Direction du numérique
""", client="outlook"), "mailinblack_spam", True, None, None, None, False, "fr",
    "Regional IT rolling out MailInBlack asks what to allow-list (domain or address); mentions both e-sidoc and the Espace Acheteur, so no single platform.")

add(person(("Priscilla Hoarau", "priscilla.hoarau@ac-reunion.fr"), "Re: [#SUP-007655] Mail de nouveau mot de passe",
           T("2026-03-12 09:41:17", 4), """\
Bonjour,

Ce n'est pas dans les indésirables, j'ai regardé. Notre informaticien me dit
que c'est MailInBlack qui retient vos messages : il faut passer par leur
interface. Vous avez la marche à suivre ?

Priscilla Hoarau
CDI – collège Bourbon, Saint-Denis — 9741371X

Le 2026-03-11 14:05, Assistance a écrit :
> Bonjour,
>
> Le message contenant le lien pour choisir un nouveau mot de passe part de
> l'adresse no-reply@esidoc.example.fr. Vérifiez votre dossier de courrier
> indésirable et ajoutez cette adresse à vos contacts. Si le message n'est
> toujours pas arrivé sous 48 heures, répondez à ce mail.
>
> L'équipe d'assistance
""", client="roundcube", reply="<SUP-007655.1773234300.9f0e3a@assistance.example.fr>"),
    "mailinblack_spam", True, "9741371X", "la-reunion", "esidoc", False, "fr",
    "Reply quoting our junk-folder answer: their IT says MailInBlack holds the mail, so the MailInBlack guide is now the right answer. Réunion time zone.")

add(person(("Lehmann Patrick", "patrick.lehmann@ac-strasbourg.fr"), "RE: [#SUP-007349] MailInBlack – Espace Acheteur",
           T("2026-02-27 11:07:52"), """\
Bonjour,

J'ai suivi votre guide point par point : l'adresse no-reply est dans la
liste des expéditeurs autorisés de notre MailInBlack depuis mardi. Pourtant,
ce matin encore, le mail « Nouveau mot de passe » était en attente
d'authentification. Capture jointe.

Je ne sais plus quoi faire de mon côté.

Patrick Lehmann
Gestionnaire, collège Jean Macé, Mulhouse – 0681429J

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 23 février 2026 09:12
À : Lehmann Patrick <patrick.lehmann@ac-strasbourg.fr>
Objet : [#SUP-007349] MailInBlack – Espace Acheteur

Bonjour,

Votre établissement utilise MailInBlack. Pour recevoir nos messages, ajoutez
l'adresse no-reply@espace-acheteur.example.fr à la liste des expéditeurs
autorisés (menu « Mes listes » > « Autorisés »), puis libérez les messages en
attente. Si vous n'avez pas accès à ce menu, votre service informatique peut
le faire pour vous.

Cordialement,
L'équipe d'assistance
""", client="outlook", reply="<SUP-007349.1771834320.c51d08@assistance.example.fr>",
           attach=[attachment("capture_mailinblack.png", "png")]),
    "mailinblack_spam", False, "0681429J", "grand-est", "espace_acheteur", False, "fr",
    "Reply quoting our MailInBlack guide: followed it, still held. The guide was already sent, so a person (or the region) must follow up. Screenshot attached.")

add(person(("Aurélie Bonnet", "aurelie.bonnet@ac-lyon.fr"), "Vos messages ne nous parviennent pas",
           T("2026-03-06 14:17:25"), """\
Bonjour,

Notre collectivité a mis en place un nouveau filtre sur les boîtes des
établissements : quand un expéditeur inconnu nous écrit, il reçoit un mail
lui demandant de cliquer sur un lien pour confirmer qu'il est bien un humain,
et tant qu'il ne l'a pas fait, son message reste bloqué chez nous.

J'imagine que votre adresse d'envoi automatique ne peut pas cliquer... Du
coup je n'ai jamais reçu la validation de mon compte sur l'Espace Acheteur.

Comment fait-on ?

Aurélie Bonnet
Secrétaire d'intendance – lycée Ampère Saxe (0691374U)
"""), "mailinblack_spam", False, "0691374U", "auvergne-rhone-alpes", "espace_acheteur", True, "fr",
    "Describes a sender-authentication challenge without naming the product: mailinblack_spam by the taxonomy, but since MailInBlack is not confirmed, a person should check before sending its guide.")

add(person(("Owen Gallagher", "o.gallagher@ght-atlantique-sante.fr"), "Your emails stuck in Mailinblack quarantine",
           T("2026-02-24 16:02:39"), """\
Hello,

Our IT team installed Mailinblack last week, and since then all the
activation emails from the Espace Acheteur end up in quarantine. I can see
them in the Mailinblack interface but "Autoriser" does not seem to stick.

Which address or domain should we whitelist? Merci d'avance.

Owen Gallagher
Procurement officer, GHT Atlantique Santé
""", client="outlookcom"), "mailinblack_spam", True, None, None, "espace_acheteur", False, "en",
    "English with a couple of French words; Mailinblack quarantine holds the activation mails; asks what to allow-list.")

add(person(("Hélène Fourcade", "helene.fourcade@ac-toulouse.fr"), "Mailinblack + question panier",
           T("2026-03-13 15:33:58"), """\
Bonjour,

Depuis que l'académie a activé Mailinblack sur nos boîtes, je ne reçois plus
aucun mail d'e-sidoc : ils restent en attente et je dois aller les chercher
un par un.

Et pendant que je vous tiens : mon panier de réabonnements a disparu alors
que je l'avais enregistré avant les vacances. Faut-il tout ressaisir ? J'ai
besoin d'un devis pour le conseil d'administration du 26.

Merci pour les deux !
Hélène Fourcade
Collège Paul Éluard, Tarbes – 0650935N
""", client="zimbra"), "mailinblack_spam", False, "0650935N", "occitanie", "esidoc", True, "fr",
    "Two topics: MailInBlack holds e-sidoc mails (first) and a vanished basket with a quote needed (order_billing); one template would answer only half.")

add(person(("Sylvie Peyramaure", "sylvie.peyramaure@ac-limoges.fr"), "Lien de réinitialisation mort après Mailinblack Protect",
           T("2026-02-09 08:54:13"), """\
Bonjour,

Le mail de réinitialisation d'e-sidoc arrive bien, mais dans la quarantaine
« Mailinblack Protect ». Le temps que je le libère le lendemain, le lien ne
fonctionne plus. Je suppose qu'il faudrait que votre adresse soit autorisée
une bonne fois pour toutes : comment je m'y prends ?

Sylvie Peyramaure
Documentaliste, lycée Gay-Lussac, Limoges (0872560K)
"""), "mailinblack_spam", True, "0872560K", "nouvelle-aquitaine", "esidoc", False, "fr",
    "Reset mails held by 'Mailinblack Protect' until the link expires; asks how to allow the sender.")

add(person(("Paul-Antoine Santoni", "paul-antoine.santoni@ac-corse.fr"), "TR: Your messages awaiting validation",
           T("2026-03-10 07:45:09"), """\
voir ci-dessous. que dois-je faire ?

________________________________
De : Mailinblack <notification@protect.mailinblack.example>
Envoyé : mardi 10 mars 2026 07:00
À : Santoni Paul-Antoine
Objet : Your messages awaiting validation

Hello Paul-Antoine Santoni,

2 messages are waiting in your "To validate" space:

  no-reply@espace-acheteur.example.fr - Validation de votre compte - 09/03/2026 15:02   [Allow] [Block]
  no-reply@espace-acheteur.example.fr - Nouveau mot de passe - 09/03/2026 15:20   [Allow] [Block]

This message was generated automatically, please do not reply.
""", client="outlook"), "mailinblack_spam", True, None, "corse", "espace_acheteur", False, "fr",
    "One lower-case French line above a forwarded English MailInBlack report listing Espace Acheteur mails. Region from ac-corse.fr.")

add(person(("Joana Vidal", "joana.vidal@ac-montpellier.fr"), "Mails bloqués", T("2026-02-13 10:26:44"), """\
Bonjorn a totes e a totes,

Aqueste matin, encore deux messages de l'Espace Acheteur retenus par
MailInBlack (validation du compte et nouveau mot de passe). Notre
collectivité nous a dit de voir avec vous pour la liste blanche.

Pouvez-vous m'envoyer ce qu'il faut autoriser ?

Mercé plan, a lèu !
Joana Vidal
Adjointe gestionnaire, collège Feuchères, Nîmes – 0302037B
""", client="zimbra"), "mailinblack_spam", True, "0302037B", "occitanie", "espace_acheteur", False, "fr",
    "Occitan greeting, opening words and sign-off; MailInBlack holds the Espace Acheteur mails.")

# ============================================================== head_of_establishment_request

add(person(("Principal collège Balzac", "ce.0371650T@ac-orleans-tours.fr"), "Changement d'adresse de contact e-sidoc",
           T("2026-02-26 17:12:30"), """\
Madame, Monsieur,

Notre professeure documentaliste, Mme Garnier, a quitté l'établissement le
13 février. Son successeur, M. Thomas Aubert, prend ses fonctions le
2 mars.

En ma qualité de principal, je vous demande de remplacer l'adresse de
contact du compte d'administration e-sidoc de l'établissement par l'adresse
de M. Aubert : thomas.aubert@ac-orleans-tours.fr, et de réinitialiser le mot
de passe à cette occasion.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations
distinguées.

Philippe Renaudin
Principal – collège Honoré de Balzac, Tours
UAI 0371650T
""", client="outlook"), "head_of_establishment_request", False, "0371650T", "centre-val-de-loire", "esidoc", False, "fr",
    "The principal, from the ce.<UAI> address, asks to change the e-sidoc admin contact to the incoming librarian and to reset the password.")

add(person(("Proviseure Lycée Watteau", "martine.delattre@ac-lille.fr"), "Administrateur de structure – Espace Acheteur",
           T("2026-02-02 11:40:18"), """\
Bonjour,

Notre gestionnaire, M. Hennebelle, a été muté au 31 janvier ; il était
l'administrateur de structure du lycée sur l'Espace Acheteur.

Je désigne Mme Karine Wattel, nouvelle adjointe gestionnaire
(karine.wattel@ac-lille.fr), comme administratrice de structure à compter de
ce jour, et vous demande de fermer les accès de M. Hennebelle.

Lycée Antoine Watteau, Valenciennes – 0590222W

Martine Delattre
Proviseure
""", client="zimbra"), "head_of_establishment_request", False, "0590222W", "hauts-de-france", "espace_acheteur", False, "fr",
    "The proviseure designates a new structure administrator on the Espace Acheteur and asks to close the former one's access.")

add(person(("Corinne Vallet", "corinne.vallet.ecole@gmail.com"), "BCD : réinitialisation du mot de passe",
           T("2026-03-04 19:31:57"), """\
Bonsoir,

Je suis la directrice de l'école élémentaire des Tilleuls, à Charly. La
collègue qui gérait notre portail e-sidoc de la BCD est partie en congé
long et personne ne connaît le mot de passe.

Je vous donne mon accord pour que le mot de passe soit réinitialisé et
envoyé à l'adresse de l'école. Je vous écris de ma boîte personnelle, je
n'ai pas le code de la boîte de l'école chez moi.

Corinne Vallet
Directrice
""", client="gmail"), "head_of_establishment_request", False, None, None, "esidoc", False, "fr",
    "A primary-school head gives her agreement for a reset from a personal Gmail address, without UAI: weak evidence, staff must verify.")

add(person(("Principal collège Pasteur", "ce.0391027E@ac-besancon.fr"), "Autorisation – commande de réabonnements CDI",
           T("2026-03-17 10:05:43"), """\
Bonjour,

J'autorise Mme Pauline Chevassus, professeure documentaliste, à valider en
mon nom la commande de réabonnement des ressources numériques du CDI pour
l'année 2026 (montant inscrit au budget, voté en conseil d'administration
le 12 mars).

Vous trouverez ci-joint le bon d'engagement signé.

Cordialement,

Gilles Perrard
Principal, collège Louis Pasteur, Lons-le-Saunier
""", client="outlook", attach=[attachment("BE_2026-031_reabonnements_CDI.pdf")]),
    "head_of_establishment_request", False, "0391027E", "bourgogne-franche-comte", "esidoc", False, "fr",
    "The principal authorises the librarian to validate the renewal order and attaches the signed bon d'engagement; UAI only in the ce.<UAI> sender address.")

add(person(("Proviseur Lycée Clemenceau", "proviseur.clemenceau@ac-reims.fr"), "Re: [#SUP-007590] Accès e-sidoc",
           T("2026-03-09 08:22:10"), """\
Bonjour,

Comme demandé, je confirme par écrit : je souhaite que le mot de passe du
compte d'administration e-sidoc du lycée Georges Clemenceau (0510617U) soit
réinitialisé et que le lien soit adressé à notre documentaliste, Mme Sarah
Benoît, sarah.benoit@ac-reims.fr, dont c'est désormais l'adresse de contact.

Cordialement,
Jean-Marc Leclerc
Proviseur

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Sarah Benoît" <sarah.benoit@ac-reims.fr>
Envoyé: Jeudi 5 Mars 2026 15:30:44
Objet: [#SUP-007590] Accès e-sidoc

Bonjour,

L'adresse depuis laquelle vous écrivez n'est pas enregistrée pour votre
établissement et nous ne connaissons pas d'adresse officielle pour celui-ci.
Pour des raisons de sécurité, le chef d'établissement doit nous adresser la
demande par écrit. Elle sera traitée par un membre de l'équipe.

Cordialement,
L'équipe d'assistance
""", client="zimbra", reply="<SUP-007590.1772721044.0ed1f4@assistance.example.fr>"),
    "head_of_establishment_request", False, "0510617U", "grand-est", "esidoc", False, "fr",
    "Reply on the librarian's ticket in which the proviseur gives the written request our automatic answer asked for.")

add(person(("Camille Fontaine", "camille.fontaine@ac-amiens.fr"), "Demande de Mme la Principale – e-sidoc",
           T("2026-02-05 13:48:02"), """\
Bonjour,

Vous trouverez ci-joint le courrier signé de Mme Lemoine, principale du
collège, qui demande la réinitialisation du mot de passe administrateur de
notre portail e-sidoc et le changement de l'adresse de contact (la mienne à
la place de celle de mon prédécesseur). Elle est en copie de ce message.

Collège Jean Mermoz, Laon – 0020272K

Bien cordialement,
Camille Fontaine
Professeure documentaliste
""", client="outlook", cc="Principale <ce.0020272K@ac-amiens.fr>",
           attach=[attachment("Courrier_principale_esidoc.pdf")]),
    "head_of_establishment_request", False, "0020272K", "hauts-de-france", "esidoc", True, "fr",
    "The librarian sends the head's signed letter (PDF), head in copy: the head's written request relayed; staff must check the letter and the sender.")

add(person(("Principal – Collège Aimé Césaire", "ce.9721166K@ac-martinique.fr"), "Request: reset of e-sidoc administrator password",
           T("2026-03-02 08:14:36", -4), """\
Good morning,

I am the principal (chef d'établissement) of collège Aimé Césaire. Our
librarian left during the holidays and nobody has the administrator password
of our e-sidoc portal.

I hereby request that the administrator password be reset and the link sent
to our official address, ce.9721166K@ac-martinique.fr. The new librarian
will take over the account from there.

Best regards,
Daniel Rosette
Principal
""", client="outlook"), "head_of_establishment_request", False, "9721166K", "martinique", "esidoc", False, "en",
    "English; the principal asks in writing, from the ce.<UAI> address, for an admin reset to the official address. Martinique time zone.")

add(person(("Direction collège Jean Vilar", "ce.0930230V@ac-creteil.fr"), "URGENT - changement des accès administrateur",
           T("2026-02-17 06:58:49"), """\
Bonjour,

Je suis la principale du collège Jean Vilar (0930230V). Suite à un incident
de sécurité, je vous demande de transférer IMMÉDIATEMENT tous les accès
administrateur de l'établissement (portail e-sidoc et Espace Acheteur) vers
l'adresse direction.jvilar93@gmail.com, et de m'y envoyer les nouveaux mots
de passe.

Merci de traiter cette demande avant midi, je ne suis pas joignable par
téléphone aujourd'hui.

La principale
""", client="outlook", auth="fail", extra=["Reply-To: direction.jvilar93@gmail.com"],
           return_path="bounce@mailer-sendout.example.net"),
    "head_of_establishment_request", False, "0930230V", "ile-de-france", None, True, "fr",
    "Claims to be the principal from the ce.<UAI> address, but SPF/DMARC fail, Reply-To and the requested address are a Gmail, urgent tone: a probable spoof. Still a head-of-establishment request for the queue, where staff should refuse it. Two platforms named, so none.")

add(person(("Bernard Chassaing", "bernard.chassaing@ac-clermont.fr"), "Re: mot de passe e-sidoc", T("2026-02-10 12:03:27"), """\
Je confirme la demande de Mme Roussel. Vous pouvez procéder.
B. Chassaing, principal

Envoyé de mon iPhone

> Le 10 févr. 2026 à 11:47, Isabelle Roussel <isabelle.roussel@ac-clermont.fr> a écrit :
>
> Bonjour,
>
> L'assistance demande l'accord écrit du chef d'établissement pour
> réinitialiser le mot de passe administrateur de notre e-sidoc
> (collège Lucie Aubrac, 0630189N) et le faire envoyer à mon adresse.
> Pouvez-vous leur répondre directement à support@assistance.example.fr ?
>
> Merci !
> Isabelle
""", client="iphone", cc="Isabelle Roussel <isabelle.roussel@ac-clermont.fr>"),
    "head_of_establishment_request", False, "0630189N", "auvergne-rhone-alpes", "esidoc", False, "fr",
    "Two-line confirmation from the principal's phone, quoting the librarian's request (Apple quote style); personal academic address, not the ce. one.")

add(person(("Anne-Sophie Perrin", "as.perrin@orange.fr"), "Lycée Voltaire - nouvel administrateur Espace Acheteur",
           T("2026-02-22 16:20:14"), """\
Bonjour,

Proviseure du lycée Voltaire (Paris 11e, 0752156L), je vous écris depuis ma
messagerie personnelle car je suis en congé cette semaine.

Je souhaite que M. Romain Giraud, notre nouvel adjoint gestionnaire, devienne
administrateur de structure de l'établissement sur l'Espace Acheteur, en
remplacement de Mme Lopes qui a quitté ses fonctions. Je pourrai confirmer
depuis l'adresse officielle du lycée à mon retour si nécessaire.

Bien cordialement,
Anne-Sophie Perrin
""", client="orange"), "head_of_establishment_request", False, "0752156L", "ile-de-france", "espace_acheteur", False, "fr",
    "The proviseure names a new structure administrator from a personal Orange address during the holidays: weak evidence, region from the UAI.")

add(person(("Hervé Guillou", "herve.guillou@ac-nantes.fr"), "Changement de référent e-sidoc – collège Clemenceau",
           T("2026-03-19 14:45:31"), """\
Bonjour,

En tant que principal du collège Georges Clemenceau de La Roche-sur-Yon
(UAI 0850751K), je vous demande de remplacer l'adresse de contact du compte
administrateur e-sidoc par celle de notre nouvelle documentaliste,
emma.caillaud@ac-nantes.fr, et de lui envoyer un lien de réinitialisation.

Cordialement,
Hervé Guillou
Principal
"""), "head_of_establishment_request", False, None, "pays-de-la-loire", "esidoc", True, "fr",
    "Head's written request, but the UAI 0850751K has a wrong check letter (the digits give 0850751E): no UAI, region from the ac-nantes.fr sender. Staff must check which establishment is meant.",
    ignore_codes=["0850751K"])

add(person(("Proviseur Lycée Fabert", "ce.0571553D@ac-nancy-metz.fr"), "Départ de notre documentaliste : fermeture de son accès",
           T("2026-02-03 09:33:05"), """\
Bonjour,

Mme Schmitt, professeure documentaliste, a obtenu sa mutation et a quitté le
lycée le 30 janvier. Elle connaît toujours le mot de passe d'administration
de notre portail e-sidoc.

Je vous demande donc de réinitialiser ce mot de passe et d'envoyer le lien
à l'adresse officielle de l'établissement (celle-ci), afin que son accès
soit coupé. Son remplaçant sera désigné à la rentrée de mars.

Le proviseur,
François Weiss
Lycée Fabert, Metz
""", client="outlook", cte="quoted-printable"),
    "head_of_establishment_request", False, "0571553D", "grand-est", "esidoc", False, "fr",
    "The proviseur asks for a reset so that the departed librarian loses access, link to the official address he writes from.")

add(person(("Direction École Sainte-Marie", "direction@ecolesaintemarie-challans.fr"), "EcoleDirecte – changement d'administrateur",
           T("2026-03-23 12:10:48"), """\
Bonjour,

Je suis la directrice de l'école Sainte-Marie de Challans (UAI 0852550K).
Notre secrétaire, qui était administratrice de notre espace EcoleDirecte,
part à la retraite fin mars.

Je vous demande de transférer les droits d'administrateur à Mme Laëtitia
Giraudeau, qui lui succède, et de retirer ceux de Mme Bonnin à compter du
1er avril.

Merci d'avance,
Sœur Marie-Claude Rabiller
Directrice
""", client="outlook"), "head_of_establishment_request", False, "0852550K", "pays-de-la-loire", "ecoledirecte", False, "fr",
    "Head of a private school asks in writing to change the EcoleDirecte administrator; school domain, region from the UAI.")

# ============================================================== account_creation

add(person(("Émilie Roussel", "emilie.roussel@ch-aubenas-exemple.fr"), "Nouvelle acheteuse – création de compte",
           T("2026-02-02 09:15:33"), """\
Bonjour,

Je viens d'arriver au service achats du centre hospitalier et ma cheffe
m'a dit de me créer un compte sur l'Espace Acheteur. Je ne trouve pas où on
s'inscrit : la page d'accueil ne propose que « se connecter ».

Pouvez-vous m'indiquer la démarche ?

Merci,
Émilie Roussel
""", client="outlook"), "account_creation", True, None, None, "espace_acheteur", False, "fr",
    "New hospital buyer asks how to create an account: the sign-up answer fits.")

add(person(("Goulven Tanguy", "goulven.tanguy@bretagne.bzh"), "Compte en attente de validation", T("2026-02-18 14:28:06"), """\
Bonjour,

J'ai rempli le formulaire d'inscription à l'Espace Acheteur lundi. Quand je
me connecte, un bandeau me dit « compte en attente de validation par
l'administrateur de votre structure ». Combien de temps ça prend, et qui
est cet administrateur chez nous ?

Goulven Tanguy
Service patrimoine des lycées – Région Bretagne
""", client="outlook"), "account_creation", True, None, None, "espace_acheteur", False, "fr",
    "Account waiting for the structure administrator's validation (FAQ case). Region Bretagne named in the signature but the domain is not an académie one: region null.")

add(person(("Nathalie Brunet", "nathalie.brunet@ac-bordeaux.fr"), "Qui est notre administrateur de structure ?",
           T("2026-03-05 11:51:40"), """\
Bonjour,

Nouvelle gestionnaire au collège Jean Moulin de Bergerac (0242301W), je
voudrais passer des commandes sur l'Espace Acheteur. Pour que mon compte
soit activé, il faut que l'administrateur de la structure le valide, mais
personne ici ne sait qui c'est.

Pouvez-vous me dire qui est déclaré comme administrateur pour notre
établissement ?

Merci,
Nathalie Brunet
"""), "account_creation", False, "0242301W", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
    "Asks who the structure administrator is: needs a look-up, so a person answers.")

add(person(("Loïc Hébert", "loic.hebert@ac-normandie.fr"), "Ouvrir le compte client du lycée", T("2026-02-24 10:39:52"), """\
Bonjour,

Je suis le nouveau gestionnaire du lycée Malherbe à Caen (0140456V). Nous
voulons passer la commande des ressources numériques du CDI en ligne, pour
la première fois, et il faut apparemment ouvrir un « compte client ».

Comment procède-t-on ? Faut-il un numéro de client existant ?

Cordialement,
Loïc Hébert
""", client="zimbra"), "account_creation", True, "0140456V", "normandie", "esidoc", False, "fr",
    "New gestionnaire wants to open the customer account before a first order of library resources.")

add(person(("Agathe Meyer", "agathe.meyer@maregionsud.fr"), "Droits de commande", T("2026-03-11 16:17:22"), """\
Bonjour,

Mon compte sur l'Espace Acheteur fonctionne, je vois les marchés, mais le
bouton « Commander » reste grisé. Mon responsable dit qu'il faut m'ouvrir
les droits de gestion des commandes. Pouvez-vous le faire, ou me dire qui
doit le faire ?

Agathe Meyer
Direction des lycées – Région Sud
""", client="outlook"), "account_creation", False, None, None, "espace_acheteur", False, "fr",
    "Account works; asks for order-management rights to be opened.")

add(person(("Ginette Numa", "ginette.numa@ac-guadeloupe.fr"), "Je n'ai pas perdu mon mot de passe !",
           T("2026-02-20 07:43:19", -4), """\
Bonjour,

On m'a répondu deux fois de faire « mot de passe oublié ». Je n'ai pas perdu
mon mot de passe : je n'en ai jamais eu, parce que je n'ai jamais eu de
compte sur l'Espace Acheteur. Je voudrais simplement en créer un pour le
lycée.

Lycée Baimbridge, Les Abymes – 9711985F

Ginette Numa
Adjointe gestionnaire
"""), "account_creation", True, "9711985F", "guadeloupe", "espace_acheteur", True, "fr",
    "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account; account_creation, not password_reset. Guadeloupe time zone.")

add(person(("Rebecca Stone", "r.stone@ecole-internationale-annecy.org"), "Buyer account for a new international school",
           T("2026-03-03 13:02:48"), """\
Dear support team,

We are a new bilingual international school in Annecy (opened in September
2025, private, not under contract with the State yet). We would like to
purchase through your Espace Acheteur. Are we eligible for a buyer account,
and if so, how do we apply?

Kind regards,
Rebecca Stone
Bursar
""", client="outlookcom"), "account_creation", False, None, None, "espace_acheteur", False, "en",
    "English; a new private school asks whether it can have a buyer account: eligibility must be checked by a person. Annecy named but no UAI and no académie domain.")

add(person(("Marc Girardot", "m.girardot@ght-val-de-saone.fr"), "Création compte acheteur – GHT Val de Saône",
           T("2026-02-25 08:59:04"), """\
cf objet. Merci.

M. Girardot
""", client="android"), "account_creation", True, None, None, "espace_acheteur", False, "fr",
    "Request carried by the subject; body 'cf objet'. Sent from Outlook for Android (base64).")

add(person(("Commercial – Éditions Papyrus", "contact@editions-papyrus.fr"), "Compte fournisseur sur votre plateforme",
           T("2026-03-24 10:20:37"), """\
Bonjour,

Nous sommes éditeurs de ressources numériques pour les CDI et plusieurs
lycées nous disent commander via l'Espace Acheteur. Comment créer un compte
fournisseur pour y référencer notre catalogue ?

Bien cordialement,
Thibault Arnoux
Responsable commercial – Éditions Papyrus
""", client="outlook"), "account_creation", False, None, None, "espace_acheteur", False, "fr",
    "A supplier asks how to create a supplier account on the buyer platform: an account request, but eligibility/referencing is a person's call.")

# ============================================================== subscription_activation

add(person(("Pauline Guérin", "pauline.guerin@ac-nantes.fr"), "Europresse pas encore visible", T("2026-03-10 09:17:26"), """\
Bonjour,

J'ai validé hier la commande de l'abonnement Europresse pour le CDI, et ce
matin il n'apparaît pas encore dans « Mes abonnements ». Est-ce normal ?

Lycée Joachim du Bellay, Angers – 0492595E

Pauline Guérin
"""), "subscription_activation", True, "0492595E", "pays-de-la-loire", "esidoc", False, "fr",
    "Europresse ordered yesterday, not visible yet: within the 72-hour window.")

add(person(("Romain Lefèvre", "romain.lefevre@ac-amiens.fr"), "Publier Europresse pour la Semaine de la presse",
           T("2026-03-12 12:44:18"), """\
Bonjour,

La Semaine de la presse commence le 23 mars et je voudrais que les élèves
accèdent à Europresse depuis notre portail e-sidoc. L'abonnement est actif
(je le vois dans les ressources), mais il n'apparaît pas côté élèves.
Comment le publier sur le portail ?

Merci !
Romain Lefèvre, doc, collège Anna de Noailles, Beauvais (0601621L)
"""), "subscription_activation", True, "0601621L", "hauts-de-france", "esidoc", False, "fr",
    "Active resource to publish on the portal before the Semaine de la presse.")

add(person(("Sabine Aubert", "sabine.aubert@ac-aix-marseille.fr"), "Abonnement toujours inactif", T("2026-03-02 14:06:51"), """\
Bonjour,

Nous avons commandé le 12 février, juste avant les vacances, l'abonnement à
l'Encyclopædia Universalis pour le lycée. Nous sommes le 2 mars et il est
toujours marqué « en attente d'activation ». Pouvez-vous regarder ce qui
bloque ?

Lycée Frédéric Mistral, Avignon – 0840338L
Sabine Aubert, professeure documentaliste
""", client="zimbra"), "subscription_activation", False, "0840338L", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
    "Ordered almost three weeks ago (before the holidays), still awaiting activation: past the 72-hour rule, a person must look at the order.")

add(person(("Principal collège Jules Jeanneney", "ce.0702791D@ac-besancon.fr"), "Date de disponibilité de l'abonnement",
           T("2026-03-19 17:25:03"), """\
Bonjour,

Notre documentaliste est absente cette semaine et les enseignants de
français m'interrogent : l'abonnement à la presse en ligne commandé mardi
sera-t-il disponible pour lundi ? Je ne vous demande rien d'autre, juste une
date.

Le principal,
Gérard Colin
""", client="outlook"), "subscription_activation", True, "0702791D", "bourgogne-franche-comte", "esidoc", True, "fr",
    "Written by the principal from the ce.<UAI> address, but he only asks when the subscription will be available: not a head-of-establishment request.")

add(person(("Amandine Roche", "amandine.roche@ac-paris.fr"), "Cafeyn", T("2026-03-18 10:02:40"), """\
Cafeyn toujours pas activé, commandé lundi. 0752550P.
""", client="iphone"), "subscription_activation", True, "0752550P", "ile-de-france", "esidoc", False, "fr",
    "One line on Wednesday about an order from Monday: within the 72-hour window.")

add(person(("Fabienne Giraud", "fabienne.giraud@ac-aix-marseille.fr"), "Abonnement Universalis non visible – 0132851D",
           T("2026-02-09 08:30:15"), """\
--
Fabienne Giraud
Professeure documentaliste
"""), "subscription_activation", True, "0132851D", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
    "Request and UAI only in the subject; the body is a signature.")

add(person(("Lisandru Ferrandi", "lisandru.ferrandi@ac-corse.fr"), "Ressource invisible pour les élèves",
           T("2026-03-06 11:11:47"), """\
Bonghjornu,

Je précise d'emblée : mon mot de passe fonctionne très bien, je me connecte
sans problème au back-office, ce n'est pas le souci.

Le souci, c'est que la ressource « Lumni Enseignement » que nous avons
commandée mercredi n'apparaît pas pour les élèves sur le portail. Elle est
dans la liste côté gestion mais pas côté public.

Lycée Paul Vincensini, Bastia – 7201777U

À ringrazià vi,
Lisandru Ferrandi
""", client="zimbra"), "subscription_activation", True, "7201777U", "corse", "esidoc", True, "fr",
    "Negation: the password works; the resource ordered two days ago is not shown to pupils. Corsican greeting; Haute-Corse prefix 720.")

add(person(("Ketty Horth", "ketty.horth@ac-guyane.fr"), "Je Bouquine abonnement not showing",
           T("2026-03-13 09:40:22", -3), """\
Hi,

We ordered the "Je Bouquine" digital abonnement on Wednesday for the CDI and it
still doesn't show in the ressources of our e-sidoc. Is there a délai? The
kids are asking for it.

Thanks,
Ketty Horth
CDI, collège Justin Catayée, Cayenne (9731996G)
""", client="gmail"), "subscription_activation", True, "9731996G", "guyane", "esidoc", False, "en",
    "English with French words (abonnement, ressources, délai, CDI); ordered on Wednesday, mail on Friday morning: within the 72-hour window. Guyane time zone.")

add(person(("Fanny Thomas", "fanny.thomas@ac-nancy-metz.fr"), "Presse Jeunesse",
           T("2026-03-26 15:08:55"), """\
Bonjour,
l'offre « Presse Jeunesse » commandée mardi n'apparaît pas dans la liste
des ressources à publier. Capture jointe.
F. Thomas – collège Louis Pergaud, Épinal – 0881537T
""", client="outlook", attach=[attachment("ressources.png", "png")]),
    "subscription_activation", True, "0881537T", "grand-est", "esidoc", False, "fr",
    "Ordered two days ago, not yet among the resources to publish; screenshot attached. Vosges (088) is académie Nancy-Metz.")

# ============================================================== order_billing

add(person(("Morgane Le Gall", "morgane.legall@paysdelaloire.fr"), "Facture absente de Chorus Pro",
           T("2026-02-11 10:33:29"), """\
Bonjour,

La commande n° EA-2026-00187 (mobilier pour le lycée de Saint-Nazaire) a été
livrée et réceptionnée le 20 janvier. Trois semaines plus tard, nous n'avons
toujours pas la facture sur Chorus Pro, et notre service financier me
relance.

Pouvez-vous vérifier si elle a été déposée, et sous quel numéro
d'engagement ?

Morgane Le Gall
Acheteuse – Direction des lycées, Région Pays de la Loire
""", client="outlook"), "order_billing", False, None, None, "espace_acheteur", False, "fr",
    "Regional-council buyer: invoice not on Chorus Pro three weeks after delivery.")

add(person(("Cédric Marchand", "cedric.marchand@ght-cotes-armor.fr"), "Validation du panier impossible",
           T("2026-03-03 15:54:11"), """\
Bonjour,

Impossible de valider mon panier sur l'Espace Acheteur : au moment de
confirmer, j'ai le message « Le centre de coût est obligatoire », mais le
champ n'apparaît nulle part dans le formulaire.

C'est une commande de gants et de blouses qui doit partir cette semaine.

Merci de votre retour rapide,
Cédric Marchand
Approvisionnements – GHT des Côtes d'Armor
""", client="outlook", cte="quoted-printable"), "order_billing", False, None, None, "espace_acheteur", False, "fr",
    "Hospital group buyer cannot validate a basket (mandatory cost-centre field missing). Côtes d'Armor named, but no UAI, no académie domain.")

add(person(("Service comptabilité – Papeterie Dumas", "comptabilite@papeterie-dumas.fr"), "Règlement facture FA-25-3391",
           T("2026-02-16 11:08:47"), """\
Madame, Monsieur,

Sauf erreur de notre part, notre facture FA-25-3391 du 12 décembre 2025,
correspondant à une commande passée via votre Espace Acheteur par le lycée
Jean Zay, reste impayée à ce jour (échéance à 30 jours dépassée).

Pourriez-vous nous indiquer où en est son traitement ? Elle a été déposée
sur Chorus Pro le 15 décembre.

Cordialement,
Sandrine Dumas
Service comptabilité
""", client="outlook"), "order_billing", False, None, None, "espace_acheteur", False, "fr",
    "A supplier asks when an invoice for an order placed through the Espace Acheteur will be paid.")

add(person(("Bérénice Fabre", "berenice.fabre@ac-lyon.fr"), "Devis pour le CA de mars", T("2026-02-05 16:27:33"), """\
Bonjour,

Le conseil d'administration vote le budget des abonnements numériques du CDI
le 17 mars. Pourriez-vous m'envoyer d'ici là un devis pour le renouvellement
de nos ressources e-sidoc (mêmes abonnements que l'an dernier) ? Le
gestionnaire en a besoin pour préparer le bon d'engagement.

Lycée du Parc Chabrières, Oullins – UAI 0692646B

Merci !
Bérénice Fabre
"""), "order_billing", False, "0692646B", "auvergne-rhone-alpes", "esidoc", False, "fr",
    "Asks for a quote (devis) for the renewal, needed for the bon d'engagement and the board vote in March.")

add(person(("Intendance Lycée Bréquigny", "int.0352223B@ac-rennes.fr"), "Facture au mauvais nom",
           T("2026-03-09 13:45:02"), """\
Bonjour,

La facture F-2026-00977 (abonnements e-sidoc) est libellée au nom du « Lycée
Bréquigny de Redon ». Nous sommes le lycée de Bréquigny à Rennes, il n'existe
pas de lycée Bréquigny à Redon. Notre agence comptable refuse de la payer
en l'état.

Merci de nous adresser une facture corrigée.

Service intendance
""", client="outlook"), "order_billing", False, "0352223B", "bretagne", "esidoc", False, "fr",
    "Invoice made out to a wrong establishment name; asks for a corrected one. UAI only in the int.<UAI> sender.")

add(person(("Yvette Cassagne", "yvette.cassagne@ac-toulouse.fr"), "RIB", T("2026-03-16 14:20:50"), """\
Pouvez-vous m'envoyer votre RIB svp ? Merci.

Y. Cassagne
Agent comptable – lycée Pierre-Paul Riquet, Saint-Orens (0310804F)
""", client="zimbra"), "order_billing", False, "0310804F", "occitanie", None, False, "fr",
    "One-line request for bank details (payment means); no product named.")

add(person(("Nadège Perret", "nadege.perret@ac-grenoble.fr"), "Re: [#SUP-006702] Mot de passe oublié",
           T("2026-02-04 10:51:38"), """\
Bonjour,

Je me permets de répondre sur ce vieux message, c'est le seul que j'ai de
vous : autre sujet cette fois. Nous avons reçu deux fois la facture
F-2026-00214 pour les abonnements e-sidoc, avec deux numéros différents mais
le même montant. Laquelle faut-il payer ?

Nadège Perret
Gestionnaire – collège Les Aravis, Thônes (0740933M)

Le 18/11/2025 à 09:02, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation de votre mot de passe e-sidoc vient de vous
> être envoyé. Il est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance
""", reply="<SUP-006702.1763452920.d3a19b@assistance.example.fr>"),
    "order_billing", False, "0740933M", "auvergne-rhone-alpes", "esidoc", True, "fr",
    "Reply on an old password-reset ticket (quoted history about the password) to ask something else: a duplicate invoice.")

add(person(("Accounts – Bookwise Distribution", "accounts@bookwise-distribution.co.uk"), "Invoice rejected by Chorus – numéro d'engagement",
           T("2026-03-05 10:12:44", 0), """\
Dear Sir or Madam,

Our invoice BW-2026-0113, for an order placed through your Espace Acheteur
by the Région's lycées department, has been rejected by Chorus Pro with the
reason "numéro d'engagement juridique manquant". Nobody gave us this number
with the purchase order.

Could you tell us which engagement number we should quote so that we can
resubmit?

Best regards,
Accounts Receivable
Bookwise Distribution Ltd
""", client="outlookcom"), "order_billing", False, None, None, "espace_acheteur", False, "en",
    "English supplier: invoice rejected by Chorus for a missing engagement number.")

add(person(("Marion Lambert", "marion.lambert@ac-dijon.fr"), "Panier disparu", T("2026-02-24 09:12:16"), """\
Bonjour,

J'avais préparé et enregistré mon panier de réabonnements sur e-sidoc le
5 février, avant les vacances. Je reviens aujourd'hui pour le valider : il
est vide ! Faut-il vraiment tout ressaisir ?

Marion Lambert, collège Gaston Roupnel, Dijon – 0212267A
"""), "order_billing", False, "0212267A", "bourgogne-franche-comte", "esidoc", False, "fr",
    "The saved basket vanished over the holidays (baskets are kept 15 days).")

add(person(("Julie Tessier", "julie.tessier@chu-sud-bourgogne.fr"), "Facture + convention", T("2026-03-20 11:36:27"), """\
Bonjour,

Surtout une question de facture : la facture du marché de reprographie
(réf. 2025-118) nous est facturée 4 820 € HT au lieu des 4 280 € HT du bon
de commande. Pouvez-vous la faire corriger ?

Accessoirement, la convention de groupement du même marché n'apparaît plus
dans « Mes Marchés », je ne sais pas si c'est lié.

Cordialement,
Julie Tessier
Cellule achats – CHU Sud Bourgogne
""", client="outlook"), "order_billing", False, None, None, "espace_acheteur", True, "fr",
    "Two topics: wrong invoice amount (main, said so) and a convention missing from 'Mes Marchés' (contract_documents).")

# ============================================================== contract_documents

add(person(("Thibaut Rolland", "thibaut.rolland@chu-grand-ouest-exemple.fr"), "CCTP introuvable – marché 2025-087",
           T("2026-02-19 14:02:56"), """\
Bonjour,

Dans « Mes Marchés », le marché 2025-087 (matériel de stérilisation)
n'affiche que l'acte d'engagement. Le CCTP et le BPU, qui étaient visibles
en décembre, ont disparu. J'en ai besoin pour vérifier un prix avant de
commander.

Thibaut Rolland
Acheteur biomédical
""", client="outlook"), "contract_documents", False, None, None, "espace_acheteur", False, "fr",
    "Hospital buyer no longer sees the CCTP and BPU of a market.")

add(person(("Élise Vasseur", "elise.vasseur@centrevaldeloire.fr"), "Avenant n°3 manquant", T("2026-03-03 10:18:39"), """\
Bonjour,

Le titulaire du marché de maintenance des ascenseurs (2024-031) nous dit que
l'avenant n°3 a été notifié le 2 février. Il n'apparaît pas dans les
documents du marché sur l'Espace Acheteur, où je n'ai que les avenants 1 et
2.

Pouvez-vous le mettre en ligne ?

Élise Vasseur
Direction du patrimoine – Région Centre-Val de Loire
""", client="outlook"), "contract_documents", False, None, None, "espace_acheteur", False, "fr",
    "Regional council: amendment no. 3 missing from the market documents.")

add(person(("Gestionnaire lycée Jehan Ango", "gestionnaire.ango@ac-normandie.fr"), "Convention d'adhésion",
           T("2026-02-09 15:27:08"), """\
Bonjour,

Pour notre dossier de contrôle, l'agent comptable me réclame la convention
d'adhésion de l'établissement à la centrale d'achat. Je ne la trouve nulle
part dans l'Espace Acheteur, alors qu'on m'assure qu'elle a été signée en
2024.

Lycée Jehan Ango, Dieppe – 0760548H

Merci,
Sébastien Leroux
""", client="zimbra"), "contract_documents", False, "0760548H", "normandie", "espace_acheteur", False, "fr",
    "Cannot find the establishment's membership convention on the platform.")

add(person(("ADV – Mobilier Scolaire du Centre", "adv@msc-mobilier.fr"), "Acte d'engagement notifié non visible",
           T("2026-03-13 09:05:21"), """\
Bonjour,

Nous sommes titulaires du lot 3 du marché de mobilier pour les CDI (réf.
2026-004). La notification nous est parvenue par courrier, mais l'acte
d'engagement signé et le CCAP ne sont pas consultables dans notre espace.
Pouvez-vous nous les rendre accessibles ou nous les transmettre ?

Cordialement,
Service ADV
""", client="outlook"), "contract_documents", False, None, None, "espace_acheteur", False, "fr",
    "A supplier (contract holder) cannot see the signed contract documents of a market.")

add(person(("Bertrand Delcourt", "bertrand.delcourt@ac-amiens.fr"), "Avenant 2 marché 2025-041 introuvable dans Mes Marchés",
           T("2026-03-25 16:40:03"), """\
Bertrand Delcourt
Adjoint gestionnaire
Cité scolaire d'Abbeville
"""), "contract_documents", False, None, "hauts-de-france", "espace_acheteur", False, "fr",
    "Request only in the subject (Mes Marchés = Espace Acheteur); no UAI, region from ac-amiens.fr.")

add(person(("Rachid Belkacem", "rachid.belkacem@ac-montpellier.fr"), "Pas les factures : le contrat",
           T("2026-02-27 11:23:45"), """\
Bonjour,

Je reformule, car on m'a répondu sur les factures : les factures sont bien
là, je les vois toutes, aucun problème de ce côté. Ce qui manque, c'est le
contrat lui-même : le marché de restauration 2025-064 n'a aucun document
contractuel dans « Mes Marchés » (ni acte d'engagement, ni CCAP).

Lycée Jean Mermoz, Montpellier – 0340702D

Rachid Belkacem
Gestionnaire
"""), "contract_documents", False, "0340702D", "occitanie", "espace_acheteur", True, "fr",
    "Contrast: invoices are fine (billing words everywhere), it is the contract documents that are missing.")

add(person(("Eleanor Price", "e.price@ght-haute-savoie-nord.fr"), "Convention pdf is blank",
           T("2026-02-12 13:31:10"), """\
Hello,

When I open the convention de groupement for the lab-consumables market in
Mes Marchés, the PDF is blank (one white page, 0 Ko). The avenant opens
fine. Could you re-upload it?

Thanks,
Eleanor Price
Purchasing, GHT Haute-Savoie Nord
""", client="outlookcom"), "contract_documents", False, None, None, "espace_acheteur", False, "en",
    "English with French terms; the convention document opens blank.")

# ============================================================== transfer_incident

add(person(("Secrétariat collège Berthelot", "secretariat.berthelot@ac-nantes.fr"), "Notes non visibles par les parents",
           T("2026-03-04 08:40:31"), """\
Bonjour,

Depuis la rentrée des vacances, les parents ne voient plus les notes sur
EcoleDirecte. Dans le module de transfert, la date du dernier transfert
réussi est le 13 février. Les conseils de classe commencent la semaine
prochaine et les parents m'appellent tous les jours.

Collège Marcelin Berthelot, Le Mans – 0722652S

Pouvez-vous nous aider ?
Annick Lebreton, secrétariat de direction
""", client="outlook"), "transfer_incident", False, "0722652S", "pays-de-la-loire", "ecoledirecte", False, "fr",
    "Secretary: last successful EcoleDirecte transfer before the holidays, parents no longer see grades.")

add(person(("Secrétariat Notre-Dame", "secretariat@notredame-lavaur.fr"), "mot de passe de maintenance",
           T("2026-02-23 07:52:48"), """\
Bonjour, il me faudrait le mot de passe de maintenance du jour pour relancer
la base, le logiciel le demande au démarrage. Merci. Marie-Hélène, secrétariat
""", client="orange"), "transfer_incident", False, None, None, "ecoledirecte", False, "fr",
    "Asks for the daily maintenance password: transfer_incident per the taxonomy, not password_reset. Private-school domain: no region.")

add(person(("Jean-Pierre Etcheverry", "jp.etcheverry@ac-bordeaux.fr"), "Licence expirée après migration du serveur",
           T("2026-02-23 10:05:17"), """\
Bonjour,

Pendant les vacances, la Région a remplacé le serveur administratif du
lycée. Depuis, au lancement de l'outil de transfert vers EcoleDirecte,
j'obtiens « Licence expirée ou invalide pour ce poste » et plus rien ne
part.

Lycée Louis de Foix, Bayonne – 0640677N

Merci,
JP Etcheverry, DDFPT (référent numérique)
""", client="zimbra"), "transfer_incident", False, "0640677N", "nouvelle-aquitaine", "ecoledirecte", False, "fr",
    "Licence to regenerate after a server change during the holidays; transfers stopped.")

add(person(("Odile Marie", "odile.marie@ac-normandie.fr"), "Synchronisation EcoleDirecte", T("2026-03-13 14:47:33"), """\
Bonjour,

Je vous arrête tout de suite : j'ai bien mon mot de passe, je ne l'ai pas
oublié, et je me connecte sans problème à EcoleDirecte.

Ce qui ne marche plus, c'est la synchronisation : les absences saisies ce
matin n'apparaissent pas en ligne, et le journal du module indique « échec
de connexion au serveur distant » à chaque tentative depuis hier 17 h.

Odile Marie
Secrétaire de direction
""", client="outlook"), "transfer_incident", False, None, "normandie", "ecoledirecte", True, "fr",
    "Negation: the password is not the problem; synchronisation fails. No UAI, region from ac-normandie.fr.")

add(person(("Stéphanie Ribeiro", "steph.ribeiro74@gmail.com"), "Transfert EcoleDirecte en échec",
           T("2026-03-10 07:31:06"), """\
Transfert EcoleDirecte en échec depuis ce matin, code erreur 12. Urgent, conseils de classe jeudi.
""", client="gmail"), "transfer_incident", False, None, None, "ecoledirecte", False, "fr",
    "One line from a personal Gmail; no school named, so no region.")

add(person(("Secrétariat Sainte-Thérèse", "secretariat@saintetherese-nantes.fr"),
           "Synchro EcoleDirecte bloquée depuis lundi – collège Sainte-Thérèse 0441034K",
           T("2026-03-18 12:02:29"), """\
""", client="outlook"), "transfer_incident", False, "0441034K", "pays-de-la-loire", "ecoledirecte", False, "fr",
    "Request and UAI only in the subject; empty body.")

add(person(("Direction Institution Stanislas", "direction@stanislas-nice.fr"), "Transferts bloqués par l'antivirus",
           T("2026-02-04 11:14:37"), """\
Bonjour,

Depuis la mise à jour Windows de lundi, l'antivirus met en quarantaine le
programme de transfert (Outils.exe) dès qu'il démarre. Conséquence : plus
aucun transfert vers EcoleDirecte depuis deux jours. J'ai restauré le
fichier deux fois, il repart en quarantaine.

Que faut-il exclure exactement dans l'antivirus ?

Institution Stanislas, Nice – UAI 0061974N
Service informatique
""", client="outlook"), "transfer_incident", False, "0061974N", "provence-alpes-cote-d-azur", "ecoledirecte", False, "fr",
    "The antivirus quarantines the transfer program after a Windows update (a quarantine, but not of mail).")

add(person(("Dominique Vandenbussche", "dominique.vandenbussche@ac-lille.fr"), "La synchro ne sait pas se faire",
           T("2026-03-24 09:26:58"), """\
Bonjour,

Depuis ce matin la synchro avec EcoleDirecte ne sait pas se faire : le
logiciel tourne, tourne, et au bout de nonante secondes il dit « délai
dépassé ». J'ai redémarré le PC deux fois, sans succès.

Est-ce que vous savez regarder de votre côté ? Je reste au bureau jusqu'à
16 h, à tantôt peut-être.

Dominique Vandenbussche
Secrétariat – collège Van der Meersch, Tourcoing (0590642C)
"""), "transfer_incident", False, "0590642C", "hauts-de-france", "ecoledirecte", False, "fr",
    "Belgian-style phrasing (savoir for pouvoir, nonante, à tantôt); synchronisation times out.")

add(person(("Secrétariat Lycée Saint-Louis", "secretariat@lycee-saintlouis-exemple.fr"), "Fwd: Emploi du temps pas à jour",
           T("2026-03-09 16:14:20"), """\
Bonjour,

Je vous transfère le message d'un parent. Pour info, son mot de passe n'a
rien à voir : c'est l'emploi du temps qui ne se met plus à jour sur
EcoleDirecte depuis deux semaines, pour toutes les classes. Le transfert de
l'emploi du temps semble bloqué.

Merci de vérifier,
Corinne, secrétariat

Début du message réexpédié :

De: Thomas Pelletier <t.pelletier@free.fr>
Objet: Emploi du temps pas à jour
Date: 8 mars 2026 à 20:41:13 UTC+1
À: secretariat@lycee-saintlouis-exemple.fr

Bonjour,
J'ai dû réinitialiser mon mot de passe EcoleDirecte ce week-end (je l'avais
oublié), et en me reconnectant je vois que l'emploi du temps de mon fils en
2nde 4 affiche encore les cours de février, avec des profs qui ne sont plus
là. C'est normal ?
Cordialement,
T. Pelletier
""", client="apple"), "transfer_incident", False, None, None, "ecoledirecte", True, "fr",
    "Apple Mail forward of a parent's message that talks about a forgotten password; the secretary says the password is unrelated: the timetable transfer is stuck.")

# ============================================================== other

add(person(("Sylvie Chabanne", "sylvie.chabanne@ac-limoges.fr"), "Re: [#SUP-007470] Mot de passe e-sidoc",
           T("2026-03-05 08:09:51"), """\
Ça a marché du premier coup, merci beaucoup !

Sylvie

Le 04/03/2026 à 16:22, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation du mot de passe d'administration e-sidoc a
> été envoyé à l'adresse connue pour votre établissement
> (s***@ac-*******.fr). Il est valable 12 heures et ne sert qu'une fois.
>
> Cordialement,
> L'équipe d'assistance
""", reply="<SUP-007470.1772637720.8e21aa@assistance.example.fr>"),
    "other", False, None, "nouvelle-aquitaine", "esidoc", True, "fr",
    "Thanks only, quoting our reset answer: 'mot de passe' and 'lien' appear, nothing is asked. Region from ac-limoges.fr.")

add(person(("Gaëlle Robin", "gaelle.robin29@gmail.com"), "Re: [#SUP-007512] Pas reçu le mail d'activation",
           T("2026-03-09 18:47:13"), """\
C'était dans les indésirables, effectivement. Je l'ai récupéré, tout est bon.
Bonne soirée !

Le lun. 9 mars 2026 à 11:03, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Les messages automatiques de l'Espace Acheteur partent de l'adresse
> no-reply@espace-acheteur.example.fr. Pensez à vérifier votre dossier de
> courrier indésirable et à ajouter cette adresse à vos contacts.
>
> L'équipe d'assistance
""", client="gmail", reply="<SUP-007512.1773050580.0b77e4@assistance.example.fr>"),
    "other", False, None, None, "espace_acheteur", False, "fr",
    "Says our junk-folder answer worked; nothing more is asked.")

add(person(("Mélanie Courtois", "melanie.courtois@hotmail.fr"), "justifier une absence",
           T("2026-03-16 07:12:38"), """\
Bonjour,

Mon fils est malade depuis samedi, comment je fais pour justifier son
absence sur EcoleDirecte ? Je ne trouve pas le bouton dans l'application.

Merci
Mme Courtois (maman de Lenny, 4e B)
""", client="outlookcom"), "other", False, None, None, "ecoledirecte", False, "fr",
    "A parent asks how to justify an absence in EcoleDirecte: a question for the school, not for us.")

add(person(("Orange Messagerie", "securite@orange-messagerie-service.com"), "Votre boîte mail est pleine à 98 %",
           T("2026-02-14 03:12:44"), """\
Cher(e) client(e),

Votre boîte aux lettres a atteint 98 % de sa capacité. Les nouveaux
messages seront rejetés sous 24 heures.

Pour augmenter gratuitement votre espace de stockage, confirmez votre
identifiant et votre mot de passe en cliquant ici :
https://orange-messagerie-service.com/quota/verification

Sans action de votre part, votre compte sera suspendu.

L'équipe Orange Messagerie
""", client="legacy", auth="softfail"), "other", False, None, None, None, True, "fr",
    "Phishing: fake 'mailbox full, confirm your password'. Mentions identifiant and mot de passe but is not password_reset.")

add(person(("Library Futures Summit", "invitations@libraryfutures-summit.example.com"), "Invitation: EdTech & School Libraries Summit 2026",
           T("2026-02-09 15:00:02", -5), """\
Dear Colleague,

We are delighted to invite you to speak at the EdTech & School Libraries
Summit 2026 in Lisbon (June 10-12). As a leader in digital library
services, your insights would be invaluable to our 1,200 attendees.

Speaker packages start at only EUR 1,490 (includes listing in our printed
programme and two nights of hotel accommodation).

Reply YES to secure your slot before February 28.

Warm regards,
Jessica Hall
Programme Director
""", client="outlookcom", auth="nodkim"), "other", False, None, None, None, False, "en",
    "English pay-to-speak conference solicitation.")

add(person(("Céline Arvers – Éditions Livrenet", "celine.arvers@livrenet-editions.fr"), "Une offre découverte pour vos CDI ?",
           T("2026-03-02 11:42:19"), """\
Bonjour,

Je me permets de vous contacter car nous lançons en mars « Livrenet
Junior », une bibliothèque numérique de romans pour les 11-15 ans, et je
pense qu'elle intéresserait les documentalistes qui utilisent vos portails.

Seriez-vous d'accord pour un rendez-vous de 20 minutes afin de voir comment
la proposer dans votre catalogue de ressources ? Je peux aussi vous ouvrir un
accès d'essai gratuit.

Bien cordialement,
Céline Arvers
Chargée de partenariats
""", client="outlook"), "other", False, None, None, None, False, "fr",
    "Publisher's personal partnership pitch: not a support request.")

add(person(("Inès Haddad", "ines.haddad2011@gmail.com"), "stage de 3e", T("2026-02-26 19:55:37"), """\
Bonjour,

Je suis en 3e au collège Paul Langevin et je cherche un stage
d'observation pour la semaine du 8 juin. J'aimerais découvrir le métier
d'informaticien. Est-ce que votre entreprise prend des stagiaires ?

Merci d'avance,
Inès Haddad
""", client="gmail"), "other", False, None, None, None, False, "fr",
    "A pupil asks for a work-experience placement.")

add(person(("Nolwenn Audebert", "nolwenn.audebert@ac-poitiers.fr"), "Formation e-sidoc en mars ?",
           T("2026-02-10 12:30:45"), """\
Bonjour,

Y a-t-il des sessions de formation (en ligne, idéalement) à la gestion du
portail e-sidoc prévues en mars ? Nous sommes trois nouvelles
documentalistes dans le bassin de Niort et nous aimerions nous inscrire
ensemble.

Merci,
Nolwenn Audebert
"""), "other", False, None, "nouvelle-aquitaine", "esidoc", False, "fr",
    "Asks about e-sidoc training sessions: a question with no category of its own. Region from ac-poitiers.fr.")

add(person(("Antoine Carré", "antoine.carre@ac-creteil.fr"), "bandeau du portail pour le Printemps des poètes",
           T("2026-03-06 13:18:04"), """\
Bonjour,

Je voudrais changer l'image du bandeau de notre portail pour le Printemps des
poètes (du 14 au 30 mars). Où se trouve ce réglage dans l'administration ?
Quelle taille d'image faut-il ?

Antoine Carré, doc au lycée Louise Michel, Bobigny
""", client="roundcube"), "other", False, None, "ile-de-france", "esidoc", False, "fr",
    "How-to question about customising the portal banner; region from ac-creteil.fr.")

add(person(("christian.m", "christian.m@laposte.net"), "TROISIÈME RELANCE", T("2026-03-23 17:04:58"), """\
Trois mails, trois semaines, aucune réponse. C'est ça, votre « assistance » ?
Je vais finir par écrire au rectorat.
""", client="legacy"), "other", False, None, None, None, False, "fr",
    "Angry complaint about unanswered mail that says nothing about the topic.")

add(person(("Marion Blanchard", "marion.blanchard@ght-vendee.fr"), "Horaires pendant les vacances",
           T("2026-02-13 12:15:30"), """\
Bonjour,

Le support de l'Espace Acheteur reste-t-il joignable pendant les vacances
scolaires de février ? Nous avons des commandes à passer et je voudrais
savoir si je peux compter sur vous en cas de problème.

Marion Blanchard
""", client="outlook"), "other", False, None, None, "espace_acheteur", False, "fr",
    "Asks about support opening hours during the holidays.")

add(person(("Katarzyna Nowak", "k.nowak@liceum-krakow.example.pl"), "Erasmus+ partnership – library project",
           T("2026-03-04 09:40:11"), """\
Dear colleagues,

I am a teacher-librarian at a secondary school in Kraków and we are looking
for a French partner school for an Erasmus+ project about reading clubs. I
found your address on a French website. Could you forward my message to
interested schools, or tell me whom to contact?

Thank you very much,
Katarzyna Nowak
""", client="gmail"), "other", False, None, None, None, False, "en",
    "English; a foreign teacher looking for an Erasmus+ partner school: wrong address.")

add(person(("Laurence", "laurence.bertin@ac-grenoble.fr"), "samedi ?", T("2026-02-20 13:02:11"), """\
Coucou, toujours ok pour samedi ? Je prends la tarte, tu t'occupes du pain.
Bises
L.
""", client="zimbra"), "other", False, None, "auvergne-rhone-alpes", None, False, "fr",
    "Personal message sent to the desk by address autocomplete; region from ac-grenoble.fr.")

add(person(("Chorus Pro", "notification@chorus-pro-factures.net"), "Facture en attente : action requise",
           T("2026-03-11 05:41:27"), """\
Bonjour,

Une facture déposée à votre attention est en attente de traitement depuis
plus de 15 jours. Sans validation de votre part avant le 14/03/2026, des
pénalités de retard seront appliquées.

Consultez la facture : https://chorus-pro-factures.net/portail/facture?id=88412

Service Chorus Pro
""", client="outlook", auth="fail", cte="quoted-printable"), "other", False, None, None, None, True, "fr",
    "Phishing dressed as a Chorus Pro notice (look-alike domain, SPF/DMARC fail): billing words, but not order_billing.")

add(person(("Bastien Roy", "bastien.roy@ght-gironde-exemple.fr"), "Exporter la liste des marchés",
           T("2026-03-17 11:09:42"), """\
Bonjour,

Est-il possible d'exporter la liste de nos marchés en cours (avec les dates
de fin) au format Excel depuis l'Espace Acheteur ? Je dois préparer un
tableau de bord pour la direction.

Merci,
Bastien Roy
""", client="outlook"), "other", False, None, None, "espace_acheteur", False, "fr",
    "How-to question (export to a spreadsheet): no category of its own.")

add(person(("Lucas Perrier", "lucas.perrier.dev@gmail.com"), "Candidature spontanée – technicien support",
           T("2026-02-02 20:33:05"), """\
Madame, Monsieur,

Titulaire d'un BTS SIO, je vous adresse ma candidature pour un poste de
technicien support. Je connais bien l'environnement scolaire (trois ans
d'assistance informatique dans un lycée). Mon CV est en pièce jointe.

Je reste à votre disposition pour un entretien.

Lucas Perrier
""", client="gmail", attach=[attachment("CV_Lucas_Perrier.pdf")]),
    "other", False, None, None, None, False, "fr",
    "Unsolicited job application with a CV.")

add(person(("Anaïs Grosjean", "anais.grosjean@ac-dijon.fr"), "RE: [#SUP-007366] Mailinblack – messages bloqués",
           T("2026-03-02 10:49:20"), """\
Bonjour,

Vous pouvez clore la demande : le problème s'est résolu tout seul, notre
service informatique a changé quelque chose pendant les vacances et vos
messages arrivent de nouveau normalement.

Merci quand même !
Anaïs Grosjean

De : Assistance <support@assistance.example.fr>
Envoyé : vendredi 13 février 2026 14:22
À : Anaïs Grosjean <anais.grosjean@ac-dijon.fr>
Objet : [#SUP-007366] Mailinblack – messages bloqués

Bonjour,

Votre établissement utilise MailInBlack. Ajoutez l'adresse
no-reply@esidoc.example.fr à la liste des expéditeurs autorisés, puis
libérez les messages en attente. Votre région pourra prendre contact avec
votre service informatique si besoin.

L'équipe d'assistance
""", client="outlook", reply="<SUP-007366.1770988920.fa9012@assistance.example.fr>"),
    "other", False, None, "bourgogne-franche-comte", "esidoc", True, "fr",
    "Reply on a MailInBlack ticket (subject and quote name MailInBlack) only to say it is solved and the ticket can be closed: nothing to answer.")

add(person(("Mathis Gérard", "mathis.gerard@ac-orleans-tours.fr"), "Accents bizarres dans les notices",
           T("2026-03-20 10:37:16"), """\
Bonjour,

Depuis hier, dans les résultats de recherche de notre portail, les notices
affichent « Ã©tÃ© » à la place de « été », « Ã  » à la place de « à », etc.
Dans le back-office tout est normal. Vous avez fait une mise à jour ?

Mathis Gérard
Documentaliste
"""), "other", False, None, "centre-val-de-loire", "esidoc", False, "fr",
    "Display bug (mojibake written on purpose in the body) in the e-sidoc search results: no category of its own.")

add(person(("Fatou Diallo", "fatou.diallo@ac-versailles.fr"), "Re: [#SUP-007701] Compte acheteur", T("2026-03-17 13:10:02"), """\
Bien reçu, merci.

Envoyé de mon iPhone

> Le 17 mars 2026 à 12:58, Assistance <support@assistance.example.fr> a écrit :
>
> Bonjour,
>
> Votre compte est en attente de validation par l'administrateur de votre
> structure. Dès qu'il l'aura validé, vous recevrez un message de
> confirmation.
>
> L'équipe d'assistance
""", client="iphone", reply="<SUP-007701.1773748680.6c4d11@assistance.example.fr>"),
    "other", False, None, "ile-de-france", "espace_acheteur", False, "fr",
    "'Bien reçu, merci' from an iPhone: nothing to do.")

# ============================================================== automated


def raw_part(headers, text):
    return Part(headers, text.encode("utf-8") if isinstance(text, str) else text)


def our_reply(ticket, subject, to, t, body):
    """One of our own outgoing automatic answers, as it comes back inside a bounce."""
    return ("From: Assistance <support@assistance.example.fr>\n"
            "To: %s\nSubject: %s\nDate: %s\n"
            "Message-ID: <%s.%d.%s@assistance.example.fr>\n"
            "Auto-Submitted: auto-replied\nMIME-Version: 1.0\n"
            'Content-Type: text/plain; charset="utf-8"\n'
            "Content-Transfer-Encoding: quoted-printable\n\n" % (to, enc("[#%s] %s" % (ticket, subject)), rfc_date(t),
                                                                 ticket, int(t.timestamp()), hexid(6))
            ).encode() + quopri.encodestring(body.encode("utf-8"))


# 1. Exchange out-of-office, French, winter holidays
t = T("2026-02-16 10:04:12")
add(automated(transport(t, "delphine.arnaud@ch-bellerive.fr", client_hop=False), [
    "From: Delphine Arnaud <delphine.arnaud@ch-bellerive.fr>",
    "To: Assistance <support@assistance.example.fr>",
    "Subject: " + enc("Réponse automatique : [#SUP-007402] Alertes nouvelles offres"),
    "Thread-Topic: " + enc("[#SUP-007402] Alertes nouvelles offres"),
    "Date: " + rfc_date(t),
    "Message-ID: <%s@PR3P192MB0711.EURP192.PROD.OUTLOOK.COM>" % alnum(30),
    "In-Reply-To: <SUP-007402.1771232600.e1f0a4@assistance.example.fr>",
    "References: <SUP-007402.1771232600.e1f0a4@assistance.example.fr>",
    "Auto-Submitted: auto-generated",
    "X-Auto-Response-Suppress: All",
    "X-MS-Exchange-Inbox-Rules-Loop: delphine.arnaud@ch-bellerive.fr",
    "Content-Language: fr-FR",
    "MIME-Version: 1.0"],
    text_part("""\
Bonjour,

Je suis absente jusqu'au lundi 23 février inclus et n'aurai pas accès à ma
messagerie.

Pour les commandes urgentes, merci de contacter la cellule des marchés au
poste 4412 ou par mail : marches@ch-bellerive.fr.

Delphine Arnaud
""", cte="quoted-printable")),
    "automated", False, None, None, None, False, "fr",
    "Exchange out-of-office in French answering one of our tickets: Auto-Submitted: auto-generated, X-Auto-Response-Suppress.")

# 2. Zimbra vacation reply from an academic address
t = T("2026-02-09 14:40:55")
add(automated(transport(t, "sandrine.morel-duclos@ac-grenoble.fr", client_hop=False), [
    "Date: " + rfc_date(t),
    "From: " + addr(("Sandrine Morel-Duclos", "sandrine.morel-duclos@ac-grenoble.fr")),
    "To: " + SUPPORT,
    "Message-ID: <%d.%d.%d.JavaMail.zimbra@ac-grenoble.fr>" % (RNG.randint(10**8, 10**9), RNG.randint(1000, 9999), int(t.timestamp() * 1000)),
    "In-Reply-To: <SUP-007356.1770644400.2aa913@assistance.example.fr>",
    "Subject: " + enc("Absence : [#SUP-007356] Votre abonnement est actif"),
    "MIME-Version: 1.0",
    "Auto-Submitted: auto-replied (zimbra; vacation)",
    "Precedence: bulk"],
    text_part("""\
Bonjour,

Le CDI est fermé pendant les vacances d'hiver. Je lirai vos messages à
partir du lundi 23 février.

Bonne journée,
S. Morel-Duclos
""", cte="quoted-printable")),
    "automated", False, None, "auvergne-rhone-alpes", None, False, "fr",
    "Academic webmail vacation reply: 'Auto-Submitted: auto-replied (zimbra; vacation)'. Region from the ac-grenoble.fr sender.")

# 3. Gmail vacation responder, French
t = T("2026-02-26 09:12:30")
add(automated(transport(t, "claire.dumont.cdi@gmail.com", client_hop=False), [
    "MIME-Version: 1.0",
    "From: Claire Dumont <claire.dumont.cdi@gmail.com>",
    "Date: " + rfc_date(t),
    "Message-ID: " + mid_for("gmail", "gmail.com", t),
    "Subject: " + enc("Re: [#SUP-007333] Votre demande a bien été reçue"),
    "To: Assistance <support@assistance.example.fr>",
    "In-Reply-To: <SUP-007333.1772093400.5fe0b2@assistance.example.fr>",
    "References: <SUP-007333.1772093400.5fe0b2@assistance.example.fr>",
    "Auto-Submitted: auto-replied"],
    text_part("""\
Bonjour, je suis en congé jusqu'au 2 mars. Je vous répondrai à mon retour.
Claire
""", cte="quoted-printable")),
    "automated", False, None, None, None, False, "fr",
    "Gmail vacation responder in French (Auto-Submitted: auto-replied), personal address.")

# 4. Postfix bounce, English, multipart/report
t = T("2026-02-10 14:07:02")
orig = our_reply("SUP-007377", "Identifiant Espace Acheteur", "Nadia Ouelhadj <nadia.ouelhadj@hautsdefrance.fr>, Claudine Lefebvre <claudine.lefebvre@hautsdefrance.fr>",
                 t - dt.timedelta(seconds=3), """\
Bonjour,

Nous avons bien reçu votre demande. Pour retrouver votre identifiant, utilisez
le lien « Identifiant oublié » de la page de connexion de l'Espace Acheteur.

Cordialement,
L'équipe d'assistance
""")
add(automated(transport(t, "MAILER-DAEMON@mx2.hautsdefrance.fr", "nodkim", return_path="", client_hop=False), [
    "From: Mail Delivery System <MAILER-DAEMON@mx2.hautsdefrance.fr>",
    "To: Assistance <support@assistance.example.fr>",
    "Subject: Undelivered Mail Returned to Sender",
    "Date: " + rfc_date(t),
    "Message-ID: <20260210130702.%s@mx2.hautsdefrance.fr>" % alnum(14),
    "Auto-Submitted: auto-replied",
    "MIME-Version: 1.0"],
    multipart("report", [
        raw_part(["Content-Description: Notification", 'Content-Type: text/plain; charset="us-ascii"'], """\
This is the mail system at host mx2.hautsdefrance.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<claudine.lefebvre@hautsdefrance.fr>: host mbx04.hautsdefrance.fr[10.20.4.14] said:
    550 5.2.1 <claudine.lefebvre@hautsdefrance.fr>: Recipient address rejected:
    mailbox disabled (in reply to RCPT TO command)
"""),
        raw_part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], """\
Reporting-MTA: dns; mx2.hautsdefrance.fr
X-Postfix-Queue-ID: 4fQz1K0xyz
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Tue, 10 Feb 2026 14:06:59 +0100 (CET)

Final-Recipient: rfc822; claudine.lefebvre@hautsdefrance.fr
Original-Recipient: rfc822;claudine.lefebvre@hautsdefrance.fr
Action: failed
Status: 5.2.1
Remote-MTA: dns; mbx04.hautsdefrance.fr
Diagnostic-Code: smtp; 550 5.2.1 <claudine.lefebvre@hautsdefrance.fr>: Recipient
    address rejected: mailbox disabled
"""),
        raw_part(["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], orig),
    ], "4fQz1K0xyz.1770728822/mx2.hautsdefrance.fr", extra_ct=" report-type=delivery-status;",
        preamble="This is a MIME-encapsulated message.\n")),
    "automated", False, None, None, None, False, "en",
    "Postfix bounce (multipart/report, null Return-Path, MAILER-DAEMON) of our answer to a regional-council buyer; the returned message talks about the Espace Acheteur but the bounce itself is about no product.")

# 5. French NDR, mailbox full, from an academic postmaster
t = T("2026-03-05 16:51:44")
orig_h = """\
From: Assistance <support@assistance.example.fr>
To: elodie.sanchez1@ac-montpellier.fr
Subject: [#SUP-007412] Mot de passe e-sidoc
Date: Thu, 05 Mar 2026 16:51:40 +0100
Message-ID: <SUP-007412.1772725900.c08d1e@assistance.example.fr>
Auto-Submitted: auto-replied
"""
add(automated(transport(t, "postmaster@ac-montpellier.fr", "pass", return_path="", client_hop=False), [
    "From: " + enc("Système de messagerie") + " <postmaster@ac-montpellier.fr>",
    "To: support@assistance.example.fr",
    "Subject: " + enc("Non remis : [#SUP-007412] Mot de passe e-sidoc"),
    "Date: " + rfc_date(t),
    "Message-ID: <%s@ac-montpellier.fr>" % uuid(),
    "Auto-Submitted: auto-replied",
    "MIME-Version: 1.0"],
    multipart("report", [
        text_part("""\
Votre message n'a pas pu être remis à un ou plusieurs destinataires.

elodie.sanchez1@ac-montpellier.fr
La boîte aux lettres du destinataire est pleine et ne peut pas recevoir de
nouveaux messages pour le moment. Réessayez plus tard ou contactez le
destinataire par un autre moyen.

Serveur ayant généré ce rapport : mta3.ac-montpellier.fr
""", cte="quoted-printable"),
        raw_part(["Content-Type: message/delivery-status"], """\
Reporting-MTA: dns;mta3.ac-montpellier.fr
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Thu, 5 Mar 2026 16:51:41 +0100

Final-Recipient: rfc822;elodie.sanchez1@ac-montpellier.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;552 5.2.2 Mailbox full - quota exceeded
"""),
        raw_part(["Content-Type: text/rfc822-headers"], orig_h),
    ], "NDR_%s" % alnum(20), extra_ct=" report-type=delivery-status;")),
    "automated", False, None, "occitanie", None, False, "fr",
    "French non-delivery report (mailbox full, 5.2.2) from the académie's postmaster, multipart/report with headers only. Region from the ac-montpellier.fr sender, by the mechanical rule.")

# 6. Outlook read receipt 'Lu :' from ac-strasbourg
t = T("2026-03-10 08:03:19")
add(automated(transport(t, "patrick.lehmann@ac-strasbourg.fr", client_hop=False), [
    "From: Lehmann Patrick <patrick.lehmann@ac-strasbourg.fr>",
    "To: Assistance <support@assistance.example.fr>",
    "Subject: " + enc("Lu : [#SUP-007349] MailInBlack – Espace Acheteur"),
    "Date: " + rfc_date(t),
    "Message-ID: <%s$%s$%s$@ac-strasbourg.fr>" % (hexid(12), hexid(8), hexid(8)),
    "X-Mailer: Microsoft Outlook 16.0",
    "MIME-Version: 1.0"],
    multipart("report", [
        text_part("""\
Votre message

  À : Lehmann Patrick
  Objet : [#SUP-007349] MailInBlack – Espace Acheteur
  Envoyé : lundi 9 mars 2026 17:44:02 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mardi 10 mars 2026 08:03:17 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""", cte="quoted-printable"),
        raw_part(["Content-Type: message/disposition-notification"], """\
Reporting-UA: ac-strasbourg.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;patrick.lehmann@ac-strasbourg.fr
Original-Message-ID: <SUP-007349.1773074642.91b0c3@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
"""),
    ], "----=_NextPart_%s" % hexid(16).upper(), extra_ct=" report-type=disposition-notification;")),
    "automated", False, None, "grand-est", None, False, "fr",
    "Outlook read receipt ('Lu :'), multipart/report disposition-notification; the subject quotes a MailInBlack ticket. Region from ac-strasbourg.fr.")

# 7. A real question, but posted to a mailing list the desk is subscribed to
t = T("2026-03-11 12:47:06")
add(automated(transport(t, "docs-lycees-owner@listes.ac-montpellier.fr", return_path="docs-lycees-owner@listes.ac-montpellier.fr", client_hop=False), [
    "From: " + addr(("Claudine Bousquet", "claudine.bousquet@ac-montpellier.fr")),
    "To: docs-lycees@listes.ac-montpellier.fr",
    "Subject: " + enc("[docs-lycees] Europresse invisible sur e-sidoc ?"),
    "Date: " + rfc_date(t),
    "Message-ID: <%s@ac-montpellier.fr>" % uuid(),
    "MIME-Version: 1.0",
    "List-Id: " + enc("Professeurs documentalistes des lycées") + " <docs-lycees.listes.ac-montpellier.fr>",
    "List-Post: <mailto:docs-lycees@listes.ac-montpellier.fr>",
    "List-Unsubscribe: <mailto:sympa@listes.ac-montpellier.fr?subject=unsubscribe%20docs-lycees>",
    "List-Archive: <https://listes.ac-montpellier.fr/sympa/arc/docs-lycees>",
    "Precedence: list",
    "X-Loop: docs-lycees@listes.ac-montpellier.fr",
    "X-Sequence: 2214"],
    text_part("""\
Bonjour à toutes et à tous,

Quelqu'un a-t-il réussi à faire apparaître Europresse côté élèves sur
e-sidoc cette année ? Chez moi l'abonnement est actif mais rien ne s'affiche
sur le portail, et je n'ose pas écrire au support pour si peu.

Merci d'avance pour vos retours !
Claudine, lycée Joffre
""", flowed=True)),
    "automated", False, None, "occitanie", "esidoc", True, "fr",
    "A librarian's real question about an e-sidoc resource, but posted to an academic mailing list the desk receives (List-Id, Precedence: list): not written to us, never answered. Region from the author's ac-montpellier.fr address.")

# 8. Publisher newsletter
t = T("2026-03-03 07:30:00")
nl_text = """\
Les nouveautés de mars pour vos CDI

- Printemps des poètes : notre sélection de 20 recueils jeunesse
- Semaine de la presse : 3 magazines offerts pour toute commande
- Nouveau : la collection « Débats d'ados », 12 titres

Voir le catalogue : https://newsletter.editions-ecureuil.example.com/mars

Vous recevez ce message car vous êtes inscrit à notre lettre d'information.
Se désinscrire : https://newsletter.editions-ecureuil.example.com/u/5521
"""
add(automated(transport(t, "bounces+5521@newsletter.editions-ecureuil.example.com",
                        return_path="bounces+5521@newsletter.editions-ecureuil.example.com", client_hop=False), [
    "From: " + enc("Éditions de l'Écureuil") + " <lettre@newsletter.editions-ecureuil.example.com>",
    "To: support@assistance.example.fr",
    "Subject: " + enc("Vos nouveautés de mars 🌸 Printemps des poètes"),
    "Date: " + rfc_date(t),
    "Message-ID: <%s.5521@newsletter.editions-ecureuil.example.com>" % hexid(24),
    "MIME-Version: 1.0",
    "List-Id: <lettre-cdi.newsletter.editions-ecureuil.example.com>",
    "List-Unsubscribe: <https://newsletter.editions-ecureuil.example.com/u/5521>",
    "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    "Precedence: bulk",
    "X-Campaign: mars-2026-cdi"],
    multipart("alternative", [text_part(nl_text, cte="quoted-printable"),
                              html_part(html_plain(nl_text, font="Georgia, serif"))],
              "=_nl_%s" % hexid(20))),
    "automated", False, None, None, None, False, "fr",
    "Publisher's marketing newsletter: List-Id, one-click List-Unsubscribe, Precedence: bulk; emoji in the subject.")

# 9. Espace Acheteur no-reply notification
t = T("2026-02-17 06:00:04")
add(automated(transport(t, "no-reply@espace-acheteur.example.fr", client_hop=False), [
    "From: Espace Acheteur <no-reply@espace-acheteur.example.fr>",
    "To: support@assistance.example.fr",
    "Subject: " + enc("Nouvelle consultation publiée : fournitures de bureau 2026-2029"),
    "Date: " + rfc_date(t),
    "Message-ID: <alert.%s@espace-acheteur.example.fr>" % hexid(20),
    "Auto-Submitted: auto-generated",
    "X-Auto-Response-Suppress: All",
    "MIME-Version: 1.0"],
    text_part("""\
Bonjour,

Une nouvelle consultation correspondant à vos alertes vient d'être publiée :

  Fournitures de bureau et papier – accord-cadre 2026-2029
  Date limite de remise des offres : 20/03/2026 12:00
  Référence : 2026-019

Consulter : https://espace-acheteur.example.fr/consultations/2026-019

Vous recevez ce message car vous êtes abonné aux alertes « Fournitures ».
Ceci est un message automatique, merci de ne pas y répondre.
""", cte="quoted-printable")),
    "automated", False, None, None, "espace_acheteur", False, "fr",
    "Espace Acheteur alert notification from the no-reply address to the desk's own account: Auto-Submitted: auto-generated.")

# 10. e-sidoc weekly statistics
t = T("2026-03-16 05:00:11")
add(automated(transport(t, "no-reply@esidoc.example.fr", client_hop=False), [
    "From: e-sidoc <no-reply@esidoc.example.fr>",
    "To: support@assistance.example.fr",
    "Subject: " + enc("Statistiques hebdomadaires de votre portail (9 – 15 mars)"),
    "Date: " + rfc_date(t),
    "Message-ID: <stats.%s@esidoc.example.fr>" % hexid(18),
    "Auto-Submitted: auto-generated",
    "MIME-Version: 1.0"],
    text_part("""\
Portail de démonstration – assistance

Semaine du 9 au 15 mars 2026
  Visites : 212
  Recherches : 640
  Réservations : 0
  Ressources numériques consultées : 37

Détail : https://demo.esidoc.example.fr/admin/stats

Message automatique, ne pas répondre.
""", cte="quoted-printable")),
    "automated", False, None, None, "esidoc", False, "fr",
    "e-sidoc weekly statistics for the desk's demo portal: Auto-Submitted: auto-generated.")

# 11. EcoleDirecte transfer failure report sent to the desk as supervision contact
t = T("2026-03-12 02:15:40")
add(automated(transport(t, "supervision@ecoledirecte.example.fr", client_hop=False), [
    "From: Supervision EcoleDirecte <supervision@ecoledirecte.example.fr>",
    "To: support@assistance.example.fr",
    "Subject: " + enc("[ALERTE] Échec du transfert nocturne – 0451188X"),
    "Date: " + rfc_date(t),
    "Message-ID: <supervision.%s@ecoledirecte.example.fr>" % hexid(16),
    "Auto-Submitted: auto-generated",
    "X-Priority: 1",
    "MIME-Version: 1.0"],
    text_part("""\
Rapport de supervision des transferts

Établissement : Lycée Jean Zay, Orléans (0451188X)
Transfert : notes, absences, emploi du temps
Heure de début : 12/03/2026 02:00:03
Résultat : ÉCHEC (code 12 – délai de connexion dépassé)
Dernier transfert réussi : 10/03/2026 02:00:41

Trois échecs consécutifs : l'établissement a été prévenu.

Message généré automatiquement par la supervision. Ne pas répondre.
""")),
    "automated", False, "0451188X", "centre-val-de-loire", "ecoledirecte", True, "fr",
    "Machine-written transfer-failure alert (Auto-Submitted) that reads like a transfer incident and carries a UAI: automated, never answered; the UAI and region are still labelled.")

# 12. Ticket portal notification
t = T("2026-02-26 15:30:27")
add(automated(transport(t, "notifications@tickets.example.fr", client_hop=False), [
    "From: Portail de tickets <notifications@tickets.example.fr>",
    "To: support@assistance.example.fr",
    "Subject: " + enc("[Ticket #48211] Nouveau commentaire : import des notices impossible"),
    "Date: " + rfc_date(t),
    "Message-ID: <ticket-48211-%s@tickets.example.fr>" % hexid(10),
    "Auto-Submitted: auto-generated",
    "Precedence: bulk",
    "MIME-Version: 1.0"],
    text_part("""\
Le ticket #48211 a été mis à jour.

Nouveau commentaire de l'éditeur (26/02/2026 15:29) :
« Le correctif est déployé sur l'environnement de recette. Merci de nous
confirmer qu'il résout le problème d'import. »

Statut : En attente de votre retour

Voir le ticket : https://tickets.example.fr/ticket/48211

Pour répondre, utilisez le portail ; les réponses à ce mail ne sont pas
lues.
""", cte="quoted-printable")),
    "automated", False, None, None, "ticket_portal", False, "fr",
    "Ticket-portal notification about a ticket the desk opened with a supplier: Auto-Submitted, Precedence: bulk.")

# 13. e-signature completed
t = T("2026-03-18 11:02:49")
add(automated(transport(t, "noreply@signature.example.fr", client_hop=False), [
    "From: Signature en ligne <noreply@signature.example.fr>",
    "To: support@assistance.example.fr",
    "Subject: " + enc("Document signé par toutes les parties : Convention d'adhésion – Lycée Carnot"),
    "Date: " + rfc_date(t),
    "Message-ID: <envelope-%s@signature.example.fr>" % uuid(),
    "Auto-Submitted: auto-generated",
    "MIME-Version: 1.0"],
    multipart("alternative", [
        text_part("""\
Bonne nouvelle !

Le document « Convention d'adhésion – Lycée Carnot » a été signé par
toutes les parties le 18/03/2026.

Vous pouvez télécharger le document signé pendant 30 jours :
https://signature.example.fr/d/7f1c0e

Ce message a été envoyé automatiquement.
""", cte="quoted-printable"),
        html_part(html_plain("Bonne nouvelle !\n\nLe document « Convention d'adhésion – Lycée Carnot » a été signé par\ntoutes les parties le 18/03/2026.\n\nTélécharger : https://signature.example.fr/d/7f1c0e\n")),
    ], "=_sig_%s" % hexid(18))),
    "automated", False, None, None, "esignature", False, "fr",
    "E-signature 'completed' notification for a convention, with Auto-Submitted.")

# 14. MailInBlack challenge sent to the desk
t = T("2026-03-04 09:18:33")
add(automated(transport(t, "challenge@protect.mailinblack.example", client_hop=False), [
    "From: Mailinblack <challenge@protect.mailinblack.example>",
    "To: support@assistance.example.fr",
    "Subject: " + enc("Merci de valider votre message à ce.0352472X@ac-rennes.fr"),
    "Date: " + rfc_date(t),
    "Message-ID: <challenge.%s@protect.mailinblack.example>" % hexid(22),
    "In-Reply-To: <SUP-007498.1772611080.b2c7a0@assistance.example.fr>",
    "Auto-Submitted: auto-replied",
    "X-Mailinblack-Challenge: yes",
    "MIME-Version: 1.0"],
    text_part("""\
Bonjour,

Vous avez envoyé un message à ce.0352472X@ac-rennes.fr.

Ce destinataire est protégé par Mailinblack. Comme c'est la première fois
que vous lui écrivez, merci de confirmer que vous êtes bien un humain en
cliquant sur le lien ci-dessous. Votre message sera alors délivré.

  https://protect.mailinblack.example/challenge/9c21f0a7

Objet de votre message : [#SUP-007498] Réinitialisation du mot de passe
Envoyé le : 04/03/2026 09:18

Sans validation sous 7 jours, votre message sera supprimé.
""", cte="quoted-printable")),
    "automated", False, "0352472X", "bretagne", None, True, "fr",
    "MailInBlack's sender-authentication challenge sent to the desk itself after one of our answers: it names MailInBlack and a password reset, but it is a machine mail (Auto-Submitted). The protected address carries a UAI, labelled.")

# 15. Exchange Online NDR, English
t = T("2026-02-04 11:20:58")
add(automated(transport(t, "postmaster@laregion.fr", "pass", return_path="", client_hop=False), [
    "From: Microsoft Outlook <postmaster@laregion.fr>",
    "To: support@assistance.example.fr",
    "Subject: Undeliverable: [#SUP-007319] " + enc("Comptes Espace Acheteur : aucun mail d'activation"),
    "Date: " + rfc_date(t),
    "Message-ID: <%s@PA4P190MB1234.EURP190.PROD.OUTLOOK.COM>" % uuid(),
    "Auto-Submitted: auto-replied",
    "X-MS-Exchange-Message-Is-Ndr: ",
    "MIME-Version: 1.0"],
    multipart("report", [
        text_part("""\
Your message to m.baylac@laregion.fr couldn't be delivered.

m.baylac wasn't found at laregion.fr.

Action Required: the recipient's address may be misspelled or may no longer
exist. Check the address and try sending the message again.

Diagnostic information for administrators:
Generating server: PA4P190MB1234.EURP190.PROD.OUTLOOK.COM
m.baylac@laregion.fr
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", cte="quoted-printable"),
        raw_part(["Content-Type: message/delivery-status"], """\
Reporting-MTA: dns;PA4P190MB1234.EURP190.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Wed, 4 Feb 2026 10:20:55 +0000

Final-Recipient: rfc822;m.baylac@laregion.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""),
        raw_part(["Content-Type: text/rfc822-headers"], """\
From: Assistance <support@assistance.example.fr>
To: m.baylac@laregion.fr
Subject: [#SUP-007319] Comptes Espace Acheteur
Date: Wed, 04 Feb 2026 11:20:50 +0100
Message-ID: <SUP-007319.1770200450.d40a71@assistance.example.fr>
Auto-Submitted: auto-replied
"""),
    ], "_%s_" % alnum(32), extra_ct=" report-type=delivery-status;")),
    "automated", False, None, None, None, False, "en",
    "Exchange Online non-delivery report in English (multipart/report, null Return-Path, Auto-Submitted).")

# 16. SMTP TLS report
t = T("2026-03-08 01:59:59", 0)
add(automated(transport(t, "noreply-smtp-tls-reporting@google.com", client_hop=False), [
    "From: noreply-smtp-tls-reporting@google.com",
    "To: support@assistance.example.fr",
    "Subject: Report Domain: assistance.example.fr Submitter: google.com Report-ID: <2026.03.07T00.00.00Z+assistance.example.fr@google.com>",
    "Date: " + rfc_date(t),
    "Message-ID: <%s@google.com>" % hexid(32),
    "TLS-Report-Domain: assistance.example.fr",
    "TLS-Report-Submitter: google.com",
    "MIME-Version: 1.0"],
    multipart("report", [
        text_part("This is an aggregate TLS report from google.com\n", charset="us-ascii", cte="7bit"),
        Part(["Content-Type: application/tlsrpt+gzip",
              'Content-Disposition: attachment; filename="google.com!assistance.example.fr!1772841600!1772927999.json.gz"',
              "Content-Transfer-Encoding: base64"],
             base64.encodebytes(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xab\xae\x05\x00\x43\xbf\xa6\xa3\x02\x00\x00\x00")),
    ], "%s" % hexid(28), extra_ct=" report-type=tlsrpt;")),
    "automated", False, None, None, None, False, "en",
    "SMTP TLS aggregate report (RFC 8460, application/tlsrpt+gzip) sent to the desk's address.")

# 17. Hospital help desk acknowledgement (would start a loop)
t = T("2026-03-04 08:41:02")
add(automated(transport(t, "glpi@ght-cotes-armor.fr", client_hop=False), [
    "From: " + enc("Centre de services – GHT") + " <glpi@ght-cotes-armor.fr>",
    "To: support@assistance.example.fr",
    "Subject: " + enc("[GLPI #0004512] Nouveau ticket : [#SUP-007490] Validation du panier impossible"),
    "Date: " + rfc_date(t),
    "Message-ID: <GLPI-4512.%d.%s@ght-cotes-armor.fr>" % (int(t.timestamp()), hexid(8)),
    "Auto-Submitted: auto-generated",
    "X-Auto-Response-Suppress: OOF, DR, RN, NRN, AutoReply",
    "X-Loop: glpi@ght-cotes-armor.fr",
    "Precedence: bulk",
    "MIME-Version: 1.0"],
    text_part("""\
Bonjour,

Votre demande a bien été enregistrée par le centre de services sous le
numéro 0004512. Un technicien la prendra en charge dans les meilleurs
délais.

Pour suivre votre demande : https://glpi.ght-cotes-armor.fr/ticket/4512

Ceci est un message automatique.
""", cte="quoted-printable")),
    "automated", False, None, None, None, False, "fr",
    "Another help desk's acknowledgement of a mail the desk sent (Auto-Submitted, X-Loop): answering it would start a mail loop.")

# 18. Out-of-office by a client-side rule: no automation header at all
t = T("2026-02-24 11:35:26")
add(automated(transport(t, "agnes.leroy@ac-paris.fr", client_hop=False), [
    "From: " + addr(("Agnès Leroy", "agnes.leroy@ac-paris.fr")),
    "To: Assistance <support@assistance.example.fr>",
    "Subject: " + enc("Absente – Re: [#SUP-007440] Cafeyn"),
    "Date: " + rfc_date(t),
    "Message-ID: <%s$%s$%s$@ac-paris.fr>" % (hexid(12), hexid(8), hexid(8)),
    "X-Mailer: Microsoft Outlook 16.0",
    "MIME-Version: 1.0"],
    text_part("""\
Bonjour,

Je suis absente du 21 février au 8 mars inclus (vacances scolaires). Le CDI
est fermé pendant cette période.

Pour toute urgence, merci de vous adresser au secrétariat du collège.

Agnès Leroy
Professeure documentaliste
""", cte="base64", crlf=True)),
    "automated", False, None, "ile-de-france", None, True, "fr",
    "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording and the 'Absente' subject show it is automatic. Region from ac-paris.fr.")

# 19. Supplier automatic reply in English
t = T("2026-03-05 10:13:01", 0)
add(automated(transport(t, "accounts@bookwise-distribution.co.uk", client_hop=False), [
    "From: Accounts - Bookwise Distribution <accounts@bookwise-distribution.co.uk>",
    "To: Assistance <support@assistance.example.fr>",
    "Subject: Automatic reply: [#SUP-007521] Invoice rejected by Chorus",
    "Thread-Topic: [#SUP-007521] Invoice rejected by Chorus",
    "Date: " + rfc_date(t),
    "Message-ID: <%s@LO2P265MB5555.GBRP265.PROD.OUTLOOK.COM>" % alnum(30),
    "In-Reply-To: <SUP-007521.1772705580.07f3de@assistance.example.fr>",
    "Auto-Submitted: auto-generated",
    "X-Auto-Response-Suppress: All",
    "Content-Language: en-GB",
    "MIME-Version: 1.0"],
    text_part("""\
Thank you for your email. Our accounts team answers within three working
days. For urgent payment matters, please call +44 20 7946 0321.

Bookwise Distribution Ltd
""", charset="us-ascii", cte="7bit")),
    "automated", False, None, None, None, False, "en",
    "Supplier's Exchange 'Automatic reply:' in English (Auto-Submitted, X-Auto-Response-Suppress).")

# 20. Thunderbird return receipt in French from a personal Orange address
t = T("2026-02-21 09:47:38")
add(automated(transport(t, "francis.gilles@orange.fr", client_hop=False), [
    "From: Francis Gilles <francis.gilles@orange.fr>",
    "To: support@assistance.example.fr",
    "Subject: " + enc("Accusé de réception (affiché) - [#SUP-007425] inscription espace acheteur"),
    "Date: " + rfc_date(t),
    "Message-ID: <%s@orange.fr>" % uuid(),
    "User-Agent: Mozilla Thunderbird",
    "MIME-Version: 1.0"],
    multipart("report", [
        text_part("""\
Ceci est un accusé de réception pour le courrier électronique envoyé à
Francis Gilles <francis.gilles@orange.fr>.

Note : cet accusé de réception indique seulement que le message a été
affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le
destinataire ait lu ou compris le contenu du message.
""", cte="8bit"),
        raw_part(["Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"",
                  "Content-Disposition: inline"], """\
Reporting-UA: orange.fr; Mozilla Thunderbird
Final-Recipient: rfc822;francis.gilles@orange.fr
Original-Message-ID: <SUP-007425.1771608000.3e9a77@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
"""),
    ], "------------%s" % alnum(24), extra_ct=" report-type=disposition-notification;")),
    "automated", False, None, None, None, False, "fr",
    "Thunderbird return receipt in French ('Accusé de réception (affiché)'), multipart/report disposition-notification.")

# 21. Sympa moderation notice to the desk
t = T("2026-03-23 14:02:17")
add(automated(transport(t, "sympa@listes.reseau-docs.example.org", return_path="sympa-request@listes.reseau-docs.example.org", client_hop=False), [
    "From: SYMPA <sympa@listes.reseau-docs.example.org>",
    "To: support@assistance.example.fr",
    "Subject: " + enc("Votre message pour la liste info-cdi est en attente de modération"),
    "Date: " + rfc_date(t),
    "Message-ID: <sympa.%d.%d.%s@listes.reseau-docs.example.org>" % (int(t.timestamp()), RNG.randint(1000, 99999), hexid(6)),
    "Auto-Submitted: auto-replied",
    "Precedence: list",
    "X-Loop: sympa@listes.reseau-docs.example.org",
    "MIME-Version: 1.0"],
    text_part("""\
Votre message pour la liste info-cdi a été transmis au modérateur.

Objet : Maintenance e-sidoc du 28 mars
Date : lundi 23 mars 2026 14:01

Il sera diffusé dès qu'un modérateur l'aura accepté. Vous n'avez rien à
faire.
""", cte="quoted-printable")),
    "automated", False, None, None, None, False, "fr",
    "Sympa 'awaiting moderation' notice for a message the desk posted to a list (Auto-Submitted, Precedence: list).")


# ============================================================== write and check

KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
NEVER_AUTO = {"automated", "other", "head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident"}
CODE_RE = re.compile(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])")


def readable_text(msg):
    """Subject, From and every text part, decoded (descends into message/rfc822)."""
    out = [str(msg.get("Subject", "")), str(msg.get("From", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
        for d in part.defects:
            raise AssertionError("MIME defect %r" % d)
    return "\n".join(out)


def expected_region(uai, from_header):
    if uai:
        return DEPT.get(uai[:3])
    m = re.search(r"[\w.+-]+@([\w.-]+)", from_header)
    return ACAD.get(m.group(1).lower()) if m else None


def check(entries):
    problems = []
    for name, label, ignore in entries:
        path = os.path.join(HERE, name)
        with open(path, "rb") as fh:
            raw = fh.read()
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            text = readable_text(msg)
        except Exception as exc:  # pragma: no cover - reported below
            problems.append("%s: does not parse cleanly: %s" % (name, exc))
            continue
        for key in ("From", "To", "Date", "Message-ID", "Subject"):
            if key not in msg:
                problems.append("%s: missing %s" % (name, key))
        if list(label) != KEYS:
            problems.append("%s: label keys %r" % (name, list(label)))
        if label["category"] not in CATEGORIES:
            problems.append("%s: category %r" % (name, label["category"]))
        if label["platform"] not in PLATFORMS:
            problems.append("%s: platform %r" % (name, label["platform"]))
        if label["lang"] not in ("fr", "en"):
            problems.append("%s: lang %r" % (name, label["lang"]))
        if label["category"] in NEVER_AUTO and label["auto_reply_ok"]:
            problems.append("%s: auto_reply_ok for %s" % (name, label["category"]))
        found = {c.upper() for c in CODE_RE.findall(text)}
        valid = {c for c in found if uai_valid(c)}
        invalid = found - valid
        uai = label["uai"]
        if uai is not None:
            if not uai_valid(uai):
                problems.append("%s: label UAI %s has a wrong check letter" % (name, uai))
            if uai not in found:
                problems.append("%s: label UAI %s not written in the mail" % (name, uai))
        if valid - {uai} - set(ignore):
            problems.append("%s: other valid UAI(s) in the text: %s" % (name, sorted(valid - {uai})))
        if invalid - set(ignore):
            problems.append("%s: unexpected invalid code(s): %s" % (name, sorted(invalid)))
        for code in ignore:
            if uai_valid(code) or code not in found:
                problems.append("%s: ignore code %s should be an invalid code present in the text" % (name, code))
        want = expected_region(uai, str(msg.get("From", "")))
        if label["region"] != want:
            problems.append("%s: region %r, rule gives %r" % (name, label["region"], want))
        if label["category"] == "automated" and label["hard"] is False:
            heads = {k.lower() for k in msg.keys()}
            if not (heads & {"auto-submitted", "list-id", "precedence", "x-autoreply"}
                    or msg.get_content_type() == "multipart/report"
                    or msg.get("Return-Path", "") == "<>"):
                problems.append("%s: easy automated mail without an automation header" % name)
    return problems


def main():
    if len(MAILS) != 150:
        sys.exit("expected 150 mails, have %d" % len(MAILS))
    for old in os.listdir(HERE):
        if re.fullmatch(r"h\d{3}\.eml", old):
            os.remove(os.path.join(HERE, old))
    order = list(range(len(MAILS)))
    random.Random(23).shuffle(order)
    entries = []
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as out:
        for i, idx in enumerate(order, 1):
            raw, label, ignore = MAILS[idx]
            name = "h%03d.eml" % i
            with open(os.path.join(HERE, name), "wb") as fh:
                fh.write(raw)
            row = {"file": name}
            row.update(label)
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            entries.append((name, row, ignore))
    problems = check(entries)
    counts = {}
    for _, row, _ in entries:
        counts[row["category"]] = counts.get(row["category"], 0) + 1
    for cat in CATEGORIES:
        print("%-32s %3d" % (cat, counts.get(cat, 0)))
    print("hard: %d / %d" % (sum(r["hard"] for _, r, _ in entries), len(entries)))
    print("lang en: %d" % sum(r["lang"] == "en" for _, r, _ in entries))
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("all %d files parse and match their labels" % len(entries))


if __name__ == "__main__":
    main()
