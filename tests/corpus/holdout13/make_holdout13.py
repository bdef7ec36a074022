#!/usr/bin/env python3
"""Generate holdout13: 150 hand-written blind test mails (h001.eml ... h150.eml)
and labels.jsonl, for the support-desk classifier.

Stdlib only.  Run:  python3 make_holdout13.py   (writes next to this script)

Voice of this set: agents comptables of groupements comptables, CPE and
vie-scolaire staff, the overseas academies, writers whose French is a second
language, very long mails, subject/body mismatch, subject-only mails, lists of
steps already tried, and replies to the desk's own automatic answers.
"""
import base64
import datetime as dt
import gzip
import hashlib
import html
import io
import json
import os
import quopri
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SUPPORT = "support@assistance.example.fr"
MX = "mx1.assistance.example.fr"

# --------------------------------------------------------------------------
# UAI and regions (shared/spec/regions.md)
# --------------------------------------------------------------------------
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def U(d7):
    """A UAI with its correct check letter."""
    assert len(d7) == 7 and d7.isdigit()
    return d7 + LETTERS[int(d7) % 23]


def BAD(d7):
    """The same digits with a deliberately wrong check letter."""
    good = LETTERS[int(d7) % 23]
    wrong = LETTERS[(LETTERS.index(good) + 5) % 23]
    return d7 + wrong


def uai_ok(code):
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
    "ile-de-france": ("75 77 78 91 92 93 94 95", "ac-creteil.fr ac-paris.fr ac-versailles.fr"),
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
DOMAIN = {}
for _slug, (_deps, _doms) in REGIONS.items():
    for _d in _deps.split():
        DEPT[_d if len(_d) == 3 else "0" + _d] = _slug
    for _d in _doms.split():
        DOMAIN[_d] = _slug


def region_for(uai, sender):
    if uai:
        return DEPT[uai[:3]]
    dom = sender.rsplit("@", 1)[-1].lower() if sender else ""
    return DOMAIN.get(dom)


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------
TZ_OF = {"guadeloupe": "-0400", "martinique": "-0400", "guyane": "-0300",
         "la-reunion": "+0400", "mayotte": "+0300"}


def paris_offset(naive):
    # CEST from the last Sunday of March to the last Sunday of October.
    def last_sunday(y, m):
        d = dt.date(y, m, 31)
        return d - dt.timedelta(days=(d.weekday() + 1) % 7)
    y = naive.year
    if last_sunday(y, 3) <= naive.date() < last_sunday(y, 10):
        return "+0200"
    return "+0100"


def mk_tz(off):
    sign = -1 if off[0] == "-" else 1
    return dt.timezone(sign * dt.timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))


def parse_when(s, off=None):
    naive = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M")
    if off is None:
        off = paris_offset(naive)
    return naive.replace(tzinfo=mk_tz(off))


def to_paris(d):
    utc = d.astimezone(dt.timezone.utc).replace(tzinfo=None)
    off = paris_offset(utc + dt.timedelta(hours=1))
    return d.astimezone(mk_tz(off))


def rfc_date(d, zero_pad=False):
    days = "Mon Tue Wed Thu Fri Sat Sun".split()
    months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    off = d.strftime("%z")
    day = ("%02d" % d.day) if zero_pad else str(d.day)
    return "%s, %s %s %d %s %s" % (days[d.weekday()], day, months[d.month - 1], d.year,
                                   d.strftime("%H:%M:%S"), off)


FR_DAYS = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
FR_DAYS_AB = "lun. mar. mer. jeu. ven. sam. dim.".split()
FR_MONTHS = ("janvier février mars avril mai juin juillet août septembre octobre "
             "novembre décembre").split()
FR_MONTHS_AB = "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()
EN_DAYS = "Mon Tue Wed Thu Fri Sat Sun".split()
EN_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


# --------------------------------------------------------------------------
# Encoding helpers
# --------------------------------------------------------------------------
def qword(s, cs="UTF-8"):
    """RFC 2047 Q encoded words, split so that no word exceeds 75 chars."""
    words, cur = [], ""
    room = 75 - len("=?%s?Q??=" % cs)
    for ch in s:
        if ch == " ":
            t = "_"
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            t = ch
        else:
            t = "".join("=%02X" % b for b in ch.encode(cs))
        if len(cur) + len(t) > room:
            words.append(cur)
            cur = ""
        cur += t
    words.append(cur)
    return "\r\n ".join("=?%s?Q?%s?=" % (cs, w) for w in words)


def hdr_text(s, cs="UTF-8"):
    if all(ord(c) < 128 for c in s):
        return s
    return qword(s, cs)


def addr(name, email, cs="UTF-8", quote_always=False):
    if not name:
        return email
    if not all(ord(c) < 128 for c in name):
        return "%s <%s>" % (qword(name, cs), email)
    if quote_always or any(c in name for c in ',.()@:;"[]'):
        return '"%s" <%s>' % (name.replace('"', ''), email)
    return "%s <%s>" % (name, email)


def pick_charset(text, prefer):
    for cs in prefer:
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            pass
    return "utf-8"


def encode_body(text, cs, cte):
    raw = text.replace("\r\n", "\n").encode(cs)
    if cte == "quoted-printable":
        out = quopri.encodestring(raw)
    elif cte == "base64":
        out = base64.encodebytes(raw)
    else:
        out = raw
    return out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def h(s):
    return html.escape(s, quote=False)


def hid(n, salt, length=16, alphabet="0123456789abcdef"):
    """Deterministic pseudo-random identifier."""
    digest = hashlib.sha256(("%s/%s" % (n, salt)).encode()).digest()
    r = random.Random(digest)
    return "".join(r.choice(alphabet) for _ in range(length))


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def ip(n, salt):
    r = random.Random("%s-%s-ip" % (n, salt))
    net = r.choice(["192.0.2", "198.51.100", "203.0.113"])
    return "%s.%d" % (net, r.randint(10, 250))


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of "Name: value" strings
        self.body = body        # bytes, CRLF

    def render(self):
        return ("\r\n".join(self.headers) + "\r\n\r\n").encode("ascii") + self.body


def text_part(text, cs, cte, subtype="plain", extra_ct="", extra_headers=()):
    ct = 'Content-Type: text/%s; charset="%s"%s' % (subtype, cs, extra_ct)
    hs = [ct, "Content-Transfer-Encoding: %s" % cte] + list(extra_headers)
    return Part(hs, encode_body(text, cs, cte))


def multipart(subtype, parts, boundary, preamble=None, params=""):
    out = b""
    if preamble:
        out += preamble.encode("ascii") + b"\r\n\r\n"
    for p in parts:
        out += ("--%s\r\n" % boundary).encode("ascii") + p.render() + b"\r\n"
    out += ("--%s--\r\n" % boundary).encode("ascii")
    ct = 'Content-Type: multipart/%s;%s\r\n boundary="%s"' % (subtype, params, boundary)
    return Part([ct], out)


def attachment(filename, mimetype, data, inline=False):
    hs = ['Content-Type: %s; name="%s"' % (mimetype, filename),
          "Content-Disposition: %s; filename=\"%s\"" % ("inline" if inline else "attachment",
                                                      filename),
          "Content-Transfer-Encoding: base64"]
    return Part(hs, base64.encodebytes(data).replace(b"\n", b"\r\n"))


def fake_pdf(title):
    body = ("%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            "%% %s\ntrailer<</Root 1 0 R>>\n%%%%EOF\n" % title)
    return body.encode("latin-1", "replace")


TINY_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


# --------------------------------------------------------------------------
# The desk's own automatic answers (quoted by people who reply to them)
# --------------------------------------------------------------------------
OUR = {
    "reset": """Bonjour,

Nous avons bien reçu votre demande au sujet du mot de passe administrateur.
Un lien de réinitialisation, utilisable une seule fois et valable 12 heures,
vient d'être envoyé à l'adresse officielle de l'établissement (c*****@ac-*****.fr).
Si vous ne relevez pas vous-même cette boîte, le secrétariat pourra vous le transmettre.

Cordialement,
L'équipe d'assistance""",
    "junk": """Bonjour,

Les messages d'activation, de nouveau mot de passe et les notifications partent
d'une adresse no-reply. Ils sont souvent rangés dans les courriers indésirables :
vérifiez ce dossier, marquez nos messages comme légitimes et ajoutez l'expéditeur
à vos contacts ou à vos expéditeurs autorisés.
Sans nouvelles de votre part sous 48 heures, nous reviendrons vers vous.

Cordialement,
L'équipe d'assistance""",
    "mib": """Bonjour,

Votre messagerie est protégée par MailInBlack, qui retient les expéditeurs qu'il
ne connaît pas. Le guide ci-dessous explique comment ajouter nos adresses à la
liste blanche ; votre service informatique peut aussi le faire pour tout
l'établissement. Nous avons informé votre région académique.

Cordialement,
L'équipe d'assistance""",
    "act72": """Bonjour,

Un abonnement est activé dans un délai de 72 heures après la validation de la
commande. Passé ce délai, s'il n'apparaît toujours pas dans « Mes abonnements »,
répondez simplement à ce message en indiquant le numéro de commande.

Cordialement,
L'équipe d'assistance""",
    "account": """Bonjour,

Pour obtenir un compte, remplissez le formulaire « Créer un compte » de la page
de connexion. Votre demande est ensuite validée par l'administrateur de votre
structure ; vous recevrez alors un message de confirmation.

Cordialement,
L'équipe d'assistance""",
    "head": """Bonjour,

Pour des raisons de sécurité, le changement d'administrateur ou d'adresse de
contact ne peut être fait qu'à la demande écrite du chef d'établissement,
envoyée de préférence depuis l'adresse officielle de l'établissement.
Dès réception, un membre de l'équipe traitera la demande.

Cordialement,
L'équipe d'assistance""",
}


def our_mid(ticket, when):
    epoch = int(when.timestamp())
    return "<%s.%d.%s@assistance.example.fr>" % (ticket, epoch, hid(ticket, "our", 6))


# --------------------------------------------------------------------------
# Quote blocks, by client style
# --------------------------------------------------------------------------
def quote_header(style, our_when, local_off, our_subject, to_name, to_addr):
    d = our_when.astimezone(mk_tz(local_off))
    if style == "gmail":
        return "Le %s %d %s %d à %s, Assistance <%s> a écrit :" % (
            FR_DAYS_AB[d.weekday()], d.day, FR_MONTHS_AB[d.month - 1], d.year,
            d.strftime("%H:%M"), SUPPORT)
    if style == "gmail_en":
        hr = d.strftime("%I:%M %p").lstrip("0")
        return "On %s, %s %d, %d at %s Assistance <%s> wrote:" % (
            EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day, d.year, hr, SUPPORT)
    if style == "thunderbird":
        return "Le %s à %s, Assistance a écrit :" % (d.strftime("%d/%m/%Y"), d.strftime("%H:%M"))
    if style in ("apple", "iphone"):
        return "Le %d %s %d à %s, Assistance <%s> a écrit :" % (
            d.day, FR_MONTHS_AB[d.month - 1], d.year, d.strftime("%H:%M"), SUPPORT)
    if style == "outlook":
        return "\n".join([
            "De : Assistance <%s>" % SUPPORT,
            "Envoyé : %s %d %s %d %s" % (FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1],
                                         d.year, d.strftime("%H:%M")),
            "À : %s <%s>" % (to_name, to_addr),
            "Objet : %s" % our_subject])
    if style == "zimbra":
        return "\n".join([
            "----- Mail original -----",
            'De: "Assistance" <%s>' % SUPPORT,
            'À: "%s" <%s>' % (to_name, to_addr),
            "Envoyé: %s %d %s %d %s" % (FR_DAYS[d.weekday()].capitalize(), d.day,
                                        FR_MONTHS[d.month - 1].capitalize(), d.year,
                                        d.strftime("%H:%M:%S")),
            "Objet: %s" % our_subject])
    raise ValueError(style)


def quoted_text(style, header, ours):
    lines = ours.split("\n")
    if style in ("gmail", "gmail_en", "thunderbird"):
        return header + "\n" + "\n".join(("> " + l) if l else ">" for l in lines)
    if style in ("apple", "iphone"):
        return "> " + header + "\n>\n" + "\n".join(("> " + l) if l else ">" for l in lines)
    if style == "outlook":
        return "-----Message d'origine-----\n" + header + "\n\n" + ours
    if style == "zimbra":
        return header + "\n\n" + ours
    raise ValueError(style)


def quoted_html(style, header, ours):
    if style == "thunderbird":
        return ""  # plain-text clients: no HTML part
    inner = "<br>\n".join(h(l) for l in ours.split("\n"))
    hh = "<br>\n".join(h(l) for l in header.split("\n"))
    if style in ("gmail", "gmail_en"):
        return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>\n'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                % (hh, inner))
    if style in ("apple", "iphone"):
        return ('<div><br><blockquote type="cite"><div>%s</div><br>'
                '<div>%s</div></blockquote></div>' % (hh, inner))
    if style == "outlook":
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                '<p class="MsoNormal">%s</p></div>\n<p class="MsoNormal">%s</p>' % (hh, inner))
    if style == "zimbra":
        return ('<hr id="zwchr"><div style="color:#000;font-weight:normal;font-style:normal;'
                'text-decoration:none;font-family:Helvetica,Arial,sans-serif;font-size:12pt;">'
                '%s<br></div><blockquote style="border-left:2px solid #1010FF;margin-left:5px;'
                'padding-left:5px;">%s</blockquote>' % (hh, inner))
    raise ValueError(style)


# --------------------------------------------------------------------------
# HTML renderers for the new text of a message
# --------------------------------------------------------------------------
def html_gmail(text, quote_html=""):
    rows = []
    for l in text.split("\n"):
        rows.append("<div>%s</div>" % (h(l) if l else "<br>"))
    return '<div dir="ltr">%s</div>%s\n' % ("\n".join(rows), ("<br>" + quote_html) if quote_html else "")


WORD_HEAD = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
p.MsoListParagraph
	{margin-left:36.0pt;font-size:11.0pt;font-family:"Calibri",sans-serif;}
div.WordSection1 {page:WordSection1;}
--></style>
</head>
<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def html_word(text, cs, quote_html=""):
    rows = []
    for l in text.split("\n"):
        if not l:
            rows.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif l.lstrip().startswith(("- ", "• ", "* ")):
            rows.append('<p class="MsoListParagraph">&middot;&nbsp;%s<o:p></o:p></p>'
                        % h(l.lstrip()[2:]))
        else:
            rows.append('<p class="MsoNormal">%s<o:p></o:p></p>' % h(l))
    return (WORD_HEAD % cs) + "\n".join(rows) + ("\n" + quote_html if quote_html else "") + \
        "\n</div>\n</body>\n</html>\n"


def html_apple(text, quote_html=""):
    body = "".join(("<div>%s</div>" % h(l)) if l else "<div><br></div>" for l in text.split("\n"))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            '</head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
            'line-break: after-white-space;">%s%s</body></html>' % (body, quote_html))


def html_zimbra(text, quote_html=""):
    body = "".join(("<div>%s</div>" % h(l)) if l else "<div><br data-mce-bogus=\"1\"></div>"
                   for l in text.split("\n"))
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: '
            '12pt; color: #000000">%s%s</div></body></html>' % (body, quote_html))


def html_simple(text, quote_html=""):
    body = "<br>\n".join(h(l) for l in text.split("\n"))
    return '<html><head><meta charset="utf-8"></head><body><div dir="auto">%s</div>%s</body></html>' % (
        body, quote_html)


# --------------------------------------------------------------------------
# Mail built the way each client would send it
# --------------------------------------------------------------------------
QUOTE_STYLE = {"gmail": "gmail", "outlook": "outlook", "outlook_html": "outlook",
               "o365": "outlook", "thunderbird": "thunderbird", "apple": "apple",
               "iphone": "iphone", "zimbra": "zimbra", "roundcube": "thunderbird",
               "android_outlook": "outlook", "samsung": "gmail"}


def sender_tz(m):
    if m.get("tz"):
        return m["tz"]
    reg = DOMAIN.get(m["email"].rsplit("@", 1)[1].lower())
    return TZ_OF.get(reg)


def received_chain(n, m, sent, arrived):
    email = m["email"]
    dom = email.rsplit("@", 1)[1].lower()
    client = m["client"]
    out = []
    if dom == "gmail.com" or client == "gmail" and m.get("gworkspace"):
        relay = "mail-%s-f%d.google.com" % (random.Random(n).choice(["wr1", "lf1", "ej1", "wm1", "qk1"]),
                                            random.Random(n + 1).randint(41, 199))
        out.append("Received: from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n"
                   "\tfor <%s>; %s" % (relay, relay, ip(n, "g"), MX, hid(n, "q", 15, ALNUM),
                                       SUPPORT, rfc_date(to_paris(arrived)) + " (%s)" % (
                                           "CEST" if to_paris(arrived).strftime("%z") == "+0200" else "CET")))
        out.append("Received: by %s with SMTP id %s\r\n\tfor <%s>; %s" % (
            relay, hid(n, "gs", 20, "abcdefghijklmnopqrstuvwxyz0123456789"), SUPPORT,
            rfc_date(sent.astimezone(mk_tz("-0800")))))
        return out, "google.com" if dom == "gmail.com" else dom
    direct = False
    if m.get("relay"):
        relay, direct = m["relay"], True
    elif dom in ("orange.fr", "wanadoo.fr"):
        relay = "smtp-out%d.orange.fr" % random.Random(n).randint(10, 90)
    elif client in ("o365", "outlook_html", "android_outlook") and not dom.startswith("ac-"):
        relay = "%s.outbound.protection.outlook.com" % random.Random(n).choice(
            ["PAUP264CU001", "MRZP264CU002", "PR0P264CU003", "FR6P281CU001", "DU2PR03CU002"])
    elif dom.startswith("ac-"):
        relay = "smtp%d.%s" % (random.Random(n).randint(1, 5), dom)
    elif dom in ("orange.fr", "wanadoo.fr"):
        relay = "smtp-out%d.orange.fr" % random.Random(n).randint(10, 90)
    elif dom == "laposte.net":
        relay = "smtp-%d.laposte.net" % random.Random(n).randint(1, 9)
    elif dom in ("outlook.fr", "hotmail.fr", "hotmail.com", "outlook.com"):
        relay = "%s.outbound.protection.outlook.com" % "EUR05-AM6-obe"
    elif dom in ("icloud.com", "me.com"):
        relay = "ci74p00im-qukt09081901.me.com"
    else:
        relay = "mail.%s" % dom
    ap = to_paris(arrived)
    out.append("Received: from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n"
               "\tfor <%s>; %s (%s)" % (relay, relay, ip(n, "r"), MX, hid(n, "q", 15, ALNUM), SUPPORT,
                                         rfc_date(ap), "CEST" if ap.strftime("%z") == "+0200" else "CET"))
    if not direct and (client not in ("o365", "outlook_html", "android_outlook") or dom.startswith("ac-")):
        out.append("Received: from [192.168.%d.%d] (unknown [%s])\r\n\tby %s with ESMTPSA id %s\r\n"
                   "\tfor <%s>; %s" % (random.Random(n).randint(0, 9), random.Random(n).randint(2, 250),
                                        ip(n, "c"), relay, hid(n, "e", 10, "0123456789ABCDEF"),
                                        SUPPORT, rfc_date(sent)))
    return out, dom


def auth_results(m, dkim_dom):
    dom = m["email"].rsplit("@", 1)[1].lower()
    mode = m.get("auth", "pass")
    if mode == "pass":
        return ("Authentication-Results: %s;\r\n\tdkim=pass (2048-bit key) header.d=%s;\r\n"
                "\tspf=pass smtp.mailfrom=%s;\r\n\tdmarc=pass (p=none dis=none) header.from=%s"
                % (MX, dom if dkim_dom == "google.com" and dom == "gmail.com" else dom, dom, dom))
    if mode == "fail":
        return ("Authentication-Results: %s;\r\n\tdkim=none;\r\n"
                "\tspf=fail (sender IP is not authorised) smtp.mailfrom=%s;\r\n"
                "\tdmarc=fail (p=quarantine dis=none) header.from=%s" % (MX, dom, dom))
    return mode


