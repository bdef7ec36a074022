#!/usr/bin/env python3
"""holdout77: 150 hand-written support mails (lycées professionnels and CFA,
Occitanie and Nouvelle-Aquitaine) with their labels.

Standard library only, deterministic.  Every mail text below is written by
hand; this script only wraps each text in headers and a transfer encoding,
writes h001.eml .. h150.eml and labels.jsonl next to itself, then re-reads
them and checks them.
"""
import datetime
import email
import json
import random
import re
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 77
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

OC = "occitanie"
NA = "nouvelle-aquitaine"
DEPTS = {
    OC: "09 11 12 30 31 32 34 46 48 65 66 81 82",
    NA: "16 17 19 23 24 33 40 47 64 79 86 87",
    "auvergne-rhone-alpes": "01 03 07 15 26 38 42 43 63 69 73 74",
    "bourgogne-franche-comte": "21 25 39 58 70 71 89 90",
    "bretagne": "22 29 35 56",
    "centre-val-de-loire": "18 28 36 37 41 45",
    "grand-est": "08 10 51 52 54 55 57 67 68 88",
    "hauts-de-france": "02 59 60 62 80",
    "ile-de-france": "75 77 78 91 92 93 94 95",
    "normandie": "14 27 50 61 76",
    "pays-de-la-loire": "44 49 53 72 85",
    "provence-alpes-cote-d-azur": "04 05 06 13 83 84",
}
PREFIX_REGION = {"0" + d: r for r, ds in DEPTS.items() for d in ds.split()}
PREFIX_REGION.update({"620": "corse", "720": "corse", "971": "guadeloupe",
                      "972": "martinique", "973": "guyane", "974": "la-reunion",
                      "976": "mayotte"})
DOMAIN_REGION = {
    "ac-toulouse.fr": OC, "ac-montpellier.fr": OC,
    "ac-bordeaux.fr": NA, "ac-limoges.fr": NA, "ac-poitiers.fr": NA,
    "ac-lyon.fr": "auvergne-rhone-alpes", "ac-grenoble.fr": "auvergne-rhone-alpes",
    "ac-clermont.fr": "auvergne-rhone-alpes", "ac-rennes.fr": "bretagne",
    "ac-nantes.fr": "pays-de-la-loire", "ac-paris.fr": "ile-de-france",
    "ac-creteil.fr": "ile-de-france", "ac-versailles.fr": "ile-de-france",
    "ac-lille.fr": "hauts-de-france", "ac-amiens.fr": "hauts-de-france",
    "ac-aix-marseille.fr": "provence-alpes-cote-d-azur", "ac-nice.fr": "provence-alpes-cote-d-azur",
    "ac-orleans-tours.fr": "centre-val-de-loire", "ac-normandie.fr": "normandie",
    "ac-corse.fr": "corse", "ac-dijon.fr": "bourgogne-franche-comte",
    "ac-besancon.fr": "bourgogne-franche-comte", "ac-strasbourg.fr": "grand-est",
    "ac-nancy-metz.fr": "grand-est", "ac-reims.fr": "grand-est",
}
CATEGORIES = ["password_reset", "missing_noreply_mail", "mailinblack_spam",
              "account_creation", "subscription_activation",
              "head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"]
AUTO_OK = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
           "account_creation", "subscription_activation"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
CAT = {"PR": "password_reset", "MN": "missing_noreply_mail", "MB": "mailinblack_spam",
       "AC": "account_creation", "SA": "subscription_activation",
       "HE": "head_of_establishment_request", "OB": "order_billing",
       "CD": "contract_documents", "TI": "transfer_incident", "AU": "automated",
       "OT": "other"}

MAILS = []


def M(cat, ar, uai, region, platform, hard, lang, frm, subj, body, notes, **opts):
    MAILS.append(dict(category=CAT[cat], auto_reply_ok=ar, uai=uai, region=region,
                      platform=platform, hard=hard, lang=lang, frm=frm, subj=subj,
                      body=body, notes=notes, opts=opts))

# ---------------------------------------------------------------- password_reset
M("PR", True, "0311214B", OC, "esidoc", False, "fr",
  "Sandrine Castex <sandrine.castex@ac-toulouse.fr>",
  "Mot de passe e-sidoc perdu - LP Airbus Toulouse",
  """Bonjour,

Je suis la professeure documentaliste du lycée professionnel (section
aéronautique) et je n'arrive plus à me connecter à l'administration
de notre portail e-sidoc. Le mot de passe que j'avais noté dans mon
carnet ne passe plus, il a sans doute été changé par ma collègue
partie à la retraite en juin.

Notre UAI : 0311214B.

Pouvez-vous me renvoyer un lien de réinitialisation ?

Merci d'avance,
Sandrine Castex
Professeure documentaliste - CDI
""", "Plain lost e-sidoc administration password, UAI in the body, academic sender.",
  client="tb")

M("PR", True, "0337166K", NA, "esidoc", False, "fr",
  "Yannick Berthelot <yannick.berthelot@ac-bordeaux.fr>",
  "mdp cdi",
  """bonjour
je suis prof doc stagiaire au lp de blanquefort, on m'a donne l'identifiant
du portail cdi (0337166K) mais pas le mdp et personne ne le connait ici
est ce que vous pouvez le reinitialiser svp
merci
yannick
""", "Short unaccented mail with 'mdp': nobody knows the portal password, UAI given.",
  client="gm")

M("PR", True, "0646812G", NA, "esidoc", True, "fr",
  "CDI LP Ramiro Arrue <ce.0646812G@ac-bordeaux.fr>",
  "Identifiant oublié portail documentaire",
  """Bonjour,

Le secrétariat me prête la boîte de l'établissement car la mienne ne
fonctionne pas encore. Je suis le nouveau professeur documentaliste et
je ne connais ni l'identifiant ni le mot de passe du portail e-sidoc
du lycée professionnel.

Pouvez-vous envoyer le lien de réinitialisation sur cette adresse ?
Je le récupérerai auprès de la secrétaire.

Bien à vous,
Mikel Etcheverry
CDI - Saint-Jean-de-Luz
""", "The UAI appears only in the ce.<UAI>@ac-bordeaux.fr sender address; the documentalist asks the link on the official mailbox.",
  client="zm")

M("PR", True, "0816917D", OC, "espace_acheteur", False, "fr",
  "Gestion LP Toulouse-Lautrec <gestion.lp81@gmail.com>",
  "Compte bloqué Espace Acheteur",
  """Bonjour,

Après trois essais, notre compte sur l'Espace Acheteur est bloqué. Je
devais passer la commande des blouses et des équipements de protection
pour les sections CAP avant les vacances.

Établissement : LP Toulouse-Lautrec, Albi - UAI 0816917D

Comment débloquer le compte ? Merci de faire vite si possible.

Nadia Ferrand
Adjointe gestionnaire
""", "Account locked after three failed attempts; the auto answer sends the link to the address on file, not to this Gmail.",
  client="gm")

M("PR", False, "0476642P", NA, "esidoc", True, "fr",
  "Céline Darrigrand <celine.darrigrand@ac-bordeaux.fr>",
  "RE: [#SUP-021877] Mot de passe e-sidoc",
  """Bonjour,

Le lien est bien parti mais sur l'adresse ce.0476642P, que plus personne
ne consulte depuis la fusion des deux lycées pro : le secrétariat dit
n'avoir rien reçu et le lien a sûrement expiré. Pouvez-vous m'aider
autrement ? Je suis bloquée depuis une semaine.

Céline Darrigrand
Professeure documentaliste

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 13 janvier 2025 09:12
À : Céline Darrigrand <celine.darrigrand@ac-bordeaux.fr>
Objet : [#SUP-021877] Mot de passe e-sidoc

Bonjour,
Un lien de réinitialisation a été envoyé à l'adresse officielle de
l'établissement (ce.04*****@ac-bordeaux.fr). Il est valable 12 heures.
L'équipe d'assistance
""", "Reply after the automatic answer: the official mailbox is not read and the link expired, so a person must take over.",
  client="ol", reply=True)

M("PR", True, "0664225J", OC, "esidoc", True, "fr",
  "Josep Puig <josep.puig@ac-montpellier.fr>",
  "Lien de réinitialisation expiré",
  """Bonjour,

J'ai bien reçu hier le courriel pour changer le mot de passe de notre
e-sidoc, mais je n'ai cliqué que ce matin (journée de stage en
entreprise avec les Bac pro) et le lien indique qu'il a expiré.

Pouvez-vous m'en renvoyer un ? Lycée professionnel de Perpignan,
UAI : 0664 225 J.

Merci,
Josep Puig
""", "Expired reset link; the UAI is written with spaces (0664 225 J), the label is 0664225J.",
  client="ap")

M("PR", True, "0231933B", NA, "esidoc", True, "fr",
  "Hélène Moreau <helene.moreau3@ac-limoges.fr>",
  "accès back office",
  """Bonjour,

Ce n'est pas mon mot de passe de messagerie qui pose problème, c'est
celui du back office e-sidoc : il a expiré pendant le congé maternité
de ma collègue et je ne peux pas publier la sélection « métiers du
bâtiment » pour les apprentis.

UAI du lycée : 0231933b

Merci de votre aide,
Hélène Moreau
Documentaliste, lycée des métiers du bâtiment, Felletin
""", "Negation about the mail password, but the e-sidoc password expired; UAI written in lower case.",
  client="tb")

M("PR", True, "0878000Y", NA, "espace_acheteur", True, "en",
  "Martin O'Connell <m.oconnell@cfa-metiers-limousin.fr>",
  "Forgotten password - buyer space",
  """Hello,

I work as procurement officer at the apprenticeship centre (CFA) in
Limoges, I am the English-speaking assistant of our director. I forgot
the password of our buyer account and the reset page says my e-mail is
unknown.

Our establishment code is 0878000Y if that helps.

Kind regards,
Martin O'Connell
""", "English lost password; the code 0878000Y is shown for the CFA (valid check letter), region from its département 087.",
  client="ol")

M("PR", False, None, OC, "esidoc", True, "fr",
  "Aurélie Fabre <aurelie.fabre@ac-montpellier.fr>",
  "mot de passe portail CDI lycee pro Nimes",
  """Bonjour,
je n'ai plus le mot de passe du portail e-sidoc du CDI. Notre numéro
UAI est 0301234K (lycée professionnel Frédéric Mistral... enfin je crois
que c'est ça, je l'ai recopié d'un vieux document).
Pouvez-vous m'envoyer directement le nouveau mot de passe sur ma boîte
perso aurelie.fabre30@orange.fr ? Je n'ai pas accès à la boîte du lycée.
Merci
Aurélie
""", "UAI 0301234K has a wrong check letter (the digits give 0301234D), so no UAI; region from ac-montpellier.fr. Wants the password sent to a personal address: no automatic answer.",
  client="zm")

M("PR", True, "0198884D", NA, "esidoc", False, "fr",
  "Patrick Lavergne <patrick.lavergne@ac-limoges.fr>",
  "Demande de réinitialisation",
  """Madame, Monsieur,

Je remplace la documentaliste du LP Lavoisier de Brive jusqu'à la fin
de l'année. Je dois accéder à l'administration du portail pour
l'inventaire du fonds. Le mot de passe a été perdu.

Pouvez-vous procéder à la réinitialisation pour l'établissement
0198884D ?

Cordialement,
P. Lavergne
Professeur documentaliste contractuel
""", "Substitute librarian asks for a reset, UAI given in body.",
  client="ol", html="alt")

M("PR", True, "0461029U", OC, "ecoledirecte", True, "fr",
  "Sylvie Roques <secretariat@lpp-sainte-marie-figeac.fr>",
  "identifiant EcoleDirecte",
  """Bonjour,

Je suis secrétaire de direction au lycée professionnel privé de Figeac
(0461029U). J'ai oublié mon identifiant EcoleDirecte (espace personnel
établissement) depuis le changement de poste. Ce n'est pas le mot de
passe de maintenance que je demande, juste mon identifiant.

Merci,
Sylvie Roques
""", "Lost EcoleDirecte identifier, explicitly not the maintenance password.",
  client="ol")

