#!/usr/bin/env python3
"""Build the holdout103 blind test set: 150 hand-written support mails + labels.

Theme: teachers and librarians writing from personal mailboxes (gmail.com,
orange.fr, free.fr, laposte.net, hotmail.fr) instead of their académie
address, often with long signatures full of phone numbers, room numbers and
codes that are NOT establishment codes (UAI).

Standard library only, deterministic (random.Random(103)).  Every mail text
below is written by hand; the script only wraps each text in headers that
look like the sending client's, and writes h001.eml ... h150.eml and
labels.jsonl, then re-reads and checks everything.

Run:  python3 make_holdout103.py
"""
import email
import email.policy
import html
import json
import os
import random
import re
import textwrap
from datetime import datetime, timedelta, timezone
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(103)
TO = "support@assistance.example.fr"

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
# Categories whose default action is never an automatic answer.
NEVER_AUTO = {"head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte",
             "ticket_portal", "esignature"}
CHECK = "ABCDEFGHJKLMNPRSTUVWXYZ"

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
DEP2REG, DOM2REG = {}, {}
for _slug, (_deps, _doms) in REGIONS.items():
    for _d in _deps.split():
        DEP2REG[_d if len(_d) == 3 else "0" + _d] = _slug
    for _m in _doms.split():
        DOM2REG[_m] = _slug


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code or "")) and \
        CHECK[int(code[:7]) % 23] == code[7]


def region_of(uai, sender):
    if uai:
        return DEP2REG.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOM2REG.get(dom)


MAILS = []


def mail(frm, subject, body, cat, auto, uai=None, plat=None, *, lang="fr",
         hard=False, notes="", client="gmail", fmt=None, enc=None,
         headers=None, raw=None, tz=None, reply_to_ticket=None, when=None):
    """Record one hand-written mail and its label."""
    MAILS.append(dict(frm=frm, subject=subject,
                      body=textwrap.dedent(body).strip("\n") + "\n",
                      cat=cat, auto=auto, uai=uai, plat=plat, lang=lang,
                      hard=hard, notes=notes, client=client, fmt=fmt, enc=enc,
                      headers=headers or [], raw=raw, tz=tz,
                      reply=reply_to_ticket, when=when))


# ---------------------------------------------------------------- wrappers

IPS = ["198.51.100.%d", "203.0.113.%d", "192.0.2.%d"]


def _ip():
    return RNG.choice(IPS) % RNG.randint(2, 250)


def _rand(n, alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def _hex(n):
    return _rand(n, "0123456789abcdef")


_start = datetime(2024, 9, 2, 7, 0, tzinfo=timezone.utc)


def _date(tzname):
    dt = _start + timedelta(seconds=RNG.randint(0, 60 * 60 * 24 * 205))
    if dt.weekday() >= 5 and RNG.random() < 0.7:
        dt += timedelta(days=7 - dt.weekday())
    if dt.hour < 6:
        dt += timedelta(hours=7)
    offsets = {"gp": -4, "mq": -4, "gf": -3, "re": 4, "yt": 3}
    if tzname in offsets:
        off = offsets[tzname]
    else:
        off = 2 if dt < datetime(2024, 10, 27, 1, tzinfo=timezone.utc) else 1
    return dt.astimezone(timezone(timedelta(hours=off)))


def _msgid(client, addr, dt):
    dom = addr.rsplit("@", 1)[-1]
    if client in ("gmail", "gmail_mobile"):
        return "<CA%s@mail.gmail.com>" % _rand(44)
    if client == "orange":
        return "<%d.%d.%d@wwinf%d.me-wanadoo.net>" % (
            RNG.randint(10**8, 10**9), RNG.randint(10**5, 10**6),
            int(dt.timestamp() * 1000), RNG.randint(1000, 2999))
    if client == "free":
        return "<%s.%d.%d.JavaMail.root@zimbra%d-e%d.priv.proxad.net>" % (
            RNG.randint(10**8, 10**9), RNG.randint(10**6, 10**7),
            int(dt.timestamp() * 1000), RNG.randint(10, 99), RNG.randint(1, 3))
    if client == "laposte":
        return "<%s.%s@laposte.net>" % (_hex(12), _hex(8))
    if client in ("hotmail", "outlook_html"):
        box = "AS8P%dMB%d" % (RNG.randint(100, 999), RNG.randint(1000, 9999))
        return "<%s%s@%s.EURP%d.PROD.OUTLOOK.COM>" % (
            box, _rand(24, "0123456789ABCDEF"), box, RNG.randint(190, 195))
    if client in ("apple", "iphone"):
        return "<%s-%s-%s-%s-%s@%s>" % (_rand(8, "0123456789ABCDEF"), _rand(4, "0123456789ABCDEF"),
                                        _rand(4, "0123456789ABCDEF"), _rand(4, "0123456789ABCDEF"),
                                        _rand(12, "0123456789ABCDEF"), dom)
    if client == "android":
        return "<%s@email.android.com>" % _rand(20).lower()
    return "<%s-%s-%s-%s-%s@%s>" % (_hex(8), _hex(4), _hex(4), _hex(4), _hex(12), dom)


RECEIVED = {
    "gmail.com": "mail-%s-f%d.google.com",
    "orange.fr": "smtp%02d.smtp.orange.fr",
    "wanadoo.fr": "smtp%02d.smtp.orange.fr",
    "free.fr": "smtp%d-g21.free.fr",
    "laposte.net": "mlpnf0%d.laposte.net",
    "hotmail.fr": "EUR0%d-AM6-obe.outbound.protection.outlook.com",
    "hotmail.com": "EUR0%d-DB5-obe.outbound.protection.outlook.com",
    "outlook.fr": "EUR0%d-VI1-obe.outbound.protection.outlook.com",
    "live.fr": "EUR0%d-HE1-obe.outbound.protection.outlook.com",
}


def _relay(dom):
    pat = RECEIVED.get(dom)
    if pat is None:
        return "mail.%s" % dom
    if "%s" in pat:
        return pat % (RNG.choice(["wm1", "ej1", "lf1", "pj1", "qt1"]), RNG.randint(41, 99))
    return pat % RNG.randint(1, 9)


def _hdr(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def _to_html(text, client):
    out = []
    quote = []

    def flush():
        if quote:
            inner = "<br>\n".join(html.escape(q.lstrip("> ").rstrip()) for q in quote)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                       'padding-left:1ex">%s</blockquote>' % inner)
            quote.clear()
    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(line)
            continue
        flush()
        out.append("<div>%s</div>" % (html.escape(line) if line.strip() else "<br>"))
    flush()
    body = "\n".join(out)
    if client in ("hotmail", "outlook_html"):
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; '
                'charset=utf-8"><style type="text/css" style="display:none;"> '
                'P {margin-top:0;margin-bottom:0;} </style></head>'
                '<body dir="ltr"><div class="elementToProof" style="font-family: '
                'Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">\n%s\n'
                '</div></body></html>\n' % body)
    if client == "orange":
        return ('<!DOCTYPE html><html><head><meta charset="UTF-8"></head><body>'
                '<p style="margin:0">\n%s\n</p></body></html>\n' % body)
    return '<div dir="ltr">\n%s\n</div>\n' % body


def _cs(enc):
    cs = Charset("utf-8")
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[enc]
    return cs


DEFAULT_FMT = {"gmail": "alt", "gmail_mobile": "alt", "orange": "alt", "free": "plain",
               "laposte": "alt", "hotmail": "alt", "outlook_html": "html",
               "thunderbird": "plain", "apple": "plain", "iphone": "plain",
               "android": "alt"}
DEFAULT_ENC = {"gmail": "qp", "gmail_mobile": "qp", "orange": "qp", "free": "8bit",
               "laposte": "b64", "hotmail": "qp", "outlook_html": "qp",
               "thunderbird": "8bit", "apple": "qp", "iphone": "qp", "android": "b64"}
AGENT = {
    "orange": ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62"),
    "free": ("X-Mailer", "Zimbra 9.0.0_GA_4614 (ZimbraWebClient - FF131 (Linux)/9.0.0_GA_4614)"),
    "laposte": ("X-Mailer", "Laposte.net webmail"),
    "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
    "apple": ("X-Mailer", "Apple Mail (2.3776.700.51)"),
    "iphone": ("X-Mailer", "iPhone Mail (22B91)"),
    "android": ("X-Mailer", "Samsung Email"),
}


def build(m):
    name, addr = m["frm"]
    dom = addr.rsplit("@", 1)[-1].lower()
    dt = _date(m["tz"])
    if m["when"]:  # replies and forwards: after the quoted message's date
        y, mo, d, h, mi = m["when"]
        dt = datetime(y, mo, d, h, mi, RNG.randint(0, 59), tzinfo=dt.tzinfo)
    if m["raw"] is not None:
        return m["raw"](m, dt).encode("utf-8")
    client = m["client"]
    fmt = m["fmt"] or DEFAULT_FMT[client]
    enc = m["enc"] or DEFAULT_ENC[client]
    text = m["body"]
    if fmt == "plain":
        part = MIMEText(text, "plain", _cs(enc))
        if client == "thunderbird":
            part.set_param("format", "flowed")
    elif fmt == "html":
        part = MIMEText(_to_html(text, client), "html", _cs(enc))
    else:
        part = MIMEMultipart("alternative")
        if client in ("gmail", "gmail_mobile"):
            part.set_boundary("0000000000%s" % _hex(16))
        elif client in ("hotmail",):
            part.set_boundary("_000_%s_" % _rand(30, "0123456789ABCDEF"))
        else:
            part.set_boundary("----=_Part_%d_%d.%d" % (RNG.randint(10**5, 10**6),
                                                      RNG.randint(10**8, 10**9),
                                                      int(dt.timestamp() * 1000)))
        for sub in (MIMEText(text, "plain", _cs(enc)),
                    MIMEText(_to_html(text, client), "html", _cs(enc))):
            del sub["MIME-Version"]
            part.attach(sub)
    if "MIME-Version" not in part:
        part["MIME-Version"] = "1.0"
    lines = []
    lines.append("Return-Path: <%s>" % addr)
    lines.append("Delivered-To: %s" % TO)
    lines.append("Received: from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) "
                 "with ESMTPS id %s\n\tfor <%s>; %s" % (
                     (r := _relay(dom)), r, _ip(), _rand(15), TO,
                     format_datetime(dt + timedelta(seconds=RNG.randint(3, 40)))))
    auth = dict(dkim="pass", spf="pass", dmarc="pass")
    for k, v in m["headers"]:
        if k == "_auth":
            auth.update(v)
    lines.append("Authentication-Results: mx1.assistance.example.fr;\n"
                 "\tdkim=%s (2048-bit key) header.d=%s;\n\tspf=%s smtp.mailfrom=%s;\n"
                 "\tdmarc=%s (p=none dis=none) header.from=%s" % (
                     auth["dkim"], dom, auth["spf"], dom, auth["dmarc"], dom))
    lines.append("From: %s" % formataddr((name, addr), charset="utf-8") if name else
                 "From: %s" % addr)
    to_disp = RNG.choice(["support@assistance.example.fr", "Assistance <support@assistance.example.fr>",
                          "support@assistance.example.fr"])
    lines.append("To: %s" % to_disp)
    lines.append("Subject: %s" % _hdr(m["subject"]))
    lines.append("Date: %s" % format_datetime(dt))
    lines.append("Message-ID: %s" % _msgid(client, addr, dt))
    if m["reply"]:
        ref = "<%s.%d.%s@assistance.example.fr>" % (m["reply"], int(dt.timestamp()) - 86400 * 3, _hex(6))
        lines.append("In-Reply-To: %s" % ref)
        lines.append("References: %s" % ref)
    if client in AGENT:
        k, v = AGENT[client]
        if client == "thunderbird":
            v = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.%d.0" % RNG.randint(2, 6)
        lines.append("%s: %s" % (k, v))
    for k, v in m["headers"]:
        if not k.startswith("_"):
            lines.append("%s: %s" % (k, v))
    return ("\n".join(lines) + "\n").encode("utf-8") + part.as_bytes()


# ------------------------------------------------------- automated builders

def raw_bounce(orig_to, diag, reporter="mx.google.com", mta_from="mailer-daemon@googlemail.com",
               human_text=None, subject="Delivery Status Notification (Failure)",
               action="failed", status="5.1.1"):
    """A multipart/report bounce; orig_to is the failed recipient."""
    def make(m, dt):
        b = "bnd_%s" % _hex(20)
        ds = format_datetime(dt)
        ht = human_text or ("** Message non remis **\n\nVotre message n'a pas pu être "
                            "remis à %s.\n" % orig_to)
        return (
            "Return-Path: <>\nDelivered-To: %s\n"
            "Received: from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) id %s\n"
            "\tfor <%s>; %s\n"
            "From: Mail Delivery Subsystem <%s>\nTo: %s\nSubject: %s\nDate: %s\n"
            "Message-ID: <%s@%s>\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
            "Content-Type: multipart/report; report-type=delivery-status;\n boundary=\"%s\"\n\n"
            "--%s\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: 8bit\n\n%s\n"
            "--%s\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; %s\n\nFinal-Recipient: rfc822; %s\nAction: %s\n"
            "Status: %s\nDiagnostic-Code: smtp; %s\n\n"
            "--%s\nContent-Type: text/rfc822-headers\n\n"
            "From: Assistance <%s>\nTo: %s\nSubject: [#SUP-0%d] Votre demande\n"
            "Message-ID: <SUP-0%d.%d.%s@assistance.example.fr>\n\n--%s--\n" % (
                TO, reporter, reporter, _ip(), _rand(12), TO, ds, mta_from, TO, subject, ds,
                _rand(20), reporter, b, b, ht, b, reporter, orig_to, action, status, diag, b, TO, orig_to,
                RNG.randint(10000, 19999), RNG.randint(10000, 19999), int(dt.timestamp()), _hex(6), b))
    return make


def raw_simple(headers, content_type="text/plain; charset=\"UTF-8\"", cte="8bit"):
    """A machine-made single-part mail; the body is the mail's hand-written text."""
    def make(m, dt):
        name, addr = m["frm"]
        hl = ["Return-Path: <%s>" % (m.get("return_path") or addr), "Delivered-To: %s" % TO,
              "Received: from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n"
              "\tfor <%s>; %s" % (_relay(addr.split("@")[1]), _relay(addr.split("@")[1]), _ip(),
                                  _rand(15), TO, format_datetime(dt)),
              "From: %s" % formataddr((name, addr), charset="utf-8"),
              "To: %s" % TO, "Subject: %s" % _hdr(m["subject"]),
              "Date: %s" % format_datetime(dt),
              "Message-ID: <%s@%s>" % (_rand(24), addr.split("@")[1])]
        hl += ["%s: %s" % kv for kv in headers]
        hl += ["MIME-Version: 1.0", "Content-Type: %s" % content_type,
               "Content-Transfer-Encoding: %s" % cte]
        return "\n".join(hl) + "\n\n" + m["body"]
    return make


