#!/usr/bin/env python3
"""Build holdout118: 150 hand-written blind test mails with labels.

Theme: non-school public buyers on the Espace Acheteur (hospitals, town
halls, départements, intercommunalités, rectorats; buyers, accountants and
legal staff): invoices, contracts, accounts and access.

Every body below is written by hand. The code only wraps each text in
realistic headers and MIME structures (Outlook, Gmail, Thunderbird, Apple,
Android, Zimbra, webmail; quoted-printable, base64, 8-bit; HTML-only or
multipart/alternative), then writes h001.eml ... h150.eml and labels.jsonl
and re-reads everything to check it.

Standard library only; deterministic (fixed seed).
"""
import base64
import email
import email.policy
import hashlib
import html
import json
import os
import quopri
import random
import re
from datetime import datetime, timedelta, timezone
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 118_2025
rng = random.Random(SEED)

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
AUTO_OK_CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "account_creation", "subscription_activation",
}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal",
             "esignature", None}
UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

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
    "ac-aix-marseille.fr": "provence-alpes-cote-d-azur",
    "ac-nice.fr": "provence-alpes-cote-d-azur", "ac-guadeloupe.fr": "guadeloupe",
    "ac-martinique.fr": "martinique", "ac-guyane.fr": "guyane",
    "ac-reunion.fr": "la-reunion", "ac-mayotte.fr": "mayotte",
}


def uai_ok(code):
    """True when code is 7 digits + the right check letter (regions.md)."""
    if not re.fullmatch(r"\d{7}[A-Z]", code or ""):
        return False
    return UAI_LETTERS[int(code[:7]) % 23] == code[7]


MAILS = []


def M(cat, ok, uai, region, platform, hard, lang, notes, frm, subj, body,
      style="outlook", **kw):
    """Register one hand-written mail with its label."""
    MAILS.append(dict(cat=cat, ok=ok, uai=uai, region=region,
                      platform=platform, hard=hard, lang=lang, notes=notes,
                      frm=frm, subj=subj, body=body, style=style, kw=kw))


# ---------------------------------------------------------------- helpers

def enc_header(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, pick_charset(s, charset)).encode()


def fmt_addr(name, addr, charset="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        if re.search(r"[(),.:;<>@\[\]\"]", name):
            return '"%s" <%s>' % (name.replace('"', ""), addr)
        return "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, pick_charset(name, charset)).encode(), addr)


def qp(text, charset):
    data = text.replace("\n", "\r\n").encode(charset)
    out = quopri.encodestring(data).decode("ascii")
    return out.replace("\r\n", "\n")


def b64(text, charset="utf-8"):
    data = text.replace("\n", "\r\n").encode(charset)
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def pick_charset(text, prefer):
    for cs in (prefer, "windows-1252", "utf-8"):
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            continue
    return "utf-8"


def text_to_html(text, flavour):
    paras = []
    for line in text.split("\n"):
        esc = html.escape(line, quote=False) if line.strip() else "&nbsp;"
        if flavour == "outlook":
            paras.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc)
        else:
            paras.append("<div>%s</div>" % (esc if line.strip() else "<br>"))
    if flavour == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
                '--></style>\n</head>\n<body lang="FR" link="#0563C1" vlink="#954F72">\n'
                '<div class="WordSection1">\n' + "\n".join(paras) +
                "\n</div>\n</body>\n</html>\n")
    return ('<div dir="ltr">' + "\n".join(paras) + "</div>\n")


def rand_id(n=16, alphabet="0123456789ABCDEF"):
    return "".join(rng.choice(alphabet) for _ in range(n))


TZ = {"guadeloupe": -4, "martinique": -4, "guyane": -3, "la-reunion": 4, "mayotte": 3}


def make_date(kw, region):
    if "date" in kw:
        return kw["date"]
    base = datetime(2024, 9, 2) + timedelta(days=rng.randint(0, 300))
    while base.weekday() >= 5 and rng.random() < 0.85:
        base += timedelta(days=1)
    base = base.replace(hour=rng.randint(7, 18), minute=rng.randint(0, 59),
                        second=rng.randint(0, 59))
    off = kw.get("tz")
    if off is None:
        off = TZ.get(region)
    if off is None:
        off = 2 if 3 < base.month < 11 else 1
    return base.replace(tzinfo=timezone(timedelta(hours=off)))


