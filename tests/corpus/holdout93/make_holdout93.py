#!/usr/bin/env python3
"""Build holdout93: 150 hand-written support mails (spring term, Normandie and
Hauts-de-France: CDI inventories, Printemps des poetes, e-book loans, reader
accounts for new pupils, passwords and mail problems).

Standard library only, deterministic.  Every mail text below is written by
hand; this script only wraps each text in headers and a transfer encoding,
writes h001.eml ... h150.eml and labels.jsonl next to itself, then re-reads
everything and checks it.
"""
import html
import json
import os
import random
import re
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(93093)
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
CATS = ["password_reset", "missing_noreply_mail", "mailinblack_spam",
        "account_creation", "subscription_activation",
        "head_of_establishment_request", "order_billing", "contract_documents",
        "transfer_incident", "automated", "other"]
NEVER_AUTO = {"head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte",
             "ticket_portal", "esignature"}
REGION_DEPTS = {
    "auvergne-rhone-alpes": "01 03 07 15 26 38 42 43 63 69 73 74",
    "bourgogne-franche-comte": "21 25 39 58 70 71 89 90",
    "bretagne": "22 29 35 56", "centre-val-de-loire": "18 28 36 37 41 45",
    "corse": "620 720", "grand-est": "08 10 51 52 54 55 57 67 68 88",
    "hauts-de-france": "02 59 60 62 80",
    "ile-de-france": "75 77 78 91 92 93 94 95",
    "normandie": "14 27 50 61 76",
    "nouvelle-aquitaine": "16 17 19 23 24 33 40 47 64 79 86 87",
    "occitanie": "09 11 12 30 31 32 34 46 48 65 66 81 82",
    "pays-de-la-loire": "44 49 53 72 85",
    "provence-alpes-cote-d-azur": "04 05 06 13 83 84",
    "guadeloupe": "971", "martinique": "972", "guyane": "973",
    "la-reunion": "974", "mayotte": "976"}
DEPT = {}
for _r, _ds in REGION_DEPTS.items():
    for _d in _ds.split():
        DEPT[_d if len(_d) == 3 else "0" + _d] = _r
ACAD = {"ac-clermont.fr": "auvergne-rhone-alpes", "ac-grenoble.fr": "auvergne-rhone-alpes",
        "ac-lyon.fr": "auvergne-rhone-alpes", "ac-besancon.fr": "bourgogne-franche-comte",
        "ac-dijon.fr": "bourgogne-franche-comte", "ac-rennes.fr": "bretagne",
        "ac-orleans-tours.fr": "centre-val-de-loire", "ac-corse.fr": "corse",
        "ac-nancy-metz.fr": "grand-est", "ac-reims.fr": "grand-est",
        "ac-strasbourg.fr": "grand-est", "ac-amiens.fr": "hauts-de-france",
        "ac-lille.fr": "hauts-de-france", "ac-creteil.fr": "ile-de-france",
        "ac-paris.fr": "ile-de-france", "ac-versailles.fr": "ile-de-france",
        "ac-normandie.fr": "normandie", "ac-caen.fr": "normandie",
        "ac-rouen.fr": "normandie", "ac-bordeaux.fr": "nouvelle-aquitaine",
        "ac-limoges.fr": "nouvelle-aquitaine", "ac-poitiers.fr": "nouvelle-aquitaine",
        "ac-montpellier.fr": "occitanie", "ac-toulouse.fr": "occitanie",
        "ac-nantes.fr": "pays-de-la-loire", "ac-aix-marseille.fr": "provence-alpes-cote-d-azur",
        "ac-nice.fr": "provence-alpes-cote-d-azur", "ac-guadeloupe.fr": "guadeloupe",
        "ac-martinique.fr": "martinique", "ac-guyane.fr": "guyane",
        "ac-reunion.fr": "la-reunion", "ac-mayotte.fr": "mayotte"}


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code or "")) and LETTERS[int(code[:7]) % 23] == code[7]


def region_for(uai, sender):
    if uai:
        return DEPT.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].strip(">").lower()
    return ACAD.get(dom)


MAILS = []


def M(cat, ok, uai, plat, hard, lang, notes, frm, subj, body, client="tb", **kw):
    MAILS.append(dict(cat=cat, ok=ok, uai=uai, plat=plat, hard=hard, lang=lang,
                      notes=notes, frm=frm, subj=subj, body=body, client=client, kw=kw))

# ---------------------------------------------------------------- password_reset (22)
M("password_reset", True, "0142024Z", "esidoc", False, "fr",
  "Documentalist locked out of the e-sidoc back office during the CDI inventory, UAI in the body.",
  "Sophie Lemarchand <sophie.lemarchand@ac-normandie.fr>",
  "Mot de passe e-sidoc perdu en plein récolement",
  """Bonjour,

Nous avons commencé le récolement du fonds du CDI cette semaine et je
n'arrive plus à entrer dans l'administration de notre portail e-sidoc :
le mot de passe que j'avais noté dans mon carnet est refusé.

Notre identifiant est 0142024Z (collège Guillaume de Normandie, Caen).
Pouvez-vous m'envoyer un lien de réinitialisation ?

Merci d'avance,
Sophie Lemarchand
Professeure documentaliste""")

M("password_reset", True, "0591807U", "esidoc", False, "fr",
  "Typed without accents, forgotten mdp for the portal admin, UAI given in lower case context.",
  "\"nadia.benali59\" <nadia.benali59@gmail.com>",
  "mdp oublie",
  """bonjour
jai oublie le mdp de ladmin esidoc du cdi, on ma dit de vous ecrire.
uai 0591807U lycee pro de roubaix
merci bcp
nadia""", client="gm")

M("password_reset", True, "0760261W", "esidoc", False, "fr",
  "Reset link expired before she could use it; asks for a new one, UAI in the subject.",
  "Claire Dubosc <claire.dubosc@ac-normandie.fr>",
  "0760261W - lien de réinitialisation expiré",
  """Bonjour,

J'ai reçu hier soir le lien pour changer le mot de passe de notre
e-sidoc, mais je ne l'ai ouvert que ce matin et la page m'indique
que le lien a expiré.

Pourriez-vous m'en renvoyer un ? Je serai devant mon poste toute la
matinée.

Cordialement,
Claire Dubosc
CDI – Lycée Jeanne d'Arc, Rouen""", client="ol")

M("password_reset", True, "0620343L", "esidoc", False, "en",
  "English-speaking assistant (international section) cannot log in to the library back office; UAI given.",
  "Emma Hart <emma.hart@ac-lille.fr>",
  "Cannot log in to the library portal",
  """Hello,

I am the English language assistant helping our librarian with the
spring inventory. She gave me the login for the e-sidoc admin side
(our code is 0620343L) but the password she wrote down does not work
and the account now says it is locked after too many attempts.

Could you please send a reset link? The librarian is on sick leave
this week.

Many thanks,
Emma Hart
Lycée Mariette, Boulogne-sur-Mer""", client="am")

M("password_reset", True, "0502546W", "esidoc", True, "fr",
  "Negation hard case: the ENT password works, it is the e-sidoc administrator password that is lost.",
  "Thierry Hamel <thierry.hamel@ac-normandie.fr>",
  "Accès admin portail CDI",
  """Bonjour,

Ce n'est pas mon mot de passe ENT qui pose problème (lui fonctionne
très bien), c'est celui de l'administration du portail e-sidoc du CDI.
Ma collègue partie à la retraite l'avait changé et personne ne le
connaît.

Établissement : collège Le Dinandier, Villedieu, UAI 0502546W.

Que faut-il faire ?
Merci
T. Hamel, prof doc""")

M("password_reset", True, "0800080C", "esidoc", True, "fr",
  "UAI written with spaces; forgotten password for the portal before the Printemps des poètes display.",
  "Aurélie Vasseur <aurelie.vasseur@ac-amiens.fr>",
  "Identifiants portail documentaire",
  """Bonjour,

Je voulais mettre en ligne la sélection de recueils pour le Printemps
des poètes mais je ne retrouve plus le mot de passe du compte
administrateur de notre portail.

Notre code établissement : 0800 080 C

Merci de me dire comment le récupérer rapidement, l'exposition
commence lundi !

Aurélie Vasseur
Professeure documentaliste, collège Amiens""", client="zm")

M("password_reset", False, None, "esidoc", True, "fr",
  "No UAI and a private address: the head-of-establishment procedure must be explained, a person checks.",
  "Marc Delattre <marco.delattre@orange.fr>",
  "connexion impossible",
  """Bonjour,

Je suis le nouveau documentaliste (remplacement jusqu'en juin) et
personne au lycée ne connaît le mot de passe du logiciel du CDI.
Je vous écris de chez moi car je n'ai pas encore d'adresse
académique.

Pouvez-vous m'envoyer les codes sur cette adresse ?

Marc Delattre""", client="tb")

M("password_reset", True, "0600335N", "espace_acheteur", False, "fr",
  "Buyer's Espace Acheteur account locked after three wrong passwords; UAI in the signature.",
  "Gestion Intendance <intendance.lyc-compiegne@ac-amiens.fr>",
  "compte bloqué espace acheteur",
  """Bonjour,

Notre compte sur l'Espace Acheteur est bloqué après trois essais de
mot de passe. Nous devons passer la commande de livres pour le CDI
avant la fin du mois.

Pouvez-vous débloquer / réinitialiser ?

Cordialement
--
Service intendance
Lycée Mireille Grenet, Compiègne
UAI 0600335N""", client="ol")

M("password_reset", True, "0611975R", "esidoc", True, "fr",
  "UAI only in the ce. sender address; the office asks for the portal password reset.",
  "Secretariat college <ce.0611975R@ac-normandie.fr>",
  "Mot de passe CDI",
  """Bonjour,

La professeure documentaliste nous signale qu'elle n'a plus accès à
l'administration du catalogue du CDI (mot de passe oublié pendant les
vacances d'hiver). Pouvez-vous envoyer le lien de réinitialisation à
cette adresse ?

Bien cordialement,
Le secrétariat""", client="zm")

M("password_reset", True, "0590356S", "esidoc", True, "fr",
  "Reply quoting an older thread about the Printemps des poètes; the new text asks for a password reset.",
  "Julie Carpentier <julie.carpentier@ac-lille.fr>",
  "RE: Printemps des poètes - affiche",
  """Bonjour,

Autre chose complètement : depuis ce matin je n'arrive plus à me
connecter au portail (mot de passe refusé). Pouvez-vous me renvoyer
un lien ? Notre UAI : 0590356S.

Merci !
Julie

-----Message d'origine-----
De : Julie Carpentier
Envoyé : lundi 3 mars 2025 09:12
Objet : Printemps des poètes - affiche

Bonjour, est-il possible de mettre une affiche en page d'accueil du
portail pour le Printemps des poètes ?""", client="ol")

M("password_reset", True, "0270499W", "esidoc", False, "fr",
  "Forgotten password and identifier; she gives the UAI and asks for both.",
  "Hélène Marie <helene.marie@ac-normandie.fr>",
  "Identifiant et mot de passe oubliés",
  """Bonjour,

Je ne connais ni l'identifiant ni le mot de passe de notre portail
e-sidoc. Je dois pourtant saisir les nouveautés de mars (nous avons
reçu 40 romans).

Collège Jean Jaurès, Vernon - 0270499W

Merci de votre aide.
Hélène Marie""", client="am")

M("password_reset", True, "0021153T", "esidoc", False, "en",
  "English message from a librarian, forgotten password, UAI in the body.",
  "Karen Doyle <karen.doyle@ac-amiens.fr>",
  "Password forgotten - school library portal",
  """Hi,

I forgot the password for our school library portal admin account.
The establishment code is 0021153T (Saint-Quentin).
Could you send me a reset link please?

Best regards,
Karen Doyle""", client="gm")

