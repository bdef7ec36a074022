#!/usr/bin/env python3
"""Write the holdout74 blind test corpus (150 hand-written mails + labels.jsonl).

Theme: institutional webmail and HTML (Zimbra, Outlook Web Access, Outlook),
HTML-only bodies, logos, legal disclaimers and confidentiality notices, heavy
signatures, tables, forwarded calendar invitations; Normandie and Grand Est.

Standard library only, deterministic (random.Random(74)).  Every mail text is
written by hand below; the code only wraps it in headers and an encoding.
Run:  python3 make_holdout74.py
"""
import base64
import datetime as dt
import email
import html
import json
import os
import quopri
import random
import re
from email import policy
from email.header import Header
from email.utils import formataddr, format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(74)
DESK = "support@assistance.example.fr"
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

CATEGORIES = ["password_reset", "missing_noreply_mail", "mailinblack_spam", "account_creation",
              "subscription_activation", "head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"]
NEVER_AUTO = {"head_of_establishment_request", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
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
    "guadeloupe": ("971", "ac-guadeloupe.fr"), "martinique": ("972", "ac-martinique.fr"),
    "guyane": ("973", "ac-guyane.fr"), "la-reunion": ("974", "ac-reunion.fr"), "mayotte": ("976", "ac-mayotte.fr"),
}
DEPT2REG, DOM2REG = {}, {}
for _r, (_deps, _doms) in REGIONS.items():
    for _d in _deps.split():
        DEPT2REG[_d if len(_d) == 3 else "0" + _d] = _r
    for _d in _doms.split():
        DOM2REG[_d] = _r
REG_SHORT = {"N": "normandie", "GE": "grand-est"}


def uai_ok(code):
    code = code.upper()
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and LETTERS[int(code[:7]) % 23] == code[7]


def region_rule(uai, sender):
    if uai:
        return DEPT2REG.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOM2REG.get(dom)


# --------------------------------------------------------------------------
# Hand-written boilerplate: disclaimers, banners, notices (reused as in life)
# --------------------------------------------------------------------------
DISC_AC = ("Ce courriel et les pièces qui y sont jointes sont confidentiels et destinés "
           "exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci d'en "
           "informer l'expéditeur et de le supprimer sans en conserver de copie. Toute diffusion, "
           "même partielle, sans autorisation est interdite. Les services académiques déclinent "
           "toute responsabilité en cas d'altération de ce message au cours de sa transmission.")
DISC_DECO = ("Droit à la déconnexion : si vous recevez ce message en dehors de vos horaires de "
             "travail, vous n'êtes pas tenu(e) d'y répondre avant la reprise de votre activité.")
DISC_SECU = ("Rappel de sécurité : l'administration ne vous demandera jamais votre identifiant ni "
             "votre mot de passe par courriel. Ne communiquez jamais vos codes d'accès.")
DISC_REGION_GE = ("Région Grand Est - Les informations contenues dans ce message et ses annexes sont "
                  "strictement confidentielles. Si vous n'êtes pas le destinataire visé, toute "
                  "lecture, copie ou transmission est interdite. La Région ne saurait être tenue "
                  "pour responsable du contenu de ce message s'il a été modifié.")
DISC_DEPT = ("Le Département traite vos données dans le cadre de ses missions de service public. "
             "Conformément au RGPD, vous pouvez exercer vos droits auprès du délégué à la protection "
             "des données. Ce message est confidentiel ; s'il ne vous est pas destiné, supprimez-le.")
DISC_EN = ("CONFIDENTIALITY NOTICE: This e-mail and any attachment are confidential and intended "
           "solely for the addressee. If you have received it in error, please notify the sender "
           "and delete it. Any unauthorised use, disclosure or copying is prohibited.")
DISC_ECO = "Pensez à l'environnement : n'imprimez ce courriel que si nécessaire."
BANNER_EXT = ("ATTENTION : ce courriel provient d'un expéditeur extérieur à votre organisation. "
              "Ne cliquez pas sur les liens et n'ouvrez pas les pièces jointes si vous n'êtes pas "
              "certain de l'expéditeur.")
BANNER_EXT_EN = ("CAUTION: This email originated from outside of the organization. Do not click links "
                 "or open attachments unless you recognize the sender.")

# --------------------------------------------------------------------------
# Mail model
# --------------------------------------------------------------------------
MAILS = []


def M(cat, ok, uai, reg, plat, hard, lang, notes, frm, subj, body, **kw):
    reg = REG_SHORT.get(reg, reg)
    MAILS.append(dict(cat=cat, ok=ok, uai=uai, reg=reg, plat=plat, hard=hard, lang=lang,
                      notes=notes, frm=frm, subj=subj, body=body.strip("\n"), **kw))

# ==========================================================================
# password_reset (24)
# ==========================================================================
M("password_reset", True, "0761045Y", "N", "esidoc", False, "fr",
  "Librarian lost the e-sidoc back-office password after the holidays; UAI in the body, Zimbra HTML-only with disclaimer.",
  "Sophie Lemarchand <sophie.lemarchand@ac-normandie.fr>", "Mot de passe e-sidoc oublié",
  """Bonjour,

Je suis professeure documentaliste au collège Jacques Prévert (UAI 0761045Y) et je n'arrive plus à me connecter à l'interface de gestion e-sidoc depuis la rentrée.
J'ai dû noter le mot de passe quelque part mais impossible de remettre la main dessus.
Pourriez-vous m'envoyer un lien de réinitialisation ?

Merci d'avance,""",
  sig="Sophie Lemarchand\nProfesseure documentaliste - CDI\nCollège Jacques Prévert\n12 rue des Tisserands - 76200 Dieppe\nTél. CDI : 02 35 84 17 60 - Standard : 02 35 84 17 00",
  disc=[DISC_AC, DISC_DECO], client="zimbra", fmt="html", enc="qp", logo=True)

M("password_reset", True, "0540416J", "GE", "esidoc", False, "fr",
  "No accents, abbreviations ('mdp'), Gmail; clear forgotten e-sidoc password with the UAI.",
  "flo.kieffer54 <flo.kieffer54@gmail.com>", "mdp esidoc",
  """bonjour
je suis la doc du clg Guynemer a Nancy, rne 0540416J
jai perdu le mdp de esidoc (le compte admin du cdi), j ai essaye "mot de passe oublie" mais il me demande un identifiant que je connais pas non plus
vous pouvez me renvoyer un lien svp ?
merci
Florence K.""", client="gmail", fmt="alt", enc="8bit")

M("password_reset", True, "0672091J", "GE", "espace_acheteur", False, "en",
  "English-speaking bursar of an international lycée forgot the Espace Acheteur password; UAI given.",
  "Helen McAllister <h.mcallister@lycee-international-strasbourg.eu>", "Forgotten password - buyer space",
  """Good morning,

I manage purchasing for the Lycée international (establishment code 0672091J) and I have forgotten my password for the Espace Acheteur. The "forgotten password" page says my address is unknown, although I have been placing orders with it since last year.

Could you please send me a reset link?

Kind regards,""",
  sig="Helen McAllister\nBursar's Office | Lycée international\n1 rue de Rome, 67000 Strasbourg\nT +33 3 88 14 27 50 | M +33 6 71 40 22 19",
  disc=[DISC_EN], client="outlook", fmt="alt", enc="qp")

M("password_reset", True, "0141307V", "N", "esidoc", True, "fr",
  "The UAI appears only in the ce.<UAI>@ac-normandie.fr sender address; the office asks for the librarian's e-sidoc reset link on the official address.",
  "Secrétariat Lycée Jean Rostand <ce.0141307V@ac-normandie.fr>", "Accès e-sidoc CDI",
  """Bonjour,

Notre professeur documentaliste, M. Herbin, ne parvient plus à se connecter à e-sidoc : le mot de passe administrateur n'est plus reconnu.
Pourriez-vous envoyer le lien de réinitialisation sur cette adresse, nous le lui transmettrons.

Bien cordialement,""",
  sig="Le secrétariat de direction\nLycée Jean Rostand\nTél. : 02 31 73 54 20\nFax : 02 31 73 54 29",
  disc=[DISC_AC], client="owa", fmt="html", enc="qp")

M("password_reset", False, None, "N", "esidoc", True, "fr",
  "UAI typed 0271439R: wrong check letter (the digits give 0271439T), so no UAI; region from the ac-normandie.fr domain; someone must confirm the establishment.",
  "Guillaume Parmentier <guillaume.parmentier@ac-normandie.fr>", "Re: connexion impossible e-sidoc",
  """Bonjour,

Je n'arrive plus à me connecter au portail e-sidoc du CDI, le mot de passe a sûrement expiré.
Notre code établissement : 0271439R (collège de Pont-Audemer).
Merci de me dire comment récupérer l'accès.

Cordialement
G. Parmentier""", client="thunderbird", fmt="plain", enc="qp", wrong=["0271439R"])

M("password_reset", True, "0551797E", "GE", "esidoc", True, "fr",
  "UAI written with spaces ('0551 797 E'); forgotten e-sidoc password, Outlook HTML with a long signature.",
  "Claire Thiébaut <claire.thiebaut@ac-nancy-metz.fr>", "Identifiants e-sidoc",
  """Bonjour,

Nouvelle au collège Louise Michel de Verdun, je n'ai pas reçu de ma collègue le mot de passe du compte e-sidoc du CDI.
Notre numéro d'établissement est le 0551 797 E.
Pourriez-vous réinitialiser l'accès ?

Merci beaucoup,""",
  sig="Claire Thiébaut\nProfesseure documentaliste\nCollège Louise Michel\n5 avenue de la Victoire - 55100 Verdun\n03 29 86 11 42 (CDI)\n03 29 86 11 40 (vie scolaire)",
  disc=[DISC_DECO, DISC_ECO], client="outlook", fmt="alt", enc="qp")

M("password_reset", True, "0880932K", "GE", "esidoc", True, "fr",
  "The UAI appears only in the portal address in lower case (0880932k.esidoc.fr); the label is the upper-case code.",
  "Nathalie Vautrin <nathalie.vautrin@ac-nancy-metz.fr>", "pb connexion portail",
  """Bonjour,

Je n'arrive plus à accéder à la gestion de notre portail https://0880932k.esidoc.fr : mot de passe refusé, et après trois essais le compte est bloqué.
Pouvez-vous me renvoyer un lien pour en définir un nouveau ?

Nathalie Vautrin
CDI - lycée Pierre Mendès France, Épinal""", client="zimbra", fmt="alt", enc="8bit")

M("password_reset", True, "0510432T", "GE", "espace_acheteur", False, "fr",
  "Espace Acheteur account locked after failed attempts; OWA HTML-only with an external-sender banner.",
  "Marc Olivier Dauphin <mo.dauphin@ac-reims.fr>", "Compte bloqué Espace Acheteur",
  """Bonjour,

Suite à plusieurs tentatives, mon compte sur l'Espace Acheteur est bloqué (message « compte verrouillé »).
Je suis gestionnaire du lycée Colbert, UAI 0510432T, et je dois passer une commande avant la fin de semaine.
Merci de me débloquer ou de m'envoyer un lien de réinitialisation.""",
  sig="Marc-Olivier Dauphin\nAdjoint gestionnaire\nLycée Colbert - Reims\n03 26 47 31 05 / 06 12 48 90 33",
  disc=[DISC_AC], banner=BANNER_EXT, client="owa", fmt="html", enc="b64")

M("password_reset", False, "0142110T", "N", "esidoc", True, "fr",
  "Two topics: forgotten e-sidoc password and an invoice that the agency says is unpaid; a single reset template would answer half.",
  "Delphine Garnier <delphine.garnier@ac-normandie.fr>", "mot de passe + facture",
  """Bonjour,

Deux petites choses :
1) je ne retrouve plus le mot de passe du compte e-sidoc du collège (UAI 0142110T), pouvez-vous me le réinitialiser ?
2) notre agent comptable me signale une relance pour la facture de l'abonnement 2024 alors qu'elle a été payée en décembre par mandat. Pouvez-vous vérifier ?

Merci,""",
  sig="Delphine Garnier\nProfesseure documentaliste\nCollège Lechanteur - Caen\n02 31 93 40 18",
  disc=[DISC_AC, DISC_DECO], client="zimbra", fmt="html", enc="qp")

M("password_reset", False, "0612106H", "N", "esidoc", False, "fr",
  "Lost password, but asks for it to be sent to a personal Hotmail address, which is not on file: no automatic answer.",
  "Julien Pottier <julien.pottier61@hotmail.fr>", "Mot de passe e-sidoc",
  """Bonjour,

Je remplace la documentaliste du lycée Marguerite de Navarre (0612106H) jusqu'en juin. Personne ne connaît le mot de passe du compte de gestion.
Pouvez-vous me l'envoyer directement sur cette adresse perso ? Je n'ai pas encore d'adresse académique.

Merci
Julien Pottier""", client="webmail", fmt="plain", enc="8bit")

M("password_reset", True, "0501826N", "N", "esidoc", True, "fr",
  "Reply on an old subscription thread: the quoted history is about activation, the new text says she does not know the password.",
  "Anne-Laure Hue <anne-laure.hue@ac-normandie.fr>", "RE: Abonnement e-sidoc non visible [#48213]",
  """Bonjour,

Merci, l'abonnement apparaît bien maintenant. Par contre je ne connais pas mon mot de passe pour la partie gestion, c'est ma collègue partie à la retraite qui l'avait. Comment faire ?

Anne-Laure Hue
CDI collège Les Embruns - Saint-Lô (0501826N)""",
  quote="""-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 7 octobre 2024 09:12
À : Anne-Laure Hue <anne-laure.hue@ac-normandie.fr>
Objet : Abonnement e-sidoc non visible [#48213]

Bonjour,
Votre abonnement sera activé dans un délai de 72 heures après la commande. Si la ressource n'apparaît toujours pas ensuite, répondez à ce message.
L'équipe d'assistance""",
  client="outlook", fmt="alt", enc="qp", hdr={"In-Reply-To": "<ticket-48213@assistance.example.fr>"})

M("password_reset", True, None, None, "espace_acheteur", False, "en",
  "English; the reset link has expired before it was used; non-academic sender, no UAI.",
  "Tom Whitfield <tom.whitfield@bilingualschool-metz.org>", "Reset link expired",
  """Hi,

I clicked the "reset my password" link you sent yesterday for the Espace Acheteur but it says the link has expired. Could you send a new one?

Thanks,
Tom Whitfield
Finance & Operations""", client="apple", fmt="alt", enc="7bit")

M("password_reset", True, None, "GE", "esidoc", False, "fr",
  "Forgotten identifier (login) for e-sidoc, no UAI given; region from the ac-reims.fr sender domain.",
  "Sandrine Collard <sandrine.collard@ac-reims.fr>", "identifiant oublié",
  """Bonjour,

Je ne me souviens plus de mon identifiant pour la partie professionnelle d'e-sidoc (ni du mot de passe d'ailleurs...).
Je suis au collège de Sedan.

Bonne journée
Sandrine Collard""", client="zimbra", fmt="alt", enc="qp", disc=[DISC_DECO])

M("password_reset", False, "0572848L", "GE", "ecoledirecte", False, "fr",
  "Lost EcoleDirecte administration password; there is no reset template for this product, so a person answers.",
  "Patrick Schmitt <patrick.schmitt@ac-nancy-metz.fr>", "Mot de passe administrateur EcoleDirecte",
  """Bonjour,

Le mot de passe du compte administrateur EcoleDirecte du collège (0572848L) ne fonctionne plus depuis le changement de chef de travaux. Ce n'est pas le mot de passe de maintenance, c'est celui de l'admin établissement.
Pouvez-vous nous aider à le réinitialiser ?

Patrick Schmitt
Référent numérique - Collège Paul Verlaine, Thionville
03 82 54 17 90""", client="thunderbird", fmt="plain", enc="8bit")

