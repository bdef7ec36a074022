#!/usr/bin/env python3
"""Build the holdout97 blind test corpus (150 hand-written support mails).

Theme: new accounts in September-October across Ile-de-France (account
creation, administrators to designate, accounts pending validation, structures
missing from the list), mixed with password resets and missing activation mails.

Every mail text below is written by hand; this script only wraps each text in
headers and a transfer encoding, writes h001.eml ... h150.eml and labels.jsonl
next to itself, then re-reads everything and asserts it is right.
Standard library only, deterministic (fixed seed).
"""
import datetime
import html as htmlmod
import json
import random
import re
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
RNG = random.Random(970097)
SUPPORT = "Assistance <support@assistance.example.fr>"
IDF = "ile-de-france"
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

CATEGORIES = [
    "password_reset", "missing_noreply_mail", "mailinblack_spam", "account_creation",
    "subscription_activation", "head_of_establishment_request", "order_billing",
    "contract_documents", "transfer_incident", "automated", "other",
]
AUTO_ALLOWED = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
                "account_creation", "subscription_activation"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]

# regions.md: departement -> region, academie domain -> region
_REG = {
    "auvergne-rhone-alpes": ("01 03 07 15 26 38 42 43 63 69 73 74", "ac-clermont.fr ac-grenoble.fr ac-lyon.fr"),
    "bourgogne-franche-comte": ("21 25 39 58 70 71 89 90", "ac-besancon.fr ac-dijon.fr"),
    "bretagne": ("22 29 35 56", "ac-rennes.fr"),
    "centre-val-de-loire": ("18 28 36 37 41 45", "ac-orleans-tours.fr"),
    "corse": ("620 720", "ac-corse.fr"),
    "grand-est": ("08 10 51 52 54 55 57 67 68 88", "ac-nancy-metz.fr ac-reims.fr ac-strasbourg.fr"),
    "hauts-de-france": ("02 59 60 62 80", "ac-amiens.fr ac-lille.fr"),
    "ile-de-france": ("75 77 78 91 92 93 94 95", "ac-creteil.fr ac-paris.fr ac-versailles.fr"),
    "normandie": ("14 27 50 61 76", "ac-normandie.fr ac-caen.fr ac-rouen.fr"),
    "nouvelle-aquitaine": ("16 17 19 23 24 33 40 47 64 79 86 87", "ac-bordeaux.fr ac-limoges.fr ac-poitiers.fr"),
    "occitanie": ("09 11 12 30 31 32 34 46 48 65 66 81 82", "ac-montpellier.fr ac-toulouse.fr"),
    "pays-de-la-loire": ("44 49 53 72 85", "ac-nantes.fr"),
    "provence-alpes-cote-d-azur": ("04 05 06 13 83 84", "ac-aix-marseille.fr ac-nice.fr"),
    "guadeloupe": ("971", "ac-guadeloupe.fr"),
    "martinique": ("972", "ac-martinique.fr"),
    "guyane": ("973", "ac-guyane.fr"),
    "la-reunion": ("974", "ac-reunion.fr"),
    "mayotte": ("976", "ac-mayotte.fr"),
}
DEPT_REGION, DOMAIN_REGION = {}, {}
for _r, (_deps, _doms) in _REG.items():
    for _d in _deps.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _r
    for _m in _doms.split():
        DOMAIN_REGION[_m] = _r


def uai_ok(code):
    code = code.upper()
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and LETTERS[int(code[:7]) % 23] == code[7]


MAILS = []


def M(category, ok, uai, region, platform, hard, lang, notes, **mail):
    MAILS.append({"label": dict(category=category, auto_reply_ok=ok, uai=uai, region=region,
                                platform=platform, hard=hard, lang=lang, notes=notes),
                  "mail": mail})


# ---------------------------------------------------------------- wrapping ---

def _hex(n):
    return "".join(RNG.choice("0123456789ABCDEF") for _ in range(n))


def _alnum(n):
    return "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def _date():
    day = datetime.date(2024, 9, 2) + datetime.timedelta(days=RNG.randrange(0, 47))
    if day.weekday() >= 5 and RNG.random() < 0.8:
        day -= datetime.timedelta(days=day.weekday() - 4)
    t = datetime.datetime(day.year, day.month, day.day, RNG.randint(7, 18), RNG.randint(0, 59),
                          RNG.randint(0, 59), tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    return t


def _msgid(client, domain):
    if client == "outlook":
        box = "PR%dP264MB%04d" % (RNG.randint(0, 3), RNG.randint(1000, 9999))
        return "<%s%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (box, _hex(28), box)
    if client == "gmail":
        return "<CA%s@mail.gmail.com>" % _alnum(44).replace("a", "+", 1)
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randint(100000000, 999999999),
                                                  RNG.randint(1000000, 9999999), RNG.randint(10**12, 10**13), domain)
    if client in ("apple", "iphone"):
        return "<%s-%s-%s-%s-%s@%s>" % (_hex(8), _hex(4), _hex(4), _hex(4), _hex(12), domain)
    if client == "thunderbird":
        return "<%s-%s-%s-%s-%s@%s>" % (_hex(8).lower(), _hex(4).lower(), _hex(4).lower(),
                                        _hex(4).lower(), _hex(12).lower(), domain)
    return "<%s.%s@%s>" % (_alnum(16), RNG.randint(1000, 99999), domain)


CLIENT_HEADERS = {
    "outlook": lambda: [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", _alnum(30) + "=="),
                        ("Content-Language", "fr")],
    "gmail": lambda: [],
    "thunderbird": lambda: [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")],
    "apple": lambda: [("X-Mailer", "Apple Mail (2.3774.600.62)")],
    "iphone": lambda: [("X-Mailer", "iPhone Mail (21G93)")],
    "zimbra": lambda: [("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF130 (Win)/9.0.0_ZEXTRAS_20240927)"),
                       ("Thread-Topic", None)],
    "webmail": lambda: [("User-Agent", "Roundcube Webmail/1.6.6")],
}

RELAY = {
    "outlook": "%s.outbound.protection.outlook.com",
    "gmail": "mail-wr1-f%d.google.com",
}


def to_html(body, client):
    blocks, quote = [], []

    def flush_quote():
        if quote:
            blocks.append("<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">"
                          + "<br>\n".join(htmlmod.escape(q) for q in quote) + "</blockquote>")
            quote.clear()
    for line in body.split("\n"):
        if line.startswith(">"):
            quote.append(line.lstrip("> ").rstrip())
            continue
        flush_quote()
        blocks.append(htmlmod.escape(line) if line.strip() else "")
    flush_quote()
    if client == "outlook":
        inner = "\n".join("<p class=\"MsoNormal\">%s<o:p></o:p></p>" % (b or "&nbsp;") for b in blocks)
        return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n"
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
                "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
                "<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} --></style>\n"
                "</head>\n<body lang=\"FR\" link=\"#0563C1\" vlink=\"#954F72\">\n<div class=\"WordSection1\">\n"
                + inner + "\n</div>\n</body>\n</html>\n")
    if client == "gmail":
        return "<div dir=\"ltr\">" + "<br>\n".join(blocks) + "</div>\n"
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family: arial, helvetica, sans-serif; font-size: 12pt\">\n"
            + "\n".join("<div>%s</div>" % (b or "<br>") for b in blocks) + "\n</body></html>\n")


def build(mail):
    date = _date()
    if "raw" in mail:
        text = mail["raw"].strip("\n") + "\n"
        dom = mail.get("mid_domain", "mx.example.net")
        text = text.replace("{DATE}", format_datetime(date)).replace(
            "{MID}", "<%s.%d@%s>" % (_alnum(20), RNG.randint(10000, 99999), dom)).replace(
            "{ODATE}", format_datetime(date - datetime.timedelta(minutes=RNG.randint(1, 30)))).replace(
            "{OMID}", "<%s@assistance.example.fr>" % _alnum(24)).replace(
            "{QID}", _hex(10))
        return text.encode("utf-8")
    client = mail.get("client", "outlook")
    name, addr = parseaddr(mail["frm"])
    domain = addr.rsplit("@", 1)[1]
    msg = EmailMessage()
    rp = mail.get("return_path", addr)
    msg["Return-Path"] = "<%s>" % rp
    msg["Delivered-To"] = "support@assistance.example.fr"
    if client == "outlook" and not domain.startswith("ac-") and "ac-" not in domain:
        relay = "PAUP264CU%03d.outbound.protection.outlook.com" % RNG.randint(1, 9)
    elif client == "gmail":
        relay = "mail-wr1-f%d.google.com" % RNG.randint(41, 99)
    else:
        relay = "smtp%d.%s" % (RNG.randint(1, 4), domain)
    msg["Received"] = ("from %s (%s [192.0.2.%d]) by mx1.assistance.example.fr (Postfix) with ESMTPS id %s "
                       "for <support@assistance.example.fr>; %s" % (relay, relay, RNG.randint(2, 250),
                                                                     _alnum(15), format_datetime(date)))
    auth = mail.get("auth", "pass")
    msg["Authentication-Results"] = ("mx1.assistance.example.fr; dkim=%s header.d=%s; spf=%s smtp.mailfrom=%s; "
                                     "dmarc=%s header.from=%s" % (auth, domain, auth, domain, auth, domain))
    msg["From"] = mail["frm"]
    msg["To"] = mail.get("to", SUPPORT)
    if mail.get("cc"):
        msg["Cc"] = mail["cc"]
    msg["Subject"] = mail["subj"]
    msg["Date"] = format_datetime(date if client != "outlook" else date.astimezone(datetime.timezone.utc))
    msg["Message-ID"] = _msgid(client, domain)
    if mail.get("reply"):
        ref = "<%s@assistance.example.fr>" % _alnum(22)
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in CLIENT_HEADERS[client]():
        if v is None:
            v = mail["subj"]
        msg[k] = v
    for k, v in mail.get("hdrs", {}).items():
        msg[k] = v
    body = mail["body"].strip("\n") + "\n"
    cte = mail.get("cte", "quoted-printable")
    charset = mail.get("charset", "utf-8")
    mode = mail.get("html")
    if mode == "only":
        msg.set_content(to_html(body, client), subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(body, charset=charset, cte=cte)
        if mode == "alt":
            msg.add_alternative(to_html(body, client), subtype="html", charset=charset, cte=cte)
    for fname, ctype, data in mail.get("attach", []):
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary({"outlook": "_000_%s_" % _hex(24),
                               "thunderbird": "------------%s" % _alnum(24),
                               "gmail": "0000000000%s" % _hex(12).lower(),
                               "apple": "Apple-Mail=_%s-%s" % (_hex(8), _hex(4))}.get(
                                   client, "=_%s" % _alnum(26)))
    return msg.as_bytes(policy=policy.default)


PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
       b"\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82")


def PDF(title):
    return ("%%PDF-1.4\n1 0 obj << /Title (%s) >> endobj\ntrailer << /Root 1 0 R >>\n%%%%EOF\n" % title).encode()


# ------------------------------------------------------------------ mails ----
# ======================= account_creation (30) ===============================

M("account_creation", True, "0937174T", IDF, "espace_acheteur", False, "fr",
  "New gestionnaire since 2 September asks how to create her Espace Acheteur account; the sign-up answer fits.",
  frm="Nadia Benhamou <nadia.benhamou@ac-creteil.fr>", client="outlook", html="alt",
  subj="Création de compte Espace Acheteur - nouvelle gestionnaire",
  body="""Bonjour,

J'ai pris mes fonctions de gestionnaire au collège Pablo Neruda de Stains le 2 septembre. Mon prédécesseur est parti à la retraite et je dois maintenant passer les commandes de l'établissement.

Comment dois-je faire pour me créer un compte sur l'Espace Acheteur ? Faut-il un code particulier ?

Je vous remercie par avance.

Nadia Benhamou
Gestionnaire - Collège Pablo Neruda
0937174T
Tél. 01 48 21 xx xx""")

M("account_creation", True, "0910425T", IDF, "espace_acheteur", False, "fr",
  "Filled the sign-up form, account shown as waiting for validation by the structure's administrator: FAQ case.",
  frm="Sébastien Morel <sebastien.morel@ac-versailles.fr>", client="zimbra",
  subj="compte en attente de validation",
  body="""Bonjour,

Je me suis inscrit sur l'espace acheteur il y a 8 jours. Quand je me connecte, j'ai le message "Votre compte est en attente de validation par l'administrateur de votre structure".
Combien de temps cela prend-il en général ? Est-ce que je dois faire quelque chose de plus ?

Cordialement
S. Morel
Adjoint gestionnaire, lycée Robert Doisneau, Corbeil-Essonnes
UAI 0910425T""")

M("account_creation", False, None, None, "espace_acheteur", False, "fr",
  "A small commune in Seine-et-Marne is not in the list of structures in the sign-up form: the sales team must add it.",
  frm="Mairie de Saint-Ouen-sur-Morin <secretariat.mairie@saintouensurmorin.fr>", client="webmail", cte="8bit",
  subj="Notre commune n'apparait pas dans la liste",
  body="""Madame, Monsieur,

Je suis secrétaire de mairie et je souhaite créer un compte pour commander les fournitures de notre école communale (une classe unique).
Dans le formulaire d'inscription, au moment de choisir la structure, notre commune n'apparait pas dans la liste déroulante. J'ai essayé "Saint Ouen", "St Ouen sur Morin", rien.

Que faut-il faire ?

Bien cordialement,
Christine Aubry
Secrétaire de mairie
Saint-Ouen-sur-Morin (77)""")