def rfc_date(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def received(domain, style, d):
    if style in ("outlook", "outlook_html"):
        host = "PAUP264CU%03d.outbound.protection.outlook.com" % rng.randint(1, 9)
    elif domain in ("gmail.com", "googlemail.com"):
        host = "mail-wr1-f%d.google.com" % rng.randint(40, 70)
    elif domain in ("orange.fr", "wanadoo.fr"):
        host = "smtp%02d.smtpout.orange.fr" % rng.randint(1, 20)
    else:
        host = "mail.%s" % domain
    ip = "%s.%d" % (rng.choice(["192.0.2", "198.51.100", "203.0.113"]), rng.randint(2, 250))
    return ("Received: from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) "
            "with ESMTPS id %s\n\tfor <support@assistance.example.fr>; %s\n"
            % (host, host, ip, rand_id(15, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz0123456789"),
               rfc_date(d)))


def auth_results(domain, auth):
    if auth == "fail":
        return ("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;\n"
                "\tspf=fail smtp.mailfrom=%s;\n\tdmarc=fail (p=quarantine dis=none) header.from=%s\n"
                % (domain, domain))
    if auth == "none":
        return ("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;\n"
                "\tspf=none smtp.mailfrom=%s;\n\tdmarc=none header.from=%s\n" % (domain, domain))
    return ("Authentication-Results: mx1.assistance.example.fr;\n"
            "\tdkim=pass (2048-bit key) header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n"
            "\tdmarc=pass (p=none dis=none) header.from=%s\n" % (domain, domain, domain))


def message_id(style, domain, d):
    if style in ("outlook", "outlook_html"):
        box = "PR%dP264MB%04d" % (rng.randint(0, 3), rng.randint(1000, 9999))
        return "<%s%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (box, rand_id(24), box)
    if domain in ("gmail.com",):
        return "<CA%s+%s@mail.gmail.com>" % (
            rand_id(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
            rand_id(30, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"))
    if style == "iphone":
        return "<%s-%s-%s@%s>" % (rand_id(8), rand_id(4), rand_id(12), domain)
    return "<%s.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), rand_id(8, "0123456789abcdef"), domain)


USER_AGENTS = {
    "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
    "iphone": ("X-Mailer", "iPhone Mail (21F90)"),
    "apple": ("X-Mailer", "Apple Mail (2.3774.600.62)"),
    "android": ("X-Mailer", "Outlook for Android"),
    "zimbra": ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF128 (Linux)/9.0.0_GA_4583)"),
    "roundcube": ("User-Agent", "Roundcube Webmail/1.6.6"),
    "orange": ("X-Mailer", "Orange Messagerie"),
    "lotus": ("X-Mailer", "HCL Notes Release 12.0.2 FP2"),
}


def build(m):
    kw = m["kw"]
    name, addr = m["frm"]
    domain = addr.split("@")[1].lower()
    style = m["style"]
    d = make_date(kw, m["region"])
    auth = kw.get("auth", "pass")
    h = []
    h.append("Return-Path: <%s>\n" % kw.get("return_path", addr))
    h.append("Delivered-To: support@assistance.example.fr\n")
    h.append(received(domain, style, d))
    h.append(auth_results(domain, auth))
    hcs = "iso-8859-1" if style in ("outlook", "outlook_html", "lotus") else "utf-8"
    h.append("From: %s\n" % fmt_addr(name, addr, hcs))
    h.append("To: %s\n" % kw.get("to", "Assistance <support@assistance.example.fr>"))
    if kw.get("cc"):
        h.append("Cc: %s\n" % kw["cc"])
    h.append("Subject: %s\n" % enc_header(m["subj"], hcs))
    h.append("Date: %s\n" % rfc_date(d))
    h.append("Message-ID: %s\n" % message_id(style, domain, d))
    if kw.get("in_reply_to"):
        h.append("In-Reply-To: %s\nReferences: %s\n" % (kw["in_reply_to"], kw["in_reply_to"]))
    if kw.get("reply_to"):
        h.append("Reply-To: %s\n" % kw["reply_to"])
    if style in ("outlook", "outlook_html"):
        h.append("Thread-Topic: %s\n" % enc_header(m["subj"], hcs))
        h.append("Thread-Index: %s==\n" % base64.b64encode(
            hashlib.sha1(m["subj"].encode()).digest()[:20]).decode()[:26])
        h.append("Accept-Language: fr-FR, en-US\nContent-Language: %s\n"
                 % ("en-US" if m["lang"] == "en" else "fr-FR"))
        h.append("X-MS-Has-Attach: %s\nX-MS-TNEF-Correlator: \n" % ("yes" if kw.get("attach") else ""))
    ua = kw.get("ua") or {"thunderbird": "thunderbird", "iphone": "iphone", "android": "android",
                          "zimbra": "zimbra", "apple": "apple", "lotus": "lotus"}.get(style)
    if ua:
        k, v = USER_AGENTS[ua]
        h.append("%s: %s\n" % (k, v))
    for k, v in kw.get("extra", []):
        h.append("%s: %s\n" % (k, v))
    h.append("MIME-Version: 1.0\n")
    body = m["body"].strip("\n") + "\n"
    parts = render_body(style, body, kw)
    if kw.get("attach"):
        fname, ctype, payload = kw["attach"]
        bnd = "_att_%s_" % rand_id(20)
        att = base64.b64encode(payload).decode()
        att = "\n".join(att[i:i + 76] for i in range(0, len(att), 76))
        top = ("Content-Type: multipart/mixed;\n boundary=\"%s\"\n\n--%s\n%s\n--%s\n"
               "Content-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
               "Content-Transfer-Encoding: base64\n\n%s\n\n--%s--\n"
               % (bnd, bnd, parts, bnd, ctype, fname, fname, att, bnd))
        return "".join(h) + top
    return "".join(h) + parts


def render_body(style, body, kw):
    if style in ("outlook", "lotus"):
        cs = pick_charset(body, "iso-8859-1")
        bnd = "_000_%s_" % rand_id(28)
        htm = kw.get("html") or text_to_html(body, "outlook")
        hcs = pick_charset(htm, cs)
        return ("Content-Type: multipart/alternative;\n boundary=\"%s\"\n\n--%s\n"
                "Content-Type: text/plain; charset=\"%s\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n"
                "--%s\nContent-Type: text/html; charset=\"%s\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n"
                "--%s--\n" % (bnd, bnd, cs, qp(body, cs), bnd, hcs, qp(htm, hcs), bnd))
    if style == "outlook_html":
        htm = kw.get("html") or text_to_html(body, "outlook")
        cs = pick_charset(htm, "windows-1252")
        return ("Content-Type: text/html; charset=\"%s\"\nContent-Transfer-Encoding: quoted-printable\n\n%s"
                % (cs.capitalize() if cs.startswith("win") else cs, qp(htm, cs)))
    if style == "gmail":
        bnd = "0000000000%s" % rand_id(18, "0123456789abcdef")
        htm = kw.get("html") or text_to_html(body, "gmail")
        return ("Content-Type: multipart/alternative; boundary=\"%s\"\n\n--%s\n"
                "Content-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n"
                "--%s\nContent-Type: text/html; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n"
                "--%s--\n" % (bnd, bnd, qp(body, "utf-8"), bnd, qp(htm, "utf-8"), bnd))
    if style == "android":
        bnd = "--_com.android.email_%d" % rng.randint(10 ** 12, 10 ** 13)
        htm = kw.get("html") or text_to_html(body, "gmail")
        return ("Content-Type: multipart/alternative; boundary=\"%s\"\n\n--%s\n"
                "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n%s\n\n"
                "--%s\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n%s\n\n"
                "--%s--\n" % (bnd, bnd, b64(body), bnd, b64(htm), bnd))
    if style == "base64":
        return ("Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\n%s\n"
                % b64(body))
    if style in ("iphone", "apple", "zimbra", "qp"):
        return ("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n%s"
                % qp(body, "utf-8"))
    if style == "latin1":
        # 8-bit ISO-8859-1 body, as an old client sends it: characters
        # outside Latin-1 (en dash, curly quote) are typed as ASCII there.
        body = body.replace("\u2013", "-").replace("\u2019", "'")
        return ("Content-Type: text/plain; charset=ISO-8859-1\nContent-Transfer-Encoding: 8bit\n\n"
                "\x00LATIN1\x00" + body)
    if style == "raw":
        return body
    if style == "html_plain":
        htm = kw.get("html") or text_to_html(body, "gmail")
        return ("Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + htm)
    # thunderbird / roundcube / plain utf-8 8bit
    fl = "; format=flowed" if style == "thunderbird" else ""
    return ("Content-Type: text/plain; charset=UTF-8%s\nContent-Transfer-Encoding: 8bit\n\n%s" % (fl, body))


def to_bytes(text):
    if "\x00LATIN1\x00" in text:
        head, body = text.split("\x00LATIN1\x00", 1)
        return head.encode("utf-8") + body.encode("iso-8859-1")
    return text.encode("utf-8")


# =================================================================
# password_reset (22)
# =================================================================

M("password_reset", True, None, None, "espace_acheteur", False, "fr",
  "Hospital buyer locked out of the Espace Acheteur after too many attempts; plain reset request.",
  ("Nathalie GIRAUD", "nathalie.giraud@ch-vienne.fr"),
  "Compte bloqué Espace Acheteur",
  """Bonjour,

Mon compte sur l'Espace Acheteur est bloqué depuis ce matin, j'ai dû me tromper trois fois de mot de passe en voulant passer une commande de consommables.
Pouvez-vous me le débloquer ou m'envoyer un lien pour le réinitialiser ?

Merci d'avance,

Nathalie Giraud
Acheteuse – Direction des achats et de la logistique
Centre hospitalier de Vienne
Tél. 04 74 31 33 33
""")

M("password_reset", True, None, None, "espace_acheteur", False, "fr",
  "Town-hall secretary forgot her password; short and clear.",
  ("Mairie de Lussac - Secrétariat", "secretariat@mairie-lussac.fr"),
  "mot de passe oublié",
  """Bonjour
j'ai oublié mon mot de passe pour l'espace acheteur et le bouton "mot de passe oublié" ne me dit rien de plus que d'écrire ici.
Merci de m'aider
Sylvie, secrétariat de mairie
""", style="orange")

M("password_reset", True, None, None, "espace_acheteur", False, "en",
  "English, from an EU-funded project officer at a métropole; forgot password.",
  ("Kieran O'Donnell", "k.odonnell@metropole-grenoble.fr"),
  "Forgotten password - buyer space",
  """Hello,

I work in the European projects unit of the Métropole and I occasionally place orders through your buyer space (Espace Acheteur). I haven't logged in since June and I can't remember my password.
Could you send me a reset link please?

Many thanks,
Kieran O'Donnell
Project officer, European funding unit
Grenoble-Alpes Métropole
""", style="gmail")

M("password_reset", True, None, None, "espace_acheteur", False, "fr",
  "Expired reset link: the link arrived but she opened it the next day.",
  ("Martine Leclerc", "m.leclerc@cc-pays-de-mormal.fr"),
  "Lien de réinitialisation expiré",
  """Bonjour,

J'ai bien reçu hier le mail pour changer mon mot de passe mais je ne l'ai ouvert que ce matin, et la page me dit que le lien n'est plus valable.
Est-il possible d'en recevoir un nouveau ?

Bien cordialement

Martine Leclerc
Service commande publique
Communauté de communes du Pays de Mormal
""")

M("password_reset", True, None, None, "espace_acheteur", False, "fr",
  "New accountant in a CCAS never had the login of the account he inherited; standard reset path.",
  ("Jean-Baptiste Ferrand", "jb.ferrand@ccas-villeurbanne.fr"),
  "Reprise du compte de ma prédécesseure",
  """Bonjour,

Je viens de prendre le poste de comptable au CCAS de Villeurbanne. Ma prédécesseure passait les commandes sur l'Espace Acheteur mais elle est partie sans laisser ni l'identifiant ni le mot de passe.
L'adresse du compte est normalement compta@ccas-villeurbanne.fr, que je consulte désormais.
Comment faire pour récupérer l'accès ?

Cordialement,
J.-B. Ferrand
Comptable – CCAS de Villeurbanne
""", style="thunderbird")

M("password_reset", False, None, None, "espace_acheteur", True, "fr",
  "Asks that the password be sent to her personal Gmail because the professional mailbox is closed; cannot be answered automatically (never to an address not on file).",
  ("Laure Benhamou", "laure.benhamou75@gmail.com"),
  "accès espace acheteur mairie",
  """Bonjour,

Je suis gestionnaire marchés à la mairie du 11e mais ma boîte professionnelle est inaccessible depuis la migration informatique (on nous annonce au moins deux semaines).
Pourriez-vous m'envoyer un nouveau mot de passe sur cette adresse personnelle ? J'ai des bons de commande à passer avant la fin du mois.

Merci beaucoup
Laure Benhamou
""", style="gmail")

M("password_reset", True, None, "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
  "Rectorat buyer (not a school) from ac-lyon.fr; no UAI; region from the académie domain.",
  ("Pascale Thévenet", "pascale.thevenet@ac-lyon.fr"),
  "Réinitialisation mot de passe - rectorat",
  """Bonjour,

Agent du bureau des achats du rectorat, je n'arrive plus à me connecter à l'Espace Acheteur : le mot de passe est refusé alors que je ne l'ai pas modifié. Il a peut-être expiré ?
Je souhaite le réinitialiser.

Cordialement,

Pascale Thévenet
Rectorat de l'académie de Lyon – DAF, bureau des achats
""", style="zimbra")

M("password_reset", False, None, None, "espace_acheteur", True, "fr",
  "Reply to an earlier automatic answer: the reset mail went to a generic address of the hospital nobody reads any more; standard path already failed, needs a person.",
  ("Olivier Marchand", "olivier.marchand@chu-amiens.fr"),
  "RE: [#SUP-018233] Mot de passe Espace Acheteur",
  """Bonjour,

Le lien est parti sur achats-pharma@chu-amiens.fr, une boîte qui a été supprimée l'an dernier lors de la fusion des services. Je ne peux donc pas le recevoir.
Merci de voir avec moi par téléphone comment on peut rattacher le compte à ma propre adresse : 03 22 08 80 00, poste 4512.

Olivier Marchand
Pharmacie à usage intérieur – CHU Amiens-Picardie

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 14 janvier 2025 10:02
À : Olivier Marchand <olivier.marchand@chu-amiens.fr>
Objet : [#SUP-018233] Mot de passe Espace Acheteur

Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse enregistrée pour votre compte (a***@chu-amiens.fr). Il est valable 12 heures.

Cordialement,
L'équipe d'assistance
""", in_reply_to="<SUP-018233.1736845320.a1c0@assistance.example.fr>")

M("password_reset", True, None, None, "espace_acheteur", False, "fr",
  "All lower case, no punctuation, from a small commune; identifier unknown.",
  ("mairie de saint-jean-de-bournay", "mairie.sjdb@wanadoo.fr"),
  "identifiant",
  """bonjour je ne sais plus quel est mon identifiant pour me connecter a l espace acheteur ni le mot de passe d ailleurs
c est pour la commune de saint jean de bournay
merci
""", style="orange", ua="orange")

M("password_reset", True, None, None, "espace_acheteur", False, "fr",
  "Password expired (90-day policy message); wants to set a new one.",
  ("Didier Roche", "didier.roche@departement13.fr"),
  "Mot de passe expiré",
  """Bonjour,

A la connexion, l'Espace Acheteur m'indique « Votre mot de passe a expiré » et me renvoie sur une page qui ne charge pas.
Pouvez-vous m'adresser un lien pour en définir un nouveau ?

Merci.

Didier Roche
Direction de la commande publique
Département des Bouches-du-Rhône
""", style="outlook_html")

M("password_reset", False, None, None, "espace_acheteur", True, "fr",
  "Two topics: reset for herself (main) and a missing invoice PDF (order_billing); one template would answer only half.",
  ("Agnès Poulain", "agnes.poulain@ville-chalon.fr"),
  "mot de passe + facture",
  """Bonjour,

Deux choses :
1) je n'arrive plus à me connecter, j'ai oublié mon mot de passe, il me faudrait un lien de réinitialisation ;
2) la facture de la commande de septembre (mobilier pour la médiathèque) ne figure pas dans notre espace et notre trésorerie la réclame.

Merci d'avance,
Agnès Poulain
Ville de Chalon-sur-Saône – Service finances
""", style="thunderbird")

M("password_reset", True, None, None, "espace_acheteur", False, "fr",
  "Short message from an iPhone; forgot password, signed by a hospital buyer.",
  ("Romain Peyrot", "r.peyrot@ch-perigueux.fr"),
  "Mdp",
  """Bonjour, mot de passe oublié pour l'espace acheteur, pouvez vous me renvoyer un lien ? Merci

Romain Peyrot
CH Périgueux – achats

Envoyé de mon iPhone
""", style="iphone")

M("password_reset", True, None, None, "espace_acheteur", True, "fr",
  "Negation trap inverted: she did receive the new-password mail, so not missing_noreply_mail; the new password she chose is rejected at login and she wants to start over.",
  ("Hélène Dufresne", "h.dufresne@agglo-larochelle.fr"),
  "Nouveau mot de passe refusé",
  """Bonjour,

J'ai bien reçu le mail pour changer mon mot de passe (ce n'est donc pas un problème de réception), j'en ai choisi un nouveau, mais à la connexion on me répond « identifiants incorrects ».
Je voudrais repartir de zéro avec un nouveau lien.

Cordialement,
Hélène Dufresne
Communauté d'agglomération de La Rochelle – Pôle achats
""")

M("password_reset", True, None, None, "espace_acheteur", False, "en",
  "English, short; locked account at an intercommunal water syndicate.",
  ("Sarah Whitfield", "s.whitfield@syndicat-eaux-vendee.fr"),
  "Account locked",
  """Hi,
My Espace Acheteur account says it is locked. I'd like to reset my password.
Thanks,
Sarah
--
Sarah Whitfield
Procurement assistant, Syndicat des eaux de Vendée
""", style="thunderbird")

M("password_reset", False, None, None, "espace_acheteur", True, "fr",
  "Wants the phone support line and explicitly refuses 'a robot's mail'; clear reset need but the writer asks for a person.",
  ("Gérard Lemoine", "g.lemoine@mairie-pontivy.fr"),
  "Je veux parler à quelqu'un",
  """Bonjour,

Troisième fois que j'écris. Je ne veux plus recevoir un message automatique, je veux qu'une personne me rappelle pour remettre à zéro mon mot de passe de l'Espace Acheteur. Les liens que vous m'envoyez je n'arrive pas à m'en servir.

Mon numéro : 02 97 25 00 33 (le matin).

G. Lemoine
Directeur général des services – Mairie de Pontivy
""")

M("password_reset", True, None, None, "espace_acheteur", False, "fr",
  "Legal officer of a département shares the account login confusion: does not know whether the login is her e-mail or a number; standard FAQ answer.",
  ("Clémence Arnaud", "clemence.arnaud@cd31.fr"),
  "Quel identifiant pour l'Espace Acheteur ?",
  """Bonjour,

Juriste à la direction des affaires juridiques et de la commande publique du Département, je dois consulter l'Espace Acheteur pour un avis sur un marché.
Je ne sais pas quel identifiant utiliser (mon adresse mail ? un numéro ?) et je n'ai jamais eu de mot de passe, ou alors je l'ai oublié.
Pourriez-vous m'indiquer la marche à suivre ?

Bien à vous,
Clémence Arnaud
Conseil départemental de la Haute-Garonne
""", style="outlook_html")

M("password_reset", True, None, None, "espace_acheteur", False, "fr",
  "Forward (Outlook 'TR:') of the reset mail whose link fails; asks for a new one.",
  ("Benoît Carré", "benoit.carre@ehpad-lesglycines.fr"),
  "TR: Réinitialisation de votre mot de passe",
  """Bonjour,

Le lien ci-dessous ne fonctionne pas (« lien invalide ou déjà utilisé »). Je ne crois pourtant pas avoir cliqué dessus. Pouvez-vous m'en envoyer un autre ?

Benoît Carré
Économe – EHPAD Les Glycines

________________________________
De : Espace Acheteur <no-reply@espace-acheteur.example.fr>
Envoyé : lundi 3 mars 2025 08:14
À : Benoît Carré
Objet : Réinitialisation de votre mot de passe

Bonjour,
Pour définir un nouveau mot de passe, cliquez sur le lien suivant (valable 12 heures) :
https://espace-acheteur.example.fr/reset/8f2a...
Ce message est envoyé automatiquement, merci de ne pas y répondre.
""")

M("password_reset", True, None, None, "espace_acheteur", False, "fr",
  "Base64 body from a phone; hospital storekeeper's account locked.",
  ("Yannick Le Bihan", "yannick.lebihan@chu-brest.fr"),
  "Compte verrouillé",
  """Bonjour,
Mon compte Espace Acheteur est verrouillé suite à des erreurs de saisie. Merci de me renvoyer un lien pour le réactiver.
Cordialement
Yannick Le Bihan
Magasin central – CHU de Brest
""", style="android")

M("password_reset", False, None, None, "espace_acheteur", True, "fr",
  "Sender asks for the password of a colleague who is on sick leave, to validate an order in her place: not a standard reset of one's own account; needs a person (and probably the administrator).",
  ("Thierry Vasseur", "t.vasseur@ville-arras.fr"),
  "Mot de passe d'une collègue absente",
  """Bonjour,

Ma collègue Mme Delattre est en arrêt maladie pour plusieurs semaines et c'est elle qui a le compte sur l'Espace Acheteur pour la ville. Une commande de fournitures pour les services techniques attend d'être validée.
Pouvez-vous me communiquer son mot de passe ou le réinitialiser sur mon adresse pour que je puisse valider ?

Merci,
Thierry Vasseur
Ville d'Arras – Service achats
""")

M("password_reset", True, None, None, None, True, "fr",
  "No product named (just 'votre plateforme'), but a clear forgotten password; platform cannot be told from the text.",
  ("Élodie Marchetti", "elodie.marchetti@ville-ajaccio.fr"),
  "Oubli de mot de passe",
  """Bonjour,

J'ai oublié le mot de passe de votre plateforme, celle où nous consultons les offres de la centrale. Pouvez-vous m'aider à le réinitialiser ?

Merci et bonne journée,
Élodie Marchetti
Ville d'Ajaccio – Direction de la commande publique
""", style="gmail")

M("password_reset", True, "9742670J", "la-reunion", "espace_acheteur", True, "fr",
  "Town hall of La Réunion manages ordering for a primary school and quotes the school's UAI as its login; region from the UAI; Réunion time zone.",
  ("Jocelyne Payet", "j.payet@mairie-saintpaul.re"),
  "Identifiant 9742670J - mot de passe perdu",
  """Bonjour,

La mairie passe les commandes de l'école élémentaire du centre sur l'Espace Acheteur, avec l'identifiant 9742670J (le code de l'école).
La personne qui s'en occupait est partie et personne ne connaît le mot de passe. Pouvez-vous nous aider à le réinitialiser ?

Cordialement,
Jocelyne Payet
Service des affaires scolaires – Mairie de Saint-Paul
""")

M("password_reset", True, None, None, "espace_acheteur", False, "fr",
  "Account locked after a password change was forced by the platform; Lotus Notes client of a hospital group.",
  ("Fabienne Morel", "fabienne.morel@ght-alpes.fr"),
  "Espace Acheteur : impossible de me reconnecter",
  """Bonjour,

Depuis le changement de mot de passe imposé la semaine dernière, je ne parviens plus à me connecter à l'Espace Acheteur (message « compte temporairement verrouillé »).
Je vous remercie de bien vouloir me transmettre un lien de réinitialisation.

Fabienne Morel
Cellule marchés – GHT Alpes Dauphiné
""", style="lotus")


# =================================================================
# missing_noreply_mail (17)
# =================================================================

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "Activation mail for a new buyer account at a town hall never arrived; no anti-spam product named.",
  ("Christophe Baudry", "c.baudry@mairie-vitre.fr"),
  "Mail d'activation non reçu",
  """Bonjour,

J'ai créé mon compte lundi sur l'Espace Acheteur pour la Ville de Vitré. On m'annonce un mail d'activation mais je n'ai rien reçu, ni dans la boîte de réception ni dans les courriers indésirables (à ma connaissance).
Pouvez-vous me le renvoyer ?

Christophe Baudry
Responsable du service achats – Ville de Vitré
""")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "Structure administrator of a hospital never gets the 'new account to validate' notifications.",
  ("Isabelle Kerhervé", "isabelle.kerherve@ch-quimper.fr"),
  "Notifications de validation de comptes",
  """Bonjour,

Je suis administratrice de la structure « Centre hospitalier de Cornouaille » sur l'Espace Acheteur. Plusieurs collègues m'ont dit avoir demandé un compte il y a plus d'une semaine, mais je n'ai reçu aucune notification me demandant de les valider.
Les notifications partent-elles bien ? D'où viennent-elles, que je les fasse autoriser ?

Merci,
Isabelle Kerhervé
Direction des achats – CH de Cornouaille
""")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
  "English; the new-password mail from no-reply never arrives at a regional council.",
  ("Tomasz Nowak", "tomasz.nowak@region-grandest.fr"),
  "No password email received",
  """Hello,

I clicked "Forgot password" on the buyer space three times today. Each time the site says an email has been sent, but nothing arrives in my inbox.
Is there a problem with your mailing system?

Best regards,
Tomasz Nowak
Purchasing department, Région Grand Est
""", style="outlook_html")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "Very short message from a mobile: confirmation mail never received.",
  ("Sandrine", "sandrine.caron@cc-vexin-thelle.fr"),
  "pas reçu le mail de confirmation",
  """Bonjour toujours pas reçu le mail de confirmation depuis jeudi. Merci
Sandrine Caron CC Vexin-Thelle
""", style="iphone")

M("missing_noreply_mail", True, None, None, "espace_acheteur", True, "fr",
  "Reads like a password problem; the 'forgot password' tool works but its mail never arrives: missing_noreply_mail by the taxonomy.",
  ("Arnaud Pichon", "arnaud.pichon@departement-loire.fr"),
  "Problème de mot de passe",
  """Bonjour,

J'ai un problème de mot de passe sur l'Espace Acheteur. Je fais « mot de passe oublié », je saisis mon adresse, la page me confirme l'envoi… et rien n'arrive. J'ai attendu toute la matinée.
Le reste de mes mails fonctionne normalement.

Cordialement
Arnaud Pichon
Département de la Loire – Direction des finances
""", style="thunderbird")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "IT department of an intercommunalité asks which sender address to allow; no product named.",
  ("DSI Agglo Cœur d'Essonne", "dsi@coeuressonne.fr"),
  "Adresse expéditrice des mails automatiques",
  """Bonjour,

Nos agents du service commande publique ne reçoivent plus les mails automatiques de l'Espace Acheteur (activation, mot de passe, alertes) depuis le changement de notre passerelle de messagerie.
Pouvez-vous nous communiquer l'adresse d'expédition exacte et, si possible, les serveurs d'envoi, afin que nous les déclarions ?

Cordialement,
Direction des systèmes d'information
Cœur d'Essonne Agglomération
""")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "Offer alert notifications stopped arriving for a hospital pharmacist; no filter product named.",
  ("Dr Caroline Mesnil", "caroline.mesnil@ch-dieppe.fr"),
  "Plus d'alertes sur les nouvelles offres",
  """Bonjour,

Je m'étais abonnée aux alertes de l'Espace Acheteur sur les nouvelles offres de dispositifs médicaux. Je n'en reçois plus aucune depuis le mois de novembre alors que je vois de nouvelles offres en me connectant.
Merci de regarder.

Dr C. Mesnil, pharmacien
Centre hospitalier de Dieppe
""", style="gmail")

