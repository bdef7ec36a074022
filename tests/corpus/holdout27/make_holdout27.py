#!/usr/bin/env python3
"""Blind test corpus holdout27: 150 hand-written support mails with labels.

Theme: November in collèges and cités scolaires of the north-east (Grand Est,
Hauts-de-France, Bourgogne-Franche-Comté): CPEs and assistants d'éducation
writing for someone else, cité-scolaire secretaries juggling two UAIs,
librarians covering two sites, long complaints hiding a plain request, answers
to our own automatic replies, dictation-software mail, and people who cannot
tell who should have sent the mail they miss.

Standard library only. Deterministic (fixed seed). Run it from anywhere:

    python3 make_holdout27.py

It writes h001.eml ... h150.eml and labels.jsonl next to itself, then re-reads
every file with the email package and checks the labels against the mail
(UAI check letters, region rule, every UAI-looking code accounted for).
"""

import base64
import json
import os
import quopri
import random
import re
import sys
import uuid
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(202711)
CET = timezone(timedelta(hours=1))
DESK = "support@assistance.example.fr"
DESK_NAME = "Assistance"
MX = "mx1.assistance.example.fr"
CHECK = "ABCDEFGHJKLMNPRSTUVWXYZ"

# ---------------------------------------------------------------- spec bits

def uai_valid(code):
    return (len(code) == 8 and code[:7].isdigit()
            and CHECK[int(code[:7]) % 23] == code[7].upper())


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
for _r, _d in REGION_DEPTS.items():
    for _x in _d.split():
        PREFIX_REGION[_x if len(_x) == 3 else "0" + _x] = _r
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

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation", "subscription_activation",
    "order_billing", "contract_documents", "transfer_incident", "automated", "other",
}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}

# ---------------------------------------------------------------- dates

JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_AB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MOIS_AB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
           "sept.", "oct.", "nov.", "déc."]
DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def dt(s):
    """'2025-11-05 08:41' -> aware datetime (CET) with seconds from the RNG."""
    d = datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=CET)
    return d.replace(second=RNG.randint(0, 59))


def hdr_date(d):
    return format_datetime(d)


def trace_date(d):
    return "%s, %d %s %d %02d:%02d:%02d +0100 (CET)" % (
        DAYS_EN[d.weekday()], d.day, MONTHS_EN[d.month - 1], d.year, d.hour, d.minute, d.second)


# ---------------------------------------------------------------- quoting

def _gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def q_gmail(when, name, addr, text, lang="fr"):
    d = dt(when)
    if lang == "en":
        head = "On %s, %d %s %d at %02d:%02d, %s <%s> wrote:" % (
            DAYS_EN[d.weekday()], d.day, MONTHS_EN[d.month - 1], d.year, d.hour, d.minute, name, addr)
    else:
        head = "Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :" % (
            JOURS_AB[d.weekday()], d.day, MOIS_AB[d.month - 1], d.year, d.hour, d.minute, name, addr)
    return head + "\n" + _gt(text)


def q_thunderbird(when, name, text):
    d = dt(when)
    return "Le %02d/%02d/%d à %02d:%02d, %s a écrit :\n%s" % (
        d.day, d.month, d.year, d.hour, d.minute, name, _gt(text))


def q_apple(when, name, addr, text):
    d = dt(when)
    return "> Le %d %s %d à %02d:%02d, %s <%s> a écrit :\n> \n%s" % (
        d.day, MOIS_AB[d.month - 1], d.year, d.hour, d.minute, name, addr, _gt(text))


def q_outlook(when, frm, to, subject, text, old=False):
    d = dt(when)
    sent = "%s %d %s %d %02d:%02d" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1], d.year, d.hour, d.minute)
    sep = "-----Message d'origine-----" if old else "________________________________"
    return "%s\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s" % (sep, frm, sent, to, subject, text.strip("\n"))


def q_zimbra(when, frm, to, subject, text):
    d = dt(when)
    sent = "%s %d %s %d %02d:%02d:%02d" % (JOURS[d.weekday()].capitalize(), d.day,
                                           MOIS[d.month - 1].capitalize(), d.year, d.hour, d.minute, d.second)
    return "----- Mail original -----\nDe: %s\nÀ: %s\nEnvoyé: %s\nObjet: %s\n\n%s" % (
        frm, to, sent, subject, _gt(text))


def f_gmail(when, frm, to, subject, text):
    d = dt(when)
    date = "%s %d %s %d à %02d:%02d" % (JOURS_AB[d.weekday()], d.day, MOIS_AB[d.month - 1], d.year, d.hour, d.minute)
    return "---------- Forwarded message ---------\nDe : %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s" % (
        frm, date, subject, to, text.strip("\n"))


def f_thunderbird(when, frm, to, subject, text):
    d = dt(when)
    date = "%s, %d %s %d %02d:%02d:%02d +0100" % (DAYS_EN[d.weekday()], d.day, MONTHS_EN[d.month - 1],
                                                  d.year, d.hour, d.minute, d.second)
    return "-------- Message transféré --------\nSujet : \t%s\nDate : \t%s\nDe : \t%s\nPour : \t%s\n\n%s" % (
        subject, date, frm, to, text.strip("\n"))


def f_apple(when, frm, to, subject, text):
    d = dt(when)
    date = "%d %s %d à %02d:%02d:%02d UTC+1" % (d.day, MOIS[d.month - 1], d.year, d.hour, d.minute, d.second)
    return ("Début du message réexpédié :\n\nDe: %s\nObjet: %s\nDate: %s\nÀ: %s\n\n%s" % (
        frm, subject, date, to, text.strip("\n")))


def our_mid(ticket, when):
    d = dt(when)
    return "<SUP-%06d.%d.%06x@assistance.example.fr>" % (ticket, int(d.timestamp()), RNG.getrandbits(24))


DESK_FULL = "%s <%s>" % (DESK_NAME, DESK)

# Our own earlier answers, quoted in replies (these ARE templates: they are ours).
ANS_RESET = """Bonjour,

Pour réinitialiser le mot de passe du back office e-sidoc, ouvrez la page de
connexion de votre portail et cliquez sur « Mot de passe oublié ». Votre
identifiant est le code UAI de l'établissement (7 chiffres et une lettre).

Le lien part vers l'adresse administrateur que nous connaissons pour
l'établissement ou, à défaut, vers son adresse officielle (ce.UAI@ac-...).
Il est valable 12 heures.

Si personne ne peut lire ces adresses, le chef d'établissement doit nous
adresser une demande écrite.

Cordialement,
L'équipe d'assistance"""

ANS_LINK_SENT = """Bonjour,

Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
officielle de votre établissement (c***@ac-****.fr). Il est valable 12 heures.

Cordialement,
L'équipe d'assistance"""

ANS_JUNK = """Bonjour,

Les messages automatiques de la plateforme partent de l'adresse
no-reply@espace-acheteur.example.fr. Pensez à vérifier votre dossier
« Courrier indésirable » ou « Spam », à marquer le message comme légitime
et à ajouter cette adresse à vos expéditeurs approuvés.

Sans nouvelles de votre part sous 48 heures, nous reviendrons vers vous.

Cordialement,
L'équipe d'assistance"""

ANS_MIB = """Bonjour,

Votre établissement utilise la protection MailInBlack : nos messages
automatiques sont retenus tant que l'expéditeur n'est pas autorisé.
Vous trouverez ci-joint le guide pour ajouter no-reply@espace-acheteur.example.fr
à la liste des expéditeurs autorisés. Si le blocage persiste, votre demande
sera transmise à votre région, qui prendra contact avec votre service
informatique.

Cordialement,
L'équipe d'assistance"""

ANS_72H = """Bonjour,

Une ressource commandée est activée dans un délai de 72 heures après la
validation de la commande. Elle apparaît ensuite dans « Mes abonnements » ;
pensez à la publier sur votre portail pour la rendre visible des élèves.

Cordialement,
L'équipe d'assistance"""

# ---------------------------------------------------------------- MIME

FREEMAIL = {"gmail.com", "orange.fr", "laposte.net", "free.fr", "wanadoo.fr", "sfr.fr",
            "hotmail.fr", "outlook.fr", "yahoo.fr", "icloud.com", "live.fr", "gmx.fr"}


_UAI_LIKE = re.compile(r"(?<![0-9A-Za-z])\d{7}[A-Za-z](?![0-9A-Za-z])")


def _no_uai(make):
    """Random identifiers must not look like a UAI by accident."""
    while True:
        s = make()
        if not _UAI_LIKE.search(s):
            return s


def _hex(n):
    return _no_uai(lambda: "%0*x" % (n, RNG.getrandbits(4 * n)))


def _alnum(n):
    return _no_uai(lambda: "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                                   for _ in range(n)))


def _uuid():
    return _no_uai(lambda: str(uuid.UUID(int=RNG.getrandbits(128), version=4)).upper())


def enc_addr(name, addr):
    if not name:
        return "<%s>" % addr if RNG.random() < 0.3 else addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset="utf-8")


def enc_text(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", maxlinelen=76, header_name="Subject").encode()


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "qp":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "b64":
        return base64.encodebytes(raw).decode("ascii")
    return raw.decode(charset)


def leaf(ctype, text, charset="utf-8", cte="qp", extra=()):
    hs = []
    if charset:
        hs.append(("Content-Type", '%s; charset="%s"' % (ctype, charset)))
    else:
        hs.append(("Content-Type", ctype))
    if cte == "qp":
        hs.append(("Content-Transfer-Encoding", "quoted-printable"))
    elif cte == "b64":
        hs.append(("Content-Transfer-Encoding", "base64"))
    elif cte == "8bit":
        hs.append(("Content-Transfer-Encoding", "8bit"))
    elif cte == "7bit":
        hs.append(("Content-Transfer-Encoding", "7bit"))
    hs.extend(extra)
    body = encode_body(text, charset or "ascii", cte if cte in ("qp", "b64") else "raw")
    return (hs, body, charset or "ascii")


def binary_leaf(ctype, data, filename, inline=False):
    try:
        filename.encode("ascii")
        disp_name = 'filename="%s"' % filename
        ct_name = 'name="%s"' % filename
    except UnicodeEncodeError:
        from urllib.parse import quote
        disp_name = "filename*=utf-8''%s" % quote(filename)
        ct_name = 'name="%s"' % Header(filename, "utf-8").encode()
    hs = [("Content-Type", '%s; %s' % (ctype, ct_name)),
          ("Content-Disposition", '%s; %s' % ("inline" if inline else "attachment", disp_name)),
          ("Content-Transfer-Encoding", "base64")]
    return (hs, base64.encodebytes(data).decode("ascii"), "ascii")


def multipart(subtype, parts, boundary, params="", preamble=None):
    hs = [("Content-Type", 'multipart/%s;%s boundary="%s"' % (subtype, params, boundary))]
    chunks = []
    if preamble:
        chunks.append(preamble + "\n")
    for p in parts:
        chunks.append("--%s\n%s" % (boundary, render_part(p)))
    chunks.append("--%s--\n" % boundary)
    return (hs, "\n".join(chunks), None)


def render_part(p):
    hs, body, _cs = p
    head = "".join("%s: %s\n" % (k, v) for k, v in hs)
    if not body.endswith("\n"):
        body += "\n"
    return head + "\n" + body


def html_of(text, outlook=False, charset="utf-8"):
    """Very plain HTML rendering of a text body (quotes become blockquote)."""
    import html as _h
    out, quote = [], []

    def flush():
        if quote:
            inner = "<br>\n".join(_h.escape(q[1:].lstrip(" ")) for q in quote)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(line)
            continue
        flush()
        if outlook:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (_h.escape(line) or "&nbsp;"))
        else:
            out.append("<div>%s</div>" % (_h.escape(line) or "<br>"))
    flush()
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                + ('<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset)
                + '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif}</style>'
                '</head><body lang="FR" link="#0563C1"><div class="WordSection1">\n'
                + "\n".join(out) + "\n</div></body></html>")
    return '<div dir="ltr">\n' + "\n".join(out) + "\n</div>"


PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
       b"endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")

# ---------------------------------------------------------------- clients

