#!/usr/bin/env python3
"""Build the holdout85 blind test corpus (150 hand-written mails + labels.jsonl).

Theme: the public side of school library portals (reading challenges,
exhibitions, portal news pages, selections published for pupils) and the
back-office accounts behind them, in Bretagne and Normandie.

Standard library only, deterministic (random.Random(85)). Every mail text is
written by hand below; this script only wraps it in headers and a transfer
encoding, writes hNNN.eml + labels.jsonl next to itself, then re-reads and
checks everything.
"""
import datetime as dt
import html as htmlmod
import json
import os
import random
import re
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(85)
SUPPORT = "support@assistance.example.fr"
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
CATS = ["password_reset", "missing_noreply_mail", "mailinblack_spam", "account_creation",
        "subscription_activation", "head_of_establishment_request", "order_billing",
        "contract_documents", "transfer_incident", "automated", "other"]
AUTO_ALLOWED = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
                "account_creation", "subscription_activation"}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature", None}
DEPT_REGION = {}
for _reg, _deps in {
    "auvergne-rhone-alpes": "01 03 07 15 26 38 42 43 63 69 73 74",
    "bourgogne-franche-comte": "21 25 39 58 70 71 89 90", "bretagne": "22 29 35 56",
    "centre-val-de-loire": "18 28 36 37 41 45", "grand-est": "08 10 51 52 54 55 57 67 68 88",
    "hauts-de-france": "02 59 60 62 80", "ile-de-france": "75 77 78 91 92 93 94 95",
    "normandie": "14 27 50 61 76", "nouvelle-aquitaine": "16 17 19 23 24 33 40 47 64 79 86 87",
    "occitanie": "09 11 12 30 31 32 34 46 48 65 66 81 82", "pays-de-la-loire": "44 49 53 72 85",
    "provence-alpes-cote-d-azur": "04 05 06 13 83 84"}.items():
    for _d in _deps.split():
        DEPT_REGION["0" + _d] = _reg
DEPT_REGION.update({"620": "corse", "720": "corse", "971": "guadeloupe", "972": "martinique",
                    "973": "guyane", "974": "la-reunion", "976": "mayotte"})
DOMAIN_REGION = {
    "ac-clermont.fr": "auvergne-rhone-alpes", "ac-grenoble.fr": "auvergne-rhone-alpes",
    "ac-lyon.fr": "auvergne-rhone-alpes", "ac-besancon.fr": "bourgogne-franche-comte",
    "ac-dijon.fr": "bourgogne-franche-comte", "ac-rennes.fr": "bretagne",
    "ac-orleans-tours.fr": "centre-val-de-loire", "ac-corse.fr": "corse",
    "ac-nancy-metz.fr": "grand-est", "ac-reims.fr": "grand-est", "ac-strasbourg.fr": "grand-est",
    "ac-amiens.fr": "hauts-de-france", "ac-lille.fr": "hauts-de-france",
    "ac-creteil.fr": "ile-de-france", "ac-paris.fr": "ile-de-france",
    "ac-versailles.fr": "ile-de-france", "ac-normandie.fr": "normandie", "ac-caen.fr": "normandie",
    "ac-rouen.fr": "normandie", "ac-bordeaux.fr": "nouvelle-aquitaine",
    "ac-limoges.fr": "nouvelle-aquitaine", "ac-poitiers.fr": "nouvelle-aquitaine",
    "ac-montpellier.fr": "occitanie", "ac-toulouse.fr": "occitanie", "ac-nantes.fr": "pays-de-la-loire",
    "ac-aix-marseille.fr": "provence-alpes-cote-d-azur", "ac-nice.fr": "provence-alpes-cote-d-azur",
    "ac-guadeloupe.fr": "guadeloupe", "ac-martinique.fr": "martinique", "ac-guyane.fr": "guyane",
    "ac-reunion.fr": "la-reunion", "ac-mayotte.fr": "mayotte"}


def uai_ok(code):
    code = code.upper()
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and LETTERS[int(code[:7]) % 23] == code[7]


MAILS = []


def M(cat, auto, uai, reg, plat, hard, lang, notes, frm, subj, body=None, client="tb",
      fmt=None, cte=None, reply=False, att=None, extra=None, auth="pass", raw=None,
      html=None, to=None):
    MAILS.append(dict(cat=cat, auto=auto, uai=uai, reg=reg, plat=plat, hard=hard, lang=lang,
                      notes=notes, frm=frm, subj=subj, body=body, client=client, fmt=fmt,
                      cte=cte, reply=reply, att=att, extra=extra or [], auth=auth, raw=raw,
                      html=html, to=to))


# ---------------------------------------------------------------- password_reset
M("password_reset", True, "0221174G", "bretagne", "esidoc", False, "fr",
  "Lost e-sidoc back-office password just before publishing the reading-challenge page; UAI in the body, the reset path applies.",
  ("Gwenaëlle Le Goff", "gwenaelle.le-goff@ac-rennes.fr"), "Mot de passe e-sidoc perdu",
  """Bonjour,

Je suis professeure documentaliste au collège Léonard de Vinci de Saint-Brieuc.
Je voulais mettre en ligne ce matin la page du défi lecture des 6e sur notre
portail, mais impossible d'entrer dans l'administration : mon mot de passe
est refusé et je ne le retrouve nulle part.

Notre identifiant établissement est 0221174G.

Pouvez-vous me dire comment le réinitialiser ?

Merci d'avance,
Gwenaëlle Le Goff
Professeure documentaliste - CDI
Collège Léonard de Vinci, Saint-Brieuc
""", client="tb")

M("password_reset", True, "0291563S", "bretagne", "esidoc", False, "fr",
  "No accents, abbreviations ('mdp', 'svp'); plain forgotten back-office password with the UAI given.",
  ("yann kerbrat", "yann.kerbrat@ac-rennes.fr"), "mdp oublie portail cdi",
  """bonjour
jai oublie le mdp de l'admin du portail du cdi (lycee de cornouaille quimper)
rne 0291563S
je dois mettre a jour la selection "polars" pour les secondes avant vendredi
merci de me renvoyer un lien svp
yann
""", client="gmail")

M("password_reset", True, "0350921L", "bretagne", "esidoc", False, "en",
  "English; the librarian of an international section is locked out of the portal back office after too many attempts; UAI given.",
  ("Hannah Morvan", "hannah.morvan@ac-rennes.fr"), "Locked out of our library portal admin",
  """Hello,

I'm the teacher-librarian at Lycée Chateaubriand in Rennes (international
section). I tried to log in to the admin side of our e-sidoc portal several
times this morning and now the account is locked - it says too many failed
attempts. I probably mixed it up with my other passwords.

Our school code is 0350921L. Could you send a reset link, or tell me how long
the lock lasts?

Many thanks,
Hannah Morvan
Teacher-librarian / professeure documentaliste
""", client="apple")

M("password_reset", True, "0561398R", "bretagne", "esidoc", True, "fr",
  "UAI only in the ce.<UAI>@ac-rennes.fr sender address; the secretariat asks for the reset link on that official mailbox for the librarian.",
  ("Secrétariat Collège Jules Simon", "ce.0561398R@ac-rennes.fr"), "Accès administration portail documentaire",
  """Bonjour,

Notre professeure documentaliste, Mme Guillou, n'arrive plus à se connecter à
l'administration du portail e-sidoc du collège (mot de passe refusé depuis la
rentrée des vacances de Toussaint).

Pourriez-vous envoyer le lien de réinitialisation sur cette adresse, que nous
lui transmettrons ?

Bien cordialement,

Le secrétariat
Collège Jules Simon - Vannes
""", client="zimbra")

M("password_reset", False, None, "normandie", "esidoc", True, "fr",
  "UAI typed as 0760143U: wrong check letter (the digits give 0760143T), so no UAI and region from ac-normandie.fr; a person must confirm the establishment before any reset.",
  ("Murielle Duval", "murielle.duval@ac-normandie.fr"), "identifiant / mot de passe e-sidoc",
  """Bonjour,

Je ne parviens plus à me connecter à l'espace de gestion de notre portail
e-sidoc (lycée Jean Rostand, Rouen). Le code établissement que j'utilise
comme identifiant est le 0760143U.

J'ai besoin de publier l'exposition virtuelle sur la Première Guerre mondiale
pour le 11 novembre, c'est un peu urgent.

Merci,
M. Duval
Documentaliste
""", client="outlook")

M("password_reset", True, "0141276L", "normandie", "esidoc", False, "fr",
  "The reset link she received had expired (12 h) when she clicked it; she needs a new one.",
  ("Anne-Sophie Lemarchand", "anne-sophie.lemarchand@ac-normandie.fr"), "Lien de réinitialisation expiré",
  """Bonjour,

J'ai demandé hier un nouveau mot de passe pour l'administration du portail
du CDI (collège Pasteur, Caen - 0141276L). Le mail est bien arrivé mais je
ne l'ai ouvert que ce matin, et le lien indique qu'il a expiré.

Est-il possible d'en recevoir un nouveau ? Je le traiterai tout de suite
cette fois !

Cordialement,

Anne-Sophie Lemarchand
Professeure documentaliste
Collège Pasteur - Caen
""", client="outlook", fmt="alt", cte="quoted-printable")

M("password_reset", True, "0290087M", "bretagne", "esidoc", False, "fr",
  "Short message from a phone: cannot log in to the portal admin, UAI given.",
  ("Soizic Tanguy", "soizic.tanguy@ac-rennes.fr"), "Connexion admin",
  """Bonjour, je n'arrive plus à me connecter à l'admin e-sidoc du collège, identifiant 0290087M. Mot de passe oublié je pense. Merci de m'aider.

Soizic Tanguy

Envoyé de mon iPhone
""", client="iphone")

M("password_reset", True, "0350046K", "bretagne", "esidoc", True, "fr",
  "Negation: it is not her ENT password but the e-sidoc back-office one she lost; still password_reset with UAI.",
  ("Maëlle Rouxel", "maelle.rouxel@ac-rennes.fr"), "Re: mot de passe",
  """Bonjour,

Je précise ma demande d'hier, qui était peu claire : ce n'est pas mon mot
de passe ENT (Toutatice fonctionne très bien), c'est celui du compte
administrateur du portail e-sidoc du collège Anne de Bretagne (0350046K)
que j'ai perdu. Sans lui je ne peux pas ajouter les nouveautés BD sur la
page d'accueil.

Merci de m'indiquer la démarche.

Maëlle Rouxel
CDI - Collège Anne de Bretagne, Rennes
""", client="tb")

M("password_reset", False, "0271548L", "normandie", "esidoc", True, "fr",
  "Two topics: a lost back-office password and a how-to question about showing the exhibition on the portal home page; one template would answer only half.",
  ("Bertrand Lecomte", "bertrand.lecomte@ac-normandie.fr"), "mot de passe + question exposition",
  """Bonjour,

Deux choses :

1) Je n'ai plus le mot de passe administrateur du portail du CDI (lycée
Aristide Briand, Évreux, 0271548L). Ma collègue qui l'avait est partie en
retraite en juin.

2) Une fois reconnecté, comment fait-on pour que l'exposition "Femmes de
sciences" apparaisse en bandeau sur la page d'accueil et pas seulement dans
le menu ? Les élèves ne la trouvent pas.

Merci pour votre aide,
B. Lecomte
""", client="gmail")

M("password_reset", True, "0500334S", "normandie", "esidoc", False, "fr",
  "New librarian: her predecessor left no identifiers for the portal back office; reset to the establishment address fits.",
  ("Clémence Hébert", "clemence.hebert@ac-normandie.fr"), "Identifiants du portail e-sidoc",
  """Bonjour,

J'ai pris mes fonctions de professeure documentaliste au collège Jean-François
Millet de Cherbourg (0500334S) au 1er septembre. Mon prédécesseur ne m'a
laissé aucun identifiant pour l'administration du portail e-sidoc.

Comment puis-je obtenir un nouveau mot de passe ?

Bien à vous,
Clémence Hébert
""", client="zimbra", fmt="alt")

M("password_reset", True, "0611407Y", "normandie", "esidoc", True, "fr",
  "The UAI appears only inside the portal address, in lower case (0611407y.esidoc.fr); the label is the upper-case code.",
  ("Pascal Fromentin", "pascal.fromentin@ac-normandie.fr"), "Plus d'accès à la gestion du portail",
  """Bonjour,

Je n'arrive plus à ouvrir la partie gestion de notre portail
https://0611407y.esidoc.fr : le mot de passe est refusé alors que je ne
l'ai pas changé. Je dois préparer la sélection du Prix des Incos pour les
5e.

Pouvez-vous me réinitialiser l'accès ?

Pascal Fromentin
Prof doc - Alençon
""", client="tb")

