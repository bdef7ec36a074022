#!/usr/bin/env python3
"""Build holdout126: 150 hand-written blind test mails and their labels.

Theme: collèges in priority education (REP, REP+) and their networks:
coordinators, principals and librarians writing about shared accounts,
network-wide subscriptions and pupils' access.

Every mail text below is written by hand. The script only wraps each text in
headers (sender, date, message id, mail client, encoding) chosen with a fixed
seed, writes h001.eml ... h150.eml and labels.jsonl, then re-reads and checks
everything. Standard library only; deterministic.
"""
import base64
import datetime
import json
import os
import quopri
import random
import re
import uuid
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20250126)

CATEGORIES = [
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
]
NEVER_AUTO = {"head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte",
             "ticket_portal", "esignature"}
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

_REGION_TABLE = [
    ("auvergne-rhone-alpes", "01 03 07 15 26 38 42 43 63 69 73 74", "ac-clermont.fr ac-grenoble.fr ac-lyon.fr"),
    ("bourgogne-franche-comte", "21 25 39 58 70 71 89 90", "ac-besancon.fr ac-dijon.fr"),
    ("bretagne", "22 29 35 56", "ac-rennes.fr"),
    ("centre-val-de-loire", "18 28 36 37 41 45", "ac-orleans-tours.fr"),
    ("corse", "620 720", "ac-corse.fr"),
    ("grand-est", "08 10 51 52 54 55 57 67 68 88", "ac-nancy-metz.fr ac-reims.fr ac-strasbourg.fr"),
    ("hauts-de-france", "02 59 60 62 80", "ac-amiens.fr ac-lille.fr"),
    ("ile-de-france", "75 77 78 91 92 93 94 95", "ac-creteil.fr ac-paris.fr ac-versailles.fr"),
    ("normandie", "14 27 50 61 76", "ac-normandie.fr ac-caen.fr ac-rouen.fr"),
    ("nouvelle-aquitaine", "16 17 19 23 24 33 40 47 64 79 86 87", "ac-bordeaux.fr ac-limoges.fr ac-poitiers.fr"),
    ("occitanie", "09 11 12 30 31 32 34 46 48 65 66 81 82", "ac-montpellier.fr ac-toulouse.fr"),
    ("pays-de-la-loire", "44 49 53 72 85", "ac-nantes.fr"),
    ("provence-alpes-cote-d-azur", "04 05 06 13 83 84", "ac-aix-marseille.fr ac-nice.fr"),
    ("guadeloupe", "971", "ac-guadeloupe.fr"),
    ("martinique", "972", "ac-martinique.fr"),
    ("guyane", "973", "ac-guyane.fr"),
    ("la-reunion", "974", "ac-reunion.fr"),
    ("mayotte", "976", "ac-mayotte.fr"),
]
DEPT_REGION, DOMAIN_REGION = {}, {}
for _slug, _deps, _doms in _REGION_TABLE:
    for _d in _deps.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _m in _doms.split():
        DOMAIN_REGION[_m] = _slug

TZ = {"971": -4, "972": -4, "973": -3, "974": 4, "976": 3}


def uai_ok(code):
    return (bool(re.fullmatch(r"\d{7}[A-Z]", code or ""))
            and LETTERS[int(code[:7]) % 23] == code[7])


# ---------------------------------------------------------------- mail list
MAILS = []


def L(category, auto_ok, uai, region, platform, hard, lang, notes):
    return dict(category=category, auto_reply_ok=auto_ok, uai=uai,
                region=region, platform=platform, hard=hard, lang=lang,
                notes=notes)


def add(label, frm, subj, body="", **kw):
    """frm: (display name, address). kw: client, fmt (plain|html|alt),
    cte (8bit|qp|b64|7bit), charset, headers (extra list), html (explicit
    html text), parts/mtype (hand-built multipart), attach, auth, tz, to."""
    MAILS.append(dict(label=label, frm=frm, subj=subj, body=body, **kw))


# ------------------------------------------------------------------ building
def hdr(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8", maxlinelen=76).encode()


def addr_hdr(name, address):
    if not name:
        return address
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"]', name):
            name = '"%s"' % name.replace('"', '')
        return "%s <%s>" % (name, address)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), address)


def encode_body(text, charset, cte):
    text = text.replace("\r\n", "\n")
    data = text.encode(charset)
    if cte == "qp":
        out = quopri.encodestring(data.replace(b"\n", b"\r\n")).replace(b"=0D\n", b"\n").replace(b"\r\n", b"\n")
        return out
    if cte == "b64":
        return base64.encodebytes(data.replace(b"\n", b"\r\n"))
    return data


def text_to_html(text, outlook=False):
    esc = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    paras = [p.replace("\n", "<br>\n") for p in esc.split("\n\n")]
    if outlook:
        inner = "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' % p for p in paras)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n'
                '\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n--></style>\n'
                '</head>\n<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % inner)
    inner = "\n".join("<div>%s</div><div><br></div>" % p for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"></head><body style="font-family: Arial, sans-serif;">\n'
            '%s\n</body></html>\n' % inner)


def part_bytes(ctype, charset, cte, text, extra=""):
    head = "Content-Type: %s" % ctype
    if charset:
        head += '; charset="%s"' % charset
    if ctype == "text/plain" and cte in ("8bit", "7bit") and charset and charset.lower() == "utf-8" and rng.random() < 0.4:
        head += "; format=flowed"
    head += "\n"
    enc = {"8bit": "8bit", "7bit": "7bit", "qp": "quoted-printable", "b64": "base64"}[cte]
    head += "Content-Transfer-Encoding: %s\n" % enc
    head += extra
    return head.encode("ascii") + b"\n" + encode_body(text, charset or "us-ascii", cte)


def boundary():
    return "=_" + "".join(rng.choice("0123456789abcdefABCDEF") for _ in range(28))


CLIENTS = {
    "tb": ["User-Agent: Mozilla Thunderbird", "Content-Language: fr"],
    "tb_en": ["User-Agent: Mozilla Thunderbird", "Content-Language: en-GB"],
    "ol": ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AQHbXr2Vq0Jm6V0Zk0Kq8vS1aB3zAA==", "Content-Language: fr"],
    "o365": ["Thread-Index: AdtXc1V0hH0c2jW8S9uq+TlYd1kBKw==", "Accept-Language: fr-FR, en-US", "Content-Language: fr-FR", "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "],
    "gm": [],
    "zimbra": ["X-Mailer: Zimbra 8.8.15_GA_4581 (ZimbraWebClient - FF128 (Win)/8.8.15_GA_4581)", "Thread-Index: 4m5r0c0bq3p8V2nJfZ1Xk7wQxYhUGA=="],
    "iphone": ["X-Mailer: iPhone Mail (21G93)"],
    "android": ["X-Mailer: Samsung Mail"],
    "roundcube": ["User-Agent: Roundcube Webmail/1.6.9"],
    "sogo": ["User-Agent: SOGoMail 5.10.0"],
    "apple": ["X-Mailer: Apple Mail (2.3774.600.62)"],
    "sys": [],
}


def message_id(client, domain):
    if client in ("o365",):
        s = "".join(rng.choice("0123456789ABCDEF") for _ in range(40))
        return "<PR0P264MB%s@PR0P264MB%s.FRAP264.PROD.OUTLOOK.COM>" % (s[:28], s[28:36])
    if client == "gm":
        s = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+") for _ in range(44))
        return "<CA%s@mail.gmail.com>" % s
    if client in ("tb", "tb_en"):
        return "<%s@%s>" % (uuid.UUID(int=rng.getrandbits(128), version=4), domain)
    if client == "iphone" or client == "apple":
        return "<%s@%s>" % (str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper(), domain)
    s = "".join(rng.choice("0123456789abcdef") for _ in range(24))
    return "<%s.%d@%s>" % (s, rng.randint(10000, 99999), domain)


def pick_date(tzh):
    start = datetime.datetime(2024, 9, 2)
    while True:
        d = start + datetime.timedelta(days=rng.randint(0, 290), minutes=rng.randint(7 * 60, 19 * 60))
        if d.weekday() < 5 or rng.random() < 0.15:
            break
    if tzh is None:
        tzh = 1 if d.month in (11, 12, 1, 2) or (d.month == 3 and d.day < 30) or (d.month == 10 and d.day > 26) else 2
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=tzh)))


def build(m):
    name, address = m["frm"]
    domain = address.split("@")[-1]
    client = m.get("client", "tb")
    charset = m.get("charset", "utf-8")
    fmt = m.get("fmt", "plain")
    cte = m.get("cte", "8bit")
    uai_hint = m["label"]["uai"]
    tzh = m.get("tz")
    if tzh is None and uai_hint and uai_hint[:3] in TZ:
        tzh = TZ[uai_hint[:3]]
    date = pick_date(tzh)
    if client == "o365":
        date_out = date.astimezone(datetime.timezone.utc)
    else:
        date_out = date
    auth = m.get("auth", "pass")
    relay = {"o365": "PAUP264CU00%d.outbound.protection.outlook.com" % rng.randint(1, 9),
             "gm": "mail-wr1-f%d.google.com" % rng.randint(40, 70)}.get(client, "smtp%d.%s" % (rng.randint(1, 6), domain))
    ip = "203.0.113.%d" % rng.randint(2, 250)
    rcv = format_datetime(date + datetime.timedelta(seconds=rng.randint(2, 40)))
    lines = []
    rp = m.get("return_path", address)
    lines.append("Return-Path: <%s>" % rp)
    lines.append("Delivered-To: support@assistance.example.fr")
    lines.append("Received: from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n\tfor <support@assistance.example.fr>; %s"
                 % (relay, relay, ip, "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTVWXYZabcdefghijkmnpqrstvwxyz") for _ in range(15)), rcv))
    if auth == "pass":
        lines.append("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s" % (domain, domain, domain))
    elif auth == "fail":
        lines.append("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=fail smtp.mailfrom=%s;\n\tdmarc=fail (p=quarantine dis=none) header.from=%s" % (domain, domain))
    else:
        lines.append("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=none smtp.mailfrom=%s;\n\tdmarc=none header.from=%s" % (domain, domain))
    lines.append("From: %s" % addr_hdr(name, address))
    lines.append("To: %s" % m.get("to", rng.choice(["support@assistance.example.fr", "Assistance <support@assistance.example.fr>", "support@assistance.example.fr"])))
    lines.append("Subject: %s" % hdr(m["subj"]))
    if client == "o365":
        lines.append("Thread-Topic: %s" % hdr(re.sub(r"^(RE|TR|Re|Fwd|AW) ?: ?", "", m["subj"])))
    lines.append("Date: %s" % format_datetime(date_out))
    lines.append("Message-ID: %s" % m.get("msgid", message_id(client, domain)))
    for h in m.get("headers", []):
        lines.append(h)
    lines.append("MIME-Version: 1.0")
    lines.extend(CLIENTS[client])
    head = "\n".join(lines).encode("ascii") + b"\n"

    outlook = client in ("o365", "ol")
    attach = m.get("attach", [])
    if "parts" in m:
        b = boundary()
        body = b"Content-Type: %s;\n boundary=\"%s\"\n\nThis is a multi-part message in MIME format.\n" % (m["mtype"].encode(), b.encode())
        for ctype, pcte, ptext in m["parts"]:
            body += b"\n--" + b.encode() + b"\n"
            body += b"Content-Type: " + ctype.encode() + b"\n"
            if pcte:
                body += b"Content-Transfer-Encoding: " + pcte.encode() + b"\n"
            body += b"\n" + ptext.encode("utf-8")
        body += b"\n--" + b.encode() + b"--\n"
        return head + body
    if fmt == "plain":
        main = part_bytes("text/plain", charset, cte, m["body"])
    elif fmt == "html":
        main = part_bytes("text/html", charset, cte, m.get("html") or text_to_html(m["body"], outlook))
    else:
        b = boundary()
        alt = ("Content-Type: multipart/alternative;\n boundary=\"%s\"\n\n" % b).encode()
        alt += b"--" + b.encode() + b"\n" + part_bytes("text/plain", charset, cte, m["body"]) + b"\n"
        alt += b"--" + b.encode() + b"\n" + part_bytes("text/html", charset, cte, m.get("html") or text_to_html(m["body"], outlook)) + b"\n"
        alt += b"--" + b.encode() + b"--\n"
        main = alt
    if not attach:
        return head + main
    b = boundary()
    out = head + ("Content-Type: multipart/mixed;\n boundary=\"%s\"\n\n" % b).encode()
    out += b"--" + b.encode() + b"\n" + main + b"\n"
    for ctype, fname, data in attach:
        out += b"--" + b.encode() + b"\n"
        out += ('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\nContent-Transfer-Encoding: base64\n\n' % (ctype, fname, fname)).encode()
        out += base64.encodebytes(data) + b"\n"
    out += b"--" + b.encode() + b"--\n"
    return out


FAKE_PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
FAKE_PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")

# =================================================================== MAILS
# ---------------------------------------------------------- password_reset
add(L("password_reset", True, "0939099K", "ile-de-france", "esidoc", False, "fr",
      "REP+ librarian: the e-sidoc admin account was shared with the former REP+ coordinator, who changed the password before leaving. Plain lost password, UAI given."),
    ("Samia Kherbouche", "samia.kherbouche@ac-creteil.fr"), "Mot de passe e-sidoc changé par l'ancienne coordonnatrice",
    """Bonjour,

Je suis professeure documentaliste au collège Paul Éluard de Saint-Denis
(REP+), UAI 0939099K.

L'an dernier nous partagions le compte d'administration e-sidoc avec la
coordonnatrice du réseau, qui publiait les actualités du REP+. Elle a
changé le mot de passe en juin puis a été mutée, et personne ne l'a noté.

Résultat : je ne peux plus rien faire sur le portail. Pouvez-vous me dire
comment récupérer l'accès ?

Merci d'avance,
Samia Kherbouche
CDI – Collège Paul Éluard
""", client="tb")

add(L("password_reset", True, "0132537M", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
      "REP coordinator writing from a personal Gmail: lost Espace Acheteur password of the account the network uses for its purchases. UAI of the collège tête de réseau given."),
    ("Karima B.", "karima.bouaziz13@gmail.com"), "mot de passe espace acheteur",
    """Bonjour,

Je coordonne le REP du collège Rosa Parks (13015 Marseille, UAI 0132537M).
C'est moi qui passe les commandes groupées du réseau sur l'Espace Acheteur
mais je n'arrive plus à me connecter, mot de passe refusé. J'ai dû le
changer au printemps et je ne m'en souviens plus.

Est-ce que vous pouvez me réinitialiser ça ? Je vous écris depuis ma
boîte perso car ma messagerie académique fait des siennes.

Karima Bouaziz
coordonnatrice REP Marseille Nord
""", client="gm", fmt="alt")

add(L("password_reset", True, "0594778Y", "hauts-de-france", "esidoc", False, "en",
      "English. New librarian (Irish, on a secondment) in a REP+ collège forgot the e-sidoc back-office password; UAI given."),
    ("Aoife Gallagher", "aoife.gallagher@ac-lille.fr"), "Forgotten e-sidoc password",
    """Hello,

Apologies for writing in English, my French is still a work in progress.
I started in September as the librarian of Collège Jean Macé in Roubaix
(REP+ network), school code 0594778Y.

I set a password for the e-sidoc admin area during my first week and I
simply cannot remember it now. Could you tell me how to reset it?

Many thanks,
Aoife Gallagher
Librarian, Collège Jean Macé
""", client="tb_en")