M("password_reset", False, "0761942Y", "esidoc", True, "fr",
  "Asks to send the new password to a personal Gmail address, not the one on file: a person must check.",
  "Romain Leroux <romain.leroux76@gmail.com>",
  "mot de passe portail",
  """Bonjour,

Je suis documentaliste au lycée (UAI 0761942Y). J'ai perdu le mot de
passe admin. Merci de m'envoyer le nouveau directement sur cette
adresse gmail, je n'ai pas accès à la boîte de l'établissement.

Romain""", client="gm")

M("password_reset", True, "0140465E", "ecoledirecte", False, "fr",
  "Teacher's school-management account password expired; UAI in the signature.",
  "Pascal Gosselin <pascal.gosselin@ac-normandie.fr>",
  "mot de passe expiré",
  """Bonjour,

Mon mot de passe a expiré et la procédure de changement me renvoie en
boucle sur la page de connexion. Je dois saisir les notes du
trimestre avant vendredi.

Pascal Gosselin
Collège Hastings, Caen
0140465E""", client="tb")

M("password_reset", True, "0592033P", "espace_acheteur", False, "fr",
  "Lost identifier for the buyer space, UAI given.",
  "Valérie Dhainaut <valerie.dhainaut@ac-lille.fr>",
  "identifiant espace acheteur",
  """Bonjour,
je ne retrouve plus mon identifiant pour l'espace acheteur, je dois
passer la commande d'ebooks pour le CDI. UAI 0592033P.
Merci
V. Dhainaut, gestionnaire""", client="ol")

M("password_reset", True, "0621252Z", "esidoc", True, "fr",
  "UAI written in lower case; password for the CDI portal forgotten.",
  "Bruno Caron <bruno.caron@ac-lille.fr>",
  "acces admin",
  """Bonjour,
code 0621252z, impossible de me connecter à l'admin du portail depuis
la mise à jour de mon navigateur, le mot de passe enregistré a
disparu et je ne le connais pas par coeur.
Un lien de réinit svp ?
Bruno Caron""", client="tb")

M("password_reset", True, "0500508F", "esidoc", True, "fr",
  "Two topics but the question is the password; the Printemps des poètes mention is only context.",
  "Anne-Laure Pichon <anne-laure.pichon@ac-normandie.fr>",
  "Portail + Printemps des poètes",
  """Bonjour,

Pour le Printemps des poètes nous voulions publier les poèmes des
élèves sur le portail, mais je suis bloquée dès la connexion : mot de
passe oublié. Dès que j'aurai un nouveau mot de passe je me
débrouillerai pour le reste.

Lycée Le Verrier, Saint-Lô, UAI 0500508F.

Merci,
Anne-Laure Pichon""", client="zm")

M("password_reset", True, "0602202T", "esidoc", False, "en",
  "English, account locked; UAI given.",
  "Paul Whitaker <p.whitaker@ac-amiens.fr>",
  "Account locked",
  """Hello,

Our e-sidoc back-office account has been locked after several failed
attempts by a colleague. UAI 0602202T. Please send a reset link to the
address you have on file.

Thanks,
Paul Whitaker
Section européenne, Beauvais""", client="am")

M("password_reset", True, "0272382T", "esidoc", True, "fr",
  "Quoted history about an e-book order; the new message is a password problem only.",
  "Lucie Fontaine <lucie.fontaine@ac-normandie.fr>",
  "Re: Commande livres numériques",
  """Bonjour,

Merci pour la réponse sur la commande. Par contre maintenant je ne
peux plus me connecter du tout au portail, on me dit que mon mot de
passe est incorrect. Pouvez-vous me renvoyer un lien ?

Lucie Fontaine - 0272382T

Le 10/03/2025 à 14:02, Assistance a écrit :
> Bonjour,
> votre commande de livres numériques est bien enregistrée et la
> facture suivra par courrier.
> Cordialement,
> L'assistance""", client="tb")

M("password_reset", False, None, "esidoc", True, "fr",
  "UAI 0590673M has a wrong check letter (0590673L would be valid); no valid code, a person must check.",
  "Isabelle Lefebvre <isabelle.lefebvre@ac-lille.fr>",
  "Mot de passe oublié",
  """Bonjour,

J'ai oublié le mot de passe d'administration du portail du CDI.
Notre UAI est 0590673M.

Cordialement,
Isabelle Lefebvre
Professeure documentaliste""", client="ol")

M("password_reset", True, "0801835K", "ecoledirecte", False, "fr",
  "Secretary lost her school-management login after the password change campaign; UAI in body.",
  "Secrétariat Collège <secretariat.college.abbeville@ac-amiens.fr>",
  "Perte identifiant",
  """Bonjour,

Suite au changement de mot de passe demandé la semaine dernière, je
n'arrive plus à me connecter au logiciel de vie scolaire. Je ne
connais plus mon mot de passe.
Etablissement 0801835K.

Merci de votre retour rapide.
Le secrétariat""", client="ol")

M("password_reset", True, "0612424D", "esidoc", False, "fr",
  "Short mail, mdp portail oublié, UAI given.",
  "Gaëlle Rivière <gaelle.riviere@ac-normandie.fr>",
  "mdp",
  """Bjr, mdp du portail cdi oublié (0612424D), merci de m'envoyer un lien.
Gaëlle - Alençon

Envoyé de mon iPhone""", client="am")
# ---------------------------------------------------------------- missing_noreply_mail (14)
M("missing_noreply_mail", True, "0142317T", "esidoc", False, "fr",
  "Clicked 'mot de passe oublié' but the no-reply mail never arrived; no anti-spam product named.",
  "Delphine Morin <delphine.morin@ac-normandie.fr>",
  "Pas reçu le mail de réinitialisation",
  """Bonjour,

J'ai cliqué trois fois sur « mot de passe oublié » sur le portail du
CDI (UAI 0142317T) et je n'ai jamais reçu le mail. J'ai regardé dans
les indésirables, rien non plus.

Cordialement,
Delphine Morin""", client="tb")

M("missing_noreply_mail", True, "0590581L", "esidoc", False, "fr",
  "Pupils' loan reminders for e-books are not received; no-reply notifications missing.",
  "Jérôme Delcroix <jerome.delcroix@ac-lille.fr>",
  "Rappels de prêt non reçus",
  """Bonjour,

Depuis que nous prêtons des livres numériques, les élèves ne
reçoivent aucun mail de rappel ni de confirmation de prêt. Moi-même
je ne reçois pas la notification de réservation. Est-ce un réglage ?

Lycée Baudelaire, Roubaix - 0590581L

Merci,
J. Delcroix""", client="ol")

M("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
  "Activation mail for the new buyer account never came; non-academic sender, no anti-spam product named.",
  "Corinne Masson <c.masson@mairie-lisieux.fr>",
  "Mail d'activation jamais reçu",
  """Bonjour,

J'ai créé un compte sur l'Espace Acheteur il y a deux jours pour les
achats de la médiathèque municipale, mais je n'ai toujours pas reçu le
mail d'activation annoncé.

Corinne Masson
Service achats, Ville de Lisieux""", client="ol")

M("missing_noreply_mail", True, "0620010Z", "esidoc", False, "en",
  "English: the new-password mail from the no-reply address did not arrive.",
  "Sarah Mills <sarah.mills@ac-lille.fr>",
  "No email received after password request",
  """Hello,

I requested a new password for our library portal (UAI 0620010Z) an
hour ago, but nothing has arrived in my inbox or in spam.

Regards,
Sarah Mills""", client="gm")

M("missing_noreply_mail", True, "0760226H", "esidoc", True, "fr",
  "Negation: she knows her password; the problem is that the no-reply notification mails no longer arrive.",
  "Nathalie Quesnel <nathalie.quesnel@ac-normandie.fr>",
  "Notifications du portail",
  """Bonjour,

Je n'ai pas perdu mon mot de passe, je me connecte sans problème.
Mais je ne reçois plus les mails automatiques du portail (suggestions
d'achat des élèves, demandes de réservation) depuis février.

UAI 0760226H

Merci de regarder,
Nathalie Quesnel""", client="zm")

M("missing_noreply_mail", True, "0800063J", "esidoc", False, "fr",
  "Reader account mails for new pupils (activation links) not received; no filter product named.",
  "Mathieu Lenglet <mathieu.lenglet@ac-amiens.fr>",
  "comptes lecteurs nouveaux élèves - pas de mail",
  """Bonjour,

J'ai inscrit les 12 élèves arrivés en janvier comme lecteurs sur le
portail, mais aucun n'a reçu le mail d'activation de son compte. Les
adresses sont bien celles de l'ENT.

Collège Jules Verne, Rivery
0800063J

Cordialement
Mathieu Lenglet""", client="tb")

M("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
  "Order confirmation mail from the no-reply address missing; sender from an académie domain, no UAI.",
  "Frédéric Lamotte <frederic.lamotte@ac-lille.fr>",
  "Confirmation de commande non reçue",
  """Bonjour,
j'ai validé hier un panier sur l'espace acheteur (livres pour le CDI)
et je n'ai reçu aucun mail de confirmation, ni dans la boite de
réception ni dans le courrier indésirable. Est-ce normal ?
Cordialement
F. Lamotte""", client="ol")

M("missing_noreply_mail", True, "0270135A", "esidoc", False, "fr",
  "Password reset requested, no mail received after an hour; UAI in body.",
  "Cécile Adam <cecile.adam@ac-normandie.fr>",
  "Toujours rien reçu",
  """Bonjour,

J'ai demandé un nouveau mot de passe il y a plus d'une heure pour le
portail (0270135A) et je n'ai toujours rien reçu. J'ai vérifié les
spams.

Merci
Cécile Adam, professeure documentaliste, Évreux""", client="am")

M("missing_noreply_mail", False, "0020060E", "esidoc", True, "fr",
  "Still no mail after the 48-hour follow-up: it persists, so the region must look (no automatic answer).",
  "Pierre Hennequin <pierre.hennequin@ac-amiens.fr>",
  "RE: Mail de réinitialisation non reçu",
  """Bonjour,

Comme indiqué dans votre réponse j'ai regardé le dossier courrier
indésirable et ajouté l'expéditeur aux contacts, mais cinq jours
plus tard toujours aucun mail. Le problème persiste.

UAI 0020060E
Pierre Hennequin

-----Message d'origine-----
De : Assistance
Objet : RE: Mail de réinitialisation non reçu

Bonjour, pensez à vérifier votre dossier de courrier indésirable et
à autoriser l'adresse d'envoi automatique.""", client="ol")

M("missing_noreply_mail", True, "0501506R", "esidoc", False, "fr",
  "No accents, missing new-password mail.",
  "Francois Lebrun <francois.lebrun@ac-normandie.fr>",
  "mail mot de passe pas arrive",
  """Bonjour
le mail pour changer le mot de passe n arrive pas (college de
Coutances, 0501506R). J ai essaye deux fois.
Francois""", client="tb")

M("missing_noreply_mail", True, "0622087G", "esidoc", False, "en",
  "English, e-book loan confirmation mails not received by pupils.",
  "Laura Bennett <laura.bennett@ac-lille.fr>",
  "Loan confirmation emails",
  """Hi,

Our pupils don't receive any confirmation email when they borrow an
e-book from the library portal. Nothing in junk either. School code
0622087G.

Thank you,
Laura Bennett""", client="gm")

