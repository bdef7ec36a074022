#!/usr/bin/env python3
"""Build the holdout71 blind test corpus: forwarded chains (TR:, Fwd:, transferred
messages) from Île-de-France académies.  Standard library only, deterministic.

Every mail text below is hand-written; this script only wraps each text in
headers and a transfer encoding, writes h001.eml ... h150.eml and labels.jsonl
next to itself, then re-reads everything and checks it.
"""
import datetime
import email
import email.header
import hashlib
import html as htmlmod
import json
import os
import random
import re
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(71071)
CHECK = "ABCDEFGHJKLMNPRSTUVWXYZ"
SUPPORT = "Assistance <support@assistance.example.fr>"

CATEGORIES = ["password_reset", "missing_noreply_mail", "mailinblack_spam",
              "account_creation", "subscription_activation",
              "head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"]
NEVER_AUTO = {"head_of_establishment_request", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]

# shared/spec/regions.md
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
DEPT2REGION, DOMAIN2REGION = {}, {}
for _slug, (_depts, _doms) in REGIONS.items():
    for _d in _depts.split():
        DEPT2REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _m in _doms.split():
        DOMAIN2REGION[_m] = _slug


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and CHECK[int(code[:7]) % 23] == code[7]


def region_for(uai, sender):
    if uai:
        return DEPT2REGION.get(uai[:3])
    dom = parseaddr(sender)[1].rsplit("@", 1)[-1].lower()
    return DOMAIN2REGION.get(dom)


MAILS = []


def m(cat, ok, uai, plat, hard, lang, notes, frm, subj, body, client="outlook",
      cte="quoted-printable", html=None, att=None, hdr=None, kind=None, to=SUPPORT,
      charset="utf-8", auth="pass", report=None):
    MAILS.append(dict(cat=cat, ok=ok, uai=uai, plat=plat, hard=hard, lang=lang,
                      notes=notes, frm=frm, subj=subj, body=body, client=client,
                      cte=cte, html=html, att=att, hdr=hdr or {}, kind=kind, to=to,
                      charset=charset, auth=auth, report=report))

# ---------------------------------------------------------------------------
# The mail.  Written by hand.
# ---------------------------------------------------------------------------
# ---- password_reset -------------------------------------------------------
m("password_reset", True, "0932316M", "esidoc", False, "fr",
  "The secretary forwards the librarian's lost e-sidoc back-office password; the UAI is in the sender address and the forwarded signature.",
  "Secrétariat Collège Paul Éluard <ce.0932316M@ac-creteil.fr>",
  "TR: connexion portail CDI impossible",
  """Bonjour,

Je vous transfère la demande de notre professeure documentaliste.

Bien cordialement,
Nadia Ferhat
Secrétariat de direction

De : Sophie Garnier <sophie.garnier@ac-creteil.fr>
Envoyé : lundi 9 septembre 2024 08:41
À : Secrétariat Collège Paul Éluard <ce.0932316M@ac-creteil.fr>
Objet : connexion portail CDI impossible

Bonjour Nadia,

Est-ce que tu pourrais faire suivre à l'assistance e-sidoc ? Je n'arrive plus
à entrer dans l'administration du portail, mon mot de passe ne passe plus et je
ne me souviens plus de celui que j'avais mis en juin.

Merci beaucoup !
Sophie Garnier
Professeure documentaliste - Collège Paul Éluard, Montreuil
UAI 0932316M
""")

m("password_reset", True, "0783067K", "esidoc", False, "fr",
  "A CPE forwards from Gmail the librarian's forgotten e-sidoc admin password; the request and the UAI are only in the forwarded part.",
  "Julien Marchal <julien.marchal.cpe@gmail.com>",
  "Fwd: mot de passe admin e-sidoc",
  """Bonjour,
je fais suivre le message de ma collègue documentaliste qui est en arrêt cette semaine, elle n'a pas accès à sa messagerie pro.
Julien Marchal, CPE

---------- Forwarded message ---------
De : Hélène Roux <helene.roux@ac-versailles.fr>
Date: mar. 17 sept. 2024 à 18:02
Subject: mot de passe admin e-sidoc
To: Julien Marchal <julien.marchal.cpe@gmail.com>


Julien, si tu peux transmettre au support : j'ai perdu le mot de passe
administrateur d'e-sidoc du lycée (0783067K). Le lien "mot de passe oublié"
renvoie vers une adresse que je ne connais pas. Merci !!
Hélène
""", client="gmail", html="alt")

m("password_reset", True, "0913648W", "esidoc", True, "fr",
  "The deputy head only relays the librarian's lost password with a one-line question; a deputy, not the head, and nothing is authorised, so it stays password_reset.",
  "Claire Besnard <claire.besnard@ac-versailles.fr>",
  "Fwd: identifiants e-sidoc perdus",
  """Peut-on l'aider ? Merci.

C. Besnard
Proviseure adjointe

-------- Message transféré --------
Sujet : 	identifiants e-sidoc perdus
Date : 	Wed, 2 Oct 2024 10:15:22 +0200
De : 	Marc Olivier <marc.olivier@ac-versailles.fr>
Pour : 	Claire Besnard <claire.besnard@ac-versailles.fr>

Bonjour Madame Besnard,

Je n'ai plus le mot de passe du back-office e-sidoc (celui qui permet de
gérer les notices et les actualités du CDI). Pourriez-vous transmettre au
support ? Notre code établissement est le 0913648W.

Cordialement,
Marc Olivier
Professeur documentaliste
""", client="thunderbird", cte="8bit")

m("password_reset", True, "0914340Y", "esidoc", True, "fr",
  "No accents, 'mdp' and the UAI typed in lower case (0914340y); a plain lost e-sidoc password.",
  "karine.lefort@ac-versailles.fr",
  "mdp esidoc perdu",
  """bonjour
j ai perdu le mdp pour l admin esidoc du cdi, college 0914340y a Evry
pouvez vous me renvoyer un lien svp
merci
k lefort doc
""", client="zimbra", cte="7bit")

m("password_reset", True, "0781793A", "esidoc", False, "en",
  "English forward from an international-section teacher: the librarian's e-sidoc password no longer works; the UAI is in the forwarded signature.",
  "Rachel Whitmore <rachel.whitmore@ac-versailles.fr>",
  "Fwd: e-sidoc login",
  """Hello,

Forwarding this on behalf of our librarian, who asked me to write in English
to your desk since I coordinate the international section. Could you send her
a reset link?

Many thanks,
Rachel Whitmore

Begin forwarded message:

From: Anne Delcourt <anne.delcourt@ac-versailles.fr>
Subject: e-sidoc login
Date: 3 October 2024 at 16:48:10 CEST
To: Rachel Whitmore <rachel.whitmore@ac-versailles.fr>

Rachel, the password for the e-sidoc back office was changed by someone over
the summer and nobody knows it now. Can the support desk reset it?
Anne Delcourt
Lycée international, Saint-Germain-en-Laye - 0781793A
""", client="apple", cte="7bit")

m("password_reset", True, None, "espace_acheteur", False, "fr",
  "A town-hall buyer's Espace Acheteur password expired; no UAI and no académie domain.",
  "Service commande publique <commande.publique@ville-chelles-exemple.fr>",
  "Mot de passe expiré - Espace Acheteur",
  """Bonjour,

Mon mot de passe de l'Espace Acheteur a expiré ce matin et la page de
renouvellement me renvoie en boucle vers l'écran de connexion. Mon identifiant
est mon adresse ci-dessus.

Pouvez-vous me renvoyer un lien de réinitialisation ?

Cordialement,

Patricia Mendes
Service de la commande publique
Mairie - 01 60 00 00 00
""")

m("password_reset", True, "0941085U", "esidoc", False, "fr",
  "The gestionnaire forwards, from the establishment's ce. address, a librarian whose account is locked after too many attempts.",
  "Lycée Darius Milhaud - Intendance <ce.0941085U@ac-creteil.fr>",
  "TR: compte bloqué",
  """Bonjour,

Voir ci-dessous, pouvez-vous débloquer le compte ?

Frédéric Pons
Gestionnaire

-----Message d'origine-----
De : Lucie Renaud <lucie.renaud@ac-creteil.fr>
Envoyé : jeudi 10 octobre 2024 14:02
À : Intendance Lycée Darius Milhaud <ce.0941085U@ac-creteil.fr>
Objet : compte bloqué

Bonjour Frédéric,
Après trois essais ratés, e-sidoc m'affiche "compte verrouillé". Je n'ai plus
le bon mot de passe. Tu peux transmettre au support stp ?
Lucie
""", charset="windows-1252")

m("password_reset", True, "0752085J", "esidoc", True, "fr",
  "Negation: 'ce n'est pas le mot de passe ENT, c'est celui du back-office e-sidoc'; the forwarded librarian has lost the e-sidoc admin password.",
  "Secrétariat <secretariat.clg-montaigne@ac-paris.fr>",
  "TR: accès administration du portail",
  """Bonjour,

Je précise avant que vous ne nous renvoyiez vers l'ENT : ce n'est pas le mot de
passe ENT, c'est celui du back-office e-sidoc que notre documentaliste a perdu.

Bonne journée,
Le secrétariat

________________________________
De : Thomas Nguyen <thomas.nguyen@ac-paris.fr>
Envoyé : mardi 15 octobre 2024 09:12
À : Secrétariat
Objet : accès administration du portail

Bonjour,
Je n'ai plus mon mot de passe d'administration e-sidoc depuis le changement de
poste informatique. Identifiant = 0752085J je crois.
Merci de faire suivre.
T. Nguyen
""", html="alt")

m("password_reset", False, "0951071Y", "ecoledirecte", True, "fr",
  "A CPE forwards a parent who lost his EcoleDirecte family login: a lost identifier, but a family account, so the establishment reset template does not fit and a person reads it.",
  "Vie scolaire Collège Les Hautiers <vie-scolaire.0951071y@ac-versailles.fr>",
  "TR: identifiant EcoleDirecte parent",
  """Bonjour,

Un parent nous sollicite (message ci-dessous). Nous avons déjà renvoyé ses
identifiants deux fois sans succès. Que peut-on faire de notre côté ?

Mme Diallo, CPE
Collège Les Hautiers - 0951071Y

De : M. Karim Benali <k.benali75@orange.fr>
Envoyé : dimanche 20 octobre 2024 21:37
À : Vie scolaire
Objet : identifiant EcoleDirecte

Bonsoir,
je n'arrive plus à me connecter à EcoleDirecte pour voir les notes de mon fils
(5eB). J'ai perdu mon identifiant et le lien "identifiant oublié" me dit que
mon adresse n'est pas reconnue.
Cordialement
K. Benali
""")

m("password_reset", True, "0754271K", "esidoc", False, "fr",
  "Reset link expired before the librarian could use it; Zimbra webmail from ac-paris.",
  "Isabelle Caron <isabelle.caron@ac-paris.fr>",
  "lien de réinitialisation expiré",
  """Bonjour,

J'ai bien reçu hier soir le lien pour réinitialiser le mot de passe de notre
portail e-sidoc, mais ce matin il m'indique "lien expiré". Pouvez-vous m'en
renvoyer un ? Je le fais tout de suite cette fois.

Lycée Victor Duruy, 0754271K.

Merci,
Isabelle Caron
Professeure documentaliste
""", client="zimbra")

m("password_reset", True, None, "ticket_portal", False, "en",
  "An outside IT contractor forgot the ticket portal password; no UAI, non-academic domain.",
  "Daniel Okafor <d.okafor@netschool-services.example.com>",
  "FW: Ticket portal password",
  """Hi,

See below - I'm the one who opens tickets for the school now and I can't get
into the ticket portal, the password I was given doesn't work and I never
saved it. Could you send a reset to this address?

Daniel Okafor
NetSchool Services - IT support

-----Original Message-----
From: Gestion Lycée <gestion@lycee-prive-exemple.fr>
Sent: Monday, November 4, 2024 9:03 AM
To: Daniel Okafor <d.okafor@netschool-services.example.com>
Subject: Ticket portal password

Daniel, can you deal with the support desk directly from now on? The login
for the ticket portal is your email address.
""", charset="us-ascii", cte="7bit")

m("password_reset", True, "0922591S", "esidoc", False, "fr",
  "iPhone forward from the secretary ('urgent svp'); in the forwarded part the librarian does not know the login identifier of the portal.",
  "Secrétariat Lycée Jacques Prévert <secretariat.prevert@ac-versailles.fr>",
  "Fwd: identifiant",
  """Voir ci-dessous, urgent svp

Envoyé de mon iPhone

Début du message réexpédié :

> De: Mathilde Perret <mathilde.perret@ac-versailles.fr>
> Date: 6 novembre 2024 à 12:20:44 UTC+1
> À: Secrétariat Lycée Jacques Prévert <secretariat.prevert@ac-versailles.fr>
> Objet: identifiant
>
> Bonjour,
> je suis arrivée au CDI à la Toussaint et je ne connais ni l'identifiant ni le
> mot de passe pour administrer le portail e-sidoc. Pouvez-vous transmettre à
> l'assistance ?
> Mathilde Perret
> Lycée Jacques Prévert - Boulogne - 0922591S
""", client="apple", cte="8bit")

m("password_reset", False, "0943719G", "espace_acheteur", True, "fr",
  "Two topics: the gestionnaire lost the Espace Acheteur password and also says the 2024 invoice never arrived; a person must answer the billing part.",
  "Bruno Aubert <bruno.aubert@ac-creteil.fr>",
  "mdp espace acheteur + facture",
  """Bonjour,

Je n'arrive plus à me connecter à l'Espace Acheteur (mot de passe oublié,
encore...). Pouvez-vous me renvoyer un lien ?

Et au passage : nous n'avons toujours pas reçu la facture de la commande de
septembre, l'agent comptable me la réclame pour le mandatement.

Merci d'avance,
Bruno Aubert
Adjoint gestionnaire - Collège Jean Macé, Vitry-sur-Seine
0943719G
""")

m("password_reset", True, "0771816F", "espace_acheteur", True, "fr",
  "A reply that quotes an old exchange about a quote (devis); the new text only asks for a reset of the Espace Acheteur password; the UAI is written with spaces in the signature.",
  "Agnès Morel <agnes.morel@ac-creteil.fr>",
  "Re: [#SUP-031877] Devis renouvellement",
  """Bonjour,

Autre chose cette fois : j'ai oublié mon mot de passe de l'Espace Acheteur et
je dois valider une commande avant vendredi. Pouvez-vous m'envoyer un lien de
réinitialisation ?

Merci,
Agnès Morel
Gestionnaire - Lycée Jean Vilar, Meaux (077 1816 F)

Le 12/06/2024 à 10:14, Assistance a écrit :
> Bonjour,
> Vous trouverez ci-joint le devis demandé pour le renouvellement.
> Cordialement,
> L'équipe d'assistance
>
> Le 11/06/2024 à 16:02, Agnès Morel a écrit :
>> Bonjour, pourriez-vous nous adresser un devis pour le renouvellement ?
""", client="thunderbird", cte="8bit")