def flowed(text, width=72):
    """RFC 3676 soft line breaks, as Thunderbird and Roundcube send them."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width + 6 or line.startswith(">") or line == "-- ":
            out.append(line)
            continue
        cur = ""
        for word in line.split(" "):
            if cur and len(cur) + len(word) + 1 > width:
                out.append(cur + " ")
                cur = word
            else:
                cur = (cur + " " + word) if cur else word
        out.append(cur)
    return "\n".join(out)


def build_human(n, m):
    client = m["client"]
    off = sender_tz(m)
    sent = parse_when(m["date"], off) + dt.timedelta(seconds=(n * 13) % 60)
    arrived = sent + dt.timedelta(seconds=7 + (n * 7) % 40)
    if not off:
        off = sent.strftime("%z")
    name, email = m["name"], m["email"]
    text = m["text"].strip("\n") + "\n"
    to = m.get("to") or "support@assistance.example.fr"
    quote_t = quote_h = ""
    reply = m.get("reply")
    irt = None
    if reply:
        our_when = parse_when(reply["when"])
        irt = our_mid(reply["ticket"], our_when)
        style = QUOTE_STYLE[client]
        if style == "gmail" and m.get("lang") == "en":
            style = "gmail_en"
        our_subject = "[#%s] %s" % (reply["ticket"], reply["subj"])
        qh = quote_header(style, our_when, off, our_subject, name, email)
        quote_t = quoted_text(style, qh, OUR[reply["tmpl"]])
        quote_h = quoted_html(style, qh, OUR[reply["tmpl"]])
        full = text + "\n" + quote_t + "\n"
    else:
        full = text

    rec, dkim_dom = received_chain(n, m, sent, arrived)
    H = ["Return-Path: <%s>" % m.get("return_path", email), "Delivered-To: %s" % SUPPORT]
    H += [rec[0], auth_results(m, dkim_dom)] + rec[1:]
    date_h = "Date: " + rfc_date(sent)
    cc = m.get("cc")
    if cc and "<" in cc:
        _n, _a = cc.split("<", 1)
        cc = addr(_n.strip(), _a.rstrip(">").strip())
    to_h = "To: " + to
    refs = []
    if irt:
        refs = ["References: " + irt, "In-Reply-To: " + irt]
    extra = list(m.get("extra", []))
    subj = m["subject"]
    attach = m.get("attach") or []

    if client == "gmail":
        cs = "UTF-8"
        bnd = "000000000000" + hid(n, "b", 16)
        alt = multipart("alternative", [
            text_part(full, cs, "quoted-printable"),
            text_part(html_gmail(text, quote_h), cs, "quoted-printable", "html")], bnd)
        H += ["MIME-Version: 1.0"] + refs
        H += ["From: " + addr(name, email, "UTF-8"), date_h,
              "Message-ID: <CA%s@mail.gmail.com>" % hid(n, "mid", 44, ALNUM + "+-_"),
              "Subject: " + hdr_text(subj, "UTF-8"), to_h]
        if cc:
            H.append("Cc: " + cc)
        H += extra
        top = alt
        if attach:
            top = multipart("mixed", [alt] + attach, "000000000000" + hid(n, "m", 16))
    elif client in ("outlook", "outlook_html"):
        cs = pick_charset(full, ["iso-8859-1", "windows-1252"])
        H += ["From: " + addr(name, email, cs.lower() if cs != "utf-8" else "utf-8"), to_h]
        if cc:
            H.append("Cc: " + cc)
        H += ["Subject: " + hdr_text(subj, cs.lower()), date_h,
              "Message-ID: <%s$%s$%s$@%s>" % (hid(n, "o1", 12), hid(n, "o2", 8), hid(n, "o3", 8),
                                             email.rsplit("@", 1)[1])]
        H += refs + ["MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 16.0",
                     "Thread-Index: " + base64.b64encode(hashlib.md5(str(n).encode()).digest()
                                                         + b"\x00\x01").decode(),
                     "Content-Language: fr"] + extra
        if client == "outlook_html":
            cs = pick_charset(full, ["windows-1252"])
            top = text_part(html_word(text, cs, quote_h), cs, "quoted-printable", "html")
        else:
            bnd = "----=_NextPart_000_%s_%s" % (hid(n, "np", 4, "0123456789ABCDEF"),
                                                 hid(n, "np2", 8, "0123456789ABCDEF").replace("", "")[:4]
                                                 + "." + hid(n, "np3", 8, "0123456789ABCDEF"))
            top = multipart("alternative", [
                text_part(full, cs, "quoted-printable"),
                text_part(html_word(text, cs, quote_h), cs, "quoted-printable", "html")], bnd)
        if attach:
            top = multipart("mixed", [top] + attach,
                            "----=_NextPart_001_%s" % hid(n, "mx", 16, "0123456789ABCDEF"))
    elif client in ("o365", "android_outlook"):
        cs = pick_charset(full, ["iso-8859-1"]) if client == "o365" else "utf-8"
        cte = "quoted-printable" if client == "o365" else "base64"
        box = "PR%dP264MB%04d" % (random.Random(n).randint(0, 3), random.Random(n).randint(1000, 9999))
        H += ["From: " + addr(name, email, cs.lower() if cs != "utf-8" else "utf-8"),
              "To: " + (m.get("to_display") or "Assistance <%s>" % SUPPORT)]
        if cc:
            H.append("Cc: " + cc)
        H += ["Subject: " + hdr_text(subj, cs.lower() if cs != "utf-8" else "utf-8"),
              "Thread-Topic: " + hdr_text(subj, cs.lower() if cs != "utf-8" else "utf-8"),
              "Thread-Index: " + base64.b64encode(hashlib.sha1(str(n).encode()).digest()[:16]).decode(),
              "Date: " + rfc_date(sent.astimezone(dt.timezone.utc)),
              "Message-ID: <%s%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (
                  box, hid(n, "ms", 24, "0123456789ABCDEF"), box)] + refs
        H += ["Accept-Language: fr-FR, en-US", "Content-Language: fr-FR",
              "X-MS-Has-Attach: " + ("yes" if attach else ""), "X-MS-TNEF-Correlator: ",
              "MIME-Version: 1.0"] + extra
        bnd = "_000_%s_" % (box + hid(n, "xb", 20, "0123456789ABCDEF"))
        tail = "\n\nObtenir Outlook pour Android\n" if client == "android_outlook" else ""
        top = multipart("alternative", [
            text_part(text + tail + (("\n" + "_" * 32 + "\n" + quote_t.replace("-----Message d'origine-----\n", "") + "\n") if reply else ""), cs, cte),
            text_part(html_word(text + tail, cs, quote_h), cs, cte, "html")], bnd)
        if attach:
            top = multipart("mixed", [top] + attach, "_004_%s_" % (box + hid(n, "xm", 20, "0123456789ABCDEF")))
    elif client in ("thunderbird", "roundcube"):
        cs = "UTF-8"
        cte = "8bit" if client == "thunderbird" else "quoted-printable"
        mid = ("<%s-%s-%s-%s-%s@%s>" % (hid(n, "t1", 8), hid(n, "t2", 4), hid(n, "t3", 4), hid(n, "t4", 4),
                                        hid(n, "t5", 12), email.rsplit("@", 1)[1])
               if client == "thunderbird" else "<%s@%s>" % (hid(n, "rc", 32), email.rsplit("@", 1)[1]))
        H += ["Message-ID: " + mid, date_h, "MIME-Version: 1.0"]
        if client == "thunderbird":
            H += ["User-Agent: Mozilla Thunderbird", "Content-Language: fr"]
        else:
            H += ["User-Agent: Roundcube Webmail/1.6.9"]
        H += ["To: " + to]
        if cc:
            H.append("Cc: " + cc)
        H += refs + ["From: " + addr(name, email, "UTF-8"), "Subject: " + hdr_text(subj, "UTF-8")] + extra
        top = text_part(flowed(full), cs, cte, extra_ct="; format=flowed")
        if attach:
            top = multipart("mixed", [top] + attach, "------------%s" % hid(n, "tb", 24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
                            preamble="This is a multi-part message in MIME format.")
    elif client in ("apple", "iphone"):
        cs = "utf-8"
        mid = "<%s-%s-%s-%s-%s@%s>" % (hid(n, "a1", 8, "0123456789ABCDEF"), hid(n, "a2", 4, "0123456789ABCDEF"),
                                       hid(n, "a3", 4, "0123456789ABCDEF"), hid(n, "a4", 4, "0123456789ABCDEF"),
                                       hid(n, "a5", 12, "0123456789ABCDEF"), email.rsplit("@", 1)[1])
        H += ["From: " + addr(name, email, "utf-8")]
        if client == "apple":
            H += ["Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))"]
        else:
            H += ["Mime-Version: 1.0 (1.0)"]
        H += ["Subject: " + hdr_text(subj, "utf-8"), date_h]
        H += refs + ["Message-Id: " + mid, to_h]
        if cc:
            H.append("Cc: " + cc)
        H += ["X-Mailer: " + ("Apple Mail (2.3826.200.121)" if client == "apple" else "iPhone Mail (22B91)")] + extra
        if client == "apple":
            top = multipart("alternative", [
                text_part(full, cs, "quoted-printable"),
                text_part(html_apple(text, quote_h), cs, "quoted-printable", "html")],
                "Apple-Mail=_%s" % mid[1:37])
        else:
            top = text_part(full, cs, "quoted-printable")
        if attach:
            top = multipart("mixed", [top] + attach, "Apple-Mail-%s" % hid(n, "am", 32, "0123456789ABCDEF"))
    elif client == "zimbra":
        cs = "utf-8"
        H += [date_h, "From: " + addr(name, email, "utf-8"), to_h]
        if cc:
            H.append("Cc: " + cc)
        H += ["Message-ID: <%d.%d.%d.JavaMail.zimbra@%s>" % (
            random.Random(n).randint(10**8, 10**9), random.Random(n + 5).randint(10**4, 10**5),
            int(sent.timestamp() * 1000), email.rsplit("@", 1)[1])]
        H += refs + ["Subject: " + hdr_text(subj, "utf-8"), "MIME-Version: 1.0",
                     "X-Originating-IP: [%s]" % ip(n, "z"),
                     "X-Mailer: Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF131 (Win)/9.0.0_ZEXTRAS_20240927)",
                     "Thread-Topic: " + hdr_text(subj, "utf-8"),
                     "Thread-Index: " + hid(n, "zt", 28, ALNUM)] + extra
        top = multipart("alternative", [
            text_part(full, cs, "quoted-printable"),
            text_part(html_zimbra(text, quote_h), cs, "quoted-printable", "html")],
            "=_%s-%s" % (hid(n, "zb", 8), hid(n, "zc", 4)))
        if attach:
            top = multipart("mixed", [top] + attach, "=_%s" % hid(n, "zm", 24))
    elif client == "samsung":
        cs = "UTF-8"
        H += ["MIME-Version: 1.0", date_h, "Subject: " + hdr_text(subj, "UTF-8"),
              "Message-ID: <%s.%s@email.android.com>" % (sent.strftime("%Y%m%d%H%M%S"), hid(n, "sm", 10, "0123456789")),
              "From: " + addr(name, email, "UTF-8"), to_h] + refs + extra
        top = multipart("alternative", [
            text_part(text, cs, "base64"),
            text_part(html_simple(text), cs, "base64", "html")],
            "--_com.samsung.android.email_%s" % hid(n, "sb", 18, "0123456789"))
    else:
        raise ValueError(client)

    msg = ("\r\n".join(H) + "\r\n").encode("ascii") + top.render()
    return msg


# --------------------------------------------------------------------------
# The mails.  Each entry: the label (category, auto_reply_ok, platform, hard,
# uai, lang, notes) and the mail.  Region is derived by the label rule
# (UAI's département, else the sender's académie domain) and checked.
# --------------------------------------------------------------------------
ITEMS = []


def add(cat, auto, plat, hard, notes, uai=None, lang="fr", bad=None, region_sender=None, **mail):
    ITEMS.append(dict(label=dict(category=cat, auto_reply_ok=auto, uai=uai, platform=plat,
                                 hard=hard, lang=lang, notes=notes),
                      bad=bad, region_sender=region_sender, mail=mail))


# ============================ password_reset ==============================
u = U("9710784")
add("password_reset", True, "esidoc", False,
    "Long Guadeloupe mail: the CDI was closed after water damage, the back-office password and the address on file are both forgotten; asks for a reset. The FAQ reset path applies.",
    uai=u, client="outlook", name="JEAN-BAPTISTE Marie-Line", email="marie-line.jean-baptiste@ac-guadeloupe.fr",
    subject="Accès administrateur e-sidoc - LPO des Droits de l'Homme", date="2024-10-07 07:48",
    text="""Bonjour Madame, Monsieur,

Je me permets de vous écrire pour vous exposer notre situation, qui dure depuis plusieurs mois.

En mars dernier, une canalisation a cédé au-dessus du CDI du lycée et nous avons dû fermer la salle jusqu'à la fin de l'année scolaire. Les collections ont été mises en cartons, les postes informatiques débranchés, et j'ai assuré mon service dans une salle de classe prêtée par la vie scolaire. Pendant toute cette période je n'ai plus touché au portail e-sidoc : les élèves n'avaient de toute façon plus accès aux rayonnages.

Les travaux se sont terminés pendant les grandes vacances et nous avons rouvert le CDI à la rentrée. Je voulais remettre le portail à jour (horaires, nouveautés, sélection pour la semaine du goût) mais je ne retrouve plus le mot de passe du compte administrateur. Mon carnet est resté dans un des cartons et je crains qu'il n'ait été jeté avec le mobilier abîmé. Je ne sais pas non plus avec certitude quelle adresse mél est associée au compte : peut-être la mienne, peut-être celle de ma collègue qui a quitté l'établissement en 2022.

Pourriez-vous me permettre de réinitialiser ce mot de passe ? Notre identifiant est le code de l'établissement : %s.

Je vous remercie par avance et vous souhaite une bonne journée (il est encore tôt ici, à Pointe-à-Pitre).

Marie-Line Jean-Baptiste
Professeure documentaliste
LPO des Droits de l'Homme - Pointe-à-Pitre
""" % u)

u = U("0311563")
add("password_reset", True, "esidoc", False,
    "Second-language writer (Spanish words, agreement mistakes): new librarian never had the e-sidoc password nor the login. UAI in the signature; personal Gmail.",
    uai=u, client="gmail", name="Lucía Fernández Ortega", email="lucia.fernandez.ortega@gmail.com",
    subject="mot de passe e-sidoc", date="2024-11-18 17:22",
    text="""Bonjour,

Je suis la nouvelle professeure documentaliste au collège Jean Moulin depuis le 4 novembre, je viens de Espagne (Salamanca), je fais un remplacement.
La personne avant moi est partie en retraite et personne me a donné le mot de passe de e-sidoc. Je ne connais pas le mot de passe, et aussi je ne sais pas quel est el identifiant pour entrer dans la partie administration.
Je besoin faire les nouveautés pour les élèves de 6ème avant les vacances de Noël.

Pouvez vous m'aider, por favor ?

Muchas gracias / merci beaucoup

Lucía Fernández
Professeure documentaliste (remplaçante)
Collège Jean Moulin - Toulouse
UAI %s
""" % u)

u = U("0382047")
add("password_reset", True, "esidoc", True,
    "Subject says 'Abonnement Europresse' but the body asks only for a reset link: the back-office password is refused and forgotten. Labelled by the body.",
    uai=u, client="thunderbird", name="Hélène Garnier-Vidal", email="helene.garnier-vidal@ac-grenoble.fr",
    subject="Abonnement Europresse", date="2024-09-24 12:41",
    text="""Bonjour,

Impossible d'entrer dans l'administration du portail pour vérifier nos abonnements : le mot de passe n'est plus accepté, et je ne me souviens pas de l'avoir changé. J'ai dû en noter un autre quelque part...

Pourriez-vous me renvoyer un lien de réinitialisation ? L'identifiant est %s.

Merci,

--
Hélène Garnier-Vidal
Professeure documentaliste
Collège Le Grésivaudan - Crolles
""" % u)

u = U("9740891")
add("password_reset", True, "esidoc", True,
    "Everything is in the subject (forgotten e-sidoc password, UAI); the body is only the iPhone signature.",
    uai=u, client="iphone", name="Josiane Payet", email="josiane.payet@ac-reunion.fr",
    subject="Mot de passe e-sidoc oublié - collège %s" % u, date="2024-12-03 16:05",
    text="""

Envoyé de mon iPhone
""")

u = U("0292185")
add("password_reset", True, "esidoc", False,
    "Numbered list of what was tried: the reset mail does arrive, but the link has expired each time before she can open it. Asks for a new link.",
    uai=u, client="apple", name="Gwenaëlle Le Floch", email="gwenaelle.le-floch@ac-rennes.fr",
    subject="Lien de réinitialisation expiré (encore)", date="2025-01-15 18:32",
    text="""Bonjour,

Je n'arrive pas à aller au bout de la réinitialisation du mot de passe du portail e-sidoc (collège Penn ar Bed, %s). Voici ce que j'ai fait :

1. Lundi soir : « Mot de passe oublié », saisie de l'identifiant et de l'adresse du CDI.
2. Mardi matin : le mail est bien arrivé (dans les indésirables, mais il est arrivé).
3. Mardi 17 h, après mes cours : clic sur le lien, message « Ce lien n'est plus valide ».
4. Mercredi : nouvelle demande, même résultat, je n'ai pu l'ouvrir que le soir.

Est-il possible de me renvoyer un lien ? Je peux le traiter demain matin entre 8 h et 10 h, je n'ai pas cours.

Merci d'avance,
Gwenaëlle Le Floch
Professeure documentaliste
Collège Penn ar Bed - Brest
""" % u)

u = U("9720415")
add("password_reset", False, "esidoc", True,
    "Zimbra reply quoting our reset answer: the link went to the official ce. mailbox, which nobody reads since the merger into a cité scolaire. The automatic path failed; a person must take over.",
    uai=u, client="zimbra", name="Rose-Aimée Célestine", email="rose-aimee.celestine@ac-martinique.fr",
    subject="Re: [#SUP-006214] Mot de passe e-sidoc", date="2024-10-16 08:10",
    reply=dict(ticket="SUP-006214", when="2024-10-15 15:31", tmpl="reset", subj="Mot de passe e-sidoc"),
    text="""Bonjour,

Merci pour votre réponse. Le lien est parti sur l'adresse ce. du lycée, mais depuis la fusion avec le LP nous sommes une cité scolaire et cette ancienne boîte n'est plus relevée par personne : le secrétariat utilise maintenant l'adresse de la cité scolaire. Je n'ai donc toujours rien, et de toute façon le lien doit être expiré.

Comment fait-on dans ce cas ? Notre code reste %s pour le portail.

Bien à vous,
Rose-Aimée Célestine
Professeure documentaliste
Cité scolaire Acajou - Le Lamentin
""" % u)

u = U("0131742")
siege = U("0130218")
add("password_reset", True, "espace_acheteur", True,
    "Agent comptable of a groupement writes for an attached collège: the collège's Espace Acheteur password is unknown; asks for the usual reset. Two UAIs in the same académie: the request is about the collège (%s), the siège's UAI is only in the signature." % u,
    uai=u, client="outlook", name="MARCHETTI Sophie", email="sophie.marchetti@ac-aix-marseille.fr",
    subject="Collège Marcel Pagnol - réinitialisation du mot de passe Espace Acheteur", date="2024-11-05 10:14",
    text="""Madame, Monsieur,

En ma qualité d'agent comptable du groupement comptable du lycée Paul Cézanne, j'assure la gestion financière de cinq établissements rattachés, dont le collège Marcel Pagnol (UAI %s).

La gestionnaire de ce collège est en congé depuis le 21 octobre et son intérim est assuré par l'agence comptable. Or le mot de passe du compte du collège sur l'Espace Acheteur n'a pas été transmis : aucune des personnes présentes ne le connaît.

Je vous saurais gré de bien vouloir procéder à la réinitialisation de ce mot de passe selon la procédure habituelle, afin que nous puissions passer les commandes de fin d'année.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Sophie Marchetti
Agent comptable
Groupement comptable du lycée Paul Cézanne (%s) - Aix-en-Provence
Établissements rattachés : collèges Marcel Pagnol, Les Prêcheurs, Jas de Bouffan, Arc-de-Meyran ; LP Gambetta
""" % (u, siege))

u = U("0801466")
add("password_reset", True, "esidoc", False,
    "A CPE covers the CDI during the librarian's maternity leave and never had the e-sidoc admin password. The principal asked her to do it, but she writes herself: not a head-of-establishment request.",
    uai=u, client="zimbra", name="Nadia Bensaïd", email="nadia.bensaid@ac-amiens.fr",
    subject="Portail e-sidoc du collège - accès administrateur", date="2024-12-09 13:02",
    text="""Bonjour,

Je suis CPE au collège Édouard Lucas d'Amiens. Notre professeure documentaliste est en congé maternité jusqu'en février et M. le principal m'a demandé d'assurer le suivi du portail e-sidoc pendant son absence (réservations, affichage des nouveautés, messages aux élèves).

Je n'ai jamais eu le mot de passe du compte administrateur et ma collègue ne se souvient plus où elle l'avait noté.

Pouvez-vous m'indiquer comment le réinitialiser ? UAI : %s

Cordialement,

Nadia Bensaïd
Conseillère principale d'éducation
Collège Édouard Lucas - Amiens
""" % u)

u = U("0490957")
add("password_reset", False, "ecoledirecte", True,
    "A CPE lost her personal EcoleDirecte administration password and says explicitly it is not the daily maintenance password (which would be transfer_incident). No reset template for this product: human review.",
    uai=u, client="outlook_html", name="Claire Morineau", email="cpe@lycee-saint-martin-angers.fr",
    subject="Perte mot de passe administration EcoleDirecte", date="2025-02-04 09:27",
    text="""Bonjour,

Je suis CPE au lycée privé Saint-Martin à Angers (%s).

J'ai perdu le mot de passe de mon compte d'administration EcoleDirecte, celui qui me sert à paramétrer les motifs d'absence et les créneaux de la vie scolaire. Je précise bien qu'il ne s'agit PAS du mot de passe de maintenance du jour que l'on vous demande pour Charlemagne : c'est mon accès personnel à l'administration qui est bloqué.

Merci de me dire comment le récupérer, nous avons les conseils de classe la semaine prochaine.

Claire Morineau
CPE - Lycée Saint-Martin
""" % u)

u = U("9720827")
add("password_reset", True, "espace_acheteur", False,
    "Martinique gestionnaire: Espace Acheteur account locked after several wrong passwords; asks to unlock or reset.",
    uai=u, client="thunderbird", name="Fabrice Rosemond", email="fabrice.rosemond@ac-martinique.fr",
    subject="Compte bloqué Espace Acheteur", date="2025-01-21 07:15",
    text="""Bonjour,

Suite à plusieurs tentatives avec un mauvais mot de passe, mon compte sur l'Espace Acheteur est bloqué ("compte verrouillé, réessayez plus tard"). J'ai attendu une journée entière, c'est toujours pareil.

Pouvez-vous le débloquer ou m'envoyer un lien pour refaire le mot de passe ?

Établissement : collège Place d'Armes, Le Lamentin - UAI %s

Merci d'avance, et bonne journée depuis la Martinique.

--
Fabrice Rosemond
Gestionnaire
""" % u)

u = U("9730391")
add("password_reset", True, "esidoc", False,
    "English: new teacher-librarian in Kourou has never been given the e-sidoc back-office password; school code in the body.",
    lang="en", uai=u, client="zimbra", name="Daniel Whitfield", email="daniel.whitfield@ac-guyane.fr",
    subject="e-sidoc back office - no password", date="2024-09-12 10:55",
    text="""Hello,

I am the new teacher-librarian at Lycée Gaston Monnerville in Kourou (international section). I apologise for writing in English, my French is still basic for this kind of request.

I have never been given the password of the e-sidoc back office, and nobody at school seems to know it: my predecessor left for mainland France in July. Our school code is %s.

Could you tell me how I can get a new password?

Thank you very much,
Daniel Whitfield
Teacher-librarian, Lycée Gaston Monnerville, Kourou
""" % u)

u = U("9760273")
add("password_reset", True, "esidoc", True,
    "Secretariat writes from the ce.<UAI>@ac-mayotte.fr official address for the librarian, asking for the link on that address (the safe path). The UAI appears only in the sender address.",
    uai=u, client="zimbra", name="Secrétariat Collège de Kani-Kéli", email="ce.%s@ac-mayotte.fr" % u,
    subject="mot de passe portail documentaire", date="2024-11-26 11:40",
    text="""Bonjour,

La professeure documentaliste du collège n'arrive plus à se connecter à e-sidoc, elle a oublié son mot de passe.
Pouvez-vous envoyer le lien de réinitialisation sur cette adresse ? C'est la boîte officielle du collège, nous lui transmettrons tout de suite.

Merci beaucoup.

Le secrétariat de direction
Collège de Kani-Kéli
""")

bad = BAD("0342176")
add("password_reset", True, "esidoc", True,
    "The RNE in the signature, %s, has a wrong check letter (the digits give %s): no UAI. Plain forgotten password otherwise; region from the ac-montpellier.fr sender." % (bad, U("0342176")),
    uai=None, bad=bad, client="outlook", name="PUJOL Thierry", email="thierry.pujol@ac-montpellier.fr",
    subject="Mot de passe oublié portail CDI e-sidoc", date="2024-10-01 14:20",
    text="""Bonjour,

J'ai oublié le mot de passe d'administration de notre portail e-sidoc. Pourriez-vous m'aider à le réinitialiser ?

Cordialement

Thierry Pujol
Professeur documentaliste
Lycée Jean Mermoz - Montpellier
RNE : %s
""" % bad)

u = U("0690874")
add("password_reset", True, "esidoc", False,
    "Very long story (retired predecessor, a notebook of BCDI passwords, an account tied to a personal address) before the request: a reset link to the school's official address.",
    uai=u, client="apple", name="Corinne Vasseur", email="corinne.vasseur@ac-lyon.fr",
    subject="Reprise du portail e-sidoc après un départ en retraite", date="2024-09-09 21:47",
    text="""Bonjour,

Je vous écris après une semaine de recherches, en espérant ne rien oublier.

Je suis arrivée au collège Jean Macé de Villeurbanne à la rentrée, sur le poste de Mme Ravier, qui a pris sa retraite en juin après vingt-deux ans dans l'établissement. Elle m'a laissé un classeur très complet, avec les procédures de prêt, les fournisseurs, et une page entière de mots de passe. Malheureusement ces mots de passe datent pour la plupart de l'époque de BCDI : aucun ne fonctionne pour l'administration du portail e-sidoc.

J'ai réussi à la joindre par téléphone. Elle pense que le compte avait été créé avec son adresse personnelle, qu'elle n'utilise plus depuis longtemps, et elle ne se souvient pas avoir changé le mot de passe depuis au moins trois ans. J'ai essayé la fonction « Mot de passe oublié » avec l'adresse du CDI et avec la mienne : le site m'indique que l'adresse ne correspond pas au compte.