M("PR", True, "0862493T", NA, "espace_acheteur", False, "fr",
  "Rachid Benali <rachid.benali@ac-poitiers.fr>",
  "Re: mot de passe espace acheteur",
  """Bonjour,

Désolé je reviens vers vous, j'ai refait la manip "mot de passe
oublié" pour l'Espace Acheteur mais je ne me souviens plus quelle
adresse avait été saisie par l'ancien chef de travaux. Il faudrait
réinitialiser l'accès du LP de Châtellerault, UAI 0862493T.

Rachid Benali
DDFPT

Le 04/02/2025 à 10:21, Rachid Benali a écrit :
> Bonjour, je n'arrive plus à me connecter à l'espace acheteur.
> Merci
""", "DDFPT lost the buyer-space password; quoted history is his own earlier mail on the same topic.",
  client="tb")

M("PR", True, "0322178U", OC, "esidoc", False, "fr",
  "Marie-Pierre Dupouy <mp.dupouy@ac-toulouse.fr>",
  "Impossible de me connecter au portail du CDI",
  """Bonjour,

Depuis la mise à jour du mois dernier je ne peux plus me connecter à
la partie gestion de notre portail e-sidoc, message "identifiant ou
mot de passe incorrect". Je pense que le mot de passe a expiré.

Lycée professionnel agricole ? Non : LP Clément Ader d'Auch,
UAI 0322178U.

Merci de me renvoyer un lien.
MP Dupouy
""", "Password no longer accepted after an update; asks for a reset link.",
  client="zm")

M("PR", True, "0401765B", NA, "esidoc", False, "en",
  "Sarah Whitfield <sarah.whitfield@ac-bordeaux.fr>",
  "Cannot log in to the library portal",
  """Hi,

I'm the English language assistant helping at the CDI of our vocational
high school in Mont-de-Marsan this year. The librarian asked me to write
because the admin password for the e-sidoc portal doesn't work anymore
and she is away on a trip with the apprentices.

School ID (UAI): 0401765B

Could you send a reset link?
Thanks a lot,
Sarah
""", "English request for an e-sidoc password reset, UAI given.",
  client="gm")

M("PR", False, "0128685A", OC, "esidoc", True, "fr",
  "Thomas Vidal <thomas.vidal@ac-toulouse.fr>",
  "Mot de passe + facture",
  """Bonjour,

Deux choses :
1) je n'ai plus le mot de passe du portail e-sidoc (LP de Rodez,
0128685A), pouvez-vous le réinitialiser ?
2) notre gestionnaire me dit que la facture de l'abonnement 2025
n'est toujours pas déposée sur Chorus Pro, elle en a besoin pour
mandater.

Merci !
Thomas Vidal, prof doc
""", "Two topics: password reset (main) and an invoice missing from Chorus; a single template would answer only half.",
  client="tb")

M("PR", True, "0176014V", NA, "esidoc", True, "fr",
  "Lucie Garnier <lucie.garnier@ac-poitiers.fr>",
  "portail",
  """Bonjour,
Je ne connais pas le mot de passe, on ne me l'a jamais transmis.
Merci.

--
Lucie Garnier
Professeure documentaliste
Lycée professionnel maritime - La Rochelle
UAI 0176014V
""", "Very short body; the UAI appears only in the signature.",
  client="ap")

M("PR", True, "0343273Y", OC, "espace_acheteur", True, "fr",
  "Frédéric Combes <frederic.combes@ac-montpellier.fr>",
  "Connexion espace acheteur / pas un problème de mail",
  """Bonjour,

Je précise que je reçois bien vos mails (pas de souci de spam chez
nous) ; mon problème c'est que mon mot de passe de l'Espace Acheteur
n'est plus valide depuis le 1er janvier et le formulaire me renvoie
vers une page d'erreur. Je suis chef de travaux (DDFPT) au LP Jean
Mermoz de Béziers, UAI 0343273Y. Je dois commander le nouveau tour
à commande numérique.

Cordialement,
F. Combes
""", "Says the mails do arrive (not missing_noreply_mail): the buyer-space password expired.",
  client="ol")

M("PR", True, "0095185M", OC, "esidoc", False, "fr",
  "Claire Soulé <claire.soule@ac-toulouse.fr>",
  "Perte identifiants portail CDI",
  """Bonjour,

J'ai changé de messagerie et je ne retrouve plus le mail avec mes
identifiants du portail documentaire. Pouvez-vous me renvoyer un lien
pour le mot de passe ? LP de Pamiers - 0095185M.

Merci beaucoup,
Claire
""", "Lost credentials mail and password; asks for a new link, UAI given.",
  client="gm")

M("PR", False, "0653976U", OC, "esidoc", True, "fr",
  "Didier Pujol <didier.pujol65@gmail.com>",
  "urgent mdp",
  """bjr
je suis prof d'atelier (maintenance des véhicules) et je remplace la
doc pour qq semaines, elle ne m'a pas laissé le mdp du portail e-sidoc.
Envoyez le sur cette adresse svp, je n'ai pas encore d'adresse
académique. LP Tarbes 0653976U
merci
""", "Teacher writes from a Gmail address and asks the password on it: never send to an address not on file, a person must handle it.",
  client="gm")

M("PR", True, "0247623F", NA, "esidoc", False, "fr",
  "Anne Lacoste <anne.lacoste@ac-bordeaux.fr>",
  "Mot de passe administrateur e-sidoc",
  """Bonjour,

Le mot de passe administrateur de notre portail e-sidoc ne fonctionne
plus. Pourriez-vous le réinitialiser ?

Établissement : lycée des métiers de l'hôtellerie, Périgueux
UAI : 0247623F

Cordialement,
Anne Lacoste
Professeure documentaliste
""", "Standard lost administrator password with UAI.",
  client="ol", enc="qp", html="alt")

M("PR", True, None, None, "ticket_portal", False, "en",
  "Ben Carter <ben.carter@outlook.com>",
  "ticket portal password",
  """Hello,

I opened a ticket last month on your ticket portal about our apprentices'
library account, and now I can't log back in: it says my password is
wrong. Can you reset it please?

Ben Carter
""", "English lost password for the ticket portal; no UAI, non-academic sender.",
  client="ol")

M("PR", True, "0792770G", NA, "esidoc", False, "fr",
  "Valérie Texier <valerie.texier@ac-poitiers.fr>",
  "Réinitialisation mot de passe portail CDI LP Niort",
  """Bonjour,
Suite à une erreur de ma part (trop d'essais), le compte administrateur
de notre portail est verrouillé. Pouvez-vous le débloquer ?
Lycée professionnel Gaston Barré, UAI 0792770G.
Merci,
Valérie Texier
""", "Locked account after too many attempts, UAI in body.",
  client="zm", enc="b64")

# ---------------------------------------------------------- missing_noreply_mail
M("MN", True, "0314550C", OC, "espace_acheteur", False, "fr",
  "Karine Estrade <karine.estrade@ac-toulouse.fr>",
  "Pas reçu le mail d'activation Espace Acheteur",
  """Bonjour,

J'ai créé hier le compte de notre lycée professionnel sur l'Espace
Acheteur pour commander le matériel de l'atelier électrotechnique, mais
je n'ai jamais reçu le courriel d'activation. J'ai attendu 24 h.

Lycée professionnel du Mirail - UAI 0314550C

Cordialement,
Karine Estrade
Secrétaire de gestion
""", "Activation mail from the buyer space never arrived; no anti-spam product named.",
  client="ol")

M("MN", True, None, None, "esidoc", False, "fr",
  "Bruno Cazals <bruno.cazals@orange.fr>",
  "mail nouveau mot de passe jamais arrivé",
  """Bonjour
j'ai cliqué 4 fois sur "mot de passe oublié" sur le portail du CDI de
mon lycée pro, la page dit qu'un mail est parti mais rien dans ma boite.
le mot de passe en lui même je peux le changer une fois le mail recu,
c'est juste que rien n'arrive.
Bruno
""", "The reset tool works but the new-password mail never arrives: missing_noreply_mail; non-academic sender, no UAI.",
  client="gm")

M("MN", True, "0336999D", NA, "espace_acheteur", True, "fr",
  "Secrétariat LP Trégey <ce.0336999D@ac-bordeaux.fr>",
  "Notifications de commande",
  """Bonjour,

Depuis janvier nous ne recevons plus aucune notification de l'Espace
Acheteur quand une commande est validée ou livrée (avant on les
recevait sur cette adresse). Nous n'avons rien changé de notre côté,
pas de filtre particulier à notre connaissance.

Merci de vérifier.
Le secrétariat de direction
""", "Notifications from the platform stopped arriving; the UAI is only in the ce.<UAI> sender address.",
  client="zm")

M("MN", True, "0649596H", NA, "esidoc", False, "en",
  "Laura Martinez <laura.martinez@ac-bordeaux.fr>",
  "No confirmation e-mail",
  """Hello,

I registered the CDI of our vocational school (LP in Bayonne, 0649596H)
to the e-sidoc newsletter and password tool but the confirmation e-mail
never came. Nothing in my inbox. What should I do?

Regards,
Laura Martinez
Teacher-librarian
""", "English: confirmation mail never received, no anti-spam product named.",
  client="ol")

M("MN", False, "0305085P", OC, "espace_acheteur", False, "fr",
  "Olivier Bousquet <olivier.bousquet@ac-montpellier.fr>",
  "RE: [#SUP-022410] Mail d'activation non reçu",
  """Bonjour,

Comme conseillé, j'ai regardé dans les indésirables et j'ai ajouté
l'adresse no-reply dans les expéditeurs autorisés. Toujours rien
après trois jours. Pouvez-vous transmettre à la région ou activer le
compte à la main ? L'atelier attend ses commandes de consommables.

Olivier Bousquet
Chef de travaux - LP Alès, 0305085P

De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 6 février 2025 14:03
Objet : [#SUP-022410] Mail d'activation non reçu
> Vérifiez votre dossier de courrier indésirable et ajoutez l'expéditeur
> no-reply à vos contacts. Sans nouvelle sous 48 h, nous relancerons.
""", "Reply after the junk-folder answer: still nothing, asks to escalate; the template was already sent, a person must follow up.",
  client="ol", reply=True)

M("MN", True, "0475031N", NA, "esidoc", True, "fr",
  "Émilie Rouquette <emilie.rouquette@ac-bordeaux.fr>",
  "Lien du mot de passe pas reçu",
  """Bonjour,

Je n'ai pas de souci pour me souvenir de mon mot de passe, c'est juste
que le mail "Réinitialisation de votre mot de passe" n'arrive jamais
quand je le demande sur e-sidoc. Je voudrais le changer pour la
rentrée des apprentis.

Emilie Rouquette
Lycée pro Jean Monnet, Agen
0475031N
""", "Negation about forgetting the password; the no-reply reset mail never arrives.",
  client="ap")

M("MN", True, None, OC, "espace_acheteur", False, "fr",
  "Jean-Luc Marty <jean-luc.marty@ac-toulouse.fr>",
  "mail de confirmation",
  """Bonjour,
Pas reçu le mail de confirmation d'inscription à l'Espace Acheteur
(inscription faite ce matin pour le CFA académique).
Merci
JL Marty
""", "Sign-up confirmation not received; no UAI, region from ac-toulouse.fr.",
  client="zm")

M("MN", True, "0161055K", NA, "espace_acheteur", False, "fr",
  "Pascale Girard <pascale.girard@ac-poitiers.fr>",
  "Aucun courriel reçu de votre plateforme",
  """Madame, Monsieur,

Notre adjoint gestionnaire devait recevoir un lien pour définir son mot
de passe sur l'Espace Acheteur. Rien n'est arrivé, ni dans la boîte de
réception ni dans les spams.

LP Jean Rostand, Angoulême (0161055K)

Cordialement,
Pascale Girard
""", "The set-password link never arrived, junk folder already checked, no anti-spam product.",
  client="ol", html="only")

M("MN", True, "0826437B", OC, "esidoc", False, "fr",
  "Nicolas Sabatier <nicolas.sabatier@ac-toulouse.fr>",
  "alertes nouveautés e-sidoc",
  """Bonjour,

Les mails automatiques d'alerte "nouveautés du CDI" ne sont plus reçus
par les élèves ni par moi depuis une semaine. Est-ce un problème de
votre côté ?

N. Sabatier, documentaliste
LP Antoine Bourdelle, Montauban - 0826437B
""", "Automatic notification mails from the portal stopped arriving.",
  client="tb")

M("MN", True, None, None, "espace_acheteur", True, "en",
  "Emma Doyle <emma.doyle@gmail.com>",
  "Didn't get the activation link",
  """Hi there,

I'm helping my colleague at the CFA (hospitality apprentices) with the
new buyer account. We are NOT using Mailinblack or any such filter, our
mail is plain Gmail, but the activation link never arrived.

Thanks,
Emma
""", "Names Mailinblack only to say they don't use it: missing_noreply_mail, not mailinblack_spam.",
  client="gm")

