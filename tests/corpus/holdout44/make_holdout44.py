#!/usr/bin/env python3
"""Build the holdout44 blind test corpus: 150 hand-written support mails.

Theme: November 2024 in Ile-de-France (academies of Paris, Creteil and
Versailles). Large lycees and cites scolaires, the IT departments of the
Region and of the Departements that run the schools' mail filtering, and a
lot of mail that does not arrive.

Standard library only, deterministic (fixed seed). Writes h001.eml ...
h150.eml and labels.jsonl next to this script.

    python3 make_holdout44.py
"""
import base64
import datetime
import html
import io
import json
import os
import quopri
import random
import zipfile
from email.charset import QP as CS_QP, Charset
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20241144)
DESK = "support@assistance.example.fr"
DESK_FULL = "Assistance <support@assistance.example.fr>"
MX = "mx1.assistance.example.fr"
CET = datetime.timezone(datetime.timedelta(hours=1), "CET")

# --------------------------------------------------------------------------
# Reference data (taxonomy.md and regions.md)
# --------------------------------------------------------------------------
CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal",
             "esignature", None}
UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

_REGIONS = {
    "auvergne-rhone-alpes": ("01 03 07 15 26 38 42 43 63 69 73 74",
                             "ac-clermont.fr ac-grenoble.fr ac-lyon.fr"),
    "bourgogne-franche-comte": ("21 25 39 58 70 71 89 90",
                                "ac-besancon.fr ac-dijon.fr"),
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
    "provence-alpes-cote-d-azur": ("04 05 06 13 83 84",
                                   "ac-aix-marseille.fr ac-nice.fr"),
    "guadeloupe": ("971", "ac-guadeloupe.fr"),
    "martinique": ("972", "ac-martinique.fr"),
    "guyane": ("973", "ac-guyane.fr"),
    "la-reunion": ("974", "ac-reunion.fr"),
    "mayotte": ("976", "ac-mayotte.fr"),
}
DEPT_REGION = {}
DOMAIN_REGION = {}
for _slug, (_depts, _domains) in _REGIONS.items():
    for _d in _depts.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _dom in _domains.split():
        DOMAIN_REGION[_dom] = _slug


def uai_ok(code):
    return (isinstance(code, str) and len(code) == 8 and code[:7].isdigit()
            and code[7] == UAI_LETTERS[int(code[:7]) % 23])


def region_of_domain(domain):
    domain = domain.lower()
    for dom, slug in DOMAIN_REGION.items():
        if domain == dom or domain.endswith("." + dom):
            return slug
    return None


# --------------------------------------------------------------------------
# Low-level helpers
# --------------------------------------------------------------------------
def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def ew(text, name="Subject", charset="utf-8"):
    """RFC 2047 encode a header value when it is not plain ASCII."""
    if all(ord(c) < 128 for c in text):
        return text
    cs = Charset(charset)
    cs.header_encoding = CS_QP
    return Header(text, cs, header_name=name).encode(linesep="\n")


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in '()<>@,;:\\".[]'):
            name = '"' + name.replace('"', '\\"') + '"'
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, "From", charset), email)


def dt(day, hm, sec=None):
    h, m = (int(x) for x in hm.split(":"))
    if sec is None:
        sec = R.randrange(60)
    return datetime.datetime(2024, 11, day, h, m, sec, tzinfo=CET)


def fmt_date(d):
    return format_datetime(d)


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw


def flowed(text, width=72):
    """RFC 3676 format=flowed: long lines broken after a space (soft breaks)."""
    out = []
    for line in text.split("\n"):
        prefix = ""
        while line.startswith(">"):
            prefix += ">"
            line = line[1:]
        if prefix and line.startswith(" "):
            prefix += " "
            line = line[1:]
        while len(prefix) + len(line) > width and " " in line[:width - len(prefix)]:
            cut = line.rfind(" ", 0, width - len(prefix)) + 1
            out.append(prefix + line[:cut])
            line = line[cut:]
        out.append(prefix + line)
    return "\n".join(out)


def to_html(text, style):
    """Very small text-to-HTML renderer in the style of a mail client."""
    out, quote = [], False
    for line in text.split("\n"):
        is_q = line.startswith(">")
        if is_q and not quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            quote = True
        if not is_q and quote:
            out.append("</blockquote>")
            quote = False
        content = line[1:].lstrip() if is_q else line
        esc = html.escape(content, quote=False) or "<br>"
        if style == "outlook":
            out.append('<p class="MsoNormal">%s</p>' % (esc + "<o:p></o:p>" if content else "<o:p>&nbsp;</o:p>"))
        else:
            out.append("<div>%s</div>" % esc)
    if quote:
        out.append("</blockquote>")
    inner = "\n".join(out)
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
                '--></style>\n</head>\n<body lang="FR" link="#0563C1" vlink="#954F72">\n'
                '<div class="WordSection1">\n' + inner + "\n</div>\n</body>\n</html>\n")
    if style == "gmail":
        return '<div dir="ltr">\n' + inner + "\n</div>\n"
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">\n'
            + inner + "\n</div></body></html>\n")


# --------------------------------------------------------------------------
# Mail clients: Message-ID shape, boundaries, usual headers and encodings
# --------------------------------------------------------------------------
def msgid(client, domain):
    if client == "outlook":
        return "<%s$%s$%s@%s>" % ("0000" + hexs(2) + "01db" + hexs(4), hexs(8), hexs(8), domain)
    if client == "gmail":
        return "<CA%s@mail.gmail.com>" % alnum(44)
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (R.randrange(10**8, 10**9), R.randrange(10**5, 10**6),
                                                   R.randrange(10**12, 10**13), domain)
    if client == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (hexs(8).upper(), hexs(4).upper(), hexs(4).upper(),
                                       hexs(4).upper(), hexs(12).upper(), domain)
    if client == "android":
        return "<%s@email.android.com>" % alnum(24)
    return "<%s-%s-%s-%s-%s@%s>" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), domain)


def boundary(client):
    if client == "outlook":
        return "----=_NextPart_000_%s_01DB%s.%s" % (hexs(4).upper(), hexs(4).upper(), hexs(8).upper())
    if client == "gmail":
        return "000000000000" + hexs(16)
    if client == "zimbra":
        return "=_%s-%s-%s-%s-%s" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
    if client == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (hexs(8).upper(), hexs(4).upper(), hexs(4).upper(),
                                              hexs(4).upper(), hexs(12).upper())
    return "------------%s" % alnum(24)


CLIENT_HEADERS = {
    "outlook": ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: fr"],
    "zimbra": ["X-Mailer: Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF132 (Win)/9.0.0_ZEXTRAS_20240927)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird", "Content-Language: fr"],
    "apple": ["X-Mailer: iPhone Mail (21H16)"],
    "android": ["X-Mailer: Outlook for Android"],
    "gmail": [],
    "webmail": ["User-Agent: Roundcube Webmail/1.6.6"],
}

RELAYS = {
    "gmail.com": ("mail-wm1-f%d.google.com" % 45, "209.85.128.45"),
    "orange.fr": ("smtp-out.orange.fr", "80.12.242.17"),
    "free.fr": ("smtp6-g21.free.fr", "212.27.42.6"),
    "laposte.net": ("smtp.laposte.net", "160.92.124.66"),
    "outlook.fr": ("mail-db8eur05olkn2011.outbound.protection.outlook.com", "40.92.89.11"),
}


def received_from(domain):
    if domain in RELAYS:
        return RELAYS[domain]
    return ("smtp%d.%s" % (R.randrange(1, 4), domain), "192.0.2.%d" % R.randrange(10, 250))


def auth_results(domain, auth):
    if auth == "pass":
        return ("Authentication-Results: %s;\n\tdkim=pass (2048-bit key) header.d=%s;\n"
                "\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s"
                % (MX, domain, domain, domain))
    if auth == "none":
        return ("Authentication-Results: %s;\n\tdkim=none;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=none"
                % (MX, domain))
    return auth  # a literal header written by hand


def transport(ret_path, domain, when, auth="pass", relay=None):
    host, ip = relay or received_from(domain)
    rdate = when + datetime.timedelta(seconds=R.randrange(2, 40))
    lines = [
        "Return-Path: <%s>" % ret_path,
        "Delivered-To: %s" % DESK,
        "Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4X%s\n\tfor <%s>; %s (CET)"
        % (host, host, ip, MX, alnum(11), DESK, fmt_date(rdate)),
        auth_results(domain, auth),
    ]
    return lines


# --------------------------------------------------------------------------
# Quoted history helpers
# --------------------------------------------------------------------------
def quote_gmail(when, who, text):
    lines = ["Le %s, %s a écrit :" % (when, who)]
    for l in text.strip("\n").split("\n"):
        lines.append("> " + l if l else ">")
    return "\n".join(lines)


def quote_gmail_en(when, who, text):
    lines = ["On %s, %s wrote:" % (when, who)]
    for l in text.strip("\n").split("\n"):
        lines.append("> " + l if l else ">")
    return "\n".join(lines)


def quote_outlook(frm, when, to, subj, text):
    return ("________________________________\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s"
            % (frm, when, to, subj, text.strip("\n")))


def quote_outlook_old(frm, when, to, subj, text):
    return ("-----Message d'origine-----\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s"
            % (frm, when, to, subj, text.strip("\n")))