CLIENTS = {
    "gmail": dict(mid=lambda dom: "<CA%s@mail.gmail.com>" % _alnum(40),
                  boundary=lambda: "000000000000" + _hex(16), alt=True, ua=None),
    "outlook": dict(mid=lambda dom: "<%s%s@%s>" % ("PR3P195MB", _hex(12).upper(), "PR3P195MB0871.EURP195.PROD.OUTLOOK.COM"),
                    boundary=lambda: "_000_PR3P195MB%s_" % _hex(14).upper(), alt=True, ua=None,
                    extra=[("X-MS-Has-Attach", ""), ("Content-Language", "fr-FR")]),
    "outlook_html": dict(mid=lambda dom: "<%s@%s>" % (_hex(24).upper(), "DB9P191MB1530.EURP191.PROD.OUTLOOK.COM"),
                         boundary=None, alt=False, ua=None,
                         extra=[("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "")]),
    "thunderbird": dict(mid=lambda dom: "<%s@%s>" % (_uuid().lower(), dom),
                        boundary=lambda: "------------" + _alnum(24), alt=False,
                        ua="Mozilla Thunderbird"),
    "apple": dict(mid=lambda dom: "<%s@%s>" % (_uuid(), dom),
                  boundary=lambda: "Apple-Mail=_" + _uuid(), alt=True, ua=None,
                  extra=[("X-Mailer", "Apple Mail (2.3774.600.62)")]),
    "iphone": dict(mid=lambda dom: "<%s@%s>" % (_uuid(), dom),
                   boundary=None, alt=False, ua=None, extra=[("X-Mailer", "iPhone Mail (22A3354)")]),
    "android": dict(mid=lambda dom: "<%s@email.android.com>" % _alnum(22),
                    boundary=lambda: "--_com.samsung.android.email_" + _hex(14), alt=True, ua=None),
    "zimbra": dict(mid=lambda dom: "<%d.%d.%d.JavaMail.zimbra@%s>" % (
        RNG.randint(100000000, 999999999), RNG.randint(1000000, 9999999), RNG.randint(1700000000000, 1799999999999), dom),
        boundary=lambda: "=_%s-%s" % (_hex(8), _hex(4)), alt=True, ua=None,
        extra=[("X-Mailer", "Zimbra 10.0.8_GA_0084 (ZimbraWebClient - FF133 (Linux)/10.0.8_GA_0084)")]),
    "roundcube": dict(mid=lambda dom: "<%s@%s>" % (_hex(32), dom),
                      boundary=None, alt=False, ua="Roundcube Webmail/1.6.9"),
    "plain": dict(mid=lambda dom: "<%s.%s@%s>" % (_hex(12), _hex(6), dom),
                  boundary=None, alt=False, ua=None),
}


def received(from_host, ip, by, when, proto="ESMTPS", with_id=True):
    return "from %s (%s [%s])\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s" % (
        from_host, from_host, ip, by, proto, _alnum(15), DESK, trace_date(when))


def relay_for(domain):
    if domain == "gmail.com":
        return "mail-wr1-f%d.google.com" % RNG.randint(40, 99)
    if domain.startswith("ac-"):
        return "smtp%d.%s" % (RNG.randint(1, 6), domain)
    if domain in ("orange.fr", "wanadoo.fr"):
        return "smtp%02d.smtpout.orange.fr" % RNG.randint(1, 40)
    if domain in ("outlook.fr", "hotmail.fr", "live.fr"):
        return "EUR05-DB8-obe.outbound.protection.outlook.com"
    if domain == "laposte.net":
        return "smtp-out.laposte.net"
    if domain == "free.fr":
        return "smtp%d-g21.free.fr" % RNG.randint(1, 9)
    return "mail.%s" % domain


def auth_results(domain, result):
    if result is None:
        return None
    if result == "pass":
        return ("%s;\n\tdkim=pass (2048-bit key) header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n\t"
                "dmarc=pass (p=none dis=none) header.from=%s" % (MX, domain, domain, domain))
    if result == "spf-only":
        return ("%s;\n\tdkim=none;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=none" % (MX, domain))
    if result == "fail":
        return ("%s;\n\tdkim=none;\n\tspf=fail smtp.mailfrom=%s;\n\t"
                "dmarc=fail (p=quarantine dis=none) header.from=%s" % (MX, domain, domain))
    if result == "helo":
        return ("%s;\n\tdkim=none;\n\tspf=pass smtp.helo=%s;\n\tdmarc=none" % (MX, domain))
    raise ValueError(result)


# ---------------------------------------------------------------- registry

MAILS = []


def M(**kw):
    MAILS.append(kw)


def build(m):
    """Return the raw bytes of one mail spec."""
    style = m.get("style", "plain")
    cl = CLIENTS[style]
    name, addr = m["frm"]
    domain = addr.split("@")[1].lower()
    when = dt(m["date"])
    charset = m.get("charset", "utf-8")
    cte = m.get("cte", "qp")
    body = m.get("body", "")
    if body and not body.endswith("\n"):
        body += "\n"

    # ---- the MIME tree
    if "part" in m:                      # hand-built tree (reports, notifications...)
        top = m["part"]
    else:
        if style == "outlook_html" or m.get("html_only"):
            hcs = m.get("charset", "windows-1252" if style == "outlook_html" else "utf-8")
            top = leaf("text/html", html_of(body, outlook=(style == "outlook_html"), charset=hcs),
                       charset=hcs, cte=cte)
        else:
            text = leaf("text/plain", body, charset=charset, cte=cte,
                        extra=[("Content-Disposition", "inline")] if style == "thunderbird" and m.get("attach") else ())
            if style == "thunderbird" and charset.lower() == "utf-8" and cte == "8bit":
                text[0][0] = ("Content-Type", 'text/plain; charset=UTF-8; format=flowed')
            if style == "roundcube":
                text[0][0] = ("Content-Type", 'text/plain; charset=%s; format=flowed' % charset.upper())
            if cl["alt"] and not m.get("text_only"):
                html = leaf("text/html", html_of(body, outlook=(style == "outlook"), charset=charset),
                            charset=charset, cte=cte)
                top = multipart("alternative", [text, html], cl["boundary"]())
            else:
                top = text
        if m.get("attach"):
            parts = [top]
            for fn, ctype, data in m["attach"]:
                parts.append(binary_leaf(ctype, data, fn))
            bnd = cl["boundary"]() if cl.get("boundary") else "=_mixed_" + _hex(20)
            top = multipart("mixed", parts, bnd)

    # ---- headers
    h = []
    rp = m.get("return_path", addr)
    h.append(("Return-Path", "<%s>" % rp if rp != "<>" else "<>"))
    h.append(("Delivered-To", m.get("delivered_to", DESK)))
    relay = m.get("relay") or relay_for(domain)
    ip = m.get("ip") or "%s.%d" % (RNG.choice(["192.0.2", "198.51.100", "203.0.113"]), RNG.randint(2, 250))
    rcv_when = when + timedelta(seconds=RNG.randint(2, 50))
    h.append(("Received", received(relay, ip, MX, rcv_when)))
    ar = auth_results(m.get("auth_domain", domain), m.get("auth", "pass"))
    if ar:
        h.append(("Authentication-Results", ar))
    for extra_rcv in m.get("received_extra", []):
        h.append(("Received", extra_rcv))
    h.append(("From", m.get("from_raw") or enc_addr(name, addr)))
    tos = m.get("to", [(DESK_NAME, DESK)])
    h.append(("To", ", ".join(enc_addr(n, a) for n, a in tos)))
    if m.get("cc"):
        h.append(("Cc", ", ".join(enc_addr(n, a) for n, a in m["cc"])))
    if m.get("reply_to"):
        h.append(("Reply-To", enc_addr(*m["reply_to"])))
    h.append(("Subject", m.get("subject_raw") or enc_text(m["subject"])))
    h.append(("Date", hdr_date(when)))
    mid = m.get("mid") or cl["mid"](domain)
    h.append(("Message-ID", mid))
    if m.get("irt"):
        h.append(("In-Reply-To", m["irt"]))
        h.append(("References", m.get("refs", m["irt"])))
    if cl.get("ua"):
        h.append(("User-Agent", cl["ua"]))
    custom = {k.lower() for k, _v in m.get("headers", [])}
    for k, v in cl.get("extra", []):
        if k.lower() in custom:
            continue
        if k == "X-MS-Has-Attach":
            v = "yes" if m.get("attach") else ""
        h.append((k, v))
    for k, v in m.get("headers", []):
        h.append((k, v))
    h.append(("MIME-Version", "1.0"))
    th, tbody, tcs = top
    h.extend(th)
    out = "".join("%s: %s\n" % (k, v) for k, v in h) + "\n" + tbody
    if not out.endswith("\n"):
        out += "\n"
    return out.encode(tcs if tcs and tcs.lower() not in ("utf-8", "ascii", "us-ascii") else "utf-8")


# ---------------------------------------------------------------- label check

UAI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])")


def text_of(msg):
    chunks = []
    for k in ("From", "To", "Cc", "Subject", "Reply-To"):
        if msg[k]:
            chunks.append(str(msg[k]))
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.startswith("text/") or ct in ("message/delivery-status",):
            try:
                chunks.append(part.get_content())
            except Exception:
                payload = part.get_payload(decode=True) or b""
                chunks.append(payload.decode("utf-8", "replace"))
        elif ct in ("message/rfc822", "text/rfc822-headers"):
            pass
    return "\n".join(c if isinstance(c, str) else str(c) for c in chunks)


def expected_region(uai, from_addr):
    if uai:
        return PREFIX_REGION.get(uai[:3])
    dom = from_addr.split("@")[1].lower()
    return DOMAIN_REGION.get(dom)


# =====================================================================
#  password_reset
# =====================================================================

M(cat="password_reset", auto=True, uai="0570957F", region="grand-est", plat="esidoc", hard=False, lang="fr",
  notes="A CPE writes for the librarian on sick leave since the All Saints break; nobody knows the e-sidoc admin password. UAI in the body.",
  frm=("Nadia Berrahma", "nadia.berrahma@ac-nancy-metz.fr"), style="zimbra", date="2025-11-04 10:17",
  subject="Accès e-sidoc du CDI - documentaliste absente",
  body="""Bonjour,

Je suis CPE au collège Jean-Moulin de Forbach (0570957F) et je vous écris à la
place de notre professeure documentaliste, Mme Schaeffer, en arrêt depuis la
rentrée de la Toussaint. Elle ne pourra pas lire ses mails avant plusieurs
semaines.

En son absence, deux assistants d'éducation tiennent le CDI entre midi et deux
et voudraient au moins enregistrer les retours de livres sur e-sidoc. Personne
ici ne connaît le mot de passe du compte administrateur : Mme Schaeffer était
la seule à l'avoir, et le carnet où elle le notait est (évidemment) sous clé
dans son bureau.

Pouvez-vous nous indiquer comment obtenir un nouveau mot de passe ? Je précise
que je n'ai pas accès à sa boîte professionnelle.

Merci d'avance,

Nadia Berrahma
Conseillère principale d'éducation
Collège Jean-Moulin - Forbach
""")

M(cat="password_reset", auto=False, uai="0541695Z", region="grand-est", plat="esidoc", hard=True, lang="fr",
  also=["0540845A"],
  notes="Cité scolaire secretary writes from the lycée's ce. address (0540845A) but the lost e-sidoc password is the collège's (0541695Z), which is the label. Two UAIs: as dev's two-UAI reset, a person confirms the establishment before any link goes out.",
  frm=("Secretariat Cite scolaire", "ce.0540845A@ac-nancy-metz.fr"), style="thunderbird", date="2025-11-05 09:02",
  cte="8bit",
  subject="Mot de passe e-sidoc COLLEGE (et non lycée)",
  body="""Bonjour,

Secrétariat de direction de la cité scolaire des Trois-Vallées (54).

Attention, nous avons deux établissements sous le même toit et donc deux
codes : le lycée, 0540845A, d'où je vous écris, et le collège, 0541695Z.
Ma demande concerne uniquement le COLLÈGE.

La documentaliste du collège n'arrive plus à se connecter au back office
e-sidoc du collège : mot de passe refusé, et elle ne se souvient plus de
l'adresse mail rattachée au compte. Le portail du lycée, lui, fonctionne
normalement, merci de ne pas y toucher.

Si un lien doit être envoyé, pouvez-vous l'adresser à la boîte du collège
(ce.0541695Z@ac-nancy-metz.fr) ? C'est moi qui la relève aussi.

Cordialement,
Sylvie Marchal
Secrétaire de direction
""")

M(cat="password_reset", auto=True, uai="0881579N", region="grand-est", plat="esidoc", hard=False, lang="fr",
  notes="Dictation software: no punctuation, 'et si doc' for e-sidoc, 'et' for 'est'; account locked, asks for a new link. UAI only in the typed signature.",
  frm=("Florence Didier", "florence.didier88@gmail.com"), style="android", date="2025-11-05 21:48",
  subject="mot de passe",
  body="""bonjour je suis la professeure documentaliste du collège Louis Pergaud à Rambervillers je n'arrive plus à rentrer dans et si doc le mot de passe ne passe plus depuis les vacances de la tout saint j'ai essayé plusieurs fois et maintenant il me dit que le compte et verrouillé pouvez-vous me renvoyer un lien pour le changer merci beaucoup bonne soirée

Florence Didier
Professeure documentaliste
Collège Louis-Pergaud - 0881579N

Envoyé depuis mon appareil Galaxy""")

M(cat="password_reset", auto=True, uai="0591484T", region="hauts-de-france", plat="esidoc", hard=False, lang="fr",
  notes="An assistant d'éducation writes from his Gmail for the librarian away on training; asks for the link to go to the school's address, not his. UAI in the body.",
  frm=("Kevin Dupuis", "kevin.dupuis.aed@gmail.com"), style="gmail", date="2025-11-06 13:25",
  subject="Mot de passe du CDI pour Mme Lefebvre",
  body="""Bonjour,

Je m'appelle Kevin, je suis assistant d'éducation au collège Jules-Ferry de
Caudry. Mme Lefebvre, notre prof doc, est en formation toute la semaine et m'a
demandé de vous écrire parce qu'elle n'a plus le mot de passe de
l'administration e-sidoc (elle dit que l'identifiant c'est le numéro de
l'établissement : 0591484T).

Elle voudrait que le lien pour changer le mot de passe soit envoyé sur
l'adresse du collège et surtout pas sur la mienne, je pense que c'est mieux
comme ça.

Merci et bonne journée
Kevin Dupuis
AED - collège Jules-Ferry
""")

_m = our_mid(7214, "2025-11-06 16:40")
M(cat="password_reset", auto=False, uai="0511622L", region="grand-est", plat="esidoc", hard=False, lang="fr",
  notes="Reply to our reset answer (Thunderbird quote): she did not understand a step (no 'forgotten password' link on the page she sees, how to type the identifier). A person must explain; the template was already sent.",
  frm=("Anne-Laure Petit", "anne-laure.petit1@ac-reims.fr"), style="thunderbird", date="2025-11-07 08:12",
  cte="8bit", irt=_m,
  subject="Re: [#SUP-007214] mot de passe portail CDI",
  body="""Bonjour,

Merci pour la réponse mais je bloque dès la deuxième étape. Sur la page de
connexion du portail, je ne vois pas de « Mot de passe oublié » : il y a
seulement un gros bouton « Se connecter avec l'ENT » et en dessous un petit
lien « Accès professionnel ». Est-ce qu'il faut d'abord cliquer sur « Accès
professionnel » ? Et pour l'identifiant, je tape le code avec la lettre à la
fin, en majuscule ? (0511622L)

Désolée si c'est évident, je suis nouvelle dans le métier.

Anne-Laure Petit
Collège Trois-Fontaines, Reims

""" + q_thunderbird("2025-11-06 16:40", "Assistance", ANS_RESET))

_m = our_mid(7230, "2025-11-07 11:05")
M(cat="password_reset", auto=False, uai="0081146C", region="grand-est", plat="esidoc", hard=False, lang="fr",
  also=["0082651N"],
  notes="Reply to our 'link sent to the official address' answer: the cité scolaire has two ce. mailboxes and neither secretary found it. Says the portal is the collège's (0081146C), not the lycée's (0082651N). The automatic path failed: a person takes over.",
  frm=("Julie Gérard", "julie.gerard3@ac-reims.fr"), style="gmail", date="2025-11-07 17:51", irt=_m,
  subject="Re: [#SUP-007230] Réinitialisation mot de passe e-sidoc",
  body="""Bonjour,

Votre message dit que le lien est parti sur « c***@ac-****.fr ». Le problème,
c'est qu'à la cité scolaire nous avons deux boîtes en ce. : celle du collège
et celle du lycée, et aucune des deux secrétaires ne trouve votre mail, même
dans les indésirables. Ça fait maintenant plus de 12 heures, donc j'imagine
que le lien ne marche plus de toute façon.

Pour être claire : le portail concerné est celui du collège (0081146C).
Le lycée (0082651N) a son propre portail et sa propre documentaliste, qui
n'a rien demandé.

Comment on fait maintenant ?

Julie Gérard
Professeure documentaliste - collège de la cité scolaire Jean-Baptiste-Clément

""" + q_gmail("2025-11-07 11:05", "Assistance", DESK, ANS_LINK_SENT))

M(cat="password_reset", auto=False, uai="0701495V", region="bourgogne-franche-comte", plat="esidoc", hard=True, lang="fr",
  also=["0700473J"],
  notes="Librarian shared between two collèges gives both UAIs; only the second site's portal (0701495V) is locked. Personal address, no académie domain. Two UAIs: a person checks which establishment before sending a link.",
  frm=("Mathilde Roussel", "mathilde.roussel@laposte.net"), style="plain", date="2025-11-10 07:54",
  subject="Portail e-sidoc de Saint-Loup : accès impossible",
  body="""Bonjour,

Je partage mon service entre deux collèges : le collège des Combes à Lure
(0700473J) le lundi et le mardi, et le collège Jean-Macé à Saint-Loup
(0701495V) le reste de la semaine. Chaque collège a son propre portail
e-sidoc.

Pour Lure, tout va bien. Pour Saint-Loup, le mot de passe que ma
prédécesseure m'avait laissé ne fonctionne pas (« identifiant ou mot de passe
incorrect »). J'ai vérifié trois fois, pas de faute de frappe.

Je vous écris de ma boîte personnelle parce que je n'ai pas encore d'adresse
académique pour Saint-Loup (le dossier est en cours au rectorat...).

Pouvez-vous réinitialiser l'accès du portail de Saint-Loup uniquement ?

Merci,
Mathilde Roussel
""")

M(cat="password_reset", auto=True, uai="0672876M", region="grand-est", plat="esidoc", hard=False, lang="en",
  notes="English; librarian of an international school in Strasbourg: password rejected after half-term, does not know which address was registered.",
  frm=("Catherine Doyle", "c.doyle@ee-strasbourg.eu"), style="outlook", date="2025-11-10 15:33",
  subject="e-sidoc back office - password no longer accepted",
  headers=[("Content-Language", "en-GB")],
  body="""Dear support team,

I am the secondary librarian at the European School of Strasbourg (UAI 0672876M).
Since the half-term break I can no longer log in to the back office of our
e-sidoc catalogue: the password I have always used is rejected, and I suspect
it has simply expired.

Could you please tell me how to reset it? I read somewhere that the login is
the school code, but the 'forgotten password' page asks for an e-mail address
and I am not sure which one was registered when the portal was set up (it was
before my time).

Many thanks,
Catherine Doyle
Librarian, secondary cycle
""")

M(cat="password_reset", auto=True, uai=None, region="grand-est", plat="espace_acheteur", hard=False, lang="fr",
  notes="Espace Acheteur account temporarily locked after wrong passwords; no UAI, region from the ac-reims.fr sender.",
  frm=("Hervé Thomas", "herve.thomas@ac-reims.fr"), style="zimbra", date="2025-11-12 11:20",
  subject="Compte Espace Acheteur bloqué",
  body="""Bonjour,

Gestionnaire au collège de Bar-sur-Seine depuis septembre, je n'arrive plus à
me connecter à l'Espace Acheteur. J'ai dû me tromper de mot de passe plusieurs
fois d'affilée et maintenant le site m'indique que mon compte est
« temporairement bloqué ».

Je dois passer une commande de fournitures avant la fin du mois. Pouvez-vous
débloquer le compte, ou me dire comment refaire un mot de passe ?

Cordialement,

Hervé Thomas
Gestionnaire matériel
""")

M(cat="password_reset", auto=True, uai="0211954K", region="bourgogne-franche-comte", plat="esidoc", hard=False, lang="fr",
  notes="Three lines from an iPhone: e-sidoc admin account locked after three attempts. UAI only in the subject.",
  frm=("Bruno Carré", "bruno.carre@ac-dijon.fr"), style="iphone", date="2025-11-12 07:41",
  subject="esidoc 0211954K",
  body="""Bonjour
Compte admin esidoc bloqué après 3 essais. Possible de recevoir un lien ?
Merci

Envoyé de mon iPhone""")

M(cat="password_reset", auto=True, uai=None, region="hauts-de-france", plat="esidoc", hard=True, lang="fr",
  notes="UAI written as 0802348R: wrong check letter (the digits give 0802348T), so no UAI (probable typo); region from the ac-amiens.fr sender. Otherwise a plain lost identifier/password, so the reset answer (which can ask for the right code) still fits.",
  frm=("Thierry Lemaire", "thierry.lemaire@ac-amiens.fr"), style="outlook", date="2025-11-13 14:02",
  subject="identifiants oubliés",
  body="""Bonjour,

Je ne retrouve plus mes identifiants pour le portail documentaire e-sidoc du
collège (RNE 0802348R). J'ai essayé le code de l'établissement comme
identifiant avec l'ancien mot de passe mais rien à faire.

Pouvez-vous m'aider à récupérer l'accès ?

Bien à vous,

Thierry Lemaire
Professeur documentaliste
Collège du Val-de-Nièvre
""")

M(cat="password_reset", auto=True, uai="0520517E", region="grand-est", plat="esidoc", hard=False, lang="fr",
  notes="Contract librarian replacing a colleague on maternity leave: never got the password nor the address on file ('je ne connais ni le mot de passe').",
  frm=("Yannick Mougin", "yannick.mougin@free.fr"), style="plain", date="2025-11-13 18:30",
  subject="Remplacement CDI Joinville - accès e-sidoc",
  body="""Bonjour,

Contractuel, j'ai été nommé sur le poste de documentaliste du collège de
Joinville (0520517E) juste avant les vacances de la Toussaint, pour remplacer
une collègue en congé maternité. Elle a dû partir un peu vite et personne ne
m'a transmis l'accès au logiciel e-sidoc.

Je ne connais donc ni le mot de passe ni l'adresse qui avait été indiquée pour
le compte. Le principal me dit de voir avec vous.

Que dois-je faire ?

Merci,
Yannick Mougin
""")

M(cat="password_reset", auto=True, uai="0592876F", region="hauts-de-france", plat="esidoc", hard=False, lang="fr",
  notes="Long union-style complaint about tools, two-site posts and automatic mails that never arrive; the one concrete request at the end is a reset of the collège's e-sidoc admin password.",
  frm=("Martine Vandenbussche", "martine.vandenbussche@ac-lille.fr"), style="outlook", date="2025-11-14 22:07",
  subject="Conditions de travail des documentalistes - et une demande",
  body="""Madame, Monsieur,

Je me permets de vous écrire au nom de plusieurs collègues professeurs
documentalistes du bassin de Valenciennes, même si la demande concrète, à la
fin, ne concerne que mon établissement.

Depuis trois ans, nous voyons se multiplier les outils, les identifiants, les
changements de plateforme annoncés par mail la veille pour le lendemain. On
nous demande d'être bibliothécaires, informaticiens, animateurs, formateurs à
l'EMI, et en plus gestionnaires de comptes. Dans deux de nos collèges, les
documentalistes sont à mi-temps sur deux sites et passent une partie de leur
semaine à chercher des mots de passe. Les mails automatiques n'arrivent
jamais au bon endroit, les procédures changent, et personne ne nous prévient.
Nous avons le sentiment que ces outils sont pensés pour des services
informatiques que nous n'avons pas.

Ce n'est pas un reproche personnel à l'équipe d'assistance, qui a toujours
été aimable au téléphone. Mais il faut que cela remonte, et je vous demande
de transmettre ce message à qui de droit.

Pour ce qui me concerne, très concrètement : je n'ai plus le mot de passe du
compte administrateur e-sidoc du collège Paul-Langevin (0592876F). Je souhaite
simplement qu'il soit réinitialisé.

Avec mes salutations cordiales et syndicales,

Martine Vandenbussche
Professeure documentaliste, collège Paul-Langevin
Élue au conseil d'administration
""")

M(cat="password_reset", auto=False, uai="0900709G", region="bourgogne-franche-comte", plat="esidoc", hard=True, lang="fr",
  notes="Two topics, numbered: lost e-sidoc password (first, main) and whether the Europresse renewal went through or needs a new purchase order (order_billing). One template would answer only half.",
  frm=("Émilie Girardot", "emilie.girardot@ac-besancon.fr"), style="zimbra", date="2025-11-17 10:45",
  subject="2 questions : mot de passe + renouvellement",
  body="""Bonjour,

Deux choses, désolée de tout mettre dans le même mail :

1) j'ai perdu le mot de passe du back office e-sidoc (collège Vauban,
Belfort, 0900709G). Je n'ai pas accès à l'adresse de la vie scolaire qui est
rattachée au compte, je crois.

2) notre gestionnaire voudrait savoir si l'abonnement Europresse a bien été
renouvelé pour 2026 ou si elle doit refaire un bon de commande. Elle n'a reçu
ni facture ni confirmation.

Merci d'avance pour les deux réponses !

Émilie Girardot
""")

M(cat="password_reset", auto=True, uai="0622986J", region="hauts-de-france", plat="esidoc", hard=True, lang="fr",
  notes="Negation: says outright it is NOT a missing-mail problem (the reset mail arrives); the link says 'invalide ou déjà utilisé'. Asks for a new link: password_reset.",
  frm=("Sandrine Caron", "sandrine.caron62@wanadoo.fr"), style="plain", date="2025-11-17 16:12",
  subject="Lien de réinitialisation invalide",
  body="""Bonjour,

Je précise tout de suite : le mail de réinitialisation, je le reçois bien, ce
n'est pas un problème de mail qui n'arrive pas (j'ai lu votre FAQ, j'ai
vérifié). Le souci, c'est qu'en cliquant sur le lien j'obtiens « Lien
invalide ou déjà utilisé ». Je l'ai pourtant ouvert dans les cinq minutes.

J'ai recommencé deux fois, même résultat. Pouvez-vous m'envoyer un nouveau
lien qui fonctionne ?

Portail e-sidoc du collège Jean-Jaurès de Lens, 0622986J.

Cordialement,
Sandrine Caron
""")

_fw = f_thunderbird("2025-11-14 15:20", "Secrétariat collège du Tonnerrois <ce.0891379R@ac-dijon.fr>",
                    "Lucie Bertin <lucie.bertin@ac-dijon.fr>", "TR: Réinitialisation de votre mot de passe e-sidoc",
                    """Pour Lucie, arrivé sur la boîte du collège.

-----Message d'origine-----
De : e-sidoc <no-reply@esidoc.example.fr>
Envoyé : vendredi 14 novembre 2025 09:02
Objet : Réinitialisation de votre mot de passe e-sidoc

Bonjour,

Une demande de réinitialisation du mot de passe a été faite pour le compte
0891379R. Pour choisir un nouveau mot de passe, suivez ce lien (valable
12 heures) :
https://esidoc.example.fr/reinit/4f9c2a7e1b

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.""")
M(cat="password_reset", auto=True, uai="0891379R", region="bourgogne-franche-comte", plat="esidoc", hard=False, lang="fr",
  notes="Thunderbird forward of the secretary's forward of the reset mail, received three days late: the link has expired, asks for a new one.",
  frm=("Lucie Bertin", "lucie.bertin@ac-dijon.fr"), style="thunderbird", date="2025-11-17 08:31", cte="8bit",
  subject="Fwd: TR: Réinitialisation de votre mot de passe e-sidoc",
  body="""Bonjour,

La secrétaire m'a fait suivre ce matin le mail ci-dessous, arrivé vendredi
sur la boîte du collège. Le lien ne marche plus (trop tard, je suppose).
Pouvez-vous en renvoyer un ? Je surveillerai la boîte avec elle cette fois.

Merci,
Lucie Bertin, CDI du collège du Tonnerrois

""" + _fw)

M(cat="password_reset", auto=True, uai=None, region=None, plat="espace_acheteur", hard=False, lang="fr",
  notes="Dictation, no punctuation, 'espace à cheter'; neither the password nor the login (her address or her predecessor's) is known. No UAI, personal address: no region.",
  frm=("Pascale Lenoir", "pascale.lenoir02@gmail.com"), style="gmail", date="2025-11-18 12:58",
  subject="connexion",
  body="""bonjour je suis gestionnaire au collège de Hirson je n'arrive plus à me connecter sur l'espace à cheter mon mot de passe ne fonctionne plus et je ne me rappelle plus de l'identifiant non plus c'est peut-être mon adresse mail ou alors celle de l'ancienne gestionnaire je ne sais pas pouvez-vous m'aider s'il vous plaît merci d'avance cordialement Pascale Lenoir""")

M(cat="password_reset", auto=True, uai="0250904X", region="bourgogne-franche-comte", plat="esidoc", hard=False, lang="fr",
  notes="The UAI appears only in the ce.<UAI>@ac-besancon.fr sender address, in lower case; the secretariat (not the head) asks for the link on that official address for the librarian.",
  frm=("Secrétariat collège Lucie-Aubrac", "ce.0250904x@ac-besancon.fr"), style="roundcube", date="2025-11-18 16:47",
  cte="8bit",
  subject="Mot de passe portail documentaire",
  body="""Bonjour,

Je vous écris depuis la boîte du collège à la demande de notre
documentaliste, qui n'a plus accès au portail e-sidoc (mot de passe oublié).

Pouvez-vous envoyer le lien de réinitialisation à cette adresse ? Je le lui
transmettrai en main propre, elle est à côté de moi.

Bonne fin de journée,
Le secrétariat
Collège Lucie-Aubrac - Pontarlier
""")

M(cat="password_reset", auto=True, uai="0670914E", region="grand-est", plat="esidoc", hard=False, lang="en",
  notes="English; teacher looking after the international section's library in Strasbourg: the admin password was changed over the summer and nobody wrote it down.",
  frm=("Rachel Hughes", "rachel.hughes@ac-strasbourg.fr"), style="gmail", date="2025-11-19 12:14",
  subject="Admin password for our e-sidoc",
  body="""Hello,

Quick one, I hope. I look after the English-language library of the
international section at the Lycée des Pontonniers - we run it inside the
school's e-sidoc, code 0670914E. The admin password was changed by someone
over the summer and nobody wrote it down (classic).

What's the procedure to get a new one? Our main librarian is happy for me to
handle it.

Thanks a lot,
Rachel Hughes
""")

_m = our_mid(7302, "2025-11-19 09:30")
M(cat="password_reset", auto=True, uai="0082928P", region="grand-est", plat="espace_acheteur", hard=True, lang="fr",
  notes="Reply to our e-sidoc reset answer: that worked (thanks), but she now asks a new thing, a lost Espace Acheteur password. The new request is a fresh reset on another product.",
  frm=("Corinne Hubert", "corinne.hubert@ac-reims.fr"), style="gmail", date="2025-11-19 14:55", irt=_m,
  subject="Re: [#SUP-007302] Mot de passe e-sidoc",
  body="""Bonjour,

C'est bon pour e-sidoc, le lien est bien arrivé sur la boîte du collège et
j'ai pu changer le mot de passe. Merci !

Par contre, tant que je vous tiens : je suis aussi gestionnaire et cette fois
c'est sur l'Espace Acheteur que je suis bloquée, le mot de passe n'est plus
reconnu depuis la migration. Même établissement (0082928P). Pouvez-vous me
dire comment le réinitialiser ?

Corinne Hubert

""" + q_gmail("2025-11-19 09:30", "Assistance", DESK, ANS_LINK_SENT))

M(cat="password_reset", auto=True, uai="0101120N", region="grand-est", plat="esidoc", hard=False, lang="fr",
  notes="Expired password: the portal asks for the old one, which she has forgotten. Personal Orange address, UAI in the body.",
  frm=("Gisèle Fournier", "gisele.fournier10@orange.fr"), style="plain", date="2025-11-20 09:26",
  subject="Mot de passe expiré",
  body="""Bonjour,

En voulant me connecter à l'administration du portail du CDI ce matin, un
message m'a indiqué que mon mot de passe avait expiré et qu'il fallait le
changer. Seulement, pour le changer, on me demande l'ancien... que j'ai
oublié, puisque je ne l'utilise que deux fois par an (je fais mes prêts sur
une autre machine).

C'est le portail e-sidoc du collège Paul-Portier, 0101120N.

Merci de votre aide,
Gisèle Fournier
""")

M(cat="password_reset", auto=True, uai=None, region="bourgogne-franche-comte", plat="espace_acheteur", hard=False, lang="fr",
  notes="Espace Acheteur login tied to the former gestionnaire's address; login unknown. No UAI, region from ac-dijon.fr.",
  frm=("Olivier Perrin", "olivier.perrin@ac-dijon.fr"), style="zimbra", date="2025-11-20 14:40",
  subject="Espace Acheteur - identifiant de l'ancienne gestionnaire",
  body="""Bonjour,

Je viens d'arriver comme gestionnaire dans un collège de Saône-et-Loire.
Le compte Espace Acheteur de l'établissement est au nom de ma
prédécesseure, partie en retraite en juillet : son adresse n'existe plus et
je ne connais ni son identifiant ni son mot de passe.

Comment récupérer l'accès ?

Cordialement,
Olivier Perrin
""")

_q = q_outlook("2025-10-09 10:12", DESK_FULL, "Laurence Dufour <laurence.dufour@ac-amiens.fr>",
               "[#SUP-006871] Facture abonnement 2025",
               """Bonjour Madame,

La facture n° FA-2025-0918 a bien été déposée sur Chorus Pro le 3 octobre.
Vous pouvez la retrouver avec le numéro d'engagement que vous nous aviez
communiqué.

Bien cordialement,
Hélène, équipe d'assistance""")
M(cat="password_reset", auto=True, uai="0801755Y", region="hauts-de-france", plat="esidoc", hard=True, lang="fr",
  irt=our_mid(6871, "2025-10-09 10:12"),
  notes="Reply on an old invoice ticket (quoted Outlook history about Chorus) but the new text asks only for a lost e-sidoc password: the new message clearly asks something else.",
  frm=("Laurence Dufour", "laurence.dufour@ac-amiens.fr"), style="outlook", date="2025-11-21 11:03",
  subject="RE: [#SUP-006871] Facture abonnement 2025",
  body="""Bonjour Hélène,

Je reprends votre dernier message parce que c'est le seul que j'ai sous la
main, mais ça n'a rien à voir avec la facture (qui est réglée, merci).

Je n'arrive plus à me connecter au back office e-sidoc : mot de passe
oublié, tout simplement. Collège Jean-Moulin, Albert, 0801755Y.

Merci d'avance,
Laurence Dufour

""" + _q)

M(cat="password_reset", auto=True, uai="0022570H", region="hauts-de-france", plat="esidoc", hard=False, lang="fr",
  style="outlook_html", cte="qp",
  notes="HTML-only Outlook (windows-1252): she changed her académie/ENT password and assumed e-sidoc used the same one; cannot log in to the e-sidoc back office any more and no longer knows its own password.",
  frm=("Véronique Leclercq", "veronique.leclercq@ac-amiens.fr"), date="2025-11-24 13:37",
  subject="Plus d'accès au back-office après changement de mot de passe",
  body="""Bonjour,

La semaine dernière j'ai dû changer mon mot de passe académique (celui de la messagerie et de l'ENT), comme tous les ans.

Depuis, je n'arrive plus à entrer dans l'administration d'e-sidoc. J'étais persuadée que c'était le même mot de passe que l'ENT, mais ni l'ancien ni le nouveau ne passent. Si c'est un mot de passe à part, je ne le connais pas (ou plus).

Pouvez-vous me dire comment en obtenir un ?

Merci beaucoup,

Véronique Leclercq
Professeure documentaliste
Collège Jean-Racine - Saint-Quentin
UAI : 0022570H""")


# =====================================================================
#  missing_noreply_mail
# =====================================================================

M(cat="missing_noreply_mail", auto=True, uai="0391510E", region="bourgogne-franche-comte", plat="espace_acheteur", hard=False, lang="fr",
  notes="Activation mail for a new Espace Acheteur account never came; she cannot tell whether it should come from us, the platform or the ENT messaging, checked all boxes. No anti-spam product named.",
  frm=("Agnès Vuillemin", "agnes.vuillemin@ac-besancon.fr"), style="zimbra", date="2025-11-03 09:14",
  subject="Mail d'activation : qui l'envoie ?",
  body="""Bonjour,

On m'a créé un compte sur l'Espace Acheteur la semaine dernière et on m'a
dit que j'allais recevoir un mail pour l'activer. Je n'ai rien vu arriver.

Mais je vous avoue que je ne sais même pas qui est censé me l'envoyer : vous ?
la plateforme elle-même ? ou est-ce que ça passe par notre ENT (Eclat-BFC),
où j'ai aussi une messagerie ? J'ai regardé dans les deux boîtes, et dans les
spams de ma boîte académique : rien.

Pouvez-vous me dire d'où doit venir ce message et à quelle adresse il a été
envoyé ?

Merci,
Agnès Vuillemin
Adjointe gestionnaire, collège Jules-Grévy, Poligny (0391510E)
""")

M(cat="missing_noreply_mail", auto=True, uai=None, region="hauts-de-france", plat="espace_acheteur", hard=False, lang="fr",
  notes="Plain case: Espace Acheteur activation link never received, junk folder checked. Region from ac-lille.fr.",
  frm=("Samia Benali", "samia.benali@ac-lille.fr"), style="outlook", date="2025-11-03 14:22",
  subject="Lien d'activation non reçu",
  body="""Bonjour,

J'ai rempli le formulaire d'inscription à l'Espace Acheteur jeudi dernier pour
le collège où je suis gestionnaire (Tourcoing). Le site annonçait un mail
avec un lien d'activation : je ne l'ai jamais reçu, ni dans la boîte de
réception, ni dans le dossier « Courrier indésirable ».

Pouvez-vous me le renvoyer ?

Bien cordialement,
Samia Benali
""")

_m = our_mid(7188, "2025-11-05 10:15")
M(cat="missing_noreply_mail", auto=False, uai="0250587C", region="bourgogne-franche-comte", plat="espace_acheteur", hard=False, lang="fr",
  irt=_m,
  notes="Reply (Zimbra quote) to our junk-folder answer: three days later still nothing, the sender was added to the contacts; asks for the region or a check of the address. The template was already sent: a person follows up.",
  frm=("Nathalie Jacquot", "nathalie.jacquot@ac-besancon.fr"), style="zimbra", date="2025-11-08 08:50",
  subject="Re: [#SUP-007188] Mail de confirmation Espace Acheteur",
  body="""Bonjour,

Trois jours plus tard, toujours rien : ni dans la boîte de réception, ni dans
les indésirables. J'ai pourtant ajouté no-reply@espace-acheteur.example.fr à
mes contacts comme vous l'indiquiez.

Pouvez-vous vérifier de votre côté que l'adresse enregistrée est bien
nathalie.jacquot@ac-besancon.fr, ou transmettre à la région ?

Collège Louis-Pergaud, Morteau - 0250587C

Nathalie Jacquot

""" + q_zimbra("2025-11-05 10:15", '"Assistance" <%s>' % DESK,
               '"Nathalie Jacquot" <nathalie.jacquot@ac-besancon.fr>',
               "[#SUP-007188] Mail de confirmation Espace Acheteur", ANS_JUNK))

_m = our_mid(7246, "2025-11-10 14:02")
M(cat="missing_noreply_mail", auto=False, uai=None, region="hauts-de-france", plat="espace_acheteur", hard=False, lang="fr",
  irt=_m,
  notes="Reply (Outlook quote) to our junk-folder answer: she did not understand the step (no 'approved senders' in her webmail, no junk folder by that name). Needs a person to explain; the template was already sent.",
  frm=("Brigitte Delattre", "brigitte.delattre@ac-lille.fr"), style="outlook", date="2025-11-12 10:31",
  subject="RE: [#SUP-007246] Mail non reçu",
  body="""Bonjour,

Merci pour votre réponse, mais je ne trouve pas où on « ajoute aux
expéditeurs approuvés ». Dans notre messagerie je n'ai que « Filtres » et
« Contacts ». Est-ce que c'est la même chose ? Et je n'ai pas de dossier
« Courrier indésirable » : j'ai un dossier « Junk », qui est vide.

Je ne suis vraiment pas à l'aise avec l'informatique, pouvez-vous me guider ?

Brigitte Delattre
Secrétariat d'intendance

""" + q_outlook("2025-11-10 14:02", DESK_FULL, "Brigitte Delattre <brigitte.delattre@ac-lille.fr>",
                "[#SUP-007246] Mail non reçu", ANS_JUNK))

M(cat="missing_noreply_mail", auto=True, uai="0680906R", region="grand-est", plat="espace_acheteur", hard=True, lang="fr",
  notes="Names MailInBlack only to deny it ('nous n'avons PAS MailInBlack'): the structure administrator never receives the 'account to validate' notifications. missing_noreply_mail, not mailinblack_spam.",
  frm=("Frédéric Wolff", "frederic.wolff@ac-strasbourg.fr"), style="thunderbird", date="2025-11-04 16:05", cte="8bit",
  subject="Notifications de validation jamais reçues",
  body="""Bonjour,

Je suis administrateur de la structure « Collège Félix-Eboué - Colmar »
(0680906R) sur l'Espace Acheteur. Deux collègues ont demandé un compte cette
semaine, mais je n'ai reçu aucune notification « compte à valider ». Je les ai
vus par hasard dans l'interface.

Avant que vous me posiez la question : non, nous n'avons PAS MailInBlack ni
aucun autre antispam en plus de celui de l'académie, notre informaticien me
l'a confirmé ce matin. Et rien dans les indésirables.

D'où peut venir le problème ?

Frédéric Wolff
Gestionnaire
""")

M(cat="missing_noreply_mail", auto=True, uai="0022541B", region="hauts-de-france", plat="espace_acheteur", hard=False, lang="fr",
  notes="A secretary from the ce.<UAI> address: the gestionnaire's new-password mail never came; wonders whether it went to an ENT address nobody reads. UAI in the address and the body.",
  frm=("Collège Condorcet - Secrétariat", "ce.0022541B@ac-amiens.fr"), style="outlook", date="2025-11-05 11:48",
  subject="Mail mot de passe gestionnaire jamais reçu",
  body="""Bonjour,

Notre gestionnaire, Mme Lucas, a demandé hier un nouveau mot de passe sur
l'Espace Acheteur. Le site dit qu'un mail a été envoyé, mais elle n'a rien
reçu.

Nous nous demandons si le mail ne part pas vers son adresse ENT
(prenom.nom@enthdf.fr), que personne ne consulte jamais, au lieu de son
adresse académique. Est-ce que vous pouvez voir à quelle adresse il est parti ?

Collège Condorcet - 0022541B

Cordialement,
Le secrétariat
""")

M(cat="missing_noreply_mail", auto=True, uai=None, region=None, plat="espace_acheteur", hard=False, lang="fr",
  notes="Dictation from a phone, no punctuation ('espace à chteur'): activation mail not received since Friday, junk and bin checked. No UAI, personal address.",
  frm=("Laetitia Moreau", "laetitia.moreau80@gmail.com"), style="android", date="2025-11-10 19:02",
  subject="courriel activation",
  body="""bonjour je ne reçois pas le courriel d'activation de mon compte espace à chteur depuis vendredi dernier j'ai regardé dans les courriers indésirables et dans la corbeille il n'y a rien mon adresse c'est bien celle-ci je l'ai vérifiée deux fois pouvez-vous me le renvoyer merci bonne soirée

Envoyé depuis mon appareil Galaxy""")

M(cat="missing_noreply_mail", auto=True, uai=None, region=None, plat="espace_acheteur", hard=False, lang="en",
  notes="English; a bursar subscribed to offer-update alerts and never receives them. No UAI, non-academic domain.",
  frm=("Mark Jennings", "m.jennings@ee-strasbourg.eu"), style="outlook", date="2025-11-06 09:40",
  subject="Offer alerts not arriving",
  headers=[("Content-Language", "en-GB")],
  body="""Hello,

I set up alerts in the Espace Acheteur a month ago for two framework
agreements (IT equipment and school furniture), and ticked 'notify me by
e-mail'. I have not received a single alert since, although I can see in the
interface that both offers have been updated.

Our spam quarantine is empty. Is there a sender address I should whitelist?

Kind regards,
Mark Jennings
Bursar
""")

M(cat="missing_noreply_mail", auto=True, uai=None, region=None, plat="ticket_portal", hard=False, lang="fr",
  notes="A surveillant writes from Gmail for the CPE: her ticket-portal sign-up confirmation mail never arrived. The CPE's ac-reims.fr address is in the body, but the sender is Gmail, so the label rule gives no region.",
  frm=("Théo Lambert", "theo.lambert.51@gmail.com"), style="gmail", date="2025-11-13 12:36",
  subject="Pour Mme Hamidi - confirmation portail",
  body="""Bonjour,

Je vous écris pour Mme Hamidi, CPE au lycée où je suis surveillant. Elle a
créé un compte sur votre portail de tickets lundi pour signaler un souci, mais
elle n'a jamais reçu le mail de confirmation qui permet de choisir le mot de
passe. Elle est en formation toute la semaine sans ordinateur, c'est pour ça
que c'est moi qui écris.

Son adresse : s.hamidi@ac-reims.fr

Est-ce que vous pouvez renvoyer le mail ou lui répondre directement ?

Merci,
Théo Lambert
Assistant d'éducation
""")

M(cat="missing_noreply_mail", auto=True, uai=None, region=None, plat="esidoc", hard=True, lang="fr",
  notes="UAI typed 0391553C: wrong check letter (the digits give 0391553B), so no UAI (probable typo); personal address, so no region. The customer-account activation mail never came.",
  frm=("Claire Monnier", "claire.monnier39@laposte.net"), style="plain", date="2025-11-14 10:58",
  subject="Activation compte client",
  body="""Bonjour,

Je voulais passer notre première commande en ligne pour le CDI et j'ai donc
ouvert un compte client pour le collège (code 0391553C). On m'annonçait un
mail d'activation « sous 12 heures ». C'était mardi, et je n'ai toujours
rien, y compris dans les spams.

Pouvez-vous me le renvoyer ?

Claire Monnier
Professeure documentaliste
""")

M(cat="missing_noreply_mail", auto=True, uai="0801564R", region="hauts-de-france", plat="espace_acheteur", hard=False, lang="fr",
  also=["0800174E"],
  notes="Cité scolaire: the Espace Acheteur structure is registered under the lycée (0801564R, the label) and its administrator gets no 'account to validate' notification for a collège colleague (collège 0800174E also written).",
  frm=("Denis Caudron", "denis.caudron@ac-amiens.fr"), style="outlook", date="2025-11-17 15:44",
  subject="Cité scolaire - notifications Espace Acheteur",
  body="""Bonjour,

Je suis adjoint gestionnaire de la cité scolaire d'Abbeville. Sur l'Espace
Acheteur, notre structure est enregistrée au nom du lycée (UAI 0801564R) ;
le collège (0800174E) n'a pas de structure propre, ses agents passent par
celle du lycée.

Une collègue du collège a demandé un compte le 12 novembre. Je suis
administrateur de la structure, or je n'ai reçu aucun mail de notification.
J'ai regardé dans les indésirables, rien.

Pouvez-vous vérifier à quelle adresse partent ces notifications ?

Cordialement,
Denis Caudron
""")

M(cat="missing_noreply_mail", auto=True, uai="0602069Y", region="hauts-de-france", plat="esidoc", hard=False, lang="fr",
  notes="Short phone message: the new-password mail never arrives after three requests; not in spam. UAI only in the subject.",
  frm=("Marion Lefort", "marion.lefort@ac-amiens.fr"), style="android", date="2025-11-18 08:07",
  subject="Mail mot de passe non reçu - 0602069Y",
  body="""Toujours rien reçu pour le nouveau mot de passe esidoc, j'ai fait la demande 3 fois ce matin. Rien dans les spams.
Marion

Envoyé depuis mon appareil Galaxy""")

_fw = q_outlook("2025-11-18 17:05", "Assistance ENT <assistance-ent@monbureaunumerique.fr>",
                "Isabelle Koenig <isabelle.koenig@ac-strasbourg.fr>", "RE: mails non reçus",
                """Bonjour,

Après vérification, la messagerie de l'ENT ne bloque aucun message
provenant d'e-sidoc : les messages de réinitialisation ne transitent pas
par l'ENT. Nous vous invitons à vous rapprocher de l'éditeur du portail.

Cordialement,
L'assistance ENT""")
M(cat="missing_noreply_mail", auto=True, uai="0672662E", region="grand-est", plat="esidoc", hard=False, lang="fr",
  notes="Outlook forward ('TR:') of the ENT help desk's answer saying the ENT does not handle e-sidoc mails; she asks us where the new-password mail goes. No product named.",
  frm=("Isabelle Koenig", "isabelle.koenig@ac-strasbourg.fr"), style="outlook", date="2025-11-19 08:22",
  subject="TR: mails non reçus",
  body="""Bonjour,

Je vous transfère la réponse de l'assistance de l'ENT. Je ne sais plus vers
qui me tourner : je demande un nouveau mot de passe e-sidoc depuis lundi et
le mail n'arrive jamais. L'ENT me renvoie vers vous, vous me renverrez
peut-être vers l'ENT...

À quelle adresse partent vos mails de réinitialisation, et de quelle adresse
viennent-ils ? Collège Erckmann-Chatrian, Phalsbourg ? Non pardon : collège
du Ried, Brumath, 0672662E.

Isabelle Koenig

""" + _fw)

M(cat="missing_noreply_mail", auto=True, uai="0580542Z", region="bourgogne-franche-comte", plat="espace_acheteur", hard=False, lang="fr",
  notes="Long, angry, union-style complaint (no automatic mail since the start of the year, lost orders, nobody answers the phone) with one plain request: which sender address to allow. No anti-spam product named.",
  frm=("Jean-Marc Bonnot", "jean-marc.bonnot@ac-dijon.fr"), style="zimbra", date="2025-11-20 18:41",
  subject="Ras-le-bol : aucun mail automatique depuis la rentrée",
  body="""Madame, Monsieur,

Je vous écris en tant que gestionnaire, mais aussi en tant que représentant
des personnels administratifs au conseil d'administration, parce que la
situation devient franchement intenable.

Depuis la rentrée de septembre, nous ne recevons PLUS AUCUN mail automatique
de votre plateforme : ni les confirmations de commande, ni les
notifications de validation, ni les mails de mot de passe. Nous avons perdu
deux commandes parce que personne n'a su qu'elles attendaient une
validation. Le numéro de téléphone sonne dans le vide, et la dernière fois
qu'on m'a répondu, on m'a dit de « regarder dans les spams », comme si nous
n'y avions pas pensé.

Nous sommes un petit collège rural (0580542Z), avec une gestionnaire à
80 % et une secrétaire à mi-temps. Nous n'avons pas de service
informatique. Nous n'avons pas le temps de courir après des mails.

Je vous demande une seule chose, précise : quelle adresse d'expéditeur
exacte faut-il autoriser dans notre messagerie pour que vos mails arrivent ?
Je la transmettrai moi-même à la plateforme académique.

Jean-Marc Bonnot
Gestionnaire - collège des Amognes
""")

M(cat="missing_noreply_mail", auto=True, uai=None, region=None, plat="espace_acheteur", hard=False, lang="fr",
  notes="A département's IT service for its collèges: no automatic Espace Acheteur mail reaches any collège since their mail migration; asks for the sending address/domain. No product named, non-academic domain.",
  frm=("Support numérique des collèges", "support.colleges@moselle.fr"), style="outlook", date="2025-11-21 09:15",
  subject="Messages automatiques Espace Acheteur non délivrés aux collèges",
  body="""Bonjour,

Le service numérique du Département a migré les messageries des collèges
vers un nouvel hébergement le 27 octobre. Depuis, plusieurs gestionnaires
nous signalent qu'ils ne reçoivent plus les messages automatiques de
l'Espace Acheteur (inscription, mot de passe, notifications). Les autres
messages arrivent normalement.

Pour paramétrer nos règles de filtrage, pourriez-vous nous communiquer :
- l'adresse d'expédition exacte de ces messages ;
- le ou les domaines et, si possible, les adresses IP des serveurs d'envoi ?

Cordialement,

Pôle numérique des collèges
Direction des systèmes d'information
""")

M(cat="missing_noreply_mail", auto=True, uai="0712332Z", region="bourgogne-franche-comte", plat="esidoc", hard=True, lang="fr",
  also=["0711492L"],
  notes="Librarian on two sites gives both UAIs; the missing activation mail concerns the second collège's customer account (0712332Z, the label). The missing-mail answer does not depend on which site.",
  frm=("Hélène Chevalier", "helene.chevalier@ac-dijon.fr"), style="zimbra", date="2025-11-24 12:10",
  subject="Compte client du 2e collège : pas de mail d'activation",
  body="""Bonjour,

Je suis documentaliste sur deux collèges du Charolais : le collège de
Paray (0711492L), où tout fonctionne, et depuis cette année le collège de
Digoin (0712332Z), à mi-temps.

Pour Digoin, j'ai créé vendredi le compte client qui permet de commander en
ligne. Le site m'a dit d'attendre un mail d'activation. Rien reçu, ni sur
mon adresse académique ni dans les spams. Pour Paray, l'an dernier, le mail
était arrivé en dix minutes.

Est-ce que le compte de Digoin est bien enregistré ?

Hélène Chevalier
""")

M(cat="missing_noreply_mail", auto=True, uai="0551922R", region="grand-est", plat="esidoc", hard=False, lang="fr",
  notes="An assistant d'éducation writes for the librarian: the e-sidoc new-password mail never arrives; asks whether it comes from us or from the ENT, which sometimes blocks outside mail.",
  frm=("Lina Haddad", "lina.haddad@ac-nancy-metz.fr"), style="gmail", date="2025-11-25 10:27",
  subject="Question mail de mot de passe du CDI",
  body="""Bonjour,

Je suis assistante d'éducation au collège Jean-Moulin de Bar-le-Duc
(0551922R) et j'aide notre documentaliste, qui m'a demandé de vous écrire.

Elle a cliqué plusieurs fois sur « mot de passe oublié » sur e-sidoc, et le
mail n'arrive pas. On se demande : est-ce que ce mail part de chez vous ou
de l'ENT Mon Bureau Numérique ? Parce que l'ENT bloque parfois les messages
de l'extérieur, les élèves s'en plaignent souvent.

Merci de nous éclairer,
Lina Haddad
""")


# =====================================================================
#  mailinblack_spam
# =====================================================================

M(cat="mailinblack_spam", auto=True, uai="0511109D", region="grand-est", plat="espace_acheteur", hard=False, lang="fr",
  notes="The collège's MailInBlack quarantined the Espace Acheteur activation mail; asks how to get it out.",
  frm=("Céline Jacquemin", "gestion@college-la-fontaine.cd51.fr"), style="outlook", date="2025-11-03 11:02",
  subject="Mail d'activation en quarantaine MailInBlack",
  body="""Bonjour,

Le Département a équipé notre collège de MailInBlack à la rentrée. En
consultant ma quarantaine ce matin, j'ai trouvé votre mail d'activation du
compte Espace Acheteur, daté de mercredi. Entre-temps le lien a sûrement
expiré.

Comment faire pour que vos mails ne soient plus bloqués, et pouvez-vous me
renvoyer l'activation ?

Collège La Fontaine, Épernay - 0511109D

Céline Jacquemin
Gestionnaire
""")

M(cat="mailinblack_spam", auto=True, uai=None, region=None, plat="espace_acheteur", hard=False, lang="fr",
  notes="Dictation garbles the product name ('mail inn black', 'mail in blague') and there is no punctuation; still MailInBlack holding the platform's mails. No UAI, personal address.",
  frm=("Sophie Laurent", "sophie.laurent.gest@orange.fr"), style="iphone", date="2025-11-04 18:26",
  subject="messages bloqués",
  body="""bonjour l'informaticien du département nous a installé mail inn black sur la messagerie du collège et depuis vos messages de l'espace acheteur n'arrivent plus ils restent bloqués dans mail in blague enfin le truc qui demande de confirmer qu'on est humain je ne sais pas comment les débloquer pouvez-vous m'envoyer la marche à suivre merci Sophie Laurent gestionnaire

Envoyé de mon iPhone""")

_m = our_mid(7195, "2025-11-05 09:20")
M(cat="mailinblack_spam", auto=True, uai="0021334P", region="hauts-de-france", plat="espace_acheteur", hard=False, lang="fr",
  irt=_m,
  notes="Reply (Outlook quote) to our junk-folder answer: their IT found that MailInBlack holds the mails. The MailInBlack guide is now the right answer.",
  frm=("Stéphanie Dupont", "s.dupont@college-vauban.aisne.fr"), style="outlook", date="2025-11-06 15:18",
  subject="RE: [#SUP-007195] Pas de mail de confirmation",
  body="""Bonjour,

Rien dans les indésirables, mais notre informaticien est passé hier : c'est
Mailinblack qui retient vos messages. Il dit qu'il faut « autoriser
l'expéditeur » mais n'a pas eu le temps de le faire, et moi je ne sais pas
où cliquer.

Avez-vous une procédure ? Collège Vauban, 0021334P.

Merci,
Stéphanie Dupont

""" + q_outlook("2025-11-05 09:20", DESK_FULL, "Stéphanie Dupont <s.dupont@college-vauban.aisne.fr>",
                "[#SUP-007195] Pas de mail de confirmation", ANS_JUNK))

M(cat="mailinblack_spam", auto=False, uai=None, region="hauts-de-france", plat="espace_acheteur", hard=True, lang="fr",
  notes="A CPE describes the sender-authentication challenge (a page asking senders to prove they are human, mails held until then) without naming MailInBlack; writes for the gestionnaire. Product not confirmed, so a person checks before sending the guide.",
  frm=("Karim Belkacem", "karim.belkacem@ac-lille.fr"), style="gmail", date="2025-11-07 12:03",
  subject="Messages retenus par un filtre ?",
  body="""Bonjour,

Je suis CPE et je vous écris pour notre gestionnaire, absente aujourd'hui,
qui ne reçoit plus vos messages sur la boîte du collège.

Ce que j'ai compris : depuis peu, quand quelqu'un d'extérieur écrit au
collège, il reçoit un mail lui demandant de cliquer sur un lien et de
recopier des lettres pour « prouver qu'il n'est pas un robot ». Tant qu'il
ne l'a pas fait, le message reste bloqué quelque part. Vos messages
automatiques ne le font évidemment pas, donc ils restent coincés.

Je ne connais pas le nom de l'outil. Que faut-il faire ?

Karim Belkacem
CPE
""")

M(cat="mailinblack_spam", auto=True, uai=None, region=None, plat="espace_acheteur", hard=False, lang="en",
  notes="English; 'MailinBlack Protect' quarantines the Espace Acheteur password links. No UAI, non-academic domain.",
  frm=("Tom Baxter", "t.baxter@lycee-international-example.eu"), style="outlook", date="2025-11-10 10:45",
  subject="Your password e-mails stuck in MailinBlack",
  headers=[("Content-Language", "en-GB")],
  body="""Hi,

Our school switched to MailinBlack Protect last month, and since then the
password e-mails from the Espace Acheteur end up in the MailinBlack
quarantine instead of my inbox. By the time I find them, the link has
expired.

Is there a guide for whitelisting your sender in MailinBlack? I would rather
fix it once and for all.

Thanks,
Tom Baxter
Finance office
""")

M(cat="mailinblack_spam", auto=False, uai="0521771T", region="grand-est", plat="espace_acheteur", hard=True, lang="fr",
  notes="Two topics: MailInBlack blocks the Espace Acheteur mails (first, main) and a Cafeyn subscription not visible on the e-sidoc portal (subscription_activation). Two platforms; the main one is the Espace Acheteur.",
  frm=("Aurélie Simonnet", "aurelie.simonnet@ac-reims.fr"), style="zimbra", date="2025-11-12 14:30",
  subject="Mailinblack + abonnement",
  body="""Bonjour,

Premier point : depuis que le Département a mis MailInBlack sur la
messagerie du collège, je ne reçois plus rien de l'Espace Acheteur, tout
part en quarantaine. Comment autoriser vos adresses ?

Deuxième point, qui n'a rien à voir : l'abonnement Cafeyn commandé pour le
CDI n'apparaît toujours pas sur notre portail e-sidoc.

Collège Diderot, Langres - 0521771T

Merci,
Aurélie Simonnet
""")

M(cat="mailinblack_spam", auto=True, uai=None, region=None, plat="espace_acheteur", hard=False, lang="fr",
  notes="A département's IT department asks which senders to allow in MailInBlack for all its collèges. No UAI, non-academic domain.",
  frm=("Guillaume Renaud", "guillaume.renaud@cotedor.fr"), style="outlook", date="2025-11-13 09:33",
  subject="Liste blanche MailInBlack pour les collèges de Côte-d'Or",
  body="""Bonjour,

Le Département a déployé MailInBlack sur les 47 collèges publics. Plusieurs
gestionnaires nous indiquent que les messages de l'Espace Acheteur sont
retenus.

Plutôt que de laisser chaque établissement autoriser vos adresses une par
une, nous souhaitons les ajouter à la liste blanche globale. Pouvez-vous nous
communiquer les adresses d'expédition (ou le domaine) à autoriser ?

Cordialement,

Guillaume Renaud
Service infrastructure - Direction du numérique
""")

_fw = """---------- Forwarded message ---------
De : Mailinblack <quarantaine@mailinblack.example.com>
Date: lun. 17 nov. 2025 à 07:00
Subject: Votre rapport de quarantaine quotidien
To: <documentation@college-st-exupery.vosges.fr>

Rapport de quarantaine - 3 messages en attente

Expéditeur                                Objet
no-reply@esidoc.example.fr                Réinitialisation de votre mot de passe
no-reply@esidoc.example.fr                Réinitialisation de votre mot de passe
newsletter@librairie-example.fr           Nos nouveautés de novembre

[Délivrer]  [Autoriser l'expéditeur]  [Supprimer]"""
M(cat="mailinblack_spam", auto=True, uai="0880779U", region="grand-est", plat="esidoc", hard=False, lang="fr",
  notes="Forward of the daily Mailinblack quarantine report (machine text inside) with a real question on top: is that sender really us, and should she allow it.",
  frm=("Marie-Odile Vautrin", "documentation@college-st-exupery.vosges.fr"), style="gmail", date="2025-11-17 08:16",
  subject="Fwd: Votre rapport de quarantaine quotidien",
  body="""Bonjour,

Je reçois ce rapport tous les matins. Les deux messages
« no-reply@esidoc.example.fr », c'est bien vous ? Je n'ose pas cliquer sur
« Autoriser » sans être sûre, on nous met tellement en garde contre le
hameçonnage. C'est bien moi qui ai demandé un nouveau mot de passe vendredi.

Collège Saint-Exupéry, Épinal - 0880779U

Marie-Odile Vautrin

""" + _fw)

M(cat="mailinblack_spam", auto=True, uai="0082770T", region="grand-est", plat="espace_acheteur", hard=False, lang="fr",
  notes="Cité scolaire secretary: MailInBlack is installed only on the lycée's domain, and she says which establishment is concerned (the lycée, 0082770T). Asks for the allow-list procedure.",
  frm=("Patricia Noël", "secretariat@lycee-bayard.ardennes.fr"), style="outlook", date="2025-11-18 10:05",
  subject="MailInBlack - lycée uniquement",
  body="""Bonjour,

Je suis secrétaire de la cité scolaire Bayard à Charleville. Petite
précision pour éviter les confusions : le collège et le lycée ont chacun leur
messagerie, et MailInBlack n'a été installé que sur celle du LYCÉE
(0082770T). Du côté du collège, vos messages arrivent normalement.

Au lycée, en revanche, les messages de l'Espace Acheteur sont bloqués depuis
trois semaines. Pouvez-vous m'envoyer la procédure pour les débloquer ?

Merci,
Patricia Noël
""")

M(cat="mailinblack_spam", auto=True, uai=None, region=None, plat=None, hard=False, lang="fr",
  notes="One line from a phone: blocked by mailinblack, send the procedure. No platform named, no UAI.",
  frm=("Gaëlle Martin", "gaelle.martin57@gmail.com"), style="iphone", date="2025-11-19 07:12",
  subject="mailinblack",
  body="""Bloqué par mailinblack, envoyez la procédure svp. Merci

Envoyé de mon iPhone""")

M(cat="mailinblack_spam", auto=True, uai="0600856E", region="hauts-de-france", plat="espace_acheteur", hard=False, lang="fr",
  notes="Clicked 'autoriser' in a MailInBlack notice, but the following platform mails are still held.",
  frm=("Caroline Bréhier", "intendance@college-jean-moulin.oise.fr"), style="thunderbird", date="2025-11-20 11:40", cte="8bit",
  subject="Toujours bloqué malgré l'autorisation",
  body="""Bonjour,

Il y a quinze jours, j'ai reçu une notification MailInBlack à propos d'un
message de l'Espace Acheteur et j'ai cliqué sur « autoriser l'expéditeur ».
Je pensais l'affaire réglée. Pourtant les deux derniers messages (une
notification de commande et une alerte d'offre) sont de nouveau en
quarantaine.

Faut-il autoriser plusieurs adresses ? Collège Jean-Moulin, Creil
(0600856E).

Caroline Bréhier
Intendance
""")

M(cat="mailinblack_spam", auto=True, uai="0541244J", region="grand-est", plat="espace_acheteur", hard=False, lang="fr",
  notes="Long complaint about MailInBlack imposed on schools without training; the plain request is the allow-list guide.",
  frm=("Bernard Collignon", "bernard.collignon@college-jules-ferry.cd54.fr"), style="outlook", date="2025-11-24 17:58",
  subject="MailInBlack : on nous l'impose, à vous de nous aider",
  body="""Bonjour,

Je voudrais d'abord dire que ce n'est pas à vous que j'en veux. Mais :
MailInBlack nous a été imposé en octobre sans la moindre formation, avec une
note de deux lignes. Depuis, les parents qui écrivent au collège reçoivent
un mail leur demandant de « s'authentifier », la moitié ne le fait pas, et
nous découvrons leurs messages une semaine plus tard. Les fournisseurs, les
mairies, le rectorat, même la DSDEN : tout le monde se retrouve en
quarantaine. Et bien sûr vos messages de l'Espace Acheteur aussi, avec des
liens qui expirent avant qu'on les trouve.

Nous avons posé la question au Département, qui nous renvoie vers
l'éditeur, qui nous renvoie vers le Département.

Alors je m'adresse à vous, très simplement : envoyez-moi votre guide pour
autoriser vos adresses dans MailInBlack. Je le ferai moi-même.

Bernard Collignon
Gestionnaire - collège Jules-Ferry, Lunéville (0541244J)
""")

M(cat="mailinblack_spam", auto=True, uai="0620333A", region="hauts-de-france", plat="espace_acheteur", hard=False, lang="fr",
  notes="Checked the junk folder first (nothing), then found a MAILINBLACK message asking her to validate the no-reply sender: MailInBlack is named, so mailinblack_spam.",
  frm=("Nadège Fontaine", "nadege.fontaine@college-boris-vian.pasdecalais.fr"), style="gmail", date="2025-11-25 14:20",
  subject="Mail mot de passe Espace Acheteur",
  body="""Bonjour,

J'ai demandé un nouveau mot de passe sur l'Espace Acheteur et je n'ai rien
reçu. J'ai vérifié le dossier des indésirables : vide.

En revanche j'ai un message de MAILINBLACK qui me dit qu'un mail de
« no-reply@espace-acheteur.example.fr » attend ma validation. Est-ce que je
peux le valider sans risque ? Et faut-il faire autre chose pour les
prochaines fois ?

Collège Boris-Vian, Arras - 0620333A

Nadège Fontaine
""")


# =====================================================================
#  head_of_establishment_request
# =====================================================================

M(cat="head_of_establishment_request", auto=False, uai="0540753A", region="grand-est", plat="esidoc", hard=False, lang="fr",
  notes="The principal writes from the ce.<UAI> address (DKIM/SPF pass): reset of the e-sidoc admin password and new contact address for the new librarian.",
  frm=("Principal collège Guynemer", "ce.0540753A@ac-nancy-metz.fr"), style="outlook", date="2025-11-03 08:05",
  subject="Demande du chef d'établissement - compte administrateur e-sidoc",
  body="""Madame, Monsieur,

Mme Aubert, professeure documentaliste, a quitté l'établissement au 1er
novembre. Elle est remplacée par M. Ferry à compter de ce jour.

En ma qualité de principal du collège Guynemer (0540753A), je vous demande :
- de réinitialiser le mot de passe du compte administrateur de notre portail
  e-sidoc ;
- de remplacer l'adresse de contact du compte par celle de M. Ferry :
  thomas.ferry@ac-nancy-metz.fr.

Je vous remercie par avance.

Le principal,
Didier Humbert
""")

M(cat="head_of_establishment_request", auto=False, uai="0590370G", region="hauts-de-france", plat="espace_acheteur", hard=False, lang="fr",
  also=["0591369T"],
  notes="Proviseur of a cité scolaire names a new Espace Acheteur structure administrator for the lycée (0590370G, the label) and says the collège's structure (0591369T) stays unchanged. Two UAIs in one head's request.",
  frm=("Proviseur Cité scolaire Fénelon", "ce.0590370G@ac-lille.fr"), style="outlook", date="2025-11-04 17:20",
  cc=[("Agence comptable", "agence.comptable.fenelon@ac-lille.fr")],
  subject="Cité scolaire Fénelon - changement d'administrateur (lycée)",
  body="""Bonjour,

Je suis proviseur de la cité scolaire Fénelon, qui regroupe un lycée et un
collège ayant chacun leur UAI et leur structure sur l'Espace Acheteur.

Ma demande ne concerne que la structure du LYCÉE (UAI 0590370G) :
M. Olivier Dumez, adjoint gestionnaire, en devient l'administrateur à
compter du 1er décembre, en remplacement de Mme Hocquet, mutée. Je vous
demande de fermer les accès de Mme Hocquet à cette date.

La structure du collège (UAI 0591369T) reste administrée par Mme Lenglart :
aucun changement de ce côté.

Bien cordialement,

Francis Delcourt
Proviseur
""")

M(cat="head_of_establishment_request", auto=False, uai="0081568L", region="grand-est", plat="esidoc", hard=False, lang="fr",
  notes="A primary-school head (directrice d'école) asks, from the school's ce. address, to replace the contact address of the e-sidoc admin account.",
  frm=("Ecole primaire Les Tilleuls", "ce.0081568L@ac-reims.fr"), style="roundcube", date="2025-11-05 12:15", cte="8bit",
  subject="Changement d'adresse de contact - BCD",
  body="""Bonjour,

Je suis directrice de l'école élémentaire Les Tilleuls (0081568L) à
Rethel. Le compte administrateur du portail e-sidoc de notre BCD est
rattaché à l'adresse personnelle d'une enseignante partie en retraite en
juin.

Je vous demande de remplacer cette adresse par celle de l'école :
ce.0081568L@ac-reims.fr.

Merci,

Mme Christine Lallemand
Directrice
""")

_q = q_zimbra("2025-11-06 15:10", '"Assistance" <%s>' % DESK,
              '"Principal" <principal.clg-gaston-roupnel@ac-dijon.fr>',
              "[#SUP-007221] Accès e-sidoc - documentaliste en congé",
              """Bonjour,

Pour donner l'accès administrateur à la documentaliste remplaçante, nous
avons besoin d'une demande écrite du chef d'établissement précisant le nom
et l'adresse de la personne concernée.

Cordialement,
Marc, équipe d'assistance""")
M(cat="head_of_establishment_request", auto=False, uai="0212469V", region="bourgogne-franche-comte", plat="esidoc", hard=False, lang="fr",
  irt=our_mid(7221, "2025-11-06 15:10"),
  notes="Reply (Zimbra quote) in which the principal gives the written request our staff asked for: admin access for the replacement librarian.",
  frm=("Principal Gaston-Roupnel", "principal.clg-gaston-roupnel@ac-dijon.fr"), style="zimbra", date="2025-11-07 07:58",
  subject="Re: [#SUP-007221] Accès e-sidoc - documentaliste en congé",
  body="""Bonjour,

Comme demandé : je soussigné Pierre Mathey, principal du collège
Gaston-Roupnel (0212469V), demande que l'accès administrateur de notre
portail e-sidoc soit attribué à Mme Inès Garnier, documentaliste
remplaçante, adresse ines.garnier@ac-dijon.fr, pour la durée du congé de
Mme Bailly.

Cordialement,
P. Mathey

""" + _q)

M(cat="head_of_establishment_request", auto=False, uai="0100218H", region="grand-est", plat="esidoc", hard=True, lang="fr",
  cc=[("Principal", "ce.0100218H@ac-reims.fr")],
  attach=[("Courrier_principal_acces_CDI.pdf", "application/pdf", PDF)],
  notes="A CPE sends the principal's signed letter (PDF) with the principal's ce. address in copy: it is the head's written request (new admin contact for the CDI portal), relayed. Staff check the letter and the sender.",
  frm=("Laurent Michaud", "laurent.michaud@ac-reims.fr"), style="thunderbird", date="2025-11-10 11:34", cte="8bit",
  subject="Courrier de M. le Principal - accès portail CDI",
  body="""Bonjour,

Vous trouverez ci-joint le courrier signé de M. le Principal du collège
Pierre-Brossolette de Troyes (0100218H), qui m'a demandé de vous le faire
parvenir, il est en copie.

Il y demande que l'adresse de contact du compte administrateur e-sidoc soit
remplacée par celle de la nouvelle documentaliste, Mme Guillot, et que le
mot de passe soit réinitialisé.

Bien à vous,
Laurent Michaud
CPE
""")

M(cat="head_of_establishment_request", auto=False, uai="0681669V", region="grand-est", plat="esidoc", hard=False, lang="fr",
  notes="The principal authorises in writing the librarian to validate the press-bundle order (authorisation of an order).",
  frm=("Principale collège Anne-Frank", "ce.0681669V@ac-strasbourg.fr"), style="outlook", date="2025-11-12 16:45",
  subject="Autorisation de commande - bouquet presse CDI",
  body="""Bonjour,

J'autorise Mme Sarah Meyer, professeure documentaliste du collège
Anne-Frank d'Illzach (0681669V), à valider en mon nom la commande du
bouquet presse 2026 pour le CDI, d'un montant de 1 240 euros TTC, sur
votre boutique e-sidoc.

Le bon d'engagement sera transmis par notre gestionnaire.

Cordialement,

Valérie Kuntz
Principale
""")

M(cat="head_of_establishment_request", auto=False, uai="0672308V", region="grand-est", plat="esidoc", hard=True, lang="fr",
  auth="fail", relay="vps-71234.hosting-discount.example.net",
  reply_to=("Direction college", "direction.college.strasbourg@gmail.com"),
  notes="Claims to be the principal from the ce.<UAI> address, but SPF and DMARC fail, Reply-To is Gmail, and it asks to make an outside 'IT contractor' administrator with a Gmail address: a probable spoof. Still a head-of-establishment request for the queue, where staff should refuse it.",
  frm=("Principal", "ce.0672308V@ac-strasbourg.fr"), style="roundcube", date="2025-11-13 05:52", cte="8bit",
  subject="Ajout administrateur - prestataire informatique",
  body="""Bonjour,

Je suis le principal du collège. Dans le cadre de la maintenance de nos
outils, notre prestataire informatique doit avoir un accès administrateur à
notre portail e-sidoc. Merci de créer ce compte administrateur au nom de
M. Kessler, à l'adresse kessler.informatique@gmail.com, et de lui
communiquer directement les identifiants.

Merci de traiter cette demande aujourd'hui, l'intervention est prévue
demain matin.

Le Principal
""")

M(cat="head_of_establishment_request", auto=False, uai="0601393N", region="hauts-de-france", plat="esidoc", hard=False, lang="fr",
  notes="The principal dictates on his phone (homophones, no punctuation: 'et si doc', 'soussigner'): he authorises the reset of the admin password and the librarian's address as contact.",
  frm=("Alain Dubreuil", "alain.dubreuil@ac-amiens.fr"), style="iphone", date="2025-11-14 19:30",
  subject="Autorisation réinitialisation",
  body="""bonjour je soussigner Alain Dubreuil principal du collège Jacques Prévert de Noyon code 0601393N autorise la réinitialisation du mot de passe administrateur du portail et si doc du collège et demande que l'adresse de contact soit désormais celle de madame Roux notre documentaliste à savoir claire.roux@ac-amiens.fr je vous prie d'agréer mes salutations distinguées

Envoyé de mon iPhone""")

M(cat="head_of_establishment_request", auto=False, uai="0591555V", region="hauts-de-france", plat="esidoc", hard=False, lang="en",
  notes="English; the head of an international school names the new e-sidoc administrator and asks to remove the former librarian's access.",
  frm=("Jennifer Walsh", "head@international-school-lille.example.org"), style="outlook", date="2025-11-17 09:10",
  headers=[("Content-Language", "en-GB")],
  subject="Change of e-sidoc administrator",
  body="""Dear Sir or Madam,

As Head of School of the International School of Lille Métropole (UAI
0591555V), I am writing to ask you to change the administrator of our
e-sidoc library portal.

Our former librarian, Mr Daniel Price, left the school at the end of
October. Please remove his access and make our new librarian, Ms Amira
Kaci (a.kaci@international-school-lille.example.org), the administrator of
the portal.

Yours faithfully,

Jennifer Walsh
Head of School
""")

M(cat="head_of_establishment_request", auto=False, uai="0801815N", region="hauts-de-france", plat="esidoc", hard=False, lang="fr",
  notes="The principal writes from his personal académie address (not the ce. one): a departed librarian must lose access; asks for a reset with the link to the school's address.",
  frm=("Patrick Vasseur", "patrick.vasseur@ac-amiens.fr"), style="outlook", date="2025-11-18 12:30",
  subject="Départ de la documentaliste - sécuriser l'accès",
  body="""Bonjour,

Principal du collège Les Coudriers à Ham (0801815N), je vous écris de mon
adresse académique personnelle, la boîte de l'établissement étant relevée
par le secrétariat, absent cette semaine.

Notre documentaliste a quitté l'établissement dans des conditions un peu
difficiles et conserve le mot de passe du portail e-sidoc. Je souhaite que
ce mot de passe soit réinitialisé, et que le lien soit envoyé sur l'adresse
de l'établissement, pas sur la sienne.

Je reste joignable au 03 22 00 00 00.

Patrick Vasseur
Principal
""")

M(cat="head_of_establishment_request", auto=False, uai="0892909D", region="bourgogne-franche-comte", plat="esidoc", hard=False, lang="fr",
  notes="The proviseure confirms from her phone, quoting her librarian's request below (Apple quote style), that the reset may be done.",
  frm=("Sabine Morel", "sabine.morel@ac-dijon.fr"), style="apple", date="2025-11-19 21:14",
  subject="Re: Demande de réinitialisation e-sidoc lycée Joseph-Fourier",
  body="""Bonjour,
Je confirme la demande de Mme Renaud ci-dessous. Vous pouvez procéder.
S. Morel, proviseure

""" + q_apple("2025-11-19 16:02", "Élodie Renaud", "elodie.renaud@ac-dijon.fr",
              """Bonjour,

Je ne parviens plus à me connecter au back office e-sidoc du lycée
Joseph-Fourier d'Auxerre (0892909D). Pourriez-vous réinitialiser le mot de
passe ? Je mets Mme la proviseure en copie pour qu'elle confirme.

Élodie Renaud, professeure documentaliste"""))

M(cat="head_of_establishment_request", auto=False, uai="0251107T", region="bourgogne-franche-comte", plat="espace_acheteur", hard=False, lang="fr",
  notes="Written delegation: the principal declares who may validate orders for the establishment on the Espace Acheteur.",
  frm=("Principal collège Victor-Hugo", "ce.0251107T@ac-besancon.fr"), style="thunderbird", date="2025-11-20 10:00", cte="8bit",
  attach=[("Delegation_signature_2025-2026.pdf", "application/pdf", PDF)],
  subject="Délégation - validation des commandes",
  body="""Madame, Monsieur,

Je vous informe que, pour l'année scolaire 2025-2026, seules les personnes
suivantes sont habilitées à valider les commandes du collège Victor-Hugo de
Besançon (0251107T) sur l'Espace Acheteur :

- Mme Anne Cuenot, adjointe gestionnaire ;
- M. Rémi Faivre, secrétaire d'intendance, en cas d'absence de Mme Cuenot.

La délégation signée est jointe.

Le principal,
Thierry Grandjean
""")

M(cat="head_of_establishment_request", auto=False, uai="0592998N", region="hauts-de-france", plat="espace_acheteur", hard=True, lang="fr",
  notes="Written by the direction secretary 'à la demande de M. le Principal' from the ce.<UAI> address: change of Espace Acheteur administrator. The request is the head's, relayed without a signed letter, so staff must verify.",
  frm=("Secrétariat de direction", "ce.0592998N@ac-lille.fr"), style="outlook", date="2025-11-21 14:50",
  subject="Changement d'administrateur Espace Acheteur",
  body="""Bonjour,

À la demande de M. le Principal du collège Anatole-France de Maubeuge
(0592998N), je vous informe que M. Gaëtan Ricard, nouvel adjoint
gestionnaire, remplace Mme Fievet comme administrateur de notre structure
sur l'Espace Acheteur.

M. le Principal demande que les droits de Mme Fievet soient supprimés et
que M. Ricard (gaetan.ricard@ac-lille.fr) reçoive les droits
d'administration.

Pour M. le Principal, et par délégation,
Nathalie Wattiez
Secrétaire de direction
""")


# =====================================================================
#  account_creation
# =====================================================================

M(cat="account_creation", auto=True, uai=None, region="grand-est", plat="espace_acheteur", hard=False, lang="fr",
  notes="How to create an Espace Acheteur account for a new deputy gestionnaire: the sign-up answer fits. Region from ac-reims.fr.",
  frm=("Pascal Gérardin", "pascal.gerardin@ac-reims.fr"), style="zimbra", date="2025-11-04 13:50",
  subject="Création de compte pour une collègue",
  body="""Bonjour,

Une nouvelle adjointe gestionnaire arrive lundi dans notre collège. Elle aura
besoin d'un compte sur l'Espace Acheteur pour préparer les commandes.
Est-ce que c'est à moi de le créer, ou doit-elle s'inscrire elle-même ? Et
si oui, où ?

Merci,
Pascal Gérardin
""")

M(cat="account_creation", auto=True, uai="0020113M", region="hauts-de-france", plat="espace_acheteur", hard=False, lang="fr",
  notes="Filled the sign-up form, cannot log in: 'compte en attente de validation' (FAQ case: the structure administrator validates).",
  frm=("Jordan Pruvost", "jordan.pruvost@ac-amiens.fr"), style="outlook", date="2025-11-06 10:22",
  subject="Compte en attente de validation",
  body="""Bonjour,

Je me suis inscrit sur l'Espace Acheteur mardi. Quand j'essaie de me
connecter, j'ai le message « Votre compte est en attente de validation ».
C'est normal ? Combien de temps ça prend ?

Collège Gérard-Philipe, Soissons (0020113M).

Jordan Pruvost
Secrétaire d'intendance
""")

M(cat="account_creation", auto=False, uai="0392199D", region="bourgogne-franche-comte", plat="espace_acheteur", hard=False, lang="fr",
  also=["0392249H"],
  notes="Cité scolaire: asks who administers the collège's structure (0392199D, the label), maybe the lycée's (0392249H). Who-is-the-administrator needs a look-up by a person.",
  frm=("Cindy Bourgeois", "cindy.bourgeois@ac-besancon.fr"), style="zimbra", date="2025-11-07 15:05",
  subject="Qui est l'administrateur de notre structure ?",
  body="""Bonjour,

Je travaille au secrétariat de la cité scolaire de Champagnole. Je voudrais
un compte sur l'Espace Acheteur pour le collège (0392199D), mais on me dit
que ma demande doit être validée par « l'administrateur de la structure ».

Personne ici ne sait qui c'est. Est-ce que c'est quelqu'un du collège ? Ou
est-ce que le collège dépend de la structure du lycée (0392249H), dont
l'adjoint gestionnaire a un compte ?

Pouvez-vous me dire qui je dois relancer ?

Cindy Bourgeois
""")

M(cat="account_creation", auto=True, uai="0901366W", region="bourgogne-franche-comte", plat="espace_acheteur", hard=True, lang="fr",
  notes="Negation: 'ce n'est pas un mot de passe perdu', no account was ever created for her. account_creation, not password_reset.",
  frm=("Yasmina Cherif", "yasmina.cherif@ac-besancon.fr"), style="gmail", date="2025-11-10 16:40",
  subject="Accès Espace Acheteur",
  body="""Bonjour,

Ma collègue m'a dit de cliquer sur « mot de passe oublié », mais ce n'est
pas un mot de passe perdu : on ne m'a jamais créé de compte. Je suis
arrivée comme adjointe gestionnaire en septembre au collège Mozart de
Danjoutin (0901366W) et je n'ai jamais eu d'identifiant.

Comment dois-je m'y prendre pour avoir un compte ?

Yasmina Cherif
""")

M(cat="account_creation", auto=False, uai="0702200L", region="bourgogne-franche-comte", plat="espace_acheteur", hard=False, lang="fr",
  notes="Account works; asks for the rights to validate orders to be opened. A person answers.",
  frm=("Fabien Grosjean", "fabien.grosjean@ac-besancon.fr"), style="thunderbird", date="2025-11-12 09:18", cte="8bit",
  subject="Droits de validation des commandes",
  body="""Bonjour,

J'ai bien un compte sur l'Espace Acheteur et je me connecte sans problème,
mais je ne peux que consulter : le bouton « Valider la commande » est grisé.
Je suis pourtant le gestionnaire du collège (0702200L, Vesoul).

Pouvez-vous m'ouvrir les droits de validation ?

Fabien Grosjean
""")

M(cat="account_creation", auto=True, uai=None, region=None, plat="espace_acheteur", hard=False, lang="en",
  notes="English; a new business manager asks how to sign up for a buyer account. No UAI, non-academic domain.",
  frm=("Olivia Grant", "o.grant@international-school-lille.example.org"), style="gmail", date="2025-11-14 11:11",
  subject="How do I open an account?",
  body="""Hello,

I started last week as business manager and I've been told all our orders
for furniture and IT should go through the Espace Acheteur. How do I get an
account? Is there a form somewhere, or does someone at the school need to
invite me?

Best wishes,
Olivia Grant
""")

M(cat="account_creation", auto=False, uai="0621149M", region="hauts-de-france", plat="esidoc", hard=False, lang="fr",
  notes="The collège's UAI is not in the list when opening the customer account (establishment created this year): the FAQ sends these to the sales team.",
  frm=("Rachid Ouali", "rachid.ouali@ac-lille.fr"), style="outlook", date="2025-11-18 14:25",
  subject="UAI introuvable à l'inscription",
  body="""Bonjour,

Notre collège a ouvert en septembre après la fusion de deux établissements
de Liévin. Je veux créer le compte client pour commander nos abonnements
de périodiques, mais notre UAI (0621149M) n'apparaît pas dans la liste
déroulante. Je ne trouve que les deux anciens collèges, qui n'existent
plus.

Comment faire ?

Rachid Ouali
Gestionnaire
""")

M(cat="account_creation", auto=False, uai="0512021V", region="grand-est", plat="esidoc", hard=True, lang="fr",
  also=["0511659B"],
  notes="Librarian on two sites is already administrator of the first collège's portal (0511659B) and asks for an account on the second collège's portal (0512021V, the label). Opening rights is for a person.",
  frm=("Damien Lecomte", "damien.lecomte@ac-reims.fr"), style="thunderbird", date="2025-11-21 17:02", cte="8bit",
  subject="Compte sur le portail de mon 2e établissement",
  body="""Bonjour,

Depuis la rentrée, je suis documentaliste à mi-temps dans deux collèges :
Sézanne (0511659B), où j'ai déjà un compte administrateur e-sidoc, et
Fère-Champenoise (0512021V), où je n'ai rien du tout. Le principal de
Fère-Champenoise est d'accord pour que j'aie la main sur leur portail.

Pouvez-vous me créer un compte sur le portail de Fère-Champenoise, ou me
dire quelle démarche suivre ? Je ne touche à rien côté Sézanne.

Damien Lecomte
""")

M(cat="account_creation", auto=True, uai=None, region=None, plat="espace_acheteur", hard=False, lang="fr",
  notes="Dictation ('un conte sur l'espace à chteur'), no punctuation: how to create an Espace Acheteur account. No UAI, personal address.",
  frm=("Sandrine Hennequin", "sandrine.hennequin@sfr.fr"), style="android", date="2025-11-24 20:15",
  subject="création conte",
  body="""bonjour je voudrais créer un conte sur l'espace à chteur pour le collège où je viens d'être nommée secrétaire d'intendance mais je ne trouve pas où on s'inscrit sur le site est-ce qu'il faut un code ou une invitation merci de votre réponse Sandrine Hennequin

Envoyé depuis mon appareil Galaxy""")


# =====================================================================
#  subscription_activation
# =====================================================================

M(cat="subscription_activation", auto=True, uai="0550618Y", region="grand-est", plat="esidoc", hard=False, lang="fr",
  notes="Europresse ordered yesterday, not visible yet: within the 72-hour window.",
  frm=("Estelle Pierson", "estelle.pierson@ac-nancy-metz.fr"), style="zimbra", date="2025-11-05 10:40",
  subject="Europresse pas encore visible",
  body="""Bonjour,

Nous avons validé hier après-midi la commande de l'abonnement Europresse
pour le CDI du collège Les Avrils, Saint-Mihiel (0550618Y). Ce matin, il
n'apparaît toujours pas dans « Mes abonnements ». Faut-il faire quelque
chose de notre côté ?

Estelle Pierson
""")

M(cat="subscription_activation", auto=False, uai="0082271A", region="grand-est", plat="esidoc", hard=False, lang="fr",
  notes="Ordered on 30 October, still not active more than two weeks later: past the 72-hour rule, a person must look at the order.",
  frm=("Maryse Collard", "maryse.collard@ac-reims.fr"), style="outlook", date="2025-11-14 09:55",
  subject="Abonnement commandé le 30 octobre toujours inactif",
  body="""Bonjour,

La commande de l'abonnement « Le Monde des ados » + « Okapi » a été
validée le jeudi 30 octobre (bon d'engagement transmis le même jour).
Quinze jours plus tard, la ressource est toujours indiquée « en attente »
dans notre espace, et les élèves ne peuvent rien lire.

Pouvez-vous vérifier ce qui bloque ?

Maryse Collard
Documentaliste, collège Jean-Rogissart, Sedan (0082271A)
""")

M(cat="subscription_activation", auto=True, uai="0602952H", region="hauts-de-france", plat="esidoc", hard=True, lang="fr",
  notes="Negation: 'mon mot de passe marche très bien', login is fine; the resource is active but pupils do not see it through the ENT: publication step.",
  frm=("Benoît Lheureux", "benoit.lheureux@ac-amiens.fr"), style="gmail", date="2025-11-06 12:48",
  subject="Ressource invisible pour les élèves",
  body="""Bonjour,

Je précise d'emblée : je n'ai pas de souci de connexion, mon mot de passe
marche très bien et j'accède à tout côté administration.

Le problème est côté élèves : l'abonnement Lirtuel (enfin, le bouquet de
livres numériques jeunesse, je ne sais plus son nom exact) est bien
« actif » dans mon espace, mais quand les élèves passent par l'ENT pour
ouvrir le portail du CDI, ils ne le voient nulle part.

Y a-t-il une manipulation à faire pour que ce soit visible ?

Collège Marcelle-Pardé, Beauvais - 0602952H
Benoît Lheureux
""")

M(cat="subscription_activation", auto=True, uai="0570121X", region="grand-est", plat="esidoc", hard=False, lang="fr",
  notes="How to publish the newly active Universalis resource so that it appears in the ENT (Mon Bureau Numérique): publication of a resource.",
  frm=("Hélène Dietrich", "helene.dietrich@ac-nancy-metz.fr"), style="thunderbird", date="2025-11-10 14:12", cte="8bit",
  subject="Publier Universalis dans l'ENT",
  body="""Bonjour,

L'abonnement Universalis du collège (0570121X, Sarreguemines) est activé
depuis la semaine dernière, merci. Mais je ne sais pas comment le
« publier » pour qu'il apparaisse dans l'ENT Mon Bureau Numérique. Dans le
back office, je vois l'abonnement, mais pas de bouton « publier ».

Où dois-je aller ?

Hélène Dietrich
""")

M(cat="subscription_activation", auto=False, uai="0680844Y", region="grand-est", plat="esidoc", hard=True, lang="fr",
  also=["0682928N"],
  notes="Cité scolaire: the subscription ordered for the lycée (0680844Y, the label) shows up on the collège's portal (0682928N) instead. A configuration error a person must fix, not the 72-hour answer.",
  frm=("Christelle Muller", "christelle.muller@ac-strasbourg.fr"), style="outlook", date="2025-11-12 11:30",
  subject="Abonnement lycée apparu sur le portail du collège",
  body="""Bonjour,

À la cité scolaire de Guebwiller, le collège et le lycée ont chacun leur
portail e-sidoc. J'ai commandé la semaine dernière l'abonnement Cafeyn pour
le LYCÉE (UAI 0680844Y), avec le bon d'engagement du lycée.

Résultat : il est apparu sur le portail du COLLÈGE (UAI 0682928N), et pas
sur celui du lycée. Ma collègue du collège est ravie, mais ce n'est pas
elle qui paie !

Pouvez-vous le rattacher au bon établissement ?

Christelle Muller
Professeure documentaliste, lycée
""")

M(cat="subscription_activation", auto=True, uai="0880696D", region="grand-est", plat="esidoc", hard=False, lang="fr",
  notes="Written by the principal, on letterhead-style wording, but he only asks when the ordered subscription will be available: not a head-of-establishment request.",
  frm=("Principal collège Maurice-Barrès", "ce.0880696D@ac-nancy-metz.fr"), style="outlook", date="2025-11-13 17:05",
  subject="Mise à disposition de l'abonnement commandé",
  body="""Madame, Monsieur,

En ma qualité de principal du collège Maurice-Barrès de Charmes (0880696D),
je me permets de vous interroger sur l'abonnement numérique commandé par
notre professeure documentaliste mardi dernier.

Les enseignants de lettres souhaitent l'utiliser dès la semaine prochaine.
Pourriez-vous m'indiquer à quelle date il sera accessible ?

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations
distinguées.

Le principal,
Jean-Luc Thiébaut
""")

M(cat="subscription_activation", auto=True, uai="0581604D", region="bourgogne-franche-comte", plat="esidoc", hard=False, lang="fr",
  notes="Dictation ('universel is' for Universalis), no punctuation: ordered Monday, not visible on Wednesday, within 72 hours.",
  frm=("Odile Moulin", "odile.moulin@ac-dijon.fr"), style="android", date="2025-11-19 12:02",
  subject="abonnement",
  body="""bonjour nous avons commandé lundi l'abonnement universel is pour le CDI du collège de Clamecy et je ne le vois toujours pas apparaître sur le portail est-ce normal merci de me dire quand il sera disponible bonne journée Odile Moulin documentaliste collège 0581604D

Envoyé depuis mon appareil Galaxy""")

_m = our_mid(7275, "2025-11-17 11:44")
M(cat="subscription_activation", auto=False, uai="0252654Z", region="bourgogne-franche-comte", plat="esidoc", hard=False, lang="fr",
  irt=_m,
  notes="Reply (Gmail quote) to our 72-hour answer: the 72 hours have now passed and the resource is still missing. The template was already sent; past the window, a person looks at the order.",
  frm=("Jérôme Faivre", "jerome.faivre@ac-besancon.fr"), style="gmail", date="2025-11-21 08:35",
  subject="Re: [#SUP-007275] Abonnement Lirtuel non visible",
  body="""Bonjour,

Les 72 heures sont largement passées (commande validée vendredi 14) et
Lirtuel n'apparaît toujours pas dans « Mes abonnements ». Je n'ai donc rien
à publier.

Collège Jouffroy-d'Abbans, Baume-les-Dames (0252654Z).

Jérôme Faivre

""" + q_gmail("2025-11-17 11:44", "Assistance", DESK, ANS_72H))

M(cat="subscription_activation", auto=True, uai=None, region="bourgogne-franche-comte", plat="esidoc", hard=True, lang="fr",
  notes="UAI typed 0711229B: wrong check letter (the digits give 0711229A), so no UAI (probable typo); region from the ac-dijon.fr sender. Cafeyn ordered Monday, not visible on Tuesday.",
  frm=("Manon Perret", "manon.perret@ac-dijon.fr"), style="zimbra", date="2025-11-25 16:20",
  subject="Cafeyn - collège 0711229B",
  body="""Bonjour,

L'abonnement Cafeyn commandé hier pour le collège (0711229B, Chagny)
n'apparaît pas encore sur notre portail. Est-ce un délai normal ?

Merci,
Manon Perret
""")


# =====================================================================
#  order_billing
# =====================================================================

M(cat="order_billing", auto=False, uai="0881799C", region="grand-est", plat="esidoc", hard=False, lang="fr",
  notes="Asks for a formal quote (devis) for the 2026 renewal, needed before the bon de commande.",
  frm=("Sylvain Valentin", "sylvain.valentin@ac-nancy-metz.fr"), style="zimbra", date="2025-11-03 15:30",
  subject="Devis renouvellement 2026",
  body="""Bonjour,

Pour préparer le budget 2026, notre gestionnaire me demande un devis
officiel pour le renouvellement de notre abonnement e-sidoc et des deux
ressources associées (Europresse et Universalis). Sans devis, elle ne peut
pas émettre de bon de commande.

Collège Clemenceau, Épinal - 0881799C.

Merci,
Sylvain Valentin
""")

M(cat="order_billing", auto=False, uai="0570982H", region="grand-est", plat="esidoc", hard=True, lang="fr",
  also=["0570779M"],
  notes="Cité scolaire agent comptable: the invoice names the collège (0570779M) but the budget and the Chorus account are the lycée's (0570982H, the label); asks for the invoice to be reissued to the lycée.",
  frm=("Agence comptable - Cité scolaire", "agence.comptable.cite-fabert@ac-nancy-metz.fr"), style="outlook", date="2025-11-06 11:15",
  subject="Facture à rééditer au nom du lycée",
  body="""Bonjour,

Nous avons reçu votre facture FA-2025-1174 relative à l'abonnement du CDI
du collège. Elle est libellée au nom du collège Fabert (0570779M).

Or, dans notre cité scolaire, le collège n'a pas de budget propre : toutes
les dépenses passent par le budget du lycée Fabert (UAI 0570982H), qui est
le seul à disposer d'un compte Chorus Pro. La facture ne peut donc pas être
mise en paiement en l'état.

Merci de la rééditer au nom du lycée et de la déposer sur Chorus Pro avec
le numéro d'engagement 2025-0412.

L'agence comptable
""")

M(cat="order_billing", auto=False, uai="0552631L", region="grand-est", plat="espace_acheteur", hard=False, lang="fr",
  notes="The saved basket of school supplies on the Espace Acheteur has disappeared.",
  frm=("Joëlle Henry", "joelle.henry@ac-nancy-metz.fr"), style="outlook", date="2025-11-10 08:44",
  subject="Panier disparu",
  body="""Bonjour,

J'avais préparé mi-octobre un panier complet de fournitures (plus de
60 lignes) sur l'Espace Acheteur, que j'avais enregistré pour le valider
après les vacances. Ce matin, le panier est vide.

Est-il possible de le récupérer ? Je n'ai pas le courage de tout ressaisir.

Collège Raymond-Poincaré, Verdun - 0552631L

Joëlle Henry
""")

M(cat="order_billing", auto=False, uai="0601353V", region="hauts-de-france", plat="esidoc", hard=False, lang="fr",
  attach=[("BE_2025-0388.pdf", "application/pdf", PDF)],
  notes="The bon d'engagement upload fails at order validation ('fichier trop volumineux'); the PDF is attached to the mail instead.",
  frm=("Claire Dumont", "claire.dumont@ac-amiens.fr"), style="thunderbird", date="2025-11-12 15:20", cte="8bit",
  subject="Impossible de joindre le bon d'engagement",
  body="""Bonjour,

Au moment de valider notre commande (renouvellement des ressources du CDI),
le site refuse le bon d'engagement : « fichier trop volumineux ». Le PDF
fait pourtant moins de 1 Mo.

Je vous le joins ici. Pouvez-vous le rattacher à la commande ?

Collège Jean-de-La-Fontaine, Crépy-en-Valois (0601353V)

Claire Dumont
Gestionnaire
""")

M(cat="order_billing", auto=False, uai="0250841D", region="bourgogne-franche-comte", plat="esidoc", hard=False, lang="fr",
  notes="Long complaint about reminders and lost invoices; the plain request is a duplicate of one invoice.",
  frm=("Régine Bouveret", "regine.bouveret@ac-besancon.fr"), style="zimbra", date="2025-11-17 17:33",
  subject="Relances incessantes - demande de duplicata",
  body="""Madame, Monsieur,

C'est la troisième relance que nous recevons pour une facture que nous
n'avons JAMAIS reçue. Vos relances arrivent, elles, très bien. J'ajoute que
nous ne sommes pas un service comptable de cinquante personnes : une
gestionnaire et une secrétaire pour un collège de 600 élèves, avec des
fermetures de classes, des remplacements non assurés et un logiciel
financier qui plante un jour sur deux. Les mises en demeure automatiques
ne font qu'ajouter du stress.

Cela étant dit, je ne demande qu'une chose : un duplicata de la facture
FA-2025-0987, pour que je puisse enfin la payer.

Collège Diderot, Besançon - 0250841D

Régine Bouveret
Gestionnaire
""")

_q = """From: Assistance <support@assistance.example.fr>
Sent: Wednesday, 12 November 2025 10:05
To: Sarah Whitfield <s.whitfield@ee-strasbourg.eu>
Subject: [#SUP-007260] Invoice request

Dear Ms Whitfield,

Please find attached the invoice for your e-sidoc subscription renewal.

Kind regards,
The support team"""
M(cat="order_billing", auto=False, uai=None, region=None, plat="esidoc", hard=False, lang="en",
  irt=our_mid(7260, "2025-11-12 10:05"),
  notes="English Outlook reply ('From: / Sent:' block) asking for the invoice to be reissued to the finance department's name and address.",
  frm=("Sarah Whitfield", "s.whitfield@ee-strasbourg.eu"), style="outlook", date="2025-11-13 09:12",
  headers=[("Content-Language", "en-GB")],
  subject="RE: [#SUP-007260] Invoice request",
  body="""Dear support team,

Thank you for the invoice. Unfortunately our finance department cannot
process it as it is addressed to the library. Could you please reissue it to:

Finance Department - European School of Strasbourg
2 rue Peter Schwarzenbach, 67000 Strasbourg

with the purchase order number PO-25-311?

Best regards,
Sarah Whitfield

""" + _q)

M(cat="order_billing", auto=False, uai="0681323U", region="grand-est", plat="esidoc", hard=True, lang="fr",
  notes="Two topics: the invoice amount differs from the quote (first, main) and the Cafeyn resource is not yet visible (subscription_activation).",
  frm=("Michèle Kieffer", "michele.kieffer@ac-strasbourg.fr"), style="outlook", date="2025-11-19 10:18",
  subject="Facture + ressource",
  body="""Bonjour,

La facture reçue ce matin pour nos abonnements 2026 s'élève à 1 486 euros,
alors que le devis signé était de 1 372 euros. Il semble qu'une ressource
que nous n'avons pas commandée ait été ajoutée. Merci de vérifier et de
nous envoyer une facture corrigée.

Par ailleurs, Cafeyn (commandé avec le reste) n'est toujours pas visible
sur le portail.

Collège Kennedy, Mulhouse (0681323U)

Michèle Kieffer
Gestionnaire
""")

M(cat="order_billing", auto=False, uai=None, region=None, plat="esidoc", hard=False, lang="fr",
  notes="Private school (ensemble scolaire) asks whether it may pay by bank transfer rather than administrative mandate and for bank details. No UAI, non-academic domain.",
  frm=("Comptabilité Ensemble scolaire Saint-Paul", "comptabilite@ensemble-saint-paul-lille.example.fr"), style="plain",
  date="2025-11-20 14:05", charset="iso-8859-1", cte="8bit",
  subject="Moyen de paiement - abonnement CDI",
  body="""Bonjour,

Nous sommes un établissement privé sous contrat et nous ne payons pas par
mandat administratif. Pouvez-vous nous confirmer que nous pouvons régler
votre facture d'abonnement du CDI par virement, et nous communiquer vos
coordonnées bancaires (RIB) ?

Cordialement,
Service comptabilité
Ensemble scolaire Saint-Paul - Lille
""")

_fw = f_apple("2025-11-21 07:30", "Service recouvrement <recouvrement@esidoc.example.fr>",
              "ce.0891397K@ac-dijon.fr", "Relance : facture FA-2025-0802 impayée",
              """Madame, Monsieur,

Sauf erreur de notre part, la facture FA-2025-0802 d'un montant de
684,00 EUR, échue le 30 septembre 2025, reste impayée à ce jour.

Merci de procéder à son règlement dans les meilleurs délais.

Service recouvrement""")
M(cat="order_billing", auto=False, uai="0891397K", region="bourgogne-franche-comte", plat="esidoc", hard=False, lang="fr",
  notes="Apple Mail forward ('Début du message réexpédié') of a payment reminder for an invoice already paid by administrative mandate on 3 October.",
  frm=("Annie Rousseau", "annie.rousseau@ac-dijon.fr"), style="apple", date="2025-11-21 10:02",
  subject="Fwd: Relance : facture FA-2025-0802 impayée",
  body="""Bonjour,

Cette facture a été payée par mandat administratif le 3 octobre (mandat
n° 1284). Pouvez-vous vérifier et annuler la relance ?

Collège Paul-Bert, Auxerre - 0891397K
Annie Rousseau, gestionnaire

""" + _fw)


# =====================================================================
#  contract_documents
# =====================================================================

M(cat="contract_documents", auto=False, uai="0022500G", region="hauts-de-france", plat="espace_acheteur", hard=False, lang="fr",
  notes="CCAP not found in 'Mes Marchés' for the school-supplies market 2025-037.",
  frm=("Valérie Deneux", "valerie.deneux@ac-amiens.fr"), style="outlook", date="2025-11-04 14:44",
  subject="CCAP introuvable - marché 2025-037",
  body="""Bonjour,

Dans « Mes Marchés », le marché 2025-037 (fournitures scolaires) n'affiche
que l'acte d'engagement et le bordereau des prix. Le CCAP n'y est pas, or
j'en ai besoin pour vérifier les pénalités de retard.

Collège Jean-Mermoz, Laon (0022500G)

Valérie Deneux
""")

M(cat="contract_documents", auto=False, uai="0540394K", region="grand-est", plat="espace_acheteur", hard=False, lang="fr",
  notes="Amendment no. 1 of the cleaning-products market is announced but missing from the market documents.",
  frm=("Thomas Schmitt", "thomas.schmitt@ac-nancy-metz.fr"), style="zimbra", date="2025-11-07 10:20",
  subject="Avenant n°1 manquant",
  body="""Bonjour,

Nous avons reçu un courrier annonçant l'avenant n° 1 au marché des produits
d'entretien (révision des prix au 1er novembre). Dans l'Espace Acheteur,
l'avenant n'apparaît pas dans les documents du marché : seules les pièces
initiales sont en ligne.

Collège Jacques-Callot, Vandœuvre (0540394K).

Thomas Schmitt
""")

M(cat="contract_documents", auto=False, uai=None, region="bourgogne-franche-comte", plat="espace_acheteur", hard=False, lang="fr",
  notes="New gestionnaire cannot see the membership convention (convention d'adhésion) in her space. No UAI, region from ac-dijon.fr.",
  frm=("Laure Chapuis", "laure.chapuis@ac-dijon.fr"), style="thunderbird", date="2025-11-13 11:50", cte="8bit",
  subject="Convention d'adhésion non visible",
  body="""Bonjour,

Nouvelle gestionnaire, je cherche la convention d'adhésion de
l'établissement à la centrale d'achat. Mon prédécesseur m'a dit qu'elle
était « dans l'espace », mais je ne la trouve ni dans « Mes Marchés » ni
dans « Documents ».

Pouvez-vous me dire où elle se trouve, ou me la transmettre ?

Laure Chapuis
""")

_q = q_gmail("2025-11-10 16:20", "Support région Grand Est", "support-grand-est@assistance.example.fr",
             """Bonjour Monsieur,

Les documents du marché 2024-118 ont été republiés ce jour. Ils devraient
être visibles dans « Mes Marchés » d'ici demain.

Cordialement,
Sophie, support régional""")
M(cat="contract_documents", auto=False, uai="0521121L", region="grand-est", plat="espace_acheteur", hard=False, lang="fr",
  irt=our_mid(7250, "2025-11-10 16:20"),
  notes="Follow-up reply (Gmail quote): the market documents are still missing a week after the region's answer.",
  frm=("Alexandre Royer", "alexandre.royer@ac-reims.fr"), style="gmail", date="2025-11-18 09:06",
  to=[("Support région Grand Est", "support-grand-est@assistance.example.fr")],
  subject="Re: [#SUP-007250] Documents marché 2024-118",
  body="""Bonjour Sophie,

Une semaine plus tard, toujours rien dans « Mes Marchés » pour le 2024-118 :
le marché est listé mais la liste des documents est vide.

Collège Louise-Michel, Chaumont (0521121L).

Alexandre Royer

""" + _q)

M(cat="contract_documents", auto=False, uai=None, region="hauts-de-france", plat="espace_acheteur", hard=False, lang="fr",
  notes="Dictation, no punctuation ('mes marchés', 'pièces du marché'): only the title of the school-supplies market is shown, no documents. Region from ac-amiens.fr.",
  frm=("Fabienne Carlier", "fabienne.carlier@ac-amiens.fr"), style="iphone", date="2025-11-20 18:10",
  subject="pièces du marché",
  body="""bonjour je ne trouve pas les pièces du marché des fournitures scolaires dans mes marchés il y a seulement le titre du marché et la date mais aucun document à télécharger pouvez-vous les remettre en ligne ou me les envoyer merci Fabienne Carlier gestionnaire

Envoyé de mon iPhone""")

M(cat="contract_documents", auto=False, uai="0602071A", region="hauts-de-france", plat="espace_acheteur", hard=False, lang="fr",
  notes="The convention she e-signed last week is not visible in 'Mes Marchés': contract_documents on the Espace Acheteur, although the e-signature step is mentioned.",
  frm=("Corinne Vasseur", "corinne.vasseur@ac-amiens.fr"), style="outlook", date="2025-11-24 10:40",
  subject="Convention signée introuvable",
  body="""Bonjour,

J'ai signé électroniquement la semaine dernière la convention pour le
groupement de commandes « mobilier scolaire » (j'ai bien reçu le mail de
confirmation de la signature électronique). Mais dans « Mes Marchés », la
convention n'apparaît pas, ni signée ni non signée.

Où puis-je la consulter ? Le conseil d'administration en a besoin jeudi.

Collège Abel-Didelet, Estrées-Saint-Denis (0602071A)

Corinne Vasseur
""")

M(cat="contract_documents", auto=False, uai="0102758U", region="grand-est", plat="espace_acheteur", hard=True, lang="fr",
  also=["0102007C"],
  notes="Agent comptable of a group of schools sees the market documents for one collège (0102007C) but not for the other (0102758U, the label); says which.",
  frm=("Agence comptable de Nogent", "agence.comptable.nogent@ac-reims.fr"), style="outlook", date="2025-11-25 15:15",
  subject="Documents de marché visibles pour un seul établissement",
  body="""Bonjour,

L'agence comptable gère plusieurs établissements de l'Aube. Avec mon compte,
je vois bien les documents du marché « restauration - denrées » pour le
collège de Nogent-sur-Seine (0102007C). Pour le collège de Romilly
(0102758U), rattaché au même marché, la page des documents est vide.

C'est donc pour Romilly que je vous sollicite : pouvez-vous rendre visibles
les pièces du marché ?

Pour l'agent comptable,
Marc Girard
""")


# =====================================================================
#  transfer_incident
# =====================================================================

M(cat="transfer_incident", auto=False, uai="0571284L", region="grand-est", plat="ecoledirecte", hard=False, lang="fr",
  notes="A CPE writes: absences entered since Monday do not reach parents on EcoleDirecte; the transfer seems to fail.",
  frm=("Florian Schneider", "cpe@college-saint-joseph-metz.example.fr"), style="outlook", date="2025-11-05 12:20",
  subject="Absences non transmises sur EcoleDirecte",
  body="""Bonjour,

Je suis CPE au collège Saint-Joseph de Metz (0571284L). Depuis lundi, les
absences que nous saisissons dans Charlemagne n'apparaissent plus sur
EcoleDirecte : les parents nous appellent pour savoir pourquoi ils ne
reçoivent plus rien. La dernière mise à jour visible date de vendredi.

La secrétaire dit qu'elle n'a rien changé. Pouvez-vous regarder ?

Florian Schneider
CPE
""")

M(cat="transfer_incident", auto=False, uai=None, region=None, plat="ecoledirecte", hard=True, lang="fr",
  notes="Dictation, no punctuation: asks for 'le mot de passe de maintenance du jour' to reindex the base. transfer_incident per the taxonomy, not password_reset.",
  frm=("Secrétariat Institution Sainte-Chrétienne", "secretariat@sainte-chretienne-example.fr"), style="android", date="2025-11-06 16:55",
  subject="mot de passe maintenance",
  body="""bonjour pourriez-vous me communiquer le mot de passe de maintenance du jour pour réindexer la base Charlemagne les transferts vers école directe ne passent plus depuis ce matin et le logiciel nous demande ce mot de passe pour la réparation merci beaucoup le secrétariat

Envoyé depuis mon appareil Galaxy""")

M(cat="transfer_incident", auto=False, uai=None, region=None, plat="ecoledirecte", hard=False, lang="fr",
  notes="Licence to regenerate after the server was replaced; transfers stopped. Private school, no UAI.",
  frm=("Hugo Delannoy", "informatique@institution-notre-dame-lille.example.fr"), style="thunderbird", date="2025-11-07 09:40", cte="8bit",
  subject="Licence à régénérer suite changement de serveur",
  body="""Bonjour,

Nous avons remplacé notre serveur pendant les vacances de la Toussaint.
Charlemagne a été réinstallé, mais au démarrage de Charlemagne Outils nous
avons le message « Licence invalide pour ce poste » et les transferts vers
EcoleDirecte ne partent plus.

Pouvez-vous nous régénérer la licence ?

Hugo Delannoy
Informatique - Institution Notre-Dame
""")

M(cat="transfer_incident", auto=False, uai="0622035A", region="hauts-de-france", plat="ecoledirecte", hard=True, lang="fr",
  also=["0620821F"],
  notes="Private ensemble scolaire with two bases: the collège's (0620821F) transfers work, the lycée's (0622035A, the label) fail. Says which.",
  frm=("Secrétariat Ensemble Saint-Vaast", "secretariat@saint-vaast-example.fr"), style="outlook", date="2025-11-12 10:10",
  subject="Transferts lycée en échec (collège OK)",
  body="""Bonjour,

Nous avons deux bases Charlemagne : une pour le collège (0620821F) et une
pour le lycée (0622035A). Côté collège, les transferts vers EcoleDirecte
fonctionnent normalement. Côté LYCÉE, chaque transfert se termine par
« Échec de l'envoi - code 504 » depuis mardi matin.

Les deux bases sont sur le même serveur, on ne comprend pas.

Merci de regarder la base du lycée,
Secrétariat - Ensemble scolaire Saint-Vaast
""")

_q = q_outlook("2025-11-12 14:30", DESK_FULL, "Direction <direction@college-saint-colomban.example.fr>",
               "[#SUP-007262] Transferts bloqués",
               """Bonjour,

Pouvez-vous fermer Charlemagne Outils sur le serveur, vérifier dans le
gestionnaire des tâches qu'aucun processus Outils.exe ne reste actif, puis
le relancer ? Les transferts en attente devraient repartir.

Cordialement,
Damien, équipe d'assistance""")
M(cat="transfer_incident", auto=False, uai=None, region=None, plat="ecoledirecte", hard=False, lang="fr",
  irt=our_mid(7262, "2025-11-12 14:30"),
  notes="Reply (Outlook quote): the restart we suggested did not help; transfers still blocked.",
  frm=("Direction collège Saint-Colomban", "direction@college-saint-colomban.example.fr"), style="outlook", date="2025-11-13 08:25",
  subject="RE: [#SUP-007262] Transferts bloqués",
  body="""Bonjour Damien,

Nous avons fait exactement ce que vous indiquiez (fermeture, vérification
dans le gestionnaire des tâches, relance), et même redémarré le serveur.
Les transferts restent « en attente », rien ne part.

On fait quoi ?

Cordialement,
Secrétariat de direction

""" + _q)

M(cat="transfer_incident", auto=False, uai="0210137K", region="bourgogne-franche-comte", plat="ecoledirecte", hard=False, lang="fr",
  notes="The new IT provider's antivirus quarantines Charlemagne Outils, so transfers no longer run.",
  frm=("Arnaud Petitjean", "arnaud.petitjean@lycee-saint-benigne-example.fr"), style="outlook", date="2025-11-17 13:05",
  subject="Antivirus et Charlemagne Outils",
  body="""Bonjour,

Notre nouveau prestataire informatique a installé un antivirus sur tous les
postes la semaine dernière. Depuis, Charlemagne Outils est mis en
quarantaine au démarrage et les transferts vers EcoleDirecte ne se font
plus (établissement 0210137K).

Quels fichiers ou dossiers faut-il exclure de l'analyse ?

Arnaud Petitjean
Référent numérique
""")

M(cat="transfer_incident", auto=False, uai="0510563K", region="grand-est", plat="ecoledirecte", hard=False, lang="fr",
  notes="An assistant d'éducation writes for the CPE: the vie scolaire entries of the last two days are not synchronised to EcoleDirecte.",
  frm=("Inès Moreau", "vie-scolaire@college-saint-michel-reims.example.fr"), style="gmail", date="2025-11-19 11:58",
  subject="Synchronisation vie scolaire",
  body="""Bonjour,

Je suis assistante d'éducation, j'écris de la boîte de la vie scolaire
pour M. Roger, notre CPE, qui est en conseil de discipline toute la
matinée.

Les retards et les punitions saisis hier et ce matin dans Charlemagne ne
remontent pas sur EcoleDirecte. Les saisies de lundi, elles, sont passées.
Le transfert automatique a l'air bloqué.

Collège Saint-Michel, Reims - 0510563K

Merci,
Inès Moreau
""")

_fw = f_gmail("2025-11-20 07:45", "Famille Lemoine <lemoine.famille@free.fr>",
              "direction@college-saint-pierre-fourier.example.fr", "Notes de Lucas",
              """Bonjour Monsieur le Directeur,

Depuis plus d'une semaine, nous ne voyons plus aucune note de Lucas sur
EcoleDirecte, alors qu'il nous dit avoir eu plusieurs contrôles. Est-ce
normal ?

Cordialement,
Mme Lemoine""")
M(cat="transfer_incident", auto=False, uai=None, region=None, plat="ecoledirecte", hard=False, lang="fr",
  notes="The head of a private collège forwards a parent's complaint: grades no longer reach EcoleDirecte. Written by a head, but not a head-of-establishment request.",
  frm=("Direction Saint-Pierre-Fourier", "direction@college-saint-pierre-fourier.example.fr"), style="gmail", date="2025-11-20 08:30",
  subject="Fwd: Notes de Lucas",
  body="""Bonjour,

Je vous transfère le message d'une famille. Vérification faite, plus aucune
note ne remonte sur EcoleDirecte depuis le 10 novembre, pour toutes les
classes. Le transfert indique « terminé » mais rien n'arrive.

Merci de votre aide rapide, les conseils de classe approchent.

Le directeur

""" + _fw)

M(cat="transfer_incident", auto=False, uai="0902922M", region="bourgogne-franche-comte", plat="ecoledirecte", hard=False, lang="fr",
  notes="Long exasperated message about the software, the provider and the workload, with one plain request: regenerate the licence so transfers resume.",
  frm=("Martine Faivre", "martine.faivre@institution-sainte-marie-belfort.example.fr"), style="outlook", date="2025-11-25 18:20",
  subject="Encore la licence !!!",
  body="""Bonjour,

Je vais être honnête : je suis à bout. C'est la troisième fois depuis la
rentrée que Charlemagne nous affiche « Licence expirée », alors que nous
payons notre contrat en temps et en heure. À chaque fois, c'est une demi-
journée perdue, des parents qui téléphonent parce qu'ils ne voient plus les
absences, des professeurs qui me demandent si leurs notes « sont parties ».
Et moi, secrétaire, je ne suis ni informaticienne ni hotline.

J'aimerais vraiment que quelqu'un m'explique un jour pourquoi cette licence
« expire » tous les mois. Mais aujourd'hui, je vous demande juste de la
régénérer pour que les transferts repartent.

Institution Sainte-Marie, Belfort - 0902922M

Martine Faivre
Secrétaire de direction
""")


# =====================================================================
#  other
# =====================================================================

_m = our_mid(7318, "2025-11-20 08:12")
M(cat="other", auto=False, uai="0880366V", region="grand-est", plat="esidoc", hard=True, lang="fr",
  irt=_m,
  notes="Reply to our reset answer just to say it worked, quoting it: 'mot de passe' and 'lien' appear, nothing is asked.",
  frm=("Agathe Claudel", "agathe.claudel@ac-nancy-metz.fr"), style="gmail", date="2025-11-20 09:47",
  subject="Re: [#SUP-007318] Mot de passe administrateur",
  body="""Bonjour,

Ça a marché du premier coup, j'ai pu choisir un nouveau mot de passe et
tout refonctionne. Merci pour la rapidité !

Agathe Claudel
CDI - collège Jules-Ferry, Gérardmer (0880366V)

""" + q_gmail("2025-11-20 08:12", "Assistance", DESK, ANS_RESET))

_m = our_mid(7203, "2025-11-05 14:50")
M(cat="other", auto=False, uai=None, region="hauts-de-france", plat="espace_acheteur", hard=False, lang="fr",
  irt=_m,
  notes="Two-line reply to our junk-folder answer: the mail was in the junk folder after all, thanks. Nothing to do.",
  frm=("Delphine Lagache", "delphine.lagache@ac-lille.fr"), style="outlook", date="2025-11-06 08:03",
  subject="RE: [#SUP-007203] Lien d'activation",
  body="""Il était bien dans les indésirables, désolée pour le dérangement et merci !
D. Lagache

""" + q_outlook("2025-11-05 14:50", DESK_FULL, "Delphine Lagache <delphine.lagache@ac-lille.fr>",
                "[#SUP-007203] Lien d'activation", ANS_JUNK))

M(cat="other", auto=False, uai=None, region="bourgogne-franche-comte", plat=None, hard=False, lang="fr",
  notes="'Bien reçu, merci' from a phone: nothing to do. Region from ac-dijon.fr.",
  frm=("Francis Jobard", "francis.jobard@ac-dijon.fr"), style="iphone", date="2025-11-07 12:31",
  subject="Re: Votre demande",
  body="""Bien reçu, merci.

Envoyé de mon iPhone""")

M(cat="other", auto=False, uai=None, region=None, plat=None, hard=True, lang="fr",
  notes="A parent asks for her child's ENT/Pronote password: 'mot de passe' throughout, but not our service and not password_reset.",
  frm=("Sabrina Leroy", "sabrina.leroy59@hotmail.fr"), style="outlook", date="2025-11-08 21:14",
  subject="mot de passe ENT de mon fils",
  body="""Bonjour,

Mon fils est en 5e au collège Roger-Salengro et il a perdu son mot de passe
de l'ENT, donc il ne peut plus voir ses devoirs ni ses notes sur Pronote.
J'ai trouvé votre adresse en cherchant « assistance mot de passe collège »
sur internet.

Pouvez-vous lui renvoyer un mot de passe ? Il s'appelle Enzo Leroy.

Merci,
Mme Leroy
""")

M(cat="other", auto=False, uai=None, region=None, plat=None, hard=False, lang="de",
  notes="German: a partner school in Baden-Württemberg writes about a pupil exchange, sent to the wrong address. Unrelated.",
  frm=("Birgit Hoffmann", "b.hoffmann@gymnasium-kehl.example.de"), style="thunderbird", date="2025-11-10 10:05", cte="8bit",
  subject="Schüleraustausch Frühjahr 2026",
  body="""Sehr geehrte Damen und Herren,

wir freuen uns sehr auf den Gegenbesuch Ihrer Schülerinnen und Schüler im
März 2026. Könnten Sie uns bis Ende November die Liste der teilnehmenden
Kinder und die Namen der Begleitlehrkräfte zusenden? Wir müssen die
Gastfamilien rechtzeitig informieren.

Mit freundlichen Grüßen
Birgit Hoffmann
Koordinatorin Frankreich-Austausch
""")

M(cat="other", auto=False, uai=None, region="hauts-de-france", plat=None, hard=False, lang="fr",
  notes="Angry complaint that no one answered 'ma demande', with no word on the topic: no category can be told. Region from ac-amiens.fr.",
  frm=("Gilles Boutillier", "gilles.boutillier@ac-amiens.fr"), style="outlook", date="2025-11-12 17:45",
  subject="Toujours aucune réponse",
  body="""Bonjour,

Je vous ai écrit il y a maintenant trois semaines et je n'ai reçu AUCUNE
réponse, pas même un accusé de réception. J'ai relancé par téléphone, on
m'a dit qu'on me rappellerait : personne ne m'a rappelé.

Je trouve inadmissible qu'un service payé par nos budgets d'établissement
traite ainsi les personnels. Dans nos collèges, on répond aux familles
sous 48 heures, même quand on est deux pour 700 élèves.

Je transmets copie de ce message à mon chef d'établissement.

G. Boutillier
""")

M(cat="other", auto=False, uai=None, region=None, plat=None, hard=True, lang="fr",
  auth="fail", relay="mail.ac-reims-messagerie.com", auth_domain="ac-reims-messagerie.com",
  notes="Phishing: 'boîte académique pleine, confirmez votre mot de passe' from the look-alike domain ac-reims-messagerie.com, which is not an académie domain: no region, not password_reset.",
  frm=("Messagerie académique", "securite@ac-reims-messagerie.com"), style="plain", date="2025-11-13 03:12",
  subject="Votre boîte aux lettres a atteint 98 % de sa capacité",
  body="""Cher utilisateur,

Votre boîte aux lettres académique a atteint 98 % de sa capacité. Les
nouveaux messages seront rejetés dans les 24 heures.

Pour éviter la suspension de votre compte, confirmez votre identifiant et
votre mot de passe sur la page sécurisée ci-dessous :

https://webmail-ac-reims.messagerie-verif.example.com/confirm

Service informatique académique
Ce message est généré automatiquement.""")

M(cat="other", auto=False, uai=None, region=None, plat=None, hard=False, lang="fr",
  attach=[("CV_Yanis_Benhamou.pdf", "application/pdf", PDF)],
  notes="Unsolicited application for an assistant d'éducation post, with a CV. Unrelated.",
  frm=("Yanis Benhamou", "yanis.benhamou@gmail.com"), style="gmail", date="2025-11-14 09:30",
  subject="Candidature poste d'assistant d'éducation",
  body="""Madame, Monsieur,

Étudiant en deuxième année de licence STAPS à Reims, je suis à la recherche
d'un poste d'assistant d'éducation à mi-temps à partir de janvier. J'ai
déjà encadré des enfants en centre de loisirs et je suis titulaire du
BAFA.

Vous trouverez mon CV en pièce jointe. Je reste à votre disposition pour
un entretien.

Cordialement,
Yanis Benhamou
""")

M(cat="other", auto=False, uai=None, region="grand-est", plat=None, hard=False, lang="fr",
  notes="Hand-written request to be taken off the newsletter list: written by a person, so not automated. Region from ac-strasbourg.fr.",
  frm=("Pierre Ehrhart", "pierre.ehrhart@ac-strasbourg.fr"), style="zimbra", date="2025-11-17 12:12",
  subject="Désinscription",
  body="""Bonjour,

Je reçois votre lettre d'information depuis plusieurs années, mais je suis à
la retraite depuis septembre. Merci de me retirer de la liste de diffusion.

Bonne continuation,
P. Ehrhart
""")

M(cat="other", auto=False, uai=None, region="grand-est", plat="ticket_portal", hard=False, lang="fr",
  notes="How to add a colleague to a ticket on the ticket portal: a how-to question with no category of its own. Region from ac-nancy-metz.fr.",
  frm=("Mélanie Gaspard", "melanie.gaspard@ac-nancy-metz.fr"), style="zimbra", date="2025-11-18 15:33",
  subject="Ajouter une collègue sur un ticket",
  body="""Bonjour,

J'ai ouvert un ticket sur votre portail la semaine dernière. Ma collègue
gestionnaire voudrait suivre les échanges elle aussi. Est-il possible de
l'ajouter au ticket, pour qu'elle reçoive les réponses ? Je ne vois pas
d'option pour ça.

Mélanie Gaspard
""")

M(cat="other", auto=False, uai=None, region="grand-est", plat=None, hard=False, lang="fr",
  notes="A history teacher asks for teaching resources on the Armistice commemoration: unrelated to the services. Region from ac-strasbourg.fr.",
  frm=("Luc Spielmann", "luc.spielmann@ac-strasbourg.fr"), style="thunderbird", date="2025-11-06 20:40", cte="8bit",
  subject="Ressources 11 novembre",
  body="""Bonjour,

Je prépare avec mes 3e un travail sur la commémoration du 11 novembre et
les monuments aux morts alsaciens (avec la question particulière de
l'Alsace-Moselle annexée). Auriez-vous des ressources documentaires à me
conseiller, ou une sélection déjà faite pour les CDI ?

Merci d'avance,
Luc Spielmann
Professeur d'histoire-géographie
""")

M(cat="other", auto=False, uai=None, region=None, plat=None, hard=False, lang="fr",
  notes="A former assistant d'éducation asks for the erasure of her personal data (GDPR): other, not account_creation.",
  frm=("Amandine Person", "amandine.person@gmail.com"), style="gmail", date="2025-11-19 18:22",
  subject="Suppression de mes données personnelles",
  body="""Bonjour,

J'ai été assistante d'éducation dans un collège de la Marne jusqu'en juin
et j'avais un compte chez vous pour aider au CDI. Je ne travaille plus dans
l'Éducation nationale.

Conformément au RGPD, je vous demande de supprimer mon compte et toutes les
données personnelles me concernant, et de me confirmer la suppression.

Amandine Person
""")

M(cat="other", auto=False, uai=None, region=None, plat=None, hard=False, lang="en",
  notes="English SEO/backlink spam.",
  frm=("Ryan Cole", "ryan.cole@seo-growth-partners.example.com"), style="plain", date="2025-11-20 04:18",
  subject="Quick question about assistance.example.fr",
  body="""Hi there,

I came across assistance.example.fr and noticed it isn't ranking for some
key terms in your niche. We help education websites get to page one of
Google in 90 days with white-hat backlinks.

Would you be open to a 15-minute call this week? I can send over a free
audit.

Cheers,
Ryan
Growth Partners

If you don't want to hear from me again, just reply 'no'.""")

M(cat="other", auto=False, uai=None, region="bourgogne-franche-comte", plat=None, hard=False, lang="fr",
  notes="Forwards a suspicious mail imitating the platform and asks only whether it is genuine: a security question with no category of its own. The forwarded fake names no real product domain, so no platform.",
  frm=("Karine Lhomme", "karine.lhomme@ac-besancon.fr"), style="thunderbird", date="2025-11-21 08:15", cte="8bit",
  subject="Fwd: Action requise : mise à jour de vos coordonnées bancaires",
  body="""Bonjour,

J'ai reçu ce message ce matin. Il a l'air de venir de chez vous, mais
l'adresse me semble bizarre et je n'ai jamais donné de coordonnées
bancaires. Est-ce bien vous ? Je n'ai cliqué sur rien.

Karine Lhomme

""" + f_thunderbird("2025-11-21 06:02", "Service client <service-client@centrale-achats-educ.example.net>",
                    "karine.lhomme@ac-besancon.fr", "Action requise : mise à jour de vos coordonnées bancaires",
                    """Madame, Monsieur,

Suite à une mise à jour de notre système de paiement, merci de confirmer
vos coordonnées bancaires avant le 25 novembre pour éviter la suspension
de vos commandes :

https://centrale-achats-educ.example.net/maj-rib

Le service client"""))

_own = q_gmail("2025-11-24 10:02", "Nicole Barbier", "nicole.barbier@ac-reims.fr",
               """Bonjour,

Je n'arrive plus à me connecter au portail e-sidoc du collège, pouvez-vous
m'envoyer un nouveau mot de passe ?

Nicole Barbier""")
M(cat="other", auto=False, uai=None, region="grand-est", plat="esidoc", hard=True, lang="fr",
  notes="Follow-up to her own earlier message (quoted) to cancel it: a colleague found the password, nothing to do any more. Mentions 'mot de passe' but asks nothing.",
  frm=("Nicole Barbier", "nicole.barbier@ac-reims.fr"), style="gmail", date="2025-11-24 11:40",
  subject="Re: mot de passe portail",
  body="""Rebonjour,

Oubliez mon message de ce matin : ma collègue avait noté le mot de passe
dans le classeur du CDI, je suis connectée. Désolée pour le dérangement !

Nicole

""" + _own)

M(cat="other", auto=False, uai=None, region="hauts-de-france", plat="esidoc", hard=False, lang="fr",
  notes="Asks whether an e-sidoc training session is planned in her area: a question with no category of its own. Region from ac-lille.fr.",
  frm=("Aline Deprez", "aline.deprez@ac-lille.fr"), style="outlook", date="2025-11-25 13:13",
  subject="Formation e-sidoc dans le Valenciennois ?",
  body="""Bonjour,

Nous sommes plusieurs documentalistes nouvellement arrivés dans le bassin
de Valenciennes. Organisez-vous des formations à e-sidoc (en présentiel ou
à distance) cette année ? Si oui, comment s'inscrire ?

Merci,
Aline Deprez
""")

M(cat="other", auto=False, uai=None, region=None, plat=None, hard=False, lang="fr",
  notes="Cold sales pitch for another library software, written to one person (no list headers): other, not automated.",
  frm=("Julien Masson", "j.masson@biblio-logiciel.example.fr"), style="outlook", date="2025-11-26 10:00",
  subject="Votre SIGB arrive-t-il en fin de contrat ?",
  body="""Bonjour,

Je me permets de vous contacter car de nombreux établissements du Grand Est
renouvellent cette année le logiciel de gestion de leur CDI. Notre solution
intègre le prêt, le catalogue et un portail élèves, avec une reprise de
données gratuite.

Seriez-vous disponible pour une démonstration de 20 minutes la semaine
prochaine ?

Bien à vous,
Julien Masson
Responsable commercial Est
""")

M(cat="other", auto=False, uai=None, region="grand-est", plat=None, hard=False, lang="fr",
  notes="Personal message to a colleague about a class council, sent to the desk by address autocomplete. Region from ac-nancy-metz.fr.",
  frm=("Sébastien Noirot", "sebastien.noirot@ac-nancy-metz.fr"), style="zimbra", date="2025-11-26 18:47",
  subject="Conseil de classe 4e B jeudi",
  body="""Salut Sandrine,

Tu peux me garder les bulletins de la 4e B pour jeudi ? Je serai en retard,
j'ai une réunion avec les parents de Mathis à 17 h. Et n'oublie pas les
appréciations du prof de techno, il ne les a toujours pas saisies.

Merci, à jeudi
Séb
""")

M(cat="other", auto=False, uai=None, region="bourgogne-franche-comte", plat="esidoc", hard=False, lang="fr",
  notes="How to export the portal's consultation statistics for the annual report: a how-to question with no category of its own. Region from ac-dijon.fr.",
  frm=("Nadine Clerc", "nadine.clerc@ac-dijon.fr"), style="roundcube", date="2025-11-27 14:30", cte="8bit",
  subject="Statistiques de consultation du portail",
  body="""Bonjour,

Pour le rapport d'activité du CDI présenté au conseil pédagogique, je
voudrais les statistiques de consultation de notre portail e-sidoc sur
l'année 2024-2025 (nombre de visites, ressources les plus consultées).
Où peut-on les exporter ?

Merci,
Nadine Clerc
""")


# =====================================================================
#  automated
# =====================================================================

def our_original(ticket, when, to, subject, text):
    mid = our_mid(ticket, when)
    d = dt(when)
    return ("From: Assistance <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
            "Auto-Submitted: auto-replied\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s") % (
        DESK, to, enc_text(subject), hdr_date(d), mid, encode_body(text, "utf-8", "qp"))


def our_headers_only(ticket, when, to, subject):
    mid = our_mid(ticket, when)
    d = dt(when)
    return ("From: Assistance <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
            "Auto-Submitted: auto-replied\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\n") % (DESK, to, enc_text(subject), hdr_date(d), mid)


_m = our_mid(7190, "2025-11-04 14:00")
M(cat="automated", auto=False, uai=None, region="grand-est", plat=None, hard=False, lang="fr",
  notes="Exchange out-of-office in French ('Réponse automatique :') with Auto-Submitted: auto-generated and X-Auto-Response-Suppress. Region from ac-nancy-metz.fr.",
  frm=("Catherine Mangin", "catherine.mangin@ac-nancy-metz.fr"), style="outlook", date="2025-11-04 14:00",
  irt=_m,
  headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "catherine.mangin@ac-nancy-metz.fr")],
  subject="Réponse automatique : [#SUP-007190] Accès Espace Acheteur",
  body="""Bonjour,

Je suis absente jusqu'au lundi 10 novembre inclus. Pour toute question
urgente concernant l'intendance, merci de contacter le secrétariat au
03 83 00 00 00.

Cordialement,
Catherine Mangin
""")