M("password_reset", True, "0762284V", "normandie", "esidoc", False, "en",
  "English; part-time librarian forgot the admin password of the school portal; UAI in the body.",
  ("Sarah Lenoir", "sarah.lenoir.cdi@gmail.com"), "Forgotten password - school library portal",
  """Hi,

I work two days a week at the library of Collège Camus in Le Havre (UAI
0762284V). I forgot the password for the portal's admin area - I only use it
once a month to post the new reading list.

How can I reset it? I'm writing from my personal address because my school
webmail is playing up.

Thanks,
Sarah
""", client="gmail")

M("password_reset", False, "0141833S", "normandie", "esidoc", True, "fr",
  "Reply quoting our automatic reset answer: the link went to the establishment mailbox, which nobody can read right now; a person must take over.",
  ("Nathalie Vautier", "nathalie.vautier@ac-normandie.fr"), "RE: [#SUP-007214] Mot de passe portail CDI",
  """Bonjour,

Merci, mais le lien est parti sur l'adresse du collège et le secrétariat n'y
a plus accès depuis le changement de messagerie (la principale est en arrêt,
personne n'a le mot de passe de la boîte ce.). Je suis donc toujours bloquée.

Comment faire ?

Nathalie Vautier
Collège Guillaume de Normandie - Caen (0141833S)

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 12 novembre 2024 09:02
À : Nathalie Vautier <nathalie.vautier@ac-normandie.fr>
Objet : [#SUP-007214] Mot de passe portail CDI

Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse officielle de votre
établissement (c***@ac-normandie.fr). Il est valable 12 heures.

Cordialement,
L'équipe d'assistance
""", client="outlook", reply=True)

M("password_reset", False, "0292401C", "bretagne", "esidoc", True, "fr",
  "Asks for the new password to be sent to her personal Gmail address: never an address not on file, so a person answers.",
  ("Katell Le Bihan", "katell.lebihan29@gmail.com"), "Mot de passe portail - urgent",
  """Bonjour,

Je suis documentaliste au lycée de l'Élorn à Landerneau (0292401C). J'ai
perdu le mot de passe de l'administration du portail et je dois lancer le
concours de nouvelles demain.

Pouvez-vous m'envoyer directement le nouveau mot de passe sur cette adresse
gmail ? Je n'ai pas encore accès à ma messagerie académique (compte en cours
de création).

Merci !!
Katell
""", client="gmail")

M("password_reset", True, "0560072Z", "bretagne", "esidoc", False, "fr",
  "Account locked after five wrong attempts on the portal back office; UAI given.",
  ("Loïc Jégo", "loic.jego@ac-rennes.fr"), "Compte bloqué",
  """Bonjour,

Mon compte d'administration e-sidoc est bloqué après 5 essais ratés (collège
Saint-Exupéry, Lorient, UAI 0560072Z). Pourriez-vous le débloquer ou
m'envoyer de quoi réinitialiser le mot de passe ?

Cordialement,

Loïc Jégo
Professeur documentaliste
""", client="outlook", fmt="alt", cte="quoted-printable")

M("password_reset", True, "0351687U", "bretagne", "esidoc", True, "fr",
  "UAI written with spaces ('035 1687 U'); plain forgotten password.",
  ("Armelle Chevalier", "armelle.chevalier@ac-rennes.fr"), "oubli mot de passe administrateur",
  """Bonjour,

J'ai oublié le mot de passe administrateur du portail e-sidoc de notre lycée
(lycée Jean Guéhenno à Fougères, RNE : 035 1687 U).

Merci de m'indiquer la procédure.

Armelle Chevalier
""", client="zimbra")

M("password_reset", True, "0271160P", "normandie", "espace_acheteur", False, "fr",
  "The gestionnaire lost her Espace Acheteur password while renewing the portal subscription; UAI given.",
  ("Véronique Marie", "veronique.marie@ac-normandie.fr"), "Mot de passe Espace Acheteur",
  """Bonjour,

Gestionnaire du collège Pablo Picasso de Vernon (0271160P), je dois passer la
commande de renouvellement du portail du CDI mais je n'ai plus mon mot de
passe pour l'Espace Acheteur.

Merci de me dire comment le récupérer.

V. Marie
Adjointe gestionnaire
""", client="outlook")

M("password_reset", True, "0221902Y", "bretagne", "esidoc", False, "fr",
  "Forgot the login identifier (not only the password) of the portal back office; UAI in the signature block and body.",
  ("Erwan Le Du", "erwan.le-du@ac-rennes.fr"), "Identifiant de connexion",
  """Bonjour,

Je ne me souviens plus de l'identifiant à saisir pour la gestion du portail
documentaire, ni du mot de passe d'ailleurs. Est-ce le numéro de
l'établissement ?

Merci,

Erwan Le Du
Documentaliste
Collège Jean Macé, Lannion - 0221902Y
""", client="tb")

M("password_reset", True, "0501629Z", "normandie", "esidoc", True, "fr",
  "The quoted history is about an earlier subscription question; the new text asks only for a password reset.",
  ("Hélène Gosselin", "helene.gosselin@ac-normandie.fr"), "Re: Abonnement portail",
  """Bonjour,

Finalement l'abonnement est bien visible, merci. Par contre maintenant c'est
mon mot de passe admin que j'ai perdu (changement forcé la semaine dernière,
je ne l'ai pas noté). Pouvez-vous m'envoyer un lien ? UAI 0501629Z.

Hélène

Le 3 oct. 2024 à 10:41, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Votre abonnement est en cours d'activation ; il sera visible dans un
> délai de 72 heures.
> Cordialement,
> L'équipe d'assistance
""", client="apple", reply=True)

M("password_reset", True, "0763019U", "normandie", "esidoc", True, "en",
  "English negation: not the pupils' passwords but the admin password of the portal; password_reset.",
  ("Julien Petit", "julien.petit@ac-normandie.fr"), "Admin password",
  """Hello,

To be clear, this is not about the pupils' logins (those work fine through
the ENT). I mean the administrator password of our library portal, which I
can no longer remember. School: Lycée Flaubert, Rouen, 0763019U.

Could you send me a reset link please?

Best,
Julien Petit
""", client="tb")

M("password_reset", True, "0351473L", "bretagne", "esidoc", False, "fr",
  "Base64-encoded Outlook message; forgotten admin password with UAI.",
  ("Sandrine Pichon", "sandrine.pichon@ac-rennes.fr"), "Mot de passe oublié",
  """Bonjour,

Suite à une longue absence, j'ai oublié le mot de passe pour gérer le portail
e-sidoc du collège Les Gayeulles (0351473L). Je voudrais remettre en ligne
nos sélections de romans pour les 4e.

Pouvez-vous m'aider ?

Cordialement,
Sandrine Pichon
""", client="outlook", cte="base64")

M("password_reset", False, "0294101A", "bretagne", "esidoc", True, "fr",
  "Two UAIs: the closed school 0290642R (old portal) and the merged new one 0294101A the request is about; which account to reset needs a person.",
  ("Morgane Cloarec", "morgane.cloarec@ac-rennes.fr"), "Fusion des établissements - accès portail",
  """Bonjour,

Notre ancien collège (0290642R) a fermé en juin et nous sommes maintenant
regroupés dans la cité scolaire de Carhaix (0294101A). Je n'ai aucun mot de
passe pour le portail du nouvel établissement, seulement celui de l'ancien.

Pouvez-vous m'envoyer un accès pour le portail de la cité scolaire ? Les
expositions de l'ancien portail doivent-elles être recréées ?

Morgane Cloarec
""", client="tb")

# ------------------------------------------------------------ missing_noreply_mail
M("missing_noreply_mail", True, "0352210M", "bretagne", "esidoc", False, "fr",
  "The activation mail for the new back-office account never arrived; no anti-spam product named.",
  ("Lénaïg Bourhis", "lenaig.bourhis@ac-rennes.fr"), "Mail d'activation non reçu",
  """Bonjour,

Notre administrateur m'a créé un compte pour contribuer au portail e-sidoc
(collège Les Ormeaux, 0352210M), mais je n'ai jamais reçu le mail
d'activation annoncé. J'ai regardé dans mes courriers indésirables : rien.

Pouvez-vous le renvoyer ?

Lénaïg Bourhis
Professeure de lettres
""", client="zimbra")

M("missing_noreply_mail", True, "0142356K", "normandie", "esidoc", True, "fr",
  "Reads like a password problem, but the reset tool works: the new-password mail from the no-reply address never arrives.",
  ("Thierry Leroux", "thierry.leroux@ac-normandie.fr"), "pas de mail après 'mot de passe oublié'",
  """Bonjour,

J'ai cliqué 3 fois sur "mot de passe oublié" sur le portail du CDI (lycée
Malherbe, Caen, 0142356K). L'écran me dit que le mail est envoyé, mais je ne
reçois strictement rien, même dans le dossier spam.

Merci de vérifier.

T. Leroux
""", client="outlook")

M("missing_noreply_mail", True, "0561744S", "bretagne", "esidoc", False, "en",
  "English; the portal's notifications of pupils' purchase suggestions from the no-reply address stopped arriving.",
  ("Claire O'Neill", "claire.oneill@ac-rennes.fr"), "Suggestion notifications not arriving",
  """Hi,

Pupils can suggest books on our portal (Collège Kerentrech, Lorient -
0561744S) and I used to get an email for every suggestion. Since the
half-term break nothing arrives, although I can see new suggestions in the
admin. Nothing in my junk folder either.

Could you check whether the notifications are still being sent?

Claire O'Neill
""", client="gmail")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
  "A buyer never got the Espace Acheteur confirmation mail; non-academic sender, no UAI.",
  ("Sophie Caradec", "s.caradec@ogec-sainte-anne-brest.fr"), "Confirmation d'inscription jamais reçue",
  """Bonjour,

Je me suis inscrite lundi sur l'Espace Acheteur pour commander le
renouvellement du portail documentaire de notre établissement, mais le mail
de confirmation n'est jamais arrivé.

Pouvez-vous me le renvoyer ?

Sophie Caradec
Comptable - OGEC Sainte-Anne
""", client="outlook", fmt="alt")

M("missing_noreply_mail", True, "0760661F", "normandie", "esidoc", True, "fr",
  "Names MailInBlack only to say the school does NOT use it: missing_noreply_mail, not mailinblack_spam.",
  ("Fabienne Quesnel", "fabienne.quesnel@ac-normandie.fr"), "Aucun mail du portail",
  """Bonjour,

Je ne reçois aucun des mails automatiques du portail (création de compte
contributeur, mot de passe). Le service informatique me confirme que nous
n'avons pas MailInBlack ni aucun autre filtre au collège, et rien n'est dans
les indésirables.

Collège Albert Camus, Dieppe - 0760661F

Merci,
F. Quesnel
""", client="tb")

M("missing_noreply_mail", False, "0270812L", "normandie", "esidoc", False, "fr",
  "Reply after the junk-folder answer: still nothing after 48 hours, asks to escalate to the region; a person must follow up.",
  ("Jérôme Langlois", "jerome.langlois@ac-normandie.fr"), "RE: [#SUP-007302] Mail d'activation",
  """Bonjour,

J'ai suivi vos conseils (indésirables, expéditeur autorisé) mais toujours
rien au bout de trois jours. Pouvez-vous transmettre à la région comme vous
l'indiquiez ?

Jérôme Langlois
Lycée Modeste Leroy, Évreux - 0270812L

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 18 novembre 2024 14:10
Objet : [#SUP-007302] Mail d'activation

Bonjour,
Vérifiez votre dossier de courriers indésirables et ajoutez l'expéditeur
no-reply à vos contacts. Sans nouvelles sous 48 h, nous transmettrons à
votre région.
""", client="outlook", reply=True)

M("missing_noreply_mail", True, "0221530U", "bretagne", "esidoc", False, "fr",
  "The confirmation mail of a class's registration to the portal's reading challenge never came.",
  ("Tiphaine Le Roux", "tiphaine.leroux@ac-rennes.fr"), "Inscription défi lecture - pas de confirmation",
  """Bonjour,

J'ai inscrit ma classe de CM2 au défi lecture sur le portail du collège de
secteur (0221530U) : le site indique qu'un mail de confirmation m'est
envoyé, mais je ne l'ai pas reçu (ni dans les spams).

Est-ce normal ?

Tiphaine Le Roux
Professeure des écoles
""", client="zimbra", fmt="alt")

M("missing_noreply_mail", True, None, None, "esidoc", False, "fr",
  "Typed without accents from a personal address: never received the link to set the password; no UAI, no académie domain.",
  ("gaelle p", "gaelle.perrot56@orange.fr"), "lien jamais recu",
  """bonjour
la doc du college ma cree un compte sur le portail pour que je publie les
critiques du club lecture mais jai jamais recu le lien pour choisir mon mot
de passe. j'ai regarde partout
merci
gaelle perrot (parent benevole)
""", client="gmail")