M("missing_noreply_mail", False, None, None, "espace_acheteur", True, "fr",
  "Reply after the junk-folder answer: everything already checked, sender allowed, still nothing after 3 days; a person must follow up.",
  ("Mélanie Rousseau", "melanie.rousseau@ville-niort.fr"),
  "RE: [#SUP-020417] Mail d'activation",
  """Bonjour,

J'ai suivi vos consignes : rien dans les indésirables, l'adresse no-reply a été ajoutée aux expéditeurs autorisés par notre service informatique vendredi. Nous sommes mercredi et je n'ai toujours rien reçu.
Merci de faire remonter à quelqu'un qui puisse regarder les journaux d'envoi.

Mélanie Rousseau
Ville de Niort – Commande publique

> Bonjour,
> Le mail d'activation provient de l'adresse no-reply@espace-acheteur.example.fr.
> Vérifiez votre dossier de courrier indésirable et ajoutez cette adresse à vos expéditeurs autorisés.
> Sans nouvelles de votre part sous 48 h, nous reviendrons vers vous.
> L'équipe d'assistance
""", style="thunderbird", in_reply_to="<SUP-020417.1738061200.77ae@assistance.example.fr>")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "Account validated by the administrator but the first-login link never came; sent by the administrator on behalf of a colleague.",
  ("Patrick Joubert", "patrick.joubert@sdis86.fr"),
  "Lien de première connexion",
  """Bonjour,

J'ai validé hier le compte de ma collègue Amandine Roy (amandine.roy@sdis86.fr) sur l'Espace Acheteur. Elle n'a toutefois reçu aucun lien pour sa première connexion.
Pouvez-vous le lui renvoyer ?

Patrick Joubert
Administrateur de structure – SDIS de la Vienne
""")

M("missing_noreply_mail", True, None, None, "espace_acheteur", True, "fr",
  "Names MailInBlack only to say the hospital does not use it (it uses Vade): no MailInBlack, so missing_noreply_mail.",
  ("Jérôme Aubry", "jerome.aubry@ch-saintnazaire.fr"),
  "Mails de l'Espace Acheteur non reçus",
  """Bonjour,

Nous ne recevons pas les mails de création de compte de l'Espace Acheteur. Votre FAQ parle de MailInBlack mais nous n'utilisons pas ce produit ; notre filtrage est assuré par la messagerie de l'hôpital et rien n'apparaît dans les quarantaines.
Que pouvons-nous vérifier d'autre ?

Jérôme Aubry
Service informatique – CH de Saint-Nazaire
""", style="outlook_html")

M("missing_noreply_mail", True, None, None, "ticket_portal", False, "fr",
  "Ticket portal: the mail to set a password for the portal never arrived.",
  ("Véronique Lamy", "veronique.lamy@cc-grandlieu.fr"),
  "Portail d'assistance : pas de mail",
  """Bonjour,

Je me suis inscrite sur le portail de suivi des demandes d'assistance pour suivre notre dossier, mais le mail qui devait me permettre de choisir mon mot de passe n'est jamais arrivé.

Merci,
Véronique Lamy
Communauté de communes de Grand Lieu
""", style="zimbra")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "HTML-only Outlook; new buyer at a département never got the sign-up confirmation; mentions 'filtres' without naming a product.",
  ("Samia Haddad", "samia.haddad@seinesaintdenis.fr"),
  "Inscription Espace Acheteur sans confirmation",
  """Bonjour,

Je me suis inscrite sur l'Espace Acheteur il y a deux jours. Le site indique qu'un mail de confirmation m'a été envoyé mais je ne l'ai jamais reçu. Nos filtres de messagerie sont assez stricts, peut-être est-ce la raison ?
Pouvez-vous me le renvoyer ?

Cordialement,

Samia Haddad
Direction de l'éducation et de la jeunesse
Département de la Seine-Saint-Denis
""", style="outlook_html")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "Order-confirmation notifications (no-reply) no longer reach the accounting mailbox of a métropole.",
  ("Cellule Comptabilité", "comptabilite.fournisseurs@nantesmetropole.fr"),
  "Accusés de commande non reçus",
  """Bonjour,

Depuis début février, la boîte de notre cellule comptabilité ne reçoit plus les accusés de commande envoyés automatiquement par l'Espace Acheteur. Les commandes sont pourtant bien enregistrées.
Nous en avons besoin pour rapprocher les factures. Pouvez-vous vérifier l'envoi ?

Cellule comptabilité fournisseurs
Nantes Métropole
""")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "Two-line message; no mail received from the no-reply address for her password.",
  ("Anne-Sophie Girard", "as.girard@mairie-cognac.fr"),
  "rien reçu",
  """Bonjour, je n'ai rien reçu de no-reply pour mon mot de passe malgré plusieurs demandes.
Merci. A.-S. Girard, mairie de Cognac
""", style="roundcube")

M("missing_noreply_mail", True, None, "occitanie", "espace_acheteur", False, "fr",
  "Rectorat accountant (ac-montpellier.fr) never receives the validation mail; region from the académie domain.",
  ("Fabrice Soulier", "fabrice.soulier@ac-montpellier.fr"),
  "Pas de mail de validation de compte",
  """Bonjour,

Agent comptable au rectorat, j'ai demandé la création de mon compte sur l'Espace Acheteur pour consulter les factures. Le mail de validation annoncé n'arrive pas (j'ai regardé les spams).
Merci de me dire comment procéder.

Fabrice Soulier
Rectorat de Montpellier – Agence comptable
""", style="zimbra")

M("missing_noreply_mail", True, None, None, "espace_acheteur", True, "fr",
  "Collectivité territoriale de Martinique: no UAI and no académie domain, so the label region is null although the writer is in Martinique (time zone -04:00).",
  ("Marie-Line Joseph-Angélique", "ml.joseph-angelique@collectivitedemartinique.mq"),
  "Mails automatiques jamais reçus",
  """Bonjour,

Les mails automatiques de l'Espace Acheteur (création de compte, mot de passe) n'arrivent jamais chez nous. Avec le décalage horaire, j'ai même attendu le lendemain, au cas où !
Pouvez-vous nous dire ce qu'il faut autoriser ?

Merci,
Marie-Line Joseph-Angélique
Collectivité Territoriale de Martinique – Direction de la commande publique
""", tz=-4)

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
  "English forward (Gmail style) of a colleague's complaint: no activation e-mail after signing up.",
  ("Lucy Martin", "lucy.martin@ville-annecy.fr"),
  "Fwd: activation email",
  """Hi,

Forwarding my colleague's message below - she still hasn't received anything. Could you resend the activation e-mail to her?

Thanks,
Lucy

---------- Forwarded message ---------
From: Paula Ferreira <paula.ferreira@ville-annecy.fr>
Date: Tue, 8 Oct 2024 at 09:12
Subject: activation email
To: Lucy Martin <lucy.martin@ville-annecy.fr>

Lucy, I registered on the Espace Acheteur on Friday and never got the activation e-mail. Not in spam either. Can you ask them?
Paula
""", style="gmail")


# =================================================================
# mailinblack_spam (13)
# =================================================================

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "Town hall installed MailInBlack; activation mails held in quarantine.",
  ("Corinne Blanchard", "c.blanchard@mairie-bourgoin.fr"),
  "Mails bloqués par MailInBlack",
  """Bonjour,

Notre mairie utilise MailInBlack depuis peu et les mails de l'Espace Acheteur partent en quarantaine : je ne les vois que dans le rapport du lendemain, et les liens ont alors expiré.
Quelle adresse faut-il mettre en liste blanche ?

Corinne Blanchard
Mairie de Bourgoin-Jallieu – Service achats
""")

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "Hospital IT asks whether to allow-list the domain or the single no-reply address in Mailinblack.",
  ("Service informatique CH Montélimar", "informatique@ch-montelimar.fr"),
  "Mailinblack : liste blanche pour l'Espace Acheteur",
  """Bonjour,

Plusieurs acheteurs de l'hôpital nous signalent que vos messages sont bloqués par Mailinblack. Faut-il autoriser le domaine complet espace-acheteur.example.fr ou seulement l'adresse no-reply ?
Avez-vous un guide à nous transmettre ?

Cordialement,
Service informatique
Centre hospitalier de Montélimar
""", style="outlook_html")

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "en",
  "English; MailinBlack challenge sent back to the platform's no-reply, so nothing arrives.",
  ("Daniel Brooks", "daniel.brooks@cc-pays-basque.fr"),
  "MailinBlack blocking your emails",
  """Hello,

Our community of communes uses MailinBlack. When your platform emails me, MailinBlack sends a "please confirm you are human" challenge to your no-reply address, which obviously nobody answers, so your emails never reach me.
How should we whitelist you?

Regards,
Daniel Brooks
Communauté d'agglomération Pays Basque - Procurement
""", style="gmail")

M("mailinblack_spam", False, None, None, "espace_acheteur", True, "fr",
  "Describes the sender-authentication challenge ('prouver que vous n'êtes pas un robot', images to click) without naming MailInBlack: probably it, but a person should confirm before sending the guide.",
  ("Gaëlle Tanguy", "gaelle.tanguy@lorient-agglo.bzh"),
  "Vos mails demandent une vérification",
  """Bonjour,

Quand l'Espace Acheteur m'envoie un mail, je ne le reçois pas directement : notre messagerie envoie à l'expéditeur une demande pour « prouver qu'il n'est pas un robot » en cliquant sur des images. Comme votre adresse est une adresse automatique, je suppose que personne ne valide et que les mails restent bloqués.
Que faut-il faire ?

Gaëlle Tanguy
Lorient Agglomération – Direction de la commande publique
""")

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "Product spelled 'mail in black', no accents, quick note.",
  ("eric.dumas", "eric.dumas@villedelens.fr"),
  "mail in black",
  """bonjour
nos mails de l espace acheteur sont bloques par mail in black depuis la mise a jour de lundi
merci de nous envoyer la procedure pour les debloquer
eric dumas, ville de lens
""", style="roundcube")

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "Clicked 'autoriser' in the Mailinblack quarantine but later mails are still held.",
  ("Nadia Belkacem", "n.belkacem@grandbesancon.fr"),
  "Expéditeur autorisé mais toujours bloqué",
  """Bonjour,

Dans le récapitulatif Mailinblack, j'ai cliqué sur « Autoriser » pour no-reply@espace-acheteur.example.fr. Pourtant les mails suivants (alertes sur les offres) sont toujours mis de côté.
Y a-t-il une autre adresse d'envoi à autoriser ?

Merci,
Nadia Belkacem
Grand Besançon Métropole – Pôle achats
""", style="thunderbird")

M("mailinblack_spam", False, None, None, "espace_acheteur", True, "fr",
  "Two topics: Mailinblack blocks the activation mail (main) and who the structure administrator is (account_creation look-up); no single template.",
  ("Stéphane Collin", "stephane.collin@cc-chinonvienneloire.fr"),
  "Mailinblack + administrateur de structure",
  """Bonjour,

1. Notre collectivité est équipée de Mailinblack et je pense que le mail d'activation de mon compte y est bloqué.
2. Par ailleurs, pouvez-vous me dire qui est l'administrateur de notre structure sur l'Espace Acheteur ? Je ne sais pas à qui m'adresser pour faire valider mon compte.

Merci,
Stéphane Collin
Communauté de communes Chinon Vienne et Loire
""")

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "A person forwards the daily MailInBlack report; the forwarded part is machine text, the outer question is real.",
  ("Hervé Lacroix", "herve.lacroix@ch-cholet.fr"),
  "TR: Votre rapport Mailinblack quotidien",
  """Bonjour,

Ci-dessous le rapport Mailinblack reçu ce matin : vos messages y sont classés en « à valider ». Que dois-je faire pour qu'ils arrivent directement ?

Hervé Lacroix
Achats – CH de Cholet

-------- Message transféré --------
Objet : Votre rapport Mailinblack quotidien
Date : Tue, 12 Nov 2024 07:00:02 +0100
De : Mailinblack <rapport@mailinblack.com>

Messages en attente de validation (2)
- no-reply@espace-acheteur.example.fr  « Activez votre compte »  11/11 16:42
- no-reply@espace-acheteur.example.fr  « Nouvelle offre disponible »  11/11 18:05
Pour les délivrer, cliquez sur « Délivrer » dans votre espace Mailinblack.
""", style="thunderbird")