m("password_reset", False, None, "esidoc", True, "fr",
  "The librarian gives 0752326X, which has a wrong check letter (0752326W would be valid): no usable UAI, so a person must identify the school before any reset.",
  "Florence Dubreuil <florence.dubreuil@ac-paris.fr>",
  "TR: mot de passe",
  """Bonjour,

Je vous fais suivre ma demande initiale, restée sans réponse de notre
référent.

Florence Dubreuil

-------- Message transféré --------
Sujet : 	mot de passe
Date : 	Thu, 7 Nov 2024 17:25:03 +0100
De : 	Florence Dubreuil <florence.dubreuil@ac-paris.fr>
Pour : 	referent-numerique@ac-paris.fr

Bonjour, j'ai perdu le mot de passe administrateur du portail e-sidoc du
collège. Notre RNE : 0752326X.
Merci
""", client="thunderbird")

m("password_reset", True, "0923484M", "espace_acheteur", False, "en",
  "English: the school business manager's Espace Acheteur password expired; UAI in the signature.",
  "Emily Carter <e.carter@ac-versailles.fr>",
  "Password expired on buyer space",
  """Dear support team,

My password for the buyer space (Espace Acheteur) has expired and the
"forgotten password" page says the link is no longer valid. Could you please
send me a new reset link?

Kind regards,
Emily Carter
Business manager, Lycée international de Courbevoie
UAI 0923484M
""", client="gmail", html="alt")

m("password_reset", True, "0944750C", "esidoc", True, "fr",
  "The UAI appears only in the ce. address (sender and forwarded header), not in any text; the forwarded librarian forgot the portal password.",
  "ce.0944750C@ac-creteil.fr",
  "TR: mot de passe oublié portail documentaire",
  """Bonjour,
Merci de bien vouloir traiter la demande ci-dessous.
Le secrétariat

----- Mail transféré -----
De: "Paul Verdier" <paul.verdier@ac-creteil.fr>
À: ce.0944750C@ac-creteil.fr
Envoyé: Mardi 12 Novembre 2024 11:40:12
Objet: mot de passe oublié portail documentaire

Bonjour,
j'ai oublié le mot de passe du portail documentaire (e-sidoc), pouvez-vous
transmettre à l'assistance ?
Paul Verdier, doc
""", client="zimbra")

m("password_reset", True, "0912872C", "espace_acheteur", False, "fr",
  "Outlook forward of the gestionnaire's own earlier mail: forgotten Espace Acheteur password, UAI in the signature.",
  "Sandrine Lopes <sandrine.lopes@ac-versailles.fr>",
  "TR: Connexion Espace Acheteur",
  """Bonjour,

Je me permets de vous renvoyer ma demande, envoyée par erreur à l'ancienne
adresse.

-----Message d'origine-----
De : Sandrine Lopes
Envoyé : vendredi 15 novembre 2024 15:30
À : commandes@ancien-prestataire.example.fr
Objet : Connexion Espace Acheteur

Bonjour,
Je ne parviens plus à me connecter à l'Espace Acheteur : mot de passe oublié.
Merci de m'envoyer un lien de réinitialisation.

Sandrine Lopes
Secrétaire d'intendance
Collège Les Pyramides - Évry-Courcouronnes
RNE 0912872C
""", charset="windows-1252")

m("password_reset", True, "0953096Z", "esidoc", False, "fr",
  "New librarian does not know the password left by her predecessor ('je ne connais pas le mot de passe').",
  "Léa Fontaine <lea.fontaine@ac-versailles.fr>",
  "Prise de poste - mot de passe e-sidoc",
  """Bonjour,

Je viens de prendre mon poste de professeure documentaliste au collège
Jules Ferry de Cergy (0953096Z). Ma prédécesseure est partie sans laisser le
mot de passe de l'administration e-sidoc, je ne le connais donc pas.

Comment puis-je obtenir un nouveau mot de passe ?

Merci,
Léa Fontaine
""", client="thunderbird", cte="8bit")

m("password_reset", True, "0911532W", "esidoc", False, "en",
  "English forward from a deputy head: the librarian's e-sidoc account is locked.",
  "Mark Jennings <mark.jennings@ac-versailles.fr>",
  "Fwd: Account locked",
  """Hello,

Please see below. Our librarian is locked out of e-sidoc. School code is in
her message.

Mark Jennings
Deputy head

---------- Forwarded message ---------
From: Sarah Lambert <sarah.lambert@ac-versailles.fr>
Date: Tue, 19 Nov 2024 at 08:55
Subject: Account locked
To: Mark Jennings <mark.jennings@ac-versailles.fr>

Mark, e-sidoc says my account is locked after too many attempts and I don't
remember the password anyway. Could you pass this on to the helpdesk?
School: 0911532W
Sarah
""", client="gmail", html="alt")

m("password_reset", True, "0773098Z", "esidoc", True, "fr",
  "The secretary of one lycée (0771355E, in the sender address) forwards for the neighbouring collège 0773098Z, whose librarian lost the e-sidoc password; the mail is about 0773098Z.",
  "ce.0771355E@ac-creteil.fr",
  "TR: pour le collège voisin",
  """Bonjour,

Ce n'est pas pour nous mais pour nos collègues du collège voisin, qui n'ont
plus de messagerie depuis la panne de leur serveur. Ils nous ont demandé de
vous faire suivre.

Secrétariat du lycée

-------- Message transféré --------
Sujet : mot de passe e-sidoc
De : Collège Albert Camus <clg.camus.fontainebleau@gmail.com>
Pour : ce.0771355E@ac-creteil.fr

Bonjour, notre documentaliste a perdu le mot de passe d'administration
e-sidoc. Collège Albert Camus, UAI 0773098Z. Merci de transmettre.
""", client="thunderbird")
# ---- missing_noreply_mail -------------------------------------------------
m("missing_noreply_mail", True, "0934638L", "esidoc", False, "fr",
  "The secretary forwards the librarian's message: the e-sidoc activation mail never arrived; no anti-spam product named.",
  "Secrétariat Collège Jean Jaurès <ce.0934638L@ac-creteil.fr>",
  "TR: pas reçu le mail d'activation",
  """Bonjour,

Je vous transfère le message de notre documentaliste.

Cordialement,
Le secrétariat

De : Amandine Petit <amandine.petit@ac-creteil.fr>
Envoyé : lundi 16 septembre 2024 10:05
À : Secrétariat Collège Jean Jaurès <ce.0934638L@ac-creteil.fr>
Objet : pas reçu le mail d'activation

Bonjour,
Le support m'a dit qu'un lien d'activation pour le nouveau portail e-sidoc
serait envoyé sur l'adresse de l'établissement. Pouvez-vous regarder si vous
l'avez reçu ? Sinon merci de transférer au support, moi je n'ai rien.
Amandine
""")

m("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
  "A buyer forwards his own unanswered mail: the Espace Acheteur 'create your password' mail never came; no UAI, non-academic sender.",
  "Olivier Garcia <olivier.garcia@sivu-restauration-exemple.fr>",
  "Fwd: Création de compte - pas de mail reçu",
  """Bonjour,
Je relance, toujours rien reçu.

---------- Forwarded message ---------
De : Olivier Garcia <olivier.garcia@sivu-restauration-exemple.fr>
Date: ven. 20 sept. 2024 à 11:17
Subject: Création de compte - pas de mail reçu
To: <support@assistance.example.fr>


Bonjour,
J'ai rempli le formulaire de l'Espace Acheteur lundi. Le site indique qu'un
mail pour définir mon mot de passe m'a été envoyé, mais je n'ai rien reçu,
ni dans la boîte de réception ni ailleurs.
Olivier Garcia
SIVU de restauration scolaire
""", client="gmail", html="alt")

m("missing_noreply_mail", True, None, "ticket_portal", False, "fr",
  "IT staff of the académie no longer receive the ticket portal's no-reply notifications; region from the ac-versailles domain.",
  "Pôle assistance DANE <assistance.dane@ac-versailles.fr>",
  "Notifications du portail de tickets non reçues",
  """Bonjour,

Depuis le 23 septembre, nous ne recevons plus aucune notification du
portail de tickets (création, réponse, clôture) alors que les tickets sont
bien mis à jour quand on se connecte. Les mails partent apparemment d'une
adresse no-reply.

Pouvez-vous vérifier de votre côté ?

Pôle assistance - DANE de Versailles
""", client="zimbra")

m("missing_noreply_mail", True, "0923655Y", "esidoc", False, "en",
  "English forward: the librarian never received the activation email; no anti-spam product named.",
  "Jonathan Price <jonathan.price@ac-versailles.fr>",
  "FW: activation email never received",
  """Hello,

Forwarding from our librarian. She has been waiting for the activation email
since last week.

Best,
Jonathan Price
School business manager - 0923655Y

From: Claire Martin <claire.martin@ac-versailles.fr>
Sent: Wednesday, September 25, 2024 2:14 PM
To: Jonathan Price <jonathan.price@ac-versailles.fr>
Subject: activation email never received

Jonathan, the e-sidoc activation email still hasn't arrived. I've checked my
inbox every day. Could you ask their support?
Claire
""")

m("missing_noreply_mail", True, "0941605J", "esidoc", True, "fr",
  "Negation: 'ce n'est pas un problème de mot de passe'; the new-password mail from the no-reply address never arrives.",
  "Nicolas Barbier <nicolas.barbier@ac-creteil.fr>",
  "Mail de réinitialisation jamais reçu",
  """Bonjour,

Ce n'est pas un problème de mot de passe en soi : je sais qu'il faut le
réinitialiser, je clique sur "mot de passe oublié", mais le mail n'arrive
jamais. J'ai essayé trois fois depuis lundi.

Collège Henri Barbusse, Alfortville - UAI 0941605J

Nicolas Barbier
Professeur documentaliste
""", client="thunderbird", cte="8bit")

m("missing_noreply_mail", True, "0911151G", "espace_acheteur", False, "fr",
  "Zimbra: the gestionnaire never got the Espace Acheteur mail to set her password, though she looked in the junk folder.",
  "Martine Collet <martine.collet@ac-versailles.fr>",
  "Espace acheteur : toujours pas de mail",
  """Bonjour,

Je n'ai toujours pas reçu le courriel qui doit me permettre de définir mon mot
de passe sur l'Espace Acheteur. J'ai regardé dans les indésirables, rien.

Martine Collet
Gestionnaire - Lycée Parc des Loges, Évry (0911151G)
""", client="zimbra")

m("missing_noreply_mail", True, "0752085J", "esidoc", False, "fr",
  "Apple Mail forward with a short note 'même souci chez nous'; the forwarded colleague's activation link never arrived.",
  "Jeanne Leroy <jeanne.leroy@ac-paris.fr>",
  "Fwd: lien d'activation",
  """Bonjour, même souci chez nous que ci-dessous, rien reçu depuis la commande.
Jeanne Leroy, doc

Début du message réexpédié :

De: Thomas Nguyen <thomas.nguyen@ac-paris.fr>
Objet: lien d'activation
Date: 1 octobre 2024 à 09:02:11 UTC+2
À: Jeanne Leroy <jeanne.leroy@ac-paris.fr>

Salut Jeanne, tu as reçu le lien d'activation du nouveau portail toi ? Moi
rien du tout, ni sur l'adresse perso ni sur celle du collège (0752085J).
Thomas
""", client="apple", cte="8bit")

m("missing_noreply_mail", True, "0783833T", "esidoc", True, "fr",
  "MailInBlack is named only to say the school does not use it: no anti-spam product involved, so missing_noreply_mail.",
  "Hugo Masson <hugo.masson@ac-versailles.fr>",
  "Mail de création de mot de passe non reçu",
  """Bonjour,

Je n'ai jamais reçu le mail pour créer mon mot de passe e-sidoc. Avant que
vous me posiez la question : nous n'avons pas MailInBlack au lycée, ni aucun
autre antispam de ce genre, et les indésirables sont vides.

Hugo Masson
Professeur documentaliste - Lycée Jean Monnet, La Queue-lez-Yvelines
0783833T
""")

m("missing_noreply_mail", True, "0921777G", "ecoledirecte", False, "fr",
  "A two-level chain (parent to CPE to secretary): families no longer receive the EcoleDirecte no-reply notification mails.",
  "Secrétariat de direction <secretariat.clg-hugo@ac-versailles.fr>",
  "TR: TR: plus de notifications EcoleDirecte",
  """Bonjour,

Plusieurs familles nous signalent la même chose que ci-dessous depuis la
semaine dernière. Pouvez-vous regarder ?

Secrétariat de direction - Collège Victor Hugo, Puteaux (0921777G)

De : Vie scolaire
Envoyé : mardi 8 octobre 2024 16:20
À : Secrétariat de direction
Objet : TR: plus de notifications EcoleDirecte

Pour info, 4e parent qui appelle pour ça.

De : Mme Laurent
Envoyé : mardi 8 octobre 2024 07:58
À : Vie scolaire
Objet : plus de notifications EcoleDirecte

Bonjour, je ne reçois plus les mails de notification d'EcoleDirecte
(nouveaux messages, absences), alors qu'avant tout marchait.
Cordialement
""", html="alt")

m("missing_noreply_mail", True, None, "esidoc", False, "en",
  "English: a librarian of a private bilingual school never got the activation link; no UAI, Gmail address.",
  "Olivia Hart <olivia.hart.library@gmail.com>",
  "Activation link never came",
  """Hi there,

I signed up for the e-sidoc portal for our school library last Thursday and
the page said an activation link had been emailed to me. Nothing has arrived
yet. Could you resend it or check it went out?

Thanks a lot,
Olivia Hart
Librarian
""", client="gmail", html="alt")

