#!/usr/bin/env python3
"""Build the holdout139 blind test set: 150 hand-written support mails + labels.

Theme: Ile-de-France in October (rentrée settled, Toussaint holidays coming):
large lycées and collèges of the académies of Paris, Créteil and Versailles,
many staff writing in parallel from the same establishments, and the usual
automatic mail (out-of-office before the holidays, bounces, newsletters).

Standard library only, deterministic (random.Random(139)). Every mail text below
is written by hand; the script only wraps the texts in realistic headers and
MIME structures, writes h001.eml .. h150.eml and labels.jsonl, then re-reads
everything and checks it.
"""
import base64
import datetime as dt
import email
import html as htmlmod
import json
import os
import random
import re
from email import policy
from email.message import EmailMessage
from email.utils import formataddr, format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 139
rng = random.Random(SEED)

I = "ile-de-france"
SUPPORT = "support@assistance.example.fr"
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

# regions.md: département -> région académique, académie domain -> région
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
DEPT_REGION = {}
for _r, _ds in REGION_DEPTS.items():
    for _d in _ds.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _r
DOMAIN_REGION = {}
for _r, _doms in {
    "auvergne-rhone-alpes": "ac-clermont.fr ac-grenoble.fr ac-lyon.fr",
    "bourgogne-franche-comte": "ac-besancon.fr ac-dijon.fr",
    "bretagne": "ac-rennes.fr", "centre-val-de-loire": "ac-orleans-tours.fr",
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
}.items():
    for _d in _doms.split():
        DOMAIN_REGION[_d] = _r


def uai_ok(code):
    return (isinstance(code, str) and re.fullmatch(r"\d{7}[A-Z]", code) is not None
            and LETTERS[int(code[:7]) % 23] == code[7])


MAILS = []


def M(cat, ok, uai, region, platform, hard, lang, notes, frm, subj, body, **o):
    MAILS.append(dict(cat=cat, ok=ok, uai=uai, region=region, platform=platform,
                      hard=hard, lang=lang, notes=notes, frm=frm, subj=subj,
                      body=body.strip("\n") + "\n", o=o))

# ---------------------------------------------------------------------------
# password_reset (23)
# ---------------------------------------------------------------------------
M("password_reset", True, "0750712S", I, "esidoc", False, "fr",
  "Documentaliste of a large Paris lycée lost the e-sidoc back-office password over the summer; UAI in the body.",
  "Claire Fontanel <claire.fontanel@ac-paris.fr>",
  "Mot de passe e-sidoc perdu - Lycée Voltaire",
  """Bonjour,

Je suis professeure documentaliste au lycée Voltaire (Paris 11e), UAI 0750712S.
Depuis la rentrée je n'arrive plus à me connecter à l'administration de notre
portail e-sidoc : le mot de passe que j'avais noté en juin est refusé, et je
crains de l'avoir mal recopié.

Pourriez-vous m'envoyer un lien pour le réinitialiser ? Nous avons trois
classes de seconde qui doivent découvrir le portail la semaine prochaine.

Merci d'avance,

Claire Fontanel
CDI - Lycée Voltaire
101 avenue de la République, 75011 Paris
""", mailer="zimbra", day=1, hour=9)

M("password_reset", True, "0750712S", I, "esidoc", False, "fr",
  "Second documentaliste of the same lycée writes the same day about the same lost password (parallel request); the standard reset answer still fits.",
  "Mehdi Arrami <mehdi.arrami@ac-paris.fr>",
  "e-sidoc Voltaire : identifiants",
  """Bonjour,

Ma collègue Claire Fontanel vous a peut-être déjà écrit ce matin, pardon pour
le doublon : nous sommes deux au CDI du lycée Voltaire et aucun de nous deux
ne connaît le mot de passe du compte d'administration e-sidoc. L'identifiant,
si j'ai bien compris, est notre UAI : 0750712S.

Si un lien de réinitialisation peut partir vers l'adresse du lycée, c'est
parfait, le secrétariat nous le transmettra.

Bien cordialement,
Mehdi Arrami
Professeur documentaliste
""", mailer="thunderbird", day=1, hour=14)

M("password_reset", True, "0930124E", I, "esidoc", False, "fr",
  "The principal's secretariat writes from the ce.<UAI>@ac-creteil.fr address and asks for the reset link on that official address: the safe FAQ path.",
  "Secrétariat de direction - Lycée Paul-Éluard <ce.0930124E@ac-creteil.fr>",
  "Compte e-sidoc bloqué",
  """Bonjour,

Le compte administrateur e-sidoc du lycée Paul-Éluard de Saint-Denis
(0930124E) est bloqué : la documentaliste a fait plusieurs essais hier soir et
le portail indique désormais que le compte est verrouillé.

Merci d'envoyer le lien de réinitialisation sur cette adresse
(ce.0930124E@ac-creteil.fr), que nous relevons tous les jours, nous ferons
suivre au CDI.

Cordialement,

Nadia Belkacem
Secrétariat du proviseur
Lycée Paul-Éluard - 15-17 avenue Jean-Moulin - 93200 Saint-Denis
""", mailer="zimbra", day=2, hour=8)

M("password_reset", True, "0780521T", I, "espace_acheteur", False, "fr",
  "Gestionnaire cannot log in to the Espace Acheteur: does not know which login/address the account uses. FAQ reset case.",
  "Hervé Lachaume <herve.lachaume@ac-versailles.fr>",
  "Connexion impossible Espace Acheteur",
  """Madame, Monsieur,

Nouvel adjoint gestionnaire au lycée Hoche (Versailles, RNE 0780521T), je dois
passer les commandes de fournitures pour le second trimestre. Je ne sais pas
avec quel identifiant mon prédécesseur se connectait à l'Espace Acheteur et
la fonction « mot de passe oublié » me répond que l'adresse est inconnue.

Comment récupérer l'accès ?

Hervé Lachaume
Adjoint gestionnaire
Lycée Hoche - 73 avenue de Saint-Cloud - 78000 Versailles
Tél. 01 39 xx xx xx
""", mailer="outlook", day=3, hour=10)

M("password_reset", True, "0920802X", I, "esidoc", False, "en",
  "English: librarian of the international section forgot the e-sidoc admin password; UAI given.",
  "Rebecca Hollis <rebecca.hollis@ac-versailles.fr>",
  "Forgotten password for our e-sidoc portal",
  """Hello,

I run the library of the British section at Lycée Lakanal in Sceaux (school
code 0920802X). I have forgotten the password for the e-sidoc admin
interface and the login page keeps rejecting me.

Could you please send a reset link? I am happy for it to go to the school
office address if that is the rule.

Many thanks,
Rebecca Hollis
Librarian, British Section - Lycée Lakanal
""", mailer="apple", day=3, hour=16)

M("password_reset", True, "0751893A", I, "esidoc", False, "fr",
  "Reset link received late in the evening, expired by the next morning; asks for a new one.",
  "Sophie Marchetti <sophie.marchetti@ac-paris.fr>",
  "Lien de réinitialisation expiré",
  """Bonjour,

J'ai bien reçu hier soir le lien pour changer le mot de passe e-sidoc du
collège Georges-Méliès (0751893A), mais je ne l'ai ouvert que ce matin et la
page m'indique qu'il n'est plus valable.

Pouvez-vous m'en renvoyer un ? Cette fois je l'utilise tout de suite, promis.

Sophie Marchetti
Documentaliste, collège Georges-Méliès, Paris 19e
""", mailer="roundcube", day=4, hour=7)

M("password_reset", True, None, I, "esidoc", False, "fr",
  "Does not know the login (the UAI) nor the password; gives only the town, no UAI. Region from ac-versailles.fr.",
  "Julien Perrot <julien.perrot1@ac-versailles.fr>",
  "identifiant ?",
  """Bonjour

je viens d'arriver sur un poste de documentaliste au lycée Camille-Pissarro à
Pontoise et on me demande de « me connecter au back-office e-sidoc ». Je ne
sais ni quel est l'identifiant, ni le mot de passe. Personne ici ne semble
savoir. Comment fait-on ?

merci
Julien Perrot
""", mailer="thunderbird", day=7, hour=11)

M("password_reset", False, "0931482F", I, "esidoc", True, "fr",
  "Asks for the e-sidoc password to be sent to her personal Gmail because nobody reads the school mailbox: never send a reset to an address not on file, so a person must handle it.",
  "Lucie Benhamou <lucie.benhamou93@gmail.com>",
  "mot de passe CDI college Jean Jaures Montreuil",
  """Bonjour,

Documentaliste au collège Jean-Jaurès de Montreuil (0931482F), j'ai perdu le
mot de passe du portail e-sidoc. Pourriez-vous me l'envoyer directement sur
cette adresse gmail ? L'adresse du collège n'est lue par personne en ce
moment (secrétaire en arrêt) et ma boîte académique ne fonctionne plus
depuis le changement de mot de passe ENT.

Je compte sur vous, je suis vraiment bloquée.
Lucie
""", mailer="gmail", day=7, hour=21)

M("password_reset", False, "0911251R", I, "esidoc", False, "fr",
  "Reply quoting the automatic reset answer: the link went to the former proviseur's address that nobody can read; the standard path failed, a person must take over (head's written request).",
  "Anne Clavreul <anne.clavreul@ac-versailles.fr>",
  "RE: [#SUP-007812] Mot de passe e-sidoc",
  """Bonjour,

Merci pour la réponse rapide, mais le lien est parti sur p***@ac-versailles.fr,
c'est-à-dire l'ancien proviseur, parti à la retraite en juillet. Personne
n'a accès à cette boîte. Que faut-il faire maintenant ?

Anne Clavreul
Documentaliste - Lycée du Parc-des-Loges, Évry-Courcouronnes (0911251R)

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 8 octobre 2024 09:12
À : Anne Clavreul <anne.clavreul@ac-versailles.fr>
Objet : [#SUP-007812] Mot de passe e-sidoc

Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse connue pour votre
établissement (p***@ac-versailles.fr). Il est valable 12 heures.

Cordialement,
L'équipe d'assistance
""", mailer="outlook", day=8, hour=10, irt="SUP-007812")

M("password_reset", True, "0770932V", I, "esidoc", False, "fr",
  "Very short phone message: expired password, login 0770932V.",
  "Pascale Giraud <pascale.giraud@ac-creteil.fr>",
  "mdp expiré",
  """Bonjour, e-sidoc me dit que mon mot de passe a expiré et je ne me souviens plus de l'ancien. Identifiant 0770932V (lycée Uruguay-France, Avon). Merci !

Envoyé de mon smartphone Samsung Galaxy.
""", mailer="android", day=8, hour=12)

M("password_reset", False, "0941376K", I, "esidoc", True, "fr",
  "Two topics: lost e-sidoc password (first) and an invoice not visible in Chorus Pro; one template would answer only half.",
  "Frédéric Ould-Ali <frederic.ould-ali@ac-creteil.fr>",
  "mot de passe + facture",
  """Bonjour,

Deux choses pour le collège Pablo-Picasso de Champigny (0941376K) :

1) je n'ai plus le mot de passe du compte administrateur e-sidoc, il faudrait
   le réinitialiser ;
2) notre gestionnaire ne retrouve pas dans Chorus Pro la facture du
   renouvellement de septembre, alors que le bon de commande est parti.

Merci de vos retours,
F. Ould-Ali, documentaliste
""", mailer="zimbra", day=9, hour=15)

M("password_reset", True, None, I, "esidoc", True, "fr",
  "UAI typed 0920149N: the check letter is wrong (the digits give 0920149M), so no UAI in the label; region from the ac-versailles.fr sender. Plain lost password otherwise.",
  "Thomas Verdier <thomas.verdier@ac-versailles.fr>",
  "Réinitialisation accès e-sidoc 0920149N",
  """Bonjour,

Pouvez-vous réinitialiser le mot de passe de notre portail e-sidoc ?
Établissement : lycée Jacques-Prévert, Boulogne-Billancourt, UAI 0920149N.
Je suis le nouveau documentaliste et je n'ai pas reçu les codes lors de la
passation.

Bien à vous,
Thomas Verdier
""", mailer="thunderbird", day=9, hour=9)

M("password_reset", True, "0932205S", I, "esidoc", True, "fr",
  "The UAI appears only in the sender address, in lower case (ce.0932205s@ac-creteil.fr); label is the upper-case code. Plain reset request.",
  "College Camille Claudel Villepinte <ce.0932205s@ac-creteil.fr>",
  "mot de passe portail documentaire",
  """Bonjour,

La documentaliste du collège n'arrive plus à se connecter au portail e-sidoc
(mot de passe oublié). Pourriez-vous envoyer un lien de réinitialisation à
l'adresse du collège ?

Bonne journée,
L'accueil du collège Camille-Claudel
""", mailer="zimbra", day=10, hour=10)

M("password_reset", False, "0753916Z", I, "ecoledirecte", True, "fr",
  "Lost EcoleDirecte administration password, explicitly not the daily maintenance password; no reset template for this product, a person answers.",
  "Grégoire Lemaire <g.lemaire@stmichel-batignolles.fr>",
  "Mot de passe administrateur EcoleDirecte",
  """Bonjour,

Je suis le responsable informatique du groupe scolaire Saint-Michel des
Batignolles (UAI 0753916Z). J'ai perdu le mot de passe du compte
administrateur EcoleDirecte (celui qui sert à gérer les comptes des
professeurs).

Je précise qu'il ne s'agit PAS du mot de passe de maintenance du jour : les
transferts fonctionnent très bien.

Merci de m'indiquer la marche à suivre.

Grégoire Lemaire
Groupe scolaire Saint-Michel des Batignolles - 75017 Paris
""", mailer="outlook", day=10, hour=17)

M("password_reset", True, "0950627R", I, "esidoc", False, "fr",
  "Replacement librarian (maternity cover) never had the password; standard reset path.",
  "Inès Darrieux <ines.darrieux@ac-versailles.fr>",
  "Remplacement au CDI - accès e-sidoc",
  """Bonjour,

J'assure depuis le 7 octobre le remplacement de la documentaliste du lycée
Romain-Rolland d'Argenteuil (0950627R), en congé maternité. Je ne connais pas
le mot de passe du portail e-sidoc et ma collègue n'est évidemment pas
joignable.

Pouvez-vous m'aider à récupérer l'accès ?

Merci beaucoup,
Inès Darrieux
Professeure documentaliste contractuelle
""", mailer="zimbra", day=11, hour=13)

M("password_reset", True, "0754480M", I, "espace_acheteur", False, "fr",
  "Espace Acheteur: the generic address is shared by several colleagues and nobody remembers the login (FAQ case).",
  "Intendance LP Galilée <intendance.galilee@gmail.com>",
  "Identifiant Espace Acheteur oublié",
  """Bonjour,

Au lycée professionnel Galilée (Paris 13e, UAI 0754480M), nous sommes
trois à utiliser la même adresse pour l'Espace Acheteur et plus personne ne
se souvient de l'identifiant ni du mot de passe. Est-il possible de les
récupérer ?

Cordialement,
Le service intendance
""", mailer="gmail", day=14, hour=9)

M("password_reset", True, "0783307W", I, "esidoc", False, "fr",
  "HTML-only Outlook: account locked after five failed attempts.",
  "Catherine Mialet <catherine.mialet@ac-versailles.fr>",
  "Compte verrouillé - e-sidoc collège Le Corbusier Poissy",
  """Bonjour,

Après cinq tentatives, le compte administrateur e-sidoc du collège Le
Corbusier de Poissy (0783307W) est verrouillé. Pouvez-vous le débloquer ou
m'envoyer un nouveau mot de passe ?

Cordialement,

Catherine Mialet
Professeure documentaliste
""", mailer="outlook", fmt="html", cs="windows-1252", day=14, hour=16)