def raw_receipt(orig_subject, reader):
    """A Thunderbird-style read receipt (multipart/report disposition-notification)."""
    def make(m, dt):
        name, addr = m["frm"]
        b = "------------%s" % _rand(24)
        return (
            "Return-Path: <%s>\nDelivered-To: %s\n"
            "Received: from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n"
            "\tfor <%s>; %s\nFrom: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <%s@%s>\n"
            "User-Agent: Mozilla Thunderbird\nMIME-Version: 1.0\n"
            "Content-Type: multipart/report; report-type=disposition-notification;\n boundary=\"%s\"\n\n"
            "--%s\nContent-Type: text/plain; charset=UTF-8; format=flowed\nContent-Transfer-Encoding: 8bit\n\n%s\n"
            "--%s\nContent-Type: message/disposition-notification; name=\"MDNPart2.txt\"\n"
            "Content-Disposition: inline\nContent-Transfer-Encoding: 7bit\n\n"
            "Reporting-UA: %s; Mozilla Thunderbird\nFinal-Recipient: rfc822;%s\n"
            "Original-Message-ID: <SUP-0%d.%d.%s@assistance.example.fr>\n"
            "Disposition: manual-action/MDN-sent-manually; displayed\n\n--%s--\n" % (
                addr, TO, _relay(addr.split("@")[1]), _relay(addr.split("@")[1]), _ip(), _rand(15),
                TO, format_datetime(dt), formataddr((name, addr), charset="utf-8"), TO,
                _hdr(m["subject"]), format_datetime(dt), _hex(16), addr.split("@")[1], b, b,
                m["body"], b, reader, addr, RNG.randint(10000, 19999), int(dt.timestamp()), _hex(6), b))
    return make


# ================================================================ the mails
# ---- password_reset ------------------------------------------------------

mail(("Sandrine Vasseur", "sandrine.vasseur69@gmail.com"),
     "Mot de passe e-sidoc oublié",
     """
     Bonjour,

     Je reprends le CDI après un congé de formation et impossible de me
     reconnecter à l'interface de gestion e-sidoc : le mot de passe que j'avais
     noté n'est plus accepté et je ne le retrouve nulle part.
     Pourriez-vous m'indiquer la marche à suivre pour en obtenir un nouveau ?

     Je vous écris depuis ma boîte personnelle car la messagerie académique me
     refuse aussi l'accès en ce moment (décidément !).

     Bien cordialement,

     --
     Sandrine Vasseur
     Professeure documentaliste
     Collège Jean-Moulin - 12 rue des Tilleuls - 69120 Vaulx-en-Velin
     UAI : 0696305D
     CDI : salle 012 (rez-de-chaussée, bâtiment B)
     Tél. CDI : 04 72 04 15 32 - poste 3214
     Portable (uniquement en cas d'urgence) : 06 81 22 47 19
     """,
     "password_reset", True, "0696305D", "esidoc",
     notes="Lost e-sidoc back-office password; UAI in a long signature with room and extension numbers.")

mail(("Martine Got", "martine.got@orange.fr"),
     "accès portail CDI",
     """
     Bonjour,

     je n'arrive plus à me connecter au portail e-sidoc pour faire mes
     notices, on me dit que le mot de passe est incorrect. Je ne l'ai pas
     changé pourtant. Que faut-il faire ?

     Merci d'avance
     Martine Got
     Documentaliste - Lycée professionnel du Bâtiment
     Tél : 05 55 31 48 90 (CDI) / 05 55 31 48 00 (standard)
     Code interne photocopieur : 4521
     """,
     "password_reset", True, None, "esidoc", client="orange",
     notes="No UAI, personal orange.fr address: no region; the head-of-establishment procedure is the standard answer. The 4-digit photocopier code is noise.")

mail(("Karim Benali", "k.benali@free.fr"),
     "Identifiant e-sidoc ?",
     """
     Bonjour,

     Nouveau documentaliste au collège depuis la rentrée, je ne sais pas quel
     est l'identifiant de connexion à l'administration e-sidoc ni le mot de
     passe. Mon prédécesseur est parti sans laisser de consignes.
     Notre RNE est le 0592186F.

     Merci pour votre aide.

     Karim Benali
     CDI - salle B112
     03 20 55 61 07 (ligne directe)
     03 20 55 61 00 (accueil)
     """,
     "password_reset", True, "0592186F", "esidoc", client="free",
     notes="Identifier and password unknown to the new librarian; UAI called 'RNE'.")

mail(("Isabelle Larrieu", "isabelle.larrieu@laposte.net"),
     "Compte bloqué",
     """
     Bonjour,

     Après plusieurs essais infructueux, le compte administrateur de notre
     e-sidoc (lycée Montesquieu, 0331791T) est maintenant bloqué.
     Pouvez-vous le débloquer ou m'envoyer un lien de réinitialisation ?

     Cordialement,
     I. Larrieu
     Professeure documentaliste
     Lycée Montesquieu
     Standard : 05 56 48 22 10
     CDI : 05 56 48 22 37
     Fax : 05 56 48 22 11
     Bureau 1.07 – 1er étage
     """,
     "password_reset", True, "0331791T", "esidoc", client="laposte",
     notes="Account locked after failed attempts.")

mail(("Emily Carter", "emily.carter.cdi@hotmail.fr"),
     "Forgotten password - library portal",
     """
     Hello,

     I am the teacher-librarian at the international section of our school in
     Paris. I have forgotten the password for the e-sidoc admin interface and
     the "forgot password" link does not seem to recognise me.
     Our school code (UAI) is 0752542F.

     Could you help me get a new password?

     Kind regards,
     Emily Carter
     Teacher-librarian, International Section
     Room 3.21, building A
     Tel. +33 1 44 32 18 50 / mobile +33 6 12 40 87 33
     """,
     "password_reset", True, "0752542F", "esidoc", lang="en", client="hotmail",
     notes="English; forgotten e-sidoc password, UAI given.")

mail(("Nathalie Guérin", "nathalie.guerin44@gmail.com"),
     "Merci d'envoyer le lien sur cette adresse",
     """
     Bonjour,

     J'ai perdu le mot de passe de notre e-sidoc (collège Les Sables d'Or,
     UAI 0444517W).

     IMPORTANT : merci de m'envoyer le lien de réinitialisation sur cette
     adresse gmail et pas sur l'adresse du collège. La secrétaire est en
     arrêt et personne ne relève la boîte ce.xxx, je ne veux pas que le lien
     s'y perde.

     Merci beaucoup,
     Nathalie Guérin
     Documentaliste
     02 40 69 11 52 (CDI) - 06 72 14 30 98
     """,
     "password_reset", False, "0444517W", "esidoc", hard=True,
     notes="Asks for the reset link at her personal gmail address, which is not on file: the rule forbids it; a person must handle it.")

mail(("Yann Le Goff", "yannlegoff@gmail.com"),
     "mdp esidoc",
     """
     Bonjour mot de passe esidoc perdu, 0351614P. Merci

     Envoyé de mon iPhone
     """,
     "password_reset", True, "0351614P", "esidoc", client="gmail_mobile", fmt="plain",
     notes="One-line phone message: lost password and the UAI.")

mail(("Céline Wagner", "celine.wagner67@orange.fr"),
     "Identifiant Espace Acheteur perdu",
     """
     Bonjour,

     Je suis adjointe gestionnaire au collège Pasteur de Strasbourg (UAI
     0674943J). Je dois passer une commande de fournitures sur l'Espace
     Acheteur mais je ne retrouve plus mon identifiant et le mot de passe
     enregistré dans le navigateur a disparu avec le changement de PC.

     Pouvez-vous me renvoyer mes accès ?

     Cordialement,
     Céline Wagner
     Intendance - bureau 004
     Tél. 03 88 61 23 45 / poste 212
     """,
     "password_reset", True, "0674943J", "espace_acheteur", client="orange",
     notes="Espace Acheteur login and password lost after a PC change.")

mail(("Hervé Colin", "herve.colin54@free.fr"),
     "perte mot de passe",
     """
     Bonjour,

     Je suis le documentaliste du collège Jules-Ferry (RNE 0542486K) et j'ai
     oublié le mot de passe d'administration du portail e-sidoc.
     Comment puis-je le réinitialiser ?

     Merci,
     Hervé Colin
     CDI : 03 83 27 44 10
     salle 115
     """,
     "password_reset", True, None, "esidoc", client="thunderbird", hard=True,
     notes="The code 0542486K has a wrong check letter (the digits give 0542486J): no UAI, and the personal free.fr address gives no region. The standard procedure answer still serves.")

mail(("Pauline Renaud", "pauline.renaud76@gmail.com"),
     "0763028D - mot de passe expiré",
     """
     Bonjour,

     Le portail me dit que mon mot de passe a expiré et qu'il faut le changer,
     mais je ne me souviens plus de l'ancien, donc je suis bloquée.
     Que dois-je faire ?

     Pauline

     Envoyé de mon iPhone
     """,
     "password_reset", True, "0763028D", "esidoc", client="iphone",
     notes="Expired password and the old one forgotten; UAI only in the subject.")

mail(("Agnès Poirier", "agnes.poirier14@laposte.net"),
     "TROISIEME demande - mot de passe",
     """
     Bonjour,

     C'est la troisième fois que j'écris pour le mot de passe de notre e-sidoc
     (collège Guillaume-le-Conquérant, 0144657L). J'ai reçu deux fois la même
     réponse automatique, j'ai suivi la procédure, rien ne fonctionne.

     Je voudrais maintenant qu'une personne me rappelle, s'il vous plaît.
     Je suis joignable au CDI le mardi et le jeudi.

     Agnès Poirier
     CDI : 02 31 84 56 12
     Portable : 06 45 19 82 70
     Salle 203 – 2e étage, aile nord
     """,
     "password_reset", False, "0144657L", "esidoc", client="laposte",
     notes="Standard procedure already tried twice and failed; explicitly asks for a person to call back.")

mail(("Julien Marchand", "julien.marchand37@laposte.net"),
     "Lien expiré",
     """
     Bonjour,

     Le lien de réinitialisation que j'ai reçu vendredi ne fonctionne plus
     (« lien expiré »). Pourriez-vous m'en renvoyer un ?
     Établissement : collège Rabelais, 0372013M.

     Merci,
     Julien Marchand
     Professeur documentaliste
     02 47 58 10 33
     """,
     "password_reset", True, "0372013M", "esidoc", client="laposte",
     notes="Reset link expired before use; asks for a new one.")

mail(("Laure Besnard", "laure.besnard@hotmail.fr"),
     "RE: [#SUP-014822] Réinitialisation du mot de passe",
     """
     Bonjour,

     Votre réponse indique que le lien a été envoyé à « c***@ac-orleans-tours.fr ».
     C'est l'adresse de ma prédécesseure, partie à la retraite en juin : le
     compte n'existe plus. Je n'ai donc rien reçu.
     Comment faire maintenant ?

     Laure Besnard
     Documentaliste, lycée Voltaire (0457499G)
     CDI 02 38 22 71 40

     ________________________________
     De : Assistance <support@assistance.example.fr>
     Envoyé : lundi 13 janvier 2025 09:12
     À : laure.besnard@hotmail.fr
     Objet : [#SUP-014822] Réinitialisation du mot de passe

     Bonjour,
     Un lien de réinitialisation a été envoyé à l'adresse enregistrée pour
     votre établissement : c***@ac-orleans-tours.fr.
     """,
     "password_reset", False, "0457499G", "esidoc", client="hotmail", hard=True,
     reply_to_ticket="SUP-014822", when=(2025, 1, 13, 16, 42),
     notes="Reply after the automatic answer: the address on file belongs to a retired colleague, so the reset path failed; a person must move to the head-of-establishment procedure. The académie domain inside the quote is not the sender's.")

mail(("Camille Etcheverry", "camille.etche@free.fr"),
     "Connexion impossible au portail",
     """
     Bonjour,

     Depuis les vacances je ne peux plus me connecter à la partie
     professionnelle de https://0641812x.esidoc.fr : « identifiant ou mot de
     passe incorrect ». J'ai dû me tromper en le changeant en juillet.

     Pouvez-vous me dépanner ?
     Camille Etcheverry
     CDI - 05 59 44 20 18
     """,
     "password_reset", True, "0641812X", "esidoc", client="free",
     notes="The UAI appears only inside the portal URL, in lower case; label is the upper-case code.")

mail(("François Delmas", "francois.delmas86@gmail.com"),
     "Accès administration du CDI",
     """
     Bonjour,

     Professeur de lettres, je remplace la documentaliste pendant son congé
     maternité et je dois accéder à la gestion du portail e-sidoc. Personne au
     collège ne connaît l'identifiant ni le mot de passe.

     Collège Camille-Guérin – UAI 0864622G

     Merci de votre aide,

     François Delmas
     Professeur de lettres modernes
     Bureau des professeurs : 2.14 (2e étage)
     Collège : 05 49 88 31 05
     Portable : 07 68 21 43 09
     Casier n° 47
     """,
     "password_reset", True, "0864622G", "esidoc",
     notes="Substitute teacher does not know the identifier or password; the head-of-establishment path applies.")

mail(("Marie-Josée Payet", "mj.payet974@orange.fr"),
     "mot de passe portail documentaire",
     """
     Bonjour,

     Je ne parviens plus à me connecter à l'administration de notre portail
     e-sidoc, le mot de passe est refusé. Pouvez-vous me faire parvenir un
     nouveau lien ?
     Lycée Leconte-de-Lisle, code UAI 9748005H.

     Merci et bonne journée depuis La Réunion !

     Marie-Josée Payet
     Documentaliste
     Tél. 0262 41 27 85 – 0692 33 18 06
     """,
     "password_reset", True, "9748005H", "esidoc", client="orange", tz="re",
     notes="Réunion UAI prefix 974; Réunion time zone.")

mail(("Thomas Gallet", "thomas.gallet@gmail.com"),
     "Mot de passe du portail d'assistance",
     """
     Bonjour,

     J'avais ouvert un ticket l'an dernier sur votre portail d'assistance et
     je voudrais suivre une nouvelle demande, mais j'ai oublié le mot de passe
     de ce compte. Le bouton « mot de passe oublié » me renvoie sur une page
     blanche. Pouvez-vous réinitialiser mon accès ?

     Merci,
     Thomas Gallet
     Documentaliste - 06 33 41 28 90
     """,
     "password_reset", True, None, "ticket_portal",
     notes="Ticket-portal account password forgotten; no UAI.")

mail(("Rachel Moore", "rachel.moore@hotmail.com"),
     "Locked out of buyer account",
     """
     Hi,

     My Espace Acheteur account has been locked after too many login attempts.
     I help our school's bursar with orders. Could you unlock it or send me a
     reset link?

     Thanks,
     Rachel Moore
     Assistant, bursar's office
     Office 0.12 | ext. 240 | +33 4 67 22 81 90
     """,
     "password_reset", True, None, "espace_acheteur", lang="en", client="hotmail", fmt="html",
     notes="English HTML-only message; Espace Acheteur account locked; no UAI.")