M("password_reset", True, "0611795V", "N", "esidoc", False, "fr",
  "New librarian does not know the password her predecessor used; Apple Mail with the UAI in the body.",
  "Camille Roussel <camille.roussel@ac-normandie.fr>", "Je ne connais pas le mot de passe",
  """Bonjour,

J'arrive au lycée Alain d'Alençon (UAI 0611795V). Ma prédécesseure est partie sans laisser le mot de passe d'e-sidoc et je ne peux rien modifier sur le portail.
Pouvez-vous m'indiquer la marche à suivre pour en obtenir un nouveau ?

Bien à vous,
Camille Roussel

Envoyé de mon iPad""", client="apple", fmt="alt", enc="qp")

M("password_reset", True, "0101366F", "GE", "esidoc", False, "fr",
  "Expired e-sidoc password, and the change screen fails; the reset link answers it.",
  "Éric Lambinet <eric.lambinet@ac-reims.fr>", "Mot de passe expiré",
  """Bonjour,

e-sidoc me dit que mon mot de passe a expiré et me demande d'en choisir un nouveau, mais quand je valide j'ai « erreur, veuillez réessayer ». J'ai essayé sur Firefox et Edge.
Établissement : collège Paul Portier, Troyes - 0101366F.

Merci""",
  sig="Éric Lambinet - professeur documentaliste\n03 25 71 44 08", client="owa", fmt="html", enc="qp",
  disc=[DISC_AC])

M("password_reset", True, "0760962H", "N", "esidoc", True, "fr",
  "Signature of a cité scolaire lists two UAIs (lycée 0760962H and collège 0761102K); the lost password is for the lycée's portal.",
  "Hélène Marais <helene.marais@ac-normandie.fr>", "Accès gestion e-sidoc lycée",
  """Bonjour,

Je gère les deux CDI de la cité scolaire. Pour le collège tout va bien, mais pour le portail du lycée je n'ai plus le mot de passe administrateur.
Pourriez-vous m'envoyer un lien de réinitialisation pour le lycée seulement ?

Merci !""",
  sig="Hélène Marais\nProfesseure documentaliste\nCité scolaire Georges Brassens - Neufchâtel-en-Bray\n{TABLE}\n02 35 93 00 71 / 02 35 93 00 72",
  table=[["Structure", "UAI"], ["Lycée", "0760962H"], ["Collège", "0761102K"]],
  disc=[DISC_AC, DISC_DECO], client="zimbra", fmt="html", enc="qp", logo=True)

M("password_reset", True, "0671535E", "GE", "esidoc", False, "en",
  "English-section librarian forgot the e-sidoc password; UAI in the body.",
  "Rachel Osei <rachel.osei@ac-strasbourg.fr>", "Password for the library portal",
  """Hello,

I'm the librarian at Lycée des Pontonniers (UAI 0671535E). I can no longer log in to the e-sidoc back office - I think I've forgotten the password since the summer break.
Could you help me reset it?

Many thanks,
Rachel Osei""", client="gmail", fmt="alt", enc="qp", disc=[DISC_AC])

M("password_reset", True, "0270491M", "N", "esidoc", True, "fr",
  "Forwarded by the librarian's colleague (TR: with the original quoted under '-----Message d'origine-----'); the forwarded request is the lost password.",
  "Karine Lesueur <karine.lesueur@ac-normandie.fr>", "TR: e-sidoc",
  """Bonjour,

Je vous transfère le message de ma collègue documentaliste qui n'a pas encore accès à sa boîte académique. Elle a bien besoin d'un nouveau mot de passe, le lien peut être envoyé à l'adresse du collège.

K. Lesueur, secrétariat de direction""",
  quote="""-----Message d'origine-----
De : Inès Cadiou <ines.cadiou@laposte.net>
Envoyé : mardi 17 septembre 2024 18:40
À : Karine Lesueur
Objet : e-sidoc

Bonsoir Karine, pourrais-tu transmettre à l'assistance ? j'ai oublié le mdp d'e-sidoc du CDI (collège Victor Hugo, 0270491M). Merci !!
Inès""",
  client="outlook", fmt="alt", enc="qp")

M("password_reset", True, "0682179Z", "GE", "espace_acheteur", False, "fr",
  "Plain lost password for the Espace Acheteur; the confidentiality notice about never sharing passwords is boilerplate.",
  "Martine Haegel <martine.haegel@ac-strasbourg.fr>", "réinitialisation mot de passe",
  """Bonjour,

Je n'arrive plus à me connecter à l'Espace Acheteur, mot de passe oublié.
Lycée Théodore Deck, Guebwiller - UAI 0682179Z.
Merci de m'envoyer un nouveau lien.""",
  sig="Martine Haegel\nGestionnaire matériel\n03 89 74 99 74 - poste 212",
  disc=[DISC_SECU, DISC_AC], client="owa", fmt="html", enc="b64")

M("password_reset", True, "0100889M", "GE", "esidoc", False, "fr",
  "Typos, no accents, Orange webmail; lost e-sidoc password with the UAI.",
  "cathy.noel10 <cathy.noel10@orange.fr>", "connection",
  """bjr
jarrive pas a me conecter sur esidoc mon mdp marche plu depui les vacance
colege de bar sur seine 0100889M
merci de me dire quoi faire
cathy noel doc""", client="webmail", fmt="alt", enc="qp")

M("password_reset", True, "0140465E", "N", "esidoc", True, "fr",
  "Forwards an Outlook calendar invitation to an e-sidoc training; the request is a forgotten password so she can take part; the .ics is noise.",
  "Lucie Vimont <lucie.vimont@ac-normandie.fr>", "TR: Formation e-sidoc bassin de Caen - 14 novembre",
  """Bonjour,

Pour pouvoir suivre cette formation (invitation ci-dessous et en pièce jointe) je dois me connecter à notre portail, or j'ai perdu le mot de passe.
Collège Jean Moulin, UAI 0140465E.
Merci de m'envoyer un lien de réinitialisation avant le 14 !

Lucie Vimont""",
  quote="""________________________________
De : Formation DANE <formation.dane@ac-normandie.fr>
Envoyé : jeudi 24 octobre 2024 10:02
À : Documentalistes bassin Caen
Objet : Formation e-sidoc bassin de Caen - 14 novembre
Quand : jeudi 14 novembre 2024 14:00-16:30 (UTC+01:00) Paris
Où : Atelier Canopé 14 - salle 2

Bonjour à toutes et à tous, merci de venir avec vos identifiants de gestion.""",
  att=[("ics", "invite.ics", """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN=Formation DANE:mailto:formation.dane@ac-normandie.fr
DTSTART;TZID=Europe/Paris:20241114T140000
DTEND;TZID=Europe/Paris:20241114T163000
SUMMARY:Formation e-sidoc bassin de Caen
LOCATION:Atelier Canopé 14 - salle 2
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4
END:VEVENT
END:VCALENDAR""")],
  client="outlook", fmt="alt", enc="qp", disc=[DISC_DECO])

M("password_reset", True, None, None, "espace_acheteur", False, "fr",
  "Buyer at the Région Normandie (not a school, not an académie domain) locked out of the Espace Acheteur; no UAI, so no region.",
  "Ludovic Marchand <ludovic.marchand@normandie.fr>", "Compte verrouillé",
  """Bonjour,

Après cinq tentatives infructueuses mon compte Espace Acheteur est verrouillé. Pouvez-vous m'envoyer un lien de réinitialisation du mot de passe ?

Cordialement,""",
  sig="Ludovic Marchand\nDirection des lycées - Service achats\nRégion Normandie - Abbaye-aux-Dames, place Reine Mathilde, 14000 Caen\nTél. 02 31 06 98 12 | Mob. 06 77 21 45 03",
  disc=[DISC_ECO], banner=BANNER_EXT, client="owa", fmt="html", enc="qp")

M("password_reset", True, "0502059S", "N", "esidoc", False, "fr",
  "Short plain request for the reset link; UAI given in the subject only.",
  "Yannick Le Goff <yannick.legoff@ac-normandie.fr>", "Réinitialisation mdp - 0502059S",
  """Bonjour, mot de passe e-sidoc perdu, merci de m'envoyer le lien. Y. Le Goff, doc""",
  client="zimbra", fmt="plain", enc="8bit")

# ==========================================================================
# missing_noreply_mail (16)
# ==========================================================================
M("missing_noreply_mail", True, "0572704E", "GE", "esidoc", False, "fr",
  "Activation link for the e-sidoc account never arrived; no anti-spam product named.",
  "Aurélie Weber <aurelie.weber@ac-nancy-metz.fr>", "Pas reçu le lien d'activation",
  """Bonjour,

J'ai créé hier le compte de gestion e-sidoc du collège La Source (UAI 0572704E) mais je n'ai jamais reçu le courriel d'activation. J'ai vérifié les courriers indésirables : rien.
Pouvez-vous me le renvoyer ?

Merci""",
  sig="Aurélie Weber\nProfesseure documentaliste\nCollège La Source - Metz\n03 87 62 10 55", disc=[DISC_AC, DISC_DECO],
  client="zimbra", fmt="html", enc="qp")

M("missing_noreply_mail", True, "0512321W", "GE", "espace_acheteur", True, "fr",
  "Negation: 'ce n'est pas mon mot de passe le problème', the new-password mail never arrives; missing_noreply_mail, not password_reset.",
  "Jérôme Adam <jerome.adam@ac-reims.fr>", "Mail nouveau mot de passe jamais reçu",
  """Bonjour,

Ce n'est pas mon mot de passe le problème, je sais très bien qu'il faut le changer : c'est que le mail « définir un nouveau mot de passe » n'arrive jamais. J'ai fait la demande quatre fois depuis lundi sur l'Espace Acheteur.
Lycée Jean Talon, Châlons - 0512321W.

Jérôme Adam, gestionnaire""",
  client="outlook", fmt="alt", enc="qp", disc=[DISC_AC])

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
  "English; order notifications from the no-reply address stopped arriving; no anti-spam product named.",
  "Daniel Price <d.price@europeanschool-strasbourg.eu>", "No notifications received",
  """Hello,

Since last week we no longer receive the automatic e-mails from the Espace Acheteur (order confirmations, delivery notices). Nothing in junk either. Has the sender address changed?

Best regards,
Daniel Price
Procurement officer""", client="outlook", fmt="alt", enc="qp", disc=[DISC_EN])

M("missing_noreply_mail", True, "0141266A", "N", "esidoc", True, "fr",
  "Names MailInBlack only to say the school does not use it; the activation mail is missing: missing_noreply_mail.",
  "Bérangère Lefort <berangere.lefort@ac-normandie.fr>", "Courriel de confirmation",
  """Bonjour,

Je n'ai pas reçu le courriel de confirmation pour activer l'accès au portail e-sidoc. On m'a parlé de MailInBlack mais nous n'avons pas cet anti-spam au collège, la messagerie est celle de l'académie.
Collège Guillaume de Normandie, Caen - 0141266A

Merci de votre aide""", client="zimbra", fmt="alt", enc="8bit", disc=[DISC_AC])

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "Buyer at the Région Grand Est no longer gets no-reply notifications since the mailbox migration; non-academic domain, no UAI.",
  "Valérie Muller <valerie.muller@grandest.fr>", "Notifications Espace Acheteur",
  """Bonjour,

Depuis la migration de nos boîtes vers la nouvelle messagerie, je ne reçois plus les notifications de l'Espace Acheteur (validation de panier, suivi). Les autres mails arrivent normalement et je n'ai rien dans le dossier Courrier indésirable.

Merci de regarder,""",
  sig="Valérie Muller\nPôle achats - Direction de l'éducation\nRégion Grand Est\nSite de Strasbourg : 03 88 15 68 67\nSite de Metz : 03 87 33 60 00",
  disc=[DISC_REGION_GE, DISC_ECO], client="owa", fmt="html", enc="qp", logo=True)

M("missing_noreply_mail", True, "0501143W", "N", "esidoc", False, "fr",
  "The 'new password' mail of e-sidoc never arrived, spam folder checked; Zimbra HTML.",
  "Gaëlle Hamon <gaelle.hamon@ac-normandie.fr>", "Aucun mail reçu",
  """Bonjour,

J'ai cliqué sur « mot de passe oublié » sur e-sidoc il y a deux jours, je n'ai jamais reçu le mail. J'ai regardé dans les spams, rien non plus.
Collège Le Castel, UAI 0501143W.

Cordialement,
Gaëlle Hamon""", client="zimbra", fmt="html", enc="qp", disc=[DISC_DECO])

M("missing_noreply_mail", True, "0271870L", "N", "esidoc", True, "fr",
  "Quoted history is the desk's password-reset answer; the new text says the reset mail never came: missing_noreply_mail.",
  "Thomas Duval <thomas.duval@ac-normandie.fr>", "RE: Mot de passe e-sidoc [#48391]",
  """Bonjour,

Merci pour votre réponse, mais le mail avec le lien n'est jamais arrivé sur l'adresse du collège (0271870L), ni dans les indésirables.
Que faire ?

T. Duval""",
  quote="""> Bonjour,
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
> officielle de l'établissement (c***@ac-normandie.fr). Il est valable 12 heures.
> L'équipe d'assistance""",
  client="thunderbird", fmt="plain", enc="qp", hdr={"In-Reply-To": "<ticket-48391@assistance.example.fr>"})

M("missing_noreply_mail", True, "0520699C", "GE", "ecoledirecte", False, "fr",
  "The EcoleDirecte notification mails from the no-reply address no longer reach the school office.",
  "Secrétariat collège Diderot <ce.0520699C@ac-reims.fr>", "Notifications EcoleDirecte non reçues",
  """Bonjour,

Depuis la rentrée, le secrétariat ne reçoit plus les notifications automatiques d'EcoleDirecte (nouvelles absences saisies, messages des familles). Rien dans les courriers indésirables de la messagerie académique.

Merci de votre retour,
Le secrétariat""", client="owa", fmt="html", enc="qp", disc=[DISC_AC])

M("missing_noreply_mail", True, None, "N", "ticket_portal", False, "fr",
  "The ticket portal's confirmation mail to set a password never arrived.",
  "Romain Leprince <romain.leprince@ac-normandie.fr>", "Inscription portail assistance",
  """Bonjour,

Je me suis inscrit sur le portail de tickets de l'assistance mais le mail de confirmation pour choisir mon mot de passe n'arrive pas (attendu 1 h, rien dans les spams).

Romain Leprince
Technicien informatique - DSI rectorat""", client="outlook", fmt="alt", enc="qp", disc=[DISC_AC])

M("missing_noreply_mail", True, "0882619U", "GE", "esidoc", True, "fr",
  "UAI only in the signature; the e-sidoc account-activation mail never arrived.",
  "Laurence Perrin <laurence.perrin88@gmail.com>", "lien d'activation",
  """Bonjour,

Toujours pas reçu le lien d'activation pour e-sidoc, demandé vendredi. Pouvez-vous le renvoyer ?

Bonne journée""",
  sig="--\nLaurence Perrin\nCDI - Collège Louis Armand, Golbey\nRNE 0882619U\n03 29 31 02 71",
  client="gmail", fmt="alt", enc="qp")

M("missing_noreply_mail", False, None, "N", None, False, "fr",
  "Académie IT staff ask which sending IP and domains to allow for the no-reply mail: a technical answer, a person replies.",
  "DSI - Pôle messagerie <pole.messagerie@ac-normandie.fr>", "Délivrabilité de vos mails no-reply",
  """Bonjour,

Plusieurs établissements nous signalent ne pas recevoir vos messages automatiques (no-reply). Pour que nous puissions ajuster nos règles de filtrage, pouvez-vous nous communiquer :
- les adresses IP ou plages d'émission,
- le domaine d'enveloppe utilisé (Return-Path),
- si vos messages sont signés DKIM ?

Cordialement,""",
  sig="Pôle messagerie et annuaires\nDSI - Rectorat de la région académique Normandie\nAstreinte : 02 32 08 90 00 | Hotline : 02 31 30 08 99",
  disc=[DISC_AC, DISC_DECO], client="zimbra", fmt="html", enc="qp", logo=True)