Entre-temps, les élèves de 3e me réclament le portail pour leurs recherches d'orientation, et je n'ai aucun moyen de mettre en avant les ressources que j'ai préparées. Mme la principale m'a conseillé de vous écrire directement.

Pourriez-vous faire envoyer un lien de réinitialisation à l'adresse officielle du collège ? Le secrétariat me le transmettra. Notre code UAI est %s.

Merci pour votre aide,

Corinne Vasseur
Professeure documentaliste
Collège Jean Macé - Villeurbanne
""" % u)

add("password_reset", True, "espace_acheteur", False,
    "Second-language writer (English words mixed in): the Espace Acheteur address is shared by the whole intendance and nobody knows the old login (FAQ case). No UAI, non-academic sender: no region.",
    uai=None, client="gmail", name="Kwame Mensah", email="kwame.mensah.pro@gmail.com",
    subject="identifiant Espace Acheteur", date="2025-03-10 11:06",
    text="""Bonjour,

Je suis le nouveau assistant de gestion au collège depuis janvier, my French is not perfect, désolé.
Sur l'Espace Acheteur on a une seule adresse mail pour toute l'intendance et personne connait l'identifiant ni le mot de passe, l'ancienne collègue est partie in December.
Comment on peut avoir un nouveau mot de passe ? We need to order the paper for the exams.

Thanks a lot, merci
Kwame Mensah
Assistant de gestion
""")

u = U("0332794")
add("password_reset", False, "espace_acheteur", True,
    "Agent comptable, numbered points: (1) reset of the Espace Acheteur password of an attached collège (main, first), (2) an invoice of the siège not deposited on Chorus (order_billing). Two topics: a single template would answer only half.",
    uai=u, client="outlook", name="DELCOURT Bertrand", email="bertrand.delcourt@ac-bordeaux.fr",
    subject="Groupement comptable lycée Montesquieu - deux demandes", date="2025-02-12 15:38",
    text="""Madame, Monsieur,

Je me permets de vous adresser deux demandes distinctes pour le groupement comptable dont j'ai la charge.

1. Collège Jules Ferry de Libourne (UAI %s) : le mot de passe du compte Espace Acheteur a été perdu lors du changement de gestionnaire. Je vous remercie de bien vouloir procéder à sa réinitialisation.

2. Lycée Montesquieu (siège) : la facture relative au renouvellement de janvier ne figure toujours pas sur Chorus Pro, ce qui empêche sa mise en paiement avant la clôture de l'exercice.

Je vous remercie par avance de votre diligence.

Bertrand Delcourt
Agent comptable - Groupement comptable du lycée Montesquieu
Libourne
""" % u)

u = U("9740452")
add("password_reset", True, "esidoc", False,
    "Very short phone mail without accents or capitals (Samsung, base64): forgotten e-sidoc password, UAI in the body.",
    uai=u, client="samsung", name="Ludovic Hoarau", email="ludovic.hoarau@ac-reunion.fr",
    subject="mdp esidoc", date="2024-10-22 06:51",
    text="""bjr
jai oublie mon mdp esidoc du college bois de nefles uai %s
merci de me dire comment faire

Envoyé depuis mon appareil Galaxy
""" % u)

u = U("0400753")
add("password_reset", True, "esidoc", False,
    "HTML-only Outlook message from a lycée agricole (non-academic domain): e-sidoc account locked after failed attempts. Region from the UAI.",
    uai=u, client="outlook_html", name="Pascale Darrigade", email="cdi.lpa-oeyreluy@educagri.fr",
    subject="Compte e-sidoc bloqué", date="2024-11-13 10:09",
    text="""Bonjour,

Depuis ce matin le compte administrateur de notre portail e-sidoc est bloqué après plusieurs essais infructueux (une collègue a tenté de se connecter avec un ancien mot de passe).

Pourriez-vous le débloquer ou nous permettre de définir un nouveau mot de passe ?

UAI de l'établissement : %s

Bien cordialement,

Pascale Darrigade
Professeure documentaliste
Lycée agricole d'Oeyreluy
""" % u)

u = U("0781327")
add("password_reset", True, "esidoc", True,
    "Reply (Apple quote) to our 72-hour activation answer: the resource is there now (closes that point), and a new, different request follows: a colleague changed the back-office password before leaving on a course. The new message clearly asks something else.",
    uai=u, client="apple", name="Isabelle Fournier", email="isabelle.fournier@ac-versailles.fr",
    subject="Re: [#SUP-006877] Votre abonnement", date="2024-11-29 12:18",
    reply=dict(ticket="SUP-006877", when="2024-11-25 09:12", tmpl="act72", subj="Votre abonnement"),
    text="""Bonjour,

Merci, la ressource est bien apparue jeudi.

Autre chose, sans rapport : ma collègue a changé le mot de passe du back office e-sidoc juste avant de partir deux semaines en formation, et je ne l'ai pas. Pourriez-vous m'envoyer un lien de réinitialisation ? Même établissement : lycée Jules Ferry de Versailles, %s.

Bonne journée,
Isabelle Fournier
""" % u)

u = U("7200486")
add("password_reset", True, "espace_acheteur", False,
    "Haute-Corse (UAI prefix 720): the Espace Acheteur password expired and the old one is forgotten.",
    uai=u, client="outlook", name="Paul-Antoine Santoni", email="paul-antoine.santoni@ac-corse.fr",
    subject="mot de passe expiré Espace Acheteur", date="2025-03-04 08:34",
    text="""Bonjour,

En me connectant ce matin à l'Espace Acheteur, on me demande de changer mon mot de passe car il a expiré. Le problème est que je ne me rappelle plus l'ancien, qu'il faut saisir en premier.

Pouvez-vous me débloquer la situation ?

Collège de Biguglia - %s

Salutations,
Paul-Antoine Santoni
Adjoint gestionnaire
""" % u)

u = U("9711257")
add("password_reset", False, "esidoc", True,
    "Second-language writer insists that the new password be sent to her personal Gmail, which is not on file: no automatic answer (a reset link never goes to an address that is not on file).",
    uai=u, client="gmail", name="Anjali Ramassamy", email="anjali.ramassamy971@gmail.com", tz="-0400",
    subject="URGENT password e-sidoc", date="2025-01-09 19:03",
    text="""Bonjour,

J'ai perdu le mot de passe de e-sidoc pour le collège de Petit-Bourg (code %s). I don't have access to the school mail from home, the mail of school is only in the office and I am not there this week.

S'il vous plait, envoyez le nouveau mot de passe directement sur cette adresse gmail, c'est plus simple pour moi. Please it is urgent, j'ai une inspection lundi.

Merci
Anjali R.
""" % u)

add("password_reset", True, "esidoc", False,
    "Zimbra academic webmail, no UAI: the e-sidoc password expired and the old one is forgotten. Region from the ac-nancy-metz.fr sender.",
    uai=None, client="zimbra", name="Véronique Thiriet", email="veronique.thiriet@ac-nancy-metz.fr",
    subject="Mot de passe expiré", date="2024-09-16 16:44",
    text="""Bonjour,

Le portail e-sidoc m'indique que mon mot de passe administrateur a expiré, mais je ne me souviens plus de l'ancien, donc je ne peux pas le changer.
Pouvez-vous m'aider ?

Véronique Thiriet
Professeure documentaliste
Collège Jacques Callot - Vandœuvre-lès-Nancy
""")

u = U("9710452")
add("password_reset", True, "esidoc", True,
    "All in the subject (forgotten e-sidoc password, RNE, 'send me a link'); the body says only 'voir objet' and a phone signature.",
    uai=u, client="samsung", name="Thierry Bernabé", email="thierry.bernabe@ac-guadeloupe.fr",
    subject="Mdp e-sidoc oublie - RNE %s - merci de me renvoyer un lien" % u, date="2024-10-28 07:02",
    text="""Bonjour, voir objet. Merci

Envoyé depuis mon appareil Galaxy
""")


# ========================== missing_noreply_mail ==========================
u = U("9720193")
add("missing_noreply_mail", True, "espace_acheteur", False,
    "Martinique: signed up on the Espace Acheteur nine days ago, the activation mail never came; no anti-spam product named.",
    uai=u, client="zimbra", name="Murielle Alexis-Rose", email="murielle.alexis-rose@ac-martinique.fr",
    subject="Pas de mail d'activation", date="2024-09-23 14:26",
    text="""Bonjour,

Je me suis inscrite sur l'Espace Acheteur le 14 septembre pour le collège Fonds-Saint-Denis (%s). Depuis, aucun mail d'activation, ni dans la boîte de réception ni ailleurs.

Est-ce que vous pouvez regarder ce qui se passe ?

Merci et bonne fin de journée,
Murielle Alexis-Rose
Secrétaire de gestion
""" % u)

u = U("0591794")
add("missing_noreply_mail", True, "espace_acheteur", True,
    "Names MailInBlack only to say the school no longer uses it (removed at the start of the year): the new-password mail simply never arrives. missing_noreply_mail, not mailinblack_spam.",
    uai=u, client="outlook", name="DUMORTIER Cédric", email="cedric.dumortier@ac-lille.fr",
    subject="Mail de nouveau mot de passe jamais reçu", date="2024-10-10 11:52",
    text="""Bonjour,

Je demande depuis lundi un nouveau mot de passe pour l'Espace Acheteur et le message ne m'arrive jamais. Rien dans les indésirables.

Avant que vous ne me posiez la question : nous n'avons plus MailInBlack depuis la rentrée, la collectivité l'a retiré de tous les collèges du Nord, donc ce n'est pas lui qui bloque.

Collège Anne Frank - Roubaix - %s

Cordialement,
Cédric Dumortier
Gestionnaire
""" % u)

add("missing_noreply_mail", True, "espace_acheteur", False,
    "Second-language writer (English/French mix): the new-password mail never arrives, not in spam either. No UAI, personal Gmail.",
    uai=None, client="gmail", name="Oksana Kovalenko", email="oksana.kovalenko.fr@gmail.com",
    subject="no mail for password", date="2025-02-18 09:40",
    text="""Bonjour,

I don't receive the email for new password of Espace Acheteur. J'ai demandé trois fois, hier et aujourd'hui. J'ai regardé dans spam aussi, nothing.

Je travaille à l'intendance du lycée, je suis nouvelle.

Merci pour votre aide
Oksana
""")

u = U("0861132")
add("missing_noreply_mail", True, "espace_acheteur", False,
    "Agent comptable: since 4 November the no-reply order-validation notifications no longer reach the agence (same address as before, nothing in junk), for any attached establishment. No product named. Only the siège's UAI is given.",
    uai=u, client="o365", name="Anne-Sophie Ribardière", email="agence-comptable@lycee-camille-guerin.fr",
    subject="Notifications de validation de commande non reçues - groupement comptable", date="2024-11-20 16:03",
    text="""Madame, Monsieur,

L'agence comptable du lycée Camille Guérin de Poitiers (UAI %s) assure la tenue des comptes de six établissements rattachés.

Depuis le 4 novembre, l'agence ne reçoit plus aucune des notifications automatiques de l'Espace Acheteur signalant les commandes en attente de validation, alors que les établissements nous confirment en avoir passé plusieurs et que notre adresse n'a pas changé. Ces messages ne figurent pas davantage dans le dossier des courriers indésirables.

Je vous remercie de bien vouloir m'indiquer la démarche à suivre pour les recevoir de nouveau.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Anne-Sophie Ribardière
Agent comptable
Lycée Camille Guérin - Poitiers
""" % u)

u = U("0141587")
add("missing_noreply_mail", True, "espace_acheteur", True,
    "Subject says 'Demande de devis' but the body asks for the activation mail that never came (the quote is only what she wanted to do next). Labelled by the body.",
    uai=u, client="thunderbird", name="Maud Lecarpentier", email="maud.lecarpentier@ac-normandie.fr",
    subject="Demande de devis", date="2025-01-28 10:17",
    text="""Bonjour,

Je voulais passer par l'Espace Acheteur pour obtenir un devis, mais je ne peux même pas me connecter : j'ai créé le compte vendredi et je n'ai jamais reçu le mail d'activation. J'ai regardé dans tous les dossiers.

Pouvez-vous me le renvoyer ?

Merci,
--
Maud Lecarpentier
Adjointe gestionnaire - Collège Guillaume de Normandie, Caen
%s
""" % u)

u = U("0932571")
add("missing_noreply_mail", False, "espace_acheteur", True,
    "Reply (Outlook 'Message d'origine' quote) to our junk-folder answer: checked, sender allowed, three days later still nothing. The template was already sent: a person must follow up.",
    uai=u, client="outlook", name="TRAORE Aminata", email="aminata.traore@ac-creteil.fr",
    subject="RE: [#SUP-007105] Mail d'activation non reçu", date="2025-02-06 14:45",
    reply=dict(ticket="SUP-007105", when="2025-02-03 10:20", tmpl="junk", subj="Mail d'activation non reçu"),
    text="""Bonjour,

J'ai fait tout ce que vous indiquez : rien dans les indésirables, l'adresse no-reply est dans mes contacts et dans les expéditeurs autorisés, et j'ai redemandé le mail lundi après-midi. Trois jours plus tard, toujours rien.

Merci de transmettre à quelqu'un qui puisse regarder de votre côté, je ne peux rien commander en attendant.

Aminata Traoré
Gestionnaire - Collège Paul Éluard, Saint-Denis (%s)
""" % u)

u = U("0511874")
add("missing_noreply_mail", True, "espace_acheteur", False,
    "Bullet list of what was already tried (junk folder, contacts, IT, another address); the activation mail still never arrives; no product named.",
    uai=u, client="o365", name="Laurent Gobert", email="laurent.gobert@lycee-colbert-reims.fr",
    subject="Toujours pas de mail d'activation", date="2024-12-11 09:05",
    text="""Bonjour,

Nous n'arrivons pas à activer le compte Espace Acheteur du lycée Colbert (%s). Voici ce qui a déjà été fait de notre côté :

- vérification du dossier courrier indésirable et de la corbeille ;
- ajout de l'expéditeur no-reply aux contacts ;
- demande à notre informaticien, qui ne voit rien de bloqué sur le serveur ;
- nouvelle inscription avec une autre adresse (la mienne) : pas de message non plus.

Avez-vous une idée ?

Cordialement,
Laurent Gobert
Secrétaire d'intendance
""" % u)

add("missing_noreply_mail", True, "ticket_portal", False,
    "A vie-scolaire assistant created an account on the ticket portal and the confirmation mail (to set a password) never came.",
    uai=None, client="roundcube", name="Yanis Boukhari", email="vie.scolaire@college-les-tilleuls.fr",
    subject="Portail de tickets : mail de confirmation", date="2024-10-03 15:31",
    text="""Bonjour,

J'ai créé hier un compte sur votre portail de tickets pour suivre nos demandes, mais je n'ai jamais reçu le mail de confirmation qui permet de choisir le mot de passe.

Pouvez-vous me le renvoyer ou vérifier l'adresse ?

Merci
Yanis Boukhari
Assistant d'éducation - vie scolaire
Collège Les Tilleuls
""")

u = U("9730614")
add("missing_noreply_mail", True, "esidoc", False,
    "Guyane (unstable connection in Saint-Laurent-du-Maroni): the activation mail for the customer account, needed before a first online order, never came.",
    uai=u, client="thunderbird", name="Sandrine Loe-Mie", email="sandrine.loe-mie@ac-guyane.fr",
    subject="Activation compte client - mail non reçu", date="2025-03-13 13:12",
    text="""Bonjour,

Je souhaite faire une première commande en ligne pour le CDI (abonnements e-sidoc) et j'ai donc ouvert le compte client mardi. On m'annonce un mail d'activation, mais il n'est jamais arrivé.

Notre connexion à Saint-Laurent coupe souvent, mais les autres mails arrivent normalement.

Lycée Bertène Juminer - %s

Merci d'avance
--
Sandrine Loe-Mie
Professeure documentaliste
""" % u)

u = U("9740627")
add("missing_noreply_mail", True, "espace_acheteur", False,
    "Réunion structure administrator never receives the 'account to validate' notifications, so new colleagues wait.",
    uai=u, client="zimbra", name="Jean-Hugues Grondin", email="jean-hugues.grondin@ac-reunion.fr",
    subject="Notifications compte à valider", date="2025-01-13 15:56",
    text="""Bonjour,

Je suis l'administrateur de la structure pour le lycée Roland Garros au Tampon (%s). Deux collègues m'ont dit s'être inscrits sur l'Espace Acheteur la semaine dernière, mais je n'ai reçu aucune notification m'indiquant des comptes à valider. D'habitude ces mails arrivent bien.

Rien dans les spams. Pouvez-vous vérifier ?

Jean-Hugues Grondin
Adjoint gestionnaire
""" % u)

add("missing_noreply_mail", True, "espace_acheteur", True,
    "Everything in the subject (activation mail for the Espace Acheteur not received); the body is only a name. No UAI; personal address.",
    uai=None, client="gmail", name="Brigitte Lefort", email="b.lefort.intendance@gmail.com",
    subject="Pas reçu le mail d'activation Espace Acheteur depuis lundi", date="2024-11-07 08:12",
    text="""
Brigitte Lefort
""")

u = U("9760512")
add("missing_noreply_mail", True, "espace_acheteur", False,
    "Mayotte after the cyclone: the new-password mail of the Espace Acheteur never arrives; no product named.",
    uai=u, client="o365", name="Anrifati Madi", email="anrifati.madi@ac-mayotte.fr",
    subject="mail mot de passe pas reçu", date="2025-01-30 10:22",
    text="""Bonjour,

Depuis le cyclone nous avons repris le travail dans des conditions difficiles. J'essaie de me reconnecter à l'Espace Acheteur pour recommander des fournitures, j'ai demandé un nouveau mot de passe mais le mail n'arrive pas, même après deux jours.

Collège de Sada - %s

Merci de votre aide
Anrifati Madi
Service intendance
""" % u)

add("missing_noreply_mail", True, "espace_acheteur", False,
    "English: registered on the buyer space, never received the confirmation e-mail. Non-academic sender, no UAI.",
    lang="en", uai=None, client="o365", name="Rachel Dunmore", email="r.dunmore@lycee-international-europeen.fr",
    subject="Confirmation email never received", date="2024-09-19 12:37",
    text="""Hello,

I registered our school on the Espace Acheteur on Monday in order to join the group purchase for lab equipment. The page said a confirmation email had been sent, but nothing has arrived, not even in the junk folder.

Could you please resend it?

Kind regards,
Rachel Dunmore
Bursar's office
""")

u = U("0451728")
add("missing_noreply_mail", True, "espace_acheteur", False,
    "HTML-only Outlook: the account was validated by the structure administrator, but the first-login link never came.",
    uai=u, client="outlook_html", name="Nathalie Chevrier", email="intendance.college-jean-rostand@orange.fr",
    subject="Lien de première connexion", date="2025-03-18 11:49",
    text="""Bonjour,

Notre administratrice m'a confirmé hier avoir validé mon compte sur l'Espace Acheteur. Je devais ensuite recevoir un lien pour la première connexion, mais rien n'est arrivé.

Collège Jean Rostand, Orléans - UAI %s

Merci de votre retour.

Nathalie Chevrier
Secrétariat d'intendance
""" % u)

u = U("0671946")
add("missing_noreply_mail", True, "espace_acheteur", True,
    "Starts like a password problem (forgotten password, long story), but the password tool works and says a mail was sent: the mail never arrives after three attempts. Per the taxonomy, missing_noreply_mail.",
    uai=u, client="thunderbird", name="Marc Hummel", email="marc.hummel@ac-strasbourg.fr",
    subject="Mot de passe Espace Acheteur", date="2024-12-17 17:08",
    text="""Bonjour,

Je vous explique le contexte. Je suis adjoint gestionnaire au collège Sophie Germain de Strasbourg (%s) depuis 2019 et j'utilise l'Espace Acheteur plusieurs fois par mois. La semaine dernière, après la mise à jour de mon poste par les services de la collectivité, mon navigateur a perdu tous les mots de passe enregistrés, dont celui de l'Espace Acheteur, que je ne connaissais évidemment pas par cœur.

Je suis donc passé par « Mot de passe oublié ». Le site me répond bien « Un message vient de vous être envoyé », mais ce message n'arrive jamais. J'ai recommencé trois fois (jeudi, vendredi, ce matin), en vérifiant à chaque fois le dossier des indésirables. Les autres mails extérieurs m'arrivent normalement.

Pouvez-vous regarder pourquoi ce message ne me parvient pas ?

Merci,
--
Marc Hummel
Adjoint gestionnaire
""" % u)

u = U("0441893")
add("missing_noreply_mail", True, "espace_acheteur", False,
    "A CPE signed up on the Espace Acheteur to order boarding-house supplies; the sign-up confirmation never came.",
    uai=u, client="apple", name="Stéphanie Guérin", email="stephanie.guerin@ac-nantes.fr",
    subject="Inscription Espace Acheteur - confirmation non reçue", date="2025-02-25 13:34",
    text="""Bonjour,

Je suis CPE au lycée Livet de Nantes et je m'occupe de l'internat. Le gestionnaire m'a demandé de m'inscrire sur l'Espace Acheteur pour préparer une commande de linge et de petit mobilier pour les chambres.

Je me suis inscrite jeudi dernier mais je n'ai jamais reçu le mail de confirmation d'inscription. Il n'est pas dans les indésirables.

UAI du lycée : %s

Merci,
Stéphanie Guérin
CPE - internat
""" % u)

add("missing_noreply_mail", True, "espace_acheteur", False,
    "Thunderbird, no UAI: after the account was validated, the mail with the link to set the password never came. Region from the ac-normandie.fr sender.",
    uai=None, client="thunderbird", name="Olivier Marie", email="olivier.marie@ac-normandie.fr",
    subject="lien pour définir le mot de passe", date="2024-10-24 09:58",
    text="""Bonjour,

Mon compte a été validé hier sur l'Espace Acheteur (message de l'administrateur reçu), mais le mail avec le lien pour définir mon mot de passe n'est jamais arrivé.

Pouvez-vous le renvoyer ?

Cordialement,
--
Olivier Marie
Gestionnaire - collège Jacques Prévert, Évreux
""")


# ============================ mailinblack_spam ============================
u = U("9710356")
add("mailinblack_spam", True, "espace_acheteur", False,
    "Guadeloupe: the collectivité deployed MailInBlack in the lycées; the IT contact asks which senders to allow-list for the Espace Acheteur.",
    uai=u, client="outlook", name="LOUISY Harry", email="harry.louisy@ac-guadeloupe.fr",
    subject="MailInBlack - adresses à autoriser", date="2024-09-30 08:22",
    text="""Bonjour,

La Région a déployé MailInBlack sur les messageries des lycées de Guadeloupe depuis septembre. Depuis, nos gestionnaires ne reçoivent plus les mails de l'Espace Acheteur (activation, mots de passe) : ils restent en attente dans MailInBlack.

Pouvez-vous me communiquer la liste des adresses ou des domaines à ajouter en liste blanche ?

Lycée Baimbridge, Les Abymes - %s

Cordialement,
Harry Louisy
Référent numérique
""" % u)

add("mailinblack_spam", True, "espace_acheteur", False,
    "Second-language writer (simple sentences, English words): MailInBlack blocks the activation mails of the Espace Acheteur. School domain, no UAI.",
    uai=None, client="o365", name="Mehmet Yilmaz", email="m.yilmaz@ensemble-scolaire-lasalle.fr",
    subject="mailinblack block your emails", date="2024-11-14 10:31",
    text="""Bonjour,