mail(("Véronique Lamy", "vero.lamy@gmail.com"),
     "mot de passe + facture",
     """
     Bonjour,

     Deux choses :
     1) j'ai oublié le mot de passe de l'administration e-sidoc du lycée
        (0945... pardon, 0949313M) ;
     2) notre gestionnaire me demande la facture du renouvellement de
        l'abonnement de septembre, qu'elle ne trouve pas dans Chorus.

     Merci pour les deux !
     Véronique Lamy
     CDI Lycée Guillaume-Apollinaire
     01 46 87 20 14 / poste 118
     """,
     "password_reset", False, "0949313M", "esidoc", hard=True,
     notes="Two topics: lost password (first) and a missing invoice in Chorus (order_billing); a single template would answer half. A truncated false start '0945...' precedes the real UAI.")

mail(("Sophie Arnaud", "sophie.arnaud13@laposte.net"),
     "Réinitialisation mot de passe e-sidoc",
     """
     Bonjour,

     Pourriez-vous réinitialiser le mot de passe du compte administrateur
     e-sidoc de notre collège ? Je l'ai oublié pendant les vacances.
     UAI : 0137468X

     Merci par avance,

     Sophie Arnaud
     Professeure documentaliste
     Collège Marcel-Pagnol
     Bâtiment C – salle 204
     Tél. 04 91 62 35 70 – poste 31
     Code porte CDI : 4580B
     SIRET : 193 130 174 00012
     """,
     "password_reset", True, "0137468X", "esidoc", client="laposte",
     notes="Signature full of numbers (extension, door code 4580B, SIRET) besides the real UAI.")

mail(("Olivier Ferrand", "olivier.ferrand21@gmail.com"),
     "Mot de passe EcoleDirecte administrateur",
     """
     Bonjour,

     J'ai perdu le mot de passe du compte administrateur EcoleDirecte de
     l'établissement (école-collège Saint-Bénigne, 0217955H). Attention, je ne
     parle pas du mot de passe de maintenance du jour mais bien du compte
     admin qui me sert à gérer les accès des familles.

     Merci de me dire comment le récupérer.
     Olivier Ferrand
     Professeur de technologie, référent numérique
     03 80 41 27 66 / salle info 1.04
     """,
     "password_reset", False, "0217955H", "ecoledirecte", hard=True,
     notes="Lost EcoleDirecte admin password, explicitly not the daily maintenance password (transfer_incident); no reset template exists for this product.")

mail(("Paul-Antoine Santoni", "pa.santoni@free.fr"),
     "Oubli mot de passe",
     """
     Bonjour,

     J'ai oublié le mot de passe de l'interface e-sidoc du collège de Corte
     (UAI 7208424U). Merci de m'indiquer la procédure.

     Paul-Antoine Santoni
     Documentaliste
     04 95 46 12 30
     """,
     "password_reset", True, "7208424U", "esidoc", client="free",
     notes="Haute-Corse UAI prefix 720.")

mail(("Élodie Le Floch", "elodie.lefloch56@gmail.com"),
     "Je ne connais pas le mot de passe",
     """
     Bonjour,

     Je viens d'être nommée au collège Jules-Simon à Vannes (0568104E) et je
     ne connais pas le mot de passe du portail e-sidoc. Je n'ai pas non plus
     accès à l'adresse mail qui a servi à créer le compte, je ne sais même pas
     laquelle c'est.

     Que dois-je faire ?
     Merci !

     Élodie Le Floch
     Professeure documentaliste stagiaire
     CDI : 02 97 47 10 62
     Salle des profs : 02 97 47 10 60
     """,
     "password_reset", True, "0568104E", "esidoc",
     notes="New librarian never had the password nor the address on file: the reset rule (official address, else head's written request) answers it.")

mail(("Bernadette Lefèvre", "bernadette.lefevre62@orange.fr"),
     "BCD école - code d'accès",
     """
     Bonjour,

     Je suis enseignante retraitée et je tiens bénévolement la BCD de l'école
     élémentaire Jean-Jaurès de Liévin. La directrice m'a demandé de
     cataloguer les nouveaux livres mais le mot de passe qu'on m'a donné pour
     e-sidoc ne marche pas.
     Le numéro de l'école est 0629779T.

     Merci de votre aide,
     Bernadette Lefèvre
     03 21 44 58 02
     """,
     "password_reset", True, "0629779T", "esidoc", client="orange",
     notes="Retired volunteer at a primary-school library; the standard reset path (to the school's address) fits.")

# ---- missing_noreply_mail ------------------------------------------------

mail(("Aurélie Fontaine", "aurelie.fontaine@orange.fr"),
     "Mail d'activation jamais reçu",
     """
     Bonjour,

     Je me suis inscrite hier sur l'Espace Acheteur avec mon adresse orange
     (notre collège n'a pas encore d'adresse fonctionnelle pour l'intendance)
     et je n'ai toujours pas reçu le mail d'activation.
     J'ai regardé dans « Courrier indésirable », rien.

     Merci,
     Aurélie Fontaine
     Secrétaire d'intendance
     Tél : 04 75 82 30 19 – poste 22
     Bureau 0.03 (à côté de la loge)
     """,
     "missing_noreply_mail", True, None, "espace_acheteur", client="orange",
     notes="Activation mail never arrived at a personal orange.fr address; no anti-spam product named.")

mail(("Benoît Charrier", "benoit.charrier@free.fr"),
     "pas de mail pour le nouveau mot de passe",
     """
     Bonjour,

     J'ai cliqué trois fois sur « mot de passe oublié » sur l'Espace Acheteur
     depuis ce matin, le site dit qu'un mail m'a été envoyé mais rien n'arrive
     sur ma boîte free. L'antispam Free est activé, est-ce que ça peut venir
     de là ?

     Benoît Charrier
     Professeur de SVT, commandes labo
     Labo SVT : salle S12 - 02 43 28 14 90
     """,
     "missing_noreply_mail", True, None, "espace_acheteur", client="free", hard=True,
     notes="Looks like a password problem but the tool works; the new-password mail never arrives. Free's own antispam is not MailInBlack.")

mail(("Hélène Roussel", "helene.roussel80@gmail.com"),
     "Notifications du portail",
     """
     Bonjour,

     Je ne reçois plus aucune notification du portail e-sidoc (suggestions
     d'achat des élèves, réservations) depuis que j'ai remplacé l'adresse de
     contact par ma gmail. Elles ne sont pas dans les spams non plus.

     Collège Jules-Verne, Amiens – 0802688M

     Merci
     Hélène Roussel
     CDI – 03 22 44 61 70
     Salle polyvalente : P03
     """,
     "missing_noreply_mail", True, "0802688M", "esidoc",
     notes="Portal notifications from the no-reply address stopped arriving.")

mail(("Stéphanie Morel", "steph.morel@laposte.net"),
     "Confirmation d'inscription",
     """
     Bonjour

     Toujours pas de mail de confirmation pour mon inscription depuis lundi.
     Pouvez vous vérifier ?

     Stéphanie Morel
     """,
     "missing_noreply_mail", True, None, None, client="laposte",
     notes="Very short: sign-up confirmation not received; no platform named.")

mail(("Arnaud Pichon", "arnaud.pichon@hotmail.fr"),
     "Lien de première connexion non reçu",
     """
     Bonjour,

     L'administratrice de notre structure m'a confirmé avoir validé mon
     compte sur l'Espace Acheteur mardi. Je devais recevoir un lien sécurisé
     pour la première connexion mais ma boîte Hotmail n'a rien reçu, même dans
     « Courrier indésirable ».

     Pouvez-vous me le renvoyer ?

     Cordialement
     Arnaud Pichon
     Lycée agricole de Rethel
     Tél. 03 24 39 50 12 – Fax 03 24 39 50 13
     Bât. administratif, bureau 21
     """,
     "missing_noreply_mail", True, None, "espace_acheteur", client="hotmail",
     notes="Account validated but the first-login link never came; junk folder checked.")

mail(("Florence Aubry", "florence.aubry@gmail.com"),
     "Nouveau mot de passe : toujours rien",
     """
     Bonjour,

     Sur le portail e-sidoc du lycée (0429858M) j'ai demandé un nouveau mot de
     passe à 8h, puis à 10h. Rien reçu, ni dans la boîte de réception ni dans
     Spam. L'adresse est bien la bonne puisque c'est celle où j'ai reçu vos
     mails l'an dernier.

     Florence Aubry
     Documentaliste
     04 77 92 15 03 (CDI)
     """,
     "missing_noreply_mail", True, "0429858M", "esidoc",
     notes="Reset tool used twice, the no-reply mail does not come; the taxonomy puts this under missing_noreply_mail.")

mail(("Gilles Masson", "gilles.masson51@orange.fr"),
     "Alerte mise à jour des offres",
     """
     Bonjour,

     Je me suis abonné aux alertes de mise à jour des offres sur l'Espace
     Acheteur (fournitures de laboratoire) mais je n'en reçois aucune alors que
     je vois bien des offres modifiées. Faut-il autoriser une adresse
     particulière dans ma messagerie Orange ?

     Gilles Masson
     Professeur de physique-chimie
     Lycée Jean-Jaurès, Reims – 0513961D
     Labo : 03 26 85 20 47 / salle C108
     """,
     "missing_noreply_mail", True, "0513961D", "espace_acheteur", client="orange",
     notes="Offer-update alerts never arrive; asks which address to allow.")

mail(("Chloé Bertin", "chloe.bertin.doc@gmail.com"),
     "Mail de validation",
     """
     Bonjour,

     J'attends depuis jeudi le mail de validation pour créer le compte client
     avant notre première commande en ligne. Rien dans ma boîte gmail ni
     dans les spams ou « Promotions ».

     Merci de regarder,
     Chloé Bertin
     Documentaliste – Collège Victor-Hugo, Besançon (0251968D)
     CDI : 03 81 50 27 18 – salle 108
     Casier : 12 – Badge : 40221
     """,
     "missing_noreply_mail", True, "0251968D", "esidoc",
     notes="Activation mail for the customer account (first online order) never came; badge and locker numbers are noise.")

mail(("Sébastien Royer", "seb.royer@free.fr"),
     "Re: [#SUP-015390] Mail non reçu",
     """
     Bonjour,

     J'ai fait tout ce que vous indiquiez : dossier spam vérifié, adresse
     no-reply ajoutée aux contacts, j'ai même attendu les 48 heures. Toujours
     rien. Merci de transmettre à quelqu'un qui puisse regarder de votre côté,
     c'est bloquant pour notre commande.

     Sébastien Royer
     Gestionnaire – 02 35 62 18 70

     ----- Mail original -----
     De: "Assistance" <support@assistance.example.fr>
     À: "seb royer" <seb.royer@free.fr>
     Envoyé: Lundi 3 Février 2025 10:04:12
     Objet: [#SUP-015390] Mail non reçu

     Bonjour,
     Vérifiez votre dossier de courrier indésirable et autorisez l'adresse
     no-reply. Sans nouvelles de votre part sous 48 heures...
     """,
     "missing_noreply_mail", False, None, "espace_acheteur", client="free", hard=True,
     reply_to_ticket="SUP-015390", when=(2025, 2, 6, 8, 15),
     notes="Reply (Zimbra 'Mail original' quote) after the junk-folder answer: still nothing after 48 h; a person must follow up. Platform implied by 'commande' and the ticket; Espace Acheteur.")

mail(("Anne-Laure Picard", "annelaure.picard@gmail.com"),
     "no reply",
     """
     Bonjour,
     Je ne reçois pas les mails venant de votre adresse no-reply (création du
     mot de passe du portail d'assistance). Merci.
     Anne-Laure

     Envoyé depuis mon téléphone
     """,
     "missing_noreply_mail", True, None, "ticket_portal", client="gmail_mobile",
     notes="Ticket-portal set-password mail never arrives; short mobile message.")

mail(("Dominique Hamon", "dominique.hamon22@laposte.net"),
     "Aucun courriel depuis le changement d'adresse",
     """
     Bonjour,

     J'ai remplacé mon adresse académique par celle-ci dans mon profil de
     l'Espace Acheteur car je n'arrivais plus à lire ma boîte académique. Depuis,
     plus aucun courriel automatique de la plateforme : ni confirmation de
     commande, ni alerte. J'ai vérifié le dossier « Spam » de La Poste.

     Cordialement,
     Dominique Hamon
     Professeur documentaliste
     Collège Chateaubriand (0224999P)
     Tél. 02 96 61 44 28 – 06 15 82 93 04
     Salle CDI : 0.14
     """,
     "missing_noreply_mail", True, "0224999P", "espace_acheteur", client="laposte",
     notes="No automatic mail since the profile address was changed to a personal one.")

mail(("Nadia Cherif", "nadia.cherif93@hotmail.fr"),
     "Je ne recois pas le mail pour mon mot de passe",
     """
     bonjour
     je suis documentaliste au college Henri Wallon 0931950P, j ai demander
     un nouveau mot de passe e-sidoc mais le mail n arrive jamais, ni dans
     courrier indesirable. est ce que vous pouvez le renvoyer ?
     merci
     Nadia
     """,
     "missing_noreply_mail", True, "0931950P", "esidoc", client="hotmail",
     notes="No accents, typos; the new-password mail never arrives.")

mail(("Marc Olivier", "marc.olivier@orange.fr"),
     "Emails de la plateforme",
     """
     Bonjour,

     Depuis environ deux semaines, je ne reçois plus aucun message de
     l'Espace Acheteur, alors que mes collègues (adresses académiques) les
     reçoivent. Mon adresse Orange bloque peut-être l'expéditeur ?
     Pouvez-vous me donner l'adresse exacte qui envoie ces mails pour que je
     l'ajoute à mes contacts ?

     Marc Olivier
     Professeur d'EPS, coordinateur achats matériel sportif
     Gymnase : 04 73 92 51 60
     Portable : 06 28 74 10 33
     """,
     "missing_noreply_mail", True, None, "espace_acheteur", client="orange",
     notes="No platform mail for two weeks at a personal orange.fr address; asks for the sender address to allow.")

mail(("Lucie Garnier", "lucie.garnier@gmail.com"),
     "Where is the confirmation email?",
     """
     Hello,

     I registered on the buyer space on Monday for our school's language
     department and I am still waiting for the confirmation email. I checked
     Spam, Promotions and Updates in Gmail. Nothing.

     Best,
     Lucie Garnier
     English teacher, head of languages department
     Room 114 - phone 02 41 33 50 72
     """,
     "missing_noreply_mail", True, None, "espace_acheteur", lang="en",
     notes="English; buyer-space confirmation mail never arrived.")