M("mailinblack_spam", True, None, None, None, False, "fr",
  "One line from a phone: blocked by MailInBlack, send the guide. No platform named.",
  ("Loïc Guérin", "loic.guerin@mairie-vannes.fr"),
  "Mailinblack",
  """Vos mails sont bloqués par mailinblack chez nous, pouvez-vous envoyer la procédure ? Merci. L. Guérin, mairie de Vannes
""", style="iphone")

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "Checked junk folder first, then IT found the mails in Mailinblack Protect quarantine; MailInBlack named, so mailinblack_spam.",
  ("Aurélie Fontaine", "aurelie.fontaine@agglo-sete.fr"),
  "Mails en quarantaine",
  """Bonjour,

Après avoir vérifié mes courriers indésirables (rien), notre informaticien a trouvé vos mails dans la quarantaine de Mailinblack Protect.
Pouvez-vous nous envoyer votre guide de configuration pour qu'ils passent sans intervention ?

Cordialement,
Aurélie Fontaine
Sète Agglopôle Méditerranée – Service marchés publics
""", style="gmail")

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "en",
  "English; a hospital foundation's IT asks for the MailInBlack allow-list guide.",
  ("Henrik Larsen", "h.larsen@fondation-hopital-stjoseph.fr"),
  "Whitelisting for MailInBlack",
  """Dear support,

We use MailInBlack on our mail domain. Please send us the list of sender addresses and domains to whitelist so that buyer-space notifications are delivered to our purchasing staff.

Kind regards,
Henrik Larsen
IT Infrastructure, Fondation Hôpital Saint-Joseph
""", style="outlook")

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "ISO-8859-1 8-bit body from an old client; the département's IT rolled out MAILINBLACK.",
  ("Bernard Chauvin", "bernard.chauvin@cg23.fr"),
  "MAILINBLACK et Espace Acheteur",
  """Bonjour,

Depuis que la DSI du Département a déployé MAILINBLACK, je ne reçois plus aucun message de l'Espace Acheteur (activation de compte des nouveaux agents, mots de passe).
Merci de m'indiquer la marche à suivre à transmettre à la DSI.

Bernard Chauvin
Conseil départemental de la Creuse
Service de la commande publique
""", style="latin1", ua="thunderbird")

M("mailinblack_spam", True, None, None, "espace_acheteur", True, "fr",
  "Reply quoting the junk-folder answer: their IT now says Mailinblack blocks; the MailInBlack guide is now the right answer.",
  ("Julie Perrin", "julie.perrin@ville-saintetienne.fr"),
  "RE: [#SUP-019902] Mails non reçus",
  """Bonjour,

Merci pour votre réponse. Rien dans les indésirables, mais notre service informatique me dit que c'est Mailinblack qui retient vos messages. Avez-vous une procédure spécifique pour ce produit ?

Julie Perrin
Ville de Saint-Étienne – Direction des achats

De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 16 janvier 2025 14:20
À : Julie Perrin
Objet : [#SUP-019902] Mails non reçus

Bonjour,
Vérifiez votre dossier de courrier indésirable et ajoutez no-reply@espace-acheteur.example.fr à vos expéditeurs autorisés.
L'équipe d'assistance
""", in_reply_to="<SUP-019902.1737033600.4b1f@assistance.example.fr>")


# =================================================================
# head_of_establishment_request (10)
# =================================================================

M("head_of_establishment_request", False, None, None, "espace_acheteur", True, "fr",
  "The director of a hospital (head of the establishment, not a school) names a new structure administrator and asks to close the former one's access: a head's written request for staff approval.",
  ("Direction générale CH Saintes", "direction@ch-saintes.fr"),
  "Désignation d'un nouvel administrateur de structure",
  """Madame, Monsieur,

En ma qualité de directeur du Centre hospitalier de Saintes, je vous informe que Mme Emmanuelle Rivière, responsable des achats, devient administratrice de notre structure sur l'Espace Acheteur à compter du 1er décembre.
Je vous demande de bien vouloir supprimer à la même date les droits d'administration de M. Pascal Vidal, qui a quitté l'établissement.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Laurent Bessière
Directeur
Centre hospitalier de Saintes
""", style="outlook_html")

M("head_of_establishment_request", False, None, None, "espace_acheteur", True, "fr",
  "The mayor's signed authorisation (PDF) for the DGS to validate orders, sent by the mayor's office: head of the structure's written authorisation, to be checked by staff.",
  ("Cabinet du Maire - Ville de Dole", "cabinet@mairie-dole.fr"),
  "Autorisation de validation des commandes",
  """Bonjour,

Veuillez trouver ci-joint l'arrêté signé par M. le Maire autorisant Mme Claire Boulanger, directrice générale des services, à valider les commandes de la Ville de Dole sur l'Espace Acheteur.
Merci de procéder à l'ouverture des droits correspondants.

Le cabinet du Maire
Ville de Dole
""", attach=("arrete_delegation_commandes.pdf", "application/pdf",
             b"%PDF-1.4\n% arrete de delegation (test fixture)\n%%EOF\n"))

M("head_of_establishment_request", False, "0695185L", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
  "The principal of a collège, from the ce.<UAI> address, authorises the Département's buyer to order on the collège's behalf.",
  ("Principal Collège Jean Moulin", "ce.0695185L@ac-lyon.fr"),
  "Autorisation - commandes passées par le Département",
  """Madame, Monsieur,

Je soussigné, principal du collège Jean Moulin (UAI 0695185L), autorise M. Karim Saïdi, acheteur à la Direction des collèges du Département du Rhône, à passer et valider en notre nom sur l'Espace Acheteur les commandes de mobilier prévues au plan d'équipement 2025.

Cordialement,

Le principal
Collège Jean Moulin
""", style="zimbra")

M("head_of_establishment_request", False, None, None, "espace_acheteur", True, "fr",
  "Claims to be the mayor, but SPF/DMARC fail, Reply-To is a free-mail address, and asks to move the admin account to that address: probable spoof; still a head's request for the queue, where staff should refuse it.",
  ("Maire de Montbrison", "maire@ville-montbrison.fr"),
  "URGENT changement adresse administrateur",
  """Bonjour,

Je suis le maire de Montbrison. Suite à un problème sur notre messagerie, je vous demande de modifier immédiatement l'adresse de l'administrateur de notre structure sur l'Espace Acheteur pour la remplacer par mairie.montbrison.urgent@gmail.com et de m'envoyer le nouveau mot de passe à cette adresse.

C'est urgent, merci de traiter aujourd'hui.

Le Maire
""", auth="fail", reply_to="mairie.montbrison.urgent@gmail.com", style="qp")

M("head_of_establishment_request", False, None, None, "espace_acheteur", False, "fr",
  "Reply (Zimbra quote) in which the director of an EHPAD gives the written confirmation the desk asked for: reset of the admin contact address.",
  ("Brigitte Masson", "direction@ehpad-lesaulnes.fr"),
  "Re: [#SUP-021104] Changement d'adresse de l'administrateur",
  """Bonjour,

Comme demandé, je confirme par écrit, en tant que directrice de l'EHPAD Les Aulnes, que l'adresse de l'administrateur de notre compte doit être remplacée par economat@ehpad-lesaulnes.fr, et que le mot de passe peut être réinitialisé sur cette adresse.

Brigitte Masson
Directrice – EHPAD Les Aulnes

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "economat" <economat@ehpad-lesaulnes.fr>
Envoyé: Lundi 10 Février 2025 11:40:12
Objet: [#SUP-021104] Changement d'adresse de l'administrateur

Bonjour,
Pour modifier l'adresse de l'administrateur, nous avons besoin d'une demande écrite du directeur ou de la directrice de l'établissement.
L'équipe d'assistance
""", style="zimbra", in_reply_to="<SUP-021104.1739184012.9e3d@assistance.example.fr>")

M("head_of_establishment_request", False, "0591475H", "hauts-de-france", "espace_acheteur", False, "fr",
  "A primary-school head (directrice d'école), whose orders the town hall places, asks to replace the contact address of the school's account with the school's address.",
  ("Directrice école Pasteur", "ce.0591475H@ac-lille.fr"),
  "Changement de l'adresse de contact du compte de l'école",
  """Bonjour,

Je suis la directrice de l'école élémentaire Pasteur (0591475H). Notre compte sur l'Espace Acheteur, utilisé avec la mairie pour les commandes de fournitures, est rattaché à l'adresse personnelle de mon prédécesseur.
Je vous demande de la remplacer par l'adresse de l'école, ce.0591475H@ac-lille.fr.

Merci,
Mme Duhamel, directrice
""", style="qp")

M("head_of_establishment_request", False, None, None, "espace_acheteur", True, "fr",
  "President of an intercommunalité delegates order validation to two named agents: written delegation by the head of the structure.",
  ("Président CC Val de Drôme", "president@valdedrome.com"),
  "Délégation - validation des commandes sur l'Espace Acheteur",
  """Madame, Monsieur,

Par la présente, en ma qualité de président de la Communauté de communes du Val de Drôme, je délègue la validation des commandes passées sur l'Espace Acheteur à :
- Mme Sophie Reynaud, responsable du service finances ;
- M. Julien Martel, responsable des services techniques.
Toute commande supérieure à 15 000 € HT restera soumise à ma validation.

Je vous remercie de mettre à jour les droits en conséquence.

Jean-Pierre Faure
Président de la Communauté de communes du Val de Drôme
""")

M("head_of_establishment_request", False, None, None, "espace_acheteur", True, "fr",
  "The director of a hospital confirms from his phone, quoting the buyer's request (Apple quote style), that the admin password may be reset for her: a head's agreement, personal professional address.",
  ("Marc Delaunay", "marc.delaunay@ch-lannion.fr"),
  "Re: Réinitialisation compte administrateur",
  """Je confirme, vous pouvez procéder. 
M. Delaunay, directeur CH Lannion-Trestel

Envoyé de mon iPhone

> Le 4 mars 2025 à 09:21, Morgane Le Goff <morgane.legoff@ch-lannion.fr> a écrit :
> 
> Bonjour,
> L'assistance me demande l'accord écrit du directeur pour réinitialiser le mot de passe du compte administrateur de l'hôpital sur l'Espace Acheteur et le rattacher à mon adresse. Pouvez-vous leur répondre en me mettant en copie ?
> Merci, Morgane
""", style="iphone", cc="Morgane Le Goff <morgane.legoff@ch-lannion.fr>")

M("head_of_establishment_request", False, "0136874B", "provence-alpes-cote-d-azur", "espace_acheteur", True, "fr",
  "The body gives 0136874E (wrong check letter) but the ce.0136874B@ac-aix-marseille.fr sender carries the valid UAI, which is the label; the proviseur names a new administrator.",
  ("Proviseur Lycée Marseilleveyre", "ce.0136874B@ac-aix-marseille.fr"),
  "Nouvel administrateur Espace Acheteur - lycée 0136874E",
  """Bonjour,

Je désigne Mme Sandra Orsini, adjointe gestionnaire, comme administratrice de notre établissement sur l'Espace Acheteur, en remplacement de M. Blanc parti à la retraite. Le compte est utilisé notamment pour les commandes groupées avec la Région.

Le proviseur
Lycée Marseilleveyre – UAI 0136874E
""")

M("head_of_establishment_request", False, None, None, "espace_acheteur", True, "fr",
  "The mayor, written by hand from the town hall address, asks to cancel an order placed without his authorisation: the head's written decision on an order; staff must act.",
  ("Maire de Plougastel", "maire@plougastel.fr"),
  "Commande passée sans mon autorisation",
  """Bonjour,

Une commande de 23 tablettes numériques a été passée vendredi sur l'Espace Acheteur au nom de la commune sans avoir été soumise à ma validation. En tant que maire, je n'autorise pas cette commande et vous demande de la suspendre en attendant que le conseil municipal se prononce.

Merci de m'en accuser réception.

Dominique Le Roux
Maire de Plougastel-Daoulas
""", style="thunderbird")


# =================================================================
# account_creation (13)
# =================================================================

M("account_creation", True, None, None, "espace_acheteur", False, "fr",
  "New buyer at a town hall asks how to create an account: the sign-up answer fits.",
  ("Kevin Morin", "kevin.morin@mairie-lamballe.fr"),
  "Création de compte",
  """Bonjour,

Je viens d'arriver au service achats de la mairie de Lamballe-Armor. Comment puis-je créer un compte sur l'Espace Acheteur ?

Merci,
Kevin Morin
""")

M("account_creation", True, None, None, "espace_acheteur", False, "fr",
  "Filled the sign-up form, cannot log in: account waiting for the structure administrator's validation (FAQ case).",
  ("Laetitia Vidal", "laetitia.vidal@ch-narbonne.fr"),
  "Compte en attente",
  """Bonjour,

J'ai rempli le formulaire d'inscription il y a trois jours. Quand j'essaie de me connecter, le site me dit « compte en attente de validation ». Combien de temps cela prend-il ?

Laetitia Vidal
Centre hospitalier de Narbonne – Service économique
""", style="gmail")

M("account_creation", False, None, None, "espace_acheteur", False, "fr",
  "Asks who the structure's administrator is: needs a look-up by a person.",
  ("Florian Besson", "florian.besson@cc-jura-sud.fr"),
  "Qui est notre administrateur ?",
  """Bonjour,

Pour obtenir la validation de mon compte, on me dit de contacter l'administrateur de notre structure (Communauté de communes Jura Sud). Personne ici ne sait qui c'est. Pouvez-vous me donner son nom ?

Florian Besson
""", style="thunderbird")

M("account_creation", False, None, None, "espace_acheteur", True, "fr",
  "Commune nouvelle created on 1 January from three communes; its SIRET is not in the structure list: a person must create the structure.",
  ("Mairie Val-d'Arry", "accueil@valdarry.fr"),
  "Notre commune n'apparaît pas dans la liste",
  """Bonjour,

Notre commune nouvelle, Val d'Arry, a été créée au 1er janvier par fusion de trois communes. Lors de l'inscription sur l'Espace Acheteur, elle n'apparaît pas dans la liste des structures, et le numéro SIRET 21140672400018 n'est pas reconnu.
Pouvez-vous créer notre structure ?

Secrétariat de mairie
Val d'Arry
""")

