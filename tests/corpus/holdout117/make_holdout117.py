#!/usr/bin/env python3
"""Build the holdout117 blind test set: 150 hand-written support mails with labels.

Theme: Normandie and Bretagne in October 2024 -- professeurs documentalistes
with e-sidoc questions (portal publishing, resources, subscriptions, reader
accounts), alongside the usual other requests and automated mail.

Standard library only, deterministic (fixed seed). Every mail text below is
written by hand; the script only wraps it in headers and an encoding.
Placeholders in texts: [[U:dddddddd]] -> the 7 digits plus the right check
letter; [[X:ddddddd]] -> the same digits with a wrong letter (a typo);
[[u:ddddddd]] -> lower-case valid code.
"""
import base64
import datetime
import email
import email.charset
import email.utils
import email.policy
import html
import json
import os
import quopri
import random
import re
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(20241017)
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation", "subscription_activation",
    "order_billing", "contract_documents", "transfer_incident", "automated", "other",
}
NEVER_AUTO = {"head_of_establishment_request", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}

REGION_DEPTS = {
    "auvergne-rhone-alpes": "01 03 07 15 26 38 42 43 63 69 73 74",
    "bourgogne-franche-comte": "21 25 39 58 70 71 89 90",
    "bretagne": "22 29 35 56",
    "centre-val-de-loire": "18 28 36 37 41 45",
    "grand-est": "08 10 51 52 54 55 57 67 68 88",
    "hauts-de-france": "02 59 60 62 80",
    "ile-de-france": "75 77 78 91 92 93 94 95",
    "normandie": "14 27 50 61 76",
    "nouvelle-aquitaine": "16 17 19 23 24 33 40 47 64 79 86 87",
    "occitanie": "09 11 12 30 31 32 34 46 48 65 66 81 82",
    "pays-de-la-loire": "44 49 53 72 85",
    "provence-alpes-cote-d-azur": "04 05 06 13 83 84",
}
PREFIX_REGION = {"0" + d: r for r, ds in REGION_DEPTS.items() for d in ds.split()}
PREFIX_REGION.update({"620": "corse", "720": "corse", "971": "guadeloupe", "972": "martinique",
                      "973": "guyane", "974": "la-reunion", "976": "mayotte"})
DOMAIN_REGION = {
    "ac-clermont.fr": "auvergne-rhone-alpes", "ac-grenoble.fr": "auvergne-rhone-alpes",
    "ac-lyon.fr": "auvergne-rhone-alpes", "ac-besancon.fr": "bourgogne-franche-comte",
    "ac-dijon.fr": "bourgogne-franche-comte", "ac-rennes.fr": "bretagne",
    "ac-orleans-tours.fr": "centre-val-de-loire", "ac-corse.fr": "corse",
    "ac-nancy-metz.fr": "grand-est", "ac-reims.fr": "grand-est", "ac-strasbourg.fr": "grand-est",
    "ac-amiens.fr": "hauts-de-france", "ac-lille.fr": "hauts-de-france",
    "ac-creteil.fr": "ile-de-france", "ac-paris.fr": "ile-de-france", "ac-versailles.fr": "ile-de-france",
    "ac-normandie.fr": "normandie", "ac-caen.fr": "normandie", "ac-rouen.fr": "normandie",
    "ac-bordeaux.fr": "nouvelle-aquitaine", "ac-limoges.fr": "nouvelle-aquitaine",
    "ac-poitiers.fr": "nouvelle-aquitaine", "ac-montpellier.fr": "occitanie",
    "ac-toulouse.fr": "occitanie", "ac-nantes.fr": "pays-de-la-loire",
    "ac-aix-marseille.fr": "provence-alpes-cote-d-azur", "ac-nice.fr": "provence-alpes-cote-d-azur",
    "ac-guadeloupe.fr": "guadeloupe", "ac-martinique.fr": "martinique", "ac-guyane.fr": "guyane",
    "ac-reunion.fr": "la-reunion", "ac-mayotte.fr": "mayotte",
}


def check_letter(digits):
    return LETTERS[int(digits) % 23]


def uai(digits):
    return digits + check_letter(digits)


def typo(digits):
    good = LETTERS.index(check_letter(digits))
    return digits + LETTERS[(good + 7) % 23]


def valid_uai(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code or "")) and code[7] == check_letter(code[:7])


def fill(text):
    text = re.sub(r"\[\[U:(\d{7})\]\]", lambda m: uai(m.group(1)), text)
    text = re.sub(r"\[\[u:(\d{7})\]\]", lambda m: uai(m.group(1)).lower(), text)
    return re.sub(r"\[\[X:(\d{7})\]\]", lambda m: typo(m.group(1)), text)


MAILS = []


def M(cat, ok, frm, subj, body, uai7=None, platform=None, hard=False, lang="fr", notes="",
      region="auto", **style):
    """One hand-written mail. frm = (display name, address)."""
    MAILS.append(dict(cat=cat, ok=ok, frm=frm, subj=subj, body=body, uai7=uai7,
                      platform=platform, hard=hard, lang=lang, notes=notes,
                      region=region, style=style))

# ---------------------------------------------------------------- password_reset
M("password_reset", True, ("Gwenaëlle Le Bihan", "gwenaelle.le-bihan@ac-rennes.fr"),
  "Accès back-office e-sidoc perdu",
  """Bonjour,

Je reprends mon poste au CDI du collège Les Korrigans à Plouagat après un congé
maternité, et je ne retrouve plus le mot de passe de l'administration du portail
e-sidoc. Ma collègue remplaçante l'avait changé en juin, elle ne s'en souvient pas
non plus.

Notre identifiant est le [[U:0221346]].

Pouvez-vous m'envoyer un lien pour en définir un nouveau ?

Merci beaucoup,
Gwenaëlle Le Bihan
Professeure documentaliste
""", uai7="0221346", platform="esidoc", mailer="zimbra", fmt="alt", enc="qp",
  notes="Back from leave, back-office password changed by the substitute and lost; UAI in the body.")

M("password_reset", True, ("Yann Kervella", "yann.kervella@ac-rennes.fr"),
  "Mot de passe portail CDI",
  """Bonjour,

Nouveau professeur documentaliste au lycée de l'Iroise (Brest) depuis septembre, je
n'ai jamais eu le mot de passe du compte administrateur e-sidoc : mon prédécesseur
est parti en mutation à Lyon sans rien laisser, et personne ici ne le connaît.

Que dois-je faire pour récupérer l'accès ?

Cordialement

Yann Kervella
Documentaliste - Lycée de l'Iroise
RNE : [[U:0291877]]
""", uai7="0291877", platform="esidoc", mailer="tb",
  notes="Never had the password (predecessor left); UAI labelled RNE in the signature.")

M("password_reset", True, ("nathalie guillou", "nath.guillou29@orange.fr"),
  "esidoc bloque",
  """bonjour
mon compte esidoc est bloqué j ai fait trop d essais, c'est le [[U:0351052]]
merci de me debloquer ou de m envoyer un lien
nathalie (doc college)
""", uai7="0351052", platform="esidoc", mailer="android", enc="b64",
  notes="Locked after too many tries; phone, no accents, personal address; region from the UAI.")

M("password_reset", True, ("Sophie Marrec", "sophie.marrec@ac-rennes.fr"),
  "Lien réinitialisation expiré - [[U:0561614]]",
  """Bonjour,

J'ai bien reçu hier soir le mail pour changer le mot de passe du portail mais je
n'ai cliqué que ce matin et le lien est « expiré ». Pourriez-vous m'en renvoyer un ?

Bonne journée,
Sophie Marrec
""", uai7="0561614", platform="esidoc", mailer="tb",
  notes="Reset link expired (used after 12 h); UAI only in the subject; the body does not name the product but 'portail' and the reset flow imply e-sidoc.")

M("password_reset", True, ("Rhiannon Price", "rhiannon.price@ac-rennes.fr"),
  "Forgotten password for the library portal",
  """Hello,

I am the teacher-librarian for the British section at the Lycée Chateaubriand in
Rennes (establishment code [[U:0352018]]). I'm afraid I have forgotten the password
for the e-sidoc administration space and the "forgotten password" page tells me
the address is not recognised.

Could you help me get back in? My French is fine if you prefer to answer in French.

Many thanks,
Rhiannon Price
""", uai7="0352018", platform="esidoc", lang="en", mailer="outlook", fmt="alt", enc="qp",
  notes="English; forgotten e-sidoc admin password, the address on file is unknown: the reset path (official address, else head's request) applies.")

M("password_reset", True, ("Secrétariat Lycée Jean Rostand", "ce.[[U:0761935]]@ac-normandie.fr"),
  "Mot de passe e-sidoc",
  """Bonjour,

À la demande de Mme Avenel, professeure documentaliste, nous vous sollicitons pour
la réinitialisation du mot de passe de l'administration e-sidoc de l'établissement.

Merci de bien vouloir envoyer le lien sur la présente adresse, nous lui
transmettrons.

Le secrétariat de direction
""", uai7="0761935", platform="esidoc", hard=True, mailer="owa", fmt="html", enc="qp",
  notes="UAI only in the ce.<UAI>@ac-normandie.fr sender address; the secretariat asks for the link on the official address (the safe path).")

M("password_reset", False, ("Marie-Laure Hamon", "marie-laure.hamon@ac-rennes.fr"),
  "Mot de passe + facture Cafeyn",
  """Bonjour,

Deux choses pour le collège Jean Jaurès de Saint-Brieuc ([[U:0221789]]) :

1) je n'arrive plus à me connecter à l'administration d'e-sidoc, le mot de passe
   est refusé. Pouvez-vous le réinitialiser ?
2) notre gestionnaire ne trouve pas la facture de l'abonnement Cafeyn payé en
   septembre ; elle en a besoin pour clôturer. Pouvez-vous nous la renvoyer ?

Merci d'avance,
Marie-Laure Hamon
""", uai7="0221789", platform="esidoc", hard=True, mailer="tb",
  notes="Two topics: password reset (first) and a missing invoice (order_billing); one template would answer only half.")

M("password_reset", False, ("Corentin Le Goff", "corentin.legoff@ac-rennes.fr"),
  "RE: [#SUP-007214] Mot de passe e-sidoc",
  """Bonjour,

Merci pour la réponse, mais le lien est parti sur la boîte ce.@ du collège et notre
principale est en arrêt jusqu'à la fin du mois : personne n'a les codes de cette
boîte pour l'instant (la secrétaire est nouvelle). Est-ce qu'une personne peut
m'appeler pour trouver une autre solution ? 02 97 xx xx xx.

Corentin Le Goff
Collège Paul Langevin, Hennebont
UAI [[U:0561173]]

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 8 octobre 2024 10:14
Objet : [#SUP-007214] Mot de passe e-sidoc

Bonjour,
Un lien de réinitialisation a été envoyé à l'adresse officielle de votre
établissement (c***@ac-*****.fr). Il est valable 12 heures.
L'équipe d'assistance
""", uai7="0561173", platform="esidoc", mailer="outlook", reply=True,
  notes="Reply after the automatic answer: the link went to the official mailbox nobody can open; asks for a call. A person must take over.")

M("password_reset", False, ("Thierry Bazin", "thierry.bazin@ac-normandie.fr"),
  "identifiants portail documentaire",
  """Bonjour,

Je ne retrouve pas les identifiants du portail e-sidoc de notre collège (Bernay,
[[U:0271583]]). Pourriez-vous me les envoyer directement sur ma messagerie
personnelle thierry.bazin27@gmail.com ? Je n'ai plus accès à l'ancienne adresse
du CDI.

Merci,
T. Bazin
""", uai7="0271583", platform="esidoc", hard=True, mailer="roundcube",
  notes="Lost password but wants it sent to a personal Gmail address: not the address on file, so no automatic answer.")

M("password_reset", False, ("Anne-Sophie Letellier", "anne-sophie.letellier@ac-normandie.fr"),
  "connexion e-sidoc impossible",
  """Bonjour,

Impossible de me connecter à l'espace de gestion du portail e-sidoc depuis la
rentrée des vacances d'été. Notre code établissement est [[X:0271402]].
J'ai essayé le lien « mot de passe oublié » sans rien recevoir de probant.

Cordialement,
Anne-Sophie Letellier
Professeure documentaliste, collège Hélène Boucher, Évreux
""", uai7=None, platform="esidoc", hard=True, mailer="tb",
  notes="The code's check letter is wrong (a typo), so no UAI; region from ac-normandie.fr. The establishment must be confirmed before any reset, so a person answers.")

M("password_reset", True, ("Isabelle Quesnel", "isabelle.quesnel@ac-normandie.fr"),
  "Mot de passe expiré",
  """Bonjour,

En me connectant à l'administration e-sidoc, on me dit que mon mot de passe a
expiré et qu'il faut le changer, mais il me demande l'ancien... que j'ai oublié
(je me connectais avec le navigateur qui le retenait, et l'ordinateur du CDI a été
remplacé).

Établissement : collège Le Dinandier, Villedieu-les-Poêles, [[U:0501894]].

Merci de votre aide.
Isabelle Quesnel
""", uai7="0501894", platform="esidoc", mailer="tb", enc="latin1",
  notes="Expired password and the old one forgotten; ISO-8859-1 8-bit body.")

M("password_reset", True, ("Loïc Pennec", "loic.pennec@ac-rennes.fr"),
  "identifiant ?",
  """Bonjour

On me demande un identifiant et un mot de passe pour entrer dans la gestion du
portail du CDI, je n'ai ni l'un ni l'autre. C'est quoi l'identifiant ? Et comment
on fait pour avoir un mot de passe ?

Loïc Pennec, doc stagiaire
""", platform="esidoc", mailer="iphone", enc="qp",
  notes="Does not know the identifier (the UAI) nor the password; no UAI given, region from ac-rennes.fr.")

M("password_reset", True, ("Delphine Mauger", "delphine.mauger@ac-normandie.fr"),
  "Espace Acheteur - mot de passe oublié",
  """Bonjour,

Gestionnaire au lycée Victor Hugo de Caen ([[U:0141890]]), j'ai oublié mon mot de
passe de l'Espace Acheteur. Sur la page de connexion, je ne sais plus quelle
adresse j'avais utilisée pour créer le compte (celle du lycée ou la mienne).

Pouvez-vous m'aider ?
Merci, bonne journée.

Delphine Mauger
Secrétaire de gestion
""", uai7="0141890", platform="espace_acheteur", mailer="outlook", fmt="alt", enc="qp",
  notes="Espace Acheteur password forgotten, unsure which address the account uses.")