add(L("password_reset", True, "0693603S", "auvergne-rhone-alpes", "esidoc", False, "fr",
      "Account locked: pupils tried to log in to the back office from the shared CDI computer. Asks to unlock; standard reset path."),
    ("Thomas Rivière", "thomas.riviere@ac-lyon.fr"), "Compte e-sidoc bloqué (0693603S)",
    """Bonjour,

Petit souci ce matin au CDI du collège Elsa Triolet (Vénissieux, REP) :
des élèves de 5e ont voulu « se connecter » sur le poste documentaliste
resté ouvert sur la page d'administration et ont tapé n'importe quoi
plusieurs fois. Le compte est maintenant bloqué.

Pourriez-vous le débloquer ou m'envoyer un lien pour refaire le mot de
passe ? Identifiant : 0693603S.

Bonne journée,
Thomas Rivière
Professeur documentaliste
""", client="zimbra", fmt="alt")

add(L("password_reset", True, "0316308N", "occitanie", "esidoc", False, "fr",
      "Reset link expired: the librarian was on sick leave when it came. Asks for a new link."),
    ("Hélène Castagné", "helene.castagne@ac-toulouse.fr"), "Lien expiré",
    """Bonjour,
j'avais demandé un lien de réinitialisation du mot de passe e-sidoc
avant mon arrêt maladie, il est évidemment expiré. Est-il possible d'en
recevoir un nouveau ? Collège Bellefontaine, Toulouse, RNE 0316308N.
Merci
H. Castagné
""", client="roundcube", cte="qp")

add(L("password_reset", False, "0342326U", "occitanie", "esidoc", True, "fr",
      "Lost password, but she asks for the link at her personal Gmail because the secretary who reads the ce. mailbox is away: a reset link never goes to an address not on file, so no automatic answer."),
    ("Amandine Roux", "amandine.roux@ac-montpellier.fr"), "Urgent - accès e-sidoc",
    """Bonjour,

Je n'ai plus le mot de passe du portail e-sidoc du collège Las Cazes
(Montpellier, REP+, 0342326U). Je sais que le lien part normalement sur
la boîte ce. du collège, mais la secrétaire qui la relève est absente
pour trois semaines et personne d'autre n'y a accès.

Pourriez-vous exceptionnellement envoyer le lien sur mon adresse
personnelle amandine.roux34@gmail.com ? Nous avons une semaine de
l'éducation aux médias qui démarre lundi.

Merci beaucoup,
Amandine Roux, professeure documentaliste
""", client="tb")

add(L("password_reset", False, "0670951V", "grand-est", "esidoc", True, "fr",
      "Two topics: lost e-sidoc password (first) and the invoice of the network subscription that the gestionnaire cannot find; one template would answer half."),
    ("Julien Schaeffer", "julien.schaeffer@ac-strasbourg.fr"), "Mot de passe + facture",
    """Bonjour,

Deux questions pour le collège Hans Arp (Strasbourg, REP+, 0670951V) :

1) je ne retrouve plus le mot de passe d'administration de notre e-sidoc,
   le « mot de passe oublié » ne me renvoie rien de compréhensible ;
2) notre gestionnaire ne trouve pas la facture de l'abonnement commandé
   pour tout le réseau en octobre, elle en a besoin pour la clôture.

Merci de votre aide.
Julien Schaeffer
""", client="tb")

add(L("password_reset", True, None, "grand-est", "esidoc", False, "fr",
      "Does not know what the identifiant is nor the password; no UAI given, region from the ac-strasbourg.fr sender."),
    ("Leïla Haddad", "leila.haddad1@ac-strasbourg.fr"), "identifiant ???",
    """Bonjour,

Nouvelle coordonnatrice REP à Mulhouse, on m'a confié la mise à jour de
la page du réseau sur le portail e-sidoc du collège. On me parle d'un
« identifiant » et d'un mot de passe mais je n'ai ni l'un ni l'autre et
personne ne sait où ils sont notés.

C'est quoi l'identifiant, et comment on obtient le mot de passe ?

Leïla Haddad
""", client="zimbra")

add(L("password_reset", True, None, "normandie", "esidoc", True, "fr",
      "UAI typed 0767668K: the digits give check letter X, so it is not a valid UAI (probable typo); region from the ac-normandie.fr domain. Plain lost password otherwise."),
    ("Pascal Leroux", "pascal.leroux@ac-normandie.fr"), "Perte mot de passe portail CDI",
    """Bonjour,

Je n'arrive plus à me connecter au back office e-sidoc du collège
Louise Michel (Le Havre, REP). Notre UAI : 0767668K.
Pouvez-vous m'envoyer la procédure de réinitialisation ?

Cordialement,
P. Leroux
Documentaliste
""", client="ol", fmt="alt", charset="windows-1252", cte="qp")

add(L("password_reset", True, "9714050A", "guadeloupe", "esidoc", False, "fr",
      "Guadeloupe REP+ collège: password expired and the old one forgotten. Guadeloupe time zone."),
    ("Marie-Line Jean-Baptiste", "marie-line.jean-baptiste@ac-guadeloupe.fr"), "Mot de passe expiré e-sidoc",
    """Bonjour,

Le portail me dit que mon mot de passe a expiré et me demande l'ancien
pour le changer... que je ne connais plus évidemment ! Collège Front de
Mer, Pointe-à-Pitre, REP+, UAI 9714050A.

Comment faire ? Les élèves de 6e viennent au CDI jeudi pour la
présentation du portail.

Merci,
Marie-Line Jean-Baptiste
""", client="tb")

add(L("password_reset", True, "9761817W", "mayotte", "esidoc", False, "fr",
      "Mayotte: newly arrived coordinator never had the e-sidoc password ('je ne connais pas le mot de passe'). Mayotte time zone."),
    ("Ibrahim Soilihi", "ibrahim.soilihi@ac-mayotte.fr"), "Accès administration e-sidoc collège",
    """Bonjour,

Arrivé à la rentrée comme coordonnateur REP+ au collège de Kawéni
(UAI 9761817W), je dois reprendre l'administration du portail e-sidoc :
je ne connais pas le mot de passe, et l'ancienne documentaliste est
repartie en métropole sans le transmettre.

Merci de m'indiquer la démarche.

Ibrahim Soilihi
""", client="tb", cte="qp")

add(L("password_reset", False, "0772156A", "ile-de-france", "esidoc", True, "fr",
      "Reply quoting the automatic answer: the link went to the ce. mailbox, nobody can read it while the principal is away until January. The standard path failed; a person must take over."),
    ("Nathalie Pereira", "nathalie.pereira@ac-creteil.fr"), "Re: [#SUP-021487] Mot de passe e-sidoc",
    """Bonjour,

Merci pour la réponse mais ça ne m'aide pas : le lien est parti sur
l'adresse ce. du collège, que seul le principal consulte, et il est en
congé jusqu'en janvier. La principale adjointe n'a pas les codes de la
boîte non plus.

Il y a une autre solution ? Je ne peux pas attendre deux mois pour
rouvrir le portail aux élèves.

Nathalie Pereira
Collège Jean Jaurès – Montereau (REP) – 0772156A

Le 14/11/2024 à 09:12, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation a été envoyé à l'adresse officielle de
> l'établissement (ce.07****6A@ac-creteil.fr). Il est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance
""", client="tb", headers=["In-Reply-To: <SUP-021487.1731571920.a81f2c@assistance.example.fr>",
                            "References: <SUP-021487.1731571920.a81f2c@assistance.example.fr>"])

add(L("password_reset", True, "0913286C", "ile-de-france", "espace_acheteur", False, "fr",
      "Espace Acheteur login shared by the network: one e-mail for several users and nobody remembers the old login (FAQ case)."),
    ("Gestion Collège Pablo Picasso", "gestion.picasso@ac-versailles.fr"), "Identifiant Espace Acheteur du réseau",
    """Bonjour,

Au collège Pablo Picasso d'Évry (tête du réseau REP, 0913286C) nous
utilisons un seul compte Espace Acheteur pour les achats du réseau,
avec l'adresse de la gestion. Trois personnes s'en servent et plus
personne ne se souvient de l'identifiant exact ni du mot de passe.

Comment pouvons-nous récupérer l'accès ?

Service gestion
Collège Pablo Picasso
""", client="o365", fmt="html")

add(L("password_reset", True, "0946699W", "ile-de-france", "esidoc", False, "fr",
      "Three-line mobile message: e-sidoc password locked, UAI given."),
    ("Yannick Moreau", "yannick.moreau@ac-creteil.fr"), "mdp",
    """Bonjour mdp esidoc bloqué clg Pablo Neruda 0946699W, pouvez vous me renvoyer un lien ? merci

Envoyé de mon iPhone
""", client="iphone")

add(L("password_reset", True, "0449357G", "pays-de-la-loire", "esidoc", True, "fr",
      "The secretariat writes from the ce.<UAI>@ac-nantes.fr address; the UAI appears only in the sender address. Asks for the link on that official address: the safe path."),
    ("Secrétariat Collège", "ce.0449357G@ac-nantes.fr"), "Demande de lien - portail documentaire",
    """Bonjour,

Le secrétariat du collège vous écrit à la demande de notre
documentaliste, Mme Guérin : elle a perdu le mot de passe du portail
e-sidoc. Vous pouvez envoyer le lien de réinitialisation sur cette
adresse, nous lui transmettrons.

Bien cordialement,
Le secrétariat
Collège Stendhal – Nantes (REP+)
""", client="zimbra", fmt="alt", cte="qp")

add(L("password_reset", True, "0358946J", "bretagne", "esidoc", False, "fr",
      "Expired password, old one forgotten; written hastily without accents."),
    ("Gwenaelle Le Gall", "gwenaelle.le-gall@ac-rennes.fr"), "mot de passe expire",
    """bonjour
mon mot de passe esidoc a expire et je ne me rappelle plus l ancien donc
impossible de le changer. college Les Gayeulles Rennes REP, uai 0358946J.
merci de m envoyer un lien
gwenaelle le gall
""", client="sogo")

add(L("password_reset", True, "0219193D", "bourgogne-franche-comte", "esidoc", True, "fr",
      "The reset mail does arrive, but the link says 'invalid or already used' (a link scanner probably opened it first). A new link is what she needs: password_reset, not missing_noreply_mail."),
    ("Sophie Garnier", "sophie.garnier@ac-dijon.fr"), "Lien de réinitialisation déjà utilisé ?",
    """Bonjour,

Ce n'est pas un problème de mail non reçu : le message de
réinitialisation arrive bien, dans la minute. Mais quand je clique, la
page me dit « lien invalide ou déjà utilisé ». Je ne l'ai pourtant
ouvert qu'une fois. Trois essais, même résultat.

Pouvez-vous me générer un nouveau lien ? Collège Les Grésilles, Dijon,
UAI 0219193D.

Sophie Garnier
Professeure documentaliste – REP+ Grésilles
""", client="tb")

add(L("password_reset", True, "0253986X", "bourgogne-franche-comte", "esidoc", False, "fr",
      "Outlook forward (TR:) of the reset mail whose link has expired; asks for a new one."),
    ("BOUVIER Christelle", "christelle.bouvier@ac-besancon.fr"), "TR: Réinitialisation de votre mot de passe",
    """Bonjour,

Le lien ci-dessous ne fonctionne plus (« ce lien a expiré »). J'étais en
sortie avec les 4e toute la journée. Pouvez-vous m'en renvoyer un ?

Christelle Bouvier
Collège Diderot – Besançon Planoise (REP+)

De : no-reply@assistance.example.fr
Envoyé : mardi 3 décembre 2024 08:02
À : ce.0253986X@ac-besancon.fr
Objet : Réinitialisation de votre mot de passe

Bonjour,
Pour choisir un nouveau mot de passe pour le compte 0253986X, suivez ce
lien dans les 12 heures : https://assistance.example.fr/reset/3f9c…
""", client="o365", fmt="alt", charset="windows-1252", cte="qp")

add(L("password_reset", True, "0459558V", "centre-val-de-loire", "esidoc", True, "fr",
      "The UAI appears only inside the portal URL, in lower case (0459558v.esidoc.fr); the label is the upper-case code."),
    ("Anne-Sophie Dubreuil", "anne-sophie.dubreuil@ac-orleans-tours.fr"), "Connexion impossible à l'administration du portail",
    """Bonjour,

Je n'arrive plus à me connecter à l'administration de notre portail
https://0459558v.esidoc.fr/ : mot de passe refusé, et je crains d'avoir
mélangé avec celui de l'ENT.

Pourriez-vous m'aider à le réinitialiser ?

Merci,
Anne-Sophie Dubreuil
Collège Pierre de Ronsard, Orléans La Source
""", client="tb")

add(L("password_reset", False, "0069614T", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
      "Lost password, but she explicitly refuses an automatic link and asks to be phoned by a person."),
    ("Fabienne Orsini", "fabienne.orsini@ac-nice.fr"), "Mot de passe e-sidoc - merci de me rappeler",
    """Bonjour,

J'ai de nouveau perdu le mot de passe e-sidoc du collège Jules Romains
(Nice Ariane, REP+, 0069614T). La dernière fois, le lien automatique
est arrivé chez mon prédécesseur et j'ai perdu une semaine.

Cette fois je préférerais qu'une personne me rappelle au collège
(04 93 00 00 00, CDI, le matin) plutôt que de recevoir un nouveau lien
automatique. Merci de votre compréhension.

Fabienne Orsini
""", client="ol", fmt="html", charset="windows-1252", cte="qp")

add(L("password_reset", True, "0840102E", "provence-alpes-cote-d-azur", "espace_acheteur", False, "en",
      "English. Espace Acheteur account locked after too many attempts; asks for a reset."),
    ("Daniel Okafor", "daniel.okafor@ac-aix-marseille.fr"), "Locked out of the buyer space",
    """Hi,

I'm the bursar's assistant at Collège Anselme Mathieu in Avignon
(REP+, code 0840102E). I got the password wrong too many times and the
buyer space (Espace Acheteur) now says the account is locked.

Could you unlock it or send a reset link please?

Best regards,
Daniel Okafor
""", client="o365", fmt="alt", cte="qp")

add(L("password_reset", True, "6204716G", "corse", "esidoc", False, "fr",
      "Corse-du-Sud UAI (prefix 620): lost password of the collège's e-sidoc; Outlook for Android, base64."),
    ("Paul-Antoine Mattei", "paul-antoine.mattei@ac-corse.fr"), "Mdp portail documentaire",
    """Bonjour, j'ai oublié le mot de passe e-sidoc du collège des Padules à Ajaccio (REP), UAI 6204716G. Merci de me dire comment le réinitialiser.
PA Mattei

Obtenir Outlook pour Android
""", client="o365", fmt="alt", cte="b64")

add(L("password_reset", False, "0573954N", "grand-est", "esidoc", True, "fr",
      "Lost password, but she also wants the new password sent to the REP+ coordinator's address, which is not on file: no automatic answer."),
    ("Claire Weber", "claire.weber@ac-nancy-metz.fr"), "mot de passe oublié + copie coordo",
    """Bonjour,

Documentaliste au collège Paul Valéry de Metz-Borny (REP+, 0573954N),
j'ai oublié le mot de passe de l'administration e-sidoc.

Pourriez-vous, en plus, envoyer le nouveau mot de passe à la
coordonnatrice REP+, Mme Kessler (anne.kessler@ac-nancy-metz.fr) ? Elle
gère avec moi la rubrique « Parents » du portail et doit pouvoir se
connecter quand je suis absente.

Merci,
Claire Weber
""", client="zimbra")