M("MN", True, "0235197Z", NA, "esidoc", False, "fr",
  "Gilles Peyrat <gilles.peyrat@ac-limoges.fr>",
  "Pas de mail",
  """Bonjour,

J'ai demandé un nouveau mot de passe pour le portail du CDI il y a
deux heures, toujours pas de mail. Lycée des métiers d'Aubusson,
0235197Z.

Gilles
""", "New-password mail not received after two hours.",
  client="tb")

M("MN", True, "0665895Z", OC, "espace_acheteur", False, "fr",
  "Mireille Ribas <mireille.ribas@ac-montpellier.fr>",
  "Courriel de validation de commande non reçu",
  """Bonjour,

Quand je valide un panier sur l'Espace Acheteur je devrais recevoir un
courriel récapitulatif pour le transmettre à l'agent comptable : je ne
reçois rien, alors que la commande apparaît bien dans l'historique.

LP Léon Blum, Perpignan - 0665895Z
Mireille Ribas, gestionnaire
""", "Order recap mail from the no-reply address not received; the order itself is fine.",
  client="ol")

M("MN", True, "0404219U", NA, "ticket_portal", False, "fr",
  "Christophe Lafitte <christophe.lafitte@ac-bordeaux.fr>",
  "portail de tickets - mail de confirmation",
  """Bonjour,
Je voulais suivre ma demande sur votre portail de tickets mais le mail
de confirmation pour créer mon mot de passe n'est jamais arrivé.
LP Dax 0404219U
Christophe Lafitte, DDFPT
""", "Ticket-portal confirmation mail never arrived.",
  client="zm")

M("MN", True, "0127091T", OC, "esidoc", True, "fr",
  "Isabelle Vernhes <isabelle.vernhes@ac-toulouse.fr>",
  "TR: mail d'activation",
  """Bonjour,

Je vous fais suivre le message de notre documentaliste : elle n'a pas
reçu le mail d'activation de son compte e-sidoc. Notre informaticien
a vérifié, il n'y a pas de filtre anti-spam sur la boîte académique.

Isabelle Vernhes
Proviseure adjointe, LP de Millau (0127091T)

-----Message d'origine-----
De : Agnès Bru
Objet : mail d'activation
Bonjour Isabelle, je n'ai toujours pas reçu le mail pour activer mon
compte e-sidoc, peux-tu écrire à l'assistance ? Merci. Agnès
""", "Forwarded by the deputy head, but it is a missing activation mail, not a head-of-establishment request.",
  client="ol")

M("MN", True, None, NA, "esidoc", False, "fr",
  "Sébastien Faure <sebastien.faure@ac-poitiers.fr>",
  "rien reçu",
  """bonjour, le mail pour réinitialiser mon mot de passe e-sidoc n'arrive
pas, j'ai vérifié les spams. merci
S. Faure
""", "Reset mail never arrives, spam checked; no UAI, region from ac-poitiers.fr.",
  client="ap")

M("MN", True, "0879403Y", NA, "espace_acheteur", False, "fr",
  "Agnès Dumas <agnes.dumas@ac-limoges.fr>",
  "Invitation Espace Acheteur",
  """Bonjour,

Mon proviseur m'a ajoutée comme utilisatrice de l'Espace Acheteur
(UAI 0879403Y, LP Raoul Dautry, Limoges) mais je n'ai jamais reçu
l'invitation par mail.

Bonne journée,
Agnès Dumas
""", "Invitation mail from the platform never arrived.",
  client="ol", enc="qp")

# ------------------------------------------------------------- mailinblack_spam
M("MB", True, "0317687M", OC, "espace_acheteur", False, "fr",
  "Laurent Delpech <laurent.delpech@ac-toulouse.fr>",
  "Vos mails bloqués par MailInBlack",
  """Bonjour,

Notre lycée pro vient de passer sous MailInBlack et je m'aperçois que
les mails de l'Espace Acheteur sont en quarantaine. Je n'ai pas les
droits pour les libérer. Que faut-il faire ?

Laurent Delpech
Technicien informatique, LP Stéphane Hessel - 0317687M
""", "MailInBlack named, platform mails quarantined.",
  client="ol")

M("MB", True, "0343166G", OC, "esidoc", False, "fr",
  "Hervé Guiraud <herve.guiraud@ac-montpellier.fr>",
  "mailinblack",
  """bonjour
on n'a pas recu le lien du mot de passe e-sidoc, l'informaticien dit
que mailinblack l'a bloqué car l'expediteur n'a pas "validé".
lp Sète 0343166G
""", "Reset link blocked by MailInBlack (named, lower case).",
  client="gm")

M("MB", True, "0868093E", NA, "espace_acheteur", False, "en",
  "David Green <david.green@ac-poitiers.fr>",
  "Your emails are stuck in MailinBlack quarantine",
  """Dear support,

Our school (vocational lycée in Poitiers, 0868093E) uses MailinBlack.
The account activation emails from your buyer platform are held in
quarantine and the no-reply sender never answers the captcha.

Could you help?
David Green, IT
""", "English; MailinBlack named, activation mails in quarantine.",
  client="ol")

M("MB", False, "0176822Y", NA, "espace_acheteur", True, "fr",
  "Corinne Aubert <corinne.aubert@ac-poitiers.fr>",
  "Messages en attente de validation",
  """Bonjour,

Un nouvel outil filtre nos mails : chaque nouvel expéditeur reçoit une
demande de "prouver qu'il est humain" en cliquant sur un lien, sinon
le message reste bloqué dans un espace d'attente. Vos mails de
validation de commande y sont tous.

LP de Rochefort, UAI 0176822Y
Corinne Aubert, gestionnaire
""", "The sender-authentication challenge is described without naming MailInBlack: a person should confirm the product before sending the guide.",
  client="zm")

M("MB", True, "0231374U", NA, "esidoc", False, "fr",
  "Xavier Lemoine <xavier.lemoine@ac-limoges.fr>",
  "Blocage Mailinblack",
  """Bonjour,

Le lien d'activation e-sidoc a été retenu par Mailinblack. Pouvez-vous
me donner l'adresse exacte à mettre en liste blanche ?

Xavier Lemoine
Lycée professionnel Guéret - 0231374U
""", "MailInBlack blocked the activation link; asks what to allow-list.",
  client="tb")

M("MB", True, "0813387S", OC, "espace_acheteur", True, "fr",
  "Séverine Bonnafous <severine.bonnafous@ac-toulouse.fr>",
  "Re: mot de passe Espace Acheteur",
  """Bonjour,

Ce n'est finalement pas mon mot de passe le problème : notre proxy
MailInBlack a mis le mail de réinitialisation en quarantaine, je viens
de le voir dans le récapitulatif quotidien. Il a expiré entre-temps.
Comment faire pour que vos mails passent ?

Séverine Bonnafous
LP de Castres, 0813387S

Le 10 mars 2025 à 08:44, Séverine Bonnafous <severine.bonnafous@ac-toulouse.fr> a écrit :
> Bonjour, j'ai oublié mon mot de passe de l'Espace Acheteur.
""", "Quoted history is a forgotten-password request, but the new text names MailInBlack quarantine as the real cause.",
  client="ap")

M("MB", True, "0652140Y", OC, "esidoc", True, "fr",
  "Marc Abadie <marc.abadie@ac-toulouse.fr>",
  "mails e-sidoc filtrés",
  """Bonjour,

Nos messageries passent maintenant par MailInBlack. Les élèves de
CAP ne reçoivent plus les rappels de prêt du CDI, ils sont bloqués
chez MailInBlack.

Marc Abadie
Prof doc - LP Lourdes
UAI : 0652140 Y
""", "MailInBlack blocks portal notifications; UAI written with a space in the signature (0652140 Y).",
  client="gm")

M("MB", True, None, NA, "espace_acheteur", False, "fr",
  "Nathalie Servant <nathalie.servant@ac-bordeaux.fr>",
  "Challenge anti-spam MailInBlack",
  """Bonjour,
votre no-reply ne passe pas le challenge MailInBlack de notre CFA, du
coup aucun mail de l'Espace Acheteur ne nous parvient. Merci de nous
dire comment faire.
N. Servant
""", "MailInBlack challenge named; no UAI, region from ac-bordeaux.fr.",
  client="zm")

M("MB", False, "0096874Y", OC, "espace_acheteur", True, "fr",
  "Jérôme Amiel <jerome.amiel@ac-toulouse.fr>",
  "Mailinblack + administrateur",
  """Bonjour,

1. Les mails d'activation de l'Espace Acheteur sont bloqués par
Mailinblack chez nous.
2. Par ailleurs, qui est l'administrateur de notre structure sur la
plateforme ? Je dois lui demander des droits.

J. Amiel, LP Foix (0096874Y)
""", "Two topics: MailInBlack blocking (main) and who the structure's administrator is (account_creation).",
  client="ol")

M("MB", True, "0478572M", NA, "esidoc", False, "en",
  "Tom Baker <tom.baker@ac-bordeaux.fr>",
  "Mailinblack holding your messages",
  """Hello,
The new-password email for e-sidoc is being held by Mailinblack at our
school (LP in Villeneuve-sur-Lot, 0478572M). How do we whitelist you?
Best,
Tom
""", "English; MailInBlack holds the new-password mail.",
  client="ap")

M("MB", True, "0337166K", NA, "esidoc", True, "fr",
  "Yannick Berthelot <yannick.berthelot@ac-bordeaux.fr>",
  "mailinblack encore",
  """re bonjour
finalement c'est mailinblack qui avait gardé le mail du mot de passe,
je l'ai vu dans la quarantaine mais le lien ne marche plus. comment
vous mettre en liste blanche ?
yannick, lp blanquefort 0337166K
""", "Follow-up from the same librarian: the reset mail was in MailInBlack quarantine.",
  client="gm")

M("MB", True, "0309908G", OC, "espace_acheteur", False, "fr",
  "Service informatique <informatique@lp-ales-30.fr>",
  "Quarantaine Mailinblack - liste blanche",
  """Bonjour,

Nous gérons la messagerie du LP d'Alès (0309908G). Mailinblack place
vos messages en quarantaine. Merci de nous communiquer les domaines et
adresses d'envoi à autoriser.

Cordialement,
Le service informatique
""", "IT department asks the MailInBlack allow-list details.",
  client="ol", html="alt")

# ------------------------------------------------------------- account_creation
M("AC", True, "0483717E", OC, "espace_acheteur", False, "fr",
  "Florence Chabrol <florence.chabrol@ac-montpellier.fr>",
  "Création de compte Espace Acheteur",
  """Bonjour,

Nous souhaitons créer un compte sur l'Espace Acheteur pour le lycée
professionnel de Mende afin de passer par la centrale pour l'achat de
mobilier d'atelier. Quelle est la démarche ?

UAI : 0483717E

Florence Chabrol
Adjointe gestionnaire
""", "Asks how to create a buyer account for the establishment.",
  client="ol")

M("AC", False, None, None, "espace_acheteur", False, "fr",
  "Direction CFA BTP Gers <direction@cfa-btp-gers.fr>",
  "Ouverture d'un compte pour notre CFA",
  """Bonjour,

Le CFA du BTP du Gers (association loi 1901, pas d'UAI de lycée) peut-il
adhérer à la centrale et ouvrir un compte acheteur ? Nous formons 320
apprentis (maçonnerie, couverture, menuiserie).

Bien cordialement,
Régis Daguzan
Directeur
""", "A CFA run by an association asks whether it may open a buyer account: eligibility needs a person.",
  client="ol")

M("AC", True, "0868093E", NA, "espace_acheteur", True, "fr",
  "Pierre Naudin <pierre.naudin@ac-poitiers.fr>",
  "compte en attente",
  """Bonjour,

Je n'ai pas perdu mon mot de passe : mon compte n'a jamais été validé.
Il est "en attente de validation" depuis mon inscription lundi.
LP du Bois d'Amour, Poitiers - 0868093E

Pierre Naudin, DDFPT
""", "Negation: not a lost password; the account waits for validation.",
  client="tb")

M("AC", False, "0307238E", OC, "espace_acheteur", False, "fr",
  "Sophie Granier <sophie.granier@ac-montpellier.fr>",
  "Qui est l'administrateur de notre structure ?",
  """Bonjour,

Je dois passer des commandes pour la section mode-vêtement mais on me
dit de demander à "l'administrateur de la structure". Personne au lycée
ne sait qui c'est. Pouvez-vous me le dire ?

LP Jules Raimu, Nîmes (0307238E)
Sophie Granier
""", "Asks who the structure's administrator is: needs a look-up by a person.",
  client="zm")