M("account_creation", False, "0959099Z", IDF, "espace_acheteur", True, "fr",
  "Lycée opened in September 2024: its UAI is not in the structure list yet, so the sales team must create the structure; an address with 'ac-versailles' is only in the signature text.",
  frm="Hugo Lefranc <hlefranc.gestion@gmail.com>", client="gmail", html="alt",
  subj="Nouveau lycée - UAI introuvable à l'inscription",
  body="""Bonjour,

Le lycée Simone Veil de Cergy-le-Haut a ouvert ses portes à la rentrée 2024. Lorsque je tente de créer notre compte sur votre Espace Acheteur, le code UAI 0959099Z n'est pas reconnu et l'établissement n'est pas proposé dans la liste.

Notre adresse académique n'est pas encore active, c'est pourquoi je vous écris depuis ma boîte personnelle.

Pouvez-vous ajouter l'établissement ?

Hugo Lefranc
Gestionnaire matériel
Lycée Simone Veil - Cergy (95)
(future adresse : gestion.0959099Z@ac-versailles.fr)""")

M("account_creation", False, None, None, "espace_acheteur", False, "en",
  "English; a private international school asks for a buyer account: a person must check eligibility.",
  frm="Rebecca Holt <r.holt@bis-paris-ouest.org>", client="apple",
  subj="Opening a buyer account for our school",
  body="""Hello,

I am the bursar of the British International School Paris Ouest in Croissy-sur-Seine. Some French colleagues told me your purchasing platform is the easiest way to order library and classroom supplies.

We are a private school (not under contract with the Ministry). Can we open a buyer account, and if so, what do you need from us? I tried the sign-up page but I do not know which structure to pick.

Kind regards,

Rebecca Holt
Bursar
BIS Paris Ouest""")

M("account_creation", False, None, IDF, "espace_acheteur", False, "fr",
  "Asks who the administrator of the structure is: a look-up is needed, a person answers; region from the ac-creteil.fr domain.",
  frm="Fatou Diallo <fatou.diallo1@ac-creteil.fr>", client="zimbra",
  subj="Qui est l administrateur de notre compte ?",
  body="""Bonjour

Je suis arrivée au collège Jean Moulin de Torcy comme secrétaire d'intendance. On me dit de demander la validation de mon compte à "l'administrateur de la structure" mais personne ici ne sait qui c'est !

Pouvez vous me dire qui est déclaré comme administrateur chez vous pour notre établissement ?

Merci
Fatou Diallo""")

M("account_creation", True, "0755165G", IDF, "esidoc", False, "fr",
  "New professeure documentaliste asks how to get a back-office account on the school's e-sidoc portal.",
  frm="Claire Vasseur <claire.vasseur@ac-paris.fr>", client="thunderbird",
  subj="Accès e-sidoc nouvelle documentaliste",
  body="""Bonjour,

Je viens d'être nommée professeure documentaliste au collège Georges Brassens (Paris 19e, RNE 0755165G). Ma collègue est partie dans l'académie de Lyon et je n'ai aucun accès au back-office du portail e-sidoc.

Comment puis-je obtenir mon propre compte ?

Merci beaucoup,
Claire Vasseur
CDI du collège Georges Brassens""")

M("account_creation", True, "0771757S", IDF, "espace_acheteur", True, "fr",
  "Negation: 'je n'ai pas oublie mon mot de passe', she never had an account; wants to create one, not a reset.",
  frm="Sandrine Pottier <sandrine.pottier77@orange.fr>", client="webmail", cte="8bit",
  subj="pas un mot de passe oublie",
  body="""bonjour,
je n'ai pas oublie mon mot de passe : je n'en ai jamais eu ! votre site me propose "mot de passe oublié" a chaque fois mais je n'ai pas de compte.
je suis la nouvelle intendante du college Louis Braille a Esbly (0771757S) et je veux juste m'inscrire pour pouvoir commander.
par ou commencer ?
merci
S. Pottier""")

M("account_creation", False, "0921160L", IDF, "espace_acheteur", False, "fr",
  "The former administrator retired in July; the gestionnaire asks how to designate a new one so pending accounts can be validated.",
  frm="Olivier Garnier <olivier.garnier@ac-versailles.fr>", client="outlook", html="alt",
  subj="Désignation d'un nouvel administrateur",
  body="""Bonjour,

L'administratrice de notre structure sur l'Espace Acheteur, Mme Lemaire, est partie à la retraite en juillet. Depuis, trois collègues ont créé leur compte et restent "en attente de validation".

Quelle est la procédure pour désigner un nouvel administrateur ? Est-ce à moi de le faire en tant que gestionnaire ou faut-il un courrier du proviseur ?

Cordialement,

Olivier Garnier
Gestionnaire
Lycée Jacques Prévert - Boulogne-Billancourt
0921160L""")

M("account_creation", False, "0929550F", IDF, "espace_acheteur", False, "fr",
  "Account works but lacks the right to validate baskets: rights to open, a person must do it.",
  frm="Marc Tessier <marc.tessier@ac-versailles.fr>", client="outlook",
  subj="Droits de validation des commandes",
  body="""Bonjour,

Mon compte a été validé la semaine dernière, merci. En revanche je ne vois pas le bouton "Valider le panier", seulement "Enregistrer". Je suis pourtant l'ordonnateur délégué pour les commandes du collège.

Pourriez-vous m'ouvrir les droits de validation ?

Marc Tessier
Adjoint gestionnaire
Collège Anatole France, Sèvres - UAI 0929550F""")

M("account_creation", True, "0771053B", IDF, "espace_acheteur", True, "fr",
  "UAI written in lower case (0771053b); account still pending validation after a week: FAQ case.",
  frm="Julie Marchand <julie.marchand@ac-creteil.fr>", client="iphone", cte="8bit",
  subj="Inscription",
  body="""Bonjour
Inscription faite le 9/09 pour le collège 0771053b, toujours en attente de validation.
C normal ?
Julie Marchand

Envoyé de mon iPhone""")

M("account_creation", True, "0932102E", IDF, "espace_acheteur", True, "fr",
  "UAI written with spaces ('0932 102 E'); account waiting for validation by the structure administrator.",
  frm="Karim Haddad <karim.haddad@ac-creteil.fr>", client="thunderbird",
  subj="Compte toujours en attente",
  body="""Bonjour,

Je me suis inscrit sur la plateforme le 16 septembre pour le lycée Paul Éluard (Saint-Denis), code 0932 102 E.
Mon compte est toujours marqué "en attente de validation". Je ne sais pas qui doit le valider.

Merci pour votre aide,

Karim Haddad
Professeur documentaliste""")

M("account_creation", False, None, IDF, "espace_acheteur", True, "fr",
  "The UAI typed as 0924133R has a wrong check letter (the digits give 0924133T), which is probably why the structure is not found; no valid UAI, region from ac-versailles.fr.",
  frm="Amélie Renard <amelie.renard@ac-versailles.fr>", client="outlook", html="alt",
  subj="Établissement non trouvé dans la liste des structures",
  body="""Bonjour,

Je souhaite créer un compte acheteur pour le collège Romain Rolland de Clamart. Quand je saisis notre code UAI 0924133R dans le formulaire, le site répond "aucune structure trouvée".

L'établissement est-il bien référencé chez vous ?

Bien à vous,

Amélie Renard
Secrétariat d'intendance""")

M("account_creation", False, "0786031G", IDF, "espace_acheteur", True, "fr",
  "Two topics: an account to create for the new adjointe and a question about an unpaid invoice; a person must read both.",
  frm="Thierry Blanc <thierry.blanc@ac-versailles.fr>", client="outlook", html="alt",
  subj="Nouvelle collègue + facture",
  body="""Bonjour,

Deux points :

1) Notre nouvelle adjointe gestionnaire, Mme Samia Khelifi, doit pouvoir passer des commandes. Doit-elle créer elle-même son compte ou pouvez-vous l'ajouter à notre structure ?

2) Nous avons reçu une relance pour la facture de juin alors qu'elle a été payée le 12 juillet par mandat. Pouvez-vous vérifier ?

Merci,

Thierry Blanc
Gestionnaire - Lycée Jules Ferry, Versailles
RNE : 0786031G""")

M("account_creation", True, "0941016U", IDF, "espace_acheteur", True, "fr",
  "Reply quoting an old password-reset exchange, but the new text asks how a new colleague creates an account: account_creation.",
  frm="Patricia Nguyen <patricia.nguyen@ac-creteil.fr>", client="outlook", reply=True,
  subj="RE: [Ticket #48213] Mot de passe oublié",
  body="""Bonjour,

Je reviens vers vous sur un autre sujet : une nouvelle collègue, Mme Roux, arrive au service intendance. Comment doit-elle procéder pour se créer un compte rattaché à notre collège ?

Merci,
Patricia Nguyen
Collège Elsa Triolet - Champigny-sur-Marne - 0941016U

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 20 juin 2024 10:14
À : Patricia Nguyen <patricia.nguyen@ac-creteil.fr>
Objet : [Ticket #48213] Mot de passe oublié

Bonjour,
Un lien de réinitialisation de votre mot de passe vient d'être envoyé à l'adresse de l'administrateur.
Cordialement,
L'équipe Assistance""")

M("account_creation", True, "0783841B", IDF, "esidoc", False, "en",
  "English; new librarian of an international lycée wants an e-sidoc account; the FAQ answer fits.",
  frm="Daniel Fraser <daniel.fraser@ac-versailles.fr>", client="gmail",
  subj="New librarian - e-sidoc account",
  body="""Hi,

I started this September as librarian of the international section at Lycée international de Saint-Germain-en-Laye (UAI 0783841B). I need an account on the e-sidoc back office to manage the English collection.

How do I get one? Thanks in advance.

Best,
Daniel Fraser""")

M("account_creation", True, "0913995Y", IDF, "espace_acheteur", False, "fr",
  "Account pending for three weeks; the principal is the administrator but does not know where to validate: the validation guide answers it.",
  frm="Corinne Lambert <corinne.lambert@ac-versailles.fr>", client="zimbra",
  subj="Validation des comptes - où ?",
  body="""Bonjour,

Nous sommes trois à avoir créé notre compte depuis la rentrée au collège Le Parc aux Charrettes (Pussay, 0913995Y). M. le principal est bien l'administrateur de la structure mais il ne trouve pas où valider nos inscriptions dans son espace.

Existe-t-il un guide ?

Corinne Lambert, secrétaire de direction""")

M("account_creation", True, "0941070C", IDF, "espace_acheteur", True, "fr",
  "UAI only in the ce.0941070C@ac-creteil.fr sender address; the secretariat asks why its new account is still pending.",
  frm="Secrétariat Collège <ce.0941070C@ac-creteil.fr>", client="zimbra",
  subj="Inscription en attente",
  body="""Bonjour,

Nous avons créé un compte pour le secrétariat du collège le 23 septembre. Il est toujours en attente de validation. Est-ce normal ?

Merci d'avance,
Le secrétariat""")

M("account_creation", False, "0918714C", IDF, "espace_acheteur", False, "fr",
  "A groupement de commandes of three collèges is not a structure in the list: the sales team must decide how to register it.",
  frm="Lionel Caron <lionel.caron@ac-versailles.fr>", client="outlook", html="alt",
  subj="Groupement de commandes - structure absente de la liste",
  body="""Bonjour,

Les trois collèges du secteur d'Étampes ont constitué un groupement de commandes pour les fournitures du CDI, dont notre collège (0918714C) est le coordonnateur.

Le groupement n'existe pas dans la liste des structures de l'Espace Acheteur. Faut-il créer le compte au nom de notre collège ou pouvez-vous créer une structure "Groupement" ?

Cordialement,

Lionel Caron
Gestionnaire""")

M("account_creation", False, None, None, "espace_acheteur", False, "fr",
  "Private école under contract, not in the structure list; asks to be added: sales team.",
  frm="Ecole Sainte-Thérèse <direction@ecole-ste-therese-rambouillet.fr>", client="apple",
  subj="Ajout de notre école à la liste",
  body="""Bonjour,

Notre école privée sous contrat (Rambouillet) ne figure pas dans la liste des structures proposées à l'inscription. Nous aimerions pourtant commander par votre intermédiaire pour cette année scolaire.

Pouvez-vous nous indiquer la marche à suivre ?

Sœur Marie-Agnès
Directrice""")

M("account_creation", True, "0753187G", IDF, "espace_acheteur", False, "fr",
  "New secretary asks how to create her account and which identifier to use: sign-up answer.",
  frm="Inès Ferreira <ines.ferreira@ac-paris.fr>", client="outlook",
  subj="creation compte secretariat",
  body="""Bonjour,

Je suis la nouvelle secrétaire de direction du lycée Voltaire (Paris 11e). On m'a demandé de m'inscrire sur votre plateforme. Dois-je utiliser le numéro UAI 0753187G comme identifiant ou mon adresse mail ?

Merci
Inès Ferreira""")