M("missing_noreply_mail", True, None, "normandie", "ticket_portal", False, "fr",
  "The ticket portal's confirmation mail never arrived; region from the ac-normandie.fr domain.",
  ("Olivier Bazire", "olivier.bazire@ac-normandie.fr"), "Portail d'assistance : pas de mail de confirmation",
  """Bonjour,

J'ai voulu créer un compte sur votre portail de tickets pour suivre nos
demandes, mais le mail de confirmation n'arrive pas.

Merci,
Olivier Bazire
Référent numérique
""", client="outlook")

M("missing_noreply_mail", True, "0350385D", "bretagne", "esidoc", True, "fr",
  "UAI only in the sender address, written in lower case (ce.0350385d@ac-rennes.fr); the new-password mail never arrived.",
  ("Collège Les Chalais", "ce.0350385d@ac-rennes.fr"), "Mail de réinitialisation non reçu",
  """Bonjour,

La documentaliste a demandé un nouveau mot de passe pour le portail du CDI
mardi. Le mail devait arriver sur cette boîte, mais nous ne l'avons jamais
reçu.

Merci de regarder,
Le secrétariat
""", client="zimbra")

M("missing_noreply_mail", True, "0140417C", "normandie", "esidoc", False, "en",
  "English, from the IT technician: the portal's no-reply alerts never reach the library mailbox; no anti-spam product named.",
  ("Kevin Marie", "kevin.marie@ac-normandie.fr"), "No-reply emails from the portal not delivered",
  """Hello,

I look after IT at Collège Lechanteur in Caen (0140417C). Our librarian
receives none of the automatic emails from the library portal (new account,
reservations). Other external mail arrives fine.

What sender address should we expect these from, so I can check our logs?

Regards,
Kevin Marie
IT technician
""", client="tb")

M("missing_noreply_mail", True, "0500788K", "normandie", "esidoc", False, "fr",
  "Reservation notifications from the portal's no-reply address are no longer received.",
  ("Martine Lebrun", "martine.lebrun@ac-normandie.fr"), "Notifications de réservation",
  """Bonjour,

Depuis une semaine je ne reçois plus les mails automatiques quand un élève
réserve un livre sur le portail (collège Le Castel, 0500788K). Les
réservations apparaissent bien dans la gestion.

Pouvez-vous vérifier ?

Martine Lebrun, documentaliste
""", client="outlook", fmt="alt", cte="quoted-printable")

M("missing_noreply_mail", True, None, "bretagne", "espace_acheteur", False, "fr",
  "Phone mail: never received the mail to set the Espace Acheteur password; region from ac-rennes.fr.",
  ("Fanny Riou", "fanny.riou@ac-rennes.fr"), "Espace acheteur",
  """Bonjour, je n'ai pas reçu le mail pour définir mon mot de passe sur l'espace acheteur. Pouvez vous le renvoyer ? Merci

Fanny Riou
Gestionnaire

Envoyé de mon iPhone
""", client="iphone")

M("missing_noreply_mail", True, "0613003H", "normandie", "esidoc", True, "fr",
  "Blames 'the académie anti-spam filter' without naming MailInBlack or describing a challenge: missing_noreply_mail.",
  ("Dominique Brière", "dominique.briere@ac-normandie.fr"), "Mails du portail bloqués ?",
  """Bonjour,

Les mails d'activation du portail n'arrivent pas chez mes collègues de
lettres à qui j'ai ouvert un compte contributeur. Peut-être le filtre
anti-spam de l'académie ? Rien dans leurs indésirables.

Collège Jean Monnet, Flers - 0613003H

D. Brière
""", client="tb")

M("missing_noreply_mail", True, "0273412M", "normandie", "esignature", False, "fr",
  "The e-signature invitation for the exhibition loan convention never arrived in the principal's mailbox.",
  ("Isabelle Féron", "isabelle.feron@ac-normandie.fr"), "Invitation signature électronique",
  """Bonjour,

On nous a annoncé l'envoi de la convention de prêt de l'exposition "Bande
dessinée et patrimoine" pour signature électronique par notre principal,
mais l'invitation n'est jamais arrivée (collège Jacques Prévert, 0273412M).

Pourriez-vous la renvoyer ?

Isabelle Féron
Secrétaire de direction
""", client="outlook")

# ---------------------------------------------------------------- mailinblack_spam
M("mailinblack_spam", True, "0292877V", "bretagne", "esidoc", False, "fr",
  "MailInBlack named: the portal's activation mail is held in its quarantine.",
  ("Anne Le Meur", "anne.lemeur@ac-rennes.fr"), "Mail d'activation bloqué par MailInBlack",
  """Bonjour,

Le lycée (0292877V, Morlaix) utilise MailInBlack et le mail d'activation du
portail documentaire est resté bloqué : je vois juste un résumé "messages en
attente" avec votre adresse no-reply.

Que dois-je faire pour le recevoir ?

Anne Le Meur, professeure documentaliste
""", client="zimbra")

M("mailinblack_spam", True, None, None, "esidoc", False, "fr",
  "A département IT department asks which senders to allow-list in MailInBlack for all its collèges; no UAI, non-académie domain.",
  ("DSI - Pôle collèges", "support-colleges@morbihan-numerique.fr"), "Liste blanche MailInBlack pour les portails CDI",
  """Bonjour,

Nous gérons la messagerie des collèges publics du département avec
MailInBlack. Plusieurs documentalistes signalent que les mails de leur
portail e-sidoc sont retenus.

Pouvez-vous nous communiquer les adresses et domaines expéditeurs à
autoriser ?

Cordialement,
Pôle collèges - Direction du numérique
""", client="outlook", fmt="alt")

M("mailinblack_spam", False, "0764120R", "normandie", "esidoc", True, "fr",
  "The sender-authentication challenge is described ('click to prove you are not a robot') without naming MailInBlack; a person should confirm the product first.",
  ("Charlotte Delahaye", "charlotte.delahaye@ac-normandie.fr"), "votre réponse est bloquée ?",
  """Bonjour,

Quand je vous écris, vous recevez paraît-il un message vous demandant de
cliquer pour prouver que vous n'êtes pas un robot. Et de mon côté les mails
du portail (mot de passe, comptes) n'arrivent pas. Est-ce que ça vient de
notre messagerie ?

Lycée Les Bruyères, Sotteville - 0764120R
C. Delahaye
""", client="outlook")

M("mailinblack_spam", True, "0143390J", "normandie", "esidoc", False, "en",
  "English; MailInBlack quarantine holds the portal's mails for the school.",
  ("Emma Duchemin", "emma.duchemin@ac-normandie.fr"), "Mailinblack quarantine",
  """Hello,

Our school (0143390J, Bayeux) uses Mailinblack. All the emails from the
library portal end up in quarantine and I have to release them one by one.
Is there a way to allow them permanently?

Thanks,
Emma Duchemin
""", client="gmail")

M("mailinblack_spam", True, "0561006P", "bretagne", "esidoc", False, "fr",
  "No accents, 'mailinblack' in lower case: the new-password mail is blocked by it.",
  ("ronan guegan", "ronan.guegan@ac-rennes.fr"), "mailinblack bloque vos mails",
  """bonjour
mailinblack bloque le mail de nouveau mot de passe du portail cdi
(college de pontivy 0561006P), il me dit que l expediteur doit s'authentifier
comment on fait
ronan
""", client="gmail")

M("mailinblack_spam", False, "0503007X", "normandie", "espace_acheteur", True, "fr",
  "Two topics: the Espace Acheteur mails held by MailInBlack (main) and a quote request for the portal renewal (order_billing).",
  ("Patricia Lepage", "patricia.lepage@ac-normandie.fr"), "MailInBlack + devis",
  """Bonjour,

Je ne reçois pas les mails de l'Espace Acheteur : ils sont bloqués par
MailInBlack, qui demande à l'expéditeur de s'identifier.

Par ailleurs, pouvez-vous m'établir un devis pour le renouvellement du
portail du CDI pour 2025 ? Il me le faut pour le bon d'engagement.

Patricia Lepage
Gestionnaire - Lycée Curie, Saint-Lô - 0503007X
""", client="outlook", fmt="alt", cte="quoted-printable")

M("mailinblack_spam", True, "0272703S", "normandie", "espace_acheteur", False, "fr",
  "The gestionnaire asks whether she can release a message held by MailInBlack from the Espace Acheteur.",
  ("Corinne Lefèvre", "corinne.lefevre@ac-normandie.fr"), "Message en attente MailInBlack",
  """Bonjour,

J'ai un message de votre plateforme "en attente" dans MailInBlack (Espace
Acheteur, confirmation de compte). Puis-je le libérer sans risque ? Et
comment éviter que cela se reproduise ?

Corinne Lefèvre
Collège Ariane, Vernon - 0272703S
""", client="outlook")

M("mailinblack_spam", False, "0353145D", "bretagne", "esidoc", False, "fr",
  "Reply after the MailInBlack guide: the sender was allowed but mails are still held; the region must contact the IT department, a person follows up.",
  ("Gilles Lorand", "gilles.lorand@ac-rennes.fr"), "Re: [#SUP-007388] MailInBlack",
  """Bonjour,

J'ai bien ajouté votre adresse dans les expéditeurs autorisés de
MailInBlack comme indiqué, mais les mails du portail sont toujours retenus.
Pouvez-vous voir avec le rectorat ou notre informatique ?

Gilles Lorand - Lycée Bréquigny, Rennes (0353145D)

Le 20/11/2024 à 08:55, Assistance a écrit :
> Bonjour,
> Votre messagerie est protégée par MailInBlack. Voici comment autoriser
> notre expéditeur : ...
""", client="tb", reply=True)

M("mailinblack_spam", True, "0222316Y", "bretagne", "esidoc", False, "fr",
  "'MIB' abbreviation for MailInBlack, named in full later: portal mails blocked.",
  ("Nolwenn Hamon", "nolwenn.hamon@ac-rennes.fr"), "MIB bloque e-sidoc",
  """Bonjour,

MIB (MailInBlack) bloque tous les mails envoyés par e-sidoc aux collègues du
collège (0222316Y, Dinan). Ils doivent aller les chercher dans leur espace
MailInBlack. Une solution ?

Nolwenn Hamon
""", client="zimbra", fmt="alt")

M("mailinblack_spam", True, "0145520Z", "normandie", "esidoc", False, "fr",
  "She forwards the MailInBlack digest listing the portal's held mails and asks if they are legitimate.",
  ("Aurélie Hue", "aurelie.hue@ac-normandie.fr"), "TR: Vos messages en attente",
  """Bonjour,

Je reçois ce résumé MailInBlack avec des messages de votre portail. Sont-ils
légitimes ? Je n'ose pas cliquer. (Collège Saint-Exupéry, 0145520Z)

Aurélie Hue

---------- Message transféré ---------
De : MailInBlack <notification@mailinblack.com>
Objet : Vos messages en attente (3)
- no-reply@portail-documentaire.example.fr  "Activation de votre compte"
- no-reply@portail-documentaire.example.fr  "Nouvelle réservation"
- newsletter@editions-exemple.fr  "Nos nouveautés"
""", client="gmail")

M("mailinblack_spam", True, "0502114B", "normandie", "esidoc", True, "fr",
  "UAI only in the signature; MailInBlack named as holding the portal's mails.",
  ("Yvonne Letellier", "yvonne.letellier@ac-normandie.fr"), "Filtre anti-spam",
  """Bonjour,

Nos mails venant du portail CDI restent coincés dans MailInBlack depuis la
mise en place du filtre au lycée. Merci de m'indiquer la procédure.

--
Yvonne Letellier
Professeure documentaliste
Lycée Le Verrier - Saint-Lô
UAI 0502114B
""", client="tb")

M("mailinblack_spam", True, "0760907Y", "normandie", "esidoc", False, "fr",
  "Network administrator of the lycée asks which domains to declare in MailInBlack for the portal.",
  ("Alexandre Vasse", "alexandre.vasse@ac-normandie.fr"), "Domaines à autoriser (Mailinblack)",
  """Bonjour,

Administrateur réseau du lycée Jeanne d'Arc de Rouen (0760907Y), je dois
déclarer dans Mailinblack les domaines de confiance. Quels domaines et
adresses utilise le portail documentaire pour ses envois ?

Cordialement,
A. Vasse
""", client="tb")

# ---------------------------------------------------------------- account_creation
M("account_creation", True, "0563261R", "bretagne", "esidoc", False, "fr",
  "A new librarian asks for her own back-office account on the establishment's portal.",
  ("Rozenn Daniel", "rozenn.daniel@ac-rennes.fr"), "Création d'un compte administrateur",
  """Bonjour,

Nouvelle documentaliste au collège Charles de Gaulle de Ploërmel
(0563261R), je souhaite avoir mon propre compte pour gérer le portail.
Comment procéder ?

Merci,
Rozenn Daniel
""", client="zimbra")