Our school have Mailinblack. Mailinblack block your emails, the email for activation of the Espace Acheteur. I see it in the Mailinblack list, "en attente".
What we do ? Il faut autoriser quelle adresse exactement ?

Merci beaucoup,
Mehmet Yilmaz
Comptabilité
""")

u = U("0622481")
add("mailinblack_spam", False, "espace_acheteur", True,
    "Describes the sender-authentication challenge (a page asking our sender to prove it is human before delivery) without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person checks before sending the guide.",
    uai=u, client="thunderbird", name="Sylvie Caron", email="sylvie.caron@ac-lille.fr",
    subject="vos mails n'arrivent pas", date="2025-01-07 14:03",
    text="""Bonjour,

Depuis les vacances, nos messages entrants passent par un nouveau filtre installé par le Département. Quand un expéditeur inconnu nous écrit, il reçoit un message lui demandant de cliquer sur un lien et de recopier des caractères pour prouver qu'il n'est pas un robot ; tant qu'il ne l'a pas fait, nous ne recevons rien.

Je pense que c'est ce qui arrive à vos mails d'activation de l'Espace Acheteur, puisqu'une adresse no-reply ne peut évidemment pas répondre. Que peut-on faire ?

Collège Jean Jaurès, Lens - %s

--
Sylvie Caron
Secrétaire de gestion
""" % u)

u = U("0240971")
add("mailinblack_spam", True, "espace_acheteur", False,
    "Agent comptable, formal: the MailInBlack solution deployed by the Région holds the Espace Acheteur messages in quarantine for all four establishments of the groupement. Only the siège's UAI is given.",
    uai=u, client="outlook", name="FAURE-LACAZE Dominique", email="dominique.faure-lacaze@ac-bordeaux.fr",
    subject="Messages de l'Espace Acheteur retenus en quarantaine", date="2024-10-08 11:11",
    text="""Madame, Monsieur,

Agent comptable du groupement comptable du lycée Bertran de Born à Périgueux (UAI %s), j'ai en charge quatre établissements.

Depuis le déploiement par la Région de la solution MailInBlack sur les messageries administratives, les messages émis par l'Espace Acheteur (activation de comptes, réinitialisation de mots de passe, notifications de commande) sont placés en quarantaine et ne parviennent ni à l'agence comptable ni aux services de gestion des établissements rattachés.

Je vous serais obligé de bien vouloir me communiquer la procédure permettant d'autoriser durablement vos adresses d'expédition.

Veuillez agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Dominique Faure-Lacaze
Agent comptable
""" % u)

add("mailinblack_spam", True, None, False,
    "A CPE reports that the school's Mailinblack puts the desk's messages in quarantine; no product or platform named beyond 'vos messages'. Region from ac-toulouse.fr.",
    uai=None, client="zimbra", name="Julien Cassagne", email="julien.cassagne@ac-toulouse.fr",
    subject="Vos messages en quarantaine", date="2025-02-11 12:06",
    text="""Bonjour,

Je suis CPE au collège de Villemur-sur-Tarn. Je viens de découvrir dans la quarantaine Mailinblack du collège plusieurs messages de votre part, dont un qui date de trois semaines.

Comment faire pour que vos messages arrivent directement ? Je ne suis pas administrateur de Mailinblack, il faudra peut-être que je transmette à quelqu'un.

Merci
Julien Cassagne
CPE
""")

u = U("0741593")
add("mailinblack_spam", False, "espace_acheteur", True,
    "Reply (Apple quote) to our MailInBlack answer: the IT department added the addresses as the guide says, yet the mails are still held. The guide was already sent: a person must take over.",
    uai=u, client="apple", name="Aurélie Bochaton", email="aurelie.bochaton@ac-grenoble.fr",
    subject="Re: [#SUP-006531] Mails bloqués", date="2024-10-31 09:47",
    reply=dict(ticket="SUP-006531", when="2024-10-24 14:05", tmpl="mib", subj="Mails bloqués"),
    text="""Bonjour,

Notre informaticien a suivi votre guide la semaine dernière et ajouté vos adresses à la liste blanche de MailInBlack. Ce matin encore, le mail de validation de commande de l'Espace Acheteur est resté bloqué en attente.

Il faudrait que quelqu'un regarde avec lui, son numéro est le 04 50 71 26 38.

Collège Les Aravis, Thônes - %s

Aurélie Bochaton
""" % u)

u = U("0941388")
add("mailinblack_spam", True, "espace_acheteur", True,
    "Reply (Thunderbird quote) to our junk-folder answer: nothing in junk, but all our mails are in the Mailinblack quarantine. A different template (the MailInBlack guide) is now the right answer.",
    uai=u, client="thunderbird", name="Farid Haddad", email="farid.haddad@ac-creteil.fr",
    subject="Re: [#SUP-007012] Mail de nouveau mot de passe", date="2025-01-24 11:26",
    reply=dict(ticket="SUP-007012", when="2025-01-23 16:48", tmpl="junk", subj="Mail de nouveau mot de passe"),
    text="""Bonjour,

Rien dans les indésirables, par contre je viens de trouver tous vos messages dans la quarantaine Mailinblack que le conseil départemental a mise en place : le mail de nouveau mot de passe y est, ainsi que deux plus anciens.

Comment faire pour les débloquer définitivement ?

Merci,
Farid Haddad
Collège Jorge Semprun, Vitry-sur-Seine (%s)
""" % u)

u = U("0382519")
add("mailinblack_spam", True, "espace_acheteur", True,
    "Subject speaks of a password, but the body says the password tool works and the new-password mails are held by MailInBlack. Labelled by the body.",
    uai=u, client="o365", name="Emmanuelle Brun", email="e.brun@cite-scolaire-vercors.fr",
    subject="Problème mot de passe Espace Acheteur", date="2024-12-05 15:20",
    text="""Bonjour,

Ce n'est pas vraiment un problème de mot de passe : la demande de nouveau mot de passe fonctionne, mais le message correspondant est systématiquement retenu par MailInBlack, qui attend que l'expéditeur s'authentifie. Comme c'est une adresse no-reply, ça n'arrive jamais.

Merci de m'indiquer la marche à suivre.

Emmanuelle Brun
Gestionnaire - Cité scolaire du Vercors (%s)
""" % u)

u = U("9740214")
add("mailinblack_spam", True, "espace_acheteur", False,
    "Réunion, product in capitals (MAILINBLACK), dashed list of steps tried; asks how to allow the senders.",
    uai=u, client="outlook", name="HOAREAU Gilberte", email="gilberte.hoareau@ac-reunion.fr",
    subject="MAILINBLACK bloque l'Espace Acheteur", date="2025-03-06 08:39",
    text="""Bonjour,

Nous avons MAILINBLACK au lycée depuis janvier. Depuis, plus aucun mail de l'Espace Acheteur.
Ce que nous avons essayé :
- regarder dans les indésirables d'Outlook : rien ;
- ouvrir la console MAILINBLACK : les mails sont là, en attente ;
- cliquer sur "Autoriser" pour chaque message : le suivant est de nouveau bloqué.

Comment autoriser vos adresses une fois pour toutes ?

Lycée Bellepierre, Saint-Denis - %s

Gilberte Hoareau
Secrétariat d'intendance
""" % u)

u = U("0672584")
add("mailinblack_spam", True, "espace_acheteur", False,
    "English: the MailInBlack quarantine of the school holds the activation links of the Espace Acheteur.",
    lang="en", uai=u, client="gmail", gworkspace=True, name="Thomas Becker", email="t.becker@int-school-strasbourg.eu",
    subject="Activation links stuck in MailInBlack", date="2024-09-26 13:15",
    text="""Hello,

Our school uses MailInBlack, and the activation links of the Espace Acheteur are sitting in its quarantine ("waiting for sender authentication"). Our teachers cannot activate their accounts.

Could you send us the list of sender addresses we should whitelist? Our school code is %s.

Thanks,
Thomas Becker
IT coordinator
""" % u)

u = U("0352941")
add("mailinblack_spam", True, None, True,
    "Subject carries the whole request (mails blocked by Mailinblack, send the procedure); the body is only a signature. No platform named.",
    uai=u, client="zimbra", name="Erwan Guillou", email="erwan.guillou@ac-rennes.fr",
    subject="Vos mails bloqués par Mailinblack - merci de m'envoyer la procédure", date="2024-11-08 16:41",
    text="""--
Erwan Guillou
Gestionnaire - Lycée Bréquigny, Rennes
%s
""" % u)

u = U("9730258")
add("mailinblack_spam", True, "espace_acheteur", False,
    "Guyane, product spelled 'mail in black', no accents: the Espace Acheteur mails wait in its quarantine.",
    uai=u, client="roundcube", name="Ketty Pierre-Louis", email="ketty.pierre-louis@ac-guyane.fr",
    subject="mail in black", date="2024-12-12 10:02",
    text="""Bonjour

le college a mis mail in black et maintenant vos mails de l espace acheteur restent en attente dans la quarantaine, je dois les liberer a la main un par un
comment on fait pour que ca passe direct ?

college Eugenie Tell-Eboue, Cayenne - %s

Ketty Pierre-Louis
intendance
""" % u)

u = U("9720642")
add("mailinblack_spam", True, "espace_acheteur", False,
    "Martinique: the collectivité (CTM) installed Mailinblack; the buyer's mails are challenged and held. Asks for the allow-list procedure.",
    uai=u, client="zimbra", name="Gérald Marie-Sainte", email="gerald.marie-sainte@ac-martinique.fr",
    subject="Mailinblack et Espace Acheteur", date="2025-02-20 07:54",
    text="""Bonjour à vous,

La CTM a installé Mailinblack sur les boîtes des lycées le mois dernier. Depuis, les messages de l'Espace Acheteur ne nous parviennent plus : Mailinblack demande à l'expéditeur de s'authentifier et garde le message en attente.

Je reste dans l'attente de la procédure pour vous autoriser.

Bien à vous,
Gérald Marie-Sainte
Gestionnaire - Lycée Schœlcher, Fort-de-France
%s
""" % u)


# ========================= subscription_activation ========================
u = U("9710612")
add("subscription_activation", True, "esidoc", False,
    "Guadeloupe: Europresse ordered and validated yesterday, not yet visible in the portal: within the 72-hour window.",
    uai=u, client="outlook", name="BAPTISTE Ludivine", email="ludivine.baptiste@ac-guadeloupe.fr",
    subject="Abonnement Europresse pas encore visible", date="2024-10-09 09:16",
    text="""Bonjour,

Nous avons validé hier après-midi la commande de l'abonnement Europresse pour le lycée Charles Coeffin de Baie-Mahault (%s). Ce matin, la ressource n'apparaît toujours pas dans « Mes abonnements » ni sur le portail des élèves.

Faut-il faire quelque chose de notre côté ?

Bien cordialement,
Ludivine Baptiste
Professeure documentaliste
""" % u)

u = U("0181209")
siege = U("0180042")
add("subscription_activation", True, "esidoc", True,
    "Agent comptable writes for an attached collège: the order validated yesterday by the agence is not yet reachable there (within 72 h). The collège's UAI (%s) is the request's; the siège's is in the signature, same académie." % u,
    uai=u, client="outlook", name="LEBRUN Jean-François", email="jean-francois.lebrun@ac-orleans-tours.fr",
    subject="Collège Jean Renoir - ressource non accessible", date="2025-01-22 10:48",
    text="""Madame, Monsieur,

L'agence comptable a validé hier, 21 janvier, le bon de commande de l'abonnement Universalis du collège Jean Renoir de Bourges (UAI %s), établissement rattaché à notre groupement.

La professeure documentaliste m'informe ce matin que la ressource n'est pas encore accessible depuis le portail du collège. Je vous remercie de bien vouloir me confirmer que l'activation est en cours et de m'indiquer le délai habituel.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Jean-François Lebrun
Agent comptable
Groupement comptable du lycée Alain-Fournier (%s) - Bourges
""" % (u, siege))

u = U("9740735")
add("subscription_activation", False, "esidoc", False,
    "Réunion: ordered twelve days ago and still not active: past the 72-hour rule, a person must look at the order.",
    uai=u, client="zimbra", name="Marie-Annick Técher", email="marie-annick.techer@ac-reunion.fr",
    subject="Abonnement Cafeyn toujours inactif", date="2024-11-21 14:30",
    text="""Bonjour,

Notre abonnement Cafeyn a été commandé et validé le 9 novembre, il y a donc douze jours. Il n'est toujours pas actif : la ressource est marquée « en attente » dans « Mes abonnements ». La marmaille de seconde attendait les magazines pour un travail sur la presse...

Pouvez-vous regarder où en est la commande ?

Collège Les Deux Canons, Saint-Denis - %s

Marie-Annick Técher
Professeure documentaliste
""" % u)

u = U("0131187")
add("subscription_activation", True, "esidoc", True,
    "Subject asks 'Problème de mot de passe ?' but the body says the login works; the Europresse resource is simply not yet published for the pupils. Labelled by the body.",
    uai=u, client="gmail", gworkspace=True, name="Karine Estève", email="k.esteve@ensemble-saint-charles-marseille.fr",
    subject="Problème de mot de passe ?", date="2024-10-14 13:37",
    text="""Bonjour,

Je mets un point d'interrogation dans l'objet parce que ma collègue pensait à un problème de mot de passe, mais ce n'en est pas un : je me connecte sans difficulté au back office.

Le souci, c'est que l'abonnement Europresse commandé vendredi n'apparaît pas pour les élèves : ils ne voient pas la ressource sur le portail. Faut-il la publier quelque part, ou attendre l'activation ?

UAI %s

Merci !
Karine Estève
Documentaliste
""" % u)

u = U("0750832")
add("subscription_activation", True, "esidoc", False,
    "Second-language writer (English words, agreement mistakes): Cafeyn ordered two days ago, not in 'Mes abonnements' yet.",
    uai=u, client="gmail", name="Priya Raghunathan", email="priya.raghunathan.cdi@gmail.com",
    subject="subscription not visible", date="2025-03-12 16:22",
    text="""Bonjour,

Nous avons commandé l'abonnement Cafeyn lundi (two days ago). Il est pas visible dans "Mes abonnements", the page is empty.
C'est normal ou il y a un problème ? Je suis nouvelle à ce poste.

Lycée Jacques Decour, Paris - UAI %s

Thank you / merci
Priya
""" % u)

u = U("0941527")
add("subscription_activation", False, "esidoc", True,
    "Reply (Gmail quote) to our 72-hour answer: six days later the subscription is still not active. The template was sent and the rule is now exceeded: human review.",
    uai=u, client="gmail", name="Sébastien Morel", email="sebastien.morel.doc@gmail.com",
    subject="Re: [#SUP-007344] Votre abonnement", date="2025-02-26 12:05",
    reply=dict(ticket="SUP-007344", when="2025-02-20 10:40", tmpl="act72", subj="Votre abonnement"),
    text="""Bonjour,

Comme vous le proposez, je reviens vers vous : cela fait six jours et l'abonnement Le Monde n'est toujours pas actif. Commande n° 2025-00918.

Sébastien Morel
Collège Saint-Exupéry, Vincennes - %s
""" % u)

u = U("9760384")
add("subscription_activation", True, "esidoc", False,
    "Mayotte: the new resource is active in 'Mes abonnements' but she does not know how to publish it on the portal (publication step).",
    uai=u, client="zimbra", name="Zaharia Ahamada", email="zaharia.ahamada@ac-mayotte.fr",
    subject="Publier la ressource sur le portail", date="2024-09-17 11:25",
    text="""Bonjour,

L'abonnement à Universalis Junior apparaît bien comme actif dans « Mes abonnements » depuis hier. Par contre je ne sais pas comment le faire apparaître sur la page d'accueil du portail pour les élèves : il n'est visible nulle part.

Pouvez-vous m'expliquer comment publier la ressource ?

Merci
Zaharia Ahamada
Professeure documentaliste - Collège de Koungou
%s
""" % u)

u = U("9720739")
add("subscription_activation", True, "esidoc", True,
    "HTML-only Outlook: the proviseur writes, but only asks when the subscription ordered two days ago will be available: subscription_activation, not a head-of-establishment request.",
    uai=u, client="outlook_html", name="M. le Proviseur - Lycée Joseph Gaillard", email="proviseur.gaillard@ac-martinique.fr",
    subject="Abonnement du CDI", date="2025-01-16 08:03",
    text="""Madame, Monsieur,

Le lycée a commandé mardi un abonnement à Europresse pour le CDI. Notre professeure documentaliste me dit qu'il n'est pas encore disponible.

Pourriez-vous me dire dans quel délai les élèves pourront y accéder ?

Je vous remercie.

Le proviseur
Lycée Joseph Gaillard - Fort-de-France
UAI %s
""" % u)

u = U("0211687")
add("subscription_activation", True, "esidoc", False,
    "Numbered steps already tried (cache, log out, other browser); the subscription ordered 36 hours ago is still not active: within the 72-hour window.",
    uai=u, client="thunderbird", name="Agnès Perrot", email="agnes.perrot@ac-dijon.fr",
    subject="Abonnement non activé", date="2024-12-04 19:40",
    text="""Bonjour,

Notre abonnement à Okapi, commandé et validé avant-hier matin (soit environ 36 heures), n'est pas encore actif.

J'ai déjà :
1. vidé le cache du navigateur ;
2. fermé la session et je me suis reconnectée ;
3. essayé depuis un autre navigateur et depuis un poste élève.

Toujours rien dans « Mes abonnements ». Faut-il simplement attendre ?

--
Agnès Perrot
Professeure documentaliste - Collège Le Parc, Dijon
%s
""" % u)


# ============================= account_creation ===========================
u = U("0171562")
add("account_creation", True, "espace_acheteur", False,
    "A CPE wants an Espace Acheteur account to order vie-scolaire supplies: how to create one (the sign-up form answer fits).",
    uai=u, client="zimbra", name="Amandine Rousseau", email="amandine.rousseau@ac-poitiers.fr",
    subject="Création d'un compte Espace Acheteur", date="2024-09-05 10:44",
    text="""Bonjour,

Je suis CPE au collège Fromentin de La Rochelle. La gestionnaire m'a proposé de passer moi-même les commandes de carnets de correspondance et de fournitures pour la vie scolaire sur l'Espace Acheteur.

Comment faire pour créer un compte ?

Merci d'avance,
Amandine Rousseau
CPE
%s
""" % u)

u = U("0561724")
add("account_creation", False, "espace_acheteur", True,
    "Agent comptable asks who the structure administrator is for each of three attached establishments (named, only the siège's UAI given): needs a look-up, a person answers.",
    uai=u, client="outlook", name="LE GOFF Yannick", email="yannick.le-goff@ac-rennes.fr",
    subject="Administrateurs de structure - établissements rattachés", date="2024-10-15 14:12",
    text="""Madame, Monsieur,

L'agence comptable du lycée Dupuy de Lôme de Lorient (UAI %s) reprend au 1er novembre la gestion de trois nouveaux établissements : les collèges Anita Conti, Brizeux et Kerolay.

Afin d'organiser la validation des commandes sur l'Espace Acheteur, je souhaiterais connaître, pour chacun de ces trois collèges, l'identité de l'administrateur de structure actuellement déclaré.

Je vous remercie par avance de ces informations.

Yannick Le Goff
Agent comptable
""" % u)

u = U("9730472")
add("account_creation", True, "espace_acheteur", False,
    "Guyane: filled the sign-up form, cannot log in yet: the account waits for the structure administrator's validation (FAQ case).",
    uai=u, client="samsung", name="Wendy Tchang", email="wendy.tchang@ac-guyane.fr",
    subject="Compte en attente", date="2025-02-03 15:18",
    text="""Bonjour,
J'ai rempli le formulaire d'inscription sur l'Espace Acheteur samedi. Quand j'essaie de me connecter ça dit que mon compte est en attente de validation. C'est normal ? Qui doit valider ?
Lycée Léon-Gontran Damas, Rémire-Montjoly %s
Merci
Wendy Tchang

Envoyé depuis mon appareil Galaxy
""" % u)

u = U("0171839")
add("account_creation", False, "espace_acheteur", False,
    "Account works; the vie-scolaire assistant asks for order-validation rights to be opened: a person (or the structure administrator) decides.",
    uai=u, client="o365", name="Morgane Pineau", email="vie-scolaire@lycee-merleau-ponty-rochefort.fr",
    subject="Droits de validation des commandes", date="2025-03-20 09:51",
    text="""Bonjour,

J'ai un compte sur l'Espace Acheteur depuis l'an dernier (vie scolaire du lycée Merleau-Ponty, Rochefort, %s). Je peux préparer des paniers mais pas valider les commandes.

Est-il possible d'ouvrir ce droit sur mon compte ? Le gestionnaire est d'accord.

Cordialement,
Morgane Pineau
Assistante vie scolaire
""" % u)

u = U("0300812")
add("account_creation", True, "espace_acheteur", True,
    "Second-language writer; negation: 'je n'ai pas oublié mon mot de passe', she never had an account and wants to create one. account_creation, not password_reset.",
    uai=u, client="gmail", name="Fatoumata Diallo", email="fatoumata.diallo.gestion@gmail.com",
    subject="mot de passe ?", date="2024-11-25 11:33",
    text="""Bonjour,

Ma collègue m'a dit de vous écrire pour le mot de passe mais je n'ai pas oublié mon mot de passe : je n'ai jamais eu de compte. Je suis arrivée au collège le mois dernier, avant j'étais en Sénégal.
Je dois commander pour le collège sur l'Espace Acheteur. Comment je fais pour avoir mon compte à moi ?

Collège Feuchères, Nîmes - %s

Merci à vous
Fatoumata Diallo
""" % u)

add("account_creation", False, "esidoc", False,
    "Mayotte: a collège opened this school year; its UAI is not in the list when opening the customer account. The FAQ sends these to the sales team: human review.",
    uai=None, client="zimbra", name="Nassur Abdallah", email="nassur.abdallah@ac-mayotte.fr",
    subject="UAI introuvable pour ouvrir le compte client", date="2024-10-02 09:07",
    text="""Bonjour,

Notre collège a ouvert à la rentrée 2024 à Bandraboua. Je voudrais ouvrir le compte client pour commander le portail e-sidoc et les premiers abonnements, mais notre code établissement n'apparaît pas dans la liste : le formulaire ne trouve pas l'établissement.

Que faut-il faire ?

Nassur Abdallah
Professeur documentaliste
Collège de Bandraboua (nouveau)
""")

u = U("0371655")
add("account_creation", True, "espace_acheteur", False,
    "Thunderbird: a newly arrived gestionnaire asks how to get an Espace Acheteur account.",
    uai=u, client="thunderbird", name="Damien Charpentier", email="damien.charpentier@ac-orleans-tours.fr",
    subject="Demande de compte", date="2024-09-10 08:29",
    text="""Bonjour,

Nouvellement nommé gestionnaire au collège Michelet de Tours, je souhaiterais disposer d'un compte sur l'Espace Acheteur. Quelle est la démarche ?

Merci,
--
Damien Charpentier
Gestionnaire
Collège Michelet - Tours - %s
""" % u)

u = U("0631289")
add("account_creation", False, "espace_acheteur", True,
    "Subject 'Création de compte', but the real issue: accounts have waited three weeks because the only structure administrator is on long sick leave; the region must step in. Not the FAQ case.",
    uai=u, client="outlook", name="ROCHE Valérie", email="valerie.roche@ac-clermont.fr",
    subject="Création de compte", date="2025-01-31 13:58",
    text="""Bonjour,