M("account_creation", True, "0952291Z", IDF, "esidoc", False, "fr",
  "The CDI team wants accounts for four colleagues; each one signs up and the administrator validates: FAQ answer.",
  frm="Mathilde Gauthier <mathilde.gauthier@ac-versailles.fr>", client="thunderbird", html="alt",
  subj="Comptes pour l'équipe du CDI",
  body="""Bonjour,

Nous sommes quatre professeurs documentalistes au lycée Camille Pissarro (Pontoise) cette année. Seule ma collègue a un compte sur e-sidoc. Comment créer des comptes pour les trois autres ?

UAI : 0952291Z

Cordialement,
Mathilde Gauthier""")

M("account_creation", False, None, None, "espace_acheteur", False, "fr",
  "Wants to sign up with a personal Gmail address: whether that is allowed needs a person.",
  frm="Yanis B <yanis.b93@gmail.com>", client="gmail", cte="base64",
  subj="inscription espace acheteur",
  body="""Bjr,
je voudrais m'inscrire sur l'espace acheteur pour le college mais je n'ai pas encore mon adresse academique (arrivé lundi). C'est possible avec mon adresse perso en attendant ?
Yanis""")

M("account_creation", False, None, None, "espace_acheteur", False, "en",
  "English; the IT lead of a town runs 12 schools and asks how structure administrators are designated: needs a person.",
  frm="Mehdi Arfaoui <m.arfaoui@ville-noisy-exemple.fr>", client="outlook", html="alt",
  subj="Administrator setup for 12 primary schools",
  body="""Hello,

I manage IT for the town's 12 primary schools. Each school head will create an account on the buyer space this month.

Who should be the administrator of each structure: the head of each school, or can a single person in the town hall validate all accounts? We want to set this up correctly from the start.

Thanks,
Mehdi Arfaoui
IT department, Noisy town hall""")

M("account_creation", False, "0932486X", IDF, "espace_acheteur", False, "fr",
  "Sign-up was refused and she does not know why: a person must look at it.",
  frm="Aurélie Mercier <aurelie.mercier@ac-creteil.fr>", client="outlook",
  subj="Inscription refusée ???",
  body="""Bonjour,

J'ai reçu ce matin un message m'indiquant que ma demande d'inscription avait été refusée. Aucune explication. Je suis pourtant bien gestionnaire du collège Jean Vilar à Villetaneuse (0932486X).

Pouvez-vous m'expliquer ?

Aurélie Mercier""")

M("account_creation", False, "0948302N", IDF, "espace_acheteur", True, "fr",
  "Account attached to the wrong structure (the lycée with the same name, 0948782K, also mentioned); the collège 0948302N is hers: a person must move it.",
  frm="Stéphanie Roche <stephanie.roche@ac-creteil.fr>", client="zimbra",
  subj="Mauvais établissement rattaché à mon compte",
  body="""Bonjour,

En m'inscrivant j'ai choisi par erreur le lycée Louise Michel (0948782K) au lieu du collège Louise Michel (0948302N), qui est mon établissement. Mon compte a été validé... par le lycée !

Pouvez-vous rattacher mon compte au collège ?

Stéphanie Roche
Adjointe gestionnaire, collège Louise Michel""")

M("account_creation", True, "0773931E", IDF, "espace_acheteur", True, "fr",
  "Says the activation mail never came, but the site now shows the account waiting for validation: the real state is pending validation.",
  frm="Valérie Dumont <valerie.dumont@ac-creteil.fr>", client="outlook", html="only",
  subj="Inscription : pas de mail mais compte en attente ?",
  body="""Bonjour,

Je me suis inscrite lundi. Je n'ai reçu aucun mail de confirmation, mais quand j'essaie de me connecter le site affiche "compte en attente de validation par l'administrateur".

Dois-je attendre un mail ou la validation ?

Valérie Dumont
Collège Van Gogh - Meaux - 0773931E""")

M("account_creation", False, "0940034B", IDF, "espace_acheteur", False, "fr",
  "The current administrator asks to add a second administrator for the structure: rights to open.",
  frm="Bruno Leclerc <bruno.leclerc@ac-creteil.fr>", client="thunderbird",
  subj="Ajout d'un second administrateur",
  body="""Bonjour,

Je suis administrateur de la structure "Lycée Guillaume Budé - Limeil-Brévannes" (0940034B). Je serai en congé à partir de novembre et je souhaiterais que ma collègue Mme Petit puisse valider les comptes en mon absence.

Est-il possible de déclarer un second administrateur ?

Bruno Leclerc
Gestionnaire""")

M("account_creation", False, "0930379G", IDF, "espace_acheteur", True, "fr",
  "Cité scolaire with two UAIs, the collège 0930360L and the lycée 0930379G; the account is for the lycée's gestionnaire, which UAI to use needs a person.",
  frm="Jérôme Petitjean <jerome.petitjean@ac-creteil.fr>", client="outlook", html="alt",
  subj="Cité scolaire : quel UAI pour l'inscription ?",
  body="""Bonjour,

Je suis gestionnaire de la cité scolaire de Montreuil, qui regroupe un collège (0930360L) et un lycée (0930379G). Je veux créer un compte pour les achats du lycée.

Si je m'inscris avec le lycée, pourrai-je aussi commander pour le collège, ou faut-il deux comptes ?

Merci
Jérôme Petitjean""")

M("account_creation", False, "0910340A", IDF, "ecoledirecte", False, "fr",
  "Asks to open EcoleDirecte accounts with the right profile for six new teachers: rights to open, a person does it.",
  frm="Laurent Picard <laurent.picard@ac-versailles.fr>", client="outlook",
  subj="Comptes EcoleDirecte nouveaux enseignants",
  body="""Bonjour,

Six nouveaux professeurs sont arrivés au collège (0910340A). Je les ai bien créés dans EcoleDirecte mais ils n'ont pas accès au cahier de textes ni aux notes : le profil "enseignant" ne s'applique pas.

Pourriez-vous regarder ce qui bloque ?

Laurent Picard
Référent numérique""")
# ======================= password_reset (22) =================================

M("password_reset", True, "0750271M", IDF, "esidoc", False, "fr",
  "Documentaliste back from the summer cannot remember the e-sidoc back-office password; UAI in the signature.",
  frm="Agnès Royer <agnes.royer@ac-paris.fr>", client="zimbra",
  subj="Mot de passe e-sidoc oublié",
  body="""Bonjour,

Après deux mois de vacances, impossible de me souvenir du mot de passe du back-office e-sidoc. Pouvez-vous me renvoyer un lien ?

Merci !
Agnès Royer
Professeure documentaliste
Lycée Hélène Boucher - 0750271M""")

M("password_reset", True, None, None, "espace_acheteur", False, "fr",
  "Short, no accents: forgotten password on the buyer space, no UAI, personal address.",
  frm="didier.marchal@free.fr", client="webmail", cte="7bit", charset="us-ascii",
  subj="mdp oublie",
  body="""bonjour
mdp oublie pour l espace acheteur, pouvez vous me le renvoyer svp
didier marchal
intendance college""")

M("password_reset", True, "0774462G", IDF, "espace_acheteur", False, "fr",
  "The reset link received on Friday has expired; asks for a new one.",
  frm="Hélène Carpentier <helene.carpentier@ac-creteil.fr>", client="outlook", html="alt",
  subj="Lien de réinitialisation expiré",
  body="""Bonjour,

J'ai demandé un nouveau mot de passe vendredi mais je n'ai ouvert le mail que ce lundi : le lien indique "lien expiré". Pouvez-vous m'en renvoyer un ?

Cordialement,

Hélène Carpentier
Gestionnaire
Collège Fernand Gregh - Champagne-sur-Seine
UAI 0774462G""")

M("password_reset", True, "0786095B", IDF, "espace_acheteur", False, "fr",
  "Account locked after too many wrong attempts.",
  frm="Francis Lebon <francis.lebon@ac-versailles.fr>", client="thunderbird",
  subj="Compte bloqué",
  body="""Bonjour,

Après plusieurs essais mon compte est bloqué ("trop de tentatives"). Je suis l'administrateur de la structure Lycée Hoche, 0786095B.

Merci de me débloquer ou de m'envoyer un nouveau mot de passe.

F. Lebon""")

M("password_reset", True, "0929410D", IDF, "esidoc", False, "en",
  "English; forgot the e-sidoc password, UAI given in the body.",
  frm="Sarah Mitchell <sarah.mitchell@ac-versailles.fr>", client="gmail", html="alt",
  subj="Forgotten password",
  body="""Hello,

I can't log in to our school library portal any more, I forgot my password over the summer. Our school code is 0929410D (Lycée Marie Curie, Sceaux).

Could you send me a reset link?

Thank you,
Sarah Mitchell
Teacher-librarian""")

M("password_reset", True, "0936751H", IDF, "espace_acheteur", True, "fr",
  "Negation: 'ce n'est pas mon mot de passe que j'ai perdu, c'est l'identifiant': a lost identifier is still password_reset.",
  frm="Rachid Amrani <rachid.amrani@ac-creteil.fr>", client="outlook", html="alt",
  subj="identifiant",
  body="""Bonjour,

Ce n'est pas mon mot de passe que j'ai perdu, c'est l'identifiant ! Je connais le mot de passe mais je ne sais plus avec quel identifiant je me connectais (mon adresse ? le RNE ?).

Collège Jean Jaurès, Pantin - 0936751H

Rachid Amrani""")

M("password_reset", False, "0755963Z", IDF, "esidoc", False, "fr",
  "Asks for the password to be sent to her personal Gmail: the reset path forbids it, a person must answer.",
  frm="Lucie Bertrand <lucie.bertrand.doc@gmail.com>", client="gmail",
  subj="Mot de passe portail CDI",
  body="""Bonjour,

Je n'ai plus le mot de passe du portail e-sidoc de mon établissement (collège Aimé Césaire, Paris 18e, 0755963Z). Pourriez-vous me l'envoyer directement sur cette adresse gmail ? Ma boîte académique ne fonctionne pas depuis la rentrée.

Merci,
Lucie Bertrand""")

M("password_reset", True, "0951853Y", IDF, "esidoc", False, "fr",
  "New documentaliste: the predecessor left without giving the codes, 'je ne connais pas le mot de passe'.",
  frm="Emma Colin <emma.colin@ac-versailles.fr>", client="apple",
  subj="Codes e-sidoc non transmis",
  body="""Bonjour,

Je remplace depuis septembre la documentaliste du collège Les Hautiers (Montigny-lès-Cormeilles). Elle est partie sans me transmettre les codes : je ne connais pas le mot de passe du compte administrateur.

Comment faire ?

Emma Colin
CDI - Collège Les Hautiers
0951853Y""")

M("password_reset", False, None, IDF, "espace_acheteur", True, "fr",
  "UAI typed as 0912994H: wrong check letter (the digits give 0912994K), so no UAI; a person must confirm the establishment; region from ac-versailles.fr.",
  frm="Gilles Fontaine <gilles.fontaine@ac-versailles.fr>", client="zimbra",
  subj="reinitialisation mot de passe",
  body="""Bonjour,

Merci de réinitialiser le mot de passe de notre compte acheteur, UAI 0912994H. L'ancienne adresse de l'administrateur n'existe plus.

Gilles Fontaine, gestionnaire""")

M("password_reset", False, "0957418X", IDF, "esidoc", True, "fr",
  "Two topics: forgotten password and an Europresse subscription not visible; a person must handle both.",
  frm="Nathalie Perrin <nathalie.perrin@ac-versailles.fr>", client="outlook", html="alt",
  subj="Mot de passe + abonnement",
  body="""Bonjour,

1. J'ai oublié mon mot de passe pour le back-office du portail.
2. Par ailleurs, l'abonnement Europresse commandé début septembre n'apparaît toujours pas dans les ressources.

Pouvez-vous m'aider sur les deux points ?

Nathalie Perrin
Documentaliste - lycée Van Gogh, Ermont (0957418X)""")

M("password_reset", True, "0924554A", IDF, "espace_acheteur", True, "fr",
  "Reply quoting an old quote (devis) exchange, but the new text is a forgotten password.",
  frm="Pascal Durand <pascal.durand@ac-versailles.fr>", client="thunderbird", reply=True,
  subj="Re: Devis mobilier CDI",
  body="""Bonjour,

Je voulais valider le devis mais impossible de me connecter, j'ai oublié mon mot de passe. Pouvez-vous m'envoyer un lien de réinitialisation ?

Pascal Durand
Collège Henri Sellier, Suresnes - 0924554A

Le 11/06/2024 à 14:32, Assistance a écrit :
> Bonjour,
> Vous trouverez le devis n° D-24-1187 dans votre espace, rubrique "Mes devis".
> Il est valable 3 mois.
> Cordialement,
> L'équipe Assistance""")

M("password_reset", True, "0788871U", IDF, "espace_acheteur", False, "en",
  "English; the IT technician reports the structure's admin account locked after the summer.",
  frm="Kevin Laurent <kevin.laurent@ac-versailles.fr>", client="outlook",
  subj="Admin account locked",
  body="""Hello,

Our admin account on the buyer platform (school UAI 0788871U) is locked since the summer holidays. Could you please reset it?

Regards,
Kevin Laurent
IT support""")

M("password_reset", True, "0920192J", IDF, "espace_acheteur", False, "fr",
  "The site says the password has expired and the change form rejects the old one.",
  frm="Sylvie Moreau <sylvie.moreau@ac-versailles.fr>", client="outlook", html="alt",
  subj="Mot de passe expiré",
  body="""Bonjour,

En me connectant ce matin, le site m'indique "votre mot de passe a expiré, veuillez le modifier", mais il refuse mon ancien mot de passe dans le formulaire.

Collège Les Vallées, La Garenne-Colombes, 0920192J

Sylvie Moreau""")