# ---------------------------------------------------- missing_noreply_mail
add(L("missing_noreply_mail", True, "0545002U", "grand-est", "espace_acheteur", False, "fr",
      "REP+ coordinator created an Espace Acheteur account; the activation mail never arrived. No anti-spam product named."),
    ("Romain Thiébaut", "romain.thiebaut@ac-nancy-metz.fr"), "Pas de mail d'activation",
    """Bonjour,

J'ai créé hier un compte sur l'Espace Acheteur pour les commandes du
réseau REP+ de Vandœuvre (collège Callot, 0545002U). On m'annonçait un
mail d'activation : rien reçu, ni hier soir ni ce matin.

Merci de me dire ce que je dois faire.

R. Thiébaut, coordonnateur REP+
""", client="tb")

add(L("missing_noreply_mail", True, "0603831N", "hauts-de-france", "espace_acheteur", False, "fr",
      "The structure administrator of the tête de réseau never receives the 'account to validate' notifications when network colleagues sign up."),
    ("Mme DELATTRE Sandrine", "sandrine.delattre@ac-amiens.fr"), "Notifications de validation non reçues",
    """Bonjour,

Je suis l'administratrice du compte Espace Acheteur du collège Jules
Michelet de Creil (0603831N). Deux collègues du réseau REP m'ont dit
s'être inscrits la semaine dernière, mais je n'ai reçu aucune
notification de compte à valider.

Est-ce normal ?

Sandrine Delattre
Adjointe gestionnaire
""", client="o365", fmt="html", charset="windows-1252", cte="qp")

add(L("missing_noreply_mail", True, None, None, None, False, "fr",
      "Very short mobile message from Gmail: the mail to set a password never came. No UAI, no académie domain, product not named."),
    ("Fatou Diallo", "fatou.diallo.doc@gmail.com"), "pas reçu",
    """Bonjour toujours pas reçu le mail pour créer mon mot de passe depuis vendredi. J'ai regardé dans les spams. Fatou
""", client="gm", fmt="alt")

add(L("missing_noreply_mail", True, "0806769Y", "hauts-de-france", "esidoc", False, "en",
      "English. No notification from the e-sidoc no-reply address reaches the school mailbox; IT says there is no filter. No product named."),
    ("Ben Carter", "ben.carter@ac-amiens.fr"), "No emails from e-sidoc",
    """Hello,

Since the start of term none of the automatic e-mails from e-sidoc
(purchase suggestions, new password) reach our school mailbox. Our IT
technician says nothing is filtered on our side.

School: Collège César Franck, Amiens (REP+), code 0806769Y.

What should we check?

Ben Carter
""", client="tb_en")

add(L("missing_noreply_mail", True, "0023660T", "hauts-de-france", "espace_acheteur", True, "fr",
      "Names MailInBlack only to say the collège does NOT use it: missing_noreply_mail, not mailinblack_spam."),
    ("Jérôme Caron", "jerome.caron@ac-amiens.fr"), "Mail de confirmation jamais reçu",
    """Bonjour,

Je n'ai jamais reçu le mail de confirmation de l'Espace Acheteur pour
le collège Gabriel Hanotaux de Saint-Quentin (REP, 0023660T).

J'ai lu sur un forum que c'était souvent MailInBlack, mais nous n'avons
pas MailInBlack au collège (j'ai vérifié avec le référent numérique).
Courrier indésirable vide lui aussi.

Merci,
Jérôme Caron
""", client="tb")

add(L("missing_noreply_mail", False, "0301085S", "occitanie", "espace_acheteur", True, "fr",
      "Reply after the junk-folder answer: still nothing after three days, allow-listing done. The template was already sent; a person must follow up."),
    ("Céline Vidal", "celine.vidal@ac-montpellier.fr"), "RE: [#SUP-022013] Mail d'activation non reçu",
    """Bonjour,

J'ai suivi vos conseils (dossier indésirables, ajout de l'expéditeur
dans les contacts) : toujours rien au bout de trois jours. Pouvez-vous
transmettre à quelqu'un qui puisse regarder de votre côté ?

Céline Vidal
Collège Jules Verne – Nîmes Pissevin (REP+) – 0301085S

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 20 janvier 2025 10:41
À : Céline Vidal
Objet : [#SUP-022013] Mail d'activation non reçu

Bonjour,
Vérifiez votre dossier de courrier indésirable et ajoutez l'adresse
d'envoi à vos expéditeurs autorisés. Sans nouvelles de votre part sous
48 heures, nous reviendrons vers vous.
""", client="ol", fmt="alt", charset="windows-1252", cte="qp",
    headers=["In-Reply-To: <SUP-022013.1737366060.0c41de@assistance.example.fr>",
             "References: <SUP-022013.1737366060.0c41de@assistance.example.fr>"])

add(L("missing_noreply_mail", True, "0112035C", "occitanie", "esidoc", True, "fr",
      "Reads like a password problem, but the 'forgotten password' form works and says a mail was sent: the new-password mail never arrives. Taxonomy: missing_noreply_mail."),
    ("Olivier Sanchez", "olivier.sanchez@ac-montpellier.fr"), "Mot de passe : le mail n'arrive pas",
    """Bonjour,

Je clique sur « mot de passe oublié » sur notre portail e-sidoc, le
site me répond qu'un mail a été envoyé... et rien n'arrive, ni dans la
boîte de réception ni dans les indésirables. Testé trois fois depuis
lundi.

Collège Varsovie, Carcassonne (REP), 0112035C.

Olivier Sanchez
""", client="roundcube")

add(L("missing_noreply_mail", True, "0672418P", "grand-est", "espace_acheteur", False, "fr",
      "HTML-only Outlook: the shared network mailbox receives nothing from the no-reply address since it was created. No product named."),
    ("Réseau REP+ Neuhof", "reseau.repplus.neuhof@ac-strasbourg.fr"), "Adresse partagée du réseau : aucun mail automatique",
    """Bonjour,

Nous avons créé une adresse partagée pour le réseau REP+ du Neuhof afin
que la coordonnatrice et les deux gestionnaires reçoivent les mails de
l'Espace Acheteur. Depuis le changement d'adresse sur le compte du
collège Solignac (0672418P), plus aucun mail automatique n'arrive sur
cette boîte, alors que les mails de collègues y arrivent très bien.

Y a-t-il quelque chose à régler ?

Cordialement,
Pour le réseau, Mathilde Koenig
""", client="o365", fmt="html", charset="windows-1252", cte="qp")

add(L("missing_noreply_mail", True, "0872960V", "nouvelle-aquitaine", "esidoc", False, "fr",
      "Suspects a strict academic mail filter but names no product; the activation mail never came."),
    ("Benoît Lagarde", "benoit.lagarde@ac-limoges.fr"), "Mail d'activation bloqué par le filtre ?",
    """Bonjour,

Je me demande si le filtrage de la messagerie académique ne bloque pas
vos messages : le mail d'activation du compte client pour le collège
Ronsard de Limoges (REP, 0872960V) n'est jamais arrivé. J'ai fait la
demande il y a 4 jours.

Merci de me dire quelle adresse d'expédition vous utilisez.

B. Lagarde
""", client="zimbra", fmt="alt")

add(L("missing_noreply_mail", True, "0865478M", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
      "Written by the principal, but he only reports that the activation mail never arrived; it is not a head-of-establishment request."),
    ("Principal Collège France Bloch-Sérazin", "ce.0865478M@ac-poitiers.fr"), "Compte Espace Acheteur non activé",
    """Madame, Monsieur,

Notre gestionnaire a créé le 2 avril un compte Espace Acheteur pour le
collège (REP, Poitiers, 0865478M). Le mail d'activation annoncé n'est
jamais parvenu, ni sur sa boîte ni sur celle de l'établissement.

Je vous remercie de bien vouloir nous indiquer comment procéder.

Le principal,
M. Fradin
""", client="zimbra")

add(L("missing_noreply_mail", True, "0424022U", "auvergne-rhone-alpes", "ticket_portal", False, "fr",
      "The ticket portal's confirmation mail (to choose a password) never arrived."),
    ("Nora Belkacem", "nora.belkacem@ac-lyon.fr"), "Portail d'assistance - pas de mail de confirmation",
    """Bonjour,

J'ai voulu créer un compte sur votre portail de tickets pour suivre nos
demandes (collège Jean Dasté, Saint-Étienne, REP+, 0424022U). Le mail
de confirmation pour définir mon mot de passe n'est jamais arrivé.

Bonne journée,
Nora Belkacem
""", client="tb")

add(L("missing_noreply_mail", False, "0386393T", "auvergne-rhone-alpes", "espace_acheteur", True, "fr",
      "Two topics: the activation mail never arrived (first) and a question on how the network order is invoiced (order_billing)."),
    ("Mathieu Perrin", "mathieu.perrin@ac-grenoble.fr"), "Activation compte + facturation commande réseau",
    """Bonjour,

1. Je n'ai toujours pas reçu le mail d'activation de mon compte
   Espace Acheteur (collège Villeneuve, Grenoble, REP+, 0386393T).
2. Pour la commande commune aux quatre collèges du réseau, la facture
   sera-t-elle établie au nom du collège tête de réseau ou de chaque
   collège ? Notre agent comptable veut le savoir avant l'engagement.

Merci,
Mathieu Perrin
""", client="tb", cte="qp")

add(L("missing_noreply_mail", True, "0631433R", "auvergne-rhone-alpes", None, False, "fr",
      "The coordinator asks for the exact no-reply sender address so that the IT department can allow it; no anti-spam product named, no product named."),
    ("Élodie Chassaing", "elodie.chassaing@ac-clermont.fr"), "Adresse d'expédition à autoriser",
    """Bonjour,

Le service informatique du Département demande l'adresse exacte depuis
laquelle partent vos mails automatiques, pour l'autoriser sur les
messageries des collèges du réseau REP de Clermont Nord : aucun de nos
comptes n'a reçu ses mails d'activation. Notre collège : 0631433R.

Merci !
Élodie Chassaing, coordonnatrice REP
""", client="tb")

add(L("missing_noreply_mail", True, "0285934Y", "centre-val-de-loire", "espace_acheteur", False, "fr",
      "Gmail-style French forward of a colleague's message: account validated, but the first-login link never came."),
    ("Karim Ait-Ali", "karim.ait-ali@ac-orleans-tours.fr"), "Fwd: lien première connexion",
    """Bonjour,

Je vous transfère le message de ma collègue gestionnaire, qui n'a pas
d'accès internet aujourd'hui.

Karim Ait-Ali, principal adjoint

---------- Forwarded message ---------
De : Valérie Marchand <valerie.marchand@ac-orleans-tours.fr>
Date: lun. 10 mars 2025 à 16:02
Subject: lien première connexion
To: Karim Ait-Ali <karim.ait-ali@ac-orleans-tours.fr>

Karim, l'administratrice a bien validé mon compte Espace Acheteur hier
(collège Mozart, Chartres, REP, 0285934Y) mais je n'ai jamais eu le
lien de première connexion. Tu peux leur écrire ? Merci. Valérie
""", client="gm", fmt="alt")

add(L("missing_noreply_mail", True, "9741464Y", "la-reunion", "esidoc", False, "fr",
      "Réunion: the e-sidoc notifications of pupils' purchase suggestions never arrive. Réunion time zone."),
    ("Jessica Payet", "jessica.payet@ac-reunion.fr"), "Suggestions des élèves : aucune notification",
    """Bonjour,

Nos élèves de 3e utilisent le formulaire « suggestion d'achat » du
portail e-sidoc (collège Les Alizés, Le Port, REP+, 9741464Y), mais je
ne reçois jamais les notifications par mail. Les suggestions sont bien
visibles dans l'administration, c'est juste le mail qui n'arrive pas.

Merci de votre aide,
Jessica Payet, professeure documentaliste
""", client="tb")

add(L("missing_noreply_mail", True, "9727272X", "martinique", "espace_acheteur", False, "fr",
      "Martinique: since the collège moved to its academic address, no mail from the no-reply sender arrives. Martinique time zone."),
    ("Ruddy Célestine", "ruddy.celestine@ac-martinique.fr"), "Plus de mails de la plateforme",
    """Bonjour,

Depuis que nous avons changé l'adresse du compte pour passer sur la
messagerie académique, nous ne recevons plus rien de l'adresse no-reply
de l'Espace Acheteur (collège Édouard Glissant, Fort-de-France, REP+,
9727272X). Ni confirmation de commande, ni notifications.

Bien à vous, et bonne journée (le matin pour nous !)
Ruddy Célestine
""", client="o365", fmt="alt", cte="qp")

add(L("missing_noreply_mail", False, "0372951G", "centre-val-de-loire", "espace_acheteur", True, "fr",
      "Angry fourth request: the activation mail never came; she explicitly wants a person to call her, not another automatic answer."),
    ("Isabelle Fournier", "isabelle.fournier@ac-orleans-tours.fr"), "4e demande !!! mail d'activation",
    """Bonjour,

C'est la quatrième fois que j'écris pour le même problème : le mail
d'activation du compte du collège Pierre Ronsard (Tours, REP,
0372951G) n'arrive pas. À chaque fois je reçois la même réponse
automatique sur le dossier spam. J'ai vérifié, revérifié.

Je voudrais qu'une personne m'appelle, s'il vous plaît :
02 47 00 00 00 (secrétariat, demander la gestion).

Isabelle Fournier
""", client="tb")

# -------------------------------------------------------- mailinblack_spam
add(L("mailinblack_spam", True, "0937327J", "ile-de-france", "espace_acheteur", False, "fr",
      "The département rolled out MailInBlack on the collèges' mailboxes; the Espace Acheteur activation mails are held."),
    ("Laurent Meunier", "laurent.meunier@ac-creteil.fr"), "Mails retenus par MailInBlack",
    """Bonjour,

Depuis que le Département a installé MailInBlack sur les messageries des
collèges, les mails d'activation de l'Espace Acheteur restent bloqués
en quarantaine chez nous (collège Jean Vilar, La Courneuve, REP+,
0937327J). Que faut-il autoriser ?

Laurent Meunier, gestionnaire
""", client="tb")

add(L("mailinblack_spam", False, "0957148D", "ile-de-france", "espace_acheteur", True, "fr",
      "The sender-authentication challenge is described ('prove you are not a robot') without naming MailInBlack: mailinblack_spam, but the product is unconfirmed, so a person should check first."),
    ("Aurélie Dupont", "aurelie.dupont@ac-versailles.fr"), "Message bizarre avant réception de vos mails",
    """Bonjour,

Une collègue du réseau REP de Sarcelles m'a dit que vos mails ne lui
parvenaient pas. Quand je lui écris depuis l'extérieur, je reçois un
message qui me demande de cliquer sur un lien et de cocher une case
pour prouver que je ne suis pas un robot avant que mon mail soit
livré. Je suppose que vos mails automatiques ne peuvent pas cliquer...

Collège Chantereine, Sarcelles, 0957148D.

Aurélie Dupont
""", client="tb")