m("missing_noreply_mail", False, "0921777G", "esidoc", True, "fr",
  "Third reminder: the activation mail still has not arrived after the 48-hour follow-up, so it has to go to a person rather than a second automatic answer.",
  "Caroline Michaud <caroline.michaud@ac-versailles.fr>",
  "Re: [#SUP-032514] Lien d'activation non reçu - 3e relance",
  """Bonjour,

Troisième relance. J'ai suivi vos consignes (indésirables, expéditeur
autorisé) et je n'ai toujours rien reçu, cela fait maintenant plus d'une
semaine. Pouvez-vous faire quelque chose de votre côté ?

Caroline Michaud
Collège Victor Hugo - Puteaux - 0921777G

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 10 octobre 2024 09:00
Objet : [#SUP-032514] Lien d'activation non reçu

Bonjour, vérifiez votre dossier de courriers indésirables et ajoutez notre
adresse d'envoi à vos expéditeurs autorisés. Sans nouvelles sous 48 h, nous
reviendrons vers vous.
""", charset="windows-1252")

m("missing_noreply_mail", True, "0954017A", "esidoc", False, "fr",
  "Outlook forward with a screenshot attached: the e-sidoc activation mail never arrived.",
  "Intendance Lycée Galilée <intendance.galilee@ac-versailles.fr>",
  "TR: Activation portail",
  """Bonjour,

Ci-dessous le message de notre documentaliste, avec la capture d'écran du
message affiché par le site.

Cordialement,
L'intendance - Lycée Galilée, Cergy - 0954017A

De : Pauline Rey
Envoyé : vendredi 18 octobre 2024 13:44
À : Intendance Lycée Galilée
Objet : Activation portail

Le site dit "un mail d'activation vous a été envoyé" mais je n'ai rien reçu.
Pouvez-vous transmettre ? Merci
""", att=("capture_activation.png", "image", "png"))

m("missing_noreply_mail", True, "0931398P", "esidoc", True, "fr",
  "The UAI is only in the ce. sender address, typed in lower case (ce.0931398p); the new-password mail never came.",
  "ce.0931398p@ac-creteil.fr",
  "pas de mail",
  """Bonjour

Nous avons demandé un nouveau mot de passe pour le portail du CDI hier, le
site dit qu'un courriel est parti mais nous n'avons rien sur la boîte du
collège.

Cordialement
Le secrétariat
""", client="zimbra", cte="8bit")

m("missing_noreply_mail", True, None, "esignature", True, "fr",
  "Quoted history is about a password; the new request is that the e-signature invitation mail for the convention never arrived.",
  "Valérie Simon <valerie.simon@ac-paris.fr>",
  "Re: mot de passe",
  """Bonjour,

Merci, l'accès fonctionne de nouveau. En revanche, vous m'aviez annoncé
l'envoi de la convention à signer électroniquement, et je n'ai reçu aucun
mail d'invitation à signer. Pouvez-vous le renvoyer ?

Valérie Simon
Cheffe de service administratif - Rectorat de Paris

Le 21 oct. 2024 à 15:12, Assistance <support@assistance.example.fr> a écrit :
> Bonjour, votre mot de passe a été réinitialisé, un lien a été envoyé
> à votre adresse.
""", client="apple", cte="8bit")

m("missing_noreply_mail", True, "0943719G", "esidoc", False, "fr",
  "Base64 Gmail forward from a librarian to her personal address and on to the desk: the e-sidoc activation mail never arrived.",
  "Aurélie Besson <aurelie.besson.doc@gmail.com>",
  "Fwd: activation e-sidoc",
  """Bonjour,

J'écris depuis mon adresse perso car je n'ai rien reçu sur l'académique.

---------- Forwarded message ---------
De : Aurélie Besson <aurelie.besson@ac-creteil.fr>
Date: lun. 4 nov. 2024 à 08:30
Subject: activation e-sidoc
To: <aurelie.besson.doc@gmail.com>


(note pour moi : rien reçu pour l'activation du portail du collège Jean Macé,
Vitry, 0943719G, relancer le support)
""", client="gmail", cte="base64", html="alt")

m("missing_noreply_mail", True, "0954308S", "esidoc", False, "fr",
  "Deputy head forwards: the librarian never received the automatic mail after ordering the new portal; no anti-spam named.",
  "Principal adjoint <principal-adjoint.clg-gauguin@ac-versailles.fr>",
  "TR: Aucun mail reçu",
  """Bonjour,

Je vous fais suivre. Merci.

P. Fournier, principal adjoint

-------- Message transféré --------
Sujet : 	Aucun mail reçu
Date : 	Tue, 12 Nov 2024 09:10:47 +0100
De : 	Lina Haddad <lina.haddad@ac-versailles.fr>
Pour : 	Principal adjoint

Bonjour Monsieur Fournier,
On devait recevoir automatiquement les accès au nouveau portail e-sidoc après
la commande, mais rien n'est arrivé (collège Paul Gauguin, 0954308S).
Lina
""", client="thunderbird")

# ---- mailinblack_spam ------------------------------------------------------
m("mailinblack_spam", True, "0932790C", "esidoc", False, "fr",
  "The secretary forwards the librarian's message: MailInBlack holds the platform's mails, so nothing gets through.",
  "ce.0932790C@ac-creteil.fr",
  "TR: vos mails bloqués",
  """Bonjour,

Voir le message de notre documentaliste ci-dessous.

Secrétariat - Collège Gustave Courbet, Pierrefitte

De : Élodie Marchand
Envoyé : mercredi 18 septembre 2024 11:32
À : Secrétariat
Objet : vos mails bloqués

Je crois que c'est MailInBlack, l'antispam du collège, qui bloque les mails
de la plateforme : je n'ai jamais eu le lien. Peut-on transmettre au support ?
""", charset="windows-1252")

m("mailinblack_spam", True, "0781099W", "esidoc", False, "fr",
  "The school's IT referent forwards a MailInBlack quarantine report listing the platform's no-reply sender and asks what to allow.",
  "Référent numérique <referent.numerique@lycee-exemple-78.fr>",
  "TR: Rapport de quarantaine Mailinblack",
  """Bonjour,

Ci-dessous le rapport Mailinblack de ce matin : vos messages sont en
quarantaine chez nous. Quelles adresses dois-je autoriser ?

S. Morin, référent numérique - Lycée Les Sept Mares, Maurepas (0781099W)

-------- Message transféré --------
Sujet : 	[Mailinblack] Vos messages en attente
De : 	Mailinblack <noreply@protect.mailinblack.example>

Vous avez 3 messages en attente de validation :
- no-reply@assistance.example.fr - "Activez votre compte"
- no-reply@assistance.example.fr - "Nouveau mot de passe"
""", client="thunderbird")

m("mailinblack_spam", True, "0921124X", "espace_acheteur", False, "en",
  "English: the buyer's Mailinblack is holding the Espace Acheteur mails.",
  "Thomas Reed <thomas.reed@ac-versailles.fr>",
  "Your emails are held by Mailinblack",
  """Hello,

Our school uses Mailinblack and it seems to be holding all emails coming from
your buyer space (order confirmations, password links). I only see them in
the Mailinblack quarantine and can't release them myself.

What should our IT people allow?

Thomas Reed
Bursar, Lycée Lakanal annex - 0921124X
""", client="gmail", html="alt")

m("mailinblack_spam", True, "0753539P", "esidoc", True, "fr",
  "The librarian forwards a MailInBlack sender-authentication challenge she received about our mail and asks what it means; a person writing, not the robot itself.",
  "Chloé Gauthier <chloe.gauthier@ac-paris.fr>",
  "Fwd: Confirmez votre envoi",
  """Bonjour,

J'ai reçu ça en réponse à un message que je vous avais envoyé... Du coup
est-ce que vous avez bien eu ma demande ? Et vos réponses à vous, elles
arrivent où ? Lycée Fénelon (0753539P).

Chloé Gauthier

-------- Message transféré --------
Sujet : Confirmez votre envoi
De : Mailinblack <challenge@mailinblack.example>

Bonjour, pour que votre message soit délivré à son destinataire, merci de
confirmer que vous êtes un humain en cliquant sur le lien ci-dessous.
""", client="thunderbird", cte="8bit")

m("mailinblack_spam", True, "0774099M", "esidoc", True, "fr",
  "No accents, 'mail in black' in lower case: the anti-spam blocks the platform's mails.",
  "stephane.gilles@ac-creteil.fr",
  "mail in black bloque vos messages",
  """bjr
on a mail in black au college et vos messages restent bloques dedans, je ne
recois pas le lien pour le portail. college 0774099M
comment on fait ?
s gilles
""", client="zimbra", cte="7bit")

m("mailinblack_spam", False, "0942022M", "espace_acheteur", True, "fr",
  "Two topics: MailInBlack holds the platform's mails and the gestionnaire also asks for a corrected invoice, which needs a person.",
  "Hélène Faure <helene.faure@ac-creteil.fr>",
  "TR: Mailinblack + facture",
  """Bonjour,

Deux choses :
1) Notre antispam Mailinblack met en quarantaine tous vos mails, dont celui
   avec le lien de connexion ci-dessous (transféré depuis la quarantaine).
2) La facture n° F2024-1187 porte l'ancienne adresse du collège, pouvez-vous
   en émettre une corrigée ?

Hélène Faure, gestionnaire - Collège Romain Rolland, Ivry (0942022M)

-----Message d'origine-----
De : no-reply@assistance.example.fr
Objet : Votre lien de connexion
Votre lien de connexion à l'Espace Acheteur est valable 12 heures.
""")

m("mailinblack_spam", True, "0912430X", "espace_acheteur", False, "fr",
  "Outlook: Mailinblack says the Espace Acheteur message is 'en attente'; the gestionnaire asks how to get it through.",
  "Jérôme Vidal <jerome.vidal@ac-versailles.fr>",
  "Message en attente dans Mailinblack",
  """Bonjour,

Mailinblack m'indique qu'un message de votre plateforme est "en attente
d'authentification de l'expéditeur". Je ne peux pas le libérer moi-même.
Comment faire pour que vos messages arrivent directement ?

Jérôme Vidal
Adjoint gestionnaire
Lycée Robert Doisneau, Corbeil-Essonnes - 0912430X
""", html="only", charset="windows-1252")

m("mailinblack_spam", False, "0952453A", "esidoc", False, "fr",
  "The deputy forwards the librarian: the IT department already allow-listed the sender in MailInBlack and mails are still held, so the guide alone will not do.",
  "Proviseur adjoint <proviseur-adjoint.lyc-vinci@ac-versailles.fr>",
  "TR: toujours bloqué malgré la liste blanche",
  """Bonjour,

Le service informatique de la ville a déjà ajouté votre adresse dans la liste
blanche MailInBlack il y a dix jours, mais les messages restent bloqués.
Message de notre documentaliste ci-dessous.

M. Rivière, proviseur adjoint - Lycée Léonard de Vinci (0952453A)

-------- Message transféré --------
Sujet : toujours rien
De : Noémie Blanc <noemie.blanc@ac-versailles.fr>

Toujours aucun mail d'e-sidoc, ils sont encore dans la quarantaine.
""", client="thunderbird")

m("mailinblack_spam", True, None, "esidoc", False, "fr",
  "Zimbra mail from ac-versailles, no UAI: MailInBlack quarantines the portal's mails; region from the sender domain.",
  "Gaëlle Robin <gaelle.robin@ac-versailles.fr>",
  "Quarantaine MailInBlack",
  """Bonjour,

Vos messages (activation du compte e-sidoc) arrivent dans la quarantaine
MailInBlack de l'établissement et je dois à chaque fois demander à
l'informatique de les libérer. Y a-t-il une procédure pour vous autoriser
une fois pour toutes ?

Gaëlle Robin, documentaliste
""", client="zimbra")

m("mailinblack_spam", True, None, "esidoc", True, "en",
  "English forward from an IT contractor who writes 'MIB' for MailInBlack; the quarantine holds the portal's mails; no UAI, non-academic domain.",
  "Kevin Doyle <kevin.doyle@edu-it-partners.example.com>",
  "Fwd: MIB quarantine - library portal",
  """Hi,

Passing on the librarian's question below. Their MIB (Mailinblack) box keeps
your no-reply emails in quarantine. Could you tell me which senders and
domains to allow-list?

Kevin Doyle - IT partner for several schools

---------- Forwarded message ---------
From: Library <cdi@lycee-prive-exemple.fr>
Subject: portal emails
To: Kevin Doyle <kevin.doyle@edu-it-partners.example.com>

Kevin, the e-sidoc emails are stuck in Mailinblack again.
""", client="gmail", html="alt")

m("mailinblack_spam", True, "0931609U", "esidoc", True, "fr",
  "HTML-only Outlook: a reset link is 'bloqué dans MailInBlack'; the blocking, not the password, is the request.",
  "Romain Leclerc <romain.leclerc@ac-creteil.fr>",
  "Lien de réinitialisation bloqué",
  """Bonjour,

J'ai demandé un nouveau mot de passe pour e-sidoc, mais le mail est resté
bloqué dans MailInBlack : l'expéditeur doit valider un captcha et
évidemment votre robot ne le fait pas. Comment faire ?

Romain Leclerc
CPE - Collège Jean Moulin, Aubervilliers
UAI : 0931609U
""", html="only")

m("mailinblack_spam", True, None, "esidoc", True, "fr",
  "The UAI typed 0944750D has a wrong check letter (0944750C would be valid), so uai is null; MailInBlack holds the mails and the region comes from the ac-creteil domain.",
  "Yasmine Chérif <yasmine.cherif@ac-creteil.fr>",
  "TR: MailInBlack",
  """Bonjour,

Je vous transfère l'échange avec notre informatique : c'est bien MailInBlack
qui retient vos mails. Notre établissement : 0944750D.

Yasmine Chérif

-------- Message transféré --------
De : Support informatique
Objet : MailInBlack

Bonjour Madame, les messages de no-reply@assistance.example.fr sont dans la
quarantaine MailInBlack, il faut que l'expéditeur soit ajouté à la liste
blanche. Voyez avec eux.
""", client="thunderbird", cte="8bit")
# ---- account_creation -------------------------------------------------------
m("account_creation", True, "0783157H", "esidoc", False, "fr",
  "The secretary forwards a newly arrived librarian who needs an account on the e-sidoc back office.",
  "Secrétariat Lycée Louis de Broglie <ce.0783157H@ac-versailles.fr>",
  "TR: création de compte CDI",
  """Bonjour,

Demande de notre nouvelle documentaliste ci-dessous.

Le secrétariat

De : Inès Garnier
Envoyé : lundi 2 septembre 2024 14:10
Objet : création de compte CDI

Bonjour, je viens d'arriver au lycée et je n'ai aucun compte sur e-sidoc.
Pouvez-vous demander la création d'un compte à mon nom ? Merci !
""")