M("password_reset", True, ("Pauline Rivoal", "pauline.rivoal@ac-rennes.fr"),
  "TR: Réinitialisation de votre mot de passe",
  """Bonjour,
Le lien ci-dessous m'affiche « ce lien n'est plus valide ». Pouvez-vous m'en
envoyer un nouveau pour le collège Racine de Saint-Brieuc ([[U:0220867]]) ?
Merci
Pauline Rivoal

________________________________
De : e-sidoc <no-reply@esidoc.example.fr>
Envoyé : lundi 14 octobre 2024 17:02
À : CDI College Racine
Objet : Réinitialisation de votre mot de passe

Bonjour,
Vous avez demandé la réinitialisation de votre mot de passe. Cliquez sur le lien
suivant pour en choisir un nouveau : https://esidoc.example.fr/reset/8f2c91e0
Ce lien est valable 12 heures.
""", uai7="0220867", platform="esidoc", mailer="outlook", fmt="alt", enc="qp", day=15,
  notes="Outlook 'TR:' forward of an expired reset mail; asks for a new link.")

M("password_reset", True, ("Élodie Tanguy", "elodie.tanguy@ac-rennes.fr"),
  "Administration du portail : accès perdu",
  """Bonjour,

Je n'ai plus le mot de passe pour accéder à l'administration de notre portail
(https://[[u:0290045]].esidoc.fr). J'ai essayé tous ceux que j'utilise d'habitude.

Merci de m'indiquer comment le réinitialiser.

Élodie Tanguy
CDI
""", uai7="0290045", platform="esidoc", hard=True, mailer="tb",
  notes="The UAI appears only inside the portal URL, in lower case; label is the upper-case code.")

M("password_reset", True, ("Françoise Duval", "francoise.duval2@ac-normandie.fr"),
  "Urgent : plus d'accès au portail e-sidoc, rentrée des 6e la semaine prochaine",
  """Bonjour,

Je me permets de vous écrire car je suis vraiment dans l'embarras. Je suis
professeure documentaliste au lycée agricole de Sées (Orne), établissement
[[U:0611207]], et depuis mercredi je ne peux plus me connecter à l'administration
du portail e-sidoc. J'ai essayé le mot de passe que j'utilise depuis trois ans,
puis deux ou trois variantes, puis la fonction « mot de passe oublié » avec mon
adresse académique et avec l'adresse du CDI. Rien à faire, et maintenant j'ai
peur d'avoir bloqué le compte.

Je dois présenter le portail aux classes de seconde la semaine prochaine et
préparer la sélection pour le prix littéraire, donc j'ai besoin de pouvoir
modifier la page d'accueil rapidement.

Je ne sais pas à quelle adresse est rattaché le compte : c'est peut-être encore
celle de ma collègue partie à la retraite en 2021.

Merci infiniment pour votre aide,
Françoise Duval
Professeure documentaliste
""", uai7="0611207", platform="esidoc", mailer="outlook", fmt="html", enc="qp",
  notes="Long, anxious; lost admin password, address on file may be a retired colleague's: the reset path applies. HTML-only Outlook.")

M("password_reset", True, ("Annaïg Le Floch", "annaig.lefloch@ac-rennes.fr"),
  "compte administrateur verrouillé",
  """Bonjour,
Le compte administrateur e-sidoc du collège Saint-Exupéry (Vitré, [[U:0351871]]) est
verrouillé après plusieurs essais ratés. Merci de me dire comment le débloquer.
A. Le Floch
""", uai7="0351871", platform="esidoc", mailer="zimbra", fmt="alt", enc="qp",
  notes="Account locked; short.")

M("password_reset", True, ("Nolwenn Cadiou", "nolwenn.cadiou@ac-rennes.fr"),
  "mot de passe e-sidoc Carhaix",
  """Bonjour,

Je partage mon service entre deux collèges. Pour le collège de Carhaix
([[U:0291264]]) je n'ai plus le mot de passe du portail ; pour l'autre
(Châteauneuf-du-Faou, 0290987) tout fonctionne, rien à faire.

Pouvez-vous m'aider pour Carhaix ?

Nolwenn Cadiou
""", uai7="0291264", platform="esidoc", hard=True, mailer="tb",
  notes="Two establishments named, but the request concerns only Carhaix; the other code is written without its letter and works fine.")

M("password_reset", True, ("CDI Institution Saint-Joseph", "cdi@saint-joseph-bolbec.fr"),
  "Perte du mot de passe de l'espace pro e-sidoc",
  """Bonjour,

Nous avons perdu le mot de passe de l'espace professionnel e-sidoc de
l'établissement (lycée privé Saint-Joseph, Bolbec, UAI [[U:0761348]]).

Pouvez-vous nous faire parvenir la procédure ?

Bien à vous,
Le CDI
""", uai7="0761348", platform="esidoc", mailer="outlook", fmt="alt", enc="qp",
  notes="Private school, non-academic address; UAI in the body gives Normandie.")

M("password_reset", True, ("Hervé Lucas", "herve.lucas56@laposte.net"),
  "Mot de passe",
  """Bonsoir,

Je vous écris de chez moi, désolé. J'ai oublié le mot de passe du portail e-sidoc
du collège de Ploërmel ([[U:0561820]]). Je suis le documentaliste.

Merci
Hervé Lucas
""", uai7="0561820", platform="esidoc", mailer="none",
  notes="Evening mail from a personal address; lost password with UAI: the link goes to the address on file, never to this one.")

M("password_reset", True, ("Agnès Lemonnier", "agnes.lemonnier@ac-normandie.fr"),
  "Réinitialisation mot de passe",
  """Bonjour,

Le mail de réinitialisation part sur l'adresse de Mme Pesquet, l'ancienne
documentaliste, qui est à la retraite depuis juillet. Je ne peux donc pas changer
le mot de passe moi-même.

Collège Jacques Prévert, Fécamp
UAI : [[U:0761477]]

Merci de votre aide,
Agnès Lemonnier
""", uai7="0761477", platform="esidoc", mailer="tb",
  notes="Reset mail goes to a retired librarian's address: the FAQ path (official address, else head's request) applies.")

M("password_reset", True, ("Julien Roussel", "julien.roussel@ac-normandie.fr"),
  "mdp oublié",
  """Bonjour, j'ai oublié le mot de passe pour gérer le portail e-sidoc. Collège
Guillaume le Conquérant, Falaise.
Merci
--
Julien Roussel
Professeur documentaliste
""", platform="esidoc", mailer="iphone", enc="qp",
  notes="Very short; no UAI (the name of the college is not a code), region from ac-normandie.fr.")

M("password_reset", True, ("Katell Morvan", "katell.morvan@ac-rennes.fr"),
  "Mot de passe oublié - CDI [[U:0221597]]",
  """Bonjour,

Suite à un changement de poste je dois reprendre l'administration du portail du
collège de Lannion. Je n'ai pas le mot de passe et l'ancienne collègue ne répond pas.

Pouvez-vous me faire parvenir un lien de réinitialisation ?

Merci,
Katell Morvan
""", uai7="0221597", platform="esidoc", mailer="gmail", fmt="alt", enc="b64",
  notes="Taking over the portal administration; password unknown.")
# ---------------------------------------------------------------- missing_noreply_mail
M("missing_noreply_mail", True, ("Morgane Jézéquel", "morgane.jezequel@ac-rennes.fr"),
  "Pas reçu le mail de nouveau mot de passe",
  """Bonjour,

J'ai cliqué trois fois sur « mot de passe oublié » sur l'administration e-sidoc
(collège Max Jacob, Quimper, [[U:0291558]]) et je n'ai jamais reçu le mail
annoncé. L'adresse saisie est bien celle du CDI.

Merci,
Morgane Jézéquel
""", uai7="0291558", platform="esidoc", mailer="zimbra", fmt="alt", enc="qp",
  notes="The reset tool works but the mail from the no-reply address never arrives; no anti-spam product named.")

M("missing_noreply_mail", True, ("Fabrice Lepetit", "f.lepetit@mairie-argentan.fr"),
  "Inscription Espace Acheteur : pas de mail de confirmation",
  """Bonjour,

Je me suis inscrit vendredi sur l'Espace Acheteur pour le service éducation de la
ville. Le site m'annonce un mail de confirmation, qui n'est jamais arrivé, y compris
dans les indésirables.

Cordialement,
Fabrice Lepetit
Service Éducation - Ville d'Argentan
""", platform="espace_acheteur", mailer="outlook", fmt="alt", enc="qp",
  notes="Town-hall buyer: sign-up confirmation never came; non-academic sender, no region.")

M("missing_noreply_mail", True, ("Laurence Briand", "laurence.briand@ac-normandie.fr"),
  "notifications de réservation",
  """Bonjour,

Depuis deux semaines je ne reçois plus les mails automatiques qui me préviennent
quand un élève réserve un document sur le portail du CDI. Avant ça marchait très
bien. Rien dans les spams.

Lycée Maupassant, Fécamp - [[U:0760062]]

L. Briand
""", uai7="0760062", platform="esidoc", mailer="tb",
  notes="Automatic e-sidoc reservation notifications stopped arriving; no anti-spam product named.")

M("missing_noreply_mail", True, ("Gaëlle Riou", "gaelle.riou@ac-rennes.fr"),
  "Mail d'activation jamais reçu",
  """Bonjour,

J'attends depuis lundi le mail d'activation du compte client pour passer ma
première commande en ligne (renouvellement e-sidoc). Je précise que nous n'avons
PAS Mailinblack dans l'établissement, j'ai vérifié avec le référent numérique.

Lycée Bertrand d'Argentré, Vitré, [[U:0350944]].

Bonne journée
Gaëlle Riou
""", uai7="0350944", platform="esidoc", hard=True, mailer="tb",
  notes="Names MailInBlack only to say the school does not use it: missing_noreply_mail, not mailinblack_spam.")

M("missing_noreply_mail", False, ("Benoît Hervieu", "benoit.hervieu@ac-normandie.fr"),
  "Re: [#SUP-007302] Mail de confirmation non reçu",
  """Bonjour,

J'ai fait tout ce que vous m'avez dit (indésirables, expéditeur autorisé) et trois
jours plus tard toujours rien. Pouvez-vous transmettre à quelqu'un qui peut
regarder de votre côté ?

Benoît Hervieu
Collège Jean Zay, Rouen

Le 14/10/2024 à 09:12, Assistance a écrit :
> Bonjour,
> Pensez à vérifier votre dossier de courrier indésirable et à ajouter
> l'adresse d'envoi à vos expéditeurs autorisés. Sans nouvelle de votre part
> sous 48 heures, nous reviendrons vers vous.
> L'équipe d'assistance
""", platform="espace_acheteur", mailer="tb", reply=True, day=17,
  notes="Reply after the junk-folder answer: still nothing after three days; the standard answer was already given, a person must follow up. No platform named in the new text; the ticket was Espace Acheteur confirmation.")

M("missing_noreply_mail", True, ("Tom Whitfield", "t.whitfield@ecole-internationale-rennes.fr"),
  "No activation email",
  """Hi,

I registered on your buyer platform on Tuesday for our school and never received
the activation email. Nothing in spam. Can you resend it?

Thanks,
Tom Whitfield
Bursar
""", platform="espace_acheteur", lang="en", mailer="gmail", fmt="alt", enc="qp",
  notes="English; activation mail never came; no product named; non-academic sender.")

M("missing_noreply_mail", True, ("Christelle Gosselin", "christelle.gosselin@ac-normandie.fr"),
  "Portail d'assistance : pas de mail pour créer mon mot de passe",
  """Bonjour,

Je viens de demander l'accès au portail de tickets de l'assistance et je n'ai
jamais reçu le mail qui doit me permettre de créer le mot de passe.

Merci d'avance,
C. Gosselin
""", platform="ticket_portal", mailer="zimbra", fmt="alt", enc="qp",
  notes="Ticket portal confirmation mail never received.")

M("missing_noreply_mail", True, ("Erwan Quéré", "erwan.quere@gmail.com"),
  "Fwd: lien de première connexion",
  """Bonjour,
je transfère le message de ma collègue qui n'a pas de connexion aujourd'hui.
Erwan

---------- Forwarded message ---------
De : Soizic Le Dantec <soizic.le-dantec@ac-rennes.fr>
Date: mer. 9 oct. 2024 à 16:40
Subject: lien de première connexion
To: Erwan Quéré <erwan.quere@gmail.com>

Erwan, tu peux écrire à l'assistance pour moi ? Mon compte sur l'Espace Acheteur
a été validé par l'administrateur mais je n'ai jamais eu le lien sécurisé pour la
première connexion. Merci !!
""", platform="espace_acheteur", mailer="gmail", fmt="alt", enc="qp",
  notes="Forward from a personal Gmail of a colleague's message: validated account, first-login link never arrived. Sender is gmail.com, so no region (the forwarded ac-rennes.fr address is not the sender).")

M("missing_noreply_mail", True, ("Sandrine Le Roux", "sandrine.leroux@ac-rennes.fr"),
  "pas de mail",
  """Toujours pas reçu le mail de confirmation depuis hier.
Envoyé de mon iPhone
""", mailer="iphone", enc="qp",
  notes="One line from a phone: confirmation mail not received; no platform can be told.")

M("missing_noreply_mail", True, ("Céline Marie", "celine.marie@ac-normandie.fr"),
  "Problème de mot de passe Espace Acheteur",
  """Bonjour,

J'ai un problème avec mon mot de passe de l'Espace Acheteur. Enfin, pas vraiment
le mot de passe : je remplis bien le formulaire « mot de passe oublié », le site
me dit qu'un mail est parti, mais je ne reçois jamais rien. Ni dans la boîte de
réception, ni ailleurs.

Merci pour votre aide,
Céline Marie
Adjointe gestionnaire
""", platform="espace_acheteur", hard=True, mailer="outlook", fmt="alt", enc="qp",
  notes="Reads like a password problem, but the tool works and the no-reply mail never arrives: missing_noreply_mail.")

M("missing_noreply_mail", True, ("Audrey Lebrun", "audrey.lebrun@ac-normandie.fr"),
  "Comptes à valider : aucune notification",
  """Bonjour,

Je suis administratrice de la structure pour le lycée Laplace de Caen
([[U:0140017]]) sur l'Espace Acheteur. Deux collègues m'ont dit avoir demandé un
compte, or je n'ai reçu aucun mail de notification « compte à valider ».

Est-ce normal ?
Audrey Lebrun
""", uai7="0140017", platform="espace_acheteur", mailer="tb",
  notes="Structure administrator never gets the 'account to validate' notifications.")

M("missing_noreply_mail", True, ("Patrick Ollivier", "patrick.ollivier@ac-rennes.fr"),
  "Messages automatiques filtrés ?",
  """Bonjour,

Je pense que le filtre de la messagerie académique bloque vos messages
automatiques : je n'ai reçu ni le mail d'activation ni celui de mot de passe pour
le portail e-sidoc du lycée. Que faut-il autoriser exactement ?

Lycée Colbert, Lorient ([[U:0560026]])
Patrick Ollivier
""", uai7="0560026", platform="esidoc", mailer="tb",
  notes="Suspects the academic mail filter but names no anti-spam product.")