M("AC", True, "0194027Z", NA, "esidoc", False, "en",
  "Julia Reed <julia.reed@ac-limoges.fr>",
  "New librarian account",
  """Hello,

I'm the new teacher-librarian at the vocational school in Tulle
(0194027Z). How can I get my own account on the e-sidoc back office?

Thanks,
Julia Reed
""", "English; new librarian asks for her own back-office account.",
  client="gm")

M("AC", False, "0645110G", NA, "espace_acheteur", False, "fr",
  "Arnaud Iriarte <arnaud.iriarte@ac-bordeaux.fr>",
  "Droits de validation des commandes",
  """Bonjour,

Mon compte fonctionne mais je ne peux que consulter le catalogue. En
tant que DDFPT je dois pouvoir constituer les paniers pour les ateliers
(soudure, chaudronnerie). Pouvez-vous ouvrir ces droits ?

Arnaud Iriarte
LP de Pau - 0645110G
""", "Account works; asks for order rights to be opened: a person decides.",
  client="ol")

M("AC", True, "0115080M", OC, "esidoc", False, "fr",
  "Coralie Bories <coralie.bories@ac-montpellier.fr>",
  "créer un compte élève-documentaliste",
  """Bonjour
comment créer un compte pour ma collègue (deuxième prof doc à mi temps)
sur le portail du CDI ? lp Carcassonne 0115080M
merci
""", "How to create a second librarian account on the portal.",
  client="gm")

M("AC", False, None, OC, "espace_acheteur", False, "fr",
  "Lionel Escande <lionel.escande@ac-toulouse.fr>",
  "Compte en attente depuis 3 semaines",
  """Bonjour,

Mon compte sur l'Espace Acheteur est toujours en attente de validation
par l'administrateur de notre structure, qui est en arrêt maladie
jusqu'en juin. Qui peut valider à sa place ? Nous avons des achats de
machines-outils à faire avant la clôture budgétaire.

Lionel Escande
Chef de travaux
""", "Account waiting for weeks, administrator on sick leave: the region must step in.",
  client="ol")

M("AC", True, "0795847B", NA, "espace_acheteur", False, "fr",
  "Marine Fouché <marine.fouche@ac-poitiers.fr>",
  "Inscription",
  """Bonjour,
je voudrais m'inscrire sur l'espace acheteur pour le lycée pro de
Parthenay (0795847B), je suis la nouvelle secrétaire d'intendance.
Où dois-je aller ?
Marine
""", "New secretary asks how to register on the buyer space.",
  client="ap")

M("AC", False, "0311776M", OC, "espace_acheteur", False, "fr",
  "Gaël Tournier <gael.tournier@ac-toulouse.fr>",
  "UAI introuvable à l'ouverture de compte",
  """Bonjour,

À l'ouverture du compte client, notre UAI n'est pas dans la liste. Il
s'agit du CFA académique (UAI 0311776M) rattaché au lycée, mais quand
je tape 0311776 il ne trouve rien.

Gaël Tournier
Coordonnateur des apprentis
""", "The CFA's UAI is not in the list when opening the customer account: the sales team must look, so a person answers.",
  client="zm")

M("AC", True, "0249995J", NA, "esidoc", False, "fr",
  "Béatrice Lalande <beatrice.lalande@ac-bordeaux.fr>",
  "Compte pour l'AED au CDI",
  """Bonjour,

Est-il possible de créer un compte avec des droits limités (prêts et
retours) pour l'assistante d'éducation qui tient le CDI le mercredi ?

Lycée professionnel de Sarlat, UAI 0249995J
B. Lalande, professeure documentaliste
""", "Asks for a limited account for an assistant at the CDI.",
  client="ol", html="alt")

M("AC", False, "0648583G", NA, "espace_acheteur", True, "en",
  "Iker Salaberry <iker.salaberry@ac-bordeaux.fr>",
  "Two admins?",
  """Hi,

We are a vocational lycée with an apprentice unit (UFA) in Hendaye,
0648583G. Could both the head of works and the apprentices' coordinator
be administrators of the buyer account? They order for different
budgets.

Iker Salaberry
""", "English; asks whether two administrators are possible: a person answers.",
  client="gm")

# ------------------------------------------------------ subscription_activation
M("SA", True, "0338419X", NA, "esidoc", False, "fr",
  "Magali Brun <magali.brun@ac-bordeaux.fr>",
  "Abonnement presse numérique non visible",
  """Bonjour,

Nous avons commandé lundi l'abonnement à la ressource de presse
numérique pour le CDI, mais elle n'apparaît pas encore sur notre
portail. Est-ce normal ?

LP des métiers de l'automobile, Mérignac - 0338419X
Magali Brun
""", "Subscription ordered two days ago not yet visible: within the 72-hour rule.",
  client="ol")

M("SA", True, "0461087G", OC, "esidoc", True, "fr",
  "Éric Lafon <eric.lafon@ac-toulouse.fr>",
  "ressource à publier",
  """Bonjour,

Je me connecte sans problème, ce n'est pas un souci de mot de passe.
Je voudrais juste savoir comment publier la ressource "Vidéos métiers
du bâtiment" que nous avons achetée, pour que les apprentis la voient
depuis le portail.

Éric Lafon, LP Cahors - 0461087G
""", "Negation about the password; asks to publish a purchased resource.",
  client="tb")

M("SA", False, "0166536T", NA, "esidoc", False, "fr",
  "Christine Pallas <christine.pallas@ac-poitiers.fr>",
  "Toujours pas d'accès à l'abonnement",
  """Bonjour,

L'abonnement aux fiches métiers a été commandé et payé il y a trois
semaines (bon de commande joint à l'époque) et rien n'est visible sur
le portail de notre lycée professionnel. Ce n'est plus un simple délai.

LP de Cognac, 0166536T
Christine Pallas
""", "Ordered three weeks ago, still not active: past the 72-hour rule, a person must check the order.",
  client="ol")

M("SA", True, "0654258A", OC, "esidoc", False, "en",
  "Paul Hughes <paul.hughes@ac-toulouse.fr>",
  "Subscription not showing",
  """Hello,

We ordered the digital magazine bundle for our school library yesterday
(vocational lycée in Tarbes, 0654258A). When will it show on the portal?

Paul
""", "English; asks when a subscription ordered yesterday will be available.",
  client="gm")

M("SA", True, "0825937H", OC, "esidoc", False, "fr",
  "Delphine Capdeville <delphine.capdeville@ac-toulouse.fr>",
  "Nouvelle ressource pas visible élèves",
  """Bonjour,
La ressource d'autoformation en sécurité électrique (habilitation)
achetée avant-hier n'apparaît pas pour les élèves. Merci de vérifier.
LP Castelsarrasin 0825937H
D. Capdeville
""", "Purchased resource not yet visible to pupils, within 72 hours.",
  client="zm")

M("SA", True, "0195000G", NA, "esidoc", True, "fr",
  "Proviseur LP Ussel <proviseur.lp-ussel@ac-limoges.fr>",
  "Abonnement e-sidoc",
  """Madame, Monsieur,

Notre établissement (0195000G) a renouvelé hier l'abonnement au
portail. Pouvez-vous me dire quand il sera actif ? Le CDI rouvre lundi.

Le proviseur
""", "Written by the proviseur, but he only asks when the renewed subscription will be active: not a head-of-establishment request.",
  client="ol")


M("SA", True, "0873428D", NA, "esidoc", False, "fr",
  "Odile Vialle <odile.vialle@ac-limoges.fr>",
  "activation abonnement",
  """Bonjour,
Commande passée mardi pour l'extension "catalogue partagé CFA", pas
encore active ce jeudi matin. Faut-il attendre ?
O. Vialle, LP Limoges (0873428D)
""", "Extension ordered two days ago not active yet: within 72 hours.",
  client="tb")

M("SA", True, "0329999V", OC, "esidoc", False, "fr",
  "Thierry Sarrat <thierry.sarrat@ac-toulouse.fr>",
  "Module apprentis",
  """Bonjour,

Le module "carnet de liaison apprentis" acheté hier n'est pas encore
visible dans notre back office. Combien de temps faut-il compter ?

Thierry Sarrat
Lycée professionnel de Condom
UAI 0329999V
""", "Module bought yesterday not yet visible; UAI only in the signature.",
  client="ol")

M("SA", True, "0402950P", NA, "esidoc", False, "en",
  "Rachel Moss <rachel.moss@ac-bordeaux.fr>",
  "E-book package not available yet",
  """Hi,
We bought the vocational e-book package two days ago for our lycée pro
(0402950P), but pupils can't see it. Is there a delay?
Rachel
""", "English; package bought two days ago, within the 72-hour rule.",
  client="ap")

M("SA", True, "0118628U", OC, "esidoc", False, "fr",
  "Anaïs Cros <anais.cros@ac-montpellier.fr>",
  "Abonnement visible pour moi mais pas les élèves",
  """Bonjour,

L'abonnement aux revues techniques (mécanique, agricole) est visible
dans mon back office depuis ce matin mais pas encore sur la page
publique du portail pour les élèves. Faut-il faire quelque chose ?

Anaïs Cros - LP Narbonne - 0118628U
""", "Subscription visible in the back office but not published for pupils.",
  client="gm", enc="qp")

M("SA", True, "0797017Y", NA, "esidoc", True, "fr",
  "Jacqueline Poupard <jacqueline.poupard@ac-poitiers.fr>",
  "Re: [#SUP-023001] facture abonnement",
  """Bonjour,

Merci pour la facture, c'est réglé de notre côté. Par contre
l'abonnement n'est toujours pas visible sur le portail, le paiement
date d'avant-hier. Quand sera-t-il actif ?

J. Poupard, gestionnaire, LP Bressuire (0797017Y)

Le 12/03/2025 à 09:05, Assistance a écrit :
> Veuillez trouver ci-joint la facture n° F-2025-0412 de votre abonnement.
""", "Quoted history is about an invoice, but the new question is when the subscription becomes active.",
  client="tb", reply=True)

# ------------------------------------------------ head_of_establishment_request
M("HE", False, "0315579W", OC, "esidoc", False, "fr",
  "Proviseur LP Gallieni <ce.0315579W@ac-toulouse.fr>",
  "Demande de réinitialisation - compte administrateur e-sidoc",
  """Madame, Monsieur,

Je soussigné, Jean-Marc Estève, proviseur du lycée professionnel
Gallieni (UAI 0315579W), demande la réinitialisation du mot de passe
administrateur de notre portail e-sidoc et le remplacement de l'adresse
de contact par celle de notre nouvelle documentaliste :
ines.benhamou@ac-toulouse.fr.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

J.-M. Estève
Proviseur
""", "The proviseur writes from the ce.<UAI> address to ask a reset and a new contact address: head-of-establishment request.",
  client="zm", enc="qp", html="alt")

M("HE", False, "0348288Z", OC, "espace_acheteur", False, "fr",
  "Mme la Proviseure <ce.0348288Z@ac-montpellier.fr>",
  "Changement d'administrateur Espace Acheteur",
  """Bonjour,

Suite au départ de notre DDFPT, je vous demande de désigner M. Karim
Haddad, nouveau directeur délégué aux formations, comme administrateur
du compte Espace Acheteur du LP Charles de Gaulle, Sète.

Hélène Fabre
Proviseure
""", "The head asks in writing for a change of administrator; UAI in the ce. sender address.",
  client="ol", attach=[("courrier_changement_admin.pdf", "application/pdf")])

M("HE", False, "0331148U", NA, "espace_acheteur", False, "fr",
  "Jean-Pierre Dubernet <jean-pierre.dubernet@ac-bordeaux.fr>",
  "Autorisation de commande - équipement atelier",
  """Madame, Monsieur,

En ma qualité de proviseur du lycée professionnel de Libourne
(0331148U), j'autorise M. Olivier Lamarque, chef de travaux, à valider
la commande n° EA-2025-1187 (centre d'usinage et outillage, 48 350 € TTC)
sur l'Espace Acheteur.

J.-P. Dubernet, proviseur
""", "The head authorises an order in writing.",
  client="ol")