M("missing_noreply_mail", True, None, None, "esidoc", False, "en",
  "English; the activation e-mail never came; private school address, no UAI.",
  "Sarah Lindqvist <s.lindqvist@international-school-reims.fr>", "Activation email not received",
  """Dear support team,

I registered for the e-sidoc back office on Monday and I'm still waiting for the activation email. I checked spam and quarantine folders. Could you resend it, please?

Sarah Lindqvist
School librarian""", client="apple", fmt="alt", enc="qp")

M("missing_noreply_mail", True, "0762719T", "N", "espace_acheteur", False, "fr",
  "HTML table of the mails requested and never received (invitation, confirmation); no anti-spam named.",
  "Isabelle Grenier <isabelle.grenier@ac-normandie.fr>", "Mails de l'Espace Acheteur",
  """Bonjour,

Voici le récapitulatif de mes demandes restées sans courriel :
{TABLE}
Lycée Guy de Maupassant, Fécamp - UAI 0762719T. Rien dans le dossier indésirables.

Merci""",
  table=[["Date", "Action", "Mail reçu ?"], ["02/12", "Invitation collègue", "Non"], ["03/12", "Confirmation d'adresse", "Non"], ["04/12", "Mot de passe oublié", "Non"]],
  sig="Isabelle Grenier - Gestionnaire\n02 35 10 45 60", disc=[DISC_AC], client="owa", fmt="html", enc="qp")

M("missing_noreply_mail", False, "0550517N", "GE", "esidoc", False, "fr",
  "Second message: the activation mail still has not arrived a week after the junk-folder advice; the region must take over.",
  "Bruno Cordier <bruno.cordier@ac-nancy-metz.fr>", "RE: Lien d'activation e-sidoc [#47710]",
  """Bonjour,

Je reviens vers vous : malgré vos conseils (dossier indésirables, ajout de l'adresse no-reply aux contacts) je n'ai toujours rien reçu une semaine après. Collège de Commercy, 0550517N.

Bruno Cordier""",
  quote="""Le 21/11/2024 à 09:05, Assistance a écrit :
> Bonjour, vérifiez le dossier Courrier indésirable et ajoutez l'expéditeur
> no-reply à vos contacts. Sans nouvelles de votre part sous 48 h, nous
> reviendrons vers vous.""",
  client="thunderbird", fmt="plain", enc="8bit", hdr={"In-Reply-To": "<ticket-47710@assistance.example.fr>"})

M("missing_noreply_mail", True, "0682323F", "GE", "esidoc", True, "fr",
  "UAI only in the sender address ce.0682323f@ac-strasbourg.fr, in lower case; the confirmation mail never arrived.",
  "CDI Collège Kennedy <ce.0682323f@ac-strasbourg.fr>", "confirmation e-sidoc",
  """Bonjour,

Nous avons demandé l'ouverture du compte de gestion e-sidoc pour le CDI, et le mail de confirmation ne nous est jamais parvenu. Pouvez-vous le renvoyer à cette adresse ?

Merci,
L'équipe du CDI""", client="zimbra", fmt="html", enc="b64", disc=[DISC_AC])

M("missing_noreply_mail", True, "0080829H", "GE", "espace_acheteur", False, "fr",
  "Invitation mail to join the structure on the Espace Acheteur never arrived; Apple Mail.",
  "Pauline Lacroix <pauline.lacroix@ac-reims.fr>", "Invitation Espace Acheteur",
  """Bonjour,

Notre gestionnaire m'a envoyé une invitation depuis l'Espace Acheteur mardi, je ne l'ai jamais reçue (ni dans les indésirables). Lycée Chanzy, Charleville - 0080829H.

Merci d'avance
Pauline

Envoyé de mon iPhone""", client="apple", fmt="alt", enc="qp")

# ==========================================================================
# mailinblack_spam (13)
# ==========================================================================
M("mailinblack_spam", True, "0762446W", "N", "esidoc", False, "fr",
  "MailInBlack named: the e-sidoc reset mail is held by the school's anti-spam.",
  "Nicolas Boutet <nicolas.boutet@lycee-ferry-dieppe.fr>", "Mails bloqués par MailInBlack",
  """Bonjour,

Notre lycée utilise MailInBlack et vos mails (réinitialisation e-sidoc) restent bloqués : je les vois passer dans l'interface mais ils ne sont jamais délivrés.
Lycée Jules Ferry, UAI 0762446W.
Que devons-nous autoriser ?""",
  sig="Nicolas Boutet\nAssistant d'éducation - référent numérique\n02 35 82 46 10",
  client="outlook", fmt="alt", enc="qp", disc=[DISC_ECO])

M("mailinblack_spam", True, "0541554W", "GE", "espace_acheteur", False, "fr",
  "The gestionnaire describes the MailInBlack quarantine holding the Espace Acheteur notifications.",
  "Christelle Henry <c.henry@college-saint-sigisbert.fr>", "Quarantaine Mailinblack",
  """Bonjour,

Les mails de l'Espace Acheteur arrivent dans la quarantaine Mailinblack et je dois les libérer un par un. Comment les faire passer directement ?
Collège Saint-Sigisbert, Nancy - 0541554W

Christelle Henry, gestionnaire""", client="owa", fmt="html", enc="qp", disc=[DISC_SECU])

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "en",
  "English; Mailinblack asks the no-reply sender to authenticate, so the notifications never arrive.",
  "Mark Benson <mark.benson@britishschool-nancy.org>", "Your emails blocked by Mailinblack",
  """Hello,

Our mail filter (Mailinblack) keeps sending an authentication challenge to your no-reply address, so we never get the buyer-space notifications. Which addresses should we whitelist?

Thanks,
Mark Benson
IT Manager""", client="outlook", fmt="alt", enc="7bit", disc=[DISC_EN])

M("mailinblack_spam", False, "0671223R", "GE", "esidoc", True, "fr",
  "The sender-authentication challenge is described (a page asking to prove one is human) without naming MailInBlack; a person should check the product before sending the guide.",
  "Jean-Luc Fritsch <jl.fritsch@college-robert-schuman.fr>", "vos mails ne nous arrivent pas",
  """Bonjour,

Un collègue vous a écrit et a reçu en retour un message lui demandant de cliquer sur un lien pour prouver qu'il n'était pas un robot. Je pense que c'est pour cela que vos mails de réinitialisation ne nous arrivent pas non plus : notre prestataire filtre les expéditeurs inconnus.
Collège Robert Schuman (0671223R)

J.-L. Fritsch""", client="thunderbird", fmt="plain", enc="qp")

M("mailinblack_spam", True, "0500699N", "N", "esidoc", False, "fr",
  "IT staff of the school ask which sender to put on the MailInBlack allow-list: the guide answers exactly that.",
  "Service informatique <informatique@lycee-le-verrier.fr>", "Liste blanche MailInBlack",
  """Bonjour,

Nous gérons la messagerie du lycée Le Verrier (UAI 0500699N) avec MailInBlack. Pouvez-vous nous indiquer les adresses d'expédition à déclarer en liste blanche pour vos notifications e-sidoc ?

Cordialement,""",
  sig="Service informatique\nLycée Le Verrier - Saint-Lô\nTél. 02 33 77 31 00 / 02 33 77 31 09",
  client="zimbra", fmt="html", enc="qp", logo=True, disc=[DISC_DECO])

M("mailinblack_spam", False, "0140744H", "N", "espace_acheteur", True, "fr",
  "Two topics: MailInBlack blocks the notifications, and a question about a basket that will not validate; a single template would answer half.",
  "Sabrina Martel <s.martel@college-sainte-marie-caen.fr>", "Mailinblack + panier",
  """Bonjour,

1. MailInBlack bloque tous vos mails, j'ai vu les messages dans la quarantaine ;
2. je n'arrive pas à valider mon panier : le bouton « Valider » reste grisé alors que le bon d'engagement est saisi.
Collège Sainte-Marie, Caen - 0140744H

Merci de votre retour rapide.""",
  sig="Sabrina Martel - gestion\n02 31 86 24 17", client="outlook", fmt="alt", enc="qp")

M("mailinblack_spam", True, "0680811M", "GE", "esidoc", True, "fr",
  "The product is misspelt 'mailing black'; the quarantine it describes is MailInBlack's.",
  "Stéphanie Kuntz <stephanie.kuntz@lycee-bartholdi.fr>", "mails en quarantaine",
  """Bonjour

vos mails pour e-sidoc finissent dans le "mailing black" du lycée, en quarantaine, et je ne recois jamais le lien. lycée Bartholdi Colmar 0680811M
comment on fait pour les débloquer ?

stephanie""", client="gmail", fmt="alt", enc="8bit")

M("mailinblack_spam", True, "0140494L", "N", "esidoc", False, "fr",
  "Zimbra HTML with logo: MailInBlack holds the e-sidoc activation mail.",
  "Morgane Legrand <morgane.legrand@institution-saint-joseph-lisieux.fr>", "Anti-spam MailInBlack",
  """Bonjour,

Notre établissement est protégé par MailInBlack. Le courriel d'activation e-sidoc a été retenu et je n'arrive pas à le libérer depuis mon espace.
Institution Saint-Joseph, Lisieux - UAI 0140494L

Pouvez-vous m'aider ?""",
  sig="Morgane Legrand\nProfesseure documentaliste\n02 31 62 08 11 (CDI) - 02 31 62 08 00 (accueil)\n1 rue du Carmel, 14100 Lisieux",
  client="zimbra", fmt="html", enc="qp", logo=True, disc=[DISC_ECO])

M("mailinblack_spam", True, "0272146L", "N", "espace_acheteur", True, "fr",
  "Forwards the MailInBlack quarantine digest and asks whether the held message is the missing one; the forwarded report looks automated but a person writes.",
  "Patricia Moulin <p.moulin@lycee-saint-adjutor.fr>", "TR: Votre rapport de quarantaine",
  """Bonjour,

Est-ce que c'est votre mail qui est bloqué ci-dessous ? Je ne sais pas si je peux le libérer sans risque.
Lycée Saint-Adjutor, Vernon - 0272146L

Patricia Moulin""",
  quote="""-------- Message transféré --------
De : MailInBlack <quarantine@mailinblack.example>
Objet : Votre rapport de quarantaine

Messages en attente (1)
- no-reply@espace-acheteur.example.fr : « Confirmez votre adresse »  [Autoriser] [Bloquer]""",
  client="thunderbird", fmt="plain", enc="8bit")

M("mailinblack_spam", True, "0542554H", "GE", "espace_acheteur", True, "fr",
  "Written by the principal, but only about MailInBlack blocking the mails: not a head-of-establishment request.",
  "Principal - Collège Saint-Pierre Fourier <direction@college-spfourier.fr>", "Messages bloqués",
  """Madame, Monsieur,

Notre gestionnaire me signale que vos messages sont retenus par notre solution MailInBlack et qu'elle ne peut plus suivre les commandes sur l'Espace Acheteur. Merci de nous indiquer la démarche pour autoriser vos envois.

Le principal,
F. Gérardin
Collège Saint-Pierre Fourier (0542554H)""", client="outlook", fmt="alt", enc="qp", disc=[DISC_ECO])

M("mailinblack_spam", True, "0610520J", "N", "esidoc", False, "fr",
  "MailInBlack challenge blocks the e-sidoc mails; short message from the school office.",
  "Accueil Lycée Sainte-Ursule <accueil@sainte-ursule-flers.fr>", "Mailinblack",
  """Bonjour, votre adresse no-reply est bloquée par Mailinblack chez nous (lycée Sainte-Ursule, 0610520J). Comment l'autoriser ? Merci. L'accueil""",
  client="webmail", fmt="plain", enc="8bit")

M("mailinblack_spam", True, "0100083L", "GE", "espace_acheteur", True, "fr",
  "UAI only in the signature; MailInBlack keeps the Espace Acheteur mails in quarantine.",
  "Anthony Girard <anthony.girard@ensemble-scolaire-troyes.fr>", "vos messages en quarantaine",
  """Bonjour,

Je ne reçois plus vos mails de validation de commande : ils sont en quarantaine MailInBlack et sont supprimés au bout de 7 jours si personne ne les libère. Comment éviter cela ?

Cordialement""",
  sig="Anthony Girard\nService économat\nEnsemble scolaire Saint-François de Sales - Troyes\nUAI 0100083L\n03 25 73 09 82 / 03 25 73 09 80",
  client="owa", fmt="html", enc="qp", disc=[DISC_ECO])

M("mailinblack_spam", True, "0882432R", "GE", "esidoc", False, "fr",
  "OWA HTML-only: MailInBlack challenge sent back to the no-reply address, so the reset mail never arrives.",
  "Vincent Marchal <vincent.marchal@lycee-saint-dominique88.fr>", "Mail de réinitialisation bloqué (MailInBlack)",
  """Bonjour,

Le mail de réinitialisation e-sidoc ne nous parvient pas : MailInBlack envoie un défi d'authentification à votre adresse no-reply, qui ne peut évidemment pas y répondre.
Lycée Saint-Dominique, Remiremont - 0882432R.
Merci de votre aide.""",
  sig="Vincent Marchal\nProfesseur documentaliste\n03 29 62 20 15", client="owa", fmt="html", enc="b64", banner=BANNER_EXT)

# ==========================================================================
# head_of_establishment_request (14)
# ==========================================================================
M("head_of_establishment_request", False, "0541896T", "GE", "esidoc", False, "fr",
  "The proviseur writes from the ce.<UAI> address to ask for the reset of the e-sidoc administrator password.",
  "Proviseur Lycée Henri Poincaré <ce.0541896T@ac-nancy-metz.fr>", "Demande de réinitialisation - compte administrateur e-sidoc",
  """Madame, Monsieur,

En ma qualité de proviseur du lycée Henri Poincaré (UAI 0541896T), je vous demande de bien vouloir réinitialiser le mot de passe du compte administrateur e-sidoc de l'établissement, notre professeure documentaliste ayant quitté ses fonctions.

Je vous prie d'agréer mes salutations distinguées.""",
  sig="Jean-Michel Barthélemy\nProviseur\nLycée Henri Poincaré - 2 rue de la Visitation, 54000 Nancy\nSecrétariat : 03 83 36 71 00 | Ligne directe : 03 83 36 71 02",
  disc=[DISC_AC, DISC_DECO], client="owa", fmt="html", enc="qp", logo=True)

M("head_of_establishment_request", False, "0270887T", "N", "esidoc", False, "fr",
  "The principal asks to change the administrator of the e-sidoc account to the new librarian, with a signed letter attached.",
  "Valérie Auger <ce.0270887T@ac-normandie.fr>", "Changement d'administrateur e-sidoc",
  """Bonjour,

Je vous prie de trouver ci-joint mon courrier signé demandant que Mme Lise Bréant, nouvelle professeure documentaliste, devienne administratrice du compte e-sidoc du collège Marcel Pagnol (0270887T), en remplacement de M. Roger.

Cordialement,""",
  sig="Valérie Auger\nPrincipale\nCollège Marcel Pagnol - Évreux\n02 32 39 55 10",
  att=[("pdf", "courrier_changement_administrateur.pdf")], disc=[DISC_AC], client="zimbra", fmt="html", enc="qp")

M("head_of_establishment_request", False, "0141307V", "N", "espace_acheteur", False, "fr",
  "The proviseur authorises in writing an order above the threshold on the Espace Acheteur.",
  "Proviseur Lycée Jean Rostand <ce.0141307V@ac-normandie.fr>", "Autorisation de commande",
  """Madame, Monsieur,

J'autorise par la présente la commande n° EA-2024-11873 passée par notre gestionnaire sur l'Espace Acheteur, d'un montant de 18 460 € TTC, qui dépasse le seuil de validation de l'établissement.

Le proviseur,
Philippe Lanoë""", client="owa", fmt="html", enc="qp", disc=[DISC_AC, DISC_DECO])

M("head_of_establishment_request", False, "0672942J", "GE", "esidoc", False, "en",
  "English; the head teacher asks in writing to change the contact address of the e-sidoc account.",
  "Dr. Catherine Wells <head@internationalschool-strasbourg.eu>", "Change of contact address",
  """Dear Sir or Madam,

As head teacher of the International School (UAI 0672942J), I ask that the contact address of our e-sidoc administrator account be changed from library.old@internationalschool-strasbourg.eu to library@internationalschool-strasbourg.eu.

Yours faithfully,
Dr. Catherine Wells
Head Teacher""", client="outlook", fmt="alt", enc="qp", disc=[DISC_EN])

