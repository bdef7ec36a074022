#!/usr/bin/env python3
"""Generate the holdout39 blind test corpus (standard library only).

Theme: the May-June exam period. Lycees professionnels, SEGPA, EREA;
secretaries, CPE and documentalistes writing for colleagues; mostly
Hauts-de-France and Normandie. Many mails typed on a phone.

Running the script writes h001.eml ... h150.eml and labels.jsonl next to it.
Everything is deterministic (fixed seed, no clock, no hostname).
"""
import base64
import datetime
import html
import json
import os
import quopri
import random
import textwrap
from email.header import Header
from email.utils import formataddr, format_datetime

SEED = 39
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
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
for _reg, _depts in REGION_DEPTS.items():
    for _d in _depts.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _reg
DOMAIN_REGION = {
    "ac-clermont.fr": "auvergne-rhone-alpes", "ac-grenoble.fr": "auvergne-rhone-alpes",
    "ac-lyon.fr": "auvergne-rhone-alpes", "ac-besancon.fr": "bourgogne-franche-comte",
    "ac-dijon.fr": "bourgogne-franche-comte", "ac-rennes.fr": "bretagne",
    "ac-orleans-tours.fr": "centre-val-de-loire", "ac-corse.fr": "corse",
    "ac-nancy-metz.fr": "grand-est", "ac-reims.fr": "grand-est",
    "ac-strasbourg.fr": "grand-est", "ac-amiens.fr": "hauts-de-france",
    "ac-lille.fr": "hauts-de-france", "ac-creteil.fr": "ile-de-france",
    "ac-paris.fr": "ile-de-france", "ac-versailles.fr": "ile-de-france",
    "ac-normandie.fr": "normandie", "ac-caen.fr": "normandie", "ac-rouen.fr": "normandie",
    "ac-bordeaux.fr": "nouvelle-aquitaine", "ac-limoges.fr": "nouvelle-aquitaine",
    "ac-poitiers.fr": "nouvelle-aquitaine", "ac-montpellier.fr": "occitanie",
    "ac-toulouse.fr": "occitanie", "ac-nantes.fr": "pays-de-la-loire",
    "ac-aix-marseille.fr": "provence-alpes-cote-d-azur", "ac-nice.fr": "provence-alpes-cote-d-azur",
    "ac-guadeloupe.fr": "guadeloupe", "ac-martinique.fr": "martinique",
    "ac-guyane.fr": "guyane", "ac-reunion.fr": "la-reunion", "ac-mayotte.fr": "mayotte",
}


def check_letter(d7):
    return LETTERS[int(d7) % 23]


def U(d7):
    """A valid UAI from its 7 digits."""
    assert len(d7) == 7 and d7.isdigit()
    return d7 + check_letter(d7)


def BAD(d7, shift=5):
    """The same 7 digits with a wrong check letter (a typo)."""
    good = LETTERS.index(check_letter(d7))
    return d7 + LETTERS[(good + shift) % 23]


def uai_ok(code):
    return (isinstance(code, str) and len(code) == 8 and code[:7].isdigit()
            and code[7] == check_letter(code[:7]))


def T(s):
    """Dedent a triple-quoted body and drop the first newline."""
    s = textwrap.dedent(s)
    if s.startswith("\n"):
        s = s[1:]
    return s.rstrip() + "\n"


SUPPORT = "support@assistance.example.fr"
SUPPORT_HDR = "Assistance <support@assistance.example.fr>"
PARIS = datetime.timezone(datetime.timedelta(hours=2))
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_DAYS_SHORT = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
             "août", "septembre", "octobre", "novembre", "décembre"]


def hexid(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def enc_header(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76).encode(linesep="\n")


def addr(name, email_addr, charset="utf-8"):
    if not name:
        return email_addr
    return formataddr((name, email_addr), charset=charset)


def domain_of(a):
    return a.rsplit("@", 1)[1].rstrip(">").lower()


def msgid(client, dom, dt):
    ts = int(dt.timestamp())
    if client == "outlook":
        return "<%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (alnum(40), alnum(12))
    if client == "outlook_desktop":
        return "<%s$%s$%s$@%s>" % (hexid(12), hexid(8), hexid(8), dom)
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(10**8, 10**9), rng.randint(10**4, 10**6), ts * 1000 + rng.randint(0, 999), dom)
    if client == "gmail":
        return "<CA%s@mail.gmail.com>" % alnum(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-")
    if client in ("iphone", "apple"):
        return "<%s-%s-%s-%s-%s@%s>" % (alnum(8), alnum(4), alnum(4), alnum(4), alnum(12), dom)
    if client == "android":
        return "<%s@email.android.com>" % alnum(24, "abcdefghijklmnopqrstuvwxyz0123456789")
    if client == "thunderbird":
        return "<%s-%s-%s-%s-%s@%s>" % (hexid(8), hexid(4), hexid(4), hexid(4), hexid(12), dom)
    return "<%d.%s@%s>" % (ts, hexid(10), dom)


MAILERS = {
    "outlook": [("X-MS-Has-Attach", ""), ("Content-Language", "fr-FR")],
    "outlook_desktop": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")],
    "zimbra": [("X-Mailer", "Zimbra 10.0.8_GA_4611 (ZimbraWebClient - FF126 (Win)/10.0.8_GA_4611)")],
    "gmail": [],
    "iphone": [("X-Mailer", "iPhone Mail (21F90)")],
    "apple": [("X-Mailer", "Apple Mail (2.3774.600.62)")],
    "android": [("X-Mailer", "Outlook for Android")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "generic": [],
}
SIGN_OFF = {
    "iphone": "\nEnvoyé de mon iPhone\n",
    "android": "\nObtenir Outlook pour Android\n",
}


def received(from_dom, dt, ip=None):
    ip = ip or "198.51.100.%d" % rng.randint(2, 250)
    host = "smtp%d.%s" % (rng.randint(1, 6), from_dom)
    return ("Received", "from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CEST)"
            % (host, host, ip, alnum(15, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
               SUPPORT, format_datetime(dt + datetime.timedelta(seconds=rng.randint(2, 40)))))


def auth_results(dom, spf="pass", dkim="pass", dmarc="pass", header_from=None):
    header_from = header_from or dom
    dk = "dkim=%s (2048-bit key) header.d=%s" % (dkim, dom) if dkim != "none" else "dkim=none"
    return ("Authentication-Results", "mx1.assistance.example.fr;\n\t%s;\n\tspf=%s smtp.mailfrom=%s;\n\tdmarc=%s (p=none dis=none) header.from=%s"
            % (dk, spf, dom, dmarc, header_from))


def encode_body(text, charset="utf-8", cte="qp"):
    text = text.replace("\r\n", "\n")
    raw = text.encode(charset)
    if cte == "qp":
        return "quoted-printable", quopri.encodestring(raw)
    if cte == "b64":
        return "base64", base64.encodebytes(raw)
    if cte == "8bit":
        try:
            text.encode("ascii")
            return "7bit", raw
        except UnicodeEncodeError:
            return "8bit", raw
    if cte == "7bit":
        text.encode("ascii")
        return "7bit", raw
    raise ValueError(cte)


def leaf(text, ctype="text/plain", charset="utf-8", cte="qp", extra=""):
    cte_name, payload = encode_body(text, charset, cte)
    head = "Content-Type: %s; charset=\"%s\"%s\nContent-Transfer-Encoding: %s\n\n" % (ctype, charset, extra, cte_name)
    return head.encode("ascii") + payload


def to_html(text, style="outlook", charset="utf-8"):
    paras = text.rstrip("\n").split("\n")
    if style == "outlook":
        lines = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset,
                 '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>',
                 '<body lang="FR"><div class="WordSection1">']
        for p in paras:
            lines.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (html.escape(p, quote=False) or "&nbsp;"))
        lines.append("</div></body></html>")
    else:
        lines = ['<div dir="ltr">']
        for p in paras:
            lines.append("<div>%s</div>" % (html.escape(p, quote=False) or "<br>"))
        lines.append("</div>")
    return "\n".join(lines) + "\n"


def boundary():
    return "----=_Part_%d_%d.%d" % (rng.randint(10**5, 10**6), rng.randint(10**8, 10**9), rng.randint(10**12, 10**13))


def multipart(subtype, parts, extra=""):
    b = boundary()
    out = b"Content-Type: multipart/%s;\n boundary=\"%s\"%s\n\n" % (subtype.encode(), b.encode(), extra.encode())
    if subtype != "alternative":
        out += b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += b"--" + b.encode() + b"\n" + p + b"\n"
    out += b"--" + b.encode() + b"--\n"
    return out


def fake_pdf(title):
    content = ("%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
               "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
               "%% %s\ntrailer << /Root 1 0 R >>\n%%%%EOF\n" % title).encode("latin-1")
    return content


def attachment(filename, data, ctype="application/pdf"):
    fn = filename
    try:
        fn.encode("ascii")
        disp = 'attachment; filename="%s"' % fn
        name = 'name="%s"' % fn
    except UnicodeEncodeError:
        # RFC 2231 encoding of the file name
        q = "".join(("%%%02X" % b) if (b >= 128 or chr(b) in " '%") else chr(b) for b in fn.encode("utf-8"))
        disp = "attachment;\n filename*=utf-8''%s" % q
        name = 'name="%s"' % enc_header(fn)
    return ("Content-Type: %s; %s\nContent-Disposition: %s\nContent-Transfer-Encoding: base64\n\n" % (ctype, name, disp)).encode("ascii") + base64.encodebytes(data)


def fr_long(dt):
    return "%s %d %s %d %02d:%02d" % (FR_DAYS[dt.weekday()], dt.day, FR_MONTHS[dt.month - 1], dt.year, dt.hour, dt.minute)


def quote_block(style, q_from_name, q_from_addr, q_to, q_dt, q_subject, q_body):
    q_body = q_body.rstrip("\n")
    if style == "outlook":
        return ("\n________________________________\nDe : %s <%s>\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s\n"
                % (q_from_name, q_from_addr, fr_long(q_dt), q_to, q_subject, q_body))
    if style == "outlook_orig":
        return ("\n-----Message d'origine-----\nDe : %s [mailto:%s]\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s\n"
                % (q_from_name, q_from_addr, fr_long(q_dt), q_to, q_subject, q_body))
    if style == "gmail":
        head = "Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :" % (
            FR_DAYS_SHORT[q_dt.weekday()], q_dt.day, FR_MONTHS[q_dt.month - 1], q_dt.year,
            q_dt.hour, q_dt.minute, q_from_name, q_from_addr)
        return "\n" + head + "\n" + "\n".join(("> " + l) if l else ">" for l in q_body.split("\n")) + "\n"
    if style == "gmail_en":
        h12 = q_dt.hour % 12 or 12
        head = "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (
            q_dt.strftime("%a"), q_dt.strftime("%b"), q_dt.day, q_dt.year, h12, q_dt.minute,
            "AM" if q_dt.hour < 12 else "PM", q_from_name, q_from_addr)
        return "\n" + head + "\n" + "\n".join(("> " + l) if l else ">" for l in q_body.split("\n")) + "\n"
    if style == "zimbra":
        return ("\n----- Mail original -----\nDe: \"%s\" <%s>\nÀ: %s\nEnvoyé: %s\nObjet: %s\n\n%s\n"
                % (q_from_name, q_from_addr, q_to, fr_long(q_dt), q_subject, q_body))
    if style == "apple":
        head = "> Le %d %s %d à %02d:%02d, %s <%s> a écrit :" % (
            q_dt.day, FR_MONTHS[q_dt.month - 1], q_dt.year, q_dt.hour, q_dt.minute, q_from_name, q_from_addr)
        return "\n" + head + "\n> \n" + "\n".join(("> " + l) if l else ">" for l in q_body.split("\n")) + "\n"
    raise ValueError(style)


MAILS = []   # list of (spec_dict)


def person(cat, auto, uai, region, platform, hard, lang, notes, **kw):
    """Register a mail written by a person (built later, once dates are known)."""
    MAILS.append(dict(kind="person", label=dict(category=cat, auto_reply_ok=auto, uai=uai, region=region,
                                                platform=platform, hard=hard, lang=lang, notes=notes), kw=kw))


def machine(cat, auto, uai, region, platform, hard, lang, notes, builder, **kw):
    MAILS.append(dict(kind="machine", label=dict(category=cat, auto_reply_ok=auto, uai=uai, region=region,
                                                 platform=platform, hard=hard, lang=lang, notes=notes),
                      builder=builder, kw=kw))


def build_person(dt, frm, subject, body, client="generic", cte="qp", charset="utf-8",
                 html_alt=False, html_only=False, attach=None, reply=None, fwd=None,
                 to=SUPPORT_HDR, cc=None, reply_to=None, auth=None, extra=(),
                 ticket=None, rp=None, sign_off=True):
    name, email_addr = frm
    dom = domain_of(email_addr)
    text = body
    if sign_off and client in SIGN_OFF:
        text = text.rstrip("\n") + "\n" + SIGN_OFF[client]
    in_reply_to = None
    if reply:
        # reply = dict(style, from_name, from_addr, days_before, subject, body, support=bool)
        q_dt = dt - datetime.timedelta(days=reply.get("days", 2), hours=rng.randint(0, 5), minutes=rng.randint(0, 59))
        q_dt = q_dt.replace(second=0)
        if reply.get("support", True):
            qn, qa = "Assistance", SUPPORT
            q_to = "%s <%s>" % (name, email_addr)
        else:
            qn, qa = reply["from_name"], reply["from_addr"]
            q_to = reply.get("to", "%s <%s>" % (name, email_addr))
        text = text.rstrip("\n") + "\n" + quote_block(reply["style"], qn, qa, q_to, q_dt, reply["subject"], reply["body"])
        if reply.get("support", True):
            tnum = reply["ticket"]
            in_reply_to = "<SUP-%06d.%d.%s@assistance.example.fr>" % (tnum, int(q_dt.timestamp()), hexid(6))
        elif reply.get("msgid"):
            in_reply_to = reply["msgid"]
    headers = []
    headers.append(("Return-Path", "<%s>" % (rp if rp is not None else email_addr)))
    headers.append(("Delivered-To", SUPPORT))
    headers.append(received(dom, dt))
    a = dict(spf="pass", dkim="pass", dmarc="pass")
    if auth:
        a.update(auth)
    headers.append(auth_results(dom, **a))
    headers.append(("From", addr(name, email_addr, charset if charset != "us-ascii" else "utf-8")))
    headers.append(("To", to))
    if cc:
        headers.append(("Cc", cc))
    if reply_to:
        headers.append(("Reply-To", reply_to))
    headers.append(("Subject", enc_header(subject, charset if charset in ("utf-8", "iso-8859-1", "windows-1252", "iso-8859-15") else "utf-8")))
    headers.append(("Date", format_datetime(dt)))
    headers.append(("Message-ID", msgid(client, dom, dt)))
    if in_reply_to:
        headers.append(("In-Reply-To", in_reply_to))
        refs = in_reply_to if not reply.get("refs") else reply["refs"] + "\n " + in_reply_to
        headers.append(("References", refs))
    headers.append(("MIME-Version", "1.0"))
    headers.extend(MAILERS.get(client, []))
    headers.extend(extra)
    # body
    if html_only:
        body_bytes = leaf(to_html(text, "outlook" if client.startswith("outlook") else "gmail", charset), "text/html", charset, cte)
    elif html_alt:
        style = "outlook" if client.startswith("outlook") else "gmail"
        body_bytes = multipart("alternative", [leaf(text, "text/plain", charset, cte),
                                               leaf(to_html(text, style, charset), "text/html", charset, cte)])
    else:
        fmt = '; format=flowed' if client in ("thunderbird", "iphone") and cte in ("8bit", "7bit") else ""
        body_bytes = leaf(text, "text/plain", charset, cte, extra=fmt)
    if attach:
        parts = [body_bytes]
        for fn, data, ctype in attach:
            parts.append(attachment(fn, data, ctype))
        body_bytes = multipart("mixed", parts)
    return headers, body_bytes


def serialise(headers, body_bytes):
    out = b""
    for k, v in headers:
        line = ("%s: %s" % (k, v)) if v != "" else ("%s: " % k)
        out += line.encode("ascii") + b"\n"
    out += body_bytes
    return out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


# ---------------------------------------------------------------------------
# builders for automated mail
# ---------------------------------------------------------------------------

