#!/usr/bin/env python3
"""Generate the holdout12 blind test set: 150 support mails (h001.eml ... h150.eml)
and labels.jsonl, next to this script.

Standard library only.  Everything is deterministic: running the script twice
gives byte-identical files.

Voice of this set: secretaries of small rural primary schools and RPIs, IT
technicians of town halls and départements, forwards, parents and pupils, staff
of lycées français abroad (English or mixed), short replies in threads, mails
with two subjects, passing mentions of passwords / anti-spam / missing mail, and
the usual automated traffic (bounces, auto-replies, lists, notifications).

Labels follow shared/spec/taxonomy.md and the conventions of the dev labels:
- uai: a valid code (check letter computed here) the request is about, else null;
- region: from the UAI's département, else from an ac-*.fr domain of the From
  address, else null (computed below from those two rules);
- platform: esidoc / espace_acheteur / ecoledirecte / ticket_portal / esignature
  when the mail says which product, else null.
"""

import base64
import html
import json
import os
import quopri
import random
import textwrap
import uuid
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# UAI and regions
# --------------------------------------------------------------------------

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def uai(d7):
    """A valid UAI from its 7 digits: the check letter is computed."""
    assert len(d7) == 7 and d7.isdigit(), d7
    return d7 + LETTERS[int(d7) % 23]


def bad_uai(d7, shift=5):
    """The same digits with a deliberately wrong check letter."""
    good = LETTERS[int(d7) % 23]
    wrong = LETTERS[(LETTERS.index(good) + shift) % 23]
    assert wrong != good
    return d7 + wrong


def is_uai(code):
    return (len(code) == 8 and code[:7].isdigit()
            and code[7].upper() == LETTERS[int(code[:7]) % 23])


REGIONS = {
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
PREFIX_REGION = {}
DOMAIN_REGION = {}
for _slug, (_deps, _doms) in REGIONS.items():
    for _d in _deps.split():
        PREFIX_REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _d in _doms.split():
        DOMAIN_REGION[_d] = _slug


def region_of_uai(code):
    return PREFIX_REGION.get(code[:3])


def region_of_address(addr):
    return DOMAIN_REGION.get(addr.rsplit("@", 1)[-1].lower())


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------

JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_AB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MOIS_AB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
           "sept.", "oct.", "nov.", "déc."]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]


def paris_offset(dt_naive):
    """+02:00 in summer time (2024-03-31 .. 2024-10-27, from 2025-03-30), else +01:00."""
    summer = ((datetime(2024, 3, 31, 2) <= dt_naive < datetime(2024, 10, 27, 3))
              or dt_naive >= datetime(2025, 3, 30, 2))
    return "+02:00" if summer else "+01:00"


def mkdate(s, tz=None):
    """'2024-11-18 14:22' (+ optional '+04:00') -> aware datetime (Paris time by default)."""
    parts = s.split()
    if len(parts) == 3:
        s, tz = " ".join(parts[:2]), parts[2]
    naive = datetime.strptime(s, "%Y-%m-%d %H:%M")
    tz = tz or paris_offset(naive)
    sign = 1 if tz[0] == "+" else -1
    hh, mm = int(tz[1:3]), int(tz[4:6])
    return naive.replace(tzinfo=timezone(sign * timedelta(hours=hh, minutes=mm)))


def to_paris(dt):
    naive_utc = dt.astimezone(timezone.utc).replace(tzinfo=None)
    guess = naive_utc + timedelta(hours=1)
    off = paris_offset(guess)
    return dt.astimezone(timezone(timedelta(hours=int(off[1:3]))))


def rfc_date(dt):
    return format_datetime(dt)


def fr_outlook(dt):     # mardi 8 octobre 2024 07:41
    return f"{JOURS[dt.weekday()]} {dt.day} {MOIS[dt.month - 1]} {dt.year} {dt:%H:%M}"


def fr_gmail(dt):       # mar. 8 oct. 2024 à 07:41
    return f"{JOURS_AB[dt.weekday()]} {dt.day} {MOIS_AB[dt.month - 1]} {dt.year} à {dt:%H:%M}"


def fr_tb(dt):          # 08/10/2024 à 07:41
    return f"{dt:%d/%m/%Y} à {dt:%H:%M}"


def fr_apple(dt):       # 8 oct. 2024 à 07:41
    return f"{dt.day} {MOIS_AB[dt.month - 1]} {dt.year} à {dt:%H:%M}"


def en_outlook(dt):     # Tuesday, October 8, 2024 7:41 AM
    h = dt.hour % 12 or 12
    return f"{DAYS_EN[dt.weekday()]}, {MONTHS_EN[dt.month - 1]} {dt.day}, {dt.year} {h}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'}"


def en_gmail(dt):       # Tue, Oct 8, 2024 at 7:41 AM
    h = dt.hour % 12 or 12
    return f"{DAYS_EN[dt.weekday()][:3]}, {MONTHS_EN[dt.month - 1][:3]} {dt.day}, {dt.year} at {h}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'}"


def zimbra_date(dt):    # Mardi 8 Octobre 2024 07:41:12
    return f"{JOURS[dt.weekday()].capitalize()} {dt.day} {MOIS[dt.month - 1].capitalize()} {dt.year} {dt:%H:%M:%S}"


# --------------------------------------------------------------------------
# Encodings
# --------------------------------------------------------------------------

def qp(text, charset):
    return quopri.encodestring(text.encode(charset), quotetabs=False).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def hdr(value, charset="utf-8", name="Subject"):
    """Header value, RFC 2047-encoded only when it is not plain ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, header_name=name).encode()


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


def best_charset(text, preferred):
    try:
        text.encode(preferred)
        return preferred
    except UnicodeEncodeError:
        return "utf-8"


def is_ascii(text):
    try:
        text.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def leaf(ctype, text, charset, cte, extra=""):
    """A single MIME leaf as text (headers + blank line + encoded body)."""
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        body = b64(text.encode(charset))
    else:  # 7bit / 8bit
        body = text if text.endswith("\n") else text + "\n"
    lines = [f'Content-Type: {ctype}; charset="{charset}"{extra}']
    lines.append(f"Content-Transfer-Encoding: {cte}")
    return "\n".join(lines) + "\n\n" + body


def multipart(subtype, boundary, parts, preamble=None):
    out = [f'Content-Type: multipart/{subtype};\n boundary="{boundary}"', ""]
    if preamble:
        out.append(preamble)
        out.append("")
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.rstrip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def attachment(filename, ctype, data, disposition="attachment", rfc2231=False):
    if rfc2231:
        from urllib.parse import quote
        enc = quote(filename.encode("utf-8"))
        cd = f"{disposition};\n filename*=utf-8''{enc}"
        ct = f"{ctype};\n name*=utf-8''{enc}"
    else:
        fn = hdr(filename, name="filename")
        cd = f'{disposition};\n filename="{fn}"'
        ct = f'{ctype};\n name="{fn}"'
    return (f"Content-Type: {ct}\nContent-Disposition: {cd}\n"
            f"Content-Transfer-Encoding: base64\n\n{b64(data)}")


def fake_pdf(title):
    body = (f"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            f"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            f"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
            f"% {title}\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    return body.encode("latin-1", "replace")


def fake_png(seed):
    rnd = random.Random(seed)
    return (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x80\x00\x00\x01\xe0\x08\x02\x00\x00\x00"
            + bytes(rnd.randrange(256) for _ in range(300)) + b"\x00\x00\x00\x00IEND\xaeB`\x82")


# --------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------

def hexs(rnd, n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def alnum(rnd, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rnd.choice(alphabet) for _ in range(n))


def uuid_from(rnd):
    return str(uuid.UUID(int=rnd.getrandbits(128), version=4))


def domain_of(address):
    return address.rsplit("@", 1)[-1].lower()


FREEMAIL_MX = {
    "gmail.com": "mail-{x}.google.com",
    "orange.fr": "smtp-{x}.smtp.orange.fr",
    "wanadoo.fr": "smtp-{x}.smtp.orange.fr",
    "laposte.net": "smtp-{x}.laposte.net",
    "free.fr": "smtp{x}-g21.free.fr",
    "yahoo.fr": "sonic{x}-22.consmr.mail.ir2.yahoo.com",
    "icloud.com": "p-east3-cluster{x}-host1-snip4-10a.me.com",
    "outlook.fr": "EUR05-DB8-obe.outbound.protection.outlook.com",
    "hotmail.fr": "EUR05-VI1-obe.outbound.protection.outlook.com",
    "sfr.fr": "smtp-out{x}.sfr.fr",
}

SUPPORT = ("Assistance", "support@assistance.example.fr")
IPS = ["192.0.2.", "198.51.100.", "203.0.113."]


# --------------------------------------------------------------------------
# Quotes and forwards, rendered per client
# --------------------------------------------------------------------------

class Quote:
    """The quoted history below a reply, or the original below a forward."""

    def __init__(self, kind, name, address, date, text, subject="", to=None,
                 lang="fr", cc=None):
        self.kind = kind              # 'reply' or 'forward'
        self.name = name
        self.address = address
        self.date = date              # aware datetime
        self.text = text.strip("\n")
        self.subject = subject
        self.to = to or SUPPORT       # (name, address)
        self.lang = lang
        self.cc = cc


def _who(name, address):
    return f"{name} <{address}>" if name else address


def _prefix(text, p="> "):
    return "\n".join((p + l) if l else p.rstrip() for l in text.split("\n"))


def quote_plain(q, style):
    """Return the plain-text rendering of a quote/forward block for a client style."""
    who = _who(q.name, q.address)
    to = _who(*q.to)
    en = q.lang == "en"
    if style in ("outlook", "outlook_old", "owa", "outlook_android"):
        if en:
            head = [f"From: {who}", f"Sent: {en_outlook(q.date)}", f"To: {to}"]
            if q.cc:
                head.append(f"Cc: {q.cc}")
            head.append(f"Subject: {q.subject}")
        else:
            head = [f"De : {who}", f"Envoyé : {fr_outlook(q.date)}", f"À : {to}"]
            if q.cc:
                head.append(f"Cc : {q.cc}")
            head.append(f"Objet : {q.subject}")
        sep = "-----Message d'origine-----" if style == "outlook_old" and not en else (
            "-----Original Message-----" if style == "outlook_old" else "________________________________")
        return sep + "\n" + "\n".join(head) + "\n\n" + q.text
    if style in ("gmail", "samsung"):
        if q.kind == "forward":
            if en:
                head = ["---------- Forwarded message ---------", f"From: {who}",
                        f"Date: {en_gmail(q.date)}", f"Subject: {q.subject}", f"To: {to}"]
            else:
                head = ["---------- Forwarded message ---------", f"De : {who}",
                        f"Date: {fr_gmail(q.date)}", f"Subject: {q.subject}", f"To: {to}"]
            return "\n".join(head) + "\n\n" + q.text
        att = (f"On {en_gmail(q.date)} {who} wrote:" if en
               else f"Le {fr_gmail(q.date)}, {who} a écrit :")
        return att + "\n" + _prefix(q.text)
    if style == "thunderbird":
        if q.kind == "forward":
            if en:
                head = ["-------- Forwarded Message --------", f"Subject: \t{q.subject}",
                        f"Date: \t{rfc_date(q.date)}", f"From: \t{who}", f"To: \t{to}"]
            else:
                head = ["-------- Message transféré --------", f"Sujet : \t{q.subject}",
                        f"Date : \t{fr_outlook(q.date)}", f"De : \t{who}", f"Pour : \t{to}"]
            return "\n".join(head) + "\n\n\n" + q.text
        att = (f"On {q.date:%d/%m/%Y %H:%M}, {q.name or q.address} wrote:" if en
               else f"Le {fr_tb(q.date)}, {q.name or q.address} a écrit :")
        return att + "\n" + _prefix(q.text)
    if style in ("apple", "iphone"):
        if q.kind == "forward":
            if en:
                head = ["Begin forwarded message:", "", f"From: {who}", f"Subject: {q.subject}",
                        f"Date: {en_gmail(q.date).replace(' at ', ' at ')}", f"To: {to}"]
            else:
                head = ["Début du message réexpédié :", "", f"De: {who}", f"Objet: {q.subject}",
                        f"Date: {fr_apple(q.date)}", f"À: {to}"]
            return "\n".join(head) + "\n\n" + q.text
        att = (f"On {MONTHS_EN[q.date.month - 1][:3]} {q.date.day}, {q.date.year}, at {q.date:%H:%M}, {who} wrote:"
               if en else f"Le {fr_apple(q.date)}, {who} a écrit :")
        return _prefix(att + "\n\n" + q.text)
    if style == "zimbra":
        title = "----- Mail transféré -----" if q.kind == "forward" else "----- Mail original -----"
        head = [title, f"De: \"{q.name}\" <{q.address}>" if q.name else f"De: {q.address}",
                f"À: \"{q.to[0]}\" <{q.to[1]}>" if q.to[0] else f"À: {q.to[1]}"]
        if q.cc:
            head.append(f"Cc: {q.cc}")
        head += [f"Envoyé: {zimbra_date(q.date)}", f"Objet: {q.subject}"]
        text = q.text if q.kind == "forward" else q.text
        return "\n".join(head) + "\n\n" + text
    if style == "webmail":   # Open-Xchange / Roundcube style
        if q.kind == "forward":
            head = ["---------- Message d'origine ----------", f"De : {who}", f"À : {to}",
                    f"Date : {q.date:%d/%m/%Y %H:%M}", f"Objet : {q.subject}"]
            return "\n".join(head) + "\n\n" + q.text
        att = f"> Le {q.date:%d/%m/%Y %H:%M}, {who} a écrit :"
        return att + "\n" + _prefix(q.text)
    raise ValueError(style)


def text_to_html_lines(text):
    return [html.escape(l, quote=False) for l in text.split("\n")]


# --------------------------------------------------------------------------
# HTML renderers
# --------------------------------------------------------------------------

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Aptos;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}}
span.EmailStyle18
	{{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""


def _mso_lines(text):
    out = []
    for l in text.split("\n"):
        if l.strip():
            out.append(f'<p class="MsoNormal">{html.escape(l, quote=False)}<o:p></o:p></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def html_outlook(new, q, charset, lang="FR", style="outlook"):
    parts = [OUTLOOK_HEAD.format(charset=charset, lang=lang), _mso_lines(new)]
    if q is not None:
        plain = quote_plain(q, style)
        lines = plain.split("\n")
        head_end = lines.index("")
        head = lines[1:head_end]
        body = "\n".join(lines[head_end + 1:])
        parts.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        parts.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        for h in head:
            k, _, v = h.partition(":")
            parts.append(f'<p class="MsoNormal"><b>{html.escape(k.strip())}&nbsp;:</b> {html.escape(v.strip(), quote=False)}<o:p></o:p></p>'
                         if lang == "FR" else
                         f'<p class="MsoNormal"><b>{html.escape(k.strip())}:</b> {html.escape(v.strip(), quote=False)}<o:p></o:p></p>')
        parts.append("</div>")
        parts.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        parts.append(_mso_lines(body))
    parts.append("</div>\n</body>\n</html>\n")
    return "\n".join(parts)


def _divs(text):
    out = []
    for l in text.split("\n"):
        out.append(f"<div>{html.escape(l, quote=False)}</div>" if l.strip() else "<div><br></div>")
    return "\n".join(out)


def html_gmail(new, q):
    s = ['<div dir="ltr">', _divs(new)]
    if q is not None:
        plain = quote_plain(q, "gmail")
        if q.kind == "forward":
            lines = plain.split("\n")
            head_end = lines.index("")
            s.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                     + "<br>".join(html.escape(l, quote=False) for l in lines[:head_end]) + "<br></div><br><br>")
            s.append('<div dir="ltr">' + _divs("\n".join(lines[head_end + 1:])) + "</div>")
            s.append("</div>")
        else:
            att = plain.split("\n")[0]
            s.append('</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                     + html.escape(att, quote=False) + '<br></div><blockquote class="gmail_quote" '
                     'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            s.append(_divs(q.text))
            s.append("</blockquote></div>")
            return "\n".join(s) + "\n"
    s.append("</div>")
    return "\n".join(s) + "\n"


def html_apple(new, q):
    s = ['<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
         '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">',
         _divs(new)]
    if q is not None:
        plain = quote_plain(q, "apple")
        if q.kind == "forward":
            lines = plain.split("\n")
            s.append("<div><br><blockquote type=\"cite\">")
            s.append(_divs("\n".join(lines)))
            s.append("</blockquote></div>")
        else:
            att = plain.split("\n")[0][2:]
            s.append(f'<div><br><blockquote type="cite"><div>{html.escape(att, quote=False)}</div><br>')
            s.append(_divs(q.text))
            s.append("</blockquote></div>")
    s.append("</body></html>")
    return "\n".join(s) + "\n"


def html_zimbra(new, q):
    s = ['<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">',
         _divs(new)]
    if q is not None:
        plain = quote_plain(q, "zimbra")
        lines = plain.split("\n")
        head_end = lines.index("")
        s.append('<div><br></div><hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__">'
                 '<blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;color:#000;'
                 'font-weight:normal;font-style:normal;text-decoration:none;font-family:Helvetica,Arial,sans-serif;font-size:12pt;">')
        for h in lines[1:head_end]:
            k, _, v = h.partition(":")
            s.append(f"<b>{html.escape(k)}: </b>{html.escape(v.strip(), quote=False)}<br>")
        s.append('</blockquote></div><div data-marker="__QUOTED_TEXT__"><blockquote style="border-left:2px solid '
                 '#1010FF;margin-left:5px;padding-left:5px;color:#000;font-weight:normal;font-style:normal;'
                 'text-decoration:none;font-family:Helvetica,Arial,sans-serif;font-size:12pt;">')
        s.append(_divs("\n".join(lines[head_end + 1:])))
        s.append("</blockquote></div>")
    s.append("</div></body></html>")
    return "\n".join(s) + "\n"


def html_thunderbird(new, q, lang="fr"):
    s = ['<!DOCTYPE html>', '<html>', '  <head>',
         '    <meta http-equiv="content-type" content="text/html; charset=UTF-8">', '  </head>', '  <body>']
    paras = new.split("\n\n")
    for p in paras:
        s.append("    <p>" + "<br>\n      ".join(html.escape(l, quote=False) for l in p.split("\n")) + "</p>")
    if q is not None:
        plain = quote_plain(q, "thunderbird")
        if q.kind == "forward":
            lines = plain.split("\n")
            s.append('    <div class="moz-forward-container"><br><br>')
            s.append("      " + "<br>\n      ".join(html.escape(l, quote=False) for l in lines))
            s.append("    </div>")
        else:
            att = plain.split("\n")[0]
            s.append(f'    <div class="moz-cite-prefix">{html.escape(att, quote=False)}<br></div>')
            s.append('    <blockquote type="cite">')
            s.append("      " + "<br>\n      ".join(html.escape(l, quote=False) for l in q.text.split("\n")))
            s.append("    </blockquote>")
    s += ["  </body>", "</html>"]
    return "\n".join(s) + "\n"


def html_simple(new, q, style="webmail"):
    s = ['<!DOCTYPE html><html><head><meta charset="UTF-8"></head><body>',
         '<p>' + "<br>\n".join(html.escape(l, quote=False) for l in new.split("\n")) + '</p>']
    if q is not None:
        plain = quote_plain(q, style)
        s.append('<blockquote type="cite" style="margin: 0 0 0 .8ex; border-left: 2px blue solid; padding-left: 1ex;">'
                 + "<br>\n".join(html.escape(l.lstrip("> ").rstrip() if l.startswith(">") else l, quote=False)
                                 for l in plain.split("\n"))
                 + "</blockquote>")
    s.append("</body></html>")
    return "\n".join(s) + "\n"


def flowed(text):
    """Thunderbird's format=flowed: soft breaks at 72 columns end with a space."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= 76:
            out.append(line.rstrip(" ") if not line.startswith(">") else line)
            continue
        wrapped = textwrap.wrap(line, 72, break_long_words=False, break_on_hyphens=False)
        out.extend(w + " " for w in wrapped[:-1])
        out.append(wrapped[-1])
    return "\n".join(out)


# --------------------------------------------------------------------------
# Person-written mail
# --------------------------------------------------------------------------

MAILS = []     # (key, raw bytes, label dict)


def add(key, raw, category, auto, uai_code, platform, hard, lang, notes, region="auto",
        from_address=None):
    if uai_code is not None:
        assert is_uai(uai_code), (key, uai_code)
    if region == "auto":
        if uai_code:
            region = region_of_uai(uai_code)
            assert region, (key, uai_code)
        elif from_address:
            region = region_of_address(from_address)
        else:
            region = None
    if auto:
        assert category in ("password_reset", "missing_noreply_mail", "mailinblack_spam",
                            "account_creation", "subscription_activation"), key
    MAILS.append((key, raw, dict(category=category, auto_reply_ok=auto, uai=uai_code,
                                 region=region, platform=platform, hard=hard, lang=lang,
                                 notes=notes)))