M("password_reset", False, "0921560W", I, "esidoc", True, "fr",
  "Third attempt; refuses another automatic link and asks explicitly for a phone call from a person.",
  "Bruno Castaing <bruno.castaing@ac-versailles.fr>",
  "3e demande - MERCI DE ME RAPPELER",
  """Bonjour,

C'est la troisième fois que j'écris pour le mot de passe e-sidoc du lycée
Joliot-Curie de Nanterre (0921560W). À chaque fois je reçois un message
automatique avec un lien qui part je ne sais où. Je ne veux plus de lien
automatique : j'aimerais qu'une personne me rappelle au 01 47 xx xx xx, entre
10 h et 12 h de préférence.

Merci.
Bruno Castaing
""", mailer="thunderbird", day=15, hour=8)

M("password_reset", True, "0941922D", I, "esidoc", False, "fr",
  "No accents, typos, lower-case sentence start: forgotten password, UAI given.",
  "karim tessier <karim.tessier@ac-creteil.fr>",
  "probleme mot de passe",
  """bonjour
jai oublie le mot de pase pour e-sidoc du lycee pro Jean-Macé de Vitry, rne 0941922D
pouvez vous menvoyer un lien svp
merci
karim
""", mailer="android", day=15, hour=19)

M("password_reset", True, None, None, "espace_acheteur", False, "fr",
  "Town-hall buyer (non-academic domain, no UAI): forgotten Espace Acheteur password; no region can be told.",
  "Sandrine Ferrand <s.ferrand@vincennes.fr>",
  "Mot de passe oublié - Espace Acheteur",
  """Bonjour,

Acheteuse à la direction de l'éducation de la mairie, je n'arrive plus à
me connecter à l'Espace Acheteur : mot de passe oublié. Le lien « mot de passe
oublié » de la page de connexion m'affiche une erreur.

Pourriez-vous me renvoyer un accès ?

Sandrine Ferrand
Service achats - Direction de l'éducation
Hôtel de ville de Vincennes
""", mailer="outlook", day=16, hour=11)

M("password_reset", True, "0750712S", I, "espace_acheteur", False, "fr",
  "Same lycée as other tickets, this time the gestionnaire adjointe and the Espace Acheteur: lost password.",
  "Valérie Koenig <valerie.koenig@ac-paris.fr>",
  "Espace acheteur - lycée Voltaire - mot de passe",
  """Bonjour,

Je ne retrouve plus mon mot de passe pour l'Espace Acheteur (lycée Voltaire,
0750712S, service de gestion). J'ai le même problème que la documentaliste la
semaine dernière mais pour l'autre plateforme !

Merci de m'envoyer un lien.

Valérie Koenig
Gestionnaire adjointe
""", mailer="zimbra", day=16, hour=15)

M("password_reset", True, "0780521T", I, "esidoc", False, "en",
  "English: teacher in charge of the library for the international section cannot log in and needs a reset; same lycée as another ticket.",
  "Daniel O'Connor <daniel.oconnor@ac-versailles.fr>",
  "Can't log in to e-sidoc (Lycée Hoche)",
  """Hi there,

I'm covering the library at Lycée Hoche, Versailles (0780521T) for a few weeks
and I can't get into the e-sidoc back office - the password I was given in
September doesn't work any more. Could you send a password reset, please?

Cheers,
Dan O'Connor
""", mailer="gmail", day=17, hour=13)

M("password_reset", True, "0781694T", I, "esidoc", False, "fr",
  "Outlook forward ('TR:') of the reset mail whose link is reported invalid; asks for a new link.",
  "Martine Guérin <martine.guerin@ac-versailles.fr>",
  "TR: [#SUP-008034] Réinitialisation de votre mot de passe",
  """Bonjour,

Le lien ci-dessous affiche « lien invalide ou déjà utilisé » alors que je
clique dessus pour la première fois. Pouvez-vous m'en envoyer un autre ?

Martine Guérin, collège Les Saules, Guyancourt (0781694T)

________________________________
De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 17 octobre 2024 16:05
À : ce.0781694T@ac-versailles.fr
Objet : [#SUP-008034] Réinitialisation de votre mot de passe

Bonjour,

Voici votre lien de réinitialisation, valable 12 heures :
https://assistance.example.fr/reset/3f9c1a…

L'équipe d'assistance
""", mailer="outlook", day=18, hour=8)

# ---------------------------------------------------------------------------
# missing_noreply_mail (17)
# ---------------------------------------------------------------------------
M("missing_noreply_mail", True, "0930124E", I, "espace_acheteur", False, "fr",
  "Gestionnaire never got the Espace Acheteur activation mail; no anti-spam product named.",
  "Karine Delmas <karine.delmas@ac-creteil.fr>",
  "Pas de mail d'activation",
  """Bonjour,

J'ai créé hier le compte de gestion du lycée Paul-Éluard (0930124E) sur
l'Espace Acheteur. On m'annonçait un mail d'activation « dans les minutes qui
suivent » : rien reçu, ni hier ni ce matin.

Cordialement,
Karine Delmas, gestionnaire
""", mailer="zimbra", day=2, hour=9)

M("missing_noreply_mail", True, "0930124E", I, "espace_acheteur", False, "fr",
  "The gestionnaire's deputy, same lycée, same day, same missing activation mail (parallel request).",
  "Yacine Bourahla <yacine.bourahla@ac-creteil.fr>",
  "Idem ma collègue : mail d'activation non reçu",
  """Bonjour,

Comme Mme Delmas ce matin (même établissement, lycée Paul-Éluard de
Saint-Denis, 0930124E), je n'ai jamais reçu le message d'activation de mon
compte Espace Acheteur. J'ai regardé dans les courriers indésirables : rien.

Yacine Bourahla
Adjoint gestionnaire
""", mailer="zimbra", day=2, hour=15)

M("missing_noreply_mail", True, "0751893A", I, "esidoc", False, "fr",
  "The new-password mail from the no-reply address never reaches the collège's inbox.",
  "Olivier Tran <olivier.tran@ac-paris.fr>",
  "Aucun mail après « mot de passe oublié »",
  """Bonjour,

J'ai demandé trois fois un nouveau mot de passe pour le portail e-sidoc du
collège Georges-Méliès (0751893A) et aucun message n'arrive. Est-ce que
l'adresse d'expédition a changé ? Le collège reçoit pourtant bien les autres
mails.

Olivier Tran, CPE (pour le CDI)
""", mailer="roundcube", day=3, hour=11)

M("missing_noreply_mail", True, "0940117S", I, "espace_acheteur", False, "fr",
  "Structure administrator never receives the 'account to validate' notifications.",
  "Élodie Marquet <elodie.marquet@ac-creteil.fr>",
  "Notifications de validation de comptes",
  """Bonjour,

Je suis administratrice de structure pour le lycée Marcelin-Berthelot de
Saint-Maur (0940117S). Deux collègues m'ont dit avoir créé leur compte la
semaine dernière, mais je n'ai reçu aucune notification de compte à valider.
D'habitude ces messages arrivent sans problème.

Merci de vérifier de votre côté.

Élodie Marquet
""", mailer="outlook", day=4, hour=10)

M("missing_noreply_mail", True, "0780521T", I, "esidoc", True, "fr",
  "Reads like a password problem, but the 'forgotten password' tool works: only its mail never arrives. Missing no-reply mail per the taxonomy.",
  "Hélène Bastien <helene.bastien@ac-versailles.fr>",
  "Mot de passe oublié : rien ne se passe",
  """Bonjour,

Quand je clique sur « mot de passe oublié » sur e-sidoc (lycée Hoche,
0780521T), le site me confirme bien qu'un courriel est envoyé. Mais ce
courriel ne vient jamais, même après une heure. Je n'ai pas de problème pour
recevoir les autres mails.

Merci,
Hélène Bastien
CDI du lycée Hoche
""", mailer="zimbra", day=4, hour=14)

M("missing_noreply_mail", True, "0951003Z", I, "espace_acheteur", False, "en",
  "English: the sign-up confirmation mail never arrived; no filter product named.",
  "Aisha Kamara <aisha.kamara@ac-versailles.fr>",
  "Confirmation email not received",
  """Dear support team,

I registered on the Espace Acheteur on Monday for Lycée Camille-Pissarro in
Pontoise (0951003Z), but I never received the confirmation email. I have
checked my spam folder twice.

Could you resend it or activate my account?

Kind regards,
Aisha Kamara
Deputy bursar
""", mailer="outlook", day=9, hour=10)

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "Town-hall buyer subscribed to offer alerts but never receives them; no UAI, non-academic domain.",
  "Laurent Pichon <l.pichon@mairie-saint-ouen.fr>",
  "Alertes sur les offres",
  """Bonjour,

Je me suis abonné aux alertes sur les nouvelles offres de l'Espace Acheteur
il y a trois semaines. Je n'en ai reçu aucune alors que de nouvelles offres
ont été publiées. Faut-il autoriser une adresse particulière ?

Laurent Pichon
Mairie de Saint-Ouen-sur-Seine - Commande publique
""", mailer="outlook", day=10, hour=9)

M("missing_noreply_mail", False, "0770932V", I, "espace_acheteur", False, "fr",
  "Reply after the junk-folder answer: still nothing after three days, asks that the region take over. The template was already sent: a person must follow up.",
  "Bertrand Oudin <bertrand.oudin@ac-creteil.fr>",
  "Re: [#SUP-007901] Mail d'activation non reçu",
  """Bonjour,

J'ai suivi vos conseils (dossier indésirables, adresse ajoutée aux
expéditeurs autorisés) mais toujours rien depuis trois jours. Pouvez-vous
transmettre à l'équipe régionale ? Nous devons passer commande avant les
vacances.

Bertrand Oudin
Intendant - Lycée Uruguay-France, Avon (0770932V)

Le 11/10/2024 à 10:02, Assistance a écrit :
> Bonjour,
>
> Le message d'activation est envoyé par une adresse no-reply. Vérifiez le
> dossier des courriers indésirables et ajoutez cette adresse aux
> expéditeurs autorisés. Sans nouvelle de votre part sous 48 h, nous
> reviendrons vers vous.
>
> L'équipe d'assistance
""", mailer="thunderbird", day=14, hour=10, irt="SUP-007901")

M("missing_noreply_mail", True, "0931482F", I, "espace_acheteur", True, "fr",
  "Names MailInBlack only to say the collège does not use it: missing_noreply_mail, not mailinblack_spam.",
  "Fatou Sissoko <fatou.sissoko@ac-creteil.fr>",
  "Mail de confirmation introuvable",
  """Bonjour,

Le mail de confirmation de l'Espace Acheteur n'est jamais arrivé dans ma
boîte (collège Jean-Jaurès, Montreuil, 0931482F). On m'a parlé d'un
problème avec MailInBlack chez d'autres établissements, mais nous ne
l'utilisons pas ici, le référent numérique me l'a confirmé.

Que faire ?
Fatou Sissoko
Secrétaire de gestion
""", mailer="zimbra", day=15, hour=14)

M("missing_noreply_mail", True, "0920802X", I, "esidoc", False, "fr",
  "Customer-account activation mail (valid 12 h) never came after the first online order.",
  "Marc-Antoine Rivière <marc-antoine.riviere@ac-versailles.fr>",
  "Activation du compte client",
  """Bonjour,

Pour notre première commande en ligne (renouvellement e-sidoc du lycée
Lakanal, 0920802X), j'ai ouvert le compte client. Le site indique qu'un mail
d'activation valable 12 heures m'a été envoyé. Je ne l'ai pas reçu.

Cordialement,
M.-A. Rivière, gestionnaire
""", mailer="thunderbird", day=16, hour=9)

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "IT department of a département council: no automatic mail at all for several buyers; asks the exact sender address. No UAI, non-academic domain.",
  "DSI - Support messagerie <support.messagerie@seinesaintdenis.fr>",
  "Messages automatiques de l'Espace Acheteur non reçus",
  """Bonjour,

Plusieurs agents acheteurs de notre collectivité ne reçoivent plus aucun
message automatique de l'Espace Acheteur (confirmation, nouveau mot de passe,
alertes) depuis la bascule de notre messagerie le 30 septembre.

Pouvez-vous nous communiquer l'adresse d'expédition exacte et, si possible,
les serveurs d'envoi, afin que nous les ajoutions à nos règles ?

Merci,
Le support messagerie - DSI
""", mailer="outlook", day=17, hour=11)

M("missing_noreply_mail", True, None, I, "espace_acheteur", False, "fr",
  "Short mobile message: still no confirmation mail; no UAI, region from the ac-creteil.fr sender.",
  "Nathalie Roussel <nathalie.roussel@ac-creteil.fr>",
  "tjrs rien",
  """Bjr, toujours pas reçu le mail de confirmation pour l'espace acheteur depuis vendredi. Merci

Envoyé de mon iPhone
""", mailer="iphone", day=21, hour=7)

M("missing_noreply_mail", True, "0754480M", I, "espace_acheteur", False, "fr",
  "Gmail forward of a colleague's message: account validated but the secure first-login link never arrived.",
  "Intendance LP Galilée <intendance.galilee@gmail.com>",
  "Fwd: Lien de première connexion",
  """Bonjour,

Je vous transfère le message de notre nouvelle collègue, pouvez-vous
regarder ?

---------- Forwarded message ---------
De : Rose Nguyen <rose.nguyen@ac-paris.fr>
Date: lun. 21 oct. 2024 à 16:40
Subject: Lien de première connexion
To: Intendance LP Galilée <intendance.galilee@gmail.com>

Bonjour,
Mon compte Espace Acheteur a été validé vendredi par l'administrateur du
lycée (LP Galilée, 0754480M) mais je n'ai jamais reçu le lien sécurisé de
première connexion. Pouvez-vous faire suivre à l'assistance ?
Rose
""", mailer="gmail", day=22, hour=8)

M("missing_noreply_mail", True, "0911251R", I, "espace_acheteur", False, "fr",
  "HTML-only Outlook mail; suspects 'a filter at the académie' but names no product.",
  "Stéphane Morel <stephane.morel@ac-versailles.fr>",
  "Nous ne recevons plus vos mails",
  """Bonjour,

Depuis la rentrée, aucun des messages automatiques de l'Espace Acheteur
n'arrive au lycée du Parc-des-Loges (0911251R). Je soupçonne un filtrage
côté académie, mais je n'ai aucune certitude. Les messages ne sont ni dans
la boîte de réception ni dans les indésirables.

Pouvez-vous m'aider ?

Stéphane Morel
Gestionnaire
""", mailer="outlook", fmt="html", day=22, hour=14)

M("missing_noreply_mail", True, "0783307W", I, "ticket_portal", False, "fr",
  "The ticket portal's account-confirmation mail (to set a password) never arrived.",
  "Catherine Mialet <catherine.mialet@ac-versailles.fr>",
  "Portail de tickets : mail de confirmation",
  """Bonjour,

On m'a conseillé d'ouvrir un compte sur le portail de tickets pour suivre
mes demandes. Je me suis inscrite (collège Le Corbusier, Poissy, 0783307W),
mais le mail qui permet de définir le mot de passe n'est jamais arrivé.

Cordialement,
Catherine Mialet
""", mailer="outlook", day=17, hour=9)

M("missing_noreply_mail", True, "0753916Z", I, "esidoc", False, "fr",
  "Private school, personal Gmail: the e-sidoc new-password mail never arrives.",
  "Agnès Poirier <agnes.poirier.doc@gmail.com>",
  "Mail de nouveau mot de passe",
  """Bonjour,

Documentaliste à Saint-Michel des Batignolles (0753916Z), j'ai demandé un
nouveau mot de passe e-sidoc lundi puis mercredi. Le mail n'arrive pas. Le
compte est rattaché à l'adresse du CDI, que je consulte tous les jours.

Merci d'avance,
Agnès Poirier
""", mailer="gmail", day=10, hour=18)

