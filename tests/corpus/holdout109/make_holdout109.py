#!/usr/bin/env python3
"""Build holdout109: 150 hand-written blind test mails (theme: school life and
EcoleDirecte - CPE, vie scolaire, secretaries, and parents/pupils writing to the
wrong desk) with their labels.

Standard library only and deterministic: every text below is written by hand;
the script only wraps each one in headers and a MIME structure, then writes
h001.eml ... h150.eml and labels.jsonl and checks them.
"""
import email
import email.encoders
import email.policy
import html
import json
import os
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from email import charset as _cs
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(109109)
DESK = "support@assistance.example.fr"

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
NEVER_AUTO = {"head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte",
             "ticket_portal", "esignature"}
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
PREFIX_REGION = {}
for _r, _d in REGION_DEPTS.items():
    for _x in _d.split():
        PREFIX_REGION[_x if len(_x) == 3 else "0" + _x] = _r
DOMAIN_REGION = {d: r for r, ds in REGION_DOMAINS.items() for d in ds.split()}


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code or "")) and \
        LETTERS[int(code[:7]) % 23] == code[7]


def region_of(uai, sender):
    if uai:
        return PREFIX_REGION.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOMAIN_REGION.get(dom)


MAILS = []


def m(cat, ok, uai, region, platform, hard, lang, notes, frm, subject, body,
      fmt="qp", **kw):
    """Record one mail. frm is (display name, address)."""
    MAILS.append(dict(cat=cat, ok=ok, uai=uai, region=region,
                      platform=platform, hard=hard, lang=lang, notes=notes,
                      frm=frm, subject=subject, body=body, fmt=fmt, kw=kw))


# ---------------------------------------------------------------- rendering

MAILERS = [
    "Microsoft Outlook 16.0", "Mozilla Thunderbird 115.9.0",
    "Zimbra 9.0.0_ZEXTRAS (ZimbraWebClient - FF128 (Win))",
    "iPhone Mail (21F90)", "Apple Mail (2.3774.600.62)", "Roundcube Webmail/1.6.6",
]


def charset(name, enc):
    cs = _cs.Charset(name)
    cs.body_encoding = {"qp": _cs.QP, "b64": _cs.BASE64, "8bit": None}[enc]
    cs.header_encoding = _cs.QP
    return cs


def text_part(body, subtype="plain", enc="qp", cset="utf-8"):
    if enc == "8bit":
        part = MIMEText("", subtype, cset)
        del part["Content-Transfer-Encoding"]
        part.set_payload(body.encode(cset, "replace").decode("latin-1"))
        part["Content-Transfer-Encoding"] = "8bit"
        return part
    return MIMEText(body, subtype, charset(cset, enc))


def to_html(body, cset="utf-8"):
    paras = []
    for block in body.split("\n\n"):
        lines = [html.escape(x, quote=False) for x in block.split("\n")]
        if lines and lines[0].startswith("&gt;"):
            paras.append('<blockquote style="border-left:2px solid #ccc;'
                         'padding-left:8px">' + "<br>".join(lines) +
                         "</blockquote>")
        else:
            paras.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=' + cset + '"></head><body style="font-family:Calibri,Arial,'
            'sans-serif;font-size:11pt">\n' + "\n".join(paras) +
            "\n</body></html>\n")