_m = our_mid(7226, "2025-11-07 09:45")
M(cat="automated", auto=False, uai=None, region="grand-est", plat=None, hard=False, lang="fr",
  notes="Academic webmail vacation reply over the Armistice bridge: 'Auto-Submitted: auto-replied (zimbra; vacation)'. Region from ac-strasbourg.fr.",
  frm=("Julia Roth", "julia.roth@ac-strasbourg.fr"), style="zimbra", date="2025-11-07 09:45", irt=_m, text_only=True,
  headers=[("Auto-Submitted", "auto-replied (zimbra; vacation)")],
  subject="Absence : [#SUP-007226] Portail e-sidoc",
  body="""Bonjour,

Je suis en congé jusqu'au mercredi 12 novembre (pont du 11 novembre).
Votre message sera traité à mon retour.

Julia Roth
Professeure documentaliste""")

_orig = our_original(7233, "2025-11-07 11:30", "Mathieu Renard <m.renard@college-les-tilleuls.cd08.fr>",
                     "[#SUP-007233] Mail de confirmation", ANS_JUNK)
_b = "4dQp7Zx2Lk1mN8r.1762511402/mail.college-les-tilleuls.cd08.fr"
M(cat="automated", auto=False, uai=None, region=None, plat=None, hard=False, lang="en",
  notes="Postfix bounce of our own answer (multipart/report delivery-status, original attached), null Return-Path, MAILER-DAEMON sender.",
  frm=("Mail Delivery System", "MAILER-DAEMON@mail.college-les-tilleuls.cd08.fr"), return_path="<>",
  style="plain", date="2025-11-07 11:30", auth="helo", relay="mail.college-les-tilleuls.cd08.fr",
  headers=[("Auto-Submitted", "auto-replied")],
  subject="Undelivered Mail Returned to Sender",
  part=multipart("report", [
      leaf("text/plain", """This is the mail system at host mail.college-les-tilleuls.cd08.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.renard@college-les-tilleuls.cd08.fr>: mailbox full: quota exceeded
""", charset="us-ascii", cte="7bit", extra=[("Content-Description", "Notification")]),
      leaf("message/delivery-status", """Reporting-MTA: dns; mail.college-les-tilleuls.cd08.fr
X-Postfix-Queue-ID: 4dQp7Zx2Lk1mN8r
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Fri,  7 Nov 2025 11:30:01 +0100 (CET)

Final-Recipient: rfc822; m.renard@college-les-tilleuls.cd08.fr
Original-Recipient: rfc822;m.renard@college-les-tilleuls.cd08.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: X-Postfix; mailbox full: quota exceeded
""", charset=None, cte=None, extra=[("Content-Description", "Delivery report")]),
      leaf("message/rfc822", _orig, charset=None, cte=None, extra=[("Content-Description", "Undelivered Message")]),
  ], _b, params=" report-type=delivery-status;", preamble="This is a MIME-encapsulated message."))