M("account_creation", True, "0140093A", "normandie", "esidoc", True, "fr",
  "Negation: 'je n'ai pas perdu mon mdp', she never had an account: account_creation, not password_reset.",
  ("Julie Marais", "julie.marais@ac-normandie.fr"), "pas de compte",
  """Bonjour,

Je n'ai pas perdu mon mdp : je n'ai tout simplement jamais eu de compte sur
le portail du CDI (lycée Victor Hugo, Caen - 0140093A). Je voudrais en créer
un pour publier les actus du club lecture.

Julie Marais
""", client="gmail")

M("account_creation", False, "0351909K", "bretagne", "esidoc", False, "en",
  "English; a teacher wants contributor rights to publish a reading list on the portal: rights to open, decided by a person.",
  ("Mark Jennings", "mark.jennings@ac-rennes.fr"), "Contributor access to the portal",
  """Hello,

I teach English at Collège Bourgchevreuil (0351909K). I'd like to publish a
selection of English novels for our pupils on the school library portal.
Can I get contributor rights, or does the librarian have to do it?

Thanks,
Mark Jennings
""", client="gmail")

M("account_creation", False, "0560519K", "bretagne", "esidoc", False, "fr",
  "Asks who the administrator of the school's portal is: a look-up, so a person answers.",
  ("Stéphanie Raoul", "stephanie.raoul@ac-rennes.fr"), "Qui est administrateur ?",
  """Bonjour,

Pouvez-vous me dire qui est déclaré administrateur du portail du collège
Jean Le Coutaller (0560519K) ? Personne ici ne sait, et j'ai besoin d'un
compte pour mettre en ligne l'exposition des 3e.

Stéphanie Raoul
""", client="outlook")

M("account_creation", True, None, None, "espace_acheteur", False, "fr",
  "A Région buyer's Espace Acheteur account is waiting for validation; regional-council domain is not an académie domain.",
  ("Benoît Sanson", "benoit.sanson@region-normandie-achats.fr"), "Compte en attente de validation",
  """Bonjour,

Mon compte sur l'Espace Acheteur est toujours "en attente de validation"
depuis mon inscription jeudi. Je dois commander les abonnements de portails
documentaires pour plusieurs lycées.

Benoît Sanson
Service achats - Direction des lycées
""", client="outlook", fmt="alt")

M("account_creation", False, None, "bretagne", "esidoc", True, "fr",
  "UAI typed as 0291563T: wrong check letter (the digits give 0291563S), so no UAI; region from ac-rennes.fr; a person must identify the school.",
  ("Annaïg Quéré", "annaig.quere@ac-rennes.fr"), "Demande de compte portail",
  """Bonjour,

Je souhaite un compte contributeur sur le portail du lycée de Cornouaille
(RNE 0291563T) pour publier la sélection du prix lycéen.

Annaïg Quéré, professeure de lettres
""", client="zimbra")

M("account_creation", False, "0354812R", "bretagne", "esidoc", False, "en",
  "English; a school that opened in September wants a portal account: eligibility must be checked by a person.",
  ("Laura Bennett", "laura.bennett@ac-rennes.fr"), "New school - library portal account",
  """Dear support,

Our collège opened this September in Bruz (UAI 0354812R). We'd like to set
up a library portal for the pupils. How do we create the account? Is there
anything the school needs to sign first?

Kind regards,
Laura Bennett
Teacher-librarian
""", client="outlook")

M("account_creation", False, "0610733R", "normandie", "esidoc", False, "fr",
  "The librarian wants to open portal accounts for pupils of the reading club to post reviews: rights to open, a person answers.",
  ("Sylvie Chauvin", "sylvie.chauvin@ac-normandie.fr"), "Comptes pour élèves du club lecture",
  """Bonjour,

Est-il possible de créer des comptes rédacteurs pour 6 élèves du club
lecture (collège Louise Michel, Argentan, 0610733R) afin qu'ils publient
leurs critiques sur le portail, avec validation par moi ?

Sylvie Chauvin
""", client="tb")

M("account_creation", True, "0611890Y", "normandie", "esidoc", False, "fr",
  "Her contributor account has been waiting for validation for days.",
  ("Agnès Roger", "agnes.roger@ac-normandie.fr"), "compte en attente",
  """Bonjour,

Mon compte sur le portail e-sidoc (lycée Mézeray, 0611890Y) est en attente
de validation depuis 5 jours. Qui doit le valider ?

Agnès Roger
""", client="zimbra", fmt="alt")

M("account_creation", False, "0761252Y", "normandie", "esidoc", False, "fr",
  "Asks whether the second librarian can also have an administrator account: a person answers.",
  ("Florence Dumont", "florence.dumont@ac-normandie.fr"), "Deuxième compte administrateur",
  """Bonjour,

Nous sommes deux professeures documentalistes au lycée Corneille de Rouen
(0761252Y). Ma collègue peut-elle avoir aussi un compte administrateur du
portail, pour préparer l'exposition de mars pendant mon congé ?

Florence Dumont
""", client="outlook", cte="quoted-printable")

M("account_creation", True, "0223462U", "bretagne", "esidoc", True, "fr",
  "UAI only in the ce.<UAI>@ac-rennes.fr sender address; the establishment asks to create the portal account for its new librarian.",
  ("Collège Jean Richepin", "ce.0223462U@ac-rennes.fr"), "Création compte documentaliste",
  """Bonjour,

Merci de créer un compte d'accès à la gestion du portail pour notre
nouvelle documentaliste, Mme Kerleroux, arrivée lundi.

Le secrétariat de direction
""", client="zimbra")

M("account_creation", False, "0143197Z", "normandie", "espace_acheteur", False, "fr",
  "The establishment's UAI is not in the list when opening the buyer account: the sales team must check.",
  ("Laurent Hamel", "laurent.hamel@institution-st-joseph-caen.fr"), "UAI introuvable à l'inscription",
  """Bonjour,

En créant le compte de notre établissement privé sur l'Espace Acheteur, le
code 0143197Z n'apparaît pas dans la liste. Comment faire ?

Laurent Hamel
Économe
""", client="outlook")

# -------------------------------------------------------- subscription_activation
M("subscription_activation", True, "0221817F", "bretagne", "esidoc", False, "fr",
  "Ordered the portal's reading-challenge module two days ago; it is not visible yet (within 72 h).",
  ("Mikaël Le Bras", "mikael.lebras@ac-rennes.fr"), "Module défi lecture non visible",
  """Bonjour,

Notre gestionnaire a commandé avant-hier le module "défis lecture" pour le
portail du collège (0221817F). Je ne le vois toujours pas dans le menu
d'administration. Faut-il faire quelque chose ?

Mikaël Le Bras
""", client="tb")

M("subscription_activation", True, "0293872B", "bretagne", "esidoc", False, "fr",
  "A purchased digital press resource does not show on the portal for pupils: resource to publish.",
  ("Catherine Abgrall", "catherine.abgrall@ac-rennes.fr"), "Ressource presse pas visible pour les élèves",
  """Bonjour,

La ressource de presse en ligne achetée pour le lycée (0293872B) apparaît
dans mon administration mais pas côté élèves sur le portail. Comment la
publier ?

Catherine Abgrall
""", client="outlook", fmt="alt")

M("subscription_activation", True, "0353519K", "bretagne", "esidoc", True, "fr",
  "Negation: 'je n'ai pas oublié mon mot de passe', login works; the ordered virtual-exhibition option is not visible.",
  ("Audrey Gicquel", "audrey.gicquel@ac-rennes.fr"), "option exposition virtuelle",
  """Bonjour,

Je n'ai pas oublié mon mot de passe, je me connecte sans souci, mais
l'option "exposition virtuelle" commandée la semaine dernière (collège
Clotilde Vautier, 0353519K) n'apparaît nulle part.

Audrey Gicquel
""", client="zimbra")

M("subscription_activation", False, "0561438J", "bretagne", "esidoc", False, "fr",
  "Ordered twelve days ago and still not active: past the 72-hour rule, a person must check the order.",
  ("Hervé Le Gall", "herve.legall@ac-rennes.fr"), "Abonnement toujours inactif",
  """Bonjour,

Le renouvellement de l'abonnement au portail (lycée Colbert, Lorient,
0561438J) a été commandé il y a 12 jours. Le portail affiche toujours
"abonnement expiré" pour les élèves. Pouvez-vous regarder ?

Hervé Le Gall
""", client="outlook")

M("subscription_activation", True, "0142314P", "normandie", "esidoc", False, "en",
  "English; the news-page module ordered yesterday is not active yet.",
  ("Nicolas Garnier", "nicolas.garnier@ac-normandie.fr"), "News module not available",
  """Hi,

We ordered the news-page module for our library portal yesterday (school
code 0142314P) but it isn't showing in the admin menu yet. How long does
activation take?

Nicolas Garnier
""", client="gmail")

M("subscription_activation", True, "0271786V", "normandie", "esidoc", True, "fr",
  "Written by the principal, but he only asks when the subscription will be available: not a head-of-establishment request.",
  ("Principal Collège Pierre Mendès France", "ce.0271786V@ac-normandie.fr"), "Disponibilité de l'abonnement",
  """Bonjour,

Nous avons passé commande de l'abonnement au portail documentaire le
4 novembre. Pouvez-vous m'indiquer quand il sera disponible pour nos
élèves ?

Bien cordialement,

Thomas Bouvier
Principal
""", client="outlook", fmt="alt")

M("subscription_activation", True, "0501911F", "normandie", "esidoc", False, "fr",
  "No accents: the ordered reading-challenge module is missing from the menu the day after the order.",
  ("elodie lamy", "elodie.lamy@ac-normandie.fr"), "module defis n'apparait pas",
  """bonjour,
le module defis lecture commande hier n apparait pas dans le menu du
portail (0501911F). c normal ?
merci
elodie
""", client="gmail")

M("subscription_activation", True, "0612889J", "normandie", "esidoc", False, "fr",
  "The e-book bundle bought for the portal is not visible yet.",
  ("Valérie Jouan", "valerie.jouan@ac-normandie.fr"), "Bouquet livres numériques",
  """Bonjour,

Le bouquet de livres numériques acheté pour le CDI (collège Jean Moulin,
0612889J) n'apparaît pas encore dans le portail. La commande date de lundi.

Valérie Jouan
""", client="outlook", fmt="html")

M("subscription_activation", True, "0762417P", "normandie", "esidoc", True, "fr",
  "Quoted history about an earlier password ticket; the new text only asks why the subscription is not active.",
  ("Cédric Vallée", "cedric.vallee@ac-normandie.fr"), "Re: [#SUP-006981] Mot de passe",
  """Bonjour,

Le mot de passe, c'est réglé, merci. Nouvelle question : l'abonnement
"presse jeunesse" commandé hier n'est pas visible sur notre portail
(0762417P). Est-ce normal ?

Cédric Vallée

Le mer. 6 nov. 2024 à 09:12, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
> connue pour votre établissement.
""", client="gmail", reply=True)

M("subscription_activation", True, "0223384J", "bretagne", "esidoc", False, "fr",
  "The renewal was paid but the portal still shows 'abonnement expiré'; within the activation delay.",
  ("Marie-Paule Toullec", "marie-paule.toullec@ac-rennes.fr"), "abonnement expiré malgré renouvellement",
  """Bonjour,

Nous avons renouvelé l'abonnement du portail e-sidoc avant-hier (collège
Jean Jaurès, Guingamp, 0223384J) mais la page d'accueil affiche encore
"abonnement expiré". Combien de temps faut-il attendre ?

Marie-Paule Toullec
""", client="zimbra", fmt="alt")

M("subscription_activation", True, "0291911V", "bretagne", "esidoc", False, "en",
  "English; a resource was added to the subscription but pupils cannot see it in the portal.",
  ("Tom Riou", "tom.riou@ac-rennes.fr"), "Resource not visible to pupils",
  """Hello,

We added an online encyclopedia to our subscription on Monday (0291911V).
I can see it in the admin but pupils can't see it on the portal. Do I need
to publish it somewhere?

Tom
""", client="tb")

M("subscription_activation", False, "0353790E", "bretagne", "esidoc", True, "fr",
  "Two topics: the ordered module is not active and the invoice is wrong (order_billing); a person must answer both.",
  ("Sylvain Perrin", "sylvain.perrin@ac-rennes.fr"), "Module expositions + facture",
  """Bonjour,

1. Le module expositions commandé jeudi n'est pas encore actif sur le
portail du collège (0353790E).
2. La facture reçue mentionne 2 licences au lieu d'une : pouvez-vous
l'annuler et en émettre une nouvelle ?

Sylvain Perrin, gestionnaire
""", client="outlook")

M("subscription_activation", True, "0562542J", "bretagne", "esidoc", False, "fr",
  "Phone mail: the new subscription is not visible yet.",
  ("Élise Morice", "elise.morice@ac-rennes.fr"), "Abonnement",
  """Bonjour, l'abonnement commandé mardi n'est pas encore visible sur le portail du collège (0562542J). Merci de me tenir au courant.
Élise Morice

Envoyé de mon iPhone
""", client="iphone")