M("missing_noreply_mail", True, ("Valérie Hue", "valerie.hue@ac-normandie.fr"),
  "Relances d'échéance non reçues",
  """Bonjour,

Notre abonnement e-sidoc a expiré sans que je reçoive les mails de rappel
d'échéance (que je recevais les années précédentes). Le renouvellement est en
cours de commande, mais je voudrais comprendre pourquoi ces mails ne m'arrivent
plus, pour l'an prochain.

Collège Claude Monet, Le Havre - [[U:0762155]]
Valérie Hue
""", uai7="0762155", platform="esidoc", hard=True, mailer="outlook", fmt="alt", enc="qp",
  notes="The renewal reminders from the no-reply address stopped arriving; the renewal itself is under way and not the question.")

M("missing_noreply_mail", True, ("Hélène Desmares", "helene.desmares@ac-normandie.fr"),
  "lien d'activation",
  """Bonjour,

Je n'ai pas reçu le lien d'activation pour l'Espace Acheteur, merci de bien
vouloir me le renvoyer.

Cordialement,

Hélène Desmares
Intendance - Lycée Porte d'Océane, Le Havre
""", platform="espace_acheteur", mailer="outlook", fmt="html", enc="qp",
  notes="HTML-only Outlook; activation link never arrived. No UAI, region from ac-normandie.fr.")

M("missing_noreply_mail", True, ("Jacqueline Legrand", "jacqueline.legrand@ac-normandie.fr"),
  "Mail de mot de passe e-sidoc",
  """Bonjour,

Je suis la nouvelle professeure documentaliste du collège de Vimoutiers. J'ai
demandé un nouveau mot de passe pour l'administration du portail hier à 15 h ; le
message n'est jamais venu. J'ai regardé dans le courrier indésirable, rien.

Notre numéro : [[U:0611346]]

Merci !
Jacqueline Legrand
""", uai7="0611346", platform="esidoc", mailer="tb", enc="latin1",
  notes="New-password mail from e-sidoc never arrives, not in junk either; ISO-8859-1 8-bit body.")

M("missing_noreply_mail", True, ("Mathieu Drouet", "mathieu.drouet@ac-rennes.fr"),
  "Alertes offres",
  """Bonjour,

Je suis abonné aux alertes sur les nouvelles offres de l'Espace Acheteur mais je
n'en ai jamais reçu une seule depuis la création de mon compte en septembre.

Mathieu Drouet
Adjoint gestionnaire, lycée Dupuy de Lôme, Brest
""", platform="espace_acheteur", mailer="roundcube",
  notes="Subscribed to offer alerts, never receives them; region from ac-rennes.fr.")

# ---------------------------------------------------------------- mailinblack_spam
M("mailinblack_spam", True, ("Stéphanie Lefèvre", "stephanie.lefevre@ac-normandie.fr"),
  "Mail de réinitialisation bloqué par Mailinblack",
  """Bonjour,

Notre collège (Coutances, [[U:0500913]]) utilise MailInBlack. Le mail de
réinitialisation du mot de passe e-sidoc est resté en quarantaine et, quand je
l'ai débloqué, le lien avait expiré. Comment faire pour que vos mails passent
directement ?

Stéphanie Lefèvre
""", uai7="0500913", platform="esidoc", mailer="tb",
  notes="MailInBlack quarantine held the e-sidoc reset mail; wants the allow-list procedure.")

M("mailinblack_spam", True, ("Gilles Perrot", "gilles.perrot@ac-rennes.fr"),
  "mail in black",
  """bonjour
vos mails sont bloqué par mail in black chez nous (college de Guingamp) il faut
faire quoi pour les debloquer ?? on a un message qui dit que lexpediteur doit
s'authentifier
merci
""", mailer="android", enc="b64",
  notes="Product spelled 'mail in black', typos; no platform named; region from ac-rennes.fr.")

M("mailinblack_spam", True, ("Service informatique Cité scolaire", "informatique@cite-scolaire-avranches.fr"),
  "Liste blanche MailInBlack : quelles adresses ?",
  """Bonjour,

Responsable informatique de la cité scolaire Littré d'Avranches
([[U:0500036]]), je dois ajouter vos expéditeurs dans la liste blanche de notre
solution MailInBlack : nos documentalistes et la gestionnaire ne reçoivent rien de
l'Espace Acheteur ni d'e-sidoc.

Pouvez-vous me communiquer les adresses et domaines d'envoi à autoriser ?

Merci,
Arnaud Pichon
Service informatique
""", uai7="0500036", platform="espace_acheteur", mailer="outlook", fmt="alt", enc="qp",
  notes="IT asks which senders to allow in MailInBlack; both products named, Espace Acheteur first.")

M("mailinblack_spam", False, ("Corinne Blanchet", "corinne.blanchet@ac-normandie.fr"),
  "Vos messages demandent une vérification",
  """Bonjour,

Depuis la rentrée, quand l'Espace Acheteur nous écrit, le message n'arrive pas :
à la place l'expéditeur reçoit apparemment un mail lui demandant de cliquer pour
prouver qu'il n'est pas un robot. Je suppose que votre adresse automatique ne
clique pas... Que pouvons-nous faire ?

Corinne Blanchet, gestionnaire, collège de Gisors ([[U:0271148]])
""", uai7="0271148", platform="espace_acheteur", hard=True, mailer="tb",
  notes="Describes a sender-authentication challenge without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person should check.")

M("mailinblack_spam", False, ("Valentin Guéguen", "valentin.gueguen@ac-rennes.fr"),
  "Mailinblack et commande en attente",
  """Bonjour,

1. Le mail d'activation du compte client est bloqué par Mailinblack chez nous ;
   notre informaticien attend votre procédure.
2. Par ailleurs, pouvez-vous nous dire si le devis n° D-24-1187 est toujours
   valable ? Notre conseil d'administration ne vote le budget que le 5 novembre.

Valentin Guéguen
Lycée Yves Thépot, Quimper, [[U:0290070]]
""", uai7="0290070", platform="esidoc", hard=True, mailer="tb",
  notes="Two topics: MailInBlack (main) and the validity of a quote (order_billing). The customer account for an online order points to e-sidoc.")

M("mailinblack_spam", True, ("Owen Jacq", "owen.jacq@ac-rennes.fr"),
  "Emails quarantined",
  """Hello,

Our school's mail filter (MailInBlack) quarantines everything coming from your
platform, including the password emails for the library portal. Is there an
official guide for our IT team to whitelist you?

Best,
Owen Jacq
Lycée Saint-Paul, Vannes
UAI [[U:0561531]]
""", uai7="0561531", platform="esidoc", lang="en", mailer="outlook", fmt="alt", enc="qp",
  notes="English; MailInBlack quarantine holds the library-portal mails.")

M("mailinblack_spam", True, ("Danièle Cauchois", "daniele.cauchois@ac-normandie.fr"),
  "TR: Rapport quotidien Mailinblack",
  """Bonjour,

Je reçois ce rapport tous les matins et je vois vos messages dedans. Dois-je
les libérer un par un ou peut-on faire autrement ?

Danièle Cauchois
Collège Irène Joliot-Curie, Dieppe ([[U:0760955]])

-----Message d'origine-----
De : Mailinblack <noreply@mailinblack.example.com>
Objet : Votre rapport quotidien : 3 messages en attente

Messages en attente de validation :
- no-reply@esidoc.example.fr  « Réinitialisation de votre mot de passe »
- no-reply@espace-acheteur.example.fr  « Votre compte est validé »
- newsletter@lettre.example.com  « Offres d'automne »
""", uai7="0760955", platform="esidoc", mailer="outlook", fmt="alt", enc="qp",
  notes="Forward of the daily MailInBlack report with a real question on top; e-sidoc's message is the first held.")

M("mailinblack_spam", True, ("Rozenn Le Meur", "rozenn.lemeur@ac-rennes.fr"),
  "Re: [#SUP-007388] Mail d'activation non reçu",
  """Bonjour,

Notre informaticien a regardé : ce n'est pas le dossier spam, c'est MailInBlack
qui retient vos messages. Vous avez une procédure pour lui ?

Rozenn

> Le 16 oct. 2024 à 11:02, Assistance <support@assistance.example.fr> a écrit :
>
> Bonjour,
> Vérifiez votre dossier de courrier indésirable et ajoutez l'adresse
> d'expédition à vos contacts autorisés.
""", platform="espace_acheteur", mailer="iphone", enc="qp", reply=True, day=17,
  notes="Reply after the junk-folder answer: the IT says MailInBlack is the cause; the MailInBlack guide is now the right answer. Platform from the ticket (activation mail) is uncertain; Espace Acheteur is the likeliest.", hard=True)

M("mailinblack_spam", True, ("Marion Féron", "marion.feron@ac-normandie.fr"),
  "Messages bloqués",
  """Bonjour,

La Région a installé Mailinblack sur les adresses des lycées pendant l'été.
Depuis, nos mails de l'Espace Acheteur restent bloqués. Merci de nous envoyer la
marche à suivre.

Marion Féron
Lycée Jean Rostand, Caen - [[U:0141274]]
""", uai7="0141274", platform="espace_acheteur", mailer="outlook", fmt="html", enc="qp",
  notes="HTML-only; the Région deployed Mailinblack on lycée addresses.")

M("mailinblack_spam", True, ("Bruno Lelièvre", "bruno.lelievre@ac-normandie.fr"),
  "Autorisation Mailinblack sans effet",
  """Bonjour,

J'ai cliqué sur « Autoriser cet expéditeur » dans le message de Mailinblack la
semaine dernière, mais les messages suivants de la plateforme sont encore retenus.
Y a-t-il autre chose à faire ?

B. Lelièvre, collège Pasteur, Saint-Lô
""", platform=None, mailer="tb",
  notes="Clicked 'autoriser' in Mailinblack yet mails are still held; 'la plateforme' is not named.")

M("mailinblack_spam", True, ("Aurélie Gicquel", "aurelie.gicquel@ac-rennes.fr"),
  "Mailinblack Protect",
  """Bonjour,
Notre établissement est passé à Mailinblack Protect. Vos notifications e-sidoc
(réservations, suggestions d'achat) arrivent en quarantaine. Merci de nous
indiquer la procédure d'autorisation.
Aurélie Gicquel, CDI du lycée Kerneuzec, Quimperlé ([[U:0290062]])
""", uai7="0290062", platform="esidoc", mailer="zimbra", fmt="alt", enc="qp",
  notes="'Mailinblack Protect' quarantines e-sidoc notifications.")

M("mailinblack_spam", True, ("Claire Hébert", "claire.hebert@ac-normandie.fr"),
  "MailInBlack",
  """Bloquée par MailInBlack, vous pouvez m'envoyer le guide ? Merci
Claire
Envoyé depuis mon smartphone Samsung Galaxy.
""", mailer="android", enc="b64",
  notes="One line from a phone; no platform named.")
# ---------------------------------------------------------------- head_of_establishment_request
M("head_of_establishment_request", False, ("Proviseur Lycée Jules Verne", "ce.[[U:0141468]]@ac-normandie.fr"),
  "Changement de l'adresse de contact du compte e-sidoc",
  """Madame, Monsieur,

En ma qualité de proviseur du lycée Jules Verne de Mondeville ([[U:0141468]]), je
vous demande de bien vouloir remplacer l'adresse de contact du compte
administrateur e-sidoc de l'établissement par celle de notre nouvelle professeure
documentaliste, Mme Élise Catherine (elise.catherine@ac-normandie.fr), et de
réinitialiser le mot de passe.

Je vous prie d'agréer l'expression de mes salutations distinguées.

Jean-Marc Ledoux
Proviseur
""", uai7="0141468", platform="esidoc", mailer="owa", fmt="alt", enc="qp",
  notes="The proviseur, from the ce.<UAI> address, asks to change the admin contact address and reset the password.")

M("head_of_establishment_request", False, ("Principale collège Anne de Bretagne", "ce.[[U:0350787]]@ac-rennes.fr"),
  "Désignation administratrice portail documentaire",
  """Bonjour,

Je vous informe que Mme Klervi Daniel, professeure documentaliste arrivée à la
rentrée, est désormais l'administratrice du portail e-sidoc du collège. Je vous
autorise à lui transmettre les accès et à désactiver ceux de M. Picard, muté.

Cordialement,

Catherine Bodin
Principale
Collège Anne de Bretagne, Rennes
""", uai7="0350787", platform="esidoc", hard=True, mailer="zimbra", fmt="alt", enc="qp",
  notes="The principal names the new portal administrator and authorises the handover; the UAI is only in the ce. sender address.")

M("head_of_establishment_request", False, ("Frédéric Gautier", "frederic.gautier@ac-normandie.fr"),
  "Re: [#SUP-007155] Demande écrite du chef d'établissement",
  """Bonjour,

Comme demandé, je confirme par écrit : je suis principal du collège Alexandre
Dumas de Saint-Pierre-sur-Dives ([[U:0141159]]) et j'autorise la
réinitialisation du mot de passe e-sidoc au bénéfice de Mme Lepage, notre
documentaliste.

F. Gautier

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Mme Lepage" <sylvie.lepage@ac-normandie.fr>
Envoyé: Lundi 7 Octobre 2024 14:20:11
Objet: [#SUP-007155] Demande écrite du chef d'établissement

Bonjour,
L'adresse de l'administrateur n'étant pas connue, le chef d'établissement doit
nous adresser une demande écrite.
""", uai7="0141159", platform="esidoc", mailer="zimbra", fmt="alt", enc="qp", reply=True,
  notes="Reply (Zimbra 'Mail original' quote): the principal gives the written request the desk asked for.")

M("head_of_establishment_request", False, ("Ronan Le Corre", "ce.[[U:0290198]]@ac-rennes.fr"),
  "Autorisation de commande - renouvellement e-sidoc",
  """Bonjour,

Je soussigné Ronan Le Corre, proviseur du lycée Jean Moulin de Châteaulin,
autorise Mme Le Bris, professeure documentaliste, à valider en ligne la commande
de renouvellement de l'abonnement e-sidoc 2024-2025. Le bon d'engagement signé
est joint.

Ronan Le Corre
""", uai7="0290198", platform="esidoc", mailer="tb", attach=("BE_2024-118.pdf", "application/pdf"),
  notes="The proviseur authorises the librarian to validate the renewal order; bon d'engagement attached.")