def received_chain(rnd, sender_address, dt, client, relay=None, ip=None):
    dom = domain_of(sender_address)
    ip = ip or (rnd.choice(IPS) + str(rnd.randrange(10, 250)))
    arrival = to_paris(dt + timedelta(seconds=rnd.randrange(3, 50)))
    qid = alnum(rnd, 15, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    tzname = "CEST" if arrival.utcoffset() == timedelta(hours=2) else "CET"
    if relay is None:
        if dom in FREEMAIL_MX:
            relay = FREEMAIL_MX[dom].format(x=rnd.randrange(2, 60))
        elif client == "gmail":      # Google Workspace domain
            relay = f"mail-{rnd.choice(['wr1', 'ej1', 'lf1', 'wm1'])}-f{rnd.randrange(40, 99)}.google.com"
        elif client in ("owa", "outlook_android"):
            relay = f"{alnum(rnd, 4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}{rnd.randrange(100, 999)}CU00{rnd.randrange(1, 9)}.outbound.protection.outlook.com"
        else:
            relay = rnd.choice(["smtp", "smtp2", "mail", "mx-out", "smtps"]) + "." + dom
    lines = [f"Received: from {relay} ({relay} [{ip}])",
             f"\tby mx1.assistance.example.fr (Postfix) with ESMTPS id {qid}",
             f"\tfor <support@assistance.example.fr>; {rfc_date(arrival)} ({tzname})"]
    return "\n".join(lines), relay


def auth_results(dom, result="pass", spf=None, dmarc=None, dkim_dom=None):
    spf = spf or result
    dmarc = dmarc or result
    dkim = result if dkim_dom is not False else "none"
    dd = dkim_dom or dom
    lines = ["Authentication-Results: mx1.assistance.example.fr;"]
    if dkim == "none":
        lines.append("\tdkim=none;")
    else:
        lines.append(f"\tdkim={dkim} (2048-bit key) header.d={dd};")
    lines.append(f"\tspf={spf} smtp.mailfrom={dom};")
    pol = "p=none dis=none" if dmarc == "pass" else "p=quarantine dis=quarantine"
    lines.append(f"\tdmarc={dmarc} ({pol}) header.from={dom}")
    return "\n".join(lines)


def mail(key, client, frm, subject, date, body, *, tz=None, to=None, cc=None, quote=None,
         reply_to=None, in_reply_to=None, references=None, attachments=(), charset=None,
         auth="pass", spf=None, dmarc=None, extra_headers=(), html_only=False,
         lang="fr", plain_only=False, sent_from_line=None, importance=None):
    """Build a person-written message as bytes, shaped like the given client."""
    rnd = random.Random("holdout12:" + key)
    name, address = frm
    dom = domain_of(address)
    dt = mkdate(date, tz)
    to = to or [SUPPORT]
    q = quote
    style = client

    # ---- plain text, as the client writes it --------------------------------
    new = body.strip("\n")
    if sent_from_line:
        new += "\n\n" + sent_from_line
    plain = new
    if q is not None:
        qp_style = {"outlook": "outlook", "outlook_old": "outlook_old", "owa": "owa",
                    "outlook_android": "outlook_android", "gmail": "gmail", "samsung": "gmail",
                    "thunderbird": "thunderbird", "thunderbird_html": "thunderbird",
                    "apple": "apple", "iphone": "iphone", "zimbra": "zimbra",
                    "webmail": "webmail", "roundcube": "webmail"}[style]
        qtext = quote_plain(q, qp_style)
        if style in ("outlook", "outlook_old", "owa", "outlook_android"):
            plain = new + "\n\n" + qtext
        elif style in ("apple", "iphone"):
            plain = new + "\n\n" + qtext
        else:
            plain = new + "\n\n" + qtext
    plain += "\n"

    # ---- headers --------------------------------------------------------------
    H = []
    H.append(f"Return-Path: <{address}>")
    H.append("Delivered-To: support@assistance.example.fr")
    rec, relay = received_chain(rnd, address, dt, client)
    H.append(rec)
    H.append(auth_results(dom, auth, spf, dmarc))
    ip2 = rnd.choice(IPS) + str(rnd.randrange(10, 250))
    if dom not in FREEMAIL_MX and client not in ("owa", "outlook_android", "gmail"):
        H.append(f"Received: from [192.168.{rnd.randrange(0, 4)}.{rnd.randrange(2, 250)}] (unknown [{ip2}])\n"
                 f"\tby {relay} with ESMTPSA id {hexs(rnd, 10).upper()}\n"
                 f"\tfor <{to[0][1]}>; {rfc_date(dt)}")

    hcs = "iso-8859-1" if style in ("outlook", "outlook_old", "owa") else "utf-8"
    # Message-ID and client headers
    if style in ("outlook", "outlook_old"):
        mid = f"<{hexs(rnd, 4)}01db{hexs(rnd, 4)}${hexs(rnd, 8)}${hexs(rnd, 8)}$@{dom}>"
    elif style in ("owa", "outlook_android"):
        box = f"{rnd.choice(['PR3P264', 'MR1P264', 'PAVP264', 'DB9PR01', 'AM0PR02'])}MB{rnd.randrange(1000, 9999)}"
        mid = f"<{box}{hexs(rnd, 20).upper()}@{box}.{rnd.choice(['FRAP264', 'eurprd01'])}.PROD.OUTLOOK.COM>"
    elif style in ("gmail",):
        mid = f"<CA{alnum(rnd, 44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-_')}@mail.gmail.com>"
    elif style == "samsung":
        mid = f"<{alnum(rnd, 12)}.{rnd.randrange(10**9, 10**10)}@email.android.com>"
    elif style in ("apple", "iphone"):
        mid = f"<{uuid_from(rnd).upper()}@{dom}>"
    elif style == "zimbra":
        mid = f"<{rnd.randrange(10**8, 10**9)}.{rnd.randrange(10**7, 10**8)}.{int(dt.timestamp()) * 1000 + rnd.randrange(1000)}.JavaMail.zimbra@{dom}>"
    elif style in ("webmail",):
        mid = f"<{rnd.randrange(10**8, 10**9)}.{rnd.randrange(10**5, 10**6)}.{int(dt.timestamp()) * 1000}@ox.{dom}>"
    elif style == "roundcube":
        mid = f"<{hexs(rnd, 32)}@{dom}>"
    else:  # thunderbird
        mid = f"<{uuid_from(rnd)}@{dom}>"

    H.append(f"From: {addr(name, address, hcs)}")
    H.append("To: " + ", ".join(addr(n, a, hcs) for n, a in to))
    if cc:
        H.append("Cc: " + ", ".join(addr(n, a, hcs) for n, a in cc))
    if reply_to:
        H.append(f"Reply-To: {addr(*reply_to)}")
    H.append(f"Subject: {hdr(subject, hcs)}")
    if style in ("owa", "outlook_android"):
        H.append(f"Thread-Topic: {hdr(subject.split(': ', 1)[-1] if subject[:3] in ('Re:', 'RE:', 'TR:', 'Fw:', 'FW:') else subject, hcs, 'Thread-Topic')}")
        H.append(f"Thread-Index: {b64(bytes(rnd.randrange(256) for _ in range(22))).strip()}")
    H.append(f"Date: {rfc_date(dt)}")
    H.append(f"Message-ID: {mid}")
    if in_reply_to:
        H.append(f"References: {references or in_reply_to}")
        H.append(f"In-Reply-To: {in_reply_to}")
    if importance:
        H.append(f"Importance: {importance}")
    H.append("MIME-Version: 1.0" if style != "iphone" else "Mime-Version: 1.0 (1.0)")
    if style in ("outlook", "outlook_old"):
        H.append("X-Mailer: Microsoft Outlook 16.0")
        H.append(f"Thread-Index: {b64(bytes(rnd.randrange(256) for _ in range(22))).strip()}")
        H.append("Content-Language: " + ("en-us" if lang == "en" else "fr"))
    elif style in ("owa", "outlook_android"):
        H.append("Accept-Language: fr-FR, en-US" if lang == "fr" else "Accept-Language: en-US, fr-FR")
        H.append("Content-Language: " + ("fr-FR" if lang == "fr" else "en-US"))
        H.append("X-MS-Has-Attach: " + ("yes" if attachments else ""))
        H.append("X-MS-TNEF-Correlator: ")
    elif style == "thunderbird" or style == "thunderbird_html":
        H.append("User-Agent: Mozilla Thunderbird")
        H.append("Content-Language: " + ("en-US" if lang == "en" else "fr"))
    elif style == "apple":
        H.append("X-Mailer: Apple Mail (2.3826.300.87.4.3)")
    elif style == "iphone":
        H.append(f"X-Mailer: iPhone Mail (22{rnd.choice('BCD')}{rnd.randrange(50, 99)})")
    elif style == "zimbra":
        H.append("X-Mailer: Zimbra 10.0.10_GA_4692 (ZimbraWebClient - GC131 (Win)/10.0.10_GA_4692)")
        H.append(f"Thread-Topic: {hdr(subject, 'utf-8', 'Thread-Topic')}")
        H.append(f"Thread-Index: {b64(bytes(rnd.randrange(256) for _ in range(12))).strip()}")
    elif style == "webmail":
        H.append("X-Mailer: Open-Xchange Mailer v7.10.6-Rev71")
        H.append("X-Originating-Client: open-xchange-appsuite")
    elif style == "roundcube":
        H.append("User-Agent: Roundcube Webmail/1.6.9")
    for h in extra_headers:
        H.append(h)

    # ---- body -------------------------------------------------------------------
    if style in ("outlook", "outlook_old"):
        cs = charset or best_charset(plain, "windows-1252")
        hpart = html_outlook(new, q, cs, "EN-US" if lang == "en" else "FR", style)
        tpart = leaf("text/plain", plain, cs, "quoted-printable")
        hp = leaf("text/html", hpart, cs, "quoted-printable")
        b = f"----=_NextPart_000_{hexs(rnd, 4).upper()}_01DB{hexs(rnd, 4).upper()}.{hexs(rnd, 8).upper()}"
        if html_only:
            body_mime = hp
        else:
            body_mime = multipart("alternative", b, [tpart, hp])
    elif style in ("owa",):
        cs = charset or best_charset(plain, "iso-8859-1")
        hpart = html_outlook(new, q, cs, "EN-US" if lang == "en" else "FR", "outlook")
        b = f"_000_{hexs(rnd, 32).upper()}_"
        tpart = leaf("text/plain", plain, cs, "quoted-printable")
        hp = leaf("text/html", hpart, cs, "quoted-printable")
        body_mime = hp if html_only else multipart("alternative", b, [tpart, hp])
    elif style == "outlook_android":
        b = f"_000_{hexs(rnd, 32).upper()}_"
        hpart = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                 '<body><div dir="auto">' + "<br>".join(html.escape(l, quote=False) for l in plain.split("\n"))
                 + "</div></body></html>\n")
        body_mime = multipart("alternative", b, [leaf("text/plain", plain, "utf-8", "base64"),
                                                 leaf("text/html", hpart, "utf-8", "base64")])
    elif style == "gmail":
        cs = "UTF-8"
        b = "0000000000" + hexs(rnd, 18)
        tpart = leaf("text/plain", plain, cs, "quoted-printable" if not is_ascii(plain) else "7bit")
        hsrc = html_gmail(new, q)
        hp = leaf("text/html", hsrc, cs, "quoted-printable")
        body_mime = hp if html_only else multipart("alternative", b, [tpart, hp])
    elif style == "samsung":
        b = f"--_com.samsung.android.email_{rnd.randrange(10**14, 10**15)}"
        hsrc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
                '<body><div dir="auto">' + "<br>".join(html.escape(l, quote=False) for l in plain.split("\n"))
                + "</div></body></html>\n")
        body_mime = multipart("alternative", b, [leaf("text/plain", plain, "UTF-8", "base64"),
                                                 leaf("text/html", hsrc, "UTF-8", "base64")])
    elif style == "apple":
        b = f"Apple-Mail={uuid_from(rnd).upper()}"
        tpart = leaf("text/plain", plain, "utf-8", "quoted-printable")
        hp = leaf("text/html", html_apple(new, q), "utf-8", "quoted-printable")
        body_mime = hp if html_only else multipart("alternative", b, [tpart, hp])
    elif style == "iphone":
        body_mime = leaf("text/plain", plain, "utf-8", "quoted-printable")
    elif style == "zimbra":
        b = f"=_{uuid_from(rnd)}"
        tpart = leaf("text/plain", plain, "utf-8", "quoted-printable")
        hp = leaf("text/html", html_zimbra(new, q), "utf-8", "quoted-printable")
        body_mime = hp if html_only else multipart("alternative", b, [tpart, hp])
    elif style == "thunderbird":
        if plain_only or not html_only:
            fl = flowed(plain)
            cte = "7bit" if is_ascii(fl) else "8bit"
            body_mime = leaf("text/plain", fl, "UTF-8", cte, "; format=flowed")
        else:
            body_mime = leaf("text/html", html_thunderbird(new, q, lang), "UTF-8", "8bit")
    elif style == "thunderbird_html":
        b = f"------------{alnum(rnd, 24, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')}"
        fl = flowed(plain)
        tpart = leaf("text/plain", fl, "UTF-8", "8bit" if not is_ascii(fl) else "7bit", "; format=flowed")
        hp = leaf("text/html", html_thunderbird(new, q, lang), "UTF-8", "8bit")
        body_mime = multipart("alternative", b, [tpart, hp])
    elif style in ("webmail", "roundcube"):
        b = f"----=_Part_{rnd.randrange(10**5, 10**6)}_{rnd.randrange(10**8, 10**9)}.{int(dt.timestamp()) * 1000}" \
            if style == "webmail" else f"=_{hexs(rnd, 32)}"
        tpart = leaf("text/plain", plain, "UTF-8", "quoted-printable")
        hp = leaf("text/html", html_simple(new, q), "UTF-8", "quoted-printable")
        body_mime = hp if html_only else multipart("alternative", b, [tpart, hp])
    else:
        raise ValueError(style)

    if attachments:
        mb = {"outlook": f"----=_NextPart_000_{hexs(rnd, 4).upper()}_01DB{hexs(rnd, 4).upper()}.{hexs(rnd, 8).upper()}",
              "apple": f"Apple-Mail={uuid_from(rnd).upper()}"}.get(style, f"=_mixed_{hexs(rnd, 24)}")
        parts = [body_mime] + [attachment(*a) if isinstance(a, tuple) else attachment(**a)
                               for a in attachments]
        body_mime = multipart("mixed", mb, parts,
                              preamble="This is a multi-part message in MIME format."
                              if style == "outlook" else None)

    raw = "\n".join(H) + "\n" + body_mime
    return raw


def finish(raw):
    """LF -> CRLF; returns bytes (8bit parts stay UTF-8)."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def P(key, client, frm, subject, date, body, labels, **kw):
    """Person-written mail + its labels in one call.

    labels = (category, auto_reply_ok, uai, platform, hard, lang, notes[, region override])
    """
    raw = mail(key, client, frm, subject, date, body, lang=labels[5], **kw)
    region = labels[7] if len(labels) > 7 else "auto"
    add(key, finish(raw), *labels[:7], region=region, from_address=frm[1])


def A(key, raw, labels, from_address=None):
    """Automated or hand-assembled raw mail + its labels."""
    region = labels[7] if len(labels) > 7 else "auto"
    add(key, finish(raw), *labels[:7], region=region, from_address=from_address)


def desk(ticket, dt, rnd_key):
    """Message-ID of one of the desk's answers for a ticket."""
    rnd = random.Random(rnd_key)
    return f"<SUP-{ticket}.{int(dt.timestamp())}.{hexs(rnd, 6)}@assistance.example.fr>"


R = "fr"   # shorthands for labels
E = "en"


# ==========================================================================
# The mails.  Each block: one mail and its labels.
# ==========================================================================

DESK = SUPPORT

# --------------------------------------------------------------------------
# password_reset
# --------------------------------------------------------------------------

U = uai("0150412")          # école de Mandailles (Cantal)
U2 = uai("0150398")         # école de Lascelles, the other school of the RPI
P("pr_rpi_cantal", "thunderbird",
  ("Martine Lafon", "sivos.hautejordanne@orange.fr"),
  "Portail de la BCD : plus moyen d'entrer",
  "2024-11-21 16:48",
  f"""Bonjour Madame, Monsieur,

Je suis la secrétaire du SIVOS de la Haute-Jordanne, qui fait tourner les deux écoles de notre RPI (Mandailles pour les petits, Lascelles pour les grands). Je vous écris un peu en vrac, pardonnez-moi, je fais ça entre deux coups de téléphone.

D'abord la raison de mon message : plus personne n'arrive à entrer dans l'administration du portail e-sidoc de la BCD de l'école de Mandailles. C'est Mme Vidal, l'ancienne directrice, qui s'en occupait, elle est partie à la retraite en juillet et le mot de passe est parti avec elle (elle dit qu'elle l'avait « dans la tête » et qu'il n'y est plus !). Si j'ai bien compris, l'identifiant est le numéro de l'école, {U}.

Pour le reste des nouvelles : 12 cm de neige mardi, le car n'est pas monté, donc classe à neuf élèves seulement. La nouvelle directrice, Mme Couderc, a pris ses marques, les enfants l'adorent. Le marché de Noël de l'école sera le vendredi 13 décembre à la salle des fêtes, et les maîtresses voudraient justement mettre sur le portail la liste des albums achetés avec l'argent de la kermesse, d'où ma petite urgence.

Pour l'école de Lascelles ({U2}) tout va bien, c'est M. Delpech qui a le mot de passe et il ne l'a pas perdu, lui.

Comment peut-on récupérer l'accès ? Dites-moi ce qu'il vous faut, je vous le transmets.

Avec tous mes remerciements, et bonne fin de semaine,

Martine Lafon
Secrétariat du SIVOS de la Haute-Jordanne
Mairie - 15590 Mandailles
04 71 47 92 10
""",
  ("password_reset", True, U, "esidoc", True, R,
   f"Long, chatty RPI secretary: the BCD portal password left with the retired head. Two UAIs of the same RPI: the request is about Mandailles ({U}); Lascelles ({U2}) is mentioned only to say it works. Secretary, not the head, so password_reset."))

U = uai("0460517")
P("pr_it_figeac", "outlook",
  ("Cédric Marty", "c.marty@ville-figeac.fr"),
  f"Compte admin e-sidoc verrouillé - école élémentaire Louis-Barrié ({U})",
  "2024-09-24 08:12",
  f"""Bonjour,

Compte administrateur e-sidoc de l'école élémentaire Louis-Barrié verrouillé depuis ce matin.

Identifiant : {U}
Message après la 5e tentative :
  "Votre compte est temporairement bloqué (ERR_AUTH_LOCKED)"
Testé depuis 2 postes (réseau mairie + partage 4G), Firefox 128 ESR et Edge, cache vidé : même résultat.

La directrice ne connaît plus le mot de passe. Merci de débloquer le compte ou d'envoyer un lien de réinitialisation à l'adresse de l'école.

Cordialement,

C. Marty
Service informatique - Ville de Figeac
05 65 50 05 40
""",
  ("password_reset", True, U, "esidoc", False, R,
   "Town-hall IT technician, terse, with the error code: locked admin account, head does not know the password; asks to unlock or send a reset link."))

U = uai("0510846")
P("pr_fwd_secretariat_reims", "outlook",
  ("Sandrine Collin", "sandrine.collin@ac-reims.fr"),
  "TR: mot de passe portail CDI",
  "2024-10-08 10:31",
  """Bonjour,

Je vous transfère la demande de notre professeure documentaliste, qui n'a plus accès à sa messagerie académique cette semaine. Vous pouvez me répondre à moi.

Merci d'avance,
Sandrine Collin
Secrétariat de direction - Collège Paul-Fort, Sézanne
""",
  ("password_reset", True, U, "esidoc", True, R,
   "Outlook 'TR:' forward by the head's secretary; the request is in the original below: the librarian forgot the e-sidoc back-office password. UAI only in the forwarded part."),
  quote=Quote("forward", "Hélène Bouvier", "helene.bouvier.doc@gmail.com", mkdate("2024-10-07 17:55"),
              f"""Sandrine,

Est-ce que tu peux écrire à l'assistance e-sidoc de ma part ? Depuis les vacances je n'ai plus le mot de passe de l'administration du portail (je l'ai changé en juin et impossible de m'en souvenir), et ma boîte académique refuse de s'ouvrir depuis le changement de poste.

Le numéro du collège : {U}.

Merci mille fois !
Hélène""",
              subject="mot de passe portail CDI", to=("Sandrine Collin", "sandrine.collin@ac-reims.fr")))

P("pr_accra_en", "outlook",
  ("Hannah Mensah", "h.mensah@lycee-francais-accra.org"),
  "Forgotten password - library portal",
  "2025-01-14 09:05 +00:00",
  body="""Good morning,

I am the librarian at the Lycée français d'Accra and I can no longer log in to the administration side of our e-sidoc portal. I changed the password in June, just before the holidays, and clearly did not write it down anywhere sensible.

Could you tell me how to reset it? I still have access to the library mailbox, if that helps.

Many thanks and best regards,

Hannah Mensah
Librarian / Professeure documentaliste
Lycée français d'Accra
""",
  labels=("password_reset", True, None, "esidoc", False, E,
          "English, lycée français abroad: forgotten e-sidoc back-office password; no UAI, non-academic domain, so no region."))

P("pr_mixed_kl", "apple",
  ("Camille Tan", "camille.tan@lfkl.edu.my"),
  "e-sidoc back office / mot de passe",
  "2025-02-03 15:20 +08:00",
  """Hello / Bonjour,

I'm the new documentaliste at the Lycée français de Kuala Lumpur, I took over the CDI in January. The password my predecessor left in the "dossier de passation" doesn't work on the e-sidoc back office, le message dit « identifiant ou mot de passe incorrect ». Our IT guy says it's nothing on his side.

Could you send me a reset link or tell me the procedure? Je peux vous donner le nom du proviseur si besoin.

Merci beaucoup / thanks a lot,

Camille Tan
CDI - Lycée français de Kuala Lumpur
""",
  ("password_reset", True, None, "esidoc", True, E,
   "Mixed English/French (mostly English) from a lycée français abroad: the handed-over password does not work; a plain reset request. No UAI, no region."))

U = uai("0290873")
t0 = mkdate("2025-01-28 11:02")
P("pr_reply_topic_change", "apple",
  ("Anne Kerbrat", "anne.kerbrat@ac-rennes.fr"),
  "Re: [#SUP-006112] Abonnement Europresse non visible",
  "2025-01-30 08:37",
  f"""Bonjour,

Merci, Europresse est bien apparu ce matin.

Autre chose, qui n'a rien à voir : j'ai demandé hier soir un nouveau mot de passe pour le back office et le lien me dit maintenant qu'il a expiré. Pourriez-vous m'en renvoyer un ?

Bonne journée,
Anne Kerbrat
Professeure documentaliste
Lycée de l'Élorn, Landerneau ({U})
""",
  ("password_reset", True, U, "esidoc", True, R,
   "Apple Mail reply in a subscription thread that changes topic: the subscription is settled, the new request is an expired reset link. Category follows the new request."),
  in_reply_to=desk("006112", t0, "a"),
  quote=Quote("reply", "Assistance", "support@assistance.example.fr", t0,
              """Bonjour,

Les ressources commandées sont activées dans les 72 heures qui suivent la validation de la commande. Si Europresse n'apparaît toujours pas dans « Mes abonnements » après ce délai, répondez simplement à ce message en rappelant le numéro de commande.

Cordialement,
L'équipe d'assistance""",
              subject="[#SUP-006112] Abonnement Europresse non visible",
              to=("Anne Kerbrat", "anne.kerbrat@ac-rennes.fr")))

U = uai("0390761")
P("pr_two_topics_devis", "zimbra",
  ("Lucie Jeunet", "lucie.jeunet@ac-besancon.fr"),
  "Mot de passe e-sidoc + devis",
  "2025-03-11 13:50",
  f"""Bonjour,

Je n'arrive plus à me connecter au back office d'e-sidoc : j'ai oublié le mot de passe pendant mon congé. Pouvez-vous m'aider à le réinitialiser ? L'identifiant est {U}.

Tant que je vous tiens, notre gestionnaire me demande un devis pour le renouvellement de l'abonnement l'an prochain (même formule que cette année), pour préparer le budget. Pourriez-vous me l'envoyer en PDF ?

Merci,
Lucie Jeunet
Professeure documentaliste, collège Xavier-Bichat, Nantua
""",
  ("password_reset", False, U, "esidoc", True, R,
   "Two requests: password reset (first, main) and a quote for next year's renewal (order_billing); the reset template alone would answer only half."))

U = uai("0640339")
P("pr_iphone_short", "iphone",
  ("Maialen Etcheverry", "maialen.etche@gmail.com"),
  "Mot de passe",
  "2024-09-09 07:14",
  f"""Bonjour
J'ai oublié le mot de passe du portail e-sidoc du collège ({U}). Pouvez-vous me renvoyer un lien svp ?
Merci
Maialen Etcheverry
""",
  ("password_reset", True, U, "esidoc", False, R,
   "Short iPhone message from a personal Gmail: forgotten e-sidoc password, UAI given."),
  sent_from_line="Envoyé de mon iPhone")

U = uai("0381264")
P("pr_pasted_screen", "outlook",
  ("Olivier Garcin", "olivier.garcin@ac-grenoble.fr"),
  "Impossible de me connecter à l'administration",
  "2024-10-15 12:26",
  f"""Bonjour,

Voici ce que j'obtiens depuis ce matin :

------------------------------
Connexion à l'administration
Identifiant : {U}
Mot de passe : ••••••••••
⚠ Identifiant ou mot de passe incorrect.
------------------------------

J'ai essayé « mot de passe oublié » mais je ne sais pas quelle adresse avait été enregistrée par mon prédécesseur, donc je ne sais pas où le lien est parti. Pouvez-vous m'aider ?

Cordialement,
Olivier Garcin
CDI - Lycée Champollion
""",
  ("password_reset", True, U, "esidoc", False, R,
   "The UAI appears only in the pasted login screen; unknown address on file: the reset path (official address) applies. Body needs UTF-8 (bullets, warning sign)."))

U = uai("0171284")
P("pr_send_to_gmail", "gmail",
  ("Delphine Rambaud", "delphine.rambaud17@gmail.com"),
  "Réinitialisation mot de passe portail CDI",
  "2024-11-05 19:42",
  f"""Bonsoir,

J'ai oublié le mot de passe administrateur du portail e-sidoc de mon collège (collège Fernand-Garandeau, La Tremblade, {U}).

Je n'ai pas la main sur la boîte académique de l'établissement, c'est le secrétariat qui la relève et ils sont débordés. Vous pouvez m'envoyer le nouveau mot de passe directement sur cette adresse gmail ? Ce sera beaucoup plus simple pour tout le monde.

Merci d'avance,
Delphine Rambaud
""",
  ("password_reset", False, U, "esidoc", True, R,
   "Lost password, but she asks for the new password to be sent to her personal Gmail (not on file): the automatic path must not do that, a person answers."))

P("pr_expired_zimbra", "zimbra",
  ("Jérôme Py", "jerome.py@ac-montpellier.fr"),
  "mot de passe expiré",
  "2025-03-04 10:04",
  """Bonjour,

Le back office e-sidoc m'indique que mon mot de passe a expiré et me demande l'ancien pour en choisir un nouveau... sauf que je ne m'en souviens plus du tout, je l'avais enregistré dans le navigateur du poste qui a été changé pendant les vacances.

Comment faire ?

Cordialement,
Jérôme Py
Professeur documentaliste
Collège Les Aspres, Thuir
""",
  ("password_reset", True, None, "esidoc", False, R,
   "Expired password and the old one forgotten; no UAI, region from the ac-montpellier.fr sender."))

U = uai("0831198")
P("pr_not_missing_token", "roundcube",
  ("Nadège Fabre", "cdi@lycee-beaussier.fr"),
  "Lien de réinitialisation refusé",
  "2024-12-03 14:15",
  f"""Bonjour,

Je précise tout de suite : ce n'est pas un problème de mail non reçu. Le mail de réinitialisation arrive bien, en quelques secondes, dans la boîte du CDI. Mais quand je clique sur le lien, la page affiche « Jeton expiré ou déjà utilisé », alors que je clique dans la minute. J'ai refait la demande trois fois.

Pouvez-vous me renvoyer un lien qui fonctionne, ou réinitialiser le mot de passe du compte {U} ?

Merci,
Nadège Fabre
CDI - Lycée Beaussier, La Seyne-sur-Mer
""",
  ("password_reset", True, U, "esidoc", True, R,
   "Says explicitly that the reset mail does arrive: not missing_noreply_mail; the link is refused as expired, so it is a reset-link request."))

P("pr_parent_ecoledirecte", "gmail",
  ("Aurélie Benard", "aurelie.benard.famille@gmail.com"),
  "compte famille perdu",
  "2024-09-18 21:33",
  """Bonjour,

Je suis maman de deux enfants scolarisés à l'école Sainte-Thérèse de Montbazens. J'ai perdu le mot de passe de notre compte famille EcoleDirecte, et le lien « mot de passe oublié » demande une adresse mail que nous n'avons plus (notre ancienne adresse chez free).

Pouvez-vous réinitialiser le compte ou me dire à qui m'adresser ? La maîtresse dit que c'est « géré par vous ».

Merci beaucoup
Aurélie Benard
""",
  ("password_reset", False, None, "ecoledirecte", True, R,
   "A parent's lost EcoleDirecte family-account password: it is a lost password, but there is no reset template for this product and family accounts are the school's to manage; a person redirects her."))

