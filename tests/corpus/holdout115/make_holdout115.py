#!/usr/bin/env python3
"""Build the holdout115 blind test set: 150 hand-written support mails.

Theme: security-minded writers (IT staff, RSSI, data-protection officers)
worried about phishing, asking whether our mails and links are genuine,
reporting look-alike mails, asking about SPF / DKIM / DMARC, plus the
ordinary requests that the same schools send.

Every mail text below is written by hand.  The script only wraps each text in
realistic headers (sender relay, Authentication-Results, client headers,
plain / HTML-only / multipart-alternative, 8bit / quoted-printable / base64),
writes h001.eml .. h150.eml and labels.jsonl, then re-reads everything and
checks it.  Standard library only; deterministic (fixed seed).

Run:  python3 make_holdout115.py
"""
import base64
import datetime as dt
import email
import email.policy
import hashlib
import html
import json
import os
import quopri
import re
from email.header import Header
from email.utils import format_datetime
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 115
rng = random.Random(SEED)

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
# categories whose default action is never an automatic answer
NEVER_AUTO = {
    "head_of_establishment_request", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}

# regions.md, transcribed
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
DEPT_REGION = {}
DOMAIN_REGION = {}
for _slug, _deps, _doms in _REGION_TABLE:
    for _d in _deps.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _m in _doms.split():
        DOMAIN_REGION[_m] = _slug

TZ = {
    "guadeloupe": -4, "martinique": -4, "guyane": -3, "la-reunion": 4, "mayotte": 3,
}


def uai_ok(code):
    if not re.fullmatch(r"\d{7}[A-Z]", code or ""):
        return False
    return LETTERS[int(code[:7]) % 23] == code[7]


def expected_region(uai, sender):
    if uai:
        return DEPT_REGION.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower().rstrip(">")
    return DOMAIN_REGION.get(dom)


MAILS = []


def M(frm, subject, body, cat, auto, uai, region, platform, notes, hard=False, lang="fr", **opt):
    """Register one hand-written mail and its label."""
    MAILS.append(dict(frm=frm, subject=subject, body=body, cat=cat, auto=auto, uai=uai,
                      region=region, platform=platform, notes=notes, hard=hard, lang=lang, opt=opt))


# ---------------------------------------------------------------------------
# password_reset
# ---------------------------------------------------------------------------

M("Sandrine Morel <sandrine.morel@ac-grenoble.fr>", "Mot de passe e-sidoc",
"""Bonjour,

Je n'arrive plus à entrer dans l'administration de notre portail e-sidoc,
le mot de passe que j'avais noté est refusé. Notre identifiant est
0380906D (lycée Champollion, Grenoble).

Petite précision : notre DPO nous demande que ce genre de lien soit envoyé
sur l'adresse officielle de l'établissement plutôt que sur une adresse
personnelle. Si c'est possible, je préfère donc que vous passiez par
ce.0380906D@ac-grenoble.fr, je récupérerai le message au secrétariat.

Merci d'avance,
Sandrine Morel
Professeure documentaliste
""", "password_reset", True, "0380906D", "auvergne-rhone-alpes", "esidoc",
  "Ordinary lost e-sidoc password; the writer asks for the link on the official address, which is exactly the standard safe path.",
  client="thunderbird")

M("Kevin L <kevin.lbrt63@gmail.com>", "mdp",
"""bonjour j ai perdu le mdp du portail esidoc du college, rne 0630564W
merci

Envoyé de mon téléphone""", "password_reset", True, "0630564W", "auvergne-rhone-alpes", "esidoc",
  "One-liner from a phone, personal Gmail; UAI written as 'rne'.",
  client="android", enc="b64")

M("Rebecca Hall <r.hall@ecole-internationale-paris.fr>", "Forgotten password - library portal",
"""Hello,

I'm the librarian of the international section (school code 0752300T).
I have forgotten the password for the administration side of our e-sidoc
library portal. Could you please tell me how to reset it? The "forgot
password" page asks for an identifier and I am not sure which one to use.

Many thanks,
Rebecca Hall
Librarian, International Section
""", "password_reset", True, "0752300T", "ile-de-france", "esidoc",
  "English; forgotten e-sidoc password, unsure which identifier to use (it is the UAI).",
  lang="en", client="outlook", fmt="alt", enc="qp")

M("Thomas Garnier <t.garnier@lycee-marie-curie-sceaux.fr>", "Compte bloqué - e-sidoc 0920559H",
"""Bonjour,

Responsable informatique du lycée Marie Curie (Sceaux). Le compte
d'administration e-sidoc de l'établissement (0920559H) est verrouillé
depuis ce matin.

J'ai vérifié nos journaux avant de vous écrire, par acquit de conscience :
ce sont bien nos propres essais (la documentaliste a tapé l'ancien mot de
passe plusieurs fois), pas une tentative extérieure. Pouvez-vous
débloquer le compte ou nous envoyer un lien de réinitialisation ?

Cordialement,
Thomas Garnier
Service informatique
""", "password_reset", True, "0920559H", "ile-de-france", "esidoc",
  "Account locked after failed attempts; the security check mentioned is reassuring, the request is an ordinary unlock/reset.",
  client="outlook", fmt="alt", enc="qp", charset="windows-1252")

M("Nadia Bensaid <nadia.bensaid@ac-creteil.fr>", "Réinitialisation mot de passe - pas par mail SVP",
"""Bonjour,

J'ai oublié le mot de passe d'administration de notre portail e-sidoc
(collège Paul Éluard, UAI 0931470T).

Problème : notre messagerie d'établissement a été compromise la semaine
dernière (campagne d'hameçonnage, deux boîtes piratées dont celle du
secrétariat) et l'académie nous a demandé de ne plus recevoir de liens
sensibles par mail tant que l'enquête n'est pas close. Serait-il possible
que quelqu'un m'appelle au 01 48 XX XX 12 pour procéder autrement ?

Merci de votre compréhension,
Nadia Bensaid
Professeure documentaliste
""", "password_reset", False, "0931470T", "ile-de-france", "esidoc",
  "Lost password, but the school's mailboxes were compromised and the writer explicitly refuses a link by mail and wants a phone call: a person must handle it.",
  hard=True, client="zimbra")

M("Éric Chauvin <eric.chauvin@ac-creteil.fr>", "Lien de réinitialisation déjà utilisé ??",
"""Bonjour,

Troisième lien de réinitialisation demandé pour le compte e-sidoc du
lycée (0942348S) et à chaque fois, quand je clique, la page m'indique que
le lien a déjà été utilisé ou qu'il n'est plus valide. Je clique pourtant
dans la minute.

Notre collectivité a activé en septembre un filtrage qui « teste » tous
les liens des mails entrants avant de les livrer (réécriture des URL). Je
soupçonne que c'est lui qui consomme votre lien à usage unique avant moi.
Renvoyer un quatrième lien ne servira sans doute à rien : avez-vous une
autre solution ?

Éric Chauvin
Documentaliste - Lycée Louise Michel, Champigny
""", "password_reset", False, "0942348S", "ile-de-france", "esidoc",
  "Single-use reset links consumed by the school's link-scanning gateway; the standard 'new link' answer has already failed three times: a person must help.",
  hard=True, client="thunderbird", enc="qp")

M("Julie Ferrand <julie.ferrand@ac-versailles.fr>", "identifiant Espace Acheteur oublié",
"""Bonjour,

Je suis gestionnaire dans un collège des Yvelines et je ne retrouve plus
mon identifiant pour l'Espace Acheteur, ni mon mot de passe d'ailleurs.
La dernière commande date de l'an dernier.

Comment puis-je récupérer mes accès ?

Bonne journée,
Julie Ferrand
""", "password_reset", True, None, "ile-de-france", "espace_acheteur",
  "Forgotten Espace Acheteur login and password; no UAI, region from the ac-versailles.fr sender.",
  client="roundcube")

M("Intendance Lycée Montesquieu <intendance@lycee-montesquieu-bordeaux.fr>", "Accès Espace Acheteur - mot de passe expiré",
"""Bonjour,

Le mot de passe de notre compte Espace Acheteur a expiré et le site
me demande l'ancien pour en créer un nouveau ; je ne m'en souviens plus.

Établissement : lycée Montesquieu, UAI 0332915P.

Pouvez-vous m'aider ?

Cordialement,
Service intendance
""", "password_reset", True, "0332915P", "nouvelle-aquitaine", "espace_acheteur",
  "HTML-only Outlook; expired password, old one forgotten.",
  client="outlook", fmt="html", charset="windows-1252", enc="qp")

M("Camille Roux <camille.roux@ac-poitiers.fr>", "Nouvelle documentaliste - accès portail",
"""Bonjour,

J'arrive au collège Jean Rostand (0861490C) en remplacement de ma
collègue partie à la retraite. Je ne connais pas le mot de passe du
portail e-sidoc et personne ici ne l'a noté.

Pouvez-vous me dire comment obtenir un nouveau mot de passe ?

Merci,
Camille Roux
""", "password_reset", True, "0861490C", "nouvelle-aquitaine", "esidoc",
  "New librarian who never had the password.",
  client="thunderbird")

M("Bruno Delattre <bruno.delattre@ac-lille.fr>", "mot de passe e-sidoc - UAI 0591234X",
"""Bonjour,

Je ne parviens plus à me connecter à notre portail documentaire e-sidoc
(mot de passe refusé). Notre UAI : 0591234X.

Pouvez-vous m'envoyer la procédure de réinitialisation ?

Cordialement,
B. Delattre, documentaliste
""", "password_reset", True, None, "hauts-de-france", "esidoc",
  "UAI typed 0591234X: the check letter for 0591234 is W, so no valid UAI (probable typo); region from ac-lille.fr. The reset procedure itself still answers the question.",
  hard=True, client="zimbra")

M("Marie-Ange Santoni <marie-ange.santoni@ac-corse.fr>", "Mot de passe administrateur",
"""Bonjour,

Collège de Porto-Vecchio, UAI 6200858N. J'ai oublié le mot de passe
administrateur du portail e-sidoc. Pourriez-vous me renvoyer un lien ?

Merci beaucoup.
Marie-Ange Santoni
""", "password_reset", True, "6200858N", "corse", "esidoc",
  "Short, ordinary; Corse-du-Sud prefix 620.",
  client="apple")

M("Patrice Hoarau <patrice.hoarau@ac-reunion.fr>", "Mot de passe expiré portail CDI",
"""Bonjour,

Notre mot de passe du portail e-sidoc a expiré pendant les vacances
australes et je n'ai plus l'ancien. Lycée Roland Garros, 9742873E.

Merci de m'indiquer la marche à suivre.

Patrice Hoarau
Professeur documentaliste
""", "password_reset", True, "9742873E", "la-reunion", "esidoc",
  "Expired password, old one lost; Réunion time zone.",
  client="thunderbird", enc="qp")

M("Lucie Vandamme <lucie.vandamme@ac-lille.fr>", "RE: [Assistance] Réinitialisation de votre mot de passe",
"""Bonjour,

Merci pour votre réponse, mais le lien est parti sur l'adresse
ce.0621099H@ac-lille.fr et le secrétariat ne trouve rien, ni dans la
boîte de réception ni dans les indésirables. Ils ont cherché à deux.
Entre-temps je n'ai toujours pas accès au portail.

Quelqu'un peut-il regarder notre dossier ?

Lucie Vandamme

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 18 novembre 2024 09:02
À : Lucie Vandamme <lucie.vandamme@ac-lille.fr>
Objet : [Assistance] Réinitialisation de votre mot de passe

Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse officielle de
l'établissement (ce.06*****@ac-lille.fr). Il est valable 12 heures.
""", "password_reset", False, "0621099H", "hauts-de-france", "esidoc",
  "Reply after the automatic reset answer: the link to the official address was never found; the standard path failed, a person must look.",
  client="outlook", fmt="alt", enc="qp", charset="windows-1252",
  headers=[("In-Reply-To", "<auto-7731@assistance.example.fr>"), ("References", "<auto-7731@assistance.example.fr>")])

M("Daniel Price <dprice@buyers-consortium.example.org>", "Account locked",
"""Hi,

My Espace Acheteur account says it is locked after too many attempts. I
am the purchasing contact for our school group. Can you unlock it or send
me a password reset?

Thanks,
Dan
""", "password_reset", True, None, None, "espace_acheteur",
  "English; locked Espace Acheteur account; no UAI, non-academic sender.",
  lang="en", client="gmail")

M("Arnaud Lefebvre <arnaud.lefebvre@ac-amiens.fr>", "Lien expiré (vérifié, c'était bien vous)",
"""Bonjour,

J'ai bien reçu hier votre mail de réinitialisation pour le portail
e-sidoc du collège (0800776J). Avant de cliquer, j'ai vérifié l'en-tête :
signature DKIM valide sur votre domaine, SPF correct, lien vers votre
domaine habituel. Bref, il était légitime.

Le temps de faire ces vérifications et de consulter notre RSSI, le lien a
expiré. Pouvez-vous m'en envoyer un nouveau ? Je promets d'être plus
rapide.

Arnaud Lefebvre
""", "password_reset", True, "0800776J", "hauts-de-france", "esidoc",
  "Security-minded writer verified DKIM/SPF, but the request is simply a new link after expiry.",
  client="thunderbird")

M("Stéphanie Aubert <stephanie.aubert@ac-amiens.fr>", "Mot de passe + question sur un mail reçu",
"""Bonjour,

Deux choses :

1) J'ai perdu le mot de passe de l'administration e-sidoc du lycée
(0600850Y). Pouvez-vous me renvoyer un lien ?

2) Plusieurs collègues ont reçu ce matin un message intitulé
« Renouvellement de votre abonnement - action requise » qui renvoie vers
un site que je ne connais pas. Est-ce que cela vient de chez vous ? Je
préfère demander avant que quelqu'un ne clique.

Merci,
Stéphanie Aubert
""", "password_reset", False, "0600850Y", "hauts-de-france", "esidoc",
  "Two topics: lost password (first) and whether a suspicious renewal mail is genuine; a single template would answer half, and the phishing question needs a person.",
  hard=True, client="zimbra", enc="qp")

M("Anne Schaller <anne.schaller@ac-strasbourg.fr>", "e-sidoc : accès perdu",
"""Bonjour,

Après les vacances, impossible de me reconnecter au back-office e-sidoc
du collège Twinger (0672267A). J'ai dû changer le mot de passe avant l'été
et je ne l'ai pas reporté dans notre coffre-fort de mots de passe.

Merci de m'aider à le réinitialiser.

Anne Schaller
Documentaliste
""", "password_reset", True, "0672267A", "grand-est", "esidoc",
  "Ordinary forgotten password; quoted-printable Zimbra mail.",
  client="zimbra", enc="qp")