M("head_of_establishment_request", False, "0501283Y", "N", "esidoc", True, "fr",
  "The secretary writes 'à la demande de M. le Proviseur' from the ce.<UAI> address with the head's signed letter: a relayed head request staff must check.",
  "Secrétariat de direction <ce.0501283Y@ac-normandie.fr>", "Courrier de M. le Proviseur - e-sidoc",
  """Bonjour,

À la demande de M. le Proviseur, vous trouverez ci-joint son courrier signé demandant la réinitialisation du mot de passe administrateur e-sidoc et le changement d'adresse de contact (cdi.lycee@ac-normandie.fr).
Lycée Victor Grignard, Cherbourg - UAI 0501283Y

Bien cordialement,
Le secrétariat""",
  att=[("pdf", "demande_proviseur_esidoc.pdf")], client="outlook", fmt="alt", enc="qp", disc=[DISC_AC])

M("head_of_establishment_request", False, "0612823M", "N", "esidoc", True, "fr",
  "A principal asks for the admin reset from a personal Gmail address, not the official one: a head request that staff must verify.",
  "Francis Delaunay <francis.delaunay61@gmail.com>", "réinitialisation admin",
  """Bonjour,

Principal du collège Jean Monnet de Flers (0612823M), je vous demande de réinitialiser le compte administrateur e-sidoc et d'envoyer le lien à mon adresse personnelle, la messagerie académique étant en panne chez moi.

F. Delaunay
Principal""", client="gmail", fmt="alt", enc="qp")

M("head_of_establishment_request", False, "0521760F", "GE", "esidoc", False, "fr",
  "The principal asks in writing, Zimbra HTML-only with heavy disclaimers, to change the contact address of the e-sidoc account.",
  "Direction collège Camille Flammarion <ce.0521760F@ac-reims.fr>", "Modification adresse de contact",
  """Bonjour,

Je vous demande de remplacer l'adresse de contact du compte e-sidoc du collège (0521760F) par celle du CDI : cdi.flammarion@ac-reims.fr. L'ancienne adresse personnelle de l'ex-documentaliste ne doit plus être utilisée.

Merci,""",
  sig="Christine Royer\nPrincipale du collège Camille Flammarion - Langres\nSecrétariat 03 25 87 03 44 - Gestion 03 25 87 03 47",
  disc=[DISC_AC, DISC_DECO, DISC_ECO], client="zimbra", fmt="html", enc="qp", logo=True)

M("head_of_establishment_request", False, "0610181R", "N", "esidoc", True, "fr",
  "Negation: the head says he is not asking for a password reset but for a change of administrator: a head-of-establishment request.",
  "Proviseur - Lycée Jean Guéhenno <ce.0610181R@ac-normandie.fr>", "Changement administrateur",
  """Bonjour,

Je ne vous demande pas une réinitialisation de mot de passe : je souhaite que l'administrateur du compte e-sidoc du lycée (0610181R) soit désormais Mme Pellerin, la nouvelle documentaliste, et que M. Chauvin n'y ait plus accès.

Le proviseur,
Alain Besnard""", client="owa", fmt="html", enc="qp", disc=[DISC_AC])

M("head_of_establishment_request", False, None, "GE", "esidoc", True, "fr",
  "The principal's letter gives 0573412K: wrong check letter (the digits give 0573412Z), so no UAI; region from the ac-nancy-metz.fr domain.",
  "Direction Collège Erckmann-Chatrian <direction.erckmann@ac-nancy-metz.fr>", "Demande du chef d'établissement",
  """Madame, Monsieur,

Je soussigné, principal du collège Erckmann-Chatrian (UAI 0573412K), demande la réinitialisation du mot de passe administrateur de notre portail e-sidoc et l'envoi du lien à l'adresse du CDI.

Salutations distinguées,
D. Klein, principal""", client="outlook", fmt="alt", enc="qp", disc=[DISC_AC], wrong=["0573412K"])

M("head_of_establishment_request", False, "0081174H", "GE", "espace_acheteur", False, "fr",
  "The directrice of an EREA validates in writing the order the gestionnaire prepared on the Espace Acheteur.",
  "Directrice EREA <direction.erea-charleville@ac-reims.fr>", "Validation commande mobilier",
  """Bonjour,

En tant que directrice de l'EREA (UAI 0081174H), je valide la commande de mobilier préparée par M. Jacquet sur l'Espace Acheteur (panier « Mobilier internat 2025 »). Merci de la débloquer.

Cordialement,
Sylvie Charlier""", client="zimbra", fmt="alt", enc="qp", disc=[DISC_DECO])

M("head_of_establishment_request", False, "0761720G", "N", "esidoc", True, "fr",
  "The UAI is written with spaces in the signature only; the principal asks to reset the administrator password.",
  "Olivier Thuillier <olivier.thuillier@ac-normandie.fr>", "Compte administrateur e-sidoc",
  """Bonjour,

Suite au départ de notre documentaliste, je vous demande de réinitialiser le mot de passe du compte administrateur e-sidoc du collège et d'envoyer le lien à la nouvelle titulaire, Mme Duhamel, sur l'adresse du collège.

Bien cordialement,""",
  sig="Olivier Thuillier\nPrincipal\nCollège Georges Braque - Rouen\nUAI : 0761 720 G\nTél. 02 35 70 22 80 - Port. 06 88 14 72 05",
  disc=[DISC_AC], client="outlook", fmt="alt", enc="qp")

M("head_of_establishment_request", False, "0681416V", "GE", "esidoc", False, "fr",
  "Head of a lycée asks to appoint a second administrator for the e-sidoc account.",
  "Proviseure Lycée Lambert <ce.0681416V@ac-strasbourg.fr>", "Désignation d'un second administrateur",
  """Bonjour,

Je souhaite que M. Denis Ott, professeur documentaliste, soit désigné second administrateur du portail e-sidoc du lycée Lambert (0681416V), aux côtés de Mme Zimmermann.

Cordialement,
Anne Spiesser, proviseure""", client="owa", fmt="html", enc="qp", disc=[DISC_AC, DISC_DECO])

M("head_of_establishment_request", False, "0672091J", "GE", "espace_acheteur", False, "en",
  "English; the head of the lycée asks in writing to replace the Espace Acheteur administrator of the structure.",
  "Principal - Lycée international <ce.0672091J@ac-strasbourg.fr>", "Change of administrator - buyer space",
  """Dear support team,

I am writing as head of the Lycée international (0672091J). Ms McAllister is leaving at the end of the month; please transfer the administrator role of our Espace Acheteur structure to Mr Julien Haas, our new bursar.

Yours sincerely,
Pierre-Henri Vogel
Proviseur""", client="outlook", fmt="alt", enc="qp", disc=[DISC_AC])

M("head_of_establishment_request", False, "0271809V", "N", "esidoc", True, "fr",
  "The librarian forwards the head's own written request (quoted below) with the head in copy: the head's request, relayed.",
  "Marion Sorel <marion.sorel@ac-normandie.fr>", "TR: demande changement adresse contact e-sidoc",
  """Bonjour,

Je vous transfère la demande de notre principale (en copie) concernant l'adresse de contact du compte e-sidoc.

Marion Sorel, professeure documentaliste""",
  quote="""-----Message d'origine-----
De : Principal Collège Pablo Neruda <ce.0271809V@ac-normandie.fr>
Envoyé : lundi 13 janvier 2025 08:14
À : Marion Sorel
Cc : Secrétariat
Objet : demande changement adresse contact e-sidoc

Madame Sorel,
Merci de transmettre à l'assistance ma demande : l'adresse de contact du compte e-sidoc du collège (0271809V) doit devenir cdi.neruda@ac-normandie.fr.
La principale, M.-C. Hébert""",
  client="outlook", fmt="alt", enc="qp", hdr={"Cc": "ce.0271809V@ac-normandie.fr"})

# ==========================================================================
# account_creation (10)
# ==========================================================================
M("account_creation", True, "0520597S", "GE", "espace_acheteur", False, "fr",
  "A new gestionnaire asks how to create her Espace Acheteur account: the sign-up answer fits.",
  "Émilie Bertrand <emilie.bertrand@ac-reims.fr>", "Création de compte",
  """Bonjour,

Je viens de prendre mes fonctions de gestionnaire au lycée Édouard Herriot de Saint-Dizier (0520597S). Comment puis-je créer mon compte sur l'Espace Acheteur ?

Merci,""",
  sig="Émilie Bertrand\nSecrétaire générale / gestionnaire\n03 25 56 12 30 | 06 45 17 88 02", disc=[DISC_AC, DISC_DECO],
  client="zimbra", fmt="html", enc="qp", logo=True)

M("account_creation", True, "0761789G", "N", "espace_acheteur", False, "fr",
  "Filled in the sign-up form a week ago, still cannot log in: account waiting for the structure administrator's validation.",
  "Mathieu Lebas <mathieu.lebas@ac-normandie.fr>", "Compte en attente de validation",
  """Bonjour,

J'ai rempli le formulaire d'inscription il y a une semaine. À chaque connexion j'ai « votre compte est en attente de validation ». Collège Léonard de Vinci, 0761789G.

Cordialement,
M. Lebas""", client="outlook", fmt="alt", enc="qp", disc=[DISC_AC])

M("account_creation", False, None, "GE", "espace_acheteur", False, "fr",
  "Asks who the structure's administrator is so the account can be validated: needs a look-up, a person answers.",
  "Agnès Pierson <agnes.pierson@ac-nancy-metz.fr>", "Qui est administrateur ?",
  """Bonjour,

Pouvez-vous me dire qui est l'administrateur de notre structure sur l'Espace Acheteur ? Mon compte doit être validé par lui et personne au lycée ne sait de qui il s'agit.

Agnès Pierson, adjointe gestionnaire, lycée de Sarreguemines""", client="owa", fmt="html", enc="qp", disc=[DISC_AC])

M("account_creation", True, None, None, "esidoc", False, "en",
  "English; a librarian of a new private school asks how to open an e-sidoc professional account.",
  "Jenny Harper <j.harper@bilingual-academy-caen.fr>", "How to create an account",
  """Hello,

I've just started as librarian and I need a professional account on e-sidoc to manage the catalogue. How do I create one?

Best wishes,
Jenny Harper""", client="gmail", fmt="alt", enc="7bit")

M("account_creation", True, "0500012S", "N", "esidoc", True, "fr",
  "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account: account_creation, not password_reset.",
  "Léa Guérin <lea.guerin@ac-normandie.fr>", "pas de compte",
  """Bonjour,

Je n'ai pas perdu mon mot de passe : je n'ai tout simplement jamais eu de compte e-sidoc, je suis arrivée en janvier. Comment en créer un ?
Lycée Alexis de Tocqueville, Cherbourg - 0500012S

Merci !
Léa""", client="apple", fmt="alt", enc="qp")

M("account_creation", False, "0251942A", "bourgogne-franche-comte", "esidoc", False, "fr",
  "Asks for administrator rights for the second librarian of a school in the Doubs: rights to open, a person decides.",
  "Coralie Faivre <coralie.faivre@ac-besancon.fr>", "Droits administrateur second poste",
  """Bonjour,

Nous sommes deux documentalistes au lycée (0251942A). Ma collègue peut se connecter mais n'a que des droits de lecture. Pouvez-vous lui ouvrir les droits d'administration ?

Coralie Faivre""", client="thunderbird", fmt="plain", enc="8bit")

M("account_creation", False, "0611795V", "N", "espace_acheteur", False, "fr",
  "The establishment is not in the list when opening the structure account: the sales team must add it.",
  "Gestion Lycée Alain <gestion.lycee-alain@ac-normandie.fr>", "Établissement introuvable à l'inscription",
  """Bonjour,

En voulant créer le compte de notre structure sur l'Espace Acheteur, notre UAI 0611795V n'apparaît pas dans la liste déroulante. Pouvez-vous l'ajouter ?

Le service de gestion, lycée Alain - Alençon""", client="owa", fmt="html", enc="qp", disc=[DISC_AC])

M("account_creation", False, "0571179X", "GE", "espace_acheteur", False, "fr",
  "HTML table of three staff to create with different rights: several accounts and rights, a person handles it.",
  "Sylvain Noël <sylvain.noel@ac-nancy-metz.fr>", "Création de comptes utilisateurs",
  """Bonjour,

Merci de créer les comptes suivants pour le collège Jean Rostand de Sarrebourg (0571179X) :
{TABLE}
Cordialement,""",
  table=[["Nom", "Fonction", "Droits souhaités"], ["Mme Becker", "Gestionnaire", "Commande + validation"], ["M. Hoff", "Agent comptable", "Consultation factures"], ["Mme Roth", "Secrétaire", "Panier seulement"]],
  sig="Sylvain Noël\nSecrétaire général\n03 87 03 17 17 / 03 87 03 17 20", disc=[DISC_AC, DISC_DECO], client="outlook", fmt="alt", enc="qp")

M("account_creation", True, None, None, "espace_acheteur", False, "fr",
  "A town-hall buyer asks how to open an Espace Acheteur account; no UAI, non-academic domain.",
  "Mairie de Bayeux - Commande publique <commande.publique@mairie-bayeux.fr>", "Ouverture d'un compte acheteur",
  """Bonjour,

La commune souhaite adhérer et passer ses commandes de fournitures scolaires via l'Espace Acheteur. Comment créer notre compte ?

Le service commande publique""",
  sig="Mairie de Bayeux - Service commande publique\n19 rue Larcher, 14400 Bayeux\nTél. 02 31 51 60 60", disc=[DISC_DEPT],
  client="owa", fmt="html", enc="qp", logo=True)

M("account_creation", False, None, "N", "esidoc", False, "fr",
  "A collège opening in September 2025 has no UAI yet and wants an e-sidoc account: eligibility to check by a person.",
  "Mission ouverture collège <ouverture.college-ifs@ac-normandie.fr>", "Nouveau collège - ouverture septembre 2025",
  """Bonjour,

Un nouveau collège ouvrira à Ifs à la rentrée 2025 ; son numéro UAI n'est pas encore attribué. Peut-on dès maintenant ouvrir un compte e-sidoc pour préparer le fonds du CDI ?

Cordialement,
La mission d'ouverture""", client="zimbra", fmt="html", enc="qp", disc=[DISC_AC])

# ==========================================================================
# subscription_activation (9)
# ==========================================================================
M("subscription_activation", True, "0502558J", "N", "esidoc", False, "fr",
  "Subscription ordered two days ago is not visible yet: within the 72-hour rule.",
  "Nadia Benali <nadia.benali@ac-normandie.fr>", "Abonnement non visible",
  """Bonjour,

Nous avons commandé l'abonnement e-sidoc premium lundi, il n'apparaît toujours pas dans notre interface. Est-ce normal ?
Collège Jules Verne, Granville - 0502558J""", client="zimbra", fmt="html", enc="qp", disc=[DISC_AC])

M("subscription_activation", True, "0520714U", "GE", "esidoc", False, "fr",
  "A digital press resource is subscribed but not published for pupils on the portal.",
  "Hugo Masson <hugo.masson@ac-reims.fr>", "Ressource Europresse non visible élèves",
  """Bonjour,

Notre abonnement Europresse est bien actif côté professionnel mais la ressource n'apparaît pas sur le portail e-sidoc côté élèves. Faut-il la publier quelque part ?
Lycée Bouchardon, Chaumont - 0520714U

Hugo Masson""", client="outlook", fmt="alt", enc="qp", disc=[DISC_ECO])

M("subscription_activation", True, "0570082E", "GE", "esidoc", False, "en",
  "English; the newly ordered service is not available yet.",
  "Oliver Grant <oliver.grant@ac-nancy-metz.fr>", "Subscription not active",
  """Hello,

We ordered the e-sidoc subscription for our school (0570082E) on Thursday but the service is still not available. How long does activation usually take?

Regards,
Oliver Grant""", client="gmail", fmt="alt", enc="qp")