mail(("Patrice Vidal", "patrice.vidal@free.fr"),
     "mail d'activation compte portail",
     """
     Bonjour,

     L'activation de mon compte e-sidoc (collège Les Garrigues, UAI 0342144W)
     devait se faire par un lien reçu par mail. Je ne l'ai jamais reçu.
     Mon adresse free est bien celle indiquée.

     Patrice Vidal
     Documentaliste
     Standard 04 67 45 30 00 / CDI 04 67 45 30 16
     Salle D002
     """,
     "missing_noreply_mail", True, "0342144W", "esidoc", client="free",
     notes="Activation link never received.")

mail(("Carole Dufresne", "carole.dufresne@gmail.com"),
     "Tr: mail non reçu (de la part de ma collègue)",
     """
     Bonjour,

     Je vous transfère le message de ma collègue qui n'a pas d'accès internet
     chez elle en ce moment.

     ---------- Forwarded message ---------
     De : Josiane Bréal <josiane.breal@laposte.net>
     Date: mar. 14 janv. 2025 à 18:02
     Subject: mail non reçu
     To: Carole Dufresne <carole.dufresne@gmail.com>

     Carole, peux-tu leur écrire ? Mon compte sur l'Espace Acheteur est
     validé mais je n'ai jamais reçu le mail pour choisir mon mot de passe.
     J'ai regardé les spams.
     Josiane
     """,
     "missing_noreply_mail", True, None, "espace_acheteur", hard=True, when=(2025, 1, 15, 7, 36),
     notes="Forward (Gmail French style) on behalf of a colleague: the set-password mail never came. The request is the colleague's.")

mail(("Jean-Michel Faure", "jm.faure@orange.fr"),
     "Rien reçu",
     """
     Bonjour,

     Rien reçu après ma demande de nouveau mot de passe pour l'Espace
     Acheteur. Je n'ai pas de logiciel antispam particulier, juste Orange.

     J-M Faure
     Lycée professionnel, atelier maintenance
     04 77 31 62 88
     """,
     "missing_noreply_mail", True, None, "espace_acheteur", client="orange",
     notes="New-password mail never arrives; explicitly no anti-spam product.")

# ---- mailinblack_spam ----------------------------------------------------

mail(("Valérie Simon", "valerie.simon33@gmail.com"),
     "MailInBlack bloque vos mails",
     """
     Bonjour,

     Je vous écris de ma boîte personnelle parce que la messagerie du lycée
     est protégée par MailInBlack et vos messages (lien d'activation, alertes)
     y restent en quarantaine. Quelle adresse faut-il faire autoriser par
     notre service informatique ?

     Valérie Simon
     Documentaliste – Lycée François-Mauriac (0333929S)
     CDI 05 56 12 30 48 – poste 417
     """,
     "mailinblack_spam", True, "0333929S", "esidoc",
     notes="The school mailbox is behind MailInBlack; writes from her gmail. Platform: e-sidoc alerts and activation.")

mail(("Damien Perrot", "damien.perrot@orange.fr"),
     "mail in black",
     """
     bonjour, le mail in black de la mairie bloque vos messages pour la
     direction de l ecole, on a jamais reçu le lien pour le compte de l
     espace acheteur. comment on fait pour vous autoriser ?
     merci
     D. Perrot, directeur adjoint
     """,
     "mailinblack_spam", True, None, "espace_acheteur", client="orange",
     notes="Product spelled 'mail in black', no accents; the town hall's filter blocks the activation link.")

mail(("Isabelle Tessier", "isabelle.tessier@laposte.net"),
     "Quarantaine Mailinblack",
     """
     Bonjour,

     Notre établissement vient de passer sous Mailinblack. Je reçois chaque
     matin un rapport de quarantaine et vos mails de l'Espace Acheteur y sont
     systématiquement. Même après avoir cliqué sur « Autoriser », le suivant
     repart en quarantaine.

     Pouvez-vous m'indiquer la bonne manipulation ?
     Je passe par ma boîte perso pour être sûre que vous me lisiez !

     Isabelle Tessier
     Gestionnaire – Collège du Val de Sèvre (0791607T)
     05 49 25 71 30 – bureau de l'intendance, 1er étage
     """,
     "mailinblack_spam", True, "0791607T", "espace_acheteur", client="laposte",
     notes="Mailinblack quarantine keeps holding the mails even after 'Autoriser'; the allow-list guide is the answer.")

mail(("Gwenaëlle Rio", "gwen.rio29@free.fr"),
     "Message de vérification à chaque envoi",
     """
     Bonjour,

     Quand je réponds depuis mon adresse pro, on me dit que vous recevez un
     message vous demandant de cliquer pour prouver que vous n'êtes pas un
     robot. Et vos réponses à moi n'arrivent pas. C'est MailInBlack que notre
     collectivité a installé en janvier. Faut-il que vous cliquiez ou que je
     vous ajoute à une liste ?

     Gwenaëlle Rio
     Documentaliste, collège de Brest (0292471D)
     02 98 03 44 16
     """,
     "mailinblack_spam", True, "0292471D", None, client="free",
     notes="MailInBlack challenge described and named; no platform named.")

mail(("Christophe Lemaire", "c.lemaire.info@gmail.com"),
     "Whitelist MailInBlack",
     """
     Bonjour,

     Je suis le référent informatique (enseignant de techno, 6 h de décharge)
     de la cité scolaire. Nous utilisons MailInBlack sur le domaine de
     l'établissement. Pouvez-vous me communiquer la liste des expéditeurs et
     domaines à mettre en liste blanche pour l'Espace Acheteur ?

     Christophe Lemaire
     Référent numérique – salle serveur R-1.02
     Tél. 03 27 94 11 52 – GSM 06 84 30 17 66
     Cité scolaire (0594772S)
     """,
     "mailinblack_spam", True, "0594772S", "espace_acheteur",
     notes="IT-referent teacher asks which senders to allow-list in MailInBlack.")

mail(("Amandine Roche", "amandine.roche@hotmail.fr"),
     "MAILINBLACK",
     """
     Bonjour,
     Le lien d'activation a été bloqué par MAILINBLACK. Je l'ai libéré mais il
     était expiré. Pouvez-vous me le renvoyer et me dire comment éviter que ça
     recommence ?
     A. Roche
     Collège Paul-Éluard (0935114D) – 01 48 36 20 55
     """,
     "mailinblack_spam", True, "0935114D", None, client="hotmail",
     notes="Activation link held by MailInBlack and expired once released; no platform named.")

mail(("Thierry Bouvier", "thierry.bouvier@free.fr"),
     "Mailinblack + qui est l'administrateur ?",
     """
     Bonjour,

     Deux questions :
     - nos mails académiques passent par Mailinblack et le lien de création de
       compte sur l'Espace Acheteur n'est jamais arrivé ;
     - par ailleurs, qui est l'administrateur de notre structure sur la
       plateforme ? Personne ne sait ici.

     Thierry Bouvier
     Professeur, coordinateur ULIS
     Collège (0174245X) – 05 46 27 33 10
     """,
     "mailinblack_spam", False, "0174245X", "espace_acheteur", hard=True,
     notes="Two topics: activation link blocked by Mailinblack (main) and who the structure administrator is (account_creation).")

mail(("Claire Navarro", "claire.navarro06@gmail.com"),
     "Filtre Mail In Black",
     """
     Bonjour,

     Je sais que ce n'est pas dans les spams : j'ai vérifié. Le service
     informatique du département me dit que c'est « Mail In Black » qui retient
     les notifications du portail e-sidoc. Que dois-je leur transmettre ?

     Claire Navarro
     Professeure documentaliste, collège Les Baous (0068684G)
     04 93 24 66 71 – poste 202
     Salle 1-B
     """,
     "mailinblack_spam", True, "0068684G", "esidoc",
     notes="Junk folder checked, but Mail In Black is named by the IT service.")

mail(("Frédéric Ollivier", "fred.ollivier@laposte.net"),
     "Tr : Rapport quotidien de quarantaine",
     """
     Bonjour,

     Voici le rapport que je reçois tous les matins. Vos messages y sont. Je
     ne comprends pas ce que je dois faire.

     -------- Message transféré --------
     Sujet : [Mailinblack] Vos messages en attente
     Date : Mon, 10 Mar 2025 07:00:03 +0100
     De : Mailinblack <noreply@protect.mailinblack.example>

     Vous avez 3 message(s) en attente :
     - no-reply@assistance.example.fr  « Votre compte est validé »
     - no-reply@assistance.example.fr  « Nouvelle offre disponible »
     - no-reply@assistance.example.fr  « Rappel : panier en attente »
     [Autoriser]  [Bloquer]
     """,
     "mailinblack_spam", True, None, "espace_acheteur", client="laposte", hard=True,
     notes="A person forwards the machine-made MailInBlack quarantine report: the outer message is a real question.")

mail(("Laurence Besson", "laurence.besson38@orange.fr"),
     "Cliquer pour prouver que je suis humain ?",
     """
     Bonjour,

     Quand j'écris au collège depuis l'extérieur je reçois un message me
     demandant de cliquer sur un lien pour confirmer que je suis bien une
     personne. Je suppose que c'est la même chose pour vos mails : je n'ai
     jamais reçu le lien de l'Espace Acheteur à mon adresse du collège.
     Je ne sais pas quel logiciel c'est.

     Laurence Besson
     Collège (0387238L)
     04 76 72 18 40
     """,
     "mailinblack_spam", False, "0387238L", "espace_acheteur", client="orange", hard=True,
     notes="A sender-authentication challenge is described without naming MailInBlack: mailinblack_spam by the taxonomy, but the product is not confirmed, so a person should check before sending the guide.")

mail(("Nicolas Brun", "nicolas.brun@gmail.com"),
     "Mailinblack",
     """
     Mailinblack bloque tout ce qui vient de chez vous, envoyez-moi le guide svp.
     """,
     "mailinblack_spam", True, None, None, client="gmail_mobile", fmt="plain",
     notes="One line from a phone; no platform.")

mail(("Hannah Schmidt", "hannah.schmidt@hotmail.com"),
     "Emails held by MailinBlack",
     """
     Dear support team,

     Our school's mail server uses MailinBlack and all messages from the
     e-sidoc portal (reservations, reader reminders) are held in quarantine.
     Which sender addresses should our IT department add to the allow list?

     Many thanks,
     Hannah Schmidt
     Librarian, German-French bilingual section
     Lycée (0674550G)
     Library: +33 3 88 14 27 60 | Room B-017
     """,
     "mailinblack_spam", True, "0674550G", "esidoc", lang="en", client="hotmail",
     notes="English; MailinBlack quarantine holds the e-sidoc portal mails.")

mail(("Jérôme Lacroix", "jerome.lacroix31@free.fr"),
     "Re: [#SUP-016021] Mail non reçu",
     """
     Bonjour,

     Suite à votre réponse j'ai regardé les indésirables : rien. J'ai demandé
     à notre informaticien, il me dit que c'est MailInBlack, installé par le
     rectorat sur notre domaine, qui retient vos messages. Que faut-il
     autoriser exactement ?

     Jérôme Lacroix
     Lycée (0314268W) – 05 61 44 83 20

     Le 12/02/2025 à 09:31, Assistance a écrit :
     > Bonjour,
     > Merci de vérifier votre dossier de courrier indésirable...
     """,
     "mailinblack_spam", True, "0314268W", None, client="thunderbird",
     reply_to_ticket="SUP-016021", when=(2025, 2, 17, 11, 48),
     notes="Reply quoting the junk-folder answer: IT says MailInBlack is blocking; the MailInBlack guide is now the right answer. No platform named.")

# ---- head_of_establishment_request ---------------------------------------

mail(("Bruno Castel", "bruno.castel.principal@gmail.com"),
     "Demande de réinitialisation - compte administrateur e-sidoc",
     """
     Madame, Monsieur,

     En tant que principal du collège Albert-Camus (UAI 0753183C), je vous
     demande de bien vouloir réinitialiser le mot de passe du compte
     administrateur de notre portail e-sidoc et d'envoyer le lien à l'adresse
     officielle du collège. Notre documentaliste a quitté l'établissement sans
     transmettre ses accès.

     Je vous écris de mon adresse personnelle, la messagerie académique étant
     en maintenance ce week-end ; vous pouvez bien sûr vérifier auprès du
     secrétariat (01 43 70 22 15).

     Bruno Castel
     Principal
     Collège Albert-Camus – Paris 11e
     Secrétariat de direction : 01 43 70 22 15 – bureau 0.01
     Portable de permanence : 06 09 55 21 37
     """,
     "head_of_establishment_request", False, "0753183C", "esidoc",
     notes="The principal asks in writing for the admin reset, from a personal gmail address: a head-of-establishment request with weak sender evidence.")

mail(("Corinne Maillard", "corinne.maillard@orange.fr"),
     "Changement d'adresse de contact - école Pierre-Loti",
     """
     Bonjour,

     Je suis directrice de l'école élémentaire Pierre-Loti (0859497L). Je
     souhaite que l'adresse de contact du compte administrateur de notre BCD
     sur e-sidoc soit remplacée par l'adresse de l'école (ce.0859497L@ac-nantes.fr)
     à la place de celle de l'ancienne enseignante, mutée.

     Merci,
     Corinne Maillard
     Directrice – décharge le lundi et le jeudi
     École : 02 51 37 18 04
     Classe de CM2 : bâtiment du haut, salle 6
     """,
     "head_of_establishment_request", False, "0859497L", "esidoc", client="orange",
     notes="Primary-school head asks to change the admin contact address; she writes from orange.fr, and the académie address appears only in the body (not the sender).")

mail(("Philippe Garnier", "philippe.garnier.proviseur@laposte.net"),
     "Autorisation validation commande",
     """
     Bonjour,

     J'autorise Mme Sylvie Blanc, adjointe gestionnaire, à valider la commande
     de renouvellement des abonnements du CDI sur l'Espace Acheteur pour un
     montant de 1 240 € TTC.

     Philippe Garnier
     Proviseur, lycée Gustave-Eiffel, Bordeaux
     Tél. 05 56 33 84 00 – Fax 05 56 33 84 09
     Bureau du proviseur : 1.01 (code d'accès 3390)
     """,
     "head_of_establishment_request", False, None, "espace_acheteur", client="laposte",
     notes="The proviseur authorises the gestionnaire to validate an order; no UAI (the 3390 door code is noise), personal address: no region.")

mail(("Margaret O'Neill", "m.oneill.head@gmail.com"),
     "New structure administrator",
     """
     Dear Sir or Madam,

     As head of our international school (UAI 0922418D), I would like to
     appoint Mr Daniel Roux, our bursar, as the new structure administrator
     on the buyer space, replacing Mrs Karen Li who left in December. Please
     close Mrs Li's access.

     Yours faithfully,
     Margaret O'Neill
     Head of School
     Office: +33 1 47 60 12 00 | Room A-001
     """,
     "head_of_establishment_request", False, "0922418D", "espace_acheteur", lang="en",
     notes="English; the head names a new structure administrator and asks to close the former one's access, from a personal gmail.")