m("account_creation", False, "0923388H", "espace_acheteur", False, "fr",
  "Asks who the structure's administrator is on the Espace Acheteur: a look-up, so a person answers.",
  "Nathalie Perrin <nathalie.perrin@ac-versailles.fr>",
  "Qui est notre administrateur ?",
  """Bonjour,

Nouvelle gestionnaire au collège Les Vallées (La Garenne-Colombes, 0923388H),
je voudrais savoir qui est l'administrateur de notre structure sur l'Espace
Acheteur : mon prédécesseur n'a rien laissé.

Merci,
Nathalie Perrin
""", client="thunderbird")

m("account_creation", True, "0911683K", "espace_acheteur", False, "fr",
  "A forwarded sign-up 'en attente de validation': the FAQ case of an account waiting for the structure administrator.",
  "Vincent Guerin <vincent.guerin@ac-versailles.fr>",
  "Fwd: compte en attente",
  """Bonjour, voir plus bas. Merci.

---------- Forwarded message ---------
De : Vincent Guerin <vincent.guerin@ac-versailles.fr>
Date: mer. 11 sept. 2024 à 09:40
Subject: compte en attente
To: Intendance <intendance.clg-brassens@ac-versailles.fr>


J'ai créé mon compte sur l'Espace Acheteur il y a une semaine et il est
toujours "en attente de validation". Je ne peux rien commander.
Collège Georges Brassens, 0911683K
""", client="gmail", html="alt")

m("account_creation", True, "0942010Z", "espace_acheteur", False, "en",
  "English: a new bursar asks how to create an Espace Acheteur account.",
  "Susan Fletcher <susan.fletcher@ac-creteil.fr>",
  "New account for the buyer space",
  """Good morning,

I have just joined Lycée Jean Jaurès in Champigny (0942010Z) as bursar.
How do I create my own account on the buyer space? My predecessor's account
was closed when she left.

Regards,
Susan Fletcher
""", client="apple", cte="7bit")

m("account_creation", True, "0952220X", "esidoc", True, "fr",
  "Negation: 'je n'ai pas oublié mon mot de passe, je n'ai jamais eu de compte'; account_creation, not password_reset.",
  "Margaux Riviere <margaux.riviere@ac-versailles.fr>",
  "TR: accès e-sidoc",
  """Bonjour,

Je vous transfère ma demande envoyée au mauvais service. Pour être claire :
je n'ai pas oublié mon mot de passe, je n'ai jamais eu de compte !

-----Message d'origine-----
De : Margaux Riviere
Envoyé : mardi 17 septembre 2024 12:05
À : assistance-ent@ac-versailles.fr
Objet : accès e-sidoc

Bonjour, professeure documentaliste stagiaire au collège Pablo Picasso
d'Eragny (0952220X), je souhaiterais un compte pour gérer le portail.
""", charset="windows-1252")

m("account_creation", False, "0771224M", "espace_acheteur", False, "fr",
  "The gestionnaire asks to open order-validation rights for a colleague: rights to open, handled by a person.",
  "Gilles Barre <gilles.barre@ac-creteil.fr>",
  "Droits de validation pour ma collègue",
  """Bonjour,

Pourriez-vous ouvrir les droits de validation des commandes à Mme Coralie
Weber, secrétaire d'intendance, sur l'Espace Acheteur ? Son compte existe
mais elle ne peut que consulter.

Gilles Barre
Gestionnaire - Lycée Uruguay France, Avon - 0771224M
""", client="zimbra")

m("account_creation", True, "0784328F", "esidoc", False, "fr",
  "The deputy head forwards a one-line request for an access for a newly appointed teacher-librarian.",
  "Alain Rousseau <alain.rousseau@ac-versailles.fr>",
  "Fwd: accès portail pour Mme Caillaud",
  """Pouvez-vous créer l'accès pour Mme Caillaud svp ? Merci.
A. Rousseau, principal adjoint, collège de Plaisir (0784328F)

-------- Message transféré --------
Sujet : accès portail
De : Mélanie Caillaud <melanie.caillaud@ac-versailles.fr>

Bonjour, je remplace Mme Petit au CDI jusqu'en juin, il me faudrait un compte
sur e-sidoc pour gérer les prêts et les notices.
""", client="thunderbird", cte="8bit")

m("account_creation", False, "0934875U", "espace_acheteur", False, "fr",
  "A collège opened this year: its UAI is not in the list when creating the customer account, a case for the sales team.",
  "Samia Bouzid <samia.bouzid@ac-creteil.fr>",
  "Etablissement absent de la liste",
  """Bonjour,

Notre collège a ouvert à la rentrée 2024 à Saint-Ouen. Quand je crée un compte
sur l'Espace Acheteur, notre UAI 0934875U n'apparaît pas dans la liste des
établissements. Comment faire ?

Samia Bouzid, gestionnaire
""", client="gmail", html="alt")

m("account_creation", False, None, "esidoc", False, "fr",
  "A private out-of-contract school in Paris writing from Gmail asks for an e-sidoc account: eligibility must be checked by a person.",
  "Ecole Montessori des Batignolles <ecole.montessori.batignolles@gmail.com>",
  "Ouverture d'un compte",
  """Bonjour,

Nous sommes une école privée hors contrat (Paris 17e). Pouvons-nous ouvrir un
compte e-sidoc pour notre petite bibliothèque ? Nous n'avons pas de compte
académique.

Bien à vous,
Claire Duval, directrice pédagogique
""", client="gmail", html="alt")

m("account_creation", False, "0754367P", "esidoc", True, "fr",
  "Two topics: a new account for the second librarian and a question about the missing activation mail of the first; a person must sort both.",
  "Laure Bertin <laure.bertin@ac-paris.fr>",
  "TR: nouveau compte + activation",
  """Bonjour,

1) Nous sommes désormais deux documentalistes : pouvez-vous créer un compte
pour ma collègue Sarah Klein (sarah.klein@ac-paris.fr) ?
2) Et le mail d'activation de mon propre compte, annoncé la semaine dernière,
n'est jamais arrivé (voir ci-dessous).

Laure Bertin - Lycée Hélène Boucher, 0754367P

-------- Message transféré --------
De : no-reply@assistance.example.fr
Objet : Votre demande a été enregistrée
Un mail d'activation vous sera envoyé sous 24 heures.
""", client="thunderbird")

# ---- subscription_activation ---------------------------------------------
m("subscription_activation", True, "0754367P", "esidoc", False, "fr",
  "The e-sidoc subscription ordered two days ago is not visible yet: the 72-hour activation rule applies.",
  "Laure Bertin <laure.bertin@ac-paris.fr>",
  "Abonnement commandé non visible",
  """Bonjour,

Notre établissement a commandé lundi l'abonnement au module de ressources
numériques, mais je ne le vois toujours pas dans l'administration du portail.

Lycée Hélène Boucher, Paris 20e - 0754367P

Laure Bertin
""", client="thunderbird", cte="8bit")

m("subscription_activation", True, "0772078R", "esidoc", False, "fr",
  "The gestionnaire forwards the librarian: the ordered digital resource does not appear on the portal yet.",
  "Intendance <intendance.clg-pasteur@ac-creteil.fr>",
  "TR: ressource commandée",
  """Bonjour,
Pour suite à donner. La commande a été validée jeudi dernier.
L'intendance - Collège Louis Pasteur, Noisiel (0772078R)

De : Anaïs Lemoine
Envoyé : mardi 24 septembre 2024 10:11
Objet : ressource commandée
La ressource en ligne (presse jeunesse) n'apparaît pas encore sur le portail
e-sidoc, c'est normal ?
""")

m("subscription_activation", True, "0922424K", "esidoc", False, "en",
  "English: paid premium module still not active two days after the order.",
  "Hannah Scott <hannah.scott@ac-versailles.fr>",
  "Premium module not active yet",
  """Hello,

We ordered and paid for the e-sidoc premium module on Monday but it is still
not showing in our back office. Is there a delay before activation?

Hannah Scott
Librarian - Lycée international, Rueil-Malmaison (0922424K)
""", client="gmail", html="alt")

m("subscription_activation", False, "0932826S", "esidoc", False, "fr",
  "Ten days after the order the subscription is still not active, well past 72 hours: a person must check.",
  "Karim Haddad <karim.haddad@ac-creteil.fr>",
  "Abonnement toujours pas actif après 10 jours",
  """Bonjour,

La commande de l'abonnement a été validée le 1er octobre, soit il y a dix
jours, et rien n'est encore activé dans notre portail. Le délai de 72 h est
largement dépassé.

Karim Haddad, documentaliste
Collège Travail Langevin, Bagnolet - 0932826S
""", client="zimbra")

m("subscription_activation", True, "0913648W", "esidoc", False, "fr",
  "The gestionnaire's note above says the order was placed (purchase order attached); the forwarded librarian cannot see the module yet.",
  "Gestion Lycée Camille Claudel <gestion.claudel@ac-versailles.fr>",
  "TR: module non visible",
  """Bonjour,

La commande a été passée le 3 octobre (bon de commande joint). Voir le
message de la documentaliste ci-dessous.

Cordialement,
Service de gestion - 0913648W

-------- Message transféré --------
Sujet : module non visible
De : Marc Olivier <marc.olivier@ac-versailles.fr>

Le module de gestion des manuels scolaires n'apparaît pas dans e-sidoc.
""", client="thunderbird", att=("bon_de_commande_2024-118.pdf", "application", "pdf"))

m("subscription_activation", False, "0784813H", "esidoc", True, "fr",
  "Two topics: an ordered press subscription not available yet and a request for the matching invoice; the billing part needs a person.",
  "Cécile Noël <cecile.noel@ac-versailles.fr>",
  "abonnement presse en ligne pas encore dispo",
  """Bonjour,

L'abonnement presse en ligne commandé jeudi n'est pas encore disponible sur
le portail. Par ailleurs, pouvez-vous m'envoyer la facture correspondante
pour notre service de gestion ?

Cécile Noël
Lycée Jules Ferry, Versailles - 0784813H
""", client="zimbra")

m("subscription_activation", True, "0953368V", "esidoc", True, "fr",
  "A reply quoting an old quote (devis) exchange; the new text says the order is validated but the service is not visible yet.",
  "Jérémie Lacroix <jeremie.lacroix@ac-versailles.fr>",
  "RE: Devis abonnement 2024-2025",
  """Bonjour,

La commande a été validée hier sur l'Espace Acheteur. Par contre je ne vois
toujours pas le nouveau service dans notre portail e-sidoc, faut-il attendre ?

Jérémie Lacroix
Collège Jean Zay, Osny - 0953368V

-----Message d'origine-----
De : Assistance
Envoyé : lundi 14 octobre 2024 10:02
Objet : RE: Devis abonnement 2024-2025

Bonjour, veuillez trouver ci-joint le devis demandé.
""")

m("subscription_activation", True, "0751634U", "ecoledirecte", False, "fr",
  "The SMS module ordered for EcoleDirecte is not visible yet; the vie scolaire forwards the secretary's note.",
  "Vie scolaire Collège Georges Braque <vie-scolaire.braque@ac-paris.fr>",
  "TR: module SMS EcoleDirecte",
  """Bonjour,

Transmis pour traitement. Merci.

De : Secrétariat
Envoyé : jeudi 7 novembre 2024 08:50
Objet : module SMS EcoleDirecte

Le module d'envoi de SMS aux familles a été commandé lundi (collège Georges
Braque, 0751634U) mais il n'apparaît pas dans le menu d'EcoleDirecte.
""")

m("subscription_activation", True, None, "esidoc", False, "en",
  "English forward from an ac-paris librarian: the new subscription is not yet visible; no UAI, region from the domain.",
  "Grace Miller <grace.miller@ac-paris.fr>",
  "Fwd: subscription not visible",
  """Hello,

Forwarding my note from yesterday. The subscription we ordered last week
still isn't visible on our portal.

Grace

Begin forwarded message:

From: Grace Miller <grace.miller@ac-paris.fr>
Subject: subscription not visible
Date: 12 November 2024 at 17:30:02 CET

Reminder to self: e-sidoc digital resources subscription ordered on the 8th,
nothing yet.
""", client="apple", cte="7bit")

m("subscription_activation", True, "0941638V", "esidoc", False, "fr",
  "Quoted-printable Outlook mail: the resource to publish on the portal, bought last week, is not available yet.",
  "Delphine Arnaud <delphine.arnaud@ac-creteil.fr>",
  "Ressource à publier",
  """Bonjour,

Nous avons acheté la semaine dernière un bouquet de livres numériques. Il
devrait apparaître dans notre portail pour que je puisse le publier, mais il
n'y est pas encore.

Delphine Arnaud
Professeure documentaliste
Lycée Guillaume Apollinaire, Thiais - 0941638V
""")
# ---- head_of_establishment_request ----------------------------------------
m("head_of_establishment_request", False, "0934406J", "esidoc", False, "fr",
  "The principal, from the ce. address, forwards the librarian's request and authorises the reset of the administrator password in writing.",
  "Principal Collège Lucie Aubrac <ce.0934406J@ac-creteil.fr>",
  "TR: réinitialisation mot de passe administrateur e-sidoc",
  """Madame, Monsieur,

J'autorise la réinitialisation du mot de passe administrateur e-sidoc de
notre établissement, à la demande de notre professeure documentaliste
(message ci-dessous). Merci d'envoyer le lien à l'adresse de l'établissement.

Jean-Luc Marchetti
Principal - Collège Lucie Aubrac, Bondy

De : Estelle Vasseur
Envoyé : mardi 3 septembre 2024 09:05
À : Principal
Objet : mot de passe e-sidoc

Bonjour Monsieur, le mot de passe administrateur e-sidoc est perdu, le support
demande votre accord écrit.
""", charset="windows-1252")

m("head_of_establishment_request", False, "0781793A", "esidoc", False, "fr",
  "The proviseur asks to replace the departed librarian as e-sidoc administrator.",
  "Proviseur Lycée international <ce.0781793A@ac-versailles.fr>",
  "Changement d'administrateur e-sidoc",
  """Madame, Monsieur,

Mme Anne Delcourt, professeure documentaliste, a quitté l'établissement le
31 août. Je vous demande de désigner Mme Laura Nicolas
(laura.nicolas@ac-versailles.fr) comme administratrice de notre portail
e-sidoc et de fermer l'accès de Mme Delcourt.

Le proviseur,
Philippe Deschamps
""", html="alt")

m("head_of_establishment_request", False, "0771817G", "espace_acheteur", False, "fr",
  "The principal authorises in writing the gestionnaire to validate the order on the Espace Acheteur.",
  "Principale Collège Jacques Amyot <ce.0771817G@ac-creteil.fr>",
  "Autorisation de validation de commande",
  """Bonjour,

J'autorise Mme Sylvie Rolland, gestionnaire, à valider la commande n° 24-0931
sur l'Espace Acheteur au nom de l'établissement.

Cordialement,
Marie-Pierre Grand
Principale - Collège Jacques Amyot, Melun
""", client="thunderbird", cte="8bit")