M("subscription_activation", True, "0273200G", "normandie", "esidoc", False, "fr",
  "The author-meeting resource bought for the reading challenge must be published for pupils on the portal.",
  ("Jean-Marc Poulain", "jean-marc.poulain@ac-normandie.fr"), "Ressource à publier",
  """Bonjour,

Nous avons acheté le pack de ressources "Rencontres d'auteurs" pour le
défi lecture. Comment le rendre visible sur le portail du lycée (0273200G) ?

Jean-Marc Poulain
""", client="tb")

# ------------------------------------------------- head_of_establishment_request
M("head_of_establishment_request", False, "0293340Y", "bretagne", "esidoc", False, "fr",
  "The principal writes from the ce.<UAI> address to authorise the change of portal administrator after the librarian's departure.",
  ("Principal - Collège Max Jacob", "ce.0293340Y@ac-rennes.fr"), "Changement d'administrateur du portail CDI",
  """Madame, Monsieur,

Mme Le Roux, professeure documentaliste, a quitté l'établissement. Je vous
demande de désigner M. Kervella, son successeur, comme administrateur du
portail e-sidoc du collège Max Jacob (0293340Y).

Cordialement,

Françoise Nédélec
Principale
""", client="outlook", fmt="alt")

M("head_of_establishment_request", False, "0352908W", "bretagne", "espace_acheteur", False, "fr",
  "The proviseur authorises in writing the order of the portal's exhibition module on the Espace Acheteur.",
  ("Proviseur Lycée Victor et Hélène Basch", "ce.0352908W@ac-rennes.fr"), "Autorisation de commande",
  """Bonjour,

J'autorise la commande du module expositions pour le portail documentaire
du lycée (0352908W), panier préparé par notre gestionnaire sur l'Espace
Acheteur.

Le proviseur,
Patrick Guérin
""", client="zimbra")

M("head_of_establishment_request", False, "0563490P", "bretagne", "esidoc", False, "en",
  "English; the head teacher asks in writing to change the portal's contact address to the school's official mailbox.",
  ("Head teacher - Collège Saint-Joseph", "direction@stjoseph-vannes.fr"), "Change of contact address for our library portal",
  """Dear Sir or Madam,

As head of Collège Saint-Joseph in Vannes (UAI 0563490P), I ask you to
replace the contact address of our library portal by
direction@stjoseph-vannes.fr; the former librarian's address is closed.

Yours faithfully,
Brigitte Allanic
Head teacher
""", client="outlook")

M("head_of_establishment_request", False, "0142764D", "normandie", "esidoc", True, "fr",
  "The secretary relays the principal's signed letter (PDF attached) asking to change administrator; staff must check the letter and the sender.",
  ("Secrétariat Collège Jean Moulin", "secretariat.jmoulin@ac-normandie.fr"), "Courrier de Mme la Principale - administrateur portail",
  """Bonjour,

Veuillez trouver ci-joint le courrier signé de Mme la Principale demandant
que l'accès administrateur du portail du CDI soit transféré à M. Hardy.

Collège Jean Moulin - Caen (0142764D)
Le secrétariat
""", client="outlook", att=[("courrier_principale_portail.pdf", "application/pdf")])

M("head_of_establishment_request", False, "0271490Y", "normandie", "esidoc", True, "fr",
  "The principal asks both for a reset of the admin password and for admin rights for the new librarian: a head-of-establishment request, not password_reset.",
  ("Principal Collège Les Fontenelles", "ce.0271490Y@ac-normandie.fr"), "Mot de passe administrateur et nouveau compte",
  """Bonjour,

Je vous demande de réinitialiser le mot de passe administrateur du portail
e-sidoc du collège Les Fontenelles (0271490Y) et de donner les droits
d'administration à notre nouvelle documentaliste, Mme Pestel.

Merci de confirmer par retour.

Alain Delaunay
Principal
""", client="outlook", fmt="alt")

M("head_of_establishment_request", False, "0501022P", "normandie", "esidoc", True, "fr",
  "Claims to be the directrice from the ce.<UAI> address but SPF and DMARC fail and Reply-To is a free mail: a probable spoof, still a head-of-establishment request for the queue.",
  ("Direction école", "ce.0501022P@ac-normandie.fr"), "URGENT changement adresse administrateur",
  """Bonjour,

Je suis la directrice. Merci de remplacer immédiatement l'adresse de
l'administrateur du portail BCD par celle-ci : direction.ecole50@gmail.com
et de m'envoyer le nouveau mot de passe.

Cordialement
""", client="gmail", auth="fail", extra=[("Reply-To", "direction.ecole50@gmail.com")])

M("head_of_establishment_request", False, "0613798X", "normandie", "esidoc", False, "fr",
  "The proviseur confirms in writing, replying to the ticket, the librarian's request to change the portal administrator.",
  ("Proviseur Lycée Marguerite de Navarre", "ce.0613798X@ac-normandie.fr"), "RE: [#SUP-007455] Changement administrateur",
  """Bonjour,

Je confirme la demande de Mme Guérin : elle devient administratrice du
portail du lycée en remplacement de M. Anfray.

Le proviseur
J.-P. Lemoine

De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 21 novembre 2024 11:04
Objet : [#SUP-007455] Changement administrateur
> Pour changer d'administrateur, le chef d'établissement doit en faire la
> demande écrite.
""", client="outlook", reply=True)

M("head_of_establishment_request", False, "0763303C", "normandie", "esidoc", False, "fr",
  "The proviseure asks to set the establishment's official address as the portal administrator address.",
  ("Proviseure Lycée Blaise Pascal", "ce.0763303C@ac-normandie.fr"), "Adresse de l'administrateur du portail",
  """Madame, Monsieur,

Afin d'éviter toute perte d'accès, je souhaite que l'adresse de
l'administrateur du portail du CDI soit désormais celle de l'établissement
(ce.0763303C@ac-normandie.fr).

Sylvie Marchand, proviseure
""", client="zimbra", fmt="alt")

M("head_of_establishment_request", False, "0221296P", "bretagne", "espace_acheteur", False, "en",
  "English; the head teacher authorises the order of the reading-challenge pack on the Espace Acheteur.",
  ("Principal - Collège Le Goffic", "ce.0221296P@ac-rennes.fr"), "Order authorisation",
  """Hello,

I authorise the order of the reading-challenge pack for our library portal,
as prepared in the buyer space by our bursar.

Regards,
Yves Le Calvez
Principal, Collège Le Goffic (0221296P)
""", client="outlook")

M("head_of_establishment_request", False, "0292764X", "bretagne", "esidoc", False, "fr",
  "The principal asks to close the former librarian's back-office access and transfer the portal to the new one.",
  ("Principal Collège Saint-Pol-Roux", "ce.0292764X@ac-rennes.fr"), "Suppression d'un accès",
  """Bonjour,

M. Quiniou ne fait plus partie de l'établissement. Je vous demande de
supprimer son accès au portail documentaire et de transférer
l'administration à Mme Le Page.

Le principal,
Gérard Floc'h
""", client="zimbra")

M("head_of_establishment_request", False, "0352920J", "bretagne", "esidoc", True, "fr",
  "A school director (primary BCD) asks to become administrator of the school portal; written by the head of establishment, so human review.",
  ("Directrice école Jacques Prévert", "ecole.prevert-rennes@ac-rennes.fr"), "Administration du portail de la BCD",
  """Bonjour,

Je suis directrice de l'école élémentaire Jacques Prévert (0352920J). La
BCD dispose d'un portail e-sidoc dont l'administratrice est partie. Je
demande à devenir administratrice en attendant une nouvelle collègue.

Christine Hervé
Directrice
""", client="gmail")

M("head_of_establishment_request", False, "0563536P", "bretagne", "esidoc", False, "fr",
  "The principal adjoint, on behalf of the head, asks in writing for a new administrator password sent to the official mailbox.",
  ("Principal adjoint Collège Kerfontaine", "ce.0563536P@ac-rennes.fr"), "Demande de réinitialisation (direction)",
  """Bonjour,

Par délégation de Mme la Principale, je vous demande de réinitialiser
l'accès administrateur du portail du CDI et d'envoyer le lien sur cette
adresse.

Erwan Le Cam, principal adjoint
""", client="outlook", fmt="alt", cte="quoted-printable")

# --------------------------------------------------------------- order_billing
M("order_billing", False, "0143798C", "normandie", "esidoc", False, "fr",
  "Asks for a formal quote for the portal renewal, needed for the bon d'engagement.",
  ("Karine Lemoine", "karine.lemoine@ac-normandie.fr"), "Demande de devis renouvellement",
  """Bonjour,

Pouvez-vous m'adresser un devis pour le renouvellement de l'abonnement au
portail e-sidoc du collège (0143798C) pour 2025, avec le module expositions ?
J'en ai besoin pour établir le bon d'engagement.

Karine Lemoine, gestionnaire
""", client="outlook", fmt="alt")

M("order_billing", False, "0272853E", "normandie", "espace_acheteur", False, "fr",
  "The invoice was rejected in Chorus Pro because the service code is missing.",
  ("Sébastien Guillot", "sebastien.guillot@ac-normandie.fr"), "Facture rejetée Chorus",
  """Bonjour,

Votre facture pour l'abonnement du portail documentaire a été rejetée dans
Chorus Pro : le code service est absent. Pouvez-vous la redéposer avec le
code GEST-CDI ? Lycée Senghor, Évreux (0272853E).

S. Guillot
""", client="outlook")

M("order_billing", False, "0502969F", "normandie", "espace_acheteur", False, "fr",
  "The basket cannot be validated on the Espace Acheteur (button greyed out).",
  ("Nadège Rault", "nadege.rault@ac-normandie.fr"), "panier impossible à valider",
  """Bonjour,

Sur l'Espace Acheteur, je n'arrive pas à valider mon panier (portail +
défis lecture) : le bouton reste grisé. Collège Les Embruns, 0502969F.

Nadège Rault
""", client="zimbra")

M("order_billing", False, "0223646U", "bretagne", "espace_acheteur", False, "fr",
  "Asks whether payment by administrative mandate is accepted for the order.",
  ("Philippe Le Moal", "philippe.lemoal@ac-rennes.fr"), "Mode de paiement",
  """Bonjour,

Pour la commande du portail documentaire (collège Anatole Le Braz,
0223646U), pouvons-nous régler par mandat administratif à réception de
facture plutôt que par carte ?

Philippe Le Moal, agent comptable
""", client="outlook")

M("order_billing", False, None, None, "espace_acheteur", False, "en",
  "English; the purchasing centre buyer needs a duplicate invoice; non-academic sender, no UAI.",
  ("Rachel Green", "r.green@achats-lycees-bzh.fr"), "Duplicate invoice",
  """Hello,

Could you send me a duplicate of invoice FA-2024-10587 for the library
portal subscriptions? Our accounting lost the original.

Best regards,
Rachel Green
Purchasing officer
""", client="outlook", fmt="alt")

M("order_billing", False, "0291902K", "bretagne", "espace_acheteur", False, "fr",
  "The order has been waiting for validation for a week; the gestionnaire asks where it stands.",
  ("Anne Guivarc'h", "anne.guivarch@ac-rennes.fr"), "Commande en attente",
  """Bonjour,

Notre commande n° CMD-24-3381 (portail CDI, lycée Laennec, 0291902K) est
"en attente de validation" depuis une semaine. Que manque-t-il ?

Anne Guivarc'h
""", client="tb")

M("order_billing", False, "0351520M", "bretagne", "espace_acheteur", False, "fr",
  "Asks to change the billing address on the invoice to the agence comptable.",
  ("Régine Coquet", "regine.coquet@ac-rennes.fr"), "adresse de facturation",
  """Bonjour,

Merci de corriger l'adresse de facturation : les factures du portail doivent
être adressées à l'agence comptable du lycée Jean Macé, Rennes (0351520M),
et non au CDI.

R. Coquet
""", client="zimbra", fmt="alt")

M("order_billing", False, "0562705L", "bretagne", "esidoc", False, "fr",
  "Quote request for renting the travelling exhibition offered on the portal.",
  ("Yannick Jaffré", "yannick.jaffre@ac-rennes.fr"), "Devis exposition itinérante",
  """Bonjour,

Nous aimerions louer l'exposition itinérante "Les mots voyageurs" présentée
sur le portail, pour trois semaines en mars. Pouvez-vous nous faire un
devis ? Collège Jules Verne, Vannes - 0562705L.

Yannick Jaffré
""", client="gmail")