M("missing_noreply_mail", True, "0932205S", I, "espace_acheteur", False, "fr",
  "Sent from the collège's ce. address: the sign-up confirmation for the new secretary never came.",
  "Collège Camille-Claudel <ce.0932205S@ac-creteil.fr>",
  "Inscription Espace Acheteur - confirmation non reçue",
  """Bonjour,

Notre nouvelle secrétaire de gestion, Mme Aurore Pelletier, s'est inscrite
sur l'Espace Acheteur le 15 octobre avec son adresse académique. Elle n'a pas
reçu de mail de confirmation. Pourriez-vous le renvoyer ?

Merci,
Le secrétariat - Collège Camille-Claudel, Villepinte
""", mailer="zimbra", day=18, hour=11)

# ---------------------------------------------------------------------------
# mailinblack_spam (13)
# ---------------------------------------------------------------------------
M("mailinblack_spam", True, "0930124E", I, "espace_acheteur", False, "fr",
  "IT manager of the lycée asks which senders to allow in MailInBlack, deployed by the Région on its lycées.",
  "Samir Haddou <samir.haddou@ac-creteil.fr>",
  "Liste blanche MailInBlack",
  """Bonjour,

La Région a déployé MailInBlack sur la messagerie des lycées à la rentrée.
Depuis, nos gestionnaires (lycée Paul-Éluard, 0930124E) ne reçoivent plus
vos messages d'activation. Quelles adresses ou quels domaines dois-je
ajouter en liste blanche ?

Samir Haddou
Référent numérique - Lycée Paul-Éluard
""", mailer="thunderbird", day=3, hour=15)

M("mailinblack_spam", True, "0750712S", I, "espace_acheteur", False, "fr",
  "Activation links held in the MailInBlack quarantine.",
  "Valérie Koenig <valerie.koenig@ac-paris.fr>",
  "Vos liens bloqués en quarantaine",
  """Bonjour,

Je retrouve vos liens d'activation dans la quarantaine MailInBlack du lycée
Voltaire (0750712S), et quand je les libère, ils ont expiré. Comment faire
pour que vos messages passent directement ?

Valérie Koenig
""", mailer="zimbra", day=4, hour=9)

M("mailinblack_spam", True, "0940117S", I, "espace_acheteur", False, "fr",
  "Product spelled 'mail in black', no accents.",
  "Jeremy Cohen <jeremy.cohen@ac-creteil.fr>",
  "bloqué par mail in black",
  """Bonjour
nos messages de l espace acheteur sont bloques par mail in black au lycee
Berthelot (0940117S). le support de la region nous dit de voir avec vous
pour la procedure.
Cdlt
J. Cohen
""", mailer="android", day=7, hour=16)

M("mailinblack_spam", True, "0780521T", I, "espace_acheteur", False, "en",
  "English: Mailinblack challenge sent back to the no-reply sender, so the mails never arrive.",
  "Hélène Bastien <helene.bastien@ac-versailles.fr>",
  "Mailinblack blocking your messages",
  """Hello,

Our school (Lycée Hoche, 0780521T) now uses Mailinblack. I think your
notification emails are waiting for a "human verification" that a no-reply
address can never complete. Could you tell me what we should whitelist?

Thank you,
Hélène Bastien
""", mailer="zimbra", day=8, hour=11)

M("mailinblack_spam", False, "0950627R", I, "espace_acheteur", True, "fr",
  "The sender-authentication challenge is described (captcha link sent to the sender) but the product is not named: mailinblack_spam, but a person should confirm before sending the guide.",
  "Inès Darrieux <ines.darrieux@ac-versailles.fr>",
  "Vos messages « en attente d'authentification »",
  """Bonjour,

Depuis quelques jours, notre messagerie répond à certains expéditeurs par un
message « Votre mail est en attente : cliquez ici pour prouver que vous
n'êtes pas un robot ». Je suppose que c'est ce qui arrive à vos mails, car je
ne reçois plus rien de l'Espace Acheteur (lycée Romain-Rolland, 0950627R).
Je ne sais pas quel outil a été installé.

Inès Darrieux
""", mailer="zimbra", day=9, hour=14)

M("mailinblack_spam", False, "0921560W", I, "espace_acheteur", True, "fr",
  "Two topics: mails held by MailInBlack (main) and a request for the September invoice (order_billing).",
  "Nadège Fortin <nadege.fortin@ac-versailles.fr>",
  "MailInBlack et facture",
  """Bonjour,

1. Vos messages sont bloqués par MailInBlack au lycée Joliot-Curie de
Nanterre (0921560W). Pourriez-vous m'envoyer la marche à suivre ?
2. Par ailleurs, pouvez-vous me renvoyer la facture de la commande du
12 septembre ? Je ne la trouve pas.

Nadège Fortin, gestionnaire
""", mailer="outlook", day=10, hour=10)

M("mailinblack_spam", True, "0770932V", I, None, False, "fr",
  "One line from a phone: blocked by Mailinblack, send the procedure. No platform named.",
  "Bertrand Oudin <bertrand.oudin@ac-creteil.fr>",
  "Mailinblack",
  """Vos mails bloqués chez nous par Mailinblack (0770932V), merci d'envoyer la procédure.

Envoyé de mon iPhone
""", mailer="iphone", day=11, hour=18)

M("mailinblack_spam", True, "0920802X", I, "espace_acheteur", False, "fr",
  "A person forwards the daily MailInBlack quarantine report with a short question; the forwarded part is machine text.",
  "Marc-Antoine Rivière <marc-antoine.riviere@ac-versailles.fr>",
  "TR: Rapport de quarantaine quotidien",
  """Bonjour,

Voir ci-dessous : vos messages finissent tous dans la quarantaine. Faut-il
les autoriser un par un ?

M.-A. Rivière, lycée Lakanal (0920802X)

-----Message d'origine-----
De : Mailinblack <noreply@mailinblack.com>
Envoyé : mardi 15 octobre 2024 07:00
Objet : Rapport de quarantaine quotidien

Vous avez 3 messages en attente :
- no-reply@espace-acheteur.example.fr  Activation de votre compte
- no-reply@espace-acheteur.example.fr  Votre nouveau mot de passe
- no-reply@espace-acheteur.example.fr  Compte à valider
[Libérer] [Autoriser l'expéditeur] [Bloquer]
""", mailer="thunderbird", day=15, hour=8)

M("mailinblack_spam", True, "0600884K", "hauts-de-france", "espace_acheteur", False, "fr",
  "Neighbouring Oise lycée (Creil, ac-amiens.fr): MailInBlack blocks the notifications. UAI region hauts-de-france.",
  "Lionel Dufresne <lionel.dufresne@ac-amiens.fr>",
  "MailInBlack - lycée de Creil",
  """Bonjour,

Le lycée Jules-Uhry de Creil (0600884K) est équipé de MailInBlack depuis la
rentrée et vos notifications Espace Acheteur sont retenues. Pouvez-vous me
transmettre votre guide pour autoriser vos envois ?

Lionel Dufresne
Gestionnaire
""", mailer="outlook", day=16, hour=10)

M("mailinblack_spam", True, "0941922D", I, "espace_acheteur", False, "fr",
  "Reply quoting the junk-folder answer: the IT contractor now says Mailinblack Protect holds the mails; the MailInBlack guide is the right answer now.",
  "Karim Tessier <karim.tessier@ac-creteil.fr>",
  "Re: [#SUP-007955] Messages non reçus",
  """Re bonjour,

Rien dans les indésirables. Notre prestataire informatique vient de me dire
que c'est Mailinblack Protect qui retient vos messages. Vous avez une
procédure pour ça ?

Karim, LP Jean-Macé Vitry (0941922D)

Le mer. 16 oct. 2024 à 11:20, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Vérifiez votre dossier de courriers indésirables et autorisez l'adresse
> no-reply de l'Espace Acheteur.
> L'équipe d'assistance
""", mailer="gmail", day=17, hour=9, irt="SUP-007955")

M("mailinblack_spam", True, "0931482F", I, "espace_acheteur", False, "fr",
  "Checked the junk folder too, but MailInBlack is named as the blocker.",
  "Fatou Sissoko <fatou.sissoko@ac-creteil.fr>",
  "Finalement c'est MailInBlack",
  """Bonjour,

Je reviens vers vous : le référent numérique s'était trompé, le collège
Jean-Jaurès (0931482F) utilise bien MailInBlack depuis septembre, et votre
mail de confirmation y était retenu. J'avais aussi regardé les indésirables.
Pouvez-vous m'envoyer la procédure pour autoriser vos adresses une fois pour
toutes ?

Fatou Sissoko
""", mailer="zimbra", day=21, hour=10)

M("mailinblack_spam", True, "0911251R", I, "espace_acheteur", False, "fr",
  "MAILINBLACK in capitals; asks whether to allow the domain or each address.",
  "Stéphane Morel <stephane.morel@ac-versailles.fr>",
  "MAILINBLACK : domaine ou adresse ?",
  """Bonjour,

Le DSI de l'agglomération a finalement confirmé que MAILINBLACK filtre nos
messages (lycée du Parc-des-Loges, 0911251R). Faut-il autoriser tout votre
domaine ou seulement l'adresse no-reply ?

Merci,
S. Morel
""", mailer="outlook", day=23, hour=15)

M("mailinblack_spam", True, "0751893A", I, "esidoc", False, "fr",
  "HTML-only Outlook: the city installed Mailinblack on the collèges' mail; e-sidoc notifications held.",
  "Olivier Tran <olivier.tran@ac-paris.fr>",
  "Mailinblack et notifications e-sidoc",
  """Bonjour,

La Ville a installé Mailinblack sur la messagerie des collèges parisiens. Les
notifications du portail e-sidoc du collège Georges-Méliès (0751893A) sont
désormais retenues. Auriez-vous un guide pour autoriser vos envois ?

Bien cordialement,
Olivier Tran
""", mailer="outlook", fmt="html", day=18, hour=9)

# ---------------------------------------------------------------------------
# head_of_establishment_request (13)
# ---------------------------------------------------------------------------
M("head_of_establishment_request", False, "0750712S", I, "esidoc", False, "fr",
  "The proviseur writes from the ce.<UAI>@ac-paris.fr address: reset the e-sidoc admin password and change the contact address to the librarians'.",
  "Proviseur - Lycée Voltaire <ce.0750712S@ac-paris.fr>",
  "Demande écrite - compte administrateur e-sidoc",
  """Madame, Monsieur,

En ma qualité de proviseur du lycée Voltaire (UAI 0750712S), je vous demande
de réinitialiser le mot de passe du compte administrateur de notre portail
e-sidoc et de remplacer l'adresse de contact associée par celle du CDI :
cdi.voltaire@ac-paris.fr. Mes deux professeurs documentalistes, Mme Fontanel
et M. Arrami, vous ont écrit à ce sujet.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations
distinguées.

Philippe Aubertin
Proviseur
""", mailer="zimbra", day=2, hour=17, auth_ok=True)

M("head_of_establishment_request", False, "0930124E", I, "espace_acheteur", False, "fr",
  "The proviseure designates a new structure administrator on the Espace Acheteur and asks to remove the former one.",
  "Direction Lycée Paul-Éluard <ce.0930124E@ac-creteil.fr>",
  "Changement d'administrateur de structure",
  """Madame, Monsieur,

Je vous informe que Mme Karine Delmas, gestionnaire, est désormais
l'administratrice de structure du lycée Paul-Éluard (0930124E) sur l'Espace
Acheteur, en remplacement de M. Thierry Vasseur, muté au 1er septembre. Je
vous remercie de bien vouloir supprimer les accès de M. Vasseur.

Mme Isabelle Ngo
Proviseure du lycée Paul-Éluard, Saint-Denis
""", mailer="zimbra", day=3, hour=12)

M("head_of_establishment_request", False, "0751893A", I, "esidoc", False, "fr",
  "The principal authorises the documentaliste to validate the renewal order and attaches the signed bon d'engagement.",
  "Principal Collège Georges-Méliès <ce.0751893A@ac-paris.fr>",
  "Autorisation de validation de commande",
  """Bonjour,

J'autorise Mme Sophie Marchetti, professeure documentaliste, à valider la
commande de renouvellement de l'abonnement e-sidoc du collège
Georges-Méliès (0751893A). Vous trouverez ci-joint le bon d'engagement signé.

Cordialement,

Jean-Luc Serrano
Principal
""", mailer="zimbra", day=7, hour=9,
  attach=[("bon_engagement_2024-118.pdf", "application/pdf")])

M("head_of_establishment_request", False, "0780521T", I, "esidoc", False, "fr",
  "Reply (Zimbra 'Mail original' quote) in which the proviseur gives the written request the desk asked for.",
  "Proviseur Lycée Hoche <ce.0780521T@ac-versailles.fr>",
  "Re: [#SUP-007840] Accès e-sidoc - demande du chef d'établissement",
  """Bonjour,

Comme demandé, je confirme par écrit : merci de réinitialiser le mot de passe
du compte administrateur e-sidoc du lycée Hoche (0780521T) et d'envoyer le
lien à l'adresse de l'établissement.

Bien cordialement,
Marc Delorme, proviseur

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Hélène Bastien" <helene.bastien@ac-versailles.fr>
Envoyé: Lundi 7 Octobre 2024 15:31:02
Objet: [#SUP-007840] Accès e-sidoc - demande du chef d'établissement

Bonjour,
Pour des raisons de sécurité, la réinitialisation doit être demandée par
écrit par le chef d'établissement, depuis l'adresse officielle.
L'équipe d'assistance
""", mailer="zimbra", day=8, hour=8, irt="SUP-007840")

M("head_of_establishment_request", False, "0931482F", I, "esidoc", False, "fr",
  "The principal confirms from his phone, quoting his documentaliste's request (Apple quote style), that the reset may be done to the collège address. Personal academic address.",
  "Didier Mbappé-Lorrain <didier.mbappe-lorrain@ac-creteil.fr>",
  "Re: mot de passe CDI",
  """Bonjour,
Je confirme la demande de ma documentaliste : vous pouvez réinitialiser le mot de passe e-sidoc du collège Jean-Jaurès (0931482F), le lien doit partir sur l'adresse du collège, le secrétariat reprend lundi.
D. Mbappé-Lorrain, principal

Envoyé de mon iPhone

> Le 8 oct. 2024 à 20:14, Lucie Benhamou <lucie.benhamou93@gmail.com> a écrit :
>
> Monsieur le Principal, l'assistance e-sidoc demande votre accord écrit pour
> réinitialiser le mot de passe du CDI. Pouvez-vous leur répondre ?
> Lucie
""", mailer="iphone", day=9, hour=7)

M("head_of_establishment_request", False, "0940117S", I, None, True, "fr",
  "Claims to be the proviseur from the ce.<UAI> address, but SPF/DMARC fail and Reply-To is a free-mail address; asks to move both admin accounts to that address. Probable spoof, still a head request for staff to refuse. Mentions e-sidoc and the Espace Acheteur, so no single platform.",
  "Proviseur Lycée Marcelin-Berthelot <ce.0940117S@ac-creteil.fr>",
  "URGENT changement adresse administrateur",
  """Bonjour,

Suite à un problème sur notre messagerie académique, je vous demande de
transférer immédiatement les comptes administrateur e-sidoc et Espace
Acheteur du lycée Marcelin-Berthelot (0940117S) vers l'adresse
proviseur.berthelot94@gmail.com et de m'envoyer les nouveaux identifiants.

C'est urgent, les commandes doivent partir aujourd'hui.

Le Proviseur
""", mailer="outlook", day=10, hour=6, auth_ok=False,
  reply_to="proviseur.berthelot94@gmail.com")