M("HE", False, "0236859F", NA, "esidoc", True, "fr",
  "Françoise Meunier <francoise.meunier@ac-limoges.fr>",
  "courrier de la proviseure",
  """Bonjour,

Vous trouverez ci-joint le courrier signé de notre proviseure, Mme
Lavaud (en copie), demandant la réinitialisation de l'adresse de
contact du portail e-sidoc de notre lycée pro (0236859F).

Françoise Meunier
Professeure documentaliste
""", "The librarian relays the head's signed letter with the head in copy: staff must check the letter and the sender.",
  client="tb", attach=[("demande_proviseure_signee.pdf", "application/pdf")],
  cc="Catherine Lavaud <catherine.lavaud@ac-limoges.fr>")

M("HE", False, "0663888T", OC, "esidoc", True, "fr",
  "Proviseur LP Rosa Luxemburg <ce.0663888T@ac-montpellier.fr>",
  "Demande écrite du chef d'établissement",
  """Madame, Monsieur,

Je vous demande de réinitialiser l'accès administrateur e-sidoc de
l'établissement UAI 0663888H et d'envoyer le lien à notre
documentaliste, Mme Garcia.

Le proviseur, Antoine Sala
""", "The body gives 0663888H (wrong check letter; the digits give 0663888T) but the ce.0663888T@ac-montpellier.fr sender carries the valid UAI, which is the label.",
  client="zm")

M("HE", False, "0864415G", NA, None, True, "fr",
  "Proviseur LP Poitiers <ce.0864415G@ac-poitiers.fr>",
  "URGENT changement adresse administrateur",
  """Bonjour,

Je suis le proviseur. Merci de remplacer immédiatement l'adresse de
l'administrateur de tous nos comptes (e-sidoc et Espace Acheteur) par
proviseur.lp86@gmail.com, notre messagerie académique étant en panne.

Merci de répondre uniquement à cette adresse.
""", "Claims to be the head from the ce.<UAI> address but SPF/DMARC fail and Reply-To is free mail: probable spoof, still a head request for staff to refuse; two products so no platform.",
  client="ol", auth="fail", replyto="proviseur.lp86@gmail.com")


M("HE", False, "0178876F", NA, "esidoc", False, "fr",
  "Principal adjoint <ce.0178876F@ac-poitiers.fr>",
  "Nouvel administrateur portail CDI",
  """Madame, Monsieur,

Le chef d'établissement du lycée professionnel de Saintes, M. Rivière,
me charge de vous transmettre sa demande : le compte administrateur du
portail e-sidoc doit être transféré à Mme Chloé Baudry, nouvelle
professeure documentaliste (chloe.baudry@ac-poitiers.fr).

Pour le proviseur et par délégation,
Luc Arnaud, proviseur adjoint
""", "Deputy head writes on the head's behalf from the ce.<UAI> address to change the administrator.",
  client="ol")

M("HE", False, "0816917D", OC, "espace_acheteur", False, "en",
  "Head teacher LP Toulouse-Lautrec <ce.0816917D@ac-toulouse.fr>",
  "Authorisation to validate the order",
  """Dear Sir or Madam,

As head of the vocational lycée Toulouse-Lautrec (0816917D), I hereby
authorise our bursar, Ms Nadia Ferrand, to validate basket no. 55821
(personal protective equipment for the CAP workshops).

Yours faithfully,
Michel Baylac, proviseur
""", "English; the head authorises an order in writing.",
  client="ol")

M("HE", False, "0122854M", OC, "esidoc", False, "fr",
  "Proviseure LP Alexis Monteil <ce.0122854M@ac-toulouse.fr>",
  "Réinitialisation adresse de contact",
  """Bonjour,
En tant que proviseure, je demande que l'adresse de contact de notre
portail e-sidoc soit remplacée par cdi.lp-monteil@ac-toulouse.fr,
l'ancienne boîte de la documentaliste ayant été supprimée.
Cordialement,
Véronique Calmels
""", "Head asks in writing to change the contact address.",
  client="zm", enc="b64")

M("HE", False, "0241296D", NA, "espace_acheteur", False, "fr",
  "Direction LP Bergerac <ce.0241296D@ac-bordeaux.fr>",
  "Changement de gestionnaire - accès administrateur",
  """Madame, Monsieur,

Mme Lorenzi, adjointe gestionnaire, quitte l'établissement le 31 mars.
Je vous demande de transférer ses droits d'administrateur de l'Espace
Acheteur à son successeur, M. Paul Rey (paul.rey@ac-bordeaux.fr).

Le proviseur, Daniel Faurie
""", "Head asks a change of administrator from the official address.",
  client="ol", html="alt")

M("HE", False, "0812345J", OC, "espace_acheteur", True, "fr",
  "Martine Vayssière <martine.vayssiere@cfa-tarn.fr>",
  "Demande de la directrice - administrateur du compte",
  """Madame, Monsieur,

Directrice de l'UFA rattachée au lycée professionnel, je vous demande
de me désigner administratrice du compte Espace Acheteur à la place de
M. Sicard, parti en retraite. Je vous adresse cette demande depuis ma
messagerie de service, l'adresse académique de l'établissement étant
réservée au secrétariat.

Martine Vayssière
Directrice - UFA / LP Le Sidobre, Castres
0812345J
""", "Head of the apprenticeship unit asks in writing to become administrator, from a non-academic address: a person checks; UAI only in the signature.",
  client="ol")

M("HE", False, "0641234U", NA, "esidoc", True, "en",
  "Gabriel Larrieu <gabriel.larrieu@ac-bordeaux.fr>",
  "Request from the head of establishment",
  """Dear support team,

I am the head of our vocational lycée. Please reset the e-sidoc
administrator password and send the link to our new librarian,
Ms Amaia Ospital. I confirm this request in writing.

Best regards,
Gabriel Larrieu
Proviseur - Lycée professionnel, Pau
uai: 0641234u
""", "English head-of-establishment request; the UAI is only in the signature, in lower case.",
  client="ap")

# ---------------------------------------------------------------- order_billing
M("OB", False, "0311214B", OC, "espace_acheteur", False, "fr",
  "Olivier Lamothe <olivier.lamothe@ac-toulouse.fr>",
  "Demande de devis - bancs de test moteurs",
  """Bonjour,

Pour la section maintenance des matériels, je souhaiterais un devis
pour 2 bancs de diagnostic moteur et 6 valises de test, livrés au LP
(UAI 0311214B). Le devis doit nous permettre d'établir le bon
d'engagement avant le conseil d'administration.

Olivier Lamothe
DDFPT
""", "Asks for a quote for workshop equipment, needed for the bon d'engagement.",
  client="ol")

M("OB", False, "0337166K", NA, "espace_acheteur", False, "fr",
  "Intendance LP Blanquefort <intendance.lpblanquefort@ac-bordeaux.fr>",
  "Facture non déposée sur Chorus Pro",
  """Bonjour,

La facture de la commande des établis et des étaux (commande
EA-2024-9912) n'a pas été déposée sur Chorus Pro. Notre agent comptable
ne peut pas payer sans. SIRET et code service : voir bon de commande.

Cordialement,
L'intendance - LP de Blanquefort (0337166K)
""", "Invoice missing from Chorus Pro.",
  client="zm")

M("OB", False, "0343075H", OC, "espace_acheteur", False, "fr",
  "Cédric Bonnet <cedric.bonnet@ac-montpellier.fr>",
  "panier bloqué",
  """Bonjour
le panier pour la commande des EPI (gants, lunettes, chaussures de
securité pour 90 eleves de CAP) reste bloqué au statut "en attente de
validation" depuis 10 jours. qui doit valider ?
Cédric Bonnet, chef de travaux, LP Lodève 0343075H
""", "Basket stuck awaiting validation.",
  client="gm")

M("OB", False, "0179999B", NA, "espace_acheteur", True, "fr",
  "Valérie Chauvet <valerie.chauvet@ac-poitiers.fr>",
  "RE: [#SUP-020554] mot de passe Espace Acheteur",
  """Bonjour,

Merci, le mot de passe est réglé. En revanche maintenant que j'ai accès,
je vois que la commande des caisses à outils (EA-2025-0098) est marquée
"facturée" mais la facture n'est ni sur la plateforme ni sur Chorus.
Pouvez-vous la déposer ?

Valérie Chauvet
Gestionnaire - LP de Jonzac (0179999B)

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Objet : [#SUP-020554] mot de passe Espace Acheteur
Un lien de réinitialisation vous a été envoyé. Il est valable 12 heures.
""", "Reply on a password ticket, but the new text clearly asks for a missing invoice on Chorus.",
  client="ol", reply=True)

M("OB", False, "0403964S", NA, "espace_acheteur", False, "en",
  "Helen Price <helen.price@ac-bordeaux.fr>",
  "Invoice amount is wrong",
  """Hello,

The invoice we received for the welding stations (order EA-2025-0231)
shows 12 stations, but we only ordered and received 10. Could you send
a corrected invoice? School: LP in Morcenx, 0403964S.

Helen Price, bursar's office
""", "English; wrong quantity on an invoice, asks for a corrected one.",
  client="ol", attach=[("facture_EA-2025-0231.pdf", "application/pdf")])

M("OB", False, "0327380Y", OC, "espace_acheteur", False, "fr",
  "Gestion LP Mirande <gestion@lp-mirande.fr>",
  "Moyens de paiement",
  """Bonjour,

Peut-on régler la commande du four de boulangerie pour la section
CAP par mandat administratif en deux fois (budget 2025 et 2026) ?

Le service de gestion - LP de Mirande (0327380Y)
""", "Question about payment means for an order.",
  client="ol")

M("OB", False, "0866582M", NA, "espace_acheteur", False, "fr",
  "Hugo Renaud <hugo.renaud@ac-poitiers.fr>",
  "bon d'engagement",
  """Bonjour,
Notre agent comptable demande un bon d'engagement à votre nom pour la
commande des imprimantes 3D du FabLab du lycée pro. Quel n° de SIRET
dois-je indiquer ? LP Loudun 0866582M
Hugo Renaud
""", "Asks details for the bon d'engagement.",
  client="tb")

M("OB", False, None, OC, "espace_acheteur", True, "fr",
  "Lucas Mazel <lucas.mazel@ac-montpellier.fr>",
  "Facture Chorus rejetée",
  """Bonjour,

Votre facture pour le matériel de la section menuiserie a été rejetée
sur Chorus Pro : le numéro d'engagement ne correspond pas. Le bon n'est
pas le 2025-118 mais le 2025-181. Pouvez-vous la redéposer ?

Établissement : LP Saint-Chély-d'Apcher, UAI 0489999T

Lucas Mazel, secrétariat d'intendance
""", "Invoice rejected on Chorus; the UAI 0489999T has a wrong check letter (the digits give 0489999H), so no UAI and region from ac-montpellier.fr.",
  client="ol", html="only")

M("OB", False, "0331999U", NA, "espace_acheteur", True, "fr",
  "Agence comptable <ce.0331999U@ac-bordeaux.fr>",
  "Paiement commande LP Libourne",
  """Bonjour,

L'agence comptable (LP Jean Monnet, 0331999U) règle les commandes des
établissements du groupement. Pour la commande du LP de Libourne
(0331148U), le RIB figurant sur votre facture diffère de celui
enregistré chez nous. Merci de nous confirmer vos coordonnées
bancaires par un courrier signé avant tout paiement.

Le fondé de pouvoir
""", "Accounting agency of the group writes from its ce. address about a payment; 0331148U is the lycée whose order it pays, the ticket is the agency's (0331999U).",
  client="zm")

M("OB", False, "0661353M", OC, "espace_acheteur", False, "fr",
  "Joëlle Serres <joelle.serres@ac-montpellier.fr>",
  "Validation de commande - mobilier CDI",
  """Bonjour,

J'ai constitué le panier pour le nouveau mobilier du CDI (rayonnages,
bacs à BD, 4 fauteuils) mais le bouton "valider la commande" reste
grisé. Faut-il une validation de la gestionnaire ?

Joëlle Serres, prof doc - LP Prades (0661353M)
""", "Order validation of library furniture blocked.",
  client="ap")

M("OB", False, None, None, "espace_acheteur", False, "fr",
  "Nathalie Pons <n.pons@cfa-agricole-occitanie.org>",
  "code service Chorus",
  """Bonjour,
pour deposer vos factures sur Chorus il faut utiliser notre code
service ACHATS-CFA et non le SIRET seul, sinon elles sont rejetees.
Pouvez vous corriger la facture de mars (tronconneuses) ?
Merci
Nathalie Pons, comptabilite
""", "Asks a corrected invoice with the right Chorus service code; no UAI, non-academic sender.",
  client="gm")