M("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
  "Invitation to join the structure on the buyer space not received; no anti-spam product named.",
  "Alice Ternisien <alice.ternisien@cc-somme-sud.fr>",
  "Invitation non reçue",
  """Bonjour,

Mon collègue administrateur m'a invitée à rejoindre notre structure
sur l'Espace Acheteur, mais l'invitation n'est jamais arrivée.
Il l'a renvoyée deux fois.

Alice Ternisien
Communauté de communes""", client="zm")

M("missing_noreply_mail", True, "0611212L", "esidoc", True, "fr",
  "HTML-only mail; activation link for the portal's new admin account not received.",
  "Morgane Guérin <morgane.guerin@ac-normandie.fr>",
  "Lien d'activation",
  """Bonjour,

Je n'ai pas reçu le lien d'activation de mon compte administrateur du
portail. Pouvez-vous vérifier l'adresse ? Collège d'Argentan,
UAI 0611212L.

Bonne journée
Morgane Guérin""", client="html")

M("missing_noreply_mail", True, "0592250A", "esidoc", False, "fr",
  "Suggestion-of-purchase notifications for the Printemps des poètes no longer received.",
  "Camille Wattel <camille.wattel@ac-lille.fr>",
  "plus de notifications",
  """Bonjour,
les élèves font des suggestions de recueils pour le Printemps des
poètes sur le portail mais je ne reçois plus aucun mail de
notification. 0592250A.
Cordialement,
Camille Wattel""", client="tb")

# ---------------------------------------------------------------- mailinblack_spam (13)
M("mailinblack_spam", True, "0590673L", "esidoc", False, "fr",
  "The reset mail is held in MailInBlack quarantine.",
  "Olivier Dumont <olivier.dumont@ac-lille.fr>",
  "Mail bloqué par MailInBlack",
  """Bonjour,

Le mail de réinitialisation du mot de passe du portail est bloqué par
MailInBlack chez nous, je le vois dans le rapport de quarantaine mais
je ne peux pas le libérer.

Lycée 0590673L
Olivier Dumont""", client="ol")

M("mailinblack_spam", True, "0140376H", "esidoc", False, "fr",
  "Sender-authentication challenge described: the no-reply cannot answer the 'prouvez que vous êtes humain' step.",
  "Karine Lecoq <karine.lecoq@ac-normandie.fr>",
  "Anti-spam de l'établissement",
  """Bonjour,

Notre anti-spam (MailInBlack) envoie un message « confirmez que vous
êtes un humain » aux expéditeurs inconnus. Je suppose que votre
adresse no-reply ne peut pas y répondre, du coup je ne reçois jamais
vos mails.

Collège Lechanteur, Caen - 0140376H

Merci
Karine""", client="zm")

M("mailinblack_spam", True, "0601041F", "esidoc", False, "en",
  "English: MailInBlack holds the activation messages.",
  "James Porter <james.porter@ac-amiens.fr>",
  "Emails held by MailInBlack",
  """Hello,

Our school uses MailInBlack and the activation emails for the pupils'
reader accounts are held in quarantine. What address should we
whitelist? UAI 0601041F.

Best,
James Porter""", client="gm")

M("mailinblack_spam", True, None, "espace_acheteur", False, "fr",
  "Buyer at a town hall: MailInBlack quarantines the Espace Acheteur mails.",
  "Sandrine Petit <s.petit@ville-fecamp.fr>",
  "Mails en quarantaine",
  """Bonjour,

Nos mails de l'Espace Acheteur tombent dans la quarantaine
Mailinblack de la mairie. Le service informatique demande la liste
des adresses à autoriser.

Sandrine Petit
Commande publique""", client="ol")

M("mailinblack_spam", False, "0761942Y", "esidoc", True, "fr",
  "IT department asks for sending IPs and DKIM details for their MailInBlack allow-list: a technical person must answer.",
  "DSI Lycée <informatique.lycee-lehavre@ac-normandie.fr>",
  "Liste blanche MailInBlack - IP et domaines d'envoi",
  """Bonjour,

Nous gérons la solution MailInBlack du lycée (UAI 0761942Y). Pour
mettre vos mails en liste blanche de façon propre, pouvez-vous nous
communiquer les plages IP d'envoi, les domaines utilisés en
enveloppe et le sélecteur DKIM ? Le guide générique ne suffit pas.

Cordialement,
Service informatique""", client="tb")

M("mailinblack_spam", True, "0020836Y", "esidoc", True, "fr",
  "Negation: not a password problem; MailInBlack blocked the reset mail.",
  "Émilie Roger <emilie.roger@ac-amiens.fr>",
  "Pas un problème de mot de passe",
  """Bonjour,

Ce n'est pas que j'ai oublié mon mot de passe : j'ai bien demandé le
lien, mais MailInBlack l'a bloqué et je ne trouve pas comment le
débloquer dans l'interface.

0020836Y - Collège de Laon
Émilie Roger""", client="am")

M("mailinblack_spam", True, "0270659V", "esidoc", False, "fr",
  "Quarantine of MailInBlack described (mail 'en attente de validation').",
  "Yannick Bertin <yannick.bertin@ac-normandie.fr>",
  "messages en attente",
  """Bonjour,
je vois vos messages dans mailinblack en "attente de validation" et
ils ne m'arrivent pas. Comment faire pour qu'ils passent direct ?
0270659V
Yannick""", client="tb")

M("mailinblack_spam", True, "0592834K", "esidoc", True, "fr",
  "Reply with quoted support answer; the new text says the mail is held by MailInBlack.",
  "Sabine Lemaire <sabine.lemaire@ac-lille.fr>",
  "Re: Mail de réinitialisation non reçu",
  """Bonjour,

J'ai retrouvé le mail : il était retenu par MailInBlack dans les
messages bloqués. Je n'ai pas les droits pour le débloquer.
Que dois-je faire ?

Sabine Lemaire, UAI 0592834K

Le jeu. 13 mars 2025 à 10:41, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Avez-vous vérifié le dossier courrier indésirable ?
> Cordialement""", client="gm")

M("mailinblack_spam", True, "0612686N", "esidoc", False, "en",
  "English: MailInBlack challenge mail sent back to the platform, wants to allow the sender.",
  "Helen Carter <helen.carter@ac-normandie.fr>",
  "Anti-spam challenge",
  """Hello,

Our MailInBlack filter asks unknown senders to confirm they are
human. I think your no-reply address gets stuck there. How do I
allow it? UAI 0612686N.

Thanks,
Helen""", client="am")

M("mailinblack_spam", True, None, "espace_acheteur", False, "fr",
  "MailInBlack blocks the order mails at a college; académie address but no UAI.",
  "Gestionnaire Collège <gestion.clg-hazebrouck@ac-lille.fr>",
  "Anti-spam Mailinblack",
  """Bonjour,
les mails de l'espace acheteur (confirmations de commande) sont
bloqués par Mailinblack. Pouvez-vous nous envoyer la procédure ?
Merci
La gestionnaire""", client="ol")

M("mailinblack_spam", True, "0140605G", "esidoc", True, "fr",
  "MailInBlack written as 'Mail In Black' holds the reader-account creation mail.",
  "Laurent Vautier <laurent.vautier@ac-normandie.fr>",
  "Mail retenu",
  """Bonjour,

Notre système de protection (Mail In Black) a retenu votre message
de création de compte lecteur. Je vois « expéditeur non authentifié ».
Les élèves attendent leurs comptes pour emprunter les livres
numériques.

Laurent Vautier
Collège Marcel Pagnol, Caen - 0140605G""", client="zm")

M("mailinblack_spam", True, "0602689X", "esidoc", False, "fr",
  "MailInBlack quarantine for notifications; typed quickly.",
  "Gwen Fournier <gwen.fournier@ac-amiens.fr>",
  "mailinblack",
  """bonjour, vos notifs sont dans la quarantaine mailinblack, comment
les autoriser ? 0602689X merci""", client="gm")

M("mailinblack_spam", True, "0500289T", "esidoc", True, "fr",
  "Two topics: MailInBlack blocking is the request; the Printemps des poètes question is only a side remark.",
  "Régine Lehoux <regine.lehoux@ac-normandie.fr>",
  "Mails bloqués + question",
  """Bonjour,

1) Vos mails sont bloqués par MailInBlack (le lien pour le mot de
passe notamment), comment les autoriser ?
2) Accessoirement, bravo pour la sélection Printemps des poètes
dans la lettre d'info.

Régine Lehoux - 0500289T""", client="tb")
# ---------------------------------------------------------------- account_creation (13)
M("account_creation", True, "0141447X", "esidoc", False, "fr",
  "Reader accounts for pupils who arrived mid-year: how to create them on the portal.",
  "Marion Lepetit <marion.lepetit@ac-normandie.fr>",
  "Comptes lecteurs pour les nouveaux élèves",
  """Bonjour,

Nous avons accueilli 9 élèves depuis les vacances de février. Comment
leur créer un compte lecteur sur le portail pour qu'ils puissent
emprunter les livres numériques ? La synchronisation de septembre ne
les contient évidemment pas.

Collège Pasteur, Caen - 0141447X

Merci,
Marion Lepetit""", client="tb")

M("account_creation", True, None, "espace_acheteur", False, "fr",
  "New buyer at a town asks how to create an Espace Acheteur account.",
  "Thomas Vandamme <t.vandamme@ville-armentieres.fr>",
  "Création de compte",
  """Bonjour,

Je viens d'arriver au service achats et je dois commander des
ouvrages pour nos écoles. Comment créer un compte sur l'Espace
Acheteur ?

Thomas Vandamme""", client="ol")

M("account_creation", False, None, "espace_acheteur", False, "fr",
  "Asks who is the structure's administrator to validate her account: a person looks it up.",
  "Laetitia Dufour <l.dufour@agglo-saint-omer.fr>",
  "Compte en attente de validation",
  """Bonjour,

Mon compte est « en attente de validation par l'administrateur de la
structure ». Qui est cet administrateur ? Personne ici ne semble le
savoir.

Laetitia Dufour
Agglomération du Pays de Saint-Omer""", client="ol")

M("account_creation", True, "0622253M", "esidoc", False, "en",
  "English: creating reader accounts for new pupils.",
  "Rachel Green <rachel.green@ac-lille.fr>",
  "Reader accounts for new students",
  """Hello,

Three new students joined our school this month. How can I create
reader accounts for them on the library portal so they can borrow
e-books? School code 0622253M.

Thanks,
Rachel""", client="gm")

M("account_creation", False, "0761942Y", "esidoc", True, "fr",
  "Account question about rights to open for a new teacher; two requests (rights plus administrator change hint) so a person reads it.",
  "Benoît Lemonnier <benoit.lemonnier@ac-normandie.fr>",
  "Droits pour une collègue",
  """Bonjour,

Je voudrais donner à une collègue de lettres des droits de
contributrice sur le portail pour qu'elle publie les poèmes des
élèves (Printemps des poètes). Et l'an prochain c'est peut-être elle
qui reprendra l'administration. Comment procéder ?

Benoît Lemonnier
Lycée Porte Océane - Le Havre
0761942Y""", client="am")

M("account_creation", False, "0800045P", "esidoc", True, "fr",
  "UAI not found in the list when creating the customer account: sent to a person.",
  "Estelle Noyelle <estelle.noyelle@ac-amiens.fr>",
  "UAI introuvable à l'inscription",
  """Bonjour,

En voulant créer notre compte client, notre UAI 0800045P n'apparaît
pas dans la liste déroulante. L'établissement a fusionné avec le
lycée voisin au 1er janvier.

Cordialement
Estelle Noyelle""", client="zm")