M("order_billing", False, "0143816X", "normandie", "espace_acheteur", False, "fr",
  "The Chorus invoice mentions the wrong purchase order number.",
  ("Chantal Voisin", "chantal.voisin@ac-normandie.fr"), "Numéro d'engagement sur facture",
  """Bonjour,

La facture déposée sur Chorus pour le module défis lecture porte le numéro
d'engagement 2024-118 au lieu de 2024-181. Pouvez-vous la rectifier ?

Chantal Voisin
Collège Dunois, Caen - 0143816X
""", client="outlook", cte="base64")

M("order_billing", False, "0271449D", "normandie", "espace_acheteur", True, "fr",
  "Two topics: a quote for the renewal (main) and a missing notification mail; the order question needs a person.",
  ("Marc Thuillier", "marc.thuillier@ac-normandie.fr"), "devis + mail non reçu",
  """Bonjour,

Il me faudrait un devis pour le renouvellement du portail et du bouquet
presse (lycée Augustin Hébert, 0271449D). Au passage, je n'ai jamais reçu le
mail de confirmation de ma dernière commande.

Marc Thuillier
""", client="tb")

M("order_billing", False, "0502433Y", "normandie", "espace_acheteur", False, "en",
  "English; asks whether the order can be split over two budget years.",
  ("Paul Lebreton", "paul.lebreton@ac-normandie.fr"), "Splitting an order",
  """Hello,

Can we split the order for the library portal (0502433Y) so that the
exhibition module is invoiced in January, on next year's budget?

Thanks,
Paul Lebreton, bursar
""", client="gmail")

M("order_billing", False, "0611666E", "normandie", "espace_acheteur", False, "fr",
  "Invoice received twice for the same portal subscription; asks which to pay.",
  ("Dominique Olivier", "dominique.olivier@ac-normandie.fr"), "Facture en double",
  """Bonjour,

Nous avons reçu deux factures identiques pour l'abonnement au portail du
collège (0611666E). Laquelle dois-je mettre en paiement ?

D. Olivier, gestionnaire
""", client="outlook", fmt="html")

# -------------------------------------------------------- contract_documents
M("contract_documents", False, "0761046Z", "normandie", "espace_acheteur", False, "fr",
  "Cannot see the convention for the portal service in the Espace Acheteur documents.",
  ("Brigitte Lecanu", "brigitte.lecanu@ac-normandie.fr"), "Convention introuvable",
  """Bonjour,

Je ne trouve pas la convention de service du portail documentaire dans
l'onglet Documents de l'Espace Acheteur (lycée Jules Siegfried, 0761046Z).

Brigitte Lecanu
""", client="outlook")

M("contract_documents", False, "0221174G", "bretagne", "espace_acheteur", False, "fr",
  "Asks for the amendment (avenant) adding the reading-challenge module, not visible in her space.",
  ("Odile Corre", "odile.corre@ac-rennes.fr"), "Avenant module défis",
  """Bonjour,

L'avenant ajoutant le module défis lecture à notre contrat n'apparaît pas
dans notre espace (collège Léonard de Vinci, 0221174G). Pouvez-vous le
mettre à disposition ?

Odile Corre, gestionnaire
""", client="zimbra")

M("contract_documents", False, None, None, "espace_acheteur", False, "en",
  "English; the purchasing centre cannot download the framework market documents; no UAI.",
  ("David Stone", "d.stone@centrale-achats-ouest.fr"), "Market documents not downloadable",
  """Hello,

The market documents (CCAP, price schedule) for the library portal framework
agreement give an error when I try to download them in the buyer space.

David Stone
""", client="outlook", fmt="alt")

M("contract_documents", False, "0562705L", "bretagne", "esidoc", False, "fr",
  "Asks for the loan convention of the travelling exhibition, not found in the documents.",
  ("Yannick Jaffré", "yannick.jaffre@ac-rennes.fr"), "Re: Devis exposition itinérante - convention",
  """Bonjour,

Le devis est validé. En revanche je ne vois pas la convention de prêt de
l'exposition à faire signer par le principal. Où la trouver ?

Yannick Jaffré
Collège Jules Verne - 0562705L
""", client="gmail", reply=True)

M("contract_documents", False, "0292401C", "bretagne", "espace_acheteur", True, "fr",
  "Could see the conventions on the old platform but not on the new one: contract_documents, though rights may be the cause.",
  ("Pierre Kerhervé", "pierre.kerherve@ac-rennes.fr"), "conventions plus visibles",
  """Bonjour,

Sur l'ancienne plateforme je voyais nos conventions (portail CDI, ressources).
Sur la nouvelle, rien. Lycée de l'Élorn, 0292401C.

P. Kerhervé
""", client="tb")

M("contract_documents", False, "0613801A", "normandie", "espace_acheteur", False, "fr",
  "The general terms of sale attached to the portal contract are missing.",
  ("Hélène Boitard", "helene.boitard@ac-normandie.fr"), "CGV du contrat portail",
  """Bonjour,

Pour notre dossier, il nous manque les conditions générales de vente liées
au contrat du portail documentaire (0613801A). Elles ne sont pas dans
l'Espace Acheteur.

Hélène Boitard
""", client="outlook", fmt="alt", cte="quoted-printable")

M("contract_documents", False, "0293340Y", "bretagne", "esignature", False, "fr",
  "The convention signed electronically last week is not visible in the establishment's documents.",
  ("Claude Le Floch", "claude.lefloch@ac-rennes.fr"), "Convention signée non visible",
  """Bonjour,

La convention signée électroniquement par notre principale la semaine
dernière n'apparaît pas dans nos documents (collège Max Jacob, 0293340Y).

Claude Le Floch, secrétaire de gestion
""", client="zimbra")

M("contract_documents", False, "0271786V", "normandie", "espace_acheteur", False, "fr",
  "Asks for a copy of the current contract and its amendments for the portal.",
  ("Annie Roussel", "annie.roussel@ac-normandie.fr"), "Copie du contrat et avenants",
  """Bonjour,

Pourriez-vous nous transmettre le contrat en cours et ses avenants pour le
portail documentaire du collège Pierre Mendès France (0271786V) ? Ils ne
sont pas consultables dans notre espace.

Annie Roussel
""", client="outlook")

# -------------------------------------------------------- transfer_incident
M("transfer_incident", False, "0351909K", "bretagne", "esidoc", False, "fr",
  "The nightly transfer of catalogue records to the portal fails since Monday.",
  ("Gaëlle Morin", "gaelle.morin@ac-rennes.fr"), "Transfert des notices en échec",
  """Bonjour,

Depuis lundi, le transfert automatique des notices vers le portail échoue
(collège Bourgchevreuil, 0351909K) : les nouveautés du défi lecture
n'apparaissent pas. Le journal indique "échec de connexion au serveur".

Gaëlle Morin
""", client="tb", att=[("journal_transfert.txt", "text/plain")])

M("transfer_incident", False, "0141276L", "normandie", "ecoledirecte", False, "fr",
  "The synchronisation of pupil accounts from the school-management software fails.",
  ("Stéphane Leclerc", "stephane.leclerc@ac-normandie.fr"), "Synchronisation comptes élèves",
  """Bonjour,

La synchronisation des comptes élèves depuis EcoleDirecte ne fonctionne plus
(collège Pasteur, 0141276L) : les 6e n'ont pas de compte sur le portail.

Stéphane Leclerc, référent numérique
""", client="outlook", fmt="alt")

M("transfer_incident", False, "0562542J", "bretagne", "esidoc", False, "fr",
  "The transfer licence expired and must be regenerated.",
  ("Élise Morice", "elise.morice@ac-rennes.fr"), "licence transfert expirée",
  """Bonjour,

Le logiciel me dit que la licence de transfert vers le portail est expirée.
Pouvez-vous la régénérer ? Collège 0562542J.

Élise Morice
""", client="zimbra")

M("transfer_incident", False, "0762417P", "normandie", "ecoledirecte", True, "fr",
  "Asks for 'le mot de passe du jour' for maintenance: transfer_incident per the taxonomy, not password_reset.",
  ("Cédric Vallée", "cedric.vallee@ac-normandie.fr"), "mot de passe du jour",
  """Bonjour,

Pour relancer l'import des élèves dans le portail, l'outil de maintenance
me demande le mot de passe du jour. Pouvez-vous me le donner ? 0762417P.

Cédric Vallée
""", client="gmail")

M("transfer_incident", False, "0563536P", "bretagne", "esidoc", False, "en",
  "English; the catalogue transfer has been stuck since the holidays.",
  ("Owen Tanguy", "owen.tanguy@ac-rennes.fr"), "Catalogue transfer stuck",
  """Hello,

The transfer of our catalogue to the library portal has been stuck at 45%
since the autumn holidays (Collège Kerfontaine, 0563536P). Reading lists
for the challenge show old data.

Owen Tanguy
""", client="tb")

M("transfer_incident", False, "0761927G", "normandie", "esidoc", False, "fr",
  "The import of records fails with an error code after the software update.",
  ("Nathalie Gosse", "nathalie.gosse@ac-normandie.fr"), "Erreur import notices",
  """Bonjour,

Depuis la mise à jour, l'envoi des notices vers le portail s'arrête avec
l'erreur E-413 (lycée Les Fontaines, 0761927G).

Nathalie Gosse
""", client="outlook", fmt="alt", cte="quoted-printable",
  att=[("capture_erreur.png", "image/png")])

M("transfer_incident", False, None, "normandie", "ecoledirecte", False, "fr",
  "Directory synchronisation with the school-management software fails; no UAI, region from ac-normandie.fr.",
  ("Romain Hue", "romain.hue@ac-normandie.fr"), "Synchro annuaire",
  """Bonjour,

La synchronisation de l'annuaire (élèves, classes) entre EcoleDirecte et le
portail du CDI échoue chaque nuit depuis vendredi.

Romain Hue, assistant d'éducation TICE
""", client="zimbra")

M("transfer_incident", False, "0351687U", "bretagne", "esidoc", True, "fr",
  "Negation: the portal password works; the failing transfer of records needs a licence regeneration.",
  ("Armelle Chevalier", "armelle.chevalier@ac-rennes.fr"), "Pas un problème de mot de passe",
  """Bonjour,

Je me connecte sans problème au portail, ce n'est pas un souci de mot de
passe. Mais le transfert des notices échoue avec "licence invalide" depuis
le changement de poste (lycée Jean Guéhenno, 0351687U).

Armelle Chevalier
""", client="tb")

M("transfer_incident", False, "0611407Y", "normandie", "esidoc", False, "fr",
  "The exhibition records are not sent to the portal: transfer error.",
  ("Pascal Fromentin", "pascal.fromentin@ac-normandie.fr"), "transfert bloqué",
  """Bonjour,

Les notices de l'exposition sur le climat ne partent pas vers le portail,
le transfert reste "en cours" depuis hier (0611407Y).

Pascal
""", client="tb")
# ---------------------------------------------------------------- automated
AS_GEN = [("Auto-Submitted", "auto-generated")]
AS_REP = [("Auto-Submitted", "auto-replied")]
M("automated", False, None, "bretagne", None, False, "fr",
  "Outlook out-of-office in French with Auto-Submitted and X-Auto-Response-Suppress.",
  ("Soizic Tanguy", "soizic.tanguy@ac-rennes.fr"), "Réponse automatique : [#SUP-007120] Connexion admin",
  """Bonjour,

Je suis absente jusqu'au 4 novembre. Le CDI est fermé pendant les
vacances ; pour le défi lecture, merci de contacter la vie scolaire.

Soizic Tanguy
""", client="outlook", reply=True, extra=AS_GEN + [("X-Auto-Response-Suppress", "All")])

M("automated", False, None, None, None, False, "en",
  "Gmail vacation responder in English (Auto-Submitted: auto-replied).",
  ("Sarah Lenoir", "sarah.lenoir.cdi@gmail.com"), "Re: [#SUP-007140] Forgotten password - school library portal",
  """Hi, I'm away until Monday with limited access to email. Thanks!
Sarah
""", client="gmail", reply=True, extra=AS_REP)

M("automated", False, None, None, None, False, "en",
  "Postfix bounce: multipart/report delivery-status with a null Return-Path.",
  ("Mail Delivery System", "MAILER-DAEMON@mx.lycee-saint-louis-brest.fr"), "Undelivered Mail Returned to Sender",
  raw="bounce_postfix")

M("automated", False, None, None, None, False, "fr",
  "Exchange non-delivery report in French ('Non remis :'), multipart/report.",
  ("Microsoft Outlook", "postmaster@stjoseph-vannes.fr"), "Non remis : [#SUP-007460] Changement d'adresse",
  raw="bounce_exchange")

M("automated", False, None, "normandie", None, False, "fr",
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification.",
  ("Karine Lemoine", "karine.lemoine@ac-normandie.fr"), "Lu : [#SUP-007501] Demande de devis renouvellement",
  raw="mdn_fr")

M("automated", False, None, "bretagne", None, False, "en",
  "Thunderbird return receipt in English, multipart/report disposition-notification.",
  ("Tom Riou", "tom.riou@ac-rennes.fr"), "Return Receipt (displayed) - [#SUP-007522] Resource not visible",
  raw="mdn_en")