M("account_creation", False, None, None, "espace_acheteur", False, "fr",
  "Account works; the accountant asks for the rights to see invoices and validate orders to be opened.",
  ("Sophie Legrand", "sophie.legrand@agglo-saintquentin.fr"),
  "Droits d'accès aux factures",
  """Bonjour,

Mon compte fonctionne mais je ne vois que le catalogue. En tant que comptable, j'aurais besoin d'accéder aux factures et à l'historique des commandes de l'agglomération. Comment ouvrir ces droits ?

Sophie Legrand
Direction des finances – Agglomération du Saint-Quentinois
""", style="outlook_html")

M("account_creation", True, None, None, "espace_acheteur", True, "fr",
  "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account; account_creation, not password_reset.",
  ("Emma Rolland", "emma.rolland@ville-rochefort.fr"),
  "Accès à l'Espace Acheteur",
  """Bonjour,

Je n'ai pas perdu mon mot de passe : en fait je n'ai jamais eu de compte ! Ma responsable pensait que j'en avais un. Je suis acheteuse à la Ville de Rochefort depuis septembre. Que dois-je faire pour en obtenir un ?

Merci
Emma Rolland
""")

M("account_creation", False, None, None, "espace_acheteur", True, "en",
  "English; a French public-interest group (GIP) asks whether it is eligible for a buyer account: a person must check eligibility.",
  ("Anna Schmidt", "anna.schmidt@gip-emploi-alsace.fr"),
  "Can our organisation open a buyer account?",
  """Good afternoon,

I am the administrative officer of a public-interest group (GIP) in Alsace. We are a public body but neither a local authority nor a hospital. Are we eligible to open an account on your Espace Acheteur, and if so what documents do you need?

Best regards,
Anna Schmidt
GIP Emploi Alsace
""", style="gmail")

M("account_creation", False, None, "grand-est", "espace_acheteur", False, "fr",
  "Rectorat buyer's account waiting for validation for three weeks; the structure administrator has left: the region must step in. Region from ac-strasbourg.fr.",
  ("Marc Schneider", "marc.schneider@ac-strasbourg.fr"),
  "Compte en attente depuis 3 semaines",
  """Bonjour,

Ma demande de compte pour le rectorat de Strasbourg est en attente de validation depuis trois semaines. J'ai appris que l'administrateur de notre structure a été muté en septembre et n'a pas été remplacé.
Qui peut valider mon compte ?

Marc Schneider
Rectorat de Strasbourg – Division des achats
""", style="zimbra")

M("account_creation", True, None, None, "espace_acheteur", False, "fr",
  "HTML-only Outlook; new EHPAD bursar wants to open the customer account before a first order.",
  ("Nicolas Perret", "n.perret@ehpad-bellevue.fr"),
  "Ouverture d'un compte client",
  """Bonjour,

Nous souhaitons passer notre première commande via l'Espace Acheteur (linge et produits d'entretien). Comment ouvrir le compte client de notre établissement ?

Cordialement,
Nicolas Perret
Économe – EHPAD Bellevue
""", style="outlook_html")

M("account_creation", False, None, None, "espace_acheteur", False, "fr",
  "Asks whether each of four agents of a town hall can have their own account and whether two can be administrators: a person answers.",
  ("Hélène Carpentier", "h.carpentier@ville-beauvais.fr"),
  "Plusieurs comptes pour la ville ?",
  """Bonjour,

Aujourd'hui nous partageons un seul compte pour le service achats (4 agents). Peut-on créer un compte par agent, et avoir deux administrateurs pour éviter un blocage quand l'un est absent ?

Merci,
Hélène Carpentier
Ville de Beauvais
""")

M("account_creation", True, None, None, "espace_acheteur", False, "fr",
  "Short: asks for the sign-up link for a new colleague at a hospital.",
  ("Pierre-Yves Lorand", "py.lorand@ch-vichy.fr"),
  "lien d'inscription",
  """Bonjour, pouvez-vous m'envoyer le lien pour inscrire une nouvelle collègue sur l'Espace Acheteur ? Merci. PY Lorand, CH Vichy
""", style="android")

M("account_creation", False, None, None, "espace_acheteur", True, "fr",
  "Sign-up refused: the form rejects the writer's domain (a SIVU with an orange.fr address): a person must check and create the account.",
  ("SIVU des écoles de la Vallée", "sivu.vallee@orange.fr"),
  "Inscription refusée",
  """Bonjour,

Nous sommes un syndicat intercommunal à vocation unique qui gère la cantine et les écoles de trois communes. Le formulaire d'inscription à l'Espace Acheteur refuse notre adresse mail (« adresse non professionnelle »). Nous n'en avons pas d'autre.
Comment pouvons-nous créer notre compte ?

La secrétaire du SIVU
""", style="orange", ua="orange")

M("account_creation", True, None, None, "espace_acheteur", False, "en",
  "English; sign-up pending, asks how long validation takes.",
  ("Rachel Green", "rachel.green@ville-biarritz.fr"),
  "Account pending validation",
  """Hi,
I signed up on the Espace Acheteur last Monday for the City of Biarritz. My account still shows "pending validation". What happens next?
Thanks,
Rachel
""", style="thunderbird")


# =================================================================
# subscription_activation (6)
# =================================================================

M("subscription_activation", True, None, None, "espace_acheteur", False, "fr",
  "Municipal media library ordered a digital press subscription yesterday; not visible yet (within 72 h).",
  ("Médiathèque de Millau", "mediatheque@millau.fr"),
  "Abonnement presse numérique pas encore disponible",
  """Bonjour,

Nous avons commandé hier via l'Espace Acheteur l'abonnement à la presse numérique pour la médiathèque. Il n'apparaît pas encore dans nos ressources. Est-ce normal ?

L'équipe de la médiathèque de Millau
""")

M("subscription_activation", False, None, None, "espace_acheteur", False, "fr",
  "Ordered ten days ago, still not active: past the 72-hour rule, a person must look.",
  ("Arnaud Lefèvre", "a.lefevre@ville-evreux.fr"),
  "Service toujours pas activé",
  """Bonjour,

Le service de veille juridique que nous avons commandé le 3 (commande validée le jour même) n'est toujours pas activé dix jours plus tard. Nos juristes attendent l'accès.
Merci de faire le nécessaire rapidement.

Arnaud Lefèvre
Ville d'Évreux – Direction des affaires juridiques
""")

M("subscription_activation", True, None, None, "espace_acheteur", True, "fr",
  "Negation: 'mon mot de passe fonctionne'; the subscribed resource (ordered two days ago) is not visible: subscription_activation, not password_reset.",
  ("Julien Caradec", "julien.caradec@quimper.bzh"),
  "Ressource commandée invisible",
  """Bonjour,

Ce n'est pas un problème de mot de passe, je me connecte sans souci. Mais l'encyclopédie en ligne commandée avant-hier pour le réseau des bibliothèques n'apparaît pas dans « Mes abonnements ».

Julien Caradec
Réseau des médiathèques de Quimper
""", style="gmail")

M("subscription_activation", True, None, None, "espace_acheteur", False, "fr",
  "Renewed subscription still shown as expired, renewal validated this morning.",
  ("Claire Aubert", "claire.aubert@cd-ardeche.fr"),
  "Abonnement renouvelé affiché expiré",
  """Bonjour,

Nous avons validé ce matin le renouvellement de notre abonnement à la base de données marchés publics. Dans « Mes abonnements », il apparaît toujours comme expiré.
Faut-il attendre ?

Claire Aubert
Département de l'Ardèche – Commande publique
""", style="outlook_html")

M("subscription_activation", True, None, None, "espace_acheteur", False, "en",
  "English; library of a métropole asks how to publish a newly activated resource for the public.",
  ("Oliver Bennett", "o.bennett@toulouse-metropole.fr"),
  "How to publish a new resource",
  """Hello,

Our new e-learning subscription was activated yesterday. How do we publish it so that library users can access it from our portal?

Thanks,
Oliver Bennett
Digital services, Toulouse Métropole libraries
""")

M("subscription_activation", True, None, None, "espace_acheteur", False, "fr",
  "Short from a phone: please activate the service, order validated yesterday.",
  ("Cyril Roux", "cyril.roux@ville-gap.fr"),
  "activation",
  """Bonjour, merci d'activer notre abonnement, la commande a été validée hier. Cordialement, C. Roux, Ville de Gap
""", style="iphone")


# =================================================================
# order_billing (16)
# =================================================================

M("order_billing", False, None, None, "espace_acheteur", False, "fr",
  "Hospital accountant: invoice not deposited on Chorus Pro three weeks after delivery.",
  ("Valérie Noël", "valerie.noel@ch-auxerre.fr"),
  "Facture absente de Chorus Pro",
  """Bonjour,

La commande n° EA-2024-118532 (fournitures de bureau) a été livrée le 2 octobre. Nous n'avons toujours pas reçu la facture sur Chorus Pro.
Pour rappel, notre SIRET est 26890013700012, code service ACHATS.

Merci de faire le nécessaire.

Valérie Noël
Bureau des finances – Centre hospitalier d'Auxerre
""")

M("order_billing", False, None, None, "espace_acheteur", False, "fr",
  "Town hall needs a formal quote (devis) before the municipal council votes the credit.",
  ("Patricia Guillot", "p.guillot@mairie-autun.fr"),
  "Demande de devis",
  """Bonjour,

Pourriez-vous nous établir un devis pour 40 chaises et 10 tables pliantes (références du catalogue mobilier de la centrale) ? Nous en avons besoin pour le prochain conseil municipal, qui doit voter le crédit.

Merci d'avance,
Patricia Guillot
Mairie d'Autun – Services techniques
""", style="thunderbird")

M("order_billing", False, None, None, "espace_acheteur", False, "fr",
  "Invoice amount differs from the quote (delivery costs added); windows-1252 HTML-only with the euro sign.",
  ("Denis Marchal", "denis.marchal@grand-nancy.org"),
  "Écart entre devis et facture",
  """Bonjour,

La facture FA-2025-00417 s'élève à 12 480,00 € TTC alors que le devis accepté était de 11 730,00 € TTC. La différence correspond à des frais de livraison qui n'étaient pas mentionnés.
Merci de nous adresser un avoir ou une facture rectifiée ; en l'état, le comptable public ne pourra pas la mandater.

Denis Marchal
Métropole du Grand Nancy – Direction des finances
""", style="outlook_html")

M("order_billing", False, None, None, "espace_acheteur", False, "fr",
  "Invoice received twice (paper and Chorus); asks to cancel the duplicate.",
  ("Service facturier CHU Nîmes", "facturier@chu-nimes.fr"),
  "Facture en double",
  """Bonjour,

Nous avons reçu deux fois la facture 2024-88712 : une fois par courrier et une fois sur Chorus Pro, avec deux numéros d'ordre différents. Merci d'annuler le doublon pour éviter un double paiement.

Service facturier
CHU de Nîmes
""")

M("order_billing", False, None, None, "espace_acheteur", True, "fr",
  "The hospital's director general writes, but only to ask why an order is blocked at validation: an order question, not a head-of-establishment request.",
  ("Anne Moreau", "anne.moreau@ch-moulins-yzeure.fr"),
  "Commande bloquée à la validation",
  """Bonjour,

Je suis directrice générale du CH de Moulins-Yzeure. Une commande de matériel de rééducation reste bloquée à l'étape de validation depuis une semaine avec le message « engagement juridique manquant ». Nos services ne comprennent pas ce qui est attendu.
Pouvez-vous nous éclairer ?

Anne Moreau
""")

M("order_billing", False, None, None, "espace_acheteur", False, "fr",
  "Asks how to pay: mandat administratif vs bank card; needs the RIB of the centrale.",
  ("Josiane Barre", "mairie.saintgermain@orange.fr"),
  "Paiement par mandat",
  """Bonjour,

Petite commune, nous n'avons pas de carte d'achat. Pouvons-nous régler la commande par mandat administratif ? Si oui, merci de nous transmettre votre RIB pour que la trésorerie puisse payer.

Josiane Barre
Secrétaire de mairie – Saint-Germain-les-Belles
""", style="latin1", ua="orange")

M("order_billing", False, None, None, "espace_acheteur", False, "en",
  "English Outlook reply quoting the original (From:/Sent:): asks to address the invoices to the accounts payable department and to add the purchase order number.",
  ("Mark Evans", "mark.evans@ch-annecygenevois.fr"),
  "RE: Your order EA-2025-003117",
  """Hello,

Please make sure the invoice for this order is addressed to our accounts payable department (not to the ward) and quotes our purchase order number BC-25-0448, otherwise it will be rejected in Chorus Pro.

Thank you,
Mark Evans
Accounts payable, CH Annecy Genevois

From: Espace Acheteur <no-reply@espace-acheteur.example.fr>
Sent: Monday, February 3, 2025 4:12 PM
To: Mark Evans <mark.evans@ch-annecygenevois.fr>
Subject: Your order EA-2025-003117

Your order EA-2025-003117 has been confirmed.
""")

M("order_billing", False, None, None, "espace_acheteur", False, "fr",
  "Forward of a payment reminder for an invoice already paid by the public accountant; asks to cancel the reminder.",
  ("Gilles Brunet", "gilles.brunet@agglo-cotentin.fr"),
  "TR: Relance facture impayée",
  """Bonjour,

Nous recevons la relance ci-dessous alors que la facture a été payée le 12 décembre par la trésorerie (mandat n° 2024-5512). Merci de vérifier de votre côté et de faire cesser les relances.

Gilles Brunet
Communauté d'agglomération du Cotentin – Finances

-------- Message transféré --------
Sujet : Relance – facture FA-2024-09931 échue
Date : 06/01/2025 08:30
De : recouvrement@centrale-achats.example.fr

Madame, Monsieur, sauf erreur de notre part, la facture FA-2024-09931 d'un montant de 3 214,56 € reste impayée à ce jour...
""", style="thunderbird")

M("order_billing", False, None, None, "espace_acheteur", False, "fr",
  "The saved basket disappeared before validation.",
  ("Lucie Hamon", "lucie.hamon@ville-saintmalo.fr"),
  "Panier disparu",
  """Bonjour,

J'avais préparé un panier de plus de 60 lignes pour les fournitures des services municipaux. Je l'avais enregistré pour le faire valider par mon responsable, et aujourd'hui il a disparu.
Est-il possible de le récupérer ?

Lucie Hamon
Ville de Saint-Malo
""", style="gmail")