def quote_outlook_en(frm, when, to, subj, text):
    return ("________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, when, to, subj, text.strip("\n")))


def quote_zimbra(frm, to, when, subj, text):
    return ("----- Mail original -----\nDe: %s\nÀ: %s\nEnvoyé: %s\nObjet: %s\n\n%s"
            % (frm, to, when, subj, text.strip("\n")))


def desk_id(n, day):
    return "<SUP-%06d.%d.%s@assistance.example.fr>" % (n, 1730400000 + day * 86400, hexs(6))


DESK_SIG = "\n\nBien cordialement,\nL'équipe d'assistance"
DESK_JUNK = ("Bonjour,\n\nNos messages automatiques partent d'une adresse d'envoi qui n'accepte pas les réponses. "
             "Il arrive qu'ils soient rangés dans le courrier indésirable : regardez ce dossier, déclarez le "
             "message comme fiable et ajoutez l'expéditeur à vos contacts autorisés.\n"
             "Nous reviendrons vers vous dans 48 heures si le problème persiste." + DESK_SIG)
DESK_RESET = ("Bonjour,\n\nUn lien pour choisir un nouveau mot de passe a été envoyé à l'adresse enregistrée "
              "pour votre établissement (c***@ac-c******.fr). Il ne sert qu'une fois et expire au bout de "
              "12 heures." + DESK_SIG)
DESK_HEAD = ("Bonjour,\n\nPour des raisons de sécurité, le changement d'administrateur doit nous être demandé "
             "par écrit par le chef d'établissement, de préférence depuis la boîte officielle de "
             "l'établissement." + DESK_SIG)
DESK_MIB = ("Bonjour,\n\nVotre établissement est protégé par MailInBlack. Le guide joint explique comment "
            "autoriser nos adresses d'envoi dans la liste blanche ; nous transmettons aussi votre demande "
            "à la région académique." + DESK_SIG)


# --------------------------------------------------------------------------
# Message assembly
# --------------------------------------------------------------------------
MAILS = []


def add(label, **kw):
    """label: (category, auto_reply_ok, uai, region, platform, hard, lang, notes)."""
    cat, auto, uai, region, platform, hard, lang, notes = label
    kw["label"] = dict(category=cat, auto_reply_ok=auto, uai=uai, region=region,
                       platform=platform, hard=hard, lang=lang, notes=notes)
    MAILS.append(kw)


def build_person_mail(m):
    name, email = m["frm"]
    domain = email.split("@", 1)[1]
    client = m.get("client", "zimbra")
    charset = m.get("charset", "windows-1252" if client == "outlook" else "utf-8")
    when = dt(m["day"], m["hm"])
    body = m["body"].strip("\n") + "\n"
    hdr = transport(m.get("return_path", email), domain, when, m.get("auth", "pass"), m.get("relay"))
    hdr.append("From: " + addr(name, email, charset if charset != "windows-1252" else "utf-8"))
    hdr.append("To: " + m.get("to", DESK_FULL))
    if m.get("cc"):
        hdr.append("Cc: " + m["cc"])
    if m.get("reply_to"):
        hdr.append("Reply-To: " + m["reply_to"])
    hdr.append("Subject: " + ew(m["subj"]))
    hdr.append("Date: " + fmt_date(when))
    hdr.append("Message-ID: " + m.get("message_id", msgid(client, domain)))
    if m.get("in_reply_to"):
        hdr.append("In-Reply-To: " + m["in_reply_to"])
        hdr.append("References: " + m.get("references", m["in_reply_to"]))
    hdr.append("MIME-Version: 1.0")
    hdr.extend(CLIENT_HEADERS.get(client, []))
    if client == "outlook":
        hdr.append("Thread-Index: " + base64.b64encode(bytes(R.randrange(256) for _ in range(22))).decode())
    hdr.extend(m.get("extra", []))

    mode = m.get("mode", "plain")  # plain | alt | html
    cte = m.get("cte")
    if cte is None:
        if all(ord(c) < 128 for c in body):
            cte = "7bit"
        elif client == "thunderbird":
            cte = "8bit"
        elif client == "android":
            cte = "base64"
        else:
            cte = "quoted-printable"
    parts = []
    if mode == "plain":
        ctype = 'text/plain; charset="%s"' % charset
        if client == "thunderbird":
            ctype = "text/plain; charset=%s; format=flowed" % charset.upper()
        hdr.append("Content-Type: " + ctype)
        hdr.append("Content-Transfer-Encoding: " + cte)
        payload = encode_body(flowed(body) if client == "thunderbird" else body, charset, cte)
        return "\n".join(hdr).encode("ascii") + b"\n\n" + payload
    style = "outlook" if client == "outlook" else ("gmail" if client == "gmail" else "zimbra")
    htm = to_html(body, style).replace("%%CHARSET%%", charset)
    hcte = "quoted-printable" if cte in ("7bit", "8bit") else cte
    if mode == "html":
        hdr.append('Content-Type: text/html; charset="%s"' % charset)
        hdr.append("Content-Transfer-Encoding: " + hcte)
        return "\n".join(hdr).encode("ascii") + b"\n\n" + encode_body(htm, charset, hcte)
    b = boundary(client)
    hdr.append('Content-Type: multipart/alternative;\n boundary="%s"' % b)
    out = "\n".join(hdr).encode("ascii") + b"\n\n"
    if client == "outlook":
        out += b"This is a multi-part message in MIME format.\n\n"
    for sub, text, c in (("plain", body, cte), ("html", htm, hcte)):
        out += ("--%s\nContent-Type: text/%s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n\n"
                % (b, sub, charset, c)).encode("ascii")
        out += encode_body(text, charset, c) + b"\n"
    out += ("--%s--\n" % b).encode("ascii")
    return out


def build(m):
    if "raw" in m:
        data = m["raw"]()
    else:
        data = build_person_mail(m)
    if isinstance(data, str):
        data = data.encode("utf-8")
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


# Automated-mail builders -------------------------------------------------
def simple_auto(frm_name, frm, subj, day, hm, body, extra, ret="", auth="none", charset="utf-8",
                cte="quoted-printable", to=DESK_FULL, mid=None, relay=None):
    def make():
        R.seed("%s|%s|%s" % (frm, subj, day))
        domain = frm.split("@", 1)[1]
        when = dt(day, hm, 7)
        hdr = transport(ret, domain, when, auth, relay)
        hdr += ["From: " + addr(frm_name, frm), "To: " + to, "Subject: " + ew(subj),
                "Date: " + fmt_date(when), "Message-ID: " + (mid or "<%s@%s>" % (alnum(20), domain)),
                "MIME-Version: 1.0"]
        hdr += extra
        hdr += ['Content-Type: text/plain; charset="%s"' % charset, "Content-Transfer-Encoding: " + cte]
        return "\n".join(hdr).encode("ascii") + b"\n\n" + encode_body(body.strip("\n") + "\n", charset, cte)
    return make


def report_auto(frm_name, frm, subj, day, hm, report_type, human, machine, original, extra,
                ret="", auth="none", human_html=None, to=DESK_FULL, machine_type=None):
    """multipart/report: human part, machine part, original message or headers."""
    def make():
        R.seed("%s|%s|%s" % (frm, subj, day))
        domain = frm.split("@", 1)[1]
        when = dt(day, hm, 11)
        b = "%s.%d/%s" % (alnum(14), int(when.timestamp()), domain)
        hdr = transport(ret, domain, when, auth)
        hdr += ["From: " + addr(frm_name, frm), "To: " + to, "Subject: " + ew(subj),
                "Date: " + fmt_date(when), "Message-ID: <%s@%s>" % (alnum(22), domain),
                "MIME-Version: 1.0"]
        hdr += extra
        hdr.append('Content-Type: multipart/report; report-type=%s;\n boundary="%s"' % (report_type, b))
        out = "\n".join(hdr) + "\n\nThis is a MIME-encapsulated message.\n\n"
        if human_html:
            ib = "alt_" + alnum(16)
            out += "--%s\nContent-Type: multipart/alternative; boundary=\"%s\"\n\n" % (b, ib)
            out += "--%s\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n" % ib
            out += encode_body(human.strip("\n") + "\n", "utf-8", "quoted-printable").decode("ascii") + "\n"
            out += "--%s\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n" % ib
            out += encode_body(human_html, "utf-8", "quoted-printable").decode("ascii") + "\n"
            out += "--%s--\n\n" % ib
        else:
            out += ("--%s\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n"
                    "Content-Description: Notification\n\n" % b)
            out += encode_body(human.strip("\n") + "\n", "utf-8", "quoted-printable").decode("ascii") + "\n"
        mtype = machine_type or ("message/delivery-status" if report_type == "delivery-status"
                                 else "message/disposition-notification" if report_type == "disposition-notification"
                                 else "message/feedback-report")
        out += "--%s\nContent-Type: %s\n\n%s\n" % (b, mtype, machine.strip("\n") + "\n")
        if original:
            otype, otext = original
            out += "--%s\nContent-Type: %s\n\n%s\n" % (b, otype, otext.strip("\n") + "\n")
        out += "--%s--\n" % b
        return out.encode("utf-8")
    return make


def desk_original(subject, to, tid, day, body):
    """Headers and body of a message the desk sent (for bounces and receipts)."""
    when = dt(day, "08:00", 0)
    return ("From: Assistance <support@assistance.example.fr>\nTo: %s\nSubject: %s\nDate: %s\n"
            "Message-ID: <SUP-%06d.%d.a1b2c3@assistance.example.fr>\nAuto-Submitted: auto-replied\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s"
            % (to, ew(subject), fmt_date(when), tid, int(when.timestamp()),
               encode_body(body.strip("\n") + "\n", "utf-8", "quoted-printable").decode("ascii")))


# ==========================================================================
# THE MAILS
# ==========================================================================
# ---------------------------------------------------------------- password_reset
add(("password_reset", True, "0782563M", "ile-de-france", "esidoc", False, "fr",
     "Back from three weeks of sick leave, the librarian no longer remembers the e-sidoc back-office password; UAI in the signature."),
    frm=("Claire Monteil", "claire.monteil@ac-versailles.fr"), client="thunderbird", day=4, hm="08:12",
    subj="Accès administrateur e-sidoc perdu",
    body="""Bonjour,

De retour après un arrêt de trois semaines, je n'arrive plus à me connecter à l'administration de notre portail e-sidoc. J'ai essayé les deux mots de passe que j'utilise d'habitude, sans succès, et je préfère ne pas bloquer le compte.

Pourriez-vous m'indiquer la marche à suivre pour en définir un nouveau ?

Merci d'avance,

Claire Monteil
Professeure documentaliste
Lycée Hoche – Versailles
UAI : 0782563M
""")

add(("password_reset", True, "0753841T", "ile-de-france", "esidoc", False, "fr",
     "New librarian appointed in November who was never given the password; UAI written as 'RNE' in the signature, personal Gmail address."),
    frm=("Yanis Ferhat", "yanis.ferhat.doc@gmail.com"), client="gmail", mode="alt", day=5, hm="13:47",
    subj="Mot de passe du portail CDI",
    body="""Bonjour,

Je viens d'être nommé au CDI du collège Georges-Méliès (Paris 19e) en remplacement de ma collègue partie en mutation. Personne ici ne connaît le mot de passe du compte administrateur e-sidoc et je ne le trouve dans aucun classeur.

Comment puis-je récupérer l'accès ? Je n'ai pas encore mon adresse académique, d'où ce Gmail.

Bien à vous,
Yanis Ferhat
Documentaliste contractuel
Collège Georges-Méliès – RNE 0753841T
""")

add(("password_reset", True, "0781478H", "ile-de-france", "esidoc", False, "en",
     "English, from the British section of the international lycée; forgotten e-sidoc password, UAI in the body."),
    frm=("Fiona Gallagher", "fiona.gallagher@ac-versailles.fr"), client="outlook", charset="utf-8", day=5, hm="16:30",
    subj="Forgotten password - library portal",
    body="""Hello,

I look after the British section library at the Lycée international in Saint-Germain-en-Laye (UAI 0781478H). I have forgotten the password for the e-sidoc administration page and the "forgotten password" link asks for an identifier I don't have.

Could you help me reset it?

Many thanks,
Fiona Gallagher
Librarian, British Section
Lycée international de Saint-Germain-en-Laye
""")

add(("password_reset", True, "0771358H", "ile-de-france", "espace_acheteur", False, "fr",
     "Espace Acheteur account locked after too many attempts by the gestionnaire of a cité scolaire."),
    frm=("Sandrine Lopes", "int.0771358h@ac-creteil.fr"), client="outlook", day=6, hm="09:05",
    subj="Compte Espace Acheteur bloqué",
    body="""Bonjour,

Après plusieurs essais infructueux ce matin, l'Espace Acheteur m'indique que mon compte est verrouillé. Je dois passer une commande de fournitures avant vendredi.

Pouvez-vous le débloquer ou m'envoyer un lien pour changer le mot de passe ?

Cordialement,

Sandrine Lopes
Secrétaire d'intendance
Cité scolaire Jean-Vilar – Meaux
0771358H
""")

add(("password_reset", True, "0930122C", "ile-de-france", "esidoc", True, "fr",
     "The direction secretariat writes from the ce.<UAI> box on behalf of the proviseur (away on training) and asks for the reset link on that official box: the safe reset path, not a head-of-establishment request."),
    frm=("Secrétariat de direction - Lycée Paul Éluard", "ce.0930122C@ac-creteil.fr"), client="zimbra", day=6, hm="10:41",
    subj="Réinitialisation accès e-sidoc – lycée Paul-Éluard",
    body="""Bonjour,

Je vous écris à la demande de M. le Proviseur, en formation toute la semaine.
Notre documentaliste ne parvient plus à se connecter au compte administrateur du portail e-sidoc du lycée. Pourriez-vous envoyer le lien de réinitialisation sur la présente adresse, que je consulte chaque jour ? Je le lui transmettrai.

Bien cordialement,

Nadia Benali
Secrétariat de direction
Lycée Paul-Éluard – Saint-Denis
""")

add(("password_reset", True, None, "ile-de-france", "esidoc", True, "fr",
     "Plain lost password, but the UAI is typed 0941029J: the digits give the letter H, so it is not a UAI (probable typo). Region from the ac-creteil.fr sender."),
    frm=("Mathieu Caron", "mathieu.caron@ac-creteil.fr"), client="zimbra", day=7, hm="14:22",
    subj="mdp e-sidoc", bad_uai="0941029J",
    body="""Bonjour,

J'ai oublié le mot de passe de l'interface de gestion e-sidoc du lycée Guillaume-Budé (Limeil-Brévannes), code établissement 0941029J.
Merci de me dire comment le réinitialiser.

M. Caron
CDI Lycée Guillaume-Budé
""")

P7_ID = desk_id(6102, 3)
add(("password_reset", True, "0932859C", "ile-de-france", "esidoc", True, "fr",
     "Reply on an old subscription ticket (Europresse, quoted Gmail style) but the new text only asks for the lost e-sidoc password: a new request, so password_reset."),
    frm=("Hélène Marchal", "helene.marchal@ac-creteil.fr"), client="gmail", day=7, hm="17:58",
    subj="Re: [#SUP-006102] Abonnement Europresse", in_reply_to=P7_ID,
    body="""Bonjour,

Europresse fonctionne, merci. Autre souci en revanche : pour publier la ressource je dois me connecter au back-office e-sidoc, et le mot de passe a été changé par mon ancien collègue avant son départ. Je ne le connais donc pas. Pouvez-vous m'aider à le réinitialiser ?

Hélène Marchal
Lycée Suger, Saint-Denis (0932859C)

""" + quote_gmail("dim. 3 nov. 2024 à 10:15", "Assistance <support@assistance.example.fr>",
                  "Bonjour,\n\nVotre abonnement Europresse est désormais actif. Pensez à publier la ressource sur votre portail pour qu'elle soit visible des élèves." + DESK_SIG))

add(("password_reset", True, "0920145H", "ile-de-france", "esidoc", False, "fr",
     "Reset link opened the next morning, after the 12-hour validity; asks for a new one."),
    frm=("Bertrand Lucas", "bertrand.lucas@ac-versailles.fr"), client="outlook", mode="alt", day=8, hm="07:52",
    subj="Lien de réinitialisation expiré",
    body="""Bonjour,

J'ai demandé hier en fin de journée un nouveau mot de passe pour l'administration e-sidoc du lycée Lakanal (0920145H). Je n'ai ouvert le message que ce matin et la page m'indique que le lien a expiré.

Est-il possible d'en recevoir un nouveau ? Je le traiterai dans la foulée cette fois.

Bien cordialement,
Bertrand Lucas
Professeur documentaliste – Lycée Lakanal, Sceaux
""")

add(("password_reset", True, "0942611C", "ile-de-france", "esidoc", True, "fr",
     "MailInBlack is named, but the IT team already released the held reset mail; the link has since expired and the ask is a new link: password_reset, not mailinblack_spam."),
    frm=("Agnès Poirier", "agnes.poirier@ac-creteil.fr"), client="zimbra", day=8, hm="11:16",
    subj="Nouveau lien mot de passe SVP",
    body="""Bonjour,

Le message de réinitialisation du mot de passe e-sidoc était resté bloqué dans MailInBlack. Notre référent informatique l'a débloqué ce matin et a ajouté votre adresse en liste blanche, mais entre-temps le lien avait expiré (demande faite lundi).

Pourriez-vous m'en envoyer un nouveau ? Cette fois il devrait arriver directement.

Merci,
Agnès Poirier
Documentaliste – Lycée Hector-Berlioz, Vincennes
UAI 0942611C
""")

add(("password_reset", False, "0754028W", "ile-de-france", "ecoledirecte", True, "fr",
     "Lost EcoleDirecte administrator password at a private collège (not the daily maintenance password); there is no reset template for this product, so a person answers."),
    frm=("Philippe Garnier", "direction@college-stjoseph-paris20.fr"), client="outlook", day=12, hm="08:36",
    subj="Mot de passe administrateur EcoleDirecte",
    body="""Bonjour,

Notre responsable informatique a quitté l'établissement et personne ne dispose plus du mot de passe du compte administrateur EcoleDirecte. Il ne s'agit pas du mot de passe de maintenance quotidien, que nous savons obtenir, mais bien de l'accès d'administration à la plateforme.

Comment pouvons-nous le récupérer ?

Philippe Garnier
Directeur adjoint
Collège privé Pierre-Mendès-France – Paris 20e
UAI 0754028W
""")

add(("password_reset", True, "0950645K", "ile-de-france", "espace_acheteur", False, "fr",
     "Espace Acheteur: one mailbox shared by the whole intendance, nobody knows which login was used."),
    frm=("Intendance Lycée Pissarro", "int.0950645k@ac-versailles.fr"), client="outlook", day=12, hm="10:03",
    subj="Identifiant Espace Acheteur inconnu",
    body="""Bonjour,

L'adresse de l'intendance est partagée par trois personnes et aucune de nous ne sait avec quel identifiant le compte Espace Acheteur a été créé. Le mot de passe n'est noté nulle part non plus.

Pouvez-vous nous aider à retrouver l'accès ?

Cordialement,
Martine Roux, adjointe gestionnaire
Lycée Camille-Pissarro – Pontoise (0950645K)
""")

add(("password_reset", False, "0931013W", "ile-de-france", "esidoc", True, "fr",
     "A proviseur adjoint (not the head) asks for the librarian's e-sidoc password to be sent to his own personal address, which is not on file: no automatic link; the head's written request or the official address are the only ways."),
    frm=("Karim Aouadi", "karim.aouadi@ac-creteil.fr"), client="outlook", mode="alt", day=12, hm="15:40",
    subj="Accès e-sidoc pendant l'absence de la documentaliste",
    body="""Bonjour,

Notre professeure documentaliste est absente jusqu'aux vacances de Noël et nous devons mettre à jour le portail e-sidoc pour la semaine de la presse.
Pourriez-vous me communiquer le mot de passe du compte administrateur, ou m'envoyer un lien de réinitialisation directement sur mon adresse (karim.aouadi@ac-creteil.fr) ?

Merci par avance,

Karim Aouadi
Proviseur adjoint
Lycée Jean-Renoir – Bondy
0931013W
""")

add(("password_reset", False, "0911938M", "ile-de-france", "esidoc", True, "fr",
     "The official ce.<UAI> mailbox is full (quota bounce attached as text) so the reset link cannot reach it; the librarian asks for it on her own address instead: a person must decide."),
    frm=("Laure Vasseur", "laure.vasseur@ac-versailles.fr"), client="thunderbird", day=13, hm="09:27",
    subj="Lien de réinitialisation non reçu - boîte pleine",
    body="""Bonjour,

Suite à ma demande de nouveau mot de passe e-sidoc, votre message a été renvoyé avec l'erreur suivante :

  552 5.2.2 <ce.0911938M@ac-versailles.fr>: Mailbox full / quota exceeded

La boîte du secrétariat est effectivement saturée depuis la rentrée (pièces jointes des inscriptions). Le temps qu'elle soit vidée, pourriez-vous m'envoyer le lien sur mon adresse personnelle académique ?

Laure Vasseur
Professeure documentaliste
Cité scolaire Geoffroy-Saint-Hilaire – Étampes
""")

add(("password_reset", True, "0950920J", "ile-de-france", "esidoc", False, "fr",
     "Two-line phone message: lost e-sidoc password, UAI given as 'rne'."),
    frm=("Sophie Mercier", "sophie.mercier@ac-versailles.fr"), client="apple", day=13, hm="12:14",
    subj="mdp esidoc",
    body="""Bonjour, j'ai perdu le mdp d'esidoc, rne 0950920J (collège Léon-Blum Villiers-le-Bel). Merci de me renvoyer un lien.

Envoyé de mon iPhone
""")

add(("password_reset", True, "0783325R", "ile-de-france", "esidoc", False, "fr",
     "Password expired during maternity leave and the old one is forgotten."),
    frm=("Émilie Dufresne", "emilie.dufresne@ac-versailles.fr"), client="zimbra", mode="alt", day=14, hm="08:48",
    subj="Mot de passe expiré",
    body="""Bonjour,

Je reprends mon poste après un congé maternité. En me connectant à l'administration du portail, un message m'indique que mon mot de passe a expiré et me demande l'ancien… que j'ai évidemment oublié.

Pouvez-vous réinitialiser l'accès ?

Bonne journée,
Émilie Dufresne
CDI du lycée Louis-Bascan – Rambouillet
UAI 0783325R
""")

add(("password_reset", False, None, None, "esidoc", True, "fr",
     "IT department of the Département: their mail gateway rewrites and pre-opens links, so single-use reset links are already consumed when users click. Sending another link would fail the same way; a person must answer."),
    frm=("Julien Téboul", "julien.teboul@valdemarne.fr"), client="outlook", charset="utf-8", day=14, hm="11:02",
    subj="Liens de réinitialisation déjà utilisés (collèges du Val-de-Marne)",
    body="""Bonjour,

Je suis administrateur de la messagerie des collèges au sein de la DSI du Département du Val-de-Marne.

Plusieurs documentalistes nous signalent que les liens de réinitialisation du mot de passe e-sidoc affichent « lien déjà utilisé » dès le premier clic. Après analyse, notre passerelle de sécurité réécrit les URL et les visite une première fois pour les analyser, ce qui consomme probablement vos jetons à usage unique.

Avant d'ajouter une exception, pouvez-vous nous confirmer le nom d'hôte exact utilisé dans ces liens ? Et serait-il possible que le lien ne soit consommé qu'à la validation du formulaire plutôt qu'à l'ouverture ?

Cordialement,

Julien Téboul
Pôle Infrastructures et Messagerie – DSI
Département du Val-de-Marne
""")

add(("password_reset", True, "0931556L", "ile-de-france", "espace_acheteur", False, "en",
     "English; locked out of the Espace Acheteur account after the password change prompt."),
    frm=("Daniel Okafor", "daniel.okafor@ac-creteil.fr"), client="outlook", charset="utf-8", day=15, hm="10:19",
    subj="Locked out of buyer account",
    body="""Hi,

I'm the bursar's assistant at Lycée Le Corbusier in Aubervilliers (0931556L). Since the platform asked me to change my password last week, I can't get back into the buyer space: the new password is refused and now the account says it is locked.

Could you send me a reset link, please?

Best regards,
Daniel Okafor
""")

add(("password_reset", True, "0921507N", "ile-de-france", "esidoc", True, "fr",
     "UAI only in the signature, written with spaces ('092 1507 N'); personal orange.fr address."),
    frm=("Régine Fabre", "regine.fabre@orange.fr"), client="webmail", day=15, hm="18:44",
    subj="Je n'arrive plus à entrer dans e-sidoc",
    body="""Bonsoir,

Je travaille ce soir de chez moi et impossible d'accéder à la partie gestion d'e-sidoc : identifiant ou mot de passe incorrect. Je pense que c'est le mot de passe que j'ai mal noté après le dernier changement.

Pouvez-vous m'aider ?

Régine Fabre
Documentaliste, lycée Jacques-Monod (Clamart)
RNE : 092 1507 N
""")

add(("password_reset", True, None, "ile-de-france", "esidoc", False, "fr",
     "Does not know that the e-sidoc identifier is the UAI, nor the password; no UAI given, region from ac-versailles.fr."),
    frm=("Olivier Perrin", "olivier.perrin1@ac-versailles.fr"), client="zimbra", day=18, hm="09:31",
    subj="Quel est mon identifiant ?",
    body="""Bonjour,

On me demande un identifiant et un mot de passe pour gérer le portail documentaire du lycée, mais je n'ai jamais reçu ni l'un ni l'autre. Quel identifiant dois-je saisir, et comment obtenir un mot de passe ?

Cordialement,
Olivier Perrin
Professeur documentaliste stagiaire
""")

add(("password_reset", True, "0933211K", "ile-de-france", "esidoc", True, "fr",
     "Cité scolaire with two UAIs (lycée 0932116V and collège 0933211K); the librarian clearly asks about the collège's portal, whose code is the label."),
    frm=("Fatou Diallo", "fatou.diallo@ac-creteil.fr"), client="zimbra", day=18, hm="13:55",
    subj="Portail du collège : mot de passe oublié",
    body="""Bonjour,

Je gère les deux CDI de la cité scolaire : celui du lycée (0932116V), pour lequel tout va bien, et celui du collège Gustave-Courbet (0933211K). C'est pour le portail du collège que j'ai oublié le mot de passe administrateur.

Merci de m'indiquer comment le réinitialiser, sans toucher au compte du lycée.

Fatou Diallo
Professeure documentaliste
""")

add(("password_reset", True, None, None, "ticket_portal", False, "fr",
     "Forgotten password for the support ticket portal itself; non-academic address, no UAI."),
    frm=("Damien Roussel", "d.roussel@cite-scolaire-numerique.fr"), client="outlook", day=19, hm="16:12",
    subj="Mot de passe portail d'assistance",
    body="""Bonjour,

Je voulais suivre l'avancement de mon ticket sur votre portail d'assistance mais je ne retrouve plus mon mot de passe. Comment le réinitialiser ?

Cordialement,
Damien Roussel
Technicien informatique
""")

P22_ID = desk_id(6188, 18)
add(("password_reset", False, "0940742W", "ile-de-france", "esidoc", True, "fr",
     "Reply to the automatic reset answer (quoted Outlook style): the link went to the ce.<UAI> box, which nobody in the school can open since the Département took over its administration. The automatic path failed; a person must take over."),
    frm=("Isabelle Ngo", "isabelle.ngo@ac-creteil.fr"), client="outlook", mode="alt", day=19, hm="10:26",
    subj="RE: [#SUP-006188] Mot de passe e-sidoc", in_reply_to=P22_ID,
    body="""Bonjour,

Merci pour votre réponse, mais le lien est parti sur la boîte ce.0940742w@ac-creteil.fr. Depuis le départ de la secrétaire de direction en octobre, plus personne ici n'a le mot de passe de cette boîte et la DSI nous dit qu'il faut une demande du proviseur, qui est en arrêt.

Y a-t-il une autre solution ?

Isabelle Ngo
Documentaliste – Lycée Langevin-Wallon, Champigny-sur-Marne

""" + quote_outlook("Assistance <support@assistance.example.fr>", "lundi 18 novembre 2024 14:02",
                    "Isabelle Ngo", "[#SUP-006188] Mot de passe e-sidoc", DESK_RESET))

add(("password_reset", True, "0772244W", "ile-de-france", "espace_acheteur", False, "fr",
     "Forgotten login (identifier) for the Espace Acheteur, the password may still be known."),
    frm=("Corinne Blanchard", "corinne.blanchard@ac-creteil.fr"), client="outlook", day=20, hm="14:37",
    subj="Identifiant oublié",
    body="""Bonjour,

Je ne me souviens plus de l'identifiant de connexion à l'Espace Acheteur (je crois connaître le mot de passe). Lycée Galilée de Combs-la-Ville, 0772244W.

Merci,
Corinne Blanchard, gestionnaire
""")

# ---------------------------------------------------------------- missing_noreply_mail
add(("missing_noreply_mail", True, "0920145H", "ile-de-france", "espace_acheteur", False, "fr",
     "New gestionnaire: the Espace Acheteur activation mail never came, junk folder checked; no anti-spam product named."),
    frm=("Vincent Morel", "vincent.morel@ac-versailles.fr"), client="outlook", day=4, hm="10:10",
    subj="Mail d'activation Espace Acheteur jamais reçu",
    body="""Bonjour,

Je me suis inscrit jeudi dernier sur l'Espace Acheteur en tant que nouveau gestionnaire du lycée Lakanal (0920145H). Le site indique qu'un courriel d'activation m'a été envoyé, mais je n'ai rien reçu, ni dans la boîte de réception ni dans les indésirables.

Pouvez-vous vérifier ?

Vincent Morel
Adjoint gestionnaire – Lycée Lakanal, Sceaux
""")

add(("missing_noreply_mail", True, "0951399E", "ile-de-france", "espace_acheteur", True, "fr",
     "Names MailInBlack only to say the Région removed it last year: not mailinblack_spam."),
    frm=("Stéphanie Leroux", "stephanie.leroux@ac-versailles.fr"), client="zimbra", day=4, hm="15:33",
    subj="Pas de mail de confirmation (et nous n'avons plus MailInBlack)",
    body="""Bonjour,

Je n'ai jamais reçu le courriel de confirmation après mon inscription à l'Espace Acheteur. Avant qu'on me pose la question : nous n'avons plus MailInBlack au lycée, la Région l'a retiré l'an dernier, donc ce n'est pas ça. Rien non plus dans le dossier Spam.

Que puis-je faire ?

Stéphanie Leroux
Gestionnaire matériel
Lycée Jean-Jacques-Rousseau – Sarcelles (0951399E)
""")

add(("missing_noreply_mail", False, None, None, "espace_acheteur", True, "fr",
     "Département IT: their gateway logs (a product other than MailInBlack) show no message at all from the no-reply sender; asks for sending IPs and the DKIM selector. Beyond the junk-folder template: a person answers."),
    frm=("Amandine Cordier", "acordier@seinesaintdenis.fr"), client="outlook", mode="alt", charset="utf-8", day=5, hm="11:48",
    subj="Aucune trace de vos notifications dans nos journaux de messagerie",
    body="""Bonjour,

Les gestionnaires de plusieurs collèges de Seine-Saint-Denis ne reçoivent plus les notifications de l'Espace Acheteur (création de compte, validation de commande).

J'ai vérifié les journaux de notre passerelle Proofpoint sur les dix derniers jours : aucun message de votre adresse no-reply n'y apparaît, ni accepté ni rejeté. Le problème semble donc se situer avant nous.

Pouvez-vous me communiquer :
- les adresses IP ou le relais d'envoi utilisés ;
- le domaine d'enveloppe (MAIL FROM) et le sélecteur DKIM ?

Je pourrai alors poser une règle d'autorisation explicite.

Amandine Cordier
Ingénieure messagerie – Direction des systèmes d'information
Département de la Seine-Saint-Denis
""")

add(("missing_noreply_mail", True, None, "ile-de-france", "esidoc", True, "fr",
     "Reads like a lost password, but the 'mot de passe oublié' form works; the new-password mail is what never arrives."),
    frm=("Nicolas Brun", "nicolas.brun@ac-paris.fr"), client="zimbra", day=6, hm="08:29",
    subj="Mot de passe oublié - rien ne se passe",
    body="""Bonjour,

J'ai cliqué trois fois sur « mot de passe oublié » sur l'administration e-sidoc. À chaque fois le site confirme qu'un courriel vient de partir, et je ne reçois jamais rien, pas même dans les courriers indésirables.

Mon mot de passe, je le changerai volontiers, encore faut-il recevoir le message !

Nicolas Brun
Documentaliste
""")

add(("missing_noreply_mail", True, "0752871N", "ile-de-france", "esidoc", False, "fr",
     "Her mailbox was full for a week (quota), so the activation mail was probably lost; she has cleaned it and asks for it again."),
    frm=("Anne-Sophie Klein", "anne-sophie.klein@ac-paris.fr"), client="thunderbird", day=6, hm="12:05",
    subj="Renvoi du courriel d'activation",
    body="""Bonjour,

Ma boîte académique a atteint son quota la semaine dernière et j'ai reçu plusieurs alertes « boîte pleine ». J'ai fait le ménage depuis, mais le courriel d'activation du compte client e-sidoc (première commande en ligne du lycée) n'est jamais arrivé.

Pourriez-vous le renvoyer ?

Anne-Sophie Klein
Lycée Rabelais – Paris 18e – 0752871N
""")

add(("missing_noreply_mail", False, "0941876D", "ile-de-france", "espace_acheteur", True, "fr",
     "She typed her address wrongly at sign-up (ac-creteuil.fr), so the activation mail went nowhere: the address on the account must be corrected by a person; the junk-folder answer does not fit."),
    frm=("Mireille Antoine", "mireille.antoine@ac-creteil.fr"), client="outlook", day=7, hm="09:50",
    subj="Erreur dans mon adresse à l'inscription",
    body="""Bonjour,

En m'inscrivant hier sur l'Espace Acheteur, je me suis trompée en tapant mon adresse : j'ai écrit « mireille.antoine@ac-creteuil.fr » au lieu de ac-creteil.fr. Le message d'activation est donc parti dans la nature.

Le site refuse une deuxième inscription avec le même établissement. Pouvez-vous corriger l'adresse et renvoyer l'activation ?

Mireille Antoine
Gestionnaire – Cité scolaire Romain-Rolland, Ivry-sur-Seine
UAI 0941876D
""")

add(("missing_noreply_mail", True, None, "ile-de-france", "espace_acheteur", False, "fr",
     "Since the Région changed the lycées' mail filtering in October, order-validation notifications no longer arrive; no product named."),
    frm=("Gilles Moreau", "gilles.moreau@ac-paris.fr"), client="outlook", mode="alt", day=8, hm="14:14",
    subj="Notifications de commande absentes depuis octobre",
    body="""Bonjour,

Depuis le changement du filtrage de la messagerie des lycées par la Région en octobre, je ne reçois plus aucune notification de l'Espace Acheteur quand une commande est validée. Les autres mails arrivent normalement.

Y a-t-il une adresse à déclarer quelque part ?

Gilles Moreau
Agent comptable – Groupement comptable Paris-Est
""")

add(("missing_noreply_mail", True, "0783140P", "ile-de-france", "esidoc", True, "fr",
     "Academic mail forwarded to Gmail by a rule; the no-reply messages vanish on the way (SPF breaks on forwarding). Still the missing-automatic-mail case, no anti-spam product named."),
    frm=("Pauline Girard", "pauline.girard@ac-versailles.fr"), client="gmail", day=11, hm="20:02",
    subj="Messages du portail qui disparaissent",
    relay=("mail-ed1-f52.google.com", "209.85.208.52"),
    body="""Bonjour,

J'ai une règle qui transfère ma messagerie académique vers Gmail. Tout arrive, sauf les messages automatiques d'e-sidoc (réservations, nouveau mot de passe). Un collègue informaticien pense que le transfert « casse le SPF » et que Gmail les jette.

Je ne suis pas sûre de comprendre : que dois-je faire de mon côté ?

Pauline Girard
CDI – Cité scolaire Jules-Ferry, Versailles (0783140P)
""")

add(("missing_noreply_mail", True, None, None, "ticket_portal", False, "en",
     "English; the ticket portal's confirmation e-mail never came."),
    frm=("Mark Whitfield", "m.whitfield@outlook.fr"), client="outlook", charset="utf-8", day=12, hm="17:21",
    subj="No confirmation email from support portal",
    body="""Hello,

I created an account on your support portal this afternoon to report an issue, but the confirmation email has not arrived. I have checked the junk folder twice.

Could you resend it or activate the account?

Thanks,
Mark Whitfield
""")

add(("missing_noreply_mail", True, None, "ile-de-france", "espace_acheteur", False, "fr",
     "Vague writer who thinks the site is down because no confirmation mail arrives; no product named."),
    frm=("Josiane Petit", "josiane.petit@ac-creteil.fr"), client="webmail", day=13, hm="15:47",
    subj="votre site ne marche pas",
    body="""Bonjour

je pense que votre site est en panne car je ne recois rien depuis que je me suis inscrite vendredi, pas de mail de confirmation. Mes collegues recoivent bien leurs mails eux.

Merci de regarder
J. Petit
intendance lycée
""")

M11_ID = desk_id(6150, 11)
add(("missing_noreply_mail", False, "0922774R", "ile-de-france", "espace_acheteur", True, "fr",
     "Reply after the junk-folder answer (quoted '-----Message d'origine-----'): three days later still nothing and their IT found nothing; the template was already sent, a person must follow up."),
    frm=("Hervé Collin", "herve.collin@ac-versailles.fr"), client="outlook", day=14, hm="16:58",
    subj="RE: [#SUP-006150] Pas de mail d'activation", in_reply_to=M11_ID,
    body="""Bonjour,

J'ai suivi vos conseils : rien dans les indésirables, l'adresse d'envoi est dans mes expéditeurs approuvés, et le service informatique du lycée ne voit rien passer. Toujours aucun courriel d'activation trois jours après.

Merci de transmettre à qui de droit.

Hervé Collin
Lycée Joliot-Curie, Nanterre – 0922774R

""" + quote_outlook_old("Assistance [mailto:support@assistance.example.fr]", "lundi 11 novembre 2024 09:12",
                        "Hervé Collin", "[#SUP-006150] Pas de mail d'activation", DESK_JUNK))

add(("missing_noreply_mail", True, "0952190P", "ile-de-france", "esidoc", False, "fr",
     "Reservation notifications sent by the e-sidoc portal to pupils no longer arrive; automatic notifications from a no-reply address, no product named."),
    frm=("Caroline Lemaire", "caroline.lemaire@ac-versailles.fr"), client="zimbra", mode="alt", day=15, hm="11:39",
    subj="Les élèves ne reçoivent plus les avis de réservation",
    body="""Bonjour,

Depuis une quinzaine de jours, les élèves ne reçoivent plus les courriels « votre réservation est disponible » envoyés par le portail e-sidoc. Je l'ai testé avec mon propre compte lecteur : aucun message, même dans les indésirables.

Avez-vous changé quelque chose dans l'envoi de ces notifications ?

Caroline Lemaire
Professeure documentaliste – Cité scolaire Gérard-de-Nerval, Luzarches
UAI 0952190P
""")

add(("missing_noreply_mail", True, None, "ile-de-france", "espace_acheteur", False, "fr",
     "Short irritated message, no accents: validation mail still not received; region from ac-versailles.fr."),
    frm=("Thierry Gauthier", "thierry.gauthier@ac-versailles.fr"), client="android", day=18, hm="07:41",
    subj="toujours rien",
    body="""tjrs pas recu le mail de validation de l'espace acheteur !!! ca fait une semaine
""")

add(("missing_noreply_mail", False, "0913207S", "ile-de-france", "espace_acheteur", True, "fr",
     "Two topics: the activation mail never arrived (first) and a quote is needed for a purchase order (order_billing). One template would answer only half."),
    frm=("Lucie Marchand", "lucie.marchand@ac-versailles.fr"), client="outlook", day=19, hm="11:25",
    subj="Activation compte + devis",
    body="""Bonjour,

Deux questions :
1. Je n'ai toujours pas reçu le mail d'activation de mon compte Espace Acheteur (inscription du 12/11), rien dans les spams ;
2. Pourriez-vous m'adresser un devis pour 30 licences du logiciel de gestion de bibliothèque afin d'établir le bon de commande ?

Merci,
Lucie Marchand
Gestionnaire – Lycée Marguerite-Yourcenar, Morangis (0913207S)
""")

add(("missing_noreply_mail", True, "0950308U", "ile-de-france", "espace_acheteur", False, "fr",
     "Structure administrator never gets the 'account to validate' notifications for new buyers."),
    frm=("Denis Laporte", "denis.laporte@ac-versailles.fr"), client="zimbra", day=20, hm="10:58",
    subj="Notifications de comptes à valider",
    body="""Bonjour,

Je suis administrateur de structure sur l'Espace Acheteur pour le lycée Fragonard (0950308U). Deux collègues se sont inscrits et attendent ma validation, mais je n'ai reçu aucune notification à ce sujet. Je ne l'ai su que parce qu'ils sont venus me voir.

D'où peut venir le problème ?

Denis Laporte
Secrétaire général – Lycée Fragonard, L'Isle-Adam
""")

M16_ID = desk_id(6071, 1)
add(("missing_noreply_mail", True, "0755120H", "ile-de-france", "espace_acheteur", True, "fr",
     "Misleading subject and quoted history about an invoice (old ticket), but the new text clearly asks something else: notifications no longer arrive since the mailbox migration."),
    frm=("Béatrice Faure", "beatrice.faure@ac-paris.fr"), client="outlook", mode="alt", day=21, hm="14:06",
    subj="RE: [#SUP-006071] Facture 2024-1187", in_reply_to=M16_ID,
    body="""Bonjour,

La facture est réglée, merci. Je profite de ce fil pour autre chose : depuis la migration de nos boîtes vers la nouvelle messagerie académique, je ne reçois plus aucune notification de l'Espace Acheteur (validation de panier, suivi de commande), y compris dans le courrier indésirable.

Cordialement,
Béatrice Faure
Adjointe gestionnaire – Cité scolaire Paul-Valéry, Paris 12e – 0755120H

""" + quote_outlook("Assistance <support@assistance.example.fr>", "vendredi 1 novembre 2024 10:44",
                    "Béatrice Faure", "[#SUP-006071] Facture 2024-1187",
                    "Bonjour,\n\nVous trouverez ci-joint la facture 2024-1187 corrigée ; elle a également été redéposée sur Chorus Pro." + DESK_SIG))

add(("missing_noreply_mail", True, "0912364A", "ile-de-france", "esignature", False, "fr",
     "The e-signature invitation (from a no-reply address) to sign the membership convention never arrived."),
    frm=("Principal adjoint Collège Jean-Zay", "ce.0912364A@ac-versailles.fr"), client="outlook", day=22, hm="09:17",
    subj="Invitation à signer la convention non reçue",
    body="""Bonjour,

On nous a annoncé l'envoi d'une invitation à signer électroniquement la convention d'adhésion, adressée à la principale. Aucun message n'est arrivé sur la boîte de l'établissement ni sur la sienne, et rien dans les indésirables.

Pouvez-vous relancer l'envoi ?

Pour le collège Jean-Zay (Morsang-sur-Orge),
Rachid Belhadj, principal adjoint
""")

# ---------------------------------------------------------------- mailinblack_spam
add(("mailinblack_spam", True, None, None, None, False, "fr",
     "Région IT (lycées) asks which sender addresses and domains to allow-list in MailInBlack for every lycée; both products mentioned, so no single platform; no UAI, non-academic domain."),
    frm=("Sébastien Hamon", "sebastien.hamon@iledefrance.fr"), client="outlook", mode="alt", charset="utf-8", day=4, hm="11:20",
    subj="Liste blanche MailInBlack pour les lycées franciliens",
    body="""Bonjour,

La Région Île-de-France administre la solution MailInBlack qui protège les boîtes des lycées publics franciliens. Plusieurs établissements nous remontent que vos messages (e-sidoc et Espace Acheteur) restent en attente d'authentification.

Afin de les autoriser une fois pour toutes au niveau de la plateforme régionale, pouvez-vous nous transmettre la liste exhaustive de vos adresses et domaines d'expédition ?

Bien cordialement,

Sébastien Hamon
Chef de projet messagerie – Pôle lycées
Direction des systèmes d'information, Région Île-de-France
""")

add(("mailinblack_spam", True, "0750612H", "ile-de-france", "esidoc", False, "fr",
     "The librarian sees the e-sidoc no-reply sender in her daily MailInBlack quarantine report and asks how to release it."),
    frm=("Marion Chevalier", "marion.chevalier@ac-paris.fr"), client="zimbra", day=5, hm="08:55",
    subj="Vos messages dans la quarantaine",
    body="""Bonjour,

Dans le rapport quotidien MailInBlack que je reçois chaque matin, je vois apparaître l'adresse ne-pas-repondre d'e-sidoc avec la mention « en attente ». Je ne sais pas comment libérer ces messages ni comment éviter que cela se reproduise.

Pouvez-vous m'envoyer la marche à suivre ?

Marion Chevalier
Cité scolaire Hélène-Boucher – Paris 20e
UAI 0750612H
""")

add(("mailinblack_spam", False, "0930833A", "ile-de-france", "espace_acheteur", True, "fr",
     "MailInBlack is not named: the gestionnaire describes the new filter's sender-authentication challenge (your mail held until you prove you are human). The product is not confirmed, so a person checks before sending the guide."),
    frm=("Catherine Vidal", "catherine.vidal@ac-creteil.fr"), client="outlook", day=6, hm="14:45",
    subj="Demande d'authentification de votre côté ?",
    body="""Bonjour,

Depuis le nouveau filtre anti-spam installé sur nos boîtes pendant les vacances, nos correspondants extérieurs reçoivent un message leur demandant de prouver qu'ils ne sont pas un robot avant que leur courriel nous soit remis. Vos messages de l'Espace Acheteur (activation, commandes) n'arrivent plus depuis, j'imagine que personne ne répond à cette demande chez vous.

Comment pouvons-nous régler cela ?

Catherine Vidal
Gestionnaire – Lycée Eugène-Delacroix, Drancy
0930833A
""")

add(("mailinblack_spam", True, "0770931U", "ile-de-france", "espace_acheteur", False, "fr",
     "Product spelled 'Mailin Black'; Espace Acheteur notifications held."),
    frm=("Eric Fontaine", "eric.fontaine@ac-creteil.fr"), client="webmail", day=7, hm="10:02",
    subj="Mailin Black bloque vos mails",
    body="""Bonjour,

Notre informaticien me dit que vos messages de l'Espace Acheteur sont bloqués par Mailin Black. Que faut il faire pour qu'ils passent ?

Eric Fontaine
Lycée Uruguay-France, Avon (0770931U)
""")

add(("mailinblack_spam", True, None, None, "esidoc", False, "fr",
     "Département IT deployed MailInBlack Protect on all collèges on 4 November and asks how the e-sidoc no-reply messages, which cannot answer the challenge, can be let through."),
    frm=("Lionel Barbier", "lbarbier@seinesaintdenis.fr"), client="outlook", charset="utf-8", day=8, hm="16:31",
    subj="Déploiement MailInBlack Protect – collèges 93",
    body="""Bonjour,

Le Département de la Seine-Saint-Denis a déployé MailInBlack Protect sur l'ensemble des boîtes des collèges le 4 novembre.

Les messages automatiques d'e-sidoc partent d'une adresse qui ne peut évidemment pas répondre au défi d'authentification, et les documentalistes ne reçoivent donc plus leurs liens. Quelle est la procédure recommandée de votre côté : autoriser un domaine, une adresse, des IP ?

Merci,
Lionel Barbier
Service des collèges numériques – DSI
Département de la Seine-Saint-Denis
""")

add(("mailinblack_spam", False, "0912040Y", "ile-de-france", "espace_acheteur", True, "fr",
     "Two topics: the activation mail is held by MailInBlack (main) and the basket has disappeared (order_billing)."),
    frm=("Nathalie Besson", "nathalie.besson@ac-versailles.fr"), client="outlook", mode="alt", day=11, hm="13:13",
    subj="Activation bloquée par MailInBlack et panier disparu",
    body="""Bonjour,

Le courriel d'activation de mon compte Espace Acheteur est bloqué dans MailInBlack : je le vois dans la quarantaine mais le bouton « libérer » est grisé pour moi.

Par ailleurs, le panier préparé par ma collègue avant les vacances a disparu. Est-il possible de le récupérer ?

Merci pour votre aide,
Nathalie Besson
Lycée Rosa-Parks, Montgeron – 0912040Y
""")

add(("mailinblack_spam", True, "0782218M", "ile-de-france", "esidoc", False, "en",
     "English; MailInBlack keeps quarantining the portal's password mails."),
    frm=("Rebecca Lindqvist", "rebecca.lindqvist@ac-versailles.fr"), client="gmail", day=12, hm="12:40",
    subj="MailInBlack quarantining your emails",
    body="""Hello,

Our school uses MailInBlack, and every e-mail from the e-sidoc platform (password links, notifications) ends up in quarantine. I can release them one by one, but the links have usually expired by then.

Is there a guide for whitelisting your addresses?

Kind regards,
Rebecca Lindqvist
Librarian – Lycée Jeanne-d'Albret, Saint-Germain-en-Laye (0782218M)
""")

add(("mailinblack_spam", True, "0940117S", "ile-de-france", "esidoc", True, "fr",
     "Subject says 'Mot de passe', but the password mail is stuck in the MailInBlack quarantine and cannot be released by the librarian: mailinblack_spam, not password_reset."),
    frm=("Jérôme Lefèvre", "jerome.lefevre@ac-creteil.fr"), client="zimbra", day=13, hm="08:04",
    subj="Mot de passe",
    body="""Bonjour,

J'ai bien demandé un nouveau mot de passe e-sidoc hier, et le message est arrivé… dans la quarantaine MailInBlack du lycée. Je n'ai pas les droits pour le libérer et notre référent n'est là que le jeudi.

Comment faire pour que vos messages ne soient plus arrêtés ?

Jérôme Lefèvre
Documentaliste – Lycée Marcelin-Berthelot, Saint-Maur-des-Fossés
0940117S
""")

B9_ID = desk_id(6163, 12)
add(("mailinblack_spam", True, "0933687C", "ile-de-france", "espace_acheteur", True, "fr",
     "Reply quoting the junk-folder answer: the messages were found in the MailInBlack 'Spams' space; the MailInBlack guide is now the right answer."),
    frm=("Samia Haddouche", "samia.haddouche@ac-creteil.fr"), client="gmail", mode="alt", day=13, hm="17:36",
    subj="Re: [#SUP-006163] Mail d'inscription introuvable", in_reply_to=B9_ID,
    body="""Bonjour,

Merci. Rien dans les indésirables de la messagerie, mais en cherchant avec l'informaticien nous avons trouvé vos trois messages dans l'espace MailInBlack, rubrique « Spams ». Comment faire pour que ce soit définitif et que les suivants arrivent directement ?

Samia Haddouche
Collège Iqbal-Masih – Saint-Denis (0933687C)

""" + quote_gmail("mar. 12 nov. 2024 à 16:05", "Assistance <support@assistance.example.fr>", DESK_JUNK))

add(("mailinblack_spam", True, "0943345A", "ile-de-france", "espace_acheteur", False, "fr",
     "Order notifications held in the MailInBlack quarantine of a vocational lycée."),
    frm=("Pascal Guérin", "pascal.guerin@ac-creteil.fr"), client="outlook", day=14, hm="09:44",
    subj="Notifications Espace Acheteur en quarantaine MailInBlack",
    body="""Bonjour,

Les notifications de validation de commande de l'Espace Acheteur arrivent systématiquement dans la quarantaine MailInBlack de l'établissement. Pouvez-vous me dire quelles adresses autoriser ?

Pascal Guérin
Chef des travaux – Lycée Adolphe-Chérioux, Vitry-sur-Seine
UAI 0943345A
""")

add(("mailinblack_spam", True, None, "ile-de-france", None, False, "fr",
     "Vague message: 'a MailInBlack thing' blocks everything since the All Saints holidays; no platform named, region from ac-creteil.fr."),
    frm=("Monique Lambert", "monique.lambert@ac-creteil.fr"), client="android", day=15, hm="12:51",
    subj="blocage",
    body="""Bonjour, depuis la rentrée des vacances de la Toussaint on a un truc MailInBlack qui bloque tout ce qui vient de chez vous. On fait comment ? Merci. M. Lambert
""")

add(("mailinblack_spam", False, "0921968P", "ile-de-france", "espace_acheteur", True, "fr",
     "Technical: the MailInBlack console shows the messages held as 'unauthenticated sender, SPF softfail', and the IT manager says our SPF is wrong. A person must check the SPF claim before sending the allow-list guide."),
    frm=("Antoine Rigaud", "antoine.rigaud@ac-versailles.fr"), client="thunderbird", day=18, hm="15:23",
    subj="SPF softfail sur vos envois - MailInBlack",
    body="""Bonjour,

Référent numérique du lycée Louis-Girard (Malakoff, 0921968P), je vois dans la console MailInBlack que vos notifications Espace Acheteur sont retenues avec le motif « expéditeur non authentifié – SPF softfail ».

En interrogeant votre domaine d'enveloppe, je constate que l'enregistrement SPF se termine par ~all et n'inclut pas le relais qui vous sert à envoyer (l'IP de connexion n'y figure pas). Je peux forcer une autorisation dans MailInBlack, mais le problème réel semble être chez vous. Pouvez-vous faire vérifier ?

Antoine Rigaud
""")

add(("mailinblack_spam", True, "0932116V", "ile-de-france", "esidoc", True, "fr",
     "Written by the proviseure, but she only reports that MailInBlack blocks the portal's mails and asks for the procedure: not a head-of-establishment request."),
    frm=("Proviseure Cité scolaire Henri-Wallon", "ce.0932116V@ac-creteil.fr"), client="outlook", mode="alt", day=19, hm="18:10",
    subj="Messages e-sidoc bloqués",
    body="""Madame, Monsieur,

Notre professeure documentaliste m'informe que les messages du portail e-sidoc sont retenus par MailInBlack, installé sur les boîtes de l'établissement à la rentrée. Je vous serais reconnaissante de nous indiquer la procédure permettant de les recevoir normalement.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Hélène Taillandier
Proviseure – Cité scolaire Henri-Wallon, Aubervilliers
""")

add(("mailinblack_spam", True, None, "ile-de-france", None, False, "fr",
     "Lost the MailInBlack allow-list tutorial sent last year and asks for it again; no platform named."),
    frm=("Serge Vincent", "serge.vincent@ac-paris.fr"), client="apple", day=20, hm="07:33",
    subj="Tuto liste blanche",
    body="""Bonjour,
Pouvez-vous me renvoyer le tuto pour mettre vos adresses en liste blanche dans MailInBlack ? Je l'avais l'an dernier mais impossible de remettre la main dessus.
Merci
S. Vincent

Envoyé de mon iPhone
""")

# ---------------------------------------------------------------- head_of_establishment_request
add(("head_of_establishment_request", False, "0930122C", "ile-de-france", "esidoc", False, "fr",
     "Formal letter from the proviseure, from the ce.<UAI> box: reset the e-sidoc administrator password and change the contact address to the new librarian's."),
    frm=("Proviseure - Lycée Paul-Éluard", "ce.0930122C@ac-creteil.fr"), client="zimbra", mode="alt", day=4, hm="16:48",
    subj="Demande écrite – compte administrateur e-sidoc (0930122C)",
    body="""Madame, Monsieur,

Je soussignée, Mme Françoise Delorme, proviseure du lycée Paul-Éluard de Saint-Denis (UAI 0930122C), vous demande de bien vouloir réinitialiser le mot de passe du compte administrateur de notre portail e-sidoc et d'y associer désormais l'adresse de contact de notre nouveau professeur documentaliste, M. Hugo Lemaître : hugo.lemaitre@ac-creteil.fr.

L'ancienne adresse, au nom de Mme Sarah Cohen, partie à la retraite, ne doit plus permettre d'accéder au compte.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Françoise Delorme
Proviseure
""")

add(("head_of_establishment_request", False, "0771577W", "ile-de-france", "espace_acheteur", False, "fr",
     "The proviseur designates a new structure administrator on the Espace Acheteur after the gestionnaire's transfer, and asks to close the former access."),
    frm=("Proviseur Lycée Jean-Moulin Torcy", "ce.0771577W@ac-creteil.fr"), client="outlook", day=5, hm="17:30",
    subj="Désignation d'un nouvel administrateur de structure",
    body="""Madame, Monsieur,

M. Alain Tessier, gestionnaire du lycée Jean-Moulin de Torcy (UAI 0771577W), a été muté au 1er novembre. Je désigne pour lui succéder comme administratrice de notre structure sur l'Espace Acheteur Mme Kenza Amrani, adjointe gestionnaire (kenza.amrani@ac-creteil.fr).

Je vous remercie de bien vouloir clôturer les accès de M. Tessier.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Bruno Delage
Proviseur
""")

add(("head_of_establishment_request", False, "0920803Y", "ile-de-france", "espace_acheteur", True, "fr",
     "Written by the proviseur adjoint 'pour le proviseur et par délégation' from the ce.<UAI> box: a deputy writing for the head to change the administrator; staff must check the delegation."),
    frm=("Direction Cité scolaire Jean-Jaurès", "ce.0920803Y@ac-versailles.fr"), client="outlook", mode="alt", day=6, hm="12:02",
    subj="Changement d'administrateur – Cité scolaire Jean-Jaurès",
    body="""Madame, Monsieur,

Pour le proviseur et par délégation, je vous demande de transférer les droits d'administrateur de la structure « Cité scolaire Jean-Jaurès – Châtenay-Malabry » (UAI 0920803Y) sur l'Espace Acheteur à Mme Valérie Simon, secrétaire générale, et de retirer ces droits à M. Paul Rey, qui a quitté l'établissement.

Restant à votre disposition,

Anne Morvan
Proviseure adjointe
Cité scolaire Jean-Jaurès
""")

add(("head_of_establishment_request", False, "0951742C", "ile-de-france", "esidoc", True, "fr",
     "The secretary sends, from the ce.<UAI> box, the principal's signed letter (described as attached PDF): the request is the head's, relayed; staff must check the letter."),
    frm=("Secrétariat Lycée Van-Gogh", "ce.0951742C@ac-versailles.fr"), client="outlook", day=7, hm="10:45",
    subj="TR: courrier de M. le Proviseur - portail documentaire",
    body="""Bonjour,

Veuillez trouver ci-joint le courrier signé de M. le Proviseur concernant le compte administrateur du portail e-sidoc du lycée (réinitialisation du mot de passe et changement de l'adresse associée).

M. le Proviseur est en copie de ce message.

Cordialement,

Secrétariat de direction
Lycée Van-Gogh – Ermont – 0951742C

[Pièce jointe : Courrier_proviseur_esidoc_2024-11-07.pdf]
""", cc="Olivier Marchetti <olivier.marchetti@ac-versailles.fr>")

add(("head_of_establishment_request", False, "0942130E", "ile-de-france", "espace_acheteur", False, "fr",
     "The principal authorises the gestionnaire in writing to validate an order above the usual threshold."),
    frm=("Principal Collège Jules-Vallès", "ce.0942130E@ac-creteil.fr"), client="zimbra", day=8, hm="08:20",
    subj="Autorisation de validation de commande",
    body="""Madame, Monsieur,

J'autorise par la présente Mme Christine Aubert, gestionnaire du collège Jules-Vallès de Choisy-le-Roi (0942130E), à valider sur l'Espace Acheteur la commande de mobilier pour le CDI d'un montant de 7 480 € TTC, au-delà du seuil qui lui est habituellement délégué.

Cordialement,

Thomas Baudry
Principal
""")

add(("head_of_establishment_request", False, "0782563M", "ile-de-france", "esidoc", True, "fr",
     "Probable spoof: claims to be the proviseur of Lycée Hoche from a Gmail address, SPF/DMARC pass only for gmail.com, asks to move the e-sidoc admin address to a Gmail box. Still a head-of-establishment request for the queue, where staff should refuse it."),
    frm=("Proviseur Lycée Hoche", "proviseur.lyceehoche@gmail.com"), client="gmail", day=11, hm="23:14",
    reply_to="direction.hoche.versailles@gmail.com",
    subj="URGENT - changement adresse administrateur",
    body="""Bonjour,

Je suis le proviseur du lycée Hoche de Versailles (0782563M). Suite à un problème de messagerie académique, je vous demande de remplacer immédiatement l'adresse du compte administrateur e-sidoc par direction.hoche.versailles@gmail.com et de m'y envoyer le nouveau mot de passe.

Merci de traiter cette demande en urgence, je suis en déplacement.

Le Proviseur
""")

add(("head_of_establishment_request", False, "0781478H", "ile-de-france", "esidoc", False, "en",
     "English: the head of the international lycée asks for the e-sidoc admin reset with the link sent to the school's official address."),
    frm=("Head of School - Lycée international", "ce.0781478H@ac-versailles.fr"), client="outlook", mode="alt", charset="utf-8", day=12, hm="11:11",
    subj="Request: reset of library administrator account",
    body="""Dear Sir or Madam,

As head of the Lycée international de Saint-Germain-en-Laye (UAI 0781478H), I am writing to request that the password of our e-sidoc administrator account be reset, and that the reset link be sent to this official school address.

Our former librarian left in October and the account is still tied to her personal e-mail.

Yours faithfully,

Laurence Whitaker-Bonnet
Proviseure / Head of School
""")

H8_ID = desk_id(6141, 8)
add(("head_of_establishment_request", False, "0911455M", "ile-de-france", "espace_acheteur", False, "fr",
     "Reply (Zimbra 'Mail original' quote) where the proviseur gives the written confirmation the desk asked for."),
    frm=("Proviseur Lycée de l'Essouriau", "ce.0911455M@ac-versailles.fr"), client="zimbra", day=12, hm="14:29",
    subj="Re: [#SUP-006141] Changement d'administrateur", in_reply_to=H8_ID,
    body="""Bonjour,

Je confirme être à l'origine de la demande : Mme Géraldine Petitjean (geraldine.petitjean@ac-versailles.fr) devient administratrice de la structure Lycée de l'Essouriau (0911455M) sur l'Espace Acheteur, en remplacement de M. Serge Dumas.

Cordialement,
Jean-Luc Arnaud
Proviseur – Lycée de l'Essouriau, Les Ulis

""" + quote_zimbra("Assistance <support@assistance.example.fr>", "ce.0911455M@ac-versailles.fr",
                   "Vendredi 8 Novembre 2024 10:02:41", "[#SUP-006141] Changement d'administrateur", DESK_HEAD))

add(("head_of_establishment_request", False, "0940742W", "ile-de-france", "esidoc", True, "fr",
     "Misleading subject ('Mot de passe oublié'): the body is the principal's formal written request to reset the administrator account and change its address."),
    frm=("Proviseur Lycée Langevin-Wallon", "ce.0940742W@ac-creteil.fr"), client="outlook", day=20, hm="08:37",
    subj="Mot de passe oublié",
    body="""Madame, Monsieur,

En tant que proviseur du lycée Langevin-Wallon de Champigny-sur-Marne (0940742W), je vous demande formellement de réinitialiser le mot de passe du compte administrateur e-sidoc de l'établissement et de remplacer l'adresse de contact par celle de notre documentaliste, Mme Isabelle Ngo (isabelle.ngo@ac-creteil.fr).

Je suis de retour dans l'établissement et j'ai repris la main sur la boîte officielle, d'où je vous écris.

Cordialement,
Marc Delacroix
Proviseur
""")

add(("head_of_establishment_request", False, "0782563M", "ile-de-france", "esidoc", True, "fr",
     "The body gives 0782563N (wrong check letter, the digits give M); the sender address ce.0782563M@ac-versailles.fr carries the valid UAI, which is the label."),
    frm=("Direction - Lycée Hoche", "ce.0782563M@ac-versailles.fr"), client="zimbra", day=14, hm="17:03",
    subj="Changement de l'adresse du compte e-sidoc", bad_uai="0782563N",
    body="""Madame, Monsieur,

Je vous informe que le message frauduleux reçu récemment en mon nom ne vient pas de l'établissement.

Je vous demande en revanche, par le présent message envoyé depuis la boîte officielle du lycée Hoche (0782563N), de remplacer l'adresse associée au compte administrateur e-sidoc par celle de Mme Claire Monteil, professeure documentaliste (claire.monteil@ac-versailles.fr).

Bien cordialement,

Dominique Serre
Proviseur du lycée Hoche – Versailles
""")

add(("head_of_establishment_request", False, "0750693W", "ile-de-france", "esidoc", False, "fr",
     "A Paris primary-school directrice asks to put the school's address on the e-sidoc admin account instead of a departed teacher's."),
    frm=("Directrice École élémentaire Belleville", "ce.0750693W@ac-paris.fr"), client="webmail", day=15, hm="16:22",
    subj="Adresse du compte administrateur de la BCD",
    body="""Bonjour,

Je suis directrice de l'école élémentaire de la rue de Belleville (0750693W). Le compte administrateur du portail de notre BCD est encore rattaché à l'adresse d'une enseignante qui a quitté l'école. Je vous demande de le rattacher désormais à l'adresse de l'école, celle d'où je vous écris.

Merci par avance,
Véronique Hamel
Directrice
""")

add(("head_of_establishment_request", False, "0754475G", "ile-de-france", "esidoc", False, "fr",
     "The proviseur asks for the immediate deactivation of a dismissed contract librarian's administrator access."),
    frm=("Proviseur LP Théophile-Gautier", "ce.0754475G@ac-paris.fr"), client="outlook", day=19, hm="13:01",
    subj="Désactivation immédiate d'un accès administrateur",
    body="""Madame, Monsieur,

Le contrat de Mme Léa Brunet, documentaliste contractuelle au lycée professionnel Théophile-Gautier (0754475G), a pris fin le 15 novembre. Je vous demande de désactiver sans délai son accès administrateur au portail e-sidoc, et de réinitialiser le mot de passe du compte de l'établissement.

Un nouveau professeur documentaliste sera nommé en décembre ; je vous communiquerai alors son adresse.

Veuillez agréer mes salutations distinguées,
Raphaël Benoît
Proviseur
""")

add(("head_of_establishment_request", False, "0941515L", "ile-de-france", "esidoc", True, "fr",
     "The principal approves from his personal academic address (not the ce. box), quoting his librarian's Gmail-style request; weaker evidence, staff must verify."),
    frm=("Gérard Lemoine", "gerard.lemoine@ac-creteil.fr"), client="gmail", mode="alt", day=21, hm="07:55",
    subj="Re: Accès e-sidoc du collège",
    cc="Sonia Perret <sonia.perret@ac-creteil.fr>",
    body="""Bonjour,

Je confirme la demande de Mme Perret ci-dessous et vous autorise à réinitialiser le compte administrateur e-sidoc du collège Albert-Cron (0941515L), avec envoi sur son adresse.

Gérard Lemoine
Principal du collège Albert-Cron – Le Kremlin-Bicêtre

""" + quote_gmail("mer. 20 nov. 2024 à 17:12", "Sonia Perret <sonia.perret@ac-creteil.fr>",
                  "Bonjour,\n\nJe suis la nouvelle documentaliste du collège et je n'ai aucun accès au portail. Le support demande votre accord écrit pour réinitialiser le compte. Pourriez-vous leur répondre en gardant ce message ?\n\nMerci,\nSonia"))

# ---------------------------------------------------------------- account_creation
add(("account_creation", True, None, "ile-de-france", "espace_acheteur", False, "fr",
     "New gestionnaire asks how to open an Espace Acheteur account; the sign-up answer fits."),
    frm=("Yasmine Cherif", "yasmine.cherif@ac-paris.fr"), client="outlook", day=4, hm="14:50",
    subj="Création de compte acheteur",
    body="""Bonjour,

Je viens de prendre mes fonctions d'adjointe gestionnaire dans un collège parisien. Comment puis-je créer mon compte sur l'Espace Acheteur ? Faut-il une invitation ?

Merci,
Yasmine Cherif
""")

add(("account_creation", False, "0772712E", "ile-de-france", "espace_acheteur", False, "fr",
     "Account waiting for validation for three days; asks who the structure's administrator is: needs a look-up."),
    frm=("Frédéric Dumont", "frederic.dumont@ac-creteil.fr"), client="zimbra", day=6, hm="15:12",
    subj="Qui est l'administrateur de notre structure ?",
    body="""Bonjour,

Mon compte Espace Acheteur est « en attente de validation par l'administrateur de la structure » depuis trois jours. Personne au lycée ne sait qui est cet administrateur. Pouvez-vous me dire de qui il s'agit ?

Frédéric Dumont
Lycée Camille-Claudel, Pontault-Combault – 0772712E
""")

add(("account_creation", True, None, None, "ticket_portal", True, "fr",
     "Negation: 'je n'ai pas oublié mon mot de passe', she never had an account on the ticket portal and wants one: account_creation, not password_reset."),
    frm=("Odile Marchetti", "odile.marchetti@laposte.net"), client="webmail", day=7, hm="11:35",
    subj="Accès au portail de tickets",
    body="""Bonjour,

Je n'ai pas oublié mon mot de passe : je n'en ai jamais eu ! Ma collègue suit nos demandes sur votre portail de tickets et j'aimerais pouvoir le faire aussi. Comment créer un compte à mon nom ?

Odile Marchetti
Documentaliste
""")

add(("account_creation", False, "0923316E", "ile-de-france", "espace_acheteur", False, "fr",
     "The account works but cannot order: asks for order rights to be opened."),
    frm=("Sylvie Renard", "sylvie.renard@ac-versailles.fr"), client="outlook", mode="alt", day=8, hm="10:22",
    subj="Droits de commande",
    body="""Bonjour,

Je peux me connecter à l'Espace Acheteur et consulter les offres, mais le bouton « commander » n'apparaît pas. Pourriez-vous m'ouvrir les droits de commande ?

Sylvie Renard
Secrétaire d'intendance – Lycée Paul-Langevin, Suresnes (0923316E)
""")

add(("account_creation", True, None, "ile-de-france", "espace_acheteur", False, "en",
     "English: a new bursar asks how to sign up to the buyer space; the sign-up answer fits."),
    frm=("James Holloway", "james.holloway@ac-versailles.fr"), client="outlook", charset="utf-8", day=12, hm="09:00",
    subj="How do I register?",
    body="""Good morning,

I have just joined a lycée in the Yvelines as deputy bursar. How do I register on the buyer space to place orders? Is there a form somewhere?

Thank you,
James Holloway
""")

add(("account_creation", False, None, None, "espace_acheteur", False, "fr",
     "Département IT asks to create accounts for a dozen collèges at once from a spreadsheet: a person must handle it."),
    frm=("Hugues Ferrand", "hferrand@essonne.fr"), client="outlook", charset="utf-8", day=13, hm="14:40",
    subj="Création groupée de comptes pour 12 collèges",
    body="""Bonjour,

Dans le cadre du marché départemental de fournitures, nous souhaitons que les gestionnaires de 12 collèges de l'Essonne disposent d'un compte sur l'Espace Acheteur. Pouvons-nous vous transmettre un tableau (nom, établissement, UAI, adresse) pour une création groupée, plutôt que de faire remplir le formulaire à chacun ?

Hugues Ferrand
Direction de l'éducation et des collèges – Département de l'Essonne
""")

add(("account_creation", True, "0910625K", "ile-de-france", "espace_acheteur", True, "fr",
     "Subject says the mail did not arrive, but she explains the site shows 'compte en attente de validation': the account simply awaits the structure administrator (FAQ case), not a missing mail."),
    frm=("Mélanie Robert", "melanie.robert@ac-versailles.fr"), client="zimbra", day=15, hm="10:07",
    subj="Mail non reçu ?",
    body="""Bonjour,

Je pensais ne pas avoir reçu de mail après mon inscription, mais en me reconnectant je vois le message « Votre compte est en attente de validation ». Je suppose que quelqu'un doit le valider : comment cela se passe-t-il et combien de temps faut-il compter ?

Mélanie Robert
Lycée du Parc-des-Loges, Évry-Courcouronnes (0910625K)
""")

add(("account_creation", False, None, "ile-de-france", "espace_acheteur", False, "fr",
     "A lycée opened in September 2024: its UAI is not in the list when opening the account; goes to the sales team."),
    frm=("Annick Boyer", "annick.boyer@ac-creteil.fr"), client="outlook", day=18, hm="11:44",
    subj="Établissement introuvable à l'inscription",
    body="""Bonjour,

Notre lycée a ouvert à la rentrée 2024 à Serris. Lors de l'inscription sur l'Espace Acheteur, notre établissement n'apparaît pas dans la liste déroulante. Comment faire ?

Annick Boyer
Gestionnaire
""")

add(("account_creation", False, "0932116V", "ile-de-france", "esidoc", False, "fr",
     "Cité scolaire: asks whether the collège's librarian can get a second administrator account on the lycée's portal."),
    frm=("Fatou Diallo", "fatou.diallo@ac-creteil.fr"), client="zimbra", day=21, hm="15:18",
    subj="Deuxième compte administrateur",
    body="""Bonjour,

Nous sommes deux documentalistes sur la cité scolaire Henri-Wallon (lycée 0932116V). Est-il possible de créer un second compte administrateur sur le portail du lycée pour ma collègue, plutôt que de partager les mêmes identifiants ?

Fatou Diallo
""")

# ---------------------------------------------------------------- subscription_activation
add(("subscription_activation", True, "0750478M", "ile-de-france", "esidoc", False, "fr",
     "Europresse ordered yesterday, not visible yet: inside the 72-hour window."),
    frm=("Laurent Picard", "laurent.picard@ac-paris.fr"), client="zimbra", day=5, hm="09:12",
    subj="Europresse pas encore visible",
    body="""Bonjour,

Nous avons commandé hier l'abonnement Europresse pour le lycée Turgot (0750478M). La ressource n'apparaît pas encore dans la liste de notre portail. Est-ce normal ?

Laurent Picard
Professeur documentaliste
""")

add(("subscription_activation", False, "0771904B", "ile-de-france", "esidoc", True, "fr",
     "Ordered before the All Saints holidays (more than two weeks ago), still not active: past the 72-hour rule, a person must check the order."),
    frm=("Muriel Gaillard", "muriel.gaillard@ac-creteil.fr"), client="outlook", day=6, hm="13:20",
    subj="Abonnement commandé le 17 octobre toujours inactif",
    body="""Bonjour,

Notre abonnement aux ressources numériques a été commandé et validé le 17 octobre, avant les vacances. Nous sommes le 6 novembre et rien n'est encore activé sur le portail du collège Les Tilleuls (Chelles, 0771904B).

Pouvez-vous regarder où en est la commande ?

Muriel Gaillard
""")

add(("subscription_activation", True, "0951399E", "ile-de-france", "esidoc", False, "fr",
     "How to publish the Universalis resource on the portal once active."),
    frm=("Jean-Marc Huet", "jean-marc.huet@ac-versailles.fr"), client="thunderbird", day=8, hm="16:05",
    subj="Publier Universalis sur le portail",
    body="""Bonjour,

Notre abonnement Universalis est actif, mais je ne trouve pas comment le publier sur la page d'accueil du portail pour les élèves. Pouvez-vous m'indiquer la manipulation ?

Jean-Marc Huet
CDI – Lycée Jean-Jacques-Rousseau, Sarcelles – 0951399E
""")

add(("subscription_activation", True, "0922398G", "ile-de-france", "esidoc", True, "fr",
     "Negation: no password problem and no missing mail; the newly ordered resource is not visible in the portal."),
    frm=("Agathe Royer", "agathe.royer@ac-versailles.fr"), client="outlook", mode="alt", day=12, hm="14:58",
    subj="Ressource absente du portail",
    body="""Bonjour,

Je précise d'emblée : je n'ai pas de problème de mot de passe et j'ai bien reçu tous vos messages. Simplement, la ressource « BNF Gallica Presse » commandée lundi n'apparaît nulle part sur notre portail.

Merci de me dire si l'activation est en cours.

Agathe Royer
Collège André-Malraux, Asnières-sur-Seine (0922398G)
""")

add(("subscription_activation", True, "0941029H", "ile-de-france", "esidoc", False, "fr",
     "Renewal ordered two days ago, still shown as expired in 'Mes abonnements'."),
    frm=("Mathieu Caron", "mathieu.caron@ac-creteil.fr"), client="zimbra", day=13, hm="10:30",
    subj="Renouvellement affiché comme expiré",
    body="""Bonjour,

Le renouvellement de notre abonnement a été commandé avant-hier. Dans « Mes abonnements », il apparaît toujours comme expiré. Faut-il attendre ?

M. Caron
CDI Lycée Guillaume-Budé (0941029H)
""")

add(("subscription_activation", True, "0781478H", "ile-de-france", "esidoc", False, "en",
     "English: digital press package ordered on Monday, not available yet."),
    frm=("Fiona Gallagher", "fiona.gallagher@ac-versailles.fr"), client="outlook", charset="utf-8", day=20, hm="15:45",
    subj="Digital press subscription not available yet",
    body="""Hello again,

We ordered the digital press package on Monday for the Lycée international (0781478H). Students can't see it on the portal yet. How long does activation usually take?

Thanks,
Fiona
""")

add(("subscription_activation", True, "0913207S", "ile-de-france", "esidoc", True, "fr",
     "Written by the proviseure, but she only asks when the subscription ordered yesterday will be available: not a head-of-establishment request."),
    frm=("Proviseure - Lycée Marguerite-Yourcenar", "ce.0913207S@ac-versailles.fr"), client="outlook", day=19, hm="12:12",
    subj="Date de mise à disposition de l'abonnement",
    body="""Madame, Monsieur,

Notre établissement a passé hier commande de l'abonnement aux ressources documentaires pour l'année. Pourriez-vous m'indiquer la date à laquelle les élèves pourront y accéder ? Nous souhaitons le présenter au conseil pédagogique de jeudi.

Cordialement,
Élisabeth Garnier
Proviseure du lycée Marguerite-Yourcenar, Morangis
""")

add(("subscription_activation", True, "0772244W", "ile-de-france", "esidoc", False, "fr",
     "Active subscription not visible to pupils through the ENT (MonLycée.net): publication step."),
    frm=("Coralie Michaud", "coralie.michaud@ac-creteil.fr"), client="zimbra", day=22, hm="09:48",
    subj="Ressource invisible depuis l'ENT",
    body="""Bonjour,

L'abonnement est bien actif quand je me connecte en administratrice, mais les élèves qui passent par MonLycée.net ne voient pas la ressource sur le portail. Y a-t-il une étape de publication que j'aurais oubliée ?

Coralie Michaud
Documentaliste – Lycée Galilée, Combs-la-Ville (0772244W)
""")

add(("subscription_activation", True, "0920145H", "ile-de-france", "esidoc", False, "fr",
     "Vague: ordered Friday evening, nothing on Monday morning; still inside 72 hours."),
    frm=("Bertrand Lucas", "bertrand.lucas@ac-versailles.fr"), client="outlook", day=25, hm="08:15",
    subj="abonnement",
    body="""Bonjour,

Commande passée vendredi soir, toujours rien ce lundi matin sur le portail. C'est en cours ?

B. Lucas – Lakanal (0920145H)
""")

# ---------------------------------------------------------------- order_billing
add(("order_billing", False, "0752207S", "ile-de-france", "esidoc", False, "fr",
     "Asks for a formal quote for the 2025 e-sidoc renewal, needed to issue the bon d'engagement."),
    frm=("Delphine Chauvin", "delphine.chauvin@ac-paris.fr"), client="outlook", mode="alt", day=5, hm="11:03",
    subj="Devis renouvellement e-sidoc 2025",
    body="""Bonjour,

Afin d'établir le bon d'engagement avant la clôture de l'exercice, pourriez-vous nous adresser un devis pour le renouvellement de l'abonnement e-sidoc du lycée Maurice-Ravel (0752207S) pour l'année 2025 ?

Cordialement,
Delphine Chauvin
Adjointe gestionnaire – Lycée Maurice-Ravel, Paris 20e
""")

add(("order_billing", False, "0930833A", "ile-de-france", "esidoc", False, "fr",
     "Invoice rejected by Chorus Pro (wrong service code); asks for it to be re-issued."),
    frm=("Catherine Vidal", "catherine.vidal@ac-creteil.fr"), client="outlook", day=7, hm="15:27",
    subj="Facture rejetée sur Chorus Pro",
    body="""Bonjour,

Votre facture n° F24-08812 a été rejetée par Chorus Pro : le code service indiqué ne correspond pas à notre établissement. Merci de la redéposer avec notre SIRET et le code service « GESTION ».

Catherine Vidal
Gestionnaire – Lycée Eugène-Delacroix, Drancy (0930833A)
""")

add(("order_billing", False, "0781478H", "ile-de-france", "esidoc", True, "fr",
     "Subject 'Mail non reçu' fits the theme, but what never came is the invoice, which accounting needs (copy and Chorus deposit): order_billing, not missing_noreply_mail."),
    frm=("Agence comptable - Lycée international", "int.0781478h@ac-versailles.fr"), client="outlook", day=11, hm="10:52",
    subj="Mail non reçu",
    body="""Bonjour,

Nous n'avons jamais reçu la facture de l'abonnement commandé en septembre, ni par courriel ni sur Chorus Pro. L'adresse de l'agence comptable a changé à la rentrée, peut-être est-elle partie à l'ancienne.

Pouvez-vous nous en adresser une copie et la déposer sur Chorus ?

Agence comptable
Lycée international de Saint-Germain-en-Laye – 0781478H
""")

add(("order_billing", False, "0941876D", "ile-de-france", "espace_acheteur", False, "fr",
     "Order validation blocked: 'bon d'engagement obligatoire' although the PDF was uploaded."),
    frm=("Mireille Antoine", "mireille.antoine@ac-creteil.fr"), client="outlook", day=13, hm="11:19",
    subj="Validation de commande impossible",
    body="""Bonjour,

Au moment de valider ma commande sur l'Espace Acheteur, le message « bon d'engagement obligatoire » s'affiche alors que je viens de déposer le PDF. J'ai réessayé avec un autre navigateur, même résultat.

Mireille Antoine
Cité scolaire Romain-Rolland, Ivry-sur-Seine – 0941876D
""")

add(("order_billing", False, None, None, "esidoc", False, "fr",
     "Private school asks whether it may pay by mandat administratif or transfer and for the bank details; no UAI, non-academic sender."),
    frm=("Comptabilité Institution Sainte-Clotilde", "compta@sainte-clotilde-paris.fr"), client="outlook", day=14, hm="14:33",
    subj="Moyens de paiement",
    body="""Bonjour,

Pour régler votre facture d'abonnement e-sidoc, pouvons-nous procéder par virement ? Dans ce cas, merci de nous transmettre votre RIB.

Service comptabilité
Institution Sainte-Clotilde – Paris 12e
""")

add(("order_billing", False, "0782911R", "ile-de-france", "esidoc", False, "en",
     "English Outlook reply quoting the desk: asks that the invoice be addressed to the agent comptable of the accounting group, not the collège."),
    frm=("Helen Carter", "helen.carter@ac-versailles.fr"), client="outlook", charset="utf-8", day=15, hm="09:40",
    subj="RE: [#SUP-006117] Invoice for library subscription", in_reply_to=desk_id(6117, 7),
    body="""Hello,

Thanks for the invoice. Could you please re-issue it to the agent comptable of our accounting group rather than to the collège itself? The address is on our purchase order. UAI 0782911R.

Best,
Helen Carter

""" + quote_outlook_en("Assistance <support@assistance.example.fr>", "Thursday, November 7, 2024 3:10 PM",
                       "Helen Carter", "[#SUP-006117] Invoice for library subscription",
                       "Hello,\n\nPlease find attached the invoice for your library portal subscription.\n\nKind regards,\nSupport team"))

add(("order_billing", False, "0943345A", "ile-de-france", "esidoc", True, "fr",
     "Two topics: the invoice amount differs from the quote (main) and, at the end, a forgotten e-sidoc password (password_reset)."),
    frm=("Pascal Guérin", "pascal.guerin@ac-creteil.fr"), client="outlook", mode="alt", day=18, hm="16:16",
    subj="Écart entre devis et facture",
    body="""Bonjour,

La facture reçue pour l'abonnement e-sidoc s'élève à 1 284 € TTC alors que le devis signé en septembre annonçait 1 092 € TTC. Pouvez-vous nous expliquer cet écart ou émettre une facture corrigée ?

Accessoirement, notre documentaliste a oublié son mot de passe d'administration ; je vous laisse me dire comment elle doit procéder.

Pascal Guérin
Lycée Adolphe-Chérioux, Vitry-sur-Seine – 0943345A
""")

add(("order_billing", False, "0771358H", "ile-de-france", "espace_acheteur", False, "fr",
     "Order held because it exceeds the threshold requiring the head's validation; the gestionnaire asks how to proceed."),
    frm=("Sandrine Lopes", "int.0771358h@ac-creteil.fr"), client="outlook", day=20, hm="11:50",
    subj="Commande en attente de validation",
    body="""Bonjour,

Ma commande de fournitures (panier n° 48213) reste au statut « en attente de validation » car elle dépasse le seuil autorisé. Le proviseur doit-il se connecter lui-même, ou pouvez-vous la débloquer sur présentation du bon signé ?

Sandrine Lopes
Cité scolaire Jean-Vilar – Meaux (0771358H)
""")

add(("order_billing", False, "0932116V", "ile-de-france", "esidoc", False, "fr",
     "Cité scolaire: the invoice was made out to the collège instead of the lycée; asks for a corrected invoice."),
    frm=("Intendance Cité scolaire Henri-Wallon", "int.0932116v@ac-creteil.fr"), client="zimbra", day=22, hm="10:25",
    subj="Facture adressée au mauvais établissement",
    body="""Bonjour,

La facture de l'abonnement e-sidoc a été établie au nom du collège Gustave-Courbet alors que la commande a été passée et payée par le lycée Henri-Wallon (0932116V). Merci de nous faire parvenir une facture corrigée à l'adresse du lycée.

L'intendance
Cité scolaire Henri-Wallon – Aubervilliers
""")

# ---------------------------------------------------------------- contract_documents
add(("contract_documents", False, "0922774R", "ile-de-france", "espace_acheteur", False, "fr",
     "Cannot see the CCTP of the office-supplies market in 'Mes Marchés'."),
    frm=("Hervé Collin", "herve.collin@ac-versailles.fr"), client="outlook", day=5, hm="15:42",
    subj="CCTP du marché fournitures de bureau",
    body="""Bonjour,

Dans « Mes Marchés », la fiche du marché de fournitures de bureau 2024-031 ne propose que l'acte d'engagement. Le CCTP et le bordereau de prix n'apparaissent pas. Pourriez-vous les rendre accessibles ?

Hervé Collin
Lycée Joliot-Curie, Nanterre (0922774R)
""")

add(("contract_documents", False, "0754475G", "ile-de-france", "espace_acheteur", False, "fr",
     "Amendment no. 1 to the membership convention is not visible."),
    frm=("Gestion LP Théophile-Gautier", "int.0754475g@ac-paris.fr"), client="zimbra", day=8, hm="09:30",
    subj="Avenant n°1 à la convention introuvable",
    body="""Bonjour,

On nous a annoncé par courrier un avenant n°1 à notre convention d'adhésion à la centrale d'achat. Il n'apparaît pas dans la rubrique des documents contractuels de l'Espace Acheteur, où seule la convention initiale figure.

Merci de votre aide,
Service gestion – LP Théophile-Gautier (0754475G)
""")

add(("contract_documents", False, "0950645K", "ile-de-france", "espace_acheteur", True, "fr",
     "Subject says a document was not received by mail; in fact the convention is published on the platform and the buyer cannot see it there: contract_documents, not missing_noreply_mail."),
    frm=("Martine Roux", "int.0950645k@ac-versailles.fr"), client="outlook", day=12, hm="14:21",
    subj="Document non reçu par mail",
    body="""Bonjour,

J'attendais par courriel la convention d'adhésion mise à jour. Votre collègue au téléphone m'a expliqué qu'elle n'est pas envoyée par mail mais déposée dans l'Espace Acheteur. Or je ne la vois pas dans mes documents : seule celle de 2021 apparaît.

Martine Roux
Lycée Camille-Pissarro, Pontoise – 0950645K
""")

add(("contract_documents", False, None, None, "espace_acheteur", False, "en",
     "English: cannot open the framework agreement documents of a market; non-academic sender."),
    frm=("Priya Raman", "p.raman@lycee-international-est-parisien.fr"), client="outlook", charset="utf-8", day=14, hm="13:37",
    subj="Framework agreement documents not accessible",
    body="""Hello,

When I open the IT equipment framework agreement in the buyer space, the documents tab says "no document available". Colleagues in other schools can see the specifications. Could you check our access?

Priya Raman
Procurement officer
""")

C5_ID = desk_id(6170, 14)
add(("contract_documents", False, "0952190P", "ile-de-france", "espace_acheteur", False, "fr",
     "Follow-up reply (Gmail quote): the market document is still missing after the region's answer."),
    frm=("Bruno Lacombe", "bruno.lacombe@ac-versailles.fr"), client="gmail", day=19, hm="10:10",
    subj="Re: [#SUP-006170] Pièces du marché mobilier", in_reply_to=C5_ID,
    body="""Bonjour,

Malgré votre réponse, le règlement de consultation du marché mobilier 2023-118 n'est toujours pas visible de notre côté. J'ai vidé le cache et essayé depuis deux postes.

Bruno Lacombe
Cité scolaire Gérard-de-Nerval, Luzarches (0952190P)

""" + quote_gmail("jeu. 14 nov. 2024 à 11:30", "Assistance <support@assistance.example.fr>",
                  "Bonjour,\n\nNous avons demandé la publication des pièces manquantes du marché 2023-118 ; elles devraient apparaître sous 48 heures." + DESK_SIG))

add(("contract_documents", False, "0783140P", "ile-de-france", "espace_acheteur", False, "fr",
     "'Accès refusé' on market documents since the structure administrator changed."),
    frm=("Cité scolaire Jules-Ferry - Intendance", "int.0783140p@ac-versailles.fr"), client="outlook", day=20, hm="15:02",
    subj="Accès refusé aux pièces de marché",
    body="""Bonjour,

Depuis le changement d'administrateur de notre structure, un message « accès refusé » s'affiche lorsque je clique sur les pièces des marchés (CCAP, CCTP). Je peux toujours commander.

Intendance – Cité scolaire Jules-Ferry, Versailles (0783140P)
""")

add(("contract_documents", False, "0942130E", "ile-de-france", "espace_acheteur", True, "fr",
     "Mentions the e-signature of the convention, but the ask is that the signed convention is missing from the contract documents: contract_documents, platform the Espace Acheteur where the documents live."),
    frm=("Christine Aubert", "christine.aubert@ac-creteil.fr"), client="zimbra", day=22, hm="11:56",
    subj="Convention signée électroniquement mais absente",
    body="""Bonjour,

Notre principal a signé électroniquement la convention d'adhésion le 8 novembre, et nous avons reçu la confirmation de signature. Pourtant, la version signée n'apparaît toujours pas dans les documents contractuels de l'Espace Acheteur, où l'on voit encore la version « à signer ».

Christine Aubert
Gestionnaire – Collège Jules-Vallès, Choisy-le-Roi (0942130E)
""")

# ---------------------------------------------------------------- transfer_incident
add(("transfer_incident", False, "0752933F", "ile-de-france", "ecoledirecte", False, "fr",
     "EcoleDirecte transfers have failed since Friday at a private lycée; parents no longer see the marks."),
    frm=("Vie scolaire - Lycée Saint-Vincent", "viescolaire@stvincent-paris19.fr"), client="outlook", day=4, hm="08:40",
    subj="Transferts EcoleDirecte en échec",
    body="""Bonjour,

Depuis vendredi, les transferts vers EcoleDirecte échouent tous (voyant rouge dans l'outil). Les parents ne voient plus les notes saisies la semaine dernière.

Lycée privé Saint-Vincent – Paris 19e
UAI 0752933F
""")

add(("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
     "Asks for the day's maintenance password to reindex the database: transfer_incident per the taxonomy, although the word 'mot de passe' is in the subject."),
    frm=("Patrice Lemaire", "informatique@ensemble-scolaire-sevigne.fr"), client="outlook", day=6, hm="07:58",
    subj="Mot de passe de maintenance du jour",
    body="""Bonjour,

Pour lancer la réindexation de la base après la coupure de courant de cette nuit, l'outil me demande le mot de passe de maintenance du jour. Pouvez-vous me le communiquer ?

Patrice Lemaire
Responsable informatique – Ensemble scolaire Sévigné
""")

add(("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
     "Licence to regenerate after the school server was moved to a new virtual machine."),
    frm=("Patrice Lemaire", "informatique@ensemble-scolaire-sevigne.fr"), client="outlook", day=12, hm="08:11",
    subj="Licence à régénérer suite à migration serveur",
    body="""Bonjour,

Notre serveur a été migré sur une nouvelle machine virtuelle ce week-end. Au lancement de l'outil de transfert, le message « licence invalide pour ce poste » apparaît. Pouvez-vous régénérer la licence ?

Patrice Lemaire
""")

add(("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
     "Région IT: the new regional proxy/firewall deployed in November blocks the transfer tool's HTTPS connections; asks for the hosts and ports to open."),
    frm=("Caroline Dubreuil", "caroline.dubreuil@iledefrance.fr"), client="outlook", charset="utf-8", day=13, hm="16:44",
    subj="Flux de transfert EcoleDirecte bloqués par le nouveau proxy régional",
    body="""Bonjour,

Depuis la bascule des lycées sur le nouveau proxy régional (12 novembre), plusieurs lycées privés sous contrat hébergés sur notre réseau signalent que l'outil de transfert vers EcoleDirecte ne se connecte plus : le diagnostic échoue à l'étape « test de connexion ».

Pouvez-vous nous communiquer la liste des noms d'hôte et ports à autoriser pour ces transferts ?

Caroline Dubreuil
Réseaux et sécurité – DSI Région Île-de-France
""")

add(("transfer_incident", False, "0752933F", "ile-de-france", "ecoledirecte", False, "fr",
     "After a Windows update, SmartScreen blocks the transfer tool, so nightly transfers no longer run."),
    frm=("Vie scolaire - Lycée Saint-Vincent", "viescolaire@stvincent-paris19.fr"), client="outlook", day=15, hm="09:09",
    subj="Outil de transfert bloqué par Windows",
    body="""Bonjour,

Depuis la mise à jour Windows de mardi, l'outil de transfert est bloqué par SmartScreen (« application non reconnue ») et les transferts programmés de la nuit ne se lancent plus.

Lycée privé Saint-Vincent (0752933F)
""")

add(("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
     "Timetable synchronisation to EcoleDirecte stuck since 8 November."),
    frm=("Anne Delorme", "anne.delorme@college-notredame-vincennes.fr"), client="gmail", day=18, hm="13:03",
    subj="Synchronisation emploi du temps bloquée",
    body="""Bonjour,

La synchronisation des emplois du temps vers EcoleDirecte est bloquée depuis le 8 novembre : les changements de salle n'apparaissent plus côté familles. Le journal indique « synchronisation en attente » depuis cette date.

Anne Delorme
Secrétariat – Collège Notre-Dame, Vincennes
""")

add(("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
     "Written by the head of a private school, but it is a transfer problem report, not a head-of-establishment request."),
    frm=("Chef d'établissement - Collège Notre-Dame", "direction@college-notredame-vincennes.fr"), client="outlook", day=19, hm="18:32",
    subj="Nouvelle panne des transferts",
    body="""Madame, Monsieur,

En tant que chef d'établissement, je me permets d'insister : pour la deuxième fois ce mois-ci, les transferts vers EcoleDirecte ne fonctionnent plus et les familles ne voient pas les absences. Je vous remercie de faire intervenir un technicien rapidement.

François Aubry
Chef d'établissement
""")

add(("transfer_incident", False, "0754028W", "ile-de-france", "ecoledirecte", False, "fr",
     "'Licence expirée' at start-up after the server date was wrong; transfers stopped."),
    frm=("Philippe Garnier", "direction@college-stjoseph-paris20.fr"), client="outlook", day=21, hm="08:05",
    subj="Licence expirée",
    body="""Bonjour,

Ce matin l'outil affiche « licence expirée » au démarrage. La date du serveur était fausse hier (réglée en 2025 par erreur), je l'ai corrigée mais le message reste. Les transferts sont arrêtés.

Philippe Garnier
Collège privé Pierre-Mendès-France (0754028W)
""")

add(("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
     "Two topics: transfers failing since the server restore (main) and a new admin password request at the end; a person must handle both."),
    frm=("Anne Delorme", "anne.delorme@college-notredame-vincennes.fr"), client="gmail", mode="alt", day=25, hm="11:11",
    subj="Transferts + accès",
    body="""Bonjour,

Depuis la restauration de notre serveur vendredi, la réplication vers EcoleDirecte est en erreur (« base distante non synchronisée »). Faut-il réinitialiser la réplication ?

Et, tant que j'y pense, pourriez-vous me créer un nouveau mot de passe d'administration ? Celui de M. Aubry n'est plus valable.

Anne Delorme
Collège Notre-Dame, Vincennes
""")

# ---------------------------------------------------------------- other
add(("other", False, None, None, None, True, "fr",
     "Phishing: 'quota de messagerie dépassé', link to a look-alike webmail domain; mentions a full mailbox and a password but is not a request to us. Not an académie domain, so no region."),
    frm=("Service Messagerie Académique", "alerte@ac-creteil-messagerie.com"), client="webmail", day=5, hm="03:14",
    auth=("Authentication-Results: %s;\n\tdkim=none;\n\tspf=softfail smtp.mailfrom=ac-creteil-messagerie.com;\n"
          "\tdmarc=none header.from=ac-creteil-messagerie.com" % MX),
    subj="Votre boîte aux lettres a atteint 98 % de son quota",
    body="""Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de son quota. Les nouveaux messages seront rejetés sous 24 heures.

Pour augmenter gratuitement votre espace de stockage, confirmez votre identifiant et votre mot de passe académique ici :
https://webmail.ac-creteil-messagerie.com/quota/valider

Service Messagerie
""")

add(("other", False, None, None, None, False, "en",
     "English SEO spam."),
    frm=("Ryan Cole", "ryan.cole@rank-boost-agency.example.com"), client="gmail", day=6, hm="02:41",
    subj="Quick question about your website",
    body="""Hi there,

I noticed your website isn't ranking on page one for "school library software". We can fix that in 30 days with our white-hat link building packages, starting at just $199/month.

Would you be open to a quick 10-minute call this week?

Cheers,
Ryan
""")

X3_ID = desk_id(6128, 6)
add(("other", False, "0782563M", "ile-de-france", "esidoc", True, "fr",
     "Thanks only, quoting the reset answer: the words 'mot de passe' and 'lien' appear but nothing is asked."),
    frm=("Claire Monteil", "claire.monteil@ac-versailles.fr"), client="thunderbird", day=6, hm="09:02",
    subj="Re: [#SUP-006128] Accès administrateur e-sidoc perdu", in_reply_to=X3_ID,
    body="""Merci beaucoup, le lien a fonctionné et j'ai pu choisir un nouveau mot de passe. Tout est rentré dans l'ordre.

Bonne journée,
Claire Monteil
Lycée Hoche (0782563M)

""" + quote_gmail("06/11/2024 08:30", "Assistance", DESK_RESET))

add(("other", False, None, None, None, True, "fr",
     "Région IT reports, for information, that our SPF record exceeds ten DNS lookups (permerror); it asks nothing about a missing message. A technical report for a person, not missing_noreply_mail."),
    frm=("Sébastien Hamon", "sebastien.hamon@iledefrance.fr"), client="outlook", charset="utf-8", day=7, hm="17:05",
    subj="Pour information : enregistrement SPF de votre domaine en permerror",
    body="""Bonjour,

En analysant nos rapports DMARC agrégés, nous constatons que l'enregistrement SPF de votre domaine d'envoi dépasse la limite de dix requêtes DNS (trois include imbriqués, plus un include vers votre prestataire de campagnes). Les récepteurs stricts le traitent comme un « permerror ».

Rien n'est bloqué chez nous pour l'instant, l'alignement DKIM vous sauve, mais je préférais vous prévenir avant que vous ne durcissiez votre politique DMARC.

Cordialement,
Sébastien Hamon
DSI – Région Île-de-France
""")

add(("other", False, None, None, None, True, "fr",
     "A parent asks for her son's Pronote password: mentions a lost password, but unrelated to the services."),
    frm=("Nadège Coulibaly", "nadege.coulibaly@free.fr"), client="webmail", day=8, hm="21:37",
    subj="mot de passe de mon fils",
    body="""Bonsoir,

Mon fils est en 2nde au lycée Suger et il a perdu son mot de passe Pronote. Il ne peut plus voir ses devoirs. Pouvez-vous le réinitialiser ?

Merci
Mme Coulibaly
""")

add(("other", False, None, None, None, False, "fr",
     "Cold sales pitch from an anti-spam vendor to the desk; mentions filtering and quarantines but is just prospecting."),
    frm=("Alexandre Vial", "a.vial@shieldmail-securite.example.fr"), client="outlook", charset="utf-8", day=11, hm="10:30",
    subj="Fini les quarantaines pour vos établissements",
    body="""Bonjour,

Vos utilisateurs perdent des messages légitimes dans des quarantaines opaques ? Notre solution de filtrage nouvelle génération, hébergée en France, réduit les faux positifs de 90 %.

Je serais ravi de vous présenter une démonstration de 20 minutes. Quelles sont vos disponibilités la semaine prochaine ?

Alexandre Vial
Responsable grands comptes secteur public
""")

add(("other", False, None, "ile-de-france", None, False, "fr",
     "A teacher asks to book a visit for a class trip: wrong address, unrelated. Region from ac-paris.fr."),
    frm=("Romain Tessier", "romain.tessier@ac-paris.fr"), client="zimbra", day=12, hm="13:40",
    subj="Réservation visite pour une classe de 4e",
    body="""Bonjour,

Je souhaiterais réserver une visite guidée pour ma classe de 4e (28 élèves) un mardi matin de décembre. Quelles sont vos disponibilités et vos tarifs ?

Romain Tessier
Professeur d'histoire-géographie
""")

add(("other", False, None, None, None, False, "fr",
     "GDPR: a former librarian asks for her personal data to be erased: a person handles it, not account_creation."),
    frm=("Sarah Cohen", "sarah.cohen.retraite@gmail.com"), client="gmail", day=13, hm="10:48",
    subj="Suppression de mes données personnelles",
    body="""Bonjour,

Documentaliste à la retraite depuis septembre, je vous demande, en application du RGPD, de supprimer toutes les données personnelles me concernant (nom, adresse électronique, historique des demandes) de vos services.

Merci de me confirmer la suppression.

Sarah Cohen
""")

add(("other", False, None, "ile-de-france", None, False, "fr",
     "Angry complaint about slow answers that names no topic: no category can be told. Region from ac-creteil.fr."),
    frm=("Didier Marchand", "didier.marchand@ac-creteil.fr"), client="android", day=14, hm="18:22",
    subj="Inadmissible",
    body="""Cela fait trois fois que je vous écris et toujours aucune réponse d'un être humain. C'est inadmissible pour un service payé avec de l'argent public.
""")

add(("other", False, "0920803Y", "ile-de-france", "espace_acheteur", False, "fr",
     "Wants to register for the Espace Acheteur webinar and the form link fails: other. UAI in the signature."),
    frm=("Valérie Simon", "valerie.simon@ac-versailles.fr"), client="outlook", day=15, hm="14:02",
    subj="Inscription au webinaire",
    body="""Bonjour,

Je souhaite m'inscrire au webinaire de présentation de l'Espace Acheteur du 28 novembre, mais le lien d'inscription de votre lettre d'information renvoie une page d'erreur. Pouvez-vous m'inscrire directement ?

Valérie Simon
Secrétaire générale – Cité scolaire Jean-Jaurès, Châtenay-Malabry (0920803Y)
""")

add(("other", False, None, None, "ticket_portal", False, "fr",
     "How to add a colleague in copy of a ticket on the ticket portal: a how-to question with no category of its own."),
    frm=("Damien Roussel", "d.roussel@cite-scolaire-numerique.fr"), client="outlook", day=18, hm="15:31",
    subj="Ajouter un collègue à un ticket",
    body="""Bonjour,

Sur le portail de tickets, est-il possible d'ajouter un collègue pour qu'il reçoive aussi les réponses à une demande que j'ai ouverte ? Je ne trouve pas l'option.

Damien Roussel
""")

add(("other", False, None, "ile-de-france", "esignature", True, "fr",
     "The e-signature request went to the former principal, who retired; only the document's sender can change the signatory. About a convention, but not a problem of access to contract documents, and not a missing mail. Region from ac-creteil.fr."),
    frm=("Christine Aubert", "christine.aubert@ac-creteil.fr"), client="zimbra", day=19, hm="09:51",
    subj="Signataire erroné sur la convention à signer",
    body="""Bonjour,

La demande de signature électronique de l'avenant à la convention a été adressée à M. Lebrun, notre ancien principal, parti à la retraite en juillet. Le nouveau principal, M. Baudry, ne peut donc pas signer. Pouvez-vous modifier le signataire et renvoyer la demande ?

Christine Aubert
Gestionnaire – Collège Jules-Vallès, Choisy-le-Roi
""")

add(("other", False, None, "ile-de-france", None, False, "fr",
     "'Bien reçu, je transmets' from a phone: nothing to do. Region from ac-versailles.fr."),
    frm=("Hervé Collin", "herve.collin@ac-versailles.fr"), client="apple", day=20, hm="12:03",
    subj="Re: Votre demande",
    body="""Bien reçu, je transmets à notre documentaliste. Merci.

Envoyé de mon iPhone
""")

add(("other", False, None, None, None, True, "fr",
     "Fake 'facture impayée' with a zip link from an unknown domain: phishing, not order_billing."),
    frm=("Recouvrement Factures", "relance@facturation-publique-en-ligne.example.net"), client="webmail", day=21, hm="06:12",
    auth=("Authentication-Results: %s;\n\tdkim=none;\n\tspf=fail smtp.mailfrom=facturation-publique-en-ligne.example.net;\n"
          "\tdmarc=fail (p=reject dis=none) header.from=facturation-publique-en-ligne.example.net" % MX),
    subj="Facture impayée n° 2024-77812 – dernier rappel avant pénalités",
    body="""Bonjour,

Sauf erreur de notre part, la facture n° 2024-77812 d'un montant de 3 480,00 € reste impayée malgré nos relances.

Téléchargez le détail et le RIB de paiement avant ce soir pour éviter des pénalités de retard :
https://facturation-publique-en-ligne.example.net/dl/2024-77812.zip

Service recouvrement
""")

add(("other", False, None, None, None, True, "fr",
     "Département IT announces, by hand and to the desk only, a maintenance window on the collèges' mail filtering: information, no request; no list headers, so not automated."),
    frm=("Lionel Barbier", "lbarbier@seinesaintdenis.fr"), client="outlook", charset="utf-8", day=21, hm="16:40",
    subj="Information : maintenance du filtrage de messagerie des collèges le 23/11",
    body="""Bonjour,

Pour information, une intervention sur la plateforme de filtrage de la messagerie des collèges de Seine-Saint-Denis aura lieu le samedi 23 novembre de 8 h à 12 h. Les messages envoyés pendant cette plage seront mis en file d'attente puis distribués dans l'après-midi.

Aucune action n'est attendue de votre part.

Lionel Barbier
DSI – Département de la Seine-Saint-Denis
""")

add(("other", False, None, None, None, False, "en",
     "English: a researcher asks for statistics on school library portal usage."),
    frm=("Dr. Emma Schultz", "emma.schultz@univ-research.example.org"), client="gmail", day=22, hm="14:26",
    subj="Research request: library portal usage data",
    body="""Dear support team,

I am a researcher in education sciences working on reading habits in French secondary schools. Would it be possible to obtain anonymised, aggregated statistics on the use of school library portals in the Paris region?

Best regards,
Emma Schultz
""")

add(("other", False, None, None, None, False, "fr",
     "Written by hand: asks to be removed from the newsletter. Not automated, not a mail-delivery problem."),
    frm=("Jacques Morin", "jacques.morin@wanadoo.fr"), client="webmail", day=25, hm="10:14",
    relay=("smtp-out.orange.fr", "80.12.242.18"),
    subj="Désinscription",
    body="""Bonjour,

Merci de ne plus m'envoyer votre lettre d'information, je ne suis plus en poste.

J. Morin
""")

add(("other", False, None, "ile-de-france", None, True, "fr",
     "Names MailInBlack, but only to ask the desk's opinion before the collège buys an anti-spam product; nothing of ours is blocked. Region from ac-creteil.fr."),
    frm=("Benoît Lacroix", "benoit.lacroix@ac-creteil.fr"), client="zimbra", day=26, hm="11:45",
    subj="Conseil sur MailInBlack",
    body="""Bonjour,

Notre collège réfléchit à s'équiper d'un anti-spam et le Département propose MailInBlack. Avant de nous décider, avez-vous un avis sur ce produit ou des retours d'autres établissements ? Pour l'instant, nous recevons vos messages sans difficulté.

Benoît Lacroix
Référent numérique
""")

add(("other", False, None, "ile-de-france", None, False, "fr",
     "Personal message sent to the desk by address autocomplete. Region from ac-paris.fr."),
    frm=("Marion Chevalier", "marion.chevalier@ac-paris.fr"), client="zimbra", day=27, hm="19:20",
    subj="Samedi",
    body="""Coucou,

Toujours d'accord pour samedi ? Je peux passer te prendre vers 14 h, on ira voir l'expo au Grand Palais.

Bises,
Marion
""")

# ---------------------------------------------------------------- automated
def _dsn_machine(mta, rcpt, action, status, diag, arrival_day):
    return ("Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\n"
            "Original-Recipient: rfc822;%s\nAction: %s\nStatus: %s\nDiagnostic-Code: %s"
            % (mta, fmt_date(dt(arrival_day, "08:00", 1)), rcpt, rcpt, action, status, diag))


add(("automated", False, None, None, None, False, "en",
     "Postfix bounce of a desk answer (unknown user at a lycée's own domain): multipart/report delivery-status, null Return-Path, original attached."),
    raw=report_auto("Mail Delivery System", "MAILER-DAEMON@mx2.lycee-suger-numerique.fr",
                    "Undelivered Mail Returned to Sender", 7, "08:31", "delivery-status",
                    """This is the mail system at host mx2.lycee-suger-numerique.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<cdi@lycee-suger-numerique.fr>: unknown user: "cdi"
""",
                    _dsn_machine("mx2.lycee-suger-numerique.fr", "cdi@lycee-suger-numerique.fr", "failed", "5.1.1",
                                 'X-Postfix; unknown user: "cdi"', 7),
                    ("message/rfc822", desk_original("[#SUP-006131] Vos messages dans la quarantaine",
                                                     "cdi@lycee-suger-numerique.fr", 6131, 7, DESK_MIB)),
                    ["Auto-Submitted: auto-replied"]))

add(("automated", False, None, None, None, False, "fr",
     "Exchange Online non-delivery report in French ('Non remis :'): recipient mailbox full (5.2.2), multipart/report with an HTML explanation."),
    raw=report_auto("Microsoft Outlook", "postmaster@valdemarne.fr",
                    "Non remis : [#SUP-006179] Mot de passe e-sidoc", 12, "14:03", "delivery-status",
                    """Votre message n'a pas pu être remis à cdi.college-cron@valdemarne.fr, car la boîte aux lettres du destinataire est pleine.

Que dois-je faire ?
Réessayez plus tard ou contactez le destinataire par un autre moyen pour lui demander de libérer de l'espace.

Serveur de signalement : PR3P195MB0712.EURP195.PROD.OUTLOOK.COM
""",
                    _dsn_machine("dns;PR3P195MB0712.EURP195.PROD.OUTLOOK.COM", "cdi.college-cron@valdemarne.fr", "failed", "5.2.2",
                                 "smtp; 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException", 12)
                    .replace("dns; dns;", "dns;"),
                    ("text/rfc822-headers",
                     "From: Assistance <support@assistance.example.fr>\nTo: cdi.college-cron@valdemarne.fr\n"
                     "Subject: [#SUP-006179] Mot de passe e-sidoc\nDate: %s\n"
                     "Message-ID: <SUP-006179.1731416400.c4e2aa@assistance.example.fr>" % fmt_date(dt(12, "14:02", 30))),
                    ["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: "],
                    human_html=("<html><body><p style=\"font-size:16px;color:#c00\">Votre message n'a pas pu être remis à "
                                "cdi.college-cron@valdemarne.fr.</p><p>La boîte aux lettres du destinataire est pleine.</p>"
                                "<p><b>Que dois-je faire&nbsp;?</b><br>Réessayez plus tard ou contactez le destinataire "
                                "par un autre moyen.</p></body></html>\n")))

add(("automated", False, None, "ile-de-france", None, False, "fr",
     "Zimbra vacation reply from an ac-versailles.fr librarian (Auto-Submitted: auto-replied); region from the sender domain."),
    raw=simple_auto("Caroline Lemaire", "caroline.lemaire@ac-versailles.fr",
                    "Absent(e) : [#SUP-006166] Les élèves ne reçoivent plus les avis de réservation", 15, "11:42",
                    """Bonjour,

Je suis en formation du 15 au 19 novembre inclus, avec un accès limité à ma messagerie. Je traiterai votre message à mon retour.

Caroline Lemaire
""", ["Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk",
      "In-Reply-To: <SUP-006166.1731664800.7bc1e0@assistance.example.fr>"],
                    ret="caroline.lemaire@ac-versailles.fr", auth="pass"))

add(("automated", False, "0940117S", "ile-de-france", None, False, "fr",
     "Exchange out-of-office of a lycée's official box (ce.<UAI>), Auto-Submitted and X-Auto-Response-Suppress; mentions orders and the librarian but is automatic. UAI from the address."),
    raw=simple_auto("Lycée Marcelin-Berthelot - Secrétariat", "ce.0940117S@ac-creteil.fr",
                    "Réponse automatique : [#SUP-006158] Mot de passe", 13, "08:10",
                    """Bonjour,

Le secrétariat du lycée Marcelin-Berthelot est fermé le mercredi après-midi et pendant les vacances scolaires.
Pour les commandes et la facturation, merci d'écrire à l'intendance ; pour le CDI, à la professeure documentaliste.

Ceci est une réponse automatique.
""", ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
      "In-Reply-To: <SUP-006158.1731485400.92da41@assistance.example.fr>"],
                    ret="ce.0940117S@ac-creteil.fr", auth="pass", charset="windows-1252"))

