#!/usr/bin/env python3
"""Build the holdout46 blind test corpus (150 support mails + labels.jsonl).

Theme: the weeks around the Toussaint holidays 2024 (late October, early
November), in Normandie, Hauts-de-France and Grand Est, seen mostly from the
purchasing and contracts side (adjoints gestionnaires, agents comptables,
buyers of towns and regional councils, suppliers and publishers), plus the
usual librarians and heads of establishment.

Standard library only; deterministic (fixed seed).  Run:

    python3 make_holdout46.py

It writes h001.eml ... h150.eml and labels.jsonl next to itself.
"""
import base64
import datetime as dt
import email
import email.charset
import email.header
import email.policy
import html
import json
import os
import quopri
import random
import re
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(20241104)
SUPPORT = "support@assistance.example.fr"
DESK = ("Assistance", SUPPORT)

# --------------------------------------------------------------------------
# Taxonomy and regions (from shared/spec/taxonomy.md and regions.md)
# --------------------------------------------------------------------------
CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
# categories whose default action is never an automatic answer
NEVER_AUTO = {"head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal",
             "esignature", None}
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
PREFIX_REGION = {}
for _slug, _depts in REGION_DEPTS.items():
    for _d in _depts.split():
        PREFIX_REGION[_d if len(_d) == 3 else "0" + _d] = _slug

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
DOMAIN_REGION = {d: s for s, ds in REGION_DOMAINS.items() for d in ds.split()}


def check_letter(d7):
    return LETTERS[int(d7) % 23]


def U(d7):
    """A valid UAI from its 7 digits."""
    assert re.fullmatch(r"\d{7}", d7), d7
    return d7 + check_letter(d7)


def BAD(d7, shift=5):
    """The same 7 digits with a wrong check letter (a typo)."""
    good = check_letter(d7)
    bad = LETTERS[(LETTERS.index(good) + shift) % 23]
    assert bad != good
    return d7 + bad