M("order_billing", False, None, None, "espace_acheteur", False, "fr",
  "Bon de commande upload fails at order validation ('format non accepté'); signed PDF attached.",
  ("Morgane Bouvier", "m.bouvier@departement-drome.fr"),
  "Dépôt du bon de commande impossible",
  """Bonjour,

Au moment de valider la commande, le dépôt de notre bon de commande signé échoue avec « format non accepté ». C'est pourtant un PDF. Je vous le joins : pouvez-vous l'associer à la commande EA-2025-004210 ?

Morgane Bouvier
Département de la Drôme – Direction des collèges
""", attach=("BC_2025_0192_signe.pdf", "application/pdf",
             b"%PDF-1.5\n% bon de commande (test fixture)\n%%EOF\n"))

M("order_billing", False, None, None, "espace_acheteur", True, "fr",
  "Two topics: wrong VAT rate on an invoice (main) and a missing amendment in 'Mes Marchés' (contract_documents).",
  ("Karine Lopes", "karine.lopes@ch-chartres.fr"),
  "Facture erronée et avenant manquant",
  """Bonjour,

La facture FA-2025-01188 applique une TVA à 20 % sur des dispositifs médicaux qui relèvent du taux réduit. Merci de nous adresser une facture corrigée.
Par ailleurs, l'avenant n° 1 du marché de location de lits médicalisés n'apparaît pas dans « Mes Marchés ».

Karine Lopes
Hôpitaux de Chartres – Cellule marchés
""")

M("order_billing", False, None, None, "espace_acheteur", False, "fr",
  "Wants to know the Chorus Pro code service the supplier must use, and to change the billing address to the finance department.",
  ("Olivia Martins", "olivia.martins@cc-cotesud.fr"),
  "Adresse de facturation",
  """Bonjour,

Nos factures sont adressées au service technique alors qu'elles doivent l'être au service finances. Pouvez-vous modifier l'adresse de facturation de notre structure ? Notre code service Chorus est FIN01.

Cordialement,
Olivia Martins
Communauté de communes Côte Sud – Finances
""", style="outlook_html")

M("order_billing", False, None, None, "espace_acheteur", True, "fr",
  "The 'engagement juridique' number is what the sender calls the bon d'engagement; asks where to type it so the invoice is not rejected: order_billing, not contract_documents.",
  ("Thomas Riviere", "thomas.riviere@departement74.fr"),
  "numéro d'engagement juridique",
  """Bonjour,

Notre comptable rejette les factures qui ne portent pas le numéro d'engagement juridique. Où dois-je saisir ce numéro dans l'Espace Acheteur pour qu'il apparaisse sur la facture ?

Merci,
Thomas Rivière
Département de la Haute-Savoie
""", style="roundcube")

M("order_billing", False, "0877238V", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Département buyer orders for a collège (UAI given) and asks for the order to be split into two invoices, one per budget; region from the UAI.",
  ("Sébastien Lacoste", "sebastien.lacoste@haute-vienne.fr"),
  "Commande collège 0877238V - deux factures",
  """Bonjour,

Pour la commande de matériel informatique destinée au collège Maurice Ravel (UAI 0877238V), nous devons recevoir deux factures distinctes : l'une pour l'investissement (ordinateurs), l'autre pour le fonctionnement (câbles et housses).
Est-ce possible avant l'émission de la facture ?

Sébastien Lacoste
Département de la Haute-Vienne – Direction de l'éducation
""")

M("order_billing", False, None, None, "espace_acheteur", False, "fr",
  "Credit note (avoir) promised after a returned delivery never arrived.",
  ("Fatima Zerrouki", "fatima.zerrouki@ap-hm.fr"),
  "Avoir non reçu",
  """Bonjour,

Suite au retour de 12 cartons de gants non conformes en décembre, un avoir nous avait été promis. Nous ne l'avons jamais reçu et la facture d'origine a été mise en paiement.
Merci de nous transmettre l'avoir au plus vite.

Fatima Zerrouki
AP-HM – Direction des achats
""", style="gmail")

M("order_billing", False, None, None, "espace_acheteur", False, "fr",
  "Order validation button greyed out for a budget that exceeds the buyer's ceiling; asks what to do.",
  ("Guillaume Lebrun", "g.lebrun@ville-lemans.fr"),
  "Impossible de valider ma commande",
  """Bonjour,

Le bouton « Valider la commande » reste grisé pour un panier de 8 900 € HT. Pour un panier plus petit, il fonctionne. Y a-t-il un plafond par acheteur ? Comment faire valider cette commande ?

Guillaume Lebrun
Ville du Mans – Direction de la commande publique
""")


# =================================================================
# contract_documents (12)
# =================================================================

M("contract_documents", False, None, None, "espace_acheteur", False, "fr",
  "Legal officer cannot find the CCAP of a market in 'Mes Marchés'.",
  ("Camille Dubreuil", "camille.dubreuil@cd-gironde.fr"),
  "CCAP introuvable",
  """Bonjour,

Je ne trouve pas le CCAP du marché 2024-031 (fourniture de véhicules utilitaires) dans « Mes Marchés ». Seul le CCTP est en ligne. Pouvez-vous l'ajouter ?

Camille Dubreuil
Département de la Gironde – Direction des affaires juridiques
""")

M("contract_documents", False, None, None, "espace_acheteur", False, "fr",
  "Amendment no. 3 of the energy market missing; needed for the contrôle de légalité.",
  ("Service juridique Ville de Valence", "juridique@mairie-valence.fr"),
  "Avenant n°3 manquant",
  """Bonjour,

La préfecture nous demande, au titre du contrôle de légalité, l'avenant n° 3 au marché de fourniture d'électricité auquel nous adhérons via la centrale. Il n'est pas dans les documents du marché sur l'Espace Acheteur (seuls les avenants 1 et 2 y figurent).
Merci de nous le transmettre.

Service juridique
Ville de Valence
""", style="outlook_html")

M("contract_documents", False, None, None, "espace_acheteur", False, "fr",
  "Membership convention opens as an empty file.",
  ("Anaïs Mercier", "anais.mercier@ccas-rennes.fr"),
  "Convention d'adhésion illisible",
  """Bonjour,

Le fichier de la convention d'adhésion de notre CCAS, dans l'espace documentaire, s'ouvre sur une page blanche (0 Ko). Pourriez-vous le remettre en ligne ou me l'envoyer ?

Anaïs Mercier
CCAS de Rennes
""", style="thunderbird")

M("contract_documents", False, None, None, "espace_acheteur", True, "fr",
  "Saw the conventions on the old platform, not on the new one: contract_documents, although the fix may be access rights (close to account_creation).",
  ("Philippe Caron", "philippe.caron@ch-valenciennes.fr"),
  "Conventions non visibles depuis la migration",
  """Bonjour,

Sur l'ancienne plateforme, je voyais toutes les conventions et marchés auxquels l'hôpital adhère. Depuis la bascule sur le nouvel Espace Acheteur, la rubrique « Mes Marchés » est vide pour moi, alors que ma collègue les voit.

Philippe Caron
CH de Valenciennes – Cellule des marchés
""")

M("contract_documents", False, None, None, "espace_acheteur", False, "en",
  "English; needs the signed acte d'engagement of a market for an audit.",
  ("Claire Thompson", "claire.thompson@eurometropole.fr"),
  "Signed contract documents for audit",
  """Hello,

Our internal auditors need the signed "acte d'engagement" and the price schedule (BPU) of the IT equipment framework agreement our city joined in 2023. I can see the notice of award in "Mes Marchés" but not the signed documents.
Could you send them or make them available?

Best,
Claire Thompson
Internal audit, Eurométropole
""", style="gmail")

M("contract_documents", False, None, None, "espace_acheteur", False, "fr",
  "Asks for the certificat administratif and the DC4 (subcontracting declaration) of a market.",
  ("Rodolphe Gauthier", "r.gauthier@agglo-montargis.fr"),
  "Documents du marché de nettoyage",
  """Bonjour,

Pour le marché de nettoyage des locaux (lot 2), notre trésorerie réclame le certificat administratif et la déclaration de sous-traitance DC4. Aucun des deux n'est disponible dans les pièces du marché.

Rodolphe Gauthier
Agglomération Montargoise – Commande publique
""")

M("contract_documents", False, None, None, "espace_acheteur", False, "fr",
  "Follow-up (Gmail quote): the document is still missing after the region's answer.",
  ("Manon Chevalier", "manon.chevalier.mairie@gmail.com"),
  "Re: Pièces du marché fournitures scolaires",
  """Bonjour,

Malgré votre réponse de la semaine dernière, le CCTP du marché de fournitures scolaires n'est toujours pas accessible (lien « document introuvable »).

Manon Chevalier
Mairie de Bois-Guillaume

Le jeu. 20 mars 2025 à 15:02, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Le document a été republié, il devrait être visible d'ici demain.
> L'équipe d'assistance
""", style="gmail", in_reply_to="<SUP-022871.1742479320.0c11@assistance.example.fr>")

M("contract_documents", False, None, None, "esignature", True, "fr",
  "Cannot open the membership convention sent for e-signature: the document link in the signing space is missing; about access to a contract document.",
  ("Sabine Roy", "sabine.roy@sictom-loire.fr"),
  "Convention à signer : document absent",
  """Bonjour,

J'ai reçu l'invitation à signer électroniquement notre convention d'adhésion à la centrale, mais dans l'espace de signature le document n'apparaît pas : seule la page de signature est affichée.
Je ne peux pas signer sans lire la convention. Pouvez-vous me la transmettre ?

Sabine Roy
SICTOM Loire et Beuvron – Direction
""")

M("contract_documents", False, None, None, "espace_acheteur", False, "fr",
  "Market renewed, new version not visible; only the expired 2021 documents are shown.",
  ("Eric Fabre", "eric.fabre@herault.fr"),
  "Marché reconduit : documents de 2021 affichés",
  """Bonjour,

Le marché de fourniture de papier a été reconduit au 1er janvier, mais l'Espace Acheteur n'affiche que les pièces de 2021 (marché échu). Où trouver le nouveau bordereau de prix et la décision de reconduction ?

Eric Fabre
Département de l'Hérault – Service achats
""", style="outlook_html")

M("contract_documents", False, None, None, "espace_acheteur", False, "fr",
  "Hospital legal department needs the attestation of the centrale's mandate (convention de groupement) to justify purchases without a tender.",
  ("Direction des affaires juridiques", "daj@ch-lerouvray.fr"),
  "Attestation / convention de groupement",
  """Bonjour,

Pour justifier auprès de notre commissaire aux comptes des achats passés sans mise en concurrence propre, nous avons besoin de la convention de groupement signée et d'une attestation d'adhésion. Ces pièces ne figurent pas dans notre espace documentaire.

Direction des affaires juridiques
Centre hospitalier du Rouvray
""")

M("contract_documents", False, None, None, "espace_acheteur", True, "fr",
  "Reply on a ticket (subject reference) whose new content is a different request: the CCTP of another lot, not the invoice of the earlier ticket.",
  ("Jean-Marc Thibault", "jm.thibault@ville-poitiers.fr"),
  "RE: [#SUP-019455] Facture commande mobilier",
  """Bonjour,

Merci, la facture est bien arrivée, ce point est réglé.
J'en profite : dans le même marché, le CCTP du lot 4 (mobilier de bureau) n'apparaît pas, seul celui du lot 3 est en ligne. Pouvez-vous l'ajouter ?

Jean-Marc Thibault
Ville de Poitiers – Achats
""", in_reply_to="<SUP-019455.1736500000.88cd@assistance.example.fr>")

M("contract_documents", False, None, None, "espace_acheteur", False, "fr",
  "Market notice visible but the price schedule (BPU) download returns an error.",
  ("Nadine Aubry", "nadine.aubry@sdis-isere.fr"),
  "BPU téléchargement impossible",
  """Bonjour,

Dans « Mes Marchés », le téléchargement du bordereau des prix unitaires du marché d'équipements de protection individuelle renvoie une erreur 404. Les autres pièces s'ouvrent.
Merci de corriger.

Nadine Aubry
SDIS de l'Isère – Service commande publique
""", style="thunderbird")


# =================================================================
# transfer_incident (2)
# =================================================================

M("transfer_incident", False, "0671849W", "grand-est", "ecoledirecte", True, "fr",
  "Département IT (not the school) after replacing a collège's server: licence to regenerate, transfers stopped. UAI given.",
  ("Service numérique des collèges", "numerique.colleges@bas-rhin.fr"),
  "Collège 0671849W - licence à régénérer",
  """Bonjour,

Le Département a remplacé la semaine dernière le serveur administratif du collège (UAI 0671849W). Depuis, le logiciel de gestion affiche « licence invalide » et les transferts vers EcoleDirecte ne partent plus.
Pouvez-vous régénérer la licence pour le nouveau serveur ?

Service numérique des collèges
Collectivité européenne d'Alsace
""")

M("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
  "IT of a town that hosts private schools' servers: the new municipal firewall blocks the EcoleDirecte transfers; diagnostic fails.",
  ("DSI Ville de Cholet", "dsi@cholet.fr"),
  "Transferts EcoleDirecte bloqués par notre pare-feu ?",
  """Bonjour,

La ville héberge les serveurs de deux écoles privées sous contrat. Depuis la mise en place de notre nouveau pare-feu, leurs transferts vers EcoleDirecte échouent au test de connexion du diagnostic.
Quels ports et quelles adresses faut-il ouvrir ?

DSI – Ville de Cholet
""", style="outlook_html")


# =================================================================
# automated (21)
# =================================================================

AUTO_SUB = ("Auto-Submitted", "auto-replied")
XARS = ("X-Auto-Response-Suppress", "All")

M("automated", False, None, None, None, False, "fr",
  "Exchange Online out-of-office of a hospital buyer (Auto-Submitted, X-Auto-Response-Suppress).",
  ("Nathalie GIRAUD", "nathalie.giraud@ch-vienne.fr"),
  "Réponse automatique : [#SUP-020150] Compte bloqué Espace Acheteur",
  """Bonjour,

Je suis absente du 23 décembre au 3 janvier inclus. Pour toute urgence concernant les commandes, merci de contacter le secrétariat de la direction des achats au 04 74 31 33 40.

Cordialement,
Nathalie Giraud
""", style="outlook", extra=[AUTO_SUB, XARS], in_reply_to="<SUP-020150.1734950000.3a2e@assistance.example.fr>")

M("automated", False, None, None, None, False, "en",
  "English Exchange 'Automatic reply:' from a métropole officer.",
  ("Kieran O'Donnell", "k.odonnell@metropole-grenoble.fr"),
  "Automatic reply: Forgotten password - buyer space",
  """Thank you for your email. I am out of the office until Monday 4 November with limited access to email. For urgent matters please contact europe@metropole-grenoble.fr.

Kieran
""", style="outlook_html", extra=[AUTO_SUB, XARS])

