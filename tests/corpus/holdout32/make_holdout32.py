#!/usr/bin/env python3
"""Build the holdout32 blind test corpus: h001.eml .. h150.eml and labels.jsonl.

Theme: la rentrée (late August to mid-September 2025) in the académies of
Lille, Amiens, Reims, Nancy-Metz, Strasbourg, Dijon and Besançon.  Newly
appointed staff inheriting accounts, interim heads, merged or renamed schools,
subscriptions to renew, and the automated traffic of the season.

Every body below was written by hand.  The script only adds the transport
headers (Received, Authentication-Results...), encodes the parts, numbers the
files in a fixed shuffled order and checks the labels.  Standard library only,
fixed random seed: running it twice gives byte-identical files.

Usage:  python3 make_holdout32.py      (writes next to this file)
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
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 3232
RNG = random.Random(SEED)
DESK = "support@assistance.example.fr"

CHECK = "ABCDEFGHJKLMNPRSTUVWXYZ"

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
# categories whose default action can be an automatic answer
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
PREFIX_REGION = {}
for _reg, _deps in REGION_DEPTS.items():
    for _d in _deps.split():
        PREFIX_REGION[_d if len(_d) == 3 else "0" + _d] = _reg

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
DOMAIN_REGION = {}
for _reg, _doms in REGION_DOMAINS.items():
    for _d in _doms.split():
        DOMAIN_REGION[_d] = _reg


def uai_ok(code):
    """True when code is 7 digits + the right check letter (upper case)."""
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and \
        CHECK[int(code[:7]) % 23] == code[7]


def uai_region(code):
    return PREFIX_REGION.get(code[:3])


MAILS = []


def mail(**kw):
    MAILS.append(kw)


def T(s):
    """Hand-written text block: drop the first newline, keep the rest."""
    if s.startswith("\n"):
        s = s[1:]
    return s


# --------------------------------------------------------------------------
# transport and client headers
# --------------------------------------------------------------------------

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
          "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def parse_when(s):
    # "2025-09-01 08:14:05" local time, CEST
    date, time_ = s.split()
    y, m, d = (int(x) for x in date.split("-"))
    parts = [int(x) for x in time_.split(":")]
    while len(parts) < 3:
        parts.append(RNG.randint(0, 59))
    return y, m, d, parts[0], parts[1], parts[2]


def fmt_date(t, utc=False, pad=True, shift=0):
    import datetime
    y, m, d, hh, mi, ss = t
    tz = datetime.timezone(datetime.timedelta(hours=0 if utc else 2))
    dt = datetime.datetime(y, m, d, hh, mi, ss,
                           tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    dt = (dt + datetime.timedelta(seconds=shift)).astimezone(tz)
    day = ("%02d" % dt.day) if pad else str(dt.day)
    return "%s, %s %s %d %02d:%02d:%02d %s" % (
        DAYS[dt.weekday()], day, MONTHS[dt.month - 1], dt.year, dt.hour,
        dt.minute, dt.second, "+0000" if utc else "+0200")


def epoch(t):
    import datetime
    y, m, d, hh, mi, ss = t
    dt = datetime.datetime(y, m, d, hh, mi, ss,
                           tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    return int(dt.timestamp())


def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, alphabet="ABCDEFGHJKLMNPQRSTVWXYZbcdfghjkmnpqrstvwxyz0123456789"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=RNG.getrandbits(128), version=4))


def rip():
    net = RNG.choice(["192.0.2", "198.51.100", "203.0.113"])
    return "%s.%d" % (net, RNG.randint(2, 250))


def addr_domain(a):
    return a.rsplit("@", 1)[1].lower()


def enc_header(s):
    """Encode a header value only when it is not plain ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        enc = "q" if RNG.random() < 0.6 else "b"
        h = Header(s, "utf-8" if enc == "q" else "utf-8",
                   maxlinelen=76, header_name="Subject")
        out = h.encode(linesep="\r\n")
        if enc == "b":
            b = base64.b64encode(s.encode("utf-8")).decode("ascii")
            out = "=?UTF-8?B?%s?=" % b
        return out


def enc_addr(name, address):
    if not name:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset="utf-8")


def outlook_host():
    return "%s%dP264CU%03d.outbound.protection.outlook.com" % (
        RNG.choice(["PA", "PR", "MR", "MRZ", "PAW", "PR0", "DB"]),
        RNG.randint(1, 9), RNG.randint(1, 40))


def is_o365(m):
    """Outlook through Exchange Online (school or company tenants); Outlook
    desktop on an académie mailbox sends through the académie's SMTP."""
    if "o365" in m:
        return m["o365"]
    return m.get("client") in ("outlook", "outlook_android") and \
        not addr_domain(m["frm"][1]).startswith("ac-")


def sender_host(m):
    dom = addr_domain(m["frm"][1])
    client = m.get("client", "thunderbird")
    if is_o365(m):
        return outlook_host()
    if dom.startswith("ac-"):
        return "smtp%d.%s" % (RNG.randint(1, 6), dom)
    return "mail.%s" % dom


def auth_results(m, dom):
    auth = m.get("auth", "pass")
    lines = ["Authentication-Results: mx1.assistance.example.fr;"]
    if auth == "pass":
        lines += ["\tdkim=pass (2048-bit key) header.d=%s;" % dom,
                  "\tspf=pass smtp.mailfrom=%s;" % dom,
                  "\tdmarc=pass (p=none dis=none) header.from=%s" % dom]
    elif auth == "nodkim":
        lines += ["\tdkim=none;",
                  "\tspf=pass smtp.mailfrom=%s;" % dom,
                  "\tdmarc=pass (p=none dis=none) header.from=%s" % dom]
    elif auth == "bounce":
        lines += ["\tdkim=none;",
                  "\tspf=pass smtp.helo=%s;" % m["_host"],
                  "\tdmarc=none"]
    elif auth == "fail":
        lines += ["\tdkim=none;",
                  "\tspf=fail (domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;"
                  % (dom, m["_ip"], dom),
                  "\tdmarc=fail (p=quarantine dis=none) header.from=%s" % dom]
    else:
        raise ValueError(auth)
    return lines


def transport(m, t):
    """Return-Path, Delivered-To and the Received/Authentication-Results
    chain our MX adds, plus one hop at the sender's side."""
    frm = m["frm"][1]
    dom = addr_domain(m.get("mailfrom_domain") or frm)
    host = m.get("host") or sender_host(m)
    ip = rip()
    m["_host"], m["_ip"] = host, ip
    rp = m.get("return_path", frm)
    qid = ralnum(15, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    h = ["Return-Path: <%s>" % rp,
         "Delivered-To: %s" % DESK,
         "Received: from %s (%s [%s])" % (host, host, ip),
         "\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s" % qid,
         "\tfor <%s>; %s (CEST)" % (DESK, fmt_date(t, pad=False, shift=2))]
    h += auth_results(m, dom)
    if is_o365(m) and "_msid" in m:
        h += ["Received: from %s (2603:10a6:102:%x::%x) by" % (
                  m["_msid"], RNG.randint(16, 400), RNG.randint(1, 30)),
              " %s with Microsoft SMTP Server" % m["_msid"],
              " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d;"
              % (RNG.randint(8000, 9100), RNG.randint(10, 40)),
              " %s" % fmt_date(t, utc=True, shift=1)]
    elif m.get("hop", True) and host.startswith("smtp"):
        h += ["Received: from [192.168.%d.%d] (unknown [%s])" % (
                  RNG.randint(0, 5), RNG.randint(2, 250), rip()),
              "\tby %s with ESMTPSA id %s" % (host, rhex(10).upper()),
              "\tfor <%s>; %s" % (DESK, fmt_date(t))]
    elif m.get("hop", True) and not m.get("raw"):
        h += ["Received: from [10.%d.%d.%d] (helo=[10.0.0.1])" % (
                  RNG.randint(0, 40), RNG.randint(0, 255), RNG.randint(2, 250)),
              "\tby %s with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384" % host,
              "\t(Exim 4.97)",
              "\tid 1u%s-%s-%s;" % (ralnum(4), ralnum(6), ralnum(2)),
              "\t%s" % fmt_date(t)]
    return h


# --------------------------------------------------------------------------
# bodies
# --------------------------------------------------------------------------

def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def unwrap(text):
    """Outlook, webmails and phones send one line per paragraph: join the
    hard-wrapped lines of each paragraph of a hand-written body (quoted
    '>' lines and list items are left alone)."""
    out = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if any(l.startswith((">", "-", "*", "•")) or l.strip() == "" or
               l.startswith("    ") for l in lines) or len(lines) < 2:
            out.append(para)
            continue
        keep = [lines[0]]
        for l in lines[1:]:
            prev = keep[-1]
            # short lines (signatures, addresses, headers of a quote) stay
            if len(prev) < 45 or re.match(r"^[A-Z][\w ]{0,14} ?:", l) or \
                    re.match(r"^(De|From|Envoyé|Sent|À|To|Objet|Subject|Cc|Date)\s?:", l):
                keep.append(l)
            else:
                keep[-1] = prev + " " + l
        out.append("\n".join(keep))
    return "\n\n".join(out)


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
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-family:"Calibri",sans-serif;}
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


def to_html(text, style, charset):
    """Render a hand-written text body the way the sender's client would."""
    esc = htmlmod.escape
    paras = text.split("\n\n")
    if style == "word":
        out = [WORD_HEAD % charset]
        for p in paras:
            for line in p.split("\n"):
                out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (
                    esc(line, quote=False) if line.strip() else "&nbsp;"))
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        out.append("</div>\n</body>\n</html>\n")
        return "\n".join(out)
    if style == "zimbra":
        out = ['<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">']
        for p in paras:
            out.append("<div>%s</div><div><br data-mce-bogus=\"1\"></div>" %
                       "<br>".join(esc(l, quote=False) for l in p.split("\n")))
        out.append("</div></body></html>")
        return "\n".join(out)
    # generic (phones, webmails)
    out = ['<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head><body dir="auto">' % charset]
    for p in paras:
        out.append("<div>%s</div><div><br></div>" %
                   "<br>".join(esc(l, quote=False) for l in p.split("\n")))
    out.append("</body></html>")
    return "\n".join(out)


def encode_part(text, ctype, charset, cte, extra_ct=""):
    data = text.encode(charset)
    head = ["Content-Type: %s; charset=%s%s" % (
        ctype, ('"%s"' % charset) if RNG.random() < 0.5 else charset, extra_ct)]
    if cte == "8bit":
        try:
            data.decode("ascii")
            cte_name = "7bit"
        except UnicodeDecodeError:
            cte_name = "8bit"
        body = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    elif cte == "qp":
        cte_name = "quoted-printable"
        body = quopri.encodestring(data.replace(b"\r\n", b"\n")).replace(
            b"\n", b"\r\n")
    elif cte == "base64":
        cte_name = "base64"
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        body = base64.encodebytes(data).replace(b"\n", b"\r\n")
    else:
        raise ValueError(cte)
    head.append("Content-Transfer-Encoding: %s" % cte_name)
    return head, body


def boundary(kind):
    if kind == "outlook":
        return "_000_%s_" % ralnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    if kind == "apple":
        return "Apple-Mail-%s" % str(uuid.UUID(int=RNG.getrandbits(128))).upper()
    if kind == "zimbra":
        return "=_%s" % ruuid()
    return "------------%s" % ralnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def ms_id():
    return "%s%dP264MB%04d" % (RNG.choice(["PR", "PA", "MR", "DB"]),
                               RNG.randint(1, 9), RNG.randint(1000, 9999))


def client_headers(m, t):
    """The headers a given mail client writes, in its usual order."""
    c = m.get("client", "thunderbird")
    frm = enc_addr(*m["frm"])
    dom = addr_domain(m["frm"][1])
    to = m.get("to", "Assistance <%s>" % DESK)
    subj = enc_header(m["subject"]) if m.get("subject") is not None else None
    irt, refs = m.get("irt"), m.get("refs")
    if irt and not refs:
        refs = irt
    cc = m.get("cc")
    rt = m.get("reply_to")
    h = []

    def common_thread():
        out = []
        if refs:
            out.append("References: %s" % refs)
        if irt:
            out.append("In-Reply-To: %s" % irt)
        return out

    if c in ("outlook", "outlook_android"):
        m["_msid"] = ms_id()
        h.append("From: %s" % frm)
        h.append("To: %s" % to)
        if cc:
            h.append("CC: %s" % cc)
        if rt:
            h.append("Reply-To: %s" % rt)
        h.append("Subject: %s" % subj)
        topic = re.sub(r"^((RE|TR|Re|Fwd|AW)\s?:\s*)+", "", m["subject"])
        h.append("Thread-Topic: %s" % enc_header(topic))
        h.append("Thread-Index: AQH%s" % base64.b64encode(
            bytes(RNG.getrandbits(8) for _ in range(20))).decode()[1:])
        h.append("Date: %s" % fmt_date(t, utc=True))
        if is_o365(m):
            h.append("Message-ID: <%s%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (
                m["_msid"], rhex(24).upper(), m["_msid"]))
        else:
            h.append("Message-ID: <00%s$%s$%s$@%s>" % (
                rhex(10), rhex(8), rhex(8), dom))
        h += common_thread()
        h.append("Accept-Language: fr-FR, en-US" if m["label"]["lang"] == "fr"
                 else "Accept-Language: en-GB, fr-FR")
        h.append("Content-Language: %s" % ("fr-FR" if m["label"]["lang"] == "fr" else "en-GB"))
        if is_o365(m):
            h.append("X-MS-Has-Attach: %s" % ("yes" if m.get("attach") else ""))
            h.append("X-MS-TNEF-Correlator: ")
        else:
            h.append("X-Mailer: Microsoft Outlook 16.0")
        if c == "outlook_android":
            h.append("X-MS-Exchange-Organization-RecordReviewCfmType: 0")
        h.append("MIME-Version: 1.0")
    elif c == "zimbra":
        h.append("Date: %s" % fmt_date(t))
        h.append("From: %s" % frm)
        if rt:
            h.append("Reply-To: %s" % rt)
        h.append("To: %s" % to)
        if cc:
            h.append("Cc: %s" % cc)
        h.append("Message-ID: <%d.%d.%d.JavaMail.zimbra@%s>" % (
            RNG.randint(100000000, 999999999), RNG.randint(1000000, 9999999),
            epoch(t) * 1000 + RNG.randint(0, 999), dom))
        h += list(reversed(common_thread()))
        h.append("Subject: %s" % subj)
        h.append("MIME-Version: 1.0")
        h.append("X-Originating-IP: [%s]" % rip())
        h.append("X-Mailer: Zimbra 10.0.13_GA_4837 (ZimbraWebClient - FF142 (Win)/10.0.13_GA_4837)")
        h.append("Thread-Topic: %s" % enc_header(
            re.sub(r"^((RE|TR|Re|Fwd)\s?:\s*)+", "", m["subject"])))
        h.append("Thread-Index: %s" % ralnum(28, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))
    elif c == "iphone":
        h.append("Content-Type: __CT__")
        h.append("Content-Transfer-Encoding: __CTE__")
        h.append("From: %s" % frm)
        h.append("Mime-Version: 1.0 (1.0)")
        h.append("Subject: %s" % subj)
        h.append("Date: %s" % fmt_date(t))
        h += common_thread()
        if cc:
            h.append("Cc: %s" % cc)
        h.append("Message-Id: <%s@%s>" % (str(uuid.UUID(int=RNG.getrandbits(128))).upper(), dom))
        h.append("To: %s" % to)
        h.append("X-Mailer: iPhone Mail (22G%d)" % RNG.randint(80, 99))
    elif c == "apple":
        h.append("From: %s" % frm)
        h.append("Content-Type: __CT__")
        h.append("Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))")
        h.append("Subject: %s" % subj)
        h.append("Date: %s" % fmt_date(t))
        h += common_thread()
        if cc:
            h.append("Cc: %s" % cc)
        h.append("To: %s" % to)
        h.append("Message-Id: <%s@%s>" % (str(uuid.UUID(int=RNG.getrandbits(128))).upper(), dom))
        h.append("X-Mailer: Apple Mail (2.3826.600.51.1.1)")
    elif c == "android":
        h.append("Date: %s" % fmt_date(t))
        h.append("Message-ID: <%s.%s@email.android.com>" % (rhex(8), rhex(12)))
        h += list(reversed(common_thread()))
        h.append("Subject: %s" % subj)
        h.append("From: %s" % frm)
        h.append("To: %s" % to)
        if cc:
            h.append("Cc: %s" % cc)
        h.append("MIME-Version: 1.0")
    elif c == "roundcube":
        h.append("MIME-Version: 1.0")
        h.append("Date: %s" % fmt_date(t))
        h.append("From: %s" % frm)
        h.append("To: %s" % to)
        if cc:
            h.append("Cc: %s" % cc)
        h.append("Subject: %s" % subj)
        h += list(reversed(common_thread()))
        h.append("User-Agent: Roundcube Webmail/1.6.%d" % RNG.randint(5, 11))
        h.append("Message-ID: <%s@%s>" % (rhex(32), dom))
        h.append("X-Sender: %s" % m["frm"][1])
    elif c == "ox":
        h.append("Date: %s" % fmt_date(t))
        h.append("From: %s" % frm)
        h.append("To: %s" % to)
        if cc:
            h.append("Cc: %s" % cc)
        h.append("Message-ID: <%d.%d@%s>" % (RNG.randint(100000000, 2099999999),
                                              RNG.randint(1000000, 9999999), dom))
        h += list(reversed(common_thread()))
        h.append("Subject: %s" % subj)
        h.append("MIME-Version: 1.0")
        h.append("X-Priority: 3")
        h.append("Importance: Normal")
        h.append("X-Mailer: Open-Xchange Mailer v7.10.6-Rev%d" % RNG.randint(40, 80))
    else:  # thunderbird (default)
        h.append("Message-ID: <%s@%s>" % (ruuid(), dom))
        h.append("Date: %s" % fmt_date(t))
        h.append("MIME-Version: 1.0")
        if m.get("tb_old"):
            h.append("User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:52.0) Gecko/20100101")
            h.append(" Thunderbird/52.9.1")
        else:
            h.append("User-Agent: Mozilla Thunderbird")
        h += common_thread()
        h.append("Content-Language: %s" % ("fr" if m["label"]["lang"] == "fr" else "en-US"))
        h.append("To: %s" % to)
        if cc:
            h.append("Cc: %s" % cc)
        if rt:
            h.append("Reply-To: %s" % rt)
        h.append("From: %s" % frm)
        h.append("Subject: %s" % subj)
    if rt and c not in ("outlook", "outlook_android", "zimbra", "thunderbird"):
        h.append("Reply-To: %s" % rt)
    for k, v in m.get("headers", []):
        h.append("%s: %s" % (k, v))
    return h


def body_parts(m):
    """Return (content-type header lines, body bytes) for the message body."""
    c = m.get("client", "thunderbird")
    charset = m.get("charset", "utf-8")
    text = m.get("body")
    html = m.get("html")
    cte = m.get("cte")
    if text is not None and c in ("outlook", "outlook_android", "zimbra", "iphone",
                                  "android", "ox", "apple") and not m.get("nowrap"):
        text = unwrap(text)
    style = {"outlook": "word", "outlook_android": "generic",
             "zimbra": "zimbra"}.get(c, "generic")
    # which parts does this client send?
    if m.get("html_only"):
        html = html or to_html(text, style, charset)
        text = None
    elif html is None and c in ("outlook", "outlook_android", "zimbra", "ox",
                                "apple", "android") and not m.get("plain_only"):
        html = to_html(text, style, charset)
    if cte is None:
        cte = {"outlook": "qp", "outlook_android": "base64", "zimbra": "qp",
               "iphone": "qp", "apple": "qp", "android": "base64",
               "ox": "qp"}.get(c, "8bit")
    leaves = []
    if text is not None:
        extra = "; format=flowed" if c in ("thunderbird", "roundcube") and \
            m.get("flowed", True) else ""
        leaves.append(encode_part(text, "text/plain", charset, cte, extra))
    if html is not None:
        leaves.append(encode_part(html, "text/html", charset, cte))
    kind = {"outlook": "outlook", "outlook_android": "outlook",
            "apple": "apple", "zimbra": "zimbra"}.get(c, "tb")
    if len(leaves) == 1:
        head, body = leaves[0]
    else:
        b = boundary(kind)
        head = ['Content-Type: multipart/alternative;', ' boundary="%s"' % b]
        chunks = [b""]
        for lh, lb in leaves:
            chunks.append(("--%s\r\n" % b).encode() + "\r\n".join(lh).encode() +
                          b"\r\n\r\n" + lb.rstrip(b"\r\n") + b"\r\n")
        chunks.append(("--%s--\r\n" % b).encode())
        body = b"\r\n".join(chunks[1:])
        if c not in ("apple",):
            body = b"" + body
    atts = m.get("attach") or []
    if atts:
        b = boundary(kind)
        inner = "\r\n".join(head).encode() + b"\r\n\r\n" + body
        chunks = [("--%s\r\n" % b).encode() + inner.rstrip(b"\r\n") + b"\r\n"]
        for fname, ctype, data in atts:
            fh = ['Content-Type: %s; name="%s"' % (ctype, fname),
                  'Content-Description: %s' % fname,
                  'Content-Disposition: attachment; filename="%s"' % fname,
                  'Content-Transfer-Encoding: base64']
            if isinstance(data, str):
                data = data.encode("utf-8")
            chunks.append(("--%s\r\n" % b).encode() + "\r\n".join(fh).encode() +
                          b"\r\n\r\n" + base64.encodebytes(data).replace(b"\n", b"\r\n"))
        chunks.append(("--%s--\r\n" % b).encode())
        head = ['Content-Type: multipart/mixed;', ' boundary="%s"' % b]
        body = b"".join(c_ if c_.endswith(b"\r\n") else c_ + b"\r\n" for c_ in chunks)
    return head, body


def fake_pdf(title):
    return ("%%PDF-1.4\n%% holdout32 fictitious document\n1 0 obj << /Title (%s) >> endobj\n"
            "trailer << /Root 1 0 R >>\n%%%%EOF\n" % title).encode("latin-1")


def fake_png():
    return base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


ADDR_HEADERS = ("from", "to", "cc", "reply-to")


def render_raw(raw):
    """A message written out by hand (used for machine-made mail whose exact
    layout matters).  Header lines with non-ASCII text get encoded words;
    body blocks between '@@QP cs' / '@@B64 cs' / '@@8BIT cs' and '@@END'
    are encoded as marked, the rest is UTF-8 (ASCII in practice)."""
    head, _, body = raw.partition("\n\n")
    out_h = []
    for line in head.split("\n"):
        name, sep, value = line.partition(": ")
        try:
            line.encode("ascii")
        except UnicodeEncodeError:
            if name.lower() in ADDR_HEADERS:
                mm = re.match(r"^(.*?)\s*<([^>]+)>$", value)
                value = enc_addr(mm.group(1).strip('"'), mm.group(2))
            else:
                value = enc_header(value)
            line = name + sep + value
        out_h.append(line)
    out = ("\r\n".join(out_h) + "\r\n\r\n").encode("ascii")
    pos = 0
    pat = re.compile(r"^@@(QP|B64|8BIT) ([\w-]+)\n(.*?)^@@END\n", re.S | re.M)
    for mm in pat.finditer(body):
        out += crlf(body[pos:mm.start()]).encode("utf-8")
        kind, cs, txt = mm.group(1), mm.group(2), mm.group(3)
        data = txt.encode(cs)
        if kind == "QP":
            enc = quopri.encodestring(data)
        elif kind == "B64":
            enc = base64.encodebytes(data)
        else:
            enc = data
        out += enc.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        pos = mm.end()
    out += crlf(body[pos:]).encode("utf-8")
    return out