M("subscription_activation", True, "0050632K", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
  "Negation: 'mon mot de passe fonctionne très bien'; the new resource is not visible. A Hautes-Alpes school writing to the desk.",
  "Rémi Arnaud <remi.arnaud@ac-aix-marseille.fr>", "ressource absente",
  """Bonjour,

Mon mot de passe fonctionne très bien, ce n'est pas le problème : c'est la ressource « Lumni Enseignement » commandée la semaine dernière qui n'apparaît pas dans le portail du collège (0050632K).

Rémi""", client="thunderbird", fmt="plain", enc="8bit")

M("subscription_activation", True, "0672942J", "GE", "esidoc", True, "fr",
  "Written by the head, but only asking when the subscription will be available: not a head-of-establishment request.",
  "Proviseur - International School <head@internationalschool-strasbourg.eu>", "Date de disponibilité de l'abonnement",
  """Madame, Monsieur,

Pouvez-vous m'indiquer quand l'abonnement e-sidoc commandé par notre établissement (0672942J) sera disponible ? L'équipe pédagogique souhaite l'utiliser dès la semaine prochaine.

Dr. C. Wells, chef d'établissement""", client="outlook", fmt="alt", enc="qp", disc=[DISC_EN])

M("subscription_activation", True, "0512024Y", "GE", "esidoc", False, "fr",
  "HTML table of three ordered resources, two not visible yet; ordered yesterday.",
  "Corinne Didier <corinne.didier@ac-reims.fr>", "Ressources commandées",
  """Bonjour,

Commande passée hier pour le lycée Marc Chagall (0512024Y). État actuel dans le portail :
{TABLE}
Merci de me dire si c'est normal.""",
  table=[["Ressource", "Visible ?"], ["Universalis", "Oui"], ["Le Robert junior", "Non"], ["Cafeyn", "Non"]],
  sig="Corinne Didier - CDI\n03 26 49 74 10", disc=[DISC_AC], client="owa", fmt="html", enc="qp")

M("subscription_activation", False, "0510432T", "GE", "esidoc", False, "fr",
  "Subscription ordered three weeks ago still not active, well past the 72 hours: a person must look.",
  "Marc-Olivier Dauphin <mo.dauphin@ac-reims.fr>", "Abonnement toujours inactif",
  """Bonjour,

L'abonnement e-sidoc commandé le 4 novembre (bon de commande validé, lycée Colbert 0510432T) n'est toujours pas actif trois semaines plus tard. Pouvez-vous vérifier ?""",
  sig="Marc-Olivier Dauphin\nAdjoint gestionnaire\n03 26 47 31 05", client="owa", fmt="html", enc="qp", disc=[DISC_AC])

M("subscription_activation", True, "0610935K", "N", "esidoc", True, "fr",
  "Reply on an invoice thread: the quoted history is about billing, the new question is an activation not yet visible.",
  "Sébastien Roger <sebastien.roger@ac-normandie.fr>", "Re: Facture abonnement 2025",
  """Merci pour la facture. Par contre l'abonnement lui-même n'apparaît pas encore sur notre portail (collège de Mortagne, 0610935K), la commande date d'avant-hier.

Sébastien""",
  quote="""Le mar. 14 janv. 2025 à 10:21, Service facturation <facturation@assistance.example.fr> a écrit :
> Bonjour,
> Veuillez trouver ci-joint la facture de votre abonnement 2025.
> Le service facturation""",
  client="gmail", fmt="alt", enc="qp")

M("subscription_activation", True, "0680710C", "GE", "ecoledirecte", False, "fr",
  "An ordered EcoleDirecte module is not visible in the school's space yet.",
  "Francine Wolff <francine.wolff@ac-strasbourg.fr>", "Module non disponible",
  """Bonjour,

Nous avons souscrit au module « Cahier de textes » d'EcoleDirecte vendredi dernier, il n'apparaît pas encore dans notre espace établissement (0680710C). Faut-il faire quelque chose de notre côté ?

F. Wolff, secrétariat""", client="zimbra", fmt="alt", enc="qp", disc=[DISC_AC])

# ==========================================================================
# order_billing (11)
# ==========================================================================
M("order_billing", False, "0762446W", "N", "espace_acheteur", False, "fr",
  "Asks for a quote (devis) for the items in an HTML table, needed for the bon d'engagement.",
  "Nicolas Boutet <nicolas.boutet@lycee-ferry-dieppe.fr>", "Demande de devis",
  """Bonjour,

Pourriez-vous nous établir un devis pour les articles suivants (lycée Jules Ferry, 0762446W) :
{TABLE}
Le devis est nécessaire pour établir le bon d'engagement avant le conseil d'administration.

Cordialement,""",
  table=[["Référence", "Désignation", "Qté"], ["MOB-2231", "Chaise empilable coque", "60"], ["MOB-1187", "Table 2 places 130x50", "30"], ["TAB-0042", "Tableau blanc 200x120", "4"]],
  sig="Nicolas Boutet\nPour le service gestion\n02 35 82 46 10 / 02 35 82 46 00", client="outlook", fmt="alt", enc="qp", disc=[DISC_ECO])

M("order_billing", False, "0540934X", "GE", "espace_acheteur", False, "fr",
  "The invoice has not been deposited in Chorus Pro, so the agency cannot pay it.",
  "Bernadette Simon <bernadette.simon@ac-nancy-metz.fr>", "Facture absente de Chorus",
  """Bonjour,

Nous n'avons pas trouvé dans Chorus Pro la facture correspondant à la commande EA-2024-10452 (lycée Jean Prouvé, 0540934X). Pouvez-vous la déposer ou nous indiquer le numéro d'engagement utilisé ?

Bien cordialement,""",
  sig="Bernadette Simon\nAgence comptable - Lycée Jean Prouvé, Nancy\nSIRET 195 409 346 00018\nTél. 03 83 28 73 00 - poste 4",
  disc=[DISC_AC], client="owa", fmt="html", enc="qp", logo=True)

M("order_billing", False, None, None, "espace_acheteur", False, "en",
  "English; query about a duplicated invoice amount on an order.",
  "Accounts Payable <ap@europeanschool-strasbourg.eu>", "Invoice query - order EA-2024-09981",
  """Dear team,

We received invoice FA-24-31877 for order EA-2024-09981, but the total (4,212.00 EUR) includes the delivery fee twice. Could you issue a credit note or a corrected invoice?

Kind regards,
Accounts Payable""", client="outlook", fmt="alt", enc="qp", disc=[DISC_EN])

M("order_billing", False, "0101366F", "GE", "espace_acheteur", False, "fr",
  "Sends the bon d'engagement as a PDF and asks for the order to be validated.",
  "Gestion collège Paul Portier <gestion.0101366f@ac-reims.fr>", "Bon d'engagement - commande livres",
  """Bonjour,

Veuillez trouver ci-joint le bon d'engagement n° 2025-017 pour la commande de manuels du collège Paul Portier (0101366F). Merci de valider la commande correspondante.

La gestionnaire""",
  att=[("pdf", "BE_2025-017.pdf")], client="zimbra", fmt="html", enc="qp", disc=[DISC_AC])

M("order_billing", False, None, "N", "espace_acheteur", False, "fr",
  "Asks whether payment by mandat administratif is possible for an order; no UAI.",
  "Josiane Legros <josiane.legros@ac-normandie.fr>", "moyen de paiement",
  """Bonjour,

Est-il possible de régler nos commandes par mandat administratif plutôt que par carte ? Notre agent comptable refuse le paiement en ligne.

Josiane Legros, gestionnaire""", client="thunderbird", fmt="plain", enc="8bit")

M("order_billing", False, "0881319F", "GE", "espace_acheteur", False, "fr",
  "Basket cannot be validated: error on the order validation step.",
  "Damien François <damien.francois@ac-nancy-metz.fr>", "Erreur validation panier",
  """Bonjour,

Impossible de valider mon panier sur l'Espace Acheteur : message « montant supérieur au budget disponible » alors que le budget est largement suffisant. Lycée Jules Ferry, Saint-Dié - 0881319F.

Merci de regarder rapidement, la commande doit partir avant les vacances.""",
  sig="Damien François\nGestionnaire\n03 29 56 14 20 / 06 03 52 71 48", client="outlook", fmt="alt", enc="qp", disc=[DISC_AC, DISC_DECO])

M("order_billing", False, "0142501T", "N", "espace_acheteur", True, "fr",
  "Forwards an Outlook invitation to the purchasing committee and asks for a quote before it; the .ics is context, the request is a devis.",
  "Hervé Lecoq <herve.lecoq@ac-normandie.fr>", "TR: Commission achats - 6 février",
  """Bonjour,

Pour la commission ci-dessous, j'aurais besoin d'un devis détaillé pour le renouvellement du parc de vidéoprojecteurs (25 unités) du lycée Malherbe (0142501T).

Hervé Lecoq, gestionnaire""",
  quote="""-----Message d'origine-----
De : Secrétariat de direction
Envoyé : mercredi 22 janvier 2025 11:30
Objet : Commission achats - 6 février
Quand : jeudi 6 février 2025 17:00-18:30
Où : Salle du conseil

Ordre du jour : équipements numériques 2025.""",
  att=[("ics", "commission.ics", """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250206T170000
DTEND;TZID=Europe/Paris:20250206T183000
SUMMARY:Commission achats
LOCATION:Salle du conseil
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4
END:VEVENT
END:VCALENDAR""")],
  client="outlook", fmt="alt", enc="qp")

M("order_billing", False, None, None, "espace_acheteur", False, "fr",
  "A département buyer received the same invoice twice; OWA HTML-only with the département's RGPD notice.",
  "Karim Haddad <karim.haddad@seinemaritime.fr>", "Facture en double",
  """Bonjour,

Nous avons reçu deux fois la facture FA-24-30211 (une par courrier, une par Chorus) pour la livraison des collèges. Pouvez-vous confirmer qu'il s'agit bien d'un doublon et qu'un seul paiement est attendu ?

Cordialement,""",
  sig="Karim Haddad\nDirection de l'éducation - Cellule achats collèges\nDépartement de la Seine-Maritime\nTél. 02 35 03 55 12 - 02 35 03 55 00",
  disc=[DISC_DEPT], banner=BANNER_EXT, client="owa", fmt="html", enc="qp", logo=True)

M("order_billing", False, "0760962H", "N", "espace_acheteur", True, "fr",
  "Cité scolaire signature lists the lycée 0760962H and the collège 0761102K; the invoice concerns the lycée's order.",
  "Gestion cité scolaire <gestion.brassens@ac-normandie.fr>", "Facture à rééditer",
  """Bonjour,

La facture FA-24-29874 a été établie au nom du collège alors que la commande a été passée et payée par le lycée (UAI 0760962H). Pouvez-vous la rééditer au bon nom ?

Merci,""",
  sig="Service de gestion\nCité scolaire Georges Brassens\nLycée 0760962H - Collège 0761102K\n02 35 93 00 70",
  disc=[DISC_AC], client="zimbra", fmt="html", enc="qp")

M("order_billing", False, "0082321E", "GE", "espace_acheteur", False, "fr",
  "The collection department sends a reminder for an invoice that was already paid.",
  "Agent comptable <ac.lycee-bazin@ac-reims.fr>", "Relance facture déjà réglée",
  """Bonjour,

Votre service recouvrement nous relance pour la facture FA-24-27110, réglée le 18 octobre (mandat n° 1452). Merci de mettre à jour votre suivi pour le lycée François Bazin (0082321E).

L'agent comptable""", client="outlook", fmt="alt", enc="qp", disc=[DISC_AC])

M("order_billing", False, "0680811M", "GE", "espace_acheteur", False, "en",
  "English; asks for a formal quote for the buyer-space annual service.",
  "Emma Schneider <emma.schneider@lycee-bartholdi.fr>", "Quote request for 2025",
  """Hello,

Could you send us a formal quote for the 2025 buyer-space service for Lycée Bartholdi (0680811M)? Our board meets on 10 March and needs it to approve the spending.

Best regards,
Emma Schneider, bursar's assistant""", client="gmail", fmt="alt", enc="qp")

# ==========================================================================
# contract_documents (6)
# ==========================================================================
M("contract_documents", False, "0762446W", "N", "espace_acheteur", False, "fr",
  "Cannot see the market documents (marché) in the Espace Acheteur.",
  "Service gestion Lycée Jules Ferry <gestion@lycee-ferry-dieppe.fr>", "Documents du marché introuvables",
  """Bonjour,

Je ne trouve pas les documents du marché « fournitures de bureau 2025 » dans l'Espace Acheteur : la rubrique Documents est vide pour nous. Lycée Jules Ferry (0762446W).

Cordialement""", client="outlook", fmt="alt", enc="qp", disc=[DISC_ECO])

M("contract_documents", False, "0572669S", "GE", "espace_acheteur", False, "fr",
  "The contract amendment (avenant n°2) is not visible among the documents.",
  "Lionel Kremer <lionel.kremer@ac-nancy-metz.fr>", "Avenant non visible",
  """Bonjour,

L'avenant n°2 au marché de restauration, notifié le mois dernier, n'apparaît pas dans nos documents contractuels sur l'Espace Acheteur (lycée Louis de Cormontaigne, 0572669S). Pouvez-vous le rendre accessible ?

L. Kremer""", client="owa", fmt="html", enc="qp", disc=[DISC_AC])

M("contract_documents", False, None, None, "espace_acheteur", False, "en",
  "English; cannot find the membership convention among the documents.",
  "Procurement Office <procurement@europeanschool-strasbourg.eu>", "Convention documents missing",
  """Hello,

We cannot find our membership convention or its annexes in the documents section of the buyer space. Our auditor needs them this week. Could you help?

Procurement Office""", client="outlook", fmt="alt", enc="qp", disc=[DISC_EN])

M("contract_documents", False, None, None, "espace_acheteur", False, "fr",
  "The groupement de commandes convention cannot be downloaded (error page); OWA HTML with the Région's notice.",
  "Valérie Muller <valerie.muller@grandest.fr>", "Convention de groupement",
  """Bonjour,

Le lien de téléchargement de la convention de groupement de commandes renvoie une page d'erreur 403. Pouvez-vous me la transmettre ou corriger l'accès ?""",
  sig="Valérie Muller\nPôle achats - Région Grand Est\n03 88 15 68 67", disc=[DISC_REGION_GE], client="owa", fmt="html", enc="qp")

M("contract_documents", False, "0140744H", "N", "espace_acheteur", False, "fr",
  "Sees the market but not its pieces (CCAP, BPU).",
  "Sabrina Martel <s.martel@college-sainte-marie-caen.fr>", "Pièces du marché",
  """Bonjour,

Je vois bien le marché « entretien des locaux » mais aucune de ses pièces (CCAP, CCTP, BPU) n'est téléchargeable. Collège Sainte-Marie, 0140744H.

Merci""", client="outlook", fmt="alt", enc="qp")

M("contract_documents", False, "0671309J", "GE", "espace_acheteur", True, "fr",
  "Zimbra HTML-only reply: the quoted history is a resolved password question; the new question is about contract documents.",
  "Marie Hertz <marie.hertz@ac-strasbourg.fr>", "Re: Mot de passe Espace Acheteur",
  """Bonjour,

Merci, je peux de nouveau me connecter. Par contre je ne vois plus les conventions et les marchés auxquels le collège (0671309J) est rattaché : la page Documents est vide.

Marie Hertz""",
  quote="""----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Marie Hertz" <marie.hertz@ac-strasbourg.fr>
Envoyé: Lundi 3 Février 2025 09:40:12
Objet: Mot de passe Espace Acheteur

Bonjour, un lien de réinitialisation de mot de passe vient de vous être envoyé.""",
  client="zimbra", fmt="html", enc="qp", disc=[DISC_AC])