P("pr_pupil_reader", "samsung",
  ("Lucas Brunet", "lucas.brunet2009@gmail.com"),
  "mot de passe portail cdi",
  "2025-03-04 18:02",
  """Bonjour,
je suis en seconde au lycée Jean-Monnet. J'ai oublié mon mot de passe pour me connecter au portail du CDI (e-sidoc), je voulais réserver un livre pour un exposé et la documentaliste est absente cette semaine. vous pouvez me le renvoyer ?
merci
Lucas Brunet 2nde 4""",
  ("password_reset", False, None, "esidoc", True, R,
   "A pupil's own reader account, not the establishment's administrator account: the reset template does not apply; the CDI manages pupil accounts."),
  sent_from_line="Envoyé depuis mon appareil Galaxy")

P("pr_mairie_ea_login", "webmail",
  ("Sophie Teyssier", "secretariat@mairie-sauveterre-de-bearn.fr"),
  "Identifiant Espace Acheteur",
  "2024-10-22 11:18",
  """Bonjour,

Je n'arrive plus à retrouver mon identifiant de connexion à l'Espace Acheteur (je croyais que c'était mon adresse mail mais le site ne la reconnaît pas), et du coup pas non plus le mot de passe.

C'est moi qui passe les commandes de fournitures pour l'école communale, il faudrait que je puisse le faire avant la fin du mois.

Merci de votre aide,

Sophie Teyssier
Secrétaire de mairie
Mairie de Sauveterre-de-Béarn
""",
  ("password_reset", True, None, "espace_acheteur", False, R,
   "Town-hall secretary lost her Espace Acheteur login and password (FAQ case); no UAI, non-academic sender."))

U = uai("0230642")
P("pr_rpi_creuse_teacher", "outlook",
  ("Mairie de Faux-la-Montagne", "mairie.fauxlamontagne@wanadoo.fr"),
  "Demande pour la BCD de l'école",
  "2025-01-09 14:40",
  f"""Bonjour,

Je suis Mme Chabrat, secrétaire de mairie à Faux-la-Montagne, et je vous écris pour Mme Roux, l'institutrice de la classe des grands, qui n'a pas d'ordinateur à l'école en ce moment (il est reparti en réparation, encore une fois).

C'est elle qui s'occupe de la petite bibliothèque de l'école et du catalogue en ligne e-sidoc. Elle ne retrouve plus son mot de passe pour la partie administration : elle l'avait noté dans un cahier qui a pris l'eau lors de la fuite du toit de la classe en décembre (le toit est réparé, rassurez-vous, c'était l'occasion de refaire toute la classe en jaune, les enfants sont ravis).

Le numéro de l'école, c'est {U}. La directrice, Mme Peyrot, est au courant, c'est même elle qui m'a dit de vous écrire.

Je vous souhaite au passage une bonne année 2025 à toute l'équipe.

Bien cordialement,

Françoise Chabrat
Secrétaire de mairie
Mairie de Faux-la-Montagne (Creuse)
""",
  ("password_reset", True, U, "esidoc", False, R,
   "Town-hall secretary writes for the teacher who runs the school library; lost e-sidoc admin password. The head is only said to know about it; she does not write."))

P("pr_locked_en_madrid", "owa",
  ("Daniel Ruiz", "daniel.ruiz@lycee-francais-sevilla.es"),
  "e-sidoc account locked",
  "2024-11-12 16:25 +01:00",
  """Hello,

Our e-sidoc administration account is locked: a colleague tried several passwords this morning while I was away and now the page says the account is temporarily blocked.

Could you unlock it or send a reset link? I am the librarian and the account is ours (Lycée français de Séville).

Thank you,
Daniel Ruiz
Library - Lycée français de Séville
""",
  ("password_reset", True, None, "esidoc", False, E,
   "English, lycée français abroad: account locked after a colleague's failed attempts; asks to unlock or reset."))

U = uai("0471036")
P("pr_samsung_typos", "samsung",
  ("sylvie", "sylvie.dussol47@orange.fr"),
  "mot de pass",
  "2024-09-30 20:51",
  f"""bonjour jai oublier mon mot de pass pour le site e-sidoc du college , rne {U}
pouvez vous me renvoyer un lien ou me dire comment faire
merci
sylvie dussol doc clg Tonneins""",
  ("password_reset", True, U, "esidoc", False, R,
   "Phone, base64, no accents and typos; UAI written as 'rne'. Plain forgotten password."),
  sent_from_line="Envoyé depuis mon appareil Galaxy")

U = uai("0141527")
t0 = mkdate("2024-11-25 09:14")
P("pr_reply_mailbox_migration", "outlook_old",
  ("Gestion collège Guy-de-Maupassant", "gestion.clg-maupassant@ac-normandie.fr"),
  "RE: [#SUP-006287] Mot de passe administration e-sidoc",
  "2024-11-26 10:40",
  f"""Bonjour,

Merci pour votre réponse. Le lien est donc parti sur la boîte ce.{U}, mais cette boîte est en cours de migration chez nous et nous ne pouvons plus la consulter avant une quinzaine de jours.

Est-ce qu'une autre solution est possible ? La documentaliste a besoin de l'accès pour la semaine prochaine.

Cordialement,
Pascale Lemoine
Adjointe gestionnaire
""",
  ("password_reset", False, U, "esidoc", False, R,
   "Reply (Outlook 'Message d'origine') after the automatic reset answer: the link went to the official mailbox, which cannot be read for two weeks. The template was already tried; a person must look at it."),
  in_reply_to=desk("006287", t0, "b"),
  quote=Quote("reply", "Assistance", "support@assistance.example.fr", t0,
              """Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse officielle de votre établissement (c***@ac-normandie.fr). Il est valable 12 heures.

Cordialement,
L'équipe d'assistance""",
              subject="[#SUP-006287] Mot de passe administration e-sidoc",
              to=("Gestion collège Guy-de-Maupassant", "gestion.clg-maupassant@ac-normandie.fr")))

D = "0861473"
W = bad_uai(D)
P("pr_wrong_letter_poitiers", "thunderbird",
  ("Romain Girault", "romain.girault@ac-poitiers.fr"),
  "Perte du mot de passe du portail",
  "2025-03-18 09:27",
  f"""Bonjour,

J'ai perdu le mot de passe de l'administration de notre portail e-sidoc. Le numéro de l'établissement est {W} (collège Jules-Verne, Buxerolles).

Pourriez-vous m'indiquer la marche à suivre ?

Bien à vous,
Romain Girault
Professeur documentaliste
""",
  ("password_reset", True, None, "esidoc", True, R,
   f"The code {W} has a wrong check letter (the digits give {uai(D)}), so no UAI; region from the ac-poitiers.fr sender. Otherwise a plain lost password: the procedure answer still applies."))

P("pr_it_ea_423", "outlook",
  ("Julien Ferrand", "j.ferrand@mairie-cazouls-les-beziers.fr"),
  "Compte Espace Acheteur verrouillé",
  "2025-02-06 09:03",
  """Bonjour,

Utilisatrice : Mme Corinne Benoît, service scolaire (commandes des écoles)
Plateforme : Espace Acheteur
Symptôme : « Compte verrouillé » après 3 essais ce matin.
Console navigateur : POST /api/auth/login -> 423 (Locked)

Elle a oublié son mot de passe. Merci de débloquer le compte ou de lui envoyer une réinitialisation sur son adresse habituelle.

--
Julien Ferrand
Technicien systèmes et réseaux
Mairie de Cazouls-lès-Béziers
""",
  ("password_reset", True, None, "espace_acheteur", False, R,
   "Town-hall IT technician, log style (HTTP 423): a buyer's Espace Acheteur account locked, password forgotten. No UAI, non-academic domain."))

U = uai("9760221")
P("pr_mayotte_tb", "thunderbird",
  ("Zaïnaba Attoumani", "zainaba.attoumani@ac-mayotte.fr"),
  "Accès administration portail CDI",
  "2024-09-12 08:45 +03:00",
  f"""Bonjour,

De retour de congé, je ne me souviens plus du mot de passe de l'administration du portail e-sidoc du collège de Tsingoni ({U}). Le bouton « mot de passe oublié » me renvoie vers une adresse que je ne reconnais pas.

Merci de me dire comment le réinitialiser.

Cordialement,
Zaïnaba Attoumani
Professeure documentaliste
""",
  ("password_reset", True, U, "esidoc", False, R,
   "Thunderbird plain text (format=flowed, 8bit); forgotten password after leave; Mayotte time zone."))

U = uai("0593412")
P("pr_mib_passing", "outlook",
  ("Isabelle Dhont", "isabelle.dhont@ac-lille.fr"),
  "Nouveau lien mot de passe",
  "2024-12-10 15:57",
  f"""Bonjour,

Depuis que notre service informatique a réglé le problème avec MailInBlack le mois dernier, nous recevons bien tous vos messages, merci encore pour votre aide à ce moment-là.

Cette fois c'est moi qui suis en faute : j'ai oublié le mot de passe du back office e-sidoc. Pourriez-vous m'envoyer un lien de réinitialisation ?

Cordialement,
Isabelle Dhont
Professeure documentaliste - Lycée Jean-Bart, Dunkerque
UAI {U}
""",
  ("password_reset", True, U, "esidoc", True, R,
   "MailInBlack is mentioned only as an old, solved problem; the request is a forgotten password."),
  html_only=True)


# --------------------------------------------------------------------------
# missing_noreply_mail
# --------------------------------------------------------------------------

P("mn_rpi_lignon", "webmail",
  ("SIVOS du Haut-Lignon", "sivos.hautlignon@orange.fr"),
  "Mail d'activation jamais arrivé",
  "2024-12-05 10:22",
  """Bonjour,

C'est encore moi, Josiane, du SIVOS. Je vous avais téléphoné la semaine dernière et la dame très aimable au bout du fil m'avait dit d'écrire si ça ne marchait toujours pas : donc j'écris !

Lundi j'ai créé le compte du SIVOS sur l'Espace Acheteur, pour pouvoir commander les fournitures et le petit mobilier de la nouvelle classe maternelle. Le site m'a affiché qu'un mail d'activation allait m'arriver. Rien, ni lundi ni depuis. J'ai regardé dans les courriers indésirables, dans la corbeille, partout. C'est une boîte Orange, il n'y a pas de filtre spécial à ma connaissance.

Côté écoles, de bonnes nouvelles : la nouvelle classe ouvre à la rentrée de janvier à Tence, on passe à quatre classes sur le RPI. La peinture est finie, il ne manque plus que les petites chaises (d'où ma hâte). Et le repas des aînés de samedi a été très réussi, les enfants ont chanté trois chansons, il y avait de l'émotion dans la salle.

Pouvez-vous me renvoyer ce mail d'activation, ou me dire ce qui cloche ?

Merci beaucoup,
Josiane Faure
Secrétaire du SIVOS du Haut-Lignon
""",
  ("missing_noreply_mail", True, None, "espace_acheteur", False, R,
   "Chatty RPI/SIVOS secretary: the Espace Acheteur activation mail never came, junk folder checked, no anti-spam product named. Earlier phone call only, no automatic answer sent yet."))

P("mn_cd_lozere_it", "outlook",
  ("Thierry Bonnal", "thierry.bonnal@lozere-departement.fr"),
  "Non-réception des mails automatiques - collèges du département",
  "2024-11-12 09:31",
  """Bonjour,

Plusieurs gestionnaires des collèges dont nous hébergeons la messagerie (domaines *.colleges-lozere.fr) ne reçoivent plus aucun mail automatique de l'Espace Acheteur depuis le 4 novembre : création de compte, nouveau mot de passe, notifications.

Vérifications faites de notre côté :
- passerelle de messagerie : aucune connexion entrante de vos serveurs sur la période, aucun rejet journalisé ;
- recherche sur l'expéditeur :
    2024-11-12T09:14:02+01:00 msgtrace from=*@espace-acheteur.example.fr since=2024-11-04 -> 0 result
- les messages de vos agents (support@) arrivent normalement.

Pouvez-vous nous confirmer l'adresse d'expédition exacte et les serveurs d'envoi, que nous vérifiions nos règles d'entrée ?

Cordialement,
Thierry Bonnal
Direction du numérique - Département de la Lozère
""",
  ("missing_noreply_mail", True, None, "espace_acheteur", False, R,
   "Département IT, log excerpt: no automatic mail reaches the collèges it hosts; no anti-spam product named; asks for the sending address. No UAI and a non-academic domain: no region."))

P("mn_fwd_gmail_colleague", "gmail",
  ("Karine Lopez", "k.lopez@lycee-agricole-lacapelle.fr"),
  "Fwd: inscription Espace Acheteur",
  "2025-01-16 14:06",
  """Bonjour,

Je vous transfère le message de ma collègue, je ne sais pas quoi lui répondre.

Karine Lopez
Gestionnaire - LEGTA de La Capelle
""",
  ("missing_noreply_mail", True, None, "espace_acheteur", False, R,
   "Gmail forward with one line on top; the colleague's original: signed up on the Espace Acheteur, the activation link never arrived, junk checked. No product named."),
  quote=Quote("forward", "Julie Martel", "j.martel@lycee-agricole-lacapelle.fr", mkdate("2025-01-15 16:40"),
              """Karine,

Je me suis inscrite lundi sur l'Espace Acheteur pour suivre les commandes de la cantine. Le site dit qu'un lien d'activation arrive par mail, mais je n'ai rien reçu (j'ai regardé dans les spams aussi).

Tu sais à qui il faut demander ?

Julie""",
              subject="inscription Espace Acheteur", to=("Karine Lopez", "k.lopez@lycee-agricole-lacapelle.fr")))

P("mn_lome_esidoc_account", "outlook",
  ("Service gestion LFL", "gestion@lycee-francais-lome.org"),
  "Courriel d'activation du compte client",
  "2024-10-01 11:12 +00:00",
  """Bonjour,

Nous avons créé hier le compte client de l'établissement sur la boutique e-sidoc pour passer notre première commande en ligne. Le site indique qu'un courriel d'activation est envoyé sous 12 heures. Nous n'avons rien reçu, ni dans la boîte de réception ni dans les indésirables.

Pouvez-vous vérifier ?

Cordialement,

Afi Agbeko
Service gestion
Lycée français de Lomé
""",
  ("missing_noreply_mail", True, None, "esidoc", False, R,
   "HTML-only Outlook from a lycée français abroad: the customer-account activation mail did not come after the 12-hour window; no product named. No region."),
  html_only=True)

P("mn_ticket_portal_en", "gmail",
  ("Rachel Owens", "r.owens@lfny-school.org"),
  "No confirmation email from the ticket portal",
  "2025-02-11 10:45 -05:00",
  """Hello,

I created an account on your support ticket portal yesterday so I could follow our library requests, and I was told I would receive a confirmation email to set my password. Nothing has arrived, and I have checked the junk and "other" folders.

Could you send it again?

Best,
Rachel Owens
Library media specialist - Lycée français of New York
""",
  ("missing_noreply_mail", True, None, "ticket_portal", False, E,
   "English, lycée français abroad: the ticket portal's confirmation mail (to set a password) never arrived."))

U = uai("0441936")
P("mn_reset_clicks_nantes", "zimbra",
  ("Gwenaëlle Le Goff", "gwenaelle.le-goff@ac-nantes.fr"),
  "mot de passe oublié : aucun mail",
  "2024-10-03 15:51",
  f"""Bonjour,

J'ai dû cliquer une dizaine de fois sur « mot de passe oublié » sur la page d'administration d'e-sidoc. À chaque fois le site affiche « un courriel vous a été envoyé », et rien n'arrive. Ni dans la boîte de réception, ni dans les indésirables, et ce depuis hier matin.

Collège Anne-de-Bretagne, Saint-Herblain, {U}.

Merci d'avance,
Gwenaëlle Le Goff
Professeure documentaliste
""",
  ("missing_noreply_mail", True, U, "esidoc", False, R,
   "Reads like a password request, but the reset tool works and the new-password mail never arrives: missing_noreply_mail per the taxonomy. No anti-spam product named."))

P("mn_it_lamballe", "outlook",
  ("Service informatique Lamballe Terre & Mer", "informatique@lamballe-terre-mer.bzh"),
  "Mails de validation non reçus - service éducation",
  "2025-01-24 11:47",
  """Bonjour,

Les 3 agents du service éducation (comptes Espace Acheteur) ne reçoivent pas vos mails de validation depuis le 20/01.

Contrôles :
- file d'attente du relais sortant/entrant : vide
- journaux de la passerelle antispam du 20 au 24/01 : aucune trace de l'expéditeur no-reply, ni accepté ni rejeté
- test depuis une adresse externe vers les mêmes boîtes : OK

Merci de vérifier si les messages partent bien de chez vous, ou de nous indiquer l'adresse exacte à autoriser.

--
Service informatique mutualisé
Lamballe Terre & Mer
""",
  ("missing_noreply_mail", True, None, "espace_acheteur", False, R,
   "Intercommunal IT, terse checklist: the anti-spam gateway (no product named) shows no trace of the no-reply sender. The no-reply procedure answers it."))

U = uai("0631842")
P("mn_admin_notifications_clermont", "zimbra",
  ("Christine Roche", "christine.roche@ac-clermont.fr"),
  "Notifications « compte à valider » non reçues",
  "2025-03-03 08:58",
  f"""Bonjour,

Je suis administratrice de structure sur l'Espace Acheteur pour la cité scolaire ({U}). Je ne reçois plus les notifications m'avertissant qu'un compte attend ma validation : je découvre les demandes par hasard en me connectant, certaines attendent depuis trois semaines.

Rien dans les indésirables.

Cordialement,
Christine Roche
Gestionnaire - Cité scolaire Lafayette, Brioude
""",
  ("missing_noreply_mail", True, U, "espace_acheteur", False, R,
   "The structure administrator no longer gets the 'account to validate' notifications; junk checked; no product named."))

t0 = mkdate("2024-10-14 09:20")
P("mn_reply_still_nothing", "thunderbird",
  ("Marc Wendling", "marc.wendling@ac-strasbourg.fr"),
  "Re: [#SUP-006203] Mail de confirmation non reçu",
  "2024-10-17 16:02",
  """Bonjour,

Trois jours plus tard, toujours rien. J'ai fait tout ce que vous indiquez : indésirables, ajout de l'expéditeur aux contacts, règle pour le laisser passer. Notre informaticien a aussi regardé, rien de bloqué chez nous.

Pouvez-vous transmettre à quelqu'un qui peut regarder de votre côté ?

Marc Wendling
""",
  ("missing_noreply_mail", False, None, "espace_acheteur", False, R,
   "Thunderbird reply after the junk-folder answer: still nothing three days later, everything tried. The template was already sent; a person must follow up. Region from ac-strasbourg.fr."),
  in_reply_to=desk("006203", t0, "c"),
  quote=Quote("reply", "Assistance", "support@assistance.example.fr", t0,
              """Bonjour,

Les messages automatiques de l'Espace Acheteur partent d'une adresse « no-reply » que certains filtres classent en indésirables. Vérifiez ce dossier, marquez le message comme légitime et ajoutez l'expéditeur à vos contacts ou à la liste des expéditeurs autorisés.

Si rien n'est arrivé dans 48 heures, répondez à ce message.

Cordialement,
L'équipe d'assistance""",
              subject="[#SUP-006203] Mail de confirmation non reçu",
              to=("Marc Wendling", "marc.wendling@ac-strasbourg.fr")))

U = uai("0011593")
P("mn_mib_removed", "outlook",
  ("Patricia Guillot", "p.guillot@mairie-hauteville-lompnes.fr"),
  "Pas de mail de création de mot de passe",
  "2024-09-26 14:34",
  f"""Bonjour,

J'ai été ajoutée par la directrice comme acheteuse pour l'école primaire de Hauteville ({U}) sur l'Espace Acheteur. Je devais recevoir un mail pour créer mon mot de passe : rien depuis mardi.

Je précise, car on me pose toujours la question : la commune a retiré MailInBlack en juin, nous n'avons plus que le filtre standard de l'hébergeur, et j'ai regardé dans les indésirables.

Cordialement,
Patricia Guillot
Service scolaire - Mairie d'Hauteville-Lompnes
""",
  ("missing_noreply_mail", True, U, "espace_acheteur", True, R,
   "MailInBlack named only to say it was removed in June: no MailInBlack in the way, so missing_noreply_mail (password-creation mail never arrived)."))

P("mn_iphone_short", "iphone",
  ("Élodie Marchand", "elodie.marchand@icloud.com"),
  "Confirmation",
  "2025-03-14 12:19",
  """Bonjour, je me suis inscrite ce matin sur l'espace acheteur et je n'ai pas reçu le mail de confirmation. Merci
Élodie Marchand, mairie de Fresnay""",
  ("missing_noreply_mail", True, None, "espace_acheteur", False, R,
   "One-line iPhone message: no sign-up confirmation mail."),
  sent_from_line="Envoyé de mon iPhone")

U = uai("0741488")
P("mn_apple_customer_account", "apple",
  ("Benoît Favre", "benoit.favre@ac-grenoble.fr"),
  "Compte client : pas de mail d'activation",
  "2024-11-28 17:26",
  f"""Bonjour,

J'ai ouvert avant-hier le compte client du lycée pour commander nos abonnements e-sidoc en ligne. La page indiquait un mail d'activation « sous 12 heures » : plus de 48 heures après, toujours rien, et rien dans les spams.

Lycée du Mont-Blanc René-Dayve, Passy - {U}

Merci,
Benoît Favre
Professeur documentaliste
""",
  ("missing_noreply_mail", True, U, "esidoc", False, R,
   "Apple Mail: the customer-account activation mail never came, long past the 12-hour window."))

U = uai("0371204")
P("mn_two_topics_training", "outlook",
  ("Émilie Dubreuil", "emilie.dubreuil@ac-orleans-tours.fr"),
  "Lien d'activation + supports de formation",
  "2024-12-12 11:05",
  f"""Bonjour,

Deux choses, la première étant la plus urgente :

1) Notre nouvelle adjointe gestionnaire s'est inscrite sur l'Espace Acheteur il y a quatre jours et n'a jamais reçu le lien d'activation. Nous avons vérifié les indésirables.

2) Lors de la formation en visio du 28 novembre, l'intervenant avait promis d'envoyer le diaporama aux participants. Je ne l'ai pas reçu : pouvez-vous me le faire parvenir ?

Merci par avance,
Émilie Dubreuil
Gestionnaire - Collège Jean-Zay, Chinon ({U})
""",
  ("missing_noreply_mail", False, U, "espace_acheteur", True, R,
   "Two topics: the activation link never arrived (main, first) and the slides of a training session (other). The template would answer only the first."))

P("mn_invitation_html", "outlook",
  ("Corinne Mallet", "c.mallet@mairie-val-de-reuil.fr"),
  "Invitation Espace Acheteur pas reçue",
  "2025-02-19 09:40",
  """Bonjour,

Notre administratrice de structure m'a ajoutée lundi sur l'Espace Acheteur et m'a dit qu'un mail d'invitation m'était parti automatiquement. Je ne le trouve nulle part (boîte de réception, courrier indésirable, archives).

Pouvez-vous me le renvoyer ou me dire quelle adresse l'envoie, pour que je la cherche ?

Merci,
Corinne Mallet
Service éducation - Mairie de Val-de-Reuil
""",
  ("missing_noreply_mail", True, None, "espace_acheteur", False, R,
   "HTML-only Outlook: the invitation mail sent by the platform when the structure administrator added her never arrived."),
  html_only=True)

P("mn_android_alerts", "outlook_android",
  ("Hugo Barbier", "hugo.barbier@outlook.fr"),
  "Alertes nouvelles offres",
  "2024-09-20 07:58",
  """Bonjour, depuis la rentrée je ne reçois plus les alertes de nouvelles offres de l'espace acheteur, alors que je suis toujours abonné dans mon profil. Rien dans les spams. Merci de regarder
Hugo Barbier, commune de Saint-Amand""",
  ("missing_noreply_mail", True, None, "espace_acheteur", False, R,
   "Outlook for Android (base64): Espace Acheteur offer alerts no longer arrive."),
  sent_from_line="Obtenir Outlook pour Android")