M("password_reset", True, "0927731D", IDF, "esidoc", False, "fr",
  "The reset mail goes to the address of a documentaliste who left; the official-address path applies.",
  frm="Sophie Girard <sophie.girard@ac-versailles.fr>", client="gmail",
  subj="Réinitialisation envoyée à une ancienne adresse",
  body="""Bonjour,

Quand je clique sur "mot de passe oublié" sur e-sidoc, le mail part à l'adresse de l'ancienne documentaliste, mutée en Bretagne. Je n'y ai évidemment pas accès.

Nous sommes le lycée Jean Monnet de Montrouge (0927731D).

Merci
Sophie Girard""")

M("password_reset", True, "0949140Z", IDF, "espace_acheteur", False, "fr",
  "The reset link gives 'lien invalide' when clicked.",
  frm="Annie Robin <annie.robin@ac-creteil.fr>", client="zimbra", cte="base64",
  subj="Lien invalide",
  body="""Bonjour,

J'ai bien reçu le mail pour changer mon mot de passe mais le lien m'affiche "lien invalide". J'ai réessayé deux fois.

Annie Robin
Secrétaire d'intendance - collège Pierre Brossolette, Le Perreux (0949140Z)""")

M("password_reset", True, None, None, "espace_acheteur", False, "fr",
  "Heavy typos, no accents: cannot log in, password forgotten.",
  frm="m.lopes75@laposte.net", client="webmail", cte="7bit", charset="us-ascii",
  subj="conection impossible",
  body="""bonjour jarive pas a me conecter sur l espace acheteur mot de pase oublier
merci de me repondre vite je doit faire une comande
m lopes""")

M("password_reset", True, "0950681Z", IDF, "esidoc", True, "fr",
  "UAI in lower case in the subject only; forgotten password.",
  frm="Damien Huet <damien.huet@ac-versailles.fr>", client="iphone", cte="8bit",
  subj="mdp oublié 0950681z",
  body="""Bonjour pouvez vous réinitialiser le mdp du portail du CDI svp
Merci
D. Huet

Envoyé de mon iPhone""")

M("password_reset", True, "0771295P", IDF, "esidoc", False, "fr",
  "Forgotten identifier for the school's e-sidoc portal; UAI in the signature.",
  frm="Marion Chevalier <marion.chevalier@ac-creteil.fr>", client="iphone",
  subj="Identifiant oublié",
  body="""Bonjour,
Je ne retrouve plus mon identifiant pour accéder à l'administration du portail e-sidoc.
Cordialement
Marion Chevalier
Collège Jacques Prévert, Noisiel
0771295P

Envoyé de mon iPhone""")

M("password_reset", True, "0918416D", IDF, "ecoledirecte", False, "fr",
  "Forgotten EcoleDirecte staff password at the start of the year (not the maintenance password).",
  frm="Cédric Faure <cedric.faure@ac-versailles.fr>", client="outlook",
  subj="EcoleDirecte - mot de passe perdu",
  body="""Bonjour,

J'ai perdu mon mot de passe personnel EcoleDirecte (compte personnel de direction). Pouvez-vous me le réinitialiser ?

Cédric Faure
CPE - Collège Paul Fort, Montlhéry (0918416D)""")

M("password_reset", True, None, None, "ticket_portal", False, "fr",
  "Forgot the password of the support ticket portal itself.",
  frm="Élodie Masson <elodie.masson@orange.fr>", client="webmail", cte="8bit",
  subj="Accès au portail d'assistance",
  body="""Bonjour,

Je souhaitais suivre ma demande sur votre portail d'assistance (suivi des tickets) mais je ne me souviens plus de mon mot de passe et le bouton "mot de passe oublié" ne fait rien.

Merci,
Élodie Masson""")

M("password_reset", True, "0931333U", IDF, "espace_acheteur", True, "fr",
  "Written by the principal, but he only asks a reset of his own forgotten password, not an authorisation: password_reset.",
  frm="Philippe Moulin <ce.0931333U@ac-creteil.fr>", client="outlook", html="alt",
  subj="Mot de passe",
  body="""Bonjour,

Principal du collège Louise Michel de Clichy-sous-Bois, j'ai moi-même un compte sur l'Espace Acheteur pour suivre les commandes. J'ai oublié mon mot de passe.

Pouvez-vous m'envoyer un lien ?

Philippe Moulin
Principal""")

M("password_reset", True, None, None, "espace_acheteur", False, "en",
  "English Gmail; cannot remember the login for the buyer space, no UAI.",
  frm="Tom Harris <tom.harris.paris@gmail.com>", client="gmail",
  subj="Login details",
  body="""Hi there,

I can't remember my login or password for the buyer space. I'm the new business manager at a school in Paris. What should I do?

Thanks,
Tom""")

# ======================= missing_noreply_mail (15) ===========================

M("missing_noreply_mail", True, "0782967B", IDF, "espace_acheteur", False, "fr",
  "Signed up, the activation mail never arrived; no anti-spam product named.",
  frm="Mélanie Guérin <melanie.guerin@ac-versailles.fr>", client="outlook", html="alt",
  subj="Mail d'activation non reçu",
  body="""Bonjour,

Je me suis inscrite hier sur l'Espace Acheteur pour le collège Le Racinay (Chevreuse, 0782967B) mais je n'ai jamais reçu le mail d'activation.

Pouvez-vous me le renvoyer ?

Mélanie Guérin""")

M("missing_noreply_mail", True, None, IDF, "espace_acheteur", False, "fr",
  "Account validation mail never arrived, junk folder already checked; region from ac-paris.fr.",
  frm="Thomas Riviere <thomas.riviere@ac-paris.fr>", client="zimbra",
  subj="pas recu le mail de validation",
  body="""Bonjour,

Mon administrateur me dit qu'il a validé mon compte mardi mais je n'ai rien reçu, même dans les spams.

Thomas Rivière""")

M("missing_noreply_mail", True, "0785006T", IDF, "espace_acheteur", False, "en",
  "English; the activation email never came after sign-up.",
  frm="Laura Evans <laura.evans@ac-versailles.fr>", client="outlook",
  subj="No activation email",
  body="""Hello,

I registered on the buyer space on Monday for Lycée Jean-Baptiste Poquelin, Saint-Germain-en-Laye (0785006T), but I never received the activation email. Not in spam either.

Could you resend it?

Laura Evans""")

M("missing_noreply_mail", True, "0930360L", IDF, "espace_acheteur", False, "fr",
  "Order notifications from the no-reply address stopped arriving since the start of the year.",
  frm="Jean-Marc Besson <jean-marc.besson@ac-creteil.fr>", client="thunderbird",
  subj="Plus de notifications de commande",
  body="""Bonjour,

Depuis la rentrée, je ne reçois plus les mails automatiques de suivi de commande (confirmation, expédition). Avant je les recevais sans problème.

Collège Jean Jaurès, Montreuil - 0930360L

J-M Besson""")

M("missing_noreply_mail", True, "0752888G", IDF, "espace_acheteur", True, "fr",
  "Negation: 'ce n'est pas un probleme de mot de passe', the activation mail does not arrive.",
  frm="Camille Jacob <camille.jacob@ac-paris.fr>", client="outlook", html="alt",
  subj="Toujours pas de mail",
  body="""Bonjour,

Ce n'est pas un problème de mot de passe : je n'ai même pas pu en choisir un, puisque le mail d'activation n'arrive jamais. Inscription faite le 3 octobre.

Camille Jacob
Gestionnaire, lycée Turgot (0752888G)""")

M("missing_noreply_mail", True, None, IDF, "esidoc", False, "fr",
  "Messages from the no-reply address (new password) never arrive on the academic mailbox; region from ac-creteil.fr.",
  frm="Nicolas Barbier <nicolas.barbier@ac-creteil.fr>", client="zimbra",
  subj="Mails e-sidoc non reçus",
  body="""Bonjour,

J'ai fait 3 demandes de nouveau mot de passe sur le portail e-sidoc. Aucun mail reçu sur ma messagerie académique (ni dans courrier indésirable).

Nicolas Barbier
Prof doc""")

M("missing_noreply_mail", False, "0770151W", IDF, "espace_acheteur", False, "fr",
  "Second message after the junk-folder answer: still nothing after 48 hours, so it goes to the region.",
  frm="Isabelle Noël <isabelle.noel@ac-creteil.fr>", client="outlook", reply=True,
  subj="RE: [Ticket #51877] Mail d'activation non reçu",
  body="""Bonjour,

J'ai vérifié les indésirables et ajouté l'adresse no-reply comme vous me l'avez indiqué, mais toujours rien depuis jeudi.

Isabelle Noël
Collège Jean Moulin, Dammarie-lès-Lys - 0770151W

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 3 octobre 2024 09:02
Objet : [Ticket #51877] Mail d'activation non reçu

Bonjour,
Vérifiez votre dossier de courrier indésirable et ajoutez l'expéditeur no-reply à vos contacts.
Sans nouvelles de votre part sous 48 h nous reviendrons vers vous.""")

M("missing_noreply_mail", True, "0789724W", IDF, "espace_acheteur", False, "fr",
  "The structure administrator no longer receives the 'account to validate' notifications.",
  frm="Frédéric Roussel <frederic.roussel@ac-versailles.fr>", client="outlook",
  subj="Notifications de comptes à valider",
  body="""Bonjour,

Je suis administrateur de notre structure (0789724W). Des collègues me disent qu'ils sont en attente de validation, mais je n'ai reçu aucune notification automatique.

Merci de vérifier.
F. Roussel""")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
  "English; IT says no-reply emails from the platform do not reach staff; no anti-spam product named.",
  frm="Ahmed Saidi <a.saidi@ensemble-scolaire-exemple.fr>", client="outlook", html="alt",
  subj="Platform emails not delivered",
  body="""Hello,

Several of our staff registered on your buyer platform this week but none of them got the confirmation email. Other external mail arrives normally.

Which sender address and servers do you use, so I can check our logs?

Ahmed Saidi
IT manager""")

M("missing_noreply_mail", False, "0953239E", IDF, "espace_acheteur", True, "fr",
  "Two topics: the activation mail is missing and she asks who the administrator is; a person must read it.",
  frm="Patricia Lemoine <patricia.lemoine@ac-versailles.fr>", client="thunderbird",
  subj="Activation + administrateur",
  body="""Bonjour,

Je n'ai pas reçu le mail d'activation de mon compte. Et au passage, qui est l'administrateur de notre structure (collège Jules Vallès, Argenteuil, 0953239E) ? Personne ne le sait ici.

Merci,
Patricia Lemoine""")

M("missing_noreply_mail", True, None, None, "espace_acheteur", True, "fr",
  "Mentions the town hall's anti-spam filter without naming MailInBlack or describing a challenge: missing_noreply_mail.",
  frm="Service Scolaire <scolaire@mairie-exemple-91.fr>", client="outlook", html="alt",
  subj="Mails de la plateforme",
  body="""Bonjour,

Nous ne recevons pas vos mails de création de compte. Notre informaticien pense que le filtre antispam de la mairie pourrait les bloquer. Quelles adresses devons-nous autoriser ?

Service scolaire""")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "Base64 Gmail body; still no link to activate the account.",
  frm="Leila Mansouri <leila.mansouri94@gmail.com>", client="gmail", cte="base64", html="alt",
  subj="Toujours pas reçu le lien",
  body="""Bonjour,

Ça fait 3 jours que je me suis inscrite et toujours pas reçu le lien pour activer mon compte. J'ai regardé partout.

Leila""")

M("missing_noreply_mail", True, "0953076C", IDF, "espace_acheteur", False, "fr",
  "HTML-only Outlook mail: the sign-up confirmation never came.",
  frm="Corinne Baron <corinne.baron@ac-versailles.fr>", client="outlook", html="only",
  subj="Confirmation d'inscription",
  body="""Bonjour,

Je n'ai pas reçu le mail de confirmation d'inscription. Pouvez-vous me le renvoyer ?

Corinne Baron
Secrétariat - Collège Le Moulin à Vent, Cergy - 0953076C""")

M("missing_noreply_mail", True, "0910834M", IDF, "esidoc", False, "fr",
  "New-password mail never arrives on the e-sidoc portal; UAI in the body.",
  frm="Bernard Hoarau <bernard.hoarau@wanadoo.fr>", client="webmail", cte="8bit",
  subj="mail de nouveau mot de passe jamais arrivé",
  body="""Bonjour,
Je suis documentaliste au collège des Gâtines (Savigny-sur-Orge, 0910834M). J'ai demandé un nouveau mot de passe sur e-sidoc trois fois : le mail n'arrive jamais.
Bernard Hoarau""")

M("missing_noreply_mail", True, "0928926C", IDF, "espace_acheteur", False, "fr",
  "Quoted-printable; the notification that her account was validated never arrived.",
  frm="Laetitia Vidal <laetitia.vidal@ac-versailles.fr>", client="apple", html="alt",
  subj="Mail de confirmation",
  body="""Bonjour,

L'administratrice dit avoir validé mon compte mais je n'ai pas reçu le mail qui doit me permettre de choisir mon mot de passe.

Laetitia Vidal
Collège Jean Moulin - Chaville
0928926C""")
# ======================= mailinblack_spam (10) ===============================