add(L("mailinblack_spam", True, None, "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
      "Product spelled 'mail in black', no accents; no UAI, region from the ac-aix-marseille.fr sender."),
    ("Sabrina Lopez", "sabrina.lopez@ac-aix-marseille.fr"), "mail in black",
    """bonjour
on a mail in black au college depuis la rentree et les mails de l espace
acheteur arrivent plus (activation et mot de passe). vous avez une
procedure pour debloquer ?
merci
sabrina lopez coordo REP+ Marseille
""", client="android", fmt="alt", cte="b64")

add(L("mailinblack_spam", True, None, None, "espace_acheteur", False, "en",
      "English, from the département's IT department (non-academic domain): which senders to allow-list in MailInBlack for all the collèges. No UAI, so no region."),
    ("Network Operations - Collèges 93", "noc.colleges@dsi-departement93.example.fr"), "MailInBlack allow-list for your platform",
    """Hello,

We manage the MailInBlack filtering for the public collèges of the
département, including all the REP and REP+ ones. Several principals
report that your activation and password e-mails are quarantined.

Could you send us the list of sending addresses and domains we should
add to the MailInBlack allow-list?

Regards,
Network Operations team
""", client="o365", fmt="alt", cte="qp")

add(L("mailinblack_spam", True, "0136066Y", "provence-alpes-cote-d-azur", "espace_acheteur", True, "fr",
      "Reply quoting the junk-folder answer: the school's IT now says MailInBlack holds the mails, so the MailInBlack guide is the right answer."),
    ("Rachid Mansouri", "rachid.mansouri@ac-aix-marseille.fr"), "Re: [#SUP-020544] Pas de mail de confirmation",
    """Bonjour,

Rien dans les indésirables. Notre référent informatique vient de me dire
que c'est MailInBlack qui garde vos messages en quarantaine. Comment
faire pour les laisser passer ?

Rachid Mansouri
Collège Henri Barnier, Marseille (REP+), 0136066Y

Le mar. 8 oct. 2024 à 11:05, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Pensez à vérifier votre dossier de courrier indésirable...
""", client="gm", fmt="alt",
    headers=["In-Reply-To: <SUP-020544.1728378300.9e0b11@assistance.example.fr>",
             "References: <SUP-020544.1728378300.9e0b11@assistance.example.fr>"])

add(L("mailinblack_spam", False, "0590142J", "hauts-de-france", "espace_acheteur", True, "fr",
      "Two topics: activation mail blocked by MailInBlack (main) and who the structure's administrator is (account_creation)."),
    ("Virginie Lefebvre", "virginie.lefebvre@ac-lille.fr"), "MailInBlack et administrateur",
    """Bonjour,

Deux choses pour le collège Jean Zay de Lens... pardon, de Lille-Sud
(REP+, 0590142J) :
- le mail d'activation est bloqué par MailInBlack chez nous ;
- et qui est l'administrateur de notre structure sur l'Espace Acheteur ?
  Personne ici ne le sait depuis le départ de l'ancien gestionnaire.

Merci d'avance,
Virginie Lefebvre
""", client="zimbra")

add(L("mailinblack_spam", True, "0623366X", "hauts-de-france", "espace_acheteur", False, "fr",
      "Forwards the daily MailInBlack quarantine report; the outer message is a real question."),
    ("Grégory Lemaire", "gregory.lemaire@ac-lille.fr"), "TR: Rapport de quarantaine quotidien",
    """Bonjour,

Voici le rapport que je reçois tous les matins. Vos mails y sont
systématiquement. Comment faire pour qu'ils passent directement ?

Collège Albert Camus, Hénin-Beaumont (REP), 0623366X.
G. Lemaire

-------- Message transféré --------
Sujet : Rapport de quarantaine quotidien
De : Mailinblack <noreply@protect.mailinblack.example>
Pour : gregory.lemaire@ac-lille.fr

Vous avez 3 message(s) en attente :
 - no-reply@assistance.example.fr  « Activez votre compte »
 - no-reply@assistance.example.fr  « Activez votre compte »
 - newsletter@editeur-jeunesse.example  « Nouveautés »
Cliquez sur un message pour le délivrer.
""", client="tb")

add(L("mailinblack_spam", True, "0597090L", "hauts-de-france", "espace_acheteur", False, "fr",
      "MAILINBLACK in capitals; asks whether to allow the domain or the address."),
    ("M. BOULANGER", "didier.boulanger@ac-lille.fr"), "MAILINBLACK - domaine ou adresse ?",
    """Bonjour,
Le collège (REP Roubaix, 0597090L) est équipé de MAILINBLACK. Faut-il
autoriser votre domaine entier ou seulement l'adresse no-reply ?
Cordialement,
D. Boulanger, ATE informatique
""", client="ol", charset="windows-1252", cte="qp")

add(L("mailinblack_spam", False, "0139666L", "provence-alpes-cote-d-azur", "espace_acheteur", True, "fr",
      "MailInBlack guide already followed (domain allow-listed) and mails are still held: the standard answer failed, a person must look."),
    ("Nadège Fabre", "nadege.fabre@ac-aix-marseille.fr"), "MailInBlack : toujours bloqué malgré la procédure",
    """Bonjour,

Nous avons suivi votre guide MailInBlack à la lettre : le domaine est
en liste blanche depuis lundi, l'adresse no-reply aussi. Pourtant les
mails de validation de l'Espace Acheteur partent encore en quarantaine
(collège Jean-Claude Izzo, Marseille, REP+, 0139666L).

Pouvez-vous voir avec la région ou votre service technique ?

Nadège Fabre
""", client="tb")

add(L("mailinblack_spam", True, "9732089H", "guyane", "espace_acheteur", False, "fr",
      "Guyane: mails quarantined by 'Mailinblack Protect'. Guyane time zone."),
    ("Steeve Pindard", "steeve.pindard@ac-guyane.fr"), "Mailinblack Protect bloque vos messages",
    """Bonjour,

Le collège Eugène Nonnon (Cayenne, REP+, 9732089H) utilise Mailinblack
Protect. Vos mails d'activation sont mis en quarantaine. Pouvez-vous
nous envoyer la marche à suivre ?

Cordialement,
Steeve Pindard
""", client="o365", fmt="alt", cte="qp")

add(L("mailinblack_spam", True, "0950149W", "ile-de-france", None, False, "fr",
      "One line from the ce.<UAI> address: blocked by Mailinblack, send the procedure. UAI only from the sender address; no platform named."),
    ("Collège Henri Wallon", "ce.0950149W@ac-versailles.fr"), "Mailinblack",
    """Bloqué par Mailinblack, vous pouvez nous envoyer la procédure ? Merci.
""", client="zimbra")

add(L("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
      "HTML-only from the métropole's IT (non-academic domain): MailInBlack installed on the collèges' network last month. No UAI, no region."),
    ("Service numérique des collèges", "numerique.colleges@metropole-exemple.fr"), "Déploiement Mailinblack - vos notifications",
    """Bonjour,

La Métropole a déployé Mailinblack sur les boîtes des collèges le mois
dernier, dont les six collèges REP+ de notre territoire. Les
gestionnaires nous signalent que les notifications de l'Espace Acheteur
ne leur parviennent plus.

Merci de nous indiquer les expéditeurs à déclarer.

Le service numérique des collèges
""", client="o365", fmt="html", charset="windows-1252", cte="qp")

add(L("mailinblack_spam", True, "9713544A", "guadeloupe", "espace_acheteur", False, "fr",
      "Junk folder checked too, but MailInBlack is named: mailinblack_spam. Guadeloupe time zone."),
    ("Cindy Ramassamy", "cindy.ramassamy@ac-guadeloupe.fr"), "Mail de mot de passe pas reçu",
    """Bonjour,

J'ai demandé un nouveau mot de passe pour l'Espace Acheteur (collège
de Boissard, Pointe-à-Pitre, REP+, 9713544A). Rien dans la boîte, rien
dans les indésirables. Le collège a Mail In Black depuis cette année,
c'est peut-être ça ?

Merci,
Cindy Ramassamy
""", client="tb")

# ------------------------------------------------- subscription_activation
add(L("subscription_activation", True, "0936738U", "ile-de-france", "esidoc", True, "fr",
      "Network-wide Europresse subscription ordered two days ago by the tête de réseau for the network's collèges; not visible yet: within 72 h. Only the tête de réseau's UAI is given."),
    ("Malik Benhamou", "malik.benhamou@ac-creteil.fr"), "Europresse réseau REP+ pas encore visible",
    """Bonjour,

Le collège Travail-Langevin de Bagnolet (0936738U), tête du réseau
REP+, a commandé mardi l'abonnement Europresse pour les quatre collèges
du réseau. Pour l'instant, rien n'apparaît dans nos portails e-sidoc.

Faut-il faire quelque chose de notre côté, ou simplement attendre ?

Malik Benhamou
Coordonnateur REP+ Bagnolet
""", client="tb")

add(L("subscription_activation", True, "0318728U", "occitanie", "esidoc", False, "fr",
      "Pupils' access: the Cafeyn subscription is active but pupils do not see the resource on the portal through the ENT; the publication step is the answer."),
    ("Stéphanie Marty", "stephanie.marty@ac-toulouse.fr"), "Cafeyn invisible pour les élèves",
    """Bonjour,

Notre abonnement Cafeyn est bien actif (je le vois dans « Mes
abonnements ») mais les élèves qui se connectent au portail par l'ENT
ne voient pas la ressource. Je dois la publier quelque part ?

Collège Raymond Badiou, Toulouse (REP+), 0318728U.

Stéphanie Marty
""", client="tb")

add(L("subscription_activation", False, "0341386X", "occitanie", "esidoc", False, "fr",
      "Ordered twelve days ago, still not active: past the 72-hour rule, a person must look at the order."),
    ("Antoine Guerrero", "antoine.guerrero@ac-montpellier.fr"), "Abonnement Universalis toujours inactif",
    """Bonjour,

Nous avons commandé Universalis Junior il y a 12 jours (validation le
4 février) pour le collège Les Escholiers de la Mosson (REP+,
0341386X). La ressource n'est toujours pas disponible.

Pouvez-vous vérifier la commande ?

A. Guerrero
""", client="roundcube")

add(L("subscription_activation", True, "0693592E", "auvergne-rhone-alpes", "esidoc", True, "fr",
      "Written by the principal, but he only asks when the network subscription will be available: not a head-of-establishment request. Within 72 h."),
    ("Principal - Collège Lamartine", "ce.0693592E@ac-lyon.fr"), "Disponibilité de l'abonnement",
    """Madame, Monsieur,

Nous avons validé avant-hier l'abonnement commun du réseau REP de
Vaulx-en-Velin. Pourriez-vous m'indiquer quand il sera accessible aux
élèves sur le portail du collège ?

Avec mes remerciements,
Le principal, M. Da Silva
Collège Lamartine, 0693592E
""", client="zimbra", fmt="alt")

add(L("subscription_activation", True, "9745442X", "la-reunion", "esidoc", False, "en",
      "English. How to publish the Universalis resource on the portal for pupils. Réunion time zone."),
    ("Priya Moutoussamy", "priya.moutoussamy@ac-reunion.fr"), "Publishing Universalis for pupils",
    """Hello,

Our Universalis subscription started last week at Collège Jean d'Esme
(Saint-Denis, Réunion, REP+, 9745442X). How do I make it appear on the
portal home page so that pupils can open it?

Thanks a lot,
Priya Moutoussamy
""", client="gm", fmt="alt")

add(L("subscription_activation", True, "9764642S", "mayotte", "esidoc", False, "fr",
      "Short: subscription ordered yesterday not yet visible. Mayotte time zone."),
    ("Zaïnaba Madi", "zainaba.madi@ac-mayotte.fr"), "abonnement pas visible",
    """Bonjour, l'abonnement commandé hier pour le collège de Doujani (9764642S) n'est pas encore visible sur le portail. Merci. Z. Madi
""", client="iphone")

add(L("subscription_activation", False, "9731030G", "guyane", "esidoc", True, "fr",
      "Network subscription ordered three weeks ago: visible at the tête de réseau but not at this collège. Past 72 h and an unusual network case: a person must look."),
    ("Laetitia Horth", "laetitia.horth@ac-guyane.fr"), "Abonnement réseau : visible chez eux, pas chez nous",
    """Bonjour,

L'abonnement Lirtuel a été commandé il y a trois semaines pour tout le
réseau REP+ de Saint-Laurent. Le collège tête de réseau le voit depuis
longtemps, mais pas nous (collège Paul Jean-Louis, 9731030G). Nous
faisons pourtant partie de la commande, j'ai la liste sous les yeux.

Merci de regarder,
Laetitia Horth, professeure documentaliste
""", client="tb")

add(L("subscription_activation", True, "0752853U", "ile-de-france", "esidoc", False, "fr",
      "Renewal ordered yesterday, still shown as expired in 'Mes abonnements'."),
    ("Camille Nguyen", "camille.nguyen@ac-paris.fr"), "Renouvellement toujours « expiré »",
    """Bonjour,

Nous avons renouvelé hier l'abonnement presse du collège Georges
Brassens (Paris 19e, REP, 0752853U). Il apparaît toujours comme
« expiré » dans Mes abonnements. Est-ce normal ?

Camille Nguyen
""", client="tb", cte="qp")

add(L("subscription_activation", True, "0923296H", "ile-de-france", "esidoc", True, "fr",
      "Negation: 'pas de problème de mot de passe', login works; the new resource is not shown to the 6e pupils. Publication step."),
    ("Hugo Lambert", "hugo.lambert@ac-versailles.fr"), "Ressource invisible côté élèves",
    """Bonjour,

Je précise d'emblée : je n'ai pas de problème de mot de passe, je me
connecte très bien à l'administration. Mais la ressource « BD numériques »
commandée pour le plan lecture du REP+ n'apparaît pas pour les élèves
de 6e, ni sur le portail ni via l'ENT. Commande validée lundi.

Collège Paul Vaillant-Couturier, Gennevilliers, 0923296H.

Hugo Lambert
""", client="sogo")

add(L("subscription_activation", True, None, "ile-de-france", "esidoc", True, "fr",
      "Three collèges of the same network, three UAIs (0775260Z, 0771815E, 0779083E), same problem: the establishment cannot be told, so uai null and region from the ac-creteil.fr sender. Ordered yesterday: within 72 h."),
    ("Coordination REP Meaux", "coordination.rep-meaux@ac-creteil.fr"), "Abonnements des 3 collèges du réseau",
    """Bonjour,

Hier, les trois collèges du réseau REP de Meaux ont chacun commandé le
même abonnement (dictionnaire en ligne) :
- collège Henri IV, 0775260Z
- collège Albert Camus, 0771815E
- collège Parc Frot, 0779083E

Aucun des trois ne le voit encore sur son portail. Merci de nous dire
si c'est une question de délai.

La coordination REP de Meaux
""", client="zimbra", fmt="alt")

# ---------------------------------------------------------- account_creation
add(L("account_creation", True, "0783151B", "ile-de-france", "espace_acheteur", False, "fr",
      "New REP+ coordinator asks how to create her own Espace Acheteur account for network purchases: the sign-up form answer fits."),
    ("Inès Moreau", "ines.moreau@ac-versailles.fr"), "Créer un compte acheteur",
    """Bonjour,

Je viens d'être nommée coordonnatrice du réseau REP+ des Mureaux et je
passerai les commandes du réseau pour le collège Jules Verne (0783151B).
Comment créer mon compte sur l'Espace Acheteur ?

Merci,
Inès Moreau
""", client="tb")