U = uai("0950738")
t0 = mkdate("2025-02-24 14:30")
P("mn_reply_topic_from_invoice", "gmail",
  ("Nathalie Caron", "nathalie.caron@ac-versailles.fr"),
  "Re: [#SUP-006455] Facture en double",
  "2025-02-26 09:12",
  f"""Bonjour,

Merci pour la facture corrigée, c'est parfait.

En revanche autre souci : ma collègue Mme Diallo s'est inscrite sur l'Espace Acheteur lundi et n'a jamais reçu le mail pour activer son compte (elle a regardé dans ses spams).

Bonne journée,
Nathalie Caron
Lycée Camille-Pissarro, Pontoise ({U})
""",
  ("missing_noreply_mail", True, U, "espace_acheteur", True, R,
   "Gmail-style reply in a billing thread that changes topic: the invoice is settled; the new request is a colleague's activation mail that never came."),
  in_reply_to=desk("006455", t0, "d"),
  quote=Quote("reply", "Assistance", "support@assistance.example.fr", t0,
              """Bonjour,

Vous trouverez ci-joint la facture corrigée ; l'exemplaire en double a été annulé dans notre système.

Cordialement,
L'équipe d'assistance""",
              subject="[#SUP-006455] Facture en double", to=("Nathalie Caron", "nathalie.caron@ac-versailles.fr")))

U = uai("9730384")
P("mn_guyane_portal", "owa",
  ("Joël Sinai", "joel.sinai@ac-guyane.fr"),
  "Portail d'assistance : mail de validation",
  "2024-11-07 08:20 -03:00",
  f"""Bonjour,

J'ai créé mon compte sur le portail de tickets d'assistance avant-hier. Le mail de validation n'est toujours pas arrivé (boîte académique, rien dans les indésirables).

Lycée Léopold-Elfort, Mana ({U}).

Cordialement,
Joël Sinai
""",
  ("missing_noreply_mail", True, U, "ticket_portal", False, R,
   "Ticket portal validation mail not received; Guyane time zone."))


# --------------------------------------------------------------------------
# mailinblack_spam
# --------------------------------------------------------------------------

P("mb_it_coutances", "outlook",
  ("Mathieu Leroux", "m.leroux@ville-coutances.fr"),
  "Liste blanche MailInBlack - expéditeurs Espace Acheteur",
  "2025-03-12 09:02",
  """Bonjour,

Nos agents ne reçoivent pas les mails de l'Espace Acheteur. Console MailInBlack Protect :

  12/03/2025 08:41  no-reply@espace-acheteur.example.fr -> m.hamel@ville-coutances.fr   Statut : En attente d'authentification
  12/03/2025 08:43  no-reply@espace-acheteur.example.fr -> m.hamel@ville-coutances.fr   Statut : En attente d'authentification

Une adresse no-reply ne répondra évidemment jamais au challenge. Quels expéditeurs / domaines / IP dois-je mettre en liste blanche ?

--
Mathieu Leroux
DSI mutualisée Ville de Coutances
""",
  ("mailinblack_spam", True, None, "espace_acheteur", False, R,
   "Town-hall IT, console excerpt: MailInBlack holds the no-reply mails 'awaiting authentication'; asks what to allow-list."))

P("mb_cd_two_products", "outlook",
  ("Sébastien Roux", "sebastien.roux@cd-hautes-alpes.fr"),
  "Déploiement MailInBlack dans les collèges",
  "2024-09-16 14:12",
  """Bonjour,

Le Département vient de déployer MailInBlack sur la messagerie des 12 collèges des Hautes-Alpes. Depuis, les documentalistes ne reçoivent plus les mails automatiques d'e-sidoc et les gestionnaires ceux de l'Espace Acheteur : tout part en quarantaine en attendant une authentification que vos robots ne font pas.

Pouvez-vous nous communiquer la liste complète des adresses et domaines d'envoi à autoriser pour les deux services ?

Cordialement,
Sébastien Roux
Service des systèmes d'information - Département des Hautes-Alpes
""",
  ("mailinblack_spam", True, None, None, False, R,
   "Département IT after a MailInBlack roll-out: both e-sidoc and Espace Acheteur mails are held, so no single platform. No UAI, non-academic domain."))

U = uai("0251618")
P("mb_fwd_quarantine_report", "outlook",
  ("Frédérique Vuillemin", "frederique.vuillemin@ac-besancon.fr"),
  "TR: Vous avez 2 messages en attente",
  "2025-01-21 10:15",
  f"""C'est normal ça ? On attend justement votre lien d'activation depuis hier.

F. Vuillemin
Gestionnaire - Collège Lucie-Aubrac, Doubs ({U})
""",
  ("mailinblack_spam", True, U, "espace_acheteur", True, R,
   "Outlook 'TR:' of a MailInBlack quarantine digest with a one-line question on top; the held message is the Espace Acheteur activation mail."),
  quote=Quote("forward", "Mailinblack", "noreply@protect.mailinblack.com", mkdate("2025-01-21 07:00"),
              """Mailinblack - Vos messages en attente

Bonjour,

2 messages sont en attente de validation dans votre espace Mailinblack :

  no-reply@espace-acheteur.example.fr   « Activez votre compte Espace Acheteur »   20/01/2025 16:12
  no-reply@espace-acheteur.example.fr   « Activez votre compte Espace Acheteur »   20/01/2025 16:58

Pour les recevoir, connectez-vous à votre espace et cliquez sur « Autoriser ».

Ce message vous est envoyé automatiquement.""",
              subject="Vous avez 2 messages en attente",
              to=("Frédérique Vuillemin", "frederique.vuillemin@ac-besancon.fr")))

P("mb_rpi_jura", "roundcube",
  ("Odile Cuynet", "secretariat.rpi@mairie-foncine-le-haut.fr"),
  "mails bloqués par mail in black",
  "2025-02-07 13:44",
  """Bonjour,

Je suis la secrétaire du regroupement scolaire de Foncine (trois villages, deux écoles, un car et beaucoup de neige cette semaine !).

La mairie nous a installé en janvier un système anti-spam qui s'appelle Mail in Black. Depuis, j'ai l'impression que la moitié des messages ne passent plus : les parents se plaignent que je ne réponds pas, et surtout je n'ai jamais reçu le mail d'activation du compte du RPI sur l'Espace Acheteur. Dans l'interface de Mail in Black je le vois bien « en attente », mais je n'ose pas toucher à tout.

Sinon tout va bien chez nous, la sortie ski de fond des CM est maintenue mardi si la route est dégagée, et le photocopieur a enfin été changé, quel bonheur.

Qu'est-ce que je dois faire pour que vos messages passent ?

Merci de votre patience avec moi,
Odile Cuynet
Secrétariat du RPI de Foncine
""",
  ("mailinblack_spam", True, None, "espace_acheteur", False, R,
   "Chatty RPI secretary; 'Mail in Black' named by the town hall: the activation mail is held. No UAI, non-academic domain."))

U = uai("0801623")
P("mb_challenge_unnamed", "zimbra",
  ("Caroline Vasseur", "caroline.vasseur@ac-amiens.fr"),
  "Vos mails n'arrivent pas depuis le nouveau filtre",
  "2024-10-10 10:48",
  f"""Bonjour,

Depuis la rentrée, notre collège a un nouveau filtre de messagerie qui envoie à tout expéditeur inconnu un message lui demandant de cliquer sur un lien pour prouver qu'il n'est pas un robot. Tant que l'expéditeur ne l'a pas fait, le mail reste bloqué chez nous.

Je suppose que vos messages automatiques de l'Espace Acheteur ne peuvent pas faire ce clic, et c'est pour ça que je n'ai jamais reçu mon lien de connexion. Comment fait-on ?

Cordialement,
Caroline Vasseur
Gestionnaire, collège Sainte-Colette, Corbie ({U})
""",
  ("mailinblack_spam", False, U, "espace_acheteur", True, R,
   "The sender-authentication challenge is described without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person checks before sending the MailInBlack guide."))

P("mb_en_rabat", "gmail",
  ("Leila Bennani", "l.bennani@lycee-descartes-rabat.ma"),
  "Your e-sidoc emails are held by MailinBlack",
  "2024-11-19 09:30 +01:00",
  """Hello,

Our school switched to MailinBlack last month and since then every e-sidoc notification (password reset, new reservations) stays in quarantine until someone "proves they are human". Obviously your system never does that.

Could you tell me which sender addresses I should ask our IT to whitelist?

Thank you,
Leila Bennani
CDI / library - Lycée Descartes, Rabat
""",
  ("mailinblack_spam", True, None, "esidoc", False, E,
   "English, lycée français abroad: e-sidoc notifications held by MailinBlack; asks what to allow-list. No region."))

U = uai("0691728")
P("mb_zimbra_who_allows", "zimbra",
  ("Yannick Perrin", "yannick.perrin@ac-lyon.fr"),
  "MailInBlack : à qui de valider ?",
  "2025-01-07 11:33",
  f"""Bonjour,

Notre lycée est passé sous MailInBlack pendant les vacances. Les mails de l'Espace Acheteur sont retenus. Question simple : est-ce que chaque utilisateur doit autoriser l'expéditeur dans son interface, ou est-ce que notre administrateur peut le faire pour tout le monde ? Et quelle adresse exactement ?

Yannick Perrin
Adjoint gestionnaire - Lycée Ampère, Lyon ({U})
""",
  ("mailinblack_spam", True, U, "espace_acheteur", False, R,
   "Asks how the MailInBlack allow-listing is done (per user or by the administrator) and which address: the allow-list guide answers."))

U = uai("0571644")
P("mb_two_topics_invoice", "outlook",
  ("Laurence Schmitt", "laurence.schmitt@ac-nancy-metz.fr"),
  "Mails bloqués + question facture",
  "2024-12-17 14:26",
  f"""Bonjour,

Nos messages venant de l'Espace Acheteur sont tous retenus par MailInBlack depuis la mise en place du filtre par la collectivité : je n'ai reçu ni la confirmation de commande ni le lien pour ma collègue. Pouvez-vous m'envoyer la marche à suivre ?

Par ailleurs, la facture de novembre porte l'adresse de l'ancien site du lycée : pourriez-vous la rééditer avec l'adresse actuelle (3 rue des Récollets) ?

Merci,
Laurence Schmitt
Gestionnaire - Lycée Henri-Nominé, Sarreguemines ({U})
""",
  ("mailinblack_spam", False, U, "espace_acheteur", True, R,
   "Two topics: mails held by MailInBlack (main, first) and an invoice to reissue with the new address (order_billing). The MailInBlack guide alone would answer only half."))

U = uai("0951487")
t0 = mkdate("2024-10-21 15:05")
P("mb_reply_it_says_mib", "gmail",
  ("Mélanie Trinh", "melanie.trinh.gestion@gmail.com"),
  "Re: [#SUP-006241] Lien d'activation non reçu",
  "2024-10-22 08:51",
  f"""Rebonjour,

Rien dans les indésirables. Par contre notre informaticien est passé ce matin et d'après lui c'est MailInBlack, que la mairie a mis en place cet été, qui garde vos messages de côté.

Que faut-il lui dire d'autoriser ?

Mélanie Trinh
École élémentaire Les Tilleuls, Ermont ({U})
""",
  ("mailinblack_spam", True, U, "espace_acheteur", True, R,
   "Gmail reply after the junk-folder answer: the IT person now names MailInBlack, so the MailInBlack guide is the right answer. Personal Gmail; region from the UAI."),
  in_reply_to=desk("006241", t0, "e"),
  quote=Quote("reply", "Assistance", "support@assistance.example.fr", t0,
              """Bonjour,

Les messages automatiques partent d'une adresse « no-reply ». Vérifiez votre dossier de courrier indésirable, marquez le message comme légitime et ajoutez l'expéditeur à vos contacts.

Sans nouvelles sous 48 heures, répondez à ce message.

Cordialement,
L'équipe d'assistance""",
              subject="[#SUP-006241] Lien d'activation non reçu",
              to=("Mélanie Trinh", "melanie.trinh.gestion@gmail.com")))

U = uai("0132418")
P("mb_apple_protect", "apple",
  ("Thomas Giraud", "thomas.giraud@ac-aix-marseille.fr"),
  "Messages retenus par Mailinblack Protect",
  "2025-03-05 12:02",
  f"""Bonjour,

Depuis lundi, les mails de réinitialisation et de réservation d'e-sidoc sont retenus par « Mailinblack Protect » sur la messagerie du lycée. Je ne vois pas comment les débloquer durablement.

Avez-vous un guide pour autoriser vos adresses ?

Merci,
Thomas Giraud
Professeur documentaliste
Lycée Marcel-Pagnol, Marseille - {U}
""",
  ("mailinblack_spam", True, U, "esidoc", False, R,
   "Apple Mail; e-sidoc mails held by 'Mailinblack Protect'; asks for the allow-list guide."))

U = uai("0191477")
P("mb_html_typos", "outlook",
  ("Gestion Collège Bernadette-Chirac", "gestion.clg-ussel@ac-limoges.fr"),
  "mail in blak",
  "2024-11-04 16:39",
  f"""bonjour

on a plus aucun mail de l'espace acheteur depuis que le conseil departemental a mis mail in blak sur nos boites, ca reste dans les "messages en attente". comment on fait pour autoriser vos adresses definitivement ?

merci
Sandrine, gestion
college Bernadette-Chirac Ussel {U}
""",
  ("mailinblack_spam", True, U, "espace_acheteur", False, R,
   "HTML-only Outlook, no accents, product misspelled 'mail in blak'."),
  html_only=True)

U = uai("7200463")
P("mb_corse_tb", "thunderbird",
  ("Paul-Antoine Santoni", "paul-antoine.santoni@ac-corse.fr"),
  "Filtre Mailinblack et messages de l'Espace Acheteur",
  "2025-02-13 10:27",
  f"""Bonjour,

La Collectivité de Corse a équipé nos boîtes de Mailinblack. Les messages de l'Espace Acheteur restent en attente d'authentification. J'ai cliqué sur « autoriser » pour le premier, mais je ne suis pas sûr que cela suffise pour les suivants.

Pouvez-vous me confirmer la bonne manipulation ?

Cordialement,
Paul-Antoine Santoni
Gestionnaire - Collège de Corte ({U})
""",
  ("mailinblack_spam", True, U, "espace_acheteur", False, R,
   "Thunderbird plain text; Haute-Corse UAI prefix 720; asks how to allow the sender durably in Mailinblack."))

U = uai("0261533")
P("mb_iphone_reset_blocked", "iphone",
  ("Agnès Roussel", "agnes.roussel@ac-grenoble.fr"),
  "Réinitialisation bloquée",
  "2024-09-25 07:48",
  f"""Bonjour,
Je voulais réinitialiser mon mot de passe e-sidoc mais le mail de réinitialisation est bloqué par MailInBlack, je le vois dans la liste d'attente et je ne peux pas l'ouvrir. Comment faire pour le recevoir ?
Agnès Roussel, doc, collège Marcelle-Rivier ({U})""",
  ("mailinblack_spam", True, U, "esidoc", True, R,
   "Mentions a password reset, but the problem is the reset mail held by MailInBlack (named): mailinblack_spam, not password_reset."),
  sent_from_line="Envoyé de mon iPhone")


# --------------------------------------------------------------------------
# head_of_establishment_request
# --------------------------------------------------------------------------

U = uai("0891346")
P("he_directrice_rpi_yonne", "zimbra",
  ("Ecole primaire de Vézelay", f"ce.{U.lower()}@ac-dijon.fr"),
  "Demande de réinitialisation - portail de la BCD",
  "2024-10-17 12:41",
  f"""Bonjour,

Je suis Claire Moreau, directrice de l'école primaire de Vézelay, qui fait partie du RPI Vézelay - Asquins - Saint-Père. Je vous écris pendant la pause de midi, entre la cantine et la réunion avec la mairie sur le chauffage (qui nous a encore lâchés lundi, 14 degrés dans la classe, les enfants travaillaient en manteau).

Ma demande : en tant que directrice, je vous demande de bien vouloir réinitialiser le mot de passe administrateur de notre portail e-sidoc de BCD, et de le rattacher désormais à l'adresse de l'école (celle d'où je vous écris). L'ancienne adresse de contact est celle d'une collègue mutée l'an dernier, qui n'a plus rien à voir avec l'école.

Pour information, nous préparons une exposition sur les contes pour le mois de décembre et nous aimerions présenter les nouveaux livres sur le portail d'ici là. Les parents d'élèves ont aussi donné une quarantaine d'albums lors de la bourse aux livres, qu'il faudra cataloguer !

Je reste joignable à l'école le mardi après-midi (jour de décharge).

Bien cordialement,
Claire Moreau
Directrice de l'école primaire de Vézelay
UAI {U}
""",
  ("head_of_establishment_request", False, U, "esidoc", True, R,
   "Chatty primary-school head (directrice) writing from the school's ce.<UAI> address: asks in her capacity for an admin password reset and a new contact address. A head-of-establishment request, not password_reset."))

U = uai("0601594")
P("he_proviseur_new_admin_html", "outlook",
  ("Proviseur Lycée Félix-Faure", f"ce.{U}@ac-amiens.fr"),
  "Désignation d'un nouvel administrateur de structure",
  "2025-01-13 08:55",
  f"""Madame, Monsieur,

Je vous informe que M. Julien Hénon, adjoint gestionnaire arrivé au 1er janvier, est désigné administrateur de structure du lycée Félix-Faure de Beauvais ({U}) sur l'Espace Acheteur, en remplacement de Mme Véronique Lenglet, partie en retraite.

Je vous remercie de bien vouloir lui attribuer ces droits et de clôturer les accès de Mme Lenglet.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Bertrand Delattre
Proviseur
""",
  ("head_of_establishment_request", False, U, "espace_acheteur", False, R,
   "HTML-only Outlook letter from the ce.<UAI> address: the proviseur names a new structure administrator and asks to close the former one's access."),
  html_only=True)

U = uai("0241382")
P("he_fwd_signed_letter", "outlook",
  ("Mairie de Saint-Cyprien", "secretariat@mairie-saint-cyprien24.fr"),
  "TR: Courrier pour l'assistance e-sidoc",
  "2024-11-29 15:20",
  """Bonjour,

Ci-joint le courrier signé de M. Lacoste, directeur de l'école, qu'il m'a demandé de vous faire suivre (l'école n'a pas de scanner).

Cordialement,
Valérie Bouyssou
Secrétariat de mairie de Saint-Cyprien
""",
  ("head_of_establishment_request", False, U, "esidoc", True, R,
   "Town-hall secretary forwards (Outlook 'TR:') the school head's signed letter (PDF) asking to change the e-sidoc contact address; the head's own words are in the forwarded part. A relayed head's written request: staff must check the letter."),
  quote=Quote("forward", "Ecole de Saint-Cyprien", f"ce.{U}@ac-bordeaux.fr", mkdate("2024-11-29 11:02"),
              f"""Valérie,

Peux-tu envoyer mon courrier à l'assistance e-sidoc ? Il s'agit de remplacer l'adresse de contact du compte administrateur de la BCD par celle de l'école ({U}). Je l'ai signé ce matin.

Merci !
Pierre Lacoste
Directeur""",
              subject="Courrier pour l'assistance e-sidoc",
              to=("Mairie de Saint-Cyprien", "secretariat@mairie-saint-cyprien24.fr")),
  attachments=[("Courrier_directeur_adresse_contact.pdf", "application/pdf",
                fake_pdf("Courrier du directeur - changement d'adresse de contact"))])

P("he_en_head_authorises", "owa",
  ("Mark Holloway", "headteacher@lycee-francais-dublin.ie"),
  "Authorisation - e-sidoc subscription order",
  "2025-02-04 11:10 +00:00",
  """Dear Sir or Madam,

As head of the Lycée français de Dublin, I authorise our librarian, Ms Siobhán Kelly, to validate on our behalf the order for the e-sidoc subscription renewal and the two additional resources listed in her basket (order in preparation this week).

Please let me know if you need this authorisation on letterhead.

Kind regards,
Mark Holloway
Proviseur / Head of School
Lycée français de Dublin
""",
  ("head_of_establishment_request", False, None, "esidoc", False, E,
   "English: the head of a lycée français abroad authorises the librarian to validate an order. No UAI, no region."))

U = uai("0541612")
t0 = mkdate("2025-03-06 10:40")
P("he_iphone_confirms", "iphone",
  ("François Morel", "francois.morel1@ac-nancy-metz.fr"),
  "Re: [#SUP-006512] Réinitialisation du compte administrateur",
  "2025-03-06 18:22",
  f"""Bonjour,
Je confirme la demande de Mme Lebrun et j'autorise la réinitialisation du mot de passe ainsi que le changement de l'adresse de contact.
Cordialement
F. Morel
Principal du collège Jacques-Callot, Neuves-Maisons ({U})""",
  ("head_of_establishment_request", False, U, "esidoc", False, R,
   "The principal, from his phone (Apple quote), gives the written agreement the desk asked for. Personal academic address, not the ce. one: staff check it."),
  sent_from_line="Envoyé de mon iPhone",
  in_reply_to=desk("006512", t0, "f"),
  quote=Quote("reply", "Assistance", "support@assistance.example.fr", t0,
              """Bonjour Madame Lebrun,

Pour des raisons de sécurité, la réinitialisation du compte administrateur et le changement d'adresse de contact demandent l'accord écrit du chef d'établissement. Monsieur le Principal, en copie, peut simplement répondre à ce message pour le donner.

Cordialement,
L'équipe d'assistance""",
              subject="[#SUP-006512] Réinitialisation du compte administrateur",
              to=("Sylvie Lebrun", "sylvie.lebrun@ac-nancy-metz.fr"),
              cc="François Morel <francois.morel1@ac-nancy-metz.fr>"))

U = uai("0121453")
P("he_gmail_suspicious", "gmail",
  ("Direction Ecole Decazeville", "direction.ecole.decazeville@gmail.com"),
  "URGENT changement adresse administrateur",
  "2024-12-20 22:47",
  f"""Bonjour,

Je suis la directrice de l'école élémentaire Jean-Jaurès de Decazeville ({U}). Suite à un problème avec la messagerie académique, je vous demande de remplacer immédiatement l'adresse du compte administrateur e-sidoc par celle-ci, et de m'envoyer le nouveau mot de passe ici.

C'est urgent, merci de faire vite avant les vacances.

La directrice
""",
  ("head_of_establishment_request", False, U, "esidoc", True, R,
   "Claims to be the head, from a free-mail address with a different Reply-To, late at night, urgent, wants the admin address moved to that Gmail: weak evidence, probably not the school. Still a head-of-establishment request, for staff to refuse or verify."),
  reply_to=("Direction", "dir.ecole.jjaures.12@gmail.com"))

U = uai("0431287")
P("he_directeur_new_admin_tb", "thunderbird",
  ("Ecole de Saugues", f"ce.{U}@ac-clermont.fr"),
  "Changement d'administrateur e-sidoc",
  "2024-09-10 17:05",
  f"""Bonjour,

Directeur de l'école publique de Saugues ({U}), je vous demande de transférer l'administration de notre portail e-sidoc à Mme Sophie Bonnet, professeure des écoles arrivée à la rentrée, qui s'occupera désormais de la bibliothèque.

Merci de lui envoyer les accès à son adresse académique : sophie.bonnet3@ac-clermont.fr.

Cordialement,
Gérard Vialle
Directeur
""",
  ("head_of_establishment_request", False, U, "esidoc", False, R,
   "Thunderbird, from the school's ce.<UAI> address: the head changes the portal's administrator."))

U = uai("0811517")
P("he_authorise_and_when", "outlook",
  ("Principale Collège Jean-Jaurès", f"ce.{U}@ac-toulouse.fr"),
  "Autorisation de commande et date de mise à disposition",
  "2025-03-10 09:18",
  f"""Bonjour,

En tant que principale du collège Jean-Jaurès de Saint-Juéry ({U}), j'autorise Mme Carayon, professeure documentaliste, à valider la commande de renouvellement e-sidoc préparée dans notre panier (montant inférieur au seuil fixé par le conseil d'administration).

Pouvez-vous également me dire dans quel délai les ressources seront accessibles aux élèves après validation ? Nous prévoyons une séance avec les 3e le 24 mars.

Cordialement,
Isabelle Azéma
Principale
""",
  ("head_of_establishment_request", False, U, "esidoc", True, R,
   "Two subjects: the head authorises the order (main) and asks about the activation delay (subscription_activation). The authorisation makes it a head-of-establishment request."))

U = uai("0941627")
P("he_zimbra_signed_order", "zimbra",
  ("Chef d'établissement LP Gabriel-Péri", f"ce.{U}@ac-creteil.fr"),
  "Autorisation de commande - bon signé",
  "2024-10-29 14:03",
  f"""Bonjour,

Vous trouverez ci-joint le bon de commande signé pour les abonnements du CDI (Europresse et Cafeyn), que j'autorise Mme Ouali, documentaliste, à valider en ligne.

Cordialement,
Karim Benali
Proviseur du lycée professionnel Gabriel-Péri, Champigny-sur-Marne
{U}
""",
  ("head_of_establishment_request", False, U, "esidoc", False, R,
   "The proviseur, from the ce.<UAI> address, authorises the order and attaches the signed purchase order (RFC 2231 file name)."),
  attachments=[dict(filename="Autorisation_commande_signée.pdf", ctype="application/pdf",
                    data=fake_pdf("Bon de commande signe"), rfc2231=True)])