M("automated", False, None, None, None, False, "fr",
  "MailInBlack sender-authentication challenge sent by a robot to our address: automated, never answered.",
  ("Mailinblack", "noreply@mailinblack.com"), "Votre message est en attente de validation",
  """Bonjour,

Votre message "[#SUP-007530] MailInBlack" adressé à ronan.guegan@ac-rennes.fr
est en attente. Pour qu'il soit délivré, merci de vous authentifier en
cliquant sur le lien ci-dessous :

https://auth.mailinblack.example/validate?id=9f3a2c

Ce message a été envoyé automatiquement, merci de ne pas y répondre.
""", client="robot", fmt="alt", extra=AS_GEN)

M("automated", False, None, None, None, True, "fr",
  "MailInBlack challenge without Auto-Submitted header; only the no-reply sender and wording show it is a robot.",
  ("Protection anti-spam", "no-reply@protect.mailinblack.com"), "Confirmez que vous êtes un humain",
  """Bonjour,

Le destinataire de votre message (anne.lemeur@ac-rennes.fr) est protégé.
Cliquez sur le bouton puis recopiez le code affiché pour que votre message
soit délivré.

[ Je ne suis pas un robot ]
""", client="robot", fmt="html")

M("automated", False, None, None, None, False, "fr",
  "Publisher newsletter about a reading prize, with List-Id and List-Unsubscribe.",
  ("Éditions Vent d'Ouest Jeunesse", "newsletter@ventdouest-jeunesse.example"), "Prix Ados 2025 : la sélection est en ligne !",
  """Chers enseignants, chers documentalistes,

La sélection du Prix Ados 2025 est en ligne : 8 romans, des fiches
pédagogiques et des affiches à télécharger pour vos portails et vos CDI.

Inscriptions jusqu'au 15 décembre.

Se désinscrire : https://ventdouest-jeunesse.example/unsub
""", client="robot", fmt="alt", extra=[("List-Id", "<prix-ados.ventdouest-jeunesse.example>"),
  ("List-Unsubscribe", "<https://ventdouest-jeunesse.example/unsub>"), ("Precedence", "bulk")])

M("automated", False, None, None, None, False, "fr",
  "Mailing list of a regional network of librarians (List-Id, Precedence: list).",
  ("Liste docs Bretagne", "docs-bzh@listes.example.org"), "[docs-bzh] Expo itinérante disponible en janvier",
  """Bonjour à toutes et tous,

L'exposition "Les îles bretonnes" est libre en janvier, si un CDI veut
l'accueillir. Contactez-moi directement.

Marie (Lycée Dupuy de Lôme)
_______________________________________________
docs-bzh mailing list
""", client="tb", extra=[("List-Id", "Documentalistes de Bretagne <docs-bzh.listes.example.org>"),
  ("Precedence", "list"), ("List-Post", "<mailto:docs-bzh@listes.example.org>")])

M("automated", False, None, None, "esidoc", False, "fr",
  "Portal notification of a pupil's purchase suggestion, auto-generated.",
  ("Portail documentaire", "no-reply@portail-documentaire.example.fr"), "Nouvelle suggestion d'achat",
  """Une nouvelle suggestion d'achat a été déposée sur votre portail :

Titre : Le Prince cruel
Proposée par : un élève de 4e
Date : 14/11/2024

Ce message est envoyé automatiquement.
""", client="robot", extra=AS_GEN)

M("automated", False, None, None, "ticket_portal", False, "fr",
  "Ticket-portal notification that a ticket was updated, auto-generated.",
  ("Portail tickets", "notifications@tickets.example.fr"), "Le ticket TK-88213 a été mis à jour",
  """Le ticket TK-88213 "Transfert notices en échec" a été mis à jour par
l'équipe technique. Connectez-vous pour voir la réponse.
""", client="robot", fmt="alt", extra=AS_GEN)

M("automated", False, None, None, "esignature", True, "fr",
  "E-signature 'completed' notification without Auto-Submitted; a transactional robot mail.",
  ("Signature électronique", "ne-pas-repondre@signature.example.com"), "Document signé : convention de prêt d'exposition",
  """Bonjour,

Tous les signataires ont signé le document "Convention de prêt - exposition
Bande dessinée et patrimoine". Vous pouvez le télécharger depuis votre
espace.
""", client="robot", fmt="html")

M("automated", False, None, "normandie", None, False, "fr",
  "Zimbra out-of-office reply ('Absence') with Auto-Submitted.",
  ("Martine Lebrun", "martine.lebrun@ac-normandie.fr"), "Absence : Re: [#SUP-007560] Notifications de réservation",
  """Je suis en stage jusqu'au 22 novembre. Le CDI reste ouvert aux heures
habituelles avec l'assistante d'éducation.
""", client="zimbra", reply=True, extra=AS_REP)

M("automated", False, None, None, None, True, "fr",
  "Old-style out-of-office with only 'Precedence: bulk' and an 'absent' text; no person wrote it.",
  ("Jacqueline Lemonnier", "j.lemonnier@orange.fr"), "Absente",
  """Je suis absente du 21/10 au 04/11. Votre message sera lu à mon retour.
""", client="robot", extra=[("Precedence", "bulk")])

M("automated", False, None, None, None, False, "en",
  "Gmail delivery-delay warning (multipart/report), a robot mail.",
  ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), "Delivery Status Notification (Delay)",
  raw="delay_gmail")

M("automated", False, None, "normandie", None, True, "fr",
  "Acknowledgement robot of the académie helpdesk; mentions a ticket and a password but nothing is asked.",
  ("Assistance académique", "assistance-noreply@ac-normandie.fr"), "Accusé de réception - demande 2024-55812",
  """Bonjour,

Votre demande "mot de passe portail" a bien été enregistrée sous le numéro
2024-55812. Un technicien la traitera dans les meilleurs délais.

Merci de ne pas répondre à ce message.
""", client="robot", extra=AS_GEN)

M("automated", False, None, None, "espace_acheteur", False, "fr",
  "Espace Acheteur order confirmation robot mail (auto-generated).",
  ("Espace Acheteur", "no-reply@espace-acheteur.example.fr"), "Confirmation de votre commande CMD-24-3512",
  """Votre commande CMD-24-3512 (Portail documentaire - module défis lecture)
a bien été enregistrée. Montant : 180,00 EUR TTC.
""", client="robot", fmt="alt", cte="quoted-printable", extra=AS_GEN)

M("automated", False, None, None, None, False, "fr",
  "ENT daily digest of new messages, auto-generated, sent to the support address by mistake.",
  ("ENT - Notifications", "noreply@ent-lycees.example.fr"), "Votre résumé quotidien",
  """Vous avez 3 nouvelles notifications :
- Actualité publiée sur le portail CDI : "Semaine de la presse"
- Nouveau document dans Vie scolaire
- Message de M. Le Gall
""", client="robot", fmt="html", extra=AS_GEN)

M("automated", False, None, "bretagne", None, False, "fr",
  "Exchange 'Réponse automatique' from a gestionnaire, with Auto-Submitted.",
  ("Philippe Le Moal", "philippe.lemoal@ac-rennes.fr"), "Réponse automatique : Mode de paiement",
  """Bonjour,

Je suis en congé jusqu'au 2 décembre. Pour les questions de facturation,
merci d'écrire à l'agence comptable.

P. Le Moal
""", client="outlook", fmt="alt", cte="quoted-printable", reply=True,
  extra=AS_GEN + [("X-Auto-Response-Suppress", "All")])

# ---------------------------------------------------------------- other
M("other", False, None, None, None, False, "en",
  "English SEO spam.",
  ("Mike | WebGrowth", "mike@webgrowth-seo.example"), "Your library portal could rank higher",
  """Hi,

I noticed your website is not on the first page of Google. We can fix that
in 30 days for a small monthly fee. Interested?

Mike
""", client="gmail", auth="softfail")

M("other", False, None, None, None, True, "fr",
  "Phishing 'boîte pleine, confirmez votre mot de passe' from a look-alike domain, not an académie domain: not password_reset, no region.",
  ("Messagerie académique", "support@ac-rennes-webmail.com"), "Votre boîte mail est pleine",
  """Cher utilisateur,

Votre boîte de messagerie a atteint sa limite. Confirmez votre mot de passe
sous 24 h pour éviter la suspension : http://ac-rennes-webmail.com/verif

Service informatique
""", client="robot", fmt="html", auth="fail")

M("other", False, "0290087M", "bretagne", "esidoc", True, "fr",
  "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked.",
  ("Soizic Tanguy", "soizic.tanguy@ac-rennes.fr"), "Re: [#SUP-007120] Connexion admin",
  """Merci beaucoup, tout fonctionne ! Bonne journée.
Soizic - 0290087M

Le 5 nov. 2024 à 09:30, Assistance <support@assistance.example.fr> a écrit :
> Un lien de réinitialisation du mot de passe a été envoyé. Il est valable
> 12 heures.
""", client="iphone", reply=True)

M("other", False, "0353519K", "bretagne", "esidoc", False, "fr",
  "How-to question about building a news page on the portal: no category of its own.",
  ("Audrey Gicquel", "audrey.gicquel@ac-rennes.fr"), "Créer une page actualités",
  """Bonjour,

Comment crée-t-on une page d'actualités sur le portail pour annoncer la
venue d'une autrice le 12 décembre ? Je ne trouve pas dans le guide.
(collège 0353519K)

Audrey
""", client="zimbra")

M("other", False, None, None, None, False, "fr",
  "Unsolicited job application, unrelated to support.",
  ("Lucas Martin", "lucas.martin.pro@gmail.com"), "Candidature spontanée",
  """Madame, Monsieur,

Étudiant en master métiers du livre à Rennes, je me permets de vous
adresser ma candidature pour un stage de 8 semaines au printemps.

Lucas Martin
""", client="gmail", att=[("CV_Lucas_Martin.pdf", "application/pdf")])

M("other", False, None, None, None, False, "fr",
  "An author offers to present his book for reading challenges: promotion, not a support request.",
  ("Gildas Le Bourdonnec", "gildas.auteur@laposte.net"), "Proposition d'intervention en CDI",
  """Bonjour,

Auteur de romans jeunesse publiés en Bretagne, je propose des rencontres
dans les CDI dans le cadre des défis lecture. Pourriez-vous relayer ma
proposition auprès des documentalistes ?

Gildas Le Bourdonnec
""", client="tb")

M("other", False, None, "normandie", "esidoc", False, "fr",
  "GDPR erasure request from a former contributor: other, human review.",
  ("Agathe Renouf", "agathe.renouf@ac-normandie.fr"), "Suppression de mes données",
  """Bonjour,

J'ai quitté l'enseignement en juin. Merci de supprimer mon compte
contributeur et mes données personnelles du portail documentaire de mon
ancien lycée, conformément au RGPD.

Agathe Renouf
""", client="outlook")

M("other", False, "0501919P", "normandie", "esidoc", False, "fr",
  "Asks for a training session on exhibitions for the librarians of the district: no support category.",
  ("Françoise Lerouge", "francoise.lerouge@ac-normandie.fr"), "Formation portail expositions",
  """Bonjour,

Proposez-vous des formations (même à distance) pour apprendre à monter une
exposition virtuelle sur le portail ? Nous serions 6 documentalistes du
bassin de Coutances. Contact : collège 0501919P.

Françoise Lerouge
""", client="outlook", fmt="alt")

M("other", False, None, None, None, False, "fr",
  "A pupil writes by mistake asking for a book; not for the support desk.",
  ("Louna", "louna.k2011@gmail.com"), "livre",
  """bonjour est ce que vous avez le tome 3 de la passe miroir au cdi ?? merci
louna 5eB
""", client="gmail")

M("other", False, "0763400H", "normandie", "esidoc", False, "fr",
  "Reports the portal is slow to display the exhibition images: a bug report with no category of its own.",
  ("Damien Auber", "damien.auber@ac-normandie.fr"), "portail très lent",
  """Bonjour,

Depuis lundi, les pages de l'exposition virtuelle mettent 30 secondes à
s'afficher sur le portail du lycée (0763400H), élèves comme adultes.

Damien Auber
""", client="tb", att=[("lenteur.png", "image/png")])

M("other", False, None, "bretagne", "esidoc", False, "en",
  "English feature request: a reading-challenge leaderboard on the portal.",
  ("Fiona Carr", "fiona.carr@ac-rennes.fr"), "Feature idea: reading challenge leaderboard",
  """Hello,

Would it be possible to add a leaderboard to the reading challenge module,
so classes can see how many books they've read? Pupils would love it.

Fiona
""", client="apple")