mail(("Jacques Fabre", "jacques.fabre@free.fr"),
     "Départ de la documentaliste",
     """
     Bonjour,

     Je suis le principal du collège La Garrigue (0305070Y). Notre
     documentaliste est partie fâchée et garde l'accès au portail e-sidoc.
     Je vous demande de réinitialiser le mot de passe administrateur pour lui
     retirer l'accès et d'envoyer le nouveau lien sur l'adresse officielle de
     l'établissement.

     J. Fabre
     Principal
     Tél. direction : 04 66 22 71 10 – Fax 04 66 22 71 19
     """,
     "head_of_establishment_request", False, "0305070Y", "esidoc", client="free",
     notes="The principal asks for a reset so that a departed librarian loses access.")

mail(("Sylvie Aubert", "sylvie.aubert@gmail.com"),
     "Re: [#SUP-013877] Demande écrite du chef d'établissement",
     """
     Bonjour,

     Comme demandé, je confirme par écrit, en tant que principale du collège
     Jean-Rostand (0456551B), que Mme Perrin peut recevoir le lien de
     réinitialisation du portail e-sidoc sur l'adresse du collège.

     Je vous réponds de ma boîte personnelle car je suis en déplacement.

     Sylvie Aubert
     Principale

     Le lun. 25 nov. 2024 à 14:20, Assistance <support@assistance.example.fr> a écrit :
     > Bonjour,
     > Pour des raisons de sécurité, la réinitialisation demande l'accord écrit
     > du chef d'établissement.
     """,
     "head_of_establishment_request", False, "0456551B", "esidoc",
     reply_to_ticket="SUP-013877", when=(2024, 11, 26, 19, 5),
     notes="Reply (Gmail French quote) in which the principal gives the written agreement the desk asked for, from a personal address.")

mail(("Laurent Mercier", "laurent.mercier.lycee@hotmail.fr"),
     "Courrier de demande - changement administrateur",
     """
     Bonjour,

     Vous trouverez ci-joint mon courrier signé demandant le changement
     d'administrateur de notre compte Espace Acheteur (lycée Jean-Monnet,
     0642359S) : Mme Isabelle Darrigade remplace M. Pierre Hourcade.

     Cordialement,
     Laurent Mercier
     Proviseur
     Standard 05 59 02 41 00
     """,
     "head_of_establishment_request", False, "0642359S", "espace_acheteur", client="hotmail", hard=True,
     notes="The proviseur announces a signed letter 'ci-joint' but nothing is attached: still his written request; staff must ask for the letter.")

mail(("Principal Collège Ronsard", "principal.ronsard@gmail.com"),
     "Nouvelle adresse administrateur",
     """
     Bonjour,

     Je suis le principal du collège Ronsard (0418... je n'ai pas le code
     sous la main). Merci de remplacer l'adresse de l'administrateur de notre
     e-sidoc ET de l'Espace Acheteur par celle-ci, principal.ronsard@gmail.com,
     et de m'envoyer les nouveaux mots de passe ici. C'est urgent.

     Le principal
     """,
     "head_of_establishment_request", False, None, None, hard=True,
     notes="Claims to be a principal from a generic gmail, no UAI, asks to move both admin accounts to that address and get passwords there: a head-of-establishment request for the queue, where staff should refuse or verify. Two products named, so no single platform.")

mail(("Agathe Morin", "agathe.morin.doc@orange.fr"),
     "Accord de Mme la proviseure (en copie)",
     """
     Bonjour,

     Je vous transmets l'accord de notre proviseure, Mme Claudine Vial, en
     copie de ce message, pour que le lien de réinitialisation du compte
     administrateur e-sidoc soit envoyé à l'adresse du lycée.

     « Je confirme ma demande. C. Vial, proviseure du lycée Charles-de-Gaulle
     (0869662K). »

     Agathe Morin
     Documentaliste
     CDI 05 49 30 62 18 – salle 010
     """,
     "head_of_establishment_request", False, "0869662K", "esidoc", client="orange", hard=True,
     headers=[("Cc", "Claudine Vial <claudine.vial86@orange.fr>")],
     notes="The librarian relays the proviseure's written confirmation with the proviseure in copy (personal addresses both): a head-of-establishment request, relayed; staff must verify.")

mail(("Henri Lopez", "henri.lopez66@free.fr"),
     "Délégation de signature",
     """
     Bonjour,

     Je soussigné Henri Lopez, principal du collège Jean-Moulin de Perpignan
     (UAI 0666857V), donne délégation à M. Karim Haddad, gestionnaire, pour
     valider les commandes de l'établissement sur l'Espace Acheteur pendant
     l'année scolaire 2024-2025.

     H. Lopez
     Principal
     04 68 50 33 21 – bureau 102
     """,
     "head_of_establishment_request", False, "0666857V", "espace_acheteur", client="free",
     notes="Written delegation: the head declares who may validate orders.")

mail(("Françoise Blanchard", "francoise.blanchard@laposte.net"),
     "Compte BCD école maternelle",
     """
     Bonjour,

     Directrice de l'école maternelle Les Coquelicots, je souhaite que
     l'administration de notre compte e-sidoc passe de Mme Leroy (partie en
     retraite) à Mme Adam, ATSEM référente de la bibliothèque.
     Je n'ai pas le numéro de l'école sous les yeux, je suis chez moi.

     Bien à vous,
     Françoise Blanchard
     06 22 48 91 07
     """,
     "head_of_establishment_request", False, None, "esidoc", client="laposte",
     notes="A nursery-school head asks for a change of administrator from a personal address, no UAI: weak evidence, staff must verify.")

mail(("Richard Hoarau", "richard.hoarau@orange.fr"),
     "Adresse de contact Espace Acheteur",
     """
     Bonjour,

     Proviseur du lycée Roland-Garros (9744536M), je vous demande de
     remplacer l'adresse de contact de notre compte Espace Acheteur, qui est
     encore celle de l'ancienne gestionnaire, par l'adresse de l'intendance :
     int.9744536M@ac-reunion.fr.

     Salutations distinguées,
     R. Hoarau
     Proviseur
     0262 28 10 40
     """,
     "head_of_establishment_request", False, "9744536M", "espace_acheteur", client="orange", tz="re",
     notes="The proviseur asks to change the contact address; Réunion time zone; writes from orange.fr.")

mail(("Michel Renard", "michel.renard@gmail.com"),
     "Re: demande de ma documentaliste",
     """
     Oui je confirme, vous pouvez faire la réinitialisation.
     M. Renard, principal collège Saint-Exupéry 0713?? (Mme Petit a le code)

     Envoyé de mon iPhone

     > Le 4 mars 2025 à 10:12, Lucie Petit <lucie.petit71@gmail.com> a écrit :
     >
     > Bonjour M. Renard, le support demande votre accord écrit pour
     > réinitialiser le mot de passe du portail e-sidoc. Pouvez-vous leur
     > répondre ? Merci, Lucie
     """,
     "head_of_establishment_request", False, None, "esidoc", client="iphone", hard=True,
     when=(2025, 3, 4, 12, 31),
     notes="The principal confirms from his phone, quoting his librarian's request (Apple quote style); incomplete UAI, personal gmail: no UAI, no region.")

# ---- account_creation ----------------------------------------------------

mail(("Manon Giraud", "manon.giraud@gmail.com"),
     "Créer un compte",
     """
     Bonjour,

     Je suis professeure des écoles et je voudrais un compte sur l'Espace
     Acheteur pour commander du matériel pour ma classe. Comment faire pour
     m'inscrire ?

     Merci !
     Manon Giraud
     École élémentaire, classe de CE1
     """,
     "account_creation", True, None, "espace_acheteur",
     notes="How to create an account: the sign-up form answer fits.")

mail(("Antoine Leclerc", "antoine.leclerc@free.fr"),
     "Compte en attente",
     """
     Bonjour,

     J'ai rempli le formulaire d'inscription de l'Espace Acheteur il y a trois
     jours. Quand j'essaie de me connecter, on me dit « compte en attente de
     validation ». Est-ce normal ? Je n'ai pas perdu de mot de passe, le
     compte n'est juste pas encore actif.

     Antoine Leclerc
     Professeur de technologie – collège (0148560D)
     Atelier techno : salle T02 – 02 31 45 90 27
     """,
     "account_creation", True, "0148560D", "espace_acheteur", client="free",
     notes="Account waiting for the structure administrator's validation (FAQ case); negation about the password.")

mail(("Sarah Benoît", "sarah.benoit@laposte.net"),
     "Qui est notre administrateur ?",
     """
     Bonjour,

     Pour valider mon compte il faut que l'administrateur de notre structure le
     fasse, mais personne au lycée ne sait qui c'est. Pouvez-vous me le dire ?
     Lycée Henri-Bergson, Angers (0492324K).

     Sarah Benoît
     Professeure documentaliste
     CDI : 02 41 73 50 66 – salle 1.12
     """,
     "account_creation", False, "0492324K", "espace_acheteur", client="laposte",
     notes="Asks who the structure's administrator is: needs a look-up, so a person answers.")

mail(("Jonathan Petit", "jonathan.petit@hotmail.fr"),
     "Etablissement introuvable dans la liste",
     """
     Bonjour,

     En voulant ouvrir le compte client pour le CDI, je ne trouve pas notre
     établissement dans la liste déroulante. Il a ouvert en septembre 2024.
     Son UAI est 0728570Z.

     Jonathan Petit
     Documentaliste
     Tél. 02 43 57 20 81 - Salle A003
     """,
     "account_creation", False, "0728570Z", "esidoc", client="hotmail",
     notes="The new establishment's UAI is not in the list when opening the customer account: sent to the sales team by a person.")

mail(("Émilie Robin", "emilie.robin@orange.fr"),
     "Droits de commande",
     """
     Bonjour,

     Mon compte sur l'Espace Acheteur fonctionne, mais je ne peux que
     consulter : le bouton « commander » est grisé. Pouvez-vous ouvrir les
     droits de gestion des commandes sur mon compte ?

     Émilie Robin
     Secrétaire de gestion – collège (0547127D)
     03 83 51 19 70 – bureau 0.05
     """,
     "account_creation", False, "0547127D", "espace_acheteur", client="orange",
     notes="Account works; asks for order rights to be opened: a person must act.")

mail(("Kevin Nguyen", "kevin.nguyen@gmail.com"),
     "Ouverture compte client avant commande",
     """
     Bonjour,

     Nouveau gestionnaire au collège, je voudrais ouvrir le compte client
     pour pouvoir passer notre première commande en ligne de ressources pour
     le CDI. Quelle est la démarche ?

     Kevin Nguyen
     Gestionnaire – collège Victor-Schœlcher (9726146Y)
     0596 63 40 12 – poste 4
     """,
     "account_creation", True, "9726146Y", "esidoc", tz="mq",
     notes="New gestionnaire wants to open the customer account before a first order; Martinique time zone.")

mail(("Mathilde Roux", "mathilde.roux@free.fr"),
     "Deux comptes administrateur ?",
     """
     Bonjour,

     Nous sommes deux professeures documentalistes à mi-temps sur le même
     CDI. Est-il possible que chacune ait son propre compte administrateur
     sur le portail, plutôt que de partager le même identifiant ?

     Mathilde Roux
     Lycée (0254483M)
     CDI : 03 81 82 44 17
     """,
     "account_creation", False, "0254483M", "esidoc", client="free",
     notes="Asks whether two librarians can each have an administrator account: a person answers.")

mail(("Pierre Dumas", "pierre.dumas19@laposte.net"),
     "Compte toujours pas validé (administratrice absente)",
     """
     Bonjour,

     Mon compte attend la validation de l'administratrice de la structure
     depuis trois semaines. Elle est en congé longue maladie et personne ne
     peut le faire à sa place. Pouvez-vous valider vous-mêmes ou nous dire
     comment faire ?

     Pierre Dumas
     Professeur d'histoire-géographie – collège (0191381Y)
     Tél. collège 05 55 26 40 10 – salle 23
     """,
     "account_creation", False, "0191381Y", "espace_acheteur", client="laposte",
     notes="Account waiting for validation; the administrator is on long leave: the region must step in.")

mail(("Laura Fischer", "laura.fischer@gmail.com"),
     "How do I get an account?",
     """
     Hello,

     I've just started as a teaching assistant in charge of the school
     library and I need an account to use the library portal back office.
     How do I register?

     Thanks,
     Laura Fischer
     """,
     "account_creation", True, None, "esidoc", lang="en",
     notes="English; how to get an account on the library portal.")

# ---- subscription_activation --------------------------------------------

mail(("Delphine Caron", "delphine.caron@orange.fr"),
     "Abonnement Europresse pas visible",
     """
     Bonjour,

     Notre abonnement Europresse a été commandé avant-hier mais il n'apparaît
     toujours pas dans « Mes abonnements » sur e-sidoc. Est-ce normal ?

     Delphine Caron
     Documentaliste – collège (0024078X)
     03 23 52 18 90 – CDI salle 101
     """,
     "subscription_activation", True, "0024078X", "esidoc", client="orange",
     notes="Ordered two days ago: within the 72-hour window.")

mail(("Yannick Perrin", "yannick.perrin@free.fr"),
     "Ressource à publier pour les élèves",
     """
     Bonjour,

     L'abonnement Universalis est bien actif dans mon espace, mais les élèves
     ne le voient pas sur le portail. Je n'ai pas oublié mon mot de passe,
     tout marche de mon côté. Comment publier la ressource ?

     Yannick Perrin
     Prof doc – lycée (0631698D)
     CDI : 04 73 28 61 09
     """,
     "subscription_activation", True, "0631698D", "esidoc", client="free",
     notes="Active resource not visible to pupils: publication step; negation about the password.")

mail(("Isabelle Kieffer", "isabelle.kieffer57@gmail.com"),
     "Cafeyn",
     """
     Bonjour, commande Cafeyn validée hier, toujours pas accessible.
     Merci de l'activer. Collège 0577966Z.
     I. Kieffer
     """,
     "subscription_activation", True, "0577966Z", "esidoc", client="gmail_mobile", fmt="plain",
     notes="Short: please activate, ordered yesterday.")

mail(("Rémi Chauvin", "remi.chauvin@hotmail.fr"),
     "Abonnement commandé il y a deux semaines",
     """
     Bonjour,

     Nous avons commandé l'abonnement Le Monde numérique pour le CDI le
     3 février ; nous sommes le 17 et il n'est toujours pas actif. J'ai déjà
     écrit une fois sans réponse. Pouvez-vous vérifier la commande ?

     Rémi Chauvin
     Documentaliste – lycée (0836183V)
     04 94 22 18 60 – poste 219
     Bât. B, salle B0-07
     """,
     "subscription_activation", False, "0836183V", "esidoc", client="hotmail",
     notes="Ordered two weeks ago, still not active: past the 72-hour rule, a person must look at the order.")

mail(("Nicole Barbier", "nicole.barbier@laposte.net"),
     "Abonnement renouvelé mais affiché expiré",
     """
     Bonjour,

     Le renouvellement de notre abonnement a été commandé hier par
     l'intendance, mais e-sidoc l'affiche encore comme « expiré ».
     Combien de temps faut-il attendre ?

     N. Barbier
     CDI collège (0847596A)
     04 90 71 32 45
     """,
     "subscription_activation", True, "0847596A", "esidoc", client="laposte",
     notes="Renewal from yesterday still shown as expired.")