M("head_of_establishment_request", False, "0920802X", I, "esidoc", True, "fr",
  "The proviseur adjoint writes 'par délégation' of the absent proviseur to authorise a change of contact address: a head-of-establishment request that staff must check (delegation).",
  "Proviseur adjoint - Lycée Lakanal <ce.0920802X@ac-versailles.fr>",
  "Par délégation du proviseur - adresse de contact e-sidoc",
  """Madame, Monsieur,

Par délégation du proviseur, absent jusqu'au 21 octobre, je vous demande de
remplacer l'adresse de contact du compte e-sidoc du lycée Lakanal (0920802X)
par celle de Mme Rebecca Hollis (rebecca.hollis@ac-versailles.fr), qui
assure la gestion du CDI de la section internationale.

Éric Santoni
Proviseur adjoint
""", mailer="zimbra", day=11, hour=10)

M("head_of_establishment_request", False, "0932205S", I, "espace_acheteur", False, "fr",
  "Written delegation: the principal declares who may validate orders for the collège.",
  "Principale - Collège Camille-Claudel <ce.0932205S@ac-creteil.fr>",
  "Délégation de validation des commandes",
  """Madame, Monsieur,

Je soussignée, Mme Rachida Benali, principale du collège Camille-Claudel de
Villepinte (0932205S), donne délégation à Mme Aurore Pelletier, secrétaire
de gestion, pour valider les commandes de l'établissement sur l'Espace
Acheteur, à compter de ce jour.

Rachida Benali
""", mailer="zimbra", day=18, hour=14)

M("head_of_establishment_request", False, "0922445H", I, "espace_acheteur", False, "en",
  "English: the head of a private bilingual school names a new structure administrator and asks to close the former bursar's access.",
  "Jonathan Price <head@tilleuls-bilingue.fr>",
  "Change of structure administrator - Les Tilleuls",
  """Dear Sir or Madam,

As Head of School of the Lycée privé bilingue Les Tilleuls in Neuilly-sur-
Seine (UAI 0922445H), I would like Ms Camille Rey, our new bursar, to become
the structure administrator of our Espace Acheteur account. Please close
the access of Mr Paul Granger, who left the school in August.

Yours faithfully,
Jonathan Price
Head of School
""", mailer="outlook", day=14, hour=11)

M("head_of_establishment_request", False, "0950627R", I, "esidoc", True, "fr",
  "The body gives 0950627P (wrong check letter) but the sender address ce.0950627R@ac-versailles.fr carries the valid UAI, which is the label.",
  "Proviseure Lycée Romain-Rolland <ce.0950627R@ac-versailles.fr>",
  "Accès e-sidoc pour la documentaliste remplaçante",
  """Bonjour,

Je vous demande de bien vouloir réinitialiser le mot de passe du compte
e-sidoc du lycée Romain-Rolland d'Argenteuil (UAI 0950627P) afin que
Mme Inès Darrieux, qui remplace notre documentaliste, puisse y accéder. Le
lien peut être envoyé à l'adresse de l'établissement.

Sylvie Charpentier
Proviseure
""", mailer="zimbra", day=11, hour=16)

M("head_of_establishment_request", False, "0752763W", I, "esidoc", False, "fr",
  "A primary-school head (directrice d'école) asks to replace the e-sidoc contact address with the school's address.",
  "Directrice École élémentaire Saint-Maur <ce.0752763W@ac-paris.fr>",
  "Changement d'adresse de contact BCD",
  """Bonjour,

Directrice de l'école élémentaire de la rue Saint-Maur (Paris 11e,
0752763W), je souhaite que l'adresse de contact de notre portail e-sidoc
(bibliothèque de l'école) ne soit plus celle de l'ancienne directrice, mais
l'adresse de l'école : ce.0752763W@ac-paris.fr.

Merci,
Mme Océane Lefort, directrice
""", mailer="roundcube", day=15, hour=12)

M("head_of_establishment_request", False, "0754480M", I, "esidoc", False, "fr",
  "HTML-only Outlook letter: the proviseur asks for a reset so that a documentaliste who left loses access; link to the lycée's address.",
  "Proviseur LP Galilée <ce.0754480M@ac-paris.fr>",
  "Départ de la documentaliste - sécurisation de l'accès e-sidoc",
  """Madame, Monsieur,

Mme Aline Barbier, documentaliste du lycée professionnel Galilée (0754480M),
a quitté l'établissement le 11 octobre. Afin qu'elle n'ait plus accès au
portail, je vous demande de réinitialiser le mot de passe administrateur
e-sidoc et d'adresser le lien à l'adresse officielle du lycée.

Je vous remercie par avance.

François Léger
Proviseur
""", mailer="outlook", fmt="html", cs="windows-1252", day=21, hour=10)

M("head_of_establishment_request", False, None, None, "esidoc", False, "fr",
  "A principal gives his agreement from a personal Gmail address without any UAI: weak evidence, staff must verify.",
  "Patrick Honoré <patrick.honore78@gmail.com>",
  "accord du principal",
  """Bonjour,

Je suis le principal du collège Le Corbusier à Poissy. Je donne mon accord
pour que le mot de passe e-sidoc soit réinitialisé à la demande de Mme
Mialet. Je vous écris de ma boîte personnelle, je suis en déplacement.

P. Honoré
""", mailer="gmail", day=16, hour=20)

# ---------------------------------------------------------------------------
# account_creation (10)
# ---------------------------------------------------------------------------
M("account_creation", True, "0920802X", I, "esidoc", False, "fr",
  "New gestionnaire wants to open the customer account before a first online order; FAQ answer fits.",
  "Marc-Antoine Rivière <marc-antoine.riviere@ac-versailles.fr>",
  "Ouvrir un compte client",
  """Bonjour,

Je suis le nouveau gestionnaire du lycée Lakanal (0920802X). Pour commander
en ligne le renouvellement e-sidoc, il me faut un compte client : comment
l'ouvrir ?

Cordialement,
M.-A. Rivière
""", mailer="thunderbird", day=1, hour=10)

M("account_creation", True, "0750712S", I, "espace_acheteur", False, "fr",
  "Filled in the sign-up form but cannot log in: the account waits for the structure administrator's validation (FAQ case).",
  "Amandine Roche <amandine.roche@ac-paris.fr>",
  "Inscription Espace Acheteur en attente",
  """Bonjour,

Je me suis inscrite sur l'Espace Acheteur pour le lycée Voltaire (0750712S)
lundi. Quand je me connecte, on me dit que mon compte est « en attente de
validation ». Combien de temps cela prend-il ?

Amandine Roche
Secrétariat d'intendance
""", mailer="zimbra", day=9, hour=9)

M("account_creation", False, "0930124E", I, "espace_acheteur", False, "fr",
  "Asks who the lycée's structure administrator is: a person looks it up.",
  "Yacine Bourahla <yacine.bourahla@ac-creteil.fr>",
  "Qui est notre administrateur ?",
  """Bonjour,

Pour valider mon compte, on me dit de m'adresser à « l'administrateur de
structure » du lycée Paul-Éluard (0930124E). Personne ici ne sait de qui il
s'agit. Pourriez-vous me dire qui est enregistré ?

Merci,
Yacine Bourahla
""", mailer="zimbra", day=4, hour=11)

M("account_creation", False, "0940117S", I, "espace_acheteur", False, "fr",
  "Account works; asks for order-management rights to be opened.",
  "Jeremy Cohen <jeremy.cohen@ac-creteil.fr>",
  "Droits de commande",
  """Bonjour,

Mon compte Espace Acheteur fonctionne, mais je ne vois pas le bouton pour
passer commande. Pouvez-vous m'ouvrir les droits de gestion des commandes
pour le lycée Marcelin-Berthelot (0940117S) ?

J. Cohen
""", mailer="thunderbird", day=14, hour=15)

M("account_creation", False, "0932761W", I, "espace_acheteur", True, "fr",
  "A collège that opened in September 2024: its UAI is not in the list at sign-up; eligibility must be checked by a person.",
  "Gestion Collège Simone-Veil <gestion.simoneveil.saintouen@gmail.com>",
  "Nouveau collège - UAI absent de la liste",
  """Bonjour,

Le collège Simone-Veil de Saint-Ouen a ouvert ses portes en septembre 2024.
Lors de l'inscription sur l'Espace Acheteur, notre UAI (0932761W)
n'apparaît pas dans la liste des établissements. Comment créer notre compte ?

En attendant notre adresse académique, nous utilisons cette adresse.

Le service de gestion
""", mailer="gmail", day=8, hour=14)

M("account_creation", True, "0781694T", I, "espace_acheteur", True, "fr",
  "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account: account_creation, not password_reset.",
  "Martine Guérin <martine.guerin@ac-versailles.fr>",
  "Créer mon accès",
  """Bonjour,

Je n'ai pas perdu mon mot de passe : je n'ai simplement jamais eu de compte
sur l'Espace Acheteur. Je suis secrétaire de gestion au collège Les Saules
de Guyancourt (0781694T) depuis la rentrée. Comment créer mon compte ?

Martine Guérin
""", mailer="outlook", day=10, hour=13)

M("account_creation", False, "0922445H", I, "espace_acheteur", False, "en",
  "English: private bilingual school asks whether it can get a buyer account at all (private under contract): eligibility, a person answers.",
  "Camille Rey <bursar@tilleuls-bilingue.fr>",
  "Are private schools eligible for a buyer account?",
  """Hello,

I have just joined Les Tilleuls, a private bilingual school under contract
with the State (UAI 0922445H). Can a private school open an account on the
Espace Acheteur, and if so, what documents do you need?

Best regards,
Camille Rey
Bursar
""", mailer="outlook", day=16, hour=9)

M("account_creation", False, None, I, "espace_acheteur", False, "fr",
  "Account waiting for validation for two weeks; the structure administrator is on long sick leave: the region must step in. No UAI, region from ac-creteil.fr.",
  "Nathalie Roussel <nathalie.roussel@ac-creteil.fr>",
  "Compte en attente depuis 15 jours",
  """Bonjour,

Mon compte Espace Acheteur est en attente de validation depuis le
1er octobre. L'administratrice de notre structure est en congé maladie
jusqu'en décembre et personne d'autre ne peut valider. Comment débloquer la
situation ?

Nathalie Roussel
Secrétaire de gestion, collège de Pontault-Combault
""", mailer="zimbra", day=15, hour=16)

M("account_creation", False, "0780521T", I, "esidoc", False, "fr",
  "Asks whether both librarians can each have their own administrator account: a person answers.",
  "Hélène Bastien <helene.bastien@ac-versailles.fr>",
  "Deux comptes administrateurs ?",
  """Bonjour,

Au lycée Hoche (0780521T), nous sommes deux documentalistes à temps plein.
Est-il possible d'avoir chacune un compte administrateur e-sidoc, plutôt
que de partager le même identifiant ?

Hélène Bastien
""", mailer="zimbra", day=17, hour=10)

M("account_creation", True, None, None, "espace_acheteur", False, "fr",
  "Town-hall buyer asks how to create an account: the sign-up answer fits. Non-academic domain, no region.",
  "Mounir Chaabane <m.chaabane@montreuil.fr>",
  "Création de compte acheteur",
  """Bonjour,

Je viens d'être recruté au service de la commande publique de la ville de
Montreuil. Comment puis-je créer un compte sur l'Espace Acheteur ?

Cordialement,
Mounir Chaabane
""", mailer="outlook", day=23, hour=11)

# ---------------------------------------------------------------------------
# subscription_activation (9)
# ---------------------------------------------------------------------------
M("subscription_activation", True, "0750712S", I, "esidoc", False, "fr",
  "Europresse ordered yesterday, not yet visible: within the 72-hour window.",
  "Claire Fontanel <claire.fontanel@ac-paris.fr>",
  "Europresse pas encore visible",
  """Bonjour,

Nous avons commandé hier l'abonnement Europresse pour le lycée Voltaire
(0750712S). Il n'apparaît pas encore dans nos ressources e-sidoc. Est-ce
normal ?

Claire Fontanel
""", mailer="zimbra", day=8, hour=10)

M("subscription_activation", True, "0751893A", I, "esidoc", False, "fr",
  "How to publish the Cafeyn resource for pupils on the portal.",
  "Sophie Marchetti <sophie.marchetti@ac-paris.fr>",
  "Publier Cafeyn pour les élèves",
  """Bonjour,

L'abonnement Cafeyn du collège Georges-Méliès (0751893A) est actif dans
« Mes abonnements », mais les élèves ne le voient pas sur le portail.
Comment publie-t-on la ressource ?

Merci,
Sophie
""", mailer="roundcube", day=10, hour=13)

M("subscription_activation", False, "0940117S", I, "esidoc", False, "fr",
  "Ordered twelve days ago, still not active: past the 72-hour rule, a person must look at the order.",
  "Élodie Marquet <elodie.marquet@ac-creteil.fr>",
  "Abonnement toujours inactif après 12 jours",
  """Bonjour,

Notre abonnement Universalis a été commandé le 2 octobre pour le lycée
Marcelin-Berthelot (0940117S). Douze jours plus tard, il n'est toujours pas
actif. Le bon de commande a bien été validé. Pouvez-vous regarder ?

Élodie Marquet
""", mailer="outlook", day=14, hour=9)

M("subscription_activation", True, "0931482F", I, "esidoc", True, "fr",
  "Written by the principal, but he only asks when the subscription will be available: not a head-of-establishment request.",
  "Didier Mbappé-Lorrain <didier.mbappe-lorrain@ac-creteil.fr>",
  "Date de mise à disposition de l'abonnement",
  """Bonjour,

Principal du collège Jean-Jaurès (0931482F), je souhaite savoir quand
l'abonnement commandé avant-hier sera accessible aux élèves : nos
professeurs de français l'attendent pour une séquence sur la presse.

Cordialement,
D. Mbappé-Lorrain
""", mailer="zimbra", day=11, hour=8)

M("subscription_activation", True, "0780521T", I, "esidoc", True, "fr",
  "Negation: 'je n'ai pas oublié mon mot de passe', the login works; the newly ordered resource is not shown.",
  "Hervé Lachaume <herve.lachaume@ac-versailles.fr>",
  "Ressource non visible (pas un problème de mot de passe)",
  """Bonjour,

Je n'ai pas oublié mon mot de passe et la connexion fonctionne : le souci
est que la ressource commandée lundi pour le lycée Hoche (0780521T) ne
s'affiche nulle part sur le portail. Merci de vérifier l'activation.

H. Lachaume
""", mailer="outlook", day=16, hour=14)

M("subscription_activation", True, "0951003Z", I, "esidoc", False, "fr",
  "Active subscription not reachable by pupils through the ENT: publication step.",
  "Julien Perrot <julien.perrot1@ac-versailles.fr>",
  "Universalis via l'ENT",
  """Bonjour,

L'abonnement Universalis du lycée Camille-Pissarro (0951003Z) est bien actif
côté administration, mais les élèves qui passent par l'ENT n'y ont pas accès.
Y a-t-il une étape de publication que j'aurais oubliée ?

Julien Perrot
""", mailer="thunderbird", day=17, hour=10)

M("subscription_activation", True, "0920802X", I, "esidoc", False, "en",
  "English: renewed subscription still shown as expired, renewal ordered two days ago.",
  "Rebecca Hollis <rebecca.hollis@ac-versailles.fr>",
  "Renewed subscription still shows as expired",
  """Hello again,

We renewed our e-sidoc subscription on Wednesday (Lycée Lakanal, 0920802X), but
the admin page still says "expired". Is there a delay before it updates?

Thanks,
Rebecca
""", mailer="apple", day=18, hour=9)