_hdrs = our_headers_only(7241, "2025-11-10 08:20", "ce.0881180E@ac-nancy-metz.fr", "[#SUP-007241] Votre demande de réinitialisation")
_b = "_b4e1c0de-" + _hex(8) + "_"
M(cat="automated", auto=False, uai="0881180E", region="grand-est", plat=None, hard=True, lang="fr",
  notes="Exchange non-delivery report in French ('Non remis :'), multipart/report. The failed recipient is a ce.<UAI> address, so a UAI is written in the mail (0881180E, Vosges); region from that UAI (the ac-nancy-metz.fr sender agrees). Never answered.",
  frm=("Microsoft Outlook", "postmaster@ac-nancy-metz.fr"), return_path="<>",
  style="plain", date="2025-11-10 08:21", relay="mx-out.ac-nancy-metz.fr",
  headers=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("Content-Language", "fr-FR")],
  subject="Non remis : [#SUP-007241] Votre demande de réinitialisation",
  part=multipart("report", [
      multipart("alternative", [
          leaf("text/plain", """Impossible de remettre votre message à ce.0881180E@ac-nancy-metz.fr

La boîte aux lettres du destinataire est pleine et ne peut pas recevoir de
messages pour le moment. Réessayez d'envoyer le message ultérieurement, ou
contactez le destinataire directement.

Informations de diagnostic pour les administrateurs :
Serveur de génération : mx-out.ac-nancy-metz.fr
ce.0881180E@ac-nancy-metz.fr
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
""", charset="utf-8", cte="qp"),
          leaf("text/html", """<html><body><p><b><font color="#000066" size="3">Impossible de remettre votre message à <a href="mailto:ce.0881180E@ac-nancy-metz.fr">ce.0881180E@ac-nancy-metz.fr</a></font></b></p>
<p>La boîte aux lettres du destinataire est pleine et ne peut pas recevoir de messages pour le moment.</p>
<p>Informations de diagnostic pour les administrateurs :<br>Serveur de génération : mx-out.ac-nancy-metz.fr</p></body></html>
""", charset="utf-8", cte="qp"),
      ], "_alt_" + _hex(16)),
      leaf("message/delivery-status", """Reporting-MTA: dns;mx-out.ac-nancy-metz.fr
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Mon, 10 Nov 2025 07:20:44 +0000

Final-Recipient: rfc822;ce.0881180E@ac-nancy-metz.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException
""", charset=None, cte=None),
      leaf("text/rfc822-headers", _hdrs, charset=None, cte=None),
  ], _b, params=" report-type=delivery-status;"))