def build(m):
    t = parse_when(m["date"])
    if m.get("raw") is not None:
        top = transport(m, t)
        return ("\r\n".join(top) + "\r\n").encode() + render_raw(T(m["raw"]))
    ch = client_headers(m, t)
    top = transport(m, t)
    head, body = body_parts(m)
    if any("__CT__" in x for x in ch):
        # iPhone / Apple Mail put the content type among their headers
        ct = " ".join(x.strip() for x in head if x.startswith(("Content-Type", " ")))
        ct = ct.replace("Content-Type: ", "")
        cte_line = [x for x in head if x.startswith("Content-Transfer-Encoding")]
        ch = [x.replace("__CT__", ct) for x in ch]
        if cte_line:
            ch = [x.replace("__CTE__", cte_line[0].split(": ", 1)[1]) for x in ch]
        else:
            ch = [x for x in ch if "__CTE__" not in x]
        head = []
    lines = top + ch + head
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + body


# ==========================================================================
# THE MAILS.  Written by hand, one person each.  The label sits with the mail.
# ==========================================================================

def L(category, ok, uai, region, platform, hard, lang, notes, **kw):
    d = dict(category=category, auto_reply_ok=ok, uai=uai, region=region,
             platform=platform, hard=hard, lang=lang, notes=notes)
    d.update(kw)
    return d


# --------------------------------------------------------------------------
# password_reset
# --------------------------------------------------------------------------

mail(date="2025-09-01 10:22", client="thunderbird",
     frm=("Élodie Marchal", "elodie.marchal@ac-amiens.fr"),
     subject="Accès administration e-sidoc - nouvelle documentaliste",
     body=T("""
Bonjour,

Je prends mes fonctions cette année comme professeure documentaliste au
collège du Ponthieu à Abbeville (UAI 0801869X). Ma prédécesseure,
Mme Dufresne, est partie à la retraite en juin et ne m'a laissé aucun
code : ni pour le portail e-sidoc, ni pour l'interface d'administration.

J'aurais besoin de me connecter rapidement pour préparer l'accueil des
6e, qui passent au CDI dès la semaine prochaine. Comment puis-je obtenir
un nouveau mot de passe ?

Merci d'avance,

Élodie Marchal
Professeure documentaliste
Collège du Ponthieu – Abbeville
"""),
     label=L("password_reset", True, "0801869X", "hauts-de-france", "esidoc", False, "fr",
             "New librarian; the predecessor retired without handing over the password. UAI in the body: the reset path applies."))

mail(date="2025-09-02 08:47", client="outlook",
     frm=("Lycée des Coteaux - Secrétariat", "ce.0511272F@ac-reims.fr"),
     subject="Mot de passe administrateur e-sidoc",
     body=T("""
Bonjour,

M. Roussel, qui assure le remplacement de notre documentaliste jusqu'à la Toussaint, n'arrive pas à entrer dans l'administration d'e-sidoc : le mot de passe qu'on lui a transmis n'est plus le bon.

Pouvez-vous adresser le lien de réinitialisation à la boîte de l'établissement (celle-ci) ? Nous ferons suivre.

Merci,

Nadège Colin
Secrétariat de direction
Lycée des Coteaux – Épernay
"""),
     label=L("password_reset", True, "0511272F", "grand-est", "esidoc", True, "fr",
             "The UAI appears only in the ce.<UAI>@ac-reims.fr sender address; the secretariat asks for the link on that official address (the safe path) for a replacement librarian."))

mail(date="2025-09-03 16:05", client="thunderbird", lang="en",
     frm=("Mark Hallworth", "mark.hallworth@ac-strasbourg.fr"),
     subject="e-sidoc admin password",
     body=T("""
Hello,

I'm the new teacher-librarian in the British section of our lycée and I
started last week. I've been given the e-sidoc admin login (it's our
school code, 0672591C) but the password my colleague wrote down for me
doesn't work - I've tried it with and without capitals.

Could you tell me how to get a new one? My French is still a bit rusty,
hence the English, sorry!

Many thanks,
Mark Hallworth
Teacher-librarian, British section
Lycée européen de la Robertsau, Strasbourg
"""),
     label=L("password_reset", True, "0672591C", "grand-est", "esidoc", False, "en",
             "English; new librarian, the handed-over password does not work. UAI given as the login."))

mail(date="2025-08-26 14:31", client="zimbra",
     frm=("Sandrine Weber", "sandrine.weber@ac-nancy-metz.fr"),
     subject="Compte Espace Acheteur bloqué",
     body=T("""
Bonjour,

Nouvelle gestionnaire au collège de la Seille depuis le 25 août, j'ai
tenté de me connecter à l'Espace Acheteur avec les identifiants notés
dans le classeur de passation. Après trois essais le compte s'est bloqué.

Pourriez-vous le débloquer ou m'envoyer de quoi définir un nouveau mot de
passe ? Les commandes de rentrée attendent...

Bien à vous,

Sandrine Weber
Gestionnaire – Collège de la Seille, Marly
RNE : 0572 016 G
"""),
     label=L("password_reset", True, "0572016G", "grand-est", "espace_acheteur", False, "fr",
             "Account locked after three tries by a new gestionnaire using the handover folder's login; UAI written with spaces ('0572 016 G') in the signature."))

mail(date="2025-09-04 07:58", client="thunderbird",
     frm=("Jérôme Pelletier", "jerome.pelletier@ac-besancon.fr"),
     subject="Lien de réinitialisation expiré",
     body=T("""
Bonjour,

Petite précision avant tout : le mail de réinitialisation, je l'ai bien
reçu (dans la boîte de réception, pas dans les indésirables). Le problème,
c'est que je ne l'ai ouvert que ce matin et que le lien m'affiche « ce
lien n'est plus valide ». J'imagine qu'il a une durée de vie limitée.

Est-ce que vous pouvez m'en renvoyer un ? Je le traiterai dans la foulée
cette fois, promis.

Jérôme Pelletier
CDI du lycée Rive-Doubs, Besançon
UAI : 0251856G
"""),
     label=L("password_reset", True, "0251856G", "bourgogne-franche-comte", "esidoc", True, "fr",
             "Contrast: the reset mail did arrive (so not missing_noreply_mail), but its link had expired; asks for a new one."))

mail(date="2025-09-01 17:40", client="roundcube",
     frm=("Pascal Delattre", "pascal.delattre@ac-lille.fr"),
     subject="connexion esidoc",
     body=T("""
bonjour

je n'arrive plus a me connecter a e-sidoc depuis le changement de PC cet
été, le navigateur avait gardé le mot de passe et maintenant plus rien.
Notre code établissement c'est 0592681V si je ne me trompe pas.
vous pouvez m'aider ?

merci
Pascal Delattre, doc. collège Les Bruyères, Tourcoing
"""),
     label=L("password_reset", True, None, "hauts-de-france", "esidoc", True, "fr",
             "UAI typed 0592681V: wrong check letter (the digits give 0592681U), so no UAI; region from the ac-lille.fr sender. Otherwise a plain lost password (the old PC's browser had remembered it).",
             bad_uai=["0592681V"]))

mail(date="2025-09-02 10:03", client="outlook",
     frm=("Caroline Thiébaut", "caroline.thiebaut@ac-nancy-metz.fr"),
     subject="RE: [#SUP-008214] Mot de passe e-sidoc",
     irt="<SUP-008214.1756797120.4be01c@assistance.example.fr>",
     body=T("""
Bonjour,

Merci pour la réponse rapide, mais l'adresse masquée « m***@ac-nancy-metz.fr » est celle de mon prédécesseur, M. Mangin, qui a été muté à Épinal. Il ne consulte évidemment plus cette boîte pour nous.

Serait-il possible d'envoyer le lien directement sur mon adresse (caroline.thiebaut@ac-nancy-metz.fr) ? Je suis la documentaliste en titre depuis le 1er septembre.

Cordialement,

Caroline Thiébaut
Collège Les Rives de Meurthe, Nancy
UAI 0542191N

De : Assistance <support@assistance.example.fr>
Envoyé : mardi 2 septembre 2025 09:12
À : Caroline Thiébaut <caroline.thiebaut@ac-nancy-metz.fr>
Objet : [#SUP-008214] Mot de passe e-sidoc

Bonjour,

Un lien de réinitialisation du mot de passe a été envoyé à l'adresse connue pour votre établissement (m***@ac-nancy-metz.fr). Il est valable 12 heures.

Cordialement,
L'équipe d'assistance
"""),
     label=L("password_reset", False, "0542191N", "grand-est", "esidoc", True, "fr",
             "Reply on the reset ticket (Outlook quote): the link went to the predecessor's address on file; she asks for it at her own address, which is not on file. No automatic answer: a person (and the head's written request) must change the contact."))

mail(date="2025-08-28 11:19", client="thunderbird",
     frm=("Françoise Bonnot", "francoise.bonnot@ac-dijon.fr"),
     subject="Espace acheteur + facture",
     body=T("""
Bonjour,

Deux choses, si vous le permettez.

1) Je n'ai plus le mot de passe de l'Espace Acheteur : l'ancienne
gestionnaire l'avait changé avant de partir et ne l'a noté nulle part.
Identifiant = UAI 0211919X.

2) L'agence comptable me réclame une copie de la facture de juin
(abonnements 2024-2025), que je ne retrouve pas dans nos dossiers.
Pouvez-vous me la renvoyer ?

Merci beaucoup,
Françoise Bonnot
Adjointe gestionnaire
Collège du Suzon, Dijon
"""),
     label=L("password_reset", False, "0211919X", "bourgogne-franche-comte", "espace_acheteur", True, "fr",
             "Two topics: lost Espace Acheteur password (first) and a copy of a June invoice for the accounting office (order_billing); the reset template alone would answer only half."))

mail(date="2025-09-08 09:15", client="thunderbird",
     frm=("Annie Lambert", "annie.lambert@ac-reims.fr"),
     subject="Re: [#SUP-006873] Universalis toujours pas visible",
     irt="<SUP-006873.1728894600.e91d3a@assistance.example.fr>",
     body=T("""
Bonjour,

Je reprends ce vieux fil, c'est le seul message de chez vous que j'ai
gardé. Rien à voir avec Universalis (qui marche très bien) : cette fois
j'ai perdu le mot de passe de l'administration e-sidoc. Deux mois sans
m'y connecter et c'est le trou noir complet.

Notre UAI : 0082291X (cité scolaire de la Pointe, Givet).

Merci !
Annie Lambert

Le 14/10/2024 à 10:37, Assistance a écrit :
> Bonjour,
>
> L'abonnement Universalis commandé le 10 octobre est maintenant actif.
> Il peut s'écouler quelques minutes avant qu'il apparaisse dans le bloc
> « Ressources » de votre portail.
>
> Cordialement,
> L'équipe d'assistance
"""),
     label=L("password_reset", True, "0082291X", "grand-est", "esidoc", True, "fr",
             "Reply on a 2024 ticket about Universalis activation (quoted); the new message clearly asks something else: a lost e-sidoc admin password."))

mail(date="2025-09-02 13:50", client="ox",
     frm=("Laurence Hennebert", "intendance@saintjoseph-arras.example.fr"),
     subject="Identifiant espace acheteur inconnu",
     body=T("""
Bonjour,

Je suis arrivée le 1er septembre à l'intendance du lycée Saint-Joseph
d'Arras. L'adresse intendance@ est partagée entre trois personnes et
personne ne sait quel identifiant avait été choisi pour l'Espace Acheteur
(mon prédécesseur avait créé le compte il y a des années).

Comment retrouver l'identifiant et remettre un mot de passe ?

Bonne journée,
Laurence Hennebert
Service intendance
"""),
     label=L("password_reset", True, None, None, "espace_acheteur", False, "fr",
             "Espace Acheteur: shared mailbox, the predecessor's login is unknown (FAQ case). No UAI and a non-academic sender: no region."))

mail(date="2025-08-27 15:12", client="outlook",
     frm=("Véronique Caron", "veronique.caron@ac-lille.fr"),
     subject="TR: Votre mot de passe expire bientôt",
     body=T("""
Bonjour,

Je vous transfère le message reçu fin juillet : évidemment je l'ai vu trop tard, j'étais en congés. Maintenant le mot de passe est expiré et l'écran me demande l'ancien pour en choisir un nouveau... que je n'ai plus en tête.

Comment faire ?

Véronique Caron
CDI – Collège des Deux-Caps, Marquise
0621143F

De : e-sidoc <no-reply@esidoc.example.fr>
Envoyé : mardi 29 juillet 2025 06:00
À : Véronique Caron <veronique.caron@ac-lille.fr>
Objet : Votre mot de passe expire bientôt

Bonjour,

Le mot de passe du compte d'administration 0621143F expire dans 3 jours. Connectez-vous à l'interface de gestion pour le modifier.

Ceci est un message automatique, merci de ne pas y répondre.
"""),
     label=L("password_reset", True, "0621143F", "hauts-de-france", "esidoc", False, "fr",
             "Outlook forward ('TR:') of the July expiry notice: the forwarded part is machine text ('ne pas répondre'), the outer message asks for help with an expired, forgotten password."))

mail(date="2025-09-05 18:26", client="android",
     frm=("Marc Rigaud", "marc.rigaud@ac-dijon.fr"),
     subject="mdp",
     body=T("""
Bonjour mdp esidoc perdu, uai 0891133Y. Merci de me dire comment faire

Marc Rigaud

Envoyé de mon appareil Galaxy
"""),
     label=L("password_reset", True, "0891133Y", "bourgogne-franche-comte", "esidoc", False, "fr",
             "One line from a phone (base64 text and HTML): lost e-sidoc password, UAI given."))

mail(date="2025-09-09 11:44", client="outlook", html_only=True,
     frm=("Isabelle Guérin", "isabelle.guerin@ac-reims.fr"),
     subject="Accès gestion du portail",
     body=T("""
Bonjour,

Depuis la rentrée je n'ai plus accès à la partie gestion du portail e-sidoc : « identifiant ou mot de passe incorrect ». J'ai pourtant repris le mot de passe que j'utilisais en juin.

Merci de m'indiquer la procédure.

Isabelle Guérin
Professeure documentaliste
Lycée des Lumières, Troyes
UAI 0101812R – 03 25 70 00 41
"""),
     label=L("password_reset", True, "0101812R", "grand-est", "esidoc", False, "fr",
             "HTML-only Outlook message; the UAI appears only in the signature."))

mail(date="2025-09-03 09:37", client="thunderbird",
     frm=("Hélène Faivre", "helene.faivre@ac-besancon.fr"),
     subject="Cité scolaire - nouveau code UAI et portail",
     body=T("""
Bonjour,

Depuis le 1er septembre, le collège du Chânois et le lycée voisin ne
forment plus qu'une seule cité scolaire, avec un nouveau numéro UAI :
0702217E. L'ancien collège (0701717L) avait son propre portail e-sidoc,
que j'administrais.

Je voudrais me connecter au portail de la cité scolaire mais je n'ai
aucun mot de passe pour ce nouveau code. Pouvez-vous m'en fournir un ?

Et que va devenir l'ancien portail : faut-il fusionner les deux
catalogues, ou est-ce que vous vous en chargez ?

Bien cordialement,
Hélène Faivre
Documentaliste – cité scolaire Les Combes, Lure
"""),
     label=L("password_reset", False, "0702217E", "bourgogne-franche-comte", "esidoc", True, "fr",
             "Merged establishment: the former collège 0701717L and the new cité scolaire 0702217E, which the password request is about. Also asks what becomes of the old portal and its catalogue: a person must answer that part.",
             other_uai=["0701717L"]))

mail(date="2025-08-29 08:05", client="thunderbird", tb_old=True,
     charset="iso-8859-1", cte="qp",
     frm=("Christophe Hanot", "christophe.hanot@ac-reims.fr"),
     subject="Demande de mot de passe portail CDI",
     body=T("""
Bonjour,

Je suis contractuel sur le poste de documentaliste du LP des Crayères,
à Reims, arrivé lundi. On m'a dit que l'identifiant du portail était le
code de l'établissement, mais je n'ai pas de mot de passe et personne ici
ne le connaît.

Code établissement : 0511593E

Pourriez-vous me dire comment en obtenir un ?

Merci par avance,
C. Hanot
"""),
     label=L("password_reset", True, "0511593E", "grand-est", "esidoc", False, "fr",
             "Contract librarian in his first week; knows the login is the UAI but nobody has the password. ISO-8859-1 quoted-printable body from an old Thunderbird."))

mail(date="2025-08-25 10:10", client="outlook", lang="en",
     frm=("Tom Schaller", "t.schaller@lycee-rapp-colmar.example.fr"),
     subject="Buyer space password - bursar",
     body=T("""
Hi,

I look after IT for Lycée Rapp in Colmar. Our new bursar can't log in to the buyer space: the password was saved in the old PC's browser and it was lost when we reinstalled the machine over the summer. The account is under our school code 0681508V.

Could you send a reset to the account's registered address? I don't need the password myself, the bursar will handle it.

Thanks,
Tom Schaller
IT coordinator
"""),
     label=L("password_reset", True, "0681508V", "grand-est", "espace_acheteur", False, "en",
             "English, from the school's IT coordinator: buyer-space password lost with a PC reinstall; asks for the reset to go to the registered address (the safe path)."))

mail(date="2025-08-30 21:02", client="thunderbird",
     frm=("Sophie Brunet", "sophie.brunet@ac-lyon.fr"),
     subject="Mutation - mot de passe e-sidoc du nouveau collège",
     body=T("""
Bonjour,

J'ai obtenu ma mutation cet été : je quitte le collège Henri-Barbusse de
Vaulx-en-Velin (0691344L) pour le collège du Mont-Bayard à Saint-Claude
(0391863N). Je vous écris avec mon ancienne adresse académique, la
nouvelle n'est pas encore activée.

Pour Vaulx, rien à faire, ma collègue a repris. Mais à Saint-Claude
personne n'a le mot de passe du portail e-sidoc, le poste était vacant
depuis deux ans. Comment en obtenir un nouveau ?

Merci,
Sophie Brunet
"""),
     label=L("password_reset", True, "0391863N", "bourgogne-franche-comte", "esidoc", True, "fr",
             "Two UAIs: the former school 0691344L (Lyon, nothing to do) and the new one 0391863N (Jura) the request is about. The UAI's region wins over the ac-lyon.fr sender domain.",
             other_uai=["0691344L"]))

mail(date="2025-08-28 16:40", client="outlook",
     frm=("Agnès Vandamme", "secretariat@saintemarie-douai.example.fr"),
     subject="Accès administration EcoleDirecte",
     body=T("""
Bonjour,

Notre secrétaire de direction est partie fin juillet et nous n'avons plus le mot de passe du compte d'administration EcoleDirecte (celui qui sert à paramétrer les comptes des familles pour la rentrée). Je précise que le mot de passe de maintenance de Charlemagne fonctionne, ce n'est pas lui le souci.

Comment pouvons-nous récupérer l'accès ? Nous sommes l'établissement 0593387L.

Cordialement,

Agnès Vandamme
Accueil – secrétariat
Institution Sainte-Marie, Douai
"""),
     label=L("password_reset", False, "0593387L", "hauts-de-france", "ecoledirecte", True, "fr",
             "Lost EcoleDirecte administration password; says the Charlemagne maintenance password works (so not transfer_incident). No reset template for this product: a person answers."))

mail(date="2025-08-31 20:15", client="ox",
     frm=("Nathalie Perrin", "nathalie.perrin55@messagerie.example.fr"),
     subject="mot de passe provisoire portail CDI",
     body=T("""
Bonjour,

Je suis la nouvelle documentaliste du collège Buvignier à Verdun et je
n'ai pas encore mes identifiants académiques (le rectorat m'annonce
« sous quinze jours »...). En attendant j'aimerais pouvoir avancer sur
le portail.

Pourriez-vous m'envoyer un mot de passe provisoire sur cette adresse
personnelle ? UAI : 0551257T.

Merci de votre compréhension,
Nathalie Perrin
"""),
     label=L("password_reset", False, "0551257T", "grand-est", "esidoc", True, "fr",
             "Asks for a temporary password at her personal address, which is not on file: a reset may only go to the address on file or the official ce. address, so no automatic answer doing what she asks."))

mail(date="2025-09-04 14:22", client="thunderbird",
     frm=("Gilles Moreau", "gilles.moreau@ac-dijon.fr"),
     subject="Identifiant ?",
     body=T("""
Bonjour,

Je découvre le logiciel cette année. On me demande un « identifiant »
pour accéder à l'administration du portail : est-ce mon adresse mail, le
nom du collège, autre chose ? Et bien sûr je n'ai pas non plus le mot de
passe. Tout ce que j'ai trouvé dans le tiroir du CDI, c'est un post-it
avec « 0712720W » dessus, sans explication.

Merci de m'éclairer.

Gilles Moreau
Collège des Saules – Mâcon
"""),
     label=L("password_reset", True, "0712720W", "bourgogne-franche-comte", "esidoc", False, "fr",
             "Does not know what the login is (it is the UAI, found on a post-it) nor the password."))

mail(date="2025-09-10 10:48", client="outlook", o365=True,
     frm=("Thierry Gauthey", "secretariat.general@eplefpa-saone.example.fr"),
     subject="Réinitialisation du mot de passe - Espace Acheteur",
     body=T("""
Madame, Monsieur,

Je me permets de vous solliciter au sujet de notre accès à l'Espace Acheteur de la centrale d'achat. À la suite du départ en retraite de notre secrétaire générale, nous ne disposons plus du mot de passe du compte de l'établissement.

Je vous saurais gré de bien vouloir nous indiquer la procédure de réinitialisation. Notre numéro UAI est le 0211483Y.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Thierry Gauthey
Secrétaire général par intérim
EPLEFPA de la Saône – site de Brazey
"""),
     label=L("password_reset", True, "0211483Y", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
             "Formal letter from the interim secrétaire général (not the head) of an agricultural lycée: lost Espace Acheteur password after a retirement."))

mail(date="2025-09-05 11:30", client="thunderbird",
     frm=("Accueil collège Lamartine", "ce.0212493W@ac-dijon.fr"),
     subject="Mot de passe e-sidoc pour la remplaçante",
     body=T("""
Bonjour,

La documentaliste du collège, Mme Aubry, est en arrêt jusqu'au
15 septembre et sa remplaçante doit pouvoir accéder à e-sidoc dès lundi.
Aucune des deux ne connaît le mot de passe actuel.

Merci d'envoyer le nécessaire à cette adresse (boîte de l'établissement,
uai 0212493w), nous transmettrons à la remplaçante.

L'accueil du collège Lamartine
Beaune
"""),
     label=L("password_reset", True, "0212493W", "bourgogne-franche-comte", "esidoc", False, "fr",
             "Front desk writes from the ce.<UAI>@ac-dijon.fr address for a replacement librarian; UAI also in the body in lower case."))

mail(date="2025-09-04 08:12", client="zimbra",
     frm=("Julie Dupuis", "julie.dupuis@ac-amiens.fr"),
     subject="Re: [#SUP-008377] Mot de passe oublié",
     irt="<SUP-008377.1756908131.77c2f0@assistance.example.fr>",
     body=T("""
Bonjour,

Le lien est bien arrivé hier à 16 h sur l'adresse du lycée, mais la
secrétaire ne me l'a transmis que ce matin : trop tard, il a expiré
pendant la nuit.

Pouvez-vous en générer un autre ? Je demande à l'accueil de me le faire
suivre dans l'heure cette fois.

Merci et désolée pour le double travail,
Julie Dupuis
Lycée de la Vallée, Saint-Quentin – 0022941L

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Julie Dupuis" <julie.dupuis@ac-amiens.fr>
Envoyé: Mercredi 3 Septembre 2025 16:02:11
Objet: [#SUP-008377] Mot de passe oublié

Bonjour,

Vous ne nous écrivez pas depuis l'adresse enregistrée pour votre
établissement. Le lien de réinitialisation a donc été envoyé à l'adresse
officielle de l'établissement (c***@ac-amiens.fr). Il est valable
12 heures.

Cordialement,
L'équipe d'assistance
"""),
     label=L("password_reset", True, "0022941L", "hauts-de-france", "esidoc", False, "fr",
             "Reply in the reset thread (Zimbra quote): the link sent to the official address expired before it was passed on; asks for another one, which the same safe path answers."))