add(L("account_creation", False, "0177079C", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
      "Asks who the structure's administrator is: a look-up, so a person answers."),
    ("Francis Giraud", "francis.giraud@ac-poitiers.fr"), "Qui est administrateur de notre structure ?",
    """Bonjour,

Pourriez-vous me dire qui est l'administrateur du compte structure du
collège Fabre d'Églantine (La Rochelle, REP, 0177079C) sur l'Espace
Acheteur ? Ma demande d'inscription attend une validation et personne
au collège ne sait qui doit la faire.

F. Giraud, gestionnaire
""", client="zimbra")

add(L("account_creation", True, "0647286X", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
      "Filled the sign-up form and cannot log in: the account waits for the structure administrator (FAQ case)."),
    ("Marion Etcheverry", "marion.etcheverry@ac-bordeaux.fr"), "Inscription faite mais connexion impossible",
    """Bonjour,

J'ai rempli le formulaire d'inscription de l'Espace Acheteur il y a
deux jours pour le collège Marracq de Bayonne (REP, 0647286X). Quand
j'essaie de me connecter, on me dit que mon compte est en attente.

Que dois-je faire ?

Marion Etcheverry
""", client="tb")

add(L("account_creation", False, "0498957V", "pays-de-la-loire", "esidoc", True, "fr",
      "The REP coordinator (not on the collège's staff) wants a second administrator account on the collège's e-sidoc: a rights question a person must decide."),
    ("Yasmina Cherif", "yasmina.cherif@ac-nantes.fr"), "Un deuxième compte administrateur pour la coordination ?",
    """Bonjour,

Je suis coordonnatrice REP à Angers (réseau Belle-Beille). Je ne fais
pas partie de l'équipe du collège Jean Vilar (0498957V), mais j'anime
la rubrique « réseau » de son portail e-sidoc avec la documentaliste.

Est-il possible d'avoir mon propre compte administrateur plutôt que
d'utiliser le sien ? Nous partageons le même identifiant, ce qui n'est
pas très satisfaisant.

Yasmina Cherif
""", client="tb")

add(L("account_creation", True, "0722517V", "pays-de-la-loire", "espace_acheteur", True, "fr",
      "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account and wants to create one. account_creation, not password_reset."),
    ("Lucie Chevalier", "lucie.chevalier@ac-nantes.fr"), "Pas un oubli de mot de passe",
    """Bonjour,

Je n'ai pas perdu mon mot de passe : je n'ai jamais eu de compte ! Je
suis la nouvelle adjointe gestionnaire du collège Les Sources au Mans
(REP+, 0722517V) et je dois ouvrir un compte sur l'Espace Acheteur.
Par où commencer ?

Lucie Chevalier
""", client="o365", fmt="alt", cte="qp")

add(L("account_creation", False, "0567883P", "bretagne", "espace_acheteur", False, "fr",
      "Account waiting for validation for three weeks; the structure administrator is on long leave: the region must step in."),
    ("Erwan Le Bihan", "erwan.le-bihan@ac-rennes.fr"), "Compte en attente depuis 3 semaines",
    """Bonjour,

Mon compte Espace Acheteur attend d'être validé depuis trois semaines.
L'administratrice de notre structure (collège Kerentrech, Lorient, REP,
0567883P) est en congé longue maladie et ne reviendra pas avant
l'été. Les commandes du réseau sont bloquées.

Qui peut valider à sa place ?

Erwan Le Bihan
""", client="tb")

add(L("account_creation", True, None, None, "esidoc", False, "en",
      "English, personal address: a new gestionnaire wants to open the customer account before a first order. No UAI, no académie domain."),
    ("Sarah Mensah", "sarah.mensah.pro@outlook.fr"), "Opening a customer account",
    """Good morning,

I have just joined a REP collège as deputy bursar and we want to place
our first online order for the library portal. How do we open a
customer account?

Kind regards,
Sarah Mensah
""", client="o365", fmt="alt", cte="qp", auth="pass")

add(L("account_creation", False, "0291720M", "bretagne", "espace_acheteur", False, "fr",
      "Account works; asks for order-management rights to be opened for the deputy gestionnaire who handles network purchases."),
    ("Nolwenn Quéré", "nolwenn.quere@ac-rennes.fr"), "Droits de commande pour l'adjointe",
    """Bonjour,

Notre adjointe gestionnaire a bien un compte Espace Acheteur mais ne
peut pas passer commande (bouton grisé). C'est elle qui gère les achats
du réseau REP de Brest cette année. Pourriez-vous ouvrir les droits ?
Collège Kerhallet, 0291720M.

N. Quéré
""", client="zimbra")

add(L("account_creation", False, "0146258B", "normandie", "espace_acheteur", True, "fr",
      "The network's newly opened collège is not in the list when opening the customer account: eligibility and the sales team, so a person answers."),
    ("Guillaume Hébert", "guillaume.hebert@ac-normandie.fr"), "Établissement introuvable à l'inscription",
    """Bonjour,

Le nouveau collège du réseau REP d'Hérouville a ouvert en septembre
(UAI 0146258B). À l'inscription sur l'Espace Acheteur, il n'apparaît pas
dans la liste des établissements. Comment l'ajouter ?

Guillaume Hébert, principal adjoint
""", client="tb")

# ------------------------------------------- head_of_establishment_request
add(L("head_of_establishment_request", False, "0937322D", "ile-de-france", "esidoc", False, "fr",
      "The principal, from the ce.<UAI> address, asks in writing for the e-sidoc admin password reset and for the contact address to become the new librarian's."),
    ("Principal Collège Iqbal Masih", "ce.0937322D@ac-creteil.fr"), "Demande de réinitialisation - administration e-sidoc",
    """Madame, Monsieur,

Je vous demande de bien vouloir réinitialiser le mot de passe du compte
d'administration e-sidoc du collège Iqbal Masih (Saint-Denis, REP+,
UAI 0937322D), et de remplacer l'adresse de contact du compte par celle
de notre nouvelle professeure documentaliste, Mme Océane Martin
(oceane.martin@ac-creteil.fr).

L'ancienne adresse appartenait à une collègue partie à la retraite.

Je vous prie d'agréer mes salutations distinguées.

Hervé Lucas
Principal
""", client="zimbra", fmt="alt")

add(L("head_of_establishment_request", False, "0930166A", "ile-de-france", "espace_acheteur", False, "fr",
      "The principal names the REP+ coordinator as the new structure administrator on the Espace Acheteur and asks to close the former one's access."),
    ("Mme la Principale", "ce.0930166A@ac-creteil.fr"), "Changement d'administrateur Espace Acheteur",
    """Bonjour,

En tant que principale du collège Jean Moulin d'Aubervilliers (REP+,
0930166A), je désigne M. Samir Haddou, coordonnateur du réseau, comme
nouvel administrateur de notre structure sur l'Espace Acheteur, à
compter de ce jour.

Je vous remercie de fermer l'accès de Mme Pottier, ancienne gestionnaire,
qui a quitté l'établissement en août.

Bien cordialement,
Christine Abadie, principale
""", client="o365", fmt="html", charset="windows-1252", cte="qp")

add(L("head_of_establishment_request", False, "0596091A", "hauts-de-france", "espace_acheteur", False, "fr",
      "The principal authorises the gestionnaire to validate the network order and attaches the signed bon d'engagement (PDF)."),
    ("Jean-Marc Delcourt", "ce.0596091A@ac-lille.fr"), "Autorisation de validation - commande réseau REP+",
    """Bonjour,

J'autorise Mme Dewaele, gestionnaire du collège Boris Vian (Lille-Moulins,
REP+, 0596091A), à valider sur l'Espace Acheteur la commande de
ressources numériques passée pour l'ensemble du réseau. Vous trouverez
ci-joint le bon d'engagement signé.

Jean-Marc Delcourt
Principal
""", client="tb", attach=[("application/pdf", "BE_2025-014_reseau_REP+.pdf", FAKE_PDF)])

add(L("head_of_establishment_request", False, "0133909D", "provence-alpes-cote-d-azur", None, True, "fr",
      "Claims to be the principal from the ce.<UAI> address, but SPF and DMARC fail, Reply-To is a free-mail address and it asks to move both admin accounts to that address: a probable spoof, still a head-of-establishment request for staff to refuse. Two products named, so no single platform."),
    ("Principal College Edouard Manet", "ce.0133909D@ac-aix-marseille.fr"), "URGENT changement adresse administrateur",
    """Bonjour,

Je suis le principal du collège Édouard Manet (Marseille 13e, REP+,
0133909D). Merci de remplacer TOUT DE SUITE l'adresse des comptes
administrateur e-sidoc et Espace Acheteur par principal.manet13@gmail.com,
la messagerie académique est en panne.

Répondez uniquement à cette adresse.

Le principal
""", client="gm", auth="fail", return_path="bounce-7781@mailer-exemple.net",
    headers=["Reply-To: principal.manet13@gmail.com"])

add(L("head_of_establishment_request", False, "0699603N", "auvergne-rhone-alpes", "esidoc", False, "fr",
      "The principal confirms from his iPhone, quoting his librarian's request (Apple quote style), that the reset may be done. Personal academic address, not the ce. one."),
    ("Patrick Vernay", "patrick.vernay@ac-lyon.fr"), "Re: Réinitialisation e-sidoc",
    """Bonjour,
Je confirme la demande de Mme Roche ci-dessous : vous pouvez procéder à
la réinitialisation.
P. Vernay, principal du collège Maurice Utrillo (Vénissieux, REP+)

Envoyé de mon iPhone

> Le 5 févr. 2025 à 10:14, Roche Agnès <agnes.roche@ac-lyon.fr> a écrit :
>
> Bonjour,
> Je suis documentaliste au collège Utrillo (0699603N). L'assistance me
> demande l'accord écrit du chef d'établissement pour réinitialiser le
> mot de passe du portail. Pourriez-vous leur répondre ?
> Merci, Agnès
""", client="iphone")

add(L("head_of_establishment_request", False, "0310824C", "occitanie", "espace_acheteur", False, "en",
      "English. The head of school names a new structure administrator and asks to close the former one's access."),
    ("Margaret Fontaine", "ce.0310824C@ac-toulouse.fr"), "Change of administrator - buyer space",
    """Dear support team,

As head of Collège Stendhal (Toulouse, REP+, 0310824C), I am writing to
appoint Mr Karim Benali, our new bursar, as the administrator of our
structure on the Espace Acheteur. Please remove the access of the
former bursar, Mrs Roques, who retired in July.

Yours faithfully,
Margaret Fontaine
Principal
""", client="o365", fmt="alt", cte="qp")

add(L("head_of_establishment_request", False, "0676281N", "grand-est", "esidoc", True, "fr",
      "The principal adjoint writes 'on behalf of the principal' to change the e-sidoc administrator: still a request that needs the head's authority; staff must check he may act for her."),
    ("Thierry Wagner", "thierry.wagner@ac-strasbourg.fr"), "Changement du compte administrateur du portail",
    """Bonjour,

Principal adjoint du collège Jacques Twinger (Strasbourg, REP+,
0676281N), je vous écris au nom de Mme la principale, absente cette
semaine : nous souhaitons que le compte administrateur du portail
e-sidoc soit désormais rattaché à la coordonnatrice REP+ et non plus à
l'ancienne documentaliste. Mme la principale pourra confirmer à son
retour si nécessaire.

Cordialement,
T. Wagner
""", client="zimbra")

add(L("head_of_establishment_request", False, "0959482R", "ile-de-france", "esidoc", True, "fr",
      "The principal of the tête de réseau asks to switch the contact address of the e-sidoc accounts of the network's collèges to a shared network address. Only his own collège's UAI is given; the other heads' agreement must be checked."),
    ("Principal Collège Voltaire", "ce.0959482R@ac-versailles.fr"), "Adresse de contact commune pour les portails du réseau",
    """Madame, Monsieur,

Principal du collège Voltaire de Sarcelles (0959482R), tête du réseau
REP+, je souhaite que l'adresse de contact de notre compte e-sidoc
devienne reseau.repplus.sarcelles@ac-versailles.fr, adresse partagée
par la coordination. Mes collègues principaux des deux autres collèges
du réseau feront la même demande pour leurs établissements.

Je vous remercie par avance.

Le principal, F. Ndiaye
""", client="zimbra", fmt="alt", cte="qp")

add(L("head_of_establishment_request", False, "0911993X", "ile-de-france", "esidoc", False, "fr",
      "Reply (Zimbra 'Mail original' quote) in which the principale gives the written request the desk asked for."),
    ("Sylvie Marchetti", "ce.0911993X@ac-versailles.fr"), "Re: [#SUP-023310] Accord du chef d'établissement",
    """Bonjour,

Suite à votre message, je confirme par écrit ma demande : merci de
réinitialiser le mot de passe du portail documentaire du collège
Galilée de Grigny (REP+, 0911993X) et d'envoyer le lien à cette adresse.

Sylvie Marchetti, principale

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "ce 0911993X" <ce.0911993X@ac-versailles.fr>
Envoyé: Mardi 11 Mars 2025 14:20:03
Objet: [#SUP-023310] Accord du chef d'établissement

Bonjour, pour donner suite à la demande de votre documentaliste, nous
avons besoin de l'accord écrit du chef d'établissement.
""", client="zimbra",
    headers=["In-Reply-To: <SUP-023310.1741699203.55aa0e@assistance.example.fr>",
             "References: <SUP-023310.1741699203.55aa0e@assistance.example.fr>"])

add(L("head_of_establishment_request", False, "0945181W", "ile-de-france", "esidoc", False, "fr",
      "A primary-school head (directrice d'école) of the REP network asks to replace the contact address on the school's e-sidoc admin account."),
    ("Directrice École Jules Ferry", "ce.0945181W@ac-creteil.fr"), "Changement adresse contact portail BCD",
    """Bonjour,

Directrice de l'école élémentaire Jules Ferry de Champigny (réseau REP
du collège Lucie Aubrac), UAI 0945181W, je vous demande de remplacer
l'adresse de contact de notre compte d'administration e-sidoc par
l'adresse de l'école, celle-ci. L'ancienne était la mienne à titre
personnel.

Merci,
Martine Jolivet, directrice
""", client="zimbra")

add(L("head_of_establishment_request", False, "0629093X", "hauts-de-france", "espace_acheteur", False, "fr",
      "Written delegation: the head declares who may validate orders for the establishment (the REP coordinator and the gestionnaire)."),
    ("Principal - Collège Anatole France", "ce.0629093X@ac-lille.fr"), "Délégation de signature pour les commandes",
    """Bonjour,

Par la présente, je délègue à Mme Hachemi, gestionnaire, et à M. Dubois,
coordonnateur REP, la validation des commandes du collège Anatole France
de Calais (0629093X) sur l'Espace Acheteur, pour l'année scolaire
2024-2025.

Le principal,
Olivier Saint-Maxent
""", client="o365", fmt="alt", charset="windows-1252", cte="qp")

add(L("head_of_establishment_request", False, "9767865V", "mayotte", "esidoc", True, "fr",
      "The librarian sends the principal's signed letter (PDF) with the principal in copy: it is the head's written request, relayed; staff must check the letter and the sender. Mayotte time zone."),
    ("Anlia Ahamada", "anlia.ahamada@ac-mayotte.fr"), "Courrier du principal - compte e-sidoc",
    """Bonjour,

Veuillez trouver ci-joint le courrier signé de M. le principal du
collège de Koungou (REP+, 9767865V), qui demande la réinitialisation du
compte administrateur de notre portail e-sidoc et son rattachement à
mon adresse. M. le principal est en copie.

Bien cordialement,
Anlia Ahamada, professeure documentaliste
""", client="tb", headers=["Cc: ce.9767865V@ac-mayotte.fr"],
    attach=[("application/pdf", "courrier_principal_esidoc.pdf", FAKE_PDF)])