M("mailinblack_spam", True, "0947724K", IDF, "espace_acheteur", False, "fr",
  "The school's IT installed MailInBlack and the platform's activation mails are held: the allow-list guide fits.",
  frm="Eric Baudin <eric.baudin@ac-creteil.fr>", client="outlook", html="alt",
  subj="Mails bloqués par MailInBlack",
  body="""Bonjour,

Notre collège (0947724K, Vitry-sur-Seine) utilise MailInBlack depuis septembre. Les mails d'activation de votre plateforme restent bloqués et les collègues ne peuvent pas finaliser leur inscription.

Que faut-il autoriser ?

Eric Baudin
Référent numérique""")

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "Product spelled 'mail in black'; the activation link sits in its quarantine.",
  frm="Françoise Lucas <francoise.lucas@mairie-exemple-77.fr>", client="outlook",
  subj="lien d'activation en quarantaine",
  body="""Bonjour,

Le lien d'activation de mon compte est arrivé dans la quarantaine "mail in black" de la mairie et quand je le libère, il est déjà expiré.

Françoise Lucas
Service des affaires scolaires""")

M("mailinblack_spam", True, "0948782K", IDF, "espace_acheteur", False, "en",
  "English; MailInBlack holds the activation emails for new staff.",
  frm="Paul Simon <paul.simon@ac-creteil.fr>", client="gmail",
  subj="MailInBlack blocking your activation emails",
  body="""Hi,

Our school (Lycée Louise Michel, Champigny, 0948782K) uses MailInBlack. Your activation emails are held and our new staff can't complete their registration.

Is there a guide to allow your sender?

Paul Simon
IT""")

M("mailinblack_spam", False, "0932306B", IDF, "espace_acheteur", True, "fr",
  "The sender-authentication challenge is described (prove you are human) without naming MailInBlack: a person must confirm the product.",
  frm="Hakim Zerrouki <hakim.zerrouki@ac-creteil.fr>", client="thunderbird",
  subj="Vos mails doivent s'authentifier ?",
  body="""Bonjour,

Notre nouveau système de messagerie envoie à chaque expéditeur inconnu un message lui demandant de cliquer pour prouver qu'il n'est pas un robot. Votre plateforme ne le fait évidemment pas, donc les mails d'inscription n'arrivent jamais.

Que nous conseillez-vous ?

Hakim Zerrouki
Collège Travail-Langevin, Bagnolet (0932306B)""")

M("mailinblack_spam", True, None, None, None, False, "fr",
  "One line from a phone: blocked by mailinblack, send the guide. No platform named.",
  frm="Gaelle <gaelle.perret@sfr.fr>", client="iphone", cte="8bit",
  subj="mailinblack",
  body="""vos mails sont bloqués par mailinblack, vous avez une procédure ?

Envoyé de mon iPhone""")

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "The town's IT asks whether to allow the domain or the no-reply address in MailInBlack.",
  frm="DSI Ville <dsi@ville-exemple-95.fr>", client="outlook", html="alt",
  subj="Liste blanche MailInBlack",
  body="""Bonjour,

Les écoles de la ville sont protégées par MailInBlack. Pour que les directeurs reçoivent vos mails de création de compte, faut-il autoriser votre domaine complet ou seulement l'adresse no-reply ?

Cordialement,
Direction des systèmes d'information""")

M("mailinblack_spam", True, "0940792A", IDF, "espace_acheteur", True, "fr",
  "Starts with a forgotten password, but the problem is the reset mail blocked by Mailinblack: mailinblack_spam.",
  frm="Sonia Marchetti <sonia.marchetti@ac-creteil.fr>", client="zimbra",
  subj="mdp oublié mais mail bloqué",
  body="""Bonjour,

J'ai oublié mon mot de passe, j'ai fait la demande, mais le mail de réinitialisation est bloqué par Mailinblack et je n'ai pas la main pour le débloquer.

Sonia Marchetti
Collège Henri Matisse, Choisy-le-Roi - 0940792A""")

M("mailinblack_spam", True, "0758118S", IDF, "espace_acheteur", False, "fr",
  "Forwards the MailInBlack quarantine digest showing the platform's mails held.",
  frm="Secrétariat <ce.0758118S@ac-paris.fr>", client="outlook",
  subj="TR: Rapport de quarantaine MailInBlack",
  body="""Bonjour,

Voici ce que nous recevons chaque matin. Vos mails sont dedans. Comment les autoriser définitivement ?

Le secrétariat

-----Message d'origine-----
De : MailInBlack <noreply@mailinblack.com>
Objet : Votre rapport quotidien - 3 messages en attente

Messages en attente d'authentification :
- no-reply@espace-acheteur (Activation de votre compte)
- no-reply@espace-acheteur (Votre compte a été validé)
- newsletter@fournisseur-exemple.fr""")

M("mailinblack_spam", False, "0952551G", IDF, "espace_acheteur", False, "fr",
  "Already allowed the sender in MailInBlack and mails are still blocked: the guide was not enough, route to the region.",
  frm="Romain Blanchard <romain.blanchard@ac-versailles.fr>", client="outlook", reply=True,
  subj="RE: [Ticket #50312] Mails bloqués",
  body="""Bonjour,

Nous avons suivi votre guide et ajouté l'expéditeur dans la liste blanche MailInBlack le 26/09. Les mails d'activation sont toujours retenus.

Romain Blanchard
Gestionnaire - Lycée Jean Monnet, Franconville - 0952551G

> Bonjour,
> Veuillez trouver ci-joint le guide pour autoriser nos expéditeurs dans MailInBlack.
> L'équipe Assistance""")

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "Apple Mail; 'Mail In Black' challenge asked her to unblock the platform; wants to know if it is safe.",
  frm="Véronique Adam <veronique.adam@icloud.com>", client="apple",
  subj="Mail In Black",
  body="""Bonjour,

Mail In Black me demande si j'accepte les messages venant de votre plateforme d'achat. Est-ce bien vous, et dois-je autoriser ?

Véronique Adam""")

# ======================= head_of_establishment_request (14) ==================

M("head_of_establishment_request", False, "0751790N", IDF, "espace_acheteur", False, "fr",
  "The principal, from the official ce. address, designates the new gestionnaire as the structure's administrator.",
  frm="Principal Collège Guillaume Apollinaire <ce.0751790N@ac-paris.fr>", client="outlook", html="alt",
  subj="Désignation de l'administratrice Espace Acheteur",
  body="""Madame, Monsieur,

Je vous informe que Mme Océane Leroy, gestionnaire arrivée le 1er septembre, est désignée administratrice de notre structure sur l'Espace Acheteur, en remplacement de M. Vidal, muté.

Je vous remercie de procéder à cette modification.

Alain Perrot
Principal du collège Guillaume Apollinaire, Paris 14e""")

M("head_of_establishment_request", False, "0912994K", IDF, "espace_acheteur", False, "fr",
  "The proviseur asks a reset of the administrator password and a change of the contact address.",
  frm="Proviseure <ce.0912994K@ac-versailles.fr>", client="zimbra",
  subj="Réinitialisation administrateur et changement d'adresse",
  body="""Bonjour,

En tant que proviseure du lycée Robert Doisneau de Corbeil-Essonnes, je vous demande :
- de réinitialiser le mot de passe du compte administrateur de l'établissement ;
- de remplacer l'adresse de contact par gestion.lycee-doisneau@ac-versailles.fr.

Cordialement,
Mme Hélène Martin, proviseure""")

M("head_of_establishment_request", False, None, None, "espace_acheteur", False, "fr",
  "A directrice d'école authorises in writing her secretary's order.",
  frm="Directrice école Jules Ferry <ecole.julesferry@mairie-exemple-93.fr>", client="outlook",
  subj="Autorisation de commande",
  body="""Bonjour,

Je soussignée, Mme Karine Dubreuil, directrice de l'école élémentaire Jules Ferry, autorise Mme Jocelyne Paris à passer la commande de fournitures de la rentrée pour un montant de 1 240 € TTC.

Karine Dubreuil
Directrice""")

M("head_of_establishment_request", False, "0789662D", IDF, "espace_acheteur", False, "en",
  "English; the head teacher asks to change the administrator to the new bursar.",
  frm="Head Teacher <ce.0789662D@ac-versailles.fr>", client="outlook", html="alt",
  subj="Change of administrator",
  body="""Dear support team,

As head teacher, I ask you to replace our platform administrator, Mr Jacques Lenoir, who has retired, with our new bursar, Ms Priya Raman (priya.raman@ac-versailles.fr).

Yours sincerely,
Dr Anne Whitfield
Head teacher""")

M("head_of_establishment_request", False, "0936751H", IDF, "esidoc", True, "fr",
  "The principal adjoint writes on the principal's behalf to make the new documentaliste the portal administrator; UAI only in the ce. sender address.",
  frm="Direction <ce.0936751H@ac-creteil.fr>", client="zimbra",
  subj="Nouvel administrateur du portail CDI",
  body="""Bonjour,

Sur demande de M. le Principal, je vous demande de désigner Mme Inès Karam, professeure documentaliste, comme administratrice du portail e-sidoc du collège, et de supprimer l'accès de Mme Dupré qui a quitté l'établissement.

M. Rolland
Principal adjoint""")

M("head_of_establishment_request", False, "0921160L", IDF, "espace_acheteur", False, "fr",
  "The proviseure designates a new administrator and attaches a signed letter.",
  frm="Proviseure Lycée Jacques Prévert <ce.0921160L@ac-versailles.fr>", client="outlook",
  subj="Courrier - désignation administrateur",
  attach=[("designation_administrateur.pdf", "application/pdf", PDF("Designation administrateur"))],
  body="""Bonjour,

Veuillez trouver ci-joint le courrier signé désignant M. Olivier Garnier, gestionnaire, comme administrateur de notre structure sur l'Espace Acheteur.

Bien cordialement,
Mme Sylvie Keller
Proviseure""")

M("head_of_establishment_request", False, "0771757S", IDF, "espace_acheteur", True, "fr",
  "The principal writes from a personal Gmail address to change the administrator's contact address: still a head's request, weak evidence for the reviewer.",
  frm="Jean-Paul Rigaud <jp.rigaud@gmail.com>", client="gmail", html="alt",
  subj="Changement adresse administrateur",
  body="""Bonjour,

Principal du collège Louise Michel à Esbly (UAI 0771757S), je vous demande de changer l'adresse mail du compte administrateur : la nouvelle intendante, Mme Pottier, doit recevoir les notifications à la place de l'ancienne.

Je vous écris de ma boîte personnelle car je suis en déplacement.

Jean-Paul Rigaud""")

M("head_of_establishment_request", False, "0773969W", IDF, "espace_acheteur", True, "fr",
  "UAI written with spaces in a principal's written request to change the administrator.",
  frm="Principal <principal.clg-coulommiers@ac-creteil.fr>", client="outlook",
  subj="Changement d'administrateur",
  body="""Madame, Monsieur,

Je vous prie de bien vouloir désigner Mme Laure Fabre, adjointe gestionnaire, comme administratrice de l'établissement (UAI 077 3969 W) sur votre plateforme.

Le principal,
Daniel Hubert""")

M("head_of_establishment_request", False, "0755963Z", IDF, "esidoc", False, "fr",
  "Principal asks to change the establishment account's contact address to the new documentaliste's address.",
  frm="Principale Collège Aimé Césaire <ce.0755963Z@ac-paris.fr>", client="outlook", html="alt",
  subj="Modification de l'adresse de contact",
  body="""Bonjour,

Je vous demande de remplacer l'adresse de contact du compte e-sidoc de l'établissement par celle de notre documentaliste, Mme Lucie Bertrand : lucie.bertrand@ac-paris.fr.

Cordialement,
Mme Nadia Ferhat
Principale""")

M("head_of_establishment_request", False, "0910425T", IDF, "espace_acheteur", False, "fr",
  "New proviseur asks to become the structure's administrator himself.",
  frm="Proviseur <ce.0910425T@ac-versailles.fr>", client="thunderbird",
  subj="Administrateur de la structure",
  body="""Bonjour,

Nouveau proviseur du lycée Robert Doisneau depuis le 1er septembre, je souhaite être désigné administrateur de notre structure, le temps de recruter un nouveau gestionnaire.

Merci de me confirmer la prise en compte.

Vincent Aubert
Proviseur""")

M("head_of_establishment_request", False, None, None, "espace_acheteur", False, "fr",
  "Directeur d'école élémentaire authorises the town secretary to be the school's administrator.",
  frm="Directeur école Paul Bert <ce.ecole-paulbert@mairie-exemple-94.fr>", client="webmail", cte="8bit",
  subj="autorisation",
  body="""Bonjour,
Directeur de l'école Paul Bert, j'autorise Mme Sabine Morin, secrétaire, à être administratrice du compte de l'école sur votre site et à valider les inscriptions des enseignants.
Cordialement
Thierry Gaillard, directeur""")

M("head_of_establishment_request", False, "0940034B", IDF, "espace_acheteur", True, "fr",
  "Two topics: the proviseur designates a second administrator and asks about an invoice; the authorisation needs a person first.",
  frm="Proviseur <ce.0940034B@ac-creteil.fr>", client="outlook", html="alt",
  subj="Second administrateur - et facture",
  body="""Bonjour,

J'autorise Mme Agathe Petit à être administratrice de notre structure en plus de M. Leclerc.

Par ailleurs, pouvez-vous nous renvoyer la facture n° F2409-0231, que nous ne retrouvons pas ?

Marc Delaunay
Proviseur, lycée Guillaume Budé""")