mail(("Ophélie Marchal", "ophelie.marchal@gmail.com"),
     "Ressource Lumni Enseignement pas accessible",
     """
     Bonjour,

     Nous venons de souscrire (commande d'hier après-midi) à une nouvelle
     ressource pour le CDI et je ne la vois pas encore dans le bloc
     « Ressources » de notre portail. Dois-je faire quelque chose de
     particulier ou simplement attendre ?

     Ophélie Marchal
     Professeure documentaliste
     Collège (0741124V)
     CDI 04 50 97 23 11 | salle 007
     """,
     "subscription_activation", True, "0741124V", "esidoc",
     notes="New resource ordered yesterday, not yet in the resources block.")

mail(("Steve Morgan", "steve.morgan@gmail.com"),
     "Subscription not active yet",
     """
     Hi,

     We ordered a digital magazine subscription for the school library
     yesterday morning. It's still not showing on our portal. How long does
     activation usually take?

     Cheers,
     Steve Morgan
     Teacher-librarian (0449696A)
     Tel 02 40 48 77 21, library room L1
     """,
     "subscription_activation", True, "0449696A", "esidoc", lang="en",
     notes="English; ordered yesterday, asks about activation time.")

mail(("Josette Vincent", "josette.vincent@orange.fr"),
     "activation abonnement svp",
     """
     bonjour
     pourriez vous activer notre abonnement (bon de commande passé lundi) ?
     nous sommes mercredi et rien pour l instant
     merci
     Josette Vincent
     prof doc college 0806939H
     """,
     "subscription_activation", True, "0806939H", "esidoc", client="orange",
     notes="Ordered two days ago; no accents.")

mail(("Béatrice Colas", "beatrice.colas@free.fr"),
     "Publication Europresse sur l'ENT",
     """
     Bonjour,

     Notre abonnement Europresse est actif. Comment le rendre accessible aux
     élèves depuis l'ENT ? Je ne trouve pas l'option de publication.

     Béatrice Colas
     Documentaliste
     Lycée (0262329R) – CDI 04 75 82 61 33
     Salle des ressources : R2
     """,
     "subscription_activation", True, "0262329R", "esidoc", client="free",
     notes="How to publish an active resource to pupils.")

# ---- order_billing -------------------------------------------------------

mail(("Corinne Lambert", "corinne.lambert@orange.fr"),
     "Demande de devis",
     """
     Bonjour,

     Pour préparer le bon d'engagement, notre gestionnaire a besoin d'un devis
     officiel pour le renouvellement de l'abonnement e-sidoc du collège
     (0603634Z) pour l'année 2025.

     Merci d'avance,
     Corinne Lambert
     Professeure documentaliste
     CDI : 03 44 53 20 71 – salle 0.08
     Portable : 06 70 18 42 55
     """,
     "order_billing", False, "0603634Z", "esidoc", client="orange",
     notes="Asks for a formal quote for the renewal, needed for the bon d'engagement.")

mail(("Guillaume Brunet", "guillaume.brunet@gmail.com"),
     "Facture absente de Chorus",
     """
     Bonjour,

     La commande validée début janvier pour le lycée (0688237J) n'a toujours
     pas donné lieu à une facture dans Chorus Pro. Notre agent comptable
     m'interroge. Pouvez-vous vérifier ?

     Guillaume Brunet
     Adjoint gestionnaire
     03 89 44 21 50 – bureau 012
     """,
     "order_billing", False, "0688237J", "espace_acheteur",
     notes="Invoice missing from Chorus Pro after an order validated weeks ago.")

mail(("Anne Moreau", "anne.moreau.cdi@free.fr"),
     "Paiement par virement",
     """
     Bonjour,

     Notre école privée hors contrat ne passe pas par Chorus. Peut-on régler
     l'abonnement au portail par virement ? Si oui, merci de m'envoyer un RIB.

     Anne Moreau
     Responsable bibliothèque
     01 39 51 22 08
     """,
     "order_billing", False, None, "esidoc", client="free",
     notes="Private school asks to pay by bank transfer and for bank details.")

mail(("Lionel Girard", "lionel.girard@laposte.net"),
     "Facture en double",
     """
     Bonjour,

     Nous avons reçu deux fois la même facture (n° FA-2024-11873) pour
     l'abonnement du CDI. Merci d'annuler le doublon.

     Lionel Girard
     Gestionnaire – collège (0883910X)
     Tél. 03 29 64 30 12
     N° de SIRET : 198 800 452 00017
     Code service Chorus : GEST-CDI-01
     """,
     "order_billing", False, "0883910X", "esidoc", client="laposte",
     notes="Duplicate invoice; SIRET and a Chorus service code in the signature are not UAIs.")

mail(("Sabine Meunier", "sabine.meunier@hotmail.fr"),
     "Panier disparu",
     """
     Bonjour,

     J'avais préparé un panier de 42 titres sur l'Espace Acheteur fin
     novembre pour le fonds du CDI. En me reconnectant aujourd'hui, le panier
     est vide ! Est-il possible de le récupérer ?

     Sabine Meunier
     Documentaliste – collège (0249244T)
     05 53 08 14 72
     """,
     "order_billing", False, "0249244T", "espace_acheteur", client="hotmail", fmt="html",
     notes="Saved basket disappeared; HTML-only Hotmail message.")

mail(("David Lefort", "david.lefort@gmail.com"),
     "Montant de la facture différent du devis",
     """
     Bonjour,

     Le devis n° D-24-0977 indiquait 860 € TTC ; la facture reçue est de
     912 € TTC. Pouvez-vous m'expliquer la différence ou émettre une facture
     rectificative ?

     David Lefort
     Adjoint gestionnaire, lycée (0403883D)
     Tél. 05 58 05 71 20 / poste 15
     """,
     "order_billing", False, "0403883D", "esidoc",
     notes="Invoice amount differs from the quote.")

mail(("Christine Hubert", "christine.hubert@orange.fr"),
     "Bon d'engagement refusé",
     """
     Bonjour,

     Au moment de valider la commande sur l'Espace Acheteur, le dépôt du bon
     d'engagement échoue avec le message « format non accepté ». C'est
     pourtant un PDF. Que faire ?

     Christine Hubert
     Secrétaire d'intendance
     Collège (0162798E) – 05 45 38 60 71
     """,
     "order_billing", False, "0162798E", "espace_acheteur", client="orange",
     notes="Bon d'engagement upload fails at order validation.")

mail(("Marion Lebrun", "marion.lebrun@gmail.com"),
     "Fwd: Relance facture impayée",
     """
     Bonjour,

     Je reçois cette relance alors que la facture a été payée par mandat
     administratif le 18 décembre (mandat n° 2024-1187). Pouvez-vous vérifier
     et arrêter les relances ?

     Marion Lebrun
     Gestionnaire – lycée (9713115J)
     0590 82 14 60

     ---------- Forwarded message ---------
     De : Service comptabilité <compta@assistance.example.fr>
     Date: lun. 13 janv. 2025 à 08:00
     Subject: Relance facture impayée
     To: <int.9713115J@ac-guadeloupe.fr>

     Sauf erreur de notre part, la facture FA-2024-10341 reste impayée.
     """,
     "order_billing", False, "9713115J", "esidoc", tz="gp", when=(2025, 1, 14, 7, 50),
     notes="Forward of a payment reminder for an invoice already paid; Guadeloupe time zone. Platform inferred from the subscription context.")

mail(("Ben Walker", "ben.walker@hotmail.com"),
     "Invoice addressed to the wrong department",
     """
     Hello,

     Could you please reissue invoice FA-2025-00412 to our accounting office
     rather than to the library? Our accountant cannot process it otherwise.

     Regards,
     Ben Walker
     Librarian
     Ext. 233 | Room LB-02
     """,
     "order_billing", False, None, None, lang="en", client="hotmail",
     notes="English; asks to readdress an invoice. No product named.")

# ---- contract_documents --------------------------------------------------

mail(("Martine Collet", "martine.collet@free.fr"),
     "Marché introuvable dans Mes Marchés",
     """
     Bonjour,

     Le marché 2023-041 « Manuels et ouvrages de fonds » n'apparaît plus dans
     « Mes Marchés » sur l'Espace Acheteur. J'en ai besoin pour passer notre
     commande de fin d'année.

     Martine Collet
     Gestionnaire – collège (0708761T)
     03 84 76 41 09
     """,
     "contract_documents", False, "0708761T", "espace_acheteur", client="free",
     notes="A market no longer found in 'Mes Marchés'.")

mail(("Raphaël Cordier", "raphael.cordier@gmail.com"),
     "CCAP manquant",
     """
     Bonjour,

     Je ne trouve pas le CCAP du marché de fournitures scolaires 2024-118 dans
     les documents du marché. Seul l'acte d'engagement est disponible.

     Raphaël Cordier
     Professeur, coordinateur achats pédagogiques
     Lycée (0587865J) – 03 86 59 20 40 – salle 2.08
     """,
     "contract_documents", False, "0587865J", "espace_acheteur",
     notes="CCAP missing from a market's documents.")

mail(("Brigitte Guillot", "brigitte.guillot@laposte.net"),
     "Avenant n°3",
     """
     Bonjour,

     L'avenant n°3 du marché de livres 2022-016 a été annoncé par courrier,
     mais il n'est pas visible dans les documents contractuels de la
     plateforme. Pourriez-vous l'y ajouter ?

     B. Guillot
     Intendance – lycée (0737970S)
     04 79 33 21 58
     """,
     "contract_documents", False, "0737970S", "espace_acheteur", client="laposte",
     notes="Amendment announced by letter but missing from the contract documents.")

mail(("Cédric Blanc", "cedric.blanc@orange.fr"),
     "Convention d'adhésion vide",
     """
     Bonjour,

     Quand j'ouvre la convention d'adhésion de notre établissement dans
     l'Espace Acheteur, le PDF est vide (0 Ko). Pouvez-vous la remettre en
     ligne ?

     Cédric Blanc
     Gestionnaire – collège (0012409N)
     04 74 32 18 60 – poste 11
     """,
     "contract_documents", False, "0012409N", "espace_acheteur", client="orange",
     notes="Membership convention opens as an empty file.")

mail(("Julie Masson", "julie.masson@hotmail.fr"),
     "Re: [#SUP-015012] Document de marché manquant",
     """
     Bonjour,

     Merci pour votre réponse, mais le bordereau des prix du marché 2024-072
     n'apparaît toujours pas dans l'onglet Documents. J'ai vidé le cache,
     essayé un autre navigateur.

     Julie Masson
     Collège (0033341R)
     04 70 44 26 19

     De : Assistance <support@assistance.example.fr>
     Envoyé : jeudi 6 février 2025 11:40
     Objet : [#SUP-015012] Document de marché manquant
     > Le document a été republié, il devrait apparaître sous 24 heures.
     """,
     "contract_documents", False, "0033341R", "espace_acheteur", client="hotmail",
     reply_to_ticket="SUP-015012", when=(2025, 2, 10, 14, 3),
     notes="Follow-up reply: the market document is still missing after the answer.")

mail(("Pascale Jacob", "pascale.jacob@gmail.com"),
     "Conventions visibles sur l'ancienne plateforme",
     """
     Bonjour,

     Sur l'ancienne plateforme je voyais les conventions signées par le
     collège. Sur la nouvelle, la rubrique est vide. Faut-il une autorisation
     particulière ?

     Pascale Jacob
     Secrétaire de gestion
     Collège (0156075X) – 04 71 48 20 33
     """,
     "contract_documents", False, "0156075X", "espace_acheteur",
     notes="Conventions no longer visible on the new platform.")

mail(("Tom Evans", "tom.evans@gmail.com"),
     "Missing certificate for the books contract",
     """
     Hello,

     I can't find the administrative certificate (attestation) for the books
     framework contract in the contract documents section. Our finance office
     needs it before paying.

     Thanks,
     Tom Evans
     Librarian, Lycée international (0431092D)
     +33 4 71 09 12 55 | room 0.21
     """,
     "contract_documents", False, "0431092D", "espace_acheteur", lang="en",
     notes="English; administrative certificate missing for a contract.")

# ---- transfer_incident ---------------------------------------------------

mail(("Stéphane Renaud", "stephane.renaud@free.fr"),
     "Transfert des notes bloqué",
     """
     Bonjour,

     Depuis jeudi, les notes ne remontent plus sur EcoleDirecte : le dernier
     transfert réussi date d'il y a cinq jours. Les parents commencent à
     appeler. Pouvez-vous regarder ?

     Stéphane Renaud
     Professeur de mathématiques, administrateur réseau (2 h)
     Collège privé Saint-Joseph
     Salle serveur : sous-sol, local 0-05
     04 78 22 61 40 – 06 18 44 29 73
     """,
     "transfer_incident", False, None, "ecoledirecte", client="free",
     notes="EcoleDirecte transfers stopped for five days; private school, no UAI.")

mail(("Agnès Benard", "agnes.benard@orange.fr"),
     "mot de passe de maintenance",
     """
     Bonjour,

     Pour lancer la réindexation de la base suite à une erreur, l'outil me
     demande le mot de passe de maintenance du jour. Pouvez-vous me le
     communiquer ?

     Agnès Benard
     Secrétariat de direction – école privée Sainte-Marie
     02 99 31 54 20
     """,
     "transfer_incident", False, None, "ecoledirecte", client="orange", hard=True,
     notes="Daily maintenance password: transfer_incident per the taxonomy, not password_reset.")

mail(("Xavier Pons", "xavier.pons@gmail.com"),
     "Licence à régénérer",
     """
     Bonjour,

     Nous avons changé de serveur pendant les vacances. Depuis, le logiciel
     affiche « licence invalide » et les transferts vers EcoleDirecte ne
     partent plus. Il faudrait sans doute régénérer la licence.

     Xavier Pons
     Enseignant, référent informatique
     Collège privé (0323070N)
     05 62 05 33 18
     """,
     "transfer_incident", False, "0323070N", "ecoledirecte",
     notes="Licence to regenerate after a server change.")

mail(("Céline Faivre", "celine.faivre@laposte.net"),
     "Antivirus et Charlemagne",
     """
     Bonjour,

     Notre nouvel antivirus met en quarantaine un fichier de Charlemagne
     Outils et depuis, plus aucun transfert ne fonctionne. Quels fichiers
     faut-il exclure ?

     Céline Faivre
     Comptable – lycée privé
     03 81 61 22 90
     """,
     "transfer_incident", False, None, "ecoledirecte", client="laposte",
     notes="The antivirus quarantines a Charlemagne tool file, so transfers stop.")