M("head_of_establishment_request", False, ("Proviseur - Lycée Camille Claudel", "ce.[[U:0610018]]@ac-normandie.fr"),
  "URGENT modification adresses administrateur",
  """Bonjour,

Je suis le proviseur. Merci de remplacer immédiatement l'adresse des DEUX comptes
administrateurs (e-sidoc et Espace Acheteur) par proviseur.claudel.direction@gmail.com
et de m'envoyer les nouveaux mots de passe à cette adresse. Nos serveurs sont en
panne, c'est urgent.

Le proviseur
""", uai7="0610018", platform=None, hard=True, mailer="none", auth="fail",
  reply_to="proviseur.claudel.direction@gmail.com",
  notes="Claims to be the proviseur from the ce.<UAI> address, but SPF/DKIM/DMARC fail and Reply-To is free mail; asks to move both admin accounts to it: probable spoof. Still a head-of-establishment request for staff to refuse. Two products named, so no single platform.")

M("head_of_establishment_request", False, ("Directrice école Jacques Prévert", "ce.[[U:0220482]]@ac-rennes.fr"),
  "BCD - compte e-sidoc de l'école",
  """Bonjour,

Je suis directrice de l'école élémentaire Jacques Prévert de Plérin. L'ancienne
directrice gérait le portail e-sidoc de la BCD avec son adresse personnelle.
Je vous demande de remplacer cette adresse par celle de l'école (ci-dessus) et de
réinitialiser le mot de passe.

Merci,
Martine Le Fur
""", uai7="0220482", platform="esidoc", mailer="roundcube",
  notes="A primary-school head asks to replace the admin contact address with the school's and reset the password.")

M("head_of_establishment_request", False, ("Céline Vautier", "celine.vautier@ac-normandie.fr"),
  "Courrier de M. le Principal - portail e-sidoc",
  """Bonjour,

Vous trouverez ci-joint le courrier signé de M. Boivin, principal du collège
Hector Malot de Lillebonne ([[U:0760123]]), qui demande le transfert de
l'administration du portail à mon nom. M. Boivin est en copie de ce message.

Bien cordialement,
Céline Vautier
Professeure documentaliste
""", uai7="0760123", platform="esidoc", hard=True, mailer="tb",
  cc="ce.[[U:0760123]]@ac-normandie.fr", attach=("courrier_principal.pdf", "application/pdf"),
  notes="The librarian relays the principal's signed letter with the head's official address in copy: the head's written request, relayed; staff check the letter.")

M("head_of_establishment_request", False, ("Anne Kerhervé", "anne.kerherve.56@gmail.com"),
  "accord pour le mot de passe",
  """Bonjour,

Directrice de l'école maternelle du Bourg à Questembert, je donne mon accord
pour que vous changiez le mot de passe du portail de la bibliothèque de l'école,
comme l'a demandé Mme Robic.

Anne Kerhervé
""", platform="esidoc", mailer="gmail", fmt="alt", enc="qp",
  notes="A nursery-school head agrees from a personal Gmail, no UAI: weak evidence, staff must verify.")

M("head_of_establishment_request", False, ("Principal Collège Léopold Sédar Senghor", "ce.[[U:0271236]]@ac-normandie.fr"),
  "Départ de l'ancienne documentaliste",
  """Bonjour,

Notre ancienne professeure documentaliste a quitté l'établissement en mauvais
termes et dispose toujours des accès à l'administration du portail e-sidoc.
Je vous demande de réinitialiser le mot de passe et d'envoyer le lien sur
l'adresse de l'établissement, afin qu'elle n'y ait plus accès.

Le principal,
Dominique Aubry
Collège L. S. Senghor, Évreux
""", uai7="0271236", platform="esidoc", mailer="outlook", fmt="html", enc="qp",
  notes="HTML-only Outlook letter; the principal asks for a reset so a departed librarian loses access.")

M("head_of_establishment_request", False, ("Yvon Le Gall", "ce.[[U:0560091]]@ac-rennes.fr"),
  "Nouvel administrateur de structure Espace Acheteur",
  """Bonjour,

Je désigne M. Sébastien Nicolas, adjoint gestionnaire, comme administrateur de
la structure du lycée Charles de Gaulle de Vannes ([[U:0560091]]) sur l'Espace
Acheteur, en remplacement de Mme Josse partie en retraite. Merci de clôturer
l'accès de Mme Josse.

Yvon Le Gall, proviseur
""", uai7="0560091", platform="espace_acheteur", mailer="tb",
  notes="The proviseur designates a new structure administrator and asks to close the former one's access.")

M("head_of_establishment_request", False, ("Principale Collège Les Embruns", "ce.[[U:0500187]]@ac-normandie.fr"),
  "Délégation de validation des commandes",
  """Bonjour,

Par la présente, je délègue à Mme Agathe Leroy, gestionnaire, et à M. Paul
Hamelin, professeur documentaliste, la validation des commandes du collège
Les Embruns (Granville) sur l'Espace Acheteur, dans la limite de 2 000 euros
par commande.

Véronique Tardif
Principale du collège
""", uai7="0500187", platform="espace_acheteur", mailer="owa", fmt="alt", enc="qp",
  notes="Written delegation: the head declares who may validate orders.")

M("head_of_establishment_request", False, ("Hervé Moisan", "herve.moisan@ac-rennes.fr"),
  "Autorisation pour le changement de mot de passe",
  """Bonjour,

Principal du collège François Brochet à Combourg ([[U:0350612]]), je vous confirme
que Mme Nédélec est bien notre documentaliste et qu'elle peut obtenir la
réinitialisation du mot de passe du portail.

Envoyé de mon iPhone

> Le 11 oct. 2024 à 08:47, Maëlle Nédélec <maelle.nedelec@ac-rennes.fr> a écrit :
>
> Bonjour M. Moisan, l'assistance e-sidoc demande votre accord écrit, pouvez-vous
> leur répondre directement ? Merci !
""", uai7="0350612", platform="esidoc", mailer="iphone", enc="qp",
  notes="The principal confirms from his phone (personal academic address, not ce.), quoting the librarian's request.")

M("head_of_establishment_request", False, ("Principal Collège Val de Saire", "ce.[[U:0501231]]@ac-normandie.fr"),
  "Compte e-sidoc : changement d'administrateur",
  """Bonjour,

Mme Jouan, documentaliste, est en congé longue durée. Durant son absence, c'est
Mme Lecanu, contractuelle, qui gérera le portail. Je vous demande de modifier le
compte administrateur en conséquence.

Bien à vous,
Le principal, Philippe Osmont
""", uai7="0501231", platform="esidoc", mailer="tb", enc="latin1",
  notes="Change of administrator during a long leave; UAI from the ce. sender address; ISO-8859-1 body.", hard=True)

# ---------------------------------------------------------------- account_creation
M("account_creation", True, ("Laetitia Renault", "laetitia.renault@ac-normandie.fr"),
  "Création compte client pour commande e-sidoc",
  """Bonjour,

Je dois passer la commande de renouvellement e-sidoc du collège Jean de la
Varende à Mont-Saint-Aignan ([[U:0761822]]) et on me dit qu'il faut d'abord un
compte client sur votre site. Comment le crée-t-on ?

Laetitia Renault, gestionnaire
""", uai7="0761822", platform="esidoc", mailer="outlook", fmt="alt", enc="qp",
  notes="Wants to open the customer account before a first online order: the sign-up answer fits.")

M("account_creation", True, ("Mickaël Le Guen", "mickael.leguen@ac-rennes.fr"),
  "Compte en attente ?",
  """Bonjour,

J'ai rempli le formulaire d'inscription sur l'Espace Acheteur mardi, mais je ne
peux pas me connecter : message « compte en attente de validation ». Combien de
temps faut-il attendre ?

Mickaël Le Guen
Lycée professionnel Jean Guéhenno, Fougères
""", platform="espace_acheteur", mailer="tb",
  notes="Account waiting for the structure administrator's validation: FAQ case.")

M("account_creation", False, ("Nadine Leconte", "nadine.leconte@ac-normandie.fr"),
  "Qui est l'administrateur de notre structure ?",
  """Bonjour,

Pour valider mon compte sur l'Espace Acheteur, il faut passer par
l'administrateur de la structure. Personne ici ne sait qui c'est. Pouvez-vous nous
le dire ? Lycée Guillaume Fichet, Bonneville-sur-Touques, [[U:0141555]].

Merci
""", uai7="0141555", platform="espace_acheteur", mailer="roundcube",
  notes="Asks who the structure administrator is: a look-up, so a person answers.")

M("account_creation", True, ("Estelle Guillemot", "estelle.guillemot@ac-rennes.fr"),
  "Accès e-sidoc nouvelle documentaliste",
  """Bonjour,

Je n'ai pas perdu mon mot de passe : je n'ai jamais eu de compte ! Je suis la
deuxième documentaliste du lycée Chaptal de Quimper ([[U:0290044]]) et je
voudrais créer mon propre accès à l'espace professionnel.

Merci de m'indiquer la démarche.
Estelle Guillemot
""", uai7="0290044", platform="esidoc", hard=True, mailer="tb",
  notes="Negation ('je n'ai pas perdu mon mot de passe'): never had an account; account_creation.")

M("account_creation", False, ("Fanny Bouvet", "fanny.bouvet@ac-normandie.fr"),
  "Comptes lecteurs des élèves de 6e",
  """Bonjour,

Les élèves de 6e arrivés en septembre n'ont pas de compte lecteur sur le portail
e-sidoc du collège (ils ne peuvent ni se connecter ni réserver). Les 5e, 4e et 3e
n'ont aucun problème. Pouvez-vous créer les comptes des nouveaux élèves ou me dire
comment faire ?

Collège Jean Lecanuet, Rouen - [[U:0762289]]
Fanny Bouvet
""", uai7="0762289", platform="esidoc", hard=True, mailer="tb",
  notes="Reader accounts missing for the new 6e pupils: an account-creation need, but about pupils' reader accounts (fed from the school directory), not the standard sign-up answer; a person must look.")

M("account_creation", False, ("Jeanne Prigent", "jeanne.prigent@ac-rennes.fr"),
  "Deux comptes administrateurs ?",
  """Bonjour,

Nous sommes deux professeures documentalistes à temps partiel au lycée Renan de
Saint-Brieuc ([[U:0220056]]). Est-il possible que chacune ait son propre compte
administrateur sur e-sidoc plutôt que de partager le même ?

Jeanne Prigent
""", uai7="0220056", platform="esidoc", mailer="zimbra", fmt="alt", enc="qp",
  notes="Whether each of two librarians can have an admin account: a person answers.")

M("account_creation", False, ("Lycée Simone Veil", "secretariat@lycee-simone-veil-liffre.fr"),
  "Ouverture compte - établissement introuvable",
  """Bonjour,

Le lycée Simone Veil de Liffré a ouvert ses portes en septembre. Lors de la
création du compte client, notre établissement n'apparaît pas dans la liste
(nous avons pourtant notre UAI, [[U:0352886]]).

Comment procéder ?
Le secrétariat
""", uai7="0352886", platform="esidoc", mailer="outlook", fmt="alt", enc="qp",
  notes="The new establishment's UAI is not in the list when opening the customer account: handled by a person (sales team).")

M("account_creation", False, ("Sébastien Guérin", "sebastien.guerin@ac-normandie.fr"),
  "compte toujours pas validé",
  """Bonjour,

Mon compte sur l'Espace Acheteur attend la validation depuis trois semaines.
L'administratrice de structure est en arrêt maladie jusqu'en décembre. Est-ce
que quelqu'un d'autre peut le valider ? J'ai des commandes à passer avant les
vacances.

Sébastien Guérin
Collège Paul Éluard, Saint-Étienne-du-Rouvray
""", platform="espace_acheteur", mailer="tb",
  notes="Account waiting three weeks; administrator on sick leave: the region must step in.")

M("account_creation", False, ("Isabelle Goasdoué", "isabelle.goasdoue@ac-rennes.fr"),
  "Droits pour gérer les abonnements",
  """Bonjour,

Mon compte fonctionne, mais je ne vois pas le menu « Mes abonnements » ni le
bouton de commande. Ma collègue gestionnaire, elle, les voit. Pouvez-vous
m'ouvrir ces droits ?

Isabelle Goasdoué
Collège Les Sept Îles, Perros-Guirec - [[U:0221432]]
""", uai7="0221432", platform="esidoc", mailer="tb",
  notes="Account works; asks for rights to be opened.")

M("account_creation", True, ("Kévin Lemarchand", "k.lemarchand@ogec-sainte-marie-caen.fr"),
  "Création de compte",
  """Bonjour,
Comment créer un compte sur l'Espace Acheteur pour notre établissement ?
Cordialement
Kévin Lemarchand, comptable
""", platform="espace_acheteur", mailer="outlook", fmt="html", enc="qp",
  notes="Plain how-to-sign-up question: the standard answer fits; private-school domain, no region.")

# ---------------------------------------------------------------- subscription_activation
M("subscription_activation", True, ("Lénaïg Corre", "lenaig.corre@ac-rennes.fr"),
  "Cafeyn pas encore visible",
  """Bonjour,

Nous avons commandé hier l'abonnement Cafeyn pour le CDI du collège Kerichen
(Brest, [[U:0291745]]). Il n'apparaît pas encore dans la liste des ressources du
portail. Est-ce normal ?

Lénaïg
""", uai7="0291745", platform="esidoc", mailer="tb",
  notes="Ordered yesterday, within the 72-hour window.")

M("subscription_activation", True, ("Marc Lecoq", "marc.lecoq@ac-normandie.fr"),
  "Publier Europresse sur le portail",
  """Bonjour,

L'abonnement Europresse du lycée est actif (je le vois dans « Mes abonnements »)
mais je ne trouve pas comment le rendre accessible aux élèves depuis le portail.
Où se fait la publication de la ressource ?

Marc Lecoq
Lycée Marcel Gambier, Lisieux ([[U:0140043]])
""", uai7="0140043", platform="esidoc", mailer="outlook", fmt="alt", enc="qp",
  notes="How to publish an active resource on the portal.")

M("subscription_activation", True, ("Typhaine Guillard", "typhaine.guillard@ac-rennes.fr"),
  "Universalis invisible pour les élèves",
  """Bonjour,

Je précise tout de suite : je n'ai pas oublié mon mot de passe, je me connecte
sans problème. Mais les élèves ne voient pas Universalis sur le portail, alors que
l'abonnement a été validé lundi.

Typhaine Guillard, collège de Josselin, [[U:0561298]]
""", uai7="0561298", platform="esidoc", hard=True, mailer="tb",
  notes="Negation: 'je n'ai pas oublié mon mot de passe'; the resource is not visible to pupils, ordered this week.")

M("subscription_activation", False, ("Lydie Poirier", "lydie.poirier@ac-normandie.fr"),
  "Abonnement Le Monde toujours inactif",
  """Bonjour,

La commande de l'abonnement presse (Le Monde numérique) a été validée le
30 septembre, il y a donc plus de deux semaines, et il est toujours indiqué
« en attente d'activation ». Pouvez-vous vérifier ce qui bloque ?

Lydie Poirier
Collège Roger Martin du Gard, Bellême ([[U:0610722]])
""", uai7="0610722", platform="esidoc", mailer="tb", day=16,
  notes="Ordered more than two weeks ago, still inactive: past the 72-hour rule, a person must look at the order.")