_m = our_mid(7255, "2025-11-12 10:00")
_b = "----=_NextPart_" + _hex(12)
M(cat="automated", auto=False, uai=None, region="hauts-de-france", plat=None, hard=False, lang="fr",
  notes="Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from ac-lille.fr.",
  frm=("Rémi Delplace", "remi.delplace@ac-lille.fr"), style="plain", date="2025-11-12 13:42", irt=_m,
  subject="Lu : [#SUP-007255] Votre commande",
  part=multipart("report", [
      leaf("text/plain", """Votre message

  À : Rémi Delplace
  Objet : [#SUP-007255] Votre commande
  Date d'envoi : 12/11/2025 10:00

a été lu le 12/11/2025 13:42.
""", charset="utf-8", cte="qp"),
      leaf("message/disposition-notification", """Reporting-UA: remi.delplace@ac-lille.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;remi.delplace@ac-lille.fr
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % _m, charset=None, cte=None),
  ], _b, params=" report-type=disposition-notification;"))

_m = our_mid(7268, "2025-11-14 09:10")
_b = "------------" + _alnum(24)
M(cat="automated", auto=False, uai=None, region="bourgogne-franche-comte", plat=None, hard=False, lang="fr",
  notes="Thunderbird return receipt in French ('Accusé de réception (affiché)'), multipart/report disposition-notification. Region from ac-besancon.fr.",
  frm=("Odile Jeannin", "odile.jeannin@ac-besancon.fr"), style="thunderbird", date="2025-11-14 11:26", irt=_m,
  subject="Accusé de réception (affiché) - [#SUP-007268] Documents du marché",
  part=multipart("report", [
      leaf("text/plain", """Ceci est un accusé de réception pour le courrier électronique envoyé à
odile.jeannin@ac-besancon.fr.

Note : Cet accusé de réception indique seulement que le message a été
affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le
destinataire ait lu ou compris le contenu du message.
""", charset="UTF-8", cte="8bit"),
      leaf("message/disposition-notification", """Reporting-UA: ac-besancon.fr; Thunderbird 128.4.2esr
Final-Recipient: rfc822;odile.jeannin@ac-besancon.fr
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % _m, charset="UTF-8", cte="7bit"),
  ], _b, params=" report-type=disposition-notification;"))