M("head_of_establishment_request", False, "0929550F", IDF, "espace_acheteur", True, "fr",
  "The principal forwards the gestionnaire's request and writes 'je confirme et autorise': the forwarded text is the gestionnaire's, the authorisation is the head's.",
  frm="Principal <ce.0929550F@ac-versailles.fr>", client="outlook",
  subj="TR: Droits de validation des commandes",
  body="""Bonjour,

Je confirme et autorise l'ouverture des droits de validation pour M. Tessier.

Le principal, François Méry

-----Message d'origine-----
De : Marc Tessier <marc.tessier@ac-versailles.fr>
Envoyé : lundi 30 septembre 2024 11:20
À : Principal <ce.0929550F@ac-versailles.fr>
Objet : Droits de validation des commandes

Monsieur le Principal,
Pourriez-vous confirmer à l'assistance que je dois avoir les droits de validation des paniers ?
Marc""")

M("head_of_establishment_request", False, "0953076C", IDF, "espace_acheteur", True, "fr",
  "The body gives 0953076X (wrong check letter) but the sender address ce.0953076C@ac-versailles.fr carries the valid UAI; the principal asks an administrator reset.",
  frm="Principal <ce.0953076C@ac-versailles.fr>", client="zimbra",
  subj="Demande du chef d'établissement",
  body="""Bonjour,

Je soussigné, principal du collège Le Moulin à Vent (UAI 0953076X), demande la réinitialisation du mot de passe administrateur, l'ancienne gestionnaire étant partie.

M. Samuel Cohen""")

# ======================= subscription_activation (8) =========================

M("subscription_activation", True, "0919314E", IDF, "esidoc", False, "fr",
  "Europresse ordered on Monday, not visible yet: within the 72-hour window.",
  frm="Anne-Sophie Leblanc <anne-sophie.leblanc@ac-versailles.fr>", client="outlook",
  subj="Europresse pas encore disponible",
  body="""Bonjour,

Nous avons commandé l'abonnement Europresse lundi. Il n'apparaît pas encore dans les ressources du portail. Est-ce normal ?

Anne-Sophie Leblanc
Lycée Marguerite Yourcenar, Morangis - 0919314E""")

M("subscription_activation", True, "0924133T", IDF, "esidoc", False, "en",
  "English; a subscription ordered two days ago is not visible yet.",
  frm="James Walker <james.walker@ac-versailles.fr>", client="gmail",
  subj="Subscription not showing",
  body="""Hello,

We ordered a digital magazine subscription two days ago for Collège Romain Rolland, Clamart (0924133T). It does not show in our portal yet. How long does activation take?

Thanks,
James""")

M("subscription_activation", True, "0931333U", IDF, "esidoc", False, "fr",
  "How to publish the new resource on the portal for pupils.",
  frm="Morgane Leroux <morgane.leroux@ac-creteil.fr>", client="thunderbird", html="alt",
  subj="Publier une ressource",
  body="""Bonjour,

Notre abonnement à Universalis est actif dans le back-office mais les élèves ne le voient pas sur le portail. Comment publier la ressource ?

Morgane Leroux
Documentaliste, collège Louise Michel, Clichy-sous-Bois (0931333U)""")

M("subscription_activation", False, "0941070C", IDF, "esidoc", False, "fr",
  "Ordered three weeks ago and still not active: past the 72-hour rule, a person must look.",
  frm="Juliette Picard <juliette.picard@ac-creteil.fr>", client="outlook", html="alt",
  subj="Abonnement commandé il y a 3 semaines",
  body="""Bonjour,

L'abonnement commandé le 12 septembre n'est toujours pas actif, trois semaines après. Le bon de commande a été validé par notre gestionnaire.

Juliette Picard
Collège Lucie Aubrac, Champigny - 0941070C""")

M("subscription_activation", True, "0771295P", IDF, "esidoc", True, "fr",
  "Written by the principal, but only asks when the resource will be available: not a head-of-establishment request.",
  frm="Principal <ce.0771295P@ac-creteil.fr>", client="outlook",
  subj="Disponibilité de la ressource",
  body="""Bonjour,

Principal du collège, je souhaiterais savoir quand la ressource commandée avant-hier sera disponible pour nos élèves.

Merci,
Le principal""")

M("subscription_activation", True, "0957418X", IDF, "esidoc", True, "fr",
  "Negation: 'ce n'est pas un problème de mot de passe, je me connecte bien'; the ordered resource is not visible.",
  frm="Nathalie Perrin <nathalie.perrin@ac-versailles.fr>", client="outlook",
  subj="ressource invisible",
  body="""Bonjour,

Ce n'est pas un problème de mot de passe, je me connecte bien au back-office. Mais la ressource commandée jeudi n'apparaît pas dans la liste.

Nathalie Perrin (0957418X)""")

M("subscription_activation", True, "0755165G", IDF, "esidoc", False, "fr",
  "Account just validated; subscriptions ordered by the former documentaliste are not visible yet.",
  frm="Claire Vasseur <claire.vasseur@ac-paris.fr>", client="thunderbird",
  subj="Abonnements non visibles",
  body="""Bonjour,

Mon compte est maintenant actif, merci. Par contre je ne vois pas les abonnements renouvelés hier par la gestionnaire.

Claire Vasseur - collège Georges Brassens (0755165G)""")

M("subscription_activation", True, None, IDF, "esidoc", False, "fr",
  "Zimbra academic mail: new subscription not active yet; region from ac-paris.fr.",
  frm="Bastien Roger <bastien.roger@ac-paris.fr>", client="zimbra",
  subj="abonnement pas encore actif",
  body="""Bonjour,
abonnement commandé hier, pas encore actif dans nos ressources. Faut il attendre ?
B. Roger""")
# ======================= order_billing (9) ===================================

M("order_billing", False, "0937174T", IDF, "espace_acheteur", False, "fr",
  "Asks for a formal quote needed to issue the bon d'engagement.",
  frm="Nadia Benhamou <nadia.benhamou@ac-creteil.fr>", client="outlook", html="alt",
  subj="Demande de devis",
  body="""Bonjour,

Pour établir le bon d'engagement, j'ai besoin d'un devis au nom du collège pour le panier enregistré hier (mobilier du CDI).

Nadia Benhamou
Gestionnaire - Collège Pablo Neruda - 0937174T""")

M("order_billing", False, "0924554A", IDF, "espace_acheteur", False, "fr",
  "An invoice was rejected on Chorus Pro because of the SIRET.",
  frm="Pascal Durand <pascal.durand@ac-versailles.fr>", client="thunderbird",
  subj="Facture rejetée Chorus",
  body="""Bonjour,

Votre facture de septembre a été rejetée sur Chorus Pro : le SIRET indiqué n'est pas celui du collège. Pouvez-vous la réémettre ?

Pascal Durand
Collège Henri Sellier - 0924554A""")

M("order_billing", False, None, None, "espace_acheteur", False, "en",
  "English; asks for a copy of an invoice for the accounts.",
  frm="Rebecca Holt <r.holt@bis-paris-ouest.org>", client="apple",
  subj="Invoice copy",
  body="""Hello,

Could you send me a copy of the invoice for our September order? Our auditor needs it.

Kind regards,
Rebecca Holt, Bursar""")

M("order_billing", False, "0783841B", IDF, "espace_acheteur", False, "fr",
  "Cannot validate the basket: the order button stays grey.",
  frm="Gestion Lycée International <gestion.lycee-intl@ac-versailles.fr>", client="outlook",
  subj="Impossible de valider le panier",
  body="""Bonjour,

Le bouton "Valider la commande" reste grisé alors que le panier est complet. Nous devons commander avant les vacances.

Service de gestion
Lycée international, Saint-Germain-en-Laye - 0783841B""")

M("order_billing", False, None, None, "espace_acheteur", False, "fr",
  "Asks whether payment by mandat administratif is accepted.",
  frm="Agence comptable <agence.comptable@ensemble-scolaire-exemple.fr>", client="outlook", html="alt",
  subj="Moyen de paiement",
  body="""Bonjour,

Acceptez-vous le paiement par mandat administratif à 30 jours, ou faut-il payer par carte à la commande ?

L'agence comptable""")

M("order_billing", False, "0913995Y", IDF, "espace_acheteur", False, "fr",
  "Sends a signed purchase order as a PDF attachment.",
  frm="Corinne Lambert <corinne.lambert@ac-versailles.fr>", client="outlook",
  subj="Bon de commande signé",
  attach=[("BC_2024_117.pdf", "application/pdf", PDF("Bon de commande 2024-117"))],
  body="""Bonjour,

Ci-joint notre bon de commande signé pour les manuels. Merci de nous confirmer la prise en compte.

Corinne Lambert
Collège Le Parc aux Charrettes - 0913995Y""")

M("order_billing", False, "0910425T", IDF, "espace_acheteur", True, "fr",
  "Reply on the account-creation thread, but the new text asks for a quote: order_billing.",
  frm="Sébastien Morel <sebastien.morel@ac-versailles.fr>", client="zimbra", reply=True,
  subj="Re: compte en attente de validation",
  body="""Bonjour,

Mon compte est validé, merci. Pouvez-vous maintenant me faire un devis pour 30 chaises de bibliothèque ?

S. Morel, lycée Robert Doisneau (0910425T)

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
Envoyé: Mardi 10 Septembre 2024 09:12:44
Objet: Re: compte en attente de validation

Bonjour, votre compte doit être validé par l'administrateur de votre structure.""")

M("order_billing", False, "0930379G", IDF, "espace_acheteur", False, "fr",
  "Received the same invoice twice and asks which to pay.",
  frm="Jérôme Petitjean <jerome.petitjean@ac-creteil.fr>", client="outlook",
  subj="Facture en double",
  body="""Bonjour,

Nous avons reçu deux fois la facture n° F2409-1455 (même montant, dates différentes). Laquelle devons-nous régler ?

Jérôme Petitjean
Cité scolaire - lycée (0930379G)""")

M("order_billing", False, None, None, "espace_acheteur", False, "fr",
  "Town buyer asks to put the engagement number on the Chorus invoice.",
  frm="Commande publique <commande.publique@ville-exemple-92.fr>", client="outlook", html="only",
  subj="Numéro d'engagement juridique",
  body="""Bonjour,

Merci d'indiquer notre numéro d'engagement juridique EJ 2024-0815 sur la facture déposée sur Chorus Pro, sinon nous ne pourrons pas la payer.

Service de la commande publique""")

# ======================= contract_documents (6) ==============================

M("contract_documents", False, "0786031G", IDF, "espace_acheteur", False, "fr",
  "Cannot see the market documents (CCAP, BPU) in the buyer space.",
  frm="Thierry Blanc <thierry.blanc@ac-versailles.fr>", client="outlook", html="alt",
  subj="Documents du marché introuvables",
  body="""Bonjour,

Je ne trouve pas le CCAP ni le BPU du marché de fournitures dans mon espace. La rubrique "Documents" est vide.

Thierry Blanc - Lycée Jules Ferry (0786031G)""")

M("contract_documents", False, "0752888G", IDF, "esignature", False, "fr",
  "The signing link for the membership convention does not open.",
  frm="Camille Jacob <camille.jacob@ac-paris.fr>", client="outlook",
  subj="Convention d'adhésion - signature électronique",
  body="""Bonjour,

Le lien de signature électronique de la convention d'adhésion affiche "document indisponible". Pouvez-vous renvoyer la convention ?

Camille Jacob, lycée Turgot (0752888G)""")

M("contract_documents", False, None, None, "espace_acheteur", False, "en",
  "English; the amendment to the contract is not visible.",
  frm="Ahmed Saidi <a.saidi@ensemble-scolaire-exemple.fr>", client="outlook",
  subj="Contract amendment missing",
  body="""Hello,

We were told amendment no. 2 to our framework contract was published, but we can't see it in the contract documents section.

Ahmed Saidi""")

M("contract_documents", False, "0918714C", IDF, "espace_acheteur", False, "fr",
  "Needs the signed convention for the conseil d'administration.",
  frm="Lionel Caron <lionel.caron@ac-versailles.fr>", client="outlook",
  subj="Convention signée pour le CA",
  body="""Bonjour,

Notre conseil d'administration du 15 octobre doit approuver l'adhésion. Pouvez-vous me transmettre la convention signée des deux parties ? Je ne la vois pas dans l'espace.

Lionel Caron (0918714C)""")

M("contract_documents", False, None, IDF, "espace_acheteur", False, "fr",
  "Market documents (DCE) cannot be downloaded; region from ac-creteil.fr.",
  frm="Nathalie Roy <nathalie.roy@ac-creteil.fr>", client="zimbra",
  subj="DCE non telechargeable",
  body="""Bonjour,
le téléchargement des pièces du marché (DCE) échoue : fichier vide.
N. Roy""")

M("contract_documents", False, "0949140Z", IDF, "esignature", True, "fr",
  "Mentions her password only in passing ('mon mot de passe fonctionne'); the problem is the amendment to sign that she cannot see.",
  frm="Annie Robin <annie.robin@ac-creteil.fr>", client="outlook",
  subj="Avenant à signer",
  body="""Bonjour,

Mon mot de passe fonctionne, je suis bien connectée, mais je ne vois pas l'avenant n°1 que je dois signer électroniquement.

Annie Robin - collège Pierre Brossolette (0949140Z)""")