M("subscription_activation", True, ("Proviseur lycée Dupuy de Lôme", "ce.[[U:0560019]]@ac-rennes.fr"),
  "Ressources numériques du CDI",
  """Bonjour,

Notre professeur documentaliste m'indique que la commande des ressources
numériques (Lumni Pro et Storyplay'r) a été validée mercredi. Pouvez-vous me dire
quand elles seront disponibles pour les élèves ?

Cordialement,
Anne-Claire Jaouen, proviseure
""", uai7="0560019", platform="esidoc", hard=True, mailer="owa", fmt="alt", enc="qp",
  notes="Written by the proviseure from the ce. address, but only asks when the subscription will be available: not a head-of-establishment request.")

M("subscription_activation", True, ("Odile Letourneur", "odile.letourneur@ac-normandie.fr"),
  "Renouvellement affiché expiré",
  """Bonjour,

Nous avons renouvelé l'abonnement e-sidoc avant-hier, mais dans « Mes
abonnements » il est toujours affiché « expiré » et le portail affiche un bandeau
d'avertissement aux élèves. Merci de regarder.

Odile Letourneur
Collège Jacques Daguerre, Cherbourg-en-Cotentin - [[U:0501056]]
""", uai7="0501056", platform="esidoc", mailer="tb",
  notes="Renewal two days ago still shown as expired.")

M("subscription_activation", True, ("Soazig Thomas", "soazig.thomas@ac-rennes.fr"),
  "activation abonnement",
  """Bonjour, merci d'activer notre abonnement, la commande a été validée lundi.
Collège Ker Anna, Kervignac [[U:0561406]]
Soazig
""", uai7="0561406", platform=None, mailer="iphone", enc="qp",
  notes="Short: please activate, order validated Monday. The subscription's product is not named.")

M("subscription_activation", True, ("Annick Boulanger", "annick.boulanger@ac-normandie.fr"),
  "Bloc ressources vide",
  """Bonjour,

Ci-joint une capture : le bloc « Ressources numériques » de la page d'accueil du
portail est vide depuis que j'ai commandé le nouveau bouquet hier matin.

Annick Boulanger, collège Louis Pasteur, Saint-Lô ([[U:0500051]])
""", uai7="0500051", platform="esidoc", mailer="tb", attach=("capture_portail.png", "image/png"),
  notes="Screenshot of an empty resources block; the new bundle was ordered yesterday.")

M("subscription_activation", True, ("Ewen Bodiguel", "ewen.bodiguel@ac-rennes.fr"),
  "Ressources non visibles dans Toutatice",
  """Bonjour,

Les abonnements du CDI sont actifs sur le portail e-sidoc, mais les élèves qui
passent par l'ENT Toutatice ne voient pas les ressources dans leur médiacentre.
Y a-t-il une étape de publication que j'aurais oubliée ?

Ewen Bodiguel
Lycée Joseph Loth, Pontivy ([[U:0560051]])
""", uai7="0560051", platform="esidoc", mailer="zimbra", fmt="alt", enc="qp",
  notes="Active subscriptions not visible to pupils through the ENT: the publication step.")

M("subscription_activation", True, ("Chantal Deschamps", "chantal.deschamps@ac-normandie.fr"),
  "Storyplay'r absent de la liste à publier",
  """Bonjour,

J'ai commandé Storyplay'r vendredi après-midi pour les 6e. Dans l'administration du
portail, la ressource n'apparaît pas dans la liste des ressources à publier.
Faut-il attendre encore un peu ?

Chantal Deschamps
Collège Jules Ferry, Vernon
""", platform="esidoc", mailer="outlook", fmt="alt", enc="qp", day=14,
  notes="Ordered Friday afternoon, written Monday (within 72 hours); not yet in the list to publish. No UAI, region from the domain.", hard=True)

M("subscription_activation", True, ("Sarah Collins", "sarah.collins@ac-rennes.fr"),
  "New subscription not showing",
  """Hello,

We ordered the BrainPOP subscription for the international section two days
ago, and it still does not show on our library portal. Could you check?

Kind regards,
Sarah Collins
Collège Les Ormeaux, Rennes - [[U:0352195]]
""", uai7="0352195", platform="esidoc", lang="en", mailer="outlook", fmt="alt", enc="qp",
  notes="English; subscription ordered two days ago not yet on the portal.")

M("subscription_activation", False, ("Brigitte Lemaître", "brigitte.lemaitre@ac-normandie.fr"),
  "Abonnement non visible et facture",
  """Bonjour,

L'abonnement Cafeyn commandé mardi n'est pas encore visible sur le portail du
collège. Et au passage : la facture porte l'adresse de l'ancien gestionnaire,
pourriez-vous la refaire au nom de l'agence comptable du lycée Jean Prévost
(Montivilliers) ?

Collège Raoul Dufy, Le Havre, [[U:0760876]]
Brigitte Lemaître
""", uai7="0760876", platform="esidoc", hard=True, mailer="tb",
  notes="Two topics: subscription not visible (main) and an invoice to re-issue (order_billing).")

M("subscription_activation", True, ("Jérôme Hascoët", "jerome.hascoet@ac-rennes.fr"),
  "Généralis inaccessible !!",
  """Bonjour,

Commande Généralis validée il y a 48 heures et TOUJOURS rien. J'avais prévu une
séance de recherche avec les 4e demain matin, c'est un peu pénible.
Merci de faire le nécessaire rapidement.

J. Hascoët
Collège Pierre Loti, Paimpol ([[U:0221054]])
""", uai7="0221054", platform="esidoc", mailer="tb",
  notes="Irritated tone; ordered 48 hours ago, within 72 hours.")

M("subscription_activation", False, ("Pascale Féret", "pascale.feret@ac-normandie.fr"),
  "RE: [#SUP-007240] Abonnement non disponible",
  """Bonjour,

Vous m'aviez répondu qu'il fallait compter 72 heures. Nous sommes cinq jours
plus tard et la ressource n'est toujours pas disponible. Merci de regarder la
commande.

Pascale Féret
Collège Nicolas Oresme, Lisieux ([[U:0141721]])

De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 10 octobre 2024 09:31
À : Pascale Féret
Objet : [#SUP-007240] Abonnement non disponible

Bonjour,
Une ressource commandée est activée dans un délai de 72 heures.
""", uai7="0141721", platform="esidoc", mailer="outlook", fmt="alt", enc="qp", reply=True, day=15,
  notes="Follow-up after the 72-hour answer; five days later still unavailable: a person must look.")
# ---------------------------------------------------------------- order_billing
M("order_billing", False, ("Martine Lesage", "martine.lesage@ac-normandie.fr"),
  "Demande de devis renouvellement e-sidoc",
  """Bonjour,

Pourriez-vous nous adresser un devis pour le renouvellement de l'abonnement
e-sidoc du collège Arthur Rimbaud de Saint-Martin-de-Fontenay ([[U:0141820]])
pour 2024-2025 ? Notre gestionnaire en a besoin pour établir le bon d'engagement.

Merci,
Martine Lesage
""", uai7="0141820", platform="esidoc", mailer="tb",
  notes="Asks for a formal quote for the renewal.")

M("order_billing", False, ("Gestion Lycée Tristan Corbière", "gestion.corbiere@ac-rennes.fr"),
  "Facture absente de Chorus Pro",
  """Bonjour,

La commande de renouvellement e-sidoc du lycée Tristan Corbière (Morlaix,
[[U:0290013]]) a été validée le 12 septembre. Nous n'avons toujours pas de
facture déposée sur Chorus Pro, ce qui bloque le mandatement.

Cordialement,
Le service de gestion
""", uai7="0290013", platform="esidoc", mailer="outlook", fmt="alt", enc="qp",
  notes="Invoice not on Chorus Pro weeks after the order.")

M("order_billing", False, ("Nicole Fouquet", "nicole.fouquet@ac-normandie.fr"),
  "Facture reçue en double",
  """Bonjour,

Nous avons reçu deux fois la facture F-2024-10-0418 (une fois par mail, une fois
sur Chorus). Pouvez-vous annuler le doublon pour éviter un double paiement ?

Nicole Fouquet, adjointe gestionnaire
Lycée Alain, Alençon - [[U:0610001]]
""", uai7="0610001", platform=None, mailer="tb",
  notes="Invoice received twice; the product is not named.")

M("order_billing", False, ("Comptabilité OGEC Notre-Dame", "compta@ogec-nd-guingamp.fr"),
  "Paiement par virement",
  """Bonjour,

Établissement privé, nous ne passons pas par Chorus. Pouvons-nous régler
l'abonnement au portail documentaire e-sidoc par virement ? Si oui, merci de nous
transmettre un RIB.

Cordialement,
Service comptabilité
""", platform="esidoc", mailer="none", enc="latin1",
  notes="Private school asks to pay by bank transfer and for bank details; ISO-8859-1 8-bit body.")

M("order_billing", False, ("Sylvie Robert", "sylvie.robert@ac-rennes.fr"),
  "Montant facture différent du devis",
  """Bonjour,

Le devis D-24-0952 indiquait 389,00 € TTC pour l'abonnement e-sidoc, et la
facture reçue ce matin est de 412,50 €. Pouvez-vous nous expliquer l'écart ou
corriger la facture ?

Sylvie Robert
Gestionnaire, collège Gérard de Nerval, Vitré - [[U:0351417]]
""", uai7="0351417", platform="esidoc", mailer="outlook", fmt="html", enc="qp", charset="windows-1252",
  notes="HTML-only Outlook in windows-1252 with the euro sign: invoice amount differs from the quote.")

M("order_billing", False, ("Véronique Hamel", "veronique.hamel@ac-normandie.fr"),
  "Panier disparu",
  """Bonjour,

J'avais préparé un panier avec trois abonnements presse pour le CDI au début
du mois, je voulais le valider aujourd'hui après le vote du budget, et il est
vide. Est-il possible de le récupérer ?

Véronique Hamel
Collège Boris Vian, Barentin ([[U:0761513]])
""", uai7="0761513", platform="esidoc", mailer="tb",
  notes="Saved basket disappeared (kept for a limited time).")

M("order_billing", False, ("Julie Morin", "julie.morin@ac-rennes.fr"),
  "Bon d'engagement refusé à la validation",
  """Bonjour,

Au moment de valider la commande, le dépôt du bon d'engagement échoue avec le
message « format non accepté ». Le fichier est un PDF scanné de 4 Mo, je le
joins ici. Pouvez-vous valider la commande de votre côté ?

Julie Morin
Lycée Brocéliande, Guer - [[U:0561607]]
""", uai7="0561607", platform="esidoc", mailer="tb", attach=("BE_Broceliande.pdf", "application/pdf"),
  notes="The bon d'engagement upload fails at validation; PDF attached. Ordering the e-sidoc subscription is implied by context (resource orders).", hard=True)

M("order_billing", False, ("Agence comptable Lycée Flaubert", "ac.flaubert@ac-normandie.fr"),
  "Adresse de facturation",
  """Bonjour,

Depuis le 1er septembre, l'agence comptable du lycée Flaubert (Rouen) gère la
comptabilité du collège Fontenelle ([[U:0760100]]). Merci d'adresser désormais
les factures e-sidoc de ce collège à l'agence comptable, avec le SIRET
du lycée.

L'agent comptable
""", uai7="0760100", platform="esidoc", mailer="outlook", fmt="alt", enc="qp",
  notes="Asks to change the billing address to the shared accounting office.")

M("order_billing", False, ("Claire Tréguer", "claire.treguer@ac-rennes.fr"),
  "TR: Relance facture impayée",
  """Bonjour,

Nous recevons cette relance alors que la facture a été payée par mandat
administratif le 27 septembre (mandat n° 1143). Pouvez-vous vérifier et arrêter
les relances ?

Claire Tréguer, gestionnaire, collège Saint-Exupéry, Lorient ([[U:0561699]])

-------- Message transféré --------
Sujet : Relance facture impayée
De : comptabilite@esidoc.example.fr
Date : 14/10/2024

Madame, Monsieur, sauf erreur de notre part, la facture F-2024-09-0271 reste
impayée à ce jour.
""", uai7="0561699", platform="esidoc", mailer="tb", day=15,
  notes="Thunderbird forward of a payment reminder for an invoice already paid.")

# ---------------------------------------------------------------- contract_documents
M("contract_documents", False, ("Thomas Caron", "thomas.caron@ac-normandie.fr"),
  "Convention introuvable dans Mes Marchés",
  """Bonjour,

Je ne trouve plus la convention d'adhésion à la centrale d'achat dans
« Mes Marchés » sur l'Espace Acheteur. Elle y était l'an dernier.

Thomas Caron
Lycée Pierre Corneille, Rouen - [[U:0760090]]
""", uai7="0760090", platform="espace_acheteur", mailer="tb",
  notes="Membership convention no longer visible in 'Mes Marchés'.")

M("contract_documents", False, ("Maud Le Hir", "maud.lehir@ac-rennes.fr"),
  "Avenant manquant",
  """Bonjour,

L'avenant n° 3 au marché 2022-047 (fournitures de bibliothèque) nous a été
annoncé par courrier, mais il n'est pas dans les documents du marché sur
l'Espace Acheteur. Pouvez-vous l'ajouter ?

Maud Le Hir
""", platform="espace_acheteur", mailer="zimbra", fmt="alt", enc="qp",
  notes="Amendment no. 3 missing from the market documents; region from ac-rennes.fr.")

M("contract_documents", False, ("Régis Vallée", "regis.vallee@collectivite-exemple.fr"),
  "CCTP du marché 2024-031",
  """Bonjour,

Le CCTP du marché 2024-031 (mobilier de CDI) n'est pas téléchargeable : seul le
règlement de consultation apparaît. Merci de le rendre disponible.

R. Vallée, acheteur
""", platform="espace_acheteur", mailer="outlook", fmt="alt", enc="qp",
  notes="Technical specification (CCTP) missing from a market's documents; non-academic sender.")

M("contract_documents", False, ("Florence Marie", "florence.marie@ac-normandie.fr"),
  "Document vide",
  """Bonjour,

Quand j'ouvre le certificat administratif du marché « Abonnements presse
2024 », le PDF est vide (0 Ko). Pourriez-vous le remettre en ligne ?

Florence Marie, collège Pierre Mendès France, Lisieux
""", platform="espace_acheteur", mailer="tb",
  notes="A market document opens as an empty file; 'marché' and 'certificat administratif' imply the Espace Acheteur.", hard=True)