U = uai("0451683")
P("he_not_forgotten_remove_access", "outlook",
  ("Ecole maternelle Les Lutins", f"ce.{U}@ac-orleans-tours.fr"),
  "Retrait d'accès au portail de l'école",
  "2025-01-30 16:45",
  f"""Bonjour,

Je suis la directrice de l'école maternelle Les Lutins à Pithiviers ({U}). Ce n'est pas moi qui ai oublié le mot de passe : je souhaite au contraire qu'il soit changé, car une ancienne collègue partie en mauvais termes le connaît toujours et a encore accès à l'administration de notre portail e-sidoc.

Je vous demande donc de réinitialiser ce mot de passe et d'envoyer le lien à l'adresse de l'école.

Merci,
Nadia Ferhat
Directrice
""",
  ("head_of_establishment_request", False, U, "esidoc", False, R,
   "The head asks for a reset so that a former colleague loses access, link to the school's address: a head-of-establishment request (says she did not forget the password)."))

U = uai("0841459")
t0 = mkdate("2024-12-02 11:25")
P("he_zimbra_written_request", "zimbra",
  ("Proviseur Lycée Frédéric-Mistral", f"ce.{U}@ac-aix-marseille.fr"),
  "Re: [#SUP-006344] Changement d'adresse de contact",
  "2024-12-03 08:14",
  f"""Bonjour,

Comme demandé, je vous confirme par écrit que l'adresse de contact du compte administrateur e-sidoc du lycée doit être remplacée par cdi.mistral@ac-aix-marseille.fr.

Cordialement,
Jean-Luc Arnaud
Proviseur - Lycée Frédéric-Mistral, Avignon
""",
  ("head_of_establishment_request", False, U, "esidoc", False, R,
   "Reply (Zimbra 'Mail original') from the ce.<UAI> address: the proviseur gives the written request the desk asked for. UAI only in the sender address."),
  in_reply_to=desk("006344", t0, "g"),
  quote=Quote("reply", "Assistance", "support@assistance.example.fr", t0,
              """Bonjour,

Nous avons bien reçu la demande de votre professeure documentaliste. Le changement d'adresse de contact du compte administrateur nécessite une demande écrite du chef d'établissement : il suffit de répondre à ce message depuis l'adresse officielle de l'établissement.

Cordialement,
L'équipe d'assistance""",
              subject="[#SUP-006344] Changement d'adresse de contact",
              to=("Proviseur Lycée Frédéric-Mistral", f"ce.{U}@ac-aix-marseille.fr")))

U = uai("9741326")
P("he_reunion_new_admin", "outlook",
  ("Principal Collège Bois-de-Nèfles", f"ce.{U}@ac-reunion.fr"),
  "Administrateur du portail CDI",
  "2024-09-05 10:30 +04:00",
  f"""Bonjour,

Je désigne Mme Payet, professeure documentaliste nommée à la rentrée, comme administratrice du portail e-sidoc du collège ({U}), à la place de M. Hoarau, muté en métropole. Merci de retirer les accès de M. Hoarau.

Cordialement,
Éric Grondin
Principal du collège de Bois-de-Nèfles, Saint-Paul
""",
  ("head_of_establishment_request", False, U, "esidoc", False, R,
   "The principal designates the new librarian as portal administrator and asks to remove the former one's access; Réunion time zone."))

P("he_mixed_lf_singapore", "apple",
  ("Hélène Vasseur", "proviseur@lfs.edu.sg"),
  "Changement de l'adresse administrateur / admin contact change",
  "2024-10-24 14:12 +08:00",
  """Bonjour,

En tant que proviseure du Lycée français de Singapour, je vous demande de remplacer l'adresse de contact du compte administrateur e-sidoc, currently set to our former librarian's personal address, par l'adresse générique du CDI : library@lfs.edu.sg.

Our librarian is copied. Merci de me confirmer quand ce sera fait.

Cordialement / Best regards,
Hélène Vasseur
Proviseure - Lycée français de Singapour
""",
  ("head_of_establishment_request", False, None, "esidoc", False, R,
   "Mixed French/English (mostly French): the head of a lycée français abroad asks to change the admin contact address. No UAI, no region."),
  cc=[("Library LFS", "library@lfs.edu.sg")])


# --------------------------------------------------------------------------
# order_billing
# --------------------------------------------------------------------------

U = uai("0331742")
P("ob_chorus_password_passing", "thunderbird_html",
  ("Sabrina Lafitte", "sabrina.lafitte@ac-bordeaux.fr"),
  "Facture absente de Chorus Pro",
  "2025-01-22 10:37",
  f"""Bonjour,

J'ai enfin retrouvé mon mot de passe grâce à votre lien, merci, ça fonctionne.

Ma vraie question : la facture FA-2024-11873 (renouvellement de l'abonnement e-sidoc, commande validée le 2 décembre) n'apparaît toujours pas sur Chorus Pro, et notre agence comptable ne peut pas la mandater sans cela. Pouvez-vous la déposer ou me dire sous quel numéro de structure elle a été envoyée ?

Cordialement,
Sabrina Lafitte
Adjointe gestionnaire
Collège François-Mauriac, Saint-Médard-en-Jalles ({U})
""",
  ("order_billing", False, U, "esidoc", True, R,
   "The password is mentioned only as solved ('ça fonctionne'); the request is an invoice missing from Chorus Pro."))

U = uai("0871293")
P("ob_rpi_devis_limousin", "outlook",
  ("Mairie de Saint-Léonard - Affaires scolaires", "scolaire@mairie-st-leonard-de-noblat.fr"),
  "Devis pour le portail de la bibliothèque de l'école",
  "2025-02-25 11:52",
  f"""Bonjour,

Je m'occupe des affaires scolaires à la mairie, et notamment du budget des écoles du RPI. Le conseil municipal vote le budget le 27 mars et je suis en train de rassembler tous les devis.

Pour l'école élémentaire Jean-Giraudoux ({U}), il me faudrait un devis pour le renouvellement de l'abonnement e-sidoc de la bibliothèque (la même formule que cette année, je crois que c'est la formule « école »). Si vous pouviez l'établir au nom de la commune de Saint-Léonard-de-Noblat, avec notre numéro SIRET (212 101 569 00013), ce serait parfait.

Les nouvelles de l'école, puisque la directrice m'a dit que vous aviez aidé l'an dernier : la BCD a été entièrement réaménagée pendant les vacances de la Toussaint, avec des coussins et un tapis pour les plus petits, et les élèves de CM2 font maintenant des « prix littéraires » avec des fiches de lecture qu'ils aimeraient mettre en ligne.

Merci d'avance, et bonne journée,

Monique Desbordes
Affaires scolaires et périscolaires
Mairie de Saint-Léonard-de-Noblat
""",
  ("order_billing", False, U, "esidoc", False, R,
   "Chatty town-hall secretary: a quote (devis) for the school's e-sidoc renewal, to be made out to the commune."))

U = uai("0421569")
P("ob_fwd_comptable_rib", "outlook",
  ("Aurélien Chazal", "aurelien.chazal@ac-lyon.fr"),
  "TR: Facture e-sidoc - RIB manquant",
  "2024-12-09 15:48",
  """Bonjour,

Pouvez-vous répondre directement à notre agent comptable (en copie) ? Merci.

A. Chazal
Gestionnaire
""",
  ("order_billing", False, U, "esidoc", False, R,
   "Outlook 'TR:' with one line on top; the forwarded note from the agent comptable asks for the supplier's bank details to pay the e-sidoc invoice."),
  cc=[("Agence comptable", "agence.comptable.fauriel@ac-lyon.fr")],
  quote=Quote("forward", "Agence comptable", "agence.comptable.fauriel@ac-lyon.fr", mkdate("2024-12-09 14:10"),
              f"""Bonjour Aurélien,

Pour la facture n° FA-2024-10544 (abonnement e-sidoc, collège Claude-Fauriel, {U}), je n'ai pas de RIB du fournisseur dans Op@le et la facture n'en comporte pas. Sans RIB je ne peux pas payer.

Peux-tu le demander au fournisseur ?

Merci,
Sylvie Garnier
Agence comptable""",
              subject="Facture e-sidoc - RIB manquant",
              to=("Aurélien Chazal", "aurelien.chazal@ac-lyon.fr")))

P("ob_en_wire_transfer", "outlook",
  ("Priya Raman", "accounts@lfbangalore.in"),
  "Payment by international wire transfer",
  "2024-10-09 12:20 +05:30",
  """Hello,

We received your invoice for our e-sidoc subscription (2024-2025). As a school abroad we cannot pay by mandat administratif: could you confirm that an international wire transfer in EUR is accepted, and send us your IBAN and SWIFT/BIC on letterhead for our auditors?

Thank you,
Priya Raman
Accounts Officer - Lycée français de Bangalore
""",
  ("order_billing", False, None, "esidoc", False, E,
   "English, lycée français abroad: asks whether an international transfer is accepted and for bank details."))

U = uai("0291516")
P("ob_chorus_mail_passing", "gmail",
  ("Yann Le Bihan", "yann.lebihan.gestion@gmail.com"),
  "Facture rejetée sur Chorus",
  "2025-02-12 13:37",
  f"""Bonjour,

Votre facture de janvier (commande Espace Acheteur CMD-2025-0187, mobilier de la BCD) a été rejetée par Chorus Pro : le numéro d'engagement juridique est absent. Pouvez-vous la redéposer en mentionnant l'EJ 4500123876 ?

Au passage, je ne reçois jamais vos mails de confirmation de commande, mais ce n'est pas grave, je vois tout sur le site.

Cordialement,
Yann Le Bihan
Gestionnaire - École Diwan de Quimper ({U})
""",
  ("order_billing", False, U, "espace_acheteur", True, R,
   "The missing order-confirmation mails are mentioned in passing and explicitly not a problem; the request is an invoice to re-file on Chorus Pro with the EJ number."))

P("ob_it_validation_500", "outlook",
  ("Damien Pichon", "d.pichon@agglo-saintes.fr"),
  "Validation de commande impossible (erreur 500)",
  "2024-11-20 10:05",
  """Bonjour,

Les acheteurs du service écoles n'arrivent plus à valider leurs commandes sur l'Espace Acheteur depuis hier après-midi.

Étapes : panier > « Valider la commande » > page d'erreur
Réponse : HTTP 500 Internal Server Error
Identifiant de requête affiché : 7f3c2a91-0b6e-4e1d-9a44-d2c0e5b1a733
Reproduit sur 3 comptes, 2 navigateurs, en interne et en 4G.

Les paniers sont toujours là. Merci de regarder, nous avons une commande urgente à passer avant les vacances de Noël.

Damien Pichon
Service informatique - Communauté d'agglomération de Saintes
""",
  ("order_billing", False, None, "espace_acheteur", False, R,
   "Agglomeration IT, terse with the request id: order validation fails with an HTTP 500. An order problem for a person."))

t0 = mkdate("2024-09-30 16:12")
P("ob_reply_invoice_name", "outlook",
  ("Florence Jaouen", "f.jaouen@mairie-plouguerneau.bzh"),
  "RE: [#SUP-006168] Création de compte acheteur",
  "2024-10-02 09:26",
  """Bonjour,

Merci, le compte est créé et tout fonctionne.

Une question avant notre première commande : la facture peut-elle être établie au nom de la mairie (qui paie) et non de l'école (qui reçoit les livres) ? Notre trésorerie rejette sinon.

Cordialement,
Florence Jaouen
Mairie de Plouguerneau
""",
  ("order_billing", False, None, "espace_acheteur", True, R,
   "Outlook reply in an account-creation thread that changes topic: the account is fine, the new question is who the invoice is made out to."),
  in_reply_to=desk("006168", t0, "h"),
  quote=Quote("reply", "Assistance", "support@assistance.example.fr", t0,
              """Bonjour,

Pour créer votre compte acheteur, remplissez le formulaire d'inscription de l'Espace Acheteur. Votre compte sera actif dès que l'administrateur de votre structure l'aura validé.

Cordialement,
L'équipe d'assistance""",
              subject="[#SUP-006168] Création de compte acheteur",
              to=("Florence Jaouen", "f.jaouen@mairie-plouguerneau.bzh")))

U = uai("0801794")
P("ob_bon_engagement_tb", "thunderbird",
  ("Stéphane Lefebvre", "stephane.lefebvre@ac-amiens.fr"),
  "Numéro de bon d'engagement sur la facture",
  "2024-12-04 11:40",
  f"""Bonjour,

Notre service financier me signale que la facture de l'abonnement e-sidoc (commande du 18 novembre) ne porte pas le numéro de bon d'engagement que j'avais indiqué lors de la commande (BE 2024-0412). Pourriez-vous nous renvoyer une facture qui le mentionne ?

Cordialement,
Stéphane Lefebvre
Gestionnaire - Lycée Boucher-de-Perthes, Abbeville
{U}
""",
  ("order_billing", False, U, "esidoc", False, R,
   "Thunderbird: the invoice lacks the bon d'engagement number; asks for a corrected invoice."))

U = uai("0561843")
P("ob_quote_mib_passing", "outlook",
  ("Morgane Le Corre", "morgane.le-corre@ac-rennes.fr"),
  "Devis Universalis - deux accès supplémentaires",
  "2025-03-17 14:09",
  f"""Bonjour,

Nous avions eu en janvier un souci de mails bloqués par MailInBlack, réglé depuis par la DSI de la Région : tout arrive normalement.

Je reviens vers vous pour autre chose : pourriez-vous nous faire un devis pour deux accès supplémentaires à Universalis (pour le lycée professionnel rattaché), à ajouter à l'abonnement en cours jusqu'à son échéance ?

Merci,
Morgane Le Corre
Professeure documentaliste - Lycée Joseph-Loth, Pontivy ({U})
""",
  ("order_billing", False, U, "esidoc", True, R,
   "MailInBlack mentioned only as a past, solved problem; the request is a quote for extra Universalis access."))

U = uai("0351874")
P("ob_avoir_duplicate", "webmail",
  ("Service intendance", "intendance@lycee-bertrand-dargentre.fr"),
  "Demande d'avoir - facture en double",
  "2024-10-28 15:25",
  f"""Bonjour,

Nous avons reçu deux factures identiques pour l'abonnement e-sidoc 2024-2025 (FA-2024-09812 et FA-2024-09813, même montant, même date). Une seule commande a été passée.

Merci de nous adresser un avoir pour la seconde.

Cordialement,
Service intendance
Lycée Bertrand-d'Argentré, Vitré ({U})
""",
  ("order_billing", False, U, "esidoc", False, R,
   "HTML-only webmail: duplicate invoice, asks for a credit note."),
  html_only=True)


# --------------------------------------------------------------------------
# account_creation
# --------------------------------------------------------------------------

P("ac_rpi_how_create", "webmail",
  ("Sylvie Rigal", "sivos.causse-comtal@orange.fr"),
  "Comment créer un compte pour le SIVOS ?",
  "2024-09-19 10:15",
  """Bonjour,

Je suis la nouvelle secrétaire du SIVOS du Causse Comtal, qui regroupe les écoles de trois petites communes (88 élèves en tout, dont 14 nouveaux cette année, on est très contents).

Les élus ont décidé de passer par votre centrale d'achat pour les fournitures scolaires et les jeux de cour, plutôt que de faire trois commandes séparées comme avant. On m'a dit qu'il fallait un compte sur l'Espace Acheteur : comment est-ce que je le crée ? Je n'ai jamais fait ça.

Petite parenthèse : la fête de rentrée a eu lieu samedi sous un grand soleil, et le nouveau car scolaire est arrivé, il a même la climatisation.

Merci de votre aide,
Sylvie Rigal
Secrétaire du SIVOS du Causse Comtal
""",
  ("account_creation", True, None, "espace_acheteur", False, R,
   "Chatty SIVOS secretary asks how to create an Espace Acheteur account: the sign-up answer fits."))

P("ac_eligibility_hors_contrat", "gmail",
  ("Emmanuelle Joly", "direction@ecole-montessori-les-pins.fr"),
  "Adhésion possible pour une école hors contrat ?",
  "2024-11-14 18:20",
  """Bonjour,

Nous sommes une école privée hors contrat (maternelle et élémentaire, 60 élèves) et nous aimerions savoir si nous pouvons ouvrir un compte sur l'Espace Acheteur pour bénéficier des marchés de fournitures.

(J'ai par ailleurs un ancien compte e-sidoc dont j'ai oublié le mot de passe, mais ce n'est pas le sujet aujourd'hui, je m'en occuperai plus tard.)

Merci de votre réponse,
Emmanuelle Joly
Directrice - École Les Pins
""",
  ("account_creation", False, None, "espace_acheteur", True, R,
   "An eligibility question for a new account (a person checks); the forgotten e-sidoc password is explicitly set aside ('ce n'est pas le sujet'), so not password_reset."))

U = uai("0552174")
P("ac_waiting_validation_zimbra", "zimbra",
  ("Aline Husson", "aline.husson@ac-nancy-metz.fr"),
  "Compte en attente",
  "2025-01-08 09:44",
  f"""Bonjour,

J'ai rempli le formulaire d'inscription de l'Espace Acheteur le 2 janvier. Quand j'essaie de me connecter, le site me dit que mon compte est en attente de validation.

Combien de temps faut-il attendre ?

Aline Husson
Adjointe gestionnaire - Collège Raymond-Poincaré, Bar-le-Duc ({U})
""",
  ("account_creation", True, U, "espace_acheteur", False, R,
   "Sign-up form filled, account waiting for the structure administrator's validation: FAQ case."))

P("ac_who_is_admin", "outlook",
  ("Karine Poulain", "k.poulain@mairie-bolbec.fr"),
  "Qui est l'administrateur de notre structure ?",
  "2024-10-07 14:52",
  """Bonjour,

Je voudrais m'inscrire sur l'Espace Acheteur pour le service scolaire de la mairie, mais le formulaire me dit que ma demande sera validée par « l'administrateur de votre structure ». Je ne sais pas du tout qui c'est chez nous : pouvez-vous me donner son nom ?

Merci,
Karine Poulain
Service enfance-jeunesse - Mairie de Bolbec
""",
  ("account_creation", False, None, "espace_acheteur", False, R,
   "Asks who the structure's administrator is: a look-up, so a person answers."))

U = uai("0861592")
P("ac_negation_customer_account", "apple",
  ("Mathilde Rivière", "mathilde.riviere@ac-poitiers.fr"),
  "Ouverture du compte client",
  "2024-09-11 16:31",
  f"""Bonjour,

Ce n'est ni un problème de mot de passe ni un mail qui n'arrive pas : je n'ai encore rien créé du tout.

Je suis la nouvelle documentaliste du collège Jean-Moulin de Montmorillon ({U}) et je voudrais passer notre première commande d'abonnement en ligne. Comment ouvre-t-on le compte client de l'établissement ?

Merci,
Mathilde Rivière
""",
  ("account_creation", True, U, "esidoc", True, R,
   "Negation: 'ni un problème de mot de passe ni un mail qui n'arrive pas'; she wants to open the customer account before a first order (FAQ answer)."))

U = uai("0921663")
t0 = mkdate("2024-11-18 10:05")
P("ac_reply_rights_colleague", "gmail",
  ("Sarah Benhamou", "sarah.benhamou@ac-versailles.fr"),
  "Re: [#SUP-006301] Abonnement Cafeyn",
  "2024-11-19 11:48",
  f"""Bonjour,

Merci, Cafeyn est bien visible maintenant.

Autre demande : pouvez-vous donner à ma collègue Mme Hamdi (adjointe gestionnaire, déjà inscrite) les droits pour valider les commandes ? Elle ne voit que le bouton « ajouter au panier ».

Sarah Benhamou
Lycée Jacques-Prévert, Boulogne-Billancourt ({U})
""",
  ("account_creation", False, U, "espace_acheteur", True, R,
   "Gmail reply in a subscription thread that changes topic: asks to open order-validation rights for a colleague (rights to open, a person decides)."),
  in_reply_to=desk("006301", t0, "i"),
  quote=Quote("reply", "Assistance", "support@assistance.example.fr", t0,
              """Bonjour,

Votre commande a bien été validée ; l'abonnement Cafeyn sera activé dans un délai de 72 heures.

Cordialement,
L'équipe d'assistance""",
              subject="[#SUP-006301] Abonnement Cafeyn", to=("Sarah Benhamou", "sarah.benhamou@ac-versailles.fr")))

P("ac_en_morocco_eligibility", "outlook",
  ("Youssef Alaoui", "y.alaoui@groupe-scolaire-lamartine-fes.ma"),
  "Can a partner school open an account?",
  "2025-01-27 10:02 +01:00",
  """Hello,

We are a private school in Fès, partner of the AEFE network since 2022 (French curriculum from CP to 3e). We would like to open a customer account to subscribe to e-sidoc for our library.

Are partner schools eligible, and what documents do you need from us?

Best regards,
Youssef Alaoui
Administrative manager
Groupe scolaire Lamartine, Fès
""",
  ("account_creation", False, None, "esidoc", False, E,
   "English: a partner school abroad asks whether it may open a customer account: eligibility, a person checks."))

P("ac_android_pending", "outlook_android",
  ("Manon Giraud", "manon.giraud@mairie-lannion.fr"),
  "Compte toujours en attente",
  "2025-02-28 08:14",
  """Bonjour j'ai rempli le formulaire d'inscription à l'espace acheteur hier matin, quand je me connecte il me dit toujours compte en attente. C'est normal ? Merci
Manon Giraud mairie de Lannion""",
  ("account_creation", True, None, "espace_acheteur", False, R,
   "Phone (Outlook for Android, base64): sign-up done yesterday, account still pending validation: FAQ case."),
  sent_from_line="Obtenir Outlook pour Android")

P("ac_cd_bulk_csv", "outlook",
  ("Nicolas Bréhier", "nicolas.brehier@calvados-departement.fr"),
  "Création groupée de comptes pour les collèges",
  "2024-09-03 15:33",
  """Bonjour,

Le Département passe par votre centrale pour les achats de petit équipement de ses 52 collèges. Nous souhaitons créer un compte acheteur pour le gestionnaire de chacun des 12 premiers collèges concernés.

Plutôt que 12 inscriptions manuelles, est-il possible de vous transmettre un fichier CSV (nom, prénom, adresse, UAI, rôle) pour une création groupée ? Si oui, quel format ?

Cordialement,
Nicolas Bréhier
Direction de l'éducation - Pôle numérique
Département du Calvados
""",
  ("account_creation", False, None, "espace_acheteur", False, R,
   "Département IT asks for a bulk account creation from a CSV: not the sign-up answer, a person handles it."))


# --------------------------------------------------------------------------
# subscription_activation
# --------------------------------------------------------------------------

U = uai("0150627")
U2 = uai("0150631")
P("sa_rpi_two_schools", "thunderbird",
  ("Régine Bouyssou", "secretariat.rpi-goul@orange.fr"),
  "Universalis Junior pas encore visible",
  "2025-03-19 14:05",
  f"""Bonjour,

Je suis la secrétaire du RPI de la vallée du Goul, et je vous écris pour l'abonnement Universalis Junior que nous avons commandé lundi (avant-hier, donc).

Attention, il y a souvent confusion chez nous : l'abonnement est pour l'école de Raulhac ({U}), pas pour celle de Cros-de-Ronesque ({U2}), qui n'a pas de portail pour l'instant. Sur le portail de Raulhac, l'encyclopédie n'apparaît pas encore dans les ressources.

Sinon, nouvelles du RPI : la classe de Raulhac part en classe découverte au Lioran début avril, les enfants ne parlent que de ça ; et le conseil d'école a voté l'achat de nouveaux dictionnaires, ce qui ne vous concerne pas mais me fait plaisir.

Est-ce que c'est normal qu'il faille attendre ?

Bien cordialement,
Régine Bouyssou
Secrétariat du RPI de la vallée du Goul
""",
  ("subscription_activation", True, U, "esidoc", True, R,
   f"Chatty RPI secretary; two UAIs of the RPI: the subscription is for Raulhac ({U}), the other school ({U2}) is named only to avoid confusion. Ordered two days ago: within the 72-hour window."))

U = uai("0281572")
P("sa_directrice_when", "outlook",
  ("Ecole élémentaire Paul-Bert", f"ce.{U}@ac-orleans-tours.fr"),
  "Disponibilité de Cafeyn",
  "2024-11-13 12:10",
  f"""Bonjour,

En tant que directrice de l'école Paul-Bert de Nogent-le-Rotrou ({U}), j'ai validé hier la commande de l'abonnement Cafeyn pour nos classes.

Pouvez-vous me dire quand il sera accessible sur notre portail ? Nous voudrions l'utiliser en classe la semaine prochaine.

Merci,
Hélène Brossard
Directrice
""",
  ("subscription_activation", True, U, "esidoc", True, R,
   "Written by the head, but she only asks when the subscription ordered yesterday will be available: not a head-of-establishment request."))

U = uai("0281634")
P("sa_two_weeks_tb", "thunderbird",
  ("Vincent Lemaire", "vincent.lemaire@ac-orleans-tours.fr"),
  "Abonnement Europresse toujours inactif",
  "2025-02-20 10:18",
  f"""Bonjour,

Nous avons commandé l'abonnement Europresse le 5 février (commande validée le jour même). Deux semaines plus tard, la ressource est toujours marquée « inactive » dans le back office et les élèves ne peuvent pas s'en servir.

Pouvez-vous regarder ce qui bloque ?

Vincent Lemaire
Professeur documentaliste - Lycée Rotrou, Dreux ({U})
""",
  ("subscription_activation", False, U, "esidoc", False, R,
   "Ordered two weeks ago and still inactive: past the 72-hour rule, a person must check the order."))