m("head_of_establishment_request", False, "0773434P", "esidoc", False, "fr",
  "A primary-school head (directrice d'école) asks to replace the contact address of the admin account with the school's address.",
  "Directrice école Les Tilleuls <ce.0773434P@ac-creteil.fr>",
  "Modification de l'adresse de contact",
  """Bonjour,

Je suis directrice de l'école élémentaire Les Tilleuls à Torcy. Merci de
remplacer l'adresse de contact de notre compte administrateur e-sidoc
(actuellement une adresse personnelle d'une collègue partie) par l'adresse de
l'école, ce.0773434P@ac-creteil.fr.

Bien cordialement,
Sophie Lemaire, directrice
""", client="zimbra")

m("head_of_establishment_request", False, "0921124X", "esidoc", False, "en",
  "English: the head teacher writes from the establishment address to authorise the administrator password reset.",
  "Head teacher <ce.0921124X@ac-versailles.fr>",
  "Authorisation - administrator password reset",
  """Dear Sir or Madam,

As head of this establishment, I authorise the reset of our e-sidoc
administrator password. Please send the link to this official address.
Our librarian, Mr Thomas Reed, will then set the new password.

Yours faithfully,
Dr Alison Grant
Head teacher
""")

m("head_of_establishment_request", False, "0801357R", "esidoc", True, "fr",
  "The secretary forwards the proviseur's signed letter (PDF) asking for an admin change: a head's written request relayed, to be checked; the UAI is in the Amiens académie.",
  "Secrétariat proviseur <secretariat.proviseur@lycee-exemple-amiens.fr>",
  "TR: Courrier de M. le Proviseur - administrateur portail",
  """Bonjour,

À la demande de M. le Proviseur, vous trouverez ci-joint son courrier signé
concernant le changement d'administrateur du portail e-sidoc du lycée
(UAI 0801357R).

Le secrétariat du proviseur

De : Proviseur
Envoyé : vendredi 13 septembre 2024 17:45
Objet : Courrier administrateur portail
Merci de transmettre mon courrier au support.
""", att=("courrier_proviseur_administrateur.pdf", "application", "pdf"))

m("head_of_establishment_request", False, "0912872C", "espace_acheteur", True, "fr",
  "The deputy principal writes 'par délégation du chef d'établissement' to change the structure administrator: a head's request by delegation, for staff to check.",
  "Principal adjoint <ce.0912872C@ac-versailles.fr>",
  "Changement d'administrateur de structure",
  """Madame, Monsieur,

Par délégation du chef d'établissement, actuellement absent, je vous demande
de désigner Mme Sandrine Lopes administratrice de notre structure sur
l'Espace Acheteur, en remplacement de M. Perrot, muté.

Le principal adjoint,
Éric Vallet
Collège Les Pyramides
""", html="alt")

m("head_of_establishment_request", False, "0932316M", "esidoc", True, "fr",
  "The principal's only words are a one-line confirmation above the forwarded librarian's password request: it becomes his written request.",
  "Principal Collège Paul Éluard <ce.0932316M@ac-creteil.fr>",
  "TR: connexion portail CDI impossible",
  """Je confirme la demande ci-dessous.
Le principal, D. Moreau

De : Sophie Garnier <sophie.garnier@ac-creteil.fr>
Envoyé : lundi 9 septembre 2024 08:41
Objet : connexion portail CDI impossible

Bonjour, le support demande l'accord du chef d'établissement pour
réinitialiser le mot de passe administrateur e-sidoc et l'envoyer sur
l'adresse du collège. Merci !
Sophie
""")

m("head_of_establishment_request", False, "0911532W", "esidoc", False, "fr",
  "The principal asks to change the admin contact address to the establishment's official address.",
  "Principal Collège Paul Fort <ce.0911532W@ac-versailles.fr>",
  "Adresse de contact du compte administrateur",
  """Bonjour,

En tant que principal, je vous demande de modifier l'adresse de contact du
compte administrateur de notre portail e-sidoc : merci d'utiliser désormais
l'adresse officielle du collège, depuis laquelle je vous écris.

Cordialement,
Bernard Colin, principal
""", client="thunderbird", cte="8bit")

m("head_of_establishment_request", False, "0952453A", "espace_acheteur", False, "fr",
  "The proviseur asks to close the Espace Acheteur access of the former gestionnaire.",
  "Proviseur Lycée Léonard de Vinci <ce.0952453A@ac-versailles.fr>",
  "Fermeture d'accès",
  """Bonjour,

M. Alain Texier, ancien gestionnaire, a quitté le lycée. Je vous demande de
fermer son accès à l'Espace Acheteur et de transférer les droits
d'administration à Mme Nadège Roy, nouvelle gestionnaire.

Le proviseur, Gérard Lamy
Lycée Léonard de Vinci, Saint-Germain-en-Laye
""", html="only", charset="windows-1252")

m("head_of_establishment_request", False, "0753082T", "esidoc", False, "fr",
  "HTML Zimbra mail from a Paris proviseure authorising a new librarian as administrator and the reset of the password.",
  "Proviseure Lycée Jacques Decour <ce.0753082T@ac-paris.fr>",
  "Désignation nouvelle administratrice e-sidoc",
  """Madame, Monsieur,

Je désigne Mme Camille Roche, professeure documentaliste arrivée à la
rentrée, comme administratrice du portail e-sidoc et vous autorise à
réinitialiser le mot de passe administrateur.

Christine Morel
Proviseure
""", client="zimbra", html="alt")

m("head_of_establishment_request", False, None, "esidoc", True, "fr",
  "The principal gives 0783067M, which has a wrong check letter (0783067K would be valid); written from a personal académie address, so no UAI and staff must identify the school.",
  "Patrick Leroux <patrick.leroux@ac-versailles.fr>",
  "TR: accord pour réinitialisation",
  """Madame, Monsieur,

Je donne mon accord, en tant que proviseur, à la demande ci-dessous.
Lycée Marie Curie, Versailles - 0783067M.

P. Leroux, proviseur

-------- Message transféré --------
De : Hélène Roux <helene.roux@ac-versailles.fr>
Objet : mot de passe admin e-sidoc

Monsieur le Proviseur, pouvez-vous donner votre accord écrit au support pour
réinitialiser le mot de passe administrateur e-sidoc ?
""", client="thunderbird")

m("head_of_establishment_request", False, "0751034S", "esidoc", False, "fr",
  "A Paris school director asks, from the school's ce. address, to make a teacher the administrator.",
  "Direction école Saint-Maur <ce.0751034S@ac-paris.fr>",
  "Administrateur BCD",
  """Bonjour,

Directeur de l'école élémentaire de la rue Saint-Maur, je souhaite que
Mme Julie Perrin, enseignante chargée de la BCD, devienne administratrice de
notre portail à la place de Mme Vidal, partie en retraite.

Merci,
Antoine Bailly, directeur
""", client="zimbra")

m("head_of_establishment_request", False, "0954575G", "espace_acheteur", True, "fr",
  "Two chains: the principal forwards the gestionnaire's note and in one line authorises the order; the billing detail below is context, the head's authorisation is the request.",
  "Principal Collège Marcel Pagnol <ce.0954575G@ac-versailles.fr>",
  "TR: validation commande manuels",
  """J'autorise la validation de cette commande. Le principal, F. Aubry

-----Message d'origine-----
De : Gestion Collège Marcel Pagnol
Envoyé : mercredi 6 novembre 2024 11:20
Objet : validation commande manuels

Monsieur le Principal, l'Espace Acheteur exige votre autorisation pour valider
la commande de manuels (12 480 EUR). Pouvez-vous l'envoyer au support ?
""")

# ---- order_billing ---------------------------------------------------------
m("order_billing", False, "0941638V", "espace_acheteur", False, "fr",
  "The gestionnaire asks for a duplicate invoice to deposit on Chorus Pro.",
  "Intendance Lycée Guillaume Apollinaire <intendance.apollinaire@ac-creteil.fr>",
  "TR: duplicata de facture",
  """Bonjour,

L'agent comptable me demande le duplicata de la facture de la commande de
septembre pour le dépôt sur Chorus Pro (message ci-dessous).

Intendance - 0941638V

-----Message d'origine-----
De : Agence comptable
Objet : facture manquante
Il nous manque la facture pour mandater. Merci de la demander au fournisseur.
""", charset="windows-1252")

m("order_billing", False, "0912872C", "esidoc", False, "fr",
  "The gestionnaire's one-line note asks for a quote; the forwarded librarian needs it for the bon d'engagement.",
  "Sandrine Lopes <sandrine.lopes@ac-versailles.fr>",
  "TR: devis renouvellement",
  """Pouvez-vous nous faire un devis svp ?

Sandrine Lopes - Collège Les Pyramides (0912872C)

-------- Message transféré --------
De : CDI Les Pyramides
Objet : devis renouvellement

Sandrine, il faudrait un devis pour le renouvellement de l'abonnement e-sidoc
pour faire le bon d'engagement avant décembre.
""", client="thunderbird", cte="8bit")

m("order_billing", False, None, "espace_acheteur", False, "en",
  "English: a supplier-side buyer asks which payment means are accepted for an order; no UAI.",
  "Michael Evans <m.evans@schoolsupply-uk.example.co.uk>",
  "Payment options for our order",
  """Hello,

We placed an order through the buyer space last week. Can we pay by bank
transfer instead of card, and where do we find the IBAN on the invoice?

Best regards,
Michael Evans
Accounts
""", client="gmail", html="alt")

m("order_billing", False, "0753082T", "espace_acheteur", False, "fr",
  "The invoice was rejected on Chorus because the engagement number is missing.",
  "Service intendance <intendance.decour@ac-paris.fr>",
  "Facture rejetée sur Chorus",
  """Bonjour,

Votre facture F2024-0877 a été rejetée sur Chorus Pro : le numéro
d'engagement juridique n'y figure pas. Merci de la redéposer avec le n° EJ
1300472291.

Service intendance - Lycée Jacques Decour, Paris 9e (0753082T)
""")

m("order_billing", False, None, "espace_acheteur", False, "fr",
  "The basket emptied itself before validation; region from the ac-creteil domain.",
  "Pascale Hubert <pascale.hubert@ac-creteil.fr>",
  "panier vidé",
  """Bonjour,

J'avais préparé un panier de 14 articles sur l'Espace Acheteur hier soir.
Ce matin le panier est vide. Y a-t-il une durée de conservation ? Comment
le retrouver ?

P. Hubert
""", client="zimbra")

m("order_billing", False, "0771817G", "espace_acheteur", False, "fr",
  "Forwarded gestionnaire note: the order stays 'en attente de validation'.",
  "Sylvie Rolland <sylvie.rolland@ac-creteil.fr>",
  "Fwd: commande en attente de validation",
  """Bonjour, ma commande reste en attente, voir ci-dessous. Merci.

---------- Forwarded message ---------
De : Sylvie Rolland <sylvie.rolland@ac-creteil.fr>
Date: jeu. 7 nov. 2024 à 15:02
Subject: commande en attente de validation
To: Principale <ce.0771817G@ac-creteil.fr>


Madame, la commande 24-0931 est toujours "en attente de validation" malgré
votre autorisation. Je relance le support.
""", client="gmail", html="alt")

m("order_billing", False, "0923484M", "espace_acheteur", True, "fr",
  "Negation: 'ce n'est pas un problème d'accès, c'est la facture': the invoice amount does not match the quote.",
  "Emily Carter <e.carter@ac-versailles.fr>",
  "TR: montant facture",
  """Bonjour,

Ce n'est pas un problème d'accès cette fois (merci pour le mot de passe),
c'est la facture : le montant ne correspond pas au devis (1 240 EUR au lieu
de 1 180 EUR).

Emily Carter - 0923484M

-----Message d'origine-----
De : Agence comptable
Objet : montant facture
L'écart avec le bon de commande bloque le paiement.
""")

m("order_billing", False, "0781099W", "espace_acheteur", False, "fr",
  "The secretary forwards the agent comptable: the SIRET on the invoice does not match the establishment.",
  "Secrétariat intendance <ce.0781099W@ac-versailles.fr>",
  "TR: SIRET erroné sur facture",
  """Bonjour,

Je vous transmets le message de notre agent comptable.

Le secrétariat d'intendance

De : Agent comptable
Envoyé : lundi 25 novembre 2024 10:30
Objet : SIRET erroné sur facture

La facture reçue porte le SIRET du lycée voisin. Nous ne pouvons pas la
payer en l'état. Merci de demander une facture rectifiée.
""")

m("order_billing", False, "0914115D", "esidoc", False, "en",
  "English: a quote request for the e-sidoc renewal.",
  "Laura Bennett <laura.bennett@ac-versailles.fr>",
  "Quote for renewal",
  """Hello,

Could you send us a quote for next year's e-sidoc renewal? We need it
before the board meeting in December.

Laura Bennett
Librarian - 0914115D
""", client="gmail", html="alt")

m("order_billing", False, None, "espace_acheteur", False, "fr",
  "Asks whether an order can be paid by card instead of mandat administratif; no UAI, non-academic sender.",
  "Comptabilité <compta@association-sportive-exemple.fr>",
  "Paiement par carte possible ?",
  """Bonjour,

Association sportive rattachée à un lycée, nous n'avons pas de mandat
administratif. Peut-on régler notre commande par carte bancaire ?

Cordialement,
Le trésorier
""", cte="8bit")

m("order_billing", False, "0922424K", "espace_acheteur", True, "fr",
  "A reply that quotes an old password exchange; the new text asks for the bon de commande to be reissued.",
  "Hannah Scott <hannah.scott@ac-versailles.fr>",
  "Re: [#SUP-030118] mot de passe",
  """Bonjour,

Rien à voir avec le mot de passe : pourriez-vous rééditer le bon de commande
de la semaine dernière au nom de l'établissement (0922424K) ? Il a été émis au
nom de la documentaliste.

Hannah Scott

> Le 2 oct. 2024 à 11:00, Assistance a écrit :
> Votre mot de passe a été réinitialisé.
""", client="apple", cte="8bit")