mail(("Hugo Lemoine", "hugo.lemoine@hotmail.fr"),
     "Processus bloqués",
     """
     Bonjour,

     Plusieurs processus Outils.exe restent bloqués dans le gestionnaire de
     tâches et le transfert vers EcoleDirecte ne se termine jamais. Je les
     tue, ils reviennent. Une idée ?

     Hugo Lemoine
     Prof de techno / référent numérique
     Collège privé Notre-Dame (0466796M)
     Bureau informatique : B-104 – 05 65 35 20 18
     """,
     "transfer_incident", False, "0466796M", "ecoledirecte", client="hotmail", fmt="html",
     notes="HTML-only: Outils.exe processes stuck, transfers hang.")

mail(("Maryse Dupont", "maryse.dupont@gmail.com"),
     "Fwd: les notes de mon fils",
     """
     Bonjour,

     Je vous transfère le message d'un parent. Effectivement, aucune note
     saisie depuis lundi n'apparaît côté familles sur EcoleDirecte.

     Maryse Dupont, directrice
     École privée Saint-Michel
     05 56 81 10 44

     ---------- Forwarded message ---------
     De : Jean Roussel <jean.roussel33@gmail.com>
     Subject: les notes de mon fils

     Madame, je ne vois aucune note de mon fils depuis une semaine, est-ce
     normal ?
     """,
     "transfer_incident", False, None, "ecoledirecte", hard=True,
     notes="Forward of a parent's complaint: grades no longer reach EcoleDirecte. Written by a school head but not a head-of-establishment request.")

mail(("Alain Mathieu", "alain.mathieu@orange.fr"),
     "Nouveau pare-feu, transferts en échec",
     """
     Bonjour,

     La région a installé un nouveau pare-feu avec proxy. Depuis, le
     diagnostic échoue au test de connexion et les transferts EcoleDirecte ne
     passent plus. Quels paramètres de proxy faut-il renseigner ?

     Alain Mathieu
     Enseignant, correspondant informatique
     Lycée privé (0187243A)
     02 48 24 41 30 – salle réseau 0.12
     """,
     "transfer_incident", False, "0187243A", "ecoledirecte", client="orange",
     notes="New firewall/proxy: the connection test fails.")

mail(("Sylvain Roger", "sylvain.roger@free.fr"),
     "Licence expirée au démarrage",
     """
     Bonjour,
     Ce matin au démarrage : « Licence expirée ». Plus aucun transfert.
     Merci de nous envoyer une nouvelle licence rapidement, conseil de classe
     jeudi.
     S. Roger, collège privé, 03 27 88 41 05
     """,
     "transfer_incident", False, None, "ecoledirecte", client="free",
     notes="Licence expired at start-up; transfers stopped.")

mail(("Marc Tissot", "marc.tissot@gmail.com"),
     "Réinitialisation de la réplication",
     """
     Bonjour,

     Après la restauration de la base suite à une panne disque, il faudrait
     réinitialiser la réplication vers EcoleDirecte : les données en ligne
     sont celles d'avant la panne.

     Marc Tissot
     Professeur de SII – référent informatique
     Lycée privé (0286401F)
     02 37 21 40 50 – poste 305
     """,
     "transfer_incident", False, "0286401F", "ecoledirecte",
     notes="Replication re-initialisation needed after a restore.")

mail(("Gérard Lucas", "gerard.lucas@laposte.net"),
     "Transfer error code",
     """
     Hello,

     Our transfer to EcoleDirecte fails every night with the error "Transfert
     interrompu - code 12". I teach at a small private bilingual school and
     look after the computers. What should I check?

     Gérard Lucas
     +33 2 54 22 10 61
     """,
     "transfer_incident", False, None, "ecoledirecte", lang="en", client="laposte",
     notes="English; nightly transfer fails with an error code.")

# ---- automated -----------------------------------------------------------

mail(("Caroline Dubois", "caroline.dubois.doc@gmail.com"),
     "Re: [#SUP-014410] Votre demande de mot de passe",
     """
     Bonjour,

     Je suis en congé jusqu'au 6 janvier. Pour toute question concernant le
     CDI, merci de vous adresser à la vie scolaire au 04 72 18 30 41.

     Caroline Dubois
     Professeure documentaliste
     """,
     "automated", False, None, None,
     raw=raw_simple([("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"),
                     ("In-Reply-To", "<SUP-014410.1734950000.a1b2c3@assistance.example.fr>")]),
     notes="Gmail vacation responder (Auto-Submitted: auto-replied) to one of our answers; mentions a password only through the quoted subject.")

mail(("Jean-Luc Barre", "jeanluc.barre@orange.fr"),
     "Absence",
     """
     Bonjour,
     Je suis absent du 21 octobre au 3 novembre inclus. Je lirai vos messages
     à mon retour.
     Cordialement,
     Jean-Luc Barre
     Gestionnaire – Tél. 03 85 42 18 70 (bureau 007)
     """,
     "automated", False, None, None, client="orange", fmt="plain", hard=True,
     notes="Out-of-office set as a client-side rule on orange.fr: no Auto-Submitted, no Precedence; only the wording shows it is automatic.")

mail(("Sandrine Leroux", "sandrine.leroux@hotmail.fr"),
     "Réponse automatique : [#SUP-015744] Abonnement",
     """
     Bonjour,

     Je suis actuellement en stage de formation et ne consulte pas ma
     messagerie. Je vous répondrai dès mon retour le 14 mars.

     Sandrine Leroux
     """,
     "automated", False, None, None, client="hotmail",
     headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
              ("In-Reply-To", "<SUP-015744.1741000000.77aa01@assistance.example.fr>")],
     notes="Outlook.com 'Réponse automatique' with Auto-Submitted and X-Auto-Response-Suppress.")

mail(("Michèle Garcia", "michele.garcia@free.fr"),
     "Message d'absence : Re: [#SUP-013902] Mail non reçu",
     """
     Je suis en congé maladie jusqu'à nouvel ordre. Pour le CDI du collège
     (0347908L), s'adresser au secrétariat : 04 67 72 30 55.
     """,
     "automated", False, "0347908L", None,
     raw=raw_simple([("Auto-Submitted", "auto-replied (zimbra; vacation)"),
                     ("X-Mailer", "Zimbra 9.0.0_GA_4614")]),
     hard=True,
     notes="Free Zimbra vacation reply; gives the school's UAI, so uai and region are labelled even though it is never answered.")