# ======================= transfer_incident (7) ===============================

M("transfer_incident", False, "0910340A", IDF, "ecoledirecte", False, "fr",
  "Pupil data transfer to EcoleDirecte fails since the start of the year.",
  frm="Laurent Picard <laurent.picard@ac-versailles.fr>", client="outlook", html="alt",
  subj="Transfert des données élèves en échec",
  body="""Bonjour,

Depuis la rentrée, le transfert des données élèves vers EcoleDirecte échoue chaque nuit ("erreur de transfert"). Les nouvelles classes n'apparaissent pas.

Laurent Picard
Référent numérique - 0910340A""")

M("transfer_incident", False, "0918416D", IDF, "ecoledirecte", False, "fr",
  "New server: the licence must be regenerated.",
  frm="Cédric Faure <cedric.faure@ac-versailles.fr>", client="outlook",
  subj="Licence à régénérer",
  body="""Bonjour,

Nous avons changé de serveur pendant l'été. Le logiciel demande une nouvelle licence pour reprendre la synchronisation avec EcoleDirecte.

Cédric Faure - 0918416D""")

M("transfer_incident", False, "0930360L", IDF, "ecoledirecte", True, "fr",
  "Asks for 'le mot de passe du jour': the daily maintenance password, not an account password.",
  frm="Jean-Marc Besson <jean-marc.besson@ac-creteil.fr>", client="thunderbird",
  subj="mot de passe de maintenance",
  body="""Bonjour,

Pouvez-vous me communiquer le mot de passe de maintenance du jour ? Je dois relancer le transfert vers EcoleDirecte qui a planté.

J-M Besson - 0930360L""")

M("transfer_incident", False, "0932306B", IDF, "ecoledirecte", False, "en",
  "English; IT reports a synchronisation error code.",
  frm="Hakim Zerrouki <hakim.zerrouki@ac-creteil.fr>", client="thunderbird",
  subj="Sync error",
  body="""Hello,

The nightly synchronisation with EcoleDirecte fails with error "TRF-503 connexion refusée" since Tuesday. Could you have a look?

Hakim Zerrouki (0932306B)""")

M("transfer_incident", False, "0947724K", IDF, "ecoledirecte", False, "fr",
  "The SIECLE import file is rejected during the transfer.",
  frm="Eric Baudin <eric.baudin@ac-creteil.fr>", client="outlook",
  subj="Import SIECLE rejeté",
  body="""Bonjour,

Le fichier d'import SIECLE est rejeté lors du transfert ("fichier non conforme"). Les élèves de 6e ne sont donc pas dans EcoleDirecte.

Eric Baudin - 0947724K""")

M("transfer_incident", False, "0953239E", IDF, "ecoledirecte", False, "fr",
  "Data transfer completes but the new classes never show up.",
  frm="Patricia Lemoine <patricia.lemoine@ac-versailles.fr>", client="thunderbird",
  subj="Classes absentes apres transfert",
  body="""Bonjour,

Le transfert indique "terminé avec succès" mais les classes de 5e créées cette année n'apparaissent pas.

Patricia Lemoine (0953239E)""")

M("transfer_incident", False, "0952291Z", IDF, "esidoc", False, "fr",
  "The synchronisation of pupil accounts with the e-sidoc portal fails since September.",
  frm="Mathilde Gauthier <mathilde.gauthier@ac-versailles.fr>", client="thunderbird",
  subj="synchro des lecteurs",
  body="""Bonjour,

La synchronisation des comptes lecteurs (élèves) avec le portail échoue depuis septembre : les nouveaux élèves ne peuvent pas se connecter.

Mathilde Gauthier (0952291Z)""")
# ======================= automated (17) ======================================

M("automated", False, None, None, None, False, "en",
  "Postfix bounce: multipart/report delivery-status with the original headers, null Return-Path.",
  raw="""Return-Path: <>
Delivered-To: support@assistance.example.fr
Received: by smtp.ville-exemple-93.fr (Postfix) id {QID}; {DATE}
Date: {DATE}
From: MAILER-DAEMON@smtp.ville-exemple-93.fr (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: support@assistance.example.fr
Auto-Submitted: auto-replied
Message-ID: {MID}
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="{QID}.1727951234/smtp.ville-exemple-93.fr"

This is a MIME-encapsulated message.

--{QID}.1727951234/smtp.ville-exemple-93.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host smtp.ville-exemple-93.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<j.martin@ville-exemple-93.fr>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1
    <j.martin@ville-exemple-93.fr>: Recipient address rejected: User unknown
    in local recipient table

--{QID}.1727951234/smtp.ville-exemple-93.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.ville-exemple-93.fr
Arrival-Date: {ODATE}

Final-Recipient: rfc822; j.martin@ville-exemple-93.fr
Original-Recipient: rfc822;j.martin@ville-exemple-93.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <j.martin@ville-exemple-93.fr>: Recipient
    address rejected: User unknown in local recipient table

--{QID}.1727951234/smtp.ville-exemple-93.fr
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <support@assistance.example.fr>
From: Assistance <support@assistance.example.fr>
To: j.martin@ville-exemple-93.fr
Subject: [Ticket #52240] Votre compte est en attente de validation
Date: {ODATE}
Message-ID: {OMID}
Auto-Submitted: auto-replied

--{QID}.1727951234/smtp.ville-exemple-93.fr--
""")

M("automated", False, None, None, None, False, "fr",
  "Exchange non-delivery report in French ('Non remis :'), multipart/report.",
  raw="""Return-Path: <>
Delivered-To: support@assistance.example.fr
Received: from mail.ensemble-scolaire-exemple.fr by mx1.assistance.example.fr with ESMTPS id {QID}; {DATE}
From: postmaster@ensemble-scolaire-exemple.fr
To: support@assistance.example.fr
Date: {DATE}
Subject: =?utf-8?q?Non_remis_=3A_=5BTicket_=2351902=5D_Cr=C3=A9ation_de_votre_compte?=
Message-ID: {MID}
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="ndr_{QID}"

--ndr_{QID}
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Votre message n'a pas pu =C3=AAtre remis =C3=A0 ces destinataires :

c.dufresne@ensemble-scolaire-exemple.fr
La bo=C3=AEte aux lettres du destinataire est pleine et ne peut pas accept=
er de messages pour l'instant.

--ndr_{QID}
Content-Type: message/delivery-status

Reporting-MTA: dns;mail.ensemble-scolaire-exemple.fr

Final-Recipient: rfc822;c.dufresne@ensemble-scolaire-exemple.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;552 5.2.2 mailbox full

--ndr_{QID}--
""")

M("automated", False, None, None, None, True, "en",
  "Exim bounce as plain text without multipart/report or Auto-Submitted: only the null Return-Path and Mailer-Daemon show it is automatic.",
  raw="""Return-Path: <>
Delivered-To: support@assistance.example.fr
Received: from mx.lycee-prive-exemple.fr by mx1.assistance.example.fr with esmtp id {QID}; {DATE}
From: Mail Delivery System <Mailer-Daemon@mx.lycee-prive-exemple.fr>
To: support@assistance.example.fr
Subject: Mail delivery failed: returning message to sender
Date: {DATE}
Message-ID: {MID}
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  compta@lycee-prive-exemple.fr
    mailbox is disabled

------ This is a copy of the message's headers. ------

From: Assistance <support@assistance.example.fr>
To: compta@lycee-prive-exemple.fr
Subject: [Ticket #51533] Inscription sur l'Espace Acheteur
Date: {ODATE}
""")

M("automated", False, None, IDF, None, False, "fr",
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from ac-creteil.fr.",
  raw="""Return-Path: <julie.marchand@ac-creteil.fr>
Delivered-To: support@assistance.example.fr
Received: from smtp2.ac-creteil.fr by mx1.assistance.example.fr with ESMTPS id {QID}; {DATE}
From: Julie Marchand <julie.marchand@ac-creteil.fr>
To: Assistance <support@assistance.example.fr>
Subject: Lu : [Ticket #50977] Inscription
Date: {DATE}
Message-ID: {MID}
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="----=_NextPart_{QID}"
X-Mailer: Microsoft Outlook 16.0

------=_NextPart_{QID}
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Votre message

  =C3=80 : Julie Marchand
  Objet : [Ticket #50977] Inscription

a =C3=A9t=C3=A9 lu le {DATE}.

------=_NextPart_{QID}
Content-Type: message/disposition-notification

Reporting-UA: ac-creteil.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;julie.marchand@ac-creteil.fr
Original-Message-ID: {OMID}
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_{QID}--
""", mid_domain="ac-creteil.fr")

M("automated", False, None, None, None, False, "en",
  "Thunderbird return receipt in English, multipart/report disposition-notification.",
  raw="""Return-Path: <a.saidi@ensemble-scolaire-exemple.fr>
Delivered-To: support@assistance.example.fr
Received: from mail.ensemble-scolaire-exemple.fr by mx1.assistance.example.fr with ESMTPS id {QID}; {DATE}
From: Ahmed Saidi <a.saidi@ensemble-scolaire-exemple.fr>
To: support@assistance.example.fr
Subject: Return Receipt (displayed) - [Ticket #51120] Platform emails not delivered
Date: {DATE}
Message-ID: {MID}
User-Agent: Mozilla Thunderbird
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------{QID}"

This is a multi-part message in MIME format.
--------------{QID}
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

This is a Return Receipt for the mail that you sent to a.saidi@ensemble-scolaire-exemple.fr.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.

--------------{QID}
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: mail.ensemble-scolaire-exemple.fr; Mozilla Thunderbird
Final-Recipient: rfc822;a.saidi@ensemble-scolaire-exemple.fr
Original-Message-ID: {OMID}
Disposition: manual-action/MDN-sent-manually; displayed

--------------{QID}--
""")