# --------------------------------------------------------------------------
# automated
# --------------------------------------------------------------------------

mail(date="2025-09-01 09:14:09", o365=True,
     frm=("Marion Lefebvre", "m.lefebvre@saintpierre-fourmies.example.fr"),
     raw="""
From: Marion Lefebvre <m.lefebvre@saintpierre-fourmies.example.fr>
To: Assistance <support@assistance.example.fr>
Subject: Réponse automatique : [#SUP-008190] Votre demande de devis
Thread-Topic: [#SUP-008190] Votre demande de devis
Thread-Index: AQHcG2ZxkR0p3Ez8TUmC1cN4r7Q8Lw==
Date: Mon, 1 Sep 2025 07:14:09 +0000
Message-ID: <PR1P264MB3182D6C0F2A94B1C0E7F5A3BD409A@PR1P264MB3182.FRAP264.PROD.OUTLOOK.COM>
References: <SUP-008190.1756710840.3f9a11@assistance.example.fr>
In-Reply-To: <SUP-008190.1756710840.3f9a11@assistance.example.fr>
Accept-Language: fr-FR, en-US
Content-Language: fr-FR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent
Content-Type: multipart/alternative;
 boundary="_000_PR1P264MB3182D6C0F2A94B1C0E7F5A3BD409APR1P264MB3182FRAP_"

--_000_PR1P264MB3182D6C0F2A94B1C0E7F5A3BD409APR1P264MB3182FRAP_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

@@QP iso-8859-1
Bonjour,

Je suis en congés jusqu'au vendredi 22 août inclus. Votre message sera traité à mon retour.
Pour les commandes de fournitures, merci de vous adresser à l'économat : economat@saintpierre-fourmies.example.fr

Bonnes vacances !
Marion Lefebvre
@@END

--_000_PR1P264MB3182D6C0F2A94B1C0E7F5A3BD409APR1P264MB3182FRAP_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

@@QP iso-8859-1
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
</head>
<body>
<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Bonjour,<br><br>
Je suis en congés jusqu'au vendredi 22 août inclus. Votre message sera traité à mon retour.<br>
Pour les commandes de fournitures, merci de vous adresser à l'économat : economat@saintpierre-fourmies.example.fr<br><br>
Bonnes vacances !<br>
Marion Lefebvre</div>
</body>
</html>
@@END

--_000_PR1P264MB3182D6C0F2A94B1C0E7F5A3BD409APR1P264MB3182FRAP_--
""",
     label=L("automated", False, None, None, None, False, "fr",
             "Exchange Online out-of-office (Auto-Submitted, X-Auto-Response-Suppress) still running after the holidays: it announces a return on 22 August and arrives on 1 September."))

mail(date="2025-08-26 10:02:44",
     frm=("Claire Muller", "claire.muller@ac-strasbourg.fr"),
     host="smtp3.ac-strasbourg.fr", hop=False,
     raw="""
Date: Tue, 26 Aug 2025 10:02:44 +0200 (CEST)
From: Claire Muller <claire.muller@ac-strasbourg.fr>
To: Assistance <support@assistance.example.fr>
Message-ID: <1184029311.4402913.1756195364118.JavaMail.zimbra@ac-strasbourg.fr>
In-Reply-To: <SUP-008121.1756195200.c01d77@assistance.example.fr>
Subject: Re: [#SUP-008121] Activation de votre abonnement
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 10.0.13_GA_4837 (zclient/10.0.13_GA_4837)

@@QP utf-8
Bonjour,

Je suis absente du 14 juillet au 31 août inclus.
Pour toute urgence concernant le CDI, vous pouvez joindre le secrétariat du collège au 03 88 00 41 17.

Bel été,
Claire Muller
Professeure documentaliste
@@END
""",
     label=L("automated", False, None, "grand-est", None, False, "fr",
             "Academic webmail vacation reply ('Auto-Submitted: auto-replied (zimbra; vacation)', Precedence: bulk) on a subscription ticket. Region from the ac-strasbourg.fr sender."))

mail(date="2025-09-03 15:41:27", o365=True, lang="en",
     frm=("Rachel Greenway", "r.greenway@harlowe-publishing.example.fr"),
     raw="""
From: Rachel Greenway <r.greenway@harlowe-publishing.example.fr>
To: Assistance <support@assistance.example.fr>
Subject: Automatic reply: [#SUP-008233] Catalogue access for 2025-2026
Thread-Topic: [#SUP-008233] Catalogue access for 2025-2026
Thread-Index: AQHcHNf2a0y7m0wQ0kS1VtDq3xj2Yw==
Date: Wed, 3 Sep 2025 13:41:27 +0000
Message-ID: <DB9P264MB41870A1C55E83F2E6B9D07A8C21B0@DB9P264MB4187.FRAP264.PROD.OUTLOOK.COM>
References: <SUP-008233.1756906860.0be1f4@assistance.example.fr>
In-Reply-To: <SUP-008233.1756906860.0be1f4@assistance.example.fr>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Thank you for your email.

I'm on annual leave, returning on Monday 8 September, with limited access
to email in the meantime. For anything urgent regarding orders or
invoices, please write to orders@harlowe-publishing.example.fr and the
team will pick it up.

Best wishes,
Rachel
""",
     label=L("automated", False, None, None, None, False, "en",
             "English Exchange 'Automatic reply:' from a publisher contact (Auto-Submitted: auto-generated)."))

mail(date="2025-09-02 11:26:31", return_path="", auth="bounce",
     frm=("Mail Delivery System", "MAILER-DAEMON@mail.clg-vauban-maubeuge.example.fr"),
     host="mail.clg-vauban-maubeuge.example.fr", hop=False,
     raw="""
From: Mail Delivery System <MAILER-DAEMON@mail.clg-vauban-maubeuge.example.fr>
To: support@assistance.example.fr
Subject: Undelivered Mail Returned to Sender
Date: Tue,  2 Sep 2025 11:26:31 +0200 (CEST)
Message-ID: <20250902092631.7F2C31A0B4@mail.clg-vauban-maubeuge.example.fr>
MIME-Version: 1.0
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status;
 boundary="7F2C31A0B4.1756805191/mail.clg-vauban-maubeuge.example.fr"

This is a MIME-encapsulated message.

--7F2C31A0B4.1756805191/mail.clg-vauban-maubeuge.example.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.clg-vauban-maubeuge.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<d.fontaine@clg-vauban-maubeuge.example.fr>: user unknown

--7F2C31A0B4.1756805191/mail.clg-vauban-maubeuge.example.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.clg-vauban-maubeuge.example.fr
X-Postfix-Queue-ID: 7F2C31A0B4
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Tue,  2 Sep 2025 11:26:30 +0200 (CEST)

Final-Recipient: rfc822; d.fontaine@clg-vauban-maubeuge.example.fr
Original-Recipient: rfc822;d.fontaine@clg-vauban-maubeuge.example.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; user unknown

--7F2C31A0B4.1756805191/mail.clg-vauban-maubeuge.example.fr
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <support@assistance.example.fr>
From: Assistance <support@assistance.example.fr>
To: Denis Fontaine <d.fontaine@clg-vauban-maubeuge.example.fr>
Subject: [#SUP-008251] Renouvellement de vos abonnements
Date: Tue, 02 Sep 2025 11:26:29 +0200
Message-ID: <SUP-008251.1756805189.2a6e0d@assistance.example.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--7F2C31A0B4.1756805191/mail.clg-vauban-maubeuge.example.fr--
""",
     label=L("automated", False, None, None, None, False, "en",
             "Postfix bounce (multipart/report, headers only, null Return-Path): the former gestionnaire's mailbox no longer exists."))

mail(date="2025-09-08 14:03:52", return_path="", auth="bounce", o365=True,
     frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@jeannedarc-hazebrouck.example.fr"),
     raw="""
From: Microsoft Outlook
 <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@jeannedarc-hazebrouck.example.fr>
To: <support@assistance.example.fr>
Date: Mon, 8 Sep 2025 12:03:52 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="99d1d6f3-2c5b-4a47-9d1e-5b0e4f2d4c3a"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: fr-FR
Message-ID: <f3b1c0a2-6e11-4d0b-9b57-27a1c8a9e4de@jeannedarc-hazebrouck.example.fr>
In-Reply-To: <SUP-008402.1757332980.9d03be@assistance.example.fr>
References: <SUP-008402.1757332980.9d03be@assistance.example.fr>
Subject: Non remis : [#SUP-008402] Accès à vos documents de marché
Auto-Submitted: auto-replied

--99d1d6f3-2c5b-4a47-9d1e-5b0e4f2d4c3a
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="a0f7c1e2-55d3-4e0f-8d2b-6f1a3c9e7b21"

--a0f7c1e2-55d3-4e0f-8d2b-6f1a3c9e7b21
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

@@QP utf-8
Impossible de remettre votre message à ces destinataires. Voir les détails techniques ci-dessous.

b.verhaeghe@jeannedarc-hazebrouck.example.fr
L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse de messagerie du destinataire et essayez de renvoyer le message. Si le problème persiste, contactez votre support technique.

Serveur de génération : PAXP264MB5012.FRAP264.PROD.OUTLOOK.COM

b.verhaeghe@jeannedarc-hazebrouck.example.fr
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
@@END

--a0f7c1e2-55d3-4e0f-8d2b-6f1a3c9e7b21
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

@@QP utf-8
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p><b><font color="#000066" size="3" face="Arial">Votre message à b.verhaeghe@jeannedarc-hazebrouck.example.fr n'a pas pu être remis.</font></b></p>
<p><font size="2" face="Tahoma">L'adresse de messagerie que vous avez entrée est introuvable.</font></p>
<p><font color="#808080" size="2" face="Tahoma">jeannedarc-hazebrouck.example.fr<br>Action requise</font></p>
<p><font size="2" face="Tahoma">Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</font></p>
</body></html>
@@END

--a0f7c1e2-55d3-4e0f-8d2b-6f1a3c9e7b21--

--99d1d6f3-2c5b-4a47-9d1e-5b0e4f2d4c3a
Content-Type: message/delivery-status

Reporting-MTA: dns;PAXP264MB5012.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Mon, 8 Sep 2025 12:03:50 +0000

Final-Recipient: rfc822;b.verhaeghe@jeannedarc-hazebrouck.example.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--99d1d6f3-2c5b-4a47-9d1e-5b0e4f2d4c3a
Content-Type: message/rfc822

From: Assistance <support@assistance.example.fr>
To: b.verhaeghe@jeannedarc-hazebrouck.example.fr
Subject: [#SUP-008402] =?utf-8?q?Acc=C3=A8s_=C3=A0_vos_documents_de_march=C3=A9?=
Date: Mon, 08 Sep 2025 14:03:00 +0200
Message-ID: <SUP-008402.1757332980.9d03be@assistance.example.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Votre demande a bien =C3=A9t=C3=A9 transmise =C3=A0 l'=C3=A9quipe de votre r=
=C3=A9gion, qui vous r=C3=A9pondra sous 48 heures.

Cordialement,
L'=C3=A9quipe d'assistance

--99d1d6f3-2c5b-4a47-9d1e-5b0e4f2d4c3a--
""",
     label=L("automated", False, None, None, None, False, "fr",
             "Exchange Online non-delivery report in French ('Non remis :', 550 5.1.10 RecipientNotFound), multipart/report with the original message attached: the addressee left the school."))

mail(date="2025-09-05 07:31:12", return_path="", auth="bounce",
     frm=("Mail Delivery System", "Mailer-Daemon@ac-nancy-metz.fr"),
     host="mx2.ac-nancy-metz.fr", hop=False,
     raw="""
X-Failed-Recipients: ce.0551199E@ac-nancy-metz.fr
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@ac-nancy-metz.fr>
To: support@assistance.example.fr
Content-Type: multipart/report; report-type=delivery-status; boundary=1757050272-eximdsn-1804289383
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1uuQ7k-000G4b-2T@mx2.ac-nancy-metz.fr>
Date: Fri, 05 Sep 2025 07:31:12 +0200

--1757050272-eximdsn-1804289383
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ce.0551199E@ac-nancy-metz.fr
    mailbox is closed: this establishment merged on 2025-09-01

--1757050272-eximdsn-1804289383
Content-type: message/delivery-status

Reporting-MTA: dns; mx2.ac-nancy-metz.fr

Action: failed
Final-Recipient: rfc822;ce.0551199E@ac-nancy-metz.fr
Status: 5.2.1

--1757050272-eximdsn-1804289383
Content-type: message/rfc822

Return-path: <support@assistance.example.fr>
From: Assistance <support@assistance.example.fr>
To: ce.0551199E@ac-nancy-metz.fr
Subject: [#SUP-008318] Lien de =?utf-8?q?r=C3=A9initialisation?=
Date: Fri, 05 Sep 2025 07:31:09 +0200
Message-ID: <SUP-008318.1757050269.51ab9c@assistance.example.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bonjour,

Un lien de réinitialisation du mot de passe vous a été envoyé à la
demande de votre documentaliste. Il est valable 12 heures.

Cordialement,
L'équipe d'assistance

--1757050272-eximdsn-1804289383--
""",
     label=L("automated", False, "0551199E", "grand-est", None, True, "en",
             "Exim bounce from the académie MX: the ce.<UAI> mailbox of a collège merged on 1 September is closed. The UAI appears only in the failed address (and the returned message), which is why it is labelled; never answered.",
             ))

mail(date="2025-09-02 13:20:05", return_path="", auth="bounce",
     frm=("Mail Delivery Subsystem", "MAILER-DAEMON@mx.lycee-jules-verne-lens.example.fr"),
     host="mx.lycee-jules-verne-lens.example.fr", hop=False,
     raw="""
From: Mail Delivery Subsystem <MAILER-DAEMON@mx.lycee-jules-verne-lens.example.fr>
Date: Tue, 2 Sep 2025 13:20:05 +0200
Message-Id: <202509021120.582BK5cF019114@mx.lycee-jules-verne-lens.example.fr>
To: <support@assistance.example.fr>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="582BK5cF019114.1756811205/mx.lycee-jules-verne-lens.example.fr"
Subject: Warning: could not send message for past 4 hours
Auto-Submitted: auto-generated (warning-timeout)

This is a MIME-encapsulated message

--582BK5cF019114.1756811205/mx.lycee-jules-verne-lens.example.fr

    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at Tue, 2 Sep 2025 09:14:02 +0200
from relay.assistance.example.fr [198.51.100.7]

   ----- Transcript of session follows -----
<intendance@lycee-jules-verne-lens.example.fr>... Deferred: Connection timed out with store.lycee-jules-verne-lens.example.fr.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old

--582BK5cF019114.1756811205/mx.lycee-jules-verne-lens.example.fr
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.lycee-jules-verne-lens.example.fr
Arrival-Date: Tue, 2 Sep 2025 09:14:02 +0200

Final-Recipient: RFC822; intendance@lycee-jules-verne-lens.example.fr
Action: delayed
Status: 4.4.1
Remote-MTA: DNS; store.lycee-jules-verne-lens.example.fr
Last-Attempt-Date: Tue, 2 Sep 2025 13:20:05 +0200
Will-Retry-Until: Sun, 7 Sep 2025 09:14:02 +0200

--582BK5cF019114.1756811205/mx.lycee-jules-verne-lens.example.fr
Content-Type: text/rfc822-headers

Return-Path: <support@assistance.example.fr>
From: Assistance <support@assistance.example.fr>
To: intendance@lycee-jules-verne-lens.example.fr
Subject: [#SUP-008260] Votre facture
Date: Tue, 02 Sep 2025 09:14:00 +0200
Message-ID: <SUP-008260.1756797240.f00a42@assistance.example.fr>

--582BK5cF019114.1756811205/mx.lycee-jules-verne-lens.example.fr--
""",
     label=L("automated", False, None, None, None, False, "en",
             "Sendmail delay warning ('could not send message for past 4 hours', Action: delayed): not a failure, still automatic."))

mail(date="2025-09-09 08:52:40",
     frm=("Pauline Jacquot", "pauline.jacquot@ac-besancon.fr"),
     host="smtp2.ac-besancon.fr",
     raw="""
From: Pauline Jacquot <pauline.jacquot@ac-besancon.fr>
To: Assistance <support@assistance.example.fr>
Subject: Lu : [#SUP-008356] Documents du marché fournitures 2025
Date: Tue, 9 Sep 2025 08:52:40 +0200
Message-ID: <000001dc2151$6a0b3e10$3e21ba30$@ac-besancon.fr>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_0003_01DC2162.2D93F0E0"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHcIVFpQ7Zb1n0x2k6qk7Xg4u0xUQ==
Content-Language: fr

This is a multi-part message in MIME format.

------=_NextPart_000_0003_01DC2162.2D93F0E0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

@@QP iso-8859-1
Votre message

  À : Pauline Jacquot
  Objet : [#SUP-008356] Documents du marché fournitures 2025
  Envoyé : lundi 8 septembre 2025 17:20:11 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mardi 9 septembre 2025 08:52:37 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
@@END

------=_NextPart_000_0003_01DC2162.2D93F0E0
Content-Type: message/disposition-notification

Reporting-UA: ac-besancon.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;pauline.jacquot@ac-besancon.fr
Original-Message-ID: <SUP-008356.1757344811.6c1e90@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0003_01DC2162.2D93F0E0--
""",
     label=L("automated", False, None, "bourgogne-franche-comte", None, False, "fr",
             "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from the ac-besancon.fr sender."))

mail(date="2025-08-27 07:00:03", return_path="bounce-rentree25-5521@lettre.editionsdupreau.example.fr",
     frm=("Éditions du Préau", "lettre@lettre.editionsdupreau.example.fr"),
     host="mta3.lettre.editionsdupreau.example.fr", hop=False,
     mailfrom_domain="x@lettre.editionsdupreau.example.fr",
     raw="""
From: Éditions du Préau <lettre@lettre.editionsdupreau.example.fr>
To: support@assistance.example.fr
Subject: Rentrée 2025 : 12 nouveautés pour votre CDI (et -15 % jusqu'au 30/09)
Date: Wed, 27 Aug 2025 07:00:00 +0200
Message-ID: <rentree25.5521.20250827050000@lettre.editionsdupreau.example.fr>
MIME-Version: 1.0
List-Id: Lettre des Editions du Preau <lettre.editionsdupreau.example.fr>
List-Unsubscribe: <https://lettre.editionsdupreau.example.fr/desinscription?u=5521&c=rentree25>,
 <mailto:desinscription@lettre.editionsdupreau.example.fr?subject=5521>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
X-Campaign: rentree25
Content-Type: multipart/alternative; boundary="=_preau_b1c2d3e4f5"

--=_preau_b1c2d3e4f5
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

@@QP utf-8
ÉDITIONS DU PRÉAU - LA LETTRE DES DOCUMENTALISTES

C'est la rentrée ! Douze nouveautés pour accueillir vos élèves au CDI :
romans ados, documentaires sciences et une collection « Premiers pas au
collège » pensée pour les 6e.

Jusqu'au 30 septembre : -15 % sur toute commande passée par votre
établissement (hors manuels).

Découvrir le catalogue : https://lettre.editionsdupreau.example.fr/c/rentree25

Vous recevez cette lettre car votre adresse est inscrite à notre liste
d'information. Se désinscrire :
https://lettre.editionsdupreau.example.fr/desinscription?u=5521&c=rentree25
@@END

--=_preau_b1c2d3e4f5
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

@@QP utf-8
<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>La lettre des documentalistes</title></head>
<body style="margin:0;background:#faf6ee"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;font-family:Georgia,serif">
<tr><td style="padding:20px"><img src="https://lettre.editionsdupreau.example.fr/img/logo.png" width="180" alt="Éditions du Préau"></td></tr>
<tr><td style="padding:0 20px"><h1 style="font-size:24px;color:#8a3b12">C'est la rentrée !</h1>
<p>Douze nouveautés pour accueillir vos élèves au CDI : romans ados, documentaires sciences et une collection «&nbsp;Premiers pas au collège&nbsp;» pensée pour les 6<sup>e</sup>.</p>
<p style="font-size:18px"><b>-15&nbsp;%</b> sur toute commande jusqu'au 30 septembre (hors manuels).</p>
<p><a href="https://lettre.editionsdupreau.example.fr/c/rentree25" style="background:#8a3b12;color:#fff;padding:10px 16px;text-decoration:none">Découvrir le catalogue</a></p></td></tr>
<tr><td style="padding:20px;font-size:11px;color:#888">Vous recevez cette lettre car votre adresse est inscrite à notre liste d'information.
<a href="https://lettre.editionsdupreau.example.fr/desinscription?u=5521&amp;c=rentree25">Se désinscrire</a></td></tr>
</table></td></tr></table><img src="https://lettre.editionsdupreau.example.fr/o/5521.gif" width="1" height="1" alt=""></body></html>
@@END

--=_preau_b1c2d3e4f5--
""",
     label=L("automated", False, None, None, None, False, "fr",
             "Publisher's back-to-school newsletter: List-Id, one-click List-Unsubscribe, Precedence: bulk."))

mail(date="2025-09-04 19:30:00", lang="en",
     frm=("Hosting status", "noreply@status.hebergement-edu.example.fr"),
     host="out-4.status.hebergement-edu.example.fr", hop=False,
     raw="""
From: Hosting status <noreply@status.hebergement-edu.example.fr>
To: support@assistance.example.fr
Subject: [Scheduled maintenance] Database cluster upgrade - Sat 6 Sep 2025, 22:00-02:00 CEST
Date: Thu, 04 Sep 2025 17:30:00 +0000
Message-ID: <maint-2025-09-06.88124@status.hebergement-edu.example.fr>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Precedence: bulk
X-Auto-Response-Suppress: OOF, AutoReply
List-Unsubscribe: <https://status.hebergement-edu.example.fr/subscriptions/manage?t=8f1c77>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Scheduled maintenance

Window: Saturday 6 September 2025, 22:00 - Sunday 7 September, 02:00 (CEST)
Affected: shared database cluster db-par-2 (customer accounts on plan Edu-Pro)

During the window, write operations may be refused for up to 15 minutes.
Read access is not expected to be affected. No action is required on
your side.

You are receiving this because you subscribed to status notifications for
account ASSIST-EDU-0412. Manage subscriptions:
https://status.hebergement-edu.example.fr/subscriptions/manage?t=8f1c77
""",
     label=L("automated", False, None, None, None, False, "en",
             "English maintenance notice from a hosting provider's status page (Auto-Submitted, Precedence: bulk)."))