m("order_billing", False, "0942022M", "espace_acheteur", False, "fr",
  "Apple forward of a payment reminder for an invoice the school says it has already paid.",
  "Hélène Faure <helene.faure@ac-creteil.fr>",
  "Fwd: Relance facture impayée",
  """Bonjour,

Nous avons reçu la relance ci-dessous alors que la facture a été payée le
4 novembre (mandat n° 1843). Pouvez-vous vérifier ?

Hélène Faure - Collège Romain Rolland (0942022M)

Début du message réexpédié :

De: Service facturation <facturation@assistance.example.fr>
Objet: Relance facture impayée

Sauf erreur de notre part, la facture F2024-1187 reste impayée.
""", client="apple", cte="8bit")

# ---- contract_documents -----------------------------------------------------
m("contract_documents", False, None, "espace_acheteur", False, "fr",
  "A rectorat buyer forwards a colleague's mail: the market documents are not visible in the Espace Acheteur; region from ac-creteil.",
  "Division des achats <achats@ac-creteil.fr>",
  "TR: pièces du marché introuvables",
  """Bonjour,

Même constat de notre côté que ci-dessous.

Division des achats - Rectorat de Créteil

-------- Message transféré --------
De : Benoît Royer <benoit.royer@ac-creteil.fr>
Objet : pièces du marché introuvables

Les pièces du marché (CCAP, bordereau de prix) ne s'affichent plus dans la
rubrique Documents de l'Espace Acheteur.
""", client="thunderbird")

m("contract_documents", False, "0932316M", "esidoc", False, "fr",
  "The partnership convention is not visible on the establishment's space.",
  "Secrétariat Collège Paul Éluard <ce.0932316M@ac-creteil.fr>",
  "Convention non visible",
  """Bonjour,

Le principal devait retrouver la convention de partenariat dans notre espace
client, mais aucun document n'apparaît. Pouvez-vous nous la rendre
accessible ?

Le secrétariat
""")

m("contract_documents", False, None, "espace_acheteur", False, "en",
  "English: cannot open the amendment to the framework contract; no UAI.",
  "Peter Walsh <peter.walsh@procurement-partner.example.com>",
  "Cannot access amendment",
  """Hello,

The amendment no. 2 to the framework contract is listed in the documents
section of the buyer space, but clicking it gives "access denied". Could you
check my rights?

Peter Walsh
Procurement officer
""", client="gmail", html="alt")

m("contract_documents", False, "0921777G", "espace_acheteur", False, "fr",
  "The DAF forwards: avenant n°2 missing from the documents section.",
  "Caroline Michaud <caroline.michaud@ac-versailles.fr>",
  "TR: avenant n°2",
  """Bonjour,

Voir ci-dessous, l'avenant n°2 n'est pas dans nos documents.

Caroline Michaud - 0921777G

De : Service financier
Objet : avenant n°2
L'avenant n°2 au marché n'apparaît pas dans l'Espace Acheteur, nous en avons
besoin pour le contrôle.
""")

m("contract_documents", False, "0774099M", "espace_acheteur", False, "fr",
  "Downloading the market documents (CCAP) fails with an error.",
  "Stéphane Gilles <stephane.gilles@ac-creteil.fr>",
  "Téléchargement CCAP impossible",
  """Bonjour,

Quand je clique sur le CCAP dans les documents du marché, j'obtiens
"erreur 403". Les autres pièces ne s'ouvrent pas non plus.

S. Gilles, gestionnaire - 0774099M
""", client="zimbra")

m("contract_documents", False, "0754271K", "espace_acheteur", True, "fr",
  "The convention was e-signed last month but the signed copy is not visible among the documents: access to contract documents, not an e-signature notification.",
  "Isabelle Caron <isabelle.caron@ac-paris.fr>",
  "Convention signée introuvable",
  """Bonjour,

Nous avons signé électroniquement la convention le mois dernier, mais je ne
trouve pas l'exemplaire signé dans l'Espace Acheteur, rubrique Documents.

Isabelle Caron - 0754271K
""", client="zimbra")

m("contract_documents", False, "0954575G", "espace_acheteur", False, "fr",
  "Zimbra: the gestionnaire cannot find the acte d'engagement of the market.",
  "Gestion Collège Marcel Pagnol <gestion.pagnol@ac-versailles.fr>",
  "acte d'engagement",
  """Bonjour,

Je ne trouve pas l'acte d'engagement du marché dans l'Espace Acheteur,
pourtant l'avenant y est. Pouvez-vous le remettre en ligne ?

Gestion - Collège Marcel Pagnol (0954575G)
""", client="zimbra")

m("contract_documents", False, "0783157H", "espace_acheteur", False, "fr",
  "The intendance forwards: the market documents section is empty for the establishment.",
  "Intendance Lycée Louis de Broglie <intendance.broglie@ac-versailles.fr>",
  "TR: documents du marché",
  """Bonjour,

Pour information et action, voir ci-dessous. 0783157H.

-----Message d'origine-----
De : Adjoint gestionnaire
Objet : documents du marché
La rubrique "Documents du marché" est vide alors qu'on a adhéré en juin.
""", charset="windows-1252")
# ---- transfer_incident -------------------------------------------------------
m("transfer_incident", False, "0931398P", "ecoledirecte", False, "fr",
  "The secretary forwards a parent's complaint (grades missing on EcoleDirecte) and notes the transfer has not run since Monday.",
  "Secrétariat Collège Jean Vilar <ce.0931398P@ac-creteil.fr>",
  "TR: notes absentes EcoleDirecte",
  """Bonjour,

Le transfert vers EcoleDirecte ne passe plus depuis lundi (message d'un
parent ci-dessous). Pouvez-vous regarder ?

Le secrétariat

De : Famille Traoré
Envoyé : jeudi 19 septembre 2024 20:14
Objet : notes absentes
Bonsoir, on ne voit plus aucune note de notre fille depuis plusieurs jours.
""")

m("transfer_incident", False, "0953096Z", "ecoledirecte", True, "fr",
  "Asks for 'le mot de passe de maintenance du jour': transfer_incident per the taxonomy, not password_reset.",
  "Service informatique <informatique.clg-ferry@ac-versailles.fr>",
  "mot de passe de maintenance",
  """Bonjour,

Il nous faut le mot de passe de maintenance du jour pour relancer la
synchronisation vers EcoleDirecte après une coupure. Collège Jules Ferry,
Cergy, 0953096Z.

Le service informatique
""", client="zimbra")

m("transfer_incident", False, "0923655Y", "ecoledirecte", False, "fr",
  "The licence must be regenerated after a server replacement.",
  "Karim Saidi <karim.saidi@ac-versailles.fr>",
  "Licence à régénérer",
  """Bonjour,

Nous avons changé le serveur de vie scolaire pendant les vacances. Le logiciel
indique désormais "licence invalide" et les transferts ne partent plus.
Pouvez-vous régénérer la licence ? UAI 0923655Y.

Karim Saidi, technicien
""", client="thunderbird", cte="8bit")

m("transfer_incident", False, "0914115D", "ecoledirecte", False, "en",
  "English: the synchronisation between the school's MIS and EcoleDirecte failed.",
  "Laura Bennett <laura.bennett@ac-versailles.fr>",
  "Sync to EcoleDirecte failed",
  """Hello,

Since Friday the nightly sync from our school management software to
EcoleDirecte fails with "connection refused". Timetables and marks are not
updated for parents. School code 0914115D.

Laura Bennett
""", client="gmail", html="alt")

m("transfer_incident", False, "0951071Y", "ecoledirecte", False, "fr",
  "The CPE forwards a parent: absences not showing; her note says the absence transfer no longer runs.",
  "Mme Diallo <aminata.diallo@ac-versailles.fr>",
  "TR: absences non visibles",
  """Bonjour,
Le transfert des absences ne passe plus depuis mardi, d'où le message du
parent ci-dessous. Collège Les Hautiers (0951071Y).
A. Diallo, CPE

De : Parent
Objet : absences
Les absences de ma fille de la semaine ne sont pas sur EcoleDirecte.
""")

m("transfer_incident", False, "0931609U", "ecoledirecte", True, "fr",
  "Three-level Gmail chain (parent, CPE, secretary); the real request, a transfer of grades that stopped, is only in the middle forward.",
  "Secrétariat Collège Jean Moulin <secretariat.moulin93@gmail.com>",
  "Fwd: Fwd: EcoleDirecte",
  """Bonjour,
Voir plus bas.

---------- Forwarded message ---------
De : Romain Leclerc <romain.leclerc@ac-creteil.fr>
Date: mar. 5 nov. 2024 à 10:02
Subject: Fwd: EcoleDirecte
To: Secrétariat <secretariat.moulin93@gmail.com>


Peux-tu transmettre à l'assistance ? Les notes saisies depuis le 28 ne
partent plus vers EcoleDirecte, le transfert est en erreur. Collège Jean
Moulin, 0931609U.

---------- Forwarded message ---------
De : Parent d'élève
Subject: EcoleDirecte
Plus rien depuis les vacances sur l'appli.
""", client="gmail", html="alt")

m("transfer_incident", False, "0941085U", "ecoledirecte", False, "fr",
  "The transfer log shows an error code; the log file is attached.",
  "Informatique Lycée Darius Milhaud <informatique.milhaud@ac-creteil.fr>",
  "Erreur transfert code E-217",
  """Bonjour,

Le transfert quotidien échoue avec le code E-217 depuis trois jours (journal
joint). Lycée Darius Milhaud, 0941085U.

Cordialement,
Le service informatique
""", att=("journal_transfert.txt", "text", "plain"))

m("transfer_incident", False, "0772078R", "ecoledirecte", True, "fr",
  "Negation: 'ce n'est pas le mot de passe des parents qui pose problème, c'est le transfert des notes'.",
  "Intendance <intendance.clg-pasteur@ac-creteil.fr>",
  "TR: parents sans notes",
  """Bonjour,

Ce n'est pas le mot de passe des parents qui pose problème (ils se connectent
très bien), c'est le transfert des notes qui ne se fait plus depuis jeudi.

Collège Louis Pasteur - 0772078R

De : Vie scolaire
Objet : parents sans notes
Trois familles se connectent mais ne voient aucune note.
""", charset="windows-1252")

m("transfer_incident", False, "0752085J", "ecoledirecte", False, "fr",
  "Zimbra: the timetable is no longer synchronised to EcoleDirecte.",
  "Vie scolaire Collège Montaigne <vie-scolaire.montaigne@ac-paris.fr>",
  "emploi du temps non synchronisé",
  """Bonjour,

Les modifications d'emploi du temps faites depuis lundi n'apparaissent pas
dans EcoleDirecte, la synchronisation semble bloquée. 0752085J.

La vie scolaire
""", client="zimbra")

m("transfer_incident", False, "0784813H", "ecoledirecte", False, "fr",
  "After restoring the server from a backup, replication to EcoleDirecte fails and must be re-initialised.",
  "Régis Poulain <regis.poulain@ac-versailles.fr>",
  "Réplication en erreur après restauration",
  """Bonjour,

Suite à une restauration de sauvegarde, la réplication vers EcoleDirecte est
en erreur ("base désynchronisée"). Faut-il une réinitialisation de votre
côté ?

Régis Poulain, administrateur réseau - Lycée Jules Ferry (0784813H)
""", client="thunderbird", cte="8bit")

m("transfer_incident", False, "0921124X", "ecoledirecte", True, "fr",
  "The CPE forwards an English-speaking parent; her French note says no synchronisation since Friday; lang fr because the sender writes in French.",
  "CPE Lycée Lakanal <cpe.lakanal@ac-versailles.fr>",
  "TR: marks not showing",
  """Bonjour,

Depuis vendredi plus aucune synchro avec EcoleDirecte (notes et absences).
Message d'une famille ci-dessous. UAI 0921124X.

Le CPE

From: J. Thompson
Subject: marks not showing
Hello, my son's marks no longer appear in EcoleDirecte since last week.
""")

m("transfer_incident", False, "0944750C", "ecoledirecte", False, "fr",
  "The transfer tool says the licence has expired; the school asks for a new one.",
  "ce.0944750C@ac-creteil.fr",
  "licence expirée",
  """Bonjour

L'outil de transfert affiche "licence expirée" depuis ce matin et plus rien
ne part vers EcoleDirecte. Merci de nous envoyer une nouvelle licence.

Le secrétariat
""", client="zimbra")