M("OB", False, "0233333Y", NA, "espace_acheteur", False, "fr",
  "Didier Aupetit <didier.aupetit@ac-limoges.fr>",
  "devis tablettes CDI",
  """Bonjour,

Je souhaite un devis pour 15 tablettes et une armoire de recharge pour
le CDI du lycée professionnel de La Souterraine (0233333Y), livraison
avant la rentrée de septembre.

Cordialement,
Didier Aupetit, professeur documentaliste
""", "Quote request for CDI equipment.",
  client="zm")

M("OB", False, "0471111C", NA, "espace_acheteur", False, "fr",
  "Sabine Couderc <sabine.couderc@ac-bordeaux.fr>",
  "Relance paiement",
  """Bonjour,

Votre service nous relance pour la facture F-2024-11873, or elle a été
payée le 14 janvier par virement (mandat 2025-027). Pouvez-vous vérifier
et arrêter les relances ?

Sabine Couderc
Gestionnaire, LP Marmande - 0471111C
""", "Payment reminder for an invoice already paid.",
  client="ol")

M("OB", False, "0091475E", OC, "espace_acheteur", False, "fr",
  "Romain Gouzy <romain.gouzy@ac-toulouse.fr>",
  "Avoir sur facture",
  """Bonjour,

Nous avons retourné deux perceuses à colonne défectueuses (commande
EA-2024-7760). Pouvez-vous émettre un avoir ? La facture initiale a
déjà été mandatée.

R. Gouzy, adjoint gestionnaire, LP Saint-Girons - 0091475E
""", "Asks a credit note on a paid invoice.",
  client="ol")

M("OB", False, "0476642P", NA, "espace_acheteur", True, "fr",
  "Céline Darrigrand <celine.darrigrand@ac-bordeaux.fr>",
  "Devis mobilier + question abonnement",
  """Bonjour,

Pourriez-vous me faire parvenir un devis pour 30 chaises et 6 tables
modulables pour le CDI (LP Agen, 0476642P) ? Le montant doit passer au
CA de juin.

Autre petite question en passant : l'abonnement presse a-t-il bien été
activé ? Je n'ai pas vérifié depuis lundi.

Céline
""", "Two topics: a quote (main) and a passing question about a subscription.",
  client="ol")

M("OB", False, "0486138L", OC, "espace_acheteur", False, "en",
  "Mark Evans <mark.evans@ac-montpellier.fr>",
  "Quote request: forestry equipment",
  """Hello,

Could we get a quote for 8 chainsaw protective kits and 2 log splitters
for the forestry apprentices at our school in Marvejols (0486138L)?
We need it to raise the purchase commitment.

Thanks,
Mark Evans
""", "English quote request for equipment.",
  client="gm")

M("OB", False, "0878000Y", NA, "espace_acheteur", False, "fr",
  "Comptabilité CFA Limousin <compta@cfa-metiers-limousin.fr>",
  "Double facturation",
  """Bonjour,

Nous avons reçu deux fois la même facture F-2025-00871 (fournitures de
coiffure et esthétique pour les apprentis). Merci de confirmer qu'un
seul paiement est attendu.

Service comptabilité - CFA des métiers, Limoges - 0878000Y
""", "Duplicate invoice question.",
  client="ol", attach=[("F-2025-00871.pdf", "application/pdf"), ("F-2025-00871_bis.pdf", "application/pdf")])

# ----------------------------------------------------------- contract_documents
M("CD", False, "0314550C", OC, "espace_acheteur", False, "fr",
  "Karine Estrade <karine.estrade@ac-toulouse.fr>",
  "Documents du marché introuvables",
  """Bonjour,

Je ne vois pas les pièces du marché "équipements d'ateliers
électrotechniques" (CCAP, bordereau de prix) dans "Mes marchés". Le
DDFPT en a besoin pour comparer avec un devis hors marché.

Karine Estrade, LP du Mirail (0314550C)
""", "Cannot see the market documents in the buyer space.",
  client="ol")

M("CD", False, "0645110G", NA, "espace_acheteur", False, "fr",
  "Arnaud Iriarte <arnaud.iriarte@ac-bordeaux.fr>",
  "Avenant au marché machines-outils",
  """Bonjour,
On nous parle d'un avenant n°2 au marché machines-outils (révision des
prix) mais je ne le trouve nulle part sur l'Espace Acheteur. Pouvez-vous
me le transmettre ?
A. Iriarte, DDFPT, LP Pau 0645110G
""", "Cannot find a market amendment.",
  client="ol")

M("CD", False, None, NA, "espace_acheteur", True, "fr",
  "Yves Chambord <yves.chambord@ac-limoges.fr>",
  "Conventions",
  """Bonjour,

Sur l'ancienne plateforme je voyais la convention d'adhésion du lycée
professionnel et ses annexes. Sur la nouvelle, l'onglet conventions est
vide. Mon mot de passe fonctionne, ce n'est pas un problème d'accès
au compte.

Yves Chambord, secrétaire général
""", "Conventions visible on the old platform, not the new one; negation about the password; no UAI, region from ac-limoges.fr.",
  client="tb")

M("CD", False, "0343273Y", OC, "espace_acheteur", False, "en",
  "Frédéric Combes <frederic.combes@ac-montpellier.fr>",
  "Market documents for CNC lathe",
  """Hello,

For the CNC lathe purchase I need the technical specifications and the
price schedule of the framework agreement, but the documents section is
empty for our school (0343273Y). Could you give us access?

F. Combes
""", "English; market documents not visible.",
  client="ol")

M("CD", False, "0162081A", NA, "espace_acheteur", False, "fr",
  "Mathieu Guérin <mathieu.guerin@ac-poitiers.fr>",
  "Pièces du marché mobilier - accès refusé",
  """Bonjour,
En cliquant sur les pièces du marché "mobilier scolaire et CDI", j'ai
le message "Accès refusé". LP de Ruffec 0162081A.
Mathieu Guérin
""", "Access refused to market documents.",
  client="zm")

M("CD", False, "0825322P", OC, "espace_acheteur", True, "fr",
  "Laure Bessières <laure.bessieres@ac-toulouse.fr>",
  "convention d'adhésion + devis",
  """Bonjour,

Je ne retrouve pas la convention d'adhésion signée de notre lycée pro
(0825322P) dans l'espace documents, l'agent comptable la réclame pour
le contrôle. Si vous pouvez aussi m'indiquer à quel moment je pourrai
demander un devis, ce serait parfait.

Laure Bessières
""", "Two topics: missing signed convention (main) and a passing question about quotes.",
  client="gm")

M("CD", False, "0324070A", OC, "espace_acheteur", False, "fr",
  "Pascal Ducasse <pascal.ducasse@ac-toulouse.fr>",
  "Bordereau des prix unitaires",
  """Bonjour,

Le bordereau des prix unitaires du lot "outillage électroportatif" ne
s'ouvre pas (fichier vide) dans nos documents de marché. Pouvez-vous le
remettre en ligne ou nous l'envoyer ?

Pascal Ducasse
Chef de travaux, LP d'Auch (0324070A)
""", "A market document cannot be opened.",
  client="ol", enc="qp")

M("CD", False, "0336999D", NA, "espace_acheteur", False, "fr",
  "Secrétariat LP Trégey <ce.0336999D@ac-bordeaux.fr>",
  "Acte d'engagement du marché EPI",
  """Bonjour,

Pouvez-vous nous transmettre l'acte d'engagement et le CCTP du marché
"équipements de protection individuelle" ? Ils ne s'affichent pas dans
notre espace.

Le secrétariat
""", "Market documents not displayed; UAI in the ce. sender address.",
  client="zm")

# ------------------------------------------------------------ transfer_incident
M("TI", False, "0461029U", OC, "ecoledirecte", False, "fr",
  "Sylvie Roques <secretariat@lpp-sainte-marie-figeac.fr>",
  "Transferts EcoleDirecte bloqués",
  """Bonjour,

Depuis vendredi les notes saisies dans Charlemagne n'arrivent plus sur
EcoleDirecte, les familles des élèves de Bac pro nous appellent. Le
dernier transfert réussi date du 7.

Sylvie Roques, LPP Sainte-Marie, Figeac (0461029U)
""", "EcoleDirecte transfers failing for several days.",
  client="ol")

M("TI", False, None, None, "ecoledirecte", False, "fr",
  "Informatique LPP Saint-Joseph <info@lpp-stjoseph-pau.fr>",
  "Licence à régénérer",
  """Bonjour,

Nous avons changé le serveur de l'établissement pendant les vacances.
Au démarrage, Charlemagne indique "licence invalide". Pouvez-vous
régénérer la licence ?

Le service informatique
""", "Licence to regenerate after a server change.",
  client="ol")

M("TI", False, "0336001U", NA, "ecoledirecte", True, "fr",
  "Jean Darriet <jean.darriet@lpp-saintgenes.fr>",
  "mot de passe de maintenance",
  """Bonjour,

Il me faut le mot de passe de maintenance du jour pour relancer la
réindexation de la base Charlemagne (les transferts vers EcoleDirecte
échouent depuis hier). Ce n'est pas mon mot de passe personnel, qui
fonctionne très bien.

Jean Darriet, administrateur réseau
LPP Saint-Genès, Bordeaux - 0336001U
""", "Asks the daily maintenance password to fix transfers: transfer_incident per the taxonomy, not password_reset.",
  client="tb")

M("TI", False, None, None, "ecoledirecte", False, "en",
  "Sean Murphy <sean.murphy@lpp-bayonne.org>",
  "Sync with EcoleDirecte failing",
  """Hello,

Since this morning the synchronisation with EcoleDirecte fails with
"connection refused" in the diagnostic. We installed a new firewall
yesterday. Which ports/URLs must be open?

Sean Murphy, IT technician
""", "English; synchronisation fails after a new firewall.",
  client="gm")

M("TI", False, "0313000T", OC, "ecoledirecte", False, "fr",
  "Caroline Py <caroline.py@lpp-lasalle-toulouse.fr>",
  "Réinitialisation de la réplication",
  """Bonjour,

Suite à la restauration d'une sauvegarde de la base, la réplication
vers EcoleDirecte refuse de repartir (capture jointe). Pouvez-vous la
réinitialiser ?

Caroline Py
Responsable vie scolaire - LPP La Salle, Toulouse (0313000T)
""", "Replication re-initialisation needed after a restore; screenshot attached.",
  client="ol", attach=[("erreur_replication.png", "image/png")])

M("TI", False, None, None, "ecoledirecte", False, "fr",
  "Vincent Laffargue <v.laffargue@wanadoo.fr>",
  "transferts",
  """bonjour
les absences des apprentis ne remontent plus sur ecoledirecte depuis la
mise a jour de lundi. le transfert tourne dans le vide (sablier) et ne
finit jamais.
vincent, cpe, lpp de lourdes
""", "Absence transfers hang after an update.",
  client="gm")

M("TI", False, "0404010S", NA, "ecoledirecte", False, "fr",
  "Secrétariat LPP Jeanne d'Arc <secretariat@lpp-jeannedarc40.fr>",
  "Licence expirée",
  """Bonjour,
Message "licence expirée" ce matin, plus aucun transfert vers
EcoleDirecte. Merci de nous envoyer une nouvelle licence.
--
Secrétariat - LPP Jeanne d'Arc, Dax
UAI 0404010S
""", "Expired licence stops transfers; UAI in the signature.",
  client="ol")

M("TI", False, None, None, "ecoledirecte", True, "fr",
  "Direction LPP Notre-Dame <direction@lpp-notredame-aurillac.fr>",
  "TR: réclamation parent - notes absentes",
  """Bonjour,

Je vous transfère le message d'un parent : les notes du 2e trimestre ne
sont pas visibles sur EcoleDirecte. Pouvez-vous regarder pourquoi la
synchronisation ne se fait plus ?

Le chef d'établissement

Début du message réexpédié :
De : Famille Cabanes
Objet : notes
Bonjour, je ne vois aucune note de mon fils depuis janvier sur
EcoleDirecte, est-ce normal ?
""", "Forward of a parent's complaint by the head of a private school: a transfer incident, not a head-of-establishment request.",
  client="ap")

M("TI", False, "0302670P", OC, "ecoledirecte", True, "fr",
  "Manuel Ortiz <manuel.ortiz@lpp-dalzon-ales.fr>",
  "Re: Re: blocage des mails",
  """Bonjour,

Le souci de mails est réglé, merci. Nouveau problème : depuis ce matin
l'antivirus met Charlemagne Outils en quarantaine et les transferts de
notes vers EcoleDirecte ne partent plus.

Manuel Ortiz, LPP Dalzon, Alès - 0302670P

Le 18/02/2025 à 16:40, Assistance a écrit :
> Les messages étaient retenus par MailInBlack ; voici le guide pour
> autoriser notre adresse d'envoi.
""", "Quoted history is about MailInBlack (solved); the new text is a transfer incident caused by the antivirus.",
  client="tb", reply=True)