M("subscription_activation", True, "0950627R", I, "esidoc", False, "fr",
  "Short: please activate, order validated on Monday.",
  "Inès Darrieux <ines.darrieux@ac-versailles.fr>",
  "Activation abonnement",
  """Bonjour, pouvez-vous activer l'abonnement du lycée Romain-Rolland (0950627R) ? La commande a été validée lundi. Merci !
""", mailer="zimbra", day=16, hour=11)

M("subscription_activation", True, "0770932V", I, "esidoc", False, "fr",
  "Le Monde subscription ordered two days ago not yet reachable.",
  "Pascale Giraud <pascale.giraud@ac-creteil.fr>",
  "Abonnement Le Monde",
  """Bonjour,

L'abonnement au Monde commandé mardi pour le CDI du lycée Uruguay-France
(0770932V) n'est pas encore consultable. Faut-il patienter ?

Pascale Giraud
""", mailer="android", day=3, hour=12)

# ---------------------------------------------------------------------------
# order_billing (10)
# ---------------------------------------------------------------------------
M("order_billing", False, "0750712S", I, "esidoc", False, "fr",
  "Asks for a formal quote for the renewal, needed to prepare the bon d'engagement.",
  "Valérie Koenig <valerie.koenig@ac-paris.fr>",
  "Demande de devis - renouvellement e-sidoc",
  """Bonjour,

Pourriez-vous nous adresser un devis pour le renouvellement de l'abonnement
e-sidoc du lycée Voltaire (0750712S) pour 2025 ? L'agent comptable en a
besoin pour établir le bon d'engagement avant la clôture de l'exercice.

Cordialement,
Valérie Koenig
""", mailer="zimbra", day=2, hour=10)

M("order_billing", False, "0930124E", I, "espace_acheteur", False, "fr",
  "Order validated a month ago, invoice still not on Chorus Pro.",
  "Karine Delmas <karine.delmas@ac-creteil.fr>",
  "Facture absente de Chorus Pro",
  """Bonjour,

La commande n° EA-2024-09-4471 du lycée Paul-Éluard (0930124E) a été validée
le 9 septembre et livrée. Nous n'avons toujours pas reçu la facture sur
Chorus Pro, ce qui bloque le mandatement.

Karine Delmas
""", mailer="zimbra", day=9, hour=11)

M("order_billing", False, "0780521T", I, "espace_acheteur", False, "fr",
  "Upload of the bon d'engagement fails at order validation ('format non accepté'); PDF attached.",
  "Hervé Lachaume <herve.lachaume@ac-versailles.fr>",
  "Bon d'engagement refusé à la validation",
  """Bonjour,

Au moment de valider la commande du lycée Hoche (0780521T), le dépôt du bon
d'engagement échoue avec le message « format non accepté ». Le fichier est
un PDF de 240 Ko, je le joins ici.

Merci de votre aide,
H. Lachaume
""", mailer="outlook", day=11, hour=15,
  attach=[("BE_2024_0413_Hoche.pdf", "application/pdf")])

M("order_billing", False, "0951003Z", I, "esidoc", False, "fr",
  "Invoice received twice; asks to cancel the duplicate.",
  "Aisha Kamara <aisha.kamara@ac-versailles.fr>",
  "Facture en double",
  """Bonjour,

Nous avons reçu deux fois la facture F24-10872 (renouvellement e-sidoc,
lycée Camille-Pissarro, 0951003Z), sous deux numéros différents. Pouvez-vous
annuler la seconde (F24-10873) ?

Aisha Kamara, adjointe gestionnaire
""", mailer="outlook", day=15, hour=10)

M("order_billing", False, "0753916Z", I, "esidoc", False, "fr",
  "Private school asks whether it may pay by bank transfer and for the bank details; ISO-8859-15 8-bit body.",
  "Comptabilité Saint-Michel <compta@stmichel-batignolles.fr>",
  "Paiement par virement",
  """Bonjour,

Établissement privé sous contrat, nous ne passons pas par Chorus. Pouvons-
nous régler la facture de l'abonnement e-sidoc par virement ? Si oui, merci
de nous communiquer votre RIB. Montant : 412,00 €.

Service comptabilité
Groupe scolaire Saint-Michel des Batignolles (0753916Z)
""", mailer="thunderbird", fmt="8bit", cs="iso-8859-15", day=15, hour=14)

M("order_billing", False, "0920802X", I, "esidoc", False, "en",
  "English Outlook reply (From:/Sent: block) asking to address the invoice to the agent comptable.",
  "Rebecca Hollis <rebecca.hollis@ac-versailles.fr>",
  "RE: [#SUP-007977] Your order",
  """Hi,

Thanks for confirming the order. Could the invoice be addressed to the
school's accounting office (Agence comptable, Lycée Lakanal, 3 avenue du
Président-Franklin-Roosevelt, 92330 Sceaux) rather than to me? UAI 0920802X.

Best,
Rebecca

From: Assistance <support@assistance.example.fr>
Sent: Wednesday, October 16, 2024 2:41 PM
To: Rebecca Hollis <rebecca.hollis@ac-versailles.fr>
Subject: [#SUP-007977] Your order

Hello,
Your order has been recorded. The invoice will follow.
The support team
""", mailer="outlook", day=17, hour=9, irt="SUP-007977")

M("order_billing", False, "0911251R", I, "esidoc", False, "fr",
  "The saved basket disappeared (baskets are kept 15 days).",
  "Anne Clavreul <anne.clavreul@ac-versailles.fr>",
  "Panier disparu",
  """Bonjour,

J'avais préparé début septembre un panier pour le lycée du Parc-des-Loges
(0911251R) avec l'abonnement et deux ressources. Je voulais le valider
aujourd'hui : il a disparu. Peut-on le récupérer ?

Anne Clavreul
""", mailer="outlook", day=18, hour=16)

M("order_billing", False, "0940117S", I, "esidoc", False, "fr",
  "HTML-only Outlook (windows-1252, euro sign): the invoice amount differs from the quote.",
  "Élodie Marquet <elodie.marquet@ac-creteil.fr>",
  "Écart entre devis et facture",
  """Bonjour,

Le devis D-2024-3310 pour le lycée Marcelin-Berthelot (0940117S) indiquait
598,00 € TTC ; la facture reçue ce matin est de 657,80 €. Pouvez-vous nous
expliquer cet écart ou émettre un avoir ?

Élodie Marquet
""", mailer="outlook", fmt="html", cs="windows-1252", day=21, hour=11)

M("order_billing", False, "0751893A", I, "espace_acheteur", True, "fr",
  "Two topics: wrong amount on an invoice (main) and a convention missing from 'Mes Marchés' (contract_documents).",
  "Jean-Luc Serrano <jean-luc.serrano@ac-paris.fr>",
  "Facture erronée et convention introuvable",
  """Bonjour,

La facture de la commande de mobilier du CDI (collège Georges-Méliès,
0751893A) comporte un montant erroné : 18 chaises facturées au lieu de 12.
Merci de nous envoyer une facture rectifiée.

Par ailleurs, je ne retrouve plus la convention d'adhésion dans « Mes
Marchés ».

Cordialement,
J.-L. Serrano
""", mailer="zimbra", day=22, hour=15)

M("order_billing", False, "0931482F", I, "esidoc", False, "fr",
  "Thunderbird forward of a payment reminder for an invoice already paid by mandat administratif.",
  "Fatou Sissoko <fatou.sissoko@ac-creteil.fr>",
  "Fwd: Relance facture F24-09512",
  """Bonjour,

Cette facture a été réglée par mandat administratif le 30 septembre (collège
Jean-Jaurès, 0931482F). Merci de vérifier et de stopper les relances.

Fatou Sissoko

-------- Message transféré --------
Sujet : Relance facture F24-09512
Date : Mon, 21 Oct 2024 06:00:12 +0200
De : Facturation <facturation@assistance.example.fr>
Pour : fatou.sissoko@ac-creteil.fr

Sauf erreur de notre part, la facture F24-09512 d'un montant de 389,00 €
reste impayée à ce jour.
""", mailer="thunderbird", day=22, hour=9)

# ---------------------------------------------------------------------------
# contract_documents (7)
# ---------------------------------------------------------------------------
M("contract_documents", False, None, None, "espace_acheteur", False, "fr",
  "Regional buyer: market no longer found in 'Mes Marchés'. Non-academic domain, no UAI: no region.",
  "Géraldine Pons <geraldine.pons@iledefrance.fr>",
  "Marché 2022-041 introuvable",
  """Bonjour,

Le marché 2022-041 (équipement numérique des lycées) n'apparaît plus dans
« Mes Marchés » depuis la mise à jour de l'Espace Acheteur. Je dois
consulter l'acte d'engagement pour une question d'un lycée. Pouvez-vous
le rétablir ?

Géraldine Pons
Direction des lycées - Pôle achats
""", mailer="outlook", day=2, hour=14)

M("contract_documents", False, "0940117S", I, "espace_acheteur", False, "fr",
  "Amendment no. 3 of a market missing from the contract documents.",
  "Jeremy Cohen <jeremy.cohen@ac-creteil.fr>",
  "Avenant n°3 manquant",
  """Bonjour,

Dans les pièces du marché de fournitures de bureau, je vois les avenants 1
et 2 mais pas l'avenant n°3 annoncé en juin. Pouvez-vous l'ajouter à
l'espace du lycée Marcelin-Berthelot (0940117S) ?

Merci
""", mailer="thunderbird", day=8, hour=10)

M("contract_documents", False, "0780521T", I, "espace_acheteur", False, "fr",
  "The membership convention opens as an empty file.",
  "Hervé Lachaume <herve.lachaume@ac-versailles.fr>",
  "Convention d'adhésion vide",
  """Bonjour,

Quand j'ouvre la convention d'adhésion du lycée Hoche (0780521T) dans
l'Espace Acheteur, j'obtiens un PDF vide (0 Ko). Pourriez-vous la
redéposer ?

H. Lachaume
""", mailer="outlook", day=14, hour=11)

M("contract_documents", False, "0930124E", I, "espace_acheteur", False, "fr",
  "CCAP not found for the school-supplies market.",
  "Karine Delmas <karine.delmas@ac-creteil.fr>",
  "CCAP du marché fournitures scolaires",
  """Bonjour,

Je ne trouve pas le CCAP du marché 2024-077 (fournitures scolaires) dans les
documents du marché. Seul le BPU est présent. Lycée Paul-Éluard, 0930124E.

Cordialement,
K. Delmas
""", mailer="zimbra", day=17, hour=15)

M("contract_documents", False, "0941922D", I, "espace_acheteur", False, "fr",
  "Follow-up reply (Gmail quote): the document is still missing after the region's answer.",
  "Karim Tessier <karim.tessier@ac-creteil.fr>",
  "Re: [#SUP-007730] Document du marché manquant",
  """Bonjour,

Une semaine après, le certificat de conformité n'est toujours pas dans les
documents du marché (LP Jean-Macé, 0941922D). Pouvez-vous relancer ?

Karim

Le jeu. 10 oct. 2024 à 16:02, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Votre demande a été transmise à l'équipe régionale, qui ajoutera le
> document manquant.
> L'équipe d'assistance
""", mailer="gmail", day=17, hour=17, irt="SUP-007730")

M("contract_documents", False, None, None, "espace_acheteur", True, "fr",
  "Could see the conventions on the old platform, not on the new one: contract_documents, although the usual fix is access rights from the structure administrator (close to account_creation).",
  "Delphine Aubry <d.aubry@boulognebillancourt.fr>",
  "Conventions invisibles sur la nouvelle plateforme",
  """Bonjour,

Sur l'ancienne plateforme, je consultais sans problème les conventions
signées par la ville. Sur le nouvel Espace Acheteur, la rubrique est vide
pour moi. Est-ce un problème de migration ?

Delphine Aubry
Ville de Boulogne-Billancourt - Achats
""", mailer="outlook", day=21, hour=9)

M("contract_documents", False, "0951003Z", I, "espace_acheteur", False, "fr",
  "Administrative certificate missing for a market.",
  "Aisha Kamara <aisha.kamara@ac-versailles.fr>",
  "Certificat administratif manquant",
  """Bonjour,

L'agent comptable nous réclame le certificat administratif du marché de
reprographie pour le lycée Camille-Pissarro (0951003Z), mais il n'est pas
dans les pièces disponibles sur l'Espace Acheteur.

Merci d'avance,
Aisha Kamara
""", mailer="outlook", day=24, hour=14)

# ---------------------------------------------------------------------------
# transfer_incident (9)
# ---------------------------------------------------------------------------
M("transfer_incident", False, "0753916Z", I, "ecoledirecte", False, "fr",
  "Last EcoleDirecte transfer is five days old; parents no longer see the grades.",
  "Grégoire Lemaire <g.lemaire@stmichel-batignolles.fr>",
  "Transferts EcoleDirecte arrêtés",
  """Bonjour,

Le dernier transfert vers EcoleDirecte date du 2 octobre pour Saint-Michel
des Batignolles (0753916Z). Les parents nous appellent : les notes saisies
cette semaine ne sont pas visibles. Que faut-il vérifier ?

Grégoire Lemaire
""", mailer="outlook", day=7, hour=8)

M("transfer_incident", False, "0783519B", I, "ecoledirecte", False, "fr",
  "Licence to regenerate after the server was replaced.",
  "Service informatique Saint-Exupéry <informatique@saint-exupery-versailles.fr>",
  "Licence à régénérer après changement de serveur",
  """Bonjour,

Nous avons remplacé le serveur de l'établissement pendant le week-end
(collège-lycée privé Saint-Exupéry, Versailles, 0783519B). Charlemagne
démarre, mais les transferts vers EcoleDirecte refusent de partir : la
licence doit être régénérée, d'après le message d'erreur.

Merci de nous indiquer la procédure.
Le service informatique
""", mailer="thunderbird", day=7, hour=11)

M("transfer_incident", False, "0912207E", I, "ecoledirecte", True, "fr",
  "Asks for the daily maintenance password to repair the Charlemagne database: transfer_incident per the taxonomy, not password_reset.",
  "Sébastien Grandin <s.grandin@saintemarie-etampes.fr>",
  "mot de passe de maintenance du jour",
  """Bonjour,

Pourriez-vous me communiquer le mot de passe de maintenance du jour ? Je
dois lancer une réparation de la base Charlemagne du collège Sainte-Marie
d'Étampes (0912207E) avant de relancer les transferts.

Merci,
S. Grandin
""", mailer="outlook", day=9, hour=7)

M("transfer_incident", False, "0952115H", I, "ecoledirecte", False, "fr",
  "The antivirus quarantines 'Charlemagne Outils', so transfers no longer run.",
  "Olivia Mercier <o.mercier@saintmartin-cergy.fr>",
  "Antivirus et Charlemagne Outils",
  """Bonjour,

Depuis la mise à jour de notre antivirus lundi, le programme Charlemagne
Outils est mis en quarantaine et les transferts EcoleDirecte du lycée privé
Saint-Martin de Cergy (0952115H) ne partent plus. Quels dossiers faut-il
exclure ?

Olivia Mercier, secrétariat de direction
""", mailer="outlook", day=10, hour=9)

M("transfer_incident", False, "0940876S", I, "ecoledirecte", False, "fr",
  "New proxy at the start of October: the transfer diagnostic fails on the connection test.",
  "Thibault Renard <t.renard@notredame-vincennes.fr>",
  "Diagnostic de transfert en échec (proxy)",
  """Bonjour,

Notre prestataire a installé un nouveau pare-feu avec proxy le 1er octobre.
Depuis, le diagnostic des transferts EcoleDirecte échoue à l'étape « test de
connexion » (collège privé Notre-Dame, Vincennes, 0940876S). Quels
paramètres HTTP faut-il saisir ?

Thibault Renard
""", mailer="thunderbird", day=14, hour=14)