M(cat="automated", auto=False, uai=None, region="grand-est", plat="esidoc", hard=True, lang="fr",
  notes="A librarian's real question about an e-sidoc password posted to an academic librarians' mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered. Region from the sender's ac-reims.fr address.",
  frm=("Sandra Pichon", "sandra.pichon@ac-reims.fr"), style="zimbra", date="2025-11-17 12:40", text_only=True,
  to=[("Liste des professeurs documentalistes", "docs-reims@listes.ac-reims.fr")],
  return_path="docs-reims-owner@listes.ac-reims.fr",
  received_extra=["from zimbra.ac-reims.fr (zimbra.ac-reims.fr [192.0.2.61])\n\tby listes.ac-reims.fr (Sympa) with ESMTP id 1A2B3C\n\tfor <docs-reims@listes.ac-reims.fr>; Mon, 17 Nov 2025 12:40:12 +0100"],
  headers=[("List-Id", "<docs-reims.listes.ac-reims.fr>"),
           ("List-Post", "<mailto:docs-reims@listes.ac-reims.fr>"),
           ("List-Unsubscribe", "<mailto:sympa@listes.ac-reims.fr?subject=unsubscribe%20docs-reims>"),
           ("List-Archive", "<https://listes.ac-reims.fr/sympa/arc/docs-reims>"),
           ("Precedence", "list"), ("X-Loop", "docs-reims@listes.ac-reims.fr"),
           ("Sender", "docs-reims-request@listes.ac-reims.fr")],
  subject="[docs-reims] Mot de passe e-sidoc perdu : comment avez-vous fait ?",
  body="""Bonjour à toutes et à tous,

Question bête : l'une d'entre vous a-t-elle déjà dû récupérer le mot de
passe administrateur d'e-sidoc ? La collègue qui m'a précédée ne me l'a pas
laissé, et je ne sais pas si je dois passer par le chef d'établissement ou
si l'éditeur peut envoyer un lien directement.

Merci pour vos retours !
Sandra, collège de Vitry-le-François

_______________________________________________
docs-reims - liste des professeurs documentalistes de l'académie
Pour vous désabonner : sympa@listes.ac-reims.fr""")