# ==========================================================================
# transfer_incident (8)
# ==========================================================================
M("transfer_incident", False, "0572259W", "GE", "ecoledirecte", False, "fr",
  "The nightly data transfer to EcoleDirecte fails; HTML table of the errors.",
  "Thierry Gross <thierry.gross@ac-nancy-metz.fr>", "Échec transfert EcoleDirecte",
  """Bonjour,

Le transfert des données vers EcoleDirecte échoue depuis trois nuits (collège Jean Mermoz, 0572259W) :
{TABLE}
Merci de votre aide.""",
  table=[["Date", "Étape", "Message"], ["12/02", "Export élèves", "Erreur 500"], ["13/02", "Export élèves", "Délai dépassé"], ["14/02", "Connexion", "Licence invalide"]],
  sig="Thierry Gross\nRéférent numérique\n03 87 30 56 12 / 03 87 30 56 00", client="outlook", fmt="alt", enc="qp", disc=[DISC_AC])

M("transfer_incident", False, "6200051L", "corse", "ecoledirecte", False, "fr",
  "Asks for the daily maintenance password: transfer_incident per the taxonomy.",
  "Paul Santoni <paul.santoni@ac-corse.fr>", "mot de passe de maintenance",
  """Bonjour,

J'ai besoin du mot de passe de maintenance du jour pour relancer la synchronisation de la base du collège (6200051L).

Merci
P. Santoni""", client="thunderbird", fmt="plain", enc="8bit")

M("transfer_incident", False, "0510432T", "GE", "ecoledirecte", False, "fr",
  "The licence must be regenerated after the school's server was replaced.",
  "Marc-Olivier Dauphin <mo.dauphin@ac-reims.fr>", "Régénération licence",
  """Bonjour,

Suite au remplacement de notre serveur, le logiciel indique « licence non valide » et le transfert vers EcoleDirecte est bloqué. Pouvez-vous régénérer la licence du lycée Colbert (0510432T) ?""",
  sig="Marc-Olivier Dauphin\nAdjoint gestionnaire\n03 26 47 31 05", client="owa", fmt="html", enc="qp", disc=[DISC_AC])

M("transfer_incident", False, "0671223R", "GE", "ecoledirecte", False, "en",
  "English; the synchronisation between the school-management software and EcoleDirecte stopped.",
  "Kevin O'Brien <k.obrien@college-robert-schuman.fr>", "Sync failing since Monday",
  """Hi,

The data sync between our school-management database and EcoleDirecte has been failing since Monday with "authentication refused". Nothing changed on our side. School code 0671223R.

Kevin O'Brien, IT""", client="apple", fmt="alt", enc="qp")

M("transfer_incident", False, "0761102K", "N", "esidoc", False, "fr",
  "Pupil data import into the library software fails each night, so new pupils have no account.",
  "Hélène Marais <helene.marais@ac-normandie.fr>", "import des élèves",
  """Bonjour,

L'import automatique des élèves depuis la base administrative ne se fait plus pour le collège (0761102K) : les nouveaux élèves n'ont pas de compte sur le portail e-sidoc. Le journal indique « fichier de transfert introuvable ».

Merci""",
  sig="Hélène Marais\nProfesseure documentaliste - collège Georges Brassens", client="zimbra", fmt="html", enc="qp", disc=[DISC_AC])

M("transfer_incident", False, "0140465E", "N", "ecoledirecte", True, "fr",
  "Negation: not her own account password but the maintenance password needed for the transfer: transfer_incident.",
  "Lucie Vimont <lucie.vimont@ac-normandie.fr>", "pas mon mot de passe",
  """Bonjour,

Ce n'est pas le mot de passe de mon compte que je cherche (il marche) mais le mot de passe de maintenance demandé pour relancer le transfert des notes vers EcoleDirecte. Collège Jean Moulin, 0140465E.

Lucie""", client="outlook", fmt="alt", enc="qp")

M("transfer_incident", False, "0882934L", "GE", "ecoledirecte", False, "fr",
  "OWA HTML-only with a screenshot of the transfer error attached.",
  "Sandra Mangin <sandra.mangin@ac-nancy-metz.fr>", "Transfert bloqué - capture jointe",
  """Bonjour,

Le transfert vers EcoleDirecte s'arrête à 42 % avec le message en capture. Collège de Bruyères, UAI 0882934L. Pouvez-vous nous rappeler ?""",
  sig="Sandra Mangin\nSecrétariat\n03 29 50 10 42 / 03 29 50 10 40", att=[("png", "erreur_transfert.png")],
  client="owa", fmt="html", enc="qp", disc=[DISC_AC, DISC_DECO])

M("transfer_incident", False, "0271138R", "N", "ecoledirecte", False, "fr",
  "The académie IT staff report that the nightly transfer of a lycée fails with a certificate error.",
  "Assistance DANE <assistance.dane@ac-normandie.fr>", "Transfert nocturne en échec - lycée Aristide Briand",
  """Bonjour,

Depuis le 3 mars, le transfert nocturne du lycée Aristide Briand d'Évreux (0271138R) vers EcoleDirecte échoue avec « certificat expiré ». Le poste serveur est à jour. Pouvez-vous vérifier de votre côté ?

Cordialement,""",
  sig="Assistance DANE - Région académique Normandie\nPlateforme : 02 32 08 97 00", client="zimbra", fmt="html", enc="qp", disc=[DISC_AC, DISC_DECO], logo=True)

# ==========================================================================
# automated (21)
# ==========================================================================
M("automated", False, None, "N", None, False, "fr",
  "Zimbra vacation reply from an academic mailbox: 'Auto-Submitted: auto-replied (zimbra; vacation)'; region from the sender domain.",
  "Sophie Lemarchand <sophie.lemarchand@ac-normandie.fr>", "Absente : Re: Mot de passe e-sidoc oublié",
  """Bonjour,

Je suis absente du 21 octobre au 3 novembre inclus (vacances scolaires). Votre message sera traité à mon retour.
Pour toute urgence, merci de contacter le secrétariat du collège au 02 35 84 17 00.

Sophie Lemarchand""", client="zimbra", fmt="alt", enc="qp",
  hdr={"Auto-Submitted": "auto-replied (zimbra; vacation)", "Precedence": "bulk"})