M("contract_documents", False, ("Nicolas Le Bras", "nicolas.lebras@ac-rennes.fr"),
  "Re: [#SUP-007119] Document du marché",
  """Bonjour,

Malgré votre réponse, le bordereau de prix n'apparaît toujours pas dans les
documents du marché 2023-088. Je suis bien connecté avec mon compte
d'acheteur.

Nicolas Le Bras

Le lun. 7 oct. 2024 à 15:02, Assistance <support@assistance.example.fr> a écrit :
> Bonjour, le document a été ajouté au marché. Pouvez-vous vérifier ?
""", platform="espace_acheteur", mailer="gmail", fmt="alt", enc="qp", reply=True,
  notes="Follow-up: the document is still missing after the desk's answer.")

M("contract_documents", False, ("Delphine Osmont", "delphine.osmont@ac-normandie.fr"),
  "Conventions : plus rien depuis la nouvelle plateforme",
  """Bonjour,

Sur l'ancienne plateforme je voyais toutes les conventions du collège. Depuis
la migration vers le nouvel Espace Acheteur, je ne vois plus aucune convention,
seulement les marchés. Est-ce un problème de droits ?

Delphine Osmont, gestionnaire
""", platform="espace_acheteur", hard=True, mailer="tb",
  notes="Cannot see conventions on the new platform: contract_documents, although the fix may be access rights (close to account_creation).")

# ---------------------------------------------------------------- transfer_incident
M("transfer_incident", False, ("Secrétariat Collège Sainte-Anne", "secretariat@ste-anne-vannes.fr"),
  "Transferts EcoleDirecte arrêtés",
  """Bonjour,

Les notes ne remontent plus dans EcoleDirecte depuis vendredi : le dernier
transfert réussi date du 10 octobre. Les parents commencent à appeler.

Collège Sainte-Anne, Vannes ([[U:0561502]])
""", uai7="0561502", platform="ecoledirecte", mailer="outlook", fmt="alt", enc="qp", day=14,
  notes="Transfers stopped since Friday.")

M("transfer_incident", False, ("Pierre-Yves Nicol", "py.nicol@ensemble-scolaire-lamballe.fr"),
  "Licence expirée",
  """Bonjour,
Au démarrage de Charlemagne on a « licence expirée » et plus aucun transfert
ne part. Pouvez-vous régénérer la licence ?
PY Nicol, informatique
""", platform="ecoledirecte", mailer="tb",
  notes="Licence to regenerate, transfers stopped.")

M("transfer_incident", False, ("Gaëtan Le Moal", "g.lemoal@institution-st-malo.fr"),
  "Mot de passe du jour",
  """Bonjour,

J'ai besoin du mot de passe de maintenance du jour pour relancer la
réindexation de la base Charlemagne. Merci de me le communiquer.

Gaëtan Le Moal
""", platform="ecoledirecte", hard=True, mailer="outlook", fmt="alt", enc="qp",
  notes="The daily maintenance password: transfer_incident per the taxonomy, not password_reset.")

M("transfer_incident", False, ("Informatique Institution Join-Lambert", "informatique@join-lambert.fr"),
  "Antivirus et Outils",
  """Bonjour,

Depuis la mise à jour de notre antivirus, l'exécutable Outils de Charlemagne est
mis en quarantaine et les transferts vers EcoleDirecte ne partent plus. Quels
fichiers faut-il exclure ?

Service informatique
""", platform="ecoledirecte", mailer="outlook", fmt="html", enc="qp",
  notes="Antivirus quarantines the transfer tool.")

M("transfer_incident", False, ("Arnaud Roger", "arnaud.roger@lycee-prive-jeanne-d-arc-rennes.fr"),
  "Nouveau proxy : transferts en échec",
  """Bonjour,

Nous avons installé un nouveau pare-feu avec proxy la semaine dernière. Depuis,
le diagnostic des transferts EcoleDirecte échoue au test de connexion. Quels
paramètres HTTP/proxy faut-il renseigner ?

Arnaud Roger
Lycée Jeanne d'Arc, Rennes - [[U:0350778]]
""", uai7="0350778", platform="ecoledirecte", mailer="tb",
  notes="New firewall/proxy: transfer connection test fails.")

M("transfer_incident", False, ("Vie scolaire Saint-Joseph", "viescolaire@stjoseph-lannion.fr"),
  "Réplication après restauration",
  """Bonjour,

Suite à une panne de disque, nous avons restauré le serveur à partir de la
sauvegarde de dimanche. Le logiciel demande une réinitialisation de la
réplication avant de reprendre les transferts. Pouvez-vous la lancer ?

Capture de l'écran d'incident jointe.
""", platform="ecoledirecte", mailer="outlook", fmt="alt", enc="qp",
  attach=("incident.png", "image/png"),
  notes="Replication re-initialisation needed after a restore; the product is implied by 'transferts' and 'réplication'.", hard=True)

M("transfer_incident", False, ("Directeur Collège Notre-Dame", "direction@nd-caen.fr"),
  "Fwd: notes invisibles",
  """Bonjour,

Je vous transfère le message d'un parent. Effectivement, depuis mardi, plus
aucune note ne remonte dans EcoleDirecte. Pouvez-vous regarder les transferts ?

F. Lebailly, directeur

Début du message réexpédié :
De: parent <famille.durand14@gmail.com>
Objet: notes invisibles

Bonjour, nous ne voyons plus les notes de notre fille depuis mardi sur
EcoleDirecte, est-ce normal ?
""", platform="ecoledirecte", mailer="iphone", enc="qp", hard=True,
  notes="Apple Mail forward of a parent's complaint; written by a private-school head but not a head-of-establishment request.")
# ---------------------------------------------------------------- other
M("other", False, ("Mark Benson", "mark@seo-rankfaster.example.com"),
  "Quick question about assistance.example.fr",
  """Hi there,

I was browsing assistance.example.fr and noticed you are missing out on a lot of
organic traffic. Our team can get you to page one of Google in 30 days, guaranteed.

Can I send you a free audit? Just reply "YES".

Mark
""", lang="en", mailer="none",
  notes="English SEO spam.")

M("other", False, ("Sandrine Durand", "sandrine.durand76@hotmail.fr"),
  "horaires du CDI",
  """Bonjour,
Mon fils est en 5e au collège de Bolbec, pouvez-vous me dire si le CDI est ouvert
le mercredi après-midi ? Il doit rendre un exposé.
Merci
""", mailer="outlook", fmt="alt", enc="qp",
  notes="A parent asks the school library's opening hours: wrong address, unrelated.")

M("other", False, ("Carole Le Nen", "carole.lenen@ac-rennes.fr"),
  "Re: [#SUP-007201] Mot de passe e-sidoc",
  """Merci beaucoup, le lien a fonctionné et j'ai pu changer le mot de passe.
Bonne journée !
Carole

Le 09/10/2024 à 10:41, Assistance a écrit :
> Bonjour,
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse connue
> pour votre établissement. Il est valable 12 heures.
""", platform="esidoc", hard=True, mailer="tb", reply=True,
  notes="Thanks only, quoting the reset answer: password words appear but nothing is asked.")

M("other", False, ("Messagerie académique", "support@ac-normandie-webmail.fr"),
  "Votre boîte aux lettres est presque pleine",
  """Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de son quota. Pour éviter la suppression
de vos messages, confirmez votre identifiant et votre mot de passe sur le lien
ci-dessous dans les 24 heures :

http://ac-normandie-webmail.fr/quota/verification

Service informatique
""", hard=True, mailer="none", auth="fail",
  notes="Phishing ('mailbox full, confirm your password'); the look-alike domain ac-normandie-webmail.fr is not an académie domain, so no region.")

M("other", False, ("Éditions Bulles d'Armor", "contact@bulles-armor.example.fr"),
  "Nouveautés BD jeunesse pour vos CDI",
  """Bonjour,

Maison d'édition bretonne, nous publions des bandes dessinées jeunesse sur le
patrimoine régional. Nous serions ravis de vous présenter notre catalogue
d'automne et de proposer des rencontres d'auteurs dans vos établissements.

Puis-je vous appeler la semaine prochaine ?

Gaël Rouxel
Chargé de diffusion
""", mailer="outlook", fmt="alt", enc="qp",
  notes="Publisher's sales prospecting sent to one person (no list headers): other, not automated.")

M("other", False, ("Bénédicte Auvray", "benedicte.auvray@ac-normandie.fr"),
  "Ressources sur la désinformation",
  """Bonjour,

Professeure d'histoire-géographie, je prépare une séquence sur la
désinformation pour des 3e. Auriez-vous des ressources ou des liens de sites
fiables à me conseiller ?

Merci d'avance,
B. Auvray
""", mailer="zimbra", fmt="alt", enc="qp",
  notes="A teacher asks for teaching resources: unrelated to the services; region from the sender's domain.")

M("other", False, ("Lucie Marchand", "lucie.marchand@free.fr"),
  "Suppression de mes données",
  """Bonjour,

J'ai été professeure documentaliste au collège de Pont-Audemer jusqu'en 2022.
Conformément au RGPD, je vous demande de supprimer toutes les données me
concernant (nom, adresse, historique de connexion) de vos services.

Lucie Marchand
""", mailer="none",
  notes="GDPR erasure request from a former librarian: other.")

M("other", False, ("Yves Le Borgne", "yves.leborgne@ac-rennes.fr"),
  "Re: [#SUP-007360] Abonnement non visible",
  """Bien reçu, merci.

Envoyé de mon iPhone
""", mailer="iphone", enc="qp", reply=True,
  notes="'Bien reçu, merci' from a phone: nothing to do.")

M("other", False, ("Xavier Poulain", "xavier.poulain@ac-normandie.fr"),
  "Toujours aucune réponse !!!",
  """Bonjour,

Cela fait maintenant dix jours que j'ai écrit et personne ne m'a répondu. C'est
inadmissible pour un service payé par les établissements. J'attends une réponse
aujourd'hui.

X. Poulain
""", mailer="tb",
  notes="Angry complaint about an unanswered request with no topic: no category can be told.")

M("other", False, ("Mélanie Goulven", "melanie.goulven@ac-rennes.fr"),
  "Publier un article sur la page d'accueil",
  """Bonjour,

Je voudrais mettre en avant la sélection du Prix des Incorruptibles sur la page
d'accueil du portail e-sidoc (un article avec les couvertures et un lien vers les
notices). Je n'arrive pas à placer l'article dans le carrousel : il s'affiche
seulement dans la liste des actualités. Comment faire ?

Mélanie Goulven
Collège Jean Macé, Lanester ([[U:0561260]])
""", uai7="0561260", platform="esidoc", hard=True, mailer="tb",
  notes="A portal-editing how-to (placing an article in the home carousel): not a subscribed resource to publish, so not subscription_activation; no category of its own.")

M("other", False, ("Hugo Lemercier", "hugo.lemercier@ac-normandie.fr"),
  "Élèves qui ne peuvent plus se connecter via l'ENT",
  """Bonjour,

Depuis lundi, quand les élèves cliquent sur le portail du CDI depuis l'ENT
l'Éduc de Normandie, ils ont une page d'erreur « authentification impossible ».
Les comptes lecteurs existent bien (je les vois dans la gestion). Le souci est-il
chez vous ou chez l'ENT ?

Hugo Lemercier
Collège Louise Michel, Grand-Quevilly ([[U:0762021]])
""", uai7="0762021", platform="esidoc", hard=True, mailer="tb",
  notes="Pupils' SSO from the ENT to the portal fails; reader accounts exist. Not a password reset (no staff password lost) nor account creation: a person investigates.")

M("other", False, ("Cécile Rolland", "cecile.rolland@ac-rennes.fr"),
  "Inscription formation e-sidoc",
  """Bonjour,

Le lien d'inscription au webinaire « Prise en main du portail » du 22 octobre
renvoie vers une page d'erreur. Comment puis-je m'inscrire ?

Cécile Rolland
""", platform="esidoc", mailer="zimbra", fmt="alt", enc="qp",
  notes="Wants to register for a training webinar, the link fails: other.")

M("other", False, ("Inès Benali", "ines.benali.pro@gmail.com"),
  "Candidature spontanée - stage",
  """Madame, Monsieur,

Étudiante en master Métiers du livre et de l'édition à Rennes 2, je recherche
un stage de deux mois à partir de janvier. Vous trouverez mon CV ci-joint.

Cordialement,
Inès Benali
""", mailer="gmail", fmt="alt", enc="b64", attach=("CV_Ines_Benali.pdf", "application/pdf"),
  notes="Unsolicited internship application with a CV.")

M("other", False, ("Armelle Le Pape", "armelle.lepape@ac-rennes.fr"),
  "ce soir",
  """Coucou, je passe te chercher vers 19h pour le cinéma, on se retrouve devant la
médiathèque ? Bises
Armelle
""", mailer="iphone", enc="qp",
  notes="Personal message sent to the desk by address autocomplete.")

M("other", False, ("Didier Fortin", "didier.fortin@ac-normandie.fr"),
  "désinscription",
  """Bonjour,
Merci de me retirer de votre liste de diffusion, je ne suis plus documentaliste.
D. Fortin
""", mailer="tb",
  notes="A person asks to be removed from the newsletter: written by hand, so not automated.")

M("other", False, ("Marie-Hélène Picot", "marie-helene.picot@ac-normandie.fr"),
  "Statistiques de consultation du portail",
  """Bonjour,

Pour mon bilan d'activité annuel, j'aimerais connaître le nombre de connexions
au portail e-sidoc et les ressources les plus consultées en 2023-2024.
Ces statistiques sont-elles disponibles quelque part ?

Marie-Hélène Picot
Collège Marcel Pagnol, Caen ([[U:0141631]])
""", uai7="0141631", platform="esidoc", mailer="outlook", fmt="alt", enc="qp",
  notes="Asks for portal usage statistics: a how-to question with no category of its own.")

M("other", False, ("Crypto Gains FR", "info@gains-rapides.example.net"),
  "Gagnez 5 000 € par mois depuis chez vous",
  """Bonjour,

Découvrez la méthode qu'utilisent déjà 12 000 enseignants pour compléter leurs
revenus grâce au Bitcoin. Aucun risque, résultats garantis.

Inscrivez-vous ici : http://gains-rapides.example.net/prof
""", mailer="none", charset="windows-1252",
  notes="French crypto spam.")

M("other", False, ("Service Recouvrement", "recouvrement@factures-enligne.example.com"),
  "Facture impayée n°2024-8891 - dernier rappel",
  """Madame, Monsieur,

Sauf erreur de notre part, la facture ci-jointe reste impayée. Sans règlement
sous 48 heures, le dossier sera transmis au contentieux.

Ouvrez la pièce jointe pour consulter le détail.
""", hard=True, mailer="none", auth="fail", attach=("Facture_2024-8891.pdf", "application/pdf"),
  notes="Fake 'unpaid invoice' from an unknown sender with failing SPF: phishing, not order_billing.")