def hdr(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def addr(name, address):
    if not name:
        return address
    return formataddr((name, address), charset="utf-8")


START = datetime(2024, 9, 2, 7, 30, tzinfo=timezone(timedelta(hours=2)))

# Mails whose text names a date get a consistent Date header (local time).
DATES = {
    "Fwd: absences de ma fille": "2024-10-09 08:14",
    "Lu : [#SUP-010877] Notifications d'absence": "2024-10-09 10:31",
    "Message d'absence": "2025-02-15 18:02",
    "Module cahier de textes toujours inactif": "2025-03-19 09:47",
    "Facture absente de Chorus Pro": "2024-12-09 14:25",
    "Récapitulatif des absences du 14/11/2024": "2024-11-14 18:30",
    "Rapport d'envoi SMS - campagne absences 07/01": "2025-01-07 09:05",
    "Nouveautés de février : justificatifs d'absence en ligne": "2025-02-04 10:00",
    "Justificatifs des parents non récupérés": "2024-11-26 11:38",
    "Demande de stage d'observation": "2024-10-17 19:51",
    "Familles arrivées en cours d'année : pas de mail de bienvenue": "2025-03-11 10:20",
    "Export emploi du temps en erreur": "2025-01-08 08:12",
    "Bulletins non publiés": "2024-12-17 07:58",
    "Rappels du cahier de textes": "2025-01-27 12:40",
    "Aucun mail automatique ne nous parvient": "2024-11-13 16:05",
    "MAILINBLACK - autoriser domaine ou adresse ?": "2024-11-21 13:33",
    "Suppression d'un accès administrateur": "2025-02-04 09:15",
    "Accord pour le changement d'administrateur": "2025-01-13 21:48",
    "New structure administrator": "2025-01-09 11:02",
    "Report domain: assistance.example.fr Submitter: google.com Report-ID: 4521987736123": "2024-12-02 03:12",
    "RE: Your invoice INV-24-3310": "2025-01-14 16:40",
    "TR: Rapport de quarantaine Mailinblack": "2025-02-05 08:21",
    "Absences non remontées sur EcoleDirecte": "2025-02-26 08:05",
    "Notifications d'absence non reçues par les familles": "2024-09-19 15:10",
    "Panier disparu": "2025-03-24 10:41",
}


def build(i, d):
    kw = d["kw"]
    name, address = d["frm"]
    dom = address.rsplit("@", 1)[-1]
    fmt = d["fmt"]
    cset = kw.get("charset", "utf-8")
    body = d["body"].strip("\n") + "\n"
    if fmt == "plain":
        msg = text_part(body, "plain", "8bit", cset)
    elif fmt == "8bit":
        msg = text_part(body, "plain", "8bit", cset)
    elif fmt == "qp":
        msg = text_part(body, "plain", "qp", cset)
    elif fmt == "b64":
        msg = text_part(body, "plain", "b64", cset)
    elif fmt == "html":
        msg = text_part(to_html(body, cset), "html", kw.get("enc", "qp"), cset)
    elif fmt == "alt":
        enc = kw.get("enc", "qp")
        msg = MIMEMultipart("alternative")
        msg.attach(text_part(body, "plain", enc, cset))
        msg.attach(text_part(to_html(body, cset), "html", enc, cset))
    elif fmt == "report":
        msg = MIMEMultipart("report", report_type=kw["report_type"])
        msg.attach(text_part(body, "plain", "8bit" if cset == "us-ascii" else "qp", cset))
        status = MIMEBase("message", kw.get("status_type", "delivery-status"))
        if kw.get("status_type", "delivery-status") == "delivery-status":
            status.set_payload([email.message_from_string(block + "\n")
                                for block in kw["status"].strip().split("\n\n")])
        else:
            status.set_payload(kw["status"])
        msg.attach(status)
        if kw.get("original"):
            orig = email.message_from_string(kw["original"])
            msg.attach(MIMEMessage(orig))
    else:
        raise ValueError(fmt)
    if kw.get("attach"):
        fname, ctype, data = kw["attach"]
        outer = MIMEMultipart("mixed")
        outer.attach(msg)
        maintype, subtype = ctype.split("/")
        att = MIMEBase(maintype, subtype)
        att.set_payload(data)
        email.encoders.encode_base64(att)
        att.add_header("Content-Disposition", "attachment", filename=fname)
        outer.attach(att)
        msg = outer

    when = START + timedelta(days=RNG.randint(0, 280), hours=RNG.randint(0, 10),
                             minutes=RNG.randint(0, 59), seconds=RNG.randint(0, 59))
    while when.weekday() >= 5 and not kw.get("weekend"):
        when += timedelta(days=1)
    ts = re.search(r"<SUP-\d+\.(\d{10})\.", kw.get("in_reply_to", ""))
    if d["subject"] in DATES:
        when = datetime.strptime(DATES[d["subject"]], "%Y-%m-%d %H:%M")
        when = when.replace(second=RNG.randint(0, 59), tzinfo=timezone(timedelta(
            hours=1 if when.month in (11, 12, 1, 2, 3) else 2)))
    elif ts:
        delay = timedelta(minutes=RNG.randint(1, 9)) if d["cat"] == "automated" \
            else timedelta(hours=RNG.randint(3, 70), minutes=RNG.randint(0, 59))
        when = datetime.fromtimestamp(int(ts.group(1)), timezone.utc) + delay
        when = when.astimezone(timezone(timedelta(hours=2)))
    if when.month in (11, 12, 1, 2, 3):
        when = when.astimezone(timezone(timedelta(hours=1)))
    if kw.get("tz") is not None:
        when = when.astimezone(timezone(timedelta(hours=kw["tz"])))

    rp = kw.get("return_path", address)
    headers = [("Return-Path", "<%s>" % rp if rp else "<>"),
               ("Delivered-To", DESK)]
    relay = kw.get("relay", "mail." + (rp.rsplit("@", 1)[-1] if rp else dom))
    rcv = when + timedelta(seconds=RNG.randint(1, 40))
    headers.append(("Received", "from %s (%s [192.0.2.%d])\n\tby mx1.assistance.example.fr "
                    "(Postfix) with ESMTPS id %010X\n\tfor <%s>; %s" % (
                        relay, relay, RNG.randint(2, 250), RNG.getrandbits(40), DESK,
                        format_datetime(rcv))))
    auth = kw.get("auth", "pass")
    if auth:
        if auth == "pass":
            res = ("mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=%s;\n"
                   "\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) "
                   "header.from=%s" % (dom, dom, dom))
        else:
            res = "mx1.assistance.example.fr;\n\t" + auth
        headers.append(("Authentication-Results", res))
    headers += [("From", addr(name, address)),
                ("To", kw.get("to", "Assistance <%s>" % DESK))]
    if kw.get("cc"):
        headers.append(("Cc", kw["cc"]))
    if kw.get("reply_to"):
        headers.append(("Reply-To", kw["reply_to"]))
    headers += [("Subject", hdr(d["subject"])),
                ("Date", format_datetime(when)),
                ("Message-ID", "<%s.%08x@%s>" % (
                    when.strftime("%Y%m%d%H%M%S"), RNG.getrandbits(32),
                    kw.get("msgid_dom", dom)))]
    if kw.get("in_reply_to"):
        headers.append(("In-Reply-To", kw["in_reply_to"]))
        headers.append(("References", kw["in_reply_to"]))
    mailer = kw.get("mailer", "random")
    if mailer == "random":
        mailer = RNG.choice(MAILERS + [None, None, None])
    if mailer:
        headers.append(("X-Mailer", mailer))
    for k, v in kw.get("extra", []):
        headers.append((k, v))
    for part in msg.walk():
        del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(RNG.choice(["----=_NextPart_000_%04X_%08X.%08X",
                                          "=_alt_%04x%08x%08x",
                                          "------------%04X%08X%08X"]) % (
                RNG.getrandbits(16), RNG.getrandbits(32), RNG.getrandbits(32)))
    out = []
    for k, v in headers:
        out.append("%s: %s" % (k, v))
    out.append("MIME-Version: 1.0")
    raw = "\n".join(out) + "\n" + msg.as_string(policy=email.policy.compat32.clone(linesep="\n"))
    # compat32 as_string puts our MIME headers first: that is fine
    return raw.encode("latin-1")


# ======================================================== password_reset (22)

m("password_reset", True, "0691234S", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "School secretary writes from the ce.<UAI> address for the documentaliste on sick leave and asks for the e-sidoc reset link on that official address.",
  ("Secrétariat Collège Jean Moulin", "ce.0691234S@ac-lyon.fr"),
  "Réinitialisation mot de passe portail CDI",
  """Bonjour,

Notre professeure documentaliste est en arrêt jusqu'aux vacances et personne au collège ne connaît le mot de passe du compte e-sidoc (back-office du portail du CDI). Le remplaçant arrive lundi et aura besoin d'y accéder.

Pourriez-vous envoyer le lien de réinitialisation sur l'adresse du secrétariat, celle-ci ? C'est nous qui le lui transmettrons.

Merci beaucoup,
Nadia Berthier
Secrétariat de direction
Collège Jean Moulin - UAI 0691234S
""", "alt", mailer="Zimbra 9.0.0_ZEXTRAS (ZimbraWebClient - FF128 (Win))")

m("password_reset", False, "0132567V", "provence-alpes-cote-d-azur", "ecoledirecte", False, "fr",
  "CPE lost the password of the vie scolaire account on EcoleDirecte: password_reset, but no automatic reset exists for this product (as in the dev notes), so a person answers.",
  ("Mathieu Orsini", "m.orsini.cpe@gmail.com"),
  "plus d'accès à EcoleDirecte (espace vie scolaire)",
  """Bonjour,

Je suis CPE au lycée Marcel Pagnol (0132567V). Depuis la mise à jour de la semaine dernière, mon mot de passe EcoleDirecte n'est plus accepté sur l'espace vie scolaire et je n'ai pas de lien "mot de passe oublié" qui fonctionne. Je ne peux plus saisir les absences de la matinée, mes AED non plus puisque c'est moi qui valide.

Pouvez-vous me le réinitialiser ? C'est assez urgent, nous avons un conseil de discipline jeudi.

Mathieu Orsini
CPE
""", "plain", mailer="iPhone Mail (21F90)")

m("password_reset", False, None, None, "ecoledirecte", True, "fr",
  "A parent writes to the wrong desk: lost EcoleDirecte family identifiers. What she needs is a password reset, but only the school can reset a family account; no UAI, free-mail sender.",
  ("Sandrine Lefebvre", "sandrine.lefebvre62@orange.fr"),
  "identifiant ecole directe",
  """Bonjour madame monsieur

je n arrive plus a me connecter sur ecole directe pour voir les notes de mon fils Lucas en 5eme B au college Albert Camus. J ai change de telephone et je ne me rappelle plus de l identifiant ni du mot de passe. J ai essaye mot de passe oublie mais il me demande une adresse que je n ai plus.

Pouvez vous me renvoyer mes codes svp

Merci
Mme Lefebvre
""", "qp", mailer="Orange Mail")

m("password_reset", True, "0755123L", "ile-de-france", "esidoc", False, "en",
  "English: assistant of the international section forgot the e-sidoc back-office password; UAI given as the login.",
  ("Hannah Whitfield", "hannah.whitfield@ac-paris.fr"),
  "Forgotten password - library portal",
  """Hello,

I help out in the school library of Lycée international Honoré de Balzac (our code is 0755123L) and I am in charge of the portal while our librarian is on training. I have forgotten the password of the e-sidoc administration account. Could you tell me how to reset it?

Many thanks,
Hannah Whitfield
International section - school life office
""", "qp", mailer="Microsoft Outlook 16.0")

m("password_reset", False, "0311843K", "occitanie", "ecoledirecte", False, "fr",
  "Vie scolaire assistant (AED) account locked on EcoleDirecte after failed attempts; no automatic reset for this product.",
  ("Yanis Bensaïd", "vie-scolaire@college-les-pins-toulouse.fr"),
  "Compte bloqué EcoleDirecte - AED",
  """Bonjour,

Je suis assistant d'éducation au collège Les Pins (UAI 0311843K). Mon compte EcoleDirecte est bloqué depuis ce matin après plusieurs essais de mot de passe (clavier en qwerty sur le poste de la vie scolaire, je m'en suis rendu compte trop tard...).

Le message dit de contacter l'administrateur. Est-ce vous ? Notre CPE est absente aujourd'hui.

Merci,
Yanis
Vie scolaire - bureau 012
""", "qp")

m("password_reset", True, "0594412A", "hauts-de-france", "esidoc", False, "fr",
  "The reset link for the e-sidoc account expired before the secretary could use it; asks for a fresh one.",
  ("Christelle Dumont", "christelle.dumont@ac-lille.fr"),
  "lien expiré",
  """Bonjour,

J'ai reçu hier après-midi le lien pour changer le mot de passe du portail documentaire, mais je ne l'ai ouvert que ce matin et la page indique que le lien a expiré.

Pourriez-vous m'en renvoyer un ? Collège Jules Ferry, 0594412A.

Bonne journée
Christelle Dumont, secrétaire
""", "b64", mailer="Microsoft Outlook 16.0")

m("password_reset", True, "0442719S", "pays-de-la-loire", "espace_acheteur", False, "fr",
  "School gestionnaire-secretary has forgotten her Espace Acheteur login and password; UAI in the signature.",
  ("Anne-Laure Rivière", "intendance.0442719s@ac-nantes.fr"),
  "Espace acheteur : identifiant oublié",
  """Bonjour,

Je m'occupe des commandes de fournitures pour la vie scolaire (carnets de correspondance, badges) et je dois passer une commande sur l'Espace Acheteur avant la fin du mois. Je ne retrouve ni mon identifiant ni mon mot de passe.

Comment puis-je les récupérer ?

Cordialement,
Anne-Laure Rivière
Service intendance
Lycée Gabriel Guist'hau
RNE : 0442719S
""", "alt")

m("password_reset", True, "0351288K", "bretagne", "esidoc", False, "fr",
  "Very short mobile message: e-sidoc password lost, UAI written as RNE.",
  ("Gwen Le Goff", "gwen.legoff@ac-rennes.fr"),
  "mdp",
  """Bonjour, mot de passe e-sidoc perdu. RNE 0351288K. Merci !

Envoyé de mon iPhone
""", "plain", mailer="iPhone Mail (21F90)")

m("password_reset", True, None, "grand-est", "esidoc", True, "fr",
  "UAI typed as 0672954A: wrong check letter (the digits give 0672954X), so no UAI; region from ac-strasbourg.fr. The request itself is a plain forgotten password that the standard answer covers.",
  ("Pierre Schaller", "pierre.schaller@ac-strasbourg.fr"),
  "Oubli du mot de passe - 0672954A",
  """Bonjour,

Je remplace la secrétaire de direction cette semaine et je dois mettre à jour la page d'accueil du portail du CDI avec les horaires d'ouverture. Le mot de passe noté dans le classeur ne marche plus.

Notre code établissement : 0672954A.

Merci par avance,
P. Schaller
""", "qp", mailer="Mozilla Thunderbird 115.9.0")

m("password_reset", False, "0331567Z", "nouvelle-aquitaine", "ecoledirecte", False, "fr",
  "CPE asks for the EcoleDirecte password to be sent to his personal Gmail address: never done automatically.",
  ("Julien Mercadier", "julien.mercadier33@gmail.com"),
  "Mot de passe EcoleDirecte à envoyer sur ma boîte perso",
  """Bonjour,

CPE au collège François Mauriac (0331567Z), j'ai oublié mon mot de passe EcoleDirecte. Ma boîte académique est saturée et je n'arrive plus à y recevoir quoi que ce soit, donc merci de m'envoyer le nouveau mot de passe directement ici, sur cette adresse gmail.

Bien à vous,
J. Mercadier
""", "plain", mailer=None)

m("password_reset", False, "0330944X", "nouvelle-aquitaine", "esidoc", False, "fr",
  "Reply to the automatic answer: the link went to the ce. mailbox, read only by a secretary who is away for weeks; the standard path failed, a person must take over.",
  ("Laure Castaing", "laure.castaing@ac-bordeaux.fr"),
  "RE: [#SUP-011842] Mot de passe e-sidoc",
  """Bonjour,

Merci pour votre réponse rapide, mais le lien est parti sur la boîte ce.0330944X, et la seule personne qui la consulte est la secrétaire de direction, en congé maladie jusqu'en janvier. Personne d'autre n'a le mot de passe de cette boîte.

Comment fait-on dans ce cas ? J'aimerais pouvoir publier la sélection pour le prix littéraire avant les vacances.

Laure Castaing
Professeure documentaliste

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 10 décembre 2024 09:12
À : laure.castaing@ac-bordeaux.fr
Objet : [#SUP-011842] Mot de passe e-sidoc

Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse officielle de l'établissement (ce.03****4X@ac-bordeaux.fr). Il est valable 12 heures.

L'équipe Assistance
""", "alt", mailer="Microsoft Outlook 16.0", in_reply_to="<SUP-011842.1733818320.4af2c1@assistance.example.fr>")

m("password_reset", False, "0381722R", "auvergne-rhone-alpes", "esidoc", True, "fr",
  "Two topics: e-sidoc password reset (first) and a question about exporting the timetable to EcoleDirecte; one template would answer only half.",
  ("Secrétariat lycée Champollion", "secretariat@lycee-champollion-grenoble.fr"),
  "Deux questions",
  """Bonjour,

1) La documentaliste a perdu le mot de passe du portail e-sidoc (établissement 0381722R). Pouvez-vous lui envoyer un lien ?

2) Par ailleurs, depuis le changement d'emploi du temps de la semaine B, les élèves voient encore l'ancien planning dans EcoleDirecte. L'export depuis notre logiciel d'emploi du temps semble passer mais rien ne change côté familles. Est-ce que c'est aussi chez vous que ça se règle ?

Merci pour les deux,
Martine Roux
Secrétariat des élèves
""", "qp")

m("password_reset", True, "9741123C", "la-reunion", "esidoc", False, "fr",
  "Réunion secretary forgot the e-sidoc administration password; UAI in the body; Réunion time zone.",
  ("Josiane Payet", "josiane.payet@ac-reunion.fr"),
  "Mot de passe oublié portail documentaire",
  """Bonjour,

Je vous écris du collège Bois-de-Nèfles à Saint-Paul (9741123C). J'ai oublié le mot de passe pour l'administration du portail e-sidoc. Est-ce que vous pouvez m'aider à le réinitialiser ?

Merci,
Josiane Payet
Secrétaire
""", "qp", tz=4)

m("password_reset", True, "0383105U", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "Expired password and the previous one forgotten; ISO-8859-1 8-bit body.",
  ("Gérard Faure", "gerard.faure@ac-grenoble.fr"),
  "Mot de passe expiré",
  """Bonjour,

Le portail me demande de changer le mot de passe car il a expiré, mais il faut saisir l'ancien et je ne m'en souviens plus du tout.

Collège Le Grésivaudan, UAI 0383105U.

Cordialement,
Gérard Faure
Gestionnaire
""", "8bit", charset="iso-8859-1", mailer="Mozilla Thunderbird 102.15.1")

m("password_reset", False, "0211843P", "bourgogne-franche-comte", "ecoledirecte", True, "fr",
  "CPE asks the desk to reset a family's EcoleDirecte password (the parents changed e-mail address): family accounts are managed by the school, no automatic reset applies.",
  ("Valérie Chevalier", "valerie.chevalier@ac-dijon.fr"),
  "Réinitialiser le compte d'une famille",
  """Bonjour,

Une famille de 4e n'arrive plus à se connecter à EcoleDirecte : la maman a changé d'adresse mail et la procédure « mot de passe oublié » envoie le code sur l'ancienne adresse.

Est-ce que vous pouvez réinitialiser leur mot de passe depuis chez vous, ou m'indiquer où je le fais dans l'espace établissement ? Je n'ai pas trouvé.

Collège Gaston Bachelard, 0211843P

Valérie Chevalier, CPE
""", "qp")

m("password_reset", False, None, None, "ecoledirecte", True, "fr",
  "A pupil writes to the wrong desk: forgot his EcoleDirecte password and cannot see his homework. Only his school can help; no UAI.",
  ("Enzo", "enzo.mrtn2010@gmail.com"),
  "mot de passe",
  """bonjour jai oublier mon mot de passe ecoledirecte et je peux pas voir les devoirs pour demain, ma mere dit de vous ecrire. je suis en 4eme au college victor hugo

merci
""", "plain", mailer=None)

m("password_reset", True, "0451627Z", "centre-val-de-loire", "espace_acheteur", False, "fr",
  "New secretary never had the Espace Acheteur password ('je ne connais pas le mot de passe').",
  ("Sophie Marchand", "sophie.marchand@ac-orleans-tours.fr"),
  "Accès espace acheteur",
  """Bonjour,

J'ai pris mes fonctions de secrétaire de gestion au lycée Voltaire à Orléans début septembre. On me demande de passer les commandes sur l'Espace Acheteur mais je ne connais pas le mot de passe du compte, et ma prédécesseure est partie à la retraite sans le laisser.

Établissement : 0451627Z

Merci de votre aide,
Sophie Marchand
""", "alt", mailer="Microsoft Outlook 16.0")

m("password_reset", True, "6200378S", "corse", "esidoc", False, "fr",
  "Corse-du-Sud UAI (620 prefix); short forgotten-password request, base64 body from a phone.",
  ("Marie-Ange Susini", "marie-ange.susini@ac-corse.fr"),
  "Mot de passe",
  """Bonjour,
Je n'ai plus le mot de passe du portail CDI (e-sidoc). Collège de Porto-Vecchio, UAI 6200378S.
Merci
Marie-Ange

Envoyé depuis Outlook pour Android
""", "b64", mailer=None)

m("password_reset", True, None, "normandie", "esidoc", False, "fr",
  "Does not know what the login is (it is the UAI) nor the password; no UAI given, region from ac-normandie.fr.",
  ("Fabienne Lemonnier", "fabienne.lemonnier@ac-normandie.fr"),
  "quel identifiant ?",
  """Bonjour,

Sur la page de connexion de l'administration du portail documentaire, on me demande un identifiant et un mot de passe. Je n'ai ni l'un ni l'autre ! C'est la première fois que j'y vais, le CPE m'a demandé de mettre en ligne le règlement intérieur du CDI.

Que dois-je faire ?

F. Lemonnier
Secrétariat - collège Guy de Maupassant
""", "qp")

m("password_reset", True, "9711456F", "guadeloupe", "esidoc", False, "fr",
  "Account locked after too many attempts; Guadeloupe time zone.",
  ("Rosine Bernier", "rosine.bernier@ac-guadeloupe.fr"),
  "Compte bloqué",
  """Bonjour,

Le compte administrateur du portail e-sidoc du collège (9711456F) est bloqué après trop de tentatives. Pouvez-vous le débloquer ou m'envoyer un lien pour changer le mot de passe ?

Merci d'avance
Rosine Bernier
""", "qp", tz=-4)

m("password_reset", True, None, None, "espace_acheteur", False, "fr",
  "HTML-only Outlook: a private school secretary shares the Espace Acheteur mailbox with the bursar and nobody remembers the password; no UAI, non-academic sender.",
  ("Secrétariat Institution Saint-Joseph", "secretariat@saint-joseph-lannion.org"),
  "Mot de passe Espace Acheteur",
  """Bonjour,

Nous avons un seul compte Espace Acheteur pour le secrétariat et l'économat, et personne ne se souvient du mot de passe depuis les vacances.

Pourriez-vous nous indiquer la marche à suivre pour le réinitialiser ?

Bien cordialement,
Le secrétariat
Institution Saint-Joseph
""", "html", mailer="Microsoft Outlook 16.0", charset="windows-1252")

m("password_reset", False, "0142371B", "normandie", "esidoc", False, "fr",
  "Reply after the reset answer: the new link also says 'lien invalide' three times; the standard procedure failed, a person must look.",
  ("Hélène Vautier", "helene.vautier@ac-normandie.fr"),
  "Re: [#SUP-012977] Réinitialisation e-sidoc",
  """Bonjour,

J'ai bien reçu le lien mais il affiche « lien invalide » dès que je clique dessus, et c'est pareil avec les deux autres demandes que j'ai refaites depuis. J'ai essayé sur Firefox et sur Edge.

Pouvez-vous regarder ce qui se passe ?

Hélène Vautier
Collège Pierre et Marie Curie - 0142371B

Le 14/01/2025 à 10:03, Assistance a écrit :
> Bonjour,
>
> Vous trouverez ci-dessous le lien de réinitialisation du mot de passe
> de votre portail. Il est valable 12 heures et ne peut servir qu'une fois.
>
> L'équipe Assistance
""", "qp", mailer="Mozilla Thunderbird 128.5.2", in_reply_to="<SUP-012977.1736845380.b71e02@assistance.example.fr>")

# ================================================== missing_noreply_mail (18)

m("missing_noreply_mail", True, "0801734A", "hauts-de-france", "ecoledirecte", False, "fr",
  "CPE: since the start of the year parents no longer receive the EcoleDirecte absence notification mails from the no-reply address; no anti-spam product named.",
  ("Karim Haddad", "karim.haddad@ac-amiens.fr"),
  "Notifications d'absence non reçues par les familles",
  """Bonjour,

Depuis la rentrée, plusieurs familles me disent qu'elles ne reçoivent plus les mails automatiques d'EcoleDirecte quand leur enfant est noté absent. Avant, elles avaient le message dans l'heure. Certains parents ont regardé dans leurs courriers indésirables, d'autres non.

Les absences sont pourtant bien saisies, on les voit dans le module vie scolaire.

Collège Édouard Lucas, Amiens - 0801734A

Karim Haddad
Conseiller principal d'éducation
""", "alt", mailer="Microsoft Outlook 16.0")

m("missing_noreply_mail", True, "0631189A", "auvergne-rhone-alpes", "ecoledirecte", True, "fr",
  "Reads like a login problem, but the password is known: the verification-code mail sent by the no-reply address at login never arrives. missing_noreply_mail.",
  ("Catherine Vidal", "secretariat.eleves@lycee-blaise-pascal-clermont.fr"),
  "Code de vérification jamais reçu",
  """Bonjour,

Je connais mon identifiant et mon mot de passe EcoleDirecte, ce n'est pas le problème. Mais à la connexion, on me demande un code de vérification envoyé par mail, et ce mail n'arrive jamais (j'ai attendu une demi-heure, rien non plus dans les spams de ma messagerie).

Je suis donc bloquée pour éditer les certificats de scolarité.

Lycée Blaise Pascal, 0631189A

Catherine Vidal
Secrétariat élèves
""", "qp")

m("missing_noreply_mail", True, None, None, "ecoledirecte", True, "fr",
  "A parent (wrong desk in principle) never got the activation mail for her EcoleDirecte family account; the junk-folder answer would still help her.",
  ("Aurélie Martins", "aurelie.martins@hotmail.fr"),
  "Mail d'activation Ecole Directe",
  """Bonjour,

Le collège m'a inscrite sur EcoleDirecte et m'a dit que j'allais recevoir un mail pour activer mon compte parent. Cela fait une semaine et je n'ai rien reçu.

Est-ce que vous pouvez me le renvoyer ?

Merci
Aurélie Martins
""", "html", mailer=None)

m("missing_noreply_mail", True, "0491204T", "pays-de-la-loire", "esidoc", True, "fr",
  "The activation mail of the e-sidoc customer account never came; MailInBlack is named only to say the school does not use it.",
  ("Olivier Pasquier", "olivier.pasquier@ac-nantes.fr"),
  "Mail d'activation compte client",
  """Bonjour,

Je voulais ouvrir le compte client pour commander les abonnements du CDI, mais le mail d'activation n'arrive pas. J'ai fouillé les indésirables. On m'a parlé de Mailinblack : nous ne l'avons pas au lycée, nos boîtes sont celles de l'académie.

Lycée Joachim du Bellay, Angers - 0491204T

Olivier Pasquier
Adjoint gestionnaire
""", "qp")

m("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "Short: the Espace Acheteur confirmation mail has not arrived since yesterday.",
  ("Lina Ferreira", "lina.ferreira@ogec-sainte-anne.fr"),
  "confirmation",
  """Bonjour, je me suis inscrite hier sur l'espace acheteur mais toujours pas de mail de confirmation. Merci. Lina Ferreira, secrétariat
""", "plain", mailer="iPhone Mail (21F90)")

m("missing_noreply_mail", True, None, "ile-de-france", "ecoledirecte", False, "fr",
  "The vie scolaire office no longer receives EcoleDirecte's daily absence summary since its mailbox changed; no UAI, region from ac-versailles.fr.",
  ("Bureau vie scolaire", "viescolaire.lyc-condorcet@ac-versailles.fr"),
  "Récapitulatif quotidien des absences",
  """Bonjour,

Nous recevions chaque soir le récapitulatif automatique des absences de la journée envoyé par EcoleDirecte. Depuis que notre adresse de service a changé (nouvelle boîte fonctionnelle vie scolaire), plus rien. L'adresse a bien été modifiée dans les paramètres et nous avons regardé dans les indésirables.

Merci de nous dire ce qu'il faut vérifier.

L'équipe de vie scolaire
""", "alt", mailer="Zimbra 9.0.0_ZEXTRAS (ZimbraWebClient - GC126 (Win))")

m("missing_noreply_mail", False, "0921533S", "ile-de-france", "ecoledirecte", False, "fr",
  "Follow-up after the junk-folder answer: still no notification mails three days later, asks for someone to escalate. The template was already sent, so a person follows up.",
  ("Farida Meziane", "farida.meziane@ac-versailles.fr"),
  "RE: [#SUP-010457] Mails EcoleDirecte non reçus",
  """Bonjour,

Nous avons suivi vos consignes (dossier indésirables, ajout de l'expéditeur aux contacts autorisés) mais trois jours après, les parents ne reçoivent toujours aucune notification. Pouvez-vous transmettre à quelqu'un qui peut regarder les envois de votre côté ?

Farida Meziane, CPE
Collège Paul Éluard - 0921533S

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 18 novembre 2024 08:40
Objet : [#SUP-010457] Mails EcoleDirecte non reçus

Bonjour,
Vérifiez le dossier des courriers indésirables et déclarez l'expéditeur comme légitime...
""", "qp", mailer="Microsoft Outlook 16.0", in_reply_to="<SUP-010457.1731915600.c1d3a9@assistance.example.fr>")

m("missing_noreply_mail", True, "0290611G", "bretagne", "ecoledirecte", False, "en",
  "English, boarding-house staff: EcoleDirecte message notifications from the no-reply address never arrive; no anti-spam product named.",
  ("Tom Kerjean", "tom.kerjean@ac-rennes.fr"),
  "No email notifications from EcoleDirecte",
  """Hi,

I am a boarding supervisor at Lycée de l'Iroise in Brest (UAI 0290611G). Since last month none of us in the boarding team get the email alerts when a parent sends us a message on EcoleDirecte. The messages are there when we log in, but the notification email never comes. Nothing in the spam folder.

Could you have a look?

Cheers,
Tom
""", "qp", mailer="Apple Mail (2.3774.600.62)")

m("missing_noreply_mail", True, "0941288P", "ile-de-france", "esidoc", True, "fr",
  "Looks like a password problem, but the reset tool works; the new-password mail is what never arrives: missing_noreply_mail per the taxonomy.",
  ("Isabelle Nguyen", "isabelle.nguyen@ac-creteil.fr"),
  "Mot de passe : le mail ne vient pas",
  """Bonjour,

J'ai fait « mot de passe oublié » sur la page de connexion du portail CDI, le site m'a bien répondu qu'un message était envoyé. Mais je ne reçois rien, ni dans la boîte de réception ni dans les spams. J'ai refait la demande deux fois.

Collège Henri Wallon - 0941288P

Isabelle Nguyen
""", "qp")

m("missing_noreply_mail", True, None, "ile-de-france", "ecoledirecte", False, "fr",
  "Suspects the académie's filter, names no product; EcoleDirecte mails to staff do not arrive. Region from ac-creteil.fr.",
  ("Stéphane Roche", "stephane.roche@ac-creteil.fr"),
  "Aucun mail automatique ne nous parvient",
  """Bonjour,

Les mails automatiques d'EcoleDirecte (nouveaux messages, rappels de conseils de classe) ne parviennent à aucun professeur de l'établissement depuis les vacances de la Toussaint. Je me demande si le filtrage de la messagerie académique ne les bloque pas. Quelle adresse d'expédition faut-il faire autoriser ?

Stéphane Roche
Principal adjoint
""", "qp")

m("missing_noreply_mail", True, "0260813T", "auvergne-rhone-alpes", "ecoledirecte", False, "fr",
  "HTML-only Outlook: parents' replies reach the messaging, but staff get no notification mail from the no-reply address.",
  ("Nathalie Girard", "nathalie.girard@ac-grenoble.fr"),
  "Notifications messagerie",
  """Bonjour,

Les assistants d'éducation et moi-même ne recevons plus aucune alerte par mail quand un parent nous écrit dans la messagerie d'EcoleDirecte. Nous devons ouvrir la messagerie dix fois par jour pour vérifier.

Rien dans les courriers indésirables.

Collège Jean Macé, Valence (0260813T)

Nathalie Girard - CPE
""", "html", mailer="Microsoft Outlook 16.0")

m("missing_noreply_mail", True, "0542211K", "grand-est", "ecoledirecte", False, "fr",
  "CPE forwards a parent's complaint (Gmail French forward): the absence alert mails never reach the family.",
  ("Bruno Lallemand", "bruno.lallemand@ac-nancy-metz.fr"),
  "Fwd: absences de ma fille",
  """Bonjour,

Je vous transfère le message d'une maman. Elle ne reçoit pas les mails d'alerte d'absence, alors que d'autres parents de la même classe les reçoivent bien. Avez-vous une piste ?

Bruno Lallemand, CPE
Collège La Fontaine - 0542211K

---------- Forwarded message ---------
De : Émilie Thiébaut <emilie.thiebaut57@laposte.net>
Date: mar. 8 oct. 2024 à 19:22
Subject: absences de ma fille
To: <bruno.lallemand@ac-nancy-metz.fr>

Bonsoir Monsieur,
J'ai appris par ma fille qu'elle avait été notée absente lundi matin alors que je n'ai jamais reçu de mail. Je suis inscrite aux alertes. Pouvez-vous vérifier ?
Cordialement,
E. Thiébaut
""", "alt", mailer=None)

m("missing_noreply_mail", True, None, None, "ticket_portal", False, "fr",
  "The ticket portal's confirmation mail (to set a password) never arrived.",
  ("Patricia Duval", "p.duval@college-stjean-laval.fr"),
  "Inscription sur le portail des tickets",
  """Bonjour,

On m'a conseillé de créer un compte sur votre portail de tickets pour suivre nos demandes. J'ai rempli le formulaire mais je n'ai jamais reçu le mail pour choisir mon mot de passe.

Patricia Duval
Secrétaire - Collège Saint-Jean
""", "qp")

m("missing_noreply_mail", True, "0171622W", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
  "The structure administrator never receives the 'account to validate' notices although a colleague signed up.",
  ("Gilles Texier", "gilles.texier@ac-poitiers.fr"),
  "Pas de notification de validation",
  """Bonjour,

Je suis administrateur de structure sur l'Espace Acheteur pour le lycée Dautet (0171622W). La nouvelle secrétaire de vie scolaire s'est inscrite lundi et attend que je valide son compte, mais je n'ai reçu aucune notification. Je ne la vois pas non plus dans mes mails indésirables.

Gilles Texier
""", "qp")

m("missing_noreply_mail", True, None, None, "ecoledirecte", False, "fr",
  "Two lines from a phone: still no EcoleDirecte activation mail.",
  ("Manon Chapuis", "manon.chapuis.aed@gmail.com"),
  "activation",
  """Toujours pas reçu le mail d'activation EcoleDirecte pour mon compte d'AED. Vous pouvez vérifier ?

Manon
""", "plain", mailer="iPhone Mail (21F90)")

m("missing_noreply_mail", False, "0740915T", "auvergne-rhone-alpes", "ecoledirecte", True, "fr",
  "Two topics: notification mails not arriving (main) and a question on an invoice for SMS credits (order_billing); a single template would answer only half.",
  ("Delphine Mugnier", "delphine.mugnier@ac-grenoble.fr"),
  "Notifications + facture SMS",
  """Bonjour,

Deux petites choses :
- depuis une semaine, ni les familles ni nous ne recevons plus les mails automatiques d'EcoleDirecte (absences, messagerie) ;
- et nous avons reçu une facture de crédits SMS pour 2 000 SMS alors que nous en avions commandé 1 000.

Collège des Aravis, Thônes - 0740915T

Delphine Mugnier
Secrétaire de direction
""", "qp")

m("missing_noreply_mail", True, "9720541F", "martinique", "ecoledirecte", False, "fr",
  "Teachers' homework reminder mails from the no-reply address never arrive; Martinique time zone.",
  ("Lucienne Monrose", "lucienne.monrose@ac-martinique.fr"),
  "Rappels du cahier de textes",
  """Bonjour à vous,

Les rappels automatiques du cahier de textes ne sont plus reçus par les enseignants du collège depuis la rentrée de janvier. Avec le décalage horaire nous vous écrivons tôt, mais ce n'est pas très urgent.

Collège de Rivière-Salée, UAI 9720541F

Lucienne Monrose
Secrétariat
""", "qp", tz=-4)

m("missing_noreply_mail", True, "0750318N", "ile-de-france", "ecoledirecte", False, "fr",
  "Secretary: the automatic welcome mail with the EcoleDirecte identifiers is not reaching the families of pupils enrolled mid-year.",
  ("Secrétariat des élèves", "secretariat-eleves.0750318n@ac-paris.fr"),
  "Familles arrivées en cours d'année : pas de mail de bienvenue",
  """Bonjour,

Pour les trois élèves inscrits après les vacances de février, les familles n'ont pas reçu le mail automatique contenant leurs identifiants EcoleDirecte. Pour les inscriptions de septembre tout avait fonctionné. Les adresses des parents sont correctes dans la fiche, nous avons vérifié deux fois.

Les parents ont regardé leurs spams, sans succès.

Cordialement,
Le secrétariat des élèves
Lycée Lavoisier (0750318N)
""", "qp", mailer="Zimbra 9.0.0_ZEXTRAS (ZimbraWebClient - FF128 (Win))")

# ====================================================== mailinblack_spam (12)

m("mailinblack_spam", True, "0301677K", "occitanie", "ecoledirecte", False, "fr",
  "School IT: MailInBlack, newly installed on the school domain, holds the EcoleDirecte notifications for staff; asks what to allow.",
  ("Service informatique", "informatique@lycee-daudet-nimes.fr"),
  "Mailinblack bloque les notifications EcoleDirecte",
  """Bonjour,

Depuis que la Région a déployé Mailinblack sur le domaine du lycée, les mails de notification d'EcoleDirecte destinés aux personnels (vie scolaire, direction) partent en quarantaine. Nous voulons les autoriser proprement : quels expéditeurs ou domaines faut-il ajouter à la liste blanche ?

Lycée Alphonse Daudet, Nîmes - 0301677K

Franck Olivier
Référent numérique
""", "qp", mailer="Mozilla Thunderbird 115.9.0")

m("mailinblack_spam", True, None, None, "esidoc", False, "fr",
  "Secretary: MailInBlack asks the sender to prove it is human, so the e-sidoc activation mail is held; no UAI, private-school domain.",
  ("Corinne Blanchard", "secretariat@lycee-notre-dame-valence.fr"),
  "Validation demandée par Mailinblack",
  """Bonjour,

J'ai demandé la création du compte client pour le CDI et je vois dans le portail Mailinblack que votre message d'activation attend que « l'expéditeur s'authentifie ». Je suppose qu'un robot ne peut pas le faire...

Comment faire pour le débloquer ?

Corinne Blanchard
Secrétariat de direction
""", "alt")

m("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
  "Product spelled 'mail in black', no accents, typos.",
  ("jp barbier", "jp.barbier@college-stmichel.fr"),
  "mail bloque",
  """bonjour
les mails de l espace acheteur sont bloque par mail in black au college, je ne recoit pas le lien pour me connecter. comment on fait pour les autoriser
merci
jp barbier, cpe et admin espace acheteur (oui on fait tout ici...)
""", "plain", mailer=None)

m("mailinblack_spam", False, None, "hauts-de-france", "ecoledirecte", True, "fr",
  "Describes a sender-authentication challenge (the parents' messages bounce with a 'click to prove you are human' page) without naming MailInBlack: likely mailinblack_spam, but the product is not confirmed, so a person checks first. Region from ac-lille.fr.",
  ("Amandine Carpentier", "amandine.carpentier@ac-lille.fr"),
  "Les mails reçoivent une page « prouvez que vous n'êtes pas un robot »",
  """Bonjour,

Des collègues m'ont signalé que les mails envoyés par EcoleDirecte à notre adresse de vie scolaire sont retenus : l'expéditeur reçoit en retour une page qui demande de cliquer pour prouver qu'il n'est pas un robot, et le message n'arrive qu'après. Évidemment l'adresse automatique ne clique jamais.

Je ne sais pas quel outil fait ça, c'est le rectorat qui gère la messagerie. Pouvez-vous nous aider ?

Amandine Carpentier
CPE
""", "qp")

m("mailinblack_spam", True, "0590938Z", "hauts-de-france", "espace_acheteur", False, "en",
  "English: MailinBlack quarantine keeps the sign-up links.",
  ("Rachel Dubois", "r.dubois@lycee-europeen-lille.fr"),
  "Activation emails stuck in MailinBlack",
  """Good morning,

Our school uses MailinBlack and the sign-up emails from your buyer platform are stuck in quarantine. I can release them one by one but the links have expired by then. Could you send me the list of sender addresses we should allow?

School: Lycée européen, Lille - UAI 0590938Z

Kind regards,
Rachel Dubois
School business manager
""", "qp", mailer="Microsoft Outlook 16.0")

m("mailinblack_spam", True, "0954421P", "ile-de-france", "ecoledirecte", False, "fr",
  "CPE: MailInBlack quarantines the copies of absence notifications sent to the vie scolaire address.",
  ("Thierry Langlois", "thierry.langlois@ac-versailles.fr"),
  "Copies des notifications en quarantaine MailInBlack",
  """Bonjour,

Nous recevons en copie les notifications d'absence envoyées aux familles, cela nous sert pour les relances. Depuis deux semaines elles sont toutes dans la quarantaine MailInBlack de la boîte vie scolaire.

J'ai cliqué « autoriser » sur une d'entre elles mais les suivantes sont encore bloquées.

Collège Jules Verne, Cergy (0954421P)

Thierry Langlois, CPE
""", "alt")

m("mailinblack_spam", False, "0871304V", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
  "Two topics: the activation mail is blocked by MailInBlack (main) and she asks for order rights for the vie scolaire secretary (account_creation).",
  ("Odile Peyrat", "odile.peyrat@ac-limoges.fr"),
  "Mailinblack + droits de commande",
  """Bonjour,

Premier point : le mail d'activation de l'Espace Acheteur est retenu par Mailinblack, que le Département vient d'installer sur nos boîtes.

Second point : pouvez-vous ouvrir les droits de commande à Mme Sarre, secrétaire de la vie scolaire, pour qu'elle commande elle-même les carnets de liaison ?

Lycée Gay-Lussac, Limoges - 0871304V

Odile Peyrat, gestionnaire
""", "qp")

m("mailinblack_spam", True, "0720455D", "pays-de-la-loire", "ecoledirecte", False, "fr",
  "MAILINBLACK in capitals; asks whether to allow the domain or the address for EcoleDirecte notifications.",
  ("Régis Blot", "regis.blot@ac-nantes.fr"),
  "MAILINBLACK - autoriser domaine ou adresse ?",
  """Bonjour,

Notre collège (0720455D) passe sous MAILINBLACK le 1er décembre. Pour ne pas perdre les mails d'EcoleDirecte (notifications aux personnels et accusés des SMS), faut-il autoriser le domaine entier ou seulement l'adresse no-reply ?

Merci,
Régis Blot
Principal adjoint
""", "qp")

m("mailinblack_spam", True, "0501733M", "normandie", "espace_acheteur", False, "fr",
  "A person forwards the daily MailInBlack quarantine report: the outer message is a real question, the forwarded part is machine text.",
  ("Mélanie Hamel", "melanie.hamel@ac-normandie.fr"),
  "TR: Rapport de quarantaine Mailinblack",
  """Bonjour,

Je vous transfère le rapport reçu ce matin : vos messages de l'Espace Acheteur y sont. Je ne veux pas les libérer un par un tous les jours, que faut-il régler ?

Mélanie Hamel
Lycée Le Verrier, Saint-Lô - 0501733M

-----Message d'origine-----
De : Mailinblack <no-reply@mailinblack.com>
Envoyé : mercredi 5 février 2025 07:00
À : melanie.hamel@ac-normandie.fr
Objet : Votre rapport de messages en attente

Vous avez 4 messages en attente d'authentification :
- no-reply@espace-acheteur.example.fr  « Activez votre compte »
- no-reply@espace-acheteur.example.fr  « Votre compte a été validé »
- newsletter@formation-pro.example.com « Dernier jour ! »
- no-reply@espace-acheteur.example.fr  « Nouvelle offre disponible »
""", "qp", mailer="Microsoft Outlook 16.0")

m("mailinblack_spam", False, "0251129S", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
  "Reply: the MailInBlack allow-list guide was followed and mails are still held; the standard answer was already given, a person must follow up.",
  ("Jean-Marc Cuenot", "jean-marc.cuenot@ac-besancon.fr"),
  "Re: [#SUP-013305] Mailinblack",
  """Bonjour,

Nous avons ajouté les adresses indiquées dans votre guide à la liste blanche de Mailinblack il y a une semaine, et le mail de validation de compte est encore en quarantaine ce matin. Notre informaticien pense qu'il manque une adresse d'expédition.

Jean-Marc Cuenot
Collège Victor Hugo, Besançon (0251129S)

Le mer. 22 janv. 2025 à 14:10, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Votre messagerie est protégée par MailInBlack. Voici la liste des
> expéditeurs à autoriser...
""", "qp", mailer=None, in_reply_to="<SUP-013305.1737551400.9de044@assistance.example.fr>")

m("mailinblack_spam", True, None, None, "ecoledirecte", False, "fr",
  "HTML-only: the local authority installed Mailinblack last month and EcoleDirecte mails to staff are held; no UAI, non-academic sender.",
  ("Dominique Perrin", "d.perrin@cite-scolaire-du-jura.fr"),
  "Messages EcoleDirecte retenus",
  """Bonjour,

La collectivité a mis en place Mailinblack sur toutes les adresses de la cité scolaire le mois dernier. Depuis, les messages d'EcoleDirecte attendent dans « Messages en attente » et les collègues ne les voient pas.

Pouvez-vous m'envoyer la procédure ?

Dominique Perrin
Secrétaire générale
""", "html", mailer="Microsoft Outlook 16.0")

m("mailinblack_spam", True, "9730127A", "guyane", "espace_acheteur", False, "fr",
  "'Mailinblack Protect' quarantines the account mails; Guyane time zone.",
  ("Yolande Horth", "yolande.horth@ac-guyane.fr"),
  "Quarantaine Mailinblack Protect",
  """Bonjour,

Nos mails de l'Espace Acheteur partent dans la quarantaine Mailinblack Protect. Merci de nous indiquer la marche à suivre.

Lycée Félix Éboué, Cayenne - 9730127A

Y. Horth
""", "qp", tz=-3)

# ====================================================== account_creation (10)

m("account_creation", False, "0130742L", "provence-alpes-cote-d-azur", "ecoledirecte", False, "fr",
  "CPE asks for EcoleDirecte rights to be opened for a new vie scolaire assistant: rights to open, a person answers.",
  ("Sabrina Ait-Ali", "sabrina.ait-ali@ac-aix-marseille.fr"),
  "Ouverture d'un compte pour une nouvelle AED",
  """Bonjour,

Une nouvelle assistante d'éducation, Mme Lisa Romano, a commencé lundi. Pourriez-vous lui créer un accès EcoleDirecte avec les droits vie scolaire (saisie des absences, retards, punitions) ? Elle n'a pas besoin des notes.

Collège Izzo, Marseille - UAI 0130742L

Sabrina Ait-Ali
CPE
""", "qp")

m("account_creation", True, None, None, "espace_acheteur", False, "fr",
  "New secretary asks how to create an Espace Acheteur account: the sign-up answer fits.",
  ("Amélie Roussel", "amelie.roussel@ensemble-scolaire-la-salle.fr"),
  "Création de compte",
  """Bonjour,

Je suis la nouvelle secrétaire de l'ensemble scolaire et je dois passer les commandes de matériel pour la vie scolaire. Comment créer mon compte sur l'Espace Acheteur ?

Merci,
Amélie Roussel
""", "qp")

m("account_creation", True, "0772044D", "ile-de-france", "espace_acheteur", False, "fr",
  "Filled the sign-up form, cannot log in: account waiting for validation by the structure administrator (FAQ case).",
  ("Corinne Thomas", "corinne.thomas@ac-creteil.fr"),
  "compte en attente",
  """Bonjour,

J'ai rempli le formulaire d'inscription de l'Espace Acheteur vendredi. Quand j'essaie de me connecter, on me dit que mon compte est « en attente de validation ». Que dois-je faire ?

Collège Van Gogh, Savigny - 0772044D

Corinne Thomas
Secrétaire de direction
""", "qp")

m("account_creation", False, "0740288L", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
  "Asks who the establishment's structure administrator is: needs a look-up, a person answers.",
  ("Pascale Jacquier", "pascale.jacquier@ac-grenoble.fr"),
  "Qui est notre administrateur ?",
  """Bonjour,

Pour valider mon inscription, on me dit qu'il faut l'accord de l'administrateur de structure. Je ne sais absolument pas qui c'est chez nous, la personne a peut-être changé d'établissement. Pouvez-vous me dire à qui m'adresser ?

Lycée Guillaume Fichet, Bonneville - 0740288L

Pascale Jacquier
""", "alt")

m("account_creation", True, "0111532F", "occitanie", "esidoc", True, "fr",
  "Negation: 'je n'ai pas perdu de mot de passe', she never had an account; wants to open the e-sidoc customer account. account_creation, not password_reset.",
  ("Émilie Sabatier", "emilie.sabatier@ac-montpellier.fr"),
  "Ouvrir un compte client",
  """Bonjour,

Je précise tout de suite : je n'ai pas perdu de mot de passe, je n'ai jamais eu de compte ! Je suis la nouvelle secrétaire et la principale me demande d'ouvrir le compte client pour que nous puissions commander en ligne les abonnements du CDI.

Collège Joseph Delteil, Limoux - 0111532F

Émilie Sabatier
""", "qp")

m("account_creation", False, None, None, "espace_acheteur", False, "en",
  "English: an international school opened this year wants a buyer account; eligibility must be checked by a person.",
  ("Daniel Okafor", "d.okafor@bordeaux-intl-school.org"),
  "Opening a buyer account",
  """Dear support team,

We are a new bilingual school that opened in September near Bordeaux. Our school life manager would like to order supplies (student planners, ID cards) through your purchasing platform. How can we open an account, and are we eligible as a private school under contract since this year?

Best regards,
Daniel Okafor
Operations manager
""", "qp", mailer="Microsoft Outlook 16.0")

m("account_creation", False, "0620912E", "hauts-de-france", "ecoledirecte", False, "fr",
  "Asks for a second administrator account on EcoleDirecte for the new principal adjoint: rights to open, a person answers.",
  ("Arnaud Delattre", "arnaud.delattre@ac-lille.fr"),
  "Deuxième compte administrateur",
  """Bonjour,

Actuellement seul le secrétariat de direction a un compte administrateur EcoleDirecte. Le nouveau principal adjoint souhaite avoir les mêmes droits pour gérer les emplois du temps et les paramètres de la vie scolaire. Est-ce possible d'avoir deux administrateurs ?

Collège Jean Jaurès, Lens - 0620912E

Arnaud Delattre
""", "qp")

m("account_creation", True, None, None, "esidoc", False, "fr",
  "HTML-only Outlook: the new gestionnaire wants to open the customer account before a first order.",
  ("Frédéric Morin", "gestion@college-saint-exupery-fr.org"),
  "Création compte client e-sidoc",
  """Bonjour,

Je souhaiterais créer le compte client de l'établissement pour commander l'abonnement du portail documentaire. Pouvez-vous m'indiquer la démarche ?

Cordialement,
Frédéric Morin
Gestionnaire
""", "html", mailer="Microsoft Outlook 16.0", charset="windows-1252")

m("account_creation", False, "0681209V", "grand-est", "espace_acheteur", False, "fr",
  "Account waiting for validation for three weeks; the structure administrator is on long leave: the region must step in.",
  ("Sylvie Muller", "sylvie.muller@ac-strasbourg.fr"),
  "Compte toujours pas validé",
  """Bonjour,

Mon compte attend la validation de l'administrateur de structure depuis trois semaines. Il s'agit de notre gestionnaire, qui est en congé longue maladie jusqu'en juin. Personne d'autre ne peut valider. Pouvez-vous faire quelque chose ?

Lycée Bartholdi, Colmar - 0681209V

Sylvie Muller
Secrétariat vie scolaire
""", "qp")

m("account_creation", False, "0220944G", "bretagne", "esidoc", False, "fr",
  "The establishment's UAI is not in the list when opening the customer account (school created this year): the FAQ sends these to a person.",
  ("Morgane Le Bras", "morgane.lebras@ac-rennes.fr"),
  "Établissement introuvable à l'inscription",
  """Bonjour,

Notre collège a ouvert à la rentrée 2024 et son UAI (0220944G) n'apparaît pas dans la liste quand je veux créer le compte client. Comment faire ?

Morgane Le Bras
Secrétaire
""", "qp")

# =============================================== subscription_activation (9)

m("subscription_activation", True, "0561375R", "bretagne", "ecoledirecte", False, "fr",
  "SMS module for absence alerts ordered yesterday, not active yet: within the 72-hour window.",
  ("Yannick Guillou", "yannick.guillou@ac-rennes.fr"),
  "Module SMS pas encore actif",
  """Bonjour,

Nous avons commandé hier le module SMS d'EcoleDirecte pour prévenir les familles des absences. Dans l'espace vie scolaire, le bouton « Envoyer un SMS » est toujours grisé. Faut-il faire quelque chose de notre côté ?

Collège Jules Simon, Vannes - 0561375R

Yannick Guillou, CPE
""", "qp")

m("subscription_activation", True, "0290455M", "bretagne", "esidoc", False, "fr",
  "Europresse ordered two days ago, not visible yet in the portal.",
  ("Soizic Tanguy", "soizic.tanguy@ac-rennes.fr"),
  "Europresse pas visible",
  """Bonjour,

Commande de l'abonnement Europresse passée avant-hier, rien n'apparaît encore dans les ressources du portail du CDI. Est-ce normal ?

Collège de Kerichen, Brest - 0290455M
Soizic Tanguy
""", "qp")

m("subscription_activation", False, "0372811E", "centre-val-de-loire", "ecoledirecte", False, "fr",
  "The homework-book module was ordered more than two weeks ago and is still not active: past the 72-hour rule, a person must check the order.",
  ("Laurence Bodin", "laurence.bodin@ac-orleans-tours.fr"),
  "Module cahier de textes toujours inactif",
  """Bonjour,

Nous avons commandé le module « cahier de textes » d'EcoleDirecte le 3 mars, la commande a été confirmée. Nous sommes le 19 et le module n'est toujours pas disponible pour les professeurs. Les élèves de 3e n'ont aucun suivi des devoirs depuis.

Merci de regarder ce qui bloque.

Collège Anatole France, Tours - 0372811E
Laurence Bodin, secrétaire de direction
""", "alt")

m("subscription_activation", True, "0030715L", "auvergne-rhone-alpes", "ecoledirecte", True, "fr",
  "Written by the principal, but he only asks when the ordered vie scolaire module will be available: not a head-of-establishment request.",
  ("Bernard Chassagne", "ce.0030715L@ac-clermont.fr"),
  "Disponibilité du module vie scolaire",
  """Bonjour,

En tant que principal du collège, j'ai validé mardi la commande du module vie scolaire d'EcoleDirecte. Pouvez-vous me dire dans quel délai il sera disponible pour l'équipe de la CPE ?

Bien cordialement,
Bernard Chassagne
Principal
""", "qp")

m("subscription_activation", True, "0090261K", "occitanie", "esidoc", False, "fr",
  "Active subscription not visible to pupils from the ENT: the resource has to be published.",
  ("Agnès Fourcade", "agnes.fourcade@ac-toulouse.fr"),
  "Ressource invisible pour les élèves",
  """Bonjour,

L'abonnement est bien actif de mon côté (je le vois en tant qu'administratrice), mais les élèves ne le voient pas quand ils passent par l'ENT. Il manque une étape de publication ?

Collège Lakanal, Foix - 0090261K

Agnès Fourcade
""", "qp")

m("subscription_activation", True, "7200114L", "corse", "esidoc", False, "fr",
  "Haute-Corse UAI (720 prefix); renewed subscription ordered yesterday still shown as expired.",
  ("Paul-Antoine Casanova", "paul-antoine.casanova@ac-corse.fr"),
  "Abonnement renouvelé mais expiré",
  """Bonjour,

Renouvellement commandé hier, mais dans « Mes abonnements » il est encore marqué expiré. Lycée de Bastia, 7200114L.

Merci
P.-A. Casanova
""", "qp")

m("subscription_activation", True, None, "bourgogne-franche-comte", "esidoc", False, "fr",
  "Short: please activate the subscription, order validated this morning. Region from ac-dijon.fr.",
  ("Hervé Poulain", "herve.poulain@ac-dijon.fr"),
  "Activation abonnement",
  """Bonjour, merci d'activer notre abonnement, la commande a été validée ce matin. Bonne journée. H. Poulain
""", "plain", mailer="iPhone Mail (21F90)")

m("subscription_activation", True, "0851048C", "pays-de-la-loire", "ecoledirecte", True, "fr",
  "Negation: 'mon mot de passe marche très bien'; the ordered module is simply missing from the menu, 48 h after ordering.",
  ("Céline Rabaud", "celine.rabaud@ac-nantes.fr"),
  "Module absent du menu",
  """Bonjour,

Ce n'est pas un problème de mot de passe, je me connecte très bien à EcoleDirecte. Mais le module « Gestion des retenues » que nous avons commandé avant-hier n'apparaît pas dans le menu vie scolaire.

Collège Molière, La Roche-sur-Yon - 0851048C

Céline Rabaud, CPE
""", "qp")

m("subscription_activation", True, "9760233Z", "mayotte", "esidoc", False, "fr",
  "Mayotte: resource ordered yesterday, not yet reachable.",
  ("Anli Said", "anli.said@ac-mayotte.fr"),
  "Ressource commandée non accessible",
  """Bonjour,

Nous avons commandé hier une ressource numérique pour le CDI (encyclopédie en ligne). Elle n'est pas encore accessible. Merci de nous dire quand elle le sera.

Collège de Mamoudzou, 9760233Z
Anli Said
""", "qp", tz=3)

# ========================================= head_of_establishment_request (12)

m("head_of_establishment_request", False, "0512067V", "grand-est", "ecoledirecte", False, "fr",
  "The principal, from the ce.<UAI> address, asks to change the EcoleDirecte administrator contact to the new CPE.",
  ("Principal - Collège Maryse Bastié", "ce.0512067V@ac-reims.fr"),
  "Changement d'administrateur EcoleDirecte",
  """Madame, Monsieur,

Suite au départ en retraite de Mme Collard, secrétaire de direction, je vous demande de désigner M. Antoine Vasseur, conseiller principal d'éducation, comme administrateur EcoleDirecte de l'établissement, et de remplacer l'adresse de contact par la sienne (antoine.vasseur@ac-reims.fr).

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Hélène Brun
Principale du collège Maryse Bastié, Reims
UAI 0512067V
""", "alt", mailer="Zimbra 9.0.0_ZEXTRAS (ZimbraWebClient - FF128 (Win))")

m("head_of_establishment_request", False, "0242191B", "nouvelle-aquitaine", "ecoledirecte", False, "fr",
  "The proviseur authorises the school secretary to validate the SMS-credit order; the engagement form is attached.",
  ("Proviseur Lycée Bertran de Born", "ce.0242191B@ac-bordeaux.fr"),
  "Autorisation de validation de commande",
  """Bonjour,

J'autorise Mme Nadège Roux, secrétaire de direction, à valider en mon nom la commande de 3 000 crédits SMS pour la vie scolaire. Vous trouverez le bon d'engagement signé en pièce jointe.

Cordialement,
Le proviseur,
Xavier Delmas
Lycée Bertran de Born, Périgueux (0242191B)
""", "qp", attach=("bon_engagement_SMS.pdf", "application/pdf", b"%PDF-1.4\n% holdout109 placeholder\n"))

m("head_of_establishment_request", False, "0193055T", "nouvelle-aquitaine", "esidoc", False, "fr",
  "A primary-school head (directrice d'école) asks from the school's ce. address for a reset of the e-sidoc administrator password and for the school's address to become the contact.",
  ("Directrice école Jean Zay", "ce.0193055T@ac-limoges.fr"),
  "Demande de réinitialisation - école Jean Zay",
  """Bonjour,

Je suis directrice de l'école élémentaire Jean Zay à Brive. L'enseignante qui gérait notre petite BCD sur e-sidoc a été mutée et nous n'avons plus le mot de passe administrateur. Je vous demande de le réinitialiser et d'enregistrer désormais l'adresse de l'école (celle-ci) comme adresse de contact.

Merci,
Christine Lavaud, directrice
""", "qp")

m("head_of_establishment_request", False, "0595108G", "hauts-de-france", "ecoledirecte", True, "fr",
  "Claims to be the proviseur from the ce.<UAI> address, but SPF and DMARC fail and the Reply-To is a free-mail address; asks to move the EcoleDirecte admin account to that address. Probable spoof: still a head-of-establishment request, staff must refuse or verify.",
  ("Proviseur", "ce.0595108G@ac-lille.fr"),
  "URGENT changement adresse administrateur",
  """Bonjour,

Je suis le proviseur. Merci de remplacer dès aujourd'hui l'adresse de l'administrateur EcoleDirecte de l'établissement par proviseur.lycee.0595108@gmail.com. Notre messagerie académique est en panne et nous devons publier les bulletins ce soir. Répondez uniquement à cette adresse.

Merci de faire vite.
""", "plain", mailer=None, reply_to="proviseur.lycee.0595108@gmail.com",
  auth="dkim=none;\n\tspf=fail smtp.mailfrom=ac-lille.fr;\n\tdmarc=fail (p=quarantine dis=none) header.from=ac-lille.fr",
  return_path="bounce@mailer-cheap.example.net")

m("head_of_establishment_request", False, None, None, "ecoledirecte", False, "fr",
  "A private-school head gives his agreement from a personal address, with no UAI: weak evidence, staff must verify.",
  ("Alain Giraud", "alain.giraud.direction@gmail.com"),
  "Accord pour le changement d'administrateur",
  """Bonjour,

Comme demandé par notre secrétaire, je vous confirme que je suis d'accord pour que Mme Perret devienne administratrice d'EcoleDirecte à la place de M. Roy, qui a quitté l'établissement en décembre.

Alain Giraud
Chef d'établissement
Collège privé Saint-François
""", "plain", mailer="iPhone Mail (21F90)")

m("head_of_establishment_request", False, "0690881H", "auvergne-rhone-alpes", "esidoc", True, "fr",
  "The CPE sends the head's signed letter (PDF) with the principal in copy: it is the head's written request relayed; staff must check the letter and the sender.",
  ("Malika Benali", "malika.benali@ac-lyon.fr"),
  "Courrier de Mme la Principale - accès portail",
  """Bonjour,

Vous trouverez ci-joint le courrier signé de Mme la Principale demandant la réinitialisation du compte administrateur du portail e-sidoc et son rattachement à l'adresse de l'établissement. Elle est en copie de ce message.

Malika Benali, CPE
Collège Gilbert Dru, Lyon - 0690881H
""", "qp", cc="Principale <ce.0690881H@ac-lyon.fr>",
  attach=("courrier_principale_portail.pdf", "application/pdf", b"%PDF-1.4\n% signed letter placeholder\n"))

m("head_of_establishment_request", False, "0440362E", "pays-de-la-loire", "espace_acheteur", False, "en",
  "English: the head of school names a new structure administrator and asks to close the former one's access.",
  ("Margaret O'Neill", "ce.0440362E@ac-nantes.fr"),
  "New structure administrator",
  """Dear Sir or Madam,

As head of the international high school in Nantes (UAI 0440362E), I hereby designate Mr Paul Bréhier, our school life manager, as the new structure administrator of our buyer space. Please close the access of Mrs Jane Cole, who left the school at Christmas.

Yours faithfully,
Margaret O'Neill
Head of school
""", "qp", mailer="Microsoft Outlook 16.0")

m("head_of_establishment_request", False, "0330944X", "nouvelle-aquitaine", "esidoc", False, "fr",
  "Reply (Thunderbird French quote) in which the principal gives the written request the desk asked for, following the earlier ticket of the documentaliste.",
  ("Philippe Lagarde", "ce.0330944X@ac-bordeaux.fr"),
  "Re: [#SUP-011842] Mot de passe e-sidoc",
  """Bonjour,

Je confirme par écrit ma demande : merci de réinitialiser le mot de passe administrateur du portail e-sidoc du collège et d'envoyer le lien à Mme Castaing, professeure documentaliste (laure.castaing@ac-bordeaux.fr).

Philippe Lagarde
Principal du collège

Le 11/12/2024 à 09:30, Assistance a écrit :
> Bonjour,
> Pour aller plus loin, le chef d'établissement doit nous adresser sa
> demande par écrit, de préférence depuis l'adresse officielle.
""", "qp", mailer="Mozilla Thunderbird 115.9.0", in_reply_to="<SUP-011842.1733905800.77aa10@assistance.example.fr>")

m("head_of_establishment_request", False, "0314220U", "occitanie", "ecoledirecte", False, "fr",
  "The proviseur asks that a departed secretary lose her EcoleDirecte administrator access.",
  ("Proviseur Lycée Déodat de Séverac", "ce.0314220U@ac-toulouse.fr"),
  "Suppression d'un accès administrateur",
  """Bonjour,

Mme Sandrine Aubert, ancienne secrétaire de direction, a quitté le lycée le 31 janvier. Je vous demande de supprimer son accès administrateur à EcoleDirecte. L'administration est désormais assurée par M. Karim Bouzid, CPE.

Le proviseur,
Didier Fabre
Lycée Déodat de Séverac (0314220U)
""", "html", mailer="Microsoft Outlook 16.0")

m("head_of_establishment_request", False, "0341210F", "occitanie", "espace_acheteur", False, "fr",
  "Written delegation: the principal declares who may validate orders for the establishment (the vie scolaire secretary for school-life supplies).",
  ("Principale Collège Les Garrigues", "ce.0341210F@ac-montpellier.fr"),
  "Délégation de signature - commandes",
  """Madame, Monsieur,

Par la présente, je donne délégation à Mme Aurore Pons, secrétaire de vie scolaire, pour valider sur l'Espace Acheteur les commandes de fournitures de vie scolaire (carnets, badges, registres d'appel) dans la limite de 1 500 € par commande.

Isabelle Roque
Principale du collège Les Garrigues, Montpellier
0341210F
""", "qp")

m("head_of_establishment_request", False, "0600712Y", "hauts-de-france", "ecoledirecte", True, "fr",
  "The principal adjoint writes 'par délégation' of the principal to authorise the change of the EcoleDirecte administrator: a written head request, but signed by the deputy, so staff must check the delegation.",
  ("Marc Lenoir", "marc.lenoir@ac-amiens.fr"),
  "Changement d'administrateur - par délégation",
  """Bonjour,

Pour le principal, absent cette semaine, et par délégation : je vous demande de transférer les droits d'administrateur EcoleDirecte du collège de Mme Fournier à Mme Leclercq, nouvelle secrétaire de direction.

Marc Lenoir
Principal adjoint, collège Jean de La Fontaine, Crépy-en-Valois
UAI 0600712Y
""", "qp")

m("head_of_establishment_request", False, None, None, "espace_acheteur", False, "fr",
  "The director of a private school authorises the change of the Espace Acheteur contact address to the new secretariat mailbox; no UAI, private domain.",
  ("Direction Lycée Sainte-Marie", "direction@lycee-sainte-marie-dax.fr"),
  "Changement adresse de contact",
  """Bonjour,

En qualité de chef d'établissement, j'autorise le remplacement de l'adresse de contact de notre compte Espace Acheteur par secretariat@lycee-sainte-marie-dax.fr, l'ancienne boîte de l'économe étant fermée.

Bien cordialement,
Frère Jacques Dubernet
Directeur
""", "qp")

# ========================================================= order_billing (8)

m("order_billing", False, "0762941J", "normandie", "ecoledirecte", False, "fr",
  "Asks for a formal quote for SMS credits to prepare the bon d'engagement.",
  ("Aurélie Leroux", "aurelie.leroux@ac-normandie.fr"),
  "Demande de devis crédits SMS",
  """Bonjour,

Pourriez-vous nous établir un devis pour 5 000 crédits SMS EcoleDirecte (alertes absences aux familles) ? Il nous faut un devis pour préparer le bon d'engagement.

Lycée Jacques Prévert, Pont-Audemer... pardon, Le Havre - 0762941J

Aurélie Leroux, gestionnaire
""", "qp")

m("order_billing", False, "0860377T", "nouvelle-aquitaine", "ecoledirecte", False, "fr",
  "Order validated a month ago; the invoice is still not on Chorus.",
  ("Jérôme Baudet", "jerome.baudet@ac-poitiers.fr"),
  "Facture absente de Chorus Pro",
  """Bonjour,

Notre commande du module vie scolaire a été validée le 4 novembre, mais la facture n'est toujours pas déposée sur Chorus Pro. Pouvez-vous la déposer pour que nous puissions la payer avant la clôture de l'exercice ?

Lycée Camille Guérin, Poitiers - 0860377T
J. Baudet, adjoint gestionnaire
""", "alt")

m("order_billing", False, "0670529L", "grand-est", "esidoc", False, "fr",
  "The same invoice received twice; asks to cancel the duplicate.",
  ("Carole Weber", "int.0670529l@ac-strasbourg.fr"),
  "Facture en double",
  """Bonjour,

Nous avons reçu deux fois la facture n° FA-2024-08812 pour l'abonnement du portail. Pouvez-vous annuler le doublon ?

Collège Pasteur, Strasbourg (0670529L)
Carole Weber, service intendance
""", "qp")

m("order_billing", False, "0220318B", "bretagne", "esidoc", False, "fr",
  "The saved basket has disappeared before the order could be validated.",
  ("Annie Le Moal", "annie.lemoal@ac-rennes.fr"),
  "Panier disparu",
  """Bonjour,

J'avais préparé un panier avec les abonnements du CDI il y a trois semaines, en attendant l'accord du conseil d'administration. Aujourd'hui il est vide ! Faut-il tout recommencer ?

Collège Anatole Le Braz, Saint-Brieuc - 0220318B
Annie Le Moal
""", "qp")

m("order_billing", False, None, None, "ecoledirecte", False, "fr",
  "Private school asks whether it can pay by bank transfer and for the bank details; ISO-8859-15 8-bit body.",
  ("Comptabilité OGEC", "compta@ogec-saint-louis.fr"),
  "Règlement par virement",
  """Bonjour,

Nous sommes un établissement privé et ne passons pas par le mandat administratif. Pouvons-nous régler la facture des crédits SMS (480 €) par virement ? Si oui, merci de nous communiquer votre RIB.

Cordialement,
Service comptabilité - OGEC Saint-Louis
""", "8bit", charset="iso-8859-15", mailer="Mozilla Thunderbird 102.15.1")

m("order_billing", False, "0930577X", "ile-de-france", "ecoledirecte", False, "fr",
  "The invoice is addressed to the wrong entity (the département instead of the collège); asks for a corrected invoice.",
  ("Naïma Kaci", "naima.kaci@ac-creteil.fr"),
  "Facture au mauvais nom",
  """Bonjour,

La facture de l'abonnement EcoleDirecte est adressée au Conseil départemental et non au collège. Notre agent comptable ne peut pas la mandater. Pouvez-vous l'établir au nom du collège Georges Politzer, 0930577X ?

Naïma Kaci
Secrétaire de gestion
""", "qp")

m("order_billing", False, None, None, "espace_acheteur", False, "en",
  "English Outlook reply: the purchase order number must appear on the invoice.",
  ("Sarah Kim", "sarah.kim@american-school-paris.org"),
  "RE: Your invoice INV-24-3310",
  """Hello,

Our accounts department cannot process this invoice because it does not show our purchase order number (PO-2024-118). Could you please reissue it with the PO number?

Thanks,
Sarah Kim
Student life office

From: Billing <billing@espace-acheteur.example.fr>
Sent: Monday, January 13, 2025 9:02 AM
To: Sarah Kim <sarah.kim@american-school-paris.org>
Subject: Your invoice INV-24-3310

Please find attached your invoice for the order of 12/12/2024.
""", "alt", mailer="Microsoft Outlook 16.0")

m("order_billing", False, "0260922L", "auvergne-rhone-alpes", "esidoc", False, "fr",
  "The bon d'engagement upload fails at order validation ('fichier trop volumineux').",
  ("Thomas Reynaud", "thomas.reynaud@ac-grenoble.fr"),
  "Impossible de joindre le bon d'engagement",
  """Bonjour,

À la validation de la commande, quand je joins le bon d'engagement scanné, j'ai le message « fichier trop volumineux ». Le PDF fait 6 Mo. Quelle est la taille maximale ?

Lycée Camille Vernet, Valence - 0260922L
Thomas Reynaud
""", "qp")

# ==================================================== contract_documents (5)

m("contract_documents", False, "0130156Z", "provence-alpes-cote-d-azur", "ecoledirecte", False, "fr",
  "Cannot find the signed EcoleDirecte service convention in the establishment's documents area.",
  ("Laetitia Bianchi", "laetitia.bianchi@ac-aix-marseille.fr"),
  "Convention EcoleDirecte introuvable",
  """Bonjour,

Notre agent comptable me demande la convention de service EcoleDirecte signée l'an dernier. Elle n'apparaît plus dans l'espace documents de l'établissement. Pouvez-vous la remettre en ligne ou me l'envoyer ?

Lycée Thiers, Marseille - 0130156Z
Laetitia Bianchi, secrétaire de direction
""", "qp")

m("contract_documents", False, None, None, "espace_acheteur", False, "fr",
  "The CCTP of the school-life supplies market (2024-037) cannot be found in 'Mes Marchés'.",
  ("Éric Lambert", "eric.lambert@cite-scolaire-montaigne.fr"),
  "CCTP marché fournitures vie scolaire",
  """Bonjour,

Je cherche le CCTP du marché 2024-037 (fournitures de vie scolaire : carnets de correspondance, cartes) dans « Mes Marchés », mais seul l'acte d'engagement est présent. Où puis-je le trouver ?

Éric Lambert
Adjoint gestionnaire
""", "qp")

m("contract_documents", False, "0570841E", "grand-est", "espace_acheteur", False, "fr",
  "Amendment no. 1 of the badge-and-card market is missing from the contract documents.",
  ("Nicole Schmitt", "nicole.schmitt@ac-nancy-metz.fr"),
  "Avenant manquant",
  """Bonjour,

L'avenant n° 1 du marché des badges d'accès et cartes élèves (révision des prix) n'est pas dans les pièces du marché, alors que le fournisseur nous l'oppose pour justifier ses nouveaux tarifs.

Collège Jean Moulin, Forbach - 0570841E

Nicole Schmitt
""", "qp")

m("contract_documents", False, "0440915F", "pays-de-la-loire", "espace_acheteur", False, "fr",
  "Follow-up reply (Gmail quote): the convention is still missing after the region's answer.",
  ("Hugo Ménard", "hugo.menard@ac-nantes.fr"),
  "Re: [#SUP-012204] Convention d'adhésion",
  """Bonjour,

Je reviens vers vous : malgré votre message du 2 décembre, la convention d'adhésion n'apparaît toujours pas dans notre espace. Je ne vois que la convention de 2021.

Hugo Ménard
Lycée Clemenceau, Nantes - 0440915F

Le lun. 2 déc. 2024 à 11:15, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> La convention sera mise en ligne dans les prochains jours.
""", "qp", mailer=None, in_reply_to="<SUP-012204.1733134500.3f0c88@assistance.example.fr>")

m("contract_documents", False, None, None, "espace_acheteur", True, "fr",
  "Could see the conventions on the old platform, not on the new one: contract_documents, although the cause may be access rights (close to account_creation).",
  ("Valérie Hoarau", "v.hoarau@lycee-prive-bellepierre.re"),
  "Conventions invisibles sur la nouvelle plateforme",
  """Bonjour,

Sur l'ancienne plateforme je voyais toutes les conventions de l'établissement. Sur le nouvel Espace Acheteur, la rubrique est vide pour moi, alors que ma collègue les voit. Pourquoi ?

Valérie Hoarau
Secrétariat
""", "qp", tz=4)

# ===================================================== transfer_incident (16)

m("transfer_incident", False, "0340627X", "occitanie", "ecoledirecte", False, "fr",
  "Absences entered in the school-management software no longer reach EcoleDirecte since Monday; parents see nothing.",
  ("Guillaume Rouquette", "guillaume.rouquette@ac-montpellier.fr"),
  "Absences non remontées sur EcoleDirecte",
  """Bonjour,

Depuis lundi, les absences saisies dans Charlemagne par la vie scolaire ne remontent plus sur EcoleDirecte. Les familles ne voient rien et m'appellent. Le dernier transfert réussi date de vendredi 17 h.

Collège Las Cazes, Montpellier - 0340627X
Guillaume Rouquette, CPE
""", "qp")

m("transfer_incident", False, "0140388W", "normandie", "ecoledirecte", False, "fr",
  "Timetable export to EcoleDirecte fails with an error message since the new timetable was loaded.",
  ("Sébastien Vautrin", "sebastien.vautrin@ac-normandie.fr"),
  "Export emploi du temps en erreur",
  """Bonjour,

Depuis que nous avons chargé le nouvel emploi du temps de janvier, l'export vers EcoleDirecte s'arrête avec le message « Erreur 412 - cours sans salle ». Tous les cours ont pourtant une salle. Du coup les élèves et les familles ont toujours l'ancien emploi du temps.

Lycée Malherbe, Caen - 0140388W
Sébastien Vautrin, proviseur adjoint
""", "alt")

m("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
  "Asks for 'le mot de passe de maintenance du jour' to relaunch the synchronisation: transfer_incident per the taxonomy, not password_reset.",
  ("Secrétariat", "secretariat@college-ste-therese-quimper.fr"),
  "Mot de passe maintenance",
  """Bonjour,

Pour relancer la synchronisation des absences, l'outil me demande le mot de passe de maintenance du jour. Pouvez-vous me le communiquer ?

Merci,
Le secrétariat
""", "qp")

m("transfer_incident", False, "0750692V", "ile-de-france", "ecoledirecte", False, "fr",
  "'Licence expirée' at start-up of the transfer tool; transfers stopped.",
  ("Claire Benoît", "claire.benoit@ac-paris.fr"),
  "Licence expirée",
  """Bonjour,

Ce matin, au lancement de l'outil de transfert, le message « Licence expirée » s'affiche et plus rien ne part vers EcoleDirecte (ni absences ni notes). Pouvez-vous régénérer la licence ?

Collège Rognoni, Paris - 0750692V
Claire Benoît, secrétaire de direction
""", "qp")

m("transfer_incident", False, "0920341W", "ile-de-france", "ecoledirecte", True, "fr",
  "Written by the principal from the ce. address, but he reports a failing absence export: not a head-of-establishment request.",
  ("Principal Collège Paul Vaillant-Couturier", "ce.0920341W@ac-versailles.fr"),
  "Export des absences",
  """Bonjour,

Je suis le principal du collège. Notre CPE m'alerte : depuis trois jours, l'export des absences vers EcoleDirecte échoue chaque nuit, et le rapport indique « connexion refusée ». Pouvez-vous nous aider à rétablir la situation rapidement ? Les conseils de classe approchent.

Jean-Luc Perrot
Principal
""", "qp")

m("transfer_incident", False, "0595621P", "hauts-de-france", "ecoledirecte", False, "fr",
  "Parents and pupils still see last week's timetable: the synchronisation is stuck.",
  ("Aïcha Belkacem", "aicha.belkacem@ac-lille.fr"),
  "Emploi du temps pas à jour pour les familles",
  """Bonjour,

Les modifications d'emploi du temps faites jeudi (nouveau groupe de latin, changement de salle pour les 6e) n'apparaissent pas dans EcoleDirecte. Le transfert indique « en cours » depuis jeudi soir.

Collège Verlaine, Roubaix - 0595621P
Aïcha Belkacem, secrétaire
""", "qp")

m("transfer_incident", False, "0631842K", "auvergne-rhone-alpes", "ecoledirecte", False, "fr",
  "After the server was restored from backup, the replication must be re-initialised.",
  ("Laurent Chauvet", "laurent.chauvet@ac-clermont.fr"),
  "Réinitialisation réplication après restauration",
  """Bonjour,

Le serveur administratif du lycée a été restauré à partir de la sauvegarde du week-end après une panne de disque. Depuis, le transfert vers EcoleDirecte refuse de partir (« base désynchronisée »). Il faudrait sans doute réinitialiser la réplication.

Lycée Jean Zay, Thiers - 0631842K
L. Chauvet, référent informatique
""", "qp", mailer="Mozilla Thunderbird 115.9.0")

m("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "New proxy at the school: the transfer diagnostic fails on the connection test.",
  ("Service informatique", "dsi@ensemble-scolaire-saint-paul.fr"),
  "Transferts bloqués par le proxy ?",
  """Bonjour,

Nous avons installé un nouveau pare-feu avec proxy authentifié pendant les vacances. Depuis, le diagnostic de l'outil de transfert échoue au test de connexion. Quels ports et quelles adresses faut-il ouvrir ?

Service informatique - Ensemble scolaire Saint-Paul
""", "qp")

m("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "HTML-only Outlook: the transfer tool crashes at launch; several processes stuck.",
  ("Mireille Caron", "m.caron@institution-jeanne-darc.fr"),
  "L'outil de transfert plante",
  """Bonjour,

L'outil de transfert se ferme tout seul dès que je clique sur « Transférer ». Dans le gestionnaire des tâches je vois quatre processus Outils.exe qui ne se ferment pas. J'ai redémarré le poste, même chose.

Mireille Caron
Secrétariat de direction
""", "html", mailer="Microsoft Outlook 16.0", charset="windows-1252")

m("transfer_incident", False, "0830266N", "provence-alpes-cote-d-azur", "ecoledirecte", False, "fr",
  "Absences justified online by parents no longer come back into the school-management software.",
  ("Patrick Giordano", "patrick.giordano@ac-nice.fr"),
  "Justificatifs des parents non récupérés",
  """Bonjour,

Les parents justifient les absences en ligne sur EcoleDirecte, mais depuis le 15 novembre ces justifications ne redescendent plus dans notre logiciel : les absences restent « non justifiées » chez nous et partent comme telles dans les bulletins.

Collège Font de Fillol, Six-Fours - 0830266N
Patrick Giordano, CPE
""", "qp")

m("transfer_incident", False, "0370488E", "centre-val-de-loire", "ecoledirecte", False, "fr",
  "Late arrivals (retards) are not synchronised to EcoleDirecte while absences are.",
  ("Élodie Barbier", "elodie.barbier@ac-orleans-tours.fr"),
  "Les retards ne passent pas",
  """Bonjour,

Curieusement, les absences passent bien sur EcoleDirecte mais pas les retards. Depuis le début du mois, aucun retard saisi au bureau de la vie scolaire n'apparaît côté familles.

Lycée Grandmont, Tours - 0370488E
Élodie Barbier, AED
""", "qp")

m("transfer_incident", False, "0021357P", "hauts-de-france", "ecoledirecte", True, "fr",
  "Contains 'mot de passe' and 'oublié', but what is needed is the daily maintenance password to re-index the base: transfer_incident.",
  ("Nathalie Dupuis", "nathalie.dupuis@ac-amiens.fr"),
  "mot de passe oublié ?",
  """Bonjour,

L'outil m'indique que la base doit être réindexée avant le prochain transfert et me demande « le mot de passe de maintenance ». Je ne l'ai pas oublié : je ne l'ai jamais eu ! Mon mot de passe habituel ne marche pas à cet endroit.

Collège Jean Racine, Saint-Quentin - 0021357P
Nathalie Dupuis
""", "qp")

m("transfer_incident", False, "0570112M", "grand-est", "ecoledirecte", False, "fr",
  "Report cards and grades not published on EcoleDirecte after the end-of-term transfer.",
  ("Olivier Klein", "olivier.klein@ac-nancy-metz.fr"),
  "Bulletins non publiés",
  """Bonjour,

Le transfert de fin de trimestre s'est terminé hier soir sans erreur apparente, mais les bulletins et les moyennes du 1er trimestre n'apparaissent pas pour les familles. Les appréciations de vie scolaire non plus.

Lycée Fabert, Metz - 0570112M
O. Klein, proviseur adjoint
""", "qp")

m("transfer_incident", False, "0351925C", "bretagne", "ecoledirecte", False, "fr",
  "Reply on an open transfer ticket: the fix did not hold, the transfer fails again.",
  ("Ronan Le Gall", "ronan.legall@ac-rennes.fr"),
  "RE: [#SUP-013780] Transfert en échec",
  """Bonjour,

Le transfert a fonctionné deux jours après votre intervention, mais il échoue de nouveau depuis ce matin avec la même erreur (« délai de connexion dépassé »).

Ronan Le Gall
Collège Les Gayeulles, Rennes - 0351925C

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 6 février 2025 16:20
Objet : [#SUP-013780] Transfert en échec

Bonjour, nous avons relancé la réplication de votre base...
""", "qp", mailer="Microsoft Outlook 16.0", in_reply_to="<SUP-013780.1738855200.aa31f7@assistance.example.fr>")

m("transfer_incident", False, None, "occitanie", "ecoledirecte", False, "fr",
  "The timetable file produced by the timetable software is rejected on import ('format non reconnu'), so no timetable reaches EcoleDirecte. Region from ac-toulouse.fr.",
  ("Frédérique Soulié", "frederique.soulie@ac-toulouse.fr"),
  "Import EDT refusé",
  """Bonjour,

Nous avons changé de logiciel d'emploi du temps cette année. Le fichier d'export XML qu'il produit est refusé à l'import (« format non reconnu »), et aucun emploi du temps n'est donc disponible dans EcoleDirecte pour les élèves. L'ancien format fonctionnait.

Frédérique Soulié
Proviseure adjointe
""", "qp")

m("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "Very short message from Android (base64): transfers blocked since this morning.",
  ("Karine Fabre", "karine.fabre@college-notre-dame-rodez.fr"),
  "transferts",
  """Bonjour, les transferts vers EcoleDirecte sont bloqués depuis ce matin, message « échec de l'envoi ». Merci de regarder. Karine Fabre

Envoyé depuis mon smartphone Samsung Galaxy.
""", "b64", mailer=None)

# ================================================================ other (17)

m("other", False, None, None, None, False, "fr",
  "A parent asks why her son was marked absent: a matter for the school's vie scolaire, wrong desk.",
  ("Fatima Ouali", "fatima.ouali@free.fr"),
  "absence injustifiée de mon fils",
  """Bonjour,

Mon fils Ilyes est noté absent mardi de 10 h à 12 h alors qu'il était en cours, son professeur peut le confirmer. Je voudrais que cette absence soit enlevée, elle compte pour son dossier.

Merci de votre compréhension
Mme Ouali
""", "qp", mailer=None)

m("other", False, None, None, None, False, "fr",
  "A pupil asks for her class timetable: wrong desk.",
  ("Léa Fontaine", "lea.fontaine.2011@gmail.com"),
  "emploi du temps 5eme C",
  """Bonjour, est ce que vous pouvez m'envoyer l'emploi du temps de la 5eme C ? je l'ai perdu et le site marche pas sur mon telephone. merci !! Léa
""", "plain", mailer=None)

m("other", False, None, None, None, False, "fr",
  "A parent complains about a detention given by the CPE: unrelated to the services, wrong desk.",
  ("Olivier Brunet", "o.brunet@wanadoo.fr"),
  "Contestation d'une retenue",
  """Madame, Monsieur,

Je conteste vivement la retenue infligée à ma fille mercredi dernier pour un simple oubli de carnet. Le CPE refuse de me recevoir. Je souhaite que cette sanction soit annulée et qu'on m'explique le règlement.

Olivier Brunet
""", "alt", mailer="Mozilla Thunderbird 115.9.0")

m("other", False, None, "occitanie", "ecoledirecte", False, "fr",
  "Thanks only, after the transfers were fixed: mentions EcoleDirecte but asks nothing. Region from ac-montpellier.fr.",
  ("Guillaume Rouquette", "guillaume.rouquette@ac-montpellier.fr"),
  "Re: [#SUP-014102] Absences non remontées",
  """Bonjour,

Tout est rentré dans l'ordre, les absences remontent de nouveau et les familles les voient. Merci beaucoup pour votre réactivité !

G. Rouquette
""", "qp", in_reply_to="<SUP-014102.1740990000.51bb20@assistance.example.fr>")

m("other", False, None, None, None, False, "en",
  "English SEO / backlink spam.",
  ("Jessica Miles", "jessica@rankboost-seo.example.com"),
  "Quick question about your website",
  """Hi there,

I was browsing your site and noticed you are missing out on a lot of organic traffic. Our team can get you on the first page of Google in 30 days, guaranteed. We work with hundreds of schools and education brands.

Can I send you a free audit?

Best,
Jessica
Growth consultant
""", "html", mailer=None, auth="dkim=pass header.d=rankboost-seo.example.com;\n\tspf=softfail smtp.mailfrom=rankboost-seo.example.com;\n\tdmarc=none")

m("other", False, None, None, None, True, "fr",
  "Phishing dressed as an EcoleDirecte notice ('compte suspendu, confirmez vos identifiants') from a look-alike domain that fails SPF/DMARC: other, and no platform since it is not the real product.",
  ("EcoleDirecte Sécurité", "securite@ecoledirecte-verification.example.net"),
  "Votre compte EcoleDirecte sera suspendu sous 24h",
  """Cher utilisateur,

Suite à une activité inhabituelle, votre compte EcoleDirecte sera suspendu sous 24 heures. Pour éviter la suspension, confirmez votre identifiant et votre mot de passe en cliquant sur le lien ci-dessous :

https://ecoledirecte-verification.example.net/confirmer

Le service sécurité
""", "html", mailer=None,
  auth="dkim=none;\n\tspf=fail smtp.mailfrom=ecoledirecte-verification.example.net;\n\tdmarc=fail (p=reject) header.from=ecoledirecte-verification.example.net")

m("other", False, None, None, "ecoledirecte", False, "fr",
  "A parent asks for his personal data to be deleted from EcoleDirecte after moving: GDPR request, human review, not account_creation.",
  ("Stéphane Morel", "stephane.morel@protonmail.com"),
  "Suppression de mes données",
  """Bonjour,

Mes enfants ont quitté le collège en juin et nous avons déménagé. Je demande, conformément au RGPD, la suppression de mes données personnelles (adresse, téléphone, mail) de votre service EcoleDirecte.

Stéphane Morel
""", "qp", mailer=None)

m("other", False, None, "nouvelle-aquitaine", None, False, "fr",
  "'Bien reçu, merci' from a phone: nothing to do. Region from ac-bordeaux.fr.",
  ("Julien Mercadier", "julien.mercadier@ac-bordeaux.fr"),
  "Re: [#SUP-011903] Mot de passe",
  """Bien reçu, merci.

Envoyé de mon iPhone
""", "plain", mailer="iPhone Mail (21F90)", in_reply_to="<SUP-011903.1733390000.0c1e55@assistance.example.fr>")

m("other", False, None, "grand-est", "ecoledirecte", True, "fr",
  "A CPE asks for training sessions on the EcoleDirecte vie scolaire module for her AEDs: a how-to / training request with no category of its own. Region from ac-reims.fr.",
  ("Sandrine Lemaire", "sandrine.lemaire@ac-reims.fr"),
  "Formation module vie scolaire",
  """Bonjour,

J'ai quatre nouveaux AED cette année qui découvrent EcoleDirecte. Existe-t-il des sessions de formation (en visio par exemple) sur la saisie des absences, des retards et des punitions ? Ou un tutoriel vidéo ?

Merci,
Sandrine Lemaire, CPE
""", "qp")

m("other", False, None, None, None, False, "fr",
  "Unsolicited application for an assistant d'éducation post, CV attached: wrong desk.",
  ("Bilal Haddou", "bilal.haddou.pro@gmail.com"),
  "Candidature poste AED",
  """Madame, Monsieur,

Étudiant en licence STAPS, je souhaite postuler à un poste d'assistant d'éducation pour la rentrée prochaine. Vous trouverez mon CV en pièce jointe.

Dans l'attente de votre réponse, veuillez agréer mes salutations distinguées.

Bilal Haddou
""", "qp", mailer=None, attach=("CV_Bilal_Haddou.pdf", "application/pdf", b"%PDF-1.4\n% cv placeholder\n"))

m("other", False, None, "ile-de-france", "ecoledirecte", True, "fr",
  "A teacher asks how to export his EcoleDirecte timetable to his phone calendar: a how-to question about a feature, no failing transfer, so not transfer_incident. Region from ac-paris.fr.",
  ("Antoine Mercier", "antoine.mercier@ac-paris.fr"),
  "Exporter mon emploi du temps dans mon agenda",
  """Bonjour,

Est-il possible d'exporter mon emploi du temps EcoleDirecte vers l'agenda de mon téléphone (Google Agenda) ? Je ne trouve pas d'option d'abonnement iCal.

Antoine Mercier
Professeur d'histoire-géographie
""", "qp")

m("other", False, None, "bourgogne-franche-comte", None, False, "fr",
  "Angry complaint about an unanswered request that says nothing about the subject: no category can be told. Region from ac-besancon.fr.",
  ("Michel Pernot", "michel.pernot@ac-besancon.fr"),
  "TOUJOURS AUCUNE RÉPONSE",
  """Cela fait maintenant trois semaines que j'attends une réponse à ma demande. Trois semaines ! Est-ce qu'il y a quelqu'un qui lit les messages chez vous ?

M. Pernot
""", "plain")

m("other", False, None, None, None, False, "fr",
  "A secretary asks by hand to be removed from the newsletter: written by a person, so not automated.",
  ("Josette Lamy", "josette.lamy@college-st-charles.fr"),
  "Désinscription",
  """Bonjour,

Je ne suis plus en charge des achats depuis septembre. Merci de me retirer de votre lettre d'information.

Josette Lamy
""", "qp")

m("other", False, None, None, None, False, "en",
  "English sales pitch from a school-life app vendor.",
  ("Ryan Patel", "ryan@attendify.example.io"),
  "Digital attendance for your schools?",
  """Hi team,

Attendify lets school staff record attendance with a tap and notifies parents instantly by push and SMS. We integrate with most French school-management software and would love to partner with your platform.

Would you have 15 minutes next week?

Ryan Patel
Partnerships, Attendify
""", "alt", mailer=None)

m("other", False, None, "provence-alpes-cote-d-azur", None, False, "fr",
  "Personal message between two CPE colleagues sent to the desk by address autocomplete. Region from ac-nice.fr.",
  ("Patrick Giordano", "patrick.giordano@ac-nice.fr"),
  "samedi",
  """Salut Seb,

Toujours ok pour samedi ? Je prends les croissants, tu t'occupes du café. On part à 8 h du parking du collège.

Pat
""", "plain", mailer=None)

m("other", False, None, None, None, False, "fr",
  "A parent asks for a school certificate (certificat de scolarité) for the family allowance office: the school's secretariat, wrong desk.",
  ("Nadia Brahimi", "nadia.brahimi@sfr.fr"),
  "certificat de scolarité",
  """Bonjour,

La CAF me demande un certificat de scolarité pour ma fille Yasmine, en 2nde au lycée. Pouvez-vous me l'envoyer par mail ?

Merci
N. Brahimi
""", "qp", mailer=None)

m("other", False, None, None, None, False, "fr",
  "A pupil looks for a work-experience placement (stage de 3e): wrong desk.",
  ("Noah Petit", "noah.petit.3e@gmail.com"),
  "Demande de stage d'observation",
  """Madame, Monsieur,

Je suis élève de 3e et je cherche un stage d'observation d'une semaine du 9 au 13 décembre. Je suis intéressé par l'informatique et le support technique. Est-ce que votre entreprise pourrait m'accueillir ?

Cordialement,
Noah Petit
""", "qp", mailer=None)

# ============================================================ automated (21)

m("automated", False, None, None, None, False, "fr",
  "Exchange Online out-of-office of a CPE in French: Auto-Submitted and X-Auto-Response-Suppress.",
  ("Hélène Marchal", "h.marchal@lycee-prive-la-providence.fr"),
  "Réponse automatique : [#SUP-012530] Notifications EcoleDirecte",
  """Bonjour,

Je suis absente du 21 octobre au 3 novembre inclus. Pour toute question concernant la vie scolaire, merci de contacter le bureau des AED au 02 99 12 34 56.

Hélène Marchal
CPE
""", "alt", mailer=None, in_reply_to="<SUP-012530.1729497600.e5a1b0@assistance.example.fr>",
  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
         ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")])

m("automated", False, None, None, None, False, "en",
  "Postfix bounce (multipart/report delivery-status) of the desk's answer to a parent; null Return-Path.",
  ("Mail Delivery System", "MAILER-DAEMON@mx.laposte.example.net"),
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx.laposte.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<emilie.thiebaut57@laposte.example.net>: host mx.laposte.example.net said:
    550 5.1.1 mailbox unavailable
""", "report", charset="us-ascii", mailer=None, return_path="", auth="dkim=none;\n\tspf=pass smtp.helo=mx.laposte.example.net;\n\tdmarc=none",
  report_type="delivery-status",
  status="""Reporting-MTA: dns; mx.laposte.example.net

Final-Recipient: rfc822; emilie.thiebaut57@laposte.example.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable
""",
  original="""From: Assistance <support@assistance.example.fr>
To: emilie.thiebaut57@laposte.example.net
Subject: [#SUP-010622] Notifications d'absence
Message-ID: <SUP-010622.1728410000.90ab12@assistance.example.fr>

Bonjour Madame, votre demande a bien été transmise au collège.
""", extra=[("Auto-Submitted", "auto-replied")])

m("automated", False, None, None, None, False, "en",
  "English Gmail vacation responder (Auto-Submitted: auto-replied).",
  ("Tom Kerjean", "tom.kerjean.perso@gmail.com"),
  "Out of office Re: [#SUP-011210] No email notifications from EcoleDirecte",
  """Hi, I'm away on a school trip to Ireland with the boarders until Friday, with little access to email. For anything urgent please contact the boarding office.

Tom
""", "alt", mailer=None, in_reply_to="<SUP-011210.1730800000.1b2c3d@assistance.example.fr>",
  extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")])

m("automated", False, None, "auvergne-rhone-alpes", None, False, "fr",
  "Académie webmail vacation reply (Zimbra): 'Auto-Submitted: auto-replied (zimbra; vacation)'. Region from ac-grenoble.fr.",
  ("Nathalie Girard", "nathalie.girard@ac-grenoble.fr"),
  "Absente : Re: [#SUP-012044] Notifications messagerie",
  """Je suis en formation jusqu'au 15 novembre. Je prendrai connaissance de votre message à mon retour. En cas d'urgence, contactez la vie scolaire du collège.

N. Girard, CPE
""", "plain", mailer=None, in_reply_to="<SUP-012044.1731300000.45ef67@assistance.example.fr>",
  extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")])

m("automated", False, None, None, None, True, "fr",
  "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic.",
  ("Bureau Vie Scolaire", "vie.scolaire@college-saint-gabriel.fr"),
  "Message d'absence",
  """Le bureau de la vie scolaire est fermé pendant les vacances d'hiver, du 15 février au 2 mars. Les messages reçus pendant cette période seront traités à la rentrée.

Ceci est un message automatique, merci de ne pas y répondre.
""", "qp", mailer="Microsoft Outlook 16.0", weekend=True)

m("automated", False, None, "grand-est", None, False, "fr",
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from ac-nancy-metz.fr.",
  ("Bruno Lallemand", "bruno.lallemand@ac-nancy-metz.fr"),
  "Lu : [#SUP-010877] Notifications d'absence",
  """Votre message

  À : Bruno Lallemand
  Objet : [#SUP-010877] Notifications d'absence
  Envoyé : mercredi 9 octobre 2024 10:12

a été lu le mercredi 9 octobre 2024 10:31.
""", "report", mailer="Microsoft Outlook 16.0", report_type="disposition-notification",
  status_type="disposition-notification",
  status="""Reporting-UA: ac-nancy-metz.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;bruno.lallemand@ac-nancy-metz.fr
Original-Message-ID: <SUP-010877.1728461520.aa10ff@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
""")

m("automated", False, None, None, "ecoledirecte", False, "fr",
  "EcoleDirecte no-reply notification ('nouveau message de la vie scolaire') received because the desk address is recorded as a contact: Auto-Submitted: auto-generated.",
  ("EcoleDirecte", "no-reply@ecoledirecte.example.com"),
  "Vous avez reçu un nouveau message",
  """Bonjour,

Vous avez reçu un nouveau message de VIE SCOLAIRE - COLLEGE JULES VERNE dans votre messagerie EcoleDirecte.

Objet : Sortie pédagogique du 12 avril

Pour le consulter, connectez-vous à votre espace.

Ceci est un message automatique, merci de ne pas y répondre.
""", "alt", mailer=None, extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

m("automated", False, None, None, "ecoledirecte", False, "fr",
  "Marketing newsletter about the school-life software: List-Id, List-Unsubscribe (one-click), Precedence: bulk.",
  ("EcoleDirecte - Actualités", "actualites@news.ecoledirecte.example.com"),
  "Nouveautés de février : justificatifs d'absence en ligne",
  """La lettre des établissements - février

NOUVEAU : les familles peuvent désormais joindre une photo du justificatif d'absence depuis l'application mobile.

Également ce mois-ci :
- le récapitulatif hebdomadaire des retards pour les CPE ;
- l'export de l'emploi du temps au format iCal ;
- webinaire « Bien démarrer avec le module vie scolaire », jeudi 13 février à 14 h.

Vous recevez ce message car votre établissement est client.
Se désinscrire : https://news.ecoledirecte.example.com/u/ab12
""", "alt", mailer=None, return_path="bounce-2025-02@news.ecoledirecte.example.com",
  extra=[("List-Id", "Actualites EcoleDirecte <etablissements.news.ecoledirecte.example.com>"),
         ("List-Unsubscribe", "<https://news.ecoledirecte.example.com/u/ab12>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
         ("Precedence", "bulk")])

m("automated", False, None, None, "ticket_portal", False, "fr",
  "Ticket-portal notification: a supplier ticket opened by the desk was updated. Auto-Submitted: auto-generated.",
  ("Portail tickets", "notifications@tickets.example.fr"),
  "[Ticket #88213] Mise à jour : synchronisation des absences",
  """Le ticket #88213 « Synchronisation des absences - 0340627X » a été mis à jour.

Nouveau statut : Résolu
Commentaire de l'éditeur : le service de réplication a été redémarré.

Consultez le ticket : https://tickets.example.fr/t/88213

Ce message a été généré automatiquement.
""", "qp", mailer=None, extra=[("Auto-Submitted", "auto-generated")])

m("automated", False, None, None, None, True, "en",
  "Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic.",
  ("Mail Delivery System", "Mailer-Daemon@mail.college-stjean-laval.fr"),
  "Mail delivery failed: returning message to sender",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  p.duval@college-stjean-laval.fr
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: Assistance <support@assistance.example.fr>
To: p.duval@college-stjean-laval.fr
Subject: [#SUP-012660] Inscription sur le portail des tickets

Bonjour, vous trouverez ci-dessous...
""", "plain", charset="us-ascii", mailer=None, return_path="", auth="dkim=none;\n\tspf=none;\n\tdmarc=none")

m("automated", False, None, "bretagne", "ecoledirecte", True, "fr",
  "A CPE's real question about EcoleDirecte absence notifications, but posted to an académie mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us. Region from ac-rennes.fr.",
  ("Morgane Tréguier", "morgane.treguier@ac-rennes.fr"),
  "[cpe-bretagne] Notifications d'absence EcoleDirecte",
  """Bonjour à toutes et à tous,

Est-ce que d'autres collègues ont des familles qui ne reçoivent plus les mails d'absence d'EcoleDirecte depuis la rentrée ? Chez nous c'est environ un tiers des familles. Si quelqu'un a trouvé d'où ça vient, je suis preneuse.

Morgane, CPE au collège de Landerneau
""", "qp", to="cpe-bretagne@listes.ac-rennes.fr", return_path="cpe-bretagne-bounces@listes.ac-rennes.fr",
  extra=[("List-Id", "Liste des CPE de l'academie <cpe-bretagne.listes.ac-rennes.fr>"),
         ("List-Post", "<mailto:cpe-bretagne@listes.ac-rennes.fr>"),
         ("Precedence", "list"), ("Sender", "cpe-bretagne-bounces@listes.ac-rennes.fr")])

m("automated", False, None, "hauts-de-france", None, False, "fr",
  "Another help desk's acknowledgement of a message the desk sent it (Auto-Submitted, X-Loop): answering would start a mail loop. Region from ac-lille.fr.",
  ("Assistance académique", "assistance@ac-lille.fr"),
  "[Ticket ACAD-55102] Accusé de réception",
  """Bonjour,

Votre demande a bien été enregistrée sous le numéro ACAD-55102. Un technicien la prendra en charge dans les meilleurs délais.

Merci de ne pas répondre à ce message.
Plateforme d'assistance académique
""", "qp", mailer=None, extra=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance@ac-lille.fr")])

m("automated", False, None, None, None, False, "en",
  "DMARC aggregate report (zip attachment) sent to the desk's address.",
  ("noreply-dmarc-support", "noreply-dmarc-support@google.com"),
  "Report domain: assistance.example.fr Submitter: google.com Report-ID: 4521987736123",
  """This is an aggregate report from google.com.
""", "plain", charset="us-ascii", mailer=None,
  attach=("google.com!assistance.example.fr!1733011200!1733097599.zip", "application/zip", b"PK\x03\x04 placeholder"))

m("automated", False, None, None, None, False, "en",
  "Delay warning from the relay ('Delayed Mail (still being retried)'): not a failure, still automatic.",
  ("Mail Delivery System", "MAILER-DAEMON@relay.assistance.example.fr"),
  "Delayed Mail (still being retried)",
  """This is the mail system at host relay.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.
""", "report", charset="us-ascii", mailer=None, return_path="", auth=None, report_type="delivery-status",
  status="""Reporting-MTA: dns; relay.assistance.example.fr

Final-Recipient: rfc822; vie-scolaire@college-les-pins-toulouse.fr
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.college-les-pins-toulouse.fr: Connection timed out
""", extra=[("Auto-Submitted", "auto-replied")])

m("automated", False, None, None, "ecoledirecte", True, "fr",
  "EcoleDirecte's daily absence summary, sent to the desk because its address was entered as a school contact: no Auto-Submitted header; the no-reply sender and the wording show it is automatic.",
  ("EcoleDirecte", "ne-pas-repondre@ecoledirecte.example.com"),
  "Récapitulatif des absences du 14/11/2024",
  """COLLEGE PAUL ELUARD - Récapitulatif quotidien

Absences saisies aujourd'hui : 37
Retards : 12
Absences non justifiées depuis plus de 48 h : 5

Consultez le détail dans le module Vie scolaire.

Ce courriel est envoyé automatiquement, merci de ne pas y répondre.
""", "html", mailer=None)

m("automated", False, "0351288K", "bretagne", None, False, "fr",
  "Out-of-office of a school office (ce.<UAI> address) that mentions passwords and EcoleDirecte; Auto-Submitted present. The UAI comes from the address.",
  ("Secrétariat", "ce.0351288K@ac-rennes.fr"),
  "Réponse automatique : [#SUP-012901] mdp",
  """Bonjour,

Le secrétariat est fermé du 23 décembre au 3 janvier. Pour les identifiants et mots de passe EcoleDirecte des familles, merci de revenir vers nous à la rentrée.

Bonnes fêtes de fin d'année.
""", "qp", mailer=None, in_reply_to="<SUP-012901.1734940000.7aa0c1@assistance.example.fr>",
  extra=[("Auto-Submitted", "auto-replied")])

m("automated", False, None, None, None, False, "fr",
  "Host-provided autoresponder: only 'X-Autoreply: yes' and 'X-Autorespond', no Auto-Submitted.",
  ("Collège Saint-Charles", "contact@college-st-charles.fr"),
  "Re: [#SUP-013015] Désinscription",
  """Merci pour votre message. Le collège vous répondra dans les meilleurs délais. Horaires de l'accueil : du lundi au vendredi, de 8 h à 17 h.
""", "plain", mailer=None, in_reply_to="<SUP-013015.1736200000.3b3b3b@assistance.example.fr>",
  extra=[("X-Autoreply", "yes"), ("X-Autorespond", "Re: [#SUP-013015] Désinscription")])

m("automated", False, None, None, "esignature", True, "fr",
  "E-signature 'completed' notification for the EcoleDirecte service convention: transactional mail without Auto-Submitted or Precedence; the no-reply sender and wording show it is automatic.",
  ("Service de signature électronique", "no-reply@esignature.example.fr"),
  "Document signé : Convention de service 2025 - Lycée Thiers",
  """Bonjour,

Toutes les parties ont signé le document « Convention de service 2025 - Lycée Thiers ».

Vous pouvez télécharger la version signée depuis votre espace pendant 30 jours.

Ceci est un message automatique.
""", "alt", mailer=None)

m("automated", False, None, None, None, False, "fr",
  "Exchange Online non-delivery report in French ('Non remis :'), multipart/report.",
  ("Microsoft Outlook", "postmaster@lycee-prive-la-providence.fr"),
  "Non remis : [#SUP-012530] Notifications EcoleDirecte",
  """Impossible de remettre le message à ces destinataires ou groupes :

h.marchal@lycee-prive-la-providence.fr
La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant.
""", "report", mailer=None, return_path="", report_type="delivery-status",
  status="""Reporting-MTA: dns;PR1P264MB1234.FRAP264.PROD.OUTLOOK.COM

Final-Recipient: rfc822;h.marchal@lycee-prive-la-providence.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full
""", extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")])

m("automated", False, None, None, "ecoledirecte", True, "fr",
  "SMS-gateway delivery report mailed by the school-life software to the desk's address (listed as technical contact): machine text, no person wrote it.",
  ("Passerelle SMS", "sms-reports@ecoledirecte.example.com"),
  "Rapport d'envoi SMS - campagne absences 07/01",
  """Rapport d'envoi

Campagne : Alertes absences matin
Établissement : COLLEGE VERLAINE
SMS envoyés : 86
Délivrés : 81
Échecs (numéro invalide) : 5

Message généré automatiquement.
""", "qp", mailer=None, extra=[("Auto-Submitted", "auto-generated")])

m("automated", False, None, None, None, False, "en",
  "Thunderbird return receipt in English, multipart/report disposition-notification.",
  ("Rachel Dubois", "r.dubois@lycee-europeen-lille.fr"),
  "Return Receipt (displayed) - [#SUP-013120] Activation emails stuck in MailinBlack",
  """This is a Return Receipt for the mail that you sent to r.dubois@lycee-europeen-lille.fr.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
""", "report", charset="us-ascii", mailer="Mozilla Thunderbird 115.9.0", report_type="disposition-notification",
  status_type="disposition-notification",
  status="""Reporting-UA: lycee-europeen-lille.fr; Mozilla Thunderbird
Final-Recipient: rfc822;r.dubois@lycee-europeen-lille.fr
Original-Message-ID: <SUP-013120.1737000000.ccdd11@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
""")


# ================================================================== output

KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform",
        "hard", "lang", "notes"]


def main():
    assert len(MAILS) == 150, len(MAILS)
    subjects = {d["subject"] for d in MAILS}
    assert not set(DATES) - subjects, set(DATES) - subjects
    order = list(range(len(MAILS)))
    RNG.shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        d = MAILS[idx]
        fname = "h%03d.eml" % n
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(build(n, d))
        labels.append({"file": fname, "category": d["cat"],
                       "auto_reply_ok": d["ok"], "uai": d["uai"],
                       "region": d["region"], "platform": d["platform"],
                       "hard": d["hard"], "lang": d["lang"],
                       "notes": d["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


def check():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    emls = sorted(f for f in os.listdir(HERE) if re.fullmatch(r"h\d{3}\.eml", f))
    assert len(emls) == 150, len(emls)
    assert len(labels) == 150, len(labels)
    assert [l["file"] for l in labels] == ["h%03d.eml" % i for i in range(1, 151)]
    for lab in labels:
        assert list(lab) == KEYS, lab
        with open(os.path.join(HERE, lab["file"]), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg["From"] and msg["Subject"] is not None and msg["Date"] \
            and msg["Message-ID"], lab["file"]
        assert DESK in str(msg["To"]) or lab["category"] == "automated", lab["file"]
        body = msg.get_body(preferencelist=("plain", "html"))
        assert body is not None and body.get_content().strip(), lab["file"]
        sender = email.utils.parseaddr(str(msg["From"]))[1]
        assert lab["category"] in CATEGORIES, lab
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        assert lab["platform"] in PLATFORMS, lab
        assert lab["lang"] in ("fr", "en"), lab
        assert lab["notes"], lab
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), lab
            assert lab["uai"].lower() in raw.decode("latin-1").lower() or \
                lab["uai"].lower() in body.get_content().lower(), lab
        assert lab["region"] == region_of(lab["uai"], sender), \
            (lab["file"], lab["region"], region_of(lab["uai"], sender))
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, lab
    from collections import Counter
    cats = Counter(l["category"] for l in labels)
    auto = sum(l["auto_reply_ok"] for l in labels)
    print("ok: 150 mails;", dict(sorted(cats.items())), "auto_reply_ok:", auto,
          "hard:", sum(l["hard"] for l in labels))


if __name__ == "__main__":
    if sys.argv[1:] == ["--check"]:
        check()
    else:
        main()