add(("automated", False, None, "ile-de-france", None, False, "fr",
     "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from ac-paris.fr."),
    raw=report_auto("Béatrice Faure", "beatrice.faure@ac-paris.fr",
                    "Lu : [#SUP-006071] Facture 2024-1187", 1, "11:05", "disposition-notification",
                    """Votre message

  À : Béatrice Faure
  Objet : [#SUP-006071] Facture 2024-1187
  Envoyé : 01/11/2024 10:44

a été lu le 01/11/2024 11:05.
""",
                    "Reporting-UA: ac-paris.fr; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;beatrice.faure@ac-paris.fr\n"
                    "Original-Message-ID: <SUP-006071.1730454240.5e8d01@assistance.example.fr>\n"
                    "Disposition: manual-action/MDN-sent-manually; displayed",
                    None, [], ret="beatrice.faure@ac-paris.fr", auth="pass"))

add(("automated", False, None, None, None, False, "fr",
     "Thunderbird return receipt in French ('Accusé de réception (affiché)'), multipart/report disposition-notification, from a Gmail user."),
    raw=report_auto("Yanis Ferhat", "yanis.ferhat.doc@gmail.com",
                    "Accusé de réception (affiché) - [#SUP-006121] Mot de passe du portail CDI", 6, "07:48",
                    "disposition-notification",
                    """Ceci est un accusé de réception pour le courrier électronique envoyé à <yanis.ferhat.doc@gmail.com>.

Note : Cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.
""",
                    "Reporting-UA: mail.gmail.com; Mozilla Thunderbird\nFinal-Recipient: rfc822;yanis.ferhat.doc@gmail.com\n"
                    "Original-Message-ID: <SUP-006121.1730793600.31fe77@assistance.example.fr>\n"
                    "Disposition: manual-action/MDN-sent-manually; displayed",
                    ("text/rfc822-headers", "From: Assistance <support@assistance.example.fr>\nTo: yanis.ferhat.doc@gmail.com\n"
                     "Subject: [#SUP-006121] Mot de passe du portail CDI\n"
                     "Message-ID: <SUP-006121.1730793600.31fe77@assistance.example.fr>"),
                    [], ret="yanis.ferhat.doc@gmail.com", auth="pass"))