M("Secrétariat Collège Jean Macé <ce.0680991H@ac-strasbourg.fr>", "Demande de lien de réinitialisation",
"""Bonjour,

La documentaliste du collège n'a plus le mot de passe du portail e-sidoc.
Pourriez-vous envoyer le lien de réinitialisation sur cette adresse
(boîte officielle de l'établissement) ? Nous le lui transmettrons.

Bien cordialement,
Le secrétariat
""", "password_reset", True, "0680991H", "grand-est", "esidoc",
  "UAI only in the ce.<UAI> sender address; the secretariat asks for the link on the official address.",
  hard=True, client="roundcube")

M("Olivier Marchal <olivier.marchal@ac-nancy-metz.fr>", "mot de passe esidoc en clair svp",
"""Bonjour,

Pour gagner du temps, pouvez-vous m'envoyer directement le mot de passe
actuel du portail e-sidoc du lycée (UAI 0540682Y) sur ma boîte perso
olivier.marchal54@orange.fr ? Je n'ai pas accès à la boîte de
l'établissement depuis chez moi et les liens ne marchent jamais.

Merci,
Olivier
""", "password_reset", False, "0540682Y", "grand-est", "esidoc",
  "Asks for the password in clear to a personal address: must not be served automatically; a person refuses and explains the procedure.",
  hard=True, client="roundcube")

M("Gwenaëlle Le Goff <gwenaelle.le-goff@ac-rennes.fr>", "Mot de passe perdu après migration",
"""Bonjour,

Notre établissement a changé de gestionnaire de mots de passe cet été et
l'entrée « e-sidoc administration » n'a pas survécu à la migration.
Je n'ai donc plus le mot de passe du portail (lycée Chateaubriand,
0350161K).

Pouvez-vous m'envoyer un lien de réinitialisation ?

Merci,
Gwenaëlle
""", "password_reset", True, "0350161K", "bretagne", "esidoc",
  "Lost password after a password-manager migration; ordinary reset.",
  client="thunderbird", enc="qp")

M("Josiane Bellay <josiane.bellay@ac-guadeloupe.fr>", "Mot de passe e-sidoc oublié",
"""Bonjour,

Je suis la documentaliste du collège de Sainte-Rose (UAI 9712612M).
J'ai oublié mon mot de passe pour le portail e-sidoc. Pourriez-vous me
dire comment faire ?

Merci d'avance
Josiane Bellay
""", "password_reset", True, "9712612M", "guadeloupe", "esidoc",
  "Ordinary; Guadeloupe time zone.",
  client="outlook", fmt="alt", enc="qp")

M("Frédéric Kieffer <frederic.kieffer@ac-nancy-metz.fr>", "Réinitialisation de tous les comptes - incident de sécurité",
"""Bonjour,

Je suis l'assistant informatique (AED TICE) du lycée Robert Schuman de
Metz, UAI 0572688M.

Suite à une compromission de plusieurs postes de l'établissement (logiciel
espion détecté vendredi sur le poste du CDI et sur celui de
l'intendance), nous considérons que tous les mots de passe saisis sur ces
postes sont connus de l'attaquant. Nous devons donc changer le mot de
passe de l'administration e-sidoc ET celui de l'Espace Acheteur, et si
possible savoir s'il y a eu des connexions inhabituelles ces quinze
derniers jours.

Le chef d'établissement est informé. Merci de nous dire comment procéder
au plus vite.

Frédéric Kieffer
""", "password_reset", False, "0572688M", "grand-est", None,
  "Reset of several accounts after a security incident, plus a request for connection logs: special case for a person. Two products named, so no single platform.",
  hard=True, client="outlook", fmt="alt", enc="qp", charset="windows-1252")


# ---------------------------------------------------------------------------
# automated
# ---------------------------------------------------------------------------