def uai_is_valid(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and check_letter(code[:7]) == code[7]


def region_for(uai, from_addr):
    if uai:
        return PREFIX_REGION.get(uai[:3])
    dom = from_addr.rsplit("@", 1)[-1].lower()
    return DOMAIN_REGION.get(dom)


# --------------------------------------------------------------------------
# Dates and small helpers
# --------------------------------------------------------------------------
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_ABR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["", "janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre"]
MOIS_ABR = ["", "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.",
            "août", "sept.", "oct.", "nov.", "déc."]


def D(day, h, m, month=11, s=None):
    """A 2024 date in metropolitan French time (summer time ends 27 Oct)."""
    summer = month < 10 or (month == 10 and day < 27)
    tz = dt.timezone(dt.timedelta(hours=2 if summer else 1))
    if s is None:
        s = RNG.randrange(60)
    return dt.datetime(2024, month, day, h, m, s, tzinfo=tz)


def rfc(d):
    return format_datetime(d)


def tzname(d):
    return "(CEST)" if d.utcoffset() == dt.timedelta(hours=2) else "(CET)"


def fr_long(d):
    return f"{JOURS[d.weekday()]} {d.day} {MOIS[d.month]} {d.year} {d:%H:%M}"


def fr_gmail(d):
    return f"{JOURS_ABR[d.weekday()]} {d.day} {MOIS_ABR[d.month]} {d.year} à {d:%H:%M}"


def fr_short(d):
    return f"{d:%d/%m/%Y} à {d:%H:%M}"


def hexid(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def HEXID(n):
    return "".join(RNG.choice("0123456789ABCDEF") for _ in range(n))


def alnum(n):
    return "".join(RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
                   for _ in range(n))


def desk_id(ticket, d):
    return f"<SUP-{ticket:06d}.{int(d.timestamp())}.{hexid(6)}@assistance.example.fr>"


def fmt_addr(name, addr):
    return f"{name} <{addr}>" if name else addr


# --------------------------------------------------------------------------
# Quoted history helpers (the styles mail clients really produce)
# --------------------------------------------------------------------------
def q_lines(text, prefix="> "):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append((prefix + line).rstrip() if line else prefix.rstrip())
    return "\n".join(out) + "\n"


def gmail_quote(d, who, text):
    """Gmail, French interface."""
    return f"\nLe {fr_gmail(d)}, {who} a écrit :\n\n" + q_lines(text)


def tb_quote(d, who, text):
    """Thunderbird, French interface."""
    return f"\nLe {fr_short(d)}, {who} a écrit :\n" + q_lines(text)


def outlook_quote(d, de, a, objet, text, cc=None, style="line"):
    """Outlook, French interface: the 'De : ... Envoyé : ...' block."""
    head = "\n________________________________\n" if style == "line" else "\n-----Message d'origine-----\n"
    block = f"De : {de}\nEnvoyé : {fr_long(d)}\nÀ : {a}\n"
    if cc:
        block += f"Cc : {cc}\n"
    block += f"Objet : {objet}\n\n"
    return head + block + text


def zimbra_quote(d, de, a, objet, text):
    return (f"\n----- Mail original -----\nDe: \"{de}\"\nÀ: \"{a}\"\n"
            f"Envoyé: {fr_long(d).capitalize()}\nObjet: {objet}\n\n" + q_lines(text))


def gmail_forward(d, de, a, objet, text):
    return (f"\n---------- Forwarded message ---------\nDe : {de}\n"
            f"Date: {fr_gmail(d)}\nSubject: {objet}\nTo: {a}\n\n" + text)


def outlook_forward(d, de, a, objet, text, cc=None):
    block = f"\n\nDe : {de}\nEnvoyé : {fr_long(d)}\nÀ : {a}\n"
    if cc:
        block += f"Cc : {cc}\n"
    return block + f"Objet : {objet}\n\n" + text


def tb_forward(d, de, a, objet, text):
    return (f"\n\n-------- Message transféré --------\nSujet : \t{objet}\n"
            f"Date : \t{d:%a, %d %b %Y %H:%M:%S} {d:%z}\nDe : \t{de}\nPour : \t{a}\n\n" + text)


# Earlier answers of the desk, as they appear quoted in replies.
def desk_junk(ref):
    return (f"Bonjour,\n\nVotre demande est enregistrée sous la référence {ref}.\n\n"
            "Les messages automatiques de la plateforme partent d'une adresse no-reply.\n"
            "Regardez d'abord dans le dossier des courriers indésirables ; si le message\n"
            "s'y trouve, déclarez-le comme légitime et ajoutez l'expéditeur à vos\n"
            "contacts autorisés.\n\n"
            "Si rien n'est arrivé dans 48 heures, répondez simplement à ce message :\n"
            "nous transmettrons à l'équipe de votre région.\n\n"
            "Cordialement,\nL'équipe d'assistance\n")


def desk_reset(ref, masked):
    return (f"Bonjour,\n\nVotre demande est enregistrée sous la référence {ref}.\n\n"
            "Un lien pour choisir un nouveau mot de passe vient d'être envoyé à l'adresse\n"
            f"officielle de l'établissement ({masked}). Il ne sert qu'une fois et reste\n"
            "valable 12 heures.\n\n"
            "Cordialement,\nL'équipe d'assistance\n")


def desk_ack(ref):
    return (f"Bonjour,\n\nNous avons bien reçu votre message, enregistré sous la référence {ref}.\n"
            "Un conseiller de l'équipe régionale vous répondra dans les 48 heures ouvrées.\n\n"
            "Cordialement,\nL'équipe d'assistance\n")


def desk_72h(ref):
    return (f"Bonjour,\n\nVotre demande est enregistrée sous la référence {ref}.\n\n"
            "Un abonnement est activé dans les 72 heures qui suivent la validation de la\n"
            "commande. Passé ce délai, s'il n'apparaît toujours pas dans « Mes abonnements »,\n"
            "répondez à ce message en précisant le numéro de commande.\n\n"
            "Cordialement,\nL'équipe d'assistance\n")


def desk_ask(ref, question):
    return (f"Bonjour,\n\nMerci pour votre message ({ref}).\n\n{question}\n\n"
            "Cordialement,\nL'équipe d'assistance régionale\n")


# --------------------------------------------------------------------------
# MIME building
# --------------------------------------------------------------------------
def enc_words(s, charset="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    cs = email.charset.Charset(charset)
    cs.header_encoding = email.charset.QP
    return email.header.Header(s, cs, maxlinelen=76).encode(linesep="\n")


def enc_addr(name, addr, charset="utf-8"):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        if re.search(r'[,.;:()<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', ''), addr)
        return f"{name} <{addr}>"
    return f"{enc_words(name, charset)} <{addr}>"


def enc_addrs(lst, charset="utf-8"):
    return ",\n ".join(enc_addr(n, a, charset) for n, a in lst)


def body_bytes(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw


def leaf(text, subtype="plain", charset="utf-8", cte=None, flowed=False, extra=()):
    if cte is None:
        cte = "7bit" if all(ord(c) < 128 for c in text) else "8bit"
    ct = f"Content-Type: text/{subtype}; charset=\"{charset}\""
    if flowed:
        ct = f"Content-Type: text/{subtype}; charset={charset.upper()}; format=flowed"
    hdrs = [ct, f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return hdrs, body_bytes(text, charset, cte)


def multipart(subtype, parts, boundary=None, params=""):
    boundary = boundary or "----=_Part_%d_%d.%d" % (RNG.randrange(10**5), RNG.randrange(10**9), RNG.randrange(10**12))
    hdrs = [f"Content-Type: multipart/{subtype};{params}\n boundary=\"{boundary}\""]
    chunks = []
    for ph, pb in parts:
        chunks.append(b"--" + boundary.encode() + b"\n" + "\n".join(ph).encode("ascii") + b"\n\n" + pb.rstrip(b"\n") + b"\n")
    body = b"\n".join(chunks) + b"\n--" + boundary.encode() + b"--\n"
    return hdrs, body


def to_html(text, outlook=False, charset="utf-8"):
    paras = re.split(r"\n\s*\n", text.strip("\n"))
    out = []
    for p in paras:
        inner = "<br>\n".join(html.escape(line, quote=False) for line in p.split("\n"))
        if outlook:
            out.append(f"<p class=\"MsoNormal\">{inner}<o:p></o:p></p>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>")
        else:
            out.append(f"<div>{inner}</div><div><br></div>")
    if outlook:
        return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
                f"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">\n"
                "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
                "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\t"
                "font-size:11.0pt;\n\tfont-family:\"Calibri\",sans-serif;}\n--></style>\n"
                "</head>\n<body lang=\"FR\" link=\"#0563C1\" vlink=\"#954F72\">\n"
                "<div class=\"WordSection1\">\n" + "\n".join(out) + "\n</div>\n</body>\n</html>\n")
    return "<div dir=\"ltr\">\n" + "\n".join(out) + "\n</div>\n"


PDF_STUB = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def attachment(filename, ctype="application/pdf", data=PDF_STUB):
    hdrs = [f"Content-Type: {ctype}; name=\"{filename}\"",
            f"Content-Disposition: attachment; filename=\"{filename}\"",
            "Content-Transfer-Encoding: base64"]
    return hdrs, base64.encodebytes(data)


# Per-client habits: Message-ID, identifying headers, body format.
def client_profile(client, domain, d):
    if client == "thunderbird":
        mid = f"<{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}@{domain}>"
        return mid, ["User-Agent: Mozilla Thunderbird", "Content-Language: fr"]
    if client == "outlook":
        mid = f"<000{RNG.randrange(1, 9)}01db{hexid(4)}${hexid(8)}${hexid(8)}@{domain}>"
        return mid, ["X-Mailer: Microsoft Outlook 16.0",
                     f"Thread-Index: {alnum(22)}==", "Content-Language: fr"]
    if client == "o365":
        box = f"PR{RNG.randrange(0, 4)}P264MB{RNG.randrange(1000, 9999)}"
        mid = f"<{box}{HEXID(24)}@{box}.FRAP264.PROD.OUTLOOK.COM>"
        return mid, [f"Thread-Index: {alnum(26)}==", "Accept-Language: fr-FR, en-US",
                     "Content-Language: fr-FR", "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "]
    if client == "gmail":
        return f"<CA{alnum(10)}+{alnum(30)}@mail.gmail.com>", []
    if client == "zimbra":
        mid = f"<{RNG.randrange(10**8, 10**9)}.{RNG.randrange(10**6, 10**7)}.{int(d.timestamp() * 1000)}.JavaMail.zimbra@{domain}>"
        return mid, ["X-Mailer: Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF131 (Win)/9.0.0_GA_4583)",
                     f"Thread-Index: {alnum(20)}", "X-Originating-IP: [10.%d.%d.%d]" % (
                         RNG.randrange(256), RNG.randrange(256), RNG.randrange(256))]
    if client == "iphone":
        mid = f"<{HEXID(8)}-{HEXID(4)}-{HEXID(4)}-{HEXID(4)}-{HEXID(12)}@{domain}>"
        return mid, ["X-Mailer: iPhone Mail (21H16)"]
    if client == "android":
        return f"<{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}@email.android.com>", []
    if client == "webmail":
        return f"<{hexid(32)}@{domain}>", ["User-Agent: Roundcube Webmail/1.6.6"]
    return f"<{d:%Y%m%d%H%M%S}.{hexid(10)}@{domain}>", []


def relay_for(client, domain):
    if client == "gmail":
        return f"mail-wr1-f{RNG.randrange(40, 80)}.google.com"
    if client == "o365":
        return f"PAUP264CU{RNG.randrange(1, 9):03d}.outbound.protection.outlook.com"
    if domain.startswith("ac-"):
        return f"smtp{RNG.randrange(1, 6)}.{domain}"
    if domain.split(".")[0] in ("mail", "mx", "relay", "smtp"):
        return domain
    return f"mail.{domain}"


def ip():
    return "%s.%d" % (RNG.choice(["203.0.113", "198.51.100", "192.0.2"]), RNG.randrange(2, 250))


def envelope(from_addr, client, d, auth="pass", return_path=None, domain=None):
    domain = domain or from_addr.rsplit("@", 1)[1].lower()
    relay = relay_for(client, domain)
    arrive = d + dt.timedelta(seconds=RNG.randrange(2, 40))
    rp = from_addr if return_path is None else return_path
    lines = [f"Return-Path: <{rp}>", f"Delivered-To: {SUPPORT}",
             f"Received: from {relay} ({relay} [{ip()}])\n\tby mx1.assistance.example.fr (Postfix) "
             f"with ESMTPS id {alnum(15)}\n\tfor <{SUPPORT}>; {rfc(arrive)} {tzname(arrive)}"]
    if auth == "pass":
        lines.append("Authentication-Results: mx1.assistance.example.fr;\n"
                     f"\tdkim=pass (2048-bit key) header.d={domain};\n"
                     f"\tspf=pass smtp.mailfrom={domain};\n"
                     f"\tdmarc=pass (p=none dis=none) header.from={domain}")
    elif auth == "fail":
        lines.append("Authentication-Results: mx1.assistance.example.fr;\n"
                     "\tdkim=none;\n"
                     f"\tspf=fail smtp.mailfrom={domain};\n"
                     f"\tdmarc=fail (p=quarantine dis=none) header.from={domain}")
    elif auth == "none":
        lines.append("Authentication-Results: mx1.assistance.example.fr;\n"
                     f"\tdkim=none;\n\tspf=pass smtp.helo={relay};\n\tdmarc=none")
    if client in ("thunderbird", "outlook", "zimbra", "webmail", "plain") and domain.startswith("ac-"):
        lines.append(f"Received: from [192.168.{RNG.randrange(0, 3)}.{RNG.randrange(2, 250)}] "
                     f"(unknown [{ip()}])\n\tby {relay} with ESMTPSA id {HEXID(10)}\n"
                     f"\tfor <{SUPPORT}>; {rfc(d + dt.timedelta(seconds=1))}")
    return lines


def build_person_mail(m):
    """A mail written by a person (or an auto-reply that looks like one)."""
    name, addr = m["frm"]
    domain = addr.rsplit("@", 1)[1].lower()
    d = m["date"]
    client = m.get("client", "plain")
    charset = m.get("charset", "utf-8")
    mid, client_hdrs = client_profile(client, domain, d)
    m["message_id"] = mid

    hdrs = envelope(addr, client, d, m.get("auth", "pass"), m.get("return_path"))
    hdrs.append(f"From: {enc_addr(name, addr, charset)}")
    to = m.get("to", [DESK])
    hdrs.append(f"To: {enc_addrs(to, charset)}")
    if m.get("cc"):
        hdrs.append(f"Cc: {enc_addrs(m['cc'], charset)}")
    if m.get("reply_to"):
        hdrs.append(f"Reply-To: {enc_addr(*m['reply_to'], charset)}")
    hdrs.append(f"Subject: {enc_words(m['subject'], charset)}")
    hdrs.append(f"Date: {rfc(d)}")
    hdrs.append(f"Message-ID: {mid}")
    if m.get("irt"):
        hdrs.append(f"In-Reply-To: {m['irt']}")
        refs = m.get("refs") or [m["irt"]]
        hdrs.append("References: " + "\n ".join(refs))
    if client == "o365":
        hdrs.append(f"Thread-Topic: {enc_words(m['subject'], charset)}")
    hdrs += client_hdrs
    hdrs += list(m.get("extra", []))
    hdrs.append("MIME-Version: 1.0")

    text = m["body"]
    if client == "iphone" and "iPhone" not in text:
        text = text.rstrip("\n") + "\n\nEnvoyé de mon iPhone\n"
    form = m.get("form")
    if form is None:
        form = {"thunderbird": "flowed", "outlook": "alt", "o365": "alt", "gmail": "alt",
                "zimbra": "qp", "iphone": "qp", "android": "b64", "webmail": "qp"}.get(client, "8bit")
    if form == "flowed":
        part = leaf(text, charset=charset, cte=m.get("cte"), flowed=True)
    elif form == "qp":
        part = leaf(text, charset=charset, cte="quoted-printable")
    elif form == "b64":
        part = leaf(text, charset=charset, cte="base64")
    elif form == "alt":
        outlook = client in ("outlook", "o365")
        t = leaf(text, charset=charset, cte="quoted-printable")
        h = leaf(to_html(text, outlook, charset), "html", charset=charset, cte="quoted-printable")
        part = multipart("alternative", [t, h],
                         boundary=("----=_NextPart_001_%s_%s.%s" % (HEXID(4), HEXID(8), HEXID(8)))
                         if outlook else "000000000000%s" % hexid(16))
    elif form == "htmlonly":
        part = leaf(to_html(text, True, charset), "html", charset=charset, cte="quoted-printable")
    else:  # plain 8bit / 7bit
        part = leaf(text, charset=charset, cte=m.get("cte"))
    if m.get("attach"):
        parts = [part] + [attachment(*a) for a in m["attach"]]
        part = multipart("mixed", parts)
    ph, pb = part
    head = "\n".join(hdrs + ph).encode("ascii")
    return head + b"\n\n" + pb


# ---- automated mail with a report structure ------------------------------
def original_desk_message(ticket, d, to_name, to_addr, subject, text):
    mid = desk_id(ticket, d)
    h = [f"From: Assistance <{SUPPORT}>", f"To: {enc_addr(to_name, to_addr)}",
         f"Subject: {enc_words(subject)}", f"Date: {rfc(d)}", f"Message-ID: {mid}",
         "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
         "Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: quoted-printable"]
    return "\n".join(h).encode() + b"\n\n" + quopri.encodestring(text.encode("utf-8"))


def build_bounce(m):
    """Postfix non-delivery report (multipart/report; delivery-status)."""
    host = m["host"]
    d = m["date"]
    rcpt = m["rcpt"]
    sent = d - dt.timedelta(seconds=RNG.randrange(2, 30))
    qid = alnum(12)
    boundary = f"{qid}.{int(d.timestamp())}/{host}"
    notif = m.get("notif") or (f"This is the mail system at host {host}.\n\n"
             "I'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\n"
             "delete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n"
             f"<{rcpt}>: {m['diag']}\n")
    p1 = (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], notif.encode())
    ds = (f"Reporting-MTA: dns; {host}\nX-Postfix-Queue-ID: {qid}\n"
          f"X-Postfix-Sender: rfc822; {SUPPORT}\nArrival-Date: {rfc(sent)}\n\n"
          f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\n"
          f"Action: {m.get('action', 'failed')}\nStatus: {m['status']}\nDiagnostic-Code: {m['diagcode']}\n")
    p2 = (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], ds.encode())
    orig = original_desk_message(m["ticket"], sent, m.get("rcpt_name", ""), rcpt, m["orig_subject"], m["orig_text"])
    p3 = (["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], orig)
    mh, mb = multipart("report", [p1, p2, p3], boundary=boundary, params=" report-type=delivery-status;")
    mid = f"<{d:%Y%m%d%H%M%S}.{qid}@{host}>"
    m["message_id"] = mid
    hdrs = envelope(f"MAILER-DAEMON@{host}", "plain", d, "none", return_path="", domain=host)
    hdrs += [f"From: Mail Delivery System <MAILER-DAEMON@{host}>", f"To: Assistance <{SUPPORT}>",
             f"Subject: {m.get('subject_line', 'Undelivered Mail Returned to Sender')}", f"Date: {rfc(d)}",
             f"Message-ID: {mid}", "MIME-Version: 1.0", "Auto-Submitted: auto-replied"]
    return "\n".join(hdrs + mh).encode() + b"\n\nThis is a MIME-encapsulated message.\n\n" + mb


def build_exchange_ndr(m):
    """Exchange Online non-delivery report, French."""
    d = m["date"]
    rcpt = m["rcpt"]
    host = m["host"]
    sent = d - dt.timedelta(seconds=RNG.randrange(2, 30))
    explain = (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
               f"<p><b>Votre message à {rcpt} n'a pas pu être remis.</b></p>"
               f"<p>{html.escape(m['why'])}</p><p><b>Pour les administrateurs de messagerie</b><br>"
               f"Erreur distante de {host} : {html.escape(m['diagcode'])}</p></body></html>\n")
    p1 = leaf(explain, "html", cte="quoted-printable")
    ds = (f"Reporting-MTA: dns;{host}\nReceived-From-MTA: dns;mx1.assistance.example.fr\n"
          f"Arrival-Date: {rfc(sent)}\n\nFinal-Recipient: rfc822;{rcpt}\nAction: failed\n"
          f"Status: {m['status']}\nDiagnostic-Code: smtp;{m['diagcode']}\n")
    p2 = (["Content-Type: message/delivery-status"], ds.encode())
    orig_h = (f"From: Assistance <{SUPPORT}>\nTo: <{rcpt}>\nSubject: {enc_words(m['orig_subject'])}\n"
              f"Date: {rfc(sent)}\nMessage-ID: {desk_id(m['ticket'], sent)}\nMIME-Version: 1.0\n")
    p3 = (["Content-Type: text/rfc822-headers"], orig_h.encode())
    mh, mb = multipart("report", [p1, p2, p3], boundary=f"_000_{HEXID(24)}_",
                       params=" report-type=delivery-status;")
    mid = f"<{HEXID(12)}@{host}>"
    m["message_id"] = mid
    hdrs = envelope(f"postmaster@{m['domain']}", "o365", d, "pass", return_path="", domain=m["domain"])
    hdrs += [f"From: {enc_addr('Microsoft Outlook', 'postmaster@' + m['domain'])}",
             f"To: Assistance <{SUPPORT}>",
             f"Subject: {enc_words('Non remis : ' + m['orig_subject'])}", f"Date: {rfc(d)}",
             f"Message-ID: {mid}", "MIME-Version: 1.0", "Auto-Submitted: auto-replied",
             "X-MS-Exchange-Message-Is-Ndr: ", "Content-Language: fr-FR"]
    return "\n".join(hdrs + mh).encode() + b"\n\n" + mb


def build_mdn(m):
    """Read receipt: multipart/report; disposition-notification."""
    name, addr = m["frm"]
    domain = addr.rsplit("@", 1)[1]
    d = m["date"]
    sent = m["sent"]
    orig_mid = desk_id(m["ticket"], sent)
    human = m["human"]
    p1 = leaf(human, cte="quoted-printable")
    disp = m.get("disposition", "manual-action/MDN-sent-manually; displayed")
    mdn = (f"Reporting-UA: {m.get('ua', 'Microsoft Outlook 16.0')}\n"
           f"Final-Recipient: rfc822;{addr}\nOriginal-Message-ID: {orig_mid}\n"
           f"Disposition: {disp}\n")
    p2 = (["Content-Type: message/disposition-notification"], mdn.encode())
    mh, mb = multipart("report", [p1, p2], params=" report-type=disposition-notification;")
    client = m.get("client", "outlook")
    mid, _ = client_profile(client, domain, d)
    m["message_id"] = mid
    hdrs = envelope(addr, client, d, "pass")
    hdrs += [f"From: {enc_addr(name, addr)}", f"To: Assistance <{SUPPORT}>",
             f"Subject: {enc_words(m['subject'])}", f"Date: {rfc(d)}", f"Message-ID: {mid}",
             f"In-Reply-To: {orig_mid}", f"References: {orig_mid}", "MIME-Version: 1.0"]
    hdrs += list(m.get("extra", []))
    return "\n".join(hdrs + mh).encode() + b"\n\n" + mb


BUILDERS = {"person": build_person_mail, "bounce": build_bounce,
            "ndr": build_exchange_ndr, "mdn": build_mdn}

MAILS = []


def mail(**kw):
    kw.setdefault("kind", "person")
    kw.setdefault("lang", "fr")
    kw.setdefault("hard", False)
    kw.setdefault("uai", None)
    kw.setdefault("platform", None)
    kw.setdefault("bad", [])
    MAILS.append(kw)


def sig(*lines):
    return "\n-- \n" + "\n".join(lines) + "\n"



# ==========================================================================
# The mails.  Written by hand; labels follow shared/spec/taxonomy.md.
# ==========================================================================

# ---------------------------------------------------------------- password_reset
u = U("0141873")
mail(cat="password_reset", auto=True, uai=u, platform="esidoc",
     notes="Back from the Toussaint break, the librarian no longer has the e-sidoc admin password; UAI in the body. Plain reset case.",
     frm=("Sophie Lemonnier", "sophie.lemonnier@ac-normandie.fr"), client="thunderbird",
     date=D(4, 8, 47), subject="Accès administration e-sidoc après les vacances",
     body=f"""Bonjour,

De retour des vacances de la Toussaint, je n'arrive plus à entrer dans
l'interface d'administration de notre portail e-sidoc. Le navigateur avait
mémorisé le mot de passe et le poste a été réinstallé pendant les congés :
je ne l'ai plus nulle part.

Notre identifiant est {u} (collège Guillaume de Normandie, Caen).
Pouvez-vous me permettre d'en définir un nouveau ?

Merci d'avance,

Sophie Lemonnier
Professeure documentaliste
""")

u = U("0593512")
mail(cat="password_reset", auto=True, uai=u, platform="esidoc",
     notes="The reset link arrived during the holidays and had expired by the time she clicked it; asks for a fresh one.",
     frm=("Nadia Bensaïd", "nadia.bensaid@ac-lille.fr"), client="zimbra",
     date=D(4, 10, 12), subject="Lien de réinitialisation expiré",
     body=f"""Bonjour,

J'avais demandé un nouveau mot de passe pour e-sidoc juste avant de partir
en congés. Le lien est bien arrivé le 19 octobre mais je ne l'ouvre que
ce matin et la page me répond qu'il n'est plus valide.

Pourriez-vous m'en renvoyer un ? Établissement : lycée Faidherbe, Lille,
UAI {u}.

Bien à vous,
Nadia Bensaïd
CDI – Lycée Faidherbe
""")

u = U("0572291")
mail(cat="password_reset", auto=True, uai=u, platform="espace_acheteur",
     notes="New adjointe gestionnaire cannot log in to the Espace Acheteur; the login is the UAI, given as 'RNE' in the signature.",
     frm=("Marion Kieffer", "marion.kieffer@ac-nancy-metz.fr"), client="outlook",
     date=D(5, 9, 3), subject="Connexion Espace Acheteur impossible",
     body=f"""Bonjour,

J'ai pris mes fonctions d'adjointe gestionnaire au 1er octobre. Mon
prédécesseur m'a laissé l'identifiant de connexion à l'Espace Acheteur mais
le mot de passe noté dans le classeur n'est plus le bon : trois essais, puis
message d'erreur.

Je dois préparer les commandes de fournitures de fin d'année, pourriez-vous
me dire comment récupérer un mot de passe valide ?

Cordialement,

Marion Kieffer
Adjointe gestionnaire
Collège Jean Rostand – Metz
RNE : {u}
Tél. 03 87 xx xx xx
""")

u = U("0511087")
mail(cat="password_reset", auto=True, uai=u, platform="esidoc",
     notes="Account locked after repeated wrong passwords; asks for unlocking or a link.",
     frm=("Olivier Thiébaut", "olivier.thiebaut@ac-reims.fr"), client="webmail",
     date=D(5, 14, 26), subject="Compte e-sidoc bloqué",
     body=f"""Bonjour,

Suite à plusieurs tentatives avec un ancien mot de passe, le compte
d'administration e-sidoc du lycée est bloqué (« trop de tentatives »).

Pouvez-vous le débloquer ou m'envoyer un lien pour en créer un nouveau ?
UAI du lycée : {u}.

Merci,
O. Thiébaut, documentaliste, lycée Clemenceau, Reims
""")

u = U("0762418")
mail(cat="password_reset", auto=True, uai=u, platform="esidoc", hard=True,
     notes="The school secretariat writes from the official ce.<UAI> box (address in lower case) and asks for the link on that address; the UAI appears only in the From address.",
     frm=("Secrétariat Collège Boieldieu", f"ce.{u.lower()}@ac-normandie.fr"), client="zimbra",
     date=D(6, 8, 15), subject="Demande de nouveau mot de passe pour le CDI",
     body="""Bonjour,

Notre documentaliste, Mme Hervieu, ne parvient plus à se connecter à
l'administration du portail du CDI (e-sidoc). Elle m'a demandé de vous
écrire depuis la boîte de l'établissement.

Pouvez-vous envoyer le lien de réinitialisation sur cette adresse ? Je le
lui transmettrai.

Cordialement,

Le secrétariat de direction
Collège Boieldieu – Rouen
""")

u = U("0541326")
mail(cat="password_reset", auto=False, uai=u, platform="esidoc", hard=True,
     notes="Two topics: lost e-sidoc password (first) and an invoice for the renewal that never reached Chorus Pro; one template would answer only half.",
     frm=("Lucie Marchal", "lucie.marchal@ac-nancy-metz.fr"), client="thunderbird",
     date=D(6, 11, 40), subject="Mot de passe + facture abonnement",
     body=f"""Bonjour,

Deux choses, désolée de tout mettre dans le même message :

1. J'ai perdu le mot de passe de l'administration e-sidoc du collège
   Callot (UAI {u}). La fonction « mot de passe oublié » ne me renvoie
   rien d'utile, je ne sais pas quelle adresse est enregistrée.

2. Notre gestionnaire me dit que la facture du renouvellement de
   l'abonnement, commandé en septembre, n'est toujours pas déposée sur
   Chorus Pro. L'agent comptable la réclame pour la clôture.

Merci pour votre aide,
Lucie Marchal
Collège Jacques Callot, Nancy
""")

b = BAD("0802146")
mail(cat="password_reset", auto=True, uai=None, platform="esidoc", hard=True, bad=[b],
     notes=f"UAI typed as {b}: the check letter is wrong, so no UAI label; region from the ac-amiens.fr sender. Plain forgotten password otherwise.",
     frm=("Thomas Dufossé", "thomas.dufosse@ac-amiens.fr"), client="gmail",
     date=D(7, 17, 55), subject="mdp e-sidoc oublié",
     body=f"""Bonjour,

j'ai oublié le mot de passe d'admin de notre e-sidoc. identifiant {b}
(lycée de la Somme). Comment faire pour le réinitialiser ?

merci
Thomas Dufossé
""")

u = U("0672354")
mail(cat="password_reset", auto=True, uai=u, platform="esidoc", lang="en",
     notes="English; librarian of an international section forgot the e-sidoc password; UAI given.",
     frm=("Rebecca Holloway", "rebecca.holloway@ac-strasbourg.fr"), client="gmail",
     date=D(5, 16, 8), subject="Forgotten password for our library portal",
     body=f"""Hello,

I run the library of the international section at Lycée des Pontonniers in
Strasbourg. I have forgotten the administrator password of our e-sidoc
portal and the reset page says it cannot find my address.

Our school code is {u}. Could you tell me how to get a new password?

Many thanks,
Rebecca Holloway
Librarian, International Section
""")

u = U("0601473")
mail(cat="password_reset", auto=False, uai=u, platform="ecoledirecte", hard=True,
     notes="EcoleDirecte administration password lost by the gestionnaire of a private lycée; says explicitly it is not the daily maintenance password. No reset template for this product, so a person answers.",
     frm=("Bertrand Caron", "gestion@lycee-saint-vincent-senlis.fr"), client="outlook",
     date=D(8, 9, 31), subject="Perte mot de passe administrateur EcoleDirecte",
     body=f"""Bonjour,

Je ne parle pas du mot de passe de maintenance journalier, que j'obtiens
sans problème : c'est le mot de passe du compte administrateur EcoleDirecte
de l'établissement que nous avons perdu, suite au départ de notre
responsable informatique pendant les vacances.

Comment pouvons-nous le récupérer ?

Bertrand Caron
Responsable administratif et financier
Lycée Saint-Vincent – Senlis
UAI {u}
""")

mail(cat="password_reset", auto=True, platform="espace_acheteur",
     notes="Town-hall buyer (non-academic domain, no UAI) forgot the Espace Acheteur password: no region.",
     frm=("Céline Boucher", "c.boucher@mairie-rue.fr"), client="o365",
     date=D(4, 15, 2), subject="Mot de passe Espace Acheteur",
     body="""Bonjour,

Je suis en charge des achats de la commune de Rue (Somme). Je n'ai pas
utilisé l'Espace Acheteur depuis le printemps et j'ai oublié mon mot de
passe. Pouvez-vous me dire comment le réinitialiser ? L'adresse de
connexion est celle-ci.

Merci par avance.

Céline Boucher
Service marchés publics – Mairie de Rue
""")

u = U("0595821")
mail(cat="password_reset", auto=True, uai=u, platform="esidoc", hard=True,
     notes="UAI appears only in the portal address, in lower case; label is the upper-case code.",
     frm=("Hélène Vandaele", "helene.vandaele@ac-lille.fr"), client="thunderbird",
     date=D(12, 13, 20), subject="Impossible de me connecter",
     body=f"""Bonjour,

Sur https://{u.lower()}.esidoc.fr/ je n'arrive plus à passer en mode
administration : « identifiant ou mot de passe incorrect ». Je pense que
le mot de passe a été changé par ma collègue partie à la retraite.

Comment en obtenir un nouveau ?

Merci,
Hélène Vandaele
Documentaliste
""")

u = U("0271934")
ref = "[#SUP-006212]"
d0 = D(22, 10, 5, month=10)
mail(cat="password_reset", auto=True, uai=u, platform="esidoc", hard=True,
     notes="Reply on a subscription-activation ticket (desk's 72-hour answer quoted); the resource now works but she asks something else: a forgotten password. New topic wins.",
     frm=("Agnès Poulain", "agnes.poulain@ac-normandie.fr"), client="gmail",
     date=D(5, 8, 58), subject=f"Re: {ref} Abonnement Europresse non visible",
     irt=desk_id(6212, d0),
     body=f"""Bonjour,

Europresse apparaît bien maintenant, merci.

En revanche, autre souci : en voulant publier la ressource j'ai été
déconnectée et je ne retrouve plus mon mot de passe d'administration. Je
n'ai plus accès au portail depuis lundi. UAI {u} (collège de Vernon).

Pouvez-vous m'aider ?

Agnès Poulain
""" + gmail_quote(d0, f"Assistance <{SUPPORT}>", desk_72h(ref)))

u = U("0621458")
mail(cat="password_reset", auto=False, uai=u, platform="esidoc", hard=True,
     notes="Asks for the new password to be sent to her personal Gmail address, which is never on file: no automatic answer.",
     frm=("Isabelle Delattre", "isa.delattre62@gmail.com"), client="gmail",
     date=D(9, 10, 44), subject="nouveau mot de passe sur ma boîte perso svp",
     body=f"""Bonjour,

Je suis la documentaliste du collège Paul Verlaine à Béthune (UAI {u}).
J'ai oublié mon mot de passe e-sidoc. Ma messagerie académique ne
fonctionne plus depuis le changement de serveur, est-ce que vous pouvez
m'envoyer le nouveau mot de passe directement ici, sur ma Gmail ?

Merci beaucoup
Isabelle Delattre
""")

u = U("0880712")
mail(cat="password_reset", auto=True, uai=u, platform="esidoc",
     notes="Very short iPhone message: forgotten e-sidoc password, UAI given as RNE.",
     frm=("Julien Grandidier", "julien.grandidier@ac-nancy-metz.fr"), client="iphone",
     date=D(6, 7, 41), subject="mdp esidoc",
     body=f"""Bonjour
Mot de passe e-sidoc oublié, RNE {u} (collège d'Épinal).
Merci de m'indiquer la procédure.
J. Grandidier
""")

u_old = U("0800951")
u = U("0510764")
mail(cat="password_reset", auto=True, uai=u, platform="esidoc", hard=True,
     notes=f"Two UAIs: the former school {u_old} (Somme) and the new one {u} (Marne), which the request is about. Sender still on ac-amiens.fr; the UAI's region (grand-est) wins.",
     frm=("Claire Lefebvre", "claire.lefebvre@ac-amiens.fr"), client="thunderbird",
     date=D(4, 11, 17), subject="Mutation : accès au portail de mon nouveau collège",
     body=f"""Bonjour,

J'étais documentaliste au collège d'Albert ({u_old}) jusqu'en juin, et je
suis depuis la Toussaint sur un remplacement au collège Saint-Remi de
Reims, UAI {u}. Mon adresse académique n'a pas encore été basculée, d'où
ce courriel depuis mon ancienne adresse amiénoise.

Personne ici ne connaît le mot de passe d'administration e-sidoc du
collège Saint-Remi. Comment le réinitialiser ?

Bien cordialement,
Claire Lefebvre
""")

mail(cat="password_reset", auto=True, platform="espace_acheteur",
     notes="Regional council buyer: password expired, the reset mail says the link is no longer valid. Non-academic domain, no region.",
     frm=("Mathieu Wagner", "mathieu.wagner@grandest.fr"), client="o365",
     date=D(7, 14, 3), subject="Mot de passe expiré – Espace Acheteur",
     body="""Bonjour,

Mon mot de passe de l'Espace Acheteur a expiré pendant mes congés. J'ai
reçu le mail pour le renouveler, mais le lien m'affiche « ce lien a expiré ».

Pourriez-vous m'en adresser un nouveau ?

Cordialement,

Mathieu Wagner
Acheteur – Direction des achats et de la commande publique
Région Grand Est
""")

u = U("0142267")
mail(cat="password_reset", auto=True, uai=u, platform="esidoc", hard=True,
     notes="Negation: she receives the mails fine (not a reception problem), but the reset link says it was already used. Reset link expired/used: password_reset.",
     frm=("Emmanuelle Lecourt", "emmanuelle.lecourt@ac-normandie.fr"), client="webmail",
     date=D(8, 16, 20), subject="Lien « déjà utilisé »",
     body=f"""Bonjour,

Ce n'est pas un problème de réception : le courriel de réinitialisation
arrive bien, en quelques secondes, dans ma boîte de réception. Mais quand je
clique sur le lien, le portail e-sidoc m'annonce qu'il a déjà été utilisé,
alors que je ne l'ai ouvert qu'une fois. Je reste donc sans mot de passe.

Lycée Malherbe, Caen – {u}.

Merci,
Emmanuelle Lecourt
""")

u = U("0610583")
mail(cat="password_reset", auto=True, uai=u, platform="esidoc",
     notes="Replacement librarian arriving after the holidays never had the password.",
     frm=("Romain Gautier", "romain.gautier@ac-normandie.fr"), client="thunderbird",
     date=D(4, 13, 48), subject="Je ne connais pas le mot de passe du portail",
     body=f"""Bonjour,

J'assure le remplacement de la professeure documentaliste du collège
Louise Michel d'Alençon depuis ce lundi 4 novembre. Personne ne m'a
transmis le mot de passe du portail e-sidoc et la collègue n'est pas
joignable.

Pouvez-vous m'indiquer comment en obtenir un ? UAI {u}.

Romain Gautier
""")

u = U("0501246")
ref = "[#SUP-006391]"
d0 = D(5, 9, 2)
mail(cat="password_reset", auto=False, uai=u, platform="esidoc", hard=True,
     notes="Reply (Outlook quote) to the automatic reset answer: the link went to an address nobody reads (former principal's). The automatic path failed; a person must take over.",
     frm=("Pascale Leroux", "pascale.leroux@ac-normandie.fr"), client="outlook",
     date=D(5, 15, 31), subject=f"RE: {ref} Mot de passe e-sidoc",
     irt=desk_id(6391, d0),
     body=f"""Bonjour,

Le lien est parti sur « p***@ac-normandie.fr » : c'est l'adresse
personnelle de l'ancien principal, parti en juillet. Personne ici ne peut
la consulter.

Comment faire pour que le lien arrive sur une boîte que nous lisons ?

Pascale Leroux
Documentaliste – Collège Le Verrier, Saint-Lô ({u})
""" + outlook_quote(d0, f"Assistance [mailto:{SUPPORT}]", "Pascale Leroux",
                    f"{ref} Mot de passe e-sidoc", desk_reset(ref, "p***@ac-normandie.fr"), style="orig"))

u = U("0021178")
mail(cat="password_reset", auto=True, uai=u, platform="espace_acheteur",
     notes="Does not know what the 'identifiant' is nor the password of the Espace Acheteur; UAI in the signature.",
     frm=("Sandrine Vasseur", "sandrine.vasseur@ac-amiens.fr"), client="outlook",
     date=D(12, 10, 6), subject="Identifiant et mot de passe Espace Acheteur",
     body=f"""Bonjour,

On me demande de passer une commande sur l'Espace Acheteur mais je n'ai
ni l'identifiant ni le mot de passe. Quel identifiant faut-il saisir, et
comment obtenir un mot de passe ?

Merci

Sandrine Vasseur
Secrétaire d'intendance
Lycée professionnel Condorcet – Saint-Quentin
UAI : {u}
""")

u = U("0682045")
mail(cat="password_reset", auto=True, uai=u, platform="esidoc", hard=True,
     notes="The secretariat forwards ('voir ci-dessous') the librarian's message and asks for the reset link on the establishment's official address. Written by the secretary, not the head.",
     frm=("Secrétariat du lycée Schweitzer", f"ce.{u}@ac-strasbourg.fr"), client="outlook",
     date=D(7, 8, 36), subject="TR: accès CDI",
     body="""Bonjour,

Voir ci-dessous. Pouvez-vous envoyer le lien de réinitialisation sur la
boîte du lycée (cette adresse) ? Nous le ferons suivre à Mme Zimmermann.

Merci,
Secrétariat du proviseur
Lycée Albert Schweitzer – Mulhouse
""" + outlook_forward(D(6, 17, 12), "ZIMMERMANN Anne <anne.zimmermann@ac-strasbourg.fr>",
                      f"ce.{u}@ac-strasbourg.fr", "accès CDI",
                      """Bonjour,

Pourriez-vous demander pour moi un nouveau mot de passe pour
l'administration d'e-sidoc ? Je l'ai perdu pendant les vacances et le
support demande que ce soit fait depuis l'adresse du lycée.

Merci !
Anne
"""))

u = U("0101639")
mail(cat="password_reset", auto=True, uai=u, platform="espace_acheteur", hard=True,
     notes="Misleading subject (an invoice number): the only ask is to unlock the Espace Acheteur account so she can download that invoice.",
     frm=("Virginie Collot", "virginie.collot@ac-reims.fr"), client="thunderbird",
     date=D(13, 9, 22), subject="Facture FA-2024-10877",
     body=f"""Bonjour,

Pour récupérer la facture FA-2024-10877 je dois passer par l'Espace
Acheteur, mais mon compte est verrouillé depuis hier soir (mot de passe
refusé plusieurs fois). La facture en elle-même ne pose aucun problème,
c'est seulement l'accès.

Pouvez-vous débloquer le compte ou m'envoyer un lien de réinitialisation ?

Virginie Collot
Gestionnaire – Collège Pithou, Troyes
UAI {u}
""")

# ---------------------------------------------------------------- missing_noreply_mail
u = U("0271452")
mail(cat="missing_noreply_mail", auto=True, uai=u, platform="espace_acheteur",
     notes="New adjoint gestionnaire signed up on the Espace Acheteur; the activation mail never came. No anti-spam product named.",
     frm=("Franck Hébert", "franck.hebert@ac-normandie.fr"), client="outlook",
     date=D(4, 9, 55), subject="Pas de mail d'activation",
     body=f"""Bonjour,

J'ai rempli jeudi dernier le formulaire d'inscription à l'Espace Acheteur
pour le collège Jean Jaurès d'Évreux (UAI {u}). On m'annonçait un mail
d'activation : je n'ai rien reçu, ni jeudi ni depuis.

Pouvez-vous vérifier ?

Cordialement,
Franck Hébert
Adjoint gestionnaire
""")

mail(cat="missing_noreply_mail", auto=True, platform="espace_acheteur",
     notes="Small-town buyer: no confirmation mail since Friday. Non-academic sender, no UAI: no region.",
     frm=("Jean-Pierre Delcourt", "jp.delcourt@ville-lillers.fr"), client="plain",
     date=D(4, 11, 30), subject="Inscription – mail de confirmation",
     body="""Bonjour,

Je me suis inscrit vendredi sur votre Espace Acheteur pour la commune de
Lillers. Toujours pas de mail de confirmation ce lundi. Est-ce normal ?

Jean-Pierre Delcourt
Services techniques – achats
""")

u = U("0592687")
mail(cat="missing_noreply_mail", auto=True, uai=u, platform="espace_acheteur", hard=True,
     notes="Names MailInBlack only to say the lycée does NOT use it: missing_noreply_mail, not mailinblack_spam.",
     frm=("Karima Haddad", "karima.haddad@ac-lille.fr"), client="zimbra",
     date=D(5, 10, 3), subject="Mails de l'Espace Acheteur jamais reçus",
     body=f"""Bonjour,

Je ne reçois aucun des mails automatiques de l'Espace Acheteur (création de
compte, mot de passe). Votre FAQ parle de MailInBlack, mais nous ne
l'utilisons pas : notre messagerie est la messagerie académique standard,
sans filtre supplémentaire. Rien non plus dans les indésirables.

Lycée Gaston Berger, Lille – UAI {u}.

Merci de votre aide,
Karima Haddad
Gestionnaire
""")

u = U("0593024")
mail(cat="missing_noreply_mail", auto=True, uai=u, platform="esidoc",
     notes="The e-sidoc new-password mail never reaches the librarian; UAI given.",
     frm=("Damien Lesage", "damien.lesage@ac-lille.fr"), client="thunderbird",
     date=D(6, 15, 12), subject="Aucun mail reçu après « mot de passe oublié »",
     body=f"""Bonjour,

Sur le portail e-sidoc du collège (UAI {u}), j'ai cliqué trois fois sur
« mot de passe oublié ». Le site indique chaque fois qu'un message m'a été
envoyé, mais rien n'arrive, même après une heure.

Que puis-je faire ?

Damien Lesage
Collège Albert Samain, Roubaix
""")

mail(cat="missing_noreply_mail", auto=True, platform="espace_acheteur", hard=True,
     notes="Reads like a lost password, but the password tool works: the new-password mail from the platform never arrives. Taxonomy puts this under missing_noreply_mail. Region from ac-reims.fr.",
     frm=("Florence Aubry", "florence.aubry@ac-reims.fr"), client="webmail",
     date=D(7, 9, 10), subject="Mot de passe oublié Espace Acheteur",
     body="""Bonjour,

J'ai oublié mon mot de passe Espace Acheteur, j'ai donc utilisé le lien
prévu. Le site me confirme l'envoi d'un courriel, mais il n'arrive jamais,
et ce depuis la semaine dernière.

Le formulaire marche, c'est le mail qui ne vient pas. Pouvez-vous regarder ?

Florence Aubry
Intendance – Lycée Chagall, Reims
""")

mail(cat="missing_noreply_mail", auto=True, platform="esignature",
     notes="The e-signature invitation for the membership convention never arrived (a no-reply platform mail). GRETA agent comptable, non-academic domain: no region.",
     frm=("Gilles Maréchal", "gilles.marechal@greta-cotentin.fr"), client="o365",
     date=D(8, 10, 18), subject="Invitation à signer la convention non reçue",
     body="""Bonjour,

Vous nous avez annoncé par téléphone que la convention d'adhésion 2025
serait envoyée pour signature électronique au directeur opérationnel. Il n'a
reçu aucun mail de la plateforme de signature, ni en boîte de réception
ni en indésirables.

Pouvez-vous vérifier l'adresse utilisée et relancer l'envoi ?

Gilles Maréchal
Agent comptable – GRETA du Cotentin
""")

ref = "[#SUP-006307]"
d0 = D(30, 14, 40, month=10)
mail(cat="missing_noreply_mail", auto=False, platform="espace_acheteur",
     notes="Outlook reply after the junk-folder answer: still nothing after more than 48 h, asks to pass it on to the region. The template was already sent: a person must follow up. Region from ac-amiens.fr.",
     frm=("Corinne Dumont", "corinne.dumont@ac-amiens.fr"), client="outlook",
     date=D(4, 8, 22), subject=f"RE: {ref} Pas de mail de validation",
     irt=desk_id(6307, d0),
     body="""Bonjour,

J'ai fait tout ce que vous indiquiez : rien dans les indésirables, et
l'adresse no-reply est maintenant dans mes contacts. Les vacances sont
passées et je n'ai toujours rien reçu.

Merci de transmettre à l'équipe régionale comme vous le proposiez.

Corinne Dumont
Lycée Félix Faure – Beauvais
""" + outlook_quote(d0, f"Assistance <{SUPPORT}>", "Corinne Dumont <corinne.dumont@ac-amiens.fr>",
                    f"{ref} Pas de mail de validation", desk_junk(ref)))

u = U("0596611")
mail(cat="missing_noreply_mail", auto=True, uai=u, platform="espace_acheteur", lang="en",
     notes="English; new buyer at an international lycée never got the activation email; no anti-spam product named.",
     frm=("Daniel Cooper", "daniel.cooper@ac-lille.fr"), client="gmail",
     date=D(12, 11, 51), subject="No activation email received",
     body=f"""Hello,

I registered on the Espace Acheteur last Thursday on behalf of the Lycée
International de Lille (UAI {u}). The confirmation page said an activation
email was on its way, but nothing has arrived, including in the spam
folder.

Could you please check or resend it?

Best regards,
Daniel Cooper
Finance assistant
""")

mail(cat="missing_noreply_mail", auto=True, platform="espace_acheteur",
     notes="Structure administrator at a département council never receives the 'account to validate' notifications. Non-academic domain: no region.",
     frm=("Nathalie Osmont", "nathalie.osmont@manche.fr"), client="o365",
     date=D(13, 14, 5), subject="Notifications de comptes à valider",
     body="""Bonjour,

Je suis administratrice de la structure « Département de la Manche » sur
l'Espace Acheteur. Deux collègues de la direction des collèges se sont
inscrits la semaine dernière et je n'ai reçu aucune notification pour
valider leurs comptes. Je ne les ai vus qu'en me connectant.

Ces notifications sont-elles toujours envoyées ?

Nathalie Osmont
Direction de l'éducation – Département de la Manche
""")

u = U("0622973")
mail(cat="missing_noreply_mail", auto=True, uai=u, platform="espace_acheteur", hard=True,
     notes="Password mentioned only in passing (the change worked, thanks); the actual ask is the offer-alert notifications that stopped arriving.",
     frm=("Éric Baillet", "eric.baillet@ac-lille.fr"), client="thunderbird",
     date=D(8, 13, 14), subject="Alertes sur les offres",
     body=f"""Bonjour,

Merci pour votre aide de la semaine dernière, j'ai pu changer mon mot de
passe sans difficulté.

En revanche, depuis, je ne reçois plus aucune alerte sur les nouvelles
offres alors que je suis toujours abonné (cases cochées dans mon profil).
Avant les vacances je les recevais chaque lundi.

Collège Jean Macé, Calais – {u}

Éric Baillet
Adjoint gestionnaire
""")

mail(cat="missing_noreply_mail", auto=True, platform="ticket_portal",
     notes="The ticket portal's account-confirmation mail never came; non-academic sender.",
     frm=("Anthony Marie", "a.marie@agglo-lisieux.fr"), client="plain",
     date=D(5, 16, 44), subject="Portail d'assistance : pas de mail de confirmation",
     body="""Bonjour,

J'ai voulu créer un compte sur le portail de tickets pour suivre nos
demandes. Le message de confirmation qui doit me permettre de choisir un
mot de passe n'est jamais arrivé.

Anthony Marie
Service de la commande publique – Lisieux Normandie
""")

u = U("0601892")
mail(cat="missing_noreply_mail", auto=True, uai=u, platform="espace_acheteur", hard=True,
     notes="The gestionnaire forwards ('voir ci-dessous') a colleague's mail: the first-login link after validation never arrived. The forwarded content decides.",
     frm=("Stéphane Roussel", "stephane.roussel@ac-amiens.fr"), client="gmail",
     date=D(6, 9, 27), subject="Fwd: lien de première connexion",
     body=f"""Bonjour,

Voir ci-dessous, pouvez-vous regarder ? J'ai bien validé son compte hier
dans l'Espace Acheteur (structure : lycée Jules Uhry, Creil, {u}).

S. Roussel
Adjoint gestionnaire
""" + gmail_forward(D(6, 8, 50), "Lina Mercier <lina.mercier@ac-amiens.fr>",
                    "Stéphane Roussel <stephane.roussel@ac-amiens.fr>", "lien de première connexion",
                    """Stéphane,

Tu m'as dit que mon compte était validé, mais je n'ai jamais reçu le mail
avec le lien de première connexion. J'ai regardé partout.

Lina
"""))

u = U("0611204")
mail(cat="missing_noreply_mail", auto=True, uai=u, platform="esidoc",
     notes="The 12-hour activation mail of the customer account (needed before the first online order of a subscription) never came.",
     frm=("Myriam Fontaine", "myriam.fontaine@ac-normandie.fr"), client="zimbra",
     date=D(7, 11, 2), subject="Mail d'activation du compte client",
     body=f"""Bonjour,

Pour commander l'abonnement e-sidoc du collège (UAI {u}), j'ai créé hier
matin le compte client sur la boutique. Le site annonçait un mail
d'activation sous 12 heures : je n'ai toujours rien, et le compte reste
« en attente d'activation ».

Bien cordialement,
Myriam Fontaine
Collège Jean Monnet, Flers
""")

mail(cat="missing_noreply_mail", auto=True, platform="espace_acheteur",
     notes="Suspects the académie's filtering but names no product: missing_noreply_mail. Region from ac-nancy-metz.fr.",
     frm=("Laurent Jacquot", "laurent.jacquot@ac-nancy-metz.fr"), client="thunderbird",
     date=D(12, 8, 32), subject="Messages de la plateforme bloqués ?",
     body="""Bonjour,

Depuis la migration de notre messagerie pendant les vacances, plus aucun
message de l'Espace Acheteur ne m'arrive (ni l'activation de ma collègue,
ni mes alertes). J'imagine que le filtrage académique est devenu plus
sévère, mais je ne sais pas quel outil ils utilisent.

Quelle adresse d'expédition dois-je leur donner ?

Laurent Jacquot
Lycée Henri Poincaré, Nancy
""")

mail(cat="missing_noreply_mail", auto=True, platform="espace_acheteur",
     notes="Two-line phone message: activation link still not received. Region from ac-lille.fr.",
     frm=("Audrey Lemaire", "audrey.lemaire@ac-lille.fr"), client="android",
     date=D(9, 19, 3), subject="Activation",
     body="""Bonsoir, toujours pas reçu le lien d'activation de l'espace acheteur depuis mardi. Pouvez-vous le renvoyer ? Merci
Audrey Lemaire
""")

u = U("0081322")
mail(cat="missing_noreply_mail", auto=True, uai=u, platform="espace_acheteur", hard=True,
     notes="Misleading subject about Chorus: the body asks only about the Espace Acheteur activation mail that never came.",
     frm=("Patrick Mangin", "patrick.mangin@ac-reims.fr"), client="outlook",
     date=D(13, 10, 41), subject="Dépôt Chorus / accès",
     body=f"""Bonjour,

Pour rapprocher les factures déposées sur Chorus Pro des bons de commande,
j'ai besoin d'accéder à l'Espace Acheteur. J'ai créé mon compte il y a
trois jours, mais le mail d'activation n'est jamais arrivé (rien dans le
spam).

Pouvez-vous le renvoyer ?

Patrick Mangin
Agent comptable – Lycée Monge, Charleville-Mézières
UAI {u}
""")

mail(cat="missing_noreply_mail", auto=True, platform="espace_acheteur",
     form="htmlonly", charset="windows-1252",
     notes="Regional council buyer: no platform notification at all since 29 October. Non-academic sender: no region.",
     frm=("Aurélie Duval", "aurelie.duval@normandie.fr"), client="o365",
     date=D(5, 11, 14), subject="Plus de notifications depuis le 29 octobre",
     body="""Bonjour,

Depuis le 29 octobre, nous ne recevons plus aucun des mails automatiques
de l'Espace Acheteur au service des achats (validations, alertes, suivi des
commandes). Les autres messages extérieurs arrivent normalement.

Pouvez-vous nous indiquer l'adresse d'expédition exacte pour que notre
service informatique vérifie ?

Aurélie Duval
Direction des achats – Région Normandie
""")

# ---------------------------------------------------------------- mailinblack_spam
u = U("0141590")
mail(cat="mailinblack_spam", auto=True, uai=u, platform="espace_acheteur",
     notes="The collège's MailInBlack holds the Espace Acheteur activation mail.",
     frm=("Valérie Lebrun", "valerie.lebrun@ac-normandie.fr"), client="outlook",
     date=D(4, 14, 9), subject="Mail d'activation bloqué par MailInBlack",
     body=f"""Bonjour,

Le mail d'activation de l'Espace Acheteur est bloqué par MailInBlack sur
notre messagerie : je vois bien une ligne à votre nom dans mon espace
MailInBlack, mais impossible de l'ouvrir.

Collège Jacques Prévert, Bayeux – {u}

Que faut-il faire ?

Valérie Lebrun
Adjointe gestionnaire
""")

mail(cat="mailinblack_spam", auto=True, platform="espace_acheteur",
     notes="IT department of an intercommunal body asks which senders to allow in Mailinblack. Non-academic: no region.",
     frm=("Service informatique CCPOH", "informatique@ccpoh.fr"), client="plain",
     date=D(5, 8, 41), subject="Liste blanche Mailinblack",
     body="""Bonjour,

Nos agents ne reçoivent plus les messages de l'Espace Acheteur depuis que
nous avons mis en place Mailinblack. Pouvez-vous nous communiquer les
adresses et domaines d'expédition à autoriser, ainsi que les adresses IP si
vous les avez ?

Cordialement,

Le service informatique
Communauté de communes du Pays d'Opale
""")

u = U("0760894")
mail(cat="mailinblack_spam", auto=False, uai=u, platform="espace_acheteur", hard=True,
     notes="The sender-authentication challenge is described (our messages wait until the sender proves it is not a robot) without naming the product: mailinblack_spam, but a person should confirm the product before sending the guide.",
     frm=("Gaëlle Duhamel", "gaelle.duhamel@ac-normandie.fr"), client="thunderbird",
     date=D(6, 10, 55), subject="Vos messages restent en attente",
     body=f"""Bonjour,

Notre informaticien m'explique que nos boîtes envoient maintenant une
demande d'authentification à chaque nouvel expéditeur (il faut cliquer sur
un lien pour prouver qu'on n'est pas un robot). Les mails de l'Espace
Acheteur venant d'une adresse qui ne répond pas, ils restent bloqués
« en attente de validation » et je ne les reçois jamais.

Comment régler cela de votre côté ou du nôtre ?

Gaëlle Duhamel
Lycée Jean Prévost, Montivilliers – {u}
""")

u = U("0542217")
mail(cat="mailinblack_spam", auto=True, uai=u, platform="esidoc",
     notes="The e-sidoc new-password mail is held in the Mailinblack quarantine.",
     frm=("Cécile Humbert", "cecile.humbert@ac-nancy-metz.fr"), client="zimbra",
     date=D(7, 15, 37), subject="e-sidoc : message en quarantaine Mailinblack",
     body=f"""Bonjour,

Le message de réinitialisation du mot de passe e-sidoc est arrivé dans la
quarantaine Mailinblack de l'établissement, et je n'ai pas les droits pour
le libérer. Le collège est le collège de Lunéville, UAI {u}.

Comment autoriser vos envois une fois pour toutes ?

Cécile Humbert
""")

u = U("0673186")
mail(cat="mailinblack_spam", auto=False, uai=u, platform="espace_acheteur", hard=True,
     notes="Two topics: MailInBlack blocks the platform's mails (first) and a question on invoice addressing for Chorus. One template would answer only half.",
     frm=("Denis Ott", "denis.ott@ac-strasbourg.fr"), client="outlook",
     date=D(8, 11, 6), subject="MailInBlack et facturation",
     body=f"""Bonjour,

1) Depuis que la collectivité a déployé MailInBlack, les notifications de
l'Espace Acheteur ne nous arrivent plus. Que devons-nous demander à notre
service informatique ?

2) Par ailleurs, sur quel code service Chorus Pro les fournisseurs du
marché doivent-ils déposer leurs factures pour notre lycée ? Le titulaire
nous dit que sa dernière facture a été rejetée.

Merci,
Denis Ott
Adjoint gestionnaire – Lycée Kléber, Strasbourg ({u})
""")

u = U("0591779")
mail(cat="mailinblack_spam", auto=True, uai=u, platform="espace_acheteur", lang="en",
     notes="English; the activation emails are quarantined by MailinBlack.",
     frm=("Sarah Whitfield", "sarah.whitfield@ac-lille.fr"), client="gmail",
     date=D(12, 14, 28), subject="Activation emails stuck in MailinBlack",
     body=f"""Hi,

Our school (UAI {u}) uses MailinBlack, and the activation emails from the
Espace Acheteur end up in its quarantine. I can see them listed but cannot
release them myself.

What do we need to allow on our side?

Thanks,
Sarah Whitfield
Bursar's office, Lycée Marguerite de Flandre, Gondecourt
""")

u = U("0552031")
mail(cat="mailinblack_spam", auto=True, uai=u, platform="espace_acheteur", hard=True,
     notes="Says she checked the junk folder (the missing-mail procedure), but then names 'Mail In Black' whose daily report lists our mails: mailinblack_spam.",
     frm=("Sylvie Collignon", "sylvie.collignon@ac-nancy-metz.fr"), client="webmail",
     date=D(6, 16, 2), subject="Toujours rien reçu",
     body=f"""Bonjour,

J'ai déjà regardé dans les courriers indésirables, comme le disait votre
page d'aide : rien. Par contre notre rapport quotidien « Mail In Black »
liste trois messages de votre adresse no-reply, classés comme
« à authentifier ».

Faut-il les débloquer un par un ?

Sylvie Collignon
Collège Buvignier, Verdun – {u}
""")

mail(cat="mailinblack_spam", auto=True, platform=None,
     notes="One-line phone message naming mailinblack; no platform named, no region (free-mail address).",
     frm=("Rémi Fontaine", "remi.fontaine80@orange.fr"), client="iphone",
     date=D(9, 8, 12), subject="mailinblack",
     body="""Bonjour, vos mails sont bloqués par mailinblack chez nous, pouvez-vous m'envoyer la procédure ? Merci
""")

u = U("0623339")
ref = "[#SUP-006455]"
d0 = D(6, 11, 20)
mail(cat="mailinblack_spam", auto=True, uai=u, platform="espace_acheteur", hard=True,
     notes="Reply (Gmail quote) to the junk-folder answer: their IT has now found MailInBlack blocking the mails, so the MailInBlack guide is the right answer.",
     frm=("Bruno Lecocq", "bruno.lecocq@ac-lille.fr"), client="gmail",
     date=D(8, 9, 49), subject=f"Re: {ref} Mail de validation non reçu",
     irt=desk_id(6455, d0),
     body=f"""Bonjour,

Rien dans les indésirables. Notre technicien a cherché : c'est MailInBlack
qui retient vos messages, il les a trouvés dans la file « en attente ».
Avez-vous une procédure pour ce cas ?

Bruno Lecocq
Lycée Carnot, Bruay-la-Buissière – {u}
""" + gmail_quote(d0, f"Assistance <{SUPPORT}>", desk_junk(ref)))

u = U("0573418")
mail(cat="mailinblack_spam", auto=True, uai=u, platform="espace_acheteur",
     notes="MAILINBLACK in capitals; asks whether to allow the whole domain or a single address.",
     frm=("Hervé Muller", "herve.muller@ac-nancy-metz.fr"), client="outlook",
     date=D(13, 15, 58), subject="MAILINBLACK - domaine ou adresse ?",
     body=f"""Bonjour,

Nous avons MAILINBLACK au lycée. Pour recevoir les messages de l'Espace
Acheteur, vaut-il mieux autoriser tout votre domaine ou seulement l'adresse
d'envoi ? Notre prestataire attend votre réponse.

Hervé Muller
Gestionnaire – Lycée Julie Daubié, Rombas
UAI {u}
""")

u = U("0141028")
mail(cat="mailinblack_spam", auto=True, uai=u, platform="espace_acheteur", hard=True,
     notes="A person forwards the MailInBlack daily quarantine digest with a question on top; the forwarded part is machine text, the outer message is a real request.",
     frm=("Nicolas Perrier", "nicolas.perrier@ac-normandie.fr"), client="thunderbird",
     date=D(14, 8, 5), subject="Fwd: Votre rapport de messages en attente",
     body=f"""Bonjour,

Je vous transfère le rapport MailInBlack de ce matin : vos messages y sont
encore. Nous avons pourtant cliqué sur « autoriser » la semaine dernière.
Que faut-il faire de plus ?

Nicolas Perrier
Lycée Augustin Fresnel, Caen – {u}
""" + tb_forward(D(14, 6, 0, s=0), "MailInBlack <noreply@mailinblack.com>",
                 "nicolas.perrier@ac-normandie.fr", "Votre rapport de messages en attente",
                 """Vous avez 4 message(s) en attente d'authentification.

Expéditeur                                   Objet
no-reply@espace-acheteur.example.fr          Activation de votre compte
no-reply@espace-acheteur.example.fr          Nouvelle offre disponible
no-reply@espace-acheteur.example.fr          Nouvelle offre disponible
newsletter@fournitures-scolaires.example     -30% sur les classeurs

Pour délivrer un message, cliquez sur « Autoriser ».
"""))

mail(cat="mailinblack_spam", auto=True, platform="esignature",
     notes="E-signature invitations held by Mailinblack at a town hall. Non-academic: no region.",
     frm=("Laetitia Poirier", "l.poirier@mairie-sedan.fr"), client="o365",
     date=D(7, 10, 30), subject="Signature électronique : invitations bloquées",
     body="""Bonjour,

Le maire devait signer électroniquement la convention avec votre centrale
d'achat. L'invitation de la plateforme de signature a été retenue par
Mailinblack, et le lien semble avoir expiré quand nous l'avons libérée.

Que faut-il autoriser chez nous pour que cela ne se reproduise pas ?

Laetitia Poirier
Secrétariat général – Ville de Sedan
""")

# ---------------------------------------------------------------- head_of_establishment_request
u = U("0761562")
mail(cat="head_of_establishment_request", auto=False, uai=u, platform="esidoc",
     notes="The proviseur, from the official ce.<UAI> address, asks to replace the contact address of the e-sidoc administrator account with the new librarian's.",
     frm=("Proviseur Lycée Porte Océane", f"ce.{u}@ac-normandie.fr"), client="outlook",
     date=D(4, 10, 40), subject="Changement d'adresse de contact – portail e-sidoc",
     body=f"""Madame, Monsieur,

Mme Chéron, professeure documentaliste, a quitté l'établissement à la
Toussaint. Je vous demande de remplacer l'adresse de contact du compte
administrateur e-sidoc du lycée par celle de son successeur,
M. Antoine Lamy (antoine.lamy@ac-normandie.fr), et de réinitialiser le
mot de passe de ce compte.

Je vous prie d'agréer mes salutations distinguées.

Xavier Guérin
Proviseur
Lycée Porte Océane – Le Havre
UAI {u}
""")

u = U("0592340")
mail(cat="head_of_establishment_request", auto=False, uai=u, platform="espace_acheteur",
     notes="The principal designates the new adjoint gestionnaire as structure administrator on the Espace Acheteur and asks to close the predecessor's access.",
     frm=("Principal Collège Jean Zay", f"ce.{u}@ac-lille.fr"), client="zimbra",
     date=D(5, 9, 18), subject="Désignation d'un nouvel administrateur de structure",
     body=f"""Bonjour,

Je soussigné, Frédéric Bauduin, principal du collège Jean Zay de
Lomme (UAI {u}), désigne Mme Élodie Carpentier, adjointe gestionnaire
arrivée le 4 novembre, comme administratrice de notre structure sur
l'Espace Acheteur.

Je vous remercie de fermer en même temps l'accès de M. Paul Dewulf, muté
dans un autre établissement.

Cordialement,
F. Bauduin
Principal
""")

u = U("0571640")
mail(cat="head_of_establishment_request", auto=False, uai=u, platform="espace_acheteur", hard=True,
     notes="The proviseure adjointe writes during the head's absence (intérim) from the official address to change the structure administrator: a written request from the direction for an admin change, which staff must verify.",
     frm=("Direction Lycée Louis Vincent", f"ce.{u}@ac-nancy-metz.fr"), client="outlook",
     date=D(6, 14, 11), subject="Demande de changement d'administrateur",
     body=f"""Bonjour,

M. le Proviseur étant en congé de maladie, j'assure l'intérim de la
direction du lycée Louis Vincent (Metz, {u}).

Notre adjoint gestionnaire, administrateur de la structure sur l'Espace
Acheteur, a été muté au 1er novembre. Je vous demande de transférer les
droits d'administrateur à Mme Laura Schneider, sa remplaçante, dont
l'adresse est laura.schneider@ac-nancy-metz.fr.

Bien cordialement,

Catherine Weber
Proviseure adjointe, chargée de l'intérim
""")

u = U("0803387")
mail(cat="head_of_establishment_request", auto=False, uai=u, platform="esidoc", hard=True,
     notes="The secretary sends the principal's signed letter (PDF) asking for an e-sidoc reset to the official address, with the principal in copy: the head's written request, relayed.",
     frm=("Martine Leclercq", "martine.leclercq@ac-amiens.fr"),
     cc=[("Principal Collège Amiral Lejeune", f"ce.{u}@ac-amiens.fr")], client="outlook",
     date=D(7, 9, 2), subject="Courrier de M. le Principal – accès e-sidoc",
     attach=[("courrier_principal_esidoc.pdf",)],
     body=f"""Bonjour,

À la demande de M. Delahaye, principal du collège Amiral Lejeune
d'Amiens (UAI {u}), je vous transmets en pièce jointe son courrier signé
demandant la réinitialisation du mot de passe d'administration de notre
portail e-sidoc, le lien devant être envoyé sur l'adresse officielle du
collège. M. Delahaye est en copie.

Bien cordialement,

Martine Leclercq
Secrétaire de direction
""")

u = U("0271286")
mail(cat="head_of_establishment_request", auto=False, uai=u, platform="espace_acheteur",
     notes="Written delegation: the head authorises the adjoint gestionnaire to validate orders on the Espace Acheteur.",
     frm=("Principale Collège Pablo Neruda", f"ce.{u}@ac-normandie.fr"), client="thunderbird",
     date=D(8, 11, 26), subject="Délégation de validation des commandes",
     body=f"""Madame, Monsieur,

Par la présente, j'autorise M. Kévin Lacroix, adjoint gestionnaire du
collège Pablo Neruda d'Évreux (UAI {u}), à valider en mon nom les
commandes passées sur l'Espace Acheteur, quel qu'en soit le montant,
jusqu'au 31 août 2025.

Merci de bien vouloir ouvrir les droits correspondants.

Nathalie Berthelot
Principale
""")

u = U("0601128")
mail(cat="head_of_establishment_request", auto=False, uai=u, platform="esidoc", hard=True,
     auth="fail", reply_to=("Proviseur", "proviseur.lycee.cassini@gmail.com"),
     notes="Claims to be the proviseur from the ce.<UAI> address, but SPF/DMARC fail and Reply-To is a Gmail box; asks to move the e-sidoc admin address to that Gmail. Probable spoof: still a head request, for staff to refuse.",
     frm=("Proviseur Lycée Cassini", f"ce.{u}@ac-amiens.fr"), client="plain",
     date=D(9, 22, 47), subject="URGENT modification adresse administrateur",
     body=f"""Bonjour,

Je suis le proviseur du lycée Cassini de Clermont (Oise), UAI {u}.
Merci de modifier dès aujourd'hui l'adresse de l'administrateur de notre
portail e-sidoc pour proviseur.lycee.cassini@gmail.com et d'y envoyer le
nouveau mot de passe. Nos boîtes académiques sont en panne.

Merci de votre rapidité.
Le Proviseur
""")

u = U("0595316")
mail(cat="head_of_establishment_request", auto=False, uai=u, platform="esidoc",
     notes="A primary-school head (directrice d'école) asks for the BCD portal admin password to be reset and sent to the school's address.",
     frm=("École élémentaire Jean Lebas", f"ce.{u}@ac-lille.fr"), client="webmail",
     date=D(12, 12, 5), subject="Réinitialisation accès BCD",
     body=f"""Bonjour,

Je suis directrice de l'école élémentaire Jean Lebas à Roubaix
(UAI {u}). Notre bibliothèque utilise e-sidoc ; l'enseignante qui
s'en occupait a changé d'école. Je vous demande de réinitialiser le mot de
passe d'administration et d'envoyer le lien à l'adresse de l'école.

Merci d'avance,
Sabine Wattel
Directrice
""")

u = U("0512273")
ref = "[#SUP-006418]"
d0 = D(5, 16, 3)
mail(cat="head_of_establishment_request", auto=False, uai=u, platform="esidoc", hard=True,
     notes="Reply (Zimbra 'Mail original' quote) in which the proviseur gives the written confirmation the desk asked for.",
     frm=("Thierry Lallement", "thierry.lallement@ac-reims.fr"), client="zimbra",
     date=D(6, 7, 52), subject=f"Re: {ref} Changement de contact e-sidoc",
     irt=desk_id(6418, d0),
     body=f"""Bonjour,

Je confirme, en tant que proviseur du lycée Jean Talon de
Châlons-en-Champagne ({u}), la demande de Mme Gobert : l'adresse de
contact du compte administrateur e-sidoc doit devenir
cdi.lyceetalon@ac-reims.fr.

Cordialement,
T. Lallement
Proviseur
""" + zimbra_quote(d0, "Assistance", "Thierry Lallement", f"{ref} Changement de contact e-sidoc",
                   desk_ask(ref, "Pour des raisons de sécurité, ce changement doit être demandé par écrit\n"
                                 "par le chef d'établissement. Pouvez-vous nous le confirmer ?")))

u = U("0081547")
mail(cat="head_of_establishment_request", auto=False, uai=u, platform="espace_acheteur", hard=True,
     notes="The principal authorises a large order (bon de commande over 15 000 EUR) for the gestionnaire; mentions in passing that the password problem was solved. Head authorising an order.",
     frm=("Principal Collège Rimbaud", f"ce.{u}@ac-reims.fr"), client="outlook",
     date=D(13, 8, 14), subject="Autorisation commande mobilier CDI",
     attach=[("BC_2024-117_signe.pdf",)],
     body=f"""Bonjour,

Le problème de mot de passe de notre gestionnaire est réglé, merci.

J'autorise la validation de la commande n° 2024-117 (mobilier du CDI,
15 840 € TTC) passée par Mme Gillet sur l'Espace Acheteur au titre du
collège Arthur Rimbaud de Charleville-Mézières ({u}). Vous trouverez le
bon de commande signé en pièce jointe.

Cordialement,
Vincent Robinet
Principal
""")

u = U("0143318")
mail(cat="head_of_establishment_request", auto=False, uai=u, platform="esidoc",
     notes="The head asks for a reset so that the departed librarian loses access; link to the school's address.",
     frm=("Principale Collège Lechanteur", f"ce.{u}@ac-normandie.fr"), client="o365",
     date=D(8, 17, 22), subject="Fin d'accès d'une ancienne documentaliste",
     body=f"""Bonjour,

Notre ancienne documentaliste, qui a quitté le collège fin octobre, connaît
toujours le mot de passe d'administration de notre portail e-sidoc.
Je souhaite qu'il soit réinitialisé et que le lien soit envoyé à l'adresse
du collège, en attendant l'arrivée de sa remplaçante.

Françoise Lepetit
Principale – Collège Fernand Lechanteur, Caen
UAI {u}
""")

b = BAD("0671852", 3)
u = U("0671852")
mail(cat="head_of_establishment_request", auto=False, uai=u, platform="espace_acheteur", hard=True, bad=[b],
     notes=f"The body gives {b} (wrong check letter) but the sender address ce.{u}@ac-strasbourg.fr carries the valid UAI, which is the label.",
     frm=("Direction Collège Foch", f"ce.{u}@ac-strasbourg.fr"), client="thunderbird",
     date=D(12, 16, 37), subject="Nouvel administrateur Espace Acheteur",
     body=f"""Bonjour,

En qualité de principal du collège Foch de Haguenau (UAI {b}), je
vous demande de désigner M. Lucas Fischer, notre nouvel adjoint
gestionnaire, comme administrateur de la structure sur l'Espace Acheteur.

Salutations,
Jean-Marc Koenig
Principal
""")

u = U("0100874")
mail(cat="head_of_establishment_request", auto=False, uai=u, platform="espace_acheteur",
     notes="The head of an EREA asks to add the agent comptable as second structure administrator.",
     frm=("Directeur EREA Troyes", f"ce.{u}@ac-reims.fr"), client="zimbra",
     date=D(14, 10, 1), subject="Ajout d'un second administrateur",
     body=f"""Bonjour,

Je suis le directeur de l'EREA de Troyes (UAI {u}). Je souhaite que
M. Hugo Perrin, agent comptable, soit désigné second administrateur de
notre structure sur l'Espace Acheteur, à côté de notre gestionnaire.
Cela nous évitera d'être bloqués pendant ses absences.

Merci,
Philippe Arnould
Directeur
""")

u = U("0620795")
mail(cat="head_of_establishment_request", auto=False, uai=u, platform="esidoc", hard=True,
     notes="The librarian forwards ('voir ci-dessous') her principal's written agreement to reset the admin password and change the contact address; the head's written request, relayed.",
     frm=("Laure Deprez", "laure.deprez@ac-lille.fr"), client="gmail",
     date=D(7, 13, 8), subject="Fwd: Accord pour le portail du CDI",
     body=f"""Bonjour,

Voir ci-dessous l'accord écrit de ma principale, comme vous me l'aviez
demandé par téléphone.

Laure Deprez
Collège Jean Moulin, Arras – {u}
""" + gmail_forward(D(7, 12, 40), f"Principal Collège Jean Moulin <ce.{u}@ac-lille.fr>",
                    "Laure Deprez <laure.deprez@ac-lille.fr>", "Accord pour le portail du CDI",
                    f"""Madame Deprez,

Je donne mon accord pour que le mot de passe d'administration du portail
e-sidoc du collège soit réinitialisé et que l'adresse de contact devienne
la vôtre. Vous pouvez transmettre ce message au support.

Corinne Masson
Principale du collège Jean Moulin ({u})
"""))

# ---------------------------------------------------------------- account_creation
mail(cat="account_creation", auto=True, platform="espace_acheteur",
     notes="New buyer of a small town asks how to create an Espace Acheteur account: the sign-up answer fits. No region.",
     frm=("Bérénice Roger", "secretariat@mairie-vimoutiers.fr"), client="plain",
     date=D(4, 10, 2), subject="Création d'un compte pour la commune",
     body="""Bonjour,

La commune de Vimoutiers souhaiterait utiliser votre Espace Acheteur pour
les fournitures de l'école et de la cantine. Comment crée-t-on un compte ?
Faut-il un document particulier ?

Merci de votre réponse,
Bérénice Roger
Secrétaire de mairie
""")

u = U("0622154")
mail(cat="account_creation", auto=False, uai=u, platform="espace_acheteur",
     notes="Asks who the structure's administrator is: needs a look-up, a person answers.",
     frm=("Mélanie Dupuis", "melanie.dupuis@ac-lille.fr"), client="outlook",
     date=D(5, 13, 45), subject="Qui est l'administrateur de notre structure ?",
     body=f"""Bonjour,

Arrivée au collège Jules Ferry de Boulogne-sur-Mer (UAI {u}) à la
rentrée de Toussaint, je voudrais un compte sur l'Espace Acheteur. Le
formulaire m'indique qu'il sera validé par l'administrateur de la
structure, mais personne ici ne sait qui c'est.

Pouvez-vous me le dire ?

Mélanie Dupuis
Secrétaire d'intendance
""")

u = U("0511562")
mail(cat="account_creation", auto=True, uai=u, platform="espace_acheteur",
     notes="Filled the sign-up form, cannot log in: the account awaits the structure administrator's validation (FAQ case).",
     frm=("Kevin Marchand", "kevin.marchand@ac-reims.fr"), client="thunderbird",
     date=D(6, 9, 14), subject="Compte en attente",
     body=f"""Bonjour,

J'ai créé mon compte sur l'Espace Acheteur lundi. Quand j'essaie de me
connecter, on me répond que le compte est « en attente de validation ».
Combien de temps cela prend-il et qui doit valider ?

Kevin Marchand
Lycée Roosevelt, Reims – {u}
""")

u = U("0762803")
mail(cat="account_creation", auto=True, uai=u, platform="espace_acheteur", hard=True,
     notes="Negation: she has not lost a password, she never had an account; asks how to create one. account_creation, not password_reset.",
     frm=("Juliette Avenel", "juliette.avenel@ac-normandie.fr"), client="gmail",
     date=D(7, 10, 51), subject="Pas un mot de passe perdu",
     body=f"""Bonjour,

Votre page « mot de passe oublié » me dit que mon adresse est inconnue.
C'est normal : je n'ai jamais eu de compte, je ne l'ai donc pas perdu !
Je viens d'être nommée gestionnaire au collège Camille Claudel de
Dieppe ({u}) et je dois en ouvrir un. Par où commencer ?

Juliette Avenel
""")

u = U("0590418")
mail(cat="account_creation", auto=False, uai=u, platform="espace_acheteur",
     notes="Agent comptable's account works; asks for the order-validation right to be opened: a person answers.",
     frm=("Hugues Carlier", "hugues.carlier@ac-lille.fr"), client="o365",
     date=D(8, 15, 26), subject="Droits de validation",
     body=f"""Bonjour,

Je suis agent comptable du groupement dont le siège est au lycée
Pierre Forest de Maubeuge ({u}). Mon compte sur l'Espace Acheteur
fonctionne, mais je n'ai que des droits de consultation. Pouvez-vous
m'ouvrir le droit de valider les commandes ?

Hugues Carlier
""")

mail(cat="account_creation", auto=False, platform="espace_acheteur",
     notes="An intercommunal school syndicate asks whether it may open a buyer account: eligibility must be checked by a person. No region.",
     frm=("Odile Lambert", "o.lambert@sivos-vallee-bresle.fr"), client="plain",
     date=D(12, 9, 38), subject="Adhésion d'un SIVOS",
     body="""Bonjour,

Notre syndicat intercommunal à vocation scolaire (4 communes, 3 écoles)
voudrait ouvrir un compte acheteur. Les SIVOS peuvent-ils adhérer et créer
un compte, ou seules les communes le peuvent-elles ?

Odile Lambert
Secrétaire du SIVOS de la vallée de la Bresle
""")

u = U("0021935")
mail(cat="account_creation", auto=False, uai=u, platform="espace_acheteur", hard=True,
     notes="Written by the principal, but only to say an account has waited three weeks because the administrator is on long leave: not a head request; the region must step in.",
     frm=("Principal Collège Condorcet", f"ce.{u}@ac-amiens.fr"), client="outlook",
     date=D(13, 11, 12), subject="Compte en attente depuis trois semaines",
     body=f"""Bonjour,

Notre nouvelle gestionnaire a demandé un compte sur l'Espace Acheteur il y
a trois semaines. Il est toujours « en attente de validation » : notre
administrateur de structure, M. Fournier, est en congé longue durée.

Pouvez-vous débloquer la situation ? Nous avons des commandes à passer
avant la fin de l'année.

Cordialement,
Le principal du collège Condorcet, Laon ({u})
""")

u = U("0681733")
mail(cat="account_creation", auto=False, uai=u, platform="esidoc",
     notes="Asks whether each of the two librarians can have their own administrator account on the e-sidoc back office.",
     frm=("Christine Heitz", "christine.heitz@ac-strasbourg.fr"), client="thunderbird",
     date=D(14, 13, 33), subject="Deux comptes administrateurs ?",
     body=f"""Bonjour,

Nous sommes deux professeures documentalistes au lycée Bartholdi de
Colmar (UAI {u}) et partageons le même compte d'administration
e-sidoc. Est-il possible d'avoir chacune notre propre compte ?

Merci,
Christine Heitz
""")

u = U("0142993")
mail(cat="account_creation", auto=False, uai=u, platform="espace_acheteur",
     notes="Subject says 'Erreur UAI': a school opened in September 2024 is not in the list when creating the account; the sales team / a person must add it.",
     frm=("Jérôme Legrand", "jerome.legrand@ac-normandie.fr"), client="zimbra",
     date=D(5, 15, 7), subject="Erreur UAI",
     body=f"""Bonjour,

Notre collège a ouvert en septembre 2024 à Ifs. Quand je veux créer le
compte de l'établissement sur l'Espace Acheteur, notre UAI {u} n'est pas
proposé dans la liste des structures.

Comment faire ?

Jérôme Legrand
Adjoint gestionnaire
""")

# ---------------------------------------------------------------- subscription_activation
u = U("0763275")
mail(cat="subscription_activation", auto=True, uai=u, platform="esidoc",
     notes="Europresse ordered yesterday, not visible yet: within the 72-hour window.",
     frm=("Stéphanie Morel", "stephanie.morel@ac-normandie.fr"), client="thunderbird",
     date=D(5, 9, 36), subject="Europresse non disponible",
     body=f"""Bonjour,

Notre gestionnaire a validé hier la commande de l'abonnement Europresse.
Je ne le vois pas encore dans nos ressources sur e-sidoc. Est-ce une
question de délai ?

Stéphanie Morel
Lycée Jeanne d'Arc, Rouen – {u}
""")

u = U("0593870")
mail(cat="subscription_activation", auto=True, uai=u, platform="esidoc", hard=True,
     notes="Negation: 'je n'ai pas oublié mon mot de passe', the login works; the newly ordered resource is not visible to pupils.",
     frm=("Frédérique Delannoy", "frederique.delannoy@ac-lille.fr"), client="webmail",
     date=D(6, 13, 29), subject="Ressource invisible pour les élèves",
     body=f"""Bonjour,

Je n'ai pas oublié mon mot de passe et je me connecte sans difficulté au
portail e-sidoc. Mais la ressource « Le Monde des ados », commandée lundi,
n'apparaît pas côté élèves.

Faut-il faire quelque chose pour la publier ?

Frédérique Delannoy
Collège Paul Éluard, Douai – {u}
""")

u = U("0544471")
mail(cat="subscription_activation", auto=False, uai=u, platform="esidoc",
     notes="Ordered before the Toussaint holidays (about three weeks ago), still not active: past the 72-hour rule, a person must look at the order.",
     frm=("Jacques Poncelet", "jacques.poncelet@ac-nancy-metz.fr"), client="outlook",
     date=D(7, 10, 15), subject="Abonnement toujours inactif",
     body=f"""Bonjour,

Nous avons commandé l'abonnement Universalis le 15 octobre, avant les
vacances (commande n° ES-24-08812). Trois semaines plus tard, il est
toujours indiqué « en attente d'activation » dans « Mes abonnements ».

Pouvez-vous vérifier ?

Jacques Poncelet
Lycée Varoquaux, Tomblaine – {u}
""")

u = U("0677108")
mail(cat="subscription_activation", auto=True, uai=u, platform="esidoc", hard=True,
     notes="Written by the proviseur, but he only asks when the subscription ordered two days ago will be available: not a head-of-establishment request.",
     frm=("Proviseur Lycée Marie Curie", f"ce.{u}@ac-strasbourg.fr"), client="o365",
     date=D(8, 8, 50), subject="Date de mise à disposition de l'abonnement",
     body=f"""Bonjour,

Nous avons validé avant-hier l'abonnement numérique pour le CDI du lycée
Marie Curie (UAI {u}). Les enseignants me demandent quand il sera
utilisable avec les classes. Pouvez-vous me donner une date ?

Cordialement,
Michel Riedinger
Proviseur
""")

u = U("0026614")
mail(cat="subscription_activation", auto=True, uai=u, platform="esidoc",
     notes="How to publish the newly activated resource on the e-sidoc portal (publication step).",
     frm=("Anne-Sophie Moreau", "anne-sophie.moreau@ac-amiens.fr"), client="gmail",
     date=D(12, 14, 56), subject="Publier une ressource sur le portail",
     body=f"""Bonjour,

L'abonnement à « Généralis » est bien activé pour le collège (UAI
{u}), je le vois dans « Mes abonnements ». Comment le faire
apparaître sur la page d'accueil du portail pour les élèves ?

Anne-Sophie Moreau
Collège Jean Racine, Soissons
""")

u = U("0575022")
mail(cat="subscription_activation", auto=True, uai=u, platform="esidoc",
     notes="Written by a publisher's customer service on behalf of a lycée that ordered yesterday: still an activation question inside the 72-hour window.",
     frm=("Service clients Éditions Hirondelle", "clients@editions-hirondelle.fr"), client="plain",
     date=D(13, 11, 3), subject="Activation abonnement – lycée de Thionville",
     body=f"""Bonjour,

Le lycée Hélène Boucher de Thionville (UAI {u}) nous indique
avoir commandé hier, via votre plateforme, notre revue numérique pour son
portail e-sidoc. La documentaliste ne la voit pas encore. Pouvez-vous nous
confirmer que l'activation est en cours ?

Bien cordialement,
Service clients
Éditions Hirondelle
""")

u = U("0145766")
mail(cat="subscription_activation", auto=True, uai=u, platform="esidoc",
     notes="Renewed subscription still shown as expired; renewal validated on Monday (within 72 h).",
     frm=("Laurence Guillot", "laurence.guillot@ac-normandie.fr"), client="thunderbird",
     date=D(6, 16, 14), subject="Renouvellement affiché expiré",
     body=f"""Bonjour,

Notre renouvellement a été validé lundi après-midi par l'intendance, mais
le portail affiche toujours l'abonnement comme expiré au 31 octobre.

Merci,
Laurence Guillot
Collège Marcel Pagnol, Lisieux – {u}
""")

u = U("0601804")
mail(cat="subscription_activation", auto=False, uai=u, platform="esidoc", hard=True,
     notes="Two topics: a resource not visible since yesterday (main) and a quote (devis) for another resource for next year's budget; a person must answer the second part.",
     frm=("Marianne Caillaux", "marianne.caillaux@ac-amiens.fr"), client="outlook",
     date=D(14, 9, 11), subject="Abonnement + devis",
     body=f"""Bonjour,

Nous avons commandé hier l'abonnement Cafeyn pour le CDI, il n'est pas
encore visible sur e-sidoc.

Par ailleurs, notre gestionnaire prépare le budget 2025 : pourriez-vous
nous établir un devis pour l'abonnement Europresse, 1 an, accès illimité
élèves ?

Merci,
Marianne Caillaux
Lycée Paul Langevin, Beauvais – {u}
""")

# ---------------------------------------------------------------- order_billing
u = U("0081096")
mail(cat="order_billing", auto=False, uai=u, platform="esidoc",
     notes="Agent comptable asks for a formal quote (devis) for the e-sidoc renewal, needed for the engagement.",
     frm=("Agence comptable Lycée Chanzy", "agence.comptable.chanzy@ac-reims.fr"), client="outlook",
     date=D(4, 11, 55), subject="Demande de devis renouvellement e-sidoc 2025",
     body=f"""Bonjour,

Afin d'engager la dépense sur l'exercice 2025, pouvez-vous nous adresser un
devis pour le renouvellement de l'abonnement e-sidoc du lycée Chanzy de
Charleville-Mézières (UAI {u}) ?

Merci de faire figurer le numéro SIRET de l'établissement et la durée de
l'abonnement.

Cordialement,
Sylvie Renaud
Agence comptable
""")

u = U("0614008")
mail(cat="order_billing", auto=False, uai=u, platform="espace_acheteur",
     notes="Order validated on 15 October on the Espace Acheteur, invoice still not on Chorus Pro.",
     frm=("Anne Pottier", "anne.pottier@ac-normandie.fr"), client="zimbra",
     date=D(5, 10, 27), subject="Facture absente de Chorus Pro",
     body=f"""Bonjour,

La commande EA-2024-51207, validée le 15 octobre sur l'Espace Acheteur et
livrée le 24, n'a toujours pas donné lieu à une facture sur Chorus Pro.
Sans facture, l'agent comptable ne peut pas payer le fournisseur.

Pouvez-vous relancer ?

Anne Pottier
Gestionnaire – Lycée Mézeray, Argentan ({u})
""")

u = U("0574456")
mail(cat="order_billing", auto=False, uai=u, platform="espace_acheteur",
     notes="Written by a supplier (stationery firm), not a school: its invoice for a lycée's order was rejected in Chorus for a wrong service code. Billing question.",
     frm=("Comptabilité Papeteries de l'Est", "compta@papeteries-est.fr"), client="o365",
     date=D(6, 15, 47), subject="Facture rejetée sur Chorus Pro – lycée de Sarreguemines",
     body=f"""Bonjour,

Nous sommes titulaires du lot « papeterie » de votre marché et avons livré
le lycée Jean de Pange de Sarreguemines (UAI {u}) suite à la commande
EA-2024-50988 passée sur l'Espace Acheteur.

Notre facture F24-3381 a été rejetée sur Chorus Pro avec le motif
« code service obligatoire ». Le bon de commande n'en mentionne aucun.
Pouvez-vous nous indiquer le bon code service, ou faire corriger le bon ?

Cordialement,
Service comptabilité clients
Papeteries de l'Est
""")

u = U("0623751")
mail(cat="order_billing", auto=False, uai=u, platform="espace_acheteur",
     notes="The saved basket disappeared during the holidays (baskets are kept 15 days).",
     frm=("Yannick Leroy", "yannick.leroy@ac-lille.fr"), client="thunderbird",
     date=D(4, 15, 18), subject="Panier disparu",
     body=f"""Bonjour,

Avant les vacances j'avais préparé sur l'Espace Acheteur un panier de
matériel de sciences (une quarantaine de lignes) en attendant la
délibération du CA. Ce matin, le panier est vide. Peut-on le retrouver ?

Yannick Leroy
Adjoint gestionnaire – Collège Voltaire, Lens ({u})
""")

u = U("0541990")
mail(cat="order_billing", auto=False, uai=u, platform="espace_acheteur", hard=True,
     charset="windows-1252",
     notes="Invoice amount differs from the order (main); the password is only mentioned as solved thanks to the desk.",
     frm=("Carole Didier", "carole.didier@ac-nancy-metz.fr"), client="outlook",
     date=D(7, 11, 21), subject="Écart entre commande et facture",
     body=f"""Bonjour,

J'ai enfin récupéré mon mot de passe grâce à vous, merci. J'ai donc pu
contrôler la facture de la commande EA-2024-50412 : elle est de
2 318,40 € TTC alors que le bon de commande validé était de 2 118,40 €.
La ligne « frais de port » n'apparaissait pas dans le panier.

Pouvez-vous voir avec le fournisseur ?

Carole Didier
Collège La Fontaine, Laxou – {u}
""")

mail(cat="order_billing", auto=False, platform="esidoc",
     notes="Private school asks whether it may pay the e-sidoc invoice by bank transfer and for the bank details. Non-academic sender: no region.",
     frm=("Économat Institution Sainte-Marie", "economat@ste-marie-caen.fr"), client="plain",
     charset="iso-8859-1",
     date=D(8, 9, 5), subject="Règlement facture abonnement",
     body="""Bonjour,

Nous avons reçu votre facture pour l'abonnement e-sidoc de notre
établissement privé sous contrat. Pouvons-nous régler par virement ?
Dans ce cas, merci de nous faire parvenir un RIB.

Bien cordialement,

L'économat
Institution Sainte-Marie - Caen
""")

u = U("0272619")
ref = "[#SUP-005874]"
d0 = D(1, 9, 30, month=10)
mail(cat="order_billing", auto=False, uai=u, platform="esidoc", hard=True,
     notes="Misleading subject: replies to an old password ticket (the quoted history is the reset answer) but asks for a duplicate of an invoice. Clearly a new request: order_billing.",
     frm=("Élise Guérin", "elise.guerin@ac-normandie.fr"), client="gmail",
     date=D(12, 10, 4), subject=f"Re: {ref} Mot de passe",
     irt=desk_id(5874, d0),
     body=f"""Bonjour,

Je reprends ce fil faute d'autre adresse : notre agent comptable me
demande un duplicata de la facture de l'abonnement e-sidoc 2024-2025
(collège Victor Hugo, Gisors, {u}), l'original s'est perdu lors du
déménagement de l'intendance.

Pouvez-vous nous le renvoyer ?

Merci,
Élise Guérin
""" + gmail_quote(d0, f"Assistance <{SUPPORT}>", desk_reset(ref, "c***@ac-normandie.fr")))

mail(cat="order_billing", auto=False, platform="espace_acheteur", lang="en",
     notes="English; a British publisher's credit controller chases payment of an invoice for an order placed through the Espace Acheteur. No UAI, no académie domain.",
     frm=("Emma Clarke", "emma.clarke@oakleaf-books.co.uk"), client="o365",
     date=D(13, 12, 40), subject="Overdue invoice INV-22871 – Lycée in Lille",
     body="""Dear Sir or Madam,

Our invoice INV-22871 (EUR 1,245.60) for English readers ordered through
your Espace Acheteur by a lycée in Lille is now 45 days overdue. It was
submitted on Chorus Pro on 20 September and still shows "mise à
disposition".

Could you tell us whether the order was validated by the school and who
we should contact about payment?

Kind regards,
Emma Clarke
Credit Control, Oakleaf Books Ltd
""")

u = U("0103117")
mail(cat="order_billing", auto=False, uai=u, platform="espace_acheteur",
     notes="The bon d'engagement upload fails at order validation.",
     frm=("Sébastien Noël", "sebastien.noel@ac-reims.fr"), client="thunderbird",
     date=D(6, 14, 2), subject="Bon d'engagement refusé à la validation",
     attach=[("BE_2024_0342.pdf",)],
     body=f"""Bonjour,

Quand je valide la commande sur l'Espace Acheteur, le dépôt du bon
d'engagement échoue (« fichier non conforme »). C'est un PDF de 180 Ko
exporté depuis Op@le, je le joins.

Sébastien Noël
Adjoint gestionnaire – Lycée Édouard Herriot, Sainte-Savine ({u})
""")

u_siege = U("0595006")
u = U("0592917")
mail(cat="order_billing", auto=False, uai=u, platform="espace_acheteur", hard=True,
     notes=f"Agent comptable of a groupement comptable: two UAIs, the seat {u_siege} in the signature and the rattached collège {u} the invoice is about (the label).",
     frm=("Marc Devos", "marc.devos@ac-lille.fr"), client="outlook",
     date=D(8, 16, 5), subject="Facture adressée au mauvais établissement",
     body=f"""Bonjour,

La facture FA-88120 relative à la commande passée sur l'Espace Acheteur par
le collège Anne Frank d'Hazebrouck (UAI {u}) a été libellée au nom du
lycée siège de notre groupement comptable. Elle ne peut pas être payée en
l'état : chaque établissement a son propre budget.

Pouvez-vous faire émettre une facture rectifiée au nom du collège ?

Cordialement,
Marc Devos
Agent comptable du groupement – Lycée des Flandres, Hazebrouck ({u_siege})
""")

u = U("0881935")
mail(cat="order_billing", auto=False, uai=u, platform="esidoc",
     notes="Invoice received twice; asks to cancel the duplicate.",
     frm=("Intendance Collège Clemenceau", f"int.{u}@ac-nancy-metz.fr"), client="zimbra",
     date=D(13, 8, 47), subject="Facture en double",
     body=f"""Bonjour,

Nous avons reçu deux fois la facture de l'abonnement e-sidoc (même montant,
deux numéros différents : FE-24-1102 et FE-24-1187). Merci d'annuler la
seconde par un avoir.

Intendance du collège Clemenceau, Épinal – {u}
""")

u = U("0762047")
mail(cat="order_billing", auto=False, uai=u, platform="espace_acheteur", hard=True,
     notes="The gestionnaire forwards ('voir ci-dessous') a supplier's payment reminder and asks whether the order was in fact validated on the platform.",
     frm=("Hélène Leprince", "helene.leprince@ac-normandie.fr"), client="outlook",
     date=D(14, 11, 38), subject="TR: Relance facture impayée",
     body=f"""Bonjour,

Voir ci-dessous. Je ne retrouve pas cette commande dans notre historique
sur l'Espace Acheteur : a-t-elle bien été validée de notre côté ? Je ne
veux pas payer une commande que nous n'avons pas passée.

Hélène Leprince
Gestionnaire – Collège Braque, Le Havre ({u})
""" + outlook_forward(D(13, 17, 2), "Recouvrement Bureau Plus <recouvrement@bureauplus.example>",
                      "Helene Leprince <helene.leprince@ac-normandie.fr>",
                      "Relance facture impayée",
                      """Madame, Monsieur,

Sauf erreur de notre part, la facture BP-77310 du 12/09/2024 d'un montant
de 864,00 € TTC reste impayée à ce jour. Merci de procéder à son règlement
sous huitaine.

Service recouvrement
"""))

# ---------------------------------------------------------------- contract_documents
u = U("0573902")
mail(cat="contract_documents", auto=False, uai=u, platform="espace_acheteur",
     charset="windows-1252",
     notes="Amendment no. 2 of a market is missing from 'Mes Marchés'.",
     frm=("Pierre Schaeffer", "pierre.schaeffer@ac-nancy-metz.fr"), client="outlook",
     date=D(4, 14, 50), subject="Avenant n°2 introuvable",
     body=f"""Bonjour,

Le titulaire du marché 2023-045 (produits d'entretien) nous a annoncé un
avenant n° 2 portant révision des prix au 1er novembre. Dans « Mes
Marchés », je ne vois que le marché initial et l'avenant n° 1.

Pouvez-vous mettre l'avenant n° 2 à disposition ?

Pierre Schaeffer
Adjoint gestionnaire – Lycée Fabert, Metz ({u})
""")

mail(cat="contract_documents", auto=False, platform="espace_acheteur",
     notes="Town buyer cannot find the CCAP and CCTP of the school-supplies market. No region.",
     frm=("Samia Belkacem", "s.belkacem@ville-denain.fr"), client="o365",
     date=D(5, 10, 9), subject="CCAP et CCTP du marché fournitures scolaires",
     body="""Bonjour,

Nous avons adhéré en septembre au marché de fournitures scolaires
2024-112. Sur l'Espace Acheteur, la fiche du marché ne propose que le
bordereau de prix : ni le CCAP ni le CCTP ne sont téléchargeables.
Notre trésorerie nous les demande.

Samia Belkacem
Direction de la commande publique – Ville de Denain
""")

mail(cat="contract_documents", auto=False, platform="espace_acheteur",
     notes="Written by a publisher holding the market: cannot find the signed amendment in the documents of the market on the platform. Supplier side, no UAI, no region.",
     frm=("Marie-Laure Vidal", "ml.vidal@editions-du-littoral.fr"), client="gmail",
     date=D(6, 11, 33), subject="Avenant de prolongation – marché manuels numériques",
     body="""Bonjour,

Nous sommes titulaires du marché de manuels numériques 2022-087. On nous a
annoncé que l'avenant de prolongation jusqu'en août 2025 avait été signé
par la centrale, mais il n'apparaît pas dans les documents du marché sur
l'Espace Acheteur, ni dans notre espace. Sans lui, nos clients refusent
de commander.

Pouvez-vous nous le transmettre ou le mettre en ligne ?

Cordialement,
Marie-Laure Vidal
Responsable marchés publics – Éditions du Littoral
""")

u = U("0801570")
ref = "[#SUP-006277]"
d0 = D(28, 15, 12, month=10)
mail(cat="contract_documents", auto=False, uai=u, platform="espace_acheteur", hard=True,
     notes="Reply on a password ticket (reset answer quoted): the password works now, the new ask is a convention missing from the documents. New topic: contract_documents.",
     frm=("Béatrice Caudron", "beatrice.caudron@ac-amiens.fr"), client="thunderbird",
     date=D(5, 8, 40), subject=f"Re: {ref} Accès Espace Acheteur",
     irt=desk_id(6277, d0),
     body=f"""Bonjour,

Merci, le nouveau mot de passe fonctionne. Mais une fois connectée, je ne
trouve pas la convention d'adhésion 2024-2026 du lycée : la rubrique
« Conventions » est vide, alors que notre proviseur l'a signée en juin.

Béatrice Caudron
Lycée Robert de Luzarches, Amiens – {u}
""" + tb_quote(d0, "Assistance", desk_reset(ref, "c***@ac-amiens.fr")))

mail(cat="contract_documents", auto=False, platform="espace_acheteur",
     notes="Small-town buyer cannot download the 2025 membership convention. No region.",
     frm=("Mairie de Bolbec – Achats", "achats@ville-bolbec.fr"), client="plain",
     date=D(7, 9, 48), subject="Convention d'adhésion 2025",
     body="""Bonjour,

Le conseil municipal doit délibérer le 21 novembre sur l'adhésion à votre
centrale pour 2025. Nous ne trouvons pas la convention 2025 sur l'Espace
Acheteur : seule celle de 2022 est proposée. Pouvez-vous nous l'envoyer ?

Service achats – Mairie de Bolbec
""")

mail(cat="contract_documents", auto=False, platform="esignature", hard=True,
     notes="The e-signature invitation arrives, but the convention inside cannot be opened ('document introuvable'): cannot see a convention, on the e-signature product. Regional council, no region.",
     frm=("Julie Dhont", "julie.dhont@hautsdefrance.fr"), client="o365",
     date=D(8, 14, 20), subject="Convention à signer : document introuvable",
     body="""Bonjour,

J'ai bien reçu l'invitation à signer électroniquement la convention de
groupement de commandes, mais en cliquant sur « Consulter le document »,
la plateforme de signature affiche « document introuvable ». Je ne peux
donc ni la lire ni la signer.

Julie Dhont
Direction des lycées – Région Hauts-de-France
""")

mail(cat="contract_documents", auto=False, platform="espace_acheteur",
     notes="Regional council buyer no longer finds the market documents after the platform change. No region.",
     frm=("Raphaël Simon", "raphael.simon@grandest.fr"), client="o365",
     date=D(12, 16, 3), subject="Pièces des marchés après migration",
     body="""Bonjour,

Depuis le passage au nouvel Espace Acheteur, je ne retrouve plus les pièces
contractuelles des marchés auxquels la Région a adhéré (actes d'engagement,
bordereaux, avenants). Les marchés sont listés mais sans aucun document.

Raphaël Simon
Service achats – Région Grand Est
""")

u = U("0671220")
mail(cat="contract_documents", auto=False, uai=u, platform="espace_acheteur", hard=True,
     notes="Two topics: an amendment missing from the market documents (main) and, secondarily, whether the revised prices apply to an invoice already received.",
     frm=("Isabelle Roth", "isabelle.roth@ac-strasbourg.fr"), client="outlook",
     date=D(13, 9, 30), subject="Avenant de révision de prix",
     body=f"""Bonjour,

1. L'avenant de révision de prix du marché de denrées 2024-019 n'est pas
   dans les documents du marché sur l'Espace Acheteur. Pouvez-vous
   l'ajouter ?
2. Accessoirement : la facture reçue la semaine dernière applique déjà les
   nouveaux prix. Est-ce normal avant la publication de l'avenant ?

Isabelle Roth
Gestionnaire – Collège Les Sources, Saverne ({u})
""")

u = U("0597280")
mail(cat="contract_documents", auto=False, uai=u, platform="espace_acheteur",
     notes="Administrative certificate (attestation) for a market is missing from the documents.",
     frm=("Corentin Duhamel", "corentin.duhamel@ac-lille.fr"), client="zimbra",
     date=D(14, 10, 22), subject="Attestation d'adhésion au marché",
     body=f"""Bonjour,

Pour le contrôle de l'agent comptable, j'ai besoin de l'attestation
d'adhésion du lycée au marché de fournitures de bureau 2024-031. Le
document n'apparaît pas dans l'onglet « Documents » du marché.

Corentin Duhamel
Lycée Valentine Labbé, La Madeleine – {u}
""")

u = U("0550918")
ref = "[#SUP-006502]"
d0 = D(12, 9, 4)
mail(cat="contract_documents", auto=False, uai=u, platform="espace_acheteur", hard=True,
     form="htmlonly",
     notes="Reply (Outlook) on an existing contract-documents ticket that only gives the market number the desk asked for: the ticket's category holds.",
     frm=("Agnès Thomas", "agnes.thomas@ac-nancy-metz.fr"), client="outlook",
     date=D(12, 13, 15), subject=f"RE: {ref} Documents du marché",
     irt=desk_id(6502, d0),
     body=f"""Bonjour,

Il s'agit du marché 2023-077 (maintenance des photocopieurs).

Cordialement,
Agnès Thomas
Collège Les Avrils, Saint-Mihiel – {u}
""" + outlook_quote(d0, f"Assistance <{SUPPORT}>", "Agnès Thomas <agnes.thomas@ac-nancy-metz.fr>",
                    f"{ref} Documents du marché",
                    desk_ask(ref, "Pourriez-vous nous indiquer le numéro du marché dont les documents\n"
                                  "n'apparaissent pas ?")))

# ---------------------------------------------------------------- transfer_incident
u = U("0597033")
mail(cat="transfer_incident", auto=False, uai=u, platform="ecoledirecte",
     notes="EcoleDirecte transfers have not run since the Toussaint holidays; parents no longer see grades.",
     frm=("Marc Vandenbussche", "m.vandenbussche@institution-saint-jude.fr"), client="outlook",
     date=D(5, 8, 12), subject="Transferts EcoleDirecte arrêtés depuis les vacances",
     body=f"""Bonjour,

Depuis la reprise du 4 novembre, aucun transfert vers EcoleDirecte n'a
abouti : le dernier date du 18 octobre. Les parents ne voient pas les notes
saisies depuis la rentrée de Toussaint.

Établissement : Institution Saint-Jude, Armentières (UAI {u}).

Marc Vandenbussche
Responsable informatique
""")

mail(cat="transfer_incident", auto=False, platform="ecoledirecte", hard=True,
     notes="Asks for 'le mot de passe de maintenance du jour': transfer_incident per the taxonomy, not password_reset.",
     frm=("Sœur Marie-Odile", "secretariat@college-sainte-ursule.fr"), client="plain",
     date=D(6, 7, 58), subject="Mot de passe du jour",
     body="""Bonjour,

Pouvez-vous me communiquer le mot de passe de maintenance du jour ? Je dois
relancer la réplication vers EcoleDirecte qui a échoué cette nuit.

Merci,
Secrétariat – Collège Sainte-Ursule, Épernay
""")

u = U("0142712")
mail(cat="transfer_incident", auto=False, uai=u, platform="ecoledirecte",
     notes="Licence to regenerate after the server was replaced during the holidays.",
     frm=("Guillaume Hue", "g.hue@ensemble-scolaire-notre-dame-caen.fr"), client="thunderbird",
     date=D(4, 16, 30), subject="Licence à régénérer après changement de serveur",
     body=f"""Bonjour,

Notre serveur a été remplacé pendant les vacances. Depuis, le module de
transfert vers EcoleDirecte indique « licence invalide pour ce poste ».
Pouvez-vous régénérer notre licence ? UAI {u}.

Guillaume Hue
Ensemble scolaire Notre-Dame, Caen
""")

mail(cat="transfer_incident", auto=False, platform="ecoledirecte",
     notes="The Region's new lycée network proxy blocks the transfers; asks for the HTTP settings. No region (private domain).",
     frm=("Cyril Adam", "cyril.adam@lycee-prive-saint-joseph-reims.fr"), client="o365",
     date=D(7, 15, 10), subject="Proxy et transferts",
     body="""Bonjour,

Le réseau de l'établissement passe depuis le 4 novembre par un nouveau
proxy. Le diagnostic de l'outil de transfert échoue au test de connexion
vers EcoleDirecte. Quels ports et adresses faut-il ouvrir ?

Cyril Adam
Technicien informatique – Lycée Saint-Joseph, Reims
""")

u = U("0622409")
mail(cat="transfer_incident", auto=False, uai=u, platform="ecoledirecte", hard=True,
     notes="Written by the head of a private collège, but it is a transfer incident (absences not transferred), not a head-of-establishment request.",
     frm=("Direction Collège Saint-Paul", "direction@saint-paul-lens.fr"), client="outlook",
     date=D(8, 17, 40), subject="Absences non transmises aux familles",
     body=f"""Bonjour,

Je suis le chef d'établissement du collège Saint-Paul de Lens (UAI
{u}). Depuis mardi, les absences saisies par la vie scolaire ne
remontent plus dans EcoleDirecte ; les familles nous appellent. Le
journal du transfert affiche « erreur 500 » à chaque tentative.

Merci d'intervenir rapidement.

Antoine Lefèvre
Chef d'établissement
""")

u = U("0591350")
mail(cat="transfer_incident", auto=False, uai=u, platform="ecoledirecte", hard=True,
     notes="Two topics: the transfers fail (main) and a request for the invoice of the licence renewal; the transfer is the urgent, main topic.",
     frm=("Hélène Cuvelier", "compta@lycee-sainte-marie-lille.fr"), client="gmail",
     date=D(12, 11, 9), subject="Transfert + facture licence",
     body=f"""Bonjour,

Le transfert vers EcoleDirecte échoue chaque nuit depuis vendredi
(« délai dépassé »). Le matin, l'outil reste bloqué sur « envoi en cours ».

Au passage, nous n'avons pas reçu la facture du renouvellement de la licence
pour 2024-2025 ; pouvez-vous nous l'envoyer ?

Hélène Cuvelier
Lycée Sainte-Marie, Lille – UAI {u}
""")

mail(cat="transfer_incident", auto=False, platform="ecoledirecte",
     notes="Parent accounts synchronisation fails with 'Erreur 403' after the holidays. No UAI, private domain: no region.",
     frm=("Valentin Roux", "informatique@ecole-jeanne-d-arc-metz.fr"), client="thunderbird",
     date=D(13, 14, 47), subject="Synchronisation comptes parents – erreur 403",
     body="""Bonjour,

Depuis la reprise, la synchronisation des comptes parents vers
EcoleDirecte s'arrête sur « Erreur 403 – accès refusé ». Rien n'a changé
chez nous, à part la mise à jour Windows du serveur.

Valentin Roux
Informatique – Ensemble scolaire Jeanne d'Arc, Metz
""")

mail(cat="transfer_incident", auto=False, platform="ecoledirecte",
     notes="The head of administration forwards ('voir ci-dessous') the IT contractor's log excerpt: the replication fails after a base restore. Forwarded content decides.",
     frm=("Nathalie Dufour", "n.dufour@providence-amiens.fr"), client="outlook",
     date=D(14, 9, 54), subject="TR: Échec réplication",
     body="""Bonjour,

Voir ci-dessous le message de notre prestataire. Pouvez-vous nous dire ce
qu'il faut faire ? Les bulletins du premier trimestre approchent.

Nathalie Dufour
Responsable administrative – La Providence, Amiens
""" + outlook_forward(D(13, 18, 26), "Support InfoServices <support@infoservices80.example>",
                      "Nathalie Dufour <n.dufour@providence-amiens.fr>", "Échec réplication",
                      """Bonjour Madame Dufour,

Suite à la restauration de la base mardi, la réplication vers EcoleDirecte
échoue : « Réinitialisation de la réplication nécessaire (code R12) ».
Cette opération doit être faite par l'éditeur.

Cordialement,
Support InfoServices
"""))

# ---------------------------------------------------------------- automated
AUTO_HDRS = ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]

d0 = D(25, 16, 40, month=10)
mail(cat="automated", auto=False, platform=None,
     notes="Exchange out-of-office in French during the Toussaint holidays (Auto-Submitted, X-Auto-Response-Suppress). Region from the ac-lille.fr sender.",
     frm=("Dubois Géraldine", "geraldine.dubois@ac-lille.fr"), client="outlook",
     date=D(25, 16, 41, month=10), subject="Réponse automatique : [#SUP-006240] Commande EA-2024-50733",
     irt=desk_id(6240, d0), extra=AUTO_HDRS,
     body="""Bonjour,

Je suis absente pendant les vacances de la Toussaint et serai de retour le
lundi 4 novembre. Pour toute urgence concernant l'intendance, merci de
contacter le secrétariat au 03 20 xx xx xx.

Cordialement,
Géraldine Dubois
""")

d0 = D(28, 10, 2, month=10)
mail(cat="automated", auto=False, platform=None,
     notes="Academic Zimbra vacation reply ('Auto-Submitted: auto-replied (zimbra; vacation)'). Region from the ac-normandie.fr sender.",
     frm=("Yves Hamelin", "yves.hamelin@ac-normandie.fr"), client="zimbra",
     date=D(28, 10, 3, month=10), subject="Absent : Re: [#SUP-006281] Convention d'adhésion",
     irt=desk_id(6281, d0), extra=["Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk"],
     body="""Bonjour,

Je suis en congés jusqu'au 3 novembre inclus. Votre message sera traité à
mon retour.

Y. Hamelin, adjoint gestionnaire
""")

d0 = D(13, 15, 2)
mail(cat="automated", auto=False, platform=None, lang="en",
     notes="English Google Workspace vacation responder from a supplier (Auto-Submitted: auto-replied).",
     frm=("Emma Clarke", "emma.clarke@oakleaf-books.co.uk"), client="gmail",
     date=D(13, 15, 3), subject="Out of office Re: [#SUP-006533] Overdue invoice INV-22871",
     irt=desk_id(6533, d0), extra=["Auto-Submitted: auto-replied"],
     body="""Thank you for your email. I am out of the office until Monday 18
November with limited access to email. For urgent credit control matters
please contact accounts@oakleaf-books.co.uk.

Emma
""")

mail(cat="automated", auto=False, platform=None, lang="en", kind="bounce",
     notes="Postfix bounce (multipart/report delivery-status, original attached), null Return-Path: unknown user at a town hall.",
     frm=("Mail Delivery System", "MAILER-DAEMON@mail.ville-fecamp.fr"),
     host="mail.ville-fecamp.fr", rcpt="marches.publics@ville-fecamp.fr", rcpt_name="Service marchés",
     status="5.1.1", diag="unknown user: \"marches.publics\"",
     diagcode="X-Postfix; unknown user: \"marches.publics\"",
     ticket=6460, orig_subject="[#SUP-006460] Convention d'adhésion 2025",
     orig_text=desk_ack("[#SUP-006460]"), date=D(6, 10, 15))

mail(cat="automated", auto=False, platform=None, kind="ndr",
     notes="Exchange Online non-delivery report in French ('Non remis :'), multipart/report with an HTML explanation: mailbox full at a lycée's private domain.",
     frm=("Microsoft Outlook", "postmaster@lycee-prive-la-salle.fr"),
     domain="lycee-prive-la-salle.fr", host="PR3P264MB2051.FRAP264.PROD.OUTLOOK.COM",
     rcpt="intendance@lycee-prive-la-salle.fr", status="5.2.2",
     why="La boîte aux lettres du destinataire est pleine et ne peut plus recevoir de messages.",
     diagcode="552 5.2.2 STOREDRV.Deliver; mailbox full",
     ticket=6477, orig_subject="[#SUP-006477] Votre demande de devis", date=D(7, 11, 44))

mail(cat="automated", auto=False, platform=None, kind="mdn",
     notes="Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from the ac-reims.fr sender.",
     frm=("Marchal Éric", "eric.marchal@ac-reims.fr"), client="outlook",
     subject="Lu : [#SUP-006489] Facture absente de Chorus Pro", sent=D(8, 9, 12), ticket=6489,
     human="Votre message\n\n  À : Marchal Éric\n  Objet : [#SUP-006489] Facture absente de Chorus Pro\n"
           "  Envoyé : vendredi 8 novembre 2024 09:12\n\na été lu le vendredi 8 novembre 2024 10:37.\n",
     date=D(8, 10, 37))

mail(cat="automated", auto=False, platform=None, kind="mdn",
     notes="Thunderbird return receipt in French ('Accusé de réception (affiché)'), disposition-notification. Region from ac-normandie.fr.",
     frm=("Régine Lebas", "regine.lebas@ac-normandie.fr"), client="thunderbird",
     ua="Mozilla/5.0 Thunderbird/128.3.0",
     disposition="manual-action/MDN-sent-manually; displayed",
     subject="Accusé de réception (affiché) - [#SUP-006511] Votre compte Espace Acheteur",
     sent=D(12, 14, 2), ticket=6511,
     human="Ceci est un accusé de réception pour le courrier électronique envoyé à\n"
           "regine.lebas@ac-normandie.fr.\n\nNote : cet accusé de réception indique seulement que le message a été\n"
           "affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le\n"
           "destinataire ait lu ou compris le contenu du message.\n",
     date=D(12, 15, 20))

mail(cat="automated", auto=False, platform=None,
     notes="Academic mailing-list post (List-Id, Precedence: list) announcing an Op@le training for gestionnaires; the desk is subscribed. Region from the poster's ac-nancy-metz.fr address.",
     frm=("Cellule Op@le – DAF", "cellule.opale@ac-nancy-metz.fr"), client="thunderbird",
     to=[("Liste des gestionnaires", "gestionnaires-eple@listes.ac-nancy-metz.fr")],
     date=D(5, 13, 0),
     subject="[gestionnaires-eple] Sessions de formation Op@le – clôture de l'exercice",
     extra=["List-Id: Gestionnaires des EPLE <gestionnaires-eple.listes.ac-nancy-metz.fr>",
            "List-Unsubscribe: <mailto:sympa@listes.ac-nancy-metz.fr?subject=unsubscribe%20gestionnaires-eple>",
            "List-Post: <mailto:gestionnaires-eple@listes.ac-nancy-metz.fr>",
            "Precedence: list", "Sender: gestionnaires-eple-request@listes.ac-nancy-metz.fr"],
     body="""Mesdames et Messieurs les gestionnaires,

Trois sessions de formation consacrées aux opérations de fin d'exercice
dans Op@le sont ouvertes : 19 novembre (Metz), 21 novembre (Nancy),
26 novembre (Épinal). Inscriptions sur la plateforme de formation avant
le 14 novembre.

La cellule Op@le
Division des affaires financières
""")

mail(cat="automated", auto=False, platform=None,
     notes="Publisher marketing newsletter: List-Id, one-click List-Unsubscribe, Precedence: bulk.",
     frm=("Éditions Hirondelle", "newsletter@editions-hirondelle.fr"), client="plain",
     to=[("", SUPPORT)], date=D(6, 7, 0, s=4),
     subject="Nouveautés de novembre : 3 revues numériques pour vos CDI",
     form="alt",
     extra=["List-Id: Lettre CDI Editions Hirondelle <lettre-cdi.editions-hirondelle.fr>",
            "List-Unsubscribe: <https://editions-hirondelle.fr/desinscription?u=7f3e21>",
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk",
            "X-Mailer: Sendinblue"],
     body="""Lettre d'information – novembre 2024

Trois nouvelles revues numériques rejoignent notre catalogue pour les CDI :
« Sciences Junior », « Regard Ados » et « L'Atelier d'histoire ».

Profitez de -15 % jusqu'au 30 novembre avec le code TOUSSAINT24.

Vous recevez ce message car vous êtes inscrit à notre lettre d'information.
Se désinscrire : https://editions-hirondelle.fr/desinscription
""")

mail(cat="automated", auto=False, platform=None,
     notes="Chorus Pro notification from a no-reply address (Auto-Submitted): an invoice was made available. Not one of the desk's platforms.",
     frm=("Chorus Pro", "ne-pas-repondre@chorus-pro.example.gouv.fr"), client="plain",
     date=D(7, 3, 12),
     subject="Chorus Pro : une facture a été mise à disposition",
     extra=AUTO_HDRS,
     body="""Bonjour,

La facture n° F24-3402 émise par PAPETERIES DE L'EST a été mise à
disposition de votre structure le 07/11/2024.

Montant TTC : 1 932,00 EUR
Service : non renseigné

Connectez-vous à Chorus Pro pour la consulter.

Ce courriel est envoyé automatiquement, merci de ne pas y répondre.
""")

mail(cat="automated", auto=False, platform="esignature",
     notes="E-signature notification: the membership convention has been signed by all parties (Auto-Submitted: auto-generated).",
     frm=("Signature électronique", "no-reply@signature.example.fr"), client="plain",
     date=D(8, 18, 5), subject="Document signé : Convention d'adhésion 2025 – Ville de Sedan",
     extra=AUTO_HDRS, form="alt",
     body="""Bonjour,

Le document « Convention d'adhésion 2025 – Ville de Sedan » a été signé par
tous les signataires.

Signataires :
- Ville de Sedan, le 08/11/2024 à 17:58
- Centrale d'achat, le 08/11/2024 à 18:04

Le document signé est disponible dans votre espace pendant 90 jours.

Ceci est un message automatique.
""")

mail(cat="automated", auto=False, platform="espace_acheteur",
     notes="Espace Acheteur notification to the desk's address: an order is waiting for validation (Auto-Submitted: auto-generated).",
     frm=("Espace Acheteur", "no-reply@espace-acheteur.example.fr"), client="plain",
     date=D(12, 6, 30), subject="Commande en attente de validation – Collège Voltaire (Lens)",
     return_path="bounces+5521@espace-acheteur.example.fr",
     extra=AUTO_HDRS, form="alt",
     body="""Bonjour,

La commande EA-2024-51864 de la structure « Collège Voltaire – Lens » est
en attente de validation depuis 7 jours.

Montant : 3 412,80 € TTC
Demandeur : Yannick Leroy

Connectez-vous à l'Espace Acheteur, rubrique « Commandes à valider ».

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""")

mail(cat="automated", auto=False, platform="ticket_portal",
     notes="Ticket-portal notification: a supplier added a comment to a ticket the desk opened. Auto-Submitted: auto-generated.",
     frm=("Portail d'assistance", "notifications@tickets.example.fr"), client="plain",
     date=D(13, 9, 12), subject="[Ticket #48213] Nouveau commentaire : Accès documents marché 2023-077",
     extra=AUTO_HDRS,
     body="""Un nouveau commentaire a été ajouté au ticket #48213.

Auteur : Support éditeur
« Les documents du marché 2023-077 ont été republiés. Merci de confirmer. »

Pour répondre, connectez-vous au portail d'assistance. Ne répondez pas
directement à ce courriel.
""")

d0 = D(6, 10, 30)
mail(cat="automated", auto=False, platform=None, hard=True,
     notes="Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence; only the wording shows it is automatic. Mentions invoices and passwords. Region from ac-amiens.fr.",
     frm=("Bruno Vasseur", "bruno.vasseur@ac-amiens.fr"), client="outlook",
     date=D(6, 10, 31), subject="Absence du 6 au 15 novembre",
     body="""Bonjour,

Je suis absent du 6 au 15 novembre (formation). Je n'aurai pas accès à ma
messagerie.

Pour les factures et les commandes en cours, adressez-vous à Mme Picard,
secrétaire d'intendance. Pour les mots de passe et accès aux plateformes,
voyez le secrétariat de direction.

Bruno Vasseur
Adjoint gestionnaire
""")

mail(cat="automated", auto=False, platform="esidoc", hard=True,
     notes="A librarian's real question about a lost e-sidoc password, posted to an academic list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered. Region from ac-lille.fr.",
     frm=("Pauline Desmet", "pauline.desmet@ac-lille.fr"), client="thunderbird",
     to=[("Documentalistes de l'académie", "doc-lille@listes.ac-lille.fr")],
     date=D(5, 20, 14), subject="[doc-lille] Mot de passe e-sidoc perdu, quelqu'un a une astuce ?",
     extra=["List-Id: Professeurs documentalistes <doc-lille.listes.ac-lille.fr>",
            "List-Post: <mailto:doc-lille@listes.ac-lille.fr>",
            "List-Unsubscribe: <mailto:sympa@listes.ac-lille.fr?subject=unsubscribe%20doc-lille>",
            "Precedence: list"],
     body="""Bonsoir à toutes et à tous,

Petite question : je n'ai plus le mot de passe d'administration de notre
e-sidoc depuis le changement de poste du CDI. Avez-vous déjà eu le cas ?
Par qui passer pour en obtenir un nouveau ?

Merci d'avance,
Pauline, collège de Wattrelos
""")

mail(cat="automated", auto=False, platform=None, lang="en", hard=True,
     notes="Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic.",
     frm=("Mail Delivery System", "Mailer-Daemon@mx.mairie-hirson.fr"), client="plain",
     return_path="", auth="none",
     date=D(8, 12, 3), subject="Mail delivery failed: returning message to sender",
     extra=["X-Failed-Recipients: compta@mairie-hirson.fr"],
     body=f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  compta@mairie-hirson.fr
    host mx.mairie-hirson.fr [198.51.100.23]
    SMTP error from remote mail server after RCPT TO:<compta@mairie-hirson.fr>:
    550 5.1.1 <compta@mairie-hirson.fr>: Recipient address rejected: User unknown

------ This is a copy of the message, including all the headers. ------

From: Assistance <{SUPPORT}>
To: compta@mairie-hirson.fr
Subject: [#SUP-006496] Votre question sur la facture
Date: Fri, 08 Nov 2024 12:02:40 +0100

Bonjour,
Nous avons bien reçu votre message.
""")

mail(cat="automated", auto=False, platform=None,
     notes="Another help desk (the Region's IT service desk) acknowledges a message the desk sent it (Auto-Submitted, X-Loop): answering would start a mail loop.",
     frm=("Centre de services numériques", "assistance-lycees@hautsdefrance.fr"), client="plain",
     date=D(12, 9, 41), subject="[CSN-2024-118305] Accusé de réception de votre demande",
     extra=["Auto-Submitted: auto-replied", "X-Loop: assistance-lycees@hautsdefrance.fr",
            "Precedence: auto_reply"],
     body="""Bonjour,

Votre demande a été enregistrée sous le numéro CSN-2024-118305.
Un technicien la prendra en charge dans les meilleurs délais.

Merci de conserver ce numéro pour tout échange ultérieur.

Centre de services numériques des lycées
Région Hauts-de-France
""")

mail(cat="automated", auto=False, platform=None, lang="en", kind="bounce",
     notes="Delay warning from our own outgoing relay ('Delayed Mail (still being retried)', Action: delayed): not a failure, still automatic.",
     frm=("Mail Delivery System", "MAILER-DAEMON@relay.assistance.example.fr"),
     host="relay.assistance.example.fr", rcpt="gestion@college-saint-joseph-bernay.fr",
     status="4.4.1", action="delayed",
     subject_line="Delayed Mail (still being retried)",
     notif=("This is the mail system at host relay.assistance.example.fr.\n\n"
            "####################################################################\n"
            "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
            "####################################################################\n\n"
            "Your message could not be delivered for more than 4 hour(s).\n"
            "It will be retried until it is 5 day(s) old.\n\n"
            "                   The mail system\n\n"
            "<gestion@college-saint-joseph-bernay.fr>: connect to\n"
            "    mx.college-saint-joseph-bernay.fr[192.0.2.77]:25: Connection timed out\n"),
     diag="connection timed out", diagcode="X-Postfix; connect to mx.college-saint-joseph-bernay.fr: Connection timed out",
     ticket=6520, orig_subject="[#SUP-006520] Devis abonnement",
     orig_text=desk_ack("[#SUP-006520]"), date=D(13, 2, 20))

u = U("0761817")
d0 = D(25, 11, 5, month=10)
mail(cat="automated", auto=False, uai=u, platform=None, hard=True,
     notes="Out-of-office of a lycée's official ce.<UAI> box during the holidays (Auto-Submitted present) that talks about passwords, invoices and e-sidoc; the UAI comes from the address.",
     frm=("Lycée Flaubert", f"ce.{u}@ac-normandie.fr"), client="zimbra",
     date=D(25, 11, 6, month=10), subject="Absent : [#SUP-006245] Accès e-sidoc",
     irt=desk_id(6245, d0), extra=["Auto-Submitted: auto-replied (zimbra; vacation)"],
     body="""Bonjour,

Le lycée est fermé pendant les vacances de la Toussaint, du 19 octobre au
3 novembre. Les demandes de mot de passe (ENT, e-sidoc) et les questions
de facturation seront traitées à la réouverture.

Le secrétariat
Lycée Gustave Flaubert – Rouen
""")

mail(cat="automated", auto=False, platform=None,
     notes="Public-procurement watch service alert with List-Id: list of new tenders. Automated bulk mail.",
     frm=("Veille Marchés Nord-Est", "alertes@veille-marches.example.fr"), client="plain",
     date=D(14, 6, 5), subject="Vos alertes du 14/11/2024 : 6 nouvelles consultations",
     extra=["List-Id: Alertes quotidiennes <alertes.veille-marches.example.fr>",
            "List-Unsubscribe: <https://veille-marches.example.fr/alertes/stop?id=88213>",
            "Precedence: bulk"],
     body="""Vos alertes du 14/11/2024

1. Fourniture de mobilier scolaire – Ville de Tourcoing – limite 06/12/2024
2. Denrées alimentaires, lot 4 – Collège de Fismes – limite 29/11/2024
3. Abonnements de périodiques – Région Normandie – limite 10/12/2024
4. Maintenance photocopieurs – Lycée de Haguenau – limite 02/12/2024
5. Équipements numériques – Département de l'Aisne – limite 13/12/2024
6. Fournitures de bureau – CC du Pays de Bray – limite 28/11/2024

Gérer mes alertes : https://veille-marches.example.fr/alertes
""")

d0 = D(6, 15, 47)
mail(cat="automated", auto=False, platform=None,
     notes="A supplier's ticketing system acknowledges the desk's message (Auto-Submitted: auto-replied).",
     frm=("Service client Papeteries de l'Est", "support@papeteries-est.fr"), client="plain",
     date=D(6, 15, 49), subject="Re: [#SUP-006468] Facture rejetée – Votre demande n° 45821",
     irt=desk_id(6468, d0), extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""Bonjour,

Nous accusons réception de votre message, enregistré sous le numéro 45821.
Notre service comptabilité clients vous répondra sous 5 jours ouvrés.

Ceci est une réponse automatique.
""")

# ---------------------------------------------------------------- other
mail(cat="other", auto=False, platform=None, hard=True, auth="fail",
     attach=[("Facture_impayee_0411.pdf.html", "text/html", b"<html><body><script>location='http://example.invalid/'</script></body></html>\n")],
     notes="Fake 'unpaid invoice' with an HTML file disguised as a PDF, from an unknown sender failing SPF/DMARC: phishing, not order_billing.",
     frm=("Service Recouvrement", "recouvrement@factures-relance-online.com"), client="plain",
     date=D(4, 23, 12), subject="RAPPEL : facture impayée n° 2024-0411 – dernier avis",
     body="""Madame, Monsieur,

Malgré nos relances, la facture n° 2024-0411 reste impayée. Vous trouverez
le document en pièce jointe. Sans règlement sous 48 heures, le dossier sera
transmis à notre service contentieux.

Ouvrez la pièce jointe et connectez-vous avec vos identifiants de
messagerie pour consulter le détail.

Service Recouvrement
""")

mail(cat="other", auto=False, platform=None,
     notes="Cold sales prospecting for CDI furniture sent to one person (no list headers): other, not automated.",
     frm=("Thibault Morin", "t.morin@mobilier-biblio-nord.fr"), client="gmail",
     date=D(5, 9, 20), subject="Aménagement de CDI – catalogue 2025",
     body="""Bonjour,

Spécialistes de l'aménagement de bibliothèques scolaires dans les
Hauts-de-France, nous accompagnons les établissements de la conception à la
pose. Notre catalogue 2025 vient de sortir, avec des remises pour toute
commande passée avant le 31 décembre.

Seriez-vous disponible pour un appel de 15 minutes cette semaine ?

Thibault Morin
Chargé d'affaires – Mobilier Biblio Nord
06 xx xx xx xx
""")

ref = "[#SUP-006428]"
d0 = D(6, 8, 44)
u = U("0574712")
mail(cat="other", auto=False, platform="esidoc", hard=True,
     notes="Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. UAI from her signature.",
     frm=("Ophélie Klein", "ophelie.klein@ac-nancy-metz.fr"), client="gmail",
     uai=u,
     date=D(6, 9, 30), subject=f"Re: {ref} Mot de passe e-sidoc",
     irt=desk_id(6428, d0),
     body=f"""Bonjour,

C'est parfait, le lien a fonctionné et j'ai pu choisir un nouveau mot de
passe. Merci pour la rapidité !

Ophélie Klein
Collège Paul Verlaine, Maizières-lès-Metz – {u}
""" + gmail_quote(d0, f"Assistance <{SUPPORT}>", desk_reset(ref, "c***@ac-nancy-metz.fr")))

mail(cat="other", auto=False, platform=None, lang="en",
     notes="English SEO spam.",
     frm=("Ryan Parker", "ryan.parker.seo@outreach-growth.example"), client="plain",
     date=D(7, 4, 55), subject="Quick question about assistance.example.fr",
     body="""Hi there,

I was checking assistance.example.fr and noticed it is not ranking for
several high-value keywords. Our team can get you on page one of Google in
30 days, guaranteed.

Can I send you a free audit?

Best,
Ryan
""")

mail(cat="other", auto=False, platform=None,
     notes="A town buyer asks a legal question on procurement thresholds: unrelated to the desk's products. No region.",
     frm=("Gérard Lemoine", "mairie.saint-sauveur@orange.fr"), client="plain",
     date=D(8, 14, 15), subject="Question sur les seuils",
     body="""Bonjour,

Petite commune de 900 habitants, nous voulons remplacer le mobilier de la
cantine (environ 38 000 € HT). Sommes-nous obligés de faire une mise en
concurrence formalisée, ou pouvons-nous commander directement ?

Merci de vos lumières,
Gérard Lemoine
Adjoint au maire de Saint-Sauveur-le-Vicomte
""")

mail(cat="other", auto=False, platform=None,
     notes="Wants to register for the buyers' webinar; the registration link fails: other. Region from ac-strasbourg.fr.",
     frm=("Claudine Meyer", "claudine.meyer@ac-strasbourg.fr"), client="thunderbird",
     date=D(12, 11, 25), subject="Inscription au webinaire du 21 novembre",
     body="""Bonjour,

Je voudrais m'inscrire au webinaire de présentation des nouveaux marchés
du 21 novembre, mais le lien de la lettre d'information renvoie une page
d'erreur. Pouvez-vous m'inscrire directement ?

Claudine Meyer
Adjointe gestionnaire, collège de Molsheim
""")

mail(cat="other", auto=False, platform=None,
     notes="GDPR erasure request from a former adjoint gestionnaire who left the administration: other (human review), not account_creation.",
     frm=("Sandrine Peltier", "sandrine.peltier@laposte.net"), client="webmail",
     date=D(13, 18, 40), subject="Suppression de mes données personnelles",
     body="""Bonjour,

J'ai quitté l'Éducation nationale en septembre. Conformément au RGPD, je
vous demande de supprimer l'ensemble de mes données personnelles (compte,
historique de commandes à mon nom, adresse) de vos services, et de m'en
donner confirmation.

Sandrine Peltier
""")

mail(cat="other", auto=False, platform=None,
     notes="A parent writes to the wrong address about paying for a school trip: unrelated.",
     frm=("Karine Dupont", "karine.dupont59@hotmail.fr"), client="android",
     date=D(5, 21, 2), subject="paiement voyage scolaire",
     body="""Bonsoir, je voudrais savoir si on peut payer le voyage en Angleterre de ma fille en 3 fois et à qui envoyer le chèque. Elle est en 4eB. Merci
Karine Dupont
""")

mail(cat="other", auto=False, platform=None,
     notes="Angry complaint about unanswered mails that says nothing about the topic and gives no ticket reference: no category can be told. Region from ac-reims.fr.",
     frm=("Denis Chevallier", "denis.chevallier@ac-reims.fr"), client="outlook",
     date=D(14, 8, 3), subject="TROISIÈME RELANCE",
     body="""Bonjour,

C'est la troisième fois que je vous écris et je n'ai toujours aucune
réponse. Je trouve inadmissible qu'un service d'assistance ne réponde pas
en trois semaines. Je vais en référer à ma hiérarchie.

D. Chevallier
""")

mail(cat="other", auto=False, platform=None, lang="en",
     notes="English partnership pitch from an edtech start-up.",
     frm=("Lena Hoffmann", "lena@shelfwise.example"), client="gmail",
     date=D(6, 15, 30), subject="Partnership: AI shelf inventory for school libraries",
     body="""Hello,

I'm the co-founder of Shelfwise, a start-up that counts library shelves
from a phone video. We already work with 40 schools in Belgium and would
love to integrate with the platforms your desk supports in northern France.

Would you have 20 minutes for a call next week?

Best regards,
Lena Hoffmann
""")

mail(cat="other", auto=False, platform="ticket_portal",
     notes="How-to question about the ticket portal (attaching a file to an existing ticket): no category of its own. Region from ac-amiens.fr.",
     frm=("Fabrice Lenglet", "fabrice.lenglet@ac-amiens.fr"), client="thunderbird",
     date=D(7, 16, 55), subject="Ajouter une pièce jointe sur le portail de tickets",
     body="""Bonjour,

Sur le portail de tickets, comment ajoute-t-on une pièce jointe à un ticket
déjà ouvert ? Je ne vois le bouton qu'à la création.

Fabrice Lenglet
""")

ref = "[#SUP-006390]"
d0 = D(5, 14, 12)
mail(cat="other", auto=False, platform=None,
     notes="'Bien reçu, merci' from a phone after an answer about a contract document: nothing to do. Region from ac-normandie.fr.",
     frm=("Laurent Hue", "laurent.hue@ac-normandie.fr"), client="iphone",
     date=D(5, 18, 20), subject=f"Re: {ref} Avenant marché 2023-045",
     irt=desk_id(6390, d0),
     body="""Bien reçu, merci.
""")

mail(cat="other", auto=False, platform=None, hard=True, auth="fail",
     notes="Phishing: 'your Espace Acheteur account will be suspended, confirm your password' from a look-alike domain; mentions a password and the platform but is not a request: other, no platform, no region.",
     frm=("Espace Acheteur", "securite@espace-acheteur-verification.com"), client="plain",
     date=D(9, 2, 40), subject="Action requise : votre compte sera suspendu",
     form="alt",
     body="""Cher utilisateur,

Suite à une mise à jour de sécurité, votre compte Espace Acheteur sera
suspendu sous 24 heures si vous ne confirmez pas votre mot de passe.

Confirmez votre compte ici : http://espace-acheteur-verification.com/login

L'équipe sécurité
""")

mail(cat="other", auto=False, platform="esidoc",
     notes="A librarian asks whether the desk runs training sessions on e-sidoc for new librarians: an information request with no category of its own. Region from ac-lille.fr.",
     frm=("Maëlle Hochart", "maelle.hochart@ac-lille.fr"), client="zimbra",
     date=D(12, 15, 44), subject="Formation e-sidoc pour débutants ?",
     body="""Bonjour,

Je débute comme professeure documentaliste. Organisez-vous des formations
(même à distance) à la prise en main d'e-sidoc ? Je n'ai trouvé que des
tutoriels vidéo.

Merci,
Maëlle Hochart
""")

mail(cat="other", auto=False, platform=None,
     notes="Unsolicited internship application in public procurement, CV attached.",
     frm=("Inès Bouchard", "ines.bouchard@etu.univ-lille.example"), client="gmail",
     date=D(8, 10, 11), subject="Candidature stage – achat public",
     attach=[("CV_Ines_Bouchard.pdf",)],
     body="""Madame, Monsieur,

Étudiante en master Droit des contrats publics, je recherche un stage de
six mois à partir de janvier 2025. Votre centrale d'achat m'intéresse
beaucoup ; vous trouverez mon CV en pièce jointe.

Je reste à votre disposition pour un entretien.

Inès Bouchard
""")

mail(cat="other", auto=False, platform=None,
     notes="A teacher asks for book recommendations for a reading project: unrelated to the services. Region from ac-reims.fr.",
     frm=("Paul Deschamps", "paul.deschamps@ac-reims.fr"), client="webmail",
     date=D(13, 19, 2), subject="Idées de romans pour un projet lecture",
     body="""Bonjour,

Professeur de français en 5e, je monte un projet lecture autour de la mer.
Auriez-vous une liste de romans jeunesse à conseiller pour le CDI ?

Paul Deschamps
""")

mail(cat="other", auto=False, platform=None, hard=True, auth="fail",
     reply_to=("Comptabilité", "compta.fournisseur@gmx.example"),
     notes="Classic supplier bank-detail fraud: a 'supplier' asks to change the RIB for all future payments, reply to a free-mail address, SPF/DMARC fail. Not a genuine billing request: other.",
     frm=("Papeteries de l'Est – Comptabilité", "compta@papeteries-est-fr.com"), client="plain",
     date=D(12, 17, 18), subject="Changement de coordonnées bancaires",
     attach=[("nouveau_RIB.pdf",)],
     body="""Bonjour,

Suite à un changement de banque, merci de noter nos nouvelles coordonnées
bancaires (RIB joint) pour le paiement de toutes nos factures à venir,
y compris celles en attente sur Chorus Pro.

Merci de nous confirmer la prise en compte par retour de mail.

Service comptabilité
""")

mail(cat="other", auto=False, platform="esignature", hard=True,
     notes="The convention sent for e-signature names the wrong town (a neighbouring commune); the document itself is wrong, only its sender can fix it. About a convention, but not access to it: other.",
     frm=("Annie Caron", "a.caron@mairie-albert.fr"), client="o365",
     date=D(14, 14, 36), subject="Erreur sur la convention à signer",
     body="""Bonjour,

La convention que nous avons reçue pour signature électronique porte le nom
de la commune de Méaulte au lieu d'Albert, et le SIRET n'est pas le nôtre.
Nous ne pouvons pas la signer en l'état. Pouvez-vous la corriger et nous la
renvoyer ?

Annie Caron
Service achats – Mairie d'Albert
""")


# ==========================================================================
# Build, write, check
# ==========================================================================
def source_text(m):
    """Everything a reader can see, before transfer encoding (for checks)."""
    parts = [m.get("subject", ""), m["frm"][1], m.get("body", ""), m.get("human", "")]
    return "\n".join(parts)


def main():
    assert len(MAILS) == 150, len(MAILS)
    order = list(range(len(MAILS)))
    random.Random(46).shuffle(order)
    labels = []
    seen_uai = {}
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        fname = f"h{n:03d}.eml"
        raw = BUILDERS[m["kind"]](m)
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(raw)

        cat, plat, uai = m["cat"], m["platform"], m["uai"]
        region = region_for(uai, m["frm"][1])
        # ---- label checks -------------------------------------------------
        assert cat in CATEGORIES, (fname, cat)
        assert plat in PLATFORMS, (fname, plat)
        assert isinstance(m["auto"], bool) and isinstance(m["hard"], bool)
        if cat in NEVER_AUTO:
            assert m["auto"] is False, (fname, cat)
        assert m["lang"] in ("fr", "en")
        if uai is not None:
            assert uai_is_valid(uai), (fname, uai)
            assert uai.lower() in source_text(m).lower(), (fname, "UAI not in the mail", uai)
            assert region == PREFIX_REGION[uai[:3]], (fname, region, uai)
            seen_uai.setdefault(uai, []).append(fname)
        else:
            dom = m["frm"][1].rsplit("@", 1)[1].lower()
            assert region == DOMAIN_REGION.get(dom), (fname, region)
        for b in m["bad"]:
            assert re.fullmatch(r"\d{7}[A-Z]", b) and not uai_is_valid(b), (fname, b)
            assert b in source_text(m), (fname, b)
            assert b != uai
        if region is not None:
            assert region in REGION_DEPTS, region
        # ---- the file parses and headers decode back -----------------------
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert not msg.defects, (fname, msg.defects)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            assert msg[h] is not None, (fname, h)
        if m["kind"] == "person":
            assert str(msg["Subject"]) == m["subject"], (fname, str(msg["Subject"]), m["subject"])
            assert m["frm"][1].lower() in str(msg["From"]).lower()
        assert all(len(line) <= 998 for line in raw.split(b"\r\n")), fname
        labels.append({"file": fname, "category": cat, "auto_reply_ok": m["auto"], "uai": uai,
                       "region": region, "platform": plat, "hard": m["hard"], "lang": m["lang"],
                       "notes": m["notes"]})

    assert len(labels) == 150
    assert {l["category"] for l in labels} == CATEGORIES, "every category must be present"
    assert len({l["file"] for l in labels}) == 150
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    files = sorted(f for f in os.listdir(HERE) if re.fullmatch(r"h\d{3}\.eml", f))
    assert files == [f"h{i:03d}.eml" for i in range(1, 151)], "exactly h001..h150"

    from collections import Counter
    cats = Counter(l["category"] for l in labels)
    print("mails:", len(labels))
    for c, k in sorted(cats.items(), key=lambda x: -x[1]):
        print(f"  {c:32s} {k}")
    print("hard:", sum(l["hard"] for l in labels), " auto_reply_ok:", sum(l["auto_reply_ok"] for l in labels))


if __name__ == "__main__":
    main()