_b = "=_news_" + _hex(20)
M(cat="automated", auto=False, uai=None, region=None, plat="espace_acheteur", hard=False, lang="fr",
  notes="Platform newsletter announcing November webinars: List-Id, List-Unsubscribe one-click, Precedence: bulk.",
  frm=("Centrale d'achat - Actualités", "newsletter@actualites.espace-acheteur.example.fr"),
  return_path="bounce-8120-2025-11@actualites.espace-acheteur.example.fr",
  style="plain", date="2025-11-18 09:00",
  headers=[("List-Id", "Actualites de la centrale d'achat <actualites.espace-acheteur.example.fr>"),
           ("List-Unsubscribe", "<https://actualites.espace-acheteur.example.fr/u/8120/c3d9>, <mailto:unsubscribe-8120@actualites.espace-acheteur.example.fr>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"), ("Feedback-ID", "8120:newsletter:espace-acheteur")],
  subject="Novembre : préparez vos commandes de fin d'exercice",
  part=multipart("alternative", [
      leaf("text/plain", """Lettre d'information - novembre 2025

Fin d'exercice : les dates à retenir

- Dernières commandes sur les marchés de fournitures : vendredi 12 décembre
- Webinaire « Valider une commande avec un bon d'engagement » : mardi 25 novembre, 14 h
- Webinaire « Administrer sa structure » : jeudi 27 novembre, 10 h

S'inscrire : https://actualites.espace-acheteur.example.fr/webinaires

Vous recevez ce message car vous êtes inscrit à la lettre d'information.
Se désinscrire : https://actualites.espace-acheteur.example.fr/u/8120/c3d9
""", charset="utf-8", cte="qp"),
      leaf("text/html", """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Lettre d'information</title></head>
<body style="margin:0;background:#eef1f5"><table role="presentation" width="100%"><tr><td align="center">
<table role="presentation" width="600" style="background:#fff;font-family:Arial,sans-serif">
<tr><td style="padding:24px"><h1 style="font-size:22px">Fin d'exercice : les dates à retenir</h1>
<ul><li>Dernières commandes sur les marchés de fournitures : vendredi 12 décembre</li>
<li>Webinaire « Valider une commande avec un bon d'engagement » : mardi 25 novembre, 14&nbsp;h</li>
<li>Webinaire « Administrer sa structure » : jeudi 27 novembre, 10&nbsp;h</li></ul>
<p><a href="https://actualites.espace-acheteur.example.fr/webinaires">S'inscrire</a></p></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#777">Vous recevez ce message car vous êtes inscrit à la lettre d'information.
<a href="https://actualites.espace-acheteur.example.fr/u/8120/c3d9">Se désinscrire</a></td></tr>
</table></td></tr></table></body></html>
""", charset="utf-8", cte="qp"),
  ], _b))