add(L("head_of_establishment_request", False, None, None, "esidoc", True, "fr",
      "A principal gives her agreement for a reset from a personal Gmail, no UAI: weak evidence, staff must verify. No académie domain, so no region."),
    ("Brigitte Lemoine", "brigitte.lemoine.59@gmail.com"), "accord pour la réinitialisation",
    """Bonjour,

Je suis principale d'un collège REP à Maubeuge et ma documentaliste m'a
dit que vous aviez besoin de mon accord pour réinitialiser le portail
e-sidoc. Je vous le donne ici, je suis en déplacement et n'ai que ma
boîte personnelle.

Brigitte Lemoine
""", client="gm", fmt="alt")

# ------------------------------------------------------------ order_billing
add(L("order_billing", False, "0331948N", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
      "Asks for one quote covering a subscription for the four collèges of the REP+ network, needed before the bon d'engagement."),
    ("Fanny Duprat", "fanny.duprat@ac-bordeaux.fr"), "Devis abonnement pour 4 collèges du réseau",
    """Bonjour,

Nous souhaitons souscrire l'abonnement presse pour les quatre collèges
du réseau REP+ de Lormont, sur les crédits du réseau portés par le
collège Lapierre (0331948N). Pourriez-vous nous établir un devis unique
au nom de ce collège ? Notre agent comptable en a besoin pour le bon
d'engagement.

Fanny Duprat, gestionnaire
""", client="o365", fmt="alt", cte="qp")

add(L("order_billing", False, "0347574Y", "occitanie", "espace_acheteur", True, "fr",
      "The invoice of the network order was addressed to a member collège instead of the tête de réseau that pays: invoice correction."),
    ("Mehdi Rahmani", "mehdi.rahmani@ac-montpellier.fr"), "Facture au mauvais établissement",
    """Bonjour,

La facture de la commande groupée du réseau REP+ Petit Bard a été
établie au nom du collège Las Cazes, alors que c'est le collège
Fontcarrade (0347574Y), tête de réseau, qui paie. Pouvez-vous la
refaire au bon nom ? Sinon elle sera rejetée par l'agence comptable.

M. Rahmani, gestionnaire
""", client="tb")

add(L("order_billing", False, "0309118Y", "occitanie", "esidoc", False, "fr",
      "Order validated a month ago, the invoice is still not on Chorus Pro."),
    ("Corinne Bastide", "corinne.bastide@ac-montpellier.fr"), "Facture absente de Chorus",
    """Bonjour,
La commande e-sidoc du collège Diderot d'Alès (REP, 0309118Y) a été
validée le 14 octobre. Toujours aucune facture déposée sur Chorus Pro.
Pouvez-vous vérifier ?
C. Bastide
""", client="zimbra", cte="qp")

add(L("order_billing", False, "0446252G", "pays-de-la-loire", "espace_acheteur", False, "fr",
      "The bon d'engagement upload fails at order validation ('fichier trop volumineux'); PDF attached."),
    ("Hélène Brochard", "helene.brochard@ac-nantes.fr"), "Impossible de joindre le bon d'engagement",
    """Bonjour,

Au moment de valider la commande du collège Claude Debussy (Nantes
Bellevue, REP+, 0446252G), l'ajout du bon d'engagement échoue avec le
message « fichier trop volumineux ». Je vous le joins ici.

Hélène Brochard
""", client="tb", attach=[("application/pdf", "bon_engagement_debussy.pdf", FAKE_PDF)])

add(L("order_billing", False, "0767601Z", "normandie", "esidoc", False, "fr",
      "Thunderbird French forward of a payment reminder for an invoice already paid by mandat administratif."),
    ("Stéphane Lecoq", "stephane.lecoq@ac-normandie.fr"), "Fwd: Relance facture impayée",
    """Bonjour,

Nous recevons cette relance alors que la facture a été payée par mandat
administratif le 20 novembre (collège Claude Monet, Rouen, REP,
0767601Z). Pouvez-vous faire le point avec votre comptabilité ?

S. Lecoq, agent comptable

-------- Message transféré --------
Sujet : Relance facture impayée
Date : Mon, 6 Jan 2025 09:00:12 +0100
De : Comptabilité <comptabilite@assistance.example.fr>

Sauf erreur de notre part, la facture FA-2024-11873 reste impayée.
""", client="tb")

add(L("order_billing", False, "0608955H", "hauts-de-france", "espace_acheteur", False, "fr",
      "The basket prepared for the network order disappeared (baskets are kept 15 days)."),
    ("Julie Vasseur", "julie.vasseur@ac-amiens.fr"), "Panier disparu",
    """Bonjour,

J'avais préparé un panier pour la commande de fin d'année du réseau REP
de Nogent-sur-Oise (collège Édouard Herriot, 0608955H), environ
quarante lignes. Il a disparu. Est-il possible de le récupérer ?

Julie Vasseur
""", client="o365", fmt="html", charset="windows-1252", cte="qp")

add(L("order_billing", False, "0805979P", "hauts-de-france", "esidoc", False, "en",
      "English. Asks for a pro-forma invoice before the order can be committed."),
    ("Thomas Wright", "thomas.wright@ac-amiens.fr"), "Pro-forma invoice needed",
    """Hello,

Our accountant needs a pro-forma invoice for the e-sidoc renewal of
Collège Arthur Rimbaud in Amiens (REP+, 0805979P) before she can commit
the expense. Could you send one?

Thank you,
Thomas Wright
""", client="tb_en")

add(L("order_billing", False, "0027114X", "hauts-de-france", "espace_acheteur", True, "fr",
      "Asks whether one order can be split between the network's collèges (each paying its share): an ordering / invoicing question for a person."),
    ("Sébastien Mercier", "sebastien.mercier@ac-amiens.fr"), "Commande partagée entre collèges",
    """Bonjour,

Le réseau REP de Soissons voudrait passer une seule commande de livres
pour les trois collèges, mais chaque collège doit payer sa part sur son
propre budget. Est-ce possible sur l'Espace Acheteur, avec trois
factures ? Je suis au collège Saint-Crépin (0027114X).

Sébastien Mercier, gestionnaire
""", client="tb")

add(L("order_billing", False, "0847104R", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
      "Invoice received twice; asks to cancel the duplicate."),
    ("Agence comptable Collège Paul Giéra", "int.0847104R@ac-aix-marseille.fr"), "Facture en double",
    """Bonjour,

Nous avons reçu deux fois la facture n° FA-2025-00412 pour le
renouvellement e-sidoc du collège Paul Giéra d'Avignon (REP+,
0847104R). Merci d'annuler le doublon.

L'agence comptable
""", client="zimbra")

# ------------------------------------------------------- contract_documents
add(L("contract_documents", False, "0839746T", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
      "The network's convention de groupement does not appear in 'Mes Marchés'."),
    ("Delphine Arnaud", "delphine.arnaud@ac-nice.fr"), "Convention de groupement introuvable",
    """Bonjour,

Les collèges du réseau REP+ de La Seyne ont signé une convention de
groupement de commandes l'an dernier. Je ne la retrouve pas dans « Mes
Marchés » pour le collège Marie Curie (0839746T), alors que les autres
documents y sont.

Delphine Arnaud
""", client="tb")

add(L("contract_documents", False, "0575075G", "grand-est", "espace_acheteur", False, "fr",
      "Amendment no. 1 of the digital-resources market is missing from the contract documents."),
    ("Marc Hoffmann", "marc.hoffmann@ac-nancy-metz.fr"), "Avenant n°1 manquant",
    """Bonjour,

L'avenant n°1 du marché de ressources numériques (lot 3) n'apparaît pas
dans les documents du marché pour notre collège (Forbach, REP,
0575075G). Pourriez-vous l'ajouter ou me l'envoyer ?

Marc Hoffmann
""", client="zimbra")

add(L("contract_documents", False, None, None, "espace_acheteur", False, "fr",
      "CCAP of the schoolbooks market not found; no UAI, non-academic sender."),
    ("Achats - Cité éducative", "achats@cite-educative-exemple.fr"), "CCAP marché manuels scolaires",
    """Bonjour,

Nous ne trouvons pas le CCAP du marché « manuels scolaires 2024-2027 »
dans l'Espace Acheteur. Les collèges de notre cité éducative en ont
besoin pour préparer leurs commandes.

Merci,
Le service achats
""", client="o365", fmt="alt", cte="qp")

add(L("contract_documents", False, "0542917C", "grand-est", "espace_acheteur", False, "fr",
      "The membership convention opens as an empty file."),
    ("Aline Petitjean", "aline.petitjean@ac-nancy-metz.fr"), "Convention d'adhésion vide",
    """Bonjour,
Quand j'ouvre la convention d'adhésion du collège (Nancy Haut-du-Lièvre,
REP+, 0542917C) dans l'Espace Acheteur, j'obtiens un PDF vide de 0 Ko.
Pouvez-vous regarder ?
Aline Petitjean
""", client="sogo")

add(L("contract_documents", False, "0660342N", "occitanie", "espace_acheteur", False, "fr",
      "Follow-up reply (Gmail quote): the acte d'engagement is still missing after the first answer."),
    ("Jordi Puig", "jordi.puig@ac-montpellier.fr"), "Re: [#SUP-022871] Acte d'engagement",
    """Bonjour,

Toujours pas d'acte d'engagement visible pour le collège Jean Moulin
de Perpignan (REP+, 0660342N), une semaine après votre réponse.

Jordi Puig

Le jeu. 23 janv. 2025 à 15:30, Assistance <support@assistance.example.fr> a écrit :
> Bonjour, le document va être ajouté dans les prochains jours.
""", client="gm", fmt="alt",
    headers=["In-Reply-To: <SUP-022871.1737642600.d1e0f3@assistance.example.fr>",
             "References: <SUP-022871.1737642600.d1e0f3@assistance.example.fr>"])

add(L("contract_documents", False, "0515960B", "grand-est", "espace_acheteur", True, "fr",
      "The REP coordinator cannot see the market documents the gestionnaire sees: contract_documents, although the fix is probably rights from the structure administrator (close to account_creation)."),
    ("Nicolas Royer", "nicolas.royer@ac-reims.fr"), "Documents du marché non visibles pour la coordination",
    """Bonjour,

Coordonnateur REP à Reims (collège Trois Fontaines, 0515960B), j'ai un
compte Espace Acheteur mais je ne vois aucun document des marchés
(conventions, CCAP), alors que notre gestionnaire les voit très bien.
J'en ai besoin pour préparer le projet de réseau.

Nicolas Royer
""", client="tb")

add(L("contract_documents", False, "0081562E", "grand-est", "espace_acheteur", False, "fr",
      "The notification letter and administrative certificate of a market cannot be found for the collège."),
    ("Véronique Collet", "veronique.collet@ac-reims.fr"), "Attestation et lettre de notification",
    """Bonjour,

Pour le marché de fournitures 2024-031, je ne trouve ni la lettre de
notification ni l'attestation administrative dans les documents
accessibles au collège de Charleville Ronde-Couture (REP, 0081562E).

Véronique Collet
""", client="o365", fmt="html", charset="windows-1252", cte="qp")

# -------------------------------------------------------- transfer_incident
add(L("transfer_incident", False, "0330585G", "nouvelle-aquitaine", "ecoledirecte", False, "fr",
      "Private collège in a priority area: last EcoleDirecte transfer is five days old, parents no longer see grades."),
    ("Vie scolaire Saint-Joseph", "viescolaire@stjoseph-cenon.example.fr"), "Transferts EcoleDirecte arrêtés",
    """Bonjour,

Collège privé Saint-Joseph de Cenon (0330585G). Le dernier transfert
vers EcoleDirecte date de vendredi : les parents ne voient plus les
notes ni les absences depuis. Nous n'avons rien changé sur le serveur.

Merci de votre aide,
La vie scolaire
""", client="o365", fmt="alt", cte="qp")

add(L("transfer_incident", False, "0830928H", "provence-alpes-cote-d-azur", "ecoledirecte", False, "fr",
      "Licence to regenerate after the server was replaced."),
    ("Alain Giordano", "a.giordano@college-sainte-marthe.example.fr"), "Licence à régénérer",
    """Bonjour,

Notre serveur a été remplacé pendant les vacances (collège Sainte-Marthe,
Toulon, 0830928H). Charlemagne demande de régénérer la licence avant de
reprendre les transferts vers EcoleDirecte. Pouvez-vous le faire ?

Alain Giordano, responsable informatique
""", client="tb")

add(L("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
      "Asks for 'le mot de passe de maintenance du jour' to reindex the base: transfer_incident per the taxonomy, not password_reset."),
    ("Secrétariat de direction", "direction@college-notre-dame-exemple.fr"), "mot de passe de maintenance",
    """Bonjour,

Pouvez-vous nous communiquer le mot de passe de maintenance du jour ?
Nous devons réindexer la base avant de relancer la synchronisation
vers EcoleDirecte.

Merci,
Le secrétariat
""", client="ol", charset="windows-1252", cte="qp")

add(L("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
      "The antivirus deployed by the network's IT quarantines Charlemagne Outils, so transfers stopped."),
    ("Kevin Marques", "kevin.marques@ensemble-scolaire-exemple.fr"), "Antivirus et Outils Charlemagne",
    """Bonjour,

Depuis la mise à jour de l'antivirus, Charlemagne Outils est mis en
quarantaine au démarrage et les transferts vers EcoleDirecte ne
partent plus. Quels fichiers faut-il exclure ?

Kevin Marques
""", client="tb")

add(L("transfer_incident", False, "0832000Y", "provence-alpes-cote-d-azur", "ecoledirecte", False, "fr",
      "New proxy on the collège's network: the transfer diagnostic fails on the connection test; HTTP transfer settings needed."),
    ("Pierre Santini", "p.santini@college-prive-exemple.fr"), "Transferts bloqués par le proxy",
    """Bonjour,

Nous avons un nouveau proxy filtrant (collège privé de La Seyne,
0832000Y). Le diagnostic des transferts EcoleDirecte échoue au test de
connexion. Quels paramètres indiquer pour passer en HTTP ?

Pierre Santini
""", client="tb")

add(L("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
      "'Licence expirée' at start-up: licence to regenerate, transfers stopped."),
    ("Comptabilité St Vincent", "compta@st-vincent-exemple.fr"), "licence expirée",
    """Bonjour, depuis ce matin le logiciel affiche « licence expirée » au démarrage et plus aucun transfert ne part vers EcoleDirecte. Merci de nous débloquer rapidement, c'est la période des bulletins.
""", client="android", fmt="alt", cte="b64")

add(L("transfer_incident", False, "0937322D", "ile-de-france", "esidoc", True, "fr",
      "Pupils' accounts: the nightly import of pupils into the e-sidoc portal has failed since the start of term, so 6e pupils cannot borrow. A data synchronisation failure (transfer_incident) rather than a subscription or an account request."),
    ("Océane Martin", "oceane.martin@ac-creteil.fr"), "Import des élèves dans le portail en échec",
    """Bonjour,

Depuis la rentrée, l'import automatique des élèves dans notre portail
e-sidoc échoue (collège Iqbal Masih, Saint-Denis, 0937322D). Le journal
indique « synchronisation interrompue » chaque nuit. Résultat : les
élèves de 6e n'existent pas dans la base et ne peuvent ni emprunter ni
se connecter.

Pouvez-vous relancer ou nous dire ce qui bloque ?

Océane Martin
""", client="zimbra")