M("automated", False, None, "occitanie", None, False, "fr",
  "Rectorat Zimbra vacation reply ('Auto-Submitted: auto-replied (zimbra; vacation)'); region from the ac-toulouse.fr sender.",
  ("Pierre Castagné", "pierre.castagne@ac-toulouse.fr"),
  "Absence",
  """Bonjour,
Je suis en congés jusqu'au 2 mai. Votre message sera traité à mon retour.
Pour les questions relatives aux marchés du rectorat : ce.daf-achats@ac-toulouse.fr
P. Castagné
""", style="zimbra", extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")])

M("automated", False, None, None, None, True, "fr",
  "Out-of-office by a client-side rule: no Auto-Submitted, no Precedence; only the wording shows it is automatic. Mentions 'mot de passe' and 'facture'.",
  ("Service Finances - Mairie de Lunel", "finances@ville-lunel.fr"),
  "Absent(e) du bureau",
  """Bonjour,

Le service finances est fermé du 26 au 30 août. Les factures et demandes concernant l'Espace Acheteur (mots de passe, commandes) seront traitées à partir du 2 septembre.

Ceci est un message automatique.
""", style="outlook")

M("automated", False, None, None, None, False, "fr",
  "Gmail vacation responder of a town-hall buyer using a personal address.",
  ("Laure Benhamou", "laure.benhamou75@gmail.com"),
  "Re: [#SUP-020877] accès espace acheteur mairie",
  """Bonjour, je suis en congé jusqu'au 10 février, je vous répondrai à mon retour. Laure
""", style="gmail", extra=[AUTO_SUB, ("Precedence", "bulk")], in_reply_to="<SUP-020877.1738500000.f00d@assistance.example.fr>")

M("automated", False, None, None, None, False, "en",
  "Postfix bounce (multipart/report delivery-status, original attached), null Return-Path; recipient at a hospital left.",
  ("Mail Delivery System", "MAILER-DAEMON@mx.ch-perigueux.fr"),
  "Undelivered Mail Returned to Sender",
  """Content-Type: multipart/report; report-type=delivery-status;
 boundary="B7D2C1F0A9.1733300000/mx.ch-perigueux.fr"

This is a MIME-encapsulated message.

--B7D2C1F0A9.1733300000/mx.ch-perigueux.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.ch-perigueux.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<r.peyrot@ch-perigueux.fr>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1
    <r.peyrot@ch-perigueux.fr>: Recipient address rejected: User unknown

--B7D2C1F0A9.1733300000/mx.ch-perigueux.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.ch-perigueux.fr
X-Postfix-Queue-ID: B7D2C1F0A9
Arrival-Date: Wed,  4 Dec 2024 09:13:18 +0100 (CET)

Final-Recipient: rfc822; r.peyrot@ch-perigueux.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <r.peyrot@ch-perigueux.fr>: Recipient
    address rejected: User unknown

--B7D2C1F0A9.1733300000/mx.ch-perigueux.fr
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: Assistance <support@assistance.example.fr>
To: r.peyrot@ch-perigueux.fr
Subject: [#SUP-020301] Mdp
Date: Wed, 04 Dec 2024 09:13:15 +0100
Message-ID: <SUP-020301.1733299995.b2b2@assistance.example.fr>
Auto-Submitted: auto-replied
Content-Type: text/plain; charset=utf-8

Bonjour,
Un lien de reinitialisation a ete envoye a l'adresse enregistree pour votre compte.
L'equipe d'assistance

--B7D2C1F0A9.1733300000/mx.ch-perigueux.fr--
""", style="raw", return_path="", extra=[AUTO_SUB])

M("automated", False, None, None, None, False, "fr",
  "Exchange Online non-delivery report in French ('Non remis :'), multipart/report.",
  ("Microsoft Outlook", "postmaster@departement13.fr"),
  "Non remis : [#SUP-021460] Mot de passe expiré",
  """Content-Type: multipart/report; report-type=delivery-status;
 boundary="_NDR_5c1e7f_"

--_NDR_5c1e7f_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Impossible de remettre votre message =C3=A0 didier.roche@departement13.fr.

La bo=C3=AEte aux lettres du destinataire est pleine et ne peut pas accepter=
 de messages pour le moment. R=C3=A9essayez plus tard ou contactez directem=
ent le destinataire.

--_NDR_5c1e7f_
Content-Type: message/delivery-status

Reporting-MTA: dns;PR1P264MB3312.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr

Final-Recipient: rfc822;didier.roche@departement13.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException

--_NDR_5c1e7f_
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: didier.roche@departement13.fr
Subject: [#SUP-021460] Mot de passe expiré
Message-ID: <SUP-021460.1740000000.c0de@assistance.example.fr>

--_NDR_5c1e7f_--
""", style="raw", return_path="", extra=[AUTO_SUB])

M("automated", False, None, None, None, True, "en",
  "Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and Mailer-Daemon sender show it is automatic.",
  ("Mail Delivery System", "Mailer-Daemon@mail.sivom-arly.fr"),
  "Mail delivery failed: returning message to sender",
  """Content-Type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  compta@sivom-arly.fr
    retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: Assistance <support@assistance.example.fr>
To: compta@sivom-arly.fr
Subject: [#SUP-019777] Facture FA-2024-08812

Bonjour, votre demande a bien ete transmise au service concerne.
""", style="raw", return_path="")

M("automated", False, None, None, None, False, "fr",
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification.",
  ("Valérie Noël", "valerie.noel@ch-auxerre.fr"),
  "Lu : [#SUP-020044] Facture absente de Chorus Pro",
  """Content-Type: multipart/report; report-type=disposition-notification;
 boundary="_mdn_44a1_"

--_mdn_44a1_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Votre message

    =C3=80 : Val=C3=A9rie No=C3=ABl
    Objet : [#SUP-020044] Facture absente de Chorus Pro
    Envoy=C3=A9 : 14/10/2024 10:02

a =C3=A9t=C3=A9 lu le 14/10/2024 10:31.

--_mdn_44a1_
Content-Type: message/disposition-notification

Reporting-UA: PR1P264MB3312.FRAP264.PROD.OUTLOOK.COM; Microsoft Outlook 16.0
Final-Recipient: rfc822;valerie.noel@ch-auxerre.fr
Original-Message-ID: <SUP-020044.1728892920.aa01@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

--_mdn_44a1_--
""", style="raw")

M("automated", False, None, None, "espace_acheteur", False, "fr",
  "Espace Acheteur no-reply notification to the desk: an account awaits validation for a structure without administrator. Auto-Submitted: auto-generated.",
  ("Espace Acheteur", "no-reply@espace-acheteur.example.fr"),
  "Demande de compte en attente – structure sans administrateur",
  """Bonjour,

La demande de compte suivante est en attente de validation et la structure n'a pas d'administrateur :

Structure : Syndicat mixte du bassin de la Sèvre
Demandeur : Florence Bodin (f.bodin@smbs.fr)
Date : 18/02/2025 14:07

Merci de traiter cette demande depuis l'interface de gestion.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", style="qp", extra=[("Auto-Submitted", "auto-generated"), XARS])

M("automated", False, None, None, "espace_acheteur", False, "fr",
  "Centrale d'achat newsletter: List-Id, List-Unsubscribe one-click, Precedence: bulk.",
  ("Centrale d'achat - Lettre des acheteurs publics", "lettre@actualites.espace-acheteur.example.fr"),
  "Lettre des acheteurs publics – nouveaux marchés énergie 2025",
  """Lettre des acheteurs publics – janvier 2025

Nouveaux marchés énergie : électricité et gaz pour 2025-2027
Les collectivités et établissements de santé peuvent adhérer jusqu'au 28 février. Retrouvez les pièces dans « Mes Marchés ».

Webinaire : facturation électronique et Chorus Pro, jeudi 6 février à 11 h.

Vous recevez cette lettre car vous êtes inscrit(e) à nos actualités.
Se désinscrire : https://actualites.espace-acheteur.example.fr/u/5521/c9
""", style="gmail", extra=[("List-Id", "Lettre des acheteurs publics <lettre.actualites.espace-acheteur.example.fr>"),
                           ("List-Unsubscribe", "<https://actualites.espace-acheteur.example.fr/u/5521/c9>"),
                           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                           ("Precedence", "bulk")])

M("automated", False, None, None, None, False, "fr",
  "Chorus Pro style no-reply notification (invoice status change) delivered to the desk's address.",
  ("Chorus Pro", "ne-pas-repondre@notification.chorus-pro.example.gouv.fr"),
  "Chorus Pro : changement de statut de la facture FA-2025-00417",
  """Bonjour,

La facture n° FA-2025-00417 déposée le 12/02/2025 a changé de statut.
Nouveau statut : REJETÉE
Motif : Montant incohérent avec l'engagement juridique

Pour consulter le détail, connectez-vous à votre espace.

Ce courriel est généré automatiquement. Merci de ne pas y répondre.
""", style="qp", extra=[("Auto-Submitted", "auto-generated")])

M("automated", False, None, None, "esignature", True, "fr",
  "E-signature 'convention signed by all parties' notification without Auto-Submitted or Precedence; the no-reply sender and wording show it is automatic.",
  ("Signature électronique", "notifications@signature.example.fr"),
  "Document signé : Convention d'adhésion – SICTOM Loire et Beuvron",
  """Bonjour,

Toutes les parties ont signé le document « Convention d'adhésion – SICTOM Loire et Beuvron ».
Vous pouvez télécharger le document signé et le certificat de preuve depuis votre espace.

Ceci est une notification, merci de ne pas répondre à ce message.
""", style="html_plain")

M("automated", False, None, None, None, False, "fr",
  "Another help desk (a hospital's IT service desk) acknowledges a message the desk sent it (Auto-Submitted, X-Loop): answering would start a mail loop.",
  ("Service Desk CHU Brest", "servicedesk@chu-brest.fr"),
  "[INC0048812] Votre demande a été enregistrée",
  """Bonjour,

Votre demande a été enregistrée sous la référence INC0048812. Un technicien la prendra en charge dans les meilleurs délais.
Merci de conserver cette référence dans l'objet de vos échanges.

Le Service Desk – CHU de Brest
Message automatique
""", style="qp", extra=[("Auto-Submitted", "auto-replied"), ("X-Loop", "servicedesk@chu-brest.fr")])

M("automated", False, None, None, None, False, "en",
  "DMARC aggregate report (zip attachment) sent to the desk's address.",
  ("noreply-dmarc-support@google.com", "noreply-dmarc-support@google.com"),
  "Report domain: assistance.example.fr Submitter: google.com Report-ID: 1473629384756281934",
  """Content-Type: multipart/mixed; boundary="000000000000dmarc0c3f"

--000000000000dmarc0c3f
Content-Type: text/plain; charset="UTF-8"

This is an aggregate report from google.com.

--000000000000dmarc0c3f
Content-Type: application/zip;
 name="google.com!assistance.example.fr!1736208000!1736294399.zip"
Content-Disposition: attachment;
 filename="google.com!assistance.example.fr!1736208000!1736294399.zip"
Content-Transfer-Encoding: base64

UEsDBBQAAAAIAAAAIQAAAAAAAAAAAAAAAAAKAAAAcmVwb3J0LnhtbAMAUEsBAhQAFAAAAAgAAAAh
AAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAHJlcG9ydC54bWxQSwUGAAAAAAEAAQA4AAAA
KAAAAAAA

--000000000000dmarc0c3f--
""", style="raw")

M("automated", False, None, None, None, True, "fr",
  "A buyer's question posted to a purchasers' mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered, though it mentions an invoice problem.",
  ("Forum des acheteurs hospitaliers", "forum-acheteurs@listes.resah-example.fr"),
  "[forum-acheteurs] Factures rejetées sur Chorus, vous aussi ?",
  """Bonjour à tous,

Depuis janvier, plusieurs de nos factures passées par la centrale sont rejetées sur Chorus Pro pour « engagement juridique absent ». Avez-vous rencontré le même souci ? Comment l'avez-vous réglé ?

Merci pour vos retours,
Sandrine Lebeau, CH de Dax

--
Liste forum-acheteurs – pour vous désabonner : https://listes.resah-example.fr/sympa/signoff/forum-acheteurs
""", style="thunderbird", to="forum-acheteurs@listes.resah-example.fr",
  extra=[("List-Id", "<forum-acheteurs.listes.resah-example.fr>"), ("Precedence", "list"),
         ("List-Unsubscribe", "<https://listes.resah-example.fr/sympa/signoff/forum-acheteurs>"),
         ("Sender", "forum-acheteurs-owner@listes.resah-example.fr")])

M("automated", False, None, None, None, False, "en",
  "Gmail 'Delivery Status Notification (Delay)': a warning, not a failure, but automatic.",
  ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
  "Delivery Status Notification (Delay)",
  """Content-Type: multipart/report; report-type=delivery-status; boundary="00000000000099dsn77"

--00000000000099dsn77
Content-Type: text/plain; charset="UTF-8"

** Message delayed **

There was a temporary problem delivering your message to mairie.sjdb@wanadoo.fr. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.

--00000000000099dsn77
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Final-Recipient: rfc822; mairie.sjdb@wanadoo.fr
Action: delayed
Status: 4.4.1
Will-Retry-Until: Sat, 09 Nov 2024 11:20:00 -0800

--00000000000099dsn77--
""", style="raw", return_path="", extra=[AUTO_SUB])

M("automated", False, None, None, None, True, "fr",
  "Host-provided autoresponder of a small commune: only 'X-Autoreply: yes' and 'X-Autorespond', no Auto-Submitted.",
  ("Mairie de Saint-Germain-les-Belles", "mairie.saintgermain@orange.fr"),
  "Réponse automatique",
  """Bonjour,
La mairie est ouverte le lundi, mardi et jeudi de 9 h à 12 h. Votre message sera traité lors de la prochaine permanence du secrétariat.
""", style="qp", extra=[("X-Autoreply", "yes"), ("X-Autorespond", "Mairie de Saint-Germain-les-Belles")])

M("automated", False, None, None, "ticket_portal", False, "fr",
  "Ticket-portal notification: a ticket opened with a supplier was updated (Auto-Submitted: auto-generated).",
  ("Portail d'assistance", "no-reply@portail-assistance.example.fr"),
  "[Ticket 44712] Mise à jour : facture fournisseur en double",
  """Le ticket 44712 « facture fournisseur en double » a été mis à jour par le fournisseur.

Nouveau statut : En cours de traitement
Commentaire : l'avoir est en cours d'émission.

Consultez le ticket : https://portail-assistance.example.fr/tickets/44712
Ne répondez pas à ce message.
""", style="qp", extra=[("Auto-Submitted", "auto-generated")])

M("automated", False, None, None, None, False, "fr",
  "Thunderbird return receipt in French ('Accusé de réception (affiché)'), disposition-notification.",
  ("Jean-Baptiste Ferrand", "jb.ferrand@ccas-villeurbanne.fr"),
  "Accusé de réception (affiché) - [#SUP-019320] Reprise du compte",
  """Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------mdn3F1A0B"

This is a multi-part message in MIME format.
--------------mdn3F1A0B
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Ceci est un accusé de réception pour le courrier électronique envoyé à jb.ferrand@ccas-villeurbanne.fr.

Note : cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire.

--------------mdn3F1A0B
Content-Type: message/disposition-notification; name="MDNPart2.txt"

Reporting-UA: mail.ccas-villeurbanne.fr; Mozilla Thunderbird
Final-Recipient: rfc822;jb.ferrand@ccas-villeurbanne.fr
Original-Message-ID: <SUP-019320.1730000000.11aa@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

--------------mdn3F1A0B--
""", style="raw", ua="thunderbird")

M("automated", False, None, None, "espace_acheteur", True, "fr",
  "Espace Acheteur order-confirmation notification forwarded automatically to the desk by a mailbox rule (Auto-Submitted: auto-forwarded): no person wrote it.",
  ("Achats Mairie de Fécamp", "achats@ville-fecamp.fr"),
  "TR: Confirmation de votre commande EA-2025-005521",
  """-----Message d'origine-----
De : Espace Acheteur <no-reply@espace-acheteur.example.fr>
Objet : Confirmation de votre commande EA-2025-005521

Bonjour,
Votre commande EA-2025-005521 a bien été enregistrée. Montant : 1 842,30 € HT.
Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", style="qp", extra=[("Auto-Submitted", "auto-forwarded"), ("X-MS-Exchange-Inbox-Rules-Loop", "achats@ville-fecamp.fr")])


# =================================================================
# other (18)
# =================================================================

M("other", False, None, None, None, True, "fr",
  "Fake 'unpaid invoice' with an attachment from an unknown look-alike domain, SPF fails: phishing, not order_billing.",
  ("Service Recouvrement", "recouvrement@centrale-achats-factures.com"),
  "Facture impayée n°2025-88410 - dernier rappel avant pénalités",
  """Madame, Monsieur,

Sauf erreur de notre part, la facture ci-jointe reste impayée. Afin d'éviter des pénalités de retard, merci de procéder au règlement sous 48 heures sur le nouveau compte bancaire indiqué dans le document.

Service recouvrement
""", style="qp", auth="fail", attach=("Facture_2025-88410.pdf.html", "text/html",
                                      b"<html><body>Chargement...</body></html>"))

M("other", False, None, None, None, True, "fr",
  "Phishing imitating the platform: 'votre compte sera désactivé, confirmez votre mot de passe'; mentions password but is not password_reset; fake domain, so no platform.",
  ("Espace Acheteur - Sécurité", "securite@espace-acheteur-verification.net"),
  "Action requise : votre compte acheteur sera désactivé",
  """Cher utilisateur,

Suite à une mise à jour de sécurité, votre compte acheteur sera désactivé sous 24 heures. Pour le conserver, confirmez votre identifiant et votre mot de passe en cliquant ici :
https://espace-acheteur-verification.net/confirm

L'équipe sécurité
""", style="html_plain", auth="fail")

M("other", False, None, None, None, False, "fr",
  "Supplier's sales prospecting (office furniture) written to one person, no list headers: other, not automated.",
  ("Julien Marceau", "j.marceau@mobilier-pro-equipement.fr"),
  "Proposition de partenariat - mobilier pour collectivités",
  """Bonjour,

Fabricant français de mobilier pour les collectivités et les hôpitaux, nous souhaiterions être référencés sur votre Espace Acheteur. Seriez-vous disponible pour un échange de 15 minutes la semaine prochaine ?

Bien cordialement,
Julien Marceau
Responsable grands comptes – Mobilier Pro Équipement
06 12 34 56 78
""", style="gmail")

M("other", False, None, None, None, False, "fr",
  "Thanks only, quoting the answer: words 'facture' and 'mot de passe' appear but nothing is asked.",
  ("Valérie Noël", "valerie.noel@ch-auxerre.fr"),
  "RE: [#SUP-020044] Facture absente de Chorus Pro",
  """Bonjour,

La facture est bien arrivée sur Chorus Pro ce matin. Merci pour votre réactivité !

Bonne journée,
Valérie Noël

De : Assistance <support@assistance.example.fr>
Envoyé : mardi 15 octobre 2024 11:12
Objet : [#SUP-020044] Facture absente de Chorus Pro

Bonjour, la facture a été redéposée sur Chorus Pro. Si vous rencontrez un problème de mot de passe sur Chorus, contactez son assistance.
""", in_reply_to="<SUP-020044.1728892920.aa01@assistance.example.fr>")

M("other", False, None, None, None, False, "fr",
  "'Bien reçu, merci.' from a phone: nothing to do.",
  ("Cyril Roux", "cyril.roux@ville-gap.fr"),
  "Re: [#SUP-021988] activation",
  """Bien reçu, merci.

Envoyé de mon iPhone
""", style="iphone", in_reply_to="<SUP-021988.1740400000.5e5e@assistance.example.fr>")

M("other", False, None, None, None, False, "fr",
  "A citizen writes to the desk thinking it is the town hall (bulky-waste collection): wrong address.",
  ("Bernadette Colas", "bernadette.colas@free.fr"),
  "ramassage des encombrants",
  """Bonjour,
Je voudrais savoir quand passe le ramassage des encombrants dans mon quartier (rue des Tilleuls). Votre adresse m'a été donnée par la mairie.
Merci
Mme Colas
""", style="roundcube")

M("other", False, None, None, "espace_acheteur", True, "fr",
  "A supplier asks how to answer a tender published by the centrale: not a buyer request, and the desk does not handle bids.",
  ("Karim Benali", "karim.benali@nettoyage-services-sud.fr"),
  "Répondre à un appel d'offres",
  """Bonjour,

Notre entreprise de nettoyage voudrait répondre au prochain appel d'offres de la centrale pour les établissements de santé. Faut-il créer un compte sur l'Espace Acheteur pour déposer notre offre ?

Karim Benali
Nettoyage Services Sud
""")

M("other", False, None, None, None, False, "fr",
  "Unsolicited application for a public-procurement traineeship with a CV.",
  ("Inès Charpentier", "ines.charpentier@etu.univ-lyon3.fr"),
  "Candidature stage - master droit des contrats publics",
  """Madame, Monsieur,

Étudiante en master 2 droit des contrats publics, je recherche un stage de six mois à partir d'avril. Je me permets de vous adresser ma candidature et mon CV.

Dans l'attente de votre retour, je vous prie d'agréer mes salutations distinguées.
Inès Charpentier
""", style="gmail", attach=("CV_Ines_Charpentier.pdf", "application/pdf", b"%PDF-1.4\n% CV (test fixture)\n%%EOF\n"))

M("other", False, None, None, None, False, "fr",
  "GDPR erasure request from a former hospital buyer: other (human review), not account_creation.",
  ("Bruno Lefort", "bruno.lefort@laposte.net"),
  "Suppression de mes données personnelles",
  """Bonjour,

J'ai quitté le CH de Saint-Lô en décembre. Conformément au RGPD, je vous demande de supprimer mon compte sur l'Espace Acheteur ainsi que toutes mes données personnelles, et de me le confirmer par écrit.

Bruno Lefort
""", style="thunderbird")

M("other", False, None, None, None, False, "fr",
  "Angry complaint about an unanswered request that says nothing about the topic: no category can be told.",
  ("Gérald Pons", "gerald.pons@ville-rodez.fr"),
  "Toujours pas de réponse !!!",
  """Bonjour,

Cela fait maintenant trois semaines que j'ai écrit et PERSONNE ne m'a répondu. C'est inadmissible pour un service payé par nos cotisations.
J'attends un rappel aujourd'hui.

G. Pons, Ville de Rodez
""")

M("other", False, None, None, "espace_acheteur", False, "fr",
  "Asks how to export the order history to a spreadsheet: a how-to question with no category of its own.",
  ("Christine Bertrand", "christine.bertrand@agglo-epinal.fr"),
  "Export des commandes sous Excel",
  """Bonjour,

Pour notre bilan annuel, j'aurais besoin d'exporter la liste de toutes les commandes passées en 2024 par l'agglomération sur l'Espace Acheteur (date, fournisseur, montant). Existe-t-il une fonction d'export vers Excel ?

Christine Bertrand
Agglomération d'Épinal – Contrôle de gestion
""", style="outlook_html")

M("other", False, None, None, "espace_acheteur", False, "fr",
  "Wants to register several agents to a training session on the platform; not a listed category.",
  ("Élise Navarro", "elise.navarro@cd66.fr"),
  "Formation à l'Espace Acheteur",
  """Bonjour,

Proposez-vous des sessions de formation à l'utilisation de l'Espace Acheteur ? Nous aurions six agents à former, idéalement en présentiel à Perpignan.

Élise Navarro
Département des Pyrénées-Orientales – Direction de la commande publique
""")

M("other", False, None, None, None, False, "en",
  "English cold pitch from an e-procurement analytics start-up, quoting her own first mail (Gmail English quote).",
  ("Priya Raman", "priya@spendlens.io"),
  "Re: Procurement analytics for French public buyers",
  """Hi again,

Just bumping this up - would you have 20 minutes next week to see how SpendLens helps hospitals cut procurement costs by 12%?

Best,
Priya

On Tue, Jan 14, 2025 at 10:03 AM Priya Raman <priya@spendlens.io> wrote:
> Hello,
> I'm reaching out because we work with several European public buyers on spend analytics...
""", style="gmail")

M("other", False, None, None, None, False, "es",
  "Spanish supplier spam (promotional offer on medical gloves); language not French or English.",
  ("Guantes Médicos Iberia", "ventas@guantes-iberia-export.es"),
  "Oferta especial guantes de nitrilo para hospitales",
  """Estimados señores:

Somos fabricantes de guantes de nitrilo certificados EN 455. Ofrecemos precios especiales para hospitales públicos franceses: 2,10 € la caja de 100 unidades, entrega en 10 días.

No dude en contactarnos para más información.

Departamento comercial
Guantes Médicos Iberia
""", style="html_plain")

M("other", False, None, None, None, True, "fr",
  "Asks for the contact of the supplier's after-sales service for a broken delivered item: a real question, but outside the desk's categories (not billing, not contract documents).",
  ("Morgan Tessier", "morgan.tessier@ehpad-lesoliviers.fr"),
  "SAV lave-linge",
  """Bonjour,

Le lave-linge industriel livré en janvier est en panne. À qui dois-je m'adresser pour le service après-vente : à vous ou directement au fabricant ? Pouvez-vous me donner leur contact ?

Morgan Tessier
Services techniques – EHPAD Les Oliviers
""", style="android")

M("other", False, None, "normandie", None, False, "fr",
  "Personal message sent to the desk by address autocomplete; region from the ac-normandie.fr sender.",
  ("Sophie Lemaître", "sophie.lemaitre@ac-normandie.fr"),
  "samedi",
  """Coucou,
On se retrouve toujours samedi au marché ? J'apporte la tarte.
Bises
Sophie
""", style="zimbra")

M("other", False, None, None, "esignature", True, "fr",
  "The convention to e-sign carries the wrong legal name of the intercommunalité; only the document's sender can fix it. About a convention, but not access to contract documents.",
  ("Lionel Garnier", "lionel.garnier@cc-haut-jura.fr"),
  "Erreur de raison sociale sur la convention à signer",
  """Bonjour,

La convention que l'on me demande de signer électroniquement est au nom de « Communauté de communes du Jura » alors que nous sommes la « Communauté de communes Haut-Jura Saint-Claude ». Je ne peux pas signer en l'état.
Qui peut corriger ?

Lionel Garnier
DGS – CC Haut-Jura Saint-Claude
""", style="thunderbird")

M("other", False, None, None, None, True, "fr",
  "Fake 'Chorus Pro' message asking to update bank details via a link, look-alike domain: phishing, other.",
  ("Chorus Pro", "support@chorus-pro-mise-a-jour.com"),
  "Mise à jour obligatoire de vos coordonnées bancaires",
  """Madame, Monsieur,

Dans le cadre de la généralisation de la facturation électronique, vous devez mettre à jour vos coordonnées bancaires avant le 31 mars, faute de quoi vos paiements seront suspendus.
Mettre à jour : https://chorus-pro-mise-a-jour.com/iban

Service Chorus Pro
""", style="qp", auth="fail")


# =================================================================
# build, write, check
# =================================================================

LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform",
              "hard", "lang", "notes"]


def main():
    order = list(range(len(MAILS)))
    rng.shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        fname = "h%03d.eml" % n
        raw = to_bytes(build(m))
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(raw)
        labels.append({"file": fname, "category": m["cat"], "auto_reply_ok": m["ok"],
                       "uai": m["uai"], "region": m["region"], "platform": m["platform"],
                       "hard": m["hard"], "lang": m["lang"], "notes": m["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


def check():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    emls = sorted(x for x in os.listdir(HERE) if re.fullmatch(r"h\d{3}\.eml", x))
    assert len(emls) == 150, len(emls)
    assert len(labels) == 150, len(labels)
    assert [lab["file"] for lab in labels] == ["h%03d.eml" % i for i in range(1, 151)]
    for lab in labels:
        assert list(lab) == LABEL_KEYS, lab
        with open(os.path.join(HERE, lab["file"]), "rb") as f:
            raw = f.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg["From"] and msg["Subject"] is not None and msg["Date"] and msg["Message-ID"], lab["file"]
        assert "support@assistance.example.fr" in raw.decode("latin-1"), lab["file"]
        # every leaf part must decode
        for part in msg.walk():
            if part.is_multipart() or part.get_content_maintype() == "message":
                continue
            part.get_payload(decode=True)
        cat = lab["category"]
        assert cat in CATEGORIES, lab
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        if cat not in AUTO_OK_CATEGORIES:
            assert lab["auto_reply_ok"] is False, lab
        assert lab["platform"] in PLATFORMS, lab
        assert lab["lang"] in ("fr", "en", "es"), lab
        assert lab["notes"].strip(), lab
        sender = email.utils.parseaddr(str(msg["From"]))[1].lower()
        domain = sender.rsplit("@", 1)[-1]
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), lab
            assert lab["uai"].lower() in raw.decode("latin-1").lower(), lab
            assert lab["region"] == PREFIX_REGION[lab["uai"][:3]], lab
        elif domain in DOMAIN_REGION:
            assert lab["region"] == DOMAIN_REGION[domain], lab
        else:
            assert lab["region"] is None, lab
    print("holdout118: 150 mails and labels checked")


if __name__ == "__main__":
    main()