M("other", False, ("Emma Stratton", "emma@readsmart-edtech.example.com"),
  "Re: Partnership idea for French school libraries",
  """Hi again,

Just bumping this up in case it got buried. We'd love a 20-minute call to see
whether our reading-analytics tool could plug into your library portal.

Best,
Emma

On Mon, Oct 7, 2024 at 4:12 PM Emma Stratton <emma@readsmart-edtech.example.com> wrote:
> Hello, I'm the co-founder of ReadSmart, an edtech start-up helping teenagers
> read more. Would you be open to a partnership?
""", lang="en", mailer="gmail", fmt="alt", enc="qp",
  notes="English partnership pitch, follow-up quoting her own first mail.")
# ---------------------------------------------------------------- automated
M("automated", False, ("Armelle Quintin", "armelle.quintin@ac-normandie.fr"),
  "Absence",
  """Bonjour,

Je suis absente pendant les vacances de la Toussaint, du 19 octobre au
4 novembre. Le CDI du collège rouvrira le lundi 4 novembre.

Armelle Quintin
""", mailer="zimbra", hdrs={"Auto-Submitted": "auto-replied (zimbra; vacation)"}, reply=True, day=21,
  notes="Zimbra vacation reply with Auto-Submitted; region from ac-normandie.fr.")

M("automated", False, ("Gildas Le Roy", "gildas.leroy@ac-rennes.fr"),
  "Absent du CDI",
  """Bonjour,
Je suis en stage de formation jusqu'au 11 octobre et ne lis pas mes messages.
Pour toute urgence, contactez la vie scolaire du lycée.
Gildas Le Roy
""", hard=True, mailer="outlook", day=8,
  notes="Out-of-office sent by a client rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic.")