mail(("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
     "Delivery Status Notification (Failure)",
     "",
     "automated", False, None, None,
     raw=raw_bounce("nathalie.guerin44@gmial.com",
                    "550 5.1.1 The email account that you tried to reach does not exist.",
                    human_text="Address not found\n\nYour message wasn't delivered to "
                               "nathalie.guerin44@gmial.com because the domain gmial.com "
                               "couldn't be found. Check for typos or unnecessary spaces "
                               "and try again.\n"),
     lang="en",
     notes="Gmail-style bounce (multipart/report, null Return-Path) for a personal address typed with a typo.")

mail(("Mail Delivery System", "MAILER-DAEMON@smtp05.smtp.orange.fr"),
     "Undelivered Mail Returned to Sender",
     "",
     "automated", False, None, None,
     raw=raw_bounce("josiane.breal@orange.fr", "552 5.2.2 Mailbox full / boite pleine",
                    reporter="smtp05.smtp.orange.fr",
                    mta_from="MAILER-DAEMON@smtp05.smtp.orange.fr",
                    human_text="Ceci est le service de messagerie Orange.\n\nVotre message "
                               "n'a pas pu être remis : la boîte du destinataire est pleine.\n",
                    subject="Undelivered Mail Returned to Sender"),
     notes="Orange bounce (mailbox full), multipart/report.")

mail(("Mail Delivery System", "MAILER-DAEMON@laposte.net"),
     "Message non remis",
     "",
     "automated", False, None, None,
     raw=raw_bounce("steph.morel@laposte.fr", "550 5.1.1 <steph.morel@laposte.fr>: Recipient address rejected: User unknown",
                    reporter="mlpnf02.laposte.net", mta_from="MAILER-DAEMON@laposte.net",
                    subject="Message non remis"),
     notes="Bounce for a recipient typed with the wrong domain (laposte.fr instead of laposte.net).")

mail(("Microsoft Outlook", "postmaster@outlook.com"),
     "Non remis : [#SUP-016288] Votre compte",
     "",
     "automated", False, None, None,
     raw=raw_bounce("amandine.roche@hotmail.fr", "550 5.5.0 Requested action not taken: mailbox unavailable",
                    reporter="AM6PR01MB5520.eurprd01.prod.exchangelabs.com",
                    mta_from="postmaster@outlook.com",
                    human_text="Impossible de remettre le message à ces destinataires ou "
                               "groupes :\n\namandine.roche@hotmail.fr\nLa boîte aux lettres "
                               "n'existe pas ou est désactivée.\n",
                    subject="Non remis : [#SUP-016288] Votre compte"),
     notes="Outlook.com non-delivery report in French (multipart/report).")

mail(("Marc Olivier", "marc.olivier@orange.fr"),
     "Accusé de réception (affiché) - [#SUP-015901] Emails de la plateforme",
     "Ceci est un accusé de réception pour le courrier électronique envoyé à\n"
     "marc.olivier@orange.fr.\n\nNote : cet accusé de réception indique seulement "
     "que le message a été affiché sur l'ordinateur du destinataire.\n",
     "automated", False, None, None,
     raw=raw_receipt("Emails de la plateforme", "pc-marc"),
     notes="Thunderbird read receipt in French (multipart/report disposition-notification).")

mail(("Les Éditions du Préau", "newsletter@editions-preau.example"),
     "Nouveautés jeunesse : notre sélection de février",
     """
     Découvrez nos nouveautés pour les CDI et BCD : romans ado, documentaires
     illustrés, BD. Remise de 9 % pour les établissements scolaires.

     Se désinscrire : https://editions-preau.example/unsub?u=3f91
     """,
     "automated", False, None, None,
     raw=raw_simple([("List-Id", "Nouveautes <nouveautes.editions-preau.example>"),
                     ("List-Unsubscribe", "<https://editions-preau.example/unsub?u=3f91>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")]),
     notes="Publisher newsletter with List-Id, one-click unsubscribe and Precedence: bulk.")

mail(("Nadège Poulain via cdi-doc", "cdi-doc@listes.docs-reseau.example"),
     "[cdi-doc] mot de passe e-sidoc perdu, quelqu'un a une astuce ?",
     """
     Bonjour à toutes et tous,

     J'ai perdu le mot de passe de l'admin e-sidoc et je n'arrive pas à joindre
     le support. Comment avez-vous fait de votre côté ?

     Nadège Poulain, doc au collège (0492324K)
     nadege.poulain@gmail.com

     _______________________________________________
     cdi-doc mailing list – pour se désabonner : cdi-doc-leave@listes.docs-reseau.example
     """,
     "automated", False, "0492324K", "esidoc",
     raw=raw_simple([("List-Id", "Liste des documentalistes <cdi-doc.listes.docs-reseau.example>"),
                     ("List-Post", "<mailto:cdi-doc@listes.docs-reseau.example>"),
                     ("Precedence", "list"), ("Reply-To", "cdi-doc@listes.docs-reseau.example")]),
     hard=True,
     notes="A librarian's real password question posted to a mailing list the desk receives (List-Id, Precedence: list): not written to us, never answered. UAI in her signature.")

mail(("Espace Acheteur", "no-reply@assistance.example.fr"),
     "Un compte est en attente de validation",
     """
     Bonjour,

     Le compte de M. Kevin Nguyen (kevin.nguyen@gmail.com) est en attente de
     validation par l'administrateur de la structure.

     Ce message est envoyé automatiquement, merci de ne pas y répondre.
     """,
     "automated", False, None, "espace_acheteur",
     raw=raw_simple([("Auto-Submitted", "auto-generated")]),
     notes="Platform no-reply notification reaching the desk: an account awaits validation.")

mail(("L'équipe Gmail", "forwarding-noreply@google.com"),
     "(#618352077) Confirmation de transfert Gmail - Recevoir des messages de sylvie.bonnet.cdi@gmail.com",
     """
     sylvie.bonnet.cdi@gmail.com a demandé à transférer automatiquement les
     messages vers votre adresse e-mail support@assistance.example.fr.
     Code de confirmation : 618352077

     Pour autoriser sylvie.bonnet.cdi@gmail.com à transférer automatiquement
     des messages vers votre adresse, cliquez sur le lien ci-dessous.
     Si vous ne l'avez pas demandé, ignorez ce message.

     Cordialement,
     L'équipe Gmail
     """,
     "automated", False, None, None,
     raw=raw_simple([]), hard=True,
     notes="Gmail forwarding-confirmation mail: a teacher typed the desk's address as her forwarding target. Machine-made from a no-reply sender without Auto-Submitted; never answered (and never click).")

mail(("Joëlle Perret", "joelle.perret@laposte.net"),
     "Répondeur : Re: [#SUP-014095] Mot de passe",
     """
     Bonjour,
     Je suis absente du CDI jusqu'au 28 février.
     Joëlle Perret – CDI 03 80 66 14 22 – salle 005
     """,
     "automated", False, None, None,
     raw=raw_simple([("X-Autoreply", "yes"), ("X-Autorespond", "Re: [#SUP-014095] Mot de passe")]),
     notes="laposte.net responder with only X-Autoreply / X-Autorespond headers.")

mail(("Peter Hall", "peter.hall.teacher@gmail.com"),
     "Out of office Re: [#SUP-015033] Your request",
     """
     Hi,

     I'm away on a school trip until Friday with limited access to email.
     I'll get back to you when I return.

     Peter
     """,
     "automated", False, None, None,
     raw=raw_simple([("Auto-Submitted", "auto-replied")]), lang="en",
     notes="English Gmail vacation responder.")

mail(("Support Région Numérique", "assistance@support-numerique-region.example"),
     "[Ticket #88213] Nous avons bien reçu votre demande",
     """
     Bonjour,

     Votre demande a bien été enregistrée sous le numéro 88213. Un technicien
     vous répondra sous 72 heures ouvrées.

     Ceci est un message automatique.
     """,
     "automated", False, None, None,
     raw=raw_simple([("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance@support-numerique-region.example")]),
     notes="Another help desk's acknowledgement of a message the desk sent it: answering it would start a loop.")

mail(("Mail Delivery System", "MAILER-DAEMON@mx1.assistance.example.fr"),
     "Delayed Mail (still being retried)",
     "",
     "automated", False, None, None,
     raw=raw_bounce("jm.faure@wanadoo.fr", "451 4.7.0 Temporary deferral, try again later",
                    reporter="mx1.assistance.example.fr",
                    mta_from="MAILER-DAEMON@mx1.assistance.example.fr",
                    human_text="This is the mail system at host mx1.assistance.example.fr.\n\n"
                               "####################################################\n"
                               "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND #\n"
                               "####################################################\n\n"
                               "Your message could not be delivered for 4 hours.\n",
                    subject="Delayed Mail (still being retried)",
                    action="delayed", status="4.7.0"),
     lang="en",
     notes="Delay warning from our own relay for a wanadoo.fr recipient (Action: delayed): not a failure, still automatic.")

mail(("Google Drive", "drive-shares-dm-noreply@google.com"),
     "Document partagé avec vous : « Inventaire CDI 2024 »",
     """
     Hélène Roussel (helene.roussel80@gmail.com) a partagé un document avec
     vous.

     Inventaire CDI 2024
     [Ouvrir]

     Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
     Vous avez reçu cet e-mail, car helene.roussel80@gmail.com a partagé un
     document avec vous depuis Google Drive.
     """,
     "automated", False, None, None,
     raw=raw_simple([]), hard=True,
     notes="Google Drive share notification with no personal message: machine-made, no request. A person may need to notice the share, but the mail itself is never answered.")

mail(("Hélène Marty", "helene.marty@orange.fr"),
     "Absence du 16 au 20 décembre",
     """
     Bonjour,

     Je serai absente du 16 au 20 décembre (voyage scolaire à Rome).
     Pour toute urgence concernant le CDI ou les commandes de manuels,
     contactez Mme Rey au 04 68 25 40 12.

     Hélène Marty
     Professeure documentaliste
     """,
     "automated", False, None, None,
     raw=raw_simple([("Auto-Submitted", "auto-replied")]),
     notes="Orange webmail out-of-office with Auto-Submitted; mentions orders only as a redirect.")

mail(("Espace Familles", "ne-pas-repondre@notes-famille.example"),
     "Bulletin du 1er trimestre disponible",
     """
     Madame, Monsieur,

     Le bulletin du 1er trimestre de votre enfant est disponible dans votre
     espace famille.

     Ce courriel est généré automatiquement. Merci de ne pas y répondre.
     """,
     "automated", False, None, None,
     raw=raw_simple([("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]),
     notes="School-report notification meant for a family, sent to the desk's address by a wrong parent contact; machine-made.")

# ---- other ---------------------------------------------------------------

mail(("Élise Guillaume", "elise.guillaume@gmail.com"),
     "Re: [#SUP-014633] Réinitialisation du mot de passe",
     """
     Merci beaucoup, le lien a fonctionné et j'ai pu changer mon mot de passe !
     Très bonne journée.

     Élise Guillaume
     Professeure documentaliste – collège (0217358J)
     CDI : 03 80 30 41 12 – salle 104

     Le mar. 8 oct. 2024 à 09:02, Assistance <support@assistance.example.fr> a écrit :
     > Bonjour,
     > Voici le lien pour réinitialiser votre mot de passe. Il est valable 12 heures.
     """,
     "other", False, "0217358J", "esidoc", reply_to_ticket="SUP-014633", hard=True, when=(2024, 10, 8, 10, 27),
     notes="Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. UAI in the signature.")

mail(("Marie Lenoir", "marie.lenoir@orange.fr"),
     "Conseils pour réorganiser le CDI",
     """
     Bonjour,

     Je suis une jeune collègue documentaliste et je voudrais réaménager
     l'espace du CDI (coin lecture, îlots de travail). Auriez-vous des
     conseils ou des exemples de plans de CDI de collège ?

     Merci !
     Marie Lenoir
     CDI salle 015 – 02 54 78 20 13
     """,
     "other", False, None, None, client="orange",
     notes="Pedagogical/organisation advice: unrelated to the services.")

mail(("Service Client Orange", "securite@orange-messagerie-verif.example"),
     "Votre boîte mail Orange sera suspendue",
     """
     Cher(e) client(e),

     Votre espace de stockage est plein à 98 %. Afin d'éviter la suspension
     de votre messagerie, confirmez votre identifiant et votre mot de passe
     dans les 24 heures en cliquant ici : http://orange-messagerie-verif.example/login

     Le service client Orange
     """,
     "other", False, None, None,
     raw=raw_simple([]), hard=True,
     notes="Phishing impersonating Orange: mentions a password but is not password_reset; no list headers, so other (not automated).")

mail(("Alex Turner", "alex.seo.growth@gmail.com"),
     "Boost your website ranking",
     """
     Hi there,

     I checked assistance.example.fr and found 37 SEO issues. I can get you to
     the first page of Google in 30 days. Shall I send a free audit?

     Best,
     Alex
     """,
     "other", False, None, None, lang="en",
     notes="English SEO spam from a gmail address.")

mail(("Fatima Zahra El Amrani", "fz.elamrani@hotmail.fr"),
     "livre perdu par ma fille",
     """
     Bonjour,
     Ma fille en 5e B a perdu un livre du CDI (« Le Petit Prince »). Combien
     je dois rembourser et à qui je donne l'argent ?
     Merci
     Mme El Amrani
     """,
     "other", False, None, None, client="hotmail",
     notes="A parent writing about a lost library book: wrong address, unrelated.")

mail(("Roger Mallet", "roger.mallet@free.fr"),
     "désinscription",
     """
     Bonjour,

     Je suis à la retraite depuis septembre : merci de ne plus m'envoyer votre
     lettre d'information.

     R. Mallet
     """,
     "other", False, None, None, client="free",
     notes="A person asks by hand to be removed from the newsletter: not automated.")

mail(("Christiane Bertrand", "christiane.bertrand@laposte.net"),
     "Suppression de mes données personnelles",
     """
     Madame, Monsieur,

     Ancienne documentaliste, partie à la retraite, je vous demande, en
     application du RGPD, de supprimer mon compte et toutes mes données
     personnelles de vos services.

     Christiane Bertrand
     """,
     "other", False, None, None, client="laposte",
     notes="GDPR erasure request: other (human review), not account_creation.")

mail(("Lina Ferreira", "lina.ferreira@gmail.com"),
     "Candidature – documentaliste contractuelle",
     """
     Madame, Monsieur,

     Titulaire d'un master MEEF documentation, je me permets de vous adresser
     ma candidature pour un poste de documentaliste contractuelle. Vous
     trouverez mon CV en pièce jointe.

     Lina Ferreira
     06 51 27 84 30
     """,
     "other", False, None, None,
     notes="Unsolicited job application (the CV is announced but not attached).")

mail(("Jean-Pierre Caillaud", "jp.caillaud@orange.fr"),
     "TOUJOURS PAS DE REPONSE",
     """
     Ça fait 10 jours que j'ai écrit et toujours rien !!! C'est inadmissible
     pour un service payé par nos établissements.

     JP Caillaud
     """,
     "other", False, None, None, client="orange",
     notes="Angry complaint that says nothing about the topic: no category can be told.")

mail(("Gaëlle Dumont", "gaelle.dumont@free.fr"),
     "Inscription au webinaire",
     """
     Bonjour,

     Le lien d'inscription au webinaire « Découvrir le nouvel Espace
     Acheteur » du 12 mars renvoie une erreur 404. Pouvez-vous m'inscrire
     directement ?

     Gaëlle Dumont
     Gestionnaire – 03 22 91 40 80
     """,
     "other", False, None, "espace_acheteur", client="free",
     notes="Wants to register for a webinar; the link fails: other.")

mail(("Patricia Henry", "patricia.henry@gmail.com"),
     "Meilleurs vœux",
     """
     Bonjour à toute l'équipe,

     Merci pour votre aide tout au long de l'année, et tous mes vœux pour 2025 !

     Patricia Henry
     Documentaliste – lycée (0527640X)
     03 25 01 44 60 – CDI bâtiment A
     """,
     "other", False, "0527640X", None,
     notes="New-year wishes only; UAI in the signature.")

mail(("Julien Vasseur", "julien.vasseur@hotmail.fr"),
     "Exporter la liste des lecteurs",
     """
     Bonjour,

     Est-il possible d'exporter la liste des lecteurs (élèves et professeurs)
     du portail e-sidoc vers un tableur ? Je voudrais faire des statistiques
     de fréquentation par classe.

     Julien Vasseur
     Documentaliste – collège (0554289N)
     03 29 79 11 50 – salle 012
     """,
     "other", False, "0554289N", "esidoc", client="hotmail",
     notes="How-to question (export readers) with no category of its own.")

mail(("Librairie Les Mots Passants", "contact.motspassants@gmail.com"),
     "Offre spéciale établissements scolaires",
     """
     Bonjour,

     Librairie indépendante spécialisée jeunesse, nous proposons aux CDI une
     remise de 9 % et la livraison gratuite. Seriez-vous la bonne personne
     pour en parler ? Je peux vous appeler cette semaine.

     Bien à vous,
     Thibault Rey
     Librairie Les Mots Passants – 04 76 12 58 30
     """,
     "other", False, None, None,
     notes="Cold sales prospecting written to one person (no list headers): other, not automated.")

mail(("Sophie", "sophie.lambert.perso@gmail.com"),
     "samedi ?",
     """
     Coucou !
     On se retrouve toujours samedi au marché ? Je prends les croissants.
     Bises
     Sophie
     """,
     "other", False, None, None, client="gmail_mobile",
     notes="Personal message sent to the desk by address autocomplete.")

mail(("Nathan Bourgeois", "nathan.bourgeois@laposte.net"),
     "Partager un ticket avec un collègue",
     """
     Bonjour,

     Sur le portail d'assistance, comment puis-je ajouter ma collègue
     gestionnaire à un ticket que j'ai ouvert, pour qu'elle suive les
     réponses ?

     Nathan Bourgeois
     Documentaliste – lycée (0829936E)
     05 63 21 70 44
     """,
     "other", False, "0829936E", "ticket_portal", client="laposte",
     notes="How to share a ticket on the ticket portal: a how-to with no category.")

mail(("Rebecca Lewis", "rebecca.lewis.edu@gmail.com"),
     "Research questionnaire on French school libraries",
     """
     Dear colleagues,

     I am a teacher-librarian from Manchester doing an MA on school library
     systems in Europe. Would someone at your service be willing to answer a
     short questionnaire (15 minutes) about how French CDIs use your portal?

     Kind regards,
     Rebecca Lewis
     +44 161 555 0192
     """,
     "other", False, None, None, lang="en",
     notes="English research request: unrelated to support.")

mail(("Denis Perrin", "denis.perrin@orange.fr"),
     "Re: [#SUP-015588] Abonnement",
     """
     Bien reçu, merci.

     Envoyé depuis mon mobile Orange
     """,
     "other", False, None, None, client="orange", fmt="plain", reply_to_ticket="SUP-015588",
     notes="'Bien reçu, merci.' from a phone: nothing to do.")

mail(("Valentin Carré", "valentin.carre@gmail.com"),
     "Code SMS pour signer la convention",
     """
     Bonjour,

     On me demande de signer électroniquement la convention de partenariat
     du CDI, mais le code de vérification par SMS n'arrive jamais sur mon
     portable (06 38 12 94 70). J'ai réessayé cinq fois.

     Valentin Carré
     Professeur documentaliste
     """,
     "other", False, None, "esignature", hard=True,
     notes="E-signature SMS code never arrives: not a no-reply mail (it is an SMS) and not contract-document access; a person must look.")

mail(("Comptabilité Fournisseur", "facturation.urgent2025@gmail.com"),
     "Facture impayée N° 2025-4471 - relance avant contentieux",
     """
     Madame, Monsieur,

     Sauf erreur, la facture n° 2025-4471 reste impayée. Merci de régler sous
     48 h via le lien sécurisé : http://paiement-facture-2025.example/pay
     À défaut, le dossier sera transmis au contentieux.

     Service comptabilité
     """,
     "other", False, None, None, hard=True,
     notes="Fake 'unpaid invoice' from a free-mail sender with a payment link: phishing, not order_billing.")


# ================================================================ writing

KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform",
        "hard", "lang", "notes"]


def label_of(m, fname):
    return {"file": fname, "category": m["cat"], "auto_reply_ok": m["auto"],
            "uai": m["uai"], "region": region_of(m["uai"], m["frm"][1]),
            "platform": m["plat"], "hard": m["hard"], "lang": m["lang"],
            "notes": m["notes"]}


def _text_of(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        try:
            out.append(part.get_content())
        except Exception:  # message/* parts
            payload = part.get_payload()
            out.append(payload if isinstance(payload, str) else str(payload))
    return "\n".join(str(o) for o in out)


def check():
    lines = open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8").read().splitlines()
    labels = [json.loads(x) for x in lines if x.strip()]
    assert len(labels) == 150, len(labels)
    files = sorted(f for f in os.listdir(HERE) if re.fullmatch(r"h\d{3}\.eml", f))
    assert files == ["h%03d.eml" % i for i in range(1, 151)], files[:3]
    assert [lb["file"] for lb in labels] == files
    for lb in labels:
        assert list(lb) == KEYS, lb
        with open(os.path.join(HERE, lb["file"]), "rb") as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        assert msg["From"] and msg["Message-ID"] and msg["Date"], lb["file"]
        assert "support@assistance.example.fr" in str(msg["To"]), lb["file"]
        body = _text_of(msg)
        assert len(body.strip()) > 20, lb["file"]
        assert lb["category"] in CATEGORIES, lb
        assert isinstance(lb["auto_reply_ok"], bool) and isinstance(lb["hard"], bool)
        if lb["category"] in NEVER_AUTO:
            assert lb["auto_reply_ok"] is False, lb
        assert lb["platform"] in PLATFORMS, lb
        assert lb["lang"] in ("fr", "en"), lb
        assert lb["notes"].strip(), lb
        sender = email.utils.parseaddr(str(msg["From"]))[1]
        if lb["uai"] is not None:
            assert uai_ok(lb["uai"]), lb
            assert lb["region"] == DEP2REG[lb["uai"][:3]], lb
            assert lb["uai"].lower() in body.lower() or lb["uai"].lower() in sender.lower(), lb
        else:
            assert lb["region"] == DOM2REG.get(sender.rsplit("@", 1)[-1].lower()), lb
        # Every valid-looking establishment code in the text must be the labelled one.
        for tok in re.findall(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])", body):
            if uai_ok(tok.upper()):
                assert tok.upper() == lb["uai"], (lb["file"], tok)
    cats = {}
    for lb in labels:
        cats[lb["category"]] = cats.get(lb["category"], 0) + 1
    return labels, cats


def main():
    order = list(range(len(MAILS)))
    random.Random(103103).shuffle(order)
    assert len(MAILS) == 150, len(MAILS)
    for old in os.listdir(HERE):
        if re.fullmatch(r"h\d{3}\.eml", old):
            os.remove(os.path.join(HERE, old))
    labels = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        fname = "h%03d.eml" % n
        data = build(m).replace(b"\r\n", b"\n")
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
        labels.append(label_of(m, fname))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lb in labels:
            fh.write(json.dumps(lb, ensure_ascii=False) + "\n")
    labels, cats = check()
    print("wrote %d mails; categories: %s; auto_reply_ok: %d; hard: %d; en: %d" % (
        len(labels), dict(sorted(cats.items())), sum(lb["auto_reply_ok"] for lb in labels),
        sum(lb["hard"] for lb in labels), sum(lb["lang"] == "en" for lb in labels)))


if __name__ == "__main__":
    main()