add(L("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
      "HTML-only Outlook: several Outils.exe processes stuck; transfers hang."),
    ("Informatique - Institution Sainte-Anne", "informatique@ste-anne-exemple.fr"), "Transferts figés",
    """Bonjour,

Les transferts vers EcoleDirecte restent figés depuis hier midi. Dans le
gestionnaire des tâches je vois quatre processus Outils.exe qui ne se
terminent jamais. Faut-il les tuer ?

Le service informatique
""", client="o365", fmt="html", charset="windows-1252", cte="qp")

add(L("transfer_incident", False, "0930000V", "ile-de-france", "ecoledirecte", False, "fr",
      "Replication re-initialisation needed after a restore of the server; screenshot attached."),
    ("Fabrice Tavares", "f.tavares@college-prive-93-exemple.fr"), "Réinitialisation de la réplication",
    """Bonjour,

Après restauration de notre serveur (collège privé, Saint-Ouen,
0930000V), EcoleDirecte affiche une erreur de réplication. Je joins la
capture de l'incident. Pouvez-vous réinitialiser la réplication ?

Fabrice Tavares
""", client="tb", attach=[("image/png", "incident_replication.png", FAKE_PNG)])

# ---------------------------------------------------------------- automated
add(L("automated", False, None, None, None, False, "fr",
      "Exchange Online out-of-office in French (Auto-Submitted, X-Auto-Response-Suppress) from a collège's IT contractor."),
    ("Damien Roussel", "d.roussel@prestataire-informatique.example.fr"), "Réponse automatique : [#SUP-021903] Mails retenus par MailInBlack",
    """Bonjour,

Je suis absent jusqu'au 4 novembre inclus. Pour toute urgence
concernant les collèges du réseau, merci de contacter
hotline@prestataire-informatique.example.fr.

Damien Roussel
""", client="o365", fmt="alt", cte="qp",
    headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
             "In-Reply-To: <SUP-021903.1730100000.3b2a11@assistance.example.fr>"])

add(L("automated", False, None, "ile-de-france", None, False, "fr",
      "Academic Zimbra vacation reply (Auto-Submitted: auto-replied) from a REP+ coordinator; region from the ac-creteil.fr sender."),
    ("Malik Benhamou", "malik.benhamou@ac-creteil.fr"), "Absence du bureau",
    """Bonjour,
Je suis en formation « éducation prioritaire » jusqu'au 15 mars.
Je traiterai votre message à mon retour.
Pour les urgences du réseau REP+, contactez le secrétariat du collège.
M. Benhamou
""", client="zimbra", headers=["Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk"])

add(L("automated", False, None, None, None, False, "en",
      "Postfix bounce (multipart/report delivery-status) for an answer sent to a coordinator's old address; null Return-Path."),
    ("Mail Delivery System", "MAILER-DAEMON@mx.college-exemple-rep.fr"), "Undelivered Mail Returned to Sender",
    client="sys", return_path="", auth="none",
    headers=["Auto-Submitted: auto-replied"],
    mtype="multipart/report; report-type=delivery-status",
    parts=[("text/plain; charset=us-ascii", "7bit", """This is the mail system at host mx.college-exemple-rep.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<coordination.rep@college-exemple-rep.fr>: host mx.college-exemple-rep.fr
    said: 550 5.1.1 User unknown
"""), ("message/delivery-status", "7bit", """Reporting-MTA: dns; mx.college-exemple-rep.fr

Final-Recipient: rfc822; coordination.rep@college-exemple-rep.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown
"""), ("text/rfc822-headers", "7bit", """From: Assistance <support@assistance.example.fr>
To: coordination.rep@college-exemple-rep.fr
Subject: [#SUP-022455] Abonnement du réseau
Message-ID: <SUP-022455.1734000000.77aa01@assistance.example.fr>
""")])

add(L("automated", False, None, None, None, False, "en",
      "Gmail 'Delivery Status Notification (Failure)' for a reply to a librarian's personal address."),
    ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), "Delivery Status Notification (Failure)",
    client="sys", return_path="", auth="none",
    headers=["Auto-Submitted: auto-replied"],
    mtype="multipart/report; report-type=delivery-status",
    parts=[("text/plain; charset=UTF-8", "7bit", """** Address not found **

Your message wasn't delivered to fatou.dialo.doc@gmail.com because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
"""), ("message/delivery-status", "7bit", """Reporting-MTA: dns; googlemail.com

Final-Recipient: rfc822; fatou.dialo.doc@gmail.com
Action: failed
Status: 5.1.1
"""), ("text/rfc822-headers", "7bit", """From: Assistance <support@assistance.example.fr>
To: fatou.dialo.doc@gmail.com
Subject: Re: pas reçu
""")])

add(L("automated", False, None, "hauts-de-france", None, False, "fr",
      "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from the ac-lille.fr sender."),
    ("Virginie Lefebvre", "virginie.lefebvre@ac-lille.fr"), "Lu : [#SUP-022107] MailInBlack et administrateur",
    client="sys",
    mtype="multipart/report; report-type=disposition-notification",
    parts=[("text/plain; charset=utf-8", "8bit", """Votre message

  À : Virginie Lefebvre
  Objet : [#SUP-022107] MailInBlack et administrateur

a été lu le jeudi 21 novembre 2024 09:14.
"""), ("message/disposition-notification", "7bit", """Reporting-UA: ac-lille.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;virginie.lefebvre@ac-lille.fr
Original-Message-ID: <SUP-022107.1732090000.31c0aa@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
""")])

add(L("automated", False, None, "hauts-de-france", None, False, "fr",
      "Académie newsletter on priority education (List-Id, List-Unsubscribe, Precedence: bulk); region from the ac-lille.fr sender."),
    ("Éducation prioritaire - Académie de Lille", "lettre-ep@ac-lille.fr"), "La lettre de l'éducation prioritaire n°12",
    """La lettre de l'éducation prioritaire – n°12

Au sommaire :
- Retour sur le séminaire des coordonnateurs REP+ du 14 mars
- Le plan lecture en réseau : trois collèges témoignent
- Ressources : la BD au service de la compréhension en 6e
- Agenda des formations d'avril

Vous recevez cette lettre car vous êtes inscrit à la liste de diffusion
de l'éducation prioritaire. Se désinscrire : https://listes.ac-lille.fr/sympa/signoff/lettre-ep
""", client="sys", fmt="alt",
    headers=["List-Id: <lettre-ep.listes.ac-lille.fr>",
             "List-Unsubscribe: <https://listes.ac-lille.fr/sympa/signoff/lettre-ep>",
             "Precedence: bulk"])

add(L("automated", False, None, None, None, True, "fr",
      "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic."),
    ("Nadia Ferhat", "nadia.ferhat@wanadoo.example.fr"), "Absente",
    """Bonjour,

Je suis absente du collège du 21 octobre au 4 novembre (vacances de la
Toussaint). Votre message ne sera pas transféré.

Nadia Ferhat
Coordonnatrice REP – Val de Seine
""", client="ol", charset="windows-1252", cte="qp")