M("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
  "'Licence expirée' at start-up, transfers stopped; no UAI, non-academic domain.",
  "Secrétariat Institution Sainte-Clotilde <secretariat@steclotilde.fr>",
  "Licence expirée",
  """Bonjour,

Ce matin, au lancement de Charlemagne, message « Licence expirée ». Plus
aucun transfert vers EcoleDirecte. Merci de nous aider rapidement, c'est la
semaine des conseils de classe.

Le secrétariat
""", mailer="outlook", fmt="html", day=16, hour=8)

M("transfer_incident", False, "0783519B", I, "ecoledirecte", False, "fr",
  "Follow-up reply quoting the licence answer: after restoring a backup the replication must be re-initialised.",
  "Service informatique Saint-Exupéry <informatique@saint-exupery-versailles.fr>",
  "Re: [#SUP-007866] Licence à régénérer après changement de serveur",
  """Bonjour,

Merci, la licence est régénérée. En revanche, comme nous avons restauré une
sauvegarde du 4 octobre, le module de transfert indique qu'une
réinitialisation de la réplication est nécessaire. Pouvez-vous la lancer de
votre côté ?

Le service informatique (0783519B)

> Le 08/10/2024 à 10:15, Assistance a écrit :
> Bonjour, la licence a été régénérée, relancez Charlemagne.
""", mailer="thunderbird", day=9, hour=16, irt="SUP-007866")

M("transfer_incident", False, "0922445H", I, "ecoledirecte", False, "en",
  "English, from the school's IT contractor: several Outils.exe processes hang and the transfers never finish.",
  "Kevin Walsh <kwalsh@it-partners-paris.example.com>",
  "Transfers hanging - Outils.exe stuck",
  """Hello,

I look after the IT of Les Tilleuls bilingual school (UAI 0922445H). Since
yesterday the EcoleDirecte transfers never complete: Task Manager shows four
Outils.exe processes stuck at 0% CPU. Killing them and restarting does not
help. Is there a known issue?

Regards,
Kevin Walsh
IT Partners
""", mailer="outlook", day=22, hour=10)

M("transfer_incident", False, "0940876S", I, "ecoledirecte", True, "fr",
  "Apple Mail forward of a parent's complaint: homework no longer appears on EcoleDirecte. Written by the head of a private collège, but not a head-of-establishment request.",
  "Marie-Christine Dorval <direction@notredame-vincennes.fr>",
  "Tr : Cahier de textes vide",
  """Bonjour,

Je vous transfère le message d'un parent. Depuis lundi, le cahier de textes
n'est plus à jour sur EcoleDirecte pour le collège Notre-Dame (0940876S),
alors que les professeurs saisissent normalement dans Charlemagne. Pouvez-
vous regarder les transferts ?

Marie-Christine Dorval
Cheffe d'établissement

Début du message réexpédié :

De: Famille Lenoir <lenoir.famille@orange.fr>
Objet: Cahier de textes vide
Date: 16 octobre 2024 à 19:47:10 UTC+2
À: direction@notredame-vincennes.fr

Madame, mon fils n'a aucun devoir affiché depuis lundi, est-ce normal ?
""", mailer="apple", day=17, hour=8)

# ---------------------------------------------------------------------------
# automated (21)
# ---------------------------------------------------------------------------
AUTO_SUB = ("Auto-Submitted", "auto-generated")
NO_AUTORESP = ("X-Auto-Response-Suppress", "All")

M("automated", False, None, I, None, False, "fr",
  "Exchange-style out-of-office of a proviseur adjoint for the Toussaint holidays (Auto-Submitted, X-Auto-Response-Suppress). Region from the ac-paris.fr sender.",
  "Laurent Desbordes <laurent.desbordes@ac-paris.fr>",
  "Réponse automatique : [#SUP-008102] Lycée Voltaire - compte e-sidoc",
  """Bonjour,

Je suis absent du samedi 19 octobre au lundi 4 novembre inclus (vacances de
la Toussaint). Pour toute urgence, merci de contacter le secrétariat de
direction du lycée Voltaire au 01 43 xx xx xx.

Laurent Desbordes
Proviseur adjoint
""", mailer="outlook", day=21, hour=9, irt="SUP-008102",
  extra=[AUTO_SUB, NO_AUTORESP])