M("Hélène Marchetti <helene.marchetti@ac-paris.fr>", "Réponse automatique : [Assistance] Votre demande",
"""Bonjour,

Je suis absente jusqu'au lundi 4 novembre inclus, sans accès à ma
messagerie. Pour toute urgence concernant le CDI, merci de vous adresser
à la vie scolaire.

Cordialement,
Hélène Marchetti
""", "automated", False, None, "ile-de-france", None,
  "Exchange out-of-office in French with Auto-Submitted and X-Auto-Response-Suppress; region from the ac-paris.fr sender.",
  client="outlook", headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

M("Mail Delivery System <MAILER-DAEMON@mx.lycee-vauban.fr>", "Undelivered Mail Returned to Sender", None,
  "automated", False, None, None, None,
  "Postfix bounce (multipart/report delivery-status) with a null Return-Path.",
  lang="en", client=None, return_path="<>", headers=[("Auto-Submitted", "auto-replied")],
  raw="""Content-Type: multipart/report; report-type=delivery-status;
 boundary="BND-vauban-7Qx2"

This is a MIME-encapsulated message.

--BND-vauban-7Qx2
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mx.lycee-vauban.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<m.perrin@lycee-vauban.fr>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1
    <m.perrin@lycee-vauban.fr>: Recipient address rejected: User unknown

--BND-vauban-7Qx2
Content-Type: message/delivery-status
Content-Description: Delivery report

Reporting-MTA: dns; mx.lycee-vauban.fr

Final-Recipient: rfc822; m.perrin@lycee-vauban.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--BND-vauban-7Qx2
Content-Type: text/rfc822-headers
Content-Description: Undelivered Message Headers

From: Assistance <support@assistance.example.fr>
To: m.perrin@lycee-vauban.fr
Subject: [Assistance] Votre demande a bien ete prise en compte

--BND-vauban-7Qx2--
""")

M("noreply-dmarc-support@google.com", "Report domain: assistance.example.fr Submitter: google.com Report-ID: 11548302776194402231", None,
  "automated", False, None, None, None,
  "DMARC aggregate report (zip) from Google to the desk's address.",
  lang="en", client=None,
  raw="""Content-Type: multipart/mixed; boundary="000000000000dmarc115g"

--000000000000dmarc115g
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes

This is an aggregate report from google.com.

--000000000000dmarc115g
Content-Type: application/zip;
 name="google.com!assistance.example.fr!1731369600!1731455999.zip"
Content-Disposition: attachment;
 filename="google.com!assistance.example.fr!1731369600!1731455999.zip"
Content-Transfer-Encoding: base64

UEsDBBQAAAAIAAAAIQBkbWFyYy14bWwtc2FtcGxlLWhvbGRvdXQxMTUAAABQSwECFAAUAAAACAAAACEA
ZG1hcmMteG1sLXNhbXBsZS1ob2xkb3V0MTE1UEsFBgAAAAABAAEAAAAAAAAAAAA=

--000000000000dmarc115g--
""")

M("DMARC Reports <noreply-dmarc@ac-rennes.fr>", "Rapport DMARC pour assistance.example.fr (ac-rennes.fr)", None,
  "automated", False, None, "bretagne", None,
  "Aggregate DMARC report (gzip XML) sent by the académie's mail system; region from the ac-rennes.fr sender.",
  client=None, headers=[("Auto-Submitted", "auto-generated")],
  raw="""Content-Type: multipart/mixed; boundary="=_dmarc_rennes_115"

--=_dmarc_rennes_115
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Rapport agrégé DMARC généré automatiquement par le relais de messagerie
de l'académie. Merci de ne pas répondre à ce message.

--=_dmarc_rennes_115
Content-Type: application/gzip; name="ac-rennes.fr!assistance.example.fr!1732060800!1732147199.xml.gz"
Content-Disposition: attachment; filename="ac-rennes.fr!assistance.example.fr!1732060800!1732147199.xml.gz"
Content-Transfer-Encoding: base64

H4sIAAAAAAAAA7Oxr8jNUShLLSrOzM+zUjDUM1BISs3JT0lVsFWKzi8pzkwD0QZ6BiaWRlYKGoFZiXmZmsFdTgDzKkdN
NgAAAA==

--=_dmarc_rennes_115--
""")

M("TLS Reports <tlsrpt-noreply@microsoft.com>", "Report Domain: assistance.example.fr Submitter: microsoft.com Report-ID: <133764@microsoft.com>", None,
  "automated", False, None, None, None,
  "SMTP TLS report (TLS-RPT, application/tlsrpt+gzip) from a large provider.",
  lang="en", client=None, headers=[("TLS-Report-Domain", "assistance.example.fr"), ("TLS-Report-Submitter", "microsoft.com")],
  raw="""Content-Type: multipart/report; report-type=tlsrpt; boundary="tlsrpt-b7d1"

--tlsrpt-b7d1
Content-Type: text/plain; charset=us-ascii

This is an aggregate TLS report from microsoft.com

--tlsrpt-b7d1
Content-Type: application/tlsrpt+gzip; name="microsoft.com!assistance.example.fr!20241112T000000Z!20241112T235959Z.json.gz"
Content-Disposition: attachment; filename="microsoft.com!assistance.example.fr!20241112T000000Z!20241112T235959Z.json.gz"
Content-Transfer-Encoding: base64

H4sIAAAAAAAAA6tWKkktLlGyUlAqS8wpTVWqBQBxHN/5EgAAAA==

--tlsrpt-b7d1--
""")

M("Pierre Cabanes <pierre.cabanes@ac-montpellier.fr>", "Message d'absence",
"""Je suis en formation (habilitation RSSI) du 12 au 14 novembre.
Je traiterai vos messages à mon retour.
En cas d'urgence informatique : assistance-dsi@ac-montpellier.fr
""", "automated", False, None, "occitanie", None,
  "Zimbra vacation reply ('auto-replied (zimbra; vacation)'); region from the sender domain.",
  client="zimbra", headers=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")])

M("Grace Okafor <grace.okafor@stmarys-exchange.example.org>", "Out of office: Re: Partner schools - access",
"""Thank you for your email. I am currently away on a school trip with no
access to email until Monday 25 November. For anything urgent please
contact the school office.

Kind regards,
Grace
""", "automated", False, None, None, None,
  "English Gmail vacation responder.",
  lang="en", client="gmail", headers=[("Auto-Submitted", "auto-replied")])

M("Passerelle de sécurité <quarantaine@filtrage.lycee-diderot.fr>", "[Quarantaine] Un message qui vous était destiné a été retenu",
"""Ce message est généré automatiquement par la passerelle de sécurité
de la messagerie du lycée Diderot.

Le message suivant a été retenu en quarantaine :

  Expéditeur  : support@assistance.example.fr
  Destinataire : cdi@lycee-diderot.fr
  Objet       : [Assistance] Votre demande a bien été enregistrée
  Motif       : lien vers un domaine récemment enregistré

Pour libérer ce message, connectez-vous à la console de quarantaine.
Ne répondez pas à ce message.
""", "automated", False, None, None, None,
  "A school's security gateway (not MailInBlack) notifies the desk that its own mail was quarantined: machine-generated, never answered.",
  client=None, headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")], return_path="<>")

M("DMARC failure reports <dmarc-ruf@mailsec.example.net>", "DMARC Failure Report for assistance.example.fr", None,
  "automated", False, None, None, None,
  "DMARC forensic (failure) report: a message spoofing our domain was sent from a foreign IP; machine-generated report, nothing to answer.",
  lang="en", client=None, headers=[("Auto-Submitted", "auto-generated")],
  raw="""Content-Type: multipart/report; report-type=feedback-report; boundary="ruf-115-a"

--ruf-115-a
Content-Type: text/plain; charset=us-ascii

This is an authentication failure report for an email message received
from IP 198.51.100.77 on Tue, 19 Nov 2024 03:14:09 +0000.

--ruf-115-a
Content-Type: message/feedback-report

Feedback-Type: auth-failure
User-Agent: mailsec-ruf/2.1
Version: 1
Original-Mail-From: <support@assistance.example.fr>
Arrival-Date: Tue, 19 Nov 2024 03:14:09 +0000
Source-IP: 198.51.100.77
Reported-Domain: assistance.example.fr
Auth-Failure: dmarc
Delivery-Result: reject

--ruf-115-a
Content-Type: text/rfc822-headers

From: "Assistance e-sidoc" <support@assistance.example.fr>
To: cdi@college-example.fr
Subject: Votre compte sera suspendu sous 24h
Date: Tue, 19 Nov 2024 04:14:02 +0100

--ruf-115-a--
""")

M("Yann Briand <yann.briand@ac-nantes.fr>", "Lu : [Assistance] Liste des expéditeurs à autoriser", None,
  "automated", False, None, "pays-de-la-loire", None,
  "Outlook read receipt ('Lu :'), multipart/report disposition-notification; region from ac-nantes.fr.",
  client="outlook",
  raw="""Content-Type: multipart/report; report-type=disposition-notification;
 boundary="----=_NextPart_RR_115"

------=_NextPart_RR_115
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message

  À : Yann Briand
  Objet : [Assistance] Liste des expéditeurs à autoriser
  Date : jeudi 14 novembre 2024 10:21:07 (UTC+01:00)

a été lu le jeudi 14 novembre 2024 10:48:51 (UTC+01:00).

------=_NextPart_RR_115
Content-Type: message/disposition-notification

Reporting-UA: ac-nantes.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;yann.briand@ac-nantes.fr
Original-Message-ID: <ticket-20241114-0921@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_RR_115--
""")

M("La Lettre Cyber Éducation <lettre@cyber-education.example.org>", "Lettre n°42 : hameçonnage, la rentrée des arnaques",
"""LA LETTRE CYBER ÉDUCATION - n°42 - novembre 2024

À la une : faux mails « mise à jour de votre compte » visant les
établissements scolaires. Comment reconnaître un expéditeur usurpé,
lire un en-tête, vérifier SPF et DKIM en trois clics.

Aussi dans ce numéro :
- Webinaire : sécuriser les comptes administrateurs des portails
- Fiche pratique : que faire si un agent a cliqué ?
- Agenda : Mois de la cybersécurité

Vous recevez cette lettre car vous y êtes inscrit.
Se désinscrire : https://cyber-education.example.org/desinscription
""", "automated", False, None, None, None,
  "Security newsletter with List-Id, List-Unsubscribe and Precedence: bulk, although it talks about phishing, SPF and DKIM.",
  client=None, fmt="alt", enc="qp",
  headers=[("List-Id", "Lettre Cyber Education <lettre.cyber-education.example.org>"),
           ("List-Unsubscribe", "<https://cyber-education.example.org/desinscription?u=8812>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])

M("Sébastien Roche <sebastien.roche@ac-toulouse.fr>", "[rssi-etab] Faux mails « assistance » qui circulent",
"""Bonjour à tous,

Pour info, plusieurs établissements de Haute-Garonne ont reçu hier un
faux message « Assistance e-sidoc : vérifiez votre compte avant
suppression » qui renvoie vers un formulaire de saisie d'identifiants.
L'expéditeur affiché ressemble à celui du vrai support mais le domaine
est différent. J'ai prévenu l'assistance officielle.

Ne cliquez pas, signalez.

Sébastien Roche
RSSI de circonscription
""", "automated", False, None, "occitanie", "esidoc",
  "Post to an académie security mailing list the desk is subscribed to (List-Id, Precedence: list): written by a person, but not to us; never answered. Region from the ac-toulouse.fr sender.",
  hard=True, client="thunderbird",
  headers=[("List-Id", "Reseau RSSI etablissements <rssi-etab.listes.ac-toulouse.fr>"), ("Precedence", "list"),
           ("List-Post", "<mailto:rssi-etab@listes.ac-toulouse.fr>"), ("Sender", "rssi-etab-bounces@listes.ac-toulouse.fr")])

M("Mail Delivery Subsystem <mailer-daemon@smtp.college-lamartine.fr>", "Mail delivery failed: returning message to sender",
"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  intendance@college-lamartine.fr
    host smtp.college-lamartine.fr [203.0.113.61]
    SMTP error from remote mail server after RCPT TO:<intendance@college-lamartine.fr>:
    550 mailbox unavailable

------ This is a copy of the message, including all the headers. ------

From: Assistance <support@assistance.example.fr>
To: intendance@college-lamartine.fr
Subject: [Assistance] Votre devis
""", "automated", False, None, None, None,
  "Exim bounce as plain text: no multipart/report, no Auto-Submitted; only the null Return-Path and the mailer-daemon sender show it.",
  hard=True, lang="en", client=None, return_path="<>")

M("Christophe Vidal <c.vidal@lycee-jean-jaures-carmaux.fr>", "Absence",
"""Bonjour,

Je suis actuellement en formation « sensibilisation à la cybersécurité »
et ne consulte pas mes mails. Je serai de retour le 9 décembre.

Pour les mots de passe et l'informatique du lycée, voir M. Bousquet.

Christophe Vidal
""", "automated", False, None, None, None,
  "Out-of-office sent by a client-side rule: no Auto-Submitted or Precedence; only the wording shows it is automatic. Mentions passwords.",
  hard=True, client="outlook", fmt="alt", enc="qp", charset="windows-1252")

M("Portail tickets <no-reply@tickets.assistance.example.fr>", "[Ticket #48213] Nouveau commentaire du fournisseur",
"""Bonjour,

Un nouveau commentaire a été ajouté au ticket #48213
« Signalement : faux domaine assistance-example-fr.com » :

  « Le bureau d'enregistrement a suspendu le domaine signalé. »

Consulter le ticket : https://tickets.assistance.example.fr/t/48213

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", "automated", False, None, None, "ticket_portal",
  "Ticket-portal notification (Auto-Submitted: auto-generated) about a phishing-domain takedown ticket.",
  client=None, headers=[("Auto-Submitted", "auto-generated")])

M("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@region-sud.example.fr>", "Undeliverable: [Assistance] Votre lien d'activation", None,
  "automated", False, None, None, None,
  "Exchange Online NDR: rejected by the recipient's DMARC policy (550 5.7.509). Security-flavoured, but a bounce.",
  hard=True, lang="en", client=None, return_path="<>", headers=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
  raw="""Content-Type: multipart/report; report-type=delivery-status;
 boundary="ndr_115_region_sud"

--ndr_115_region_sud
Content-Type: text/plain; charset="us-ascii"

Your message to cdi.lycee-thiers@region-sud.example.fr couldn't be delivered.

Access denied, sending domain assistance.example.fr does not pass DMARC
verification and has a DMARC policy of reject.

Remote Server returned '550 5.7.509 Access denied, sending domain
[ASSISTANCE.EXAMPLE.FR] does not pass DMARC verification'

--ndr_115_region_sud
Content-Type: message/delivery-status

Reporting-MTA: dns;PR0P264MB2541.FRAP264.PROD.OUTLOOK.COM

Final-recipient: RFC822; cdi.lycee-thiers@region-sud.example.fr
Action: failed
Status: 5.7.509
Diagnostic-Code: smtp;550 5.7.509 Access denied, sending domain does not pass DMARC verification

--ndr_115_region_sud--
""")

M("Assistance DANE <ne-pas-repondre@ac-bordeaux.fr>", "[DANE-12877] Accusé de réception de votre demande",
"""Bonjour,

Votre demande a bien été enregistrée sous la référence DANE-12877.
Un technicien la prendra en charge dans les meilleurs délais.

Merci de ne pas répondre à ce message automatique.

Plateforme d'assistance - Académie de Bordeaux
""", "automated", False, None, "nouvelle-aquitaine", None,
  "Another help desk's automatic acknowledgement (Auto-Submitted, X-Loop): answering would start a loop. Region from ac-bordeaux.fr.",
  client=None, headers=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance@ac-bordeaux.fr")])

M("Signature électronique <notifications@esign.assistance.example.fr>", "Document signé : Convention d'adhésion 2025 - Collège Lucie Aubrac",
"""Bonjour,

Toutes les parties ont signé le document « Convention d'adhésion 2025 -
Collège Lucie Aubrac ».

Vous pouvez télécharger le document signé et son certificat de preuve
depuis votre espace pendant 30 jours.

Ceci est un message automatique.
""", "automated", False, None, None, "esignature",
  "E-signature 'completed' notification without Auto-Submitted; the no-reply style sender and the wording show it is automatic.",
  hard=True, client=None, fmt="alt", enc="qp")

M("Mail Delivery System <MAILER-DAEMON@relay.assistance.example.fr>", "Delayed Mail (still being retried)", None,
  "automated", False, None, None, None,
  "Delay warning from our own relay (Action: delayed).",
  lang="en", client=None, return_path="<>", headers=[("Auto-Submitted", "auto-replied")],
  raw="""Content-Type: multipart/report; report-type=delivery-status;
 boundary="delay-115-relay"

--delay-115-relay
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<gestion@college-les-tilleuls.fr>: connect to mx.college-les-tilleuls.fr[203.0.113.90]:25:
    Connection timed out

--delay-115-relay
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.assistance.example.fr

Final-Recipient: rfc822; gestion@college-les-tilleuls.fr
Action: delayed
Status: 4.4.1
Will-Retry-Until: Mon, 25 Nov 2024 10:02:11 +0100 (CET)

--delay-115-relay--
""")

M("Mailinblack <digest@protect.mailinblack.example.com>", "Votre rapport quotidien : 3 messages en attente",
"""Bonjour support@assistance.example.fr,

Voici les messages reçus depuis votre dernier rapport et placés en
attente d'authentification de l'expéditeur :

  - newsletter@promo-fournitures.example.com  « -30% sur les classeurs »
  - no-reply@livraisons.example.net            « Votre colis est en route »
  - info@salon-educatif.example.org            « Invitation exposant »

Pour délivrer un message ou autoriser un expéditeur, ouvrez votre
espace Mailinblack.

Message automatique, merci de ne pas répondre.
""", "automated", False, None, None, None,
  "A MailInBlack quarantine digest addressed to the desk itself: machine-generated, names MailInBlack but asks nothing (not mailinblack_spam).",
  hard=True, client=None, fmt="html", enc="qp", headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])


# ---------------------------------------------------------------------------
# other (security questions, phishing reports, real phishing, unrelated)
# ---------------------------------------------------------------------------

M("Delphine Masson <dpo@lycee-saint-exupery-lyon.fr>", "TR: Votre compte va être désactivé - est-ce vous ?",
"""Bonjour,

Je suis la déléguée à la protection des données du lycée. Notre
documentaliste a reçu le message ci-dessous. L'expéditeur affiché est
« Assistance e-sidoc » mais l'adresse réelle est
securite@assistance-example-fr.com, et le lien pointe vers un site qui
n'est pas le vôtre. Pouvez-vous confirmer qu'il s'agit d'une tentative
d'hameçonnage ? Nous n'avons pas cliqué.

Delphine Masson
DPO

________________________________
De : Assistance e-sidoc <securite@assistance-example-fr.com>
Envoyé : mardi 12 novembre 2024 07:41
À : cdi@lycee-saint-exupery-lyon.fr
Objet : Votre compte va être désactivé

Cher utilisateur,
Suite à une mise à jour de sécurité, votre compte administrateur sera
désactivé sous 24 heures. Confirmez vos identifiants ici :
https://assistance-example-fr.com/verification
""", "other", False, None, None, "esidoc",
  "A DPO forwards a look-alike mail imitating e-sidoc and asks whether it is phishing: a security report for a person, not a password request. The report is about the e-sidoc account, hence the platform.",
  hard=True, client="outlook", fmt="alt", enc="qp", charset="windows-1252")

M("Mathieu Giraud <m.giraud@cite-scolaire-lurcat.fr>", "Enregistrements SPF / DKIM de vos envois",
"""Bonjour,

Nous allons passer notre politique DMARC en p=quarantine puis p=reject
sur le domaine de l'établissement et nous durcissons en même temps le
filtrage entrant. Avant de le faire, je voudrais m'assurer que vos
messages (notifications, liens d'activation) seront correctement
authentifiés.

Pouvez-vous me communiquer :
- le ou les domaines d'envoi (enveloppe et en-tête From) ;
- les sélecteurs DKIM utilisés ;
- si vous passez par un prestataire d'envoi tiers ?

Nous n'avons pas de problème de réception à ce jour, c'est préventif.

Merci,
Mathieu Giraud
Administrateur systèmes et réseaux
""", "other", False, None, None, None,
  "Preventive technical question about SPF/DKIM before tightening DMARC; no mail is missing and no anti-spam product named, so neither missing_noreply_mail nor mailinblack_spam.",
  hard=True, client="thunderbird")

M("Cellule RSSI académique <rssi@ac-versailles.fr>", "Signalement : campagne d'hameçonnage usurpant votre service",
"""Bonjour,

La cellule sécurité de l'académie de Versailles a relevé depuis ce matin
une campagne d'hameçonnage visant au moins 40 établissements de notre
ressort. Les messages imitent vos notifications (logo, signature) et
renvoient vers le domaine assistance-exemple.fr, enregistré il y a trois
jours.

Indicateurs :
- expéditeur d'enveloppe : bounce@mail.assistance-exemple.fr
- IP d'émission : 198.51.100.23
- URL : https://assistance-exemple.fr/connexion?etab=

Pourriez-vous (1) nous confirmer que ce domaine ne vous appartient pas,
(2) engager une demande de suspension auprès du bureau d'enregistrement,
(3) prévenir vos utilisateurs ? Nous diffusons de notre côté une alerte
aux chefs d'établissement.

Pour la cellule RSSI,
Karim Haddad
""", "other", False, None, "ile-de-france", None,
  "Académie security team reports a phishing campaign imitating the desk and asks for action: other, for a person. Region from ac-versailles.fr.",
  client="outlook", fmt="alt", enc="qp")

M("Assistance e-sidoc <support@assistance-esidoc-securite.com>", "Action requise : renouvelez votre abonnement avant suspension",
"""Cher(e) client(e),

Le paiement de votre abonnement annuel n'a pas pu être traité. Afin
d'éviter la suspension de votre portail documentaire et la perte de vos
notices, merci de mettre à jour vos informations de paiement sous 48h :

  https://assistance-esidoc-securite.com/paiement

L'équipe Assistance
""", "other", False, None, None, None,
  "Phishing itself, imitating our product from a look-alike domain with failing SPF/DMARC: other; no platform since it is not the real product.",
  hard=True, client=None, fmt="html", auth="fail", reply_to="facturation@assistance-esidoc-securite.com")

M("IT Service Desk <it-helpdesk@m365-mailbox-upgrade.example.com>", "Password expiry notice: action needed",
"""Dear user,

Your mailbox password expires today. To keep using your account without
interruption, confirm your current password on the secure portal below.

  Keep my password: https://m365-mailbox-upgrade.example.com/keep

Failure to do so will result in loss of incoming mail.

IT Service Desk
""", "other", False, None, None, None,
  "English mailbox-password phishing sent to the desk: mentions a password but is not password_reset.",
  lang="en", hard=True, client=None, fmt="html", auth="fail")

M("Linda Shaw <linda@rankboost-seo.example.com>", "Quick question about assistance.example.fr",
"""Hi there,

I was checking assistance.example.fr and noticed it does not rank for
several keywords in your niche. We helped 200+ companies reach page one
on Google within 90 days. Would you be open to a 15-minute call this week?

Best,
Linda
""", "other", False, None, None, None,
  "English SEO spam.",
  lang="en", client="gmail", auth="softfail")

M("Régis Fontaine <rgpd@college-saint-joseph-angers.fr>", "Questions RGPD - traitement des données du portail",
"""Bonjour,

Dans le cadre de la mise à jour de notre registre des traitements, je
dois documenter le portail documentaire que nous utilisons. Pourriez-vous
m'indiquer :

- où sont hébergées les données (pays, hébergeur) ;
- la durée de conservation des comptes lecteurs et de l'historique des
  prêts ;
- le contact de votre délégué à la protection des données ;
- si des sous-traitants ultérieurs ont accès aux données.

Je vous remercie par avance.

Régis Fontaine
Référent RGPD
""", "other", False, None, None, "esidoc",
  "A data-protection referent asks GDPR questions about hosting and retention: human answer, no category of its own (not contract_documents: no document is missing).",
  hard=True, client="outlook", fmt="html", enc="qp")

M("Émilie Charpentier <emilie.charpentier@ac-reims.fr>", "Mail de réinitialisation reçu sans l'avoir demandé",
"""Bonjour,

Ce matin à 6h12, j'ai reçu un mail de réinitialisation du mot de passe de
notre portail e-sidoc (lycée Clemenceau, UAI 0512938S). Je n'ai rien
demandé, et personne au lycée non plus à cette heure-là.

Le mail semble authentique (il vient de votre domaine). Je n'ai pas
cliqué. Est-ce que quelqu'un essaie de prendre la main sur notre compte ?
Pouvez-vous vérifier d'où venait la demande et me dire si je dois faire
quelque chose ?

Émilie Charpentier
""", "other", False, "0512938S", "grand-est", "esidoc",
  "Received a reset mail she never asked for and worries about an attack: a security question for a person, not a lost password.",
  hard=True, client="zimbra")

M("Laurent Picard <l.picard@lycee-condorcet-belfort.fr>", "Liens de vos mails réécrits vers un domaine de suivi",
"""Bonjour,

Notre passerelle de messagerie classe vos dernières notifications en
« suspect » : les liens affichés pointent vers votre site, mais l'URL
réelle passe par un domaine de suivi de clics (click.mailtrack-example.net).
C'est précisément ce que nous apprenons aux personnels à repérer comme
signe d'hameçonnage...

Est-ce voulu ? Pouvez-vous désactiver ce suivi pour vos messages
transactionnels ?

Cordialement,
Laurent Picard, RSI
""", "other", False, None, None, None,
  "Complaint and question about click-tracking links that look like phishing; the mails arrive, so it is not missing_noreply_mail.",
  hard=True, client="thunderbird", enc="qp")

M("Agnès Berthier <agnes.berthier@ac-dijon.fr>", "Ce mail d'activation est-il authentique ?",
"""Bonjour,

Je viens de recevoir un message « Activez votre compte » de
no-reply@assistance.example.fr. Je n'ai pas souvenir d'avoir créé de
compte, notre gestionnaire l'a peut-être fait pour moi. Notre référent
numérique nous a appris à vérifier avant de cliquer : pouvez-vous me
confirmer que ce message vient bien de vous et qu'un compte a bien été
demandé à mon nom ?

Merci,
Agnès Berthier
Collège Gaston Bachelard
""", "other", False, None, "bourgogne-franche-comte", None,
  "Asks whether a received activation mail is genuine and whether an account was requested for her: the mail did arrive; a person must check the account.",
  hard=True, client="roundcube")

M("Hugo Lemaire <hugo.lemaire@ac-lille.fr>", "Merci pour l'alerte",
"""Bonjour,

Merci pour votre message d'alerte sur les faux mails qui circulent. Nous
l'avons relayé à tous les personnels du collège. Deux collègues l'avaient
reçu, personne n'a cliqué.

Bonne journée,
Hugo Lemaire
""", "other", False, None, "hauts-de-france", None,
  "Thanks only: nothing is asked.",
  client="apple")

M("Nicolas Ribeiro <n.ribeiro@dsi.region-example.fr>", "Alignement DKIM de vos notifications",
"""Bonjour,

Je m'occupe de la messagerie des lycées pour la Région. En analysant nos
rapports DMARC, je constate que vos notifications passent SPF via votre
prestataire d'envoi, mais que la signature DKIM porte le domaine du
prestataire et non le vôtre : l'alignement DMARC ne tient donc que grâce
à SPF, ce qui casse dès qu'un message est transféré.

Serait-il possible de signer avec une clé sur votre propre domaine ?
C'est une demande d'amélioration, rien n'est bloqué pour l'instant.

Cordialement,
Nicolas Ribeiro
Pôle infrastructures - DSI
""", "other", False, None, None, None,
  "Technical improvement request about DKIM alignment; nothing is blocked, no product named.",
  hard=True, client="outlook", fmt="alt", enc="qp", charset="windows-1252")

M("Jonas Weber <jonas.weber@secresearch.example.de>", "Security vulnerability report - reflected XSS",
"""Hello,

I am an independent security researcher. While testing for a school
client, I found a reflected cross-site scripting issue on one of your
public pages (search parameter not encoded). I have not accessed any
data and will not publish anything before you have had time to fix it.

Could you tell me whom I should send the technical details to, and
whether you have a disclosure policy (security.txt)?

Regards,
Jonas Weber
""", "other", False, None, None, None,
  "English vulnerability disclosure: route to a person (security team), not a support category.",
  lang="en", client="thunderbird")

M("Clara Dumont <clara.dumont@phishsim-formation.example.fr>", "Sensibilisez vos équipes au phishing",
"""Bonjour,

Les établissements scolaires sont aujourd'hui la cible n°1 des campagnes
d'hameçonnage. Notre plateforme de simulation permet d'envoyer de faux
mails réalistes à vos utilisateurs et de mesurer leurs réactions.

Seriez-vous disponible pour une démonstration de 20 minutes ?

Clara Dumont
Chargée de développement
""", "other", False, None, None, None,
  "Cold sales pitch for phishing-simulation training, written to one address: other.",
  client="gmail")

M("Sophie Texier <sophie.texier@ac-nantes.fr>", "ce soir",
"""Coucou,

Je finis plus tard ce soir, tu peux récupérer Léa à la garderie ?
Bisous

Sophie
""", "other", False, None, "pays-de-la-loire", None,
  "Personal message sent to the desk by address autocomplete.",
  client="apple")

M("Marc Tessier <marc.tessier@ac-orleans-tours.fr>", "Vos liens raccourcis ressemblent à du phishing",
"""Bonjour,

Je me permets une remarque : votre dernier mail d'information contenait
un lien raccourci (bit.ly). Nous répétons aux collègues de ne jamais
cliquer sur ce genre de lien, et deux d'entre eux me l'ont signalé comme
suspect. Pourriez-vous utiliser des liens en clair vers votre domaine ?

Cordialement,
Marc Tessier
Référent numérique
""", "other", False, None, "centre-val-de-loire", None,
  "Feedback about shortened links in an information mail; nothing for a support category.",
  client="zimbra")

M("Cécile Navarro <cecile.navarro@lycee-mermoz-montpellier.fr>", "Documentation sécurité pour audit",
"""Bonjour,

Nous faisons l'objet d'un audit de sécurité commandé par la collectivité.
L'auditeur demande, pour chaque service en ligne utilisé par le lycée, un
document décrivant les mesures de sécurité (hébergement, chiffrement,
sauvegardes, certifications éventuelles type ISO 27001 ou HDS).

Avez-vous ce type de document à nous transmettre ?

Merci,
Cécile Navarro
Gestionnaire
""", "other", False, None, None, None,
  "Asks for security documentation for an audit: a person answers.",
  client="outlook", fmt="html", enc="b64")

M("Karine Lopez <karine.lopez.parent@free.fr>", "Données de ma fille au CDI",
"""Madame, Monsieur,

En application du RGPD, je souhaite connaître les données personnelles
concernant ma fille (élève de 4e au collège Henri Wallon) enregistrées
dans le logiciel du CDI, notamment l'historique de ses emprunts.

Merci de me les communiquer.

Karine Lopez
""", "other", False, None, None, "esidoc",
  "A parent's GDPR access request about borrowing history in the library software: human review.",
  client="gmail")

M("Didier Mangin <didier.mangin@ac-reims.fr>", "Re: Vérification de votre compte administrateur",
"""Bonjour,

Comme demandé dans votre message de ce matin, voici les informations
pour la vérification de notre compte :

Identifiant : 0101855M
Mot de passe : Cdi-Troyes2024!

Merci de ne pas désactiver le portail, nous avons des classes cette
semaine.

Didier Mangin
Collège Pithou

> De : Assistance Portail <verification@assistance-portail-edu.com>
> Objet : Vérification de votre compte administrateur
> Votre compte sera désactivé si vous ne répondez pas avec votre
> identifiant et votre mot de passe sous 24h.
""", "other", False, "0101855M", "grand-est", "esidoc",
  "A librarian answers a phishing mail (quoted, look-alike domain) with the portal credentials, believing it was us: a security incident for a person (the password must be changed), not an ordinary request.",
  hard=True, client="zimbra")

M("Chorus Pro <notification@chorus-pro-factures.example.net>", "Facture en attente de paiement n° FA-2024-11873",
"""Bonjour,

Une facture vous concernant est en attente de règlement depuis plus de
30 jours. Montant : 1 284,00 EUR.

Consultez la facture et les nouvelles coordonnées bancaires du
fournisseur : https://chorus-pro-factures.example.net/fa/11873

Sans paiement sous 5 jours, des pénalités seront appliquées.
""", "other", False, None, None, None,
  "Fake Chorus notification from a look-alike domain pushing new bank details: phishing, not order_billing.",
  hard=True, client=None, fmt="html", auth="fail")

M("Vincent Caron <vincent.caron@ac-caen.fr>", "Appel d'un soi-disant technicien de chez vous",
"""Bonjour,

Notre gestionnaire a reçu hier un appel d'une personne se présentant
comme « technicien de l'assistance », qui lui a demandé de lire à voix
haute le code reçu par mail pour « finaliser une mise à jour de
sécurité ». Elle a raccroché, heureusement.

Est-ce que vos équipes appellent les établissements de cette façon ? Si
non, je pense qu'il faudrait prévenir les autres écoles.

Vincent Caron
Professeur, référent numérique
""", "other", False, None, "normandie", None,
  "Report of a vishing attempt impersonating the desk; question for a person.",
  client="thunderbird")

M("Françoise Girard <f.girard@wanadoo.fr>", "désinscription",
"""Bonjour, je suis à la retraite depuis juin, merci de me retirer de
votre liste de diffusion. Cordialement. F. Girard""", "other", False, None, None, None,
  "Hand-written unsubscribe request: other, not automated.",
  client="android")

M("James Whitfield <j.whitfield@partner-academy.example.co.uk>", "ISO 27001 certificate request",
"""Dear Support team,

Our trust is reviewing all third-party services used by our partner
schools in France. Could you send us a copy of your ISO 27001
certificate (or equivalent), and confirm whether data is stored inside
the EU?

Best regards,
James Whitfield
Data Protection Lead
""", "other", False, None, None, None,
  "English; a data-protection lead asks for certification and data location: human answer.",
  lang="en", client="outlook", fmt="alt", enc="qp")

M("Guillaume Perrot <g.perrot@lycee-gustave-eiffel.fr>", "Adresses IP à ouvrir sur le pare-feu",
"""Bonjour,

Nous mettons en place une liste blanche sortante sur le pare-feu du
lycée (filtrage par destination). Quelles plages IP / noms d'hôtes
faut-il autoriser pour que le CDI puisse accéder au portail e-sidoc en
HTTPS ?

Merci,
Guillaume Perrot
Technicien informatique
""", "other", False, None, None, "esidoc",
  "Firewall question for web access to the portal: no mail problem and no data transfer, so no category of its own.",
  hard=True, client="thunderbird", enc="qp")

M("Martine Faure <martine.faure@ac-limoges.fr>", "Re: [Assistance] Votre demande",
"""Bien reçu, merci.

Envoyé de mon iPhone""", "other", False, None, "nouvelle-aquitaine", None,
  "'Bien reçu, merci' from a phone: nothing to do.",
  client="iphone", headers=[("In-Reply-To", "<ticket-53120@assistance.example.fr>")])

M("Bastien Royer <bastien.royer@ac-besancon.fr>", "Double authentification sur l'Espace Acheteur ?",
"""Bonjour,

Notre collectivité recommande d'activer la double authentification sur
tous les services qui permettent d'engager des dépenses. Est-ce que
l'Espace Acheteur propose une authentification à deux facteurs (code par
SMS ou application) ? Si oui, comment l'activer pour nos trois
comptes ?

Merci,
Bastien Royer
Adjoint gestionnaire
""", "other", False, None, "bourgogne-franche-comte", "espace_acheteur",
  "Question about two-factor authentication: not a lost password; a person answers.",
  hard=True, client="roundcube")

M("Paul Mercier <paul.mercier@college-les-chenes.fr>", "Certificat expiré sur le portail de tickets",
"""Bonjour,

Depuis ce matin, en ouvrant le portail de suivi des tickets, Firefox
affiche « Attention : risque probable de sécurité » (certificat expiré
le 30/11). Nos personnels ont pour consigne de ne jamais passer outre ce
type d'alerte, donc plus personne ne peut suivre ses demandes.

Pouvez-vous vérifier ?

Paul Mercier
""", "other", False, None, None, "ticket_portal",
  "Reports an expired TLS certificate on the ticket portal: an incident for staff, no matching category.",
  client="thunderbird")

M("Alain Barbier <alain.barbier@ac-aix-marseille.fr>", "TROISIÈME RELANCE",
"""Troisième relance. Toujours aucune réponse à ma demande. C'est
inadmissible pour un service payé avec l'argent public.

A. Barbier""", "other", False, None, "provence-alpes-cote-d-azur", None,
  "Angry reminder that says nothing about the topic: no category can be told.",
  client="roundcube")

M("Isabelle Renaud <isabelle.renaud@ac-normandie.fr>", "Changement de domaine : vraiment vous ?",
"""Bonjour,

Nous recevons depuis la rentrée vos messages depuis l'adresse
@assistance.example.fr alors qu'avant ils venaient d'un autre domaine.
Dans le contexte actuel (nous avons eu deux campagnes de phishing ce
trimestre), notre RSSI voudrait une confirmation officielle que ce
nouveau domaine est bien le vôtre, idéalement avec une page de votre
site qui l'annonce.

Merci,
Isabelle Renaud
Proviseure adjointe
""", "other", False, None, "normandie", None,
  "Wants confirmation that the desk's new sending domain is legitimate: other. Written by a deputy head, but asks for nothing to be done on an account.",
  hard=True, client="outlook", fmt="alt", enc="qp")

M("Service Achats Département <achats@departement-example.fr>", "Questionnaire cyber-assurance fournisseurs",
"""Bonjour,

Notre assureur nous demande de recenser les prestataires ayant accès à
des données de nos collèges et de leur faire remplir le questionnaire
joint (sauvegardes, authentification forte, plan de réponse à
incident). Merci de nous le retourner complété sous quinze jours.

Le service achats
""", "other", False, None, None, None,
  "A local authority asks the supplier to fill a cyber-insurance questionnaire: a person handles it.",
  client="outlook", fmt="html", enc="qp", attach=("Questionnaire_cyber_prestataires.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))

M("Hacker <h4ck3r.proof@mailbox-anon.example.net>", "Votre compte a été piraté",
"""Bonjour,

J'ai accès à votre appareil depuis plusieurs mois et j'ai enregistré des
vidéos de vous. Transférez 1200 EUR en Bitcoin à l'adresse ci-dessous
sous 48 heures ou je les envoie à tous vos contacts.

BTC : bc1q-exemple-adresse-factice
""", "other", False, None, None, None,
  "Sextortion spam.",
  client=None, auth="fail")

M("Yannick Le Bras <yannick.lebras@ac-rennes.fr>", "Compte de la documentaliste compromis - vérifier les accès",
"""Bonjour,

Je suis le correspondant sécurité du lycée de Quimper (UAI 0290927A).

La boîte académique de notre documentaliste a été compromise entre le 2
et le 5 décembre : l'attaquant a lu ses messages et a pu déclencher des
réinitialisations de mot de passe sur les services où cette adresse est
enregistrée. Le mot de passe de la messagerie est changé.

Pour votre service, pouvez-vous :
- vérifier s'il y a eu une réinitialisation ou des connexions anormales
  sur notre portail pendant cette période ;
- nous dire si des données ont pu être exportées ?

Nous devons documenter l'incident pour la CNIL sous 72 h.

Yannick Le Bras
""", "other", False, "0290927A", "bretagne", "esidoc",
  "Security incident: a compromised librarian mailbox; asks for access logs for a GDPR breach notification. Not a reset request: a person must investigate.",
  hard=True, client="thunderbird", enc="qp")


# ---------------------------------------------------------------------------
# missing_noreply_mail
# ---------------------------------------------------------------------------

M("Erwan Tanguy <erwan.tanguy@ac-rennes.fr>", "Mails d'activation non reçus - adresses d'envoi ?",
"""Bonjour,

Gestionnaire réseau au lycée de Lorient (UAI 0562250S). Nos deux
nouvelles collègues n'ont jamais reçu le mail d'activation de leur compte
Espace Acheteur. Rien dans nos journaux de passerelle, rien en
indésirables.

Pour que je puisse autoriser vos envois, pouvez-vous me donner l'adresse
exacte d'expédition de ces mails automatiques et le domaine utilisé ?

Erwan Tanguy
""", "missing_noreply_mail", True, "0562250S", "bretagne", "espace_acheteur",
  "IT asks for the exact no-reply sender to allow; activation mails never arrived; no anti-spam product named.",
  client="thunderbird")

M("Morgane Riou <morgane.riou@ac-rennes.fr>", "pas reçu le nouveau mot de passe",
"""Bonjour,

J'ai cliqué sur « mot de passe oublié » sur l'Espace Acheteur hier et ce
matin, mais le mail ne m'arrive pas. J'ai regardé dans les spams, rien.
Collège de Lamballe, 0221449F.

Merci
Morgane Riou
""", "missing_noreply_mail", True, "0221449F", "bretagne", "espace_acheteur",
  "The new-password mail never arrives; junk folder checked; no product named.",
  client="zimbra")

M("Oliver Grant <oliver.grant@bilingual-school-nice.example.fr>", "No activation email",
"""Hello,

I registered on the Espace Acheteur two days ago and I am still waiting
for the activation email. Nothing in junk either. Could you check
whether it was sent?

Oliver Grant
Bursar
""", "missing_noreply_mail", True, None, None, "espace_acheteur",
  "English; activation mail not received; non-academic sender.",
  lang="en", client="gmail", fmt="alt", enc="qp")

M("Fabien Collet <fabien.collet@lycee-hugo-besancon.fr>", "Plus aucun mail reçu depuis notre passage en DMARC strict",
"""Bonjour,

Depuis que nous avons durci notre filtrage entrant le 4 novembre (rejet
des messages qui échouent à SPF/DMARC), plus aucun de vos mails
automatiques n'arrive : ni réinitialisation, ni notifications. Dans nos
journaux je vois vos messages rejetés avec « SPF fail » : l'IP
d'émission n'est pas dans l'enregistrement SPF de votre domaine.

Il me semble que c'est de votre côté qu'il faut corriger l'enregistrement
SPF. Pouvez-vous faire vérifier par vos administrateurs ?

Fabien Collet
Administrateur réseau
""", "missing_noreply_mail", False, None, None, None,
  "No-reply mail stopped arriving after the school hardened inbound filtering; the admin's logs point to an SPF failure on our side. The junk-folder template would not serve: a technical check by a person is needed. No product named.",
  hard=True, client="thunderbird", enc="qp")

M("Aurélie Menard <aurelie.menard@ac-nantes.fr>", "Notifications « compte à valider » jamais reçues",
"""Bonjour,

Je suis administratrice de la structure sur l'Espace Acheteur pour le
lycée Livet (0442595G). Un collègue me dit qu'il attend la validation de
son compte depuis une semaine, mais je n'ai jamais reçu la notification
qui devrait me prévenir.

Pouvez-vous m'aider ?
Aurélie Menard
""", "missing_noreply_mail", True, "0442595G", "pays-de-la-loire", "espace_acheteur",
  "The structure administrator never receives 'account to validate' notifications.",
  client="outlook", fmt="alt", enc="qp", charset="windows-1252")

M("J. Maillard <jmaillard49@orange.fr>", "confirmation",
"""toujours pas recu le mail de confirmation pour l espace acheteur
depuis vendredi

Envoyé depuis mon mobile Orange""", "missing_noreply_mail", True, None, None, "espace_acheteur",
  "Very short mobile message: confirmation mail not received.",
  client="android", enc="b64")

M("Valérie Besson <valerie.besson@ac-nantes.fr>", "Lien de première connexion",
"""Bonjour,

Mon compte a été validé par l'administrateur de notre collège (UAI
0491112T), mais je n'ai jamais reçu le lien sécurisé pour ma première
connexion. J'ai vérifié les courriers indésirables.

Pouvez-vous le renvoyer ?

Valérie Besson
""", "missing_noreply_mail", True, "0491112T", "pays-de-la-loire", "espace_acheteur",
  "HTML-only Outlook; validated account but the secure first-login link never came.",
  client="outlook", fmt="html", enc="qp", charset="windows-1252")

M("Thierry Guillon <thierry.guillon@ac-nantes.fr>", "RE: [Assistance] Mail non reçu",
"""Bonjour,

J'ai suivi vos conseils : dossier indésirables vérifié, adresse
no-reply ajoutée aux contacts, nouvelle demande faite lundi. Nous sommes
jeudi et toujours rien. Pouvez-vous transmettre à notre région comme
indiqué dans votre message ?

Thierry Guillon
Collège Les Sables (0852724Z)

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 25 novembre 2024 08:47
Objet : [Assistance] Mail non reçu

Bonjour,
Vérifiez votre dossier de courriers indésirables et ajoutez l'adresse
d'envoi à vos expéditeurs autorisés. Sans réception sous 48 h, répondez
à ce message : votre demande sera transmise à votre région.
""", "missing_noreply_mail", False, "0852724Z", "pays-de-la-loire", "espace_acheteur",
  "Follow-up after the junk-folder template: still nothing after 48 h, asks to go to the region; the automatic answer was already given.",
  client="outlook", fmt="alt", enc="qp", charset="windows-1252",
  headers=[("In-Reply-To", "<auto-9120@assistance.example.fr>")])

M("Nathalie Poirier <nathalie.poirier@college-montaigne-perigueux.fr>", "Portail de tickets : mail de confirmation",
"""Bonjour,

J'ai voulu créer mon accès au portail de suivi des tickets pour suivre
nos demandes, mais le mail de confirmation qui permet de choisir un mot
de passe n'est jamais arrivé.

Merci de votre aide.
Nathalie Poirier
""", "missing_noreply_mail", True, None, None, "ticket_portal",
  "Ticket-portal confirmation mail never arrived.",
  client="thunderbird")

M("Rémi Hubert <remi.hubert@lycee-pasteur-lille.fr>", "Toujours aucun mail malgré la liste blanche",
"""Bonjour,

Nous filtrons nos mails avec une solution Vade. Suite à votre précédent
échange avec ma collègue, j'ai ajouté l'adresse no-reply et votre domaine
en liste blanche il y a une semaine, et relancé trois demandes de mot de
passe depuis. Aucun message n'apparaît dans nos journaux : ni reçu, ni
rejeté. J'ai l'impression qu'ils ne partent pas de chez vous.

Pouvez-vous vérifier vos journaux d'envoi ?

Rémi Hubert
Responsable informatique
""", "missing_noreply_mail", False, None, None, "espace_acheteur",
  "Allow-listing already done, nothing in the school's logs: the standard procedure was tried and failed; a person must check the sending logs. The filter product named is not MailInBlack.",
  hard=True, client="outlook", fmt="alt", enc="qp")

M("Caroline Blanc <caroline.blanc@ac-lyon.fr>", "Mails de réinitialisation en quarantaine Defender",
"""Bonjour,

Notre collectivité est passée sur Microsoft 365 et les mails de
réinitialisation de l'Espace Acheteur ne nous arrivent pas. Le service
informatique me dit qu'ils sont probablement retenus par Defender comme
« hameçonnage » à cause du lien qu'ils contiennent.

Que faut-il leur demander d'autoriser ?

Caroline Blanc
Lycée du Parc, 0690664X
""", "missing_noreply_mail", True, "0690664X", "auvergne-rhone-alpes", "espace_acheteur",
  "No-reply mail held by Microsoft Defender as phishing: the anti-spam named is not MailInBlack, so missing_noreply_mail; the allow-the-sender answer fits.",
  hard=True, client="outlook", fmt="html", enc="qp")

M("Pascal Lemoine <pascal.lemoine@ac-nantes.fr>", "alertes mises à jour des offres",
"""Bonjour,

Je me suis abonné aux alertes de mise à jour des offres sur l'Espace
Acheteur il y a un mois (lycée du Mans, 0721234A), je n'en ai jamais reçu
une seule. Normal ?

Pascal Lemoine
""", "missing_noreply_mail", True, "0721234A", "pays-de-la-loire", "espace_acheteur",
  "Offer-update alert notifications never received.",
  client="roundcube")

M("Sarah Klein <sarah.klein@lycee-europeen-strasbourg.example.fr>", "Activation emails not arriving - DKIM?",
"""Hi,

I'm the IT coordinator at our school. Staff who sign up for the Espace
Acheteur never get the activation email. Our mail gateway doesn't show
any rejection, so I'm not sure where they go. Could you tell me the exact
sender address so I can allow it, and whether your messages are DKIM
signed?

Thanks,
Sarah Klein
""", "missing_noreply_mail", True, None, None, "espace_acheteur",
  "English IT coordinator: activation mails not arriving; asks for the sender address (the template gives it).",
  lang="en", client="outlook", fmt="alt", enc="qp")

M("Jean-Luc Mérine <jean-luc.merine@ac-martinique.fr>", "Aucun mail de votre plateforme",
"""Bonjour,

Depuis la Martinique, nous ne recevons aucun mail automatique de
l'Espace Acheteur : ni confirmation, ni mot de passe. Lycée Schœlcher,
UAI 9721748T. Nous avons regardé les indésirables.

Avec le décalage horaire, merci de nous répondre par mail.

Jean-Luc Mérine
""", "missing_noreply_mail", True, "9721748T", "martinique", "espace_acheteur",
  "No no-reply mail at all; Martinique time zone.",
  client="thunderbird", enc="qp")

M("Hervé Lecomte <herve.lecomte@ac-normandie.fr>", "Changement d'adresse - plus de notifications",
"""Bonjour,

J'ai modifié l'adresse mail de mon compte Espace Acheteur la semaine
dernière (passage à mon adresse académique). Depuis, je ne reçois plus
aucune notification de commande.

Merci de me dire ce qu'il faut vérifier.

Hervé Lecomte
Gestionnaire
""", "missing_noreply_mail", True, None, "normandie", "espace_acheteur",
  "Notifications stopped after changing the account e-mail address; region from ac-normandie.fr.",
  client="zimbra")

M("Ousseni Abdallah <ousseni.abdallah@ac-mayotte.fr>", "mail mot de passe",
"""Bonjour,

Je demande un nouveau mot de passe sur l'Espace Acheteur mais le mail
n'arrive jamais. Collège de Dembéni, 9761922K.

Merci
""", "missing_noreply_mail", True, "9761922K", "mayotte", "espace_acheteur",
  "New-password mail never arrives; Mayotte time zone.",
  client="android", enc="b64")

M("Chantal Duval <chantal.duval@ac-normandie.fr>", "Mail d'activation : ma collègue l'a reçu, moi non",
"""Bonjour,

Nous nous sommes inscrites le même jour sur l'Espace Acheteur, ma
collègue et moi (lycée Malherbe, 0141054V). Elle a reçu le mail
d'activation, moi toujours pas, même dans les spams. Pouvez-vous le
renvoyer ?

Chantal Duval
""", "missing_noreply_mail", True, "0141054V", "normandie", "espace_acheteur",
  "Activation mail not received (a colleague got hers).",
  client="thunderbird")


# ---------------------------------------------------------------------------
# mailinblack_spam
# ---------------------------------------------------------------------------

M("Damien Lesage <damien.lesage@ac-normandie.fr>", "MailInBlack : expéditeurs à autoriser + SPF",
"""Bonjour,

Le lycée Jeanne d'Arc de Rouen (0761136X) utilise MailInBlack. Vos
mails d'activation restent bloqués en attente d'authentification. Quels
expéditeurs (adresses et domaines) dois-je mettre en liste blanche ? Par
sécurité je préfère autoriser une adresse précise plutôt que tout un
domaine, si c'est possible.

Damien Lesage
Technicien réseau
""", "mailinblack_spam", True, "0761136X", "normandie", "espace_acheteur",
  "IT asks which senders to allow-list in MailInBlack.",
  client="outlook", fmt="alt", enc="qp", charset="windows-1252")

M("Isabelle Fournier <isabelle.fournier@college-bellevue.fr>", "Défi MailInBlack",
"""Bonjour,

Notre anti-spam MailInBlack envoie un message « prouvez que vous êtes
humain » à votre adresse no-reply, qui évidemment ne peut pas répondre.
Du coup je ne reçois jamais le lien pour mon mot de passe.

Comment faire ?
Isabelle Fournier
""", "mailinblack_spam", True, None, None, "espace_acheteur",
  "MailInBlack challenge sent to the no-reply sender, which cannot answer.",
  client="thunderbird")

M("J-P Morin <jpmorin.gestion@laposte.net>", "mail in black bloque vos mail",
"""bjr
le mail in black du college bloque vos mail de confirmation, que faut il
faire ? merci""", "mailinblack_spam", True, None, None, None,
  "Product spelled 'mail in black', no platform named.",
  client="android")

M("Helen Carter <h.carter@bilingual-college.example.fr>", "Mailinblack quarantine",
"""Hello,

Our Mailinblack filter put your password reset emails in quarantine and
I cannot release them myself. What should our IT add to the allow list?

Kind regards,
Helen Carter
""", "mailinblack_spam", True, None, None, None,
  "English; Mailinblack quarantine holds the reset mails.",
  lang="en", client="outlook", fmt="alt", enc="qp")

M("Sylvie Masse <sylvie.masse@ac-grenoble.fr>", "Toujours bloqué par MailInBlack",
"""Bonjour,

J'ai cliqué sur « Autoriser » dans la notification MailInBlack pour
votre adresse, mais le mail suivant (nouveau mot de passe) est encore
parti en attente. Faut-il autoriser autre chose ?

Sylvie Masse
Lycée Vaucanson, 0380168B
""", "mailinblack_spam", True, "0380168B", "auvergne-rhone-alpes", "espace_acheteur",
  "Clicked 'Autoriser' in MailInBlack, later mails still held.",
  client="zimbra")

M("Laetitia Brun <laetitia.brun@ac-grenoble.fr>", "TR: Authentification de votre message - est-ce normal ?",
"""Bonjour,

Je vous transfère ce message reçu par notre informaticien. Il semble que
notre anti-spam ait mis votre adresse no-reply « en attente
d'authentification ». Est-ce que c'est bien un envoi de chez vous ? Et
que devons-nous autoriser pour recevoir le lien d'activation ?

Laetitia Brun
Collège de Chamonix

---------- Message transféré ----------
De : MailInBlack <noreply@protect.mailinblack.example.com>
Objet : Authentification de votre message

Le message de no-reply@assistance.example.fr à l.brun@college-chamonix.fr
est en attente. L'expéditeur doit s'authentifier pour que le message
soit délivré.
""", "mailinblack_spam", True, None, "auvergne-rhone-alpes", "espace_acheteur",
  "Forwards a MailInBlack authentication notice and asks whether it is genuine and what to allow: the MailInBlack guide answers both. Region from ac-grenoble.fr.",
  hard=True, client="thunderbird", enc="qp")

M("Marc Olivier <marc.olivier@ac-dijon.fr>", "MailInBlack + devis",
"""Bonjour,

1. Nos messages de réinitialisation sont bloqués par MailInBlack au
collège (0211614R). Que dois-je autoriser ?

2. J'aurais aussi besoin d'un devis pour le renouvellement de
l'abonnement, pour établir le bon d'engagement avant le 15 décembre.

Merci,
Marc Olivier, gestionnaire
""", "mailinblack_spam", False, "0211614R", "bourgogne-franche-comte", "espace_acheteur",
  "Two topics: MailInBlack blocking (first) and a quote request (order_billing); a single template would answer half.",
  hard=True, client="roundcube")

M("Florence Michaud <florence.michaud@lycee-victor-hugo.fr>", "Mails retenus - Mailinblack Protect",
"""Bonjour,

Depuis que le Département a déployé Mailinblack Protect dans les
collèges du Doubs, vos notifications ne nous arrivent plus. Collège
Victor Hugo, 0252353X. Pourriez-vous nous envoyer la procédure ?

Florence Michaud
""", "mailinblack_spam", True, "0252353X", "bourgogne-franche-comte", "espace_acheteur",
  "HTML-only Outlook; the local authority rolled out Mailinblack Protect.",
  client="outlook", fmt="html", enc="qp", charset="windows-1252")

M("Benoît Chevalier <benoit.chevalier@ac-besancon.fr>", "Captcha anti-robot sur vos mails",
"""Bonjour,

Depuis peu, quand vous nous écrivez, votre mail est retenu et un message
part vers votre adresse pour vous demander de cliquer et de recopier un
code pour prouver que vous n'êtes pas un robot. Évidemment votre
adresse automatique ne le fait pas. Je ne sais pas quel outil la
collectivité a installé.

Lycée Jules Haag, 0390885A.

Benoît Chevalier
""", "mailinblack_spam", False, "0390885A", "bourgogne-franche-comte", "espace_acheteur",
  "Sender-authentication challenge described without naming MailInBlack: likely mailinblack_spam, but the product is not confirmed, so a person should check before sending the guide.",
  hard=True, client="thunderbird")

M("Stéphane Royer <stephane.royer@ac-dijon.fr>", "MailInBlack classe vos mails en usurpation",
"""Bonjour,

Je suis RSSI pour les lycées de Saône-et-Loire. MailInBlack classe vos
mails en « usurpation d'identité probable » et les supprime, sans même
passer par la quarantaine : le domaine de la signature DKIM ne
correspond pas au domaine affiché dans le From. Autoriser l'expéditeur ne
suffit pas dans ce cas, l'anti-usurpation passe avant la liste blanche.

Pouvez-vous faire corriger la signature de vos envois, ou me dire avec
quel domaine DKIM vous signez pour que je crée une exception ?
Lycée Lamartine de Mâcon, 0712055Y.

Stéphane Royer
""", "mailinblack_spam", False, "0712055Y", "bourgogne-franche-comte", "espace_acheteur",
  "MailInBlack deletes our mails as spoofing because of DKIM misalignment; the writer says allow-listing does not help: needs a technical person, not the guide.",
  hard=True, client="outlook", fmt="alt", enc="qp", charset="windows-1252")

M("DSI Lycées <dsi-lycees@ac-orleans-tours.fr>", "Déploiement MailInBlack dans les lycées - liste blanche",
"""Bonjour,

Nous déployons MailInBlack sur l'ensemble des lycées de l'académie à
partir du 2 décembre. Afin d'éviter que vos messages (activation,
mot de passe) soient bloqués, pouvez-vous nous communiquer les
adresses et domaines d'expédition à inscrire en liste blanche ?

Cordialement,
La DSI
""", "mailinblack_spam", True, None, "centre-val-de-loire", "espace_acheteur",
  "An académie IT department asks for the allow-list before a MailInBlack roll-out; region from the ac-orleans-tours.fr sender.",
  client="outlook", fmt="alt", enc="qp")

M("Gilles Pottier <gilles.pottier@ac-orleans-tours.fr>", "MAILINBLACK",
"""MAILINBLACK bloque vos messages au collège (0452855J). Que faut-il
autoriser ? Merci.""", "mailinblack_spam", True, "0452855J", "centre-val-de-loire", None,
  "MAILINBLACK in capitals, one line; no platform.",
  client="iphone")

M("Rosine Clet <rosine.clet@ac-guyane.fr>", "Messages en quarantaine Mailinblack",
"""Bonjour,

Vos messages pour l'Espace Acheteur sont mis en quarantaine par
Mailinblack au lycée de Kourou (9732445V). Merci de nous dire quoi
autoriser.

Rosine Clet
""", "mailinblack_spam", True, "9732445V", "guyane", "espace_acheteur",
  "Mailinblack quarantine; Guyane time zone.",
  client="thunderbird")


# ---------------------------------------------------------------------------
# head_of_establishment_request
# ---------------------------------------------------------------------------

M("Principal Collège Anatole France <ce.0372958P@ac-orleans-tours.fr>", "Demande écrite du chef d'établissement - portail e-sidoc",
"""Madame, Monsieur,

Je soussigné, Bernard Lacroix, principal du collège Anatole France de
Tours (UAI 0372958P), vous demande de bien vouloir réinitialiser le mot
de passe administrateur de notre portail e-sidoc et de remplacer
l'adresse de contact du compte, qui est encore celle de notre ancienne
documentaliste partie en juillet, par l'adresse officielle de
l'établissement (celle-ci).

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

B. Lacroix
Principal
""", "head_of_establishment_request", False, "0372958P", "centre-val-de-loire", "esidoc",
  "Principal writes from the ce.<UAI> address (DKIM/SPF pass): reset plus change of contact address.",
  client="roundcube")

M("Proviseur Lycée Marguerite de Navarre <ce.0181502K@ac-orleans-tours.fr>", "URGENT changement administrateur",
"""Bonjour,

Je suis le proviseur. Changez immédiatement l'adresse du compte
administrateur Espace Acheteur pour gestion.lycee.bourges@gmail.com et
envoyez-y un nouveau mot de passe. Notre messagerie académique est hors
service suite à une attaque informatique.

Réponse attendue dans l'heure.

Le Proviseur
""", "head_of_establishment_request", False, "0181502K", "centre-val-de-loire", "espace_acheteur",
  "Claims to be the proviseur from the ce.<UAI> address but SPF/DMARC fail, Reply-To is a free-mail address, urgent tone: a probable spoof. Still a head-of-establishment request for the queue, where staff should refuse it.",
  hard=True, client="roundcube", auth="fail", reply_to="gestion.lycee.bourges@gmail.com")

M("Nicole Perrin <nicole.perrin@ac-lyon.fr>", "Désignation d'un nouvel administrateur de structure",
"""Bonjour,

En qualité de principale du collège Louis Armand de Bellegarde (UAI
0011372L), je désigne M. Julien Roussel, gestionnaire, comme nouvel
administrateur de notre structure sur l'Espace Acheteur, en remplacement
de Mme Dufour qui a quitté l'établissement. Je vous demande de fermer
les accès de Mme Dufour.

Nicole Perrin
Principale
""", "head_of_establishment_request", False, "0011372L", "auvergne-rhone-alpes", "espace_acheteur",
  "The principal designates a new structure administrator and asks to close the former one's access.",
  client="outlook", fmt="alt", enc="qp", charset="windows-1252")

M("Richard Moore <head@lycee-international-annecy.example.fr>", "Authorisation of order",
"""Dear Sir or Madam,

As head of the Lycée International (UAI 0740871V), I hereby authorise
our librarian, Ms Anna Berg, to validate the renewal order for our
library portal subscription on behalf of the school.

Yours faithfully,
Richard Moore
Head of School
""", "head_of_establishment_request", False, "0740871V", "auvergne-rhone-alpes", "esidoc",
  "English; the head authorises the librarian to validate the order.",
  lang="en", client="outlook", fmt="alt", enc="qp")

M("Martine Lagarde <martine.lagarde64@gmail.com>", "accord pour la réinitialisation",
"""Bonjour,

Je suis directrice de l'école élémentaire Les Lilas. Je donne mon
accord pour que le mot de passe du portail de la BCD soit réinitialisé,
comme demandé par notre enseignante référente.

Je vous écris de ma boîte personnelle car je n'ai pas accès à celle de
l'école ce soir.

Martine Lagarde""", "head_of_establishment_request", False, None, None, "esidoc",
  "A primary-school head gives her agreement from a personal Gmail address, no UAI: weak evidence for staff to verify.",
  hard=True, client="gmail")

M("Le Principal <ce.0172246Z@ac-poitiers.fr>", "Retrait des accès d'un ancien agent",
"""Madame, Monsieur,

Un agent du service intendance du collège (UAI 0172246Z) a été
suspendu de ses fonctions. Par précaution, je vous demande de retirer
immédiatement ses accès à l'Espace Acheteur, de réinitialiser le mot de
passe du compte administrateur et de remplacer l'adresse de contact par
celle de l'établissement.

Je reste joignable au secrétariat pour toute vérification.

Le Principal,
Henri Dufresne
""", "head_of_establishment_request", False, "0172246Z", "nouvelle-aquitaine", "espace_acheteur",
  "Head asks, from the official address, to revoke a suspended agent's access and reset the admin account: a sensitive request for staff approval.",
  client="outlook", fmt="alt", enc="qp", charset="windows-1252")

M("Jacques Vergne <ce.0242762X@ac-bordeaux.fr>", "Re: [Assistance] Demande du chef d'établissement requise",
"""Bonjour,

Suite à votre message, je confirme par écrit, en tant que principal du
collège de Sarlat (0242762X), ma demande de réinitialisation du mot de
passe d'administration e-sidoc. Le lien peut être envoyé sur cette
adresse.

J. Vergne

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "isabelle mas" <isabelle.mas@ac-bordeaux.fr>
Envoyé: Mardi 19 Novembre 2024 10:14:31
Objet: [Assistance] Demande du chef d'établissement requise

Bonjour,
L'adresse de votre demande n'est pas celle enregistrée pour
l'établissement. Le chef d'établissement doit en faire la demande
écrite.
""", "head_of_establishment_request", False, "0242762X", "nouvelle-aquitaine", "esidoc",
  "Reply (Zimbra 'Mail original' quote) in which the principal gives the written request asked for.",
  client="zimbra", enc="qp", headers=[("In-Reply-To", "<auto-8842@assistance.example.fr>")])

M("Secrétariat de direction <secretariat.direction@lycee-bellevue-albi.fr>", "Courrier du proviseur - changement d'administrateur",
"""Bonjour,

Veuillez trouver ci-joint le courrier signé de M. le Proviseur du lycée
Bellevue d'Albi (UAI 0810657Z) désignant la nouvelle administratrice de
notre compte e-sidoc, Mme Claire Azéma, et demandant la clôture du
compte de son prédécesseur.

M. le Proviseur est en copie de ce message.

Cordialement,
Le secrétariat de direction
""", "head_of_establishment_request", False, "0810657Z", "occitanie", "esidoc",
  "The head's signed letter (PDF) relayed by the secretariat with the head in copy: a head-of-establishment request for staff to check.",
  hard=True, client="outlook", fmt="alt", enc="qp", charset="windows-1252",
  headers=[("Cc", "proviseur@lycee-bellevue-albi.fr")],
  attach=("Courrier_proviseur_administrateur.pdf", "application/pdf"))

M("Claude Bessière <claude.bessiere@ac-toulouse.fr>", "Délégation pour la validation des commandes",
"""Bonjour,

Je soussigné Claude Bessière, principal du collège de Rodez (UAI
0122621J), délègue à Mme Sandrine Cassan, adjointe gestionnaire, la
validation des commandes passées sur l'Espace Acheteur pour
l'établissement, à compter de ce jour.

C. Bessière
""", "head_of_establishment_request", False, "0122621J", "occitanie", "espace_acheteur",
  "Written delegation: the head declares who may validate orders.",
  client="zimbra")

M("Proviseure Lycée Théophile Gautier <ce.0651461K@ac-toulouse.fr>", "Demande de réinitialisation - UAI 0651461A",
"""Madame, Monsieur,

En tant que proviseure du lycée Théophile Gautier de Tarbes, UAI
0651461A, je demande la réinitialisation du mot de passe du compte
d'administration de notre portail e-sidoc. Le lien peut être adressé à
la boîte officielle de l'établissement.

Cordialement,
Florence Abadie
Proviseure
""", "head_of_establishment_request", False, "0651461K", "occitanie", "esidoc",
  "The body gives 0651461A (wrong check letter) but the ce.0651461K@ac-toulouse.fr sender carries the valid UAI, which is the label.",
  hard=True, client="roundcube")

M("Principal Collège de Bastia <ce.7202537V@ac-corse.fr>", "Adresse de contact du compte administrateur",
"""Bonjour,

Principal du collège (UAI 7202537V), je vous demande de remplacer
l'adresse de contact du compte administrateur e-sidoc, actuellement une
adresse personnelle de notre documentaliste, par l'adresse officielle de
l'établissement, conformément aux consignes de sécurité de l'académie
(plus aucune adresse personnelle sur les comptes de service).

Merci de me confirmer la modification.

Paul-Antoine Ceccaldi
""", "head_of_establishment_request", False, "7202537V", "corse", "esidoc",
  "Head asks to replace a personal contact address with the official one, for security reasons; Haute-Corse prefix 720.",
  client="outlook", fmt="alt", enc="qp")

M("Laure Fontanel <laure.fontanel@ac-lyon.fr>", "Suspicion d'intrusion sur notre portail",
"""Madame, Monsieur,

Je suis la principale du collège Jules Vallès de Saint-Étienne (UAI
0422185X). Des notices injurieuses sont apparues hier soir sur notre
portail documentaire, créées avec le compte administrateur. Nous pensons
que le mot de passe a fuité.

Je vous demande, en tant que chef d'établissement, de réinitialiser ce
mot de passe, d'envoyer le lien à l'adresse officielle du collège et de
couper toutes les sessions ouvertes. Je souhaite aussi savoir depuis
quelle adresse IP ces notices ont été créées.

Laure Fontanel
Principale
""", "head_of_establishment_request", False, "0422185X", "auvergne-rhone-alpes", "esidoc",
  "HTML-only: the principal asks in writing for a reset and session revocation after a suspected intrusion, plus IP logs: head-of-establishment request, security-sensitive.",
  client="outlook", fmt="html", enc="qp", charset="windows-1252")

M("Direction Lycée Guez de Balzac <ce.0162430E@ac-poitiers.fr>", "Autorisation de commande",
"""Bonjour,

Le chef d'établissement autorise la commande de renouvellement de
l'abonnement Europresse passée par notre documentaliste, Mme Rivière, pour
un montant de 420 euros TTC. Le bon d'engagement suit par la
gestionnaire.

Pour le chef d'établissement et par délégation,
le secrétariat de direction
""", "head_of_establishment_request", False, "0162430E", "nouvelle-aquitaine", "esidoc",
  "Order authorisation sent from the official ce.<UAI> mailbox 'for the head and by delegation': still the establishment's written request for staff to approve.",
  hard=True, client="zimbra")


# ---------------------------------------------------------------------------
# order_billing
# ---------------------------------------------------------------------------

M("Agnès Caillaud <agnes.caillaud@ac-bordeaux.fr>", "Devis renouvellement - en PDF SVP",
"""Bonjour,

Pourriez-vous m'envoyer un devis pour le renouvellement de notre
abonnement e-sidoc (collège de Mont-de-Marsan, 0400174X) ?

Merci de l'envoyer en pièce jointe PDF : notre passerelle bloque
désormais les liens de téléchargement externes dans les mails.

Agnès Caillaud
Gestionnaire
""", "order_billing", False, "0400174X", "nouvelle-aquitaine", "esidoc",
  "Quote request for the renewal; the security remark only concerns the format.",
  client="zimbra")

M("Gérard Lemaître <gerard.lemaitre@ac-montpellier.fr>", "Changement de RIB : vérification",
"""Bonjour,

Nous avons reçu un courrier électronique nous informant d'un changement
de vos coordonnées bancaires, avec un nouveau RIB en pièce jointe, à
utiliser pour le paiement de la facture n° 2024-08817.

Avant tout paiement, et conformément à nos procédures anti-fraude, je
souhaite que vous me confirmiez par un autre canal que ce changement est
réel. Le message venait d'une adresse @assistance-example.com, ce qui
m'a paru étrange.

Lycée Joffre, 0341929M.

Gérard Lemaître
Adjoint gestionnaire
""", "order_billing", False, "0341929M", "occitanie", None,
  "Suspected bank-details fraud: the writer needs confirmation of the payment details before paying an invoice (payment means). Security-flavoured but the need is billing.",
  hard=True, client="thunderbird", enc="qp")

M("Service Intendance <intendance@lycee-kleber.fr>", "Facture absente de Chorus",
"""Bonjour,

Notre commande de ressources numériques a été validée le 8 octobre
(lycée Kléber, 0670311Z) mais la facture n'est toujours pas déposée sur
Chorus Pro. Pouvez-vous vérifier ?

Cordialement,
L'intendance
""", "order_billing", False, "0670311Z", "grand-est", "esidoc",
  "Invoice missing from Chorus weeks after validation.",
  client="outlook", fmt="html", enc="qp", charset="windows-1252")

M("Véronique Hamon <veronique.hamon@ac-rennes.fr>", "Panier disparu",
"""Bonjour,

J'avais préparé un panier avec toutes nos commandes de périodiques pour
2025 sur la boutique, et il a disparu. Faut-il tout refaire ?

Véronique Hamon
Lycée Bréquigny, 0352060Z
""", "order_billing", False, "0352060Z", "bretagne", "esidoc",
  "The saved basket disappeared.",
  client="thunderbird")

M("Peter Lindqvist <p.lindqvist@nordic-school-paris.example.fr>", "Invoice addressee",
"""Hello,

Could you please re-issue invoice INV-2024-3312 addressed to our
accounting department rather than to the library? Our finance office
will not pay an invoice addressed to an individual.

Thanks,
Peter Lindqvist
""", "order_billing", False, None, None, "esidoc",
  "English; asks to re-issue an invoice to another addressee.",
  lang="en", client="outlook", fmt="alt", enc="qp")

M("Annie Rolland <annie.rolland@ac-nice.fr>", "Montant facture différent du devis",
"""Bonjour,

La facture reçue (2024-09921) est de 612 euros alors que le devis
signé était de 548 euros. Collège de Vence, UAI 0062736S. Pouvez-vous
corriger ?

Annie Rolland
""", "order_billing", False, "0062736S", "provence-alpes-cote-d-azur", "esidoc",
  "Invoice amount differs from the signed quote.",
  client="roundcube")

M("Olivier Texier <olivier.texier@ac-aix-marseille.fr>", "Bon d'engagement refusé par votre site",
"""Bonjour,

Au moment de valider la commande, le dépôt du bon d'engagement échoue
avec « fichier refusé ». Notre PDF est généré par le logiciel comptable
et signé électroniquement, peut-être est-ce la signature qui pose
problème ? Je le joins.

Lycée Frédéric Mistral, 0840639N.

O. Texier
""", "order_billing", False, "0840639N", "provence-alpes-cote-d-azur", "esidoc",
  "The bon d'engagement upload fails at order validation; PDF attached.",
  client="thunderbird", attach=("BE_2024_117.pdf", "application/pdf"))

M("Mireille Fabre <mireille.fabre@ac-aix-marseille.fr>", "Paiement par mandat - RIB officiel",
"""Bonjour,

Pour payer votre facture par mandat administratif, notre agent comptable
exige un RIB sur papier à en-tête, signé, transmis par l'adresse
officielle de votre service comptable (et non un simple RIB en pièce
jointe, pour des raisons de prévention de la fraude).

Pouvez-vous nous le faire parvenir ? Collège de Marignane, 0131097X.

Mireille Fabre
""", "order_billing", False, "0131097X", "provence-alpes-cote-d-azur", None,
  "Payment-means request: an official signed RIB for a mandat administratif.",
  client="zimbra")


# ---------------------------------------------------------------------------
# account_creation
# ---------------------------------------------------------------------------

M("Florian Mallet <florian.mallet@college-saint-charles.fr>", "Créer un compte acheteur",
"""Bonjour,

Je viens d'être recruté comme gestionnaire dans un collège privé sous
contrat. Comment créer un compte sur l'Espace Acheteur ?

Florian Mallet
""", "account_creation", True, None, None, "espace_acheteur",
  "New buyer asks how to create an account: the sign-up answer fits.",
  client="thunderbird")

M("Sabrina Henry <sabrina.henry@ac-amiens.fr>", "Compte en attente",
"""Bonjour,

J'ai rempli le formulaire d'inscription à l'Espace Acheteur lundi, mais
je ne peux pas me connecter : le site indique que mon compte est en
attente de validation. Collège d'Abbeville, 0801662X.

Sabrina Henry
""", "account_creation", True, "0801662X", "hauts-de-france", "espace_acheteur",
  "Account waiting for the structure administrator's validation (FAQ case).",
  client="zimbra")

M("Romain Besnard <romain.besnard@ac-versailles.fr>", "Qui est l'administrateur de notre structure ?",
"""Bonjour,

Pour faire valider mon compte, on me dit de contacter l'administrateur
de la structure. Personne au lycée ne sait qui c'est. Pouvez-vous me
l'indiquer ? Lycée Hoche, 0781259V.

Romain Besnard
""", "account_creation", False, "0781259V", "ile-de-france", "espace_acheteur",
  "Asks who the structure's administrator is: needs a look-up, so a person answers.",
  client="outlook", fmt="alt", enc="qp")

M("Service informatique <informatique@lycee-camille-see.fr>", "Compte générique plutôt que nominatif ?",
"""Bonjour,

Pour des raisons de sécurité et de continuité de service, nous voudrions
que le compte Espace Acheteur du lycée soit rattaché à une adresse
fonctionnelle (intendance@) plutôt qu'à une personne, avec des comptes
nominatifs rattachés pour chaque agent. Est-ce possible, et comment
créer ces comptes ?

Service informatique
""", "account_creation", False, None, None, "espace_acheteur",
  "Asks how to organise account creation (functional plus nominative accounts): a person must answer the policy question.",
  hard=True, client="outlook", fmt="alt", enc="qp")

M("Élodie Garnier <elodie.garnier@ac-limoges.fr>", "Je n'ai pas perdu mon mot de passe",
"""Bonjour,

Votre outil me propose de réinitialiser mon mot de passe, mais je ne
l'ai pas perdu : je n'ai jamais eu de compte ! Je suis la nouvelle
gestionnaire du collège et je voudrais en créer un sur l'Espace
Acheteur.

Élodie Garnier
""", "account_creation", True, None, "nouvelle-aquitaine", "espace_acheteur",
  "Negation: she never had an account; account_creation, not password_reset. Region from ac-limoges.fr.",
  hard=True, client="roundcube")

M("Amelia Ross <amelia.ross@newschool-bordeaux.example.fr>", "New school - buyer account",
"""Hello,

We are a new bilingual school that opened in September near Bordeaux.
We'd like to buy through your purchasing platform. How can we get an
account, and are we eligible?

Amelia Ross
Administrator
""", "account_creation", False, None, None, "espace_acheteur",
  "English; a new school asks for an account and eligibility: a person must check.",
  lang="en", client="gmail")

M("Damien Pruvost <damien.pruvost@ac-lille.fr>", "Droits de commande",
"""Bonjour,

Mon compte Espace Acheteur fonctionne mais je ne vois que le catalogue :
je n'ai pas le droit de passer commande. Pouvez-vous ouvrir les droits ?
Collège de Douai, 0590156Z.

Damien Pruvost
""", "account_creation", False, "0590156Z", "hauts-de-france", "espace_acheteur",
  "Asks for order rights to be opened on a working account.",
  client="zimbra")

M("Corinne Leroy <corinne.leroy@ac-creteil.fr>", "Ouvrir le compte client avant commande",
"""Bonjour,

Je suis la nouvelle gestionnaire et nous souhaitons passer notre
première commande de ressources pour le CDI. Comment ouvrir le compte
client de l'établissement ?

Corinne Leroy
""", "account_creation", True, None, "ile-de-france", "esidoc",
  "HTML-only Outlook: opening the customer account before a first order. Region from ac-creteil.fr.",
  client="outlook", fmt="html", enc="qp", charset="windows-1252")


# ---------------------------------------------------------------------------
# subscription_activation
# ---------------------------------------------------------------------------

M("Béatrice Noël <beatrice.noel@ac-paris.fr>", "Abonnement pas encore visible",
"""Bonjour,

Nous avons commandé hier l'abonnement à Universalis pour le lycée
(0751819V) mais il n'apparaît pas encore dans nos ressources. Faut-il
faire quelque chose ?

Béatrice Noël
""", "subscription_activation", True, "0751819V", "ile-de-france", "esidoc",
  "Ordered yesterday, not visible: within the 72-hour window.",
  client="thunderbird")

M("Noémie Carré <noemie.carre@ac-versailles.fr>", "Publier Europresse sur le portail",
"""Bonjour,

Notre abonnement Europresse est actif mais je ne sais pas comment le
publier sur le portail pour que les élèves y accèdent. Lycée de Massy,
0911630C.

Merci
Noémie Carré
""", "subscription_activation", True, "0911630C", "ile-de-france", "esidoc",
  "How to publish an active resource on the portal.",
  client="zimbra")

M("Sébastien Vial <sebastien.vial@ac-grenoble.fr>", "Abonnement commandé il y a 12 jours",
"""Bonjour,

Nous avons commandé l'abonnement Cafeyn il y a douze jours (commande
validée le 4 novembre, collège de Montélimar, UAI 0690664X... non,
pardon, ça c'est le lycée de mon épouse : le nôtre est 0262660A).

Toujours rien dans « Mes abonnements ». Pouvez-vous regarder ?

Sébastien Vial
""", "subscription_activation", False, "0262660A", "auvergne-rhone-alpes", "esidoc",
  "Past the 72-hour rule (twelve days): a person must look at the order. Two UAIs; the writer corrects himself and 0262660A is his.",
  hard=True, client="thunderbird")

M("Roger Dumas <roger.dumas@ac-clermont.fr>", "Disponibilité de l'abonnement",
"""Bonjour,

Principal du collège de Riom (0630564W), je souhaitais savoir quand
l'abonnement commandé avant-hier par notre documentaliste sera
disponible pour les élèves.

Roger Dumas
Principal
""", "subscription_activation", True, "0630564W", "auvergne-rhone-alpes", "esidoc",
  "Written by the principal, but he only asks when the subscription will be available: not a head-of-establishment request.",
  hard=True, client="outlook", fmt="alt", enc="qp")

M("Hélène Guérin <helene.guerin@ac-nantes.fr>", "Ressource non publiée",
"""Bonjour,

Je n'ai pas oublié mon mot de passe, je me connecte très bien ! Mais la
ressource Lumni Enseignement commandée mardi n'est pas publiée pour les
élèves sur notre portail. Lycée d'Angers, 0490636A.

Hélène Guérin
""", "subscription_activation", True, "0490636A", "pays-de-la-loire", "esidoc",
  "Negation: password is fine; the resource is not yet published.",
  hard=True, client="roundcube")

M("Emma Clarke <emma.clarke@ac-strasbourg.fr>", "Subscription not active",
"""Hi, we ordered the subscription yesterday but it isn't active yet on
our portal. Is that normal? Thanks, Emma""", "subscription_activation", True, None, "grand-est", "esidoc",
  "English, short; ordered yesterday. Region from ac-strasbourg.fr.",
  lang="en", client="iphone")

M("Denise Marty <denise.marty@ac-bordeaux.fr>", "Renouvellement toujours « expiré »",
"""Bonjour,

Nous avons renouvelé notre abonnement hier (collège d'Agen, 0471632U)
mais « Mes abonnements » l'affiche toujours comme expiré. Faut-il
attendre ?

Denise Marty
""", "subscription_activation", True, "0471632U", "nouvelle-aquitaine", "esidoc",
  "Renewed yesterday, still shown as expired.",
  client="zimbra")

M("Louis Fabre <louis.fabre@ac-montpellier.fr>", "Ressource non visible et lien vers un domaine inconnu",
"""Bonjour,

La ressource commandée la semaine dernière n'est toujours pas visible
pour les élèves. En plus, en testant le lien d'accès depuis le back
office, j'arrive sur un domaine que je ne connais pas
(sso-ressources-edu.example.net) qui demande de s'identifier. Avant de
publier quoi que ce soit pour les élèves, je voudrais être sûr que cette
redirection est normale et que ce n'est pas un détournement.

Lycée Alphonse Daudet de Nîmes, 0300687J.

Louis Fabre
""", "subscription_activation", False, "0300687J", "occitanie", "esidoc",
  "Subscription not visible after a week (beyond 72 h) and a security doubt about the access redirection: a person must answer.",
  hard=True, client="thunderbird", enc="qp")


# ---------------------------------------------------------------------------
# transfer_incident
# ---------------------------------------------------------------------------

M("Cyril Baron <cyril.baron@ecole-sainte-marie-lyon.fr>", "EDR qui bloque Charlemagne Outils",
"""Bonjour,

Depuis le déploiement de notre nouvel EDR lundi, l'exécutable
Outils.exe est mis en quarantaine dès son lancement et les transferts
vers EcoleDirecte ne partent plus. Avant d'ajouter une exclusion, je
voudrais connaître la liste exacte des exécutables et des dossiers à
exclure, et si vos binaires sont signés (éditeur du certificat ?).

Cyril Baron
Responsable informatique
""", "transfer_incident", False, None, None, "ecoledirecte",
  "EDR quarantines the transfer tool, transfers stopped; asks which binaries to exclude.",
  client="outlook", fmt="alt", enc="qp", charset="windows-1252")

M("Marion Leclerc <m.leclerc@institution-saint-joseph.fr>", "Nouveau proxy : transferts en échec",
"""Bonjour,

Nous avons mis en place un proxy avec inspection TLS. Depuis, le
diagnostic de transfert EcoleDirecte échoue sur le test de connexion
(erreur de certificat). Quels noms d'hôtes faut-il exclure de
l'inspection ?

UAI 0595...  enfin je ne l'ai pas sous la main, institution Saint-Joseph.

Marion Leclerc
""", "transfer_incident", False, None, None, "ecoledirecte",
  "TLS-inspecting proxy breaks the transfer connection test; a truncated UAI cannot be used.",
  hard=True, client="thunderbird")

M("Thibault Arnaud <thibault.arnaud@lycee-prive-la-salle.fr>", "Licence à régénérer",
"""Bonjour,

Nous avons migré le serveur Charlemagne sur une nouvelle machine (ancien
serveur chiffré par un rançongiciel, restauré depuis sauvegarde). Au
démarrage : « Licence invalide ». Pouvez-vous régénérer notre licence ?
Les transferts sont arrêtés.

Thibault Arnaud
""", "transfer_incident", False, None, None, "ecoledirecte",
  "Licence to regenerate after a server migration following ransomware.",
  client="outlook", fmt="html", enc="qp", charset="windows-1252")

M("Gaëlle Marchand <g.marchand@college-prive-saint-pierre.fr>", "mot de passe de maintenance du jour",
"""Bonjour,

Pouvez-vous me communiquer le mot de passe de maintenance du jour ? Je
dois relancer la réindexation de la base pour débloquer les transferts.

Merci,
Gaëlle Marchand""", "transfer_incident", False, None, None, "ecoledirecte",
  "Daily maintenance password: transfer_incident per the taxonomy, not password_reset.",
  hard=True, client="gmail")

M("Franck Hoareau <f.hoareau@college-prive-saint-michel.example.re>", "Transferts EcoleDirecte bloqués depuis 3 jours",
"""Bonjour,

Le dernier transfert vers EcoleDirecte date de vendredi. Les parents ne
voient plus les absences. Nous avons changé le mot de passe du compte
Windows qui exécute la tâche planifiée (politique de rotation imposée
par notre prestataire sécurité), c'est peut-être lié ?

Franck Hoareau
""", "transfer_incident", False, None, None, "ecoledirecte",
  "Transfers stopped for three days, perhaps after a service-account password rotation.",
  client="thunderbird", enc="qp")


# ---------------------------------------------------------------------------
# contract_documents
# ---------------------------------------------------------------------------

M("Odile Perret <odile.perret@ac-lyon.fr>", "Annexe RGPD de la convention introuvable",
"""Bonjour,

Je suis DPO mutualisée pour plusieurs collèges du Rhône. Je dois
archiver l'annexe « protection des données » (clauses de sous-traitance
article 28) de la convention d'adhésion, mais elle n'apparaît pas dans
« Mes Marchés » sur l'Espace Acheteur : seule la convention est
téléchargeable.

Pouvez-vous la mettre à disposition ?

Odile Perret
""", "contract_documents", False, None, "auvergne-rhone-alpes", "espace_acheteur",
  "A DPO cannot find the GDPR annex of the convention among the market documents. Region from ac-lyon.fr.",
  hard=True, client="thunderbird")

M("Bernard Colin <bernard.colin@ac-nancy-metz.fr>", "Avenant n°3 manquant",
"""Bonjour,

L'avenant n°3 du marché 2022-041 (ressources numériques) n'est pas
visible dans les documents du marché sur l'Espace Acheteur. Lycée de
Thionville, 0571778Y.

Bernard Colin
""", "contract_documents", False, "0571778Y", "grand-est", "espace_acheteur",
  "An amendment is missing from the market documents.",
  client="zimbra")

M("Nadège Simon <nadege.simon@ac-lille.fr>", "CCTP du marché fournitures",
"""Bonjour,

Je ne trouve pas le CCTP du marché de fournitures de bureau 2024-015
dans « Mes Marchés ». Le lien mène à une page vide. Collège d'Arras,
0622767W.

Nadège Simon
""", "contract_documents", False, "0622767W", "hauts-de-france", "espace_acheteur",
  "Technical specifications (CCTP) of a market not found.",
  client="outlook", fmt="alt", enc="qp")

M("Pierre-Yves Le Gall <py.legall@ac-rennes.fr>", "Conventions invisibles depuis la nouvelle plateforme",
"""Bonjour,

Sur l'ancienne plateforme, je voyais les conventions de notre lycée
(0291482D). Depuis la bascule sur le nouvel Espace Acheteur, la rubrique
est vide. Est-ce un problème de droits ?

Pierre-Yves Le Gall
""", "contract_documents", False, "0291482D", "bretagne", "espace_acheteur",
  "Conventions visible on the old platform, not on the new one; may be a rights issue (close to account_creation).",
  hard=True, client="thunderbird")


# ---------------------------------------------------------------------------
# wrapping: headers, MIME structure, transfer encodings
# ---------------------------------------------------------------------------

from email.utils import formataddr  # noqa: E402

FRANCE_SUMMER_END = dt.date(2024, 10, 27)
FRANCE_SUMMER_START = dt.date(2025, 3, 30)

CLIENTS = {
    "thunderbird": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")],
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR")],
    "gmail": [],
    "apple": [("X-Mailer", "Apple Mail (2.3776.700.51)")],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "roundcube": [("User-Agent", "Roundcube Webmail/1.6.9")],
    "zimbra": [("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF132 (Win)/9.0.0_GA_4583)"), ("Thread-Topic", None)],
    "android": [("X-Mailer", "Outlook for Android")],
    None: [],
}


def parse_from(frm):
    m = re.fullmatch(r"\s*(.*?)\s*<([^>]+)>\s*", frm)
    if m:
        return m.group(1), m.group(2)
    return "", frm.strip()


def pick_date(region):
    day = dt.date(2024, 9, 2) + dt.timedelta(days=rng.randrange(0, 150))
    while day.weekday() == 6 and rng.random() < 0.8:
        day += dt.timedelta(days=1)
    hour = rng.choice([7, 8, 8, 9, 9, 10, 10, 11, 13, 14, 14, 15, 16, 17, 18, 21, 23])
    if region in TZ:
        off = TZ[region]
    else:
        off = 2 if (day < FRANCE_SUMMER_END or day >= FRANCE_SUMMER_START) else 1
    tz = dt.timezone(dt.timedelta(hours=off))
    return dt.datetime(day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60), tzinfo=tz)


def html_from_text(text, client):
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        lines = [html.escape(x) for x in p.split("\n")]
        if client == "outlook":
            out.append('<p class="MsoNormal">' + "<br>\n".join(lines) + "<o:p></o:p></p>")
        else:
            out.append("<div>" + "<br>\n".join(lines) + "</div><div><br></div>")
    if client == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="FR" style="word-wrap:break-word">\n<div class="WordSection1">\n'
                + "\n".join(out) + "\n</div>\n</body>\n</html>\n")
    return ('<html><head><meta charset="%CHARSET%"></head><body>\n<div dir="ltr">\n'
            + "\n".join(out) + "\n</div>\n</body></html>\n")


def encode_part(ctype, text, charset, enc):
    text = text.replace("%CHARSET%", charset)
    try:
        raw = text.encode(charset)
    except UnicodeEncodeError:
        charset, raw = "utf-8", text.encode("utf-8")
    if all(b < 128 for b in raw) and enc == "8bit":
        enc = "7bit"
    if enc == "qp":
        payload = quopri.encodestring(raw.replace(b"\n", b"\r\n")).decode("ascii").replace("\r\n", "\n")
    elif enc == "b64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        payload = raw.decode(charset)
    cte = {"qp": "quoted-printable", "b64": "base64"}.get(enc, enc)
    extra = "; format=flowed" if (ctype == "text/plain" and enc in ("8bit", "7bit") and rng.random() < 0.4) else ""
    return ('Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s\n\n%s'
            % (ctype, charset, extra, cte, payload if payload.endswith("\n") else payload + "\n"))


def fake_attachment(name, ctype):
    seed = hashlib.sha256(name.encode()).digest()
    if ctype == "application/pdf":
        data = b"%PDF-1.4\n% holdout115 placeholder\n1 0 obj << /Type /Catalog >> endobj\n" + seed + b"\n%%EOF\n"
    else:
        data = b"PK\x03\x04" + seed * 4
    return ('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
            "Content-Transfer-Encoding: base64\n\n%s" % (ctype, name, name, base64.encodebytes(data).decode("ascii")))


def render(m, idx):
    o = m["opt"]
    name, addr = parse_from(m["frm"])
    domain = addr.rsplit("@", 1)[1].lower()
    client = o.get("client", None)
    when = pick_date(m["region"])
    hdrs = []
    hdrs.append(("Return-Path", o.get("return_path", "<%s>" % addr)))
    hdrs.append(("Delivered-To", "support@assistance.example.fr"))
    ip = "%s.%d" % (rng.choice(["203.0.113", "198.51.100", "192.0.2"]), rng.randrange(2, 250))
    if client == "gmail" or domain == "gmail.com":
        relay = "mail-wr1-f%d.google.com" % rng.randrange(40, 70)
    elif client == "outlook" and not domain.startswith("ac-"):
        relay = "PAUP264CU%03d.outbound.protection.outlook.com" % rng.randrange(1, 20)
    else:
        relay = "smtp%d.%s" % (rng.randrange(1, 6), domain)
    qid = "".join(rng.choice("0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjkmnpqrstvwxyz") for _ in range(15))
    recv_time = when + dt.timedelta(seconds=rng.randrange(2, 40))
    d = recv_time.date()
    paris = 2 if (d < FRANCE_SUMMER_END or d >= FRANCE_SUMMER_START) else 1
    recv_time = recv_time.astimezone(dt.timezone(dt.timedelta(hours=paris)))
    hdrs.append(("Received", "from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n"
                 "\tfor <support@assistance.example.fr>; %s" % (relay, relay, ip, qid, format_datetime(recv_time))))
    auth = o.get("auth", "pass")
    if o.get("return_path") == "<>":
        ar = "dkim=none;\n\tspf=pass smtp.helo=%s;\n\tdmarc=none" % relay
    elif auth == "fail":
        ar = ("dkim=none;\n\tspf=fail smtp.mailfrom=%s;\n\tdmarc=fail (p=quarantine dis=none) header.from=%s"
              % (domain, domain))
    elif auth == "softfail":
        ar = "dkim=none;\n\tspf=softfail smtp.mailfrom=%s;\n\tdmarc=none header.from=%s" % (domain, domain)
    else:
        ar = ("dkim=pass (2048-bit key) header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n"
              "\tdmarc=pass (p=none dis=none) header.from=%s" % (domain, domain, domain))
    hdrs.append(("Authentication-Results", "mx1.assistance.example.fr;\n\t" + ar))
    hdrs.append(("From", formataddr((name, addr), charset="utf-8") if name else addr))
    hdrs.append(("To", rng.choice(["support@assistance.example.fr", "Assistance <support@assistance.example.fr>",
                                    "support@assistance.example.fr"])))
    subj = m["subject"]
    hdrs.append(("Subject", subj if subj.isascii() else Header(subj, "utf-8").encode()))
    if client == "outlook":
        hdrs.append(("Date", format_datetime(when.astimezone(dt.timezone.utc)).replace("-0000", "+0000")))
    else:
        hdrs.append(("Date", format_datetime(when)))
    h = hashlib.sha1(("%d|%s|%s" % (SEED, idx, m["subject"])).encode()).hexdigest()
    if client == "outlook":
        mid = "<PR1P264MB%s@PR1P264MB%s.FRAP264.PROD.OUTLOOK.COM>" % (h[:24].upper(), h[24:28].upper())
    elif client == "gmail":
        mid = "<CA%s+%s@mail.gmail.com>" % (h[:20], h[20:34])
    elif client == "thunderbird":
        mid = "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], domain)
    else:
        mid = "<%s.%d@%s>" % (h[:26], int(when.timestamp()), relay)
    hdrs.append(("Message-ID", mid))
    if o.get("reply_to"):
        hdrs.append(("Reply-To", o["reply_to"]))
    for k, v in CLIENTS.get(client, []):
        if k == "Thread-Topic":
            continue
        if k == "Content-Language" and m["lang"] == "en":
            v = "en-GB" if client == "outlook" else "en-US"
        hdrs.append((k, v))
    for k, v in o.get("headers", []):
        hdrs.append((k, v))
    hdrs.append(("MIME-Version", "1.0"))

    # body
    if o.get("raw"):
        body = o["raw"]
    else:
        text = m["body"]
        fmt = o.get("fmt", "plain")
        enc = o.get("enc", "8bit")
        charset = o.get("charset", "utf-8")
        if fmt == "plain":
            body = encode_part("text/plain", text, charset, enc)
        elif fmt == "html":
            body = encode_part("text/html", html_from_text(text, client), charset, enc)
        else:
            b = "----=_Part_%s" % h[:16]
            body = ('Content-Type: multipart/alternative;\n boundary="%s"\n\n--%s\n%s\n--%s\n%s\n--%s--\n'
                    % (b, b, encode_part("text/plain", text, charset, enc), b,
                       encode_part("text/html", html_from_text(text, client), charset, enc), b))
        if o.get("attach"):
            b = "----=_Mixed_%s" % h[16:32]
            body = ('Content-Type: multipart/mixed;\n boundary="%s"\n\nThis is a multi-part message in MIME format.\n\n'
                    "--%s\n%s\n--%s\n%s\n--%s--\n" % (b, b, body, b, fake_attachment(*o["attach"]), b))
    head = "".join("%s: %s\n" % (k, v) for k, v in hdrs)
    return (head + body).encode("utf-8")


# ---------------------------------------------------------------------------
# build and verify
# ---------------------------------------------------------------------------

LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def build():
    order = list(range(len(MAILS)))
    rng.shuffle(order)
    labels = []
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        fname = "h%03d.eml" % n
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(render(m, n))
        labels.append({"file": fname, "category": m["cat"], "auto_reply_ok": m["auto"], "uai": m["uai"],
                       "region": m["region"], "platform": m["platform"], "hard": m["hard"],
                       "lang": m["lang"], "notes": m["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")


def full_text(msg):
    parts = [str(msg.get("From", "")), str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    return "\n".join(parts)


def verify():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    assert len(labels) == 150, len(labels)
    emls = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert emls == ["h%03d.eml" % i for i in range(1, 151)], emls[:3]
    assert [lab["file"] for lab in labels] == emls
    for lab in labels:
        assert list(lab) == LABEL_KEYS, lab
        with open(os.path.join(HERE, lab["file"]), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for hname in ("From", "To", "Subject", "Date", "Message-ID"):
            assert msg[hname], (lab["file"], hname)
        assert "support@assistance.example.fr" in str(msg["To"]), lab["file"]
        text = full_text(msg)  # decodes every text part (raises on a broken one)
        assert lab["category"] in CATEGORIES, lab
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), lab
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, lab
        assert lab["platform"] in PLATFORMS, lab
        assert lab["lang"] in ("fr", "en"), lab
        assert lab["notes"], lab
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), lab
            assert lab["uai"].lower() in text.lower(), (lab["file"], lab["uai"])
        sender = msg["From"].addresses[0].addr_spec
        assert lab["region"] == expected_region(lab["uai"], sender), (lab["file"], lab["region"], sender)
    return labels


def main():
    assert len(MAILS) == 150, len(MAILS)
    build()
    labels = verify()
    from collections import Counter
    cats = Counter(lab["category"] for lab in labels)
    print("150 mails written and verified")
    for k, v in cats.most_common():
        print("  %-32s %d" % (k, v))
    print("auto_reply_ok:", sum(lab["auto_reply_ok"] for lab in labels), " hard:", sum(lab["hard"] for lab in labels))


if __name__ == "__main__":
    main()