Trois collègues (dont moi) se sont inscrits sur l'Espace Acheteur début janvier. Nos comptes sont toujours « en attente de validation ». Le problème est que la seule administratrice de la structure est en arrêt maladie longue durée depuis décembre et ne reviendra pas avant l'été.

Qui peut valider nos comptes dans ce cas ?

Lycée Blaise Pascal, Clermont-Ferrand - %s

Valérie Roche
Secrétariat d'intendance
""" % u)

u = U("0921473")
add("account_creation", False, "esidoc", False,
    "English: asks whether the two librarians can each have an administrator account on the portal: a person answers.",
    lang="en", uai=u, client="gmail", gworkspace=True, name="Eleanor Hartley", email="e.hartley@lycee-international-sg.fr",
    subject="Two administrator accounts?", date="2024-12-02 10:26",
    text="""Hello,

We have two teacher-librarians at our lycée this year (one for the French side, one for the international sections). At present there is only one administrator account for the e-sidoc portal.

Could each of us have our own administrator account, or do we have to share the existing one?

School: Lycée international, Saint-Germain-en-Laye (%s)

Best regards,
Eleanor Hartley
""" % u)


# ====================== head_of_establishment_request =====================
u = U("9720548")
add("head_of_establishment_request", False, "espace_acheteur", False,
    "The proviseur, from the ce.<UAI>@ac-martinique.fr address, designates a new structure administrator on the Espace Acheteur and asks to close the former one's access.",
    uai=u, client="outlook", name="Lycée Frantz Fanon - Direction", email="ce.%s@ac-martinique.fr" % u,
    subject="Désignation d'un nouvel administrateur de structure", date="2024-09-18 10:02",
    text="""Madame, Monsieur,

Je soussigné, Raphaël Dorival, proviseur du lycée Frantz Fanon de La Trinité (UAI %s), désigne Mme Laetitia Jos, gestionnaire, comme administratrice de la structure sur l'Espace Acheteur à compter de ce jour, en remplacement de M. Georges Nelson, muté en Guadeloupe.

Je vous demande de bien vouloir fermer les accès de M. Nelson.

Raphaël Dorival
Proviseur
""" % u)

u = U("9740318")
add("head_of_establishment_request", False, "esidoc", True,
    "The principal, from the ce.<UAI> address, asks in writing for a reset of the e-sidoc admin password and a new contact address: a head-of-establishment request, not password_reset.",
    uai=u, client="zimbra", name="Principal Collège Michel Debré", email="ce.%s@ac-reunion.fr" % u,
    subject="Portail e-sidoc : réinitialisation et adresse de contact", date="2024-10-29 12:44",
    text="""Bonjour,

Je suis la principale du collège Michel Debré de Saint-Paul. Notre professeur documentaliste a quitté l'établissement en août et le compte administrateur du portail e-sidoc est toujours rattaché à son adresse personnelle.

Je vous demande donc de réinitialiser le mot de passe de ce compte et de remplacer l'adresse de contact par celle du CDI : cdi.debre.saintpaul@ac-reunion.fr.

Cordialement,
Christine Boyer
Principale
Collège Michel Debré - %s
""" % u)

u = U("9710139")
add("head_of_establishment_request", False, "esidoc", False,
    "A directrice d'école (Guadeloupe) authorises in writing the order of the e-sidoc subscription prepared by the teacher in charge of the BCD.",
    uai=u, client="gmail", name="Micheline Numa", email="ecole.bellevue.lemoule@gmail.com", tz="-0400",
    subject="Autorisation de commande - école Bellevue", date="2024-11-12 13:20",
    text="""Bonjour,

En tant que directrice de l'école élémentaire Bellevue au Moule (%s), j'autorise Mme Sonia Labylle, enseignante chargée de la BCD, à valider la commande de l'abonnement e-sidoc préparée la semaine dernière.

La mairie a donné son accord pour le financement.

Cordialement,
Micheline Numa
Directrice
École élémentaire Bellevue - Le Moule
""" % u)

u = U("0511902")
add("head_of_establishment_request", False, "esidoc", False,
    "Reply (Zimbra 'Mail original' quote) to our head-of-establishment answer: the proviseur now gives the written request to change the e-sidoc administrator.",
    uai=u, client="zimbra", name="Hervé Collignon", email="herve.collignon@ac-reims.fr",
    subject="Re: [#SUP-006402] Changement d'administrateur e-sidoc", date="2024-10-21 17:15",
    reply=dict(ticket="SUP-006402", when="2024-10-18 11:02", tmpl="head", subj="Changement d'administrateur e-sidoc"),
    text="""Bonjour,

Suite à votre message, je vous confirme par écrit ma demande : merci de désigner Mme Pauline Hénon, professeure documentaliste arrivée à la rentrée, comme administratrice du portail e-sidoc du lycée Clemenceau (%s), et de lui transmettre les accès.

Hervé Collignon
Proviseur - Lycée Clemenceau, Reims
""" % u)

u = U("0251649")
add("head_of_establishment_request", False, "esidoc", True,
    "The librarian sends the principal's signed letter (PDF) with the principal in copy: the head's written request, relayed; staff check the letter and the sender.",
    uai=u, client="thunderbird", name="Florence Jacquot", email="florence.jacquot@ac-besancon.fr",
    cc="Principal Collège Lumière <ce.%s@ac-besancon.fr>" % u,
    attach=[attachment("courrier_principal_e-sidoc.pdf", "application/pdf", fake_pdf("courrier principal"))],
    subject="Courrier du principal - contact administrateur e-sidoc", date="2024-11-04 11:50",
    text="""Bonjour,

Vous trouverez ci-joint le courrier signé de M. le principal du collège Lumière de Besançon (%s), qui demande que l'adresse de contact du compte administrateur e-sidoc soit remplacée par la mienne et que le mot de passe soit réinitialisé. M. le principal est en copie de ce message.

Bien cordialement,
--
Florence Jacquot
Professeure documentaliste
""" % u)

u = U("0593247")
add("head_of_establishment_request", False, None, True,
    "Claims to be the proviseur from the ce.<UAI> address, but SPF and DMARC fail and Reply-To is a free-mail address; asks to move both administrator accounts to that address. A probable spoof, still a head-of-establishment request for the queue (staff should refuse). Mentions e-sidoc and the Espace Acheteur: no single platform.",
    uai=u, client="outlook", name="Proviseur", email="ce.%s@ac-lille.fr" % u, auth="fail", relay="vps-4412.hosting-secure-mail.net",
    extra=["Reply-To: direction.lycee.pasteur@outlook.fr"],
    subject="URGENT - changement adresse administrateur", date="2025-03-03 06:12",
    text="""Bonjour,

Je suis le proviseur du lycée Pasteur de Lille (%s). Suite à un problème sur notre messagerie académique, je vous demande de remplacer dès aujourd'hui l'adresse des comptes administrateurs e-sidoc et Espace Acheteur par direction.lycee.pasteur@outlook.fr et d'envoyer les nouveaux mots de passe à cette adresse.

Merci de traiter cette demande en urgence, je suis en déplacement et ne peux pas téléphoner.

Le proviseur
""" % u)

u = U("0922815")
add("head_of_establishment_request", False, "espace_acheteur", False,
    "English: the head of an international lycée names a new structure administrator and asks to remove the former bursar's access.",
    lang="en", uai=u, client="o365", name="Jonathan Price", email="head@lycee-international-sevres.fr",
    subject="New structure administrator", date="2025-02-10 09:33",
    text="""Dear Sir or Madam,

As head of the Lycée international de Sèvres (%s), I hereby designate Ms Camille Ortiz, our new bursar, as structure administrator on the Espace Acheteur, with effect from today.

Please close the access of her predecessor, Mr Alan Greaves, who left the school on 31 January.

Yours faithfully,
Jonathan Price
Head of School
""" % u)

u = U("0451836")
add("head_of_establishment_request", False, "esidoc", True,
    "The principal answers from his iPhone, forwarding the CPE's message to him (iPhone 'Début du message réexpédié'), and gives his written agreement for the e-sidoc reset and the new contact address. Personal academic address, not the ce. one.",
    uai=u, client="iphone", name="Philippe Renard", email="philippe.renard@ac-orleans-tours.fr",
    subject="Tr: Accès portail e-sidoc du collège", date="2024-12-13 18:26",
    text="""Bonjour,

Je confirme la demande ci-dessous de Mme Lopez : vous pouvez réinitialiser le mot de passe administrateur du portail e-sidoc et mettre son adresse comme contact.

Philippe Renard
Principal, collège Pierre de Ronsard - Orléans (%s)

Envoyé de mon iPhone

Début du message réexpédié :

> De: Inès Lopez <ines.lopez@ac-orleans-tours.fr>
> Date: 12 décembre 2024 à 16:51:07 UTC+1
> À: Philippe Renard <philippe.renard@ac-orleans-tours.fr>
> Objet: Accès portail e-sidoc du collège
>
> Monsieur le Principal,
>
> Comme convenu ce matin, pourriez-vous confirmer au support que je peux
> reprendre le compte administrateur du portail e-sidoc pendant l'absence
> de Mme Gauthier ? Ils demandent l'accord écrit du chef d'établissement.
>
> Merci,
> Inès Lopez, CPE
""" % u)

u = U("0130947")
add("head_of_establishment_request", False, "espace_acheteur", True,
    "Subject 'Facture', but the body is the proviseure's written delegation: she authorises the adjointe gestionnaire to validate orders on the Espace Acheteur. Labelled by the body.",
    uai=u, client="outlook", name="VIDAL Catherine", email="catherine.vidal@ac-aix-marseille.fr",
    subject="Facture", date="2024-09-27 15:07",
    text="""Madame, Monsieur,

Pour faire suite à notre échange téléphonique au sujet de la facture en attente, je vous adresse la délégation que vous m'avez demandée.

Je soussignée, Catherine Vidal, proviseure du lycée Marseilleveyre (UAI %s), autorise Mme Samia Benali, adjointe gestionnaire, à valider en mon nom les commandes de l'établissement sur l'Espace Acheteur à compter du 1er octobre 2024.

Catherine Vidal
Proviseure
""" % u)

u = U("0941215")
add("head_of_establishment_request", False, "esidoc", False,
    "HTML-only Outlook letter: the principal asks for a reset so that a departed librarian loses access, with the link sent to the school's official address.",
    uai=u, client="outlook_html", name="Principal Collège Albert Camus", email="ce.%s@ac-creteil.fr" % u,
    subject="Compte e-sidoc - départ de la documentaliste", date="2025-01-06 09:12",
    text="""Madame, Monsieur,

La professeure documentaliste du collège Albert Camus de Fresnes a quitté ses fonctions le 20 décembre. Je vous demande de réinitialiser le mot de passe du compte administrateur de notre portail e-sidoc afin qu'elle n'y ait plus accès, et d'envoyer le lien à l'adresse officielle de l'établissement.

Je vous prie d'agréer l'expression de mes salutations distinguées.

Le principal
Collège Albert Camus - %s
""" % u)

u = U("9760429")
add("head_of_establishment_request", False, "esidoc", False,
    "Long mail from a Mayotte principal: the librarian moved to another school after the cyclone; he asks to make the newly arrived librarian the e-sidoc administrator.",
    uai=u, client="zimbra", name="Ousseni Attoumani", email="ousseni.attoumani@ac-mayotte.fr",
    subject="Changement d'administrateur du portail e-sidoc - collège de Chirongui", date="2025-02-17 08:41",
    text="""Madame, Monsieur,

Je me permets de vous écrire au sujet du portail e-sidoc de notre établissement, le collège de Chirongui (UAI %s), dont je suis le principal.

Comme vous le savez sans doute, le cyclone de décembre a durement touché le sud de l'île. Le collège a servi de centre d'hébergement pendant plusieurs semaines et nous n'avons repris les cours que fin janvier, dans des locaux partiellement réparés. Le CDI a perdu une partie de ses collections et son mobilier.

Dans ce contexte, notre professeure documentaliste, Mme Fatima Soilihi, a obtenu une affectation provisoire dans un collège du nord de l'île, plus proche de sa famille. Elle est remplacée depuis le 10 février par M. Kamal Daoudou, qui doit pouvoir administrer le portail pour remettre en place les services aux élèves.

Je vous demande donc de bien vouloir désigner M. Daoudou (kamal.daoudou@ac-mayotte.fr) comme administrateur du portail e-sidoc, en remplacement de Mme Soilihi.

Je vous remercie de votre compréhension et de votre aide.

Ousseni Attoumani
Principal
Collège de Chirongui
""" % u)

u = U("9740913")
add("head_of_establishment_request", False, "esidoc", True,
    "Everything in the subject (head's authorisation to reset the e-sidoc password, UAI), from the ce.<UAI> address; the body is only the signature 'Le Proviseur'.",
    uai=u, client="outlook", name="Lycée Ambroise Vollard", email="ce.%s@ac-reunion.fr" % u,
    subject="Autorisation du chef d'établissement : réinitialisation mot de passe e-sidoc UAI %s" % u, date="2024-12-06 10:18",
    text="""
Le Proviseur
Lycée Ambroise Vollard - Saint-Pierre
""")

u = U("0951386")
add("head_of_establishment_request", False, "espace_acheteur", False,
    "The director of an EREA lists his requests (designate a new administrator, remove two former users' access).",
    uai=u, client="o365", name="Didier Lambert", email="direction@erea-jean-monnet.fr",
    subject="EREA Jean Monnet - administrateur Espace Acheteur", date="2024-09-13 14:55",
    text="""Bonjour,

En qualité de directeur de l'EREA Jean Monnet de Garges-lès-Gonesse (%s), je vous demande :

1. de désigner Mme Sabrina Haddou, secrétaire d'intendance, comme administratrice de la structure sur l'Espace Acheteur ;
2. de supprimer les accès de M. Roger Pichon, parti à la retraite ;
3. de supprimer également les accès de Mme Lucie Vannier, qui a quitté l'établissement en juin.

Cordialement,
Didier Lambert
Directeur de l'EREA
""" % u)


# ============================== order_billing =============================
u = U("0641573")
add("order_billing", False, "esidoc", True,
    "Agent comptable: the invoice was issued to the siège instead of the attached collège; asks for a new invoice in the collège's name on Chorus Pro (SIRET given). Only the collège's UAI is given.",
    uai=u, client="outlook", name="ETCHEVERRY Maite", email="maite.etcheverry@ac-bordeaux.fr",
    subject="Facture FA-2024-11873 - erreur d'établissement destinataire", date="2024-12-10 11:20",
    text="""Madame, Monsieur,

La facture FA-2024-11873 du 2 décembre, relative au renouvellement du portail documentaire, a été émise au nom du lycée René Cassin, siège du groupement comptable que je dirige, alors que la commande avait été passée par le collège Marracq de Bayonne (UAI %s), établissement rattaché.

Les deux établissements ayant une personnalité morale et un budget distincts, je ne puis mettre cette facture en paiement sur le budget du lycée. Je vous remercie de bien vouloir l'annuler et d'émettre une nouvelle facture au nom du collège Marracq, déposée sur Chorus Pro sous le SIRET 196 400 871 00014.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Maite Etcheverry
Agent comptable
Groupement comptable du lycée René Cassin - Bayonne
""" % u)

u = U("0291893")
add("order_billing", False, "esidoc", False,
    "Agent comptable: a payment reminder for an invoice already paid by mandat administratif (mandat number and payment date given).",
    uai=u, client="o365", name="Yves Le Bihan", email="agence.comptable@lycee-de-kerneuzec.fr",
    subject="Relance facture FA-2024-09412 - déjà réglée", date="2025-01-14 10:02",
    text="""Madame, Monsieur,

Nous avons reçu le 10 janvier une relance concernant la facture FA-2024-09412 (collège Kerichen de Brest, UAI %s).

Cette facture a été réglée par mandat administratif n° 2024-1187, pris en charge le 28 novembre 2024 et payé le 3 décembre 2024 par virement sur le compte indiqué sur la facture.

Je vous remercie de bien vouloir rapprocher ce paiement et annuler la relance.

Yves Le Bihan
Agent comptable - Lycée de Kerneuzec, Quimperlé
Groupement comptable : lycée de Kerneuzec, collèges Kerichen, Jules Ferry, Jean Moulin
""" % u)

u = U("0870734")
add("order_billing", False, "esidoc", False,
    "Agent comptable asks for formal quotes (devis) for the portal renewals of the groupement's establishments, needed for the commitment; siège UAI given.",
    uai=u, client="outlook", name="MOREAU Jacqueline", email="jacqueline.moreau@ac-limoges.fr",
    subject="Demande de devis - renouvellements 2025", date="2024-11-28 14:40",
    text="""Madame, Monsieur,

Dans la perspective de la préparation budgétaire 2025, je vous remercie de bien vouloir m'adresser des devis distincts pour le renouvellement du portail e-sidoc de chacun des établissements du groupement comptable du lycée Gay-Lussac de Limoges (UAI %s) :

- lycée Gay-Lussac ;
- collège Léonard Limosin ;
- collège Pierre Donzelot.

Ces devis sont nécessaires à l'établissement des bons d'engagement.

Jacqueline Moreau
Agent comptable
""" % u)

u = U("9710863")
add("order_billing", False, "esidoc", False,
    "Guadeloupe gestionnaire: the bon d'engagement cannot be uploaded at order validation ('fichier trop volumineux').",
    uai=u, client="outlook", name="DESIRE Patricia", email="patricia.desire@ac-guadeloupe.fr",
    subject="Validation commande - bon d'engagement refusé", date="2025-02-27 08:15",
    text="""Bonjour,

Au moment de valider la commande de renouvellement du collège Nestor de Kermadec (%s), le site refuse notre bon d'engagement : « fichier trop volumineux ». C'est un PDF scanné de 6 Mo.

Pouvez-vous valider la commande autrement, ou accepter le bon par mail ?

Cordialement,
Patricia Désiré
Gestionnaire
""" % u)

add("order_billing", False, "esidoc", False,
    "Second-language writer from a private school: can they pay the subscription by bank transfer, and where are the bank details? No UAI, non-academic sender.",
    uai=None, client="gmail", gworkspace=True, name="Joao Ferreira", email="j.ferreira@institution-notre-dame-lourdes.fr",
    subject="payment", date="2024-10-17 15:45",
    text="""Bonjour,

Nous sommes une école privée. We want to pay the subscription e-sidoc par virement, pas par chèque. C'est possible ? Où est l'IBAN, je le trouve pas sur le devis.

Obrigado, merci
Joao Ferreira
Comptabilité
""")

u = U("9740562")
add("order_billing", False, "esidoc", False,
    "Réunion: the invoice applies the mainland VAT rate (20 %) instead of the 8.5 % rate of La Réunion; asks for a corrected invoice.",
    uai=u, client="zimbra", name="Didier Fontaine", email="didier.fontaine@ac-reunion.fr",
    subject="Taux de TVA sur facture", date="2024-10-23 09:30",
    text="""Bonjour,

La facture reçue hier pour l'abonnement du lycée Jean Hinglo du Port (%s) applique une TVA à 20 %%, alors que le taux normal à La Réunion est de 8,5 %%. L'agence comptable ne pourra pas la payer en l'état.

Pourriez-vous nous adresser une facture rectifiée ?

Merci,
Didier Fontaine
Gestionnaire
""" % u)

u = U("9720289")
add("order_billing", False, "espace_acheteur", False,
    "Martinique: the saved basket disappeared from the Espace Acheteur before validation.",
    uai=u, client="thunderbird", name="Sabine Louis-Joseph", email="sabine.louis-joseph@ac-martinique.fr",
    subject="Panier disparu", date="2024-12-18 07:41",
    text="""Bonjour,

J'avais préparé un panier de fournitures le 25 novembre sur l'Espace Acheteur pour le collège Tartane (%s), en attendant la signature du chef. Aujourd'hui il n'y a plus rien dans le panier, tout a disparu.

Est-ce qu'on peut le récupérer ? Il y avait une quarantaine de lignes.

Merci
--
Sabine Louis-Joseph
""" % u)

u = U("0691328")
add("order_billing", False, None, True,
    "Subject says 'Mot de passe' (a leftover from an old thread), but the body only asks why the invoice was rejected on Chorus Pro (wrong service code). Labelled by the body; no product named.",
    uai=u, client="outlook", name="GIRAUD Pascal", email="pascal.giraud@ac-lyon.fr",
    subject="Mot de passe", date="2025-03-11 16:27",
    text="""Bonjour,

Notre service facturier m'indique que votre facture FA-2025-01377 a été rejetée sur Chorus Pro pour « code service absent ». Pourriez-vous la redéposer en indiquant le code service AGENCE-CPT ?

Lycée Ampère, Lyon - %s

Pascal Giraud
Fondé de pouvoir de l'agent comptable
""" % u)

u = U("0541268")
add("order_billing", False, "esidoc", False,
    "Agent comptable, numbered list of differences between the signed quote and the invoice (unit price, quantity, VAT).",
    uai=u, client="outlook", name="SCHMITT Hélène", email="helene.schmitt@ac-nancy-metz.fr",
    subject="Écarts entre devis D-24-0571 et facture FA-2024-12004", date="2025-01-08 13:48",
    text="""Madame, Monsieur,

Lors du contrôle de la facture FA-2024-12004 adressée au lycée Henri Poincaré de Nancy (UAI %s), j'ai relevé les écarts suivants avec le devis signé D-24-0571 :

1. le prix unitaire de l'abonnement est de 412,00 € HT sur la facture, contre 389,00 € HT sur le devis ;
2. la facture mentionne deux licences, le devis une seule ;
3. les frais de mise en service figurent sur la facture alors que le devis les indiquait offerts.

Je ne peux procéder au paiement qu'au vu d'une facture conforme au devis. Je vous remercie de bien vouloir l'annuler et la remplacer.

Hélène Schmitt
Agent comptable
""" % u)

u = U("9730147")
add("order_billing", False, "espace_acheteur", False,
    "Guyane: order validation blocked because the amount exceeds the establishment's threshold; asks how to split the order or raise the limit.",
    uai=u, client="o365", name="Jocelyn Horth", email="jocelyn.horth@lycee-melkior-garre.fr", tz="-0300",
    subject="Commande bloquée - montant", date="2025-02-13 10:35",
    text="""Bonjour,

Impossible de valider notre commande sur l'Espace Acheteur : le message dit que le montant (14 820 € TTC) dépasse le seuil autorisé pour l'établissement.

Faut-il couper la commande en deux, ou pouvez-vous relever le seuil ? Nous sommes le lycée Melkior-Garré de Cayenne, %s.

Cordialement,
Jocelyn Horth
Adjoint gestionnaire
""" % u)


# ============================ contract_documents ==========================
u = U("0330847")
add("contract_documents", False, "espace_acheteur", False,
    "Long, formal mail from an agent comptable: the acte d'engagement and CCAP of a market are not visible in 'Mes Marchés', and the paying agent needs them as supporting documents.",
    uai=u, client="outlook", name="ARNAUD Gilles", email="gilles.arnaud@ac-bordeaux.fr",
    subject="Pièces du marché 2024-031 - acte d'engagement et CCAP", date="2024-10-11 10:50",
    text="""Madame, Monsieur,

Je me permets de vous solliciter au sujet du marché 2024-031 (fournitures de papeterie), auquel adhèrent plusieurs établissements du groupement comptable du lycée Camille Jullian de Bordeaux (UAI %s).

En ma qualité d'agent comptable, je suis tenu de disposer, à l'appui du premier paiement, des pièces contractuelles du marché : l'acte d'engagement signé et le cahier des clauses administratives particulières. Or, si le marché apparaît bien dans la rubrique « Mes Marchés », seuls le bordereau de prix et la fiche de présentation sont consultables. Les deux documents cités n'apparaissent ni dans la liste ni dans l'archive téléchargeable.