M("automated", False, ("Rachel Green", "r.green@ecole-internationale-rennes.fr"),
  "Automatic reply: Your request",
  """I am out of the office until 4 November with no access to email.
For urgent matters please contact the school office.
""", lang="en", mailer="owa", fmt="alt", enc="qp", reply=True, day=22,
  hdrs={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
  notes="English Exchange 'Automatic reply' with Auto-Submitted and X-Auto-Response-Suppress.")

M("automated", False, ("Mail Delivery System", "MAILER-DAEMON@mx.college-prive-ste-therese.fr"),
  "Undelivered Mail Returned to Sender",
  "", lang="en", kind="bounce_postfix", orig_to="bernard.caillot@college-prive-ste-therese.fr",
  orig_subject="[#SUP-007288] Abonnement non disponible",
  notes="Postfix bounce (multipart/report delivery-status), null Return-Path.")

M("automated", False, ("Microsoft Outlook", "postmaster@lyceeprive-stlo.onmicrosoft.com"),
  "Non remis : [#SUP-007320] Mot de passe e-sidoc",
  "", kind="ndr_exchange", orig_to="cdi@lyceeprive-stlo.fr",
  orig_subject="[#SUP-007320] Mot de passe e-sidoc",
  notes="Exchange Online non-delivery report in French, multipart/report.")

M("automated", False, ("Mail Delivery System", "Mailer-Daemon@smtp.mairie-plouha.fr"),
  "Mail delivery failed: returning message to sender",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  education@mairie-plouha.fr
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: Assistance <support@assistance.example.fr>
To: education@mairie-plouha.fr
Subject: [#SUP-007301] Inscription Espace Acheteur
""", lang="en", hard=True, mailer="none", null_return=True,
  notes="Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic.")

M("automated", False, ("Gwendoline Bihan", "gwendoline.bihan@ac-rennes.fr"),
  "Lu : [#SUP-007266] Ressource non publiée",
  "", kind="mdn_outlook", orig_subject="[#SUP-007266] Ressource non publiée",
  notes="Outlook read receipt ('Lu :'), multipart/report disposition-notification; region from ac-rennes.fr.")

M("automated", False, ("Alain Vasselin", "alain.vasselin@ac-normandie.fr"),
  "Return Receipt (displayed) - [#SUP-007331] Devis",
  "", lang="en", kind="mdn_tb", orig_subject="[#SUP-007331] Devis",
  notes="Thunderbird return receipt in English; region from ac-normandie.fr.")

M("automated", False, ("e-sidoc - Actualités", "lettre@actualites.esidoc.example.fr"),
  "Octobre : les nouveautés du portail et le calendrier des webinaires",
  """Lettre d'information e-sidoc - octobre 2024

Au sommaire :
- le nouveau carrousel de la page d'accueil ;
- publier une ressource numérique en trois clics ;
- webinaires : 15 et 22 octobre, 14 h.

Vous recevez ce message car vous êtes abonné à la lettre d'information.
Se désinscrire : https://actualites.esidoc.example.fr/u/4471/c2e0
""", platform="esidoc", mailer="none", fmt="alt", enc="qp",
  hdrs={"List-Id": "Lettre e-sidoc <lettre.actualites.esidoc.example.fr>",
        "List-Unsubscribe": "<https://actualites.esidoc.example.fr/u/4471/c2e0>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
  notes="Product newsletter with List-Id, List-Unsubscribe and Precedence: bulk.")

M("automated", False, ("Espace Acheteur", "no-reply@espace-acheteur.example.fr"),
  "Un compte est en attente de validation",
  """Bonjour,

Un nouvel utilisateur (s.guerin@...) a demandé un compte pour la structure
« Collège Paul Éluard ». La structure n'ayant pas d'administrateur actif, la
demande vous est transmise.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", platform="espace_acheteur", mailer="none", hdrs={"Auto-Submitted": "auto-generated"},
  notes="No-reply notification to the desk: an account awaits validation. Auto-Submitted: auto-generated.")

M("automated", False, ("Portail tickets fournisseur", "notifications@tickets.example.fr"),
  "[Ticket #48213] Mise à jour de votre demande",
  """Votre ticket #48213 « Lenteurs portail e-sidoc - académie de Normandie » a été
mis à jour par l'équipe technique.

Statut : En cours d'analyse

Consultez le ticket : https://tickets.example.fr/t/48213
Ne répondez pas à ce message.
""", platform="ticket_portal", mailer="none", hdrs={"Auto-Submitted": "auto-generated"},
  notes="Ticket-portal notification about a ticket the desk opened with a supplier.")

M("automated", False, ("Solenn Riou", "solenn.riou@ac-rennes.fr"),
  "[docs-bretagne] Mot de passe e-sidoc perdu, vous avez fait comment ?",
  """Bonjour à toutes et tous,

Je n'ai plus le mot de passe de l'admin e-sidoc et la procédure officielle me
paraît compliquée. Quelqu'un a-t-il déjà eu le cas ? Merci !

Solenn, collège de Rostrenen
_______________________________________________
docs-bretagne mailing list
https://listes.ac-rennes.fr/sympa/info/docs-bretagne
""", platform="esidoc", hard=True, mailer="tb",
  hdrs={"List-Id": "Documentalistes de Bretagne <docs-bretagne.listes.ac-rennes.fr>",
        "Precedence": "list", "List-Post": "<mailto:docs-bretagne@listes.ac-rennes.fr>"},
  to_list="docs-bretagne@listes.ac-rennes.fr",
  notes="A real question about an e-sidoc password, but posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us. Region from the sender's ac-rennes.fr address.")

M("automated", False, ("Assistance DANE Normandie", "assistance-dane@ac-normandie.fr"),
  "[DANE-24-5521] Accusé de réception de votre demande",
  """Bonjour,

Votre demande a bien été enregistrée sous la référence DANE-24-5521.
Elle sera traitée dans les meilleurs délais.

Ceci est un message automatique.
""", mailer="none", reply=True, hdrs={"Auto-Submitted": "auto-replied", "X-Loop": "assistance-dane@ac-normandie.fr"},
  notes="Another help desk's acknowledgement of a mail the desk sent (Auto-Submitted, X-Loop): answering would start a loop. Region from ac-normandie.fr.")

M("automated", False, ("noreply-dmarc-support@google.com", "noreply-dmarc-support@google.com"),
  "Report domain: assistance.example.fr Submitter: google.com Report-ID: 14920385761102834461",
  "", lang="en", kind="dmarc",
  notes="DMARC aggregate report (zip attachment).")

M("automated", False, ("Signature électronique", "no-reply@signature.example.fr"),
  "Document signé : Convention d'adhésion 2024 - Collège Val de Rance",
  """Bonjour,

Tous les signataires ont signé le document « Convention d'adhésion 2024 -
Collège Val de Rance ». Vous pouvez le télécharger depuis votre espace.

L'équipe Signature électronique
""", platform="esignature", hard=True, mailer="none", fmt="alt", enc="qp",
  notes="E-signature 'completed' notification without Auto-Submitted or Precedence; the no-reply sender and wording show it is automatic.")

M("automated", False, ("Mail Delivery Subsystem", "MAILER-DAEMON@relay.assistance.example.fr"),
  "Delayed Mail (still being retried)",
  "", lang="en", kind="delay", orig_to="cdi.lycee@lycee-la-providence-dieppe.fr",
  orig_subject="[#SUP-007345] Mail d'activation",
  notes="Delay warning from our own relay (Action: delayed): still automatic.")

M("automated", False, ("DANE Normandie - Lettre Édu'Doc", "lettre-edudoc@ac-normandie.fr"),
  "Lettre Édu'Doc n°12 - octobre 2024",
  """Lettre Édu'Doc - les actualités des professeurs documentalistes de l'académie

- Semaine de l'éducation aux médias : appel à projets
- Formation e-sidoc : sessions à Caen et Rouen en novembre
- Prix littéraire des lycéens normands : la sélection

Pour vous désabonner : https://listes.ac-normandie.fr/sympa/sigrequest/edudoc
""", platform=None, mailer="none", fmt="alt", enc="qp",
  hdrs={"List-Id": "Lettre Edu'Doc <edudoc.listes.ac-normandie.fr>", "Precedence": "bulk",
        "List-Unsubscribe": "<https://listes.ac-normandie.fr/sympa/sigrequest/edudoc>"},
  notes="Academic newsletter (List-Id, Precedence: bulk) from an ac-normandie.fr address; mentions e-sidoc only as one news item.")

M("automated", False, ("Collège Les Deux Rivières", "ce.[[U:0351536]]@ac-rennes.fr"),
  "Réponse automatique : [#SUP-007352] Mot de passe e-sidoc",
  """Bonjour,

L'établissement est fermé pendant les vacances de la Toussaint. Le secrétariat
rouvrira le 4 novembre. Pour les questions d'e-sidoc ou de mot de passe, merci de
renouveler votre demande à la rentrée.

Le secrétariat
""", uai7="0351536", mailer="owa", fmt="alt", enc="qp", reply=True, day=23,
  hdrs={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
  notes="Out-of-office of a school office (ce.<UAI> address) mentioning passwords and e-sidoc; Auto-Submitted present. UAI from the address; platform left null since it is not about a product.")

M("automated", False, ("Librairie La Procure Rouen", "commandes@librairie-rouen.example.fr"),
  "Re: commande CDI",
  """Merci pour votre message. Notre librairie est fermée pour inventaire du 21 au
26 octobre. Nous traiterons votre demande dès notre retour.
""", mailer="none", reply=True, day=21, hdrs={"X-Autoreply": "yes", "X-Autorespond": "yes"},
  notes="Host-provided autoresponder: only X-Autoreply/X-Autorespond, no Auto-Submitted.")

M("automated", False, ("Morgan Le Saux", "morgan.lesaux@gmail.com"),
  "Réponse automatique : Re: [#SUP-007276] Compte Espace Acheteur",
  """Bonjour, je suis en congés jusqu'au 28 octobre. Je lirai votre message à mon
retour. Morgan
""", mailer="gmail", fmt="alt", enc="qp", reply=True, day=24,
  hdrs={"Auto-Submitted": "auto-replied"},
  notes="Gmail vacation responder in French (Auto-Submitted: auto-replied).")

M("automated", False, ("Mairie de Pontivy - GRC", "ne-pas-repondre@grc.pontivy.example.fr"),
  "Accusé de réception de votre message",
  """Madame, Monsieur,

Nous accusons réception de votre message, enregistré sous le numéro 2024-10-3317.
Il a été transmis au service Éducation.

Ce courriel est généré automatiquement.
""", mailer="none", reply=True, hdrs={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
  notes="A town hall's customer-relations system acknowledges a mail the desk sent.")


# ====================================================================== wrapping
CS_QP = email.charset.Charset("utf-8")
CS_QP.header_encoding = email.charset.QP


def hdr_text(s):
    """RFC 2047-encode a header value when it is not ASCII (Q or B, alternating)."""
    if all(ord(c) < 128 for c in s):
        return s
    if RNG.random() < 0.6:
        return Header(s, CS_QP, maxlinelen=76).encode()
    return Header(s, "utf-8", maxlinelen=76).encode()


def addr(name, address):
    return email.utils.formataddr((name, address), charset="utf-8")


def domain_of(address):
    return address.rsplit("@", 1)[1].lower()


def rand_id(n=16, alphabet="0123456789abcdef"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def when(day=None, night=False):
    if day is None:
        day = RNG.choice([1, 1, 2, 3, 3, 4, 7, 7, 8, 8, 9, 10, 10, 11, 14, 14, 15, 15, 16, 17, 17, 18])
    hour = RNG.randint(0, 6) if night else RNG.choice([7, 8, 8, 9, 9, 10, 10, 11, 12, 13, 14, 14, 15, 16, 16, 17, 18, 20, 21])
    tz = datetime.timezone(datetime.timedelta(hours=2 if day < 27 else 1))
    return datetime.datetime(2024, 10, day, hour, RNG.randint(0, 59), RNG.randint(0, 59), tzinfo=tz)


MAILERS = {
    "tb": [("User-Agent", "Mozilla Thunderbird")],
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "owa": [("Thread-Index", None), ("X-MS-Has-Attach", ""), ("Content-Language", "fr-FR")],
    "iphone": [("X-Mailer", "iPhone Mail (21G93)")],
    "android": [("X-Mailer", "Outlook for Android")],
    "zimbra": [("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF131 (Linux)/9.0.0_GA_4546)")],
    "gmail": [],
    "roundcube": [("User-Agent", "Roundcube Webmail/1.6.6")],
    "none": [],
}


def msgid(mailer, dom, dt):
    if mailer in ("outlook", "owa", "android"):
        box = "".join(RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
        return "<%s%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (box, rand_id(24).upper(), box)
    if mailer == "gmail":
        return "<CA+%s@mail.gmail.com>" % rand_id(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
    if mailer == "iphone":
        return "<%s-%s-%s@%s>" % (rand_id(8).upper(), rand_id(4).upper(), rand_id(12).upper(), dom)
    if mailer == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randint(10 ** 8, 10 ** 9), RNG.randint(1000, 99999), int(dt.timestamp()) * 1000, dom)
    return "<%s-%s-%s@%s>" % (rand_id(8), rand_id(4), rand_id(12), dom)


def to_html(text, mailer):
    paras = re.split(r"\n\s*\n", text.strip("\n"))
    out = []
    for p in paras:
        lines = [html.escape(l) for l in p.split("\n")]
        if all(l.startswith("&gt;") for l in lines if l):
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>'
                       % "<br>\n".join(l[4:].lstrip() for l in lines))
        elif mailer in ("outlook", "owa"):
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' % "<br>\n".join(lines))
        else:
            out.append("<div>%s</div><div><br></div>" % "<br>\n".join(lines))
    inner = "\n".join(out)
    if mailer in ("outlook", "owa"):
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
                '</head><body lang="FR"><div class="WordSection1">\n%s\n</div></body></html>\n' % inner)
    if mailer == "gmail":
        return '<div dir="ltr">%s</div>\n' % inner
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>%s</body></html>\n' % inner


def encode_part(ctype, text, enc, charset=None):
    """Return the bytes of one MIME leaf (its headers and body)."""
    if enc == "latin1":
        charset, cte, data = "iso-8859-1", "8bit", text.encode("iso-8859-1")
    else:
        charset = charset or "utf-8"
        raw = text.encode(charset)
        if enc == "qp":
            cte, data = "quoted-printable", quopri.encodestring(raw)
        elif enc == "b64":
            cte, data = "base64", base64.encodebytes(raw)
        elif charset != "utf-8":
            cte, data = "8bit", raw
        elif all(b < 128 for b in raw):
            cte, data = "7bit", raw
        else:
            cte, data = "8bit", raw
    extra = "; format=flowed" if ctype == "text/plain" and cte in ("8bit", "7bit") and RNG.random() < 0.4 else ""
    head = "Content-Type: %s; charset=\"%s\"%s\nContent-Transfer-Encoding: %s\n\n" % (ctype, charset, extra, cte)
    if not data.endswith(b"\n"):
        data += b"\n"
    return head.encode("ascii") + data


def dummy_attachment(name, ctype):
    if ctype == "application/pdf":
        data = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    elif ctype == "image/png":
        data = b"\x89PNG\r\n\x1a\n" + bytes(RNG.randrange(256) for _ in range(120))
    else:
        data = b"PK\x03\x04" + bytes(RNG.randrange(256) for _ in range(160))
    head = ('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
            "Content-Transfer-Encoding: base64\n\n" % (ctype, name, name))
    return head.encode("ascii") + base64.encodebytes(data)


def multipart(subtype, parts, extra=""):
    boundary = "----=_Part_%s" % rand_id(20)
    head = 'multipart/%s; boundary="%s"%s' % (subtype, boundary, extra)
    body = b""
    for p in parts:
        body += ("--%s\n" % boundary).encode() + p + b"\n"
    body += ("--%s--\n" % boundary).encode()
    return head, body


def report_body(m, frm_addr, dt):
    kind, st = m["style"]["kind"], m["style"]
    orig = ("From: Assistance <support@assistance.example.fr>\nTo: <%s>\nSubject: %s\nDate: %s\n"
            "Message-ID: <%s.%d@assistance.example.fr>\nAuto-Submitted: auto-replied\n"
            % (st.get("orig_to", "x@example.fr"), hdr_text(st.get("orig_subject", "")), format_datetime(dt),
               re.sub(r"\W", "", st.get("orig_subject", "SUP"))[:12], int(dt.timestamp())))
    if kind in ("bounce_postfix", "delay"):
        if kind == "bounce_postfix":
            human = ("This is the mail system at host %s.\n\nI'm sorry to have to inform you that your message could not\n"
                     "be delivered to one or more recipients. It's attached below.\n\n<%s>: host %s said: 550 5.1.1\n"
                     "    <%s>: Recipient address rejected: User unknown in virtual mailbox table\n"
                     % (domain_of(frm_addr), st["orig_to"], domain_of(st["orig_to"]), st["orig_to"]))
            action, status = "failed", "5.1.1"
        else:
            human = ("This is the mail system at host relay.assistance.example.fr.\n\n####################################################################\n"
                     "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\n"
                     "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
                     "<%s>: connect to %s: Connection timed out\n" % (st["orig_to"], domain_of(st["orig_to"])))
            action, status = "delayed", "4.4.1"
        dsn = ("Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: %s\nStatus: %s\n"
               % (domain_of(frm_addr), format_datetime(dt), st["orig_to"], action, status))
        parts = [encode_part("text/plain", human, "7bit"),
                 b"Content-Type: message/delivery-status\n\n" + dsn.encode(),
                 b"Content-Type: text/rfc822-headers\n\n" + orig.encode()]
        return multipart("report", parts, "; report-type=delivery-status")
    if kind == "ndr_exchange":
        human = ("Votre message n'a pas pu être remis à %s, car l'adresse est introuvable ou ne peut pas recevoir de "
                 "courrier.\n\nAction requise du destinataire : vérifier l'adresse.\n\nLe serveur a renvoyé : "
                 "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n" % st["orig_to"])
        alt_h, alt_b = multipart("alternative", [encode_part("text/plain", human, "qp"),
                                                 encode_part("text/html", to_html(human, "owa"), "qp")])
        dsn = ("Reporting-MTA: dns;PR1P264MB1234.FRAP264.PROD.OUTLOOK.COM\n\nFinal-Recipient: rfc822;%s\n"
               "Action: failed\nStatus: 5.1.10\n" % st["orig_to"])
        parts = [("Content-Type: %s\n\n" % alt_h).encode() + alt_b,
                 b"Content-Type: message/delivery-status\n\n" + dsn.encode(),
                 b"Content-Type: message/rfc822\n\n" + orig.encode() + b"\nBonjour, ...\n"]
        return multipart("report", parts, "; report-type=delivery-status")
    if kind in ("mdn_outlook", "mdn_tb"):
        if kind == "mdn_outlook":
            human = ("Votre message\n\n  À : %s\n  Objet : %s\n  Envoyé : %s\n\na été lu le %s.\n"
                     % (frm_addr, st["orig_subject"], format_datetime(dt), format_datetime(dt)))
            human_part = encode_part("text/plain", human, "qp")
        else:
            human = ("This is a Return Receipt for the mail that you sent to %s.\n\nNote: This Return Receipt only "
                     "acknowledges that the message was displayed on the recipient's computer. There is no guarantee "
                     "that the recipient has read or understood the message contents.\n" % frm_addr)
            human_part = encode_part("text/plain", human, "7bit")
        mdn = ("Reporting-UA: %s\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: <SUP.%d@assistance.example.fr>\n"
               "Disposition: manual-action/MDN-sent-manually; displayed\n"
               % ("Microsoft Outlook" if kind == "mdn_outlook" else "localhost; Thunderbird", frm_addr, int(dt.timestamp())))
        parts = [human_part, b"Content-Type: message/disposition-notification\n\n" + mdn.encode()]
        return multipart("report", parts, "; report-type=disposition-notification")
    if kind == "dmarc":
        human = "This is an aggregate report from google.com.\n"
        return multipart("mixed", [encode_part("text/plain", human, "7bit"),
                                   dummy_attachment("google.com!assistance.example.fr!1728777600!1728863999.zip", "application/zip")])
    raise ValueError(kind)


def build(m, dt):
    st = m["style"]
    name, frm_addr = fill(m["frm"][0]), fill(m["frm"][1])
    dom = domain_of(frm_addr)
    subject, body = fill(m["subj"]), fill(m["body"])
    mailer = st.get("mailer", "none")
    kind = st.get("kind")
    automated_sender = kind is not None or st.get("null_return")
    rp = "<>" if automated_sender else "<%s>" % frm_addr
    auth = st.get("auth", "none" if automated_sender else "pass")
    relay = {"outlook": "PAUP264CU00%d.outbound.protection.outlook.com" % RNG.randint(1, 9),
             "owa": "PAUP264CU00%d.outbound.protection.outlook.com" % RNG.randint(1, 9),
             "android": "PAUP264CU00%d.outbound.protection.outlook.com" % RNG.randint(1, 9),
             "gmail": "mail-wr1-f%d.google.com" % RNG.randint(40, 80)}.get(mailer, "smtp%d.%s" % (RNG.randint(1, 4), dom))
    ip = "%s.%d" % (RNG.choice(["203.0.113", "198.51.100", "192.0.2"]), RNG.randint(2, 250))
    rcv_dt = dt + datetime.timedelta(seconds=RNG.randint(2, 40))
    if auth == "pass":
        ar = ("mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n"
              "\tdmarc=pass (p=none dis=none) header.from=%s" % (dom, dom, dom))
    elif auth == "fail":
        ar = ("mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=fail smtp.mailfrom=%s;\n"
              "\tdmarc=fail (p=quarantine dis=none) header.from=%s" % (dom, dom))
    else:
        ar = "mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=pass smtp.helo=%s;\n\tdmarc=none" % relay
    H = [("Return-Path", rp), ("Delivered-To", "support@assistance.example.fr"),
         ("Received", "from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n\tfor <support@assistance.example.fr>; %s"
          % (relay, relay, ip, rand_id(15, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), format_datetime(rcv_dt))),
         ("Authentication-Results", ar)]
    date_dt = dt.astimezone(datetime.timezone.utc) if mailer in ("owa", "outlook", "android") and RNG.random() < 0.5 else dt
    H.append(("From", addr(name, frm_addr)))
    to = st.get("to_list") or "support@assistance.example.fr"
    H.append(("To", to if RNG.random() < 0.5 or st.get("to_list") else "Assistance <%s>" % to))
    if st.get("cc"):
        H.append(("Cc", fill(st["cc"])))
    if st.get("reply_to"):
        H.append(("Reply-To", st["reply_to"]))
    H.append(("Subject", hdr_text(subject)))
    H.append(("Date", format_datetime(date_dt)))
    H.append(("Message-ID", msgid(mailer, dom, dt)))
    if st.get("reply"):
        ref = re.search(r"#(SUP-\d+)", subject)
        rid = "<%s.%d.%s@assistance.example.fr>" % (ref.group(1) if ref else "SUP-00" + str(RNG.randint(7000, 7399)),
                                                   int(dt.timestamp()) - RNG.randint(3600, 400000), rand_id(6))
        H += [("In-Reply-To", rid), ("References", rid)]
    for k, v in MAILERS.get(mailer, []):
        if k == "Thread-Index":
            v = base64.b64encode(bytes(RNG.randrange(256) for _ in range(22))).decode()
        H.append((k, v))
    for k, v in st.get("hdrs", {}).items():
        H.append((k, v))
    H.append(("MIME-Version", "1.0"))

    if kind:
        ctype, payload = report_body(m, frm_addr, dt)
        top = None
    else:
        fmt = st.get("fmt", "plain")
        enc = st.get("enc", "8bit")
        cs = st.get("charset")
        if fmt == "plain":
            leaf = encode_part("text/plain", body, enc, cs)
        elif fmt == "html":
            leaf = encode_part("text/html", to_html(body, mailer), enc, cs)
        else:
            ah, ab = multipart("alternative", [encode_part("text/plain", body, enc, cs),
                                               encode_part("text/html", to_html(body, mailer), enc, cs)])
            leaf = ("Content-Type: %s\n\n" % ah).encode() + ab
        if st.get("attach"):
            ctype, payload = multipart("mixed", [leaf, dummy_attachment(*st["attach"])])
        else:
            head, _, payload = leaf.partition(b"\n\n")
            top = head.decode("ascii")
            ctype = None
    out = "".join("%s: %s\n" % (k, v) for k, v in H)
    if ctype:
        out += "Content-Type: %s\n\n" % ctype
        if ctype.startswith("multipart") and RNG.random() < 0.5:
            out += "This is a multi-part message in MIME format.\n\n"
        return out.encode("ascii") + payload
    return out.encode("ascii") + top.encode("ascii") + b"\n\n" + payload


# ====================================================================== labels and checks
def label_for(m, fname):
    frm_addr = fill(m["frm"][1])
    code = uai(m["uai7"]) if m["uai7"] else None
    region = m["region"]
    if region == "auto":
        if code:
            region = PREFIX_REGION[code[:3]]
        else:
            region = DOMAIN_REGION.get(domain_of(frm_addr))
    return {"file": fname, "category": m["cat"], "auto_reply_ok": m["ok"], "uai": code, "region": region,
            "platform": m["platform"], "hard": m["hard"], "lang": m["lang"], "notes": m["notes"]}


def text_of(msg):
    chunks = [str(msg.get("From", "")), str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
    return "\n".join(chunks)


def check(outdir):
    names = sorted(f for f in os.listdir(outdir) if re.fullmatch(r"h\d{3}\.eml", f))
    assert names == ["h%03d.eml" % i for i in range(1, 151)], names
    labels = [json.loads(l) for l in open(os.path.join(outdir, "labels.jsonl"), encoding="utf-8")]
    assert len(labels) == 150 and [l["file"] for l in labels] == names
    keys = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
    for lab in labels:
        assert list(lab) == keys, lab
        with open(os.path.join(outdir, lab["file"]), "rb") as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        assert msg["From"] and msg["Subject"] is not None and msg["Message-ID"] and msg["Date"], lab["file"]
        assert not msg.defects, (lab["file"], msg.defects)
        txt = text_of(msg)
        assert lab["category"] in CATEGORIES, lab
        assert lab["platform"] in PLATFORMS, lab
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, lab
        sender_dom = domain_of(msg["From"].addresses[0].addr_spec)
        if lab["uai"] is not None:
            assert valid_uai(lab["uai"]), lab
            assert lab["uai"].lower() in txt.lower(), ("UAI not in mail", lab["file"])
            assert lab["region"] == PREFIX_REGION[lab["uai"][:3]], lab
        else:
            assert lab["region"] == DOMAIN_REGION.get(sender_dom), lab
        assert lab["lang"] in ("fr", "en") and lab["notes"], lab
    return labels


def main():
    assert len(MAILS) == 150, len(MAILS)
    order = list(range(len(MAILS)))
    RNG.shuffle(order)
    labels = []
    for i, idx in enumerate(order, 1):
        m = MAILS[idx]
        fname = "h%03d.eml" % i
        dt = when(m["style"].get("day"), night=m["style"].get("kind") == "dmarc")
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(build(m, dt))
        labels.append(label_for(m, fname))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    labels = check(HERE)
    counts = {}
    for lab in labels:
        counts[lab["category"]] = counts.get(lab["category"], 0) + 1
    print("wrote 150 mails;", dict(sorted(counts.items())),
          "auto_reply_ok:", sum(l["auto_reply_ok"] for l in labels), "hard:", sum(l["hard"] for l in labels))


if __name__ == "__main__":
    main()