M("automated", False, None, I, None, False, "fr",
  "Zimbra vacation reply from an académie de Versailles address (Auto-Submitted: auto-replied (zimbra; vacation)).",
  "Hélène Bastien <helene.bastien@ac-versailles.fr>",
  "Absence - Re: [#SUP-008121] Deux comptes administrateurs ?",
  """Bonjour,

Je suis en congés jusqu'au 4 novembre. Le CDI du lycée Hoche rouvrira à la
rentrée. Votre message sera traité à mon retour.

Hélène Bastien
""", mailer="zimbra", day=22, hour=14, irt="SUP-008121",
  extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")])

M("automated", False, "0930124E", I, None, False, "fr",
  "Out-of-office of the lycée's official ce.<UAI> mailbox during the holidays; mentions e-sidoc but it is automatic. UAI from the address.",
  "Lycée Paul-Éluard <ce.0930124E@ac-creteil.fr>",
  "Réponse automatique : [#SUP-008099] Compte e-sidoc bloqué",
  """Bonjour,

L'établissement est fermé du 26 octobre au 3 novembre. Les messages reçus
(y compris les demandes concernant le CDI et le portail e-sidoc) seront
traités à la réouverture, le lundi 4 novembre.

Le secrétariat du lycée Paul-Éluard
""", mailer="zimbra", day=26, hour=10, irt="SUP-008099",
  extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")])

M("automated", False, None, None, None, False, "en",
  "Postfix bounce (multipart/report delivery-status) for a documentaliste who has left the private school; null Return-Path.",
  "Mail Delivery System <MAILER-DAEMON@mx.stmichel-batignolles.fr>",
  "Undelivered Mail Returned to Sender",
  "", mailer="auto", day=14, hour=10, rp="", report="dsn",
  dsn=dict(mta="mx.stmichel-batignolles.fr", rcpt="a.poirier@stmichel-batignolles.fr",
           status="5.1.1", diag='unknown user: "a.poirier"',
           orig_subj="[#SUP-007930] Mail de nouveau mot de passe"),
  extra=[("Auto-Submitted", "auto-replied")])

M("automated", False, None, None, None, False, "fr",
  "Exchange Online non-delivery report in French ('Non remis :'), mailbox full, multipart/report.",
  "Microsoft Outlook <postmaster@montreuil.fr>",
  "Non remis : [#SUP-008140] Création de compte acheteur",
  "", mailer="auto", day=24, hour=11, rp="", report="dsn",
  dsn=dict(mta="montreuil.fr", rcpt="m.chaabane@montreuil.fr", status="5.2.2",
           diag="552 5.2.2 Mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
           orig_subj="[#SUP-008140] Création de compte acheteur", lang="fr"),
  extra=[AUTO_SUB])

M("automated", False, None, None, None, False, "en",
  "Gmail 'Delivery Status Notification (Failure)' for a mistyped address.",
  "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)",
  "", mailer="auto", day=8, hour=13, rp="", report="dsn",
  dsn=dict(mta="googlemail.com", rcpt="lucie.benhamou39@gmail.com", status="5.1.1",
           diag="550-5.1.1 The email account that you tried to reach does not exist.",
           orig_subj="[#SUP-007815] mot de passe CDI college Jean Jaures Montreuil"),
  extra=[AUTO_SUB])

M("automated", False, None, I, None, False, "fr",
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from the ac-versailles.fr sender.",
  "Hervé Lachaume <herve.lachaume@ac-versailles.fr>",
  "Lu : [#SUP-007811] Connexion impossible Espace Acheteur",
  "", mailer="outlook", day=4, hour=8, report="mdn",
  mdn=dict(text="Votre message\n\n  À : Hervé Lachaume\n  Objet : [#SUP-007811] Connexion impossible Espace Acheteur\n  Date : jeudi 3 octobre 2024 10:41:07 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\na été lu le vendredi 4 octobre 2024 08:02:51 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\n",
           final="herve.lachaume@ac-versailles.fr", disp="manual-action/MDN-sent-manually; displayed"))

M("automated", False, None, None, None, False, "en",
  "Thunderbird return receipt in English from a private school address.",
  "Olivia Mercier <o.mercier@saintmartin-cergy.fr>",
  "Return Receipt (displayed) - [#SUP-007920] Antivirus et Charlemagne Outils",
  "", mailer="thunderbird", day=11, hour=8, report="mdn",
  mdn=dict(text="This is a Return Receipt for the mail that you sent to o.mercier@saintmartin-cergy.fr.\n\nNote: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.\n",
           final="o.mercier@saintmartin-cergy.fr", disp="manual-action/MDN-sent-manually; displayed"))

M("automated", False, None, None, "espace_acheteur", False, "fr",
  "Marketing newsletter of the purchasing centre: List-Id, List-Unsubscribe (one-click), Precedence: bulk.",
  "Centrale d'achat - Actualités <newsletter@actualites.espace-acheteur.example.fr>",
  "Octobre : préparez vos commandes avant la clôture budgétaire",
  """Lettre d'information - octobre 2024

Clôture de l'exercice : les dates à retenir
Les commandes validées avant le 29 novembre seront facturées sur l'exercice
2024. Pensez à vérifier vos bons d'engagement.

Nouveau : le catalogue mobilier scolaire 2025 est en ligne dans « Mes
Marchés ».

Webinaire « Valider une commande en 5 minutes » : jeudi 17 octobre, 14 h.

Vous recevez ce message car vous êtes inscrit à la lettre d'information.
Se désinscrire : https://actualites.espace-acheteur.example.fr/u/8812/c3d1
""", mailer="auto", fmt="alt", day=8, hour=9, bulk=True,
  extra=[("List-Id", "Actualites de la centrale d'achat <actualites.espace-acheteur.example.fr>"),
         ("List-Unsubscribe", "<https://actualites.espace-acheteur.example.fr/u/8812/c3d1>, <mailto:unsubscribe-8812@actualites.espace-acheteur.example.fr>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
         ("Precedence", "bulk")])

M("automated", False, None, I, None, False, "fr",
  "Académie de Versailles digital-education mailing list (List-Id, Precedence: list) the desk is subscribed to; region from the ac-versailles.fr sender.",
  "DANE Versailles - Infos <infos-dane@ac-versailles.fr>",
  "[infos-dane] Semaine de la presse et des médias : inscriptions ouvertes",
  """Bonjour à toutes et à tous,

Les inscriptions à la Semaine de la presse et des médias dans l'École sont
ouvertes jusqu'au 8 décembre. Les professeurs documentalistes trouveront sur
le site de la DANE un parcours clé en main et les ressources partenaires.

Bonne fin de période,
L'équipe de la DANE

--
Liste infos-dane - pour se désabonner : https://listes.ac-versailles.fr/sympa/signoff/infos-dane
""", mailer="auto", day=15, hour=16, bulk=True,
  extra=[("List-Id", "<infos-dane.listes.ac-versailles.fr>"), ("Precedence", "list"),
         ("List-Unsubscribe", "<https://listes.ac-versailles.fr/sympa/signoff/infos-dane>")])

M("automated", False, None, None, "espace_acheteur", False, "fr",
  "No-reply notification to the desk (administrator of structures without one): an account awaits validation. Auto-Submitted: auto-generated.",
  "Espace Acheteur <no-reply@espace-acheteur.example.fr>",
  "Un compte est en attente de validation",
  """Bonjour,

Un nouvel utilisateur demande l'accès à la structure « Collège
Simone-Veil - Saint-Ouen-sur-Seine », qui n'a pas d'administrateur.

Utilisateur : gestion.simoneveil.saintouen@gmail.com
Date de la demande : 08/10/2024 14:22

Valider ou refuser la demande :
https://espace-acheteur.example.fr/admin/validations/55213

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", mailer="auto", day=8, hour=14, extra=[AUTO_SUB])

M("automated", False, "0783519B", I, "ticket_portal", False, "fr",
  "Ticket-portal notification: a ticket the desk opened with the software vendor was updated (Auto-Submitted: auto-generated). The body names the establishment 0783519B.",
  "Portail de tickets <notifications@tickets.example.fr>",
  "[Ticket #48213] Mise à jour : transferts EcoleDirecte - licence",
  """Le ticket #48213 a été mis à jour par l'équipe technique.

Statut : En cours -> Résolu
Commentaire : licence régénérée pour l'établissement 0783519B, merci de
confirmer le redémarrage des transferts.

Consulter le ticket : https://tickets.example.fr/t/48213

Ne répondez pas à ce message : utilisez le portail.
""", mailer="auto", day=8, hour=10, extra=[AUTO_SUB])

M("automated", False, None, None, "esignature", True, "fr",
  "E-signature 'document completed' notification for a convention: transactional mail without Auto-Submitted or Precedence; the no-reply sender and the wording show it is automatic.",
  "Signature électronique <ne-pas-repondre@signature.example.fr>",
  "Document signé par toutes les parties : Convention d'adhésion 2024-2027",
  """Bonjour,

Le document « Convention d'adhésion 2024-2027 - Collège Camille-Claudel »
a été signé par toutes les parties.

Signataires :
- Rachida Benali (principale) - 18/10/2024 15:02
- Centrale d'achat - 18/10/2024 16:40

Télécharger le document signé :
https://signature.example.fr/d/7b1f0c

Ceci est un message automatique.
""", mailer="auto", day=18, hour=16)

M("automated", False, None, I, None, True, "fr",
  "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic. Region from ac-creteil.fr.",
  "Karine Delmas <karine.delmas@ac-creteil.fr>",
  "Absente jusqu'au 28 octobre",
  """Bonjour,

Je suis absente jusqu'au lundi 28 octobre inclus. Je prendrai connaissance de
votre message à mon retour. Pour les commandes urgentes, merci de vous
adresser à M. Bourahla (yacine.bourahla@ac-creteil.fr).

Cordialement,
Karine Delmas
Gestionnaire - Lycée Paul-Éluard
""", mailer="outlook", day=21, hour=12)

M("automated", False, None, I, None, False, "fr",
  "Acknowledgement from the académie's own help desk for a message the desk sent it (Auto-Submitted, X-Loop): answering would start a mail loop. Region from ac-creteil.fr.",
  "Assistance académique Créteil <assistance@ac-creteil.fr>",
  "[Ticket ACR-2024-118452] Votre demande a bien été enregistrée",
  """Bonjour,

Votre demande a bien été enregistrée sous le numéro ACR-2024-118452.
Un technicien la prendra en charge dans les meilleurs délais.

Merci de ne pas répondre à ce message.

La plateforme d'assistance de l'académie de Créteil
""", mailer="auto", day=16, hour=11, irt="SUP-008011",
  extra=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance@ac-creteil.fr"),
         ("Precedence", "auto_reply")])

M("automated", False, None, None, None, False, "en",
  "English Gmail vacation responder of a contract teacher who left for the holidays (Auto-Submitted: auto-replied).",
  "Dan O'Connor <danoconnor.teach@gmail.com>",
  "Re: [#SUP-008085] Can't log in to e-sidoc (Lycée Hoche)",
  """Hi,

I'm away for the autumn half-term break and back on Monday 4 November. I
won't be checking emails in the meantime.

Dan
""", mailer="gmail", day=19, hour=9, irt="SUP-008085",
  extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")])

M("automated", False, None, None, None, False, "en",
  "Delay warning from our own relay ('Delayed Mail (still being retried)', Action: delayed): not a failure, still automatic.",
  "Mail Delivery System <MAILER-DAEMON@relay.assistance.example.fr>",
  "Delayed Mail (still being retried)",
  "", mailer="auto", day=29, hour=6, rp="", report="dsn",
  dsn=dict(mta="relay.assistance.example.fr", rcpt="secretariat@steclotilde.fr",
           status="4.4.1", diag="connect to mx.steclotilde.fr[203.0.113.54]:25: Connection timed out",
           orig_subj="[#SUP-008062] Licence expirée", action="delayed"),
  extra=[("Auto-Submitted", "auto-replied")])

M("automated", False, None, None, None, False, "en",
  "DMARC aggregate report (gzip attachment) sent to the desk's address.",
  "noreply-dmarc-support@google.com",
  "Report domain: assistance.example.fr Submitter: google.com Report-ID: 15539624817063251148",
  "This is an aggregate report from google.com.\n", mailer="auto", day=15, hour=2,
  attach=[("google.com!assistance.example.fr!1728864000!1728950399.xml.gz", "application/gzip")])

M("automated", False, None, I, "esidoc", True, "fr",
  "A documentaliste's real question about an e-sidoc password, but posted to the académie de Paris librarians' mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered.",
  "Nicolas Bréhier <nicolas.brehier@ac-paris.fr>",
  "[doc-paris] mot de passe e-sidoc après changement de documentaliste ?",
  """Bonjour à tous,

Petite question : comment avez-vous récupéré le mot de passe e-sidoc quand
vous êtes arrivés dans votre établissement ? Mon prédécesseur est parti sans
rien laisser et je n'ose pas déranger mon principal.

Merci pour vos retours !
Nicolas, collège du 20e

_______________________________________________
doc-paris - liste des professeurs documentalistes de l'académie de Paris
https://listes.ac-paris.fr/sympa/info/doc-paris
""", mailer="thunderbird", day=10, hour=20,
  extra=[("List-Id", "<doc-paris.listes.ac-paris.fr>"), ("Precedence", "list"),
         ("List-Post", "<mailto:doc-paris@listes.ac-paris.fr>"),
         ("Sender", "doc-paris-request@listes.ac-paris.fr")])

M("automated", False, None, None, None, True, "fr",
  "The challenge mail of a school's MailInBlack, sent to the desk because the desk answered a user: machine-generated, not a person asking about MailInBlack, so automated rather than mailinblack_spam.",
  "Mailinblack <noreply@mailinblack.com>",
  "Votre message est en attente de validation",
  """Bonjour,

Vous avez envoyé un message à karim.tessier@ac-creteil.fr.
Afin de lutter contre les courriers indésirables, votre correspondant utilise
Mailinblack. Merci de confirmer que vous êtes bien un humain en cliquant sur
le lien ci-dessous ; votre message sera alors délivré.

https://protect.mailinblack.com/auth/?id=3c51a9e0f2

Cette demande est valable 7 jours.
""", mailer="auto", fmt="alt", day=16, hour=11, irt="SUP-007955",
  extra=[("Auto-Submitted", "auto-replied"), NO_AUTORESP])

M("automated", False, "0780521T", I, "espace_acheteur", False, "fr",
  "Exchange out-of-office of a gestionnaire that mentions the Espace Acheteur and orders; Auto-Submitted present. The UAI is read from the int.<UAI> address quoted in the body.",
  "Hervé Lachaume <herve.lachaume@ac-versailles.fr>",
  "Réponse automatique : [#SUP-008077] Convention d'adhésion vide",
  """Bonjour,

Je suis absent du 21 au 25 octobre. Pour toute question sur les commandes
passées sur l'Espace Acheteur, merci d'écrire à l'intendance du lycée Hoche :
int.0780521T@ac-versailles.fr.

Hervé Lachaume
""", mailer="outlook", day=21, hour=7, irt="SUP-008077",
  extra=[AUTO_SUB, NO_AUTORESP])

# ---------------------------------------------------------------------------
# other (18)
# ---------------------------------------------------------------------------
M("other", False, None, None, None, False, "fr",
  "A parent asks about the date of a school trip: wrong address, unrelated.",
  "Famille Boudjema <s.boudjema@free.fr>",
  "sortie scolaire 4e B",
  """Bonjour,

Pouvez-vous me confirmer la date de la sortie au musée du Louvre pour la 4e B
du collège Georges-Méliès ? Mon fils dit que c'est jeudi, le carnet dit
vendredi.

Merci,
Mme Boudjema
""", mailer="android", day=9, hour=20)

M("other", False, None, None, None, True, "fr",
  "Phishing: 'your mailbox is full, confirm your password' from a look-alike domain (ac-creteil-webmail.com is not an académie domain), failing SPF/DMARC. Mentions a password but is not password_reset; no region.",
  "Service Messagerie Académique <securite@ac-creteil-webmail.com>",
  "Votre boîte aux lettres a atteint 98 % de sa capacité",
  """Cher utilisateur,

Votre boîte aux lettres académique a atteint 98 % de son quota. Pour éviter
la suppression de vos messages, confirmez votre identifiant et votre mot de
passe sous 24 heures en cliquant sur le lien ci-dessous :

http://ac-creteil-webmail.com/quota/verifier

Sans action de votre part, votre compte sera suspendu.

Le service messagerie
""", mailer="auto", fmt="html", day=14, hour=3, auth_ok=False)

M("other", False, None, None, None, False, "en",
  "English SEO spam.",
  "Ryan Mitchell <ryan@rankboost-digital.example.com>",
  "Quick question about assistance.example.fr",
  """Hi,

I was checking assistance.example.fr and noticed it isn't ranking on the
first page for several valuable keywords. We help education websites triple
their organic traffic in 90 days.

Would you be open to a quick 10-minute call this week?

Best,
Ryan
RankBoost Digital
""", mailer="gmail", day=11, hour=15)

M("other", False, None, I, "esidoc", True, "fr",
  "Thanks only, quoting the reset answer: the words 'mot de passe' and 'lien' appear but nothing is asked. Region from ac-paris.fr.",
  "Claire Fontanel <claire.fontanel@ac-paris.fr>",
  "Re: [#SUP-007794] Mot de passe e-sidoc perdu - Lycée Voltaire",
  """Merci beaucoup, le lien a fonctionné et nous avons pu changer le mot de
passe. Bonne journée à toute l'équipe !

Claire

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
Envoyé: Mercredi 2 Octobre 2024 08:10:44
Objet: [#SUP-007794] Mot de passe e-sidoc perdu - Lycée Voltaire

Bonjour,
Un lien de réinitialisation a été envoyé à l'adresse de l'établissement.
L'équipe d'assistance
""", mailer="zimbra", day=3, hour=8, irt="SUP-007794")

M("other", False, None, I, None, False, "fr",
  "'Bien reçu, merci.' from a phone: nothing to do. Region from ac-creteil.fr.",
  "Bertrand Oudin <bertrand.oudin@ac-creteil.fr>",
  "Re: [#SUP-007968] Mailinblack",
  """Bien reçu, merci.

Envoyé de mon iPhone
""", mailer="iphone", day=14, hour=18, irt="SUP-007968")

M("other", False, None, None, None, False, "fr",
  "Unsolicited application for a contract librarian post, with a CV attached.",
  "Manon Duclos <manon.duclos.pro@outlook.fr>",
  "Candidature spontanée - professeure documentaliste contractuelle",
  """Madame, Monsieur,

Titulaire d'un master MEEF documentation, je me permets de vous adresser ma
candidature pour un poste de professeure documentaliste contractuelle en
Île-de-France, idéalement dans le Val-de-Marne. Vous trouverez mon CV en
pièce jointe.

Je reste à votre disposition pour un entretien.

Manon Duclos
""", mailer="outlook", day=7, hour=19,
  attach=[("CV_Manon_Duclos.pdf", "application/pdf")])

M("other", False, None, None, None, False, "fr",
  "Cold sales prospecting for library furniture, written to one person (no list headers): other, not automated.",
  "Arnaud Vidal <a.vidal@mobilier-cdi-concept.example.fr>",
  "Aménagement de vos CDI : catalogue 2025",
  """Bonjour,

Je me permets de vous contacter car nous accompagnons de nombreux lycées
franciliens dans le réaménagement de leurs CDI (rayonnages, assises, espaces
de travail en groupe). Je serais ravi de vous présenter notre catalogue 2025
lors d'un rendez-vous de 20 minutes.

Bien cordialement,
Arnaud Vidal
Responsable grands comptes - Île-de-France
""", mailer="outlook", day=15, hour=10)

M("other", False, None, None, None, False, "fr",
  "GDPR erasure request from a former documentaliste: other (human review), not account_creation.",
  "Françoise Millet <francoise.millet@laposte.net>",
  "Suppression de mes données personnelles",
  """Bonjour,

Retraitée depuis juillet (j'étais documentaliste au collège Pablo-Picasso de
Champigny), je souhaite, en application du RGPD, la suppression de toutes
les données personnelles me concernant dans vos services, et notamment de
mon adresse électronique.

Merci de me confirmer la suppression.
Françoise Millet
""", mailer="thunderbird", day=16, hour=10)

M("other", False, None, None, "espace_acheteur", False, "fr",
  "Wants to register for the October webinar, the registration link fails: other.",
  "Amandine Roche <amandine.roche.perso@gmail.com>",
  "Inscription au webinaire du 17 octobre",
  """Bonjour,

Je voudrais m'inscrire au webinaire « Valider une commande en 5 minutes » du
17 octobre, mais le lien de la lettre d'information renvoie vers une page
d'erreur. Pouvez-vous m'inscrire directement ?

Amandine Roche, lycée Voltaire
""", mailer="gmail", day=10, hour=12)

M("other", False, None, I, None, False, "fr",
  "Angry complaint about an unanswered request that says nothing about the topic: no category can be told. Region from ac-versailles.fr.",
  "Bruno Castaing <bruno.castaing@ac-versailles.fr>",
  "INADMISSIBLE",
  """Cela fait maintenant deux semaines que j'attends une réponse de votre part.
C'est inadmissible pour un service payé par l'argent public. Je vais en
référer à ma hiérarchie.

B. Castaing
""", mailer="thunderbird", day=18, hour=17)

M("other", False, None, I, None, False, "fr",
  "Personal message sent to the desk by address autocomplete.",
  "Élodie Marquet <elodie.marquet@ac-creteil.fr>",
  "Samedi soir",
  """Coucou Sonia,

On confirme pour samedi soir ? On peut apporter le dessert, dis-moi juste
combien vous serez. Les enfants sont ravis !

Bises,
Élodie
""", mailer="android", day=17, hour=21)

M("other", False, None, I, None, False, "fr",
  "A teacher asks for teaching resources for the press and media week: unrelated to the services. Region from ac-paris.fr.",
  "Romain Ferrière <romain.ferriere@ac-paris.fr>",
  "Ressources EMI pour mes 3e",
  """Bonjour,

Professeur d'histoire-géographie, je cherche des ressources sur l'éducation
aux médias (fausses informations, réseaux sociaux) pour une séquence avec
mes élèves de 3e. Auriez-vous des supports à me conseiller ?

Merci,
Romain Ferrière
""", mailer="roundcube", day=15, hour=18)

M("other", False, None, None, None, True, "fr",
  "Fake 'unpaid invoice' with an HTML attachment from an unknown sender: phishing, not order_billing.",
  "Service Recouvrement <recouvrement@factures-echues.example.net>",
  "Facture impayée n°FR-2024-88341 - dernier rappel",
  """Bonjour,

Sauf erreur de notre part, la facture n°FR-2024-88341 d'un montant de
1 284,60 € reste impayée. Veuillez consulter le document joint et procéder
au règlement sous 48 heures afin d'éviter des frais de recouvrement.

Service recouvrement
""", mailer="outlook", day=22, hour=7, auth_ok=False,
  attach=[("Facture_FR-2024-88341.html", "text/html")])

M("other", False, None, None, "espace_acheteur", False, "fr",
  "A person asks by hand to be removed from the newsletter: written by a person, so not automated.",
  "Laurent Pichon <l.pichon@mairie-saint-ouen.fr>",
  "Désinscription",
  """Bonjour,

Merci de ne plus m'envoyer la lettre d'information de la centrale d'achat,
je ne suis plus en charge de ce dossier.

L. Pichon
""", mailer="outlook", day=24, hour=9)

M("other", False, None, None, None, False, "en",
  "English partnership pitch from an edtech start-up, follow-up quoting her own first mail (Gmail English quote style).",
  "Priya Raman <priya@readwell-edtech.example.com>",
  "Re: Partnership idea for French school libraries",
  """Hi again,

Just bumping this up in case it got lost - we'd love to explore an
integration of our reading-level tool with the school library portals you
support, starting with a pilot in a few Paris lycées.

Best,
Priya

On Tue, Oct 1, 2024 at 4:12 PM Priya Raman <priya@readwell-edtech.example.com> wrote:
> Hello,
> I'm the co-founder of ReadWell, a reading-level app used by 300 schools in
> the UK. Could we set up a call to discuss a partnership?
> Priya
""", mailer="gmail", day=15, hour=16)

M("other", False, None, I, "ticket_portal", False, "fr",
  "How-to question: how to let a colleague follow a ticket on the ticket portal; no category of its own. Region from ac-versailles.fr.",
  "Catherine Mialet <catherine.mialet@ac-versailles.fr>",
  "Partager un ticket avec un collègue",
  """Bonjour,

Est-il possible d'ajouter mon collègue gestionnaire sur un ticket que j'ai
ouvert sur le portail de tickets, pour qu'il reçoive aussi les réponses ?

Merci,
Catherine Mialet
""", mailer="outlook", day=24, hour=10)

M("other", False, None, None, "ecoledirecte", True, "fr",
  "Thanks for fixing the transfers: mentions EcoleDirecte transfers and the licence but asks nothing (not transfer_incident).",
  "Service informatique Saint-Exupéry <informatique@saint-exupery-versailles.fr>",
  "Re: [#SUP-007866] Licence à régénérer après changement de serveur",
  """Bonjour,

Tout est rentré dans l'ordre : la licence est active et les transferts
EcoleDirecte repartent normalement depuis ce matin. Merci pour votre
réactivité.

Le service informatique
""", mailer="thunderbird", day=11, hour=9, irt="SUP-007866")

M("other", False, None, None, None, True, "fr",
  "A pupil asks for his ENT/Pronote password: it looks like password_reset but concerns a product and a person outside the desk's scope.",
  "Ilyes <ilyes.gamer2010@gmail.com>",
  "mot de passe pronote",
  """bonjour
jai perdu mon mot de passe pronote et mon prof principal dit de demander a
l'assistance. je suis en 4e C au college camille claudel. vous pouvez me le
redonner svp ?
merci
""", mailer="android", day=13, hour=16)

# ---------------------------------------------------------------------------
# Wrapping the hand-written texts in headers and MIME
# ---------------------------------------------------------------------------
POL = policy.default.clone(max_line_length=78)
TZ_SUMMER = dt.timezone(dt.timedelta(hours=2))
TZ_WINTER = dt.timezone(dt.timedelta(hours=1))

MAILER_FMTS = {
    "outlook": ["alt", "alt", "html", "qp"],
    "zimbra": ["alt", "qp", "plain"],
    "thunderbird": ["plain", "plain", "qp", "8bit"],
    "gmail": ["alt"],
    "iphone": ["qp", "alt"],
    "android": ["b64", "alt"],
    "apple": ["qp", "alt"],
    "roundcube": ["qp", "plain"],
    "auto": ["plain", "qp"],
}


def rhex(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def domain_of(addr):
    return addr.rsplit("@", 1)[-1].lower()


def message_id(mailer, addr):
    dom = domain_of(addr)
    if mailer == "outlook" and not dom.startswith("ac-"):
        host = "PR%dP264MB%04d" % (rng.randint(0, 3), rng.randint(1000, 9999))
        return "<%s%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (host, ralnum(28), host)
    if mailer == "outlook":
        return "<%s$%s$%s@%s>" % (rhex(12), rhex(8), rhex(8), dom)
    if mailer == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(10**8, 10**9), rng.randint(10**5, 10**6),
                                                   rng.randint(10**12, 10**13), dom)
    if mailer == "gmail":
        return "<CA%s@mail.gmail.com>" % ralnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=")
    if mailer in ("iphone", "apple"):
        return "<%s-%s-%s-%s-%s@%s>" % (rhex(8).upper(), rhex(4).upper(), rhex(4).upper(),
                                       rhex(4).upper(), rhex(12).upper(), dom)
    if mailer == "android":
        return "<%s@email.android.com>" % rhex(24)
    return "<%s-%s-%s-%s-%s@%s>" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), dom)


def mailer_headers(mailer, addr, subj):
    dom = domain_of(addr)
    h = []
    if mailer == "outlook":
        if dom.startswith("ac-"):
            h.append(("X-Mailer", "Microsoft Outlook 16.0"))
        h.append(("Thread-Topic", re.sub(r"^(RE|TR|Re|Fwd|Lu|Réponse automatique) ?: ?", "", subj)))
        h.append(("Thread-Index", base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode()))
        h.append(("Accept-Language", "fr-FR, en-US"))
        h.append(("Content-Language", "fr-FR"))
    elif mailer == "zimbra":
        h.append(("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF131 (Win)/9.0.0_ZEXTRAS_20240927)"))
        h.append(("X-Originating-IP", "[10.%d.%d.%d]" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250))))
    elif mailer == "thunderbird":
        h.append(("User-Agent", "Mozilla Thunderbird"))
        h.append(("Content-Language", "fr"))
    elif mailer == "iphone":
        h.append(("X-Mailer", "iPhone Mail (21H16)"))
    elif mailer == "apple":
        h.append(("X-Mailer", "Apple Mail (2.3776.700.51)"))
    elif mailer == "roundcube":
        h.append(("User-Agent", "Roundcube Webmail/1.6.9"))
    return h


def relay_host(mailer, addr):
    dom = domain_of(addr)
    if dom.startswith("ac-"):
        return "smtp%d.%s" % (rng.randint(1, 4), dom)
    if dom in ("gmail.com", "googlemail.com", "google.com"):
        return "mail-wr1-f%d.google.com" % rng.randint(40, 99)
    if mailer in ("outlook", "android") or dom in ("outlook.fr",):
        return "PAUP264CU%03d.outbound.protection.outlook.com" % rng.randint(1, 20)
    if dom.count(".") >= 2:
        return dom
    return "mail.%s" % dom


def to_html(text, mailer):
    paras = [p for p in text.strip("\n").split("\n\n")]
    blocks = []
    for p in paras:
        lines = [htmlmod.escape(x, quote=False) for x in p.split("\n")]
        if mailer == "outlook":
            blocks.append('<p class="MsoNormal">%s<o:p></o:p></p>' % "<br>\n".join(lines))
        else:
            blocks.append("<div>%s</div>" % "<br>\n".join(lines))
    inner = ("\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n" if mailer == "outlook" else "\n<div><br></div>\n").join(blocks)
    if mailer == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%%CS%%">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style>\n'
                '</head>\n<body lang="FR" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
                + inner + "\n</div>\n</body>\n</html>\n")
    if mailer == "gmail":
        return '<div dir="ltr">' + inner + "</div>\n"
    if mailer == "zimbra":
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                + inner + "</div></body></html>\n")
    return "<html><head><meta charset=\"%%CS%%\"></head><body>" + inner + "</body></html>\n"


def fake_attachment(name, ctype):
    if ctype == "application/pdf":
        return (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                b"% " + name.encode() + b"\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    if ctype == "application/gzip":
        import gzip
        xml = ("<?xml version=\"1.0\"?><feedback><report_metadata><org_name>google.com</org_name>"
               "<report_id>15539624817063251148</report_id></report_metadata><policy_published>"
               "<domain>assistance.example.fr</domain><p>none</p></policy_published><record><row>"
               "<source_ip>192.0.2.25</source_ip><count>42</count></row></record></feedback>")
        return gzip.compress(xml.encode(), mtime=0)
    if ctype == "text/html":
        return ("<html><body><script>location.href='http://factures-echues.example.net/pay?id=88341'"
                "</script>Chargement de la facture...</body></html>").encode()
    return name.encode()


def dsn_body(d, boundary, from_addr, date_str):
    action = d.get("action", "failed")
    if d.get("lang") == "fr":
        notice = ("Votre message n'a pas pu être remis à %s.\n\n"
                  "La boîte aux lettres du destinataire est pleine et ne peut plus accepter de messages.\n"
                  "Essayez de renvoyer le message plus tard ou contactez directement le destinataire.\n\n"
                  "Informations de diagnostic pour les administrateurs :\n%s\n" % (d["rcpt"], d["diag"]))
        ncs, ncte = "utf-8", "quoted-printable"
        import quopri
        notice_enc = quopri.encodestring(notice.encode("utf-8")).decode("ascii")
    elif action == "delayed":
        notice = ("This is the mail system at host %s.\n\n"
                  "####################################################################\n"
                  "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                  "####################################################################\n\n"
                  "Your message could not be delivered for 4.0 hours.\n"
                  "It will be retried until it is 5.0 days old.\n\n"
                  "<%s>: %s\n" % (d["mta"], d["rcpt"], d["diag"]))
        ncs, ncte, notice_enc = "us-ascii", "7bit", notice
    else:
        notice = ("This is the mail system at host %s.\n\n"
                  "I'm sorry to have to inform you that your message could not\n"
                  "be delivered to one or more recipients. It's attached below.\n\n"
                  "For further assistance, please send mail to postmaster.\n\n"
                  "                   The mail system\n\n"
                  "<%s>: %s\n" % (d["mta"], d["rcpt"], d["diag"]))
        ncs, ncte, notice_enc = "us-ascii", "7bit", notice
    status = ("Reporting-MTA: dns; %s\nArrival-Date: %s\n\n"
              "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\n"
              "Status: %s\nDiagnostic-Code: smtp; %s\n" % (d["mta"], date_str, d["rcpt"], d["rcpt"],
                                                          action, d["status"], d["diag"]))
    orig_subj = d["orig_subj"]
    from email.header import Header
    orig = ("From: Assistance <%s>\nTo: <%s>\nSubject: %s\nDate: %s\n"
            "Message-ID: <SUP-%s.%d.%s@assistance.example.fr>\nAuto-Submitted: auto-replied\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
            "Content-Transfer-Encoding: 8bit\n" % (
                SUPPORT, d["rcpt"], Header(orig_subj, "utf-8").encode(), date_str,
                re.search(r"SUP-(\d+)", orig_subj).group(1), rng.randint(1727740000, 1730390000), rhex(6)))
    return ("This is a MIME-encapsulated message.\n\n"
            "--%s\nContent-Description: Notification\nContent-Type: text/plain; charset=\"%s\"\n"
            "Content-Transfer-Encoding: %s\n\n%s\n"
            "--%s\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n%s\n"
            "--%s\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n%s\n"
            "--%s--\n" % (boundary, ncs, ncte, notice_enc, boundary, status, boundary, orig, boundary))


def mdn_body(d, boundary, orig_mid):
    text = d["text"]
    import quopri
    enc = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return ("--%s\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n"
            "--%s\nContent-Type: message/disposition-notification\n\n"
            "Reporting-UA: %s\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\nDisposition: %s\n\n"
            "--%s--\n" % (boundary, enc, boundary, domain_of(d["final"]), d["final"], orig_mid,
                          d["disp"], boundary))


def build(m):
    o = m["o"]
    mailer = o.get("mailer", "thunderbird")
    name, addr = parseaddr(m["frm"])
    day = o.get("day", rng.randint(1, 25))
    hour = o.get("hour", rng.randint(8, 18))
    tz = TZ_SUMMER if day < 27 else TZ_WINTER
    date = dt.datetime(2024, 10, day, hour, rng.randint(0, 59), rng.randint(0, 59), tzinfo=tz)
    recv = date + dt.timedelta(seconds=rng.randint(2, 40))
    auth_ok = o.get("auth_ok", True)
    dom = domain_of(addr)
    host = relay_host(mailer, addr)

    h = EmailMessage(policy=POL)
    h["Return-Path"] = "<>" if o.get("rp") == "" else "<%s>" % addr
    h["Delivered-To"] = SUPPORT
    h["Received"] = ("from %s (%s [%s]) by mx1.assistance.example.fr (Postfix) with ESMTPS id %s"
                     " for <%s>; %s" % (host, host, "%s.%d" % (rng.choice(["192.0.2", "198.51.100", "203.0.113"]),
                                                                 rng.randint(2, 250)),
                                         ralnum(15, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
                                         SUPPORT, format_datetime(recv)))
    if auth_ok:
        h["Authentication-Results"] = ("mx1.assistance.example.fr; dkim=pass (2048-bit key) header.d=%s;"
                                       " spf=pass smtp.mailfrom=%s; dmarc=pass (p=none dis=none) header.from=%s"
                                       % (dom, dom, dom))
    else:
        h["Authentication-Results"] = ("mx1.assistance.example.fr; dkim=none;"
                                       " spf=fail smtp.mailfrom=%s; dmarc=fail (p=quarantine dis=none) header.from=%s"
                                       % (dom, dom))
    h["From"] = formataddr((name, addr)) if name else addr
    h["To"] = "Assistance <%s>" % SUPPORT
    if o.get("reply_to"):
        h["Reply-To"] = o["reply_to"]
    h["Subject"] = m["subj"]
    h["Date"] = format_datetime(date)
    mid = message_id(mailer, addr)
    h["Message-ID"] = mid
    if o.get("irt"):
        ref = "<%s.%d.%s@assistance.example.fr>" % (o["irt"], int(date.timestamp()) - rng.randint(3600, 400000), rhex(6))
        h["In-Reply-To"] = ref
        h["References"] = ref
    for k, v in mailer_headers(mailer, addr, m["subj"]):
        h[k] = v
    for k, v in o.get("extra", []):
        h[k] = v

    report = o.get("report")
    if report:
        boundary = "%s.%d/%s" % (ralnum(14), int(date.timestamp()), dom) if report == "dsn" else \
            "----=_NextPart_%s_%s" % (rhex(3).upper(), rhex(8).upper())
        head = h.as_bytes(policy=POL).rstrip(b"\n") + b"\n"
        if report == "dsn":
            ctype = 'multipart/report; report-type=delivery-status;\n boundary="%s"' % boundary
            sent = date - (dt.timedelta(hours=4, minutes=rng.randint(0, 9)) if o["dsn"].get("action") == "delayed"
                           else dt.timedelta(seconds=rng.randint(3, 50)))
            body = dsn_body(o["dsn"], boundary, addr, format_datetime(sent))
        else:
            ctype = 'multipart/report; report-type=disposition-notification;\n boundary="%s"' % boundary
            body = mdn_body(o["mdn"], boundary, "<SUP-%s@assistance.example.fr>" % rhex(10))
        return head + ("MIME-Version: 1.0\nContent-Type: %s\n\n" % ctype).encode() + body.encode("utf-8")

    fmt = o.get("fmt") or rng.choice(MAILER_FMTS.get(mailer, ["plain"]))
    cs = o.get("cs", "utf-8")
    text = m["body"]
    try:
        text.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    ascii_only = all(ord(c) < 128 for c in text)
    if fmt == "plain":
        h.set_content(text, charset=cs, cte="7bit" if ascii_only else "quoted-printable")
    elif fmt == "qp":
        h.set_content(text, charset=cs, cte="quoted-printable")
    elif fmt == "b64":
        h.set_content(text, charset=cs, cte="base64")
    elif fmt == "8bit":
        h.set_content(text, charset=cs, cte="8bit")
    elif fmt == "html":
        h.set_content(to_html(text, mailer).replace("%%CS%%", cs), subtype="html", charset=cs,
                      cte="quoted-printable")
    elif fmt == "alt":
        part_cte = "base64" if mailer in ("gmail", "android") and rng.random() < 0.5 else "quoted-printable"
        h.set_content(text, charset=cs, cte=part_cte)
        h.add_alternative(to_html(text, mailer).replace("%%CS%%", cs), subtype="html", charset=cs,
                          cte=part_cte)
    else:
        raise ValueError(fmt)
    for fname, ctype in o.get("attach", []):
        maintype, subtype = ctype.split("/")
        data = fake_attachment(fname, ctype)
        h.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    for part in h.walk():
        if part is not h and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary("%s%s" % (rng.choice(["=_", "_000_", "----=_Part_", "000000000000"]), rhex(24)))
    return h.as_bytes(policy=POL)


# ---------------------------------------------------------------------------
# Writing and checking
# ---------------------------------------------------------------------------
def decoded_text(msg):
    out = []
    for k, v in msg.items():
        out.append("%s: %s" % (k, v))
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/") or ct.startswith("message/"):
            payload = part.get_payload(decode=True) or b""
            out.append(payload.decode(part.get_content_charset() or "utf-8", "replace"))
    return "\n".join(out)


def main():
    assert len(MAILS) == 150, len(MAILS)
    order = list(range(len(MAILS)))
    rng.shuffle(order)
    labels = []
    for i, idx in enumerate(order, 1):
        m = MAILS[idx]
        fname = "h%03d.eml" % i
        raw = build(m)
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
    files = sorted(x for x in os.listdir(HERE) if re.fullmatch(r"h\d{3}\.eml", x))
    assert files == ["h%03d.eml" % i for i in range(1, 151)], "expected h001..h150"
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    assert len(labels) == 150
    assert [x["file"] for x in labels] == files
    keys = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
    counts = {}
    for lab in labels:
        assert list(lab.keys()) == keys, lab
        with open(os.path.join(HERE, lab["file"]), "rb") as f:
            msg = email.message_from_bytes(f.read(), policy=policy.default)
        assert msg["From"] and msg["Subject"] is not None and msg["Message-ID"] and msg["Date"], lab["file"]
        assert msg["To"] and SUPPORT in str(msg["To"]), lab["file"]
        for part in msg.walk():
            assert not part.defects, (lab["file"], part.defects)
            if not part.is_multipart() and part.get_content_maintype() == "text":
                part.get_content()
        text = decoded_text(msg)
        cat = lab["category"]
        assert cat in CATEGORIES, lab
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), lab
        assert lab["platform"] in PLATFORMS, lab
        assert lab["lang"] in ("fr", "en"), lab
        assert lab["notes"].strip(), lab
        if cat in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, lab
        sender = parseaddr(str(msg["From"]))[1]
        sender_dom = domain_of(sender)
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), lab
            assert lab["uai"].lower() in text.lower(), ("uai not in mail", lab["file"])
            assert lab["region"] == DEPT_REGION[lab["uai"][:3]], lab
        elif sender_dom in DOMAIN_REGION:
            assert lab["region"] == DOMAIN_REGION[sender_dom], lab
        else:
            assert lab["region"] is None, lab
        counts[cat] = counts.get(cat, 0) + 1
    ok = sum(1 for x in labels if x["auto_reply_ok"])
    print("150 mails OK;", ", ".join("%s=%d" % kv for kv in sorted(counts.items())),
          "; auto_reply_ok=%d; hard=%d" % (ok, sum(x["hard"] for x in labels)))


if __name__ == "__main__":
    main()