U = uai("0721584")
P("sa_publish_apple", "apple",
  ("Claire Gohier", "claire.gohier@ac-nantes.fr"),
  "Publier Europresse sur le portail",
  "2024-10-02 13:47",
  f"""Bonjour,

Notre abonnement Europresse est bien actif (je le vois dans « Mes abonnements »), mais je ne trouve pas comment le faire apparaître sur la page d'accueil du portail pour les élèves.

Y a-t-il une manipulation à faire pour le publier ?

Merci,
Claire Gohier
Professeure documentaliste, collège Berthelot, Le Mans - {U}
""",
  ("subscription_activation", True, U, "esidoc", False, R,
   "Active subscription not shown to pupils: how to publish the resource on the portal (publication step)."))

P("sa_en_paid_yesterday", "gmail",
  ("Sofia Conti", "sofia.conti@lfmilano.it"),
  "Subscription paid but not showing",
  "2024-12-11 09:12 +01:00",
  """Hi,

We paid the Universalis subscription yesterday afternoon (card payment, order confirmed on screen), but it does not show in our library portal yet.

Is there a delay before activation, or did something go wrong?

Thanks,
Sofia Conti
Librarian - Lycée français Stendhal, Milan
""",
  ("subscription_activation", True, None, "esidoc", False, E,
   "English, lycée français abroad: paid yesterday, not visible yet: within the 72-hour window."))

U = uai("0101562")
P("sa_negation_password_ok", "zimbra",
  ("Delphine Collot", "delphine.collot@ac-reims.fr"),
  "Cafeyn absent du portail",
  "2025-01-15 11:26",
  f"""Bonjour,

Je précise d'emblée que je n'ai aucun souci de mot de passe, je me connecte sans problème au back office.

Mais l'abonnement Cafeyn commandé hier ne figure nulle part, ni dans les ressources ni dans « Mes abonnements ».

Collège Paul-Langevin, Romilly-sur-Seine - {U}

Delphine Collot
""",
  ("subscription_activation", True, U, "esidoc", True, R,
   "Negation: login works, no password problem; Cafeyn ordered yesterday not visible: within 72 hours."))

U = uai("0621739")
P("sa_fwd_gestionnaire", "outlook",
  ("Rémi Delcourt", "remi.delcourt@ac-lille.fr"),
  "TR: renouvellement abonnement",
  "2024-09-17 08:49",
  """Bonjour,

Voir la demande de notre documentaliste ci-dessous, merci de lui répondre directement (en copie).

Rémi Delcourt
Adjoint gestionnaire
""",
  ("subscription_activation", True, U, "esidoc", True, R,
   "Outlook 'TR:' with a one-line note; the librarian's original: renewal validated yesterday still shows as expired. Within 72 hours."),
  cc=[("Aurore Vandamme", "aurore.vandamme@ac-lille.fr")],
  quote=Quote("forward", "Aurore Vandamme", "aurore.vandamme@ac-lille.fr", mkdate("2024-09-16 17:22"),
              f"""Rémi,

Le renouvellement que tu as validé ce matin n'est pas encore pris en compte : dans le back office e-sidoc l'abonnement est toujours marqué « expiré » depuis le 31 août. Tu peux voir avec eux ?

Aurore
CDI - Collège Jean-Macé, Lens ({U})""",
              subject="renouvellement abonnement", to=("Rémi Delcourt", "remi.delcourt@ac-lille.fr")))

P("sa_iphone_this_morning", "iphone",
  ("Laure Dumas", "laure.dumas@ac-limoges.fr"),
  "Abonnement",
  "2024-10-16 16:02",
  """Bonjour
Abonnement commandé ce matin sur e-sidoc, pas encore dispo sur le portail. C'est normal ?
Laure Dumas""",
  ("subscription_activation", True, None, "esidoc", False, R,
   "Short iPhone mail: ordered this morning, not yet available; no UAI, region from ac-limoges.fr."),
  sent_from_line="Envoyé de mon iPhone")

U = uai("0762287")
t0 = mkdate("2025-03-03 09:50")
P("sa_reply_topic_change_outlook", "outlook",
  ("Julien Vautier", "julien.vautier@ac-normandie.fr"),
  "RE: [#SUP-006533] Mot de passe oublié",
  "2025-03-04 10:12",
  f"""Bonjour,

Le mot de passe est réglé, merci.

Autre question : la ressource Universalis commandée hier n'apparaît pas encore dans notre catalogue. Faut-il faire quelque chose de notre côté ?

Julien Vautier
Professeur documentaliste - Lycée Guy-de-Maupassant, Fécamp ({U})
""",
  ("subscription_activation", True, U, "esidoc", True, R,
   "Outlook reply in a password thread that changes topic: the password is settled; Universalis ordered yesterday is not visible yet."),
  in_reply_to=desk("006533", t0, "j"),
  quote=Quote("reply", "Assistance", "support@assistance.example.fr", t0,
              """Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse connue pour votre établissement (j***@ac-normandie.fr). Il est valable 12 heures.

Cordialement,
L'équipe d'assistance""",
              subject="[#SUP-006533] Mot de passe oublié", to=("Julien Vautier", "julien.vautier@ac-normandie.fr")))


# --------------------------------------------------------------------------
# transfer_incident
# --------------------------------------------------------------------------

U = uai("0561927")
P("ti_private_primary_chatty", "outlook",
  ("Annick Le Floch", "secretariat@ecole-saintjoseph-guemene.fr"),
  "Les notes ne passent plus sur EcoleDirecte",
  "2024-11-14 13:28",
  f"""Bonjour,

Je suis Annick, secrétaire (et un peu tout le reste !) de l'école Saint-Joseph de Guémené-sur-Scorff, quatre classes de la petite section au CM2.

Depuis la rentrée de la Toussaint, les notes et les appréciations que les enseignantes saisissent dans Charlemagne n'apparaissent plus dans EcoleDirecte. Les parents m'appellent tous les jours. Dans Charlemagne, l'écran des transferts indique comme dernier transfert réussi le 18 octobre, et depuis il y a une petite croix rouge à chaque fois.

Je n'ai rien changé, mais l'OGEC a fait remplacer la box internet pendant les vacances, je ne sais pas si ça a un rapport.

À part ça tout va bien chez nous : la chorale a fait un tabac à la messe de rentrée, le marché de l'Avent se prépare (les mamans tricotent déjà), et nous avons enfin un deuxième vidéoprojecteur.

Pouvez-vous m'aider à relancer les transferts ?

Annick Le Floch
Secrétariat - École Saint-Joseph
56160 Guémené-sur-Scorff
UAI {U}
""",
  ("transfer_incident", False, U, "ecoledirecte", False, R,
   "Chatty secretary of a small private primary school: Charlemagne to EcoleDirecte transfers failing since the holidays."))

U = uai("0221847")
P("ti_it_log_timeout", "outlook",
  ("Erwan Le Gall", "e.legall@informatique-enseignement-catholique22.fr"),
  "Échec transfert EcoleDirecte - 0x80072EE2",
  "2024-12-02 08:05",
  f"""Bonjour,

Établissement : Collège Saint-Joseph, Lannion ({U})
Transferts Charlemagne -> EcoleDirecte en échec depuis samedi.

Extrait du journal d'Outils :
[2024-12-02 07:30:12] Transfert EcoleDirecte : démarrage
[2024-12-02 07:30:42] ERREUR 0x80072EE2 : le délai d'attente de l'opération a expiré
[2024-12-02 07:30:42] Transfert interrompu (code T-17)

Le serveur sort bien sur Internet (navigateur OK, mises à jour Windows OK). Pas de changement de pare-feu de notre côté.

Erwan Le Gall
Technicien - Service informatique de l'Enseignement catholique 22
""",
  ("transfer_incident", False, U, "ecoledirecte", False, R,
   "IT technician, log excerpt with error codes: transfers time out."))

P("ti_maintenance_pw", "gmail",
  ("Benoît Tanguy", "b.tanguy.stjo@gmail.com"),
  "mot de passe de maintenance",
  "2025-01-20 07:52",
  """Bonjour,

Je dois lancer une réparation de la base Charlemagne ce matin avant l'arrivée des élèves, et l'outil me demande le mot de passe de maintenance du jour.

Je ne parle pas de mon mot de passe de connexion, qui fonctionne très bien : c'est bien le code du jour qu'il me faut.

Merci de me le communiquer rapidement,
Benoît Tanguy
Responsable informatique - Institution Saint-Joseph, Lamballe
""",
  ("transfer_incident", False, None, "ecoledirecte", True, R,
   "Asks for the daily maintenance password (and says it is not his login password): transfer_incident per the taxonomy, not password_reset."))

P("ti_licence_tb", "thunderbird",
  ("Agnès Morvan", "a.morvan@ecole-notredame-ploermel.fr"),
  "Licence invalide après changement de serveur",
  "2024-09-04 11:30",
  """Bonjour,

Notre prestataire a remplacé le serveur de l'école pendant l'été. Depuis, Charlemagne affiche au démarrage « Licence invalide (code L-104) » et les transferts vers EcoleDirecte ne partent plus.

Faut-il regénérer la licence pour le nouveau serveur ? Comment procède-t-on ?

Cordialement,
Agnès Morvan
Secrétariat de direction - École Notre-Dame, Ploërmel
""",
  ("transfer_incident", False, None, "ecoledirecte", False, R,
   "Thunderbird: licence invalid after a server change; transfers stopped; licence to regenerate."))

P("ti_fwd_parent_complaint", "gmail",
  ("Nathalie Guéguen", "direction@ecole-sainte-anne-carhaix.fr"),
  "Fwd: notes du trimestre",
  "2024-12-16 18:40",
  """Encore le transfert je pense. Pouvez-vous regarder ?

N. Guéguen
Cheffe d'établissement - École Sainte-Anne, Carhaix
""",
  ("transfer_incident", False, None, "ecoledirecte", True, R,
   "Gmail forward by the head of a private school with one line on top; the parent's original says grades have not appeared in EcoleDirecte for two weeks. Written by a head, but not a head-of-establishment request."),
  quote=Quote("forward", "Famille Le Du", "famille.ledu29@orange.fr", mkdate("2024-12-16 12:15"),
              """Madame la Directrice,

Depuis deux semaines nous ne voyons plus aucune note ni appréciation de notre fille Maëlys (CM2) sur EcoleDirecte, alors que la maîtresse dit les avoir saisies. Le bulletin du trimestre doit sortir vendredi. Pouvez-vous faire le nécessaire ?

Cordialement,
Mme et M. Le Du""",
              subject="notes du trimestre",
              to=("Direction Sainte-Anne", "direction@ecole-sainte-anne-carhaix.fr")))

t0 = mkdate("2025-02-10 15:40")
P("ti_reply_still_blocked", "outlook",
  ("Pascal Hervé", "p.herve@lycee-stpaul-vannes.fr"),
  "RE: [#SUP-006461] Transferts bloqués",
  "2025-02-11 08:22",
  """Bonjour,

Toujours bloqué ce matin, même erreur après redémarrage du service et du serveur comme vous l'indiquiez. Capture jointe.

Pascal Hervé
""",
  ("transfer_incident", False, None, "ecoledirecte", False, R,
   "Outlook reply on a transfer ticket: still failing after the suggested restart; screenshot attached."),
  in_reply_to=desk("006461", t0, "k"),
  quote=Quote("reply", "Assistance", "support@assistance.example.fr", t0,
              """Bonjour,

Pouvez-vous redémarrer le service de transfert puis le serveur Charlemagne, et relancer un transfert manuel depuis Outils ? Si l'erreur persiste, envoyez-nous une capture du message.

Cordialement,
L'équipe d'assistance""",
              subject="[#SUP-006461] Transferts bloqués", to=("Pascal Hervé", "p.herve@lycee-stpaul-vannes.fr")),
  attachments=[("capture_erreur_transfert.png", "image/png", fake_png("ti_reply"))])

P("ti_two_topics_licence_invoice", "apple",
  ("Marie-Hélène Riou", "gestion@college-stmartin-rennes.fr"),
  "Transferts arrêtés + facture licence",
  "2025-03-06 10:55",
  """Bonjour,

Les transferts vers EcoleDirecte sont arrêtés depuis vendredi : la fenêtre de transfert reste bloquée sur « connexion en cours » et rien ne remonte côté parents. C'est le plus urgent.

Par ailleurs, nous n'avons pas reçu la facture du renouvellement de la licence pour 2025 ; notre comptable la réclame. Pouvez-vous nous la renvoyer ?

Merci,
Marie-Hélène Riou
Gestionnaire - Collège Saint-Martin, Rennes
""",
  ("transfer_incident", False, None, "ecoledirecte", True, R,
   "Two topics: transfers stuck (main, 'le plus urgent') and a missing licence invoice (order_billing)."))

P("ti_proxy_407", "outlook",
  ("Support informatique DDEC 44", "support.info@ddec44-services.fr"),
  "Transfert EcoleDirecte : 407 Proxy Authentication Required",
  "2024-10-08 14:17",
  """Bonjour,

Suite à la mise en place d'un nouveau pare-feu avec proxy authentifiant sur le réseau de l'école Saint-Pierre de Clisson, le diagnostic de transfert échoue :

  Test de connexion ........ ÉCHEC
  Réponse du serveur ....... 407 Proxy Authentication Required

Où renseigner les paramètres de proxy (adresse, port, identifiant) dans l'outil de transfert ? Ou quelles URL faut-il exclure de l'authentification ?

Cordialement,
Support informatique - DDEC 44
""",
  ("transfer_incident", False, None, "ecoledirecte", False, R,
   "Diocesan IT: new authenticating proxy, the transfer connection test fails with HTTP 407."))

U = uai("0352391")
P("ti_replication_html", "outlook",
  ("Olivier Boulanger", "informatique@ensemble-scolaire-st-malo.fr"),
  "Réinitialisation de la réplication",
  "2025-01-07 09:35",
  f"""Bonjour,

Nous avons dû restaurer le serveur Charlemagne depuis la sauvegarde du 2 janvier après une panne de disque. Depuis, les transferts vers EcoleDirecte sont refusés avec le message « Incohérence de réplication : réinitialisation nécessaire ».

Pouvez-vous réinitialiser la réplication de notre côté ou nous indiquer la procédure ?

Ensemble scolaire Saint-Malo ({U})

Olivier Boulanger
Responsable informatique
""",
  ("transfer_incident", False, U, "ecoledirecte", False, R,
   "HTML-only Outlook: after a restore from backup, the replication must be re-initialised."),
  html_only=True)


# --------------------------------------------------------------------------
# contract_documents
# --------------------------------------------------------------------------

P("cd_mairie_convention", "webmail",
  ("Christelle Marion", "c.marion@mairie-montbron.fr"),
  "Convention d'adhésion introuvable",
  "2024-10-10 15:08",
  """Bonjour,

Notre trésorier nous demande la convention d'adhésion de la commune à la centrale d'achat, signée l'an dernier. Je ne la trouve nulle part dans l'Espace Acheteur : ni dans « Mes Marchés », ni dans les documents de la structure.

Où est-elle rangée ?

Cordialement,
Christelle Marion
Secrétaire générale - Mairie de Montbron
""",
  ("contract_documents", False, None, "espace_acheteur", False, R,
   "Town hall cannot find its membership convention on the Espace Acheteur."))

U = uai("0211838")
t0 = mkdate("2024-11-05 10:30")
P("cd_reply_topic_change", "thunderbird",
  ("Céline Bertrand", "celine.bertrand@ac-dijon.fr"),
  "Re: [#SUP-006266] Messages retenus par MailInBlack",
  "2024-11-08 11:41",
  f"""Bonjour,

C'est réglé pour MailInBlack, merci, tout arrive.

Par contre je ne trouve pas l'avenant n°1 du marché « fournitures scolaires 2024-2027 » dans Mes Marchés : seul le marché initial apparaît, alors que notre fournisseur applique déjà les nouveaux prix.

Céline Bertrand
Gestionnaire - Collège Gaston-Roupnel, Dijon ({U})
""",
  ("contract_documents", False, U, "espace_acheteur", True, R,
   "Thunderbird reply in a MailInBlack thread that changes topic: MailInBlack is settled; the new request is an amendment missing from 'Mes Marchés'."),
  in_reply_to=desk("006266", t0, "l"),
  quote=Quote("reply", "Assistance", "support@assistance.example.fr", t0,
              """Bonjour,

Vous trouverez ci-dessous la marche à suivre pour autoriser nos adresses d'envoi dans MailInBlack. Si les messages restent retenus, votre service informatique peut ajouter notre domaine à la liste blanche de l'établissement.

Cordialement,
L'équipe d'assistance""",
              subject="[#SUP-006266] Messages retenus par MailInBlack",
              to=("Céline Bertrand", "celine.bertrand@ac-dijon.fr")))

P("cd_cd_cctp_404", "outlook",
  ("Fabien Texier", "fabien.texier@charente-maritime-departement.fr"),
  "CCTP marché 2024-031 : erreur 404",
  "2025-02-03 16:21",
  """Bonjour,

Marché 2024-031 (équipement numérique des collèges), onglet Documents :
- CCAP : téléchargement OK
- CCTP : « Erreur 404 - document introuvable »
- BPU : OK

Testé avec deux comptes de la structure et deux navigateurs. Pouvez-vous remettre le CCTP en ligne ?

Fabien Texier
Direction des collèges - Cellule achats et SI
""",
  ("contract_documents", False, None, "espace_acheteur", False, R,
   "Département purchasing/IT, terse list: the CCTP of a market returns 404 in the documents tab."))

U = uai("0631975")
P("cd_two_topics_training", "gmail",
  ("Laetitia Gaillard", "laetitia.gaillard.int@gmail.com"),
  "CCAP manquant - et formation",
  "2024-12-03 12:32",
  f"""Bonjour,

Je ne trouve pas le CCAP du marché « produits d'entretien » (2024-077) dans l'Espace Acheteur : le dossier du marché n'affiche que l'acte d'engagement. J'en ai besoin pour vérifier les délais de livraison avant une commande. Pouvez-vous me l'envoyer ou le remettre en ligne ?

Et une petite question : la prochaine session de formation à l'Espace Acheteur pour les nouveaux gestionnaires est-elle déjà programmée ?

Merci,
Laetitia Gaillard
Intendance - Lycée Blaise-Pascal, Ambert ({U})
""",
  ("contract_documents", False, U, "espace_acheteur", True, R,
   "Two topics: the CCAP missing from a market (main) and the date of the next training session (other)."))

P("cd_en_international", "outlook",
  ("Emma Clarke", "e.clarke@lycee-international-sgl.fr"),
  "Framework agreement documents not visible",
  "2024-09-23 13:45",
  """Hello,

I am the purchasing assistant for the British section of our school. Since the new platform went live I can no longer see the documents of the framework agreement for books and educational supplies: the market is listed in "Mes Marchés", but the documents tab is empty.

My colleague in the French section has the same problem. Could you check?

Kind regards,
Emma Clarke
Purchasing assistant
""",
  ("contract_documents", False, None, "espace_acheteur", False, E,
   "English; the market's documents tab is empty on the new platform. No UAI, non-academic domain."))

U = uai("0441873")
P("cd_zimbra_empty_pdf", "zimbra",
  ("Bruno Guérin", "bruno.guerin@ac-nantes.fr"),
  "Convention : fichier vide",
  "2025-03-13 09:12",
  f"""Bonjour,

La convention de groupement de commandes (marché 2025-004) s'ouvre comme un fichier vide : Acrobat indique « le fichier est endommagé et n'a pas pu être réparé ». Même chose sur deux postes.

Pourriez-vous vérifier le document déposé ?

Bruno Guérin
Adjoint gestionnaire - Lycée Jules-Verne, Nantes ({U})
""",
  ("contract_documents", False, U, "espace_acheteur", False, R,
   "The convention document opens as an empty/damaged file."))

U = uai("0171926")
P("cd_password_passing", "samsung",
  ("Anthony Roy", "anthony.roy17@laposte.net"),
  "documents du marché plus visibles",
  "2025-01-10 17:20",
  f"""Bonjour, depuis que j'ai changé mon mot de passe mardi (tout fonctionne, je me connecte sans souci) je ne vois plus les documents du marché fournitures de bureau dans l'Espace Acheteur, juste le titre. Avant je voyais le CCAP et le BPU. Vous pouvez regarder ?
Anthony Roy, gestion, collège Pierre-Loti, Rochefort ({U})""",
  ("contract_documents", False, U, "espace_acheteur", True, R,
   "The password change is mentioned only as context (login works); the problem is market documents no longer visible."),
  sent_from_line="Envoyé depuis mon appareil Galaxy")


# --------------------------------------------------------------------------
# other
# --------------------------------------------------------------------------

P("ot_spam_domain_renewal", "roundcube",
  ("Domain Services Registry", "billing@domain-registry-services.net"),
  "FINAL NOTICE: assistance.example.fr expiration",
  "2024-10-19 03:12",
  """FINAL NOTICE - DOMAIN LISTING EXPIRATION

Attn: Domain Administrator

Your search engine listing for assistance.example.fr expires on October 22, 2024. Failure to renew may result in the loss of online visibility and customers.

Renew now for only $89 (1 year): http://domain-registry-services.net/renew?d=assistance.example.fr

This is not a bill. You are under no obligation to pay unless you accept this offer.
""",
  ("other", False, None, None, False, E,
   "English 'domain listing' spam, sent at night from an unknown registry-like domain; DKIM/DMARC fail."),
  auth="fail", spf="softfail", dmarc="fail")

P("ot_phishing_esidoc", "webmail",
  ("Service e-sidoc", "securite@esidoc-maj-compte.com"),
  "Votre compte e-sidoc sera désactivé sous 24h",
  "2025-01-29 06:41",
  """Bonjour,

Suite à une mise à jour de sécurité, tous les comptes administrateurs e-sidoc doivent être revalidés.

Sans action de votre part dans les 24 heures, votre compte sera désactivé et votre catalogue supprimé.

Cliquez ici pour confirmer votre identifiant et votre mot de passe :
https://esidoc-maj-compte.com/validation/admin

Cordialement,
Le service sécurité e-sidoc
""",
  ("other", False, None, None, True, R,
   "Phishing dressed as e-sidoc (look-alike domain, DMARC fail) asking for the password: mentions a password but is not password_reset; not the real product, so no platform."),
  auth="fail", spf="fail", dmarc="fail")

P("ot_rpi_training_dates", "thunderbird",
  ("Mireille Castan", "rpi.haute-vallee-aude@orange.fr"),
  "Formation pour la bibliothèque de l'école",
  "2025-02-12 15:30",
  """Bonjour,

Je suis la secrétaire du RPI de la haute vallée de l'Aude (trois écoles, cinq classes, et des kilomètres de routes de montagne entre les trois !).

Les enseignantes aimeraient suivre une formation au catalogue de la bibliothèque, mais elles ne peuvent pas se déplacer à Carcassonne en semaine, faute de remplaçants. Est-ce que vous proposez des formations à distance, en visio, ou même le mercredi matin ? Et faut-il s'inscrire quelque part ?

Nous venons aussi de recevoir les nouveaux albums commandés par la mairie, les enfants sont ravis, on a fait une petite fête de la lecture vendredi dernier.

Merci de votre retour,
Mireille Castan
Secrétariat du RPI
""",
  ("other", False, None, None, False, R,
   "Chatty RPI secretary asks about training sessions (remote or Wednesday): no category of its own. Product not named ('catalogue de la bibliothèque')."))

t0 = mkdate("2024-12-09 10:18")
P("ot_thanks_only", "thunderbird",
  ("Vanessa Pons", "vanessa.pons@ac-toulouse.fr"),
  "Re: [#SUP-006397] Mot de passe du back office",
  "2024-12-09 11:02",
  """C'est bon, j'ai pu changer le mot de passe avec le lien, tout fonctionne. Merci beaucoup pour la rapidité !

Vanessa
""",
  ("other", False, None, "esidoc", True, R,
   "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. Region from ac-toulouse.fr."),
  in_reply_to=desk("006397", t0, "m"),
  quote=Quote("reply", "Assistance", "support@assistance.example.fr", t0,
              """Bonjour,

Un lien de réinitialisation du mot de passe du back office e-sidoc a été envoyé à l'adresse connue pour votre établissement (v***@ac-toulouse.fr). Il est valable 12 heures.

Cordialement,
L'équipe d'assistance""",
              subject="[#SUP-006397] Mot de passe du back office", to=("Vanessa Pons", "vanessa.pons@ac-toulouse.fr")))