M("automated", False, None, IDF, None, False, "fr",
  "Exchange out-of-office in French with Auto-Submitted and X-Auto-Response-Suppress; region from ac-paris.fr.",
  frm="Inès Ferreira <ines.ferreira@ac-paris.fr>", client="outlook", html="alt",
  subj="Réponse automatique : [Ticket #51370] creation compte secretariat",
  hdrs={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
  body="""Bonjour,

Je suis absente jusqu'au 4 novembre inclus. Pour toute urgence, merci de contacter le secrétariat de direction au 01 43 xx xx xx.

Inès Ferreira""")

M("automated", False, None, IDF, None, False, "fr",
  "Academic Zimbra vacation reply: 'Auto-Submitted: auto-replied (zimbra; vacation)'; region from ac-versailles.fr.",
  frm="Mathilde Gauthier <mathilde.gauthier@ac-versailles.fr>", client="zimbra",
  subj="Absence - vacances de la Toussaint",
  hdrs={"Auto-Submitted": "auto-replied (zimbra; vacation)"},
  body="""Bonjour,
Le CDI est fermé pendant les vacances de la Toussaint. Je lirai votre message à mon retour le 4 novembre.
M. Gauthier""")

M("automated", False, None, None, None, False, "en",
  "English Gmail vacation responder (Auto-Submitted: auto-replied).",
  frm="Tom Harris <tom.harris.paris@gmail.com>", client="gmail",
  subj="Re: [Ticket #51788] Login details",
  hdrs={"Auto-Submitted": "auto-replied"}, reply=True,
  body="""Thanks for your email. I'm away on half-term until 4 November with limited access to email.""")

M("automated", False, None, None, None, False, "en",
  "English Exchange 'Automatic reply:' with Auto-Submitted and X-Auto-Response-Suppress.",
  frm="Rebecca Holt <r.holt@bis-paris-ouest.org>", client="outlook",
  subj="Automatic reply: [Ticket #51205] Opening a buyer account for our school",
  hdrs={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
  body="""Thank you for your message. I am out of the office until Monday 21 October. For urgent matters please contact reception@bis-paris-ouest.org.""")

M("automated", False, None, IDF, None, True, "fr",
  "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence; only the wording shows it is automatic.",
  frm="Karim Haddad <karim.haddad@ac-creteil.fr>", client="thunderbird",
  subj="Absent du 21/10 au 03/11",
  body="""Bonjour,

Je suis actuellement absent et n'aurai pas accès à ma messagerie avant le lundi 4 novembre. Votre message ne sera pas transféré.

Karim Haddad""")

M("automated", False, "0751257J", IDF, None, False, "fr",
  "Zimbra automatic reply from the official mailbox ce.0751257J@ac-paris.fr: UAI from the sender address.",
  frm="Secrétariat Lycée <ce.0751257J@ac-paris.fr>", client="zimbra",
  subj="Réponse automatique",
  hdrs={"Auto-Submitted": "auto-replied (zimbra; vacation)"},
  body="""Le secrétariat est fermé pendant les congés scolaires. Réouverture le lundi 4 novembre à 8h.""")

M("automated", False, None, None, None, True, "fr",
  "MailInBlack challenge sent to us by a school's anti-spam: a robot asking us to authenticate, so automated and not mailinblack_spam.",
  frm="Intendance Lycée Saint-Louis <intendance@lycee-prive-exemple.fr>", client="webmail", html="alt",
  subj="Votre message est en attente : authentifiez-vous",
  hdrs={"Auto-Submitted": "auto-generated", "X-Mailer": "MailInBlack", "Precedence": "bulk"},
  body="""Bonjour,

Votre message "[Ticket #51533] Inscription sur l'Espace Acheteur" est en attente de remise.
Le destinataire est protégé par MailInBlack. Pour que votre message soit délivré, cliquez sur le lien ci-dessous et recopiez le code affiché :

https://auth.mailinblack.example/challenge/7Hq2

Ce message a été envoyé automatiquement, merci de ne pas y répondre.""")

M("automated", False, None, None, None, False, "fr",
  "Publisher newsletter with List-Id, List-Unsubscribe and Precedence: bulk.",
  frm="Éditions Exemple <newsletter@editions-exemple.fr>", client="webmail", html="only",
  subj="Nouveautés jeunesse de la rentrée 2024",
  hdrs={"List-Id": "Nouveautes <nouveautes.editions-exemple.fr>",
        "List-Unsubscribe": "<https://editions-exemple.fr/desinscription>", "Precedence": "bulk"},
  body="""Découvrez notre sélection de romans et documentaires pour les CDI !

- 12 nouveaux titres pour les collégiens
- Un dossier spécial éducation aux médias
- -15 % pour toute commande avant le 31 octobre

Se désinscrire de cette lettre d'information""")

M("automated", False, None, None, "espace_acheteur", True, "fr",
  "No-reply notification from the buyer space: an account is waiting for validation; Auto-Submitted: auto-generated.",
  frm="Espace Acheteur <no-reply@espace-acheteur.example.fr>", client="webmail",
  subj="Un compte est en attente de validation",
  hdrs={"Auto-Submitted": "auto-generated"}, return_path="bounce@espace-acheteur.example.fr",
  body="""Bonjour,

Un nouvel utilisateur s'est inscrit et son compte est en attente de validation.
Structure : Collège (structure sans administrateur)
Utilisateur : y.bensaid@ac-creteil.fr

Ce message est envoyé automatiquement, merci de ne pas y répondre.""")

M("automated", False, None, None, "ticket_portal", False, "fr",
  "Ticket portal notification 'Votre demande a été mise à jour', auto-generated.",
  frm="Portail Assistance <no-reply@tickets.assistance.example.fr>", client="webmail", html="alt",
  subj="[Ticket #52011] Votre demande a été mise à jour",
  hdrs={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
  body="""Bonjour,

Votre demande n° 52011 a été mise à jour par un agent.
Consultez-la sur le portail d'assistance.

Ceci est un message automatique.""")

M("automated", False, None, IDF, None, False, "fr",
  "Académie mailing list for documentalistes (List-Id, Precedence: list); region from ac-creteil.fr.",
  frm="Liste des professeurs documentalistes <liste-doc@ac-creteil.fr>", client="webmail",
  subj="[liste-doc] Lettre d'information n°3 - octobre 2024",
  hdrs={"List-Id": "<liste-doc.ac-creteil.fr>", "Precedence": "list",
        "List-Unsubscribe": "<mailto:sympa@ac-creteil.fr?subject=unsubscribe%20liste-doc>"},
  body="""Au sommaire de cette lettre :
- Semaine de la presse et des médias : inscriptions ouvertes
- Formation "Portail du CDI" : calendrier des sessions
- Rappel : mise à jour des comptes des nouveaux collègues

Vous recevez ce message car vous êtes inscrit(e) à la liste liste-doc.""")

M("automated", False, None, None, None, False, "fr",
  "Town hall automatic acknowledgement 'nous avons bien reçu votre message', Auto-Submitted: auto-replied.",
  frm="Mairie - Accueil <accueil@mairie-exemple-77.fr>", client="outlook",
  subj="Accusé de réception de votre message",
  hdrs={"Auto-Submitted": "auto-replied"},
  body="""Nous avons bien reçu votre message. Il sera traité dans les meilleurs délais par le service concerné.

Ceci est une réponse automatique.""")

# ======================= other (12) ==========================================

M("other", False, None, None, None, False, "en",
  "English SEO spam.",
  frm="Jessica Lee <jessica@rank-boost-seo.example>", client="webmail",
  subj="Page 1 on Google for your website",
  body="""Hi,

I noticed your website is not ranking on the first page of Google. Our team can get you there in 30 days with guaranteed results.

Reply YES and I will send you our pricing.

Jessica""")

M("other", False, None, None, None, False, "fr",
  "Commercial offer from a furniture vendor, not a support request.",
  frm="Mobilier Scolaire Pro <contact@mobilier-scolaire-pro.example>", client="outlook", html="only",
  subj="Offre spéciale mobilier CDI",
  body="""Madame, Monsieur,

Profitez de -20 % sur nos rayonnages et tables de lecture pour votre CDI jusqu'au 30 octobre.

Notre commercial se tient à votre disposition pour un rendez-vous.

L'équipe Mobilier Scolaire Pro""")

M("other", False, None, None, None, False, "fr",
  "A student asks for an internship: unrelated.",
  frm="Lina Dupuis <lina.dupuis2005@gmail.com>", client="gmail",
  subj="Demande de stage",
  body="""Bonjour,

Étudiante en BTS SIO, je recherche un stage de 6 semaines à partir de janvier. Je vous joins mon CV.

Lina Dupuis""", attach=[("CV_Lina_Dupuis.pdf", "application/pdf", PDF("CV"))])

M("other", False, "0771053B", IDF, "espace_acheteur", True, "fr",
  "Reply thanking for a solved validation, nothing asked; the quoted history is about the pending account.",
  frm="Julie Marchand <julie.marchand@ac-creteil.fr>", client="iphone", cte="8bit", reply=True,
  subj="Re: [Ticket #50977] Inscription",
  body="""Merci c réglé !
Julie

Envoyé de mon iPhone

> Le 12 sept. 2024 à 10:05, Assistance <support@assistance.example.fr> a écrit :
>
> Bonjour, votre compte pour le collège 0771053B est en attente de validation par l'administrateur de votre structure.""")

M("other", False, None, None, None, False, "en",
  "English phishing ('your mailbox is full').",
  frm="Mail Admin <admin@secure-mailbox-update.example>", client="webmail", html="only",
  subj="Action required: mailbox quota exceeded",
  body="""Dear user,

Your mailbox has exceeded its storage limit. Click below to verify your account within 24 hours or your emails will be deleted.

VERIFY NOW

IT Helpdesk""")

M("other", False, None, IDF, None, False, "fr",
  "A teacher asks for teaching ideas on media education: not a support request.",
  frm="Céline Martin <celine.martin3@ac-versailles.fr>", client="zimbra",
  subj="séance EMI en 6e",
  body="""Bonjour,

Auriez-vous des idées de séances d'éducation aux médias pour des 6e ? Je débute comme professeure documentaliste.

Céline""")

M("other", False, None, None, None, False, "fr",
  "Publisher representative invites to a webinar: not a support request.",
  frm="Hugo Marais <hugo.marais@editions-exemple.fr>", client="outlook",
  subj="Invitation webinaire - ressources numériques",
  body="""Bonjour,

J'ai le plaisir de vous inviter à notre webinaire de présentation des ressources numériques le 17 octobre à 16h.

Bien cordialement,
Hugo Marais, délégué pédagogique""")

M("other", False, None, None, None, False, "fr",
  "GDPR request to delete personal data: needs a person, no category fits.",
  frm="Martine Lefort <martine.lefort@orange.fr>", client="webmail", cte="8bit",
  subj="Suppression de mes données",
  body="""Bonjour,

Retraitée depuis juillet, je vous demande de supprimer mon compte et mes données personnelles conformément au RGPD.

Martine Lefort""")

M("other", False, None, None, None, False, "fr",
  "A parent writes to the wrong address about her child's timetable.",
  frm="Sabrina K <sabrina.k78@hotmail.fr>", client="outlook", html="alt",
  subj="emploi du temps de mon fils",
  body="""bonjour,
mon fils est en 5eme B et il n'a toujours pas son emploi du temps definitif, pouvez vous me dire quand il l'aura ?
merci""")

M("other", False, None, None, None, False, "en",
  "English partnership proposal from an edtech company.",
  frm="Oliver Grant <oliver@edtech-partner.example>", client="gmail",
  subj="Partnership opportunity",
  body="""Hello,

We build reading-tracking tools for school libraries and would love to discuss an integration partnership with your platform.

Would you have 20 minutes next week?

Oliver Grant, BD Manager""")

M("other", False, None, None, None, False, "fr",
  "A master's student asks to circulate a survey: unrelated.",
  frm="Anaïs Leroy <anais.leroy@etu.univ-exemple.fr>", client="thunderbird",
  subj="Questionnaire mémoire de master",
  body="""Bonjour,

Dans le cadre de mon mémoire sur les CDI, pourriez-vous diffuser ce questionnaire aux documentalistes de votre réseau ?

Anaïs Leroy""")

M("other", False, None, IDF, None, False, "fr",
  "Asks for a printed catalogue: not a platform support request.",
  frm="Gérard Petit <gerard.petit@ac-paris.fr>", client="outlook",
  subj="catalogue papier",
  body="""Bonjour,
Pourriez-vous m'envoyer votre catalogue papier au lycée ?
Gérard Petit""")


# ------------------------------------------------------------ write + check ---

UAI_RE = re.compile(r"(?<![0-9A-Za-z])((?:\d ?){7}[A-Za-z])(?![0-9A-Za-z])")


def visible_text(msg):
    chunks = [str(msg.get("Subject", "")), str(msg.get("From", ""))]
    for part in msg.walk():
        if part.get_content_maintype() != "text" or part.is_attachment():
            continue
        try:
            text = part.get_content()
        except Exception:  # pragma: no cover - sub-blocks of delivery-status
            continue
        if part.get_content_subtype() == "html":
            text = htmlmod.unescape(re.sub(r"<[^>]+>", " ", text))
        chunks.append(text)
    return "\n".join(chunks)


def region_of(uai, from_addr):
    if uai:
        return DEPT_REGION.get(uai[:3])
    domain = from_addr.rsplit("@", 1)[-1].lower()
    return DOMAIN_REGION.get(domain)


def write():
    order = list(range(len(MAILS)))
    RNG.shuffle(order)
    for old in HERE.glob("h[0-9][0-9][0-9].eml"):
        old.unlink()
    labels = []
    for n, idx in enumerate(order, 1):
        fname = "h%03d.eml" % n
        item = MAILS[idx]
        (HERE / fname).write_bytes(build(item["mail"]))
        lab = dict(item["label"], file=fname)
        labels.append({k: lab[k] for k in KEYS})
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")


def check():
    labels = [json.loads(line) for line in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(labels) == 150, len(labels)
    files = sorted(p.name for p in HERE.glob("h*.eml"))
    assert files == ["h%03d.eml" % i for i in range(1, 151)], files
    assert [l["file"] for l in labels] == files
    seen = set()
    for lab in labels:
        where = lab.get("file")
        assert list(lab.keys()) == KEYS, (where, lab.keys())
        assert lab["category"] in CATEGORIES, where
        seen.add(lab["category"])
        assert isinstance(lab["auto_reply_ok"], bool), where
        if lab["category"] not in AUTO_ALLOWED:
            assert lab["auto_reply_ok"] is False, where
        assert isinstance(lab["hard"], bool), where
        assert lab["lang"] in ("fr", "en"), where
        assert lab["platform"] in PLATFORMS, where
        assert lab["region"] is None or lab["region"] in _REG, where
        assert isinstance(lab["notes"], str) and lab["notes"].strip(), where
        assert lab["uai"] is None or uai_ok(lab["uai"]), where

        raw = (HERE / where).read_bytes()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            assert not part.defects, (where, part.defects)
        for h in ("Message-ID", "Date", "From"):
            assert msg.get(h), (where, h)
        from_addr = parseaddr(str(msg["From"]))[1]
        assert "@" in from_addr, (where, msg["From"])

        text = visible_text(msg)
        compact = re.sub(r"\s+", "", text).upper()
        notes = lab["notes"]
        if lab["uai"]:
            assert lab["uai"] in compact, (where, "labelled uai not in mail")
        for m in UAI_RE.finditer(text):
            code = m.group(1).replace(" ", "").upper()
            if uai_ok(code):
                assert code == lab["uai"] or code in notes, (where, code, "valid UAI not explained")
            else:
                assert code in notes and "wrong check letter" in notes, (where, code, "bad UAI not explained")
        if "wrong check letter" in notes:
            bad = [c for c in re.findall(r"\b\d{7}[A-Z]\b", notes) if not uai_ok(c)]
            assert bad, (where, "no wrong code named in notes")
            for c in bad:
                assert c in compact, (where, c, "wrong code not in mail")
                assert LETTERS[int(c[:7]) % 23] != c[7]
        assert lab["region"] == region_of(lab["uai"], from_addr), (where, lab["region"], region_of(lab["uai"], from_addr))
    assert seen == set(CATEGORIES), set(CATEGORIES) - seen
    n_en = sum(l["lang"] == "en" for l in labels)
    assert 10 <= n_en <= 25, n_en
    return labels


def main():
    assert len(MAILS) == 150, len(MAILS)
    write()
    labels = check()
    counts = {c: sum(l["category"] == c for l in labels) for c in CATEGORIES}
    print("wrote 150 mails:", counts)
    print("english:", sum(l["lang"] == "en" for l in labels), "hard:", sum(l["hard"] for l in labels))


if __name__ == "__main__":
    main()