M(cat="automated", auto=False, uai=None, region=None, plat="espace_acheteur", hard=False, lang="fr",
  notes="No-reply Espace Acheteur notification to the desk (administrator of structures without one): an order awaits validation. Auto-Submitted: auto-generated.",
  frm=("Espace Acheteur", "no-reply@espace-acheteur.example.fr"), return_path="bounces+8120@espace-acheteur.example.fr",
  style="plain", date="2025-11-19 18:05",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
  subject="Commande en attente de validation - Mairie de Val-de-Meuse",
  body="""Bonjour,

Une commande est en attente de validation pour la structure « Mairie de
Val-de-Meuse » :

Référence : CMD-2025-11-0457
Montant : 1 318,40 EUR TTC
Marché : 2024-118 - Mobilier scolaire
Saisie par : Virginie Lallemand

Pour valider ou refuser cette commande, connectez-vous à l'Espace Acheteur,
rubrique « Commandes à valider ».

Ce message est envoyé automatiquement, merci de ne pas y répondre.""")

M(cat="automated", auto=False, uai=None, region=None, plat="ticket_portal", hard=False, lang="fr",
  notes="Ticket-portal notification: a ticket the desk opened with a supplier was updated. Auto-Submitted: auto-generated.",
  frm=("Portail d'assistance", "notifications@tickets.assistance.example.fr"),
  return_path="notifications@tickets.assistance.example.fr",
  style="plain", date="2025-11-20 10:33",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Ticket-Id", "TK-55821")],
  subject="[TK-55821] Mise à jour : lenteurs du catalogue Cafeyn",
  body="""Le ticket TK-55821 « Lenteurs du catalogue Cafeyn » a été mis à jour.

Nouveau statut : En cours de traitement
Dernier commentaire (Support éditeur) :
« Le correctif est en cours de déploiement, nous reviendrons vers vous
d'ici vendredi. »

Consulter le ticket : https://tickets.assistance.example.fr/t/TK-55821

Cette notification est envoyée automatiquement.""")

M(cat="automated", auto=False, uai=None, region=None, plat="esignature", hard=True, lang="fr",
  notes="E-signature 'document signé par toutes les parties' notification for a convention: transactional mail without Auto-Submitted or Precedence; only the no-reply sender and the wording show it is automatic.",
  frm=("Signature électronique", "no-reply@signature.example.fr"), return_path="bounce@signature.example.fr",
  style="plain", date="2025-11-20 16:58",
  subject="Document signé : Convention groupement mobilier 2026",
  part=multipart("alternative", [
      leaf("text/plain", """Bonjour,

Le document « Convention groupement mobilier 2026 » a été signé par toutes
les parties :

- Centrale d'achat - signé le 18/11/2025
- Collège Abel-Didelet - signé le 20/11/2025

Vous pouvez télécharger le document signé et son certificat de preuve
depuis votre espace :
https://signature.example.fr/d/9f3e21a0

Cordialement,
Le service de signature électronique
""", charset="utf-8", cte="qp"),
      leaf("text/html", """<html><body style="font-family:Arial,sans-serif"><p>Bonjour,</p>
<p>Le document <b>« Convention groupement mobilier 2026 »</b> a été signé par toutes les parties :</p>
<ul><li>Centrale d'achat - signé le 18/11/2025</li><li>Collège Abel-Didelet - signé le 20/11/2025</li></ul>
<p><a href="https://signature.example.fr/d/9f3e21a0">Télécharger le document signé</a></p>
<p>Cordialement,<br>Le service de signature électronique</p></body></html>
""", charset="utf-8", cte="qp"),
  ], "sig_" + _hex(24)))

M(cat="automated", auto=False, uai=None, region="hauts-de-france", plat=None, hard=True, lang="fr",
  notes="Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic. Region from ac-amiens.fr.",
  frm=("Jocelyne Beaurain", "jocelyne.beaurain@ac-amiens.fr"), style="outlook", date="2025-11-21 08:02",
  subject="Absence du bureau",
  body="""Bonjour,

Je suis en stage de formation continue du 17 au 28 novembre et ne consulte
pas ma messagerie. Pour les questions relatives aux commandes du CDI,
merci de vous adresser à Mme Hary, gestionnaire.

Ceci est une réponse automatique.
J. Beaurain""")

M(cat="automated", auto=False, uai=None, region="grand-est", plat=None, hard=False, lang="fr",
  notes="The académie help desk's acknowledgement of a message the desk sent it (Auto-Submitted, X-Loop): answering it would start a mail loop. Region from the ac-reims.fr sender.",
  frm=("Assistance académique", "assistance@ac-reims.fr"), return_path="assistance@ac-reims.fr",
  style="plain", date="2025-11-21 11:20",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance@ac-reims.fr"),
           ("Precedence", "auto_reply")],
  subject="[Ticket #2025-118842] Accusé de réception de votre demande",
  body="""Bonjour,

Votre demande a bien été enregistrée sous la référence 2025-118842.
Un technicien du service d'assistance académique la prendra en charge dans
les meilleurs délais.

Merci de ne pas répondre à ce message : pour compléter votre demande,
utilisez le lien ci-dessous.
https://assistance.ac-reims.fr/ticket/2025-118842

Le service d'assistance académique""")

M(cat="automated", auto=False, uai=None, region=None, plat=None, hard=True, lang="en",
  notes="Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic.",
  frm=("Mail Delivery System", "Mailer-Daemon@mx.college-jean-rostand.example.fr"), return_path="<>",
  style="plain", date="2025-11-24 07:15", auth="helo", relay="mx.college-jean-rostand.example.fr",
  text_only=True, charset="us-ascii", cte="7bit",
  subject="Mail delivery failed: returning message to sender",
  body="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  cdi@college-jean-rostand.example.fr
    host mx.college-jean-rostand.example.fr [203.0.113.77]
    SMTP error from remote mail server after RCPT TO:<cdi@college-jean-rostand.example.fr>:
    550 5.1.1 <cdi@college-jean-rostand.example.fr>: Recipient address rejected: User unknown

------ This is a copy of the message, including all the headers. ------

From: Assistance <support@assistance.example.fr>
To: cdi@college-jean-rostand.example.fr
Subject: [#SUP-007296] Votre abonnement
Date: Mon, 24 Nov 2025 07:14:58 +0100
Auto-Submitted: auto-replied

Bonjour,
Une ressource commandee est activee dans un delai de 72 heures...""")

_b = "delay_" + _hex(16)
M(cat="automated", auto=False, uai=None, region=None, plat=None, hard=False, lang="fr",
  notes="Delay warning from a relay in French ('Message retardé', Action: delayed): not a failure, still automatic.",
  frm=("Système de messagerie", "MAILER-DAEMON@relais.cd10.example.fr"), return_path="<>",
  style="plain", date="2025-11-24 13:05", auth="helo", relay="relais.cd10.example.fr",
  headers=[("Auto-Submitted", "auto-replied")],
  subject="Message retardé (nouvelle tentative en cours)",
  part=multipart("report", [
      leaf("text/plain", """Ceci est le système de messagerie du serveur relais.cd10.example.fr.

####################################################################
# CECI EST UN AVERTISSEMENT SEULEMENT. VOUS N'AVEZ PAS À RENVOYER  #
# VOTRE MESSAGE.                                                   #
####################################################################

Votre message n'a pas encore pu être remis. Nous réessaierons pendant
encore 4 jours.

<intendance@college-paul-portier.cd10.example.fr>: connect to
    mx.college-paul-portier.cd10.example.fr[198.51.100.30]:25: Connection timed out
""", charset="utf-8", cte="8bit"),
      leaf("message/delivery-status", """Reporting-MTA: dns; relais.cd10.example.fr
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Mon, 24 Nov 2025 09:02:11 +0100 (CET)

Final-Recipient: rfc822; intendance@college-paul-portier.cd10.example.fr
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.college-paul-portier.cd10.example.fr[198.51.100.30]:25: Connection timed out
Will-Retry-Until: Fri, 28 Nov 2025 09:02:11 +0100 (CET)
""", charset=None, cte=None),
      leaf("text/rfc822-headers", our_headers_only(7301, "2025-11-24 09:02",
                                                    "intendance@college-paul-portier.cd10.example.fr",
                                                    "[#SUP-007301] Commande en attente"), charset=None, cte=None),
  ], _b, params=" report-type=delivery-status;"))

import gzip as _gzip
_tls = json.dumps({
    "organization-name": "Messagerie Example SAS",
    "date-range": {"start-datetime": "2025-11-24T00:00:00Z", "end-datetime": "2025-11-24T23:59:59Z"},
    "contact-info": "tlsrpt@mail-provider.example.com",
    "report-id": "2025-11-24T00:00:00Z_assistance.example.fr",
    "policies": [{"policy": {"policy-type": "sts", "policy-domain": "assistance.example.fr"},
                  "summary": {"total-successful-session-count": 412, "total-failure-session-count": 0}}],
}, indent=1).encode()
M(cat="automated", auto=False, uai=None, region=None, plat=None, hard=False, lang="en",
  notes="SMTP TLS report (RFC 8460, application/tlsrpt+gzip) sent to the desk's address by a mail provider.",
  frm=("TLS Reporting", "noreply-tlsrpt@mail-provider.example.com"), return_path="noreply-tlsrpt@mail-provider.example.com",
  style="plain", date="2025-11-25 02:10",
  headers=[("TLS-Report-Domain", "assistance.example.fr"),
           ("TLS-Report-Submitter", "mail-provider.example.com")],
  subject="Report Domain: assistance.example.fr Submitter: mail-provider.example.com Report-ID: <2025-11-24T00:00:00Z_assistance.example.fr>",
  part=multipart("report", [
      leaf("text/plain", "This is an aggregate TLS report from mail-provider.example.com.\n", charset="us-ascii", cte="7bit"),
      binary_leaf("application/tlsrpt+gzip", _gzip.compress(_tls, mtime=0),
                  "mail-provider.example.com!assistance.example.fr!1763942400!1764028799.json.gz"),
  ], "tlsrpt_" + _hex(16), params=" report-type=tlsrpt;"))

_m = our_mid(7288, "2025-11-25 10:30")
M(cat="automated", auto=False, uai=None, region=None, plat=None, hard=False, lang="en",
  notes="English Gmail-style vacation responder (Auto-Submitted: auto-replied), from a school's Google Workspace domain.",
  frm=("Daniel Price", "d.price@international-school-lille.example.org"), style="gmail", date="2025-11-25 10:31", irt=_m,
  headers=[("Auto-Submitted", "auto-replied")], text_only=True,
  subject="Re: [#SUP-007288] e-sidoc administrator",
  body="""Thank you for your email. I have now left the International School of
Lille Metropole. Please contact the school office at office@international-school-lille.example.org
for any library matters.

Daniel""")

_m = our_mid(7244, "2025-11-10 10:05")
M(cat="automated", auto=False, uai="0580250G", region="bourgogne-franche-comte", plat=None, hard=False, lang="fr",
  notes="Out-of-office of a collège office (ce.<UAI> address) over the 11 November bridge that mentions passwords and e-sidoc; Auto-Submitted is present. The UAI comes from the address.",
  frm=("Collège Claude-Tillier", "ce.0580250G@ac-dijon.fr"), style="zimbra", date="2025-11-10 10:05", irt=_m,
  text_only=True,
  headers=[("Auto-Submitted", "auto-replied (zimbra; vacation)")],
  subject="Réponse automatique : [#SUP-007244] Lien e-sidoc",
  body="""Bonjour,

Le secrétariat du collège est fermé du lundi 10 au mardi 11 novembre inclus.
Les demandes de mot de passe pour le portail e-sidoc ou l'ENT seront
traitées à partir du mercredi 12 novembre.

Le secrétariat""")

M(cat="automated", auto=False, uai=None, region=None, plat=None, hard=True, lang="fr",
  notes="MailInBlack sender-authentication challenge sent to the desk after our answer reached a protected school: names MailInBlack, but it is a machine message to us, not a user's MailInBlack problem. Never answered.",
  frm=("Mailinblack", "noreply@protect.mailinblack.example.com"), return_path="<>",
  style="plain", date="2025-11-26 09:14",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  subject="Validation de votre message pour gestion@college-la-fontaine.cd51.fr",
  part=multipart("alternative", [
      leaf("text/plain", """Bonjour,

Vous avez envoyé un message à gestion@college-la-fontaine.cd51.fr.
Ce destinataire est protégé par Mailinblack.

Pour que votre message soit délivré, merci de confirmer que vous êtes
bien un humain en cliquant sur le lien ci-dessous (une seule fois) :

https://protect.mailinblack.example.com/auth/7c1f09ea

Sans validation de votre part, votre message ne sera pas délivré.

Ce message a été envoyé automatiquement.
""", charset="utf-8", cte="qp"),
      leaf("text/html", """<html><body style="font-family:Arial,sans-serif"><p>Bonjour,</p>
<p>Vous avez envoyé un message à <b>gestion@college-la-fontaine.cd51.fr</b>.<br>Ce destinataire est protégé par Mailinblack.</p>
<p><a href="https://protect.mailinblack.example.com/auth/7c1f09ea">Je confirme que je suis un humain</a></p>
<p style="font-size:11px;color:#888">Ce message a été envoyé automatiquement.</p></body></html>
""", charset="utf-8", cte="qp"),
  ], "mib_" + _hex(20)))

_m = our_mid(7279, "2025-11-18 09:00")
_b = "----=_NextPart_" + _hex(12)
M(cat="automated", auto=False, uai=None, region="bourgogne-franche-comte", plat=None, hard=False, lang="fr",
  notes="Outlook 'Non lu :' notice (message deleted without being read), disposition-notification. Region from ac-dijon.fr.",
  frm=("Gérard Vernier", "gerard.vernier@ac-dijon.fr"), style="plain", date="2025-11-26 16:40", irt=_m,
  subject="Non lu : [#SUP-007279] Votre abonnement Europresse",
  part=multipart("report", [
      leaf("text/plain", """Votre message

  À : Gérard Vernier
  Objet : [#SUP-007279] Votre abonnement Europresse
  Date d'envoi : 18/11/2025 09:00

a été supprimé sans être lu le 26/11/2025 16:40.
""", charset="utf-8", cte="qp"),
      leaf("message/disposition-notification", """Reporting-UA: gerard.vernier@ac-dijon.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;gerard.vernier@ac-dijon.fr
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; deleted
""" % _m, charset=None, cte=None),
  ], _b, params=" report-type=disposition-notification;"))

M(cat="automated", auto=False, uai=None, region=None, plat="esidoc", hard=False, lang="fr",
  notes="Weekly e-sidoc statistics report for the demo portal the desk administers, from a no-reply address; Auto-Submitted: auto-generated.",
  frm=("e-sidoc", "no-reply@esidoc.example.fr"), return_path="bounces@esidoc.example.fr",
  style="plain", date="2025-11-24 06:00",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
  subject="Rapport hebdomadaire de fréquentation - portail de démonstration",
  body="""Rapport hebdomadaire de fréquentation
Portail : Démonstration assistance
Période : du lundi 17 au dimanche 23 novembre 2025

Visites : 148
Recherches : 392
Notices consultées : 611
Ressources numériques ouvertes : 37

Ce message est généré automatiquement chaque lundi. Pour ne plus le
recevoir, modifiez vos préférences dans l'administration du portail.""")


# =====================================================================
#  main: shuffle, write, re-read and check
# =====================================================================

KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def check(name, raw, m):
    errors = []
    msg = message_from_bytes(raw, policy=policy.default)
    for part in msg.walk():
        if part.defects:
            errors.append("defects in %s: %r" % (part.get_content_type(), part.defects))
    if not msg["From"] or not msg["Date"] or not msg["Message-ID"]:
        errors.append("missing From/Date/Message-ID")
    txt = text_of(msg)
    label_uai = m["uai"]
    allowed = {label_uai} | set(m.get("also", []))
    for tok in set(t.upper() for t in UAI_RE.findall(raw.decode("latin-1"))):
        if tok in allowed:
            continue
        if uai_valid(tok):
            errors.append("unexpected valid UAI-like token %s" % tok)
        elif "check letter" not in m["notes"]:
            errors.append("invalid UAI-like token %s not explained in notes" % tok)
    if label_uai:
        if not uai_valid(label_uai) or label_uai != label_uai.upper():
            errors.append("label UAI %s invalid" % label_uai)
        if label_uai.lower() not in txt.lower():
            errors.append("label UAI %s not in decoded text" % label_uai)
    for extra in m.get("also", []):
        if not uai_valid(extra):
            errors.append("also-UAI %s invalid" % extra)
    exp = expected_region(label_uai, m["frm"][1])
    if exp != m["region"]:
        errors.append("region %r but rule gives %r" % (m["region"], exp))
    if m["cat"] not in CATEGORIES:
        errors.append("bad category")
    if m["plat"] not in PLATFORMS:
        errors.append("bad platform")
    if m["cat"] in ("automated", "other", "head_of_establishment_request", "order_billing",
                    "contract_documents", "transfer_incident") and m["auto"]:
        errors.append("auto_reply_ok true for a human_review/ignore category")
    if m["cat"] == "automated":
        auto_sign = (msg["Auto-Submitted"] or msg["List-Id"] or msg["Precedence"]
                     or msg.get_content_type() == "multipart/report" or raw.startswith(b"Return-Path: <>"))
        if not auto_sign and not m["hard"]:
            errors.append("automated mail without automation headers must be marked hard")
    for e in errors:
        print("%s: %s" % (name, e), file=sys.stderr)
    return not errors


def main():
    order = list(range(len(MAILS)))
    RNG.shuffle(order)
    # build in definition order (keeps RNG use stable), then number by the shuffle
    raws = [build(m) for m in MAILS]
    for old in os.listdir(HERE):
        if re.fullmatch(r"h\d{3}\.eml", old):
            os.remove(os.path.join(HERE, old))
    labels = []
    ok = True
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        name = "h%03d.eml" % n
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(raws[idx])
        ok &= check(name, raws[idx], m)
        labels.append({"file": name, "category": m["cat"], "auto_reply_ok": m["auto"],
                       "uai": m["uai"], "region": m["region"], "platform": m["plat"],
                       "hard": m["hard"], "lang": m["lang"], "notes": m["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            assert list(lab) == KEYS
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    from collections import Counter
    cats = Counter(l["category"] for l in labels)
    print("%d mails written to %s" % (len(labels), HERE))
    for c, k in sorted(cats.items(), key=lambda x: -x[1]):
        print("  %-32s %3d" % (c, k))
    print("  hard: %d   auto_reply_ok: %d   langs: %s" % (
        sum(l["hard"] for l in labels), sum(l["auto_reply_ok"] for l in labels),
        dict(Counter(l["lang"] for l in labels))))
    if not ok:
        print("CHECK FAILED", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