def _region_newsletter():
    R.seed("newsletter-region")
    when = dt(14, "07:30", 0)
    b = "=_nl_" + alnum(20)
    hdr = transport("bounces+lyc-num-1124@listes.iledefrance.fr", "listes.iledefrance.fr", when, "pass")
    hdr += ["From: " + addr("DSI Région Île-de-France – Lycées numériques", "lycees-numeriques@listes.iledefrance.fr"),
            "To: lycees-numeriques@listes.iledefrance.fr",
            "Subject: " + ew("Lycées numériques – lettre de novembre : bascule du filtrage MailInBlack le 18/11"),
            "Date: " + fmt_date(when), "Message-ID: <lyc-num-1124.%s@listes.iledefrance.fr>" % alnum(12),
            "MIME-Version: 1.0",
            "List-Id: Lycees numeriques - DSI Region <lycees-numeriques.listes.iledefrance.fr>",
            "List-Unsubscribe: <mailto:sympa@listes.iledefrance.fr?subject=unsubscribe%20lycees-numeriques>",
            "List-Post: NO", "Precedence: list",
            'Content-Type: multipart/alternative; boundary="%s"' % b]
    text = """Lycées numériques – Lettre d'information de novembre 2024

1. Filtrage anti-spam : bascule de la plateforme MailInBlack
Le 18 novembre, les boîtes de tous les lycées publics franciliens basculeront sur la nouvelle instance MailInBlack. Les listes blanches établissement seront reprises automatiquement. Les messages en quarantaine depuis plus de 30 jours ne le seront pas.

2. Nouveau proxy régional
Le déploiement s'achève le 12 novembre. Signalez tout flux applicatif bloqué via le portail d'assistance de la Région.

3. Rappel : renouvellement des certificats Wi-Fi avant le 30 novembre.

Vous recevez ce message en tant qu'abonné à la liste lycees-numeriques.
"""
    htm = "<html><body>" + "".join("<p>%s</p>" % html.escape(p) for p in text.split("\n\n")) + "</body></html>\n"
    out = "\n".join(hdr) + "\n\n"
    for sub, t in (("plain", text), ("html", htm)):
        out += "--%s\nContent-Type: text/%s; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n" % (b, sub)
        out += encode_body(t, "utf-8", "quoted-printable").decode("ascii") + "\n"
    return (out + "--%s--\n" % b).encode("ascii")