P("ot_dpo_antispam_passing", "outlook",
  ("Délégué à la protection des données", "dpo@departement-ardeche.fr"),
  "Questions RGPD - Espace Acheteur",
  "2024-11-26 10:44",
  """Bonjour,

Mon précédent message a visiblement été arrêté par notre propre filtre antispam au départ, je vous le renvoie donc.

Dans le cadre de la mise à jour de notre registre des traitements, pourriez-vous nous indiquer, pour l'Espace Acheteur utilisé par nos services et nos collèges :
- le lieu d'hébergement des données (pays, hébergeur) ;
- la liste de vos sous-traitants ultérieurs ;
- la durée de conservation des comptes inactifs ;
- le modèle de clauses contractuelles (article 28 du RGPD) que vous proposez ?

Je vous remercie par avance.

Service de la protection des données
Département de l'Ardèche
""",
  ("other", False, None, "espace_acheteur", True, R,
   "A data-protection (GDPR) questionnaire; the anti-spam filter is mentioned only to explain the resend. Not mailinblack_spam or missing_noreply_mail."))

P("ot_parent_gdpr_delete", "gmail",
  ("Stéphane Meunier", "stephane.meunier78@gmail.com"),
  "Suppression des données de mon fils",
  "2024-09-29 20:10",
  """Bonjour,

Mon fils Théo a quitté le collège Albert-Camus de Plaisir en juin. Il avait un compte lecteur sur le portail e-sidoc du CDI. Conformément au RGPD, je vous demande de supprimer toutes les données le concernant (nom, historique des prêts).

Merci de me confirmer la suppression.

Stéphane Meunier
""",
  ("other", False, None, "esidoc", False, R,
   "A parent's GDPR erasure request for his son's reader account: other (human review)."))

P("ot_parent_bus_wrong_address", "iphone",
  ("Claire Fabre", "claire.fabre.81@icloud.com"),
  "Horaires du car",
  "2025-01-06 07:21",
  """Bonjour,
Pouvez-vous me redonner les horaires du car du RPI pour la rentrée de ce matin ? Le papier a disparu pendant les vacances.
Merci
Claire Fabre (maman de Léo, CE1)""",
  ("other", False, None, None, False, R,
   "A parent asks for the RPI school bus times: wrong address, unrelated."),
  sent_from_line="Envoyé de mon iPhone")

U = uai("0401293")
P("ot_training_password_passing", "outlook",
  ("Marion Lafargue", "marion.lafargue@ac-bordeaux.fr"),
  "Formation e-sidoc du 14 janvier",
  "2025-01-09 13:03",
  f"""Bonjour,

Je suis inscrite à la formation e-sidoc du 14 janvier à Mont-de-Marsan. Deux questions pratiques :
- faut-il apporter un ordinateur portable ?
- devons-nous venir avec nos identifiants du back office ? (je crois bien avoir oublié le mien depuis le temps, mais je verrai sur place avec le formateur)

Merci,
Marion Lafargue
CDI - Collège Jean-Rostand, Capbreton ({U})
""",
  ("other", False, U, "esidoc", True, R,
   "Logistics of a training session; the forgotten password is mentioned in passing and left for the session: not a reset request."))

P("ot_en_lc_records", "gmail",
  ("Michael Ferreira", "m.ferreira@lfsanfrancisco.org"),
  "Importing English-language records into the catalogue",
  "2024-10-30 15:40 -07:00",
  """Hi there,

About a third of our library is in English. Is there a way to import MARC records from the Library of Congress or from our previous system into our e-sidoc catalogue, instead of cataloguing every English book by hand?

Thanks for any pointers,
Michael Ferreira
Library - Lycée français de San Francisco
""",
  ("other", False, None, "esidoc", False, E,
   "English, lycée français abroad: a cataloguing how-to (importing MARC records); no category of its own."))

P("ot_pupil_homework", "gmail",
  ("Inès B", "ines.b.2012@gmail.com"),
  "exposé",
  "2025-02-16 17:48",
  """bonjour
je dois faire un exposé sur les volcans d'Auvergne pour jeudi, est ce que vous pouvez m'envoyer des documents ou des livres ?
merci
Inès 5eB""",
  ("other", False, None, None, False, R,
   "A pupil asks for documents for a school presentation: unrelated to the services."))

t0 = mkdate("2025-03-07 09:00")
P("ot_moved_stop_writing", "zimbra",
  ("Fanny Gilles", "fanny.gilles@ac-grenoble.fr"),
  "Re: [#SUP-006540] Mot de passe de l'administration e-sidoc",
  "2025-03-07 09:46",
  """Bonjour,

Je ne suis plus documentaliste dans cet établissement depuis septembre, j'ai été mutée. Merci de ne plus m'écrire à ce sujet et de mettre à jour vos contacts ; je ne sais pas qui m'a remplacée.

Cordialement,
Fanny Gilles
""",
  ("other", False, None, "esidoc", True, R,
   "A person (not an auto-reply) says she has moved and asks to stop writing; the quoted desk message is about a password, but nothing is requested on it. Region from ac-grenoble.fr."),
  in_reply_to=desk("006540", t0, "n"),
  quote=Quote("reply", "Assistance", "support@assistance.example.fr", t0,
              """Bonjour,

Suite à la demande de votre établissement, un lien de réinitialisation du mot de passe de l'administration e-sidoc vous a été envoyé. Il est valable 12 heures.

Cordialement,
L'équipe d'assistance""",
              subject="[#SUP-006540] Mot de passe de l'administration e-sidoc",
              to=("Fanny Gilles", "fanny.gilles@ac-grenoble.fr")))

P("ot_complaint_no_topic", "outlook",
  ("Gilles Roche", "gilles.roche@ac-aix-marseille.fr"),
  "Toujours aucune réponse !!!",
  "2024-11-15 17:55",
  """Bonjour,

Cela fait maintenant dix jours que j'attends une réponse à ma demande et personne ne daigne me répondre. C'est inadmissible pour un service payé par l'argent public.

J'attends un retour rapide.

G. Roche
""",
  ("other", False, None, None, False, R,
   "Angry complaint that says nothing about the topic: no category can be told. Region from ac-aix-marseille.fr."))

P("ot_sales_tablets", "webmail",
  ("Kévin Marchetti", "k.marchetti@edutab-solutions.fr"),
  "Tablettes pour vos établissements - offre de rentrée",
  "2024-09-02 10:00",
  """Bonjour,

EduTab Solutions accompagne plus de 300 établissements scolaires dans leur équipement numérique. Nous proposons jusqu'au 30 septembre une remise de 15 % sur nos packs de 16 tablettes avec valise de recharge et gestion de flotte.

Seriez-vous disponible pour un échange de 15 minutes cette semaine ?

Bien cordialement,
Kévin Marchetti
Responsable grands comptes - EduTab Solutions
""",
  ("other", False, None, None, False, R,
   "Cold sales prospecting for tablets, addressed to one person, no list headers: other, not automated."))

P("ot_bts_alternance", "gmail",
  ("Léa Moulin", "lea.moulin.bts@gmail.com"),
  "Candidature alternance BTS SIO",
  "2025-03-02 14:22",
  """Madame, Monsieur,

Étudiante en première année de BTS SIO (option SISR) au lycée Chaptal de Quimper, je recherche une entreprise pour effectuer mon alternance à partir de septembre 2025. Le support informatique aux établissements scolaires m'intéresse particulièrement.

Vous trouverez mon CV en pièce jointe. Je reste disponible pour un entretien.

Cordialement,
Léa Moulin
""",
  ("other", False, None, None, False, R,
   "Work-study application with a CV attached: unrelated to the services."),
  attachments=[("CV_Lea_Moulin.pdf", "application/pdf", fake_pdf("CV Lea Moulin"))])

P("ot_fake_invoice", "roundcube",
  ("Comptabilité fournisseurs", "compta@facturation-relance-paiement.fr"),
  "Facture impayée n°FR-2024-88431 - relance avant contentieux",
  "2024-12-18 05:33",
  """Bonjour,

Sauf erreur de notre part, la facture n°FR-2024-88431 d'un montant de 1 284,00 € TTC reste impayée à ce jour.

Pour éviter des frais de recouvrement, merci de régler sous 48 heures en consultant votre facture ici :
https://facturation-relance-paiement.fr/consulter?ref=FR-2024-88431

Service comptabilité
""",
  ("other", False, None, None, True, R,
   "Fake 'unpaid invoice' with a link, from an unknown domain failing SPF/DMARC: phishing, not order_billing."),
  auth="fail", spf="fail", dmarc="fail")

P("ot_ticket_portal_howto", "zimbra",
  ("Alexandre Marty", "alexandre.marty@ac-montpellier.fr"),
  "Pièce jointe sur le portail de tickets",
  "2024-10-24 14:37",
  """Bonjour,

Sur le portail de tickets, je ne trouve pas comment ajouter une capture d'écran à un ticket déjà ouvert : le bouton « joindre » n'apparaît qu'à la création.

Est-ce possible, et si oui, où ?

Merci,
Alexandre Marty
""",
  ("other", False, None, "ticket_portal", False, R,
   "How-to question about the ticket portal (adding an attachment to an open ticket): no category of its own. Region from ac-montpellier.fr."))

P("ot_mixed_maintenance_dates", "outlook",
  ("Julia Schneider", "j.schneider@lycee-francais-vienne.at"),
  "Maintenance dates / dates de maintenance",
  "2025-03-20 09:15 +01:00",
  """Hello,

We are planning our "semaine du livre" in early April and rely heavily on the e-sidoc portal that week. Could you tell me whether any maintenance shutdown is planned between 31 March and 11 April? Si oui, à quelles heures (heure de Paris) ?

Thank you / merci,
Julia Schneider
CDI - Lycée français de Vienne
""",
  ("other", False, None, "esidoc", False, E,
   "Mixed English/French (mostly English), lycée français abroad: asks about planned maintenance dates; information request with no category."))

P("ot_it_firewall_hosts", "outlook",
  ("Loïc Perrot", "l.perrot@ville-vierzon.fr"),
  "Flux à ouvrir pour le portail e-sidoc des écoles",
  "2025-02-26 11:20",
  """Bonjour,

Nous migrons le filtrage web des écoles de la ville vers un nouveau proxy (liste blanche stricte). Pour que le portail e-sidoc et ses ressources restent accessibles depuis les classes, pouvez-vous nous donner :
- la liste des noms de domaine à autoriser (portail, authentification, ressources) ;
- les éventuelles plages IP ;
- les ports utilisés (443 uniquement ?).

Ce n'est pas un problème de messagerie : les mails arrivent bien.

Loïc Perrot
Service des systèmes d'information - Ville de Vierzon
""",
  ("other", False, None, "esidoc", True, R,
   "Town-hall IT asks which web domains/IPs to allow for the e-sidoc portal in a new proxy; says explicitly that mail works. A technical how-to with no category (not mailinblack_spam, not transfer_incident)."))

P("ot_unsubscribe_retired", "webmail",
  ("Jacqueline Bourdon", "jacqueline.bourdon@free.fr"),
  "Désinscription",
  "2024-09-06 09:48",
  """Bonjour,

Je suis à la retraite depuis juillet : merci de me retirer de votre liste de diffusion, je n'ai plus besoin de recevoir vos lettres d'information.

Bonne continuation,
Jacqueline Bourdon
""",
  ("other", False, None, None, False, R,
   "A retired librarian asks by hand to be removed from the newsletter: written by a person, so not automated."))


# --------------------------------------------------------------------------
# automated
# --------------------------------------------------------------------------

def auto_head(key, frm, subject, date, *, to=None, return_path="", relay=None, auth=None,
              mid=None, extra=(), hcs="utf-8"):
    """Headers of an automated message, up to (not including) Content-Type."""
    rnd = random.Random("holdout12:" + key)
    name, address = frm
    dt = mkdate(date)
    dom = domain_of(address)
    relay = relay or f"mail.{dom}"
    ip = rnd.choice(IPS) + str(rnd.randrange(10, 250))
    arrival = to_paris(dt + timedelta(seconds=rnd.randrange(2, 30)))
    tzname = "CEST" if arrival.utcoffset() == timedelta(hours=2) else "CET"
    H = [f"Return-Path: <{return_path}>", "Delivered-To: support@assistance.example.fr",
         f"Received: from {relay} ({relay} [{ip}])\n"
         f"\tby mx1.assistance.example.fr (Postfix) with ESMTPS id {alnum(rnd, 15)}\n"
         f"\tfor <support@assistance.example.fr>; {rfc_date(arrival)} ({tzname})"]
    if auth is None:
        H.append("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;\n"
                 f"\tspf=pass smtp.helo={relay};\n\tdmarc=none")
    elif auth:
        H.append(auth_results(dom))
    H.append(f"From: {addr(name, address, hcs)}")
    H.append("To: " + addr(*(to or SUPPORT)))
    H.append(f"Subject: {hdr(subject, hcs)}")
    H.append(f"Date: {rfc_date(dt)}")
    H.append(f"Message-ID: {mid or '<' + hexs(rnd, 24) + '@' + dom + '>'}")
    H.extend(extra)
    H.append("MIME-Version: 1.0")
    return "\n".join(H) + "\n"


def desk_msg(ticket, date, to, subject, text, auto=True):
    """One of the desk's outgoing messages, as it would be returned inside a bounce."""
    dt = mkdate(date)
    mid = desk(ticket, dt, "bounce" + ticket)
    body = (f"From: Assistance <support@assistance.example.fr>\nTo: {addr(*to)}\n"
            f"Subject: {hdr(f'[#SUP-{ticket}] {subject}')}\nDate: {rfc_date(dt)}\nMessage-ID: {mid}\n"
            + ("Auto-Submitted: auto-replied\n" if auto else "") + "MIME-Version: 1.0\n"
            'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n'
            + qp(text, "utf-8"))
    return body, mid, dt


# 1. Postfix bounce, unknown user
orig, omid, odt = desk_msg("006318", "2024-11-21 10:02", ("", "bcd.ecole-cheylade@orange.fr"),
                           "Votre demande d'abonnement",
                           "Bonjour,\n\nVotre abonnement sera activé dans un délai de 72 heures après la validation de la commande.\n\nCordialement,\nL'équipe d'assistance\n")
b = "4Yv7Qn2Lk0z9hTx.1732179725/mail.sivos-cheylade.fr"
raw = auto_head("au_postfix_bounce", ("Mail Delivery System", "MAILER-DAEMON@mail.sivos-cheylade.fr"),
                "Undelivered Mail Returned to Sender", "2024-11-21 10:02",
                extra=["Auto-Submitted: auto-replied"]) + multipart("report; report-type=delivery-status", b, [
    "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
    "This is the mail system at host mail.sivos-cheylade.fr.\n\n"
    "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
    "For further assistance, please send mail to postmaster.\n\n"
    "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
    "                   The mail system\n\n"
    "<bcd.ecole-cheylade@orange.fr>: host smtp-in.orange.fr[193.252.22.65] said:\n"
    "    550 5.1.1 <bcd.ecole-cheylade@orange.fr>: adresse d au moins un destinataire\n"
    "    invalide / invalid recipient. OFR_416 [416] (in reply to RCPT TO command)\n",
    "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
    "Reporting-MTA: dns; mail.sivos-cheylade.fr\nX-Postfix-Queue-ID: 4Yv7Qn2Lk0z9hTx\n"
    "X-Postfix-Sender: rfc822; support@assistance.example.fr\n"
    f"Arrival-Date: {rfc_date(odt)}\n\n"
    "Final-Recipient: rfc822; bcd.ecole-cheylade@orange.fr\n"
    "Original-Recipient: rfc822;bcd.ecole-cheylade@orange.fr\nAction: failed\nStatus: 5.1.1\n"
    "Remote-MTA: dns; smtp-in.orange.fr\n"
    "Diagnostic-Code: smtp; 550 5.1.1 <bcd.ecole-cheylade@orange.fr>: adresse d au\n"
    "    moins un destinataire invalide / invalid recipient. OFR_416 [416]\n",
    "Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n" + orig,
], preamble="This is a MIME-encapsulated message.")
A("au_postfix_bounce", raw, ("automated", False, None, None, False, E,
  "Postfix bounce (multipart/report, null Return-Path, Auto-Submitted) of the desk's own answer: the recipient address is invalid."))

# 2. Exchange Online NDR in French
orig, omid, odt = desk_msg("006422", "2025-02-18 14:31", ("Secrétariat", "secretariat@lycee-prive-lasalle-ales.fr"),
                           "Mot de passe e-sidoc",
                           "Bonjour,\n\nUn lien de réinitialisation a été envoyé à l'adresse connue pour votre établissement.\n\nCordialement,\nL'équipe d'assistance\n")
b = "_" + "c3b7a1e0-5d2f-4a8e-9f61-0b2d7c4e8a93" + "_"
b2 = "_000_PR1P264MB3127A8C3B1D9E6F4021AC5DFRAP_"
ndr_txt = ("Votre message à secretariat@lycee-prive-lasalle-ales.fr n'a pas pu être remis.\n\n"
           "secretariat n'a pas été trouvé à l'adresse lycee-prive-lasalle-ales.fr.\n\n"
           "Action requise : vérifiez l'adresse du destinataire, puis renvoyez le message.\n\n"
           "Informations de diagnostic pour les administrateurs :\n\n"
           "Serveur de génération : PR1P264MB3127.FRAP264.PROD.OUTLOOK.COM\n"
           "secretariat@lycee-prive-lasalle-ales.fr\n"
           "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n")
ndr_html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<table style=\"font-family:'Segoe UI',Tahoma,sans-serif\"><tr><td style=\"font-size:20px;color:#c00000\">"
            "Votre message à secretariat@lycee-prive-lasalle-ales.fr n'a pas pu être remis.</td></tr>"
            "<tr><td><b>secretariat</b> n'a pas été trouvé à l'adresse <b>lycee-prive-lasalle-ales.fr</b>.</td></tr>"
            "<tr><td style=\"padding-top:12px\"><b>Action requise</b> : vérifiez l'adresse du destinataire, puis renvoyez le message.</td></tr>"
            "</table></body></html>\n")
raw = auto_head("au_exchange_ndr_fr", ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@lycee-prive-lasalle-ales.fr"),
                "Non remis : [#SUP-006422] Mot de passe e-sidoc", "2025-02-18 14:31",
                relay="FR4P281CU032.outbound.protection.outlook.com",
                extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: ",
                       "Content-Language: fr-FR", f"In-Reply-To: {omid}", f"References: {omid}",
                       "X-MS-Exchange-Generated-Message-Source: Resolver"]) + multipart(
    "report; report-type=delivery-status", b, [
        multipart("alternative", b2, [leaf("text/plain", ndr_txt, "utf-8", "quoted-printable"),
                                      leaf("text/html", ndr_html, "utf-8", "quoted-printable")]),
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns;PR1P264MB3127.FRAP264.PROD.OUTLOOK.COM\n"
        "Received-From-MTA: dns;mx1.assistance.example.fr\n"
        f"Arrival-Date: {rfc_date(odt)}\n\n"
        "Final-Recipient: rfc822;secretariat@lycee-prive-lasalle-ales.fr\nAction: failed\nStatus: 5.1.10\n"
        "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n",
        "Content-Type: text/rfc822-headers\n\n" + orig.split("\n\n", 1)[0] + "\n",
    ])
A("au_exchange_ndr_fr", raw, ("automated", False, None, None, False, R,
  "Exchange Online non-delivery report in French ('Non remis :'), multipart/report with text/rfc822-headers; the quoted subject mentions e-sidoc, but it is a bounce."))

# 3. Zimbra vacation, académie domain (old ac-rouen.fr domain)
t0 = mkdate("2025-02-17 09:05")
raw = auto_head("au_zimbra_vacation_rouen", ("Sophie Lecanu", "sophie.lecanu@ac-rouen.fr"),
                "Absente - Re: [#SUP-006470] Abonnement Universalis", "2025-02-17 09:05",
                relay="smtp.ac-rouen.fr", auth=True,
                extra=["Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk",
                       f"In-Reply-To: {desk('006470', t0, 'vac')}", f"References: {desk('006470', t0, 'vac')}",
                       "X-Mailer: Zimbra 10.0.10_GA_4692"]) + leaf(
    "text/plain", "Bonjour,\n\nJe suis absente pendant les vacances d'hiver, jusqu'au dimanche 2 mars inclus. Votre message sera traité à mon retour.\n\nPour une urgence, merci de contacter la vie scolaire du lycée.\n\nSophie Lecanu\nProfesseure documentaliste\n",
    "utf-8", "quoted-printable")
A("au_zimbra_vacation_rouen", raw, ("automated", False, None, None, False, R,
  "Zimbra vacation reply ('Auto-Submitted: auto-replied (zimbra; vacation)'). Region from the ac-rouen.fr sender (Normandie)."),
  from_address="sophie.lecanu@ac-rouen.fr")

# 4. Exchange Automatic reply, English, school abroad
t0 = mkdate("2024-12-19 16:40")
b = "_000_DB9PR02MB7243C1D8E0A4F6B2E1D3AC9FDB9PR02MB7243eurp_"
txt = ("Thank you for your email. The school is closed for the winter break from 20 December to 6 January.\n"
       "I will reply to your message when I am back. For urgent matters please contact reception@lfhk-academy.hk.\n\n"
       "Merci pour votre message. L'établissement est fermé du 20 décembre au 6 janvier.\n\n"
       "Grace Leung\nLibrary - Lycée français de Hong Kong\n")
raw = auto_head("au_exchange_ooo_en", ("Grace Leung", "g.leung@lfhk-academy.hk"),
                "Automatic reply: [#SUP-006410] e-sidoc reservation notifications", "2024-12-19 16:41",
                relay="HK2PR02CU003.outbound.protection.outlook.com", auth=True,
                extra=["Thread-Topic: [#SUP-006410] e-sidoc reservation notifications",
                       f"In-Reply-To: {desk('006410', t0, 'ooo')}", f"References: {desk('006410', t0, 'ooo')}",
                       "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
                       "X-MS-Exchange-Inbox-Rules-Loop: g.leung@lfhk-academy.hk",
                       "Content-Language: en-US"]) + multipart("alternative", b, [
    leaf("text/plain", txt, "us-ascii" if is_ascii(txt) else "utf-8", "quoted-printable"),
    leaf("text/html", "<html><body><p>" + html.escape(txt).replace("\n", "<br>\n") + "</p></body></html>\n", "utf-8", "quoted-printable")])
A("au_exchange_ooo_en", raw, ("automated", False, None, None, False, E,
  "English Exchange 'Automatic reply:' (Auto-Submitted, X-Auto-Response-Suppress) from a school abroad; bilingual text, mostly English."))

# 5. Out-of-office by a client-side rule: no automation header at all
raw = auto_head("au_rule_ooo_sivos", ("SIVOS Val de Cère", "sivos.valdecere@orange.fr"),
                "Absence du secrétariat", "2024-12-23 08:15", relay="smtp-14.smtp.orange.fr", auth=True,
                extra=["X-Mailer: Microsoft Outlook 16.0"]) + leaf(
    "text/plain",
    "Bonjour,\n\nLe secrétariat du SIVOS est fermé pendant les vacances de Noël, du 23 décembre au 3 janvier inclus.\n"
    "Les messages reçus pendant cette période seront lus à la rentrée, le lundi 6 janvier.\n\n"
    "Pour une urgence concernant le transport scolaire ou la cantine, appelez la mairie de Laroquebrou au 04 71 46 00 12.\n\n"
    "Bonnes fêtes à tous,\nLe secrétariat du SIVOS\n",
    "windows-1252", "quoted-printable")
A("au_rule_ooo_sivos", raw, ("automated", False, None, None, True, R,
  "Out-of-office of an RPI/SIVOS secretariat sent by a client rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic."))

# 6. Gmail vacation responder, French
t0 = mkdate("2025-02-24 11:10")
rid = desk("006488", t0, "gv")
raw = auto_head("au_gmail_vacation_fr", ("Élise Bonnefoy", "elise.bonnefoy.doc@gmail.com"),
                "Absente jusqu'au 10 mars", "2025-02-24 11:10", relay="mail-ed1-f52.google.com", auth=True,
                mid="<CAJ8x3FmVq2Lr0hN7tKpY4oWc9sE1uB6dA5gZ_Xe2MnHvQy-0aT@mail.gmail.com>",
                extra=["Auto-Submitted: auto-replied", f"In-Reply-To: {rid}", f"References: {rid}"]) + leaf(
    "text/plain", "Bonjour,\n\nJe suis en congé jusqu'au 10 mars et ne consulte pas ma messagerie. Je vous répondrai à mon retour.\n\nÉlise Bonnefoy\n",
    "UTF-8", "quoted-printable")
A("au_gmail_vacation_fr", raw, ("automated", False, None, None, False, R,
  "Gmail vacation responder in French (Auto-Submitted: auto-replied)."))