M("account_creation", True, "0610663P", "esidoc", False, "fr",
  "Filled the sign-up form, cannot log in: account waiting for validation.",
  "Agnès Poulain <agnes.poulain@ac-normandie.fr>",
  "inscription en attente",
  """Bonjour,
j'ai rempli le formulaire d'inscription la semaine dernière et je ne
peux toujours pas me connecter, le message dit que le compte est en
attente. 0610663P.
Merci
Agnès Poulain""", client="tb")

M("account_creation", True, "0591611F", "esidoc", True, "fr",
  "Negation: she does not need a password; the new pupils have no reader account yet.",
  "Stéphanie Delannoy <stephanie.delannoy@ac-lille.fr>",
  "Pas de compte pour les élèves de l'UPE2A",
  """Bonjour,

Je n'ai pas de souci de mot de passe de mon côté. Ce sont les élèves
arrivés en UPE2A en mars qui n'ont aucun compte lecteur : ils
n'apparaissent pas dans la liste. Comment leur en créer un ?

UAI : 0591611F
Stéphanie Delannoy""", client="ol")

M("account_creation", True, None, "espace_acheteur", False, "en",
  "English: a publisher's sales rep wants to open a buyer account for a school network.",
  "Michael Brown <m.brown@lyceefrancais-network.org>",
  "How do we register?",
  """Good morning,

We manage purchasing for a small network of schools and would like to
register on your buyer space. Is there a sign-up form?

Kind regards,
Michael Brown""", client="ol")

M("account_creation", False, None, "esidoc", True, "fr",
  "UAI 0140707U has a wrong check letter (0140707T would be valid); account creation needs a person.",
  "Julien Marais <julien.marais@ac-normandie.fr>",
  "Création compte portail CDI",
  """Bonjour,

Nouveau professeur documentaliste, je voudrais créer mon compte
d'administration pour le portail du CDI. Mon établissement :
0140707U.

Julien Marais""", client="tb")

M("account_creation", True, "0272539N", "esidoc", False, "fr",
  "Pupil reader accounts for next year's CM2 liaison visit: how to create temporary accounts.",
  "Carole Lecerf <carole.lecerf@ac-normandie.fr>",
  "comptes temporaires",
  """Bonjour,

Les CM2 du secteur viennent visiter le CDI en avril et emprunteront
des livres. Peut-on leur créer des comptes lecteurs temporaires ?
Collège 0272539N.

Carole Lecerf""", client="zm")

M("account_creation", False, "0602972E", "espace_acheteur", False, "fr",
  "New gestionnaire asks which rights to open and who the administrator is: look-up needed.",
  "Nicolas Brunet <nicolas.brunet@ac-amiens.fr>",
  "Ouverture de droits espace acheteur",
  """Bonjour,

Nouveau gestionnaire au lycée (0602972E), je n'ai pas de compte sur
l'espace acheteur. Mon prédécesseur en avait un. Qui est
l'administrateur de notre structure pour qu'il m'ouvre les droits ?

Nicolas Brunet""", client="ol")

M("account_creation", True, "0021581H", "esidoc", False, "fr",
  "HTML mail from webmail: reader accounts for pupils arriving in April.",
  "Florence Dupuis <florence.dupuis@ac-amiens.fr>",
  "Nouveaux lecteurs",
  """Bonjour,

Comment inscrire de nouveaux lecteurs (élèves arrivés en cours
d'année) sur notre portail ? 0021581H

Merci beaucoup,
Florence Dupuis""", client="html")

# ---------------------------------------------------------------- subscription_activation (13)
M("subscription_activation", True, "0142961T", "esidoc", False, "fr",
  "E-book loan offer ordered two days ago, not yet visible: within 72 hours.",
  "Véronique Lange <veronique.lange@ac-normandie.fr>",
  "Livres numériques non visibles",
  """Bonjour,

Nous avons commandé mardi l'offre de prêt de livres numériques et
elle n'apparaît pas encore dans le portail. Est-ce normal ?

Collège Jacques Prévert, Honfleur - 0142961T
Véronique Lange""", client="tb")

M("subscription_activation", True, "0590356S", "esidoc", False, "fr",
  "Renewed press subscription still shown as expired the day after ordering.",
  "Laure Hochart <laure.hochart@ac-lille.fr>",
  "Abonnement presse toujours expiré",
  """Bonjour,

Notre abonnement presse en ligne a été renouvelé hier (bon de commande
signé) mais le portail affiche toujours « expiré ».
UAI 0590356S

Laure Hochart""", client="ol")

M("subscription_activation", False, "0620106D", "esidoc", False, "fr",
  "Ordered three weeks ago, still not active: past the 72-hour rule, a person must look.",
  "Franck Boulanger <franck.boulanger@ac-lille.fr>",
  "Ressource toujours pas activée",
  """Bonjour,

Nous avons commandé le bouquet de livres numériques le 24 février et
il n'est toujours pas activé aujourd'hui. Les élèves attendent.

Lycée 0620106D
Franck Boulanger""", client="ol")

M("subscription_activation", True, "0500845X", "esidoc", False, "en",
  "English: new e-book resource bought yesterday, not visible yet.",
  "Anna Schmidt <anna.schmidt@ac-normandie.fr>",
  "New e-book subscription not showing",
  """Hello,

We bought the e-book lending service yesterday but it doesn't appear
on our portal yet. UAI 0500845X.

Thank you,
Anna""", client="am")

M("subscription_activation", True, "0760688K", "esidoc", True, "fr",
  "Negation: 'je n'ai pas oublié mon mot de passe'; the resource is not published for pupils.",
  "Isabelle Cauchois <isabelle.cauchois@ac-normandie.fr>",
  "Ressource non visible par les élèves",
  """Bonjour,

Je n'ai pas oublié mon mot de passe, je suis bien connectée. Mais la
ressource de livres numériques, que je vois côté administration,
n'apparaît pas pour les élèves sur le portail. Faut-il la publier ?

0760688K
Isabelle Cauchois""", client="zm")

M("subscription_activation", True, "0801695H", "esidoc", False, "fr",
  "Printemps des poètes poetry collection subscription not yet available, ordered yesterday.",
  "Hugues Delaporte <hugues.delaporte@ac-amiens.fr>",
  "Bouquet poésie",
  """Bonjour,
nous avons souscrit hier au bouquet poésie pour le Printemps des
poètes, il n'apparaît pas encore. Dans combien de temps sera-t-il
actif ? UAI 0801695H
Cordialement""", client="gm")

M("subscription_activation", True, "0612435R", "esidoc", True, "fr",
  "Written by the principal but only asks when the e-book service will be available: not a head request.",
  "Principal Collège <principal.0612435R@ac-normandie.fr>",
  "Prêt numérique",
  """Bonjour,

Notre professeure documentaliste m'indique que le service de prêt de
livres numériques commandé lundi n'est pas encore disponible. Quand
pouvons-nous l'espérer ?

Le principal
Collège de Mortagne - 0612435R""", client="ol")

M("subscription_activation", True, "0021338U", "esidoc", False, "fr",
  "Subscription visible in admin but not in the pupils' portal: resource to publish.",
  "Manon Leclercq <manon.leclercq@ac-amiens.fr>",
  "publier la ressource",
  """Bonjour, l'abonnement est bien dans "mes abonnements" mais pas sur
le portail élève. Il faut faire quelque chose ? 0021338U
Manon""", client="tb")

M("subscription_activation", True, "0592816R", "esidoc", True, "fr",
  "Reply quoting an older password thread; the new text is about a subscription not visible.",
  "Patricia Vanhove <patricia.vanhove@ac-lille.fr>",
  "RE: mot de passe",
  """Bonjour,

Merci, le mot de passe fonctionne de nouveau. Autre question : nous
avons commandé avant-hier les livres audio numériques et je ne les
vois pas encore. Faut-il attendre ?

UAI 0592816R

-----Message d'origine-----
De : Assistance
Objet : RE: mot de passe

Bonjour, un lien de réinitialisation vient de vous être envoyé.""", client="ol")

M("subscription_activation", True, "0601428B", "esidoc", False, "en",
  "English: e-book platform access ordered this week not active.",
  "David Moore <david.moore@ac-amiens.fr>",
  "E-books not active",
  """Hi,

We ordered e-book loans on Monday for our school (0601428B) but the
service is not active yet. How long does activation take?

Regards,
David""", client="gm")

M("subscription_activation", True, "0271603W", "esidoc", False, "fr",
  "Base64 Outlook mail; renewed subscription not yet visible (ordered yesterday).",
  "Documentation Lycée <cdi.lycee-louviers@ac-normandie.fr>",
  "Renouvellement non pris en compte",
  """Bonjour,

Nous avons renouvelé hier notre abonnement au portail et à la
ressource presse. L'écran indique toujours la date de fin au
28/02. UAI 0271603W.

Le CDI du lycée de Louviers""", client="ol", cte="base64")

M("subscription_activation", False, "0760430E", "esidoc", True, "fr",
  "Two topics: subscription not visible after 10 days and an invoice question; past 72 h, a person must look.",
  "Sylvie Renaud <sylvie.renaud@ac-normandie.fr>",
  "Abonnement + facture",
  """Bonjour,

Le bouquet de livres numériques commandé il y a dix jours n'est
toujours pas visible. Par ailleurs, nous n'avons pas reçu la facture
correspondante.

0760430E
Sylvie Renaud""", client="tb")

M("subscription_activation", True, "0141455F", "esidoc", False, "fr",
  "Resource ordered yesterday, not visible; typos.",
  "Jean-Luc Marie <jean-luc.marie@ac-normandie.fr>",
  "ressource pas dispo",
  """Bonjour,
la resource livres numeriques commandée hier n'est pas dispo sur le
portail. 0141455F. merci
JL Marie""", client="tb")
# ---------------------------------------------------------------- head_of_establishment_request (13)
M("head_of_establishment_request", False, "0140465E", "esidoc", False, "fr",
  "The principal asks in writing to reset the administrator password and send it to the new documentalist.",
  "Principal Collège Hastings <ce.0140465E@ac-normandie.fr>",
  "Demande de réinitialisation - compte administrateur",
  """Madame, Monsieur,

Je soussigné, principal du collège Hastings de Caen (UAI 0140465E),
demande la réinitialisation du mot de passe administrateur de notre
portail documentaire, le professeur documentaliste ayant changé.
Merci d'adresser le lien à la boîte de l'établissement.

Le principal,
Gérard Lemaître""", client="ol")

M("head_of_establishment_request", False, "0591807U", "esidoc", False, "fr",
  "Proviseure authorises the change of administrator to the new librarian.",
  "Proviseure Lycée <ce.0591807U@ac-lille.fr>",
  "Changement d'administrateur du portail",
  """Bonjour,

En tant que proviseure du lycée (0591807U), j'autorise le changement
d'administrateur de notre portail e-sidoc : Mme Nadia Benali remplace
M. Dufresne, muté. Merci de mettre à jour l'adresse de contact :
nadia.benali@ac-lille.fr.

Cordialement,
Mme Catherine Hervieu, proviseure""", client="ol")

M("head_of_establishment_request", False, "0800080C", "espace_acheteur", False, "fr",
  "Principal authorises an order of e-books above the threshold in writing.",
  "Principal Collège <principal.college-amiens-nord@ac-amiens.fr>",
  "Autorisation de commande",
  """Bonjour,

J'autorise la commande de livres numériques pour le CDI d'un montant
de 1 840 € TTC, passée par notre gestionnaire sur l'Espace Acheteur.

Collège Amiens-Nord, UAI 0800080C
Le principal, M. Dewailly""", client="zm")