mail(date="2025-08-29 06:15:02",
     frm=("Espace Acheteur", "no-reply@espace-acheteur.example.fr"),
     host="notif1.espace-acheteur.example.fr", hop=False,
     raw="""
From: Espace Acheteur <no-reply@espace-acheteur.example.fr>
To: support@assistance.example.fr
Subject: Compte en attente de validation - Collège Louise-Michel (Beauvais)
Date: Fri, 29 Aug 2025 06:15:02 +0200
Message-ID: <notif.val.5f21a7c09e@espace-acheteur.example.fr>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bonjour,

Une demande de compte est en attente de validation depuis 3 jours.

  Structure : Collège Louise-Michel, Beauvais (UAI 0601118P)
  Demandeur : Karine Lemaire, gestionnaire
  Date de la demande : 26/08/2025

Cette structure n'a plus d'administrateur actif : la demande vous est
transmise en tant qu'administrateur par défaut.

Valider ou refuser la demande :
https://espace-acheteur.example.fr/admin/comptes/attente?id=5f21a7c09e

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
     label=L("automated", False, "0601118P", "hauts-de-france", "espace_acheteur", False, "fr",
             "No-reply Espace Acheteur notification (Auto-Submitted: auto-generated): a gestionnaire's account awaits validation and the structure has no active administrator. It names the structure's UAI, so uai and region are labelled; it is still never answered."))

mail(date="2025-09-10 16:48:19",
     frm=("Portail tickets", "no-reply@tickets.example.fr"),
     host="mailer.tickets.example.fr", hop=False,
     raw="""
From: Portail tickets <no-reply@tickets.example.fr>
To: Assistance <support@assistance.example.fr>
Subject: [T-24518] Mise à jour : Export des commandes en double
Date: Wed, 10 Sep 2025 16:48:19 +0200
Message-ID: <ticket-24518-upd-7@tickets.example.fr>
References: <ticket-24518@tickets.example.fr>
In-Reply-To: <ticket-24518@tickets.example.fr>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Content-Type: multipart/alternative; boundary="tkt_24518_7"

--tkt_24518_7
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

@@QP utf-8
Le ticket T-24518 a été mis à jour.

Statut : En cours -> Résolu
Par : Équipe éditeur (niveau 2)
Commentaire : « Le correctif de l'export est déployé. Les commandes du 01/09 ne sont plus dupliquées. »

Voir le ticket : https://tickets.example.fr/t/24518

-- 
Vous recevez ce message car vous suivez ce ticket. Ne répondez pas à ce message.
@@END

--tkt_24518_7
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

@@QP utf-8
<html><body style="font-family:sans-serif">
<p>Le ticket <b>T-24518</b> a été mis à jour.</p>
<table><tr><td>Statut</td><td>En cours &rarr; <b>Résolu</b></td></tr><tr><td>Par</td><td>Équipe éditeur (niveau 2)</td></tr></table>
<blockquote>Le correctif de l'export est déployé. Les commandes du 01/09 ne sont plus dupliquées.</blockquote>
<p><a href="https://tickets.example.fr/t/24518">Voir le ticket</a></p>
<p style="color:#999;font-size:11px">Vous recevez ce message car vous suivez ce ticket. Ne répondez pas à ce message.</p>
</body></html>
@@END

--tkt_24518_7--
""",
     label=L("automated", False, None, None, "ticket_portal", False, "fr",
             "Ticket-portal notification to the desk: a ticket it follows was resolved (Auto-Submitted: auto-generated). Mentions orders but asks nothing."))

mail(date="2025-09-11 10:07:55",
     frm=("Signature électronique", "ne-pas-repondre@signature.example.fr"),
     host="smtp-out2.signature.example.fr", hop=False,
     raw="""
From: Signature électronique <ne-pas-repondre@signature.example.fr>
To: support@assistance.example.fr
Subject: Document signé : Convention d'adhésion 2025-2026 - Lycée Stanislas, Wissembourg
Date: Thu, 11 Sep 2025 10:07:55 +0200
Message-ID: <env-9c1e55a2.completed@signature.example.fr>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="sig-9c1e55a2"

--sig-9c1e55a2
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

@@QP utf-8
<html><body style="font-family:Arial,sans-serif;color:#222">
<h2 style="color:#0b6e4f">Toutes les parties ont signé</h2>
<p>Le document <b>Convention d'adhésion 2025-2026 - Lycée Stanislas, Wissembourg</b> a été signé par tous les signataires.</p>
<ul>
<li>Centrale d'achat - Direction, signé le 09/09/2025</li>
<li>Lycée Stanislas - Chef d'établissement, signé le 11/09/2025</li>
</ul>
<p>Le document signé et son certificat de preuve sont joints à ce message.</p>
<p style="font-size:11px;color:#888">Cet e-mail a été envoyé par le service de signature électronique pour le compte de la centrale d'achat.</p>
</body></html>
@@END

--sig-9c1e55a2
Content-Type: application/pdf; name="Convention_adhesion_2025-2026_signee.pdf"
Content-Disposition: attachment; filename="Convention_adhesion_2025-2026_signee.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKJSBob2xkb3V0MzIgZmljdGl0aW91cyBkb2N1bWVudAoxIDAgb2JqIDw8IC9U
aXRsZSAoQ29udmVudGlvbikgPj4gZW5kb2JqCnRyYWlsZXIgPDwgL1Jvb3QgMSAwIFIgPj4K
JSVFT0YK

--sig-9c1e55a2--
""",
     label=L("automated", False, None, None, "esignature", True, "fr",
             "E-signature 'all parties signed' notification for a membership convention: HTML only, no Auto-Submitted or Precedence; the no-reply sender and the wording show it is automatic. Not contract_documents."))

mail(date="2025-09-08 11:02:36", client="thunderbird",
     frm=("Sylvie Garnier", "sylvie.garnier@ac-dijon.fr"),
     subject="Re: [#SUP-008302] Abonnement Europresse",
     irt="<SUP-008302.1757322000.aa0e41@assistance.example.fr>",
     body=T("""
Bonjour,

Je suis actuellement en formation (du 8 au 12 septembre) et je ne
consulte pas ma messagerie. Je vous répondrai dès mon retour.

Pour les questions urgentes concernant les abonnements du CDI, merci de
contacter M. Perret, gestionnaire, au 03 80 00 27 14.

Cordialement,
Sylvie Garnier
"""),
     label=L("automated", False, None, "bourgogne-franche-comte", None, True, "fr",
             "Out-of-office sent by a Thunderbird filter ('reply with template'): a normal 'Re:' subject with In-Reply-To, no Auto-Submitted or Precedence; only the wording shows it is automatic. Mentions subscriptions. Region from ac-dijon.fr."))

mail(date="2025-08-25 08:00:41",
     frm=("Collège Victor-Hugo - Pontarlier", "ce.0252401Z@ac-besancon.fr"),
     host="smtp1.ac-besancon.fr", hop=False,
     raw="""
Date: Mon, 25 Aug 2025 08:00:41 +0200 (CEST)
From: Collège Victor-Hugo - Pontarlier <ce.0252401Z@ac-besancon.fr>
To: Assistance <support@assistance.example.fr>
Message-ID: <2093318841.1188204.1756101641007.JavaMail.zimbra@ac-besancon.fr>
In-Reply-To: <SUP-008117.1756101600.41f7a0@assistance.example.fr>
Subject: Re: [#SUP-008117] Votre commande d'abonnements
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk

Bonjour,

Le collège est fermé du 14 juillet au 20 août inclus.

À partir du 21 août, le secrétariat est ouvert de 8 h à 12 h.
- Demandes de mot de passe ENT ou Pronote des familles : à partir du
  2 septembre, auprès du professeur principal.
- Commandes et factures : intendance, à partir du 25 août.

Bonne fin d'été,
Le secrétariat
""",
     label=L("automated", False, "0252401Z", "bourgogne-franche-comte", None, False, "fr",
             "Vacation reply from a school's ce.<UAI> mailbox (Auto-Submitted: auto-replied) that talks about passwords, orders and invoices; dates already past. The UAI comes from the address."))

mail(date="2025-09-01 12:40:18", lang="en",
     frm=("Lena Fischer", "lena.fischer@lesewelt-partner.example.fr"),
     host="mail.lesewelt-partner.example.fr", hop=False,
     raw="""
MIME-Version: 1.0
From: Lena Fischer <lena.fischer@lesewelt-partner.example.fr>
Date: Mon, 1 Sep 2025 12:40:18 +0200
Message-ID: <CAKv9qX0Ooo=vac=f3Jx9Yw1@lesewelt-partner.example.fr>
Subject: Out of office: [#SUP-008199] Partner catalogue import
To: support@assistance.example.fr
Auto-Submitted: auto-replied
In-Reply-To: <SUP-008199.1756723200.be02f5@assistance.example.fr>
References: <SUP-008199.1756723200.be02f5@assistance.example.fr>
Content-Type: multipart/alternative; boundary="000000000000e1a2b30620a4c7d1"

--000000000000e1a2b30620a4c7d1
Content-Type: text/plain; charset="UTF-8"

Hi,

I'm travelling to the Frankfurt office and back on 8 September. I'll
reply as soon as I can. For the catalogue import, my colleague Jonas
(jonas.weber@lesewelt-partner.example.fr) can help.

Lena

--000000000000e1a2b30620a4c7d1
Content-Type: text/html; charset="UTF-8"

<div dir="ltr">Hi,<br><br>I'm travelling to the Frankfurt office and back on 8 September. I'll reply as soon as I can. For the catalogue import, my colleague Jonas (jonas.weber@lesewelt-partner.example.fr) can help.<br><br>Lena</div>

--000000000000e1a2b30620a4c7d1--
""",
     label=L("automated", False, None, None, None, False, "en",
             "English Gmail-style vacation responder (Auto-Submitted: auto-replied) from a partner."))

mail(date="2025-09-02 20:11:09", return_path="docs-marne-owner@listes.ac-reims.fr",
     frm=("Mélanie Gérard", "melanie.gerard@ac-reims.fr"),
     host="listes.ac-reims.fr", hop=False,
     raw="""
From: Mélanie Gérard <melanie.gerard@ac-reims.fr>
To: docs-marne@listes.ac-reims.fr
Subject: [docs-marne] MailInBlack et mails d'e-sidoc
Date: Tue, 2 Sep 2025 20:10:51 +0200
Message-ID: <7c0e2f7a-3b40-4f0e-a1de-1c9a3b8b2f11@ac-reims.fr>
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: fr
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit
List-Id: <docs-marne.listes.ac-reims.fr>
List-Help: <mailto:sympa@listes.ac-reims.fr?subject=help>
List-Subscribe: <mailto:sympa@listes.ac-reims.fr?subject=subscribe%20docs-marne>
List-Unsubscribe: <mailto:sympa@listes.ac-reims.fr?subject=unsubscribe%20docs-marne>
List-Post: <mailto:docs-marne@listes.ac-reims.fr>
List-Owner: <mailto:docs-marne-request@listes.ac-reims.fr>
Precedence: list
X-Loop: docs-marne@listes.ac-reims.fr
X-Sequence: 1187
Errors-To: docs-marne-owner@listes.ac-reims.fr

Bonsoir à tous,

Est-ce que d'autres collègues ont MailInBlack depuis la rentrée ? Chez
nous le mail d'activation de la nouvelle ressource e-sidoc est resté
coincé dans la « quarantaine » et je ne sais pas qui peut le libérer. Le
support a un guide, paraît-il ?

Merci d'avance pour vos retours,
Mélanie, CDI du lycée de Vitry-le-François
""",
     label=L("automated", False, None, "grand-est", "esidoc", True, "fr",
             "A librarian's real MailInBlack question, but posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list, X-Loop; To is the list): not written to us, never answered. Region from the ac-reims.fr sender."))

mail(date="2025-09-03 10:29:44",
     frm=("Assistance académique", "assistance@ac-besancon.fr"),
     host="glpi.ac-besancon.fr", hop=False,
     raw="""
From: Assistance académique <assistance@ac-besancon.fr>
To: Assistance <support@assistance.example.fr>
Subject: [AA-2025-090412] Accusé de réception : Re: Activation des comptes Espace Acheteur
Date: Wed, 03 Sep 2025 10:29:44 +0200
Message-ID: <GLPI-90412.1756888184.1432507@glpi.ac-besancon.fr>
In-Reply-To: <SUP-008289.1756887900.0c77e3@assistance.example.fr>
MIME-Version: 1.0
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-Loop: assistance@ac-besancon.fr
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

@@QP utf-8
Bonjour,

Votre demande a bien été enregistrée par la plateforme d'assistance académique sous le numéro AA-2025-090412.

Elle sera traitée par ordre d'arrivée. En période de rentrée, le délai de prise en charge peut atteindre 5 jours ouvrés.

Si votre demande concerne un mot de passe de messagerie ou d'ENT, utilisez plutôt le service en ligne de réinitialisation.

Ceci est un message automatique : merci de ne pas y répondre.

La plateforme d'assistance académique
@@END
""",
     label=L("automated", False, None, "bourgogne-franche-comte", None, False, "fr",
             "Another help desk's automatic acknowledgement (Auto-Submitted, X-Loop) of a message the desk sent it: answering would start a mail loop. Mentions passwords. Region from the ac-besancon.fr sender."))

mail(date="2025-09-09 15:55:20", return_path="", auth="bounce",
     frm=("", "MAILER-DAEMON@mail.ogec-sainteclaire.example.fr"),
     host="mail.ogec-sainteclaire.example.fr", hop=False,
     raw="""
Date: 9 Sep 2025 13:55:20 -0000
From: MAILER-DAEMON@mail.ogec-sainteclaire.example.fr
To: support@assistance.example.fr
Subject: failure notice
Message-ID: <1757426120.28814.qmail@mail.ogec-sainteclaire.example.fr>

Hi. This is the qmail-send program at mail.ogec-sainteclaire.example.fr.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<compta@ogec-sainteclaire.example.fr>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <support@assistance.example.fr>
Received: (qmail 28812 invoked from network); 9 Sep 2025 13:55:20 -0000
From: Assistance <support@assistance.example.fr>
To: compta@ogec-sainteclaire.example.fr
Subject: [#SUP-008433] Votre facture F-2025-11873
Date: Tue, 09 Sep 2025 15:55:18 +0200
Message-ID: <SUP-008433.1757426118.7d2c60@assistance.example.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Bonjour,

Votre message a bien ete recu. Une personne de l'equipe vous repondra
sous 48 heures ouvrees.

L'equipe d'assistance
""",
     label=L("automated", False, None, None, None, True, "en",
             "qmail 'failure notice' as plain text: no multipart/report, no Auto-Submitted on the bounce itself; only the null Return-Path, the MAILER-DAEMON sender and the wording show it is automatic. The returned copy mentions an invoice."))

mail(date="2025-09-01 08:02:17",
     frm=("CDI collège Les Tilleuls", "cdi@clg-lestilleuls-ham.example.fr"),
     host="mail.clg-lestilleuls-ham.example.fr", hop=False,
     raw="""
From: CDI collège Les Tilleuls <cdi@clg-lestilleuls-ham.example.fr>
To: support@assistance.example.fr
Subject: Adresse fermée - Re: [#SUP-008204] Renouvellement de vos ressources
Date: Mon, 01 Sep 2025 08:02:17 +0200
Message-ID: <autoreply.20250901060217.2210@clg-lestilleuls-ham.example.fr>
In-Reply-To: <SUP-008204.1756706520.3a01bd@assistance.example.fr>
MIME-Version: 1.0
Auto-Submitted: auto-replied
X-Autoreply: yes
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Depuis le 1er septembre 2025, le collège Les Tilleuls a fusionné avec le
collège Jean-Moulin pour former le collège du Val de Somme.

Cette adresse n'est plus relevée. Merci d'écrire désormais à
cdi@clg-valdesomme.example.fr.

Message envoyé automatiquement.
""",
     label=L("automated", False, None, None, None, False, "fr",
             "Closed-mailbox autoresponder after a school merger (Auto-Submitted, X-Autoreply): gives the new address, nothing to answer."))

# --------------------------------------------------------------------------
# other
# --------------------------------------------------------------------------

mail(date="2025-08-25 03:17", client="ox",
     frm=("Service Renouvellement", "renouvellement@gestion-noms-domaine.example.fr"),
     subject="URGENT : votre nom de domaine assistance.example.fr expire le 15/09/2025",
     body=T("""
Madame, Monsieur,

Notre système indique que le nom de domaine ASSISTANCE.EXAMPLE.FR
arrivera à expiration le 15/09/2025.

Sans renouvellement de votre part, vos adresses e-mail et votre site
seront suspendus et le nom pourra être racheté par un tiers.

Renouvellement 5 ans : 149,90 EUR HT seulement

Renouveler maintenant : http://renouvellement.gestion-noms-domaine.example.fr/r?d=assistance

Ce service est facultatif et ne constitue pas une facture.

Service Renouvellement
"""),
     label=L("other", False, None, None, None, False, "fr",
             "Domain-renewal scam written to the desk: spam."))

mail(date="2025-09-02 06:44", client="outlook", o365=True, html_only=True, auth="fail",
     frm=("Messagerie académique", "securite@ac-lille-messagerie.example.fr"),
     subject="Action requise : votre boîte sera désactivée sous 24 h",
     html=T("""
<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<table width="560" style="border:1px solid #ccc"><tr><td style="background:#003f7d;color:#fff;padding:12px;font-size:18px">Messagerie académique - Mise à niveau de rentrée</td></tr>
<tr><td style="padding:16px">
<p>Cher utilisateur,</p>
<p>Dans le cadre de la migration de rentrée 2025, votre boîte <b>support@assistance.example.fr</b> doit être revalidée. Sans action de votre part, elle sera <b>désactivée sous 24 heures</b> et les messages en attente seront perdus.</p>
<p>Confirmez votre identifiant et votre mot de passe actuel pour conserver l'accès :</p>
<p><a href="http://ac-lille-messagerie.example.fr/owa/revalidation" style="background:#0a7c2f;color:#fff;padding:8px 14px;text-decoration:none">REVALIDER MA BOÎTE</a></p>
<p>Service informatique académique<br>Cet e-mail a été généré automatiquement.</p>
</td></tr></table>
</body></html>
"""),
     label=L("other", False, None, None, None, True, "fr",
             "Phishing: 'confirm your password or the mailbox is closed'. Mentions a password but is not password_reset; ac-lille-messagerie.example.fr is a look-alike, not an académie domain, so no region. SPF and DMARC fail."))

mail(date="2025-09-03 11:02", client="zimbra",
     frm=("Benoît Schmitt", "benoit.schmitt@ac-nancy-metz.fr"),
     subject="Re: [#SUP-008240] Mot de passe e-sidoc",
     irt="<SUP-008240.1756889700.9e3b22@assistance.example.fr>",
     body=T("""
C'est bon, j'ai pu me connecter et choisir un nouveau mot de passe.
Merci beaucoup pour la rapidité, en pleine rentrée c'est appréciable !

Benoît

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Benoît Schmitt" <benoit.schmitt@ac-nancy-metz.fr>
Envoyé: Mercredi 3 Septembre 2025 10:55:00
Objet: [#SUP-008240] Mot de passe e-sidoc

Bonjour,

Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
connue pour votre établissement (b***@ac-nancy-metz.fr). Il est valable
12 heures.

Cordialement,
L'équipe d'assistance
"""),
     label=L("other", False, None, "grand-est", "esidoc", True, "fr",
             "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. Region from ac-nancy-metz.fr."))

mail(date="2025-09-05 12:31", client="iphone",
     frm=("Philippe Roux", "philippe.roux@ac-dijon.fr"),
     subject="Re: [#SUP-008311] Devis abonnements 2025-2026",
     irt="<SUP-008311.1757060400.51d0ce@assistance.example.fr>",
     body=T("""
Reçu, je fais suivre à l'intendance. Bonne journée

Envoyé de mon iPhone
"""),
     label=L("other", False, None, "bourgogne-franche-comte", None, False, "fr",
             "Acknowledgement from a phone on a quote ticket: nothing to do. Region from ac-dijon.fr."))

mail(date="2025-08-26 22:47", client="thunderbird",
     frm=("Kevin Dumont", "kevin.dumont.pro@messagerie.example.fr"),
     subject="Candidature spontanée - technicien support",
     attach=[("CV_Kevin_Dumont.pdf", "application/pdf", fake_pdf("CV"))],
     body=T("""
Madame, Monsieur,

Titulaire d'un BTS SIO et de deux ans d'expérience en assistance
utilisateurs (help desk d'une collectivité du Nord), je souhaite rejoindre
votre équipe support. La rentrée scolaire étant votre période la plus
chargée, je serais disponible immédiatement, y compris en CDD.

Vous trouverez mon CV en pièce jointe. Je reste à votre disposition pour
un entretien.

Cordialement,
Kevin Dumont
06 00 00 18 42
"""),
     label=L("other", False, None, None, None, False, "fr",
             "Unsolicited job application with a CV attached."))

mail(date="2025-08-30 09:12", client="android",
     frm=("Samira Belkacem", "samira.belkacem@messagerie.example.fr"),
     subject="liste de fourniture 6eme",
     body=T("""
Bonjour,
mon fils rentre en 6eme au college Jules Ferry de Saint-Dizier lundi et
je ne trouve pas la liste des fournitures sur le site. Vous pouvez me
l'envoyer svp ? On m'a donné votre adresse au forum des associations.
Merci beaucoup
Samira Belkacem
"""),
     label=L("other", False, None, None, None, False, "fr",
             "A parent asking for the school-supplies list: wrong address, unrelated."))

mail(date="2025-08-28 14:05", client="outlook", o365=True,
     frm=("Damien Lecomte", "d.lecomte@ensemble-scolaire-vauban.example.fr"),
     subject="Horaires du support pendant les vacances de la Toussaint",
     body=T("""
Bonjour,

Simple question pratique : le support est-il joignable pendant les vacances de la Toussaint (du 18 octobre au 3 novembre) ? L'an dernier nous avions eu une panne pendant cette période et personne n'avait répondu avant la reprise.

Je voudrais l'indiquer dans le guide que nous remettons aux nouveaux collègues.

Merci,

Damien Lecomte
Responsable informatique
Ensemble scolaire Vauban
"""),
     label=L("other", False, None, None, None, False, "fr",
             "Asks the desk's opening hours during the autumn holidays: a practical question with no category of its own."))

mail(date="2025-09-09 17:20", client="zimbra",
     frm=("Anne-Sophie Vautrin", "anne-sophie.vautrin@ac-reims.fr"),
     subject="Invitation - journée académique des professeurs documentalistes",
     body=T("""
Bonjour,

J'organise avec l'inspection la journée académique des professeurs
documentalistes de l'académie de Reims, le jeudi 16 octobre à Châlons.

Une bonne partie des collègues sont nouveaux cette année et beaucoup
découvrent les outils. Serait-il possible qu'une personne de votre équipe
intervienne 30 à 45 minutes (en présentiel ou à distance) pour présenter
le fonctionnement du support et les démarches les plus courantes ?

Je peux vous envoyer le programme provisoire si cela vous intéresse.

Bien cordialement,
Anne-Sophie Vautrin
Chargée de mission documentation – DAFOP
"""),
     label=L("other", False, None, "grand-est", None, False, "fr",
             "Invitation to present at an academic day for librarians: a human request outside the categories. Region from ac-reims.fr."))

mail(date="2025-09-04 16:58", client="thunderbird",
     frm=("Corinne Leleu", "corinne.leleu@ac-amiens.fr"),
     subject="Aucune réponse !!",
     body=T("""
Bonjour,

Trois jours que j'attends une réponse et votre téléphone sonne dans le
vide. En pleine rentrée, c'est inadmissible. Je ne vais pas réexpliquer
mon problème pour la troisième fois.

Merci de me rappeler au plus vite.

C. Leleu
"""),
     label=L("other", False, None, "hauts-de-france", None, False, "fr",
             "Angry complaint about an unanswered request that says nothing about the topic: no category can be told. Region from ac-amiens.fr."))

mail(date="2025-08-29 10:36", client="thunderbird",
     frm=("Monique Barbier", "monique.barbier@messagerie.example.fr"),
     subject="Suppression de mes données personnelles",
     body=T("""
Bonjour,

Professeure documentaliste au collège Jean-Macé de Bar-le-Duc jusqu'en
juin, je suis désormais à la retraite. Mon nom, mon adresse académique
et mon numéro de portable figurent encore, je crois, dans vos fichiers
(compte administrateur du portail, contact pour les commandes).

Conformément au RGPD, je vous demande de supprimer ces données me
concernant. Ma successeure reprendra les accès de son côté, je ne
souhaite plus être destinataire de quoi que ce soit.

Merci de me confirmer la suppression.

Monique Barbier
"""),
     label=L("other", False, None, None, None, False, "fr",
             "GDPR erasure request from a retired librarian; mentions the admin account and her successor but asks neither a reset nor an account: other (human review)."))

mail(date="2025-09-03 13:15", client="roundcube",
     frm=("Lucie Marchand", "lucie.marchand@ac-lille.fr"),
     subject="Formation prise en main e-sidoc ?",
     body=T("""
Bonjour,

Je débute comme documentaliste (après dix ans en lettres modernes) et je
me sens un peu perdue dans l'interface de gestion d'e-sidoc. Proposez-vous
des sessions de formation ou des webinaires de prise en main cet automne ?
Si oui, comment s'inscrire ?

Merci d'avance,
Lucie Marchand
Collège Van-der-Meersch, Roubaix
"""),
     label=L("other", False, None, "hauts-de-france", "esidoc", False, "fr",
             "Asks about e-sidoc training sessions for a new librarian: a how-to/information question with no category. Region from ac-lille.fr."))

mail(date="2025-09-10 09:05", client="outlook",
     frm=("Yannick Boulanger", "yannick.boulanger@ac-nancy-metz.fr"),
     subject="Portail tickets : clôturer un ticket soi-même ?",
     body=T("""
Bonjour,

Sur le portail tickets, j'ai ouvert il y a quinze jours un ticket pour un problème qui s'est finalement réglé tout seul. Je ne trouve aucun bouton pour le clôturer moi-même. Est-ce possible, ou faut-il vous demander de le faire ?

Ce n'est pas urgent du tout.

Yannick Boulanger
"""),
     label=L("other", False, None, "grand-est", "ticket_portal", False, "fr",
             "How to close one's own ticket on the ticket portal: a how-to question with no category. Region from ac-nancy-metz.fr."))

mail(date="2025-09-11 14:40", client="thunderbird", lang="en",
     frm=("Hannah Okafor", "h.okafor@univ-recherche.example.fr"),
     subject="Research request: school library usage data",
     body=T("""
Dear support team,

I am a PhD student working on school libraries in northern France. Would
your organisation be able to share anonymised, aggregated figures on the
use of library portals (number of active portals, searches per month)
for the Lille and Amiens académies over the last three school years?

I'd of course credit the source and can send my supervisor's letter.

Kind regards,
Hannah Okafor
Doctoral researcher
"""),
     label=L("other", False, None, None, None, False, "en",
             "English research request for aggregated usage data: unrelated to any category."))

mail(date="2025-08-27 11:50", client="thunderbird",
     frm=("Aurélie Fournier", "aurelie.fournier@ac-lille.fr"),
     subject="Pour info : changement de direction",
     body=T("""
Bonjour,

Juste pour information, afin que vous ne soyez pas surpris : notre
nouveau principal, M. Carpentier, n'arrive que le 8 septembre. C'est lui
qui vous adressera la demande écrite pour le changement d'administrateur
de l'Espace Acheteur et la mise à jour de l'adresse de contact.

Rien à faire de votre côté pour le moment, je reviendrai vers vous.

Bonne rentrée,
Aurélie Fournier
Gestionnaire – collège Paul-Éluard, Hénin-Beaumont
0621856F
"""),
     label=L("other", False, "0621856F", "hauts-de-france", "espace_acheteur", True, "fr",
             "Information only: the coming head will send the written request for a change of administrator later. Mentions the admin change and the contact address, but nothing is asked now and it is not the head writing."))

mail(date="2025-09-01 15:22", client="outlook",
     frm=("Olivier Henry", "olivier.henry@ac-nancy-metz.fr"),
     subject="Nouveau nom de l'établissement sur le portail",
     body=T("""
Bonjour,

Au 1er septembre, le collège Jean-Zay d'Épinal est devenu le collège Simone-Veil (même UAI : 0881167R, même équipe). Le bandeau du portail e-sidoc affiche toujours l'ancien nom, et je ne trouve pas où le modifier dans l'administration.

Pouvez-vous me dire où se trouve ce réglage, ou le changer de votre côté ?

Merci,

Olivier Henry
Documentaliste – collège Simone-Veil (ex-Jean-Zay), Épinal
"""),
     label=L("other", False, "0881167R", "grand-est", "esidoc", True, "fr",
             "Renamed school: asks how to change the name displayed on the portal. A configuration question, not account, subscription or contract: other."))

mail(date="2025-09-08 07:12", client="outlook", o365=True, auth="fail",
     frm=("Comptabilité Fournitures Scolaires", "comptabilite@fournitures-scolaires-nord.example.fr"),
     subject="Facture impayée n° FS-2025-0912 - relance avant contentieux",
     attach=[("Facture_FS-2025-0912.html", "text/html",
              "<html><body><script>location.href='http://fs-paiement.example.fr/login'</script></body></html>")],
     body=T("""
Bonjour,

Sauf erreur de notre part, la facture n° FS-2025-0912 d'un montant de 2 384,60 € TTC reste impayée à ce jour malgré nos précédentes relances.

Merci de consulter la pièce jointe et de procéder au règlement sous 48 h afin d'éviter l'ouverture d'une procédure de recouvrement.

Service comptabilité
"""),
     label=L("other", False, None, None, None, True, "fr",
             "Fake 'unpaid invoice' from an unknown supplier with an HTML attachment that redirects to a login page; SPF/DMARC fail: phishing, not order_billing."))

mail(date="2025-09-02 16:33", client="thunderbird",
     frm=("Romain Clément", "romain.clement@ac-besancon.fr"),
     subject="Retirer l'adresse de mon prédécesseur de vos envois",
     body=T("""
Bonjour,

Mon prédécesseur au CDI, M. Girardot, reçoit encore votre lettre
d'information sur son adresse académique (il me la fait suivre depuis
son nouveau poste, ce qui l'amuse moyennement). Pourriez-vous le retirer
de la liste de diffusion ? Je m'inscrirai moi-même via le formulaire.

Merci,
Romain Clément
Lycée Les Haberges, Vesoul
"""),
     label=L("other", False, None, "bourgogne-franche-comte", None, False, "fr",
             "Written by hand: asks to take the predecessor off the newsletter list. Not automated, no category. Region from ac-besancon.fr."))

mail(date="2025-09-05 13:48", client="zimbra",
     frm=("Céline Haas", "celine.haas@ac-strasbourg.fr"),
     subject="EDT CDI semaine 37",
     body=T("""
Salut Marie,

Comme promis, l'emploi du temps du CDI pour la semaine prochaine : je
prends les 6e C et D mardi matin pour la découverte du lieu, tu as les
4e jeudi. J'ai bloqué le vendredi après-midi pour l'équipement des
nouveaux livres.

Dis-moi si ça te va, sinon on en parle lundi à la récré.

Bises,
Céline
"""),
     label=L("other", False, None, "grand-est", None, False, "fr",
             "Personal message between two colleagues sent to the desk by address autocomplete. Region from ac-strasbourg.fr."))

# --------------------------------------------------------------------------
# missing_noreply_mail
# --------------------------------------------------------------------------

mail(date="2025-08-26 09:40", client="zimbra",
     frm=("Émilie Royer", "emilie.royer@ac-reims.fr"),
     subject="Inscription Espace Acheteur : pas de mail de confirmation",
     body=T("""
Bonjour,

Je suis la nouvelle gestionnaire du collège des Capucins à Langres
(UAI 0521241S). J'ai rempli hier le formulaire d'inscription à l'Espace
Acheteur ; l'écran indiquait qu'un e-mail de confirmation allait
m'être envoyé. Rien reçu depuis, ni en boîte de réception ni dans les
courriers indésirables.

Que dois-je faire ?

Cordialement,
Émilie Royer
"""),
     label=L("missing_noreply_mail", True, "0521241S", "grand-est", "espace_acheteur", False, "fr",
             "New gestionnaire: the sign-up confirmation mail never came (junk folder checked); no anti-spam product named."))

mail(date="2025-09-02 15:18", client="thunderbird",
     frm=("Thomas Klein", "thomas.klein@ac-strasbourg.fr"),
     subject="Mot de passe oublié... mais pas de mail",
     body=T("""
Bonjour,

J'ai cliqué sur « Mot de passe oublié » sur la page de connexion de
l'administration e-sidoc. Le site me répond bien « un e-mail vous a été
envoyé », sauf que je n'ai jamais rien reçu. J'ai refait la manip trois
fois depuis ce matin, regardé dans les indésirables et dans tous les
dossiers : rien.

Le formulaire fonctionne donc, c'est le mail qui ne suit pas.

Thomas Klein
Lycée du Vignoble, Guebwiller
UAI 0681613J
"""),
     label=L("missing_noreply_mail", True, "0681613J", "grand-est", "esidoc", True, "fr",
             "Reads like a password problem, but the reset form works: the new-password mail never arrives. The taxonomy puts that under missing_noreply_mail."))

mail(date="2025-08-28 10:27", client="outlook",
     frm=("Stéphanie Colin", "stephanie.colin@ac-nancy-metz.fr"),
     subject="Mail d'activation introuvable",
     body=T("""
Bonjour,

Je n'ai toujours pas reçu le mail d'activation de notre compte Espace Acheteur, demandé lundi.

Avant que vous ne me posiez la question : nous n'avons PAS MailInBlack, le service informatique du rectorat me l'a confirmé ce matin. Et le dossier « Courrier indésirable » est vide.

Merci de votre aide,

Stéphanie Colin
Collège Louis-Pergaud, Lunéville – 0541769E
"""),
     label=L("missing_noreply_mail", True, "0541769E", "grand-est", "espace_acheteur", True, "fr",
             "Names MailInBlack only to say the school does NOT use it: missing_noreply_mail, not mailinblack_spam."))

mail(date="2025-09-04 09:51", client="outlook",
     frm=("Régis Deprez", "regis.deprez@ac-lille.fr"),
     subject="RE: [#SUP-008229] Pas de mail d'activation",
     irt="<SUP-008229.1756813500.0d55a1@assistance.example.fr>",
     body=T("""
Bonjour,

J'ai suivi vos consignes à la lettre (indésirables, expéditeur ajouté aux contacts approuvés) et, trois jours après, toujours rien. J'ai aussi demandé à la collègue du bureau voisin : rien chez elle non plus.

Pouvez-vous transmettre à quelqu'un qui pourra regarder de votre côté ? Nous avons des commandes de rentrée bloquées.

Régis Deprez
Gestionnaire – Lycée Robespierre, Lens
0621985W

De : Assistance <support@assistance.example.fr>
Envoyé : lundi 1 septembre 2025 13:45
À : Régis Deprez <regis.deprez@ac-lille.fr>
Objet : [#SUP-008229] Pas de mail d'activation

Bonjour,

Les messages de la plateforme partent d'une adresse no-reply et sont parfois classés en courrier indésirable. Merci de vérifier ce dossier, de marquer le message comme légitime et d'ajouter l'expéditeur à vos contacts. Sans nouvelle de votre part sous 48 heures, nous reviendrons vers vous.

Cordialement,
L'équipe d'assistance
"""),
     label=L("missing_noreply_mail", False, "0621985W", "hauts-de-france", None, True, "fr",
             "Reply after the junk-folder answer (Outlook quote): still nothing after three days, asks for a person. The template was already sent, so a person must follow up (route to the region)."))

mail(date="2025-09-08 10:14", client="outlook", o365=True,
     frm=("Jean-Marc Lenoir", "intendance@lycee-saint-vincent-senlis.example.fr"),
     subject="Notifications « compte à valider » non reçues",
     body=T("""
Bonjour,

Je suis administrateur de structure sur l'Espace Acheteur pour notre lycée. Deux nouveaux collègues m'ont dit s'être inscrits la semaine dernière, mais je n'ai reçu aucune notification me demandant de valider leurs comptes. D'habitude ces messages arrivent bien.

Y a-t-il un souci d'envoi en ce moment ?

Jean-Marc Lenoir
Intendant
"""),
     label=L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
             "Structure administrator no longer receives the 'account to validate' notifications; no UAI, non-academic sender: no region."))

mail(date="2025-09-01 11:08", client="outlook", o365=True, lang="en",
     frm=("Grace Whitfield", "g.whitfield@lille-international-school.example.fr"),
     subject="Activation email never arrived",
     body=T("""
Hello,

I registered on the buyer space on Friday for our school (I'm the new business manager) and I'm still waiting for the activation email. Nothing in spam or in the quarantine folder of our Outlook either.

Could you resend it, or tell me what to check?

Kind regards,
Grace Whitfield
Business Manager
"""),
     label=L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
             "English; the activation mail never arrived, junk checked; no anti-spam product named."))

mail(date="2025-09-03 08:39", client="outlook", html_only=True,
     frm=("Vincent Bailly", "vincent.bailly@ac-besancon.fr"),
     subject="Création compte client - mail jamais reçu",
     body=T("""
Bonjour,

Pour passer notre première commande en ligne, j'ai créé hier le compte client de l'établissement. On m'annonçait un mail d'activation « dans les 12 heures ». Rien reçu à ce jour, et j'ai regardé partout.

Merci de me dire comment débloquer la situation.

Vincent Bailly
Professeur documentaliste
Collège Léonard-de-Vinci, Belfort
UAI : 0902183J
"""),
     label=L("missing_noreply_mail", True, "0902183J", "bourgogne-franche-comte", "esidoc", False, "fr",
             "HTML-only Outlook message: the 12-hour activation mail for the customer account never came."))

mail(date="2025-09-06 19:03", client="iphone",
     frm=("Nadia Haddad", "nadia.haddad@messagerie.example.fr"),
     subject="Activation",
     body=T("""
Bonjour, toujours pas reçu le mail d'activation depuis vendredi dernier. Pouvez-vous vérifier ? Merci

Nadia Haddad

Envoyé de mon iPhone
"""),
     label=L("missing_noreply_mail", True, None, None, None, False, "fr",
             "Two lines from a phone: activation mail not received; no platform named, personal address."))

mail(date="2025-09-05 14:27", client="zimbra",
     frm=("Fabrice Carlier", "fabrice.carlier@ac-amiens.fr"),
     subject="Portail tickets - mail pour définir le mot de passe",
     body=T("""
Bonjour,

Vous m'avez créé un accès au portail tickets la semaine dernière (je
remplace M. Petit au lycée de Chauny). Le message pour définir mon mot de
passe n'est jamais arrivé ; j'ai fouillé les indésirables et les dossiers
de tri automatique.

Pouvez-vous le renvoyer ?

Merci,
Fabrice Carlier
"""),
     label=L("missing_noreply_mail", True, None, "hauts-de-france", "ticket_portal", False, "fr",
             "The ticket portal's set-your-password mail never arrived for a replacement. Region from ac-amiens.fr."))

mail(date="2025-09-09 13:02", client="ox",
     frm=("Service achats", "achats@cite-scolaire-valdesomme.example.fr"),
     subject="Plus d'alertes sur les offres depuis notre changement d'adresse",
     body=T("""
Bonjour,

Depuis la fusion de nos deux établissements au 1er septembre, notre
messagerie a changé de domaine (nouvelle adresse : celle-ci). Nous avons
mis à jour l'adresse dans notre profil de l'Espace Acheteur, mais les
alertes sur les nouvelles offres n'arrivent plus du tout, alors que nous
en recevions deux ou trois par semaine avant l'été.

Rien dans les indésirables. Avez-vous une idée ?

Cordialement,
Le service achats
Cité scolaire du Val de Somme – UAI 0802693T
"""),
     label=L("missing_noreply_mail", True, "0802693T", "hauts-de-france", "espace_acheteur", False, "fr",
             "Offer alert notifications stopped after the merged school's mail domain changed; no anti-spam product named."))

mail(date="2025-09-04 11:15", client="thunderbird",
     frm=("Laurent Girard", "laurent.girard@ac-dijon.fr"),
     subject="Pas de mail d'activation - Espace Acheteur",
     body=T("""
Bonjour,

Inscription faite lundi sur l'Espace Acheteur pour le collège de
Clamecy (UAI 0582616B), et toujours pas de mail d'activation. J'ai vérifié
les indésirables à plusieurs reprises.

Pouvez-vous regarder ?

Bien cordialement,

--
Laurent Girard
Adjoint gestionnaire
Collège Romain-Rolland – Clamecy
RNE 0582616D
"""),
     label=L("missing_noreply_mail", True, "0582616D", "bourgogne-franche-comte", "espace_acheteur", True, "fr",
             "The body gives 0582616B (wrong check letter), the signature 0582616D (valid), which is the label. Activation mail never arrived.",
             bad_uai=["0582616B"]))

mail(date="2025-09-10 15:40", client="outlook",
     frm=("Sabine Lorentz", "sabine.lorentz@ac-strasbourg.fr"),
     subject="Activation + facture Chorus",
     body=T("""
Bonjour,

Le mail d'activation de mon compte Espace Acheteur n'est jamais arrivé (inscription le 3 septembre, rien dans les spams).

Par ailleurs, et ça n'a rien à voir : la facture de juin pour nos abonnements n'apparaît toujours pas dans Chorus Pro, l'agence comptable me la réclame.

Merci pour les deux !

Sabine Lorentz
Gestionnaire, lycée Jean-Monnet, Strasbourg
0672856R
"""),
     label=L("missing_noreply_mail", False, "0672856R", "grand-est", "espace_acheteur", True, "fr",
             "Two topics: activation mail never arrived (first, main) and a June invoice missing from Chorus Pro (order_billing): one template would answer only half."))

mail(date="2025-09-03 07:22", client="outlook_android", o365=False,
     frm=("Hugo Lemaire", "hugo.lemaire@ac-lille.fr"),
     subject="Mail pour créer mon mot de passe",
     body=T("""
Bonjour,

Je n'ai jamais reçu le mail qui doit me permettre de créer mon mot de passe sur l'Espace Acheteur. Mon compte a pourtant été validé par l'administratrice vendredi, elle me l'a confirmé.

Merci d'avance,
Hugo Lemaire

Obtenir Outlook pour Android
"""),
     label=L("missing_noreply_mail", True, None, "hauts-de-france", "espace_acheteur", False, "fr",
             "Outlook for Android (base64 text and HTML): the account was validated but the first-password mail never came. Region from ac-lille.fr."))

mail(date="2025-09-08 16:12", client="zimbra",
     frm=("Maxime Thiery", "maxime.thiery@ac-reims.fr"),
     subject="Vos mails bloqués par notre nouveau filtre ?",
     body=T("""
Bonjour,

Cet été, la collectivité a installé un nouveau filtre anti-spam sur
toutes les boîtes du lycée. Depuis, plus aucun message de l'Espace
Acheteur ne nous parvient : ni confirmation d'inscription, ni nouveau
mot de passe. Je ne connais pas le nom du produit, le technicien est en
congé jusqu'au 15.

Y a-t-il une adresse d'expéditeur que je puisse lui communiquer ?

Maxime Thiery
Lycée Marie-de-Champagne, Troyes – 0101905S
"""),
     label=L("missing_noreply_mail", True, "0101905S", "grand-est", "espace_acheteur", True, "fr",
             "Suspects a new anti-spam filter but names no product and describes no challenge: missing_noreply_mail (sender address to allow), not mailinblack_spam."))

mail(date="2025-08-29 08:30", client="outlook", charset="iso-8859-1",
     frm=("Martine Vermeulen", "martine.vermeulen@ac-lille.fr"),
     subject="Notifications du portail",
     body=T("""
Bonjour,

Depuis début juillet, je ne reçois plus les notifications du portail e-sidoc (nouvelles suggestions d'achat des élèves, demandes de réservation). Avant, elles arrivaient sur mon adresse académique sans problème, et l'adresse indiquée dans l'administration est toujours la bonne.

Avez-vous changé quelque chose dans vos envois ?

Martine Vermeulen
Collège Albert-Châtelet, Douai - 0591148C
"""),
     label=L("missing_noreply_mail", True, "0591148C", "hauts-de-france", "esidoc", False, "fr",
             "Portal notifications (purchase suggestions, reservations) stopped arriving; the address on file is right. ISO-8859-1 quoted-printable Outlook mail."))

mail(date="2025-09-05 10:44", client="thunderbird",
     frm=("Jacqueline Ott", "jacqueline.ott@ac-strasbourg.fr"),
     subject="Fwd: lien d'activation",
     body=T("""
Bonjour,

Je vous fais suivre le message de notre nouvelle adjointe, qui n'arrive
pas à démarrer sur l'Espace Acheteur. Je suis l'administratrice de la
structure et j'ai bien validé son compte lundi de mon côté.

Jacqueline Ott
Lycée Schweitzer, Mulhouse


-------- Message transféré --------
Sujet : 	lien d'activation
Date : 	Fri, 5 Sep 2025 08:57:12 +0200
De : 	Inès Bauer <ines.bauer@ac-strasbourg.fr>
Pour : 	Jacqueline Ott <jacqueline.ott@ac-strasbourg.fr>

Bonjour Jacqueline,

Je n'ai toujours pas reçu le lien pour activer mon compte sur l'Espace
Acheteur, même dans les spams. Tu peux voir avec eux ?

Merci !
Inès
"""),
     label=L("missing_noreply_mail", True, None, "grand-est", "espace_acheteur", False, "fr",
             "Thunderbird forward of a colleague's message: the account was validated but her activation link never arrived. Region from ac-strasbourg.fr."))

mail(date="2025-09-01 14:55", client="roundcube",
     frm=("Damien Joly", "damien.joly@ac-dijon.fr"),
     subject="Mail d'activation OK, mais pas celui du mot de passe",
     body=T("""
Bonjour,

Pour être précis : le mail d'activation de mon compte Espace Acheteur,
je l'ai bien reçu jeudi et j'ai cliqué sur le lien. En revanche le
second message, celui qui doit me permettre de choisir mon mot de
passe, n'est jamais arrivé. Pas dans les indésirables non plus.

Merci de votre aide,
Damien Joly
Lycée Henri-Parriat, Montceau – 0712105C
"""),
     label=L("missing_noreply_mail", True, "0712105C", "bourgogne-franche-comte", "espace_acheteur", True, "fr",
             "Contrast: the activation mail did arrive, the password-setting mail did not: still missing_noreply_mail, not password_reset."))

# --------------------------------------------------------------------------
# head_of_establishment_request
# --------------------------------------------------------------------------

mail(date="2025-09-03 17:05", client="outlook",
     frm=("Collège Alfred-Manessier", "ce.0801121J@ac-amiens.fr"),
     subject="Changement d'adresse de contact - compte administrateur e-sidoc",
     body=T("""
Madame, Monsieur,

En ma qualité de principal faisant fonction du collège Alfred-Manessier de Rue depuis le 1er septembre, Mme la principale étant en congé de longue durée, je vous demande de bien vouloir remplacer l'adresse de contact du compte administrateur de notre portail e-sidoc.

L'adresse actuelle est celle de l'ancienne documentaliste, partie à la retraite. La nouvelle adresse à enregistrer est celle de Mme Agathe Roussel, professeure documentaliste : agathe.roussel@ac-amiens.fr.

Je vous remercie par avance.

Sébastien Maréchal
Principal adjoint, faisant fonction de principal
"""),
     label=L("head_of_establishment_request", False, "0801121J", "hauts-de-france", "esidoc", True, "fr",
             "An interim head ('principal adjoint faisant fonction de principal') writes from the ce.<UAI>@ac-amiens.fr address to change the admin contact address: a head-of-establishment request for the staff queue."))

mail(date="2025-09-02 09:28", client="zimbra",
     frm=("Hélène Walter", "helene.walter@ac-strasbourg.fr"),
     subject="Désignation d'un nouvel administrateur - Espace Acheteur",
     body=T("""
Bonjour,

Nommée proviseure du lycée Louis-Couffignal au 1er septembre, je vous
informe que M. Patrick Hoffmann, gestionnaire, est désormais
l'administrateur de notre structure sur l'Espace Acheteur, en
remplacement de Mme Schaeffer, partie à la retraite.

Merci de transférer les droits d'administration à M. Hoffmann
(patrick.hoffmann@ac-strasbourg.fr) et de désactiver l'accès de
Mme Schaeffer.

Cordialement,

Hélène Walter
Proviseure
Lycée Louis-Couffignal – Strasbourg
UAI 0671953J
"""),
     label=L("head_of_establishment_request", False, "0671953J", "grand-est", "espace_acheteur", False, "fr",
             "A newly appointed proviseure designates the new structure administrator and asks to close the retired predecessor's access; UAI in the signature."))

mail(date="2025-08-29 14:12", client="thunderbird",
     frm=("École élémentaire Jean-Jaurès", "ce.0591385K@ac-lille.fr"),
     subject="Autorisation de commande - abonnement BCD 2025-2026",
     body=T("""
Bonjour,

Je soussignée, Mme Françoise Dewaele, directrice de l'école élémentaire
Jean-Jaurès de Wattrelos, autorise Mme Claire Lepers, enseignante chargée
de la BCD, à passer la commande de l'abonnement au portail pour l'année
scolaire 2025-2026 au nom de l'école.

Le financement est assuré par la coopérative scolaire et la subvention
municipale.

Cordialement,

F. Dewaele
Directrice
"""),
     label=L("head_of_establishment_request", False, "0591385K", "hauts-de-france", "esidoc", False, "fr",
             "A primary-school directrice authorises, from the ce.<UAI> address, a teacher to place the subscription order: head's written authorisation."))

mail(date="2025-09-03 12:40", client="iphone",
     frm=("Denis Kieffer", "denis.kieffer@ac-strasbourg.fr"),
     subject="Re: Réinitialisation mot de passe portail CDI",
     irt="<9F3C2A61-0B7E-4C1D-9E55-0A2B7F1D3C88@ac-strasbourg.fr>",
     body=T("""
Bonjour,

Je confirme la demande de Mme Lorrain ci-dessous et vous autorise à réinitialiser le mot de passe administrateur du portail, le lien pouvant être envoyé à l'adresse de l'établissement.

D. Kieffer
Proviseur

Envoyé de mon iPhone

> Le 3 sept. 2025 à 10:12, Anne Lorrain <anne.lorrain@ac-strasbourg.fr> a écrit :
>
> Bonjour,
>
> Je suis la nouvelle documentaliste du lycée Théodore-Deck de Guebwiller (UAI 0681736T) et personne ne connaît le mot de passe d'administration du portail e-sidoc. M. le proviseur est en copie et pourra confirmer.
>
> Cordialement,
> Anne Lorrain
"""),
     label=L("head_of_establishment_request", False, "0681736T", "grand-est", "esidoc", False, "fr",
             "The proviseur confirms from his phone, quoting his librarian's request (Apple quote style, UAI only in the quoted part), that the reset may be done. Personal academic address, not the ce. one."))

mail(date="2025-09-01 16:20", client="outlook",
     frm=("Collège du Val d'Ornain", "ce.0553311A@ac-nancy-metz.fr"),
     subject="Fusion des collèges - compte e-sidoc",
     body=T("""
Bonjour,

Le collège Les Avrils (UAI 0552458Y) a fermé au 31 août et ses élèves ont rejoint notre établissement, le collège du Val d'Ornain (UAI 0553311A), dont j'assure la direction.

Je vous demande de réinitialiser le mot de passe du compte administrateur e-sidoc du collège du Val d'Ornain et d'enregistrer comme adresse de contact celle de l'établissement (celle d'où je vous écris). La documentaliste, Mme Collignon, reprendra ensuite la gestion.

Cordialement,

Laure Poirson
Principale
"""),
     label=L("head_of_establishment_request", False, "0553311A", "grand-est", "esidoc", True, "fr",
             "The principal, from the ce.<UAI> address, asks for an admin password reset and a new contact address after a merger. Two UAIs: the closed collège 0552458Y and the receiving one 0553311A, which the request is about.",
             other_uai=["0552458Y"]))

mail(date="2025-09-07 22:41", client="thunderbird", auth="fail",
     host="vps-4421.hebergeur-low-cost.example.fr",
     frm=("Principal - Collège Pablo-Neruda", "ce.0592497U@ac-lille.fr"),
     reply_to="principal.neruda.college@messagerie-rapide.example.fr",
     subject="URGENT - changement des adresses administrateur",
     body=T("""
Bonjour,

Je suis le principal du collège Pablo-Neruda. Suite à un problème sur
la messagerie académique, merci de basculer EN URGENCE l'adresse de
contact de nos deux comptes administrateur (portail e-sidoc et Espace
Acheteur) vers : principal.neruda.college@messagerie-rapide.example.fr

et de m'envoyer les nouveaux mots de passe à cette même adresse. Je
compte sur votre réactivité, des commandes sont en attente.

Le Principal
"""),
     label=L("head_of_establishment_request", False, "0592497U", "hauts-de-france", None, True, "fr",
             "Claims to be the principal from the ce.<UAI> address, but SPF and DMARC fail, Reply-To is a free-mail address, and it asks to move both admin accounts and send passwords there: a probable spoof. Still a head-of-establishment request for the queue, where staff should refuse it. Mentions e-sidoc and the Espace Acheteur, so no single platform."))

mail(date="2025-09-04 13:33", client="outlook", o365=True, lang="en",
     frm=("Catherine Doyle", "head@european-school-strasbourg.example.fr"),
     subject="New library administrator - e-sidoc",
     body=T("""
Dear colleagues,

As Head of the European School of Strasbourg (school code 0673398E), I am writing to designate our new librarian, Mr Julien Arnaud, as administrator of our e-sidoc portal from 1 September 2025. He replaces Ms Ingrid Novak, who left the school in July.

Please transfer the administrator contact to julien.arnaud@european-school-strasbourg.example.fr and remove Ms Novak's access.

Yours sincerely,

Catherine Doyle
Head of School
"""),
     label=L("head_of_establishment_request", False, "0673398E", "grand-est", "esidoc", False, "en",
             "English; the head of school names a new administrator and asks to remove the former librarian's access."))

mail(date="2025-09-05 09:02", client="outlook", html_only=True,
     frm=("Jean-Luc Bertin", "jean-luc.bertin@ac-dijon.fr"),
     subject="Délégation pour la validation des commandes",
     attach=[("Delegation_signature_2025.pdf", "application/pdf", fake_pdf("Delegation"))],
     body=T("""
Madame, Monsieur,

Je vous prie de trouver ci-joint la délégation de signature que j'ai établie pour l'année scolaire 2025-2026.

À compter de ce jour, Mme Valérie Chevalier, adjointe gestionnaire, est autorisée à valider en mon nom les commandes de l'établissement sur l'Espace Acheteur, dans la limite de 4 000 € HT par commande.

Je vous remercie d'en prendre note.

Jean-Luc Bertin
Le Principal
Collège Marie-Noël – Auxerre
0892360G
"""),
     label=L("head_of_establishment_request", False, "0892360G", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
             "HTML-only Outlook letter with a PDF: the principal delegates order validation to his deputy gestionnaire. UAI only in the signature."))

mail(date="2025-09-08 08:20", client="zimbra",
     frm=("Lycée Camille-Claudel - Direction", "ce.0101190P@ac-reims.fr"),
     subject="Nouvelle administratrice du portail documentaire",
     body=T("""
Bonjour,

Je vous informe que Mme Mathilde Varin, professeure documentaliste
arrivée à la rentrée, remplace M. Cordier comme administratrice du
portail e-sidoc du lycée Camille-Claudel (UAI 0101190R).

Merci de modifier le compte administrateur en conséquence et de
supprimer les accès de M. Cordier, muté dans une autre académie.

Bien cordialement,

Olivier Lambert
Proviseur
"""),
     label=L("head_of_establishment_request", False, "0101190P", "grand-est", "esidoc", True, "fr",
             "The body gives 0101190R (wrong check letter) but the sender address ce.0101190P@ac-reims.fr carries the valid UAI, which is the label. The proviseur asks for a change of administrator.",
             bad_uai=["0101190R"]))

mail(date="2025-09-01 08:05", client="thunderbird",
     frm=("Franck Delcourt", "franck.delcourt@ac-amiens.fr"),
     subject="Mot de passe administrateur du portail",
     body=T("""
Bonjour,

Je suis le nouveau proviseur du lycée Félix-Faure de Beauvais (UAI
0602863L) depuis ce matin. Personne dans l'établissement ne dispose du
mot de passe administrateur du portail e-sidoc, la documentaliste ayant
été mutée.

Je vous demande de le réinitialiser et d'envoyer le lien sur l'adresse
officielle de l'établissement, ce.0602863L@ac-amiens.fr, que je consulte
moi-même.

Cordialement,
Franck Delcourt
Proviseur
"""),
     label=L("head_of_establishment_request", False, "0602863L", "hauts-de-france", "esidoc", True, "fr",
             "Looks like password_reset, but it is the newly arrived proviseur asking in writing for the admin password reset: a head-of-establishment request (staff check), written from his personal academic address."))

mail(date="2025-08-25 11:47", client="apple",
     frm=("Frère Antoine Mercier", "direction@lycee-saint-remi-reims.example.fr"),
     subject="Fermeture immédiate d'un accès",
     body=T("""
Bonjour,

Je dirige le lycée privé Saint-Remi à Reims (UAI 0512716A). Notre
ancienne documentaliste nous a quittés fin juin dans des conditions
difficiles, et j'apprends qu'elle aurait encore accès à l'administration
de notre portail e-sidoc.

Je vous demande, en tant que chef d'établissement, de fermer son accès
sans attendre. La nouvelle documentaliste arrive le 1er septembre ; je
vous communiquerai son adresse à ce moment-là.

Merci de me confirmer la fermeture.

Antoine Mercier
Directeur
"""),
     label=L("head_of_establishment_request", False, "0512716A", "grand-est", "esidoc", False, "fr",
             "The director of a private lycée asks, as head, to close a departed librarian's admin access at once (Apple Mail)."))

mail(date="2025-09-05 15:16", client="outlook",
     frm=("Collège Jean-Rostand - Direction", "ce.0573177U@ac-nancy-metz.fr"),
     subject="RE: [#SUP-008341] Changement d'administrateur Espace Acheteur",
     irt="<SUP-008341.1757000400.e2c419@assistance.example.fr>",
     body=T("""
Bonjour,

Suite à votre message, je vous confirme par écrit, en qualité de principale adjointe faisant fonction de principale jusqu'à la nomination du nouveau chef d'établissement, que M. Karim Benali, gestionnaire arrivé à la rentrée, doit devenir l'administrateur de notre structure sur l'Espace Acheteur à la place de Mme Klein.

Merci de procéder au changement.

Cordialement,
Nathalie Simon
Principale adjointe f.f.
Collège Jean-Rostand, Thionville

De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 4 septembre 2025 17:40
À : Karim Benali <karim.benali@ac-nancy-metz.fr>
Objet : [#SUP-008341] Changement d'administrateur Espace Acheteur

Bonjour,

Le changement d'administrateur d'une structure ne peut être effectué que sur demande écrite du chef d'établissement. Merci de nous la faire parvenir, idéalement depuis l'adresse officielle de l'établissement.

Cordialement,
L'équipe d'assistance
"""),
     label=L("head_of_establishment_request", False, "0573177U", "grand-est", "espace_acheteur", False, "fr",
             "Reply in the thread (Outlook quote) where the interim head ('principale adjointe f.f.') gives the written request the desk asked for, from the ce.<UAI> address."))

mail(date="2025-09-09 10:30", client="thunderbird",
     frm=("Pierre-Yves Cuenot", "pierre-yves.cuenot@ac-besancon.fr"),
     subject="Lycée Édouard-Belin devenu lycée des Métiers de Vesoul - administrateur",
     body=T("""
Bonjour,

Notre établissement change de nom à cette rentrée (le lycée Édouard-Belin
devient le « lycée des Métiers de Vesoul », même UAI : 0702868M). Profitant
de ce changement, je vous demande, en tant que proviseur, de transférer
les droits d'administrateur de l'Espace Acheteur de Mme Roy, partie à la
retraite, à M. Frédéric Grosjean, notre nouveau gestionnaire
(frederic.grosjean@ac-besancon.fr).

Bien à vous,
P.-Y. Cuenot
Proviseur
"""),
     label=L("head_of_establishment_request", False, "0702868M", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
             "The proviseur of a renamed lycée (same UAI) asks to transfer the structure administrator rights to the new gestionnaire."))

mail(date="2025-08-28 15:55", client="thunderbird", charset="iso-8859-1", cte="qp", tb_old=True,
     frm=("Bernard Massé", "bernard.masse@ac-dijon.fr"),
     subject="Autorisation - bon de commande 2025-117",
     body=T("""
Madame, Monsieur,

Je soussigné, Bernard Massé, principal du collège Gaston-Roupnel de
Dijon (UAI 0211589N), autorise Mme Sylvie Noirot, gestionnaire, à valider
le bon de commande n° 2025-117 (renouvellement des abonnements du CDI)
sur l'Espace Acheteur.

Fait à Dijon, le 28 août 2025.

B. Massé
Principal
"""),
     label=L("head_of_establishment_request", False, "0211589N", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
             "The principal authorises the gestionnaire to validate a purchase order; ISO-8859-1 quoted-printable body from an old Thunderbird."))

# --------------------------------------------------------------------------
# mailinblack_spam
# --------------------------------------------------------------------------

mail(date="2025-09-02 11:37", client="zimbra",
     frm=("Christelle Bouchez", "christelle.bouchez@ac-lille.fr"),
     subject="Vos messages bloqués par MailInBlack",
     body=T("""
Bonjour,

Depuis la rentrée, tous les messages automatiques de l'Espace Acheteur
(activation, mot de passe) sont retenus par MailInBlack sur les boîtes
du collège. Je les vois passer dans le récapitulatif mais je ne peux pas
les débloquer moi-même.

Que faut-il faire exactement ?

Christelle Bouchez
Collège Jean-Jaurès, Lumbres – 0621371D
"""),
     label=L("mailinblack_spam", True, "0621371D", "hauts-de-france", "espace_acheteur", False, "fr",
             "Platform mails held by MailInBlack since la rentrée: the allow-list guide answers."))

mail(date="2025-09-04 10:05", client="zimbra",
     frm=("Arnaud Perrin", "arnaud.perrin@ac-nancy-metz.fr"),
     subject="Messages en attente d'authentification",
     body=T("""
Bonjour,

Notre informaticien a mis en place cet été un système qui, quand un
expéditeur inconnu nous écrit, lui renvoie un message lui demandant de
prouver qu'il est humain (cliquer sur un lien, recopier des caractères).
Tant que ce n'est pas fait, le message reste « en attente
d'authentification ».

Vos mails d'activation sont évidemment envoyés par un robot et ne
passent donc jamais. Comment faire ?

Arnaud Perrin
Collège Gérard-Philipe, Remiremont – 0883151X
"""),
     label=L("mailinblack_spam", False, "0883151X", "grand-est", None, True, "fr",
             "The sender-authentication challenge is described (prove you are human, messages 'en attente d'authentification') without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person should check before sending the guide. No platform named."))

mail(date="2025-09-05 14:50", client="outlook", o365=True, lang="en",
     frm=("Daniel Brooks", "it@lycee-kleber-intl.example.fr"),
     subject="MailinBlack quarantine - your activation emails",
     body=T("""
Hi,

Our school switched to MailinBlack over the summer and your activation emails are landing in its quarantine, so the new staff never see them. I can release them one by one, but I'd rather whitelist you properly.

Which sender addresses or domains should I add?

Thanks,
Daniel Brooks
IT, Lycée Kléber international section – 0681999D
"""),
     label=L("mailinblack_spam", True, "0681999D", "grand-est", None, False, "en",
             "English; MailinBlack quarantine holds the activation mails; asks which senders to allow. No platform named."))

mail(date="2025-09-06 08:58", client="android",
     frm=("Guillaume Lefort", "guillaume.lefort@ac-amiens.fr"),
     subject="bloqué",
     body=T("""
bonjour nos mails de votre site sont bloqués par mail in black, comment on fait pour les recevoir ? merci
G Lefort

Envoyé de mon appareil Galaxy
"""),
     label=L("mailinblack_spam", True, None, "hauts-de-france", None, False, "fr",
             "One line from a phone, product spelled 'mail in black'; no UAI, region from ac-amiens.fr; no platform named."))

mail(date="2025-09-03 09:12", client="outlook", nowrap=True,
     frm=("Nicolas Marx", "nicolas.marx@ac-nancy-metz.fr"),
     subject="TR: Mailinblack - Vos messages en attente (3)",
     body=T("""
Bonjour,

Voici ce que je reçois chaque matin depuis la rentrée. Les deux premiers viennent de chez vous, je suppose ? Faut-il que je les libère à chaque fois, ou pouvez-vous faire quelque chose ?

Nicolas Marx
Collège Paul-Valéry, Sarreguemines
UAI 0572751F

De : Mailinblack <notification@mailinblack.example.fr>
Envoyé : mercredi 3 septembre 2025 07:00
À : Nicolas Marx <nicolas.marx@ac-nancy-metz.fr>
Objet : Mailinblack - Vos messages en attente (3)

Vous avez 3 message(s) en attente de validation.

no-reply@espace-acheteur.example.fr - Activez votre compte - 02/09/2025 16:41
no-reply@espace-acheteur.example.fr - Définissez votre mot de passe - 02/09/2025 16:52
promo@super-offres.example.fr - Derniers jours : -70 % - 02/09/2025 21:13

Pour libérer un message, connectez-vous à votre espace Mailinblack.
"""),
     label=L("mailinblack_spam", True, "0572751F", "grand-est", "espace_acheteur", False, "fr",
             "A person forwards the daily MailInBlack pending-messages digest: the forwarded part is machine text, the outer message is a real question."))

mail(date="2025-09-09 11:20", client="thunderbird",
     frm=("Agnès Simonot", "agnes.simonot@ac-dijon.fr"),
     subject="MailInBlack + compte pour ma collègue",
     body=T("""
Bonjour,

1. Vos mails d'activation sont bloqués chez nous par MailInBlack
(installé par la mairie cet été) : qui doit-on autoriser ?

2. Ma collègue, arrivée ce mois-ci, voudrait aussi un accès à l'Espace
Acheteur pour préparer les commandes. Doit-elle créer son propre compte
ou utiliser le mien ? Qui est l'administrateur de notre structure ?
(je ne l'ai jamais su)

Merci !
Agnès Simonot
Lycée Hippolyte-Fontaine, Dijon – 0211299Y
"""),
     label=L("mailinblack_spam", False, "0211299Y", "bourgogne-franche-comte", "espace_acheteur", True, "fr",
             "Two topics: activation mails blocked by MailInBlack (first, main) and an account for a colleague / who is the structure's administrator (account_creation)."))

mail(date="2025-08-27 16:04", client="outlook", o365=True,
     frm=("Service informatique - Mairie de Vesoul", "informatique@mairie-vesoul.example.fr"),
     subject="Liste blanche MailInBlack pour les écoles",
     body=T("""
Bonjour,

Le service informatique de la ville gère les messageries des écoles primaires de la commune. Nous avons déployé MailInBlack cet été et plusieurs directeurs nous signalent que les notifications de l'Espace Acheteur n'arrivent plus.

Pouvez-vous nous communiquer les adresses et/ou domaines d'envoi à ajouter en liste blanche ? Si vous avez une documentation toute prête, elle nous convient.

Cordialement,
Yves Chauvin
Service informatique – Ville de Vesoul
"""),
     label=L("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
             "A town's IT department, which runs the primary schools' mail, deployed MailInBlack and asks which senders to allow-list. No UAI, non-academic sender: no region."))

mail(date="2025-09-02 10:41", client="outlook", o365=True, html_only=True,
     frm=("Sandrine Delannoy", "s.delannoy@institution-notredame-cambrai.example.fr"),
     subject="Messages retenus - Mailinblack Protect",
     body=T("""
Bonjour,

J'ai déjà regardé dans les courriers indésirables, ce n'est pas là : c'est Mailinblack Protect qui retient vos messages (je les vois dans mon espace « Messages en attente »). Notre prestataire me dit qu'il faut que vous soyez « identifié » comme expéditeur légitime.

Comment procède-t-on ?

Sandrine Delannoy
Gestionnaire
Institution Notre-Dame, Cambrai
0592097J
"""),
     label=L("mailinblack_spam", True, "0592097J", "hauts-de-france", None, False, "fr",
             "HTML-only Outlook message; checked the junk folder too, but 'Mailinblack Protect' is named and holds the mails: mailinblack_spam. No platform named."))

mail(date="2025-09-04 14:03", client="zimbra",
     frm=("Patricia Vuillemin", "patricia.vuillemin@ac-besancon.fr"),
     subject="Re: [#SUP-008262] Pas reçu le mail de mot de passe",
     irt="<SUP-008262.1756822800.5a70b3@assistance.example.fr>",
     body=T("""
Bonjour,

Rien dans les indésirables, comme vous le suggériez. En revanche notre
technicien vient de trouver l'explication : le mail est bloqué par
MailInBlack, installé sur les boîtes du collège pendant l'été.

Vous aviez évoqué une procédure pour ce cas, pouvez-vous me l'envoyer ?

Patricia Vuillemin
Collège Pasteur, Lons-le-Saunier – 0391080M

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Patricia Vuillemin" <patricia.vuillemin@ac-besancon.fr>
Envoyé: Mardi 2 Septembre 2025 16:20:00
Objet: [#SUP-008262] Pas reçu le mail de mot de passe

Bonjour,

Les messages de la plateforme partent d'une adresse no-reply et sont
parfois classés en courrier indésirable. Merci de vérifier ce dossier et
de marquer le message comme légitime. Si votre établissement utilise un
filtre comme MailInBlack, dites-le-nous : une procédure spécifique
existe.

Cordialement,
L'équipe d'assistance
"""),
     label=L("mailinblack_spam", True, "0391080M", "bourgogne-franche-comte", None, False, "fr",
             "Reply quoting the junk-folder answer (Zimbra quote): the technician found MailInBlack blocking; the MailInBlack guide is now the right answer."))

mail(date="2025-09-08 09:37", client="roundcube",
     frm=("Sébastien Noël", "sebastien.noel@ac-reims.fr"),
     subject="Domaines / IP à autoriser dans MailInBlack",
     body=T("""
Bonjour,

Inutile de m'expliquer la procédure des indésirables, je suis
l'administrateur réseau du lycée : c'est notre MailInBlack qui retient
vos messages, pas le client de messagerie.

Donnez-moi simplement les domaines d'envoi (et les IP si vous les avez)
pour que je crée une règle d'autorisation.

S. Noël
Lycée Chrestien-de-Troyes – 0101101T
"""),
     label=L("mailinblack_spam", True, "0101101T", "grand-est", None, True, "fr",
             "Contrast: the network administrator rules out the junk folder and names MailInBlack; asks for sending domains/IPs. No platform named."))

mail(date="2025-08-25 09:15", client="thunderbird",
     frm=("Collège Saint-Exupéry", "ce.0712941L@ac-dijon.fr"),
     subject="Mails restés en attente dans Mailinblack pendant l'été",
     body=T("""
Bonjour,

Nous avons fait notre inscription à l'Espace Acheteur début juillet. À la
reprise, nous découvrons que vos messages étaient « en attente de
validation » dans Mailinblack pendant tout l'été et qu'ils ont été
supprimés automatiquement au bout de 30 jours.

Comment faire pour que cela ne se reproduise pas, et pour finir
l'inscription ?

Le secrétariat de gestion
Collège Saint-Exupéry, Chalon-sur-Saône
"""),
     label=L("mailinblack_spam", True, "0712941L", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
             "Messages held 'en attente de validation' in Mailinblack all summer and purged; UAI only in the ce.<UAI>@ac-dijon.fr sender. The allow-list guide answers."))

mail(date="2025-09-10 12:12", client="thunderbird",
     frm=("Frédérique Monnier", "frederique.monnier@ac-besancon.fr"),
     subject="Mailinblack bloque vos envois",
     body=T("""
Bonjour,

Nos boîtes sont protégées par Mailinblack depuis la rentrée et vos
messages d'activation restent bloqués. Notre UAI est le 0252048T, si cela
peut vous aider à retrouver notre compte.

Merci de m'indiquer les adresses à autoriser.

Frédérique Monnier
Lycée Jules-Haag, Besançon
"""),
     label=L("mailinblack_spam", True, None, "bourgogne-franche-comte", None, True, "fr",
             "UAI typed 0252048T: wrong check letter (the digits give 0252048R), so no UAI; region from the ac-besancon.fr sender. Otherwise a plain MailInBlack case; no platform named.",
             bad_uai=["0252048T"]))

# --------------------------------------------------------------------------
# order_billing
# --------------------------------------------------------------------------

mail(date="2025-08-26 10:55", client="zimbra",
     frm=("Nathalie Boucher", "nathalie.boucher@ac-amiens.fr"),
     subject="Demande de devis - renouvellement 2025-2026",
     body=T("""
Bonjour,

Pourriez-vous m'établir un devis pour le renouvellement de nos
abonnements e-sidoc pour l'année 2025-2026 (mêmes ressources que l'an
dernier) ? L'agent comptable exige un devis signé pour établir le bon
d'engagement, et le conseil d'administration vote le budget fin
septembre.

Collège Jules-Verne, Péronne – UAI 0801507D

Merci d'avance,
Nathalie Boucher, gestionnaire
"""),
     label=L("order_billing", False, "0801507D", "hauts-de-france", "esidoc", False, "fr",
             "Asks for a formal quote for the renewal, needed for the bon d'engagement."))

mail(date="2025-09-04 15:31", client="outlook",
     frm=("Marc Lecoeuvre", "marc.lecoeuvre@ac-lille.fr"),
     subject="Facture au nom de l'ancien collège",
     body=T("""
Bonjour,

Nous avons reçu ce matin la facture des abonnements 2025-2026, mais elle est libellée au nom du « collège Roger-Salengro », qui n'existe plus : depuis la fusion du 1er septembre, nous sommes le « collège des Sept-Vallées » (UAI 0623257D, nouveau SIRET 200 000 000 00017).

L'agence comptable refuse de la mettre en paiement en l'état. Pouvez-vous nous envoyer une facture rectifiée ?

Merci,

Marc Lecoeuvre
Adjoint gestionnaire
"""),
     label=L("order_billing", False, "0623257D", "hauts-de-france", "esidoc", False, "fr",
             "Invoice issued to the name of a school that merged; asks for a corrected invoice with the new name and SIRET."))

mail(date="2025-09-10 09:18", client="zimbra",
     frm=("Sylvain Marchetti", "sylvain.marchetti@ac-nancy-metz.fr"),
     subject="Facture rejetée par Chorus Pro - code service",
     body=T("""
Bonjour,

Nouveau gestionnaire au lycée Chopin de Nancy, je découvre
qu'une facture de la centrale d'achat (n° CA-2025-04410) a été rejetée
dans Chorus Pro au motif « code service absent ou erroné ».

Le code service à utiliser pour notre établissement est GEST-0542525B.
Pouvez-vous redéposer la facture avec ce code ?

Merci,
Sylvain Marchetti
Lycée Chopin, Nancy
"""),
     label=L("order_billing", False, "0542525B", "grand-est", "espace_acheteur", True, "fr",
             "Invoice rejected in Chorus Pro for a missing service code; the UAI appears only inside the service code 'GEST-0542525B'."))

mail(date="2025-09-08 13:44", client="thunderbird",
     frm=("Delphine Collet", "delphine.collet@ac-nancy-metz.fr"),
     subject="Facture en double et document de marché manquant",
     body=T("""
Bonjour,

Nous avons reçu deux fois la même facture (n° CA-2025-03987, 1 240 €
TTC), l'une par courrier et l'autre dans Chorus. Merci d'annuler le
doublon, nous ne paierons évidemment qu'une fois.

Autre chose, moins urgent : le bordereau de prix du marché « mobilier de
CDI » ne s'ouvre pas dans Mes Marchés.

Delphine Collet
Gestionnaire, collège Jules-Ferry, Saint-Dié – 0883027M
"""),
     label=L("order_billing", False, "0883027M", "grand-est", "espace_acheteur", True, "fr",
             "Two topics: a duplicated invoice to cancel (first, main) and a market document that does not open (contract_documents)."))

mail(date="2025-09-02 11:11", client="outlook",
     frm=("Josiane Bouvier", "josiane.bouvier@ac-besancon.fr"),
     subject="Règlement par mandat administratif - RIB",
     body=T("""
Bonjour,

Nous réglons nos factures par mandat administratif. L'agence comptable a besoin de votre RIB à jour pour créer le tiers dans notre logiciel comptable (nouvel exercice, nouvelle agence comptable depuis la rentrée).

Pouvez-vous me le transmettre ?

Cordialement,

Josiane Bouvier
Secrétaire d'intendance
Lycée Victor-Bérard, Morez – 0391317V
"""),
     label=L("order_billing", False, "0391317V", "bourgogne-franche-comte", None, False, "fr",
             "Payment by mandat administratif: asks for bank details for the new accounting office. No platform named."))

mail(date="2025-09-03 10:22", client="outlook", o365=True, lang="en",
     frm=("Peter Lindqvist", "bursar@ecole-internationale-lille.example.fr"),
     subject="Invoice address for 2025-26",
     body=T("""
Hello,

From this school year our invoices must be addressed to the accounting office (Agence comptable) rather than to the school's library, as was the case last year. Could you update the billing address for our e-sidoc subscriptions accordingly?

Billing address:
Agence comptable - École internationale de Lille
12 rue de l'Exemple, 59000 Lille

Many thanks,
Peter Lindqvist
Bursar
"""),
     label=L("order_billing", False, None, None, "esidoc", False, "en",
             "English; asks to change the billing address to the accounting office. No UAI, non-academic sender: no region."))

mail(date="2025-08-27 09:07", client="thunderbird",
     frm=("Sophie Renard", "sophie.renard@ac-reims.fr"),
     subject="Panier disparu",
     body=T("""
Bonjour,

Avant les vacances, j'avais préparé un panier avec les ressources à
renouveler pour la rentrée (une bonne heure de travail). Je me reconnecte
aujourd'hui : le panier est vide. Est-il possible de le récupérer ?

Sophie Renard
Lycée Jean-Jaurès, Reims – 0512758W
"""),
     label=L("order_billing", False, "0512758W", "grand-est", "esidoc", False, "fr",
             "The basket prepared before the holidays is gone (baskets are kept for a limited time)."))

mail(date="2025-09-05 16:49", client="zimbra",
     frm=("Rachid Benamar", "rachid.benamar@ac-amiens.fr"),
     subject="Commande bloquée en attente de validation",
     body=T("""
Bonjour,

Notre commande de rentrée sur l'Espace Acheteur (bon n° 2025-031) est
bloquée au statut « en attente de validation » depuis le 28 août. Le valideur désigné est
l'ancienne gestionnaire, Mme Fabre, qui a quitté l'établissement en
juillet : elle ne validera donc jamais.

Comment débloquer la commande ? Les fournisseurs attendent.

Rachid Benamar
Gestionnaire – collège Anatole-France, Compiègne
0601879S
"""),
     label=L("order_billing", False, "0601879S", "hauts-de-france", "espace_acheteur", True, "fr",
             "Order stuck 'en attente de validation' because the designated validator left: an order-validation problem (the fix may need the head's designation, but the ask is the order)."))

mail(date="2025-09-09 14:26", client="thunderbird",
     frm=("Geneviève Pichon", "genevieve.pichon@ac-dijon.fr"),
     subject="Re: [#SUP-007604] Mot de passe perdu",
     irt="<SUP-007604.1748853000.02b7e1@assistance.example.fr>",
     body=T("""
Bonjour,

Je réutilise votre message de juin, le plus simple pour vous retrouver.
Cette fois c'est une question de facture : nous avons été facturés pour
Europresse alors que nous l'avions retiré du panier avant de valider
la commande. Pouvez-vous vérifier et émettre un avoir ?

Geneviève Pichon
Collège Claude-Tillier, Cosne-Cours-sur-Loire – 0582173X

Le 02/06/2025 à 10:30, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
> connue pour votre établissement (g***@ac-dijon.fr). Il est valable
> 12 heures.
>
> Cordialement,
> L'équipe d'assistance
"""),
     label=L("order_billing", False, "0582173X", "bourgogne-franche-comte", "esidoc", True, "fr",
             "Reply on an old password ticket (quoted); the new message clearly asks something else: an invoice line for a resource removed from the order, asks for a credit note."))

mail(date="2025-09-11 11:03", client="outlook", html_only=True, charset="windows-1252",
     frm=("Laetitia Grandjean", "laetitia.grandjean@ac-besancon.fr"),
     subject="Écart entre devis et facture",
     body=T("""
Bonjour,

La facture CA-2025-04522 reçue hier s'élève à 1 386,00 € TTC, alors que le devis signé en juin (D-2025-1177) annonçait 1 155,00 € TTC pour les mêmes ressources. L'écart correspond, je crois, à une hausse de tarif appliquée au 1er septembre.

Or la commande a été validée le 30 juin, au tarif du devis. Pouvez-vous nous adresser une facture conforme ?

Laetitia Grandjean
Gestionnaire – collège Jean-Macé, Lure
0701281M
"""),
     label=L("order_billing", False, "0701281M", "bourgogne-franche-comte", "esidoc", False, "fr",
             "HTML-only Outlook message in windows-1252 (euro sign): invoice amount differs from the signed quote."))

mail(date="2025-09-08 10:50", client="outlook",
     frm=("Christian Mougin", "christian.mougin@ac-besancon.fr"),
     subject="TR: Relance facture CA-2025-02218",
     body=T("""
Bonjour,

Je vous transfère la relance reçue par l'agence comptable. Cette facture a pourtant été réglée par mandat le 10 juillet (mandat n° 412, bordereau 37). Pouvez-vous vérifier de votre côté et annuler la relance ?

Christian Mougin
Agent comptable – Lycée Follereau, Belfort
0902395P

De : Centrale d'achat - Recouvrement <recouvrement@centrale-achat.example.fr>
Envoyé : vendredi 5 septembre 2025 08:00
À : Agence comptable <ac.follereau@ac-besancon.fr>
Objet : Relance facture CA-2025-02218

Madame, Monsieur,

Sauf erreur de notre part, la facture CA-2025-02218 du 12/06/2025 (842,40 € TTC) demeure impayée. Merci de procéder à son règlement ou de nous communiquer la référence du paiement.

Service recouvrement
"""),
     label=L("order_billing", False, "0902395P", "bourgogne-franche-comte", None, False, "fr",
             "Outlook forward ('TR:') of a payment reminder for an invoice already paid by mandat administratif. No platform named."))

# --------------------------------------------------------------------------
# account_creation
# --------------------------------------------------------------------------

mail(date="2025-08-25 14:18", client="zimbra",
     frm=("Mickaël Dhainaut", "mickael.dhainaut@ac-lille.fr"),
     subject="Comment créer un compte sur l'Espace Acheteur ?",
     body=T("""
Bonjour,

Je viens d'être nommé gestionnaire dans un collège de Valenciennes et je
n'ai jamais utilisé l'Espace Acheteur. Mon prédécesseur avait son propre
compte, qui a été fermé à son départ.

Comment dois-je procéder pour créer le mien ?

Merci,
Mickaël Dhainaut
"""),
     label=L("account_creation", True, None, "hauts-de-france", "espace_acheteur", False, "fr",
             "New gestionnaire asks how to create an Espace Acheteur account: the sign-up answer fits. No UAI, region from ac-lille.fr."))

mail(date="2025-09-04 09:09", client="thunderbird",
     frm=("Estelle Caron", "estelle.caron@ac-amiens.fr"),
     subject="Compte en attente de validation",
     body=T("""
Bonjour,

J'ai créé mon compte sur l'Espace Acheteur mardi. Quand j'essaie de me
connecter, un message m'indique que mon compte est « en attente de
validation par l'administrateur de la structure ».

Combien de temps cela prend-il en général ? Puis-je faire quelque chose
pour accélérer ?

Estelle Caron
Collège Gaston-Vasseur, Amiens – 0803316V
"""),
     label=L("account_creation", True, "0803316V", "hauts-de-france", "espace_acheteur", False, "fr",
             "Account waiting for validation by the structure administrator two days after sign-up (FAQ case)."))

mail(date="2025-09-02 14:36", client="outlook",
     frm=("Bruno Gillet", "bruno.gillet@ac-reims.fr"),
     subject="Qui est l'administrateur de notre structure ?",
     body=T("""
Bonjour,

Pour valider mon inscription sur l'Espace Acheteur, on me dit qu'il faut l'accord de « l'administrateur de la structure ». Personne au collège ne sait de qui il s'agit : l'ancienne équipe de direction est entièrement partie cet été.

Pouvez-vous me dire qui est enregistré comme administrateur pour notre établissement ?

Bruno Gillet
Gestionnaire – collège Le Lac, Sedan
UAI 0082193R
"""),
     label=L("account_creation", False, "0082193R", "grand-est", "espace_acheteur", False, "fr",
             "Asks who the structure's administrator is after the whole team left: a look-up, so a person answers."))

mail(date="2025-09-01 13:13", client="zimbra",
     frm=("Florence Meyer", "florence.meyer@ac-strasbourg.fr"),
     subject="Pas de mot de passe perdu : je n'ai pas de compte",
     body=T("""
Bonjour,

Le collègue qui m'a précédée m'a dit « tu n'as qu'à faire mot de passe
oublié ». Mais je n'ai pas oublié de mot de passe : je n'ai jamais eu de
compte sur l'Espace Acheteur ! La fonction me répond d'ailleurs
« adresse inconnue ».

Comment ouvrir un compte à mon nom ?

Florence Meyer
Collège Charles-Walch, Thann – 0682626K
"""),
     label=L("account_creation", True, "0682626K", "grand-est", "espace_acheteur", True, "fr",
             "Negation: she has not lost a password, she never had an account: account_creation, not password_reset."))

mail(date="2025-09-08 15:02", client="outlook",
     frm=("Jérémy Baumann", "jeremy.baumann@ac-besancon.fr"),
     subject="Droits de validation des commandes",
     body=T("""
Bonjour,

Mon compte Espace Acheteur fonctionne : je vois les marchés et je peux préparer un panier. En revanche je ne peux pas valider de commande, le bouton est grisé.

Comme je suis désormais le gestionnaire titulaire de l'établissement, pouvez-vous m'ouvrir les droits de validation ?

Jérémy Baumann
Collège Signoret, Belfort – 0902825G
"""),
     label=L("account_creation", False, "0902825G", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
             "The account works; asks for order-validation rights to be opened: a person (with the structure administrator) answers."))

mail(date="2025-08-28 11:48", client="thunderbird",
     frm=("Aline Dufour", "aline.dufour@ac-amiens.fr"),
     subject="Notre établissement n'apparaît pas dans la liste",
     body=T("""
Bonjour,

Notre cité scolaire a ouvert au 1er septembre (regroupement du collège et
du lycée de Clermont, nouvel UAI 0601352U). Quand je veux créer le compte
client, ce numéro n'existe pas dans la liste déroulante des
établissements, et les anciens numéros sont refusés car « structure
fermée ».

Comment faire ?

Aline Dufour
Gestionnaire
"""),
     label=L("account_creation", False, "0601352U", "hauts-de-france", "esidoc", True, "fr",
             "A merged establishment's new UAI is not yet in the list when opening the customer account: the FAQ sends these to the sales team, a person answers."))

mail(date="2025-09-03 12:01", client="outlook", lang="en",
     frm=("Sarah Mitchell", "sarah.mitchell@ac-strasbourg.fr"),
     subject="Second administrator account for e-sidoc",
     body=T("""
Hello,

We now have two teacher-librarians at our lycée (0671643X): myself and a new colleague who joined this September. Is it possible to create a second administrator account for her on our e-sidoc portal, so that we don't have to share one login?

Thank you,
Sarah Mitchell
"""),
     label=L("account_creation", False, "0671643X", "grand-est", "esidoc", False, "en",
             "English; asks whether a second administrator account can be created for a new colleague: a person answers."))

mail(date="2025-09-05 08:34", client="roundcube",
     frm=("Laurent Humbert", "laurent.humbert@ac-nancy-metz.fr"),
     subject="Validation de compte impossible - administratrice partie",
     body=T("""
Bonjour,

Mon inscription sur l'Espace Acheteur est « en attente de validation »
depuis le 26 août. Le problème : l'administratrice de notre structure,
Mme Petitjean, a pris sa retraite en juin et n'a désigné personne. Elle
ne validera donc jamais.

Qui peut débloquer mon compte ?

Laurent Humbert
Gestionnaire, collège Jules-Ferry, Lunéville – 0541211Y
"""),
     label=L("account_creation", False, "0541211Y", "grand-est", "espace_acheteur", True, "fr",
             "Account waiting for validation for ten days, but the structure administrator retired: the FAQ answer ('wait for your administrator') does not fit, the region must step in."))

mail(date="2025-09-10 14:22", client="outlook", html_only=True,
     frm=("Coralie Fernandes", "coralie.fernandes@ac-dijon.fr"),
     subject="Ouvrir le compte client avant une première commande",
     body=T("""
Bonjour,

Je suis la nouvelle documentaliste du collège Les Marcs-d'Or à Dijon (0213494J). Le collège n'a jamais commandé chez vous ; nous voudrions souscrire à deux ressources pour cette année.

J'ai compris qu'il fallait d'abord ouvrir un compte client : où se trouve le formulaire, et quelles informations faut-il préparer ?

Merci beaucoup,

Coralie Fernandes
"""),
     label=L("account_creation", True, "0213494J", "bourgogne-franche-comte", "esidoc", False, "fr",
             "HTML-only Outlook message: a new librarian wants to open the customer account before a first order; the standard answer fits."))

# --------------------------------------------------------------------------
# subscription_activation
# --------------------------------------------------------------------------

mail(date="2025-09-03 08:57", client="zimbra",
     frm=("Valérie Lenglet", "valerie.lenglet@ac-lille.fr"),
     subject="Europresse pas encore visible",
     body=T("""
Bonjour,

Nous avons commandé hier après-midi l'abonnement Europresse pour
2025-2026. Ce matin, la ressource n'apparaît pas encore dans le portail.
Est-ce normal ?

Valérie Lenglet
Lycée Mariette, Boulogne-sur-Mer – 0621888R
"""),
     label=L("subscription_activation", True, "0621888R", "hauts-de-france", "esidoc", False, "fr",
             "Europresse ordered yesterday, not visible yet: within the 72-hour window."))

mail(date="2025-09-10 10:06", client="outlook",
     frm=("Antoine Leroux", "antoine.leroux@ac-amiens.fr"),
     subject="Abonnement toujours inactif après deux semaines",
     body=T("""
Bonjour,

Notre commande de ressources numériques a été validée le 26 août. Deux semaines plus tard, les ressources sont toujours marquées « inactives » dans l'administration du portail et les élèves ne peuvent pas y accéder.

Pouvez-vous vérifier ce qui bloque ?

Antoine Leroux
Lycée Condorcet, Saint-Quentin – 0022617J
"""),
     label=L("subscription_activation", False, "0022617J", "hauts-de-france", "esidoc", False, "fr",
             "Order validated two weeks ago, resources still inactive: past the 72-hour rule, a person must look at the order."))

mail(date="2025-08-29 15:40", client="thunderbird",
     frm=("Julien Demange", "julien.demange@ac-reims.fr"),
     subject="Renouvellement affiché comme expiré",
     body=T("""
Bonjour,

J'ai renouvelé mercredi nos abonnements pour 2025-2026 (commande
validée le jour même). Dans « Mes abonnements », tout apparaît encore
« expiré au 31/08/2025 ». Faut-il attendre ou manque-t-il une étape de
mon côté ?

Julien Demange
Collège Diderot, Langres – 0521631R
"""),
     label=L("subscription_activation", True, "0521631R", "grand-est", "esidoc", False, "fr",
             "Renewal validated two days ago still shown as expired: within the 72-hour window."))

mail(date="2025-09-09 16:15", client="roundcube",
     frm=("Élise Pierrat", "elise.pierrat@ac-nancy-metz.fr"),
     subject="Publier une ressource pour les élèves",
     body=T("""
Bonjour,

L'abonnement à la BnF numérique jeunesse est actif (je le vois dans
l'administration), mais je ne sais pas comment le rendre visible sur la
page d'accueil du portail pour les élèves. Y a-t-il une manipulation
pour publier la ressource ?

Merci,
Élise Pierrat
Collège Maurice-Barrès, Charmes – 0881614B
"""),
     label=L("subscription_activation", True, "0881614B", "grand-est", "esidoc", False, "fr",
             "Active subscription, asks how to publish the resource for pupils: the publication answer fits."))

mail(date="2025-09-02 09:47", client="outlook",
     frm=("Collège Lumière - Direction", "ce.0251622C@ac-besancon.fr"),
     subject="Disponibilité de notre abonnement",
     body=T("""
Bonjour,

Je suis le principal du collège Lumière de Besançon. Notre gestionnaire a validé hier la commande de l'abonnement Universalis. Pouvez-vous simplement m'indiquer quand la ressource sera disponible pour les élèves ? Je souhaite l'annoncer aux professeurs lors du conseil pédagogique de jeudi.

Merci,

Emmanuel Roch
Principal
"""),
     label=L("subscription_activation", True, "0251622C", "bourgogne-franche-comte", "esidoc", True, "fr",
             "Written by the principal from the ce.<UAI> address, but he only asks when an ordered subscription will be available: not a head-of-establishment request."))

mail(date="2025-09-05 10:58", client="thunderbird",
     frm=("Yasmina Chérif", "yasmina.cherif@ac-nancy-metz.fr"),
     subject="Ressource absente du portail",
     body=T("""
Bonjour,

Je précise tout de suite : je n'ai aucun problème de mot de passe, je me
connecte sans souci à l'administration. Simplement, l'abonnement Cafeyn
commandé hier soir n'apparaît nulle part dans le portail.

Est-ce une question de délai ?

Yasmina Chérif
Collège Poincaré, Bar-le-Duc – 0551244D
"""),
     label=L("subscription_activation", True, "0551244D", "grand-est", "esidoc", True, "fr",
             "Negation: 'aucun problème de mot de passe', login works; the resource ordered last night is not visible yet."))

mail(date="2025-09-04 11:39", client="thunderbird",
     frm=("Raphaël Guillot", "raphael.guillot@ac-dijon.fr"),
     subject="Re: [#SUP-008197] Devis Lumni / Universalis",
     irt="<SUP-008197.1756720800.c4e6a9@assistance.example.fr>",
     body=T("""
Bonjour,

Suite à votre devis, la commande a été validée hier par l'intendance.
Quand les deux ressources seront-elles activées sur notre portail ?

Merci,
R. Guillot
Collège Saint-Cyr, Mâcon – 0712934D

Le 01/09/2025 à 12:00, Assistance a écrit :
> Bonjour,
>
> Veuillez trouver ci-joint le devis D-2025-1342 pour les ressources
> Lumni et Universalis (année 2025-2026). Une fois la commande validée
> sur votre espace, l'activation intervient sous 72 heures.
>
> Cordialement,
> L'équipe d'assistance
"""),
     label=L("subscription_activation", True, "0712934D", "bourgogne-franche-comte", "esidoc", True, "fr",
             "Reply on a quote ticket (order_billing, quoted): the new message asks when the order validated yesterday will be active, within the 72-hour window."))

mail(date="2025-09-09 09:25", client="outlook", lang="en",
     frm=("Oliver Grant", "oliver.grant@ac-strasbourg.fr"),
     subject="Subscription not showing yet",
     body=T("""
Hi,

We ordered the Britannica School subscription yesterday for the international section and it isn't showing on our portal yet. Is there a delay before it appears, or should I do something on my side?

Cheers,
Oliver Grant
Lycée européen, Strasbourg – 0672481H
"""),
     label=L("subscription_activation", True, "0672481H", "grand-est", "esidoc", False, "en",
             "English; subscription ordered yesterday, not visible yet: within the 72-hour window."))

mail(date="2025-08-28 13:31", client="outlook",
     frm=("Ghislaine Wattier", "ghislaine.wattier@ac-amiens.fr"),
     subject="Abonnements payés en juillet et toujours inactifs",
     body=T("""
Bonjour,

Nous avons commandé et payé nos abonnements le 8 juillet, juste avant la fermeture. À la reprise, aucun n'est actif : le portail affiche toujours « aucune ressource ». Les cours reprennent lundi.

Merci de regarder ce qui s'est passé.

Ghislaine Wattier
Collège Jean-Mermoz, Laon – 0023666Z
"""),
     label=L("subscription_activation", False, "0023666Z", "hauts-de-france", "esidoc", False, "fr",
             "Subscriptions ordered and paid in July, still inactive at la rentrée: well past the 72-hour rule, a person must check the order."))

# --------------------------------------------------------------------------
# transfer_incident
# --------------------------------------------------------------------------

mail(date="2025-09-02 08:16", client="outlook", o365=True,
     frm=("Thérèse Vanhoutte", "secretariat@college-sainte-odile-lille.example.fr"),
     subject="Transferts EcoleDirecte arrêtés depuis juillet",
     body=T("""
Bonjour,

En préparant la rentrée, je m'aperçois que le dernier transfert vers EcoleDirecte date du 4 juillet. Depuis, rien : les nouveaux élèves inscrits cet été n'apparaissent pas, et les familles ne peuvent pas se connecter.

L'outil de transfert indique « échec » sans plus de détail. Pouvez-vous nous aider ? La rentrée des élèves est demain.

Thérèse Vanhoutte
Secrétariat – Collège Sainte-Odile, Lille
"""),
     label=L("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
             "EcoleDirecte transfers stopped since July; new pupils missing the day before la rentrée."))

mail(date="2025-08-29 17:22", client="thunderbird",
     frm=("Joseph Wintzer", "informatique@episcopal-colmar.example.fr"),
     subject="Mot de passe de maintenance du jour",
     body=T("""
Bonjour,

Après la restauration de la base Charlemagne sur le nouveau serveur,
l'outil demande une réindexation, qui elle-même réclame le mot de passe
de maintenance du jour.

Pouvez-vous me le communiquer ? Établissement 0683863E.

Merci,
Joseph Wintzer
Informatique – Collège épiscopal, Colmar
"""),
     label=L("transfer_incident", False, "0683863E", "grand-est", "ecoledirecte", False, "fr",
             "Asks for 'le mot de passe de maintenance du jour' to reindex the Charlemagne base: transfer_incident per the taxonomy, not password_reset."))

mail(date="2025-08-26 11:02", client="outlook", o365=True,
     frm=("Céline Bourgeois", "c.bourgeois@ndd-besancon.example.fr"),
     subject="Licence à régénérer après changement de serveur",
     body=T("""
Bonjour,

Notre prestataire a remplacé le serveur de l'établissement pendant l'été. Depuis, Charlemagne s'ouvre avec le message « Licence non valide pour ce poste » et les transferts vers EcoleDirecte ne partent plus.

Pouvez-vous régénérer la licence pour le nouveau serveur ? Notre UAI : 0251337T.

Cordialement,

Céline Bourgeois
Secrétaire de direction
Ensemble scolaire Notre-Dame, Besançon
"""),
     label=L("transfer_incident", False, "0251337T", "bourgogne-franche-comte", "ecoledirecte", False, "fr",
             "Licence to regenerate after a summer server replacement; transfers stopped."))

mail(date="2025-09-01 10:45", client="apple",
     frm=("Lionel Fauvel", "lionel.fauvel@saint-martin-amiens.example.fr"),
     subject="Bascule d'année et transferts bloqués",
     body=T("""
Bonjour,

Nous avons fait vendredi la bascule vers l'année 2025-2026 dans
Charlemagne. Depuis, le transfert automatique vers EcoleDirecte reste
bloqué sur « En attente » et les emplois du temps de rentrée ne
remontent pas côté familles.

Faut-il relancer quelque chose après la bascule ?

Lionel Fauvel
Directeur adjoint, Institution Saint-Martin – Amiens
"""),
     label=L("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
             "Transfers stuck 'En attente' since the school-year switch in Charlemagne. No UAI, non-academic sender: no region."))

mail(date="2025-09-03 14:14", client="outlook", o365=True, html_only=True,
     frm=("Maryse Dupont", "m.dupont@providence-amiens.example.fr"),
     subject="Erreur 503 pendant le transfert",
     attach=[("capture_erreur_transfert.png", "image/png", fake_png())],
     body=T("""
Bonjour,

Depuis ce matin, chaque tentative de transfert vers EcoleDirecte se termine par « Erreur 503 - Service indisponible » au bout de quelques minutes (capture jointe). Hier tout fonctionnait.

Pouvez-vous regarder ? Nous devons publier les listes de classes aujourd'hui.

Maryse Dupont
Lycée La Providence, Amiens
UAI 0801914W
"""),
     label=L("transfer_incident", False, "0801914W", "hauts-de-france", "ecoledirecte", False, "fr",
             "HTML-only Outlook message with a screenshot: every transfer to EcoleDirecte ends with an HTTP 503 error."))

mail(date="2025-09-05 09:30", client="thunderbird",
     frm=("Paul Hennequin", "p.hennequin@saint-pierre-fourier-metz.example.fr"),
     subject="Pas le mot de passe EcoleDirecte : celui de maintenance",
     body=T("""
Bonjour,

Je précise d'emblée : ce n'est PAS mon mot de passe EcoleDirecte que
j'ai perdu, celui-là fonctionne très bien. C'est le mot de passe de
maintenance dont j'ai besoin, pour relancer la réplication qui est en
erreur depuis hier soir.

Établissement : 0573786F.

Merci !
Paul Hennequin
Responsable vie scolaire
"""),
     label=L("transfer_incident", False, "0573786F", "grand-est", "ecoledirecte", True, "fr",
             "Negation: not the EcoleDirecte password, the maintenance password to restart a failing replication: transfer_incident."))

mail(date="2025-09-09 08:41", client="outlook", o365=True,
     frm=("Hervé Lemoine", "h.lemoine@institution-saint-louis-sedan.example.fr"),
     subject="RE: [#SUP-008297] Transferts EcoleDirecte en échec",
     irt="<SUP-008297.1757084400.f7b2d0@assistance.example.fr>",
     body=T("""
Bonjour,

Merci pour la régénération de la licence vendredi. Les transferts ont fonctionné tout le week-end, mais depuis ce matin 7 h ils sont de nouveau en échec, avec le même message qu'avant.

Je n'ai rien modifié sur le serveur entre-temps.

Hervé Lemoine

De : Assistance <support@assistance.example.fr>
Envoyé : vendredi 5 septembre 2025 17:10
À : Hervé Lemoine <h.lemoine@institution-saint-louis-sedan.example.fr>
Objet : RE: [#SUP-008297] Transferts EcoleDirecte en échec

Bonjour,

La licence a été régénérée pour votre nouveau serveur. Merci de relancer Charlemagne puis un transfert manuel, et de nous dire si tout est rentré dans l'ordre.

Cordialement,
L'équipe d'assistance
"""),
     label=L("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
             "Reply in the thread (Outlook quote): transfers worked after the licence fix, then failed again. No UAI, non-academic sender: no region."))

mail(date="2025-08-27 15:09", client="outlook", o365=True,
     frm=("Agnès Parmentier", "direction@ensemble-saint-joseph-creil.example.fr"),
     subject="Fusion de nos deux établissements - Charlemagne",
     body=T("""
Bonjour,

Nos deux établissements, le collège Saint-Joseph (0601153C) et le lycée Saint-Joseph (0602039R), fusionnent à cette rentrée sous le seul numéro du lycée. Nous avions jusqu'ici deux bases Charlemagne et deux espaces EcoleDirecte.

Depuis que nous avons basculé les élèves du collège dans la base du lycée, le transfert échoue avec « licence insuffisante (effectif) ». Faut-il une nouvelle licence pour l'établissement fusionné ?

Cordialement,
Agnès Parmentier
Cheffe d'établissement coordinatrice
"""),
     label=L("transfer_incident", False, "0602039R", "hauts-de-france", "ecoledirecte", True, "fr",
             "Merger: transfers fail with 'licence insuffisante' once the collège's pupils joined the lycée's base; licence for the merged establishment 0602039R (the collège's 0601153C is the closed one). Written by the head, but a technical incident, not a head-of-establishment request.",
             other_uai=["0601153C"]))

mail(date="2025-09-04 16:37", client="ox",
     frm=("Support informatique", "support-info@ogec-lorraine.example.fr"),
     subject="Transferts HTTP bloqués par le nouveau pare-feu",
     body=T("""
Bonjour,

Nous avons changé de pare-feu dans les trois établissements du réseau
pendant l'été. Depuis, l'outil de transfert vers EcoleDirecte échoue au
test de connexion (« délai dépassé »). Le proxy sortant est
10.20.0.5:3128.

Pourriez-vous nous indiquer les noms d'hôte et ports à ouvrir, et où
renseigner le proxy dans l'outil ?

Merci,
Support informatique – réseau OGEC Lorraine
"""),
     label=L("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
             "New firewall/proxy after the summer: the transfer tool's connection test fails; asks which hosts and ports to open."))

# --------------------------------------------------------------------------
# contract_documents
# --------------------------------------------------------------------------

mail(date="2025-09-03 10:10", client="zimbra",
     frm=("Karine Poirot", "karine.poirot@ac-nancy-metz.fr"),
     subject="Aucun marché visible dans Mes Marchés",
     body=T("""
Bonjour,

Nouvelle acheteuse pour le collège La Fontaine de Laxou, je me connecte
sans problème à l'Espace Acheteur mais la rubrique « Mes Marchés » est
vide. Ma collègue d'un autre collège y voit pourtant les marchés
fournitures et mobilier auxquels nous avons adhéré nous aussi.

UAI 0543616M.

Merci,
Karine Poirot
"""),
     label=L("contract_documents", False, "0543616M", "grand-est", "espace_acheteur", False, "fr",
             "New buyer sees no market documents in 'Mes Marchés' although the school adhered."))

mail(date="2025-09-08 11:26", client="outlook",
     frm=("Thierry Bazin", "thierry.bazin@ac-dijon.fr"),
     subject="Avenant n° 3 introuvable",
     body=T("""
Bonjour,

Le courrier de la centrale du 1er septembre annonce l'avenant n° 3 au marché « papier et consommables » (révision des prix). Je ne le trouve pas dans les documents du marché : seuls l'acte d'engagement et les avenants 1 et 2 sont en ligne.

Pouvez-vous le mettre à disposition ?

Thierry Bazin
Gestionnaire – Lycée Parc-des-Chaumes, Avallon
0892268G
"""),
     label=L("contract_documents", False, "0892268G", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
             "Amendment no. 3 of a market announced but missing from the market documents."))

mail(date="2025-08-27 14:52", client="thunderbird",
     frm=("Nicole Charbonnier", "nicole.charbonnier@ac-dijon.fr"),
     subject="Convention d'adhésion 2025-2026",
     body=T("""
Bonjour,

Le conseil d'administration doit délibérer sur la convention d'adhésion
2025-2026 le 18 septembre. Je ne trouve pas ce document dans l'espace
(rubrique Conventions) : seule la convention 2024-2025 apparaît.

Pouvez-vous me dire où la trouver, ou me l'envoyer ?

Nicole Charbonnier
Collège Paul-Langevin, Nevers – 0582792V
"""),
     label=L("contract_documents", False, "0582792V", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
             "The 2025-2026 membership convention is not visible in the Conventions section; needed for the board."))

mail(date="2025-09-11 09:48", client="roundcube",
     frm=("Alexandre Muller", "alexandre.muller@ac-nancy-metz.fr"),
     subject="BPU du marché informatique : fichier introuvable",
     body=T("""
Bonjour,

Dans les documents du marché « matériel informatique 2025 », le lien
vers le BPU renvoie « Fichier introuvable (404) ». Le CCTP s'ouvre
correctement. Pourriez-vous remettre le BPU en ligne ?

A. Muller
"""),
     label=L("contract_documents", False, None, "grand-est", "espace_acheteur", False, "fr",
             "A market's price schedule (BPU) link returns 404. No UAI, region from ac-nancy-metz.fr."))

mail(date="2025-09-10 13:19", client="zimbra",
     frm=("Muriel Jeunet", "muriel.jeunet@ac-besancon.fr"),
     subject="Re: [#SUP-008276] Documents du marché mobilier",
     irt="<SUP-008276.1756992600.1c8d44@assistance.example.fr>",
     body=T("""
Bonjour,

Je reviens vers vous : malgré votre réponse de la semaine dernière, les
documents du marché mobilier ne sont toujours pas visibles pour notre
établissement. J'ai vidé le cache et essayé un autre navigateur.

Muriel Jeunet
Collège Jean-Jaurès, Saint-Claude – 0393285J

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Muriel Jeunet" <muriel.jeunet@ac-besancon.fr>
Envoyé: Jeudi 4 Septembre 2025 15:30:00
Objet: Re: [#SUP-008276] Documents du marché mobilier

Bonjour,

Votre demande a été transmise à l'équipe régionale, qui a rattaché votre
établissement au marché. Les documents devraient être visibles d'ici
demain.

Cordialement,
L'équipe d'assistance
"""),
     label=L("contract_documents", False, "0393285J", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
             "Follow-up reply (Zimbra quote): the market documents are still missing after the region's answer."))

mail(date="2025-09-04 12:05", client="outlook",
     frm=("Hugues Lallement", "hugues.lallement@ac-reims.fr"),
     subject="CCAP manquant + validation commande",
     body=T("""
Bonjour,

Je ne trouve pas le CCAP du marché « fournitures scolaires 2025-2028 » dans Mes Marchés, alors que l'agent comptable me le demande avant toute commande sur ce marché. Pouvez-vous le mettre en ligne ou me l'envoyer ?

Et accessoirement : une fois le CCAP reçu, est-ce moi ou le chef d'établissement qui valide la commande ?

Hugues Lallement
Lycée Saint-Exupéry, Fagnières – 0513214S
"""),
     label=L("contract_documents", False, "0513214S", "grand-est", "espace_acheteur", True, "fr",
             "Two topics: the CCAP of a market is missing (first, main) and who validates the order (order_billing)."))

mail(date="2025-09-05 15:35", client="thunderbird",
     frm=("Bérénice Legrand", "berenice.legrand@ac-lille.fr"),
     subject="Conventions de l'ancien collège non visibles",
     body=T("""
Bonjour,

Depuis la fusion de notre collège avec le collège Jean-Moulin, nous
avons un nouveau numéro UAI (0623206Y). Les conventions signées l'an
dernier par l'ancien collège Jean-Moulin (0621367Z) ne sont plus
visibles dans notre espace, alors qu'elles courent jusqu'en 2027.

Pouvez-vous les rattacher au nouvel établissement ?

Bérénice Legrand
Gestionnaire – collège des Dunes, Berck
"""),
     label=L("contract_documents", False, "0623206Y", "hauts-de-france", "espace_acheteur", True, "fr",
             "Merged establishment: conventions signed by the former collège 0621367Z are not visible under the new UAI 0623206Y, which the request is about.",
             other_uai=["0621367Z"]))

mail(date="2025-09-02 16:58", client="outlook", o365=True, lang="en",
     frm=("James Whitaker", "j.whitaker@strasbourg-intl-school.example.fr"),
     subject="Framework agreement documents not accessible",
     body=T("""
Hello,

Our school joined the purchasing framework for IT equipment last spring. When I open the framework in the buyer space, the documents tab says "You do not have access to these documents". I'm the new procurement officer and my account was created last week.

Could you grant access or tell me who can?

Best regards,
James Whitaker
Procurement officer
"""),
     label=L("contract_documents", False, None, None, "espace_acheteur", True, "en",
             "English; cannot open a framework agreement's documents ('no access'); close to account rights, but the ask is the contract documents. No UAI, non-academic sender: no region."))

# ==========================================================================
# numbering, writing and checking
# ==========================================================================

EXPECTED_COUNTS = {
    "password_reset": 23, "automated": 20, "other": 18,
    "missing_noreply_mail": 17, "head_of_establishment_request": 14,
    "mailinblack_spam": 12, "order_billing": 11, "account_creation": 9,
    "subscription_activation": 9, "transfer_incident": 9,
    "contract_documents": 8,
}

UAI_TOKEN = re.compile(r"(?<![\w])((?:\d ?){6}\d) ?([A-Za-z])(?![\w])")
SKIP_HEADERS = {"received", "message-id", "references", "in-reply-to",
                "thread-index", "return-path", "authentication-results",
                "delivered-to", "x-ms-exchange-generated-message-source",
                "content-type", "content-transfer-encoding", "date",
                "arrival-date", "last-attempt-date", "will-retry-until",
                "x-postfix-queue-id", "message-id", "original-message-id"}


def message_text(raw):
    """Everything a reader (or a classifier) can see: decoded text parts,
    HTML without tags, the top-level address/subject headers and the
    headers of nested parts (bounced messages, delivery reports)."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    chunks = []
    for k in ("Subject", "From", "To", "Cc", "Reply-To"):
        for v in msg.get_all(k, []):
            chunks.append(str(v))
    for part in msg.walk():
        if part is not msg:
            for k, v in part.items():
                if k.lower() not in SKIP_HEADERS:
                    chunks.append(str(v))
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype.startswith("text/"):
            payload = part.get_payload(decode=True) or b""
            cs = part.get_content_charset() or "utf-8"
            txt = payload.decode(cs, errors="replace")
            if ctype == "text/html":
                txt = htmlmod.unescape(re.sub(r"<[^>]+>", " ", txt))
            chunks.append(txt)
    return msg, "\n".join(chunks)


def uai_tokens(text):
    found = set()
    for mm in UAI_TOKEN.finditer(text):
        digits = mm.group(1).replace(" ", "")
        found.add(digits + mm.group(2).upper())
    return found


def sender_region(msg):
    addr = email.utils.parseaddr(str(msg["From"]))[1].lower()
    dom = addr.rsplit("@", 1)[-1]
    return DOMAIN_REGION.get(dom)


def check(fname, m, raw):
    lab = m["label"]
    where = "%s (%s)" % (fname, m.get("subject") or "raw")
    assert lab["category"] in CATEGORIES, where
    assert isinstance(lab["auto_reply_ok"], bool), where
    assert isinstance(lab["hard"], bool), where
    assert lab["lang"] in ("fr", "en"), where
    assert lab["platform"] in PLATFORMS, where
    assert lab["notes"] and len(lab["notes"]) > 20, where
    if lab["category"] not in AUTO_CAPABLE:
        assert lab["auto_reply_ok"] is False, where + ": human_review/ignore category"
    msg, text = message_text(raw)
    found = uai_tokens(text)
    uai = lab["uai"]
    if uai is not None:
        assert uai_ok(uai), where + ": bad check letter on labelled uai " + uai
        assert uai in found, where + ": labelled uai not in message " + uai
    bad = set(lab.get("bad_uai", []))
    others = set(lab.get("other_uai", []))
    for code in bad:
        assert re.fullmatch(r"\d{7}[A-Z]", code) and not uai_ok(code), where + code
        assert code in found, where + ": wrong-letter code not in message " + code
        assert code != uai
        good = code[:7] + CHECK[int(code[:7]) % 23]
        assert "wrong check letter" in lab["notes"] and good in lab["notes"], where
    for code in others:
        assert uai_ok(code) and code in found and code != uai, where + code
    # every code-looking token is accounted for
    for code in found:
        if uai_ok(code):
            assert code == uai or code in others, where + ": unlabelled valid UAI " + code
        else:
            assert code in bad, where + ": unexplained wrong-letter code " + code
    # region rule: UAI first, else the ac-*.fr sender domain, else null
    expected = uai_region(uai) if uai else sender_region(msg)
    assert lab["region"] == expected, "%s: region %r, rule gives %r" % (
        where, lab["region"], expected)
    if lab["region"] is not None:
        assert lab["region"] in REGION_DEPTS, where
    # the file parses and carries the headers a desk would see
    assert msg["From"] and msg["Date"] and msg["Message-ID"] is not None or \
        msg["Message-Id"] is not None, where
    if m.get("irt"):
        assert msg["In-Reply-To"] == m["irt"], where
    return msg


def main():
    assert len(MAILS) == 150, len(MAILS)
    counts = {}
    for m in MAILS:
        counts[m["label"]["category"]] = counts.get(m["label"]["category"], 0) + 1
    assert counts == EXPECTED_COUNTS, counts
    order = list(range(len(MAILS)))
    random.Random(SEED + 1).shuffle(order)
    labels = []
    seen_ids = set()
    seen_bodies = set()
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        fname = "h%03d.eml" % n
        raw = build(m)
        msg = check(fname, m, raw)
        mid = str(msg["Message-ID"] or msg["Message-Id"])
        assert mid not in seen_ids, fname + ": duplicate Message-ID"
        seen_ids.add(mid)
        key = (m.get("body") or m.get("html") or m.get("raw"))[:200]
        assert key not in seen_bodies, fname + ": duplicate body"
        seen_bodies.add(key)
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(raw)
        lab = m["label"]
        labels.append({"file": fname, "category": lab["category"],
                       "auto_reply_ok": lab["auto_reply_ok"], "uai": lab["uai"],
                       "region": lab["region"], "platform": lab["platform"],
                       "hard": lab["hard"], "lang": lab["lang"],
                       "notes": lab["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8",
              newline="\n") as f:
        for d in labels:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    hard = sum(d["hard"] for d in labels)
    ok = sum(d["auto_reply_ok"] for d in labels)
    assert 40 <= hard <= 65, hard
    print("wrote %d mails + labels.jsonl; hard=%d auto_reply_ok=%d" % (
        len(labels), hard, ok))
    for k in sorted(counts, key=lambda c: -counts[c]):
        print("  %-30s %3d" % (k, counts[k]))


if __name__ == "__main__":
    main()