# ---- automated ---------------------------------------------------------------
m("automated", False, None, None, False, "fr",
  "Outlook out-of-office from a secretary: Auto-Submitted and X-Auto-Response-Suppress; region from the ac-creteil domain.",
  "Nadia Ferhat <nadia.ferhat@ac-creteil.fr>",
  "Réponse automatique : TR: connexion portail CDI impossible",
  """Bonjour,

Je suis absente jusqu'au lundi 23 septembre inclus. Pour toute urgence,
merci de contacter l'accueil du collège.

Cordialement,
Nadia Ferhat
""", hdr={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"})

m("automated", False, None, None, False, "en",
  "English Gmail vacation responder (Auto-Submitted: auto-replied).",
  "Olivia Hart <olivia.hart.library@gmail.com>",
  "Re: Activation link never came",
  """Thanks for your email. I am away on a school trip until Friday with
limited access to email. I'll reply when I'm back.

Olivia
""", client="gmail", hdr={"Auto-Submitted": "auto-replied"})

m("automated", False, None, None, False, "en",
  "Postfix bounce: multipart/report delivery-status, null Return-Path, MAILER-DAEMON.",
  "Mail Delivery System <MAILER-DAEMON@mx.lycee-exemple-78.fr>",
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx.lycee-exemple-78.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<s.morin@lycee-exemple-78.fr>: host mx.lycee-exemple-78.fr said: 550 5.1.1
    <s.morin@lycee-exemple-78.fr>: Recipient address rejected: User unknown
""", kind="bounce", report=("s.morin@lycee-exemple-78.fr", "5.1.1", "smtp; 550 5.1.1 User unknown", "[#SUP-033120] Quarantaine Mailinblack"))

m("automated", False, None, None, False, "fr",
  "Exchange non-delivery report in French ('Non remis :'), multipart/report.",
  "Microsoft Outlook <postmaster@ac-versailles.fr>",
  "Non remis : [#SUP-032514] Lien d'activation non reçu",
  """Votre message n'a pas pu être remis à caroline.michaud@ac-versailles.fr.

La boîte aux lettres du destinataire est pleine et ne peut pas accepter de
messages pour l'instant. Réessayez plus tard ou contactez directement le
destinataire.
""", kind="bounce", report=("caroline.michaud@ac-versailles.fr", "5.2.2", "smtp; 552 5.2.2 Mailbox full", "[#SUP-032514] Lien d'activation non reçu"))

m("automated", False, None, None, False, "fr",
  "Academic Zimbra vacation reply: 'Auto-Submitted: auto-replied (zimbra; vacation)'; region from the domain.",
  "Gaëlle Robin <gaelle.robin@ac-versailles.fr>",
  "Absence",
  """Bonjour,
Je suis en formation jusqu'au 15 octobre et ne consulte pas ma messagerie.
Gaëlle Robin
""", client="zimbra", hdr={"Auto-Submitted": "auto-replied (zimbra; vacation)"})

m("automated", False, None, None, True, "fr",
  "A MailInBlack challenge sent to the desk by the robot itself (confirm you are human): not a person asking, so automated, not mailinblack_spam.",
  "Mailinblack <no-reply@protect.mailinblack.example>",
  "Votre message est en attente de validation",
  """Bonjour,

Votre message "[#SUP-031944] Votre demande" adressé à
noemie.blanc@ac-versailles.fr est en attente.

Pour qu'il soit délivré, merci de confirmer que vous êtes un humain en
cliquant sur le lien ci-dessous :
https://protect.mailinblack.example/challenge/8f2c1e

Ce message a été envoyé automatiquement par Mailinblack.
""", hdr={"Auto-Submitted": "auto-replied", "Precedence": "bulk"}, html="alt")

m("automated", False, None, None, False, "fr",
  "Académie newsletter from a mailing list (List-Id, Precedence: bulk); region from the ac-versailles domain.",
  "Lettre de la DANE <lettre-dane@ac-versailles.fr>",
  "La lettre numérique de la DANE - octobre 2024",
  """La lettre numérique de la DANE de Versailles

- Webinaire : les portails documentaires au service de l'EMI (mardi 15 h)
- Appel à projets "Lire au collège"
- Rappel : sécurisez vos mots de passe

Pour vous désinscrire : https://listes.ac-versailles.fr/
""", html="alt", hdr={"List-Id": "<lettre-dane.listes.ac-versailles.fr>", "Precedence": "bulk",
                       "List-Unsubscribe": "<https://listes.ac-versailles.fr/unsubscribe/lettre-dane>"})

m("automated", False, None, None, False, "fr",
  "French Outlook read receipt ('Lu :'), multipart/report disposition-notification; region from ac-paris.",
  "Florence Dubreuil <florence.dubreuil@ac-paris.fr>",
  "Lu : TR: mot de passe",
  """Votre message

  À : florence.dubreuil@ac-paris.fr
  Objet : TR: mot de passe

a été lu le jeudi 7 novembre 2024 18:02.
""", kind="mdn")

m("automated", False, None, "ticket_portal", False, "fr",
  "Ticket portal notification: a ticket was updated; Auto-Submitted: auto-generated.",
  "Portail de tickets <no-reply@tickets.example.fr>",
  "[Ticket 58213] Mise à jour de votre ticket",
  """Bonjour,

Le ticket 58213 "Synchronisation EcoleDirecte" a été mis à jour par
l'éditeur. Connectez-vous au portail pour consulter la réponse.

Ceci est un message automatique, merci de ne pas y répondre.
""", hdr={"Auto-Submitted": "auto-generated"}, html="alt")

m("automated", False, None, "esignature", True, "fr",
  "E-signature 'document signé' notification without Auto-Submitted or Precedence; the no-reply sender and wording show it is automatic.",
  "Signature électronique <no-reply@esign.example.fr>",
  "Document signé : Convention de partenariat 2024-2025",
  """Bonjour,

Tous les signataires ont signé le document "Convention de partenariat
2024-2025". Vous pouvez le télécharger depuis votre espace pendant 30 jours.

L'équipe Signature électronique
""", html="only")

m("automated", False, None, "esidoc", True, "fr",
  "An out-of-office reply to our forwarded mail; its subject and quoted text mention a lost e-sidoc password, but it is an auto-reply.",
  "Sophie Garnier <sophie.garnier@ac-creteil.fr>",
  "Réponse automatique : TR: mot de passe e-sidoc",
  """Bonjour,
Je suis absente du CDI jusqu'au 4 novembre. Pour votre demande de mot de
passe e-sidoc, merci de vous adresser au secrétariat.
S. Garnier
""", hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

m("automated", False, None, None, False, "en",
  "English Exchange 'Automatic reply:' with Auto-Submitted and X-Auto-Response-Suppress.",
  "Mark Jennings <mark.jennings@ac-versailles.fr>",
  "Automatic reply: Fwd: Account locked",
  """I am out of the office until 2 December. For urgent matters please
contact the school office.

Mark Jennings
""", hdr={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"})

m("automated", False, None, None, False, "en",
  "Postfix 'Delayed Mail (still being retried)' warning, multipart/report delivery-status.",
  "Mail Delivery System <MAILER-DAEMON@mail.clg-exemple.fr>",
  "Delayed Mail (still being retried)",
  """This is the mail system at host mail.clg-exemple.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.
""", kind="bounce", report=("cdi@clg-exemple.fr", "4.4.1", "smtp; 421 4.4.1 Connection timed out", "[#SUP-033201] Votre demande"))

m("automated", False, None, None, False, "fr",
  "Sympa mailing-list digest from an ac-paris list (List-Id, Precedence: list).",
  "Liste docs-paris <docs-paris@listes.ac-paris.fr>",
  "Digest docs-paris, Vol 12, numéro 4",
  """Sommaire du jour :
  1. Re: désherbage fonds fiction (M. Petit)
  2. Prix littéraire des lycéens : inscriptions (J. Leroy)
  3. Re: logiciel de prêt (T. Nguyen)

Pour gérer votre abonnement : https://listes.ac-paris.fr/sympa/info/docs-paris
""", hdr={"List-Id": "<docs-paris.listes.ac-paris.fr>", "Precedence": "list"})

m("automated", False, None, None, False, "en",
  "English Exchange 'Undeliverable:' NDR for a forwarded message.",
  "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@schoolsupply-uk.example.co.uk>",
  "Undeliverable: Fwd: Payment options for our order",
  """Your message to accounts-old@schoolsupply-uk.example.co.uk couldn't be
delivered. The address wasn't found at the destination domain.
""", kind="bounce", report=("accounts-old@schoolsupply-uk.example.co.uk", "5.1.10", "smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound", "Fwd: Payment options for our order"))

m("automated", False, None, None, False, "en",
  "Thunderbird return receipt in English, multipart/report disposition-notification.",
  "Daniel Okafor <d.okafor@netschool-services.example.com>",
  "Return Receipt (displayed) - Re: Ticket portal password",
  """This is a Return Receipt for the mail that you sent to
d.okafor@netschool-services.example.com.

Note: This Return Receipt only acknowledges that the message was displayed on
the recipient's computer. There is no guarantee that the recipient has read
or understood the message contents.
""", kind="mdn", client="thunderbird")

m("automated", False, None, "espace_acheteur", False, "fr",
  "Espace Acheteur order confirmation sent by the no-reply robot with the desk in copy; Auto-Submitted: auto-generated.",
  "Espace Acheteur <no-reply@espace-acheteur.example.fr>",
  "Confirmation de votre commande n° 24-1022",
  """Bonjour,

Votre commande n° 24-1022 a bien été enregistrée et transmise au
fournisseur. Vous recevrez la facture par voie électronique.

Ceci est un message automatique, merci de ne pas y répondre.
""", hdr={"Auto-Submitted": "auto-generated"}, html="only")

m("automated", False, None, None, False, "fr",
  "Zimbra out-of-office on a forwarded chain from an ac-creteil address; Auto-Submitted: auto-replied.",
  "Bruno Aubert <bruno.aubert@ac-creteil.fr>",
  "Absent : TR: mdp espace acheteur + facture",
  """Je serai absent du 28 octobre au 3 novembre. En mon absence, vous pouvez
joindre le secrétariat d'intendance.
B. Aubert
""", client="zimbra", hdr={"Auto-Submitted": "auto-replied (zimbra; vacation)"})
# ---- other -------------------------------------------------------------------
m("other", False, None, None, False, "en",
  "English SEO spam.",
  "Jessica Brown <jessica@rank-boost-seo.example.net>",
  "Get your website on Google's first page",
  """Hi,

I noticed your website is not ranking for important keywords. We can get you
on the first page of Google in 30 days, guaranteed. Reply YES for a free
audit.

Best,
Jessica
""", client="gmail", html="alt")

m("other", False, "0934638L", None, True, "fr",
  "The secretary forwards a parent's complaint about the canteen by mistake: nothing for the desk.",
  "Secrétariat Collège Jean Jaurès <ce.0934638L@ac-creteil.fr>",
  "TR: cantine",
  """Bonjour,

Pour suite à donner.

Le secrétariat

De : Mme Koné
Objet : cantine
Bonjour, mon fils n'a pas pu manger à la cantine mardi car sa carte était
bloquée alors que nous avons payé. Merci de régulariser.
""")

m("other", False, None, None, False, "fr",
  "A GDPR request to delete a former librarian's personal data: a person decides.",
  "Déléguée à la protection des données <dpd@ac-paris.fr>",
  "Demande d'effacement de données personnelles",
  """Madame, Monsieur,

Au titre de l'article 17 du RGPD, une ancienne professeure documentaliste
demande l'effacement des données la concernant dans vos services. Merci de
nous indiquer la suite donnée dans un délai d'un mois.

La déléguée à la protection des données
""", html="alt")

m("other", False, "0953368V", "esidoc", False, "fr",
  "Asks for an e-sidoc training session for new librarians: no category of its own.",
  "Jérémie Lacroix <jeremie.lacroix@ac-versailles.fr>",
  "Formation e-sidoc",
  """Bonjour,

Proposez-vous des formations à distance pour les nouveaux documentalistes du
bassin ? Nous serions cinq, collège Jean Zay (0953368V) en tête.

Jérémie Lacroix
""")

m("other", False, None, None, True, "fr",
  "Phishing 'votre boîte est pleine' from a look-alike académie domain; not an académie domain in regions.md, so no region.",
  "Messagerie académique <support@ac-creteil-webmail.example.com>",
  "Votre boîte aux lettres est pleine",
  """Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de sa capacité. Pour continuer à
recevoir vos messages, validez votre compte sous 24 heures :
http://ac-creteil-webmail.example.com/valider

Service informatique
""", html="only")

m("other", False, "0911532W", "esidoc", False, "fr",
  "A thank-you note: the problem is solved, nothing asked.",
  "Sarah Lambert <sarah.lambert@ac-versailles.fr>",
  "Re: Fwd: Account locked",
  """Bonjour,

C'est réglé, j'ai pu me reconnecter. Merci beaucoup pour votre réactivité !

Sarah Lambert - 0911532W

Le 19/11/2024 à 10:12, Assistance a écrit :
> Bonjour, un lien de réinitialisation a été envoyé.
""", client="thunderbird", cte="8bit")

m("other", False, "0753539P", "esidoc", False, "fr",
  "How to publish a news item on the e-sidoc home page: a how-to question.",
  "Chloé Gauthier <chloe.gauthier@ac-paris.fr>",
  "Publier une actualité",
  """Bonjour,

Comment publier une actualité sur la page d'accueil de notre portail ? Je ne
trouve pas le bouton depuis la mise à jour.

Chloé Gauthier - Lycée Fénelon (0753539P)
""", client="zimbra")

m("other", False, None, None, False, "fr",
  "A secretary forwards a job application (CV) to the desk by mistake.",
  "Secrétariat <secretariat.lyc-monet@ac-paris.fr>",
  "TR: candidature spontanée",
  """Bonjour,

Je pense que ceci vous concerne ?

-------- Message transféré --------
Sujet : candidature spontanée
De : Lucas Meyer <lucas.meyer92@gmail.com>

Madame, Monsieur, je me permets de vous adresser ma candidature pour un
poste d'assistant d'éducation. Vous trouverez mon CV en pièce jointe.
""", client="thunderbird", att=("CV_Lucas_Meyer.pdf", "application", "pdf"))

m("other", False, None, None, False, "en",
  "English vendor partnership proposal.",
  "Ben Harris <ben.harris@edtech-ventures.example.com>",
  "Partnership opportunity",
  """Hello team,

We build reading-analytics tools for school libraries and would love to
explore an integration with your platform. Would you have 20 minutes next
week for a call?

Cheers,
Ben Harris
Partnerships, EdTech Ventures
""", client="gmail", html="alt")

m("other", False, "0941638V", None, False, "fr",
  "The gestionnaire forwards a complaint about a book supplier's late delivery: not the desk's business.",
  "Intendance Lycée Guillaume Apollinaire <intendance.apollinaire@ac-creteil.fr>",
  "TR: livraison incomplète",
  """Bonjour,

Je vous fais suivre au cas où (0941638V).

-----Message d'origine-----
De : CDI
Objet : livraison incomplète
La librairie n'a livré que la moitié des romans commandés en septembre.
""", charset="windows-1252")

m("other", False, "0922591S", "esidoc", False, "fr",
  "How to change the opening hours shown on the library portal: a how-to.",
  "Mathilde Perret <mathilde.perret@ac-versailles.fr>",
  "horaires du CDI sur le portail",
  """Bonjour,
ou est-ce qu on modifie les horaires d ouverture du CDI affiches sur le
portail ? merci
M. Perret, lycee Jacques Prevert 0922591S
""", client="zimbra", cte="7bit")

m("other", False, None, None, False, "fr",
  "Invitation to a trade fair: marketing mail.",
  "Salon Educatec <invitation@salon-educ-exemple.fr>",
  "Invitation : salon du numérique éducatif",
  """Madame, Monsieur,

Nous avons le plaisir de vous inviter au salon du numérique éducatif,
Paris Porte de Versailles, les 20 et 21 novembre. Inscription gratuite.

L'équipe du salon
""", html="only")

m("other", False, "0781099W", None, True, "fr",
  "A forwarded chain with only 'pour info' above an internal exchange: nothing is asked of the desk.",
  "S. Morin <s.morin@lycee-exemple-78.fr>",
  "TR: réunion référents",
  """Pour info.

-------- Message transféré --------
Sujet : réunion référents
De : Direction Lycée Les Sept Mares <ce.0781099W@ac-versailles.fr>

Réunion des référents numériques jeudi 16 h en salle B12.
""", client="thunderbird")

m("other", False, "0934875U", None, False, "fr",
  "Asks how to change the establishment's name after a merger: no category of its own.",
  "Samia Bouzid <samia.bouzid@ac-creteil.fr>",
  "Changement de nom de l'établissement",
  """Bonjour,

Notre collège a changé de nom (fusion avec l'annexe) : il s'appelle désormais
collège Simone Veil. Comment faire apparaître le nouveau nom partout ? UAI
inchangé : 0934875U.

Samia Bouzid
""")

m("other", False, None, None, False, "en",
  "English: a pupil writes for homework help to the wrong address.",
  "Leo Martin <leo.martin2009@gmail.com>",
  "help with my essay",
  """hi, my teacher said the library website can help me find sources for my
history essay about the cold war but i cant find anything, can you send me
some links pls

leo
""", client="gmail", cte="7bit")

m("other", False, "0954308S", None, True, "fr",
  "The CPE forwards a parent who lost the ENT password: a password, but of the académie ENT, not one of the desk's platforms.",
  "CPE Collège Paul Gauguin <cpe.gauguin@ac-versailles.fr>",
  "TR: mot de passe ENT",
  """Bonjour,

Un parent nous demande de l'aide pour son mot de passe ENT, je vous
transfère (collège Paul Gauguin, 0954308S).

De : M. Lefèvre
Objet : mot de passe
Bonjour, je n'ai plus mon mot de passe pour l'ENT MonCollège, je ne peux pas
voir le cahier de textes.
""")

# ---- password_reset (one more) -----------------------------------------------
m("password_reset", True, "0942022M", "espace_acheteur", False, "fr",
  "Base64 Outlook forward: the gestionnaire lost her Espace Acheteur password.",
  "Hélène Faure <helene.faure@ac-creteil.fr>",
  "TR: connexion",
  """Bonjour,

Je vous transfère ma note : j'ai oublié mon mot de passe de l'Espace Acheteur
et je dois passer une commande. Pouvez-vous m'envoyer un lien ?

Hélène Faure - Collège Romain Rolland, Ivry (0942022M)

-----Message d'origine-----
De : Hélène Faure
Objet : connexion
Mdp EA oublié - demander un lien au support.
""", cte="base64")

# ---------------------------------------------------------------------------
# Wrapping: headers, MIME structure, transfer encodings.
# ---------------------------------------------------------------------------
PDF_BYTES = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
             b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
             b"trailer << /Root 1 0 R >>\n%%EOF\n")
PNG_BYTES = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                          "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
LOG_TEXT = ("2024-11-12 02:00:01 Démarrage du transfert\n"
            "2024-11-12 02:00:07 ERREUR E-217 : authentification refusée par le serveur distant\n"
            "2024-11-12 02:00:07 Transfert interrompu\n")


def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def msgid(client, dom):
    if client == "outlook":
        return "<%s01db%s$%s$%s$@%s>" % (rhex(4), rhex(4), rhex(8), rhex(8), dom)
    if client == "gmail":
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "<CA%s@mail.gmail.com>" % "".join(RNG.choice(alphabet) for _ in range(44))
    if client == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (rhex(8).upper(), rhex(4).upper(), rhex(4).upper(),
                                        rhex(4).upper(), rhex(12).upper(), dom)
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randint(100000000, 999999999),
                                                  RNG.randint(10000, 99999),
                                                  RNG.randint(1700000000000, 1799999999999), dom)
    return "<%s-%s-%s-%s-%s@%s>" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), dom)


def when():
    base = datetime.datetime(2024, 9, 2, 7, 30)
    d = base + datetime.timedelta(days=RNG.randint(0, 180), minutes=RNG.randint(0, 12 * 60), seconds=RNG.randint(0, 59))
    off = 2 if d < datetime.datetime(2024, 10, 27, 3, 0) else 1
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


def to_html(text, charset="utf-8"):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        lines = [htmlmod.escape(x, quote=False) for x in block.split("\n")]
        paras.append('<p class="MsoNormal">' + "<br>\n".join(lines) + "</p>")
    return (('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=@CHARSET@">\n'
            '</head>\n<body lang="FR">\n<div class="WordSection1">\n' + "\n".join(paras)
            + "\n</div>\n</body>\n</html>\n").replace("@CHARSET@", charset, 1))


def transport_headers(msg, addr, dom, d, auth, null_rp=False):
    msg["Return-Path"] = "<>" if null_rp else "<%s>" % addr
    msg["Delivered-To"] = "support@assistance.example.fr"
    relay = "mail-sor-f%d.google.com" % RNG.randint(41, 69) if dom == "gmail.com" else "smtp%d.%s" % (RNG.randint(1, 6), dom)
    ip = "203.0.113.%d" % RNG.randint(2, 250)
    msg["Received"] = ("from %s (%s [%s]) by mx1.assistance.example.fr (Postfix) with ESMTPS id %s"
                       " for <support@assistance.example.fr>; %s" % (relay, relay, ip, rhex(14).upper(),
                                                                       format_datetime(d)))
    if null_rp:
        msg["Authentication-Results"] = ("mx1.assistance.example.fr; dkim=none;"
                                         " spf=pass smtp.helo=%s; dmarc=none" % relay)
    else:
        msg["Authentication-Results"] = ("mx1.assistance.example.fr; dkim=%s (2048-bit key) header.d=%s;"
                                         " spf=%s smtp.mailfrom=%s; dmarc=%s header.from=%s"
                                         % (auth, dom, auth, dom, auth, dom))


def safe_cte(text, charset, cte):
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    if cte == "7bit" and not text.isascii():
        cte = "quoted-printable"
    if charset == "us-ascii" and not text.isascii():
        charset = "utf-8"
    return charset, cte


def build_plain(spec):
    name, addr = parseaddr(spec["frm"])
    dom = addr.rsplit("@", 1)[1].lower()
    d = when()
    msg = EmailMessage(policy=policy.default)
    transport_headers(msg, addr, dom, d, spec["auth"])
    msg["From"] = spec["frm"]
    msg["To"] = spec["to"]
    msg["Subject"] = spec["subj"]
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = msgid(spec["client"], dom)
    lang_tag = "en-GB" if spec["lang"] == "en" else "fr-FR"
    c = spec["client"]
    if c == "outlook":
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
        msg["Thread-Index"] = "AQH" + rhex(24)
    elif c == "thunderbird":
        msg["User-Agent"] = "Mozilla Thunderbird"
    elif c == "apple":
        msg["X-Mailer"] = RNG.choice(["iPhone Mail (21H16)", "Apple Mail (2.3774.600.62)"])
    elif c == "zimbra":
        msg["X-Mailer"] = "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF131 (Linux)/9.0.0_GA_4583)"
        msg["Thread-Topic"] = spec["subj"]
        msg["Thread-Index"] = rhex(28)
    for k, v in spec["hdr"].items():
        msg[k] = v
    body = spec["body"]
    charset, cte = safe_cte(body, spec["charset"], spec["cte"])
    if spec["html"] == "only":
        msg.set_content(to_html(body, charset), subtype="html", charset=charset, cte=cte if cte != "7bit" else "quoted-printable")
    else:
        msg.set_content(body, charset=charset, cte=cte)
        if spec["html"] == "alt":
            msg.add_alternative(to_html(body, charset), subtype="html", charset=charset,
                                cte=cte if cte != "7bit" else "quoted-printable")
    if c in ("outlook", "thunderbird"):
        msg["Content-Language"] = lang_tag if c == "outlook" else lang_tag[:2]
    if spec["att"]:
        fname, maintype, subtype = spec["att"]
        if maintype == "text":
            msg.add_attachment(LOG_TEXT, subtype=subtype, filename=fname, cte="base64")
        else:
            data = PDF_BYTES if subtype == "pdf" else PNG_BYTES
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    for part in msg.walk():  # fixed boundaries: the generator would otherwise pick random ones
        if part.is_multipart():
            part.set_boundary("----=_Part_%s" % rhex(24))
    return msg.as_bytes(policy=policy.default)


def enc_header(s):
    return email.header.Header(s, "utf-8").encode() if not s.isascii() else s


def build_report(spec):
    name, addr = parseaddr(spec["frm"])
    dom = addr.rsplit("@", 1)[1].lower()
    d = when()
    boundary = "=_report_%s" % rhex(16)
    head = EmailMessage(policy=policy.default)
    transport_headers(head, addr, dom, d, spec["auth"], null_rp=True)
    body = spec["body"]
    mid = msgid("thunderbird", dom)
    out = head.as_string(policy=policy.default).rstrip("\n").split("\n")
    out += ["From: %s" % enc_header(spec["frm"]) if spec["frm"].isascii() else
            "From: %s <%s>" % (enc_header(name), addr),
            "To: %s" % SUPPORT,
            "Subject: %s" % enc_header(spec["subj"]),
            "Date: %s" % format_datetime(d),
            "Message-ID: %s" % mid,
            "MIME-Version: 1.0",
            "Auto-Submitted: auto-replied" if spec["kind"] == "bounce" else "Auto-Submitted: auto-generated"]
    if spec["kind"] == "bounce":
        rcpt, status, diag, orig_subj = spec["report"]
        out.append('Content-Type: multipart/report; report-type=delivery-status;\n boundary="%s"' % boundary)
        action = "delayed" if status.startswith("4") else "failed"
        report = ("Content-Type: message/delivery-status\n\n"
                  "Reporting-MTA: dns; %s\nArrival-Date: %s\n\n"
                  "Final-Recipient: rfc822; %s\nAction: %s\nStatus: %s\nDiagnostic-Code: %s\n"
                  % (dom, format_datetime(d), rcpt, action, status, diag))
        orig = ("Content-Type: text/rfc822-headers\n\n"
                "From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <SUP-%s@assistance.example.fr>\n"
                % (SUPPORT, rcpt, enc_header(orig_subj), format_datetime(d - datetime.timedelta(minutes=3)), rhex(10)))
    else:
        out.append('Content-Type: multipart/report; report-type=disposition-notification;\n boundary="%s"' % boundary)
        report = ("Content-Type: message/disposition-notification\n\n"
                  "Reporting-UA: %s; %s\nFinal-Recipient: rfc822; %s\n"
                  "Original-Message-ID: <SUP-%s@assistance.example.fr>\n"
                  "Disposition: manual-action/MDN-sent-manually; displayed\n"
                  % (dom, "Mozilla Thunderbird" if spec["client"] == "thunderbird" else "Microsoft Outlook 16.0",
                     addr, rhex(10)))
        orig = None
    charset, cte = safe_cte(body, "utf-8", "8bit")
    parts = ["This is a multi-part message in MIME format.", "",
             "--" + boundary,
             'Content-Type: text/plain; charset="%s"' % ("us-ascii" if body.isascii() else "utf-8"),
             "Content-Transfer-Encoding: %s" % ("7bit" if body.isascii() else "8bit"),
             "", body.rstrip("\n"), "",
             "--" + boundary, report.rstrip("\n"), ""]
    if orig:
        parts += ["--" + boundary, orig.rstrip("\n"), ""]
    parts.append("--" + boundary + "--")
    return ("\n".join(out) + "\n\n" + "\n".join(parts) + "\n").encode("utf-8")


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------
UAI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{3})\s?(\d{4})\s?([A-Za-z])(?![0-9A-Za-z])")


def visible_text(msg):
    chunks = [str(msg["Subject"] or ""), str(msg["From"] or "")]
    for part in msg.walk():
        if part.is_multipart() or part.is_attachment():
            continue
        ct = part.get_content_type()
        if ct in ("text/plain", "text/rfc822-headers"):
            chunks.append(part.get_content())
        elif ct == "text/html":
            chunks.append(htmlmod.unescape(re.sub(r"<[^>]+>", " ", part.get_content())))
    return "\n".join(chunks)


def check_all():
    files = sorted(f for f in os.listdir(HERE) if re.fullmatch(r"h\d{3}\.eml", f))
    assert files == ["h%03d.eml" % i for i in range(1, 151)], "expected h001..h150"
    labels = [json.loads(x) for x in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    assert len(labels) == 150 and [l["file"] for l in labels] == files
    cats = set()
    for lab in labels:
        assert list(lab) == KEYS, lab
        assert lab["category"] in CATEGORIES, lab
        cats.add(lab["category"])
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, lab
        assert lab["uai"] is None or uai_ok(lab["uai"]), lab
        assert lab["platform"] is None or lab["platform"] in PLATFORMS, lab
        assert lab["lang"] in ("fr", "en")
        assert isinstance(lab["notes"], str) and lab["notes"].endswith(".") and len(lab["notes"]) > 10
        raw = open(os.path.join(HERE, lab["file"]), "rb").read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            assert not part.defects, (lab["file"], part.defects)
        for h in ("Message-ID", "Date", "From"):
            assert msg[h], (lab["file"], h)
        sender = msg["From"].addresses[0].addr_spec
        assert lab["region"] == region_for(lab["uai"], sender), lab
        assert lab["region"] is None or lab["region"] in REGIONS
        text = visible_text(msg)
        squashed = re.sub(r"\s+", "", text).upper()
        if lab["uai"]:
            assert lab["uai"] in squashed, ("labelled uai not in mail", lab["file"])
        wrong = []
        for a, b, c in UAI_RE.findall(text):
            code = (a + b + c).upper()
            if uai_ok(code):
                assert code == lab["uai"] or code in lab["notes"], ("unexplained UAI", lab["file"], code)
            else:
                wrong.append(code)
                assert "wrong check letter" in lab["notes"] and code in lab["notes"], (lab["file"], code)
        if "wrong check letter" in lab["notes"]:
            assert wrong, ("notes claim a wrong check letter, none found", lab["file"])
            for code in wrong:
                assert not uai_ok(code)
    assert cats == set(CATEGORIES), set(CATEGORIES) - cats
    n_en = sum(l["lang"] == "en" for l in labels)
    assert 10 <= n_en <= 25, n_en
    return labels


def main():
    assert len(MAILS) == 150, len(MAILS)
    RNG.shuffle(MAILS)
    for old in os.listdir(HERE):
        if re.fullmatch(r"h\d{3}\.eml", old):
            os.remove(os.path.join(HERE, old))
    rows = []
    for i, spec in enumerate(MAILS, 1):
        fname = "h%03d.eml" % i
        raw = build_report(spec) if spec["kind"] in ("bounce", "mdn") else build_plain(spec)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(raw)
        rows.append({"file": fname, "category": spec["cat"], "auto_reply_ok": spec["ok"],
                     "uai": spec["uai"], "region": region_for(spec["uai"], spec["frm"]),
                     "platform": spec["plat"], "hard": spec["hard"], "lang": spec["lang"],
                     "notes": spec["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    labels = check_all()
    from collections import Counter
    print("ok: %d mails" % len(labels))
    for k, v in sorted(Counter(l["category"] for l in labels).items()):
        print("  %-32s %d" % (k, v))
    print("  english: %d, hard: %d" % (sum(l["lang"] == "en" for l in labels),
                                       sum(l["hard"] for l in labels)))


if __name__ == "__main__":
    main()