# 7. Outlook read receipt in French
t0 = mkdate("2024-10-29 15:20")
rid = desk("006257", t0, "rr")
b = "----=_NextPart_000_0A1F_01DB2A11.6C3E8D40"
raw = auto_head("au_read_receipt_besancon", ("Hervé Cuenot", "herve.cuenot@ac-besancon.fr"),
                "Lu : [#SUP-006257] Accès au marché 2024-052", "2024-10-30 08:02",
                relay="smtp.ac-besancon.fr", auth=True, hcs="iso-8859-1",
                extra=["X-Mailer: Microsoft Outlook 16.0", f"In-Reply-To: {rid}", f"References: {rid}",
                       "Content-Language: fr"]) + multipart("report; report-type=disposition-notification", b, [
    leaf("text/plain",
         "Votre message\n\n  À : Hervé Cuenot\n  Objet : [#SUP-006257] Accès au marché 2024-052\n"
         f"  Envoyé : {fr_outlook(t0)}\n\na été lu le {fr_outlook(mkdate('2024-10-30 08:02'))}.\n",
         "iso-8859-1", "quoted-printable"),
    "Content-Type: message/disposition-notification\n\n"
    "Reporting-UA: PC-GEST-04; Microsoft Outlook 16.0\n"
    "Final-Recipient: rfc822;herve.cuenot@ac-besancon.fr\n"
    f"Original-Message-ID: {rid}\n"
    "Disposition: manual-action/MDN-sent-manually; displayed\n",
])
A("au_read_receipt_besancon", raw, ("automated", False, None, None, False, R,
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from the ac-besancon.fr sender."),
  from_address="herve.cuenot@ac-besancon.fr")

# 8. Academic mailing list post: a real question, but not written to us
raw = auto_head("au_list_doc_poitiers", ("Gaëlle Renaud", "gaelle.renaud@ac-poitiers.fr"),
                "[doc-86] e-sidoc et MailInBlack : vos mails de réservation arrivent ?", "2025-01-23 12:48",
                return_path="doc-86-owner@listes.ac-poitiers.fr", relay="listes.ac-poitiers.fr", auth=True,
                to=("Liste des professeurs documentalistes de la Vienne", "doc-86@listes.ac-poitiers.fr"),
                extra=["Sender: doc-86-request@listes.ac-poitiers.fr",
                       "List-Id: <doc-86.listes.ac-poitiers.fr>",
                       "List-Post: <mailto:doc-86@listes.ac-poitiers.fr>",
                       "List-Unsubscribe: <mailto:sympa@listes.ac-poitiers.fr?subject=unsubscribe%20doc-86>",
                       "List-Archive: <https://listes.ac-poitiers.fr/sympa/arc/doc-86>",
                       "Precedence: list", "X-Loop: doc-86@listes.ac-poitiers.fr",
                       "X-Sympa-To: doc-86@listes.ac-poitiers.fr"]) + leaf(
    "text/plain",
    "Bonjour à toutes et à tous,\n\nDepuis que le Département a installé MailInBlack dans nos collèges, je ne reçois plus les mails "
    "de réservation ni les réinitialisations de mot de passe d'e-sidoc. Est-ce que certain·es d'entre vous ont trouvé comment "
    "autoriser l'expéditeur une bonne fois pour toutes ? Faut-il écrire à l'assistance ?\n\nMerci d'avance,\n"
    "Gaëlle Renaud\nCDI - Collège Jean-Moulin, Poitiers\n\n"
    "-- \nListe doc-86 : professeurs documentalistes de la Vienne\n",
    "utf-8", "quoted-printable")
A("au_list_doc_poitiers", raw, ("automated", False, None, "esidoc", True, R,
  "A librarian's real MailInBlack question, but posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list, Sympa): not written to us, never answered. Region from the sender's ac-poitiers.fr address."),
  from_address="gaelle.renaud@ac-poitiers.fr")

# 9. Publisher newsletter
b = "==NL_b1e7f3a09c2d4e58"
nl_txt = ("Les nouveautés de mars pour vos CDI\n\n"
          "- 12 nouveaux titres jeunesse dans le kiosque numérique\n"
          "- Un dossier spécial « Semaine de la presse et des médias à l'école »\n"
          "- Webinaire le 27 mars : animer un club lecture avec le numérique\n\n"
          "Se désinscrire : https://news.editions-kiosque-jeunesse.fr/u/9d8e7f\n")
raw = auto_head("au_newsletter_publisher", ("Kiosque Jeunesse", "newsletter@news.editions-kiosque-jeunesse.fr"),
                "Les nouveautés de mars pour vos CDI", "2025-03-04 07:30",
                return_path="bounce-9d8e7f-support=assistance.example.fr@news.editions-kiosque-jeunesse.fr",
                relay="mta-12.news.editions-kiosque-jeunesse.fr", auth=True,
                extra=["List-Id: <nouveautes.news.editions-kiosque-jeunesse.fr>",
                       "List-Unsubscribe: <https://news.editions-kiosque-jeunesse.fr/u/9d8e7f>, <mailto:unsubscribe@news.editions-kiosque-jeunesse.fr?subject=9d8e7f>",
                       "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                       "Precedence: bulk", "X-Campaign-ID: 2025-03-nouveautes"]) + multipart("alternative", b, [
    leaf("text/plain", nl_txt, "utf-8", "quoted-printable"),
    leaf("text/html", "<html><body style=\"font-family:Arial\"><h1>Les nouveautés de mars pour vos CDI</h1><ul>"
         "<li>12 nouveaux titres jeunesse dans le kiosque numérique</li><li>Un dossier spécial « Semaine de la presse et des médias à l'école »</li>"
         "<li>Webinaire le 27 mars : animer un club lecture avec le numérique</li></ul>"
         "<p style=\"font-size:11px\"><a href=\"https://news.editions-kiosque-jeunesse.fr/u/9d8e7f\">Se désinscrire</a></p></body></html>\n",
         "utf-8", "quoted-printable")])
A("au_newsletter_publisher", raw, ("automated", False, None, None, False, R,
  "A publisher's marketing newsletter: List-Id, one-click List-Unsubscribe, Precedence: bulk."))

# 10. Espace Acheteur no-reply alert to the desk's address
raw = auto_head("au_ea_offer_alert", ("Espace Acheteur", "no-reply@espace-acheteur.example.fr"),
                "Nouvelle offre disponible - marché 2024-031", "2025-02-10 06:00",
                relay="mailer.espace-acheteur.example.fr", auth=True,
                extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]) + leaf(
    "text/plain",
    "Bonjour,\n\nUne nouvelle offre a été publiée sur le marché 2024-031 « Équipement numérique des collèges », que vous suivez.\n\n"
    "Consultez-la dans votre Espace Acheteur, rubrique « Mes Marchés ».\n\n"
    "Ce message est envoyé automatiquement, merci de ne pas y répondre.\n",
    "utf-8", "quoted-printable")
A("au_ea_offer_alert", raw, ("automated", False, None, "espace_acheteur", False, R,
  "Espace Acheteur no-reply alert (new offer on a followed market) received by the desk's address; Auto-Submitted: auto-generated."))

# 11. Ticket portal notification
raw = auto_head("au_ticket_portal_update", ("Portail d'assistance", "notifications@tickets.example.fr"),
                "[Ticket #48213] Mise à jour : Synchronisation des comptes", "2024-10-18 13:27",
                relay="mail.tickets.example.fr", auth=True,
                extra=["Auto-Submitted: auto-generated", "Precedence: bulk",
                       "X-Ticket-ID: 48213"]) + leaf(
    "text/plain",
    "Bonjour,\n\nLe ticket #48213 « Synchronisation des comptes » a été mis à jour par l'éditeur.\n\n"
    "Nouveau statut : En attente de votre retour\n\n"
    "Consultez le ticket sur le portail : https://tickets.example.fr/t/48213\n\n"
    "-- \nNotification automatique du portail d'assistance. Ne répondez pas à ce message.\n",
    "utf-8", "quoted-printable")
A("au_ticket_portal_update", raw, ("automated", False, None, "ticket_portal", False, R,
  "Ticket-portal notification (Auto-Submitted, Precedence: bulk): a ticket the desk follows was updated."))

# 12. E-signature reminder with no automation header
b = "==esig_7c1d2e9f"
raw = auto_head("au_esign_reminder", ("Signature électronique", "no-reply@esignature.example.fr"),
                "Rappel : un document attend votre signature", "2024-12-12 09:00",
                relay="out-2.esignature.example.fr", auth=True) + multipart("alternative", b, [
    leaf("text/plain",
         "Bonjour,\n\nLe document « Convention de groupement de commandes 2025 - Lycée Jean-Perrin » vous a été envoyé pour signature le 5 décembre 2024 et n'est pas encore signé.\n\n"
         "Signer le document : https://esignature.example.fr/s/4f9a2c7e\n\n"
         "Ce lien est personnel. Il expire le 19 décembre 2024.\n\n"
         "Service de signature électronique\n",
         "utf-8", "quoted-printable"),
    leaf("text/html",
         "<html><body><p>Bonjour,</p><p>Le document <b>« Convention de groupement de commandes 2025 - Lycée Jean-Perrin »</b> vous a été envoyé pour signature le 5 décembre 2024 et n'est pas encore signé.</p>"
         "<p><a href=\"https://esignature.example.fr/s/4f9a2c7e\" style=\"background:#1a5fb4;color:#fff;padding:8px 16px\">Signer le document</a></p>"
         "<p style=\"color:#666\">Ce lien est personnel. Il expire le 19 décembre 2024.</p></body></html>\n",
         "utf-8", "quoted-printable")])
A("au_esign_reminder", raw, ("automated", False, None, "esignature", True, R,
  "E-signature reminder: transactional mail without Auto-Submitted or Precedence; the no-reply sender and the wording show it is automatic. Asks for an action, but it is a machine's reminder, never answered."))

# 13. SMTP TLS report (RFC 8460)
import gzip as _gzip
_rep = json.dumps({"organization-name": "Google Inc.", "date-range": {
    "start-datetime": "2024-11-03T00:00:00Z", "end-datetime": "2024-11-03T23:59:59Z"},
    "contact-info": "smtp-tls-reporting@google.com", "report-id": "2024-11-03T00:00:00Z_assistance.example.fr",
    "policies": [{"policy": {"policy-type": "sts", "policy-domain": "assistance.example.fr"},
                  "summary": {"total-successful-session-count": 412, "total-failure-session-count": 0}}]},
    indent=2).encode()
_gz = _gzip.compress(_rep, mtime=0)
b = "000000000000f3a1c40623e8d7b1"
raw = auto_head("au_tlsrpt", ("", "noreply-smtp-tls-reporting@google.com"),
                "Report Domain: assistance.example.fr Submitter: google.com Report-ID: <2024.11.03T00.00.00Z+assistance.example.fr@google.com>",
                "2024-11-04 03:12", relay="mail-sor-f73.google.com", auth=True,
                return_path="3kKEoZxgKBd0tuvxy2kqx-yz2v0tyq0.oq1@scoutcamp.bounces.google.com",
                to=("", "tls-reports@assistance.example.fr"),
                extra=["TLS-Report-Domain: assistance.example.fr", "TLS-Report-Submitter: google.com"]) + multipart(
    "report; report-type=tlsrpt", b, [
        leaf("text/plain", "This is an aggregate TLS report from google.com\n", "UTF-8", "7bit"),
        attachment("google.com!assistance.example.fr!1730592000!1730678399!001.json.gz",
                   "application/tlsrpt+gzip", _gz)])
A("au_tlsrpt", raw, ("automated", False, None, None, False, E,
  "SMTP TLS aggregate report (multipart/report; report-type=tlsrpt, gzip JSON) delivered to the desk's domain."))

# 14. Delay warning from our relay
orig, omid, odt = desk_msg("006399", "2024-12-09 08:05", ("", "cdi@college-les-hauts-de-blanchemaille.fr"),
                           "Abonnement activé", "Bonjour,\n\nVotre abonnement est maintenant actif.\n\nCordialement,\nL'équipe d'assistance\n")
b = "9F3C21A07B.1733746205/relay.assistance.example.fr"
raw = auto_head("au_delay_dsn", ("Mail Delivery System", "MAILER-DAEMON@relay.assistance.example.fr"),
                "Delayed Mail (still being retried)", "2024-12-09 13:10", relay="relay.assistance.example.fr",
                extra=["Auto-Submitted: auto-replied"]) + multipart("report; report-type=delivery-status", b, [
    "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
    "This is the mail system at host relay.assistance.example.fr.\n\n"
    "####################################################################\n"
    "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
    "####################################################################\n\n"
    "Your message could not be delivered for more than 5 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
    "                   The mail system\n\n"
    "<cdi@college-les-hauts-de-blanchemaille.fr>: connect to\n"
    "    mx.college-les-hauts-de-blanchemaille.fr[203.0.113.58]:25: Connection timed out\n",
    "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
    "Reporting-MTA: dns; relay.assistance.example.fr\nX-Postfix-Queue-ID: 9F3C21A07B\n"
    "X-Postfix-Sender: rfc822; support@assistance.example.fr\n"
    f"Arrival-Date: {rfc_date(odt)}\n\n"
    "Final-Recipient: rfc822; cdi@college-les-hauts-de-blanchemaille.fr\n"
    "Action: delayed\nStatus: 4.4.1\n"
    "Diagnostic-Code: X-Postfix; connect to mx.college-les-hauts-de-blanchemaille.fr[203.0.113.58]:25:\n"
    "    Connection timed out\nWill-Retry-Until: Sat, 14 Dec 2024 08:05:12 +0100 (CET)\n",
    "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n" + orig.split("\n\n", 1)[0] + "\n",
], preamble="This is a MIME-encapsulated message.")
A("au_delay_dsn", raw, ("automated", False, None, None, False, E,
  "Postfix delay warning from the desk's own relay (Action: delayed): not a failure, still automatic."))

# 15. Exchange out-of-office from a ce.<UAI> address that talks about passwords
U = uai("0772418")
t0 = mkdate("2024-10-18 10:00")
rid = desk("006236", t0, "ooo2")
b = "_000_PAVP264MB4417B2C9E3D1A0F5E7C2B6D8PAVP264MB4417FRAP_"
ooo = ("Bonjour,\n\nLe secrétariat du collège est fermé pendant les vacances de la Toussaint, du 19 octobre au 3 novembre.\n\n"
       "Les demandes concernant les mots de passe (ENT, e-sidoc, messagerie) seront traitées à la rentrée.\n"
       "Pour une urgence : contacter la direction au 01 60 22 18 40.\n\nLe secrétariat\n")
raw = auto_head("au_ooo_ce_uai", ("Collège Les Tournelles", f"ce.{U}@ac-creteil.fr"),
                "Réponse automatique : [#SUP-006236] Lien de réinitialisation", "2024-10-21 08:30",
                relay="smtp.ac-creteil.fr", auth=True, hcs="iso-8859-1",
                extra=["Thread-Topic: [#SUP-006236] Lien de réinitialisation",
                       f"In-Reply-To: {rid}", f"References: {rid}",
                       "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
                       "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent", "Content-Language: fr-FR"]) + multipart(
    "alternative", b, [leaf("text/plain", ooo, "iso-8859-1", "quoted-printable"),
                       leaf("text/html", "<html><body><p>" + html.escape(ooo).replace("\n", "<br>\n") + "</p></body></html>\n",
                            "iso-8859-1", "quoted-printable")])
A("au_ooo_ce_uai", raw, ("automated", False, U, None, False, R,
  "Out-of-office of a school office (ce.<UAI> address) that mentions passwords and e-sidoc; Auto-Submitted is present. The UAI comes from the address."),
  from_address=f"ce.{U}@ac-creteil.fr")

# 16. A MailInBlack challenge sent to the desk
raw = auto_head("au_mib_challenge_to_desk", ("Mairie de Riom-ès-Montagnes", "no-reply@mailinblack.com"),
                "Votre message est en attente de validation", "2025-01-13 10:21",
                relay="out-7.mailinblack.com", auth=True,
                extra=["Auto-Submitted: auto-replied", "X-Mailinblack-Type: challenge",
                       "Reply-To: no-reply@mailinblack.com"]) + multipart("alternative", "==mib_5e2c9d", [
    leaf("text/plain",
         "Bonjour,\n\nVotre message « [#SUP-006428] Votre demande de compte » adressé à secretariat@mairie-riom-es-montagnes.fr "
         "est en attente.\n\nLe destinataire utilise Mailinblack pour se protéger des spams. Pour que votre message soit délivré, "
         "merci de confirmer que vous n'êtes pas un robot en cliquant sur le lien ci-dessous :\n\n"
         "https://challenge.mailinblack.com/v/8e21c4a7f03b\n\nVous n'aurez à le faire qu'une seule fois.\n\nMailinblack\n",
         "utf-8", "quoted-printable"),
    leaf("text/html",
         "<html><body><p>Bonjour,</p><p>Votre message « [#SUP-006428] Votre demande de compte » adressé à "
         "secretariat@mairie-riom-es-montagnes.fr est en attente.</p><p>Le destinataire utilise Mailinblack pour se protéger des spams. "
         "<a href=\"https://challenge.mailinblack.com/v/8e21c4a7f03b\">Je ne suis pas un robot</a></p></body></html>\n",
         "utf-8", "quoted-printable")])
A("au_mib_challenge_to_desk", raw, ("automated", False, None, None, True, R,
  "MailInBlack's sender-authentication challenge addressed to the desk (our reply is held): names MailInBlack, but it is a machine's message, never answered (not mailinblack_spam)."))

# 17. Another help desk's acknowledgement (GLPI), loop risk
raw = auto_head("au_glpi_ack", ("Assistance informatique - Département de l'Allier", "glpi@allier-departement.fr"),
                "[GLPI #0045127] Nouveau ticket : Re: [#SUP-006355] Mails non reçus", "2024-12-04 11:48",
                relay="glpi.allier-departement.fr", auth=True,
                extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: OOF, DR, RN, NRN, AutoReply",
                       "X-Loop: glpi@allier-departement.fr", "Precedence: bulk"]) + leaf(
    "text/plain",
    "Bonjour,\n\nVotre demande a été enregistrée sous le numéro 0045127.\n\n"
    "Titre : Re: [#SUP-006355] Mails non reçus\nCatégorie : Messagerie\nStatut : Nouveau\n\n"
    "Un technicien vous répondra dans les meilleurs délais. Pour compléter votre demande, répondez à ce message sans modifier l'objet.\n\n"
    "-- \nGLPI - Assistance informatique du Département\n",
    "utf-8", "quoted-printable")
A("au_glpi_ack", raw, ("automated", False, None, None, False, R,
  "Another help desk's automatic acknowledgement (GLPI; Auto-Submitted, X-Loop): answering it would start a loop. The quoted subject is about missing mail, but nothing is asked of us."))

# 18. qmail bounce, plain text, no report, no Auto-Submitted
orig, omid, odt = desk_msg("006502", "2025-03-03 16:44", ("", "bibliotheque@ecole-du-bourg-salers.fr"),
                           "Mot de passe du portail",
                           "Bonjour,\n\nPour réinitialiser votre mot de passe, utilisez le lien « mot de passe oublié ».\n\nCordialement,\nL'équipe d'assistance\n", auto=False)
raw = auto_head("au_qmail_plain", ("", "MAILER-DAEMON@mail.ecole-du-bourg-salers.fr"),
                "failure notice", "2025-03-03 16:45", relay="mail.ecole-du-bourg-salers.fr") + (
    "Content-Type: text/plain; charset=us-ascii\n\n"
    "Hi. This is the qmail-send program at mail.ecole-du-bourg-salers.fr.\n"
    "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
    "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
    "<bibliotheque@ecole-du-bourg-salers.fr>:\n"
    "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
    "--- Below this line is a copy of the message.\n\n"
    "Return-Path: <support@assistance.example.fr>\n" + orig.split("\n\n", 1)[0] + "\n\n"
    "Bonjour,\n\nPour r=C3=A9initialiser votre mot de passe, utilisez le lien =C2=AB mot de passe oubli=C3=A9 =C2=BB.\n")
A("au_qmail_plain", raw, ("automated", False, None, None, True, E,
  "qmail bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path, the MAILER-DAEMON sender and the wording show it is automatic. The returned message talks about a password."))

# 19. Thunderbird return receipt in French
t0 = mkdate("2025-01-09 11:30")
rid = desk("006420", t0, "mdn")
b = "------------b3Yq0pF2mDxK7rT1uNwE8sHa"
raw = auto_head("au_tb_mdn_nantes", ("Yvonne Priou", "yvonne.priou@ac-nantes.fr"),
                "Accusé de réception (affiché) - [#SUP-006420] Convention de groupement", "2025-01-09 14:02",
                relay="smtp.ac-nantes.fr", auth=True,
                extra=["User-Agent: Mozilla Thunderbird", f"In-Reply-To: {rid}", f"References: {rid}"]) + multipart(
    "report; report-type=disposition-notification", b, [
        leaf("text/plain",
             "Ceci est un accusé de réception pour le courriel que vous avez envoyé à yvonne.priou@ac-nantes.fr.\n\n"
             "Note : cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire. "
             "Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.\n",
             "UTF-8", "8bit"),
        "Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"\nContent-Disposition: inline\n\n"
        "Reporting-UA: smtp.ac-nantes.fr; Mozilla Thunderbird\n"
        "Final-Recipient: rfc822;yvonne.priou@ac-nantes.fr\n"
        f"Original-Message-ID: {rid}\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n",
    ])
A("au_tb_mdn_nantes", raw, ("automated", False, None, None, False, R,
  "Thunderbird return receipt in French, multipart/report disposition-notification. Region from the ac-nantes.fr sender."),
  from_address="yvonne.priou@ac-nantes.fr")

# 20. Chorus Pro notification: about an invoice, but a machine's message
raw = auto_head("au_chorus_rejected", ("Chorus Pro", "ne-pas-repondre@chorus-pro.example.fr"),
                "Chorus Pro - Rejet de la facture FA-2025-00214", "2025-02-05 02:14",
                relay="smtp.chorus-pro.example.fr", auth=True,
                extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]) + leaf(
    "text/plain",
    "Bonjour,\n\nLa facture n° FA-2025-00214 déposée le 03/02/2025 a été rejetée par le destinataire.\n\n"
    "Destinataire : COMMUNE DE MARCILLAC-VALLON\nMotif du rejet : Engagement juridique absent ou invalide\n\n"
    "Vous pouvez consulter le détail et déposer une facture rectificative depuis votre espace Chorus Pro.\n\n"
    "Ceci est un message automatique, merci de ne pas y répondre.\n",
    "utf-8", "quoted-printable")
A("au_chorus_rejected", raw, ("automated", False, None, None, True, R,
  "Chorus Pro no-reply notification (Auto-Submitted) that an invoice was rejected: about billing, but a machine's message, never answered (not order_billing)."))

# 21. Town-hall closure auto-reply from a hosted webmail
raw = auto_head("au_mairie_closed", ("Mairie de Marcolès", "mairie.marcoles@wanadoo.fr"),
                "Fermeture de la mairie", "2024-09-02 09:40",
                relay="smtp-21.smtp.orange.fr", auth=True,
                extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes",
                       "X-Autorespond: Fermeture de la mairie"]) + leaf(
    "text/plain",
    "Bonjour,\n\nLe secrétariat de mairie est exceptionnellement fermé du 2 au 6 septembre (formation de l'agent).\n"
    "Votre message sera traité à partir du lundi 9 septembre.\n\n"
    "Pour les inscriptions à la cantine et au car scolaire, les formulaires sont disponibles à l'école.\n\n"
    "La mairie de Marcolès\n",
    "iso-8859-1", "quoted-printable")
A("au_mairie_closed", raw, ("automated", False, None, None, False, R,
  "Hosted webmail auto-reply of a small town hall (Auto-Submitted: auto-replied, X-Autoreply)."))



# ==========================================================================
# Output
# ==========================================================================

def self_check(name, raw, lab):
    """Light sanity checks: the message parses, and a labelled UAI is really in it."""
    import email
    from email import policy
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert msg["From"] and msg["Subject"] is not None and msg["Date"], name
    texts = [str(msg["Subject"]), str(msg["From"])]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                texts.append(part.get_content())
            except (LookupError, UnicodeDecodeError):
                texts.append(part.get_payload(decode=True).decode("latin-1"))
    blob = "\n".join(texts).upper()
    if lab["uai"]:
        assert lab["uai"] in blob, (name, lab["uai"])
    assert lab["category"] in CATEGORIES, name
    assert lab["platform"] in PLATFORMS, name
    assert lab["lang"] in ("fr", "en"), name


CATEGORIES = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
              "head_of_establishment_request", "account_creation", "subscription_activation",
              "order_billing", "contract_documents", "transfer_incident", "automated", "other"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}


def main():
    assert len(MAILS) == 150, len(MAILS)
    keys = [k for k, _, _ in MAILS]
    assert len(set(keys)) == len(keys), "duplicate keys"
    order = list(range(len(MAILS)))
    random.Random(20250312).shuffle(order)
    lines = []
    for n, i in enumerate(order, 1):
        key, raw, lab = MAILS[i]
        name = f"h{n:03d}.eml"
        self_check(name, raw, lab)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(raw)
        row = {"file": name, "category": lab["category"], "auto_reply_ok": lab["auto_reply_ok"],
               "uai": lab["uai"], "region": lab["region"], "platform": lab["platform"],
               "hard": lab["hard"], "lang": lab["lang"], "notes": lab["notes"]}
        lines.append(json.dumps(row, ensure_ascii=False))
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} mails and labels.jsonl to {OUT}")


if __name__ == "__main__":
    main()
