#!/usr/bin/env python3
"""Build holdout84: 150 hand-written support mails whose request rides on an
attachment (scanned signed letters, PDF forms, screenshots, 'voir PJ').

Standard library only, deterministic. Writes h001.eml ... h150.eml and
labels.jsonl next to this file, then re-reads and checks them.
"""
import html
import json
import random
import re
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
RNG = random.Random(8484)
SUPPORT = "support@assistance.example.fr"
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

CATEGORIES = ["password_reset", "missing_noreply_mail", "mailinblack_spam", "account_creation",
              "subscription_activation", "head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"]
NEVER_AUTO = {"head_of_establishment_request", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
REGIONS = {
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
DEPT = {}
DOMAIN = {}
for _slug, (_deps, _doms) in REGIONS.items():
    for _d in _deps.split():
        DEPT[_d if len(_d) == 3 else "0" + _d] = _slug
    for _d in _doms.split():
        DOMAIN[_d] = _slug


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and LETTERS[int(code[:7]) % 23] == code[7]


MAILS = []


def m(c, ok, uai, reg, pf, hard, lang, frm, subj, body, notes, **kw):
    MAILS.append(dict(c=c, ok=ok, uai=uai, reg=reg, pf=pf, hard=hard, lang=lang, frm=frm,
                      subj=subj, body=body.strip("\n") + "\n", notes=notes, kw=kw))


# ---------------------------------------------------------------- building

def fake_bytes(kind, name):
    r = random.Random(name)
    noise = bytes(r.randrange(256) for _ in range(r.randint(180, 420)))
    if kind == "pdf":
        return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                b"2 0 obj\n<< /Type /Pages /Kids [] /Count 1 >>\nendobj\n3 0 obj\n<< /Length 200 >>\nstream\n"
                + noise + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
    if kind == "png":
        return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + noise
    if kind == "jpg":
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + noise + b"\xff\xd9"
    return b"PK\x03\x04\x14\x00\x06\x00" + noise


MIME = {"pdf": ("application", "pdf"), "png": ("image", "png"), "jpg": ("image", "jpeg"),
        "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "odt": ("application", "vnd.oasis.opendocument.text")}


def to_html(text):
    out, quoting = [], False
    for line in text.split("\n"):
        q = line.startswith(">")
        if q and not quoting:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
        if not q and quoting:
            out.append("</blockquote>")
        quoting = q
        s = line.lstrip("> ") if q else line
        out.append("<div>%s</div>" % (html.escape(s) if s else "<br>"))
    if quoting:
        out.append("</blockquote>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + "\n".join(out) + "\n</div></body></html>\n")


def hexid(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def alnum(n):
    return "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def addr_of(frm):
    mm = re.search(r"<([^>]+)>", frm)
    return (mm.group(1) if mm else frm).strip()


def build(i, spec):
    kw = spec["kw"]
    cli = kw.get("cli", "outlook")
    frm = spec["frm"]
    sender = addr_of(frm)
    dom = sender.split("@")[1].lower() if "@" in sender else "unknown.invalid"
    date = datetime(2024, 9, 2, 7, 0, tzinfo=timezone(timedelta(hours=2))) + timedelta(
        days=RNG.randint(0, 190), minutes=RNG.randint(0, 11 * 60))
    if date.month in (11, 12, 1, 2, 3) or (date.month == 10 and date.day > 27):
        date = date.astimezone(timezone(timedelta(hours=1)))
    ip = "%s.%d" % (RNG.choice(["192.0.2", "198.51.100", "203.0.113"]), RNG.randint(2, 250))
    msg = EmailMessage(policy=policy.default)
    rp = kw.get("rp", "<%s>" % sender)
    msg["Return-Path"] = rp
    msg["Delivered-To"] = SUPPORT
    relay = kw.get("relay", "smtp%d.%s" % (RNG.randint(1, 6), dom))
    msg["Received"] = ("from %s (%s [%s]) by mx1.assistance.example.fr (Postfix) with ESMTPS id %s "
                       "for <%s>; %s" % (relay, relay, ip, alnum(15), SUPPORT,
                                         format_datetime(date + timedelta(seconds=RNG.randint(3, 40)))))
    auth = kw.get("auth", "pass")
    if auth == "pass":
        ar = "mx1.assistance.example.fr; dkim=pass header.d=%s; spf=pass smtp.mailfrom=%s; dmarc=pass header.from=%s" % (dom, dom, dom)
    elif auth == "none":
        ar = "mx1.assistance.example.fr; dkim=none; spf=pass smtp.helo=%s; dmarc=none" % relay
    else:
        ar = "mx1.assistance.example.fr; dkim=fail header.d=%s; spf=fail smtp.mailfrom=%s; dmarc=fail header.from=%s" % (dom, dom, dom)
    msg["Authentication-Results"] = ar
    msg["From"] = frm
    msg["To"] = kw.get("to", "Assistance <%s>" % SUPPORT)
    if kw.get("cc"):
        msg["Cc"] = kw["cc"]
    if kw.get("reply_to"):
        msg["Reply-To"] = kw["reply_to"]
    msg["Subject"] = spec["subj"]
    msg["Date"] = format_datetime(date)
    if cli == "gmail":
        mid = "<CA%s@mail.gmail.com>" % alnum(40)
    elif cli == "outlook":
        mid = "<%s@%s>" % (alnum(12).upper() + "$" + hexid(8), "PR1P264MB" + str(RNG.randint(1000, 9999)) + ".FRAP264.PROD.OUTLOOK.COM")
    elif cli == "zimbra":
        mid = "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randint(10**8, 10**9), RNG.randint(10**5, 10**6), RNG.randint(10**12, 10**13), dom)
    else:
        mid = "<%s-%s-%s-%s-%s@%s>" % (hexid(8), hexid(4), hexid(4), hexid(4), hexid(12), dom)
    msg["Message-ID"] = kw.get("mid", mid)
    if kw.get("irt"):
        msg["In-Reply-To"] = kw["irt"]
        msg["References"] = kw["irt"]
    msg["MIME-Version"] = "1.0"
    if cli == "outlook":
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
        msg["Thread-Index"] = "AQH" + alnum(25) + "=="
        msg["Content-Language"] = "fr-FR" if spec["lang"] == "fr" else "en-GB"
    elif cli == "thunderbird":
        msg["User-Agent"] = "Mozilla Thunderbird"
        msg["Content-Language"] = spec["lang"]
    elif cli == "apple":
        msg["X-Mailer"] = "Apple Mail (2.3774.600.62)"
    elif cli == "iphone":
        msg["X-Mailer"] = "iPhone Mail (21H16)"
    elif cli == "zimbra":
        msg["X-Mailer"] = "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF131 (Win)/9.0.0_ZEXTRAS_20240927)"
    for k, v in kw.get("hdr", {}).items():
        msg[k] = v
    body = spec["body"]
    default_html = {"outlook": "alt", "gmail": "alt", "apple": "alt", "zimbra": "alt"}.get(cli, None)
    hmode = kw.get("html", default_html)
    enc = kw.get("enc", "8bit" if cli in ("thunderbird",) else "quoted-printable")
    if enc in ("7bit",) and not body.isascii():
        enc = "quoted-printable"
    if hmode == "only":
        msg.set_content(to_html(body), subtype="html", cte=enc)
    else:
        msg.set_content(body, cte=enc)
        if cli == "thunderbird":
            msg.set_param("format", "flowed")
        if hmode == "alt":
            msg.add_alternative(to_html(body), subtype="html", cte=enc)
    for a in kw.get("att", []):
        kind, name = a.split(":", 1)
        mt, st = MIME[kind]
        msg.add_attachment(fake_bytes(kind, name), maintype=mt, subtype=st, filename=name)
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary("----=_Part_%d_%s.%d" % (i, hexid(12), n))
    return msg.as_bytes(policy=policy.default)


def build_report(i, spec):
    """Bounces and read receipts: multipart/report, written out by hand."""
    kw = spec["kw"]
    rtype = kw["report"]
    b = "=_report_%03d_%s" % (i, hexid(10))
    date = datetime(2024, 9, 20, 9, 0, tzinfo=timezone(timedelta(hours=2))) + timedelta(days=RNG.randint(0, 150), minutes=RNG.randint(0, 600))
    relay = kw.get("relay", "mx.example.net")
    lines = [
        "Return-Path: %s" % kw.get("rp", "<>"),
        "Delivered-To: %s" % SUPPORT,
        "Received: from %s (%s [203.0.113.%d]) by mx1.assistance.example.fr (Postfix) with ESMTPS id %s for <%s>; %s"
        % (relay, relay, RNG.randint(2, 250), alnum(15), SUPPORT, format_datetime(date)),
        "From: %s" % spec["frm"],
        "To: %s" % kw.get("to", SUPPORT),
        "Subject: %s" % spec["subj"],
        "Date: %s" % format_datetime(date),
        "Message-ID: <%s.%s@%s>" % (hexid(16), hexid(6), relay),
    ]
    for k, v in kw.get("hdr", {}).items():
        lines.append("%s: %s" % (k, v))
    lines += ["MIME-Version: 1.0",
              'Content-Type: multipart/report; report-type=%s; boundary="%s"' % (rtype, b), "",
              "This is a MIME-encapsulated message.", "",
              "--" + b, "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "",
              spec["body"].rstrip("\n"), "",
              "--" + b, "Content-Type: message/%s" % rtype, "", kw["status"].strip("\n"), "",
              "--" + b, "Content-Type: text/rfc822-headers", "", kw["orig"].strip("\n"), "",
              "--" + b + "--", ""]
    return "\n".join(lines).encode("utf-8")


# ================================================================ the mail
# ---------------------------------------------------------- password_reset
m("password_reset", True, "0691275L", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "Sophie Berthet <sophie.berthet@ac-lyon.fr>", "Mot de passe e-sidoc - capture jointe", """
Bonjour,

Voir capture d'écran jointe : "identifiant ou mot de passe incorrect" quand je me connecte à l'administration e-sidoc du collège (UAI 0691275L).
Je pense avoir simplement oublié le mot de passe depuis juin.

Merci d'avance,
Sophie Berthet
Professeure documentaliste - Collège Les Battières, Lyon 5e
""", "Screenshot of a login error; the body says it is a forgotten e-sidoc password with the UAI: a plain reset.",
  cli="thunderbird", att=["png:Capture d’écran 2024-09-09 101522.png"])

m("password_reset", True, "0380734S", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "CDI Lycee Champollion <cdi.champollion@ac-grenoble.fr>", "mdp perdu", """
bonjour
mdp perdu pour le portail esidoc, voir PJ (message d'erreur)
uai 0380734S
merci
Karim
""", "Very short body: lost password (mdp) for e-sidoc with the UAI, the screenshot only shows the error.",
  cli="zimbra", html="none", att=["jpg:IMG_20240916_083412.jpg"])

m("password_reset", True, "0350321J", "bretagne", "esidoc", True, "fr",
  "Secrétariat Collège Anne de Bretagne <ce.0350321J@ac-rennes.fr>", "Réinitialisation accès e-sidoc", """
Bonjour,

La documentaliste, Mme Le Goff, ne parvient plus à se connecter à l'espace d'administration e-sidoc : son mot de passe a expiré pendant son congé. Je vous joins la copie d'écran qu'elle m'a transmise.

Pouvez-vous envoyer le lien de réinitialisation sur cette adresse ?

Bien cordialement,
Le secrétariat
""", "UAI appears only in the ce.<UAI>@ac-rennes.fr sender address; the secretariat asks for the reset link on the official address.",
  att=["png:erreur_connexion.png"])

m("password_reset", True, "0450779C", "centre-val-de-loire", "esidoc", False, "fr",
  "Nathalie Perrin <nathalie.perrin@ac-orleans-tours.fr>", "Compte bloqué après 5 essais", """
Bonjour,

Après plusieurs tentatives, le compte administrateur du portail e-sidoc de notre lycée est bloqué (cf. capture jointe : "compte verrouillé, réessayez plus tard").
Je ne me souviens plus du mot de passe exact. Notre identifiant est 0450779C.

Merci de m'indiquer comment le réinitialiser.

Nathalie Perrin
Professeure documentaliste
Lycée Voltaire, Orléans
""", "Account locked after too many attempts and password forgotten: password_reset per the taxonomy.",
  cli="apple", att=["png:Capture d’écran 2024-10-01 à 14.02.11.png"])

m("password_reset", False, "6201497H", "corse", "esidoc", True, "fr",
  "Paul-Antoine Santoni <pa.santoni@ac-corse.fr>", "TR: lien expiré", """
Bonjour,

Le lien reçu hier a expiré avant que je puisse l'utiliser (voir capture). Pouvez-vous le renvoyer, mais cette fois à mon adresse perso paolo.santoni@gmail.com car je n'ai pas accès à la boîte du collège pendant les vacances ?

Collège de Porticcio, UAI 6201497H

Paul-Antoine Santoni
""", "Expired reset link, but he asks for it to go to a personal gmail address not on file: a person must refuse or handle it.",
  cli="gmail", att=["png:lien_expire.png"])

m("password_reset", True, "9740037X", "la-reunion", "esidoc", False, "fr",
  "Marie-Josée Payet <marie-josee.payet@ac-reunion.fr>", "oubli mot de passe BCDI/e-sidoc", """
Bonjour,

Je suis documentaliste au collège Mahé de Labourdonnais à Saint-Denis (9740037X). J'ai oublié le mot de passe de l'interface d'administration e-sidoc. Je joins une capture de la page de connexion.

Cordialement,
Marie-Josée Payet
""", "Forgotten e-sidoc admin password from La Réunion, UAI in the body.",
  cli="outlook", att=["png:connexion_esidoc.png"])

m("password_reset", True, "0591264D", "hauts-de-france", "esidoc", True, "fr",
  "Julie Vandamme <julie.vandamme@ac-lille.fr>", "Identifiant e-sidoc", """
Bonjour,

Je n'ai pas de souci avec l'adresse mail, je reçois bien vos messages : c'est juste que je ne connais pas le mot de passe, c'est ma collègue partie en retraite qui l'avait. Capture de l'écran de connexion en pièce jointe.

Julie Vandamme
Documentaliste, collège Jean Zay, Lomme
RNE : 0591264d
""", "Negation about the mail ('je reçois bien vos messages'): the real request is an unknown password; UAI only in the signature, in lower case.",
  cli="thunderbird", att=["png:ecran_connexion.png"])

m("password_reset", True, "0141927U", "normandie", "esidoc", False, "fr",
  "Lycee Malherbe CDI <cdi.malherbe@ac-normandie.fr>", "Demande de nouveau mot de passe (0141927U)", """
Bonjour,
Ci-joint la capture de l'erreur. Nous souhaitons un nouveau mot de passe pour l'admin e-sidoc.
Cordialement
""", "Very short body asking for a new e-sidoc admin password, UAI in the subject.",
  cli="zimbra", att=["png:capture.png"])

m("password_reset", True, None, "occitanie", "esidoc", False, "fr",
  "Fabrice Roux <fabrice.roux@ac-toulouse.fr>", "mot de passe oublie", """
Bonjour,
j'ai oublie le mot de passe d'acces a la gestion du portail documentaire du college, je vous envoie la capture d'ecran du message.
Merci
F. Roux, prof doc
""", "No accents, no UAI: forgotten portal password; region from the ac-toulouse.fr domain.",
  cli="iphone", html="none", enc="base64", att=["jpg:IMG_4471.JPG"])

m("password_reset", True, "0640298B", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Service gestion - Lycée Louis Barthou <gestion.barthou@ac-bordeaux.fr>", "Mot de passe Espace Acheteur", """
Bonjour,

Impossible de me connecter à l'Espace Acheteur depuis la rentrée : le mot de passe n'est plus valide (copie d'écran ci-jointe). Le compte est au nom de l'établissement, UAI 0640298B.

Merci de me dire comment le réinitialiser.

Cordialement,
Hélène Etcheverry
Gestionnaire
""", "Password no longer valid on the Espace Acheteur, UAI given: password reset.",
  att=["png:espace_acheteur_erreur.png"])

m("password_reset", False, "0860611X", "nouvelle-aquitaine", "esidoc", True, "fr",
  "Aurélie Morin <aurelie.morin@ac-poitiers.fr>", "mot de passe + facture", """
Bonjour,

Deux choses :
1) je n'arrive plus à me connecter à l'admin e-sidoc (0860611X), mot de passe oublié, cf capture
2) la facture de renouvellement jointe porte l'ancien nom du lycée, pouvez-vous la refaire ?

Merci !
Aurélie Morin, lycée Camille Guérin, Poitiers
""", "Two topics: forgotten password (first) and an invoice to correct (order_billing, with the invoice attached); a single template would answer only half.",
  cli="gmail", att=["png:capture_admin.png", "pdf:Facture_FA-24-10872.pdf"])

m("password_reset", True, "0930339N", "ile-de-france", "esidoc", True, "fr",
  "Samia Haddad <samia.haddad@ac-creteil.fr>", "Re: [#SUP-006112] connexion e-sidoc", """
Bonjour,

Ce n'est pas la ressource qui pose problème comme indiqué dans mon premier message, c'est le mot de passe administrateur : je l'ai perdu. Voir la nouvelle capture.

UAI : 0930 339 N

Samia Haddad

Le lun. 7 oct. 2024 à 09:12, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Nous avons bien reçu votre demande concernant la ressource Europresse.
> L'activation intervient sous 72 h après la commande.
> Cordialement,
> L'équipe d'assistance
""", "Reply correcting the ticket's topic: not the resource (quoted activation answer) but a lost admin password; UAI written with spaces.",
  cli="gmail", irt="<SUP-006112.1728285120.a81c2e@assistance.example.fr>", att=["png:capture2.png"])

m("password_reset", True, "0780592V", "ile-de-france", "ticket_portal", False, "fr",
  "Olivier Mercier <olivier.mercier@ac-versailles.fr>", "Accès portail d'assistance", """
Bonjour,

Je n'arrive plus à me connecter au portail de suivi des demandes (le portail tickets) : mot de passe oublié et le bouton "mot de passe oublié" ne fait rien, voir capture.

Lycée Jules Ferry, Versailles - 0780592V

Olivier Mercier
Référent numérique
""", "Forgotten password on the ticket portal; the screenshot shows the forgotten-password button doing nothing, but the request is a reset.",
  cli="thunderbird", att=["png:portail_tickets.png"])

m("password_reset", True, "9710524T", "guadeloupe", "esidoc", False, "fr",
  "Collège Front de Mer <ce.9710524T@ac-guadeloupe.fr>", "Mot de passe e-sidoc perdu", """
Bonjour,

Suite au changement de documentaliste, nous n'avons plus le mot de passe administrateur d'e-sidoc. Merci de nous envoyer un lien de réinitialisation à l'adresse de l'établissement.

Le secrétariat de direction
Collège Front de Mer - Pointe-à-Pitre
""", "Lost admin password after a change of librarian, sent from the ce.<UAI> address in Guadeloupe; the link can go to that address.",
  cli="zimbra")

m("password_reset", True, "0311674B", "occitanie", "esidoc", False, "en",
  "Emma Clarke <e.clarke@ac-toulouse.fr>", "Forgotten admin password - screenshot attached", """
Hello,

I'm the English-speaking librarian at the international section of Lycée Saint-Sernin (UAI 0311674B). I can't log in to the e-sidoc administration any more, I think I forgot the password. Please see the attached screenshot.

Thanks a lot,
Emma Clarke
""", "English: forgotten e-sidoc admin password, UAI in the body.",
  cli="apple", att=["png:Screenshot 2024-11-05 at 10.14.22.png"])

m("password_reset", True, "0130984Z", "provence-alpes-cote-d-azur", "esidoc", False, "en",
  "Daniel Moreau <daniel.moreau@ac-aix-marseille.fr>", "Login problem", """
Hi,

Our e-sidoc admin account is locked, see attached. We forgot the password. School ID 0130984Z.

Regards,
Daniel Moreau
IT, Lycée international de Luminy
""", "English, short: locked account and forgotten password, UAI given.",
  cli="outlook", att=["png:locked.png"])

m("password_reset", False, None, "grand-est", "esidoc", True, "fr",
  "Céline Kuntz <celine.kuntz@ac-strasbourg.fr>", "oubli mdp", """
Bonjour,

J'ai oublié le mdp de l'admin e-sidoc du collège. Notre code est le 0671776X (voir aussi la fiche jointe).

Merci
Céline Kuntz, documentaliste
""", "UAI typed as 0671776X: wrong check letter (the digits give 0671776S), so no UAI; region from the ac-strasbourg.fr domain; a person must identify the school before any link.",
  cli="zimbra", att=["pdf:fiche_etablissement.pdf"])

m("password_reset", True, "7200572J", "corse", "esidoc", True, "fr",
  "CDI lycée Paul Vincensini <cdi.vincensini@ac-corse.fr>", "Re: accès gestion portail", """
Bonjour,

Toujours pas de mot de passe, je vous renvoie la capture.
Pour mémoire notre établissement : 7200572J.

-----Message d'origine-----
De : CDI lycée Paul Vincensini
Envoyé : mardi 12 novembre 2024 10:03
À : Assistance <support@assistance.example.fr>
Objet : accès gestion portail

Bonjour, je n'arrive plus à entrer dans la gestion du portail e-sidoc, le mot de passe est refusé.
""", "Haute-Corse UAI (720 prefix); the quoted original is the same lost-password request, resent.",
  cli="outlook", att=["png:capture_refus.png"])

m("password_reset", True, "0250059D", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
  "Thierry Vuillemin <thierry.vuillemin@ac-besancon.fr>", "réinitialisation mot de passe espace acheteur 0250059D", """
Bonjour,
Voir PJ.
Cordialement,
T. Vuillemin
Adjoint gestionnaire
""", "Body is only 'voir PJ'; the subject says it all: reset of the Espace Acheteur password for the UAI in the subject.",
  cli="outlook", att=["png:mdp_espace_acheteur.png"])

m("password_reset", False, "0490727Z", "pays-de-la-loire", "ecoledirecte", True, "fr",
  "Franck Guérin <franck.guerin@ac-nantes.fr>", "Mot de passe administrateur EcoleDirecte", """
Bonjour,

Je ne parle pas du mot de passe de maintenance quotidien (celui-là je l'ai), mais du mot de passe du compte administrateur EcoleDirecte que j'ai perdu. Capture jointe.

Collège Saint-Joseph, Angers - 0490727Z

Franck Guérin
Responsable informatique
""", "Negation: explicitly not the daily maintenance password (transfer_incident); lost EcoleDirecte admin password, for which no reset template exists.",
  cli="thunderbird", att=["png:ed_admin.png"])

m("password_reset", True, "9760857C", "mayotte", "esidoc", False, "fr",
  "Anrifa Madi <anrifa.madi@ac-mayotte.fr>", "demande de mot de passe", """
Bonjour
je suis la nouvelle prof doc du college de Kawéni, 9760857C. Je n'ai pas le mot de passe pour gerer le portail e-sidoc, capture jointe.
Merci beaucoup
Anrifa
""", "New librarian in Mayotte without the portal password; UAI given: reset procedure applies.",
  cli="gmail", att=["jpg:photo_ecran.jpg"])

m("password_reset", True, "9720046T", "martinique", "espace_acheteur", False, "fr",
  "Intendance Lycée Schoelcher <intendance.schoelcher@ac-martinique.fr>", "Mot de passe expiré", """
Bonjour,

Le mot de passe de notre compte Espace Acheteur a expiré (voir la capture jointe) et le lien de renouvellement ne fonctionne plus.
Établissement : Lycée Victor Schoelcher, UAI 9720046T.

Cordialement,
L'intendance
""", "Expired Espace Acheteur password, Martinique, UAI in the body.",
  att=["png:mdp_expire.png"])

# ------------------------------------------------------ missing_noreply_mail
m("missing_noreply_mail", True, "0631930F", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
  "Laurence Chabrier <laurence.chabrier@ac-clermont.fr>", "Mail d'activation jamais reçu", """
Bonjour,

J'ai créé le compte de l'établissement sur l'Espace Acheteur lundi (UAI 0631930F). L'écran dit qu'un mail d'activation a été envoyé (capture jointe), mais je n'ai rien reçu, ni dans la boîte de réception ni dans les indésirables.

Cordialement,
Laurence Chabrier
Gestionnaire, collège Lucie Aubrac
""", "The activation mail never arrived; screenshot of the confirmation screen; no anti-spam product named.",
  att=["png:confirmation_inscription.png"])

m("missing_noreply_mail", True, None, "bretagne", "esidoc", False, "fr",
  "Yann Le Bihan <yann.le-bihan@ac-rennes.fr>", "pas reçu le mail", """
Bonjour,
j'ai cliqué sur mot de passe oublié hier, rien reçu. capture de ma boîte jointe.
Yann
""", "Clicked 'forgotten password', the no-reply mail never came: missing_noreply_mail, region from ac-rennes.fr.",
  cli="iphone", html="none", att=["jpg:IMG_0932.jpg"])

m("missing_noreply_mail", True, "0331976U", "nouvelle-aquitaine", "esidoc", True, "fr",
  "Cécile Dupuy <cecile.dupuy@ac-bordeaux.fr>", "Lien de réinitialisation non reçu", """
Bonjour,

Je connais la procédure et je n'ai pas perdu mon identifiant : j'ai bien demandé le nouveau mot de passe depuis la page de connexion, mais le mail n'arrive jamais. Nous n'avons pas de MailInBlack au lycée, j'ai vérifié avec le service informatique. Copie d'écran des indésirables jointe.

Lycée Montesquieu, Bordeaux - 0331976U

Cécile Dupuy
""", "Reads like a password problem and names MailInBlack only to say the school does not use it: the new-password mail never arrives, so missing_noreply_mail.",
  cli="thunderbird", att=["png:indesirables.png"])

m("missing_noreply_mail", True, "0570326V", "grand-est", "espace_acheteur", False, "fr",
  "Gestion Collège Jean Rostand <ce.0570326V@ac-nancy-metz.fr>", "Notifications de commande", """
Bonjour,

Depuis octobre nous ne recevons plus les notifications automatiques de l'Espace Acheteur (validation de panier, suivi de commande). Ci-joint le paramétrage de notre compte où l'adresse est correcte.

Merci de votre aide.
Le service de gestion
""", "Notifications from the no-reply address stopped arriving; the sender's ce.<UAI> address carries the UAI.",
  att=["png:parametres_compte.png"])

m("missing_noreply_mail", True, "0801784E", "hauts-de-france", "espace_acheteur", False, "fr",
  "Benoît Lefèvre <benoit.lefevre@ac-amiens.fr>", "Mail de confirmation", """
Bonjour, voir pièce jointe : l'inscription est faite, mais le mail de confirmation n'arrive pas (0801784E).
Bonne journée,
Benoît Lefèvre
""", "Short: sign-up done, confirmation mail not received; screenshot attached.",
  cli="gmail", att=["png:inscription_ok.png"])

m("missing_noreply_mail", False, None, "provence-alpes-cote-d-azur", "esidoc", True, "fr",
  "Isabelle Giordano <isabelle.giordano@ac-nice.fr>", "RE: [#SUP-006420] Mail de réinitialisation non reçu", """
Bonjour,

J'ai suivi vos conseils (indésirables, expéditeur autorisé, voir capture), toujours rien après trois jours. Pouvez-vous transmettre à la région ?

Isabelle Giordano

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 14 octobre 2024 11:20
Objet : [#SUP-006420] Mail de réinitialisation non reçu

Bonjour,
Vérifiez votre dossier de courrier indésirable et ajoutez l'expéditeur no-reply à vos contacts. Sans nouvelles sous 48 h, nous transmettrons à votre région.
""", "Follow-up after the junk-folder answer: still nothing after 48 h, asks for the region; a person must take over.",
  cli="outlook", irt="<SUP-006420.1728897600.77c0de@assistance.example.fr>", att=["png:regle_expediteur.png"])

m("missing_noreply_mail", True, "0870849A", "nouvelle-aquitaine", "esidoc", False, "fr",
  "Christine Lagrange <christine.lagrange@ac-limoges.fr>", "mail d'activation e-sidoc", """
Bonjour,

Je n'ai jamais reçu le mail permettant d'activer mon compte administrateur e-sidoc (lycée Gay-Lussac, 0870849A). Je vous joins le formulaire que j'avais rempli en septembre.

Christine Lagrange
""", "Activation mail for the e-sidoc admin account never arrived; the attached form is only background.",
  cli="apple", att=["pdf:formulaire_inscription_esidoc.pdf"])

m("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "Marc Delorme <marc.delorme@mairie-saint-priest.fr>", "Pas de mail pour valider l'inscription", """
Bonjour,

Mairie de Saint-Priest, service achats. Nous nous sommes inscrits sur l'Espace Acheteur, mais le courriel de validation n'est jamais arrivé (capture de l'écran d'inscription en PJ).

Cordialement,
Marc Delorme
""", "A town hall buyer (no académie domain, no UAI) never got the validation mail.",
  att=["png:inscription.png"])

m("missing_noreply_mail", True, "0341235H", "occitanie", "esidoc", False, "fr",
  "Anne Bousquet <anne.bousquet@ac-montpellier.fr>", "Re: mot de passe", """
Bonjour,

Le mot de passe n'est pas le problème en fait : l'outil me dit "un courriel vous a été envoyé" (capture) mais je ne reçois jamais ce courriel. UAI 0341235H.

Anne
""", "Negation: 'le mot de passe n'est pas le problème'; the reset tool works but its mail never arrives.",
  cli="thunderbird", att=["png:courriel_envoye.png"])

m("missing_noreply_mail", True, "9730732H", "guyane", "espace_acheteur", False, "fr",
  "Gestionnaire Lycée Melkior-Garré <gestion.melkior@ac-guyane.fr>", "Aucun mail reçu de la plateforme", """
Bonjour,

Voir PJ : nous avons bien validé le panier mais aucun mail de confirmation ne nous parvient depuis la plateforme (no-reply). Établissement 9730732H, Cayenne.

Cordialement,
""", "The no-reply confirmation mails never arrive in Guyane; the request is not about the order itself.",
  cli="zimbra", att=["png:panier_valide.png"])

m("missing_noreply_mail", True, None, None, "esidoc", False, "en",
  "Sarah Whitfield <swhitfield@lfi-london.org.uk>", "No activation email", """
Hello,

I registered our school library on e-sidoc last week (screenshot attached) but the activation email never arrived. I've checked spam.

Kind regards,
Sarah Whitfield
Librarian, French international school, London
""", "English, school abroad: activation mail never arrived; no académie domain, no UAI.",
  cli="gmail", att=["png:registration.png"])

m("missing_noreply_mail", True, "0620270G", "hauts-de-france", "espace_acheteur", False, "fr",
  "Lycée Robespierre <ce.0620270G@ac-lille.fr>", "Fwd: nouveau mot de passe", """
Bonjour,
Transféré par la gestionnaire : elle a demandé un nouveau mot de passe hier soir, le message ne lui est jamais arrivé. Capture jointe.
Le secrétariat

---------- Forwarded message ---------
De : Nadia Ouali <nadia.ouali@ac-lille.fr>
Date : mar. 19 nov. 2024 à 18:40
Objet : nouveau mot de passe
À : Lycée Robespierre <ce.0620270G@ac-lille.fr>

Je n'ai toujours pas reçu le mail pour le nouveau mdp de l'espace acheteur, tu peux leur écrire ?
""", "Forward from the ce.<UAI> address: the new-password mail never reached the gestionnaire.",
  cli="gmail", att=["png:capture_boite.png"])

m("missing_noreply_mail", True, "0711589S", "bourgogne-franche-comte", "esidoc", True, "fr",
  "Pierre Bonnot <pierre.bonnot@ac-dijon.fr>", "lien activation", """
bonjour,
rien reçu pour l'activation (voir capture). uai 0711589s
pierre bonnot, prof doc
""", "Lower-case UAI (0711589s) in a very short body; activation link never received.",
  cli="iphone", html="none", att=["jpg:IMG_5520.jpg"])

m("missing_noreply_mail", True, "0440692N", "pays-de-la-loire", "esidoc", False, "fr",
  "Gaëlle Normand <gaelle.normand@ac-nantes.fr>", "Mail non reçu", """
Bonjour,

Suite à ma demande de réinitialisation je n'ai reçu aucun mail, j'ai regardé partout (capture des dossiers jointe).
Collège Victor Hugo - Nantes (0440692N)

Merci,
Gaëlle Normand
""", "The reset mail never arrived; the screenshot shows the folders checked.",
  cli="outlook", att=["png:dossiers.png"])

m("missing_noreply_mail", True, "0761414Z", "normandie", "esidoc", False, "fr",
  "Laure Petit <laure.petit@ac-normandie.fr>", "Pas de mail après la demande", """
Bonjour,

Ci-joint le PDF du message d'erreur que j'obtiens : "si l'adresse est connue, un courriel vous sera envoyé". Mais aucun courriel. Lycée Corneille, Rouen, 0761414Z.

Laure Petit
""", "The PDF holds the 'a mail will be sent' notice; the mail never arrived.",
  cli="thunderbird", att=["pdf:message_erreur.pdf"])

# ------------------------------------------------------ mailinblack_spam
m("mailinblack_spam", True, "0291329M", "bretagne", "espace_acheteur", False, "fr",
  "Gwenaëlle Kerjean <gwenaelle.kerjean@ac-rennes.fr>", "Mail bloqué par Mailinblack", """
Bonjour,

Votre mail d'activation a été bloqué par Mailinblack dans notre établissement (capture de la quarantaine jointe). Que faut-il faire ?

Collège Max Jacob, Quimper - 0291329M
Gwenaëlle Kerjean
""", "MailInBlack named and a quarantine screenshot attached: allow-list guide.",
  att=["png:mailinblack_quarantaine.png"])

m("mailinblack_spam", True, "0940407G", "ile-de-france", "espace_acheteur", False, "fr",
  "Intendance Lycée Marcelin Berthelot <int.berthelot@ac-creteil.fr>", "mailinblack", """
Bonjour, voir pièce jointe. MailInBlack retient vos messages. UAI 0940407G.
""", "Very short body naming MailInBlack, screenshot attached.",
  cli="zimbra", att=["png:mib.png"])

m("mailinblack_spam", True, "0211335M", "bourgogne-franche-comte", "esidoc", True, "fr",
  "Collège Carnot <ce.0211335M@ac-dijon.fr>", "Messages en attente", """
Bonjour,

Le service informatique de la ville a installé Mail In Black cet été. Depuis, le lien de mot de passe d'e-sidoc reste dans "Courriers en attente" (voir capture), je ne l'ai pas perdu, il est juste bloqué.

Le secrétariat
""", "Mentions the password link, but the mail is held by 'Mail In Black': mailinblack_spam; UAI only in the ce.<UAI> sender.",
  cli="outlook", att=["png:courriers_en_attente.png"])

m("mailinblack_spam", False, "0560960P", "bretagne", "espace_acheteur", True, "fr",
  "Ronan Guillou <ronan.guillou@ac-rennes.fr>", "Vérification anti-robot", """
Bonjour,

Quand vous nous écrivez, votre plateforme reçoit une demande de vérification "je ne suis pas un robot" de notre messagerie (j'ai fait une capture). Du coup nous ne recevons jamais les mails de validation. Lycée Dupuy de Lôme, 0560960P.

Ronan Guillou, DANE correspondant
""", "The sender-authentication challenge is described without naming MailInBlack: probably mailinblack_spam, but a person should confirm the product.",
  cli="thunderbird", att=["png:challenge.png"])

m("mailinblack_spam", True, None, "ile-de-france", "espace_acheteur", False, "en",
  "Kevin O'Neill <kevin.oneill@ac-versailles.fr>", "Your emails held by MailInBlack", """
Hi,

Our MailInBlack filter keeps your activation emails in quarantine, see the attached screenshot. How do we whitelist you?

Kevin O'Neill
IT support
""", "English, MailInBlack quarantine screenshot; no UAI, region from ac-versailles.fr.",
  cli="outlook", att=["png:quarantine.png"])

m("mailinblack_spam", False, "0371175B", "centre-val-de-loire", "espace_acheteur", True, "fr",
  "Agnès Renard <agnes.renard@ac-orleans-tours.fr>", "MailInBlack + administrateur", """
Bonjour,

1. Vos mails sont bloqués par MailInBlack (copie d'écran jointe).
2. Par ailleurs, qui est l'administrateur de notre structure sur l'Espace Acheteur ? Je dois demander des droits.

Lycée Descartes, Tours (0371175B)
Agnès Renard
""", "Two topics: mail blocked by MailInBlack (main) and who is the structure's administrator (account_creation).",
  att=["png:mib_bloque.png"])

m("mailinblack_spam", True, "0661220T", "occitanie", "esidoc", False, "fr",
  "Jordi Puig <jordi.puig@ac-montpellier.fr>", "TR: Mailinblack - message bloqué", """
Bonjour,
Je vous transfère la notification reçue : votre message est bloqué par MailInBlack. Capture jointe aussi.
Collège Pompeu Fabra, Perpignan 0661220T

-------- Message transféré --------
Sujet : [Mailinblack] 1 message en attente
Date : Wed, 13 Nov 2024 07:00:02 +0100
De : Mailinblack <noreply@mailinblack.com>

Vous avez 1 message en attente de validation de no-reply@esidoc.example.fr.
""", "The user forwards MailInBlack's pending-message notice: a person asks, so mailinblack_spam, not automated.",
  cli="thunderbird", att=["png:notification_mib.png"])

m("mailinblack_spam", True, "9711997U", "guadeloupe", "espace_acheteur", False, "fr",
  "Lycée Baimbridge <ce.9711997U@ac-guadeloupe.fr>", "Courriels en quarantaine (Mailinblack)", """
Bonjour,

Voir capture : nos messages de l'Espace Acheteur partent en quarantaine Mailinblack. Pouvez-vous nous aider à vous autoriser ?

Cordialement,
L'intendance
""", "MailInBlack quarantine in Guadeloupe; UAI from the ce.<UAI> sender address.",
  cli="zimbra", att=["png:quarantaine.png"])

m("mailinblack_spam", True, "0921388J", "ile-de-france", "esidoc", False, "fr",
  "Patricia Lemaire <patricia.lemaire@ac-versailles.fr>", "mails bloqués", """
Bonjour,
Le mail de réinitialisation est bloqué par Mailinblack (cf PJ).
Collège Henri Barbusse, Bagneux - RNE 0921388J
P. Lemaire
""", "Short: reset mail blocked by MailInBlack, screenshot attached.",
  cli="gmail", att=["png:cf_pj.png"])

m("mailinblack_spam", True, "0510147H", "grand-est", "espace_acheteur", False, "fr",
  "Valérie Thiébaut <valerie.thiebaut@ac-reims.fr>", "Mailinblack", """
Bonjour,

Ci-joint le PDF que notre service informatique nous a remis : il faut que vous soyez déclarés dans MailInBlack, mais nous ne savons pas quelle adresse déclarer. Établissement 0510147H.

Valérie Thiébaut
Gestionnaire
""", "Asks which sender to allow in MailInBlack; attached IT note.",
  cli="apple", att=["pdf:procedure_mailinblack.pdf"])

m("mailinblack_spam", True, "0061443L", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
  "Lycée Masséna CDI <cdi.massena@ac-nice.fr>", "Re: Lien non reçu", """
Bonjour,

Vous aviez raison : le lien était bloqué par MailInBlack, pas dans les spams. Comment éviter que cela recommence ? Capture de la quarantaine jointe.
0061443L

> Bonjour, avez-vous un filtre anti-spam de type MailInBlack dans votre établissement ?
""", "Reply confirming the MailInBlack block and asking how to allow the sender permanently.",
  cli="thunderbird", att=["png:quarantaine_mib.png"])

# ------------------------------------------------------ account_creation
m("account_creation", True, "0631723F", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
  "Sylvie Fayolle <sylvie.fayolle@ac-clermont.fr>", "Formulaire de création de compte", """
Bonjour,

Veuillez trouver ci-joint le formulaire de création de compte Espace Acheteur rempli pour notre collège (0631723F). Pouvez-vous créer le compte ?

Cordialement,
Sylvie Fayolle, gestionnaire
""", "Sends the filled account-creation form and asks for the buyer account to be created.",
  att=["pdf:formulaire_creation_compte_0631723F.pdf"])

m("account_creation", False, "0750441X", "ile-de-france", "espace_acheteur", False, "fr",
  "Agence comptable Lycée Turgot <ac.turgot@ac-paris.fr>", "Compte en attente de validation", """
Bonjour,

Notre compte est "en attente de validation" depuis trois semaines (voir capture). L'administrateur de la structure est parti. Qui peut valider ?

Lycée Turgot, 0750441X
L'agence comptable
""", "Account waiting for validation with no administrator left: a person must step in.",
  cli="outlook", att=["png:en_attente.png"])

m("account_creation", False, None, "hauts-de-france", "espace_acheteur", True, "fr",
  "Hugo Dubois <hugo.dubois@ac-lille.fr>", "Droits de commande", """
Bonjour,

Ce n'est pas un problème de mot de passe, je me connecte bien. Mais je n'ai pas les droits pour passer commande (capture du menu grisé). Pouvez-vous ouvrir les droits ?

Hugo Dubois
Adjoint gestionnaire, collège Jean Macé
""", "Negation: login works; asks for order rights to be opened (account_creation), a person checks.",
  cli="gmail", att=["png:menu_grise.png"])

m("account_creation", True, "0830378K", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
  "Claire Ferrand <claire.ferrand@ac-nice.fr>", "Création compte documentaliste", """
Bonjour,
Je viens d'arriver au collège (0830378K). Je souhaite un compte sur le portail e-sidoc, fiche de renseignements jointe.
Claire Ferrand
""", "New librarian asks for an e-sidoc account with a filled information sheet.",
  cli="thunderbird", att=["pdf:fiche_renseignements.pdf"])

m("account_creation", False, None, None, "espace_acheteur", False, "en",
  "Priya Nair <p.nair@efi-singapore.edu.sg>", "Account request - form attached", """
Dear support team,

Please find attached our completed registration form. We are a French school abroad and would like to open a buyer account.

Best regards,
Priya Nair
Bursar
""", "English, school abroad: account request with a form; eligibility must be checked by a person.",
  cli="outlook", att=["pdf:registration_form_signed.pdf"])

m("account_creation", False, "0860044F", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "Damien Robin <damien.robin@ac-poitiers.fr>", "qui est administrateur ?", """
Bonjour, qui est l'administrateur de notre structure (0860044F) ? capture de mon profil jointe. merci
""", "Asks who the structure's administrator is: needs a look-up by a person.",
  cli="zimbra", html="none", att=["png:profil.png"])

m("account_creation", True, "0290106H", "bretagne", "esidoc", False, "fr",
  "Mikaël Tanguy <mikael.tanguy@ac-rennes.fr>", "Demande de compte", """
Bonjour,

Je joins le formulaire PDF de demande d'ouverture de compte e-sidoc pour le lycée de l'Elorn (0290106H).

Bien à vous,
Mikaël Tanguy
""", "Body summarises the attached PDF: opening an e-sidoc account.",
  cli="apple", att=["pdf:demande_ouverture_compte.pdf"])

m("account_creation", False, "0440135H", "pays-de-la-loire", "espace_acheteur", True, "fr",
  "Lycée Clemenceau <ce.0440135H@ac-nantes.fr>", "UAI inconnu à l'inscription", """
Bonjour,

À l'inscription, notre UAI n'est pas proposé dans la liste (capture jointe). Comment faire ?

Le secrétariat du lycée
""", "The UAI is only in the ce.<UAI> sender address; the school is not in the sign-up list, which goes to the sales team.",
  att=["png:uai_introuvable.png"])

m("account_creation", True, "9741124D", "la-reunion", "espace_acheteur", False, "fr",
  "Jean-Luc Hoarau <jean-luc.hoarau@ac-reunion.fr>", "ouverture compte acheteur", """
Bonjour,
Comment creer un compte pour notre college 9741124D ? j'ai mis en PJ la page ou je bloque.
JL Hoarau, gestionnaire
""", "How to create a buyer account; screenshot of the sign-up page.",
  cli="gmail", att=["png:page_inscription.png"])

m("account_creation", False, "0251721K", "bourgogne-franche-comte", "esidoc", False, "fr",
  "Estelle Girardot <estelle.girardot@ac-besancon.fr>", "2e compte admin", """
Bonjour,

Nous sommes deux documentalistes au lycée Pasteur (0251721K). Peut-on avoir chacune un compte administrateur ? Liste des deux personnes jointe.

Estelle Girardot
""", "Asks for a second administrator account; a person decides.",
  cli="thunderbird", att=["docx:comptes_admin.docx"])

# ------------------------------------------------------ subscription_activation
m("subscription_activation", True, "0691519B", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "Mathieu Rey <mathieu.rey@ac-lyon.fr>", "Abonnement non visible", """
Bonjour,

Nous avons commandé l'abonnement Europresse avant-hier (bon de commande joint) mais il n'apparaît pas encore dans le portail.

Lycée Ampère, 0691519B
Mathieu Rey
""", "Ordered two days ago, not visible yet: within the 72-hour activation rule.",
  att=["pdf:bon_de_commande_europresse.pdf"])

m("subscription_activation", False, "0140372D", "normandie", "esidoc", False, "fr",
  "Florence Hamel <florence.hamel@ac-normandie.fr>", "Ressource toujours pas active", """
Bonjour,

Commande passée le 2 octobre (confirmation jointe), nous sommes le 21 et la ressource n'est toujours pas disponible pour les élèves. UAI 0140372D.

Florence Hamel
""", "Ordered three weeks ago and still not active: past 72 hours, a person must check the order.",
  cli="outlook", att=["pdf:confirmation_commande.pdf"])

m("subscription_activation", True, "0571560L", "grand-est", "esidoc", True, "fr",
  "Julien Schmitt <julien.schmitt@ac-nancy-metz.fr>", "Publication ressource", """
Bonjour,

Je n'ai pas oublié mon mot de passe, tout fonctionne côté admin. Mais la ressource Cafeyn n'est pas publiée pour les élèves (voir capture). Comment la publier ?

Collège La Fontaine, Metz - 0571560L
""", "Negation about the password; the resource is not published for pupils: subscription_activation.",
  cli="thunderbird", att=["png:cafeyn_non_publie.png"])

m("subscription_activation", True, None, None, "esidoc", False, "en",
  "Laura Becker <laura.becker@lyceefrancais-berlin.de>", "Subscription not showing", """
Hello,

We renewed our e-sidoc subscription yesterday (invoice attached for reference) but the portal still shows "expired". Is there a delay?

Laura Becker
""", "English: renewal done yesterday, not active yet; the invoice is only for reference, the question is activation.",
  cli="apple", att=["pdf:invoice_2024_1187.pdf"])

m("subscription_activation", True, "9731730T", "guyane", "esidoc", False, "fr",
  "CDI Collège Eugène Nonnon <cdi.nonnon@ac-guyane.fr>", "ressource numerique pas visible", """
Bonjour
voir capture, la ressource commandée cette semaine ne s'affiche pas. 9731730T
""", "Very short: resource ordered this week not visible; within the activation delay.",
  cli="zimbra", html="none", att=["png:capture_portail.png"])

m("subscription_activation", True, "0310617C", "occitanie", "esidoc", False, "fr",
  "Lucie Fabre <lucie.fabre@ac-toulouse.fr>", "Activation abonnement", """
Bonjour,

Le principal m'a demandé de vous écrire : il veut seulement savoir quand l'abonnement commandé lundi sera disponible (bon de commande signé en PJ).

Collège Bellevue, Toulouse (0310617C)
Lucie Fabre
""", "Mentions the principal and a signed order form, but only asks when the subscription becomes available.",
  att=["pdf:BC_signe.pdf"])

m("subscription_activation", True, "0751966E", "ile-de-france", "esidoc", False, "fr",
  "Bertrand Lacombe <bertrand.lacombe@ac-paris.fr>", "module non activé", """
Bonjour,

Ci-joint la capture : le module "Presse" acheté hier reste grisé dans l'administration e-sidoc du lycée (0751966E).

Cordialement,
Bertrand Lacombe
""", "Module bought yesterday still greyed out: activation delay.",
  cli="gmail", att=["png:module_grise.png"])

m("subscription_activation", True, "0620003S", "hauts-de-france", "esidoc", False, "fr",
  "Collège Jean Jaurès <ce.0620003S@ac-lille.fr>", "Abonnement BNF / e-sidoc", """
Bonjour,
Nous avons reçu la facture (jointe) mais la ressource n'est pas encore visible sur le portail. Commande passée mardi.
Cordialement
""", "The invoice is attached but the question is the resource not yet visible, ordered two days ago.",
  cli="outlook", att=["pdf:facture_abonnement.pdf"])

m("subscription_activation", True, "7201876B", "corse", "esidoc", False, "fr",
  "Marie Luciani <marie.luciani@ac-corse.fr>", "Ressource à publier", """
Bonjour,
Comment publier la nouvelle ressource sur le portail pour les élèves ? (voir capture)
Lycée de Bastia - 7201876B
Marie Luciani
""", "Resource to publish on the portal, Haute-Corse.",
  cli="thunderbird", att=["png:ressource.png"])

# ------------------------------------------------------ head_of_establishment_request
m("head_of_establishment_request", False, "0690523U", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "Principal Collège Gilbert Dru <ce.0690523U@ac-lyon.fr>", "Courrier signé - réinitialisation administrateur e-sidoc", """
Madame, Monsieur,

Veuillez trouver ci-joint mon courrier signé demandant la réinitialisation du mot de passe administrateur e-sidoc du collège et le changement de l'adresse de contact.

Bien cordialement,
Le principal
""", "The principal writes from the ce.<UAI> address with a signed letter asking for an admin reset and a new contact address.",
  att=["pdf:courrier_principal_signe.pdf"])

m("head_of_establishment_request", False, "0381628N", "auvergne-rhone-alpes", "espace_acheteur", True, "fr",
  "Proviseure Lycée Vaucanson <ce.0381628N@ac-grenoble.fr>", "Voir pièce jointe", """
Voir pièce jointe.

Catherine Roussel
Proviseure
""", "Body is only 'voir pièce jointe' from the proviseure's ce.<UAI> address, with a scanned letter: a head-of-establishment request whose content a person must read.",
  cli="outlook", att=["pdf:Numérisation_20241008_0912.pdf"])

m("head_of_establishment_request", False, "0350231L", "bretagne", "esidoc", False, "fr",
  "Nolwenn Le Roux <nolwenn.le-roux@ac-rennes.fr>", "Courrier de la cheffe d'établissement", """
Bonjour,

Comme demandé, je vous transmets le courrier signé de Mme la principale autorisant le changement d'administrateur du portail e-sidoc : je remplace M. Cariou, muté. Elle est en copie.

Collège Les Gayeulles, Rennes (0350231L)
Nolwenn Le Roux, professeure documentaliste
""", "The librarian relays the principal's signed letter (head in copy) for a change of administrator.",
  cli="gmail", cc="Principale <ce.0350231L@ac-rennes.fr>", att=["pdf:courrier_signe_principale.pdf"])

m("head_of_establishment_request", False, "0451113R", "centre-val-de-loire", "espace_acheteur", False, "fr",
  "Proviseur Lycée Pothier <ce.0451113R@ac-orleans-tours.fr>", "Autorisation de commande", """
Bonjour,

Ci-joint mon autorisation signée pour la commande n° 24-3381 passée par notre gestionnaire sur l'Espace Acheteur.

Le proviseur
Lycée Pothier, Orléans
""", "The proviseur authorises an order in writing with a signed letter: head-of-establishment request, not order_billing.",
  cli="zimbra", att=["pdf:autorisation_commande_signee.pdf"])

m("head_of_establishment_request", False, "6200443M", "corse", "esidoc", True, "fr",
  "Jean-Marc Ottavi <jm.ottavi@ac-corse.fr>", "TR: demande de réinitialisation", """
Bonjour,

Je suis le principal du collège de Sartène (6200443M). Ma documentaliste m'a transféré votre réponse : il faut une demande écrite du chef d'établissement. La voici, signée et tamponnée, en PDF.

Cordialement,
Jean-Marc Ottavi
Principal

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Objet : [#SUP-006733] mot de passe e-sidoc
Bonjour, pour des raisons de sécurité, la réinitialisation doit être demandée par écrit par le chef d'établissement.
""", "The principal, from his personal académie address, sends the signed letter the quoted reset answer asked for; staff must check it.",
  cli="outlook", att=["pdf:demande_signee_tampon.pdf"])

m("head_of_establishment_request", False, "0671568R", "grand-est", "espace_acheteur", False, "fr",
  "Direction Collège Twinger <ce.0671568R@ac-strasbourg.fr>", "Changement d'administrateur Espace Acheteur", """
Madame, Monsieur,

Par le courrier joint, je vous demande de désigner Mme Sandrine Weber, adjointe gestionnaire, comme administratrice du compte Espace Acheteur de l'établissement, en remplacement de M. Klein.

Le principal,
Michel Hoffmann
""", "Body summarises the signed letter: the principal names a new administrator.",
  att=["pdf:designation_administrateur.pdf"])

m("head_of_establishment_request", False, "0590911V", "hauts-de-france", "esidoc", True, "fr",
  "Scan Direction <scan-direction@ac-lille.fr>", "Courrier proviseur - réinitialisation compte admin e-sidoc 0590911V", """
Document numérisé depuis le copieur de la direction.
Pages : 1
Résolution : 300 dpi
""", "Scan-to-mail from the direction's copier: the body is machine text, but the subject typed at the copier says it is the head's letter for an admin reset, UAI given; a person must read the scan.",
  cli="robot", html="none", enc="7bit", att=["pdf:SCAN_DIRECTION_0590911V.pdf"])

m("head_of_establishment_request", False, "0800010B", "hauts-de-france", "espace_acheteur", False, "fr",
  "Principale Collège César Franck <ce.0800010B@ac-amiens.fr>", "Demande de modification de l'adresse de contact", """
Bonjour,

Notre adresse de contact sur l'Espace Acheteur est celle d'un agent parti. Je vous prie de la remplacer par gestion.cfranck@ac-amiens.fr (courrier signé en pièce jointe).

Cordialement,
La principale
""", "The principal asks in writing to change the contact address: never executed automatically.",
  cli="outlook", att=["pdf:courrier_modification_contact.pdf"])

m("head_of_establishment_request", False, "0931786L", "ile-de-france", "esidoc", False, "fr",
  "Proviseur adjoint Lycée Paul Éluard <ce.0931786L@ac-creteil.fr>", "réinitialisation mdp admin", """
Bonjour,
Veuillez trouver en PJ la demande signée du chef d'établissement pour réinitialiser le mdp administrateur e-sidoc.
Cordialement,
Le proviseur adjoint
""", "The deputy head sends the signed request of the head from the ce.<UAI> address: for staff approval.",
  cli="zimbra", att=["pdf:demande_reinit_signee.pdf"])

m("head_of_establishment_request", False, "0781969S", "ile-de-france", "esidoc", True, "fr",
  "Proviseur Lycée Hoche <ce.0781969S@ac-versailles.fr>", "Courrier officiel", """
Bonjour,

Je vous prie de trouver ci-joint mon courrier. Ce n'est pas une simple demande de mot de passe : je demande la fermeture du compte administrateur de l'ancienne documentaliste et l'ouverture d'un compte pour la nouvelle.

Le proviseur
""", "Negation ('ce n'est pas une simple demande de mot de passe'): the head asks in writing to switch the administrator.",
  cli="apple", att=["pdf:courrier_officiel.pdf"])

m("head_of_establishment_request", False, "0141983E", "normandie", "espace_acheteur", False, "fr",
  "Principal Collège Pasteur <ce.0141983E@ac-normandie.fr>", "Lettre de désignation", """
Madame, Monsieur,
Veuillez trouver ci-joint la lettre de désignation de notre nouvelle gestionnaire comme administratrice du compte de l'établissement.
Respectueusement,
Le principal
""", "Signed designation letter for a new administrator from the principal.",
  cli="outlook", att=["pdf:lettre_designation_signee.pdf"])

m("head_of_establishment_request", False, "0330784Y", "nouvelle-aquitaine", "esidoc", False, "en",
  "Head teacher - Bordeaux International School <ce.0330784Y@ac-bordeaux.fr>", "Signed letter - administrator change", """
Dear support team,

Please find attached my signed letter asking you to transfer the e-sidoc administrator rights from Mr Ortiz to Ms Lambert, our new librarian.

Kind regards,
Andrew Parker
Head teacher
""", "English: the head teacher's signed letter to change the e-sidoc administrator, from the ce.<UAI> address.",
  cli="outlook", att=["pdf:signed_letter_admin_change.pdf"])

m("head_of_establishment_request", False, "0310679V", "occitanie", "esidoc", True, "fr",
  "Principal Collège Michelet <ce.0310679V@ac-toulouse.fr>", "Demande écrite", """
Bonjour,

Suite à votre demande, courrier joint. Pour mémoire l'établissement est le 0310679A.

Le principal
""", "The body gives 0310679A (wrong check letter) but the sender address ce.0310679V@ac-toulouse.fr carries the valid UAI; the principal's written request is attached.",
  cli="zimbra", att=["pdf:courrier.pdf"])

m("head_of_establishment_request", False, "0491676F", "pays-de-la-loire", "espace_acheteur", True, "fr",
  "Proviseur Lycée Joachim du Bellay <ce.0491676F@ac-nantes.fr>", "Réinitialisation compte administrateur", """
Bonjour,

Merci de réinitialiser le compte administrateur de l'Espace Acheteur et d'envoyer les nouveaux accès à mon adresse personnelle proviseur.bellay49@gmail.com, courrier signé joint.

Le proviseur
""", "Claims to be the proviseur from the ce.<UAI> address but SPF/DMARC fail and the Reply-To is a free-mail address: a probable spoof that staff should refuse.",
  cli="gmail", auth="fail", reply_to="proviseur.bellay49@gmail.com", att=["pdf:courrier_signe.pdf"])

m("head_of_establishment_request", False, "0130646G", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
  "Secrétariat de direction <secretariat.direction@ac-aix-marseille.fr>", "Courrier de M. le Proviseur - Lycée Thiers", """
Bonjour,

À la demande de M. le Proviseur, je vous adresse son courrier signé sollicitant la réinitialisation de l'adresse de contact e-sidoc du lycée Thiers (0130646G).

Bien cordialement,
Le secrétariat de direction
""", "The direction's secretariat relays the proviseur's signed letter (contact address reset).",
  att=["pdf:courrier_proviseur_thiers.pdf"])

m("head_of_establishment_request", False, "9721944F", "martinique", "esidoc", False, "fr",
  "Principale Collège Aimé Césaire <ce.9721944F@ac-martinique.fr>", "Demande signée", """
Bonjour,
Voir courrier ci-joint (changement d'administrateur e-sidoc).
La principale
""", "Very short: the principal's signed letter for an administrator change, Martinique.",
  cli="zimbra", att=["jpg:courrier_scan.jpg"])

m("head_of_establishment_request", False, "9760749K", "mayotte", "espace_acheteur", False, "fr",
  "Proviseur Lycée de Sada <ce.9760749K@ac-mayotte.fr>", "Autorisation - nouvel acheteur", """
Bonjour,

J'autorise M. Ahmed Soilihi, adjoint gestionnaire, à passer les commandes de l'établissement sur l'Espace Acheteur. Mon autorisation signée est jointe.

Le proviseur
""", "The head authorises a new buyer in writing, Mayotte.",
  att=["pdf:autorisation_signee.pdf"])

m("head_of_establishment_request", False, "0211888N", "bourgogne-franche-comte", "esidoc", False, "fr",
  "Directrice EREA Dijon <ce.0211888N@ac-dijon.fr>", "réinitialisation mot de passe et adresse", """
Bonjour,
Je vous joins ma demande écrite de réinitialisation du mot de passe administrateur et de l'adresse de contact de notre portail.
Merci,
La directrice
""", "The directrice of the establishment asks in writing (attached) for reset of password and contact address.",
  cli="thunderbird", att=["pdf:demande_ecrite_directrice.pdf"])

# ------------------------------------------------------ order_billing
m("order_billing", False, "0381414F", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
  "Gestion Lycée Mounier <gestion.mounier@ac-grenoble.fr>", "Devis signé", """
Bonjour,
Ci-joint le devis signé pour le renouvellement. UAI 0381414F.
Cordialement
""", "Sends a signed quote for the renewal: order handling by a person.",
  cli="outlook", att=["pdf:devis_signe_D24-0912.pdf"])

m("order_billing", False, "0711931N", "bourgogne-franche-comte", "esidoc", False, "fr",
  "Sandrine Pernot <sandrine.pernot@ac-dijon.fr>", "Bon de commande", """
Bonjour,

Vous trouverez en pièce jointe notre bon de commande scanné pour l'abonnement e-sidoc 2025 (collège 0711931N). Merci de nous retourner la facture sur Chorus Pro.

Sandrine Pernot, gestionnaire
""", "Scanned purchase order plus request for the invoice on Chorus.",
  att=["pdf:BC_2025_e-sidoc.pdf"])

m("order_billing", False, "0291845Y", "bretagne", "esidoc", False, "fr",
  "Agent comptable <agence.comptable@ac-rennes.fr>", "Facture rejetée Chorus", """
Bonjour,

Votre facture a été rejetée dans Chorus Pro (capture du motif jointe) : le numéro d'engagement est absent. Pouvez-vous la redéposer ? Établissement 0291845Y.

L'agence comptable
""", "Invoice rejected in Chorus (screenshot of the reason): order_billing.",
  cli="zimbra", att=["png:rejet_chorus.png"])

m("order_billing", False, "0370510D", "centre-val-de-loire", "espace_acheteur", False, "fr",
  "Maxime Bernard <maxime.bernard@ac-orleans-tours.fr>", "devis", """
bonjour, pouvez vous nous faire un devis pour le produit de la capture jointe ? c'est pour le lycée 0370510D
merci
""", "Asks for a quote for the product shown in a screenshot.",
  cli="gmail", att=["png:produit.png"])

m("order_billing", False, "0511265Y", "grand-est", "espace_acheteur", False, "fr",
  "Intendance Lycée Clemenceau <int.clemenceau@ac-reims.fr>", "RIB et mandat administratif", """
Bonjour,

Nous réglons par mandat administratif : merci de nous envoyer votre RIB. Je vous joins le bon d'engagement correspondant à la commande 24-1205.

Lycée Clemenceau, Reims (0511265Y)
""", "Payment means and bon d'engagement attached: order_billing.",
  att=["pdf:bon_engagement_24-1205.pdf"])

m("order_billing", False, "0800428F", "hauts-de-france", "espace_acheteur", True, "fr",
  "Christelle Martin <christelle.martin@ac-amiens.fr>", "Re: [#SUP-006801] Panier", """
Bonjour,

Merci, le mot de passe fonctionne maintenant. En revanche le panier ne se valide pas (voir capture du message d'erreur au moment de valider).

Christelle Martin, collège 0800428F

Le 21/11/2024 à 10:02, Assistance a écrit :
> Bonjour, voici le lien de réinitialisation de votre mot de passe.
""", "Reply on a password ticket whose quoted history is the reset answer; the new question is a basket that will not validate.",
  cli="thunderbird", irt="<SUP-006801.1732179720.3bd1a0@assistance.example.fr>", att=["png:erreur_panier.png"])

m("order_billing", False, "0751584P", "ile-de-france", "espace_acheteur", False, "fr",
  "Gestion Lycée Condorcet <gestion.condorcet@ac-paris.fr>", "Facture - montant erroné", """
Bonjour,

La facture ci-jointe indique 1 240 € TTC alors que le devis validé était de 1 024 €. Pouvez-vous corriger ? UAI 0751584P.

Cordialement,
Le service de gestion
""", "Wrong amount on the attached invoice compared with the quote.",
  cli="outlook", att=["pdf:facture_FA24-7731.pdf", "pdf:devis_D24-5520.pdf"])

m("order_billing", False, None, None, "espace_acheteur", False, "en",
  "Accounts payable <ap@britishschool-paris.example.org>", "Invoice copy request", """
Hello,

Could you send us a copy of the invoice for order 24-2210? Our purchase order is attached.

Thanks,
Accounts payable
""", "English: asks for an invoice copy, purchase order attached.",
  cli="outlook", att=["pdf:PO-7781.pdf"])

m("order_billing", False, "0761979N", "normandie", "espace_acheteur", False, "fr",
  "Philippe Lebrun <philippe.lebrun@ac-normandie.fr>", "Bon de commande signé", """
Bonjour,
Voir PJ : bon de commande signé par l'ordonnateur.
Philippe Lebrun
Gestionnaire - Lycée Flaubert (0761979N)
""", "Short: signed purchase order attached; UAI in the signature.",
  cli="apple", att=["pdf:BC_signe_ordonnateur.pdf"])

m("order_billing", False, "0871916K", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
  "Collège Firmin Roz <ce.0871916K@ac-limoges.fr>", "Facture + conventions", """
Bonjour,

Vous trouverez ci-joint la facture que nous ne comprenons pas (deux lignes identiques). Par ailleurs nous ne voyons plus la convention dans "Mes documents".

Le service intendance
""", "Two topics: duplicated line on the invoice (main) and a convention no longer visible (contract_documents).",
  cli="zimbra", att=["pdf:facture_doublon.pdf"])

m("order_billing", False, "0340006X", "occitanie", "espace_acheteur", False, "fr",
  "Achats Lycée Joffre <achats.joffre@ac-montpellier.fr>", "Commande bloquée en validation", """
Bonjour,

Notre commande est bloquée à l'étape "validation ordonnateur" depuis une semaine (capture jointe). Comment la débloquer ?

Lycée Joffre, Montpellier - 0340006X
""", "Order stuck at the validation step.",
  att=["png:validation_bloquee.png"])

m("order_billing", False, "0490626P", "pays-de-la-loire", "esidoc", False, "fr",
  "Emilie Brunet <emilie.brunet@ac-nantes.fr>", "Devis pour renouvellement", """
Bonjour,

Pouvez-vous me faire un devis pour le renouvellement e-sidoc ? J'ai joint l'ancien devis pour référence. Collège Jean Mermoz, 0490626P.

Emilie Brunet
""", "Asks for a renewal quote; the old quote is attached for reference.",
  cli="thunderbird", att=["pdf:ancien_devis_2023.pdf"])

m("order_billing", False, "0830985V", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
  "Gestion Collège Font de Fillol <gestion.fontdefillol@ac-nice.fr>", "Paiement", """
Bonjour,
Le paiement par carte ne passe pas (capture jointe). Autre moyen de paiement possible ?
Collège 0830985V
""", "Card payment fails; asks for another means of payment.",
  cli="gmail", att=["png:paiement_refuse.png"])

m("order_billing", False, "9711923N", "guadeloupe", "espace_acheteur", False, "fr",
  "Intendance Lycée Gerville-Réache <ce.9711923N@ac-guadeloupe.fr>", "Facture Chorus", """
Bonjour,

Nous n'avons pas reçu la facture dans Chorus Pro pour la commande jointe. Pouvez-vous vérifier le SIRET utilisé ?

L'intendance
""", "Invoice missing from Chorus; order attached.",
  att=["pdf:commande_24-3020.pdf"])

# ------------------------------------------------------ contract_documents
m("contract_documents", False, "0691519B", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
  "Achats Lycée Ampère <achats.ampere@ac-lyon.fr>", "Documents du marché non visibles", """
Bonjour,

Voir capture : la rubrique "Documents du marché" est vide pour nous alors que nous avons adhéré. UAI 0691519B.

Cordialement,
""", "Market documents not visible (screenshot of the empty section).",
  att=["png:documents_marche_vide.png"])

m("contract_documents", False, "0250953A", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
  "Franck Meunier <franck.meunier@ac-besancon.fr>", "avenant", """
Bonjour,
On ne trouve pas l'avenant n°2 à la convention sur la plateforme. La capture montre seulement l'avenant n°1.
Collège Victor Hugo, Besançon (0250953A)
F. Meunier
""", "Cannot see an amendment to the convention.",
  cli="thunderbird", att=["png:avenants.png"])

m("contract_documents", False, "0560504U", "bretagne", "espace_acheteur", True, "fr",
  "Intendance Lycée Lesage <ce.0560504U@ac-rennes.fr>", "Re: Convention d'adhésion", """
Bonjour,

Le lien vers la convention signée (PDF) renvoie une page blanche, voir capture. Nous en avons besoin pour le conseil d'administration.

> Le 03/12/2024, Assistance a écrit :
> Votre facture a bien été déposée dans Chorus Pro.
""", "Quoted history is about an invoice; the new request is a convention document that cannot be opened.",
  cli="thunderbird", irt="<SUP-006950.1733220000.c1d2e3@assistance.example.fr>", att=["png:page_blanche.png"])

m("contract_documents", False, None, "ile-de-france", "espace_acheteur", False, "fr",
  "Rachid Benali <rachid.benali@ac-creteil.fr>", "conventions invisibles", """
Bonjour, sur l'ancienne plateforme je voyais nos conventions, sur la nouvelle non (capture). merci
""", "Conventions visible on the old platform, not on the new; no UAI, region from ac-creteil.fr.",
  cli="gmail", html="none", att=["png:conventions.png"])

m("contract_documents", False, "0640540P", "nouvelle-aquitaine", "espace_acheteur", False, "en",
  "Maite Irigoyen <maite.irigoyen@ac-bordeaux.fr>", "Contract documents missing", """
Hello,

The framework agreement documents do not appear in our space (see screenshot). School 0640540P.

Maite Irigoyen
""", "English: framework agreement documents not visible.",
  cli="outlook", att=["png:contract_space.png"])

m("contract_documents", False, "9741613K", "la-reunion", "espace_acheteur", False, "fr",
  "Gestion Collège Bourbon <gestion.bourbon@ac-reunion.fr>", "Pièces du marché", """
Bonjour,
Nous n'avons pas accès au CCAP ni au règlement de consultation du marché (voir PJ : message "accès refusé").
Collège Bourbon, 9741613K
""", "No access to the market documents (CCAP, rules).",
  cli="zimbra", att=["png:acces_refuse.png"])

m("contract_documents", False, "0920419F", "ile-de-france", "espace_acheteur", False, "fr",
  "Service achats <achats.lycee-descartes@ac-versailles.fr>", "Convention 2025", """
Bonjour,

Nous ne voyons pas la convention 2025 dans notre espace (capture jointe). Lycée Descartes, Antony - 0920419F.

Cordialement,
""", "The 2025 convention is not visible in the buyer space.",
  att=["png:convention_2025.png"])

m("contract_documents", False, "0621991C", "hauts-de-france", "espace_acheteur", False, "fr",
  "Aline Caron <aline.caron@ac-lille.fr>", "document contractuel", """
Bonjour,

Le document contractuel joint à notre adhésion n'est plus téléchargeable (erreur 403 en PJ). Collège 0621991C.

Aline Caron
""", "A contract document no longer downloadable (403).",
  cli="apple", att=["png:erreur_403.png"])

# ------------------------------------------------------ transfer_incident
m("transfer_incident", False, "0631515E", "auvergne-rhone-alpes", "ecoledirecte", False, "fr",
  "Informatique Lycée Blaise Pascal <info.bpascal@ac-clermont.fr>", "Transfert en échec", """
Bonjour,

Le transfert des données vers EcoleDirecte échoue depuis hier soir, voir le journal joint. Établissement 0631515E.

Le service informatique
""", "Data transfer failing, log attached.",
  cli="thunderbird", att=["pdf:journal_transfert.pdf"])

m("transfer_incident", False, "0670797C", "grand-est", "ecoledirecte", True, "fr",
  "Thomas Muller <thomas.muller@ac-strasbourg.fr>", "mot de passe de maintenance", """
Bonjour,
Il me faut le mot de passe de maintenance du jour pour relancer la synchro (capture de l'écran jointe). Collège 0670797C.
Thomas Muller
""", "Daily maintenance password to restart a sync: transfer_incident despite the word 'mot de passe'.",
  cli="gmail", att=["png:maintenance.png"])

m("transfer_incident", False, "0131426E", "provence-alpes-cote-d-azur", "ecoledirecte", False, "fr",
  "Vie scolaire Collège Thiers <vs.thiers@ac-aix-marseille.fr>", "Licence expirée", """
Bonjour,
Voir capture : "licence expirée, veuillez la régénérer". Nous ne pouvons plus faire la synchronisation. UAI 0131426E.
""", "Licence to regenerate, synchronisation blocked.",
  att=["png:licence_expiree.png"])

m("transfer_incident", False, None, None, "ecoledirecte", False, "en",
  "Marco Rossi <m.rossi@scuola-francese.example.it>", "Synchronisation error", """
Hi,

Our daily synchronisation fails with the error in the attached screenshot. Could you check?

Marco Rossi, IT
""", "English: synchronisation failing, screenshot attached; no UAI or académie domain.",
  cli="outlook", att=["png:sync_error.png"])

m("transfer_incident", False, "0930340P", "ile-de-france", "ecoledirecte", False, "fr",
  "Secrétariat Collège Pablo Neruda <ce.0930340P@ac-creteil.fr>", "Export des notes", """
Bonjour,
L'export vers le logiciel de vie scolaire plante à 80 % (capture jointe). Pouvez-vous regarder ?
Le secrétariat
""", "Data export failing, UAI in the ce.<UAI> sender address.",
  cli="zimbra", att=["png:export_80.png"])

m("transfer_incident", False, "0440634A", "pays-de-la-loire", "ecoledirecte", True, "fr",
  "Olivier Pineau <olivier.pineau@ac-nantes.fr>", "synchro + contrat", """
Bonjour,

La synchronisation échoue (log joint). Et au passage, je ne trouve pas la convention dans notre espace, mais ça peut attendre.

Collège 0440634A
O. Pineau
""", "Two topics: failing synchronisation (main) and a convention not found (contract_documents), which the sender says can wait.",
  cli="thunderbird", att=["pdf:log_synchro.pdf"])

# ------------------------------------------------------ automated
m("automated", False, None, None, None, False, "en",
  "Mail Delivery System <MAILER-DAEMON@mx.lyceefrancais-example.org>", "Undelivered Mail Returned to Sender", """
This is the mail system at host mx.lyceefrancais-example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<bibliotheque@lyceefrancais-example.org>: host mx.lyceefrancais-example.org said:
    550 5.1.1 User unknown
""", "Postfix bounce (multipart/report, null Return-Path) of our reply: never answered.",
  report="delivery-status", relay="mx.lyceefrancais-example.org",
  status="""
Reporting-MTA: dns; mx.lyceefrancais-example.org

Final-Recipient: rfc822; bibliotheque@lyceefrancais-example.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown
""", orig="""
From: Assistance <support@assistance.example.fr>
To: bibliotheque@lyceefrancais-example.org
Subject: [#SUP-006201] Your request
Message-ID: <SUP-006201.1728000000.aa11bb@assistance.example.fr>
Auto-Submitted: auto-replied
""")

m("automated", False, None, None, None, True, "fr",
  "Mail Delivery System <MAILER-DAEMON@smtp.mairie-lunel.fr>", "Undelivered Mail Returned to Sender", """
Ceci est le système de messagerie de smtp.mairie-lunel.fr.

Votre message n'a pas pu être remis : la boîte du destinataire est pleine.
Le message d'origine concernait une pièce jointe (devis_signe.pdf) trop volumineuse.

<achats@mairie-lunel.fr>: 552 5.2.2 Mailbox full
""", "French bounce that mentions a signed quote in its text; a delivery-status report from the Mailer-Daemon, not a person.",
  report="delivery-status", relay="smtp.mairie-lunel.fr",
  status="""
Reporting-MTA: dns; smtp.mairie-lunel.fr

Final-Recipient: rfc822; achats@mairie-lunel.fr
Action: failed
Status: 5.2.2
""", orig="""
From: Assistance <support@assistance.example.fr>
To: achats@mairie-lunel.fr
Subject: [#SUP-006377] Devis
Auto-Submitted: auto-replied
""")

m("automated", False, None, "auvergne-rhone-alpes", None, False, "fr",
  "Gestion <gestion.colbert@ac-lyon.fr>", "Lu : [#SUP-006512] Bon de commande", """
Votre message

  À : gestion.colbert@ac-lyon.fr
  Objet : [#SUP-006512] Bon de commande

a été lu le 08/11/2024 à 09:14.
""", "Read receipt (disposition-notification report) on our reply about an order; region from the ac-lyon.fr sender.",
  report="disposition-notification", relay="smtp3.ac-lyon.fr", rp="<gestion.colbert@ac-lyon.fr>",
  status="""
Reporting-UA: gestion.colbert@ac-lyon.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822; gestion.colbert@ac-lyon.fr
Disposition: manual-action/MDN-sent-manually; displayed
""", orig="""
From: Assistance <support@assistance.example.fr>
To: gestion.colbert@ac-lyon.fr
Subject: [#SUP-006512] Bon de commande
""")

m("automated", False, None, "occitanie", None, False, "fr",
  "Hélène Caussade <helene.caussade@ac-toulouse.fr>", "Réponse automatique : Formulaire d'inscription", """
Bonjour,

Je suis absente jusqu'au 4 novembre inclus. Pour toute demande urgente concernant le CDI, merci de contacter la vie scolaire.

Hélène Caussade
""", "Out-of-office with Auto-Submitted: auto-replied; region from the ac-toulouse.fr sender.",
  cli="outlook", hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

m("automated", False, None, None, None, False, "en",
  "James Holloway <j.holloway@internationalschool.example.com>", "Automatic reply: Invoice 2024-1187", """
Thank you for your email. I am out of the office until Monday 18 November with limited access to email. For urgent invoice matters please contact accounts@internationalschool.example.com.
""", "English out-of-office (Auto-Submitted) to our invoice mail.",
  cli="outlook", hdr={"Auto-Submitted": "auto-replied"})

m("automated", False, None, "normandie", None, True, "fr",
  "Gilles Marie <gilles.marie@ac-normandie.fr>", "Absence", """
Bonjour,
Je suis en congé du 21/10 au 03/11. Vos messages ne seront pas transférés. En cas d'urgence, s'adresser au secrétariat de direction.
Cordialement
G. Marie
""", "Out-of-office produced by a client-side rule: no Auto-Submitted or Precedence; only the wording shows it is automatic. Region from ac-normandie.fr.",
  cli="thunderbird")

m("automated", False, None, None, None, True, "fr",
  "Mailinblack <noreply@mailinblack.com>", "Validez votre message pour assistance@college-exemple.fr", """
Bonjour,

Vous avez envoyé un message à assistance@college-exemple.fr. Ce destinataire est protégé par Mailinblack.
Pour que votre message soit délivré, merci de cliquer sur le lien ci-dessous et de prouver que vous n'êtes pas un robot :

https://challenge.mailinblack.example/validate?id=8f2c91

Ce message a été envoyé automatiquement.
""", "MailInBlack's own challenge sent to our support address: a robot, so automated rather than mailinblack_spam.",
  cli="robot", html="alt", hdr={"Auto-Submitted": "auto-generated", "Precedence": "bulk"}, rp="<bounce@mailinblack.com>")

m("automated", False, None, None, None, False, "en",
  "Mailinblack <noreply@mailinblack.com>", "Please confirm your email to k.oneill@example.org", """
Hello,

Your message to k.oneill@example.org is on hold. This recipient uses Mailinblack protection. Click below to confirm you are a human sender:

https://challenge.mailinblack.example/validate?id=19ab77

This is an automated message, please do not reply.
""", "English MailInBlack challenge addressed to us: automated.",
  cli="robot", html="alt", hdr={"Auto-Submitted": "auto-generated"})

m("automated", False, None, None, None, False, "fr",
  "Lettre des documentalistes <newsletter@lettre-doc.example.fr>", "La lettre des CDI - novembre 2024 (PDF)", """
Bonjour,

Retrouvez en pièce jointe la lettre mensuelle des CDI : nouveautés des ressources numériques, agenda des formations, fiches pratiques.

Pour vous désabonner : https://lettre-doc.example.fr/desabonnement
""", "Newsletter with a PDF issue, List-Id and Precedence: bulk.",
  cli="robot", html="alt", hdr={"List-Id": "Lettre des CDI <lettre.lettre-doc.example.fr>", "List-Unsubscribe": "<https://lettre-doc.example.fr/desabonnement>", "Precedence": "bulk"},
  att=["pdf:lettre_cdi_novembre_2024.pdf"])

m("automated", False, None, None, "esignature", True, "fr",
  "Signature électronique <no-reply@esignature.example.fr>", "Document signé : Convention d'adhésion 2025", """
Bonjour,

Tous les signataires ont signé le document "Convention d'adhésion 2025". Vous le trouverez en pièce jointe.

Ceci est un message automatique, merci de ne pas y répondre.
""", "E-signature 'completed' notification with the signed PDF: transactional robot mail without Auto-Submitted; about a convention but not a request.",
  cli="robot", html="alt", att=["pdf:Convention_adhesion_2025_signee.pdf"])

m("automated", False, None, None, "ticket_portal", False, "fr",
  "Portail d'assistance <no-reply@assistance.example.fr>", "[#SUP-006640] Nouvelle pièce jointe ajoutée", """
Une nouvelle pièce jointe (capture_ecran.png) a été ajoutée à la demande #SUP-006640 par un utilisateur.

Consulter la demande : https://portail.assistance.example.fr/demandes/6640
""", "Ticket portal notification generated by our own system: ignore, never answer (mail loop risk).",
  cli="robot", html="none", enc="7bit", hdr={"Auto-Submitted": "auto-generated"})

m("automated", False, None, None, None, True, "fr",
  "Chorus Pro <ne-pas-repondre@chorus-pro.example.fr>", "Mise à disposition d'une facture", """
Bonjour,

Une facture a été mise à disposition de votre structure dans Chorus Pro.
Numéro de facture : FA24-8812
Montant TTC : 1 086,00 EUR

Le document PDF est joint à ce message. Ne répondez pas à ce courriel.
""", "Chorus Pro notification with an invoice PDF: looks like order_billing, but it is an auto-generated notification.",
  cli="robot", html="alt", hdr={"Auto-Submitted": "auto-generated"}, att=["pdf:FA24-8812.pdf"])

m("automated", False, None, "bretagne", "esidoc", True, "fr",
  "Marion Quéré <marion.quere@ac-rennes.fr>", "[doc-bretagne] mot de passe e-sidoc perdu ?", """
Bonjour à toutes et tous,

Quelqu'un sait-il comment récupérer le mot de passe admin e-sidoc quand la collègue est partie ? Je joins la capture de l'écran d'erreur.

Marion, collège de Lannion

--
Liste de diffusion doc-bretagne
""", "A librarian's question posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us. Region from ac-rennes.fr.",
  cli="thunderbird", to="doc-bretagne@listes.ac-rennes.fr",
  hdr={"List-Id": "<doc-bretagne.listes.ac-rennes.fr>", "Precedence": "list", "List-Post": "<mailto:doc-bretagne@listes.ac-rennes.fr>"},
  att=["png:erreur.png"])

m("automated", False, None, "grand-est", None, False, "fr",
  "Proviseur Lycée Fabert <proviseur.fabert@ac-nancy-metz.fr>", "Réponse automatique: Courrier signé", """
Bonjour,
Je suis en déplacement jusqu'au 15 janvier. Pour les courriers à signer, merci de vous adresser à Mme la proviseure adjointe.
""", "Out-of-office from a proviseur answering our mail about a signed letter; Auto-Submitted set; region from the domain.",
  cli="outlook", hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

m("automated", False, None, None, None, False, "fr",
  "Assistance Mairie <ne-pas-repondre@ville-montauban.example.fr>", "Accusé de réception de votre demande n° 2024-5531", """
Votre demande a bien été enregistrée sous le numéro 2024-5531. Un agent du service informatique la traitera dans les meilleurs délais.

Ce message est généré automatiquement.
""", "Auto-acknowledgement from a town hall helpdesk.",
  cli="robot", html="none", hdr={"Auto-Submitted": "auto-replied"})

m("automated", False, None, None, None, False, "en",
  "SharePoint Online <no-reply@sharepointonline.com>", "Marie shared \"Scan_courrier.pdf\" with you", """
Marie Dupont shared a file with you.

Scan_courrier.pdf

Open: https://tenant.sharepoint.example/sites/cdi/Scan_courrier.pdf

This email is generated automatically. Microsoft respects your privacy.
""", "English SharePoint sharing notification: auto-generated, no request to us.",
  cli="robot", html="only", hdr={"Auto-Submitted": "auto-generated"})

m("automated", False, None, "ile-de-france", None, True, "fr",
  "Microsoft Outlook <postmaster@ac-versailles.fr>", "Non remis : [#SUP-006822] Formulaire", """
La remise du message à ces destinataires ou groupes a échoué :

cdi.lycee-camus@ac-versailles.fr
La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant.

Informations de diagnostic pour les administrateurs :
Serveur de génération : smtp.ac-versailles.fr
Remote Server returned '554 5.2.2 mailbox full'
""", "Exchange non-delivery report in plain text from postmaster (no multipart/report); region from the ac-versailles.fr sender.",
  cli="robot", html="alt", rp="<>", hdr={"Auto-Submitted": "auto-replied"})

m("automated", False, None, None, None, False, "fr",
  "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Delay)", """
Le message n'a pas encore été distribué. Nous réessaierons pendant 46 heures.

Destinataire : documentation.clg@college-prive.example.fr
Motif : le serveur distant ne répond pas.
""", "Gmail delay notification from the mailer-daemon: automated.",
  cli="robot", html="none", rp="<>", hdr={"Auto-Submitted": "auto-replied"})

m("automated", False, None, None, None, False, "fr",
  "Enquête satisfaction <enquete@sondages.example.fr>", "Votre avis sur le salon Educatec", """
Bonjour,

Merci d'avoir visité notre stand. Répondez en 2 minutes à notre questionnaire (PDF du programme joint) :
https://sondages.example.fr/educatec

Pour ne plus recevoir nos messages : https://sondages.example.fr/stop
""", "Bulk survey mailing with an unsubscribe link and Precedence: bulk.",
  cli="robot", html="alt", hdr={"Precedence": "bulk", "List-Unsubscribe": "<https://sondages.example.fr/stop>"}, att=["pdf:programme.pdf"])

m("automated", False, None, "martinique", None, False, "fr",
  "Sylvie Louis-Joseph <sylvie.louis-joseph@ac-martinique.fr>", "Réponse automatique : Votre demande", """
Bonjour,
Je suis actuellement absente. Je prendrai connaissance de votre message à mon retour.
Cordialement,
""", "Short out-of-office with Auto-Submitted, Martinique; region from the domain.",
  cli="zimbra", hdr={"Auto-Submitted": "auto-replied"})

# ------------------------------------------------------ other
m("other", False, None, None, None, True, "fr",
  "Service Comptabilité <compta@factures-relance.example.com>", "Facture impayée - voir pièce jointe", """
Bonjour,

Sauf erreur de notre part, la facture ci-jointe reste impayée. Merci d'ouvrir le document et de régulariser sous 48 h pour éviter des pénalités.

Service comptabilité
""", "Fake unpaid-invoice mail from an unknown sender failing SPF/DMARC: phishing, not order_billing.",
  cli="outlook", auth="fail", att=["pdf:Facture_impayee_2024.pdf"])

m("other", False, None, None, None, True, "en",
  "OneDrive <share-noreply@onedrive-docs.example.net>", "A document has been shared with you: Signed_Contract.pdf", """
A document has been shared with you.

Signed_Contract.pdf

To view it, sign in with your email password here: https://onedrive-docs.example.net/login

Microsoft OneDrive
""", "English phishing posing as a shared signed contract and asking for the mail password: other.",
  cli="robot", html="only", auth="fail")

m("other", False, "0450208G", "centre-val-de-loire", "esidoc", True, "fr",
  "Principal Collège Jean Rostand <ce.0450208G@ac-orleans-tours.fr>", "Re: [#SUP-006590] Réinitialisation e-sidoc", """
Bonjour,

Tout fonctionne à nouveau, merci. Je vous joins pour vos archives une copie de mon courrier signé de la semaine dernière.

Le principal

Le 18 nov. 2024 à 15:30, Assistance a écrit :
> Bonjour, suite à votre courrier, l'accès administrateur a été réinitialisé.
""", "The principal sends thanks and a copy of his signed letter 'for the archives': he asks nothing new, so other, not a head-of-establishment request.",
  cli="apple", irt="<SUP-006590.1731940200.e4f5a6@assistance.example.fr>", att=["pdf:copie_courrier_signe.pdf"])

m("other", False, None, None, None, False, "fr",
  "Léa Garnier <lea.garnier.pro@gmail.com>", "Candidature spontanée", """
Madame, Monsieur,

Je me permets de vous adresser ma candidature pour un poste de chargée d'assistance. Vous trouverez mon CV et ma lettre de motivation en pièces jointes.

Léa Garnier
""", "Spontaneous job application with CV: unrelated to support.",
  cli="gmail", att=["pdf:CV_Lea_Garnier.pdf", "pdf:Lettre_motivation.pdf"])

m("other", False, None, None, None, False, "en",
  "Tom Becker <tom@edtech-partners.example.com>", "Partnership proposal - brochure attached", """
Hi there,

We build AI reading tools for school libraries and would love to partner with your platform. Our brochure is attached. Do you have 15 minutes next week?

Best,
Tom
""", "English sales pitch with a brochure: other.",
  cli="gmail", att=["pdf:EdTechPartners_brochure.pdf"])

m("other", False, None, "hauts-de-france", None, True, "fr",
  "Copieur CDI <copieur.cdi@ac-lille.fr>", "Message from KM_C300i", """
Numérisation envoyée depuis KM_C300i.
Fichier : SKM_C300i24101510230.pdf
""", "Scan-to-mail from a copier with a generic body and file name: the request is only inside the scan, so a person must open it; region from ac-lille.fr.",
  cli="robot", html="none", enc="7bit", att=["pdf:SKM_C300i24101510230.pdf"])

m("other", False, None, None, None, True, "fr",
  "m.lambert56 <m.lambert56@orange.fr>", "Document", """

""", "Empty body and a generic subject, only an attachment, from a personal address: nothing can be told without opening it.",
  cli="iphone", html="none", att=["jpg:IMG_7781.jpg"])

m("other", False, None, None, None, False, "fr",
  "Nathalie Rousseau <nathalie.rousseau77@gmail.com>", "Livre perdu par mon fils", """
Bonjour,

Mon fils a perdu un livre du CDI, je vous joins le courrier reçu du collège. Combien dois-je payer et à qui ?

Nathalie Rousseau
""", "A parent writes to the wrong address about a lost library book: other.",
  cli="gmail", att=["jpg:courrier_college.jpg"])

m("other", False, None, None, None, False, "fr",
  "Éditions Le Grand Large <contact@legrandlarge-editions.example.fr>", "Invitation - rencontre d'auteurs", """
Bonjour,

Nous avons le plaisir de vous inviter à notre rencontre d'auteurs jeunesse le 12 décembre. Programme en pièce jointe.

L'équipe des éditions
""", "Publisher invitation with a programme: unrelated to support.",
  cli="apple", att=["pdf:programme_rencontre.pdf"])

m("other", False, None, "pays-de-la-loire", "esidoc", False, "fr",
  "Marine Joubert <marine.joubert@ac-nantes.fr>", "Attestation de formation", """
Bonjour,

J'ai suivi la formation e-sidoc du 15 octobre. Pourriez-vous compléter et signer l'attestation jointe pour mon dossier ?

Marine Joubert
""", "Asks for a training certificate to be signed: other; region from ac-nantes.fr.",
  cli="thunderbird", att=["pdf:attestation_formation.pdf"])

m("other", False, None, "provence-alpes-cote-d-azur", None, False, "fr",
  "Yannick Blanc <yannick.blanc@ac-aix-marseille.fr>", "questionnaire rempli", """
Bonjour,
Voici le questionnaire de l'enquête académique rempli pour notre CDI.
Y. Blanc
""", "A survey form sent to the wrong address: other; region from the domain.",
  cli="zimbra", att=["docx:questionnaire_CDI.docx"])

m("other", False, "9721535L", "martinique", None, False, "fr",
  "CDI Lycée Bellevue <cdi.bellevue@ac-martinique.fr>", "Livraison abîmée", """
Bonjour,

Les livres livrés hier par votre transporteur sont arrivés mouillés (photos jointes). Lycée de Bellevue, 9721535L.

Cordialement,
""", "Damaged book delivery from a bookseller: not a platform request, so other.",
  cli="outlook", att=["jpg:carton1.jpg", "jpg:carton2.jpg"])

m("other", False, "0860739L", "nouvelle-aquitaine", "esignature", True, "fr",
  "Gestion Collège Jean Moulin <ce.0860739L@ac-poitiers.fr>", "Convention à signer - mauvais nom", """
Bonjour,

La convention envoyée en signature électronique porte le nom d'un autre établissement (voir capture). Nous ne pouvons pas la signer en l'état.

Le service de gestion
""", "The convention to e-sign shows the wrong establishment: only the document's sender can fix it, not access to contract documents, so other.",
  cli="zimbra", att=["png:convention_mauvais_nom.png"])

m("other", False, None, None, None, False, "fr",
  "DPO - Conseil départemental <dpo@departement-exemple.fr>", "Clause RGPD à signer", """
Bonjour,

Dans le cadre du RGPD, merci de nous retourner signé le modèle de clause de sous-traitance joint.

Le délégué à la protection des données
""", "A data-protection clause to sign from a département: not a support request of the taxonomy.",
  cli="outlook", att=["docx:clause_sous_traitance.docx"])

m("other", False, None, None, "esidoc", False, "en",
  "Hannah Schulz <hannah.schulz@dfs-munich.example.de>", "Feature suggestion (mock-up attached)", """
Hi,

It would be great if the e-sidoc catalogue showed book covers in the search results. I attached a quick mock-up. Just an idea!

Hannah
""", "English feature suggestion with a mock-up: nothing broken, other.",
  cli="apple", att=["png:mockup.png"])

m("other", False, None, None, None, True, "en",
  "Accounts Dept <accounts@invoice-center.example.biz>", "Kindly review attached invoice", """
Dear Sir/Madam,

Kindly review the attached invoice and confirm payment details at your earliest convenience.

Regards,
Accounts Dept
""", "English invoice spam from an unknown domain failing SPF: phishing, not order_billing.",
  cli="outlook", auth="fail", att=["pdf:INV-20931.pdf"])

m("other", False, None, "guyane", None, False, "fr",
  "Paul Mathurin <paul.mathurin@ac-guyane.fr>", "photos du CDI", """
Bonjour,
Comme promis lors de votre visite, les photos du nouveau CDI.
Bonne journée
Paul
""", "Photos sent after a visit: nothing asked.",
  cli="iphone", html="none", att=["jpg:IMG_3301.jpg", "jpg:IMG_3302.jpg"])

# ================================================================ write + check
KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
CAND = re.compile(r"(?<![0-9A-Za-z])(\d{7})[ ]?([A-Za-z])(?![0-9A-Za-z])")
SPACED = re.compile(r"(?<![0-9A-Za-z])(\d{4})[ ](\d{3})[ ]?([A-Za-z])(?![0-9A-Za-z])|(?<![0-9A-Za-z])(\d{3})[ ](\d{4})[ ]?([A-Za-z])(?![0-9A-Za-z])")


def visible_text(msg):
    parts = [str(msg.get(h, "")) for h in ("From", "To", "Cc", "Reply-To", "Subject")]
    for part in msg.walk():
        if part.get_content_maintype() == "text" and part.get_content_disposition() != "attachment":
            try:
                parts.append(part.get_content())
            except (LookupError, KeyError):
                parts.append(part.get_payload())
    return "\n".join(parts)


def region_for(uai, sender):
    if uai:
        return DEPT.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOMAIN.get(dom)


def write():
    assert len(MAILS) == 150, len(MAILS)
    labels = []
    for i, spec in enumerate(MAILS, 1):
        name = "h%03d.eml" % i
        raw = build_report(i, spec) if "report" in spec["kw"] else build(i, spec)
        (HERE / name).write_bytes(raw)
        labels.append(dict(file=name, category=spec["c"], auto_reply_ok=spec["ok"], uai=spec["uai"],
                           region=spec["reg"], platform=spec["pf"], hard=spec["hard"], lang=spec["lang"],
                           notes=spec["notes"]))
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


def check():
    labels = [json.loads(line) for line in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(labels) == 150
    assert sorted(p.name for p in HERE.glob("h*.eml")) == ["h%03d.eml" % i for i in range(1, 151)]
    seen = set()
    for lab in labels:
        f = lab["file"]
        assert list(lab) == KEYS, (f, list(lab))
        assert lab["category"] in CATEGORIES, f
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, f
        assert lab["uai"] is None or uai_ok(lab["uai"]), f
        assert lab["region"] is None or lab["region"] in REGIONS, f
        assert lab["platform"] is None or lab["platform"] in PLATFORMS, f
        assert lab["lang"] in ("fr", "en"), f
        assert isinstance(lab["notes"], str) and len(lab["notes"]) > 20 and lab["notes"].endswith("."), f
        seen.add(lab["category"])
        raw = (HERE / f).read_bytes()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            assert not part.defects, (f, part.defects)
        for h in ("Message-ID", "Date", "From"):
            assert msg[h], (f, h)
        sender = msg["From"].addresses[0].addr_spec
        text = visible_text(msg)
        flat = re.sub(r"\s", "", text).upper()
        codes = set()
        for mm in CAND.finditer(text):
            codes.add((mm.group(1) + mm.group(2)).upper())
        for mm in SPACED.finditer(text):
            g = [x for x in mm.groups() if x]
            codes.add("".join(g).upper())
        notes = lab["notes"]
        for code in codes:
            if uai_ok(code):
                assert code == lab["uai"] or code in notes, (f, code)
            else:
                assert "wrong check letter" in notes and code in notes, (f, "unexplained invalid code", code)
        if "wrong check letter" in notes:
            wrong = [c for c in re.findall(r"\b\d{7}[A-Z]\b", notes) if not uai_ok(c)]
            assert wrong, (f, "no wrong code in notes")
            for c in wrong:
                assert c in codes, (f, c, "wrong code not in mail")
        if lab["uai"]:
            assert lab["uai"] in flat, (f, "uai not visible")
        assert lab["region"] == region_for(lab["uai"], sender), (f, lab["region"], region_for(lab["uai"], sender))
    assert seen == set(CATEGORIES), set(CATEGORIES) - seen
    n_en = sum(lab["lang"] == "en" for lab in labels)
    assert 10 <= n_en <= 25, n_en
    return labels



if __name__ == "__main__":
    write()
    labs = check()
    from collections import Counter
    print("ok: 150 mails;", dict(Counter(l["category"] for l in labs)),
          "en:", sum(l["lang"] == "en" for l in labs), "hard:", sum(l["hard"] for l in labs))