M("automated", False, None, "GE", None, False, "fr",
  "Exchange/OWA out-of-office in HTML with Auto-Submitted and X-Auto-Response-Suppress; region from the sender domain.",
  "Bernadette Simon <bernadette.simon@ac-nancy-metz.fr>", "Réponse automatique : Facture absente de Chorus",
  """Bonjour,

Je suis en congé jusqu'au lundi 6 janvier. En mon absence, vous pouvez joindre l'agence comptable au 03 83 28 73 00.

Bien cordialement,
Bernadette Simon""", client="owa", fmt="html", enc="qp", disc=[DISC_AC],
  hdr={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"})

M("automated", False, None, None, None, False, "en",
  "English Exchange 'Automatic reply' with Auto-Submitted and X-Auto-Response-Suppress.",
  "Daniel Price <d.price@europeanschool-strasbourg.eu>", "Automatic reply: No notifications received",
  """Thank you for your email. I am out of the office until 2 December with limited access to email. For urgent procurement matters please contact procurement@europeanschool-strasbourg.eu.

Daniel Price""", client="owa", fmt="html", enc="qp",
  hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

M("automated", False, None, None, None, True, "fr",
  "MailInBlack sender-authentication challenge sent by a school's filter to the desk: a robot, never answered (not a user's mailinblack_spam complaint).",
  "Mailinblack <noreply@protection.mailinblack.example>", "Votre message est en attente de validation",
  """Bonjour,

Vous avez envoyé un message à n.boutet@lycee-ferry-dieppe.fr. Ce destinataire est protégé par Mailinblack.
Pour que votre message soit délivré, merci de confirmer que vous n'êtes pas un robot en cliquant sur le lien ci-dessous :

https://protection.mailinblack.example/challenge?id=7f3a9c

Cette opération n'est à faire qu'une seule fois.""", client="robot", fmt="alt", enc="qp",
  hdr={"Auto-Submitted": "auto-replied", "X-Mailinblack": "challenge"})

M("automated", False, None, None, None, True, "en",
  "English MailInBlack challenge addressed to the desk's address, without Auto-Submitted: only the sender and wording show it is a robot.",
  "Mailinblack Protection <challenge@protection.mailinblack.example>", "Please authenticate your message",
  """Hello,

You sent an email to mark.benson@britishschool-nancy.org, who is protected by Mailinblack.
To deliver your message, please confirm you are a human by clicking the link below:

https://protection.mailinblack.example/auth?t=5c21e0

Thank you.""", client="robot", fmt="html", enc="qp")

M("automated", False, None, None, None, False, "en",
  "Postfix bounce (multipart/report delivery-status) with a null Return-Path.",
  "Mail Delivery System <MAILER-DAEMON@mx.lycee-ferry-dieppe.fr>", "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx.lycee-ferry-dieppe.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cdi.ancien@lycee-ferry-dieppe.fr>: host mx.lycee-ferry-dieppe.fr said:
    550 5.1.1 User unknown""", client="robot", fmt="plain", enc="7bit",
  report=dict(type="delivery-status", rcpt="cdi.ancien@lycee-ferry-dieppe.fr", status="5.1.1", mta="mx.lycee-ferry-dieppe.fr",
              diag="smtp; 550 5.1.1 User unknown", subj="Votre demande [#48120]"),
  hdr={"Return-Path": "<>", "Auto-Submitted": "auto-replied"})

M("automated", False, None, None, None, False, "fr",
  "Exchange Online non-delivery report in French ('Non remis :'), multipart/report.",
  "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@grandest.fr>", "Non remis : Convention de groupement",
  """Votre message n'a pas pu être remis à v.muller@grandest.fr car l'adresse est introuvable ou ne peut pas recevoir de courrier.

Serveur ayant signalé l'erreur : PR3P192MB0871.EURP192.PROD.OUTLOOK.COM
Code : 550 5.1.10 RESOLVER.ADR.RecipientNotFound""", client="robot", fmt="html", enc="qp",
  report=dict(type="delivery-status", rcpt="v.muller@grandest.fr", status="5.1.10", mta="PR3P192MB0871.EURP192.PROD.OUTLOOK.COM",
              diag="smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound", subj="Convention de groupement"),
  hdr={"Return-Path": "<>", "Auto-Submitted": "auto-replied"})

M("automated", False, None, "N", None, False, "fr",
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from the sender domain.",
  "Hervé Lecoq <herve.lecoq@ac-normandie.fr>", "Lu : Votre devis vidéoprojecteurs",
  """Votre message

  À : Hervé Lecoq
  Objet : Votre devis vidéoprojecteurs
  Envoyé : jeudi 30 janvier 2025 10:12:44 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le jeudi 30 janvier 2025 11:03:18 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.""",
  client="robot", fmt="plain", enc="qp", report=dict(type="disposition-notification", rcpt="herve.lecoq@ac-normandie.fr", disposition="displayed"))

M("automated", False, None, "N", None, False, "fr",
  "Académie newsletter sent to a list the desk is on: List-Id, List-Unsubscribe, Precedence: bulk.",
  "La lettre de la DANE <lettre-dane@ac-normandie.fr>", "La lettre du numérique éducatif - n°42",
  """LA LETTRE DU NUMÉRIQUE ÉDUCATIF - Région académique Normandie

À la une : les rencontres des professeurs documentalistes le 12 mars à Rouen.
Ressources : nouvelles fiches sur l'éducation aux médias et à l'information.
Agenda : webinaires du mercredi, inscriptions ouvertes.

Vous recevez cette lettre car vous êtes inscrit à la liste de diffusion. Se désinscrire : https://listes.ac-normandie.fr/unsubscribe""",
  client="robot", fmt="html", enc="qp", logo=True,
  hdr={"List-Id": "<lettre-dane.listes.ac-normandie.fr>", "List-Unsubscribe": "<https://listes.ac-normandie.fr/unsubscribe>", "Precedence": "bulk"})

M("automated", False, None, None, "espace_acheteur", False, "fr",
  "No-reply notification of the Espace Acheteur (new order to validate), Auto-Submitted: auto-generated.",
  "Espace Acheteur <no-reply@espace-acheteur.example.fr>", "Nouvelle commande à valider",
  """Bonjour,

Une nouvelle commande (EA-2025-01342) attend votre validation dans l'Espace Acheteur.
Montant : 2 318,40 € TTC - Structure : Lycée Jules Ferry.

Ceci est un message automatique, merci de ne pas y répondre.""", client="robot", fmt="html", enc="qp", logo=True,
  hdr={"Auto-Submitted": "auto-generated"})

M("automated", False, None, "N", None, True, "fr",
  "Automatic acceptance of a meeting by a room-resource calendar (Zimbra): 'Accepté :', text/calendar reply, no person wrote it.",
  "Salle du conseil - Rectorat <salle.conseil@ac-normandie.fr>", "Accepté : Point assistance e-sidoc",
  """Salle du conseil - Rectorat a accepté votre invitation.

Point assistance e-sidoc
jeudi 20 février 2025, 10:00 - 11:00""", client="zimbra", fmt="alt", enc="qp",
  att=[("ics", "reply.ics", """BEGIN:VCALENDAR
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
ATTENDEE;CN=Salle du conseil - Rectorat;PARTSTAT=ACCEPTED:mailto:salle.conseil@ac-normandie.fr
ORGANIZER:mailto:support@assistance.example.fr
DTSTART;TZID=Europe/Paris:20250220T100000
DTEND;TZID=Europe/Paris:20250220T110000
SUMMARY:Point assistance e-sidoc
UID:7a41c2e0-5b1d-4f36-9e0a-2d7c88b1f3aa
END:VEVENT
END:VCALENDAR""")],
  hdr={"Auto-Submitted": "auto-replied"})

M("automated", False, None, "GE", "esidoc", True, "fr",
  "Out-of-office set by a client-side rule: no Auto-Submitted or Precedence; mentions e-sidoc and passwords, but only the wording shows it is automatic.",
  "Nathalie Vautrin <nathalie.vautrin@ac-nancy-metz.fr>", "Absence",
  """Bonjour,

Je suis en formation jusqu'au vendredi 15 novembre et ne consulte pas ma messagerie.
Pour les mots de passe e-sidoc des élèves, adressez-vous à la vie scolaire.
Je vous répondrai dès mon retour.

N. Vautrin""", client="outlook", fmt="alt", enc="qp")

M("automated", False, "0762719T", "N", None, False, "fr",
  "Out-of-office of a school office's ce.<UAI> address; Auto-Submitted is present; the UAI comes from the sender address.",
  "Lycée Guy de Maupassant <ce.0762719T@ac-normandie.fr>", "Réponse automatique : Mails de l'Espace Acheteur",
  """Le lycée est fermé pendant les vacances d'hiver, du 15 février au 2 mars. Les messages reçus seront traités à la réouverture.

Le secrétariat""", client="zimbra", fmt="html", enc="qp",
  hdr={"Auto-Submitted": "auto-replied (zimbra; vacation)"})

M("automated", False, None, None, "esignature", False, "fr",
  "E-signature notification: the convention has been signed by all parties; auto-generated.",
  "Signature électronique <no-reply@signature.example.fr>", "Document signé : Convention d'adhésion 2025",
  """Bonjour,

Le document « Convention d'adhésion 2025 - Lycée Henri Poincaré » a été signé par tous les signataires.
Vous pouvez le télécharger depuis votre espace de signature électronique pendant 30 jours.

Ce message a été envoyé automatiquement.""", client="robot", fmt="html", enc="qp", logo=True,
  hdr={"Auto-Submitted": "auto-generated"})

M("automated", False, None, None, "ticket_portal", False, "fr",
  "Ticket-portal notification: a ticket the desk opened with a supplier received a comment; Auto-Submitted: auto-generated.",
  "Portail assistance <noreply@support-portal.example.com>", "[Ticket #88214] Nouveau commentaire",
  """Un nouveau commentaire a été ajouté au ticket #88214 « Synchronisation annuaire ».

Statut : En cours
Consultez le ticket sur le portail pour répondre.""", client="robot", fmt="html", enc="qp",
  hdr={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"})

M("automated", False, None, None, None, False, "fr",
  "Zimbra 'Message non distribué' bounce as multipart/report with a null Return-Path.",
  "Mail Delivery System <MAILER-DAEMON@zimbra.lycee-saint-adjutor.fr>", "Message non distribué : Re: TR: Votre rapport de quarantaine",
  """Ceci est le système de messagerie de zimbra.lycee-saint-adjutor.fr.

Votre message n'a pas pu être remis au destinataire suivant :

<p.moulin@lycee-saint-adjutor.fr> : boîte aux lettres pleine (quota dépassé)""", client="robot", fmt="plain", enc="8bit",
  report=dict(type="delivery-status", rcpt="p.moulin@lycee-saint-adjutor.fr", status="5.2.2", mta="zimbra.lycee-saint-adjutor.fr",
              diag="smtp; 552 5.2.2 Mailbox full", subj="Re: TR: Votre rapport de quarantaine"),
  hdr={"Return-Path": "<>"})

M("automated", False, None, "N", "esidoc", True, "fr",
  "A librarian's real question about an e-sidoc password, but posted to the documentalistes' mailing list the desk is subscribed to (List-Id, Precedence: list).",
  "Gaëlle Hamon <gaelle.hamon@ac-normandie.fr>", "[docs-normandie] mdp e-sidoc élèves",
  """Bonjour à toutes et tous,

Comment faites-vous pour redonner un mot de passe e-sidoc à un élève qui l'a oublié ? Je ne trouve pas l'option dans la gestion.

Merci !
Gaëlle, collège Le Castel""", client="zimbra", fmt="alt", enc="qp",
  hdr={"List-Id": "Professeurs documentalistes de Normandie <docs-normandie.listes.ac-normandie.fr>", "Precedence": "list",
       "List-Post": "<mailto:docs-normandie@listes.ac-normandie.fr>"})

M("automated", False, None, "N", None, False, "fr",
  "Outlook 'Non lu :' notice (message deleted without being read), disposition-notification; region from the sender domain.",
  "Thomas Duval <thomas.duval@ac-normandie.fr>", "Non lu : Mot de passe e-sidoc [#48391]",
  """Votre message

  À : Thomas Duval
  Objet : Mot de passe e-sidoc [#48391]

a été supprimé sans avoir été lu le vendredi 22 novembre 2024 16:40.""", client="robot", fmt="plain", enc="qp",
  report=dict(type="disposition-notification", rcpt="thomas.duval@ac-normandie.fr", disposition="deleted"))

M("automated", False, None, None, None, False, "en",
  "English vendor newsletter with List-Unsubscribe (one-click) and Precedence: bulk.",
  "EduTech Europe News <news@edutech-europe.example.com>", "This month: AI tools for school libraries",
  """EduTech Europe - Monthly digest

- 5 AI tools every school librarian should know
- Webinar: cataloguing with linked data (March 19)
- Case study: a lycée in Alsace goes paperless

You are receiving this email because you subscribed on our website. Unsubscribe: https://edutech-europe.example.com/u/3f9a""",
  client="robot", fmt="html", enc="qp", logo=True,
  hdr={"List-Unsubscribe": "<https://edutech-europe.example.com/u/3f9a>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"})

M("automated", False, None, "GE", None, False, "fr",
  "Acknowledgement from another help desk (the académie's) for a message the desk sent: Auto-Submitted and X-Loop; answering would start a loop.",
  "Assistance académique <assistance@ac-strasbourg.fr>", "[Demande 2025-004417] Accusé de réception",
  """Bonjour,

Votre demande a bien été enregistrée sous le numéro 2025-004417. Un technicien la prendra en charge dans les meilleurs délais.
Merci de ne pas répondre à ce message.

Plateforme d'assistance - Académie de Strasbourg""", client="robot", fmt="html", enc="qp",
  hdr={"Auto-Submitted": "auto-replied", "X-Loop": "assistance@ac-strasbourg.fr"})

M("automated", False, None, "GE", None, True, "fr",
  "Zimbra calendar reminder generated by the server for a meeting, forwarded by no one: no Auto-Submitted, but the wording and text/calendar show it is automatic.",
  "Agenda Zimbra <agenda-noreply@ac-reims.fr>", "Rappel : Réunion référents e-sidoc (demain 14:00)",
  """Rappel de rendez-vous

Réunion référents e-sidoc
Quand : mardi 11 mars 2025 14:00 - 16:00
Où : Visio (lien dans l'invitation)
Organisateur : DANE Reims

Ce rappel a été généré automatiquement par votre agenda.""", client="robot", fmt="html", enc="qp",
  att=[("ics", "rappel.ics", """BEGIN:VCALENDAR
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
SUMMARY:Réunion référents e-sidoc
DTSTART;TZID=Europe/Paris:20250311T140000
DTEND;TZID=Europe/Paris:20250311T160000
UID:c0b3e6a2-9d7f-4d5e-8a51-0e6b3a4f2c19
END:VEVENT
END:VCALENDAR""")])

# ==========================================================================
# other (18)
# ==========================================================================
M("other", False, "0501826N", "N", "esidoc", True, "fr",
  "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked.",
  "Anne-Laure Hue <anne-laure.hue@ac-normandie.fr>", "RE: Mot de passe e-sidoc [#48240]",
  """Merci beaucoup, tout fonctionne à nouveau ! Bonne journée.

Anne-Laure Hue
CDI collège Les Embruns (0501826N)""",
  quote="""-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Objet : Mot de passe e-sidoc [#48240]

Bonjour, un lien de réinitialisation du mot de passe a été envoyé à l'adresse officielle de l'établissement.""",
  client="outlook", fmt="alt", enc="qp", hdr={"In-Reply-To": "<ticket-48240@assistance.example.fr>"})

M("other", False, None, None, None, True, "fr",
  "Phishing imitating the Zimbra webmail ('boîte pleine, confirmez votre mot de passe'); the look-alike domain is not an académie domain.",
  "Administrateur Zimbra <admin@ac-normandie-webmail.com>", "Votre boîte aux lettres a atteint sa limite",
  """Cher utilisateur,

Votre boîte aux lettres Zimbra a atteint 98 % de sa capacité. Pour éviter la suspension de votre compte, confirmez votre identifiant et votre mot de passe sous 24 heures :

https://ac-normandie-webmail.com/zimbra/verification

L'équipe de messagerie""", client="robot", fmt="html", enc="qp", logo=True)

M("other", False, None, None, None, False, "en",
  "English SEO spam.",
  "Jessica Moore <jessica@rankboost-seo.example>", "Quick question about assistance.example.fr",
  """Hi there,

I noticed your website isn't ranking on the first page of Google for key terms. We can get you there in 30 days with our proven white-hat strategy. Can I send you a free audit?

Best,
Jessica""", client="gmail", fmt="alt", enc="7bit")

M("other", False, None, "GE", "esidoc", True, "fr",
  "Forwards a webinar calendar invitation and asks whether someone from the desk will attend: no category of its own.",
  "Laure Jacquemin <laure.jacquemin@ac-strasbourg.fr>", "TR: Webinaire e-sidoc et EMI - 27 mars",
  """Bonjour,

Je vous transfère l'invitation ci-jointe : est-ce que quelqu'un de votre équipe sera présent pour répondre aux questions des collègues ? Ce serait très apprécié.

Laure Jacquemin, formatrice DANE""",
  quote="""-----Message d'origine-----
De : DANE Strasbourg
Objet : Webinaire e-sidoc et EMI - 27 mars
Quand : jeudi 27 mars 2025 14:00-15:30
Où : Visio""",
  att=[("ics", "webinaire.ics", """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
SUMMARY:Webinaire e-sidoc et EMI
DTSTART;TZID=Europe/Paris:20250327T140000
DTEND;TZID=Europe/Paris:20250327T153000
LOCATION:Visio
UID:040000008200E00074C5B7101A82E0080000000077AA88BB
END:VEVENT
END:VCALENDAR""")],
  client="outlook", fmt="alt", enc="qp", disc=[DISC_AC, DISC_DECO])

M("other", False, "0540416J", "GE", "esidoc", False, "fr",
  "How-to question: printing spine labels from the catalogue; no category fits.",
  "flo.kieffer54 <flo.kieffer54@gmail.com>", "etiquettes cotes",
  """re bonjour
comment on imprime les etiquettes de cote depuis esidoc ? je trouve pas le menu
clg Guynemer 0540416J
merci
Florence""", client="gmail", fmt="alt", enc="8bit")

M("other", False, None, None, "ecoledirecte", False, "fr",
  "A parent writes to the wrong desk about a child's marks on EcoleDirecte.",
  "Sandrine Lefebvre <sandrine.lefebvre76@wanadoo.fr>", "notes de mon fils",
  """Bonjour,

Les notes de mon fils Lucas (4eB) n'apparaissent plus sur EcoleDirecte depuis une semaine alors que ses camarades les voient. Pouvez-vous corriger ?

Mme Lefebvre""", client="webmail", fmt="plain", enc="8bit")

M("other", False, None, None, None, False, "en",
  "English sales pitch from a publisher offering a partnership.",
  "Mark Delaney <partnerships@brightpages-publishing.example>", "Partnership opportunity - digital readers",
  """Dear team,

BrightPages Publishing would love to feature our graded digital readers in your platform's catalogue. Would you be available for a 20-minute call next week?

Warm regards,
Mark Delaney
Head of Partnerships""", client="outlook", fmt="alt", enc="qp", disc=[DISC_EN])

M("other", False, None, "N", "esidoc", False, "fr",
  "Asks for an e-sidoc training session for the librarians of a basin: no category fits.",
  "Maryse Cauchois <maryse.cauchois@ac-normandie.fr>", "Demande de formation bassin du Havre",
  """Bonjour,

Nous sommes une douzaine de professeurs documentalistes du bassin du Havre à souhaiter une demi-journée de prise en main des nouvelles fonctionnalités d'e-sidoc. Est-ce envisageable au printemps ?

Maryse Cauchois, coordinatrice du bassin""",
  sig="Maryse Cauchois\nProfesseure documentaliste - lycée Porte Océane\n02 35 19 44 30", client="zimbra", fmt="html", enc="qp", disc=[DISC_AC, DISC_DECO], logo=True)

M("other", False, None, None, None, False, "fr",
  "A GDPR request to delete a former employee's personal data: a person handles it.",
  "Délégué à la protection des données <dpd@seinemaritime.fr>", "Demande d'effacement de données personnelles",
  """Madame, Monsieur,

Au titre de l'article 17 du RGPD, je vous transmets la demande d'effacement des données personnelles de M. Julien Prével, ancien agent du Département, qui dispose encore d'un compte sur votre plateforme.

Le délégué à la protection des données""", client="owa", fmt="html", enc="qp", disc=[DISC_DEPT])

M("other", False, "0520597S", "GE", None, False, "fr",
  "The school informs that it changed its name; not an administrator or contact-address change, so other.",
  "Secrétariat <ce.0520597S@ac-reims.fr>", "Changement de dénomination",
  """Bonjour,

Pour information, par arrêté du 12 décembre, le lycée Édouard Herriot s'appelle désormais « Lycée Simone Veil ». Merci de mettre à jour nos coordonnées dans vos fichiers (UAI inchangé : 0520597S).

Le secrétariat""", client="zimbra", fmt="html", enc="qp", disc=[DISC_AC])

M("other", False, None, "N", None, False, "fr",
  "Invitation to speak at a regional documentalistes' meeting.",
  "Comité d'organisation <rencontres.doc@ac-normandie.fr>", "Invitation - Rencontres des documentalistes 2025",
  """Bonjour,

Le comité d'organisation des Rencontres régionales des professeurs documentalistes (12 mars, Rouen) serait heureux de vous accueillir pour un atelier de 45 minutes. Merci de nous dire si vous êtes disponibles.

Le comité""", client="zimbra", fmt="html", enc="qp", logo=True, disc=[DISC_AC])

M("other", False, None, "GE", "esidoc", False, "fr",
  "Complaint about the portal's slowness during class hours: no category fits.",
  "Jean-Pierre Lorrain <jp.lorrain@ac-nancy-metz.fr>", "lenteurs insupportables",
  """Bonjour,

Depuis deux semaines, le portail e-sidoc met plus de 20 secondes à afficher une notice en classe. Avec 30 élèves devant moi c'est ingérable. Est-ce connu ?

JP Lorrain""", client="thunderbird", fmt="plain", enc="qp")

M("other", False, "0882619U", "GE", None, True, "fr",
  "A person's 'bien reçu, merci' acknowledgement quoting the desk's answer about an activation link: nothing asked.",
  "Laurence Perrin <laurence.perrin88@gmail.com>", "Re: lien d'activation",
  """bien reçu, merci !

Laurence (clg Louis Armand, 0882619U)""",
  quote="""Le lun. 18 nov. 2024 à 14:02, Assistance <support@assistance.example.fr> a écrit :
> Bonjour, le lien d'activation vous a été renvoyé.""",
  client="gmail", fmt="alt", enc="qp")

M("other", False, None, None, "esidoc", False, "fr",
  "Accessibility (RGAA) compliance question about the public portal.",
  "Mission handicap <mission.handicap@normandie.fr>", "Accessibilité du portail",
  """Bonjour,

Dans le cadre de notre plan d'accessibilité, pouvez-vous nous transmettre la déclaration de conformité RGAA du portail e-sidoc utilisé dans les lycées de la région ?

Cordialement,
Mission handicap - Région Normandie""", client="owa", fmt="html", enc="qp", disc=[DISC_ECO])

M("other", False, None, None, None, False, "en",
  "English; a teacher of a German partner school writes about an exchange project: misdirected.",
  "Anja Brenner <a.brenner@gymnasium-saarbruecken.example.de>", "Exchange project with a lycée in Metz",
  """Dear colleagues,

Our Gymnasium is looking for a partner lycée in Metz for a library exchange project next spring. Could you forward this to interested librarians?

Best regards,
Anja Brenner""", client="thunderbird", fmt="plain", enc="7bit")

M("other", False, None, "GE", "esignature", True, "fr",
  "The convention to e-sign carries the wrong establishment name; about a convention but not access to documents: other.",
  "Colette Henrion <colette.henrion@ac-reims.fr>", "Erreur dans la convention à signer",
  """Bonjour,

J'ai reçu la demande de signature électronique de la convention d'adhésion, mais le nom de l'établissement est erroné (« lycée Roosevelt » au lieu de « lycée Roosevelt-Jean Jaurès »). Je préfère ne pas signer en l'état.

Colette Henrion, secrétaire générale""", client="outlook", fmt="alt", enc="qp", disc=[DISC_AC])

M("other", False, None, None, "ticket_portal", False, "fr",
  "How to share a ticket with a colleague on the ticket portal.",
  "Romain Leprince <romain.leprince@dsi-normandie.example.fr>", "Partager un ticket",
  """Bonjour,

Comment puis-je ajouter un collègue en copie d'un ticket sur le portail de tickets, pour qu'il suive les échanges ?

Romain""", client="outlook", fmt="alt", enc="qp")

M("other", False, None, None, None, True, "fr",
  "Phishing with a fake unpaid invoice and a zip attachment: words like 'facture' and 'paiement' but spam.",
  "Service Facturation <facturation@relance-paiement.example>", "Facture impayée N°FR-2025-0098",
  """Bonjour,

Sauf erreur de notre part, la facture ci-jointe reste impayée. Sans règlement sous 48 heures, des pénalités seront appliquées.
Merci d'ouvrir le document joint pour consulter le détail.

Service facturation""", client="robot", fmt="html", enc="qp", att=[("zip", "Facture_FR-2025-0098.zip")])


# ==========================================================================
# Wrapping: headers, HTML rendering by client, transfer encodings
# ==========================================================================
def png_bytes():
    import struct
    import zlib

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes([0, 61, 122, 200] * 8) for _ in range(8))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def pdf_bytes(title):
    return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            "% " + title + "\ntrailer<</Root 1 0 R>>\n%%EOF\n").encode("latin-1", "replace")


def zip_bytes(name):
    import io
    import zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo(name.replace(".zip", ".pdf.exe"), (2025, 1, 6, 9, 0, 0)), b"MZ\x90\x00not really")
    return buf.getvalue()


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def leaf(ctype, text, enc, params=""):
    data = text.encode("utf-8")
    ascii_only = all(b < 128 for b in data)
    if enc == "7bit" and not ascii_only:
        enc = "qp"
    if enc == "8bit" and ascii_only:
        enc = "7bit"
    if enc == "qp":
        payload = quopri.encodestring(data).decode("ascii")
        cte = "quoted-printable"
    elif enc == "b64":
        payload = b64(data)
        cte = "base64"
    else:
        payload = text
        cte = enc
    if not payload.endswith("\n"):
        payload += "\n"
    return f'Content-Type: {ctype}; charset="utf-8"{params}\nContent-Transfer-Encoding: {cte}\n\n{payload}'


def multipart(subtype, parts, rng, extra=""):
    boundary = "----=_Part_%d_%d.%d" % (rng.randint(1000, 99999), rng.randint(10**8, 10**9), rng.randint(10**12, 10**13))
    out = f'Content-Type: multipart/{subtype};{extra}\n boundary="{boundary}"\n\n'
    if subtype != "report":
        out += "This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    return out + f"--{boundary}--\n"


def text_table(rows):
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)


def html_table(rows, client):
    border = 'border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border:1px solid #999"'
    h = f"<table {border}>"
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        style = ' style="background:#dbe5f1"' if i == 0 and client in ("outlook", "owa") else ""
        h += "<tr>" + "".join(f"<{tag}{style}>{html.escape(c)}</{tag}>" for c in r) + "</tr>"
    return h + "</table>"


def lines_html(text, client, table=None):
    out = []
    for line in text.split("\n"):
        if line.strip() == "{TABLE}" and table:
            out.append(html_table(table, client))
            continue
        esc = html.escape(line, quote=False) or "&nbsp;"
        if client == "outlook":
            out.append(f'<p class="MsoNormal">{esc}<o:p></o:p></p>')
        elif client in ("owa", "zimbra"):
            out.append(f"<div>{esc if line else '<br>'}</div>")
        else:
            out.append(esc + "<br>")
    return "\n".join(out)


def render_html(m):
    c = m["client"]
    t = m.get("table")
    parts = []
    if m.get("banner"):
        parts.append('<table width="100%" cellpadding="6" style="background:#fff4ce;border:1px solid #c19c00"><tr><td>'
                     f'<span style="font-size:9pt;color:#333">{html.escape(m["banner"])}</span></td></tr></table><br>')
    parts.append(lines_html(m["body"], c, t))
    if m.get("sig"):
        sig = lines_html(m["sig"], c, t)
        if m.get("logo"):
            parts.append('<br><table cellpadding="0" cellspacing="0"><tr><td style="padding-right:12px;border-right:2px solid #00305b">'
                         '<img src="cid:logo@signature" width="96" height="48" alt="Logo"></td>'
                         f'<td style="padding-left:12px;font-size:9pt;color:#00305b">{sig}</td></tr></table>')
        else:
            parts.append(f'<br><div style="font-size:10pt;color:#1f3864">{sig}</div>')
    for d in m.get("disc") or []:
        parts.append(f'<p style="font-size:7.5pt;color:#808080;font-family:Arial">{html.escape(d)}</p>')
    if m.get("quote"):
        q = m["quote"]
        if q.lstrip().startswith(">"):
            q = "\n".join(l[2:] if l.startswith("> ") else l.lstrip(">") for l in q.split("\n"))
            parts.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                         + lines_html(q, c) + "</blockquote>")
        else:
            parts.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                         + lines_html(q, c) + "</div>")
    inner = "\n".join(parts)
    if c == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                '@page WordSection1 {size:612.0pt 792.0pt;}\ndiv.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n'
                f'<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>')
    if c == "owa":
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
                '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
                f"{inner}\n</div>\n</body>\n</html>")
    if c == "zimbra":
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">\n'
                f"{inner}\n</div></body></html>")
    if c == "gmail":
        return f'<div dir="ltr">{inner}</div>'
    if c == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                f'<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">{inner}</body></html>')
    return f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">\n{inner}\n</body></html>'