J'ai vérifié avec deux collègues gestionnaires du groupement, qui constatent la même absence depuis leur propre compte. En l'absence de ces pièces, je serai contraint de suspendre les paiements afférents à ce marché.

Je vous remercie de bien vouloir rendre ces documents accessibles ou, à défaut, me les transmettre.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Gilles Arnaud
Agent comptable
""" % u)

u = U("9720374")
add("contract_documents", False, "espace_acheteur", False,
    "Martinique: the membership convention is not visible among the establishment's documents.",
    uai=u, client="zimbra", name="Nicole Bellemare", email="nicole.bellemare@ac-martinique.fr",
    subject="Convention d'adhésion introuvable", date="2024-11-06 08:57",
    text="""Bonjour,

Je cherche la convention d'adhésion du collège Rose Gauthier (%s) à la centrale d'achat : elle n'apparaît pas dans nos documents sur l'Espace Acheteur. Le chef d'établissement l'a pourtant signée en septembre.

Pouvez-vous la rendre visible ?

Bien à vous,
Nicole Bellemare
Gestionnaire
""" % u)

u = U("9740486")
add("contract_documents", False, "espace_acheteur", False,
    "Réunion: amendment no. 1 of the market is mentioned in the newsletter but missing from the market's documents.",
    uai=u, client="outlook", name="PAYET Jean-Marc", email="jean-marc.payet@ac-reunion.fr",
    subject="Avenant n°1 marché 2023-088 manquant", date="2025-02-05 12:25",
    text="""Bonjour,

L'avenant n° 1 du marché 2023-088 (mobilier scolaire) est annoncé dans votre lettre d'information de janvier, mais il n'apparaît pas dans les documents du marché sur l'Espace Acheteur. Seuls le CCAP et le BPU d'origine y figurent.

Lycée Mahatma Gandhi, Saint-André - %s

Cordialement,
Jean-Marc Payet
""" % u)

add("contract_documents", False, "espace_acheteur", False,
    "Thunderbird: the CCTP and price schedule of a market open as empty files. No UAI; region from ac-lyon.fr.",
    uai=None, client="thunderbird", name="Sandrine Michaud", email="sandrine.michaud@ac-lyon.fr",
    subject="Documents du marché illisibles", date="2024-09-20 14:08",
    text="""Bonjour,

Quand je télécharge le CCTP et le bordereau de prix du marché 2024-017 dans « Mes Marchés », j'obtiens deux fichiers vides (0 ko). J'ai essayé avec Firefox et Edge, même résultat.

Pouvez-vous vérifier les documents ?

--
Sandrine Michaud
Gestionnaire - collège Jean Moulin, Lyon
""")

u = U("0131564")
add("contract_documents", False, "espace_acheteur", False,
    "Agent comptable cannot download the consultation file (DCE) and price schedule of a market for her attached establishments.",
    uai=u, client="o365", name="Christelle Ravel", email="agence-comptable@lycee-thiers-marseille.fr",
    subject="Marché 2024-052 : DCE et BPU non téléchargeables", date="2025-03-17 09:21",
    text="""Madame, Monsieur,

Le lien de téléchargement du dossier de consultation et du bordereau des prix unitaires du marché 2024-052 renvoie une erreur (« document indisponible ») depuis le compte de l'agence comptable du lycée Thiers de Marseille (UAI %s).

Les gestionnaires des établissements rattachés ont besoin de ces pièces pour préparer leurs commandes. Je vous remercie de bien vouloir les rétablir.

Christelle Ravel
Agent comptable
""" % u)

u = U("0851379")
add("contract_documents", False, "espace_acheteur", True,
    "Subject 'Facture', but the body only asks for the signed convention, which cannot be found on the Espace Acheteur. Labelled by the body.",
    uai=u, client="apple", name="Ludovic Brunet", email="ludovic.brunet@ac-nantes.fr",
    subject="Facture", date="2024-12-19 10:42",
    text="""Bonjour,

Pour payer votre facture, notre agent comptable me demande la convention signée avec la centrale d'achat. Je ne la trouve nulle part sur l'Espace Acheteur : ni dans les documents de l'établissement, ni dans ceux du marché.

Pouvez-vous la mettre à disposition ?

Collège Molière, La Roche-sur-Yon - %s

Ludovic Brunet
""" % u)

u = U("9730536")
add("contract_documents", False, "espace_acheteur", False,
    "Guyane, short: the market is visible but its CCTP is not.",
    uai=u, client="samsung", name="Régine Tanon", email="regine.tanon@ac-guyane.fr",
    subject="CCTP marché 2024-064", date="2024-11-15 13:03",
    text="""Bonjour,
je vois le marché 2024-064 dans Mes Marchés mais pas le CCTP, il manque dans la liste des documents.
Collège Gran Man Difou, Maripasoula %s
Merci
Régine Tanon

Envoyé depuis mon appareil Galaxy
""" % u)


# ============================ transfer_incident ===========================
u = U("0561847")
add("transfer_incident", False, "ecoledirecte", False,
    "A CPE: absences entered in the school software no longer reach EcoleDirecte since Monday; parents call the vie scolaire.",
    uai=u, client="o365", name="Gaëlle Le Corre", email="cpe@college-saint-joseph-vannes.fr",
    subject="Absences non transmises sur EcoleDirecte", date="2024-11-22 12:15",
    text="""Bonjour,

Depuis lundi, les absences que nous saisissons à la vie scolaire n'apparaissent plus sur EcoleDirecte. Le dernier transfert réussi date de vendredi soir. Les parents nous appellent parce qu'ils ne voient pas les absences de leurs enfants, ou voient des absences déjà justifiées.

Collège Saint-Joseph, Vannes - %s

Merci de regarder rapidement,
Gaëlle Le Corre
CPE
""" % u)

add("transfer_incident", False, "ecoledirecte", True,
    "A vie-scolaire assistant asks for 'le mot de passe de maintenance du jour' to repair the base: transfer_incident per the taxonomy, not password_reset.",
    uai=None, client="roundcube", name="Kevin Morvan", email="vie-scolaire@ensemble-scolaire-sainte-anne.fr",
    subject="mot de passe de maintenance", date="2025-01-10 08:47",
    text="""Bonjour,

Le logiciel nous demande le mot de passe de maintenance du jour pour lancer la réparation de la base (les transferts vers EcoleDirecte ne partent plus depuis hier). Pouvez-vous me le communiquer ?

Kevin Morvan
Vie scolaire - Ensemble scolaire Sainte-Anne
""")

u = U("9740694")
add("transfer_incident", False, "ecoledirecte", True,
    "Everything in the subject (licence expired after the server change, transfers stopped); the body is only a signature.",
    uai=u, client="outlook", name="NATIVEL Cyril", email="cyril.nativel@lycee-saint-charles-974.fr", tz="+0400",
    subject="Licence expirée après changement de serveur - transferts EcoleDirecte arrêtés", date="2024-09-25 07:36",
    text="""
Cyril Nativel
Responsable informatique
Lycée privé Saint-Charles, Saint-Pierre (La Réunion) - %s
""" % u)

u = U("0131896")
add("transfer_incident", False, "ecoledirecte", False,
    "Long mail from a CPE with a list of steps already tried (restart, antivirus, manual transfer); the EcoleDirecte transfers still fail.",
    uai=u, client="outlook", name="SAADI Leïla", email="leila.saadi@ecole-provence-marseille.fr",
    subject="Transferts EcoleDirecte en échec depuis une semaine", date="2024-12-02 13:55",
    text="""Bonjour,

Je suis CPE au collège de l'École de Provence à Marseille (%s) et c'est moi qui m'occupe, faute de mieux, du lien entre notre logiciel de vie scolaire et EcoleDirecte. Je vous écris après une semaine de tentatives.

Depuis le lundi 25 novembre, les transferts automatiques de la nuit ne passent plus : les notes et les absences saisies dans la journée n'arrivent plus sur EcoleDirecte, et le journal indique « échec de connexion » à chaque tentative. Au début nous avons pensé à une coupure ponctuelle, mais cela dure.

Voici ce que nous avons déjà fait :
- redémarrer le serveur et le poste qui lance les transferts ;
- vérifier que l'antivirus ne bloque pas le programme (il est en exception depuis l'an dernier) ;
- lancer un transfert manuel depuis le poste : même message d'échec ;
- vérifier avec la société qui gère notre réseau qu'aucun port n'a été fermé (ils disent que non).

Les conseils de classe commencent le 9 décembre et les familles doivent voir les bulletins. Pourriez-vous nous aider à comprendre ce qui bloque ?

Merci,
Leïla Saadi
CPE
""" % u)

add("transfer_incident", False, "ecoledirecte", False,
    "Second-language IT technician (English words): the transfer fails with a proxy error since the new firewall. No UAI, non-academic sender.",
    uai=None, client="gmail", gworkspace=True, name="Ionut Popescu", email="it@groupe-scolaire-la-salle-metz.fr",
    subject="transfer error proxy", date="2025-02-19 10:12",
    text="""Bonjour,

Since the new firewall (installed monday), the transfer to EcoleDirecte is failing. The error is "proxy authentication required 407". Je ne trouve pas où mettre le proxy dans les paramètres de transfert.

Vous pouvez m'aider ? Which address and port must be open ?

Ionut Popescu
Technicien informatique
""")

u = U("9720856")
add("transfer_incident", False, "ecoledirecte", False,
    "Martinique, with the time difference: the nightly transfer runs in the middle of the afternoon locally and stops at 40 %; grades do not reach EcoleDirecte.",
    uai=u, client="thunderbird", name="Alain Jean-Louis", email="alain.jean-louis@lycee-perseverance.fr", tz="-0400",
    subject="Transfert interrompu à 40 %", date="2025-01-23 16:20",
    text="""Bonjour,

Avec le décalage horaire, le transfert « de nuit » vers EcoleDirecte se lance chez nous au milieu de l'après-midi. Depuis trois jours il s'arrête à 40 %% et les notes ne partent pas.

Lycée privé Persévérance, Fort-de-France - %s

Merci de nous dire quoi faire.
--
Alain Jean-Louis
Responsable vie scolaire
""" % u)

u = U("0441705")
add("transfer_incident", False, "ecoledirecte", True,
    "Subject 'Mot de passe EcoleDirecte', but the body is a transfer incident: the software says the licence has expired and transfers are stopped. Labelled by the body.",
    uai=u, client="apple", name="Frédérique Olivier", email="f.olivier@lycee-saint-felix-nantes.fr",
    subject="Mot de passe EcoleDirecte", date="2024-10-04 08:25",
    text="""Bonjour,

Ce matin, à l'ouverture du logiciel, un message indique « Licence expirée » et les transferts vers EcoleDirecte sont arrêtés depuis cette nuit. Il faudrait sans doute régénérer la licence.

Lycée Saint-Félix, Nantes - %s

Frédérique Olivier
Secrétariat de direction
""" % u)

u = U("9711384")
add("transfer_incident", False, "ecoledirecte", False,
    "Guadeloupe, HTML-only Outlook: sanctions and punishments entered by the vie scolaire are not transferred to EcoleDirecte.",
    uai=u, client="outlook_html", name="Sully Grandisson", email="vie-scolaire@college-saint-joseph-de-cluny-gpe.fr", tz="-0400",
    subject="Punitions non transférées", date="2025-03-05 10:58",
    text="""Bonjour,

Les absences passent bien vers EcoleDirecte mais pas les punitions et les sanctions que nous saisissons depuis la semaine dernière. Les parents ne les voient pas.

Collège Saint-Joseph de Cluny, Basse-Terre - %s

Cordialement,
Sully Grandisson
Responsable de la vie scolaire
""" % u)

u = U("9760647")
add("transfer_incident", False, "ecoledirecte", False,
    "Mayotte: replication must be re-initialised after the server was restored from a backup (post-cyclone repairs).",
    uai=u, client="o365", name="Hadidja Youssouf", email="secretariat@college-prive-mamoudzou.fr", tz="+0300",
    subject="Réinitialisation de la réplication", date="2025-02-24 09:44",
    text="""Bonjour,

Notre serveur a été restauré à partir d'une sauvegarde de novembre après les dégâts du cyclone. Depuis, le transfert vers EcoleDirecte refuse de démarrer et indique qu'une réinitialisation de la réplication est nécessaire.

Pouvez-vous la faire ou nous indiquer la procédure ?

Collège privé de Mamoudzou - %s

Hadidja Youssouf
Secrétariat
""" % u)


# ================================ automated ===============================
def mx_received(n, host, when):
    ap = to_paris(when + dt.timedelta(seconds=3 + n % 9))
    return ("Received: from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n"
            "\tfor <%s>; %s (%s)" % (host, host, ip(n, host), MX, hid(n, "aq", 15, ALNUM), SUPPORT,
                                      rfc_date(ap), "CEST" if ap.strftime("%z") == "+0200" else "CET"))


def auth_line(dom, dkim=True, spf="pass", dmarc="pass", helo=False):
    parts = ["dkim=pass (2048-bit key) header.d=%s" % dom if dkim else "dkim=none",
             ("spf=%s smtp.helo=%s" if helo else "spf=%s smtp.mailfrom=%s") % (spf, dom),
             "dmarc=%s (p=none dis=none) header.from=%s" % (dmarc, dom) if dmarc != "none" else "dmarc=none"]
    return "Authentication-Results: %s;\r\n\t" % MX + ";\r\n\t".join(parts)


def assemble(headers, top):
    return ("\r\n".join(headers) + "\r\n").encode("ascii") + top.render()


def raw(build):
    return build


def b_ooo_exchange(n):
    sent = parse_when("2024-12-23 09:14:02")
    mid_ours = our_mid("SUP-007020", parse_when("2024-12-23 09:13:40"))
    subj = "Réponse automatique : [#SUP-007020] Facture FA-2024-12388"
    text = """Bonjour,

Je suis absente du 23 décembre 2024 au 6 janvier 2025 inclus.

Pour toute question relative au paiement des factures des établissements du groupement comptable (lycée Jean Monnet et collèges rattachés), vous pouvez contacter M. Olivier Blanc, fondé de pouvoir, au 05 46 92 17 40.

Cordialement,
Hélène Marchal
Agent comptable
"""
    H = ["Return-Path: <>", "Delivered-To: " + SUPPORT,
         mx_received(n, "PR0P264CU004.outbound.protection.outlook.com", sent),
         auth_line("lycee-jean-monnet-saintes.fr"),
         "From: " + addr("Hélène Marchal", "agence-comptable@lycee-jean-monnet-saintes.fr", "iso-8859-1"),
         "To: Assistance <%s>" % SUPPORT,
         "Subject: " + qword(subj, "iso-8859-1"),
         "Thread-Topic: " + qword("[#SUP-007020] Facture FA-2024-12388", "iso-8859-1"),
         "Thread-Index: AQHbVRT2pk1cJ0d7Qk2bJt3A8e0yWg==",
         "Date: " + rfc_date(sent.astimezone(dt.timezone.utc)),
         "Message-ID: <PR0P264MB41287D0A18F3C2E5B6A9F0C4D1E82@PR0P264MB4128.FRAP264.PROD.OUTLOOK.COM>",
         "References: " + mid_ours, "In-Reply-To: " + mid_ours,
         "Accept-Language: fr-FR, en-US", "Content-Language: fr-FR",
         "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ",
         "MIME-Version: 1.0", "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
         "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"]
    top = multipart("alternative", [
        text_part(text, "iso-8859-1", "quoted-printable"),
        text_part(html_word(text.strip("\n"), "iso-8859-1"), "iso-8859-1", "quoted-printable", "html")],
        "_000_PR0P264MB41287D0A18F3C2E5B6A9F0C4D1E82PR0P264MB4128FRAP_")
    return assemble(H, top)


add("automated", False, None, False,
    "Exchange Online out-of-office of an agent comptable (Auto-Submitted: auto-generated, X-Auto-Response-Suppress, null Return-Path), replying to our ticket mail. Lycée domain: no region.",
    raw=b_ooo_exchange)


def b_zimbra_vacation(n):
    sent = parse_when("2025-02-14 06:02:11", "-0400")
    mid_ours = our_mid("SUP-007288", parse_when("2025-02-14 11:01:50"))
    text = """Bonjour,

Je suis en congé jusqu'au lundi 3 mars.
Pour toute question concernant les absences et retards des élèves, merci de contacter le bureau de la vie scolaire au 0590 41 62 18.

Cordialement,
Jessica Vainqueur
CPE - Collège Félix Éboué, Petit-Bourg
"""
    H = ["Return-Path: <jessica.vainqueur@ac-guadeloupe.fr>", "Delivered-To: " + SUPPORT,
         mx_received(n, "smtp2.ac-guadeloupe.fr", sent), auth_line("ac-guadeloupe.fr"),
         "Date: " + rfc_date(sent),
         "From: " + addr("Jessica Vainqueur", "jessica.vainqueur@ac-guadeloupe.fr"),
         "To: " + SUPPORT,
         "Message-ID: <1498227354.88123.%d.JavaMail.zimbra@ac-guadeloupe.fr>" % int(sent.timestamp() * 1000),
         "In-Reply-To: " + mid_ours, "References: " + mid_ours,
         "Subject: " + qword("Re: [#SUP-007288] Votre demande d'accès", "utf-8"),
         "MIME-Version: 1.0", "Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk",
         "X-Mailer: Zimbra 9.0.0_ZEXTRAS_20240927"]
    return assemble(H, text_part(text, "utf-8", "quoted-printable"))


add("automated", False, None, False,
    "Zimbra vacation reply of a Guadeloupe CPE ('Auto-Submitted: auto-replied (zimbra; vacation)'). Region from the ac-guadeloupe.fr sender.",
    raw=b_zimbra_vacation)


def b_gmail_vacation(n):
    sent = parse_when("2024-10-25 18:30:44")
    mid_ours = our_mid("SUP-006588", parse_when("2024-10-25 18:30:02"))
    text = """Hello,

Thank you for your email. I am travelling with a group of students until 4 November and will have limited access to email.
For urgent matters concerning the library, please contact the school office.

Best wishes,
Helen Ashworth
"""
    H = ["Return-Path: <helen.ashworth.lib@gmail.com>", "Delivered-To: " + SUPPORT,
         mx_received(n, "mail-ej1-f52.google.com", sent), auth_line("gmail.com"),
         "Received: by mail-ej1-f52.google.com with SMTP id a640c23a62f3a-%s\r\n\tfor <%s>; %s" % (
             hid(n, "gv", 12, "0123456789abcdef"), SUPPORT, rfc_date(sent.astimezone(mk_tz("-0700")))),
         "MIME-Version: 1.0",
         "From: Helen Ashworth <helen.ashworth.lib@gmail.com>",
         "Date: " + rfc_date(sent),
         "Message-ID: <CAH%s@mail.gmail.com>" % hid(n, "gvm", 40, ALNUM),
         "References: " + mid_ours, "In-Reply-To: " + mid_ours,
         "Subject: Out of office: [#SUP-006588] Your request", "To: " + SUPPORT,
         "Auto-Submitted: auto-replied", "Precedence: bulk"]
    top = multipart("alternative", [text_part(text, "UTF-8", "7bit"),
                                     text_part(html_gmail(text.strip("\n")), "UTF-8", "7bit", "html")],
                    "000000000000" + hid(n, "gvb", 16))
    return assemble(H, top)


add("automated", False, None, False, "English Gmail vacation responder (Auto-Submitted: auto-replied, Precedence: bulk).",
    lang="en", raw=b_gmail_vacation)


def b_postfix_bounce(n):
    sent = parse_when("2024-11-19 10:05:31")
    host = "mail.college-les-salines.fr"
    qid = "4XtN8r2Hk7z9vPq"
    bnd = "%s.%d/%s" % (qid, int(sent.timestamp()), host)
    notif = """This is the mail system at host %s.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<intendance@college-les-salines.fr>: host 127.0.0.1[127.0.0.1] said: 552 5.2.2
    <intendance@college-les-salines.fr>: Recipient address rejected: Mailbox
    full (in reply to RCPT TO command)
""" % host
    status = """Reporting-MTA: dns; %s
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: %s

Final-Recipient: rfc822; intendance@college-les-salines.fr
Original-Recipient: rfc822;intendance@college-les-salines.fr
Action: failed
Status: 5.2.2
Remote-MTA: dns; 127.0.0.1
Diagnostic-Code: smtp; 552 5.2.2 <intendance@college-les-salines.fr>: Recipient
    address rejected: Mailbox full
""" % (host, qid, rfc_date(sent - dt.timedelta(seconds=2)))
    orig_headers = """Return-Path: <support@assistance.example.fr>