M("head_of_establishment_request", False, "0760262X", "esidoc", True, "fr",
  "UAI only in the ce. sender address; the head asks to change the contact address on file.",
  "Direction <ce.0760262X@ac-normandie.fr>",
  "Modification adresse de contact",
  """Bonjour,

Je suis la proviseure adjointe faisant fonction de cheffe
d'établissement. Merci de remplacer l'adresse de contact de notre
compte par celle du CDI : cdi.flaubert@ac-normandie.fr.

Mme Ledoux""", client="ol")

M("head_of_establishment_request", False, "0620251L", "esidoc", False, "en",
  "English: head teacher writes to authorise a new library administrator.",
  "Head Teacher <ce.0620251L@ac-lille.fr>",
  "Authorisation - new administrator",
  """Dear support team,

As head of the establishment (UAI 0620251L), I authorise Ms Laura
Bennett to become the administrator of our library portal from
today, replacing Mr Ducrocq.

Yours sincerely,
Philip Garnier, headmaster""", client="ol")

M("head_of_establishment_request", False, "0500911U", "esidoc", True, "fr",
  "Two topics: the principal asks the admin reset and mentions the inventory; the written request is the point.",
  "Principal <ce.0500911U@ac-normandie.fr>",
  "Réinitialisation + récolement",
  """Bonjour,

Notre documentaliste étant absente pendant le récolement, je vous
demande par écrit, en tant que principal, de réinitialiser le mot de
passe administrateur du portail et de l'envoyer sur cette adresse
officielle. Le remplaçant terminera l'inventaire.

UAI 0500911U
M. Savary, principal""", client="tb")

M("head_of_establishment_request", False, "0020773E", "esidoc", True, "fr",
  "Directrice d'école writes from a private address asking a password reset: evidence to check.",
  "Martine Froment <martine.froment@laposte.net>",
  "demande de la directrice",
  """Bonjour,

Je suis la directrice de l'école (0020773E) et je vous demande de
réinitialiser le mot de passe du portail de la BCD. Je vous écris de
ma boîte perso car la boîte de l'école est saturée.

Martine Froment""", client="gm")

M("head_of_establishment_request", False, "0271603W", "esidoc", False, "fr",
  "Attached signed letter from the proviseur asking a change of administrator.",
  "Secrétariat de direction <ce.0271603W@ac-normandie.fr>",
  "Courrier du proviseur - changement administrateur",
  """Bonjour,

Veuillez trouver ci-joint le courrier signé de M. le Proviseur
demandant le changement d'administrateur du portail documentaire.

Bien cordialement,
Le secrétariat de direction
Lycée Les Fontenelles, Louviers""", client="ol",
  attach=("courrier_proviseur.pdf", "application", "pdf"))

M("head_of_establishment_request", False, "0601041F", "espace_acheteur", False, "fr",
  "Head of establishment authorises a new buyer administrator on the Espace Acheteur.",
  "Proviseur <ce.0601041F@ac-amiens.fr>",
  "Désignation administrateur Espace Acheteur",
  """Bonjour,

Par la présente je désigne Mme Hélène Caron, adjointe gestionnaire,
comme administratrice de notre structure sur l'Espace Acheteur.

Le proviseur
Lycée Paul Langevin, Beauvais - 0601041F""", client="ol")

M("head_of_establishment_request", False, None, "esidoc", True, "fr",
  "UAI 0622060D has a wrong check letter (0622060C would be valid); the principal's reset request still needs staff review.",
  "Principal adjoint <m.deprez@ac-lille.fr>",
  "demande du chef d'établissement",
  """Bonjour,

Chef d'établissement par intérim, je demande la réinitialisation du
compte administrateur du portail CDI pour l'établissement 0622060D.

M. Deprez""", client="zm")

M("head_of_establishment_request", False, "0142024Z", "esidoc", True, "fr",
  "Reply: the principal confirms in writing the reset asked earlier by the documentalist (quoted).",
  "Principal <ce.0142024Z@ac-normandie.fr>",
  "RE: Mot de passe e-sidoc perdu en plein récolement",
  """Bonjour,

Je confirme la demande de Mme Lemarchand et vous autorise à
réinitialiser le mot de passe administrateur de notre portail.

Le principal

> Bonjour,
> la demande doit être faite par le chef d'établissement.
> Cordialement, l'assistance""", client="ol")

M("head_of_establishment_request", False, "0590581L", "espace_acheteur", False, "fr",
  "Proviseur authorises in writing an e-book basket above the delegation amount.",
  "Lycée Baudelaire Direction <ce.0590581L@ac-lille.fr>",
  "Autorisation panier",
  """Bonjour,
j'autorise la validation du panier n° P-2025-0314 (livres numériques
et ouvrages de poésie) par notre gestionnaire.
Le proviseur""", client="tb")

M("head_of_establishment_request", False, "0611388C", "esidoc", False, "fr",
  "Principal asks to change the contact address for the portal account.",
  "Principale Collège <ce.0611388C@ac-normandie.fr>",
  "Adresse de contact du compte",
  """Madame, Monsieur,

Merci de modifier l'adresse de contact de notre compte portail : la
nouvelle documentaliste, Mme Vallée, utilisera
cdi.0611388C@ac-normandie.fr.

La principale, Mme Lecourt""", client="html")
# ---------------------------------------------------------------- order_billing (10)
M("order_billing", False, "0760333Z", "espace_acheteur", False, "fr",
  "Asks for a devis for e-book loans, needed for the bon d'engagement.",
  "Anne Duval <anne.duval@ac-normandie.fr>",
  "Demande de devis - prêt numérique",
  """Bonjour,

Pourriez-vous nous établir un devis pour l'offre de prêt de livres
numériques (300 élèves) ? Notre gestionnaire en a besoin pour faire le
bon d'engagement avant le 31 mars.

Lycée Claude Monet, Le Havre - 0760333Z
Anne Duval""", client="ol")

M("order_billing", False, "0590673L", "espace_acheteur", False, "fr",
  "Invoice must be deposited on Chorus Pro with the engagement number.",
  "Service gestion <gestion.lycee-tourcoing@ac-lille.fr>",
  "Facture Chorus",
  """Bonjour,

Nous avons bien reçu votre facture papier n° FA-25-1182 mais elle doit
être déposée sur Chorus Pro avec notre numéro d'engagement
EJ 2025-0417 et le SIRET du lycée. Merci de la redéposer.

Service gestion - UAI 0590673L""", client="ol")

M("order_billing", False, None, "espace_acheteur", False, "en",
  "English buyer asks which payment means are accepted for a basket.",
  "Linda Hughes <linda.hughes@britishschool-lille.org>",
  "Payment options",
  """Hello,

Before validating our basket of books, can you tell us which payment
methods you accept? We cannot pay by administrative mandate.

Regards,
Linda Hughes, purchasing""", client="gm")

M("order_billing", False, "0020630Z", "espace_acheteur", False, "fr",
  "Basket cannot be validated: button greyed, order for the CDI inventory replacements.",
  "Gestionnaire <gestionnaire.clg-chauny@ac-amiens.fr>",
  "Impossible de valider le panier",
  """Bonjour,

Le bouton « Valider la commande » reste grisé dans notre panier
(remplacement des livres perdus constatés au récolement).
UAI 0020630Z

Cordialement
La gestionnaire""", client="zm")

M("order_billing", False, "0141447X", "espace_acheteur", True, "fr",
  "Negation: login works fine; the problem is the invoice amount that does not match the quote.",
  "Marion Lepetit <marion.lepetit@ac-normandie.fr>",
  "Facture erronée",
  """Bonjour,

Je n'ai aucun problème de connexion, pas besoin de nouveau mot de
passe. En revanche la facture reçue (412,50 €) ne correspond pas au
devis (389,00 €). Pouvez-vous corriger ?

0141447X
Marion Lepetit""", client="tb", attach=("facture_412.pdf", "application", "pdf"))

M("order_billing", False, "0800555U", "espace_acheteur", False, "fr",
  "Order confirmation needed with a bon de commande signed; typed quickly.",
  "Cyril Fontaine <cyril.fontaine@ac-amiens.fr>",
  "bon de commande",
  """bonjour, pouvez vous nous renvoyer le bon de commande de la cde du
12/03 (livres poésie) pour signature ? uai 0800555U. merci""", client="gm")

M("order_billing", False, "0500289T", "espace_acheteur", False, "fr",
  "Asks for a quote revision to add a second e-book bundle.",
  "Régine Lehoux <regine.lehoux@ac-normandie.fr>",
  "Modification devis",
  """Bonjour,

Serait-il possible de modifier le devis D-2025-0288 pour ajouter le
bouquet jeunesse ? Le conseil d'administration vote le budget jeudi.

Régine Lehoux - 0500289T""", client="am")

M("order_billing", False, None, "espace_acheteur", False, "fr",
  "Town hall buyer: invoice rejected by the Chorus Pro platform.",
  "Comptabilité Mairie <compta@mairie-bernay.fr>",
  "Rejet Chorus Pro",
  """Bonjour,
votre facture a été rejetée sur Chorus Pro (motif : service
exécutant absent). Merci de la redéposer avec le code service ACHATS.
Service comptabilité, Mairie de Bernay""", client="ol")

M("order_billing", False, "0622253M", "espace_acheteur", False, "en",
  "English: needs a pro-forma invoice before paying for e-books.",
  "Rachel Green <rachel.green@ac-lille.fr>",
  "Pro-forma invoice",
  """Hi,

Our bursar needs a pro-forma invoice for the e-book order before the
payment can go out. School 0622253M.

Thanks,
Rachel""", client="gm")

M("order_billing", False, "0760226H", "espace_acheteur", True, "fr",
  "Quoted history about notifications; the new message asks for the invoice of the March order.",
  "Nathalie Quesnel <nathalie.quesnel@ac-normandie.fr>",
  "Re: Notifications du portail",
  """Bonjour,

Les notifications refonctionnent, merci. Pourriez-vous m'envoyer la
facture de la commande de mars ? L'agent comptable la réclame.

0760226H

Le 18/03/2025 à 09:30, Assistance a écrit :
> Bonjour, le problème de notifications est résolu de notre côté.""", client="zm")

# ---------------------------------------------------------------- contract_documents (7)
M("contract_documents", False, "0592033P", "espace_acheteur", False, "fr",
  "Cannot see the market documents (CCAP, BPU) for the e-book lot.",
  "Valérie Dhainaut <valerie.dhainaut@ac-lille.fr>",
  "Pièces du marché introuvables",
  """Bonjour,

Dans l'espace acheteur je ne vois pas les pièces du marché livres
numériques (CCAP, BPU). L'onglet Documents est vide.

UAI 0592033P
V. Dhainaut""", client="ol")

M("contract_documents", False, None, "espace_acheteur", False, "fr",
  "Amendment (avenant) to the convention not visible for a town.",
  "Pierre Lemoine <p.lemoine@ville-dieppe.fr>",
  "Avenant n°2 non visible",
  """Bonjour,
l'avenant n°2 à la convention d'adhésion n'apparaît pas dans nos
documents contractuels. Pouvez-vous le mettre en ligne ?
P. Lemoine, service marchés""", client="ol")

M("contract_documents", False, "0612686N", "esignature", False, "fr",
  "Convention to sign electronically not visible in the signature space.",
  "Helen Carter <helen.carter@ac-normandie.fr>",
  "Convention à signer",
  """Bonjour,

On m'annonce une convention de partenariat à signer électroniquement
mais rien n'apparaît dans mon espace de signature. 0612686N.

Helen Carter""", client="am")

M("contract_documents", False, "0600335N", "espace_acheteur", False, "en",
  "English: cannot download the framework agreement documents.",
  "Paul Whitaker <p.whitaker@ac-amiens.fr>",
  "Contract documents",
  """Hello,

I can't download the framework agreement documents for the library
supplies lot; the link returns an error. UAI 0600335N.

Paul""", client="am")