def b_ooo(dt, frm, subject, body, style="exchange", charset="utf-8", orig_subject=None, extra=()):
    name, email_addr = frm
    dom = domain_of(email_addr)
    h = [("Return-Path", "<%s>" % email_addr), ("Delivered-To", SUPPORT), received(dom, dt), auth_results(dom),
         ("From", addr(name, email_addr)), ("To", SUPPORT_HDR), ("Subject", enc_header(subject)),
         ("Date", format_datetime(dt))]
    if style == "exchange":
        h += [("Message-ID", msgid("outlook", dom, dt)), ("MIME-Version", "1.0"),
              ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
              ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")]
        b = multipart("alternative", [leaf(body, "text/plain", charset), leaf(to_html(body), "text/html", charset)])
    elif style == "zimbra":
        h += [("Message-ID", msgid("zimbra", dom, dt)), ("MIME-Version", "1.0"),
              ("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")]
        b = leaf(body, "text/plain", charset, "8bit")
    elif style == "gmail":
        h += [("Message-ID", msgid("gmail", dom, dt)), ("MIME-Version", "1.0"),
              ("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]
        b = multipart("alternative", [leaf(body, "text/plain", charset), leaf(to_html(body, "gmail"), "text/html", charset)])
    elif style == "rule":   # client-side rule: no automation header at all
        h += [("Message-ID", msgid("outlook_desktop", dom, dt)), ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0")]
        b = leaf(body, "text/plain", charset)
    else:
        raise ValueError(style)
    h += list(extra)
    return h, b


def b_bounce(dt, mta_dom, rcpt, diag, status, orig_subject, orig_body, style="postfix", lang="en"):
    orig_dt = dt - datetime.timedelta(seconds=rng.randint(2, 50))
    orig_id = "<SUP-%06d.%d.%s@assistance.example.fr>" % (rng.randint(5000, 9999), int(orig_dt.timestamp()), hexid(6))
    orig = ("From: Assistance <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nAuto-Submitted: auto-replied\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
            % (SUPPORT, rcpt, enc_header(orig_subject), format_datetime(orig_dt), orig_id)).encode("ascii") + quopri.encodestring(orig_body.encode("utf-8"))
    if style == "postfix":
        frm = "Mail Delivery System <MAILER-DAEMON@%s>" % mta_dom
        subj = "Undelivered Mail Returned to Sender"
        human = T("""
            This is the mail system at host %s.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can
            delete your own text from the attached returned message.

                               The mail system

            <%s>: %s
            """ % (mta_dom, rcpt, diag))
        hdrs = [("Auto-Submitted", "auto-replied")]
        human_part = leaf(human, "text/plain", "us-ascii", "7bit")
        qid = alnum(12)
    elif style == "exchange":
        frm = "Microsoft Outlook <postmaster@%s>" % mta_dom
        subj = "Non remis : %s" % orig_subject
        human = T("""
            Votre message n'a pas pu être remis à %s.

            Le destinataire est introuvable dans le domaine %s. Vérifiez l'orthographe de
            l'adresse ou contactez directement le destinataire pour obtenir la bonne adresse.

            Informations de diagnostic pour les administrateurs :
            Serveur de génération : %s
            %s
            Remote Server returned '%s %s'
            """ % (rcpt, domain_of(rcpt), mta_dom.upper(), rcpt, status, diag))
        hdrs = [("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")]
        human_part = multipart("alternative", [leaf(human, "text/plain", "utf-8", "qp"), leaf(to_html(human), "text/html", "utf-8", "qp")])
        qid = alnum(12)
    else:
        raise ValueError(style)
    dsn = ("Content-Type: message/delivery-status\n\nReporting-MTA: dns; %s\nArrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\nAction: failed\nStatus: %s\nDiagnostic-Code: smtp; %s %s\n"
           % (mta_dom, format_datetime(orig_dt), rcpt, status, status, diag)).encode("ascii")
    orig_part = b"Content-Type: message/rfc822\nContent-Description: Undelivered Message\n\n" + orig
    body = multipart("report", [human_part, dsn, orig_part])
    body = body.replace(b"Content-Type: multipart/report;\n boundary=", b"Content-Type: multipart/report; report-type=delivery-status;\n boundary=", 1)
    h = [("Return-Path", "<>"), ("Delivered-To", SUPPORT), received(mta_dom, dt),
         ("Authentication-Results", "mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=pass smtp.helo=%s;\n\tdmarc=none" % mta_dom),
         ("From", frm), ("To", SUPPORT_HDR), ("Subject", enc_header(subj)), ("Date", format_datetime(dt)),
         ("Message-ID", "<%s.%s@%s>" % (dt.strftime("%Y%m%d%H%M%S"), qid, mta_dom)), ("MIME-Version", "1.0")] + hdrs
    return h, body


def b_mdn(dt, frm, orig_subject, human, style="outlook", lang="fr", disposition="displayed"):
    name, email_addr = frm
    dom = domain_of(email_addr)
    orig_dt = dt - datetime.timedelta(hours=rng.randint(1, 30))
    orig_id = "<SUP-%06d.%d.%s@assistance.example.fr>" % (rng.randint(5000, 9999), int(orig_dt.timestamp()), hexid(6))
    if style == "outlook":
        subj = ("Lu : " if disposition == "displayed" else "Non lu : ") + orig_subject
        ua = "Reporting-UA: %s; Microsoft Outlook 16.0\n" % dom
    else:
        subj = "Return Receipt (displayed) - " + orig_subject
        ua = "Reporting-UA: %s; Mozilla Thunderbird\n" % dom
    mdn = ("Content-Type: message/disposition-notification\n\n%sFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\n"
           "Disposition: manual-action/MDN-sent-manually; %s\n" % (ua, email_addr, orig_id,
                                                                  "displayed" if disposition == "displayed" else "deleted")).encode("ascii")
    body = multipart("report", [leaf(human, "text/plain", "utf-8", "qp"), mdn])
    body = body.replace(b"Content-Type: multipart/report;\n boundary=", b"Content-Type: multipart/report; report-type=disposition-notification;\n boundary=", 1)
    h = [("Return-Path", "<%s>" % email_addr), ("Delivered-To", SUPPORT), received(dom, dt), auth_results(dom),
         ("From", addr(name, email_addr)), ("To", SUPPORT_HDR), ("Subject", enc_header(subj)),
         ("Date", format_datetime(dt)), ("Message-ID", msgid("outlook_desktop" if style == "outlook" else "thunderbird", dom, dt)),
         ("In-Reply-To", orig_id), ("References", orig_id), ("MIME-Version", "1.0")]
    return h, body


def b_list(dt, frm, list_id, list_addr, subject, body, extra=(), precedence="list", charset="utf-8", html_alt=False, rp=None):
    name, email_addr = frm
    dom = domain_of(email_addr)
    h = [("Return-Path", "<%s>" % (rp or ("%s-bounces@%s" % (list_addr.split("@")[0], domain_of(list_addr))))), ("Delivered-To", SUPPORT),
         received(domain_of(list_addr), dt), auth_results(domain_of(list_addr)),
         ("From", addr(name, email_addr)), ("To", list_addr), ("Subject", enc_header(subject)),
         ("Date", format_datetime(dt)), ("Message-ID", msgid("generic", dom, dt)), ("MIME-Version", "1.0"),
         ("List-Id", list_id), ("List-Post", "<mailto:%s>" % list_addr),
         ("List-Unsubscribe", "<mailto:%s-unsubscribe@%s>" % (list_addr.split("@")[0], domain_of(list_addr)))]
    if precedence:
        h.append(("Precedence", precedence))
    h += list(extra)
    if html_alt:
        b = multipart("alternative", [leaf(body, "text/plain", charset), leaf(to_html(body, "gmail"), "text/html", charset)])
    else:
        b = leaf(body, "text/plain", charset)
    return h, b


def b_notif(dt, frm, subject, body, extra=(), html_alt=True, rp=None):
    name, email_addr = frm
    dom = domain_of(email_addr)
    h = [("Return-Path", "<%s>" % (rp if rp is not None else email_addr)), ("Delivered-To", SUPPORT), received(dom, dt), auth_results(dom),
         ("From", addr(name, email_addr)), ("To", SUPPORT_HDR), ("Subject", enc_header(subject)),
         ("Date", format_datetime(dt)), ("Message-ID", msgid("generic", dom, dt)), ("MIME-Version", "1.0")]
    h += list(extra)
    if html_alt:
        b = multipart("alternative", [leaf(body, "text/plain"), leaf(to_html(body, "gmail"), "text/html")])
    else:
        b = leaf(body, "text/plain")
    return h, b


def b_plain_bounce(dt, mta_dom, rcpt, orig_subject):
    body = T("""
        This message was created automatically by mail delivery software.

        A message that you sent could not be delivered to one or more of its
        recipients. This is a permanent error. The following address(es) failed:

          %s
            mailbox is full: retry timeout exceeded

        ------ This is a copy of the message, including all the headers. ------

        Return-path: <%s>
        From: Assistance <%s>
        To: %s
        Subject: %s
        Auto-Submitted: auto-replied

        Bonjour,
        Votre demande a bien ete enregistree.
        """ % (rcpt, SUPPORT, SUPPORT, rcpt, orig_subject))
    h = [("Return-Path", "<>"), ("Delivered-To", SUPPORT), received(mta_dom, dt),
         ("From", "Mail Delivery System <Mailer-Daemon@%s>" % mta_dom), ("To", SUPPORT),
         ("Subject", "Mail delivery failed: returning message to sender"), ("Date", format_datetime(dt)),
         ("Message-ID", "<E1u%s-000%s@%s>" % (alnum(6), alnum(3), mta_dom)), ("MIME-Version", "1.0")]
    return h, leaf(body, "text/plain", "us-ascii", "7bit")


# ===========================================================================
# The mails. Written in category order here; shuffled (seeded) before numbering.
# ===========================================================================

# ---------------------------------------------------------------- password_reset
u = U("0593874")
person("password_reset", True, u, "hauts-de-france", "esidoc", False, "fr",
       "Phone-typed lost e-sidoc password, UAI in the body; plain FAQ reset case.",
       frm=("Nadia Bensalem", "nadia.bensalem@ac-lille.fr"), client="iphone", cte="8bit",
       subject="mdp esidoc",
       body=T(f"""
        bjr
        jai plus le mdp du portail esidoc du lycee pro, uai {u}. on en a besoin pour sortir les manuels de revision avant les epreuves de bac pro lundi, vous pouvez m envoyer un lien stp
        merci
        Nadia Bensalem
        prof doc LP Jean Prouvé Lille
        """))

u = U("0801925")
person("password_reset", True, u, "hauts-de-france", "esidoc", True, "fr",
       "The secretary writes for the absent documentaliste from the ce.<UAI> address (the UAI is only there) and asks for the link on that official address: the safe reset path.",
       frm=("Secrétariat Collège Jules Verne", f"ce.{u}@ac-amiens.fr"), client="outlook", html_alt=True,
       subject="Accès au portail du CDI",
       body=T("""
        Madame, Monsieur,

        Notre professeure documentaliste est en arrêt maladie jusqu'à la fin de l'année scolaire et sa remplaçante prend ses fonctions lundi prochain. Personne au collège ne connaît le mot de passe d'administration du portail e-sidoc.

        Pourriez-vous adresser un lien de réinitialisation à l'adresse de l'établissement, celle depuis laquelle je vous écris ? Je le transmettrai à la collègue dès son arrivée.

        Avec mes remerciements,

        Sylvie Caron
        Secrétaire de direction
        Collège Jules Verne (avec SEGPA) - Abbeville
        """))

u = U("0142047")
person("password_reset", True, u, "normandie", "esidoc", False, "fr",
       "Administration account locked after too many attempts; asks to unlock or get a reset link. Formal, Outlook with HTML part.",
       frm=("Gilles Marie", "gilles.marie@ac-normandie.fr"), client="outlook", html_alt=True,
       subject="Compte administrateur e-sidoc verrouillé",
       body=T(f"""
        Bonjour,

        À force d'essais infructueux, le compte d'administration de notre portail e-sidoc est verrouillé depuis hier après-midi (message « compte temporairement bloqué »).
        Nous sommes l'EREA de Hérouville-Saint-Clair, UAI {u}.

        Pourriez-vous débloquer le compte ou nous faire parvenir un lien de réinitialisation ? Nous préparons l'accueil des candidats libres pour les épreuves orales et le portail nous sert à afficher les plannings.

        Bien cordialement,

        Gilles Marie
        Enseignant documentaliste
        EREA - Hérouville-Saint-Clair
        """))

u = U("0621750")
person("password_reset", True, u, "hauts-de-france", "esidoc", False, "fr",
       "Reset link expired before use (she was invigilating); the UAI is only in the subject line. Android, base64 body.",
       frm=("Aurélie Lefebvre", "aurelie.lefebvre62@gmail.com"), client="android", cte="b64",
       subject=f"lien expiré - {u}",
       body=T("""
        bonjour
        le lien de reinitialisation du portail du CDI que j ai recu hier soir ne marche plus, la page dit qu il a expire. j etais en surveillance d examen toute la matinee et je l ai ouvert trop tard. est ce que vous pouvez m en renvoyer un svp
        merci bcp
        Aurélie, documentaliste
        """))

u = U("0761437")
person("password_reset", True, u, "normandie", "esidoc", True, "fr",
       "Negation: the reset mail DID arrive, but the new password is refused and the account is now locked; a reset/unlock case, not missing_noreply_mail.",
       frm=("Mathieu Quesnel", "mathieu.quesnel@ac-normandie.fr"), client="zimbra", html_alt=True,
       subject="Re: mot de passe portail",
       body=T(f"""
        Bonjour,

        Je précise tout de suite : ce n'est pas un problème de mail non reçu, j'ai bien reçu le message de réinitialisation et j'ai choisi un nouveau mot de passe.
        Mais ce nouveau mot de passe n'est pas accepté à la connexion et, après trois essais, le compte est maintenant bloqué.

        Lycée professionnel Colbert, Le Havre - UAI {u}.
        Pouvez-vous débloquer le compte ou m'envoyer un nouveau lien ?

        Merci d'avance,
        Mathieu Quesnel
        Professeur documentaliste
        """))

u = U("0596117")
person("password_reset", True, u, "hauts-de-france", "espace_acheteur", False, "fr",
       "Gestionnaire standing in for a colleague on leave; Espace Acheteur password unknown; UAI given as 'RNE' in the signature.",
       frm=("Karim Haddad", "karim.haddad@ac-lille.fr"), client="outlook_desktop",
       subject="Mot de passe Espace Acheteur",
       body=T(f"""
        Bonjour,

        Je remplace notre gestionnaire, en congé maternité depuis le début du mois, et je dois passer les commandes de matière d'œuvre pour les ateliers avant la fin de l'année scolaire.
        Je n'ai pas le mot de passe de l'Espace Acheteur et il n'est noté nulle part.

        Comment puis-je le réinitialiser ?

        Cordialement,

        Karim Haddad
        Adjoint gestionnaire par intérim
        Lycée professionnel du Hainaut - Valenciennes
        RNE : {u}
        """))

bad = BAD("0271622")
person("password_reset", True, None, "normandie", "esidoc", True, "fr",
       f"UAI typed as {bad}: wrong check letter, so no UAI (probable typo); region from the ac-normandie.fr domain. Otherwise an ordinary forgotten password.",
       frm=("Hélène Dufour", "helene.dufour@ac-normandie.fr"), client="thunderbird", cte="8bit", charset="iso-8859-1",
       subject="Mot de passe oublié - portail documentaire",
       body=T(f"""
        Bonjour,

        J'ai oublié le mot de passe d'administration de notre portail documentaire e-sidoc.
        Notre code établissement est le {bad} (lycée professionnel Aristide Briand, Évreux).

        Pourriez-vous m'indiquer la marche à suivre ?

        Merci,
        Hélène Dufour
        Professeure documentaliste
        """))

bad = BAD("0020078", 3)
person("password_reset", False, None, "hauts-de-france", "esidoc", True, "fr",
       f"Wrong check letter ({bad}), so no UAI; region from ac-amiens.fr. Asks for the password to be sent to a personal Gmail address that is not on file: no automatic answer.",
       frm=("Yann Leroux", "yann.leroux@ac-amiens.fr"), client="gmail", cte="qp",
       subject="perte mot de passe esidoc",
       body=T(f"""
        Bonjour,

        je n'ai plus le mot de passe du back office e-sidoc de la cité scolaire de Laon (UAI {bad}).
        Pouvez-vous le réinitialiser et l'envoyer plutôt sur mon adresse perso yann.lrx@gmail.com ? Je n'arrive pas à ouvrir ma messagerie académique depuis chez moi et je corrige des copies toute la semaine.

        Merci
        Yann Leroux
        """))

u = U("0622905")
person("password_reset", False, u, "hauts-de-france", "ecoledirecte", True, "fr",
       "Lost EcoleDirecte administration password, explicitly NOT the daily maintenance password (which would be transfer_incident). No reset template for this product.",
       frm=("Secrétariat LP Sainte-Jeanne", "secretariat@lp-saintejeanne-arras.fr"), client="android", cte="b64",
       subject="connexion ecoledirecte admin",
       body=T(f"""
        bjr, je n arrive plus a me connecter a l espace administration ecoledirecte, j ai perdu mon mdp. attention je ne cherche pas le mot de passe de maintenance du jour, c est mon mdp perso d admin qui ne passe plus. on a les conseils de classe de terminale la semaine pro donc c est un gros pb
        merci de me rappeler ou de me dire quoi faire
        Valérie, secrétariat
        LP Sainte-Jeanne Arras - {u}
        """))

u = U("0592208")
person("password_reset", False, u, "hauts-de-france", "esidoc", True, "fr",
       "Two topics: lost e-sidoc password (first, main) and an invoice to resend for the agent comptable; a single template answers only half.",
       frm=("Laurence Delattre", "laurence.delattre@ac-lille.fr"), client="zimbra", html_alt=True,
       subject="mot de passe + facture",
       body=T(f"""
        Bonjour,

        Deux demandes pour le lycée professionnel Cabaret-Danvin (UAI {u}) :

        1) je ne retrouve plus le mot de passe d'administration du portail e-sidoc, pouvez-vous m'aider à le réinitialiser ?
        2) l'agent comptable me réclame la facture de l'abonnement de cette année, que je n'ai jamais reçue. Pouvez-vous la lui renvoyer ?

        Merci beaucoup,
        Laurence Delattre
        Documentaliste
        """))

u = U("0590241")
person("password_reset", True, u, "hauts-de-france", "esidoc", False, "en",
       "English; the librarian of an international section forgot the e-sidoc back-office password; UAI given.",
       frm=("Sarah Whitfield", "sarah.whitfield@ac-lille.fr"), client="zimbra",
       subject="Forgotten password - school library portal",
       body=T(f"""
        Hello,

        I am the librarian of the British international section at our lycée in Lille and I can no longer log in to the e-sidoc back office: I have forgotten the password.
        Our school code (UAI) is {u}.

        Could you send me a reset link, please? We need to update the reading lists before the oral exams.

        Many thanks,
        Sarah Whitfield
        School librarian
        """))

u = U("0600031")
person("password_reset", False, u, "hauts-de-france", "esidoc", True, "fr",
       "Reply (Gmail French quote) to the automatic reset answer: the link went to the ce.<UAI> mailbox, which nobody can read during the exams (the office is the exam centre). A person must take over.",
       frm=("Claire Vasseur", "claire.vasseur@ac-amiens.fr"), client="gmail",
       subject="Re: [#SUP-008412] Mot de passe e-sidoc", date="2025-06-16 13:05",
       reply=dict(style="gmail", ticket=8412, days=1, subject="[#SUP-008412] Mot de passe e-sidoc",
                  body=T("""
                    Bonjour,

                    Nous avons adressé un lien de réinitialisation à la boîte officielle de votre établissement (c***@ac-a*****.fr). Ce lien expire au bout de 12 heures.

                    Cordialement,
                    L'équipe d'assistance
                    """)),
       body=T(f"""
        Bonjour,

        Merci mais ça ne m'aide pas : le lien est parti sur la boîte ce. du lycée et le secrétariat est fermé jusqu'au 20, il sert de centre d'examen et personne ne relève cette boîte. Moi je n'y ai pas accès.
        Comment faire autrement ? UAI {u}, lycée professionnel Jean Rostand à Beauvais.

        Claire Vasseur
        """))

u = U("0623481")
person("password_reset", True, u, "hauts-de-france", "esidoc", False, "fr",
       "The CPE writes for a contract documentaliste who arrived yesterday and has no mailbox yet; nobody knows the password; asks for the link on the school's address.",
       frm=("Julien Lemaire", "julien.lemaire@ac-lille.fr"), client="outlook", html_alt=True,
       subject="Mot de passe portail CDI - nouvelle collègue",
       body=T(f"""
        Bonjour,

        Je suis CPE au lycée professionnel Pierre Mendès France de Béthune. Je vous écris pour notre nouvelle collègue documentaliste, contractuelle arrivée hier, qui n'a pas encore sa messagerie académique.
        Elle ne connaît pas le mot de passe du portail e-sidoc, et personne ici ne le connaît non plus depuis le départ de sa prédécesseure.

        UAI : {u}
        Pouvez-vous envoyer le lien de réinitialisation à l'adresse officielle du lycée ?

        Merci d'avance,
        Julien Lemaire
        Conseiller principal d'éducation
        """))

u = U("0141185")
person("password_reset", True, u, "normandie", "esidoc", False, "fr",
       "Very short phone message: e-sidoc password blocked, UAI given; personal Orange address, region from the UAI.",
       frm=("F. Marie", "fmarie14@orange.fr"), client="iphone", cte="8bit",
       subject="urgent",
       body=T(f"""
        mdp esidoc bloque urgent svp {u}
        merci
        """))

u = U("0501299")
person("password_reset", True, u, "normandie", "espace_acheteur", True, "fr",
       "Misleading subject (an order of textbooks): the only request is the forgotten Espace Acheteur password needed to place it.",
       frm=("Sophie Lecoq", "sophie.lecoq@ac-normandie.fr"), client="outlook", html_alt=True,
       subject="Commande manuels bac pro",
       body=T(f"""
        Bonjour,

        Je dois passer la commande des manuels de bac pro pour la rentrée avant le 30 juin, mais je ne peux pas me connecter à l'Espace Acheteur : j'ai oublié mon mot de passe.
        Pouvez-vous m'envoyer un lien pour le réinitialiser ?

        Lycée professionnel Claude Lehec, Saint-Hilaire-du-Harcouët
        UAI {u}

        Cordialement,
        Sophie Lecoq
        Gestionnaire
        """))

u = U("0624406")
person("password_reset", True, u, "hauts-de-france", "esidoc", False, "fr",
       "Very formal: the EREA documentaliste knows neither the identifier (it is the UAI) nor the password.",
       frm=("Bertrand Lheureux", "bertrand.lheureux@ac-lille.fr"), client="outlook", html_alt=True,
       subject="Demande d'identifiants - portail documentaire de l'EREA",
       body=T(f"""
        Madame, Monsieur,

        Nommé à l'EREA de Berck-sur-Mer depuis peu, je souhaiterais administrer le portail documentaire e-sidoc de l'établissement. Je ne dispose malheureusement ni de l'identifiant ni du mot de passe, et mon prédécesseur n'a laissé aucune consigne.

        Pour mémoire, le numéro UAI de l'établissement est le {u}.

        Je vous serais reconnaissant de bien vouloir m'indiquer la procédure à suivre.

        Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

        Bertrand Lheureux
        Professeur documentaliste
        EREA Jean Monnet - Berck-sur-Mer
        """))

person("password_reset", True, None, "normandie", "espace_acheteur", False, "fr",
       "Espace Acheteur password expired and the old one forgotten; no UAI, region from ac-normandie.fr.",
       frm=("Patricia Hébert", "patricia.hebert@ac-normandie.fr"), client="zimbra",
       subject="mot de passe expiré",
       body=T("""
        Bonjour,

        En me connectant à l'Espace Acheteur ce matin, on me demande de changer mon mot de passe car il a expiré. Le problème, c'est qu'il faut saisir l'ancien et je ne m'en souviens plus du tout.

        Pouvez-vous me renvoyer un accès ?

        Patricia Hébert
        Secrétaire d'intendance, LP Jean Guéhenno, Flers
        """))

u = U("0762958")
person("password_reset", True, u, "normandie", "esidoc", False, "fr",
       "The reset mail goes to a predecessor's address (retired): the reset path (official address, else the head's request) applies. Thunderbird, ISO-8859-1 8-bit.",
       frm=("Anne Lemonnier", "anne.lemonnier@ac-normandie.fr"), client="thunderbird", cte="8bit", charset="iso-8859-1",
       subject="Réinitialisation mot de passe e-sidoc",
       body=T(f"""
        Bonjour,

        Quand je clique sur « mot de passe oublié » sur notre portail e-sidoc, le message de réinitialisation part sur l'adresse de ma prédécesseure, partie à la retraite l'été dernier. Je ne peux donc pas le recevoir.

        Lycée professionnel Le Corbusier, Petit-Quevilly - UAI {u}

        Que puis-je faire ?
        Merci,
        Anne Lemonnier
        """))

u = U("0802244")
person("password_reset", False, u, "hauts-de-france", "esidoc", True, "fr",
       "Asks for the password to be given over the phone or by SMS: no safe automatic answer; a person must explain the procedure.",
       frm=("Romain Petit", "romain.petit@ac-amiens.fr"), client="iphone", cte="qp",
       subject="mdp",
       body=T(f"""
        Bonjour
        j ai perdu le mot de passe de l admin esidoc (LP Romain Rolland Amiens {u}). est ce que vous pouvez me le donner par telephone au 06 71 28 44 90 ou me l envoyer par sms ? je suis pris par les oraux toute la semaine je n aurai pas le temps de faire une procedure
        merci
        R. Petit
        """))

u = U("0594450")
person("password_reset", True, u, "hauts-de-france", "esidoc", True, "fr",
       "Reply on an old subscription ticket (quoted Outlook history about the Europresse activation), but the new message clearly asks something else: a lost password.",
       frm=("Isabelle Dhondt", "isabelle.dhondt@ac-lille.fr"), client="outlook", html_alt=True,
       subject="RE: [#SUP-007731] Abonnement Europresse",
       reply=dict(style="outlook", ticket=7731, days=41, subject="[#SUP-007731] Abonnement Europresse",
                  body=T("""
                    Bonjour,

                    Votre abonnement Europresse est désormais actif. La ressource peut mettre quelques minutes à apparaître sur le portail.

                    Cordialement,
                    L'équipe d'assistance
                    """)),
       body=T(f"""
        Bonjour,

        Je reprends ce fil car je n'ai pas d'autre adresse : l'abonnement fonctionne très bien, merci, mais aujourd'hui c'est autre chose, je n'arrive plus à me connecter à l'administration du portail, j'ai oublié le mot de passe.
        UAI {u} (LP Voltaire, Wattrelos).

        Merci de m'envoyer un lien de réinitialisation.

        Isabelle Dhondt
        """))

u = U("0763302")
person("password_reset", True, u, "normandie", "esidoc", True, "fr",
       "The UAI appears only inside the portal URL, in lower case; the label is the upper-case code. Phone-typed.",
       frm=("Léa Grenier", "lea.grenier@ac-normandie.fr"), client="iphone", cte="8bit",
       subject="acces admin portail",
       body=T(f"""
        bjr, mdp oublié pour l admin de https://{u.lower()}.esidoc.fr dsl c est la 2e fois cette annee, je remplace la collegue jusqu a la fin de l annee et elle ne m a rien laisse
        merci d avance
        Léa
        """))

u = U("0021364")
person("password_reset", True, u, "hauts-de-france", "esidoc", False, "fr",
       "Forgotten password of the CDI portal, written from a personal Gmail address; region from the UAI.",
       frm=("Marion Dupont", "marion.dupont.doc@gmail.com"), client="gmail",
       subject="mot de passe oublié portail cdi",
       body=T(f"""
        Bonjour,

        je n'ai plus le mot de passe de notre portail e-sidoc (SEGPA du collège Gabriel Hanotaux, Saint-Quentin, UAI {u}). Pouvez-vous me dire comment le récupérer ?

        Bonne journée,
        Marion Dupont
        """))

u = U("0610743")
person("password_reset", True, u, "normandie", "espace_acheteur", False, "fr",
       "Shared intendance mailbox int.<UAI>@ac-normandie.fr; the Espace Acheteur identifier is forgotten. UAI in the address and in the signature.",
       frm=("Intendance LP Marcel Mézen", f"int.{u}@ac-normandie.fr"), client="outlook_desktop",
       subject="Identifiant Espace Acheteur",
       body=T(f"""
        Bonjour,

        Nous ne retrouvons plus notre identifiant ni notre mot de passe pour l'Espace Acheteur. L'adresse du compte est normalement celle-ci (boîte partagée de l'intendance).

        Pouvez-vous nous renvoyer les informations de connexion ?

        Cordialement,
        Service intendance
        LP Marcel Mézen - Alençon
        RNE {u}
        """))

# ---------------------------------------------------------------- missing_noreply_mail
person("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
       "Phone-typed: the Espace Acheteur activation mail never arrived; no anti-spam product named; Gmail sender, no region.",
       frm=("Kevin Duhamel", "kevin.duhamel80@gmail.com"), client="android", cte="b64",
       subject="pas recu mail activation",
       body=T("""
        bjr
        jai cree le compte espace acheteur lundi pour le LP et tjrs pas recu le mail d activation, comment je fais svp la gestionnaire part en conges fin juin et il faut que les commandes soient passees avant
        merci
        Kevin
        """))

u = U("0142590")
person("missing_noreply_mail", True, u, "normandie", "esidoc", True, "fr",
       "Negation: 'je n'ai pas oublié mon mot de passe'; the customer-account confirmation mail for a first online order never came.",
       frm=("Céline Vautier", "celine.vautier@ac-normandie.fr"), client="zimbra", html_alt=True,
       subject="Compte client - mail de confirmation",
       body=T(f"""
        Bonjour,

        Je n'ai pas oublié mon mot de passe, ce n'est pas ça le souci : j'ai créé hier le compte client pour notre portail e-sidoc afin de passer une première commande en ligne, et le mail de confirmation qui doit arriver n'est jamais venu.

        Collège Jacques Prévert (SEGPA), Lisieux - UAI {u}

        Merci de votre aide,
        Céline Vautier
        Professeure documentaliste
        """))

u = U("0601873")
person("missing_noreply_mail", True, u, "hauts-de-france", "espace_acheteur", True, "fr",
       "Names MailInBlack only to say the school does NOT use it any more: missing_noreply_mail, not mailinblack_spam.",
       frm=("Damien Poulain", "damien.poulain@ac-amiens.fr"), client="outlook", html_alt=True,
       subject="Aucun mail de la plateforme",
       body=T(f"""
        Bonjour,

        Depuis la semaine dernière, aucun des messages automatiques de l'Espace Acheteur (création de compte, nouveau mot de passe) n'arrive au lycée.
        Avant que vous ne posiez la question : nous n'avons plus Mailinblack, la Région l'a retiré de nos boîtes l'an passé. Rien non plus dans les courriers indésirables.

        LP Jules Uhry, Creil - UAI {u}

        Cordialement,
        Damien Poulain
        Assistant de gestion
        """))

person("missing_noreply_mail", True, None, "hauts-de-france", "espace_acheteur", False, "fr",
       "The structure administrator no longer receives the 'account to validate' notifications; no UAI, region from ac-amiens.fr.",
       frm=("Nathalie Boulanger", "nathalie.boulanger@ac-amiens.fr"), client="zimbra",
       subject="Notifications comptes à valider",
       body=T("""
        Bonjour,

        Je suis administratrice de structure sur l'Espace Acheteur pour notre lycée. Deux collègues de l'atelier m'ont dit avoir créé leur compte, mais je n'ai reçu aucune notification « compte à valider ».
        D'habitude ces mails arrivent bien. Est-ce qu'il y a un souci en ce moment ?

        Nathalie Boulanger
        Gestionnaire, LP Édouard Branly, Amiens
        """))

u = U("0270158")
person("missing_noreply_mail", False, u, "normandie", "espace_acheteur", True, "fr",
       "Reply (Outlook 'De : / Envoyé :') after the junk-folder answer: still nothing after 48 hours, asks for the region. The template was already sent: a person must follow up.",
       frm=("Frédéric Guérin", "frederic.guerin@ac-normandie.fr"), client="outlook", html_alt=True,
       subject="RE: [#SUP-008095] Mail de nouveau mot de passe",
       reply=dict(style="outlook", ticket=8095, days=3, subject="[#SUP-008095] Mail de nouveau mot de passe",
                  body=T("""
                    Bonjour,

                    Nos envois automatiques viennent d'une adresse no-reply. Regardez dans votre dossier de courriers indésirables ; si le message s'y trouve, déclarez-le comme fiable et enregistrez l'expéditeur dans vos contacts.

                    Si rien n'arrive d'ici 48 heures, il vous suffit de répondre à ce message.

                    Cordialement,
                    L'équipe d'assistance
                    """)),
       body=T(f"""
        Bonjour,

        J'ai fait tout ce que vous m'avez indiqué (indésirables vérifiés, expéditeur ajouté aux contacts). Trois jours plus tard, toujours rien.
        Pouvez-vous transmettre à l'équipe de la région ? Nos commandes de fin d'année sont bloquées.

        Frédéric Guérin
        Gestionnaire - LP Jean-Baptiste Decrétot, Louviers (UAI {u})
        """))

person("missing_noreply_mail", True, None, None, "ticket_portal", False, "fr",
       "The ticket portal's confirmation mail (to set a first password) never arrived; Hotmail sender, no region.",
       frm=("Stéphanie Roussel", "steph.roussel@hotmail.fr"), client="generic",
       subject="Inscription portail des tickets",
       body=T("""
        Bonjour,

        Je me suis inscrite hier sur le portail de suivi des tickets pour suivre nos demandes, mais je n'ai jamais reçu le mail de confirmation qui doit me permettre de choisir un mot de passe. J'ai regardé dans les spams, rien.

        Merci,
        Stéphanie Roussel
        """))

person("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
       "English; the new-password mail from the no-reply address never arrives; no anti-spam product named; non-academic domain.",
       frm=("Tom Baker", "t.baker@lycee-international-lille.fr"), client="outlook", html_alt=True,
       subject="Password email not received",
       body=T("""
        Hello,

        I requested a new password on the buyer space (Espace Acheteur) three times this morning. Each time the site says an email has been sent, but nothing reaches my inbox, and there is nothing in the junk folder either.

        Could you check on your side?

        Best regards,
        Tom Baker
        Bursar's office
        """))

u = U("0593127")
person("missing_noreply_mail", True, u, "hauts-de-france", "espace_acheteur", True, "fr",
       "Suspects 'the filter of the local authority's mail system' but names no anti-spam product: stays missing_noreply_mail.",
       frm=("Pascale Vandenbussche", "pascale.vandenbussche@ac-lille.fr"), client="outlook", html_alt=True,
       subject="Mails automatiques non reçus",
       body=T(f"""
        Bonjour,

        Nous ne recevons pas les messages automatiques de l'Espace Acheteur (lien d'activation notamment). Je me demande si le filtre de la messagerie mise en place par la collectivité ne les arrête pas, il est très strict depuis la rentrée, mais je ne sais pas de quel outil il s'agit.

        Lycée professionnel Louis Blériot, Tourcoing - UAI {u}

        Bien à vous,
        Pascale Vandenbussche
        """))

u = U("0611820")
person("missing_noreply_mail", True, u, "normandie", "espace_acheteur", True, "fr",
       "The secretary writes for the gestionnaire (on an exam board) from the ce.<UAI> address; the UAI is only in that address. New-password mail never arrives.",
       frm=("Secrétariat LP Jean Monnet", f"ce.{u}@ac-normandie.fr"), client="outlook_desktop",
       subject="Mail de réinitialisation non reçu",
       body=T("""
        Bonjour,

        Notre gestionnaire, actuellement en commission de délibération du bac pro, me demande de vous écrire.
        Elle a demandé un nouveau mot de passe sur l'Espace Acheteur à plusieurs reprises depuis mardi, mais le mail ne lui parvient jamais. Elle a vérifié le dossier des indésirables.

        Merci de votre retour,
        Le secrétariat
        LP Jean Monnet - Mortagne-au-Perche
        """))

person("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
       "Two-line phone message: confirmation mail not received since Friday; free.fr address, no region.",
       frm=("Sandrine P.", "sandrine.p@free.fr"), client="iphone", cte="8bit",
       subject="confirmation",
       body=T("""
        tjrs pas recu le mail de confirmation de l espace acheteur depuis vendredi
        dsl pour la relance mais c est urgent
        """))

u = U("0800063")
person("missing_noreply_mail", True, u, "hauts-de-france", "esidoc", False, "fr",
       "HTML-only Outlook: no platform mail at all since the school changed its mail host; UAI in the signature; no anti-spam product named.",
       frm=("CDI LP Montaigne", "cdi@lp-montaigne-amiens.fr"), client="outlook", html_only=True,
       subject="Plus aucun mail de la plateforme",
       body=T(f"""
        Bonjour,

        Depuis que le lycée a changé de messagerie (passage à une messagerie hébergée par la ville), nous ne recevons plus aucun mail automatique de la plateforme e-sidoc : ni les mots de passe, ni les confirmations.
        Les autres mails arrivent normalement.

        Pourriez-vous nous dire de quelle adresse ils partent pour que notre prestataire l'autorise ?

        CDI - Lycée professionnel Montaigne, Amiens
        UAI {u}
        """))

person("missing_noreply_mail", True, None, "hauts-de-france", "espace_acheteur", True, "fr",
       "Reads like a password problem (subject 'Mot de passe oublié'), but the forgotten-password tool works: the mail it sends never arrives.",
       frm=("Olivier Carpentier", "olivier.carpentier@ac-lille.fr"), client="zimbra",
       subject="Mot de passe oublié",
       body=T("""
        Bonjour,

        J'ai cliqué trois fois sur « mot de passe oublié » sur l'Espace Acheteur. À chaque fois le site m'affiche qu'un message m'a été envoyé, mais rien n'arrive, même pas dans les indésirables. Je n'ai donc toujours pas de nouveau mot de passe.

        Olivier Carpentier
        Adjoint gestionnaire, LP Frédéric Joliot-Curie, Hautmont
        """))

u = U("0620093")
person("missing_noreply_mail", True, u, "hauts-de-france", "esignature", False, "fr",
       "The e-signature invitation for a convention never reached the deputy head; a no-reply mail not received, no product named.",
       frm=("Christine Wallet", "christine.wallet@ac-lille.fr"), client="outlook", html_alt=True,
       subject="Lien de signature électronique non reçu",
       body=T(f"""
        Bonjour,

        La proviseure adjointe devait recevoir par mail l'invitation à signer électroniquement la convention d'adhésion. On nous a dit qu'elle était partie jeudi, mais rien n'est arrivé, ni dans sa boîte ni dans les indésirables.

        Pouvez-vous la renvoyer ?
        LP Jean Bart, Calais - UAI {u}

        Christine Wallet
        Secrétariat de direction
        """))

u = U("0500087")
person("missing_noreply_mail", True, u, "normandie", "espace_acheteur", False, "fr",
       "The CPE created the account for the new gestionnaire; the activation link never arrived.",
       frm=("Thierry Lebrun", "thierry.lebrun@ac-normandie.fr"), client="zimbra", html_alt=True,
       subject="lien d'activation",
       body=T(f"""
        Bonjour,

        En l'absence de la gestionnaire, j'ai créé le compte Espace Acheteur de sa remplaçante, qui arrive lundi. Le lien d'activation n'est jamais arrivé dans sa boîte (ni dans les spams).

        LP Jean-François Millet, Cherbourg - UAI {u}

        Cordialement,
        Thierry Lebrun
        CPE
        """))

person("missing_noreply_mail", True, None, "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
       "Offer-update alert notifications no longer arrive; region from ac-lyon.fr, no UAI.",
       frm=("Mireille Chabert", "mireille.chabert@ac-lyon.fr"), client="thunderbird", cte="8bit",
       subject="Alertes offres",
       body=T("""
        Bonjour,

        Je suis abonnée aux alertes de mise à jour des offres sur l'Espace Acheteur, mais je ne reçois plus aucune notification depuis début mai.
        Je n'ai rien changé de mon côté.

        Mireille Chabert
        Gestionnaire, lycée professionnel, Villeurbanne
        """))

u = U("0442770")
person("missing_noreply_mail", False, u, "pays-de-la-loire", "espace_acheteur", True, "fr",
       "Two topics: order-validation notifications never arrive (main) and who is the structure's administrator (account_creation). One template would answer only half.",
       frm=("Agnès Moreau", "agnes.moreau@ac-nantes.fr"), client="outlook", html_alt=True,
       subject="Deux questions Espace Acheteur",
       body=T(f"""
        Bonjour,

        Deux questions pour le LP de la Herdrie, Basse-Goulaine (UAI {u}) :
        - je ne reçois pas les mails de notification quand une commande est validée, alors que les collègues des autres lycées les reçoivent ;
        - par ailleurs, qui est l'administrateur de notre structure ? Je ne le trouve nulle part.

        Merci,
        Agnès Moreau
        """))

u = U("9741097")
person("missing_noreply_mail", True, u, "la-reunion", "esidoc", False, "fr",
       "Réunion: the mail to create a password never arrived; Réunion time offset in the Date.",
       frm=("Josiane Payet", "josiane.payet@ac-reunion.fr"), client="outlook", html_alt=True,
       subject="Pas reçu le mail de création de mot de passe",
       extra=(), body=T(f"""
        Bonjour,

        Je n'ai pas reçu le mail qui permet de créer le mot de passe de notre portail e-sidoc. J'ai vérifié les courriers indésirables.

        LP de Saint-Pierre, UAI {u}

        Merci,
        Josiane Payet
        """), tz=4)

# ---------------------------------------------------------------- mailinblack_spam
person("mailinblack_spam", True, None, "hauts-de-france", "espace_acheteur", False, "fr",
       "Phone-typed: the Espace Acheteur mails are blocked by Mailinblack; asks for the procedure.",
       frm=("Samira Kaddouri", "samira.kaddouri@ac-lille.fr"), client="iphone", cte="8bit",
       subject="bloque par mailinblack",
       body=T("""
        bjr les mails de l espace acheteur sont bloques par mailinblack chez nous, vous avez la procedure pour les debloquer stp ? je dois valider un devis avant vendredi
        merci
        Samira, LP Gustave Eiffel Armentières
        """))

person("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
       "The Région's IT service is rolling MailInBlack out to the lycées and asks which senders to allow-list. Non-academic domain, no region.",
       frm=("Service numérique des lycées", "numerique.lycees@hautsdefrance.example.fr"), client="outlook", html_alt=True,
       subject="MailInBlack - expéditeurs à autoriser",
       body=T("""
        Bonjour,

        La Région déploie actuellement la solution MailInBlack sur les messageries des lycées. Plusieurs gestionnaires nous signalent que les messages de l'Espace Acheteur sont mis en attente.

        Pourriez-vous nous communiquer la liste des adresses et domaines d'expédition à inscrire en liste blanche ?

        Cordialement,
        Pôle assistance - Service numérique des lycées
        """))

u = U("0271390")
person("mailinblack_spam", False, u, "normandie", "esidoc", True, "fr",
       "The sender-authentication challenge is described (the sender must click to prove it is not a robot) without naming MailInBlack: the product is not confirmed, a person should check before sending the guide.",
       frm=("Bénédicte Loisel", "benedicte.loisel@ac-normandie.fr"), client="zimbra", html_alt=True,
       subject="messages en attente de validation",
       body=T(f"""
        Bonjour,

        Depuis peu, quand quelqu'un m'écrit pour la première fois, il reçoit un message lui demandant de cliquer sur un lien pour prouver qu'il n'est pas un robot. J'imagine que vos mails automatiques (mot de passe du portail) restent coincés à cette étape, car je ne les reçois pas.

        Je ne sais pas quel logiciel fait ça, c'est l'informatique du département qui l'a installé.

        Collège Pablo Picasso (SEGPA), Évreux - UAI {u}
        Bénédicte Loisel
        """))

u = U("0611159")
person("mailinblack_spam", True, u, "normandie", "espace_acheteur", True, "fr",
       "Reply (Gmail quote) to the junk-folder answer: their technician says MailInBlack is holding the mails, so the MailInBlack guide is now the right answer.",
       frm=("Marc Bazin", "marc.bazin@ac-normandie.fr"), client="gmail",
       subject="Re: [#SUP-008260] Mail d'activation",
       reply=dict(style="gmail", ticket=8260, days=2, subject="[#SUP-008260] Mail d'activation",
                  body=T("""
                    Bonjour,

                    Nos envois automatiques viennent d'une adresse no-reply. Pensez à regarder dans les courriers indésirables et à enregistrer l'expéditeur dans vos contacts.

                    Cordialement,
                    L'équipe d'assistance
                    """)),
       body=T(f"""
        Bonjour,

        Ce n'était pas dans les indésirables. Le technicien du lycée a regardé : c'est Mailinblack qui bloque vos messages, ils sont en quarantaine.
        Que faut-il autoriser exactement ?

        Marc Bazin
        LP Napoléon, L'Aigle - {u}
        """))

u = U("0597031")
person("mailinblack_spam", True, u, "hauts-de-france", "esidoc", False, "fr",
       "Product spelled 'Mail in Black'; the e-sidoc activation mail sits in its quarantine.",
       frm=("Virginie Leclercq", "virginie.leclercq@ac-lille.fr"), client="outlook_desktop",
       subject="Activation compte client bloquée",
       body=T(f"""
        Bonjour,

        Le mail d'activation de notre compte client e-sidoc est bloqué dans la quarantaine de Mail in Black. Je n'ai pas les droits pour le libérer moi-même.

        Comment faire pour que vos messages passent ?
        LP Île de Flandre, Armentières - UAI {u}

        Virginie Leclercq
        Professeure documentaliste
        """))

u = U("0801742")
person("mailinblack_spam", False, u, "hauts-de-france", "espace_acheteur", True, "fr",
       "Two topics: MailInBlack blocks the activation mails (first) and an invoice amount that does not match the quote (order_billing). A single template would answer only half.",
       frm=("Gaëlle Fournier", "gaelle.fournier@ac-amiens.fr"), client="outlook", html_alt=True,
       subject="Mailinblack et facture",
       body=T(f"""
        Bonjour,

        D'une part, Mailinblack bloque les mails d'activation de l'Espace Acheteur pour mes deux collègues de l'atelier : que devons-nous autoriser ?
        D'autre part, la facture reçue pour la dernière commande (outillage bac pro MELEC) ne correspond pas au devis : 1 284,00 € au lieu de 1 184,00 €.

        LP Alfred Manessier, Flixecourt - UAI {u}

        Merci,
        Gaëlle Fournier
        Gestionnaire
        """))

u = U("0801530")
person("mailinblack_spam", True, u, "hauts-de-france", "espace_acheteur", False, "fr",
       "Forwards the daily MailInBlack quarantine report (machine text) with a real question on top.",
       frm=("Hervé Lamotte", "herve.lamotte@ac-amiens.fr"), client="outlook", html_alt=True,
       subject="TR: Votre rapport de quarantaine quotidien", date="2025-06-03 08:05",
       body=T(f"""
        Bonjour,

        Je vous transfère le rapport que je reçois chaque matin : vos messages y sont systématiquement. Je peux les libérer un par un mais c'est pénible. Comment les autoriser une fois pour toutes ?

        Hervé Lamotte
        Gestionnaire - LP Jean Racine, Montdidier - {u}

        ________________________________
        De : Mailinblack <noreply@protect.mailinblack.example.com>
        Envoyé : mardi 3 juin 2025 07:00
        À : herve.lamotte@ac-amiens.fr
        Objet : Votre rapport de quarantaine quotidien

        3 messages sont en attente dans votre espace Mailinblack :
        - no-reply@espace-acheteur.example.fr - Validation de votre compte
        - no-reply@espace-acheteur.example.fr - Nouveau mot de passe
        - newsletter@fournisseur.example.com - Promotions de juin
        Libérer | Autoriser l'expéditeur | Bloquer
        """))

u = U("0672905")
person("mailinblack_spam", True, u, "grand-est", "espace_acheteur", False, "en",
       "English; MailinBlack holds the buyer-space activation links.",
       frm=("Julia Meyer", "julia.meyer@ac-strasbourg.fr"), client="outlook", html_alt=True,
       subject="Activation emails held by MailinBlack",
       body=T(f"""
        Hello,

        Our school uses MailinBlack and the activation emails from the buyer space end up in its quarantine. Which sender addresses should we allow so that they are delivered?

        School: lycée professionnel in Strasbourg, UAI {u}

        Kind regards,
        Julia Meyer
        """))

u = U("0141980")
person("mailinblack_spam", True, u, "normandie", "esidoc", False, "fr",
       "MAILINBLACK in capitals, short; asks whether to allow the domain or the address.",
       frm=("Yves Osmont", "yves.osmont@ac-normandie.fr"), client="android", cte="b64",
       subject="MAILINBLACK",
       body=T(f"""
        Bonjour, on a MAILINBLACK au lycée ({u}) et vos mails pour le portail sont bloqués. Faut-il autoriser le domaine ou seulement l'adresse no-reply ?
        Y. Osmont
        """))

u = U("0762100")
person("mailinblack_spam", True, u, "normandie", "esidoc", True, "fr",
       "Misleading subject ('Mot de passe'): the password itself is not the issue; the new-password mail is held by Mailinblack.",
       frm=("Corinne Lefrançois", "corinne.lefrancois@ac-normandie.fr"), client="gmail",
       subject="Mot de passe",
       body=T(f"""
        Bonjour,

        Je sais faire la démarche de mot de passe oublié, là n'est pas le problème : le mail de nouveau mot de passe du portail e-sidoc est retenu par Mailinblack et je n'ai pas la main dessus.
        Pouvez-vous m'envoyer la procédure pour vous mettre en liste blanche ?

        Corinne Lefrançois
        Documentaliste, LP Bernard Palissy, Maromme - UAI {u}
        """))

u = U("0021536")
person("mailinblack_spam", True, u, "hauts-de-france", "esidoc", False, "fr",
       "The CPE writes for the EREA documentaliste: MailInBlack asks the platform to authenticate as a sender, so the mails never arrive.",
       frm=("Alain Boucher", "alain.boucher@ac-amiens.fr"), client="zimbra", html_alt=True,
       subject="Messages bloqués MailInBlack - EREA",
       body=T(f"""
        Bonjour,

        J'écris pour la documentaliste de l'EREA, en jury toute la semaine. Les messages du portail e-sidoc sont bloqués par MailInBlack, qui attend que l'expéditeur s'authentifie, ce qu'une adresse no-reply ne fera évidemment jamais.

        EREA de Château-Thierry, UAI {u}

        Cordialement,
        Alain Boucher, CPE
        """))

u = U("0133609")
person("mailinblack_spam", True, u, "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
       "Typos and no accents; 'mailinblak' still names the product.",
       frm=("Fabienne Giraud", "fabienne.giraud@ac-aix-marseille.fr"), client="iphone", cte="8bit",
       subject="mails bloquer",
       body=T(f"""
        bonjour, depuis que le rectorat a mis mailinblak on recoit plus rien de l espace acheteur, les mail sont bloquer en quarantaine. comment on fait pour que ca passe ? lycee pro de marseille {u}
        merci
        """))

u = U("0761905")
person("mailinblack_spam", True, u, "normandie", "espace_acheteur", False, "fr",
       "The secretariat writes from the ce.<UAI> address (UAI also in the body): MailInBlack, allow-list question.",
       frm=("Secrétariat LP Schuman-Perret", f"ce.{u}@ac-normandie.fr"), client="outlook", html_alt=True,
       subject="Mailinblack - Espace Acheteur",
       body=T(f"""
        Bonjour,

        Le lycée (UAI {u}) est équipé de Mailinblack depuis avril. Les messages de l'Espace Acheteur destinés à notre gestionnaire sont mis de côté.
        Faut-il autoriser le domaine entier ou seulement l'adresse d'envoi ?

        Le secrétariat
        LP Schuman-Perret, Le Havre
        """))

# ---------------------------------------------------------------- head_of_establishment_request
u = U("0595612")
person("head_of_establishment_request", False, u, "hauts-de-france", "espace_acheteur", False, "fr",
       "The proviseure writes from the ce.<UAI> address to name a new structure administrator (the gestionnaire leaves at the end of June) and to close the former one's access.",
       frm=("Proviseure LP Ferdinand Buisson", f"ce.{u}@ac-lille.fr"), client="outlook", html_alt=True,
       subject="Changement d'administrateur - Espace Acheteur",
       body=T(f"""
        Madame, Monsieur,

        Mme Odile Delporte, gestionnaire et administratrice de notre structure sur l'Espace Acheteur, quitte l'établissement le 30 juin (mutation).
        Je vous demande de bien vouloir désigner à sa place M. Antoine Ryckebusch, adjoint gestionnaire (antoine.ryckebusch@ac-lille.fr), et de clôturer les accès de Mme Delporte à cette date.

        Je vous prie d'agréer mes salutations distinguées.

        Catherine Vanhoutte
        Proviseure
        Lycée professionnel Ferdinand Buisson - Halluin
        UAI {u}
        """))

u = U("0622871")
person("head_of_establishment_request", False, u, "hauts-de-france", "esidoc", False, "fr",
       "The principal of a collège with a SEGPA authorises the documentaliste to validate the e-sidoc renewal order and attaches the bon d'engagement.",
       frm=("Jean-Luc Deleval", "jean-luc.deleval@ac-lille.fr"), client="outlook", html_alt=True,
       attach=[("bon_engagement_2025-061.pdf", fake_pdf("bon d'engagement 2025-061"), "application/pdf")],
       subject="Autorisation - renouvellement abonnement portail CDI",
       body=T(f"""
        Bonjour,

        En qualité de principal du collège Anatole France (avec SEGPA) de Bruay-la-Buissière, UAI {u}, j'autorise Mme Hanane Belkacem, professeure documentaliste, à valider en ligne la commande de renouvellement de notre abonnement e-sidoc.

        Vous trouverez ci-joint le bon d'engagement correspondant.

        Cordialement,
        Jean-Luc Deleval
        Principal
        """))

u = U("0141722")
person("head_of_establishment_request", False, u, "normandie", "esidoc", False, "fr",
       "The EREA director, from the ce.<UAI> address, asks for an administrator password reset and a new contact address.",
       frm=("Direction EREA Caen", f"ce.{u}@ac-normandie.fr"), client="zimbra", html_alt=True,
       subject="Demande de réinitialisation - compte administrateur e-sidoc",
       body=T("""
        Bonjour,

        Je suis le directeur de l'EREA. Notre ancienne documentaliste étant partie, je vous demande de réinitialiser le mot de passe du compte administrateur de notre portail e-sidoc et d'enregistrer comme adresse de contact celle de l'établissement, depuis laquelle je vous écris.

        Merci par avance.

        Philippe Anquetil
        Directeur de l'EREA
        """))

u = U("0602519")
person("head_of_establishment_request", False, u, "hauts-de-france", "esidoc", True, "fr",
       "The secretary sends the proviseur's signed letter (PDF) with the proviseur in copy: it is the head's written request, relayed; staff must check the letter and the sender.",
       frm=("Martine Levasseur", "martine.levasseur@ac-amiens.fr"), client="outlook", html_alt=True,
       cc="Proviseur LP Marie Curie <ce.%s@ac-amiens.fr>" % u,
       attach=[("courrier_proviseur_portail.pdf", fake_pdf("courrier du proviseur"), "application/pdf")],
       subject="Courrier de M. le Proviseur - portail documentaire",
       body=T(f"""
        Bonjour,

        À la demande de M. le Proviseur, je vous transmets en pièce jointe son courrier signé demandant le changement de l'adresse de contact et la réinitialisation du mot de passe administrateur de notre portail documentaire.
        M. le Proviseur est en copie de ce message.

        Lycée professionnel Marie Curie, Nogent-sur-Oise - UAI {u}

        Bien cordialement,
        Martine Levasseur
        Secrétaire de direction
        """))

u = U("0760095")
person("head_of_establishment_request", False, u, "normandie", "espace_acheteur", True, "fr",
       "Written by the deputy head acting as head ('faisant fonction') while the proviseur is away: authorises the gestionnaire's order. Still a head-of-establishment authorisation; staff must check it.",
       frm=("Nicolas Féron", "nicolas.feron@ac-normandie.fr"), client="outlook_desktop",
       subject="Autorisation de commande - LP Gustave Flaubert", date="2025-06-10 16:40",
       body=T(f"""
        Bonjour,

        M. le Proviseur étant absent jusqu'au 16 juin, j'assure l'intérim de la direction.
        À ce titre, j'autorise Mme Durand, gestionnaire, à valider la commande n° 2025-0418 passée sur l'Espace Acheteur (équipements de l'atelier carrosserie), qui doit être engagée avant la clôture budgétaire.

        Nicolas Féron
        Proviseur adjoint, faisant fonction de chef d'établissement
        LP Gustave Flaubert, Rouen - UAI {u}
        """))

u = U("0623417")
person("head_of_establishment_request", False, u, "hauts-de-france", "esidoc", True, "fr",
       "Claims to be the proviseur from a free-mail address and asks to move the administrator contact to that address: weak evidence, probably a spoof. Still a head-of-establishment request for the queue, where staff should refuse it.",
       frm=("Proviseur LP Calais", "proviseur.lpcalais@gmail.com"), client="gmail",
       subject="URGENT changement adresse administrateur",
       body=T(f"""
        Bonjour,

        Je suis le proviseur du lycée professionnel Normandie-Niemen de Calais (UAI {u}).
        Merci de remplacer dès aujourd'hui l'adresse de contact du compte administrateur de notre portail e-sidoc par celle-ci : proviseur.lpcalais@gmail.com, et de m'y envoyer un nouveau mot de passe. Notre messagerie académique est en panne.

        C'est urgent, merci de faire vite.
        Le Proviseur
        """))

u = U("0272240")
person("head_of_establishment_request", False, u, "normandie", "esidoc", False, "fr",
       "Reply (Outlook '-----Message d'origine-----') in which the principal gives the written request the desk asked for.",
       frm=("Principal Collège André Malraux", f"ce.{u}@ac-normandie.fr"), client="outlook_desktop",
       subject="RE: [#SUP-008377] Réinitialisation du compte administrateur",
       reply=dict(style="outlook_orig", ticket=8377, days=1, subject="[#SUP-008377] Réinitialisation du compte administrateur",
                  body=T("""
                    Bonjour,

                    Pour des raisons de sécurité, la réinitialisation du compte administrateur doit être demandée par écrit par le chef d'établissement.

                    Cordialement,
                    L'équipe d'assistance
                    """)),
       body=T(f"""
        Bonjour,

        Comme vous me l'avez demandé, je confirme par écrit ma demande : merci de réinitialiser le mot de passe du compte administrateur e-sidoc du collège André Malraux de Gaillon (UAI {u}) et d'adresser le lien à l'adresse de l'établissement.

        Pascal Leprévost
        Principal
        """))

u = U("0801111")
person("head_of_establishment_request", False, u, "hauts-de-france", "esidoc", False, "fr",
       "A primary-school head (directrice d'école) asks to replace the contact address of the e-sidoc admin account with the school's address.",
       frm=("Directrice école Jules Ferry", f"ce.{u}@ac-amiens.fr"), client="zimbra",
       subject="Adresse de contact du portail BCD",
       body=T(f"""
        Bonjour,

        Directrice de l'école élémentaire Jules Ferry d'Albert (UAI {u}), je vous demande de remplacer l'adresse de contact associée au compte administrateur de notre portail e-sidoc : c'est encore l'adresse personnelle d'une enseignante partie à la retraite. Merci d'y mettre l'adresse de l'école.

        Florence Caudron
        Directrice d'école
        """))

u = U("0596340")
person("head_of_establishment_request", False, u, "hauts-de-france", "espace_acheteur", False, "en",
       "English; the head of school names a new structure administrator on the buyer space.",
       frm=("David Morgan", f"ce.{u}@ac-lille.fr"), client="outlook", html_alt=True,
       subject="New administrator for our buyer space account",
       body=T(f"""
        Dear Sir or Madam,

        As head of the Lycée international Montebello in Lille (UAI {u}), I hereby appoint Ms Emma Lefort, our bursar, as administrator of our structure on the buyer space, replacing Mr Paul Vermeersch, who retires at the end of June. Please close his access on that date.

        Yours faithfully,
        David Morgan
        Head of School
        """))

u = U("0500642")
person("head_of_establishment_request", False, u, "normandie", "esidoc", False, "fr",
       "HTML-only Outlook letter: the principal asks for a reset so that the departed documentaliste loses access, with the link to the school's address.",
       frm=("Principale Collège Le Dinosaure", f"ce.{u}@ac-normandie.fr"), client="outlook", html_only=True,
       subject="Portail documentaire - départ de la documentaliste", date="2025-06-04 09:20",
       body=T(f"""
        Madame, Monsieur,

        Notre professeure documentaliste a quitté l'établissement le 31 mai. Afin qu'elle n'ait plus accès à l'administration du portail e-sidoc, je vous demande de réinitialiser le mot de passe administrateur et d'envoyer le lien à l'adresse officielle du collège.

        Collège Le Dinosaure (SEGPA), Saint-Lô - UAI {u}

        Anne-Sophie Guilbert
        Principale
        """))

u = U("0143390")
person("head_of_establishment_request", False, u, "normandie", "espace_acheteur", True, "fr",
       "Misleading subject ('Facture'): the proviseur actually authorises the gestionnaire to validate an order; a head-of-establishment authorisation, not order_billing.",
       frm=("Proviseur LP Victor Lépine", f"ce.{u}@ac-normandie.fr"), client="outlook_desktop",
       subject="Facture",
       body=T(f"""
        Bonjour,

        Pour éviter tout retard de facturation avant la clôture de l'exercice, j'autorise Mme Catherine Hamel, gestionnaire, à valider sur l'Espace Acheteur la commande de matériel pour la section ASSP. Cette autorisation vaut jusqu'à la fin de l'année civile.

        Eric Lelièvre
        Proviseur
        LP Victor Lépine, Caen - UAI {u}
        """))

u = U("0597788")
person("head_of_establishment_request", False, u, "hauts-de-france", "esidoc", False, "fr",
       "The proviseur confirms from his phone, quoting the documentaliste's request (Apple quote style), that the reset may be done. The UAI is only in the quoted request.",
       frm=("Bruno Willaume", "bruno.willaume@ac-lille.fr"), client="iphone", cte="qp",
       subject="Re: Demande de réinitialisation portail",
       reply=dict(style="apple", support=False, from_name="Émilie Caudrelier", from_addr="emilie.caudrelier@ac-lille.fr",
                  to="Assistance <support@assistance.example.fr>", days=0, msgid="<4F1A2B3C-9D8E-4F70-A1B2-C3D4E5F6A7B8@ac-lille.fr>",
                  subject="Demande de réinitialisation portail",
                  body=T(f"""
                    Bonjour,
                    Je suis la documentaliste du LP Pierre-Joseph Laurent à Lille (UAI {u}). Le mot de passe administrateur du portail e-sidoc est perdu ; M. le Proviseur, en copie, va vous confirmer la demande.
                    Émilie Caudrelier
                    """)),
       body=T("""
        Bonjour,
        Je confirme la demande de Mme Caudrelier : vous pouvez réinitialiser le mot de passe administrateur du portail.
        B. Willaume, proviseur
        """))

u = U("0312046")
person("head_of_establishment_request", False, u, "occitanie", "esidoc", True, "fr",
       "The secretary relays the principal's request from the ce.<UAI> address, without a signed letter: still the head's request, relayed; staff must check it.",
       frm=("Secrétariat Collège Jean Jaurès", f"ce.{u}@ac-toulouse.fr"), client="zimbra",
       subject="Demande de M. le Principal",
       body=T("""
        Bonjour,

        M. le Principal me charge de vous demander de modifier l'adresse de contact du compte administrateur de notre portail e-sidoc : il souhaite que ce soit désormais l'adresse du secrétariat (celle-ci), et non plus celle de la documentaliste qui part à la fin de l'année.

        Il reste joignable au 05 61 52 40 18 pour toute confirmation.

        Le secrétariat de direction
        Collège Jean Jaurès, Colomiers
        """))

# ---------------------------------------------------------------- account_creation
person("account_creation", True, None, "normandie", "espace_acheteur", False, "fr",
       "A new gestionnaire asks how to create an Espace Acheteur account: the sign-up form answer fits.",
       frm=("Damien Lecarpentier", "damien.lecarpentier@ac-normandie.fr"), client="zimbra",
       subject="Création de compte",
       body=T("""
        Bonjour,

        Je viens d'arriver comme gestionnaire au lycée professionnel Jacques Prévert de Pont-Audemer et je dois passer commande pour l'atelier de maintenance. Comment créer un compte sur l'Espace Acheteur ?

        Merci,
        Damien Lecarpentier
        """))

u = U("0591502")
person("account_creation", True, u, "hauts-de-france", "espace_acheteur", False, "fr",
       "Filled the sign-up form, cannot log in: the account is waiting for the structure administrator's validation (FAQ case).",
       frm=("Laetitia Bouchez", "laetitia.bouchez@ac-lille.fr"), client="outlook", html_alt=True,
       subject="Compte en attente",
       body=T(f"""
        Bonjour,

        J'ai rempli hier le formulaire d'inscription à l'Espace Acheteur. Quand j'essaie de me connecter, un message m'indique que mon compte est en attente de validation.
        Combien de temps faut-il attendre ?

        LP Sonia Delaunay, Lomme - UAI {u}

        Laetitia Bouchez
        """))

u = U("0612200")
person("account_creation", True, u, "normandie", "esidoc", False, "fr",
       "The documentaliste wants to open the customer account before a first online order.",
       frm=("Camille Leroy", "camille.leroy@ac-normandie.fr"), client="gmail",
       subject="ouverture compte client",
       body=T(f"""
        Bonjour,

        Nous voudrions commander en ligne des ressources pour la rentrée. Il paraît qu'il faut d'abord ouvrir un compte client : comment fait-on ?

        Camille Leroy, professeure documentaliste
        LP Alain, Alençon ({u})
        """))

person("account_creation", True, None, "hauts-de-france", "espace_acheteur", True, "fr",
       "Negation: 'j'ai pas perdu mon mdp', she never had an account: account_creation, not password_reset.",
       frm=("Élodie Marchand", "elodie.marchand@ac-amiens.fr"), client="iphone", cte="8bit",
       subject="pas de compte",
       body=T("""
        bjr
        on me dit de faire mot de passe oublie mais j ai pas perdu mon mdp, j ai jamais eu de compte sur l espace acheteur !! je suis nouvelle en gestion au LP, je fais comment pour en avoir un
        merci
        Élodie
        """))

person("account_creation", False, None, "hauts-de-france", "espace_acheteur", False, "fr",
       "Asks who the structure's administrator is: needs a look-up, so a person answers.",
       frm=("Grégory Dumont", "gregory.dumont@ac-lille.fr"), client="zimbra",
       subject="Qui est notre administrateur ?",
       body=T("""
        Bonjour,

        Pour valider mon compte sur l'Espace Acheteur, il faut que l'administrateur de notre structure l'accepte. Personne au lycée ne sait qui c'est. Pouvez-vous me le dire ?

        Grégory Dumont
        LP Lavoisier, Auchel
        """))

u = U("0760912")
person("account_creation", False, u, "normandie", "espace_acheteur", False, "fr",
       "Account works; asks for order-validation rights to be opened for a colleague covering the gestionnaire.",
       frm=("Sabrina Lemaître", "sabrina.lemaitre@ac-normandie.fr"), client="outlook", html_alt=True,
       subject="Droits de validation des commandes",
       body=T(f"""
        Bonjour,

        Mon compte Espace Acheteur fonctionne, mais je ne peux que consulter. Je remplace la gestionnaire jusqu'à la fin juin et je dois pouvoir valider les commandes.
        Pouvez-vous m'ouvrir ces droits ?

        LP Jules Siegfried, Le Havre - UAI {u}
        Sabrina Lemaître
        """))

u = U("0623030")
person("account_creation", False, u, "hauts-de-france", "espace_acheteur", True, "fr",
       "The DDFPT (not the head) asks to become the structure administrator: an account/rights request a person must check, not a head-of-establishment request.",
       frm=("Patrick Vermersch", "patrick.vermersch@ac-lille.fr"), client="outlook_desktop",
       subject="Devenir administrateur",
       body=T(f"""
        Bonjour,

        Je suis directeur délégué aux formations professionnelles et technologiques (DDFPT) au LP Henri Senez d'Hénin-Beaumont (UAI {u}). C'est moi qui prépare toutes les commandes des ateliers : je souhaiterais devenir administrateur de notre structure sur l'Espace Acheteur, à la place de l'ancienne gestionnaire.

        Est-ce possible ?
        Patrick Vermersch
        """))

person("account_creation", False, None, "normandie", "espace_acheteur", False, "fr",
       "Account waiting for validation for three weeks; the administrator is on long leave: the region must step in.",
       frm=("Jessica Tanguy", "jessica.tanguy@ac-normandie.fr"), client="iphone", cte="8bit",
       subject="compte pas validé depuis 3 semaines",
       body=T("""
        bonjour
        mon compte est en attente de validation depuis 3 semaines. l administratrice de la structure est en arret longue maladie donc personne pour valider. on fait comment ? les devis de fin d annee attendent
        Jessica Tanguy, LP de Coutances
        """))

u = U("0022101")
person("account_creation", False, u, "hauts-de-france", "esidoc", False, "fr",
       "The establishment's UAI is not in the list when opening the customer account (new lycée polyvalent after a merger): sales team.",
       frm=("Nicole Dewas", "nicole.dewas@ac-amiens.fr"), client="outlook", html_alt=True,
       subject="UAI introuvable à l'inscription",
       body=T(f"""
        Bonjour,

        Notre lycée professionnel a fusionné avec le lycée général voisin et nous avons un nouveau numéro UAI ({u}). Quand je veux ouvrir le compte client, ce numéro n'existe pas dans la liste proposée.

        Merci de votre aide,
        Nicole Dewas
        Documentaliste, Lycée polyvalent de Chauny
        """))

# ---------------------------------------------------------------- subscription_activation
u = U("0590877")
person("subscription_activation", True, u, "hauts-de-france", "esidoc", False, "fr",
       "Subscription ordered yesterday, not visible yet: within the 72-hour window.",
       frm=("Sandrine Deprez", "sandrine.deprez@ac-lille.fr"), client="zimbra",
       subject="Abonnement pas encore visible",
       body=T(f"""
        Bonjour,

        Nous avons commandé hier l'abonnement à la ressource Universalis pour le LP Baudelaire de Roubaix (UAI {u}), mais elle n'apparaît pas encore sur notre portail. Les élèves de terminale voulaient l'utiliser pour réviser.

        Sandrine Deprez
        """))

u = U("0271900")
person("subscription_activation", True, u, "normandie", "esidoc", False, "fr",
       "How to publish the Europresse resource on the portal so pupils can use it for revision (activation/publication of a resource).",
       frm=("Jérôme Baudry", "jerome.baudry@ac-normandie.fr"), client="outlook", html_alt=True,
       subject="Publier Europresse sur le portail",
       body=T(f"""
        Bonjour,

        Notre abonnement Europresse est actif, mais je ne trouve pas comment le faire apparaître sur la page d'accueil du portail pour les élèves. Ils en auraient besoin pour préparer l'oral de chef-d'œuvre.

        LP Augustin Boismard, Brionne - UAI {u}
        Jérôme Baudry
        """))

person("subscription_activation", True, None, "hauts-de-france", "esidoc", True, "fr",
       "Negation: login and password work fine; the newly ordered resource is what is missing.",
       frm=("Hélène Caron", "helene.caron@ac-lille.fr"), client="iphone", cte="8bit",
       subject="connexion ok mais",
       body=T("""
        bjr, pas de pb de mot de passe je me connecte tres bien, c est la ressource Cafeyn commandee avant hier qui n apparait nulle part dans le portail. c est normal ?
        Hélène, doc LP Lannoy
        """))

u = U("0801614")
person("subscription_activation", False, u, "hauts-de-france", "esidoc", False, "fr",
       "Ordered two weeks ago, still not active: past the 72-hour rule, a person must look at the order.",
       frm=("Valérie Sueur", "valerie.sueur@ac-amiens.fr"), client="outlook", html_alt=True,
       subject="Abonnement commandé il y a 15 jours toujours inactif", date="2025-06-03 10:12",
       body=T(f"""
        Bonjour,

        Nous avons passé commande de l'abonnement Lumni Pro il y a quinze jours (commande validée le 19 mai). Il n'est toujours pas disponible sur notre portail.

        LP Édouard Gand, Amiens - UAI {u}

        Valérie Sueur
        """))

u = U("0141871")
person("subscription_activation", True, u, "normandie", "esidoc", True, "fr",
       "Written by the proviseur, but he only asks when the subscription will be available: not a head-of-establishment request.",
       frm=("Proviseur LP Jules Verne", f"ce.{u}@ac-normandie.fr"), client="outlook", html_alt=True,
       subject="Disponibilité de l'abonnement",
       body=T(f"""
        Bonjour,

        En tant que proviseur du LP Jules Verne de Mondeville (UAI {u}), je souhaiterais savoir quand l'abonnement commandé avant-hier par notre documentaliste sera accessible. Nous voudrions le présenter aux familles lors de la réunion de jeudi.

        Bien cordialement,
        Xavier Leboucher
        """))

u = U("0441552")
person("subscription_activation", True, u, "pays-de-la-loire", "esidoc", False, "fr",
       "Renewed subscription still shown as expired in 'Mes abonnements'; order from yesterday.",
       frm=("Gwenaëlle Robin", "gwenaelle.robin@ac-nantes.fr"), client="thunderbird", cte="8bit",
       subject="Abonnement renouvelé mais toujours expiré",
       body=T(f"""
        Bonjour,

        Nous avons renouvelé hier notre abonnement, mais dans « Mes abonnements » il apparaît toujours comme expiré.

        LP Ange Guépin, Nantes - UAI {u}
        Gwenaëlle Robin
        """))

u = U("0332518")
person("subscription_activation", True, u, "nouvelle-aquitaine", "esidoc", False, "en",
       "English; subscription ordered two days ago not yet visible on the portal.",
       frm=("Rachel Green", "rachel.green@ac-bordeaux.fr"), client="gmail",
       subject="New subscription not visible yet",
       body=T(f"""
        Hi,

        We ordered a new resource subscription for our school library two days ago, but it still does not show on our e-sidoc portal. Is there anything we need to do?

        Lycée professionnel, Bordeaux - UAI {u}
        Rachel Green
        """))

person("subscription_activation", True, None, None, "esidoc", False, "fr",
       "Phone: ordered yesterday, not available yet, is this normal? Gmail, no UAI, no region.",
       frm=("Nico Hamon", "nico.hamon76@gmail.com"), client="android", cte="b64",
       subject="abonnement",
       body=T("""
        slt on a commande hier l abonnement pour le cdi et c est pas encore dispo sur le portail, c normal ? merci
        """))

u = U("0762489")
person("subscription_activation", True, u, "normandie", "esidoc", True, "fr",
       "Reply on a quote ticket (Gmail quote about the devis), but the new message asks something else: the resource ordered two days ago is not visible yet.",
       frm=("Murielle Delahaye", "murielle.delahaye@ac-normandie.fr"), client="gmail",
       subject="Re: [#SUP-008188] Devis abonnement",
       reply=dict(style="gmail", ticket=8188, days=9, subject="[#SUP-008188] Devis abonnement",
                  body=T("""
                    Bonjour,

                    Veuillez trouver ci-joint le devis demandé pour l'abonnement annuel.

                    Cordialement,
                    L'équipe d'assistance
                    """)),
       body=T(f"""
        Bonjour,

        Merci pour le devis, la commande a été validée avant-hier. Par contre la ressource n'apparaît pas encore sur notre portail, faut-il faire quelque chose ?

        Murielle Delahaye, secrétaire (pour la documentaliste, absente cette semaine)
        LP Georges Brassens, Neufchâtel-en-Bray - UAI {u}
        """))

# ---------------------------------------------------------------- order_billing
u = U("0595030")
person("order_billing", False, u, "hauts-de-france", "esidoc", False, "fr",
       "Asks for a formal quote (devis) for the renewal, needed for the bon d'engagement before the budget closes.",
       frm=("Corinne Desmet", "corinne.desmet@ac-lille.fr"), client="outlook", html_alt=True,
       subject="Demande de devis - renouvellement",
       body=T(f"""
        Bonjour,

        Pourriez-vous m'adresser un devis pour le renouvellement de notre abonnement e-sidoc pour l'année prochaine ? Notre agent comptable en a besoin pour établir le bon d'engagement avant la clôture de juin.

        LP Gaston Berger, Lille - UAI {u}

        Cordialement,
        Corinne Desmet
        Gestionnaire
        """))

u = U("0760335")
person("order_billing", False, u, "normandie", "esidoc", False, "fr",
       "Order validated a month ago, invoice still not on Chorus.",
       frm=("Jean-Marc Lefèvre", "jean-marc.lefevre@ac-normandie.fr"), client="zimbra", html_alt=True,
       subject="Facture absente de Chorus",
       body=T(f"""
        Bonjour,

        Notre commande a été validée il y a un mois, mais la facture n'a toujours pas été déposée sur Chorus Pro. L'agence comptable ne peut pas payer sans elle.

        LP Élisa Lemonnier, Le Grand-Quevilly - UAI {u}
        Jean-Marc Lefèvre
        """))

person("order_billing", False, None, None, "espace_acheteur", False, "fr",
       "A private vocational school asks whether it may pay by bank transfer and for the bank details; no UAI, non-academic domain.",
       frm=("Comptabilité LP Saint-Joseph", "compta@lpsaintjoseph-lens.fr"), client="outlook_desktop", cte="8bit", charset="iso-8859-1",
       subject="Moyen de paiement",
       body=T("""
        Bonjour,

        Établissement privé sous contrat, nous ne passons pas par Chorus. Pouvons-nous régler notre commande de l'Espace Acheteur par virement ? Dans ce cas, merci de nous transmettre un RIB.

        Cordialement,
        Service comptabilité
        Lycée professionnel privé Saint-Joseph, Lens
        """))

person("order_billing", False, None, "hauts-de-france", "espace_acheteur", False, "fr",
       "Phone-typed: the saved basket disappeared (baskets are kept 15 days); region from ac-amiens.fr.",
       frm=("Ludovic Cordier", "ludovic.cordier@ac-amiens.fr"), client="android", cte="b64",
       subject="panier disparu",
       body=T("""
        bjr mon panier sur l espace acheteur a disparu, j avais tout prepare pour l atelier il y a 3 semaines et j attendais le bon d engagement. il y a moyen de le recuperer ? sinon je dois tout refaire
        Ludovic, LP Condorcet Saint-Quentin
        """))

u = U("0500999")
person("order_billing", False, u, "normandie", "espace_acheteur", False, "fr",
       "Invoice amount differs from the quote. HTML-only Outlook (windows-1252, euro sign).",
       frm=("Isabelle Hue", "isabelle.hue@ac-normandie.fr"), client="outlook", html_only=True, charset="windows-1252",
       subject="Écart entre facture et devis",
       body=T(f"""
        Bonjour,

        La facture reçue pour notre commande de mobilier pour le CDI s'élève à 3 412,80 € TTC alors que le devis validé était de 3 102,00 € TTC. Pouvez-vous vérifier et nous envoyer une facture rectifiée ?

        LP Sivard de Beaulieu, Carentan - UAI {u}
        Isabelle Hue, gestionnaire
        """))

u = U("0620555")
person("order_billing", False, u, "hauts-de-france", "espace_acheteur", True, "fr",
       "Two topics: invoice received twice (main) and a convention missing from 'Mes Marchés' (contract_documents).",
       frm=("Audrey Lecomte", "audrey.lecomte@ac-lille.fr"), client="outlook", html_alt=True,
       subject="Facture en double",
       body=T(f"""
        Bonjour,

        Nous avons reçu deux fois la même facture (n° FA-2025-11872) pour la commande de mai. Merci d'annuler le doublon pour que l'agent comptable ne paie pas deux fois.
        Au passage, je ne retrouve plus la convention du marché « équipement des ateliers » dans « Mes Marchés ».

        LP Flora Tristan, Montreuil-sur-Mer - UAI {u}
        Audrey Lecomte
        """))

u = U("0600871")
person("order_billing", False, u, "hauts-de-france", "espace_acheteur", False, "fr",
       "The bon d'engagement upload fails at order validation ('format non accepté'); PDF attached.",
       frm=("Stéphane Moreau", "stephane.moreau@ac-amiens.fr"), client="thunderbird", cte="8bit",
       attach=[("BE 2025-047 signé.pdf", fake_pdf("BE 2025-047"), "application/pdf")],
       subject="Bon d'engagement refusé à la validation",
       body=T(f"""
        Bonjour,

        Au moment de valider ma commande sur l'Espace Acheteur, le dépôt du bon d'engagement échoue avec le message « format non accepté ». C'est pourtant un PDF, je vous le joins.

        LP Robert Desnos, Crépy-en-Valois - UAI {u}
        Stéphane Moreau
        """))

person("order_billing", False, None, "hauts-de-france", "espace_acheteur", True, "fr",
       "Misleading subject ('Probleme mot de passe'), retracted in the body: the basket validation is blocked by the mandatory bon d'engagement.",
       frm=("Jordan Delannoy", "jordan.delannoy@ac-lille.fr"), client="iphone", cte="8bit",
       subject="Probleme mot de passe",
       body=T("""
        bjr, oubliez l objet du mail j ai retrouve mon mdp. le vrai pb c est que je ne peux pas valider le panier, il m affiche bon d engagement obligatoire et je ne sais pas ou le mettre. la commande doit partir avant vendredi
        Jordan, LP du Pévèle
        """))

person("order_billing", False, None, "auvergne-rhone-alpes", "esidoc", False, "en",
       "English Outlook reply asking to address the invoice to the accounting department, with the quoted order confirmation.",
       frm=("Laura Bennett", "laura.bennett@ac-lyon.fr"), client="outlook", html_alt=True,
       subject="RE: Order confirmation",
       reply=dict(style="outlook", support=False, from_name="Assistance", from_addr=SUPPORT,
                  to="Laura Bennett <laura.bennett@ac-lyon.fr>", days=4,
                  subject="Order confirmation",
                  body=T("""
                    Hello,

                    Your order for the annual e-sidoc subscription has been recorded. The invoice will follow.

                    Best regards,
                    Support team
                    """)),
       body=T("""
        Hello,

        Thank you. Could you please make the invoice out to our accounting department (Agence comptable, Lycée La Martinière Diderot, Lyon) and not to me personally? Otherwise it will not be paid.

        Best regards,
        Laura Bennett
        """))

# ---------------------------------------------------------------- contract_documents
u = U("0592770")
person("contract_documents", False, u, "hauts-de-france", "espace_acheteur", False, "fr",
       "The CCAP of a market (workshop supplies) cannot be found in 'Mes Marchés'.",
       frm=("Rodolphe Lejeune", "rodolphe.lejeune@ac-lille.fr"), client="zimbra",
       subject="CCAP introuvable",
       body=T(f"""
        Bonjour,

        Je ne trouve pas le CCAP du marché « fournitures pour ateliers bac pro » dans « Mes Marchés ». J'en ai besoin pour vérifier les délais de livraison avant de commander.

        LP Louis Pasteur, Hénin-Beaumont - UAI {u}
        Rodolphe Lejeune
        """))

person("contract_documents", False, None, "normandie", "espace_acheteur", False, "fr",
       "Amendment no. 1 of a market is missing from the contract documents; no UAI, region from ac-normandie.fr.",
       frm=("Marie-Claude Pottier", "marie-claude.pottier@ac-normandie.fr"), client="outlook_desktop",
       subject="Avenant n°1 manquant",
       body=T("""
        Bonjour,

        L'avenant n°1 au marché de fournitures de bureau n'apparaît pas dans les documents du marché. Le titulaire nous en parle mais nous ne pouvons pas le consulter.

        Marie-Claude Pottier
        Adjointe gestionnaire, LP Porte de Normandie, Verneuil-sur-Avre
        """))

u = U("0022650")
person("contract_documents", False, u, "hauts-de-france", "espace_acheteur", False, "fr",
       "The membership convention document opens as an empty file.",
       frm=("Franck Wattebled", "franck.wattebled@ac-amiens.fr"), client="outlook", html_alt=True,
       subject="Convention d'adhésion vide",
       body=T(f"""
        Bonjour,

        Quand j'ouvre notre convention d'adhésion depuis l'Espace Acheteur, le PDF est vide (0 page). Pourriez-vous la remettre en ligne ?

        LP Jean Macé, Chauny - UAI {u}
        Franck Wattebled
        """))

u = U("0611402")
person("contract_documents", False, u, "normandie", "espace_acheteur", True, "fr",
       "Could see the conventions on the old platform, not on the new one: contract_documents, although the fix may be access rights (close to account_creation).",
       frm=("Sylvain Hamelin", "sylvain.hamelin@ac-normandie.fr"), client="zimbra", html_alt=True,
       subject="Conventions invisibles sur la nouvelle plateforme",
       body=T(f"""
        Bonjour,

        Sur l'ancienne plateforme, je voyais toutes nos conventions. Depuis la migration, la rubrique est vide pour moi, alors que ma collègue les voit. Est-ce un problème de droits ?

        LP Les Andaines, La Ferté-Macé - UAI {u}
        Sylvain Hamelin
        """))

u = U("0672313")
person("contract_documents", False, u, "grand-est", "espace_acheteur", False, "fr",
       "The acte d'engagement of a market is missing; the announcement letter is attached (RFC 2231 file name).",
       frm=("Nathalie Koenig", "nathalie.koenig@ac-strasbourg.fr"), client="thunderbird", cte="8bit",
       attach=[("courrier_attribution_marché.pdf", fake_pdf("courrier attribution"), "application/pdf")],
       subject="Acte d'engagement non disponible",
       body=T(f"""
        Bonjour,

        Le courrier ci-joint nous annonce l'attribution du marché de maintenance des machines-outils, mais l'acte d'engagement n'est pas consultable dans les pièces du marché.

        LP Gutenberg, Illkirch - UAI {u}
        Nathalie Koenig
        """))

u = U("0595900")
person("contract_documents", False, u, "hauts-de-france", "espace_acheteur", True, "fr",
       "Follow-up reply (Gmail quote): the market document is still missing after the region's answer.",
       frm=("Caroline Debril", "caroline.debril@ac-lille.fr"), client="gmail",
       subject="Re: [#SUP-008301] Pièces du marché 2024-087",
       reply=dict(style="gmail", ticket=8301, days=6, subject="[#SUP-008301] Pièces du marché 2024-087",
                  body=T("""
                    Bonjour,

                    Nous avons signalé l'absence du bordereau de prix au service marchés. Il devrait être disponible sous quelques jours.

                    Cordialement,
                    L'équipe régionale
                    """)),
       body=T(f"""
        Bonjour,

        Une semaine après, le bordereau de prix n'est toujours pas dans les pièces du marché 2024-087. Pouvez-vous relancer ?

        Caroline Debril
        LP Alfred Mongy, Marcq-en-Barœul - UAI {u}
        """))

u = U("0141401")
person("contract_documents", False, u, "normandie", "espace_acheteur", True, "fr",
       "Misleading subject ('Facture'): asks for the certificat administratif and the market's documents, which she cannot see; no billing question.",
       frm=("Delphine Girard", "delphine.girard@ac-normandie.fr"), client="outlook", html_alt=True,
       subject="Facture",
       body=T(f"""
        Bonjour,

        Pour pouvoir payer la facture que nous avons reçue, l'agence comptable exige le certificat administratif et le mémoire technique du marché. Or je ne les vois pas dans les documents du marché sur l'Espace Acheteur.

        Où puis-je les trouver ?
        LP Jean Rostand, Caen - UAI {u}
        Delphine Girard
        """))

# ---------------------------------------------------------------- transfer_incident
u = U("0597220")
person("transfer_incident", False, u, "hauts-de-france", "ecoledirecte", False, "fr",
       "The last EcoleDirecte transfer is three days old, just before the class councils; parents no longer see grades.",
       frm=("Direction LP Notre-Dame", "direction@lp-notredame-valenciennes.fr"), client="outlook", html_alt=True,
       subject="Transferts EcoleDirecte bloqués",
       body=T(f"""
        Bonjour,

        Le dernier transfert vers EcoleDirecte date de lundi. Depuis, les notes saisies ne remontent plus et les familles ne voient rien, alors que les conseils de classe commencent demain.

        LP privé Notre-Dame, Valenciennes - UAI {u}
        """))

person("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
       "Asks for 'le mot de passe de maintenance du jour': transfer_incident per the taxonomy, not password_reset. Private school domain, no UAI.",
       frm=("Secrétariat Institut Saint-Vincent", "secretariat@institut-stvincent.fr"), client="iphone", cte="8bit",
       subject="mot de passe du jour",
       body=T("""
        bjr il me faudrait le mdp de maintenance du jour pour relancer la base Charlemagne, les transferts vers ecoledirecte ne passent plus depuis ce matin et on edite les bulletins demain
        merci de me rappeler au 03 21 55 70 12
        """))

u = U("0142800")
person("transfer_incident", False, u, "normandie", "ecoledirecte", False, "fr",
       "Licence to regenerate after a server change.",
       frm=("Informatique Institut Lemonnier", "informatique@institut-lemonnier.fr"), client="outlook_desktop",
       subject="Régénération licence après changement de serveur",
       body=T(f"""
        Bonjour,

        Nous avons changé de serveur ce week-end. Depuis, Charlemagne indique que la licence n'est pas valide et les transferts vers EcoleDirecte sont arrêtés. Pouvez-vous régénérer notre licence ?

        Institut Lemonnier, Caen - UAI {u}
        Service informatique
        """))

person("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
       "The antivirus quarantines the transfer tool, so transfers no longer run.",
       frm=("Thomas Guilbert", "t.guilbert@lycee-stpaul-lille.fr"), client="outlook", html_alt=True,
       subject="Antivirus et transferts",
       body=T("""
        Bonjour,

        Depuis la mise à jour de notre antivirus, l'exécutable de l'outil de transfert est mis en quarantaine et plus aucun transfert vers EcoleDirecte ne part. Faut-il ajouter une exclusion, et sur quel dossier ?

        Thomas Guilbert
        Technicien informatique
        """))

u = U("0624900")
person("transfer_incident", False, u, "hauts-de-france", "ecoledirecte", False, "fr",
       "HTML-only Outlook: several Outils.exe processes stuck in the task manager; transfers hang.",
       frm=("Vie scolaire LP Saint-Paul", "viescolaire@lpstpaul-bethune.fr"), client="outlook", html_only=True,
       subject="Transferts qui tournent dans le vide",
       body=T(f"""
        Bonjour,

        Les transferts vers EcoleDirecte restent en cours indéfiniment. Dans le gestionnaire des tâches, je vois quatre processus Outils.exe ouverts. Je ne sais pas si je peux les arrêter sans risque.

        LP privé Saint-Paul, Béthune - UAI {u}
        """))

person("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
       "Apple Mail forward of a parent's complaint: grades no longer reach EcoleDirecte. Written by the head of a private school, but not a head-of-establishment request.",
       frm=("Bernard Pruvost", "b.pruvost@ensemble-scolaire-stjean.fr"), client="apple", cte="qp",
       subject="Tr: notes invisibles", date="2025-06-05 08:31",
       body=T("""
        Bonjour,

        Je vous transfère la réclamation d'un parent. Effectivement, les notes du dernier mois n'apparaissent pas dans EcoleDirecte, alors qu'elles sont bien saisies. Pouvez-vous regarder les transferts ?

        Bernard Pruvost
        Chef d'établissement

        Début du message réexpédié :

        De: Karine Morel <karine.morel59@gmail.com>
        Objet: notes invisibles
        Date: 4 juin 2025 à 21:12:40 UTC+2
        À: b.pruvost@ensemble-scolaire-stjean.fr

        Bonsoir,
        Mon fils est en terminale bac pro et nous ne voyons plus aucune note depuis début mai sur EcoleDirecte. À quelques jours des examens c'est inquiétant.
        Karine Morel
        """))

u = U("0762400")
person("transfer_incident", False, u, "normandie", "ecoledirecte", False, "fr",
       "'Licence expirée' at start-up: licence to regenerate, transfers stopped.",
       frm=("Secrétariat Institution Jean-Baptiste de La Salle", "secretariat@jbdelasalle-rouen.fr"), client="zimbra",
       subject="Licence expirée",
       body=T(f"""
        Bonjour,

        Au lancement du logiciel, le message « Licence expirée » s'affiche et les transferts vers EcoleDirecte sont interrompus. Les bulletins du troisième trimestre doivent partir la semaine prochaine.

        Institution Jean-Baptiste de La Salle, Rouen - UAI {u}
        """))

u = U("0597550")
person("transfer_incident", False, u, "hauts-de-france", "ecoledirecte", True, "fr",
       "Two topics: the transfer to EcoleDirecte fails (main) and the annual invoice (order_billing).",
       frm=("Gestion LP Sainte-Marie", "gestion@lpsaintemarie-roubaix.fr"), client="outlook", html_alt=True,
       subject="Transfert en erreur + facture annuelle",
       body=T(f"""
        Bonjour,

        Le transfert de cette nuit vers EcoleDirecte s'est terminé en erreur (code 504) et celui de ce matin aussi. Pouvez-vous regarder ?
        Par ailleurs, nous n'avons pas encore reçu la facture annuelle du logiciel.

        LP privé Sainte-Marie, Roubaix - UAI {u}
        Service gestion
        """))

u = U("0691934")
person("transfer_incident", False, u, "auvergne-rhone-alpes", "ecoledirecte", False, "fr",
       "New firewall/proxy: HTTP transfer settings; the diagnostic fails on the connection test.",
       frm=("Service informatique Lycée Champagnat", "informatique@lycee-champagnat.fr"), client="outlook_desktop",
       subject="Proxy et transferts",
       body=T(f"""
        Bonjour,

        Nous avons installé un nouveau pare-feu avec proxy. Depuis, l'outil de diagnostic des transferts échoue au test de connexion. Quels paramètres faut-il saisir pour le proxy HTTP ?

        Lycée Champagnat, Saint-Symphorien-sur-Coise - UAI {u}
        """))

person("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
       "Phone-typed: replication to re-initialise after restoring a backup.",
       frm=("Yannick Leroux", "y.leroux@institut-stmichel-lehavre.fr"), client="android", cte="b64",
       subject="replication",
       body=T("""
        bjr on a restaure la sauvegarde d hier suite a un plantage et depuis les transferts vers ecoledirecte ne se font plus, il parait qu il faut reinitialiser la replication. vous pouvez le faire svp
        Yannick, informatique
        """))

# ---------------------------------------------------------------- other
person("other", False, None, None, None, True, "fr",
       "Phishing: 'mailbox full, confirm your password' from a look-alike domain; mentions a password but is not password_reset, and ac-lille-webmail.com is not an académie domain, so no region.",
       frm=("Messagerie académique", "maintenance@ac-lille-webmail.com"), client="generic", html_alt=True,
       auth=dict(spf="softfail", dkim="none", dmarc="fail"),
       subject="Votre boîte aux lettres est pleine à 98 %",
       body=T("""
        Cher utilisateur,

        Votre boîte aux lettres a atteint 98 % de sa capacité. Pour éviter la suppression de vos messages d'examen, confirmez votre identifiant et votre mot de passe sous 24 heures :

        https://ac-lille-webmail.com/verification

        Le service informatique
        """))

person("other", False, None, "normandie", "esidoc", True, "fr",
       "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked.",
       frm=("Sophie Marais", "sophie.marais@ac-normandie.fr"), client="zimbra",
       subject="Re: [#SUP-008433] Mot de passe portail",
       reply=dict(style="zimbra", ticket=8433, days=0, subject="[#SUP-008433] Mot de passe portail",
                  body=T("""
                    Bonjour,

                    Nous avons adressé un lien de réinitialisation à la boîte officielle de votre établissement. Ce lien expire au bout de 12 heures.

                    Cordialement,
                    L'équipe d'assistance
                    """)),
       body=T("""
        Merci beaucoup, le lien a fonctionné et j'ai pu changer le mot de passe. Tout est rentré dans l'ordre !

        Bonne fin d'année,
        Sophie Marais
        """))

person("other", False, None, "hauts-de-france", None, False, "fr",
       "'Bien reçu merci' from a phone: nothing to do; region from ac-lille.fr.",
       frm=("Didier Vanneste", "didier.vanneste@ac-lille.fr"), client="iphone", cte="8bit",
       subject="Re: votre demande",
       body=T("""
        bien recu merci
        """))

person("other", False, None, None, None, False, "fr",
       "A parent asks for the bac pro results at the wrong address: unrelated.",
       frm=("Fatima Benali", "fatima.benali62@gmail.com"), client="android", cte="b64",
       subject="resultats bac pro",
       body=T("""
        bonjour, mon fils a passe le bac pro commerce au lycee de Lens, quand est ce qu on aura les resultats et est ce qu on peut les avoir par mail ? merci d avance
        """))

person("other", False, None, None, None, False, "fr",
       "A pupil looks for a PFMP internship placement: unrelated, wrong address.",
       frm=("Enzo Dupuis", "enzo.dupuis2008@gmail.com"), client="gmail",
       attach=[("CV_Enzo_Dupuis.pdf", fake_pdf("CV"), "application/pdf")],
       subject="Demande de stage PFMP",
       body=T("""
        Bonjour,

        Je suis élève en première bac pro Assistance à la gestion des organisations au LP de Liévin et je cherche une entreprise pour ma période de formation en milieu professionnel de septembre. Vous trouverez mon CV en pièce jointe.

        Cordialement,
        Enzo Dupuis
        """))

person("other", False, None, None, None, True, "fr",
       "Fake 'unpaid invoice' with a PDF attachment from an unknown sender: phishing, not order_billing.",
       frm=("Service recouvrement", "recouvrement@factures-publiques.example.net"), client="generic",
       auth=dict(spf="fail", dkim="none", dmarc="fail"),
       attach=[("Facture_impayee_0625.pdf", fake_pdf("facture"), "application/pdf")],
       subject="Relance : facture impayée n° 2025-0625",
       body=T("""
        Madame, Monsieur,

        Sauf erreur de notre part, la facture ci-jointe reste impayée. Sans règlement sous 48 heures, une pénalité de 40 € sera appliquée et le dossier transmis au contentieux.

        Ouvrez la pièce jointe pour consulter le détail et régler en ligne.

        Service recouvrement
        """))

person("other", False, None, "hauts-de-france", None, False, "fr",
       "Angry complaint about an unanswered request that says nothing about the topic: no category can be told.",
       frm=("Régis Flament", "regis.flament@ac-amiens.fr"), client="outlook_desktop",
       subject="Toujours pas de réponse !!!",
       body=T("""
        Bonjour,

        Cela fait la troisième fois que je vous écris et je n'ai toujours aucune réponse. En pleine période d'examens, c'est inadmissible. Je demande qu'un responsable me rappelle.

        R. Flament
        """))

person("other", False, None, "normandie", "ticket_portal", False, "fr",
       "How to share a ticket with a colleague on the ticket portal: a how-to question with no category of its own.",
       frm=("Aline Guillot", "aline.guillot@ac-normandie.fr"), client="zimbra",
       subject="Partager un ticket",
       body=T("""
        Bonjour,

        Sur le portail des tickets, est-il possible d'ajouter ma collègue en copie d'un ticket que j'ai ouvert ? Elle me remplace pendant mes jurys et doit pouvoir suivre la réponse.

        Aline Guillot
        """))

person("other", False, None, None, None, False, "en",
       "English SEO spam.",
       frm=("Mark Evans", "mark.evans@rankboost-seo.example.com"), client="generic",
       auth=dict(dkim="none", dmarc="none"),
       subject="Get your website on Google's first page",
       body=T("""
        Hi there,

        I noticed your website is not ranking for important keywords. Our team can get you on the first page of Google in 30 days, guaranteed. Shall I send you a free audit?

        Cheers,
        Mark
        """))

person("other", False, None, None, "espace_acheteur", False, "fr",
       "Wants to register for an Espace Acheteur webinar, the link fails: other.",
       frm=("Bruno Lefort", "bruno.lefort@lpprive-arras.fr"), client="outlook", html_alt=True,
       subject="Inscription webinaire",
       body=T("""
        Bonjour,

        Je voudrais m'inscrire au webinaire de présentation de l'Espace Acheteur du mois de juin, mais le lien d'inscription de la lettre d'information renvoie une page d'erreur.

        Bruno Lefort
        """))

person("other", False, None, None, None, False, "fr",
       "GDPR erasure request from a former documentaliste: other (human review), not account_creation.",
       frm=("Monique Delaval", "monique.delaval@laposte.net"), client="thunderbird", cte="8bit",
       subject="Suppression de mes données",
       body=T("""
        Bonjour,

        Retraitée depuis l'an dernier, je n'utilise plus vos services. Conformément au RGPD, je vous demande de supprimer toutes les données personnelles me concernant et de me le confirmer.

        Monique Delaval
        """))

person("other", False, None, None, None, False, "fr",
       "A person asks by hand to be removed from the newsletter: written by a person, so not automated.",
       frm=("Pierre Masson", "pierre.masson@orange.fr"), client="iphone", cte="8bit",
       subject="desinscription",
       body=T("""
        merci de me retirer de votre liste de diffusion, je ne suis plus gestionnaire
        """))

person("other", False, None, None, None, False, "fr",
       "Cold sales prospecting for library furniture, written to one person (no list headers).",
       frm=("Julie Morin", "julie.morin@mobilier-cdi.example.com"), client="outlook", html_alt=True,
       subject="Aménagement de votre CDI pour la rentrée",
       body=T("""
        Bonjour,

        Nous accompagnons les lycées professionnels dans l'aménagement de leurs CDI : mobilier modulable, coins lecture, bacs à albums. Je serais ravie de vous présenter notre catalogue lors d'un rendez-vous de 20 minutes avant les vacances.

        Julie Morin
        Chargée d'affaires
        """))

person("other", False, None, "normandie", "esignature", True, "fr",
       "The convention to e-sign carries the wrong establishment name; only the document's sender can fix it. About a convention, but not access to contract documents, so other.",
       frm=("Laurent Quéré", "laurent.quere@ac-normandie.fr"), client="outlook", html_alt=True,
       subject="Erreur sur la convention à signer",
       body=T("""
        Bonjour,

        J'ai reçu l'invitation à signer électroniquement la convention, mais le nom de l'établissement est erroné (« LP Jean Jaurès » au lieu de « LP Jean Jooris »). Je ne peux pas signer en l'état.

        Laurent Quéré
        Proviseur adjoint, LP Jean Jooris, Dives-sur-Mer
        """))

person("other", False, None, "hauts-de-france", None, True, "fr",
       "Asks whether exam papers (sujets du bac) can be printed from the portal: mentions the CDI and exams but is unrelated to the services.",
       frm=("Nathalie Ducrocq", "nathalie.ducrocq@ac-lille.fr"), client="iphone", cte="8bit",
       subject="sujets bac pro",
       body=T("""
        bjr est ce que vous pouvez m envoyer les sujets du bac pro des annees precedentes pour les mettre au CDI ? les eleves les demandent pour reviser, je n ai rien trouve sur le site de l academie
        merci
        Nathalie, CDI
        """))

person("other", False, None, "normandie", None, False, "fr",
       "Personal message sent to the desk by address autocomplete.",
       frm=("Véronique Lebas", "veronique.lebas@ac-normandie.fr"), client="gmail",
       subject="samedi",
       body=T("""
        Coucou,

        On part toujours samedi pour Étretat ? Je prends le pique-nique, tu t'occupes des boissons. Bisous

        Véro
        """))

person("other", False, None, None, None, False, "en",
       "English partnership pitch from an edtech start-up, sent as a follow-up quoting her own first mail (Gmail English quote style).",
       frm=("Hannah Clarke", "hannah@readwise-schools.example.io"), client="gmail",
       subject="Re: Partnership idea for school libraries",
       reply=dict(style="gmail_en", support=False, from_name="Hannah Clarke", from_addr="hannah@readwise-schools.example.io",
                  to="support@assistance.example.fr", days=8, subject="Partnership idea for school libraries",
                  body=T("""
                    Hello,

                    We build reading-tracking tools for secondary schools and would love to integrate with your library portal. Would you be open to a short call?

                    Hannah
                    """)),
       body=T("""
        Hi again,

        Just bumping this up in case it got lost before the summer break. Happy to adapt to your schedule.

        Best,
        Hannah Clarke
        Partnerships, ReadWise Schools
        """))

person("other", False, None, None, "ecoledirecte", True, "fr",
       "Thanks for fixing the transfers: mentions EcoleDirecte transfers but asks nothing (not transfer_incident).",
       frm=("Secrétariat Institut Saint-Vincent", "secretariat@institut-stvincent.fr"), client="outlook_desktop",
       subject="Merci",
       body=T("""
        Bonjour,

        Juste un mot pour vous remercier : depuis votre intervention de ce matin, les transferts vers EcoleDirecte repartent normalement et les bulletins sont en ligne.

        Très bonne journée,
        Le secrétariat
        """))

person("other", False, None, "hauts-de-france", None, True, "fr",
       "A CPE asks for a Pronote password for the exam convocations: a password request, but for a product the desk does not support; other, not password_reset.",
       frm=("Karine Lobry", "karine.lobry@ac-lille.fr"), client="android", cte="b64",
       subject="mdp pronote",
       body=T("""
        bjr je suis CPE au LP de Maubeuge, je dois sortir les convocations des eleves pour les epreuves et je n ai plus le mdp de Pronote, vous pouvez me le reinitialiser svp
        Karine Lobry
        """))

# ---------------------------------------------------------------- automated
machine("automated", False, None, None, None, False, "fr",
        "Exchange Online out-of-office in French (exam invigilation): Auto-Submitted: auto-generated and X-Auto-Response-Suppress.",
        b_ooo, frm=("Marie-Pierre Caron", "mp.caron@lycee-stjoseph-arras.fr"), style="exchange",
        subject="Réponse automatique : [#SUP-008355] Votre demande d'abonnement", date="2025-06-12 10:02",
        body=T("""
            Bonjour,

            Je suis mobilisée sur les surveillances d'examens jusqu'au 20 juin et ne consulte pas ma messagerie.
            Pour toute urgence concernant le CDI, merci de contacter la vie scolaire.

            Cordialement,
            Marie-Pierre Caron
            """))

machine("automated", False, None, "hauts-de-france", None, False, "fr",
        "Academic webmail vacation reply (Zimbra) from an ac-lille.fr address; region from the sender domain.",
        b_ooo, frm=("Thierry Devos", "thierry.devos@ac-lille.fr"), style="zimbra",
        subject="Absent : [#SUP-008402] Mot de passe Espace Acheteur", date="2025-06-19 14:22",
        body=T("""
            Bonjour,
            Je suis en jury de bac pro jusqu'au 27 juin. Votre message sera traité à mon retour.
            T. Devos, gestionnaire
            """))

machine("automated", False, None, "normandie", None, False, "fr",
        "Zimbra vacation reply from an ac-normandie.fr address (correction of exam papers); region from the sender domain.",
        b_ooo, frm=("Christelle Leconte", "christelle.leconte@ac-normandie.fr"), style="zimbra",
        subject="Message d'absence", date="2025-06-18 11:40",
        body=T("""
            Bonjour,
            Je corrige les copies du baccalauréat et je serai de retour au CDI le lundi 23 juin.
            Bien cordialement,
            Christelle Leconte
            """))

machine("automated", False, None, None, None, False, "en",
        "English Gmail vacation responder (Auto-Submitted: auto-replied).",
        b_ooo, frm=("James Walker", "james.walker.teacher@gmail.com"), style="gmail",
        subject="Out of office: Re: Your request",
        body=T("""
            Hello,

            I am away until 1 July with limited access to email. For anything urgent regarding the English section, please contact the school office.

            James
            """))

machine("automated", False, None, "hauts-de-france", None, True, "fr",
        "Out-of-office sent by a client-side Outlook rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic. Region from ac-amiens.fr.",
        b_ooo, frm=("Sébastien Dufresne", "sebastien.dufresne@ac-amiens.fr"), style="rule",
        subject="Absence", date="2025-06-05 09:15",
        body=T("""
            Bonjour,

            Ceci est un message automatique. Je suis absent du 2 au 13 juin (centre d'examen). Vos messages ne seront pas transférés.
            Pour les commandes urgentes, contactez Mme Lenglet au secrétariat d'intendance.

            S. Dufresne
            """))

machine("automated", False, None, None, None, False, "en",
        "Postfix bounce (multipart/report delivery-status, original attached), null Return-Path.",
        b_bounce, mta_dom="mail.lp-gambetta-tourcoing.fr", rcpt="cdi.direction@lp-gambetta-tourcoing.fr",
        diag="550 5.1.1 <cdi.direction@lp-gambetta-tourcoing.fr>: Recipient address rejected: User unknown",
        status="5.1.1", orig_subject="[#SUP-008417] Votre demande", style="postfix",
        orig_body=T("""
            Bonjour,

            Votre demande a bien été enregistrée sous la référence SUP-008417.

            Cordialement,
            L'équipe d'assistance
            """))

machine("automated", False, None, None, None, False, "fr",
        "Exchange Online non-delivery report in French ('Non remis :'), multipart/report with an HTML explanation.",
        b_bounce, mta_dom="lpsaintemarieroubaix.onmicrosoft.com", rcpt="gestion@lpsaintemarie-roubaix.fr",
        diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", status="5.1.10",
        orig_subject="[#SUP-008390] Transfert en erreur", style="exchange",
        orig_body=T("""
            Bonjour,

            Votre demande concernant les transferts a été transmise à l'équipe technique.

            Cordialement,
            L'équipe d'assistance
            """))

machine("automated", False, None, None, None, True, "en",
        "Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic.",
        b_plain_bounce, mta_dom="mx.ensemble-scolaire-stjean.fr", rcpt="b.pruvost@ensemble-scolaire-stjean.fr",
        orig_subject="[#SUP-008211] Votre demande")

machine("automated", False, None, "normandie", None, False, "fr",
        "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from ac-normandie.fr.",
        b_mdn, frm=("Catherine Hamel", "catherine.hamel@ac-normandie.fr"), orig_subject="[#SUP-008366] Autorisation de commande",
        human=T("""
            Votre message

              À : Catherine Hamel
              Objet : [#SUP-008366] Autorisation de commande

            a été lu.
            """), style="outlook")

machine("automated", False, None, "hauts-de-france", None, False, "fr",
        "Thunderbird return receipt, multipart/report disposition-notification; region from ac-lille.fr.",
        b_mdn, frm=("Benoît Delcroix", "benoit.delcroix@ac-lille.fr"), orig_subject="[#SUP-008340] Devis renouvellement",
        human=T("""
            Ceci est un accusé de réception pour le courrier électronique envoyé à <benoit.delcroix@ac-lille.fr>.

            Note : cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.
            """), style="thunderbird")

machine("automated", False, None, None, None, False, "fr",
        "Outlook 'Non lu :' notice (message deleted without being read), disposition-notification.",
        b_mdn, frm=("Intendance Lycée Saint-Pierre", "intendance@lycee-stpierre-abbeville.fr"), orig_subject="[#SUP-008299] Facture",
        human=T("""
            Votre message

              À : Intendance Lycée Saint-Pierre
              Objet : [#SUP-008299] Facture

            a été supprimé sans avoir été lu.
            """), style="outlook", disposition="deleted")

machine("automated", False, None, None, "espace_acheteur", False, "fr",
        "Marketing newsletter of the purchasing centre: List-Id, List-Unsubscribe, Precedence: bulk.",
        b_list, frm=("Centrale d'achat - Actualités", "actus@news.espace-acheteur.example.fr"),
        list_id="Lettre de la centrale d'achat <lettre.news.espace-acheteur.example.fr>", list_addr="lettre@news.espace-acheteur.example.fr",
        precedence="bulk", html_alt=True,
        extra=(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),),
        subject="Juin : préparez vos commandes de rentrée", date="2025-06-02 09:00",
        body=T("""
            Lettre d'information - juin 2025

            Commandes de rentrée : pensez-y avant la clôture budgétaire
            Les marchés « équipement des ateliers » et « fournitures pédagogiques » sont ouverts aux commandes jusqu'au 11 juillet.

            Nouveau : le suivi de livraison dans votre tableau de bord.

            Vous êtes destinataire de cette lettre en tant qu'utilisateur inscrit de l'Espace Acheteur.
            Se désinscrire : https://news.espace-acheteur.example.fr/desinscription
            """))

machine("automated", False, None, "normandie", "esidoc", True, "fr",
        "A documentaliste's real question about an e-sidoc password, but posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered. Region from ac-normandie.fr.",
        b_list, frm=("Pauline Renard", "pauline.renard@ac-normandie.fr"),
        list_id="Documentalistes de LP - academie de Normandie <docs-lp.listes.ac-normandie.fr>", list_addr="docs-lp@listes.ac-normandie.fr",
        subject="[docs-lp] mot de passe e-sidoc perdu, comment avez-vous fait ?",
        body=T("""
            Bonjour à toutes et à tous,

            J'ai perdu le mot de passe d'administration de notre portail e-sidoc et la collègue qui l'avait est partie. Comment avez-vous procédé dans vos établissements ? Faut-il passer par le chef d'établissement ?

            Merci pour vos retours,
            Pauline, LP de Fécamp

            _______________________________________________
            docs-lp mailing list
            docs-lp@listes.ac-normandie.fr
            """))

machine("automated", False, None, None, "espace_acheteur", False, "fr",
        "No-reply notification to the desk: an account awaits validation. Auto-Submitted: auto-generated.",
        b_notif, frm=("Espace Acheteur", "no-reply@espace-acheteur.example.fr"),
        extra=(("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")),
        subject="Un compte est en attente de validation",
        body=T("""
            Bonjour,

            Un nouvel utilisateur a demandé l'accès à une structure sans administrateur :
            Nom : Jonathan Delbecq
            Structure : Lycée professionnel - Péronne

            Connectez-vous à l'espace d'administration pour valider ou refuser cette demande.

            Ce message est envoyé automatiquement, merci de ne pas y répondre.
            """))

machine("automated", False, None, None, "ticket_portal", False, "fr",
        "Ticket-portal notification: a ticket the desk opened with a supplier was updated. Auto-Submitted: auto-generated.",
        b_notif, frm=("Portail des tickets", "notifications@tickets.example.fr"), html_alt=False,
        extra=(("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")),
        subject="[Ticket #48217] Mise à jour : transfert EcoleDirecte en erreur",
        body=T("""
            Le ticket #48217 a été mis à jour.

            Statut : En cours -> Résolu
            Commentaire : licence régénérée, transferts relancés.

            Consulter le ticket : https://tickets.example.fr/t/48217

            Ne répondez pas à ce message.
            """))

machine("automated", False, None, None, "esignature", True, "fr",
        "E-signature 'completed' notification for a convention: transactional mail without Auto-Submitted or Precedence; only the no-reply sender and the wording show it is automatic.",
        b_notif, frm=("Signature électronique", "ne-pas-repondre@signature.example.fr"),
        subject="Document signé : Convention d'adhésion LP Jean Bart",
        body=T("""
            Bonjour,

            Toutes les parties ont signé le document « Convention d'adhésion - LP Jean Bart, Calais ».
            Vous pouvez télécharger la version signée et le certificat de preuve depuis votre espace.

            Télécharger : https://signature.example.fr/d/7f3a92

            L'équipe Signature électronique
            """))

machine("automated", False, None, "hauts-de-france", None, False, "fr",
        "Another help desk's acknowledgement of a message the desk sent it (Auto-Submitted, X-Loop): answering it would start a mail loop. Region from the ac-amiens.fr sender.",
        b_notif, frm=("Assistance académique", "assistance@ac-amiens.fr"), html_alt=False,
        extra=(("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance@ac-amiens.fr"), ("Precedence", "bulk")),
        subject="[AMI-2025-061184] Accusé de réception de votre demande",
        body=T("""
            Bonjour,

            Votre demande a été enregistrée sous le numéro AMI-2025-061184. Un technicien la prendra en charge dans les meilleurs délais.

            En raison de la période d'examens, les délais de traitement peuvent être allongés.

            Ceci est un message automatique.
            """))

u = U("0761677")
machine("automated", False, u, "normandie", None, True, "fr",
        "Out-of-office of a school office (ce.<UAI> address) that mentions passwords and e-sidoc; Auto-Submitted is present. The UAI comes from the address.",
        b_ooo, frm=("Secrétariat LP Descartes", f"ce.{u}@ac-normandie.fr"), style="exchange",
        subject="Réponse automatique : [#SUP-008444] Mot de passe e-sidoc", date="2025-06-16 08:03",
        body=T("""
            Bonjour,

            Le secrétariat est fermé du 16 au 20 juin (épreuves écrites du baccalauréat).
            Les demandes de mot de passe pour e-sidoc ou l'ENT seront traitées à la réouverture.

            Le secrétariat
            """))

machine("automated", False, None, None, None, False, "en",
        "Delay warning from a relay ('Delayed Mail (still being retried)', Action: delayed): not a failure, still automatic.",
        b_notif, frm=("Mail Delivery System", "MAILER-DAEMON@relay.assistance.example.fr"), html_alt=False, rp="",
        extra=(("Auto-Submitted", "auto-replied"),),
        subject="Delayed Mail (still being retried)",
        body=T("""
            This is the mail system at host relay.assistance.example.fr.

            ####################################################################
            # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
            ####################################################################

            Your message could not be delivered for 4.0 hours.
            It will be retried until it is 5.0 days old.

            <gestion@lp-montaigne-amiens.fr>: connect to mail.lp-montaigne-amiens.fr[203.0.113.41]:25: Connection timed out

            Action: delayed
            Status: 4.4.1
            """))

machine("automated", False, None, None, None, True, "fr",
        "Digest of a national mailing list of LP documentalistes (List-Id, Precedence: list) where one post discusses Mailinblack: list traffic, never answered.",
        b_list, frm=("Liste docs-lp-national", "docs-lp-national-request@listes.example.org"),
        list_id="Professeurs documentalistes de LP <docs-lp-national.listes.example.org>", list_addr="docs-lp-national@listes.example.org",
        subject="Résumé docs-lp-national, Vol 84, numéro 12",
        body=T("""
            Envoyez vos messages pour la liste docs-lp-national à
            	docs-lp-national@listes.example.org

            Thèmes du jour :
               1. Mailinblack bloque les mails du portail (Annick Morvan)
               2. Re: Désherbage avant inventaire (Paul Sénéchal)

            ----------------------------------------------------------------------

            Message : 1
            De : Annick Morvan
            Objet : Mailinblack bloque les mails du portail

            Chez nous aussi Mailinblack bloquait tout, il a fallu que l'informatique autorise l'adresse no-reply. Bon courage !

            ------------------------------

            Message : 2
            De : Paul Sénéchal
            Objet : Re: Désherbage avant inventaire

            Je fais toujours le désherbage en juin, après les examens, quand le CDI est vide.

            Fin du résumé docs-lp-national, Vol 84, numéro 12
            """))

machine("automated", False, None, None, None, False, "fr",
        "Host-provided autoresponder: only 'X-Autoreply: yes' and 'X-Autorespond', no Auto-Submitted.",
        b_notif, frm=("Accueil LP Saint-Éloi", "accueil@lp-sainteloi-douai.fr"), html_alt=False,
        extra=(("X-Autoreply", "yes"), ("X-Autorespond", "accueil@lp-sainteloi-douai.fr")),
        subject="Re: [#SUP-008451] Votre demande",
        body=T("""
            Bonjour,

            Nous avons bien reçu votre message. L'accueil est ouvert du lundi au vendredi de 8 h à 17 h ; nous vous répondrons dans les meilleurs délais.

            L'équipe de l'accueil
            """))


# ===========================================================================
# Build, check, write
# ===========================================================================
import email
import email.policy
import re

AUTO_OK_CATEGORIES = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
                      "account_creation", "subscription_activation"}
LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def parse_date(s, tz_hours=2):
    d, t = s.split()
    y, m, dd = (int(x) for x in d.split("-"))
    hh, mm = (int(x) for x in t.split(":"))
    return datetime.datetime(y, m, dd, hh, mm, rng.randint(0, 59),
                             tzinfo=datetime.timezone(datetime.timedelta(hours=tz_hours)))


def spread_dates(n):
    """n working-period dates between 5 May and 27 June 2025, in order."""
    start = datetime.datetime(2025, 5, 5, tzinfo=PARIS)
    span_days = 53
    out = []
    for i in range(n):
        day = start + datetime.timedelta(days=int(i * span_days / n))
        if day.weekday() == 6 and rng.random() < 0.7:      # few mails on Sundays
            day += datetime.timedelta(days=1)
        hour = rng.choice([7, 8, 8, 9, 9, 10, 10, 11, 12, 13, 14, 14, 15, 16, 16, 17, 18, 20, 21, 22, 23])
        out.append(day.replace(hour=hour, minute=rng.randint(0, 59), second=rng.randint(0, 59)))
    return out


def from_address(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    frm = str(msg["From"])
    m = re.search(r"<([^>]+)>", frm)
    return (m.group(1) if m else frm).strip().lower(), msg


def main():
    assert len(MAILS) == 150, len(MAILS)
    order = list(range(len(MAILS)))
    rng.shuffle(order)
    dates = spread_dates(len(MAILS))
    labels = []
    seen_ids = set()
    for n, idx in enumerate(order, start=1):
        spec = MAILS[idx]
        kw = dict(spec["kw"])
        tz = kw.pop("tz", 2)
        if "date" in kw:
            dt = parse_date(kw.pop("date"), tz)
        else:
            dt = dates[n - 1]
            if tz != 2:
                dt = dt.astimezone(datetime.timezone(datetime.timedelta(hours=tz)))
        if spec["kind"] == "person":
            headers, body = build_person(dt, **kw)
        else:
            headers, body = spec["builder"](dt, **kw)
        raw = serialise(headers, body)
        fname = "h%03d.eml" % n
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(raw)
        lab = dict(file=fname, **spec["label"])
        labels.append(lab)

        # ---- checks on this mail
        sender, msg = from_address(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            assert msg[h] is not None, (fname, h)
        assert not msg.defects, (fname, msg.defects)
        full_text = " ".join(str(v) for v in msg.values())
        for part in msg.walk():
            assert not part.defects, (fname, part.defects)
            if part.get_content_maintype() == "text" and part["Content-Type"] is not None:
                assert part.get_content_charset(), (fname, "charset")
                full_text += "\n" + part.get_content()          # decodes without error
        mid = msg["Message-ID"]
        assert mid not in seen_ids, (fname, "duplicate Message-ID")
        seen_ids.add(mid)
        for line in raw.split(b"\r\n"):
            if not line:
                break
            line.decode("ascii")            # headers are 7-bit (RFC 2047 encoded)
        assert lab["category"] in CATEGORIES, lab
        assert lab["platform"] in PLATFORMS, lab
        assert lab["lang"] in ("fr", "en"), lab
        assert isinstance(lab["hard"], bool) and isinstance(lab["auto_reply_ok"], bool)
        if lab["auto_reply_ok"]:
            assert lab["category"] in AUTO_OK_CATEGORIES, lab
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), ("bad check letter", lab)
            assert lab["region"] == DEPT_REGION[lab["uai"][:3]], ("region/UAI mismatch", lab)
            assert lab["uai"].lower() in full_text.lower(), ("UAI not in mail", lab)
        else:
            dom = sender.rsplit("@", 1)[-1]
            assert lab["region"] == DOMAIN_REGION.get(dom), ("region/domain mismatch", lab, dom)
            # every 7-digit+letter code in the text must be invalid (typos) when no UAI is labelled
            for code in re.findall(r"(?<![0-9])(\d{7}[A-Za-z])(?![A-Za-z0-9])", full_text):
                assert not uai_ok(code.upper()), ("unlabelled valid UAI", fname, code)
        assert lab["region"] is None or lab["region"] in REGION_DEPTS, lab

    # ---- checks on the whole set
    assert len(labels) == 150
    cats = {l["category"] for l in labels}
    assert cats == CATEGORIES, CATEGORIES - cats
    n_hard = sum(l["hard"] for l in labels)
    assert 40 <= n_hard <= 60, n_hard
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps({k: l[k] for k in LABEL_KEYS}, ensure_ascii=False) + "\n")
    files = sorted(x for x in os.listdir(HERE) if x.endswith(".eml"))
    assert files == ["h%03d.eml" % i for i in range(1, 151)], "unexpected .eml files"
    from collections import Counter
    print("mails:", len(labels), "hard:", n_hard, "auto_reply_ok:", sum(l["auto_reply_ok"] for l in labels))
    for c, k in sorted(Counter(l["category"] for l in labels).items(), key=lambda x: -x[1]):
        print("  %-32s %d" % (c, k))


if __name__ == "__main__":
    main()