From: Assistance <support@assistance.example.fr>
To: intendance@college-les-salines.fr
Subject: [#SUP-006911] Mail d'activation non recu
Date: %s
Message-ID: %s
Auto-Submitted: auto-replied
""" % (rfc_date(sent - dt.timedelta(seconds=4)), our_mid("SUP-006911", sent - dt.timedelta(seconds=4)))
    parts = [Part(["Content-Description: Notification", 'Content-Type: text/plain; charset="us-ascii"'],
                  encode_body(notif, "ascii", "7bit")),
             Part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
                  encode_body(status, "ascii", "7bit")),
             Part(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
                  encode_body(orig_headers, "ascii", "7bit"))]
    top = multipart("report", parts, bnd, preamble="This is a MIME-encapsulated message.",
                    params=" report-type=delivery-status;")
    H = ["Return-Path: <>", "Delivered-To: " + SUPPORT, mx_received(n, host, sent),
         auth_line(host, dkim=False, helo=True, dmarc="none"),
         "From: Mail Delivery System <MAILER-DAEMON@%s>" % host,
         "To: " + SUPPORT, "Subject: Undelivered Mail Returned to Sender",
         "Date: " + rfc_date(sent), "Message-ID: <20241119090531.%s@%s>" % (qid, host),
         "MIME-Version: 1.0", "Auto-Submitted: auto-replied"]
    return assemble(H, top)


add("automated", False, None, False,
    "Postfix bounce (mailbox full), multipart/report with text/rfc822-headers, null Return-Path.",
    lang="en", raw=b_postfix_bounce)


def b_exchange_ndr(n):
    sent = parse_when("2025-01-27 14:22:09")
    dom = "lyceeprofessionnel-vauban.fr"
    text = """Votre message n'a pas pu être remis à sophie.arnoult@%s.

sophie.arnoult@%s n'a pas été trouvé au niveau du domaine %s.

Informations de diagnostic pour les administrateurs :
Serveur générateur : PR1P264MB2218.FRAP264.PROD.OUTLOOK.COM
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""" % (dom, dom, dom)
    html_t = "<html><body><p>Votre message n'a pas pu être remis à <b>sophie.arnoult@%s</b>.</p>" \
             "<p>L'adresse est introuvable. Vérifiez l'orthographe de l'adresse du destinataire.</p></body></html>" % dom
    status = """Reporting-MTA: dns;PR1P264MB2218.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: %s

Final-Recipient: rfc822;sophie.arnoult@%s
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""" % (rfc_date(sent.astimezone(dt.timezone.utc)), dom)
    alt = multipart("alternative", [text_part(text, "utf-8", "quoted-printable"),
                                     text_part(html_t, "utf-8", "quoted-printable", "html")],
                    "_000_%s_" % hid(n, "ndr", 24, "0123456789ABCDEF"))
    top = multipart("report", [alt,
                               Part(["Content-Type: message/delivery-status"], encode_body(status, "ascii", "7bit")),
                               Part(["Content-Type: text/rfc822-headers"], encode_body(
                                   "From: Assistance <support@assistance.example.fr>\nTo: sophie.arnoult@%s\n"
                                   "Subject: [#SUP-007156] Commande en attente\nMessage-ID: %s\n" % (
                                       dom, our_mid("SUP-007156", sent - dt.timedelta(seconds=6))), "ascii", "7bit"))],
                    "_001_%s_" % hid(n, "ndr2", 24, "0123456789ABCDEF"), params=" report-type=delivery-status;")
    H = ["Return-Path: <>", "Delivered-To: " + SUPPORT,
         mx_received(n, "MRZP264CU001.outbound.protection.outlook.com", sent),
         auth_line(dom, dkim=False, helo=True, dmarc="none"),
         "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@%s>" % dom,
         "To: <%s>" % SUPPORT, "Date: " + rfc_date(sent.astimezone(dt.timezone.utc)),
         "Subject: " + qword("Non remis : [#SUP-007156] Commande en attente", "utf-8"),
         "Message-ID: <%s@PR1P264MB2218.FRAP264.PROD.OUTLOOK.COM>" % hid(n, "ndrm", 32, "0123456789abcdef"),
         "Content-Language: fr-FR", "X-MS-Exchange-Message-Is-Ndr: ", "MIME-Version: 1.0",
         "Auto-Submitted: auto-replied"]
    return assemble(H, top)


add("automated", False, None, False,
    "Exchange Online non-delivery report in French ('Non remis :'), recipient not found; multipart/report.",
    raw=b_exchange_ndr)


def b_read_receipt(n):
    sent = parse_when("2024-11-08 10:47:15")
    mid_ours = our_mid("SUP-006702", parse_when("2024-11-08 09:12:00"))
    text = """Votre message

À : Nathalie Giordano
Objet : [#SUP-006702] Votre demande d'abonnement
Date d'envoi : 08/11/2024 09:12

a été lu le 08/11/2024 10:47.
"""
    parts = [text_part(text, "iso-8859-1", "quoted-printable"),
             Part(["Content-Type: message/disposition-notification"], encode_body(
                 "Reporting-UA: ac-nice.fr; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;nathalie.giordano@ac-nice.fr\n"
                 "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % mid_ours,
                 "ascii", "7bit"))]
    top = multipart("report", parts, "----=_NextPart_000_0A1F_01DB31B2.4E7C8D90",
                    params=" report-type=disposition-notification;")
    H = ["Return-Path: <nathalie.giordano@ac-nice.fr>", "Delivered-To: " + SUPPORT,
         mx_received(n, "smtp1.ac-nice.fr", sent), auth_line("ac-nice.fr"),
         "From: " + addr("GIORDANO Nathalie", "nathalie.giordano@ac-nice.fr"),
         "To: " + addr("Assistance", SUPPORT),
         "Subject: " + qword("Lu : [#SUP-006702] Votre demande d'abonnement", "iso-8859-1"),
         "Date: " + rfc_date(sent),
         "Message-ID: <000a01db31b2$4e7c8d90$eb75a8b0$@ac-nice.fr>",
         "MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 16.0", "Content-Language: fr",
         "References: " + mid_ours, "In-Reply-To: " + mid_ours]
    return assemble(H, top)


add("automated", False, None, False,
    "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from the ac-nice.fr sender.",
    raw=b_read_receipt)


def b_mailing_list(n):
    sent = parse_when("2024-11-14 19:12:40", "+0400")
    text = """Bonjour à toutes et à tous,

Est-ce que d'autres collèges ont le même souci que nous cette semaine ? Les absences saisies l'après-midi n'apparaissent sur EcoleDirecte que le lendemain midi, et certaines pas du tout. Les parents appellent en masse.
Si quelqu'un a trouvé la cause ou a eu une réponse du support, je suis preneuse.

Bonne soirée,
Valérie Lebon
CPE - Collège Joseph Suacot, Petite-Île
"""
    footer = """
--
Liste de diffusion des CPE de l'académie de La Réunion
Pour se désabonner : https://listes.ac-reunion.fr/sympa/sigrequest/cpe-974
"""
    H = ["Return-Path: <cpe-974-owner@listes.ac-reunion.fr>", "Delivered-To: " + SUPPORT,
         mx_received(n, "listes.ac-reunion.fr", sent), auth_line("ac-reunion.fr"),
         "From: " + addr("Valérie Lebon", "valerie.lebon@ac-reunion.fr"),
         "To: " + addr("Liste CPE 974", "cpe-974@listes.ac-reunion.fr", quote_always=True),
         "Subject: " + qword("[cpe-974] Absences qui n'arrivent pas sur EcoleDirecte", "UTF-8"),
         "Date: " + rfc_date(sent),
         "Message-ID: <8a2f1c7e-55d0-4b8e-a3e1-%s@ac-reunion.fr>" % hid(n, "ml", 12),
         "MIME-Version: 1.0", "User-Agent: Mozilla Thunderbird",
         "Sender: cpe-974-request@listes.ac-reunion.fr",
         "List-Id: <cpe-974.listes.ac-reunion.fr>",
         "List-Post: <mailto:cpe-974@listes.ac-reunion.fr>",
         "List-Unsubscribe: <mailto:sympa@listes.ac-reunion.fr?subject=unsubscribe%20cpe-974>",
         "List-Archive: <https://listes.ac-reunion.fr/sympa/arc/cpe-974>",
         "Precedence: list", "X-Loop: cpe-974@listes.ac-reunion.fr", "X-Sympa-To: cpe-974@listes.ac-reunion.fr"]
    return assemble(H, text_part(text + footer, "UTF-8", "8bit", extra_ct="; format=flowed"))


add("automated", False, "ecoledirecte", True,
    "A CPE's real question about EcoleDirecte absences, but posted to the académie's CPE mailing list the desk is subscribed to (List-Id, Precedence: list, X-Loop): not written to us, never answered. Region from the ac-reunion.fr sender.",
    raw=b_mailing_list)


def b_newsletter(n):
    sent = parse_when("2025-01-09 07:00:05")
    text = """Espace Acheteur - La lettre de janvier 2025

* Nouveau marché : équipements numériques pour les salles de classe
* Rappel : les paniers enregistrés sont conservés 15 jours
* Webinaire « Bien préparer ses commandes de printemps » le 30 janvier

Vous recevez cette lettre car vous êtes inscrit à l'Espace Acheteur.
Se désinscrire : https://news.espace-acheteur.example.fr/u/%s
""" % hid(n, "nl", 24)
    html_t = ("<html><body><h1>Espace Acheteur - La lettre de janvier 2025</h1><ul>"
              "<li>Nouveau marché : équipements numériques pour les salles de classe</li>"
              "<li>Rappel : les paniers enregistrés sont conservés 15 jours</li>"
              "<li>Webinaire « Bien préparer ses commandes de printemps » le 30 janvier</li></ul>"
              "<p style=\"font-size:10px\">Vous recevez cette lettre car vous êtes inscrit à l'Espace Acheteur."
              " <a href=\"https://news.espace-acheteur.example.fr/u/%s\">Se désinscrire</a></p></body></html>" % hid(n, "nl", 24))
    H = ["Return-Path: <bounce-%s@news.espace-acheteur.example.fr>" % hid(n, "nlb", 10),
         "Delivered-To: " + SUPPORT, mx_received(n, "o12.news.espace-acheteur.example.fr", sent),
         auth_line("news.espace-acheteur.example.fr"),
         "From: " + addr("Espace Acheteur", "lettre@news.espace-acheteur.example.fr"),
         "To: " + SUPPORT,
         "Subject: " + qword("La lettre de l'Espace Acheteur - janvier 2025", "UTF-8"),
         "Date: " + rfc_date(sent),
         "Message-ID: <%s@news.espace-acheteur.example.fr>" % hid(n, "nlm", 30),
         "MIME-Version: 1.0",
         "List-Id: Lettre Espace Acheteur <lettre.news.espace-acheteur.example.fr>",
         "List-Unsubscribe: <https://news.espace-acheteur.example.fr/u/%s>, <mailto:unsubscribe@news.espace-acheteur.example.fr>" % hid(n, "nl", 24),
         "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
         "Precedence: bulk", "Feedback-ID: lettre:espace-acheteur:campaign-2501"]
    top = multipart("alternative", [text_part(text, "UTF-8", "quoted-printable"),
                                     text_part(html_t, "UTF-8", "quoted-printable", "html")],
                    "=_nl_%s" % hid(n, "nlbd", 20))
    return assemble(H, top)


add("automated", False, "espace_acheteur", False,
    "Espace Acheteur newsletter: List-Id, one-click List-Unsubscribe, Precedence: bulk.",
    raw=b_newsletter)


def b_noreply_report(n):
    sent = parse_when("2025-03-03 05:00:12")
    text = """Bonjour,

Ceci est un message automatique, merci de ne pas y répondre.

Comptes en attente de validation depuis plus de 7 jours pour les structures sans administrateur :
- Collège Les Mûriers (3 comptes)
- Lycée professionnel Jean Lurçat (1 compte)
- EREA Le Château (2 comptes)

Connectez-vous à l'Espace Acheteur pour les traiter.
"""
    H = ["Return-Path: <no-reply@espace-acheteur.example.fr>", "Delivered-To: " + SUPPORT,
         mx_received(n, "app3.espace-acheteur.example.fr", sent), auth_line("espace-acheteur.example.fr"),
         "From: " + addr("Espace Acheteur", "no-reply@espace-acheteur.example.fr"),
         "To: " + SUPPORT,
         "Subject: " + qword("[Espace Acheteur] Rapport hebdomadaire : comptes en attente de validation", "UTF-8"),
         "Date: " + rfc_date(sent), "Message-ID: <report-weekly-20250303@espace-acheteur.example.fr>",
         "MIME-Version: 1.0", "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]
    return assemble(H, text_part(text, "UTF-8", "quoted-printable"))


add("automated", False, "espace_acheteur", False,
    "Weekly no-reply report from the Espace Acheteur to the desk: accounts awaiting validation. Auto-Submitted: auto-generated.",
    raw=b_noreply_report)


def b_ticket_portal(n):
    sent = parse_when("2024-12-16 16:41:30")
    text = """Bonjour,

Le ticket n° 48213 « Lenteurs de l'export des factures » a été mis à jour par Support éditeur.

Nouveau statut : Résolu
Commentaire : correctif déployé en production le 16/12.

Pour consulter le ticket : https://tickets.example.fr/t/48213

Ce message a été envoyé automatiquement, merci de ne pas y répondre.
"""
    H = ["Return-Path: <notifications@tickets.example.fr>", "Delivered-To: " + SUPPORT,
         mx_received(n, "mail.tickets.example.fr", sent), auth_line("tickets.example.fr"),
         "From: " + addr("Portail de tickets", "notifications@tickets.example.fr"),
         "To: " + SUPPORT,
         "Subject: " + qword("[Ticket #48213] Statut modifié : Résolu", "UTF-8"),
         "Date: " + rfc_date(sent), "Message-ID: <ticket-48213-upd-9@tickets.example.fr>",
         "MIME-Version: 1.0", "Auto-Submitted: auto-generated", "Precedence: bulk"]
    return assemble(H, text_part(text, "UTF-8", "quoted-printable"))


add("automated", False, "ticket_portal", False,
    "Ticket-portal notification: a ticket the desk opened with a supplier was resolved. Auto-Submitted: auto-generated.",
    raw=b_ticket_portal)


def b_esign(n):
    sent = parse_when("2025-02-07 11:26:03")
    text = """Bonjour,

Le document « Convention d'adhésion 2025 - Collège Victor Hugo » a été signé par tous les signataires.

Vous pouvez télécharger le document signé et son certificat de preuve depuis votre espace.

Cet e-mail a été envoyé par le service de signature électronique. Pour toute question, contactez l'expéditeur du document.
"""
    H = ["Return-Path: <bounces+2284713@mail.esignature.example.com>", "Delivered-To: " + SUPPORT,
         mx_received(n, "o7.mail.esignature.example.com", sent), auth_line("esignature.example.com"),
         "From: " + addr("Signature électronique", "noreply@esignature.example.com"),
         "To: " + SUPPORT,
         "Subject: " + qword("Document signé : Convention d'adhésion 2025 - Collège Victor Hugo", "UTF-8"),
         "Date: " + rfc_date(sent), "Message-ID: <%s@esignature.example.com>" % hid(n, "es", 32),
         "MIME-Version: 1.0"]
    top = multipart("alternative", [text_part(text, "UTF-8", "quoted-printable"),
                                     text_part(html_simple(text.strip("\n")), "UTF-8", "quoted-printable", "html")],
                    "es_%s" % hid(n, "esb", 24))
    return assemble(H, top)


add("automated", False, "esignature", True,
    "E-signature 'signed by all parties' notification for a convention, without Auto-Submitted or Precedence: only the no-reply sender and the wording show it is automatic.",
    raw=b_esign)


def b_dmarc(n):
    sent = parse_when("2024-10-13 02:14:51")
    xml = """<?xml version="1.0"?>
<feedback>
  <report_metadata><org_name>Enterprise Outlook</org_name><email>dmarcreport@microsoft.com</email>
  <report_id>b1d2c3e4f5a6978812345678</report_id><date_range><begin>1728691200</begin><end>1728777600</end></date_range></report_metadata>
  <policy_published><domain>assistance.example.fr</domain><adkim>r</adkim><aspf>r</aspf><p>none</p><sp>none</sp><pct>100</pct></policy_published>
  <record><row><source_ip>192.0.2.25</source_ip><count>41</count><policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated></row>
  <identifiers><header_from>assistance.example.fr</header_from></identifiers></record>
</feedback>
"""
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as g:
        g.write(xml.encode())
    fname = "enterprise.protection.outlook.com!assistance.example.fr!1728691200!1728777600.xml.gz"
    body = multipart("mixed", [
        text_part("This is a DMARC aggregate report for assistance.example.fr.\n", "us-ascii", "7bit"),
        Part(['Content-Type: application/gzip; name="%s"' % fname,
              'Content-Disposition: attachment; filename="%s"' % fname,
              "Content-Transfer-Encoding: base64"], base64.encodebytes(buf.getvalue()).replace(b"\n", b"\r\n"))],
        "_mpm_%s" % hid(n, "dm", 24))
    H = ["Return-Path: <dmarcreport@microsoft.com>", "Delivered-To: " + SUPPORT,
         mx_received(n, "mail-eopbgr810093.outbound.protection.outlook.com", sent), auth_line("microsoft.com"),
         "From: DMARC Aggregate Report <dmarcreport@microsoft.com>",
         "To: " + SUPPORT,
         "Subject: Report Domain: assistance.example.fr Submitter: enterprise.protection.outlook.com Report-ID: b1d2c3e4f5a6978812345678",
         "Date: " + rfc_date(sent.astimezone(dt.timezone.utc)),
         "Message-ID: <%s@microsoft.com>" % hid(n, "dmm", 32), "MIME-Version: 1.0"]
    return assemble(H, body)


add("automated", False, None, False, "DMARC aggregate report (gzip attachment) sent to the desk's address.",
    lang="en", raw=b_dmarc)


def b_ooo_noheaders(n):
    sent = parse_when("2025-03-07 08:03:27", "-0300")
    text = """Bonjour,

Je suis en formation à Cayenne jusqu'au vendredi 14 mars et je ne consulte pas ma messagerie.
Pour les absences, les retards et les billets d'entrée, merci de vous adresser au bureau de la vie scolaire (0594 34 18 52).
Pour toute urgence, contactez le secrétariat de direction.

Cordialement,
Patrick Lony
CPE - Collège Paul Jean-Louis, Saint-Laurent-du-Maroni
"""
    H = ["Return-Path: <patrick.lony@ac-guyane.fr>", "Delivered-To: " + SUPPORT,
         mx_received(n, "smtp3.ac-guyane.fr", sent), auth_line("ac-guyane.fr"),
         "From: " + addr("LONY Patrick", "patrick.lony@ac-guyane.fr"),
         "To: " + SUPPORT,
         "Subject: " + qword("Absent jusqu'au 14 mars", "iso-8859-1"),
         "Date: " + rfc_date(sent),
         "Message-ID: <001c01db8f44$2a0b6e10$7e224a30$@ac-guyane.fr>",
         "MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 16.0", "Content-Language: fr"]
    return assemble(H, text_part(text, "iso-8859-1", "quoted-printable"))


add("automated", False, None, True,
    "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic. Region from the ac-guyane.fr sender.",
    raw=b_ooo_noheaders)


def b_mib_challenge(n):
    sent = parse_when("2024-10-17 11:02:48")
    text = """Bonjour,

Vous avez envoyé un message à gestion@college-pierre-mendes-france.fr.
Ce destinataire est protégé par Mailinblack : votre message est en attente et ne lui sera délivré qu'après votre authentification.

Pour vous authentifier, cliquez sur le lien ci-dessous et recopiez les caractères affichés :
https://protect.mailinblack.com/auth/%s

Cette opération ne vous sera demandée qu'une seule fois.

--
Message automatique envoyé par Mailinblack pour le compte de gestion@college-pierre-mendes-france.fr
""" % hid(n, "mib", 32)
    H = ["Return-Path: <>", "Delivered-To: " + SUPPORT,
         mx_received(n, "mta-out4.mailinblack.com", sent), auth_line("mailinblack.com"),
         "From: " + addr("Mailinblack pour gestion@college-pierre-mendes-france.fr", "noreply@mailinblack.com", quote_always=True),
         "To: " + SUPPORT,
         "Subject: " + qword("Votre message est en attente d'authentification", "UTF-8"),
         "Date: " + rfc_date(sent), "Message-ID: <%s@mailinblack.com>" % hid(n, "mibm", 28),
         "In-Reply-To: " + our_mid("SUP-006560", sent - dt.timedelta(seconds=20)),
         "MIME-Version: 1.0", "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
         "Precedence: junk"]
    return assemble(H, text_part(text, "UTF-8", "quoted-printable"))


add("automated", False, None, True,
    "The MailInBlack sender-authentication challenge itself, sent to the desk when it wrote to a protected school: machine mail (Auto-Submitted, null Return-Path), not a user's mailinblack_spam question.",
    raw=b_mib_challenge)


def b_helpdesk_ack(n):
    sent = parse_when("2024-10-02 06:15:20", "-0400")
    text = """Bonjour,

Votre demande a bien été enregistrée par la plateforme d'assistance de la DSI du rectorat de la Martinique sous la référence INC-2024-018842.

Un technicien la prendra en charge dans les meilleurs délais. Merci de ne pas répondre à ce message.

Plateforme d'assistance - DSI
Rectorat de la Martinique
"""
    H = ["Return-Path: <>", "Delivered-To: " + SUPPORT,
         mx_received(n, "smtp1.ac-martinique.fr", sent), auth_line("ac-martinique.fr"),
         "From: " + addr("Assistance DSI", "assistance@ac-martinique.fr"),
         "To: " + SUPPORT,
         "Subject: " + qword("[INC-2024-018842] Accusé de réception de votre demande", "UTF-8"),
         "Date: " + rfc_date(sent), "Message-ID: <INC-2024-018842.ack@ac-martinique.fr>",
         "In-Reply-To: " + our_mid("SUP-006240", sent - dt.timedelta(seconds=50)),
         "MIME-Version: 1.0", "Auto-Submitted: auto-replied", "X-Loop: assistance@ac-martinique.fr",
         "X-Auto-Response-Suppress: All"]
    return assemble(H, text_part(text, "UTF-8", "quoted-printable"))


add("automated", False, None, False,
    "Another help desk (the Martinique rectorat's DSI) acknowledges a message the desk sent it (Auto-Submitted, X-Loop): answering would start a loop. Region from the ac-martinique.fr sender.",
    raw=b_helpdesk_ack)


def b_ooo_ce_mayotte(n):
    u = U("9760791")
    sent = parse_when("2024-12-19 12:31:05", "+0300")
    text = """Bonjour,

Suite au passage du cyclone Chido, le collège est fermé jusqu'à nouvel ordre et le secrétariat ne peut pas consulter cette boîte.
Pour toute urgence, merci de contacter la circonscription ou le rectorat.

Le secrétariat de direction
"""
    H = ["Return-Path: <ce.%s@ac-mayotte.fr>" % u, "Delivered-To: " + SUPPORT,
         mx_received(n, "smtp1.ac-mayotte.fr", sent), auth_line("ac-mayotte.fr"),
         "Date: " + rfc_date(sent),
         "From: " + addr("Collège de Dembéni", "ce.%s@ac-mayotte.fr" % u),
         "To: " + SUPPORT,
         "Message-ID: <209311874.4410.%d.JavaMail.zimbra@ac-mayotte.fr>" % int(sent.timestamp() * 1000),
         "In-Reply-To: " + our_mid("SUP-006990", sent - dt.timedelta(seconds=30)),
         "Subject: " + qword("Re: [#SUP-006990] Mot de passe e-sidoc", "utf-8"),
         "MIME-Version: 1.0", "Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk"]
    return assemble(H, text_part(text, "utf-8", "quoted-printable"))


add("automated", False, None, False,
    "Vacation reply from a Mayotte collège's ce.<UAI> mailbox (school closed after the cyclone), Auto-Submitted present. UAI from the address; the subject mentions e-sidoc but the mail is not about it.",
    uai=U("9760791"), raw=b_ooo_ce_mayotte)


def b_chorus(n):
    sent = parse_when("2025-01-17 03:12:44")
    text = """Bonjour,

La facture n° FA-2024-12004 déposée le 20/12/2024 à destination de : LYCEE HENRI POINCARE
a changé de statut.

Nouveau statut : MISE EN PAIEMENT

Ce courriel est généré automatiquement, merci de ne pas y répondre.
L'équipe Chorus Pro
"""
    H = ["Return-Path: <ne-pas-repondre@chorus-pro.gouv.fr>", "Delivered-To: " + SUPPORT,
         mx_received(n, "smtp-out.chorus-pro.gouv.fr", sent), auth_line("chorus-pro.gouv.fr"),
         "From: " + addr("Chorus Pro", "ne-pas-repondre@chorus-pro.gouv.fr"),
         "To: " + SUPPORT,
         "Subject: " + qword("Chorus Pro - Changement de statut de la facture FA-2024-12004", "UTF-8"),
         "Date: " + rfc_date(sent), "Message-ID: <%s@chorus-pro.gouv.fr>" % hid(n, "ch", 30),
         "MIME-Version: 1.0", "Auto-Submitted: auto-generated"]
    return assemble(H, text_part(text, "UTF-8", "quoted-printable"))


add("automated", False, None, False,
    "Chorus Pro no-reply notification (invoice status changed), Auto-Submitted: auto-generated. Mentions an invoice but is not order_billing.",
    raw=b_chorus)


def b_delay(n):
    sent = parse_when("2024-12-20 14:40:18")
    host = "out2.assistance.example.fr"
    qid = "4YDb7m1QxGz3kLr"
    notif = """This is the mail system at host %s.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<gestion@lycee-agricole-saint-paul.re>: connect to mx.lycee-agricole-saint-paul.re[203.0.113.61]:25:
    Connection timed out
""" % host
    status = """Reporting-MTA: dns; %s
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Fri, 20 Dec 2024 10:38:02 +0100 (CET)

Final-Recipient: rfc822; gestion@lycee-agricole-saint-paul.re
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.lycee-agricole-saint-paul.re[203.0.113.61]:25: Connection timed out
Will-Retry-Until: Wed, 25 Dec 2024 10:38:02 +0100 (CET)
""" % (host, qid)
    top = multipart("report", [
        Part(["Content-Description: Notification", 'Content-Type: text/plain; charset="us-ascii"'], encode_body(notif, "ascii", "7bit")),
        Part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], encode_body(status, "ascii", "7bit")),
        Part(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], encode_body(
            "From: Assistance <support@assistance.example.fr>\nTo: gestion@lycee-agricole-saint-paul.re\n"
            "Subject: [#SUP-007031] Votre commande\nMessage-ID: %s\n" % our_mid("SUP-007031", parse_when("2024-12-20 10:38:00")),
            "ascii", "7bit"))],
        "%s.%d/%s" % (qid, int(sent.timestamp()), host), preamble="This is a MIME-encapsulated message.",
        params=" report-type=delivery-status;")
    H = ["Return-Path: <>", "Delivered-To: " + SUPPORT,
         mx_received(n, host, sent), auth_line(host, dkim=False, helo=True, dmarc="none"),
         "From: Mail Delivery System <MAILER-DAEMON@%s>" % host,
         "To: " + SUPPORT, "Subject: Delayed Mail (still being retried)",
         "Date: " + rfc_date(sent), "Message-ID: <20241220134018.%s@%s>" % (qid, host),
         "MIME-Version: 1.0", "Auto-Submitted: auto-replied"]
    return assemble(H, top)


add("automated", False, None, False,
    "Delay warning from the desk's own outgoing relay (Action: delayed): not a failure yet, still automatic.",
    lang="en", raw=b_delay)


def b_qmail(n):
    sent = parse_when("2024-09-11 16:20:37")
    host = "mx.mairie-saint-benoit.example.re"
    text = """Hi. This is the qmail-send program at %s.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ecole.lacroix@mairie-saint-benoit.example.re>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <support@assistance.example.fr>
From: Assistance <support@assistance.example.fr>
To: ecole.lacroix@mairie-saint-benoit.example.re
Subject: [#SUP-006170] Votre demande d'acces
Date: %s

Bonjour,

Pour rendre la ressource visible aux eleves, publiez-la depuis l'administration du portail.

Cordialement,
L'equipe d'assistance
""" % (host, rfc_date(sent - dt.timedelta(seconds=9)))
    H = ["Return-Path: <>", "Delivered-To: " + SUPPORT,
         mx_received(n, host, sent), auth_line(host, dkim=False, helo=True, dmarc="none"),
         "Date: " + rfc_date(sent.astimezone(dt.timezone.utc)),
         "From: MAILER-DAEMON@%s" % host,
         "To: " + SUPPORT,
         "Subject: failure notice",
         "Message-ID: <20240911142037.%s.qmail@%s>" % (hid(n, "qm", 6, "0123456789"), host)]
    return assemble(H, Part([], encode_body(text, "ascii", "7bit")))


add("automated", False, None, True,
    "qmail 'failure notice' as plain text: no MIME report, no Auto-Submitted; only the null Return-Path and the MAILER-DAEMON sender show it is automatic. The returned copy quotes our answer about publishing a resource.",
    lang="en", raw=b_qmail)


def b_trilingual_ooo(n):
    sent = parse_when("2024-12-20 15:44:02", "-0300")
    text = """Je suis absente jusqu'au 6 janvier. / I am out of the office until 6 January. / Estoy fuera de la oficina hasta el 6 de enero.

Pour les questions de vie scolaire : vie-scolaire.lpo-melkior@ac-guyane.fr
For school life matters / Para la vida escolar : vie-scolaire.lpo-melkior@ac-guyane.fr

Yolaine Bertrand-Da Silva
CPE
"""
    H = ["Return-Path: <yolaine.bertrand-da-silva@ac-guyane.fr>", "Delivered-To: " + SUPPORT,
         mx_received(n, "smtp4.ac-guyane.fr", sent), auth_line("ac-guyane.fr"),
         "From: " + addr("Yolaine Bertrand-Da Silva", "yolaine.bertrand-da-silva@ac-guyane.fr"),
         "To: " + SUPPORT,
         "Subject: " + qword("Absente / Out of office / Fuera de la oficina", "UTF-8"),
         "Date: " + rfc_date(sent),
         "Message-ID: <sieve-vacation-%s@ac-guyane.fr>" % hid(n, "sv", 16),
         "In-Reply-To: " + our_mid("SUP-007045", sent - dt.timedelta(seconds=40)),
         "MIME-Version: 1.0", "Auto-Submitted: auto-replied (vacation)"]
    return assemble(H, text_part(text, "UTF-8", "quoted-printable"))


add("automated", False, None, False,
    "Trilingual (French/English/Spanish) vacation reply of a Guyane CPE, sieve 'Auto-Submitted: auto-replied (vacation)'. Region from the ac-guyane.fr sender.",
    raw=b_trilingual_ooo)


def b_tb_mdn(n):
    sent = parse_when("2025-01-20 10:12:48", "+0400")
    mid_ours = our_mid("SUP-007140", parse_when("2025-01-20 07:05:00"))
    text = """Ceci est un accusé de réception pour le courrier envoyé à <laurence.grondin@ac-reunion.fr>.

Note : cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.
"""
    parts = [text_part(text, "UTF-8", "8bit"),
             Part(['Content-Type: message/disposition-notification; name="MDNPart2.txt"',
                   "Content-Disposition: inline", "Content-Transfer-Encoding: 7bit"],
                  encode_body("Reporting-UA: ac-reunion.fr; Mozilla Thunderbird\nFinal-Recipient: rfc822;laurence.grondin@ac-reunion.fr\n"
                              "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % mid_ours,
                              "ascii", "7bit"))]
    top = multipart("report", parts, "------------%s" % hid(n, "mdn", 24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
                    preamble="This is a multi-part message in MIME format.",
                    params=" report-type=disposition-notification;")
    H = ["Return-Path: <laurence.grondin@ac-reunion.fr>", "Delivered-To: " + SUPPORT,
         mx_received(n, "smtp2.ac-reunion.fr", sent), auth_line("ac-reunion.fr"),
         "Message-ID: <%s@ac-reunion.fr>" % hid(n, "mdnm", 32),
         "Date: " + rfc_date(sent), "MIME-Version: 1.0", "User-Agent: Mozilla Thunderbird",
         "From: " + addr("Laurence Grondin", "laurence.grondin@ac-reunion.fr"),
         "To: " + SUPPORT,
         "Subject: " + qword("Accusé de réception (affiché) - [#SUP-007140] Votre abonnement", "UTF-8"),
         "In-Reply-To: " + mid_ours, "References: " + mid_ours]
    return assemble(H, top)


add("automated", False, None, False,
    "Thunderbird return receipt in French ('Accusé de réception (affiché)'), multipart/report disposition-notification. Region from the ac-reunion.fr sender.",
    raw=b_tb_mdn)


# ================================== other =================================
add("other", False, "esidoc", True,
    "Satisfied reply (Zimbra quote) to our reset answer: the secretariat passed on the link and the password is changed. Words 'mot de passe' and 'lien' but nothing asked. Region from the ac-guadeloupe.fr sender.",
    uai=None, client="zimbra", name="Yveline Zénon", email="yveline.zenon@ac-guadeloupe.fr",
    subject="Re: [#SUP-006455] Mot de passe e-sidoc", date="2024-10-23 09:05",
    reply=dict(ticket="SUP-006455", when="2024-10-22 16:40", tmpl="reset", subj="Mot de passe e-sidoc"),
    text="""Bonjour,

C'est bon ! Le secrétariat m'a transmis le lien ce matin et j'ai pu changer le mot de passe du portail.

Merci beaucoup pour la rapidité,
Yveline Zénon
Professeure documentaliste, collège de Capesterre-Belle-Eau
""")

u = U("0211845")
add("other", False, "espace_acheteur", True,
    "Satisfied reply (Outlook quote) to our junk-folder answer: the mail was in the junk folder and the Espace Acheteur account is activated. Nothing asked.",
    uai=u, client="outlook", name="BERTHIER Monique", email="monique.berthier@ac-dijon.fr",
    subject="RE: [#SUP-006615] Mail d'activation non reçu", date="2024-11-04 10:37",
    reply=dict(ticket="SUP-006615", when="2024-11-04 09:02", tmpl="junk", subj="Mail d'activation non reçu"),
    text="""Bonjour,

C'était bien ça : le mail était dans les indésirables. J'ai pu activer mon compte sur l'Espace Acheteur.

Merci et bonne journée,
Monique Berthier
Collège Gaston Roupnel, Dijon - %s
""" % u)

add("other", False, None, True,
    "Second-language writer, satisfied reply (Gmail quote) to our MailInBlack answer: IT added our addresses, everything arrives now. Thanks only.",
    uai=None, client="gmail", gworkspace=True, name="Ngozi Okafor", email="n.okafor@ecole-bilingue-pasteur.fr",
    subject="Re: [#SUP-006780] Messages bloqués", date="2024-11-27 14:50",
    reply=dict(ticket="SUP-006780", when="2024-11-26 11:15", tmpl="mib", subj="Messages bloqués"),
    text="""Bonjour,

Thank you, our IT man has put your address in the Mailinblack white list yesterday and now all the messages arrive normally. Tout est bon.

Merci beaucoup !
Ngozi
""")

u = U("9740381")
add("other", False, "esidoc", True,
    "Satisfied reply (Gmail quote) to our 72-hour answer: the subscription appeared on the e-sidoc portal this morning. Thanks only.",
    uai=u, client="gmail", name="Nathalie Virapin", email="nathalie.virapin974@gmail.com", tz="+0400",
    subject="Re: [#SUP-006940] Votre abonnement", date="2024-12-12 07:30",
    reply=dict(ticket="SUP-006940", when="2024-12-10 14:22", tmpl="act72", subj="Votre abonnement"),
    text="""Bonjour,

L'abonnement est apparu ce matin sur le portail e-sidoc, les élèves y ont accès. Merci pour votre réponse et bonne journée depuis Saint-Pierre !

Nathalie Virapin
Collège Terrain Fleury, Le Tampon (%s)
""" % u)

add("other", False, None, False,
    "A parent writes about her son's absence (she thinks she is writing to the school's vie scolaire): wrong address, unrelated.",
    uai=None, client="iphone", name="Sandra Lemaire", email="sandra.lemaire78@icloud.com",
    subject="Absence de mon fils", date="2025-01-16 07:12",
    text="""Bonjour,

Mon fils Enzo Lemaire (4e B) sera absent aujourd'hui et demain, il a de la fièvre. Je vous ferai passer le certificat médical à son retour.

Merci de prévenir ses professeurs.
Cordialement,
Sandra Lemaire

Envoyé de mon iPhone
""")

add("other", False, None, True,
    "Phishing: 'your Chorus Pro account will be suspended, confirm your credentials' from a look-alike domain with failing SPF/DMARC. Mentions invoices and a password, but is neither order_billing nor password_reset.",
    uai=None, client="outlook_html", name="Chorus Pro - Service Facturation", email="service@chorus-pro-facturation.com",
    auth="fail", relay="mail.vps-cloud-pro.xyz",
    subject="Action requise : votre compte Chorus Pro sera suspendu sous 24 h", date="2025-02-21 03:44",
    text="""Madame, Monsieur,

Suite à une mise à jour de sécurité, votre compte Chorus Pro doit être vérifié. Sans action de votre part sous 24 heures, le traitement de vos factures en attente sera suspendu.

Confirmez votre identifiant et votre mot de passe en cliquant ici : https://chorus-pro-facturation.com/verification

Service Facturation Chorus Pro
""")

add("other", False, None, False, "English SEO spam.",
    lang="en", uai=None, client="gmail", name="Ryan Mitchell", email="ryan.seo.growth@gmail.com",
    subject="Quick question about assistance.example.fr", date="2024-09-04 15:02",
    text="""Hi there,

I was checking assistance.example.fr and noticed it is not ranking on the first page of Google for several important keywords in your niche.

We are a team of SEO experts and can get your site to the top 3 positions within 90 days, guaranteed. Shall I send you a free audit and our price list?

Best regards,
Ryan Mitchell
Growth Consultant
""")

u = U("0595218")
add("other", False, "esidoc", False,
    "Vie-scolaire assistant asks how to export the current loans of a class from e-sidoc to a spreadsheet: a how-to question with no category of its own.",
    uai=u, client="zimbra", name="Mathis Delattre", email="mathis.delattre@ac-lille.fr",
    subject="Export des prêts en cours", date="2025-03-14 11:41",
    text="""Bonjour,

Je suis assistant d'éducation et je remplace la documentaliste pour la fin de trimestre. Le CPE me demande la liste des prêts non rendus de la classe de 3e C pour relancer les familles.

Est-il possible d'exporter cette liste depuis e-sidoc vers un tableur, et si oui, où se trouve la fonction ?

Merci,
Mathis Delattre
Collège Albert Samain, Roubaix - %s
""" % u)

add("other", False, None, False,
    "Second-language writer (Spanish words), an exchange teacher asking for advice on Spanish-language novels for teenagers and a partner school: unrelated to the services.",
    uai=None, client="gmail", name="Carmen Ruiz Delgado", email="carmen.ruiz.delgado@gmail.com",
    subject="libros en español para el CDI", date="2024-10-30 20:15",
    text="""Hola, bonjour,

Je suis professeure d'espagnol en échange (programme Jules Verne) dans un lycée de Toulouse pour cette année. Je voudrais proposer au CDI des romans en espagnol pour les adolescents, niveau B1, et peut-être trouver un collège en Espagne pour un intercambio de cartas.

Vous avez des conseils ou une liste de livres ? Gracias de antemano.

Carmen Ruiz
""")

add("other", False, None, False,
    "A CPE asks for teaching resources on school harassment for a prevention week: unrelated to the services. Region from the ac-martinique.fr sender.",
    uai=None, client="zimbra", name="Félicité Bellance", email="felicite.bellance@ac-martinique.fr",
    subject="Ressources sur le harcèlement", date="2024-11-05 14:22",
    text="""Bonjour,

Nous organisons au collège une semaine de prévention du harcèlement du 18 au 22 novembre. Auriez-vous des ressources (vidéos, fiches, affiches) à nous proposer pour les classes de 6e et 5e ?

Merci d'avance,
Félicité Bellance
CPE - Collège Euzhan Cessy, Rivière-Salée
""")

add("other", False, None, True,
    "An agent comptable's question on the deadline and format for sending the compte financier of the groupement: meant for the rectorat, not for us. Formal and full of finance words, but not order_billing. Region from the ac-amiens.fr sender.",
    uai=None, client="outlook", name="DUFOUR Bernard", email="bernard.dufour@ac-amiens.fr",
    subject="Compte financier 2024 - transmission", date="2025-03-19 15:33",
    text="""Madame, Monsieur,

Je vous prie de bien vouloir m'indiquer la date limite de transmission du compte financier 2024 des établissements du groupement comptable du lycée Henri Martin de Saint-Quentin, ainsi que le format attendu pour les pièces annexes (dématérialisées ou papier).

Je vous remercie par avance.

Bernard Dufour
Agent comptable
""")

add("other", False, None, False,
    "Angry complaint about unanswered messages that never says what the problem is: no category can be told. Region from the ac-guyane.fr sender.",
    uai=None, client="samsung", name="Johan Zéphir", email="johan.zephir@ac-guyane.fr",
    subject="TROISIEME RELANCE", date="2025-01-29 18:10",
    text="""Bonjour,
c'est la troisième fois que j'écris et personne ne répond. C'est inadmissible pour un service payé par nos établissements. On attend quoi, que je prenne l'avion pour venir vous voir ?
J'attends un appel demain au plus tard.
J. Zéphir

Envoyé depuis mon appareil Galaxy
""")

add("other", False, "espace_acheteur", False,
    "Wants to register for an Espace Acheteur webinar; the registration link fails: other.",
    uai=None, client="thunderbird", name="Carole Fontanel", email="carole.fontanel@ac-montpellier.fr",
    subject="Inscription au webinaire du 30 janvier", date="2025-01-21 13:27",
    text="""Bonjour,

Je voudrais m'inscrire au webinaire « Bien préparer ses commandes de printemps » du 30 janvier annoncé dans la lettre de l'Espace Acheteur, mais le lien d'inscription renvoie une page d'erreur.

Pouvez-vous m'inscrire directement ?

--
Carole Fontanel
Gestionnaire - Collège Les Garrigues, Montpellier
""")

add("other", False, None, False,
    "GDPR request: a former CPE asks that her personal data be erased: other (human review), not account_creation.",
    uai=None, client="gmail", name="Élodie Marchand", email="elodie.marchand.perso@gmail.com",
    subject="Suppression de mes données personnelles", date="2024-09-27 21:08",
    text="""Bonjour,

J'ai été CPE dans un lycée de l'académie de Rouen jusqu'en juin, et j'ai quitté l'Éducation nationale. Conformément au RGPD, je vous demande de supprimer toutes les données personnelles me concernant que vous détenez (compte, adresse, historique des échanges) et de me confirmer cette suppression.

Cordialement,
Élodie Marchand
""")

add("other", False, None, False,
    "Cold sales pitch for vie-scolaire gate badges, written to one person (no list headers): other, not automated.",
    uai=None, client="o365", name="Grégory Lambin", email="g.lambin@badgeo-solutions.fr",
    subject="Gestion des entrées et sorties : une démo de 15 minutes ?", date="2024-10-08 09:58",
    text="""Bonjour,

Je me permets de vous contacter car de nombreux établissements de votre réseau équipent leur vie scolaire de notre solution de badges : contrôle des entrées et sorties, pointage automatique des retards, alertes aux familles par SMS.

Seriez-vous disponible la semaine prochaine pour une démonstration de 15 minutes en visio ?

Bien cordialement,
Grégory Lambin
Responsable grands comptes - Badgeo Solutions
06 48 27 91 30
""")

add("other", False, None, False,
    "'Bien reçu, merci' from a phone: nothing to do. Region from the ac-reunion.fr sender.",
    uai=None, client="iphone", name="Gilles Dijoux", email="gilles.dijoux@ac-reunion.fr",
    subject="Re: Votre demande", date="2025-02-07 17:45",
    text="""Bien reçu, merci.

Envoyé de mon iPhone
""")

u = U("0771492")
add("other", False, "espace_acheteur", True,
    "Satisfied reply (Apple quote) to our account-creation answer: the structure administrator validated the account and everything works. Thanks only.",
    uai=u, client="apple", name="Héloïse Brossard", email="heloise.brossard@ac-creteil.fr",
    subject="Re: [#SUP-007201] Création de compte", date="2025-02-14 16:09",
    reply=dict(ticket="SUP-007201", when="2025-02-12 10:30", tmpl="account", subj="Création de compte"),
    text="""Bonjour,

Tout est en ordre : notre administratrice a validé mon compte ce matin et je peux passer commande sur l'Espace Acheteur.

Merci pour vos indications,
Héloïse Brossard
Collège Les Blés d'Or, Meaux (%s)
""" % u)

add("other", False, None, False,
    "Unsolicited internship application from a Mayotte BTS student, with a CV attached. Personal Gmail: no region.",
    uai=None, client="gmail", name="Anli Saïd", email="anli.said976@gmail.com", tz="+0300",
    attach=[attachment("CV_Anli_Said.pdf", "application/pdf", fake_pdf("CV"))],
    subject="Candidature stage BTS SIO", date="2025-03-24 08:20",
    text="""Madame, Monsieur,

Étudiant en première année de BTS Services informatiques aux organisations au lycée de Dzoumogné (Mayotte), je recherche un stage de six semaines à partir du 19 mai. Le support informatique aux établissements scolaires m'intéresse beaucoup.

Vous trouverez mon CV en pièce jointe. Je reste à votre disposition pour un entretien en visio.

Respectueusement,
Anli Saïd
""")

add("other", False, None, False,
    "English: a university student asks the desk to fill in a research survey on school libraries: unrelated.",
    lang="en", uai=None, client="gmail", name="Sophie Carter", email="s.carter.research@gmail.com",
    subject="Research survey on school library platforms", date="2024-11-19 12:11",
    text="""Dear support team,

I am a master's student in information science at the University of Sheffield, writing a dissertation on digital platforms used by school libraries in France.

Would someone from your team be willing to complete a 10-minute anonymous survey about the most common requests you receive? Here is the link: https://forms.example.org/school-library-survey

Thank you very much for your time,
Sophie Carter
""")


# ================================ writing =================================
import email
import email.policy
import email.utils
import re

UAI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])")


def visible_text(msg_bytes):
    msg = email.message_from_bytes(msg_bytes, policy=email.policy.default)
    chunks = [str(msg.get("From", "")), str(msg.get("Subject", "")), str(msg.get("Cc", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                chunks.append(part.get_content())
            except Exception as exc:  # pragma: no cover
                raise SystemExit("cannot decode a part: %s" % exc)
    return msg, "\n".join(chunks)


def main():
    out_dir = HERE
    order = list(range(len(ITEMS)))
    random.Random(13).shuffle(order)
    labels = []
    problems = []
    for pos, idx in enumerate(order, start=1):
        it = ITEMS[idx]
        fname = "h%03d.eml" % pos
        m = it["mail"]
        data = m["raw"](pos) if "raw" in m else build_human(pos, m)
        msg, text = visible_text(data)
        if msg.defects:
            problems.append("%s: parse defects %r" % (fname, msg.defects))
        for part in msg.walk():
            if part.defects:
                problems.append("%s: part defects %r" % (fname, part.defects))
        lab = dict(it["label"])
        sender = email.utils.parseaddr(str(msg.get("From", "")))[1]
        uai = lab["uai"]
        if uai:
            if not uai_ok(uai):
                problems.append("%s: label UAI %s has a wrong letter" % (fname, uai))
            if uai.lower() not in text.lower():
                problems.append("%s: label UAI %s not found in the mail" % (fname, uai))
        found = {c.upper() for c in UAI_RE.findall(text)}
        valid = {c for c in found if uai_ok(c)}
        if uai is None and valid:
            problems.append("%s: valid UAI %s in a mail labelled without UAI" % (fname, valid))
        if uai and valid - {uai}:
            extra = valid - {uai}
            if any(DEPT[c[:3]] != DEPT[uai[:3]] for c in extra):
                problems.append("%s: other UAI %s from another region" % (fname, extra))
        if it["bad"]:
            if it["bad"] not in found or uai_ok(it["bad"]):
                problems.append("%s: the deliberately wrong UAI is missing or valid" % fname)
        elif found - valid and not uai:
            problems.append("%s: unexpected invalid UAI-like code %s" % (fname, found - valid))
        region = region_for(uai, sender)
        row = {"file": fname, "category": lab["category"], "auto_reply_ok": lab["auto_reply_ok"],
               "uai": uai, "region": region, "platform": lab["platform"], "hard": lab["hard"],
               "lang": lab["lang"], "notes": lab["notes"]}
        if row["auto_reply_ok"] and row["category"] not in (
                "password_reset", "missing_noreply_mail", "mailinblack_spam",
                "account_creation", "subscription_activation"):
            problems.append("%s: auto_reply_ok on a human-review category" % fname)
        labels.append(row)
        with open(os.path.join(out_dir, fname), "wb") as fh:
            fh.write(data)
    with open(os.path.join(out_dir, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for row in labels:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    if problems:
        for p in problems:
            print("PROBLEM", p, file=sys.stderr)
        sys.exit(1)
    from collections import Counter
    cats = Counter(r["category"] for r in labels)
    print("%d mails" % len(labels))
    for c, k in sorted(cats.items(), key=lambda x: -x[1]):
        print("  %-30s %d" % (c, k))
    print("auto_reply_ok true: %d" % sum(r["auto_reply_ok"] for r in labels))
    print("hard: %d" % sum(r["hard"] for r in labels))
    print("lang: %s" % dict(Counter(r["lang"] for r in labels)))


if __name__ == "__main__":
    main()