def render_text(m):
    body = m["body"]
    if m.get("table"):
        body = body.replace("{TABLE}", text_table(m["table"]))
    out = []
    if m.get("banner"):
        out.append(m["banner"] + "\n")
    out.append(body)
    if m.get("sig"):
        sig = m["sig"].replace("{TABLE}", text_table(m["table"])) if m.get("table") else m["sig"]
        if m["client"] in ("thunderbird", "gmail", "webmail") and not sig.startswith("--"):
            sig = "-- \n" + sig
        out.append("\n" + sig)
    for d in m.get("disc") or []:
        out.append("\n" + d)
    if m.get("quote"):
        out.append("\n" + m["quote"])
    return "\n".join(out) + "\n"


def client_headers(m, rng, domain):
    c = m["client"]
    hx = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))
    if c == "outlook":
        mid = f"<{hx(4)}01db{hx(6)}${hx(8)}${hx(8)}$@{domain}>"
        hdrs = ["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: AQH{hx(20)}==", "Content-Language: fr"]
    elif c == "owa":
        box = "PR3P192MB0" + "".join(rng.choice("0123456789") for _ in range(3))
        mid = f"<{box}{hx(12).upper()}@{box}.EURP192.PROD.OUTLOOK.COM>"
        hdrs = [f"Thread-Index: AQH{hx(22)}", "Accept-Language: fr-FR, en-US", "Content-Language: fr-FR",
                "X-MS-Has-Attach: ", "X-MS-Exchange-Organization-SCL: 1", "X-MS-TNEF-Correlator: "]
    elif c == "zimbra":
        mid = f"<{rng.randint(10**8, 10**9)}.{rng.randint(10**6, 10**7)}.{rng.randint(10**12, 10**13)}.JavaMail.zimbra@{domain}>"
        hdrs = ["X-Mailer: Zimbra 8.8.15_GA_4581 (ZimbraWebClient - FF128 (Win)/8.8.15_GA_4581)",
                f"Thread-Topic: {Header(m['subj'], 'utf-8').encode() if not m['subj'].isascii() else m['subj']}",
                f"Thread-Index: {hx(12)}"]
    elif c == "gmail":
        mid = "<CA" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-") for _ in range(44)) + "@mail.gmail.com>"
        hdrs = []
    elif c == "thunderbird":
        mid = f"<{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}@{domain}>"
        hdrs = ["User-Agent: Mozilla Thunderbird", "Content-Language: fr"]
    elif c == "apple":
        mid = f"<{hx(8).upper()}-{hx(4).upper()}-{hx(4).upper()}-{hx(4).upper()}-{hx(12).upper()}@{domain}>"
        hdrs = ["X-Mailer: iPhone Mail (22B91)" if "iPhone" in m["body"] or "iPad" in m["body"] else "X-Mailer: Apple Mail (2.3826.300.87.4.3)"]
    elif c == "webmail":
        mid = f"<{hx(32)}@{domain}>"
        hdrs = ["User-Agent: Roundcube Webmail/1.6.9"]
    else:
        mid = f"<{hx(16)}.{hx(8)}@{domain}>"
        hdrs = []
    return mid, hdrs


def build(m, rng, when):
    name, addr = parseaddr(m["frm"])
    domain = addr.rsplit("@", 1)[1].lower()
    mid, chdrs = client_headers(m, rng, domain)
    hdr = dict(m.get("hdr") or {})
    rp = hdr.pop("Return-Path", f"<{addr}>")
    ip = f"192.0.2.{rng.randint(2, 250)}"
    auth = m.get("auth", "pass")
    lines = [f"Return-Path: {rp}", f"Delivered-To: {DESK}",
             f"Received: from mail.{domain} (mail.{domain} [{ip}])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id {rng.randint(10**9, 10**10):X}\n\tfor <{DESK}>; {format_datetime(when + dt.timedelta(seconds=2))}",
             f"Authentication-Results: mx1.assistance.example.fr;\n\tdkim={auth} header.d={domain};\n\tspf={auth} smtp.mailfrom={domain};\n\tdmarc={auth} header.from={domain}",
             "From: " + (formataddr((name, addr), charset="utf-8") if name else addr),
             f"To: {m.get('to', 'Assistance <' + DESK + '>')}"]
    if "Cc" in hdr:
        lines.append("Cc: " + hdr.pop("Cc"))
    subj = m["subj"]
    lines.append("Subject: " + (subj if subj.isascii() else Header(subj, "utf-8").encode()))
    lines += [f"Date: {format_datetime(when)}", f"Message-ID: {mid}"]
    for k, v in hdr.items():
        lines.append(f"{k}: {v}")
    if "In-Reply-To" in hdr:
        lines.append(f"References: {hdr['In-Reply-To']}")
    lines += chdrs
    lines.append("MIME-Version: 1.0")

    enc, fmt, c = m["enc"], m["fmt"], m["client"]
    text = render_text(m)
    if m.get("report"):
        r = m["report"]
        human = leaf("text/plain", text, "qp" if enc == "qp" else ("8bit" if enc == "8bit" else "7bit"))
        if r["type"] == "delivery-status":
            status = (f"Reporting-MTA: dns; {r['mta']}\nArrival-Date: {format_datetime(when)}\n\n"
                      f"Final-Recipient: rfc822; {r['rcpt']}\nOriginal-Recipient: rfc822; {r['rcpt']}\nAction: failed\n"
                      f"Status: {r['status']}\nDiagnostic-Code: {r['diag']}\n")
            orig = (f"From: Assistance <{DESK}>\nTo: {r['rcpt']}\nSubject: {r['subj']}\n"
                    f"Date: {format_datetime(when - dt.timedelta(minutes=3))}\nMessage-ID: <reply-{rng.randint(10**5, 10**6)}@assistance.example.fr>\n")
        else:
            status = (f"Reporting-UA: {domain}; Microsoft Outlook 16.0\nFinal-Recipient: rfc822; {r['rcpt']}\n"
                      f"Original-Message-ID: <reply-{rng.randint(10**5, 10**6)}@assistance.example.fr>\n"
                      f"Disposition: manual-action/MDN-sent-manually; {r['disposition']}\n")
            orig = f"From: Assistance <{DESK}>\nTo: {r['rcpt']}\nSubject: {subj.split(': ', 1)[-1]}\n"
        body = multipart("report", [human,
                                    f"Content-Type: message/{r['type']}\n\n{status}",
                                    f"Content-Type: text/rfc822-headers\n\n{orig}"], rng,
                         extra=f" report-type={r['type']};")
        return "\n".join(lines) + "\n" + body
    if fmt == "plain":
        params = "; format=flowed" if c == "thunderbird" else ""
        main = leaf("text/plain", text, enc, params)
    else:
        hpart = leaf("text/html", render_html(m), enc)
        if m.get("logo"):
            hpart = multipart("related", [hpart, "Content-Type: image/png; name=\"logo.png\"\nContent-Transfer-Encoding: base64\n"
                                          "Content-ID: <logo@signature>\nContent-Disposition: inline; filename=\"logo.png\"\n\n" + b64(png_bytes())],
                              rng, extra=' type="text/html";')
        main = hpart if fmt == "html" else multipart("alternative", [leaf("text/plain", text, enc), hpart], rng)
    atts = []
    for a in m.get("att") or []:
        kind, fname = a[0], a[1]
        if kind == "ics":
            method = re.search(r"METHOD:(\w+)", a[2]).group(1)
            atts.append(leaf("text/calendar", a[2].replace("\n", "\r\n"), "qp" if enc != "b64" else "b64",
                             f'; method={method}; name="{fname}"').replace("\n\n", f'\nContent-Disposition: attachment; filename="{fname}"\n\n', 1))
        else:
            ctype, data = {"pdf": ("application/pdf", lambda: pdf_bytes(fname)), "png": ("image/png", png_bytes),
                           "zip": ("application/zip", lambda: zip_bytes(fname))}[kind]
            atts.append(f'Content-Type: {ctype}; name="{fname}"\nContent-Transfer-Encoding: base64\n'
                        f'Content-Disposition: attachment; filename="{fname}"\n\n' + b64(data()))
    if atts:
        main = multipart("mixed", [main] + atts, rng)
    return "\n".join(lines) + "\n" + main


# ==========================================================================
# Visible text and checks
# ==========================================================================
UAI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])")


def visible_text(msg):
    chunks = [str(msg.get("Subject", "")), str(msg.get("From", ""))]
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        t = part.get_content()
        if part.get_content_subtype() == "html":
            t = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"(?s)<style.*?</style>", " ", t)))
        chunks.append(t)
    return "\n".join(chunks)


def check(labels):
    assert len(labels) == 150, len(labels)
    files = sorted(f for f in os.listdir(HERE) if re.fullmatch(r"h\d{3}\.eml", f))
    assert files == [f"h{i:03d}.eml" for i in range(1, 151)], files[:3]
    keys = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        reread = [json.loads(l) for l in fh]
    assert reread == [{k: lab[k] for k in keys} for lab in labels]
    assert {lab["category"] for lab in reread} == set(CATEGORIES)
    n_en = sum(lab["lang"] == "en" for lab in reread)
    assert 10 <= n_en <= 25, n_en
    for lab, m in zip(reread, MAILS):
        f = lab["file"]
        assert list(lab) == keys, f
        assert lab["category"] in CATEGORIES, f
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, f
        assert lab["uai"] is None or uai_ok(lab["uai"]) and lab["uai"] == lab["uai"].upper(), f
        assert lab["region"] is None or lab["region"] in REGIONS, f
        assert lab["platform"] in PLATFORMS, f
        assert lab["lang"] in ("fr", "en"), f
        assert isinstance(lab["notes"], str) and len(lab["notes"]) > 10, f
        with open(os.path.join(HERE, f), "rb") as fh:
            msg = email.message_from_binary_file(fh, policy=policy.default)
        for part in msg.walk():
            assert not part.defects, (f, part.defects)
            if part.get_content_maintype() == "text":
                part.get_content()
        for h in ("Message-ID", "Date", "From"):
            assert msg[h], (f, h)
        sender = msg["From"].addresses[0].addr_spec
        vis = visible_text(msg)
        squeezed = re.sub(r"\s+", "", vis).upper()
        for code in UAI_RE.findall(vis):
            code_u = code.upper()
            if uai_ok(code_u):
                assert code_u == lab["uai"] or code_u in lab["notes"], (f, code_u)
            else:
                assert code_u in (m.get("wrong") or []), (f, "unexpected invalid code", code_u)
        for w in m.get("wrong") or []:
            assert not uai_ok(w) and w in vis and w in lab["notes"], (f, w)
            assert "wrong check letter" in lab["notes"], f
        if lab["uai"]:
            assert lab["uai"] in squeezed, (f, lab["uai"])
        assert lab["region"] == region_rule(lab["uai"], sender), (f, lab["region"], region_rule(lab["uai"], sender))
    return n_en


def main():
    for f in os.listdir(HERE):
        if re.fullmatch(r"h\d{3}\.eml", f):
            os.remove(os.path.join(HERE, f))
    order = list(range(len(MAILS)))
    RNG.shuffle(order)
    MAILS[:] = [MAILS[i] for i in order]
    start = dt.datetime(2024, 9, 2, 7, 30)
    labels = []
    for i, m in enumerate(MAILS, 1):
        start += dt.timedelta(minutes=RNG.randint(800, 4500))
        if start.weekday() == 6:
            start += dt.timedelta(days=1)
        off = 2 if (start.month >= 4 and start.month <= 10 and not (start.month == 10 and start.day > 26)) else 1
        when = start.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))
        raw = build(m, RNG, when)
        name = f"h{i:03d}.eml"
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(raw)
        labels.append(dict(file=name, category=m["cat"], auto_reply_ok=m["ok"], uai=m["uai"], region=m["reg"],
                           platform=m["plat"], hard=m["hard"], lang=m["lang"], notes=m["notes"]))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    n_en = check(labels)
    from collections import Counter
    cats = Counter(l["category"] for l in labels)
    print("wrote 150 mails;", dict(cats), "| en:", n_en, "| hard:", sum(l["hard"] for l in labels))


if __name__ == "__main__":
    main()