add(("automated", False, None, None, None, True, "fr",
     "Région IT newsletter to a mailing list (List-Id, Precedence: list) announcing the MailInBlack platform switch: names MailInBlack and the proxy, but it is list mail, never answered."),
    raw=_region_newsletter)


def _list_question():
    R.seed("list-question")
    when = dt(18, "16:20", 0)
    hdr = transport("docs-creteil-owner@listes.ac-creteil.fr", "listes.ac-creteil.fr", when, "pass")
    hdr += ["From: " + addr("Laëtitia Morvan", "laetitia.morvan@ac-creteil.fr"),
            "To: docs-creteil@listes.ac-creteil.fr",
            "Subject: " + ew("[docs-creteil] e-sidoc : mot de passe administrateur perdu, vous faites comment ?"),
            "Date: " + fmt_date(when), "Message-ID: " + msgid("zimbra", "ac-creteil.fr"),
            "MIME-Version: 1.0",
            "List-Id: Professeurs documentalistes de l'academie de Creteil <docs-creteil.listes.ac-creteil.fr>",
            "List-Unsubscribe: <mailto:sympa@listes.ac-creteil.fr?subject=unsubscribe%20docs-creteil>",
            "List-Archive: <https://listes.ac-creteil.fr/sympa/arc/docs-creteil>",
            "Precedence: list", "X-Loop: docs-creteil@listes.ac-creteil.fr",
            'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"]
    text = """Bonjour à toutes et à tous,

Je viens d'arriver sur un poste en Seine-et-Marne et je n'ai pas le mot de passe administrateur d'e-sidoc. Le lien de réinitialisation part sur la boîte du secrétariat, qui est protégée par MailInBlack et ne reçoit rien.

Quelqu'un a-t-il déjà eu ce cas ? Comment avez-vous fait ?

Merci d'avance,
Laëtitia
"""
    return ("\n".join(hdr) + "\n\n").encode("ascii") + encode_body(text, "utf-8", "quoted-printable")


add(("automated", False, None, "ile-de-france", "esidoc", True, "fr",
     "A librarian's real question (lost e-sidoc password, MailInBlack) posted to the académie's librarians' list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered. Region from the ac-creteil.fr sender."),
    raw=_list_question)

add(("automated", False, "0933687C", "ile-de-france", None, True, "fr",
     "MailInBlack sender-authentication challenge sent to the desk after it answered a collège: auto-generated, not written by a person. It describes the MailInBlack challenge, yet it is automated mail, not a mailinblack_spam request. UAI from the protected cdi.<UAI> recipient address in the subject and body."),
    raw=simple_auto("MailInBlack", "no-reply@protect.mailinblack.com",
                    "Votre message à cdi.0933687c@ac-creteil.fr est en attente", 12, "16:06",
                    """Bonjour,

Votre message « [#SUP-006163] Mail d'inscription introuvable » adressé à cdi.0933687c@ac-creteil.fr est en attente.

Ce destinataire est protégé par MailInBlack. Pour que votre message lui soit remis, confirmez que vous êtes bien un être humain en cliquant sur le lien ci-dessous et en recopiant le code affiché :

https://protect.mailinblack.com/challenge/7f3c21a9e4b8

Cette validation n'est demandée qu'une seule fois.

MailInBlack – protection de messagerie
""", ["Auto-Submitted: auto-replied", "X-MailInBlack-Challenge: yes",
      "In-Reply-To: <SUP-006163.1731423900.0ad9b2@assistance.example.fr>"],
                    ret="", auth="pass"))

add(("automated", False, None, None, None, False, "fr",
     "Département mail gateway rejection: the desk's answer was refused by the content filter (5.7.1), multipart/report from the postmaster, null Return-Path."),
    raw=report_auto("Postmaster Hauts-de-Seine", "postmaster@hauts-de-seine.fr",
                    "Message non distribué : [#SUP-006144] Droits de commande", 8, "10:40", "delivery-status",
                    """Ce message a été généré automatiquement par la passerelle de messagerie du Département des Hauts-de-Seine.

Votre message n'a pas pu être distribué à un ou plusieurs destinataires :

  intendance.clg-malraux@hauts-de-seine.fr
  Motif : refusé par la politique de filtrage de contenu (lien jugé suspect).

Ne répondez pas à ce message.
""",
                    _dsn_machine("mailgw2.hauts-de-seine.fr", "intendance.clg-malraux@hauts-de-seine.fr", "failed", "5.7.1",
                                 "smtp; 550 5.7.1 Message rejected by content filtering policy", 8),
                    ("text/rfc822-headers",
                     "From: Assistance <support@assistance.example.fr>\nTo: intendance.clg-malraux@hauts-de-seine.fr\n"
                     "Subject: [#SUP-006144] Droits de commande\n"
                     "Message-ID: <SUP-006144.1731058800.e01b5f@assistance.example.fr>"),
                    ["Auto-Submitted: auto-replied"]))


def _dmarc_zip():
    xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<feedback>\n  <report_metadata>\n"
           "    <org_name>google.com</org_name>\n    <email>noreply-dmarc-support@google.com</email>\n"
           "    <report_id>1836544298172637281</report_id>\n"
           "    <date_range><begin>1731801600</begin><end>1731887999</end></date_range>\n  </report_metadata>\n"
           "  <policy_published><domain>assistance.example.fr</domain><p>none</p><pct>100</pct></policy_published>\n"
           "  <record><row><source_ip>198.51.100.25</source_ip><count>41</count>\n"
           "    <policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>fail</spf></policy_evaluated></row>\n"
           "    <identifiers><header_from>assistance.example.fr</header_from></identifiers></record>\n</feedback>\n")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo("google.com!assistance.example.fr!1731801600!1731887999.xml", (2024, 11, 18, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, xml)
    return buf.getvalue()


def _dmarc_report():
    R.seed("dmarc-agg")
    when = dt(18, "17:59", 0)
    b = "000000000000" + hexs(16)
    hdr = transport("3abc-noreply-dmarc-support@google.com", "google.com", when, "pass",
                    ("mail-sor-f69.google.com", "209.85.220.69"))
    hdr += ["From: noreply-dmarc-support@google.com", "To: " + DESK,
            "Subject: Report domain: assistance.example.fr Submitter: google.com Report-ID: 1836544298172637281",
            "Date: " + fmt_date(when), "Message-ID: <%s@google.com>" % alnum(24), "MIME-Version: 1.0",
            'Content-Type: multipart/mixed; boundary="%s"' % b]
    z = base64.encodebytes(_dmarc_zip()).decode("ascii")
    out = "\n".join(hdr) + "\n\n"
    out += "--%s\nContent-Type: text/plain; charset=\"UTF-8\"; format=flowed; delsp=yes\nContent-Transfer-Encoding: base64\n\n" % b
    out += base64.encodebytes(b"This is an aggregate report from google.com.\n").decode("ascii") + "\n"
    out += ('--%s\nContent-Type: application/zip;\n name="google.com!assistance.example.fr!1731801600!1731887999.zip"\n'
            'Content-Disposition: attachment;\n filename="google.com!assistance.example.fr!1731801600!1731887999.zip"\n'
            "Content-Transfer-Encoding: base64\n\n%s\n--%s--\n" % (b, z, b))
    return out.encode("ascii")


add(("automated", False, None, None, None, False, "en",
     "DMARC aggregate report (zip attachment) from google.com to the desk's address."),
    raw=_dmarc_report)

add(("automated", False, None, "ile-de-france", None, False, "en",
     "DMARC failure (forensic) report from the académie's mail system: multipart/report feedback-report (auth-failure). Region from the ac-versailles.fr sender."),
    raw=report_auto("DMARC reports", "dmarc-ruf@ac-versailles.fr",
                    "DMARC failure report for assistance.example.fr", 19, "02:17", "feedback-report",
                    """This is an authentication failure report for an email message received from IP 203.0.113.88 on Tue, 19 Nov 2024 02:16:51 +0100.
""",
                    "Feedback-Type: auth-failure\nUser-Agent: OpenDMARC-Filter/1.4.2\nVersion: 1\n"
                    "Original-Mail-From: <bounce@assistance.example.fr>\nArrival-Date: Tue, 19 Nov 2024 02:16:51 +0100\n"
                    "Source-IP: 203.0.113.88\nReported-Domain: assistance.example.fr\nAuth-Failure: dmarc\n"
                    "Authentication-Results: smtp.ac-versailles.fr; dmarc=fail header.from=assistance.example.fr",
                    ("text/rfc822-headers",
                     "From: Assistance <support@assistance.example.fr>\nTo: claire.monteil@ac-versailles.fr\n"
                     "Subject: Votre facture\nDate: Tue, 19 Nov 2024 02:16:40 +0100"),
                    ["Auto-Submitted: auto-generated"], ret="", auth="pass"))

add(("automated", False, None, None, None, False, "en",
     "Gmail 'Delivery Status Notification (Delay)': Action: delayed, still automatic."),
    raw=report_auto("Mail Delivery Subsystem", "mailer-daemon@googlemail.com",
                    "Delivery Status Notification (Delay)", 20, "13:30", "delivery-status",
                    """** Delivery delayed **

There was a temporary problem delivering your message to intendance@lycee-fragonard-lisle.fr. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.

The response was:
451 4.7.1 Greylisting in action, please come back later
""",
                    _dsn_machine("mx.google.com", "intendance@lycee-fragonard-lisle.fr", "delayed", "4.7.1",
                                 "smtp; 451 4.7.1 Greylisting in action, please come back later", 20)
                    + "\nWill-Retry-Until: Fri, 22 Nov 2024 10:30:00 -0800",
                    ("text/rfc822-headers",
                     "From: support@assistance.example.fr\nTo: intendance@lycee-fragonard-lisle.fr\n"
                     "Subject: [#SUP-006196] Notifications de comptes a valider"),
                    ["Auto-Submitted: auto-replied"], ret="", auth="pass"))

add(("automated", False, None, None, None, True, "en",
     "Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic. Failure reason: mailbox quota exceeded."),
    raw=simple_auto("Mail Delivery System", "Mailer-Daemon@mail.cite-scolaire-wallon.fr",
                    "Mail delivery failed: returning message to sender", 21, "09:12",
                    """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  doc.lycee@cite-scolaire-wallon.fr
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: Assistance <support@assistance.example.fr>
To: doc.lycee@cite-scolaire-wallon.fr
Subject: [#SUP-006201] Deuxieme compte administrateur
Date: Thu, 21 Nov 2024 09:00:02 +0100

Bonjour,

Nous avons bien recu votre demande ; un membre de l'equipe vous repondra sous 48 heures.
""", ["X-Failed-Recipients: doc.lycee@cite-scolaire-wallon.fr"], ret="", auth="none", cte="7bit"))

add(("automated", False, None, "ile-de-france", None, True, "fr",
     "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic. Region from ac-creteil.fr."),
    raw=simple_auto("Sandrine Lopes", "sandrine.lopes@ac-creteil.fr",
                    "Absence", 22, "12:00",
                    """Bonjour,

Je suis absente jusqu'au lundi 2 décembre inclus. Votre message ne sera pas transféré.
En cas d'urgence concernant une commande, vous pouvez joindre le secrétariat d'intendance au 01 60 00 00 00.

Sandrine Lopes
""", [], ret="sandrine.lopes@ac-creteil.fr", auth="pass", charset="windows-1252"))

add(("automated", False, None, None, None, False, "fr",
     "Another help desk's acknowledgement (Région's lycées support) of a ticket the desk opened with it: Auto-Submitted and X-Loop; answering it would start a loop."),
    raw=simple_auto("Assistance Lycées - Région Île-de-France", "assistance-lycees@iledefrance.fr",
                    "[INC0457812] Votre demande a bien été enregistrée", 14, "09:33",
                    """Bonjour,

Votre demande « Flux de transfert bloqués par le proxy » a été enregistrée sous la référence INC0457812.
Un technicien la prendra en charge dans les meilleurs délais. Pour compléter votre demande, répondez à ce message sans modifier l'objet.

Ceci est un message automatique.
Assistance Lycées – Région Île-de-France
""", ["Auto-Submitted: auto-generated", "X-Loop: assistance-lycees@iledefrance.fr", "Precedence: bulk"],
                    ret="assistance-lycees@iledefrance.fr", auth="pass"))

add(("automated", False, None, None, "espace_acheteur", False, "fr",
     "Espace Acheteur no-reply notification to the desk (administrator of structures without one): an account awaits validation. Auto-Submitted: auto-generated."),
    raw=simple_auto("Espace Acheteur", "ne-pas-repondre@espace-acheteur.example.fr",
                    "Nouveau compte en attente de validation – Lycée du Parc-des-Loges", 15, "10:06",
                    """Bonjour,

Un nouvel utilisateur s'est inscrit sur l'Espace Acheteur et attend votre validation :

  Nom : Mélanie Robert
  Structure : Lycée du Parc-des-Loges (Évry-Courcouronnes)
  Date d'inscription : 14/11/2024

Connectez-vous à votre espace d'administration pour valider ou refuser ce compte.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", ["Auto-Submitted: auto-generated"], ret="bounce@espace-acheteur.example.fr", auth="pass"))

add(("automated", False, None, None, "esidoc", False, "fr",
     "e-sidoc platform alert sent automatically to the desk as technical contact (harvesting failure for a portal)."),
    raw=simple_auto("e-sidoc - Supervision", "ne-pas-repondre@esidoc.example.fr",
                    "Alerte : échec du moissonnage nocturne (3 portails)", 19, "04:05",
                    """Alerte automatique de supervision

Le moissonnage nocturne a échoué pour 3 portails :
- portail « CDI du lycée Suger » : délai dépassé
- portail « Cité scolaire Jules-Ferry » : réponse invalide du serveur
- portail « Cité scolaire Hélène-Boucher » : délai dépassé

Une nouvelle tentative aura lieu cette nuit. Aucune action n'est requise si le prochain moissonnage réussit.
""", ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
                    ret="bounce@esidoc.example.fr", auth="pass"))

add(("automated", False, None, None, None, False, "en",
     "Exchange Online 'Undeliverable:' in English: the desk's mail was rejected because its domain failed DMARC at the recipient (5.7.509). multipart/report."),
    raw=report_auto("Microsoft Outlook", "postmaster@lycee-international-est-parisien.fr",
                    "Undeliverable: [#SUP-006177] Framework agreement documents not accessible", 14, "13:52",
                    "delivery-status",
                    """Your message to p.raman@lycee-international-est-parisien.fr couldn't be delivered.

Access denied, sending domain assistance.example.fr does not pass DMARC verification and has a DMARC policy of reject.

How to Fix It
The sender should ask the domain administrator to fix the SPF, DKIM and DMARC records.
""",
                    _dsn_machine("AM6P192MB0411.EURP192.PROD.OUTLOOK.COM", "p.raman@lycee-international-est-parisien.fr",
                                 "failed", "5.7.509",
                                 "smtp; 550 5.7.509 Access denied, sending domain does not pass DMARC verification", 14),
                    ("text/rfc822-headers",
                     "From: Assistance <support@assistance.example.fr>\nTo: p.raman@lycee-international-est-parisien.fr\n"
                     "Subject: [#SUP-006177] Framework agreement documents not accessible"),
                    ["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: "]))

add(("automated", False, None, None, None, False, "en",
     "English Gmail vacation responder (Auto-Submitted: auto-replied)."),
    raw=simple_auto("Mark Whitfield", "m.whitfield.teacher@gmail.com",
                    "Out of office: back on 18 November", 13, "17:40",
                    """Hello,

I'm away on a school exchange until Monday 18 November with no access to email. For urgent matters, please contact the school office.

Mark
""", ["Auto-Submitted: auto-replied"], ret="m.whitfield.teacher@gmail.com", auth="pass", cte="7bit",
                    relay=("mail-sor-f41.google.com", "209.85.220.41")))

add(("automated", False, None, "ile-de-france", None, False, "fr",
     "Outlook 'Non lu :' notice (the desk's message was deleted without being read), disposition-notification; region from ac-versailles.fr."),
    raw=report_auto("Thierry Gauthier", "thierry.gauthier@ac-versailles.fr",
                    "Non lu : [#SUP-006187] toujours rien", 25, "17:02", "disposition-notification",
                    """Votre message

  À : Thierry Gauthier
  Objet : [#SUP-006187] toujours rien
  Envoyé : 18/11/2024 07:45

a été supprimé sans avoir été lu le 25/11/2024 17:02.
""",
                    "Reporting-UA: ac-versailles.fr; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;thierry.gauthier@ac-versailles.fr\n"
                    "Original-Message-ID: <SUP-006187.1731912300.71c0de@assistance.example.fr>\n"
                    "Disposition: manual-action/MDN-sent-manually; deleted",
                    None, [], ret="thierry.gauthier@ac-versailles.fr", auth="pass"))


# ==========================================================================
# Write the files and check them
# ==========================================================================
def _decoded_text(data):
    """Decoded From/To/Cc/Subject and every text part, for the checks."""
    import email
    from email import policy
    msg = email.message_from_bytes(data, policy=policy.default)
    chunks = [str(msg.get(h, "")) for h in ("From", "To", "Cc", "Subject")]
    defects = list(msg.defects)
    for part in msg.walk():
        defects += list(part.defects)
        ctype = part.get_content_type()
        if part.is_multipart() and ctype != "message/rfc822":
            continue
        if ctype == "message/rfc822":
            chunks.append(part.get_payload(0).as_string())
        elif part.get_content_maintype() == "text" or ctype.startswith("message/"):
            if ctype.startswith("message/") and ctype != "message/rfc822":
                chunks.append(str(part.get_payload()))
            else:
                chunks.append(part.get_content())
    return msg, "\n".join(chunks), defects


def main():
    import re
    assert len(MAILS) == 150, len(MAILS)
    order = list(range(len(MAILS)))
    random.Random(44).shuffle(order)
    labels = []
    uai_re = re.compile(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])")
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        fname = "h%03d.eml" % n
        data = build(m)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
        lab = dict(file=fname, **m["label"])
        labels.append(lab)

        # --- label checks
        assert lab["category"] in CATEGORIES, lab
        assert lab["platform"] in PLATFORMS, lab
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), lab
        assert lab["lang"] in ("fr", "en"), lab
        if lab["category"] in ("automated", "other", "head_of_establishment_request", "order_billing",
                               "contract_documents", "transfer_incident"):
            assert lab["auto_reply_ok"] is False, lab
        msg, text, defects = _decoded_text(data)
        assert not defects, (fname, defects)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            assert msg[h], (fname, h)
        for part in msg.walk():
            if ("Content-Type" in part and part.get_content_maintype() == "text"
                    and part.get_content_type() != "text/rfc822-headers"):
                assert part.get_param("charset"), (fname, "charset")
        sender_domain = msg["From"].addresses[0].domain.lower()
        squeezed = text.replace(" ", "").upper()
        found = {c.upper() for c in uai_re.findall(text) if uai_ok(c.upper())}
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), ("bad check letter", lab)
            assert lab["region"] == DEPT_REGION[lab["uai"][:3]], ("region/département mismatch", lab)
            assert lab["uai"] in squeezed, ("UAI not in the mail", lab)
        else:
            assert not found, ("valid UAI in the mail but not labelled", fname, found)
            assert lab["region"] == region_of_domain(sender_domain), ("region/domain mismatch", lab, sender_domain)
        if "bad_uai" in m:
            assert not uai_ok(m["bad_uai"]) and m["bad_uai"] in text, m["bad_uai"]
        assert lab["region"] is None or lab["region"] in _REGIONS, lab
    assert len(labels) == 150
    assert {l["category"] for l in labels} == CATEGORIES, "every category must be present"
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps({k: lab[k] for k in ("file", "category", "auto_reply_ok", "uai", "region",
                                                     "platform", "hard", "lang", "notes")},
                                ensure_ascii=False) + "\n")
    return labels


if __name__ == "__main__":
    _labels = main()
    from collections import Counter
    print("wrote %d mails" % len(_labels))
    for cat, k in Counter(l["category"] for l in _labels).most_common():
        print("  %-32s %d" % (cat, k))
    print("hard: %d, auto_reply_ok: %d, en: %d" % (sum(l["hard"] for l in _labels),
                                                  sum(l["auto_reply_ok"] for l in _labels),
                                                  sum(l["lang"] == "en" for l in _labels)))