M("TI", False, None, None, "ecoledirecte", False, "fr",
  "Secrétariat CFA Sud-Aveyron <secretariat@cfa-sudaveyron.fr>",
  "Outils.exe bloqué",
  """Bonjour,
Plusieurs processus Outils.exe restent ouverts dans le gestionnaire
des tâches et les transferts ne partent plus. On a redémarré deux fois.
Secrétariat
""", "Stuck Outils.exe processes, transfers hang.",
  client="ol", html="only")

# -------------------------------------------------------------------- automated
AUTO = {"Auto-Submitted": "auto-replied"}
M("AU", False, None, OC, None, False, "fr",
  "Sandrine Castex <sandrine.castex@ac-toulouse.fr>",
  "Réponse automatique : [#SUP-024115] Mot de passe e-sidoc",
  """Bonjour,

Je suis absente jusqu'au 3 mars inclus (stage en entreprise des
élèves de Bac pro). Pour toute urgence concernant le CDI, contactez
la vie scolaire.

Sandrine Castex
""", "Out-of-office with Auto-Submitted; region from the ac-toulouse.fr sender.",
  client="zm", hdr=AUTO)

M("AU", False, None, NA, None, True, "fr",
  "Rachid Benali <rachid.benali@ac-poitiers.fr>",
  "Absent du bureau",
  """Bonjour,
Je suis en déplacement au salon des métiers jusqu'au vendredi 14.
Votre message sera traité à mon retour. Pour les commandes urgentes de
l'atelier, voir M. Tessier, magasinier.
R. Benali, DDFPT
""", "Client-side out-of-office without Auto-Submitted or Precedence; only the wording shows it is automatic.",
  client="ol")

M("AU", False, None, None, None, False, "en",
  "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)",
  """** Address not found **

Your message wasn't delivered to d.pujol65@gmail.com because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
""", "Gmail bounce from mailer-daemon with null Return-Path.",
  client="robot", rp="<>", hdr=AUTO | {"Auto-Submitted": "auto-replied"})

M("AU", False, None, None, None, True, "fr",
  "MAILER-DAEMON <MAILER-DAEMON@smtp.cfa-tarn.fr>",
  "Non remis : [#SUP-023880] Administrateur du compte",
  """Ce message a été créé automatiquement par le logiciel de remise.

Votre message n'a pas pu être remis aux destinataires suivants :

  m.sicard@cfa-tarn.fr
    550 5.1.1 <m.sicard@cfa-tarn.fr>: Recipient address rejected

Pièce jointe : en-têtes du message d'origine (UAI 0812345J évoqué
dans la demande).
""", "Plain bounce without Auto-Submitted; MAILER-DAEMON sender and null Return-Path. The UAI 0812345J is quoted from our own message, and a bounce has no establishment to route, so uai is null.",
  client="robot", rp="<>", attach=[("headers.txt", "text/rfc822-headers")])