M("other", False, None, None, None, False, "fr",
  "Invitation to a regional book fair: unrelated to support.",
  ("Salon du livre jeunesse", "contact@salon-livre-saint-malo.example"), "Invitation - Salon du livre jeunesse",
  """Madame, Monsieur,

Nous avons le plaisir de vous inviter au salon du livre jeunesse de
Saint-Malo, du 7 au 9 février. Journée professionnelle le vendredi.
""", client="robot", fmt="html")

M("other", False, "0223384J", "bretagne", "esidoc", True, "fr",
  "Asks how to set the password rules for pupils' accounts on the portal: mentions passwords but no lost password.",
  ("Marie-Paule Toullec", "marie-paule.toullec@ac-rennes.fr"), "mots de passe des élèves",
  """Bonjour,

Peut-on imposer une longueur minimale pour les mots de passe des élèves
sur le portail ? Certains mettent "1234". Mon propre mot de passe va bien.
Collège 0223384J.

Marie-Paule Toullec
""", client="zimbra")

M("other", False, None, None, None, True, "fr",
  "Forwarded chain about a staff meeting date sent to support by mistake; quoted text mentions an order but nothing is asked of us.",
  ("Hervé Dagorn", "herve.dagorn@wanadoo.fr"), "TR: réunion docs jeudi",
  """Pour info.

---------- Message transféré ---------
De : Coordination docs
Objet : réunion docs jeudi
> Réunion jeudi 14 h au lycée Bertrand d'Argentré : bilan du défi lecture,
> commandes groupées, expositions. Ordre du jour joint.
""", client="gmail")

# ================================================================ building
RAW = {
"bounce_postfix": ("multipart/report; report-type=delivery-status; boundary=\"b85pf\"", """This is a MIME-encapsulated message.

--b85pf
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mx.lycee-saint-louis-brest.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cdi@lycee-saint-louis-brest.fr>: mailbox full

--b85pf
Content-Type: message/delivery-status
Content-Description: Delivery report

Reporting-MTA: dns; mx.lycee-saint-louis-brest.fr

Final-Recipient: rfc822; cdi@lycee-saint-louis-brest.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--b85pf
Content-Type: text/rfc822-headers
Content-Description: Undelivered Message Headers

From: Assistance <support@assistance.example.fr>
To: cdi@lycee-saint-louis-brest.fr
Subject: [#SUP-007402] Votre abonnement

--b85pf--
"""),
"bounce_exchange": ("multipart/report; report-type=delivery-status; boundary=\"b85ex\"", """--b85ex
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Votre message n'a pas pu être remis à direction@stjoseph-vannes.fr car
l'adresse est introuvable ou ne peut pas recevoir de courrier.

--b85ex
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.stjoseph-vannes.fr

Final-Recipient: rfc822; direction@stjoseph-vannes.fr
Action: failed
Status: 5.1.10

--b85ex--
"""),
"mdn_fr": ("multipart/report; report-type=disposition-notification; boundary=\"b85mf\"", """--b85mf
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Votre message

  Objet : [#SUP-007501] Demande de devis renouvellement

a été lu le 26/11/2024 10:14.

--b85mf
Content-Type: message/disposition-notification

Final-Recipient: rfc822; karine.lemoine@ac-normandie.fr
Disposition: manual-action/MDN-sent-manually; displayed

--b85mf--
"""),
"mdn_en": ("multipart/report; report-type=disposition-notification; boundary=\"b85me\"", """--b85me
Content-Type: text/plain; charset=utf-8

This is a Return Receipt for the mail that you sent to tom.riou@ac-rennes.fr.

Note: This Return Receipt only acknowledges that the message was displayed
on the recipient's computer.

--b85me
Content-Type: message/disposition-notification

Reporting-UA: Mozilla Thunderbird
Final-Recipient: rfc822;tom.riou@ac-rennes.fr
Disposition: manual-action/MDN-sent-manually; displayed

--b85me--
"""),
"delay_gmail": ("multipart/report; report-type=delivery-status; boundary=\"b85dg\"", """--b85dg
Content-Type: text/plain; charset=UTF-8

** Delivery incomplete **

There was a temporary problem delivering your message to
cdi.college.kerlann@gmail.com. Gmail will retry for 46 more hours.

--b85dg
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com

Final-Recipient: rfc822; cdi.college.kerlann@gmail.com
Action: delayed
Status: 4.2.1

--b85dg--
"""),
}

CLIENT_HDR = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")],
    "gmail": [],
    "tb": [("User-Agent", "Mozilla Thunderbird")],
    "apple": [("X-Mailer", "Apple Mail (2.3774.200.91.1.1)")],
    "iphone": [("X-Mailer", "iPhone Mail (21H16)")],
    "zimbra": [("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF128 (Linux)/9.0.0_GA_4546)")],
    "robot": [],
}
DEFAULT_CTE = {"outlook": "quoted-printable", "gmail": "quoted-printable", "tb": "8bit",
               "apple": "quoted-printable", "iphone": "quoted-printable", "zimbra": "8bit",
               "robot": "quoted-printable"}


def to_html(text):
    paras = [p for p in text.strip().split("\n\n")]
    inner = "".join("<p>" + htmlmod.escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paras)
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial\">\n"
            + inner + "</body></html>\n")


def rid(n=12):
    return "".join(RNG.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def build(i, m):
    base = dt.datetime(2024, 9, 2, 7, 30) + dt.timedelta(days=i * 1.3, minutes=RNG.randint(0, 600))
    tz = dt.timezone(dt.timedelta(hours=2 if base < dt.datetime(2024, 10, 27) else 1))
    date = base.replace(tzinfo=tz)
    name, addr = m["frm"]
    dom = addr.split("@")[1].lower()
    client = m["client"]
    if client == "gmail":
        mid = "<CA%s@mail.gmail.com>" % rid(30)
    elif client == "outlook":
        mid = "<%s@%s.PROD.OUTLOOK.COM>" % (rid(24).upper(), rid(6).upper())
    else:
        mid = "<%s-%s@%s>" % (rid(8), rid(12), dom)
    a = m["auth"]
    trace = [
        ("Return-Path", "<>" if m["raw"] in ("bounce_postfix", "bounce_exchange", "delay_gmail") else "<%s>" % addr),
        ("Delivered-To", SUPPORT),
        ("Received", "from smtp.%s (smtp.%s [203.0.113.%d]) by mx1.assistance.example.fr (Postfix) "
                     "with ESMTPS id %s for <%s>; %s" % (dom, dom, RNG.randint(2, 250), rid(10).upper(),
                                                         SUPPORT, format_datetime(date))),
        ("Authentication-Results", "mx1.assistance.example.fr; dkim=%s header.d=%s; spf=%s smtp.mailfrom=%s; "
                                   "dmarc=%s header.from=%s" % ("pass" if a == "pass" else "fail", dom,
                                                               a, dom, "pass" if a == "pass" else "fail", dom)),
    ]
    if m["raw"]:
        ctype, body = RAW[m["raw"]]
        msg0 = EmailMessage(policy=policy.default)
        for k, v in trace:
            msg0[k] = v
        msg0["From"] = "%s <%s>" % (name, addr)
        msg0["To"] = "Assistance <%s>" % SUPPORT
        msg0["Subject"] = m["subj"]
        msg0["Date"] = format_datetime(date)
        msg0["Message-ID"] = mid
        msg0["MIME-Version"] = "1.0"
        msg0["Auto-Submitted"] = "auto-replied" if "mdn" not in m["raw"] else "auto-generated"
        hdr = msg0.as_bytes(policy=policy.default.clone(linesep="\n")).rstrip(b"\n") + b"\n"
        return hdr + ("Content-Type: %s\n\n" % ctype).encode() + body.encode("utf-8")
    msg = EmailMessage(policy=policy.default)
    for k, v in trace:
        msg[k] = v
    msg["Message-ID"] = mid
    msg["Date"] = format_datetime(date)
    msg["From"] = "%s <%s>" % (name, addr)
    msg["To"] = m["to"] or "Assistance <%s>" % SUPPORT
    msg["Subject"] = m["subj"]
    if m["reply"]:
        ref = "<SUP-%06d.%d.%s@assistance.example.fr>" % (7000 + i, int(date.timestamp()) - 86400, rid(6))
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in CLIENT_HDR[client] + m["extra"]:
        msg[k] = v
    if client == "outlook":
        msg["Thread-Index"] = rid(22) + "=="
    cte = m["cte"] or DEFAULT_CTE[client]
    body = m["body"]
    fmt = m["fmt"] or ("alt" if client in ("gmail",) else "plain")
    if fmt == "html":
        msg.set_content(to_html(body), subtype="html", cte=cte)
    else:
        msg.set_content(body, cte=cte)
        if fmt == "alt":
            msg.add_alternative(to_html(body), subtype="html", cte=cte)
    for fname, ctype in m["att"] or []:
        maint, sub = ctype.split("/")
        if ctype == "application/pdf":
            data = b"%PDF-1.4\n% holdout85 dummy\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
        elif maint == "image":
            data = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                                 "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082")
        else:
            data = ("2024-11-18 02:00:01 debut transfert\n2024-11-18 02:00:31 ERREUR "
                    "echec de connexion au serveur (timeout)\n").encode()
        if maint == "text":
            msg.add_attachment(data.decode(), subtype=sub, filename=fname)
        else:
            msg.add_attachment(data, maintype=maint, subtype=sub, filename=fname)
    return msg.as_bytes(policy=policy.default.clone(linesep="\n"))


# ================================================================ checks
UAI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])")
UAI_SP_RE = re.compile(r"(?<![0-9A-Za-z])(\d{3}) (\d{4}) ?([A-Za-z])(?![0-9A-Za-z])")


def visible_text(msg):
    parts = [str(msg["Subject"] or ""), str(msg["From"] or ""), str(msg.get("Reply-To") or "")]
    for part in msg.walk():
        if part.get_content_maintype() == "text" and not part.is_attachment():
            t = part.get_content()
            if part.get_content_subtype() == "html":
                t = htmlmod.unescape(re.sub(r"<[^>]+>", " ", t))
            parts.append(t)
    return "\n".join(parts)


def check(labels):
    assert len(labels) == 150, len(labels)
    files = sorted(f for f in os.listdir(HERE) if re.fullmatch(r"h\d{3}\.eml", f))
    assert files == ["h%03d.eml" % i for i in range(1, 151)], "file list"
    keys = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
    seen = set()
    for lab in labels:
        assert list(lab) == keys, lab
        assert lab["category"] in CATS, lab
        seen.add(lab["category"])
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        if lab["category"] not in AUTO_ALLOWED:
            assert lab["auto_reply_ok"] is False, lab["file"]
        assert lab["platform"] in PLATFORMS, lab
        assert lab["lang"] in ("fr", "en"), lab
        assert isinstance(lab["notes"], str) and lab["notes"].strip(), lab
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]) and lab["uai"] == lab["uai"].upper(), lab
        with open(os.path.join(HERE, lab["file"]), "rb") as fh:
            msg = BytesParser(policy=policy.default).parse(fh)
        for part in msg.walk():
            assert not part.defects, (lab["file"], part.defects)
        for h in ("Message-ID", "Date", "From"):
            assert msg[h], (lab["file"], h)
        text = visible_text(msg)
        found = {c.upper() for c in UAI_RE.findall(text)}
        found |= {(a + b + c).upper() for a, b, c in UAI_SP_RE.findall(text)}
        for code in found:
            if code == lab["uai"]:
                continue
            assert code in lab["notes"].upper(), (lab["file"], code, "unexplained code")
            if not uai_ok(code):
                assert "wrong check letter" in lab["notes"], (lab["file"], code)
        for w in re.findall(r"(\d{7}[A-Z])[^.;]*?wrong check letter", lab["notes"]):
            assert not uai_ok(w), (lab["file"], w)
            assert w in found, (lab["file"], w)
        if lab["uai"]:
            assert lab["uai"] in re.sub(r"\s", "", text).upper(), (lab["file"], "uai not in mail")
            expected = DEPT_REGION[lab["uai"][:3]]
        else:
            dom = msg["From"].addresses[0].domain.lower()
            expected = DOMAIN_REGION.get(dom)
        assert lab["region"] == expected, (lab["file"], lab["region"], expected)
    assert seen == set(CATS), set(CATS) - seen


def main():
    assert len(MAILS) == 150, len(MAILS)
    random.seed(85)  # the email package draws MIME boundaries from the global generator
    order = list(range(150))
    RNG.shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        fname = "h%03d.eml" % n
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(build(n, m))
        labels.append({"file": fname, "category": m["cat"], "auto_reply_ok": m["auto"],
                       "uai": m["uai"], "region": m["reg"], "platform": m["plat"],
                       "hard": m["hard"], "lang": m["lang"], "notes": m["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        reread = [json.loads(line) for line in fh]
    check(reread)
    from collections import Counter
    print("ok:", dict(Counter(l["category"] for l in reread)),
          "en:", sum(l["lang"] == "en" for l in reread), "hard:", sum(l["hard"] for l in reread))


if __name__ == "__main__":
    main()