M("contract_documents", False, "0140376H", "espace_acheteur", True, "fr",
  "Two topics: cannot see the convention and asks about a devis; documents are the main request.",
  "Karine Lecoq <karine.lecoq@ac-normandie.fr>",
  "Convention et devis",
  """Bonjour,

Je ne vois pas la convention de groupement de commandes dans l'espace
documents, alors que le gestionnaire doit la relire avant de signer.
Et accessoirement, le devis suivra-t-il la convention ?

0140376H
Karine Lecoq""", client="zm")

M("contract_documents", False, "0022306W", "espace_acheteur", False, "fr",
  "Market documents for the new lot missing from the buyer space.",
  "Xavier Bocquet <xavier.bocquet@ac-amiens.fr>",
  "documents du marché",
  """Bonjour,
les documents du nouveau marché fournitures CDI ne sont pas
visibles. Nous sommes bien adhérents. 0022306W
X. Bocquet, adjoint gestionnaire""", client="tb")

M("contract_documents", False, "0270487H", "espace_acheteur", False, "fr",
  "HTML mail: the acte d'engagement and annexes are not accessible.",
  "Martine Lecomte <martine.lecomte@ac-normandie.fr>",
  "Acte d'engagement inaccessible",
  """Bonjour,

Impossible d'ouvrir l'acte d'engagement et ses annexes dans l'onglet
marchés, le document indique « accès refusé ». UAI 0270487H.

Martine Lecomte""", client="html")

# ---------------------------------------------------------------- transfer_incident (10)
M("transfer_incident", False, "0140376H", "ecoledirecte", False, "fr",
  "Nightly transfer of pupils to the library portal fails since February.",
  "Karine Lecoq <karine.lecoq@ac-normandie.fr>",
  "Transfert des élèves en échec",
  """Bonjour,

Le transfert automatique des élèves depuis le logiciel de vie
scolaire échoue chaque nuit depuis février (« erreur
d'authentification »). Les nouveaux élèves n'ont donc pas de compte
lecteur.

0140376H""", client="zm")

M("transfer_incident", False, "0591611F", "ecoledirecte", False, "fr",
  "Licence to regenerate for the school-management data transfer.",
  "Stéphanie Delannoy <stephanie.delannoy@ac-lille.fr>",
  "Licence expirée",
  """Bonjour,
le logiciel indique « licence expirée » au moment de la synchro
avec le portail. Pouvez-vous régénérer la licence ? 0591611F
Stéphanie""", client="ol")

M("transfer_incident", False, "0502656R", "ecoledirecte", False, "fr",
  "Asks for the daily maintenance password to launch the import.",
  "Admin réseau <admin.reseau-clg-granville@ac-normandie.fr>",
  "Mot de passe de maintenance du jour",
  """Bonjour,

Pour relancer l'import des données élèves nous avons besoin du mot
de passe de maintenance du jour. Collège de Granville, 0502656R.

L'administrateur réseau""", client="tb")

M("transfer_incident", False, "0620010Z", "ecoledirecte", False, "en",
  "English: synchronisation between school-management software and portal stuck.",
  "Sarah Mills <sarah.mills@ac-lille.fr>",
  "Data sync failing",
  """Hello,

The data synchronisation between our school management software and
the library portal has been failing since March 3rd. New pupils are
missing. UAI 0620010Z.

Sarah""", client="gm", attach=("sync_error.txt", "text", "plain"))

M("transfer_incident", False, "0761942Y", "ecoledirecte", True, "fr",
  "Negation: not a user password but the daily maintenance password is rejected during the transfer.",
  "Benoît Lemonnier <benoit.lemonnier@ac-normandie.fr>",
  "mdp maintenance refusé",
  """Bonjour,

Ce n'est pas un mot de passe utilisateur qui pose problème : c'est le
mot de passe de maintenance du jour qui est refusé quand je lance le
transfert vers le portail.

0761942Y
B. Lemonnier""", client="am")

M("transfer_incident", False, "0021153T", "ecoledirecte", False, "fr",
  "Transfer produces duplicate pupils after the mid-year arrivals.",
  "Karine Doyle <k.doyle@ac-amiens.fr>",
  "Doublons après transfert",
  """Bonjour,

Depuis le transfert de lundi, les élèves arrivés en janvier
apparaissent en double dans le portail. Faut-il relancer un export
complet ? UAI 0021153T.

Merci""", client="zm")

M("transfer_incident", False, "0612424D", "ecoledirecte", True, "fr",
  "Two topics: failed transfer and new reader accounts; the transfer failure is the cause to fix.",
  "Gaëlle Rivière <gaelle.riviere@ac-normandie.fr>",
  "Comptes élèves et synchronisation",
  """Bonjour,

Les nouveaux élèves n'ont pas de compte lecteur parce que la
synchronisation avec le logiciel de scolarité échoue depuis trois
semaines (message « fichier rejeté »). Pouvez-vous regarder le
transfert ?

Gaëlle Rivière - 0612424D""", client="tb")

M("transfer_incident", False, "0801835K", "ecoledirecte", False, "fr",
  "Export of the year's data to the portal fails with a licence error.",
  "Secrétariat Collège <secretariat.college.abbeville@ac-amiens.fr>",
  "Erreur licence export",
  """Bonjour,
l'export vers le portail documentaire échoue avec le message
« licence non valide ». Il faut la régénérer ?
0801835K""", client="ol")

M("transfer_incident", False, "0270659V", "ecoledirecte", False, "fr",
  "Synchronisation stopped after the server migration; IT staff.",
  "Yannick Bertin <yannick.bertin@ac-normandie.fr>",
  "Synchro arrêtée depuis migration serveur",
  """Bonjour,

Depuis la migration de notre serveur pédagogique, la synchronisation
des données élèves vers le portail ne se fait plus. Le journal
indique « connexion refusée ». UAI 0270659V.

Y. Bertin, référent numérique""", client="tb")

M("transfer_incident", False, "0602501T", "ecoledirecte", False, "fr",
  "Import of pupils fails, error file attached (CSV).",
  "Olivia Lambert <olivia.lambert@ac-amiens.fr>",
  "Import élèves impossible",
  """Bonjour,

L'import des élèves échoue, je joins le fichier d'erreurs. Nous ne
pouvons pas créer les comptes des nouveaux arrivants.
0602501T

Olivia Lambert""", client="ol", attach=("erreurs_import.csv", "text", "csv"))
# ---------------------------------------------------------------- automated (19)
OOO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
M("automated", False, None, None, False, "fr",
  "Exchange out-of-office during the spring holidays, Auto-Submitted header.",
  "Sophie Lemarchand <sophie.lemarchand@ac-normandie.fr>",
  "Réponse automatique : Mot de passe e-sidoc perdu en plein récolement",
  """Bonjour,

Je suis absente du 12 au 27 avril inclus (vacances de printemps).
Pour toute urgence concernant le CDI, merci de contacter la vie
scolaire.

Sophie Lemarchand""", client="ol", hdrs=OOO)

M("automated", False, None, None, False, "en",
  "English automatic reply (out of office) with Auto-Submitted.",
  "Emma Hart <emma.hart@ac-lille.fr>",
  "Automatic reply: Cannot log in to the library portal",
  """Thank you for your message. I am away until Monday 24 March with
limited access to email. I will reply on my return.

Emma Hart""", client="ol", hdrs=OOO)