add(L("automated", False, None, None, "espace_acheteur", False, "fr",
      "No-reply notification to the desk (administrator of structures without one): an account of a REP collège awaits validation. Auto-Submitted: auto-generated."),
    ("Espace Acheteur", "no-reply@espace-acheteur.example.fr"), "Un compte est en attente de validation",
    """Bonjour,

Un nouvel utilisateur s'est inscrit et attend la validation de son
compte :

  Structure : Collège Jean Lurçat – REP+
  Utilisateur : y.cherif
  Date d'inscription : 03/02/2025

Connectez-vous à votre espace d'administration pour valider ce compte.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", client="sys", headers=["Auto-Submitted: auto-generated"])

add(L("automated", False, None, None, "ticket_portal", False, "fr",
      "Ticket-portal notification: a ticket the desk opened with the editor was updated. Auto-Submitted: auto-generated."),
    ("Portail tickets", "notifications@tickets.example.fr"), "[Ticket 88412] Mise à jour : abonnement réseau non visible",
    """Le ticket 88412 « abonnement réseau non visible (Guyane) » a été mis à
jour par l'éditeur.

Nouveau statut : En cours d'analyse

Pour consulter le ticket : https://tickets.example.fr/t/88412
Ne répondez pas à ce message.
""", client="sys", fmt="alt", headers=["Auto-Submitted: auto-generated"])

add(L("automated", False, None, None, "esignature", True, "fr",
      "E-signature 'completed' notification for the network's convention de groupement: transactional mail with no Auto-Submitted or Precedence; the no-reply sender and the wording show it is automatic."),
    ("Signature électronique", "ne-pas-repondre@esign.example.fr"), "Document signé par toutes les parties",
    """Bonjour,

Le document « Convention de groupement de commandes – Réseau REP+ de
La Seyne » a été signé par toutes les parties.

Vous pouvez le télécharger pendant 30 jours depuis votre espace.

Ceci est un message automatique.
""", client="sys", fmt="html")

add(L("automated", False, None, "grand-est", "esidoc", True, "fr",
      "A librarian's real question about sharing the e-sidoc admin account, but posted to an academic list of REP librarians the desk is subscribed to (List-Id, Precedence: list): not written to us. Region from the ac-nancy-metz.fr sender."),
    ("Claire Weber", "claire.weber@ac-nancy-metz.fr"), "[docs-rep] Compte admin e-sidoc partagé avec la coordo ?",
    """Bonjour à toutes et tous,

Dans vos réseaux, est-ce que vous partagez le compte d'administration
e-sidoc avec la coordination REP+ ? Chez nous ça pose des soucis de mot
de passe à chaque changement. Vous faites comment ?

Claire, Metz-Borny

_______________________________________________
docs-rep mailing list
https://listes.ac-nancy-metz.fr/sympa/info/docs-rep
""", client="zimbra",
    headers=["List-Id: Documentalistes des reseaux REP <docs-rep.listes.ac-nancy-metz.fr>",
             "Precedence: list", "List-Post: <mailto:docs-rep@listes.ac-nancy-metz.fr>"])

add(L("automated", False, None, None, None, True, "en",
      "Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic."),
    ("Mail Delivery System", "Mailer-Daemon@mail.collectivite-exemple.fr"), "Mail delivery failed: returning message to sender",
    """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  numerique.colleges@collectivite-exemple.fr
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Subject: [#SUP-021780] Deploiement Mailinblack - vos notifications
From: Assistance <support@assistance.example.fr>
""", client="sys", return_path="", auth="none", charset="us-ascii", cte="7bit")

add(L("automated", False, None, "ile-de-france", None, False, "fr",
      "Another help desk (académie) acknowledges a message the desk sent it (Auto-Submitted, X-Loop): answering would start a loop. Region from the ac-versailles.fr sender."),
    ("Assistance DANE Versailles", "assistance-dane@ac-versailles.fr"), "[DANE-118204] Accusé de réception de votre demande",
    """Bonjour,

Votre demande a bien été enregistrée sous la référence DANE-118204.
Un technicien la prendra en charge dans les meilleurs délais.

Merci de ne pas répondre à ce message.
""", client="sys", headers=["Auto-Submitted: auto-replied", "X-Loop: assistance-dane@ac-versailles.fr"])

add(L("automated", False, None, None, None, False, "en",
      "English Gmail vacation responder (Auto-Submitted: auto-replied)."),
    ("Ben Carter", "ben.carter.home@gmail.com"), "Re: No emails from e-sidoc",
    """Hi, I'm away with Year 9 pupils on the Rome trip until Friday with
limited access to e-mail. I'll reply when I'm back. Ben
""", client="gm", fmt="alt", headers=["Auto-Submitted: auto-replied"])

add(L("automated", False, "0931318C", "ile-de-france", "esidoc", True, "fr",
      "Holiday out-of-office of a collège office (ce.<UAI> address) that mentions e-sidoc and passwords; Auto-Submitted is present. The UAI comes from the sender address."),
    ("Collège Gustave Courbet", "ce.0931318C@ac-creteil.fr"), "Réponse automatique : Réinitialisation de votre mot de passe",
    """Bonjour,

Le collège est fermé pendant les vacances d'hiver, du 22 février au
9 mars. Les demandes concernant le portail e-sidoc et les mots de passe
seront traitées à la rentrée.

Le secrétariat
""", client="zimbra", headers=["Auto-Submitted: auto-replied"])

add(L("automated", False, None, None, None, False, "en",
      "DMARC aggregate report (zip attachment) sent to the desk's address."),
    ("noreply-dmarc-support", "noreply-dmarc-support@google.com"), "Report domain: assistance.example.fr Submitter: google.com Report-ID: 11827364509182736",
    """This is an aggregate report from google.com.
""", client="sys", charset="us-ascii", cte="7bit",
    attach=[("application/zip", "google.com!assistance.example.fr!1733011200!1733097599.zip", b"PK\x03\x04fake-dmarc-report")])

add(L("automated", False, None, None, None, False, "en",
      "Delay warning from our own relay ('Delayed Mail (still being retried)', Action: delayed): not a failure, still automatic."),
    ("Mail Delivery System", "MAILER-DAEMON@relay.assistance.example.fr"), "Delayed Mail (still being retried)",
    client="sys", return_path="", auth="none",
    headers=["Auto-Submitted: auto-replied"],
    mtype="multipart/report; report-type=delivery-status",
    parts=[("text/plain; charset=us-ascii", "7bit", """This is the mail system at host relay.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<ce.9767865V@ac-mayotte.fr>: connect to smtp.ac-mayotte.fr: Connection timed out
"""), ("message/delivery-status", "7bit", """Reporting-MTA: dns; relay.assistance.example.fr

Final-Recipient: rfc822; ce.9767865V@ac-mayotte.fr
Action: delayed
Status: 4.4.1
Will-Retry-Until: Mon, 17 Mar 2025 10:02:11 +0100 (CET)
""")])

add(L("automated", False, None, None, None, False, "fr",
      "Exchange Online non-delivery report in French ('Non remis :'), multipart/report."),
    ("Microsoft Outlook", "postmaster@metropole-exemple.fr"), "Non remis : [#SUP-022690] Déploiement Mailinblack",
    client="sys", return_path="", auth="none",
    headers=["Auto-Submitted: auto-replied"],
    mtype="multipart/report; report-type=delivery-status",
    parts=[("text/plain; charset=utf-8", "8bit", """Impossible de remettre le message à ces destinataires ou groupes :

numerique.colleges@metropole-exemple.fr
La boîte aux lettres du destinataire est pleine et ne peut pas accepter
de messages pour le moment. Veuillez réessayer ultérieurement.
"""), ("message/delivery-status", "7bit", """Reporting-MTA: dns;PA4P264MB1234.FRAP264.PROD.OUTLOOK.COM

Final-Recipient: rfc822;numerique.colleges@metropole-exemple.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full
""")])

add(L("automated", False, None, None, None, True, "fr",
      "Host-provided autoresponder with only 'X-Autoreply: yes' and 'X-Autorespond', no Auto-Submitted."),
    ("Association Lire en Réseau", "contact@lire-en-reseau.example.org"), "Re: Abonnement du réseau",
    """Merci pour votre message. L'association Lire en Réseau accompagne les
collèges de l'éducation prioritaire ; nos bénévoles vous répondront
sous une semaine.
""", client="sys", headers=["X-Autoreply: yes", "X-Autorespond: contact@lire-en-reseau.example.org"])

add(L("automated", False, None, None, None, False, "fr",
      "Publisher's marketing newsletter (List-Id, one-click List-Unsubscribe, Precedence: bulk)."),
    ("Éditions Jeunesse Plus", "newsletter@editions-jeunesse-plus.example.com"), "📚 Nos nouveautés pour vos CDI de collège",
    """Découvrez nos nouveautés pour les 11-15 ans !

- « Les mots du quartier », roman graphique
- Une collection « lecture facile » pour les lecteurs fragiles
- -15 % pour les collèges REP et REP+ jusqu'au 31 mai

Se désabonner : https://editions-jeunesse-plus.example.com/unsub?u=8842
""", client="sys", fmt="alt",
    headers=["List-Id: <newsletter.editions-jeunesse-plus.example.com>",
             "List-Unsubscribe: <https://editions-jeunesse-plus.example.com/unsub?u=8842>",
             "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"])

add(L("automated", False, None, None, "esidoc", False, "fr",
      "Monthly usage report generated by the portal and sent from a no-reply address (Auto-Submitted: auto-generated)."),
    ("e-sidoc - statistiques", "no-reply@esidoc.example.fr"), "Votre rapport mensuel de fréquentation",
    """Rapport de fréquentation – février 2025

Visites du portail : 1 284
Connexions élèves via l'ENT : 612
Ressources numériques consultées : 203

Ce rapport est généré automatiquement. Ne répondez pas à ce message.
""", client="sys", fmt="html", headers=["Auto-Submitted: auto-generated"])

# -------------------------------------------------------------------- other
add(L("other", False, None, None, None, False, "fr",
      "A parent asks for her son's ENT login: wrong address, not a service of the desk."),
    ("Samira El Amrani", "samira.elamrani@hotmail.example.fr"), "identifiant ENT de mon fils",
    """Bonjour,

Mon fils est en 5e au collège Jean Vilar et il n'a toujours pas ses
codes pour l'ENT. Le professeur principal m'a donné cette adresse.
Pouvez-vous me les envoyer ?

Merci, Mme El Amrani
""", client="android", fmt="alt", cte="b64", auth="none")

add(L("other", False, None, None, None, False, "es",
      "Spanish. A parent asks how her daughter can read books on the school portal from home: a question for the school, not for the desk."),
    ("Lucía Fernández", "lucia.fernandez.g@gmail.com"), "Acceso de mi hija a los libros del colegio",
    """Buenos días,

Mi hija está en 6e en el collège Romain Rolland. Su profesora dice que
puede leer libros en la página del CDI desde casa, pero no sabemos cómo
entrar. ¿Me pueden ayudar? No hablo bien francés, perdón.

Gracias,
Lucía Fernández
""", client="gm", fmt="alt")

add(L("other", False, None, None, None, True, "fr",
      "Phishing: 'your academic mailbox is full, confirm your password'. Mentions a password but is not password_reset; the look-alike domain is not an académie domain, so no region."),
    ("Service Messagerie Académique", "support@ac-creteil-messagerie.com"), "Votre boîte aux lettres est pleine - action requise",
    """Cher utilisateur,

Votre boîte aux lettres académique a atteint 98 % de sa capacité.
Pour éviter la suspension de votre compte, confirmez votre identifiant
et votre mot de passe dans les 24 heures :

https://ac-creteil-messagerie.com/verification

Service Messagerie
""", client="sys", fmt="html", auth="fail")

add(L("other", False, None, None, None, False, "en",
      "English SEO spam."),
    ("Jessica from RankBoost", "jessica@rankboost-seo.example.net"), "Your website could rank #1 on Google",
    """Hi there,

I was checking your website and noticed a few issues holding back your
Google ranking. We can fix them and get you to page one in 30 days,
guaranteed. Would you be open to a quick call this week?

Best,
Jessica
""", client="sys", auth="none")

add(L("other", False, None, "ile-de-france", "esidoc", True, "fr",
      "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. Region from the ac-creteil.fr sender."),
    ("Samia Kherbouche", "samia.kherbouche@ac-creteil.fr"), "Re: [#SUP-021350] Mot de passe e-sidoc changé par l'ancienne coordonnatrice",
    """Merci beaucoup, le lien a fonctionné et j'ai pu refaire le mot de
passe. Je l'ai noté cette fois, promis ! Bonne journée.

Samia

Le 02/10/2024 à 10:31, Assistance a écrit :
> Bonjour,
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
> officielle de l'établissement.
""", client="tb",
    headers=["In-Reply-To: <SUP-021350.1727857860.4c0d1e@assistance.example.fr>",
             "References: <SUP-021350.1727857860.4c0d1e@assistance.example.fr>"])

add(L("other", False, None, "martinique", None, False, "fr",
      "'Bien reçu, merci' from a phone: nothing to do. Region from the ac-martinique.fr sender."),
    ("Ruddy Célestine", "ruddy.celestine@ac-martinique.fr"), "Re: [#SUP-022301] Plus de mails de la plateforme",
    """Bien reçu, merci.

Envoyé de mon iPhone
""", client="iphone", headers=["In-Reply-To: <SUP-022301.1738000000.9f0e21@assistance.example.fr>"])

add(L("other", False, None, "hauts-de-france", "esidoc", False, "fr",
      "The REP+ coordinator asks for a training session on using the portal with pupils for the network's teachers: no category of its own. Region from the ac-lille.fr sender."),
    ("Sonia Ben Youssef", "sonia.ben-youssef@ac-lille.fr"), "Formation au portail pour les enseignants du réseau",
    """Bonjour,

Dans le cadre des journées de formation REP+ (temps de concertation),
nous aimerions organiser une demi-journée de prise en main du portail
e-sidoc pour les professeurs de français et d'histoire des trois
collèges du réseau de Tourcoing. Proposez-vous ce type d'intervention,
en présentiel ou à distance ?

Sonia Ben Youssef, coordonnatrice REP+
""", client="zimbra")

add(L("other", False, "0629093X", "hauts-de-france", "esidoc", True, "fr",
      "Pupils' access: pupils cannot reach the portal through the ENT single sign-on (error page after ENT login); the staff login works and no subscription is in question. No category fits; a person must look."),
    ("Romane Duhamel", "romane.duhamel@ac-lille.fr"), "Élèves : erreur en passant par l'ENT",
    """Bonjour,

Depuis lundi, quand les élèves cliquent sur la tuile « CDI » de l'ENT,
ils arrivent sur une page « Erreur d'authentification » au lieu du
portail e-sidoc. En accès direct, sans se connecter, le portail
s'affiche. Mon compte d'administration fonctionne normalement.

Collège Anatole France, Calais (REP), 0629093X.

Romane Duhamel, documentaliste
""", client="tb")

add(L("other", False, None, None, None, True, "fr",
      "A pupil writes from a personal address about his ENT password: pupil credentials are not a service of the desk. Not password_reset."),
    ("Rayan", "rayan.du.93@gmail.com"), "mot de passe",
    """bonjour jai oublier mon mot de passe pour me connecter a l ent pour
faire le travail de la doc, ma prof ma dit de vous ecrire. je suis en
4eme B. merci
rayan
""", client="android", fmt="alt", cte="b64")

add(L("other", False, None, None, None, False, "fr",
      "Cold sales prospecting for library furniture funded by the REP+ budget, written to one person (no list headers): other, not automated."),
    ("Thibault Garnier", "t.garnier@mobilier-cdi-exemple.fr"), "Aménagement de CDI - offre éducation prioritaire",
    """Bonjour,

Nous accompagnons de nombreux collèges REP et REP+ dans le
réaménagement de leur CDI (coins lecture, mobilier modulable). Je me
permets de vous proposer un échange de 15 minutes pour vous présenter
nos solutions éligibles aux crédits du réseau.

Bien à vous,
Thibault Garnier, chargé d'affaires
""", client="o365", fmt="alt", cte="qp")

add(L("other", False, None, None, None, False, "fr",
      "GDPR erasure request from a former REP coordinator who left national education: other (human review), not account_creation."),
    ("Aurélien Faure", "aurelien.faure@laposte.example.net"), "Suppression de mes données",
    """Bonjour,

J'ai été coordonnateur REP jusqu'en 2023 et j'avais un compte sur
votre Espace Acheteur. J'ai quitté l'Éducation nationale. Conformément
au RGPD, je vous demande de supprimer mon compte et mes données
personnelles.

Aurélien Faure
""", client="tb")

add(L("other", False, None, "occitanie", None, False, "fr",
      "Angry complaint about an unanswered request that says nothing about the topic: no category can be told. Region from the ac-toulouse.fr sender."),
    ("Jean-Pierre Cazals", "jean-pierre.cazals@ac-toulouse.fr"), "Sans réponse",
    """Bonjour,

Cela fait maintenant trois semaines que j'attends une réponse à ma
demande. Dans l'éducation prioritaire on a déjà assez de difficultés
sans devoir relancer les prestataires. Merci de faire le nécessaire.

J.-P. Cazals
""", client="zimbra")

add(L("other", False, None, None, None, True, "fr",
      "Fake 'unpaid invoice' with an attachment from an unknown domain and failing SPF: phishing, not order_billing."),
    ("Service Recouvrement", "recouvrement@factures-en-ligne.example.biz"), "Facture impayée n°88231 - dernier rappel",
    """Bonjour,

Sauf erreur de notre part, votre facture n°88231 reste impayée. Merci
de consulter le document joint et de régler sous 48 heures afin
d'éviter des frais de recouvrement.

Service Recouvrement
""", client="sys", auth="fail",
    attach=[("application/octet-stream", "Facture_88231.pdf.exe", b"MZ-not-a-real-program")])

add(L("other", False, None, None, None, False, "en",
      "English partnership pitch from an edtech start-up aimed at priority-education schools."),
    ("Olivia Brandt", "olivia@readup-edtech.example.io"), "Partnership: reading app for priority-education schools",
    """Hi team,

ReadUp is a reading-fluency app already used by 40 REP+ collèges. We'd
love to explore an integration with your library portal so that pupils
can launch it in one click. Are you the right contact for partnerships?

Cheers,
Olivia Brandt
Head of Partnerships, ReadUp
""", client="gm", fmt="alt")

add(L("other", False, "0316308N", "occitanie", "esidoc", True, "fr",
      "How to export pupils' usage statistics for the network's annual report: a how-to question, not a subscription or account problem."),
    ("Hélène Castagné", "helene.castagne@ac-toulouse.fr"), "Statistiques d'usage pour le bilan du réseau",
    """Bonjour,

Pour le bilan annuel du REP+ Bellefontaine, la coordonnatrice me demande
le nombre de connexions d'élèves au portail e-sidoc et les ressources
les plus consultées, par niveau si possible. Où trouver ces chiffres
et peut-on les exporter ? Collège Bellefontaine, 0316308N.

Hélène Castagné
""", client="roundcube")

add(L("other", False, None, "auvergne-rhone-alpes", "ticket_portal", False, "fr",
      "How to share a ticket with a colleague on the ticket portal: a how-to question with no category of its own. Region from the ac-lyon.fr sender."),
    ("Nora Belkacem", "nora.belkacem@ac-lyon.fr"), "Partager un ticket avec la coordonnatrice",
    """Bonjour,

Sur le portail de tickets, est-il possible d'ajouter la coordonnatrice
REP+ à un ticket que j'ai ouvert, pour qu'elle suive les échanges
elle aussi ?

Merci,
Nora Belkacem
""", client="tb")

add(L("other", False, None, "ile-de-france", None, False, "fr",
      "A teacher asks for teaching resources on the cité éducative theme: unrelated to the services. Region from the ac-versailles.fr sender."),
    ("Youssef Amrani", "youssef.amrani@ac-versailles.fr"), "Ressources sur l'égalité filles-garçons",
    """Bonjour,

Professeur d'EMC dans un collège REP+ de Mantes-la-Jolie, je cherche
des ressources pédagogiques (vidéos, dossiers) sur l'égalité
filles-garçons pour des élèves de 4e. Auriez-vous des suggestions ?

Youssef Amrani
""", client="zimbra")

add(L("other", False, None, None, None, False, "fr",
      "A person asks by hand to be removed from the newsletter: written by a person, so not automated."),
    ("Gilles Perret", "gilles.perret@orange.example.fr"), "Désinscription",
    """Bonjour, merci de me retirer de votre liste de diffusion, je ne suis plus principal depuis septembre. Cordialement, G. Perret
""", client="ol", charset="windows-1252", cte="qp")

add(L("other", False, None, None, None, False, "fr",
      "French crypto-investment spam."),
    ("Investir Malin", "contact@investir-malin.example.xyz"), "Doublez votre épargne en 30 jours avec le Bitcoin",
    """Bonjour,

Les enseignants aussi ont droit à un complément de revenu ! Notre
robot de trading automatique vous garantit +100 % en 30 jours.
Inscrivez-vous dès maintenant, places limitées.

L'équipe Investir Malin
""", client="sys", fmt="html", auth="fail")


# --------------------------------------------------------------- writing out
def sender_region(address):
    return DOMAIN_REGION.get(address.rsplit("@", 1)[-1].lower())


def main():
    assert len(MAILS) == 150, len(MAILS)
    order = list(range(len(MAILS)))
    rng.shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        fname = "h%03d.eml" % n
        data = build(m)
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(data)
        lab = {"file": fname}
        lab.update(m["label"])
        labels.append(lab)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


def check():
    keys = ["file", "category", "auto_reply_ok", "uai", "region", "platform",
            "hard", "lang", "notes"]
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    assert len(labels) == 150, len(labels)
    emls = sorted(x for x in os.listdir(HERE) if x.endswith(".eml"))
    assert emls == ["h%03d.eml" % i for i in range(1, 151)], emls[:3]
    assert [lab["file"] for lab in labels] == emls
    for lab in labels:
        assert list(lab) == keys, lab
        with open(os.path.join(HERE, lab["file"]), "rb") as f:
            msg = BytesParser(policy=policy.default).parse(f)
        assert msg["From"] and msg["Subject"] is not None and msg["Message-ID"], lab["file"]
        assert msg["To"] and "support@assistance.example.fr" in str(msg["To"]), lab["file"]
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()  # decodes without error
        cat = lab["category"]
        assert cat in CATEGORIES, lab
        if cat in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, lab
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        assert lab["platform"] in PLATFORMS, lab
        assert lab["notes"] and lab["lang"], lab
        address = parseaddr(str(msg["From"]))[1]
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), lab
            raw = open(os.path.join(HERE, lab["file"]), "rb").read().decode("utf-8", "replace")
            text = raw + "".join(p.get_content() for p in msg.walk() if p.get_content_maintype() == "text")
            assert lab["uai"].lower() in text.lower(), lab
            expected = DEPT_REGION[lab["uai"][:3]]
        else:
            expected = sender_region(address)
        assert lab["region"] == expected, (lab["file"], lab["region"], expected)
    from collections import Counter
    cats = Counter(lab["category"] for lab in labels)
    print("ok: 150 mails;", dict(sorted(cats.items())),
          "auto_reply_ok:", sum(lab["auto_reply_ok"] for lab in labels),
          "hard:", sum(lab["hard"] for lab in labels))


if __name__ == "__main__":
    main()