M("AU", False, None, None, None, False, "fr",
  "MailInBlack <noreply@mailinblack.com>",
  "Authentifiez-vous pour que votre message soit délivré",
  """Bonjour,

Vous avez envoyé un message à cdi.lp-monteil@ac-toulouse.fr.
Ce destinataire est protégé par MailInBlack. Pour que votre message
soit délivré, merci de confirmer que vous êtes un humain en cliquant
sur le lien ci-dessous :

https://challenge.mailinblack.example/auth?id=8f3c1a

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", "MailInBlack challenge sent to us as a robot: automated, not mailinblack_spam.",
  client="robot", hdr=AUTO | {"Auto-Submitted": "auto-generated"}, html="alt")

M("AU", False, None, None, None, False, "fr",
  "MailInBlack <noreply@mailinblack.com>",
  "Message en attente de validation",
  """Votre message « [#SUP-024301] Abonnement presse » à destination de
magali.brun@ac-bordeaux.fr est en attente. Le destinataire doit
valider votre adresse. Ne répondez pas à ce message.
""", "Another MailInBlack robot notice about our own reply being held.",
  client="robot", hdr={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})

M("AU", False, None, None, None, False, "fr",
  "Lettre d'info Réseau des CFA <newsletter@reseau-cfa-info.fr>",
  "La lettre des CFA - mars 2025",
  """Au sommaire ce mois-ci :
- Réforme du financement de l'apprentissage : ce qui change
- Portrait : le CFA du bâtiment de Pau
- Agenda des salons de l'orientation en Nouvelle-Aquitaine

Se désinscrire : https://reseau-cfa-info.example/unsubscribe
""", "Newsletter with List-Id and List-Unsubscribe.",
  client="robot", html="only",
  hdr={"List-Id": "<lettre.reseau-cfa-info.fr>", "List-Unsubscribe": "<https://reseau-cfa-info.example/unsubscribe>", "Precedence": "list"})

M("AU", False, None, OC, "esidoc", True, "fr",
  "Hélène Casals <helene.casals@ac-montpellier.fr>",
  "[doc-lp-montpellier] mot de passe portail ?",
  """Bonjour à tous,

Quelqu'un sait-il comment récupérer le mot de passe administrateur
e-sidoc quand l'ancienne documentaliste est partie sans le laisser ?

Hélène, LP de Lunel
""", "A librarian's question posted to an academic mailing list the desk receives (List-Id, Precedence: list): not written to us.",
  client="tb", hdr={"List-Id": "Documentalistes LP <doc-lp-montpellier.ac-montpellier.fr>", "Precedence": "list"})

M("AU", False, None, None, "espace_acheteur", False, "fr",
  "Espace Acheteur <no-reply@espace-acheteur.example.fr>",
  "Votre commande EA-2025-1187 a été expédiée",
  """Bonjour,

Votre commande EA-2025-1187 (centre d'usinage et outillage) a été
expédiée. Livraison prévue sous 5 jours ouvrés.

Ceci est un message automatique, merci de ne pas y répondre.
""", "Platform shipping notification, auto-generated.",
  client="robot", hdr={"Auto-Submitted": "auto-generated"})

M("AU", False, None, None, "esignature", True, "fr",
  "Signature électronique <notifications@esign-notify.example.com>",
  "Document signé : Convention d'adhésion - LP Gallieni",
  """Tous les signataires ont signé « Convention d'adhésion - LP
Gallieni ». Le document est disponible dans votre espace.

Consulter : https://app.esign-notify.example.com/d/7a11e0
""", "E-signature completion notice without Auto-Submitted; the no-reply style sender and wording show it is automatic.",
  client="robot", html="alt")

M("AU", False, None, None, None, False, "en",
  "Postmaster <postmaster@lp-ales-30.fr>",
  "Read: Quarantaine Mailinblack - liste blanche",
  """Your message

  To: informatique@lp-ales-30.fr
  Subject: Quarantaine Mailinblack - liste blanche

was read on 12/03/2025 10:14.
""", "Read receipt.",
  client="robot", hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

M("AU", False, None, NA, None, False, "en",
  "Sarah Whitfield <sarah.whitfield@ac-bordeaux.fr>",
  "Automatic reply: [#SUP-024222] Cannot log in to the library portal",
  """Thank you for your email. I am away on the school trip to Spain with
the apprentices until Monday and will reply when I am back.
Sarah
""", "English out-of-office with Auto-Submitted; region from the ac-bordeaux.fr sender.",
  client="gm", hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

M("AU", False, None, None, "ticket_portal", False, "fr",
  "Portail de tickets <noreply@tickets.example.fr>",
  "Ticket #88341 mis à jour",
  """Le ticket #88341 « Livraison partielle tours CN » a été mis à jour par
le fournisseur. Connectez-vous au portail pour consulter la réponse.
""", "Ticket-portal notification, auto-generated.",
  client="robot", hdr={"Auto-Submitted": "auto-generated"})

M("AU", False, None, OC, None, False, "fr",
  "Secrétariat LP Alexis Monteil <secretariat.lp-monteil@ac-toulouse.fr>",
  "Accusé de réception",
  """Nous accusons réception de votre message. Le secrétariat est ouvert
du lundi au vendredi de 8 h à 17 h. Votre demande sera transmise au
service concerné.
""", "Automatic acknowledgement with Auto-Submitted; region from the academic sender.",
  client="zm", hdr={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"})

M("AU", False, None, None, None, False, "fr",
  "Région - Service Lycées <ne-pas-repondre@region-notif.example.fr>",
  "Dotation équipement des lycées professionnels 2025",
  """Madame, Monsieur,

La campagne de dotation d'équipements pédagogiques pour les lycées
professionnels est ouverte jusqu'au 30 avril sur le portail de la
Région. Ce message est envoyé automatiquement à tous les contacts
enregistrés.
""", "Bulk notification from a regional service, Precedence: bulk.",
  client="robot", hdr={"Precedence": "bulk", "Auto-Submitted": "auto-generated"}, enc="qp")

M("AU", False, None, None, None, False, "en",
  "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@cfa-metiers-limousin.fr>",
  "Undeliverable: Double facturation",
  """Delivery has failed to these recipients or groups:

compta@cfa-metiers-limousin.fr
The recipient's mailbox is full and can't accept messages now.
""", "Exchange non-delivery report with null Return-Path.",
  client="robot", rp="<>", hdr={"Auto-Submitted": "auto-replied"})

# ------------------------------------------------------------------------ other
M("OT", False, None, None, None, True, "fr",
  "Service Messagerie <support@ac-toulouse-webmail.com>",
  "Votre boîte aux lettres est pleine",
  """Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de sa capacité. Pour éviter la
suppression de vos messages, confirmez votre identifiant et votre mot
de passe en cliquant ici : http://ac-toulouse-webmail.com/verif

Service informatique académique
""", "Phishing asking for a password from a look-alike domain (not an académie domain): other, no region.",
  client="robot", auth="fail")

M("OT", False, None, OC, "esidoc", True, "fr",
  "Sandrine Castex <sandrine.castex@ac-toulouse.fr>",
  "Re: [#SUP-024115] Mot de passe e-sidoc",
  """Merci beaucoup, tout fonctionne, j'ai pu changer le mot de passe !
Bonne journée
Sandrine

Le 03/03/2025 à 09:02, Assistance a écrit :
> Un lien de réinitialisation a été envoyé à votre adresse.
""", "Thanks only, quoting the reset answer: nothing is asked.",
  client="zm", reply=True)

M("OT", False, None, None, None, False, "en",
  "Growth Team <hello@seo-boost-agency.example>",
  "Boost your school website ranking",
  """Hi,

We noticed your website could rank higher on Google. Our SEO experts
can bring 300% more visitors in 30 days. Reply YES for a free audit.

Best,
The Growth Team
""", "English SEO spam.",
  client="robot", html="alt")

M("OT", False, "0337166K", NA, None, False, "fr",
  "Yannick Berthelot <yannick.berthelot@ac-bordeaux.fr>",
  "question bête",
  """bonjour
est ce que vous savez si la centrale propose aussi des voyages
scolaires ? on cherche un car pour emmener les CAP au salon de
l'agriculture. lp blanquefort 0337166K
merci
""", "Unrelated question about school trips.",
  client="gm")

M("OT", False, None, None, None, True, "fr",
  "Service Facturation <facturation@fournisseur-outillage-pro.example>",
  "Facture impayée - relance avant contentieux",
  """Madame, Monsieur,

Sauf erreur de notre part, la facture ci-jointe reste impayée. Merci de
procéder au règlement sous 48 h en suivant le lien de paiement.

Service recouvrement
""", "Fake unpaid-invoice mail with an attachment from an unknown sender: phishing, not order_billing.",
  client="robot", auth="fail", attach=[("Facture_impayee_2025.pdf.zip", "application/zip")])

M("OT", False, "0161055K", NA, "espace_acheteur", False, "fr",
  "Pascale Girard <pascale.girard@ac-poitiers.fr>",
  "Formation à l'Espace Acheteur ?",
  """Bonjour,

Proposez-vous une formation (même en visio) pour nos nouveaux agents
sur l'utilisation de l'Espace Acheteur ? Trois personnes sont
intéressées au LP Jean Rostand (0161055K).

Pascale Girard
""", "Asks for a training session: no category of its own.",
  client="ol")

M("OT", False, None, None, None, False, "en",
  "Daniel Schmidt <daniel.schmidt@berufsschule-example.de>",
  "Erasmus+ partnership with French vocational schools",
  """Dear colleagues,

We are a German vocational school (automotive and mechatronics) looking
for a French lycée professionnel in Occitanie for an Erasmus+ exchange
of apprentices. Could you forward our request to interested schools?

Kind regards,
Daniel Schmidt
""", "English partnership request unrelated to the products.",
  client="ol")

M("OT", False, None, OC, "ticket_portal", False, "fr",
  "Florence Chabrol <florence.chabrol@ac-montpellier.fr>",
  "partager un ticket",
  """Bonjour,
Comment puis-je donner accès à mon ticket à ma collègue gestionnaire
sur le portail de tickets ? Elle suit aussi la livraison.
Merci, Florence
""", "How-to question about sharing a ticket: no category of its own.",
  client="ol")

M("OT", False, None, None, "ecoledirecte", False, "fr",
  "Informatique LPP Saint-Joseph <info@lpp-stjoseph-pau.fr>",
  "Merci !",
  """Bonjour,
La nouvelle licence fonctionne, les transferts vers EcoleDirecte sont
repartis. Merci pour la rapidité.
Le service informatique
""", "Thanks for fixing the transfers: asks nothing.",
  client="ol")

M("OT", False, "0325000L", OC, "esidoc", True, "fr",
  "Nadège Saint-Martin <nadege.saint-martin@ac-toulouse.fr>",
  "horaires du CDI sur le portail",
  """Bonjour,

Pas de problème de mot de passe ni d'abonnement, tout marche ! Je
voudrais simplement savoir s'il est possible d'afficher les horaires
d'ouverture du CDI et le planning des apprentis en page d'accueil du
portail e-sidoc, et comment.

Nadège Saint-Martin, LP de Lectoure, 0325000L
""", "How-to question about the portal home page; names password and subscription only to say they work.",
  client="tb")

M("OT", False, None, None, None, False, "en",
  "Alice Turner <alice.turner@edtech-startup.example>",
  "Partnership proposal",
  """Hello,

We build a VR welding simulator for vocational schools and would love to
be listed in your catalogue. Who should we talk to?

Alice Turner, Business development
""", "English supplier asking to be listed: commercial, human review.",
  client="gm")

M("OT", False, None, NA, "esignature", True, "fr",
  "Stéphanie Brunet <stephanie.brunet@ac-bordeaux.fr>",
  "Erreur sur la convention à signer",
  """Bonjour,

La convention de stage-apprentissage que je dois signer
électroniquement porte le nom d'un autre lycée professionnel (Lycée
Condorcet au lieu de LP Condorcet-Arcachon). Je ne peux pas la signer
en l'état. Qui peut corriger ?

Stéphanie Brunet, secrétariat de direction
""", "Wrong establishment name in a convention to e-sign; only the document's sender can fix it: other.",
  client="ol")

M("OT", False, None, None, None, False, "fr",
  "Jeanne Lafont <jeanne.lafont@free.fr>",
  "inscription de mon fils",
  """Bonjour,
Mon fils voudrait faire un CAP cuisine en apprentissage à la rentrée,
est ce que c'est vous qui gérez les inscriptions au CFA ?
Merci de votre réponse
Jeanne Lafont
""", "A parent asks about enrolment: unrelated to the desk.",
  client="gm")

M("OT", False, None, OC, None, False, "fr",
  "Jean-Luc Marty <jean-luc.marty@ac-toulouse.fr>",
  "changement d'adresse postale",
  """Bonjour,
Pour information, le CFA académique déménage le 1er avril : nouvelle
adresse postale 12 rue des Apprentis, 31200 Toulouse. Merci de mettre
à jour vos fichiers pour les courriers.
JL Marty
""", "Information about a postal address change: nothing the categories cover.",
  client="zm")



# =================================================================== wrapping
def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and LETTERS[int(code[:7]) % 23] == code[7]


def tz_for(d):
    return datetime.timezone(datetime.timedelta(hours=2 if 4 <= d.month <= 10 else 1))


def esc_html(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(text, client):
    paras = esc_html(text).split("\n")
    if client == "ol":
        inner = "".join('<p class="MsoNormal">%s</p>\n' % (p or "&nbsp;") for p in paras)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
                '<body lang="FR"><div class="WordSection1">\n%s</div></body></html>\n' % inner)
    inner = "".join("<div>%s</div>\n" % (p or "<br>") for p in paras)
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; '
            'font-size: 12pt">\n%s</div></body></html>\n' % inner)


def fake_attachment(name, ctype, rng):
    if ctype == "application/pdf":
        return (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + name.encode()
                + b"\n" + bytes(rng.randrange(256) for _ in range(200)) + b"\n%%EOF\n")
    if ctype == "image/png":
        return b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(300))
    if ctype.startswith("text/"):
        return ("Return-Path: <support@assistance.example.fr>\nFrom: Assistance "
                "<support@assistance.example.fr>\nSubject: [#SUP-023880] Administrateur du compte\n")
    return b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(300))


def message_id(client, dom, rng):
    h = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))
    if client == "tb" or client == "ap":
        return "<%s-%s-%s-%s-%s@%s>" % (h(8), h(4), h(4), h(4), h(12), dom)
    if client == "ol":
        return "<PR1P264MB%s%s@PR1P264MB%s.FRAP264.PROD.OUTLOOK.COM>" % (h(4).upper(), h(8).upper(), h(4).upper())
    if client == "gm":
        return "<CAH%s%s@mail.gmail.com>" % (h(20), h(12))
    if client == "zm":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randrange(10**9), rng.randrange(10**6), rng.randrange(10**12), dom)
    return "<%s.%s@%s>" % (h(16), h(8), dom)


def build(i, m, rng):
    o = m["opts"]
    client = o.get("client", "tb")
    name, addr = parseaddr(m["frm"])
    dom = addr.split("@")[1]
    day = datetime.datetime(2024, 9, 2, 8, 0) + datetime.timedelta(
        days=rng.randrange(0, 290), minutes=rng.randrange(0, 600))
    day = day.replace(tzinfo=tz_for(day))
    dstr = format_datetime(day)
    auth = o.get("auth", "pass")
    msg = EmailMessage()
    msg["Return-Path"] = o.get("rp", "<%s>" % addr)
    msg["Delivered-To"] = "support@assistance.example.fr"
    ip = "203.0.113.%d" % rng.randrange(2, 250)
    msg["Received"] = ("from smtp%d.%s (smtp.%s [%s]) by mx1.assistance.example.fr (Postfix) "
                       "with ESMTPS id %X for <support@assistance.example.fr>; %s"
                       % (rng.randrange(1, 6), dom, dom, ip, rng.randrange(16**10), dstr))
    if auth == "pass":
        ar = "dkim=pass header.d=%s; spf=pass smtp.mailfrom=%s; dmarc=pass header.from=%s" % (dom, dom, dom)
    elif auth == "fail":
        ar = "dkim=none; spf=fail smtp.mailfrom=%s; dmarc=fail (p=quarantine) header.from=%s" % (dom, dom)
    else:
        ar = "dkim=none; spf=none; dmarc=none"
    msg["Authentication-Results"] = "mx1.assistance.example.fr; " + ar
    msg["From"] = m["frm"]
    msg["To"] = "Assistance <support@assistance.example.fr>"
    if o.get("cc"):
        msg["Cc"] = o["cc"]
    if o.get("replyto"):
        msg["Reply-To"] = o["replyto"]
    msg["Subject"] = m["subj"]
    msg["Date"] = dstr
    msg["Message-ID"] = message_id(client, dom, rng)
    if o.get("reply"):
        ref = "<SUP-0%d.%d@assistance.example.fr>" % (rng.randrange(20000, 25000), rng.randrange(10**9))
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    if client == "tb":
        msg["User-Agent"] = "Mozilla Thunderbird"
        msg["Content-Language"] = m["lang"]
    elif client == "ol":
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
        msg["Thread-Index"] = "AdtK%sQ==" % "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(20))
        msg["Content-Language"] = "fr-FR" if m["lang"] == "fr" else "en-GB"
    elif client == "ap":
        msg["X-Mailer"] = "Apple Mail (2.3776.700.51)"
    elif client == "zm":
        msg["X-Mailer"] = "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF133 (Win)/9.0.0_ZEXTRAS_20240927)"
    for k, v in o.get("hdr", {}).items():
        msg[k] = v
    enc = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit"}[o.get("enc", "8bit")]
    body = m["body"]
    if enc == "8bit" and body.isascii():
        enc = "7bit"
    html = o.get("html")
    if html == "only":
        msg.set_content(to_html(body, client), subtype="html", charset="utf-8",
                        cte="quoted-printable" if enc in ("7bit", "8bit") else enc)
    else:
        msg.set_content(body, charset="utf-8", cte=enc)
        if html == "alt":
            msg.add_alternative(to_html(body, client), subtype="html", charset="utf-8",
                                cte="quoted-printable")
    for fname, ctype in o.get("attach", []):
        data = fake_attachment(fname, ctype, rng)
        maintype, subtype = ctype.split("/")
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=fname)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    k = 0
    for part in msg.walk():
        if part.is_multipart():
            k += 1
            part.set_boundary("=_h77_%03d_%d_%08x" % (i, k, rng.randrange(16**8)))
    return msg.as_bytes(policy=policy.default)


def visible_text(msg):
    chunks = [str(msg.get("Subject", "")), str(msg.get("From", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text" and not part.is_attachment():
            chunks.append(part.get_content())
    return "\n".join(chunks)


UAI_RX = re.compile(r"(?<![0-9A-Za-z])(\d(?: ?\d){6}) ?([A-Za-z])(?![0-9A-Za-z])")


def codes_in(text):
    return {(a.replace(" ", "") + b).upper() for a, b in UAI_RX.findall(text)}


def expected_region(uai, sender):
    if uai:
        return PREFIX_REGION.get(uai[:3])
    dom = parseaddr(sender)[1].split("@")[-1].lower()
    return DOMAIN_REGION.get(dom)


KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def main():
    rng = random.Random(SEED)
    order = list(range(len(MAILS)))
    rng.shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        fname = "h%03d.eml" % n
        (HERE / fname).write_bytes(build(n, m, rng))
        labels.append({"file": fname, "category": m["category"], "auto_reply_ok": m["auto_reply_ok"],
                       "uai": m["uai"], "region": m["region"], "platform": m["platform"],
                       "hard": m["hard"], "lang": m["lang"], "notes": m["notes"]})
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


def check():
    labels = [json.loads(line) for line in open(HERE / "labels.jsonl", encoding="utf-8")]
    assert len(labels) == 150, len(labels)
    assert sorted(p.name for p in HERE.glob("h*.eml")) == ["h%03d.eml" % n for n in range(1, 151)]
    assert {lab["category"] for lab in labels} == set(CATEGORIES)
    en = sum(lab["lang"] == "en" for lab in labels)
    assert 10 <= en <= 25, en
    for lab in labels:
        f = lab["file"]
        assert list(lab) == KEYS, (f, list(lab))
        assert lab["category"] in CATEGORIES, f
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        if lab["category"] not in AUTO_OK:
            assert lab["auto_reply_ok"] is False, f
        assert lab["platform"] in PLATFORMS, f
        assert lab["lang"] in ("fr", "en"), f
        assert isinstance(lab["notes"], str) and lab["notes"].strip(), f
        assert lab["uai"] is None or uai_ok(lab["uai"]), (f, lab["uai"])
        raw = (HERE / f).read_bytes()
        msg = email.message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            assert not part.defects, (f, part.defects)
        for h in ("Message-ID", "Date", "From"):
            assert msg[h], (f, h)
        for h, v in msg.items():
            assert not getattr(v, "defects", ()), (f, h, v.defects)
        text = visible_text(msg)
        found = codes_in(text)
        for code in found:
            if code == lab["uai"]:
                continue
            assert code in lab["notes"], (f, code, "code not explained in notes")
            if not uai_ok(code):
                assert "wrong check letter" in lab["notes"], (f, code)
        if "wrong check letter" in lab["notes"]:
            assert any(not uai_ok(c) and c in lab["notes"] for c in found), f
        if lab["uai"]:
            assert lab["uai"] in found, (f, lab["uai"])
        assert lab["region"] == expected_region(lab["uai"], str(msg["From"])), (f, lab["region"])
    print("holdout77: 150 mails and labels written and checked;", en, "in English,",
          sum(lab["hard"] for lab in labels), "hard")


if __name__ == "__main__":
    main()
