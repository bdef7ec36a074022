#!/usr/bin/env python3
"""Build holdout127: 150 hand-written support mails with labels.

Theme: agricultural, maritime and military lycées and other establishments
outside the ordinary académie mould (EPLEFPA with several sites, MFR, lycées
maritimes, lycées militaires and the Prytanée, overseas and Pacific codes).

Every mail text below is written by hand. The only mechanical part is the
establishment code: ``<<0711234>>`` in a text stands for the 7 digits plus the
check letter computed as shared/spec/regions.md says, ``<<0711234!>>`` for the
same digits with a WRONG letter (a typo the writer made), and ``<<0711234:l>>``
for the right code in lower case.  Standard library only, deterministic.
"""
import base64
import email
import email.message
import email.policy
import json
import os
import random
import re
import sys
from email.charset import Charset, QP, BASE64
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.header import Header
from email.utils import formataddr, format_datetime
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 127127
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

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
DEPT_REGION = {}
DOMAIN_REGION = {}
for _slug, (_deps, _doms) in REGIONS.items():
    for _d in _deps.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _m in _doms.split():
        DOMAIN_REGION[_m] = _slug


def check_letter(d7):
    return LETTERS[int(d7) % 23]


def uai(d7):
    return d7 + check_letter(d7)


def uai_valid(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and check_letter(code[:7]) == code[7]


def expand(text):
    def rep(m):
        d7, flag = m.group(1), m.group(2) or ""
        if flag == "!":
            return d7 + LETTERS[(int(d7) % 23 + 5) % 23]
        if flag == ":l":
            return uai(d7).lower()
        return uai(d7)
    return re.sub(r"<<(\d{7})(!|:l)?>>", rep, text)


def expected_region(code, sender):
    if code:
        return DEPT_REGION.get(code[:3])
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOMAIN_REGION.get(dom)


TZ = {
    "fr": None, "gp": -4, "mq": -4, "gf": -3, "re": 4, "yt": 3, "nc": 11,
    "pf": -10, "pm": -3, "utc": 0,
}


def paris_offset(d):
    # CET/CEST, good enough for 2024-2025
    start = datetime.date(d.year, 3, 31) - datetime.timedelta(days=(datetime.date(d.year, 3, 31).weekday() + 1) % 7)
    end = datetime.date(d.year, 10, 31) - datetime.timedelta(days=(datetime.date(d.year, 10, 31).weekday() + 1) % 7)
    return 2 if start <= d.date() < end else 1


def make_date(rng, tz, when=None):
    base = datetime.datetime(2024, 9, 2, 7, 0)
    d = base + datetime.timedelta(days=rng.randrange(0, 290), minutes=rng.randrange(0, 13 * 60),
                                  seconds=rng.randrange(60))
    if when:
        d = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M").replace(second=d.second)
    off = paris_offset(d) if TZ[tz] is None else TZ[tz]
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


MAILERS = [
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"),
    ("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF131 (Win)/9.0.0_GA_4546)"),
    ("X-Mailer", "iPhone Mail (21G93)"),
    ("User-Agent", "Roundcube Webmail/1.6.6"),
    ("X-Mailer", "Apple Mail (2.3774.600.62)"),
    None, None,
]


def charset(name, enc):
    c = Charset(name)
    c.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[enc]
    c.header_encoding = QP
    return c


def text_part(body, subtype="plain", cs="utf-8", enc="8bit"):
    if enc == "8bit":
        part = email.message.Message()
        part["Content-Type"] = 'text/%s; charset="%s"' % (subtype, cs)
        part["Content-Transfer-Encoding"] = "8bit"
        part.set_payload(body.encode(cs).decode("ascii", "surrogateescape"))
        return part
    return MIMEText(body, subtype, charset(cs, enc))


def to_html(body, cs="utf-8"):
    esc = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = [p.replace("\n", "<br>\n") for p in esc.split("\n\n")]
    inner = "\n".join('<p class="MsoNormal">%s</p>' % p for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
            '<style>p.MsoNormal{margin:0cm;font-family:"Calibri",sans-serif;font-size:11pt}</style>'
            '</head><body lang="FR"><div class="WordSection1">\n%s\n</div></body></html>' % (cs, inner))


def build(rec, rng):
    name, addr = rec["frm"][0], expand(rec["frm"][1])
    dom = addr.rsplit("@", 1)[1]
    body = expand(rec["body"])
    fmt = rec.get("fmt", "plain")
    cs = rec.get("cs", "utf-8")
    if fmt == "mime":
        msg = None
    elif fmt == "html":
        msg = text_part(rec.get("html") and expand(rec["html"]) or to_html(body, cs), "html", cs, rec.get("enc", "qp"))
    elif fmt == "alt":
        msg = MIMEMultipart("alternative")
        msg.attach(text_part(body, "plain", cs, rec.get("enc", "qp")))
        msg.attach(text_part(rec.get("html") and expand(rec["html"]) or to_html(body, cs), "html", cs, rec.get("enc", "qp")))
    else:
        msg = text_part(body, "plain", cs, rec.get("enc", "8bit"))
    if msg is not None and rec.get("attach"):
        outer = MIMEMultipart("mixed")
        outer.attach(msg)
        fname, ctype = rec["attach"]
        maintype, subtype = ctype.split("/")
        att = MIMEBase(maintype, subtype)
        att.set_payload(base64.encodebytes(bytes(rng.randrange(256) for _ in range(300))).decode())
        att["Content-Transfer-Encoding"] = "base64"
        att.add_header("Content-Disposition", "attachment", filename=fname)
        outer.attach(att)
        msg = outer
    date = make_date(rng, rec.get("tz", "fr"), WHEN.get(rec["subj"]))
    auth = rec.get("auth", "pass")
    hdrs = []
    hdrs.append(("Return-Path", rec.get("return_path", "<%s>" % addr)))
    hdrs.append(("Delivered-To", "support@assistance.example.fr"))
    hdrs.append(("Received", "from smtp%d.%s (smtp%d.%s [203.0.113.%d])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n\tfor <support@assistance.example.fr>; %s" % (
        rng.randrange(1, 9), dom, rng.randrange(1, 9), dom, rng.randrange(2, 250),
        "".join(rng.choice("ABCDEFGHJKLMNPQRSTVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(15)),
        format_datetime(date + datetime.timedelta(seconds=rng.randrange(2, 40))))))
    if auth == "pass":
        ar = "mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s" % (dom, dom, dom)
    elif auth == "fail":
        ar = "mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=fail smtp.mailfrom=%s;\n\tdmarc=fail (p=quarantine dis=none) header.from=%s" % (dom, dom)
    else:
        ar = "mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=softfail smtp.mailfrom=%s;\n\tdmarc=none" % dom
    hdrs.append(("Authentication-Results", ar))
    if name:
        try:
            name.encode("ascii")
            hfrom = formataddr((name, addr))
        except UnicodeEncodeError:
            hfrom = formataddr((str(Header(name, "utf-8")), addr))
    else:
        hfrom = addr
    hdrs.append(("From", hfrom))
    hdrs.append(("To", rec.get("to", "Assistance <support@assistance.example.fr>")))
    if rec.get("cc"):
        hdrs.append(("Cc", rec["cc"]))
    subj = expand(rec["subj"])
    try:
        subj.encode("ascii")
        hsubj = subj
    except UnicodeEncodeError:
        hsubj = Header(subj, "utf-8").encode()
    hdrs.append(("Subject", hsubj))
    hdrs.append(("Date", format_datetime(date)))
    mid = rec.get("mid") or "<%s@%s>" % ("".join(rng.choice("0123456789abcdef") for _ in range(24)), dom)
    hdrs.append(("Message-ID", mid))
    mailer = rec.get("mailer", rng.choice(MAILERS))
    if mailer:
        hdrs.append(mailer)
    for k, v in rec.get("hdr", []):
        hdrs.append((k, expand(v)))
    out = []
    for k, v in hdrs:
        out.append("%s: %s" % (k, v))
    head = "\n".join(out) + "\n"
    if msg is None:
        return head.encode("utf-8") + ("MIME-Version: 1.0\nContent-Type: %s\n\n%s" % (rec["ctype"], body)).encode("utf-8")
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return head.encode("utf-8") + msg.as_bytes(policy=email.policy.compat32.clone(linesep="\n"))


MAILS = []


def M(**kw):
    MAILS.append(kw)

# ---------------------------------------------------------------- password_reset
M(frm=("Nathalie Coustou", "nathalie.coustou@educagri.fr"),
  subj="Accès administrateur e-sidoc CDI lycée agricole",
  body="""Bonjour,

Je gère le CDI du LEGTA Georges Pompidou d'Aurillac depuis trois ans. Ce
matin, le back-office e-sidoc me refuse le mot de passe que j'utilise
d'habitude ; j'ai dû le changer en juin sans m'en souvenir.

Notre identifiant est <<0151120>>. Pouvez-vous me renvoyer un lien pour en
définir un nouveau ?

Merci d'avance,

Nathalie Coustou
Professeure documentaliste - LEGTA d'Aurillac
Ministère de l'Agriculture et de la Souveraineté alimentaire""",
  lab=("password_reset", True, "0151120", "auvergne-rhone-alpes", "esidoc", False, "fr",
       "Agricultural lycée librarian on an educagri.fr address (not académique); lost e-sidoc admin password, UAI in the body."))

M(frm=("Yannick Delattre", "yannick.delattre@developpement-durable.gouv.fr"),
  subj="mdp portail CDI - lycée maritime Boulogne",
  fmt="qp", mailer=("X-Mailer", "Microsoft Outlook 16.0"),
  body="""Bonjour,

Je suis professeur d'enseignement maritime (matelotage et sécurité) et, faute de documentaliste cette année, c'est moi qui tiens le CDI du lycée professionnel maritime de Boulogne-sur-Mer.

Le mot de passe du compte d'administration e-sidoc nous a été transmis sur un post-it par la collègue partie en retraite, et il ne fonctionne pas. Pourriez-vous le réinitialiser ? UAI : <<0621843>>.

Cordialement,
Y. Delattre
LPM Boulogne - Le Portel""",
  lab=("password_reset", True, "0621843", "hauts-de-france", "esidoc", False, "fr",
       "Maritime lycée (ministry of the sea address); the handed-down password does not work; UAI given."))

M(frm=("Sophie Marchetti", "sophie.marchetti@ac-dijon.fr"),
  subj="connexion impossible",
  body="""Bonjour,

Documentaliste au lycée militaire d'Autun, je n'arrive plus à entrer dans
l'administration de notre portail https://<<0711540:l>>.esidoc.fr : "identifiant
ou mot de passe incorrect". J'ai tapé le mot de passe de trois façons
différentes, rien à faire.

Que dois-je faire pour en obtenir un nouveau ?

Sophie Marchetti""",
  lab=("password_reset", True, "0711540", "bourgogne-franche-comte", "esidoc", True, "fr",
       "Military lycée staffed by Éducation nationale: the UAI appears only inside the portal URL, in lower case; region from the UAI (71) which agrees with ac-dijon.fr."))

M(frm=("Megan Tuilagi", "megan.tuilagi@lapo.nc"), tz="nc",
  subj="Forgotten password - library portal",
  body="""Hello,

I am the teacher-librarian at the agricultural high school in Pouembout
(New Caledonia). I have forgotten the password of our e-sidoc admin
account and the "forgot password" page does not recognise my email.

Our establishment code is <<9830451>>.

Could you please send a reset link? Note that we are 10 hours ahead of
Paris, so I will read your answer tomorrow morning.

Kind regards,
Megan Tuilagi""",
  lab=("password_reset", True, "9830451", None, "esidoc", True, "en",
       "English; New Caledonia code (prefix 983) is a valid UAI but not in the routing table, and the sender domain is not académique: region null."))

M(frm=("Adjudant-chef Pascal Rivière", "pascal.riviere@intradef.gouv.fr"),
  subj="Perte mot de passe Espace Acheteur Prytanée",
  mailer=("X-Mailer", "Microsoft Outlook 16.0"),
  body="""Bonjour,

Responsable des achats du Prytanée national militaire (La Flèche), je
n'ai plus le mot de passe de notre compte Espace Acheteur. Notre code
établissement est le <<0721548!>>.

Notre messagerie intradef filtre beaucoup de choses : merci de
m'envoyer directement le nouveau mot de passe sur mon adresse
personnelle p.riviere72@gmail.com, ce sera plus simple.

Adc RIVIÈRE
Service administration et finances
Prytanée national militaire""",
  lab=("password_reset", False, None, None, "espace_acheteur", True, "fr",
       "The code typed has a wrong check letter, so no UAI; intradef.gouv.fr is not an académie domain: no region. Asks for the password to be sent to a personal Gmail: never automatic."))

M(frm=("Claudine Weber", "claudine.weber@educagri.fr"),
  subj="Compte bloqué Espace Acheteur - EPLEFPA Obernai",
  body="""Bonjour,

Après plusieurs essais, le compte Espace Acheteur de l'EPLEFPA
d'Obernai est verrouillé. Je suis la gestionnaire de l'établissement
(identifiant <<0671450>>). Pouvez-vous le débloquer ou m'envoyer un lien
de réinitialisation ?

Bien à vous,
Claudine Weber
Secrétaire générale
EPLEFPA Obernai - Erstein""",
  lab=("password_reset", True, "0671450", "grand-est", "espace_acheteur", False, "fr",
       "Account locked after failed attempts; EPLEFPA gestionnaire, UAI given."))

M(frm=("Hervé Lemonnier", "herve.lemonnier@developpement-durable.gouv.fr"),
  subj="lien expiré", mailer=("X-Mailer", "iPhone Mail (21G93)"),
  body="""Bonjour
Le lien reçu hier soir pour le mot de passe e-sidoc dit qu'il n'est plus valable. Je suis à bord jusqu'à ce midi, j'ai pu l'ouvrir seulement maintenant. Pouvez vous en renvoyer un ? Lycée maritime de Fécamp <<0761920>>
Merci
HL

Envoyé de mon iPhone""",
  lab=("password_reset", True, "0761920", "normandie", "esidoc", False, "fr",
       "Reset link expired (teacher on board a training ship); asks for a new one. Short iPhone message."))

M(frm=("Secrétariat EPLEFPA Coconi", "ce.<<9760320>>@ac-mayotte.fr"), tz="yt",
  subj="Réinitialisation accès portail documentaire",
  body="""Bonjour,

Le professeur documentaliste de l'EPLEFPA de Coconi a pris ses fonctions
la semaine dernière et ne dispose pas du mot de passe d'administration
e-sidoc. Son prédécesseur est reparti en métropole sans le laisser.

Merci d'adresser le lien de réinitialisation sur la présente adresse
officielle de l'établissement ; nous le lui remettrons en main propre.

Salutations,
Le secrétariat
EPLEFPA de Mayotte - site de Coconi""",
  lab=("password_reset", True, "9760320", "mayotte", "esidoc", True, "fr",
       "Agricultural establishment in Mayotte writing from a ce.<UAI>@ac-mayotte.fr address (UAI only in the address); asks for the link on the official mailbox, the safe path."))

M(frm=("Anghjula Santoni", "a.santoni.lpm@gmail.com"),
  subj="Mot de passe", fmt="alt", enc="b64", mailer=("X-Mailer", "Outlook for Android"),
  body="""Bonjour, je n'ai plus le mot de passe du portail e-sidoc du lycée maritime et aquacole de Bastia (<<7200193>>). Pouvez-vous m'aider à le réinitialiser ? Merci. Anghjula Santoni, documentaliste""",
  lab=("password_reset", True, "7200193", "corse", "esidoc", False, "fr",
       "Short mobile message (base64, text and HTML); Haute-Corse UAI prefix 720."))

M(frm=("Jean-Baptiste Lafitte", "jb.lafitte@educagri.fr"),
  subj="Mot de passe + facture manquante",
  body="""Bonjour,

Deux choses pour le lycée viticole de Blanquefort (<<0330950>>) :

1) je n'arrive plus à me connecter à l'Espace Acheteur, mot de passe
oublié ; le lien de réinitialisation part vers l'adresse de l'ancienne
gestionnaire ;

2) la facture de la commande de matériel de cave passée en octobre n'est
toujours pas déposée sur Chorus Pro, notre agent comptable la réclame.

Merci de votre aide.

J.-B. Lafitte
Gestionnaire - EPLEFPA Bordeaux-Gironde""",
  lab=("password_reset", False, "0330950", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
       "Two topics: password reset (first) and an invoice missing on Chorus (order_billing); one template answers only half."))

M(frm=("Lucie Grandjean", "lucie.grandjean25@orange.fr"),
  subj="Première connexion portail ENIL",
  body="""Madame, Monsieur,

Je viens d'être nommée sur le poste de documentaliste de l'ENIL de
Poligny (école nationale d'industrie laitière). On m'a dit que
l'identifiant du portail e-sidoc était le code de l'établissement,
<<0390810>>, mais je ne connais pas le mot de passe et personne ici ne le
connaît.

Je vous écris depuis mon adresse personnelle car ma boîte
professionnelle n'est pas encore ouverte.

Avec mes remerciements,
Lucie Grandjean""",
  lab=("password_reset", True, "0390810", "bourgogne-franche-comte", "esidoc", False, "fr",
       "New librarian at a national dairy school never had the password; personal address, so the link must go to the address on file or the official one."))

M(frm=("Maryvonne Guitton", "m.guitton@mfr.asso.fr"),
  subj="identifiant espace acheteur ?",
  body="""bonjour
je suis formatrice à la MFR de Saint-Fulgent, je dois passer une commande de fournitures
sur l'espace acheteur mais je ne sais ni quel est l'identifiant ni le mot de passe
on me dit que c'est le numero UAI, le notre est <<0851400>>, mais le mot de passe je ne l'ai pas
merci
Maryvonne""",
  lab=("password_reset", True, "0851400", "pays-de-la-loire", "espace_acheteur", False, "fr",
       "Private MFR (maison familiale rurale); does not know the login (the UAI) nor the password; no accents."))

M(frm=("Gwenaëlle Le Bihan", "gwenaelle.le-bihan@ac-rennes.fr"),
  subj="Oubli du mot de passe administrateur",
  body="""Bonjour,

Je suis professeure documentaliste au lycée naval de Brest. J'ai oublié
le mot de passe qui permet de gérer notre portail e-sidoc. Pourriez-vous
m'indiquer la démarche ?

Cordialement,

Gwenaëlle Le Bihan
CDI - Lycée naval
BCRM de Brest""",
  lab=("password_reset", True, None, "bretagne", "esidoc", False, "fr",
       "Naval lycée; no UAI given, region from the ac-rennes.fr sender domain."))

M(frm=("Lt-Col. Éric Vannier", "eric.vannier@intradef.gouv.fr"),
  subj="RE: [#SUP-118204] Mot de passe e-sidoc",
  hdr=[("In-Reply-To", "<SUP-118204.1731401100@assistance.example.fr>"),
       ("References", "<SUP-118204.1731401100@assistance.example.fr>")],
  mailer=("X-Mailer", "Microsoft Outlook 16.0"),
  body="""Bonjour,

Le lien est parti sur l'adresse ce.<<0130930>>@ac-aix-marseille.fr. Or cette
boîte est relevée par le bureau courrier de la base de défense, qui ne
la consulte qu'une fois par semaine et ne transfère rien vers intradef
pour des raisons de sécurité. Le lien aura expiré bien avant.

Je souhaiterais qu'une personne de votre service me contacte pour
trouver une autre solution (téléphone : 04 42 00 00 00, poste 4312).

Lt-Col. Vannier
Lycée militaire d'Aix-en-Provence

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 12 novembre 2024 09:45
À : Vannier Eric <eric.vannier@intradef.gouv.fr>
Objet : [#SUP-118204] Mot de passe e-sidoc

Bonjour,
Un lien de réinitialisation a été envoyé à l'adresse officielle de
l'établissement (ce.0****@ac-aix-marseille.fr). Il est valable 12 heures.
""",
  lab=("password_reset", False, "0130930", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
       "Reply on a ticket: the reset went to the ce. address that only the defence base's mail office reads; the standard path failed and a person is asked for."))

M(frm=("Rachel Okafor", "rachel.okafor@lyceedelamer-sete.fr"),
  subj="Library portal - cannot log in",
  body="""Hi,

I'm the new English-speaking librarian (Erasmus+ exchange year) at the
Lycée de la Mer in Sète, code <<0341065>>. I was given the admin
username but the password has apparently changed since. Could you
reset it, please?

Thanks a lot,
Rachel""",
  lab=("password_reset", True, "0341065", "occitanie", "esidoc", False, "en",
       "English; lost e-sidoc admin password at a maritime lycée, UAI given."))

M(frm=("Bertrand Excoffier", "bertrand.excoffier@educagri.fr"),
  subj="Mot de passe portail du lycée (et non du CFPPA)",
  body="""Bonjour,

Notre EPL de Haute-Savoie a plusieurs codes : le lycée <<0741260>>, le
CFPPA <<0741262>> et l'exploitation, qui n'a pas de portail. Chaque centre
a son propre e-sidoc.

C'est le mot de passe de l'administration du portail du LYCÉE que j'ai
perdu. Celui du CFPPA fonctionne toujours.

Merci de me dire comment le réinitialiser.

Bertrand Excoffier
Documentaliste, EPL Reinach - La Motte-Servolex""",
  lab=("password_reset", True, "0741260", "auvergne-rhone-alpes", "esidoc", True, "fr",
       "EPLEFPA with several codes: two UAIs are given, the request is about the lycée's portal, so the lycée's code is the label."))

M(frm=("Annick Detcheverry", "annick.detcheverry@cheznoo.net"), tz="pm",
  subj="Mot de passe oublié - Saint-Pierre",
  body="""Bonjour,

Documentaliste au lycée Émile Letournel de Saint-Pierre (Saint-Pierre-
et-Miquelon), UAI <<9750012>>, j'ai égaré le mot de passe de notre
e-sidoc. Je vous remercie de m'indiquer comment le récupérer.

Nous avons trois heures de retard sur Paris (quatre l'hiver), inutile
de me téléphoner avant midi heure de Paris !

Annick Detcheverry""",
  lab=("password_reset", True, "9750012", None, "esidoc", True, "fr",
       "Saint-Pierre-et-Miquelon code (prefix 975) is not in the routing table and the sender is not académique: region null."))

M(frm=("Fabrice Ho-A-Chuck", "fabrice.hoachuck@educagri.fr"), tz="gf",
  subj="Mot de passe expiré Espace Acheteur",
  body="""Bonjour,

L'Espace Acheteur me dit que mon mot de passe a expiré et me demande
l'ancien pour le changer... que je ne retrouve plus.

Établissement : lycée agricole de Matiti, Macouria (Guyane)
UAI : <<9730307>>

Merci d'avance,
F. Ho-A-Chuck, adjoint gestionnaire""",
  lab=("password_reset", True, "9730307", "guyane", "espace_acheteur", False, "fr",
       "Expired password and the old one forgotten; Guyane agricultural lycée, Guyane time zone."))

M(frm=("Robert Chazal", "robert.chazal@educagri.fr"),
  subj="Mot de passe CDI - je veux parler à quelqu'un",
  body="""Bonjour,

J'ai déjà reçu deux fois votre message automatique avec le lien, que je
ne sais pas utiliser. Je suis seul au CDI du LPA de Saint-Chély-d'Apcher
(<<0480657>>) et je ne suis pas à l'aise avec l'informatique.

Je voudrais qu'une vraie personne m'appelle pour refaire le mot de passe
avec moi, au 04 66 00 00 00 (le matin).

Robert Chazal""",
  lab=("password_reset", False, "0480657", "occitanie", "esidoc", True, "fr",
       "Lost password, but the automatic answer was already received twice and the writer explicitly asks for a person to call: no automatic answer."))

M(frm=("Véronique Thiébaut", "veronique.thiebaut@educagri.fr"),
  subj="Identifiant Espace Acheteur lycée viticole",
  fmt="html", cs="windows-1252", mailer=("X-Mailer", "Microsoft Outlook 16.0"),
  body="""Bonjour,

Je reprends la gestion du lycée viticole d'Avize (Champagne) après un congé. Je ne retrouve ni l'identifiant ni le mot de passe de notre compte sur l'Espace Acheteur. Notre code établissement : <<0511560>>.

Pourriez-vous m'envoyer de quoi me reconnecter ?

Cordialement,

Véronique Thiébaut
Gestionnaire
Lycée viticole de la Champagne – Avize""",
  lab=("password_reset", True, "0511560", "grand-est", "espace_acheteur", False, "fr",
       "HTML-only Outlook (windows-1252); lost login and password after leave."))

M(frm=("Erwan Ollivier", "erwan.ollivier@developpement-durable.gouv.fr"),
  subj="Lien de réinitialisation périmé dès réception",
  body="""Bonjour,

Je précise d'emblée : je reçois bien vos mails, ce n'est pas un
problème de spam. Le lien de réinitialisation du mot de passe e-sidoc
arrive, mais quand je clique dessus la page m'indique « lien expiré »,
y compris quand je l'ouvre dans la minute.

Lycée professionnel maritime de Paimpol, UAI <<0221380>>.

Pouvez-vous m'en générer un nouveau ?

Erwan Ollivier""",
  lab=("password_reset", True, "0221380", "bretagne", "esidoc", True, "fr",
       "Negation: the mail does arrive (not missing_noreply_mail); the reset link reads expired: password_reset."))

M(frm=("Damien Rousselot", "d.rousselot@institut-agricole-saumur.fr"),
  subj="Mot de passe administration EcoleDirecte perdu",
  body="""Bonjour,

Je suis le nouveau responsable informatique de l'institut agricole privé
de Saumur (<<0491830>>). Le mot de passe du compte « administrateur » de
l'interface de gestion EcoleDirecte a été perdu avec le départ de mon
prédécesseur.

Attention, je ne parle pas du mot de passe de maintenance du jour,
que j'obtiens sans problème : c'est bien le compte d'administration.

Merci,
Damien Rousselot""",
  lab=("password_reset", False, "0491830", "pays-de-la-loire", "ecoledirecte", True, "fr",
       "Private agricultural institute (CNEAP): lost EcoleDirecte administration password, explicitly not the daily maintenance password (transfer_incident); no reset template for this product."))

M(frm=("Jocelyne Payet", "jocelyne.payet@wanadoo.fr"), tz="re", cs="iso-8859-1",
  mailer=("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:52.0) Gecko/20100101 Thunderbird/52.9.1"),
  subj="Mot de passe e-sidoc - école maritime du Port",
  body="""Bonjour,

Mon mot de passe e-sidoc a expiré pendant les vacances australes et je ne
me souviens plus de l'ancien. École d'apprentissage maritime du Port, La
Réunion, code <<9740600>>.

Je vous remercie par avance.

Jocelyne Payet
Documentaliste""",
  lab=("password_reset", True, "9740600", "la-reunion", "esidoc", False, "fr",
       "ISO-8859-1 8-bit body from an old Thunderbird; Réunion maritime school; expired and forgotten password."))

# ---------------------------------------------------------------- missing_noreply_mail
M(frm=("Capitaine Ludivine Marchal", "ludivine.marchal@intradef.gouv.fr"),
  subj="Pas de lien d'activation Espace Acheteur",
  body="""Bonjour,

J'ai créé hier le compte Espace Acheteur du lycée militaire de Saint-Cyr-
l'École (<<0780790>>). Le site annonçait un courriel d'activation : rien
reçu, ni en boîte de réception ni dans les courriers indésirables.

Cne MARCHAL
Service achats - Lycée militaire de Saint-Cyr""",
  lab=("missing_noreply_mail", True, "0780790", "ile-de-france", "espace_acheteur", False, "fr",
       "Activation mail never arrived on an intradef.gouv.fr mailbox; no anti-spam product named; region from the UAI (78)."))

M(frm=("Patricia Moreau", "patricia.moreau@educagri.fr"),
  subj="Mail de nouveau mot de passe jamais reçu",
  body="""Bonjour,

J'ai cliqué trois fois sur « mot de passe oublié » sur e-sidoc pour le
lycée agricole de Fondettes (<<0371110>>). Le site me répond qu'un courriel
a été envoyé, mais je ne reçois strictement rien, même en attendant une
heure.

Merci de vérifier.
P. Moreau""",
  lab=("missing_noreply_mail", True, "0371110", "centre-val-de-loire", "esidoc", False, "fr",
       "The new-password mail never arrives; the tool reports it sent; no product named."))

M(frm=("Kevin", "kevin.lpa56@gmail.com"), mailer=("X-Mailer", "iPhone Mail (21G93)"),
  subj="confirmation",
  body="""Toujours pas reçu le mail de confirmation de l'inscription depuis vendredi...

Envoyé de mon iPhone""",
  lab=("missing_noreply_mail", True, None, None, None, False, "fr",
       "Very short phone message: sign-up confirmation never arrived. No platform, no UAI."))

M(frm=("Marie-Josée Bélénus", "mj.belenus@educagri.fr"), tz="gp",
  subj="Notifications not received",
  body="""Good morning,

Since September, none of the automatic notifications of the Espace
Acheteur (order confirmations, offer alerts) reach our mailboxes at the
EPLEFPA de la Guadeloupe, code <<9710840>>. I checked the junk folders
of three colleagues. Could you tell me which sender address to allow?

Best regards,
Marie-Josée Bélénus
Purchasing officer""",
  lab=("missing_noreply_mail", True, "9710840", "guadeloupe", "espace_acheteur", False, "en",
       "English; no notification from the no-reply address reaches the agricultural EPL in Guadeloupe; no product named."))

M(frm=("Thierry Lecoq", "thierry.lecoq@educagri.fr"),
  subj="Toujours pas de mail d'activation",
  body="""Bonjour,

Le mail d'activation du compte client e-sidoc n'est jamais arrivé pour
l'EPLEFPA de Caen - Le Robillard (<<0142200>>). Avant que vous ne me le
demandiez : nous n'avons PAS MailInBlack, contrairement aux lycées de
la Région. Notre messagerie est celle du ministère de l'Agriculture, et
j'ai regardé dans les indésirables.

Merci,
Thierry Lecoq, TFR informatique""",
  lab=("missing_noreply_mail", True, "0142200", "normandie", "esidoc", True, "fr",
       "Names MailInBlack only to say the establishment does not use it: missing_noreply_mail, not mailinblack_spam."))

M(frm=("Sandrine Bories", "direction@mfr-aveyron-example.fr"),
  subj="Comptes à valider : aucune notification",
  body="""Bonjour,

Je suis administratrice de structure pour la MFR de Rignac (<<0121250>>)
sur l'Espace Acheteur. Deux moniteurs se sont inscrits la semaine
dernière et je l'ai appris par eux : je n'ai reçu aucun mail me
demandant de valider leur compte.

Est-ce normal ?

Sandrine Bories""",
  lab=("missing_noreply_mail", True, "0121250", "occitanie", "espace_acheteur", False, "fr",
       "The structure administrator never receives the 'account to validate' notifications."))

M(frm=("Loïc Brochard", "loic.brochard@developpement-durable.gouv.fr"),
  subj="Portail d'assistance : mail de confirmation absent",
  body="""Bonjour,

Je me suis inscrit sur votre portail de tickets pour suivre nos demandes
(lycée maritime de La Rochelle, <<0171380>>). Le message qui doit me
permettre de choisir mon mot de passe n'arrive pas.

Cordialement,
L. Brochard""",
  lab=("missing_noreply_mail", True, "0171380", "nouvelle-aquitaine", "ticket_portal", False, "fr",
       "Ticket portal confirmation mail never arrived."))

M(frm=("Hélène Vachon", "helene.vachon@ac-grenoble.fr"),
  subj="RE: [#SUP-120377] Mail d'activation non reçu",
  hdr=[("In-Reply-To", "<SUP-120377.1733130000@assistance.example.fr>"),
       ("References", "<SUP-120377.1733130000@assistance.example.fr>")],
  body="""Bonjour,

J'ai suivi vos consignes (courriers indésirables, ajout de l'expéditeur
aux contacts) : trois jours plus tard, toujours aucun mail d'activation
pour le lycée des Pupilles de l'Air (<<0381790>>). Pourriez-vous
transmettre à la région ou faire vérifier l'envoi de votre côté ?

Hélène Vachon

Le 02/12/2024 à 10:20, Assistance a écrit :
> Bonjour,
> Vérifiez votre dossier de courriers indésirables et ajoutez l'adresse
> no-reply à vos expéditeurs autorisés. Sans nouvelles de votre part sous
> 48 h, nous reviendrons vers vous.
""",
  lab=("missing_noreply_mail", False, "0381790", "auvergne-rhone-alpes", "esidoc", False, "fr",
       "Reply after the junk-folder answer: still nothing after three days, asks for the region; the template was already sent, so a person follows up."))

M(frm=("Paul-Antoine Leca", "paul-antoine.leca@educagri.fr"),
  subj="Inscription compte client : mail jamais arrivé",
  body="""Bonjour,

Nous voulons commander un abonnement pour le CDI du lycée agricole de
Sartène (<<6200320>>). Le formulaire de création du compte client indique
qu'un mail d'activation part sous 12 heures : cela fait deux jours.

Merci de votre aide,
Paul-Antoine Leca""",
  lab=("missing_noreply_mail", True, "6200320", "corse", "esidoc", False, "fr",
       "Customer-account activation mail never came; Corse-du-Sud prefix 620."))

M(frm=("Isabelle Fourcade", "isabelle.fourcade@educagri.fr"),
  subj="Alertes sur les offres",
  body="""Bonjour,
Je suis abonnée aux alertes « nouvelles offres » pour les marchés de
produits phytosanitaires et de petit matériel agricole, mais je ne reçois
jamais les notifications. EPLEFPA Périgueux, <<0241380>>.
Bonne journée,
Isabelle Fourcade""",
  lab=("missing_noreply_mail", True, "0241380", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
       "Offer alerts never received."))

M(frm=("Mathieu Girardot", "mathieu.girardot@educagri.fr"),
  subj="Mot de passe oublié : rien ne se passe",
  body="""Bonjour,

J'ai oublié mon mot de passe de l'Espace Acheteur, ce qui arrive. Mais
le vrai problème est ailleurs : quand j'utilise « mot de passe oublié »,
la page affiche bien « un courriel vous a été envoyé », et ce courriel
n'arrive jamais (j'ai regardé partout, y compris les indésirables).

ENIL de Mamirolle, <<0250700>>.

Mathieu Girardot""",
  lab=("missing_noreply_mail", True, "0250700", "bourgogne-franche-comte", "espace_acheteur", True, "fr",
       "Reads like a password problem, but the reset tool works and its mail never arrives: missing_noreply_mail per the taxonomy."))

M(frm=("Corinne Ascari", "corinne.ascari@educagri.fr"),
  subj="Lien de première connexion",
  fmt="html", cs="windows-1252", mailer=("X-Mailer", "Microsoft Outlook 16.0"),
  body="""Bonjour,

Notre administrateur de structure a validé mon compte lundi (lycée horticole d'Antibes, <<0061230>>), mais je n'ai pas reçu le lien sécurisé de première connexion.

Pouvez-vous le renvoyer ?

Merci,
Corinne Ascari
Adjointe gestionnaire""",
  lab=("missing_noreply_mail", True, "0061230", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
       "HTML-only Outlook; validated account but the first-login link never came."))

M(frm=("EREA Jean Monnet", "ce.<<0950950:l>>@ac-versailles.fr"),
  subj="inscription espace acheteur",
  body="""Bonjour,

La nouvelle gestionnaire de l'EREA s'est inscrite sur l'Espace Acheteur
avec l'adresse de l'établissement (celle-ci). Aucune confirmation reçue
depuis mercredi.

Le secrétariat""",
  lab=("missing_noreply_mail", True, "0950950", "ile-de-france", "espace_acheteur", True, "fr",
       "EREA (adapted-teaching establishment): UAI only in the ce. sender address, written in lower case."))

M(frm=("Teva Maiau", "teva.maiau@mail.pf"), tz="pf",
  subj="Aucun mail de l'Espace Acheteur",
  body="""Ia ora na,

Nous ne recevons aucun message de votre adresse no-reply (activation,
commandes) au lycée agricole d'Opunohu à Moorea, code <<9840310>>. Les
mails des autres fournisseurs arrivent normalement.

Mauruuru,
Teva Maiau, intendance""",
  lab=("missing_noreply_mail", True, "9840310", None, "espace_acheteur", True, "fr",
       "French Polynesia code (prefix 984) valid but outside the routing table, non-académique sender: region null. Tahitian greeting."))

M(frm=("Stephen Hartley", "stephen.hartley@developpement-durable.gouv.fr"),
  subj="Sign-up confirmation never arrived",
  body="""Hello,

I teach English and maritime English at the lycée maritime in
Cherbourg (code <<0501230>>). I signed up for the buyer space to order
dictionaries but the confirmation email has not come through after two
days. Nothing in spam either.

Cheers,
Stephen Hartley""",
  lab=("missing_noreply_mail", True, "0501230", "normandie", "espace_acheteur", False, "en",
       "English; sign-up confirmation missing; no anti-spam product named."))

M(frm=("Aurélie Jousse", "aurelie.jousse@educagri.fr"),
  subj="Tr: activation compte",
  body="""Bonjour,

Je vous transfère le message de ma collègue du CDI. Pouvez-vous voir ?

Aurélie Jousse
Secrétariat de direction, lycée agricole de Laval

-------- Message transféré --------
Sujet : activation compte
Date : Tue, 14 Jan 2025 16:02:11 +0100
De : Céline Perrot <celine.perrot@educagri.fr>
Pour : Aurélie Jousse <aurelie.jousse@educagri.fr>

Aurélie, le mail pour activer notre compte e-sidoc (<<0530770>>) n'est
jamais arrivé. Tu peux écrire au support ? Moi je n'ai pas leur adresse.
Céline
""",
  lab=("missing_noreply_mail", True, "0530770", "pays-de-la-loire", "esidoc", False, "fr",
       "Thunderbird forward of a colleague's message: the activation mail never arrived."))

M(frm=("Jérôme Pichon", "jerome.pichon@educagri.fr"),
  subj="no-reply",
  body="""Rien reçu de l'adresse no-reply depuis lundi pour mon mot de passe.
J. Pichon, LEGTA Vendôme""",
  lab=("missing_noreply_mail", True, None, None, None, False, "fr",
       "Two-line message: nothing from the no-reply address; no UAI, educagri.fr is not an académie domain; platform not named."))
# ---------------------------------------------------------------- mailinblack_spam
M(frm=("Morgane Le Floch", "morgane.le-floch@developpement-durable.gouv.fr"),
  subj="Mails d'activation en quarantaine MailInBlack",
  body="""Bonjour,

Depuis que la Région a mis MailInBlack sur la messagerie du lycée
professionnel maritime d'Étel (<<0560115>>), vos mails d'activation de
l'Espace Acheteur finissent en quarantaine. Je les vois dans le
récapitulatif du matin mais je ne peux pas les libérer moi-même.

Quelle adresse faut-il déclarer ?

Morgane Le Floch, gestionnaire""",
  lab=("mailinblack_spam", True, "0560115", "bretagne", "espace_acheteur", False, "fr",
       "MailInBlack quarantine holds the activation mails; asks which address to declare."))

M(frm=("Serge Thouvenin", "serge.thouvenin@educagri.fr"),
  subj="mail in black bloque vos messages",
  body="""bonjour
depuis la rentree le mail in black du lycee de mirecourt (<<0881100>>) bloque vos messages
du coup on ne recoit pas les liens pour le mot de passe
comment on fait pour vous mettre en liste blanche
merci
serge""",
  lab=("mailinblack_spam", True, "0881100", "grand-est", None, False, "fr",
       "Product spelled 'mail in black', no accents or capitals; the password links are not tied to a named product, so no platform."))

M(frm=("Nicolas Berthet", "nicolas.berthet@epl-dardilly-ecully-example.fr"),
  subj="Mailinblack challenge on your no-reply messages",
  body="""Hello,

I look after IT at the EPL of Dardilly-Écully (agricultural and
horticultural campus, code <<0691410>>). Our Mailinblack filter sends its
"are you human?" challenge to your no-reply address, which of course
never answers, so your messages are never delivered.

Could you send me the list of sending addresses and domains so I can
whitelist them?

Nicolas Berthet
Network administrator""",
  lab=("mailinblack_spam", True, "0691410", "auvergne-rhone-alpes", None, False, "en",
       "English; Mailinblack challenge to the no-reply sender; IT asks for the allow-list. No platform named."))

M(frm=("Chantal Ferrand", "chantal.ferrand@educagri.fr"),
  subj="On me demande de prouver que je ne suis pas un robot",
  body="""Bonjour,

Je vous ai écrit la semaine dernière et j'ai reçu en retour un message
bizarre de NOTRE propre messagerie, qui disait que vos mails étaient
« en attente » tant que l'expéditeur n'avait pas cliqué pour prouver
qu'il n'est pas un robot. Du coup je n'ai jamais reçu votre réponse
sur mon compte Espace Acheteur.

Lycée agricole de Montravel, <<0421080>>.

Merci de m'éclairer.
Chantal Ferrand""",
  lab=("mailinblack_spam", False, "0421080", "auvergne-rhone-alpes", "espace_acheteur", True, "fr",
       "A sender-authentication challenge is described without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person should check before sending the guide."))

M(frm=("Olivier Decrocq", "olivier.decrocq@hautsdefrance-example.fr"),
  subj="Mailinblack : domaine ou adresse ?",
  body="""Bonjour,

Technicien de la Région, j'interviens au lycée agricole du Paraclet
(<<0801400>>). Pour vos mails bloqués par Mailinblack, faut-il autoriser
tout votre domaine ou seulement l'adresse no-reply ? Je préfère ne pas
ouvrir plus que nécessaire.

Cordialement,
O. Decrocq""",
  lab=("mailinblack_spam", True, "0801400", "hauts-de-france", None, False, "fr",
       "Regional IT technician: allow the domain or the address in Mailinblack. No platform named."))

M(frm=("Sylvie Maréchal", "sylvie.marechal@educagri.fr"),
  subj="Mailinblack + document du marché",
  body="""Bonjour,

Premier souci : MailInBlack bloque les mails de l'Espace Acheteur au
lycée viticole de Crézancy (<<0021450>>), nous ne recevons plus les
confirmations de commande.

Second souci, sans rapport : l'avenant au marché « fournitures
œnologiques » annoncé en décembre n'apparaît pas dans nos documents
contractuels.

Merci,
Sylvie Maréchal""",
  lab=("mailinblack_spam", False, "0021450", "hauts-de-france", "espace_acheteur", True, "fr",
       "Two topics: MailInBlack blocking (first) and a missing market amendment (contract_documents)."))

M(frm=("Dominique", "dominique.pelletier@educagri.fr"), mailer=("X-Mailer", "iPhone Mail (21G93)"),
  subj="Mailinblack", 
  body="""Bloqué par mailinblack, merci de m'envoyer la procédure.

Envoyé de mon iPhone""",
  lab=("mailinblack_spam", True, None, None, None, False, "fr",
       "One line from a phone; no UAI, no platform, educagri.fr is not académique."))

M(frm=("Service numérique - Région Sud", "numerique.lycees@maregionsud-example.fr"),
  subj="Lycée agricole de Hyères - messages retenus",
  fmt="html", cs="windows-1252", mailer=("X-Mailer", "Microsoft Outlook 16.0"),
  body="""Bonjour,

Le lycée agricole Agricampus de Hyères (<<0831200>>) nous signale que vos messages (activation et réinitialisation Espace Acheteur) sont retenus par Mailinblack Protect, que nous avons déployé en novembre.

Merci de nous transmettre le guide de paramétrage pour que nous ajoutions vos expéditeurs.

Le service numérique des lycées
Région Provence-Alpes-Côte d'Azur""",
  lab=("mailinblack_spam", True, "0831200", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
       "HTML-only Outlook from the Région's IT service on behalf of an agricultural lycée; 'Mailinblack Protect'."))

M(frm=("Alan Guérin", "alan.guerin@developpement-durable.gouv.fr"),
  subj="Re: [#SUP-121955] Toujours pas de mail",
  hdr=[("In-Reply-To", "<SUP-121955.1736240000@assistance.example.fr>"),
       ("References", "<SUP-121955.1736240000@assistance.example.fr>")],
  body="""Bonjour,

Notre informaticien a trouvé le coupable : c'est MailInBlack, installé
sur la messagerie du lycée maritime de Nantes (<<0441650>>) pendant les
vacances. Vos mails sont dans sa quarantaine. Que doit-il autoriser ?

Alan Guérin

Le mar. 7 janv. 2025 à 09:13, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Le message a bien été envoyé. Merci de vérifier vos courriers
> indésirables et d'autoriser l'adresse no-reply.
""",
  lab=("mailinblack_spam", True, "0441650", "pays-de-la-loire", None, False, "fr",
       "Reply quoting the junk-folder answer: IT identified MailInBlack; the MailInBlack guide is now the right answer. No platform named."))

M(frm=("Fanny Rivault", "fanny.rivault@educagri.fr"),
  subj="TR: Rapport de quarantaine",
  body="""Bonjour,

Ci-dessous le rapport que je reçois chaque matin : vos messages y sont
tous. Lycée agricole Jules Rieffel, <<0440960>>. Comment les débloquer
durablement ?

Fanny Rivault

________________________________
De : Mailinblack <noreply@mailinblack.example.com>
Envoyé : lundi 20 janvier 2025 07:00
À : Rivault Fanny
Objet : Votre rapport de quarantaine

Vous avez 3 messages en attente :
- no-reply@espace-acheteur.example.fr  « Activez votre compte »
- no-reply@espace-acheteur.example.fr  « Réinitialisation de mot de passe »
- no-reply@espace-acheteur.example.fr  « Votre compte a été validé »
Cliquez ici pour les délivrer.
""",
  lab=("mailinblack_spam", True, "0440960", "pays-de-la-loire", "espace_acheteur", False, "fr",
       "A person forwards the MailInBlack quarantine report: outer message is a real question."))

M(frm=("Joël Étienne-Marie", "joel.etienne-marie@lpm-martinique-example.fr"), tz="mq",
  subj="MAILINBLACK",
  body="""Bonjour,

MAILINBLACK retient tous les messages de l'Espace Acheteur à l'école de
formation maritime de la Martinique (<<9720825>>). Pouvez-vous nous dire
quoi autoriser ?

Bien à vous,
J. Étienne-Marie""",
  lab=("mailinblack_spam", True, "9720825", "martinique", "espace_acheteur", False, "fr",
       "MAILINBLACK in capitals; Martinique maritime school, Martinique time zone."))

M(frm=("Laurent Vasseur", "laurent.vasseur@cd-nord-example.fr"),
  subj="Quarantaine Mailinblack - vos notifications",
  body="""Bonjour,

Nos agents reçoivent les notifications de l'Espace Acheteur dans la
quarantaine Mailinblack du Département. Merci de nous indiquer les
adresses d'envoi à autoriser.

Laurent Vasseur
DSI du Département""",
  lab=("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
       "Local authority IT; no UAI and no académie domain: region null."))

M(frm=("Tom Whitfield", "tom.whitfield@itcontract-example.co.uk"),
  subj="Airion agricultural college - Mailinblack settings",
  body="""Hi there,

We are the IT contractor for the Lycée agricole d'Airion (UAI <<0600150>>).
Mailinblack is holding the e-sidoc activation and password emails.
Is there an official list of sender IPs or domains we can add to the
allow-list?

Regards,
Tom Whitfield""",
  lab=("mailinblack_spam", True, "0600150", "hauts-de-france", "esidoc", False, "en",
       "English, from a UK IT contractor; Mailinblack holds e-sidoc mails; UAI given."))

# ---------------------------------------------------------------- head_of_establishment_request
M(frm=("Directeur EPLEFPA Vic-en-Bigorre", "direction.eplefpa-vic@educagri.fr"),
  subj="Changement de l'adresse de contact e-sidoc",
  body="""Madame, Monsieur,

En ma qualité de directeur de l'EPLEFPA de Vic-en-Bigorre (<<0651100>>),
je vous demande de remplacer l'adresse de contact du compte
administrateur e-sidoc du lycée par l'adresse du CDI :
cdi.vic@educagri.fr. L'adresse actuelle est celle d'une documentaliste
mutée en septembre.

Je vous prie d'agréer mes salutations distinguées.

Le directeur,
Alain Dufau""",
  lab=("head_of_establishment_request", False, "0651100", "occitanie", "esidoc", False, "fr",
       "The director of an agricultural EPL (its head) asks in writing to change the e-sidoc admin contact address."))

M(frm=("Cabinet du général commandant le Prytanée", "cabinet.pnm@intradef.gouv.fr"),
  subj="Désignation d'un nouvel administrateur de structure",
  fmt="qp", mailer=("X-Mailer", "Microsoft Outlook 16.0"),
  body="""Madame, Monsieur,

Le général commandant le Prytanée national militaire, chef d'établissement, désigne le commandant Hugues Marin (hugues.marin@intradef.gouv.fr) comme administrateur de structure de l'établissement (<<0721548>>) sur l'Espace Acheteur, en remplacement de l'adjudant-chef Rivière, muté.

Il vous demande de fermer les accès de ce dernier.

Pour le général et par ordre,
Le chef de cabinet""",
  lab=("head_of_establishment_request", False, "0721548", "pays-de-la-loire", "espace_acheteur", True, "fr",
       "Military establishment: the commanding general is the head; his office writes 'par ordre' to change the structure administrator. Written request for the queue."))

M(frm=("Maite Etxeberria", "proviseure.lpm-ciboure@developpement-durable.gouv.fr"),
  subj="Autorisation de validation de commande",
  attach=("bon_engagement_2025-014.pdf", "application/pdf"),
  body="""Bonjour,

Je soussignée, Maite Etxeberria, proviseure du lycée professionnel
maritime de Ciboure (<<0641728>>), autorise M. Iñaki Olaizola, adjoint
gestionnaire, à valider la commande de renouvellement de nos
abonnements. Vous trouverez le bon d'engagement signé en pièce jointe.

Cordialement,
M. Etxeberria""",
  lab=("head_of_establishment_request", False, "0641728", "nouvelle-aquitaine", "esidoc", False, "fr",
       "The proviseure authorises an order validation and attaches the signed bon d'engagement."))

M(frm=("Directeur EPLEFPA Limoges", "direction.legta-limoges@educagri.fr"),
  auth="fail", hdr=[("Reply-To", "direction.legta.limoges@gmail.com")],
  subj="URGENT changement administrateur",
  body="""Bonjour,

Je suis le directeur de l'EPLEFPA de Limoges-Les Vaseix (<<0870780>>).
Merci de modifier immédiatement l'adresse des comptes administrateur
e-sidoc et Espace Acheteur vers direction.legta.limoges@gmail.com, notre
messagerie professionnelle étant en panne. Répondez uniquement à cette
adresse.

Le directeur""",
  lab=("head_of_establishment_request", False, "0870780", "nouvelle-aquitaine", None, True, "fr",
       "Claims to be the EPL director but SPF and DMARC fail, Reply-To is Gmail and it asks to move both admin accounts there: a probable spoof, still a head request that staff should refuse. Two products, so no single platform."))

M(frm=("Armelle Rouxel", "armelle.rouxel@mfr.asso.fr"),
  subj="Nouvel administrateur Espace Acheteur - MFR de Pipriac",
  body="""Bonjour,

Directrice de la Maison familiale rurale de Pipriac (<<0351540>>), je
vous informe que Mme Katell Hamon, notre nouvelle comptable, devient
administratrice de structure sur l'Espace Acheteur à compter du
1er mars. Merci de retirer les droits de M. Pierre Gicquel, qui a quitté
l'association.

Armelle Rouxel
Directrice""",
  lab=("head_of_establishment_request", False, "0351540", "bretagne", "espace_acheteur", False, "fr",
       "Director of a private MFR names a new structure administrator and asks to remove the former one."))

M(frm=("Dr. Juliette Richardson", "principal@cite-scolaire-stmartin-example.fr"), tz="gp",
  subj="Reset of the library admin account",
  body="""Dear Sir or Madam,

As principal of the Cité scolaire of Saint-Martin (code <<9711050>>), I
ask you to reset the password of our e-sidoc administrator account. Our
librarian left the island in December and still holds the access.
Please send the new link to the school's official mailbox, not to her.

Yours faithfully,
Dr. Juliette Richardson
Principal""",
  lab=("head_of_establishment_request", False, "9711050", "guadeloupe", "esidoc", True, "en",
       "English; Saint-Martin belongs to the Guadeloupe académie (prefix 971). The principal asks in writing for a reset so a departed librarian loses access."))

M(frm=("Coralie Mathieu", "coralie.mathieu@educagri.fr"),
  cc="Direction EPL Aube <direction.epl-aube@educagri.fr>",
  attach=("courrier_directeur_signe.pdf", "application/pdf"),
  subj="Demande du directeur - mot de passe portail CDI",
  body="""Bonjour,

Comme convenu par téléphone, je vous transmets le courrier signé par le
directeur de l'EPL de l'Aube (Saint-Pouange, <<0101230>>), qui demande la
réinitialisation du mot de passe administrateur de notre e-sidoc et
l'enregistrement de mon adresse comme contact. Le directeur est en copie.

Coralie Mathieu
Professeure documentaliste""",
  lab=("head_of_establishment_request", False, "0101230", "grand-est", "esidoc", True, "fr",
       "The librarian relays the director's signed letter (PDF) with the director in copy: the head's written request, relayed; staff must check the letter and sender."))

M(frm=("Christian Barthès", "christian.barthes@educagri.fr"),
  subj="Re: Demande écrite du chef d'établissement",
  mailer=("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC131 (Win)/9.0.0_GA_4546)"),
  hdr=[("In-Reply-To", "<SUP-122840.1737018000@assistance.example.fr>")],
  body="""Bonjour,

Je confirme par la présente, en tant que directeur de l'EPLEFPA d'Albi-
Fonlabour (<<0811040>>), la demande de réinitialisation du mot de passe
administrateur e-sidoc formulée par notre documentaliste. Le lien peut
être envoyé à l'adresse de l'établissement.

C. Barthès

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Nadia Ferrer" <nadia.ferrer@educagri.fr>
Envoyé: Jeudi 16 Janvier 2025 10:00:00
Objet: Demande écrite du chef d'établissement

Bonjour,
Pour ce changement, le chef d'établissement doit nous adresser une
demande écrite.
""",
  lab=("head_of_establishment_request", False, "0811040", "occitanie", "esidoc", False, "fr",
       "Zimbra reply in which the EPL director gives the written request the desk asked for."))

M(frm=("CV Yann Kervella", "yann.kervella@intradef.gouv.fr"),
  subj="Délégation de validation des commandes - lycée naval",
  body="""Madame, Monsieur,

Le capitaine de vaisseau commandant le lycée naval de Brest
(<<0290370>>), chef d'établissement, donne délégation au commissaire
principal Anne Le Goff pour valider les commandes de l'établissement sur
l'Espace Acheteur pendant l'année scolaire 2024-2025.

CV Kervella
Commandant le lycée naval""",
  lab=("head_of_establishment_request", False, "0290370", "bretagne", "espace_acheteur", True, "fr",
       "Naval lycée: the commanding officer (the head) delegates order validation in writing; intradef sender, region from the UAI."))

M(frm=("Proviseur LPM Le Guilvinec", "proviseur.lpm-guilvinec@developpement-durable.gouv.fr"),
  subj="Mot de passe administrateur et adresse de contact",
  body="""Bonjour,

Je vous demande, en qualité de proviseur du lycée professionnel
maritime du Guilvinec (<<0291236>>), de réinitialiser le mot de passe du
compte d'administration e-sidoc et d'enregistrer comme adresse de
contact documentation.lpm-guilvinec@developpement-durable.gouv.fr.

Bien cordialement,
Gilles Le Berre
Proviseur""",
  lab=("head_of_establishment_request", False, "0291236", "bretagne", "esidoc", False, "fr",
       "The proviseur of a maritime lycée asks for a reset and a new contact address: head request, not password_reset."))

M(frm=("Francis Mazet", "francis.mazet@educagri.fr"),
  subj="Accord pour la commande d'abonnement",
  body="""Bonjour,

Directeur adjoint de l'EPLEFPA chargé du lycée de Rochefort-Montagne
(<<0631270>>), je donne mon accord pour la commande de l'abonnement
Cafeyn passée par notre documentaliste, Mme Roux. Le directeur de l'EPL
est absent cette semaine.

F. Mazet""",
  lab=("head_of_establishment_request", False, "0631270", "auvergne-rhone-alpes", "esidoc", True, "fr",
       "In an agricultural EPL the deputy director heading the lycée plays the proviseur's part; he authorises an order while the EPL director is away. Staff must judge whether that signature is enough."))

M(frm=("Bernard Lhuillier", "bernard.lhuillier@educagri.fr"), mailer=("X-Mailer", "iPhone Mail (21G93)"),
  subj="Re: Réinitialisation du mot de passe e-sidoc",
  body="""Je confirme, vous pouvez réinitialiser le mot de passe. B. Lhuillier, directeur EPLEFPA Saint-Germain-en-Laye

Envoyé de mon iPhone

> Le 3 févr. 2025 à 14:22, Agnès Baudry <agnes.baudry@educagri.fr> a écrit :
>
> Bonjour Monsieur Lhuillier,
> Le support e-sidoc demande votre accord écrit pour réinitialiser le mot
> de passe du portail du lycée (<<0780999>>). Pouvez-vous leur répondre en
> me mettant en copie ?
> Merci, Agnès""",
  lab=("head_of_establishment_request", False, "0780999", "ile-de-france", "esidoc", False, "fr",
       "The EPL director confirms from his phone, quoting his librarian's message (Apple quote style)."))

M(frm=("Samia Benali", "samia.benali@ac-lille.fr"),
  subj="Administrateur e-sidoc - unité d'enseignement en milieu pénitentiaire",
  body="""Bonjour,

Responsable locale de l'enseignement au centre pénitentiaire de
Maubeuge, je dirige l'unité d'enseignement rattachée à l'unité
pédagogique régionale (UAI de l'unité : <<0597145>>). Je vous demande de
désigner M. Karim Touati, professeur, comme administrateur de notre
portail e-sidoc à la place de Mme Lenoir, partie en retraite.

Samia Benali
RLE - Centre pénitentiaire de Maubeuge""",
  lab=("head_of_establishment_request", False, "0597145", "hauts-de-france", "esidoc", True, "fr",
       "Unusual structure: a prison teaching unit whose local head (RLE) acts as head of establishment and names a new portal administrator."))

# ---------------------------------------------------------------- account_creation
M(frm=("Jessica Marteau", "jessica.marteau@educagri.fr"),
  subj="Création compte Espace Acheteur pour le CFPPA",
  body="""Bonjour,

Je viens d'arriver comme gestionnaire du CFPPA du Cher (Bourges - Le
Subdray). Comment créer un compte sur l'Espace Acheteur pour passer nos
commandes ? Je n'ai aucun identifiant.

Merci,
Jessica Marteau""",
  lab=("account_creation", True, None, None, "espace_acheteur", False, "fr",
       "New CFPPA gestionnaire asks how to create an account: the sign-up answer fits. No UAI given, non-académique sender."))

M(frm=("Didier Leroux", "didier.leroux@educagri.fr"),
  subj="Devenir administrateur de structure",
  body="""Bonjour,

Directeur de l'exploitation agricole du lycée de La Saussaye
(<<0281050>>), je passe beaucoup de commandes de matériel. Je voudrais
être administrateur de structure sur l'Espace Acheteur pour valider
moi-même les comptes de mes salariés. Comment faire ?

Didier Leroux""",
  lab=("account_creation", False, "0281050", "centre-val-de-loire", "espace_acheteur", True, "fr",
       "The farm manager of the EPL is not the head of establishment; he asks for administrator rights, which needs the head's agreement: a person answers."))

M(frm=("Élodie Chastang", "elodie.chastang@educagri.fr"),
  subj="Pas un oubli de mot de passe !",
  body="""Bonjour,

Je précise : je n'ai pas perdu mon mot de passe, je n'ai jamais eu de
compte. Le lien « mot de passe oublié » me répond que mon adresse est
inconnue, ce qui est logique.

Je suis gestionnaire au lycée agricole Henri Queuille de Neuvic
(<<0190640>>) et je voudrais un compte sur l'Espace Acheteur.

Élodie Chastang""",
  lab=("account_creation", True, "0190640", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
       "Negation: not a lost password, she never had an account: account_creation."))

M(frm=("Malia Tuugahala", "malia.tuugahala@lycee-wallis-example.wf"), tz="nc",
  subj="Notre établissement n'est pas dans la liste",
  body="""Bonjour,

En créant le compte client pour commander e-sidoc, le champ « UAI »
refuse notre code, <<9860012>> (lycée d'État de Wallis-et-Futuna, avec sa
section agricole). La liste déroulante ne propose aucun établissement
de Wallis.

Comment faire ?

Malia Tuugahala, CDI""",
  lab=("account_creation", False, "9860012", None, "esidoc", True, "fr",
       "Wallis-et-Futuna code (986) missing from the customer-account list: the FAQ sends these to the sales team. Prefix outside the routing table: region null."))

M(frm=("Gauthier Hennebelle", "gauthier.hennebelle@educagri.fr"),
  subj="Ouverture compte client CDI",
  fmt="html", cs="windows-1252", mailer=("X-Mailer", "Microsoft Outlook 16.0"),
  body="""Bonjour,

Nous souhaitons commander pour la première fois des ressources pour le CDI du lycée agricole de Douai (<<0590960>>). Faut-il créer un compte client avant la commande et comment procéder ?

Cordialement,

Gauthier Hennebelle
Adjoint gestionnaire""",
  lab=("account_creation", True, "0590960", "hauts-de-france", "esidoc", False, "fr",
       "HTML-only Outlook; wants to open the customer account before a first order."))

M(frm=("Pierre Cathala", "pierre.cathala@lyceedelamer-sete.fr"),
  subj="Qui est notre administrateur ?",
  body="""Bonjour,
Pouvez-vous me dire qui est l'administrateur de structure du lycée de
la Mer de Sète (<<0341065>>) sur l'Espace Acheteur ? Mon inscription
attend sa validation et personne ici ne sait qui c'est.
Merci,
P. Cathala""",
  lab=("account_creation", False, "0341065", "occitanie", "espace_acheteur", False, "fr",
       "Asks who the structure administrator is: needs a look-up, so a person answers."))

M(frm=("Noémie Bourgeon", "noemie.bourgeon@educagri.fr"),
  subj="compte en attente",
  body="""Bonjour,

J'ai rempli le formulaire d'inscription de l'Espace Acheteur pour le
lycée agricole de Quetigny-Plombières (<<0211380>>) ; quand je me
connecte, on me dit que mon compte est « en attente de validation ».
C'est normal ?

Noémie""",
  lab=("account_creation", True, "0211380", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
       "Account waiting for validation by the structure administrator (FAQ case)."))

M(frm=("Ahmed Saïd", "ahmed.said@dmsoi-mayotte-example.fr"), tz="yt",
  subj="Buyer account for a new maritime training centre",
  body="""Hello,

The new maritime vocational training centre in Dzaoudzi opened in
January, attached to the sea administration of Mayotte. It does not yet
have a school code. Can we open a buyer account on the Espace Acheteur,
and what documents do you need?

Best regards,
Ahmed Saïd""",
  lab=("account_creation", False, None, None, "espace_acheteur", True, "en",
       "English; a brand-new maritime centre with no UAI wants a buyer account: a person checks eligibility. No UAI and no académie domain: region null despite Mayotte."))

M(frm=("Commandant Fabienne Roche", "fabienne.roche@intradef.gouv.fr"),
  subj="Droits de gestion des commandes",
  body="""Bonjour,

Mon compte Espace Acheteur fonctionne, mais je ne peux que consulter les
marchés. En tant que cheffe du service administratif du lycée militaire
d'Aix-en-Provence (<<0130930>>), j'ai besoin des droits de gestion des
commandes. Qui peut me les ouvrir ?

Cdt Roche""",
  lab=("account_creation", False, "0130930", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
       "Account works; asks for order-management rights to be opened."))

# ---------------------------------------------------------------- subscription_activation
M(frm=("Agathe Perrier", "agathe.perrier@educagri.fr"),
  subj="Cafeyn non visible",
  body="""Bonjour,

Nous avons commandé hier l'abonnement Cafeyn pour le CDI du lycée
agricole des Sardières à Bourg-en-Bresse (<<0010819>>). Il n'apparaît pas
encore sur notre portail. Y a-t-il un délai ?

Agathe Perrier""",
  lab=("subscription_activation", True, "0010819", "auvergne-rhone-alpes", "esidoc", False, "fr",
       "Ordered yesterday, not visible yet: within the 72-hour window."))

M(frm=("Soizic Tanguy", "soizic.tanguy@developpement-durable.gouv.fr"),
  subj="Publier Europresse sur le portail",
  body="""Bonjour,

L'abonnement Europresse est actif pour le lycée maritime du Guilvinec
(<<0291236>>) mais je ne sais pas comment le faire apparaître sur la page
d'accueil du portail pour les élèves. Pouvez-vous m'expliquer ?

Soizic Tanguy""",
  lab=("subscription_activation", True, "0291236", "bretagne", "esidoc", False, "fr",
       "How to publish an active resource on the portal."))

M(frm=("Isabelle Nouaille", "isabelle.nouaille@educagri.fr"),
  subj="Abonnement toujours inactif après deux semaines",
  body="""Bonjour,

Notre commande de l'abonnement Universalis a été validée le 4 mars
(lycée agricole des Vaseix, <<0870780>>). Nous sommes le 18 et la
ressource est toujours indiquée « en cours d'activation ».

Merci de regarder ce qui bloque.

Isabelle Nouaille""",
  lab=("subscription_activation", False, "0870780", "nouvelle-aquitaine", "esidoc", False, "fr",
       "Validated two weeks ago, still not active: past the 72-hour rule, a person must look at the order."))

M(frm=("Général de brigade Olivier Sauvage", "olivier.sauvage@intradef.gouv.fr"),
  subj="Disponibilité de l'abonnement presse",
  body="""Bonjour,

Commandant le lycée militaire de Saint-Cyr-l'École (<<0780790>>), je
souhaite simplement savoir quand l'abonnement presse commandé avant-hier
pour nos élèves de CPGE sera accessible sur le portail du CDI.

Gal Sauvage""",
  lab=("subscription_activation", True, "0780790", "ile-de-france", "esidoc", True, "fr",
       "Written by the head (the commanding general) but he only asks when the subscription will be available: not a head-of-establishment request."))

M(frm=("Marlène Jean-Louis", "marlene.jean-louis@lpm-martinique-example.fr"), tz="mq",
  subj="Universalis subscription not showing",
  body="""Hello,

We ordered Encyclopaedia Universalis two days ago for the maritime
training school of Martinique (<<9720825>>). The resource does not show
in the portal yet. Is this normal?

Thank you,
Marlène Jean-Louis""",
  lab=("subscription_activation", True, "9720825", "martinique", "esidoc", False, "en",
       "English; ordered two days ago, within 72 hours."))

M(frm=("Hugo Blanchet", "hugo.blanchet@educagri.fr"),
  subj="Renouvellement affiché comme expiré",
  body="""Bonjour,

Nous avons renouvelé hier nos abonnements pour le Chesnoy (lycée
agricole d'Amilly, <<0451040>>), mais « Mes abonnements » les affiche
toujours comme expirés. Faut-il attendre ?

Hugo Blanchet""",
  lab=("subscription_activation", True, "0451040", "centre-val-de-loire", "esidoc", False, "fr",
       "Renewed subscription still shown as expired; renewed yesterday."))

M(frm=("Émilie Vandamme", "emilie.vandamme@institut-agricole-genech-example.fr"),
  subj="Ressource non publiée pour les apprentis",
  body="""Bonjour,

Ce n'est pas un problème de mot de passe : je n'ai pas oublié le mien
et je me connecte sans difficulté. En revanche, la ressource Lumni
Enseignement que nous avons activée hier n'est pas visible par nos
apprentis (CFA de l'institut, <<0593420>>) depuis l'ENT.

Que faut-il faire pour la publier ?

Émilie Vandamme""",
  lab=("subscription_activation", True, "0593420", "hauts-de-france", "esidoc", True, "fr",
       "Negation: no password problem; a resource activated yesterday is not published for apprentices."))

M(frm=("CDI LEGTA Le Chesnoy", "cdi.lechesnoy@educagri.fr"),
  subj="activation abonnement",
  body="""Bonjour, merci d'activer l'abonnement, commande validée hier matin.
Le CDI""",
  lab=("subscription_activation", True, None, None, None, False, "fr",
       "Short: activate the subscription ordered yesterday. No UAI given, educagri.fr is not an académie domain, no product named."))

M(frm=("Thierry Lecoq", "thierry.lecoq@educagri.fr"),
  subj="Abonnement invisible et facture",
  body="""Bonjour,

L'abonnement Cafeyn commandé il y a trois jours n'est pas visible sur le
portail de l'EPLEFPA de Caen (<<0142200>>). Par ailleurs, la facture
correspondante porte le nom de l'ancien lycée (avant la fusion des
sites) : notre agent comptable ne peut pas la payer en l'état.

Merci.""",
  lab=("subscription_activation", False, "0142200", "normandie", "esidoc", True, "fr",
       "Two topics: subscription not visible (first) and an invoice to correct (order_billing); the activation template answers only half."))

M(frm=("Régis Cabanel", "regis.cabanel@lyceedelamer-sete.fr"),
  subj="Universalis ???",
  body="""Universalis commandé il y a plus de 24 heures et toujours rien. On
paye pour un service qu'on n'a pas. Lycée de la Mer, <<0341065>>. Merci
de faire le nécessaire rapidement.""",
  lab=("subscription_activation", True, "0341065", "occitanie", "esidoc", False, "fr",
       "Irritated tone; ordered 24 hours ago, not yet reachable: within the 72-hour rule."))
# ---------------------------------------------------------------- order_billing
M(frm=("Serge Thouvenin", "serge.thouvenin@educagri.fr"),
  subj="Devis renouvellement e-sidoc",
  body="""Bonjour,

Pour engager la dépense du renouvellement e-sidoc du lycée agricole de
Mirecourt (<<0881100>>), notre agent comptable exige un devis à notre nom
avant d'établir le bon d'engagement. Pouvez-vous nous l'envoyer ?

Merci,
Serge Thouvenin""",
  lab=("order_billing", False, "0881100", "grand-est", "esidoc", False, "fr",
       "Asks for a formal quote needed for the bon d'engagement."))

M(frm=("Major Cédric Pommier", "cedric.pommier@intradef.gouv.fr"),
  subj="Facture absente de Chorus Pro",
  body="""Bonjour,

La commande passée le 12 novembre sur l'Espace Acheteur par le lycée
militaire d'Autun (<<0711540>>) a été livrée, mais aucune facture n'est
déposée sur Chorus Pro. Sans elle, le service payeur ne peut pas
liquider la dépense.

Major Pommier
Bureau finances""",
  lab=("order_billing", False, "0711540", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
       "Delivered order, invoice missing on Chorus Pro."))

M(frm=("Comptabilité MFR", "compta@mfr-example.fr"),
  subj="Paiement par virement ?",
  body="""Bonjour,

Nous sommes une maison familiale rurale (association, établissement
privé sous contrat avec le ministère de l'Agriculture) et nous n'avons
pas de mandat administratif. Pouvons-nous payer l'abonnement e-sidoc
par virement ? Merci de nous communiquer un RIB.

Le service comptable""",
  lab=("order_billing", False, None, None, "esidoc", False, "fr",
       "Private MFR asks to pay by bank transfer and for bank details; no UAI."))

M(frm=("Agent comptable EPLEFPA Laval", "agence.comptable.laval@educagri.fr"),
  subj="Libellé des factures",
  body="""Bonjour,

Les factures de l'Espace Acheteur sont libellées au nom du « lycée
agricole de Laval » (<<0530770>>). Or c'est l'EPLEFPA, personne morale,
qui paie : merci de libeller les prochaines factures au nom de l'EPLEFPA
de Laval, avec notre SIRET (inchangé), et de rééditer celle de janvier.

L'agent comptable""",
  lab=("order_billing", False, "0530770", "pays-de-la-loire", "espace_acheteur", True, "fr",
       "EPL structure: the invoices name the lycée site but the EPLEFPA (the legal entity) pays; asks to re-issue the invoice."))

M(frm=("Jocelyne Payet", "jocelyne.payet@wanadoo.fr"), tz="re",
  subj="Invoice addressed to the wrong body",
  body="""Hello,

Sorry to write in English, my colleague from the finance office asked me
to. The invoice for our e-sidoc subscription (Ecole d'apprentissage
maritime, Le Port, <<9740600>>) is addressed to the Région Réunion,
whereas we pay it ourselves. Could you issue a corrected invoice?

Jocelyne Payet""",
  lab=("order_billing", False, "9740600", "la-reunion", "esidoc", False, "en",
       "English; corrected invoice (wrong addressee)."))

M(frm=("Chantal Ferrand", "chantal.ferrand@educagri.fr"),
  subj="Panier disparu",
  body="""Bonjour,

J'avais préparé un panier de semences et de petit outillage pour
l'exploitation du lycée de Montravel (<<0421080>>) début janvier. En me
reconnectant aujourd'hui, il est vide. Est-il possible de le récupérer ?

Chantal Ferrand""",
  lab=("order_billing", False, "0421080", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
       "Saved basket disappeared (baskets are kept for a limited time)."))

M(frm=("Hervé Lemonnier", "herve.lemonnier@developpement-durable.gouv.fr"),
  subj="Facture reçue en double",
  body="""Bonjour,

Nous avons reçu deux fois la facture n° F2025-00871 pour le lycée
maritime de Fécamp (<<0761920>>), avec deux numéros différents pour la
même commande. Merci d'annuler le doublon avant que l'agence comptable
ne paie deux fois.

H. Lemonnier""",
  lab=("order_billing", False, "0761920", "normandie", None, False, "fr",
       "Invoice received twice; asks to cancel the duplicate. Product not named."))

M(frm=("Quartier-maître Lena Morvan", "lena.morvan@intradef.gouv.fr"),
  subj="TR: Relance facture impayée",
  body="""Bonjour,

Nous recevons la relance ci-dessous alors que la facture a été payée le
17 décembre par la trésorerie (mandat n° 2024-11873). Pouvez-vous
vérifier et cesser les relances ?

QM Morvan, lycée naval de Brest (<<0290370>>)

-------- Message transféré --------
Sujet : Relance facture impayée
Date : Mon, 20 Jan 2025 08:00:03 +0100
De : Service recouvrement <recouvrement@assistance.example.fr>

Madame, Monsieur, sauf erreur de notre part, la facture F2024-01932
relative à votre abonnement e-sidoc reste impayée à ce jour.
""",
  lab=("order_billing", False, "0290370", "bretagne", "esidoc", False, "fr",
       "Thunderbird-style forward of a payment reminder for an invoice already paid."))

M(frm=("Iñaki Olaizola", "inaki.olaizola@developpement-durable.gouv.fr"),
  subj="Montant de la facture différent du devis",
  fmt="html", cs="windows-1252", mailer=("X-Mailer", "Microsoft Outlook 16.0"),
  body="""Bonjour,

Le devis accepté pour le lycée maritime de Ciboure (<<0641728>>) était de 1 180,00 € TTC ; la facture reçue indique 1 312,40 €. Pouvez-vous m'expliquer l'écart ou corriger la facture ?

Cordialement,

Iñaki Olaizola
Adjoint gestionnaire""",
  lab=("order_billing", False, "0641728", "nouvelle-aquitaine", None, False, "fr",
       "HTML-only Outlook with the euro sign: invoice amount differs from the quote. No product named."))

M(frm=("Fabrice Ho-A-Chuck", "fabrice.hoachuck@educagri.fr"), tz="gf",
  subj="Numéro d'engagement sur la commande",
  body="""Bonjour,

Chorus Pro rejette votre facture pour le lycée agricole de Matiti
(<<9730307>>) car elle ne porte pas notre numéro d'engagement juridique.
Où dois-je le saisir lors de la validation de la commande sur l'Espace
Acheteur pour qu'il figure sur les prochaines ?

F. Ho-A-Chuck""",
  lab=("order_billing", False, "9730307", "guyane", "espace_acheteur", False, "fr",
       "Chorus rejects the invoice without the commitment number; asks where to enter it at order validation."))

# ---------------------------------------------------------------- contract_documents
M(frm=("Isabelle Fourcade", "isabelle.fourcade@educagri.fr"),
  subj="Marché denrées : pièces introuvables",
  body="""Bonjour,

Je ne trouve pas les pièces du marché « denrées alimentaires - produits
laitiers » dans Mes Marchés pour la cantine de l'EPLEFPA de Périgueux
(<<0241380>>). Le marché apparaît mais la rubrique documents est vide.

I. Fourcade""",
  lab=("contract_documents", False, "0241380", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
       "Market documents not visible in 'Mes Marchés'."))

M(frm=("Major Cédric Pommier", "cedric.pommier@intradef.gouv.fr"),
  subj="Convention d'adhésion introuvable",
  body="""Bonjour,

Le lycée militaire d'Autun (<<0711540>>) a signé en 2023 la convention
d'adhésion à la centrale d'achat. Notre contrôleur budgétaire nous la
demande et je ne la retrouve pas dans l'Espace Acheteur.

Major Pommier""",
  lab=("contract_documents", False, "0711540", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
       "Membership convention cannot be found."))

M(frm=("Montserrat Pujol", "montserrat.pujol@educagri.fr"),
  subj="Avenant n°1 - marché matériel agricole",
  attach=("courrier_avenant_1.pdf", "application/pdf"),
  body="""Bonjour,

Vous nous avez annoncé par courrier (joint) l'avenant n° 1 au marché
« petit matériel agricole et horticole ». Il n'est pas visible parmi les
documents contractuels pour le lycée agricole de Théza (<<0661250>>).

Montserrat Pujol""",
  lab=("contract_documents", False, "0661250", "occitanie", "espace_acheteur", False, "fr",
       "Amendment announced by letter (attached) is missing from the contract documents."))

M(frm=("Yannick Delattre", "yannick.delattre@developpement-durable.gouv.fr"),
  subj="CCAP marché 2024-031",
  body="""Bonjour,

Je cherche le CCAP du marché 2024-031 (équipements de navigation et de
sécurité pour navires-écoles). Il n'est pas dans les documents
accessibles au lycée maritime de Boulogne (<<0621843>>).

Y. Delattre""",
  lab=("contract_documents", False, "0621843", "hauts-de-france", "espace_acheteur", False, "fr",
       "CCAP not found for a market."))

M(frm=("Claudine Weber", "claudine.weber@educagri.fr"),
  subj="Re: [#SUP-123311] Document manquant",
  hdr=[("In-Reply-To", "<SUP-123311.1738051200@assistance.example.fr>"),
       ("References", "<SUP-123311.1738051200@assistance.example.fr>")],
  body="""Bonjour,

Malgré la réponse de la région, l'acte d'engagement du marché
« fournitures de bureau » n'apparaît toujours pas pour l'EPLEFPA
d'Obernai (<<0671450>>). J'ai vidé le cache et essayé deux navigateurs.

Claudine Weber

Le 28/01/2025 à 09:00, Assistance a écrit :
> Bonjour,
> Le document a été republié. Il devrait apparaître dans Mes Marchés.
""",
  lab=("contract_documents", False, "0671450", "grand-est", "espace_acheteur", False, "fr",
       "Follow-up reply: the document is still missing after the region's answer."))

M(frm=("Anne-Sophie Dumas", "as.dumas@lycee-agricole-prive-example.fr"),
  subj="Conventions non visibles sur la nouvelle plateforme",
  body="""Bonjour,

Sur l'ancienne plateforme je voyais nos conventions de groupement de
commandes. Depuis la migration vers le nouvel Espace Acheteur, plus
rien. Est-ce un problème de droits ?

Anne-Sophie Dumas""",
  lab=("contract_documents", False, None, None, "espace_acheteur", True, "fr",
       "Conventions visible on the old platform, not on the new one: contract_documents, though the fix may be rights (close to account_creation)."))

# ---------------------------------------------------------------- transfer_incident
M(frm=("Damien Rousselot", "d.rousselot@institut-agricole-saumur.fr"),
  subj="Transferts EcoleDirecte arrêtés",
  body="""Bonjour,

Le dernier transfert vers EcoleDirecte date de mercredi pour l'institut
agricole de Saumur (<<0491830>>). Les familles ne voient plus les notes
des stages en entreprise. Le diagnostic ne renvoie aucune erreur.

Damien Rousselot""",
  lab=("transfer_incident", False, "0491830", "pays-de-la-loire", "ecoledirecte", False, "fr",
       "Transfers stopped for five days; parents do not see grades."))

M(frm=("Sandrine Bories", "direction@mfr-aveyron-example.fr"),
  subj="Antivirus et Charlemagne",
  body="""Bonjour,

Notre nouvel antivirus met en quarantaine le programme « Outils » de
Charlemagne à chaque démarrage, et les transferts ne partent plus
(MFR de Rignac, <<0121250>>). Quels fichiers faut-il exclure ?

Sandrine Bories""",
  lab=("transfer_incident", False, "0121250", "occitanie", "ecoledirecte", False, "fr",
       "Antivirus quarantines the Charlemagne tools; transfers no longer run."))

M(frm=("Katell Hamon", "katell.hamon@mfr.asso.fr"),
  subj="mot de passe du jour",
  body="""Bonjour,

Pouvez-vous me communiquer le mot de passe de maintenance du jour ?
Je dois relancer la réindexation de la base après une coupure de
courant à la MFR de Pipriac (<<0351540>>).

Merci,
Katell Hamon""",
  lab=("transfer_incident", False, "0351540", "bretagne", "ecoledirecte", True, "fr",
       "The daily maintenance password is transfer_incident per the taxonomy, not password_reset."))

M(frm=("Émilie Vandamme", "emilie.vandamme@institut-agricole-genech-example.fr"),
  subj="Licence à régénérer",
  body="""Bonjour,

Nous avons changé de serveur pendant les vacances à l'institut de
Genech (<<0593420>>). Au démarrage, Charlemagne demande une licence
régénérée. Pouvez-vous nous en fournir une ?

Émilie Vandamme""",
  lab=("transfer_incident", False, "0593420", "hauts-de-france", "ecoledirecte", False, "fr",
       "Licence to regenerate after a server change."))

M(frm=("Ruddy Lancrerot", "r.lancrerot@lycee-agricole-prive-gp-example.fr"), tz="gp",
  subj="Replication error after restore",
  attach=("incident_replication.png", "image/png"),
  body="""Good afternoon,

After restoring last week's backup on our server (private agricultural
lycée, Baie-Mahault, code <<9710911>>), the replication to EcoleDirecte
fails with "désynchronisation détectée". Screenshot attached. Do you
need to reinitialise the replication from your side?

Ruddy Lancrerot""",
  lab=("transfer_incident", False, "9710911", "guadeloupe", "ecoledirecte", False, "en",
       "English; replication to re-initialise after a restore; screenshot attached."))

M(frm=("Service informatique", "informatique@lycee-mer-prive-example.fr"),
  subj="Proxy et transferts",
  body="""Bonjour,

Nouveau pare-feu avec proxy authentifié installé lundi. Depuis, le
test de connexion du diagnostic des transferts EcoleDirecte échoue.
Quels ports et quelles URL faut-il ouvrir ?

Le service informatique""",
  lab=("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
       "New firewall/proxy breaks the transfer connection test; no UAI, no académie domain."))

M(frm=("Maryvonne Guitton", "m.guitton@mfr.asso.fr"),
  subj="licence expirée",
  body="""bonjour
au demarrage on a le message licence expirée et les transferts ne marchent plus
MFR de Saint-Fulgent <<0851400>>
merci""",
  lab=("transfer_incident", False, "0851400", "pays-de-la-loire", "ecoledirecte", False, "fr",
       "'Licence expirée' at start-up: licence to regenerate, transfers stopped. Product implied by the licence/transfers context."))

M(frm=("Goulven Quéré", "goulven.quere@lycee-agricole-pleyben-example.fr"),
  subj="Transferts bloqués",
  fmt="html", cs="windows-1252", mailer=("X-Mailer", "Microsoft Outlook 16.0"),
  body="""Bonjour,

Depuis ce matin, les transferts vers EcoleDirecte restent « en cours » indéfiniment. Dans le gestionnaire des tâches, je vois quatre processus Outils.exe qui ne se terminent pas.

Lycée agricole privé de Pleyben, <<0291780>>.

Goulven Quéré""",
  lab=("transfer_incident", False, "0291780", "bretagne", "ecoledirecte", False, "fr",
       "HTML-only Outlook: stuck Outils.exe processes, transfers hang."))

M(frm=("Jean-Marc Bonnal", "jm.bonnal@mfr-lozere-example.fr"), mailer=("X-Mailer", "Apple Mail (2.3774.600.62)"),
  subj="Fwd: notes invisibles",
  body="""Bonjour,

Directeur de la MFR de Javols (<<0480720>>), je vous fais suivre le
message d'une mère d'élève : les notes ne remontent plus sur
EcoleDirecte depuis dix jours. Pouvez-vous regarder ?

Jean-Marc Bonnal

Début du message réexpédié :

De: Christelle Rouvière <c.rouviere48@orange.fr>
Objet: notes invisibles
Date: 6 février 2025 à 20:14:55 UTC+1
À: MFR Javols <jm.bonnal@mfr-lozere-example.fr>

Bonjour Monsieur, je ne vois plus aucune note de Lucas sur EcoleDirecte
depuis les vacances. Est-ce normal ? Cordialement, C. Rouvière
""",
  lab=("transfer_incident", False, "0480720", "occitanie", "ecoledirecte", True, "fr",
       "Apple Mail forward of a parent's complaint; written by the MFR's director but it is a transfer problem, not a head-of-establishment request."))
# ---------------------------------------------------------------- automated
M(frm=("Le Goff Ronan", "ronan.le-goff@developpement-durable.gouv.fr"), mailer=None,
  subj="Réponse automatique : [#SUP-119870] Votre demande",
  hdr=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
       ("X-MS-Exchange-Inbox-Rules-Loop", "ronan.le-goff@developpement-durable.gouv.fr")],
  body="""Bonjour,

Je suis embarqué à bord du navire-école avec la classe de terminale
jusqu'au 14 mars, sans accès à ma messagerie. Pour toute urgence
concernant le CDI ou les commandes, merci de contacter le secrétariat du
lycée maritime.

Ronan Le Goff""",
  lab=("automated", False, None, None, None, False, "fr",
       "Exchange out-of-office (Auto-Submitted, X-Auto-Response-Suppress) of a maritime lycée teacher at sea."))

M(frm=("Hannah Beck", "hannah.beck.erasmus@gmail.com"), mailer=None,
  subj="Out of office Re: Your support request",
  hdr=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")],
  body="""Thank you for your email. I am travelling with our agriculture
students in Brittany until 21 February and will reply when I am back.

Hannah Beck
Erasmus+ coordinator""",
  lab=("automated", False, None, None, None, False, "en",
       "English Gmail vacation responder (Auto-Submitted: auto-replied)."))

M(frm=("Gwenaëlle Le Bihan", "gwenaelle.le-bihan@ac-rennes.fr"), mailer=None,
  subj="Absence : Re: [#SUP-120114] Mot de passe",
  hdr=[("Auto-Submitted", "auto-replied (zimbra; vacation)")],
  body="""Je suis absente du CDI du lycée naval jusqu'au lundi 4 novembre.
Votre message sera traité à mon retour.""",
  lab=("automated", False, None, "bretagne", None, False, "fr",
       "Zimbra vacation reply from an academic address: region from ac-rennes.fr."))

M(frm=("Mail Delivery System", "MAILER-DAEMON@smtp.educagri.fr"), mailer=None, return_path="<>",
  subj="Undelivered Mail Returned to Sender", hdr=[("Auto-Submitted", "auto-replied")],
  fmt="mime", ctype='multipart/report; report-type=delivery-status;\n boundary="B7f3.1733908800/smtp.educagri.fr"',
  body="""This is a MIME-encapsulated message.

--B7f3.1733908800/smtp.educagri.fr
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host smtp.educagri.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<marc.dujardin@educagri.fr>: host mbox.educagri.fr said: 550 5.1.1
    User unknown

--B7f3.1733908800/smtp.educagri.fr
Content-Type: message/delivery-status
Content-Description: Delivery report

Reporting-MTA: dns; smtp.educagri.fr
Arrival-Date: Wed, 11 Dec 2024 10:20:00 +0100 (CET)

Final-Recipient: rfc822; marc.dujardin@educagri.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--B7f3.1733908800/smtp.educagri.fr
Content-Type: text/rfc822-headers
Content-Description: Undelivered Message Headers

From: Assistance <support@assistance.example.fr>
To: marc.dujardin@educagri.fr
Subject: [#SUP-120981] Compte Espace Acheteur
Date: Wed, 11 Dec 2024 10:19:58 +0100

--B7f3.1733908800/smtp.educagri.fr--
""",
  lab=("automated", False, None, None, None, False, "en",
       "Postfix bounce (multipart/report delivery-status), null Return-Path: a former agricultural lycée address no longer exists."))

M(frm=("MAILER-DAEMON", "MAILER-DAEMON@intradef.gouv.fr"), mailer=None, return_path="<>",
  subj="Message rejete / Message rejected",
  body="""Ceci est un message genere automatiquement.

Votre message a destination de <fabienne.roche@intradef.gouv.fr> a ete
rejete par la politique de securite de la messagerie du ministere des
Armees (piece jointe ou lien non autorise).

Objet : [#SUP-121406] Droits de gestion des commandes
Date  : 09/01/2025 11:02

Ne pas repondre a ce message.

This is an automatically generated message. Your message was rejected
by the security policy of the mail system.""",
  lab=("automated", False, None, None, None, True, "fr",
       "Plain-text bounce from the defence ministry's relay: no Auto-Submitted, no multipart/report; only the null Return-Path, MAILER-DAEMON sender and wording show it is automatic."))

M(frm=("Microsoft Outlook", "postmaster@developpement-durable.gouv.fr"), mailer=None, return_path="<>",
  subj="Non remis : [#SUP-122001] Facture reçue en double",
  hdr=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
  fmt="mime", ctype='multipart/report; report-type=delivery-status;\n boundary="_ndr_5d1e_"',
  body="""--_ndr_5d1e_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message n'a pas pu être remis à herve.lemonier@developpement-durable.gouv.fr
car l'adresse est introuvable. Vérifiez l'orthographe de l'adresse et
réessayez.

--_ndr_5d1e_
Content-Type: message/delivery-status

Reporting-MTA: dns;MRZP264MB0001.FRAP264.PROD.OUTLOOK.COM

Final-Recipient: rfc822;herve.lemonier@developpement-durable.gouv.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound

--_ndr_5d1e_--
""",
  lab=("automated", False, None, None, None, False, "fr",
       "Exchange non-delivery report in French ('Non remis :'), a misspelt recipient."))

M(frm=("Sophie Marchetti", "sophie.marchetti@ac-dijon.fr"), mailer=None,
  subj="Lu : [#SUP-118733] connexion impossible",
  fmt="mime", ctype='multipart/report; report-type=disposition-notification;\n boundary="----=_mdn_771"',
  body="""------=_mdn_771
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message

  À : Sophie Marchetti
  Objet : [#SUP-118733] connexion impossible

a été lu le 14/11/2024 08:12.

------=_mdn_771
Content-Type: message/disposition-notification

Reporting-UA: ac-dijon.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;sophie.marchetti@ac-dijon.fr
Disposition: manual-action/MDN-sent-manually; displayed

------=_mdn_771--
""",
  lab=("automated", False, None, "bourgogne-franche-comte", None, False, "fr",
       "Outlook read receipt ('Lu :'), disposition-notification; region from ac-dijon.fr."))

M(frm=("Réseau documentation - enseignement agricole", "lettre@reseau-doc-agri-example.fr"), mailer=None,
  subj="La lettre du réseau doc n°47 : e-sidoc, nouveautés de printemps",
  return_path="<bounce-47@reseau-doc-agri-example.fr>",
  hdr=[("List-Id", "Lettre du reseau doc agri <lettre.reseau-doc-agri-example.fr>"),
       ("List-Unsubscribe", "<https://reseau-doc-agri-example.fr/desinscription?u=5521>"),
       ("Precedence", "bulk")],
  fmt="alt", enc="qp",
  body="""La lettre du réseau documentation de l'enseignement agricole - n°47

Au sommaire :
- Les nouveautés e-sidoc du printemps : le portail s'enrichit d'une page
  « exploitation du lycée » ;
- Retour sur les journées des documentalistes à Dijon ;
- Fiche pratique : valoriser les productions des BTSA.

Vous recevez cette lettre car vous êtes inscrit à la liste de diffusion.
Se désinscrire : https://reseau-doc-agri-example.fr/desinscription?u=5521""",
  lab=("automated", False, None, None, "esidoc", False, "fr",
       "Network newsletter (List-Id, List-Unsubscribe, Precedence: bulk) about e-sidoc news."))

M(frm=("Lycée maritime - Portes ouvertes", "communication@lycee-maritime-example.fr"), mailer=None,
  subj="Portes ouvertes et Fête de la mer le 22 mars !",
  hdr=[("List-Unsubscribe", "<mailto:desinscription@lycee-maritime-example.fr>"),
       ("Precedence", "bulk"), ("X-Mailer", "Sendinblue")],
  fmt="html", enc="qp",
  body="""Venez découvrir nos formations !

Samedi 22 mars, de 9 h à 16 h : visite du simulateur de passerelle, du navire-école et des ateliers de mécanique marine. Démonstrations de sauvetage en mer à 11 h et 14 h.

Pour ne plus recevoir nos informations, répondez STOP.""",
  lab=("automated", False, None, None, None, False, "fr",
       "HTML mass mailing (Precedence: bulk, List-Unsubscribe) of a maritime lycée's open day."))

M(frm=("Espace Acheteur", "no-reply@espace-acheteur.example.fr"), mailer=None,
  subj="Un compte est en attente de validation",
  hdr=[("Auto-Submitted", "auto-generated")],
  body="""Bonjour,

Un utilisateur a demandé la création d'un compte pour la structure
LYCEE AGRICOLE DE LA SAUSSAYE (<<0281050>>) :
  Didier Leroux - didier.leroux@educagri.fr

Vous recevez ce message en tant qu'administrateur de structure par
défaut. Connectez-vous pour valider ou refuser la demande.

Ceci est un message automatique, merci de ne pas y répondre.""",
  lab=("automated", False, "0281050", "centre-val-de-loire", "espace_acheteur", True, "fr",
       "No-reply notification to the desk as default structure administrator; the UAI appears in the body, so it is given, but the mail is never answered."))

M(frm=("Mailinblack", "no-reply@mailinblack.example.com"), mailer=None,
  subj="Votre message à Chantal Ferrand est en attente",
  hdr=[("Auto-Submitted", "auto-replied")],
  fmt="alt", enc="qp",
  body="""Bonjour,

Vous avez envoyé un message à chantal.ferrand@educagri.fr. Ce
destinataire est protégé par Mailinblack.

Pour que votre message soit délivré, merci de confirmer que vous êtes un
humain en cliquant sur le lien ci-dessous :
https://challenge.mailinblack.example.com/v/8f2c91

Ce lien est valable 7 jours.""",
  lab=("automated", False, None, None, None, True, "fr",
       "The MailInBlack challenge itself, sent to the desk by a user's filter: machine mail, not a user asking for the MailInBlack guide. A person might click it, but the classifier must ignore it."))

M(frm=("DMARC Aggregate Report", "dmarcreport@microsoft.example.com"), mailer=None,
  subj="Report Domain: assistance.example.fr Submitter: protection.outlook.com Report-ID: 7d2c",
  fmt="mime", ctype='multipart/mixed; boundary="dmarc_b1"',
  body="""--dmarc_b1
Content-Type: text/plain; charset=us-ascii

This is a DMARC aggregate report from Microsoft Corporation.

--dmarc_b1
Content-Type: application/gzip; name="protection.outlook.com!assistance.example.fr!1736899200!1736985600.xml.gz"
Content-Disposition: attachment; filename="protection.outlook.com!assistance.example.fr!1736899200!1736985600.xml.gz"
Content-Transfer-Encoding: base64

H4sIAAAAAAAAA6tWKkktLlGyUlAqS8wpTVWqBQBSbH3XEQAAAA==

--dmarc_b1--
""",
  lab=("automated", False, None, None, None, False, "en",
       "DMARC aggregate report with a gzip attachment."))

M(frm=("Signature électronique", "ne-pas-repondre@esignature.example.fr"), mailer=None,
  subj="Document signé : Convention de mise à disposition - EPLEFPA Obernai",
  fmt="alt", enc="qp",
  body="""Bonjour,

Le document « Convention de mise à disposition des ressources
numériques - EPLEFPA Obernai-Erstein » a été signé par tous les
signataires.

Vous pouvez le télécharger depuis votre espace pendant 30 jours.

Cet e-mail a été envoyé automatiquement. Merci de ne pas y répondre.""",
  lab=("automated", False, None, None, "esignature", True, "fr",
       "E-signature 'completed' notification without Auto-Submitted or Precedence: only the no-reply sender and the wording show it is automatic."))

M(frm=("Portail d'assistance", "notifications@tickets.example.fr"), mailer=None,
  subj="[Ticket 48213] Mise à jour : transferts MFR Rignac",
  hdr=[("Auto-Submitted", "auto-generated"), ("X-Ticket-ID", "48213")],
  body="""Le ticket 48213 « transferts MFR Rignac » a été mis à jour par
l'éditeur.

Nouveau statut : en attente d'information

Consultez le ticket : https://tickets.example.fr/t/48213

Ce message est généré automatiquement.""",
  lab=("automated", False, None, None, "ticket_portal", False, "fr",
       "Ticket-portal notification on a ticket the desk opened with a supplier; Auto-Submitted: auto-generated."))

M(frm=("Anne Kerhervé", "anne.kerherve@developpement-durable.gouv.fr"), mailer=("X-Mailer", "Microsoft Outlook 16.0"),
  subj="Absente - campagne de pêche",
  body="""Bonjour,

J'accompagne les élèves de CAP matelot en campagne de pêche jusqu'au
3 mars et je ne lirai pas mes messages avant mon retour.

En cas d'urgence : secrétariat du lycée, 02 97 00 00 00.

Anne Kerhervé""",
  lab=("automated", False, None, None, None, True, "fr",
       "Out-of-office sent by a client-side rule: no Auto-Submitted or Precedence; only the wording shows it is automatic."))

M(frm=("Mail Delivery Subsystem", "MAILER-DAEMON@mx1.assistance.example.fr"), mailer=None, return_path="<>",
  subj="Delayed Mail (still being retried)",
  hdr=[("Auto-Submitted", "auto-replied")],
  fmt="mime", ctype='multipart/report; report-type=delivery-status;\n boundary="dly.5521/mx1"',
  body="""--dly.5521/mx1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<megan.tuilagi@lapo.nc>: connect to mx.lapo.nc[203.0.113.77]:25:
    Connection timed out

--dly.5521/mx1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.assistance.example.fr

Final-Recipient: rfc822; megan.tuilagi@lapo.nc
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.lapo.nc: Connection timed out

--dly.5521/mx1--
""",
  lab=("automated", False, None, None, None, False, "en",
       "Delay warning from the desk's own relay (Action: delayed) for a New Caledonia recipient: not a failure, still automatic."))

M(frm=("Nadia Ferrer", "nadia.ferrer@educagri.fr"), mailer=None,
  to="doc-agri@listes.reseau-doc-agri-example.fr",
  subj="[doc-agri] Mot de passe e-sidoc perdu : vous avez fait comment ?",
  hdr=[("List-Id", "Documentalistes enseignement agricole <doc-agri.listes.reseau-doc-agri-example.fr>"),
       ("Precedence", "list"), ("List-Post", "<mailto:doc-agri@listes.reseau-doc-agri-example.fr>"),
       ("Sender", "doc-agri-bounces@listes.reseau-doc-agri-example.fr")],
  body="""Bonjour à toutes et tous,

Petite question : l'une d'entre vous a-t-elle déjà dû récupérer le mot
de passe d'administration e-sidoc après un changement de direction ? Le
support demande un courrier du directeur d'EPL, mais le nôtre est en
arrêt. Comment avez-vous fait ?

Nadia, CDI de Fonlabour""",
  lab=("automated", False, None, None, "esidoc", True, "fr",
       "A librarian's real e-sidoc password question, but posted to a mailing list the desk subscribes to (List-Id, Precedence: list): not written to us, never answered."))

M(frm=("Centre de services Défense", "csd-noreply@intradef.gouv.fr"), mailer=None,
  subj="[CSD-2025-0041877] Votre demande a été enregistrée",
  hdr=[("Auto-Submitted", "auto-replied"), ("X-Loop", "csd@intradef.gouv.fr")],
  body="""Bonjour,

Votre demande a bien été enregistrée sous la référence
CSD-2025-0041877. Un technicien la prendra en charge dans les meilleurs
délais.

Merci de ne pas répondre à ce message.""",
  lab=("automated", False, None, None, None, False, "fr",
       "Another help desk's acknowledgement (Auto-Submitted, X-Loop): answering would start a mail loop."))

M(frm=("MFR de Rignac", "direction@mfr-aveyron-example.fr"), mailer=None,
  subj="Accusé de réception",
  hdr=[("X-Autoreply", "yes"), ("X-Autorespond", "Accusé de réception")],
  body="""Nous avons bien reçu votre message et vous en remercions. L'équipe de
la Maison familiale rurale vous répondra dans les meilleurs délais.

Horaires du secrétariat : du lundi au vendredi, 8 h 30 - 17 h.""",
  lab=("automated", False, None, None, None, True, "fr",
       "Host-provided autoresponder: only X-Autoreply / X-Autorespond, no Auto-Submitted."))

M(frm=("Secrétariat Prytanée", "ce.<<0721548>>@ac-nantes.fr"), mailer=None,
  subj="Réponse automatique : Droits Espace Acheteur",
  hdr=[("Auto-Submitted", "auto-replied")],
  body="""Le secrétariat de direction du Prytanée national militaire est fermé
du 21 décembre au 5 janvier. Les demandes de réinitialisation de mot de
passe, de droits d'accès ou de commandes seront traitées à la rentrée.""",
  lab=("automated", False, "0721548", "pays-de-la-loire", None, True, "fr",
       "Out-of-office of the school office (ce.<UAI> address) that mentions passwords and orders; Auto-Submitted present. UAI from the address."))

M(frm=("Microsoft Outlook", "postmaster@itcontract-example.co.uk"), mailer=None, return_path="<>",
  subj="Undeliverable: [#SUP-123870] Mailinblack settings",
  hdr=[("Auto-Submitted", "auto-replied")],
  fmt="mime", ctype='multipart/report; report-type=delivery-status;\n boundary="_ndr_en_01"',
  body="""--_ndr_en_01
Content-Type: text/plain; charset="us-ascii"

Your message to tom.whitfeld@itcontract-example.co.uk couldn't be
delivered. tom.whitfeld wasn't found at itcontract-example.co.uk.

--_ndr_en_01
Content-Type: message/delivery-status

Reporting-MTA: dns;LO2P265MB0001.GBRP265.PROD.OUTLOOK.COM

Final-Recipient: rfc822;tom.whitfeld@itcontract-example.co.uk
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipientNotFound

--_ndr_en_01--
""",
  lab=("automated", False, None, None, None, False, "en",
       "English Exchange Online non-delivery report ('Undeliverable:')."))
# ---------------------------------------------------------------- other
M(frm=("Stéphanie Caradec", "steph.caradec@free.fr"),
  subj="Admission lycée militaire",
  body="""Bonjour,

Mon fils est en 3e et voudrait entrer au lycée militaire de Saint-Cyr
l'an prochain. Nous sommes une famille de militaire. Pouvez-vous me dire
jusqu'à quand on peut déposer le dossier et s'il y a un concours ?

Merci beaucoup,
Stéphanie Caradec""",
  lab=("other", False, None, None, None, False, "fr",
       "A parent asking about admission to a military lycée: wrong address, unrelated."))

M(frm=("MarineTech Supplies", "sales@marinetech-supplies-example.com"), auth="softfail",
  subj="Best prices on life jackets and navigation gear for your training ships",
  fmt="html", enc="qp",
  body="""Dear Purchasing Manager,

We are a leading supplier of SOLAS-approved life jackets, EPIRBs and navigation electronics. Exclusive 40% discount for maritime schools this month only!

Reply to get our catalogue.

Best regards,
Kevin Zhang
MarineTech Supplies""",
  lab=("other", False, None, None, None, False, "en",
       "English commercial spam aimed at maritime schools."))

M(frm=("Ministère des Armées - Messagerie", "support@intradef-gouv-fr.com"), auth="fail",
  subj="Votre boîte intradef est pleine - action requise",
  fmt="html", enc="qp",
  body="""Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de son quota. Pour éviter la suppression de vos messages, confirmez votre identifiant et votre mot de passe dans les 24 heures :

https://intradef-gouv-fr.com/webmail/verification

Service messagerie du ministère des Armées""",
  lab=("other", False, None, None, None, True, "fr",
       "Phishing: 'mailbox full, confirm your password' from a look-alike domain; mentions a password but is not password_reset."))

M(frm=("Anghjula Santoni", "anghjula.santoni@ac-corse.fr"),
  subj="Re: [#SUP-119402] Mot de passe",
  hdr=[("In-Reply-To", "<SUP-119402.1731920000@assistance.example.fr>")],
  body="""Merci beaucoup, le nouveau mot de passe fonctionne, j'ai pu publier
les nouveautés du CDI. Bonne journée !

Anghjula

Le 18/11/2024 à 09:05, Assistance a écrit :
> Bonjour,
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
> enregistrée pour votre établissement. Il est valable 12 heures.
""",
  lab=("other", False, None, "corse", "esidoc", True, "fr",
       "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. Region from ac-corse.fr."))

M(frm=("Agathe Perrier", "agathe.perrier@educagri.fr"), mailer=("X-Mailer", "iPhone Mail (21G93)"),
  subj="Re: Cafeyn non visible",
  body="""Bien reçu, merci.

Envoyé de mon iPhone""",
  lab=("other", False, None, None, None, False, "fr",
       "'Bien reçu, merci' from a phone: nothing to do; educagri.fr is not académique."))

M(frm=("Boutique de l'exploitation", "boutique@lycee-agricole-example.fr"),
  subj="Colis de Noël de la ferme du lycée",
  body="""Bonjour,

Comme chaque année, les élèves de BTS vous proposent les colis de Noël
de la ferme du lycée : comté affiné 18 mois, saucisson, miel de
l'exploitation et jus de pomme. Commande avant le 10 décembre, retrait
sur place ou livraison dans le département.

Bon de commande sur simple demande.

Aurélien, pour l'équipe de l'exploitation""",
  lab=("other", False, None, None, None, False, "fr",
       "A lycée farm's Christmas produce offer sent by hand (no list headers): other, not automated."))

M(frm=("Klaus Bräuer", "k.braeuer@landwirtschaftsschule-example.de"),
  subj="Partnerschaft mit einem französischen Agrargymnasium",
  body="""Sehr geehrte Damen und Herren,

wir sind eine Landwirtschaftsschule in Bayern und suchen für ein
Erasmus+-Projekt eine Partnerschule in Frankreich (Schwerpunkt
Milchwirtschaft). Können Sie uns an die zuständige Stelle
weiterleiten?

Mit freundlichen Grüßen
Klaus Bräuer""",
  lab=("other", False, None, None, None, False, "de",
       "German: a Bavarian agricultural school looks for an Erasmus+ partner; unrelated to the services."))

M(frm=("Cofradía de Pescadores", "info@cofradia-pescadores-example.es"),
  subj="Prácticas para alumnos del liceo marítimo",
  body="""Buenos días:

Somos una cofradía de pescadores de Hondarribia. Nos gustaría acoger a
alumnos del liceo marítimo de Ciboure en prácticas a bordo durante la
costera del bonito. ¿Con quién debemos ponernos en contacto?

Un saludo,
Mikel Arrieta""",
  lab=("other", False, None, None, None, False, "es",
       "Spanish: a fishing association offers internships to a maritime lycée's pupils: wrong address."))

M(frm=("Hélène Marquis", "helene.marquis@laposte.net"),
  subj="Suppression de mes données personnelles",
  body="""Madame, Monsieur,

J'ai enseigné au lycée militaire d'Autun jusqu'en 2022 et j'avais un
compte sur vos services. Conformément au RGPD, je vous demande de
supprimer toutes les données me concernant et de me confirmer cette
suppression par écrit.

Hélène Marquis""",
  lab=("other", False, None, None, None, False, "fr",
       "GDPR erasure request from a former teacher: other (human review), not account_creation. No platform named."))

M(frm=("Gérard Husson", "gerard.husson@ac-nancy-metz.fr"),
  subj="Inadmissible",
  body="""Cela fait trois semaines que j'attends une réponse. Trois semaines !
Je vais en parler à ma hiérarchie. Ce service est inadmissible.

G. Husson""",
  lab=("other", False, None, "grand-est", None, False, "fr",
       "Angry complaint that says nothing about the topic: no category can be told. Region from ac-nancy-metz.fr."))

M(frm=("Loïc Brochard", "loic.brochard@developpement-durable.gouv.fr"),
  subj="Partager un ticket avec un collègue",
  body="""Bonjour,

Sur le portail de tickets, comment ajouter mon collègue gestionnaire à
un ticket que j'ai ouvert, pour qu'il puisse suivre et répondre ?

L. Brochard""",
  lab=("other", False, None, None, "ticket_portal", False, "fr",
       "How-to question on the ticket portal with no category of its own."))

M(frm=("Isabelle Fourcade", "isabelle.fourcade@educagri.fr"),
  subj="Replay du webinaire",
  body="""Bonjour,

Je n'ai pas pu assister au webinaire de présentation de l'Espace
Acheteur du 11 mars (conseil d'administration de l'EPL ce jour-là).
Existe-t-il un enregistrement ?

Isabelle Fourcade""",
  lab=("other", False, None, None, "espace_acheteur", False, "fr",
       "Asks for a webinar recording: other."))

M(frm=("Yves Le Gall", "yves.legall29@orange.fr"),
  attach=("CV_Yves_Le_Gall.pdf", "application/pdf"),
  subj="Candidature spontanée - enseignant en lycée maritime",
  body="""Madame, Monsieur,

Officier de la marine marchande (capitaine 3000) en reconversion, je
souhaiterais enseigner la navigation dans un lycée maritime. Je me
permets de vous adresser mon CV.

Respectueusement,
Yves Le Gall""",
  lab=("other", False, None, None, None, False, "fr",
       "Unsolicited job application with a CV."))

M(frm=("Claire Depardon", "claire.depardon@journal-agricole-example.fr"),
  subj="Demande d'interview - numérique dans les lycées agricoles",
  body="""Bonjour,

Journaliste pour un hebdomadaire agricole, je prépare un dossier sur le
numérique dans l'enseignement agricole. Serait-il possible d'échanger
vingt minutes avec un responsable de vos services ?

Claire Depardon""",
  lab=("other", False, None, None, None, False, "fr",
       "Press request: unrelated to support."))

M(frm=("Lucas Rouvière", "lucas.rouviere48@gmail.com"), mailer=("X-Mailer", "Samsung Mail"),
  subj="rapport de stage",
  fmt="alt", enc="b64",
  body="""Bonjour madame, voici mon rapport de stage sur l'exploitation ovine comme demandé. Désolé pour le retard. Lucas (1ère CGEA)""",
  attach=("rapport_stage_Lucas.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  lab=("other", False, None, None, None, False, "fr",
       "A pupil's internship report sent to the desk by address autocomplete."))

M(frm=("Cécile Abadie", "cecile.abadie@educagri.fr"),
  subj="Cataloguer l'herbier et la grainothèque ?",
  body="""Bonjour,

Le CDI du lycée agricole gère aussi un herbier pédagogique et une
grainothèque. Est-il possible de les cataloguer dans e-sidoc avec des
notices adaptées (espèce, date de récolte, parcelle) ? Existe-t-il un
modèle ?

Cécile Abadie""",
  lab=("other", False, None, None, "esidoc", False, "fr",
       "Functional question about cataloguing a herbarium in e-sidoc: no category of its own."))

M(frm=("Direction générale des Finances publiques", "recouvrement@dgfip-impots-gouv.info"), auth="fail",
  attach=("Avis_impaye_2025.html", "text/html"),
  subj="Avis de facture impayée - EPLEFPA",
  body="""Madame, Monsieur,

Sauf erreur de notre part, la facture n° 2025-44871 adressée à votre
établissement reste impayée. Sans règlement sous 48 heures, une
majoration de 10 % sera appliquée.

Consultez le détail dans la pièce jointe.

Service du recouvrement""",
  lab=("other", False, None, None, None, True, "fr",
       "Fake 'unpaid invoice' from a look-alike tax domain with an HTML attachment: phishing, not order_billing."))

M(frm=("Commandant Fabienne Roche", "fabienne.roche@intradef.gouv.fr"),
  subj="Code SMS de signature non reçu",
  body="""Bonjour,

Je dois signer électroniquement la convention de l'établissement, mais
le code de validation envoyé par SMS n'arrive pas sur mon téléphone de
service (les SMS de numéros courts sont bloqués sur nos portables
Défense). Peut-on signer autrement ?

Cdt Roche""",
  lab=("other", False, None, None, "esignature", True, "fr",
       "The e-signature SMS code is blocked on defence phones: not a no-reply mail (missing_noreply_mail is about e-mail) and not contract access; a person must find another way to sign."))

M(frm=("Gagnant Loterie", "notification@euro-gain-example.top"), auth="fail",
  subj="Félicitations ! Vous avez gagné 850 000 EUR",
  body="""Cher bénéficiaire,

Votre adresse électronique a été tirée au sort lors de notre loterie
internationale. Pour recevoir vos 850 000 EUR, envoyez-nous vos
coordonnées bancaires et une copie de votre pièce d'identité.

Maître Bernard Dupuis, notaire""",
  lab=("other", False, None, None, None, False, "fr",
       "French lottery scam."))


# Mails whose text names a date (quoted history, holidays, deadlines) get a
# sending date consistent with it; the others get a seeded random date.
WHEN = {
    "RE: [#SUP-118204] Mot de passe e-sidoc": "2024-11-13 08:41",
    "RE: [#SUP-120377] Mail d'activation non reçu": "2024-12-05 16:02",
    "Re: [#SUP-121955] Toujours pas de mail": "2025-01-09 11:17",
    "TR: Rapport de quarantaine": "2025-01-20 09:03",
    "Re: Demande écrite du chef d'établissement": "2025-01-17 13:48",
    "Re: Réinitialisation du mot de passe e-sidoc": "2025-02-03 15:10",
    "Abonnement toujours inactif après deux semaines": "2025-03-18 10:05",
    "TR: Relance facture impayée": "2025-01-21 09:30",
    "Re: [#SUP-123311] Document manquant": "2025-02-03 14:12",
    "Fwd: notes invisibles": "2025-02-07 08:20",
    "Re: [#SUP-119402] Mot de passe": "2024-11-18 14:02",
    "Undelivered Mail Returned to Sender": "2024-12-11 10:20",
    "Message rejete / Message rejected": "2025-01-09 11:03",
    "Lu : [#SUP-118733] connexion impossible": "2024-11-14 08:12",
    "Réponse automatique : [#SUP-119870] Votre demande": "2025-03-04 10:31",
    "Absente - campagne de pêche": "2025-02-24 15:47",
    "Réponse automatique : Droits Espace Acheteur": "2024-12-23 09:12",
    "Tr: activation compte": "2025-01-15 10:44",
    "Colis de Noël de la ferme du lycée": "2024-11-20 17:05",
    "Replay du webinaire": "2025-03-14 12:36",
    "Portes ouvertes et Fête de la mer le 22 mars !": "2025-03-03 10:00",
    "Nouvel administrateur Espace Acheteur - MFR de Pipriac": "2025-02-18 11:25",
    "Facture absente de Chorus Pro": "2024-12-16 14:40",
    "Panier disparu": "2025-02-10 09:55",
    "Out of office Re: Your support request": "2025-02-10 16:20",
    "Absence : Re: [#SUP-120114] Mot de passe": "2024-10-25 18:03",
    "Mot de passe e-sidoc - école maritime du Port": "2025-02-03 07:35",
    "Délégation de validation des commandes - lycée naval": "2024-09-16 10:10",
    "Renouvellement affiché comme expiré": "2024-09-10 08:50",
    "Partnerschaft mit einem französischen Agrargymnasium": "2024-10-08 13:30",
}


# ---------------------------------------------------------------- build and check
KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def main():
    rng = random.Random(SEED)
    order = list(range(len(MAILS)))
    rng.shuffle(order)
    labels = []
    for i, idx in enumerate(order, 1):
        rec = MAILS[idx]
        name = "h%03d.eml" % i
        data = build(rec, rng)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        cat, auto, u7, region, platform, hard, lang, notes = rec["lab"]
        labels.append({
            "file": name, "category": cat, "auto_reply_ok": auto,
            "uai": uai(u7) if u7 else None, "region": region, "platform": platform,
            "hard": hard, "lang": lang, "notes": expand(notes),
            "_sender": expand(rec["frm"][1]),
        })
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps({k: lab[k] for k in KEYS}, ensure_ascii=False) + "\n")
    check({lab["file"]: lab["_sender"] for lab in labels})


def check(senders):
    emls = sorted(f for f in os.listdir(HERE) if re.fullmatch(r"h\d{3}\.eml", f))
    assert len(emls) == 150, len(emls)
    assert emls == ["h%03d.eml" % i for i in range(1, 151)]
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh]
    assert len(labels) == 150
    assert [lab["file"] for lab in labels] == emls
    for lab in labels:
        assert list(lab.keys()) == KEYS, lab
        with open(os.path.join(HERE, lab["file"]), "rb") as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        assert msg["From"] and msg["Subject"] is not None and msg["Message-ID"] and msg["Date"], lab["file"]
        assert "support@assistance.example.fr" in str(msg["To"]) or msg["List-Id"], lab["file"]
        sender = msg["From"].addresses[0].addr_spec
        assert sender.lower() == senders[lab["file"]].lower(), (sender, lab["file"])
        # every text part decodes
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        assert lab["category"] in CATEGORIES, lab
        assert lab["platform"] in PLATFORMS, lab
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, lab
        if lab["uai"] is not None:
            assert uai_valid(lab["uai"]), lab
        assert lab["region"] == expected_region(lab["uai"], sender), (lab, expected_region(lab["uai"], sender))
        assert lab["lang"] in {"fr", "en", "de", "es"}
        assert lab["notes"]
    print("ok: %d mails checked" % len(labels))


if __name__ == "__main__":
    main()