M("automated", False, None, None, False, "en",
  "Postfix bounce (multipart/report delivery-status), null Return-Path.",
  "Mail Delivery System <MAILER-DAEMON@mx1.ac-normandie.fr>",
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx1.ac-normandie.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cdi.ancien-college@ac-normandie.fr>: host mbox.ac-normandie.fr said:
    550 5.1.1 User unknown (in reply to RCPT TO command)""",
  client="report", kind="bounce", rcpt="cdi.ancien-college@ac-normandie.fr")

M("automated", False, None, None, True, "fr",
  "MailInBlack sender-authentication challenge sent to us by a school's filter: a robot, never answered.",
  "MailInBlack <noreply@mailinblack.com>",
  "Merci de confirmer votre envoi - Lycée Porte Océane",
  """Bonjour,

Vous avez envoyé un message à benoit.lemonnier@ac-normandie.fr.
Ce destinataire est protégé par MailInBlack. Pour que votre message
soit délivré, merci de confirmer que vous êtes un humain en cliquant
sur le lien ci-dessous :

https://challenge.mailinblack.example/validate?id=Zx81kQ

Ce message a été généré automatiquement, merci de ne pas y répondre.""",
  client="html", hdrs={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})

M("automated", False, None, None, False, "fr",
  "Newsletter of the Printemps des poètes with List-Id and List-Unsubscribe.",
  "Printemps des Poètes <lettre@printempsdespoetes.example>",
  "Lettre d'information - Printemps des poètes 2025",
  """Le Printemps des Poètes 2025 aura pour thème « La poésie,
volcanique ». Retrouvez les ressources pour les CDI, les affiches
à télécharger et les propositions d'ateliers.

Pour vous désabonner, cliquez ici.""",
  client="html", hdrs={"List-Id": "Lettre info <lettre.printempsdespoetes.example>",
                       "List-Unsubscribe": "<https://printempsdespoetes.example/desabo>",
                       "Precedence": "list"})

M("automated", False, None, None, False, "fr",
  "Read receipt (disposition-notification) from Outlook.",
  "Anne Duval <anne.duval@ac-normandie.fr>",
  "Lu : Demande de devis - prêt numérique",
  """Votre message

  À : Anne Duval
  Objet : Demande de devis - prêt numérique

a été lu le mardi 11 mars 2025 10:02.""",
  client="report", kind="mdn", rcpt="anne.duval@ac-normandie.fr")

M("automated", False, None, None, False, "fr",
  "French Zimbra out-of-office (vacation message) with Auto-Submitted.",
  "Jérôme Delcroix <jerome.delcroix@ac-lille.fr>",
  "Absent : Rappels de prêt non reçus",
  """Bonjour,
je suis en formation jusqu'au 21 mars. Je lirai votre message à mon
retour.
J. Delcroix""", client="zm", hdrs={"Auto-Submitted": "auto-replied"})

M("automated", False, None, None, True, "fr",
  "Bounce whose quoted original mentions a password reset; still a delivery failure, never answered.",
  "MAILER-DAEMON <MAILER-DAEMON@smtp.ac-amiens.fr>",
  "Échec de remise du message",
  """Votre message n'a pas pu être remis.

Destinataire : cdi.college-ham@ac-amiens.fr
Raison : boîte aux lettres pleine (552 5.2.2 Mailbox full)

----- Message d'origine -----
Objet : Votre lien de réinitialisation de mot de passe
Bonjour, voici votre lien pour réinitialiser le mot de passe...""",
  client="report", kind="bounce", rcpt="cdi.college-ham@ac-amiens.fr")

M("automated", False, None, "esidoc", False, "fr",
  "Auto-generated notification of a nightly import report from the portal.",
  "Portail documentaire <no-reply@portail-doc.example.fr>",
  "Rapport d'import automatique du 14/03/2025",
  """Rapport d'import automatique

Établissements traités : 212
Imports réussis : 209
Imports en erreur : 3

Ce message est envoyé automatiquement, merci de ne pas y répondre.""",
  client="tb", hdrs={"Auto-Submitted": "auto-generated"})

M("automated", False, None, None, False, "en",
  "English Gmail vacation responder.",
  "David Moore <david.moore@ac-amiens.fr>",
  "Re: E-books not active",
  """Hi, I'm on a school trip to London until 4 April and will answer
when I'm back. For urgent matters please contact the CDI.
David""", client="gm", hdrs={"Auto-Submitted": "auto-replied", "Precedence": "bulk"})

M("automated", False, None, None, False, "fr",
  "Mailing list digest of documentalists with List-Id.",
  "Liste CDI Normandie <cdi-normandie@listes.ac-normandie.fr>",
  "[cdi-normandie] Digest n°142",
  """Sujets du jour :
1. Récolement : quel outil pour les périodiques ?
2. Printemps des poètes : idées d'expo
3. Livres numériques : retours d'expérience

----------------------------------------------------------------------
Message 1
De : Sophie L.
Qui utilise la douchette pour le récolement des périodiques ?""",
  client="tb", hdrs={"List-Id": "<cdi-normandie.listes.ac-normandie.fr>", "Precedence": "list"})

M("automated", False, None, None, False, "fr",
  "Exchange out-of-office of a gestionnaire, Auto-Submitted and X-Auto-Response-Suppress.",
  "Gestionnaire <gestionnaire.clg-chauny@ac-amiens.fr>",
  "Réponse automatique : Impossible de valider le panier",
  """Bonjour,
je suis absente pour congé maladie. Pour les commandes, merci de
contacter le secrétariat d'intendance.""", client="ol", hdrs=OOO)

M("automated", False, None, "ticket_portal", False, "fr",
  "Ticket portal notification (new comment) generated automatically.",
  "Portail d'assistance <notifications@tickets.example.fr>",
  "[Ticket #48213] Nouveau commentaire",
  """Un nouveau commentaire a été ajouté au ticket #48213
« Comptes lecteurs nouveaux élèves ».

Consulter le ticket : https://tickets.example.fr/t/48213

Notification automatique - ne pas répondre.""",
  client="html", hdrs={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"})

M("automated", False, None, None, False, "en",
  "Exchange NDR in English (multipart/report).",
  "Microsoft Outlook <postmaster@lyceefrancais-network.org>",
  "Undeliverable: How do we register?",
  """Delivery has failed to these recipients or groups:

purchasing@lyceefrancais-network.org
The email address you entered couldn't be found.""",
  client="report", kind="bounce", rcpt="purchasing@lyceefrancais-network.org")

M("automated", False, None, "esignature", False, "fr",
  "Automatic e-signature notification: document signed.",
  "Signature électronique <ne-pas-repondre@esignature.example.fr>",
  "Document signé : convention de partenariat",
  """Bonjour,

Le document « Convention de partenariat CDI 2025 » a été signé par
tous les signataires. Vous pouvez le télécharger depuis votre espace.

Message automatique.""",
  client="html", hdrs={"Auto-Submitted": "auto-generated"})

M("automated", False, None, None, False, "fr",
  "Apple Mail vacation responder in French, Auto-Submitted.",
  "Gaëlle Rivière <gaelle.riviere@ac-normandie.fr>",
  "Absence",
  """Je suis absente jusqu'au 7 avril. Votre message ne sera pas
transféré.""", client="am", hdrs={"Auto-Submitted": "auto-replied"})

M("automated", False, None, None, True, "fr",
  "Out-of-office whose text mentions 'mot de passe' and a UAI-free signature: still an automatic reply.",
  "Thierry Hamel <thierry.hamel@ac-normandie.fr>",
  "Réponse automatique : Accès admin portail CDI",
  """Bonjour,
Je suis en stage Printemps des poètes jusqu'au 14 mars. Pour les
problèmes de mot de passe du portail, voyez avec le secrétariat.
T. Hamel""", client="ol", hdrs=OOO)

M("automated", False, None, "espace_acheteur", False, "fr",
  "Buyer-space newsletter (bulk, List-Unsubscribe).",
  "Espace Acheteur <newsletter@espace-acheteur.example.fr>",
  "Nouveautés du catalogue - mars 2025",
  """Découvrez les nouveautés du catalogue : livres numériques,
mobilier de CDI, fournitures pour le récolement (étiquettes, codes-
barres).

Se désinscrire""",
  client="html", hdrs={"List-Unsubscribe": "<mailto:unsubscribe@espace-acheteur.example.fr>",
                       "Precedence": "bulk", "List-Id": "<news.espace-acheteur.example.fr>"})

M("automated", False, None, None, False, "en",
  "Delivery delay warning (DSN 'delayed').",
  "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Delay)",
  """This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:
     nadia.benali59@gmail.com""",
  client="report", kind="bounce", rcpt="nadia.benali59@gmail.com", action="delayed")
# ---------------------------------------------------------------- other (16)
M("other", False, None, None, False, "en",
  "English SEO spam.",
  "Growth Team <growth@rank-boost-seo.example>",
  "Boost your school library website traffic",
  """Hi there,

We noticed your website could rank much higher on Google. Our team
can bring 10x more visitors to your library portal in 30 days.
Reply YES for a free audit.

Best,
Kevin""", client="gm")

M("other", False, None, None, True, "fr",
  "Phishing imitating a password-expiry mail: spam, not a password request.",
  "Service Messagerie <securite@messagerie-academique.example>",
  "Votre mot de passe expire aujourd'hui",
  """Cher utilisateur,

Votre mot de passe de messagerie expire aujourd'hui. Pour conserver
l'accès à votre boîte, confirmez vos identifiants en cliquant ici
sous 24 heures.

Le service informatique""", client="html")

M("other", False, "0142961T", "esidoc", True, "fr",
  "Thanks after a solved inventory question: nothing to do, a person closes it.",
  "Véronique Lange <veronique.lange@ac-normandie.fr>",
  "Re: Livres numériques non visibles",
  """Bonjour,

C'est bon, tout est visible ce matin. Merci beaucoup !

Véronique Lange - 0142961T

Le 12/03/2025 à 16:20, Assistance a écrit :
> Bonjour, l'activation peut prendre jusqu'à 72 heures.""", client="tb")

M("other", False, "0590356S", "esidoc", False, "fr",
  "Asks advice on how to run the CDI inventory (récolement) with the portal: no taxonomy category fits.",
  "Julie Carpentier <julie.carpentier@ac-lille.fr>",
  "Méthode de récolement",
  """Bonjour,

Première année de récolement pour moi : faut-il scanner tous les
documents ou peut-on faire un récolement par cote ? Avez-vous un
tutoriel pour le module d'inventaire du portail ?

0590356S
Julie Carpentier""", client="ol")

M("other", False, None, None, False, "fr",
  "Poet offers a school visit for the Printemps des poètes: unrelated to the platform.",
  "Jeanne Morvan <jeanne.morvan.poesie@gmail.com>",
  "Intervention Printemps des poètes",
  """Bonjour,

Poète et animatrice d'ateliers d'écriture, je propose des
interventions dans les CDI pendant le Printemps des poètes. Pourriez-
vous transmettre ma proposition aux établissements ?

Jeanne Morvan""", client="gm")

M("other", False, None, None, False, "en",
  "English job application sent to the support address.",
  "Tom Wilson <tom.wilson.cv@gmail.com>",
  "Application - support technician",
  """Dear Sir or Madam,

Please find attached my CV for a support technician position. I am
fluent in French and English.

Yours faithfully,
Tom Wilson""", client="gm", attach=("CV_Tom_Wilson.pdf", "application", "pdf"))

M("other", False, "0760688K", "esidoc", False, "fr",
  "Feature suggestion for the portal (poetry display widget): goes to a person.",
  "Isabelle Cauchois <isabelle.cauchois@ac-normandie.fr>",
  "Suggestion d'amélioration",
  """Bonjour,

Ce serait bien de pouvoir afficher un « poème du jour » sur la page
d'accueil du portail, surtout pendant le Printemps des poètes.
Est-ce prévu ?

0760688K""", client="zm")

M("other", False, None, None, False, "fr",
  "Wrong recipient: a parent writes about a child's lost library book.",
  "Famille Dupont <famille.dupont62@orange.fr>",
  "livre perdu",
  """Bonjour
mon fils a perdu un livre du CDI, combien je dois payer ? il est en
5eme B.
merci""", client="gm")

M("other", False, "0502685X", "esidoc", True, "fr",
  "Negation hard case: 'pas de problème de mot de passe ni de mail'; asks for training dates.",
  "Céline Jouan <celine.jouan@ac-normandie.fr>",
  "Formation portail",
  """Bonjour,

Pas de problème de mot de passe ni de mail cette fois ! Je voudrais
savoir s'il y a une formation prévue au printemps sur les nouvelles
fonctions du portail pour les collègues de la Manche.

Céline Jouan - 0502685X""", client="tb")

M("other", False, None, None, False, "en",
  "English vendor marketing for barcode scanners.",
  "Sales <sales@scanpro-devices.example>",
  "Inventory season: 20% off barcode scanners",
  """Spring inventory time! Get 20% off our wireless barcode scanners
for school libraries. Offer ends 31 March.""", client="html")

M("other", False, "0621722K", "esidoc", False, "fr",
  "Asks for usage statistics of e-book loans for the annual report.",
  "Aline Delmotte <aline.delmotte@ac-lille.fr>",
  "Statistiques de prêt numérique",
  """Bonjour,

Pour le bilan annuel du CDI, est-il possible d'obtenir les
statistiques de prêt des livres numériques depuis septembre ?

0621722K
Aline Delmotte""", client="ol")

M("other", False, None, None, False, "fr",
  "Questionnaire from a master's student: unrelated.",
  "Léa Martin <lea.martin@etu.univ-lille.example>",
  "Questionnaire mémoire",
  """Bonjour,

Étudiante en master MEEF documentation, je réalise une enquête sur
les portails de CDI. Pourriez-vous diffuser mon questionnaire ?

Léa Martin""", client="gm")

M("other", False, "0020060E", "esidoc", True, "fr",
  "Mentions password and quoted reset thread, but the new text is a complaint about response time, nothing to reset.",
  "Pierre Hennequin <pierre.hennequin@ac-amiens.fr>",
  "RE: RE: Mail de réinitialisation non reçu",
  """Bonjour,

Je tiens à signaler que j'ai attendu 6 jours une réponse. Tout est
réglé depuis, mais ce délai n'est pas acceptable en pleine période
d'inventaire.

0020060E

-----Message d'origine-----
De : Assistance
Objet : RE: Mail de réinitialisation non reçu
Bonjour, le lien de réinitialisation vous a été renvoyé.""", client="ol")

M("other", False, None, None, False, "fr",
  "Lottery-style spam.",
  "Gagnant <promo@gagnant-instant.example>",
  "Félicitations, vous avez gagné une tablette !",
  """Félicitations ! Votre adresse a été tirée au sort. Cliquez pour
réclamer votre tablette avant minuit.""", client="html")

M("other", False, "0800555U", "esidoc", True, "fr",
  "UAI 0802531T has a wrong check letter (0802531S would be valid), quoted as a neighbour's; the mail is a question about sharing a catalogue.",
  "Cyril Fontaine <cyril.fontaine@ac-amiens.fr>",
  "Catalogue partagé",
  """Bonjour,

Notre collège (0800555U) et le lycée voisin (0802531T, si je ne me
trompe pas) voudraient mutualiser un catalogue de poésie pour le
Printemps des poètes. Est-ce possible techniquement ?

Cyril Fontaine""", client="zm")

M("other", False, None, None, False, "en",
  "English: a British partner school asks about an exchange, unrelated.",
  "Jane Cooper <j.cooper@stmarys-school.example.uk>",
  "Partnership with a French school library",
  """Hello,

Our school would like to set up a reading exchange with a French
school library in Normandy. Could you put us in touch with one?

Kind regards,
Jane Cooper""", client="am")

# ====================================================================== build
SUPPORT = "support@assistance.example.fr"
PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
       b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
TEXT_ATTACH = {
    "sync_error.txt": "2025-03-14 02:00:13 ERROR sync: authentication refused (401)\n"
                      "2025-03-14 02:00:13 ERROR sync: aborting, 0 records sent\n",
    "erreurs_import.csv": "ligne;nom;prenom;erreur\n14;MARTIN;Lou;classe inconnue\n"
                          "15;NGUYEN;Bao;date de naissance invalide\n",
}


def addr_of(frm):
    return frm.rsplit("<", 1)[-1].strip(">").strip()


def domain_of(frm):
    return addr_of(frm).rsplit("@", 1)[-1].lower()


def to_html(body):
    out = []
    for para in body.split("\n\n"):
        lines = [html.escape(l) for l in para.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"></head><body><div style="font-family:Calibri,Arial,'
            'sans-serif;font-size:11pt">\n' + "\n".join(out) + "\n</div></body></html>\n")


def msgid(client, dom, n):
    tok = "%016X" % RNG.getrandbits(64)
    if client == "ol":
        return "<PR1P264MB%s%04d@PR1P264MB%s.FRAP264.PROD.OUTLOOK.COM>" % (tok, n, tok[:4])
    if client == "gm":
        return "<CAF%s%s+%d@mail.gmail.com>" % (tok.lower(), tok[:6], n)
    if client == "am":
        return "<%s-%04d-4A1B-9C3D-%s@%s>" % (tok[:8], n, tok[4:16], dom)
    if client == "zm":
        return "<%d.%s.JavaMail.zimbra@%s>" % (n * 7919 + 1000000, tok[:10], dom)
    return "<%s-%04d@%s>" % (tok.lower()[:12], n, dom)


def pick_date():
    while True:
        d = datetime(2025, 3, 3, tzinfo=timezone(timedelta(hours=1))) + timedelta(days=RNG.randint(0, 46))
        if d.weekday() < 5 or RNG.random() < 0.1:
            break
    tz = timezone(timedelta(hours=2)) if d.month == 4 or d.day >= 30 else timezone(timedelta(hours=1))
    return d.replace(hour=RNG.randint(7, 19), minute=RNG.randint(0, 59), second=RNG.randint(0, 59), tzinfo=tz)


def trace_headers(m, dt, null_rp=False):
    dom = domain_of(m["frm"])
    ip = "203.0.113.%d" % RNG.randint(2, 250)
    rid = "%012X" % RNG.getrandbits(48)
    hs = [("Return-Path", "<>" if null_rp else "<%s>" % addr_of(m["frm"])),
          ("Delivered-To", SUPPORT),
          ("Received", "from smtp.%s (smtp.%s [%s]) by mx1.assistance.example.fr (Postfix) with ESMTPS id %s"
                       " for <%s>; %s" % (dom, dom, ip, rid, SUPPORT,
                                           format_datetime(dt + timedelta(seconds=RNG.randint(2, 40)))))]
    res = "pass" if RNG.random() < 0.9 else "none"
    hs.append(("Authentication-Results",
               "mx1.assistance.example.fr; dkim=%s header.d=%s; spf=pass smtp.mailfrom=%s" % (res, dom, dom)))
    return hs


def build_standard(m, n, dt):
    kw = m["kw"]
    client = m["client"]
    dom = domain_of(m["frm"])
    msg = EmailMessage()
    for k, v in trace_headers(m, dt):
        msg[k] = v
    msg["From"] = m["frm"]
    msg["To"] = "Assistance <%s>" % SUPPORT
    msg["Subject"] = m["subj"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = msgid(client, dom, n)
    if m["subj"].lower().startswith(("re:", "re :", "re: re:")) or m["subj"].startswith("RE"):
        ref = "<%s@assistance.example.fr>" % ("%020x" % RNG.getrandbits(80))
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    msg["MIME-Version"] = "1.0"
    if client == "ol":
        msg["Thread-Topic"] = m["subj"]
        msg["Thread-Index"] = "AQH" + "%020X" % RNG.getrandbits(80)
        msg["Accept-Language"] = "fr-FR, en-US"
        msg["Content-Language"] = "fr-FR" if m["lang"] == "fr" else "en-GB"
        msg["X-MS-Has-Attach"] = "yes" if kw.get("attach") else ""
    elif client == "tb":
        msg["User-Agent"] = "Mozilla Thunderbird"
        msg["Content-Language"] = m["lang"]
    elif client == "am":
        msg["X-Mailer"] = "Apple Mail (2.3774.500.171.1.1)"
    elif client == "zm":
        msg["X-Mailer"] = "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF123 (Linux)/9.0.0_GA_4583)"
    elif client == "gm":
        pass
    elif client == "html":
        msg["X-Mailer"] = RNG.choice(["Zimbra 8.8.15_GA_4562", "Microsoft Outlook 16.0", "PHPMailer 6.8.1"])
    for k, v in kw.get("hdrs", {}).items():
        msg[k] = v
    body = m["body"].rstrip("\n") + "\n"
    cte = kw.get("cte")
    if client == "html":
        msg.set_content(to_html(body), subtype="html", cte=cte or RNG.choice(["quoted-printable", "base64"]))
    elif client in ("tb", "am"):
        msg.set_content(body, cte=cte or ("8bit" if client == "tb" else "quoted-printable"))
    else:
        msg.set_content(body, cte=cte or "quoted-printable")
        msg.add_alternative(to_html(body), subtype="html",
                            cte="base64" if client == "gm" else (cte or "quoted-printable"))
    if kw.get("attach"):
        fname, maint, subt = kw["attach"]
        if maint == "text":
            msg.add_attachment(TEXT_ATTACH[fname], subtype=subt, filename=fname)
        else:
            msg.add_attachment(PDF, maintype=maint, subtype=subt, filename=fname)
    for i, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary("----=_Part_93_%03d_%d" % (n, i))
    return msg.as_bytes(policy=policy.default.clone(linesep="\n"))


def build_report(m, n, dt):
    kw = m["kw"]
    dom = domain_of(m["frm"])
    msg = EmailMessage()
    for k, v in trace_headers(m, dt, null_rp=(kw["kind"] == "bounce")):
        msg[k] = v
    msg["From"] = m["frm"]
    msg["To"] = SUPPORT
    msg["Subject"] = m["subj"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = msgid("x", dom, n)
    msg["Auto-Submitted"] = "auto-replied" if kw["kind"] == "mdn" else "auto-generated"
    msg["MIME-Version"] = "1.0"
    boundary = "=_report_93_%03d" % n
    text = m["body"].rstrip("\n") + "\n"
    orig_id = "<%020x@assistance.example.fr>" % RNG.getrandbits(80)
    if kw["kind"] == "bounce":
        rtype = "delivery-status"
        action = kw.get("action", "failed")
        status = "4.4.7" if action == "delayed" else "5.0.0"
        second = ("Content-Type: message/delivery-status\n\n"
                  "Reporting-MTA: dns; %s\n\n"
                  "Final-Recipient: rfc822; %s\nAction: %s\nStatus: %s\n" % (dom, kw["rcpt"], action, status))
    else:
        rtype = "disposition-notification"
        second = ("Content-Type: message/disposition-notification\n\n"
                  "Reporting-UA: %s; Microsoft Outlook 16.0\n"
                  "Final-Recipient: rfc822; %s\nOriginal-Message-ID: %s\n"
                  "Disposition: manual-action/MDN-sent-manually; displayed\n" % (dom, kw["rcpt"], orig_id))
    third = ("Content-Type: text/rfc822-headers\n\n"
             "From: Assistance <%s>\nTo: <%s>\nMessage-ID: %s\nSubject: Re: votre demande\n" % (SUPPORT, kw["rcpt"], orig_id))
    import base64
    b64 = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    raw_body = ("This is a MIME-encapsulated message.\n\n--%s\n"
                "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\n%s\n"
                "--%s\n%s\n--%s\n%s\n--%s--\n") % (boundary, b64, boundary, second, boundary, third, boundary)
    head = msg.as_bytes(policy=policy.default.clone(linesep="\n")).decode("ascii").rstrip("\n")
    head += '\nContent-Type: multipart/report; report-type=%s;\n boundary="%s"\n\n' % (rtype, boundary)
    return (head + raw_body).encode("ascii")


def visible_text(msg):
    parts = [str(msg.get("Subject", "")), str(msg.get("From", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct not in ("text/plain", "text/html") or part.get_content_disposition() == "attachment":
            continue
        t = part.get_content()
        if ct == "text/html":
            t = html.unescape(re.sub(r"<[^>]+>", " ", t))
        parts.append(t)
    return "\n".join(parts)


UAI_RE = re.compile(r"(?<![0-9A-Za-z])\d{7}[A-Za-z](?![0-9A-Za-z])")


def main():
    assert len(MAILS) == 150, len(MAILS)
    order = list(range(150))
    RNG.shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        dt = pick_date()
        data = build_report(m, n, dt) if m["client"] == "report" else build_standard(m, n, dt)
        fname = "h%03d.eml" % n
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
        labels.append({"file": fname, "category": m["cat"], "auto_reply_ok": m["ok"],
                       "uai": m["uai"], "region": region_for(m["uai"], addr_of(m["frm"])),
                       "platform": m["plat"], "hard": m["hard"], "lang": m["lang"],
                       "notes": m["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


def check():
    keys = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    assert len(labels) == 150
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert files == ["h%03d.eml" % i for i in range(1, 151)], "expected exactly h001..h150"
    assert [l["file"] for l in labels] == files
    seen = set()
    for lab in labels:
        assert list(lab) == keys, lab
        f = lab["file"]
        assert lab["category"] in CATS, f
        seen.add(lab["category"])
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, f
        assert lab["platform"] in PLATFORMS, f
        assert lab["lang"] in ("fr", "en"), f
        assert isinstance(lab["notes"], str) and lab["notes"].strip(), f
        assert lab["uai"] is None or uai_ok(lab["uai"]), f
        with open(os.path.join(HERE, f), "rb") as fh:
            msg = BytesParser(policy=policy.default).parse(fh)
        for part in msg.walk():
            assert not part.defects, (f, part.defects)
        for k in ("Message-ID", "Date", "From"):
            assert msg[k], (f, k)
            assert not msg[k].defects, (f, k, msg[k].defects)
        sender = msg["From"].addresses[0].addr_spec
        exp_region = region_for(lab["uai"], sender)
        assert lab["region"] == exp_region, (f, lab["region"], exp_region)
        assert lab["region"] is None or lab["region"] in REGION_DEPTS, f
        text = visible_text(msg)
        norm = re.sub(r"[\s.\-]", "", text).upper()
        if lab["uai"]:
            assert lab["uai"] in norm, (f, "labelled uai not in mail")
        notes_up = lab["notes"].upper()
        for code in UAI_RE.findall(text):
            code = code.upper()
            if code == lab["uai"]:
                continue
            assert code in notes_up, (f, code, "code not explained in notes")
            if not uai_ok(code):
                assert "wrong check letter" in lab["notes"], (f, code)
        if "wrong check letter" in lab["notes"]:
            wrong = [c for c in re.findall(r"\d{7}[A-Z]", lab["notes"]) if not uai_ok(c)]
            assert wrong, (f, "notes claim a wrong check letter but no invalid code")
            for c in wrong:
                assert c in norm, (f, c)
    assert seen == set(CATS), set(CATS) - seen
    n_en = sum(l["lang"] == "en" for l in labels)
    assert 10 <= n_en <= 25, n_en
    print("ok: 150 mails, %d in English, %d hard" % (n_en, sum(l["hard"] for l in labels)))


if __name__ == "__main__":
    main()
